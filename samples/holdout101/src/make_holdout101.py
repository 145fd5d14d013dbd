#!/usr/bin/env python3
"""Generate the holdout101 test set for opcheck.

Writes five fictional ondersteuningsplannen of samenwerkingsverbanden passend
onderwijs (four VO, one PO) and one near-miss document (a school-level
ondersteuningsplan of a VO school), plus one ``<name>.expected.yaml`` label
file per document, into the folder above this script.

Deterministic, no network. PDFs are rendered from a temporary .docx with
LibreOffice (``soffice --headless --convert-to pdf``); the intermediate .docx
is not kept.

Mini markup used for the document texts:
    %TITLE text     large title-page line        %PAGEBREAK   page break
    # / ## / ###    heading levels 1-3           > text       single line paragraph
    - text          bullet                       | a | b |    table row (first row = header)
    other lines     joined into a paragraph; a blank line ends it
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

BASE = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2025, 3, 1, 9, 0, 0)

CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


# ----------------------------------------------------------------- parsing
def parse(text):
    """Turn the mini markup into a list of (kind, payload) blocks."""
    blocks, para, rows, bullets = [], [], None, None

    def flush():
        nonlocal para, rows, bullets
        if para:
            blocks.append(("p", " ".join(para)))
            para = []
        if rows is not None:
            blocks.append(("table", rows))
            rows = None
        if bullets is not None:
            blocks.append(("ul", bullets))
            bullets = None

    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("|"):
            if rows is None:
                flush()
                rows = []
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if line.startswith("- "):
            if bullets is None:
                flush()
                bullets = []
            bullets.append(line[2:].strip())
            continue
        if rows is not None or bullets is not None:
            flush()
        if line.startswith("%TITLE "):
            flush()
            blocks.append(("title", line[7:].strip()))
        elif line == "%PAGEBREAK":
            flush()
            blocks.append(("pagebreak", None))
        elif line.startswith("### "):
            flush()
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            flush()
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(("h1", line[2:]))
        elif line.startswith("> "):
            flush()
            blocks.append(("line", line[2:]))
        else:
            para.append(line)
    flush()
    return blocks


def word_count(blocks):
    n = 0
    for kind, payload in blocks:
        if kind == "table":
            n += sum(len(c.split()) for row in payload for c in row)
        elif kind == "ul":
            n += sum(len(b.split()) for b in payload)
        elif payload:
            n += len(payload.split())
    return n


# ----------------------------------------------------------------- writers
def _normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so output is byte-stable."""
    tmp = path.with_name(path.name + ".h101tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    os.replace(tmp, path)


def write_docx(blocks, path, header="", footer="", title=""):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "holdout101"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "holdout101"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, payload in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(payload)
            r.bold = True
            r.font.size = Pt(22)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(payload, level=int(kind[1]))
        elif kind in ("p", "line"):
            doc.add_paragraph(payload)
        elif kind == "ul":
            for b in payload:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            ncol = max(len(r) for r in payload)
            t = doc.add_table(rows=len(payload), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(path)
    _normalise_zip(path)


def write_pdf(blocks, path, header="", footer="", title=""):
    """Render via a temporary .docx and LibreOffice; only the PDF is kept."""
    tmpdir = Path(tempfile.mkdtemp(prefix="h101_make_"))
    try:
        src = tmpdir / (path.stem + ".docx")
        write_docx(blocks, src, header, footer, title)
        profile = (tmpdir / "lo_profile").as_uri()
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile, "--headless",
             "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=300)
        shutil.move(str(tmpdir / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def write_html(blocks, path, header="", footer="", title=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    if header:
        out.append('<header class="site-header"><p>%s</p></header>' % e(header))
    out.append("<main>")
    for kind, payload in blocks:
        if kind == "title":
            out.append('<p class="titel"><strong>%s</strong></p>' % e(payload))
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (kind, e(payload), kind))
        elif kind in ("p", "line"):
            out.append("<p>%s</p>" % e(payload))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(b) for b in payload) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in payload[0]) + "</tr>"]
            for row in payload[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    if footer:
        out.append('<footer><p>%s</p></footer>' % e(footer))
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


WRITERS = {".docx": write_docx, ".pdf": write_pdf, ".html": write_html}


# ----------------------------------------------------------------- labels
def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, sector, looks_like_plan, elements=None,
                criteria=None, advisory=None, notes=None):
    lines = ["documents: [%s]" % ", ".join(documents),
             "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false")]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}"]
    else:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, elements[el]) for el in ELEMENTS))
        lines.append("criteria:")
        for el, cr in CORE:
            lines.append("  %s.%s: %s" % (el, cr, "true" if criteria["%s.%s" % (el, cr)] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory and advisory.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for key, val in (notes or {}).items():
        lines.append("  %s: %s" % (key, _q(val)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def status_from(criteria, advisory):
    """Part A status rule, used as a consistency check on the hand labels."""
    res = {}
    for el in ELEMENTS:
        core = [criteria["%s.%s" % (e, c)] for e, c in CORE if e == el]
        if all(core):
            res[el] = "present"
        elif any(core) or (advisory or {}).get(el):
            res[el] = "partial"
        else:
            res[el] = "missing"
    return res


DOCS = []  # filled below: dicts with name, ext, text, header, footer, title, label


# =================================================================== plan A
PLAN_A = r"""
%TITLE Ondersteuningsplan 2025-2029
%TITLE Samenwerkingsverband Voortgezet Onderwijs Dinkelstreek (VO 23-14)
> Samen sterk voor elke leerling in de Dinkelstreek
> Vastgesteld door het algemeen bestuur op 15 april 2025
> Instemming ondersteuningsplanraad: 8 april 2025
> OOGO met de gemeenten Dinkelhoven, Losserbroek, Ootmarsveen en Haaksveld: 26 maart 2025
%PAGEBREAK
# Inhoudsopgave
> Voorwoord 3
> 1 Inleiding en leeswijzer 4
> 2 Het samenwerkingsverband in beeld 5
> 3 Visie, missie en ambities 7
> 4 Basisondersteuning 9
> 5 Het ondersteuningscontinuüm en het dekkend aanbod 11
> 6 Toewijzing: toelaatbaarheid vso, pro en lwoo 14
> 7 Thuiszitters en verzuim 18
> 8 Samenwerking met gemeenten en jeugdhulp 19
> 9 Financiën en meerjarenbegroting 21
> 10 Kwaliteit en beoogde resultaten 24
> 11 Bezwaar, klachten en geschillen 26
> 12 Organisatie, governance en medezeggenschap 27
> 13 Personeel en professionalisering 29
> 14 Planning en vaststelling 30
> Bijlage 1 Afkortingen en begrippen 31
%PAGEBREAK
# Voorwoord
Voor u ligt het ondersteuningsplan 2025-2029 van het Samenwerkingsverband Voortgezet Onderwijs Dinkelstreek. Het is ons derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. In de afgelopen jaren hebben de elf scholen voor voortgezet (speciaal) onderwijs in onze regio veel bereikt: het aantal leerlingen dat zonder passend onderwijs thuis zit is gedaald, het OPDC heeft een vaste plek gekregen en de samenwerking met de vier gemeenten is hechter dan ooit. Tegelijk zien we dat de vragen van leerlingen complexer worden en dat de druk op mentoren en ondersteuningscoördinatoren toeneemt.

Dit plan is tot stand gekomen in gesprek met veel mensen: schoolleiders, ondersteuningscoördinatoren, leerlingen van de leerlingenraden, ouders uit de ondersteuningsplanraad, collega's van de jeugdhulp en beleidsmedewerkers van de gemeenten. Wij danken iedereen voor de openhartige gesprekken. Waar we het niet met elkaar eens waren, hebben we dat benoemd. Een ondersteuningsplan is geen eindpunt: het is de afspraak waarop we elkaar de komende vier jaar aanspreken.

Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven over wat leerlingen in de Dinkelstreek nodig hebben.

> Drs. H.J. Olthof-Brink, directeur-bestuurder
> Namens het algemeen bestuur van SWV VO Dinkelstreek

# 1 Inleiding en leeswijzer
Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan beschrijft hoe de aangesloten schoolbesturen ervoor zorgen dat alle leerlingen in de regio een zo passend mogelijke plek in het onderwijs krijgen. De wet schrijft voor welke onderwerpen in het plan aan de orde komen; in dit plan hebben we die onderwerpen geordend naar de route die een leerling met een ondersteuningsvraag doorloopt: van de basisondersteuning op school, via extra ondersteuning en bovenschoolse voorzieningen, naar het voortgezet speciaal onderwijs.

Hoofdstuk 2 schetst de regio en de scholen. Hoofdstuk 3 bevat onze visie en ambities. In de hoofdstukken 4 tot en met 8 beschrijven we de ondersteuning zelf, de toewijzing van voorzieningen en de samenwerking met gemeenten. Hoofdstuk 9 gaat over het geld, hoofdstuk 10 over wat we willen bereiken. De hoofdstukken 11 tot en met 14 gaan over bezwaar en geschillen, de organisatie, het personeel en de planning. In bijlage 1 vindt u een lijst met afkortingen en begrippen; passend onderwijs kent helaas veel jargon.

Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Jaarlijks vertalen we het plan in een jaarplan met een jaarbegroting. Wijzigingen van betekenis leggen we voor aan de ondersteuningsplanraad.

# 2 Het samenwerkingsverband in beeld
SWV VO Dinkelstreek is een stichting waarin zeven schoolbesturen samenwerken. Samen verzorgen zij voortgezet onderwijs op elf scholen en zestien vestigingen in de gemeenten Dinkelhoven, Losserbroek, Ootmarsveen en Haaksveld. Het gaat om twee scholengemeenschappen met vmbo, havo en vwo, drie categorale vmbo-scholen, twee scholen voor havo/vwo, één school voor praktijkonderwijs, één vso-school voor cluster 4 en één vso-school voor cluster 3 met een afdeling voor zeer moeilijk lerende leerlingen. Daarnaast beschikt het samenwerkingsverband over het OPDC De Brug en over een internationale schakelklas (ISK) die door de scholengemeenschap Het Dinkelland College wordt verzorgd.

Op 1 oktober 2024 telde het samenwerkingsverband 9.412 leerlingen, van wie 402 in het praktijkonderwijs en 318 in het voortgezet speciaal onderwijs. Het aantal leerlingen daalt de komende jaren licht: de prognose voor 2029 is 8.960 leerlingen. De krimp is het sterkst in het oosten van de regio, waar twee vestigingen met minder dan 300 leerlingen kwetsbaar zijn. Die krimp heeft gevolgen voor het aanbod en voor de middelen, zoals we in hoofdstuk 9 laten zien.

De regio is grotendeels landelijk. Veel leerlingen reizen dagelijks meer dan vijftien kilometer naar school. Voor leerlingen in het vso en het praktijkonderwijs is het leerlingenvervoer daardoor een belangrijk onderwerp in het overleg met de gemeenten. Ongeveer acht procent van de leerlingen volgt onderwijs buiten de regio, vooral in Enschede en Almelo; omgekeerd komen ook leerlingen van buiten de regio naar onze scholen.

# 3 Visie, missie en ambities
## 3.1 Onze visie
Wij geloven dat iedere jongere het recht heeft om zich te ontwikkelen in een omgeving die bij hem of haar past, zo dicht mogelijk bij huis en zo regulier als mogelijk. Ondersteuning hoort bij het gewone schoolleven; een leerling die extra hulp nodig heeft, is geen uitzondering maar een van de vele leerlingen die op enig moment iets extra's vraagt. Scholen, ouders, leerlingen en ketenpartners zijn gezamenlijk verantwoordelijk, maar de school neemt de regie en het samenwerkingsverband faciliteert.

## 3.2 Onze missie
Het samenwerkingsverband zorgt ervoor dat de scholen hun zorgplicht kunnen waarmaken. Dat doen we door middelen te verdelen, bovenschoolse voorzieningen te organiseren, expertise te delen en toelaatbaarheidsverklaringen af te geven. We zijn een lerende organisatie die de resultaten van haar inzet zichtbaar maakt en bijstuurt waar dat nodig is.

## 3.3 Ambities voor 2025-2029
Voor deze planperiode hebben we vier ambities geformuleerd. Ze zijn in hoofdstuk 10 vertaald in concrete resultaten.
- Elke leerling krijgt op zijn eigen school de basisondersteuning die we met elkaar hebben afgesproken.
- Geen leerling zit langer dan drie maanden thuis zonder passend aanbod.
- Leerlingen stromen waar het kan terug van bovenschoolse voorzieningen en vso naar het regulier onderwijs.
- Onderwijs en jeugdhulp werken in en om de school als één team.

# 4 Basisondersteuning
## 4.1 Wat verstaan we onder basisondersteuning?
Basisondersteuning is in de Dinkelstreek het geheel van preventieve en licht curatieve ondersteuning dat iedere vestiging van iedere aangesloten school biedt, binnen de eigen ondersteuningsstructuur en zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau in 2024 opnieuw vastgesteld. Het is een ondergrens: geen vestiging mag eronder zitten, en scholen mogen meer bieden. Het niveau geldt voor alle vestigingen, van het praktijkonderwijs tot het gymnasium; voor de vso-scholen geldt een eigen, hoger niveau dat hier niet wordt beschreven.

## 4.2 Wat mag een leerling op elke school verwachten?
De afspraken zijn vastgelegd in tien standaarden. Elke school verantwoordt in het kwaliteitsgesprek (paragraaf 4.3) hoe zij aan de standaarden voldoet.
| Standaard | Wat een leerling en zijn ouders op elke vestiging kunnen verwachten |
| 1 Mentoraat | Elke klas heeft een mentor met minimaal één uur per week mentortijd; de mentor voert ten minste drie keer per jaar een individueel gesprek met elke leerling. |
| 2 Ondersteuningscoördinator | Elke vestiging heeft een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen. |
| 3 Ondersteuningsteam | Elke vestiging heeft een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met een jeugdprofessional van de gemeente en de jeugdarts. |
| 4 Dyslexie en dyscalculie | Elke school werkt met het regionale protocol dyslexie en dyscalculie, inclusief voorleessoftware, extra tijd en aangepaste toetsing. |
| 5 Sociaal-emotioneel | Elke school biedt een training sociale vaardigheden en een faalangstreductietraining, en hanteert een anti-pestprogramma. |
| 6 Executieve functies | Elke school biedt begeleiding bij plannen en organiseren, waaronder huiswerkbegeleiding in kleine groepjes. |
| 7 Rustplek | Elke vestiging heeft een begeleide time-outruimte of rustplek met vaste begeleider tijdens lestijd. |
| 8 Medisch handelen | Elke school heeft een protocol medisch handelen en medicijnverstrekking. |
| 9 Orthopedagogische expertise | Elke vestiging heeft toegang tot een orthopedagoog of psycholoog voor observatie en handelingsadvies. |
| 10 Handelingsgericht werken | Elke school werkt planmatig: signaleren, analyseren, handelen en evalueren; voor leerlingen met extra ondersteuning wordt een ontwikkelingsperspectief (OPP) opgesteld en jaarlijks geëvalueerd. |

## 4.3 Borging
Twee keer per jaar voert de directeur-bestuurder een kwaliteitsgesprek met de schoolleiding over de standaarden, aan de hand van de Kwaliteitskaart Basisondersteuning. Voldoet een vestiging niet aan een standaard, dan stelt de school binnen drie maanden een verbeterplan op; het samenwerkingsverband kan daarbij tijdelijk expertise inzetten.

# 5 Het ondersteuningscontinuüm en het dekkend aanbod
## 5.1 Vier niveaus
We organiseren de ondersteuning in vier niveaus die op elkaar aansluiten. Een leerling beweegt zich tussen die niveaus afhankelijk van wat hij nodig heeft, en we streven ernaar dat een leerling zo kort als nodig op een hoger niveau verblijft.
- Niveau 1, basisondersteuning: de ondersteuning uit hoofdstuk 4, op elke vestiging.
- Niveau 2, extra ondersteuning op school: arrangementen die de school zelf inzet met de middelen lichte ondersteuning, zoals een plusgroep, een traject bij de trajectbegeleider, intensieve begeleiding bij autisme of een aangepast lesprogramma. Elke school legt deze arrangementen vast in haar interne ondersteuningsroute.
- Niveau 3, bovenschoolse voorzieningen: het OPDC De Brug (36 plaatsen, tijdelijke plaatsing van maximaal één jaar), de reboundvoorziening Op de Rails (12 plaatsen, maximaal twaalf weken), de ISK voor nieuwkomers (ongeveer 80 leerlingen) en de plusvoorziening voor overbelaste leerlingen in het laatste jaar van het vmbo.
- Niveau 4, speciaal: het praktijkonderwijs en het voortgezet speciaal onderwijs van cluster 3 en 4, waarvoor een toelaatbaarheidsverklaring nodig is.

## 5.2 Onderwijs-zorgarrangementen
Voor leerlingen bij wie onderwijs en zorg niet los van elkaar te zien zijn, maken we onderwijs-zorgarrangementen. Op het OPDC en de vso-school voor cluster 4 werkt een jeugdhulpaanbieder in de school. De gemeenten en het samenwerkingsverband dragen samen de kosten; de afspraken daarover staan in het convenant Onderwijs en Jeugdhulp Dinkelstreek 2024-2028.

## 5.3 Is ons aanbod dekkend?
Jaarlijks in het voorjaar houden we met de ondersteuningscoördinatoren een analyse van het aanbod. We verzamelen daarvoor de wachtlijsten van OPDC en vso, de meldingen van leerlingen voor wie geen passende plek is gevonden en de signalen van leerplicht. Uit de analyse van 2024 kwamen drie witte vlekken naar voren:
- er is geen passend aanbod voor hoogbegaafde leerlingen met ernstige angstklachten die het gewone rooster niet aankunnen;
- de wachttijd voor het OPDC liep in het voorjaar op tot tien weken;
- voor leerlingen van 16 en 17 jaar die niet meer naar het vmbo willen maar niet in het mbo terechtkunnen, ontbreekt een overbruggingsplek.
Voor de eerste witte vlek start in augustus 2026 een kleinschalige voorziening met twaalf plaatsen op Het Dinkelland College. Het OPDC breidt per 1 januari 2026 uit met acht plaatsen. Voor de derde witte vlek ontwikkelen we met het mbo en de gemeenten een Entreeplus-traject; het eerste cohort start in februari 2027. Als een school voor een aangemelde leerling geen passende plek kan vinden, schakelt zij binnen vier weken de trajectcoördinator van het samenwerkingsverband in, die binnen de regio een plek regelt. Zo dragen de besturen de zorgplicht gezamenlijk.

# 6 Toewijzing: toelaatbaarheid vso, pro en lwoo
## 6.1 Wie beslist?
Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Namens het bestuur neemt de Commissie Toewijzing Dinkelstreek (CTD) de besluiten. De commissie bestaat uit een voorzitter, een orthopedagoog-generalist, een GZ-psycholoog en een secretaris.

## 6.2 De procedure voor een toelaatbaarheidsverklaring vso
- Stap 1. De school waar de leerling staat ingeschreven of is aangemeld, bespreekt de leerling in het ondersteuningsteam en stelt vast dat de ondersteuningsbehoefte de mogelijkheden van niveau 1 tot en met 3 overstijgt.
- Stap 2. De school dient de aanvraag in via het digitale groeidocument bij het loket van het samenwerkingsverband. Het dossier bevat het OPP met ten minste één geëvalueerde periode, het onderwijskundig rapport, verslagen van het ondersteuningsteam, relevant diagnostisch onderzoek en de zienswijze van ouders en leerling.
- Stap 3. Het loket controleert binnen vijf werkdagen of het dossier compleet is.
- Stap 4. Twee deskundigen geven elk afzonderlijk een schriftelijk advies: altijd een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een kinder- en jeugdpsychiater, een maatschappelijk werker of een jeugdarts. De deskundigen zijn niet betrokken geweest bij de aanvraag.
- Stap 5. De CTD besluit binnen zes weken na ontvangst van het complete dossier. De school en de ouders ontvangen het besluit en de deskundigenadviezen.

## 6.3 Criteria voor toelaatbaarheid tot het vso
Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:
- de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 ingezet en geëvalueerd, en dat heeft onvoldoende effect gehad;
- de ondersteuningsbehoefte ligt op meerdere domeinen (leren, gedrag, sociaal-emotioneel, fysiek-medisch) tegelijk en vraagt om een specialistische groepsgrootte en pedagogisch klimaat;
- de leerling heeft een intensieve combinatie van onderwijs en zorg nodig die een reguliere school ook met inzet van een bovenschoolse voorziening niet kan bieden;
- de deskundigen onderschrijven dat het vso naar verwachting bijdraagt aan het behalen van het uitstroomperspectief.
De CTD kent de bekostigingscategorie laag, midden of hoog toe op basis van de aard van de beperking: laag voor cluster 4 en zml, midden voor langdurig zieke en lichamelijk gehandicapte leerlingen, hoog voor meervoudig gehandicapte leerlingen. Een TLV wordt in de regel afgegeven voor twee schooljaren; bij een duurzaam ondersteuningsprofiel kan de CTD een TLV afgeven tot het einde van de vso-periode.

## 6.4 Praktijkonderwijs en lwoo
Voor toelaatbaarheid tot het praktijkonderwijs hanteren we de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen begrijpend lezen, technisch lezen, spellen en inzichtelijk rekenen, waarvan één domein begrijpend lezen of inzichtelijk rekenen is. Voor lwoo volgt de Dinkelstreek eveneens de landelijke criteria. De aanvraag verloopt via dezelfde route als de vso-aanvraag, met dien verstande dat de basisschool het onderzoek aanlevert vóór 1 maart van groep 8. Aanwijzingen voor lwoo gelden voor de duur van de opleiding.

## 6.5 Terug naar het regulier onderwijs
Wij vinden dat een plaatsing in het vso of het praktijkonderwijs nooit vanzelfsprekend voor de hele schoolloopbaan hoeft te gelden. Ons uitgangspunt is dat een leerling teruggaat naar het regulier voortgezet onderwijs zodra zijn ondersteuningsbehoefte dat toelaat en er een school is die de benodigde begeleiding kan bieden. Voorwaarden zijn dat de leerling zelf wil, dat het uitstroomperspectief in het regulier onderwijs haalbaar is en dat de ontvangende school de ondersteuning uit het OPP kan voortzetten. Na de overstap krijgt de leerling gedurende maximaal één schooljaar een overstaparrangement: ambulante begeleiding door een medewerker van de vso-school, één dagdeel per week, en een vast aanspreekpunt op de nieuwe school. Het samenwerkingsverband bekostigt dit arrangement. Het stappenplan voor terug- en overplaatsing, met de momenten waarop en de personen door wie de afweging wordt gemaakt, stellen we in het schooljaar 2025-2026 op met de vso-scholen.

# 7 Thuiszitters en verzuim
Ondanks alle inspanningen zijn er leerlingen die langere tijd niet naar school gaan. In het schooljaar 2023-2024 registreerden de leerplichtambtenaren 27 thuiszitters in onze regio, van wie elf langer dan drie maanden. Elke school meldt een leerling die vier weken of langer ongeoorloofd verzuimt of zonder onderwijs thuis zit bij het Thuiszittersoverleg. Dit overleg komt elke twee weken bijeen en bestaat uit de trajectcoördinator van het samenwerkingsverband, een leerplichtambtenaar en een jeugdprofessional. Het overleg stelt binnen twee weken een plan op met een duidelijke eigenaar. Als partijen er niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht: zij kan een school of voorziening vragen een leerling tijdelijk op te vangen, waarbij het samenwerkingsverband de kosten draagt.

# 8 Samenwerking met gemeenten en jeugdhulp
Het samenwerkingsverband voert jaarlijks op overeenstemming gericht overleg (OOGO) met de vier gemeenten in de regio. Het OOGO over dit ondersteuningsplan vond plaats op 26 maart 2025; de gemeenten hebben ingestemd met de gezamenlijke agenda. Die agenda bevat vijf thema's:
- jeugdhulp in en om de school, met een jeugdprofessional per vestiging;
- thuiszitters en verzuim;
- leerlingenvervoer voor leerlingen van vso en praktijkonderwijs;
- de overgang van het vso en het praktijkonderwijs naar werk en dagbesteding;
- onderwijshuisvesting voor de uitbreiding van het OPDC.
Daarnaast voeren we overleg met het samenwerkingsverband PO in de regio over de overstap van groep 8 naar de brugklas. Voor leerlingen met een TLV so of sbo vindt altijd een warme overdracht plaats.

# 9 Financiën en meerjarenbegroting
## 9.1 Inkomsten
Het samenwerkingsverband ontvangt van DUO een budget voor lichte ondersteuning, een budget voor zware ondersteuning en de middelen voor lwoo en praktijkonderwijs. Op het budget voor zware ondersteuning houdt DUO de bekostiging van het vso in (de afdrachten). In 2025 bedragen de totale baten naar verwachting € 13,9 miljoen.

## 9.2 Verdeling van de middelen
Het algemeen bestuur stelt jaarlijks in december de verdeling vast volgens het verdeelmodel Dinkelstreek. Het model kent de volgende onderdelen:
- Vaste voet: elke vestiging ontvangt € 25.000 per jaar voor de ondersteuningsstructuur.
- Bedrag per leerling: de besturen ontvangen € 142 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar.
- Lwoo en pro: de lwoo-middelen gaan naar rato van het aantal aangewezen leerlingen naar de scholen met een lwoo-aanbod; de pro-middelen gaan volledig naar de school voor praktijkonderwijs.
- Bovenschoolse voorzieningen: het OPDC, de reboundvoorziening en de ISK krijgen een vast budget per plaats (€ 14.800 per OPDC-plaats).
- Arrangementen op aanvraag: voor maatwerk boven niveau 2 kan een school een aanvraag doen bij de CTD; de commissie toetst aan de criteria dat het OPP is geëvalueerd en dat het arrangement tijdelijk is.

## 9.3 Meerjarenbegroting
| Bedragen x € 1.000 | 2025 | 2026 | 2027 | 2028 |
| Baten rijksbijdragen | 13.940 | 13.705 | 13.460 | 13.220 |
| Afdrachten vso (DUO) | -4.380 | -4.410 | -4.350 | -4.300 |
| Beschikbaar | 9.560 | 9.295 | 9.110 | 8.920 |
| Vaste voet vestigingen | 400 | 400 | 375 | 375 |
| Bedrag per leerling naar besturen | 1.336 | 1.310 | 1.285 | 1.265 |
| Lwoo en pro naar scholen | 5.120 | 5.020 | 4.950 | 4.860 |
| OPDC, rebound en ISK | 1.080 | 1.200 | 1.200 | 1.200 |
| Arrangementen en thuiszitters | 520 | 520 | 500 | 480 |
| Personeel en organisatie SWV | 690 | 700 | 715 | 725 |
| Resultaat | 414 | 145 | 85 | 15 |

## 9.4 Reserves en verantwoording
Op 31 december 2024 bedroeg de algemene reserve € 2,1 miljoen. De signaleringswaarde voor bovenmatig eigen vermogen ligt voor ons verband op € 1,6 miljoen. Het meerdere zetten we in de planperiode in voor de uitbreiding van het OPDC. Schoolbesturen verantwoorden jaarlijks vóór 1 maart in een vast format welke ondersteuning zij met de middelen hebben gerealiseerd.

# 10 Kwaliteit en beoogde resultaten
Het samenwerkingsverband wil aan het eind van de planperiode de volgende resultaten hebben bereikt:
| Beoogd resultaat | Nulmeting 2024 | Doel 2029 |
| Alle vestigingen voldoen aan de tien standaarden basisondersteuning | 12 van 16 | 16 van 16 |
| Aantal thuiszitters langer dan drie maanden | 11 | maximaal 4 |
| Deelnamepercentage vso op 1 oktober | 3,4% | 3,0% |
| Leerlingen die na het OPDC terugkeren naar een reguliere school | 71% | 85% |
| Gemiddelde doorlooptijd TLV-aanvraag | 7,5 weken | 5 weken |
| Tevredenheid ouders over de ondersteuning (schaal 1-10) | 6,8 | 7,5 |
Deze resultaten zijn afgeleid van de ambities uit hoofdstuk 3. Op welke manier, met welke bronnen en hoe vaak we de voortgang meten en aan wie we daarover rapporteren, werken we uit in het jaarplan 2025-2026. Tot die tijd houden we de huidige werkwijze aan.

# 11 Bezwaar, klachten en geschillen
Ouders en leerlingen die het niet eens zijn met een besluit van het samenwerkingsverband over een toelaatbaarheidsverklaring, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) van Onderwijsgeschillen, die het bestuur adviseert over het bezwaar.

Soms lopen gesprekken tussen ouders en school vast, bijvoorbeeld over de ondersteuning die een leerling krijgt. Ouders en leerlingen kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Dinkelstreek. Het steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband: de medewerkers luisteren, geven informatie over rechten en mogelijkheden en gaan zo nodig mee naar een gesprek. Het steunpunt is bereikbaar via telefoon en app op werkdagen van 8.30 tot 17.00 uur. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten, die landelijk bemiddelen bij vastgelopen situaties. Over een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs. Voor klachten over het samenwerkingsverband zelf geldt de klachtenregeling van het samenwerkingsverband.

# 12 Organisatie, governance en medezeggenschap
Het samenwerkingsverband is een stichting. De besturen vormen samen het algemeen bestuur, dat de toezichthoudende taak uitoefent. De dagelijkse leiding ligt bij de directeur-bestuurder. Het bureau bestaat uit 6,4 fte: de directeur-bestuurder, een beleidsmedewerker, een controller (0,4 fte), twee trajectcoördinatoren, de secretaris van de CTD en een managementassistent. Het bureau is gehuisvest in Dinkelhoven.

De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden, drie ouders en drie leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en adviseert over de begroting. Ouders en leerlingen in de OPR brengen zo hun ervaringen in bij het beleid. De OPR vergadert zes keer per jaar en heeft een eigen budget voor scholing. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau en het OPDC.

## 12.1 Privacy
Voor de toewijzing van voorzieningen verwerkt het samenwerkingsverband persoonsgegevens, waaronder gegevens over gezondheid. We doen dat volgens de AVG en het privacyreglement van het samenwerkingsverband. Dossiers worden drie jaar na het besluit vernietigd. Het groeidocument is alleen toegankelijk voor de betrokken professionals.

## 12.2 ICT en gegevensuitwisseling
Het loket werkt met een digitaal groeidocument dat gekoppeld is aan de leerlingadministratiesystemen van de scholen. In 2026 vervangen we de huidige applicatie; de aanbesteding wordt samen met twee naburige samenwerkingsverbanden uitgevoerd. Resultaten van de gebruikerspeiling onder ondersteuningscoördinatoren nemen we mee in het programma van eisen.

# 13 Personeel en professionalisering
Passend onderwijs staat of valt met de leraren en ondersteuners in de school. Het samenwerkingsverband organiseert jaarlijks een professionaliseringsprogramma voor mentoren en ondersteuningscoördinatoren, met onder meer scholing over autisme, angst, trauma en het voeren van gesprekken met ouders. In de leerkring ondersteuningscoördinatoren delen de scholen elke zes weken kennis. Het personeel van het OPDC is in dienst van het samenwerkingsverband; we investeren in hun deskundigheid met een eigen scholingsbudget van € 1.200 per fte. De werkdruk van ondersteuningscoördinatoren is een blijvend aandachtspunt in het overleg met de besturen.

# 14 Planning en vaststelling
| Moment | Activiteit |
| 26 maart 2025 | OOGO met de gemeenten over het concept |
| 20 maart 2025 | Overleg met SWV PO Dinkelstreek |
| 8 april 2025 | Instemming ondersteuningsplanraad |
| 15 april 2025 | Vaststelling door het algemeen bestuur |
| 28 april 2025 | Toezending aan de inspectie |
| 1 augustus 2025 | Start planperiode |
| voorjaar 2027 | Tussenevaluatie met OPR en besturen |

# Bijlage 1 Afkortingen en begrippen
> AB: ambulante begeleiding
> Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden
> CTD: Commissie Toewijzing Dinkelstreek
> ISK: internationale schakelklas
> LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
> Lwoo: leerwegondersteunend onderwijs
> OJSP: ouder- en jeugdsteunpunt
> OOGO: op overeenstemming gericht overleg
> OPDC: orthopedagogisch-didactisch centrum
> OPP: ontwikkelingsperspectief(plan)
> OPR: ondersteuningsplanraad
> Pro: praktijkonderwijs
> Terugplaatsing: overstap van het vso naar het regulier voortgezet onderwijs
> TLV: toelaatbaarheidsverklaring
> Vso: voortgezet speciaal onderwijs
"""

DOCS.append(dict(
    name="h101-vo-dinkelstreek-2025-2029", ext=".docx", text=PLAN_A,
    title="Ondersteuningsplan 2025-2029 SWV VO Dinkelstreek",
    header="SWV VO Dinkelstreek | Ondersteuningsplan 2025-2029",
    footer="Ondersteuningsplan 2025-2029 - informatie voor ouders: www.swvdinkelstreek.nl",
    label=dict(
        sector="vo",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4.1 defines the binding minimum for every vestiging; 4.2 table lists ten concrete standards; 4.3 kwaliteitskaart (borging).",
            "plaatsing": "Ch. 6.2 five-step vso procedure with CTD, two separate deskundigen, 6-week term; 6.3 criteria list plus categorie and duration; 6.4 pro national criteria spelled out, lwoo route; bezwaar via LBT in ch. 11.",
            "terugstroom": "Only inside TLV chapter 6.5: policy (aim, conditions, one-year overstaparrangement) is addressed, but the stappenplan (who/when decides) is deferred to 2025-2026, so procedure not addressed.",
            "financien": "Ch. 9.2 verdeelmodel with vaste voet, per-leerling amount, lwoo/pro, per-place budget; 9.3 meerjarenbegroting 2025-2028 table; 9.4 reserves and verantwoording.",
            "dekkend-aanbod": "Ch. 5.1 four-level continuum with OPDC, rebound, ISK, vso/pro; 5.3 annual gap analysis with three witte vlekken and actions, zorgplicht via trajectcoordinator; ch. 7 thuiszitters; ch. 8 OOGO.",
            "resultaten": "Ch. 10 table of intended results with nulmeting and 2029 targets; how progress is measured/reported is deferred to the jaarplan 2025-2026 ('werken we uit'), so monitoring not addressed.",
            "ouders": "No text on how parents are informed about the support facilities (only a website URL in the running footer). Independent help (OJSP, Onderwijsconsulenten, geschillencommissie) sits in ch. 11 'Bezwaar, klachten en geschillen'; parents in OPR in ch. 12.",
        }),
))

# =================================================================== plan B
PLAN_B = r"""
%TITLE Koers 2025-2029
%TITLE Ondersteuningsplan Samenwerkingsverband VO Zeven Heuvels (VO 25-11)
> CONCEPT versie 0.9 ten behoeve van de ondersteuningsplanraad, 3 maart 2025
> Dit concept wordt na instemming van de OPR definitief vastgesteld door het bestuur.
%PAGEBREAK
# Inhoud
> Voorwoord
> 1 Terugblik op de planperiode 2021-2025
> 2 Onze koers: visie en uitgangspunten
> 3 Basisondersteuning in Zeven Heuvels
> 4 Het ondersteuningsaanbod in de regio
> 5 Toewijzing en toelaatbaarheid
> 5.1 Commissie Toewijzing
> 5.2 Toelaatbaarheid vso
> 5.3 Praktijkonderwijs en leerwegondersteuning
> 5.4 Terug- en overplaatsing
> 6 Middelen en verdeling
> 7 Resultaten en kwaliteitszorg
> 8 Ouders en leerlingen
> 9 Organisatie en medezeggenschap
> 10 Personeel, huisvesting en ICT
> 11 Van plan naar jaarplan
> Begrippenlijst
%PAGEBREAK
# Voorwoord
Met dit ondersteuningsplan zet het Samenwerkingsverband VO Zeven Heuvels de koers uit voor de jaren 2025 tot en met 2029. We hebben bewust gekozen voor een compact plan. Een ondersteuningsplan dat niemand leest, helpt geen enkele leerling. Daarom beschrijven we wat we met elkaar afspreken en wat leerlingen en ouders daarvan mogen verwachten, en laten we de uitwerking zoveel mogelijk over aan de scholen, die hun leerlingen het best kennen.

De afgelopen vier jaar waren bewogen. De coronaperiode liet diepe sporen na in het welbevinden van jongeren. Het lerarentekort raakte ook de ondersteuning: op meerdere scholen bleven vacatures voor ondersteuningscoördinatoren lang open. Tegelijk hebben we gezien hoeveel scholen, ouders en professionals voor elkaar over hebben. Dat vertrouwen is de basis voor dit plan.

Dit is een conceptversie. De ondersteuningsplanraad bespreekt het concept op 17 maart 2025. Opmerkingen uit die bespreking verwerken we in de definitieve versie.

> Marleen de Gooijer-Vos, voorzitter van het bestuur
> Ruud Altena, directeur

# 1 Terugblik op de planperiode 2021-2025
In het ondersteuningsplan 2021-2025 stonden drie speerpunten centraal: het versterken van de basisondersteuning, het verkorten van de doorlooptijd van aanvragen en het beter betrekken van ouders en leerlingen. Op alle drie de speerpunten is vooruitgang geboekt, maar niet overal zo veel als we hadden gehoopt.
| Speerpunt 2021-2025 | Doel | Bereikt in 2024 |
| Doorlooptijd aanvraag TLV | maximaal 6 weken | gemiddeld 5,8 weken |
| Ouders tevreden over contact met het samenwerkingsverband | 75% | 71% |
| Scholen met actuele ondersteuningsroute op de website | 100% | 88% |
| Deelname vso op 1 oktober | maximaal 3,5% | 3,6% |
De doorlooptijd is fors verbeterd sinds we in 2022 overstapten op een digitaal aanvraagsysteem. De tevredenheid van ouders steeg van 62 procent in 2021 naar 71 procent, maar bleef onder het doel. Het deelnamepercentage vso daalde niet. Mede daarom blijft de versterking van de basis ook in deze planperiode een speerpunt.

## 1.1 Wat we leerden van de vorige periode
Naast de cijfers hebben we in 2024 gesprekken gevoerd met ondersteuningscoördinatoren, mentoren en schoolleiders over de vorige planperiode. Drie lessen kwamen steeds terug. In de eerste plaats: afspraken op papier zijn pas iets waard als ze in de school bekend zijn. Veel mentoren wisten niet precies wat het samenwerkingsverband doet en wat zij van het bureau kunnen vragen. In de tweede plaats: de digitale aanvraag heeft veel opgeleverd, maar scholen ervaren nog steeds veel schrijfwerk. We gaan kritisch kijken naar de vragen in het aanvraagportaal. In de derde plaats: het werkt als mensen elkaar kennen. De netwerkbijeenkomsten voor ondersteuningscoördinatoren werden hoog gewaardeerd en krijgen een vervolg.

## 1.2 Wettelijk kader
Het ondersteuningsplan is gebaseerd op artikel 17a van de Wet op het voortgezet onderwijs, in de Wet voortgezet onderwijs 2020 opgenomen in paragraaf 2.4. Volgens de wet beschrijft het plan onder meer de basisondersteuning, de procedure en criteria voor de toelaatbaarheid tot het vso en het praktijkonderwijs en voor leerwegondersteuning, de terugplaatsing en overplaatsing van leerlingen uit het vso, de verdeling en besteding van de middelen, de beoogde en bereikte resultaten en de wijze waarop ouders worden geïnformeerd. De ondersteuningsplanraad heeft instemmingsrecht op het plan. Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht overleg met de gemeenten en overleg met het samenwerkingsverband PO. Het plan wordt vóór 1 mei voorafgaand aan de planperiode aan de inspectie gezonden.

# 2 Onze koers: visie en uitgangspunten
Het samenwerkingsverband is er voor alle jongeren van 12 tot 18 jaar in de gemeenten Heuvelrode, Amerzijl, Drieberg en Veenwouden. Onze koers laat zich samenvatten in vijf uitgangspunten.
- De leerling staat centraal, niet de regeling. Besluiten nemen we vanuit de vraag wat deze leerling nodig heeft.
- Regulier waar het kan, speciaal waar het moet.
- De school is eigenaar van de ondersteuning en het samenwerkingsverband is er om de school te helpen die rol waar te maken.
- We werken met vertrouwen en verantwoorden ons open over wat we doen en bereiken.
- Ouders en leerlingen zijn partners: we praten met hen, niet over hen.
Deze uitgangspunten zijn in 2024 besproken in vier regiobijeenkomsten met in totaal 140 deelnemers, onder wie leraren, mentoren, ouders, leerlingen en medewerkers van gemeenten. De opbrengst van die bijeenkomsten is verwerkt in dit plan.

Het samenwerkingsverband telt acht schoolbesturen met samen negentien vestigingen: vier brede scholengemeenschappen, vijf vmbo-vestigingen, twee vestigingen voor praktijkonderwijs en drie vso-scholen. Op 1 oktober 2024 stonden 11.240 leerlingen ingeschreven.

## 2.1 Samenhang met andere plannen
Dit ondersteuningsplan staat niet op zichzelf. De aangesloten besturen hebben elk een eigen strategisch beleidsplan, en de scholen werken met schoolplannen en jaarplannen. Bij het schrijven van dit plan hebben we die plannen naast elkaar gelegd. De rode draad is overal dezelfde: meer aandacht voor welbevinden, een sterkere rol van de mentor en een betere aansluiting tussen onderwijs en jeugdhulp. De gemeenten werken aan een nieuw jeugdbeleidsplan, dat in 2026 verschijnt; we hebben afgesproken dat de gemeenten ons daarover tijdig consulteren.

# 3 Basisondersteuning in Zeven Heuvels
Basisondersteuning is in Zeven Heuvels de ondersteuning die elke vestiging van elke aangesloten school aan iedere leerling biedt, zonder aanvraag bij het samenwerkingsverband en zonder extra middelen van het samenwerkingsverband. De besturen hebben afgesproken dat dit niveau op alle negentien vestigingen gelijk is; het gaat om een gezamenlijke ondergrens, niet om een maximum. Alles wat een school daarboven biedt, noemen we extra ondersteuning.

Hoe de basisondersteuning er per school concreet uitziet, beschrijft iedere school in haar schoolgids. In de loop van 2026 stellen we met de besturen een gezamenlijke lijst van standaarden op, de Basis Zeven Heuvels, die voor alle scholen gaat gelden. Tot die tijd blijven de beschrijvingen van de scholen zelf leidend.

# 4 Het ondersteuningsaanbod in de regio
Een volledig overzicht van het ondersteuningsaanbod in de regio, inclusief de vraag of dat aanbod voor alle leerlingen toereikend is, ontbreekt op dit moment. In het schooljaar 2025-2026 brengen we samen met de besturen alle voorzieningen in kaart in de Regiokaart Zeven Heuvels. De Regiokaart wordt na bespreking in de OPR als bijlage aan dit plan toegevoegd.

# 5 Toewijzing en toelaatbaarheid
## 5.1 Commissie Toewijzing
De Commissie Toewijzing Zeven Heuvels (CTZ) besluit namens het bestuur over toelaatbaarheidsverklaringen voor het voortgezet speciaal onderwijs, over toelaatbaarheid tot het praktijkonderwijs en over aanwijzingen voor leerwegondersteuning. De commissie bestaat uit een onafhankelijk voorzitter, twee orthopedagogen, een GZ-psycholoog en een jeugdarts. Zij vergadert elke twee weken, in de maanden maart tot en met juni wekelijks.

## 5.2 Toelaatbaarheid vso
Een aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of, bij een nieuwe leerling, waar hij is aangemeld. De school dient de aanvraag in via het aanvraagportaal met het groeidocument, het OPP, de evaluatie van de ingezette ondersteuning en het verslag van het gesprek met ouders en leerling. Ouders en leerling geven hun zienswijze schriftelijk. De secretaris van de CTZ legt het dossier voor aan twee deskundigen die niet bij de aanvraag betrokken waren: een orthopedagoog of psycholoog en, afhankelijk van de vraag, een jeugdarts, een kinderpsychiater of een maatschappelijk werker. Beide deskundigen brengen ieder een eigen schriftelijk advies uit. De CTZ besluit binnen zes weken na ontvangst van de volledige aanvraag; in spoedeisende gevallen binnen tien werkdagen.

Bij de beoordeling gebruikt de CTZ de volgende criteria:
| Criterium | Toelichting |
| Handelingsverlegenheid aangetoond | De school heeft ten minste twee cycli handelingsgericht gewerkt met een OPP, deze geëvalueerd, en externe expertise ingeschakeld. |
| Ondersteuningsbehoefte | De leerling heeft langdurig een intensiteit van begeleiding nodig die de extra ondersteuning van de school aantoonbaar overstijgt, op het gebied van gedrag, leren, communicatie of lichamelijke en medische situatie. |
| Onderwijsperspectief | Het vso biedt een realistisch uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding) dat in het regulier onderwijs niet haalbaar is. |
| Zorg in onderwijstijd | Waar zorg en onderwijs gecombineerd moeten worden, is aangetoond dat dit in een reguliere setting niet kan. |
De TLV geldt in de regel tot het einde van het schooljaar volgend op het jaar van afgifte. Voor leerlingen met een duurzame beperking kan de TLV voor de hele schoolloopbaan worden afgegeven. De CTZ bepaalt de bekostigingscategorie laag, midden of hoog.

Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.

## 5.3 Praktijkonderwijs en leerwegondersteuning
Voor het praktijkonderwijs gelden de landelijke criteria (IQ 55 tot 80, leerachterstand van minimaal drie jaar op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen, en een sociaal-emotionele problematiek die een aanwijzing kan versterken). De toelaatbaarheidsverklaring pro geldt voor de duur van de opleiding.

Zeven Heuvels maakt sinds 2018 gebruik van de mogelijkheid om eigen criteria voor leerwegondersteuning te hanteren. Een leerling komt in aanmerking voor lwoo als:
- de leerling een leerachterstand heeft van ten minste anderhalf jaar op begrijpend lezen of rekenen, of
- de leerling op grond van een vastgestelde sociaal-emotionele problematiek of een vastgestelde stoornis extra begeleiding nodig heeft om het vmbo-diploma te behalen, én
- de school een lwoo-aanbod heeft dat aansluit op die behoefte.
De basisschool levert de gegevens uiterlijk 1 februari van groep 8 aan via het overstapdossier. De vo-school vraagt de aanwijzing aan uiterlijk 15 maart. De CTZ besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de vmbo-opleiding; na het tweede leerjaar bespreekt de school met ouders en leerling of de leerwegondersteuning nog nodig is.

## 5.4 Terug- en overplaatsing
> [p.m. — tekst volgt na de evaluatie van de vso-arrangementen; zie actiepunt 14 van de OPR-vergadering van 10 februari 2025]

# 6 Middelen en verdeling
Zeven Heuvels werkt volgens het zogeheten schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de besturen, zodat de scholen zelf de ondersteuning kunnen organiseren die bij hun leerlingen past.

De verdeling kent drie stromen.
- Middelen lichte ondersteuning: 92 procent gaat naar de besturen naar rato van het aantal leerlingen per vestiging op 1 oktober van het voorafgaande jaar; 8 procent blijft bij het samenwerkingsverband voor de organisatie en de CTZ.
- Middelen lwoo en pro: deze gaan in hun geheel naar de besturen met een lwoo- of pro-aanbod, per aangewezen leerling volgens het landelijke bedrag.
- Middelen zware ondersteuning: na aftrek van de afdrachten aan het vso door DUO wordt het resterende bedrag verdeeld als een solidariteitsbudget. Scholen kunnen daaruit een tijdelijk arrangement aanvragen voor een individuele leerling; de CTZ kent het toe als het OPP aantoonbaar is uitgevoerd en de gevraagde inzet niet langer dan één schooljaar duurt.
Over de verdeling besluit het bestuur jaarlijks in oktober, na advies van de OPR. Besturen verantwoorden de inzet van de middelen in hun eigen jaarverslag; het samenwerkingsverband ontvangt daarvan een samenvatting per vestiging.

De meerjarenbegroting 2025-2029 wordt na vaststelling door het bestuur als afzonderlijk document gepubliceerd. Voor de bedragen per jaar verwijzen wij naar dat document.

# 7 Resultaten en kwaliteitszorg
## 7.1 Wat willen we bereiken?
| Doel | Indicator | Streefwaarde 2029 |
| Scholen bieden de Basis Zeven Heuvels | aandeel vestigingen dat aan alle standaarden voldoet (audit) | 100% |
| Snel duidelijkheid voor leerling en ouders | gemiddelde doorlooptijd aanvraag TLV | maximaal 5 weken |
| Meer leerlingen in het regulier onderwijs | deelnamepercentage vso op 1 oktober | maximaal 3,2% |
| Ouders voelen zich gehoord | tevredenheid ouders in de jaarlijkse peiling | minimaal 80% |
| Lwoo-leerlingen behalen een diploma | slagingspercentage lwoo-leerlingen vmbo | minimaal 90% |
| Leerlingen doen mee aan beslissingen | aandeel OPP's met zienswijze van de leerling | 100% |

## 7.2 Hoe volgen we de resultaten?
We werken volgens de cyclus plannen, uitvoeren, meten en bijstellen. Elk kwartaal maakt het bureau een dashboard met de kengetallen uit het aanvraagportaal en de telgegevens van DUO; het bestuur bespreekt het dashboard in elke vergadering. Eenmaal per jaar, in mei, houden we een peiling onder ouders die contact hadden met het samenwerkingsverband en onder de ondersteuningscoördinatoren. De audits op de basisondersteuning vinden vanaf 2026 eens per twee jaar per vestiging plaats, uitgevoerd door een collega-ondersteuningscoördinator van een andere school en een medewerker van het bureau. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren we per indicator de bereikte waarde en de inzet van middelen. De OPR ontvangt het jaarverslag en bespreekt het met de directeur. Halverwege de planperiode, in het voorjaar van 2027, evalueren we de indicatoren en stellen we de streefwaarden zo nodig bij.

# 8 Ouders en leerlingen
## 8.1 Informatie
Ouders willen weten waar ze aan toe zijn. Daarom maken we de informatie over ondersteuning zo toegankelijk mogelijk.
- De website www.zevenheuvels-vo.nl heeft een ouderpagina met uitleg over de ondersteuning op de scholen, de route naar extra ondersteuning, de CTZ en het aanvragen van lwoo en vso.
- De folder Ondersteuning in het vo is beschikbaar in het Nederlands, Engels, Arabisch, Pools en Oekraïens en wordt in groep 8 aan alle ouders uitgereikt.
- Elke school beschrijft in de schoolgids welke ondersteuning zij biedt en wie de ondersteuningscoördinator is.
- Tweemaal per jaar organiseren we een informatieavond voor ouders van leerlingen in groep 8 met een ondersteuningsvraag.
- Bij elke aanvraag bij de CTZ ontvangen ouders een brief met uitleg over de procedure en een kopie van de deskundigenadviezen.

## 8.2 Onafhankelijke ondersteuning
Niet elke ouder durft of kan zijn zorgen te bespreken met de school. Daarom financiert Zeven Heuvels samen met het samenwerkingsverband PO het Ouder- en Jeugdsteunpunt Heuvelland. Het steunpunt werkt onafhankelijk en staat alleen voor het belang van de jongere. Ouders en leerlingen kunnen er terecht met vragen, voor een luisterend oor of voor hulp bij een gesprek met de school. Het steunpunt is bereikbaar via telefoon, e-mail en een chatfunctie en houdt spreekuur in de bibliotheken van Heuvelrode en Drieberg. Verder kunnen ouders gebruikmaken van de Onderwijsconsulenten en van de Geschillencommissie passend onderwijs.

## 8.3 Betrokkenheid
Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP. Leerlingen hebben hoorrecht: de school vraagt hun mening over het ontwikkelingsperspectief en legt die vast. In de OPR zijn ouders en leerlingen vertegenwoordigd.

# 9 Organisatie en medezeggenschap
Het samenwerkingsverband is een vereniging van acht schoolbesturen. De algemene ledenvergadering benoemt een bestuur van vijf leden, dat de directeur aanstuurt. Eenmaal per jaar legt het bestuur verantwoording af aan de algemene ledenvergadering. Het bureau telt 5,2 fte.

De OPR telt veertien leden, van wie zeven uit het personeel en zeven uit ouders en leerlingen. De OPR heeft instemmingsrecht op het ondersteuningsplan en wordt betrokken bij de jaarlijkse begroting. Het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van de vier gemeenten over dit plan vond plaats op 4 maart 2025.

## 9.1 Governance
Het bestuur hanteert de Code Goed Bestuur van de VO-raad. Bestuursleden zijn zelf bestuurder van een aangesloten schoolbestuur; om belangenverstrengeling te voorkomen, neemt een bestuurslid niet deel aan besluiten die uitsluitend de eigen school raken. De onafhankelijke voorzitter heeft een beslissende stem bij het staken van stemmen. Eens per twee jaar evalueert het bestuur zijn eigen functioneren onder begeleiding van een externe deskundige. De directeur legt in elke bestuursvergadering een voortgangsrapportage voor.

## 9.2 Werkwijze van de OPR
De OPR kiest uit zijn midden een voorzitter en een secretaris en wordt ondersteund door een ambtelijk secretaris die door het samenwerkingsverband wordt betaald. De OPR vergadert vijf keer per jaar; de directeur is bij het eerste deel van elke vergadering aanwezig. Nieuwe leden volgen een introductiecursus. De OPR heeft een eigen reglement, dat in 2024 is geactualiseerd, en legt jaarlijks in een kort jaarverslag verantwoording af aan de medezeggenschapsraden die de leden hebben afgevaardigd.

# 10 Personeel, huisvesting en ICT
Het bureau van het samenwerkingsverband is gehuisvest in het gemeentehuis van Amerzijl. De medewerkers van het bureau zijn in dienst van het samenwerkingsverband; de leden van de CTZ worden deels gedetacheerd vanuit de besturen. Het samenwerkingsverband stelt jaarlijks een scholingsplan op voor de eigen medewerkers en organiseert twee keer per jaar een studiedag voor ondersteuningscoördinatoren over actuele thema's, zoals het werken met een OPP en het voeren van gesprekken met ouders en leerlingen.

Het bureau verhuist in 2026 naar een kleinere ruimte in hetzelfde gebouw, omdat steeds meer overleg digitaal plaatsvindt. De vrijgekomen ruimte wordt door de gemeente gebruikt voor het lokale team.

Het aanvraagportaal is in 2022 ingevoerd en wordt beheerd door een externe leverancier. In 2026 voeren we een privacy-audit uit op het portaal. Persoonsgegevens in aanvraagdossiers bewaren we maximaal drie jaar na het besluit, conform de wet. De medewerkers van het bureau werken met een laptop en een beveiligde omgeving; gegevens van leerlingen worden niet per e-mail verzonden.

## 10.1 Lerarentekort en werkdruk
Ook in Zeven Heuvels is het moeilijk om vacatures voor ondersteuningscoördinatoren en orthopedagogen te vervullen. De besturen hebben afgesproken dat zij elkaar niet overbieden en dat zij gezamenlijk werven voor functies in de ondersteuning. Het samenwerkingsverband betaalt mee aan een opleidingstraject voor leraren die zich willen ontwikkelen tot ondersteuningscoördinator; in de planperiode volgen ten minste acht leraren dit traject. Werkdruk bij ondersteuningscoördinatoren is een vast onderwerp in het directeurenoverleg.

# 11 Van plan naar jaarplan
Dit ondersteuningsplan geeft de koers voor vier jaar. Elk jaar maken we een jaarplan met concrete activiteiten, een jaarbegroting en een planning. Het jaarplan wordt in juni vastgesteld door het bestuur, na advies van de OPR. In het jaarverslag leggen we verantwoording af over de uitvoering. Wijzigingen in dit plan die de rechten van leerlingen of de verdeling van middelen raken, leggen we ter instemming voor aan de OPR.

| Jaar | Belangrijkste mijlpalen |
| 2025-2026 | Regiokaart gereed; start lijst Basis Zeven Heuvels; privacy-audit voorbereid |
| 2026-2027 | Basis Zeven Heuvels vastgesteld; eerste ronde audits; tussenevaluatie |
| 2027-2028 | Tweede ronde audits; herijking verdeling lichte middelen |
| 2028-2029 | Evaluatie planperiode; voorbereiding ondersteuningsplan 2029-2033 |

# Begrippenlijst
> Arrangement: een afgesproken pakket van ondersteuning voor een leerling of groep leerlingen.
> Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.
> CTZ: Commissie Toewijzing Zeven Heuvels.
> Dekkend aanbod: een netwerk van voorzieningen waarin voor elke leerling een passende plek is.
> OPDC: orthopedagogisch-didactisch centrum.
> OPP: ontwikkelingsperspectiefplan.
> Terugplaatsing: de overstap van een leerling van het vso naar het regulier onderwijs.
> Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.
> TLV: toelaatbaarheidsverklaring.
> Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden of te zoeken.
"""

DOCS.append(dict(
    name="h101-vo-zevenheuvels-concept", ext=".docx", text=PLAN_B,
    title="Koers 2025-2029 Ondersteuningsplan SWV VO Zeven Heuvels (concept)",
    header="CONCEPT - Koers 2025-2029 - SWV VO Zeven Heuvels",
    footer="Versie 0.9 - niet verspreiden buiten OPR en besturen",
    label=dict(
        sector="vo",
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 defines the common minimum for all 19 vestigingen (niveau), but the content is left to each schoolgids and the standaardenlijst 'Basis Zeven Heuvels' is deferred to 2026: inhoud not addressed.",
            "plaatsing": "Ch. 5.2 procedure (who applies, dossier, two separate deskundigen, 6 weeks) and criteria table; 5.3 pro national criteria and own lwoo criteria (opting out) with dates and duration; bezwaar via LBT.",
            "terugstroom": "Heading 5.4 'Terug- en overplaatsing' has only a p.m. placeholder; the word otherwise appears only in TOC and begrippenlijst.",
            "financien": "Ch. 6 'Middelen en verdeling' gives three streams with percentages, peildatum and arrangement criteria (verdeling) and verantwoording via jaarverslag; the meerjarenbegroting is 'afzonderlijk gepubliceerd', no amounts in the plan: besteding not addressed.",
            "dekkend-aanbod": "Ch. 4 only defers the overview of the aanbod and the question whether it is dekkend to a future Regiokaart; dekkend aanbod, OPDC, thuiszitter and zorgplicht occur only in the begrippenlijst; OOGO only as a one-line procedural date.",
            "resultaten": "Ch. 7.1 goals with indicators and streefwaarden 2029; 7.2 quarterly dashboard, annual peiling, audits, jaarverslag per indicator; ch. 1 terugblik with achieved figures.",
            "ouders": "Ch. 8.1 website ouderpagina, multilingual folder, schoolgids, information evenings; 8.2 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, geschillencommissie; 8.3 OPP and hoorrecht.",
        }),
))

# =================================================================== plan C
PLAN_C = r"""
%TITLE Ondersteuningsplan 2025-2029
%TITLE Stichting Samenwerkingsverband Passend Voortgezet Onderwijs Kustlanden
> Regio VO 27-06 | Zandvoorde, Westerstrand, Duinwijk, Helmdorp en Noordwal
> Versie 1.0, vastgesteld 22 april 2025
%PAGEBREAK
# Inhoudsopgave
> 1 Woord vooraf
> 2 Samenvatting
> 3 De Kustlanden: regio, scholen en leerlingen
> 4 Koers: waar we voor staan
> 5 Wat elke school minimaal waarmaakt
> 6 Het ondersteuningsaanbod: van school tot vso
> 7 Toewijzing en toelaatbaarheid
> 8 Geld en middelen
> 9 Communicatie
> 10 Samenwerking met gemeenten
> 11 Bestuur, organisatie en medezeggenschap
> 12 Deskundigheid en personeel
> 13 Kwaliteit en resultaten
> 14 Tijdpad
> Afkortingen
%PAGEBREAK
# 1 Woord vooraf
Passend onderwijs in de Kustlanden is mensenwerk. Achter elk getal in dit plan staat een jongere: een meisje dat na een periode van angst weer durft te gaan, een jongen die op het praktijkonderwijs ontdekt dat hij goed is met zijn handen, een nieuwkomer die binnen een jaar Nederlands spreekt. Dit ondersteuningsplan gaat over de afspraken die we maken om zulke verhalen mogelijk te maken.

Het plan is opgesteld in een schrijfgroep met vertegenwoordigers van alle besturen, twee ondersteuningscoördinatoren, een ouder en een leerling uit de ondersteuningsplanraad en de beleidsadviseur van de gemeente Zandvoorde. We hebben gekozen voor een plan dat leesbaar is voor iedereen die betrokken is bij het onderwijs aan onze leerlingen. Waar het echt technisch wordt, zoals bij de financiën, hebben we geprobeerd het zo helder mogelijk uit te leggen.

Wij danken de schrijfgroep, de OPR en alle anderen die hebben meegedacht.

> Jolanda Visser, directeur-bestuurder

# 2 Samenvatting
De Kustlanden is een samenwerkingsverband van zes schoolbesturen met veertien scholen voor voortgezet onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs. In dit plan beschrijven we wat elke school minimaal biedt (hoofdstuk 5), welke extra ondersteuning en voorzieningen er zijn (hoofdstuk 6), hoe leerlingen een plek in het vso of het praktijkonderwijs krijgen en hoe zij weer terug kunnen naar het regulier onderwijs (hoofdstuk 7) en hoe we het geld verdelen (hoofdstuk 8). Ook gaan we in op de manier waarop we ouders en leerlingen informeren (hoofdstuk 9) en op de samenwerking met de gemeenten (hoofdstuk 10). De belangrijkste veranderingen ten opzichte van het vorige plan zijn de uitbreiding van de tussenvoorziening Het Anker, de nieuwe route voor aanvragen via het Toewijzingsteam en de herziening van het verdeelmodel, waarbij meer geld rechtstreeks naar de scholen gaat.

## 2.1 Wettelijk kader en totstandkoming
Het ondersteuningsplan is het wettelijk verplichte plan van het samenwerkingsverband (artikel 17a WVO, thans paragraaf 2.4 van de Wet voortgezet onderwijs 2020). De wet noemt de onderwerpen die het plan ten minste moet bevatten, zoals de voorzieningen voor basisondersteuning, de toelaatbaarheid tot vso en praktijkonderwijs, de terugplaatsing, de verdeling van middelen, de resultaten en de informatie aan ouders. Het plan is besproken met de ondersteuningsplanraad, die instemming heeft verleend, en met de vijf gemeenten in het op overeenstemming gericht overleg. Daarnaast is overleg gevoerd met het samenwerkingsverband PO Kustlanden over de overstap van basisschool naar voortgezet onderwijs.

De schrijfgroep kwam tussen september 2024 en februari 2025 acht keer bijeen. Tussentijds zijn conceptteksten besproken in het directeurenoverleg, in het netwerk van ondersteuningscoördinatoren en in twee bijeenkomsten met leerlingen. Leerlingen vroegen vooral om minder wisselingen van begeleiders en om uitleg in gewone taal; beide punten hebben we in dit plan meegenomen.

# 3 De Kustlanden: regio, scholen en leerlingen
De regio bestaat uit vijf gemeenten langs de kust en in het achterliggende polderland. In de zomer verdubbelt de bevolking van de kustplaatsen; in de winter is het er rustig. Veel gezinnen zijn afhankelijk van toerisme, visserij en tuinbouw, en dat zie je terug in het onderwijs: het vmbo is sterk vertegenwoordigd, de techniekprofielen zijn populair en veel leerlingen combineren school met een bijbaan.

De veertien scholen zijn:
- drie scholengemeenschappen voor vmbo, havo en vwo (Zandvoorde, Duinwijk en Noordwal);
- vier vmbo-scholen, waarvan twee met een groen profiel;
- twee havo/vwo-scholen, waarvan één gymnasium;
- twee scholen voor praktijkonderwijs (Westerstrand en Helmdorp);
- drie vso-scholen: De Golfslag (cluster 4), De Vuurtoren (cluster 3, zml) en De Branding (cluster 3, langdurig zieken en lichamelijk gehandicapten).
Op 1 oktober 2024 telde de regio 7.830 leerlingen. Ongeveer 410 leerlingen volgen praktijkonderwijs en 290 leerlingen volgen vso. Het samenwerkingsverband verwacht tot 2029 een daling van het leerlingenaantal met ongeveer zes procent.

# 4 Koers: waar we voor staan
We willen dat elke jongere in de Kustlanden onderwijs volgt dat past bij wat hij kan en wil, en dat de school zo dicht mogelijk bij huis staat. Dat vraagt om scholen die zich verantwoordelijk voelen voor alle leerlingen in de regio, niet alleen voor hun eigen leerlingen. Het samenwerkingsverband is er om dat te ondersteunen: met geld, met expertise en met een heldere route naar extra ondersteuning.

Onze koers rust op drie pijlers.
- Dichtbij: ondersteuning zo veel mogelijk in de eigen klas, met de eigen mentor.
- Samen: school, ouders, leerling en jeugdhulp trekken op als één team.
- Helder: iedereen weet wat hij van de school en van het samenwerkingsverband kan verwachten.

## 4.1 Leerlingen aan het woord
In de twee bijeenkomsten met leerlingen vroegen we wat voor hen goede ondersteuning is. Een leerling van het praktijkonderwijs zei: 'Ik wil gewoon dat iemand weet wie ik ben, en dat ik niet elke keer opnieuw mijn verhaal hoef te doen.' Een havoleerling met autisme vertelde dat zij het meest had gehad aan een docent die de les van tevoren met haar doorliep. En een leerling uit de ISK zei dat hij vooral een plek nodig had waar hij mocht oefenen zonder uitgelachen te worden. Deze uitspraken hebben we gebruikt als toetssteen: helpt wat we in dit plan afspreken echt bij het waarmaken van zulke wensen? We hebben ze ook opgenomen in de brochure voor ouders en leerlingen, omdat ze beter dan welke beleidstekst ook laten zien waar het om gaat.

# 5 Wat elke school minimaal waarmaakt
In de Kustlanden noemen we de basisondersteuning liever wat elke school minimaal waarmaakt. Het gaat om twaalf afspraken die voor alle vestigingen van alle aangesloten scholen gelden, ook voor het praktijkonderwijs. De afspraken vormen de bodem: elke vestiging biedt ten minste dit, zonder dat de school daarvoor iets bij het samenwerkingsverband hoeft aan te vragen. De vso-scholen bieden vanzelfsprekend meer.
| Nr. | Afspraak | Zo ziet het eruit |
| 1 | Vaste mentor | Elke leerling heeft een mentor die hij minstens eens per twee weken spreekt. |
| 2 | Aanspreekpunt ondersteuning | Elke vestiging heeft een ondersteuningscoördinator die bereikbaar is voor leerlingen, ouders en collega's. |
| 3 | Leerlingbespreking | Leerlingen met zorgen worden binnen drie weken besproken in het interne zorgoverleg. |
| 4 | Dyslexie en dyscalculie | Faciliteiten als extra tijd, vergroting, voorleessoftware en een rekenkaart. |
| 5 | Faalangst en examenvrees | Een training van ten minste zes bijeenkomsten per schooljaar. |
| 6 | Sociale veiligheid | Een anti-pestcoördinator en een vertrouwenspersoon. |
| 7 | Huiswerkbegeleiding | Begeleide studie-uren, minimaal twee keer per week. |
| 8 | Plannen en organiseren | Coaching op executieve functies voor leerlingen die daar moeite mee hebben. |
| 9 | Time-out | Een rustige plek met begeleiding voor leerlingen die even uit de klas moeten. |
| 10 | Medische zorg | Een protocol voor medisch handelen en afspraken over medicijngebruik. |
| 11 | Schoolmaatschappelijk werk | Elke vestiging heeft minimaal vier uur per week een schoolmaatschappelijk werker. |
| 12 | Ontwikkelingsperspectief | Voor elke leerling die extra ondersteuning krijgt, stelt de school een OPP op en evalueert dat minstens eenmaal per jaar. |
Elke school laat jaarlijks in een zelfevaluatie zien hoe zij aan de twaalf afspraken voldoet. Het samenwerkingsverband bespreekt de zelfevaluatie met de schoolleiding in het voorjaar.

# 6 Het ondersteuningsaanbod: van school tot vso
## 6.1 Extra ondersteuning op school
Als de basis niet voldoende is, zet de school extra ondersteuning in. Elke school heeft daarvoor een budget uit de middelen van het samenwerkingsverband (zie hoofdstuk 8). Voorbeelden zijn een kleine klas voor leerlingen met autisme op het Zeezicht College, de plusklas voor hoogbegaafde leerlingen op het Strandlyceum en de trajectklas op de vmbo-school in Helmdorp.

## 6.2 Bovenschoolse voorzieningen
Voor leerlingen die tijdelijk meer nodig hebben dan hun eigen school kan bieden, zijn er bovenschoolse voorzieningen:
- Het Anker, een tussenvoorziening (OPDC) met 40 plaatsen voor leerlingen met gedrags- of leerproblemen. De plaatsing duurt in principe maximaal één schooljaar; de leerling blijft ingeschreven op de eigen school.
- De Koerswijzer, een reboundvoorziening voor maximaal tien weken voor leerlingen bij wie het op school vastloopt.
- De internationale schakelklas in Zandvoorde voor nieuwkomers van 12 tot 18 jaar, die na één tot twee jaar doorstromen naar het regulier onderwijs.
- Het Zorg-Onderwijsteam, waarin een jeugdhulpaanbieder en het vso samen lesgeven aan leerlingen voor wie een combinatie van onderwijs en zorg nodig is.

## 6.3 Praktijkonderwijs en vso
Voor leerlingen die structureel een andere onderwijsomgeving nodig hebben, zijn er het praktijkonderwijs en het voortgezet speciaal onderwijs. Plaatsing daarin vraagt een toelaatbaarheidsverklaring; hoe dat gaat, leest u in hoofdstuk 7.

## 6.4 Is het aanbod dekkend?
Of het aanbod voor alle leerlingen voldoende is, nemen we mee in de evaluatie halverwege de planperiode. Daarin betrekken we ook de gemeenten.

# 7 Toewijzing en toelaatbaarheid
## 7.1 Het Toewijzingsteam
Sinds 1 augustus 2024 lopen alle aanvragen voor vso, praktijkonderwijs, lwoo en plaatsing in Het Anker via het Toewijzingsteam Kustlanden. Het team bestaat uit een voorzitter, twee orthopedagogen, een psycholoog en een secretaris, en neemt namens het bestuur de besluiten.

## 7.2 Hoe vraagt een school een TLV vso aan?
- De school bespreekt de leerling in het ondersteuningsteam, samen met de ouders en de leerling.
- De ondersteuningscoördinator stelt het aanvraagdossier op: groeidocument, OPP met evaluaties, verslagen van het ondersteuningsteam, eventuele onderzoeksverslagen en de zienswijze van ouders en leerling.
- Het schoolbestuur dient de aanvraag in bij het Toewijzingsteam.
- Het Toewijzingsteam vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog, en een tweede deskundige die past bij de vraag van de leerling, zoals een kinderpsychiater, een jeugdarts of een maatschappelijk werker. Beide deskundigen adviseren afzonderlijk en op schrift.
- Het Toewijzingsteam neemt binnen acht weken een besluit.
- Ouders en school ontvangen het besluit met de adviezen van de deskundigen.
Het Toewijzingsteam beoordeelt elke aanvraag op haar eigen merites en weegt het dossier als geheel. De TLV wordt afgegeven voor één, twee of drie schooljaren; het Toewijzingsteam stelt ook de bekostigingscategorie laag, midden of hoog vast. Voor aanvragen pro en lwoo volgt het Toewijzingsteam dezelfde route; de toetsing vindt plaats zoals beschreven in de Handleiding Toewijzing Kustlanden (bijlage 5).

## 7.3 Afloop van de TLV en de weg terug
Een TLV is geen eindstation. Het samenwerkingsverband vindt dat elke vso-leerling de kans moet krijgen om terug te keren naar het regulier voortgezet onderwijs als dat kan, en liefst naar een school dicht bij huis. Voorwaarde is dat de leerling zich in het vso zo heeft ontwikkeld dat de ondersteuning uit het OPP met hulp in een reguliere school kan worden geboden, en dat de leerling en zijn ouders de overstap willen.

De route ziet er als volgt uit.
- Ieder jaar in november houdt de vso-school met elke leerling een perspectiefgesprek, op basis van de evaluatie van het OPP.
- In het laatste jaar van de TLV beoordeelt de commissie van begeleiding van de vso-school of terugkeer naar het regulier onderwijs mogelijk is. De vso-school legt die beoordeling vóór 1 februari vast.
- Is terugkeer mogelijk, dan meldt de vso-school de leerling aan bij de reguliere school van keuze en informeert zij het Toewijzingsteam. De ontvangende school, de vso-school en de ouders maken een overstapplan.
- Het Toewijzingsteam besluit binnen vier weken over een overstaparrangement voor de ontvangende school.
- Is terugkeer nog niet mogelijk, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan. Zonder nieuwe TLV eindigt de plaatsing op 31 juli.
Het overstaparrangement bestaat uit ambulante begeleiding door de vso-school gedurende zes maanden en een budget van € 3.500 voor de ontvangende school. Na zes maanden evalueren de scholen de overstap; als het nodig is, kan het arrangement één keer met zes maanden worden verlengd. Dezelfde route geldt voor een overstap van het praktijkonderwijs naar het vmbo.

# 8 Geld en middelen
## 8.1 Waar komt het geld vandaan?
Het samenwerkingsverband ontvangt jaarlijks van het Rijk een bedrag voor lichte ondersteuning, een bedrag voor zware ondersteuning en een bedrag voor lwoo en praktijkonderwijs. Een deel van het budget voor zware ondersteuning gaat rechtstreeks via DUO naar de vso-scholen (de afdracht). Wat overblijft, verdelen wij.

## 8.2 Hoe verdelen we het?
Vanaf 2025 werkt de Kustlanden met een vernieuwd verdeelmodel.
- Scholenbudget: elke school ontvangt per leerling € 165 (teldatum 1 oktober van het jaar daarvoor) voor de basis en de extra ondersteuning op school. Scholen met meer dan 25 procent leerlingen in de basisberoepsgerichte leerweg krijgen een toeslag van € 40 per leerling.
- Lwoo en pro: deze middelen gaan volledig naar de scholen met lwoo of pro, naar rato van het aantal leerlingen met een aanwijzing of toelaatbaarheidsverklaring.
- Voorzieningenbudget: Het Anker, De Koerswijzer, de ISK en het Zorg-Onderwijsteam ontvangen een vast jaarbudget dat het bestuur bij de begroting vaststelt.
- Overstaparrangementen: € 3.500 per leerling die vanuit het vso terugkeert (zie paragraaf 7.3).
Het bestuur stelt de verdeling jaarlijks in november vast, na advies van de OPR.

## 8.3 Wat geven we uit?
| Post (x € 1.000) | 2025 | 2026 | 2027 | 2028 |
| Inkomsten lichte ondersteuning | 1.780 | 1.745 | 1.710 | 1.680 |
| Inkomsten zware ondersteuning na afdracht | 1.240 | 1.210 | 1.185 | 1.160 |
| Inkomsten lwoo en pro | 4.310 | 4.220 | 4.140 | 4.060 |
| Scholenbudget | 1.320 | 1.290 | 1.265 | 1.240 |
| Lwoo en pro naar scholen | 4.310 | 4.220 | 4.140 | 4.060 |
| Het Anker en De Koerswijzer | 780 | 800 | 800 | 800 |
| ISK en Zorg-Onderwijsteam | 420 | 420 | 410 | 400 |
| Overstaparrangementen | 70 | 70 | 70 | 70 |
| Bureau en Toewijzingsteam | 480 | 490 | 500 | 510 |
| Saldo | -50 | -115 | -140 | -180 |
De negatieve saldi dekken we uit de algemene reserve, die eind 2024 € 1,4 miljoen bedroeg. Aan het eind van de planperiode ligt de reserve naar verwachting onder de signaleringswaarde.

# 9 Communicatie
Goede communicatie begint bij de school. De mentor en de ondersteuningscoördinator zijn voor ouders het eerste aanspreekpunt. Toch merken we dat veel ouders niet weten welke ondersteuning er in de regio is. Daarom communiceren we ook zelf.
- Op www.kustlanden-vo.nl staat een ouderdeel met uitleg over de twaalf afspraken, de extra ondersteuning en de voorzieningen, met filmpjes waarin leerlingen vertellen over Het Anker en de ISK.
- De brochure Passend onderwijs in de Kustlanden wordt elk jaar in januari via de basisscholen aan alle ouders van groep 8 gegeven en ligt op alle vo-scholen.
- In het najaar houden we drie informatieavonden, in Zandvoorde, Duinwijk en Helmdorp, voor ouders van leerlingen met een ondersteuningsvraag.
- Elke school neemt in haar schoolgids op welke ondersteuning zij biedt en hoe ouders de ondersteuningscoördinator kunnen bereiken.
- Een nieuwsbrief voor ouders verschijnt vier keer per jaar.
Met de gemeenten verkennen we in 2026 hoe het ouder- en jeugdsteunpunt in de Kustlanden vorm krijgt. Tot die tijd zijn de mentor en de ondersteuningscoördinator het aanspreekpunt voor ouders.

# 10 Samenwerking met gemeenten
De gemeenten zijn onze belangrijkste partners buiten het onderwijs. Met de vijf gemeenten voeren we twee keer per jaar op overeenstemming gericht overleg. Het OOGO over dit plan vond plaats op 3 april 2025. Afgesproken is dat iedere vo-school een vaste jeugdprofessional van het lokale team krijgt, dat het Zorg-Onderwijsteam gezamenlijk wordt gefinancierd en dat gemeenten en samenwerkingsverband gezamenlijk optrekken bij het leerlingenvervoer naar het vso. Ook maken we afspraken over de aansluiting op het mbo en de arbeidsmarkt voor leerlingen van het praktijkonderwijs en het vso.

Met het samenwerkingsverband PO Kustlanden overleggen we over de overstap van groep 8 naar het voortgezet onderwijs. Leerlingen met een ondersteuningsbehoefte worden altijd warm overgedragen.

# 11 Bestuur, organisatie en medezeggenschap
De stichting kent een scheiding tussen bestuur en toezicht. De directeur-bestuurder bestuurt; de raad van toezicht, die bestaat uit de bestuurders van de zes schoolbesturen en een onafhankelijk voorzitter, houdt toezicht. Het bureau bestaat uit vijf medewerkers en de leden van het Toewijzingsteam.

De ondersteuningsplanraad heeft tien leden: vijf uit het personeel en vijf uit ouders en leerlingen. De OPR heeft ingestemd met dit plan op 15 april 2025. Het bestuur stelde het plan vast op 22 april 2025, waarna het vóór 1 mei aan de inspectie is toegezonden.

Voor de verwerking van persoonsgegevens in aanvraagdossiers heeft het samenwerkingsverband een privacyreglement. Een functionaris gegevensbescherming ziet toe op de naleving.

## 11.1 ICT en informatiebeveiliging
Het Toewijzingsteam werkt met een digitaal dossiersysteem dat in 2024 is vernieuwd. Scholen uploaden hun aanvragen via een beveiligde verbinding; ouders kunnen op verzoek inzage krijgen in het dossier van hun kind. Het samenwerkingsverband laat jaarlijks een penetratietest uitvoeren. Medewerkers volgen elk jaar een korte training informatiebeveiliging. Voor de uitwisseling van gegevens met de gemeenten gelden afzonderlijke verwerkersovereenkomsten.

## 11.2 Leerlingenvervoer en huisvesting
De gemeenten zijn verantwoordelijk voor het leerlingenvervoer en voor de onderwijshuisvesting. Voor leerlingen van het vso en van Het Anker is het vervoer een belangrijke voorwaarde: lange reistijden maken een toch al kwetsbare schooldag zwaarder. In het OOGO is afgesproken dat de reistijd voor een leerling niet langer dan 45 minuten per rit mag zijn. De uitbreiding van Het Anker krijgt een plek in het integraal huisvestingsplan van de gemeente Zandvoorde; de nieuwe locatie wordt naar verwachting in 2027 in gebruik genomen.

# 12 Deskundigheid en personeel
De kwaliteit van de ondersteuning hangt af van de mensen die haar bieden. Het samenwerkingsverband organiseert een netwerk voor ondersteuningscoördinatoren, dat zes keer per jaar bijeenkomt, en een jaarlijkse studiedag voor mentoren. De medewerkers van Het Anker en De Koerswijzer volgen een gezamenlijk scholingsprogramma over traumasensitief lesgeven. Daarnaast wisselen vso-scholen en reguliere scholen personeel uit: een vso-docent loopt een week mee op een vmbo-school en andersom. Zo groeit het begrip voor elkaars werk en komt expertise dichter bij de klas.

Nieuwe ondersteuningscoördinatoren krijgen in hun eerste jaar een maatje van een andere school en volgen een introductieprogramma van vier middagen bij het samenwerkingsverband. In het introductieprogramma maken zij kennis met het Toewijzingsteam, met de voorzieningen en met de jeugdprofessionals van de gemeenten. Eén keer per jaar organiseren we een open dag in Het Anker, zodat docenten van de reguliere scholen kunnen zien hoe daar wordt gewerkt.

Het lerarentekort raakt ook onze regio. Met de besturen onderzoeken we of we een gezamenlijke pool van onderwijsassistenten kunnen vormen die scholen kunnen inzetten voor leerlingen met een ondersteuningsvraag.

# 13 Kwaliteit en resultaten
Een resultatenparagraaf met beoogde resultaten, indicatoren en de manier waarop we die volgen, stellen we in het eerste jaar van de planperiode op, samen met de OPR en de besturen. We leggen die paragraaf als wijziging van dit plan ter instemming voor.

# 14 Tijdpad
| Wanneer | Wat |
| 3 april 2025 | OOGO met de vijf gemeenten |
| 15 april 2025 | Instemming OPR |
| 22 april 2025 | Vaststelling door de directeur-bestuurder, goedgekeurd door de raad van toezicht |
| 1 augustus 2025 | Ingang van het plan |
| voorjaar 2026 | Resultatenparagraaf ter instemming aan de OPR |
| najaar 2027 | Evaluatie halverwege de planperiode |
| april 2029 | Vaststelling nieuw ondersteuningsplan |

# Afkortingen
> ISK: internationale schakelklas
> Lwoo: leerwegondersteunend onderwijs
> OJSP: ouder- en jeugdsteunpunt
> OOGO: op overeenstemming gericht overleg
> OPDC: orthopedagogisch-didactisch centrum
> OPP: ontwikkelingsperspectief
> OPR: ondersteuningsplanraad
> Pro: praktijkonderwijs
> TLV: toelaatbaarheidsverklaring
> Vso: voortgezet speciaal onderwijs
"""

DOCS.append(dict(
    name="h101-vo-kustlanden-2025", ext=".pdf", text=PLAN_C,
    title="Ondersteuningsplan 2025-2029 SWV Passend VO Kustlanden",
    header="Ondersteuningsplan 2025-2029 | Kustlanden",
    footer="SWV Passend VO Kustlanden - resultaten, ouders en middelen",
    label=dict(
        sector="vo",
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 5 'Wat elke school minimaal waarmaakt' (the word basisondersteuning used once): twelve afspraken valid for all vestigingen, table with concrete content; yearly zelfevaluatie.",
            "plaatsing": "Ch. 7.2 gives the TLV procedure (steps, Toewijzingsteam, two deskundigen, 8 weeks, duration, categorie) but no criteria: 'op haar eigen merites ... als geheel', and pro/lwoo testing refers to absent bijlage 5; no bezwaar route.",
            "terugstroom": "Hidden in TLV chapter 7.3 'Afloop van de TLV en de weg terug': policy and conditions, yearly perspectiefgesprek, decision moments (1 februari, 1 april, 31 juli), overstaparrangement of 6 months with EUR 3.500.",
            "financien": "Ch. 8 'Geld en middelen': verdeelmodel with per-leerling amounts and toeslag, lwoo/pro, voorzieningenbudget; table of spending 2025-2028; reserve and signaleringswaarde.",
            "dekkend-aanbod": "Ch. 6 describes extra ondersteuning, OPDC Het Anker, rebound, ISK, zorg-onderwijsteam, pro/vso (continuum); whether the aanbod is dekkend is deferred to the mid-term evaluation (6.4), no thuiszitters or zorgplicht approach: lacunes not addressed. OOGO/jeugdprofessional in ch. 10.",
            "resultaten": "Ch. 13 only defers the resultatenparagraaf to the first plan year; no intended results, no monitoring, no result figures anywhere.",
            "ouders": "Informatie in ch. 9 'Communicatie' (website ouderdeel, brochure, info evenings, schoolgids, nieuwsbrief); independent help only deferred ('verkennen we in 2026 hoe het ouder- en jeugdsteunpunt vorm krijgt'): steunpunt not addressed.",
        }),
))

# =================================================================== plan D
PLAN_D = r"""
%TITLE Ondersteuningsplan 2025-2029
%TITLE Samenwerkingsverband Passend Primair Onderwijs Peelrand-Zuid
> PO 30-11 | voor de basisscholen, sbo-scholen en so-scholen in Asterveen, Deurnebroek, Gemertsel en Mierloheide
> Vastgesteld door het bestuur op 9 april 2025
%PAGEBREAK
# Inhoud
> 1 Een woord vooraf
> 2 Inleiding
> 3 Het samenwerkingsverband in cijfers
> 4 Visie en ambities
> 5 Het basisarrangement op elke school
> 6 Toelaatbaarheid sbo en so
> 7 Doorstroom en terugkeer naar de basisschool
> 8 Thuiszitters en een passende plek voor elk kind
> 9 Samenwerking met gemeenten en jeugdhulp
> 10 Beoogde resultaten en kwaliteitszorg
> 11 Financieel beleid en meerjarenbegroting
> 12 Governance en medezeggenschap
> 13 Professionalisering en kennisdeling
> 14 Uitvoeringsagenda
> Bijlage 1 Begrippen
> Bijlage 2 Financiële bijlage (separaat)
> Bijlage 3 Handboek toelaatbaarheid 2025 (separaat)
> Bijlage 4 Sociale kaart Peelrand-Zuid (website)
%PAGEBREAK
# 1 Een woord vooraf
Voor u ligt het ondersteuningsplan 2025-2029 van het Samenwerkingsverband Passend Primair Onderwijs Peelrand-Zuid. Het plan is het resultaat van een jaar lang praten, luisteren en schrijven. In de zomer van 2024 zijn we begonnen met een evaluatie van het vorige plan. Daarna volgden werksessies met directeuren, intern begeleiders en bestuurders, en gesprekken met de vier gemeenten en de jeugdhulp. Het resultaat is een plan dat voortbouwt op wat goed ging en dat eerlijk is over wat beter moet.

We zijn trots op wat de scholen in onze regio voor kinderen doen. Elke dag zetten leerkrachten, intern begeleiders en onderwijsassistenten zich in om alle kinderen en hun ouders een goede plek te bieden. Tegelijk zijn er zorgen: het tekort aan leerkrachten, de lange wachtlijsten in de jeugdhulp en de groei van het aantal kinderen dat het speciaal onderwijs bezoekt. Dit plan geeft richting aan de manier waarop we daarmee omgaan.

> Karin Verhoeven, directeur-bestuurder

# 2 Inleiding
Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. Het beschrijft voor een periode van vier jaar hoe de besturen samen zorgen voor een passend onderwijsaanbod voor alle kinderen in de regio. Het plan is gebaseerd op artikel 18a van de Wet op het primair onderwijs. Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029.

Het plan is een kaderdocument. De uitwerking van procedures en regelingen vindt u in de bijlagen en op de website. De bijlagen worden afzonderlijk vastgesteld en jaarlijks geactualiseerd, zodat het plan zelf vier jaar houdbaar blijft.

## 2.1 Wat de wet van ons vraagt
Artikel 18a van de WPO noemt de onderwerpen die het ondersteuningsplan ten minste moet bevatten. Het gaat onder meer om het samenhangend geheel van ondersteuningsvoorzieningen en de basisondersteuning, de verdeling en besteding van de middelen, de toelaatbaarheid tot sbo en so, de terugplaatsing van leerlingen, de beoogde en bereikte resultaten, en de manier waarop ouders worden geïnformeerd en waar zij onafhankelijke ondersteuning kunnen vinden. Daarnaast regelt de wet de groeiregeling en de overdracht van middelen aan het sbo en so. De volgorde van dit plan wijkt af van de volgorde in de wet; de onderwerpen zijn geordend naar de weg die een kind door het onderwijs aflegt.

## 2.2 Terugblik op 2021-2025
Het vorige ondersteuningsplan liep van 2021 tot 2025. In die periode hebben we drie dingen in gang gezet die in dit plan een vervolg krijgen. We hebben het basisarrangement herschreven en met alle besturen vastgesteld. We hebben de Plaatsingstafel opgericht, waardoor het aantal kinderen dat langdurig thuis zat daalde van 23 in 2021 naar 14 in 2024. En we hebben een eerste versie van de Monitor Passend Onderwijs ontwikkeld. Niet alles ging zoals gepland. Het aantal kinderen in het sbo en so steeg, terwijl we een daling hadden beoogd, en de samenwerking met de jeugdhulp bleef in twee gemeenten achter bij de afspraken. Deze punten krijgen in deze planperiode nadrukkelijk aandacht.

# 3 Het samenwerkingsverband in cijfers
Peelrand-Zuid omvat de gemeenten Asterveen, Deurnebroek, Gemertsel en Mierloheide. In het samenwerkingsverband werken negen schoolbesturen samen. Zij verzorgen onderwijs op 58 basisscholen, twee scholen voor speciaal basisonderwijs (De Wegwijzer en De Peelpoort) en drie locaties voor speciaal onderwijs van cluster 3 en 4.
| Kengetal (teldatum 1 oktober 2024) | Aantal |
| Leerlingen basisonderwijs | 12.380 |
| Leerlingen sbo | 268 |
| Leerlingen so (cluster 3 en 4) uit de regio | 231 |
| Basisscholen | 58 |
| Schoolbesturen | 9 |
Het aantal leerlingen in het basisonderwijs daalt met ongeveer één procent per jaar. Het aantal kinderen in het sbo en so daalt niet mee; daardoor stijgt het deelnamepercentage.

# 4 Visie en ambities
Wij willen dat elk kind in Peelrand-Zuid zich kan ontwikkelen op een school die bij hem of haar past. Bij voorkeur is dat de school in de eigen wijk of het eigen dorp, samen met vriendjes en vriendinnetjes. Wanneer een kind meer nodig heeft dan de basisschool kan bieden, zorgen we snel en zonder gedoe voor een goede oplossing. En wanneer een kind in het speciaal (basis)onderwijs weer zo ver is dat het terug kan naar de gewone basisschool, maken we dat mogelijk.

Onze visie rust op drie overtuigingen. Kinderen zijn meer dan hun ondersteuningsvraag: ze hebben talenten, vriendschappen en dromen, en die verdienen evenveel aandacht als hun problemen. Leerkrachten maken het verschil: de beste ondersteuning is die welke in de klas wordt geboden door een leerkracht die zich gesteund voelt. En samenwerken is geen doel maar een middel: we overleggen niet om het overleg, maar om een kind verder te helpen. Deze overtuigingen hebben we in de werksessies met directeuren en intern begeleiders steeds opnieuw getoetst.

Voor de planperiode hebben we vijf ambities geformuleerd:
- Elke school biedt het volledige basisarrangement.
- Geen kind zit thuis zonder onderwijs.
- Elk kind in het sbo en so heeft een reëel perspectief op terugkeer of doorstroom.
- Onderwijs en jeugdhulp werken samen vanuit één plan per kind.
- We zijn zuinig op onze leerkrachten en investeren in hun vakmanschap.

# 5 Het basisarrangement op elke school
In Peelrand-Zuid spreken we van het basisarrangement. Daarmee bedoelen we de basisondersteuning die alle 58 basisscholen van het samenwerkingsverband op elke locatie bieden. De besturen hebben het basisarrangement in 2023 samen vastgesteld als minimumniveau. Een school die er nog niet aan voldoet, werkt daaraan met een verbeterplan en begeleiding van het samenwerkingsverband. Het basisarrangement bestaat uit vier onderdelen.

## 5.1 Basiskwaliteit
Alle scholen voldoen aan de basiskwaliteit zoals de inspectie die hanteert. Dat is een voorwaarde, geen doel op zich.

## 5.2 Preventieve en licht curatieve interventies
Op elke school kunnen kinderen rekenen op:
- een aanpak voor dyslexie volgens het Protocol Leesproblemen en Dyslexie, inclusief begeleiding en inzet van hulpmiddelen;
- een aanpak voor ernstige rekenproblemen volgens het protocol ERWD;
- een aanbod voor kinderen die meer aankunnen, met een verrijkingsgroep vanaf groep 3;
- een methode voor sociaal-emotionele ontwikkeling en een jaarlijkse monitor van welbevinden;
- begeleiding bij werkhouding en concentratie, zoals een prikkelarme werkplek en een visueel dagprogramma;
- een protocol voor medisch handelen;
- taalondersteuning voor kinderen met een andere thuistaal.

## 5.3 Ondersteuningsstructuur
Elke school heeft een intern begeleider met ten minste één dag per week per 200 leerlingen. Elke school heeft een ondersteuningsteam waarin de intern begeleider, de directeur, de schoolcontactpersoon van het samenwerkingsverband en de jeugdverpleegkundige zitten; het team komt minimaal vijf keer per jaar bijeen. Elke school kan een beroep doen op een orthopedagoog van het samenwerkingsverband voor consultatie en observatie.

## 5.4 Planmatig werken
Scholen werken handelingsgericht. Ze volgen de ontwikkeling van alle kinderen met een leerlingvolgsysteem, bespreken de groepen drie keer per jaar en stellen voor kinderen met een eigen leerlijn een ontwikkelingsperspectief op.

## 5.5 En als het basisarrangement niet genoeg is?
Welke arrangementen en voorzieningen er naast het basisarrangement in de regio zijn, van extra ondersteuning op de eigen school tot het sbo en so, staat in de Sociale kaart Peelrand-Zuid op onze website (bijlage 4). De Sociale kaart wordt door het bureau actueel gehouden.

# 6 Toelaatbaarheid sbo en so
Het samenwerkingsverband beslist op verzoek van een schoolbestuur of een leerling toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs. Dat is een wettelijke taak van het samenwerkingsverband. De procedure, de criteria en de samenstelling van de Commissie Toelaatbaarheid zijn beschreven in het Handboek toelaatbaarheid 2025 (bijlage 3). Het handboek wordt jaarlijks in juni geactualiseerd.

# 7 Doorstroom en terugkeer naar de basisschool
## 7.1 Uitgangspunt
Een plaatsing in het sbo of so is in Peelrand-Zuid bedoeld voor de tijd die een kind nodig heeft, niet automatisch voor de rest van de basisschoolperiode. Wij vinden dat een kind terug moet kunnen naar een basisschool zodra het daar met ondersteuning goed kan functioneren. De voorwaarden daarvoor zijn dat de doelen uit het ontwikkelingsperspectief in de buurt zijn gekomen, dat het kind zich in een grotere groep staande kan houden en dat er een basisschool is die de nodige begeleiding kan bieden. Een kind keert niet terug naar dezelfde situatie als voor de plaatsing: de ontvangende school krijgt extra hulp.

## 7.2 Zo gaat het in zijn werk
- Elk jaar bespreekt de sbo- of so-school in de commissie van begeleiding per kind de vraag of terugkeer mogelijk is. De uitkomst wordt vastgelegd in het ontwikkelingsperspectief.
- In het laatste jaar van de toelaatbaarheidsverklaring is dit gesprek verplicht en vindt het vóór 1 december plaats. De schoolcontactpersoon van het samenwerkingsverband schuift aan.
- Als terugkeer mogelijk is, zoekt de sbo- of so-school samen met de schoolcontactpersoon vóór 1 maart een basisschool in de buurt van het kind. De directeur van de ontvangende basisschool besluit over de inschrijving.
- De ontvangende basisschool en de sbo- of so-school stellen samen een terugkeerplan op, met de afspraken over begeleiding en een evaluatiemoment na drie maanden.
- Als terugkeer nog niet mogelijk is, vraagt de school vóór 1 april een nieuwe toelaatbaarheidsverklaring aan.

## 7.3 Het terugkeerarrangement
Bij terugkeer ontvangt de basisschool een terugkeerarrangement: een budget van € 4.000 voor extra begeleiding in het eerste jaar en ambulante begeleiding door een leerkracht van de sbo- of so-school van twee uur per week gedurende ten minste drie maanden. Het samenwerkingsverband betaalt het arrangement uit het budget voor terugkeer (zie hoofdstuk 11).

# 8 Thuiszitters en een passende plek voor elk kind
Geen kind hoort thuis te zitten. Toch gebeurt het, ook in Peelrand-Zuid. In het schooljaar 2023-2024 ging het om veertien kinderen die langer dan vier weken niet naar school gingen, en om zes kinderen met een vrijstelling van de leerplicht.

Onze aanpak bestaat uit vier onderdelen.
- Melden: een school meldt elk kind dat langer dan twee weken niet of nauwelijks naar school gaat bij de leerplichtambtenaar en bij de schoolcontactpersoon van het samenwerkingsverband.
- De Plaatsingstafel: voor elk kind dat niet naar school gaat of voor wie de school met zorgplicht binnen zes weken geen passende plek kan vinden, komt de Plaatsingstafel bijeen. Daaraan zitten de schoolcontactpersoon, de leerplichtambtenaar, een medewerker van het lokale team en de intern begeleider. De tafel maakt binnen tien werkdagen een plan met één regiehouder.
- Doorzettingsmacht: lukt het niet om binnen zes weken een plek te vinden, dan wijst de directeur-bestuurder een school of voorziening aan die het kind opvangt. De besturen hebben afgesproken dat zij zo'n aanwijzing volgen.
- Signaleren: twee keer per jaar analyseren we alle meldingen en wachtlijsten. Waar blijkt dat voor een groep kinderen in de regio geen passend aanbod bestaat, legt de directeur-bestuurder het bestuur een voorstel voor. Zo bleek in 2024 dat kinderen met een combinatie van autisme en ernstige angst lang moesten wachten; voor hen start in 2025 een kleine groep op de so-locatie in Mierloheide.
Vrijstellingen van de leerplicht bespreken we altijd met de gemeente en de jeugdarts.

# 9 Samenwerking met gemeenten en jeugdhulp
Met de vier gemeenten voeren we op overeenstemming gericht overleg over het ondersteuningsplan en over de jeugdhulpplannen. Het OOGO over dit plan vond plaats op 13 maart 2025. Samen met de gemeenten hebben we de volgende afspraken gemaakt:
- elke school heeft een vaste contactpersoon in het lokale team;
- jeugdhulp onder schooltijd is mogelijk als dat in het belang van het kind is, volgens een gezamenlijk afwegingskader;
- voor kinderen die zowel onderwijs als zorg nodig hebben, maken we onderwijs-zorgarrangementen waarvan de kosten worden gedeeld;
- gemeenten en samenwerkingsverband ontwikkelen samen de aanpak van thuiszitten (hoofdstuk 8).
Met het samenwerkingsverband VO Peelrand voeren we overleg over de overstap naar het voortgezet onderwijs.

# 10 Beoogde resultaten en kwaliteitszorg
## 10.1 Wat willen we bereiken?
| Ambitie | Resultaat in 2029 | Stand 2024 |
| Elke school biedt het volledige basisarrangement | 58 van 58 scholen | 49 van 58 |
| Geen kind zit thuis | hooguit 5 kinderen langer dan vier weken thuis; iedere thuiszitter binnen drie maanden een plan | 14 |
| Terugkeer uit sbo en so | jaarlijks minimaal 15 kinderen terug naar de basisschool | 8 |
| Deelnamepercentage sbo en so samen | maximaal 3,6 procent | 3,9 procent |
| Onderwijs en jeugdhulp samen | op 80 procent van de scholen is jeugdhulp onder schooltijd beschikbaar | 55 procent |

## 10.2 Hoe houden we zicht op de resultaten?
We volgen de resultaten met de Monitor Passend Onderwijs Peelrand-Zuid. De monitor wordt twee keer per jaar gevuld, in februari en september, met gegevens van DUO, de leerplichtadministratie, de Plaatsingstafel en een vragenlijst aan de scholen. Elke school ontvangt een eigen rapportage. Het bestuur bespreekt de monitor in maart en oktober en stelt zo nodig de uitvoeringsagenda bij. In het jaarverslag rapporteren we over de bereikte resultaten en over de kosten die ermee gemoeid waren. Eens per twee jaar bezoekt een auditteam van twee intern begeleiders van andere besturen iedere school om na te gaan of het basisarrangement op orde is.

# 11 Financieel beleid en meerjarenbegroting
Het samenwerkingsverband ontvangt jaarlijks een ondersteuningsbudget van het Rijk. Een deel daarvan gaat via DUO direct naar de so-scholen. Het verdeelmodel wordt in het schooljaar 2025-2026 herzien. De nieuwe verdeelsleutel, met de criteria voor toekenning aan de besturen, legt het bestuur in 2026 vast na advies van de OPR. De afspraken over de groeiregeling sbo en de peildatum staan in de financiële bijlage.

De meerjarenbegroting ziet er als volgt uit.
| Bedragen in euro | 2025 | 2026 | 2027 | 2028 |
| Rijksbijdrage ondersteuning | 9.460.000 | 9.360.000 | 9.270.000 | 9.180.000 |
| Afdracht so via DUO | -3.020.000 | -3.010.000 | -2.990.000 | -2.970.000 |
| Overdracht sbo | -1.560.000 | -1.540.000 | -1.520.000 | -1.500.000 |
| Budget schoolbesturen | 3.100.000 | 3.050.000 | 3.010.000 | 2.980.000 |
| Orthopedagogen en schoolcontactpersonen | 720.000 | 735.000 | 750.000 | 765.000 |
| Terugkeerarrangementen | 60.000 | 70.000 | 80.000 | 80.000 |
| Plaatsingstafel en thuiszitters | 150.000 | 150.000 | 150.000 | 150.000 |
| Onderwijs-zorgarrangementen (aandeel SWV) | 210.000 | 220.000 | 220.000 | 220.000 |
| Bureau, bestuur en OPR | 540.000 | 550.000 | 560.000 | 570.000 |
| Resultaat | 100.000 | 35.000 | -10.000 | -55.000 |
Het weerstandsvermogen bedraagt eind 2024 circa 11 procent van de baten. Het bestuur hanteert een ondergrens van 5 procent.

# 12 Governance en medezeggenschap
Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten besturen en twee onafhankelijke leden. De directeur-bestuurder wordt ondersteund door een bureau met 8,6 fte, waarvan 5,2 fte orthopedagogen en schoolcontactpersonen.

De ondersteuningsplanraad telt acht leden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft op 2 april 2025 ingestemd met dit plan. Het plan is op 24 april 2025 aan de inspectie gezonden.

## 12.1 Privacy en gegevensverwerking
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zijn wettelijke taken. Wij doen dat zorgvuldig en volgens de Algemene verordening gegevensbescherming. Het privacyreglement van het samenwerkingsverband beschrijft welke gegevens wij verwerken, met welk doel, wie er toegang toe heeft en hoe lang de gegevens worden bewaard. Gegevens over gezondheid verwerken wij alleen als dat noodzakelijk is. Dossiers worden uiterlijk drie jaar na het laatste besluit vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden in de regio.

## 12.2 Risicomanagement
Het bestuur actualiseert jaarlijks bij de begroting een risicoanalyse. De belangrijkste risico's zijn een verdere stijging van het aantal leerlingen in het so, waardoor de afdracht via DUO toeneemt, een daling van de rijksbijdrage door krimp, en het uitvallen van personeel van het bureau door de krappe arbeidsmarkt. Voor elk risico is een beheersmaatregel benoemd. Zo volgt het bureau de ontwikkeling van het aantal so-leerlingen per kwartaal en wordt bij een afwijking van meer dan tien procent het bestuur direct geïnformeerd.

# 13 Professionalisering en kennisdeling
Het samenwerkingsverband organiseert jaarlijks een IB-netwerk met vier bijeenkomsten per regio, een conferentie voor directeuren en leerkrachten en een cursusaanbod op het gebied van gedrag, dyslexie, meer- en hoogbegaafdheid en taal. De sbo- en so-scholen stellen hun expertise beschikbaar via consultatie en door leerkrachten van basisscholen te laten meelopen. Voor startende leerkrachten is er een module Passend onderwijs in het eerste jaar.

## 13.1 Personeel van het samenwerkingsverband
Het bureau heeft een vaste kern van medewerkers in dienst van het samenwerkingsverband. De schoolcontactpersonen zijn ervaren intern begeleiders of orthopedagogen die elk een vaste groep scholen ondersteunen. Zij zijn het gezicht van het samenwerkingsverband op de scholen. Om de kennis van de scholen op peil te houden, werken de schoolcontactpersonen ook een dag per week op een school. Het samenwerkingsverband volgt de cao primair onderwijs. Elke medewerker heeft een persoonlijk ontwikkelplan en jaarlijks een gesprek met de directeur-bestuurder.

## 13.2 Kennisdeling tussen scholen
Kennis die op de ene school is opgebouwd, moet ook de andere scholen ten goede komen. Daarom organiseren we leerwerkplaatsen: kleine groepen intern begeleiders en leerkrachten die een jaar lang samen werken aan een thema, zoals jonge kinderen met taalachterstand, gedrag in de groep of samenwerken met ouders van nieuwkomers. De resultaten van de leerwerkplaatsen delen we op de jaarlijkse conferentie en in een korte publicatie. Daarnaast stimuleren we dat scholen bij elkaar op bezoek gaan. Een school die op een thema veel kennis heeft, kan zich aanmelden als expertiseschool en ontvangt daarvoor een kleine vergoeding voor de tijd die leerkrachten aan collega's besteden.

## 13.3 Ondersteuning van het bestuur en het bureau
Het bureau ondersteunt het bestuur met beleidsvoorbereiding, financiële rapportages en het organiseren van de overleggen met gemeenten en de OPR. De directeur-bestuurder voert elke maand overleg met een afvaardiging van de besturen. Het bureau is bereikbaar op werkdagen en is gevestigd in Deurnebroek, in hetzelfde gebouw als een van de sbo-scholen. Dat maakt de lijnen kort.

# 14 Uitvoeringsagenda
| Schooljaar | Speerpunten |
| 2025-2026 | Herziening verdeelmodel; start groep autisme en angst in Mierloheide; nieuwe versie monitor |
| 2026-2027 | Nieuwe verdeelsleutel van kracht; eerste ronde audits basisarrangement afgerond |
| 2027-2028 | Tussenevaluatie; uitbreiding jeugdhulp onder schooltijd |
| 2028-2029 | Evaluatie planperiode; voorbereiding nieuw ondersteuningsplan |

# Bijlage 1 Begrippen
> Basisarrangement: de basisondersteuning die elke school biedt.
> Commissie Toelaatbaarheid: de commissie die namens het samenwerkingsverband beslist over toelaatbaarheidsverklaringen.
> Dekkend aanbod: het geheel van voorzieningen waarmee voor elk kind een passende plek beschikbaar is.
> Onderwijsconsulent: onafhankelijke deskundige die ouders en scholen helpt als zij vastlopen.
> Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.
> Sbo: speciaal basisonderwijs.
> So: speciaal onderwijs.
> TLV: toelaatbaarheidsverklaring.
"""

DOCS.append(dict(
    name="h101-po-peelrand-zuid-2025", ext=".pdf", text=PLAN_D,
    title="Ondersteuningsplan 2025-2029 SWV Passend PO Peelrand-Zuid",
    header="Ondersteuningsplan 2025-2029 Peelrand-Zuid",
    footer="www.peelrand-zuid-po.nl - Sociale kaart, Handboek toelaatbaarheid, informatie voor ouders",
    label=dict(
        sector="po",
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 5 'Het basisarrangement': minimum for all 58 schools set by the boards in 2023, four parts with concrete interventions and IB/OT structure; audits in 10.2 and verbeterplan (borging).",
            "plaatsing": "Ch. 6 only restates the legal task and refers procedure, criteria and commissie to the separate Handboek toelaatbaarheid (bijlage 3, not part of the input): nothing addressed.",
            "terugstroom": "Ch. 7 'Doorstroom en terugkeer': policy and conditions (7.1), yearly and last-TLV-year steps with dates and decision owners (7.2), terugkeerarrangement EUR 4.000 plus AB (7.3); figures 8 -> 15 in 10.1.",
            "financien": "Ch. 11 has a meerjarenbegroting 2025-2028 with amounts per post (besteding) and weerstandsvermogen, but the verdeelmodel is being revised and the criteria are deferred to 2026 (groeiregeling in absent financial annex): verdeling not addressed.",
            "dekkend-aanbod": "Ch. 8 addresses gaps: melding, Plaatsingstafel for pupils without a place under zorgplicht, doorzettingsmacht, twice-yearly signalering with a concrete gap and action; ch. 9 OOGO/OZA. The overview of arrangementen and voorzieningen is only in the Sociale kaart on the website (bijlage 4): continuum not addressed.",
            "resultaten": "Ch. 10.1 table of intended results 2029 with stand 2024; 10.2 monitor twice a year, bestuur review, jaarverslag, audits.",
            "ouders": "No text on informing parents or independent support; 'ouders' only in the voorwoord in passing, Onderwijsconsulent and Ouder- en jeugdsteunpunt only in the begrippenlijst, 'informatie voor ouders' only in the footer.",
        }),
))

