#!/usr/bin/env python3
"""Generate the holdout2 sample set for opcheck.

Ten hand-labelled documents: eight ondersteuningsplannen of fictional
samenwerkingsverbanden (4 PO, 4 VO) and two documents that are NOT an SWV
ondersteuningsplan. Labels follow Part A of ../shared/domain.md (relative to
the repository root): an element is present iff every core criterion is
addressed in body text, missing iff nothing (core or advisory) is addressed,
partial otherwise. The generator re-derives every status from the criteria
and refuses inconsistent labels.

Usage (from the repository root or anywhere):
    python3 samples/holdout2/src/make_holdout2.py [--no-pdf]

Only files in samples/holdout2/ are written. PDFs are rendered with
LibreOffice (headless) and checked for a text layer with pdftotext.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for optional use)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}
ADVISORY = {
    "basisondersteuning": ["borging"],
    "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
    "terugstroom": ["monitoring"],
    "financien": ["reserves", "verantwoording"],
    "dekkend-aanbod": ["ketenpartners"],
    "resultaten": ["meetbaar"],
    "ouders": ["betrokkenheid"],
}
ELEMENTS = list(CORE)


# --------------------------------------------------------------------------
# label handling
# --------------------------------------------------------------------------
def derive_status(el, core_true, adv_true):
    cores = [core_true.get(f"{el}.{c}", False) for c in CORE[el]]
    advs = [f"{el}.{a}" in adv_true for a in ADVISORY[el]]
    if all(cores):
        return "present"
    if any(cores) or any(advs):
        return "partial"
    return "missing"


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_labels(slug, documents, sector, looks_like_plan, elements=None,
                 true_core=(), advisory=(), notes=None):
    """Write <slug>.expected.yaml after checking status consistency."""
    lines = [f"documents: [{', '.join(documents)}]   # each file checked alone gets these labels"]
    lines.append(f"sector: {sector if sector else 'null'}")
    lines.append(f"looks_like_plan: {'true' if looks_like_plan else 'false'}")
    if not looks_like_plan:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    else:
        all_core = [f"{e}.{c}" for e in ELEMENTS for c in CORE[e]]
        for c in true_core:
            if c not in all_core:
                raise SystemExit(f"{slug}: unknown core criterion {c}")
        for a in advisory:
            e, _, n = a.partition(".")
            if e not in ADVISORY or n not in ADVISORY[e]:
                raise SystemExit(f"{slug}: unknown advisory criterion {a}")
        core_map = {c: (c in true_core) for c in all_core}
        for el in ELEMENTS:
            st = derive_status(el, core_map, set(advisory))
            if elements[el] != st:
                raise SystemExit(f"{slug}: label {el}={elements[el]} but criteria give {st}")
        lines.append("elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in all_core:
            lines.append(f"  {c}: {'true' if core_map[c] else 'false'}")
        lines.append("# advisory criteria addressed (informative, not part of the contract): "
                     + (", ".join(sorted(advisory)) or "none"))
    notes = notes or {}
    if notes:
        lines.append("notes:")
        for k, v in notes.items():
            lines.append(f"  {k}: {q(v)}")
    else:
        lines.append("notes: {}")
    path = os.path.join(OUT, f"{slug}.expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


class Doc:
    def __init__(self, header=None, footer=None, font="Calibri", size=11):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        sec = self.d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
        sec.different_first_page_header_footer = True
        if header:
            hp = sec.header.paragraphs[0]
            hp.text = header
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in hp.runs:
                r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        if footer is not None:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(footer + ("  |  " if footer else "") + "pagina ")
            r.font.size = Pt(8)
            r2 = fp.add_run(); r2.font.size = Pt(8)
            _field(r2, "PAGE")

    # headings -------------------------------------------------------------
    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def hb(self, text, size=13):
        """unnumbered bold line (Normal style) used as heading"""
        p = self.d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
        return p

    def hcaps(self, text):
        p = self.d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text.upper()); r.font.size = Pt(11)
        return p

    # body -----------------------------------------------------------------
    def p(self, text, italic=False, bold=False, size=None, align=None):
        para = self.d.add_paragraph()
        r = para.add_run(text); r.italic = italic; r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    def ps(self, *texts):
        for t in texts:
            self.p(t)

    def bullets(self, items, numbered=False):
        style = "List Number" if numbered else "List Bullet"
        for it in items:
            self.d.add_paragraph(it, style=style)

    def table(self, rows, widths=None, header=True, size=9):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                r = c.paragraphs[0].add_run(str(cell))
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        self.d.add_paragraph()
        return t

    def caption(self, text):
        self.p(text, italic=True, size=9)

    def pagebreak(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def toc(self, entries, title="Inhoudsopgave"):
        self.hb(title, 14)
        for e, pg in entries:
            para = self.d.add_paragraph()
            para.paragraph_format.space_after = Pt(1)
            dots = "." * max(4, 78 - len(e) - len(str(pg)))
            para.add_run(f"{e} {dots} {pg}").font.size = Pt(10)

    def title_page(self, lines, sub=None):
        for _ in range(6):
            self.d.add_paragraph()
        for i, ln in enumerate(lines):
            self.p(ln, bold=(i == 0), size=(24 if i == 0 else 14), align="center")
        if sub:
            self.d.add_paragraph()
            for s in sub:
                self.p(s, size=10, align="center")
        self.pagebreak()

    def save(self, path):
        self.d.save(path)


def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    prof = tempfile.mkdtemp(prefix="lo_holdout2_")
    try:
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    if len(txt.strip()) < 500:
        raise SystemExit(f"{pdf}: no usable text layer")
    return pdf


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    for ln in out.splitlines():
        if ln.startswith("Pages:"):
            return int(ln.split()[1])
    return -1


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        fh.write(text.strip() + "\n")


# ==========================================================================
# common filler: fictional schools
# ==========================================================================
PLACES = ["Vlietdorp", "Ommerkerk", "Ravensloot", "Holtmeer", "Breedeveen", "Sluiswijk",
          "Gaasterhoek", "Lindeweer", "Oudebrug", "Kranenburg-Vliet"]
STREETS = ["Kerkstraat", "Schoolweg", "Populierenlaan", "Dorpsstraat", "Molenweg", "Beukenlaan",
           "Julianastraat", "Vlietkade", "Esdoornhof", "Brederodelaan", "Spoorsingel", "Weteringpad"]
PO_NAMES = ["De Kwikstaart", "Het Palet", "De Regenboog", "Kindcentrum Vlieteiland", "De Wegwijzer",
            "Sint Jozef", "De Fontein", "Het Kompas (Ommerkerk)", "De Lisdodde", "Prins Willem-Alexander",
            "De Zonnewijzer", "IKC De Boomgaard", "Dr. Schaepmanschool", "De Schakel", "Het Vlot",
            "De Triangel", "Koningin Julianaschool", "De Holtmeerse Wielen", "Het Anker", "De Tweemaster",
            "Sint Maarten", "De Horizon (sbo)", "De Klimop", "Kindcentrum Oudebrug", "De Vuurvogel",
            "De Wilgenhoek", "Montessorischool Vliet", "De Plataan", "Het Mozaïek", "De Brug",
            "Jenaplanschool De Kring", "De Meander", "Sint Bernardus", "De Zeven Sprongen", "Het Baken",
            "SO De Rietkraag (cluster 4)", "De Toermalijn", "De Achtbaan", "Het Startpunt", "De Notenkraker",
            "SO/VSO Kranenburg (cluster 3)", "De Vliedberg", "De Springplank", "Sbo Het Drieluik", "De Parel"]
BOARDS = ["Stichting Vliet Onderwijs", "Katholieke Stichting Primair Onderwijs Ommerland (KSPO)",
          "Stichting Openbaar Onderwijs Ravensloot-Holtmeer", "Vereniging Christelijk Onderwijs De Wissel",
          "Stichting Jenaplan Vlietstreek", "Stichting Speciaal Onderwijs Kranenburg"]


def school_rows(names, seed=3):
    rows = [["Nr.", "School", "Bestuur", "Adres", "Plaats", "Lln. 1-10-2025"]]
    for i, n in enumerate(names):
        place = PLACES[(i * seed) % len(PLACES)]
        street = STREETS[(i * 7 + seed) % len(STREETS)]
        nr = 3 + (i * 13) % 97
        pc = f"{2800 + (i * 37) % 180} {chr(65 + i % 23)}{chr(66 + (i * 5) % 23)}"
        board = BOARDS[(i + seed) % len(BOARDS)]
        if "sbo" in n.lower() or "SO" in n:
            board = BOARDS[5] if "SO" in n else BOARDS[0]
        lln = 60 + (i * 53) % 380
        rows.append([str(i + 1), n, board, f"{street} {nr}, {pc}", place, str(lln)])
    return rows


# ==========================================================================
# 1. PO — very thorough plan, docx + pdf, everything present
# ==========================================================================
def build_po_ommeland(pdf=True):
    slug = "po-ommeland-vliet-op2026"
    swv = "Samenwerkingsverband Passend Primair Onderwijs Ommeland-Vliet"
    d = Doc(header="SWV PO Ommeland-Vliet (PO 29-12)  |  Ondersteuningsplan 2026-2030",
            footer="Ondersteuningsplan 2026-2030")
    d.title_page(["Ondersteuningsplan 2026-2030", swv, "PO 29-12"],
                 ["Elk kind telt, elk kind hoort erbij",
                  "Vastgesteld door het bestuur op 24 maart 2026",
                  "Instemming ondersteuningsplanraad: 10 maart 2026",
                  "Op overeenstemming gericht overleg met de gemeenten Vlietdorp, Ommerkerk en Ravensloot: 3 februari 2026",
                  "Planperiode: 1 augustus 2026 – 31 juli 2030"])
    d.toc([("Voorwoord", 3), ("1 Inleiding en leeswijzer", 4), ("2 Terugblik op 2022-2026", 5),
           ("3 Ons samenwerkingsverband in cijfers", 7), ("4 Missie, visie en kernwaarden", 9),
           ("5 Basisondersteuning", 10), ("6 Extra ondersteuning en een dekkend aanbod", 13),
           ("7 Toelaatbaarheid tot sbo en so", 16), ("8 Terugplaatsing en overplaatsing", 19),
           ("9 Ouders", 21), ("10 Samenwerking met gemeenten en jeugdhulp", 22),
           ("11 Kwaliteitszorg en resultaten", 23), ("12 Professionalisering en kennisdeling", 25),
           ("13 Financiën", 26), ("14 Organisatie, governance en medezeggenschap", 29),
           ("15 Jaarplanning", 30), ("Bijlage 1 Overzicht scholen", 31),
           ("Bijlage 2 Begrippenlijst", 33), ("Bijlage 3 Lijst van afkortingen", 35)])
    d.pagebreak()

    d.h("Voorwoord", 1)
    d.ps("Voor u ligt het ondersteuningsplan 2026-2030 van ons samenwerkingsverband. Het is het derde plan sinds de invoering van de Wet passend onderwijs in 2014 en het eerste dat wij volledig samen met de ondersteuningsplanraad, de schoolbesturen, de intern begeleiders en een klankbordgroep van ouders hebben geschreven.",
         "De afgelopen vier jaar waren bewogen. De krapte op de arbeidsmarkt raakte onze scholen hard, het aantal kinderen met een complexe ondersteuningsvraag nam toe en de wachtlijsten in de jeugdhulp werden langer. Tegelijkertijd zagen wij prachtige voorbeelden van scholen die kinderen vasthielden die een paar jaar eerder nog naar het speciaal onderwijs zouden zijn verwezen. Die beweging willen wij versterken.",
         "Dit plan is concreet waar het kan. Ouders moeten kunnen lezen wat zij van elke school mogen verwachten, hoe de weg naar het speciaal (basis)onderwijs verloopt en weer terug, waar het geld naartoe gaat en welke resultaten wij willen halen. Waar wij nog zoeken, zeggen wij dat eerlijk.",
         "Ik dank iedereen die heeft meegeschreven, meegelezen en kritische vragen heeft gesteld. In het bijzonder dank ik de leden van de ondersteuningsplanraad, die met hun vragen over de terugplaatsing en de verdeling van de middelen het plan beter hebben gemaakt.",
         "Drs. M.J. (Marieke) Tolsma-de Graaf\nDirecteur-bestuurder")
    d.pagebreak()

    d.h("1 Inleiding en leeswijzer", 1)
    d.h("1.1 Wettelijk kader", 2)
    d.ps("Artikel 18a van de Wet op het primair onderwijs (WPO) verplicht elk samenwerkingsverband om ten minste eens in de vier jaar een ondersteuningsplan vast te stellen. In dit plan beschrijven wij hoe wij een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen realiseren, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doormaken en leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen.",
         "Het plan is voorgelegd aan de ondersteuningsplanraad (OPR), die op 10 maart 2026 instemming heeft verleend. Met de colleges van burgemeester en wethouders van de drie gemeenten in onze regio is op 3 februari 2026 het op overeenstemming gericht overleg (OOGO) afgerond. Ook is het plan besproken met het samenwerkingsverband VO Vliet-Ommeland. Het plan is vóór 1 mei 2026 toegezonden aan de Inspectie van het Onderwijs.")
    d.h("1.2 Leeswijzer", 2)
    d.ps("Hoofdstuk 2 blikt terug op de vorige planperiode. Hoofdstuk 3 geeft de kengetallen. In hoofdstuk 4 staan onze missie en visie. De hoofdstukken 5 tot en met 9 vormen de kern: basisondersteuning, extra ondersteuning en het dekkend aanbod, toelaatbaarheid, terugplaatsing en de informatie aan ouders. Hoofdstuk 11 beschrijft de beoogde resultaten en hoe wij die volgen, hoofdstuk 13 de financiën inclusief de meerjarenbegroting. De bijlagen bevatten een overzicht van de scholen, een begrippenlijst en een lijst van afkortingen.",
         "Waar in dit plan 'school' staat, bedoelen wij elke vestiging van een school die onder ons samenwerkingsverband valt, inclusief de nevenvestigingen.")
    d.pagebreak()

    d.h("2 Terugblik op 2022-2026", 1)
    d.ps("In het ondersteuningsplan 2022-2026 stonden vier speerpunten centraal: (1) versterken van de basisondersteuning, (2) snellere toewijzing van arrangementen, (3) terugdringen van het aantal thuiszitters en (4) betere samenwerking met de jeugdhulp. Hieronder blikken wij per speerpunt terug. De volledige evaluatie is besproken met de OPR en het bestuur in november 2025.")
    d.h("2.1 Versterken van de basisondersteuning", 2)
    d.ps("Alle 45 scholen hebben in de planperiode minimaal één audit basisondersteuning gehad. In 2022 voldeden 31 scholen op alle standaarden, in 2025 waren dat er 40. De vijf scholen die nog niet op alle standaarden voldoen, hebben een verbeterplan met ondersteuning van een consulent van het samenwerkingsverband.")
    d.h("2.2 Snellere toewijzing", 2)
    d.ps("De gemiddelde doorlooptijd van aanvraag tot besluit over een arrangement daalde van 7,5 week in 2022 naar 4,1 week in 2025. Voor toelaatbaarheidsverklaringen daalde de doorlooptijd van 6,8 naar 4,9 week. De streefwaarde van 4 weken is voor arrangementen vrijwel gehaald, voor TLV's niet.")
    d.h("2.3 Thuiszitters", 2)
    d.ps("Het aantal absoluut verzuimers en langdurig relatief verzuimers (langer dan vier weken) daalde van 14 op de teldatum 1 oktober 2022 naar 6 op 1 oktober 2025. Het aantal vrijstellingen op grond van artikel 5 onder a van de Leerplichtwet bleef met 9 nagenoeg gelijk.")
    d.h("2.4 Samenwerking met jeugdhulp", 2)
    d.ps("In alle drie gemeenten is een schoolmaatschappelijk werker verbonden aan elke school. Het project 'Zorg in de klas' liep op acht scholen; de evaluatie is positief en het project wordt structureel. Minder goed ging de aansluiting met de specialistische jeugd-GGZ: de wachttijd bedroeg in 2025 gemiddeld 23 weken.")
    d.table([["Indicator", "Streefwaarde 2026", "Stand 2022", "Stand 2025", "Oordeel"],
             ["Scholen op niveau basisondersteuning", "45 van 45", "31", "40", "deels gehaald"],
             ["Doorlooptijd arrangement (weken)", "≤ 4", "7,5", "4,1", "vrijwel gehaald"],
             ["Deelnamepercentage sbo (1 okt.)", "≤ 1,80%", "2,05%", "1,86%", "deels gehaald"],
             ["Deelnamepercentage so (1 okt.)", "≤ 1,60%", "1,74%", "1,58%", "gehaald"],
             ["Thuiszitters (> 4 weken)", "≤ 5", "14", "6", "deels gehaald"],
             ["Terugplaatsingen naar regulier per jaar", "≥ 12", "7", "13", "gehaald"]],
            widths=[6, 2.6, 2, 2, 2.6])
    d.caption("Tabel 1. Bereikte resultaten planperiode 2022-2026 (bron: jaarverslagen 2022 t/m 2025, DUO-telling).")
    d.pagebreak()

    d.h("3 Ons samenwerkingsverband in cijfers", 1)
    d.ps("Het samenwerkingsverband omvat het grondgebied van de gemeenten Vlietdorp, Ommerkerk en Ravensloot. Zes schoolbesturen zijn aangesloten met samen 41 basisscholen, 2 scholen voor speciaal basisonderwijs en 2 scholen voor speciaal onderwijs (cluster 3 en cluster 4) binnen de regio. Daarnaast gaan kinderen uit onze regio naar so-scholen buiten de regio, vooral in Kranenburg en Gaasterhoek.")
    d.table([["Teldatum 1 oktober", "2021", "2022", "2023", "2024", "2025"],
             ["Basisonderwijs", "10.912", "10.847", "10.790", "10.702", "10.655"],
             ["Speciaal basisonderwijs", "226", "223", "214", "206", "199"],
             ["Speciaal onderwijs (cl. 3 en 4)", "191", "189", "178", "172", "169"],
             ["Totaal", "11.329", "11.259", "11.182", "11.080", "11.023"]],
            widths=[5, 2, 2, 2, 2, 2])
    d.caption("Tabel 2. Leerlingaantallen samenwerkingsverband (bron: DUO).")
    d.table([["Deelnamepercentage", "2021", "2022", "2023", "2024", "2025", "Landelijk 2025"],
             ["sbo", "2,00%", "2,05%", "1,97%", "1,92%", "1,86%", "1,86%"],
             ["so", "1,69%", "1,74%", "1,65%", "1,61%", "1,58%", "1,75%"]],
            widths=[4, 1.7, 1.7, 1.7, 1.7, 1.7, 2.5])
    d.caption("Tabel 3. Deelnamepercentages (bron: DUO, Kijkglas).")
    d.ps("Het aantal leerlingen daalt licht, met gemiddeld 0,7% per jaar. Volgens de prognose van de gemeenten zet die daling door tot 2028 en stabiliseert het aantal daarna. De daling is het sterkst in de kleine kernen van Ravensloot. Dit heeft gevolgen voor de middelen die wij ontvangen (zie hoofdstuk 13).")
    d.h("3.1 Organogram", 2)
    d.ps("Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur en wordt benoemd door de Raad van Toezicht (RvT). De RvT bestaat uit vijf leden, van wie drie op voordracht van de schoolbesturen en twee onafhankelijke leden. De bestuurders van de aangesloten schoolbesturen vormen samen het Bestuurlijk Overleg, dat adviseert over de begroting en het ondersteuningsplan.",
         "Onder de directeur-bestuurder werken het Ondersteuningsloket (coördinator, twee orthopedagogen, administratief medewerker), het team consulenten passend onderwijs (zes consulenten, 4,8 fte), de Commissie van Toelaatbaarheid (CvT) en het bedrijfsbureau (financiën, secretariaat, communicatie). In totaal werken 14 mensen (10,6 fte) bij het samenwerkingsverband.")
    d.pagebreak()

    d.h("4 Missie, visie en kernwaarden", 1)
    d.ps("Missie. Elk kind in Ommeland-Vliet krijgt onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis en zo veel mogelijk samen met andere kinderen uit de buurt.",
         "Visie. Wij geloven dat passend onderwijs begint in de groep, bij een leraar die zich gesteund weet door een sterk schoolteam. Het samenwerkingsverband faciliteert, verbindt en stelt grenzen waar dat nodig is. Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar een label.",
         "Kernwaarden. Dichtbij – Samen – Eerlijk – Lerend.")
    d.bullets(["Dichtbij: ondersteuning wordt zo thuisnabij mogelijk georganiseerd.",
               "Samen: ouders, school, samenwerkingsverband en jeugdhulp trekken samen op.",
               "Eerlijk: middelen worden transparant verdeeld en verantwoord.",
               "Lerend: wij meten wat wij doen en passen ons beleid aan op wat wij leren."])
    d.pagebreak()

    d.h("5 Basisondersteuning", 1)
    d.h("5.1 Wat verstaan wij onder basisondersteuning?", 2)
    d.ps("Basisondersteuning is het afgesproken niveau van ondersteuning dat iedere school (iedere vestiging) binnen ons samenwerkingsverband aan iedere leerling biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is voor alle 45 scholen gelijk en is vastgelegd in de Kwaliteitskaart basisondersteuning, die door alle schoolbesturen in het Bestuurlijk Overleg van 14 januari 2026 is bekrachtigd.",
         "De basisondersteuning bestaat uit vier onderdelen: (1) basiskwaliteit zoals de inspectie die beoordeelt, (2) preventieve en licht curatieve interventies, (3) de onderwijsondersteuningsstructuur van de school en (4) planmatig en handelingsgericht werken. Wat verder gaat dan de kwaliteitskaart noemen wij extra ondersteuning; daarvoor kan een school een arrangement aanvragen (hoofdstuk 6).")
    d.h("5.2 Kwaliteitskaart basisondersteuning", 2)
    d.p("Onderstaande tabel geeft de standaarden weer die ouders op elke school mogen verwachten.")
    d.table([["Domein", "Standaard: elke school …", "Zichtbaar in"],
             ["Ondersteuningsstructuur", "heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt", "SOP, jaarplanning IB"],
             ["Handelingsgericht werken", "werkt met groepsplannen of groepsoverzichten, voert drie keer per jaar groepsbesprekingen en twee keer per jaar leerlingbesprekingen", "groepsmap, notulen"],
             ["Lezen en dyslexie", "voert het Protocol Leesproblemen en Dyslexie uit, biedt signalering vanaf groep 2 en ondersteuning op niveau 1-3", "dyslexieprotocol"],
             ["Rekenen en dyscalculie", "werkt met het Protocol ERWD en biedt verlengde instructie en remediërende ondersteuning", "rekenbeleidsplan"],
             ["Sociale veiligheid en gedrag", "gebruikt een gevalideerd programma voor sociaal-emotionele ontwikkeling, monitort jaarlijks de veiligheid en heeft een anti-pestcoördinator", "monitor sociale veiligheid"],
             ["Meer- en hoogbegaafdheid", "signaleert vanaf groep 1, biedt compacten en verrijken in de groep", "beleidsplan HB"],
             ["Taal en NT2", "biedt extra taalaanbod aan leerlingen met een taalachterstand en aan nieuwkomers na de eerste opvang", "taalbeleid"],
             ["Medisch handelen", "heeft een protocol medisch handelen en medicijnverstrekking", "protocol"],
             ["Fysieke toegankelijkheid", "is rolstoeltoegankelijk of heeft afspraken met een toegankelijke school in de kern", "SOP"],
             ["Samenwerking ketenpartners", "heeft een vast aanspreekpunt bij jeugdhulp (schoolmaatschappelijk werk) en de jeugdgezondheidszorg", "sociale kaart"],
             ["Ouders", "bespreekt de ondersteuning met ouders, stelt het ontwikkelingsperspectief (OPP) op met ouders en leerling", "OPP, gespreksverslagen"]],
            widths=[3.5, 9, 3.5])
    d.caption("Tabel 4. Kwaliteitskaart basisondersteuning SWV PO Ommeland-Vliet (versie januari 2026).")
    d.h("5.3 Borging", 2)
    d.ps("Elke school neemt de basisondersteuning op in haar schoolondersteuningsprofiel en, zodra de wet dat vraagt, in de schoolgids. Eens per twee jaar voert een consulent van het samenwerkingsverband samen met een intern begeleider van een andere school een audit uit aan de hand van de kwaliteitskaart. De uitkomst wordt besproken met de directeur en het bestuur van de school.",
         "Voldoet een school op één of meer standaarden niet, dan stelt de school binnen drie maanden een verbeterplan op. Het samenwerkingsverband biedt daarbij ondersteuning van een consulent. Na een jaar volgt een hercheck. Blijft een school onder het niveau, dan bespreekt de directeur-bestuurder dit met het schoolbestuur; in het uiterste geval kan het samenwerkingsverband een deel van het schoolbudget (zie 13.2) geoormerkt toekennen aan het verbeterplan.")
    d.pagebreak()

    d.h("6 Extra ondersteuning en een dekkend aanbod", 1)
    d.h("6.1 Het ondersteuningscontinuüm", 2)
    d.p("Wij onderscheiden vijf niveaus van ondersteuning, die samen een doorlopend aanbod vormen:")
    d.table([["Niveau", "Omschrijving", "Wie"],
             ["1", "Ondersteuning in de groep (basisondersteuning)", "leraar"],
             ["2", "Extra zorg in de groep binnen de basisondersteuning", "leraar met IB"],
             ["3", "Ondersteuning binnen de school met inzet van het ondersteuningsteam en de consulent", "IB, consulent"],
             ["4", "Extra ondersteuning via een arrangement van het samenwerkingsverband (individueel of groep)", "school, loket"],
             ["5", "Speciaal basisonderwijs of speciaal onderwijs met een toelaatbaarheidsverklaring", "sbo/so, CvT"]],
            widths=[1.5, 11, 3.5])
    d.h("6.2 Arrangementen en bovenschoolse voorzieningen", 2)
    d.ps("Een school die met de basisondersteuning en het eigen schoolbudget niet uitkomt, kan bij het Ondersteuningsloket een arrangement aanvragen. Het loket beslist binnen vier weken. Een arrangement duurt maximaal één schooljaar en wordt na een half jaar geëvalueerd.",
         "Daarnaast kent het samenwerkingsverband de volgende bovenschoolse voorzieningen:")
    d.table([["Voorziening", "Doelgroep", "Capaciteit", "Locatie"],
             ["Plusklas De Uitdaging", "meer- en hoogbegaafde leerlingen groep 5-8, één dagdeel per week", "64 plaatsen", "Vlietdorp en Ommerkerk"],
             ["Voltijds HB-groep", "hoogbegaafde leerlingen met vastgelopen schoolloopbaan", "14 plaatsen", "De Fontein, Vlietdorp"],
             ["Taalklas nieuwkomers", "nieuwkomers 6-12 jaar, eerste jaar", "3 groepen", "Het Baken, Ravensloot"],
             ["Observatiegroep Jonge Kind", "kleuters met een onduidelijke ondersteuningsvraag, max. 12 weken", "8 plaatsen", "Sbo Het Drieluik"],
             ["Onderwijs-zorgarrangement 'Samen Sterk'", "leerlingen met gedrags- en ontwikkelingsproblemen die onderwijs en jeugdhulp combineren", "16 plaatsen", "SO De Rietkraag"],
             ["Ambulante begeleiding", "leerlingen in het regulier onderwijs met een ondersteuningsvraag op het gebied van gedrag of ziekte", "op aanvraag", "alle scholen"]],
            widths=[4, 6.5, 2.5, 3])
    d.caption("Tabel 5. Bovenschoolse voorzieningen.")
    d.h("6.3 Zorgplicht en aanmelding", 2)
    d.ps("Schoolbesturen hebben zorgplicht. Wanneer een school na onderzoek een aangemelde leerling niet de benodigde ondersteuning kan bieden, zoekt het bestuur binnen zes weken (eenmaal te verlengen met vier weken) een passende plek op een andere school. Het loket ondersteunt hierbij. De school die de aanmelding ontvangt, houdt de zorgplicht totdat een andere school de leerling heeft ingeschreven.")
    d.h("6.4 Witte vlekken en thuiszitters", 2)
    d.ps("Eens per jaar, in het voorjaar, maken wij samen met de schoolbesturen en de gemeenten een analyse van het dekkend aanbod: voor welke kinderen is er geen passende plek, waar zijn wachtlijsten en welke kinderen zitten thuis? Bronnen zijn de registratie van het loket, de verzuimregistratie van de leerplichtambtenaren en de signalen van de Ouder- en Jeugdsteunpunt (hoofdstuk 9).",
         "Uit de analyse van 2025 kwamen drie witte vlekken: (a) jonge kinderen met ernstige gedragsproblemen die in groep 1-2 vastlopen, (b) kinderen met een combinatie van hoogbegaafdheid en autisme, en (c) kinderen die vanwege psychische klachten langdurig niet naar school gaan. Voor (a) start in augustus 2026 een tweede observatiegroep; voor (b) een pilot met twee scholen in 2026-2027; voor (c) een gezamenlijke aanpak met de jeugd-GGZ (zie hoofdstuk 10).",
         "Dreigt een leerling thuis te komen zitten, dan meldt de school dit binnen drie schooldagen bij de leerplichtambtenaar en het loket. Binnen twee weken volgt een overleg aan de thuiszitterstafel met ouders, school, leerplicht, jeugdhulp en een consulent. De directeur-bestuurder heeft doorzettingsmacht wanneer partijen er niet uitkomen.")
    d.h("6.5 Doorgaande lijn", 2)
    d.ps("Met de voorschoolse voorzieningen is afgesproken dat kinderen met een ondersteuningsbehoefte via een warme overdracht naar de basisschool gaan. Voor de overstap naar het voortgezet onderwijs volgen wij de regionale POVO-procedure van het samenwerkingsverband VO Vliet-Ommeland; voor leerlingen uit het sbo en so is er een apart overdrachtsgesprek in februari.")
    d.pagebreak()

    d.h("7 Toelaatbaarheid tot sbo en so", 1)
    d.h("7.1 Procedure", 2)
    d.ps("Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een aanmelding, de school waar de leerling is aangemeld) vraagt de toelaatbaarheidsverklaring (TLV) aan bij het Ondersteuningsloket. De aanvraag verloopt volgens onderstaande stappen.")
    d.table([["Stap", "Wat", "Wie", "Termijn"],
             ["1", "Bespreking in het ondersteuningsteam; ouders zijn aanwezig", "school, ouders, consulent", "–"],
             ["2", "Digitale aanvraag met groeidocument/OPP, onderwijskundig rapport en zienswijze van ouders", "school (bevoegd gezag)", "–"],
             ["3", "Ontvankelijkheidstoets", "loket", "binnen 5 werkdagen"],
             ["4", "Advies van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog). Beide brengen afzonderlijk schriftelijk advies uit en zijn niet betrokken geweest bij de aanvraag.", "deskundigen", "binnen 3 weken"],
             ["5", "Besluit door de Commissie van Toelaatbaarheid (CvT) namens de directeur-bestuurder", "CvT", "binnen 6 weken na ontvangst"],
             ["6", "Toezending besluit met beide adviezen aan school en ouders", "loket", "binnen 5 werkdagen na besluit"]],
            widths=[1.2, 8.5, 3.5, 3])
    d.caption("Tabel 6. Stappen bij een aanvraag toelaatbaarheidsverklaring.")
    d.h("7.2 Criteria", 2)
    d.p("De CvT beoordeelt de aanvraag aan de hand van de volgende criteria. Aan alle criteria in de eerste drie rijen moet zijn voldaan; de vierde rij bepaalt de keuze tussen sbo en so.")
    d.table([["Criterium", "Toelichting"],
             ["1. De ondersteuningsbehoefte overstijgt de basisondersteuning én de mogelijkheden van een arrangement in het regulier onderwijs", "aantoonbaar via minimaal twee cycli handelingsgericht werken en een geëvalueerd arrangement (uitzondering: crisissituaties)"],
             ["2. Er is een ontwikkelingsperspectief met een onderbouwd uitstroomprofiel", "het OPP is met ouders besproken"],
             ["3. Het sbo of so kan de benodigde ondersteuning bieden", "de ondersteuningsbehoefte sluit aan bij het profiel van de ontvangende school"],
             ["4a. Sbo", "leerling heeft behoefte aan kleinere groepen, intensieve en specifieke didactische en pedagogische aanpak, gedurende de hele schooldag"],
             ["4b. So cluster 3", "ernstige verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte die de deelname aan het regulier en sbo onmogelijk maakt"],
             ["4c. So cluster 4", "ernstige gedrags- of psychiatrische problematiek waarbij een therapeutisch klimaat en specialistische expertise nodig zijn"]],
            widths=[7, 9])
    d.caption("Tabel 7. Criteria toelaatbaarheid.")
    d.h("7.3 Duur en bekostigingscategorie", 2)
    d.ps("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie na twee jaar. Een TLV voor het so wordt afgegeven voor twee schooljaren; bij een besluit in de loop van het schooljaar wordt het lopende jaar toegevoegd. Bij so-TLV's stelt de CvT de bekostigingscategorie vast: laag (in de regel cluster 4 en ZML), midden (LG en LZ) of hoog (MG).")
    d.h("7.4 Bezwaar", 2)
    d.ps("Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die wordt ondergebracht bij Onderwijsgeschillen. Voordat een bezwaar wordt doorgestuurd, biedt het loket ouders een gesprek aan.",
         "Leerlingen die in de regio komen wonen met een TLV van een ander samenwerkingsverband behouden die TLV tot de einddatum. Voor spoedplaatsingen kan de CvT een tijdelijke TLV van maximaal drie maanden afgeven.")
    d.pagebreak()

    d.h("8 Terugplaatsing en overplaatsing", 1)
    d.h("8.1 Ons beleid", 2)
    d.ps("Speciaal onderwijs is voor ons geen eindstation. Wij willen dat elke leerling in het sbo of so zo snel als verantwoord is terugkeert naar een reguliere school, bij voorkeur in de eigen woonkern. Voorwaarden zijn dat het ontwikkelingsperspectief dit toelaat, dat de ontvangende school de benodigde ondersteuning kan bieden (eventueel met een arrangement) en dat ouders achter de terugplaatsing staan.",
         "Bij terugplaatsing krijgt de ontvangende school standaard een terugplaatsingsarrangement van een half jaar tot een jaar: ambulante begeleiding door de sbo- of so-school en extra formatie ter waarde van € 4.500 per leerling. De kosten worden gedragen door het samenwerkingsverband.")
    d.h("8.2 Stappen", 2)
    d.table([["Moment", "Wat gebeurt er", "Wie neemt initiatief / besluit"],
             ["Jaarlijks (maart)", "Evaluatie van het OPP; bespreking of terugplaatsing in beeld is", "sbo/so-school (initiatief), ouders"],
             ["Laatste jaar van de TLV, uiterlijk 1 februari", "Verplicht perspectiefgesprek over terugplaatsing, overplaatsing of verlenging", "sbo/so-school met consulent SWV"],
             ["Na het gesprek", "Bij terugplaatsing: proefplaatsing van maximaal 6 weken op de ontvangende school", "ontvangende reguliere school"],
             ["Uiterlijk 1 mei", "Besluit: terugplaatsing (TLV eindigt per 31 juli), of aanvraag nieuwe TLV bij de CvT", "ouders + scholen; CvT bij nieuwe TLV"],
             ["Eerste jaar na terugplaatsing", "Terugplaatsingsarrangement, evaluatie na 3 en 6 maanden", "ontvangende school, consulent"]],
            widths=[4, 7.5, 4.5])
    d.caption("Tabel 8. Stappenplan terugplaatsing.")
    d.ps("Overplaatsing van sbo naar so of tussen so-scholen verloopt via een nieuwe TLV-aanvraag (hoofdstuk 7). Bij de overstap van so naar vso overlegt de so-school met het samenwerkingsverband VO.",
         "In 2024-2025 werden 13 leerlingen teruggeplaatst (9 vanuit het sbo, 4 vanuit het so). Wij volgen het aantal terugplaatsingen en het aandeel leerlingen dat na een jaar nog op de reguliere school zit (2025: 11 van 13).")
    d.pagebreak()

    d.h("9 Ouders", 1)
    d.h("9.1 Informatie", 2)
    d.ps("Ouders vinden informatie over de ondersteuning op onze website www.passendonderwijs-ommelandvliet.nl, met een aparte ouderpagina, de kwaliteitskaart basisondersteuning, uitleg over arrangementen en de stappen naar het sbo en so. Er is een ouderbrochure 'Passend onderwijs in Ommeland-Vliet' in het Nederlands, Engels, Arabisch en Pools, die elke school bij de inschrijving uitreikt. Elke school beschrijft haar ondersteuning in het schoolondersteuningsprofiel en in de schoolgids.",
         "Twee keer per jaar organiseren wij een informatieavond voor ouders, in het najaar over de overstap naar het vo en in het voorjaar over de ondersteuning in het samenwerkingsverband. Ouders kunnen op werkdagen van 9.00 tot 12.00 uur bellen met het loket.")
    d.h("9.2 Onafhankelijke ondersteuning", 2)
    d.ps("Het Ouder- en Jeugdsteunpunt Ommeland-Vliet (OJSP) helpt ouders en kinderen onafhankelijk van school en samenwerkingsverband, bijvoorbeeld bij een gesprek over een OPP of bij een meningsverschil over toelating. Het steunpunt is ondergebracht bij Stichting MEE Vlietstreek en bereikbaar via 0800-0123123 en ojsp@meevliet.nl. Signalen van ouders worden twee keer per jaar geanonimiseerd besproken met de directeur-bestuurder.",
         "Ouders kunnen ook terecht bij Onderwijsconsulenten (landelijk, gratis) en bij Ouders & Onderwijs. Klachten over het samenwerkingsverband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs; geschillen over toelating, verwijdering of het OPP gaan naar de Geschillencommissie passend onderwijs.")
    d.h("9.3 Betrokkenheid", 2)
    d.ps("Ouders zijn partner bij het opstellen en evalueren van het OPP. De helft van de ondersteuningsplanraad bestaat uit ouders. Een klankbordgroep van twaalf ouders denkt mee over beleid.")
    d.pagebreak()

    d.h("10 Samenwerking met gemeenten en jeugdhulp", 1)
    d.ps("Met de gemeenten Vlietdorp, Ommerkerk en Ravensloot voeren wij twee keer per jaar bestuurlijk overleg. In het OOGO van 3 februari 2026 zijn de volgende thema's vastgelegd: aansluiting tussen onderwijs en jeugdhulp (zorg in onderwijstijd), thuiszitters, leerlingenvervoer, onderwijshuisvesting van de sbo- en so-scholen, en de inzet van schoolmaatschappelijk werk.",
         "Voor leerlingen die onderwijs en zorg combineren, sluiten samenwerkingsverband, school en gemeente een onderwijs-zorgarrangement (OZA) af. De gemeente financiert het zorgdeel, het samenwerkingsverband het onderwijsdeel.")
    d.pagebreak()

    d.h("11 Kwaliteitszorg en resultaten", 1)
    d.h("11.1 Beoogde resultaten 2026-2030", 2)
    d.p("Voor leerlingen met een ondersteuningsbehoefte willen wij in deze planperiode de volgende resultaten bereiken:")
    d.table([["Indicator", "Nulmeting (2025)", "Streefwaarde 2028", "Streefwaarde 2030", "Bron"],
             ["Scholen die voldoen aan de kwaliteitskaart", "40 van 45", "43", "45", "audit"],
             ["Deelnamepercentage sbo + so", "3,44%", "3,30%", "3,20%", "DUO 1 okt."],
             ["Thuiszitters langer dan 4 weken", "6", "≤ 4", "≤ 2", "leerplicht"],
             ["Terugplaatsingen per jaar", "13", "≥ 14", "≥ 16", "loket"],
             ["Teruggeplaatste leerlingen na 1 jaar nog regulier", "85%", "85%", "90%", "loket"],
             ["Doorlooptijd TLV (weken)", "4,9", "≤ 4,5", "≤ 4", "loket"],
             ["Tevredenheid ouders over ondersteuning (1-10)", "7,1", "7,4", "7,5", "oudertevredenheidspeiling"],
             ["Arrangementen doel (grotendeels) gehaald", "72%", "78%", "80%", "evaluatieformulier"]],
            widths=[6, 2.5, 2.5, 2.5, 2.5])
    d.caption("Tabel 9. Beoogde resultaten met nulmeting en streefwaarden.")
    d.h("11.2 Monitoring en verantwoording", 2)
    d.ps("Wij werken volgens een PDCA-cyclus. Elk kwartaal ontvangt het bestuur een managementrapportage met de indicatoren uit tabel 9. Eens per jaar verschijnt het jaarverslag met de bereikte resultaten en de daaraan gekoppelde uitgaven; het wordt besproken met de OPR, de RvT en de schoolbesturen. In 2028 volgt een tussentijdse evaluatie van dit plan door een externe partij; de uitkomsten kunnen leiden tot een wijziging van het plan, waarvoor opnieuw instemming van de OPR nodig is.",
         "Bij elk arrangement vult de school na afloop een evaluatieformulier in (doel gehaald / deels / niet). Eens per twee jaar houden wij een tevredenheidspeiling onder ouders, intern begeleiders en directeuren.")
    d.pagebreak()

    d.h("12 Professionalisering en kennisdeling", 1)
    d.ps("Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor intern begeleiders en leraren, onder meer over gedrag in de groep, hoogbegaafdheid en het opstellen van een OPP. Daarnaast zijn er vier netwerken: IB-netwerk, netwerk gedragsspecialisten, netwerk taal/NT2 en netwerk jonge kind. De netwerkbijeenkomsten vinden zes keer per jaar plaats. Het scholingsaanbod wordt in het jaarplan uitgewerkt.")
    d.pagebreak()

    d.h("13 Financiën", 1)
    d.h("13.1 Inkomsten", 2)
    d.ps("Het samenwerkingsverband ontvangt van DUO het ondersteuningsbudget voor lichte en zware ondersteuning. Van dit budget wordt door DUO de bekostiging van leerlingen in het so afgetrokken (afdracht); voor het sbo dragen wij de groeibekostiging en de bekostiging boven 2% af via de overdrachtsregeling. Voor de so-groei hanteren wij als peildatum 1 februari.")
    d.h("13.2 Verdeling van de middelen", 2)
    d.ps("Na aftrek van de afdrachten en de kosten van de organisatie verdelen wij de middelen als volgt:")
    d.bullets(["Schoolbudget: € 165 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 5.000 per vestiging, uitgekeerd aan het schoolbestuur. Besturen zetten dit budget in voor extra ondersteuning binnen de school (niveau 3).",
               "Arrangementen: een budget van € 1,1 miljoen per jaar waaruit het loket arrangementen toekent op basis van een aanvraag. Een individueel arrangement bedraagt maximaal € 9.000 per schooljaar.",
               "Bovenschoolse voorzieningen: vaste bijdrage per voorziening op basis van het aantal plaatsen.",
               "Terugplaatsingsarrangementen: € 4.500 per teruggeplaatste leerling."])
    d.ps("Het schoolbestuur legt jaarlijks vóór 1 maart verantwoording af over de besteding van het schoolbudget via een format dat aansluit op de kwaliteitskaart. Niet bestede middelen boven 10% van het schoolbudget worden verrekend met het volgende jaar.")
    d.h("13.3 Meerjarenbegroting", 2)
    d.table([["(x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
             ["Baten: ondersteuningsbudget lichte ondersteuning", "2.480", "2.455", "2.430", "2.420", "2.415"],
             ["Baten: ondersteuningsbudget zware ondersteuning", "6.310", "6.245", "6.180", "6.160", "6.150"],
             ["Af: afdracht so (DUO)", "-3.020", "-2.990", "-2.950", "-2.930", "-2.910"],
             ["Af: overdracht sbo", "-890", "-870", "-850", "-840", "-830"],
             ["Totaal beschikbaar", "4.880", "4.840", "4.810", "4.810", "4.825"],
             ["Lasten: schoolbudgetten", "2.045", "2.030", "2.015", "2.005", "2.000"],
             ["Lasten: arrangementen", "1.100", "1.100", "1.100", "1.100", "1.100"],
             ["Lasten: bovenschoolse voorzieningen", "690", "720", "735", "735", "735"],
             ["Lasten: terugplaatsingsarrangementen", "60", "65", "70", "72", "72"],
             ["Lasten: personeel en organisatie SWV", "1.080", "1.095", "1.110", "1.120", "1.130"],
             ["Totaal lasten", "4.975", "5.010", "5.030", "5.032", "5.037"],
             ["Resultaat", "-95", "-170", "-220", "-222", "-212"]],
            widths=[7, 1.8, 1.8, 1.8, 1.8, 1.8])
    d.caption("Tabel 10. Meerjarenbegroting 2026-2030.")
    d.h("13.4 Reserves en risico's", 2)
    d.ps("De algemene reserve bedroeg op 31 december 2025 € 1,61 miljoen. De signaleringswaarde voor bovenmatige reserves is € 0,71 miljoen. De negatieve resultaten in de meerjarenbegroting zijn bewust: in vier jaar bouwen wij de reserve af tot ongeveer de signaleringswaarde. Belangrijkste risico's zijn een stijging van het aantal so-leerlingen en de daling van het leerlingaantal. De accountant controleert jaarlijks de jaarrekening.")
    d.pagebreak()

    d.h("14 Organisatie, governance en medezeggenschap", 1)
    d.ps("De stichting kent een scheiding tussen bestuur en intern toezicht volgens de Code Goed Bestuur PO. De RvT keurt de begroting, het jaarverslag en het ondersteuningsplan goed. Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel.",
         "De ondersteuningsplanraad telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert zes keer per jaar en heeft instemmingsrecht op het ondersteuningsplan.",
         "Persoonsgegevens van leerlingen worden verwerkt volgens de AVG. Gegevens die nodig zijn voor een TLV worden bewaard tot drie jaar na het besluit.")
    d.pagebreak()

    d.h("15 Jaarplanning", 1)
    d.table([["Maand", "Activiteit"],
             ["september", "Start netwerken; vaststelling jaarplan"],
             ["oktober", "Teldatum 1 oktober; oudervoorlichting overstap vo"],
             ["november", "Begroting volgend jaar in Bestuurlijk Overleg; OPR-advies"],
             ["december", "Vaststelling begroting door bestuur, goedkeuring RvT"],
             ["januari", "Audits basisondersteuning (ronde 1)"],
             ["februari", "Perspectiefgesprekken laatste TLV-jaar; peildatum so-groei"],
             ["maart", "Verantwoording schoolbudgetten; analyse dekkend aanbod"],
             ["april", "Informatieavond ouders"],
             ["mei", "Besluiten terugplaatsing; jaarverslag vorig jaar"],
             ["juni", "Evaluatie jaarplan met OPR; audits (ronde 2)"]],
            widths=[3, 13])
    d.pagebreak()

    d.h("Bijlage 1 Overzicht scholen", 1)
    d.table(school_rows(PO_NAMES), widths=[1, 4.2, 4.3, 4, 2.3, 1.6], size=7)
    d.pagebreak()
    d.h("Bijlage 2 Begrippenlijst", 1)
    gl = [("Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, duur en middelen."),
          ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school in het samenwerkingsverband biedt."),
          ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elk kind een passende plek is."),
          ("Deskundigenadvies", "Schriftelijk advies van twee deskundigen bij een aanvraag TLV."),
          ("Ontwikkelingsperspectief (OPP)", "Document met de verwachte uitstroom en de ondersteuning van een leerling."),
          ("Ouder- en Jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."),
          ("Terugplaatsing", "Overgang van een leerling van het sbo of so naar het regulier basisonderwijs."),
          ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so."),
          ("Verevening", "Herverdeling van middelen zware ondersteuning tussen samenwerkingsverbanden."),
          ("Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te zoeken.")]
    d.table([["Begrip", "Betekenis"]] + [list(x) for x in gl], widths=[5, 11])
    d.h("Bijlage 3 Lijst van afkortingen", 1)
    d.table([["Afkorting", "Betekenis"], ["CvT", "Commissie van Toelaatbaarheid"], ["HB", "hoogbegaafdheid"],
             ["IB", "intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
             ["OJSP", "Ouder- en Jeugdsteunpunt"], ["OOGO", "op overeenstemming gericht overleg"],
             ["OPR", "ondersteuningsplanraad"], ["OZA", "onderwijs-zorgarrangement"], ["RvT", "Raad van Toezicht"],
             ["sbo", "speciaal basisonderwijs"], ["so", "speciaal onderwijs"], ["SOP", "schoolondersteuningsprofiel"],
             ["TLV", "toelaatbaarheidsverklaring"]], widths=[3, 13])
    path = os.path.join(OUT, slug + ".docx")
    d.save(path)
    docs = [slug + ".docx"]
    if pdf:
        to_pdf(path); docs.append(slug + ".pdf")
    all_core = [f"{e}.{c}" for e in ELEMENTS for c in CORE[e]]
    write_labels(slug, docs, "po", True,
                 {e: "present" for e in ELEMENTS}, all_core,
                 advisory=["basisondersteuning.borging", "plaatsing.deskundigen", "plaatsing.duur-categorie",
                           "plaatsing.bezwaar", "terugstroom.monitoring", "financien.reserves",
                           "financien.verantwoording", "dekkend-aanbod.ketenpartners", "resultaten.meetbaar",
                           "ouders.betrokkenheid"],
                 notes={"general": "Very thorough plan (~30 pages): numbered Word headings, TOC, kwaliteitskaart, TLV-criteria table, terugplaatsing steps table, meerjarenbegroting 2026-2030, indicator table with nulmeting/streefwaarde; glossary and abbreviation list at the end (do not count, but content is also in body).",
                        "basisondersteuning": "Ch. 5: level for all 45 schools + kwaliteitskaart table (tabel 4); borging 5.3.",
                        "plaatsing": "Ch. 7: steps table, criteria table (sbo / so cl.3 / cl.4), two deskundigen, duration + category, LBT bezwaar.",
                        "terugstroom": "Ch. 8: policy 8.1, steps table 8.2 with moments and deciders, figures.",
                        "financien": "Ch. 13: verdeling (per leerling + vaste voet, arrangementen), meerjarenbegroting table, reserves.",
                        "dekkend-aanbod": "Ch. 6: continuum niveau 1-5 + voorzieningen table; witte vlekken/thuiszitters 6.4.",
                        "resultaten": "Ch. 11: indicator table (nulmeting/streefwaarde), PDCA monitoring 11.2; ch. 2 terugblik with achieved figures.",
                        "ouders": "Ch. 9: website/brochure/info evenings; OJSP, Onderwijsconsulenten, klachten/geschillen."})
    return slug


# ==========================================================================
# 2. PO — medium plan, unnumbered bold headings not naming the elements
# ==========================================================================
BEEKDAL_SCHOOLS = ["Het Beekdalletje", "De Watermolen", "OBS Noorderbeek", "Sint Lambertus", "De Kiezel",
                   "IKC Het Veldhuis", "De Esch", "Christelijke basisschool Het Zaadje", "De Beekloop",
                   "Sbo De Oversteek", "De Linde", "Het Klaverblad", "Sint Gertrudis", "De Speelhoeve",
                   "Daltonschool De Stroom", "SO De Wijde Blik (cluster 4)", "De Oeverzwaluw", "Het Speelwoud",
                   "De Kleine Prins", "OBS Beekhuizen"]


def build_po_beekdal(pdf=True):
    slug = "po-beekdal-noord"
    d = Doc(header="Stichting Passend Onderwijs Beekdal-Noord  ·  PO 29-21",
            footer="Ondersteuningsplan 2026-2030 – definitieve versie")
    d.title_page(["Ondersteuningsplan 2026 – 2030", "Stichting Passend Onderwijs Beekdal-Noord", "samenwerkingsverband primair onderwijs PO 29-21"],
                 ["Samen sterk voor elk kind", "Versie 1.0 – vastgesteld door het algemeen bestuur op 17 april 2026"])

    d.hb("Voorwoord", 16)
    d.ps("Beste lezer,",
         "Met trots presenteren wij het ondersteuningsplan voor de periode 2026-2030. Dit plan is tot stand gekomen in een jaar waarin we veel met elkaar hebben gesproken: met directeuren, intern begeleiders, leraren, ouders en onze partners in de gemeenten Beekhuizen en Noorderveld.",
         "Passend onderwijs is geen project, het is hoe wij naar kinderen kijken. De afgelopen jaren hebben laten zien dat onze scholen veel kunnen. Tegelijk weten we dat sommige kinderen meer nodig hebben dan een reguliere school kan geven. Voor hen willen we snel en zorgvuldig een goede plek vinden – en ook weer de weg terug.",
         "Wij danken de ondersteuningsplanraad voor de constructieve samenwerking en de instemming op 2 april 2026.",
         "Jeroen Wissink, directeur-bestuurder")
    d.hb("Over ons samenwerkingsverband", 16)
    d.ps("Stichting Passend Onderwijs Beekdal-Noord is het samenwerkingsverband voor primair onderwijs in de gemeenten Beekhuizen en Noorderveld. Vier schoolbesturen werken samen voor 18 basisscholen, één school voor speciaal basisonderwijs (Sbo De Oversteek) en één so-school voor cluster 4 (SO De Wijde Blik).",
         "Het samenwerkingsverband heeft een algemeen bestuur, gevormd door de bestuurders van de vier schoolbesturen, en een directeur-bestuurder die de dagelijkse leiding heeft. Het algemeen bestuur houdt intern toezicht. Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller (0,4 fte), drie onderwijsadviseurs en een secretaresse.")
    d.table([["Leerlingen op 1 oktober", "2023", "2024", "2025"],
             ["Basisonderwijs", "4.212", "4.166", "4.130"],
             ["Sbo De Oversteek", "118", "112", "109"],
             ["SO De Wijde Blik", "74", "77", "79"]], widths=[6, 2.5, 2.5, 2.5])
    d.hb("Waar we voor staan", 16)
    d.ps("Onze missie: ieder kind in Beekdal-Noord ontwikkelt zich op een school die past, dichtbij huis. Onze kernwaarden zijn vertrouwen, eigenaarschap en nabijheid. We kiezen voor een schoolmodel: de middelen en de verantwoordelijkheid liggen zo dicht mogelijk bij de school.",
         "Vertrouwen betekent dat wij uitgaan van de professionaliteit van leraren en directeuren. Eigenaarschap betekent dat scholen zelf beslissen hoe zij hun middelen inzetten. Nabijheid betekent dat wij kort op de scholen zitten: onze onderwijsadviseurs zijn wekelijks op de scholen te vinden.")

    d.hb("Wat elke school biedt", 16)
    d.ps("Alle scholen in Beekdal-Noord bieden hetzelfde minimale niveau van ondersteuning: de basisondersteuning. Dit niveau geldt voor iedere vestiging, ongeacht bestuur of denominatie, en is in 2025 samen met de intern begeleiders opnieuw vastgesteld. Basiskwaliteit volgens het inspectiekader is het fundament; daarbovenop komen de volgende afspraken.")
    d.p("Op elke school in ons samenwerkingsverband kunt u rekenen op:")
    d.bullets(["een intern begeleider die ten minste twee dagen per week beschikbaar is en ouders binnen een week te woord staat;",
               "een zorgstructuur met groeps- en leerlingbesprekingen (ten minste drie per jaar) en een ondersteuningsteam met de onderwijsadviseur van het samenwerkingsverband;",
               "een leesprotocol en dyslexiebeleid, inclusief vroegsignalering in groep 2 en 3 en begeleiding tot en met de doorverwijzing naar de vergoede dyslexiezorg;",
               "een rekenprotocol met aandacht voor ernstige reken-wiskundeproblemen;",
               "een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep (compacten en verrijken);",
               "een methode voor sociaal-emotionele ontwikkeling en een pestprotocol;",
               "kortdurende begeleiding in kleine groepjes bij lezen, spelling en rekenen;",
               "een ontwikkelingsperspectief (OPP) voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen;",
               "een protocol voor medische handelingen."])
    d.ps("Jaarlijks bezoekt de onderwijsadviseur elke school voor een gesprek over de basisondersteuning aan de hand van een korte checklist. De scholen beschrijven hun ondersteuning ook in hun schoolondersteuningsprofiel.")

    d.hb("Ondersteuning in lagen", 16)
    d.ps("Lukt het met de basisondersteuning niet, dan kan de school extra ondersteuning inzetten. Wij onderscheiden drie lagen:")
    d.bullets(["Extra ondersteuning binnen de school, bekostigd uit het schoolbudget (bijvoorbeeld een gedragsspecialist, een leesinterventie van 20 weken of een time-in-groep).",
               "Een arrangement van het samenwerkingsverband voor een leerling of een groep leerlingen, bijvoorbeeld een taalklas voor nieuwkomers op De Watermolen, de bovenschoolse plusklas in Beekhuizen of ambulante begeleiding door SO De Wijde Blik.",
               "Plaatsing in het speciaal basisonderwijs of speciaal onderwijs, met een toelaatbaarheidsverklaring."])
    d.ps("Daarnaast bestaat op Sbo De Oversteek een observatiegroep voor kinderen van 4 tot 7 jaar (maximaal 10 plaatsen), waar kinderen maximaal drie maanden verblijven voordat een passende vervolgplek wordt bepaald.")

    d.hb("Als het regulier onderwijs niet (meer) past", 16)
    d.ps("Soms heeft een kind zoveel ondersteuning nodig dat een plek in het sbo of so beter past. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De werkwijze is als volgt.")
    d.bullets(["De school bespreekt de leerling in het ondersteuningsteam, met de onderwijsadviseur van het samenwerkingsverband.",
               "Het schoolbestuur (in de praktijk de directeur) dient de aanvraag in bij de Commissie Toelaatbaarheid, met het OPP, het groeidocument en de evaluatie van de geboden ondersteuning.",
               "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog van het samenwerkingsverband en een tweede deskundige die past bij de vraag van het kind.",
               "De Commissie Toelaatbaarheid besluit binnen zes weken namens het bestuur en stuurt het besluit met de adviezen naar de school."], numbered=True)
    d.p("De commissie hanteert de volgende criteria:")
    d.table([["Voor een TLV sbo …", "Voor een TLV so (cluster 3 of 4) …"],
             ["de leerling heeft gedurende de hele schooldag een kleine groep en specifieke didactische aanpak nodig", "de leerling heeft naast onderwijs intensieve zorg of behandeling in de school nodig"],
             ["de ondersteuning in het regulier onderwijs, inclusief een arrangement van ten minste zes maanden, is onvoldoende gebleken", "sbo is onvoldoende passend, blijkend uit het deskundigenadvies"],
             ["de leerling kan naar verwachting een uitstroomniveau van ten minste praktijkonderwijs halen", "er is sprake van ernstige gedrags-/psychiatrische problematiek (cluster 4) of een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3)"]],
            widths=[8, 8])
    d.ps("Een TLV sbo geldt tot het einde van de basisschoolperiode, een TLV so voor twee schooljaren. Voor het so wordt de bekostigingscategorie (laag, midden, hoog) vastgesteld door de commissie.")

    d.hb("Van speciaal naar regulier", 16)
    d.ps("Wij vinden dat het sbo en so een tijdelijke plek kunnen zijn. Als een leerling zich zo heeft ontwikkeld dat een reguliere school weer passend is, willen wij dat die stap gezet wordt – bij voorkeur op een school in de eigen buurt. Het uitgangspunt is: terug als het kan, blijven als het moet.",
         "Sbo De Oversteek en SO De Wijde Blik bespreken bij elke jaarlijkse evaluatie van het OPP of terugplaatsing mogelijk is. Is dat zo, dan neemt de sbo- of so-school het initiatief voor een overleg met ouders en een reguliere school. In het laatste jaar van een TLV so is dit overleg verplicht en vindt het uiterlijk in maart plaats. De reguliere school besluit na een proefperiode van vier weken over inschrijving. Het samenwerkingsverband kent voor elke teruggeplaatste leerling een terugplaatsingsarrangement toe van een jaar (begeleiding door de sbo-/so-school, twee uur per week). Na zes maanden is er een evaluatiegesprek.",
         "Kan een leerling na afloop van de TLV nog niet terug, dan vraagt de so-school tijdig een nieuwe TLV aan bij de Commissie Toelaatbaarheid.")

    d.hb("Geld en middelen", 16)
    d.ps("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 3,1 miljoen aan ondersteuningsmiddelen. Na de afdrachten voor het so en de overdracht aan het sbo blijft ongeveer € 1,9 miljoen over.",
         "Wij verdelen deze middelen volgens het schoolmodel. Iedere school ontvangt een schoolbudget van € 190 per leerling (teldatum 1 oktober). Daarnaast is er een arrangementenbudget waaruit het samenwerkingsverband op aanvraag arrangementen toekent; de onderwijsadviseur beoordeelt de aanvraag, de directeur-bestuurder besluit. Scholen verantwoorden het schoolbudget jaarlijks in een korte rapportage aan het algemeen bestuur.")
    d.table([["Meerjarenbegroting (bedragen x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
             ["Baten ondersteuningsmiddelen", "3.105", "3.080", "3.060", "3.045", "3.040"],
             ["Afdrachten so en overdracht sbo", "-1.210", "-1.225", "-1.240", "-1.240", "-1.240"],
             ["Schoolbudgetten", "815", "805", "798", "792", "790"],
             ["Arrangementen", "520", "520", "520", "520", "520"],
             ["Terugplaatsingsarrangementen", "24", "24", "30", "30", "30"],
             ["Bureau en personeel", "560", "570", "575", "580", "585"],
             ["Resultaat", "-24", "-64", "-103", "-117", "-125"]], widths=[6, 2, 2, 2, 2, 2])
    d.ps("De reserve is hoger dan nodig. Daarom begroten wij bewust een tekort; eind 2030 ligt de reserve op het niveau van de signaleringswaarde.")

    d.hb("Ouders als partner", 16)
    d.ps("Ouders kennen hun kind het best. Wij vinden het belangrijk dat ouders weten welke ondersteuning er is en hoe zij die kunnen krijgen. Daarom informeren wij ouders via onze website (www.beekdal-noord.nl), via de schoolgids en het schoolondersteuningsprofiel van elke school en via een jaarlijkse informatiebijeenkomst in het najaar. De intern begeleider is voor ouders het eerste aanspreekpunt.",
         "Informatie over onafhankelijke ondersteuning voor ouders en over de klachtenregeling is opgenomen in bijlage 4.")

    d.hb("Samenwerking met de gemeenten", 16)
    d.ps("Met de gemeenten Beekhuizen en Noorderveld is op 12 februari 2026 het op overeenstemming gericht overleg gevoerd. Afspraken betreffen jeugdhulp op school, leerlingenvervoer naar het sbo en so, en de huisvesting van Sbo De Oversteek.")

    d.hb("Meten is weten", 16)
    d.ps("Welke resultaten wij in deze planperiode willen bereiken en hoe wij die gaan meten, werken wij in het eerste planjaar uit in een kwaliteitskader. Dit kader volgt in 2027 en wordt dan als aanvulling aan de OPR voorgelegd.")

    d.hb("Professionalisering", 16)
    d.ps("Het samenwerkingsverband biedt een scholingsaanbod voor intern begeleiders en leraren. In 2026-2027 ligt het accent op gedrag en op het werken met een OPP. Daarnaast is er een lerend netwerk van IB'ers dat vijf keer per jaar bijeenkomt.")

    d.hb("Jaarplanning 2026-2027", 16)
    d.table([["Periode", "Activiteit"], ["september", "Start lerend netwerk IB"],
             ["oktober", "Teldatum; informatiebijeenkomst ouders"], ["december", "Begroting 2027"],
             ["maart", "Overleg terugplaatsing laatste TLV-jaar"], ["juni", "Rapportage schoolbudgetten"]],
            widths=[4, 12])
    d.hb("Bijlage 1  Scholen", 16)
    rows = school_rows(BEEKDAL_SCHOOLS, seed=5)
    d.table([r[:2] + r[3:5] for r in rows], widths=[1, 6, 6, 3], size=8)
    d.hb("Bijlage 2  Afkortingen", 16)
    d.table([["Afkorting", "Betekenis"], ["IB", "intern begeleider"], ["OPP", "ontwikkelingsperspectief"],
             ["OPR", "ondersteuningsplanraad"], ["sbo", "speciaal basisonderwijs"], ["so", "speciaal onderwijs"],
             ["TLV", "toelaatbaarheidsverklaring"]], widths=[3, 13])
    path = os.path.join(OUT, slug + ".docx")
    d.save(path)
    docs = [slug + ".docx"]
    if pdf:
        to_pdf(path); docs.append(slug + ".pdf")
    write_labels(slug, docs, "po", True,
                 {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
                 ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                  "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                  "dekkend-aanbod.continuum", "ouders.informatie"],
                 advisory=["basisondersteuning.borging", "plaatsing.deskundigen", "plaatsing.duur-categorie",
                           "financien.reserves", "financien.verantwoording", "dekkend-aanbod.ketenpartners"],
                 notes={"general": "Medium plan with unnumbered bold headings that do not name the elements ('Wat elke school biedt', 'Als het regulier onderwijs niet (meer) past', 'Van speciaal naar regulier', 'Geld en middelen', 'Ouders als partner', 'Meten is weten').",
                        "dekkend-aanbod": "'Ondersteuning in lagen' describes the continuum (schoolbudget, arrangementen, plusklas, taalklas, observatiegroep, sbo/so). Nothing on gaps, thuiszitters, zorgplicht or pupils without a place -> lacunes false.",
                        "resultaten": "Only 'Meten is weten', which defers everything ('werken wij in het eerste planjaar uit ... volgt in 2027'). No targets, indicators or monitoring anywhere; 'Waar we voor staan' has only mission/kernwaarden, no results -> missing.",
                        "ouders": "'Ouders als partner': website, schoolgids/SOP, information meeting -> informatie true. Independent support and klachten only 'opgenomen in bijlage 4', which is not in the document (bijlagen 1-2 only) -> steunpunt false.",
                        "plaatsing": "Numbered steps + criteria table sbo/so; deskundigen and duration/category present; no bezwaar route.",
                        "terugstroom": "'Van speciaal naar regulier': policy + initiative (sbo/so school), moment (last TLV year, March), decision (regular school after proefperiode), arrangement.",
                        "financien": "'Geld en middelen': € 190 per leerling schoolmodel + arrangementen budget; meerjarenbegroting table 2026-2030."})
    return slug


# ==========================================================================
# 3. VO — question headings, docx + pdf
# ==========================================================================
MAAS_SCHOOLS = ["Maasheuvel College (havo/vwo)", "Maasheuvel College (vmbo)", "Sint-Servaas Lyceum",
                "Het Baanderscollege", "Groene Hart Vakcollege", "Praktijkschool De Rotonde",
                "VSO De Hoge Weide (cluster 4)", "VSO Kranenburg (cluster 3)", "Stedelijk Gymnasium Maasheuvel",
                "ISK De Wereldpoort", "Montessori College Heuvelland", "Vakschool De Beemd (lwoo)"]


def build_vo_maasheuvel(pdf=True):
    slug = "vo-maasheuvel"
    d = Doc(header="Samenwerkingsverband VO Maasheuvel (VO 29-08)",
            footer="Ondersteuningsplan 2026-2030")
    d.title_page(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Voortgezet Onderwijs Maasheuvel", "VO 29-08"],
                 ["Iedere leerling een diploma of startkwalificatie – samen, dichtbij, op maat",
                  "Vastgesteld door het bestuur op 9 april 2026 na instemming van de ondersteuningsplanraad op 26 maart 2026"])
    d.toc([("Voorwoord", 2), ("1 Wie zijn wij?", 3), ("2 Waar staan we voor?", 4),
           ("3 Wat mag u van elke school verwachten?", 5), ("4 Welke ondersteuning is er boven de school?", 7),
           ("5 Hoe voorkomen we dat leerlingen thuis komen te zitten?", 8),
           ("6 Hoe komt een leerling in het vso?", 9), ("7 Hoe werken lwoo en praktijkonderwijs?", 11),
           ("8 En als het vso niet meer nodig is?", 12), ("9 Hoe wordt het geld verdeeld?", 13),
           ("10 Wat willen we bereiken?", 15), ("11 Waar kunnen ouders en leerlingen terecht?", 16),
           ("12 Hoe werken we samen met gemeenten?", 17), ("13 Wie praat er mee?", 18), ("Begrippenlijst", 19)])
    d.pagebreak()
    d.h("Voorwoord", 1)
    d.ps("Voor u ligt het vierde ondersteuningsplan van ons samenwerkingsverband. Wij hebben dit plan anders opgebouwd dan de vorige: elk hoofdstuk beantwoordt een vraag die ouders, leerlingen en leraren ons stellen. Zo hopen wij dat het plan niet in een la verdwijnt, maar echt gelezen wordt.",
         "De afgelopen periode hebben wij geïnvesteerd in de ondersteuning op de scholen zelf. Het aantal leerlingen in het vso is gedaald, het aantal leerlingen dat langdurig thuis zat ook. Maar we zijn er nog niet: de wachttijden bij de jeugd-GGZ zijn lang en het lerarentekort maakt het moeilijk om ondersteuning goed te organiseren.",
         "R.A. (Robert) Hermans, directeur-bestuurder")
    d.pagebreak()
    d.h("1 Wie zijn wij?", 1)
    d.ps("Samenwerkingsverband VO Maasheuvel is een vereniging van zeven schoolbesturen met samen twaalf scholen voor voortgezet onderwijs in de gemeenten Maasheuvel, Beemdendorp en Heuvelland, waaronder een praktijkschool, twee vso-scholen en een internationale schakelklas. De algemene ledenvergadering (ALV) bestaat uit de bestuurders van de schoolbesturen en houdt toezicht op de directeur-bestuurder.")
    d.table([["Kengetal (1 oktober)", "2023", "2024", "2025"],
             ["Leerlingen vo totaal", "9.840", "9.912", "9.968"],
             ["waarvan lwoo", "812", "798", "806"],
             ["Praktijkonderwijs", "288", "295", "301"],
             ["Vso (cluster 3 en 4)", "402", "389", "371"],
             ["Deelnamepercentage vso", "3,93%", "3,78%", "3,59%"],
             ["Deelnamepercentage vso landelijk", "3,50%", "3,48%", "3,46%"]], widths=[7, 2.5, 2.5, 2.5])
    d.ps("Het bureau van het samenwerkingsverband bestaat uit 11 medewerkers: de directeur-bestuurder, een beleidsadviseur, een controller, vier trajectbegeleiders, twee orthopedagogen, een GZ-psycholoog en een managementassistent. Het organogram staat op de website.")
    d.h("2 Waar staan we voor?", 1)
    d.ps("Wij willen dat iedere jongere in onze regio onderwijs volgt dat bij hem of haar past en met een diploma of startkwalificatie de school verlaat. Onze kernwaarden zijn: de leerling centraal, samen verantwoordelijk, dichtbij en transparant. Wij werken vanuit vertrouwen in de professionaliteit van de scholen: de scholen bepalen hoe zij de ondersteuning organiseren, het samenwerkingsverband legt vast wat er minimaal moet zijn.")
    d.pagebreak()
    d.h("3 Wat mag u van elke school verwachten?", 1)
    d.ps("Elke school voor regulier voortgezet onderwijs in ons samenwerkingsverband biedt, op elke vestiging, hetzelfde minimale niveau van basisondersteuning. Dat niveau is afgesproken tussen alle besturen en vastgelegd in de kwaliteitskaart hieronder. Wat daarboven gaat, heet extra ondersteuning.")
    d.table([["Onderdeel", "Wat elke school minimaal biedt"],
             ["Mentoraat", "Een vaste mentor per klas die minstens drie keer per jaar een gesprek voert met leerling en ouders"],
             ["Ondersteuningscoördinator", "Een ondersteuningscoördinator (minimaal 0,5 fte per 500 leerlingen) als aanspreekpunt voor ouders en externe partners"],
             ["Ondersteuningsteam", "Een intern ondersteuningsteam met ten minste ondersteuningscoördinator, zorgcoördinator, jeugdarts en schoolmaatschappelijk werk"],
             ["Dyslexie en dyscalculie", "Een protocol met faciliteiten (extra tijd, voorleessoftware, aangepaste toetsen)"],
             ["Sociaal-emotioneel", "Trainingen faalangstreductie en sociale vaardigheden; een anti-pestcoördinator"],
             ["Executieve functies", "Begeleiding bij plannen en organiseren (huiswerkbegeleiding, check-in/check-out)"],
             ["Time-out", "Een opvangruimte met begeleiding voor leerlingen die tijdelijk niet in de les kunnen zijn"],
             ["Medisch", "Een protocol medisch handelen en afspraken over leerlingen met een chronische ziekte"],
             ["OPP", "Een ontwikkelingsperspectiefplan voor leerlingen met extra ondersteuning, besproken met ouders en leerling (hoorrecht)"]],
            widths=[4, 12])
    d.ps("De scholen nemen de basisondersteuning op in de schoolgids. Elk jaar voert de trajectbegeleider met elke school een gesprek over de kwaliteitskaart; eens in de vier jaar is er een visitatie door collega-ondersteuningscoördinatoren.")
    d.pagebreak()
    d.h("4 Welke ondersteuning is er boven de school?", 1)
    d.ps("Ons ondersteuningsaanbod is opgebouwd in vier niveaus: (1) basisondersteuning in de klas en de school; (2) extra ondersteuning in de school, bijvoorbeeld in een trajectvoorziening of via een arrangement van het samenwerkingsverband; (3) bovenschoolse voorzieningen; (4) vso.")
    d.table([["Voorziening", "Voor wie", "Duur"],
             ["Trajectvoorziening op iedere vo-locatie", "leerlingen die tijdelijk intensieve begeleiding naast de les nodig hebben", "maximaal 12 weken"],
             ["OPDC De Overstap", "leerlingen die (tijdelijk) niet in het reguliere vo kunnen functioneren, met als doel terugkeer naar de eigen school", "6 tot 12 maanden"],
             ["Rebound Maasheuvel", "leerlingen met ernstige gedragsproblemen, time-out van school", "maximaal 13 weken"],
             ["Onderwijs-zorgarrangement Jong Perspectief", "leerlingen met psychiatrische problematiek, combinatie van onderwijs en behandeling", "per leerling"],
             ["ISK De Wereldpoort", "nieuwkomers 12-18 jaar", "1 tot 2 jaar"],
             ["Hoogbegaafdheidsprogramma", "hoogbegaafde leerlingen die vastlopen", "per leerling"]],
            widths=[5, 8, 3])
    d.h("5 Hoe voorkomen we dat leerlingen thuis komen te zitten?", 1)
    d.ps("Elk schoolbestuur heeft zorgplicht. Lukt het een school niet om binnen tien weken een passende plek te vinden, dan schakelt zij de trajectbegeleider van het samenwerkingsverband in.",
         "Iedere leerling die langer dan twee weken niet naar school gaat, wordt gemeld bij het thuiszittersoverleg, waarin leerplicht, het samenwerkingsverband, jeugdhulp en de school zitten. Binnen vijf werkdagen wordt een plan gemaakt. Op 1 oktober 2025 zaten 11 leerlingen langer dan vier weken thuis.",
         "Twee keer per jaar bespreken wij met de besturen en gemeenten waar het aanbod tekortschiet. In 2025 bleken er te weinig plekken voor leerlingen met een combinatie van autisme en angstproblematiek op havo/vwo-niveau. Per augustus 2026 opent daarom een kleinschalige havo/vwo-groep op het Sint-Servaas Lyceum (16 plaatsen).")
    d.pagebreak()
    d.h("6 Hoe komt een leerling in het vso?", 1)
    d.ps("Voor toelating tot het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij het Loket van het samenwerkingsverband. De aanvraag bevat het OPP, het verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling.",
         "Het Loket beoordeelt de aanvraag. Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een jeugdarts of maatschappelijk werker) brengen elk afzonderlijk advies uit. De directeur-bestuurder besluit binnen zes weken.")
    d.p("Een leerling is toelaatbaar tot het vso als:")
    d.bullets(["de ondersteuningsbehoefte niet kan worden ingevuld met de basisondersteuning en de extra ondersteuning in het regulier vo, inclusief het OPDC;",
               "de leerling is aangewezen op een onderwijsprogramma met intensieve pedagogische en/of medische ondersteuning gedurende de hele schooldag;",
               "de vso-school kan bieden wat de leerling nodig heeft (profiel cluster 3 of cluster 4)."])
    d.ps("De TLV wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag, midden of hoog. Tegen het besluit kunnen ouders binnen zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")
    d.h("7 Hoe werken lwoo en praktijkonderwijs?", 1)
    d.ps("Wij hanteren voor lwoo en praktijkonderwijs de landelijke criteria. Voor praktijkonderwijs: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van 1,5 tot 3 jaar op twee domeinen, of sociaal-emotionele problematiek in combinatie met een leerachterstand.",
         "De vo-school waar de leerling is aangemeld, dient de aanvraag vóór 1 april in bij het Loket. Het Loket besluit binnen vier weken. Een aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo; een TLV pro voor de duur van de opleiding.")
    d.pagebreak()
    d.h("8 En als het vso niet meer nodig is?", 1)
    d.ps("Het vso is voor een deel van de leerlingen een tijdelijke plek. Ons beleid is dat een leerling terugkeert naar het regulier voortgezet onderwijs zodra het ontwikkelingsperspectief dat mogelijk maakt, bij voorkeur naar een school in de eigen woonplaats. Voorwaarden zijn dat de leerling het niveau van de ontvangende opleiding aankan en dat de ontvangende school met haar basis- en extra ondersteuning kan bieden wat nodig is.",
         "Na terugkeer krijgt de leerling een overgangsarrangement van maximaal een schooljaar, met begeleiding door een medewerker van de vso-school. De kosten daarvan worden gedragen door het samenwerkingsverband.",
         "Het stappenplan voor terugplaatsing wordt in 2026-2027 samen met de vso-scholen opgesteld.")
    d.h("9 Hoe wordt het geld verdeeld?", 1)
    d.ps("Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De middelen lichte ondersteuning gaan volledig naar de besturen van scholen met lwoo en praktijkonderwijs, naar rato van het aantal lwoo- en pro-leerlingen op 1 oktober. Van de middelen zware ondersteuning worden eerst de afdrachten voor het vso betaald. Van het restant gaat € 118 per leerling naar de schoolbesturen voor basis- en extra ondersteuning op school; de bovenschoolse voorzieningen worden per plaats bekostigd. Schoolbesturen leggen jaarlijks vóór 1 april verantwoording af over de besteding.")
    d.table([["(x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
             ["Baten lichte ondersteuning (lwoo/pro)", "6.420", "6.390", "6.370", "6.350", "6.330"],
             ["Baten zware ondersteuning", "7.150", "7.130", "7.110", "7.090", "7.070"],
             ["Afdracht vso", "-4.710", "-4.620", "-4.550", "-4.500", "-4.450"],
             ["Doorbetaling lwoo/pro aan besturen", "-6.420", "-6.390", "-6.370", "-6.350", "-6.330"],
             ["Budget scholen (€ 118 per leerling)", "-1.176", "-1.180", "-1.182", "-1.182", "-1.180"],
             ["OPDC, rebound en trajectvoorzieningen", "-780", "-800", "-820", "-820", "-820"],
             ["Overgangsarrangementen", "-40", "-60", "-60", "-60", "-60"],
             ["Bureau en personeel", "-620", "-630", "-640", "-650", "-660"],
             ["Saldo", "-176", "-160", "-142", "-122", "-100"]], widths=[7, 1.8, 1.8, 1.8, 1.8, 1.8])
    d.ps("Het negatieve saldo wordt gedekt uit de algemene reserve, die eind 2025 € 2,3 miljoen bedroeg.")
    d.pagebreak()
    d.h("10 Wat willen we bereiken?", 1)
    d.p("Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereiken:")
    d.table([["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
             ["Deelnamepercentage vso", "3,59%", "3,30%"],
             ["Leerlingen langer dan 4 weken thuis", "11", "≤ 5"],
             ["Leerlingen die na een OPDC-traject terugkeren naar regulier vo", "64%", "75%"],
             ["Leerlingen met extra ondersteuning die een diploma of startkwalificatie behalen", "81%", "85%"],
             ["Doorlooptijd TLV-besluit", "5,5 week", "4 weken"]], widths=[9, 3.5, 3.5])
    d.h("11 Waar kunnen ouders en leerlingen terecht?", 1)
    d.ps("Ouders en leerlingen vinden informatie over de ondersteuning op de website www.swv-maasheuvel.nl, in de schoolgids van elke school en in de folder 'Extra ondersteuning in het vo' die alle groep 8-leerlingen ontvangen. De ondersteuningscoördinator van de school is het eerste aanspreekpunt.",
         "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt Maasheuvel (telefonisch spreekuur op maandag en donderdag, ojsp@swv-maasheuvel.nl). Het steunpunt werkt onafhankelijk van de scholen. Ook kunnen zij contact opnemen met Onderwijsconsulenten. Bij geschillen over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs.")
    d.h("12 Hoe werken we samen met gemeenten?", 1)
    d.ps("In het OOGO met de drie gemeenten (februari 2026) zijn afspraken gemaakt over jeugdhulp in en om de school, thuiszitters, de aansluiting vo-mbo en leerlingenvervoer naar het vso.")
    d.h("13 Wie praat er mee?", 1)
    d.ps("De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen, afgevaardigd vanuit de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit plan. Het samenwerkingsverband biedt daarnaast een scholingsaanbod voor OPR-leden.")
    d.pagebreak()
    d.h("Begrippenlijst", 1)
    d.table([["Begrip", "Omschrijving"],
             ["Lwoo", "Leerwegondersteunend onderwijs in het vmbo."],
             ["OPDC", "Orthopedagogisch-didactisch centrum; tijdelijke voorziening."],
             ["Terugplaatsing", "Overgang van een leerling van het vso naar het regulier vo. De vso-school neemt in het laatste jaar van de TLV het initiatief voor een gesprek; het Loket beslist over een overgangsarrangement."],
             ["TLV", "Toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs."],
             ["Trajectvoorziening", "Voorziening in de school voor tijdelijke extra begeleiding."]], widths=[4, 12])
    path = os.path.join(OUT, slug + ".docx")
    d.save(path)
    docs = [slug + ".docx"]
    if pdf:
        to_pdf(path); docs.append(slug + ".pdf")
    write_labels(slug, docs, "vo", True,
                 {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
                 ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                  "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                  "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                  "ouders.informatie", "ouders.steunpunt"],
                 advisory=["basisondersteuning.borging", "plaatsing.deskundigen", "plaatsing.duur-categorie",
                           "plaatsing.bezwaar", "financien.reserves", "financien.verantwoording",
                           "dekkend-aanbod.ketenpartners", "resultaten.meetbaar", "ouders.betrokkenheid"],
                 notes={"general": "Question headings ('Wat mag u van elke school verwachten?', 'En als het vso niet meer nodig is?'). Begrippenlijst at the end contains procedural detail on terugplaatsing (trap: glossary does not count).",
                        "terugstroom": "Ch. 8 gives policy (aim, conditions, overgangsarrangement after return) but the procedure is deferred ('Het stappenplan ... wordt in 2026-2027 opgesteld'); the only procedural text is in the Begrippenlijst -> procedure false. Return from OPDC (ch. 4/10) is not return from vso.",
                        "resultaten": "Ch. 10 has goals with nulmeting and streefwaarde (doelen true, meetbaar), but nowhere says how/when results are measured, monitored, evaluated or reported -> monitoring false.",
                        "plaatsing": "Ch. 6 vso procedure/criteria/deskundigen/duur/LBT; ch. 7 lwoo and pro criteria + procedure.",
                        "financien": "Ch. 9: verdeling (lwoo/pro naar rato, € 118 per leerling), meerjarenbegroting 2026-2030, reserve.",
                        "dekkend-aanbod": "Ch. 4 voorzieningen table; ch. 5 thuiszitters, zorgplicht, gap analysis with action.",
                        "ouders": "Ch. 11: website, schoolgids, folder; OJSP, Onderwijsconsulenten, Geschillencommissie."})
    return slug


# ==========================================================================
# 4. VO — docx only, numbered headings, terugblik, glossary traps
# ==========================================================================
def build_vo_eilandenrijk():
    slug = "vo-eilandenrijk"
    d = Doc(header="SWV VO Eilandenrijk  –  Ondersteuningsplan 2026-2030", footer="VO 29-02")
    d.title_page(["Ondersteuningsplan", "Samenwerkingsverband Voortgezet Onderwijs Eilandenrijk", "2026 – 2030"],
                 ["Concept ter instemming OPR – versie 0.9 – 4 maart 2026"])
    d.toc([("1 Inleiding", 3), ("2 Terugblik op de planperiode 2022-2026", 3), ("3 Context en kengetallen", 5),
           ("4 Visie en uitgangspunten", 6), ("5 Ondersteuning in het samenwerkingsverband", 6),
           ("5.1 Basisondersteuning", 6), ("5.2 Extra ondersteuning en voorzieningen", 7),
           ("5.3 Sluitend netwerk", 8), ("6 Toelaatbaarheid", 9), ("7 Terugplaatsing en overplaatsing", 10),
           ("8 Ouders en leerlingen", 10), ("9 Kwaliteitszorg", 11), ("10 Financieel beleid", 11),
           ("11 Governance en medezeggenschap", 13), ("12 Professionalisering", 13), ("Bijlage A Begrippenlijst", 14)])
    d.pagebreak()
    d.h("1 Inleiding", 1)
    d.ps("Dit ondersteuningsplan beschrijft het beleid van het Samenwerkingsverband Voortgezet Onderwijs Eilandenrijk voor de schooljaren 2026-2027 tot en met 2029-2030. Het samenwerkingsverband omvat de vo-scholen op de eilanden Oosterwaard, Kleine Plaat en Hoogduin en in de gemeente Havenzijl aan de vaste wal. De eilandligging maakt ons verband bijzonder: voor veel leerlingen is de dichtstbijzijnde vso-school een boottocht van ruim een uur verwijderd.",
         "Het plan is opgesteld in samenwerking met de schoolbesturen, de ondersteuningsplanraad en de vier gemeenten. Het OOGO vond plaats op 18 februari 2026.")
    d.h("2 Terugblik op de planperiode 2022-2026", 1)
    d.ps("In de afgelopen planperiode lag de nadruk op het versterken van de ondersteuning op de eilandscholen, zodat minder leerlingen de overstap naar de vaste wal hoeven te maken. In deze terugblik geven wij de belangrijkste ontwikkelingen weer.")
    d.h("2.1 Wat hebben we gedaan?", 2)
    d.bullets(["Op alle drie eilandscholen is een trajectvoorziening ingericht.",
               "Er is een digitaal loket voor aanvragen gekomen (sinds januari 2023).",
               "De samenwerking met het mbo bij de uitstroom naar mbo is verbeterd met een gezamenlijke overdrachtsdag.",
               "De doorstroom po-vo is verbeterd met een regionale warme overdracht in april.",
               "Het scholingsaanbod voor mentoren is uitgebreid met een module over executieve functies."])
    d.h("2.2 Cijfers", 2)
    d.table([["", "2021-2022", "2022-2023", "2023-2024", "2024-2025"],
             ["Leerlingen in het vso (1 okt.)", "188", "181", "176", "172"],
             ["Deelnamepercentage vso", "4,12%", "3,98%", "3,90%", "3,84%"],
             ["Afgegeven TLV's vso", "41", "37", "35", "33"],
             ["Leerlingen langer dan 4 weken thuis", "9", "8", "6", "7"],
             ["Uitstroom met diploma (leerlingen met OPP)", "78%", "80%", "83%", "82%"]],
            widths=[6, 2.5, 2.5, 2.5, 2.5])
    d.ps("De cijfers laten een geleidelijke daling van het aantal vso-leerlingen zien. Het aantal thuiszitters is gedaald maar schommelt. De uitstroom met diploma van leerlingen met een OPP is gestegen.")
    d.h("3 Context en kengetallen", 1)
    d.ps("Vijf schoolbesturen zijn aangesloten, met samen acht vo-scholen, één praktijkschool en één vso-school (cluster 4, met een dependance op Oosterwaard). In totaal telt het samenwerkingsverband 4.480 leerlingen (1 oktober 2025). Het leerlingaantal op de eilanden daalt met gemiddeld 2% per jaar; op de vaste wal is het stabiel.")
    d.table([["School", "Plaats", "Type", "Lln."], ["Waddencollege Oosterwaard", "Oosterwaard", "vmbo-havo-vwo", "612"],
             ["Plaatcollege", "Kleine Plaat", "vmbo-havo", "288"], ["Duinzicht Scholengemeenschap", "Hoogduin", "vmbo-havo-vwo", "405"],
             ["Havenzijl Lyceum", "Havenzijl", "havo-vwo", "1.104"], ["Vakcollege Havenzijl", "Havenzijl", "vmbo (lwoo)", "890"],
             ["Praktijkschool Het Kompas", "Havenzijl", "pro", "162"], ["VSO De Vuurtoren", "Havenzijl / Oosterwaard", "vso cl. 4", "172"],
             ["Zeevaartschool Havenzijl", "Havenzijl", "vmbo-maritiem", "401"], ["Mavo Havenzijl-Zuid", "Havenzijl", "mavo", "446"]],
            widths=[6, 4, 3.5, 2])
    d.h("4 Visie en uitgangspunten", 1)
    d.ps("Wij geloven dat jongeren het best tot hun recht komen op een school dichtbij huis, tussen leeftijdgenoten. Het samenwerkingsverband is er om de scholen daarin te ondersteunen. Onze uitgangspunten zijn: eilandgericht waar het kan, regionaal waar het moet; één leerling, één plan; en vertrouwen in de professional.")
    d.h("5 Ondersteuning in het samenwerkingsverband", 1)
    d.h("5.1 Basisondersteuning", 2)
    d.ps("Basisondersteuning is het niveau van ondersteuning dat alle vo-scholen en alle vestigingen in het samenwerkingsverband minimaal bieden, ook de kleine eilandvestigingen. De besturen hebben het niveau in 2024 vastgesteld en voor deze planperiode bevestigd. Elke school biedt:")
    d.bullets(["een mentor en een ondersteuningscoördinator; op de eilandscholen is de ondersteuningscoördinator ook bereikbaar voor leerlingen die via afstandsonderwijs lessen volgen;",
               "faciliteiten bij dyslexie en dyscalculie (extra tijd, auditieve ondersteuning, vergroting);",
               "trainingen sociale vaardigheden en faalangstreductie;",
               "een time-out- of opvangvoorziening met begeleiding;",
               "een ondersteuningsteam met jeugdarts, schoolmaatschappelijk werk en leerplicht, dat minimaal zes keer per jaar overlegt;",
               "een OPP voor iedere leerling met extra ondersteuning, met hoorrecht van de leerling."])
    d.h("5.2 Extra ondersteuning en voorzieningen", 2)
    d.ps("Voor leerlingen die meer nodig hebben dan de basisondersteuning zijn er op de eilanden trajectvoorzieningen en op de vaste wal het OPDC Havenzijl. Het OPDC biedt plaats aan 24 leerlingen voor maximaal een jaar; daarna keert de leerling terug naar de eigen school of stroomt door naar een passende vervolgplek. Leerwegondersteunend onderwijs wordt gegeven op het Vakcollege Havenzijl en op de drie eilandscholen. Praktijkonderwijs is er alleen in Havenzijl; leerlingen van de eilanden krijgen een vervoersvoorziening van de gemeente. De vso-school heeft een dependance op Oosterwaard voor 20 leerlingen.")
    d.h("5.3 Sluitend netwerk", 2)
    d.ps("Elk schoolbestuur heeft zorgplicht. Vindt een school geen passende plek binnen de wettelijke termijn, dan neemt de trajectbegeleider van het samenwerkingsverband de regie. Thuiszitters worden maandelijks besproken in het regionaal thuiszittersoverleg met de leerplichtambtenaren. Jaarlijks stelt het samenwerkingsverband een overzicht op van leerlingen voor wie geen passend aanbod is en bespreekt dit met besturen en gemeenten; in 2025 betrof dit vooral leerlingen met zware psychiatrische problematiek op de eilanden, waarvoor in 2026 een onderwijs-zorgarrangement met de jeugd-GGZ wordt gestart.")
    d.h("6 Toelaatbaarheid", 1)
    d.h("6.1 Voortgezet speciaal onderwijs", 2)
    d.ps("De vo-school vraagt namens het bevoegd gezag een TLV aan bij de Commissie Toelaatbaarheid van het samenwerkingsverband. Bij de aanvraag horen het OPP, een verslag van het ondersteuningsteam en de mening van ouders en leerling. De commissie bestaat uit een orthopedagoog-generalist, een GZ-psycholoog en een jeugdarts; twee van hen brengen afzonderlijk advies uit. De commissie besluit binnen zes weken.",
         "Criteria: de leerling heeft een ondersteuningsbehoefte die de mogelijkheden van basis- en extra ondersteuning (inclusief trajectvoorziening en OPDC) aantoonbaar overstijgt; er is sprake van ernstige gedrags- of psychiatrische problematiek of een ernstige beperking of ziekte; en de leerling heeft een therapeutisch of medisch klimaat nodig dat alleen het vso kan bieden. De TLV wordt afgegeven voor maximaal drie schooljaren in de categorie laag, midden of hoog.")
    d.h("6.2 Lwoo en praktijkonderwijs", 2)
    d.ps("Voor lwoo en pro gelden de landelijke criteria. De vo-school vraagt de aanwijzing lwoo of de TLV pro aan vóór 1 maart van het jaar van instroom; de Commissie Toelaatbaarheid besluit binnen vier weken op basis van het onderwijskundig rapport, de capaciteitentest en de didactische toetsgegevens.")
    d.h("7 Terugplaatsing en overplaatsing", 1)
    d.ps("Het beleid voor terug- en overplaatsing vanuit het vso wordt in schooljaar 2026-2027 herzien en daarna als aanvulling op dit plan aan de ondersteuningsplanraad voorgelegd.")
    d.h("8 Ouders en leerlingen", 1)
    d.ps("Ouders en leerlingen worden geïnformeerd over de ondersteuning via de schoolgids van elke school, de website van het samenwerkingsverband (www.swv-eilandenrijk.nl) met een pagina per voorziening, en een jaarlijkse ouderavond per eiland. Nieuwe ouders krijgen in groep 8 een folder over de ondersteuning in het vo. Voor vragen kunnen ouders terecht bij de ondersteuningscoördinator van de school.",
         "Leerlingen hebben hoorrecht bij het opstellen van hun OPP.")
    d.h("9 Kwaliteitszorg", 1)
    d.ps("Het samenwerkingsverband volgt de resultaten van passend onderwijs met een dashboard dat elk kwartaal wordt geactualiseerd: deelname vso, aantallen TLV's en aanwijzingen, gebruik van trajectvoorzieningen en OPDC, thuiszitters en uitstroom van leerlingen met een OPP. Het dashboard wordt besproken in het directeurenoverleg en het bestuur. Jaarlijks verschijnt een jaarverslag waarin de bereikte resultaten worden verantwoord en met de OPR en de gemeenten worden besproken. Daarnaast wordt elk voorjaar een tevredenheidspeiling gehouden onder ouders en ondersteuningscoördinatoren.")
    d.h("10 Financieel beleid", 1)
    d.h("10.1 Verdeling", 2)
    d.ps("Wij verdelen de middelen volgens een verdeelmodel met drie onderdelen: (a) de middelen lichte ondersteuning worden doorbetaald aan de besturen met lwoo en pro naar het aantal lwoo- en pro-leerlingen op de teldatum; (b) iedere school ontvangt uit de zware middelen een basisbedrag van € 25.000 per vestiging plus € 95 per leerling voor de basisondersteuning en trajectvoorzieningen, waarbij eilandvestigingen een toeslag van € 15.000 krijgen; (c) het OPDC en de bovenschoolse arrangementen worden centraal bekostigd.",
         "Besturen verantwoorden de besteding in hun jaarverslag en in een jaarlijkse rapportage aan het samenwerkingsverband.")
    d.h("10.2 Meerjarenbegroting", 2)
    d.table([["Bedragen in €", "2026", "2027", "2028", "2029", "2030"],
             ["Rijksbijdrage lichte ondersteuning", "3.880.000", "3.850.000", "3.820.000", "3.800.000", "3.790.000"],
             ["Rijksbijdrage zware ondersteuning", "3.260.000", "3.230.000", "3.200.000", "3.180.000", "3.170.000"],
             ["Afdracht vso", "-2.050.000", "-2.010.000", "-1.980.000", "-1.960.000", "-1.950.000"],
             ["Totaal baten", "5.090.000", "5.070.000", "5.040.000", "5.020.000", "5.010.000"],
             ["Doorbetaling lwoo/pro", "3.880.000", "3.850.000", "3.820.000", "3.800.000", "3.790.000"],
             ["Basisbedragen en bedrag per leerling", "700.000", "695.000", "690.000", "686.000", "684.000"],
             ["OPDC en arrangementen", "390.000", "400.000", "410.000", "410.000", "410.000"],
             ["Bureau en bestuur", "210.000", "214.000", "218.000", "222.000", "226.000"],
             ["Totaal lasten", "5.180.000", "5.159.000", "5.138.000", "5.118.000", "5.110.000"],
             ["Saldo", "-90.000", "-89.000", "-98.000", "-98.000", "-100.000"]], widths=[5.5, 2.1, 2.1, 2.1, 2.1, 2.1], size=8)
    d.h("10.3 Reserves", 2)
    d.ps("De reserve ligt boven de signaleringswaarde. Het verschil wordt in de planperiode ingezet voor de opbouw van het onderwijs-zorgarrangement.")
    d.h("11 Governance en medezeggenschap", 1)
    d.ps("Het samenwerkingsverband is een stichting met een bestuur van vijf bestuurders van de aangesloten besturen en een onafhankelijk voorzitter. De dagelijkse leiding ligt bij de directeur. De ondersteuningsplanraad bestaat uit zes leden en heeft instemmingsrecht op het ondersteuningsplan.")
    d.h("12 Professionalisering", 1)
    d.ps("Het samenwerkingsverband organiseert een scholingsaanbod voor ondersteuningscoördinatoren en mentoren en faciliteert een netwerk van ondersteuningscoördinatoren dat vier keer per jaar bijeenkomt, afwisselend op een eiland en aan de wal.")
    d.pagebreak()
    d.h("Bijlage A Begrippenlijst", 1)
    d.table([["Begrip", "Toelichting"],
             ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert bij vastgelopen schoolsituaties."],
             ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."],
             ["Terugplaatsing", "Het teruggaan van een leerling van het vso naar het regulier vo, na evaluatie van het OPP in het laatste jaar van de TLV."],
             ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
             ["TLV", "Toelaatbaarheidsverklaring."]], widths=[5, 11])
    d.save(os.path.join(OUT, slug + ".docx"))
    write_labels(slug, [slug + ".docx"], "vo", True,
                 {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
                 ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                  "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                  "resultaten.monitoring", "ouders.informatie"],
                 advisory=["plaatsing.deskundigen", "plaatsing.duur-categorie", "financien.reserves",
                           "financien.verantwoording", "dekkend-aanbod.ketenpartners", "resultaten.meetbaar",
                           "ouders.betrokkenheid"],
                 notes={"general": ".docx only, numbered Heading styles, TOC, terugblik chapter, glossary (Bijlage A) that defines terugplaatsing, OJSP and Onderwijsconsulenten (traps).",
                        "terugstroom": "Ch. 7 'Terugplaatsing en overplaatsing' only defers ('wordt in 2026-2027 herzien en daarna ... voorgelegd'). Only the Begrippenlijst describes it. 'uitstroom naar mbo' and 'doorstroom po-vo' in ch. 2.1 and return from the OPDC (5.2) are near-misses, not return from vso -> missing.",
                        "resultaten": "No intended results/targets for this period anywhere (visie ch. 4 is general) -> doelen false. Ch. 9 Kwaliteitszorg (quarterly dashboard, jaarverslag, tevredenheidspeiling) and ch. 2.2 achieved figures -> monitoring true.",
                        "ouders": "Ch. 8: schoolgids, website, ouderavond, folder -> informatie true. No independent support / klachten in body; OJSP and Onderwijsconsulenten appear only in the Begrippenlijst -> steunpunt false.",
                        "plaatsing": "Ch. 6.1 vso procedure, criteria, deskundigen, duration/category; 6.2 lwoo/pro. No bezwaar route.",
                        "financien": "Ch. 10: verdeelmodel with amounts; meerjarenbegroting table; reserves.",
                        "dekkend-aanbod": "5.2 continuum (trajectvoorziening, OPDC, lwoo, pro, vso dependance); 5.3 zorgplicht, thuiszitters, yearly gap overview with action."})
    return slug


# ==========================================================================
# 5. VO — 'op hoofdlijnen', docx + pdf; bijlagen referred to but absent
# ==========================================================================
def build_vo_wolderland(pdf=True):
    slug = "vo-wolderland"
    d = Doc(header="Stichting Samenwerkingsverband VO Wolderland  |  VO 29-19", footer="OP 2026-2030")
    d.title_page(["Ondersteuningsplan op hoofdlijnen", "2026-2030", "Stichting Samenwerkingsverband Voortgezet Onderwijs Wolderland (VO 29-19)"],
                 ["Vastgesteld door het bestuur op 21 april 2026", "De ondersteuningsplanraad heeft op 14 april 2026 ingestemd"])
    d.h("Inhoud", 1)
    for ln in ["1. Voorwoord", "2. Kerngegevens", "3. Koers 2026-2030", "4. Basisondersteuning", "5. Dekkend aanbod",
               "6. Toelaatbaarheid vso, lwoo en pro", "7. Terug naar het regulier", "8. Middelen",
               "9. Meten is weten", "10. Organisatie en medezeggenschap", "Bijlagen (apart document)"]:
        d.p(ln)
    d.pagebreak()
    d.h("1. Voorwoord", 1)
    d.ps("Dit is een ondersteuningsplan op hoofdlijnen. Wij hebben bewust gekozen voor een compact document dat de kaders vastlegt; de uitwerking volgt in het jaarplan en in de bijlagen, die als apart document worden gepubliceerd.",
         "Het samenwerkingsverband heeft de afgelopen jaren een forse reorganisatie doorgemaakt. Met een nieuw bestuur, een nieuw bureau en een nieuwe verdeelsystematiek kijken wij met vertrouwen vooruit.",
         "Ing. P. (Paulien) Oosterhuis MBA, directeur-bestuurder")
    d.h("2. Kerngegevens", 1)
    d.table([["", "1-10-2023", "1-10-2024", "1-10-2025"],
             ["Leerlingen regulier vo", "7.215", "7.180", "7.142"], ["Leerlingen vso", "268", "259", "250"],
             ["Leerlingen praktijkonderwijs", "210", "204", "207"], ["Leerlingen met lwoo", "655", "640", "632"],
             ["Aangesloten besturen", "6", "6", "6"], ["Scholen", "11", "11", "11"]], widths=[6, 3, 3, 3])
    d.ps("Het samenwerkingsverband omvat de gemeenten Wolderland, Marsum-Oost en Ter Idzerd. Het bestuur bestaat uit de bestuurders van de zes aangesloten besturen; er is een Raad van Toezicht van drie leden. Het samenwerkingsverband verhuurt zijn vergaderruimte kostendekkend aan de besturen en vraagt geen ouderbijdrage voor activiteiten.")
    d.h("3. Koers 2026-2030", 1)
    d.ps("Onze koers is samen te vatten in drie woorden: eenvoud, snelheid en eigenaarschap. Eenvoud in procedures, snelheid in besluiten, eigenaarschap bij de scholen.")
    d.h("4. Basisondersteuning", 1)
    d.ps("Alle scholen en vestigingen in het samenwerkingsverband bieden hetzelfde niveau van basisondersteuning. Dit niveau is door de besturen vastgesteld als de gezamenlijke ondergrens: wat een school niet biedt, kan zij niet als extra ondersteuning bij het samenwerkingsverband aanvragen.",
         "De concrete invulling van de basisondersteuning is beschreven in bijlage 2 (Kwaliteitskaart basisondersteuning Wolderland).")
    d.h("5. Dekkend aanbod", 1)
    d.ps("De analyse van het dekkend aanbod wordt in 2027 uitgevoerd. Zie ook bijlage 5.")
    d.h("6. Toelaatbaarheid vso, lwoo en pro", 1)
    d.h("6.1 Toelaatbaarheid vso", 2)
    d.table([["Stap", "Inhoud", "Verantwoordelijk", "Termijn"],
             ["1", "Aanvraag TLV via het digitale aanvraagformulier, met OPP, handelingsdeel en verslag MDO", "bevoegd gezag vo-school of vso-school", "–"],
             ["2", "Toets volledigheid", "secretaris Commissie Toewijzing", "5 werkdagen"],
             ["3", "Twee afzonderlijke deskundigenadviezen (orthopedagoog/psycholoog + tweede deskundige)", "deskundigen", "3 weken"],
             ["4", "Besluit", "Commissie Toewijzing namens het bestuur", "binnen 6 weken na volledige aanvraag"]],
            widths=[1.2, 8, 4, 3])
    d.table([["Criterium vso", "Nadere omschrijving"],
             ["A. Ondersteuningsbehoefte", "overstijgt wat het regulier vo met basis- en extra ondersteuning kan bieden, blijkend uit een geëvalueerd OPP van ten minste 6 maanden"],
             ["B. Aard van de problematiek", "ernstige gedrags-/psychiatrische problematiek (cluster 4) of verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3)"],
             ["C. Perspectief", "het vso biedt een reëel perspectief op uitstroom naar vervolgonderwijs, arbeid of dagbesteding"]], widths=[5, 11])
    d.ps("Een TLV wordt afgegeven voor één, twee of drie schooljaren, afhankelijk van het deskundigenadvies, en vermeldt de bekostigingscategorie.")
    d.h("6.2 Lwoo en praktijkonderwijs", 2)
    d.ps("Het samenwerkingsverband volgt de landelijke criteria voor lwoo en pro (intelligentie en leerachterstanden, zoals vastgelegd in het Uitvoeringsbesluit WVO 2020). De school van aanmelding vraagt vóór 15 maart de aanwijzing lwoo of TLV pro aan; de Commissie Toewijzing besluit binnen vier weken.")
    d.h("7. Terug naar het regulier", 1)
    d.ps("Het samenwerkingsverband streeft ernaar dat leerlingen het vso verlaten zodra een reguliere school passend is. Terugplaatsing gebeurt altijd met een overgangsbegeleiding van zes maanden door de vso-school, bekostigd door het samenwerkingsverband.")
    d.table([["Fase", "Wat", "Wie", "Wanneer"],
             ["Signaleren", "Bij de jaarlijkse OPP-evaluatie wordt bekeken of terugplaatsing haalbaar is", "vso-school", "jaarlijks, uiterlijk januari"],
             ["Verkennen", "Gesprek met een reguliere school en de trajectbegeleider SWV; meeloopdagen", "vso-school, trajectbegeleider", "februari-maart"],
             ["Besluiten", "Ontvangende school besluit over inschrijving; TLV eindigt", "ontvangende vo-school", "vóór 1 mei"],
             ["Begeleiden", "Overgangsbegeleiding 6 maanden, evaluatie na 3 en 6 maanden", "vso-school en ontvangende school", "eerste half jaar"],
             ["Verlengen", "Is terugplaatsing niet haalbaar, dan vraagt de vso-school in het laatste TLV-jaar een nieuwe TLV aan", "vso-school", "vóór 1 april"]],
            widths=[2.5, 7.5, 3.5, 2.5])
    d.h("8. Middelen", 1)
    d.ps("De ondersteuningsmiddelen worden als volgt verdeeld. Na aftrek van de afdracht vso en de kosten van het bureau gaat 70% van de middelen zware ondersteuning naar de besturen, naar rato van het aantal leerlingen op 1 oktober (ongeveer € 132 per leerling). De overige 30% is bestemd voor toewijzingen door de Commissie Toewijzing. De middelen lichte ondersteuning worden doorbetaald aan de besturen met lwoo- en pro-leerlingen, naar het aantal leerlingen.")
    d.table([["Meerjarenbegroting", "2026", "2027", "2028", "2029", "2030"],
             ["Baten", "p.m.", "p.m.", "p.m.", "p.m.", "p.m."], ["Lasten", "p.m.", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Saldo", "p.m.", "p.m.", "p.m.", "p.m.", "p.m."]], widths=[5, 2, 2, 2, 2, 2])
    d.ps("De meerjarenbegroting wordt na vaststelling van de begroting 2027 aan dit plan toegevoegd.")
    d.h("9. Meten is weten", 1)
    d.ps("Wij willen in deze planperiode de volgende resultaten bereiken voor leerlingen die extra ondersteuning nodig hebben:")
    d.table([["Indicator", "Nulmeting 2025", "Streefwaarde 2028", "Streefwaarde 2030"],
             ["Deelnamepercentage vso", "3,23%", "3,10%", "3,00%"],
             ["Doorlooptijd TLV (werkdagen)", "34", "30", "25"],
             ["Terugplaatsingen vanuit vso per jaar", "6", "9", "12"],
             ["Teruggeplaatste leerlingen na 1 jaar nog in regulier vo", "67%", "75%", "80%"],
             ["Lwoo-aanwijzingen binnen de termijn", "88%", "95%", "100%"],
             ["Tevredenheid scholen over Commissie Toewijzing (1-10)", "6,6", "7,0", "7,5"]], widths=[7, 3, 3, 3])
    d.ps("De directeur-bestuurder rapporteert elk kwartaal over deze indicatoren aan het bestuur. In het jaarverslag worden de bereikte resultaten vergeleken met de streefwaarden en verantwoord aan de Raad van Toezicht en de OPR. Na twee jaar volgt een tussenevaluatie; wijken de resultaten sterk af, dan stelt het bestuur de inzet van middelen bij.")
    d.h("10. Organisatie en medezeggenschap", 1)
    d.ps("Het bureau bestaat uit de directeur-bestuurder, een secretaris van de Commissie Toewijzing, twee trajectbegeleiders en een financieel medewerker. De Commissie Toewijzing bestaat uit een orthopedagoog, een psycholoog en een jeugdarts. De ondersteuningsplanraad heeft op 14 april 2026 met dit plan ingestemd. Het samenwerkingsverband biedt besturen een scholingsaanbod over het werken met het digitale aanvraagformulier.")
    path = os.path.join(OUT, slug + ".docx")
    d.save(path)
    docs = [slug + ".docx"]
    if pdf:
        to_pdf(path); docs.append(slug + ".pdf")
    write_labels(slug, docs, "vo", True,
                 {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "missing"},
                 ["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
                  "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "resultaten.doelen", "resultaten.monitoring"],
                 advisory=["plaatsing.deskundigen", "plaatsing.duur-categorie", "terugstroom.monitoring",
                           "resultaten.meetbaar"],
                 notes={"general": "'Op hoofdlijnen' plan; bijlagen are announced as a separate document and are not part of the input.",
                        "basisondersteuning": "Ch. 4 defines the common level for all schools/vestigingen (niveau true) but the content is only 'beschreven in bijlage 2', which is absent -> inhoud false, partial (report as verwezen).",
                        "dekkend-aanbod": "Ch. 5 'Dekkend aanbod' only defers ('wordt in 2027 uitgevoerd. Zie ook bijlage 5'). No voorzieningen, arrangementen, OPDC, thuiszitters or zorgplicht anywhere; 'vso' in ch. 6 is part of plaatsing, and 'extra ondersteuning' in ch. 4 / criterion A only marks the boundary of basisondersteuning (passing mention) -> missing.",
                        "financien": "Ch. 8: verdeling 70/30, € 132 per leerling, lwoo/pro doorbetaling -> verdeling true. Meerjarenbegroting table is all 'p.m.' and deferred -> besteding false. 'kostendekkend' and 'ouderbijdrage' in ch. 2 are near-misses.",
                        "ouders": "No information to parents and no independent support anywhere; the words 'ouder' only occur in 'ouderbijdrage'. OPR consent mentioned without composition -> missing.",
                        "plaatsing": "Ch. 6: steps table, criteria table (A-C), deskundigen, duration + category; lwoo/pro procedure. No bezwaar.",
                        "terugstroom": "Ch. 7 'Terug naar het regulier': policy sentence + phase table (who/what/when, end of TLV, verlenging).",
                        "resultaten": "Ch. 9 'Meten is weten': indicator table with nulmeting/streefwaarde + quarterly reporting, jaarverslag, tussenevaluatie."})
    return slug


# ==========================================================================
# 6. NOT A PLAN — PO schoolgids with a passend-onderwijs chapter (pdf only)
# ==========================================================================
def build_np_schoolgids(pdf=True):
    slug = "np-po-schoolgids-kwikstaart"
    d = Doc(header="Schoolgids 2025-2026  ·  OBS De Kwikstaart", footer="Stichting Vliet Onderwijs")
    d.title_page(["Schoolgids 2025-2026", "Openbare basisschool De Kwikstaart", "Vlietdorp"],
                 ["Kerkstraat 14, 2814 AB Vlietdorp  ·  0123-456789  ·  info@dekwikstaart.nl"])
    d.hb("Inhoud", 14)
    for ln in ["1 Woord vooraf", "2 Onze school", "3 Ons onderwijs", "4 Passend onderwijs en ondersteuning",
               "5 Ouders en school", "6 Praktische informatie", "7 Schooltijden en vakanties"]:
        d.p(ln)
    d.pagebreak()
    d.h("1 Woord vooraf", 1)
    d.ps("Beste ouders en verzorgers,", "In deze schoolgids leest u wat u van OBS De Kwikstaart kunt verwachten: hoe wij lesgeven, hoe wij kinderen ondersteunen, welke afspraken wij hebben en wanneer de vakanties zijn. De schoolgids is vastgesteld met instemming van de medezeggenschapsraad.",
         "Wij wensen iedereen een fijn schooljaar!", "Anouk Verbeek, directeur")
    d.h("2 Onze school", 1)
    d.ps("De Kwikstaart is een openbare basisschool met 214 leerlingen in negen groepen. De school valt onder Stichting Vliet Onderwijs, die in Vlietdorp en omgeving twaalf scholen heeft. Onze kernwaarden zijn nieuwsgierig, samen en veilig.")
    d.h("3 Ons onderwijs", 1)
    d.ps("Wij werken met jaargroepen en met thematisch onderwijs voor wereldoriëntatie. In groep 1-2 werken wij met spelthema's. Voor rekenen gebruiken wij de methode Getal & Ruimte Junior, voor taal Staal. De eindtoets (Doorstroomtoets) maken de leerlingen van groep 8 in februari; in 2025 lag onze score boven het landelijk gemiddelde.")
    d.h("4 Passend onderwijs en ondersteuning", 1)
    d.h("4.1 Samenwerkingsverband", 2)
    d.ps("Onze school is aangesloten bij het Samenwerkingsverband Passend Primair Onderwijs Ommeland-Vliet (PO 29-12). Het samenwerkingsverband heeft een ondersteuningsplan 2026-2030 waarin staat hoe de scholen samen zorgen voor passend onderwijs. U vindt dit plan op www.passendonderwijs-ommelandvliet.nl.")
    d.h("4.2 Basisondersteuning op De Kwikstaart", 2)
    d.ps("Op onze school bieden wij de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet betekent dit: een intern begeleider (drie dagen per week), groepsbesprekingen drie keer per jaar, een dyslexieprotocol, een plusgroep voor kinderen die meer aankunnen, de methode Kwink voor sociaal-emotionele ontwikkeling en een rustige werkplek voor kinderen die prikkels moeilijk verwerken.")
    d.h("4.3 Extra ondersteuning", 2)
    d.ps("Als uw kind meer nodig heeft, bespreken wij dat met u in het ondersteuningsteam. Soms vragen wij een arrangement aan bij het samenwerkingsverband. Als een speciale school beter past, vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. U wordt daar altijd bij betrokken.")
    d.h("4.4 Aanmelding en toelating", 2)
    d.ps("Wilt u uw kind aanmelden? Maak een afspraak voor een rondleiding. Na de aanmelding onderzoeken wij binnen zes weken of wij de ondersteuning kunnen bieden die uw kind nodig heeft. Lukt dat niet, dan zoeken wij samen met u een andere school (zorgplicht).")
    d.h("5 Ouders en school", 1)
    d.ps("Wij zien ouders als partners. Er zijn drie keer per jaar oudergesprekken. De ouderraad organiseert feesten en vraagt een vrijwillige ouderbijdrage van € 45 per kind per jaar. Heeft u een klacht, bespreek die dan eerst met de leerkracht of directeur. Onze school is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Voor onafhankelijk advies over passend onderwijs kunt u terecht bij het Ouder- en Jeugdsteunpunt Ommeland-Vliet.")
    d.h("6 Praktische informatie", 1)
    d.bullets(["Gymlessen: dinsdag en vrijdag in sporthal De Vliet.", "Overblijven: via Kinderopvang Vlietje, € 2,75 per keer.",
               "Ziekmelden: vóór 8.15 uur via de Parro-app.", "Verlof buiten de vakanties: aanvragen bij de directeur, zie de leerplichtregels."])
    d.h("7 Schooltijden en vakanties", 1)
    d.table([["Vakantie", "Periode"], ["Herfstvakantie", "20 t/m 24 oktober 2025"], ["Kerstvakantie", "22 december 2025 t/m 2 januari 2026"],
             ["Voorjaarsvakantie", "16 t/m 20 februari 2026"], ["Meivakantie", "27 april t/m 8 mei 2026"],
             ["Zomervakantie", "18 juli t/m 30 augustus 2026"]], widths=[6, 10])
    path = os.path.join(OUT, slug + ".docx")
    d.save(path)
    if pdf:
        to_pdf(path)
        os.remove(path)          # deliver the PDF only
        docs = [slug + ".pdf"]
    else:
        docs = [slug + ".docx"]
    write_labels(slug, docs, "po", False,
                 notes={"type": "Schoolgids 2025-2026 of one basisschool (OBS De Kwikstaart). It has a chapter 'Passend onderwijs en ondersteuning' mentioning basisondersteuning, arrangement, TLV, zorgplicht, OJSP and the SWV's ondersteuningsplan, but it is a school document, not an ondersteuningsplan of a samenwerkingsverband.",
                        "sector": "po: the document is from a PO school (and names PO 29-12); it is not an SWV plan."})
    return slug


# ==========================================================================
# 7. NOT A PLAN — VO SWV evaluatie of the 2022-2026 plan (docx + pdf)
# ==========================================================================
def build_np_evaluatie(pdf=True):
    slug = "np-vo-evaluatie-dellenburg"
    d = Doc(header="SWV VO Dellenburg (VO 29-27)  |  Evaluatie ondersteuningsplan 2022-2026", footer="")
    d.title_page(["Evaluatie van het ondersteuningsplan 2022-2026", "Samenwerkingsverband Voortgezet Onderwijs Dellenburg", "VO 29-27"],
                 ["Eindrapport, november 2025", "Opgesteld door het bureau van het samenwerkingsverband in opdracht van het bestuur"])
    d.h("Samenvatting", 1)
    d.ps("Dit rapport evalueert de uitvoering van het ondersteuningsplan 2022-2026. Per hoofdstuk van het plan beschrijven wij wat er is gedaan, wat het heeft opgeleverd en wat wij meenemen naar het nieuwe ondersteuningsplan 2026-2030, dat in het voorjaar van 2026 aan de ondersteuningsplanraad wordt voorgelegd.",
         "Hoofdconclusie: de basisondersteuning is op alle scholen op orde gebracht, het OPDC heeft zich bewezen, maar de terugplaatsing vanuit het vso bleef achter en de reserves zijn sneller afgebouwd dan gepland.")
    d.h("1 Aanpak van de evaluatie", 1)
    d.ps("Voor de evaluatie zijn de jaarverslagen 2022-2024 geanalyseerd, zijn 14 interviews gehouden met ondersteuningscoördinatoren, directeuren en ouders uit de OPR, en is een enquête uitgezet onder 312 medewerkers (respons 41%). Ook zijn de DUO-gegevens over deelname aan vso, lwoo en pro gebruikt.")
    d.h("2 Basisondersteuning", 1)
    d.ps("In 2022 is de kwaliteitskaart basisondersteuning ingevoerd. In 2023 en 2025 zijn audits uitgevoerd. In 2023 voldeden 7 van de 10 scholen aan alle onderdelen, in 2025 alle 10. Ondersteuningscoördinatoren zijn positief over de kwaliteitskaart (gemiddeld 7,6), maar vinden de audit tijdrovend.",
         "Aanbeveling voor het nieuwe plan: de audit eenmaal per vier jaar uitvoeren en tussentijds werken met een zelfevaluatie.")
    d.h("3 Extra ondersteuning, OPDC en thuiszitters", 1)
    d.ps("Het OPDC De Brug heeft in de planperiode 187 leerlingen begeleid; 71% keerde terug naar de eigen school. Het aantal thuiszitters daalde van 17 (2022) naar 9 (2025). De thuiszitterstafel is volgens gemeenten en scholen een succes.")
    d.h("4 Toelaatbaarheid", 1)
    d.table([["", "2022", "2023", "2024", "2025"], ["TLV's vso afgegeven", "58", "52", "49", "47"],
             ["Aanwijzingen lwoo", "311", "298", "305", "290"], ["TLV's pro", "84", "79", "81", "77"],
             ["Gemiddelde doorlooptijd TLV (weken)", "7,2", "6,1", "5,4", "5,0"],
             ["Bezwaren tegen TLV-besluiten", "2", "1", "0", "1"]], widths=[6, 2, 2, 2, 2])
    d.ps("De doorlooptijd is gedaald maar haalde de norm van 4 weken niet. Aanbeveling: een snelle route voor herbeoordelingen.")
    d.h("5 Terugplaatsing", 1)
    d.ps("Het doel uit het plan 2022-2026 was 15 terugplaatsingen per jaar. Gerealiseerd werden er 6 (2022), 8 (2023), 9 (2024) en 7 (2025). Uit de interviews blijkt dat vso-scholen en reguliere scholen het stappenplan niet altijd volgden. Aanbeveling: het stappenplan opnemen in de TLV-procedure en een terugplaatsingsarrangement financieren.")
    d.h("6 Financiën", 1)
    d.ps("De reserve daalde van € 3,4 miljoen (eind 2021) naar € 1,2 miljoen (eind 2024), onder meer door de extra middelen voor het OPDC en de schoolbudgetten. De verdeling via € 105 per leerling werd door besturen als helder ervaren. In 2024 was het exploitatieresultaat € 640.000 negatief.")
    d.h("7 Ouders", 1)
    d.ps("De ouderpagina op de website is in 2023 vernieuwd en werd in 2024 ruim 11.000 keer bezocht. Het Ouder- en Jeugdsteunpunt is in 2025 gestart; in de eerste zes maanden kwamen 64 vragen binnen.")
    d.h("8 Conclusies en aanbevelingen", 1)
    d.bullets(["Behoud de kwaliteitskaart basisondersteuning en vereenvoudig de audit.",
               "Maak de terugplaatsingsprocedure verplicht onderdeel van de TLV-procedure.",
               "Stel voor het nieuwe plan meetbare doelen vast per element, met nulmeting.",
               "Bewaak de reserve: deze ligt nu dicht bij de ondergrens van het weerstandsvermogen.",
               "Versterk de betrokkenheid van leerlingen (hoorrecht) en het OJSP."])
    path = os.path.join(OUT, slug + ".docx")
    d.save(path)
    docs = [slug + ".docx"]
    if pdf:
        to_pdf(path); docs.append(slug + ".pdf")
    write_labels(slug, docs, "vo", False,
                 notes={"type": "Evaluation report of a VO SWV's previous ondersteuningsplan (2022-2026): describes what was done and achieved, with recommendations for the next plan. It covers all plan themes retrospectively but sets no policy for a plan period -> not an ondersteuningsplan.",
                        "sector": "vo: the report is from a VO samenwerkingsverband (VO 29-27)."})
    return slug


# ==========================================================================
# 8. PO — very compact plan (markdown), mostly bullets
# ==========================================================================
KUST_MD = """
# Ondersteuningsplan 2026-2030 – SWV Kustvlakte PO (PO 29-33)

