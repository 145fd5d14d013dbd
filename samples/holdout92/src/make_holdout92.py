#!/usr/bin/env python3
"""Generate the holdout92 test documents for opcheck.

Five fictional ondersteuningsplannen (four PO, one VO) and one near-miss document (a school-level
"schoolondersteuningsplan" of a single basisschool). Style focus: PO plans that put much of their
content in tables (overview tables, key-figure boxes, step tables, budget tables) next to prose.

Deterministic, no network. Output goes to the folder above this script's folder. PDFs are rendered from
a temporary .docx with LibreOffice (soffice --headless); the temporary files live in a private temp dir.
"""
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2026, 3, 1, 9, 0, 0)


# --------------------------------------------------------------------------------------------
# A tiny document model rendered to docx, html or markdown
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, title_lines, header, footer):
        self.title_lines = title_lines  # list of str; first is the main title
        self.header = header
        self.footer = footer
        self.blocks = []

    def h1(self, t):
        self.blocks.append(("h1", t))

    def h2(self, t):
        self.blocks.append(("h2", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def ul(self, items):
        self.blocks.append(("ul", list(items)))

    def ol(self, items):
        self.blocks.append(("ol", list(items)))

    def table(self, rows, header=True):
        self.blocks.append(("table", [list(r) for r in rows], header))

    def box(self, title, lines):
        self.blocks.append(("box", title, list(lines)))

    def toc(self, entries):
        self.blocks.append(("toc", list(entries)))

    def pagebreak(self):
        self.blocks.append(("pb",))

    def word_count(self):
        n = sum(len(t.split()) for t in self.title_lines)
        for b in self.blocks:
            k = b[0]
            if k in ("h1", "h2", "p"):
                n += len(b[1].split())
            elif k in ("ul", "ol", "toc"):
                n += sum(len(str(i).split()) for i in b[1])
            elif k == "table":
                n += sum(len(str(c).split()) for r in b[1] for c in r)
            elif k == "box":
                n += len(b[1].split()) + sum(len(x.split()) for x in b[2])
        return n


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.title = doc.title_lines[0]
    cp.author = "holdout92 generator"
    cp.last_modified_by = "holdout92 generator"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    # title page
    d.add_paragraph(doc.title_lines[0], style="Title")
    for t in doc.title_lines[1:]:
        para = d.add_paragraph()
        run = para.add_run(t)
        run.font.size = Pt(13)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in doc.blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif k == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif k == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in b[1]:
                d.add_paragraph(e)
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    cell.text = str(r[ci]) if ci < len(r) else ""
                    if header and ri == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                        _shade(cell, "D9E2F3")
            if ncol >= 4 and all(len(str(r[0])) > 20 for r in rows[1:3]):
                # wide first column for budget-style tables (text label + year columns)
                t.autofit = False
                rest = (16.0 - 6.0) / (ncol - 1)
                t.columns[0].width = Cm(6.0)
                for col in list(t.columns)[1:]:
                    col.width = Cm(rest)
                for row in t.rows:
                    row.cells[0].width = Cm(6.0)
                    for c in row.cells[1:]:
                        c.width = Cm(rest)
            d.add_paragraph()
        elif k == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.cell(0, 0)
            _shade(cell, "FFF2CC")
            cell.paragraphs[0].add_run(b[1]).bold = True
            for line in b[2]:
                cell.add_paragraph(line)
            d.add_paragraph()
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the docx zip with fixed timestamps so reruns give identical bytes."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix="holdout92_zip_", suffix=".docx")
    os.close(fd)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    shutil.move(tmp, str(path))
    os.chmod(str(path), 0o644)


def render_pdf(doc, path):
    work = Path(tempfile.mkdtemp(prefix="holdout92_pdf_"))
    try:
        src = work / (Path(path).stem + ".docx")
        render_docx(doc, src)
        profile = work / "lo_profile"
        cmd = [
            "soffice",
            "-env:UserInstallation=" + profile.as_uri(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(src),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(work / (Path(path).stem + ".pdf"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def render_html(doc, path):
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>%s</title>" % e(doc.title_lines[0]),
        "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:4px;vertical-align:top}"
        ".box{background:#fff2cc;border:1px solid #c9a400;padding:.5em 1em;margin:1em 0}</style>",
        "</head>",
        "<body>",
    ]
    if doc.header:
        out.append('<header class="site-header"><p>%s</p></header>' % e(doc.header))
    out.append('<section class="titel">')
    out.append("<h1>%s</h1>" % e(doc.title_lines[0]))
    for t in doc.title_lines[1:]:
        out.append("<p><strong>%s</strong></p>" % e(t))
    out.append("</section>")
    out.append("<main>")
    for b in doc.blocks:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k in ("ul", "ol"):
            out.append("<%s>" % k)
            out.extend("<li>%s</li>" % e(i) for i in b[1])
            out.append("</%s>" % k)
        elif k == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            out.extend("<li>%s</li>" % e(i) for i in b[1])
            out.append("</ul></nav>")
        elif k == "table":
            rows, header = b[1], b[2]
            out.append("<table>")
            for ri, r in enumerate(rows):
                tag = "th" if header and ri == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(str(c)), tag) for c in r) + "</tr>")
            out.append("</table>")
        elif k == "box":
            out.append('<div class="box"><p><strong>%s</strong></p>' % e(b[1]))
            out.extend("<p>%s</p>" % e(x) for x in b[2])
            out.append("</div>")
    out.append("</main>")
    if doc.footer:
        out.append('<footer class="site-footer"><p>%s</p></footer>' % e(doc.footer))
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Plan 1 — PO, docx. SWV Passend Primair Onderwijs Rivierenhof
# --------------------------------------------------------------------------------------------
def plan_rivierenhof():
    d = Doc(
        [
            "Ondersteuningsplan 2026-2030",
            "Ieder kind een passende plek, dichtbij huis",
            "Samenwerkingsverband Passend Primair Onderwijs Rivierenhof (PO 26-91)",
            "Versie 1.0 - vastgesteld door het algemeen bestuur op 24 maart 2026",
            "Instemming ondersteuningsplanraad: 17 maart 2026 - OOGO met de gemeenten: 3 februari 2026",
        ],
        header="SWV Rivierenhof | Ondersteuningsplan 2026-2030",
        footer="Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financien - Ouders | www.swvrivierenhof.nl",
    )
    d.toc([
        "1  Voorwoord .......................................................... 3",
        "2  Rivierenhof in cijfers ............................................. 4",
        "3  Missie, visie en ambities .......................................... 5",
        "4  Basisondersteuning: wat elke school biedt .......................... 7",
        "5  Van basis naar extra: de ondersteuningsroute ....................... 9",
        "6  Toelaatbaarheid en terugplaatsing .................................. 11",
        "7  Een dekkend netwerk: thuiszitters en wachtlijsten .................. 13",
        "8  Ouders ............................................................. 15",
        "9  Samenwerking met de gemeenten (OOGO) ............................... 17",
        "10 Resultaten: onze ambities voor 2030 ................................ 18",
        "11 Financien en meerjarenbegroting .................................... 20",
        "12 Organisatie, governance en medezeggenschap ......................... 21",
        "13 Personeel, professionalisering en ICT .............................. 22",
        "14 Planning 2026-2030 ................................................. 23",
        "Bijlage 1  Begrippenlijst ............................................. 24",
        "Bijlage 2  Deelnemende schoolbesturen ................................. 26",
        "Bijlage 3  Handboek toelaatbaarheid 2026 (afzonderlijk document)",
        "Bijlage 4  Verslag OOGO 3 februari 2026 (afzonderlijk document)",
        "Bijlage 5  Financieel kader en meerjarenbegroting 2026-2030 (afzonderlijk document)",
    ])
    d.pagebreak()

    d.h1("1 Voorwoord")
    d.p("Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair Onderwijs "
        "Rivierenhof. Het is het eerste plan van ons verband in de huidige samenstelling: per 1 augustus 2025 zijn "
        "de voormalige samenwerkingsverbanden Rivierenland-Oost en De Waardkant samengegaan. Zeven schoolbesturen, "
        "ruim veertig basisscholen, een school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs "
        "werken nu samen in een gebied van vier gemeenten langs de rivier.")
    d.p("Een fusie is meer dan het samenvoegen van twee organisaties. In het afgelopen jaar hebben we met intern "
        "begeleiders, directeuren, leraren, ouders en onze partners in de gemeenten gesproken over de vraag wat "
        "passend onderwijs in Rivierenhof moet betekenen. Die gesprekken waren openhartig. Er is veel trots op wat "
        "scholen al doen, maar ook zorg: over de werkdruk in de klas, over kinderen die te lang wachten op een plek, "
        "en over de vraag of de middelen wel terechtkomen waar ze het hardst nodig zijn.")
    d.p("Dit plan beschrijft op hoofdlijnen hoe we de komende vier schooljaren werken. Waar de uitwerking in een "
        "afzonderlijk document staat, verwijzen we daarnaar. Dat doen we bewust: een plan dat elke procedure tot in "
        "detail vastlegt, veroudert snel. Tegelijk weten we dat ouders en scholen duidelijkheid willen. We hebben "
        "daarom geprobeerd helder te zijn over wat elke school biedt en waar ouders terechtkunnen.")
    d.p("Wij danken de leden van de ondersteuningsplanraad voor hun kritische en betrokken bijdrage, de "
        "wethouders en beleidsmedewerkers van de gemeenten voor het constructieve overleg, en alle collega's die "
        "hebben meegeschreven. Passend onderwijs maken we samen, elke dag opnieuw.")
    d.p("Namens het algemeen bestuur, drs. M.A. (Marloes) van Dijken, directeur-bestuurder")

    d.h1("2 Rivierenhof in cijfers")
    d.p("Het samenwerkingsverband omvat de gemeenten Waardhoven, Lingedal, Oosterbroek en Zandwijk. Het gebied is "
        "deels landelijk en deels verstedelijkt rond de kern Waardhoven. Het leerlingenaantal daalt licht: de "
        "prognose gaat uit van een krimp van ongeveer 4 procent in de planperiode, vooral in de kleine kernen.")
    d.box("Kerncijfers (teldatum 1 oktober 2025)", [
        "Schoolbesturen: 7",
        "Basisscholen: 41 (46 vestigingen)",
        "Speciaal basisonderwijs: 1 school (sbo De Kade, 171 leerlingen)",
        "Speciaal onderwijs in de regio: so De Brug (cluster 4) en so Het Anker (cluster 3)",
        "Leerlingen basisonderwijs: 9.870",
        "Deelnamepercentage sbo: 1,7 procent (landelijk 2,4 procent)",
        "Deelnamepercentage so: 1,5 procent (landelijk 1,8 procent)",
        "Gemeenten: 4",
    ])
    d.p("Ongeveer een kwart van de scholen telt minder dan honderd leerlingen. Voor deze kleine scholen is het "
        "lastig om specialistische kennis zelf in huis te hebben; samenwerking tussen scholen in een kern of "
        "binnen een bestuur is daar vanzelfsprekend. In de kern Waardhoven is de groep nieuwkomers de afgelopen "
        "jaren gegroeid, onder meer door de opvang van ontheemden uit Oekraine.")
    d.table([
        ["Gemeente", "Scholen", "Leerlingen", "Ontwikkeling 2021-2025"],
        ["Waardhoven", "17", "4.610", "+2%"],
        ["Lingedal", "11", "2.480", "-6%"],
        ["Oosterbroek", "8", "1.690", "-8%"],
        ["Zandwijk", "5", "1.090", "-5%"],
    ])

    d.h1("3 Missie, visie en ambities")
    d.p("Onze missie is kort: ieder kind in Rivierenhof krijgt het onderwijs en de ondersteuning die het nodig "
        "heeft, zo dicht mogelijk bij huis en zo gewoon als het kan. Wij geloven dat kinderen het meest leren in een "
        "omgeving waar zij gezien worden, waar verschillen normaal zijn en waar leraren zich gesteund voelen.")
    d.p("Onze visie rust op vier pijlers. Ten eerste inclusief denken: de reguliere school is de norm, speciale "
        "voorzieningen zijn er voor kinderen die daar echt op zijn aangewezen. Ten tweede vroegtijdig handelen: hoe "
        "eerder een ondersteuningsbehoefte wordt gezien, hoe lichter de ondersteuning kan zijn. Ten derde "
        "partnerschap: school, ouders en jeugdhulp werken samen rond het kind. Ten vierde vertrouwen: scholen en "
        "besturen krijgen ruimte om zelf keuzes te maken, en leggen daarover verantwoording af.")
    d.p("Uit de gesprekken in de aanloop naar dit plan zijn vijf ambities naar voren gekomen. Zij vormen de rode "
        "draad door de hoofdstukken die volgen.")
    d.ul([
        "Elke school biedt aantoonbaar dezelfde stevige basis.",
        "Kinderen wachten niet langer dan nodig op passende ondersteuning.",
        "Geen kind zit thuis zonder onderwijsaanbod.",
        "Leraren voelen zich toegerust voor de verschillen in hun groep.",
        "Ouders weten waar zij terechtkunnen en voelen zich gehoord.",
    ])
    d.p("Deze ambities zijn geen losse wensen. In hoofdstuk 10 hebben we ze vertaald in concrete streefwaarden "
        "voor 2030. Middelen, mensen en tijd zetten we in waar ze het meest bijdragen aan deze ambities.")

    d.h1("4 Basisondersteuning: wat elke school biedt")
    d.h2("4.1 Wat wij onder basisondersteuning verstaan")
    d.p("Basisondersteuning is in Rivierenhof het afgesproken minimumniveau van ondersteuning dat iedere "
        "basisschool van elk aangesloten bestuur, op elk van de 46 vestigingen, aan al haar leerlingen biedt. Het "
        "niveau is vastgesteld door het algemeen bestuur en geldt voor alle scholen, ongeacht hun omvang of "
        "denominatie. Ouders hoeven voor basisondersteuning niets aan te vragen: het is wat zij van elke school in "
        "de regio mogen verwachten. Wat een school daarboven biedt, beschrijft zij in haar schoolgids.")
    d.p("De basisondersteuning bestaat uit vier onderdelen: de basiskwaliteit zoals de inspectie die beoordeelt, "
        "een goed georganiseerde ondersteuningsstructuur, planmatig en handelingsgericht werken, en een set "
        "preventieve en licht curatieve interventies. In de tabel hieronder staat per domein wat elke school "
        "concreet biedt.")
    d.h2("4.2 De standaarden")
    d.table([
        ["Domein", "Wat elke school in Rivierenhof biedt", "Wie is aan zet"],
        ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een "
         "ondersteuningsteam (IB, directie, schoolmaatschappelijk werk, zo nodig jeugdverpleegkundige) dat ten "
         "minste drie keer per jaar bijeenkomt.", "Directeur en IB'er"],
        ["Lezen en dyslexie", "Werken volgens het Protocol leesproblemen en dyslexie; extra leestijd van drie keer "
         "twintig minuten per week voor zwakke lezers; begeleiding bij de aanvraag van vergoed dyslexieonderzoek.",
         "Leerkracht, IB'er"],
        ["Rekenen en dyscalculie", "Signalering met het Protocol ERWD; verlengde instructie in de groep; "
         "rekenhulpmiddelen waar nodig.", "Leerkracht"],
        ["Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbreed programma voor sociale veiligheid; een "
         "individueel gedragsplan binnen twee weken na een signaal; een vast aanspreekpunt voor pesten.",
         "Leerkracht, gedragsspecialist bestuur"],
        ["Meer- en hoogbegaafdheid", "Compacten en verrijken van de lesstof vanaf groep 3; een signaleringsinstrument "
         "in groep 1-2 en groep 5.", "Leerkracht, IB'er"],
        ["Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand; leerlingen die korter dan een "
         "jaar in Nederland zijn kunnen terecht in de bovenschoolse taalklas (zie hoofdstuk 5).", "IB'er"],
        ["Medische en fysieke zorg", "Een protocol medisch handelen; eenvoudige aanpassingen van het gebouw en "
         "het meubilair.", "Directeur"],
        ["Samenwerking met ketenpartners", "Vaste contactpersoon van het lokale wijkteam; schoolmaatschappelijk "
         "werk op school.", "IB'er"],
    ])
    d.h2("4.3 Hoe we de basis bewaken")
    d.p("Elke school beschrijft in de schoolgids hoe zij de standaarden invult. Eens per jaar voert de "
        "onderwijsadviseur van het samenwerkingsverband met elke school een kwaliteitsgesprek aan de hand van de "
        "kwaliteitskaart basisondersteuning. Blijkt een school op een standaard onder het niveau te zitten, dan "
        "maakt de directeur binnen drie maanden een verbeterplan, dat het schoolbestuur bewaakt.")

    d.h1("5 Van basis naar extra: de ondersteuningsroute")
    d.p("Niet elk kind heeft genoeg aan de basisondersteuning. Voor kinderen die meer nodig hebben kent "
        "Rivierenhof een doorlopende route. Uitgangspunt is dat de ondersteuning zo licht mogelijk en zo dichtbij "
        "mogelijk wordt georganiseerd. De route is hieronder weergegeven.")
    d.table([
        ["Niveau", "Wat", "Waar", "Toegang"],
        ["0 Basis", "Basisondersteuning volgens de standaarden", "Elke school", "Geen aanvraag nodig"],
        ["1 Extra in de school", "Arrangement op maat, bijvoorbeeld extra begeleiding of een aangepast programma",
         "Eigen school", "Ondersteuningsteam van de school, met consulent van het SWV"],
        ["2 Bovenschools arrangement", "Observatiegroep De Overstap (8 plaatsen), plusklas voor hoogbegaafde "
         "leerlingen (een dag per week), taalklas voor nieuwkomers in Waardhoven", "Bovenschoolse voorziening",
         "Aanvraag bij het Loket van het SWV"],
        ["3 Speciaal basisonderwijs", "Onderwijs in kleinere groepen met meer specialistische begeleiding",
         "sbo De Kade", "Zie hoofdstuk 6"],
        ["4 Speciaal onderwijs", "Onderwijs voor kinderen met een zeer intensieve ondersteuningsbehoefte",
         "so De Brug, so Het Anker, so buiten de regio", "Zie hoofdstuk 6"],
    ])
    d.p("De consulenten van het samenwerkingsverband zijn het eerste aanspreekpunt voor scholen. Iedere school "
        "heeft een vaste consulent, die aansluit bij het ondersteuningsteam wanneer de school daarom vraagt. De "
        "consulent denkt mee, adviseert over een arrangement en kan een aanvraag voor een bovenschools arrangement "
        "voorbereiden, samen met de school en de ouders.")
    d.p("Met de twee so-scholen en sbo De Kade zijn afspraken gemaakt over ambulante ondersteuning aan reguliere "
        "scholen, zodat de expertise van het speciaal onderwijs ook in de basisscholen beschikbaar is. Zo ontstaat "
        "een samenhangend geheel van voorzieningen binnen en tussen de scholen.")

    d.h1("6 Toelaatbaarheid en terugplaatsing")
    d.h2("6.1 Toelaatbaarheid tot sbo en so")
    d.p("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het "
        "speciaal onderwijs. Sinds de fusie werken we met het nieuwe Handboek toelaatbaarheid 2026. Daarin staan "
        "de werkwijze, de criteria, de rol van de deskundigen en de mogelijkheden van bezwaar. Het handboek hoort "
        "als bijlage 3 bij dit plan en wordt als afzonderlijk document op de website gepubliceerd.")
    d.p("Het handboek wordt in het schooljaar 2026-2027 geevalueerd met de sbo- en so-scholen en zo nodig "
        "bijgesteld.")
    d.h2("6.2 Terugplaatsing: ons beleid")
    d.p("Een plaats in het sbo of so is voor ons geen eindstation. Wij vinden dat een kind dat zich in het "
        "speciaal (basis)onderwijs goed heeft ontwikkeld, de kans moet krijgen om terug te keren naar een "
        "basisschool, bij voorkeur in de eigen woonkern. Ons terugplaatsingsbeleid rust op drie uitgangspunten:")
    d.ul([
        "Terugplaatsing wordt bij ieder kind serieus overwogen, niet alleen aan het einde van de TLV.",
        "Een kind keert alleen terug als de ontvangende school kan bieden wat het nodig heeft, blijkend uit het "
        "ontwikkelingsperspectief en een gesprek tussen beide scholen en de ouders.",
        "Na terugkeer staat het kind er niet alleen voor: het krijgt een terugplaatsingsarrangement.",
    ])
    d.p("Het terugplaatsingsarrangement duurt maximaal een schooljaar. De sbo- of so-school levert in die periode "
        "ambulante begeleiding aan de leerkracht van de ontvangende school, gemiddeld twee uur per week in de "
        "eerste drie maanden en daarna afbouwend. Ook een "
        "proefplaatsing van zes tot acht weken is mogelijk.")
    d.p("In het schooljaar 2024-2025 keerden negen leerlingen van sbo De Kade en twee leerlingen van het so terug "
        "naar een basisschool in de regio.")
    d.h2("6.3 Het stappenplan terugplaatsing")
    d.p("De voormalige verbanden werkten elk met een eigen stappenplan. Hoe het traject van terugplaatsing in "
        "Rivierenhof precies verloopt - wie het initiatief neemt, op welke momenten wordt geevalueerd en wie "
        "beslist - stellen we in het schooljaar 2026-2027 vast, samen met de directeuren van sbo De Kade en de "
        "so-scholen. Tot die tijd maken de scholen per leerling afspraken.")

    d.h1("7 Een dekkend netwerk: thuiszitters en wachtlijsten")
    d.p("Een dekkend netwerk betekent dat er voor ieder kind in de regio een passende plek is. Dat is niet "
        "vanzelfsprekend. Elk jaar zijn er kinderen die (tijdelijk) geen onderwijs volgen of die wachten op een "
        "plaats. Het samenwerkingsverband heeft daarom een vaste aanpak om gaten in het aanbod te vinden en te "
        "dichten.")
    d.table([
        ["Signaal", "Wat we doen", "Wie", "Termijn"],
        ["Een leerling is langer dan vier weken niet of nauwelijks op school", "Melding bij leerplicht en bij de "
         "consulent van het SWV; plan van aanpak met school, ouders en jeugdhulp", "School, leerplichtambtenaar, "
         "consulent", "Binnen twee weken na de melding"],
        ["Er is geen passende plek binnen de zorgplicht van het bestuur", "Bespreking aan de thuiszitterstafel "
         "van de gemeente; het SWV zoekt met alle besturen naar een plek", "Directeur SWV", "Tafel komt elke zes "
         "weken bijeen"],
        ["Vastgelopen situatie", "De directeur-bestuurder gebruikt doorzettingsmacht en wijst een school of "
         "voorziening aan", "Directeur-bestuurder", "Binnen vier weken"],
        ["Wachtlijst bij een bovenschoolse voorziening of het so", "Maandelijkse wachtlijstmonitor; "
         "overbruggingsarrangement op de eigen school", "Loket", "Doorlopend"],
    ])
    d.p("Eens per jaar maakt het samenwerkingsverband een analyse van het aanbod: waar zijn wachtlijsten, voor "
        "welke kinderen is geen passend aanbod en welke vrijstellingen van de leerplicht zijn verleend. De laatste "
        "analyse (voorjaar 2025) liet zien dat er in het oosten van de regio geen passend aanbod is voor jonge "
        "kinderen met een ernstige taalontwikkelingsstoornis die geen cluster 2-indicatie hebben, en dat de "
        "wachttijd voor so De Brug opliep tot vijf maanden. Daarom start in augustus 2026 de kleutergroep "
        "Taalkans in Oosterbroek en breidt so De Brug met steun van het samenwerkingsverband uit met een groep.")
    d.p("Het aantal thuiszitters in Rivierenhof was op 1 oktober 2025 veertien, van wie zes langer dan drie "
        "maanden. Daarnaast hadden elf kinderen een vrijstelling op grond van artikel 5 onder a van de "
        "Leerplichtwet.")

    d.h1("8 Ouders")
    d.p("Ouders kennen hun kind als geen ander. Voor ons zijn zij partners, ook als het lastig wordt. Het "
        "samenwerkingsverband zorgt ervoor dat ouders weten welke ondersteuning er is en waar zij met vragen "
        "terechtkunnen.")
    d.h2("8.1 Zo informeren wij ouders")
    d.table([
        ["Kanaal", "Wat ouders er vinden"],
        ["Ouderpagina op www.swvrivierenhof.nl", "Uitleg over basisondersteuning, arrangementen, sbo en so, en de "
         "route naar extra ondersteuning; veelgestelde vragen"],
        ["Folder 'Passend onderwijs in Rivierenhof'", "Korte uitleg over de ondersteuning op de basisschool en in "
         "het speciaal onderwijs, in het Nederlands, Engels, Arabisch en Oekraiens; ligt op iedere school"],
        ["Schoolgids van iedere school", "Wat de school biedt aan basisondersteuning en extra ondersteuning"],
        ["Informatieavonden", "Twee keer per jaar, in Waardhoven en in Lingedal, over passend onderwijs en de "
         "overstap naar het voortgezet onderwijs"],
        ["Ouderadviseur van het SWV", "Telefonisch spreekuur op dinsdag en donderdag voor vragen over de "
         "ondersteuning van een kind"],
    ])
    d.h2("8.2 Onafhankelijke hulp")
    d.p("Soms lopen ouders en school vast, of willen ouders met iemand praten die niet bij de school of het "
        "samenwerkingsverband hoort. Ouders kunnen dan terecht bij het onafhankelijke ouder- en jeugdsteunpunt "
        "Ouderkompas Rivierenhof, dat wordt uitgevoerd door een ouderorganisatie en los staat van de besturen. "
        "Ouderkompas geeft informatie, gaat zo nodig mee naar gesprekken en geeft signalen van ouders geanonimiseerd "
        "door aan het bestuur van het samenwerkingsverband. Daarnaast kunnen ouders een beroep doen op de "
        "Onderwijsconsulenten, kosteloos, bij een dreigende thuiszitsituatie of een geschil over toelating of "
        "verwijdering. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders "
        "zich wenden tot de Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband zelf "
        "behandelt de klachtencommissie waarbij het verband is aangesloten.")
    d.h2("8.3 Betrokkenheid")
    d.p("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. Op school worden ouders betrokken bij het "
        "opstellen van het ontwikkelingsperspectief; zij hebben op het handelingsdeel instemmingsrecht.")

    d.h1("9 Samenwerking met de gemeenten (OOGO)")
    d.p("Passend onderwijs en jeugdhulp raken elkaar voortdurend. Het samenwerkingsverband en de vier gemeenten "
        "hebben een gezamenlijke agenda vastgesteld, die in het op overeenstemming gericht overleg van 3 februari "
        "2026 is besproken. De belangrijkste afspraken zijn:")
    d.ul([
        "Iedere school heeft een vaste contactpersoon in het wijkteam, die aanschuift bij het ondersteuningsteam.",
        "Voor kinderen die onderwijs en zorg nodig hebben, kunnen onderwijs-zorgarrangementen worden ingezet; "
        "school, wijkteam en jeugdhulpaanbieder stellen samen een plan op.",
        "Leerlingenvervoer en onderwijshuisvesting blijven taken van de gemeenten; het SWV adviseert.",
        "Samen met leerplicht voeren we de thuiszittersaanpak uit (hoofdstuk 7).",
    ])
    d.p("Het verslag van het OOGO is als bijlage 4 beschikbaar. Met het samenwerkingsverband voortgezet onderwijs "
        "in de regio is overleg gevoerd over de overstap van groep 8 naar de brugklas.")

    d.h1("10 Resultaten: onze ambities voor 2030")
    d.p("Wij willen niet alleen beschrijven wat we doen, maar ook wat het oplevert voor kinderen. Daarom hebben "
        "we bij elke ambitie uit hoofdstuk 3 beoogde resultaten geformuleerd.")
    d.table([
        ["Ambitie", "Beoogd resultaat in 2030"],
        ["Elke school biedt dezelfde stevige basis", "Alle 46 vestigingen voldoen aan alle standaarden "
         "basisondersteuning"],
        ["Kinderen wachten niet langer dan nodig", "Geen enkele leerling wacht langer dan acht weken op een plek "
         "in een bovenschoolse voorziening of het so"],
        ["Geen kind thuis zonder aanbod", "Het aantal thuiszitters dat langer dan drie maanden thuiszit is "
         "teruggebracht tot nul"],
        ["Toegeruste leraren", "Ten minste 80 procent van de leraren voelt zich voldoende toegerust voor de "
         "verschillen in de groep"],
        ["Ouders weten de weg", "Ten minste 75 procent van de ouders van kinderen met extra ondersteuning is "
         "tevreden over de informatie en begeleiding"],
        ["Thuisnabij onderwijs", "Het deelnamepercentage sbo en so samen blijft onder het landelijk gemiddelde"],
    ])
    d.p("Hoe en wanneer we de voortgang op deze resultaten meten, met welke bronnen, en hoe we daarover "
        "rapporteren aan bestuur, ondersteuningsplanraad en scholen, leggen we vast in een monitor- en "
        "evaluatiekalender. Die kalender wordt in de loop van 2027 opgesteld, wanneer de gegevens van beide "
        "voormalige verbanden in een systeem zijn samengebracht.")

    d.h1("11 Financien en meerjarenbegroting")
    d.p("Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Wij "
        "vinden dat geld zo dicht mogelijk bij het kind moet worden ingezet. De financiele uitwerking van dit "
        "plan - het verdeelmodel, de begroting en de meerjarenraming - is opgenomen in het Financieel kader "
        "2026-2030. Dat document hoort als bijlage 5 bij dit plan en wordt jaarlijks door het algemeen bestuur "
        "geactualiseerd bij de vaststelling van de begroting.")
    d.p("Omdat de twee voormalige verbanden met verschillende verdeelmodellen werkten, wordt in 2026 een nieuw "
        "verdeelmodel voorbereid. Het algemeen bestuur neemt daarover een besluit na advies van de "
        "ondersteuningsplanraad.")

    d.h1("12 Organisatie, governance en medezeggenschap")
    d.p("Het samenwerkingsverband is een stichting. De zeven aangesloten schoolbesturen vormen samen het "
        "algemeen bestuur, dat vier keer per jaar vergadert en de belangrijkste besluiten neemt: de vaststelling "
        "van het ondersteuningsplan, de begroting en de jaarrekening. De dagelijkse leiding ligt bij de "
        "directeur-bestuurder. Een raad van toezicht van drie onafhankelijke leden houdt toezicht op het bestuur; "
        "bestuur en toezicht zijn daarmee gescheiden.")
    d.p("Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een beleidsmedewerker, "
        "een controller (gedeeld met een ander verband), zeven consulenten, een orthopedagoog en een "
        "ouderadviseur. Het bureau is gevestigd in Waardhoven.")
    d.p("De ondersteuningsplanraad telt acht leden: vier ouders en vier personeelsleden, afgevaardigd uit de "
        "medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en "
        "vergadert zes keer per jaar. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor "
        "het personeel van het bureau.")

    d.h1("13 Personeel, professionalisering en ICT")
    d.p("Passend onderwijs staat of valt met de mensen in de klas. Veel scholen in Rivierenhof hebben moeite om "
        "vacatures te vervullen; in de kleine kernen is het lerarentekort voelbaar. Het samenwerkingsverband kan "
        "dat niet oplossen, maar kan wel bijdragen aan goed toegeruste leraren en intern begeleiders.")
    d.ul([
        "Het IB-netwerk komt vijf keer per jaar bijeen, per gemeente en een keer regionaal.",
        "Scholen kunnen kosteloos gebruikmaken van de trainingen van de Rivierenhof Academie, onder meer over "
        "gedrag in de klas, executieve functies en werken met ontwikkelingsperspectieven.",
        "Ambulant begeleiders van het so delen hun kennis in studiemiddagen op de basisscholen.",
        "Nieuwe leraren krijgen in hun eerste jaar een introductie over passend onderwijs in de regio.",
    ])
    d.p("Voor de registratie van aanvragen, arrangementen en toelaatbaarheidsverklaringen gebruikt het "
        "samenwerkingsverband een digitaal dossier. Scholen en ouders geven toestemming voor het delen van "
        "gegevens; het samenwerkingsverband houdt zich aan de AVG en bewaart gegevens niet langer dan nodig. Een "
        "functionaris gegevensbescherming ziet toe op de naleving.")

    d.h1("14 Planning 2026-2030")
    d.table([
        ["Schooljaar", "Belangrijkste activiteiten"],
        ["2026-2027", "Nieuw verdeelmodel; stappenplan terugplaatsing vaststellen; evaluatie Handboek "
         "toelaatbaarheid; start kleutergroep Taalkans"],
        ["2027-2028", "Monitor- en evaluatiekalender in gebruik; eerste meting tevredenheid ouders en leraren"],
        ["2028-2029", "Tussenevaluatie ondersteuningsplan met OPR en gemeenten"],
        ["2029-2030", "Eindevaluatie; voorbereiding ondersteuningsplan 2030-2034"],
    ])

    d.h1("Bijlage 1 Begrippenlijst")
    d.table([
        ["Begrip", "Betekenis"],
        ["Arrangement", "Een afgesproken geheel van extra ondersteuning voor een leerling of groep."],
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
         "scholen bieden."],
        ["Bekostigingscategorie", "Categorie laag, midden of hoog die op de TLV voor het so staat en bepaalt "
         "hoeveel bekostiging de so-school ontvangt."],
        ["Deskundigenadvies", "Advies van twee deskundigen, onder wie een orthopedagoog of psycholoog, dat nodig is "
         "voordat een TLV wordt afgegeven."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die adviseert bij bezwaar tegen "
         "een besluit over een TLV."],
        ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Terugplaatsing", "Terugkeer van een leerling uit het sbo of so naar het regulier onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling toelaatbaar "
         "is tot het sbo of so, voor een bepaalde periode."],
        ["Verdeelmodel", "De manier waarop het samenwerkingsverband de ondersteuningsmiddelen over besturen en "
         "scholen verdeelt."],
        ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor meerdere jaren vooruit."],
    ])
    d.h1("Bijlage 2 Deelnemende schoolbesturen")
    d.table([
        ["Bestuur", "Aantal scholen"],
        ["Stichting Openbaar Onderwijs Waardhoven", "12"],
        ["Stichting Katholiek Onderwijs Lingedal", "9"],
        ["Vereniging Christelijk Primair Onderwijs Rivierenland", "8"],
        ["Stichting Kindcentra Oosterbroek", "6"],
        ["Stichting De Zandloper", "4"],
        ["Stichting Speciaal Onderwijs De Brug (so De Brug, sbo De Kade)", "2"],
        ["Stichting Het Anker", "1"],
    ])
    return d

