#!/usr/bin/env python3
"""Generate the holdout180 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss
document (a school-level ondersteuningsplan of a single basisschool).

Deterministic, no network. Output goes to the folder above this script
(Path(__file__).resolve().parent.parent). PDFs are rendered from .docx with
LibreOffice (soffice --headless --convert-to pdf) in a private temporary dir.

All organisations, schools, people, municipalities and amounts are fictional.
The label files (<name>.expected.yaml) are written by hand below the documents.
"""
import datetime
import shutil
import zipfile
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# rendering helpers: a document is a list of blocks
#   ("title", str) ("sub", str) ("h1", str) ("h2", str) ("p", str)
#   ("ul", [str]) ("ol", [str]) ("table", [[hdr...], [row...], ...]) ("break",)
#   ("toc", [str])
# ---------------------------------------------------------------------------

def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            p = doc.add_paragraph()
            p.add_run("Inhoudsopgave").bold = True
            for it in b[1]:
                doc.add_paragraph(it)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for par in t.cell(i, j).paragraphs:
                            for run in par.runs:
                                run.bold = True
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    fixed = datetime.datetime(2026, 3, 1, 12, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "holdout180"
    doc.core_properties.author = "holdout180"
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-identical between runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "sub":
            out.append("*" + b[1] + "*\n")
        elif kind == "h1":
            out.append("## " + b[1] + "\n")
        elif kind == "h2":
            out.append("### " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "ol":
            out.append("\n".join("%d. %s" % (i + 1, it) for i, it in enumerate(b[1])) + "\n")
        elif kind == "toc":
            out.append("**Inhoudsopgave**\n")
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
        elif kind == "break":
            out.append("---\n")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout180_lo_"))
    try:
        profile = tmp / "profile"
        cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        produced = tmp / (Path(docx_path).stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if len(b) < 2:
            continue
        v = b[1]
        if isinstance(v, str):
            n += len(v.split())
        else:
            for it in v:
                if isinstance(it, str):
                    n += len(it.split())
                else:
                    n += sum(len(str(c).split()) for c in it)
    return n


H1, H2, P, UL, OL, TB = "h1", "h2", "p", "ul", "ol", "table"


# ---------------------------------------------------------------------------
# shared filler chapters (text real plans carry; words like ouders, middelen,
# arrangement, resultaten occur only in passing here)
# ---------------------------------------------------------------------------

def voorwoord(c):
    return [
        (H1, "Voorwoord"),
        (P, f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan sinds de "
            f"invoering van passend onderwijs in 2014, en misschien wel het plan waarover het langst en het "
            f"breedst is gesproken. In de afgelopen anderhalf jaar hebben wij met directeuren, intern begeleiders, "
            f"leraren, bestuurders, gemeenten en de leden van de ondersteuningsplanraad om tafel gezeten. Wat ons "
            f"in al die gesprekken opviel, is dat de vraag niet meer is óf wij passend onderwijs willen, maar hoe "
            f"wij het in {c['region']} samen goed en betaalbaar organiseren."),
        (P, "Passend onderwijs is geen project met een eindpunt. Het is een manier van kijken naar kinderen en naar "
            "onszelf: welke ondersteuning heeft dit kind nodig, en wat hebben de leraar en de school nodig om die "
            "ondersteuning te kunnen geven? Die vraag stellen wij elke dag opnieuw, in elke groep en op elke "
            "school. Dit plan beschrijft de afspraken die wij daarover als besturen met elkaar maken, en de "
            "koers die wij de komende vier schooljaren willen varen."),
        (P, "Wij zijn trots op wat er al staat. Tegelijk zien wij dat de druk op het onderwijs groot is. Het "
            "lerarentekort raakt ook onze scholen, de vraag naar jeugdhulp stijgt en de middelen zijn niet "
            "onbeperkt. Dat vraagt om keuzes. Een aantal van die keuzes maken wij in dit plan; andere leggen wij "
            "in de jaarplannen vast, omdat de werkelijkheid zich niet laat vangen in een document voor vier jaar."),
        (P, "Een woord van dank is op zijn plaats aan iedereen die heeft meegedacht: de werkgroepen, de "
            f"klankbordgroep van intern begeleiders, de collega's van het {c.get('specw', 'speciaal (basis)onderwijs')}, de "
            "beleidsmedewerkers van de gemeenten en niet in de laatste plaats de leden van de "
            "ondersteuningsplanraad, die kritisch en betrokken naar de concepten hebben gekeken."),
        (P, f"{c['directeur']}, directeur-bestuurder {c['short']}"),
    ]


def leeswijzer(c, chapters):
    return [
        (H1, "Leeswijzer"),
        (P, "Dit ondersteuningsplan is zo opgebouwd dat u het niet van voor naar achter hoeft te lezen. Ieder "
            "hoofdstuk kan op zichzelf gelezen worden. Waar nodig verwijzen wij naar andere hoofdstukken. "
            "Achter in het plan vindt u een begrippenlijst met de afkortingen die in het onderwijs veel gebruikt "
            "worden."),
        (P, "Kort samengevat komt het volgende aan de orde: " + "; ".join(chapters) + "."),
        (P, "Het plan is geschreven voor een brede groep lezers: schoolbesturen, directeuren, intern begeleiders, "
            "leraren, gemeenten, ketenpartners, de inspectie en iedereen die wil weten hoe passend onderwijs in "
            f"{c['region']} is georganiseerd. Dat betekent dat sommige passages voor de ene lezer vanzelfsprekend "
            "zijn en voor de andere nieuw. Wij hebben geprobeerd het plan zo leesbaar mogelijk te houden."),
    ]


def visie(c):
    return [
        (H1, "Visie en missie"),
        (H2, "Missie"),
        (P, f"{c['short']} zorgt er samen met de aangesloten schoolbesturen voor dat ieder kind in {c['region']} "
            "onderwijs krijgt dat past bij wat het kan en nodig heeft, zo dicht mogelijk bij huis. Wij doen dat "
            "niet alleen: scholen, besturen, gemeenten en ketenpartners dragen samen verantwoordelijkheid."),
        (H2, "Visie"),
        (P, "Wij geloven dat ieder kind zich wil ontwikkelen en dat het onderwijs daar ruimte voor moet bieden. "
            "Verschillen tussen kinderen zijn normaal. De leraar doet ertoe: een leraar die zich gesteund voelt, "
            "kan meer kinderen in de eigen groep goed begeleiden. Daarom investeren wij in de expertise in en "
            "rond de groep, en niet in de eerste plaats in losse trajecten buiten de school."),
        (P, "Wij kijken naar wat een kind nodig heeft en niet naar het etiket dat het draagt. Een diagnose is "
            "geen voorwaarde voor ondersteuning. Wij denken in mogelijkheden en werken handelingsgericht. Het "
            "gesprek tussen school, kind en thuis staat centraal; wij zien elkaar als partners die ieder een "
            "eigen deskundigheid inbrengen."),
        (H2, "Kernwaarden"),
        (UL, ["Samen: wij zijn samen verantwoordelijk voor alle kinderen in de regio.",
              "Dichtbij: ondersteuning zo thuisnabij en zo regulier als mogelijk.",
              "Vertrouwen: wij geven professionals ruimte en spreken elkaar aan op afspraken.",
              "Doelmatig: iedere euro voor ondersteuning moet zo dicht mogelijk bij het kind terechtkomen.",
              "Lerend: wij evalueren wat wij doen en passen onze aanpak aan waar dat nodig is."]),
        (P, "Deze kernwaarden zijn richtinggevend voor alle keuzes in dit plan. Ze zijn in 2025 opnieuw "
            "vastgesteld in een bijeenkomst met alle directeuren en bestuurders, en komen terug in de "
            "jaarplannen en in de gesprekken die wij met scholen voeren."),
    ]


def context(c, percentages=True):
    out = [
        (H1, "Het samenwerkingsverband in cijfers"),
        (P, f"{c['name']} (registratienummer {c['code']}) omvat de scholen in de gemeenten {c['gemeenten']}. "
            f"Bij het samenwerkingsverband zijn {c['nboards']} schoolbesturen aangesloten met samen "
            f"{c['nschools']} scholen en ruim {c['npupils']} leerlingen. Het gebied kent een mix van "
            "kernen met één kleine school en wijken met grotere scholen; de afstanden in het buitengebied zijn "
            "voor een deel van de leerlingen aanzienlijk."),
    ]
    rows = [["Gegeven", "1 oktober 2023", "1 oktober 2024", "1 oktober 2025"],
            ["Aantal leerlingen (totaal)", c['p23'], c['p24'], c['npupils']],
            ["Aantal scholen", c['nschools'], c['nschools'], c['nschools']],
            ["Aantal aangesloten besturen", c['nboards'], c['nboards'], c['nboards']]]
    if percentages:
        rows += [["Deelnamepercentage " + c['spec1'], c['d1'][0], c['d1'][1], c['d1'][2]],
                 ["Deelnamepercentage " + c['spec2'], c['d2'][0], c['d2'][1], c['d2'][2]]]
    out.append((TB, rows))
    out.append((P, "De prognoses laten voor de komende planperiode een lichte daling van het leerlingaantal zien, "
                   "vooral in de kleinere kernen. Dat heeft gevolgen voor de inkomsten van het "
                   "samenwerkingsverband en voor de levensvatbaarheid van enkele kleine scholen. De besturen "
                   "volgen deze ontwikkeling nauwgezet."))
    return out


def governance(c):
    return [
        (H1, "Organisatie en governance"),
        (P, f"{c['short']} is een stichting. Het bestuur van de stichting is georganiseerd volgens het "
            "raad-van-toezichtmodel: een directeur-bestuurder is belast met het besturen, een raad van toezicht "
            "met het toezicht daarop. De aangesloten schoolbesturen vormen samen de algemene vergadering, die "
            "onder meer het ondersteuningsplan, de begroting en de jaarrekening goedkeurt. De statuten bevatten "
            "een regeling voor het beslechten van geschillen tussen de aangesloten besturen."),
        (P, "De raad van toezicht bestaat uit vijf leden, van wie twee op voordracht van de algemene vergadering "
            "en drie onafhankelijke leden. De raad werkt met een auditcommissie en een remuneratiecommissie. "
            "Het toezichtkader en het reglement van de raad zijn op te vragen bij het bureau."),
        (P, "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Het bureau bestaat uit "
            "een beleidsmedewerker, een controller, een secretaresse, een aantal orthopedagogen en "
            "onderwijsadviseurs. Het bureau is gevestigd in het onderwijsservicecentrum en is op werkdagen "
            "telefonisch bereikbaar."),
        (P, "Naast de formele organen kent het samenwerkingsverband een directeurenoverleg per subregio en een "
            "netwerk van intern begeleiders dat vier keer per jaar bijeenkomt. Deze overleggen hebben geen "
            "formele bevoegdheden, maar zijn belangrijk voor het draagvlak en voor het uitwisselen van kennis."),
    ]


def opr(c, parents_role=True):
    if parents_role:
        t = ("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden, "
             "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De ouders in de OPR brengen "
             "het perspectief van gezinnen in; zij toetsen of de afspraken in dit plan voor ouders en kinderen "
             "begrijpelijk en werkbaar zijn.")
    else:
        t = ("De ondersteuningsplanraad (OPR) bestaat uit acht leden die worden afgevaardigd door de "
             "medezeggenschapsraden van de aangesloten scholen.")
    return [
        (H1, "Medezeggenschap"),
        (P, t + " De OPR heeft instemmingsrecht op het vaststellen en wijzigen van het ondersteuningsplan. De "
                "raad vergadert zes keer per jaar en heeft een eigen reglement en huishoudelijk reglement."),
        (P, "De directeur-bestuurder overlegt ten minste twee keer per jaar met de OPR over de algemene gang "
            "van zaken. De OPR wordt ondersteund door een ambtelijk secretaris en heeft een eigen budget voor "
            "scholing. Daarnaast kent het samenwerkingsverband een eigen medezeggenschapsraad voor het "
            "personeel van het bureau."),
        (P, f"Over dit ondersteuningsplan heeft de OPR op {c['opr_date']} ingestemd. Het conceptplan is in drie "
            "rondes besproken; de opmerkingen van de OPR over leesbaarheid, tijdpad en de rol van de scholen zijn "
            "in deze versie verwerkt."),
    ]


def oogo(c, verzuim=True):
    return [
        (H1, "Samenwerking met gemeenten en jeugdhulp"),
        (P, f"Onderwijs en jeugdhulp raken elkaar dagelijks. {c['short']} werkt daarom nauw samen met de "
            f"gemeenten {c['gemeenten']}. Over dit ondersteuningsplan is op {c['oogo_date']} op overeenstemming "
            "gericht overleg (OOGO) gevoerd met de wethouders onderwijs en jeugd. Omgekeerd voert het "
            "samenwerkingsverband overleg over de beleidsplannen jeugd van de gemeenten."),
        (P, "In het OOGO zijn de volgende gezamenlijke thema's voor de planperiode afgesproken:"),
        (UL, ["een vaste contactpersoon van het sociaal wijkteam voor iedere school, die op afroep aansluit bij het "
              "ondersteuningsteam van de school;",
              "onderwijs-zorgarrangementen voor kinderen die naast onderwijs ook jeugdhulp in onderwijstijd nodig "
              "hebben, met één gezamenlijk plan en een vaste verdeling van de kosten tussen gemeente en "
              "samenwerkingsverband;",
              "afstemming over leerlingenvervoer en onderwijshuisvesting, onder meer bij de nieuwbouw van een "
              "school voor speciaal basisonderwijs."] + (["een gezamenlijke aanpak van schoolverzuim met de "
                                                          "afdeling leerplicht."] if verzuim else [])),
        (P, "De afspraken worden jaarlijks geëvalueerd in een bestuurlijk overleg tussen de directeur-bestuurder "
            "en de wethouders. Voor geschillen over de uitvoering van het OOGO geldt de procedure die de "
            "gemeenten en het samenwerkingsverband in 2019 hebben vastgesteld, waarin een onafhankelijke "
            "voorzitter bemiddelt."),
    ]


def thuiszitters(c, count=True):
    return [
        (H1, "Thuiszitters en verzuim"),
        (P, "Geen kind hoort thuis te zitten zonder passend onderwijsaanbod. Toch komt het voor, ook in onze "
            + (f"regio. Op 1 oktober 2025 waren er in {c['region']} {c['thuis']} kinderen die langer dan vier "
               "weken niet naar school gingen zonder geldige reden of vrijstelling. Achter elk van die getallen "
               "zit een gezin dat vastloopt." if count else "regio. Achter elk kind dat thuiszit, zit een gezin "
               "dat vastloopt.")),
        (P, "Het samenwerkingsverband heeft een thuiszittersoverleg ingericht met de leerplichtambtenaren, de "
            "jeugdarts en de orthopedagogen van het bureau. Dit overleg komt iedere zes weken bijeen en bespreekt "
            "alle kinderen die (dreigen) thuis (te) zitten. Per kind wordt één regisseur aangewezen die ervoor "
            "zorgt dat er binnen drie maanden een passend aanbod is. Lukt dat niet, dan besluit de "
            "directeur-bestuurder, gebruikmakend van de doorzettingsmacht die de besturen hem hebben gegeven, "
            "welke school het kind tijdelijk opvangt."),
        (P, "Waar wij zien dat het aanbod tekortschiet, bijvoorbeeld voor kinderen met een combinatie van "
            "gedrags- en leerproblemen of voor kinderen die langdurig ziek zijn, brengen wij dat jaarlijks in "
            "kaart en bespreken wij met de besturen welke school of voorziening het ontbrekende aanbod "
            "ontwikkelt. De besturen hebben afgesproken dat de zorgplicht van een school pas eindigt als er "
            "daadwerkelijk een passende plek is gevonden."),
    ]


def personeel(c):
    return [
        (H1, "Personeel en professionalisering"),
        (P, "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort "
            "maakt dat er vaker onbevoegden of startende leraren voor de groep staan, die minder ervaring "
            "hebben met kinderen die extra aandacht vragen. Het samenwerkingsverband ondersteunt de besturen "
            "daarom met een scholingsaanbod."),
        (UL, ["een leergang handelingsgericht werken voor startende leraren (vier bijeenkomsten per jaar);",
              "netwerkbijeenkomsten voor intern begeleiders over thema's als gedrag, taal en rekenen;",
              "intervisie voor directeuren over het leiden van een inclusieve school;",
              "een jaarlijkse studiedag voor alle medewerkers in de regio."]),
        (P, "Het bureau zelf heeft een kleine, vaste formatie en werkt daarnaast met gedetacheerde "
            "specialisten. Bij vacatures kijken wij eerst of wij expertise binnen de scholen kunnen benutten. "
            "De werkdruk van intern begeleiders is een terugkerend punt in het directeurenoverleg; "
            "het samenwerkingsverband wil de administratieve last rond aanvragen zo klein mogelijk houden."),
    ]


def ict_privacy(c):
    return [
        (H1, "ICT en privacy"),
        (P, "Voor de aanvraag en toekenning van ondersteuning werkt het samenwerkingsverband met een beveiligde "
            "digitale omgeving. Scholen uploaden daarin het groeidocument en de bijbehorende stukken. Alleen "
            "medewerkers die de gegevens voor hun taak nodig hebben, hebben toegang."),
        (P, "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen "
            "voor zover dat nodig is voor de wettelijke taken. Gegevens worden niet langer bewaard dan nodig: "
            "dossiers van toelaatbaarheidsverklaringen tot drie jaar na het besluit. Het samenwerkingsverband "
            "heeft een functionaris gegevensbescherming aangesteld en een privacyreglement vastgesteld. "
            "Datalekken worden gemeld volgens het protocol."),
        (P, "In de planperiode vervangen wij het huidige systeem, omdat de leverancier het niet langer "
            "ondersteunt. De aanbesteding loopt in 2026. Eisen zijn onder meer een koppeling met de "
            "leerlingvolgsystemen van de scholen en een heldere rolverdeling in toegangsrechten."),
    ]


def planning(c):
    return [
        (H1, "Totstandkoming en planning"),
        (P, "Dit plan is tot stand gekomen in een proces van ruim een jaar. Hieronder staan de belangrijkste "
            "stappen."),
        (TB, [["Stap", "Datum"],
              ["Startbijeenkomst besturen en directeuren", "september 2024"],
              ["Werkgroepen en klankbordgroepen", "oktober 2024 - juni 2025"],
              ["Eerste concept besproken in algemene vergadering", c['concept_date']],
              ["OOGO met de gemeenten", c['oogo_date']],
              ["Overleg met het aangrenzende samenwerkingsverband", c['overleg_date']],
              ["Instemming ondersteuningsplanraad", c['opr_date']],
              ["Vaststelling door het bestuur", c['vast_date']],
              ["Toezending aan de inspectie", "vóór 1 mei 2026"]]),
        (P, f"Het plan geldt voor de schooljaren {c['period']}, van 1 augustus 2026 tot en met 31 juli 2030. "
            "Wijzigingen tijdens de planperiode worden opnieuw aan de OPR voorgelegd."),
    ]


def begrippen(entries):
    return [(H1, "Begrippenlijst")] + [(UL, [f"{k}: {v}" for k, v in entries])]


GLOSS = {
    "AB": "ambulante begeleiding",
    "Basisondersteuning": "het afgesproken niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt",
    "Dekkend aanbod": "het geheel van voorzieningen waardoor voor ieder kind een passende plek beschikbaar is",
    "Groeidocument": "document waarin de school de ontwikkeling en ondersteuningsbehoefte van een leerling vastlegt",
    "IB'er": "intern begeleider",
    "Meerjarenbegroting": "begroting voor meerdere jaren",
    "OJSP": "ouder- en jeugdsteunpunt",
    "OOGO": "op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten",
    "OPP": "ontwikkelingsperspectief(plan)",
    "OPR": "ondersteuningsplanraad",
    "Onderwijsconsulent": "onafhankelijke adviseur voor ouders bij problemen rond toelating, verwijdering of thuiszitten",
    "SBO": "speciaal basisonderwijs",
    "SO": "speciaal onderwijs",
    "SOP": "schoolondersteuningsprofiel",
    "Terugplaatsing": "de overstap van een leerling van het speciaal (basis)onderwijs naar het regulier onderwijs",
    "TLV": "toelaatbaarheidsverklaring",
    "Verdeelmodel": "de afspraken over de verdeling van de ondersteuningsmiddelen",
}


def gloss(*keys):
    return begrippen([(k, GLOSS[k]) for k in keys])


UNNUMBERED = ("Voorwoord", "Leeswijzer", "Begrippenlijst", "Afkortingenlijst", "Samenvatting")


def build(title, subtitle, titlepage_extra, body):
    """Number the h1/h2 headings of body, build a TOC from them and put a title page in front."""
    out_body, toc = [], []
    n1 = n2 = 0
    for b in body:
        if b[0] == H1 and not b[1].startswith(UNNUMBERED) and not b[1].startswith("Bijlage"):
            n1 += 1
            n2 = 0
            t = f"{n1} {b[1]}"
            out_body.append((H1, t))
            toc.append(t)
        elif b[0] == H2 and n1:
            n2 += 1
            t = f"{n1}.{n2} {b[1]}"
            out_body.append((H2, t))
            toc.append("    " + t)
        else:
            out_body.append(b)
            if b[0] == H1:
                toc.append(b[1])
    front = [("title", title), ("sub", subtitle)] + [(P, x) for x in titlepage_extra] + [("break",), ("toc", toc), ("break",)]
    return front + out_body


def jaarcyclus(c):
    return [
        (H1, "Planning en control"),
        (P, "Het ondersteuningsplan geeft de koers voor vier jaar. Ieder jaar werken wij die koers uit in een "
            "jaarplan met activiteiten en een jaarbegroting. De cyclus ziet er als volgt uit."),
        (TB, [["Maand", "Document", "Besluit / bespreking"],
              ["september", "Jaarplan schooljaar", "Bestuur stelt vast, OPR wordt geïnformeerd"],
              ["november", "Concept-begroting kalenderjaar", "Auditcommissie adviseert"],
              ["december", "Begroting en verdeling", "Bestuur stelt vast, raad van toezicht keurt goed"],
              ["januari", "Voortgangsrapportage", "Directeurenoverleg en bestuur"],
              ["mei", "Jaarrekening en bestuursverslag", "Accountant controleert, raad van toezicht keurt goed"],
              ["juni", "Evaluatie jaarplan", "Bestuur en OPR"]]),
        (P, "De accountant controleert jaarlijks de jaarrekening, inclusief de rechtmatigheid van de "
            "bestedingen. De raad van toezicht bespreekt de managementletter met de accountant zonder dat de "
            "directeur-bestuurder daarbij aanwezig is. Het bestuursverslag wordt vóór 1 juli gepubliceerd op de "
            "website van het samenwerkingsverband."),
        (P, "Tussentijdse wijzigingen van dit plan, bijvoorbeeld na de vaststelling van deel B of de herziene "
            "Toewijzingsregeling, worden als wijziging aan de OPR voorgelegd. De OPR heeft daarover "
            "instemmingsrecht, net als over het plan zelf."),
    ]


# ---------------------------------------------------------------------------
# Plan 1  PO, .docx  -- Lingemonde
# BO present, PL present, TS partial (procedure deferred), FI present ("Geld en
# middelen"), DA present, RE partial (doelen deferred), OU missing
# ---------------------------------------------------------------------------
C1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Lingemonde", short="Lingemonde",
          code="PO 25-14", period="2026-2030", region="het Lingemondegebied",
          gemeenten="Rivierzicht, Oosterbroek en Heukeldam", nboards=11, nschools=46, npupils="9.870",
          p23="10.240", p24="10.015", spec1="sbo", spec2="so", d1=("2,31%", "2,25%", "2,28%"),
          d2=("1,74%", "1,81%", "1,86%"), thuis=14, directeur="Mr. drs. H.J. (Hanneke) Verweij",
          opr_date="19 februari 2026", oogo_date="27 januari 2026", overleg_date="3 februari 2026",
          concept_date="11 november 2025", vast_date="10 maart 2026")


def plan1():
    c = C1
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, ["onze visie", "kengetallen", "basisondersteuning", "extra ondersteuning en "
                           "toelaatbaarheid", "het dekkende aanbod", "samenwerking met gemeenten",
                           "geld en middelen", "kwaliteitszorg", "organisatie", "communicatie"])
    body += visie(c)
    body += context(c)
    body += [
        (H1, "Basisondersteuning: wat elke school biedt"),
        (P, "Basisondersteuning is in Lingemonde de ondersteuning die iedere school – iedere vestiging, van de "
            "kleinste dorpsschool tot de grootste wijkschool – zelf biedt, zonder dat daarvoor een aanvraag bij "
            "het samenwerkingsverband nodig is. De elf besturen hebben de afspraken in dit hoofdstuk samen "
            "vastgesteld als ondergrens: geen enkele vestiging biedt minder. Een school mag meer bieden en legt "
            "dat vast in haar schoolondersteuningsprofiel."),
        (P, "De basisondersteuning kent vier onderdelen: de basiskwaliteit die de inspectie van iedere school "
            "vraagt, preventieve en licht curatieve interventies, een heldere ondersteuningsstructuur en "
            "planmatig, handelingsgericht werken. Omdat zo'n omschrijving weinig zegt over de dagelijkse "
            "praktijk, hebben wij per onderdeel vastgelegd wat er op iedere school aanwezig is."),
        (H2, "Wat op iedere school aanwezig is"),
        (UL, ["Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die een master SEN of een "
              "vergelijkbare opleiding heeft afgerond of volgt.",
              "Werken volgens het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Rekenproblemen en "
              "Dyscalculie, met signalering vanaf groep 2 en minimaal drie keer per week extra leestijd in een "
              "kleine groep voor zwakke lezers in groep 3 en 4.",
              "Een doorgaande aanpak voor sociaal-emotionele ontwikkeling en positief gedrag, een "
              "anti-pestcoördinator en een veiligheidsplan.",
              "Compacten en verrijken voor leerlingen die meer aankunnen, met een eigen leerlijn en wekelijkse "
              "begeleiding door een leerkracht met scholing in begaafdheid.",
              "Taalondersteuning voor leerlingen met een taalachterstand of een andere thuistaal, waaronder een "
              "NT2-leerlijn.",
              "Een protocol medisch handelen; eenvoudige handelingen zoals het meten van de bloedsuikerspiegel "
              "worden na instructie door het team uitgevoerd.",
              "Een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de IB'er, de "
              "directeur en de orthopedagoog van het samenwerkingsverband; schoolmaatschappelijk werk en de "
              "jeugdverpleegkundige sluiten op afroep aan.",
              "Een ontwikkelingsperspectief (OPP), opgesteld binnen zes weken, voor iedere leerling die op een of "
              "meer vakken een eigen leerlijn volgt.",
              "Toegang tot consultatie door het expertiseteam van het samenwerkingsverband binnen twee weken na "
              "een vraag van de IB'er."]),
        (P, "Alles wat boven deze lijst uitgaat, is extra ondersteuning. De grens ligt daar waar een leerling "
            "structureel meer nodig heeft dan de school met deze voorzieningen kan bieden, bijvoorbeeld "
            "langdurige één-op-éénbegeleiding of specialistische expertise die de school niet zelf in huis "
            "heeft. In dat geval kan de school een arrangement aanvragen (hoofdstuk 5)."),
        (H2, "Borging"),
        (P, "Het bureau bezoekt iedere school eens in de twee jaar en loopt samen met de directeur en de IB'er "
            "de kwaliteitskaart basisondersteuning door. Voldoet een school op een onderdeel niet, dan stelt "
            "het bestuur binnen drie maanden een verbeterplan op; de directeur-bestuurder bespreekt de voortgang "
            "twee keer per jaar in het bestuurlijk overleg. De uitkomsten per school worden opgenomen in de "
            "managementrapportage."),
        (H1, "Extra ondersteuning en toelaatbaarheid"),
        (P, "Soms is de ondersteuning die een leerling nodig heeft zo intensief dat een plek in het speciaal "
            "basisonderwijs (sbo) of het speciaal onderwijs (so) beter past. Voor zo'n plek is een "
            "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Cluster 1 en 2 vallen niet "
            "onder het samenwerkingsverband; daarvoor gelden de landelijke procedures van de instellingen."),
        (H2, "De aanvraag van een toelaatbaarheidsverklaring"),
        (P, "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de TLV "
            "aan bij de Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband. De procedure kent de "
            "volgende stappen:"),
        (OL, ["Het ondersteuningsteam van de school bespreekt de leerling en stelt vast dat de school, ook na "
              "ten minste twee cycli handelingsgericht werken en een arrangement, niet kan bieden wat nodig is.",
              "De school dient de aanvraag digitaal in bij de CvT, met het groeidocument, het OPP, het "
              "onderwijskundig rapport en de verslagen van het OT.",
              "Binnen vijf werkdagen controleert het bureau of het dossier compleet is en vraagt zo nodig "
              "ontbrekende stukken op.",
              "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
              "afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, arts, maatschappelijk "
              "werker of pedagoog). Geen van beiden is eerder bij de aanvraag betrokken geweest.",
              "De CvT neemt namens de directeur-bestuurder een besluit binnen zes weken na ontvangst van het "
              "complete dossier. Deze termijn kan eenmaal met ten hoogste vier weken worden verlengd.",
              "Het besluit wordt schriftelijk bekendgemaakt aan het schoolbestuur en krijgt een volgnummer."]),
        (H2, "Criteria"),
        (P, "De CvT verklaart een leerling toelaatbaar tot het sbo als aan alle volgende criteria is voldaan:"),
        (UL, ["de ondersteuningsbehoefte ligt op meer dan één domein (leren, gedrag, werkhouding) en gaat de "
              "basisondersteuning én een arrangement in het regulier onderwijs te boven;",
              "de school heeft ten minste een half jaar een arrangement ingezet en dat aantoonbaar geëvalueerd;",
              "het OPP laat zien dat de leerling in een kleinere groep met specialistische begeleiding beter tot "
              "ontwikkeling komt;",
              "er is geen passend alternatief op een andere reguliere school in de regio."]),
        (P, "Voor het so gelden daarnaast de volgende criteria:"),
        (UL, ["de leerling heeft gedurende het grootste deel van de schooldag intensieve, specialistische "
              "begeleiding nodig;",
              "cluster 3: er is sprake van een ernstige verstandelijke, lichamelijke of meervoudige beperking of "
              "een langdurige ziekte, blijkend uit een verslag van een arts of psycholoog;",
              "cluster 4: er is sprake van ernstige gedrags- of psychiatrische problematiek die ook met jeugdhulp "
              "niet binnen het regulier onderwijs of het sbo te begeleiden is."]),
        (H2, "Duur en bekostigingscategorie"),
        (P, "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt twee "
            "schooljaren en loopt af op 31 juli van het tweede schooljaar; wordt de TLV in de loop van een "
            "schooljaar afgegeven, dan wordt het resterende deel van dat schooljaar erbij geteld. Bij een TLV "
            "so stelt de CvT ook de bekostigingscategorie vast: laag (in de regel cluster 4 en ZML), midden "
            "(LG, LZ) of hoog (MG)."),
        (H2, "Na de TLV"),
        (P, "Een plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Het beleid van "
            "Lingemonde is dat iedere leerling in het sbo of so terugkeert naar een reguliere basisschool zodra "
            "dat kan, bij voorkeur in de eigen woonkern. Daarbij gelden de volgende uitgangspunten."),
        (UL, ["Terugkeer is aan de orde zodra het OPP laat zien dat de leerling het uitstroomperspectief "
              "regulier kan halen en de ondersteuningsbehoefte past binnen basisondersteuning plus een "
              "arrangement.",
              "De reguliere school die de leerling ontvangt, kan terugkeer niet weigeren met een beroep op "
              "onvoldoende ondersteuningsmogelijkheden zolang het terugkeerarrangement loopt.",
              "Na terugkeer krijgt de leerling een terugkeerarrangement: een schooljaar begeleiding door een "
              "ambulant begeleider van de school van herkomst, de eerste drie maanden wekelijks en daarna "
              "maandelijks, en 40 uur extra formatie voor de ontvangende groep.",
              "Voor leerlingen uit het so kan een overplaatsing naar het sbo een tussenstap zijn."]),
        (P, "Hoe de terugkeer in de praktijk verloopt – wie het initiatief neemt, op welke momenten het OPP "
            "daarvoor wordt geëvalueerd en wie uiteindelijk besluit – leggen de directeuren van de sbo- en "
            "so-scholen samen met het bureau vast in een stappenplan dat in de loop van schooljaar 2026-2027 "
            "wordt opgesteld."),
        (H1, "Een dekkend aanbod in de regio"),
        (P, "Het samenwerkingsverband moet zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen "
            "binnen en tussen de scholen, zodat ieder kind een zo passend mogelijke plek krijgt. Wij werken met "
            "vijf niveaus van ondersteuning die op elkaar aansluiten."),
        (TB, [["Niveau", "Wat", "Waar en door wie"],
              ["1", "Basisondersteuning in de groep", "Iedere school, leerkracht en IB'er (hoofdstuk 4)"],
              ["2", "Extra ondersteuning binnen de school", "Schoolarrangement uit het schoolbudget, OT van de school"],
              ["3", "Arrangement van het samenwerkingsverband", "Expertiseteam, ambulante begeleiding, "
               "onderwijs-zorgarrangement; toegekend door het Loket"],
              ["4", "Bovenschoolse voorziening", "Observatiegroep De Brug (12 plaatsen), voltijds plusklas "
               "(2 locaties), NT2-schakelklas Heukeldam"],
              ["5", "Speciaal (basis)onderwijs", "Sbo De Regenboog en sbo De Kameleon; so cluster 3 De Wissel; "
               "so cluster 4 't Baken (buiten de regio)"]]),
        (P, "Een school die voor een leerling meer nodig heeft dan niveau 2, meldt de leerling aan bij het Loket. "
            "Een consulent van het samenwerkingsverband sluit binnen tien werkdagen aan bij het OT en stelt samen "
            "met de school vast welk arrangement nodig is. Het Loket besluit binnen vier weken. Een arrangement "
            "duurt maximaal een schooljaar en wordt halverwege en aan het einde geëvalueerd."),
        (H2, "Witte vlekken en wachtlijsten"),
        (P, "Ieder voorjaar inventariseert het bureau waar het aanbod tekortschiet: wachtlijsten bij de "
            "voorzieningen, aanvragen die niet konden worden gehonoreerd, kinderen die buiten de regio "
            "onderwijs volgen en kinderen zonder passende plek. De uitkomst wordt besproken in de algemene "
            "vergadering, die per witte vlek een bestuur aanwijst dat binnen een jaar met een voorstel komt. "
            "Zo bleek in 2025 dat er geen passend aanbod was voor jonge kinderen met een ernstige "
            "taalontwikkelingsstoornis; sinds januari 2026 heeft sbo De Kameleon daarvoor een taalgroep."),
    ]
    body += thuiszitters(c)
    body += oogo(c)
    body += [
        (H1, "Geld en middelen"),
        (P, "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
            "Een deel daarvan gaat via DUO rechtstreeks naar de scholen voor so (de afdracht). De rest "
            "verdelen wij volgens de afspraken in dit hoofdstuk. De algemene vergadering stelt het verdeelmodel "
            "jaarlijks vóór 1 december vast voor het volgende kalenderjaar."),
        (H2, "Zo verdelen wij de middelen"),
        (UL, ["Schoolbudget: ieder bestuur ontvangt € 148 per leerling (teldatum 1 oktober van het jaar ervoor) "
              "plus een vaste voet van € 6.500 per vestiging. Het bestuur zet dit geld in voor de "
              "basisondersteuning en voor schoolarrangementen (niveau 2).",
              "Arrangementen niveau 3: het Loket kent arrangementen toe op basis van de ondersteuningsbehoefte "
              "van de leerling; de school ontvangt per arrangement een vast bedrag (licht € 2.400, middel "
              "€ 4.800, intensief € 9.600 per schooljaar).",
              "Bovenschoolse voorzieningen (niveau 4) worden rechtstreeks door het samenwerkingsverband "
              "bekostigd op basis van een jaarlijkse begroting van de uitvoerende school.",
              "Sbo: het samenwerkingsverband draagt de kosten van leerlingen boven de 2%-grens; de peildatum "
              "voor de groeiregeling is 1 februari."]),
        (H2, "Meerjarenbegroting"),
        (TB, [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Baten rijksbijdrage lichte ondersteuning", "3.180", "3.120", "3.065", "3.010"],
              ["Baten rijksbijdrage zware ondersteuning", "5.720", "5.610", "5.520", "5.430"],
              ["Af: afdracht so via DUO", "-3.090", "-3.060", "-3.030", "-3.000"],
              ["Af: overdracht sbo boven 2%", "-410", "-400", "-390", "-380"],
              ["Beschikbaar", "5.400", "5.270", "5.165", "5.060"],
              ["Schoolbudgetten besturen", "1.760", "1.730", "1.700", "1.670"],
              ["Arrangementen niveau 3", "1.450", "1.430", "1.410", "1.390"],
              ["Bovenschoolse voorzieningen", "980", "980", "970", "960"],
              ["Terugkeerarrangementen", "120", "130", "140", "140"],
              ["Thuiszittersaanpak en onderwijs-zorgarrangementen", "260", "260", "250", "250"],
              ["Bureau, expertiseteam en CvT", "890", "880", "870", "860"],
              ["Resultaat", "-60", "-140", "-175", "-210"]]),
        (P, "De negatieve resultaten zijn bewust begroot: zij worden gedekt uit de reserve (zie hierna)."),
        (H2, "Reserves en risico's"),
        (P, "Op 31 december 2025 bedroeg de algemene reserve € 1,32 mln. Het samenwerkingsverband hanteert een "
            "signaleringswaarde van 5% van de baten; het deel daarboven wordt in de planperiode ingezet zoals "
            "in de meerjarenbegroting zichtbaar is. De belangrijkste risico's zijn de groei van het so en een "
            "daling van het leerlingaantal."),
        (H2, "Verantwoording"),
        (P, "Ieder bestuur verantwoordt vóór 1 mei in een vast format waaraan het schoolbudget is besteed en "
            "welke arrangementen zijn uitgevoerd. De controller bundelt dit in het jaarverslag."),
        (H1, "Kwaliteitszorg"),
        (P, "Kwaliteitszorg is voor ons een cyclus van plannen, uitvoeren, meten en bijstellen. Het "
            "samenwerkingsverband volgt de volgende gegevens, die het bureau vier keer per jaar verzamelt:"),
        (UL, ["de deelnamepercentages sbo en so op 1 oktober (bron: DUO), vergeleken met het landelijk gemiddelde;",
              "het aantal afgegeven TLV's en toegekende arrangementen, en de doorlooptijd van aanvragen;",
              "het aantal thuiszitters en vrijstellingen (bron: leerplicht);",
              "de evaluaties van afgeronde arrangementen: is het doel van het arrangement bereikt?",
              "de tevredenheid van IB'ers en directeuren over het Loket (jaarlijkse peiling in mei)."]),
        (P, "De directeur-bestuurder rapporteert twee keer per jaar aan de raad van toezicht en de algemene "
            "vergadering in een managementrapportage. In het jaarverslag, dat vóór 1 juli verschijnt, worden de "
            "bereikte resultaten per schooljaar beschreven en vergeleken met voorgaande jaren. Eens in de twee "
            "jaar laat het samenwerkingsverband een externe audit uitvoeren."),
        (P, "Welke resultaten wij in deze planperiode met de extra ondersteuning willen bereiken, leggen wij vast "
            "nadat de evaluatie van de vorige planperiode is afgerond. De ambities voor de nieuwe periode "
            "verschijnen in het eerste jaarplan."),
    ]
    body += governance(c)
    body += opr(c, parents_role=False)
    body += personeel(c)
    body += [
        (H1, "Communicatie"),
        (P, "Goede communicatie met scholen en partners is een voorwaarde voor het slagen van dit plan. Het "
            "samenwerkingsverband verstuurt iedere twee weken een digitale nieuwsbrief aan directeuren en IB'ers, "
            "houdt een intranet bij met formulieren en werkinstructies, en organiseert ieder najaar een "
            "regiobijeenkomst. Met de gemeenten is er een vast ambtelijk overleg."),
        (P, "De website van het samenwerkingsverband wordt in 2026 vernieuwd. Voor welke doelgroepen de website "
            "welke informatie gaat bieden, werken wij uit in een communicatieplan."),
    ]
    body += ict_privacy(c)
    body += planning(c)
    body += gloss("AB", "Basisondersteuning", "Groeidocument", "IB'er", "OJSP", "Onderwijsconsulent", "OOGO",
                  "OPP", "OPR", "SBO", "SO", "SOP", "Terugplaatsing", "TLV", "Verdeelmodel")
    blocks = build("Ondersteuningsplan 2026-2030",
                   "Samenwerkingsverband Passend Primair Onderwijs Lingemonde (PO 25-14)",
                   ["Samen sterk voor ieder kind", "Vastgesteld door het bestuur op 10 maart 2026"], body)
    return blocks


# ---------------------------------------------------------------------------
# Plan 2  PO, .docx + .pdf  -- Vallei-Noord
# BO partial (inhoud only by reference to SOPs/absent bijlage), PL present,
# TS present (hidden in the TLV chapter), FI missing (absent bijlage, p.m.),
# DA present, RE present, OU present (inside "Communicatie")
# ---------------------------------------------------------------------------
C2 = dict(name="Stichting Passend Onderwijs De Vallei-Noord", short="Vallei-Noord",
          code="PO 26-07", period="2026-2030", region="de noordelijke Vallei",
          gemeenten="Barneveen, Scherpenhorst en Woudenburcht", nboards=8, nschools=34, npupils="7.415",
          p23="7.610", p24="7.530", spec1="sbo", spec2="so", d1=("1,92%", "1,98%", "2,04%"),
          d2=("1,55%", "1,61%", "1,58%"), thuis=9, directeur="Drs. Youssef el Amrani",
          opr_date="4 maart 2026", oogo_date="12 februari 2026", overleg_date="17 februari 2026",
          concept_date="2 december 2025", vast_date="24 maart 2026")


def plan2():
    c = C2
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, ["visie", "kengetallen", "basisondersteuning", "het ondersteuningsaanbod",
                           "thuiszitters", "toewijzing en toelaatbaarheid", "samenwerking met gemeenten",
                           "ambities en resultaten", "financiën", "organisatie", "communicatie"])
    body += visie(c)
    body += context(c)
    body += [
        (H1, "Basisondersteuning"),
        (P, "Onder basisondersteuning verstaan wij in Vallei-Noord het afgesproken minimum aan ondersteuning dat "
            "iedere vestiging van ieder aangesloten bestuur biedt. De afspraak geldt voor alle 34 scholen, "
            "ongeacht hun grootte of denominatie. Basisondersteuning is geen gemiddelde en geen streefbeeld: het "
            "is de ondergrens waaraan elke school zich heeft verbonden, en waarop ouders en scholen elkaar "
            "kunnen aanspreken."),
        (P, "Welke voorzieningen, interventies en expertise daar op een school concreet onder vallen, beschrijft "
            "iedere school in haar schoolondersteuningsprofiel, dat op de website van de school staat. De "
            "gezamenlijke notitie 'Basis op orde in Vallei-Noord' (bijlage 2) geeft het overzicht voor de hele "
            "regio. Zodra de landelijke norm voor basisondersteuning bekend is, herzien de besturen die notitie "
            "en nemen zij de gezamenlijke standaarden in een wijziging van dit plan op."),
        (H2, "Borging"),
        (P, "Ieder voorjaar controleert het bureau of de schoolondersteuningsprofielen actueel zijn en aansluiten "
            "bij de regionale afspraken. Eens in de vier jaar voert een onafhankelijke auditor bij iedere school "
            "een audit basisondersteuning uit. Blijkt een school onder de afgesproken ondergrens te zitten, dan "
            "maakt het bestuur afspraken over verbetering en meldt het de voortgang binnen zes maanden aan de "
            "directeur-bestuurder."),
        (H1, "Het ondersteuningsaanbod"),
        (P, "Het ondersteuningsaanbod in Vallei-Noord is opgebouwd als een trap. Iedere volgende trede is "
            "intensiever en specialistischer, en wordt pas gezet als de vorige niet volstaat."),
        (UL, ["Trede 1 – basisondersteuning op iedere school.",
              "Trede 2 – een arrangement in de eigen school: extra begeleiding door een specialist uit het "
              "expertisenetwerk, ambulante begeleiding, of een aangepast programma voor een groepje leerlingen.",
              "Trede 3 – een bovenschoolse voorziening: de Kangoeroegroep voor meerbegaafde leerlingen "
              "(één dag per week, vier locaties), de Taalklas voor nieuwkomers in Scherpenhorst en de "
              "observatieplaatsing op sbo De Wegwijzer (maximaal twaalf weken).",
              "Trede 4 – het speciaal basisonderwijs: sbo De Wegwijzer en sbo Het Palet.",
              "Trede 5 – het speciaal onderwijs: so De Boomgaard (cluster 3) en so Het Kompas (cluster 4), en "
              "voor enkele leerlingen scholen buiten de regio."]),
        (P, "De toegang tot trede 2 en 3 loopt via het ondersteuningsteam van de school, waarin een "
            "onderwijsadviseur van het samenwerkingsverband zitting heeft. De onderwijsadviseur kan direct een "
            "arrangement inzetten; bij twijfel beslist het Loket binnen drie weken. Kinderen die onderwijs én "
            "zorg nodig hebben, krijgen een onderwijs-zorgarrangement dat samen met het wijkteam wordt opgesteld."),
        (H2, "Het aanbod op peil houden"),
        (P, "Ieder jaar in februari brengt het bureau in kaart welke leerlingen op een wachtlijst staan, welke "
            "aanvragen niet konden worden gehonoreerd en welke kinderen buiten de regio naar school gaan omdat "
            "hier geen passend aanbod is. De directeur-bestuurder legt de analyse voor aan het bestuurlijk "
            "overleg, dat uiterlijk in juni besluit over uitbreiding of aanpassing van het aanbod. Voor "
            "2026-2027 is al besloten een tweede observatiegroep te openen."),
    ]
    body += thuiszitters(c)
    body += [
        (H1, "Toewijzing en toelaatbaarheid"),
        (H2, "Wie vraagt aan en wie beslist"),
        (P, "Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het bevoegd "
            "gezag van de school waar de leerling staat ingeschreven of is aangemeld. De Commissie Toewijzing "
            "van het samenwerkingsverband beslist. Ouders zijn vanaf het begin betrokken: zij worden "
            "uitgenodigd voor het multidisciplinair overleg (MDO) en geven hun zienswijze, die bij de aanvraag "
            "wordt gevoegd."),
        (OL, ["Stap 1 – MDO op school met ouders, IB'er, leerkracht en onderwijsadviseur. Conclusie: de "
              "ondersteuningsbehoefte overstijgt wat trede 1 tot en met 3 kan bieden.",
              "Stap 2 – de school dient de aanvraag in met het groeidocument, het OPP en de zienswijze van ouders.",
              "Stap 3 – twee deskundigen adviseren ieder afzonderlijk en schriftelijk: steeds een orthopedagoog "
              "of psycholoog, en een tweede deskundige die past bij de vraag van het kind. Ouders ontvangen een "
              "afschrift van beide adviezen.",
              "Stap 4 – de Commissie Toewijzing besluit binnen vijf weken na ontvangst van de volledige aanvraag.",
              "Stap 5 – het besluit gaat naar het schoolbestuur en de ouders; bij een positief besluit meldt de "
              "school de leerling aan bij de sbo- of so-school."]),
        (H2, "Wanneer is een leerling toelaatbaar?"),
        (P, "De Commissie Toewijzing hanteert de volgende criteria. Voor het sbo: de leerling heeft een "
            "ondersteuningsbehoefte op het gebied van leren en/of gedrag waarvoor een kleine groep (maximaal "
            "zestien leerlingen) en dagelijkse specialistische begeleiding nodig is; trede 2 en 3 zijn ingezet "
            "en geëvalueerd; en de ontwikkeling stagneert aantoonbaar ondanks die inzet. Voor het so: "
            "daarnaast is sprake van een ernstige beperking, langdurige ziekte of psychiatrische problematiek "
            "(cluster 3 of 4) waardoor de leerling aangewezen is op een specialistische onderwijsomgeving met "
            "zorg in de school."),
        (H2, "Geldigheid"),
        (P, "Een TLV sbo wordt afgegeven voor twee schooljaren, een TLV so voor drie schooljaren. De Commissie "
            "Toewijzing stelt bij een TLV so de bekostigingscategorie vast (laag, midden of hoog)."),
        (H2, "Afloop van de TLV"),
        (P, "Het samenwerkingsverband wil dat leerlingen niet langer in het speciaal (basis)onderwijs blijven dan "
            "nodig. Terugkeer naar een reguliere school, of een overstap van so naar sbo, is steeds het doel "
            "wanneer het OPP daar ruimte voor geeft. Een leerling die terugkeert, krijgt een "
            "terugkeerarrangement van een half jaar begeleiding door de school van herkomst, en de ontvangende "
            "school krijgt voorrang bij consultatie door het expertisenetwerk."),
        (P, "De werkwijze is als volgt. In oktober van het laatste jaar van de TLV bespreekt de sbo- of "
            "so-school in de commissie van begeleiding het OPP en het uitstroomperspectief, samen met de ouders. "
            "Is terugkeer haalbaar, dan nodigt de school vóór 1 februari een reguliere school uit voor een "
            "warme overdracht; de onderwijsadviseur van het samenwerkingsverband zit het overleg voor. De "
            "ontvangende school besluit uiterlijk 1 april over plaatsing per 1 augustus. Is terugkeer nog niet "
            "verantwoord, dan vraagt de sbo- of so-school vóór 1 maart een nieuwe TLV aan, met een "
            "onderbouwing waarom terugkeer nu niet lukt. Na een half jaar evalueren de school van herkomst en "
            "de ontvangende school de terugkeer met de ouders."),
        (H2, "Bezwaar"),
        (P, "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
            "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."),
    ]
    body += oogo(c)
    body += [
        (H1, "Ambities en resultaten"),
        (P, "Wij willen aan het einde van deze planperiode het volgende bereikt hebben voor leerlingen die extra "
            "ondersteuning nodig hebben. De nulmeting is de stand op 1 oktober 2025."),
        (TB, [["Ambitie", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
              ["Meer kinderen thuisnabij en regulier", "Deelnamepercentage sbo + so", "3,62%", "3,30%"],
              ["Niemand zonder onderwijs", "Thuiszitters > 4 weken", "9", "0 langer dan 3 maanden"],
              ["Snel duidelijkheid", "Doorlooptijd TLV-aanvraag", "7,5 weken", "maximaal 5 weken"],
              ["Terug naar regulier waar het kan", "Terugplaatsingen per jaar", "11", "ten minste 20"],
              ["Arrangementen werken", "Arrangementen met behaald doel", "68%", "80%"],
              ["Ouders tevreden", "Oudertevredenheid (schaal 1-10)", "6,9", "7,5"]]),
        (P, "Het bureau houdt deze indicatoren bij in een dashboard dat ieder kwartaal wordt bijgewerkt met "
            "gegevens van DUO, leerplicht, de Commissie Toewijzing en de evaluaties van arrangementen. "
            "De oudertevredenheid meten wij iedere twee jaar met een digitale vragenlijst. Jaarlijks in "
            "september bespreekt het bestuurlijk overleg de resultaten van het afgelopen schooljaar en stelt het "
            "zo nodig de aanpak bij. De bereikte resultaten worden gerapporteerd in het jaarverslag en "
            "besproken met de OPR."),
        (H1, "Financiën"),
        (P, "De ondersteuningsmiddelen vormen de basis om de ambities in dit plan waar te maken. Het "
            "financieel beleid, het verdeelmodel en de meerjarenbegroting 2026-2030 zijn uitgewerkt in "
            "bijlage 6 'Financieel kader', die het bestuur gelijktijdig met dit plan vaststelt."),
        (TB, [["Onderdeel", "Toelichting"],
              ["Verdeelmodel", "zie bijlage 6"],
              ["Meerjarenbegroting 2026-2030", "p.m."],
              ["Reservepositie", "p.m. (na jaarrekening 2025)"]]),
        (P, "De middelen worden ingezet in lijn met de visie en kernwaarden van dit plan."),
    ]
    body += governance(c)
    body += opr(c, parents_role=True)
    body += personeel(c)
    body += [
        (H1, "Communicatie"),
        (P, "Het samenwerkingsverband communiceert met veel partijen: besturen, scholen, gemeenten, "
            "ketenpartners en ouders. Voor scholen is er een maandelijkse nieuwsbrief en een intranet."),
        (H2, "Ouders informeren"),
        (P, "Ouders moeten kunnen weten welke ondersteuning er voor hun kind mogelijk is en hoe zij die kunnen "
            "krijgen. Daarom:"),
        (UL, ["staat op de website van het samenwerkingsverband een ouderpagina met uitleg over "
              "basisondersteuning, arrangementen, de TLV-procedure en de scholen voor sbo en so;",
              "geven alle scholen bij de aanmelding de folder 'Passend onderwijs in Vallei-Noord' mee, die ook in "
              "het Arabisch, Turks, Pools en Engels beschikbaar is;",
              "beschrijft iedere school in de schoolgids hoe de ondersteuning op die school is geregeld;",
              "organiseert het samenwerkingsverband twee keer per jaar per subregio een informatieavond voor "
              "ouders;",
              "kunnen ouders met vragen over de route terecht bij de ouderconsulent op het bureau "
              "(telefonisch spreekuur op dinsdag en donderdag)."]),
        (H2, "Onafhankelijke hulp voor ouders"),
        (P, "Soms hebben ouders behoefte aan iemand die niet bij de school of het samenwerkingsverband "
            "hoort. Ouders kunnen gratis terecht bij het Ouder- en Jeugdsteunpunt Vallei, dat onafhankelijk is "
            "georganiseerd en alleen het belang van het kind dient. Het steunpunt informeert, denkt mee en "
            "gaat zo nodig mee naar gesprekken. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten "
            "bij dreigend thuiszitten of een vastgelopen toelating. Bij een geschil over toelating, verwijdering "
            "of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; klachten over het "
            "samenwerkingsverband behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten."),
    ]
    body += ict_privacy(c)
    body += planning(c)
    body += gloss("AB", "Basisondersteuning", "Dekkend aanbod", "Groeidocument", "IB'er", "Meerjarenbegroting",
                  "OJSP", "OOGO", "OPP", "OPR", "SBO", "SO", "SOP", "TLV", "Verdeelmodel")
    body += [(H1, "Bijlagen"),
             (UL, ["Bijlage 1 Instemmingsbrief OPR", "Bijlage 2 Basis op orde in Vallei-Noord",
                   "Bijlage 3 Verslag OOGO", "Bijlage 4 Reglement Commissie Toewijzing",
                   "Bijlage 5 Privacyreglement", "Bijlage 6 Financieel kader en meerjarenbegroting"]),
             (P, "De bijlagen worden als afzonderlijke documenten gepubliceerd.")]
    return build("Ondersteuningsplan 2026-2030", "Stichting Passend Onderwijs De Vallei-Noord (PO 26-07)",
                 ["Elk kind een passende plek", "Definitieve versie, 24 maart 2026"], body)


# ---------------------------------------------------------------------------
# Plan 3  PO, .pdf (from .docx)  -- Kempenrand
# BO present (content only in a table), PL partial (criteria by website
# reference), TS missing (heading + deferral only), FI present, DA partial
# (lacunes deferred), RE present, OU present
# ---------------------------------------------------------------------------
C3 = dict(name="Samenwerkingsverband Primair Onderwijs Kempenrand", short="Kempenrand",
          code="PO 30-09", period="2026-2030", region="de Kempenrand",
          gemeenten="Eersel-Heide, Bladelveen, Reusel-Noord en Hoogeloon-West", nboards=6, nschools=39,
          npupils="6.980", p23="7.220", p24="7.090", spec1="sbo", spec2="so", d1=("2,62%", "2,71%", "2,69%"),
          d2=("1,48%", "1,52%", "1,60%"), thuis=0, directeur="Ing. M.A. (Marloes) van den Heuvel",
          opr_date="26 februari 2026", oogo_date="5 februari 2026", overleg_date="10 februari 2026",
          concept_date="25 november 2025", vast_date="17 maart 2026")


def plan3():
    c = C3
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, ["visie", "kengetallen", "basisondersteuning", "extra ondersteuning",
                           "toelaatbaarheid en terugplaatsing", "samenwerking met gemeenten",
                           "financieel beleid", "resultaten", "ouders", "organisatie"])
    body += visie(c)
    body += context(c)
    body += [
        (H1, "Basisondersteuning"),
        (P, "De zes besturen in de Kempenrand hebben één gezamenlijk niveau van basisondersteuning "
            "afgesproken. Dat niveau geldt voor iedere vestiging van iedere school in het samenwerkingsverband: "
            "het is wat elke school, klein of groot, zonder aanvraag bij het samenwerkingsverband biedt. De "
            "standaarden staan in onderstaande tabel; elke school neemt ze letterlijk over in haar "
            "schoolondersteuningsprofiel."),
        (TB, [["Domein", "Wat elke school biedt"],
              ["Lezen en dyslexie", "Signalering vanaf groep 2; vier keer per week extra leesinstructie voor "
               "zwakke lezers in groep 3 en 4; compenserende en dispenserende middelen (voorleessoftware, "
               "extra tijd) na een dyslexieverklaring"],
              ["Rekenen", "Protocol Ernstige Rekenproblemen en Dyscalculie; verlengde instructie in een "
               "kleine groep; rekenhulpmiddelen op advies van de IB'er"],
              ["Gedrag en welbevinden", "Schoolbrede aanpak positief gedrag; jaarlijkse monitor sociale "
               "veiligheid; anti-pestcoördinator; individueel gedragsplan binnen vier weken na signalering"],
              ["Meer- en hoogbegaafdheid", "Compacten en verrijken vanaf groep 1; verrijkingsgroep op school "
               "een uur per week"],
              ["Taal en NT2", "Woordenschatprogramma; NT2-leerlijn voor leerlingen met een andere thuistaal"],
              ["Fysiek en medisch", "Protocol medisch handelen; school is rolstoeltoegankelijk of heeft een "
               "afspraak met een toegankelijke school in de kern"],
              ["Structuur", "IB'er met minimaal één dag per week per 150 leerlingen; ondersteuningsteam "
               "zes keer per jaar met orthopedagoog van het samenwerkingsverband"],
              ["Planmatig werken", "Groepsplannen of -overzichten twee keer per jaar; OPP voor leerlingen met "
               "een eigen leerlijn; leerling en ouders betrokken bij het OPP"]]),
        (P, "Het bureau controleert eens per twee jaar met een schoolbezoek of de standaarden worden "
            "nageleefd en rapporteert de uitkomst aan het bestuur van de school."),
        (H1, "Extra ondersteuning"),
        (P, "Als de basisondersteuning niet volstaat, is extra ondersteuning mogelijk. Het aanbod is opgebouwd "
            "van licht naar zwaar, en van in de eigen school naar buiten de school:"),
        (UL, ["arrangement in de school: de school krijgt voor een leerling of groepje leerlingen extra "
              "begeleiding van een specialist uit het Kempenrand-expertisecentrum (gedrag, taal, motoriek, "
              "begaafdheid);",
              "ambulante begeleiding vanuit het speciaal onderwijs, voor leerlingen met een lichamelijke "
              "beperking, een langdurige ziekte of een autismespectrumstoornis;",
              "de Plusklas Kempen voor hoogbegaafde leerlingen (twee dagdelen per week, drie locaties);",
              "de Schakelklas Bladelveen voor jonge kinderen met een grote taalachterstand (een jaar, vier "
              "dagen per week);",
              "onderwijs-zorgarrangementen in samenwerking met de gemeenten;",
              "sbo De Klimop en sbo Het Baken, en so De Zonnewijzer (cluster 3) en so De Horizon (cluster 4)."]),
        (P, "De school vraagt een arrangement aan via het ondersteuningsteam, waarin de orthopedagoog van het "
            "samenwerkingsverband zit. Het arrangement wordt binnen drie weken toegekend en na zes maanden "
            "geëvalueerd. De samenhang tussen de voorzieningen bewaken wij in het overleg van de "
            "directeuren van de bovenschoolse voorzieningen en de scholen voor speciaal (basis)onderwijs."),
        (P, "Of het aanbod voldoende dekkend is, en waar kinderen tussen wal en schip raken, weten wij op dit "
            "moment nog onvoldoende. Een analyse van witte vlekken in het aanbod staat gepland voor 2027; de "
            "uitkomst en de maatregelen die daaruit volgen, nemen wij op in de volgende wijziging van dit plan."),
        (H1, "Toelaatbaarheid"),
        (H2, "Procedure"),
        (P, "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. De procedure is als "
            "volgt. Het bestuur van de school waar de leerling is ingeschreven, dient de aanvraag in bij de "
            "Toelaatbaarheidscommissie (TLC) van het samenwerkingsverband. De aanvraag bevat het groeidocument, "
            "het OPP, een verslag van het laatste ondersteuningsteam en de zienswijze van de ouders. De TLC "
            "vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog van het samenwerkingsverband "
            "en een tweede deskundige die past bij de vraag, zoals een kinderarts of jeugdpsychiater. De TLC "
            "neemt binnen zes weken een besluit en stuurt dit aan het schoolbestuur en de ouders. Een TLV "
            "wordt afgegeven voor twee schooljaren."),
        (H2, "Beoordeling van de aanvraag"),
        (P, "De TLC beoordeelt iedere aanvraag op maat. De afwegingen die de commissie daarbij maakt, staan in "
            "het toetsingskader TLV op www.kempenrand-po.nl/toetsingskader. Het toetsingskader wordt in 2026 "
            "geactualiseerd."),
        (H2, "Bezwaar"),
        (P, "Tegen een besluit van de TLC kunnen ouders binnen zes weken bezwaar maken bij het bestuur van het "
            "samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."),
        (H2, "Terug naar het regulier onderwijs"),
        (P, "Deze paragraaf wordt ingevuld na de evaluatie van het TLV-beleid, die in het voorjaar van 2027 is "
            "afgerond. Tot die tijd gelden de afspraken die de scholen voor speciaal (basis)onderwijs zelf "
            "hanteren."),
    ]
    body += oogo(c, verzuim=False)
    body += [
        (H1, "Financieel beleid"),
        (P, "Het samenwerkingsverband kiest voor een model waarin het grootste deel van de middelen naar de "
            "besturen gaat, zodat de scholen zelf de basisondersteuning kunnen versterken. Een kleiner deel "
            "blijft centraal voor arrangementen, bovenschoolse voorzieningen en het bureau."),
        (H2, "Verdeelmodel"),
        (TB, [["Onderdeel", "Verdeelsleutel", "Besluit door"],
              ["Schoolbudget per bestuur", "€ 171 per leerling (teldatum 1 oktober t-1)", "Algemene vergadering"],
              ["Vaste voet kleine scholen", "€ 8.000 per vestiging met minder dan 100 leerlingen", "Algemene vergadering"],
              ["Arrangementen in de school", "Per toegekend arrangement: licht € 1.800, zwaar € 5.400", "Orthopedagoog/OT"],
              ["Bovenschoolse voorzieningen", "Vast budget per voorziening op basis van het aantal plaatsen", "Directeur-bestuurder"],
              ["Groei sbo en so", "Overdracht bij groei boven peildatum 1 oktober; teldatum 1 februari", "Directeur-bestuurder"]]),
        (P, "De algemene vergadering stelt het verdeelmodel jaarlijks vóór 1 november vast. Besturen verantwoorden "
            "de besteding van het schoolbudget in hun jaarverslag en in een korte rapportage aan het "
            "samenwerkingsverband vóór 1 juni."),
        (H2, "Meerjarenbegroting 2026-2029"),
        (TB, [["Bedragen in euro's", "2026", "2027", "2028", "2029"],
              ["Rijksbijdrage ondersteuning (netto na afdrachten)", "4.310.000", "4.250.000", "4.190.000", "4.140.000"],
              ["Overige baten", "60.000", "60.000", "60.000", "60.000"],
              ["Schoolbudgetten besturen", "1.195.000", "1.180.000", "1.165.000", "1.150.000"],
              ["Vaste voet kleine scholen", "96.000", "96.000", "88.000", "88.000"],
              ["Arrangementen in de school", "1.240.000", "1.230.000", "1.220.000", "1.210.000"],
              ["Plusklas en Schakelklas", "560.000", "560.000", "560.000", "560.000"],
              ["Groeibekostiging sbo/so", "380.000", "370.000", "360.000", "350.000"],
              ["Expertisecentrum en bureau", "840.000", "845.000", "850.000", "855.000"],
              ["Saldo", "59.000", "29.000", "7.000", "-13.000"]]),
        (P, "Het weerstandsvermogen ligt met 9% boven de signaleringswaarde; het bestuur heeft besloten het "
            "bovenmatige deel in de planperiode in te zetten voor de uitbreiding van de Schakelklas."),
        (H1, "Resultaten"),
        (H2, "Wat wij willen bereiken"),
        (UL, ["Het deelnamepercentage sbo daalt van 2,69% (2025) naar 2,40% in 2030, zonder dat het so stijgt.",
              "In 2030 heeft ten minste 80% van de arrangementen in de school het vooraf gestelde doel bereikt "
              "(2025: 71%).",
              "Ten minste 90% van de scholen voldoet in 2028 aantoonbaar aan alle standaarden van de "
              "basisondersteuning (2025: 77%).",
              "De doorlooptijd van een TLV-aanvraag is in 2027 gemiddeld maximaal vijf weken.",
              "Ouders beoordelen de ondersteuning van hun kind in 2030 gemiddeld met ten minste een 7,5."]),
        (H2, "Hoe wij de resultaten volgen"),
        (P, "Het bureau verzamelt twee keer per jaar de gegevens: deelnamecijfers van DUO, evaluaties van "
            "arrangementen uit het registratiesysteem, uitkomsten van de schoolbezoeken en de doorlooptijden van "
            "de TLC. De oudertevredenheid wordt eens per twee jaar gepeild. De uitkomsten worden besproken in "
            "de algemene vergadering en met de OPR, en gepubliceerd in het jaarverslag. Valt een indicator twee "
            "jaar achter elkaar tegen, dan stelt de directeur-bestuurder een verbeterplan op."),
        (H2, "Terugblik 2022-2026"),
        (P, "In de vorige planperiode is het deelnamepercentage sbo licht gestegen, van 2,55% naar 2,69%. De "
            "doorlooptijd van TLV-aanvragen liep op tot gemiddeld zeven weken door personeelstekort bij het "
            "bureau. Positief is dat het aantal arrangementen met een behaald doel steeg van 63% naar 71%."),
        (H1, "Ouders"),
        (P, "Ouders zijn de eerste deskundigen als het gaat om hun kind. De school betrekt hen bij het OPP en "
            "bij iedere bespreking in het ondersteuningsteam; bij een TLV-aanvraag is hun zienswijze verplicht "
            "onderdeel van het dossier."),
        (H2, "Informatie"),
        (P, "Het samenwerkingsverband informeert ouders via de website www.kempenrand-po.nl, waar per "
            "voorziening staat wat deze biedt en hoe een kind er terechtkomt, en via de brochure 'Wegwijzer "
            "passend onderwijs' die alle scholen uitreiken bij de aanmelding. Iedere school beschrijft in de "
            "schoolgids wat zij aan ondersteuning biedt. Ieder najaar is er een ouderavond over passend "
            "onderwijs in elk van de vier gemeenten."),
        (H2, "Onafhankelijke ondersteuning"),
        (P, "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Kempen, dat los "
            "van scholen en samenwerkingsverband werkt en ouders kosteloos bijstaat, en bij de "
            "Onderwijsconsulenten. Bij een klacht kunnen ouders zich wenden tot de klachtencommissie waarbij het "
            "samenwerkingsverband is aangesloten; bij een geschil over toelating of verwijdering tot de "
            "Geschillencommissie passend onderwijs."),
    ]
    body += governance(c)
    body += opr(c, parents_role=True)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c)
    body += gloss("AB", "Basisondersteuning", "Dekkend aanbod", "Groeidocument", "IB'er", "OJSP",
                  "Onderwijsconsulent", "OOGO", "OPP", "OPR", "SBO", "SO", "SOP", "Terugplaatsing", "TLV",
                  "Verdeelmodel")
    return build("Ondersteuningsplan Kempenrand 2026-2030",
                 "Samenwerkingsverband Primair Onderwijs Kempenrand (PO 30-09)",
                 ["Samen zorgen voor passend onderwijs"], body)