*Samenwerkingsverband Passend Onderwijs Kustvlakte · primair onderwijs · planperiode 1-8-2026 t/m 31-7-2030*
*Vastgesteld door het algemeen bestuur op 2 april 2026 · instemming OPR 19 maart 2026 · OOGO met de gemeenten Zeewolde-aan-Zee en Strandhoven op 9 februari 2026*

## In het kort

- 3 schoolbesturen, 27 basisscholen, 1 sbo-school (De Duinroos), geen so-school in de regio
- 5.940 leerlingen (1-10-2025), licht dalend
- Bureau: directeur (0,8 fte), 2 consulenten, secretariaat
- Dit plan is bewust kort. Uitwerkingen staan in het jaarplan en op de website.

## Basisondersteuning

- Alle scholen en vestigingen bieden hetzelfde niveau van basisondersteuning; de afspraken uit 2019 zijn in 2025 door de besturen herbevestigd als ondergrens voor het hele samenwerkingsverband.
- Wat de basisondersteuning op een school precies inhoudt, staat in het schoolondersteuningsprofiel (SOP) en de schoolgids van die school.

## Toelaatbaarheid sbo en so

- Zie www.swvkustvlakte.nl/toelaatbaarheid.

## Ondersteuningsaanbod

- **Basis**: ondersteuning in de groep en de school.
- **Extra**: arrangement via het ondersteuningsteam van de school met de consulent van het SWV (individueel of in een groep).
- **Bovenschools**: plusklas Kustvlakte (groep 6-8, 1 dagdeel per week, 40 plaatsen), taalklas voor nieuwkomers in Strandhoven.
- **Speciaal**: sbo De Duinroos; so buiten de regio (cluster 3 in Havenzijl, cluster 4 in Breedeveen).
- Doorstroom po-vo: warme overdracht met SWV VO Kustvlakte in maart.

