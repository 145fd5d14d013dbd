#!/usr/bin/env python3
"""Generate the holdout216 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four VO, one PO) and one near-miss
document (an SWV jaarverslag), plus their label files.

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout216>/<document>            (.docx, .pdf, .html)
    <holdout216>/<name>.expected.yaml  (labels)
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc", [entries]) ("h1", t) ("h2", t)
# ("p", t) ("ul", [items]) ("table", [header, rows...]) ("pagebreak",)
# ---------------------------------------------------------------------------


def render_docx(blocks, path: Path, header_text: str, footer_text: str):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path: Path, header_text: str, footer_text: str):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">']
    title = next(b[1][0] for b in blocks if b[0] == "title")
    out.append(f"<title>{e(title)}</title>")
    out += ["</head>", "<body>", f'<header class="site-header"><p>{e(header_text)}</p>',
            '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
            '<a href="#">Ondersteuningsplan</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            out += [f"<li>{e(x)}</li>" for x in b[1]]
            out.append("</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", f'<footer><p>{e(footer_text)}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path: Path, header_text: str, footer_text: str):
    tmp = Path(tempfile.mkdtemp(prefix="holdout216_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks) -> int:
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------
# Shared filler (context-dependent wording; none of it addresses a core criterion)
# ---------------------------------------------------------------------------


def filler_governance(c, parents_in_opr=True):
    opr = (f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden. De helft van de leden is afkomstig uit het personeel, "
           f"de andere helft bestaat uit ouders en leerlingen, allen afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. "
           if parents_in_opr else
           f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden, die worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{c['naam']} is een stichting waarin {c['besturen']} schoolbesturen samenwerken. De stichting kent een scheiding tussen "
              "bestuur en intern toezicht: de directeur-bestuurder is belast met het besturen van de stichting en wordt daarbij ondersteund "
              "door een klein bureau; de Raad van Toezicht houdt toezicht op de directeur-bestuurder en keurt onder meer de begroting en het "
              "jaarverslag goed. De aangesloten schoolbesturen vormen samen de Algemene Vergadering, die bijeenkomt om de koers van het "
              "verband te bepalen en het ondersteuningsplan vast te stellen. De statuten bevatten een regeling voor de beslechting van "
              "geschillen tussen de aangesloten besturen."),
        ("p", "In de afgelopen planperiode is de governance op een aantal punten aangescherpt. Zo is het toezichtkader herzien, is een "
              "auditcommissie ingesteld en zijn de rollen van bestuur, toezicht en de overlegtafels van schoolleiders duidelijker beschreven in "
              "een governancecode. De Raad van Toezicht evalueert jaarlijks het eigen functioneren en voert twee keer per jaar een gesprek met "
              "een delegatie van de OPR. Het bureau van het verband heeft een bescheiden omvang; de uitvoering van de ondersteuning ligt zoveel "
              "mogelijk bij de scholen zelf."),
        ("h2", "Medezeggenschap"),
        ("p", opr + "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast beschikt het verband als "
              "werkgever over een eigen medezeggenschapsraad voor het personeel van het bureau en de bovenschoolse voorzieningen. De OPR "
              "vergadert zes keer per jaar; de directeur-bestuurder is bij het algemene deel van de vergaderingen aanwezig. Leden van de OPR "
              "kunnen jaarlijks deelnemen aan een scholingsbijeenkomst over passend onderwijs en medezeggenschap."),
    ]


def filler_personeel(c):
    return [
        ("h2", "Personeel en professionalisering"),
        ("p", f"Passend onderwijs valt of staat met de mensen in de scholen. Leraren, mentoren, ondersteuningscoördinatoren en "
              f"schoolleiders in {c['regio']} hebben te maken met een groeiende diversiteit aan leerlingen, terwijl het lerarentekort in de "
              "stad onverminderd groot is. Het verband wil daarom bijdragen aan de deskundigheid van het personeel zonder de werkdruk te "
              "vergroten. We organiseren leernetwerken voor ondersteuningscoördinatoren, een jaarlijkse studiedag en intervisie voor "
              "orthopedagogen en psychologen die in de scholen en bovenschoolse voorzieningen werken."),
        ("p", "Het personeel van het verband zelf – consulenten, trajectbegeleiders, medewerkers van het bureau en de begeleiders in "
              "de bovenschoolse voorzieningen – heeft een eigen professionaliseringsplan. Daarin is aandacht voor gespreksvoering met "
              "jongeren en gezinnen, voor kennis van de sociale kaart en voor het werken met de digitale dossiers. Bij de werving van nieuwe "
              "medewerkers letten we op diversiteit, zodat ons personeel een afspiegeling is van de stad. Jaarlijks bespreken we met de "
              "personeelsgeleding van de OPR de gevolgen van het ondersteuningsplan voor de inzet en formatie van het personeel."),
    ]


def filler_ict(c):
    return [
        ("h2", "ICT, dossiervorming en privacy"),
        ("p", "Voor de uitwisseling van gegevens tussen scholen, het bureau en de bovenschoolse voorzieningen gebruiken we een beveiligde "
              "digitale omgeving. Scholen maken daarin het groeidocument of ontwikkelingsperspectief aan en delen dit alleen met degenen die "
              "het nodig hebben voor hun taak. Het verband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, uitsluitend voor zover "
              "dat nodig is voor de wettelijke taken. Gegevens worden niet langer bewaard dan noodzakelijk; de bewaartermijn van dossiers is "
              "vastgelegd in het privacyreglement, dat is getoetst door de functionaris gegevensbescherming."),
        ("p", "In de komende planperiode vervangen we het huidige systeem voor de registratie van aanvragen door een nieuwe applicatie. "
              "Daarbij besteden we aandacht aan gebruiksgemak voor scholen, aan informatiebeveiliging en aan de mogelijkheid om "
              "managementinformatie te genereren. De aanbesteding vindt plaats in samenwerking met twee andere verbanden in de regio."),
    ]


def filler_planning(c):
    return [
        ("h2", "Totstandkoming en planning"),
        ("p", f"Dit ondersteuningsplan is in de loop van {c['jaar0']} tot stand gekomen. In het voorjaar zijn werksessies gehouden met "
              "schoolleiders, ondersteuningscoördinatoren en medewerkers van de bovenschoolse voorzieningen. Een concept is besproken in het "
              "directeurenoverleg en in de Algemene Vergadering. Het op overeenstemming gericht overleg met de gemeente(n) is gevoerd op "
              f"{c['oogo_datum']}; de OPR heeft op {c['opr_datum']} ingestemd. Het plan is vastgesteld op {c['vast_datum']} en vóór 1 mei "
              "toegezonden aan de Inspectie van het Onderwijs."),
        ("p", f"Het plan geldt voor de schooljaren {c['periode']}. Jaarlijks werken we het plan uit in een jaarplan en een jaarbegroting. "
              "Wijzigingen in de loop van de planperiode leggen we opnieuw ter instemming voor aan de OPR. Halverwege de planperiode houden we "
              "een tussentijdse bespreking met de Algemene Vergadering over de koers."),
    ]


def filler_kennis(c):
    return [
        ("h2", "Kennisdeling en samenwerking tussen scholen"),
        ("p", f"De scholen in {c['regio']} verschillen sterk in grootte, denominatie en populatie. Juist die verscheidenheid maakt het "
              "mogelijk om van elkaar te leren. We organiseren daarom thematische netwerkbijeenkomsten, bijvoorbeeld over het begeleiden van "
              "leerlingen met autisme, over schoolverzuim en over het werken met nieuwkomers. Scholen kunnen elkaar bezoeken in een "
              "collegiale consultatie en goede voorbeelden worden gedeeld in een digitale kennisbank."),
        ("p", "Daarnaast werken we samen met de lerarenopleidingen en met de hogeschool in de stad. Studenten doen praktijkonderzoek in "
              "onze scholen en voorzieningen; de uitkomsten presenteren zij op een jaarlijkse kennismiddag. Zo willen we de kennis over "
              "passend onderwijs dichter bij de dagelijkse praktijk brengen."),
    ]


def filler_leerlingstem(c):
    return [
        ("h2", "De stem van de leerling"),
        ("p", f"Leerlingen weten vaak heel goed wat hen helpt en wat niet. In {c['regio']} betrekken we hen daarom actief bij ons werk. "
              "Twee keer per jaar komt een leerlingenpanel bijeen met leerlingen uit het regulier onderwijs, het praktijkonderwijs, het vso en "
              "de bovenschoolse voorzieningen. Het panel geeft advies over thema's als welbevinden, pesten, de overgang naar een nieuwe school "
              "en de manier waarop scholen met verschillen omgaan. De adviezen worden besproken in het bestuur, dat schriftelijk reageert."),
        ("p", "Daarnaast vragen we scholen om leerlingen een actieve rol te geven bij het opstellen en evalueren van hun eigen "
              "ontwikkelingsperspectief. Een leerling die meepraat over de eigen doelen, voelt zich eerder eigenaar van het eigen leerproces. "
              "Scholen wisselen in de netwerken voorbeelden uit van gesprekstechnieken en formats die jongeren aanspreken, zoals het werken "
              "met een persoonlijk portfolio of een korte video waarin de leerling zelf vertelt wat hij nodig heeft."),
    ]


def filler_bureau(c):
    return [
        ("h2", "Het bureau en de werkorganisatie"),
        ("p", f"Het bureau van {c['naam']} is gevestigd in een verzamelgebouw waar ook andere maatschappelijke organisaties zijn "
              "gehuisvest. De korte lijnen met deze partners bevallen goed. Het bureau omvat een directeur-bestuurder, een "
              "beleidsmedewerker, een controller, een secretariaat en een team van consulenten en orthopedagogen. De formatie wordt jaarlijks "
              "vastgesteld in het formatieplan en is de afgelopen jaren stabiel gebleven."),
        ("p", "We willen een goed werkgever zijn. Medewerkers hebben jaarlijks een ontwikkelgesprek, er is ruimte voor scholing en het "
              "ziekteverzuim ligt onder het gemiddelde van de sector. Het bureau werkt volgens een hybride werkmodel: consulenten zijn "
              "het grootste deel van de week op de scholen aanwezig, het bureau is vooral een ontmoetingsplek. In de komende periode "
              "onderzoeken we of we de secretariële ondersteuning kunnen delen met een naburig verband, om zo de overheadkosten beperkt te houden."),
    ]


def filler_risico(c):
    return [
        ("h2", "Ontwikkelingen en dilemma's"),
        ("p", f"De omgeving van het verband verandert voortdurend. Het lerarentekort treft de scholen in {c['regio']} hard; vooral in "
              "wijken met veel kwetsbare gezinnen zijn vacatures moeilijk te vervullen. Dat maakt het lastiger om ondersteuning in de klas "
              "te organiseren. Tegelijk neemt de complexiteit van de vragen toe: meer kinderen en jongeren hebben te maken met angst, somberheid of "
              "problemen thuis, en de wachtlijsten in de jeugd-ggz zijn lang."),
        ("p", "Daarnaast is het landelijke beleid in beweging. Er wordt gewerkt aan een landelijke norm voor basisondersteuning, aan "
              "nieuwe regels voor de positie van ouders en leerlingen en aan een herziening van de bekostiging. Wij volgen die ontwikkelingen "
              "nauwgezet en passen het plan zo nodig tussentijds aan, na instemming van de OPR. Dilemma's die daarbij ontstaan, bijvoorbeeld "
              "tussen de autonomie van schoolbesturen en de wens tot meer gezamenlijkheid, leggen we expliciet voor aan de Algemene Vergadering."),
        ("p", "Ten slotte blijft de arbeidsmarkt voor specialisten krap. Orthopedagogen, psychologen en ervaren ambulant begeleiders zijn "
              "gewild. We investeren daarom in het opleiden van eigen mensen en werken samen met de universiteit aan een traineeship voor "
              "startende orthopedagogen."),
    ]


def filler_wetgeving(c):
    return [
        ("h2", "Landelijke ontwikkelingen"),
        ("p", "Na de eindevaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met 25 maatregelen. Voor "
              "samenwerkingsverbanden zijn vooral de maatregelen over de afbouw van reserves, het versterken van de governance en de "
              "positie van ouders en leerlingen van belang. De Wet versterking positie ouders en leerlingen in het passend onderwijs "
              "introduceert onder meer een hoorrecht voor leerlingen over hun ontwikkelingsperspectief, verplaatst de beschrijving van de "
              "ondersteuning van het schoolondersteuningsprofiel naar de schoolgids en verplicht ieder verband tot het onderhouden van een "
              "ouder- en jeugdsteunpunt."),
        ("p", "Daarnaast wordt gewerkt aan een landelijke norm voor basisondersteuning. Zolang die norm geen wettelijke status heeft, "
              "blijven de afspraken binnen het verband leidend. Wij volgen de uitwerking via de sectorraden en het Steunpunt Passend "
              "Onderwijs, en bespreken de gevolgen jaarlijks met de schoolleiders en de OPR."),
    ]


def filler_cyclus(c):
    return [
        ("h2", "Beleidscyclus en kwaliteitscultuur"),
        ("p", "Het ondersteuningsplan is het vertrekpunt van een vaste beleidscyclus. Elk voorjaar stelt het bestuur, na overleg met de "
              "schoolleiders, een jaarplan op met de activiteiten voor het komende schooljaar. In het najaar volgt de begroting, die de "
              "Raad van Toezicht goedkeurt. Gedurende het jaar bespreekt het managementteam van het bureau maandelijks de voortgang van de "
              "activiteiten uit het jaarplan, en het bestuur bespreekt twee keer per jaar een voortgangsrapportage."),
        ("p", "Een goede kwaliteitscultuur vraagt meer dan rapportages. We vinden het belangrijk dat medewerkers en scholen elkaar "
              "durven aanspreken, dat fouten bespreekbaar zijn en dat we leren van klachten en signalen. Daarom houden we jaarlijks een "
              "reflectiebijeenkomst met de schoolleiders waarin niet de cijfers, maar de ervaringen centraal staan: wat ging goed, wat "
              "schuurde, wat doen we volgend jaar anders? De uitkomsten worden meegenomen in het volgende jaarplan."),
    ]


def filler_communicatie_prof(c):
    return [
        ("h2", "Communicatie met scholen en partners"),
        ("p", f"Voor schoolleiders, ondersteuningscoördinatoren en mentoren in {c['regio']} verschijnt maandelijks een digitale nieuwsbrief met "
              "actuele ontwikkelingen, data van netwerkbijeenkomsten en praktijkvoorbeelden. Op het besloten deel van de website vinden "
              "professionals formats, handreikingen en contactgegevens van de consulenten. Partners in de jeugdhulp en de gemeente "
              "ontvangen een kwartaalbericht. We meten eens in de twee jaar hoe scholen de communicatie van het verband waarderen."),
    ]


def filler_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de invoering van passend "
              f"onderwijs en het eerste dat we schrijven in een tijd waarin het landelijke beleid opnieuw in beweging is. {c['regio']} is een "
              "stad vol verschillen: in talen, in achtergronden, in kansen. Dat zien we ook in onze scholen, waar leerlingen met heel "
              "verschillende onderwijsbehoeften samen leren."),
        ("p", "Dit plan is geschreven met en voor de mensen die passend onderwijs elke dag waarmaken: leraren, mentoren, "
              "ondersteuningscoördinatoren, schoolleiders, jeugdprofessionals, leerlingen en ouders. We danken iedereen die in de werksessies, "
              "de klankbordgroepen en de gesprekken met de gemeente heeft meegedacht. Zonder hun inbreng was dit plan een papieren exercitie "
              "gebleven."),
        ("p", f"We realiseren ons dat een plan slechts het begin is. Het komt aan op de uitvoering in de scholen en op de bereidheid om "
              "samen verantwoordelijkheid te nemen voor leerlingen voor wie het niet vanzelf gaat. Daar blijven we ons de komende jaren "
              f"onverminderd voor inzetten.\n\n{c['bestuurder']}, directeur-bestuurder"),
    ]


def filler_visie(c, num=""):
    return [
        ("h1", f"{num}Visie, missie en koers"),
        ("h2", "Onze visie"),
        ("p", f"{c.get('ieder', 'Iedere jongere')} in {c['regio']} heeft recht op onderwijs dat past bij wie hij of zij is en wat hij of zij nodig heeft. Wij "
              "geloven dat het merendeel van de leerlingen het beste tot hun recht komt in een gewone school, met klasgenoten uit de eigen "
              "buurt, en dat speciale voorzieningen er zijn voor wie ze echt nodig heeft. Passend onderwijs is voor ons geen systeem van "
              "loketten en formulieren, maar een gedeelde verantwoordelijkheid van scholen, ouders, jeugdhulp en gemeente."),
        ("h2", "Onze missie"),
        ("p", f"{c['naam']} ondersteunt de aangesloten scholen bij het bieden van passend onderwijs. We doen dat door middelen en "
              f"expertise beschikbaar te stellen, door verbindingen te leggen tussen onderwijs en zorg en door te zorgen dat geen {c.get('kind', 'jongere')} "
              "tussen wal en schip raakt. We willen daarbij zo dicht mogelijk bij de school en de klas blijven: ondersteuning moet daar "
              "terechtkomen waar de leerling is."),
        ("h2", "Kernwaarden"),
        ("ul", ["Samen: scholen nemen gezamenlijk verantwoordelijkheid voor alle leerlingen in de regio.",
                "Dichtbij: ondersteuning wordt zo thuisnabij mogelijk georganiseerd.",
                "Eenvoudig: we beperken de administratieve last voor scholen en ouders.",
                "Transparant: we zijn open over keuzes, middelen en dilemma's.",
                "Lerend: we evalueren onze aanpak en stellen die bij waar dat nodig is."]),
        ("p", "Deze kernwaarden vormen de toetssteen voor de keuzes in dit plan. Waar belangen schuren, bijvoorbeeld tussen de wens om "
              "middelen zo dicht mogelijk bij de school te brengen en de noodzaak om bovenschoolse voorzieningen in stand te houden, maken "
              "we de afweging zichtbaar in het bestuur en bespreken we die met de OPR."),
    ]


def filler_context(c, num=""):
    rows = [["Kenmerk", c["jaar_kg"]]] + c["kengetallen"]
    return [
        ("h1", f"{num}Ons verband in beeld"),
        ("p", f"{c['naam']} ({c['code']}) omvat het grondgebied van {c['gemeenten']}. Het verband telt {c['scholen']} en "
              f"ongeveer {c['leerlingen']} leerlingen. De bevolking van de regio is jong en divers; in een aantal wijken groeit een groot deel "
              "van de kinderen op in een gezin met een laag inkomen. De leerlingaantallen zijn de afgelopen jaren licht gestegen, vooral door "
              "nieuwbouwwijken en de komst van gezinnen uit het buitenland."),
        ("table", rows),
        ("p", "Deze kengetallen beschrijven de omvang van het verband en zijn bedoeld als context. Uitgebreidere cijfers over de populatie "
              "van de scholen zijn te vinden in de openbare bronnen van DUO en de gemeente."),
    ]


def glossary(entries):
    return [("h1", "Begrippenlijst")] + [("p", f"{k}: {v}") for k, v in entries]


def abbreviations(entries):
    return [("h1", "Afkortingen")] + [("table", [["Afkorting", "Betekenis"]] + [[k, v] for k, v in entries])]


COMMON_GLOSSARY = [
    ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden."),
    ("Extra ondersteuning", "ondersteuning die de basisondersteuning te boven gaat, meestal in de vorm van een arrangement."),
    ("Arrangement", "een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen, met doelen en een looptijd."),
    ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal onderwijs."),
    ("Terugplaatsing", "de overstap van een leerling vanuit het speciaal onderwijs naar een reguliere school."),
    ("Dekkend aanbod", "het geheel aan voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."),
    ("Thuiszitter", "een leerplichtige jongere die zonder geldige reden langer dan vier weken niet naar school gaat."),
    ("Meerjarenbegroting", "begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
    ("Ouder- en jeugdsteunpunt (OJSP)", "onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."),
    ("Resultaten", "de beoogde en bereikte uitkomsten van het beleid van het samenwerkingsverband."),
]

VO_ABBR = [("ISK", "Internationale Schakelklas"), ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
           ("LWOO", "Leerwegondersteunend onderwijs"), ("OJSP", "Ouder- en jeugdsteunpunt"), ("OOGO", "Op overeenstemming gericht overleg"),
           ("OPDC", "Orthopedagogisch-didactisch centrum"), ("OPP", "Ontwikkelingsperspectiefplan"), ("OPR", "Ondersteuningsplanraad"),
           ("PrO", "Praktijkonderwijs"), ("SOP", "Schoolondersteuningsprofiel"), ("SWV", "Samenwerkingsverband"),
           ("TLV", "Toelaatbaarheidsverklaring"), ("VSO", "Voortgezet speciaal onderwijs"), ("OZA", "Onderwijs-zorgarrangement")]


# ---------------------------------------------------------------------------
# Plan 1: VO Amstelmonde (docx)
# ---------------------------------------------------------------------------

def plan_amstelmonde():
    c = dict(naam="Samenwerkingsverband VO Amstelmonde", code="VO 99-03", regio="Amstelmonde", periode="2026-2030",
             besturen="27", opr="16", jaar0="2025", oogo_datum="3 februari 2026", opr_datum="10 maart 2026",
             vast_datum="24 maart 2026", bestuurder="drs. M. El Haddouchi", gemeenten="de gemeente Amstelmonde en de gemeente Waterdijk",
             scholen="41 vestigingen van reguliere vo-scholen, 6 scholen voor praktijkonderwijs en 7 vso-scholen", leerlingen="38.500",
             jaar_kg="1 oktober 2025",
             kengetallen=[["Aangesloten schoolbesturen", "27"], ["Vestigingen regulier vo", "41"], ["Scholen praktijkonderwijs", "6"],
                          ["Vso-scholen (cluster 3 en 4)", "7"], ["Leerlingen totaal", "38.512"], ["Nieuwkomers in ISK", "618"]])
    b = [("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")",
                    "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Resultaten · Ouders",
                    "Vastgesteld door de Algemene Vergadering op 24 maart 2026"]),
         ("toc", ["Voorwoord ........ 3", "1 Leeswijzer ........ 4", "2 Ons verband in beeld ........ 5", "3 Visie, missie en koers ........ 6",
                  "4 Basisondersteuning: de gemeenschappelijke ondergrens ........ 8", "5 Het ondersteuningscontinuüm en de bovenschoolse voorzieningen ........ 11",
                  "6 Thuiszitters en het dekkend netwerk ........ 15", "7 Toewijzing en toelaatbaarheid (vso, pro, lwoo) ........ 18",
                  "8 Ambities 2030 ........ 23", "9 Communicatie ........ 25", "10 Geld: verdeling van de ondersteuningsmiddelen ........ 27",
                  "11 Organisatie en medezeggenschap ........ 30", "12 Samenwerking met de gemeenten (OOGO) ........ 32", "13 Personeel, ICT en planning ........ 34",
                  "Bijlage A Begrippenlijst ........ 37", "Bijlage B Afkortingen ........ 38", "Bijlage 6 Meerjarenbegroting 2026-2029 ........ 39"])]
    b += filler_voorwoord(c)
    b += [("h1", "1 Leeswijzer"),
          ("p", "Dit plan volgt de wettelijke opdracht van artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020). "
                "In hoofdstuk 4 beschrijven we de basisondersteuning, in hoofdstuk 5 en 6 het ondersteuningsaanbod en het dekkend netwerk, in "
                "hoofdstuk 7 de toelaatbaarheid en de terugplaatsing, in hoofdstuk 8 de resultaten die we nastreven, in hoofdstuk 9 de "
                "informatie aan ouders en in hoofdstuk 10 de financiën. De overige hoofdstukken gaan over organisatie, samenwerking met de "
                "gemeenten, personeel en planning.")]
    b += filler_context(c, "2 ")
    b += filler_visie(c, "3 ")
    # --- basisondersteuning: present (content only in table)
    b += [("h1", "4 Basisondersteuning: de gemeenschappelijke ondergrens"),
          ("p", "Alle 41 vestigingen van reguliere vo-scholen en de zes scholen voor praktijkonderwijs in Amstelmonde hebben zich verbonden aan "
                "één gemeenschappelijke ondergrens. Wat in de tabel hieronder staat, is geen ambitie maar een afspraak: elke vestiging biedt dit "
                "aan iedere leerling die het nodig heeft, zonder aanvraag bij het verband en zonder dat daarvoor een arrangement nodig is. Scholen "
                "mogen meer bieden en beschrijven dat in hun schoolgids; minder bieden kan niet."),
          ("table", [["Standaard", "Wat een leerling en zijn ouders op elke vestiging aantreffen"],
                     ["1 Ondersteuningscoördinator", "Minimaal 0,4 fte per 500 leerlingen, bereikbaar voor leerlingen, ouders en mentoren."],
                     ["2 Mentoraat", "Elke klas heeft een mentor met een wekelijks mentoruur en minimaal drie individuele gesprekken per jaar."],
                     ["3 Dyslexie en dyscalculie", "Een protocol met vaste faciliteiten: extra tijd, vergroot lettertype, voorleessoftware, rekenmachinegebruik."],
                     ["4 Sociaal-emotionele trainingen", "Faalangstreductietraining en een training sociale vaardigheden, minimaal één keer per jaar aangeboden."],
                     ["5 Executieve functies", "Begeleiding bij plannen en organiseren in de vorm van huiswerkbegeleiding of een studievaardighedentraject."],
                     ["6 Ondersteuningsteam", "Een intern ondersteuningsteam met jeugdarts, schoolmaatschappelijk werk en leerplicht, minimaal zes keer per jaar."],
                     ["7 Opvang", "Een time-out- en opvangruimte met vaste begeleiding tijdens alle lesuren."],
                     ["8 Verzuim", "Het regionale verzuimprotocol; bij zorgelijk verzuim wordt binnen drie schooldagen contact gelegd met thuis."],
                     ["9 Medisch handelen", "Een protocol medisch handelen en een aanspreekpunt voor leerlingen met een chronische ziekte."],
                     ["10 Taal", "NT2-ondersteuning voor leerlingen die korter dan vier jaar in Nederland zijn."],
                     ["11 Ontwikkelingsperspectief", "Binnen zes weken na de start van extra ondersteuning een OPP, besproken met leerling en ouders."],
                     ["12 Overdracht", "Warme overdracht bij instroom vanuit het po en bij tussentijdse overstap."]]),
          ("h2", "4.1 Borging"),
          ("p", "Elke vestiging vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Een auditteam van collega-"
                "ondersteuningscoördinatoren bezoekt iedere vestiging eens in de twee jaar. Voldoet een vestiging op één of meer standaarden niet, "
                "dan stelt het bestuur van die school binnen drie maanden een verbeterplan op, waarvan de uitvoering in het volgende auditbezoek "
                "wordt getoetst.")]
    # --- dekkend-aanbod: present
    b += [("h1", "5 Het ondersteuningscontinuüm en de bovenschoolse voorzieningen"),
          ("p", "De ondersteuning in Amstelmonde is opgebouwd als een doorlopende reeks van lichte naar intensieve vormen. Zo veel mogelijk "
                "ondersteuning wordt geboden in de eigen school; waar dat niet volstaat, kan een leerling tijdelijk of structureel terecht in een "
                "bovenschoolse voorziening, en pas daarna komt het voortgezet speciaal onderwijs in beeld."),
          ("table", [["Niveau", "Wat", "Waar"],
                     ["Basis", "Basisondersteuning volgens de twaalf standaarden", "Alle vestigingen"],
                     ["Extra op school", "Schoolarrangementen: kleine klassen, zorgklassen, intensieve begeleiding door een ambulant begeleider", "Vestigingen met een aanvullend profiel (28)"],
                     ["Zorgklassen", "Kleine klassen (max. 16 leerlingen) binnen de reguliere school voor leerlingen met autisme of angstproblematiek", "8 vestigingen"],
                     ["Rebound", "Tijdelijke opvang van 12 weken voor leerlingen die (bijna) geschorst zijn, met terugkeer naar de eigen school", "Rebound De Kade"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum voor leerlingen met leer- en gedragsproblemen, maximaal twee jaar", "OPDC Noord en OPDC West (160 plaatsen)"],
                     ["ISK", "Internationale schakelklassen voor nieuwkomers van 12 tot 18 jaar", "3 ISK-scholen (618 leerlingen)"],
                     ["OZA", "Onderwijs-zorgarrangementen waarin onderwijs en jeugdhulp op één locatie samenwerken", "2 locaties, 48 plaatsen"],
                     ["Vso", "Voortgezet speciaal onderwijs cluster 3 en 4", "7 vso-scholen"]]),
          ("p", "Een school die handelingsverlegen raakt, neemt contact op met de eigen consulent van het verband. De consulent denkt mee, "
                "adviseert over een arrangement en verwijst zo nodig naar de bovenschoolse voorzieningen. Aanmelding bij het OPDC, de rebound "
                "en de zorgklassen verloopt via het Loket Toewijzing. Voor hoogbegaafde leerlingen is een plusprogramma ingericht op vier "
                "vestigingen, betaald uit de landelijke middelen voor hoogbegaafdheid."),
          ("p", "Doorgaande lijnen zijn vastgelegd in afspraken met het samenwerkingsverband PO Amstelmonde (overstap po-vo en warme "
                "overdracht) en met de twee mbo-instellingen in de regio (overstap vo-mbo, entree-opleidingen).")]
    b += [("h1", "6 Thuiszitters en het dekkend netwerk"),
          ("p", "Ondanks het uitgebreide aanbod zijn er jongeren voor wie geen passende plek beschikbaar is. Op 1 oktober 2025 telden wij 64 "
                "thuiszitters, van wie 21 langer dan drie maanden. Iedere maand bespreekt het Thuiszittersoverleg – leerplicht, consulent van "
                "het verband, jeugdhulp en de betrokken school – elke jongere die langer dan vier weken niet naar school gaat. Binnen twee weken "
                "na bespreking ligt er een plan met een eigenaar. Loopt dat vast, dan wordt de casus geagendeerd op het Doorbraakoverleg, waar "
                "de directeur-bestuurder en de wethouder doorzettingsmacht hebben."),
          ("p", "Eenmaal per jaar maken we een analyse van de witte vlekken in het aanbod, op basis van de casussen uit het Thuiszittersoverleg, "
                "de wachtlijsten van het OPDC en de vso-scholen en de signalen van scholen. Wachttijden langer dan zes weken voor een "
                "bovenschoolse voorziening worden direct gemeld aan het bestuur. Uit de analyse van 2025 bleek een tekort aan plaatsen voor "
                "leerlingen met autisme die havo of vwo kunnen volgen; daarom openen we in augustus 2027 een voorziening met 24 plaatsen. "
                "Scholen die een leerling niet kunnen plaatsen, blijven op grond van hun zorgplicht verantwoordelijk tot een andere school is gevonden.")]
    # --- plaatsing: present; terugstroom: present, hidden in 7.6
    b += [("h1", "7 Toewijzing en toelaatbaarheid (vso, pro, lwoo)"),
          ("h2", "7.1 Wie vraagt aan"),
          ("p", "Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat "
                "ingeschreven of is aangemeld. De aanvraag loopt via het Loket Toewijzing en bevat het OPP of groeidocument, het "
                "onderwijskundig rapport, de evaluatie van de geboden ondersteuning en de zienswijze van ouders en leerling."),
          ("h2", "7.2 Stappen en termijnen"),
          ("ul", ["Stap 1: het Loket controleert binnen vijf werkdagen of de aanvraag compleet is.",
                  "Stap 2: twee deskundigen brengen elk een eigen schriftelijk advies uit: een orthopedagoog of GZ-psycholoog en, afhankelijk "
                  "van de leerling, een tweede deskundige (kinder- en jeugdpsychiater, maatschappelijk werker of jeugdarts). De deskundigen zijn "
                  "niet betrokken geweest bij de aanvraag.",
                  "Stap 3: de Commissie Toewijzing besluit binnen zes weken na ontvangst van de complete aanvraag; ouders ontvangen een "
                  "afschrift van beide adviezen.",
                  "Stap 4: bij toekenning stelt de commissie de bekostigingscategorie (laag, midden of hoog) en de geldigheidsduur vast. Een TLV "
                  "geldt in de regel twee schooljaren en loopt af op 31 juli."]),
          ("h2", "7.3 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte structureel groter is dan wat de reguliere "
                "school met basisondersteuning, een schoolarrangement en de bovenschoolse voorzieningen kan bieden; (b) er ten minste twee "
                "cycli van handelingsgericht werken met een OPP zijn doorlopen en geëvalueerd, of er sprake is van een acute situatie; en (c) "
                "de deskundigen onderschrijven dat de leerling is aangewezen op de combinatie van onderwijs en ondersteuning die het vso biedt. "
                "Categorie midden wordt toegekend bij lichamelijke beperkingen en langdurige ziekte, categorie hoog bij meervoudige beperkingen."),
          ("h2", "7.4 Praktijkonderwijs en lwoo"),
          ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en leerachterstanden van 50% of meer op ten "
                "minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Het verband heeft geen eigen lwoo-criteria; lwoo "
                "wordt toegewezen volgens de landelijke criteria. De school van aanmelding dient de aanvraag in vóór 1 maart; de Commissie "
                "Toewijzing beslist vóór 1 mei."),
          ("h2", "7.5 Bezwaar"),
          ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken bij het bestuur van "
                "het verband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist "
                "daarna op het bezwaar."),
          ("h2", "7.6 Na afloop van de verklaring"),
          ("p", "Een verblijf in het vso is voor veel leerlingen een periode en geen eindpunt. Wij streven ernaar dat leerlingen voor wie dat "
                "haalbaar is, de overstap maken naar een reguliere vo-school zo dicht mogelijk bij huis. Voorwaarde is dat de leerling in het vso "
                "de doelen uit het OPP heeft gehaald en dat de ontvangende school de ondersteuning kan bieden die nog nodig is."),
          ("p", "De vso-school bespreekt het OPP jaarlijks met leerling en ouders. In het laatste jaar van de TLV organiseert de vso-school "
                "uiterlijk 1 februari een perspectiefgesprek met ouders, de leerling, een consulent van het Loket en – als er al een kandidaat "
                "is – de ontvangende school. Het Loket legt de uitkomst voor aan de Commissie Toewijzing, die vóór 1 mei besluit over een nieuwe "
                "TLV of over de overstap. Na een overstap ontvangt de ontvangende school een overstaparrangement van zes maanden, waarin een "
                "begeleider van de vso-school de leerling en de mentor coacht; het verband betaalt hiervoor € 4.500 per leerling. In "
                "2024-2025 maakten 23 leerlingen deze overstap.")]
    # --- resultaten: partial (doelen yes, monitoring deferred)
    b += [("h1", "8 Ambities 2030"),
          ("p", "Met dit plan willen we in 2030 het volgende bereikt hebben voor leerlingen die extra ondersteuning nodig hebben:"),
          ("table", [["Ambitie", "Vertrekpunt 2025", "Streefwaarde 2030"],
                     ["Minder thuiszitters", "64 thuiszitters", "minder dan 30"],
                     ["Snelle toewijzing", "78% van de TLV-besluiten binnen 6 weken", "95%"],
                     ["Thuisnabij onderwijs", "3,9% van de leerlingen in vso", "3,5%"],
                     ["Tevreden ouders", "geen meting", "ten minste 7,5 gemiddeld"],
                     ["Geen wachtlijst", "OPDC: wachttijd tot 11 weken", "maximaal 6 weken"]]),
          ("p", "Hoe wij de voortgang op deze ambities gaan volgen, welke bronnen we daarvoor gebruiken en hoe we erover rapporteren, werken "
                "we in het schooljaar 2026-2027 uit in een apart monitoringskader. Dat kader is nog niet beschikbaar bij de vaststelling van dit "
                "plan.")]
    # --- ouders: present, in "Communicatie"
    b += [("h1", "9 Communicatie"),
          ("p", "Het verband communiceert met veel partijen: scholen, besturen, gemeenten, jeugdhulp en natuurlijk leerlingen en hun "
                "ouders. Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief; besturen en schoolleiders worden daarnaast "
                "geïnformeerd via het directeurenoverleg."),
          ("h2", "9.1 Voor gezinnen"),
          ("p", "Welke ondersteuning een school biedt, staat in de schoolgids van iedere vestiging. Het verband geeft daarnaast de "
                "'Ouderwijzer' uit, een brochure over de basisondersteuning, de bovenschoolse voorzieningen en de route naar het vso, in zes "
                "talen (Nederlands, Engels, Arabisch, Turks, Pools en Tigrinya). Twee keer per jaar houden we een informatieavond in Noord en "
                "West, en de consulenten houden wekelijks een inloopspreekuur in de bibliotheek."),
          ("p", "Wie vastloopt of het niet eens is met de school of het verband, kan terecht bij het Ouder- en Jeugdsteunpunt Amstelmonde. "
                "Dat steunpunt werkt onafhankelijk van de scholen en van het verband; de ondersteuners staan alleen het belang van de jongere "
                "voor. Ouders kunnen ook kosteloos een beroep doen op de Onderwijsconsulenten of, bij geschillen over toelating, verwijdering "
                "of het OPP, op de Geschillencommissie passend onderwijs.")]
    # --- financien: partial (verdeling yes, besteding only in absent bijlage)
    b += [("h1", "10 Geld: verdeling van de ondersteuningsmiddelen"),
          ("p", "Het verband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan DUO voor "
                "het vso verdelen we de middelen volgens een vast model, dat het algemeen bestuur ieder jaar in december vaststelt voor het "
                "volgende schooljaar."),
          ("ul", ["Iedere vestiging ontvangt een vaste voet van € 25.000.",
                  "Het resterende schooldeel wordt verdeeld naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar.",
                  "Scholen met een aanvullend profiel (zorgklassen) ontvangen daarbovenop € 6.200 per bezette plaats.",
                  "Het bovenschoolse deel wordt per voorziening toegekend op basis van het aantal plaatsen dat het bestuur vaststelt."]),
          ("p", "De besturen verantwoorden in hun jaarverslag hoe zij de ontvangen middelen hebben ingezet. Het weerstandsvermogen van het "
                "verband mag niet hoger worden dan 5% van de baten."),
          ("p", "De meerjarenbegroting 2026-2029, met de bedragen per voorziening en per bestuur, is als bijlage 6 bij dit plan gevoegd.")]
    b += [("h1", "11 Organisatie en medezeggenschap")] + filler_governance(c)
    b += [("h1", "12 Samenwerking met de gemeenten (OOGO)"),
          ("p", "Het verband voert tweemaal per jaar op overeenstemming gericht overleg met de gemeenten Amstelmonde en Waterdijk. Vaste "
                "thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor de bovenschoolse "
                "voorzieningen en de aanpak van verzuim. Gemeente en verband financieren samen de onderwijs-zorgarrangementen en de "
                "schoolmaatschappelijk werkers in het ondersteuningsteam van iedere school.")]
    b += [("h1", "13 Personeel, ICT en planning")] + filler_personeel(c) + filler_ict(c) + filler_kennis(c) + filler_planning(c)
    b += [("h1", "Bijlage A Begrippenlijst")] + glossary(COMMON_GLOSSARY)[1:]
    b += abbreviations(VO_ABBR)
    return c, b


# ---------------------------------------------------------------------------
# Plan 2: VO Maasstede (pdf)
# ---------------------------------------------------------------------------

def plan_maasstede():
    c = dict(naam="Stichting Samenwerkingsverband Voortgezet Onderwijs Maasstede", code="VO 99-07", regio="Maasstede", periode="2026-2030",
             besturen="19", opr="12", jaar0="2025", oogo_datum="28 januari 2026", opr_datum="17 februari 2026",
             vast_datum="3 maart 2026", bestuurder="ir. J. van Kesteren-Bos", gemeenten="de gemeenten Maasstede, Rijnzijl en Ooster-Ambacht",
             scholen="33 scholen voor regulier voortgezet onderwijs en 5 vso-scholen", leerlingen="29.800", jaar_kg="Stand 1 oktober 2025",
             kengetallen=[["Schoolbesturen", "19"], ["Reguliere vo-scholen", "33"], ["Vso-scholen", "5"], ["Leerlingen", "29.814"],
                          ["Gemeenten", "3"]])
    b = [("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Maasstede (" + c["code"] + ")",
                    "Samen sterk voor iedere jongere", "Definitieve versie, maart 2026"]),
         ("toc", ["Voorwoord", "1 Inleiding", "2 Ons verband in beeld", "3 Visie, missie en koers", "4 Basisondersteuning",
                  "5 Het aanbod: van school tot bovenschools", "6 Thuiszitters en de Plaatsingstafel", "7 Toelaatbaarheid",
                  "8 Kwaliteit en resultaten", "9 Ouders", "10 Geld en middelen", "11 Governance en medezeggenschap",
                  "12 Gemeenten en jeugdhulp", "13 Personeel, ICT en planning", "Begrippenlijst", "Afkortingen"])]
    b += filler_voorwoord(c)
    b += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe de scholen in Maasstede, Rijnzijl en Ooster-Ambacht samen zorgen voor passend "
                "onderwijs. Het plan is het resultaat van een traject van een jaar, waarin we hebben teruggeblikt op de vorige planperiode en "
                "vooruitgekeken naar de komende vier jaar. In de terugblik zagen we dat de doorstroom van leerlingen naar het mbo beter kan "
                "en dat scholen veel tijd kwijt zijn aan administratie."),
          ("p", "Het plan is bewust compact gehouden. Waar details vaker wijzigen, zoals reglementen en formulieren, verwijzen we naar de "
                "website. In het jaarplan werken we de voornemens verder uit.")]
    b += filler_context(c, "2 ")
    b += filler_visie(c, "3 ") + filler_wetgeving(c) + filler_leerlingstem(c)
    # --- basisondersteuning partial: niveau yes, inhoud only SOP + referentiekader
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is in Maasstede het met elkaar afgesproken niveau van ondersteuning dat alle 33 reguliere scholen, op "
                "al hun vestigingen, ten minste bieden. De besturen hebben dit niveau in 2025 opnieuw bekrachtigd. Het uitgangspunt is dat een "
                "leerling voor deze ondersteuning nooit een aanvraag bij het verband hoeft te doen."),
          ("p", "Net als in het landelijke Referentiekader passend onderwijs onderscheiden we vier aspecten: basiskwaliteit, preventieve en "
                "licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Welke voorzieningen dat op een school "
                "concreet zijn, leest u in het schoolondersteuningsprofiel van die school. Een gezamenlijk overzicht van de voorzieningen "
                "die op elke school aanwezig zijn, stellen we op na de evaluatie van de profielen in 2027.")]
    # --- dekkend: present
    b += [("h1", "5 Het aanbod: van school tot bovenschools"),
          ("p", "Naast de basisondersteuning kent Maasstede een breed aanbod van extra ondersteuning. We onderscheiden drie lagen."),
          ("ul", ["Extra ondersteuning in de school: arrangementen die de school zelf inricht met het schoolbudget, zoals een "
                  "trajectvoorziening, zorgklassen of begeleiding door een ambulant begeleider van een vso-school.",
                  "Bovenschoolse voorzieningen: het OPDC Maasstede (140 plaatsen, voor leerlingen in vmbo-bb/kb met leer- en gedragsproblemen), "
                  "het Reboundtraject Op de Rails (twaalf weken, 36 plaatsen per jaar), de Internationale Schakelklassen op drie locaties (ruim "
                  "500 nieuwkomers) en de zorgklassen havo/vwo op twee scholen.",
                  "Speciaal: de vijf vso-scholen in het verband en, voor een klein aantal leerlingen, vso-scholen daarbuiten. Daarnaast "
                  "bestaan drie onderwijs-zorgarrangementen waarin een vso-school en een jeugdhulpaanbieder samenwerken."]),
          ("p", "Leerlingen in het OPDC en de rebound blijven ingeschreven bij hun eigen school of keren na het traject terug naar een "
                "reguliere school; het OPDC-traject duurt maximaal twee jaar. De zorgklassen zijn bedoeld voor leerlingen met autisme of "
                "angstklachten die het onderwijs in een grote groep niet aankunnen.")]
    b += [("h1", "6 Thuiszitters en de Plaatsingstafel"),
          ("p", "Het verband hanteert de regel dat geen jongere langer dan vier weken zonder passend onderwijs thuis zit. Een school die "
                "een aangemelde leerling niet kan plaatsen, houdt zorgplicht en meldt de leerling binnen tien werkdagen bij de Plaatsingstafel. "
                "Aan die tafel zitten een consulent van het verband, een leerplichtambtenaar en vertegenwoordigers van de scholen en de "
                "bovenschoolse voorzieningen; zij wijzen binnen drie weken een school of voorziening aan."),
          ("p", "Eens per kwartaal analyseert het verband de casussen van de Plaatsingstafel op patronen. Wanneer dezelfde vraag steeds "
                "terugkomt – zoals in 2025 bij jongeren met een combinatie van autisme en hoogbegaafdheid – stelt het bestuur een werkgroep in "
                "die binnen een half jaar een voorstel doet voor een passend aanbod. Het aantal thuiszitters daalde tussen 2022 en 2025 van "
                "58 naar 41.")]
    # --- plaatsing partial: procedure yes, criteria only on website
    b += [("h1", "7 Toelaatbaarheid"),
          ("p", "Voor toelating tot het vso is een toelaatbaarheidsverklaring nodig. De aanvraag wordt gedaan door de school waar de leerling "
                "is ingeschreven, via de Centrale Toewijzingscommissie (CTC) van het verband. De school levert het groeidocument aan, met de "
                "evaluatie van de ondersteuning van het afgelopen jaar en de zienswijze van ouders. Twee deskundigen – een orthopedagoog of "
                "psycholoog en een tweede deskundige die past bij de vraag van de leerling – adviseren ieder afzonderlijk. De CTC besluit binnen "
                "acht weken en legt de bekostigingscategorie en de duur van de TLV vast. Tegen het besluit kan binnen zes weken bezwaar worden "
                "gemaakt; het bestuur laat zich daarbij adviseren door de Landelijke Bezwaaradviescommissie."),
          ("p", "De inhoudelijke criteria die de CTC hanteert, zijn opgenomen in het Reglement Toelaatbaarheid op www.swvmaasstede.nl. "
                "Voor lwoo en praktijkonderwijs volgt het verband de landelijke criteria; aanvragen worden vóór 1 maart door de vo-school "
                "ingediend bij de CTC, die binnen vier weken beslist.")]
    # --- resultaten: present
    b += [("h1", "8 Kwaliteit en resultaten"),
          ("p", "Wij willen dat leerlingen met een ondersteuningsbehoefte hun school afmaken met een diploma of een passende vervolgstap, "
                "zo veel mogelijk in een reguliere school. Daarom hebben we voor deze planperiode vijf beoogde resultaten geformuleerd."),
          ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2029"],
                     ["Iedere jongere op school", "Aantal thuiszitters op 1 oktober", "41", "< 20"],
                     ["Thuisnabij", "Deelnamepercentage vso", "3,6%", "3,2%"],
                     ["Succesvolle trajecten", "OPDC-leerlingen met diploma of vervolgplek", "71%", "85%"],
                     ["Snelle toewijzing", "Besluiten CTC binnen 8 weken", "82%", "100%"],
                     ["Tevredenheid", "Rapportcijfer scholen over het verband", "6,8", "7,5"]]),
          ("p", "De directeur-bestuurder rapporteert elk kwartaal aan de Raad van Toezicht over deze indicatoren, op basis van het "
                "dashboard met gegevens uit de eigen registratie, DUO en leerplicht. Jaarlijks verantwoorden we in het jaarverslag welke "
                "resultaten zijn bereikt en wat dat heeft gekost; de OPR bespreekt het jaarverslag. In het voorjaar van 2028 volgt een "
                "tussentijdse evaluatie met scholen, ouders en gemeenten, en in 2029 peilen we opnieuw de tevredenheid van scholen en ouders.")]
    # --- ouders partial: informatie yes, steunpunt deferred
    b += [("h1", "9 Ouders"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Het verband informeert ouders over de ondersteuning via de "
                "ouderpagina op de website, de brochure 'Passend onderwijs in Maasstede' die iedere school bij aanmelding meegeeft, en "
                "informatieavonden in de drie gemeenten voor ouders van leerlingen in groep 8. De scholen beschrijven hun eigen ondersteuning in "
                "de schoolgids."),
          ("p", "Een ouder- en jeugdsteunpunt is in voorbereiding. Hoe het steunpunt eruit gaat zien en waar het ondergebracht wordt, "
                "bepalen we zodra de nieuwe wettelijke regels in werking zijn getreden.")]
    # --- financien: present, under "Geld en middelen"
    b += [("h1", "10 Geld en middelen"),
          ("p", "De middelen van het verband bestaan uit het rijksbudget voor lichte en zware ondersteuning, verminderd met de afdrachten "
                "voor het vso. Het bestuur verdeelt de middelen volgens het onderstaande model; wijzigingen van het model vergen instemming "
                "van de Algemene Vergadering."),
          ("table", [["Onderdeel", "Verdeelcriterium", "Bedrag 2026"],
                     ["Schoolbudgetten", "€ 165 per leerling (teldatum 1 oktober) plus vaste voet € 20.000 per school", "€ 5.580.000"],
                     ["OPDC Maasstede", "140 plaatsen à € 11.000", "€ 1.540.000"],
                     ["Rebound Op de Rails", "Vast budget", "€ 610.000"],
                     ["ISK-ondersteuning", "€ 900 per nieuwkomer", "€ 459.000"],
                     ["Zorgklassen havo/vwo", "2 scholen à € 180.000", "€ 360.000"],
                     ["Bureau en consulenten", "Formatieplan", "€ 1.150.000"]]),
          ("p", "De meerjarenbegroting laat zien hoe de middelen zich de komende jaren ontwikkelen. Door dalende vso-afdrachten neemt de "
                "ruimte voor schoolbudgetten licht toe."),
          ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbudget", "21.430", "21.610", "21.700", "21.760"],
                     ["Afdrachten vso (DUO)", "-11.790", "-11.600", "-11.450", "-11.300"],
                     ["Schoolbudgetten", "5.580", "5.720", "5.850", "5.960"],
                     ["Bovenschoolse voorzieningen", "2.969", "2.990", "3.010", "3.030"],
                     ["Bureau en consulenten", "1.150", "1.170", "1.190", "1.210"],
                     ["Resultaat", "-59", "130", "200", "260"]]),
          ("p", "Schoolbesturen verantwoorden de besteding van hun schoolbudget jaarlijks in een korte rapportage aan het verband.")]
    b += [("h1", "11 Governance en medezeggenschap")] + filler_governance(c)
    b += [("h1", "12 Gemeenten en jeugdhulp"),
          ("p", "Met de drie gemeenten werken we samen in een gezamenlijke agenda onderwijs-jeugd. Op iedere school is een jeugdprofessional "
                "van het wijkteam beschikbaar, en de gemeenten financieren mee aan de onderwijs-zorgarrangementen. In het OOGO bespreken we "
                "daarnaast leerlingenvervoer, huisvesting van het OPDC en de aansluiting op de arbeidsmarkt.")]
    b += [("h1", "13 Personeel, ICT en planning")] + filler_personeel(c) + filler_ict(c) + filler_kennis(c) + filler_planning(c)
    b += [("p", "Leerlingen die het vmbo verlaten, stromen door naar het mbo. In de overdracht zetten we in op een warme overdracht en een "
                "uitstroomperspectief dat in het laatste jaar met de leerling wordt besproken.")]
    b += glossary(COMMON_GLOSSARY)
    b += abbreviations(VO_ABBR)
    return c, b


# ---------------------------------------------------------------------------
# Plan 3: PO Lindeweide (docx)
# ---------------------------------------------------------------------------

def plan_lindeweide():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Lindeweide", code="PO 99-12", regio="Lindeweide", periode="2026-2030",
             besturen="14", opr="10", jaar0="2025", oogo_datum="11 februari 2026", opr_datum="4 maart 2026",
             vast_datum="18 maart 2026", bestuurder="mr. A. Dijkgraaf", ieder="Ieder kind", kind="kind", gemeenten="de gemeente Lindeweide en de gemeente Oud-Beemster",
             scholen="68 basisscholen, 2 scholen voor speciaal basisonderwijs en 3 so-locaties", leerlingen="17.900", jaar_kg="1 oktober 2025",
             kengetallen=[["Schoolbesturen", "14"], ["Basisscholen", "68"], ["Sbo-scholen", "2"], ["So-locaties", "3"],
                          ["Leerlingen", "17.926"]])
    b = [("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")", "Elk kind een plek",
                    "Vastgesteld op 18 maart 2026"]),
         ("toc", ["Voorwoord ... 2", "1 Inleiding ... 3", "2 Ons verband in beeld ... 4", "3 Visie, missie en koers ... 5",
                  "4 Wat elke school in Lindeweide waarmaakt ... 7", "5 Het ondersteuningsaanbod ... 9", "6 Toelaatbaarheid sbo en so ... 11",
                  "7 Resultaten en kwaliteitszorg ... 13", "8 Samen met ouders ... 14", "9 Financiën ... 15",
                  "10 Organisatie ... 17", "11 Samenwerking met gemeenten ... 18", "12 Personeel, ICT en planning ... 19",
                  "Begrippenlijst ... 22", "Bijlage 3 Handreiking Toelaatbaarheid ... 23"])]
    cc = dict(c)
    b += filler_voorwoord(cc)
    b[-1] = ("p", "We realiseren ons dat een plan slechts het begin is. Het komt aan op wat er in de klas gebeurt en op de bereidheid om "
                  "samen verantwoordelijkheid te nemen voor kinderen voor wie het niet vanzelf gaat.\n\nmr. A. Dijkgraaf, directeur-bestuurder")
    b += [("h1", "1 Inleiding"),
          ("p", "Dit plan beschrijft hoe de basisscholen, de sbo-scholen en de so-scholen in Lindeweide en Oud-Beemster samenwerken. Het "
                "plan is geschreven voor schoolbesturen, leerkrachten en intern begeleiders, maar ook voor ouders die willen weten hoe passend "
                "onderwijs in onze regio is geregeld. Waar in dit plan 'school' staat, bedoelen we iedere vestiging van een aangesloten "
                "bestuur."),
          ("p", "Onze scholen werken resultaatgericht en hebben de basis op orde: op de eindtoets scoren de scholen gemiddeld rond het "
                "landelijk gemiddelde, en de Inspectie beoordeelde bij haar laatste bezoek alle scholen als voldoende of goed.")]
    b += filler_context(c, "2 ")
    b += filler_visie(c, "3 ")
    # --- basisondersteuning present
    b += [("h1", "4 Wat elke school in Lindeweide waarmaakt"),
          ("p", "Alle 68 basisscholen in het verband hebben afgesproken wat zij, als gezamenlijke ondergrens, ieder kind bieden. Dit noemen we "
                "de basisondersteuning. Het is voor ouders een belofte: op welke school in Lindeweide of Oud-Beemster uw kind ook zit, dit "
                "is er altijd, zonder aanvraag of wachttijd."),
          ("ul", ["Een intern begeleider met minimaal één dag per week per 200 leerlingen, die leerkrachten coacht en het aanspreekpunt is voor ouders.",
                  "Handelingsgericht werken: iedere groep heeft een groepsplan en een groepsbespreking, minimaal drie keer per jaar.",
                  "Een dyslexieprotocol met vroegtijdige signalering vanaf groep 2 en extra leesbegeleiding in groep 3 en 4.",
                  "Een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de groep, en deelname aan de plusklas van het bestuur.",
                  "Een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol.",
                  "Een ondersteuningsteam met een orthopedagoog van het verband en de jeugdverpleegkundige, dat minimaal vier keer per jaar bijeenkomt.",
                  "Een aanpak voor kinderen die het Nederlands nog niet goed beheersen, met extra taaltijd in kleine groepjes.",
                  "Een protocol medisch handelen en afspraken over het toedienen van medicijnen."]),
          ("p", "Om te weten of scholen deze afspraken nakomen, bezoekt de orthopedagoog van het verband iedere school eenmaal per jaar voor "
                "een gesprek over de basisondersteuning aan de hand van een kijkwijzer.")]
    # --- dekkend partial: continuum yes, lacunes no
    b += [("h1", "5 Het ondersteuningsaanbod"),
          ("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, kan de school een arrangement aanvragen. Het aanbod is "
                "opgebouwd in vier stappen: basisondersteuning in de eigen groep; een arrangement in de eigen school, uitgevoerd door een "
                "specialist van het expertiseteam van het verband (gedrag, taal/lezen, rekenen, jonge kind); een plaats in een bovenschoolse "
                "groep, zoals de observatiegroep De Kiem voor kleuters of de taalklas voor nieuwkomers; en ten slotte het speciaal "
                "basisonderwijs (sbo De Kwikstaart en sbo Het Baken) of het speciaal onderwijs (so De Linde voor cluster 3 en so Horizon "
                "voor cluster 4)."),
          ("p", "Het expertiseteam bestaat uit twaalf specialisten die op afroep beschikbaar zijn. Een arrangement heeft een looptijd van "
                "maximaal een jaar en wordt na afloop geëvalueerd met school en ouders. Voor kinderen met een ernstige meervoudige beperking "
                "werkt so De Linde samen met het kinderdagcentrum van de zorgaanbieder in Oud-Beemster.")]
    # --- plaatsing partial: criteria yes, procedure in absent bijlage 3
    b += [("h1", "6 Toelaatbaarheid sbo en so"),
          ("p", "Voor een plaats in het sbo of so is een toelaatbaarheidsverklaring van het verband nodig. Hoe een school de verklaring "
                "aanvraagt, welke stappen daarbij worden doorlopen en wie beslist, is beschreven in de Handreiking Toelaatbaarheid (bijlage 3)."),
          ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de basisschool heeft ten minste een "
                "jaar een arrangement geboden en dat aantoonbaar geëvalueerd; het kind heeft een ontwikkelingsperspectief met een uitstroom "
                "naar het vmbo basis- of kaderberoepsgerichte leerweg of lager; en het kind heeft behoefte aan een kleine groep en een "
                "specialistische aanpak gedurende de hele schooldag. Een leerling is toelaatbaar tot het so als bovendien sprake is van een "
                "verstandelijke, lichamelijke of meervoudige beperking (cluster 3) of van ernstige gedrags- of psychiatrische problematiek "
                "waarvoor een combinatie van onderwijs en zorg nodig is (cluster 4)."),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt twee schooljaren en heeft "
                "bekostigingscategorie laag, tenzij de deskundigen een hogere categorie onderbouwen."),
          ("h2", "6.1 Terugplaatsing"),
          ("p", "Wij vinden dat het sbo en het so geen eindstation hoeven te zijn. Waar een kind zich zo heeft ontwikkeld dat het in een "
                "basisschool verder kan, heeft terugkeer naar een school dicht bij huis de voorkeur. Voorwaarde is dat de ontvangende school "
                "het ontwikkelingsperspectief kan waarmaken; de basisschool ontvangt daarvoor een terugkeerarrangement van twintig weken "
                "begeleiding door een leerkracht van de sbo- of so-school, betaald door het verband. Hoe de evaluatiemomenten en de "
                "besluitvorming over terugkeer precies verlopen, werken wij in het schooljaar 2026-2027 samen met de sbo- en so-scholen uit.")]
    # --- resultaten missing
    b += [("h1", "7 Resultaten en kwaliteitszorg"),
          ("p", "p.m. — Dit hoofdstuk wordt ingevuld zodra de evaluatie van het vorige ondersteuningsplan is afgerond.")]
    # --- ouders present, unusual wording
    b += [("h1", "8 Samen met ouders"),
          ("p", "Ouders kennen hun kind het best. Daarom willen we dat ouders weten waar zij aan toe zijn. Iedere school geeft bij de "
                "inschrijving de 'Wegwijzer passend onderwijs Lindeweide' mee, waarin staat wat de basisondersteuning inhoudt, welke "
                "arrangementen en bovenschoolse groepen er zijn en hoe een plaats in het sbo of so tot stand komt. De Wegwijzer staat ook op "
                "onze website, en de orthopedagogen houden maandelijks een spreekuur op wisselende scholen waar ouders zonder afspraak kunnen "
                "binnenlopen."),
          ("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan kosteloos een beroep doen op een onafhankelijke "
                "ouderondersteuner van het Steunpunt Ouders Lindeweide, dat los van de scholen en het verband functioneert, of op een "
                "onderwijsconsulent van de landelijke Onderwijsconsulenten. Bij een verschil van mening over toelating, verwijdering of het "
                "ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs.")]
    # --- financien partial: besteding yes (meerjarenbegroting), verdeling deferred
    b += [("h1", "9 Financiën"),
          ("p", "Het verband ontvangt jaarlijks ruim 13 miljoen euro aan ondersteuningsmiddelen. Het grootste deel gaat via DUO rechtstreeks "
                "naar het speciaal onderwijs. De onderstaande meerjarenbegroting laat zien waaraan het verband de middelen besteedt."),
          ("table", [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Ondersteuningsmiddelen rijk", "13.210", "13.140", "13.080", "13.020"],
                     ["Afdracht so (DUO)", "5.920", "5.870", "5.800", "5.760"],
                     ["Afdracht sbo en groeibekostiging", "2.310", "2.290", "2.270", "2.250"],
                     ["Budgetten schoolbesturen", "2.700", "2.720", "2.760", "2.780"],
                     ["Expertiseteam en arrangementen", "1.380", "1.400", "1.410", "1.420"],
                     ["Bovenschoolse groepen", "520", "520", "530", "530"],
                     ["Bureau en bestuur", "430", "440", "450", "460"],
                     ["Saldo", "-50", "-100", "-140", "-180"]]),
          ("p", "Het negatieve saldo is bewust: het verband bouwt de reserve af tot het niveau van de signaleringswaarde. De verdeelsleutel "
                "waarmee de budgetten over de schoolbesturen worden verdeeld, wordt nog vastgesteld; tot dat moment geldt het overgangsbesluit "
                "van het bestuur.")]
    b += [("h1", "10 Organisatie")] + filler_governance(c) + filler_bureau(c) + filler_risico(c)
    b += [("h1", "11 Samenwerking met gemeenten"),
          ("p", "Met de gemeenten Lindeweide en Oud-Beemster voert het verband het op overeenstemming gericht overleg. Onderwerpen zijn "
                "onder meer de inzet van jeugdhulp op school, leerlingenvervoer, huisvesting, thuiszitters en de doorgaande lijn van "
                "voorschoolse voorziening naar basisschool. Samen met de gemeenten financieren wij een schoolmaatschappelijk werker voor iedere "
                "school en een jeugdverpleegkundige in elk ondersteuningsteam.")]
    b += [("h1", "12 Personeel, ICT en planning")] + filler_personeel(c) + filler_ict(c) + filler_kennis(c) + filler_planning(c)
    b += [("p", "De overstap naar het voortgezet onderwijs bereiden we voor samen met het samenwerkingsverband VO. Leerlingen van groep 8 "
                "krijgen een warme overdracht; voor leerlingen uit het sbo en so is er een extra overdrachtsgesprek.")]
    b += glossary(COMMON_GLOSSARY[:7] + [("Sbo", "speciaal basisonderwijs."), ("So", "speciaal onderwijs, cluster 3 en 4."),
                                          ("Kwaliteitszorg", "het systematisch bewaken en verbeteren van de kwaliteit van het verband."),
                                          COMMON_GLOSSARY[9]])
    return c, b


# ---------------------------------------------------------------------------
# Plan 4: VO Rijnstad-Oost (pdf)
# ---------------------------------------------------------------------------

def plan_rijnstad():
    c = dict(naam="Samenwerkingsverband VO Rijnstad-Oost", code="VO 99-21", regio="Rijnstad-Oost", periode="2026-2030",
             besturen="22", opr="14", jaar0="2025", oogo_datum="20 januari 2026", opr_datum="24 februari 2026",
             vast_datum="10 maart 2026", bestuurder="drs. P. Ramdin", gemeenten="de stadsdelen Oost en Zuidoost van Rijnstad",
             scholen="36 vo-scholen, 4 scholen voor praktijkonderwijs en 6 vso-scholen", leerlingen="31.200", jaar_kg="1 oktober 2025",
             kengetallen=[["Schoolbesturen", "22"], ["Vo-scholen", "36"], ["Praktijkonderwijs", "4"], ["Vso-scholen", "6"],
                          ["Leerlingen", "31.246"]])
    b = [("title", ["Ondersteuningsplan Rijnstad-Oost 2026-2030", "Koers houden in een veranderende stad", c["naam"] + " (" + c["code"] + ")"]),
         ("toc", ["Voorwoord", "1 Ons verband in beeld", "2 Visie, missie en koers", "3 De ondergrens: wat elke vestiging biedt",
                  "4 Dekkend aanbod en thuiszitters", "5 Toewijzing en toelaatbaarheid", "6 Na de TLV", "7 Beoogde en bereikte resultaten",
                  "8 Financiën", "9 Bestuur en medezeggenschap", "10 OOGO", "11 Personeel, ICT en planning", "Begrippenlijst", "Afkortingen"])]
    b += [("h1", "Voorwoord"),
          ("p", "Rijnstad-Oost verandert snel. Nieuwe wijken, nieuwe scholen, nieuwe jongeren. Dit plan beschrijft hoe de 22 besturen in "
                "Oost en Zuidoost de komende vier jaar samen verantwoordelijk blijven voor elke jongere die extra ondersteuning nodig heeft. We "
                "hebben het plan opgesteld met schoolleiders, ondersteuningscoördinatoren en jeugdprofessionals. Het is bewust geen dik boek "
                "geworden; we kiezen voor heldere afspraken, ook waar die ongemakkelijk zijn."),
          ("p", "Ik dank iedereen die de afgelopen maanden heeft meegedacht, en in het bijzonder de leden van de OPR voor hun kritische "
                "vragen. Die hebben het plan beter gemaakt.\n\ndrs. P. Ramdin, directeur-bestuurder")]
    b += filler_context(c, "1 ")
    b += [("h1", "2 Visie, missie en koers"),
          ("p", "Onze visie is eenvoudig: iedere jongere in Rijnstad-Oost gaat naar school, leert en krijgt perspectief. We geloven in "
                "thuisnabij onderwijs en in scholen die elkaar helpen. Onze missie is scholen in staat te stellen elke jongere een passende "
                "plek te bieden, met middelen, expertise en een netwerk van partners."),
          ("p", "Voor deze planperiode kiezen we drie koersuitspraken: eerst de school, dan bovenschools; niemand thuis; en de middelen "
                "volgen de leerling. Deze uitspraken komen terug in de hoofdstukken hierna. Jongeren en hun ouders, leraren en partners "
                "moeten ons op deze uitspraken kunnen aanspreken.")] + filler_leerlingstem(c)
    # --- basisondersteuning present, unusual wording
    b += [("h1", "3 De ondergrens: wat elke vestiging biedt"),
          ("p", "De 22 besturen hebben een collectieve afspraak gemaakt over wat iedere vestiging van iedere school in Rijnstad-Oost, "
                "inclusief het praktijkonderwijs, aan ondersteuning in huis heeft. Die afspraak is de ondergrens; geen vestiging zakt daar "
                "onder. Concreet betekent dit dat op elke vestiging aanwezig is:"),
          ("ul", ["een ondersteuningscoördinator en een vast ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts;",
                  "een orthopedagoog of psycholoog die minimaal een dagdeel per week op de vestiging aanwezig is;",
                  "begeleiding bij dyslexie en dyscalculie volgens het regionale protocol;",
                  "trainingen in sociale vaardigheden en faalangstreductie;",
                  "een opvangruimte met toezicht tijdens alle lesuren, waar leerlingen tot rust kunnen komen;",
                  "een mentoraat met individuele coachingsgesprekken;",
                  "huiswerkbegeleiding of een studiecentrum na schooltijd, minimaal drie middagen per week."]),
          ("p", "Ieder voorjaar bespreekt de consulent van het verband met de schoolleiding of de ondergrens overal wordt gehaald.")]
    # --- dekkend partial: continuum deferred, lacunes yes
    b += [("h1", "4 Dekkend aanbod en thuiszitters"),
          ("p", "Een beschrijving van het samenhangende geheel van voorzieningen binnen en tussen de scholen volgt in de Koersnotitie "
                "Aanbod 2026, die het bestuur na de zomer vaststelt. Tot die tijd verwijzen wij naar de sociale kaart op onze website."),
          ("p", "Wat wel vaststaat, is onze aanpak van jongeren die buiten de boot vallen. Op 1 oktober 2025 stonden 52 jongeren als "
                "thuiszitter geregistreerd. Elke school meldt een leerling die twee weken niet of nauwelijks op school is geweest bij het "
                "Verzuimteam van het verband en leerplicht. Binnen tien schooldagen ligt er een terugkeerplan. Is er na zes weken geen "
                "passende plek, dan gaat de casus naar de Tafel van Morgen, waar verband, gemeente en zorgaanbieders samen beslissen en de "
                "directeur-bestuurder een plaats kan toewijzen aan een school. Uit de casussen van de Tafel van Morgen maken we elk half jaar "
                "een overzicht van ontbrekend aanbod, dat het bestuur gebruikt om voorzieningen uit te breiden of te wijzigen. Scholen houden "
                "zorgplicht totdat de jongere elders is ingeschreven.")]
    # --- plaatsing missing
    b += [("h1", "5 Toewijzing en toelaatbaarheid"),
          ("p", "De route naar het vso, het praktijkonderwijs en het leerwegondersteunend onderwijs wordt opnieuw ingericht. Het nieuwe "
                "Handboek Toewijzing verschijnt in het najaar van 2026. Tot dat moment blijft de huidige werkwijze van kracht.")]
    # --- terugstroom present, only in table
    b += [("h1", "6 Na de TLV"),
          ("p", "Onderstaand overzicht laat zien wat er gebeurt wanneer de geldigheid van een toelaatbaarheidsverklaring afloopt."),
          ("table", [["Fase", "Wanneer", "Wie", "Wat"],
                     ["Uitgangspunt", "Altijd", "Verband en vso-scholen", "Een vso-plaatsing is tijdelijk waar dat kan: leerlingen die het "
                      "kunnen, stromen terug naar regulier vo in de eigen wijk; voorwaarde is een haalbaar OPP in de reguliere school."],
                     ["Evaluatie", "Jaarlijks, in maart", "Vso-school", "Evaluatie van het OPP met de vraag of terugkeer naar regulier vo mogelijk is."],
                     ["Besluit", "Laatste TLV-jaar, vóór 1 april", "Consulent verband en vso-school", "Advies over verlenging of overstap; "
                      "de directeur-bestuurder besluit vóór 1 mei."],
                     ["Overstap", "Start schooljaar of na een vakantie", "Ontvangende vo-school", "Plaatsing met een overstaparrangement van "
                      "een half jaar ambulante begeleiding door de vso-school, betaald door het verband (€ 5.000 per leerling)."],
                     ["Nazorg", "Drie en zes maanden na overstap", "Consulent verband", "Evaluatiegesprek; zo nodig verlenging van het arrangement."]]),
          ("p", "In 2024-2025 stapten 17 leerlingen over van het vso naar een reguliere school.")]
    # --- resultaten present
    b += [("h1", "7 Beoogde en bereikte resultaten"),
          ("table", [["Resultaat", "Bereikt 2021-2025", "Beoogd 2030"],
                     ["Thuiszitters", "van 81 naar 52", "maximaal 25"],
                     ["Leerlingen in vso", "4,1% (2025)", "3,6%"],
                     ["Overstap vso-regulier", "17 per jaar", "30 per jaar"],
                     ["Doorlooptijd plaatsing Tafel van Morgen", "gemiddeld 9 weken", "maximaal 6 weken"]]),
          ("p", "We meten deze resultaten twee keer per jaar, op 1 oktober en 1 april, met gegevens uit onze registratie, DUO en leerplicht. "
                "De uitkomsten staan in een dashboard dat de scholen en het bestuur kunnen raadplegen. Eén keer per jaar bespreken we de "
                "resultaten met de schoolleiders, waarna het bestuur besluit over bijstelling. In het jaarverslag rapporteren we over de "
                "bereikte resultaten en de bijbehorende kosten.")]
    # --- financien present
    b += [("h1", "8 Financiën"),
          ("p", "De middelen volgen de leerling. Na aftrek van de afdrachten voor het vso gaat 75% van het budget naar de schoolbesturen, "
                "verdeeld naar rato van het aantal leerlingen op 1 oktober met een vaste voet van € 30.000 per vestiging. De overige 25% "
                "wordt ingezet voor het Verzuimteam, de consulenten en de bovenschoolse arrangementen. Het bestuur stelt de verdeling jaarlijks "
                "in november vast."),
          ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten", "23.900", "24.050", "24.100", "24.150"],
                     ["Afdrachten vso", "-12.400", "-12.300", "-12.200", "-12.100"],
                     ["Schoolbesturen (75%)", "8.625", "8.813", "8.925", "9.038"],
                     ["Verzuimteam en consulenten", "1.480", "1.500", "1.520", "1.540"],
                     ["Bovenschoolse arrangementen", "1.395", "1.437", "1.455", "1.472"],
                     ["Saldo", "0", "0", "0", "0"]])]
    b += [("h1", "9 Bestuur en medezeggenschap")] + filler_governance(c, parents_in_opr=False) + filler_bureau(c) + filler_risico(c) + filler_cyclus(c) + filler_communicatie_prof(c)
    b += [("h2", "Groei van de stad en nieuwe scholen"),
          ("p", "In de komende planperiode worden in Oost en Zuidoost ruim 12.000 woningen opgeleverd. Twee besturen openen daarom een "
                "nieuwe school, en een derde bestuur breidt een bestaande vestiging uit. Nieuwe scholen sluiten vanaf de eerste dag aan bij "
                "het verband en nemen deel aan de netwerken van schoolleiders en ondersteuningscoördinatoren. Het verband begeleidt de "
                "startende teams in het eerste jaar met een inwerkprogramma."),
          ("p", "De groei brengt ook vragen over bereikbaarheid met zich mee. Veel jongeren reizen lange afstanden met het openbaar "
                "vervoer, en de nieuwe wijken zijn nog niet overal goed ontsloten. Samen met de stadsdelen verkennen we hoe de spreiding van "
                "scholen beter kan aansluiten op de woonwijken. Daarbij kijken we ook naar de plek van sport- en cultuurvoorzieningen in de "
                "buurt van de scholen, omdat een rijke schooldag voor veel jongeren in deze wijken het verschil maakt."),
          ("p", "Voor de schoolbesturen betekent de groei dat zij in korte tijd veel nieuwe collega's moeten werven en inwerken. Het "
                "verband ondersteunt dat met een gezamenlijk introductieprogramma voor nieuwe mentoren, waarin aandacht is voor het "
                "werken met groepen met grote verschillen, voor het signaleren van verzuim en voor het samenwerken met de jeugdprofessional "
                "op school. Het programma bestaat uit vier bijeenkomsten verspreid over het eerste schooljaar en wordt afgesloten met een "
                "gezamenlijke terugkomdag."),
          ("h1", "10 OOGO"),
          ("p", "Met de gemeente Rijnstad, stadsdelen Oost en Zuidoost, voert het verband jaarlijks op overeenstemming gericht overleg. "
                "Gemeente en verband financieren samen de jeugdprofessionals op de scholen en de Tafel van Morgen. Andere onderwerpen zijn "
                "leerlingenvervoer en onderwijshuisvesting.")]
    b += [("h1", "11 Personeel, ICT en planning")] + filler_personeel(c) + filler_ict(c) + filler_kennis(c) + filler_planning(c)
    b += glossary(COMMON_GLOSSARY)
    b += abbreviations(VO_ABBR)
    return c, b


# ---------------------------------------------------------------------------
# Plan 5: VO Zuidrand (html, "op hoofdlijnen")
# ---------------------------------------------------------------------------

def plan_zuidrand():
    c = dict(naam="Samenwerkingsverband VO Zuidrand Metropool", code="VO 99-30", regio="Zuidrand", periode="2026-2030",
             besturen="16", opr="12", jaar0="2025", oogo_datum="5 februari 2026", opr_datum="3 maart 2026",
             vast_datum="17 maart 2026", bestuurder="dr. S. Yilmaz", gemeenten="de gemeenten Zuidrand, Havenmeer en Polderdam",
             scholen="27 vo-scholen en 4 vso-scholen", leerlingen="24.600", jaar_kg="1 oktober 2025",
             kengetallen=[["Schoolbesturen", "16"], ["Vo-scholen", "27"], ["Vso-scholen", "4"], ["Leerlingen", "24.611"]])
    b = [("title", ["Ondersteuningsplan op hoofdlijnen 2026-2030", c["naam"] + " (" + c["code"] + ")",
                    "Basisondersteuning – toewijzing – terugplaatsing – financiën – dekkend aanbod – resultaten – ouders"]),
         ("toc", ["Voorwoord", "1 Waarom een plan op hoofdlijnen", "2 Ons verband in beeld", "3 Visie, missie en koers",
                  "4 Basisondersteuning", "5 Ondersteuningsaanbod en thuiszitters", "6 Toelaatbaarheid vso, pro en lwoo",
                  "7 Terugplaatsing", "8 Resultaten", "9 Informatie en steun voor ouders", "10 Financiën",
                  "11 Governance", "12 Personeel, ICT en planning", "Begrippenlijst"])]
    b += filler_voorwoord(c)
    b += [("h1", "1 Waarom een plan op hoofdlijnen"),
          ("p", "Dit is een beleidsplan op hoofdlijnen. Het plan beschrijft wat het verband wil bereiken; de scholen bepalen zelf hoe zij "
                "dat in hun eigen praktijk vormgeven. De uitwerking volgt in jaarplannen, reglementen en notities die het bestuur in de loop van "
                "de planperiode vaststelt. Zo houden we het plan wendbaar in een tijd waarin de landelijke regels voor passend onderwijs "
                "veranderen, onder meer door de komst van een landelijke norm voor basisondersteuning."),
          ("p", "In de vorige planperiode lag de nadruk op het stroomlijnen van de toewijzing. Voor de komende jaren leggen we de nadruk op "
                "de samenwerking tussen scholen, het terugdringen van administratieve lasten en het versterken van de positie van jongeren.")]
    b += filler_context(c, "2 ")
    b += filler_visie(c, "3 ") + filler_wetgeving(c) + filler_leerlingstem(c)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Het niveau van de basisondersteuning en de voorzieningen die daarbij horen, stellen we in de loop van 2027 vast, wanneer "
                "duidelijk is wat de landelijke norm voor basisondersteuning inhoudt. Tot die tijd blijven de huidige afspraken van kracht.")]
    b += [("h1", "5 Ondersteuningsaanbod en thuiszitters"),
          ("p", "Een actueel overzicht van de arrangementen en voorzieningen in de regio staat op www.swvzuidrand.nl/aanbod. De aanpak van "
                "thuiszitters wordt beschreven in de regionale thuiszittersaanpak die de gemeenten en het verband in 2026 gezamenlijk opstellen.")]
    # --- plaatsing present
    b += [("h1", "6 Toelaatbaarheid vso, pro en lwoo"),
          ("p", "Een aanvraag voor een toelaatbaarheidsverklaring voor het vso wordt ingediend door het bevoegd gezag van de school waar de "
                "leerling is ingeschreven of aangemeld, bij de Toewijzingscommissie van het verband. Bij de aanvraag horen het OPP, een "
                "verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling. Een orthopedagoog of psycholoog en een "
                "tweede deskundige geven ieder een schriftelijk advies. De Toewijzingscommissie besluit binnen zes weken en stelt de duur "
                "(één tot drie schooljaren, eindigend op 31 juli) en de bekostigingscategorie vast. Ouders kunnen binnen zes weken bezwaar maken; "
                "het verband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
          ("p", "De commissie verklaart een leerling toelaatbaar tot het vso als (1) de ondersteuningsbehoefte op meerdere terreinen "
                "(leren, gedrag, sociaal-emotioneel, medisch) dusdanig is dat een reguliere school ook met een arrangement niet in staat is "
                "het OPP te realiseren, (2) de ondersteuning in het regulier onderwijs ten minste een half jaar is geëvalueerd, en (3) beide "
                "deskundigen bevestigen dat de leerling aangewezen is op het vso. Voor toelaatbaarheid tot het praktijkonderwijs en voor "
                "lwoo hanteert het verband de landelijke criteria (pro: IQ 55-80 en leerachterstanden van ten minste 50% op twee domeinen; "
                "lwoo: IQ 75-90 of 91-120 met sociaal-emotionele problematiek, en leerachterstanden van 25% tot 50%). De vo-school vraagt "
                "lwoo en pro aan vóór 1 maart; de commissie beslist binnen vier weken.")]
    # --- terugstroom partial: procedure yes, beleid deferred
    b += [("h1", "7 Terugplaatsing"),
          ("p", "De vso-school evalueert het OPP van iedere leerling minimaal twee keer per jaar. In het laatste schooljaar van de TLV "
                "neemt de vso-school uiterlijk 1 februari het initiatief tot een overleg met ouders, de leerling en de consulent van het "
                "verband over verlenging of overplaatsing naar het regulier vo. De vso-school dient vóór 1 april een advies in bij de "
                "Toewijzingscommissie, die vóór 15 mei besluit. Besluit de commissie niet tot een nieuwe TLV, dan eindigt de verklaring op "
                "31 juli en meldt de vso-school de leerling aan bij een reguliere school."),
          ("p", "Welk beleid het verband ten aanzien van terugplaatsing voert – de doelen, de voorwaarden en de begeleiding na terugkeer – "
                "bepaalt het bestuur na de evaluatie in 2027.")]
    # --- resultaten partial: monitoring yes, doelen deferred
    b += [("h1", "8 Resultaten"),
          ("p", "De beoogde resultaten voor deze planperiode formuleren we na de nulmeting in het schooljaar 2026-2027."),
          ("p", "We volgen de ontwikkelingen met een monitor die vier keer per jaar wordt geactualiseerd, met gegevens over toewijzingen, "
                "verzuim en thuiszitters, deelname aan het vso en doorlooptijden. De directeur-bestuurder bespreekt de kwartaalrapportage met "
                "de Raad van Toezicht en de schoolleiders. Jaarlijks verschijnt een jaarverslag waarin we verantwoorden wat is bereikt, en de OPR "
                "ontvangt de monitor tweemaal per jaar.")]
    # --- ouders partial: steunpunt yes, informatie no
    b += [("h1", "9 Informatie en steun voor ouders"),
          ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, beschrijven we in het communicatieplan dat in 2026 wordt "
                "opgesteld."),
          ("p", "Ouders en jongeren die vragen hebben of het niet eens zijn met een school of het verband, kunnen terecht bij het "
                "Ouder- en Jeugdsteunpunt Zuidrand. Het steunpunt is ondergebracht bij een onafhankelijke stichting, is bereikbaar via telefoon, "
                "e-mail en een wekelijks spreekuur, en helpt kosteloos. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten en op de "
                "Geschillencommissie passend onderwijs.")]
    # --- financien missing
    b += [("h1", "10 Financiën"),
          ("p", "p.m. De verdeling van de middelen en de meerjarenbegroting worden vastgelegd in het Financieel Kader, dat het bestuur "
                "jaarlijks vaststelt. Zie de website.")]
    b += [("h1", "11 Governance")] + filler_governance(c) + filler_bureau(c) + filler_risico(c) + filler_cyclus(c)
    b += [("p", "Het op overeenstemming gericht overleg over dit plan met de gemeenten Zuidrand, Havenmeer en Polderdam vond plaats op "
                "5 februari 2026.")]
    b += [("h1", "12 Personeel, ICT en planning")] + filler_personeel(c) + filler_ict(c) + filler_kennis(c) + filler_planning(c)
    b += glossary(COMMON_GLOSSARY)
    return c, b


# ---------------------------------------------------------------------------
# Near-miss: jaarverslag 2024 of an SWV (docx)
# ---------------------------------------------------------------------------

def jaarverslag_havenkwartier():
    c = dict(naam="Samenwerkingsverband VO Havenkwartier", code="VO 99-44", regio="Havenkwartier", besturen="18", opr="12",
             periode="2022-2026")
    b = [("title", ["Jaarverslag 2024", c["naam"] + " (" + c["code"] + ")", "Bestuursverslag en jaarrekening over het kalenderjaar 2024"]),
         ("toc", ["Voorwoord", "1 Het jaar 2024 in vogelvlucht", "2 Uitvoering van het ondersteuningsplan 2022-2026",
                  "3 Basisondersteuning", "4 Toelaatbaarheid en terugplaatsing", "5 Thuiszitters en dekkend aanbod", "6 Ouders",
                  "7 Bestuur, toezicht en medezeggenschap", "8 Financieel verslag", "9 Jaarrekening 2024", "Controleverklaring"])]
    b += [("h1", "Voorwoord"),
          ("p", "Met genoegen bieden wij u het jaarverslag 2024 aan. Dit verslag legt verantwoording af over het beleid en de financiën "
                "van het afgelopen kalenderjaar. Het beleid zelf is vastgelegd in het ondersteuningsplan 2022-2026; in dit verslag blikken we "
                "terug op wat we in 2024 in uitvoering daarvan hebben gedaan."),
          ("h1", "1 Het jaar 2024 in vogelvlucht"),
          ("p", "2024 was een jaar van consolidatie. Het aantal toelaatbaarheidsverklaringen bleef stabiel, het aantal thuiszitters daalde "
                "en het verband sloot het jaar af met een klein positief resultaat. De Inspectie bezocht het verband in oktober en "
                "beoordeelde de standaarden als voldoende."),
          ("table", [["Kengetal", "2023", "2024"], ["Leerlingen (1 oktober)", "21.410", "21.536"], ["Afgegeven TLV's vso", "212", "208"],
                     ["Terugplaatsingen vso naar vo", "11", "14"], ["Thuiszitters (peildatum 1 oktober)", "39", "31"],
                     ["Deelname vso", "3,8%", "3,7%"]]),
          ("h1", "2 Uitvoering van het ondersteuningsplan 2022-2026"),
          ("p", "Het ondersteuningsplan 2022-2026 kent vijf speerpunten. Hieronder rapporteren we per speerpunt de voortgang in 2024. "
                "Het ondersteuningsplan zelf is te vinden op onze website; dit jaarverslag herhaalt de inhoud ervan niet."),
          ("ul", ["Basisondersteuning op orde: alle 29 scholen hebben de audit basisondersteuning doorlopen; twee scholen werken aan een verbeterplan.",
                  "Snelle toewijzing: 91% van de TLV-besluiten werd binnen zes weken genomen (2023: 84%).",
                  "Thuisnabij: de deelname aan het vso daalde licht naar 3,7%.",
                  "Niemand thuis: het aantal thuiszitters daalde van 39 naar 31.",
                  "Ouders betrokken: de ouderpanels kwamen drie keer bijeen."]),
          ("h1", "3 Basisondersteuning"),
          ("p", "In 2024 is de tweejaarlijkse audit van de basisondersteuning afgerond. De auditoren bezochten alle scholen en spraken met "
                "ondersteuningscoördinatoren, mentoren en leerlingen. Twee scholen voldeden nog niet op de standaard voor het "
                "ondersteuningsteam; zij hebben een verbeterplan opgesteld dat in 2025 opnieuw wordt getoetst."),
          ("h1", "4 Toelaatbaarheid en terugplaatsing"),
          ("p", "De Commissie Toewijzing nam in 2024 208 besluiten over toelaatbaarheid tot het vso, waarvan 196 toekenningen. Er werden "
                "vier bezwaarschriften ingediend; in drie gevallen werd het bezwaar ongegrond verklaard, één bezwaar werd ingetrokken na "
                "een gesprek. Veertien leerlingen maakten de overstap van het vso naar een reguliere vo-school, drie meer dan in 2023."),
          ("h1", "5 Thuiszitters en dekkend aanbod"),
          ("p", "Het Thuiszittersoverleg besprak in 2024 97 jongeren. Voor 71 van hen is een passende plek gevonden. Het OPDC werkte met "
                "een wachtlijst van gemiddeld vijf weken; de ISK ving 388 nieuwkomers op. Met de gemeente is afgesproken om in 2025 een "
                "onderwijs-zorgarrangement te starten voor jongeren met psychiatrische problematiek."),
          ("h1", "6 Ouders"),
          ("p", "In 2024 bezochten ruim 600 ouders de informatieavonden van het verband. Het Ouder- en Jeugdsteunpunt Havenkwartier "
                "behandelde 142 vragen, vooral over toelating en over het ontwikkelingsperspectief. De brochure voor ouders is herzien en "
                "vertaald in vier talen."),
          ("h1", "7 Bestuur, toezicht en medezeggenschap")]
    b += filler_governance(dict(c, naam=c["naam"]))[1:]
    b += [("p", "De OPR vergaderde in 2024 zes keer en besprak onder meer de voortgang van het ondersteuningsplan, de begroting 2025 en de "
                "voorbereiding van het nieuwe ondersteuningsplan 2026-2030, waarvoor in het najaar de eerste werksessies plaatsvonden."),
          ("h1", "8 Financieel verslag"),
          ("p", "Het verband sloot 2024 af met een positief resultaat van € 184.000, tegenover een begroot tekort van € 120.000. Het "
                "verschil wordt vooral verklaard door lagere afdrachten aan het vso en door vacatures bij de consulenten. De middelen zijn "
                "verdeeld volgens het verdeelmodel uit het ondersteuningsplan: € 171 per leerling plus een vaste voet per school."),
          ("table", [["(x € 1.000)", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
                     ["Baten", "17.820", "17.905", "17.330"], ["Afdrachten vso", "-9.040", "-8.870", "-8.790"],
                     ["Schoolbudgetten", "4.610", "4.605", "4.480"], ["Bovenschoolse voorzieningen", "3.150", "3.110", "3.020"],
                     ["Personeel bureau", "1.140", "1.136", "1.080"], ["Resultaat", "-120", "184", "-40"]]),
          ("p", "Het weerstandsvermogen bedroeg ultimo 2024 6,1% van de baten en ligt daarmee onder de signaleringswaarde van de Inspectie. "
                "De schoolbesturen hebben over 2024 verantwoord hoe zij hun schoolbudget hebben besteed; de rapportages zijn besproken in "
                "het directeurenoverleg."),
          ("h1", "9 Jaarrekening 2024"),
          ("p", "De jaarrekening is opgesteld volgens Titel 9 Boek 2 BW en de Regeling jaarverslaggeving onderwijs. Balans per 31 december "
                "2024: vaste activa € 212.000, vlottende activa € 3.480.000, eigen vermogen € 1.092.000, voorzieningen € 310.000, kortlopende "
                "schulden € 2.290.000. De jaarrekening is op 12 juni 2025 door de Raad van Toezicht goedgekeurd."),
          ("h1", "Controleverklaring"),
          ("p", "De controleverklaring van de onafhankelijke accountant is opgenomen in de separaat gepubliceerde jaarrekening. De accountant "
                "heeft een goedkeurende verklaring afgegeven, zowel ten aanzien van de getrouwheid als van de rechtmatigheid.")]
    return c, b


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_of(el, crit):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    return vals


def label_yaml(documents, sector, crit_true, advisory, notes, status_override=None):
    crit = {k: (k in crit_true) for k in CORE}
    elements = {}
    for el in ELEMENTS:
        vals = status_of(el, crit)
        if all(vals):
            st = "present"
        elif any(vals) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        elements[el] = st
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: \"{notes[el]}\"")
    return "\n".join(lines) + "\n", elements


DOCS = []


def main():
    made = []
    # 1 Amstelmonde, docx
    c, b = plan_amstelmonde()
    name = "vo-amstelmonde-ondersteuningsplan-2026-2030.docx"
    render_docx(b, OUT / name, "Ondersteuningsplan 2026-2030 | SWV VO Amstelmonde | basisondersteuning · toelaatbaarheid · financiën",
                "Samenwerkingsverband VO Amstelmonde – VO 99-03 – versie 24 maart 2026")
    made.append((name, words(b)))
    y, _ = label_yaml([name], "vo",
                      {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                       "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum",
                       "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
                      {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                       "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                       "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                      {"basisondersteuning": "H4: shared minimum for all 41 vestigingen; the twelve standards (content) exist only in a table; 4.1 borging via kwaliteitskaart/audit.",
                       "plaatsing": "H7.1-7.5: aanvraag via Loket, steps with termijnen, Commissie Toewijzing, vso criteria a-c, pro/lwoo national criteria, LBT bezwaar.",
                       "terugstroom": "Hidden in H7.6 'Na afloop van de verklaring' (no 'terugplaatsing' heading): perspectiefgesprek by 1 Feb, besluit by 1 May, overstaparrangement EUR 4.500; aims/conditions stated.",
                       "financien": "H10 'Geld': verdeelmodel (vaste voet, per leerling, per plaats) is concrete; the meerjarenbegroting is only 'als bijlage 6 gevoegd' and that annex is absent (TOC lists it) -> besteding not addressed.",
                       "dekkend-aanbod": "H5 continuum table (zorgklassen, rebound, OPDC, ISK, OZA, vso); H6 thuiszitters overleg, witte-vlekkenanalyse, zorgplicht.",
                       "resultaten": "H8 'Ambities 2030' gives streefwaarden (doelen) but monitoring is deferred to a monitoringskader to be developed in 2026-2027.",
                       "ouders": "Inside H9 'Communicatie' 9.1 'Voor gezinnen': Ouderwijzer in six languages, informatieavonden; OJSP Amstelmonde, Onderwijsconsulenten, GPO."})
    (OUT / "vo-amstelmonde-ondersteuningsplan-2026-2030.expected.yaml").write_text(y, encoding="utf-8")

    # 2 Maasstede, pdf
    c, b = plan_maasstede()
    name = "vo-maasstede-op-2026-2030.pdf"
    docx_to_pdf(b, OUT / name, "SWV VO Maasstede – Ondersteuningsplan 2026-2030 – Ouders · Terugplaatsing · Resultaten",
                "VO 99-07 | definitieve versie maart 2026")
    made.append((name, words(b)))
    y, _ = label_yaml([name], "vo",
                      {"basisondersteuning.niveau", "plaatsing.procedure", "financien.verdeling", "financien.besteding",
                       "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
                       "ouders.informatie"},
                      {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
                       "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                      {"basisondersteuning": "H4 defines the agreed minimum for all 33 schools (niveau) but content is only the four Referentiekader aspects plus 'zie het SOP'; overview deferred to 2027.",
                       "plaatsing": "H7: procedure via CTC with deskundigen, 8 weeks, bezwaar; the criteria are only 'in het Reglement Toelaatbaarheid op de website', pro/lwoo only 'landelijke criteria' without stating them.",
                       "terugstroom": "Missing: only glossary entry 'Terugplaatsing' and near-misses (return from OPDC/rebound to regular school, doorstroom naar mbo, terugblik); nothing on vso->vo.",
                       "financien": "Under 'Geld en middelen': verdeelcriteria table with amounts and a meerjarenbegroting 2026-2029 table.",
                       "dekkend-aanbod": "H5 three layers (school, OPDC/rebound/ISK/zorgklassen, vso/OZA); H6 Plaatsingstafel, zorgplicht, quarterly gap analysis.",
                       "resultaten": "H8 table of beoogde resultaten with nulmeting/streefwaarde; quarterly dashboard reporting, jaarverslag, mid-term evaluation 2028.",
                       "ouders": "H9: ouderpagina, brochure, informatieavonden (informatie); OJSP only 'in voorbereiding', no independent help named -> steunpunt not addressed."})
    (OUT / "vo-maasstede-op-2026-2030.expected.yaml").write_text(y, encoding="utf-8")

    # 3 Lindeweide PO, docx
    c, b = plan_lindeweide()
    name = "po-lindeweide-ondersteuningsplan.docx"
    render_docx(b, OUT / name, "Ondersteuningsplan 2026-2030 – SWV PPO Lindeweide – resultaten en kwaliteitszorg",
                "PO 99-12 · Elk kind een plek")
    made.append((name, words(b)))
    y, _ = label_yaml([name], "po",
                      {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.beleid",
                       "financien.besteding", "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"},
                      {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "financien": ["reserves"],
                       "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                      {"basisondersteuning": "H4 'Wat elke school in Lindeweide waarmaakt': common minimum for all 68 schools with concrete list; yearly kijkwijzer visit.",
                       "plaatsing": "H6: sbo/so criteria stated (and TLV duration/category), but the procedure (who applies, steps, who decides) is only in 'Handreiking Toelaatbaarheid (bijlage 3)', which is absent.",
                       "terugstroom": "H6.1 inside the TLV chapter: policy (no eindstation, thuisnabij, condition, terugkeerarrangement 20 weken) but the procedure is deferred to 2026-2027.",
                       "financien": "H9: meerjarenbegroting 2026-2029 with amounts (besteding); the verdeelsleutel over besturen 'wordt nog vastgesteld' -> verdeling not addressed.",
                       "dekkend-aanbod": "H5 four-step continuum (expertiseteam, De Kiem, taalklas, sbo, so); gaps/thuiszitters only as an OOGO topic word and in the glossary.",
                       "resultaten": "Missing: chapter 7 'Resultaten en kwaliteitszorg' contains only 'p.m.'; 'resultaatgericht' and eindtoets scores in H1 are school quality, not SWV results.",
                       "ouders": "H8 'Samen met ouders': Wegwijzer, spreekuur; Steunpunt Ouders Lindeweide (independent), Onderwijsconsulenten, GPO."})
    (OUT / "po-lindeweide-ondersteuningsplan.expected.yaml").write_text(y, encoding="utf-8")

    # 4 Rijnstad-Oost, pdf
    c, b = plan_rijnstad()
    name = "vo-rijnstad-oost-op-2026-2030.pdf"
    docx_to_pdf(b, OUT / name, "Ondersteuningsplan Rijnstad-Oost 2026-2030 | Toewijzing en toelaatbaarheid | Ouders",
                "SWV VO Rijnstad-Oost (VO 99-21)")
    made.append((name, words(b)))
    y, _ = label_yaml([name], "vo",
                      {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
                       "financien.verdeling", "financien.besteding", "dekkend-aanbod.lacunes", "resultaten.doelen",
                       "resultaten.monitoring"},
                      {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                       "resultaten": ["meetbaar"]},
                      {"basisondersteuning": "H3 'De ondergrens': collective agreement for every vestiging incl. pro, with concrete list.",
                       "plaatsing": "Missing: H5 only says the route to vso/pro/lwoo will be in the Handboek Toewijzing (najaar 2026); TLV appears only in headings, glossary and the H6 table about expiry.",
                       "terugstroom": "H6 'Na de TLV': policy and procedure exist only inside a table (uitgangspunt, jaarlijkse evaluatie, besluit voor 1 mei, overstaparrangement EUR 5.000, nazorg).",
                       "financien": "H8: 75/25 verdeling with per-leerling and vaste voet, decided each November; meerjarenbegroting table.",
                       "dekkend-aanbod": "H4: continuum deferred to 'Koersnotitie Aanbod 2026' and a website sociale kaart; lacunes addressed (Verzuimteam, Tafel van Morgen, overzicht ontbrekend aanbod, zorgplicht).",
                       "resultaten": "H7 bereikt/beoogd table plus twice-yearly measurement, dashboard, yearly discussion, jaarverslag.",
                       "ouders": "Missing: no information channels or independent help; 'ouders' only in passing (visie, voorwoord), OJSP only in glossary/abbreviations, OPR composition without parents."})
    (OUT / "vo-rijnstad-oost-op-2026-2030.expected.yaml").write_text(y, encoding="utf-8")

    # 5 Zuidrand, html
    c, b = plan_zuidrand()
    name = "vo-zuidrand-ondersteuningsplan-hoofdlijnen.html"
    render_html(b, OUT / name, "Samenwerkingsverband VO Zuidrand Metropool – Ondersteuningsplan", "© Samenwerkingsverband VO Zuidrand Metropool · VO 99-30")
    made.append((name, words(b)))
    y, _ = label_yaml([name], "vo",
                      {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "resultaten.monitoring",
                       "ouders.steunpunt"},
                      {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "ouders": ["betrokkenheid"]},
                      {"basisondersteuning": "Missing: H4 defers level and voorzieningen to 2027 (landelijke norm); only TOC, title page and glossary otherwise.",
                       "plaatsing": "H6: vso procedure (bevoegd gezag, Toewijzingscommissie, two deskundigen, 6 weeks, duration, category, LBT) and criteria incl. pro/lwoo.",
                       "terugstroom": "H7: procedure with evaluation moments, initiative by 1 Feb, advice by 1 April, decision by 15 May, end 31 July; policy (aims, conditions, support) deferred to after 2027 evaluation.",
                       "financien": "Missing: H10 'p.m.', refers to a Financieel Kader and the website.",
                       "dekkend-aanbod": "Missing: H5 refers to a website overview and a thuiszittersaanpak still to be written; OOGO only mentioned as a procedural date.",
                       "resultaten": "H8: beoogde resultaten deferred until after nulmeting 2026-2027; monitoring (quarterly monitor, RvT, jaarverslag, OPR) is described.",
                       "ouders": "H9: information to parents deferred to a communicatieplan 2026; OJSP Zuidrand (independent stichting, spreekuur), Onderwijsconsulenten, GPO."})
    (OUT / "vo-zuidrand-ondersteuningsplan-hoofdlijnen.expected.yaml").write_text(y, encoding="utf-8")

    # 6 near-miss: jaarverslag
    c, b = jaarverslag_havenkwartier()
    name = "vo-havenkwartier-jaarverslag-2024.docx"
    render_docx(b, OUT / name, "Jaarverslag 2024 – Samenwerkingsverband VO Havenkwartier", "VO 99-44 · jaarverslag 2024")
    made.append((name, words(b)))
    y = (f"documents: [{name}]\nsector: vo\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\nnotes:\n"
         "  document: \"Annual report (bestuursverslag + jaarrekening 2024) of a VO samenwerkingsverband: reports TLV counts, "
         "terugplaatsingen, thuiszitters, OJSP, verdeelmodel and budget realisation, but looks back on a calendar year and refers to the "
         "ondersteuningsplan 2022-2026 on the website; it is not the plan itself (domain A.3 / 5.4).\"\n")
    (OUT / "vo-havenkwartier-jaarverslag-2024.expected.yaml").write_text(y, encoding="utf-8")

    for n, w in made:
        print(f"{n}: {w} words")


if __name__ == "__main__":
    sys.exit(main())