# --------------------------------------------------------------------------------------------
# Plan 2 — PO, docx. SWV De Kempenkring
# --------------------------------------------------------------------------------------------
def plan_kempenkring():
    d = Doc(
        [
            "Ondersteuningsplan Samenwerkingsverband De Kempenkring",
            "Primair onderwijs - PO 30-87",
            "Planperiode 1 augustus 2026 tot en met 31 juli 2030",
            "Vastgesteld door het bestuur op 19 maart 2026",
        ],
        header="Ondersteuningsplan 2026-2030 | SWV De Kempenkring PO 30-87",
        footer="SWV De Kempenkring - Postbus 112 - Heidemeer - info@kempenkring-po.nl",
    )
    d.toc([
        "Voorwoord",
        "Leeswijzer",
        "1. Terugblik 2022-2026: wat hebben we bereikt?",
        "2. De Kempenkring in kengetallen",
        "3. Koers 2026-2030",
        "4. Basisondersteuning",
        "5. Extra ondersteuning en arrangementen",
        "6. Toelaatbaarheid tot sbo en so",
        "7. Thuiszitters en een dekkend netwerk",
        "8. Kwaliteit en resultaten",
        "9. Geld en middelen",
        "10. Bestuur en medezeggenschap",
        "11. Gemeenten en jeugdhulp",
        "12. Communicatie",
        "13. Personeel, ICT en privacy",
        "Bijlage A. Begrippenlijst",
        "Bijlage B. Standaarden basisondersteuning Kempenkring 2026 (afzonderlijk document)",
        "Bijlage C. Meerjarenbegroting 2026-2030 (volgt)",
    ])
    d.pagebreak()

    d.h1("Voorwoord")
    d.p("Vier jaar geleden schreven we in ons vorige ondersteuningsplan dat we 'van systeem naar kind' wilden. "
        "Dat is gedeeltelijk gelukt. Het aantal aanvragen dat op papier werd afgehandeld, is sterk gedaald; "
        "consulenten zitten vaker aan tafel in de school. Tegelijk zien we dat de vraag naar ondersteuning groeit, "
        "dat leraren het zwaar hebben en dat de wachttijden in het speciaal onderwijs nog te lang zijn.")
    d.p("In dit plan kiezen we voor continuiteit waar het goed gaat en voor scherpe keuzes waar het beter moet. "
        "We bouwen verder op de standaarden basisondersteuning die in 2022 zijn afgesproken, we houden vast aan "
        "het schoolbudget als belangrijkste verdeelprincipe en we investeren in de overgang van speciaal naar "
        "regulier onderwijs. De Kempenkring is een verband van scholen die elkaar kennen en elkaar iets gunnen. "
        "Dat is onze kracht.")
    d.p("Het plan is besproken met de directeuren en intern begeleiders van alle scholen, met de gemeenten "
        "Heidemeer, Bergeijkerveld en Laarbeek-Zuid en met het samenwerkingsverband voortgezet onderwijs. De "
        "ondersteuningsplanraad heeft op 10 maart 2026 met het plan ingestemd.")
    d.p("R. (Ruud) Hoeks, directeur-bestuurder")

    d.h1("Leeswijzer")
    d.p("Hoofdstuk 1 blikt terug op de vorige planperiode. Hoofdstuk 2 geeft de belangrijkste kengetallen. In "
        "hoofdstuk 3 beschrijven we onze koers. De hoofdstukken 4 tot en met 7 gaan over de ondersteuning zelf: "
        "van basisondersteuning tot speciaal onderwijs en de aanpak van thuiszitten. Hoofdstuk 8 beschrijft hoe we "
        "de kwaliteit bewaken en welke resultaten we willen bereiken, hoofdstuk 9 hoe het geld wordt verdeeld. De "
        "laatste hoofdstukken gaan over organisatie en samenwerking. Achterin staat een begrippenlijst.")

    d.h1("1. Terugblik 2022-2026: wat hebben we bereikt?")
    d.p("In het ondersteuningsplan 2022-2026 hebben we zes beoogde resultaten geformuleerd. Hieronder staat per "
        "resultaat wat we hebben bereikt. De cijfers komen uit onze jaarlijkse monitor, de telling van DUO en de "
        "tevredenheidspeiling onder scholen van november 2025.")
    d.table([
        ["Beoogd resultaat 2022-2026", "Bereikt (peildatum 1 oktober 2025)", "Oordeel"],
        ["Alle scholen voldoen aan de standaarden basisondersteuning", "38 van de 42 scholen voldoen volledig",
         "Grotendeels bereikt"],
        ["Deelnamepercentage sbo en so samen onder 3,5 procent", "3,2 procent (2022: 3,8 procent)", "Bereikt"],
        ["Doorlooptijd TLV-aanvraag maximaal zes weken", "Gemiddeld 4,5 weken; 11 procent duurde langer",
         "Grotendeels bereikt"],
        ["Tien terugplaatsingen per jaar", "Gemiddeld 12 per jaar", "Bereikt"],
        ["Geen thuiszitters langer dan drie maanden", "Op 1 oktober 2025 nog 4 leerlingen", "Niet bereikt"],
        ["Scholen waarderen de consulenten met ten minste een 7,5", "7,9", "Bereikt"],
    ])
    d.p("De terugblik laat zien dat de route naar speciaal onderwijs sneller en zorgvuldiger is geworden, en dat "
        "meer kinderen thuisnabij onderwijs krijgen. Het aantal langdurige thuiszitters is gedaald, maar niet tot "
        "nul. Dat blijft een speerpunt.")

    d.h1("2. De Kempenkring in kengetallen")
    d.box("Kengetallen 1 oktober 2025", [
        "5 schoolbesturen - 42 basisscholen - 1 sbo-school (De Wissel) - 1 so-school in de regio (De Heidehof)",
        "Leerlingen basisonderwijs: 8.240 - sbo: 142 - so (leerlingen uit de regio): 121",
        "Afgegeven TLV's in 2024-2025: 64 (sbo 37, so 27)",
        "Terugplaatsingen 2024-2025: 14",
        "Thuiszitters langer dan vier weken: 9",
    ])
    d.p("De Kempenkring is een landelijk verband met veel kleine scholen. Bijna de helft van de scholen heeft "
        "minder dan 150 leerlingen. De afstanden zijn groot, wat betekent dat bovenschoolse voorzieningen voor "
        "sommige kinderen een lange reistijd meebrengen.")

    d.h1("3. Koers 2026-2030")
    d.p("Onze koers is samen te vatten in drie woorden: dichtbij, deskundig en duidelijk. Dichtbij: kinderen "
        "krijgen ondersteuning in of zo dicht mogelijk bij hun eigen school. Deskundig: leraren en intern "
        "begeleiders kunnen een beroep doen op specialistische kennis wanneer zij die nodig hebben. Duidelijk: "
        "scholen weten wat er van hen wordt verwacht en welke middelen zij daarvoor krijgen.")
    d.p("Deze koers vraagt iets van iedereen. Van de scholen vraagt hij dat zij de basis op orde houden en "
        "tijdig hulp inschakelen. Van het samenwerkingsverband vraagt hij dat het snel en zonder onnodige "
        "bureaucratie ondersteunt. Van de besturen vraagt hij dat zij hun zorgplicht gezamenlijk waarmaken.")
    d.ul([
        "Speerpunt 1: de overgang van speciaal naar regulier onderwijs versterken.",
        "Speerpunt 2: thuiszitten voorkomen en verkorten.",
        "Speerpunt 3: de expertise van sbo De Wissel en so De Heidehof breder inzetten in de basisscholen.",
        "Speerpunt 4: leraren toerusten voor gedrag in de klas.",
    ])

    d.h1("4. Basisondersteuning")
    d.h2("4.1 Het niveau van basisondersteuning")
    d.p("Basisondersteuning is in De Kempenkring het afgesproken niveau van ondersteuning dat alle "
        "basisscholen in het verband, op elke vestiging, bieden aan iedere leerling die dat nodig heeft, zonder "
        "dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is in 2022 door het bestuur "
        "vastgesteld en blijft in deze planperiode ongewijzigd. Het geldt voor alle scholen, groot en klein.")
    d.p("Zoals in het landelijke Referentiekader omvat de basisondersteuning vier aspecten: basiskwaliteit, "
        "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken.")
    d.h2("4.2 De standaarden")
    d.p("De concrete invulling van de basisondersteuning is vastgelegd in het document 'Standaarden "
        "basisondersteuning Kempenkring 2026'. Dat document hoort als bijlage B bij dit plan en is afzonderlijk "
        "gepubliceerd. Elke school beschrijft daarnaast in haar schoolgids hoe zij aan de standaarden voldoet.")
    d.h2("4.3 Borging")
    d.p("Scholen evalueren jaarlijks zelf of zij aan de standaarden voldoen. Eens in de twee jaar bezoekt een "
        "visitatieteam van twee intern begeleiders van andere scholen en een consulent van het "
        "samenwerkingsverband elke school. Voldoet een school op een of meer standaarden niet, dan stelt de "
        "directeur een verbeterplan op en volgt binnen een jaar een hervisitatie. Het bestuur van het "
        "samenwerkingsverband ontvangt jaarlijks een overzicht van de uitkomsten.")
    d.box("Basisondersteuning in cijfers (visitaties 2024-2025)", [
        "Bezochte scholen: 42",
        "Voldoen volledig aan de standaarden: 38",
        "Verbeterplan lopend: 4",
    ])

    d.h1("5. Extra ondersteuning en arrangementen")
    d.p("Wanneer de basisondersteuning niet volstaat, kan een school een beroep doen op extra ondersteuning. "
        "De Kempenkring werkt met een continuum van ondersteuning dat loopt van de eigen school tot het speciaal "
        "onderwijs. Het overzicht hieronder laat zien welke voorzieningen er zijn.")
    d.table([
        ["Voorziening", "Voor wie", "Capaciteit", "Toegang"],
        ["Schoolarrangement (uit het schoolbudget)", "Leerlingen die meer nodig hebben dan de basis", "Elke school",
         "Besluit van de school"],
        ["Consultatie en advies door een consulent van het SWV", "Scholen met een vraag over een leerling of groep",
         "Onbeperkt", "Direct via de vaste consulent"],
        ["Ambulante begeleiding vanuit sbo De Wissel en so De Heidehof", "Leerlingen met gedrags- of "
         "ontwikkelingsproblemen in het regulier onderwijs", "Circa 60 trajecten per jaar", "Commissie "
         "Arrangementen"],
        ["Groepsarrangement Time-in (gedrag)", "Leerlingen uit groep 3 tot en met 8 met ernstige "
         "gedragsproblemen, tijdelijk", "12 plaatsen", "Commissie Arrangementen"],
        ["Plusgroep De Ontdekking", "Hoogbegaafde leerlingen die vastlopen", "3 groepen van 12, een dagdeel per "
         "week", "Commissie Arrangementen"],
        ["Nieuwkomersklas Heidemeer", "Leerlingen korter dan een jaar in Nederland", "20 plaatsen", "Aanmelding "
         "door de school"],
        ["Speciaal basisonderwijs De Wissel", "Leerlingen met een TLV sbo", "ca. 145 leerlingen", "TLV, zie "
         "hoofdstuk 6"],
        ["Speciaal onderwijs De Heidehof (cluster 3 en 4) en so buiten de regio", "Leerlingen met een TLV so",
         "ca. 120 leerlingen", "TLV, zie hoofdstuk 6"],
    ])
    d.p("De Commissie Arrangementen bestaat uit een orthopedagoog en twee consulenten van het "
        "samenwerkingsverband. Zij besluit binnen vier weken over een aanvraag voor een arrangement. Een "
        "arrangement wordt toegekend wanneer de school aantoonbaar de basisondersteuning heeft geboden, de "
        "ondersteuningsbehoefte is beschreven in een groeidocument en het arrangement een concreet doel heeft dat "
        "binnen maximaal een schooljaar kan worden bereikt.")

    d.h1("6. Toelaatbaarheid tot sbo en so")
    d.h2("6.1 Wie vraagt aan")
    d.p("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar de "
        "leerling staat ingeschreven of is aangemeld. In de praktijk doet de intern begeleider de aanvraag namens "
        "het bestuur. Voor leerlingen die nog niet op een school staan ingeschreven, bijvoorbeeld jonge kinderen "
        "uit een medisch kinderdagverblijf, vraagt het bestuur van de school van aanmelding de TLV aan.")
    d.h2("6.2 De stappen")
    d.table([
        ["Stap", "Wat gebeurt er", "Wie", "Termijn"],
        ["1", "Bespreking in het ondersteuningsteam van de school; het groeidocument wordt aangevuld met het "
         "ontwikkelingsperspectief en het onderwijskundig rapport", "School, consulent SWV", "-"],
        ["2", "Digitale aanvraag bij de Commissie Toelaatbaarheid", "Schoolbestuur (IB'er namens het bestuur)",
         "-"],
        ["3", "Toets op volledigheid; ontbrekende stukken worden opgevraagd", "Secretariaat commissie",
         "Binnen 5 werkdagen"],
        ["4", "Deskundigenadvies: een orthopedagoog of psycholoog van het SWV en een tweede deskundige (afhankelijk "
         "van de leerling een kinderpsychiater, jeugdarts of maatschappelijk werker) geven ieder een eigen, "
         "schriftelijk advies. Zij zijn niet betrokken geweest bij de aanvraag.", "Twee deskundigen",
         "Binnen 3 weken"],
        ["5", "Besluit over toelaatbaarheid, duur en (bij so) bekostigingscategorie", "Commissie Toelaatbaarheid "
         "namens het bestuur van het SWV", "Binnen 6 weken na ontvangst van de volledige aanvraag"],
        ["6", "Verzending van het besluit met de adviezen van de deskundigen", "Secretariaat", "Binnen 1 week na "
         "het besluit"],
    ])
    d.h2("6.3 Criteria")
    d.table([
        ["Toelaatbaar tot", "Criteria (alle moeten van toepassing zijn)"],
        ["Speciaal basisonderwijs", "1) De leerling heeft ten minste een schooljaar basisondersteuning en een "
         "arrangement gehad zonder voldoende resultaat, blijkend uit het groeidocument; 2) de "
         "ondersteuningsbehoefte vraagt om onderwijs in een kleinere groep met een specifieke pedagogische "
         "aanpak gedurende de hele schooldag; 3) de ontwikkeling van de leerling stagneert op meerdere "
         "gebieden (leren, gedrag of sociaal-emotioneel)."],
        ["Speciaal onderwijs cluster 3", "De leerling heeft een ernstige verstandelijke, lichamelijke of "
         "meervoudige beperking of langdurige ziekte waardoor de leerling is aangewezen op een intensief "
         "onderwijs- en zorgprogramma dat het sbo niet kan bieden."],
        ["Speciaal onderwijs cluster 4", "De leerling heeft ernstige gedrags- of psychiatrische problematiek, "
         "een sbo-plaatsing of een intensief arrangement is onvoldoende gebleken of is op voorhand aantoonbaar "
         "onvoldoende, en de leerling heeft behoefte aan een structurele combinatie van onderwijs en "
         "behandeling."],
    ])
    d.h2("6.4 Duur en bekostigingscategorie")
    d.p("Een TLV voor het sbo geldt in De Kempenkring tot het einde van de basisschoolperiode, met een jaarlijkse "
        "evaluatie van het ontwikkelingsperspectief. Een TLV voor het so wordt in de regel afgegeven voor twee "
        "schooljaren; bij leerlingen met een ernstige meervoudige beperking voor de hele schoolperiode. Bij het "
        "so bepaalt de commissie de bekostigingscategorie: laag (cluster 4 en de meeste cluster 3-leerlingen), "
        "midden (leerlingen met een lichamelijke beperking) of hoog (leerlingen met een meervoudige beperking).")
    d.h2("6.5 Na afloop van de TLV: terug naar het regulier onderwijs")
    d.p("De Kempenkring wil dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. Ons "
        "uitgangspunt is terugplaatsing naar een basisschool dicht bij huis zodra het ontwikkelingsperspectief "
        "laat zien dat de leerling daar met ondersteuning tot zijn recht kan komen. Voorwaarden zijn dat de "
        "ontvangende school de ondersteuning kan bieden die in het ontwikkelingsperspectief staat, en dat de "
        "overgang goed wordt voorbereid.")
    d.table([
        ["Moment", "Wat", "Wie"],
        ["Jaarlijks, oktober", "Evaluatie van het ontwikkelingsperspectief; bij elke leerling wordt de vraag "
         "gesteld of terugplaatsing mogelijk is", "sbo- of so-school (commissie van begeleiding)"],
        ["Laatste jaar van de TLV, uiterlijk 1 februari", "Advies van de sbo- of so-school: terugplaatsing, "
         "overplaatsing of verlenging", "sbo- of so-school"],
        ["Uiterlijk 1 april", "Bij verlenging: nieuwe aanvraag TLV via de gewone procedure (6.2). Bij "
         "terugplaatsing: zoeken van een ontvangende school en warme overdracht", "Schoolbestuur, consulent "
         "SWV"],
        ["Voor 1 juli", "Besluit over de nieuwe school; afspraken over het terugplaatsingsarrangement",
         "Ontvangende school, consulent SWV"],
        ["Eerste schooljaar na terugkeer", "Terugplaatsingsarrangement: ambulante begeleiding vanuit de sbo- of "
         "so-school, evaluatie na drie en na negen maanden", "sbo- of so-school, ontvangende school"],
    ])
    d.p("Een terugplaatsing kan ook halverwege een schooljaar, als dat beter is voor de leerling. Een "
        "proefplaatsing van maximaal acht weken, waarbij de leerling ingeschreven blijft op de sbo- of so-school, "
        "is mogelijk. In 2024-2025 zijn veertien leerlingen teruggeplaatst, van wie twaalf na een jaar nog op de "
        "ontvangende school zaten.")

    d.h1("7. Thuiszitters en een dekkend netwerk")
    d.p("Ondanks alle inspanningen zijn er kinderen voor wie (tijdelijk) geen passende plek is. Het "
        "samenwerkingsverband heeft de taak om samen met de besturen een dekkend netwerk van voorzieningen te "
        "realiseren. Wij doen dat langs drie lijnen.")
    d.ol([
        "Signaleren: scholen melden elke leerling die langer dan vier weken geheel of gedeeltelijk verzuimt bij "
        "leerplicht en bij de consulent. Het samenwerkingsverband houdt een thuiszittersregister bij, dat "
        "maandelijks met leerplicht wordt besproken.",
        "Oplossen: binnen twee weken na een melding is er een overleg met school, ouders, leerplicht en zo nodig "
        "jeugdhulp. Lukt het niet binnen zes weken een plek te vinden, dan neemt de directeur-bestuurder de "
        "regie en wijst in overleg met de besturen een school of voorziening aan.",
        "Analyseren: eens per jaar analyseren wij waar het aanbod tekortschiet. Op basis van de analyse 2025 "
        "starten we in 2026-2027 een tweede Time-in-groep in het zuiden van de regio en maken we afspraken met "
        "een zorgboerderij voor een onderwijs-zorgarrangement voor jonge kinderen.",
    ])
    d.box("Thuiszitters 1 oktober 2025", [
        "Langer dan vier weken thuis: 9 leerlingen",
        "Waarvan langer dan drie maanden: 4 leerlingen",
        "Vrijstellingen artikel 5a Leerplichtwet: 7",
    ])

    d.h1("8. Kwaliteit en resultaten")
    d.h2("8.1 Beoogde resultaten 2026-2030")
    d.table([
        ["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
        ["Meer kinderen thuisnabij", "Deelnamepercentage sbo en so samen", "3,2%", "3,0% of lager"],
        ["Snelle besluitvorming", "Doorlooptijd TLV-aanvraag", "4,5 weken", "Altijd binnen 6 weken"],
        ["Geslaagde terugkeer", "Aandeel teruggeplaatste leerlingen dat na een jaar nog op de ontvangende school "
         "zit", "86%", "90%"],
        ["Geen langdurige thuiszitters", "Aantal thuiszitters langer dan drie maanden", "4", "0"],
        ["Toegeruste leraren", "Aandeel leraren dat zich voldoende toegerust voelt voor gedrag in de klas",
         "61%", "75%"],
    ])
    d.h2("8.2 Zo volgen en evalueren we")
    d.p("Het samenwerkingsverband werkt met een vaste kwaliteitskalender. Elk kwartaal rapporteert het bureau aan "
        "het bestuur over het aantal aanvragen, de doorlooptijden, de thuiszitters en de wachttijden. Eens per "
        "jaar, in het jaarverslag, worden alle indicatoren uit 8.1 gerapporteerd en vergeleken met de "
        "streefwaarden; het jaarverslag wordt besproken met de ondersteuningsplanraad en de gemeenten. Elke twee "
        "jaar houden we een tevredenheidspeiling onder scholen. Halverwege de planperiode, in 2028, volgt een "
        "tussenevaluatie door een externe partij.")

    d.h1("9. Geld en middelen")
    d.h2("9.1 Hoe we de middelen verdelen")
    d.p("De Kempenkring werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
        "schoolbesturen, die het per school inzetten. Het bestuur van het samenwerkingsverband stelt de "
        "bedragen jaarlijks in december vast, op basis van de teldatum 1 oktober.")
    d.table([
        ["Onderdeel", "Grondslag", "Bedrag 2026-2027"],
        ["Schoolbudget", "Per leerling van de school op de teldatum", "EUR 152 per leerling"],
        ["Vaste voet", "Per vestiging, ongeacht omvang", "EUR 12.500 per vestiging"],
        ["Arrangementen", "Op aanvraag, toekenning door de Commissie Arrangementen volgens de criteria in "
         "hoofdstuk 5", "Per arrangement"],
        ["Afdrachten sbo en so", "Verrekening door DUO op basis van de teldatum en de groeiregeling", "Volgens "
         "landelijke regels"],
    ])
    d.p("Besturen verantwoorden in hun jaarverslag waaraan zij het schoolbudget hebben besteed. Het "
        "samenwerkingsverband vraagt daarbij een overzicht per school van de ingezette formatie en arrangementen.")
    d.h2("9.2 Begroting en meerjarenbegroting")
    d.p("De meerjarenbegroting 2026-2030 wordt opgesteld nadat de rijksbekostiging voor het schooljaar 2026-2027 "
        "bekend is, en volgt als bijlage C. Het overzicht hieronder geeft de indeling van de begroting.")
    d.table([
        ["Post", "2026", "2027", "2028", "2029"],
        ["Schoolbudgetten en vaste voet", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Arrangementen en bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Afdrachten sbo en so", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Bureau en personeel SWV", "p.m.", "p.m.", "p.m.", "p.m."],
    ])
    d.p("De algemene reserve van het samenwerkingsverband bedroeg op 31 december 2024 EUR 0,9 miljoen en ligt "
        "daarmee onder de signaleringswaarde voor bovenmatige reserves.")

    d.h1("10. Bestuur en medezeggenschap")
    d.p("De Kempenkring is een vereniging van vijf schoolbesturen. De algemene ledenvergadering benoemt een "
        "directeur-bestuurder en houdt toezicht op diens functioneren. De directeur-bestuurder stuurt het bureau "
        "aan, dat bestaat uit zes consulenten, twee orthopedagogen, een secretariaat en een beleidsadviseur "
        "financien. Besluiten over het ondersteuningsplan, de begroting en de jaarrekening worden voorbereid door "
        "de directeur-bestuurder en genomen door de algemene ledenvergadering.")
    d.p("De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en adviseert over de "
        "begroting. Het bestuur overlegt vier keer per jaar met de ondersteuningsplanraad.")

    d.h1("11. Gemeenten en jeugdhulp")
    d.p("Met de drie gemeenten in de regio is op 28 januari 2026 op overeenstemming gericht overleg gevoerd over "
        "het concept van dit plan. Er bestond overeenstemming. Samen met de gemeenten werken we aan een goede "
        "aansluiting tussen onderwijs en jeugdhulp: elke school heeft een vaste jeugdhulpverlener vanuit het "
        "gebiedsteam, die meedoet aan het ondersteuningsteam. Voor leerlingen die zowel onderwijs als zorg nodig "
        "hebben, maken school, gemeente en jeugdhulpaanbieder per leerling een onderwijs-zorgarrangement.")
    d.p("Andere gezamenlijke onderwerpen zijn het leerlingenvervoer naar sbo en so, de huisvesting van "
        "bovenschoolse voorzieningen, de aanpak van verzuim en de overstap naar het voortgezet onderwijs.")

    d.h1("12. Communicatie")
    d.p("Het samenwerkingsverband hecht aan heldere communicatie met scholen en partners. Intern begeleiders en "
        "directeuren ontvangen zes keer per jaar de digitale nieuwsbrief Kempenkring Kort, met nieuws over "
        "procedures, scholingsaanbod en ontwikkelingen in de regio. Op het professionalsdeel van de website staan "
        "de formulieren, handleidingen en procedures voor aanvragen. Eens per jaar organiseren we een netwerkdag "
        "voor alle intern begeleiders, directeuren en partners uit de jeugdhulp. Het bureau is op werkdagen "
        "telefonisch bereikbaar voor scholen.")

    d.h1("13. Personeel, ICT en privacy")
    d.p("Het samenwerkingsverband investeert in de deskundigheid van leraren en intern begeleiders. De "
        "Kempenkring Leerroute biedt jaarlijks twaalf trainingen aan, onder meer over gedrag, dyslexie, "
        "meerbegaafdheid en het schrijven van een ontwikkelingsperspectief. Elke school heeft recht op twee "
        "dagdelen teamscholing per jaar door een specialist van sbo De Wissel of so De Heidehof.")
    d.p("Aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden ingediend via een beveiligde "
        "digitale omgeving. Het samenwerkingsverband verwerkt alleen de gegevens die nodig zijn voor zijn "
        "wettelijke taken en bewaart dossiers niet langer dan drie jaar na het besluit. Een privacyreglement en "
        "een functionaris gegevensbescherming waarborgen de naleving van de AVG.")

    d.h1("14. Van plan naar jaarplan")
    d.p("Dit ondersteuningsplan geeft de koers voor vier jaar. Elk jaar vertaalt het bureau de koers in een "
        "jaarplan met concrete activiteiten, dat samen met de begroting in december door het bestuur wordt "
        "vastgesteld. In het jaarplan staat ook welke scholingsactiviteiten er dat jaar zijn, welke bovenschoolse "
        "voorzieningen worden geevalueerd en welke afspraken met de gemeenten worden uitgewerkt.")
    d.p("Wijzigingen van dit plan gedurende de planperiode worden ter instemming voorgelegd aan de "
        "ondersteuningsplanraad. Kleine, technische aanpassingen, bijvoorbeeld in de namen van voorzieningen of "
        "contactgegevens, worden in het jaarverslag gemeld. Het bestuur heeft de ambitie om het plan in de "
        "tweede helft van de planperiode te laten aansluiten op de landelijke norm voor basisondersteuning, zodra "
        "daarover duidelijkheid is.")
    d.p("Het bureau van het samenwerkingsverband verhuist in 2027 naar het nieuwe onderwijscentrum in Heidemeer, "
        "waar ook sbo De Wissel en de nieuwkomersklas worden gehuisvest. Dat maakt korte lijnen tussen "
        "consulenten en specialisten mogelijk.")

    d.h1("Bijlage A. Begrippenlijst")
    d.table([
        ["Begrip", "Omschrijving"],
        ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat elke "
         "school biedt, zoals een dyslexieprotocol, een aanpak voor gedrag en sociale veiligheid en een "
         "intern begeleider."],
        ["Commissie Toelaatbaarheid", "Commissie die namens het SWV besluit over toelaatbaarheid tot sbo en so."],
        ["Geschillencommissie passend onderwijs", "Landelijke commissie waar ouders terechtkunnen bij een geschil "
         "met de school over toelating, verwijdering of het ontwikkelingsperspectief."],
        ["Onderwijsconsulenten", "Onafhankelijke, kosteloze adviseurs voor ouders die met school of "
         "samenwerkingsverband vastlopen."],
        ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met "
         "vragen over passend onderwijs."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ])
    return d