## Geld

- Verdeling: € 145 per leerling (teldatum 1 oktober) gaat naar de schoolbesturen voor extra ondersteuning binnen de scholen.
- Arrangementen worden toegekend door de directeur op advies van de consulent; maximaal € 7.500 per leerling per jaar.
- Besturen leggen jaarlijks verantwoording af via een korte rapportage.
- De reserve wordt in 2026-2028 afgebouwd tot de signaleringswaarde.
- Meerjarenbegroting: zie de jaarbegroting op de website.

## Doelen 2030

- Deelnamepercentage sbo daalt van 2,3% naar 2,0%.
- Elke school heeft ten minste één leerkracht met een post-hbo opleiding gedrag.
- 90% van de arrangementen start binnen 4 weken na aanvraag.

## Ouders

- Informatie voor ouders: website (ouderpagina met uitleg over basisondersteuning, arrangementen en sbo), schoolgids en SOP van de school, jaarlijkse ouderavond in november.
- Onafhankelijke hulp: Ouder- en Jeugdsteunpunt Kustvlakte (spreekuur woensdag, 0800-5566778, steunpunt@kustvlakte-ojsp.nl) en Onderwijsconsulenten.
- Klachten: klachtenregeling SWV; geschillen over toelating, verwijdering of OPP bij de Geschillencommissie passend onderwijs.

