#!/usr/bin/env python3
"""Generate the holdout50 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO, of mixed
quality) and one near-miss document (a school-level "ondersteuningsplan"), plus one
<name>.expected.yaml label file per plan.

All organisations, people, places and figures are fictional.

Deterministic, no network. Requires python-docx and (for the PDFs) LibreOffice (`soffice`).
Usage: python3 make_holdout50.py [outdir]   (default: the folder above this script)
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
FIXED_DT = datetime.datetime(2026, 2, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------------
# Tiny document model: a list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("h3", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [header_row, row, ...]) ("pb",) ("toc", [lines])
# --------------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, header="", footer=""):
        self.blocks = []
        self.header = header
        self.footer = footer

    def title(self, t):
        self.blocks.append(("title", t))

    def sub(self, t):
        self.blocks.append(("sub", t))

    def h1(self, t):
        self.blocks.append(("h1", t))

    def h2(self, t):
        self.blocks.append(("h2", t))

    def h3(self, t):
        self.blocks.append(("h3", t))

    def p(self, text):
        for para in [x.strip() for x in text.strip().split("\n\n")]:
            if para:
                self.blocks.append(("p", " ".join(para.split())))

    def ul(self, items):
        self.blocks.append(("ul", [" ".join(i.split()) for i in items]))

    def ol(self, items):
        self.blocks.append(("ol", [" ".join(i.split()) for i in items]))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def pb(self):
        self.blocks.append(("pb",))

    def toc(self, lines):
        self.blocks.append(("toc", lines))

    def words(self):
        n = 0
        for b in self.blocks:
            if b[0] in ("ul", "ol", "toc"):
                n += sum(len(x.split()) for x in b[1])
            elif b[0] == "table":
                n += sum(len(str(c).split()) for r in b[1] for c in r)
            elif b[0] != "pb":
                n += len(b[1].split())
        return n


def _normalise_zip(path):
    """Rewrite a .docx with fixed timestamps so the output is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(d, path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "opcheck holdout50"
    cp.author = "opcheck holdout50"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if d.header:
        sec.header.paragraphs[0].text = d.header
    if d.footer:
        sec.footer.paragraphs[0].text = d.footer
    for b in d.blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
        elif kind == "sub":
            doc.add_paragraph(b[1], style="Subtitle")
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    _normalise_zip(path)


def write_html(d, path, lang="nl"):
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">']
    t = next((b[1] for b in d.blocks if b[0] == "title"), "Document")
    out.append(f"<title>{html.escape(t)}</title>")
    out.append("<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
               "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>")
    out.append("</head>")
    out.append("<body>")
    if d.header:
        out.append(f'<header class="site-header"><nav>{html.escape(d.header)}</nav></header>')
    out.append("<main>")
    for b in d.blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1 class=\"doc-title\">{html.escape(b[1])}</h1>")
        elif k == "sub":
            out.append(f"<p class=\"subtitle\"><em>{html.escape(b[1])}</em></p>")
        elif k == "h1":
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif k == "h2":
            out.append(f"<h3>{html.escape(b[1])}</h3>")
        elif k == "h3":
            out.append(f"<h4>{html.escape(b[1])}</h4>")
        elif k == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>'
                       + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + "</ul></nav>")
        elif k == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join(f"<th>{html.escape(str(c))}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
    out.append("</main>")
    if d.footer:
        out.append(f"<footer>{html.escape(d.footer)}</footer>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, pdf_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", pdf_dir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.join(pdf_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("PDF conversion failed for " + docx_path)
    return pdf


# --------------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
        ("plaatsing", "procedure"), ("plaatsing", "criteria"),
        ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"),
        ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
        ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]


def status_of(el, crit, advisory):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(path, documents, sector, crit=None, advisory=None, notes=None, plan=True):
    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if plan else 'false'}"]
    if not plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f"  {k}: {q(v)}")
    else:
        advisory = advisory or {}
        missing = [f"{e}.{c}" for e, c in CORE if f"{e}.{c}" not in crit]
        assert not missing, missing
        st = {e: status_of(e, crit, advisory) for e in ELEMENTS}
        lines.append("elements: {" + ", ".join(f"{e}: {st[e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for e, c in CORE:
            lines.append(f"  {e}.{c}: {'true' if crit[e + '.' + c] else 'false'}")
        lines.append("advisory_addressed:")
        if not any(advisory.values()):
            lines[-1] = "advisory_addressed: {}"
        for e in ELEMENTS:
            if advisory.get(e):
                lines.append(f"  {e}: [{', '.join(advisory[e])}]")
        lines.append("notes:")
        for e in ELEMENTS:
            if e in notes:
                lines.append(f"  {e}: {q(notes[e])}")
        if "document" in notes:
            lines.append(f"  document: {q(notes['document'])}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def crits(false=()):
    """All 14 core criteria true except the ones listed in `false`."""
    c = {f"{e}.{k}": True for e, k in CORE}
    for f in false:
        assert f in c, f
        c[f] = False
    return c


# ==================================================================================================
# P1 – PO, excellent plan. SWV Passend Primair Onderwijs De Linge (PO 26-07). docx + pdf.
# Traps: terugplaatsing only inside the TLV chapter (§6.7 "Wanneer de TLV afloopt"); ouders under
# "Communicatie"; financien under "Geld en middelen"; basisondersteuning content and the
# meerjarenbegroting only in tables; TOC, begrippenlijst and afkortingen full of element words.
# ==================================================================================================
def build_p1():
    d = Doc(header="SWV De Linge – Ondersteuningsplan 2026-2030",
            footer="Ondersteuningsplan PO 26-07 | vastgesteld 24 maart 2026")
    d.title("Ondersteuningsplan 2026 – 2030")
    d.sub("Samenwerkingsverband Passend Primair Onderwijs De Linge (PO 26-07)")
    d.p("""Gemeenten Valkenhorst, Heerdam en Brakelveen

    Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad
    op 17 maart 2026 en na afronding van het op overeenstemming gericht overleg (OOGO) met de drie
    gemeenten op 3 maart 2026. Toegezonden aan de Inspectie van het Onderwijs op 27 maart 2026.""")
    d.pb()
    d.toc([
        "Voorwoord",
        "1 Inleiding en context",
        "2 Visie, missie en koers",
        "3 Terugblik op de planperiode 2022-2026",
        "4 Basisondersteuning: wat elke school biedt",
        "5 Extra ondersteuning en het dekkend aanbod",
        "6 Toelaatbaarheid tot sbo en so",
        "7 Communicatie",
        "8 Kwaliteit en resultaten",
        "9 Geld en middelen",
        "10 Organisatie, governance en medezeggenschap",
        "11 Samenwerking met gemeenten en jeugdhulp (OOGO)",
        "12 Personeel, professionalisering en ICT",
        "13 Planning 2026-2030",
        "Bijlage A Begrippenlijst (basisondersteuning, TLV, terugplaatsing, ouder- en jeugdsteunpunt, verdeelmodel)",
        "Bijlage B Afkortingen",
    ])
    d.pb()
    d.h1("Voorwoord")
    d.p("""Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het is tot stand gekomen in
    een jaar waarin we veel met elkaar hebben gesproken: met intern begeleiders en directeuren, met de
    leraren van onze speciale scholen, met de ondersteuningsplanraad, met de wethouders en beleidsmedewerkers
    van onze drie gemeenten en niet in de laatste plaats met ouders. In vier ouderavonden in het voorjaar
    van 2025 hebben ruim honderdtwintig ouders ons verteld wat zij van passend onderwijs merken. Hun
    verhalen – over een kind dat eindelijk weer met plezier naar school gaat, maar ook over lange
    wachttijden en het gevoel van het kastje naar de muur te worden gestuurd – zijn de rode draad van dit plan.

    We hebben bewust gekozen voor een plan dat concreet is. Waar we iets beloven, staat erbij wie het doet,
    wanneer en hoe we weten of het gelukt is. Dat maakt het plan niet korter, maar wel bruikbaarder voor
    scholen, ouders en partners. De jaarlijkse uitwerking volgt in het jaarplan en de begroting; de grote
    lijnen en de afspraken die voor de hele planperiode gelden, vindt u hier.

    Wij danken iedereen die heeft meegedacht. In het bijzonder danken we de leden van de
    ondersteuningsplanraad, die met scherpe vragen over de middelen en de resultaten het plan beter hebben
    gemaakt.

    Marieke Oosterbeek, directeur-bestuurder
    Henk van der Wiel, voorzitter raad van toezicht""")
    d.h1("1 Inleiding en context")
    d.p("""Samenwerkingsverband Passend Primair Onderwijs De Linge is een stichting waarin negen schoolbesturen
    samenwerken die samen 44 scholen voor primair onderwijs in stand houden in de gemeenten Valkenhorst,
    Heerdam en Brakelveen. Het gaat om 39 basisscholen (met in totaal 41 vestigingen), drie scholen voor
    speciaal basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3 en cluster 4). Daarnaast
    maken leerlingen uit onze regio gebruik van so-scholen buiten de regio, vooral voor zeer moeilijk
    lerende kinderen en voor kinderen met ernstige meervoudige beperkingen.

    Dit ondersteuningsplan beschrijft hoe wij in de periode 1 augustus 2026 tot en met 31 juli 2030 de
    wettelijke opdracht uitvoeren: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen
    de scholen, zodat alle leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen
    die extra ondersteuning nodig hebben een zo passend mogelijke plek in het onderwijs krijgen. Het plan
    volgt de onderwerpen die artikel 18a, achtste lid, van de Wet op het primair onderwijs voorschrijft.""")
    d.table([
        ["Kengetal (teldatum 1 oktober 2025)", "Aantal / percentage"],
        ["Leerlingen basisonderwijs", "9.412"],
        ["Leerlingen sbo (3 scholen)", "207"],
        ["Leerlingen so met TLV van De Linge", "141"],
        ["Deelnamepercentage sbo (landelijk 2,2%)", "2,1%"],
        ["Deelnamepercentage so (landelijk 1,6%)", "1,5%"],
        ["Thuiszitters langer dan 4 weken (peildatum 1 oktober)", "9"],
    ])
    d.p("""De leerlingaantallen in onze regio dalen licht: de prognose is een afname van circa 4% over de
    planperiode, met verschillen tussen de kernen. In Brakelveen groeit het aantal leerlingen door
    nieuwbouw juist. Ongeveer 7% van de leerlingen heeft een andere thuistaal dan het Nederlands; in
    Heerdam ligt dat percentage hoger door de komst van gezinnen uit Oekraïne en Syrië.""")
    d.h1("2 Visie, missie en koers")
    d.p("""Onze missie is kort: elk kind in de Linge-regio gaat naar een school die bij hem of haar past,
    zo dicht mogelijk bij huis, met de ondersteuning die nodig is. Wij geloven dat kinderen het meest leren
    tussen andere kinderen, en dat de gewone basisschool voor verreweg de meeste kinderen de beste plek is.
    Tegelijk erkennen we dat sommige kinderen tijdelijk of langdurig meer nodig hebben dan een gewone
    groep kan bieden. Dan is het speciaal (basis)onderwijs geen eindstation maar een deel van een doorgaande
    route.

    Vier uitgangspunten bepalen onze koers. Ten eerste: de leerkracht doet ertoe. Passend onderwijs begint
    in de klas, bij een leerkracht die weet wat een kind nodig heeft en die daarbij hulp krijgt. Ten tweede:
    ouders zijn partner. Ouders kennen hun kind het best; zij horen aan tafel te zitten wanneer er over hun
    kind wordt besloten. Ten derde: eerst de ondersteuning, dan de papieren. Wij willen dat hulp snel op gang
    komt en dat formulieren volgen, niet leiden. Ten vierde: samen met zorg. Veel vragen van kinderen
    houden niet op bij de schooldeur; onderwijs en jeugdhulp moeten elkaar daarom vinden.

    Deze uitgangspunten komen in elk hoofdstuk terug. Ze zijn ook de maatstaf waarlangs wij onze eigen
    resultaten beoordelen en waarover wij verantwoording afleggen aan de ondersteuningsplanraad en de
    gemeenten.""")
    d.h1("3 Terugblik op de planperiode 2022-2026")
    d.p("""In het vorige plan hadden we vier speerpunten: versterken van de basisondersteuning, sneller
    toewijzen van arrangementen, minder thuiszitters en een betere aansluiting met de jeugdhulp. Op twee
    daarvan zijn we duidelijk vooruitgegaan. De doorlooptijd van een arrangementaanvraag daalde van
    gemiddeld 38 naar 19 werkdagen. Het aantal scholen dat alle standaarden van de basisondersteuning
    haalt steeg van 29 naar 37 van de 41 vestigingen.

    Op het terrein van thuiszitters zijn we minder ver gekomen dan we wilden. Het aantal langdurig
    thuiszittende kinderen schommelde tussen 8 en 14; het doel van maximaal 5 is niet gehaald. De
    samenwerking met de jeugdhulp is verbeterd door de inzet van jeugdhulpverleners op school, maar de
    wachttijden bij specialistische jeugdhulp blijven een knelpunt dat wij niet alleen kunnen oplossen.
    De lessen uit deze terugblik hebben we verwerkt in de doelen van hoofdstuk 8.""")

    d.h1("4 Basisondersteuning: wat elke school biedt")
    d.p("""Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat
    iedere vestiging van iedere aangesloten basisschool ten minste biedt, zonder dat daarvoor een aanvraag
    bij het samenwerkingsverband nodig is. De schoolbesturen hebben dit niveau op 12 november 2025
    gezamenlijk vastgesteld als de ‘Linge-standaard’. Het niveau geldt voor alle 41 vestigingen; een school
    mag meer bieden, maar niet minder. Wat een school daarbovenop biedt, beschrijft zij in haar
    schoolgids.

    De Linge-standaard bestaat uit twaalf standaarden. Per standaard staat in de tabel hieronder wat ouders
    op elke school concreet mogen verwachten.""")
    d.table([
        ["Standaard", "Wat u op elke school mag verwachten"],
        ["1 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een zorgkalender met drie groepsbesprekingen en twee leerlingbesprekingen per jaar."],
        ["2 Ondersteuningsteam", "Een ondersteuningsteam (OT) dat minimaal vier keer per jaar bijeenkomt met de schoolconsulent van het SWV, ouders en zo nodig de jeugdverpleegkundige of het lokale team."],
        ["3 Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; begeleiding bij ernstige enkelvoudige dyslexie en compenserende software vanaf groep 5."],
        ["4 Dyscalculie", "Werken volgens het protocol ERWD; extra instructie en hulpmiddelen bij hardnekkige rekenproblemen."],
        ["5 Gedrag en sociale veiligheid", "Een schoolbrede aanpak voor gedrag (bijv. PBS of Kanjertraining), een anti-pestcoördinator en een individueel gedragsplan wanneer dat nodig is."],
        ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep en deelname aan een plusgroep op school of bovenschools."],
        ["7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand; nieuwkomers krijgen de eerste periode intensief NT2-onderwijs."],
        ["8 Medisch handelen", "Een protocol medisch handelen; begeleiding bij chronische ziekte in overleg met ouders en de jeugdarts."],
        ["9 Fysieke toegankelijkheid", "Een toegankelijk gebouw of, waar dat (nog) niet kan, een afspraak met een nabije school van hetzelfde bestuur."],
        ["10 Handelingsgericht werken", "Groepsplannen of een vergelijkbare aanpak; voor elke leerling die afwijkt van het reguliere programma een ontwikkelingsperspectief (OPP), jaarlijks met ouders besproken."],
        ["11 Executieve functies", "Ondersteuning bij plannen en organiseren (visuele dagplanning, stappenplannen, prikkelarme werkplek)."],
        ["12 Overdracht", "Een warme overdracht bij elke overstap (voorschool–groep 1, school–school, groep 8–voortgezet onderwijs)."],
    ])
    d.p("""Het samenwerkingsverband controleert of scholen dit niveau halen. Elke school vult jaarlijks voor
    1 november de kwaliteitskaart basisondersteuning in; eens per twee jaar voert een schoolconsulent samen
    met een IB’er van een andere school een audit uit. Haalt een vestiging één of meer standaarden niet,
    dan maakt het schoolbestuur binnen drie maanden een verbeterplan dat de directeur-bestuurder van het
    SWV bespreekt met het bestuur. In het jaarverslag rapporteren wij per standaard hoeveel vestigingen het
    niveau halen.""")

    d.h1("5 Extra ondersteuning en het dekkend aanbod")
    d.h2("5.1 Het ondersteuningscontinuüm")
    d.p("""Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een beroep doen op
    het samenwerkingsverband. Het aanbod is opgebouwd in vijf niveaus die op elkaar aansluiten:""")
    d.ul([
        "Niveau 1 – basisondersteuning in de groep en op school (hoofdstuk 4).",
        "Niveau 2 – advies en consultatie: de schoolconsulent van het SWV denkt mee in het OT, observeert in de groep en adviseert leerkracht en ouders.",
        "Niveau 3 – arrangementen op de eigen school: extra begeleiding, een onderwijsassistent of ambulante begeleiding vanuit het sbo of so, toegekend door het SWV.",
        "Niveau 4 – bovenschoolse voorzieningen: de plusklas De Sprong (hoogbegaafde leerlingen, 1 dag per week, 4 locaties), de taalklas Heerdam voor nieuwkomers (maximaal 1 jaar), de observatiegroep De Brug (maximaal 12 weken) en het onderwijs-zorgarrangement Samen Sterk voor kinderen die onderwijs en jeugdhulp op één locatie nodig hebben.",
        "Niveau 5 – speciaal basisonderwijs (De Kompasroos, De Wegwijzer, Het Anker) en speciaal onderwijs (De Linde, cluster 3; De Horizon, cluster 4), met een toelaatbaarheidsverklaring (hoofdstuk 6).",
    ])
    d.p("""De route tussen de niveaus loopt altijd via het ondersteuningsteam van de school. Het loket van
    het SWV ontvangt aanvragen voor niveau 3 tot en met 5 en zorgt ervoor dat een leerling niet opnieuw
    zijn verhaal hoeft te doen: één groeidocument volgt het kind door alle niveaus.""")
    d.h2("5.2 Dekkend aanbod: witte vlekken opsporen en dichten")
    d.p("""Een dekkend aanbod betekent dat er voor elk kind een passende plek is, ook als die plek nog niet
    bestaat. Wij brengen elk jaar in maart de witte vlekken in kaart met drie bronnen: de wachtlijsten van
    de sbo- en so-scholen en bovenschoolse voorzieningen, de meldingen van kinderen zonder passende plek
    bij het loket en de thuiszittersregistratie van de drie leerplichtafdelingen. De uitkomst bespreken we
    met het algemeen bestuur en de OPR; voor elke witte vlek spreken we een eigenaar en een termijn af.

    Voor de planperiode zijn al drie lacunes bekend: (1) er is geen passend aanbod voor jonge kinderen
    (4-6 jaar) met een complexe ontwikkelingsvraag; in 2026-2027 starten we met een kleuterobservatiegroep
    bij De Linde; (2) de wachttijd voor cluster 4 loopt op tot 5 maanden; met De Horizon maken we afspraken
    over een tijdelijke uitbreiding van 12 plaatsen vanaf 1 augustus 2027; (3) hoogbegaafde kinderen die
    thuiszitten vinden geen plek; de plusklas krijgt in 2027 een voltijdsgroep.

    Dreigt een kind thuis te komen zitten, dan meldt de school dat binnen vijf schooldagen bij het loket.
    Binnen tien schooldagen organiseert het SWV een overleg met ouders, school, leerplicht en zo nodig
    jeugdhulp, waarin een plan met een datum van terugkeer wordt gemaakt. Lukt dat niet binnen zes weken,
    dan neemt de directeur-bestuurder de regie (doorzettingsmacht) en wijst zij, na overleg met de
    betrokken besturen, een school aan die het kind tijdelijk opvangt. Over alle thuiszitters rapporteren
    wij ieder kwartaal aan de leerplichtambtenaren en jaarlijks aan de Inspectie.""")

    d.h1("6 Toelaatbaarheid tot sbo en so")
    d.h2("6.1 Wie vraagt aan")
    d.p("""Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs
    wordt aangevraagd door het schoolbestuur van de school waar de leerling staat ingeschreven, of – bij een
    leerling die nog niet op school zit – door het bestuur van de school waar de ouders hun kind hebben
    aangemeld. In de praktijk doet de intern begeleider de aanvraag namens het bestuur via het digitale
    loket. Ouders ondertekenen de aanvraag of voegen hun zienswijze toe.""")
    d.h2("6.2 Stappen en termijnen")
    d.ol([
        "Het OT van de school bespreekt de ondersteuningsbehoefte met ouders en de schoolconsulent en stelt het groeidocument op, inclusief OPP en een evaluatie van de tot dan toe geboden ondersteuning.",
        "De school dient de aanvraag in bij het loket. Het loket controleert binnen 5 werkdagen of het dossier compleet is.",
        "Twee deskundigen geven ieder een eigen schriftelijk advies (zie 6.4).",
        "De Commissie Toelaatbaarheid (CvT), die namens de directeur-bestuurder besluit, neemt uiterlijk 6 weken na ontvangst van het complete dossier een besluit. In spoedsituaties (bijvoorbeeld dreigend thuiszitten) besluit de CvT binnen 10 werkdagen.",
        "Ouders en school ontvangen het besluit schriftelijk, samen met een afschrift van beide deskundigenadviezen.",
    ])
    d.h2("6.3 Criteria")
    d.p("""De CvT geeft een TLV voor het speciaal basisonderwijs af wanneer aan alle volgende voorwaarden is
    voldaan: de ondersteuningsbehoefte van de leerling overstijgt wat de school met basisondersteuning en een
    arrangement (niveau 3) kan bieden; er is minimaal een half jaar handelingsgericht gewerkt met een OPP
    en dat is geëvalueerd; en de leerling heeft langdurig een kleinere groep en een aangepast programma nodig,
    maar kan het reguliere curriculum in aangepast tempo volgen.

    Een TLV voor het speciaal onderwijs volgt wanneer daarnaast blijkt dat de leerling zeer specifieke
    expertise nodig heeft die ook het sbo niet kan bieden: bij cluster 3 gaat het om leerlingen met een
    verstandelijke beperking (in de regel een IQ onder 55, of onder 70 in combinatie met een forse
    beperking in de zelfredzaamheid), een lichamelijke beperking of langdurige ziekte waarvoor medische
    zorg in de school nodig is; bij cluster 4 om leerlingen met ernstige gedrags- of psychiatrische
    problematiek waarvoor ook bij intensieve begeleiding in sbo of regulier geen ontwikkeling mogelijk is.
    Diagnoses alleen zijn nooit doorslaggevend: het gaat om de ondersteuningsbehoefte.""")
    d.h2("6.4 Deskundigenadvies")
    d.p("""Bij elke aanvraag adviseren twee deskundigen: een orthopedagoog of GZ-psycholoog, en een tweede
    deskundige afhankelijk van de vraag van het kind (bijvoorbeeld een kinderpsychiater, jeugdarts of
    maatschappelijk werker). Geen van beiden is betrokken geweest bij de voorbereiding van de aanvraag.""")
    d.h2("6.5 Duur en bekostigingscategorie")
    d.p("""Een TLV voor het sbo wordt afgegeven tot en met 31 juli van het schooljaar waarin de leerling
    12 jaar wordt, tenzij de CvT een kortere duur passend vindt. Een TLV voor het so wordt in de regel
    afgegeven voor twee schooljaren. Voor het so stelt de CvT de bekostigingscategorie vast (laag, midden of
    hoog) op basis van de ondersteuningsbehoefte en het advies van de so-school.""")
    d.h2("6.6 Bezwaar")
    d.p("""Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken bij het
    samenwerkingsverband. Het SWV is aangesloten bij de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen (LBT), die ons adviseert voordat wij op het bezwaar beslissen.""")
    d.h2("6.7 Wanneer de TLV afloopt")
    d.p("""Een TLV is nadrukkelijk tijdelijk. Ons beleid is dat een leerling die het speciaal (basis)onderwijs
    niet meer nodig heeft, zo snel als verantwoord terugkeert naar een reguliere basisschool, bij voorkeur
    dicht bij huis. Voorwaarden zijn dat de leerling volgens de OPP-evaluatie het reguliere programma met
    hooguit een arrangement kan volgen, dat ouders de terugkeer steunen en dat er een ontvangende school is
    gevonden die het arrangement kan bieden. Een kind keert nooit terug zonder begeleiding: de ontvangende
    school krijgt een overgangsarrangement van één schooljaar, met ambulante begeleiding door de sbo- of
    so-school en een vast budget van € 4.500 per leerling.

    De werkwijze is als volgt. Elke sbo- en so-school bespreekt jaarlijks in het OPP-gesprek met ouders of
    terugkeer aan de orde is. In het laatste jaar van de TLV doet de school uiterlijk 1 februari een
    terugkeeradvies aan de CvT: terugplaatsing, overplaatsing naar een andere vorm van speciaal onderwijs,
    of verlenging. De CvT besluit voor 1 april; bij verlenging is een nieuwe aanvraag met deskundigenadvies
    nodig. Bij terugplaatsing zoekt het loket samen met ouders een ontvangende school, en maakt die school
    voor 1 juni een plan met de sbo/so-school. De evaluatie van het overgangsarrangement vindt plaats na
    drie en na twaalf maanden. In 2024-2025 keerden 19 leerlingen vanuit het sbo en 4 vanuit het so terug
    naar het regulier; ons doel is 25 per jaar.""")

    d.h1("7 Communicatie")
    d.p("""Goede communicatie is voor ons meer dan een nieuwsbrief. In dit hoofdstuk beschrijven we hoe wij
    scholen, partners en ouders bereiken.

    Scholen en besturen ontvangen tweemaandelijks de Linge-brief, en de schoolconsulenten zijn het vaste
    aanspreekpunt voor IB’ers. Met de gemeenten overleggen we viermaal per jaar ambtelijk en tweemaal per
    jaar bestuurlijk.""")
    d.h2("7.1 Ouders")
    d.p("""Ouders vinden op de website www.swvdelinge.nl een ouderpagina met de Linge-standaard van de
    basisondersteuning, een overzicht van alle arrangementen en bovenschoolse voorzieningen, de routekaart
    voor een TLV en een lijst van veelgestelde vragen. Dezelfde informatie staat in de ouderbrochure ‘Passend
    onderwijs in de Linge’, die elke school bij aanmelding meegeeft en die ook in het Engels, Arabisch en
    Oekraïens verschijnt. Elke school neemt in haar schoolgids een vaste paragraaf op over de ondersteuning op
    school en verwijst naar het SWV. Twee keer per jaar organiseren we een ouderavond over een thema (zoals
    de overstap naar het voortgezet onderwijs).

    Ouders die onafhankelijk advies zoeken of het niet eens zijn met de school of het SWV, kunnen terecht
    bij het Ouder- en Jeugdsteunpunt Linge. Het steunpunt is ondergebracht bij de stichting MEE Rivierenland
    en werkt onafhankelijk van scholen en SWV; de medewerkers kunnen meegaan naar gesprekken op school. Ook
    kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het SWV geldt
    onze klachtenregeling (landelijke klachtencommissie); geschillen over toelating, verwijdering en het OPP
    kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs. De contactgegevens staan in de
    ouderbrochure en op de ouderpagina.""")
    d.p("""Ouders zijn vertegenwoordigd in de OPR (zes van de twaalf leden) en in de klankbordgroep
    ouders die drie keer per jaar met de directeur-bestuurder spreekt.""")

    d.h1("8 Kwaliteit en resultaten")
    d.p("""Wij willen weten of wat we doen werkt. Daarom hebben we voor de planperiode doelen met een
    meetbare streefwaarde geformuleerd. De nulmeting is van 1 oktober 2025.""")
    d.table([
        ["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
        ["Alle vestigingen bieden de Linge-standaard", "vestigingen die alle standaarden halen", "37 van 41", "41 van 41"],
        ["Kinderen zitten niet thuis", "thuiszitters > 4 weken (1 okt.)", "9", "maximaal 3"],
        ["Snelle toewijzing", "doorlooptijd arrangement (werkdagen)", "19", "15"],
        ["Terug naar het regulier", "terugplaatsingen per jaar", "23", "25"],
        ["Thuisnabij onderwijs", "deelname sbo + so", "3,6%", "maximaal 3,6%"],
        ["Ouders tevreden over ondersteuning", "score tevredenheidspeiling (1-10)", "7,1", "7,5"],
    ])
    d.p("""Het bureau verzamelt de gegevens per kwartaal uit het loketsysteem, de DUO-telling en de
    thuiszittersregistratie. Ieder kwartaal bespreekt de directeur-bestuurder een rapportage met de raad van
    toezicht; twee keer per jaar bespreken we de voortgang met de OPR en de schoolbesturen. Jaarlijks
    verantwoorden wij de bereikte resultaten en de middelen die daarvoor zijn ingezet in het jaarverslag,
    dat voor 1 juli openbaar is. In het voorjaar van 2029 laten wij een externe evaluatie uitvoeren die de
    basis vormt voor het volgende plan. Schoolbesturen verantwoorden in hun eigen jaarverslag wat zij met de
    ondersteuningsmiddelen hebben bereikt; het SWV vraagt daarbij naar de resultaten per standaard.""")

    d.h1("9 Geld en middelen")
    d.h2("9.1 Hoe de middelen worden verdeeld")
    d.p("""Het samenwerkingsverband ontvangt van het Rijk het ondersteuningsbudget voor lichte en zware
    ondersteuning. Na aftrek van de afdrachten aan het so en het sbo (bekostiging op basis van de
    teldatum 1 oktober en de groeitelling op 1 februari) verdelen wij het resterende budget als volgt:""")
    d.ul([
        "Schoolbudget: elk schoolbestuur ontvangt € 135 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per vestiging, voor het realiseren van de basisondersteuning en lichte arrangementen.",
        "Arrangementenbudget: individuele en groepsarrangementen worden op aanvraag toegekend door het loket; het budget per arrangement ligt tussen € 2.500 en € 12.000 per schooljaar, afhankelijk van de inzet (begeleiding in uren per week).",
        "Bovenschoolse voorzieningen: de plusklas, de taalklas, de observatiegroep en Samen Sterk worden door het SWV rechtstreeks bekostigd.",
    ])
    d.p("""Het algemeen bestuur stelt het verdeelmodel vast; wijzigingen gaan niet in zonder instemming van de
    OPR. Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks voor 1 mei met een vast
    format, waarin zij per vestiging aangeven welke ondersteuning is gerealiseerd.""")
    d.h2("9.2 Meerjarenbegroting")
    d.table([
        ["(bedragen × € 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten ondersteuningsbudget (na verevening)", "10.840", "10.720", "10.600", "10.490"],
        ["Afdrachten so", "3.010", "3.040", "3.060", "3.060"],
        ["Afdrachten sbo (incl. groeibekostiging)", "2.480", "2.440", "2.400", "2.360"],
        ["Schoolbudgetten besturen", "1.520", "1.500", "1.480", "1.460"],
        ["Arrangementen", "1.860", "1.840", "1.820", "1.800"],
        ["Bovenschoolse voorzieningen", "1.120", "1.180", "1.200", "1.200"],
        ["Bureau, loket en schoolconsulenten", "980", "990", "1.000", "1.010"],
        ["Resultaat", "-130", "-270", "-360", "-400"],
    ])
    d.p("""De negatieve resultaten zijn bewust: wij bouwen de reserve af die in de vorige planperiode is
    ontstaan. De algemene reserve bedraagt op 31 december 2025 € 2,9 miljoen; de signaleringswaarde volgens
    de berekening van de Inspectie ligt op € 1,6 miljoen. Aan het eind van de planperiode ligt de reserve
    rond € 1,7 miljoen. In de risicoparagraaf van de jaarbegroting actualiseren we jaarlijks de benodigde
    buffer.""")

    d.h1("10 Organisatie, governance en medezeggenschap")
    d.p("""Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder.
    De schoolbesturen vormen samen de algemene vergadering, die het ondersteuningsplan, de begroting en het
    jaarverslag goedkeurt. De raad van toezicht bestaat uit vijf leden, van wie drie onafhankelijk. Het
    bureau telt 14,2 fte, waarvan 8,6 fte schoolconsulenten en orthopedagogen.

    De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. Zij bestaat uit zes
    ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden. De OPR vergadert zes keer per
    jaar en wordt ondersteund door een ambtelijk secretaris. Het SWV heeft zelf ook een
    medezeggenschapsraad voor het personeel van het bureau.""")
    d.h1("11 Samenwerking met gemeenten en jeugdhulp (OOGO)")
    d.p("""Met de gemeenten Valkenhorst, Heerdam en Brakelveen voeren wij jaarlijks het op overeenstemming
    gericht overleg. Voor de planperiode hebben we vier gezamenlijke thema’s afgesproken: jeugdhulp in en
    om de school, thuiszitters, leerlingenvervoer en onderwijshuisvesting van het speciaal onderwijs. De
    lokale teams hebben op elke basisschool een vaste contactpersoon. Het onderwijs-zorgarrangement Samen
    Sterk wordt voor 50% door de gemeenten bekostigd. Het OOGO over dit plan is op 3 maart 2026 afgerond;
    het verslag is vastgesteld door de drie wethouders.""")
    d.h1("12 Personeel, professionalisering en ICT")
    d.p("""Het SWV investeert in de deskundigheid van leraren en IB’ers met de Linge-academie: jaarlijks
    twintig scholingsbijeenkomsten over onder meer gedrag, taal en hoogbegaafdheid. Het bureau werkt met
    één digitaal loketsysteem dat voldoet aan de AVG; gegevens over de gezondheid van leerlingen worden na
    drie jaar vernietigd. Voor het eigen personeel geldt de cao po; het SWV heeft een
    professionaliseringsbudget van € 1.200 per fte per jaar.""")
    d.h1("13 Planning 2026-2030")
    d.table([
        ["Schooljaar", "Belangrijkste acties"],
        ["2026-2027", "Start kleuterobservatiegroep; nieuwe ouderbrochure; eerste audits nieuwe standaard"],
        ["2027-2028", "Uitbreiding cluster 4 (12 plaatsen); voltijds plusklas; tussenevaluatie doelen"],
        ["2028-2029", "Externe evaluatie; herijking verdeelmodel"],
        ["2029-2030", "Nieuw ondersteuningsplan, OOGO en instemming OPR voor 1 mei 2030"],
    ])
    d.pb()
    d.h1("Bijlage A Begrippenlijst")
    d.ul([
        "Basisondersteuning – het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden.",
        "Arrangement – een afgesproken pakket extra ondersteuning voor een leerling of groep.",
        "Dekkend aanbod – het geheel van voorzieningen waardoor voor elk kind een passende plek is.",
        "Ouder- en jeugdsteunpunt – een onafhankelijk steunpunt voor ouders en jeugdigen.",
        "Terugplaatsing – de overstap van een leerling uit het s(b)o naar het regulier onderwijs.",
        "Toelaatbaarheidsverklaring (TLV) – het besluit dat een leerling toelaatbaar is tot sbo of so.",
        "Verdeelmodel – de regels waarmee het SWV de middelen over besturen en voorzieningen verdeelt.",
        "Zorgplicht – de plicht van het schoolbestuur om een passende plek te bieden of te zoeken.",
    ])
    d.h1("Bijlage B Afkortingen")
    d.table([
        ["Afkorting", "Betekenis"],
        ["CvT", "Commissie Toelaatbaarheid"], ["IB", "intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["OJSP", "ouder- en jeugdsteunpunt"], ["OOGO", "op overeenstemming gericht overleg"], ["OPP", "ontwikkelingsperspectief"],
        ["OPR", "ondersteuningsplanraad"], ["OT", "ondersteuningsteam"], ["sbo", "speciaal basisonderwijs"], ["so", "speciaal onderwijs"],
        ["SWV", "samenwerkingsverband"], ["TLV", "toelaatbaarheidsverklaring"],
    ])
    return d


def label_p1():
    return dict(
        sector="po",
        crit=crits(),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4: Linge-standaard defined as minimum for all 41 vestigingen; 12 standards with concrete content only in the table; audit/kwaliteitskaart = borging.",
            "plaatsing": "Ch. 6.1-6.6: requester, steps, CvT, 6-week term, sbo/so criteria (6.3), two deskundigen, duration/categorie, bezwaar via LBT.",
            "terugstroom": "No own chapter: §6.7 'Wanneer de TLV afloopt' inside the TLV chapter gives policy (aim, conditions, overgangsarrangement) and procedure (1 Feb advice, CvT by 1 April, evaluations) plus 2024-25 figures.",
            "financien": "Ch. 9 'Geld en middelen': verdeelmodel (EUR 135 per leerling + vaste voet, arrangementen) and meerjarenbegroting 2026-2029 in a table; reserves and verantwoording.",
            "dekkend-aanbod": "Ch. 5: five-level continuum with named voorzieningen; §5.2 annual gap analysis, three named lacunes with dates, thuiszitters route with doorzettingsmacht.",
            "resultaten": "Ch. 8: goals with nulmeting and streefwaarde 2030 in a table; quarterly monitoring, jaarverslag, external evaluation 2029.",
            "ouders": "Under 'Communicatie' §7.1: website/brochure/schoolgids/ouderavonden; independent OJSP, Onderwijsconsulenten, klachten and Geschillencommissie.",
        })


# ==================================================================================================
# P2 – VO, average plan. SWV VO Zuidoever (VO 27-11). docx only.
# Traps: criteria for vso/lwoo/pro only by reference to an absent bijlage; terugplaatsing policy
# without procedure ("protocol volgt in 2026-2027"); goals with targets but monitoring deferred to a
# kwaliteitskader; no ouders chapter at all, although "ouders" occurs often in passing (OPR,
# zienswijze, ouderbijdrage) and "Informatievoorziening" appears as an ICT heading.
# ==================================================================================================
def build_p2():
    d = Doc(header="Samenwerkingsverband VO Zuidoever | Ondersteuningsplan 2026-2030",
            footer="versie 1.0 – ter instemming aan de OPR")
    d.title("Ondersteuningsplan 2026-2030")
    d.sub("Stichting Samenwerkingsverband Voortgezet Onderwijs Zuidoever (VO 27-11)")
    d.p("""Regio Zuidoever: gemeenten Dijkwaard, Oosterzande en Ravenstein-aan-Zee

    Versie 1.0, 9 februari 2026""")
    d.toc([
        "1. Inleiding", "2. Ons samenwerkingsverband", "3. Visie en ambities",
        "4. Het ondersteuningsaanbod", "   4.1 Basisondersteuning", "   4.2 Extra ondersteuning en arrangementen",
        "   4.3 Bovenschoolse voorzieningen", "   4.4 Dekkend netwerk en thuiszitters",
        "5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)", "6. Terugplaatsing",
        "7. Financiën", "8. Kwaliteit en resultaten", "9. Organisatie en governance",
        "10. Medezeggenschap", "11. Gemeenten en jeugdhulp", "12. Personeel en informatievoorziening",
        "13. Planning", "Bijlagen: 1 Begrippen, 2 Meerjarenbegroting, 3 Notitie Toelaatbaarheid 2026, 4 Overzicht scholen",
    ])
    d.h1("1. Inleiding")
    d.p("""Dit is het ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs Zuidoever voor de
    periode 2026-2030. Het plan beschrijft hoe de aangesloten schoolbesturen ervoor zorgen dat iedere
    jongere in de regio een passende plek in het onderwijs krijgt. Het plan is opgesteld door het bureau
    van het samenwerkingsverband in samenwerking met een werkgroep van zorgcoördinatoren en
    teamleiders, en besproken met de schoolbesturen, de gemeenten en de ondersteuningsplanraad.

    Het vorige plan liep van 2022 tot 2026. In die periode is veel bereikt: het OPDC is verhuisd naar een
    nieuw gebouw, de samenwerking met de jeugdhulp is versterkt en alle scholen hebben een
    ondersteuningscoördinator. Tegelijk zien we dat het aantal leerlingen met een complexe hulpvraag
    toeneemt en dat de druk op het vso groot blijft. Dit plan bouwt voort op wat goed gaat en richt zich op
    wat beter moet.

    Het plan is als volgt opgebouwd. Na een beschrijving van het samenwerkingsverband en onze visie
    beschrijven we het ondersteuningsaanbod, de toewijzing van ondersteuning en de toelaatbaarheid, de
    terugplaatsing, de financiën en de resultaten die we willen bereiken. We sluiten af met organisatie,
    medezeggenschap en planning.""")
    d.h2("1.1 Totstandkoming van dit plan")
    d.p("""Het plan is in ruim een jaar tot stand gekomen. In het voorjaar van 2025 zijn drie
    bijeenkomsten gehouden met de zorgcoördinatoren en ondersteuningscoördinatoren van alle scholen, waarin
    we hebben gekeken naar wat er in de praktijk goed gaat en wat knelt. In september 2025 heeft het bestuur
    de hoofdlijnen vastgesteld. Daarna heeft de werkgroep de hoofdstukken uitgewerkt. De conceptversie is
    in december 2025 besproken met de teamleiders ondersteuning van de scholen, met de directeuren van de
    vso-scholen en van het praktijkonderwijs, en met de beleidsmedewerkers onderwijs en jeugd van de drie
    gemeenten.

    De ondersteuningsplanraad is tijdens het hele proces meegenomen: in drie informele sessies heeft de
    OPR meegedacht over de hoofdlijnen, en de formele instemmingsaanvraag is op 12 februari 2026 aan de
    OPR voorgelegd. Het OOGO met de gemeenten over het concept vond plaats op 19 januari 2026. Na instemming
    van de OPR stelt het bestuur het plan definitief vast. Het plan wordt voor 1 mei 2026 aan de Inspectie van het Onderwijs gezonden.

    Het ondersteuningsplan is een plan op hoofdlijnen voor vier jaar. Jaarlijks stelt het bestuur een
    jaarplan en een begroting vast waarin de activiteiten van dat jaar zijn uitgewerkt. Wijzigingen van het
    ondersteuningsplan in de loop van de planperiode worden opnieuw ter instemming aan de OPR voorgelegd.""")
    d.h1("2. Ons samenwerkingsverband")
    d.p("""Het samenwerkingsverband omvat zeven schoolbesturen met samen veertien scholen voor voortgezet
    onderwijs: tien reguliere scholen (vmbo, havo, vwo, in verschillende combinaties), twee scholen voor
    praktijkonderwijs en twee vso-scholen (cluster 3 en cluster 4). Vijf van de reguliere scholen hebben
    een aanwijzing voor leerwegondersteunend onderwijs. In totaal gaan er ongeveer 11.300 leerlingen naar
    school in de regio.

    De regio is divers. Dijkwaard is een middelgrote stad met een relatief jonge bevolking; Oosterzande en
    Ravenstein-aan-Zee zijn plattelandsgemeenten met lange reisafstanden. Voor leerlingen uit de kleinere
    kernen betekent dat vaak een busreis van meer dan een half uur. Het leerlingenvervoer naar het vso is
    daarom een blijvend gespreksonderwerp met de gemeenten.""")
    d.table([
        ["Schoolsoort", "Aantal scholen", "Leerlingen (1-10-2025)"],
        ["Regulier vo (waarvan 5 met lwoo)", "10", "10.210"],
        ["Praktijkonderwijs", "2", "498"],
        ["Voortgezet speciaal onderwijs", "2", "592"],
        ["Totaal", "14", "11.300"],
    ])
    d.h1("3. Visie en ambities")
    d.p("""Iedere jongere telt. Dat is de kern van onze visie. Wij willen dat jongeren in onze regio
    onderwijs volgen dat past bij hun talenten en mogelijkheden, zo veel mogelijk samen met
    leeftijdsgenoten en zo dicht mogelijk bij huis. Onderwijs is meer dan een diploma: het gaat ook om
    het ontwikkelen van zelfvertrouwen, het leren samenwerken en het voorbereiden op een plek in de
    samenleving.

    Wij zien het als onze gezamenlijke verantwoordelijkheid om voor iedere jongere een passende plek te
    vinden. Geen enkele school kan dat alleen. Daarom werken de scholen samen, delen zij expertise en
    nemen zij gezamenlijk verantwoordelijkheid voor jongeren die buiten de boot dreigen te vallen. Ouders
    en jongeren zelf zijn daarbij belangrijke gesprekspartners.

    Onze ambities voor de komende vier jaar zijn: (1) een sterke en herkenbare basisondersteuning op alle
    scholen, (2) snelle en passende toewijzing van extra ondersteuning, (3) geen jongere zonder passend
    onderwijs, en (4) een goede aansluiting met jeugdhulp en arbeidsmarkt.""")
    d.h1("4. Het ondersteuningsaanbod")
    d.h2("4.1 Basisondersteuning")
    d.p("""Onder basisondersteuning verstaan we het geheel van preventieve en licht curatieve interventies
    die alle scholen binnen het samenwerkingsverband bieden. De schoolbesturen hebben afgesproken dat iedere
    reguliere school en iedere school voor praktijkonderwijs ten minste de volgende voorzieningen heeft.
    Dit is het gezamenlijke minimum; scholen kunnen in hun schoolondersteuningsprofiel aangeven wat zij
    daarnaast bieden.""")
    d.ul([
        "een ondersteuningscoördinator en een ondersteuningsteam dat wekelijks bijeenkomt;",
        "mentoren die getraind zijn in het voeren van ontwikkelgesprekken met leerlingen;",
        "een aanpak voor leerlingen met dyslexie en dyscalculie, inclusief faciliteiten bij toetsen en examens (extra tijd, voorleessoftware);",
        "een ondersteuningsruimte of time-in-voorziening waar leerlingen tijdelijk kunnen werken;",
        "sociale-vaardigheids- en faalangsttrainingen;",
        "een aanbod voor leerlingen met executieve problemen (plannen, organiseren);",
        "een protocol voor verzuim in samenwerking met leerplicht en de jeugdarts;",
        "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling met extra ondersteuning.",
    ])
    d.h2("4.2 Extra ondersteuning en arrangementen")
    d.p("""Wanneer de basisondersteuning niet voldoende is, kan de school een arrangement aanvragen. Dat kan
    een individueel arrangement zijn (bijvoorbeeld extra begeleiding door een ambulant begeleider vanuit het
    vso) of een groepsarrangement op de eigen school, zoals een Steunklas voor leerlingen met
    autisme. Op dit moment zijn er zes groepsarrangementen verspreid over de regio: twee Steunklassen
    (Dijkwaard, Ravenstein), een Plusgroep voor hoogbegaafde leerlingen, een taalgroep voor nieuwkomers
    die uit de ISK komen, een Kleine-klassenvoorziening voor vmbo-leerlingen met gedragsproblemen en een
    groep voor langdurig zieke leerlingen.""")
    d.h2("4.3 Bovenschoolse voorzieningen")
    d.p("""Het OPDC De Kade biedt tijdelijke opvang (maximaal twee jaar) voor leerlingen die op de reguliere
    school vastlopen, met het doel terugkeer naar regulier onderwijs. Het Reboundtraject (twaalf weken)
    is bedoeld voor leerlingen die tijdelijk uit de klas moeten door gedrag. Daarnaast kunnen jongeren met
    een combinatie van onderwijs- en zorgbehoefte terecht in het onderwijs-zorgarrangement Op Koers, dat
    samen met de gemeente Dijkwaard wordt bekostigd. Samen met de basisondersteuning, de arrangementen, het
    praktijkonderwijs en het vso vormen deze voorzieningen een doorlopend aanbod van licht naar zwaar.""")
    d.h2("4.4 Dekkend netwerk en thuiszitters")
    d.p("""Ieder voorjaar maakt het bureau een analyse van de leerlingen voor wie geen passend aanbod is
    gevonden, op basis van de aanmeldingen bij het Loket, de wachtlijsten van vso en OPDC en de
    verzuimgegevens van het Regionaal Bureau Leerplicht. De analyse gaat naar het bestuur, dat besluit of
    een nieuwe voorziening nodig is of dat een bestaande voorziening wordt aangepast. Op die manier is in
    2024 de groep voor langdurig zieke leerlingen ontstaan.

    Voor jongeren die (dreigen) thuis (te) zitten geldt een vaste werkwijze. De school meldt een jongere
    die langer dan vier weken niet naar school gaat bij de trajectbegeleider van het samenwerkingsverband.
    Binnen twee weken vindt een overleg plaats met de jongere, de school, leerplicht en zo nodig
    jeugdhulp. Als een oplossing uitblijft, bespreekt de thuiszittersstafel (maandelijks) de casus en kan
    de directeur van het samenwerkingsverband een school vragen de jongere tijdelijk te plaatsen. Voor 2026
    hebben we gezien dat er een tekort is aan plekken voor jongeren met angstproblematiek; daarvoor starten
    we in augustus 2026 een kleinschalige voorziening met vijftien plaatsen.""")
    d.h2("4.5 Nieuwkomers, hoogbegaafdheid en langdurig zieke leerlingen")
    d.p("""Jongeren die korter dan twee jaar in Nederland zijn, volgen onderwijs in de Internationale
    Schakelklas (ISK) in Dijkwaard. Na de ISK stromen zij door naar een reguliere school, waar de taalgroep
    (zie 4.2) hen gedurende maximaal een jaar extra ondersteunt bij het Nederlands als tweede taal. Het
    samenwerkingsverband maakt jaarlijks met de ISK en de ontvangende scholen afspraken over het aantal
    plaatsen in de taalgroep.

    Voor (hoog)begaafde leerlingen die op de eigen school onvoldoende uitdaging vinden, is er de
    Plusgroep: een dagdeel per week bovenschools onderwijs in onderzoek, filosofie en ontwerpen, verzorgd
    door docenten van drie scholen. Sinds 2024 ontvangt het samenwerkingsverband hiervoor tijdelijk
    aanvullende middelen van het Rijk. We zetten de Plusgroep na afloop van die middelen voort.

    Leerlingen die door ziekte langdurig niet of gedeeltelijk naar school kunnen, krijgen onderwijs via de
    groep voor langdurig zieke leerlingen of, als dat niet kan, via onderwijs op afstand met inzet van de
    consulent onderwijs aan zieke leerlingen van het Onderwijsadviesbureau. De school blijft
    verantwoordelijk en houdt contact met de leerling.""")
    d.h1("5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)")
    d.p("""Alle aanvragen voor extra ondersteuning, voor toelaatbaarheid tot het vso en voor lwoo en pro
    lopen via het Loket van het samenwerkingsverband. Het Loket is bereikbaar voor scholen en werkt met een
    digitaal aanvraagformulier.""")
    d.h2("5.1 Toelaatbaarheid tot het vso")
    d.p("""De school waar de leerling staat ingeschreven dient de aanvraag in bij het Loket, met het OPP,
    het verslag van het ondersteuningsteam en het onderwijskundig rapport. De Commissie Toewijzing van het
    samenwerkingsverband bespreekt de aanvraag. De commissie vraagt advies aan twee deskundigen: een
    orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een
    kinder- en jeugdpsychiater, een arts of een maatschappelijk werker. Binnen zes weken na ontvangst van
    een volledige aanvraag neemt de directeur op voordracht van de commissie een besluit. Het besluit
    wordt schriftelijk aan de aanvragende school meegedeeld.

    De commissie toetst de aanvraag aan de criteria voor toelaatbaarheid die het bestuur heeft
    vastgesteld. Deze criteria zijn opgenomen in de Notitie Toelaatbaarheid 2026 (bijlage 3).""")
    d.h2("5.2 Lwoo en praktijkonderwijs")
    d.p("""Voor de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot het
    praktijkonderwijs doet de vo-school waar de leerling is aangemeld de aanvraag voor 1 maart van het
    jaar van aanmelding. De aanvraag bevat het onderwijskundig rapport van de basisschool en de uitslagen
    van de gegevens die de basisschool aanlevert. De Commissie Toewijzing geeft binnen vier weken een
    beschikking af. Voor aanvragen die later in het schooljaar binnenkomen geldt dezelfde termijn.""")
    d.h1("6. Terugplaatsing")
    d.p("""Het samenwerkingsverband vindt het belangrijk dat leerlingen niet langer in het vso blijven dan
    nodig. Ons uitgangspunt is dat iedere vso-leerling, wanneer de ondersteuningsbehoefte dat toelaat,
    terugkeert naar een reguliere school voor voortgezet onderwijs of doorstroomt naar het
    praktijkonderwijs. Daarbij gelden drie voorwaarden: de leerling kan het programma van de ontvangende
    school volgen met de ondersteuning die daar beschikbaar is, de vso-school en de ontvangende school
    adviseren positief over de overstap, en de ontvangende school heeft een plek op het passende niveau.

    Een leerling die terugkeert, krijgt altijd een overgangsarrangement van een schooljaar. In dat jaar
    begeleidt een ambulant begeleider vanuit de vso-school de leerling en de mentor, en kan de ontvangende
    school een beroep doen op het budget voor arrangementen.

    Hoe de terugplaatsing precies verloopt – wie het initiatief neemt, op welke momenten wordt
    geëvalueerd en wie beslist – leggen we in schooljaar 2026-2027 samen met de vso-scholen vast in een
    protocol. Tot die tijd maken de scholen per leerling afspraken.""")
    d.h1("7. Financiën")
    d.h2("7.1 Inkomsten")
    d.p("""Het samenwerkingsverband ontvangt van het ministerie van OCW jaarlijks het budget voor lichte en
    zware ondersteuning, en sinds 2016 ook de middelen voor lwoo en pro. Een groot deel van het budget voor
    zware ondersteuning wordt door DUO rechtstreeks afgedragen aan de vso-scholen op basis van het aantal
    leerlingen op 1 oktober.""")
    d.h2("7.2 Verdeling van de middelen")
    d.p("""De verdeling van de overige middelen gebeurt volgens het verdeelmodel dat het bestuur in 2023
    heeft vastgesteld en dat voor de hele planperiode ongewijzigd blijft:""")
    d.ul([
        "Iedere reguliere school ontvangt voor de basisondersteuning een vast bedrag van € 40.000 plus € 68 per leerling (teldatum 1 oktober voorafgaand aan het kalenderjaar).",
        "Lwoo-middelen worden doorgegeven aan de vijf scholen met lwoo op basis van het aantal leerlingen met een aanwijzing; pro-middelen gaan naar de twee pro-scholen op basis van het aantal toelaatbare leerlingen.",
        "Groepsarrangementen krijgen een budget van € 95.000 per groep per schooljaar; individuele arrangementen worden per aanvraag toegekend volgens de tarieven van het Loket (€ 3.000 tot € 9.000).",
        "Het OPDC, Rebound en Op Koers worden rechtstreeks door het samenwerkingsverband bekostigd.",
    ])
    d.h2("7.3 Meerjarenbegroting")
    d.table([
        ["Bedragen in €", "2026", "2027", "2028", "2029"],
        ["Baten OCW (lichte + zware ondersteuning, lwoo, pro)", "14.620.000", "14.480.000", "14.350.000", "14.250.000"],
        ["Afdracht vso via DUO", "4.880.000", "4.900.000", "4.920.000", "4.920.000"],
        ["Lwoo- en pro-middelen naar scholen", "5.210.000", "5.120.000", "5.040.000", "4.980.000"],
        ["Basisbudget scholen", "1.170.000", "1.160.000", "1.150.000", "1.140.000"],
        ["Arrangementen (groep en individueel)", "1.310.000", "1.330.000", "1.330.000", "1.330.000"],
        ["OPDC, Rebound, Op Koers", "1.540.000", "1.560.000", "1.570.000", "1.580.000"],
        ["Bureau en Loket", "610.000", "620.000", "630.000", "640.000"],
        ["Resultaat", "-100.000", "-210.000", "-290.000", "-340.000"],
    ])
    d.p("""De geplande tekorten worden gedekt uit de algemene reserve (€ 2,4 miljoen per 1 januari 2026).
    Daarmee komt de reserve aan het einde van de planperiode op een niveau dat past bij de risico’s van het
    samenwerkingsverband.""")
    d.h1("8. Kwaliteit en resultaten")
    d.p("""Voor de planperiode hebben we per ambitie de resultaten vastgelegd die we willen bereiken voor
    jongeren die extra ondersteuning nodig hebben:""")
    d.table([
        ["Ambitie", "Beoogd resultaat in 2030"],
        ["Sterke basisondersteuning", "Alle scholen bieden alle voorzieningen uit § 4.1; het aantal aanvragen voor individuele arrangementen daalt met 15% ten opzichte van 2025."],
        ["Snelle toewijzing", "90% van de aanvragen bij het Loket wordt binnen zes weken afgehandeld."],
        ["Geen jongere zonder onderwijs", "Er zijn geen jongeren die langer dan drie maanden thuiszitten; het aantal vrijstellingen 5a daalt naar maximaal 10."],
        ["Aansluiting jeugdhulp en arbeid", "Iedere vso- en pro-leerling heeft bij uitstroom een passende vervolgplek; 80% is een jaar na uitstroom nog op die plek."],
    ])
    d.p("""Hoe en wanneer we de voortgang op deze resultaten meten en waar we daarover rapporteren, werkt het
    bureau uit in het kwaliteitskader van het samenwerkingsverband, dat in de loop van schooljaar 2026-2027
    aan het bestuur wordt voorgelegd.""")
    d.h1("9. Organisatie en governance")
    d.p("""Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de zeven
    aangesloten schoolbesturen; het intern toezicht is belegd bij een toezichthoudend deel van het bestuur
    (twee-lagenmodel binnen één orgaan). De dagelijkse leiding ligt bij de directeur, die verantwoording
    aflegt aan het bestuur. Het bureau bestaat uit de directeur, een beleidsmedewerker, drie
    orthopedagogen, twee trajectbegeleiders en een secretariaat (samen 8,4 fte).

    Het bestuur vergadert zes keer per jaar. Eens per jaar vindt een strategische heidag plaats, waarin het
    bestuur terugkijkt en vooruitblikt. De statuten bevatten een geschillenregeling tussen de
    schoolbesturen.""")
    d.h1("10. Medezeggenschap")
    d.p("""De ondersteuningsplanraad bestaat uit twaalf leden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op
    het ondersteuningsplan. De OPR wordt gevraagd in haar vergadering van 2 maart 2026 met dit plan in te stemmen. Daarnaast heeft het
    samenwerkingsverband een eigen MR voor het personeel van het bureau en het OPDC.

    De OPR vergadert vijf keer per jaar met de directeur. De OPR wordt ondersteund door een ambtelijk
    secretaris. De leden ontvangen een vergoeding voor hun inzet; de OPR heeft een eigen scholingsbudget
    van € 5.000 per jaar.""")
    d.h1("11. Gemeenten en jeugdhulp")
    d.p("""Met de drie gemeenten voert het samenwerkingsverband het op overeenstemming gericht overleg
    (OOGO). Het OOGO over dit plan vond plaats op 19 januari 2026. De gemeenten en het
    samenwerkingsverband hebben afgesproken gezamenlijk te werken aan: jeugdhulp op school (een
    jeugdhulpverlener op iedere school), het verminderen van thuiszitten, de aansluiting vo-mbo en het
    leerlingenvervoer. Een jaarlijkse agenda met concrete afspraken wordt in het OOGO vastgesteld.

    De samenwerking met het samenwerkingsverband primair onderwijs in de regio richt zich op de overstap
    van groep 8 naar het voortgezet onderwijs. Er is een gezamenlijk protocol voor de warme overdracht,
    waarin is vastgelegd welke gegevens de basisschool aanlevert, wanneer het overdrachtsgesprek
    plaatsvindt en hoe leerlingen met een arrangement in het primair onderwijs zonder onderbreking hun
    ondersteuning in het voortgezet onderwijs voortzetten. Het overleg tussen de twee
    samenwerkingsverbanden over de overlappende delen van de plannen vond plaats op 26 januari 2026.""")
    d.h2("11.1 Aansluiting vo-mbo en arbeidsmarkt")
    d.p("""Voor jongeren uit het praktijkonderwijs en het vso is de overgang naar vervolgonderwijs of werk
    een kwetsbaar moment. Het samenwerkingsverband werkt daarom samen met de twee mbo-instellingen in de
    regio en met het Werkgeversservicepunt. Afspraken gaan over stages, over de warme overdracht naar de
    entreeopleiding en over de nazorg in het eerste jaar na uitstroom. Voor jongeren die zonder diploma
    dreigen uit te vallen werkt het samenwerkingsverband samen met het Regionaal Bureau Leerplicht en het
    RMC-netwerk.

    Met de gemeenten is afgesproken dat er voor jongeren met een arbeidsbeperking een doorlopende lijn is
    van school naar werk, zodat geen jongere na het verlaten van het vso of het praktijkonderwijs tussen
    wal en schip valt. De uitwerking daarvan gebeurt in het regionale programma Werk voor Iedereen.""")
    d.h1("12. Personeel en informatievoorziening")
    d.p("""Passend onderwijs vraagt veel van docenten en mentoren. Het samenwerkingsverband organiseert
    daarom jaarlijks een scholingsaanbod voor mentoren en ondersteuningscoördinatoren, en een netwerk voor
    ondersteuningscoördinatoren dat zes keer per jaar bijeenkomt. De scholen maken in hun eigen
    professionaliseringsplannen afspraken over de scholing van docenten.

    Kennisdeling tussen de scholen en het vso vinden wij belangrijk. Docenten van reguliere scholen
    kunnen een dag meelopen op een vso-school, en ambulant begeleiders van het vso verzorgen op verzoek
    teamscholing op reguliere scholen. Het netwerk van ondersteuningscoördinatoren bespreekt twee keer per
    jaar een thema dat de scholen zelf kiezen, zoals executieve functies, angst en somberheid, of
    schoolverzuim. Daarnaast ondersteunt het samenwerkingsverband drie scholen die een pilot draaien met
    co-teaching in de onderbouw van het vmbo.

    Het personeel van het samenwerkingsverband zelf is klein in omvang. Om kwetsbaarheid te verminderen
    werken de orthopedagogen in duo’s en is er een vervangingsregeling met het samenwerkingsverband
    primair onderwijs. Het bureau heeft een eigen opleidingsplan; iedere medewerker besteedt ten minste
    veertig uur per jaar aan professionalisering.

    Voor de informatievoorziening tussen scholen en Loket gebruiken we het digitale systeem OnderwijsTransparant.
    Het systeem voldoet aan de AVG; het samenwerkingsverband heeft een functionaris gegevensbescherming
    aangesteld. Gegevens over de gezondheid van leerlingen bewaren we niet langer dan drie jaar na het
    besluit.""")
    d.h1("13. Planning")
    d.table([
        ["Wanneer", "Wat"],
        ["2026-2027", "Start voorziening angstproblematiek; kwaliteitskader; protocol terugplaatsing"],
        ["2027-2028", "Evaluatie groepsarrangementen"],
        ["2028-2029", "Evaluatie verdeelmodel; voorbereiding nieuw plan"],
        ["2029-2030", "Nieuw ondersteuningsplan"],
    ])
    d.h1("Bijlage 1 Begrippen")
    d.ul([
        "Basisondersteuning: preventieve en licht curatieve interventies die alle scholen bieden.",
        "Informatievoorziening ouders: de manier waarop ouders informatie over passend onderwijs krijgen.",
        "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij een vastgelopen schoolsituatie.",
        "Terugplaatsing: de overstap van het vso naar regulier voortgezet onderwijs.",
        "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso.",
        "Ouderbijdrage: vrijwillige bijdrage van ouders aan de school.",
    ])
    return d


def label_p2():
    return dict(
        sector="vo",
        crit=crits(["plaatsing.criteria", "terugstroom.procedure", "resultaten.monitoring",
                    "ouders.informatie", "ouders.steunpunt"]),
        advisory={"plaatsing": ["deskundigen"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "§4.1: agreed minimum for every regular and pro school plus an 8-item list of concrete voorzieningen.",
            "plaatsing": "Ch. 5: vso procedure (school applies via Loket, Commissie Toewijzing, two deskundigen, 6 weeks, directeur decides) and lwoo/pro procedure; criteria only 'opgenomen in de Notitie Toelaatbaarheid 2026 (bijlage 3)', which is not part of the input.",
            "terugstroom": "Ch. 6 gives policy (aim, three conditions, overgangsarrangement with AB); the procedure (initiative, evaluation moments, decision) is deferred to a protocol in 2026-2027.",
            "financien": "Ch. 7: verdeelmodel with amounts (vaste voet + EUR 68 per leerling, lwoo/pro pass-through, arrangement tariffs) and meerjarenbegroting 2026-2029 table; reserve mentioned.",
            "dekkend-aanbod": "§4.2-4.4: continuum from basis via arrangementen, OPDC/Rebound/OZA to pro/vso; §4.4 annual gap analysis, thuiszitters route and a new voorziening for angstproblematiek.",
            "resultaten": "Ch. 8: beoogde resultaten with targets per ambitie; how results are measured/reported is deferred to a kwaliteitskader 'in de loop van 2026-2027'. No terugblik figures.",
            "ouders": "Nothing addressed: no chapter on parents, no information channels, no independent help, no role of parents in procedures or OPR composition. Only a passing vision sentence (ch. 3 'Ouders en jongeren zelf zijn daarbij belangrijke gesprekspartners'); 'informatievoorziening' in ch. 12 is ICT; Onderwijsconsulenten, 'Informatievoorziening ouders' and 'Ouderbijdrage' occur only in the begrippenlijst.",
        })


# ==================================================================================================
# P3 – PO, rushed concept. SWV PO Wadden en Wold (PO 20-05). pdf (rendered from docx).
# Traps: placeholders "[tekst volgt]", "p.m.", reviewer comments; basisondersteuning defined as
# common level but only the four Referentiekader aspects, the standard table "invoegen"; TLV chapter
# is a placeholder while the terugplaatsing paragraph (procedure only) is finished; finance chapter
# empty apart from a deferral; results deferred; OOGO topic list names thuiszitters without approach.
# ==================================================================================================
def build_p3():
    d = Doc(header="CONCEPT 0.7 – niet verspreiden – Ondersteuningsplan SWV Wadden en Wold 2026-2030",
            footer="Concept voor bespreking AB 11 februari 2026 en OPR 18 februari 2026")
    d.title("Ondersteuningsplan 2026-2030 (CONCEPT)")
    d.sub("Samenwerkingsverband Passend Onderwijs PO Wadden en Wold (PO 20-05)")
    d.p("""Conceptversie 0.7, 30 januari 2026. Opmerkingen graag voor 6 februari naar het bureau.
    [NB: definitieve opmaak door communicatiebureau na vaststelling]""")
    d.toc([
        "Voorwoord ................................................ 2",
        "1 Inleiding .............................................. 3",
        "2 Ons samenwerkingsverband in cijfers .......................... 4",
        "3 Missie, visie en kernwaarden ................................ 5",
        "4 Basisondersteuning en extra ondersteuning ...................... 6",
        "5 Toelaatbaarheid sbo en so (TLV) ............................ 8",
        "6 Terugplaatsing en overplaatsing ........................... 9",
        "7 Financiën en meerjarenbegroting ........................... 10",
        "8 Kwaliteitszorg en resultaten .............................. 11",
        "9 Ouders .................................................. 12",
        "10 Governance, OPR en OOGO ................................ 13",
        "11 Personeel en ICT ........................................ 14",
        "12 Planning ................................................ 15",
        "Begrippenlijst .............................................. 16",
    ])
    d.h1("Voorwoord")
    d.p("""[Voorwoord directeur – volgt na vaststelling]

    Dit is de conceptversie van het ondersteuningsplan 2026-2030. De tekst is nog niet compleet. Sommige
    paragrafen zijn nog in bewerking bij de werkgroepen; waar dat zo is, staat dat aangegeven. Wij leggen
    het concept toch nu voor, zodat het algemeen bestuur en de OPR tijdig kunnen meelezen.""")
    d.h1("1 Inleiding")
    d.p("""Samenwerkingsverband Wadden en Wold is het samenwerkingsverband voor primair onderwijs in de
    gemeenten Noordermeer, Wolderland en Het Hogeland-Oost [check naam gemeente na herindeling]. Het
    samenwerkingsverband bestaat sinds 2014 en heeft als doel dat alle kinderen in de regio een passende
    onderwijsplek krijgen, zo dicht mogelijk bij huis. Er zijn elf schoolbesturen aangesloten.

    Dit plan is het derde ondersteuningsplan. Het is opgesteld in een periode waarin er veel verandert:
    het aantal leerlingen daalt, verschillende kleine scholen zijn samengevoegd of gesloten, en het
    lerarentekort raakt ook onze regio. Tegelijk zien we dat de vragen van kinderen complexer worden. Meer
    kinderen hebben te maken met armoede, met scheiding of met spanningen thuis. Dat vraagt veel van
    scholen en leerkrachten.

    Het ondersteuningsplan beschrijft de hoofdlijnen van ons beleid voor de komende vier jaar. Het plan is
    gebaseerd op de wettelijke eisen uit artikel 18a van de Wet op het primair onderwijs. Elk jaar werken
    we het plan uit in een jaarplan. Het plan is op hoofdlijnen; scholen en besturen geven er zelf
    invulling aan. [opmerking MvD: hier nog iets over het evaluatierapport van vorig plan? – AK: nee, te
    lang, in bijlage]""")
    d.p("""Het plan is opgesteld door een schrijfgroep van twee directeuren, drie intern begeleiders, de
    directeur van het samenwerkingsverband en de beleidsmedewerker. Zij hebben zich gebaseerd op de
    gesprekken die in het najaar van 2025 zijn gevoerd op de regiobijeenkomsten in Noordermeer, Wolderland
    en Hogeland-Oost. Op die bijeenkomsten waren directeuren, IB’ers, leerkrachten en een aantal
    ketenpartners aanwezig. De belangrijkste opbrengsten van die bijeenkomsten zijn: de wens om minder
    papierwerk, de vraag om meer handen in de klas, en de behoefte aan een vast aanspreekpunt bij het
    samenwerkingsverband.""")
    d.p("""Het vorige ondersteuningsplan (2022-2026) is in het voorjaar van 2025 geëvalueerd door een extern
    bureau. Het evaluatierapport, met de cijfers over de afgelopen periode, is als bijlage 2 bij dit plan
    gevoegd. De belangrijkste aanbevelingen uit de evaluatie waren: maak duidelijker wat scholen moeten
    bieden, vereenvoudig de aanvraagprocedures en betrek ouders eerder. Wij hebben geprobeerd die
    aanbevelingen in dit plan over te nemen.

    Het plan sluit aan bij de landelijke ontwikkelingen. De Verbeteraanpak passend onderwijs, de komst
    van een landelijke norm voor basisondersteuning en de wet die de positie van ouders en leerlingen
    versterkt, hebben gevolgen voor het werk van het samenwerkingsverband. Omdat nog niet alles daarvan
    vaststaat, zal het plan in de loop van de periode waarschijnlijk op onderdelen moeten worden
    bijgesteld. Elke wijziging leggen wij ter instemming voor aan de OPR.""")
    d.h2("1.1 Wettelijk kader en leeswijzer")
    d.p("""Volgens de wet bevat een ondersteuningsplan in ieder geval: de manier waarop het
    samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de
    basisondersteuning op alle scholen; de procedure en criteria voor de verdeling, besteding en toewijzing
    van de ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting; de procedure en criteria
    voor toelaatbaarheid tot het sbo en het so; de procedure en het beleid voor terugplaatsing en
    overplaatsing; de beoogde en bereikte resultaten en de daaraan gekoppelde bekostiging; en de manier
    waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke
    ondersteuningsmogelijkheden. Daarnaast bevat het plan afspraken over de overdracht van middelen aan
    het sbo en het so.

    In de hoofdstukken hierna komen deze onderwerpen in dezelfde volgorde aan bod. Hoofdstuk 2 geeft een
    beeld van het samenwerkingsverband in cijfers. Hoofdstuk 3 beschrijft onze missie en visie. De
    hoofdstukken 4 tot en met 9 gaan over de inhoud van het beleid. De hoofdstukken 10 tot en met 12
    beschrijven de organisatie, de medezeggenschap, de samenwerking met de gemeenten en de planning.
    Achterin vindt u een begrippenlijst.

    Waar in deze conceptversie tekst tussen vierkante haken staat, gaat het om aanwijzingen voor de
    schrijfgroep of om tekst die nog wordt aangevuld. Deze aanwijzingen verdwijnen in de definitieve
    versie.""")
    d.h1("2 Ons samenwerkingsverband in cijfers")
    d.p("""[cijfers nog actualiseren met DUO-telling 1-10-2025 – nu nog 2024]""")
    d.table([
        ["", "Aantal"],
        ["Schoolbesturen", "11"],
        ["Basisscholen", "58"],
        ["Scholen voor speciaal basisonderwijs", "2"],
        ["Scholen/locaties voor speciaal onderwijs", "2"],
        ["Leerlingen basisonderwijs (1-10-2024)", "8.910"],
        ["Leerlingen sbo", "p.m."],
        ["Leerlingen so", "p.m."],
    ])
    d.p("""De regio is groot en dunbevolkt. Veel scholen zijn klein: 21 scholen hebben minder dan 100
    leerlingen. Dat heeft gevolgen voor de manier waarop ondersteuning georganiseerd kan worden, omdat een
    kleine school niet alle expertise zelf in huis kan hebben. De afstand tot de sbo- en so-scholen is voor
    sommige kinderen groot; een busrit van drie kwartier is geen uitzondering.""")
    d.h2("2.1 Wat we hoorden in de regio")
    d.p("""In oktober en november 2025 hebben we in elke gemeente een regiobijeenkomst georganiseerd. In
    totaal kwamen er ongeveer 140 mensen: directeuren, intern begeleiders, leerkrachten, medewerkers van de
    kinderopvang, jeugdverpleegkundigen en medewerkers van de lokale teams. We stelden drie vragen: wat gaat
    er goed, wat moet anders, en wat heb je nodig van het samenwerkingsverband?

    Wat goed gaat: de consulenten zijn bereikbaar en kennen de scholen; de taalklassen worden gewaardeerd;
    de samenwerking met de jeugdverpleegkundige is op de meeste scholen vanzelfsprekend geworden. Wat anders
    moet: de hoeveelheid formulieren, de wisselende afspraken per gemeente met de lokale teams, en de
    lange reistijd voor kinderen naar het sbo en so. Wat scholen nodig hebben: meer ondersteuning in de
    klas, in plaats van adviezen op papier; meer mogelijkheden om van elkaar te leren; en duidelijkheid over
    wat wel en niet van een school verwacht mag worden.

    Deze opbrengsten hebben we meegenomen in de hoofdstukken hierna. Het volledige verslag van de
    regiobijeenkomsten is op te vragen bij het bureau.""")
    d.h2("2.2 Kleine scholen en krimp")
    d.p("""De daling van het aantal leerlingen zet door. Volgens de prognose van de provincie daalt het
    aantal kinderen van 4 tot 12 jaar in onze regio tot 2030 met ongeveer zes procent. Besturen nemen
    daarom besluiten over samenvoeging en sluiting van scholen. Voor kinderen met een ondersteuningsbehoefte
    betekent een fusie of sluiting extra onrust. Het samenwerkingsverband vraagt besturen om bij elk
    besluit over samenvoeging na te gaan wat de gevolgen zijn voor deze kinderen, en om de consulent
    tijdig te betrekken.

    Kleine scholen kunnen niet alles zelf. Daarom stimuleert het samenwerkingsverband dat scholen in
    clusters samenwerken: intern begeleiders van kleine scholen vormen intervisiegroepen, en scholen delen
    specialisten zoals een gedragsspecialist of een taalcoördinator. [AK: voorbeelden uit Wolderland
    toevoegen]""")
    d.h1("3 Missie, visie en kernwaarden")
    d.p("""Missie: Samen zorgen we voor passend onderwijs voor ieder kind in Wadden en Wold.

    Visie: Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen op een manier die bij hem of
    haar past. Dat gebeurt het liefst op de school in het eigen dorp, samen met de kinderen uit de buurt.
    Scholen, ouders en partners werken daarbij samen. We kijken naar wat een kind nodig heeft en niet naar
    wat een kind mankeert. Leerkrachten zijn de belangrijkste factor; zij moeten zich gesteund voelen.

    Kernwaarden: vertrouwen, samen, dichtbij, eigenaarschap. Vertrouwen betekent dat we uitgaan van de
    professionaliteit van scholen. Samen betekent dat we het niet alleen doen. Dichtbij betekent dat de
    ondersteuning zo dicht mogelijk bij het kind wordt georganiseerd. Eigenaarschap betekent dat scholen
    en besturen zelf verantwoordelijk zijn voor de kwaliteit van hun ondersteuning.

    [AK: kernwaarden nog afstemmen met het nieuwe strategisch beleidsplan van de besturen – tekst kan nog
    wijzigen]""")
    d.h1("4 Basisondersteuning en extra ondersteuning")
    d.h2("4.1 Basisondersteuning")
    d.p("""Basisondersteuning is in ons samenwerkingsverband het niveau van ondersteuning dat alle scholen,
    op iedere locatie, ten minste moeten bieden. Het is een gezamenlijke afspraak van alle aangesloten
    besturen: ouders moeten erop kunnen rekenen dat elke school in Wadden en Wold dit niveau haalt.

    Basisondersteuning bestaat uit vier onderdelen: basiskwaliteit, preventieve en licht curatieve
    interventies, de onderwijsondersteuningsstructuur en planmatig werken.

    [Tabel met de standaarden basisondersteuning invoegen – versie van de werkgroep IB is nog niet
    definitief. De werkgroep herijkt de standaarden in schooljaar 2026-2027; tot die tijd gelden de
    afspraken in de schoolondersteuningsprofielen van de scholen.]""")
    d.h2("4.2 Extra ondersteuning")
    d.p("""Als een kind meer nodig heeft dan de basisondersteuning, spreken we van extra ondersteuning. Het
    ondersteuningsaanbod in onze regio is opgebouwd uit vijf niveaus:""")
    d.ol([
        "Niveau 1: ondersteuning in de groep door de leerkracht (handelingsgericht werken).",
        "Niveau 2: extra zorg in de school, gecoördineerd door de intern begeleider.",
        "Niveau 3: ondersteuning met inzet van externe expertise – de consulent van het samenwerkingsverband, ambulante begeleiding vanuit het sbo of so, logopedie of een jeugdhulpverlener op school.",
        "Niveau 4: een arrangement in een bovenschoolse voorziening: de taalklassen voor nieuwkomers in Noordermeer en Wolderland (maximaal een jaar), de plusklas voor meer- en hoogbegaafde kinderen (een ochtend per week) en de Rebound-groep Zeebries (maximaal 16 weken) voor kinderen met gedragsproblemen.",
        "Niveau 5: plaatsing in het speciaal basisonderwijs (De Waddenwijzer, De Wolderschool) of het speciaal onderwijs (Het Baken voor cluster 3 en 4).",
    ])
    d.p("""De consulent van het samenwerkingsverband is het vaste aanspreekpunt voor de school. De consulent
    sluit aan bij het ondersteuningsteam, denkt mee over de ondersteuningsbehoefte en kan een traject naar
    een hoger niveau in gang zetten. Elke school heeft een vaste consulent.

    Voor jonge kinderen is er een doorgaande lijn vanaf de voorschool: de peuterspeelzalen en
    kinderopvang dragen kinderen met een ondersteuningsbehoefte warm over aan de basisschool. Bij de
    overstap naar het voortgezet onderwijs gebruiken alle scholen het overstapdossier van het
    samenwerkingsverband VO.""")
    d.p("""Voor kinderen die nieuw in Nederland zijn, zijn er de taalklassen. Kinderen volgen daar
    maximaal een jaar intensief onderwijs in de Nederlandse taal, en gaan daarna naar een basisschool in de
    buurt. De basisschool krijgt bij de overstap advies van de leerkracht van de taalklas. Voor meer- en
    hoogbegaafde kinderen is er, naast het aanbod op school, de plusklas. Kinderen worden door hun eigen
    school aangemeld; de plusklas werkt met projecten op het gebied van onderzoek, techniek en filosofie.

    Het samenwerkingsverband werkt samen met de jeugdhulp. Op elke school is een vast contactpersoon van
    het lokale team beschikbaar. In twee gemeenten werken jeugdhulpverleners een deel van de week op de
    school zelf. [afspraken Hogeland-Oost nog niet rond]""")
    d.h2("4.3 Thuiszitters en dekkend aanbod")
    d.p("""[par. thuiszitters/dekkend aanbod nog schrijven – input leerplicht opvragen (JvD). Ook
    wachtlijst Het Baken meenemen?]""")
    d.h1("5 Toelaatbaarheid sbo en so (TLV)")
    d.p("""[HIER TEKST COMMISSIE TOELAATBAARHEID INVOEGEN – wordt aangeleverd door de voorzitter van de
    commissie, verwacht eind februari. Let op: de procedure is per 1 januari 2026 gewijzigd, de tekst uit
    het vorige plan niet meer gebruiken!]""")
    d.h1("6 Terugplaatsing en overplaatsing")
    d.p("""In het laatste schooljaar waarvoor een leerling toelaatbaar is verklaard, bespreekt de sbo- of
    so-school uiterlijk in februari met de ouders en de consulent van het samenwerkingsverband of de
    leerling kan terugkeren naar het regulier basisonderwijs, moet worden overgeplaatst naar een andere
    school voor speciaal (basis)onderwijs, of langer op de huidige school moet blijven. De school legt de
    uitkomst vast in het OPP en stuurt voor 1 maart een advies naar het samenwerkingsverband.

    Adviseert de school terugplaatsing, dan zoekt de consulent samen met de ouders een basisschool, bij
    voorkeur in de woonplaats van het kind. De ontvangende school en de sbo/so-school maken een
    overdrachtsplan; de intern begeleiders van beide scholen zijn verantwoordelijk voor de overdracht. De
    leerling start op de nieuwe school bij de aanvang van het nieuwe schooljaar, of eerder als alle
    partijen dat willen. Na zes weken en na een half jaar bespreekt de ontvangende school met ouders en
    consulent hoe het gaat.

    Adviseert de school verlenging, dan volgt de gewone procedure voor een nieuwe
    toelaatbaarheidsverklaring (zie hoofdstuk 5).

    [Visie/uitgangspunten terugplaatsing: nog afstemmen met de directeuren sbo/so – MvD]""")
    d.h1("7 Financiën en meerjarenbegroting")
    d.p("""[Tekst volgt. De financiële paragraaf wordt aangeleverd door de controller na vaststelling van de
    begroting 2026 door het algemeen bestuur in december. Meerjarenbegroting: p.m. Verdeelmodel
    ongewijzigd t.o.v. vorig plan?? – checken bij controller]""")
    d.h1("8 Kwaliteitszorg en resultaten")
    d.p("""Het samenwerkingsverband wil een lerende organisatie zijn. Wij vinden het belangrijk om met elkaar
    in gesprek te blijven over de kwaliteit van de ondersteuning en over wat wij willen bereiken voor de
    kinderen in onze regio.

    De beoogde resultaten voor de planperiode en de manier waarop we die gaan volgen, stellen we vast in
    de eerste maanden van de planperiode, wanneer het nieuwe kwaliteitskader van het samenwerkingsverband
    gereed is. Het kwaliteitskader wordt opgesteld door de beleidsmedewerker in samenwerking met de
    kwaliteitsmedewerkers van de besturen. [AK: OPR wil hier eigenlijk al doelen zien – bespreken in
    stuurgroep 4 feb]""")
    d.h1("9 Ouders")
    d.p("""Ouders zijn de eerste deskundigen als het gaat om hun kind. Wij vinden het belangrijk dat ouders
    goed geïnformeerd zijn en weten waar ze terechtkunnen. Ouders worden altijd uitgenodigd wanneer hun
    kind in het ondersteuningsteam van de school wordt besproken, en zij tekenen voor akkoord bij het
    opstellen van een ontwikkelingsperspectief. Als ouders dat willen, kunnen zij iemand meenemen naar
    een gesprek, bijvoorbeeld een familielid of een medewerker van het steunpunt (zie 9.2). Wij willen
    ouders in de komende periode vaker betrekken bij de ontwikkeling van ons beleid, bijvoorbeeld via een
    ouderpanel.""")
    d.h2("9.1 Informatie voor ouders")
    d.p("""Ouders kunnen op verschillende manieren informatie krijgen over de ondersteuning die in onze
    regio beschikbaar is:""")
    d.ul([
        "De website www.waddenenwold.nl heeft een aparte ouderpagina met uitleg over basisondersteuning, extra ondersteuning, de bovenschoolse voorzieningen en het speciaal (basis)onderwijs, en een lijst met veelgestelde vragen.",
        "Iedere school beschrijft in de schoolgids welke ondersteuning de school biedt en hoe ouders daarbij betrokken worden; de schoolgids verwijst naar de ouderpagina van het samenwerkingsverband.",
        "Het samenwerkingsverband heeft een folder ‘Passend onderwijs in Wadden en Wold’ die alle scholen bij een intakegesprek meegeven.",
        "Eén keer per jaar organiseert het samenwerkingsverband in iedere gemeente een informatieavond voor ouders.",
        "Ouders kunnen met vragen over het ondersteuningsaanbod ook rechtstreeks contact opnemen met het bureau; elke werkdag is er van 9.00 tot 12.00 uur een telefonisch spreekuur.",
    ])
    d.h2("9.2 Onafhankelijke ondersteuning")
    d.p("""Soms lopen gesprekken tussen ouders en school vast, of hebben ouders behoefte aan iemand die
    meedenkt en niet bij de school of het samenwerkingsverband hoort. Daarvoor is er het Ouder- en
    Jeugdsteunpunt Noord, dat het samenwerkingsverband samen met twee andere samenwerkingsverbanden in de
    provincie financiert, maar dat onafhankelijk werkt. Ouders kunnen er telefonisch, per mail of via een
    inloopspreekuur in de bibliotheek van Noordermeer terecht. De medewerkers van het steunpunt kunnen
    ouders ook begeleiden naar gesprekken op school. Daarnaast kunnen ouders een beroep doen op de
    Onderwijsconsulenten, en op de klachtenregeling van het samenwerkingsverband. [contactgegevens
    steunpunt nog toevoegen]""")
    d.h1("10 Governance, OPR en OOGO")
    d.p("""Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de elf
    schoolbesturen en stelt het ondersteuningsplan, de begroting en het jaarverslag vast. Het bestuur
    bestaat uit vijf leden, die op voordracht van de besturen worden benoemd. De directeur voert het
    dagelijks beleid. [AK: nieuwe governancestructuur per 1-8-2026 (RvT-model) hier al beschrijven? –
    wachten op besluit ALV maart]

    De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden. De OPR heeft
    instemmingsrecht op het ondersteuningsplan.

    De OPR vergadert vier keer per jaar. In het afgelopen jaar heeft de OPR een eigen werkgroep
    ingesteld die het concept van dit plan heeft gelezen en van commentaar voorzien. De leden van de OPR
    worden geworven via de medezeggenschapsraden van de scholen. Het blijkt lastig om voldoende kandidaten
    te vinden, vooral personeelsleden; daarom zoekt het bureau samen met de OPR naar manieren om het
    lidmaatschap aantrekkelijker te maken, bijvoorbeeld door vergaderingen afwisselend online te houden.

    Met de drie gemeenten voeren wij het op overeenstemming gericht overleg. Thema’s die in het OOGO aan de
    orde komen zijn onder meer jeugdhulp, leerlingenvervoer, thuiszitters en onderwijshuisvesting. Het
    OOGO over dit plan staat gepland voor maart 2026.""")
    d.h1("11 Personeel en ICT")
    d.p("""Het bureau van het samenwerkingsverband bestaat uit een directeur, een beleidsmedewerker, een
    secretaresse en zes consulenten (samen ongeveer 7 fte). De consulenten zijn orthopedagoog of
    onderwijskundige. Het samenwerkingsverband vindt de deskundigheid van leerkrachten belangrijk en
    organiseert jaarlijks een studiedag voor alle IB’ers. [ICT: overstap naar nieuw registratiesysteem
    per 2027 – tekst volgt]

    De consulenten van het samenwerkingsverband volgen elk jaar scholing op het gebied van
    handelingsgericht werken, gespreksvoering met ouders en nieuwe ontwikkelingen in de jeugdhulp. Twee
    consulenten volgen in 2026 de opleiding tot GZ-psycholoog. Het samenwerkingsverband wil de komende jaren
    ook meer inzetten op het leren van elkaar: IB’ers die een goede aanpak hebben ontwikkeld, presenteren die
    op de studiedag, en het bureau zet goede voorbeelden op het intranet voor scholen.

    Het lerarentekort raakt ook onze regio. Vooral de kleine scholen hebben moeite om vacatures te
    vervullen. Het samenwerkingsverband kan dat probleem niet oplossen, maar zoekt samen met de besturen
    naar manieren om leerkrachten te ontlasten, bijvoorbeeld door de inzet van onderwijsassistenten en door
    het beperken van administratieve lasten bij aanvragen.""")
    d.p("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor
    ondersteuning. Wij houden ons daarbij aan de Algemene verordening gegevensbescherming. Er is een
    privacyreglement, en het samenwerkingsverband heeft een functionaris gegevensbescherming die het
    samen met andere samenwerkingsverbanden inhuurt. Gegevens worden niet langer bewaard dan nodig.
    [bewaartermijnen checken met FG]""")
    d.h1("12 Planning")
    d.p("""[planning per schooljaar volgt na bespreking in stuurgroep]

    Procedure vaststelling: bespreking AB 11 februari 2026; OPR 18 februari 2026; OOGO maart 2026;
    instemming OPR en vaststelling ALV april 2026; toezending Inspectie voor 1 mei 2026.""")
    d.h1("Begrippenlijst")
    d.ul([
        "Arrangement – extra ondersteuning voor een leerling of een groep, bekostigd door het samenwerkingsverband.",
        "Basisondersteuning – het afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Commissie Toelaatbaarheid – de commissie die namens het samenwerkingsverband besluit over een TLV.",
        "Deskundigenadvies – het advies van twee deskundigen dat nodig is voor een TLV.",
        "Meerjarenbegroting – de begroting voor de komende vier jaar.",
        "Ouder- en Jeugdsteunpunt – onafhankelijk steunpunt voor ouders en kinderen.",
        "TLV – toelaatbaarheidsverklaring voor sbo of so.",
        "Verdeelmodel – de manier waarop het samenwerkingsverband de middelen verdeelt.",
    ])
    return d


def label_p3():
    return dict(
        sector="po",
        crit=crits(["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                    "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                    "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"]),
        advisory={"dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "§4.1 defines basisondersteuning as the common minimum for all locations (niveau), but content is only the four generic Referentiekader aspects; the standards table is a placeholder and deferred to 2026-2027 / the schools' SOPs.",
            "plaatsing": "Ch. 5 is only a placeholder ('HIER TEKST COMMISSIE TOELAATBAARHEID INVOEGEN'). Commissie, deskundigenadvies and TLV appear only in the TOC and begrippenlijst; §4.2 level 5 and ch. 6 mention the TLV in passing only.",
            "terugstroom": "Ch. 6 gives a finished procedure (February talk, advice before 1 March, consulent finds school, evaluations after 6 weeks and half a year, verlenging decision before 1 May); the policy/uitgangspunten are a placeholder.",
            "financien": "Ch. 7 consists of a deferral only ('Tekst volgt', 'Meerjarenbegroting: p.m.', verdeelmodel 'ongewijzigd t.o.v. vorig plan??'); ALV approving 'de begroting' in ch. 10 is a passing mention.",
            "dekkend-aanbod": "§4.2 gives the five-level continuum with named voorzieningen and doorgaande lijn; §4.3 thuiszitters/dekkend aanbod is a placeholder and the OOGO topic list (ch. 10) only names thuiszitters. Ketenpartners: jeugdhulpverlener op school, OOGO themes.",
            "resultaten": "Ch. 8: beoogde resultaten and monitoring both deferred to a kwaliteitskader 'in de eerste maanden van de planperiode'; no targets, no figures on results.",
            "ouders": "Ch. 9: website/ouderpagina, schoolgids, folder, information evenings (9.1); independent Ouder- en Jeugdsteunpunt Noord, Onderwijsconsulenten, klachtenregeling (9.2). OPR has four parents.",
        })


# ==================================================================================================
# P4 – VO, very long and repetitive. SWV VO Maas en Heuvel (VO 31-08). pdf (rendered from docx).
# Traps: each chapter repeats the vision; samenvatting repeats the chapters; terugplaatsing only as a
# "we gaan onderzoeken" ambition, in the begrippenlijst and as OPDC return to the own school
# (not vso); verdeelmodel deferred while the meerjarenbegroting is complete; parents' independent
# help well described but how parents are informed deferred to a communicatieplan.
# ==================================================================================================
P4_RECAP = [
    """Zoals in hoofdstuk 2 is beschreven, staat in ons samenwerkingsverband de jongere centraal. Wij
    willen dat iedere jongere in de regio Maas en Heuvel onderwijs volgt dat past bij zijn of haar
    mogelijkheden, zo veel mogelijk samen met leeftijdsgenoten en zo dicht mogelijk bij huis. Dat
    uitgangspunt geldt ook voor het onderwerp van dit hoofdstuk: {topic}.""",
    """Ook bij {topic} laten wij ons leiden door onze vier kernwaarden: verbinden, vertrouwen,
    vakmanschap en verantwoordelijkheid. Wij verbinden scholen, ketenpartners en jongeren; wij gaan uit
    van vertrouwen in de professionaliteit van de scholen; wij investeren in vakmanschap; en wij nemen
    samen verantwoordelijkheid voor iedere jongere.""",
    """Het onderwerp {topic} hangt nauw samen met de andere hoofdstukken van dit plan. Passend onderwijs
    is immers geen losse verzameling maatregelen, maar een samenhangend geheel. Wat in dit hoofdstuk
    staat, moet daarom steeds in samenhang met de rest van het plan worden gelezen.""",
]


def p4_recap(d, topic, n=3):
    for i in range(n):
        d.p(P4_RECAP[i].format(topic=topic))


def p4_wat_betekent(d, topic):
    d.h3("Wat betekent dit in de praktijk?")
    d.p(f"""Voor de scholen betekent dit dat zij bij {topic} kunnen rekenen op heldere afspraken en op de
    steun van het samenwerkingsverband. Voor de jongeren betekent het dat zij, waar zij ook naar school
    gaan, kunnen rekenen op dezelfde uitgangspunten. Voor de ketenpartners betekent het dat zij weten
    waar zij aan toe zijn. En voor het samenwerkingsverband zelf betekent het dat wij ons werk steeds
    toetsen aan onze missie: samen verder, samen sterk.""")


def build_p4():
    d = Doc(header="Ondersteuningsplan SWV VO Maas en Heuvel 2026-2030 – Samen verder, samen sterk",
            footer="SWV VO Maas en Heuvel (VO 31-08) – pagina-opmaak: afdeling communicatie")
    d.title("Samen verder, samen sterk")
    d.sub("Ondersteuningsplan 2026-2030 – Samenwerkingsverband Voortgezet Onderwijs Maas en Heuvel (VO 31-08)")
    d.p("""Vastgesteld door het algemeen bestuur op 16 april 2026. Instemming ondersteuningsplanraad:
    9 april 2026. OOGO met de gemeenten Maasdonk-Oost, Heuvelrijk, Sint Anneveld en Overmaas: 26 maart 2026.""")
    d.pb()
    d.toc([
        "Voorwoord", "Samenvatting",
        "1 Inleiding", "2 Missie, visie en kernwaarden", "3 Het samenwerkingsverband in beeld",
        "4 Basisondersteuning", "5 Het ondersteuningsaanbod en het dekkend netwerk",
        "6 Toewijzing en toelaatbaarheid: vso, lwoo en pro (incl. terugplaatsing)",
        "7 Ouders en jongeren", "8 Financiën", "9 Kwaliteitszorg en resultaten",
        "10 Samenwerking met gemeenten en jeugdhulp", "11 Organisatie en governance",
        "12 Medezeggenschap", "13 Personeel en professionalisering", "14 ICT en privacy",
        "15 Communicatie", "16 Planning en evaluatie",
        "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen",
    ])
    d.pb()
    d.h1("Voorwoord")
    d.p("""Met trots presenteren wij het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet
    Onderwijs Maas en Heuvel. Het plan draagt de titel ‘Samen verder, samen sterk’. Die titel is niet
    toevallig gekozen. In de afgelopen planperiode hebben wij samen veel bereikt. Tegelijk weten wij dat
    wij alleen verder komen als wij het samen doen: scholen, besturen, ouders, jongeren, gemeenten en
    jeugdhulp.

    Het plan is tot stand gekomen in een intensief proces. Meer dan tweehonderd mensen hebben meegedacht:
    in werkgroepen, op themabijeenkomsten, in gesprekken met jongeren en ouders, en in het overleg met de
    gemeenten. Wij zijn iedereen daarvoor zeer dankbaar. Wij danken in het bijzonder de leden van de
    ondersteuningsplanraad voor hun kritische en constructieve bijdrage.

    Passend onderwijs is en blijft een uitdaging. Het aantal jongeren met een complexe
    ondersteuningsvraag neemt toe. Het lerarentekort zet scholen onder druk. En de samenwerking met de
    jeugdhulp vraagt blijvend aandacht. Met dit plan willen wij laten zien hoe wij de komende vier jaar
    met die uitdagingen omgaan. Samen verder, samen sterk.

    Drs. P.J.M. (Peter) Verhoeven, directeur-bestuurder""")
    d.h1("Samenvatting")
    d.p("""Dit ondersteuningsplan beschrijft het beleid van het Samenwerkingsverband VO Maas en Heuvel voor de
    periode 1 augustus 2026 tot en met 31 juli 2030. In deze samenvatting zetten wij de belangrijkste punten
    op een rij.

    Missie en visie. Wij willen dat iedere jongere in de regio onderwijs volgt dat past bij zijn of haar
    mogelijkheden, zo veel mogelijk samen met leeftijdsgenoten en zo dicht mogelijk bij huis. Onze
    kernwaarden zijn verbinden, vertrouwen, vakmanschap en verantwoordelijkheid.

    Basisondersteuning. Alle scholen in het samenwerkingsverband bieden ten minste het afgesproken niveau
    van basisondersteuning, vastgelegd in tien standaarden (hoofdstuk 4).

    Ondersteuningsaanbod. Boven op de basisondersteuning is er een samenhangend aanbod van arrangementen,
    bovenschoolse voorzieningen, praktijkonderwijs en vso. Wij brengen jaarlijks in beeld waar het aanbod
    tekortschiet (hoofdstuk 5).

    Toewijzing en toelaatbaarheid. Aanvragen voor extra ondersteuning, voor een toelaatbaarheidsverklaring
    voor het vso en voor lwoo en pro lopen via het Ondersteuningsloket. De Commissie van Toelaatbaarheid
    besluit op basis van vastgestelde criteria en het advies van twee deskundigen (hoofdstuk 6).

    Ouders en jongeren. Ouders en jongeren zijn partners. Voor onafhankelijk advies kunnen zij terecht bij
    het Steunpunt Ouders & Jongeren Maas en Heuvel (hoofdstuk 7).

    Financiën. De meerjarenbegroting laat zien dat wij de komende jaren bewust investeren in het
    ondersteuningsaanbod en de reserves afbouwen tot het niveau van de signaleringswaarde (hoofdstuk 8).

    Kwaliteit en resultaten. Wij hebben zes beoogde resultaten met streefwaarden vastgesteld en volgen de
    voortgang twee keer per jaar (hoofdstuk 9).""")
    d.p("""Samenwerking. Met de gemeenten werken wij samen aan jeugdhulp op school, thuiszitters, de overgang
    naar mbo en werk, en leerlingenvervoer (hoofdstuk 10). Organisatie, medezeggenschap, personeel, ICT,
    communicatie en planning komen aan bod in de hoofdstukken 11 tot en met 16.""")
    d.h1("1 Inleiding")
    d.h2("1.1 Doel van dit plan")
    d.p("""Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. Het
    beschrijft hoe de aangesloten schoolbesturen samen invulling geven aan passend onderwijs in de regio.
    Het plan geeft richting aan het handelen van het samenwerkingsverband en van de scholen, en het vormt
    het kader voor de jaarplannen en de jaarbegrotingen.""")
    d.h2("1.2 Wettelijk kader")
    d.p("""Het samenwerkingsverband is verplicht om ten minste eens in de vier jaar een ondersteuningsplan
    vast te stellen. De wet schrijft voor welke onderwerpen het plan in ieder geval bevat. Het gaat onder
    meer om het samenhangend geheel van ondersteuningsvoorzieningen en de basisondersteuning, de verdeling
    en besteding van de middelen, de toelaatbaarheid tot het vso en de procedure voor lwoo en pro, de
    terugplaatsing en overplaatsing van vso-leerlingen naar het voortgezet onderwijs, de beoogde en
    bereikte resultaten, en de informatie aan ouders. Voordat het plan wordt vastgesteld, voert het
    samenwerkingsverband op overeenstemming gericht overleg met de gemeenten en overleg met de
    samenwerkingsverbanden primair onderwijs, en stemt de ondersteuningsplanraad in met het plan.""")
    d.h2("1.3 Totstandkoming")
    d.p("""Het plan is tot stand gekomen in een proces van ruim een jaar. In het voorjaar van 2025 is de
    evaluatie van het vorige plan afgerond. In de zomer zijn vijf werkgroepen aan de slag gegaan:
    basisondersteuning, aanbod, toewijzing, ouders en jongeren, en financiën. In het najaar zijn drie
    themabijeenkomsten gehouden, een voor scholen, een voor ketenpartners en een voor ouders en jongeren.
    In december 2025 is het concept besproken met de schoolbesturen, in januari 2026 met de OPR en in maart
    2026 met de gemeenten. Daarna is het plan vastgesteld.""")
    d.h2("1.4 Leeswijzer")
    d.p("""Na deze inleiding beschrijft hoofdstuk 2 onze missie, visie en kernwaarden. Hoofdstuk 3 schetst het
    samenwerkingsverband in cijfers. De hoofdstukken 4 tot en met 9 gaan over de inhoud van ons beleid. De
    hoofdstukken 10 tot en met 16 gaan over samenwerking, organisatie en planning. Elk hoofdstuk begint met
    een korte inleiding en sluit af met een paragraaf over wat het beleid in de praktijk betekent.""")
    d.h1("2 Missie, visie en kernwaarden")
    d.h2("2.1 Missie")
    d.p("""Samen zorgen wij ervoor dat iedere jongere in Maas en Heuvel het onderwijs krijgt dat hij of zij
    nodig heeft om zich optimaal te ontwikkelen en een goede plek in de samenleving te vinden.""")
    d.h2("2.2 Visie")
    d.p("""Wij geloven dat jongeren het meest leren in een omgeving waarin zij zich veilig en gezien voelen.
    Wij geloven dat de meeste jongeren het best op hun plek zijn in het reguliere onderwijs, samen met hun
    leeftijdsgenoten. Wij geloven dat sommige jongeren tijdelijk of langdurig een specialistische omgeving
    nodig hebben, en dat die omgeving dan van hoge kwaliteit moet zijn. Wij geloven dat ondersteuning zo
    vroeg mogelijk, zo licht mogelijk en zo dichtbij mogelijk moet worden geboden. En wij geloven dat
    onderwijs en zorg elkaar moeten versterken.

    In ons samenwerkingsverband staat de jongere centraal. Niet het systeem, niet de regels, niet het
    geld, maar de jongere. Dat betekent dat wij steeds de vraag stellen: wat heeft deze jongere nodig?
    En: wie kan dat het beste bieden?""")
    d.h2("2.3 Kernwaarden")
    d.ul([
        "Verbinden: wij brengen mensen en organisaties samen rond de jongere.",
        "Vertrouwen: wij gaan uit van de professionaliteit en goede bedoelingen van iedereen.",
        "Vakmanschap: wij investeren in kennis en kunde van docenten en ondersteuners.",
        "Verantwoordelijkheid: wij nemen samen verantwoordelijkheid voor iedere jongere.",
    ])
    d.h2("2.4 Ambities voor 2030")
    d.p("""Op basis van onze missie, visie en kernwaarden hebben wij vijf ambities geformuleerd. Wij willen dat
    in 2030 (1) alle scholen een sterke basisondersteuning bieden, (2) er voor iedere jongere een passend
    aanbod is, (3) jongeren en ouders zich gehoord voelen, (4) onderwijs en jeugdhulp naadloos
    samenwerken, en (5) de middelen doelmatig worden ingezet. Daarnaast gaan wij in de planperiode
    onderzoeken hoe wij de terugkeer van vso-leerlingen naar het reguliere voortgezet onderwijs kunnen
    vergroten. De ambities zijn in hoofdstuk 9 vertaald in meetbare resultaten.""")
    d.h1("3 Het samenwerkingsverband in beeld")
    p4_recap(d, "de kenmerken van onze regio", 1)
    d.p("""Het samenwerkingsverband omvat het grondgebied van vier gemeenten: Maasdonk-Oost, Heuvelrijk, Sint
    Anneveld en Overmaas. Er zijn negen schoolbesturen aangesloten, met samen negentien scholen: veertien
    scholen voor regulier voortgezet onderwijs (waarvan acht met een aanwijzing voor lwoo), twee scholen
    voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs (een voor cluster 3 en twee
    voor cluster 4). Het samenwerkingsverband heeft daarnaast een eigen voorziening, het OPDC De Overstap.""")
    d.table([
        ["Kengetal (1 oktober)", "2022", "2023", "2024", "2025"],
        ["Leerlingen totaal", "16.210", "16.140", "16.020", "15.890"],
        ["Deelnamepercentage vso", "3,9%", "4,0%", "4,1%", "4,1%"],
        ["Deelnamepercentage pro", "2,6%", "2,6%", "2,5%", "2,5%"],
        ["Leerlingen met lwoo", "1.310", "1.290", "1.270", "1.240"],
        ["Afgegeven TLV's vso", "212", "224", "231", "238"],
        ["Thuiszitters > 4 weken", "21", "18", "19", "14"],
        ["Vrijstellingen 5a", "22", "24", "23", "21"],
    ])
    d.p("""Uit de kengetallen blijkt dat het totale aantal leerlingen licht daalt, terwijl het aantal
    afgegeven toelaatbaarheidsverklaringen voor het vso stijgt. Het deelnamepercentage vso ligt boven het
    landelijk gemiddelde van 3,6%. Het aantal thuiszitters is in 2025 gedaald, maar ligt nog steeds boven
    ons eigen doel.""")
    p4_wat_betekent(d, "de kenmerken van onze regio")
    # ---- 4 Basisondersteuning
    d.h1("4 Basisondersteuning")
    d.h2("4.1 Inleiding")
    p4_recap(d, "de basisondersteuning")
    d.h2("4.2 Wat verstaan wij onder basisondersteuning?")
    d.p("""Basisondersteuning is het door alle schoolbesturen van het samenwerkingsverband afgesproken
    niveau van ondersteuning dat iedere school voor regulier voortgezet onderwijs en praktijkonderwijs, op
    iedere vestiging, ten minste biedt. Het gaat om ondersteuning die onder de verantwoordelijkheid van de
    school valt en waarvoor geen aanvraag bij het samenwerkingsverband nodig is. De besturen hebben het
    niveau vastgelegd in tien standaarden. Een school kan meer bieden dan de standaarden; minder is niet
    toegestaan.""")
    d.h2("4.3 De tien standaarden")
    d.table([
        ["Standaard", "Inhoud"],
        ["1 Ondersteuningsstructuur", "Iedere school heeft een ondersteuningscoördinator (minimaal 0,5 fte per 750 leerlingen) en een intern ondersteuningsteam dat ten minste tweewekelijks overlegt."],
        ["2 Mentoraat", "Iedere leerling heeft een mentor die minimaal drie keer per jaar een individueel gesprek met de leerling voert."],
        ["3 Dyslexie en dyscalculie", "Faciliteiten volgens het protocol: extra tijd, vergroot lettertype, voorleessoftware, gebruik van rekenkaart."],
        ["4 Sociaal-emotionele ontwikkeling", "Trainingen in sociale vaardigheden en faalangstreductie, in groepjes van maximaal acht leerlingen."],
        ["5 Executieve functies", "Begeleiding bij plannen en organiseren door een studiebegeleider of huiswerkklas."],
        ["6 Time-in", "Een ondersteuningsruimte waar leerlingen onder begeleiding tijdelijk kunnen werken."],
        ["7 Verzuim", "Een verzuimprotocol met een vaste aanpak bij de eerste signalen, in samenwerking met leerplicht en jeugdarts."],
        ["8 Veiligheid", "Een anti-pestprotocol en een aanspreekpunt sociale veiligheid."],
        ["9 Medische handelingen", "Een protocol medisch handelen en afspraken met de jeugdarts."],
        ["10 OPP", "Een ontwikkelingsperspectiefplan voor iedere leerling met extra ondersteuning, halfjaarlijks geëvalueerd."],
    ])
    d.h2("4.4 Borging")
    d.p("""Het samenwerkingsverband bezoekt iedere school eens per twee jaar voor een gesprek over de
    basisondersteuning aan de hand van de standaarden. Scholen die een standaard niet halen, maken een
    verbeterplan met een termijn van maximaal een jaar. De resultaten van de schoolbezoeken worden
    besproken in het algemeen bestuur.""")
    p4_wat_betekent(d, "de basisondersteuning")
    # ---- 5 Aanbod en dekkend netwerk
    d.h1("5 Het ondersteuningsaanbod en het dekkend netwerk")
    d.h2("5.1 Inleiding")
    p4_recap(d, "het ondersteuningsaanbod")
    d.h2("5.2 Het continuüm van ondersteuning")
    d.p("""Het ondersteuningsaanbod in Maas en Heuvel loopt van licht naar zwaar. Wij onderscheiden vier
    lagen:""")
    d.ul([
        "Laag 1: basisondersteuning op iedere school (hoofdstuk 4).",
        "Laag 2: arrangementen op de eigen school, zoals begeleiding door een ambulant begeleider, een plaats in een Trajectklas of een tijdelijk aangepast rooster met begeleiding. Acht scholen hebben een Trajectklas; vier scholen hebben een Steunpunt Autisme.",
        "Laag 3: bovenschoolse voorzieningen: het OPDC De Overstap (maximaal een schooljaar, daarna terugkeer naar de eigen school of doorstroom), het Rebound-traject (tien weken), de voorziening Op Maat voor jongeren met psychische problematiek (samen met de GGZ), de Plusklas voor hoogbegaafde jongeren en de Internationale Schakelklas voor nieuwkomers.",
        "Laag 4: praktijkonderwijs en voortgezet speciaal onderwijs, waarvoor een aanwijzing of toelaatbaarheidsverklaring nodig is (hoofdstuk 6).",
    ])
    d.p("""Tussen de lagen bestaan korte lijnen. De ondersteuningscoördinator van de school kan rechtstreeks
    contact opnemen met de trajectbegeleider van het samenwerkingsverband, die helpt bij het vinden van de
    juiste plek. Bij de overgang van primair naar voortgezet onderwijs en van voortgezet onderwijs naar mbo
    zijn er vaste afspraken over warme overdracht.""")
    d.h2("5.3 Het dekkend netwerk: tekorten opsporen en oplossen")
    d.p("""Een dekkend netwerk betekent dat er voor iedere jongere een passende plek is. Om dat te bereiken
    houden wij een Monitor Dekkend Netwerk bij. Daarin registreert het Ondersteuningsloket iedere jongere
    voor wie binnen vier weken geen passende plek is gevonden, met de reden. Twee keer per jaar (maart en
    oktober) analyseert het bureau de monitor samen met de wachtlijsten van vso, OPDC en Op Maat en de
    gegevens van leerplicht. De uitkomsten gaan naar het algemeen bestuur, dat per knelpunt een
    verantwoordelijke en een termijn vaststelt.

    Voor jongeren die thuiszitten geldt de Thuiszittersaanpak Maas en Heuvel: melding bij het Loket binnen
    een week; binnen twee weken een overleg met jongere, ouders, school, leerplicht en jeugdhulp; een
    trajectplan met terugkeerdatum; en na acht weken zonder oplossing de inzet van doorzettingsmacht door
    de directeur-bestuurder. De bekende knelpunten voor de komende periode zijn een tekort aan plekken
    voor jongeren met angstklachten (oplossing: uitbreiding Op Maat met twaalf plaatsen per 1 augustus
    2027) en lange reistijden naar het vso in Overmaas (oplossing: onderzoek naar een nevenvestiging,
    besluit in 2027).""")
    d.h2("5.4 Samenwerking met ketenpartners")
    d.p("""Het aanbod van Op Maat en de Trajectklassen is mede mogelijk door de samenwerking met de GGZ en
    de gemeentelijke jeugdhulp. Jeugdhulpverleners zijn op alle scholen een vast aantal uren aanwezig.""")
    p4_wat_betekent(d, "het ondersteuningsaanbod")
    # ---- 6 Toewijzing en toelaatbaarheid
    d.h1("6 Toewijzing en toelaatbaarheid: vso, lwoo en pro")
    d.h2("6.1 Inleiding")
    p4_recap(d, "de toewijzing van ondersteuning en de toelaatbaarheid")
    d.h2("6.2 Het Ondersteuningsloket")
    d.p("""Alle aanvragen voor arrangementen, bovenschoolse voorzieningen, toelaatbaarheid tot het vso en
    aanwijzingen voor lwoo en pro komen binnen bij het Ondersteuningsloket. Het loket is het
    aanspreekpunt voor scholen en werkt met een digitaal aanvraagsysteem. Het loket controleert iedere
    aanvraag binnen vijf werkdagen op volledigheid.""")
    d.h2("6.3 Toelaatbaarheid tot het vso: procedure")
    d.ol([
        "Het bevoegd gezag van de school waar de jongere is ingeschreven of aangemeld dient de aanvraag in bij het Loket. De aanvraag bevat het OPP, een verslag van de ondersteuning die de school heeft geboden en de evaluatie daarvan, en de zienswijze van de ouders en (vanaf 12 jaar) de jongere.",
        "Het Loket vraagt twee deskundigen om een advies (6.5).",
        "De Commissie van Toelaatbaarheid (CvT) bespreekt de aanvraag met de adviezen en kan de school, de ouders en de jongere uitnodigen voor een gesprek.",
        "De CvT besluit namens het samenwerkingsverband binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed (dreigend thuiszitten) besluit de CvT binnen tien werkdagen.",
        "Het besluit wordt schriftelijk meegedeeld aan school en ouders, met een afschrift van de deskundigenadviezen.",
    ])
    d.h2("6.4 Toelaatbaarheid tot het vso: criteria")
    d.p("""Een jongere is toelaatbaar tot het vso wanneer aan de volgende criteria is voldaan:""")
    d.ul([
        "de ondersteuningsbehoefte van de jongere overstijgt wat de reguliere school met de basisondersteuning en een arrangement (laag 2) of een bovenschoolse voorziening (laag 3) kan bieden;",
        "de school heeft aantoonbaar gedurende ten minste zes maanden handelingsgericht gewerkt volgens een OPP, en dat is geëvalueerd;",
        "de jongere heeft voor zijn of haar ontwikkeling structureel een specialistische onderwijsomgeving nodig: bij cluster 3 vanwege een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte; bij cluster 4 vanwege ernstige gedrags- of psychiatrische problematiek die in het regulier onderwijs ook met intensieve ondersteuning tot stilstand in de ontwikkeling leidt.",
    ])
    d.h2("6.5 Deskundigenadvies")
    d.p("""Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog, en
    een tweede deskundige afhankelijk van de vraag van de jongere (een kinder- en jeugdpsychiater, een arts,
    een maatschappelijk werker of een pedagoog). Iedere deskundige geeft een eigen schriftelijk advies. De
    deskundigen zijn niet betrokken bij de aanvraag.""")
    d.h2("6.6 Duur en bekostigingscategorie")
    d.p("""Een toelaatbaarheidsverklaring voor het vso wordt in de regel afgegeven voor twee schooljaren, of
    tot het einde van de schoolloopbaan bij jongeren met een structurele beperking waarvan geen verandering
    te verwachten is. De CvT stelt de bekostigingscategorie vast: laag (de meeste cluster 4-leerlingen en
    zml), midden (lichamelijk gehandicapt en langdurig ziek) of hoog (meervoudig gehandicapt).""")
    d.h2("6.7 Leerwegondersteunend onderwijs")
    d.p("""Het samenwerkingsverband hanteert voor lwoo de landelijke criteria. Een jongere komt in aanmerking
    voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee van de
    domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen (waarvan één begrijpend lezen
    of inzichtelijk rekenen); of bij een IQ tussen 91 en 120 met dezelfde leerachterstand en
    sociaal-emotionele problematiek die het leren belemmert. De vo-school waar de jongere is aangemeld dient de
    aanvraag in voor 1 april; de CvT besluit binnen vier weken. De aanwijzing geldt voor de duur van de
    opleiding.""")
    d.h2("6.8 Praktijkonderwijs")
    d.p("""Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80
    en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of
    inzichtelijk rekenen. De school voor praktijkonderwijs waar de jongere is aangemeld dient de aanvraag in;
    de CvT besluit binnen vier weken. De toelaatbaarheid geldt voor de duur van de opleiding.""")
    d.h2("6.9 Bezwaar")
    d.p("""Ouders (en jongeren vanaf 16 jaar) kunnen binnen zes weken bezwaar maken tegen een besluit over
    toelaatbaarheid. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist.""")
    p4_wat_betekent(d, "de toewijzing en toelaatbaarheid")
    # ---- 7 Ouders en jongeren
    d.h1("7 Ouders en jongeren")
    d.h2("7.1 Inleiding")
    p4_recap(d, "de samenwerking met ouders en jongeren")
    d.h2("7.2 Ouders en jongeren als partner")
    d.p("""Ouders kennen hun kind het best. Daarom worden ouders bij iedere stap in de ondersteuning
    betrokken: bij het opstellen en evalueren van het OPP, in het ondersteuningsteam en bij een aanvraag
    bij het Loket. Jongeren hebben sinds de wet over de positie van ouders en leerlingen hoorrecht bij het
    opstellen van hun OPP. Op iedere school vraagt de mentor de jongere actief naar zijn of haar mening en
    legt die vast in het OPP.""")
    d.h2("7.3 Onafhankelijke ondersteuning")
    d.p("""Soms hebben ouders en jongeren behoefte aan iemand die onafhankelijk meedenkt, los van school en
    samenwerkingsverband. Daarvoor is er het Steunpunt Ouders & Jongeren Maas en Heuvel, het ouder- en
    jeugdsteunpunt van onze regio. Het steunpunt is ondergebracht bij de stichting Zorgbelang Zuid en
    werkt onafhankelijk van scholen en samenwerkingsverband. De medewerkers luisteren, denken mee, helpen
    bij het voorbereiden van gesprekken en kunnen ouders en jongeren begeleiden naar gesprekken op school of
    bij het Loket. Het steunpunt is bereikbaar via een gratis telefoonnummer, per mail, via WhatsApp en op
    het wekelijkse inloopspreekuur in de bibliotheken van Maasdonk-Oost en Heuvelrijk. Het steunpunt
    bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met de directeur-bestuurder.

    Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten, die bemiddelen wanneer de
    schoolsituatie van een jongere is vastgelopen.""")
    d.h2("7.4 Klachten en geschillen")
    d.p("""Ouders die een klacht hebben over het samenwerkingsverband, kunnen terecht bij de landelijke
    klachtencommissie waarbij het samenwerkingsverband is aangesloten. Geschillen over toelating,
    verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs. Bezwaar
    tegen een besluit over toelaatbaarheid loopt via de procedure in paragraaf 6.9.""")
    d.h2("7.5 Communicatie met ouders")
    d.p("""Hoe wij ouders in de komende periode informeren over het ondersteuningsaanbod in de regio, werken
    wij uit in een communicatieplan dat in schooljaar 2026-2027 samen met de ouders in de OPR wordt
    opgesteld.""")
    p4_wat_betekent(d, "de samenwerking met ouders en jongeren")
    # ---- 8 Financiën
    d.h1("8 Financiën")
    d.h2("8.1 Inleiding")
    p4_recap(d, "de financiën")
    d.h2("8.2 Inkomsten")
    d.p("""Het samenwerkingsverband ontvangt jaarlijks van het ministerie van OCW de middelen voor lichte en
    zware ondersteuning, en de middelen voor lwoo en pro. De middelen voor zware ondersteuning worden voor
    een groot deel door DUO rechtstreeks afgedragen aan de vso-scholen, op basis van het aantal leerlingen
    op de teldatum 1 oktober en de groeitelling op 1 februari. Daarnaast ontvangt het samenwerkingsverband
    een bijdrage van de gemeenten voor de voorziening Op Maat.""")
    d.h2("8.3 Verdeling van de middelen")
    d.p("""Het huidige verdeelmodel dateert uit 2019 en wordt in schooljaar 2026-2027 geëvalueerd. Over een
    nieuw verdeelmodel besluit het algemeen bestuur in 2027, na instemming van de OPR; het nieuwe model
    wordt dan als addendum aan dit plan toegevoegd. Tot dat moment blijft de huidige systematiek van
    toepassing.""")
    d.h2("8.4 Meerjarenbegroting")
    d.table([
        ["Bedragen × € 1.000", "2026", "2027", "2028", "2029"],
        ["Baten OCW (licht, zwaar, lwoo, pro)", "24.310", "24.080", "23.870", "23.650"],
        ["Bijdrage gemeenten Op Maat", "420", "480", "480", "480"],
        ["Afdrachten vso (DUO)", "9.640", "9.710", "9.760", "9.760"],
        ["Lwoo en pro naar scholen", "8.230", "8.120", "8.010", "7.920"],
        ["Middelen naar scholen (lichte ondersteuning)", "2.950", "2.930", "2.910", "2.890"],
        ["Arrangementen en Trajectklassen", "1.480", "1.520", "1.540", "1.540"],
        ["OPDC, Rebound, Op Maat, Plusklas", "1.960", "2.150", "2.190", "2.190"],
        ["Steunpunt Ouders & Jongeren", "110", "115", "120", "120"],
        ["Bureau en Loket", "1.040", "1.060", "1.080", "1.100"],
        ["Resultaat", "-370", "-545", "-590", "-630"],
    ])
    d.h2("8.5 Reserves")
    d.p("""Op 31 december 2025 bedraagt de algemene reserve € 4,1 miljoen. De signaleringswaarde voor
    bovenmatige reserves ligt voor ons samenwerkingsverband op € 2,2 miljoen. Met de begrote tekorten
    bouwen wij de reserve in de planperiode af tot ongeveer € 2,0 miljoen. De extra uitgaven gaan vooral naar
    de uitbreiding van Op Maat en de Trajectklassen.""")
    d.h2("8.6 Verantwoording")
    d.p("""Schoolbesturen verantwoorden jaarlijks voor 1 juni, in een vast format, de besteding van de middelen
    die zij van het samenwerkingsverband ontvangen. Het samenwerkingsverband verantwoordt zich in het
    jaarverslag en de jaarrekening, die door een accountant worden gecontroleerd.""")
    p4_wat_betekent(d, "de financiën")
    # ---- 9 Kwaliteitszorg en resultaten
    d.h1("9 Kwaliteitszorg en resultaten")
    d.h2("9.1 Inleiding")
    p4_recap(d, "kwaliteitszorg en resultaten")
    d.h2("9.2 Beoogde resultaten 2026-2030")
    d.table([
        ["Ambitie", "Beoogd resultaat", "Indicator", "2025", "Streefwaarde 2030"],
        ["1 Sterke basisondersteuning", "Alle scholen halen alle tien standaarden", "scholen die alle standaarden halen", "11 van 16", "16 van 16"],
        ["2 Passend aanbod voor iedereen", "Minder thuiszitters", "thuiszitters > 4 weken (1 okt.)", "14", "maximaal 5"],
        ["2 Passend aanbod voor iedereen", "Thuisnabij onderwijs", "deelnamepercentage vso", "4,1%", "3,8%"],
        ["3 Jongeren en ouders gehoord", "Tevredenheid over ondersteuning", "score ouders/jongeren (1-10)", "6,8", "7,5"],
        ["4 Onderwijs en jeugdhulp", "Snelle hulp", "wachttijd Op Maat (weken)", "11", "maximaal 6"],
        ["5 Doelmatige inzet middelen", "Reserves op norm", "reserve t.o.v. signaleringswaarde", "186%", "maximaal 100%"],
    ])
    d.h2("9.3 Hoe wij de resultaten volgen")
    d.p("""Wij werken volgens de cyclus plan-do-check-act. Het bureau verzamelt de gegevens voor de indicatoren
    uit het loketsysteem, de DUO-tellingen, de Monitor Dekkend Netwerk, de leerplichtregistratie en een
    tweejaarlijkse tevredenheidspeiling onder ouders, jongeren en scholen. Twee keer per jaar (januari en
    juli) stelt het bureau een voortgangsrapportage op die wordt besproken in het algemeen bestuur, de raad
    van toezicht en de OPR. Jaarlijks rapporteren wij de bereikte resultaten, met de daarvoor ingezette
    middelen, in het jaarverslag. Halverwege de planperiode (voorjaar 2028) vindt een tussenevaluatie plaats;
    in 2029 een eindevaluatie door een extern bureau.""")
    d.h2("9.4 Bereikte resultaten in de vorige planperiode")
    d.table([
        ["Doel 2022-2026", "Streefwaarde", "Bereikt (2025)"],
        ["Doorlooptijd aanvraag Loket", "maximaal 6 weken", "5,2 weken (gehaald)"],
        ["Thuiszitters > 4 weken", "maximaal 10", "14 (niet gehaald)"],
        ["Deelnamepercentage vso", "maximaal 3,8%", "4,1% (niet gehaald)"],
        ["Trajectklassen op scholen", "8", "8 (gehaald)"],
    ])
    p4_wat_betekent(d, "kwaliteitszorg en resultaten")
    # ---- 10-16 organisation and filler
    d.h1("10 Samenwerking met gemeenten en jeugdhulp")
    d.h2("10.1 Inleiding")
    p4_recap(d, "de samenwerking met gemeenten en jeugdhulp")
    d.h2("10.2 Het OOGO")
    d.p("""Met de vier gemeenten voert het samenwerkingsverband tweemaal per jaar bestuurlijk overleg en
    viermaal per jaar ambtelijk overleg. Het op overeenstemming gericht overleg over dit plan is op 26 maart
    2026 afgerond. Afgesproken thema’s zijn: jeugdhulp op school, thuiszitters, de overgang naar mbo en
    werk, leerlingenvervoer en onderwijshuisvesting van het vso. Voor elk thema is een gezamenlijke
    werkgroep met een jaarlijkse opdracht.""")
    d.h2("10.3 Samenwerking met het primair onderwijs en het mbo")
    d.p("""Met de drie samenwerkingsverbanden primair onderwijs in de regio hebben wij afspraken over de
    overstap van groep 8 naar het voortgezet onderwijs, vastgelegd in het Regionaal Overstapprotocol. Met
    de twee mbo-instellingen zijn er afspraken over de overgang van vmbo, praktijkonderwijs en vso naar mbo,
    inclusief de entreeopleiding. Het overleg met de samenwerkingsverbanden primair onderwijs over dit plan
    vond plaats op 4 maart 2026.""")
    p4_wat_betekent(d, "de samenwerking met gemeenten en jeugdhulp")
    d.h1("11 Organisatie en governance")
    d.h2("11.1 Inleiding")
    p4_recap(d, "de organisatie en governance", 2)
    d.p("""Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; het
    intern toezicht is belegd bij een raad van toezicht van vijf leden. De schoolbesturen zijn vertegenwoordigd
    in het algemeen bestuur, dat de begroting, het jaarverslag en het ondersteuningsplan goedkeurt. De
    raad van toezicht werkt met een auditcommissie en een remuneratiecommissie. De statuten bevatten een
    regeling voor geschillen tussen de schoolbesturen en het samenwerkingsverband.

    Het bureau bestaat uit de directeur-bestuurder, een beleidsadviseur, een controller, het
    Ondersteuningsloket (drie medewerkers), vijf trajectbegeleiders, vier orthopedagogen en een secretariaat;
    samen 17,6 fte. Het OPDC De Overstap heeft een eigen team van 12 fte.""")
    p4_wat_betekent(d, "de organisatie en governance")
    d.h1("12 Medezeggenschap")
    p4_recap(d, "de medezeggenschap", 2)
    d.p("""De ondersteuningsplanraad bestaat uit twaalf leden: zes personeelsleden en zes ouders of jongeren,
    afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en op
    wijzigingen daarvan. De OPR vergadert vijf keer per jaar met de directeur-bestuurder en heeft een eigen
    budget voor scholing en ondersteuning. De OPR heeft op 9 april 2026 met dit plan ingestemd. Daarnaast is
    er een medezeggenschapsraad voor het personeel van het bureau en het OPDC.""")
    d.h1("13 Personeel en professionalisering")
    p4_recap(d, "personeel en professionalisering", 2)
    d.p("""Passend onderwijs staat of valt met de kwaliteit van docenten, mentoren en ondersteuners. Het
    samenwerkingsverband organiseert daarom een Academie Passend Onderwijs met jaarlijks vijftien
    scholingsbijeenkomsten voor docenten en mentoren, een leergang voor ondersteuningscoördinatoren en
    netwerken voor trajectklasbegeleiders, begeleiders passend onderwijs en schoolmaatschappelijk werkers.
    Scholen kunnen daarnaast teamscholing aanvragen bij de ambulante dienst van het vso.

    Het lerarentekort raakt ook onze regio, vooral in de tekortvakken en in het vso. Het samenwerkingsverband
    werkt met de besturen samen in het Regionaal Transitiefonds om zij-instromers op te leiden en te
    begeleiden. Voor het eigen personeel heeft het samenwerkingsverband een strategisch personeelsbeleid,
    met aandacht voor werkdruk, duurzame inzetbaarheid en een gezond werkklimaat.""")
    d.h1("14 ICT en privacy")
    p4_recap(d, "ICT en privacy", 1)
    d.p("""Het samenwerkingsverband werkt met een digitaal loketsysteem waarin scholen aanvragen indienen en
    dossiers delen. Het systeem voldoet aan de AVG en de eisen van informatiebeveiliging. Gegevens over de
    gezondheid van jongeren worden alleen verwerkt voor zover dat nodig is voor het toewijzen van
    ondersteuning en het beslissen over toelaatbaarheid, en worden uiterlijk drie jaar na het besluit
    vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming en een privacyreglement
    dat met instemming van de OPR is vastgesteld.""")
    d.h1("15 Communicatie")
    p4_recap(d, "communicatie", 2)
    d.p("""Het samenwerkingsverband communiceert met de scholen via een maandelijkse nieuwsbrief, een
    intranet voor ondersteuningscoördinatoren en een jaarlijkse conferentie. Met ketenpartners
    communiceren wij via de werkgroepen van het OOGO. In schooljaar 2026-2027 stellen wij een nieuw
    communicatieplan op; de communicatie met ouders en jongeren krijgt daarin een eigen paragraaf (zie
    ook 7.5).""")
    d.h1("16 Planning en evaluatie")
    p4_recap(d, "planning en evaluatie", 1)
    d.table([
        ["Schooljaar", "Activiteiten"],
        ["2026-2027", "Evaluatie verdeelmodel; communicatieplan; eerste ronde schoolbezoeken basisondersteuning"],
        ["2027-2028", "Nieuw verdeelmodel (addendum); uitbreiding Op Maat; tussenevaluatie voorjaar 2028"],
        ["2028-2029", "Tweede ronde schoolbezoeken; besluit nevenvestiging vso Overmaas"],
        ["2029-2030", "Externe eindevaluatie; nieuw ondersteuningsplan 2030-2034"],
    ])
    d.pb()
    d.h1("Bijlage 1 Begrippenlijst")
    d.ul([
        "Basisondersteuning – het afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Communicatieplan – plan waarin staat hoe het samenwerkingsverband ouders en scholen informeert.",
        "Dekkend netwerk – het geheel van voorzieningen waardoor er voor iedere jongere een passende plek is.",
        "Lwoo – leerwegondersteunend onderwijs.",
        "OPDC – orthopedagogisch-didactisch centrum.",
        "Terugplaatsing – de overstap van een jongere van het vso naar het regulier voortgezet onderwijs na afloop van de toelaatbaarheidsverklaring; het vso stelt hiervoor in het laatste jaar van de TLV een plan op.",
        "TLV – toelaatbaarheidsverklaring.",
        "Verdeelmodel – de regels voor de verdeling van de middelen over scholen en voorzieningen.",
    ])
    d.h1("Bijlage 2 Afkortingen")
    d.p("""AB algemeen bestuur · CvT Commissie van Toelaatbaarheid · DUO Dienst Uitvoering Onderwijs · GGZ
    geestelijke gezondheidszorg · ISK Internationale Schakelklas · LBT Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen · OJSP ouder- en jeugdsteunpunt · OOGO op overeenstemming gericht overleg ·
    OPP ontwikkelingsperspectiefplan · OPR ondersteuningsplanraad · pro praktijkonderwijs · RvT raad van
    toezicht · SWV samenwerkingsverband · vso voortgezet speciaal onderwijs""")
    return d


def label_p4():
    return dict(
        sector="vo",
        crit=crits(["terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                    "ouders.informatie"]),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4: common minimum for every vo/pro vestiging (4.2), ten standards with content in a table (4.3), school visits every two years (4.4).",
            "plaatsing": "Ch. 6: vso procedure (6.3) and criteria (6.4), deskundigen, duration/categorie, lwoo (6.7) and pro (6.8) procedure and criteria, bezwaar via LBT.",
            "terugstroom": "Nothing addressed although the TOC promises ch. 6 'incl. terugplaatsing': only a 'gaan onderzoeken' ambition (2.4), the legal list in 1.2, OPDC return to the own school (5.2, not vso) and a definition in the begrippenlijst.",
            "financien": "Ch. 8: meerjarenbegroting 2026-2029 with amounts (besteding), reserves and verantwoording; the verdeelmodel is not described (8.3 defers to an evaluation and a 2027 addendum, 'huidige systematiek').",
            "dekkend-aanbod": "Ch. 5: four-layer continuum with named voorzieningen; 5.3 Monitor Dekkend Netwerk, twice-yearly analysis, thuiszittersaanpak with doorzettingsmacht, named gaps with solutions.",
            "resultaten": "Ch. 9: beoogde resultaten with indicators and streefwaarden, PDCA monitoring with half-yearly rapportage and jaarverslag, results of the previous period.",
            "ouders": "Ch. 7: independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten, klachten/geschillen (7.3-7.4) and parents' role (7.2); how parents are informed about the support facilities is deferred to a communicatieplan (7.5, ch. 15).",
        })


# ==================================================================================================
# P5 – PO, short and vague. SWV Passend Onderwijs Kempenrand (PO 30-12). html.
# Traps: site navigation names every element; vision prose full of "ouders", "maatwerk",
# "arrangement", "geen kind thuis"; basisondersteuning only as a school matter (schoolgids) and a
# "wordt uitgewerkt" ambition; TLV criteria stated but the procedure only "op de website";
# verdeling concrete but begroting "op te vragen"; monitoring concrete but goals after a nulmeting;
# parents informed, but help only at school or at the SWV's own office, steunpunt "wordt ingericht".
# ==================================================================================================
def build_p5():
    d = Doc(header="Home | Over ons | Basisondersteuning | Toelaatbaarheid (TLV) | Terugplaatsing | Financiën | Ouders | Contact",
            footer="© Samenwerkingsverband Passend Onderwijs Kempenrand PO 30-12 · Privacyverklaring · Cookies · Klachtenregeling")
    d.title("Ondersteuningsplan 2026-2030 ‘Samen dichtbij’")
    d.sub("Samenwerkingsverband Passend Onderwijs Kempenrand (PO 30-12) – webversie van het ondersteuningsplan")
    d.toc(["Voorwoord", "1. Wie zijn wij", "2. Onze koers: samen dichtbij", "3. Ondersteuning op school",
           "4. Toelaatbaarheid tot sbo en so", "5. Middelen", "6. Kwaliteit", "7. Ouders",
           "8. Bestuur en medezeggenschap", "9. Samenwerking", "10. Tot slot", "Begrippen"])
    d.h1("Voorwoord")
    d.p("""Beste lezer,

    Fijn dat u de tijd neemt om ons ondersteuningsplan te lezen. Wij hebben ervoor gekozen om dit keer een
    kort en leesbaar plan te maken. Geen dik boekwerk dat in de kast verdwijnt, maar een plan op hoofdlijnen
    dat laat zien waar wij voor staan en waar wij naartoe willen. De uitwerking gebeurt in de scholen,
    dichtbij de kinderen, want daar gebeurt het echte werk.

    Passend onderwijs is mensenwerk. Het gaat om leerkrachten die elke dag het verschil maken, om intern
    begeleiders die met eindeloos geduld zoeken naar wat een kind nodig heeft, om directeuren die ruimte
    geven en om ouders die hun kind het beste gunnen. Dit plan is voor hen geschreven.

    Wij hebben de afgelopen jaren veel geleerd. We hebben gezien dat regels en procedures niet altijd
    helpen. We hebben gezien dat vertrouwen en korte lijnen vaak meer opleveren. Daarom kiezen wij in dit
    plan voor ruimte en vertrouwen, waar mogelijk, en voor duidelijke afspraken, waar nodig.

    Dit plan is tot stand gekomen in gesprek met veel mensen: directeuren, intern begeleiders,
    leerkrachten, bestuurders, de leden van de ondersteuningsplanraad en de wethouders van onze gemeenten.
    Wij danken hen allemaal hartelijk voor hun betrokkenheid en hun kritische vragen. Zonder hen was dit
    plan er niet gekomen. Wij hopen dat zij zich in het plan herkennen, en dat het plan hen helpt in hun
    dagelijkse werk.

    Wij wensen u veel leesplezier.

    Namens het bestuur,
    Ria Goossens, directeur""")
    d.h1("1. Wie zijn wij")
    d.p("""Samenwerkingsverband Kempenrand is het samenwerkingsverband voor primair onderwijs in de gemeenten
    Kempendonk, Bergeijk-Noord en Heezevelde. Zes schoolbesturen werken samen; zij hebben samen 31
    basisscholen, twee scholen voor speciaal basisonderwijs en één school voor speciaal onderwijs. Er gaan
    ongeveer 6.400 kinderen naar school in onze regio.

    Het samenwerkingsverband is een kleine organisatie. Op het bureau werken een directeur, een
    beleidsmedewerker, een secretaresse en een orthopedagoog. Wij zien onszelf niet als een instantie
    boven de scholen, maar als een netwerkorganisatie: wij verbinden, faciliteren en denken mee.

    De scholen in Kempenrand verschillen sterk van elkaar. Er zijn grote scholen met meer dan vierhonderd
    leerlingen in Kempendonk en kleine dorpsscholen met nog geen vijftig leerlingen. Er zijn openbare,
    katholieke, protestants-christelijke en algemeen bijzondere scholen, en één school voor Daltononderwijs.
    Die verscheidenheid zien wij als een rijkdom. Ouders hebben iets te kiezen, en scholen kunnen van elkaar
    leren.

    Het bureau van het samenwerkingsverband is gevestigd in het gemeentehuis van Kempendonk. Dat is geen
    toeval: de korte lijnen met de gemeente zijn voor ons belangrijk. Het bureau is op werkdagen geopend van
    8.30 tot 16.30 uur. De medewerkers bezoeken de scholen regelmatig, want wij geloven dat je elkaar het
    best leert kennen op de werkvloer. De directeur schuift daarnaast aan bij het directeurenoverleg van
    ieder bestuur.

    Wij zijn trots op onze regio. De scholen kennen elkaar, de lijnen zijn kort, en er is veel bereidheid
    om samen te werken. Dat is een goede basis voor passend onderwijs.""")
    d.h2("1.1 Onze regio")
    d.p("""Kempenrand is een groene regio met veel kleine kernen. Het aantal kinderen neemt al jaren
    langzaam af, al zijn er verschillen tussen de dorpen. In Kempendonk groeit het aantal jonge gezinnen
    door nieuwbouw, in de kleinere kernen van Heezevelde staan scholen onder druk. Besturen maken daarover
    hun eigen afwegingen; het samenwerkingsverband denkt mee waar dat gevraagd wordt.

    De regio kent een hechte gemeenschap. Verenigingen, kerken, sportclubs en buurthuizen spelen een grote
    rol in het leven van kinderen en gezinnen. Dat is een kracht waar wij in het onderwijs graag gebruik van
    maken. Tegelijk zien we ook in onze regio dat steeds meer gezinnen het moeilijk hebben, bijvoorbeeld door
    geldzorgen, door spanningen thuis of door de wachttijden in de zorg. Dat merken de scholen elke dag.""")
    d.h2("1.2 Wat we hebben geleerd")
    d.p("""Het vorige ondersteuningsplan liep van 2022 tot 2026. In die periode is er veel gebeurd. De
    coronaperiode had nog lang gevolgen voor kinderen en leerkrachten. Het lerarentekort werd ook in onze
    regio voelbaar. En de vragen van kinderen werden ingewikkelder.

    Wij hebben in die periode geleerd dat het werkt om dichtbij de school te blijven. Scholen waarderen het
    als het samenwerkingsverband meedenkt in plaats van voorschrijft. Wij hebben ook geleerd dat we soms te
    veel tegelijk wilden. In dit plan kiezen we daarom voor focus: minder nieuwe projecten, meer aandacht
    voor wat al goed gaat en voor het versterken van de scholen.

    Wij hebben de evaluatie van het vorige plan besproken met de directeuren, de intern begeleiders en de
    OPR. De opbrengsten van die gesprekken zijn in dit plan verwerkt.""")
    d.h1("2. Onze koers: samen dichtbij")
    d.p("""Ons motto voor de komende vier jaar is ‘Samen dichtbij’. Daarmee bedoelen we twee dingen. Ten eerste
    dat we het samen doen: scholen, ouders, gemeenten en zorgpartners. Ten tweede dat we ondersteuning zo
    dichtbij mogelijk organiseren: in de klas, op de school, in het dorp.

    Wij geloven dat ieder kind recht heeft op goed onderwijs. Wij geloven dat ieder kind talenten heeft die
    het verdienen om ontdekt en ontwikkeld te worden. Wij geloven dat leerkrachten het verschil maken. En wij
    geloven dat ouders onmisbare partners zijn. Geen kind mag tussen wal en schip vallen, en geen kind hoort
    thuis te zitten.

    Wij streven ernaar dat zoveel mogelijk kinderen onderwijs volgen op een school in hun eigen omgeving. Waar
    dat niet kan, zoeken we samen naar maatwerk. Dat maatwerk kan er voor ieder kind anders uitzien; daarom
    leggen wij in dit plan niet alles vast, maar geven wij scholen de ruimte om samen met ouders te kijken
    wat werkt.

    Onze koers rust op vier pijlers:""")
    d.ul([
        "Vertrouwen: we gaan uit van de deskundigheid van scholen en leerkrachten.",
        "Eigenaarschap: scholen en besturen zijn zelf verantwoordelijk voor goede ondersteuning.",
        "Samenwerking: we doen het samen, met elkaar en met onze partners.",
        "Ontwikkeling: we blijven leren en verbeteren.",
    ])
    d.p("""Deze pijlers komen terug in alles wat we doen. Ze zijn het kompas waarop wij varen, ook als het
    spannend wordt. Passend onderwijs is geen eindbestemming maar een reis, en die reis maken we samen.""")
    d.h2("2.1 Wat betekent onze koers?")
    d.p("""Voor leerkrachten betekent onze koers dat zij er niet alleen voor staan. Wanneer een leerkracht
    handelingsverlegen is, kan hij of zij rekenen op collega’s, op de intern begeleider en waar nodig op het
    samenwerkingsverband. Voor kinderen betekent het dat er naar hen wordt gekeken als unieke personen, met
    eigen talenten en eigen behoeften. Voor ouders betekent het dat zij serieus worden genomen als
    gesprekspartner, en dat er naar hen wordt geluisterd.

    Voor schoolbesturen betekent onze koers dat zij ruimte krijgen om passend onderwijs vorm te geven op een
    manier die bij hun scholen past. Die ruimte brengt ook verantwoordelijkheid met zich mee. Wij verwachten
    van besturen dat zij die verantwoordelijkheid nemen en dat zij elkaar daarop aanspreken.

    Voor het samenwerkingsverband zelf betekent onze koers dat wij dienstbaar zijn aan de scholen. Wij
    zijn er niet om te controleren, maar om te verbinden en te faciliteren. Dat vraagt van ons een open
    houding, nieuwsgierigheid en de bereidheid om te blijven leren.""")
    d.h1("3. Ondersteuning op school")
    d.p("""De basis van passend onderwijs ligt op school. Iedere school in Kempenrand heeft een eigen
    profiel en eigen mogelijkheden. Iedere school beschrijft in haar schoolgids welke ondersteuning zij
    biedt aan leerlingen en hoe zij dat organiseert. Ouders kunnen in de schoolgids lezen wat zij van de
    school mogen verwachten.

    Wij vinden het belangrijk dat de basiskwaliteit op alle scholen op orde is, en dat scholen
    handelingsgericht werken en hun onderwijs zo goed mogelijk afstemmen op de onderwijsbehoeften van hun
    leerlingen. Hoe zij dat doen, bepalen de scholen zelf.

    In de komende planperiode willen wij samen met de scholen werken aan een gezamenlijke ambitie voor de
    basisondersteuning. Welke afspraken we daarover maken, wordt in de loop van 2027 uitgewerkt in een
    werkgroep van intern begeleiders en directeuren. Daarbij houden we rekening met de landelijke
    ontwikkelingen rond een norm voor basisondersteuning.

    Wanneer een school handelingsverlegen is, kan zij een beroep doen op het samenwerkingsverband. Samen
    kijken we dan naar wat nodig is. Dat kan bijvoorbeeld een arrangement zijn. We werken daarbij zo
    veel mogelijk vraaggericht en zonder onnodige bureaucratie. Er is geen vast menu: we zoeken samen naar
    maatwerk.

    Wij geloven niet in dikke dossiers. Wij geloven in het goede gesprek. Daarom organiseren wij, waar nodig,
    een gesprek aan tafel met de school, de ouders en de mensen die iets kunnen betekenen voor het kind.""")
    d.h2("3.1 Leerkrachten maken het verschil")
    d.p("""Goede ondersteuning staat of valt met goede leerkrachten. Wij willen leerkrachten daarom
    ondersteunen in hun vakmanschap. Het samenwerkingsverband organiseert elk jaar een inspiratiemiddag
    voor leerkrachten en intern begeleiders, waarin een actueel thema centraal staat, zoals gedrag,
    hoogbegaafdheid of kansengelijkheid. Daarnaast stimuleren wij dat scholen van elkaar leren, bijvoorbeeld
    door bij elkaar op bezoek te gaan of samen studiedagen te organiseren.

    De intern begeleiders van de scholen komen vier keer per jaar samen in het IB-netwerk. Het netwerk is
    een plek om ervaringen uit te wisselen, elkaar te helpen en nieuwe ontwikkelingen te bespreken. De
    orthopedagoog van het samenwerkingsverband sluit bij het netwerk aan.

    Wij zijn ons ervan bewust dat de werkdruk in het onderwijs hoog is. Daarom willen wij de administratieve
    lasten zo laag mogelijk houden. Formulieren zijn kort, en waar het kan gebruiken we informatie die de
    school al heeft.""")
    d.h1("4. Toelaatbaarheid tot sbo en so")
    d.p("""Soms heeft een kind meer nodig dan een basisschool kan bieden, ook met extra ondersteuning. Dan kan
    het speciaal basisonderwijs of het speciaal onderwijs een passende plek zijn. Voor beide is een
    toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.

    Het samenwerkingsverband hanteert de volgende criteria. Een leerling is toelaatbaar tot het speciaal
    basisonderwijs wanneer hij of zij, ondanks ten minste een jaar extra ondersteuning op de basisschool
    die planmatig is geëvalueerd, een achterstand van meer dan anderhalf jaar heeft op twee of meer
    kernvakken en daarnaast behoefte heeft aan een kleinere groep en meer structuur dan de basisschool kan
    bieden. Een leerling is toelaatbaar tot het speciaal onderwijs wanneer hij of zij bovendien
    specialistische zorg of begeleiding nodig heeft vanwege een verstandelijke beperking (cluster 3), een
    lichamelijke beperking of langdurige ziekte (cluster 3), of ernstige gedrags- of psychiatrische
    problemen (cluster 4), die ook in het sbo niet kan worden geboden. Een diagnose alleen is geen reden
    voor een TLV.

    Hoe een TLV wordt aangevraagd, welke documenten daarvoor nodig zijn en wat de termijnen zijn, leest u
    op onze website www.kempenrand-po.nl/tlv. Daar vindt u ook de formulieren.""")
    d.h1("5. Middelen")
    d.p("""Het samenwerkingsverband ontvangt van de overheid geld voor passend onderwijs. Wij vinden dat dit
    geld zo veel mogelijk in de scholen moet worden ingezet, dicht bij de kinderen. Daarom gaat het grootste
    deel rechtstreeks naar de schoolbesturen.

    De verdeling werkt als volgt. Nadat de verplichte afdrachten voor het speciaal (basis)onderwijs zijn
    betaald, ontvangt ieder schoolbestuur € 142 per leerling, op basis van het aantal leerlingen op 1
    oktober van het voorafgaande jaar. Daarnaast houdt het samenwerkingsverband een bedrag van € 35 per
    leerling achter in een solidariteitsfonds. Scholen die door bijzondere omstandigheden (bijvoorbeeld
    een plotselinge toename van leerlingen met een grote ondersteuningsbehoefte) niet uitkomen, kunnen bij
    dit fonds een aanvraag doen. Het bestuur beslist over die aanvragen op basis van een onderbouwing van
    het schoolbestuur, eens per kwartaal.

    De besturen zijn vrij om de middelen in te zetten op een manier die past bij hun scholen, zolang het
    ten goede komt aan de ondersteuning van leerlingen. Wij vertrouwen op de professionaliteit van de
    besturen.

    De begroting en meerjarenbegroting worden jaarlijks afzonderlijk door het bestuur vastgesteld en zijn
    voor belangstellenden op te vragen bij het bureau.""")
    d.h1("6. Kwaliteit")
    d.p("""Wij willen weten of wat we doen ook werkt. Daarom houden we de ontwikkelingen goed in de gaten.

    Het bureau volgt ieder kwartaal een vaste set gegevens: het aantal afgegeven TLV’s voor sbo en so, het
    aantal aanvragen bij het solidariteitsfonds, het deelnamepercentage sbo en so ten opzichte van het
    landelijk gemiddelde (op de teldatum 1 oktober), het aantal thuiszitters volgens de opgave van de
    leerplichtambtenaren en het aantal leerlingen met een vrijstelling. Deze gegevens komen uit de
    administratie van het bureau, de DUO-tellingen en de leerplichtadministratie. Twee keer per jaar bespreekt
    de directeur een rapportage met deze gegevens met het bestuur en de OPR. Daarnaast houden we eens per twee
    jaar een tevredenheidspeiling onder intern begeleiders en ouders. In het jaarverslag, dat voor 1 juli op
    de website staat, beschrijven we wat we in het afgelopen jaar hebben bereikt.

    Welke resultaten wij in deze planperiode willen bereiken, bepalen we nadat in schooljaar 2026-2027 een
    nulmeting is uitgevoerd. Het is niet verstandig om nu al doelen te stellen zonder een goed beeld van de
    beginsituatie.""")
    d.h1("7. Ouders")
    d.p("""Ouders zijn onze belangrijkste partners. Zij kennen hun kind als geen ander. Daarom betrekken
    scholen ouders vanaf het eerste moment dat er zorgen zijn over de ontwikkeling van hun kind, en worden
    ouders altijd uitgenodigd voor het gesprek aan tafel.

    Wij vinden het belangrijk dat ouders goed weten welke ondersteuning er in onze regio is. Daarom
    informeren wij ouders op verschillende manieren:""")
    d.ul([
        "Op de ouderpagina van onze website staat uitleg over passend onderwijs, over de ondersteuning die scholen bieden, over het speciaal basisonderwijs en het speciaal onderwijs en over de TLV.",
        "De ouderbrochure ‘Samen dichtbij’ geeft in eenvoudige taal uitleg over passend onderwijs in Kempenrand. Scholen geven deze brochure aan ouders wanneer hun kind extra ondersteuning krijgt.",
        "In de schoolgids van iedere school staat wat de school biedt en waar ouders meer informatie kunnen vinden.",
        "Eén keer per jaar houden wij een informatieavond voor ouders, samen met de scholen voor speciaal (basis)onderwijs.",
    ])
    d.p("""Met vragen kunnen ouders in eerste instantie terecht bij de leerkracht of de intern begeleider van
    de school. Komen ouders en school er samen niet uit, dan kunnen ouders contact opnemen met het bureau van
    het samenwerkingsverband. De orthopedagoog van het samenwerkingsverband denkt dan mee. Een ouder- en
    jeugdsteunpunt richten wij in de loop van de planperiode in, zodra de landelijke regels daarover
    duidelijk zijn.""")
    d.h1("8. Bestuur en medezeggenschap")
    d.p("""Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de zes
    aangesloten schoolbesturen. Twee onafhankelijke leden houden toezicht. De directeur voert het dagelijks
    beleid en legt verantwoording af aan het bestuur.

    De ondersteuningsplanraad (OPR) bestaat uit zes leden: drie ouders en drie personeelsleden. De OPR heeft
    instemmingsrecht op het ondersteuningsplan en heeft op 12 maart 2026 ingestemd met dit plan. Wij zijn de
    OPR dankbaar voor de kritische vragen en de goede gesprekken.""")
    d.p("""De OPR vergadert vier keer per jaar. Op de agenda staan onder meer de begroting, het
    jaarverslag en de voortgang van het ondersteuningsplan. De leden van de OPR worden gekozen door en uit
    de medezeggenschapsraden van de scholen. De OPR heeft een eigen reglement en wordt ondersteund door een
    ambtelijk secretaris.""")
    d.h2("8.1 Privacy")
    d.p("""Het samenwerkingsverband gaat zorgvuldig om met de gegevens van kinderen en ouders. Wij verwerken
    alleen gegevens die nodig zijn voor onze taken, en wij bewaren ze niet langer dan nodig. Hoe wij dat
    doen, staat in onze privacyverklaring op de website. Het samenwerkingsverband heeft een functionaris
    gegevensbescherming. Medewerkers van het bureau hebben een geheimhoudingsplicht, en gegevens worden
    alleen gedeeld met toestemming van ouders, tenzij de wet iets anders voorschrijft. Ouders kunnen altijd
    vragen welke gegevens wij over hun kind hebben.""")
    d.h1("9. Samenwerking")
    d.p("""Passend onderwijs doen we niet alleen. Het concept van dit plan is op 5 maart 2026 in het
    op overeenstemming gericht overleg besproken met de wethouders van de drie gemeenten; zij hebben
    ingestemd met het plan. Ook is het plan besproken met het samenwerkingsverband voortgezet onderwijs in
    de regio.

    Wij geloven in de kracht van netwerken. Goede contacten met partners maken het mogelijk om snel te
    schakelen wanneer dat nodig is. Wij investeren daarom in relaties, in elkaar kennen en in elkaar
    vertrouwen. Dat vraagt tijd, maar het levert veel op.""")
    d.h2("9.1 Landelijke ontwikkelingen")
    d.p("""Passend onderwijs is volop in beweging. De landelijke overheid werkt aan een norm voor
    basisondersteuning, aan een sterkere positie van ouders en leerlingen en aan het verder verbeteren van
    passend onderwijs. Wij volgen deze ontwikkelingen op de voet. Waar dat nodig is, passen wij ons beleid
    aan. Wijzigingen van dit plan leggen wij altijd eerst voor aan de OPR.

    Wij zien de landelijke ontwikkelingen als een kans. Een landelijke norm kan helpen om duidelijker te
    maken wat ouders van iedere school mogen verwachten. En een sterkere positie van ouders en leerlingen
    past bij onze overtuiging dat ouders onmisbare partners zijn. Tegelijk willen wij voorkomen dat nieuwe
    regels leiden tot meer bureaucratie. Wij blijven daarom zoeken naar een goede balans tussen heldere
    afspraken en ruimte voor maatwerk.""")
    d.h1("10. Tot slot")
    d.p("""Dit plan is een plan op hoofdlijnen. Het geeft richting, maar laat ruimte voor de scholen om
    passend onderwijs op hun eigen manier vorm te geven. Wij zijn ervan overtuigd dat passend onderwijs het
    best tot zijn recht komt wanneer de mensen die het doen de ruimte krijgen.

    Een plan op hoofdlijnen vraagt om vertrouwen. Vertrouwen dat scholen en besturen doen wat nodig is.
    Vertrouwen dat ouders en scholen elkaar weten te vinden. En vertrouwen dat we samen de goede dingen
    doen voor de kinderen in onze regio. Dat vertrouwen is er; dat hebben we de afgelopen jaren gemerkt.
    We zullen het met elkaar moeten blijven waarmaken.

    Wij kijken uit naar de komende vier jaar. Er is veel werk te doen. De kinderen in onze regio verdienen
    het beste onderwijs dat wij samen kunnen bieden. Daar zetten wij ons met elkaar voor in. Samen dichtbij.

    Heeft u vragen over dit plan? Neem dan contact op met het bureau van het samenwerkingsverband via
    info@kempenrand-po.nl.""")
    d.h1("Begrippen")
    d.ul([
        "Arrangement: extra ondersteuning voor een kind of groep.",
        "Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband ten minste bieden, zoals een intern begeleider, een dyslexieprotocol en een aanpak voor gedrag.",
        "Dekkend aanbod: voor ieder kind een passende plek.",
        "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en kinderen.",
        "Terugplaatsing: terugkeer van een leerling uit het sbo of so naar de basisschool.",
        "TLV: toelaatbaarheidsverklaring.",
    ])
    return d


def label_p5():
    return dict(
        sector="po",
        crit=crits(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                    "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
                    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                    "ouders.steunpunt"]),
        advisory={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 leaves support to each school's schoolgids ('eigen profiel') and defers a common ambition to a 2027 werkgroep; 'basiskwaliteit op orde' and HGW are generic. The only SWV-wide definition with content is in the Begrippen list.",
            "plaatsing": "Ch. 4 states sbo and so criteria; the procedure (who applies, documents, terms, who decides) is only 'op onze website www.kempenrand-po.nl/tlv'.",
            "terugstroom": "Nothing in the body; 'Terugplaatsing' occurs only in the site navigation and the Begrippen list.",
            "financien": "Ch. 5 'Middelen': verdeling concrete (EUR 142 per leerling after afdrachten, EUR 35 solidariteitsfonds with quarterly decisions); begroting/meerjarenbegroting only 'op te vragen bij het bureau'.",
            "dekkend-aanbod": "No continuum, no gap approach, no cooperation content: vision slogans ('geen kind hoort thuis te zitten', 'maatwerk', 'arrangement') and a procedural OOGO date in ch. 9 only.",
            "resultaten": "Ch. 6: concrete monitoring (quarterly indicators, sources, half-yearly report to bestuur and OPR, jaarverslag); goals deferred until after a 2026-2027 nulmeting.",
            "ouders": "Ch. 7: website ouderpagina, brochure, schoolgids, annual information evening; help only via teacher/IB or the SWV's own bureau, OJSP 'richten wij in de loop van de planperiode in' - no independent help.",
        })


# ==================================================================================================
# N – not a plan of a samenwerkingsverband: a school's own annual "ondersteuningsplan" (zorgplan)
# of a basisschool, full of SWV vocabulary (basisondersteuning, TLV, arrangement, ouders, middelen).
# ==================================================================================================
def build_n():
    d = Doc(header="OBS De Wilgenhoek – Ondersteuningsplan schooljaar 2025-2026",
            footer="Vastgesteld door de directie na advies van de MR, september 2025")
    d.title("Ondersteuningsplan 2025-2026")
    d.sub("Openbare basisschool De Wilgenhoek, Valkenhorst – onderdeel van Stichting Openbaar Onderwijs Lingeland")
    d.toc(["1 Inleiding", "2 Visie op ondersteuning", "3 De ondersteuningsstructuur (niveau 1 t/m 5)",
           "4 Basisondersteuning op De Wilgenhoek", "5 Extra ondersteuning, arrangementen en TLV",
           "6 Ouders", "7 Middelen en formatie", "8 Evaluatie en doelen 2025-2026", "9 Zorgkalender"])
    d.h1("1 Inleiding")
    d.p("""Dit ondersteuningsplan beschrijft hoe wij op De Wilgenhoek de ondersteuning aan onze leerlingen
    organiseren. Het plan is bedoeld voor het team, voor ouders en voor de MR. Het wordt elk schooljaar
    geactualiseerd door de intern begeleider en de directeur. Het plan sluit aan bij het
    schoolondersteuningsprofiel (SOP) van onze school en bij het ondersteuningsplan van het
    samenwerkingsverband Passend Primair Onderwijs De Linge, waarbij onze school is aangesloten.

    De Wilgenhoek is een openbare basisschool met 212 leerlingen in negen groepen. Ongeveer een kwart van
    onze leerlingen heeft een extra onderwijsbehoefte, bijvoorbeeld op het gebied van taal, gedrag of
    werkhouding. Er zitten 14 leerlingen met een ontwikkelingsperspectief op school.""")
    d.h1("2 Visie op ondersteuning")
    d.p("""Op De Wilgenhoek willen wij dat ieder kind zich gezien voelt. Wij werken handelingsgericht: we
    kijken naar wat een kind nodig heeft, niet naar wat een kind mankeert. De leerkracht is de spil; de
    intern begeleider ondersteunt de leerkracht. Ouders zijn onze partners: zij kennen hun kind het best,
    en wij betrekken hen bij elke stap.""")
    d.h1("3 De ondersteuningsstructuur (niveau 1 t/m 5)")
    d.table([
        ["Niveau", "Wat", "Wie"],
        ["1", "Goed lesgeven in de groep: instructie op drie niveaus, groepsoverzicht", "leerkracht"],
        ["2", "Extra begeleiding in de groep, verlengde instructie", "leerkracht, na groepsbespreking"],
        ["3", "Specifieke interventies na leerlingbespreking met de IB’er; eventueel onderzoek", "leerkracht, IB’er"],
        ["4", "Inzet van externe deskundigen via het ondersteuningsteam (schoolconsulent SWV, jeugdverpleegkundige)", "IB’er, OT"],
        ["5", "Arrangement van het samenwerkingsverband of verwijzing naar sbo/so met TLV", "IB’er, directeur, SWV"],
    ])
    d.p("""Drie keer per jaar vinden groepsbesprekingen plaats (oktober, februari, juni), waarin de
    leerkracht en de IB’er de resultaten van de groep en de onderwijsbehoeften van leerlingen bespreken.
    Twee keer per jaar zijn er leerlingbesprekingen. Het ondersteuningsteam (OT) komt vier keer per jaar
    bijeen; ouders worden altijd uitgenodigd wanneer hun kind wordt besproken.""")
    d.h1("4 Basisondersteuning op De Wilgenhoek")
    d.p("""Het samenwerkingsverband heeft afgesproken welke basisondersteuning elke school minimaal biedt (de
    Linge-standaard). Op De Wilgenhoek voldoen wij aan alle twaalf standaarden. Concreet betekent dit voor
    onze school: een IB’er voor 0,6 fte; werken volgens het dyslexieprotocol met begeleiding door een
    leesspecialist; de Kanjertraining in alle groepen; een plusgroep op woensdagochtend; en een
    prikkelarme werkplek in iedere unit. Daarnaast bieden wij, als extra onderdeel van ons profiel, een
    taalklas voor kinderen met een taalachterstand in groep 1-2.""")
    d.h1("5 Extra ondersteuning, arrangementen en TLV")
    d.p("""Wanneer een leerling meer nodig heeft dan wij in de basisondersteuning kunnen bieden, vraagt de
    IB’er, na overleg met ouders in het OT, een arrangement aan bij het loket van het samenwerkingsverband.
    Dit schooljaar hebben vijf leerlingen een individueel arrangement (onder meer ambulante begeleiding
    vanuit het sbo). Soms blijkt dat een leerling beter op zijn plek is in het speciaal basisonderwijs of
    het speciaal onderwijs. De school vraagt dan, met instemming van ouders, een toelaatbaarheidsverklaring
    aan bij het samenwerkingsverband. De procedure en criteria daarvoor staan in het ondersteuningsplan van
    het samenwerkingsverband. Vorig schooljaar zijn twee leerlingen met een TLV naar het sbo gegaan; één
    leerling is vanuit het sbo bij ons teruggeplaatst en wordt dit jaar begeleid met een
    overgangsarrangement.""")
    d.h1("6 Ouders")
    d.p("""Ouders worden bij de start van het schooljaar uitgenodigd voor een kennismakingsgesprek. Bij zorgen
    neemt de leerkracht direct contact op met ouders. Ouders van leerlingen met een OPP bespreken het plan
    twee keer per jaar met de leerkracht en de IB’er. Informatie over de ondersteuning op school staat in de
    schoolgids en op de website van de school. Voor onafhankelijk advies kunnen ouders terecht bij het
    ouder- en jeugdsteunpunt van het samenwerkingsverband; bij klachten geldt de klachtenregeling van
    Stichting Openbaar Onderwijs Lingeland.""")
    d.h1("7 Middelen en formatie")
    d.p("""De school ontvangt via het bestuur het schoolbudget van het samenwerkingsverband (€ 135 per leerling
    plus een vaste voet van € 6.000): voor 2025-2026 in totaal € 34.620. Dit bedrag zetten wij in voor
    een onderwijsassistent (0,5 fte, € 26.000), de leesspecialist (€ 5.500) en materialen en
    scholing (€ 3.120). Voor arrangementen ontvangen wij daarnaast middelen per leerling van het
    samenwerkingsverband. De IB-formatie (0,6 fte) wordt betaald uit de lumpsum van de school.""")
    d.h1("8 Evaluatie en doelen 2025-2026")
    d.p("""Het ondersteuningsplan van vorig jaar is in juni 2025 geëvalueerd met het team. Tevreden waren we
    over de groepsbesprekingen en de plusgroep; minder tevreden over de doorlooptijd bij externe
    onderzoeken. Doelen voor dit schooljaar: (1) alle leerkrachten werken met het nieuwe groepsoverzicht;
    (2) het aantal leerlingen met een leesachterstand van meer dan een half jaar in groep 4 daalt van 9 naar
    5; (3) ouders van leerlingen met een OPP geven het oudergesprek gemiddeld minimaal een 7,5. De IB’er
    rapporteert in juni aan de directie en de MR.""")
    d.h1("9 Zorgkalender")
    d.table([
        ["Maand", "Activiteit"],
        ["september", "kennismakingsgesprekken; overdracht tussen groepen"],
        ["oktober", "groepsbespreking 1; OT"],
        ["januari/februari", "toetsweek; groepsbespreking 2; OPP-gesprekken"],
        ["maart", "OT; aanvragen arrangementen volgend schooljaar"],
        ["juni", "groepsbespreking 3; evaluatie ondersteuningsplan; OPP-gesprekken"],
    ])
    return d


# ==================================================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="holdout50_")
    try:
        # P1: docx + pdf of the same plan
        n1 = "po-delinge-ondersteuningsplan-2026-2030"
        write_docx(build_p1(), os.path.join(OUT, n1 + ".docx"))
        shutil.copy(docx_to_pdf(os.path.join(OUT, n1 + ".docx"), tmp), os.path.join(OUT, n1 + ".pdf"))
        write_label(os.path.join(OUT, n1 + ".expected.yaml"), [n1 + ".docx", n1 + ".pdf"], **label_p1())

        # P2: docx
        n2 = "vo-zuidoever-ondersteuningsplan-2026-2030"
        write_docx(build_p2(), os.path.join(OUT, n2 + ".docx"))
        write_label(os.path.join(OUT, n2 + ".expected.yaml"), [n2 + ".docx"], **label_p2())

        # P3, P4: pdf rendered from a temporary docx
        for name, build, label in [("po-waddenwold-concept-ondersteuningsplan-2026", build_p3, label_p3),
                                   ("vo-maasenheuvel-ondersteuningsplan-2026-2030", build_p4, label_p4)]:
            src = os.path.join(tmp, name + ".docx")
            write_docx(build(), src)
            shutil.copy(docx_to_pdf(src, tmp), os.path.join(OUT, name + ".pdf"))
            write_label(os.path.join(OUT, name + ".expected.yaml"), [name + ".pdf"], **label())

        # P5: html
        n5 = "po-kempenrand-ondersteuningsplan-2026-2030"
        write_html(build_p5(), os.path.join(OUT, n5 + ".html"))
        write_label(os.path.join(OUT, n5 + ".expected.yaml"), [n5 + ".html"], **label_p5())

        # N: not a plan of a samenwerkingsverband
        nn = "obs-wilgenhoek-ondersteuningsplan-2025-2026"
        write_docx(build_n(), os.path.join(OUT, nn + ".docx"))
        write_label(os.path.join(OUT, nn + ".expected.yaml"), [nn + ".docx"], "po", plan=False,
                    notes={"document": "School-level annual ondersteuningsplan (zorgplan) of one basisschool: "
                           "zorgniveaus, groepsbesprekingen, IB, own schoolbudget and school goals; it refers "
                           "to the ondersteuningsplan of SWV De Linge for TLV procedure/criteria. No SWV "
                           "markers (planperiode, OOGO, OPR, verdeelmodel for all schools), so it is not an "
                           "ondersteuningsplan of a samenwerkingsverband (domain 5.4)."})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