# --------------------------------------------------------------------------------------------
# Plan 3 — PO, pdf. Stichting Passend Onderwijs Duinrand
# --------------------------------------------------------------------------------------------
def plan_duinrand():
    d = Doc(
        [
            "Ondersteuningsplan 2026-2030",
            "Stichting Passend Onderwijs Duinrand - samenwerkingsverband primair onderwijs PO 27-93",
            "Samen leren aan de kust",
            "Vastgesteld door het algemeen bestuur d.d. 26 maart 2026 na instemming van de OPR d.d. 12 maart 2026",
        ],
        header="Passend Onderwijs Duinrand - Ondersteuningsplan 2026-2030",
        footer="Duinrand PO 27-93 | basisondersteuning, toelaatbaarheid, terugplaatsing, ouders | pagina",
    )
    d.toc([
        "1 Inleiding",
        "2 Ons samenwerkingsverband",
        "3 Waar we voor staan",
        "4 Basisondersteuning",
        "5 Het ondersteuningscontinuum",
        "6 Toelaatbaarheid sbo en so",
        "7 Samenwerking met gemeenten en jeugdhulp",
        "8 Ouders en communicatie",
        "9 Wat willen we bereiken en hoe meten we dat",
        "10 Geld en middelen",
        "11 Organisatie en medezeggenschap",
        "12 Personeel en deskundigheid",
        "13 Jaarplanning",
        "Afkortingenlijst",
    ])
    d.pagebreak()

    d.h1("1 Inleiding")
    d.p("Dit is het derde ondersteuningsplan van Stichting Passend Onderwijs Duinrand. Het plan beschrijft hoe de "
        "zes aangesloten schoolbesturen in de gemeenten Duinwijk, Zandvoorde en Helmhorst de komende vier jaar "
        "samen zorgen voor passend onderwijs voor alle kinderen van 4 tot 13 jaar. Het plan geldt van 1 augustus "
        "2026 tot en met 31 juli 2030.")
    d.p("Bij het schrijven van dit plan hebben we gebruikgemaakt van de evaluatie van het vorige plan, van "
        "gesprekken met directeuren, intern begeleiders en leraren, van een ouderavond in november 2025 en van de "
        "adviezen van de ondersteuningsplanraad. We hebben geprobeerd een plan te maken dat leesbaar is voor "
        "iedereen die betrokken is bij passend onderwijs: leraren, schoolleiders, ouders en partners. Daarom "
        "staat veel informatie in overzichtelijke tabellen.")
    d.p("Het plan is op 4 februari 2026 besproken in het op overeenstemming gericht overleg met de drie gemeenten "
        "en op 9 februari 2026 met het samenwerkingsverband voortgezet onderwijs Kust en Duin. De "
        "ondersteuningsplanraad heeft op 12 maart 2026 ingestemd.")

    d.h1("2 Ons samenwerkingsverband")
    d.box("Duinrand in een oogopslag (1 oktober 2025)", [
        "6 schoolbesturen",
        "34 basisscholen met 38 vestigingen",
        "1 school voor speciaal basisonderwijs: sbo De Golfslag (2 locaties)",
        "1 school voor speciaal onderwijs cluster 4: so De Duinroos",
        "Leerlingen basisonderwijs: 7.410",
        "Leerlingen sbo: 158 - leerlingen so (uit Duinrand): 97",
        "Afgegeven TLV's 2024-2025: sbo 44, so 26",
    ])
    d.p("Het gebied van Duinrand is divers. Duinwijk is een middelgrote stad met wijken waar veel gezinnen in "
        "armoede leven; Zandvoorde en Helmhorst zijn dorpen met een toeristische economie. De leerlingaantallen "
        "zijn de afgelopen jaren stabiel gebleven. Wel zien we een groei van het aantal kinderen met een "
        "ondersteuningsvraag op het gebied van gedrag en van het aantal nieuwkomers in Duinwijk.")
    d.table([
        ["Bestuur", "Scholen", "Leerlingen"],
        ["Stichting Openbaar Primair Onderwijs Duinwijk", "11", "2.720"],
        ["Stichting Katholieke Scholen Kust", "8", "1.640"],
        ["Vereniging Protestants-Christelijk Onderwijs Helmhorst", "6", "1.210"],
        ["Stichting Kindcentra Zandvoorde", "5", "1.080"],
        ["Stichting Vrije School Duinrand", "2", "460"],
        ["Stichting Speciaal Onderwijs De Duinroos (incl. sbo De Golfslag)", "2", "255"],
    ])

    d.p("De zes besturen verschillen sterk in omvang en identiteit. Naast openbare, katholieke en "
        "protestants-christelijke scholen zijn er twee vrije scholen en een bestuur voor speciaal onderwijs. Die "
        "verscheidenheid zien wij als een rijkdom: ouders kunnen kiezen, en scholen leren van elkaars aanpak. "
        "Tegelijk vraagt zij om heldere gezamenlijke afspraken, zodat een kind op iedere school kan rekenen op "
        "dezelfde stevige basis. In de zomermaanden verdubbelt de bevolking van Zandvoorde en Helmhorst door het "
        "toerisme; voor de scholen betekent dat onder meer dat veel ouders in de seizoensarbeid werken en in het "
        "voorjaar en de zomer moeilijk bereikbaar zijn voor gesprekken. Scholen houden daar bij het plannen van "
        "oudergesprekken rekening mee.")

    d.h1("3 Waar we voor staan")
    d.p("Duinrand staat voor onderwijs waarin ieder kind erbij hoort. We willen dat kinderen zo veel mogelijk "
        "naar een school in hun eigen wijk of dorp kunnen, samen met hun broertjes, zusjes en vriendjes. Dat "
        "vraagt om scholen die verschillen tussen kinderen als vanzelfsprekend zien, om leraren die zich gesteund "
        "voelen en om een samenwerkingsverband dat snel en deskundig helpt als het nodig is.")
    d.p("Onze kernwaarden zijn: vertrouwen, eigenaarschap en samenwerking. Vertrouwen in de professionaliteit van "
        "scholen; eigenaarschap van besturen voor hun zorgplicht en voor de middelen die zij ontvangen; "
        "samenwerking met ouders, jeugdhulp en gemeenten. Geen kind mag tussen wal en schip vallen en geen kind "
        "hoort thuis te zitten.")
    d.p("In de planperiode leggen we de nadruk op drie thema's: gedrag in de klas, jonge kinderen en "
        "nieuwkomers. Op deze thema's zetten we extra middelen en expertise in.")

    d.h2("3.1 Terugblik op het vorige plan")
    d.p("Het vorige ondersteuningsplan liep van 2022 tot 2026. In die periode is veel bereikt. Alle scholen "
        "werken inmiddels met een ondersteuningsteam waarin de schoolmaatschappelijk werker vast deelneemt. De "
        "Rebound-groep Kompas is in 2023 gestart en heeft sindsdien 46 leerlingen begeleid. Het aantal "
        "aanvragen voor een TLV is gedaald van 84 in 2021-2022 naar 70 in 2024-2025. De tevredenheid van "
        "scholen over de onderwijsspecialisten is hoog: gemiddeld een 8,0.")
    d.p("Er waren ook tegenvallers. De evaluatie liet zien dat de doelen in het vorige plan te algemeen waren "
        "geformuleerd, waardoor niet goed vast te stellen was of ze waren bereikt. Ook bleek dat leraren zich "
        "onvoldoende toegerust voelen voor leerlingen met gedragsproblemen: in de lerarenpeiling van 2025 gaf 58 "
        "procent aan zich voldoende toegerust te voelen. De administratieve last van aanvragen werd door intern "
        "begeleiders als te hoog ervaren; het digitale portaal is daarom in 2025 vereenvoudigd.")
    d.h2("3.2 Drie thema's voor 2026-2030")
    d.table([
        ["Thema", "Waarom", "Wat we doen"],
        ["Gedrag in de klas", "Meer leerlingen met gedragsvragen; leraren voelen zich onvoldoende toegerust",
         "Scholingstraject voor alle teams, coaching in de klas door gedragsspecialisten van so De Duinroos, "
         "intervisie voor gedragsspecialisten"],
        ["Jonge kinderen", "Vroeg signaleren voorkomt zwaardere ondersteuning later",
         "Betere overdracht vanuit de voorschool, scholing van kleuterleerkrachten, observatie in groep 1-2"],
        ["Nieuwkomers", "Groei van het aantal nieuwkomers in Duinwijk", "Taalschool Duinwijk, scholing NT2 voor "
         "leerkrachten, tolken bij oudergesprekken"],
    ])
    d.p("Bij elk thema hoort een werkgroep met directeuren, intern begeleiders en een onderwijsspecialist. De "
        "werkgroepen rapporteren jaarlijks aan het algemeen bestuur over de voortgang van hun activiteiten.")

    # --- duinrand: basisondersteuning
    d.h1("4 Basisondersteuning")
    d.p("Basisondersteuning is in Duinrand de ondersteuning die alle basisscholen in het samenwerkingsverband, op "
        "al hun vestigingen, ten minste bieden. Het is het gezamenlijke minimumniveau waarover de zes besturen "
        "afspraken hebben gemaakt. Voor basisondersteuning is geen aanvraag nodig en geen toestemming van het "
        "samenwerkingsverband. De tabel laat zien wat ouders van iedere school in Duinrand mogen verwachten.")
    d.table([
        ["Thema", "Wat elke school in Duinrand biedt"],
        ["Zorgstructuur", "Een intern begeleider, vier groepsbesprekingen per jaar en een ondersteuningsteam met "
         "de schoolmaatschappelijk werker dat maandelijks overlegt"],
        ["Handelingsgericht werken", "Groepsplannen of groepsoverzichten op basis van toetsgegevens en observaties; "
         "twee keer per jaar analyse van de resultaten"],
        ["Taal, lezen en dyslexie", "Dyslexieprotocol, extra leesinstructie in kleine groepjes, voorleessoftware "
         "voor leerlingen met dyslexie"],
        ["Rekenen", "Dyscalculieprotocol, verlengde instructie, inzet van concreet materiaal"],
        ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren, een anti-pestprotocol, jaarlijks een "
         "monitor sociale veiligheid, een gedragsaanpak volgens de afspraken van Duinrand"],
        ["Meer- en hoogbegaafdheid", "Signalering, compacten en verrijken, een aanbod in de eigen groep"],
        ["Jonge kinderen", "Een warme overdracht met de voorschool en een observatie-instrument in groep 1-2"],
        ["Medische zorg", "Protocol medisch handelen, samenwerking met de jeugdarts"],
        ["Samenwerking", "Vaste afspraken met het jeugd- en gezinsteam van de gemeente"],
    ])
    d.p("Scholen leggen in hun schoolgids vast hoe zij de basisondersteuning invullen. Het samenwerkingsverband "
        "bespreekt de basisondersteuning jaarlijks met elke school in het ondersteuningsgesprek met de "
        "onderwijsspecialist. Tekortkomingen worden vastgelegd in afspraken die in het volgende gesprek worden "
        "nagelopen.")

    d.h1("5 Het ondersteuningscontinuum")
    d.p("De ondersteuning in Duinrand is opgebouwd in vijf niveaus. Hoe hoger het niveau, hoe intensiever de "
        "ondersteuning en hoe meer partijen erbij betrokken zijn. Het continuum zorgt voor een samenhangend geheel "
        "van voorzieningen binnen en tussen de scholen.")
    d.table([
        ["Niveau", "Omschrijving", "Voorbeelden", "Wie beslist"],
        ["1", "Basisondersteuning in de groep", "Verlengde instructie, leesinstructie, gedragsafspraken",
         "Leerkracht"],
        ["2", "Basisondersteuning met inzet van de intern begeleider", "Handelingsplan, observatie, gesprek met "
         "ouders", "IB'er"],
        ["3", "Extra ondersteuning op school (arrangement)", "Individueel arrangement, inzet "
         "onderwijsassistent, ambulante begeleiding vanuit so De Duinroos", "Ondersteuningsteam met "
         "onderwijsspecialist SWV"],
        ["4", "Bovenschoolse voorziening", "Taalschool Duinwijk (nieuwkomers), Rebound-groep Kompas (gedrag, max. "
         "20 weken), Plusklas Zeester (hoogbegaafdheid)", "Commissie Arrangementen SWV"],
        ["5", "Speciaal (basis)onderwijs", "sbo De Golfslag, so De Duinroos, so buiten de regio", "Commissie "
         "Toelaatbaarheid SWV"],
    ])
    d.p("De onderwijsspecialisten van het samenwerkingsverband zijn de schakel tussen school en "
        "samenwerkingsverband. Zij sluiten aan bij het ondersteuningsteam op niveau 3 en bereiden aanvragen voor "
        "niveau 4 en 5 voor. Een aanvraag voor niveau 4 wordt ingediend via het digitale portaal; de Commissie "
        "Arrangementen besluit binnen vier weken.")
    d.p("Voor witte vlekken in het aanbod en kinderen die thuiszitten, willen we een sluitende aanpak. Een "
        "aanpak om die witte vlekken systematisch in kaart te brengen, stellen we in 2027 samen met de gemeenten "
        "op. Het gaat dan ook om afspraken met leerplicht over kinderen die thuiszitten.")

    d.h1("6 Toelaatbaarheid sbo en so")
    d.p("Voor een plaats in het speciaal basisonderwijs of het speciaal onderwijs is een toelaatbaarheidsverklaring "
        "(TLV) van het samenwerkingsverband nodig. De aanvraag loopt via de volgende stappen.")
    d.table([
        ["Stap", "Wat", "Wie", "Termijn"],
        ["1", "Bespreking in het ondersteuningsteam; de onderwijsspecialist adviseert of een aanvraag wordt "
         "voorbereid", "School, onderwijsspecialist SWV", "-"],
        ["2", "Aanvraag via het digitale portaal met het groeidocument, het ontwikkelingsperspectief en de "
         "zienswijze van ouders", "Schoolbestuur (directeur namens het bestuur)", "-"],
        ["3", "Deskundigenadvies: een orthopedagoog van het SWV en een tweede deskundige (psycholoog, "
         "kinderpsychiater of jeugdarts, afhankelijk van de vraag), elk met een eigen schriftelijk advies",
         "Twee deskundigen", "Binnen 3 weken"],
        ["4", "De Commissie Toelaatbaarheid toetst de aanvraag aan de criteria en neemt een besluit",
         "Commissie Toelaatbaarheid", "Binnen 6 weken na volledige aanvraag"],
        ["5", "Besluit met adviezen naar schoolbestuur en ouders", "Secretariaat", "Binnen 5 werkdagen"],
    ])
    d.p("De TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin de leerling twaalf jaar wordt. "
        "De TLV voor het so wordt afgegeven voor twee schooljaren, met bekostigingscategorie laag, tenzij de "
        "deskundigen een hogere categorie adviseren.")
    d.p("De criteria voor toelaatbaarheid tot sbo en so worden in het schooljaar 2026-2027 opnieuw vastgesteld, "
        "samen met sbo De Golfslag en so De Duinroos. De nieuwe criteria worden na instemming van de "
        "ondersteuningsplanraad gepubliceerd. Tot die tijd beoordeelt de commissie iedere aanvraag zorgvuldig en "
        "op maat.")

    d.h1("7 Samenwerking met gemeenten en jeugdhulp")
    d.p("Passend onderwijs en jeugdhulp hebben elkaar nodig. Met de gemeenten Duinwijk, Zandvoorde en Helmhorst "
        "zijn in het OOGO van 4 februari 2026 de volgende afspraken gemaakt.")
    d.table([
        ["Thema", "Afspraak"],
        ["Jeugdhulp in en om de school", "Elke school heeft een vaste medewerker van het jeugd- en gezinsteam; "
         "deze sluit aan bij het ondersteuningsteam"],
        ["Onderwijs-zorgarrangementen", "Voor kinderen die onderwijs en zorg nodig hebben, stellen school, "
         "gemeente en zorgaanbieder samen een arrangement op"],
        ["Leerlingenvervoer", "De gemeenten blijven verantwoordelijk; het SWV adviseert bij twijfel over de "
         "dichtstbijzijnde passende school"],
        ["Onderwijshuisvesting", "Overleg over ruimte voor bovenschoolse voorzieningen in het IHP"],
        ["Thuiszitters", "Gesprekspunt in het bestuurlijk overleg"],
    ])
    d.p("Het bestuurlijk overleg tussen de wethouders onderwijs en jeugd en de directeur-bestuurder vindt twee "
        "keer per jaar plaats.")

    d.h1("8 Ouders en communicatie")
    d.p("Ouders zijn onmisbaar bij passend onderwijs. Zij worden betrokken bij gesprekken over hun kind in het "
        "ondersteuningsteam en hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief. In "
        "de ondersteuningsplanraad zijn ouders en personeel gelijk vertegenwoordigd.")
    d.p("Het samenwerkingsverband informeert ouders op verschillende manieren over de ondersteuning die er in "
        "Duinrand is:")
    d.table([
        ["Middel", "Inhoud", "Frequentie"],
        ["Website, rubriek Voor ouders", "Uitleg over basisondersteuning, de vijf niveaus, arrangementen, sbo en so",
         "Doorlopend actueel"],
        ["Ouderfolder 'Passend onderwijs in Duinrand'", "Korte uitleg over de ondersteuning en het "
         "ondersteuningsteam, ook in het Engels, Pools en Arabisch", "Jaarlijks herzien, op elke school"],
        ["Schoolgids", "Wat de school biedt aan basisondersteuning en extra ondersteuning", "Jaarlijks"],
        ["Informatiebijeenkomsten", "Thema-avonden over passend onderwijs, hoogbegaafdheid en de overstap naar "
         "het vo", "Drie keer per jaar"],
        ["Nieuwsbrief voor ouders", "Nieuws over voorzieningen en bijeenkomsten", "Twee keer per jaar"],
    ])
    d.p("Ouders die vragen hebben over de ondersteuning van hun kind, of het niet eens zijn met de school, vinden "
        "op de website van het samenwerkingsverband een overzicht van organisaties die hen onafhankelijk kunnen "
        "helpen. Het ouder- en jeugdsteunpunt wordt ingericht zodra de wettelijke verplichting ingaat; de "
        "vormgeving daarvan volgt in overleg met de ondersteuningsplanraad.")

    d.h1("9 Wat willen we bereiken en hoe meten we dat")
    d.p("In de evaluatie van het vorige plan constateerden we dat onze doelen te algemeen waren. Voor 2026-2030 "
        "hebben we daarom doelen met meetbare indicatoren opgesteld.")
    d.table([
        ["Doel", "Indicator", "Stand 2025", "Streefwaarde 2030", "Bron"],
        ["Alle scholen bieden de basisondersteuning", "Aandeel scholen dat op alle thema's voldoet", "85%", "100%",
         "Ondersteuningsgesprekken"],
        ["Arrangementen werken", "Aandeel arrangementen waarvan het doel is bereikt", "68%", "80%",
         "Evaluatie per arrangement"],
        ["Snelle besluiten", "Doorlooptijd TLV", "5,2 weken", "Maximaal 6 weken, in 95% van de aanvragen",
         "Registratiesysteem"],
        ["Thuisnabij onderwijs", "Deelnamepercentage sbo + so", "3,4%", "3,1%", "DUO, 1 oktober"],
        ["Tevreden ouders", "Waardering ouders voor de begeleiding van hun kind", "7,1", "7,5",
         "Oudervragenlijst"],
        ["Toegeruste leraren", "Aandeel leraren dat zich toegerust voelt voor gedrag", "58%", "75%",
         "Lerarenpeiling"],
    ])
    d.p("De gegevens worden verzameld in het dashboard van het samenwerkingsverband. Het bureau rapporteert twee "
        "keer per jaar aan het algemeen bestuur over de indicatoren: in de managementrapportage van januari en in "
        "het jaarverslag. Het jaarverslag wordt besproken met de ondersteuningsplanraad. De ouder- en "
        "lerarenpeilingen vinden elke twee jaar plaats, voor het eerst in het voorjaar van 2027. Wanneer een "
        "indicator twee jaar achter elkaar onder de verwachte ontwikkeling blijft, bespreekt het bestuur "
        "bijsturing.")

    d.h1("10 Geld en middelen")
    d.h2("10.1 Inkomsten")
    d.p("Het samenwerkingsverband ontvangt jaarlijks van het Rijk een ondersteuningsbudget voor lichte en zware "
        "ondersteuning. Daarvan worden eerst de afdrachten aan het so (door DUO) en de bekostiging van het sbo "
        "boven de 2 procent afgetrokken. Het resterende bedrag wordt verdeeld zoals hieronder beschreven.")
    d.h2("10.2 Verdeling")
    d.table([
        ["Middel", "Verdeling", "Besluit", "Bedrag per eenheid 2026-2027"],
        ["Schoolondersteuningsbudget", "Naar rato van het aantal leerlingen per bestuur op 1 oktober",
         "Jaarlijks in de begroting, algemeen bestuur", "EUR 165 per leerling"],
        ["Vaste voet", "Per vestiging", "Algemeen bestuur", "EUR 10.000 per vestiging"],
        ["Arrangementen niveau 3 (ambulante begeleiding)", "Op aanvraag, op basis van een ondersteuningsbehoefte "
         "die de basisondersteuning overstijgt", "Onderwijsspecialist met ondersteuningsteam", "Gemiddeld EUR "
         "4.500 per arrangement"],
        ["Bovenschoolse voorzieningen niveau 4", "Vast budget per voorziening", "Algemeen bestuur",
         "Zie meerjarenbegroting"],
    ])
    d.h2("10.3 Meerjarenbegroting")
    d.table([
        ["Bedragen x EUR 1.000", "2026", "2027", "2028", "2029"],
        ["Baten: ondersteuningsbudget Rijk", "8.940", "8.910", "8.880", "8.850"],
        ["Afdrachten so (DUO) en sbo boven 2%", "3.620", "3.600", "3.580", "3.560"],
        ["Schoolondersteuningsbudgetten en vaste voet", "1.603", "1.600", "1.595", "1.590"],
        ["Arrangementen niveau 3", "1.080", "1.100", "1.120", "1.120"],
        ["Bovenschoolse voorzieningen", "1.350", "1.380", "1.400", "1.420"],
        ["Onderwijsspecialisten en bureau", "1.120", "1.140", "1.160", "1.170"],
        ["Professionalisering en innovatie", "240", "210", "180", "150"],
        ["Saldo", "-73", "-120", "-155", "-160"],
    ])
    d.p("De negatieve saldi zijn bewust begroot: het samenwerkingsverband bouwt zo de reserve af, die op 31 "
        "december 2025 naar verwachting EUR 1,4 miljoen bedraagt. Aan het einde van de planperiode ligt de reserve "
        "onder de signaleringswaarde. Besturen leggen jaarlijks verantwoording af over de besteding van het "
        "schoolondersteuningsbudget via een vast format in het bestuursverslag.")

    d.h1("11 Organisatie en medezeggenschap")
    d.p("Stichting Passend Onderwijs Duinrand wordt bestuurd door een directeur-bestuurder onder toezicht van "
        "het algemeen bestuur, waarin de zes schoolbesturen zitting hebben. Het algemeen bestuur stelt het "
        "ondersteuningsplan, de begroting en het jaarverslag vast. Het bureau telt 9,4 fte: de "
        "directeur-bestuurder, vijf onderwijsspecialisten, twee orthopedagogen en een managementassistent.")
    d.p("De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders en zes personeelsleden. De raad heeft "
        "instemmingsrecht op het ondersteuningsplan. Daarnaast heeft het samenwerkingsverband een eigen MR voor "
        "het personeel van het bureau.")

    d.h2("11.1 De bestuurlijke jaarcyclus")
    d.table([
        ["Maand", "Bestuurlijk onderwerp"],
        ["September", "Jaarplan vastgesteld; bespreking met de OPR"],
        ["December", "Begroting en meerjarenbegroting vastgesteld"],
        ["Januari", "Managementrapportage; bestuurlijk overleg met de wethouders"],
        ["Juni", "Jaarverslag en jaarrekening vastgesteld; accountantsverklaring"],
    ])
    d.p("Het algemeen bestuur vergadert vijf keer per jaar. Besluiten worden voorbereid door de "
        "directeur-bestuurder, die daarvoor advies vraagt aan het directeurenoverleg. Het directeurenoverleg "
        "bestaat uit een directeur per bestuur en komt zes keer per jaar bijeen. Zo is de stem van de scholen in "
        "de besluitvorming geborgd. De accountant controleert jaarlijks de jaarrekening en rapporteert aan het "
        "algemeen bestuur over de rechtmatigheid en het financieel beheer.")
    d.p("Het samenwerkingsverband hecht aan een professionele, toegankelijke organisatie, met korte lijnen naar "
        "de scholen en een bureau dat weet wat er in de klas speelt. Medewerkers van het bureau lopen daarom "
        "jaarlijks ten minste twee dagen mee op een school. Het bureau is "
        "gehuisvest in het onderwijscentrum De Branding in Duinwijk, waar ook de Taalschool en de Rebound-groep "
        "Kompas zijn gevestigd. Scholen kunnen daar terecht voor overleg, scholing en intervisie. Het bureau is "
        "op werkdagen bereikbaar van 8.30 tot 17.00 uur.")
    d.p("In 2025 heeft de inspectie het samenwerkingsverband bezocht in het kader van het vierjaarlijks onderzoek. "
        "De inspectie oordeelde dat het bestuur zijn wettelijke taken naar behoren uitvoert en noemde de "
        "samenwerking met de scholen een sterk punt. Als aandachtspunt noemde de inspectie het meetbaar maken van "
        "de doelen, dat in dit plan is opgepakt.")

    d.h1("12 Personeel en deskundigheid")
    d.p("De kracht van passend onderwijs ligt bij de leraren. Het samenwerkingsverband ondersteunt hun "
        "professionele ontwikkeling met een jaarlijks scholingsaanbod, netwerken voor intern begeleiders en "
        "gedragsspecialisten, en studiedagen rond de thema's gedrag, jonge kinderen en nieuwkomers. So De "
        "Duinroos verzorgt op verzoek teamtrainingen. Het samenwerkingsverband werkt met de pabo in de regio "
        "samen aan een minor passend onderwijs.")
    d.p("Voor de registratie van aanvragen gebruikt het samenwerkingsverband een beveiligd digitaal portaal. "
        "Gegevens worden verwerkt volgens de AVG en het privacyreglement van Duinrand.")

    d.h2("12.1 Samenwerking met opleidingen en onderzoek")
    d.p("Duinrand neemt deel aan de regionale kennisalliantie met de pabo en de hogeschool. Daarin doen leraren "
        "praktijkonderzoek naar vragen uit hun eigen school, bijvoorbeeld over de inzet van onderwijsassistenten "
        "of over het werken met groepsoverzichten. De uitkomsten worden gedeeld in de jaarlijkse Duinrand-dag, "
        "waarop alle intern begeleiders, directeuren en onderwijsspecialisten elkaar ontmoeten.")
    d.p("Het samenwerkingsverband wil een aantrekkelijke werkgever zijn voor de eigen medewerkers. De "
        "onderwijsspecialisten en orthopedagogen hebben jaarlijks een scholingsbudget en nemen deel aan "
        "intervisie. Bij vacatures werkt het samenwerkingsverband samen met de besturen om geschikte kandidaten "
        "te vinden, bijvoorbeeld ervaren intern begeleiders die een deel van hun tijd voor het verband werken.")
    d.h2("12.2 ICT en privacy")
    d.p("Het digitale portaal voor aanvragen is in 2025 vernieuwd. Scholen hebben toegang tot de dossiers van "
        "hun eigen leerlingen; het samenwerkingsverband heeft alleen toegang tot dossiers waarvoor een aanvraag "
        "is gedaan. Ouders geven toestemming voor het delen van gegevens met het samenwerkingsverband, behalve "
        "waar de wet die toestemming niet vereist. Dossiers worden drie jaar na het laatste besluit vernietigd. "
        "De functionaris gegevensbescherming brengt jaarlijks verslag uit aan het algemeen bestuur.")

    d.h1("13 Jaarplanning")
    d.table([
        ["Jaar", "Activiteiten"],
        ["2026-2027", "Herijking criteria toelaatbaarheid; start ouder- en lerarenpeiling; notitie terug- en "
         "doorplaatsing opstellen met sbo en so"],
        ["2027-2028", "Aanpak witte vlekken en thuiszitters met de gemeenten; evaluatie Rebound-groep Kompas"],
        ["2028-2029", "Tussenevaluatie ondersteuningsplan; herziening verdeling schoolondersteuningsbudget"],
        ["2029-2030", "Eindevaluatie; nieuw ondersteuningsplan"],
    ])

    d.h1("Afkortingenlijst")
    d.table([
        ["Afkorting", "Betekenis"],
        ["IB'er", "Intern begeleider"],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["OPR", "Ondersteuningsplanraad"],
        ["sbo", "Speciaal basisonderwijs"],
        ["so", "Speciaal onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Terugplaatsing", "Overstap van een leerling uit sbo of so naar een reguliere basisschool, met begeleiding"],
    ])
    return d