## Medezeggenschap en gemeenten

- OPR: 8 leden (4 ouders, 4 personeelsleden).
- OOGO-thema's: jeugdhulp op school, leerlingenvervoer, huisvesting sbo.

---
*SWV Kustvlakte PO · Duinweg 3, Zeewolde-aan-Zee · www.swvkustvlakte.nl*
"""


def build_po_kustvlakte():
    slug = "po-kustvlakte-compact"
    write_text(slug + ".md", KUST_MD)
    write_labels(slug, [slug + ".md"], "po", True,
                 {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
                 ["basisondersteuning.niveau", "financien.verdeling", "dekkend-aanbod.continuum",
                  "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
                 advisory=["financien.reserves", "financien.verantwoording", "resultaten.meetbaar",
                           "ouders.betrokkenheid"],
                 notes={"general": "Very compact plan (about 2 pages of bullets).",
                        "basisondersteuning": "Common level for all schools stated (niveau true); content only 'staat in het SOP en de schoolgids van die school' -> inhoud false.",
                        "plaatsing": "Section 'Toelaatbaarheid sbo en so' only refers to a web page -> nothing addressed (verwezen).",
                        "terugstroom": "Nothing on return from sbo/so; 'Doorstroom po-vo' is a near-miss.",
                        "financien": "'Geld': € 145 per leerling, arrangementen toekenning -> verdeling true; meerjarenbegroting only 'zie de jaarbegroting op de website', no amounts of spending -> besteding false.",
                        "dekkend-aanbod": "'Ondersteuningsaanbod' gives the continuum (basis/extra/bovenschools/speciaal); nothing on gaps, thuiszitters or zorgplicht -> lacunes false.",
                        "resultaten": "'Doelen 2030' gives targets (doelen true) but no word on how they are measured/monitored/reported -> monitoring false.",
                        "ouders": "Website/schoolgids/ouderavond and OJSP + Onderwijsconsulenten + klachten -> present."})
    return slug


# ==========================================================================
# 9. PO — first-generation style 'ontwikkelplan' (plain text, ALL-CAPS headings)
# ==========================================================================
ZEVEN_TXT = """
SAMENWERKINGSVERBAND PRIMAIR ONDERWIJS DE ZEVENSPRONG (PO 29-05)