# =================================================================== plan E
PLAN_E = r"""
%TITLE Ondersteuningsplan 2025-2029 - webversie
%TITLE Samenwerkingsverband Voortgezet Onderwijs De Groene Delta (VO 28-03)
> Deze webversie is de volledige tekst van het ondersteuningsplan zoals vastgesteld door het algemeen bestuur op 10 april 2025. Bijlagen vindt u als losse documenten onder Downloads.
# Inhoud van deze pagina
> 1. Welkom
> 2. Over De Groene Delta
> 3. Waar we voor staan
> 4. Basisondersteuning
> 5. Een dekkend aanbod: van school tot vso
> 6. Thuiszitters en zorgplicht
> 7. Toelaatbaarheid vso en praktijkonderwijs, lwoo
> 8. Na de TLV: terug naar het regulier onderwijs
> 9. Ouders en leerlingen
> 10. Samenwerking met gemeenten, jeugdhulp en mbo
> 11. Monitoring en verantwoording
> 12. Financiën
> 13. Organisatie en medezeggenschap
> 14. Personeel, scholing en ICT
> 15. Begrippen
# 1. Welkom
Welkom op de webversie van ons ondersteuningsplan. We hebben ervoor gekozen het plan als webpagina te publiceren, zodat het makkelijk te lezen is op telefoon en tablet en zodat we kunnen verwijzen naar actuele informatie. Het plan beschrijft hoe de scholen voor voortgezet onderwijs in de regio De Groene Delta samenwerken om elke jongere een passende plek te bieden. Het geldt voor de schooljaren 2025-2026 tot en met 2028-2029.

Het plan is in het afgelopen jaar geschreven door een kerngroep met twee bestuurders, drie ondersteuningscoördinatoren, een ouder en een leerling uit de ondersteuningsplanraad en twee medewerkers van het bureau. In drie rondes hebben we teksten voorgelegd aan schoolleiders, ondersteuningscoördinatoren, mentoren en gemeenten. De OPR heeft op 1 april 2025 met het plan ingestemd.

## 1.1 Leeswijzer en wettelijk kader
Dit plan is gebaseerd op de Wet voortgezet onderwijs 2020. De wet schrijft voor dat een samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt, na op overeenstemming gericht overleg met de gemeenten en met instemming van de ondersteuningsplanraad. In de wet staan de onderwerpen die het plan moet behandelen, van basisondersteuning en toelaatbaarheid tot terugplaatsing, financiën, resultaten en informatie aan ouders. U vindt de hoofdstukken in de inhoudsopgave bovenaan deze pagina. Via de knop Downloads vindt u de bijlagen en een printbare versie van het plan.

## 1.2 Hoe dit plan tot stand kwam
De kerngroep begon in maart 2024 met een reeks gesprekken op alle scholen. In totaal spraken we met meer dan tweehonderd mensen: leerlingen, mentoren, ondersteuningscoördinatoren, schoolleiders, ouders, leerplichtambtenaren en jeugdprofessionals. Wat ons opviel, was hoe vaak het ging over tijd en nabijheid: leerlingen willen een vaste begeleider, ouders willen snel duidelijkheid, en scholen willen iemand van het samenwerkingsverband die ze kennen. Die wensen zijn leidend geweest bij het inrichten van het Loket en bij de keuze om de consulenten elk een vaste groep scholen te geven.

# 2. Over De Groene Delta
De Groene Delta is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Rivierwaard, Kreekzand, Polderhaven en Oudemolen. Er zijn vijf schoolbesturen aangesloten met samen dertien scholen en achttien vestigingen: acht scholen voor regulier voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2024 volgden 10.620 leerlingen onderwijs op een van onze scholen. Ongeveer een op de zes leerlingen woont op meer dan tien kilometer van school.

De regio kent een grote variatie. In Polderhaven wonen veel gezinnen met een migratieachtergrond en komen jaarlijks tientallen nieuwkomers naar school; Oudemolen en Kreekzand zijn landelijke gemeenten met kleine kernen. Die verschillen zien we ook terug in de ondersteuningsvragen van leerlingen en in de manier waarop scholen zich hebben georganiseerd.

# 3. Waar we voor staan
Iedere jongere in De Groene Delta hoort erbij. We geloven dat jongeren zich het best ontwikkelen in een vertrouwde omgeving, met leeftijdgenoten, dicht bij huis. Wanneer dat even niet lukt, willen we snel en zonder bureaucratie schakelen naar een plek die wel past, en zo mogelijk weer terug.

Wij werken vanuit vier waarden: nabijheid, vertrouwen, eigenaarschap en samenwerking. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de leerling wordt georganiseerd. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen. Eigenaarschap betekent dat de school verantwoordelijk blijft voor haar leerling, ook als die tijdelijk elders onderwijs volgt. Samenwerking betekent dat we over de grenzen van school, zorg en gemeente heen kijken.

## 3.1 Wat we van elkaar vragen
Van de scholen vragen we dat zij hun verantwoordelijkheid nemen voor alle leerlingen in de regio, ook als een leerling niet op hun eigen school past. Van het samenwerkingsverband mogen scholen vragen dat we snel reageren, meedenken en niet meer papier vragen dan nodig is. Van de gemeenten vragen we dat de jeugdhulp aansluit op wat er in de school gebeurt. En van elkaar vragen we dat we het gesprek blijven voeren, ook als het schuurt. Dat geldt in het bijzonder voor de verdeling van de schaarse plaatsen in de voorzieningen, waarover scholen soms verschillend denken.

# 4. Basisondersteuning
In 2024 heeft de werkgroep Basis een voorstel gedaan voor gezamenlijke afspraken over de basisondersteuning in De Groene Delta. De besturen besluiten daarover in het voorjaar van 2026. Na dat besluit volgt een aanvulling op dit ondersteuningsplan, die wij ter instemming aan de OPR voorleggen.

# 5. Een dekkend aanbod: van school tot vso
## 5.1 Ondersteuning in de school
Iedere school heeft een ondersteuningsteam onder leiding van de ondersteuningscoördinator. Als een leerling meer nodig heeft dan de gewone begeleiding door mentor en vakdocenten, kan de school extra ondersteuning inzetten: een trajectvoorziening waar een leerling een deel van de week in een kleine groep werkt, begeleiding door een ambulant begeleider, coaching bij autisme of een aangepast rooster. Deze extra ondersteuning wordt vastgelegd in een ontwikkelingsperspectief.

## 5.2 Bovenschoolse voorzieningen
Als de mogelijkheden van de school tekortschieten, zijn er voorzieningen die de scholen samen in stand houden:
- OPDC De Kreek in Rivierwaard, met 48 plaatsen voor leerlingen van het vmbo die tijdelijk een kleinere, gestructureerde setting nodig hebben. Na ten hoogste twee jaar stromen leerlingen door naar het regulier vmbo, het mbo of het praktijkonderwijs.
- Herstart, een kortdurende voorziening van acht tot twaalf weken voor leerlingen die dreigen uit te vallen, gericht op herstel van schoolgang en motivatie.
- De ISK in Polderhaven voor nieuwkomers, met ongeveer 140 leerlingen, en de schakelklas voor nieuwkomers die na de ISK extra taalondersteuning nodig hebben.
- Het onderwijs-zorgprogramma Samen Verder op de vso-school De Meander, voor leerlingen die naast onderwijs intensieve jeugdhulp nodig hebben.

## 5.3 Praktijkonderwijs en voortgezet speciaal onderwijs
Voor leerlingen die duurzaam een andere vorm van onderwijs nodig hebben, zijn er twee scholen voor praktijkonderwijs en drie vso-scholen: De Meander (cluster 4), Het Baken (cluster 3, zml) en De Windroos (cluster 3, langdurig zieke en lichamelijk gehandicapte leerlingen). Samen vormen de niveaus in de school, de bovenschoolse voorzieningen en het speciaal onderwijs één samenhangend geheel: een leerling kan op elk moment instromen in de voorziening die past.

## 5.4 Is het aanbod dekkend?
Elk voorjaar houden we de Aanbodscan. Daarvoor leveren de scholen hun wachtlijsten, de aanvragen die niet konden worden gehonoreerd en de leerlingen die buiten de regio zijn geplaatst. Ook gebruiken we de signalen van leerplicht en van het Ouder- en Jeugdsteunpunt. De uitkomsten bespreken we met de schoolleiders en de gemeenten. In de scan van 2024 kwamen twee tekorten naar voren: te weinig plaatsen voor leerlingen met een havo- of vwo-niveau die vanwege angst of autisme niet in een grote klas kunnen functioneren, en een wachttijd van gemiddeld negen weken voor Herstart. In september 2025 opent op het Deltacollege een havo-vwo-voorziening met vijftien plaatsen; Herstart wordt per januari 2026 uitgebreid met een tweede groep.

## 5.5 Nieuwkomers en hoogbegaafde leerlingen
Het aantal nieuwkomers in de regio is sinds 2022 verdubbeld, vooral door de komst van jongeren uit Oekraïne en door de opvanglocatie in Polderhaven. De ISK heeft in korte tijd twee extra groepen gevormd. Na de ISK stromen de meeste leerlingen door naar het vmbo of het mbo; een kleiner deel naar havo of vwo. Voor hoogbegaafde leerlingen hebben drie scholen een plusprogramma, en het Deltacollege biedt sinds 2024 een voltijds programma voor leerlingen die in de gewone klas vastlopen. Scholen kunnen leerlingen voor dat programma aanmelden via het Loket.

# 6. Thuiszitters en zorgplicht
Elk schoolbestuur heeft zorgplicht: voor een leerling die wordt aangemeld en extra ondersteuning nodig heeft, moet de school binnen zes weken (met een mogelijke verlenging van vier weken) een passende plek bieden of zoeken. Kan de school dat niet, dan neemt zij contact op met het Loket van De Groene Delta. Het Loket roept dan binnen vijf werkdagen een Plaatsingsoverleg bijeen met alle scholen die in aanmerking komen. Het Plaatsingsoverleg wijst een school aan.

Een leerling die langer dan vier weken niet naar school gaat, meldt de school bij leerplicht en bij het Loket. Elke maand komt het Thuiszittersteam bijeen met leerplicht, het Loket en de jeugdhulp. Voor elke thuiszitter wordt een regisseur benoemd, die samen met de jongere en zijn ouders binnen twee weken een plan maakt. Lukt het niet om binnen drie maanden een oplossing te vinden, dan beslist de directeur van het samenwerkingsverband welke school de leerling opvangt.

# 7. Toelaatbaarheid vso en praktijkonderwijs, lwoo
## 7.1 Wanneer is een leerling toelaatbaar tot het vso?
Het samenwerkingsverband geeft een toelaatbaarheidsverklaring voor het vso af als de leerling aan alle volgende criteria voldoet:
- de school heeft extra ondersteuning geboden volgens een ontwikkelingsperspectief en deze ten minste twee keer geëvalueerd;
- de ondersteuningsbehoefte van de leerling is zo intensief en langdurig dat die niet binnen het regulier onderwijs, ook niet met een bovenschoolse voorziening, kan worden beantwoord;
- de leerling heeft een specialistische onderwijsomgeving nodig, zoals een kleine groep met een hoge mate van structuur, een aangepast gebouw of medische zorg onder schooltijd;
- er is zicht op een uitstroomprofiel in het vso (vervolgonderwijs, arbeid of dagbesteding) dat past bij de mogelijkheden van de leerling.
Een TLV geldt in principe voor twee schooljaren. De bekostigingscategorie (laag, midden of hoog) wordt bepaald aan de hand van de aard van de beperking.

## 7.2 Praktijkonderwijs en lwoo
Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80, en een leerachterstand van minstens drie jaar op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan één domein begrijpend lezen of inzichtelijk rekenen is. Voor leerwegondersteuning hanteert De Groene Delta de landelijke criteria: een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek.

## 7.3 De aanvraag
Hoe een school een aanvraag doet, welke stukken nodig zijn en hoe lang de behandeling duurt, leest u op de pagina Aanvragen en toewijzen van deze website.

# 8. Na de TLV: terug naar het regulier onderwijs
Voor leerlingen in het vso loopt de route rond het einde van de TLV als volgt.
- Uiterlijk in oktober van het laatste jaar van de TLV evalueert de vso-school het ontwikkelingsperspectief en bespreekt zij in de commissie van begeleiding of de leerling kan overstappen naar het regulier voortgezet onderwijs.
- In januari voert de vso-school een terugkeeroverleg met de consulent van het Loket en de ondersteuningscoördinator van een mogelijke ontvangende school.
- Het Loket besluit uiterlijk 1 maart of de TLV wordt verlengd of afloopt.
- Loopt de TLV af, dan meldt de vso-school de leerling vóór 1 april aan bij de ontvangende school. De plaatsing in het vso eindigt op 31 juli.
- Na drie en na zes maanden evalueren de ontvangende school en het Loket de overstap.
Onder welke voorwaarden wij een terugkeer wenselijk vinden, welk doel wij daarmee nastreven en welke begeleiding een leerling na de overstap krijgt, leggen we vast in de beleidsnotitie Terug- en overplaatsing, die in de loop van 2026 verschijnt.

# 9. Ouders en leerlingen
## 9.1 Goed geïnformeerd
Ouders moeten kunnen vinden welke ondersteuning er is en hoe zij die kunnen krijgen. Daarvoor gebruiken we verschillende kanalen:
- deze website, met een aparte rubriek Voor ouders met uitleg over extra ondersteuning, de voorzieningen, de TLV en de rechten van ouders en leerlingen;
- de ouderwijzer Ondersteuning in het vo, een korte brochure die de basisscholen in groep 8 meegeven en die ook in het Engels, Arabisch, Turks en Oekraïens beschikbaar is;
- de schoolgids van elke school, waarin staat welke ondersteuning de school biedt en wie het aanspreekpunt is;
- jaarlijkse voorlichtingsbijeenkomsten voor ouders in Rivierwaard en Polderhaven, samen met het samenwerkingsverband PO;
- een vast telefonisch spreekuur van het Loket op dinsdag- en donderdagmiddag.

## 9.2 Onafhankelijk advies en hulp
Soms lopen ouders vast in het contact met school. Het Ouder- en Jeugdsteunpunt De Groene Delta is er voor ouders en jongeren die advies of een luisterend oor nodig hebben. Het steunpunt werkt onafhankelijk van de scholen en het samenwerkingsverband en kan meegaan naar gesprekken. Ook kunnen ouders terecht bij de Onderwijsconsulenten. Ouders die het niet eens zijn met een besluit over een TLV, kunnen binnen zes weken bezwaar maken; het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders naar de Geschillencommissie passend onderwijs.

## 9.3 Meedoen en meepraten
Ouders en leerlingen praten mee in de ondersteuningsplanraad, waarin de helft van de zetels voor ouders en leerlingen is. Leerlingen met een ontwikkelingsperspectief hebben het recht om hun mening te geven over hun OPP. De leerlingenpanels van de scholen worden jaarlijks gevraagd naar hun ervaringen met ondersteuning.

# 10. Samenwerking met gemeenten, jeugdhulp en mbo
Met de vier gemeenten voeren we op overeenstemming gericht overleg over het ondersteuningsplan en over het lokale jeugdbeleid. Het OOGO over dit plan vond plaats op 18 maart 2025. De gemeenten en het samenwerkingsverband werken samen aan een schoolnabije jeugdhulp: op elke vestiging is een jeugd- en gezinswerker aanwezig, en op het OPDC en de vso-scholen werkt een jeugdhulpaanbieder mee in de klas. Ook maken we afspraken over leerlingenvervoer, onderwijshuisvesting voor de voorzieningen en de overgang naar mbo en arbeid. Met het mbo-college in Rivierwaard is een doorstroomprogramma afgesproken voor leerlingen van het praktijkonderwijs en het vso.

## 10.1 Van school naar mbo en werk
Een goede overstap naar het mbo of naar werk is voor veel leerlingen met een ondersteuningsvraag spannend. Daarom hebben de scholen, het mbo-college en de gemeenten in 2024 het Overstapprotocol Groene Delta vastgesteld. Het protocol regelt dat een leerling met extra ondersteuning vóór 1 april van het examenjaar een overstapgesprek heeft, waarbij de nieuwe opleiding aanschuift. De ondersteuning die in het vo werkte, wordt in een overdrachtsdocument vastgelegd, zodat het mbo daarop kan voortbouwen. Voor leerlingen van het praktijkonderwijs en het vso werken we samen met werkgevers in de regio en met het werkgeversservicepunt, dat stageplaatsen en leerwerkbanen zoekt. Jongeren die na hun achttiende geen startkwalificatie hebben, worden door de gemeente gevolgd via het regionaal meld- en coördinatiepunt voortijdig schoolverlaten.

# 11. Monitoring en verantwoording
We volgen de ontwikkelingen in de regio met een vaste set kengetallen. Twee keer per jaar, in november en in mei, stelt het bureau de Deltamonitor op met gegevens van DUO, het Loket, leerplicht en de scholen. De monitor wordt besproken in het algemeen bestuur en in de OPR, en de uitkomsten staan in het jaarverslag, dat vóór 1 juli op de website verschijnt. Daarnaast evalueren we elk voorzieningstype eens per twee jaar met een kwalitatief onderzoek onder leerlingen, ouders en medewerkers.
| Kengetal | 2022-2023 | 2023-2024 |
| Aantal afgegeven TLV's vso | 104 | 96 |
| Deelnamepercentage vso op 1 oktober | 3,5% | 3,4% |
| Leerlingen geplaatst in OPDC De Kreek | 61 | 66 |
| Thuiszitters langer dan drie maanden (peildatum 1 juni) | 12 | 9 |
| Leerlingen met een TLV die zijn teruggekeerd naar regulier vo | 7 | 10 |
Beoogde resultaten voor de planperiode stellen we vast zodra de nulmeting van de vernieuwde Deltamonitor in het schooljaar 2025-2026 is afgerond.

# 12. Financiën
De verdeling van de ondersteuningsmiddelen, de criteria voor toekenning en de meerjarenbegroting zijn opgenomen in het Financieel kader 2025-2029 (bijlage 2). Het Financieel kader wordt als apart document vastgesteld en staat onder Downloads.

# 13. Organisatie en medezeggenschap
De Groene Delta is een vereniging. De vijf schoolbesturen vormen samen de algemene ledenvergadering, die het algemeen bestuur benoemt. Het algemeen bestuur bestaat uit vijf bestuurders en een onafhankelijk voorzitter en houdt toezicht op de directeur, die het bureau en het Loket leidt. Het bureau telt elf medewerkers, onder wie vier consulenten en twee orthopedagogen.

Het Loket is de toegangspoort van het samenwerkingsverband voor scholen. De consulenten van het Loket hebben elk een vaste groep scholen, nemen deel aan de ondersteuningsteams en adviseren de scholen over de inzet van voorzieningen. De orthopedagogen zijn beschikbaar voor consultatie en voor de advisering bij aanvragen. Het algemeen bestuur heeft een auditcommissie die de directeur adviseert over financiën en risico's, en een commissie kwaliteit die de Deltamonitor voorbespreekt.

De ondersteuningsplanraad bestaat uit twaalf leden. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het plan is vóór 1 mei 2025 aan de inspectie gezonden.

# 14. Personeel, scholing en ICT
Het samenwerkingsverband investeert in de deskundigheid van de mensen die de ondersteuning waarmaken. We organiseren jaarlijks de Deltadag voor alle ondersteuningscoördinatoren en mentoren, en een leergang voor nieuwe ondersteuningscoördinatoren van vijf bijeenkomsten. Medewerkers van OPDC De Kreek en Herstart volgen een gezamenlijke opleiding in het werken met leerlingen met trauma. Het Loket werkt met een beveiligd digitaal dossier; het samenwerkingsverband voldoet aan de AVG en bewaart dossiers niet langer dan drie jaar na een besluit.

## 14.1 Planning en evaluatie van dit plan
Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan met activiteiten en een planning. Het algemeen bestuur stelt het jaarplan in juni vast. In het voorjaar van 2027 houden we een tussenevaluatie met de besturen, de OPR en de gemeenten. Als daaruit blijkt dat het plan op onderdelen moet worden aangepast, leggen we een wijziging ter instemming voor aan de OPR. In het schooljaar 2028-2029 bereiden we het volgende ondersteuningsplan voor.

## 14.2 Communicatie met scholen
Scholen ontvangen elke maand de nieuwsbrief Deltanieuws met actuele informatie over het Loket, de voorzieningen en scholingsaanbod. Daarnaast heeft iedere school een vaste consulent die minimaal eens per zes weken op school is. Twee keer per jaar houden we een regiobijeenkomst voor schoolleiders en ondersteuningscoördinatoren, waarin we de Deltamonitor bespreken en waarin scholen voorbeelden van goede praktijk delen.

# 15. Begrippen
> Arrangement: een afgesproken pakket van ondersteuning voor een leerling.
> Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat scholen bieden.
> Financieel kader: het document waarin verdeling van de middelen en begroting zijn vastgelegd.
> ISK: internationale schakelklas.
> Loket: het aanspreekpunt van het samenwerkingsverband voor scholen en ouders.
> OPDC: orthopedagogisch-didactisch centrum.
> Terugplaatsing: de overstap van het vso naar het regulier onderwijs.
> TLV: toelaatbaarheidsverklaring.
"""