# ---------------------------------------------------------------------------
# Plan 4  PO, .md  -- Waterland-Oost
# BO missing (glossary + deferral to schoolgidsen), PL present, TS present,
# FI partial (verdeling yes, besteding only "op te vragen"), DA present,
# RE missing, OU partial (no independent help)
# ---------------------------------------------------------------------------
C4 = dict(name="SWV Primair Onderwijs Waterland-Oost", short="Waterland-Oost",
          code="PO 27-03", period="2026-2030", region="Waterland-Oost",
          gemeenten="Purmerdijk, Edam-Zuid en Zeevang-Oost", nboards=9, nschools=41, npupils="8.260",
          p23="8.390", p24="8.330", spec1="sbo", spec2="so", d1=("", "", ""), d2=("", "", ""),
          thuis=0, directeur="Drs. P. (Pieter) Zwanenburg",
          opr_date="11 maart 2026", oogo_date="29 januari 2026", overleg_date="5 februari 2026",
          concept_date="9 december 2025", vast_date="25 maart 2026")


def plan4():
    c = C4
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, ["visie", "het samenwerkingsverband in cijfers", "ondersteuning in de school",
                           "het dekkend netwerk", "toelaatbaarheid", "terugplaatsing", "thuiszitters",
                           "gemeenten", "middelen", "ouders", "organisatie"])
    body += visie(c)
    body += context(c, percentages=False)
    body += [
        (H1, "Ondersteuning in de school"),
        (P, "De kern van passend onderwijs speelt zich af in de groep. Leerkrachten en intern begeleiders "
            "doen elke dag hun uiterste best om ieder kind te geven wat het nodig heeft. Het "
            "samenwerkingsverband wil hen daarin ondersteunen, en niet met nieuwe regels belasten."),
        (P, "De afspraken over het niveau van de basisondersteuning in Waterland-Oost herijken wij nadat de "
            "landelijke norm basisondersteuning definitief is vastgesteld. Tot die tijd verwijzen wij voor de "
            "invulling naar de schoolgidsen van de afzonderlijke scholen."),
        (H1, "Het dekkend netwerk"),
        (P, "Voor ieder kind moet er in Waterland-Oost een passende plek zijn. Het netwerk van voorzieningen "
            "bestaat uit de volgende onderdelen, van licht naar zwaar:"),
        (TB, [["Voorziening", "Voor wie", "Toegang"],
              ["Arrangement op de eigen school", "Leerlingen die tijdelijk extra begeleiding nodig hebben",
               "Via het ondersteuningsteam; besluit TLA-commissie"],
              ["Ambulante begeleiding", "Leerlingen met een beperking of langdurige ziekte", "Via het ondersteuningsteam"],
              ["Observatieklas De Sluis", "Jonge kinderen (4-7) van wie de ondersteuningsbehoefte nog onduidelijk is",
               "Plaatsing voor maximaal een half jaar na besluit TLA-commissie"],
              ["Taalschool Purmerdijk", "Nieuwkomers zonder Nederlandse taalbeheersing", "Aanmelding door de school, "
               "maximaal een jaar"],
              ["Voltijds HB-groep Het Atelier", "Hoogbegaafde leerlingen die in de gewone groep vastlopen",
               "Na advies van de orthopedagoog"],
              ["Sbo De Waterlelie en sbo Het Dok", "Leerlingen met TLV sbo", "TLV"],
              ["So De Ruimte (cluster 3) en so De Golfslag (cluster 4)", "Leerlingen met TLV so", "TLV"]]),
        (P, "Alle aanvragen voor een arrangement of een plek in een bovenschoolse voorziening gaan via de "
            "TLA-commissie (toelaatbaarheid en arrangementen). De commissie besluit binnen vier weken. Een "
            "consulent van het samenwerkingsverband is aan iedere school verbonden en helpt de school de juiste "
            "route te kiezen. Voor kinderen die onderwijs en jeugdhulp combineren, stellen school, consulent en "
            "wijkteam één plan op."),
        (H2, "Tekorten in het netwerk"),
        (P, "Ieder jaar in maart bespreken de besturen een overzicht van wachtlijsten, van kinderen die "
            "buiten de regio onderwijs volgen en van aanvragen die zijn afgewezen omdat er geen plek was. Op "
            "basis daarvan besluit de algemene vergadering welk bestuur het ontbrekende aanbod ontwikkelt. Zo "
            "is in 2025 besloten tot de oprichting van de voltijds HB-groep Het Atelier."),
    ]
    body += thuiszitters(c, count=False)
    body += [
        (H1, "Toelaatbaarheid"),
        (P, "Voor plaatsing op een sbo- of so-school is een toelaatbaarheidsverklaring (TLV) van het "
            "samenwerkingsverband nodig. De aanvraag wordt gedaan door het schoolbestuur van de school waar het "
            "kind is ingeschreven; voor kinderen die nog nergens staan ingeschreven door de school waar zij zijn "
            "aangemeld."),
        (H2, "Stappen"),
        (OL, ["De school bespreekt het kind in het ondersteuningsteam, samen met de ouders en de consulent.",
              "De school stelt het groeidocument op en voegt het OPP, de evaluatie van eerder ingezette "
              "arrangementen en de zienswijze van de ouders toe.",
              "De TLA-commissie vraagt twee deskundigen om een eigen schriftelijk advies: een orthopedagoog of "
              "GZ-psycholoog en, afhankelijk van het kind, een arts, kinderpsychiater of maatschappelijk werker.",
              "De TLA-commissie besluit binnen zes weken na ontvangst van het volledige dossier.",
              "Het besluit wordt verstuurd aan het schoolbestuur en de ouders, met een afschrift van de adviezen."]),
        (H2, "Criteria"),
        (P, "Een kind is toelaatbaar tot het sbo als de school met een arrangement van ten minste zes maanden "
            "niet tot de gewenste ontwikkeling komt, de ondersteuningsbehoefte zich op leren én gedrag of "
            "werkhouding richt, en een kleine groep met een vaste, specialistische leerkracht nodig is. Een kind "
            "is toelaatbaar tot het so als er daarnaast sprake is van een (verstandelijke, lichamelijke of "
            "psychiatrische) beperking of langdurige ziekte waardoor het kind is aangewezen op zorg en "
            "behandeling tijdens de schooldag die het sbo niet kan bieden."),
        (H2, "Duur"),
        (P, "De TLA-commissie geeft een TLV af voor een bepaalde periode, in de regel twee schooljaren, en "
            "eindigend op 31 juli. Voor kinderen met een ernstige meervoudige beperking kan de TLV tot het einde "
            "van de basisschoolperiode gelden. Bij een TLV so wordt de bekostigingscategorie (laag, midden, "
            "hoog) vermeld."),
        (H1, "Terugplaatsing"),
        (P, "Wij vinden het belangrijk dat kinderen in het speciaal (basis)onderwijs de kans krijgen terug te "
            "keren naar een reguliere school als dat kan. Dat is geen doel op zich: terugplaatsing moet goed "
            "zijn voor het kind. Als voorwaarden gelden dat het OPP laat zien dat het kind zich in een "
            "reguliere groep kan handhaven, dat er een reguliere school in de buurt is die de ondersteuning "
            "kan bieden, en dat ouders instemmen."),
        (P, "De procedure is vastgelegd in het protocol terugplaatsing, waarvan de kern hier staat. Ieder jaar "
            "in januari evalueert de sbo- of so-school het OPP van iedere leerling en beoordeelt zij of "
            "terugplaatsing mogelijk is. Is dat zo, dan neemt de school het initiatief en meldt zij het kind "
            "aan bij de consulent van het samenwerkingsverband. Binnen vier weken is er een overleg tussen de "
            "sbo- of so-school, de beoogde reguliere school, de ouders en de consulent. De reguliere school "
            "beslist over de plaatsing. In het laatste jaar van de TLV vindt deze beoordeling in ieder geval "
            "plaats; besluit de school dat terugplaatsing niet mogelijk is, dan vraagt zij tijdig een nieuwe "
            "TLV aan."),
        (P, "Na de overstap ontvangt het kind een jaar lang ambulante begeleiding vanuit de sbo- of so-school. "
            "Na drie maanden en aan het einde van het schooljaar evalueren de scholen, de ouders en de "
            "consulent hoe het gaat."),
    ]
    body += oogo(c)
    body += [
        (H1, "Middelen"),
        (P, "De ondersteuningsmiddelen worden zo veel mogelijk naar de scholen gebracht. Het verdeelmodel "
            "werkt als volgt:"),
        (UL, ["Ieder bestuur ontvangt per schooljaar € 162 per leerling op de teldatum 1 oktober van het "
              "voorafgaande jaar, plus € 4.500 per vestiging.",
              "Arrangementen en plaatsen in bovenschoolse voorzieningen worden toegekend door de TLA-commissie "
              "op basis van de ondersteuningsbehoefte van het kind; het budget volgt het kind naar de school die "
              "het arrangement uitvoert.",
              "De kosten van sbo boven de 2%-grens en van groei in het so worden door het samenwerkingsverband "
              "gedragen en verrekend met de besturen op basis van hun leerlingaantal.",
              "Het algemeen bestuur stelt het verdeelmodel ieder jaar in november vast, na advies van de "
              "auditcommissie."]),
        (P, "De meerjarenbegroting wordt jaarlijks door het algemeen bestuur vastgesteld en is op te vragen "
            "bij het bureau. Vanaf 2027 leveren de besturen daarnaast een bestedingsplan in; het format "
            "daarvoor wordt in de loop van 2026 ontwikkeld."),
        (H1, "Ouders"),
        (P, "Ouders kennen hun kind het best. Wij vinden het daarom belangrijk dat zij goed weten welke "
            "ondersteuning er is en hoe zij die voor hun kind kunnen krijgen."),
        (UL, ["Op www.waterland-oost-po.nl staat een ouderdeel met uitleg over arrangementen, de "
              "bovenschoolse voorzieningen, de TLV en terugplaatsing, en een overzicht van alle scholen.",
              "Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt.",
              "Bij een aanvraag voor een arrangement of TLV krijgen ouders de folder 'Uw kind en passend "
              "onderwijs'.",
              "Eens per jaar houdt het samenwerkingsverband een informatieavond voor ouders in elke gemeente."]),
        (P, "Ouders met vragen of zorgen over de ondersteuning van hun kind bespreken die in eerste instantie met "
            "de leerkracht of de intern begeleider. Komen zij er samen niet uit, dan kunnen zij contact opnemen "
            "met de directeur van de school of met de consulent van het samenwerkingsverband."),
        (P, "Wat het samenwerkingsverband met de middelen en de voorzieningen bereikt, beschrijven wij in het "
            "jaarplan; de beoogde resultaten en de wijze waarop wij die volgen, worden daar per jaar vastgelegd."),
    ]
    body += governance(c)
    body += opr(c, parents_role=True)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c)
    body += gloss("AB", "Basisondersteuning", "Dekkend aanbod", "Groeidocument", "IB'er", "Meerjarenbegroting",
                  "OJSP", "Onderwijsconsulent", "OOGO", "OPP", "OPR", "SBO", "SO", "SOP", "Terugplaatsing",
                  "TLV")
    return build("Ondersteuningsplan SWV PO Waterland-Oost 2026-2030", "Registratienummer PO 27-03",
                 ["Vastgesteld door het algemeen bestuur op 25 maart 2026"], body)


