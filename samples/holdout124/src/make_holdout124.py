#!/usr/bin/env python3
"""Generate the holdout124 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss document
(a school-level 'ondersteuningsplan' of a basisschool).

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout124>/ *.docx, *.pdf, *.md  (labels *.expected.yaml are written by hand)
PDFs are rendered from the .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
#              ("bullets", [..]) ("table", [[..],[..]]) ("toc", [..]) ("pagebreak",)
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.core_properties.title = header_text
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1])
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for item in b[1]:
                doc.add_paragraph(item)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_md(blocks, path):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines += ["# " + b[1], ""]
        elif kind == "sub":
            lines += ["*" + b[1] + "*", ""]
        elif kind == "h1":
            lines += ["## " + b[1], ""]
        elif kind == "h2":
            lines += ["### " + b[1], ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "bullets":
            lines += ["- " + x for x in b[1]] + [""]
        elif kind == "toc":
            lines += ["## Inhoudsopgave", ""] + ["- " + x for x in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                lines.append("| " + " | ".join(str(c) for c in r) + " |")
            lines.append("")
        elif kind == "pagebreak":
            lines += ["---", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def docx_to_pdf(docx_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout124_lo_"))
    try:
        profile = tmp / "profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        pdf = tmp / (docx_path.stem + ".pdf")
        shutil.copyfile(pdf, docx_path.with_suffix(".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("bullets", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------
# Shared filler as real plans have it. Parameterised per verband. These texts
# mention ouders, middelen, arrangementen, resultaten etc. only in passing.
# ---------------------------------------------------------------------------

def f_voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Dit plan is het resultaat "
              f"van een traject van ruim een jaar waarin wij met schoolbesturen, directeuren, intern begeleiders, "
              f"ouders, leraren en onze partners in de gemeenten {p['gem']} hebben gesproken over de vraag hoe "
              f"wij passend onderwijs de komende vier jaar verder vormgeven. Dat waren soms pittige gesprekken, "
              f"maar altijd met het kind als vertrekpunt."),
        ("p", "Passend onderwijs is inmiddels ruim tien jaar oud. De eerste jaren stonden in het teken van het "
              "inrichten van structuren, het afspreken van procedures en het verdelen van middelen. In de vorige "
              "planperiode hebben we gemerkt dat structuren alleen niet genoeg zijn: het gaat om de leraar die "
              "elke dag voor de groep staat en om het gesprek tussen school en thuis. Dit plan is daarom bewust "
              "compacter en leesbaarder geschreven dan het vorige."),
        ("p", f"Wij danken de leden van de ondersteuningsplanraad voor hun kritische en betrokken bijdrage. Ook "
              f"danken wij de schoolbesturen en de wethouders van {p['gem']} voor het constructieve overleg. "
              f"Wij kijken ernaar uit om samen met u de komende jaren mooie resultaten te bereiken voor alle "
              f"kinderen in onze regio."),
        ("p", f"{p['director']}, directeur-bestuurder"),
    ]


def f_leeswijzer(p):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Na deze inleiding schetsen we in het eerste deel onze regio, onze visie en onze ambities. Daarna "
              "beschrijven we hoe de ondersteuning in de regio is georganiseerd. In het laatste deel komen "
              "organisatie, medezeggenschap, samenwerking met gemeenten, personeel en planning aan bod. Waar "
              "wij in de tekst over ouders spreken, bedoelen wij ook verzorgers en voogden. Een lijst met "
              "begrippen en afkortingen vindt u achterin dit plan."),
    ]


def f_context(p, vo_overleg=True):
    t = [
        ("h1", "Onze regio"),
        ("p", f"{p['name']} omvat het primair onderwijs in de gemeenten {p['gem']}. Er zijn {p['besturen']} "
              f"schoolbesturen aangesloten met samen {p['scholen']} scholen voor basisonderwijs, "
              f"{p['sbo']} school/scholen voor speciaal basisonderwijs en {p['so']} locaties voor speciaal onderwijs "
              f"in cluster 3 en 4. Op de teldatum 1 oktober 2024 telden de aangesloten scholen samen ongeveer "
              f"{p['lln']} leerlingen."),
        ("p", "De regio kent zowel een stedelijk gebied als kleine kernen. In de kernen staan veel kleine scholen "
              "met combinatiegroepen; in de stad zijn scholen groter en is de populatie diverser. Het aantal "
              "leerlingen daalt licht: de prognoses van de gemeenten laten tot 2030 een krimp zien van circa vier "
              "procent. Tegelijk zien scholen meer kinderen met complexe vragen, onder meer op het gebied van "
              "taal, gedrag en de thuissituatie. Het lerarentekort raakt vooral de scholen in de stad."),
        ("p", "Het samenwerkingsverband werkt samen met het samenwerkingsverband voortgezet onderwijs in dezelfde "
              "regio, onder meer bij de overstap van groep 8 naar de brugklas. Over de overstap en de warme "
              "overdracht zijn afspraken gemaakt die jaarlijks in een gezamenlijk overleg worden besproken."),
    ]
    return t if vo_overleg else t[:-1]


def f_visie(p):
    return [
        ("h1", "Visie en missie"),
        ("p", "Ieder kind heeft recht op onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis en "
              "samen met leeftijdgenoten waar dat kan. Dat is de kern van onze missie. Wij geloven dat kinderen "
              "zich het best ontwikkelen als school, ouders en omgeving samen optrekken en als de leraar zich "
              "gesteund voelt. Wij kijken naar mogelijkheden in plaats van naar beperkingen, en naar wat een kind "
              "nodig heeft in plaats van naar een diagnose."),
        ("p", "Onze visie rust op vier pijlers: (1) de leraar doet ertoe, (2) samen met ouders, (3) zo thuisnabij "
              "als mogelijk, zo speciaal als nodig, en (4) vertrouwen in de professional. Deze pijlers komen terug "
              "in alle hoofdstukken van dit plan. We willen een lerende organisatie zijn die resultaatgericht "
              "werkt, die fouten durft te maken en die de middelen daar inzet waar ze het meeste verschil maken."),
        ("p", "Met de term inclusiever onderwijs sluiten wij aan bij de landelijke beweging naar meer "
              "inclusief onderwijs in 2035. Wij zien dat als een richting, niet als een eindpunt. Het betekent dat "
              "scholen, speciaal basisonderwijs en speciaal onderwijs steeds vaker samen arrangementen vormgeven "
              "en dat de grens tussen regulier en speciaal minder scherp wordt."),
    ]


def f_governance(p, variant=1):
    t = [("h1", "Organisatie en governance"),
         ("p", f"{p['name']} is een stichting. Het bestuur is belegd bij een directeur-bestuurder; het intern "
               f"toezicht is belegd bij een raad van toezicht van vijf leden, van wie drie door de aangesloten "
               f"schoolbesturen worden voorgedragen en twee onafhankelijk zijn. De schoolbesturen vormen samen "
               f"de algemene vergadering, die onder meer de begroting en het ondersteuningsplan bespreekt. De "
               f"statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen."),
         ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
               "controller, een secretariaat en een team van orthopedagogen en onderwijsadviseurs. Het bureau is "
               "gevestigd in een gebouw dat wij delen met de jeugdgezondheidszorg. De raad van toezicht hanteert "
               f"de Code Goed Bestuur in het {p.get('sectorname', 'primair onderwijs')} en evalueert jaarlijks het eigen functioneren."),
         ("p", "Het directeurenoverleg adviseert de directeur-bestuurder over de uitvoering van het beleid. In "
               "het overleg van intern begeleiders worden ervaringen uitgewisseld en wordt nieuw beleid getoetst "
               "aan de praktijk van alledag.")]
    return t


def f_opr(p, parents=True):
    if parents:
        body = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
                "afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert vijf keer "
                "per jaar; de directeur-bestuurder is daarbij aanwezig als gesprekspartner. De OPR heeft "
                "ingestemd met dit plan op 26 maart 2025.")
    else:
        body = ("Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) met leden die worden afgevaardigd "
                "uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
                "ondersteuningsplan en op wijzigingen daarvan. Het reglement van de OPR is in 2024 "
                "geactualiseerd. De OPR heeft ingestemd met dit plan.")
    return [("h1", "Medezeggenschap"), ("p", body),
            ("p", "Daarnaast heeft het samenwerkingsverband als rechtspersoon een eigen medezeggenschapsraad voor "
                  "de medewerkers van het bureau. Deze raad adviseert onder meer over het formatieplan en het "
                  "arbobeleid van het bureau.")]


def f_oogo(p):
    return [("h1", "Samenwerking met gemeenten"),
            ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten "
                  f"{p['gem']}. Het concept van dit plan is op {p['oogo']} in het OOGO besproken; de gemeenten "
                  f"hebben hun reactie schriftelijk gegeven. Omgekeerd is het samenwerkingsverband betrokken bij "
                  f"het lokale beleid voor jeugdhulp."),
            ("p", "In het OOGO staan de komende periode de volgende thema's op de agenda: de aansluiting tussen "
                  "onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting van het speciaal (basis)onderwijs, "
                  "thuiszitters en de inzet van jeugdhulp op school. Per thema is een trekker benoemd. In elk "
                  "schoolgebouw is een vast aanspreekpunt van het lokale team aanwezig, zodat scholen niet hoeven te "
                  "zoeken wie zij moeten bellen. Met de gemeenten zijn afspraken gemaakt over een gezamenlijk "
                  "onderwijs-zorgarrangement voor kinderen die naast onderwijs ook zorg nodig hebben; school, "
                  "zorgaanbieder en gemeente stellen dan samen één plan op.")]


def f_oogo_procedural(p):
    return [("h2", "Totstandkoming en vaststelling"),
            ("p", f"Het concept van dit plan is op {p['oogo']} besproken in het OOGO met de gemeenten {p['gem']} "
                  f"en daarna voorgelegd aan de ondersteuningsplanraad. Ook heeft overleg plaatsgevonden met het "
                  f"samenwerkingsverband voortgezet onderwijs in de regio. Na instemming van de OPR is het plan "
                  f"vastgesteld door het bestuur en vóór 1 mei toegezonden aan de inspectie van het onderwijs.")]


def f_personeel(p):
    return [("h1", "Personeel en professionalisering"),
            ("p", "Het bureau van het samenwerkingsverband telt ongeveer 14 fte. Het grootste deel daarvan bestaat "
                  "uit orthopedagogen en onderwijsadviseurs die scholen adviseren. Wij investeren in hun "
                  "deskundigheid via intervisie, scholing en deelname aan landelijke netwerken. Nieuwe medewerkers "
                  "krijgen een inwerkprogramma van een half jaar."),
            ("p", "Voor de scholen organiseert het samenwerkingsverband jaarlijks een kennisprogramma met "
                  "studiemiddagen, netwerken voor intern begeleiders en een jaarlijkse conferentie. Onderwerpen zijn "
                  "onder meer gedrag, executieve functies, meer- en hoogbegaafdheid, taalontwikkeling en het "
                  "gesprek met ouders. Schoolteams kunnen daarnaast maatwerkscholing aanvragen. Het lerarentekort "
                  "vraagt om slimme keuzes: we zetten in op onderwijsassistenten en op kennisdeling tussen "
                  "reguliere en speciale scholen."),
            ("p", "Het samenwerkingsverband heeft geen eigen leraren in dienst. Bij detachering van personeel van "
                  "het speciaal (basis)onderwijs naar reguliere scholen maken de betrokken besturen daarover "
                  "onderling afspraken.")]


def f_ict(p):
    return [("h1", "ICT, privacy en gegevensbescherming"),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en "
                  "adviezen. Wij doen dat volgens de Algemene verordening gegevensbescherming (AVG). Er is een "
                  "functionaris gegevensbescherming benoemd die wordt gedeeld met enkele andere "
                  "samenwerkingsverbanden. Gegevens worden niet langer bewaard dan nodig; voor dossiers over "
                  "toelaatbaarheid geldt een bewaartermijn van drie jaar na het besluit."),
            ("p", "Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. Scholen hebben "
                  "alleen toegang tot de dossiers van hun eigen leerlingen. In 2025 vervangen we de huidige "
                  "applicatie; de overstap wordt begeleid door een projectgroep met intern begeleiders.")]


def f_planning(p, years):
    rows = [["Schooljaar", "Speerpunten in het jaarplan"]]
    for y, txt in years:
        rows.append([y, txt])
    return [("h1", "Planning en cyclus"),
            ("p", "Dit ondersteuningsplan beschrijft het beleid op hoofdlijnen voor vier schooljaren. Elk jaar "
                  "werken wij het plan uit in een jaarplan met activiteiten en een jaarbegroting. De onderstaande "
                  "tabel geeft de globale planning van de speerpunten weer."),
            ("table", rows)]


def f_kennis(p):
    return [("h1", "Kennisdeling en innovatie"),
            ("p", "Het samenwerkingsverband stimuleert dat scholen van elkaar leren. Via een innovatiefonds kunnen "
                  "scholen kleine projecten indienen, bijvoorbeeld rond co-teaching, sociale veiligheid of "
                  "buitenonderwijs. De opbrengsten worden gedeeld tijdens de jaarlijkse conferentie. Daarnaast "
                  "nemen wij deel aan het regionale netwerk van samenwerkingsverbanden, waarin ook kennis wordt "
                  "uitgewisseld over wet- en regelgeving en over ontwikkelingen rond inclusiever onderwijs."),
            ("p", "In de komende periode willen wij de samenwerking met de pabo en de lerarenopleidingen in de regio "
                  "versterken. Studenten lopen stage op scholen voor speciaal basisonderwijs en speciaal onderwijs, "
                  "zodat zij al tijdens hun opleiding ervaring opdoen met kinderen die extra ondersteuning nodig "
                  "hebben.")]


def f_begrippen(extra):
    base = [
        "Arrangement: een afgesproken pakket van ondersteuning voor een leerling of groep leerlingen.",
        "Basisondersteuning: de ondersteuning die alle scholen binnen het samenwerkingsverband bieden.",
        "IB'er: intern begeleider.",
        "OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
        "OPP: ontwikkelingsperspectiefplan.",
        "OPR: ondersteuningsplanraad.",
        "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jeugdigen.",
        "SBO: speciaal basisonderwijs.",
        "SO: speciaal onderwijs (cluster 3 en 4).",
        "SOP: schoolondersteuningsprofiel.",
        "Terugplaatsing: de overstap van een leerling van het speciaal (basis)onderwijs naar het reguliere onderwijs.",
        "TLV: toelaatbaarheidsverklaring, het besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot SBO of SO.",
        "Meerjarenbegroting: de begroting van het samenwerkingsverband voor meerdere jaren.",
        "Verdeelmodel: de wijze waarop de ondersteuningsmiddelen over de scholen worden verdeeld.",
        "Resultaten: de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben.",
        "Dekkend aanbod: een netwerk van voorzieningen waarin voor iedere leerling een passende plek is.",
    ]
    return [("h1", "Bijlage: begrippen en afkortingen"), ("bullets", sorted(base + extra))]


def f_landelijk(p):
    return [("h1", "Landelijke ontwikkelingen"),
            ("p", "Passend onderwijs is op 1 augustus 2014 ingevoerd. De landelijke evaluatie in 2020 liet zien dat "
                  "de wet een aantal doelen heeft bereikt, maar ook dat leraren zich onvoldoende toegerust voelden, "
                  "dat de bureaucratie rond aanvragen groot was en dat het stelsel voor ouders ingewikkeld bleef. "
                  "Het kabinet heeft daarop een verbeteraanpak opgesteld met vijfentwintig maatregelen, die in "
                  "fasen worden ingevoerd. Een deel daarvan vraagt om aanpassing van wet- en regelgeving, een ander "
                  "deel om een andere manier van werken in de regio."),
            ("p", "Voor dit plan zijn vooral drie ontwikkelingen van belang. In de eerste plaats de beweging naar "
                  "inclusiever onderwijs, met als stip op de horizon 2035: meer kinderen met een beperking of "
                  "ondersteuningsbehoefte volgen onderwijs samen met leeftijdgenoten. In de tweede plaats het "
                  "landelijke traject om te komen tot een norm voor basisondersteuning; de uitkomst daarvan is bij "
                  "het schrijven van dit plan nog niet bekend. In de derde plaats de wetgeving die de positie van "
                  "ouders en leerlingen in het passend onderwijs versterkt en die de komende jaren gefaseerd "
                  "in werking treedt."),
            ("p", "Daarnaast spelen het lerarentekort, de toename van het aantal kinderen met een complexe "
                  "hulpvraag en de financiële druk bij gemeenten een rol. Wij volgen deze ontwikkelingen op de voet "
                  "en passen dit plan zo nodig tussentijds aan, uiteraard met instemming van de "
                  "ondersteuningsplanraad.")]


def f_totstandkoming(p, parents=True):
    wie = ("intern begeleiders, directeuren, bestuurders, leden van de OPR en ouders" if parents
           else "intern begeleiders, directeuren, bestuurders en leden van de OPR")
    return [("h1", "Hoe dit plan tot stand kwam"),
            ("p", f"Het schrijven van dit plan begon in het voorjaar van het jaar voorafgaand aan de planperiode "
                  f"met een startbijeenkomst voor {wie}. In drie werkgroepen is daarna gewerkt aan de "
                  f"hoofdstukken over ondersteuning, organisatie en samenwerking. De werkgroepen kwamen ieder vijf "
                  f"keer bijeen. Een schrijfgroep van het bureau heeft de opbrengsten verwerkt tot een eerste "
                  f"concept."),
            ("p", "Het eerste concept is in twee consultatierondes voorgelegd aan de schoolbesturen en de "
                  "directeuren. Daarnaast is het besproken in het netwerk van intern begeleiders en in een "
                  "themabijeenkomst met de OPR. De reacties zijn verzameld in een reactienota, waarin per reactie "
                  "is aangegeven wat ermee is gedaan. Het tweede concept is besproken met de gemeenten en met het "
                  "samenwerkingsverband in de aangrenzende sector, en daarna ter instemming aangeboden aan de OPR."),
            ("p", "Wij hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen die met passend "
                  "onderwijs te maken heeft. Daarom hebben wij gekozen voor korte hoofdstukken, tabellen waar dat "
                  "helpt, en een begrippenlijst achterin.")]


def f_bureau(p):
    return [("h1", "Werkwijze van het bureau"),
            ("p", "Het bureau van het samenwerkingsverband is op werkdagen bereikbaar van 8.30 tot 16.30 uur. "
                  "Iedere school heeft een vaste contactpersoon, zodat korte lijnen mogelijk zijn. Wij werken "
                  "volgens drie kernwaarden: betrouwbaar, dichtbij en open. Betrouwbaar betekent dat wij doen wat "
                  "wij zeggen en dat afspraken en termijnen worden nagekomen. Dichtbij betekent dat medewerkers van "
                  "het bureau veel op de scholen aanwezig zijn. Open betekent dat wij transparant zijn over onze "
                  "keuzes en ons laten aanspreken."),
            ("p", "Het bureau werkt met een jaarkalender waarin de vergaderingen van het bestuur, de raad van "
                  "toezicht, de OPR, het directeurenoverleg en het netwerk van intern begeleiders zijn opgenomen. "
                  "Stukken worden ten minste tien werkdagen voor een vergadering verstuurd. Het bureau werkt "
                  "papierarm en reist zoveel mogelijk met het openbaar vervoer of de fiets; vergaderingen vinden "
                  "waar mogelijk op de scholen plaats, zodat wij de praktijk blijven zien."),
            ("p", "Medewerkers van het bureau houden zich aan een integriteitscode. Nevenfuncties worden gemeld "
                  "en gepubliceerd. Er is een klokkenluidersregeling en een vertrouwenspersoon voor medewerkers.")]


def f_vervoer(p):
    return [("h1", "Leerlingenvervoer en huisvesting"),
            ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch hebben zij grote "
                  "invloed op passend onderwijs: een leerling voor wie de reistijd naar een speciale school te lang "
                  "is, kiest misschien toch voor een minder passende plek dichterbij. Het samenwerkingsverband "
                  "bespreekt knelpunten in het vervoer daarom in het reguliere overleg met de gemeenten. Bij "
                  "nieuwbouw of renovatie van schoolgebouwen vragen wij gemeenten en besturen om rekening te houden "
                  "met ruimte voor kleine groepen en voor zorg in de school.")]


# ===========================================================================
# Plan 1 - PO Heuvelrand (docx). Good quality plan; resultaten partial.
# ===========================================================================
P1 = dict(name="Samenwerkingsverband Passend Onderwijs Heuvelrand", short="SWV Heuvelrand", code="PO 27-14",
          period="2025-2029", gem="Heuvelrand, Oosterbroek en Mariëndal", besturen="9", scholen="52",
          sbo="2", so="3", lln="12.400", oogo="11 februari 2025", director="drs. M.A. (Marieke) van Dalen")


def plan1():
    p = P1
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{p['name']} ({p['code']})"),
         ("sub", "Samen sterk voor ieder kind - vastgesteld door het bestuur op 8 april 2025"),
         ("pagebreak",),
         ("toc", ["Voorwoord .......... 2", "1 Onze regio .......... 4", "2 Visie en missie .......... 5",
                  "3 Terugblik .......... 6", "4 Basisondersteuning .......... 7",
                  "5 Extra ondersteuning en dekkend netwerk .......... 10",
                  "6 Toelaatbaarheid tot SBO en SO .......... 14", "7 Ambities en resultaten .......... 18",
                  "8 Communicatie .......... 20", "9 Geld en middelen .......... 22",
                  "10 Organisatie en governance .......... 26", "11 Medezeggenschap .......... 27",
                  "12 Samenwerking met gemeenten .......... 28", "13 Personeel en professionalisering .......... 29",
                  "14 ICT, privacy en gegevensbescherming .......... 30", "15 Planning en cyclus .......... 31",
                  "Bijlage: begrippen en afkortingen .......... 32"]),
         ("pagebreak",)]
    b += f_voorwoord(p) + f_leeswijzer(p) + f_context(p) + f_visie(p)
    b += [("h1", "Terugblik"),
          ("p", "Het vorige ondersteuningsplan liep van 2021 tot 2025. In die periode is het samenwerkingsverband "
                "van een organisatie die vooral aanvragen beoordeelde uitgegroeid tot een partner die met scholen "
                "meedenkt. Bij het schrijven van dit plan hebben wij gesprekken gevoerd met intern begeleiders, "
                "directeuren en ouders. Drie lessen nemen we mee: de weg naar extra ondersteuning was voor scholen "
                "te ingewikkeld, de verschillen tussen scholen in wat zij zelf bieden waren te groot, en ouders "
                "wisten niet altijd waar zij terecht konden. Deze lessen komen terug in de hoofdstukken hierna.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de "
                "onderwijsondersteuningsstructuur van de school planmatig en op een afgesproken kwaliteitsniveau "
                "wordt uitgevoerd. In Heuvelrand hebben de negen besturen samen afgesproken welk niveau iedere "
                "school minimaal biedt. Dit niveau geldt voor alle 52 basisscholen en voor iedere vestiging, groot "
                "of klein. Een school mag meer bieden, maar nooit minder. Het afgesproken niveau is vastgelegd in de "
                "Standaard Basisondersteuning Heuvelrand, die het algemeen bestuur op 12 november 2024 heeft "
                "vastgesteld en die hieronder volledig is opgenomen."),
          ("h2", "Wat u op iedere school mag verwachten"),
          ("bullets", [
              "Iedere school heeft een intern begeleider met een opleiding op masterniveau of een afgeronde "
              "post-hbo-opleiding, die ten minste één dag per week per 150 leerlingen beschikbaar is.",
              "Iedere school werkt met een leerlingvolgsysteem en bespreekt ten minste drie keer per jaar alle "
              "groepen in een groepsbespreking.",
              "Iedere school voert het Protocol Leesproblemen en Dyslexie uit, inclusief de aanmelding voor de "
              "vergoede dyslexiezorg, en heeft een aanpak voor rekenproblemen volgens het protocol ERWD.",
              "Iedere school heeft een programma voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator.",
              "Iedere school biedt verrijking voor leerlingen die meer aankunnen, minimaal in de vorm van compacten "
              "en verrijken in de eigen groep.",
              "Iedere school heeft een ondersteuningsteam (OT) waarin de IB'er, ouders, een orthopedagoog van het "
              "samenwerkingsverband en zo nodig de jeugdverpleegkundige of het lokale team samen kijken naar een "
              "leerling.",
              "Iedere school kan eenvoudige medische handelingen uitvoeren volgens het protocol medisch handelen.",
              "Iedere school stelt voor een leerling met een eigen leerlijn een ontwikkelingsperspectiefplan (OPP) "
              "op en bespreekt dat met de ouders.",
          ]),
          ("p", "Wat hierboven staat is het minimum. Welke ondersteuning een school daarnaast biedt, beschrijft zij "
                "in haar schoolondersteuningsprofiel (SOP) en vanaf 2026 in de schoolgids."),
          ("h2", "Hoe we de basisondersteuning bewaken"),
          ("p", "Iedere school vult eens per twee jaar de kwaliteitskaart basisondersteuning in. Een orthopedagoog "
                "van het samenwerkingsverband bespreekt de uitkomst met directeur en IB'er. Voldoet een school op een "
                "onderdeel niet aan de standaard, dan maakt de school binnen drie maanden een verbeterplan en volgt "
                "na een jaar een nieuw gesprek. De directeur-bestuurder bespreekt de uitkomsten per bestuur in het "
                "jaarlijkse bestuursgesprek.")]
    b += [("h1", "Extra ondersteuning en dekkend netwerk"),
          ("p", "Soms heeft een leerling meer nodig dan de basisondersteuning. Ons aanbod is opgebouwd in vier "
                "lagen, van licht naar zwaar. Binnen elke laag zoeken we de oplossing zo dicht mogelijk bij de eigen "
                "groep."),
          ("table", [["Laag", "Wat", "Wie regelt het"],
                     ["1 Basis", "Basisondersteuning op iedere school (hoofdstuk 4)", "School"],
                     ["2 Extra in de school", "Arrangement op maat in de eigen school, bijvoorbeeld extra "
                      "begeleiding, een time-out-plek of ambulante begeleiding vanuit het SO", "School en OT, "
                      "budget via schoolbestuur"],
                     ["3 Bovenschools", "Plusklassen voor hoogbegaafde leerlingen (4 locaties), de "
                      "observatiegroep De Brug, de taalklas voor nieuwkomers en de tijdelijke gedragsgroep",
                      "Aanvraag bij het Loket van het samenwerkingsverband"],
                     ["4 Speciaal", "Speciaal basisonderwijs (2 scholen) en speciaal onderwijs cluster 3 en 4 "
                      "(3 locaties), ook buiten de regio", "Toelaatbaarheidsverklaring (hoofdstuk 6)"]]),
          ("p", "Een school die met haar eigen basisondersteuning en het arrangement in laag 2 niet verder komt, "
                "bespreekt de leerling in het OT. Het OT kan een bovenschools arrangement aanvragen bij het Loket. "
                "Het Loket beslist binnen vier weken."),
          ("h2", "Geen kind tussen wal en schip"),
          ("p", "Een dekkend netwerk betekent dat voor elk kind een passende plek beschikbaar is. Scholen en "
                "leerplichtambtenaren melden ieder kind dat geen passende plek heeft, op een wachtlijst staat of "
                "dreigt thuis te komen zitten binnen een week bij het Loket. Voor ieder van hen is een casusregisseur van het samenwerkingsverband aangewezen die "
                "binnen twee weken een overleg organiseert met school, ouders, leerplicht en zo nodig jeugdhulp. "
                "Lukt het niet om binnen zes weken een oplossing te vinden, dan komt de casus op de "
                "regionale tafel, waar de directeur-bestuurder doorzettingsmacht heeft: zij kan een school of "
                "bestuur verzoeken een leerling tijdelijk te plaatsen en betaalt daarvoor de extra kosten."),
          ("p", "Wanneer het netwerk structureel tekortschiet, zoals nu bij plekken voor jonge kinderen met "
                "ernstige gedragsproblemen, neemt het bestuur binnen een half jaar een besluit over een nieuwe "
                "voorziening. Voor 2025-2026 is besloten een tweede observatiegroep te openen in Oosterbroek. "
                "De besturen hebben afgesproken dat zij hun zorgplicht samen waarmaken: geen school weigert een "
                "aanmelding zonder dat het Loket is geraadpleegd.")]
    b += [("h1", "Toelaatbaarheid tot SBO en SO"),
          ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
                "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Het samenwerkingsverband "
                "geeft de TLV af; de school voor SBO of SO beslist daarna over de toelating."),
          ("h2", "De aanvraag"),
          ("p", "De aanvraag wordt ingediend door het bestuur van de school waar de leerling staat ingeschreven, in "
                "de praktijk door de directeur of IB'er. Ouders ondertekenen de aanvraag of geven hun zienswijze. Bij "
                "de aanvraag horen het OPP, het verslag van het laatste OT en het onderwijskundig rapport. De "
                "Commissie Toelaatbaarheid (CTB) van het samenwerkingsverband toetst de aanvraag binnen twee weken "
                "op volledigheid en neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. In "
                "spoedeisende situaties kan de voorzitter binnen vijf werkdagen een tijdelijke TLV van ten hoogste "
                "drie maanden afgeven."),
          ("h2", "Deskundigenadvies"),
          ("p", "Voor ieder besluit wint de CTB het advies in van twee deskundigen: een orthopedagoog of "
                "psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinderpsychiater, "
                "maatschappelijk werker of jeugdarts. Beide deskundigen geven een eigen schriftelijk advies en zijn "
                "niet betrokken geweest bij de aanvraag. Ouders ontvangen een afschrift van de adviezen."),
          ("h2", "Wanneer is een leerling toelaatbaar?"),
          ("p", "Een leerling is toelaatbaar tot het SBO wanneer aan alle volgende voorwaarden is voldaan: de "
                "reguliere school heeft de basisondersteuning en ten minste één jaar een arrangement in laag 2 of 3 "
                "ingezet en geëvalueerd; de ondersteuningsbehoefte vraagt blijvend om een kleinere groep en een "
                "intensiever, specialistisch pedagogisch klimaat; en de ontwikkeling van de leerling stagneert "
                "ondanks die inzet op twee of meer gebieden."),
          ("p", "Een leerling is toelaatbaar tot het SO (cluster 3 of 4) wanneer daarnaast sprake is van een "
                "ondersteuningsbehoefte die samenhangt met een verstandelijke, lichamelijke of meervoudige beperking "
                "of met ernstige gedrags- of psychiatrische problematiek, waarvoor een combinatie van onderwijs en "
                "zorg nodig is die het SBO niet kan bieden. De CTB stelt bij een TLV voor het SO de "
                "bekostigingscategorie laag, midden of hoog vast op basis van de ondersteuningsbehoefte."),
          ("h2", "Duur"),
          ("p", "Een TLV voor het SBO wordt afgegeven tot het einde van de basisschoolperiode, maar met een "
                "verplichte evaluatie na twee jaar. Een TLV voor het SO wordt afgegeven voor twee schooljaren; bij "
                "een blijvende beperking kan de CTB een TLV tot het einde van de basisschoolperiode afgeven."),
          ("h2", "Na afloop van de TLV: terug naar een reguliere school"),
          ("p", "Wij vinden dat een plaatsing in het speciaal (basis)onderwijs zo kort als mogelijk en zo lang als "
                "nodig moet duren. Het doel is dat een leerling, als het kan, terugkeert naar een reguliere school in "
                "de eigen woonplaats. Terugplaatsing is verantwoord als de leerling de vaardigheden heeft ontwikkeld "
                "om in een reguliere groep te functioneren met de ondersteuning die daar beschikbaar is."),
          ("p", "In het laatste jaar van de TLV, uiterlijk in februari, bespreekt de SBO- of SO-school in het "
                "OPP-gesprek met ouders of terugplaatsing mogelijk is. Is dat zo, dan meldt de school de leerling aan "
                "bij een reguliere school naar keuze van de ouders en volgt een overdrachtsgesprek met de "
                "ontvangende IB'er. Is terugplaatsing niet mogelijk, dan vraagt de school bij de CTB een nieuwe TLV "
                "aan; de CTB beslist vóór 1 juni. De ontvangende school krijgt een terugplaatsingsarrangement van "
                "één schooljaar: de leerkracht van het SBO of SO begeleidt de leerling en de leerkracht op de nieuwe "
                "school ambulant, en het samenwerkingsverband vergoedt € 4.500 voor extra inzet in de groep. Na drie "
                "en na twaalf maanden vindt een evaluatie plaats."),
          ("h2", "Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
                "toelaatbaarheid. Het samenwerkingsverband legt het bezwaar voor aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist daarna op het bezwaar.")]
    b += [("h1", "Ambities en resultaten"),
          ("p", "In de afgelopen jaren zijn veel activiteiten uitgevoerd. Voor deze planperiode willen we scherper "
                "zijn over wat we willen bereiken voor kinderen die extra ondersteuning nodig hebben. Wij "
                "formuleren vijf ambities met een streefwaarde voor het einde van de planperiode (31 juli 2029)."),
          ("table", [["Ambitie", "Streefwaarde 2029"],
                     ["Meer kinderen krijgen hun ondersteuning in de eigen wijk", "Deelname SBO en SO samen "
                      "daalt van 3,4% naar 2,9% van alle leerlingen"],
                     ["Geen kind zit langer dan drie maanden thuis", "0 kinderen langer dan 3 maanden zonder "
                      "onderwijs"],
                     ["Scholen voldoen aan de Standaard Basisondersteuning", "100% van de scholen op alle "
                      "onderdelen"],
                     ["Snelle besluiten", "95% van de TLV-besluiten binnen 6 weken"],
                     ["Tevreden ouders", "Ouders geven het OT gemiddeld ten minste een 7,5"]]),
          ("p", "Hoe wij de voortgang op deze ambities gaan volgen, welke bronnen wij gebruiken en hoe wij "
                "daarover rapporteren, leggen we vast in een monitoringskader. Dat kader stellen wij in het eerste "
                "planjaar op, samen met de OPR en de directeuren.")]
    b += [("h1", "Communicatie"),
          ("p", "Goede communicatie is voor ons geen bijzaak. Wij willen dat scholen, partners en ouders weten "
                "waar zij aan toe zijn. In dit hoofdstuk beschrijven wij hoe wij communiceren."),
          ("h2", "Informatie voor ouders"),
          ("p", "Op onze website staat een aparte ouderpagina met uitleg over de basisondersteuning, de vier "
                "lagen van ondersteuning, het aanvragen van een arrangement en de TLV. De pagina is ook beschikbaar "
                "in het Engels, Arabisch en Pools. Iedere school neemt in de schoolgids een vaste paragraaf op over "
                "passend onderwijs met een verwijzing naar het SOP. Twee keer per jaar organiseert het "
                "samenwerkingsverband een informatieavond voor ouders, afwisselend in Heuvelrand en Oosterbroek. "
                "Ouders kunnen op werkdagen tussen 9.00 en 12.00 uur bellen met de ouderlijn van het bureau."),
          ("h2", "Onafhankelijke hulp voor ouders"),
          ("p", "Soms zijn ouders het niet eens met de school of willen zij met iemand praten die los staat van "
                "school en samenwerkingsverband. Daarvoor kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
                "Heuvelrand. Het steunpunt wordt uitgevoerd door een onafhankelijke stichting, heeft een eigen "
                "telefoonnummer en e-mailadres en kan ouders begeleiden naar gesprekken. Ouders kunnen ook kosteloos "
                "een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP "
                "kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
          ("h2", "Ouders als partner"),
          ("p", "Ouders zijn lid van de OPR en zijn altijd uitgenodigd bij het OT over hun kind. Zij ontvangen "
                "een afschrift van ieder advies over de ondersteuningsbehoefte van hun kind."),
          ("h2", "Communicatie met scholen"),
          ("p", "Scholen ontvangen zes keer per jaar een nieuwsbrief. Het bureau heeft voor iedere school een vaste "
                "contactpersoon. Voor directeuren en IB'ers is er een besloten deel van de website.")]
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
                "Een groot deel daarvan wordt door DUO direct ingehouden voor de bekostiging van leerlingen in het "
                "SO en voor het SBO boven de 2%-grens (afdrachten)."),
          ("h2", "Verdeling"),
          ("p", "De middelen die overblijven verdelen we volgens het volgende model, dat het algemeen bestuur in "
                "2024 heeft vastgesteld:"),
          ("bullets", ["Ieder schoolbestuur ontvangt € 145 per leerling (teldatum 1 oktober van het voorgaande "
                       "jaar) voor arrangementen in laag 2. Het bestuur verdeelt dit bedrag over zijn scholen.",
                       "Iedere school ontvangt daarnaast een vaste voet van € 6.000 voor de inzet van de IB'er "
                       "boven het minimum van de standaard.",
                       "Bovenschoolse voorzieningen (laag 3) worden rechtstreeks door het samenwerkingsverband "
                       "bekostigd op basis van het aantal toegekende plaatsen.",
                       "Het samenwerkingsverband houdt een budget aan voor het OT, de CTB en het Loket."]),
          ("p", "Besturen verantwoorden jaarlijks vóór 1 juni via een vast format waaraan zij de middelen hebben "
                "besteed. Middelen die niet zijn besteed aan ondersteuning worden verrekend."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuningsbudget", "10.240", "10.130", "10.010", "9.900"],
                     ["Afdrachten SO en SBO (DUO)", "-4.860", "-4.790", "-4.700", "-4.620"],
                     ["Budget per leerling aan besturen", "1.798", "1.780", "1.760", "1.740"],
                     ["Vaste voet scholen", "312", "312", "306", "306"],
                     ["Bovenschoolse voorzieningen", "1.450", "1.520", "1.540", "1.540"],
                     ["Terugplaatsingsarrangementen", "90", "110", "120", "120"],
                     ["OT, CTB en Loket (personeel)", "1.210", "1.230", "1.250", "1.270"],
                     ["Bureau en overige lasten", "540", "530", "520", "510"],
                     ["Resultaat", "-20", "-142", "-186", "-206"]]),
          ("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve bedraagt eind 2024 € 1,9 miljoen "
                "en ligt boven de signaleringswaarde. Door de reserve in vier jaar af te bouwen tot ongeveer € 1,3 "
                "miljoen houden wij een weerstandsvermogen van circa 12%, wat past bij de risico's die wij lopen.")]
    b += f_governance(p) + f_opr(p) + [("h1", "Samenwerking met gemeenten")] + f_oogo(p)[1:]
    b += f_personeel(p) + f_ict(p)
    b += f_planning(p, [("2025-2026", "Monitoringskader opstellen; tweede observatiegroep; nieuwe ouderpagina"),
                        ("2026-2027", "Basisondersteuning in de schoolgids; evaluatie verdeelmodel"),
                        ("2027-2028", "Pilot samenwerking SBO en regulier in één gebouw"),
                        ("2028-2029", "Evaluatie planperiode en nieuw ondersteuningsplan")])
    b += f_kennis(p)
    b += f_begrippen(["CTB: Commissie Toelaatbaarheid.", "Loket: het aanmeldpunt voor bovenschoolse arrangementen.",
                      "OT: ondersteuningsteam."])
    return b


# ===========================================================================
# Plan 2 - PO Klaverveld (docx). Thin plan "op hoofdlijnen".
# ===========================================================================
P2 = dict(name="Samenwerkingsverband Klaverveld PO", short="Klaverveld", code="PO 29-03",
          period="2024-2028", gem="Klaverveld, Ternhorst, Wolde en Ypeloo", besturen="6", scholen="41",
          sbo="1", so="2", lln="8.900", oogo="23 januari 2024", director="J. (Jeroen) Bakhuis")


def plan2():
    p = P2
    b = [("title", "Ondersteuningsplan Klaverveld 2024-2028"),
         ("sub", f"{p['name']} - {p['code']}"),
         ("sub", "Beleidsplan op hoofdlijnen. Versie na instemming OPR, maart 2024"),
         ("pagebreak",),
         ("toc", ["Voorwoord", "Leeswijzer", "1. Onze regio", "2. Visie en missie",
                  "3. Het ondersteuningsaanbod", "3.1 Basisondersteuning", "3.2 Extra ondersteuning en arrangementen",
                  "3.3 Thuiszitters en dekkend netwerk", "4. Toelaatbaarheid en terugplaatsing",
                  "4.1 Toelaatbaarheid tot SBO en SO", "4.2 Terugplaatsing", "5. Ouders",
                  "6. Kwaliteit en resultaten", "7. Financiën", "8. Organisatie en governance",
                  "9. Medezeggenschap", "10. Samenwerking met gemeenten", "11. Personeel en professionalisering",
                  "12. ICT, privacy en gegevensbescherming", "13. Planning en cyclus",
                  "14. Kennisdeling en innovatie", "15. Landelijke ontwikkelingen", "16. Werkwijze van het bureau",
                  "Begrippenlijst"]),
         ("pagebreak",)]
    b += f_voorwoord(p) + f_leeswijzer(p)
    b += [("p", "Dit ondersteuningsplan is bewust een plan op hoofdlijnen. Het beschrijft het 'wat'; de scholen "
                "en besturen bepalen het 'hoe'. Uitwerkingen vindt u in reglementen en jaarplannen op onze website.")]
    b += f_context(p) + f_visie(p)
    b += [("h1", "Het ondersteuningsaanbod"),
          ("h2", "Basisondersteuning"),
          ("p", "In Klaverveld hebben de zes besturen afgesproken dat alle scholen, op iedere locatie, ten minste "
                "hetzelfde niveau van basisondersteuning bieden. Dit gezamenlijke niveau is in 2023 door het "
                "algemeen bestuur vastgesteld en is voor alle scholen bindend. Een school die dit niveau nog niet "
                "haalt, werkt daar aantoonbaar naartoe."),
          ("p", "Wij hanteren daarbij de vier aspecten uit het Referentiekader passend onderwijs: basiskwaliteit, "
                "preventieve en licht curatieve interventies, onderwijsondersteuningsstructuur en planmatig werken. "
                "Hoe dit er per school concreet uitziet, leest u in het schoolondersteuningsprofiel van de school. "
                "Wij zetten in op een verdere ontwikkeling van de basisondersteuning, in lijn met de landelijke "
                "ontwikkelingen."),
          ("h2", "Extra ondersteuning en arrangementen"),
          ("p", "Wanneer de basisondersteuning niet voldoende is, kan de school extra ondersteuning inzetten. Het "
                "aanbod in Klaverveld ziet er als volgt uit:"),
          ("bullets", ["Schoolarrangementen: extra begeleiding in de eigen school, gefinancierd uit het budget "
                       "dat het bestuur per leerling ontvangt.",
                       "Expertise-arrangementen: inzet van een specialist van het SBO of SO (ambulante "
                       "begeleiding, gedragsspecialist, taal-spraakspecialist) op de reguliere school, aan te vragen "
                       "bij het Ondersteuningsloket.",
                       "Groepsarrangementen: de Klaverklas voor meer- en hoogbegaafde leerlingen (één dag per "
                       "week, twee locaties) en de Overstapgroep voor leerlingen die tijdelijk een kleine groep "
                       "met gedragsbegeleiding nodig hebben (maximaal twaalf weken).",
                       "Onderwijs-zorgarrangementen: een combinatie van onderwijs en jeugdhulp in de school, "
                       "samen met de gemeente bekostigd.",
                       "Speciaal basisonderwijs (De Kompasroos) en speciaal onderwijs cluster 3 en 4 (twee "
                       "scholen in de regio en scholen daarbuiten)."]),
          ("p", "Het Ondersteuningsloket is voor scholen het vaste aanspreekpunt voor expertise- en "
                "groepsarrangementen. Een consulent van het loket sluit aan bij het ondersteuningsteam van de "
                "school en adviseert welk arrangement past."),
          ("h2", "Thuiszitters en dekkend netwerk"),
          ("p", "Samen met de leerplichtambtenaren houdt het samenwerkingsverband een actuele lijst bij van alle "
                "kinderen die thuiszitten of geen passende plek hebben. Die lijst wordt iedere maand besproken in "
                "het thuiszittersoverleg met leerplicht, het lokale team en de consulenten. Voor ieder kind wordt "
                "binnen twee weken een plan gemaakt. Als een bestuur geen passende plek kan vinden, spreken de "
                "besturen onderling af welke school de leerling tijdelijk opvangt. Jaarlijks analyseert het bureau "
                "waar het aanbod tekortschiet; op basis daarvan is in 2023 de Overstapgroep gestart. De "
                "wachtlijst voor het SO cluster 4 is een blijvend aandachtspunt; met het bestuur van het SO is "
                "afgesproken dat leerlingen op de wachtlijst ambulante begeleiding op hun huidige school krijgen.")]
    b += [("h1", "Toelaatbaarheid en terugplaatsing"),
          ("h2", "Toelaatbaarheid tot SBO en SO"),
          ("p", "Sommige leerlingen zijn aangewezen op het speciaal basisonderwijs of het speciaal onderwijs. "
                "Voor toelaatbaarheid tot SBO en SO hanteert Klaverveld het Reglement Toelaatbaarheid. Dit reglement "
                "is te vinden op www.swvklaverveld.nl/toelaatbaarheid."),
          ("h2", "Terugplaatsing"),
          ("p", "Het beleid ten aanzien van terug- en overplaatsing formuleren wij in schooljaar 2024-2025 "
                "opnieuw, samen met De Kompasroos en de SO-scholen. Tot die tijd volgen wij de bestaande praktijk.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat ouders "
                "goed op de hoogte zijn van de mogelijkheden voor ondersteuning."),
          ("p", "Ouders vinden informatie over het ondersteuningsaanbod op de website van het "
                "samenwerkingsverband, waar per onderwerp (basisondersteuning, arrangementen, SBO en SO) een "
                "korte uitleg staat. Iedere school beschrijft in de schoolgids en in het SOP welke ondersteuning zij "
                "biedt. Jaarlijks organiseren wij in het najaar een thema-avond voor ouders, en er is een "
                "ouderfolder die scholen meegeven bij het eerste gesprek over extra ondersteuning."),
          ("p", "Met vragen of zorgen over de ondersteuning kunnen ouders altijd terecht bij de leerkracht, de "
                "intern begeleider of de directeur van de school. Komen ouders en school er samen niet uit, dan kan "
                "de consulent van het samenwerkingsverband meedenken. Voor klachten verwijzen wij naar de "
                "klachtenregeling op de website.")]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Wij stellen ons de vragen: "
                "doen we de goede dingen, doen we ze goed, en hoe weten we dat?"),
          ("h2", "Wat hebben we bereikt?"),
          ("p", "In de vorige planperiode daalde het aantal thuiszitters van 19 (oktober 2019) naar 8 (oktober "
                "2023). Het deelnamepercentage SBO bleef stabiel op 1,9%; het deelnamepercentage SO steeg van 1,6% "
                "naar 1,8%. 86% van de aanvragen voor een expertise-arrangement werd binnen vier weken "
                "toegekend. In de tevredenheidspeiling van 2023 gaven IB'ers het loket gemiddeld een 7,6."),
          ("h2", "Wat willen we bereiken?"),
          ("table", [["Beoogd resultaat", "Indicator", "Norm 2028"],
                     ["Kinderen krijgen sneller passende hulp", "Doorlooptijd aanvraag expertise-arrangement",
                      "95% binnen 4 weken"],
                     ["Minder thuiszitters", "Aantal thuiszitters op 1 oktober", "Ten hoogste 4"],
                     ["Meer kinderen thuisnabij", "Deelnamepercentage SO", "Terug naar 1,6%"],
                     ["Arrangementen werken", "Percentage arrangementen waarvan de doelen bij evaluatie zijn "
                      "behaald", "Ten minste 75%"]]),
          ("h2", "Hoe volgen we dat?"),
          ("p", "Het bureau verzamelt de gegevens uit de loketregistratie, de leerplichttellingen en de "
                "DUO-telling van 1 oktober in een dashboard dat ieder kwartaal wordt bijgewerkt. Bij ieder "
                "arrangement legt de school bij de evaluatie vast of de doelen zijn gehaald. Elk voorjaar bespreekt "
                "de directeur-bestuurder de stand van zaken met het algemeen bestuur en de OPR; in het jaarverslag "
                "rapporteren wij per indicator de behaalde waarde ten opzichte van de norm en welke middelen eraan "
                "zijn besteed. Om het jaar houden wij een tevredenheidspeiling onder IB'ers en ouders.")]
    b += [("h1", "Financiën"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning. Na aftrek "
                "van de afdrachten aan DUO voor SBO en SO verdelen wij de middelen als volgt. Ieder schoolbestuur "
                "ontvangt een bedrag van € 95 per leerling op basis van de teldatum 1 oktober, plus een vaste voet "
                "van € 5.000 per school. Daarmee bekostigt het bestuur de schoolarrangementen. Expertise- en "
                "groepsarrangementen worden na toekenning door het loket door het samenwerkingsverband betaald "
                "uit een centraal budget. Waaraan besturen hun deel precies besteden, bepalen zij zelf."),
          ("p", "De meerjarenbegroting 2024-2028 wordt na vaststelling door het algemeen bestuur in december als "
                "bijlage aan dit plan toegevoegd. Ook de risicoparagraaf volgt dan.")]
    b += f_governance(p) + f_opr(p) + f_oogo(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [("2024-2025", "Herijken terugplaatsingsbeleid; meerjarenbegroting"),
                        ("2025-2026", "Verdere ontwikkeling basisondersteuning"),
                        ("2026-2027", "Evaluatie loket en arrangementen"),
                        ("2027-2028", "Nieuw ondersteuningsplan")])
    b += f_kennis(p) + f_landelijk(p) + f_bureau(p)
    b += f_begrippen(["Ondersteuningsloket: aanspreekpunt voor scholen voor expertise- en groepsarrangementen.",
                      "Reglement Toelaatbaarheid: reglement met procedure en criteria voor de TLV.",
                      "Onafhankelijke cliëntondersteuning: gratis ondersteuning voor ouders, onafhankelijk van school."])
    return b


# ===========================================================================
# Plan 3 - PO Dommeldal (docx -> pdf). Financien only in tables; resultaten missing.
# ===========================================================================
P3 = dict(name="Stichting Passend Onderwijs Dommeldal", short="PO Dommeldal", code="PO 30-21",
          period="2025-2029", gem="Dommelen-Zuid, Aarle, Heezerveld en Stokkum", besturen="7", scholen="47",
          sbo="1", so="2", lln="10.150", oogo="4 februari 2025", director="A.C. (Anouk) Verhoeven-Smits")


def plan3():
    p = P3
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", p["name"] + ", samenwerkingsverband primair onderwijs " + p["code"]),
         ("sub", "Elk kind een plek - definitieve versie"),
         ("pagebreak",),
         ("toc", ["Voorwoord", "1 Onze regio", "2 Visie en missie", "3 De basis op orde",
                  "4 Ondersteuningsaanbod en arrangementen", "5 Toelaatbaarheid en terugplaatsing",
                  "6 Samen met ouders", "7 Middelen", "8 Organisatie en governance", "9 Medezeggenschap",
                  "10 Samenwerking met gemeenten", "11 Personeel en professionalisering",
                  "12 ICT, privacy en gegevensbescherming", "13 Planning en cyclus",
                  "14 Kennisdeling en innovatie", "15 Resultaten en kwaliteitszorg", "16 Landelijke ontwikkelingen",
                  "17 Werkwijze van het bureau", "18 Leerlingenvervoer en huisvesting",
                  "Bijlage: begrippen en afkortingen"]),
         ("pagebreak",)]
    b += f_voorwoord(p) + f_context(p) + f_visie(p)
    b += [("h1", "De basis op orde"),
          ("p", "De basisondersteuning in Dommeldal is het niveau van ondersteuning dat iedere school van iedere "
                "aangesloten stichting, op iedere locatie, ten minste biedt. De besturen hebben dit niveau in tien "
                "standaarden vastgelegd. Deze standaarden gelden vanaf 1 augustus 2025 voor alle scholen. Ouders "
                "mogen erop rekenen dat iedere school in Dommeldal het volgende biedt:"),
          ("table", [["Nr", "Standaard", "Wat betekent dat concreet"],
                     ["1", "Veilig klimaat", "Een gedragsprotocol en een jaarlijkse veiligheidsmeting"],
                     ["2", "Handelingsgericht werken", "Groepsplannen of groepsoverzichten, drie "
                      "groepsbesprekingen per jaar"],
                     ["3", "Intern begeleider", "Een IB'er met ten minste 0,4 fte per 200 leerlingen"],
                     ["4", "Dyslexie", "Uitvoering van het landelijk protocol, inclusief hulpmiddelen zoals "
                      "voorleessoftware"],
                     ["5", "Dyscalculie", "Protocol ERWD en een aangepaste rekenaanpak"],
                     ["6", "Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 4, verrijkingsmateriaal in "
                      "elke groep"],
                     ["7", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, "
                      "inclusief een NT2-leerlijn"],
                     ["8", "Sociaal-emotioneel", "Een methode voor sociaal-emotioneel leren en een "
                      "aandachtsfunctionaris"],
                     ["9", "Medisch handelen", "Een protocol medisch handelen en geschoold personeel voor "
                      "eenvoudige handelingen"],
                     ["10", "Ondersteuningsteam", "Een OT met de orthopedagoog van het samenwerkingsverband, "
                      "ten minste zes keer per jaar"]]),
          ("p", "Het samenwerkingsverband bezoekt iedere school eens in de drie jaar voor een gesprek over de "
                "standaarden (de zogenoemde basisondersteuningsaudit). Blijft een school op een standaard achter, "
                "dan spreken school, bestuur en samenwerkingsverband een hersteltermijn af van ten hoogste één "
                "schooljaar.")]
    b += [("h1", "Ondersteuningsaanbod en arrangementen"),
          ("p", "Het aanbod in Dommeldal is opgebouwd als een doorlopende reeks van voorzieningen, van de eigen "
                "groep tot het speciaal onderwijs. In de tabel staat wat er is en hoe een school er gebruik van "
                "maakt."),
          ("table", [["Voorziening", "Voor wie", "Toegang"],
                     ["Basisondersteuning", "Alle leerlingen", "Op iedere school"],
                     ["Arrangement in de school", "Leerlingen met een ondersteuningsbehoefte die de basis "
                      "overstijgt", "Besluit van de school na OT, uit schoolbudget"],
                     ["Ambulante begeleiding SBO/SO", "Leerlingen met gedrags- of ontwikkelingsvragen",
                      "Aanvraag via de orthopedagoog van het SWV"],
                     ["Plusgroep Dommeldal", "Hoogbegaafde leerlingen groep 5-8", "Aanmelding door school, "
                      "één dagdeel per week"],
                     ["Taalklas De Wegwijzer", "Nieuwkomers 6-12 jaar", "Aanmelding door gemeente of school, "
                      "maximaal één jaar"],
                     ["Kortdurende observatieplaatsing SBO", "Leerlingen bij wie de ondersteuningsvraag nog "
                      "onduidelijk is", "Tot twaalf weken, na besluit SWV"],
                     ["SBO De Wilgenhoek", "Zie hoofdstuk 5", "TLV"],
                     ["SO-scholen cluster 3 en 4", "Zie hoofdstuk 5", "TLV"]]),
          ("p", "Of het netwerk van voorzieningen in Dommeldal dekkend is, gaan wij in 2026 met een "
                "regio-analyse in beeld brengen. De uitkomsten en eventuele maatregelen nemen wij op in het "
                "jaarplan 2026-2027.")]
    b += [("h1", "Toelaatbaarheid en terugplaatsing"),
          ("p", "Voor plaatsing op SBO De Wilgenhoek of op een school voor SO is een toelaatbaarheidsverklaring "
                "(TLV) van het samenwerkingsverband nodig. De aanvraagprocedure, de samenstelling van de commissie "
                "en de termijnen zijn beschreven in de routekaart TLV (bijlage 3 bij dit plan)."),
          ("p", "Het samenwerkingsverband hanteert de volgende criteria bij de beoordeling:"),
          ("table", [["Soort TLV", "Criteria", "Duur"],
                     ["SBO", "Er is aantoonbaar ten minste zes maanden een arrangement in de school ingezet en "
                      "geëvalueerd; de leerling heeft blijvend een kleine groep (max. 16) en een specialistische "
                      "aanpak nodig; de achterstand op twee of meer vakgebieden is groter dan een jaar of er is "
                      "sprake van ernstige sociaal-emotionele problematiek.", "2 schooljaren"],
                     ["SO cluster 3 (categorie laag/midden/hoog)", "Er is sprake van een verstandelijke, "
                      "lichamelijke of meervoudige beperking (IQ doorgaans lager dan 55 of fysieke beperking), "
                      "waardoor de leerling is aangewezen op een aangepaste leerlijn en zorg.", "Tot einde "
                      "basisschoolperiode"],
                     ["SO cluster 4 (categorie laag)", "Er is sprake van ernstige gedrags- of psychiatrische "
                      "problematiek waarvoor een combinatie van onderwijs en behandeling nodig is die SBO niet "
                      "kan bieden.", "2 schooljaren"]]),
          ("h2", "Terugplaatsing"),
          ("p", "Het speciaal (basis)onderwijs is in Dommeldal nooit een eindstation. Uitgangspunt is dat iedere "
                "leerling die in het SBO of SO zit, terugkeert naar het regulier onderwijs zodra dat verantwoord "
                "is. Terugplaatsing is verantwoord wanneer de leerling het eigen gedrag kan reguleren in een groep "
                "van normale omvang en de leerachterstand met de basisondersteuning en een arrangement op de "
                "reguliere school te overbruggen is. De reguliere school die een teruggeplaatste leerling opneemt, "
                "krijgt daarbij gedurende een jaar steun: een terugplaatsingsarrangement van € 3.800 en begeleiding "
                "door een leerkracht van de school van herkomst."),
          ("p", "Het stappenplan terugplaatsing, met de momenten waarop wordt beoordeeld of terugplaatsing "
                "mogelijk is, is opgenomen in bijlage 6.")]
    b += [("h1", "Samen met ouders"),
          ("p", "Wij willen dat ouders weten welke ondersteuning er is en hoe zij daar gebruik van kunnen maken. "
                "Daarvoor gebruiken wij verschillende kanalen:"),
          ("bullets", ["de website met de rubriek 'Voor ouders', met uitleg over de tien standaarden "
                       "basisondersteuning en over alle voorzieningen uit hoofdstuk 4;",
                       "een korte folder 'Extra ondersteuning in Dommeldal' in het Nederlands, Turks en Arabisch, "
                       "die scholen uitreiken zodra extra ondersteuning ter sprake komt;",
                       "de schoolgids en het SOP van iedere school;",
                       "jaarlijks twee ouderbijeenkomsten, samen met de oudervereniging Balans."]),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Dommeldal. Het "
                "steunpunt is bemand door ervaringsdeskundige ouders en een onderwijsconsulent en werkt los van "
                "scholen en samenwerkingsverband. Het steunpunt helpt ouders met vragen, gaat mee naar gesprekken "
                "en wijst de weg naar bezwaar en geschillen. Daarnaast kunnen ouders gebruikmaken van de landelijke "
                "Onderwijsconsulenten en van het informatiepunt Ouders & Onderwijs.")]
    b += [("h1", "Middelen"),
          ("p", "De tabellen hieronder geven de verdeling van de ondersteuningsmiddelen en de meerjarenbegroting "
                "weer."),
          ("table", [["Onderdeel verdeelmodel", "Grondslag", "Bedrag 2025", "Besluit door"],
                     ["Schoolbudget basis", "Per leerling op teldatum 1 oktober", "€ 120 per leerling",
                      "Algemene vergadering"],
                     ["Vaste voet", "Per schoollocatie", "€ 7.500 per locatie", "Algemene vergadering"],
                     ["Gewichtencomponent", "Per leerling met een onderwijsachterstandsscore boven 0", "€ 40 per "
                      "leerling", "Algemene vergadering"],
                     ["Ambulante begeleiding", "Per toegekend arrangement", "Max. € 6.000 per arrangement",
                      "Orthopedagoog SWV"],
                     ["Terugplaatsingsarrangement", "Per teruggeplaatste leerling", "€ 3.800", "Directeur-"
                      "bestuurder"]]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage lichte en zware ondersteuning", "8.620", "8.540", "8.460", "8.390"],
                     ["Afdrachten SO (DUO)", "-3.140", "-3.180", "-3.200", "-3.210"],
                     ["Afdrachten SBO boven 2%", "-610", "-590", "-570", "-560"],
                     ["Schoolbudget basis en gewichten", "1.480", "1.460", "1.440", "1.420"],
                     ["Vaste voet", "405", "405", "398", "398"],
                     ["Ambulante begeleiding en arrangementen", "1.320", "1.330", "1.330", "1.330"],
                     ["Plusgroep, taalklas, observatieplaatsing", "690", "700", "710", "710"],
                     ["Personeel bureau en orthopedagogen", "980", "1.000", "1.020", "1.040"],
                     ["Overige lasten", "260", "255", "250", "245"],
                     ["Saldo", "-265", "-380", "-458", "-523"],
                     ["Algemene reserve ultimo", "2.455", "2.075", "1.617", "1.094"]])]
    b += f_governance(p) + f_opr(p) + f_oogo(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [("2025-2026", "Invoering tien standaarden; nieuwe folder"),
                        ("2026-2027", "Regio-analyse dekkend netwerk"),
                        ("2027-2028", "Evaluatie verdeelmodel"),
                        ("2028-2029", "Nieuw ondersteuningsplan")])
    b += f_kennis(p)
    b += [("h1", "Resultaten en kwaliteitszorg"),
          ("p", "Voor de resultaten van het samenwerkingsverband verwijzen wij naar het meest recente jaarverslag "
                "op onze website.")]
    b += f_landelijk(p) + f_bureau(p) + f_vervoer(p)
    b += f_begrippen(["Routekaart TLV: beschrijving van de stappen bij een aanvraag voor een TLV.",
                      "Kwaliteitszorg: het systematisch volgen en verbeteren van de resultaten.",
                      "Stappenplan terugplaatsing: de stappen bij de terugkeer naar het regulier onderwijs."])
    return b


# ===========================================================================
# Plan 4 - PO Kempenkring (docx -> pdf). Weaker plan: dekkend aanbod and ouders missing.
# ===========================================================================
P4 = dict(name="Samenwerkingsverband De Kempenkring PO", short="De Kempenkring", code="PO 30-08",
          period="2026-2030", gem="Kempenhout, Bladel-Oost en Lommerveld", besturen="5", scholen="36",
          sbo="1", so="1", lln="7.300", oogo="10 februari 2026", director="drs. H. (Hans) Rijkers")


def plan4():
    p = P4
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", p["name"] + " (" + p["code"] + ")"),
         ("sub", "Ruimte voor ieder kind. Concept ter instemming aan de OPR, februari 2026"),
         ("p", "Status van dit document: dit is de versie die ter instemming aan de ondersteuningsplanraad is "
               "voorgelegd. Wijzigingen ten opzichte van het vorige concept zijn in de tekst verwerkt; redactionele "
               "aanpassingen na instemming worden niet afzonderlijk gemarkeerd. Na vaststelling verschijnt het plan "
               "op de website van het samenwerkingsverband."),
         ("pagebreak",),
         ("toc", ["Voorwoord ........ 3", "Leeswijzer ........ 3", "1. Onze regio ........ 4",
                  "2. Visie en missie ........ 5", "3. Ondersteuning op de scholen ........ 6",
                  "4. Toelaatbaarheidsverklaringen ........ 8", "5. Van speciaal naar regulier ........ 11",
                  "6. Monitoring en verantwoording ........ 13", "7. Begroting ........ 15",
                  "8. Organisatie en governance ........ 17", "9. Medezeggenschap ........ 18",
                  "10. Personeel en professionalisering ........ 19", "11. ICT, privacy en gegevensbescherming ........ 20",
                  "12. Planning en cyclus ........ 21", "13. Kennisdeling en innovatie ........ 22",
                  "14. Landelijke ontwikkelingen ........ 22", "15. Hoe dit plan tot stand kwam ........ 23",
                  "16. Werkwijze van het bureau ........ 24",
                  "Bijlage 1: begrippen en afkortingen ........ 23",
                  "Bijlage 2: informatie voor ouders en dekkend aanbod (separaat) ........ -"]),
         ("pagebreak",)]
    b += f_voorwoord(p) + f_leeswijzer(p) + f_context(p, vo_overleg=False) + f_visie(p)
    b += [("h1", "Ondersteuning op de scholen"),
          ("p", "De scholen in De Kempenkring verschillen sterk in grootte, populatie en traditie. Iedere school "
                "beschrijft in haar schoolondersteuningsprofiel (SOP) welke ondersteuning zij biedt en waar haar "
                "grenzen liggen. In de vorige planperiode is geprobeerd om tot een gezamenlijke ondergrens voor "
                "alle scholen te komen. Dat is nog niet gelukt: de besturen hebben besloten eerst de uitkomst van "
                "het landelijke traject naar een norm voor basisondersteuning af te wachten. In 2027 willen zij "
                "alsnog een gezamenlijke ondergrens vaststellen."),
          ("p", "Het samenwerkingsverband ziet wel toe op de kwaliteit van wat scholen zelf beloven. Ieder jaar "
                "voert een orthopedagoog van het samenwerkingsverband op iedere school een auditgesprek aan de hand "
                "van het SOP. Daarbij wordt getoetst of de school de ondersteuning die zij in het SOP belooft ook "
                "werkelijk levert, aan de hand van een steekproef van drie leerlingdossiers. Blijkt dat niet het "
                "geval, dan stelt de school binnen twee maanden een verbeterplan op, dat de orthopedagoog na zes "
                "maanden opnieuw beoordeelt. Het bestuur van de school wordt hierover schriftelijk geïnformeerd. "
                "Het samenwerkingsverband ondersteunt de school met maximaal tien uur advies.")]
    b += [("h1", "Toelaatbaarheidsverklaringen"),
          ("p", "Een leerling kan alleen worden ingeschreven op SBO De Lindeboom of op SO De Kempenhorst als het "
                "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven."),
          ("h2", "Procedure"),
          ("bullets", ["Stap 1. Het bestuur van de school waar de leerling is ingeschreven dient de aanvraag "
                       "digitaal in bij het samenwerkingsverband. Bij de aanvraag horen het OPP, de "
                       "handelingsplannen van het afgelopen jaar, het onderwijskundig rapport en eventuele "
                       "onderzoeksverslagen.",
                       "Stap 2. Het secretariaat van de Commissie van Toelaatbaarheid (CvT) controleert binnen vijf "
                       "werkdagen of de aanvraag volledig is.",
                       "Stap 3. Twee deskundigen geven elk afzonderlijk een schriftelijk advies: een orthopedagoog of "
                       "psycholoog, en een tweede deskundige (jeugdarts, maatschappelijk werker of "
                       "kinderpsychiater), afhankelijk van de vraag. Zij zijn niet bij de aanvraag betrokken geweest.",
                       "Stap 4. De CvT, bestaande uit drie leden, besluit binnen zes weken na ontvangst van de "
                       "volledige aanvraag. Voor leerlingen die vanuit een andere regio of vanuit het buitenland "
                       "instromen geldt dezelfde termijn.",
                       "Stap 5. De TLV wordt schriftelijk toegezonden aan het schoolbestuur en de ontvangende school. "
                       "Iedere TLV krijgt een volgnummer."]),
          ("h2", "Duur en categorie"),
          ("p", "Een TLV voor het SBO geldt voor twee schooljaren; een TLV voor het SO geldt voor drie schooljaren. "
                "Bij een TLV voor het SO bepaalt de CvT de bekostigingscategorie (laag, midden of hoog)."),
          ("h2", "Criteria"),
          ("p", "De criteria waaraan de CvT een aanvraag toetst, worden in schooljaar 2026-2027 geactualiseerd in "
                "samenspraak met de SBO- en SO-school en daarna gepubliceerd.")]
    b += [("h1", "Van speciaal naar regulier"),
          ("p", "Plaatsing in het SBO of SO is in De Kempenkring in principe tijdelijk. Het beleid is erop "
                "gericht dat een leerling terugkeert naar een reguliere basisschool zodra de ondersteuningsbehoefte "
                "dat toelaat, bij voorkeur een school in de eigen woonkern. Voorwaarde is dat de ontvangende school "
                "de ondersteuning kan bieden die in het OPP staat. Na de terugkeer krijgt de leerling een jaar lang "
                "een terugkeerarrangement: ambulante begeleiding door de school van herkomst (twee uur per week) en "
                "een bijdrage van € 3.000 aan de ontvangende school."),
          ("p", "De werkwijze is als volgt. De SBO- of SO-school evalueert jaarlijks in oktober het OPP van iedere "
                "leerling en beoordeelt daarbij of terugplaatsing een reële optie is. In het laatste jaar van de "
                "TLV stuurt de school uiterlijk 1 maart een advies aan de CvT: terugplaatsing, overplaatsing naar "
                "een andere school voor speciaal (basis)onderwijs, of een nieuwe TLV. De CvT besluit vóór 1 mei. "
                "Bij terugplaatsing regelt de school van herkomst een overdrachtsgesprek met de ontvangende school "
                "vóór de zomervakantie. Na drie maanden evalueren beide scholen samen met het expertiseteam de "
                "terugplaatsing.")]
    b += [("h1", "Monitoring en verantwoording"),
          ("p", "Het samenwerkingsverband volgt de ontwikkelingen in de regio met een set van vaste "
                "indicatoren. De beoogde resultaten worden jaarlijks in het jaarplan vastgesteld."),
          ("p", "Het bureau houdt een dashboard bij met de volgende indicatoren: het deelnamepercentage SBO en SO "
                "op de teldatum 1 oktober, het aantal afgegeven TLV's per soort, de doorlooptijd van aanvragen, het "
                "aantal terugplaatsingen en de uitkomst van de evaluatie na drie maanden. Het dashboard wordt ieder "
                "half jaar bijgewerkt en besproken in het bestuur. In het jaarverslag rapporteren wij de bereikte "
                "waarden en vergelijken wij die met voorgaande jaren en met het landelijk gemiddelde. Elke twee "
                "jaar houden wij een enquête onder directeuren en IB'ers."),
          ("table", [["Indicator", "2022", "2023", "2024"],
                     ["Deelnamepercentage SBO", "2,4%", "2,5%", "2,6%"],
                     ["Deelnamepercentage SO", "1,7%", "1,8%", "1,8%"],
                     ["Aantal TLV's (nieuw)", "96", "104", "111"],
                     ["Gemiddelde doorlooptijd (weken)", "7,1", "6,2", "5,8"],
                     ["Aantal terugplaatsingen", "9", "7", "11"]])]
    b += [("h1", "Begroting"),
          ("p", "Hoe de ondersteuningsmiddelen over de besturen worden verdeeld, wordt opnieuw bezien. Het nieuwe "
                "verdeelmodel wordt in het voorjaar van 2027 aan het bestuur voorgelegd. Tot dat moment blijft de "
                "huidige verdeling van kracht."),
          ("p", "De meerjarenbegroting laat zien waaraan de middelen de komende jaren worden besteed."),
          ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "6.150", "6.080", "6.010", "5.950"],
                     ["Afdrachten SBO en SO", "-2.780", "-2.760", "-2.740", "-2.720"],
                     ["Ondersteuningsmiddelen naar schoolbesturen", "2.190", "2.150", "2.110", "2.080"],
                     ["Expertiseteam (4,2 fte)", "430", "440", "450", "460"],
                     ["Commissie van Toelaatbaarheid en deskundigen", "180", "185", "190", "195"],
                     ["Terugkeerarrangementen", "60", "66", "72", "72"],
                     ["Audits en scholing", "120", "120", "120", "120"],
                     ["Bureau, huisvesting en ICT", "310", "315", "320", "325"],
                     ["Saldo", "80", "44", "8", "-22"]])]
    b += f_governance(p) + f_opr(p, parents=False) + f_oogo_procedural(p) + f_personeel(p) + f_ict(p)
    b += f_planning(p, [("2026-2027", "Criteria TLV actualiseren; nieuw verdeelmodel"),
                        ("2027-2028", "Gezamenlijke ondergrens basisondersteuning"),
                        ("2028-2029", "Evaluatie auditsystematiek"),
                        ("2029-2030", "Nieuw ondersteuningsplan")])
    b += f_kennis(p) + f_landelijk(p) + f_totstandkoming(p, parents=False) + f_bureau(p)
    b += f_begrippen(["CvT: Commissie van Toelaatbaarheid.", "Expertiseteam: orthopedagogen en "
                      "onderwijsadviseurs van het samenwerkingsverband.",
                      "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
                      "Thuiszitter: een leerplichtige leerling die zonder geldige reden niet naar school gaat."])
    return b


# ===========================================================================
# Plan 5 - VO Lindewaarde (markdown web version). Basisondersteuning and financien missing.
# ===========================================================================
P5 = dict(name="Samenwerkingsverband VO Lindewaarde", short="Lindewaarde", code="VO 28-05",
          period="2025-2029", gem="Lindewaarde, Groenhoven en Ketelmeer", besturen="6", scholen="11",
          lln="9.800", oogo="28 januari 2025", director="mr. S. (Sanne) el Idrissi",
          sectorname="voortgezet onderwijs")


def plan5():
    p = P5
    b = [("title", "Ondersteuningsplan 2025-2029 - webversie"),
         ("sub", f"{p['name']} ({p['code']}) - vastgesteld 15 april 2025"),
         ("toc", ["Voorwoord", "1. Over ons samenwerkingsverband", "2. Visie en koers",
                  "3. Basisondersteuning", "4. Ondersteuningsroute en voorzieningen",
                  "5. Thuiszitters en dekkend netwerk", "6. Toewijzing: vso, lwoo en pro",
                  "7. Terugplaatsing en overstap", "8. Ouders en leerlingen", "9. Doelen en resultaten",
                  "10. Financiën", "11. Bestuur en medezeggenschap", "12. Samenwerking met gemeenten",
                  "13. Personeel", "14. Privacy", "15. Landelijke ontwikkelingen",
                  "16. Hoe dit plan tot stand kwam", "17. Werkwijze van het bureau",
                  "18. Leerlingenvervoer en huisvesting", "19. Aansluiting op mbo en arbeidsmarkt", "Begrippenlijst"])]
    b += f_voorwoord(p)
    b += [("h1", "Over ons samenwerkingsverband"),
          ("p", f"{p['name']} is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten {p['gem']}. "
                f"Er zijn {p['besturen']} schoolbesturen aangesloten met samen {p['scholen']} scholen: acht scholen "
                f"voor vmbo, havo en vwo (waarvan vijf met leerwegondersteunend onderwijs), twee scholen voor "
                f"praktijkonderwijs en één school voor voortgezet speciaal onderwijs met twee locaties. Samen "
                f"hebben zij ongeveer {p['lln']} leerlingen."),
          ("p", "De regio heeft een sterk vmbo en een groeiende groep leerlingen die na het vmbo naar het mbo "
                "gaat. De aansluiting op mbo en arbeidsmarkt is daarom een belangrijk thema, net als de overgang "
                "van het primair naar het voortgezet onderwijs. Met het samenwerkingsverband PO in de regio is "
                "een gezamenlijke overstapkalender afgesproken."),
          ("h1", "Visie en koers"),
          ("p", "Wij willen dat iedere jongere in onze regio een diploma of startkwalificatie haalt, of een "
                "duurzame plek vindt in werk of dagbesteding, en dat hij of zij zich onderweg gezien voelt. Dat "
                "lukt alleen als scholen, ouders, jongeren en partners samenwerken. Wij kiezen voor vier "
                "koersuitspraken: de jongere centraal, zo regulier als mogelijk, snelle hulp zonder bureaucratie, "
                "en eigenaarschap bij de scholen. De jongere praat mee over de eigen ondersteuning."),
          ("p", "De afgelopen jaren is veel geïnvesteerd in structuren. Nu willen wij de beweging maken naar "
                "meer inclusief onderwijs: meer leerlingen met een ondersteuningsbehoefte volgen onderwijs op een "
                "reguliere school, met de expertise van het vso erbij.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "p.m. - Dit hoofdstuk wordt aangevuld zodra de landelijke norm basisondersteuning definitief is. "
                "De huidige afspraken worden tot die tijd niet gewijzigd.")]
    b += [("h1", "Ondersteuningsroute en voorzieningen"),
          ("p", "Als een leerling meer nodig heeft dan de school gewoonlijk biedt, volgt de school de "
                "ondersteuningsroute. Die route kent vier treden:"),
          ("bullets", ["Trede 1 - extra ondersteuning op de eigen school: een ondersteuningsarrangement dat de "
                       "school zelf organiseert, bijvoorbeeld in een trajectklas of met een coach;",
                       "Trede 2 - bovenschoolse ondersteuning op de eigen school: inzet van een specialist van het "
                       "expertisecentrum Lindewaarde (gedrag, autisme, psychische problematiek) of een "
                       "onderwijs-zorgarrangement met jeugdhulp in school;",
                       "Trede 3 - tijdelijke plaatsing buiten de eigen school: het OPDC De Overstap (maximaal één "
                       "jaar, daarna terug naar de eigen of een andere reguliere school) of de reboundvoorziening "
                       "(maximaal twaalf weken);",
                       "Trede 4 - praktijkonderwijs of voortgezet speciaal onderwijs."]),
          ("p", "Voor trede 2 en 3 vraagt de ondersteuningscoördinator van de school een arrangement aan bij het "
                "Loket Lindewaarde. De trajectbegeleider van het loket sluit aan bij het multidisciplinair overleg "
                "(MDO) en het loket besluit binnen drie weken. Voor jongeren die overstappen van het primair "
                "onderwijs is er een 'warme overdracht' waarbij het SWV PO en de VO-school samen kijken welke trede "
                "nodig is.")]
    b += [("h1", "Thuiszitters en dekkend netwerk"),
          ("p", "Ook in onze regio zijn er jongeren die (tijdelijk) niet naar school gaan. Op 1 oktober 2024 waren "
                "dat er 23, van wie 9 langer dan drie maanden. Iedere school meldt een dreigende thuiszitter binnen "
                "twee weken bij het loket. De trajectbegeleider stelt samen met school, leerplicht, ouders en "
                "jongere een herstartplan op. Iedere maand bespreekt de Thuiszitterstafel - met leerplicht, "
                "jeugdhulp, het loket en de directeuren - alle jongeren die langer dan vier weken thuiszitten. "
                "Als besturen er samen niet uitkomen, besluit de directeur van het samenwerkingsverband welke "
                "school de jongere tijdelijk opvangt (doorzettingsmacht)."),
          ("p", "Tweemaal per jaar maakt het loket een overzicht van de vragen waarvoor geen passend aanbod "
                "beschikbaar was. Dat overzicht is de basis voor besluiten over nieuwe voorzieningen. Zo is in 2024 "
                "besloten tot een kleinschalige voorziening voor jongeren met angst- en stemmingsklachten "
                "(start 1 augustus 2025). Alle besturen dragen de zorgplicht samen: wordt een aangemelde leerling "
                "niet toegelaten, dan zorgt het loket binnen de wettelijke termijn voor een passend aanbod op een "
                "andere school.")]
    b += [("h1", "Toewijzing: vso, lwoo en pro"),
          ("h2", "Toelaatbaarheid tot het vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld vraagt de TLV aan bij "
                "de Commissie Toewijzing van het samenwerkingsverband, met het OPP, het verslag van het MDO en de "
                "zienswijze van ouders en leerling. De commissie vraagt advies aan twee deskundigen: een "
                "orthopedagoog of psycholoog en, afhankelijk van de vraag, een kinder- en jeugdpsychiater, arts of "
                "maatschappelijk werker. De commissie besluit binnen zes weken."),
          ("p", "Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte zo groot is dat ook met "
                "een arrangement op trede 2 of 3 geen ontwikkeling in het regulier onderwijs mogelijk is; (b) de "
                "leerling is aangewezen op een combinatie van onderwijs en zorg of behandeling; en (c) uit het OPP "
                "blijkt dat de ondersteuning op de reguliere school gedurende ten minste zes maanden is ingezet en "
                "geëvalueerd, tenzij de ernst van de situatie dat onmogelijk maakt. Een TLV vso wordt afgegeven "
                "voor twee schooljaren; de commissie stelt de bekostigingscategorie (laag, midden of hoog) vast."),
          ("h2", "Lwoo en pro"),
          ("p", "Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria (leerachterstand, "
                "intelligentie en, voor lwoo, sociaal-emotionele problematiek). De VO-school vraagt de aanwijzing "
                "lwoo of de TLV pro aan vóór 1 maart van het jaar waarin de leerling instroomt; de Commissie "
                "Toewijzing besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een "
                "TLV pro voor de gehele schoolloopbaan."),
          ("h2", "Bezwaar"),
          ("p", "Tegen een besluit van de Commissie Toewijzing kunnen ouders, of de leerling vanaf 18 jaar, binnen "
                "zes weken bezwaar maken. Het samenwerkingsverband vraagt advies aan de Landelijke "
                "Bezwaaradviescommissie.")]
    b += [("h1", "Terugplaatsing en overstap"),
          ("p", "Voor iedere leerling in het vso bespreekt de vso-school ieder jaar in het OPP-gesprek met ouders "
                "en leerling of een overstap naar het regulier voortgezet onderwijs mogelijk is. In het laatste jaar "
                "van de TLV doet de vso-school vóór 1 februari een voorstel aan de Commissie Toewijzing: "
                "verlenging of overstap. Bij een overstap organiseert het loket binnen zes weken een "
                "overdrachtsgesprek tussen vso-school, ontvangende school, ouders en leerling. De Commissie "
                "Toewijzing besluit uiterlijk 1 april. Na de overstap volgt een evaluatie na zes weken en na zes "
                "maanden.")]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders en jongeren zijn gesprekspartners van school en samenwerkingsverband. Leerlingen hebben "
                "hoorrecht: zij geven hun mening over hun OPP en die mening wordt in het OPP vastgelegd. Ouders "
                "en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad."),
          ("p", "Een vernieuwde ouderpagina op de website is in voorbereiding en komt in de loop van 2025 online."),
          ("p", "Als ouders of jongeren het niet eens zijn met de school of het samenwerkingsverband, of advies "
                "willen van iemand die los staat van beide, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt "
                "Lindewaarde. Het steunpunt is ondergebracht bij een onafhankelijke stichting voor "
                "cliëntondersteuning, is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in de "
                "bibliotheek van Groenhoven, en kan bemiddelen of meegaan naar gesprekken. Het steunpunt meldt "
                "twee keer per jaar geanonimiseerd aan het bestuur welke knelpunten ouders en jongeren ervaren. "
                "Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten en de Geschillencommissie "
                "passend onderwijs.")]
    b += [("h1", "Doelen en resultaten"),
          ("p", "Wij stellen ons voor deze planperiode de volgende doelen, met een meetbare indicator en een "
                "streefwaarde voor 2029. De nulmeting is van 1 oktober 2024."),
          ("table", [["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                     ["Minder langdurige thuiszitters", "Jongeren > 3 maanden thuis", "9", "3"],
                     ["Meer jongeren regulier", "Deelnamepercentage vso", "3,9%", "3,4%"],
                     ["Terug na OPDC", "Deel van OPDC-leerlingen dat binnen een jaar regulier onderwijs volgt",
                      "61%", "75%"],
                     ["Snelle toewijzing", "Besluiten loket binnen 3 weken", "78%", "95%"],
                     ["Diploma of startkwalificatie", "Uitstroom met diploma uit trede 2-4 (regulier en vso)",
                      "71%", "80%"]]),
          ("p", "Het loket registreert alle aanvragen, besluiten en doorlooptijden. De indicatoren worden ieder "
                "kwartaal uit de registratie en de gegevens van DUO en leerplicht gehaald en in een monitor "
                "gezet die het bestuur en de OPR ontvangen. Aan het eind van elk schooljaar evalueren wij per doel "
                "wat werkte en wat niet, in een evaluatiesessie met ondersteuningscoördinatoren. Het jaarverslag "
                "rapporteert per doel de bereikte waarde naast de streefwaarde.")]
    b += [("h1", "Financiën"),
          ("p", "Het financieel beleid, het verdeelmodel en de meerjarenbegroting 2025-2029 zijn opgenomen in het "
                "afzonderlijke Financieel Kader 2025-2029, dat het bestuur jaarlijks in december actualiseert. Dit "
                "kader is op te vragen bij het bureau van het samenwerkingsverband.")]
    b += [("h1", "Bestuur en medezeggenschap")] + f_governance(p)[1:] + f_opr(p)[1:]
    b += [("h1", "Samenwerking met gemeenten")] + f_oogo(p)[1:]
    b += [("h1", "Personeel"),
          ("p", "Het samenwerkingsverband heeft ongeveer 11 fte in dienst: trajectbegeleiders, orthopedagogen, "
                "het loket en een kleine staf. Het expertisecentrum wordt bemenst door specialisten die worden "
                "gedetacheerd vanuit de vso-school. Wij investeren in scholing van ondersteuningscoördinatoren en "
                "mentoren, onder meer rond executieve functies, trauma-sensitief lesgeven en het voeren van "
                "gesprekken met jongeren en ouders. De krapte op de arbeidsmarkt raakt ook onze organisatie; "
                "daarom werken wij samen met de andere VO-samenwerkingsverbanden in de provincie aan een "
                "gezamenlijke vijver van orthopedagogen.")]
    b += [("h1", "Privacy")] + f_ict(p)[1:]
    b += f_landelijk(p) + f_totstandkoming(p) + f_bureau(p) + f_vervoer(p)
    b += [("h1", "Aansluiting op mbo en arbeidsmarkt"),
          ("p", "Een groot deel van onze leerlingen stroomt door naar het mbo. Samen met de twee roc's in de regio "
                "organiseren wij jaarlijks een doorstroomdag voor mentoren en decanen, en wij wisselen met "
                "toestemming van leerling en ouders gegevens uit over de ondersteuning die een leerling nodig "
                "heeft. Leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt worden "
                "begeleid door een jobcoach, die ook na de uitstroom een jaar lang bereikbaar blijft. Met de "
                "gemeenten en het werkgeversservicepunt zijn afspraken gemaakt over stageplekken en over een "
                "sluitende aanpak voor jongeren die zonder diploma de school verlaten.")]
    b += f_begrippen(["Lwoo: leerwegondersteunend onderwijs.", "OPDC: orthopedagogisch-didactisch centrum.",
                      "Pro: praktijkonderwijs.", "Vso: voortgezet speciaal onderwijs.",
                      "Ondersteuningscoördinator: de functionaris op de VO-school die de ondersteuning coördineert."])
    return b


# ===========================================================================
# Near miss - school-level "ondersteuningsplan" of one basisschool (docx).
# ===========================================================================

def nearmiss():
    b = [("title", "Ondersteuningsplan OBS De Regenboog 2025-2026"),
         ("sub", "Openbare basisschool De Regenboog, Oosterbroek - aangesloten bij Samenwerkingsverband Passend "
                 "Onderwijs Heuvelrand (PO 27-14)"),
         ("sub", "Vastgesteld door het team op 2 september 2025; de MR heeft ingestemd op 16 september 2025"),
         ("toc", ["1. Inleiding", "2. Onze leerlingen", "3. De zorgniveaus op De Regenboog",
                  "4. Groepsbesprekingen en leerlingbesprekingen", "5. Basisondersteuning op onze school",
                  "6. Extra ondersteuning via het samenwerkingsverband", "7. Verwijzing naar SBO of SO",
                  "8. Ouders", "9. Jaarplanning zorg 2025-2026"]),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Regenboog de ondersteuning aan onze leerlingen "
               "organiseren. Het plan is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen "
               "weten hoe wij werken. Het plan is een uitwerking van ons schoolondersteuningsprofiel (SOP) en van "
               "het schoolplan 2023-2027. Het wordt ieder jaar in september door het team besproken en zo nodig "
               "bijgesteld. Het ondersteuningsplan van het samenwerkingsverband, waar de afspraken tussen alle "
               "scholen in de regio in staan, vindt u op de website van het samenwerkingsverband."),
         ("h1", "Onze leerlingen"),
         ("p", "De Regenboog telt op 1 oktober 2024 312 leerlingen in 13 groepen. Ongeveer 18% van onze "
               "leerlingen heeft een onderwijsachterstandsscore; 21 leerlingen spreken thuis een andere taal dan "
               "Nederlands. Acht leerlingen hebben een eigen leerlijn met een ontwikkelingsperspectiefplan (OPP). "
               "In het afgelopen schooljaar zijn twee leerlingen verwezen naar het speciaal basisonderwijs en is "
               "één leerling vanuit het SBO naar onze school teruggekeerd."),
         ("h1", "De zorgniveaus op De Regenboog"),
         ("p", "Wij werken met vijf zorgniveaus, zoals afgesproken binnen ons bestuur:"),
         ("bullets", ["Niveau 1 - algemene zorg in de groep: de leerkracht stemt de instructie af op drie "
                      "niveaus (basis, verlengd, verkort).",
                      "Niveau 2 - extra zorg in de groep: de leerkracht signaleert een probleem en biedt extra "
                      "instructie of oefening, vastgelegd in het groepsplan.",
                      "Niveau 3 - speciale zorg na intern overleg: de intern begeleider denkt mee, er wordt een "
                      "handelingsplan opgesteld en ouders worden uitgenodigd.",
                      "Niveau 4 - speciale zorg met externe hulp: de leerling wordt besproken in het "
                      "ondersteuningsteam (OT) met de orthopedagoog van het samenwerkingsverband.",
                      "Niveau 5 - verwijzing: de school vraagt een toelaatbaarheidsverklaring aan bij het "
                      "samenwerkingsverband voor SBO of SO."]),
         ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de leerkracht met de "
               "intern begeleider de hele groep. Daarbij kijken we naar de resultaten van de methodetoetsen en de "
               "toetsen uit het leerlingvolgsysteem, naar het welbevinden en naar de aanpak. Leerlingen over wie "
               "de leerkracht zich zorgen maakt, worden daarna in een leerlingbespreking besproken. Twee keer per "
               "jaar houden wij een teambespreking over opvallende leerlingen, zodat de kennis van het hele team "
               "wordt benut."),
         ("h1", "Basisondersteuning op onze school"),
         ("p", "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
               "Concreet betekent dat op De Regenboog: een intern begeleider voor drie dagen per week, het "
               "dyslexieprotocol, een plusgroep voor leerlingen die meer aankunnen, de Kanjertraining voor alle "
               "groepen, een taalgroep voor nieuwkomers en een aandachtsfunctionaris. Onze grenzen liggen bij "
               "ernstig externaliserend gedrag en bij intensieve medische zorg."),
         ("h1", "Extra ondersteuning via het samenwerkingsverband"),
         ("p", "Als onze eigen mogelijkheden niet toereikend zijn, vragen wij via het OT een arrangement aan bij "
               "het Loket van het samenwerkingsverband. Voorbeelden zijn ambulante begeleiding vanuit het SO of een "
               "plaats in de observatiegroep. De middelen die ons bestuur van het samenwerkingsverband ontvangt, "
               "zetten wij in voor een onderwijsassistent in de onderbouw en voor extra uren van de IB'er."),
         ("h1", "Verwijzing naar SBO of SO"),
         ("p", "Soms is een andere school beter voor een kind. Dan vraagt onze directeur, na een OT en in overleg "
               "met de ouders, een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De procedure en "
               "de criteria staan in het ondersteuningsplan van het samenwerkingsverband. De IB'er stelt het "
               "dossier samen en begeleidt ouders bij een kennismaking op de SBO- of SO-school. Als een leerling "
               "terugkeert uit het SBO, zorgen wij voor een warme overdracht met de vorige leerkracht."),
         ("h1", "Ouders"),
         ("p", "Wij zien ouders als partners. Bij zorgen over een kind nemen wij altijd contact op met de ouders; "
               "ouders zijn bij ieder OT aanwezig. Ouders kunnen met vragen terecht bij de leerkracht en de intern "
               "begeleider. Informatie over de ondersteuning op onze school staat in de schoolgids en in het SOP. "
               "Voor onafhankelijk advies kunnen ouders contact opnemen met het Ouder- en Jeugdsteunpunt van het "
               "samenwerkingsverband. Klachten behandelen wij volgens de klachtenregeling van ons bestuur."),
         ("h1", "Jaarplanning zorg 2025-2026"),
         ("table", [["Maand", "Activiteit"],
                    ["September", "Startgesprekken met ouders; bespreking ondersteuningsplan in het team"],
                    ["Oktober", "Groepsbesprekingen ronde 1"],
                    ["November", "OT ronde 1; trendanalyse middentoetsen vorig jaar"],
                    ["Februari", "Toetsperiode en groepsbesprekingen ronde 2"],
                    ["Maart", "OT ronde 2; evaluatie OPP's"],
                    ["Juni", "Groepsbesprekingen ronde 3; overdracht naar volgend leerjaar"],
                    ["Juli", "Evaluatie zorgjaar en bijstelling ondersteuningsplan"]]),
         ]
    return b


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        (plan1(), "po-heuvelrand-ondersteuningsplan-2025-2029", P1, ["docx"]),
        (plan2(), "po-klaverveld-ondersteuningsplan-2024-2028", P2, ["docx"]),
        (plan3(), "po-dommeldal-ondersteuningsplan-2025-2029", P3, ["docx", "pdf"]),
        (plan4(), "po-kempenkring-ondersteuningsplan-2026-2030", P4, ["docx", "pdf"]),
        (plan5(), "vo-lindewaarde-ondersteuningsplan-2025-2029", P5, ["md"]),
    ]
    for blocks, stem, p, fmts in jobs:
        header = f"{p['name']} - Ondersteuningsplan {p['period']}"
        footer = f"{p['short']} | {p['code']} | ondersteuningsplan {p['period']}"
        if "docx" in fmts:
            write_docx(blocks, OUT / (stem + ".docx"), header, footer)
        if "pdf" in fmts:
            docx_to_pdf(OUT / (stem + ".docx"))
        if "md" in fmts:
            write_md(blocks, OUT / (stem + ".md"))
        print(f"{stem}: {words(blocks)} words, {', '.join(fmts)}")
    nm = nearmiss()
    write_docx(nm, OUT / "obs-de-regenboog-ondersteuningsplan-school-2025.docx",
               "OBS De Regenboog - ondersteuningsplan 2025-2026", "De Regenboog | zorg en ondersteuning")
    print(f"obs-de-regenboog-ondersteuningsplan-school-2025: {words(nm)} words, docx")


if __name__ == "__main__":
    main()