DOCS.append(dict(
    name="h101-vo-groene-delta-web", ext=".html", text=PLAN_E,
    title="Ondersteuningsplan 2025-2029 | SWV VO De Groene Delta",
    header="SWV VO De Groene Delta - Home > Over ons > Ondersteuningsplan",
    footer="Downloads: Financieel kader 2025-2029 (bijlage 2) | Aanvragen en toewijzen | Contact",
    label=dict(
        sector="vo",
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 4 only says a werkgroep proposal will be decided in spring 2026 and added later (deferral); the definition appears only in the Begrippen list.",
            "plaatsing": "Section 7.1 vso criteria list with duration and categorie, 7.2 pro and lwoo criteria with figures; the application procedure is only referred to a website page (7.3): procedure not addressed. Bezwaar via LBT sits in 9.2.",
            "terugstroom": "Section 8 gives the steps around the end of the TLV (dates, Loket decides, evaluations), but aims, conditions and support after return are explicitly deferred to a 2026 beleidsnotitie: beleid not addressed (the visie line 'en zo mogelijk weer terug' is a passing value statement). Return figures in 11.",
            "financien": "Section 12 only refers to the separately adopted Financieel kader (bijlage 2, not part of the input); no distribution rules or amounts anywhere.",
            "dekkend-aanbod": "Section 5 continuum (school, OPDC, Herstart, ISK, onderwijs-zorgprogramma, pro/vso) and 5.4 yearly Aanbodscan with gaps and actions; section 6 zorgplicht/Plaatsingsoverleg and thuiszitters; section 10 OOGO.",
            "resultaten": "Section 11 describes the Deltamonitor, reporting to bestuur/OPR/jaarverslag and achieved figures, but intended results are deferred until after the nulmeting: doelen not addressed.",
            "ouders": "Section 9.1 channels (website rubriek, multilingual ouderwijzer, schoolgids, meetings, spreekuur); 9.2 independent OJSP, Onderwijsconsulenten, bezwaar, geschillencommissie; 9.3 OPR and hoorrecht.",
        }),
))