# ---------------------------------------------------------------------------
# Plan 5  VO, .pdf (from .docx)  -- Heuvelland-West
# BO present, PL missing (only reference to absent Toewijzingsregeling),
# TS present, FI present, DA missing (deferred to "deel B"), RE present,
# OU present
# ---------------------------------------------------------------------------
C5 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Heuvelland-West", short="Heuvelland-West",
          code="VO 31-05", period="2026-2030", region="Heuvelland-West",
          gemeenten="Valkenheide, Gulpenrade en Simpelberg", nboards=5, nschools=12, npupils="8.930",
          p23="9.310", p24="9.120", spec1="vso", spec2="pro", d1=("3,41%", "3,52%", "3,60%"),
          d2=("2,95%", "2,88%", "2,91%"), thuis=0, directeur="Dr. E.C. (Esther) Lemmens",
          specw="voortgezet speciaal onderwijs en het praktijkonderwijs",
          opr_date="10 maart 2026", oogo_date="3 februari 2026", overleg_date="13 februari 2026",
          concept_date="16 december 2025", vast_date="31 maart 2026")


def plan5():
    c = C5
    body = []
    body += voorwoord(c)
    body += leeswijzer(c, ["visie", "kengetallen", "basisondersteuning", "toewijzing en toelaatbaarheid",
                           "terug naar het regulier voortgezet onderwijs", "samenhang in het aanbod",
                           "financiën", "resultaten", "ouders en leerlingen", "organisatie"])
    body += [(P, "Dit plan is deel A van het ondersteuningsplan: de kaders op hoofdlijnen. Deel B, het "
                 "uitvoeringsplan, verschijnt in het najaar van 2026.")]
    body += visie(c)
    body += context(c)
    body += [
        (H1, "Basisondersteuning"),
        (P, "Basisondersteuning is in Heuvelland-West de ondersteuning die iedere vestiging van iedere school "
            "voor voortgezet onderwijs in de regio biedt, voor alle leerlingen en in alle leerwegen. De vijf "
            "besturen hebben afgesproken dat dit het minimum is: een vestiging kan meer bieden, maar nooit "
            "minder. Een leerling en zijn ouders mogen op elke school in de regio het volgende verwachten."),
        (UL, ["Een mentor die de leerling wekelijks spreekt en ten minste drie keer per jaar contact heeft met "
              "thuis, en een mentoruur in leerjaar 1 en 2.",
              "Een ondersteuningscoördinator op iedere vestiging (ten minste 0,5 fte per 600 leerlingen) die "
              "het ondersteuningsteam voorzit.",
              "Een ondersteuningsteam met orthopedagoog, schoolmaatschappelijk werk, jeugdarts en leerplicht, "
              "dat iedere drie weken bijeenkomt.",
              "Begeleiding bij dyslexie en dyscalculie: compenserende en dispenserende middelen (voorleessoftware, "
              "extra tijd, vergroot lettertype), ook bij toetsen en examens.",
              "Trainingen faalangstreductie, sociale vaardigheden en examenvrees, ieder jaar ten minste één keer "
              "per vestiging.",
              "Begeleiding bij executieve functies (plannen en organiseren) door een huiswerk- en studiecoach.",
              "Een opvang- en time-outruimte met vaste begeleiding, zodat een leerling die even niet in de les "
              "kan zijn, op school blijft.",
              "Een protocol medisch handelen en een aanpak voor leerlingen met langdurige ziekte, inclusief "
              "onderwijs op afstand.",
              "Een OPP voor iedere leerling die extra ondersteuning krijgt, opgesteld met de leerling en zijn "
              "ouders; de leerling wordt gehoord over het OPP."]),
        (P, "Iedere vestiging beschrijft in de schoolgids hoe zij deze basisondersteuning invult. Het "
            "samenwerkingsverband toetst eens per twee jaar met een visitatie door collega-"
            "ondersteuningscoördinatoren of de afspraken worden nagekomen; tekortkomingen worden binnen een "
            "schooljaar verholpen, anders spreekt de directeur-bestuurder het bestuur erop aan."),
        (H1, "Toewijzing en toelaatbaarheid"),
        (P, "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
            "(vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid "
            "tot het praktijkonderwijs (pro). De procedures en criteria daarvoor zijn opgenomen in de "
            "Toewijzingsregeling Heuvelland-West (bijlage B), die het bestuur afzonderlijk vaststelt en die na "
            "instemming van de OPR op de website wordt geplaatst. Een herziene versie van de regeling volgt in "
            "het schooljaar 2026-2027."),
        (H1, "Terug naar het regulier voortgezet onderwijs"),
        (H2, "Ons beleid"),
        (P, "Het vso is voor veel leerlingen de beste plek, maar niet altijd voor altijd. Heuvelland-West wil "
            "dat iedere vso-leerling voor wie het haalbaar is, terugkeert naar een reguliere school voor "
            "voortgezet onderwijs, bij voorkeur dicht bij huis en op het niveau dat bij de leerling past. "
            "Voorwaarden zijn dat het OPP een uitstroomperspectief in het regulier onderwijs laat zien, dat de "
            "leerling zelf wil en dat er een reguliere school is die de benodigde begeleiding kan bieden. De "
            "ontvangende school krijgt een terugkeerbudget van € 3.500 voor het eerste schooljaar en de leerling "
            "houdt een jaar lang ambulante begeleiding vanuit de vso-school."),
        (H2, "Werkwijze"),
        (OL, ["In het schooljaar vóór het laatste jaar van de TLV bespreekt de commissie van begeleiding van de "
              "vso-school het OPP en het uitstroomperspectief met de leerling en de ouders.",
              "Is terugkeer een reële optie, dan meldt de vso-school de leerling vóór 1 december aan voor een "
              "trajectoverleg bij de consulent van het samenwerkingsverband.",
              "In het trajectoverleg (vso-school, beoogde reguliere school, ouders, leerling, consulent) worden "
              "binnen vier weken afspraken gemaakt over een proefplaatsing van zes weken.",
              "Na de proefplaatsing beslist de reguliere school binnen twee weken over de definitieve "
              "inschrijving; de consulent legt de afspraken vast.",
              "Na drie en na twaalf maanden evalueren beide scholen, de leerling en de ouders de overstap.",
              "Is terugkeer (nog) niet verantwoord, dan vraagt de vso-school een nieuwe TLV aan volgens de "
              "Toewijzingsregeling."]),
        (H1, "Samenhang in het aanbod"),
        (P, "Een overzicht van het dekkend aanbod – van de ondersteuning op de scholen tot en met het vso, de "
            "plaatsen in het OPDC en de onderwijs-zorgarrangementen – en de aanpak van thuiszitters worden "
            "uitgewerkt in deel B van dit plan, het uitvoeringsplan, dat in het najaar van 2026 verschijnt."),
        (H1, "Financiën"),
        (H2, "Verdeling"),
        (P, "Heuvelland-West werkt met een schoolmodel. Het bestuur stelt jaarlijks in december de verdeling "
            "vast volgens deze criteria:"),
        (UL, ["ondersteuningsbudget: € 118 per leerling (teldatum 1 oktober t-1) voor de ondersteuning op de "
              "eigen vestigingen;",
              "lwoo-middelen: verdeeld naar rato van het aantal leerlingen met een lwoo-aanwijzing per bestuur "
              "op 1 oktober;",
              "praktijkonderwijs: de school voor pro ontvangt de lichte ondersteuningsmiddelen voor haar "
              "leerlingen op basis van het aantal leerlingen op 1 oktober;",
              "terugkeerbudget: € 3.500 per teruggekeerde vso-leerling, aan te vragen door de ontvangende school."]),
        (H2, "Meerjarenbegroting"),
        (TB, [["x € 1.000", "2026", "2027", "2028", "2029"],
              ["Baten lichte ondersteuning incl. lwoo en pro", "6.820", "6.700", "6.590", "6.480"],
              ["Baten zware ondersteuning", "4.950", "4.880", "4.810", "4.750"],
              ["Af: afdracht vso (DUO)", "-3.710", "-3.690", "-3.670", "-3.650"],
              ["Ondersteuningsbudget besturen", "1.060", "1.040", "1.030", "1.010"],
              ["Lwoo-middelen besturen", "3.980", "3.900", "3.830", "3.760"],
              ["Praktijkonderwijs", "1.420", "1.400", "1.380", "1.360"],
              ["Centrale middelen en voorzieningen", "1.120", "1.110", "1.100", "1.090"],
              ["Terugkeerbudgetten", "70", "70", "80", "80"],
              ["Bureau en bestuur", "560", "560", "555", "555"],
              ["Saldo", "-1.150", "-1.190", "-1.255", "-1.275"]]),
        (P, "De tekorten worden gedekt uit de reserve, die eind 2025 € 6,1 mln bedroeg en ruim boven de "
            "signaleringswaarde lag. Zo bouwen wij de bovenmatige reserve in vier jaar af tot € 1,2 mln."),
        (H1, "Resultaten"),
        (H2, "Terugblik 2022-2026"),
        (P, "In de vorige planperiode steeg het deelnamepercentage vso van 3,18% naar 3,60%, terwijl wij een "
            "daling hadden beoogd. Het aantal leerlingen dat vanuit het vso terugkeerde naar het regulier vo "
            "bleef steken op gemiddeld zes per jaar. Van de leerlingen met lwoo behaalde 93% een diploma "
            "(doel: 90%)."),
        (H2, "Beoogde resultaten 2026-2030"),
        (TB, [["Resultaat", "Indicator", "2025", "Doel 2030"],
              ["Minder leerlingen in het vso", "Deelnamepercentage vso", "3,60%", "3,20%"],
              ["Vaker terug naar regulier", "Terugkeer vso naar vo per jaar", "6", "15"],
              ["Diploma met ondersteuning", "Diplomaresultaat lwoo-leerlingen", "93%", "ten minste 92%"],
              ["Ondersteuning werkt", "Leerlingen met OPP die het OPP-doel halen", "n.b.", "75%"],
              ["Tevreden ouders en leerlingen", "Gemiddeld rapportcijfer peiling", "7,0", "7,5"]]),
        (H2, "Monitoring"),
        (P, "De ondersteuningscoördinatoren leveren twee keer per jaar (peildata 1 oktober en 1 maart) de "
            "gegevens aan over leerlingen met een OPP. Het bureau combineert die met gegevens van DUO en de "
            "vso-scholen in een monitor, die in het directeurenoverleg en het bestuur wordt besproken. In "
            "januari rapporteert de directeur-bestuurder over de voortgang; het jaarverslag bevat een "
            "hoofdstuk 'bereikte resultaten' dat met de OPR wordt besproken."),
        (H1, "Ouders en leerlingen"),
        (P, "Ouders en leerlingen moeten weten wat zij van de school en het samenwerkingsverband mogen "
            "verwachten. Het samenwerkingsverband informeert hen via de website, met een aparte pagina voor "
            "leerlingen in eenvoudige taal, via de schoolgidsen en via een informatieavond in het najaar bij de "
            "overstap van groep 8 naar het voortgezet onderwijs. De scholen geven bij de aanmelding de folder "
            "'Ondersteuning in het vo' mee."),
        (P, "Voor onafhankelijke hulp kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
            "Heuvelland, dat wij samen met het samenwerkingsverband PO hebben ingericht en dat onafhankelijk "
            "van de scholen werkt. Daarnaast kunnen zij de Onderwijsconsulenten inschakelen. Klachten en "
            "geschillen kunnen worden voorgelegd aan de landelijke klachtencommissie en de "
            "Geschillencommissie passend onderwijs."),
        (P, "Leerlingen worden gehoord bij het opstellen en bijstellen van hun OPP. In de OPR hebben twee "
            "leerlingen zitting."),
    ]
    body += governance(c)
    body += opr(c, parents_role=True)
    body += jaarcyclus(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c)
    body += begrippen([("Lwoo", "leerwegondersteunend onderwijs"), ("OPDC", "orthopedagogisch-didactisch centrum"),
                       ("Pro", "praktijkonderwijs"), ("Thuiszitter", "leerling die zonder geldige reden niet naar school gaat"),
                       ("TLV", "toelaatbaarheidsverklaring"), ("Toewijzingsregeling", "regeling met procedures en criteria voor vso, lwoo en pro"),
                       ("Vso", "voortgezet speciaal onderwijs"), ("Dekkend aanbod", GLOSS["Dekkend aanbod"]),
                       ("OJSP", GLOSS["OJSP"]), ("OPR", GLOSS["OPR"]), ("OOGO", GLOSS["OOGO"])])
    body += [(H1, "Bijlagen"),
             (UL, ["Bijlage A Instemmingsverklaring OPR", "Bijlage B Toewijzingsregeling Heuvelland-West",
                   "Bijlage C Verslag OOGO"]),
             (P, "De bijlagen zijn niet in dit document opgenomen.")]
    return build("Ondersteuningsplan 2026-2030 – deel A", "Samenwerkingsverband Voortgezet Onderwijs "
                 "Heuvelland-West (VO 31-05)", ["Kaders op hoofdlijnen"], body)