# --------------------------------------------------------------------------------------------
# Plan 4 — VO, pdf. Samenwerkingsverband VO IJsselvallei-Zuid
# --------------------------------------------------------------------------------------------
def plan_ijsselvallei():
    d = Doc(
        [
            "Ondersteuningsplan 2026-2030",
            "Samenwerkingsverband Voortgezet Onderwijs IJsselvallei-Zuid (VO 23-96)",
            "Samen passend, dichtbij",
            "Vastgesteld door het bestuur op 23 april 2026 - instemming ondersteuningsplanraad 8 april 2026",
        ],
        header="SWV VO IJsselvallei-Zuid - Ondersteuningsplan 2026-2030",
        footer="www.swv-ijsselvallei-zuid.nl | resultaten | ouders en leerlingen | toelaatbaarheid",
    )
    d.toc([
        "Voorwoord",
        "1 Inleiding en wettelijk kader",
        "2 Het samenwerkingsverband",
        "3 Visie en koers",
        "4 Basisondersteuning",
        "5 Extra ondersteuning en voorzieningen",
        "6 Toelaatbaarheid vso, lwoo en praktijkonderwijs",
        "7 Terug naar het regulier onderwijs",
        "8 Thuiszitters en zorgplicht",
        "9 Communicatie",
        "10 Samenwerking met gemeenten en het primair onderwijs",
        "11 Financieel beleid",
        "12 Organisatie en governance",
        "13 Personeel en professionalisering",
        "14 Ontwikkelagenda",
        "Bijlage Begrippenlijst",
    ])
    d.pagebreak()

    d.h1("Voorwoord")
    d.p("Met trots presenteren wij het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet "
        "Onderwijs IJsselvallei-Zuid. In dit plan staat hoe de negen aangesloten schoolbesturen ervoor zorgen dat "
        "alle jongeren in onze regio onderwijs krijgen dat bij hen past en zich ononderbroken kunnen "
        "ontwikkelen.")
    d.p("De afgelopen jaren waren onrustig. De coronaperiode, het lerarentekort en de groeiende vraag naar "
        "jeugdhulp hebben hun sporen nagelaten. Tegelijk hebben scholen laten zien hoe veerkrachtig zij zijn. Het "
        "aantal jongeren dat langdurig thuiszit, is gedaald, en steeds meer scholen bieden een eigen "
        "tussenvoorziening. Op die kracht willen we voortbouwen.")
    d.p("Dit plan is tot stand gekomen in gesprek met schoolleiders, ondersteuningscoordinatoren, mentoren, "
        "leerlingen, ouders en onze partners in de zes gemeenten. Wij danken iedereen voor de bijdrage, en in het "
        "bijzonder de leden van de ondersteuningsplanraad voor hun scherpe vragen.")
    d.p("Namens het bestuur, ir. J.P. (Jan-Pieter) Wolters, directeur-bestuurder")

    d.h1("1 Inleiding en wettelijk kader")
    d.p("Het samenwerkingsverband is ingesteld op grond van artikel 17a van de Wet op het voortgezet onderwijs "
        "(thans artikel 2.47 en verder van de WVO 2020). Het verband stelt ten minste eens in de vier jaar een "
        "ondersteuningsplan vast. Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Over het "
        "concept is op 11 februari 2026 op overeenstemming gericht overleg gevoerd met de zes gemeenten in de "
        "regio en op 16 februari 2026 overleg met de samenwerkingsverbanden primair onderwijs waarmee ons gebied "
        "overlapt. Het plan wordt voor 1 mei 2026 naar de inspectie gezonden.")

    d.h1("2 Het samenwerkingsverband")
    d.box("Kengetallen (1 oktober 2025)", [
        "Schoolbesturen: 9",
        "Scholen voor voortgezet onderwijs: 14, met 21 locaties",
        "Waarvan praktijkonderwijs: 2 scholen - vso: 2 scholen (cluster 3 en 4)",
        "Leerlingen in het voortgezet onderwijs: 13.480",
        "Gemeenten: Deventerbroek, Olstwijk, Gorssel-IJssel, Epe-Zuid, Heerde-Veld, Brummenhorst",
    ])
    d.p("De regio kent een stedelijk centrum met een breed aanbod van vmbo tot gymnasium en een landelijk gebied "
        "met enkele kleinere scholengemeenschappen. Veel leerlingen reizen dagelijks naar school in een andere "
        "gemeente. Dat maakt samenwerking tussen scholen en gemeenten over vervoer en zorg noodzakelijk.")

    d.h1("3 Visie en koers")
    d.p("Wij geloven dat iedere jongere talent heeft en recht heeft op een ononderbroken ontwikkeling. Het "
        "voortgezet onderwijs is een belangrijke fase: jongeren ontdekken wie zij zijn, maken keuzes voor hun "
        "toekomst en bereiden zich voor op vervolgonderwijs en werk. Ondersteuning moet daarom niet alleen "
        "gericht zijn op het oplossen van problemen, maar ook op perspectief en op wat een jongere wel kan.")
    d.p("Onze koers kent vier pijlers: ondersteuning zo dicht mogelijk bij de klas, een sluitende aanpak zodat "
        "geen jongere thuiszit, de stem van jongeren en ouders serieus nemen, en doelmatig omgaan met de middelen. "
        "Wij werken resultaatgericht en transparant.")

    d.p("De stem van jongeren is voor ons belangrijk. In de voorbereiding van dit plan hebben wij met twee "
        "leerlingpanels gesproken, een in het praktijkonderwijs en een in de bovenbouw havo-vwo. De jongeren "
        "vroegen vooral om begrip en rust: een vaste mentor die hen kent, een plek om even tot zichzelf te komen, "
        "en docenten die uitleggen waarom iets anders gaat. Die wensen hebben we meegenomen in de afspraken over "
        "de basisondersteuning. Ook in de planperiode blijven we jongeren raadplegen, onder meer via een jaarlijks "
        "panel en via de leerlinggeleding van de ondersteuningsplanraad.")
    d.p("Doelmatigheid betekent voor ons dat middelen terechtkomen waar ze nodig zijn, dat we dubbel werk "
        "tussen school, samenwerkingsverband en jeugdhulp voorkomen en dat we niet meer reserves aanhouden dan "
        "verantwoord is.")

    d.h1("4 Basisondersteuning")
    d.p("De basisondersteuning is het geheel van ondersteuning dat elke school voor voortgezet onderwijs in "
        "IJsselvallei-Zuid, op iedere locatie, ten minste biedt aan alle leerlingen. Het niveau is door het bestuur "
        "vastgesteld en geldt voor alle scholen van alle besturen. Scholen kunnen meer bieden en beschrijven dat in "
        "hun schoolgids.")
    d.table([
        ["Onderdeel", "Wat iedere school biedt"],
        ["Mentoraat", "Een vaste mentor per klas met ten minste een individueel gesprek per leerling per periode"],
        ["Ondersteuningsstructuur", "Een ondersteuningscoordinator, een intern ondersteuningsteam dat elke twee "
         "weken overlegt, en een zorgadviesteam met leerplicht, jeugdarts en jeugdhulp dat elke zes weken bijeenkomt"],
        ["Dyslexie en dyscalculie", "Een protocol, faciliteiten zoals extra tijd, vergroting en voorleessoftware, "
         "en een dyslexiecoach"],
        ["Sociaal-emotioneel", "Trainingen faalangst, sociale vaardigheden en weerbaarheid; een "
         "anti-pestcoordinator"],
        ["Executieve functies", "Huiswerkbegeleiding en planningsondersteuning in de onderbouw"],
        ["Opvang", "Een time-out- of opvangruimte met begeleiding tijdens alle lesuren"],
        ["Medisch", "Protocol medisch handelen; aangepast rooster bij langdurige ziekte"],
        ["Ontwikkelingsperspectief", "Een OPP voor iedere leerling die extra ondersteuning krijgt, met "
         "evaluatie ten minste twee keer per jaar"],
    ])
    d.p("Het samenwerkingsverband bespreekt elk jaar met iedere school de uitvoering van de basisondersteuning in "
        "een auditgesprek aan de hand van een kwaliteitskaart. Waar een school tekortschiet, volgt een "
        "verbeterafspraak met een termijn.")

    d.h1("5 Extra ondersteuning en voorzieningen")
    d.p("Wanneer de basisondersteuning niet genoeg is, biedt het samenwerkingsverband een dekkend geheel van "
        "voorzieningen, van extra ondersteuning in de school tot voortgezet speciaal onderwijs.")
    d.table([
        ["Voorziening", "Voor wie", "Duur", "Toegang"],
        ["Extra ondersteuning in de school (arrangement)", "Leerlingen met een ondersteuningsbehoefte die de "
         "basis overstijgt", "Maximaal een schooljaar, verlengbaar", "Intern ondersteuningsteam"],
        ["Tussenvoorziening op de eigen school (Focusklas)", "Leerlingen die tijdelijk niet in een reguliere "
         "klas kunnen functioneren", "Maximaal 12 weken", "Intern ondersteuningsteam"],
        ["OPDC De Overstap", "Leerlingen met gedrags- en leerproblemen die tijdelijk buiten de eigen school "
         "onderwijs nodig hebben", "Maximaal 2 jaar", "Aanmelding via het Loket"],
        ["Rebound Deventerbroek", "Leerlingen die na een incident of vastgelopen situatie tijdelijk afstand "
         "nodig hebben", "Maximaal 12 weken", "Aanmelding via het Loket"],
        ["Onderwijs-zorgarrangement", "Leerlingen die onderwijs en behandeling combineren", "Individueel",
         "Loket en gemeente"],
        ["Praktijkonderwijs", "Leerlingen met een TLV pro", "Tot diploma/uitstroom", "TLV, zie hoofdstuk 6"],
        ["Vso cluster 3 en 4", "Leerlingen met een TLV vso", "Volgens TLV", "TLV, zie hoofdstuk 6"],
    ])
    d.p("Het Loket is het centrale aanspreekpunt van het samenwerkingsverband voor scholen. Trajectbegeleiders van "
        "het Loket denken mee met het intern ondersteuningsteam en begeleiden de overgang naar een voorziening.")

    d.h2("5.1 Nieuwkomers en hoogbegaafde leerlingen")
    d.p("Jongeren die korter dan twee jaar in Nederland zijn, volgen onderwijs in de internationale schakelklas "
        "(ISK) in Deventerbroek. Na de ISK stromen zij door naar een reguliere vo-school, het mbo of het "
        "praktijkonderwijs. Het samenwerkingsverband financiert een trajectbegeleider die de overstap uit de ISK "
        "begeleidt. Voor hoogbegaafde leerlingen die vastlopen, bieden drie scholen een plusprogramma; andere "
        "scholen kunnen daarvan gebruikmaken via een onderlinge afspraak tussen besturen.")
    d.h2("5.2 Aansluiting op mbo en arbeidsmarkt")
    d.p("Voor jongeren uit het praktijkonderwijs en het vso is de overstap naar werk of mbo een kwetsbaar moment. "
        "Samen met de mbo-instellingen in de regio, de gemeenten en het UWV werken we aan doorlopende leerroutes, "
        "waaronder entreeopleidingen op de locatie van het praktijkonderwijs. Jongeren die uitstromen naar werk "
        "krijgen nog een jaar nazorg van de stagecoordinator van hun school.")

    d.h1("6 Toelaatbaarheid vso, lwoo en praktijkonderwijs")
    d.h2("6.1 Toelaatbaarheid vso")
    d.p("Voor toelating tot het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring van het "
        "samenwerkingsverband nodig. De aanvraag wordt gedaan door het bevoegd gezag van de school waar de "
        "leerling is ingeschreven of aangemeld.")
    d.table([
        ["Stap", "Inhoud", "Verantwoordelijk", "Termijn"],
        ["1 Voorbereiding", "Groeidocument met OPP, handelingsdeel en evaluatie van de geboden ondersteuning; "
         "gesprek met leerling en ouders", "School (ondersteuningscoordinator)", "-"],
        ["2 Aanvraag", "Indienen via het digitale Loket", "Bevoegd gezag van de school", "-"],
        ["3 Deskundigenadvies", "Advies van een orthopedagoog of psycholoog en van een tweede deskundige "
         "(jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker); ieder schriftelijk en onafhankelijk",
         "Deskundigen SWV", "Binnen 3 weken"],
        ["4 Besluit", "Besluit over toelaatbaarheid, duur en bekostigingscategorie", "Commissie Toewijzing "
         "namens het bestuur", "Binnen 6 weken"],
        ["5 Bekendmaking", "Besluit en adviezen aan school, ouders en leerling", "Loket", "Binnen 1 week"],
    ])
    d.p("Een leerling is toelaatbaar tot het vso wanneer aan alle volgende criteria is voldaan:")
    d.ol([
        "De ondersteuningsbehoefte van de leerling is zo intensief en complex dat de school, ook met een "
        "arrangement, een tussenvoorziening of een plaatsing in het OPDC, niet in staat is die te bieden;",
        "de geboden ondersteuning is vastgelegd in het OPP en ten minste een half jaar geevalueerd, tenzij de "
        "situatie op voorhand duidelijk is (bijvoorbeeld bij een ernstige lichamelijke of verstandelijke "
        "beperking);",
        "de leerling heeft een structurele combinatie van onderwijs en zorg of behandeling nodig die alleen het "
        "vso kan bieden.",
    ])
    d.p("De TLV wordt afgegeven voor een of twee schooljaren, en voor leerlingen met een ernstige meervoudige "
        "beperking voor de gehele schoolloopbaan. De bekostigingscategorie is laag, tenzij sprake is van een "
        "lichamelijke beperking of langdurige ziekte (midden) of een ernstige meervoudige beperking (hoog).")
    d.h2("6.2 Leerwegondersteunend onderwijs en praktijkonderwijs")
    d.p("Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en de "
        "toelaatbaarheid tot het praktijkonderwijs (pro). Het verband hanteert voor beide de landelijke criteria; "
        "het maakt geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen.")
    d.table([
        ["", "Lwoo", "Praktijkonderwijs"],
        ["Criteria", "Landelijke criteria: IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op "
         "ten minste twee domeinen, of sociaal-emotionele problematiek", "Landelijke criteria: IQ tussen 55 en 80 "
         "en een leerachterstand van 50 procent of meer op ten minste twee domeinen"],
        ["Aanvraag", "Door de vo-school na aanmelding, uiterlijk 1 april", "Door de pro-school na aanmelding, "
         "uiterlijk 1 april"],
        ["Besluit", "Commissie Toewijzing, binnen 4 weken", "Commissie Toewijzing, binnen 4 weken"],
        ["Geldigheid", "Voor de hele schoolloopbaan in het vmbo", "Voor de hele schoolloopbaan in het pro"],
    ])
    d.h2("6.3 Bezwaar")
    d.p("Ouders (en leerlingen vanaf 18 jaar) die het niet eens zijn met een besluit over toelaatbaarheid, "
        "kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt "
        "advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen tien weken.")

    d.h1("7 Terug naar het regulier onderwijs")
    d.p("Een plaatsing in het vso is voor veel jongeren de juiste keuze, maar niet altijd voor altijd. Het "
        "samenwerkingsverband wil dat iedere vso-leerling de kans krijgt om terug te keren naar het reguliere "
        "voortgezet onderwijs of over te stappen naar een passende andere school, als dat in het belang van de "
        "jongere is. Uitgangspunten van ons beleid zijn:")
    d.ul([
        "Terugplaatsing of overplaatsing is een vast gespreksonderwerp bij elke evaluatie van het OPP in het vso.",
        "Voorwaarde is dat de ontvangende school de ondersteuning kan bieden die in het OPP staat; zo nodig met "
        "een arrangement.",
        "De jongere krijgt na terugkeer een overgangsarrangement: gedurende ten minste zes maanden begeleiding "
        "door een ambulant begeleider van de vso-school en een vaste coach op de ontvangende school.",
        "Bij twijfel is een proefplaatsing van zes weken mogelijk.",
    ])
    d.table([
        ["Moment", "Wat gebeurt er", "Wie"],
        ["Halverwege het laatste jaar van de TLV (uiterlijk 1 februari)", "De commissie van begeleiding van de "
         "vso-school beoordeelt of verlenging nodig is of terugplaatsing mogelijk", "Vso-school"],
        ["Bij advies terugplaatsing", "Overleg met leerling, ouders en trajectbegeleider van het Loket; keuze van "
         "een ontvangende school", "Vso-school en Loket"],
        ["Uiterlijk 1 mei", "Aanmelding bij de ontvangende school; overdrachtsgesprek", "Ouders, vso-school"],
        ["Bij advies verlenging", "Nieuwe aanvraag TLV volgens hoofdstuk 6", "Bevoegd gezag vso-school"],
        ["Na 3 en 6 maanden", "Evaluatie overgangsarrangement", "Ontvangende school, ambulant begeleider"],
    ])

    d.h1("8 Thuiszitters en zorgplicht")
    d.p("Iedere jongere heeft recht op onderwijs. De besturen in IJsselvallei-Zuid hebben de zorgplicht voor "
        "leerlingen die bij hen worden aangemeld en werken daarin samen. Lukt het een school niet om binnen de "
        "termijn van zes (plus vier) weken een passende plek te bieden, dan schakelt de school het Loket in. Het "
        "Loket zoekt dan samen met alle besturen naar een plek.")
    d.p("Voor jongeren die thuiszitten of dreigen thuis te zitten, werken we samen met de leerplichtambtenaren in "
        "de regio. Scholen melden verzuim volgens de landelijke regels. Het Loket houdt een overzicht bij van alle "
        "thuiszitters en bespreekt dat elke maand met leerplicht. Voor iedere thuiszitter is er binnen drie weken "
        "een plan met een datum voor de terugkeer naar onderwijs. Bij een vastgelopen situatie neemt de "
        "directeur-bestuurder de regie (doorzettingsmacht).")
    d.p("Eens per jaar bespreekt het bestuur waar het aanbod van voorzieningen tekortschiet. Signalen van scholen, "
        "leerplicht en ouders worden daarbij betrokken. Voor jongeren met een combinatie van autisme en "
        "schoolangst bleek het aanbod onvoldoende; daarom is in 2025 een kleinschalige groep gestart bij OPDC De "
        "Overstap, en wordt in 2026 met de gemeenten een onderwijs-zorgtraject voor deze jongeren ingericht.")

    d.h1("9 Communicatie")
    d.p("Heldere communicatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert met "
        "scholen, ouders, leerlingen en partners.")
    d.h2("9.1 Scholen en partners")
    d.p("Scholen ontvangen maandelijks een digitale nieuwsbrief. Ondersteuningscoordinatoren komen zes keer per "
        "jaar bijeen in het netwerk ondersteuning. Met partners uit de jeugdhulp is er een jaarlijkse "
        "netwerkconferentie.")
    d.h2("9.2 Ouders en leerlingen")
    d.p("Ouders en leerlingen vinden op de website van het samenwerkingsverband een aparte rubriek met uitleg over "
        "de basisondersteuning, de voorzieningen in de regio, lwoo, praktijkonderwijs en vso, en de route naar "
        "extra ondersteuning. In de brochure 'Passend onderwijs in het vo', die alle leerlingen van groep 8 in de "
        "regio via de basisschool ontvangen, staat wat elke vo-school biedt en bij wie ouders terechtkunnen. Op "
        "iedere school is de ondersteuningscoordinator het aanspreekpunt voor ouders; de schoolgids beschrijft de "
        "ondersteuning van de school. Twee keer per jaar organiseert het samenwerkingsverband een "
        "informatieavond voor ouders van leerlingen met een ondersteuningsbehoefte.")
    d.p("Ouders en jongeren die onafhankelijk advies willen of het niet eens zijn met de school of het "
        "samenwerkingsverband, kunnen terecht bij het Ouder- en Jongerensteunpunt IJssel, dat onafhankelijk is "
        "van de besturen en wordt uitgevoerd door een ervaringsdeskundige ouderorganisatie. Ook kunnen zij gebruik "
        "maken van de Onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen worden "
        "voorgelegd aan de Geschillencommissie passend onderwijs. Het samenwerkingsverband heeft een "
        "klachtenregeling; klachten worden behandeld door de Landelijke Klachtencommissie Onderwijs.")
    d.p("Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad. Jongeren worden gehoord bij het "
        "opstellen van hun OPP.")

    d.h1("10 Samenwerking met gemeenten en het primair onderwijs")
    d.p("Het samenwerkingsverband en de zes gemeenten hebben een gezamenlijke agenda voor onderwijs en jeugd. "
        "Belangrijke thema's zijn de aansluiting tussen de zorgadviesteams en de jeugdteams, "
        "onderwijs-zorgarrangementen, leerlingenvervoer, de aanpak van verzuim en thuiszitten en de aansluiting "
        "op het mbo en de arbeidsmarkt voor jongeren uit het praktijkonderwijs en vso.")
    d.p("Met de samenwerkingsverbanden primair onderwijs is afgesproken dat leerlingen uit groep 8 met een "
        "ondersteuningsbehoefte vroegtijdig worden besproken in een overstapoverleg, zodat het vo op tijd weet wat "
        "een leerling nodig heeft. De warme overdracht vindt plaats voor 1 juni.")

    d.h1("11 Financieel beleid")
    d.p("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning en voor lwoo "
        "en praktijkonderwijs. Het verdeelmodel waarmee de middelen voor lichte ondersteuning over de "
        "schoolbesturen worden verdeeld, wordt in het schooljaar 2026-2027 herijkt en daarna ter instemming aan de "
        "ondersteuningsplanraad voorgelegd. Tot die tijd worden de afspraken uit de vorige planperiode "
        "voortgezet. De begroting voor de planperiode ziet er als volgt uit.")
    d.table([
        ["Begroting (x EUR 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten lichte ondersteuning", "4.980", "4.950", "4.910", "4.880"],
        ["Baten zware ondersteuning", "8.120", "8.090", "8.040", "8.000"],
        ["Baten lwoo en praktijkonderwijs", "9.350", "9.300", "9.260", "9.200"],
        ["Totaal baten", "22.450", "22.340", "22.210", "22.080"],
        ["Afdracht vso (DUO)", "5.410", "5.380", "5.350", "5.320"],
        ["Lwoo en praktijkonderwijs", "9.350", "9.300", "9.260", "9.200"],
        ["Toekenning aan schoolbesturen lichte ondersteuning", "3.950", "3.920", "3.880", "3.850"],
        ["OPDC De Overstap en Rebound", "1.620", "1.640", "1.660", "1.680"],
        ["Onderwijs-zorgarrangementen", "420", "440", "460", "480"],
        ["Loket, trajectbegeleiding en bureau", "1.310", "1.330", "1.350", "1.370"],
        ["Professionalisering", "180", "180", "150", "150"],
        ["Totaal lasten", "22.240", "22.190", "22.110", "22.050"],
        ["Resultaat", "210", "150", "100", "30"],
    ])
    d.p("De reserves van het samenwerkingsverband bedroegen eind 2025 EUR 2,3 miljoen. Het weerstandsvermogen "
        "ligt daarmee binnen de bandbreedte die het bestuur heeft vastgesteld (5 tot 10 procent van de baten). "
        "Voor de grootste risico's - een stijging van het aantal vso-leerlingen en wijzigingen in de rijksbekostiging "
        "- is een risicoparagraaf opgenomen in de jaarbegroting.")

    d.h1("12 Organisatie en governance")
    d.p("Het samenwerkingsverband is een stichting met een bestuur en een raad van toezicht. De "
        "directeur-bestuurder vormt het bestuur; de raad van toezicht bestaat uit vier leden die door de "
        "aangesloten schoolbesturen worden voorgedragen en een onafhankelijke voorzitter. De schoolbesturen "
        "komen drie keer per jaar bijeen in de algemene vergadering van aangesloten besturen, die adviseert over "
        "het ondersteuningsplan en de begroting.")
    d.p("Het bureau bestaat uit het Loket (trajectbegeleiders en orthopedagogen), een beleidsmedewerker, een "
        "controller en ondersteunend personeel. In totaal werken er 14,6 fte. Het bureau heeft een eigen "
        "medezeggenschapsraad.")
    d.p("De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. De OPR "
        "heeft instemmingsrecht op het ondersteuningsplan en vergadert vijf keer per jaar, waarvan een keer met "
        "de raad van toezicht.")

    d.h1("13 Personeel en professionalisering")
    d.p("Passend onderwijs vraagt veel van docenten en mentoren. Het samenwerkingsverband biedt een "
        "scholingsprogramma aan voor mentoren, ondersteuningscoordinatoren en docenten, met modules over "
        "gedrag, autisme, executieve functies, hoogbegaafdheid en het gesprek met ouders. Scholen kunnen "
        "gebruikmaken van de expertise van de vso-scholen en het OPDC via consultatie en coaching in de klas.")
    d.p("Daarnaast investeren we in de samenwerking tussen docenten en jeugdhulpverleners, onder andere door "
        "gezamenlijke intervisie. Het samenwerkingsverband is aangesloten bij de regionale aanpak van het "
        "lerarentekort en ondersteunt zij-instromers met een introductie op passend onderwijs.")

    d.h2("13.1 ICT en privacy")
    d.p("Het Loket werkt met een beveiligd digitaal dossier. Scholen dienen aanvragen uitsluitend digitaal in. "
        "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zijn "
        "wettelijke taken en bewaart die niet langer dan drie jaar na het besluit. Er is een privacyreglement, "
        "en het samenwerkingsverband deelt een functionaris gegevensbescherming met twee andere verbanden in de "
        "regio.")
    d.h2("13.2 Huisvesting")
    d.p("Het bureau van het samenwerkingsverband en het Loket zijn gehuisvest in het onderwijscentrum aan de "
        "IJsselkade in Deventerbroek, naast OPDC De Overstap. De gemeente Deventerbroek onderzoekt samen met het "
        "verband en de betrokken besturen of de Rebound in de planperiode naar hetzelfde gebouw kan verhuizen.")

    d.h1("14 Ontwikkelagenda")
    d.p("In de planperiode werken we aan de volgende ontwikkelpunten.")
    d.table([
        ["Onderwerp", "Wanneer"],
        ["Herijking verdeelmodel lichte ondersteuning", "2026-2027"],
        ["Onderwijs-zorgtraject voor jongeren met autisme en schoolangst", "2026-2027"],
        ["Ontwikkeling van een kwaliteitskader met beoogde resultaten en indicatoren voor het "
         "samenwerkingsverband", "In de loop van de planperiode"],
        ["Versterking aansluiting vso en praktijkonderwijs op het mbo", "2027-2029"],
        ["Evaluatie van OPDC De Overstap", "2028"],
    ])

    d.h1("Bijlage Begrippenlijst")
    d.table([
        ["Begrip", "Uitleg"],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
        ["Bereikte resultaten", "De resultaten die in de afgelopen periode zijn behaald, zoals het aantal "
         "thuiszitters en het deelnamepercentage vso."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Pro", "Praktijkonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Vso", "Voortgezet speciaal onderwijs."],
        ["Verdeelmodel", "Afspraken over de verdeling van middelen over schoolbesturen."],
    ])
    return d

# --------------------------------------------------------------------------------------------
# Plan 5 — PO, html (web version). SWV Passend Primair Veenweide
# --------------------------------------------------------------------------------------------
def plan_veenweide():
    d = Doc(
        [
            "Ondersteuningsplan 2026-2030 - webversie",
            "Samenwerkingsverband Passend Primair Veenweide (PO 22-95)",
            "Vastgesteld door het algemeen bestuur op 31 maart 2026",
        ],
        header="Home | Over ons | Basisondersteuning | Toelaatbaarheid | Ouders | Resultaten | Financien | Contact",
        footer="SWV Passend Primair Veenweide - Kerkstraat 4, Veenhuizen-West - privacyverklaring - cookies - "
               "toegankelijkheid - dit ondersteuningsplan is ook als pdf te downloaden",
    )
    d.toc([
        "1 Over dit plan",
        "2 Totstandkoming en wettelijk kader",
        "3 Onze regio",
        "4 Visie en uitgangspunten",
        "5 Toelaatbaarheid: wanneer sbo of so?",
        "6 Het laatste jaar van de TLV",
        "7 Ouders",
        "8 Monitoring en verantwoording",
        "9 Financien",
        "10 Organisatie en medezeggenschap",
        "11 Personeel, scholing en privacy",
        "12 Ontwikkelagenda 2026-2030",
        "Begrippen",
    ])

    d.h1("Voorwoord")
    d.p("Beste lezer, voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair "
        "Veenweide. Het is een plan geworden dat past bij onze regio: compact, nuchter en gericht op wat er echt "
        "toe doet. De afgelopen jaren hebben we gemerkt dat dikke beleidsdocumenten weinig worden gelezen. Wie "
        "iets wil weten over passend onderwijs, zoekt het op de website op. Daarom publiceren we dit plan als "
        "webversie en werken we de onderdelen verder uit in handreikingen en in het jaarplan.")
    d.p("Passend onderwijs in een krimpregio is geen eenvoudige opgave. Kleine scholen, lange reisafstanden en "
        "een krappe arbeidsmarkt vragen om creativiteit en om samenwerking over de grenzen van besturen heen. Wij "
        "zijn trots op de manier waarop directeuren, intern begeleiders en leraren die samenwerking elke dag "
        "vormgeven. Zonder hun inzet zou passend onderwijs in Veenweide een papieren werkelijkheid zijn.")
    d.p("Dit plan is tot stand gekomen in gesprek met velen. Wij danken de schrijfgroep, de leden van de "
        "ondersteuningsplanraad, de gemeenten en alle anderen die hebben meegedacht. Wij kijken uit naar de "
        "komende vier jaar.")
    d.p("A. (Anke) Bouwmeester, directeur")

    d.h1("1 Over dit plan")
    d.p("Dit is de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair "
        "Veenweide. Het samenwerkingsverband heeft gekozen voor een beknopt plan op hoofdlijnen, dat op de "
        "website wordt gepubliceerd en jaarlijks waar nodig wordt geactualiseerd. Uitwerkingen staan in "
        "afzonderlijke documenten, zoals de Handreiking TLV en de jaarbegroting. Op die manier blijft het plan "
        "leesbaar en actueel.")
    d.p("Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het is bedoeld voor iedereen die bij "
        "passend onderwijs in Veenweide betrokken is: schoolbesturen, directeuren, intern begeleiders, leraren, "
        "ouders, gemeenten en partners. Wie het plan op papier wil lezen, kan onderaan de pagina een pdf-versie "
        "downloaden.")
    d.p("Veenweide is een relatief klein samenwerkingsverband. Dat heeft voordelen: de lijnen zijn kort, "
        "directeuren en intern begeleiders kennen elkaar en het bureau staat dicht bij de scholen. Het heeft ook "
        "nadelen: specialistische kennis is schaars, voorzieningen zijn kwetsbaar en een paar kinderen met een "
        "zware ondersteuningsvraag kunnen de begroting flink beinvloeden. In dit plan houden we met beide "
        "rekening.")

    d.p("Leeswijzer. Hoofdstuk 2 beschrijft hoe het plan tot stand is gekomen. Hoofdstuk 3 schetst onze regio en "
        "hoofdstuk 4 onze visie en de ontwikkelingen in wet- en regelgeving. De hoofdstukken 5 en 6 gaan over de "
        "toelaatbaarheidsverklaring en over het laatste jaar daarvan. Hoofdstuk 7 is gewijd aan ouders, hoofdstuk "
        "8 aan monitoring en verantwoording en hoofdstuk 9 aan de financien. De hoofdstukken 10 en 11 beschrijven "
        "de organisatie. Hoofdstuk 12 bevat de ontwikkelagenda. Achteraan staat een lijst met begrippen; een "
        "uitgebreidere woordenlijst staat op de website.")

    d.h1("2 Totstandkoming en wettelijk kader")
    d.p("Het samenwerkingsverband is op grond van artikel 18a van de Wet op het primair onderwijs verplicht om "
        "ten minste eens in de vier jaar een ondersteuningsplan vast te stellen. Dit plan is in de periode "
        "september 2025 tot en met maart 2026 tot stand gekomen. Een schrijfgroep van twee directeuren, twee "
        "intern begeleiders en de beleidsmedewerker van het bureau heeft de tekst voorbereid. Het concept is "
        "besproken in het directeurenoverleg, het netwerk intern begeleiders en het algemeen bestuur.")
    d.table([
        ["Datum", "Stap"],
        ["14 januari 2026", "Concept besproken in het algemeen bestuur"],
        ["5 februari 2026", "Op overeenstemming gericht overleg met de colleges van Veenhuizen-West, Moerdam en "
         "Turfwijk; overeenstemming bereikt"],
        ["10 februari 2026", "Overleg met het samenwerkingsverband voortgezet onderwijs Veenweide-Noord"],
        ["17 maart 2026", "Instemming ondersteuningsplanraad"],
        ["31 maart 2026", "Vaststelling door het algemeen bestuur"],
        ["Voor 1 mei 2026", "Toezending aan de inspectie van het onderwijs"],
    ])

    d.h1("3 Onze regio")
    d.p("Veenweide omvat de gemeenten Veenhuizen-West, Moerdam en Turfwijk. Het is een landelijk gebied met "
        "veel kleine kernen. Het aantal leerlingen in het basisonderwijs daalt al jaren; de prognose voor de "
        "planperiode is een verdere daling van ongeveer 6 procent. Verschillende kleine scholen staan onder druk "
        "en besturen onderzoeken samenwerking of fusie.")
    d.box("Veenweide in cijfers (1 oktober 2025)", [
        "4 schoolbesturen, 27 basisscholen (29 vestigingen)",
        "1 school voor speciaal basisonderwijs: sbo Het Veenpluis",
        "Leerlingen basisonderwijs: 4.360 - sbo: 74 - so (leerlingen uit Veenweide): 58",
        "Deelnamepercentage sbo 1,7% - so 1,3%",
        "Aantal toelaatbaarheidsverklaringen 2024-2025: 39",
    ])
    d.p("De meeste kinderen die speciaal onderwijs nodig hebben, gaan naar een so-school buiten de regio, in de "
        "stad op ruim dertig kilometer afstand. Het leerlingenvervoer is daardoor voor veel gezinnen een "
        "belangrijk onderwerp. Er is geen so-school binnen de grenzen van het samenwerkingsverband.")

    d.table([
        ["Schoolbestuur", "Scholen", "Leerlingen"],
        ["Stichting Openbaar Onderwijs Veenweide", "11", "1.690"],
        ["Stichting Katholiek Primair Onderwijs Moerdam", "7", "1.180"],
        ["Vereniging voor Christelijk Onderwijs Turfwijk", "7", "1.210"],
        ["Stichting Sbo Het Veenpluis en De Veenster", "2", "354"],
    ])
    d.p("De kleine kernen in Veenweide hebben een sterk gemeenschapsgevoel. Scholen zijn vaak het hart van het "
        "dorp; als een school sluit, verdwijnt een belangrijke voorziening. Besturen proberen daarom scholen zo "
        "lang mogelijk open te houden, bijvoorbeeld door samenwerking in een kindcentrum met de kinderopvang en de "
        "peuterspeelzaal. Het samenwerkingsverband ondersteunt die ontwikkeling waar het kan.")
    d.p("De arbeidsmarkt voor leraren is ook in Veenweide krap. Vooral kleine scholen in de buitengebieden hebben "
        "moeite om vacatures te vervullen. Enkele scholen werken met combinatiegroepen van drie leerjaren. Het "
        "samenwerkingsverband houdt in zijn beleid rekening met deze kwetsbaarheid.")

    d.p("Het samenwerkingsverband bestaat sinds 2014. Bij de start waren er vijf schoolbesturen; na een "
        "bestuurlijke fusie in 2021 zijn het er vier. De samenstelling van het verband is sindsdien stabiel. Alle "
        "scholen in de drie gemeenten zijn aangesloten, met uitzondering van een kleine school voor "
        "reformatorisch onderwijs in Turfwijk, die bij een landelijk samenwerkingsverband hoort. Met dat "
        "verband zijn afspraken gemaakt over het uitwisselen van informatie wanneer een leerling van de ene naar "
        "de andere school overstapt. Het bureau van het samenwerkingsverband is gevestigd in Veenhuizen-West, "
        "centraal in de regio en goed bereikbaar voor alle scholen.")

    d.h1("4 Visie en uitgangspunten")
    d.p("Wij willen dat ieder kind in Veenweide kan opgroeien en leren in zijn eigen omgeving. Kinderen horen bij "
        "hun dorp, hun vriendjes en hun school. Daarom zetten we in op ondersteuning in de basisschool, zo "
        "dichtbij als mogelijk. Waar dat niet lukt, moet de weg naar het speciaal (basis)onderwijs helder en "
        "zorgvuldig zijn.")
    d.p("Onze uitgangspunten zijn:")
    d.ul([
        "Het kind staat centraal, niet het systeem.",
        "Scholen en besturen zijn samen verantwoordelijk voor alle kinderen in de regio.",
        "We werken met vertrouwen en leggen verantwoording af over wat we doen.",
        "We gaan zorgvuldig om met publiek geld.",
        "We luisteren naar ouders en kinderen.",
    ])
    d.p("Deze uitgangspunten zijn niet nieuw; ze stonden ook in het vorige plan. Wat nieuw is, is de nadruk op "
        "verantwoording: we willen beter laten zien wat passend onderwijs in Veenweide oplevert. Daarom is in "
        "dit plan een apart hoofdstuk opgenomen over monitoring en verantwoording.")

    d.h2("4.1 Ontwikkelingen in wet- en regelgeving")
    d.p("De planperiode valt samen met belangrijke veranderingen in het passend onderwijs. Met de Wet versterking "
        "positie ouders en leerlingen krijgen leerlingen hoorrecht bij het opstellen van hun "
        "ontwikkelingsperspectief en wordt ieder samenwerkingsverband verplicht een ouder- en jeugdsteunpunt te "
        "hebben. Het schoolondersteuningsprofiel gaat op in de schoolgids. Daarnaast werkt het kabinet aan een "
        "landelijke norm voor de basisondersteuning. Zodra die norm is vastgesteld, passen wij onze afspraken in "
        "Veenweide daarop aan.")
    d.p("Het samenwerkingsverband volgt deze ontwikkelingen nauwgezet en informeert scholen en besturen via het "
        "directeurenoverleg. Waar de nieuwe regels vragen om aanpassing van dit plan, wordt een wijziging ter "
        "instemming aan de ondersteuningsplanraad voorgelegd.")
    d.h2("4.2 Samenhang met andere plannen")
    d.p("Het ondersteuningsplan is het meerjarige kader. Elk jaar stelt het algemeen bestuur een jaarplan en een "
        "begroting vast, waarin de activiteiten voor dat jaar worden uitgewerkt. In het jaarverslag leggen we "
        "verantwoording af. De schoolbesturen vertalen het ondersteuningsplan naar hun eigen strategisch beleid en "
        "schoolplannen. Zo ontstaat een cyclus van plannen, uitvoeren, evalueren en bijstellen.")

    d.h1("5 Toelaatbaarheid: wanneer sbo of so?")
    d.p("Voor een plaats in het speciaal basisonderwijs of het speciaal onderwijs is een toelaatbaarheidsverklaring "
        "(TLV) nodig. In de tabel staat wanneer een leerling toelaatbaar is.")
    d.table([
        ["Toelaatbaar tot", "Een leerling is toelaatbaar als"],
        ["Speciaal basisonderwijs", "- de basisschool gedurende ten minste twee periodes van een half jaar extra "
         "ondersteuning heeft geboden, vastgelegd in een ontwikkelingsperspectief, zonder dat de leerling "
         "voldoende vooruitgang boekt; en\n- de leerling is aangewezen op een kleine groep en een "
         "orthopedagogische aanpak gedurende de hele schooldag; en\n- er geen sprake is van een zo ernstige "
         "beperking of stoornis dat speciaal onderwijs nodig is."],
        ["Speciaal onderwijs cluster 3", "- de leerling een verstandelijke beperking heeft (IQ lager dan 55), een "
         "lichamelijke beperking of langdurige ziekte die intensieve zorg in de schooldag vraagt, of een "
         "meervoudige beperking; en\n- de ondersteuningsbehoefte niet in het sbo kan worden geboden."],
        ["Speciaal onderwijs cluster 4", "- de leerling ernstige gedragsproblemen of psychiatrische problematiek "
         "heeft, vastgesteld door een deskundige; en\n- onderwijs in combinatie met behandeling of intensieve "
         "gedragsmatige begeleiding nodig is die het sbo niet kan bieden."],
    ])
    d.p("Bij een TLV voor het speciaal onderwijs wordt ook de bekostigingscategorie vastgesteld: laag voor "
        "cluster 4 en de meeste leerlingen in cluster 3, midden voor leerlingen met een lichamelijke beperking of "
        "langdurige ziekte, hoog voor leerlingen met een meervoudige beperking. Een TLV wordt afgegeven tot het "
        "einde van het schooljaar waarin de leerling acht jaar wordt, of tot het einde van de basisschoolperiode.")
    d.p("Hoe een aanvraag verloopt - welke stukken nodig zijn, wie de aanvraag doet, hoe de deskundigen worden "
        "betrokken en binnen welke termijn wordt besloten - staat in de Handreiking TLV op onze website.")

    d.h1("6 Het laatste jaar van de TLV")
    d.p("Iedere TLV heeft een einddatum. In het laatste jaar van de TLV wordt zorgvuldig bekeken hoe het verder "
        "moet. Daarvoor geldt het volgende stappenplan.")
    d.table([
        ["Stap", "Wanneer", "Wat", "Wie"],
        ["1", "Oktober van het laatste TLV-jaar", "Evaluatie van het ontwikkelingsperspectief met de vraag: "
         "verlenging, terugplaatsing naar het basisonderwijs of overplaatsing?", "Commissie van begeleiding "
         "van de sbo- of so-school"],
        ["2", "Uiterlijk 1 februari", "Schriftelijk advies aan het samenwerkingsverband en de ouders",
         "sbo- of so-school"],
        ["3", "Februari - maart", "Overleg tussen sbo- of so-school, ouders, consulent van het SWV en zo nodig een "
         "mogelijke ontvangende basisschool", "Consulent SWV (regie)"],
        ["4", "Uiterlijk 1 april", "Bij verlenging: aanvraag nieuwe TLV. Bij terugplaatsing: aanmelding bij de "
         "ontvangende school", "Schoolbestuur sbo/so; ouders"],
        ["5", "Voor 1 juni", "Overdrachtsgesprek tussen de scholen", "Intern begeleiders beide scholen"],
        ["6", "31 juli", "Einde TLV", "-"],
    ])
    d.p("Het samenwerkingsverband wil het beleid rond terugplaatsing - de uitgangspunten, de voorwaarden en de "
        "begeleiding van een leerling na terugkeer - in het schooljaar 2026-2027 samen met sbo Het Veenpluis en de "
        "so-scholen buiten de regio nader uitwerken.")

    d.h1("7 Ouders")
    d.p("Ouders zijn de eerste opvoeders van hun kind en belangrijke partners van de school. In de "
        "ondersteuningsplanraad hebben vier ouders zitting. Ouders worden betrokken bij het opstellen van het "
        "ontwikkelingsperspectief en bij iedere aanvraag voor een TLV.")
    d.p("Hoe het samenwerkingsverband ouders informeert over het ondersteuningsaanbod in Veenweide, werken we uit "
        "in een communicatieplan dat in het najaar van 2026 verschijnt. Tot die tijd verwijzen we naar de "
        "rubriek Ouders op deze website.")
    d.p("Ouders die met vragen zitten of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
        "Jeugdsteunpunt Veenweide. Het steunpunt is onafhankelijk van de schoolbesturen en het "
        "samenwerkingsverband: de medewerkers luisteren, denken mee, bemiddelen bij onenigheid en gaan als ouders "
        "dat willen mee naar gesprekken op school. Het steunpunt is bereikbaar via telefoon, e-mail en een "
        "wekelijks inloopspreekuur in het gemeentehuis van Veenhuizen-West. Ouders kunnen ook kosteloos een "
        "beroep doen op de Onderwijsconsulenten. Voor een klacht over het samenwerkingsverband is er een "
        "klachtenregeling; geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen worden "
        "voorgelegd aan de Geschillencommissie passend onderwijs. Tegen een besluit over een TLV kunnen ouders "
        "binnen zes weken bezwaar maken bij het samenwerkingsverband, dat advies vraagt aan de Landelijke "
        "Bezwaaradviescommissie.")

    d.h1("8 Monitoring en verantwoording")
    d.p("Het samenwerkingsverband volgt de ontwikkelingen in de regio met een vaste set kengetallen. Twee keer "
        "per jaar, in februari en september, stelt het bureau een monitor op met de cijfers per school en per "
        "bestuur. De monitor wordt besproken in het algemeen bestuur en met de ondersteuningsplanraad, en is voor "
        "scholen beschikbaar via het besloten deel van de website. In het jaarverslag verantwoorden we de "
        "resultaten over het afgelopen jaar. Daarnaast houden we eens per twee jaar een tevredenheidspeiling "
        "onder scholen en ouders van kinderen met een TLV.")
    d.table([
        ["Kengetal", "Bron", "2023", "2024", "2025"],
        ["Deelnamepercentage sbo", "DUO, 1 oktober", "1,9%", "1,8%", "1,7%"],
        ["Deelnamepercentage so", "DUO, 1 oktober", "1,4%", "1,3%", "1,3%"],
        ["Aantal TLV's", "Registratie SWV", "44", "41", "39"],
        ["Gemiddelde doorlooptijd TLV (weken)", "Registratie SWV", "7,1", "6,2", "5,8"],
        ["Terugplaatsingen naar het basisonderwijs", "Registratie SWV", "3", "5", "4"],
        ["Tevredenheid ouders (schaal 1-10)", "Peiling", "-", "7,0", "-"],
    ])
    d.p("De beoogde resultaten voor de planperiode stellen we vast na de nulmeting in het voorjaar van 2026, "
        "wanneer ook de eerste uitkomsten van de nieuwe tevredenheidspeiling bekend zijn. Het algemeen bestuur "
        "legt ze daarna vast in het jaarplan.")

    d.h1("9 Financien")
    d.h2("9.1 Verdeling van de middelen")
    d.p("Veenweide werkt met een schoolmodel: de middelen voor ondersteuning gaan zo veel mogelijk naar de "
        "scholen. Het algemeen bestuur stelt elk jaar in december de begroting vast en daarmee de bedragen per "
        "school. De verdeling gaat als volgt.")
    d.table([
        ["Onderdeel", "Verdeelsleutel", "Bedrag 2026-2027"],
        ["Ondersteuningsbudget per school", "Aantal leerlingen op 1 oktober van het voorgaande jaar",
         "EUR 190 per leerling"],
        ["Vaste voet", "Per vestiging; kleine scholen (minder dan 100 leerlingen) een extra toeslag",
         "EUR 8.000 per vestiging, toeslag EUR 4.000"],
        ["Uren expertiseteam", "Naar rato van het aantal leerlingen, minimaal 20 uur per school per jaar",
         "In natura"],
        ["Solidariteitsfonds", "Op aanvraag van een bestuur bij onvoorziene, zware ondersteuningsvragen; besluit "
         "door de directeur binnen 3 weken", "Maximaal EUR 25.000 per leerling per jaar"],
    ])
    d.p("Scholen besteden het ondersteuningsbudget aan extra handen in de klas, specialistische begeleiding en "
        "scholing. Elk bestuur verantwoordt jaarlijks in zijn bestuursverslag waaraan het budget is besteed, "
        "volgens een format van het samenwerkingsverband.")
    d.h2("9.2 Meerjarenbegroting")
    d.table([
        ["(x EUR 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten ondersteuningsmiddelen", "4.210", "4.160", "4.100", "4.050"],
        ["Afdracht so (DUO)", "1.480", "1.470", "1.460", "1.450"],
        ["Bekostiging sbo boven de 2%", "210", "200", "190", "180"],
        ["Ondersteuningsbudget scholen en vaste voet", "1.104", "1.080", "1.055", "1.030"],
        ["Expertiseteam", "690", "700", "710", "720"],
        ["Solidariteitsfonds", "250", "250", "250", "250"],
        ["Bureau, bestuur en huisvesting", "420", "425", "430", "435"],
        ["Scholing", "80", "80", "70", "70"],
        ["Saldo", "-24", "-45", "-65", "-85"],
    ])
    d.p("De reserve bedraagt eind 2025 naar verwachting EUR 0,8 miljoen. Met de negatieve saldi wordt het deel "
        "boven de signaleringswaarde in de planperiode ingezet.")

    d.h1("10 Organisatie en medezeggenschap")
    d.p("Het samenwerkingsverband is een vereniging. De vier schoolbesturen zijn lid en vormen samen het algemeen "
        "bestuur. Het dagelijks bestuur wordt gevormd door een directeur, die wordt benoemd door het algemeen "
        "bestuur. Intern toezicht is belegd bij een toezichthoudend deel van het algemeen bestuur, bestaande uit "
        "twee onafhankelijke leden.")
    d.p("Het bureau is klein: de directeur, een beleidsmedewerker, een administratief medewerker en het "
        "expertiseteam van vijf orthopedagogen en consulenten. De consulenten zijn elk verbonden aan een vaste "
        "groep scholen.")
    d.p("De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden. De OPR heeft "
        "instemmingsrecht op het ondersteuningsplan en overlegt ten minste vier keer per jaar met de directeur.")

    d.h1("11 Personeel, scholing en privacy")
    d.p("Het samenwerkingsverband vindt het belangrijk dat leraren en intern begeleiders zich kunnen blijven "
        "ontwikkelen. Jaarlijks is er een scholingsaanbod met onder meer cursussen over gedrag, dyslexie, het "
        "jonge kind en het schrijven van een ontwikkelingsperspectief. Intern begeleiders komen vier keer per jaar "
        "samen in het IB-netwerk. De medewerkers van het bureau volgen zelf ook scholing, onder meer op het "
        "gebied van de nieuwe wetgeving rond passend onderwijs.")
    d.p("Het samenwerkingsverband verwerkt persoonsgegevens alleen voor de wettelijke taken. Dossiers worden "
        "drie jaar na het besluit vernietigd. Er is een privacyreglement en een functionaris "
        "gegevensbescherming, die gedeeld wordt met twee andere samenwerkingsverbanden.")
    d.p("De ICT-omgeving van het bureau is in 2025 vernieuwd. Aanvragen en dossiers worden uitsluitend via een "
        "beveiligde digitale omgeving uitgewisseld; e-mail wordt niet gebruikt voor het versturen van "
        "leerlinggegevens.")

    d.h2("10.1 Werkwijze van de ondersteuningsplanraad")
    d.p("De leden van de ondersteuningsplanraad worden gekozen uit en door de medezeggenschapsraden van de "
        "scholen. Zij hebben zitting voor drie jaar en kunnen eenmaal worden herkozen. De raad heeft een eigen "
        "reglement en een eigen budget voor scholing en ondersteuning. Het samenwerkingsverband stelt een "
        "ambtelijk secretaris beschikbaar.")
    d.p("De directeur informeert de raad tijdig over voorgenomen besluiten en stelt de stukken ten minste twee "
        "weken voor de vergadering beschikbaar. Eenmaal per jaar overleggen de raad en het algemeen bestuur "
        "samen over de algemene gang van zaken. De raad kan op eigen initiatief voorstellen doen.")

    d.h2("11.1 Het bureau en zijn bereikbaarheid")
    d.p("Het bureau van het samenwerkingsverband is op werkdagen van 8.30 tot 16.30 uur bereikbaar. Scholen "
        "hebben een vaste consulent, die ook buiten het ondersteuningsteam telefonisch bereikbaar is. Het bureau "
        "werkt met een digitale agenda waarin scholen zelf een overleg met hun consulent kunnen plannen.")
    d.p("De medewerkers van het bureau hebben een breed takenpakket. Zij bereiden besluiten voor, begeleiden "
        "scholen, nemen deel aan regionale overleggen en verzorgen de administratie van "
        "aanvragen. Omdat het bureau klein is, zijn afspraken over vervanging bij ziekte of verlof vastgelegd met "
        "een naburig samenwerkingsverband.")
    d.h2("11.2 Duurzaamheid en werkdruk")
    d.p("Het samenwerkingsverband let op de werkdruk van leraren en intern begeleiders. Formulieren zijn in 2025 "
        "vereenvoudigd en het aantal verplichte overleggen is beperkt. Waar mogelijk wordt gebruikgemaakt van "
        "bestaande documenten van de school, zoals het groepsoverzicht en het ontwikkelingsperspectief, in plaats "
        "van nieuwe formulieren. In de tevredenheidspeiling onder scholen wordt ook naar de ervaren administratieve "
        "last gevraagd.")

    d.h1("12 Ontwikkelagenda 2026-2030")
    d.table([
        ["Schooljaar", "Onderwerp"],
        ["2026-2027", "Nulmeting en vaststelling beoogde resultaten; uitwerking terugplaatsingsbeleid; "
         "communicatieplan; herijking van de standaarden basisondersteuning"],
        ["2027-2028", "In kaart brengen van het dekkend aanbod en de thuiszitterssituatie in de regio"],
        ["2028-2029", "Tussenevaluatie met OPR en gemeenten"],
        ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"],
    ])

    d.h1("Begrippen")
    d.table([
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "De ondersteuning die alle scholen in het samenwerkingsverband minimaal bieden, "
         "zoals een intern begeleider, een dyslexieprotocol en een aanpak voor gedrag."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat er voor ieder kind een passende plek "
         "is."],
        ["Ouder- en Jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden aan een aangemelde "
         "leerling."],
    ])
    return d