# =================================================================== near miss F
DOC_F = r"""
%TITLE Ondersteuningsplan 2025-2026
%TITLE Lichtenberg College - vmbo, havo, vwo
> Locaties Dorpsstraat en Parklaan | Onderdeel van Stichting Voortgezet Onderwijs Amstelveld
> Vastgesteld door de schoolleiding op 24 juni 2025, na advies van de deelraad
%PAGEBREAK
# Inhoud
> 1 Inleiding
> 2 Onze ondersteuningsstructuur
> 3 Basisondersteuning op het Lichtenberg College
> 4 Extra ondersteuning en arrangementen
> 5 Samenwerking met het samenwerkingsverband: TLV, lwoo en OPDC
> 6 Ouders en leerlingen
> 7 Middelen voor ondersteuning
> 8 Terugblik 2024-2025 en doelen 2025-2026
> 9 Jaarplanning zorgoverleggen
# 1 Inleiding
Dit ondersteuningsplan beschrijft hoe het Lichtenberg College in het schooljaar 2025-2026 de ondersteuning van leerlingen organiseert. Het plan is bedoeld voor medewerkers, ouders en leerlingen, en is een uitwerking van ons schoolondersteuningsprofiel. Het plan wordt jaarlijks door het zorgteam geëvalueerd en door de schoolleiding opnieuw vastgesteld.

Het Lichtenberg College is een brede scholengemeenschap met 1.340 leerlingen op twee locaties. Op de locatie Dorpsstraat volgen leerlingen vmbo basis, kader en gemengde leerweg, met leerwegondersteuning; op de locatie Parklaan volgen leerlingen vmbo-tl, havo en vwo. Onze school is aangesloten bij het Samenwerkingsverband VO Amstelveld-Zuid. De afspraken die het samenwerkingsverband met alle scholen maakt, staan in het ondersteuningsplan van het samenwerkingsverband; dit document beschrijft hoe wij die afspraken op onze school uitvoeren.

# 2 Onze ondersteuningsstructuur
We werken met drie lijnen.
- Eerste lijn: de mentor en de vakdocenten. De mentor is het eerste aanspreekpunt voor leerling en ouders, volgt de resultaten en het welbevinden en voert minimaal drie mentorgesprekken per jaar.
- Tweede lijn: het zorgteam, bestaande uit de zorgcoördinator per locatie, de leerlingbegeleiders, de dyslexiecoach, de vertrouwenspersoon en de remedial teacher. De mentor bespreekt een leerling met het zorgteam als de eigen begeleiding onvoldoende helpt.
- Derde lijn: het ondersteuningsteam (OT), waarin naast de zorgcoördinator ook de jeugdarts, de leerplichtambtenaar, de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband zitten. Het OT komt elke drie weken bijeen.
Leerlingen worden in het OT alleen besproken als ouders daarvan op de hoogte zijn. Leerlingen vanaf 16 jaar geven zelf toestemming.

# 3 Basisondersteuning op het Lichtenberg College
Onder basisondersteuning verstaan wij alles wat iedere leerling bij ons kan krijgen zonder aparte aanvraag. Op onze school gaat het om:
- begeleiding door de mentor, met een wekelijks mentoruur in de onderbouw;
- huiswerkklas op maandag tot en met donderdag tot 16.00 uur;
- faciliteiten bij dyslexie en dyscalculie, zoals extra tijd, voorleessoftware en vergrote toetsen;
- faalangsttraining en sociale vaardigheidstraining in leerjaar 1 en 2;
- de Pauzeplek, een rustige ruimte met toezicht voor leerlingen die de drukte niet aankunnen;
- begeleiding bij plannen en organiseren door de leerlingbegeleiders;
- het anti-pestprotocol en een vertrouwenspersoon per locatie.

# 4 Extra ondersteuning en arrangementen
Voor leerlingen die meer nodig hebben, kent de school de volgende arrangementen:
- de Studio, een kleine groep voor leerlingen met autisme op de locatie Parklaan, met een vaste begeleider en een eigen werkruimte;
- het Time-in-traject, waarin een leerling maximaal zes weken een deel van de dag wordt begeleid door een gedragsspecialist;
- begeleiding door een ambulant begeleider van het vso, die de school via het samenwerkingsverband inzet;
- een aangepast rooster, in overleg met de jeugdarts, voor leerlingen die langdurig ziek zijn.
Voor elke leerling met extra ondersteuning stellen we een ontwikkelingsperspectiefplan (OPP) op. Het OPP wordt met ouders en leerling besproken en twee keer per jaar geëvalueerd.

# 5 Samenwerking met het samenwerkingsverband: TLV, lwoo en OPDC
Wanneer wij een leerling ondanks alle inzet niet de ondersteuning kunnen bieden die hij nodig heeft, bespreken we met ouders en leerling of een andere plek beter past. Dat kan een tijdelijke plaatsing zijn in het OPDC van het samenwerkingsverband of een overstap naar het voortgezet speciaal onderwijs of het praktijkonderwijs. Voor het vso en het praktijkonderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.

De zorgcoördinator stelt de aanvraag samen met de mentor op in het digitale groeidocument. Ouders ondertekenen de aanvraag. Het samenwerkingsverband beslist; de procedure, de criteria en de termijnen zijn vastgesteld in het ondersteuningsplan van het samenwerkingsverband. In het schooljaar 2024-2025 vroegen wij vijf TLV's aan, die alle vijf zijn toegekend.

Voor leerwegondersteuning (lwoo) op de locatie Dorpsstraat doen wij bij aanmelding de aanvraag bij het samenwerkingsverband, op basis van de gegevens van de basisschool. Leerlingen die vanuit het vso of het OPDC naar onze school terugkeren, krijgen een vaste leerlingbegeleider en een startgesprek met ouders en de begeleider van de vorige school.

# 6 Ouders en leerlingen
Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de website, Magister en de ouderavonden. Bij zorgen over hun kind kunnen ouders contact opnemen met de mentor of de zorgcoördinator. Als ouders en school het niet eens worden, kunnen ouders de klachtenregeling van de stichting gebruiken of zich wenden tot het ouder- en jeugdsteunpunt van het samenwerkingsverband of de Onderwijsconsulenten.

Leerlingen hebben een eigen stem. Bij het opstellen van het OPP vragen we altijd naar de mening van de leerling, en twee keer per jaar spreekt het leerlingenpanel met de zorgcoördinatoren over de ondersteuning.

# 7 Middelen voor ondersteuning
De school ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning en de lwoo-middelen. In 2025 gaat het om € 186.000 lichte ondersteuning en € 612.000 lwoo. Deze middelen zetten we als volgt in:
| Post | Bedrag 2025 |
| Formatie zorgcoördinatoren (1,6 fte) | € 152.000 |
| Leerlingbegeleiders en remedial teaching | € 214.000 |
| De Studio | € 118.000 |
| Kleinere klassen vmbo basis en kader (lwoo) | € 286.000 |
| Scholing en materialen | € 28.000 |
De deelraad ontvangt jaarlijks een overzicht van de besteding.

# 8 Terugblik 2024-2025 en doelen 2025-2026
In het schooljaar 2024-2025 kregen 212 leerlingen extra ondersteuning met een OPP. Het aantal leerlingen dat langdurig verzuimde daalde van elf naar zes. De tevredenheid van ouders over de ondersteuning was 7,4.

Voor 2025-2026 hebben we de volgende doelen:
- alle OPP's worden binnen zes weken na de start van de ondersteuning besproken met ouders en leerling;
- het aantal leerlingen dat langer dan vier weken verzuimt, daalt naar maximaal vier;
- de Studio breidt uit van 12 naar 16 plaatsen;
- alle mentoren volgen de training Gesprekken met ouders.

# 9 Jaarplanning zorgoverleggen
| Periode | Overleg |
| september | Startbespreking nieuwe leerlingen met OPP |
| oktober | Eerste leerlingbespreking per klas |
| november | Evaluatie OPP's, ronde 1 |
| februari | Tweede leerlingbespreking; aanvragen lwoo voor nieuwe leerlingen |
| april | Evaluatie OPP's, ronde 2; afstemming TLV-aanvragen met het samenwerkingsverband |
| juni | Evaluatie ondersteuningsplan en vaststelling nieuw plan |
"""