# ---------------------------------------------------------------------------
# Near-miss: the internal ondersteuningsplan of one basisschool (school level)
# ---------------------------------------------------------------------------

def nearmiss():
    body = [
        (H1, "Inleiding"),
        (P, "Dit ondersteuningsplan beschrijft hoe wij op cbs De Wegwijzer in Scherpenhorst de ondersteuning aan "
            "onze leerlingen organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en nieuwe "
            "collega's, en wordt ieder schooljaar door de intern begeleider en de directeur bijgewerkt. Onze "
            "school valt onder Stichting Christelijk Primair Onderwijs Vallei en is aangesloten bij het "
            "samenwerkingsverband passend onderwijs in onze regio. De afspraken van het samenwerkingsverband "
            "staan in het ondersteuningsplan van het samenwerkingsverband; dit document gaat over onze eigen "
            "school."),
        (P, "De Wegwijzer telt 236 leerlingen in tien groepen. Ongeveer een kwart van onze leerlingen heeft een "
            "andere thuistaal dan het Nederlands. Het team bestaat uit zeventien leerkrachten, een intern "
            "begeleider (0,6 fte), twee onderwijsassistenten en een conciërge."),
        (H1, "Zorgniveaus in de groep"),
        (P, "Wij werken met vijf zorgniveaus, zoals die binnen onze stichting worden gebruikt."),
        (UL, ["Niveau 1 – algemene zorg door de leerkracht in de groep: differentiatie in drie "
              "instructieniveaus volgens het directe-instructiemodel.",
              "Niveau 2 – extra zorg in de groep: verlengde instructie, pre-teaching, extra oefentijd.",
              "Niveau 3 – speciale zorg na intern onderzoek door de IB'er: een individueel handelingsplan, "
              "begeleiding door de onderwijsassistent buiten de groep.",
              "Niveau 4 – speciale zorg na extern onderzoek: een arrangement van het samenwerkingsverband, "
              "ambulante begeleiding, of een eigen leerlijn met een OPP.",
              "Niveau 5 – verwijzing: aanvraag van een toelaatbaarheidsverklaring voor het sbo of so via het "
              "samenwerkingsverband."]),
        (H1, "Groepsbesprekingen en leerlingbesprekingen"),
        (P, "Drie keer per jaar (oktober, februari en juni) voert de intern begeleider met iedere leerkracht een "
            "groepsbespreking. Daarin bespreken wij de toetsresultaten van het leerlingvolgsysteem, de "
            "groepsoverzichten en de leerlingen die opvallen. Na iedere toetsperiode maken de leerkrachten "
            "een trendanalyse. Leerlingen die extra aandacht nodig hebben, worden besproken in de "
            "leerlingbespreking met de IB'er en zo nodig in het ondersteuningsteam."),
        (P, "Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Vaste deelnemers zijn de IB'er, "
            "de directeur en de orthopedagoog van het samenwerkingsverband; de schoolmaatschappelijk werker en "
            "de jeugdverpleegkundige sluiten aan als dat nodig is. Ouders worden uitgenodigd als hun kind "
            "wordt besproken."),
        (H1, "Basisondersteuning op De Wegwijzer"),
        (P, "Wat wij als school aan basisondersteuning bieden, staat in ons schoolondersteuningsprofiel. In het "
            "kort: wij werken volgens het dyslexieprotocol en het protocol dyscalculie, hebben een "
            "taalcoördinator voor NT2, een plusgroep voor leerlingen die meer aankunnen en een "
            "anti-pestcoördinator. Wij kunnen eenvoudige medische handelingen uitvoeren na instructie. Voor "
            "kinderen met ernstige gedragsproblemen zijn onze mogelijkheden beperkt, omdat wij geen aparte "
            "ruimte en geen extra begeleider hebben."),
        (H1, "Extra ondersteuning en arrangementen"),
        (P, "Als een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, vraagt de "
            "IB'er, na toestemming van de ouders, een arrangement aan bij het samenwerkingsverband. In schooljaar "
            "2024-2025 hadden wij zes leerlingen met een arrangement: drie voor gedrag, twee voor taal en één "
            "voor een lichamelijke beperking. Het geld voor een arrangement wordt door ons bestuur aan de school "
            "doorgegeven."),
        (H1, "Verwijzing naar het speciaal (basis)onderwijs"),
        (P, "In een enkel geval blijkt dat een leerling op een school voor speciaal basisonderwijs of speciaal "
            "onderwijs beter op zijn plek is. De IB'er stelt dan samen met de ouders het groeidocument op en het "
            "bestuur vraagt een TLV aan bij het samenwerkingsverband. In de afgelopen drie jaar ging het om "
            "vier leerlingen. Wij begeleiden het kind en de ouders bij een kennismaking op de nieuwe school en "
            "zorgen voor een warme overdracht."),
        (P, "Soms komt een leerling vanuit het sbo naar onze school terug. Wij maken dan met de sbo-school "
            "afspraken over begeleiding in de eerste maanden."),
        (H1, "Ouders"),
        (P, "Wij zien ouders als partners. Ouders worden op de hoogte gehouden via de schoolapp, de "
            "tienminutengesprekken (drie keer per jaar) en, als er zorgen zijn, via een gesprek met de "
            "leerkracht en de IB'er. Ouders tekenen voor akkoord bij een handelingsplan of OPP. Voor vragen "
            "over passend onderwijs verwijzen wij ouders naar de website van het samenwerkingsverband en naar "
            "het ouder- en jeugdsteunpunt."),
        (H1, "Middelen en formatie"),
        (P, "Ons bestuur ontvangt ondersteuningsmiddelen van het samenwerkingsverband en verdeelt die over de "
            "scholen. De Wegwijzer ontvangt daaruit in 2025 € 38.400, waarmee wij de uren van de intern "
            "begeleider (0,2 fte) en een onderwijsassistent (0,4 fte) bekostigen. Daarnaast zetten wij NPO- en "
            "werkdrukmiddelen in voor kleine groepjes."),
        (H1, "Resultaten en evaluatie"),
        (P, "Aan het einde van het schooljaar evalueren wij met het team hoe de ondersteuning is verlopen. "
            "Doel voor 2025-2026 is dat 85% van de leerlingen op of boven het landelijk gemiddelde scoort op "
            "begrijpend lezen, en dat het aantal leerlingen met een eigen leerlijn niet verder stijgt. De "
            "resultaten bespreken wij met de MR."),
        (H1, "Planning schooljaar 2025-2026"),
        (TB, [["Periode", "Activiteit", "Wie"],
              ["september", "Startgesprekken met ouders en leerlingen", "Leerkrachten"],
              ["oktober", "Groepsbesprekingen ronde 1", "IB'er en leerkrachten"],
              ["november", "Teamscholing gedrag", "Orthopedagoog samenwerkingsverband"],
              ["februari", "Groepsbesprekingen ronde 2, trendanalyse", "IB'er, directeur"],
              ["april", "Evaluatie arrangementen", "IB'er"],
              ["juni", "Groepsbesprekingen ronde 3, overdracht naar volgend jaar", "Alle leerkrachten"]]),
    ]
    return build("Ondersteuningsplan 2025-2026", "cbs De Wegwijzer, Scherpenhorst",
                 ["Interne zorgstructuur en ondersteuning", "Versie voor team en MR, september 2025"], body)