# --------------------------------------------------------------------------------------------
# Near miss — a single school's "schoolondersteuningsplan" (not an SWV plan), docx
# --------------------------------------------------------------------------------------------
def nearmiss_windroos():
    d = Doc(
        [
            "Ondersteuningsplan OBS De Windroos 2025-2026",
            "Zo organiseren wij de leerlingenzorg op onze school",
            "Openbare basisschool De Windroos, Heidemeer - onderdeel van Stichting Openbaar Onderwijs Heidemeer",
            "Vastgesteld door de directie na advies van het team; de MR heeft ingestemd op 30 september 2025",
        ],
        header="OBS De Windroos - Ondersteuningsplan 2025-2026",
        footer="OBS De Windroos - aangesloten bij SWV De Kempenkring PO 30-87",
    )
    d.toc([
        "1 Inleiding",
        "2 Onze school en onze leerlingen",
        "3 De ondersteuningsstructuur: vijf zorgniveaus",
        "4 Basisondersteuning op De Windroos",
        "5 Groepsbesprekingen en leerlingbesprekingen",
        "6 Extra ondersteuning en het samenwerkingsverband",
        "7 Ouders",
        "8 Inzet van de middelen",
        "9 Resultaten en evaluatie",
        "10 Jaarplanning zorg 2025-2026",
    ])
    d.pagebreak()

    d.h1("1 Inleiding")
    d.p("In dit ondersteuningsplan beschrijven wij hoe de leerlingenzorg op OBS De Windroos is georganiseerd in "
        "het schooljaar 2025-2026. Het plan is bedoeld voor het team, voor nieuwe collega's en voor ouders die "
        "willen weten hoe wij kinderen ondersteunen. Het plan sluit aan bij ons schoolondersteuningsprofiel en bij "
        "het ondersteuningsplan van ons samenwerkingsverband, De Kempenkring.")
    d.p("Het plan wordt elk jaar in juni geevalueerd door de intern begeleider en de directeur en waar nodig "
        "bijgesteld voor het nieuwe schooljaar.")

    d.h1("2 Onze school en onze leerlingen")
    d.p("De Windroos is een openbare basisschool in de wijk Heidemeer-Noord met 236 leerlingen in tien groepen. "
        "Ongeveer twintig procent van de leerlingen heeft een gewicht volgens de CBS-indicator. De school heeft "
        "een intern begeleider voor 0,6 fte, een onderwijsassistent voor 24 uur per week en een "
        "gedragsspecialist die ook als leerkracht in groep 6 werkt.")
    d.box("De Windroos in cijfers (1 oktober 2025)", [
        "Leerlingen: 236",
        "Leerlingen met een ontwikkelingsperspectief: 9",
        "Leerlingen met een arrangement van het samenwerkingsverband: 4",
        "Leerlingen verwezen naar sbo of so in 2024-2025: 2",
    ])

    d.h1("3 De ondersteuningsstructuur: vijf zorgniveaus")
    d.table([
        ["Zorgniveau", "Omschrijving", "Wie"],
        ["1", "Algemene zorg in de groep: goed onderwijs volgens het directe instructiemodel, differentiatie in "
         "drie niveaus", "Leerkracht"],
        ["2", "Extra zorg in de groep: verlengde instructie, extra oefening, een korte interventie van zes weken",
         "Leerkracht"],
        ["3", "Speciale zorg na intern onderzoek: handelingsplan, overleg met de intern begeleider", "Leerkracht "
         "en IB'er"],
        ["4", "Speciale zorg na extern onderzoek: inzet van het ondersteuningsteam, consulent van het "
         "samenwerkingsverband, eventueel een arrangement", "IB'er, ondersteuningsteam"],
        ["5", "Verwijzing: aanvraag van een toelaatbaarheidsverklaring voor sbo of so via het samenwerkingsverband",
         "Directeur namens het bestuur"],
    ])

    d.h1("4 Basisondersteuning op De Windroos")
    d.p("Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Concreet "
        "betekent dat op De Windroos: een dyslexieprotocol met extra leesbegeleiding door de onderwijsassistent, "
        "de Kanjertraining in alle groepen, een plusgroep voor meerbegaafde leerlingen op woensdagochtend, en "
        "vaste afspraken met de schoolmaatschappelijk werker, die elke dinsdag op school is.")
    d.p("Wat de school niet kan bieden: intensieve een-op-een begeleiding gedurende de hele dag, en een "
        "prikkelarme leeromgeving voor kinderen die daar voortdurend op zijn aangewezen. Voor deze kinderen zoeken "
        "wij samen met ouders en het samenwerkingsverband naar een passende oplossing.")

    d.h1("5 Groepsbesprekingen en leerlingbesprekingen")
    d.p("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de leerkracht met de "
        "intern begeleider de hele groep aan de hand van het groepsoverzicht. In de groepsbespreking komen de "
        "resultaten van de toetsen, het welbevinden van de leerlingen en de aanpak voor de komende periode aan de "
        "orde. Leerlingen die extra aandacht nodig hebben, worden daarna besproken in een leerlingbespreking.")
    d.p("Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Aan het ondersteuningsteam nemen deel: "
        "de intern begeleider, de directeur, de schoolmaatschappelijk werker, de jeugdverpleegkundige en, op "
        "uitnodiging, de consulent van het samenwerkingsverband. Ouders worden altijd uitgenodigd als hun kind "
        "wordt besproken.")

    d.h1("6 Extra ondersteuning en het samenwerkingsverband")
    d.p("Wanneer de basisondersteuning van de school niet volstaat, kan de school een arrangement aanvragen bij "
        "de Commissie Arrangementen van het samenwerkingsverband. De intern begeleider stelt daarvoor een "
        "groeidocument op. Voor een plaatsing in het speciaal basisonderwijs of speciaal onderwijs vraagt de "
        "directeur namens het schoolbestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De "
        "procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband.")
    d.p("Komt een leerling terug uit het sbo of so, dan maken wij met de school van herkomst afspraken over de "
        "overdracht en over ambulante begeleiding in de eerste maanden.")

    d.h1("7 Ouders")
    d.p("Wij informeren ouders over de ondersteuning op school via de schoolgids, de website en de informatieavond "
        "aan het begin van het schooljaar. Bij zorgen over een kind neemt de leerkracht contact op met de ouders. "
        "Ouders kunnen ook zelf een gesprek aanvragen met de intern begeleider. Ouders die er met de school niet "
        "uitkomen, kunnen contact opnemen met de vertrouwenspersoon van de stichting of met het ouder- en "
        "jeugdsteunpunt van het samenwerkingsverband.")

    d.h1("8 Inzet van de middelen")
    d.p("De school ontvangt via het bestuur een deel van het schoolbudget van het samenwerkingsverband. In "
        "2025-2026 is dat EUR 35.900. Wij zetten dit bedrag in zoals in de tabel staat.")
    d.table([
        ["Inzet", "Bedrag"],
        ["Onderwijsassistent (24 uur per week, deels)", "EUR 21.000"],
        ["Uitbreiding IB-uren (0,1 fte)", "EUR 8.400"],
        ["Scholing team: gedrag in de klas", "EUR 4.000"],
        ["Materialen dyslexie en rekenen", "EUR 2.500"],
    ])

    d.h1("9 Resultaten en evaluatie")
    d.p("De school volgt de resultaten van alle leerlingen met het leerlingvolgsysteem. De eindtoets van groep 8 "
        "lag in 2025 op het landelijk gemiddelde. Voor leerlingen met een ontwikkelingsperspectief evalueren wij "
        "twee keer per jaar of de doelen zijn gehaald. In juni evalueert het team de leerlingenzorg als geheel.")

    d.h1("10 Jaarplanning zorg 2025-2026")
    d.table([
        ["Maand", "Activiteit"],
        ["September", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
        ["Oktober", "Toetsperiode; groepsbesprekingen"],
        ["November", "Ondersteuningsteam; evaluatie OPP's"],
        ["Februari", "Toetsperiode; groepsbesprekingen; evaluatie OPP's"],
        ["April", "Ondersteuningsteam; voorbereiding overdracht naar het vo"],
        ["Juni", "Toetsperiode; groepsbesprekingen; evaluatie ondersteuningsplan school"],
    ])
    return d


# --------------------------------------------------------------------------------------------
def main():
    jobs = [
        (plan_rivierenhof, ["po-rivierenhof-ondersteuningsplan-2026-2030.docx"]),
        (plan_kempenkring, ["po-kempenkring-ondersteuningsplan-2026-2030.docx"]),
        (plan_duinrand, ["po-duinrand-ondersteuningsplan-2026-2030.pdf"]),
        (plan_ijsselvallei, ["vo-ijsselvallei-zuid-ondersteuningsplan-2026-2030.pdf"]),
        (plan_veenweide, ["po-veenweide-ondersteuningsplan-2026-2030.html"]),
        (nearmiss_windroos, ["obs-de-windroos-schoolondersteuningsplan-2025-2026.docx"]),
    ]
    for fn, names in jobs:
        doc = fn()
        for name in names:
            path = OUT / name
            if name.endswith(".docx"):
                render_docx(doc, path)
            elif name.endswith(".pdf"):
                render_pdf(doc, path)
            elif name.endswith(".html"):
                render_html(doc, path)
            print("%-58s %5d words" % (name, doc.word_count()))


if __name__ == "__main__":
    main()