ONDERSTEUNINGSPLAN 2026-2030
"ONTWIKKELPLAN"

Versie: 1.0 (ter instemming aan de OPR in oprichting)
Datum: 20 februari 2026


INHOUD

  Voorwoord ........................................... 1
  1  Aanleiding: een nieuw samenwerkingsverband ......... 2
  2  Kengetallen ........................................ 2
  3  Missie en visie .................................... 3
  4  Basisondersteuning ................................. 3
  5  Het ondersteuningsaanbod ........................... 3
  6  Toelaatbaarheid sbo en so .......................... 4
  7  Terugplaatsing ..................................... 5
  8  Financien .......................................... 5
  9  Kwaliteit en resultaten ............................ 6
  10 Ouders ............................................. 6
  11 Samenwerking met gemeenten ......................... 6
  12 Organisatie ........................................ 6
  13 Ontwikkelagenda 2026-2027 .......................... 7
  Begrippenlijst ........................................ 8


VOORWOORD

Per 1 augustus 2026 gaan de samenwerkingsverbanden Zevensprong-Noord en
Zevensprong-Zuid samen verder als Samenwerkingsverband Primair Onderwijs
De Zevensprong. Dit eerste ondersteuningsplan van het nieuwe
samenwerkingsverband is nadrukkelijk een ontwikkelplan. Veel beleid van de
twee oude verbanden verschilde sterk, en wij willen de tijd nemen om samen met
scholen, ouders en gemeenten tot gedragen keuzes te komen. Waar keuzes nog
niet zijn gemaakt, staat dat in dit plan. In de ontwikkelagenda (hoofdstuk 13)
staat wanneer wij wat uitwerken.