# ---------------------------------------------------------------------------
# labels (hand-written by a strict human reader of the generated text)
# ---------------------------------------------------------------------------
LABELS = {}

LABELS["po-lingemonde-2026-2030"] = """documents: [po-lingemonde-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: []
notes:
  basisondersteuning: "ch. 'Basisondersteuning: wat elke school biedt': minimum for every vestiging plus a concrete list; borging via kwaliteitskaart."
  plaatsing: "ch. 'Extra ondersteuning en toelaatbaarheid': 6-step CvT procedure with termijnen, sbo and so criteria lists, two deskundigen, duur and categorie; no bezwaar route."
  terugstroom: "para 'Na de TLV' (inside the TLV chapter) gives policy, conditions and terugkeerarrangement, but who initiates/evaluates/decides is deferred to a stappenplan 'in de loop van schooljaar 2026-2027'."
  financien: "ch. 'Geld en middelen': verdeelmodel (EUR 148 p.l., vaste voet, arrangement amounts) and meerjarenbegroting 2026-2029 table; reserves and verantwoording."
  dekkend-aanbod: "ch. 'Een dekkend aanbod in de regio': 5-level table with named provisions, Loket route; 'Witte vlekken en wachtlijsten' plus thuiszitters chapter."
  resultaten: "ch. 'Kwaliteitszorg' describes what is measured and how it is reported, but the intended results are deferred to the first jaarplan."
  ouders: "nothing: parents only in passing (voorwoord, visie, header); 'Communicatie' covers schools/gemeenten only; OJSP/onderwijsconsulent only in the begrippenlijst."
"""