DOCS.append(dict(
    name="h101-vo-lichtenberg-school-op", ext=".docx", text=DOC_F,
    title="Ondersteuningsplan 2025-2026 Lichtenberg College",
    header="Lichtenberg College - Ondersteuningsplan 2025-2026",
    footer="Lichtenberg College | zorgcoordinatie@lichtenbergcollege.example",
    label=dict(
        sector="vo",
        looks_like_plan=False,
        notes={
            "document_type": "School-level ondersteuningsplan of one VO school (zorgstructuur in lijnen, school's own basisondersteuning, arrangements, budget of one school, annual school year), not the ondersteuningsplan of a samenwerkingsverband: the SWV and its own plan are referred to as a separate party/document; no OPR, OOGO or planperiode of a verband.",
        }),
))


# =================================================================== main
def main():
    for d in DOCS:
        blocks = parse(d["text"])
        fname = d["name"] + d["ext"]
        WRITERS[d["ext"]](blocks, BASE / fname, d["header"], d["footer"], d["title"])
        lab = d["label"]
        plan = lab.get("looks_like_plan", True)
        if plan:
            derived = status_from(lab["criteria"], lab["advisory"])
            if derived != lab["elements"]:
                raise SystemExit("label inconsistent with status rule for %s: %s" % (fname, derived))
        write_label(BASE / (d["name"] + ".expected.yaml"), [fname], lab["sector"], plan,
                    lab.get("elements"), lab.get("criteria"), lab.get("advisory"), lab["notes"])
        print("%-40s %5d words" % (fname, word_count(blocks)))


if __name__ == "__main__":
    main()