H. (Hendrik) Zuidema
kwartiermaker / beoogd directeur-bestuurder


1  AANLEIDING: EEN NIEUW SAMENWERKINGSVERBAND

De besturen van beide verbanden hebben in 2024 besloten tot een fusie. Reden
is de geringe omvang van beide verbanden (samen 9 besturen en 52 scholen) en de
wens om de expertise van het sbo en so beter te bundelen. De fusie is op
11 december 2025 door de algemene ledenvergaderingen van beide verenigingen
bekrachtigd. Het nieuwe verband is een vereniging met een algemene
ledenvergadering (ALV) van de aangesloten schoolbesturen en een
directeur-bestuurder. Een raad van toezicht wordt in 2026 geworven.


2  KENGETALLEN

  Teldatum 1 oktober 2025        Noord     Zuid    Totaal
  ------------------------------------------------------
  Basisscholen                      24       25        49
  Sbo-scholen                        1        1         2
  So-scholen (cluster 3/4)           1        0         1
  Leerlingen basisonderwijs      4.880    5.310    10.190
  Leerlingen sbo                   104      131       235
  Leerlingen so                     91       84       175

Bron: DUO. De leerlingaantallen dalen in beide regio's licht.


3  MISSIE EN VISIE

De missie en visie van het nieuwe samenwerkingsverband zijn in ontwikkeling.
In het voorjaar van 2026 worden hierover drie werkconferenties gehouden met
directeuren en intern begeleiders. Tot die tijd gelden de uitgangspunten van de
Wet passend onderwijs.