LABELS["po-vallei-noord-2026-2030"] = """documents: [po-vallei-noord-2026-2030.docx, po-vallei-noord-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Basisondersteuning' defines the minimum for all 34 schools, but the content is only referred to the schools' SOPs on their websites and to absent bijlage 2, with a deferral to the landelijke norm."
  plaatsing: "ch. 'Toewijzing en toelaatbaarheid': 5 steps, Commissie Toewijzing, criteria sbo/so, deskundigen, geldigheid and categorie, bezwaar via LBT."
  terugstroom: "para 'Afloop van de TLV' inside the TLV chapter: aim + terugkeerarrangement, and a dated procedure (oktober, 1 februari, 1 april, 1 maart new TLV)."
  financien: "ch. 'Financiën' only refers to absent bijlage 6 and a p.m. table; no verdeelmodel, no amounts anywhere (header trap mentions meerjarenbegroting)."
  dekkend-aanbod: "ch. 'Het ondersteuningsaanbod' (5 treden with named provisions, route) and 'Het aanbod op peil houden' plus the thuiszitters chapter."
  resultaten: "ch. 'Ambities en resultaten': indicator table with nulmeting and streefwaarde 2030, quarterly dashboard, yearly evaluation and jaarverslag."
  ouders: "inside ch. 'Communicatie': ouderpagina, translated folder, schoolgids, infoavonden; independent help via Ouder- en Jeugdsteunpunt Vallei, Onderwijsconsulenten, geschillencommissie."
"""

LABELS["po-kempenrand-2026-2030"] = """documents: [po-kempenrand-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Basisondersteuning': one level for every vestiging; the concrete content is only in the 'Domein / Wat elke school biedt' table."
  plaatsing: "ch. 'Toelaatbaarheid': procedure with TLC, deskundigen, 6 weeks, duur, bezwaar; criteria only 'op maat' with a reference to a website toetsingskader."
  terugstroom: "heading 'Terug naar het regulier onderwijs' exists (and is in the TOC and begrippenlijst) but its body only defers to spring 2027."
  financien: "ch. 'Financieel beleid': verdeelmodel table with amounts and deciding body, meerjarenbegroting 2026-2029 in euros, weerstandsvermogen."
  dekkend-aanbod: "ch. 'Extra ondersteuning' lists the continuum of provisions and route; gap analysis ('witte vlekken') is deferred to 2027, no thuiszitters/zorgplicht approach."
  resultaten: "ch. 'Resultaten': measurable goals with baselines, twice-yearly monitoring, jaarverslag, terugblik 2022-2026."
  ouders: "ch. 'Ouders': website, brochure, schoolgids, ouderavonden; Ouder- en Jeugdsteunpunt Kempen, Onderwijsconsulenten, klachten/geschillen."
"""

LABELS["po-waterland-oost-2026-2030"] = """documents: [po-waterland-oost-2026-2030.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Ondersteuning in de school' only defers the level until the landelijke norm and refers to the schools' schoolgidsen; otherwise only glossary."
  plaatsing: "ch. 'Toelaatbaarheid': applicant, 5 steps, TLA-commissie, two deskundigen, 6 weeks, criteria sbo/so, duur and categorie; no bezwaar."
  terugstroom: "own ch. 'Terugplaatsing': conditions, yearly OPP evaluation in January, initiative, overleg within 4 weeks, decision by receiving school, AB after return."
  financien: "ch. 'Middelen' gives the verdeelmodel (EUR 162 p.l., vaste voet, TLA toekenning, AB in November) but the meerjarenbegroting is only 'op te vragen bij het bureau' and a bestedingsplan is deferred."
  dekkend-aanbod: "ch. 'Het dekkend netwerk' (provision table, TLA route, 'Tekorten in het netwerk') and the thuiszitters chapter."
  resultaten: "nothing: only a deferral of beoogde resultaten and monitoring to the jaarplan (end of ch. 'Ouders') and the value word 'Lerend' in the visie."
  ouders: "ch. 'Ouders': website ouderdeel, schoolgids, folder, informatieavond; for questions only leerkracht/IB'er/directeur/consulent of the SWV, no independent help (OJSP/onderwijsconsulent only in glossary)."
"""