4  BASISONDERSTEUNING

De twee oude samenwerkingsverbanden hanteerden een verschillende omschrijving
van de basisondersteuning. Het gezamenlijke niveau van de basisondersteuning
wordt in schooljaar 2026-2027 samen met de scholen vastgesteld. Tot die tijd
nader te bepalen.


5  HET ONDERSTEUNINGSAANBOD

Het ondersteuningsaanbod in De Zevensprong bestaat uit:

  - extra ondersteuning op de school, met een arrangement dat de school
    aanvraagt bij het Ondersteuningsbureau (individueel of groep);
  - ambulante begeleiding vanuit SO De Lichtboei (cluster 4) voor leerlingen
    met gedragsproblematiek in het basisonderwijs;
  - de bovenschoolse schakelklas in Zevenhuizen voor kinderen met een grote
    taalachterstand (groep 3-6, maximaal een jaar);
  - de Kangoeroeklas (plusklas) voor meer- en hoogbegaafde leerlingen op drie
    locaties;
  - speciaal basisonderwijs op SBO Het Kwadrant (Noord) en SBO De Sprong
    (Zuid);
  - speciaal onderwijs op SO De Lichtboei (cluster 4) en, buiten de regio,
    cluster 3-scholen in Kranenburg en Holtmeer.

Een analyse van witte vlekken in het aanbod is in ontwikkeling.


6  TOELAATBAARHEID SBO EN SO

Voor de toelaatbaarheid tot het sbo en so hebben beide oude verbanden al een
gezamenlijke Commissie Toelaatbaarheid (CvT). Deze procedure wordt ongewijzigd
voortgezet.

Procedure
  Stap 1. De school bespreekt de leerling in het multidisciplinair overleg
          (MDO) met de consulent van het Ondersteuningsbureau.
  Stap 2. Het bevoegd gezag van de school dient de aanvraag in bij de CvT met
          het groeidocument, het OPP en een verslag van het MDO.
  Stap 3. Een orthopedagoog of psycholoog van het Ondersteuningsbureau en een
          tweede deskundige (jeugdarts of maatschappelijk werker) geven elk
          een schriftelijk advies.
  Stap 4. De CvT besluit binnen zes weken na ontvangst van de volledige
          aanvraag. Het besluit wordt schriftelijk meegedeeld aan de school.