LABELS["vo-heuvelland-west-2026-2030-deel-a"] = """documents: [vo-heuvelland-west-2026-2030-deel-a.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: present, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: []
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Basisondersteuning': minimum for every vestiging with a concrete list (mentor, ondersteuningscoordinator, OT, dyslexie, trainingen, time-out); visitatie as borging."
  plaatsing: "ch. 'Toewijzing en toelaatbaarheid' only refers vso/lwoo/pro procedures and criteria to the absent Toewijzingsregeling (bijlage B) and defers a revision; header and glossary are traps."
  terugstroom: "ch. 'Terug naar het regulier voortgezet onderwijs': policy with conditions and terugkeerbudget, 6-step werkwijze with dates and evaluation moments."
  financien: "ch. 'Financiën': verdeling criteria (EUR 118 p.l., lwoo pro rata, pro, terugkeerbudget) and meerjarenbegroting table; reserve afbouw."
  dekkend-aanbod: "ch. 'Samenhang in het aanbod' only defers the dekkend aanbod, OPDC, OZA and thuiszitters approach to deel B (najaar 2026); OOGO only as a date in the planning table."
  resultaten: "ch. 'Resultaten': terugblik with figures, target table 2030, monitoring with peildata and reporting."
  ouders: "ch. 'Ouders en leerlingen': website, schoolgids, folder, infoavond; Ouder- en Jeugdsteunpunt Heuvelland, Onderwijsconsulenten, klachten/geschillen; hoorrecht."
"""

LABELS["nearmiss-school-ondersteuningsplan-de-wegwijzer"] = """documents: [nearmiss-school-ondersteuningsplan-de-wegwijzer.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, its own SOP and formatie); it refers to the samenwerkingsverband's plan but is not one: no OPR, OOGO, verdeelmodel, TLV procedure or planperiode of a verband."
"""


def main():
    tmp = Path(tempfile.mkdtemp(prefix="holdout180_gen_"))
    try:
        b1 = plan1()
        render_docx(b1, OUT / "po-lingemonde-2026-2030.docx",
                    header="Ondersteuningsplan 2026-2030 Lingemonde | voor scholen, ouders en partners",
                    footer="SWV Lingemonde – basisondersteuning · toelaatbaarheid · terugplaatsing · middelen")
        b2 = plan2()
        render_docx(b2, OUT / "po-vallei-noord-2026-2030.docx",
                    header="SWV Vallei-Noord | Ondersteuningsplan 2026-2030 | financiën en meerjarenbegroting: bijlage 6",
                    footer="Stichting Passend Onderwijs De Vallei-Noord")
        docx_to_pdf(OUT / "po-vallei-noord-2026-2030.docx", OUT / "po-vallei-noord-2026-2030.pdf")
        b3 = plan3()
        d3 = tmp / "po-kempenrand-2026-2030.docx"
        render_docx(b3, d3, header="Kempenrand – ondersteuningsplan – terugplaatsing en dekkend aanbod",
                    footer="SWV PO Kempenrand (PO 30-09)")
        docx_to_pdf(d3, OUT / "po-kempenrand-2026-2030.pdf")
        b4 = plan4()
        render_md(b4, OUT / "po-waterland-oost-2026-2030.md")
        b5 = plan5()
        d5 = tmp / "vo-heuvelland-west-2026-2030-deel-a.docx"
        render_docx(b5, d5, header="Heuvelland-West | deel A | toelaatbaarheid vso, lwoo en pro | dekkend aanbod",
                    footer="SWV VO Heuvelland-West (VO 31-05)")
        docx_to_pdf(d5, OUT / "vo-heuvelland-west-2026-2030-deel-a.pdf")
        bn = nearmiss()
        render_docx(bn, OUT / "nearmiss-school-ondersteuningsplan-de-wegwijzer.docx",
                    header="cbs De Wegwijzer – ondersteuningsplan 2025-2026")
        for name, text in LABELS.items():
            (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
        for nm, b in [("plan1", b1), ("plan2", b2), ("plan3", b3), ("plan4", b4), ("plan5", b5), ("nearmiss", bn)]:
            print(nm, words(b), "words")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