Criteria
  Sbo: de leerling heeft een ondersteuningsbehoefte op leren en/of gedrag
  waarvoor een kleinere groep en een specifieke aanpak gedurende de hele
  schooldag nodig zijn, en de mogelijkheden van de basisschool, inclusief
  een arrangement van minimaal een half jaar, zijn aantoonbaar benut.
  So: de leerling heeft naast onderwijs specialistische begeleiding of zorg
  nodig die het sbo niet kan bieden, vanwege ernstige gedrags- of
  psychiatrische problematiek (cluster 4) of een verstandelijke,
  lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3).

Duur
  Een TLV sbo geldt voor de rest van de basisschoolperiode; een TLV so voor
  twee schooljaren, in de bekostigingscategorie laag, midden of hoog.


7  TERUGPLAATSING

Nader te bepalen. Het beleid voor terugplaatsing wordt in 2027 uitgewerkt
(zie ontwikkelagenda).


8  FINANCIEN

In schooljaar 2026-2027 hanteren wij een overgangsmodel voor de verdeling van
de middelen: de middelen voor lichte ondersteuning gaan naar rato van het
aantal leerlingen op de teldatum 1 oktober 2025 naar de schoolbesturen (circa
EUR 160 per leerling). Arrangementen worden bekostigd uit een centraal budget
van het Ondersteuningsbureau. Vanaf 2027-2028 geldt een nieuw verdeelmodel,
dat nog wordt ontwikkeld.

Meerjarenbegroting 2026-2030: p.m. (volgt na vaststelling van de
openingsbalans van het gefuseerde verband).


9  KWALITEIT EN RESULTATEN

In ontwikkeling. De beoogde resultaten en de indicatoren waarmee wij deze
volgen zijn nog niet vastgesteld; dit gebeurt in 2026-2027 (zie
ontwikkelagenda). Indicatoren: n.t.b.


10 OUDERS

Het samenwerkingsverband stelt in 2026-2027 een communicatieplan op, waarin
de informatievoorziening en de onafhankelijke ondersteuning worden
uitgewerkt. Volgt.


11 SAMENWERKING MET GEMEENTEN

Het OOGO met de gemeenten Zevenhuizen, Oldemarkt-Noord en Hollum is gevoerd op
29 januari 2026. De gemeenten hebben ingestemd met het ontwikkelkarakter van
dit plan. Thema's voor de komende periode: jeugdhulp in de school,
leerlingenvervoer en huisvesting van het sbo.


12 ORGANISATIE

Het Ondersteuningsbureau is gevestigd in Zevenhuizen en bestaat uit de
directeur-bestuurder, vier consulenten, twee orthopedagogen en een
office-manager. De ondersteuningsplanraad is in oprichting; de leden worden
in maart 2026 gekozen.


13 ONTWIKKELAGENDA 2026-2027

  Onderwerp                              Eigenaar              Gereed
  ------------------------------------------------------------------------
  Missie en visie                        directeur-bestuurder  juni 2026
  Niveau basisondersteuning vaststellen  werkgroep IB          mei 2027
  Terugplaatsingsbeleid opstellen        werkgroep sbo/so      mei 2027
  Nieuw verdeelmodel                     controller            jan 2027
  Meerjarenbegroting                     controller            dec 2026
  Analyse dekkend aanbod                 consulenten           mrt 2027
  Kwaliteitskader en indicatoren         beleidsmedewerker     juni 2027
  Communicatieplan ouders                office-manager        dec 2026
  Aanvulling ondersteuningsplan aan OPR  directeur-bestuurder  juni 2027


BEGRIPPENLIJST

Basisondersteuning  - het afgesproken niveau van ondersteuning dat alle scholen
                      bieden, zoals preventieve en licht curatieve interventies,
                      een ondersteuningsstructuur en handelingsgericht werken.
Ouder- en jeugdsteunpunt - onafhankelijk steunpunt voor ouders en jeugdigen.
Terugplaatsing      - de overstap van een leerling van sbo of so naar het
                      regulier basisonderwijs aan het einde van de TLV.
TLV                 - toelaatbaarheidsverklaring.
Witte vlek          - groep leerlingen voor wie geen passend aanbod is.
"""


def build_po_zevensprong():
    slug = "po-zevensprong-ontwikkelplan"
    write_text(slug + ".txt", ZEVEN_TXT)
    write_labels(slug, [slug + ".txt"], "po", True,
                 {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "missing"},
                 ["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "dekkend-aanbod.continuum"],
                 advisory=["plaatsing.deskundigen", "plaatsing.duur-categorie"],
                 notes={"general": "First-generation style 'ontwikkelplan' of a newly merged SWV, plain text with ALL-CAPS headings. Many elements only deferred ('in ontwikkeling', 'nader te bepalen', 'p.m.', 'volgt', 'n.t.b.'); the ontwikkelagenda table (ch. 13) lists future work only, and the Begrippenlijst defines basisondersteuning/terugplaatsing/OJSP (traps).",
                        "basisondersteuning": "Ch. 4 only says the level will be set in 2026-2027 ('nader te bepalen'); the definition exists only in the Begrippenlijst -> missing.",
                        "terugstroom": "Ch. 7 'Nader te bepalen ... wordt in 2027 uitgewerkt' -> missing.",
                        "financien": "Ch. 8 overgangsmodel (naar rato, ca. EUR 160 per leerling, central arrangementen budget) -> verdeling true; meerjarenbegroting 'p.m.' -> besteding false.",
                        "dekkend-aanbod": "Ch. 5 lists the continuum of provisions -> continuum true; 'analyse van witte vlekken is in ontwikkeling' defers -> lacunes false.",
                        "resultaten": "Ch. 9 'In ontwikkeling ... Indicatoren: n.t.b.' -> missing.",
                        "ouders": "Ch. 10 only announces a communicatieplan ('Volgt'); parents are not mentioned in the TLV procedure; OPR 'in oprichting' without composition -> missing.",
                        "plaatsing": "Ch. 6: four-step procedure with CvT, criteria sbo/so, deskundigen, duration/category (taken over from the predecessor verbanden)."})
    return slug


# ==========================================================================
# 10. VO — web version (html) with site menu and footer
# ==========================================================================
GREVEN_HTML = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Grevenmeer</title>
<meta name="description" content="Het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Grevenmeer (VO 29-15).">
<link rel="stylesheet" href="/assets/css/site.css">
<style>
 body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
 header.site{background:#0b4f6c;color:#fff;padding:12px 24px}
 nav.main a{color:#fff;margin-right:18px;text-decoration:none}
 .wrap{display:flex;max-width:1100px;margin:0 auto}
 main{flex:3;padding:24px} aside{flex:1;padding:24px;background:#f3f6f8}
 table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}
 footer.site{background:#222;color:#ccc;padding:18px 24px;font-size:13px}
</style>
</head>
<body>
<header class="site">
  <div class="logo"><a href="/" style="color:#fff"><strong>SWV VO Grevenmeer</strong></a> <span>passend onderwijs voor elke jongere</span></div>
  <nav class="main" aria-label="Hoofdmenu">
    <a href="/">Home</a>
    <a href="/over-ons">Over ons</a>
    <a href="/ouders-en-leerlingen">Ouders &amp; leerlingen</a>
    <a href="/scholen">Scholen</a>
    <a href="/ondersteuning">Ondersteuning</a>
    <a href="/organisatie/ondersteuningsplan" aria-current="page">Ondersteuningsplan</a>
    <a href="/organisatie/financien">Financiën</a>
    <a href="/contact">Contact</a>
  </nav>
  <form class="search" action="/zoeken"><input type="search" name="q" placeholder="Zoeken..."></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/organisatie">Organisatie</a> &rsaquo; Ondersteuningsplan</div>
<div class="wrap">
<main id="content">
<h1>Ondersteuningsplan 2026-2030</h1>
<p class="intro">Op deze pagina leest u het volledige ondersteuningsplan 2026-2030 van Samenwerkingsverband Voortgezet Onderwijs Grevenmeer (VO 29-15). Het plan is op 31 maart 2026 vastgesteld door het bestuur, na instemming van de ondersteuningsplanraad op 17 maart 2026 en het op overeenstemming gericht overleg met de gemeenten Grevenmeer, Lemsterwold en Nieuw-Oosterend op 5 februari 2026.</p>
<p><a href="/media/op-2026-2030.pdf">Download het ondersteuningsplan als pdf (1,8 MB)</a></p>

<h2>1. Over dit plan</h2>
<p>Ons samenwerkingsverband bestaat uit vier schoolbesturen met samen negen scholen voor voortgezet onderwijs, één praktijkschool en één school voor voortgezet speciaal onderwijs (vso De Horst, cluster 4). Op 1 oktober 2025 telde het samenwerkingsverband 6.310 leerlingen. Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030.</p>
<p>Onze ambitie is dat iedere jongere in de regio Grevenmeer een plek heeft op een school die past. Wij werken vanuit drie waarden: dichtbij, samen en doen.</p>

<h2>2. Basisondersteuning: wat elke school biedt</h2>
<p>Basisondersteuning is wat iedere vo-school in ons samenwerkingsverband, op iedere vestiging, ten minste aan ondersteuning biedt. De besturen hebben dit niveau samen vastgesteld. Het is voor alle scholen gelijk, ongeacht schoolsoort.</p>
<table>
<caption>Standaarden basisondersteuning</caption>
<tr><th>Standaard</th><th>Wat betekent dit voor uw kind?</th></tr>
<tr><td>Begeleiding</td><td>Iedere leerling heeft een mentor; iedere school heeft een ondersteuningscoördinator en een ondersteuningsteam dat minstens eens per maand overlegt.</td></tr>
<tr><td>Leerproblemen</td><td>Faciliteiten bij dyslexie en dyscalculie, zoals extra tijd, voorleessoftware en aangepaste toetsen.</td></tr>
<tr><td>Gedrag en welbevinden</td><td>Trainingen sociale vaardigheden en faalangstreductie; een vertrouwenspersoon; een pestprotocol.</td></tr>
<tr><td>Plannen en organiseren</td><td>Begeleiding bij executieve functies (planning, huiswerk) in een steunpunt op school.</td></tr>
<tr><td>Opvang</td><td>Een time-outplek met begeleiding.</td></tr>
<tr><td>Gezondheid</td><td>Samenwerking met de jeugdarts; protocol medisch handelen.</td></tr>
</table>
<p>Iedere school beschrijft in de schoolgids hoe zij deze standaarden invult. Eens per twee jaar bespreekt de directeur van het samenwerkingsverband met elke school de uitvoering.</p>

<h2>3. Samen sluitend</h2>
<p>Het samenwerkingsverband zorgt samen met de scholen voor een samenhangend aanbod:</p>
<ul>
<li><strong>In de school:</strong> basisondersteuning en extra ondersteuning, bijvoorbeeld een kleine klas of een traject in het steunpunt.</li>
<li><strong>Tussen de scholen:</strong> het Grevenmeer Plein (OPDC) voor leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren (maximaal 30 leerlingen, tot een jaar), een reboundvoorziening van 12 weken en een hoogbegaafdheidsprogramma.</li>
<li><strong>Onderwijs en zorg:</strong> het onderwijs-zorgarrangement De Oever voor leerlingen die behandeling en onderwijs combineren.</li>
<li><strong>Speciaal:</strong> vso De Horst (cluster 4) en vso-scholen buiten de regio voor cluster 3.</li>
</ul>
<p>Geen enkele leerling mag zonder onderwijs thuis zitten. Scholen melden iedere leerling die langer dan twee weken verzuimt bij het Thuiszitterspact Grevenmeer, waarin leerplicht, jeugdhulp, de school en onze trajectbegeleiders binnen een week een plan maken. Elk voorjaar maken wij met de besturen en gemeenten een overzicht van leerlingen voor wie het aanbod tekortschiet en spreken wij af welke school of voorziening het gat dicht. Kan een bestuur zijn zorgplicht niet waarmaken, dan neemt het samenwerkingsverband de regie.</p>

<h2>4. Toelaatbaarheid vso, lwoo en praktijkonderwijs</h2>
<p>Voor plaatsing in het vso is een toelaatbaarheidsverklaring (TLV) nodig. De school waar de leerling staat ingeschreven, vraagt deze aan bij het Loket Passend Onderwijs. Het loket vraagt advies aan twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige). Het bestuur van het samenwerkingsverband besluit binnen zes weken. Tegen het besluit kunt u bezwaar maken bij de Landelijke Bezwaaradviescommissie.</p>
<p>De aanvraag van een aanwijzing lwoo of TLV praktijkonderwijs loopt via dezelfde route; de school van aanmelding dient de aanvraag in vóór 1 april.</p>
<p>De criteria waaraan een aanvraag moet voldoen, vindt u in het document <a href="/media/criteria-toelaatbaarheid.pdf">Criteria toelaatbaarheid</a> op onze website.</p>

<h2>5. Van vso terug naar het regulier</h2>
<p>Wij willen dat leerlingen in het vso, waar dat kan, teruggaan naar een reguliere vo-school. Daarom kijkt vso De Horst elk jaar bij de evaluatie van het ontwikkelingsperspectief of terugplaatsing mogelijk is. In het laatste jaar van de TLV voert de vso-school vóór 1 februari een gesprek met ouders, de leerling en een trajectbegeleider van het samenwerkingsverband over terugplaatsing of verlenging.</p>
<ol>
<li>De vso-school stelt voor terugplaatsing voor en zoekt met ouders een passende reguliere school.</li>
<li>De leerling loopt maximaal vier weken mee op de nieuwe school (proefplaatsing).</li>
<li>De reguliere school besluit uiterlijk 1 mei over inschrijving; de TLV eindigt op 31 juli.</li>
<li>Het eerste halfjaar begeleidt een ambulant begeleider van De Horst de leerling op de nieuwe school.</li>
</ol>
<p>Terugplaatsing gebeurt alleen als de leerling daaraan toe is en de nieuwe school de benodigde ondersteuning kan bieden.</p>

<h2>6. Ouders en leerlingen</h2>
<p>U vindt informatie over de ondersteuning op de scholen en in het samenwerkingsverband op deze website (onder <a href="/ouders-en-leerlingen">Ouders &amp; leerlingen</a>), in de schoolgids van iedere school en in de brochure 'Extra ondersteuning in het vo', die in groep 8 wordt uitgedeeld. Twee keer per jaar is er een informatieavond.</p>
<p>Wilt u onafhankelijk advies? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Grevenmeer (telefoon 0800-4477880, elke werkdag van 9.00 tot 13.00 uur). Ook Onderwijsconsulenten helpt ouders gratis. Heeft u een klacht over het samenwerkingsverband, dan kunt u gebruikmaken van onze klachtenregeling.</p>
<p>Leerlingen hebben hoorrecht bij hun ontwikkelingsperspectief. In de ondersteuningsplanraad hebben ouders en leerlingen zitting.</p>

<h2>7. Financiën</h2>
<p>De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting worden jaarlijks vastgesteld in de begroting van het samenwerkingsverband. Deze vindt u op onze website onder <a href="/organisatie/financien">Organisatie &gt; Financiën</a>.</p>

<h2>8. Samenwerking met gemeenten</h2>
<p>Met de gemeenten Grevenmeer, Lemsterwold en Nieuw-Oosterend werken wij samen op het gebied van jeugdhulp in de school, thuiszitters, leerlingenvervoer en de overstap van vo naar mbo.</p>

<h2>9. Organisatie</h2>
<p>Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. Het bureau telt acht medewerkers, onder wie vier trajectbegeleiders.</p>
<p class="updated"><em>Laatst bijgewerkt: 2 april 2026</em></p>
</main>
<aside>
  <h3>Direct naar</h3>
  <ul><li><a href="/ondersteuning/aanvragen">Arrangement aanvragen (voor scholen)</a></li>
      <li><a href="/ouders-en-leerlingen/ojsp">Ouder- en Jeugdsteunpunt</a></li>
      <li><a href="/organisatie/jaarverslag">Jaarverslag 2024</a></li></ul>
  <h3>Nieuws</h3>
  <ul><li><a href="/nieuws/opr-stemt-in">OPR stemt in met nieuw ondersteuningsplan</a> <small>18-03-2026</small></li>
      <li><a href="/nieuws/studiedag">Studiedag ondersteuningscoördinatoren</a> <small>12-02-2026</small></li></ul>
</aside>
</div>
<footer class="site">
  <p><strong>Samenwerkingsverband VO Grevenmeer</strong> · Stationsplein 8 · 8531 GV Grevenmeer · 0513-221100 · info@swvgrevenmeer.nl</p>
  <p><a href="/privacy">Privacyverklaring</a> · <a href="/cookies">Cookies</a> · <a href="/toegankelijkheid">Toegankelijkheid</a> · <a href="/klachten">Klachtenregeling</a> · © 2026 SWV VO Grevenmeer</p>
</footer>
</body>
</html>
"""


def build_vo_grevenmeer():
    slug = "vo-grevenmeer-web"
    write_text(slug + ".html", GREVEN_HTML)
    write_labels(slug, [slug + ".html"], "vo", True,
                 {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"},
                 ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                  "ouders.informatie", "ouders.steunpunt"],
                 advisory=["basisondersteuning.borging", "plaatsing.deskundigen", "plaatsing.bezwaar",
                           "dekkend-aanbod.ketenpartners", "ouders.betrokkenheid"],
                 notes={"general": "Web page with site menu (incl. a 'Financiën' menu item), breadcrumb, sidebar (link 'Jaarverslag 2024', news) and footer; none of the chrome counts.",
                        "plaatsing": "Section 4: procedure (loket, two deskundigen, besluit within 6 weeks, bezwaar; lwoo/pro route) but the criteria are only in a linked web document -> criteria false.",
                        "financien": "Section 7 'Financiën' only refers to the website ('Deze vindt u op onze website'); no verdeelmodel, amounts or budget anywhere -> missing (verwezen).",
                        "resultaten": "No intended or achieved results, no indicators or monitoring; 'ambitie' in section 1 is a vision sentence; sidebar 'Jaarverslag 2024' is navigation -> missing.",
                        "dekkend-aanbod": "'Samen sluitend' (section 3): continuum list + thuiszitters approach and yearly gap overview, zorgplicht.",
                        "terugstroom": "Section 5: policy + numbered steps with moments (1 februari, 1 mei, 31 juli) and actors.",
                        "ouders": "Section 6: website, schoolgids, brochure, info evenings; OJSP, Onderwijsconsulenten, klachtenregeling.",
                        "basisondersteuning": "Section 2: level for all schools/vestigingen + standards table; borging via yearly-two conversation."})
    return slug


# ==========================================================================
def main():
    pdf = "--no-pdf" not in sys.argv
    os.makedirs(OUT, exist_ok=True)
    slugs = [build_po_ommeland(pdf), build_po_beekdal(pdf), build_vo_maasheuvel(pdf), build_vo_eilandenrijk(),
             build_vo_wolderland(pdf), build_np_schoolgids(pdf), build_np_evaluatie(pdf),
             build_po_kustvlakte(), build_po_zevensprong(), build_vo_grevenmeer()]
    total = 0
    for fn in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, fn)
        if os.path.isfile(p):
            total += os.path.getsize(p)
            extra = f"  ({pdf_pages(p)} p.)" if fn.endswith(".pdf") else ""
            print(f"{fn:48s} {os.path.getsize(p):8d}{extra}")
    print(f"total {total / 1e6:.2f} MB, {len(slugs)} document groups")


if __name__ == "__main__":
    main()
