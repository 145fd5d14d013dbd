#!/usr/bin/env python3
"""Generate the holdout65 test set for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO; .docx, .pdf rendered
from .docx with LibreOffice, and .html) plus one near-miss document (a
school-level "ondersteuningsplan" of a VO school) and their label files
(<name>.expected.yaml) into the folder above this script.

Deterministic, no network. PDFs need `soffice` (LibreOffice) on PATH.

Usage:  python3 src/make_holdout65.py
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = _dt.datetime(2025, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model
#   ("title", [lines])                    title page (ends with a page break)
#   ("toc", [(level, text, page)])        hand-made table of contents
#   ("chapter", heading, running_header)  new page/section, running header
#   ("h2", text) / ("h3", text)
#   ("p", text)                           body paragraph
#   ("ul", [items])                       bullet list
#   ("ol", [items])                       numbered list (numbers in text)
#   ("box", title, [paragraphs])          framed box (1x1 table, shaded)
#   ("table", rows, merges, opts)         rows: list of lists of str
#                                         merges: [(r1, c1, r2, c2)]
#   ("cols", n)                           continuous section with n columns
#   ("gloss", [(term, definition)])       glossary rendered as 2-col table
#   ("small", text)                       small print (colophon)
# ---------------------------------------------------------------------------


def _set_cols(section, n: int) -> None:
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def _add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _set_cell(cell, text: str, bold: bool = False, size: float | None = None) -> None:
    cell.text = ""
    lines = text.split("\n")
    first = True
    for line in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


class DocxRenderer:
    def __init__(self, style: dict):
        self.style = style
        self.doc = Document()
        cp = self.doc.core_properties
        cp.created = FIXED_DATE
        cp.modified = FIXED_DATE
        cp.last_printed = FIXED_DATE
        cp.author = style.get("author", "Bureau samenwerkingsverband")
        cp.title = style.get("doc_title", "Ondersteuningsplan")
        cp.revision = 1
        normal = self.doc.styles["Normal"]
        normal.font.name = style.get("font", "Calibri")
        normal.font.size = Pt(style.get("size", 10.5))
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.2)
        self.color = RGBColor.from_string(style.get("color", "1F4E79"))
        foot = sec.footer.paragraphs[0]
        foot.text = style["footer"] + " · pagina "
        _add_page_field(foot)
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hdr = sec.header.paragraphs[0]
        hdr.text = style.get("first_header", "")
        self.current_header = style.get("first_header", "")

    # headings ---------------------------------------------------------
    def _heading(self, text: str, level: int) -> None:
        if self.style.get("real_headings"):
            self.doc.add_heading(text, level=level)
            return
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt({1: 16, 2: 12.5, 3: 11}[level])
        if level < 3:
            r.font.color.rgb = self.color
        p.paragraph_format.space_before = Pt(10 if level > 1 else 4)
        p.paragraph_format.space_after = Pt(4)

    def _new_section(self, start, header: str | None, cols: int) -> None:
        sec = self.doc.add_section(start)
        _set_cols(sec, cols)
        if header is not None and header != self.current_header:
            sec.header.is_linked_to_previous = False
            sec.header.paragraphs[0].text = header
            self.current_header = header

    def render(self, blocks) -> Document:
        for blk in blocks:
            kind = blk[0]
            if kind == "title":
                for i, line in enumerate(blk[1]):
                    p = self.doc.add_paragraph()
                    r = p.add_run(line)
                    if i == 0:
                        r.bold = True
                        r.font.size = Pt(24)
                        r.font.color.rgb = self.color
                    elif i == 1:
                        r.font.size = Pt(16)
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            elif kind == "toc":
                self._new_section(WD_SECTION.NEW_PAGE, self.style.get("toc_header", ""), 1)
                self._heading("Inhoud", 1)
                for level, text, page in blk[1]:
                    p = self.doc.add_paragraph()
                    p.paragraph_format.left_indent = Cm(0.6 * (level - 1))
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(f"{text} {'.' * max(3, 60 - len(text))} {page}")
            elif kind == "chapter":
                self._new_section(WD_SECTION.NEW_PAGE, blk[2], 1)
                self._heading(blk[1], 1)
            elif kind == "cols":
                self._new_section(WD_SECTION.CONTINUOUS, None, blk[1])
            elif kind == "h2":
                self._heading(blk[1], 2)
            elif kind == "h3":
                self._heading(blk[1], 3)
            elif kind == "p":
                self.doc.add_paragraph(blk[1])
            elif kind == "small":
                p = self.doc.add_paragraph()
                r = p.add_run(blk[1])
                r.font.size = Pt(8)
            elif kind in ("ul", "ol"):
                for it in blk[1]:
                    self.doc.add_paragraph(it, style="List Bullet" if kind == "ul" else "List Number")
            elif kind == "box":
                t = self.doc.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                c = t.cell(0, 0)
                _shade(c, self.style.get("box_fill", "DEEAF6"))
                c.text = ""
                r = c.paragraphs[0].add_run(blk[1])
                r.bold = True
                r.font.color.rgb = self.color
                for para in blk[2]:
                    c.add_paragraph(para)
                self.doc.add_paragraph()
            elif kind == "table":
                rows, merges, opts = blk[1], blk[2], blk[3] if len(blk) > 3 else {}
                ncols = max(len(r) for r in rows)
                t = self.doc.add_table(rows=len(rows), cols=ncols)
                t.style = "Table Grid"
                texts = {}
                for ri, row in enumerate(rows):
                    for ci, val in enumerate(row):
                        texts[(ri, ci)] = val
                merged_cells = []
                for (r1, c1, r2, c2) in merges:
                    m = t.cell(r1, c1).merge(t.cell(r2, c2))
                    merged_cells.append(((r1, c1), m))
                done = set()
                for (r1, c1), m in merged_cells:
                    _set_cell(m, texts.get((r1, c1), ""), bold=(r1 == 0 and opts.get("header", True)))
                    done.add(id(m._tc))
                for ri, row in enumerate(rows):
                    for ci, val in enumerate(row):
                        cell = t.cell(ri, ci)
                        if id(cell._tc) in done:
                            continue
                        if any(r1 <= ri <= r2 and c1 <= ci <= c2 for (r1, c1, r2, c2) in merges):
                            continue
                        _set_cell(cell, val, bold=(ri == 0 and opts.get("header", True)), size=opts.get("size"))
                if opts.get("header", True):
                    for ci in range(ncols):
                        _shade(t.cell(0, ci), self.style.get("th_fill", "BDD7EE"))
                if opts.get("caption"):
                    cap = self.doc.add_paragraph()
                    rr = cap.add_run(opts["caption"])
                    rr.italic = True
                    rr.font.size = Pt(9)
                else:
                    self.doc.add_paragraph()
            elif kind == "gloss":
                t = self.doc.add_table(rows=len(blk[1]), cols=2)
                t.style = "Table Grid"
                for i, (term, d) in enumerate(blk[1]):
                    _set_cell(t.cell(i, 0), term, bold=True)
                    _set_cell(t.cell(i, 1), d)
                self.doc.add_paragraph()
            elif kind == "pagebreak":
                self.doc.add_page_break()
            else:
                raise ValueError(kind)
        return self.doc


def _normalize_zip(path: Path) -> None:
    """Rewrite a .docx with fixed member timestamps so repeated runs are byte-identical."""
    import io
    import zipfile
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(buf.getvalue())


def render_docx(blocks, style: dict, path: Path) -> None:
    doc = DocxRenderer(style).render(blocks)
    doc.save(str(path))
    _normalize_zip(path)


def docx_to_pdf(docx_path: Path, pdf_path: Path, workdir: Path) -> None:
    profile = workdir / "lo-profile"
    cmd = [
        "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
        "--convert-to", "pdf", "--outdir", str(workdir), str(docx_path),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = workdir / (docx_path.stem + ".pdf")
    if not produced.exists():
        raise RuntimeError(f"LibreOffice did not produce {produced}")
    shutil.copyfile(produced, pdf_path)


def render_html(blocks, style: dict, path: Path) -> None:
    e = _html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(style['doc_title'])}</title>",
        "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
        ".kader{border:2px solid #2e75b6;background:#eef5fb;padding:.6em 1em;margin:1em 0}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em;vertical-align:top}"
        "header.site,footer.site{color:#555;font-size:.85em;border-bottom:1px solid #ccc}"
        "nav.toc li{list-style:none}.small{font-size:.8em}</style>",
        "</head>",
        "<body>",
        f'<header class="site"><div class="logo">{e(style["site_header"])}</div>'
        '<nav class="menu"><a href="/">Home</a> | <a href="/ouders">Voor ouders</a> | '
        '<a href="/toelaatbaarheid">Toelaatbaarheid</a> | <a href="/sociale-kaart">Sociale kaart</a> | '
        '<a href="/contact">Contact</a></nav></header>',
        "<main>",
    ]
    in_article = False
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append('<section class="titel">')
            out.append(f"<h1>{e(blk[1][0])}</h1>")
            for line in blk[1][1:]:
                out.append(f"<p>{e(line)}</p>")
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for level, text, _page in blk[1]:
                out.append(f'<li style="margin-left:{(level - 1) * 1.5}em">{e(text)}</li>')
            out.append("</ul></nav>")
        elif kind == "chapter":
            if in_article:
                out.append("</article>")
            out.append('<article class="hoofdstuk">')
            in_article = True
            out.append(f"<h2>{e(blk[1])}</h2>")
        elif kind == "cols":
            continue
        elif kind == "h2":
            out.append(f"<h3>{e(blk[1])}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(blk[1])}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(blk[1])}</p>")
        elif kind == "small":
            out.append(f'<p class="small">{e(blk[1])}</p>')
        elif kind in ("ul", "ol"):
            tag = "ul" if kind == "ul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in blk[1]) + f"</{tag}>")
        elif kind == "box":
            out.append(f'<aside class="kader"><p><strong>{e(blk[1])}</strong></p>')
            for para in blk[2]:
                out.append(f"<p>{e(para)}</p>")
            out.append("</aside>")
        elif kind == "table":
            rows, merges, opts = blk[1], blk[2], blk[3] if len(blk) > 3 else {}
            covered = set()
            span = {}
            for (r1, c1, r2, c2) in merges:
                span[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            covered.add((r, c))
            out.append("<table>")
            if opts.get("caption"):
                out.append(f"<caption>{e(opts['caption'])}</caption>")
            for ri, row in enumerate(rows):
                cells = []
                for ci, val in enumerate(row):
                    if (ri, ci) in covered:
                        continue
                    tag = "th" if ri == 0 and opts.get("header", True) else "td"
                    attrs = ""
                    if (ri, ci) in span:
                        rs, cs = span[(ri, ci)]
                        if rs > 1:
                            attrs += f' rowspan="{rs}"'
                        if cs > 1:
                            attrs += f' colspan="{cs}"'
                    cells.append(f"<{tag}{attrs}>" + "<br>".join(e(x) for x in val.split("\n")) + f"</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
        elif kind == "gloss":
            out.append("<dl>")
            for term, d in blk[1]:
                out.append(f"<dt><strong>{e(term)}</strong></dt><dd>{e(d)}</dd>")
            out.append("</dl>")
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    if in_article:
        out.append("</article>")
    out.append("</main>")
    out.append(f'<footer class="site"><p>{e(style["footer"])}</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Label files
# ---------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]
CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def status_from(criteria: dict, advisory: dict, el: str) -> str:
    core = [criteria[f"{el}.{c}"] for c in CORE[el]]
    if all(core):
        return "present"
    if any(core) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(name: str, documents: list[str], sector: str, criteria: dict | None,
                advisory: dict | None, notes: dict) -> None:
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}"]
    if criteria is None:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f"  {k}: {_q(v)}")
    else:
        advisory = advisory or {}
        statuses = {el: status_from(criteria, advisory, el) for el in ELEMENTS}
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{el}: {statuses[el]}" for el in ELEMENTS) + "}")
        lines.append("criteria:")
        for el in ELEMENTS:
            for c in CORE[el]:
                key = f"{el}.{c}"
                lines.append(f"  {key}: {'true' if criteria[key] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append(f"  {el}: [{', '.join(advisory[el])}]")
        lines.append("notes:")
        for el in ELEMENTS:
            if el in notes:
                lines.append(f"  {el}: {_q(notes[el])}")
        for k, v in notes.items():
            if k not in ELEMENTS:
                lines.append(f"  {k}: {_q(v)}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def crit(**kw) -> dict:
    """crit(basisondersteuning_niveau=True, ...) -> {'basisondersteuning.niveau': True, ...}"""
    out = {}
    for el in ELEMENTS:
        for c in CORE[el]:
            key = f"{el.replace('-', '_')}_{c}"
            if key not in kw:
                raise KeyError(key)
            out[f"{el}.{c}"] = bool(kw[key])
    return out


# ---------------------------------------------------------------------------
# Shared filler: text that real plans carry but that addresses none of the
# seven elements (only passing mentions of their vocabulary).
# ---------------------------------------------------------------------------
def filler(key: str, **kw) -> list:
    F = {
        "governance": [
            ("p", "{naam} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat "
                  "minimaal vier keer per jaar vergadert en de kaders vaststelt: het ondersteuningsplan, de "
                  "begroting, de jaarrekening en het jaarverslag. De dagelijkse leiding ligt bij een "
                  "directeur-bestuurder die in dienst is van de stichting. Sinds de statutenwijziging van 2021 "
                  "zijn bestuur en intern toezicht gescheiden volgens het zogeheten two-tier-model: het "
                  "algemeen bestuur houdt toezicht, de directeur-bestuurder bestuurt."),
            ("p", "De directeur-bestuurder legt verantwoording af aan het algemeen bestuur via kwartaalgesprekken "
                  "en een managementletter. Het algemeen bestuur evalueert jaarlijks het eigen functioneren, "
                  "bij voorkeur onder begeleiding van een externe deskundige. Wij volgen de Code Goed Bestuur "
                  "van de sectororganisatie en publiceren op onze website de nevenfuncties van bestuurders en "
                  "toezichthouders. Besluiten over de hoofdlijnen van beleid neemt het algemeen bestuur bij "
                  "meerderheid van stemmen, waarbij de stemverhouding is gekoppeld aan het aantal leerlingen "
                  "per bestuur. Geschillen tussen de aangesloten besturen worden voorgelegd aan de "
                  "geschillencommissie die in de statuten is aangewezen."),
            ("p", "Het samenwerkingsverband heeft een klein bureau. Het bureau ondersteunt de "
                  "directeur-bestuurder, organiseert de netwerken van intern begeleiders en "
                  "ondersteuningscoördinatoren, voert het secretariaat van de commissies en verzorgt de "
                  "administratie, het personeelsbeleid en de communicatie met de scholen."),
        ],
        "opr": [
            ("p", "De ondersteuningsplanraad (OPR) is het medezeggenschapsorgaan van {kort}. De leden worden "
                  "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                  "instemmingsrecht op het ondersteuningsplan en op elke tussentijdse wijziging daarvan. "
                  "Daarnaast voert de OPR ten minste twee keer per jaar overleg met de directeur-bestuurder "
                  "over de uitvoering van het plan en de begroting."),
            ("p", "De OPR vergadert zes keer per jaar en heeft een eigen reglement en huishoudelijk reglement. "
                  "Het samenwerkingsverband faciliteert de raad met een ambtelijk secretaris, een scholingsbudget "
                  "en een vacatievergoeding voor leden die niet in dienst zijn van een van de besturen. "
                  "Tijdens de totstandkoming van dit plan is de OPR in drie themabijeenkomsten meegenomen in de "
                  "keuzes die het algemeen bestuur wilde maken. De OPR heeft zijn instemming verleend op "
                  "{opr_datum}."),
        ],
        "personeel": [
            ("p", "Het bureau van {kort} telt ongeveer {fte} fte. Medewerkers zijn in dienst van de stichting of "
                  "worden gedetacheerd vanuit een van de aangesloten besturen. Wij kiezen er bewust voor om "
                  "expertise zoveel mogelijk dicht bij de scholen te organiseren. Dat vraagt om medewerkers "
                  "die de scholen kennen, die kunnen schakelen tussen beleid en praktijk en die zich blijven "
                  "ontwikkelen."),
            ("p", "In de planperiode investeren wij in de deskundigheid van onze eigen medewerkers. Iedere "
                  "medewerker heeft jaarlijks een gesprek over de eigen ontwikkeling en een persoonlijk "
                  "scholingsbudget. Met de besturen maken wij afspraken over detacheringen, zodat de "
                  "continuïteit gewaarborgd blijft wanneer medewerkers wisselen. De werkdruk in het onderwijs "
                  "is hoog; het lerarentekort raakt ook onze scholen. Wij houden daar rekening mee door "
                  "bijeenkomsten zoveel mogelijk na schooltijd en dicht bij de scholen te organiseren en door "
                  "administratieve lasten voor leraren te beperken."),
            ("p", "Voor leraren, intern begeleiders en schoolleiders organiseert het samenwerkingsverband een "
                  "jaarlijks scholingsaanbod: studiemiddagen, lerende netwerken en een congres in het voorjaar. "
                  "Thema's kiezen wij samen met de scholen. De afgelopen jaren ging het onder meer over "
                  "gedrag in de klas, rekenproblemen, het werken met groeidocumenten en het voeren van "
                  "gesprekken met leerlingen."),
        ],
        "ict": [
            ("p", "Aanvragen, adviezen en dossiers lopen via een beveiligd digitaal portaal. Alleen medewerkers "
                  "die daarvoor zijn geautoriseerd hebben toegang tot de gegevens van leerlingen. Met de "
                  "leverancier is een verwerkersovereenkomst gesloten. Het samenwerkingsverband heeft een "
                  "functionaris gegevensbescherming (FG) aangesteld, die wordt gedeeld met twee andere "
                  "samenwerkingsverbanden in de regio."),
            ("p", "Wij verwerken persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat "
                  "nodig is voor onze wettelijke taken. Gegevens worden niet langer bewaard dan nodig; voor "
                  "besluiten geldt de wettelijke bewaartermijn van drie jaar na het besluit. Het privacyreglement "
                  "is door het algemeen bestuur vastgesteld en staat op de website. Datalekken worden gemeld "
                  "volgens het protocol datalekken. In 2026 voeren wij een nieuwe risicoanalyse uit op de "
                  "informatiebeveiliging, inclusief de back-ups en het gebruik van e-mail."),
        ],
        "totstand": [
            ("p", "Dit ondersteuningsplan is tot stand gekomen in een traject van ruim een jaar. Het algemeen "
                  "bestuur heeft in het voorjaar van {jaar_voor} de uitgangspunten bepaald. Daarna zijn in "
                  "werkgroepen met intern begeleiders, schoolleiders en medewerkers van het bureau de "
                  "hoofdstukken voorbereid. Een conceptversie is besproken met de schoolbesturen en met de "
                  "ondersteuningsplanraad."),
            ("p", "Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders "
                  "van {gemeenten} heeft plaatsgevonden op {oogo_datum}. Van het overleg is een verslag gemaakt "
                  "dat door beide partijen is ondertekend. Ook is het concept besproken met het aangrenzende "
                  "samenwerkingsverband {ander_swv}. Het algemeen bestuur heeft het plan definitief vastgesteld "
                  "op {vast_datum}, waarna het plan vóór 1 mei is toegezonden aan de Inspectie van het "
                  "Onderwijs. Het plan geldt van 1 augustus {start} tot en met 31 juli {eind}."),
        ],
        "planning": [
            ("p", "Het ondersteuningsplan beschrijft de koers op hoofdlijnen voor vier schooljaren. Elk jaar "
                  "vertalen wij het plan naar een jaarplan met activiteiten en een jaarbegroting. Het jaarplan "
                  "wordt in juni besproken met het algemeen bestuur en de ondersteuningsplanraad. Wanneer "
                  "wet- of regelgeving daartoe aanleiding geeft, passen wij het ondersteuningsplan tussentijds "
                  "aan; een wijziging wordt altijd ter instemming voorgelegd aan de OPR."),
            ("p", "Voor de planperiode zien wij een aantal externe ontwikkelingen die ons werk beïnvloeden: de "
                  "dalende leerlingaantallen in een deel van de regio, het tekort aan leraren en "
                  "specialisten, de landelijke discussie over de inrichting van de jeugdzorg en de "
                  "wetgeving die de positie van leerlingen en ouders in het passend onderwijs versterkt. Wij "
                  "volgen deze ontwikkelingen en bespreken de gevolgen jaarlijks met het algemeen bestuur."),
        ],
        "vervoer": [
            ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Omdat keuzes op deze "
                  "terreinen wel gevolgen hebben voor leerlingen, bespreken wij ze in het reguliere overleg "
                  "met de wethouders onderwijs. Gemeenten hebben aangegeven de verordening leerlingenvervoer in "
                  "de planperiode te herzien. Ook de integrale huisvestingsplannen van de gemeenten worden "
                  "in de planperiode geactualiseerd."),
        ],
        "landelijk": [
            ("p", "Passend onderwijs is na ruim tien jaar nog altijd in beweging. Na de landelijke evaluatie van "
                  "2020 heeft het kabinet een verbeteraanpak ingezet, en in 2024 en 2025 volgden nieuwe stappen. "
                  "De ambitie is dat het onderwijs in 2035 zo inclusief mogelijk is: kinderen met en zonder "
                  "beperking leren zoveel mogelijk samen. Wat dat precies betekent voor de rol van "
                  "samenwerkingsverbanden, is nog niet duidelijk. Wij volgen de landelijke discussie via de "
                  "sectororganisatie en de regionale overleggen van directeuren van samenwerkingsverbanden."),
            ("p", "Ook de arbeidsmarkt in het onderwijs verandert. Het tekort aan leraren, intern begeleiders en "
                  "orthopedagogen is in onze regio voelbaar. Scholen werken steeds vaker met onderwijsassistenten, "
                  "zij-instromers en studenten. Dat vraagt om een andere organisatie van de ondersteuning, waarin "
                  "expertise slim wordt gedeeld tussen scholen en besturen. In de planperiode verkennen wij samen "
                  "met de besturen welke vormen van gezamenlijke inzet van specialisten mogelijk zijn."),
            ("p", "Tot slot zien wij dat de vragen waarmee scholen bij ons komen complexer worden. Kinderen "
                  "groeien op in een wereld die snel verandert, met sociale media, prestatiedruk en soms grote "
                  "zorgen thuis. Scholen signaleren meer angst en somberheid, ook bij jonge kinderen. Die "
                  "ontwikkeling vraagt om een goede samenwerking tussen onderwijs en de mensen die thuis en in de "
                  "wijk betrokken zijn, en om leraren die zich gesteund voelen in hun werk."),
        ],
        "communicatie_prof": [
            ("p", "Met de scholen en besturen communiceren wij via een digitale nieuwsbrief die tien keer per "
                  "jaar verschijnt, een besloten deel van de website voor professionals en de netwerken van "
                  "intern begeleiders en schoolleiders. Nieuwe medewerkers van scholen ontvangen een "
                  "welkomstpakket met de belangrijkste afspraken en contactgegevens. Bij iedere wijziging in "
                  "werkwijzen of formulieren sturen wij een korte toelichting aan alle schoolleiders."),
            ("p", "Met onze partners – gemeenten, jeugdteams, kinderopvang en het voortgezet onderwijs – hebben wij "
                  "vaste contactpersonen. Twee keer per jaar organiseren wij een regiobijeenkomst waarin wij "
                  "ontwikkelingen delen en elkaar bijpraten. Op sociale media zijn wij terughoudend; wij "
                  "gebruiken LinkedIn vooral om vacatures en bijeenkomsten onder de aandacht te brengen."),
        ],
        "kennis": [
            ("p", "Het samenwerkingsverband werkt samen met de lerarenopleidingen van de regionale "
                  "hogeschool. Studenten doen praktijkonderzoek op onze scholen naar vragen die de scholen zelf "
                  "inbrengen, bijvoorbeeld over het gebruik van beeldondersteuning in de klas of over het "
                  "voeren van kindgesprekken. De uitkomsten worden gedeeld in de netwerken van intern "
                  "begeleiders. Daarnaast nemen wij deel aan een landelijk kennisnetwerk van "
                  "samenwerkingsverbanden, waarin wij ervaringen uitwisselen over werkwijzen en organisatie."),
            ("p", "Wij stimuleren scholen om van elkaar te leren. Daarvoor organiseren wij ‘leerwandelingen’: "
                  "een team bezoekt een andere school en kijkt hoe daar met een bepaald thema wordt omgegaan. "
                  "De ervaringen zijn positief; leraren noemen vooral de praktische tips en de gesprekken met "
                  "collega's waardevol. In de planperiode willen wij deze vorm van kennisdeling uitbreiden naar "
                  "alle scholen die daar belangstelling voor hebben."),
        ],
        "ikc": [
            ("p", "In een groot deel van de regio ontwikkelen basisscholen zich tot integraal kindcentrum (ikc), "
                  "waarin onderwijs, kinderopvang en soms ook jeugdgezondheidszorg onder één dak samenwerken. "
                  "Dat biedt kansen om vroeg te signaleren en om de overgang van voorschoolse voorzieningen naar "
                  "de basisschool soepel te laten verlopen. Het samenwerkingsverband is geen partij in de "
                  "ikc-ontwikkeling zelf, maar denkt mee wanneer besturen daarom vragen."),
            ("p", "De huisvesting van ikc's is een verantwoordelijkheid van gemeenten en besturen. In de "
                  "integrale huisvestingsplannen wordt rekening gehouden met ruimte voor kleine groepen en "
                  "spreekruimtes, zodat specialisten ook in de school kunnen werken."),
        ],
        "inspectie": [
            ("p", "Bij het laatste vierjaarlijkse onderzoek van de Inspectie van het Onderwijs beoordeelde de "
                  "inspectie de standaarden voor bestuur en kwaliteitscultuur als voldoende. De inspectie "
                  "gaf als aandachtspunt mee dat het samenwerkingsverband de eigen rol scherper kan "
                  "formuleren ten opzichte van de besturen. Dat punt is meegenomen bij het schrijven van "
                  "dit plan."),
        ],
    }
    out = []
    for blk in F[key]:
        if blk[0] == "p":
            out.append(("p", blk[1].format(**kw) if kw else blk[1]))
        else:
            out.append(blk)
    return out


# ===========================================================================
# Plan 1 — PO, De Rivierenkring. .docx + .pdf. Headings are bold coloured
# lines (no heading styles), running headers per chapter, framed boxes.
# Labels: BO present · PL partial (criteria -> absent bijlage 5) · TS partial
# (beleid inside TLV chapter; procedure deferred) · FI present ("Geld en
# middelen") · DA missing (deferral) · RE partial (targets; monitoring
# deferred) · OU present (in "Communicatie", steunpunt in box).
# ===========================================================================
def plan_rivierenkring() -> list:
    kw = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Rivierenkring", kort="De Rivierenkring",
              fte="14,6", opr_datum="15 april 2025", jaar_voor="2024",
              gemeenten="Lingewaal-Oost, Waaldijk, Tielerwaard-Noord en Meerdijk", oogo_datum="3 april 2025",
              ander_swv="VO Rivierenland (VO 27-99)", vast_datum="24 april 2025", start="2025", eind="2029")
    H = "Ondersteuningsplan 2025–2029 · "
    b = []
    b.append(("title", [
        "Ondersteuningsplan 2025–2029",
        "‘Samen sterk langs de rivier’",
        "Samenwerkingsverband Passend Primair Onderwijs De Rivierenkring (PO 27-98)",
        "Over basisondersteuning, toelaatbaarheid, terugplaatsing, een dekkend aanbod, financiën, resultaten en ouders",
        "Vastgesteld door het algemeen bestuur op 24 april 2025 · instemming OPR 15 april 2025",
    ]))
    b.append(("toc", [
        (1, "Voorwoord", 3), (1, "1 Inleiding en leeswijzer", 4), (1, "2 Onze regio en onze scholen", 6),
        (1, "3 Visie en missie", 8), (1, "4 Basisondersteuning: wat elke school biedt", 10),
        (1, "5 Toelaatbaarheid sbo en so", 14), (2, "5.6 Na afloop van de TLV", 18),
        (1, "6 Een dekkend aanbod", 19), (1, "7 Geld en middelen", 20), (1, "8 Ambities en resultaten", 24),
        (1, "9 Communicatie", 26), (1, "10 Organisatie en medezeggenschap", 28),
        (1, "11 Personeel en professionalisering", 30), (1, "12 ICT en privacy", 31),
        (1, "13 Totstandkoming en planning", 32), (1, "Bijlage 1 Begrippenlijst", 33),
        (1, "Bijlage 2 Afkortingen", 35), (1, "Bijlage 5 Notitie Toelaatbaarheid (separaat)", 36),
    ]))
    b.append(("chapter", "Voorwoord", H + "Voorwoord"))
    b += [
        ("p", "Voor u ligt het ondersteuningsplan 2025–2029 van De Rivierenkring. Het is ons derde plan sinds de "
              "invoering van passend onderwijs in 2014. Wie de eerste twee plannen naast dit plan legt, ziet "
              "hoeveel er is veranderd. In 2014 ging het vooral over structuren: loketten, commissies en "
              "geldstromen. Nu gaat het over de vraag of wij er samen in slagen om ieder kind in onze regio "
              "het onderwijs te bieden dat het nodig heeft, zo dicht mogelijk bij huis."),
        ("p", "Dit plan is geschreven voor iedereen die bij passend onderwijs betrokken is: leerkrachten, "
              "intern begeleiders, schoolleiders, besturen, gemeenten en natuurlijk ouders. Wij hebben "
              "geprobeerd het plan leesbaar te houden. Waar het om technische afspraken gaat, verwijzen "
              "wij naar de notities die het algemeen bestuur daarover heeft vastgesteld."),
        ("p", "Een woord van dank gaat uit naar de leden van de werkgroepen, de ondersteuningsplanraad en de "
              "gemeenten, die met ons hebben meegedacht. Hun kritische vragen hebben dit plan beter gemaakt. "
              "Wij kijken uit naar de komende vier jaar."),
        ("p", "Drs. M.A. (Marleen) Hofstede-Verbeek, directeur-bestuurder"),
    ]
    b.append(("chapter", "1 Inleiding en leeswijzer", H + "Hoofdstuk 1 Inleiding"))
    b += [
        ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              "Artikel 18a van de Wet op het primair onderwijs schrijft voor wat het plan in elk geval "
              "bevat: onder meer de basisondersteuning, de verdeling van de middelen, de procedure voor "
              "plaatsing in het speciaal (basis)onderwijs, het beleid voor terugplaatsing, de beoogde en "
              "bereikte resultaten en de manier waarop ouders worden geïnformeerd. In de leeswijzer hieronder "
              "ziet u in welk hoofdstuk welk onderwerp aan bod komt."),
        ("p", "Hoofdstuk 2 schetst de regio en de scholen. Hoofdstuk 3 beschrijft onze visie en missie. In "
              "hoofdstuk 4 leest u wat elke school in ieder geval biedt. Hoofdstuk 5 gaat over de "
              "toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs. Hoofdstuk 6 gaat "
              "over het dekkend aanbod, hoofdstuk 7 over geld en middelen en hoofdstuk 8 over onze ambities. "
              "Hoofdstuk 9 gaat over communicatie. De hoofdstukken 10 tot en met 13 gaan over de organisatie, "
              "het personeel, ICT en privacy en de totstandkoming van het plan."),
        ("p", "Dit plan is een plan op hoofdlijnen. De uitwerking volgt in jaarplannen en in notities die het "
              "algemeen bestuur afzonderlijk vaststelt. Waar dat het geval is, staat dat in de tekst."),
    ]
    b.append(("chapter", "2 Onze regio en onze scholen", H + "Hoofdstuk 2 Regio"))
    b += [
        ("p", "De Rivierenkring omvat de gemeenten Lingewaal-Oost, Waaldijk, Tielerwaard-Noord en Meerdijk. Het "
              "is een landelijk gebied met kernen van sterk wisselende omvang, van dorpen met minder dan "
              "duizend inwoners tot de stad Meerdijk met ruim 41.000 inwoners. In de kleine kernen staat "
              "vaak één basisschool, soms met minder dan vijftig leerlingen."),
        ("p", "Bij het samenwerkingsverband zijn negen schoolbesturen aangesloten met samen 61 basisscholen, "
              "twee scholen voor speciaal basisonderwijs (SBO De Vlonder in Meerdijk en SBO Het Wad in "
              "Waaldijk) en één school voor speciaal onderwijs cluster 4 (De Meander). Leerlingen die "
              "aangewezen zijn op cluster 3 gaan naar scholen buiten de regio, vooral in Tiel en Nijmegen."),
        ("table", [
            ["Kengetal (teldatum 1 oktober 2024)", "Aantal"],
            ["Basisscholen", "61"],
            ["Leerlingen basisonderwijs", "13.912"],
            ["Scholen voor sbo", "2 (samen 287 leerlingen)"],
            ["Scholen voor so binnen de regio", "1 (De Meander, cluster 4)"],
            ["Schoolbesturen", "9"],
            ["Gemeenten", "4"],
        ], [], {"caption": "Tabel 1. De Rivierenkring in cijfers"}),
        ("p", "Het aantal leerlingen in de regio daalt. Volgens de prognoses van de gemeenten neemt het aantal "
              "leerlingen in het basisonderwijs tot 2030 met ongeveer zes procent af, met grote verschillen "
              "tussen de kernen. In Meerdijk blijft het aantal leerlingen stabiel door nieuwbouw; in de "
              "kleinere dorpen is de daling sterker. Dat heeft gevolgen voor de bekostiging van de besturen "
              "en voor de vraag hoe de besturen hun scholen in stand houden."),
        ("p", "De regio kent een relatief hoog aandeel gezinnen dat gebruikmaakt van jeugdhulp. Ook het "
              "aantal kinderen met een andere thuistaal dan het Nederlands groeit, vooral in Meerdijk en "
              "Waaldijk, waar arbeidsmigranten uit Midden- en Oost-Europa wonen."),
    ]
    b.append(("chapter", "3 Visie en missie", H + "Hoofdstuk 3 Visie en missie"))
    b += [
        ("p", "Onze missie is kort: ieder kind in De Rivierenkring krijgt het onderwijs en de ondersteuning die "
              "het nodig heeft om zich te ontwikkelen, zo dicht mogelijk bij huis en samen met leeftijdgenoten. "
              "Dat is geen belofte die het samenwerkingsverband alleen kan waarmaken. Het is een gezamenlijke "
              "opdracht van de besturen, de scholen, de gemeenten en de ouders."),
        ("p", "Wij geloven dat kinderen het meest leren in een omgeving waar zij zich veilig voelen, waar "
              "leraren hoge verwachtingen hebben en waar verschillen gewoon zijn. Wij kijken naar wat een kind "
              "nodig heeft en niet naar een label of een diagnose. Wij werken handelingsgericht: wij "
              "formuleren wat een kind, een leraar en een groep nodig hebben en wij zoeken samen naar wat "
              "werkt."),
        ("p", "Vier kernwaarden geven richting aan ons werk: nabijheid, vertrouwen, eigenaarschap en "
              "samenwerking. Nabijheid betekent dat wij de ondersteuning zo dicht mogelijk bij het kind "
              "organiseren. Vertrouwen betekent dat wij uitgaan van de professionaliteit van leraren en "
              "scholen. Eigenaarschap betekent dat ieder bestuur verantwoordelijk is voor de kwaliteit van de "
              "eigen scholen. Samenwerking betekent dat wij over de grenzen van besturen en organisaties heen "
              "kijken."),
        ("p", "Het samenwerkingsverband ziet zichzelf als een netwerkorganisatie. Wij zijn er niet om de "
              "besturen hun werk uit handen te nemen, maar om te verbinden, te faciliteren en waar nodig te "
              "besluiten. Die rol vraagt om een bureau dat dichtbij staat en snel kan handelen, en om besturen "
              "die elkaar aanspreken."),
    ]
    b.append(("chapter", "4 Basisondersteuning: wat elke school biedt", H + "Hoofdstuk 4 Basisondersteuning"))
    b += [
        ("p", "In De Rivierenkring hebben alle negen besturen afgesproken dat iedere vestiging – ook de kleinste "
              "dorpsschool – ten minste de basisondersteuning uit tabel 2 biedt. Deze afspraken vormen samen "
              "het niveau van basisondersteuning van ons samenwerkingsverband. Een school mag meer bieden, "
              "maar niet minder. Voor dit niveau hoeft geen aanvraag bij het samenwerkingsverband te worden "
              "gedaan: het hoort bij het gewone werk van de school en wordt betaald uit de middelen die de "
              "besturen ontvangen."),
        ("p", "Het algemeen bestuur heeft het niveau op 14 november 2024 opnieuw vastgesteld, na een "
              "evaluatie met de intern begeleiders. Ten opzichte van het vorige plan zijn twee onderdelen "
              "toegevoegd: een aanbod voor kinderen die meer uitdaging nodig hebben en afspraken over het "
              "verstrekken van medicijnen en medische handelingen."),
        ("table", [
            ["Domein", "Wat u op elke school van De Rivierenkring mag verwachten"],
            ["Organisatie van de ondersteuning", "Een intern begeleider met ten minste 0,2 fte per 100 leerlingen (minimaal één dagdeel per week op iedere vestiging)."],
            ["", "Een ondersteuningsteam (OT) dat ten minste vier keer per jaar bijeenkomt, met de consulent van het samenwerkingsverband."],
            ["", "Een groeidocument of ontwikkelingsperspectief (OPP) voor iedere leerling die structureel afwijkt van het programma van de groep."],
            ["Lezen, taal en rekenen", "Uitvoering van het Protocol Leesproblemen en Dyslexie, inclusief signalering in groep 2 en 3 en begeleiding in de groep.\nInzet van compenserende en dispenserende middelen zoals voorleessoftware."],
            ["", "Een aanpak voor ernstige rekenproblemen volgens het Protocol ERWD."],
            ["Gedrag en welbevinden", "Een schoolbrede aanpak van gedrag en een anti-pestprogramma; tweejaarlijkse monitoring van sociale veiligheid."],
            ["", "Korte interventies voor leerlingen met lichte gedragsproblemen, zoals een time-in-plek en een persoonlijk gedragsplan."],
            ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 1-2 en groep 5; compacten en verrijken binnen de groep."],
            ["Taal en nieuwkomers", "Extra taalaanbod in de groep voor leerlingen met een taalachterstand of een andere thuistaal."],
            ["Medische zorg", "Een protocol medicijnverstrekking en medisch handelen, met een aanspreekpunt per school."],
            ["Planmatig werken", "Een leerlingvolgsysteem, groepsoverzichten en een vaste cyclus van groeps- en leerlingbesprekingen (ten minste drie keer per jaar)."],
        ], [(1, 0, 3, 0), (4, 0, 5, 0), (6, 0, 7, 0)],
            {"caption": "Tabel 2. Het niveau van basisondersteuning in De Rivierenkring (vastgesteld 14-11-2024)"}),
        ("p", "Iedere school beschrijft in de schoolgids hoe zij deze basisondersteuning concreet invult. Het "
              "samenwerkingsverband toetst elke twee jaar met een ‘basisscan’ of alle vestigingen het "
              "afgesproken niveau halen. Scoort een school op een onderdeel onvoldoende, dan stelt het "
              "bestuur binnen drie maanden een verbeterplan op. De consulent van het samenwerkingsverband "
              "bespreekt de voortgang met de schoolleider en rapporteert daarover aan de directeur-bestuurder."),
        ("p", "Wat een school daarnaast aan ondersteuning biedt, verschilt per school en staat in het "
              "schoolondersteuningsprofiel. Dat profiel wordt iedere vier jaar door de school opgesteld en "
              "door de medezeggenschapsraad besproken."),
    ]
    b.append(("chapter", "5 Toelaatbaarheid sbo en so", H + "Hoofdstuk 5 Toelaatbaarheid"))
    b += [
        ("p", "Soms is een reguliere basisschool niet de beste plek voor een kind. Dan kan het schoolbestuur het "
              "samenwerkingsverband "
              "vragen om een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal "
              "onderwijs. Zonder TLV kan een sbo- of so-school een leerling niet inschrijven."),
        ("h2", "5.1 Wie vraagt aan en hoe verloopt de aanvraag?"),
        ("table", [
            ["Stap", "Wie", "Wat gebeurt er", "Termijn"],
            ["1", "School en ouders", "Het ondersteuningsteam bespreekt de leerling. De ouders zijn bij dit gesprek aanwezig.\nDe school werkt het groeidocument en het OPP bij.", "—"],
            ["2", "Schoolbestuur (namens de school waar de leerling staat ingeschreven)", "Dient de aanvraag in via het digitale portaal bij het Loket Toelaatbaarheid.\nBijlagen: groeidocument, OPP, onderwijskundig rapport, zienswijze van de ouders.", "Loket bevestigt ontvangst binnen 5 werkdagen"],
            ["3", "Twee deskundigen", "Een orthopedagoog of GZ-psycholoog van het samenwerkingsverband en een tweede deskundige die past bij de vraag van het kind (bijvoorbeeld een kinderarts, jeugdarts of maatschappelijk werker) geven ieder afzonderlijk een schriftelijk advies. Zij zijn niet betrokken geweest bij de aanvraag.", "Binnen 3 weken"],
            ["4", "Commissie Toelaatbaarheid (CvT)", "Neemt namens de directeur-bestuurder een besluit en legt dat schriftelijk vast, met een volgnummer.", "Binnen 6 weken na de volledige aanvraag"],
            ["5", "Loket", "Stuurt het besluit en de adviezen van de deskundigen naar het schoolbestuur en de ouders.", "Binnen 1 week na het besluit"],
        ], [], {"caption": "Tabel 3. Route van een aanvraag voor een TLV"}),
        ("h2", "5.2 Wanneer is een leerling toelaatbaar?"),
        ("p", "De Commissie Toelaatbaarheid kijkt bij iedere aanvraag naar de situatie van het kind en weegt "
              "alle informatie zorgvuldig af. Er bestaat geen vaste lijst van stoornissen of diagnoses die tot "
              "een TLV leidt: ieder kind is anders. De afwegingskaders die de commissie daarbij hanteert, en de "
              "wijze waarop de bekostigingscategorie wordt gekozen, zijn opgenomen in de notitie ‘Toelaatbaarheid "
              "in De Rivierenkring’ (bijlage 5)."),
        ("h2", "5.3 Hoe lang geldt een TLV?"),
        ("p", "Een TLV voor het sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode. Een TLV "
              "voor het so geldt voor twee schooljaren, tenzij het ontwikkelingsperspectief van het kind een "
              "kortere of langere periode rechtvaardigt; de maximale duur is vier schooljaren. Een TLV die "
              "tijdens het schooljaar ingaat, loopt tot en met 31 juli van het laatste schooljaar."),
        ("h2", "5.4 Spoedplaatsing"),
        ("p", "In uitzonderlijke situaties kan de Commissie Toelaatbaarheid binnen vijf werkdagen een tijdelijke "
              "TLV afgeven voor ten hoogste drie maanden. In die periode wordt de reguliere procedure doorlopen. "
              "Wanneer een situatie als uitzonderlijk geldt, is eveneens beschreven in bijlage 5."),
        ("h2", "5.5 Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de dagtekening van het besluit bezwaar "
              "maken bij het samenwerkingsverband. De Rivierenkring is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het "
              "bezwaar. Het bestuur beslist binnen tien weken op het bezwaar."),
        ("box", "Kader: wat betekent dit voor ouders?", [
            "Als de school denkt dat uw kind beter op zijn plek is op een sbo- of so-school, wordt u altijd "
            "uitgenodigd voor het gesprek in het ondersteuningsteam. U geeft uw mening over de aanvraag op "
            "papier (uw zienswijze); die gaat mee met de aanvraag.",
            "U krijgt een kopie van beide adviezen van de deskundigen en van het besluit. Bent u het niet eens "
            "met het besluit, dan kunt u binnen zes weken bezwaar maken.",
        ]),
        ("h2", "5.6 Na afloop van de TLV"),
        ("p", "Een TLV is in De Rivierenkring nooit een eindstation. Wij vinden dat een kind terug moet kunnen "
              "naar een reguliere basisschool zodra de ondersteuningsbehoefte dat toelaat, bij voorkeur naar "
              "een school dicht bij huis. Daarom hanteren wij de volgende uitgangspunten:"),
        ("ul", [
            "Bij iedere leerling met een TLV wordt terugplaatsing naar het regulier onderwijs serieus overwogen; "
            "de sbo- of so-school legt in het OPP vast wat daarvoor nodig is.",
            "De basisschool die een leerling uit het sbo of so ontvangt, krijgt voor het eerste jaar een "
            "terugplaatsingsarrangement van € 4.500 om begeleiding in de groep en ambulante ondersteuning "
            "vanuit de sbo- of so-school te bekostigen.",
            "Lukt de terugplaatsing onverhoopt niet, dan kan de leerling binnen twaalf maanden zonder nieuwe "
            "aanvraag terug naar de eigen sbo- of so-school (het ‘vangnet’).",
            "Overplaatsing van het so naar het sbo is mogelijk wanneer dat beter past; daarvoor is een nieuwe "
            "TLV nodig.",
        ]),
        ("p", "Wie het initiatief neemt, op welke momenten de ontwikkeling van de leerling wordt geëvalueerd en "
              "wie uiteindelijk besluit, beschrijven wij in het stappenplan ‘Terug naar regulier’. Dat "
              "stappenplan stellen wij samen met SBO De Vlonder, SBO Het Wad en De Meander op; het wordt in "
              "de loop van schooljaar 2025–2026 aan de OPR voorgelegd."),
    ]
    b.append(("chapter", "6 Een dekkend aanbod", H + "Hoofdstuk 6 Dekkend aanbod"))
    b += [
        ("p", "Samenwerkingsverbanden hebben de wettelijke opdracht om te zorgen voor een samenhangend geheel "
              "van ondersteuningsvoorzieningen, zodat ieder kind een zo passend mogelijke plek krijgt. In "
              "de landelijke discussie wordt dat vaak ‘een dekkend aanbod’ genoemd."),
        ("p", "De Rivierenkring heeft ervoor gekozen om in de eerste helft van de planperiode een grondige "
              "analyse te laten maken van het aanbod in de regio. Welke voorzieningen er zijn, waar het aanbod "
              "niet aansluit en wat wij doen wanneer een kind (nog) geen passende plek heeft, beschrijven wij "
              "na afronding van die analyse in een notitie ‘Dekkend aanbod De Rivierenkring’. De notitie wordt "
              "naar verwachting in het voorjaar van 2027 aan het algemeen bestuur voorgelegd."),
        ("p", "Tot die tijd blijven de bestaande werkwijzen van de besturen van kracht."),
    ]
    b.append(("chapter", "7 Geld en middelen", H + "Hoofdstuk 7 Geld en middelen"))
    b += [
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Een deel van dat budget wordt door DUO rechtstreeks ingehouden en overgedragen aan de so-scholen "
              "waar leerlingen uit onze regio naartoe gaan. Wat resteert, verdeelt het samenwerkingsverband "
              "volgens de afspraken in dit hoofdstuk."),
        ("h2", "7.1 Zo verdelen wij de middelen"),
        ("p", "Het algemeen bestuur heeft op 14 november 2024 het volgende verdeelmodel vastgesteld, dat geldt "
              "voor de hele planperiode:"),
        ("ol", [
            "1. Ieder schoolbestuur ontvangt een schoolbudget van € 212 per leerling, gebaseerd op het aantal "
            "leerlingen in het basisonderwijs op 1 oktober van het voorgaande jaar, plus een vaste voet van "
            "€ 6.000 per vestiging. Met de vaste voet zorgen wij ervoor dat ook kleine dorpsscholen de "
            "basisondersteuning kunnen bieden.",
            "2. De sbo-scholen ontvangen de bekostiging die de wet voorschrijft boven de 2%-grens; de "
            "groeibekostiging wordt bepaald op de peildatum 1 februari en betaald uit de middelen van het "
            "samenwerkingsverband.",
            "3. Terugplaatsingsarrangementen (€ 4.500 per leerling) en de inzet van de deskundigen voor de "
            "Commissie Toelaatbaarheid worden centraal betaald.",
            "4. Het schoolbudget wordt in twee termijnen uitbetaald: 60% in oktober en 40% in maart.",
        ]),
        ("p", "Besturen besteden het schoolbudget aan de basisondersteuning en aan ondersteuning voor "
              "individuele leerlingen of groepen op hun scholen. Ieder bestuur legt vóór 1 juni verantwoording "
              "af over de besteding van het voorgaande schooljaar, in een vast format dat laat zien hoeveel "
              "geld naar welke vorm van ondersteuning is gegaan."),
        ("h2", "7.2 Meerjarenbegroting"),
        ("table", [
            ["Bedragen x € 1.000", "2025", "2026", "2027", "2028", "2029"],
            ["Baten: ondersteuningsbudget lichte ondersteuning", "4.210", "4.160", "4.105", "4.050", "4.000"],
            ["Baten: ondersteuningsbudget zware ondersteuning", "6.890", "6.805", "6.720", "6.640", "6.560"],
            ["Af: afdracht so via DUO", "-2.950", "-2.930", "-2.910", "-2.890", "-2.870"],
            ["Beschikbaar", "8.150", "8.035", "7.915", "7.800", "7.690"],
            ["Lasten: schoolbudgetten besturen", "3.315", "3.270", "3.220", "3.175", "3.130"],
            ["Lasten: sbo (boven 2%-grens en groei)", "2.480", "2.440", "2.400", "2.360", "2.320"],
            ["Lasten: terugplaatsingsarrangementen", "45", "60", "70", "80", "80"],
            ["Lasten: consulenten en deskundigen", "1.310", "1.320", "1.330", "1.340", "1.350"],
            ["Lasten: bureau, huisvesting, ICT, OPR", "730", "735", "740", "745", "750"],
            ["Lasten: professionalisering", "210", "200", "190", "180", "170"],
            ["Saldo", "60", "10", "-35", "-80", "-110"],
        ], [], {"caption": "Tabel 4. Meerjarenbegroting 2025–2029 (vastgesteld AB 14-11-2024)", "size": 9}),
        ("h2", "7.3 Reserves"),
        ("p", "De algemene reserve bedroeg op 31 december 2024 € 1,62 miljoen. Het algemeen bestuur hanteert "
              "een signaleringswaarde van 5% van de baten. Het bedrag boven die grens zetten wij in de "
              "planperiode in via de negatieve begrotingssaldi in 2027–2029."),
    ]
    b.append(("chapter", "8 Ambities en resultaten", H + "Hoofdstuk 8 Ambities"))
    b += [
        ("p", "Met dit plan willen wij zichtbaar maken wat wij voor kinderen willen bereiken. Wij hebben onze "
              "ambities daarom zo concreet mogelijk gemaakt. De peildatum voor de nulmeting is 1 oktober "
              "2024."),
        ("table", [
            ["Ambitie", "Nu (1-10-2024)", "In 2029"],
            ["Het deelnamepercentage sbo + so daalt", "3,4%", "≤ 3,0%"],
            ["Alle vestigingen bieden de afgesproken basisondersteuning", "48 van 61", "61 van 61 (al in 2027)"],
            ["Aanvragen voor een TLV worden binnen 6 weken afgehandeld", "71%", "95%"],
            ["Meer kinderen keren terug naar het regulier onderwijs (per schooljaar)", "4", "10"],
            ["Ouders zijn tevreden over de TLV-procedure", "onbekend", "80%"],
        ], [], {"caption": "Tabel 5. Ambities voor de planperiode"}),
        ("p", "Hoe wij de voortgang op deze ambities gaan volgen, wanneer wij evalueren en hoe wij daarover "
              "verantwoording afleggen, leggen wij vast in een monitoringsplan. Het monitoringsplan wordt "
              "in het voorjaar van 2026 ter vaststelling aan het algemeen bestuur aangeboden."),
    ]
    b.append(("chapter", "9 Communicatie", H + "Hoofdstuk 9 Communicatie"))
    b += [
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Wij communiceren met de besturen en scholen "
              "via een maandelijkse nieuwsbrief, de netwerken van intern begeleiders en een besloten deel van "
              "de website."),
        ("h2", "9.1 Ouders"),
        ("p", "Ouders informeren wij op verschillende manieren over de ondersteuning die in de regio "
              "beschikbaar is:"),
        ("ul", [
            "De ouderpagina op www.rivierenkring.nl legt in gewone taal uit wat basisondersteuning is, wat "
            "een TLV is en welke sbo- en so-scholen er zijn; de pagina wordt ieder jaar in augustus "
            "bijgewerkt.",
            "De brochure ‘Passend onderwijs in De Rivierenkring’ ligt op iedere school en is er in het "
            "Nederlands, Pools, Arabisch en Turks.",
            "Iedere schoolgids bevat een hoofdstuk over de ondersteuning op die school, met een verwijzing "
            "naar het samenwerkingsverband.",
            "Twee keer per jaar organiseren wij een informatieavond voor ouders, één in Meerdijk en één in "
            "een van de dorpen.",
            "Ouders kunnen op werkdagen tussen 9.00 en 12.00 uur bellen met de ouderconsulent van het "
            "samenwerkingsverband.",
        ]),
        ("box", "Kader: wat betekent dit voor ouders?", [
            "Heeft u vragen over de ondersteuning van uw kind, of bent u het niet eens met de school? Praat "
            "eerst met de leerkracht of de intern begeleider. Komt u er samen niet uit, dan kunt u terecht bij "
            "het onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland (OJSP). Het steunpunt is ondergebracht "
            "bij Stichting Zorgbelang en staat los van de schoolbesturen en het samenwerkingsverband. U kunt "
            "bellen (0344 - 700 210), mailen of langskomen op het inloopspreekuur op dinsdagmiddag.",
            "Ook de landelijke Onderwijsconsulenten helpen ouders kosteloos als er geen passende plek lijkt te "
            "zijn. Klachten over het samenwerkingsverband kunt u indienen volgens onze klachtenregeling; "
            "geschillen over toelating, verwijdering of het OPP kunt u voorleggen aan de Geschillencommissie "
            "passend onderwijs.",
        ]),
        ("p", "In de ondersteuningsplanraad is de helft van de leden ouder. Via hen hoort het samenwerkingsverband "
              "wat ouders bezighoudt. Daarnaast nodigt de directeur-bestuurder jaarlijks een groep ouders uit "
              "voor een ‘klankbordavond’."),
    ]
    b.append(("chapter", "10 Organisatie en medezeggenschap", H + "Hoofdstuk 10 Organisatie"))
    b += filler("governance", **kw) + filler("opr", **kw) + filler("inspectie", **kw)
    b.append(("chapter", "11 Personeel en professionalisering", H + "Hoofdstuk 11 Personeel"))
    b += filler("personeel", **kw)
    b.append(("chapter", "12 ICT en privacy", H + "Hoofdstuk 12 ICT en privacy"))
    b += filler("ict", **kw)
    b.append(("chapter", "13 Totstandkoming en planning", H + "Hoofdstuk 13 Totstandkoming"))
    b += filler("totstand", **kw) + filler("planning", **kw)
    b.append(("chapter", "Bijlage 1 Begrippenlijst", H + "Bijlagen"))
    b.append(("gloss", [
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor ieder kind een passende plek beschikbaar is; het samenwerkingsverband brengt witte vlekken in kaart en lost die op."),
        ("Ononderbroken ontwikkeling", "De wettelijke opdracht om te zorgen dat kinderen zonder onderbreking onderwijs volgen, ook bij de overstap naar een andere school of naar het voortgezet onderwijs."),
        ("Thuiszitter", "Een leerplichtig kind dat zonder geldige reden langer dan vier weken niet naar school gaat; het samenwerkingsverband zoekt met leerplicht en de school naar een passende plek."),
        ("Terugplaatsing", "De overstap van een leerling van het sbo of so naar het regulier basisonderwijs."),
        ("Monitoring", "Het stelselmatig volgen van kengetallen en resultaten."),
        ("Arrangement", "Een afgesproken pakket van ondersteuning voor een leerling of groep."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jeugdigen terechtkunnen met vragen over passend onderwijs."),
        ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen."),
    ]))
    b.append(("h2", "Bijlage 2 Afkortingen"))
    b.append(("gloss", [
        ("CvT", "Commissie Toelaatbaarheid"), ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
        ("OOGO", "Op overeenstemming gericht overleg"), ("OPP", "Ontwikkelingsperspectiefplan"),
        ("OPR", "Ondersteuningsplanraad"), ("OT", "Ondersteuningsteam"), ("sbo", "Speciaal basisonderwijs"),
        ("so", "Speciaal onderwijs"), ("TLV", "Toelaatbaarheidsverklaring"),
    ]))
    b.append(("h2", "Bijlage 5 Notitie Toelaatbaarheid"))
    b.append(("p", "De notitie ‘Toelaatbaarheid in De Rivierenkring’ wordt als afzonderlijk document gepubliceerd "
                   "op het besloten deel van de website."))
    return b


P1_STYLE = {
    "doc_title": "Ondersteuningsplan 2025-2029 De Rivierenkring",
    "footer": "SWV PPO De Rivierenkring (PO 27-98) · Ondersteuningsplan 2025–2029",
    "first_header": "",
    "toc_header": "Ondersteuningsplan 2025–2029 · Inhoud",
    "color": "1F6F5F", "box_fill": "E2F0EC", "th_fill": "C5E0D8", "font": "Calibri",
}

P1_LABEL = dict(
    criteria=crit(
        basisondersteuning_niveau=1, basisondersteuning_inhoud=1,
        plaatsing_procedure=1, plaatsing_criteria=0,
        terugstroom_procedure=0, terugstroom_beleid=1,
        financien_verdeling=1, financien_besteding=1,
        dekkend_aanbod_continuum=0, dekkend_aanbod_lacunes=0,
        resultaten_doelen=1, resultaten_monitoring=0,
        ouders_informatie=1, ouders_steunpunt=1),
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "Ch. 4: niveau agreed by all nine boards for every vestiging ('mag meer bieden, niet minder') and concrete content in Tabel 2 (merged cells); basisscan every 2 years = borging.",
        "plaatsing": "Ch. 5: procedure fully in Tabel 3 (bestuur applies, two deskundigen, CvT decides within 6 weeks); criteria only 'afwegingskaders ... bijlage 5', an annex that is not part of the document -> criteria false. Duur 5.3, bezwaar/LBT 5.5.",
        "terugstroom": "Hidden in 5.6 'Na afloop van de TLV' inside the TLV chapter: beleid (aims, terugplaatsingsarrangement EUR 4.500, vangnet) is there; who initiates/evaluation moments/decision deferred to stappenplan 'in de loop van 2025-2026' -> procedure false. Target '10 terugplaatsingen' in ch. 8 = monitoring advisory.",
        "financien": "Ch. 7 'Geld en middelen': verdeelmodel EUR 212 per leerling + vaste voet, termijnen; meerjarenbegroting 2025-2029 with amounts (Tabel 4); reserves 7.3; verantwoording before 1 June.",
        "dekkend-aanbod": "Ch. 6 only restates the legal task and defers the analysis/notitie to spring 2027; 'dekkend aanbod'/'thuiszitter' occur only on the title page, TOC and begrippenlijst. No continuum of provisions, no gap approach, no jeugdhulp cooperation described -> missing.",
        "resultaten": "Ch. 8 Tabel 5 gives intended results with nulmeting and streefwaarden (doelen true); how progress is monitored/evaluated/reported is deferred to a monitoringsplan 'in het voorjaar van 2026' -> monitoring false.",
        "ouders": "Ch. 9 'Communicatie' (9.1): ouderpagina, multilingual brochure, schoolgids, information evenings, phone; independent help (OJSP Rivierenland, Onderwijsconsulenten, GPO) in the framed box 'Kader: wat betekent dit voor ouders?'.",
    },
)


# ===========================================================================
# Plan 2 — VO, Zuidrand. .pdf only (rendered from .docx). Heading styles,
# two-column sections, merged-cell tables, framed box, running headers.
# Labels: BO partial (niveau yes; inhoud only in absent bijlage 2) · PL
# present (vso + lwoo/pro) · TS missing (5.4 'volgt') · FI partial (verdeling
# yes; begroting all p.m.) · DA present · RE partial (monitoring yes; targets
# deferred to nulmeting 2026) · OU present.
# ===========================================================================
def plan_zuidrand() -> list:
    kw = dict(naam="Samenwerkingsverband VO Zuidrand", kort="Zuidrand", fte="11,2", opr_datum="26 maart 2025",
              jaar_voor="2024", gemeenten="Zuidhaven, Oosterduin en Westerkaag", oogo_datum="11 maart 2025",
              ander_swv="PO Zuidrand-Kust (PO 26-96)", vast_datum="2 april 2025", start="2025", eind="2029")
    H = "SWV VO Zuidrand · "
    b = []
    b.append(("title", [
        "Koers op maat",
        "Ondersteuningsplan 2025–2029",
        "Samenwerkingsverband VO Zuidrand (VO 26-97)",
        "Voortgezet onderwijs in Zuidhaven, Oosterduin en Westerkaag",
        "Definitieve versie, vastgesteld 2 april 2025",
    ]))
    b.append(("toc", [
        (1, "Voorwoord", 2), (1, "1 Samenvatting", 3), (1, "2 Zuidrand in cijfers", 5), (1, "3 Visie", 7),
        (1, "4 Ondersteuning in vier niveaus", 9), (2, "4.2 Basisondersteuning", 11),
        (2, "4.3 Een sluitend netwerk en thuiszitters", 13), (1, "5 Toelaatbaarheid: vso, lwoo en pro", 16),
        (2, "5.4 Terugplaatsing naar het regulier vo", 20), (2, "5.5 Bezwaar", 21),
        (1, "6 Ouders en leerlingen", 22), (1, "7 Financiën", 25), (2, "7.3 Meerjarenbegroting", 27),
        (1, "8 Kwaliteit en resultaten", 29), (1, "9 Samenwerking met gemeenten", 31),
        (1, "10 Organisatie en personeel", 33), (1, "11 Totstandkoming", 35), (1, "Bijlage 1 Begrippen", 36),
        (1, "Bijlage 2 Kwaliteitskaart Basisondersteuning VO", 38),
    ]))
    b.append(("chapter", "Voorwoord", H + "Voorwoord"))
    b += [
        ("p", "Dit is het ondersteuningsplan van Samenwerkingsverband VO Zuidrand voor de schooljaren 2025–2026 "
              "tot en met 2028–2029. De titel ‘Koers op maat’ verwijst naar wat wij de komende jaren willen: "
              "een vaste koers als samenwerkingsverband, en maatwerk voor iedere leerling."),
        ("p", "De afgelopen planperiode stond in het teken van de corona-jaren en de nasleep daarvan. Veel "
              "leerlingen kwamen met achterstanden en zorgen het voortgezet onderwijs binnen. Mentoren en "
              "ondersteuningscoördinatoren hebben een enorme inzet getoond. Tegelijk zagen wij dat het "
              "aantal aanvragen voor extra ondersteuning sterk toenam. Dit plan is ook een antwoord op die "
              "ontwikkeling."),
        ("p", "Wij danken de ondersteuningsplanraad, de gemeenten en de vele medewerkers van de scholen die "
              "hebben bijgedragen."),
        ("p", "Ir. J.P. (Jorrit) van Hengel, directeur-bestuurder"),
    ]
    b.append(("chapter", "1 Samenvatting", H + "1 Samenvatting"))
    b += [
        ("p", "Zuidrand is het samenwerkingsverband voor voortgezet onderwijs van vier schoolbesturen met elf "
              "scholen in drie gemeenten. In dit plan beschrijven wij hoe wij samen zorgen voor passend "
              "onderwijs voor ongeveer 9.400 leerlingen."),
        ("p", "In hoofdstuk 4 leest u hoe de ondersteuning is opgebouwd in vier niveaus en welke "
              "basisondersteuning iedere school biedt. Hoofdstuk 5 beschrijft de toelaatbaarheid tot het vso, "
              "het leerwegondersteunend onderwijs en het praktijkonderwijs, en de terugplaatsing. Hoofdstuk 6 "
              "gaat over ouders en leerlingen. In hoofdstuk 7 staat hoe wij het geld verdelen en hoe de "
              "meerjarenbegroting eruitziet. Hoofdstuk 8 beschrijft welke resultaten wij willen behalen en hoe "
              "wij die volgen."),
    ]
    b.append(("chapter", "2 Zuidrand in cijfers", H + "2 Zuidrand in cijfers"))
    b += [
        ("table", [
            ["Bestuur", "Scholen", "Leerlingen 1-10-2024"],
            ["Stichting Openbaar VO Zuidhaven", "Zuidhaven College (havo/vwo)\nZuidhaven Techniek (vmbo)\nVSO De Horizon", "3.410"],
            ["Vereniging Christelijk VO Kaag", "Kaaglyceum\nKaagcollege vmbo\nPraktijkschool Westerkaag", "3.020"],
            ["Stichting RK Onderwijs Oosterduin", "Duincollege (mavo/havo)\nDuin vmbo", "2.380"],
            ["Stichting Vrije School Zuidrand", "Vrije School Zuidrand (mavo-vwo)", "590"],
            ["Totaal", "11 scholen (9 regulier, 1 pro, 1 vso)", "9.400"],
        ], [(5, 1, 5, 1)], {"caption": "Tabel 1. Besturen en scholen"}),
        ("p", "Het deelnamepercentage vso lag op 1 oktober 2024 op 3,6%, boven het landelijk gemiddelde van "
              "3,3%. Het aantal leerlingen met een lwoo-indicatie was 912; in het praktijkonderwijs zaten "
              "318 leerlingen. Het OPDC ‘De Overstap’ had gedurende het schooljaar gemiddeld 34 leerlingen."),
        ("p", "De regio kent een sterke pendel van leerlingen uit Oosterduin naar Zuidhaven. Ongeveer 14% van "
              "de leerlingen uit onze gemeenten gaat naar een school buiten de regio, vooral naar het "
              "vso in de naburige regio."),
    ]
    b.append(("chapter", "3 Visie", H + "3 Visie"))
    b.append(("cols", 2))
    b += [
        ("p", "Wij gunnen iedere jongere in Zuidrand een diploma of startkwalificatie, of een "
              "passende plek op de arbeidsmarkt of in dagbesteding. Onderwijs is meer dan kennis: "
              "het gaat ook om vorming, burgerschap en het vinden van een eigen plek in de samenleving."),
        ("p", "Wij kijken naar wat een leerling nodig heeft en naar wat de omgeving – de mentor, de klas, de "
              "school, de ouders – kan bieden. Wij denken in mogelijkheden en niet in beperkingen. Wij nemen "
              "leerlingen serieus als gesprekspartner: zij weten vaak heel goed wat zij nodig hebben."),
        ("p", "Passend onderwijs is een gezamenlijke verantwoordelijkheid. De besturen dragen die samen; het "
              "samenwerkingsverband is het instrument waarmee zij dat doen. Daarom zijn wij terughoudend met "
              "regels en royaal met vertrouwen. Waar nodig maken wij afspraken die voor alle scholen gelden."),
        ("p", "Ons motto is ‘nabij als het kan, gespecialiseerd als het moet’. Een leerling hoort zo lang "
              "mogelijk thuis op een reguliere school, en krijgt gespecialiseerd onderwijs wanneer dat echt "
              "beter is. Tussen die twee polen zoeken wij steeds de beste plek, samen met de leerling."),
    ]
    b.append(("cols", 1))
    b.append(("chapter", "4 Ondersteuning in vier niveaus", H + "4 Ondersteuning"))
    b += [
        ("h2", "4.1 Het ondersteuningscontinuüm"),
        ("p", "De ondersteuning in Zuidrand is opgebouwd in vier niveaus. Hoe hoger het niveau, hoe "
              "specialistischer en hoe verder van de eigen klas. Een leerling gaat alleen naar een volgend "
              "niveau als het vorige niveau aantoonbaar niet volstaat."),
        ("table", [
            ["Niveau", "Wat", "Voorbeelden", "Toegang"],
            ["1", "Basisondersteuning op iedere vestiging", "Zie 4.2", "Geen aanvraag nodig"],
            ["2", "Extra ondersteuning binnen de school (arrangementen)", "Trajectvoorziening, reboundplek in de school, begeleiding door een orthopedagoog van de school, faalangsttraining in kleine groep", "Besluit school; budget lichte ondersteuning"],
            ["3", "Bovenschoolse voorzieningen", "OPDC De Overstap (tijdelijk, max. 1 jaar)\nTopklas voor hoogbegaafde leerlingen\nNieuwkomersklas (ISK) Zuidhaven", "Aanmelding via de Adviescommissie Plaatsing OPDC; ISK via de gemeente"],
            ["", "", "Onderwijszorgarrangement De Brug (onderwijs + jeugdhulp in één programma)", "Besluit SWV samen met gemeente"],
            ["4", "Speciaal onderwijs", "VSO De Horizon (cluster 4)\nvso cluster 3 buiten de regio", "TLV van het samenwerkingsverband (hoofdstuk 5)"],
        ], [(3, 0, 4, 0), (3, 1, 4, 1)], {"caption": "Tabel 2. Vier niveaus van ondersteuning", "size": 9}),
        ("p", "Naast deze niveaus heeft iedere school een eigen schoolondersteuningsprofiel waarin staat welke "
              "extra ondersteuning de school biedt. Samen vormen de profielen en de bovenschoolse voorzieningen "
              "het aanbod van Zuidrand. Het praktijkonderwijs en het leerwegondersteunend onderwijs zijn "
              "onderdeel van dit aanbod."),
        ("h2", "4.2 Basisondersteuning"),
        ("p", "De vier besturen hebben afgesproken dat alle elf vestigingen, inclusief de praktijkschool, "
              "hetzelfde niveau van basisondersteuning bieden. Dat niveau is de gezamenlijke ondergrens: geen "
              "school in Zuidrand mag daaronder zitten, en leerlingen en ouders kunnen erop rekenen dat dit "
              "niveau op iedere vestiging geldt. Het niveau is vastgelegd in twaalf standaarden in de "
              "Kwaliteitskaart Basisondersteuning VO (bijlage 2)."),
        ("p", "De kwaliteitskaart wordt iedere twee jaar geactualiseerd door de werkgroep ondersteuning en "
              "vastgesteld door het algemeen bestuur. De scholen nemen de standaarden over in hun "
              "schoolondersteuningsprofiel."),
        ("h2", "4.3 Een sluitend netwerk en thuiszitters"),
        ("p", "Een dekkend netwerk betekent voor ons dat er voor iedere leerling een plek is, en dat er niemand "
              "thuis zit zonder onderwijs. Om dat te bereiken werken wij op drie manieren."),
        ("p", "Ten eerste de Thuiszitterstafel. Iedere maand bespreken de leerplichtambtenaren van de drie "
              "gemeenten, de jeugdarts, de consulenten van het samenwerkingsverband en de betrokken school alle "
              "leerlingen die langer dan vier weken niet of slechts gedeeltelijk naar school gaan. Voor iedere "
              "leerling wordt binnen twee weken een casusregisseur aangewezen. Komt er binnen drie maanden "
              "geen oplossing, dan heeft de directeur-bestuurder doorzettingsmacht: hij kan een school of "
              "voorziening vragen de leerling tijdelijk op te vangen, op kosten van het samenwerkingsverband."),
        ("p", "Ten tweede de jaarlijkse analyse van witte vlekken. Elk voorjaar brengen wij samen met de "
              "ondersteuningscoördinatoren in kaart voor welke leerlingen het aanbod tekortschoot: "
              "wachtlijsten, afwijzingen, leerlingen die buiten de regio moesten worden geplaatst en "
              "leerlingen met een vrijstelling. De analyse van 2024 liet twee witte vlekken zien: er is geen "
              "passend aanbod voor hoogbegaafde leerlingen met forse sociaal-emotionele problemen, en "
              "leerlingen met ernstige angstklachten wachten te lang op een plek in het vso. Voor de eerste "
              "groep start in augustus 2026 een pilot met een kleine groep op het Kaaglyceum; voor de tweede "
              "groep ontwikkelen VSO De Horizon en het Duincollege een overbruggingsarrangement, dat vanaf "
              "januari 2026 beschikbaar is."),
        ("p", "Ten derde de zorgplicht. Wanneer een leerling wordt aangemeld met een ondersteuningsvraag, "
              "onderzoekt de school van aanmelding wat de leerling nodig heeft. Kan de school dat niet bieden, "
              "dan zoekt zij een andere school die dat wel kan. In Zuidrand hebben de besturen afgesproken "
              "dat de school van aanmelding de leerling pas loslaat wanneer een andere school de inschrijving "
              "schriftelijk heeft bevestigd (‘warme overdracht’)."),
    ]
    b.append(("chapter", "5 Toelaatbaarheid: vso, lwoo en pro", H + "5 Toelaatbaarheid"))
    b += [
        ("h2", "5.1 Procedure voor een TLV vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de TLV aan bij de "
              "Commissie Toelaatbaarheid Zuidrand (CTZ). Bij de aanvraag horen het OPP met de evaluatie van "
              "ten minste twee ondersteuningsperiodes, het onderwijskundig rapport, de zienswijze van de "
              "ouders en – vanaf 16 jaar – van de leerling zelf. Binnen tien werkdagen beoordeelt het "
              "secretariaat of de aanvraag volledig is."),
        ("p", "Twee deskundigen adviseren over iedere aanvraag: een orthopedagoog of psycholoog van het "
              "samenwerkingsverband, en een tweede deskundige die afhankelijk van de leerling wordt gekozen, "
              "zoals een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker. Ieder geeft een eigen, "
              "schriftelijk advies. De CTZ neemt binnen zes weken na ontvangst van de volledige aanvraag een "
              "besluit. Het besluit vermeldt de geldigheidsduur en de bekostigingscategorie."),
        ("h2", "5.2 Criteria"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"),
        ("ol", [
            "a. de ondersteuningsbehoefte van de leerling overstijgt aantoonbaar wat de reguliere school met "
            "niveau 1, 2 en 3 kan bieden; de school heeft dat in het OPP onderbouwd met de evaluatie van ten "
            "minste twee periodes van extra ondersteuning;",
            "b. de leerling heeft, blijkend uit onderzoek of observatie, een structureel kleinere groep, een "
            "specialistische aanpak of een intensieve combinatie van onderwijs en zorg nodig die in het "
            "reguliere vo niet kan worden georganiseerd;",
            "c. het vso biedt naar verwachting een realistisch uitstroomperspectief (vervolgonderwijs, arbeid of "
            "dagbesteding).",
        ]),
        ("p", "In de bekostigingscategorie ‘laag’ vallen leerlingen die vooral behoefte hebben aan een "
              "gedragsmatige of psychiatrische specialistische aanpak. ‘Midden’ wordt toegekend bij langdurige "
              "lichamelijke beperking of ziekte met veel verzorging. ‘Hoog’ wordt toegekend bij een meervoudige "
              "beperking. De TLV geldt in Zuidrand voor ten minste één en ten hoogste drie schooljaren."),
        ("h2", "5.3 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteert Zuidrand de landelijke criteria (intelligentie, leerachterstanden en, "
              "bij lwoo, sociaal-emotionele problematiek). Het samenwerkingsverband heeft niet gekozen voor "
              "eigen lwoo-criteria. De vo-school vraagt lwoo of de toelaatbaarheid tot pro uiterlijk 1 maart "
              "aan via het portaal. De Commissie Toelaatbaarheid beslist binnen vier weken. Een aanwijzing voor "
              "lwoo geldt voor de gehele schoolloopbaan in het vmbo; een TLV pro geldt tot het einde van de "
              "opleiding."),
        ("h2", "5.4 Terugplaatsing naar het regulier vo"),
        ("p", "Deze paragraaf volgt in de definitieve versie, na afstemming met VSO De Horizon en de vso-scholen "
              "buiten de regio."),
        ("h2", "5.5 Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het "
              "samenwerkingsverband. Zuidrand is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT)."),
    ]
    b.append(("chapter", "6 Ouders en leerlingen", H + "6 Ouders en leerlingen"))
    b.append(("cols", 2))
    b += [
        ("p", "Ouders en leerlingen zijn de belangrijkste partners in passend onderwijs. Zij moeten weten wat "
              "zij van de school en van het samenwerkingsverband mogen verwachten."),
        ("h3", "Zo informeren wij"),
        ("p", "Op www.swvzuidrand.nl staat een ouderdeel met uitleg over de vier niveaus van ondersteuning, "
              "de voorzieningen en de procedures, in het Nederlands, Engels, Arabisch en Oekraïens. Iedere "
              "nieuwe brugklasleerling krijgt met de welkomstmap de folder ‘Passend onderwijs in Zuidrand’ mee. "
              "Elk najaar organiseren wij een ouderavond over extra ondersteuning, samen met de "
              "ondersteuningscoördinatoren. De schoolgids van iedere school beschrijft de ondersteuning op "
              "die school."),
        ("h3", "Onafhankelijk advies"),
        ("p", "Ouders en leerlingen die vragen hebben of het niet eens zijn met de school, kunnen terecht bij "
              "het Ouder- en Jeugdsteunpunt Zuidrand. Dat steunpunt wordt uitgevoerd door een onafhankelijke "
              "stichting en is gratis. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. "
              "Klachten over het samenwerkingsverband worden behandeld door de landelijke klachtencommissie "
              "waarbij wij zijn aangesloten."),
        ("h3", "Stem van de leerling"),
        ("p", "Leerlingen met een OPP hebben hoorrecht: de school vraagt hun mening over het OPP en legt die "
              "vast. In de OPR hebben vier leerlingen zitting."),
    ]
    b.append(("cols", 1))
    b.append(("box", "Kader: wat betekent dit voor ouders?", [
        "U vindt alle informatie over ondersteuning op de website en in de folder. Bent u het niet eens met de "
        "school? Bel het Ouder- en Jeugdsteunpunt Zuidrand (088 - 560 22 40) of de Onderwijsconsulenten.",
    ]))
    b.append(("chapter", "7 Financiën", H + "7 Financiën"))
    b += [
        ("h2", "7.1 Inkomsten"),
        ("p", "Zuidrand ontvangt jaarlijks ongeveer € 11,8 miljoen aan ondersteuningsmiddelen, waarvan "
              "€ 6,1 miljoen voor lwoo en pro. Na de verplichte afdrachten aan het vso en het praktijkonderwijs "
              "resteert een bedrag dat het samenwerkingsverband zelf verdeelt."),
        ("h2", "7.2 Verdeling"),
        ("table", [
            ["Middelen", "Verdeelsleutel", "Besluit", "Uitbetaling"],
            ["Lichte ondersteuning\n(niveau 1 en 2)", "€ 162 per leerling op teldatum 1 oktober t-1", "Algemeen bestuur, bij de begroting", "In 12 maandelijkse termijnen"],
            ["", "Plus € 25.000 vaste voet per vestiging", "", ""],
            ["Lwoo", "Volledig doorbetaald aan de besturen naar rato van het aantal lwoo-leerlingen op 1 oktober t-1", "Algemeen bestuur", "Maandelijks"],
            ["OPDC en Topklas", "Centraal bekostigd, op basis van het aantal plaatsen (40 OPDC, 15 Topklas)", "Directeur-bestuurder", "Per kwartaal"],
            ["Onderwijszorgarrangementen", "Per leerling op aanvraag, max. € 12.000 per schooljaar", "Directeur-bestuurder", "Na toekenning"],
        ], [(1, 0, 2, 0), (1, 2, 2, 2), (1, 3, 2, 3)], {"caption": "Tabel 3. Verdeelmodel Zuidrand", "size": 9}),
        ("p", "Welke ondersteuning de besturen met deze middelen inkopen of organiseren, bepalen zij zelf; het "
              "samenwerkingsverband legt daarover geen bestedingsregels op."),
        ("h2", "7.3 Meerjarenbegroting"),
        ("table", [
            ["x € 1.000", "2025", "2026", "2027", "2028"],
            ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Lasten lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Lasten OPDC / Topklas", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Lasten bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."],
        ], [], {"caption": "Tabel 4. Meerjarenbegroting (wordt ingevuld na vaststelling van de jaarrekening 2024)"}),
        ("h2", "7.4 Reserves"),
        ("p", "De algemene reserve bedroeg eind 2024 € 2,4 miljoen, boven de signaleringswaarde van de "
              "inspectie. Het bestuur heeft besloten het bovenmatige deel in drie jaar in te zetten."),
    ]
    b.append(("chapter", "8 Kwaliteit en resultaten", H + "8 Kwaliteit"))
    b += [
        ("p", "Het samenwerkingsverband werkt met een vaste kwaliteitscyclus. Twee keer per jaar, in november "
              "en in mei, voeren de directeur-bestuurder en de consulent een kwaliteitsgesprek met iedere "
              "school aan de hand van een dashboard. In dat dashboard volgen wij per school en voor de regio: "
              "het aantal leerlingen per niveau, de deelname aan vso, lwoo en pro (peildatum 1 oktober), het "
              "aantal thuiszitters en vrijstellingen, de doorlooptijd van TLV-aanvragen en de uitstroom uit "
              "het OPDC. De gegevens komen uit DUO, het leerlingvolgsysteem van de scholen en de registratie "
              "van leerplicht."),
        ("p", "Iedere twee jaar houden wij een tevredenheidspeiling onder ouders, leerlingen en scholen. De "
              "uitkomsten en de kengetallen rapporteren wij in het jaarverslag, dat vóór 1 juli wordt "
              "vastgesteld en met de OPR wordt besproken. In 2028 laten wij de planperiode extern evalueren."),
        ("p", "Welke resultaten wij in deze planperiode precies willen bereiken – met ambities en streefwaarden "
              "– stellen wij vast na de nulmeting die in het voorjaar van 2026 plaatsvindt. Tot die tijd "
              "hanteren wij de kengetallen van 2024 als referentie."),
    ]
    b.append(("chapter", "9 Samenwerking met gemeenten", H + "9 Gemeenten"))
    b += [
        ("p", "Met de gemeenten Zuidhaven, Oosterduin en Westerkaag werken wij samen op de terreinen waar "
              "onderwijs en jeugdhulp elkaar raken. In het OOGO van 11 maart 2025 hebben wij drie thema's "
              "afgesproken: jeugdhulp in de school (een jeugdhulpverlener op iedere vestiging), "
              "onderwijszorgarrangementen voor leerlingen die onderwijs en zorg tegelijk nodig hebben, en de "
              "aanpak van thuiszitters met leerplicht."),
        ("p", "De gemeenten financieren de jeugdhulpverleners op de scholen; het samenwerkingsverband "
              "financiert de onderwijscomponent van de onderwijszorgarrangementen."),
    ] + filler("vervoer", **kw)
    b.append(("chapter", "10 Organisatie en personeel", H + "10 Organisatie"))
    b += filler("governance", **kw) + filler("opr", **kw) + filler("personeel", **kw) + filler("ict", **kw)
    b.append(("chapter", "11 Totstandkoming", H + "11 Totstandkoming"))
    b += filler("totstand", **kw) + filler("planning", **kw) + filler("inspectie", **kw)
    b.append(("chapter", "Bijlage 1 Begrippen", H + "Bijlagen"))
    b.append(("gloss", [
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle scholen bieden, zoals mentoraat, dyslexiebegeleiding, een ondersteuningscoördinator en faalangstreductietraining."),
        ("Terugplaatsing", "Het teruggaan van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de TLV, met begeleiding door de vso-school."),
        ("Meerjarenbegroting", "Begroting voor vier jaar, met baten en lasten per jaar."),
        ("OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke bovenschoolse voorziening."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Pro", "Praktijkonderwijs."),
    ]))
    b.append(("h2", "Bijlage 2 Kwaliteitskaart Basisondersteuning VO"))
    b.append(("p", "De kwaliteitskaart wordt separaat gepubliceerd."))
    return b


P2_STYLE = {
    "doc_title": "Ondersteuningsplan 2025-2029 SWV VO Zuidrand",
    "footer": "Samenwerkingsverband VO Zuidrand (VO 26-97)",
    "first_header": "Koers op maat",
    "toc_header": "SWV VO Zuidrand · Inhoud",
    "real_headings": True, "color": "7A2E8E", "box_fill": "F1E6F5", "th_fill": "DCC3E6", "font": "Cambria",
    "size": 10,
}

P2_LABEL = dict(
    criteria=crit(
        basisondersteuning_niveau=1, basisondersteuning_inhoud=0,
        plaatsing_procedure=1, plaatsing_criteria=1,
        terugstroom_procedure=0, terugstroom_beleid=0,
        financien_verdeling=1, financien_besteding=0,
        dekkend_aanbod_continuum=1, dekkend_aanbod_lacunes=1,
        resultaten_doelen=0, resultaten_monitoring=1,
        ouders_informatie=1, ouders_steunpunt=1),
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "4.2: same level for all eleven vestigingen as joint floor (niveau true); the content is only in 'Kwaliteitskaart ... (bijlage 2)', which is 'separaat gepubliceerd' -> inhoud false. Tabel 2 row niveau 1 says only 'Zie 4.2'. The concrete list sits only in the begrippenlijst (trap).",
        "plaatsing": "Ch. 5: bevoegd gezag applies to CTZ with OPP/zienswijze, two deskundigen, decision within 6 weeks (5.1); criteria a-c and categories (5.2); lwoo/pro national criteria and procedure (5.3); duur 1-3 years; bezwaar/LBT 5.5.",
        "terugstroom": "5.4 'Terugplaatsing naar het regulier vo' says only 'Deze paragraaf volgt in de definitieve versie'; the term is otherwise only in TOC, summary (ch. 1 promise) and begrippenlijst -> missing.",
        "financien": "7.2 Tabel 3 gives verdeelsleutels (EUR 162 per leerling, vaste voet, lwoo pro rata, OZA max) and deciding bodies; boards decide spending themselves and the meerjarenbegroting Tabel 4 is entirely 'p.m.' -> besteding false. Reserves 7.4 advisory.",
        "dekkend-aanbod": "4.1 four-level continuum incl. OPDC, Topklas, ISK, OZA, vso (merged-cell table); 4.3 Thuiszitterstafel, doorzettingsmacht, yearly witte-vlekkenanalyse with 2024 gaps and dated actions, zorgplicht; ch. 9 OOGO themes.",
        "resultaten": "Ch. 8: dashboard indicators, kwaliteitsgesprekken twice a year, tevredenheidspeiling, jaarverslag before 1 July, external evaluation 2028 (monitoring true); intended results/streefwaarden deferred to after the nulmeting in spring 2026 -> doelen false.",
        "ouders": "Ch. 6 (two-column section): website in 4 languages, folder, ouderavond, schoolgids; Ouder- en Jeugdsteunpunt Zuidrand, Onderwijsconsulenten, klachtencommissie; hoorrecht and pupils in OPR.",
    },
)


# ===========================================================================
# Plan 3 — PO, Heuvelland-Oost. .docx only. Real heading styles, but BO only
# in a merged-cell table; terugplaatsing hidden in the TLV chapter.
# Labels: BO present (table only) · PL present (no bezwaar) · TS present
# (4.5 inside Toelaatbaarheid) · FI missing (website/separate document; amounts
# only in glossary) · DA partial (continuum yes; lacunes deferred) · RE present
# · OU partial (informatie yes; steunpunt deferred, only in glossary).
# ===========================================================================
def plan_heuvelland() -> list:
    kw = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Heuvelland-Oost", kort="Heuvelland-Oost",
              fte="9,8", opr_datum="10 maart 2026", jaar_voor="2025",
              gemeenten="Heuveldal, Bergeijk-Oost en Rotsveld", oogo_datum="24 februari 2026",
              ander_swv="VO Heuvelland (VO 31-95)", vast_datum="19 maart 2026", start="2026", eind="2030")
    H = "OP 2026–2030 Heuvelland-Oost | "
    b = []
    b.append(("title", [
        "Ondersteuningsplan 2026–2030",
        "Samenwerkingsverband Passend Onderwijs Heuvelland-Oost (PO 31-96)",
        "Primair onderwijs in Heuveldal, Bergeijk-Oost en Rotsveld",
        "Inclusief financieel kader, begrippenlijst en overzicht van voorzieningen",
    ]))
    b.append(("toc", [
        (1, "Voorwoord", 2), (1, "1 Terugblik 2022–2026", 3), (1, "2 Basisondersteuning", 6),
        (1, "3 Van basis naar speciaal: ons ondersteuningscontinuüm", 9), (2, "3.4 Witte vlekken en thuiszitters", 12),
        (1, "4 Toelaatbaarheid sbo en so", 13), (2, "4.5 Einde van de TLV en terugkeer", 17),
        (1, "5 Samenwerking met jeugdhulp", 19), (1, "6 Wat willen we bereiken en hoe volgen we dat?", 21),
        (1, "7 Ouders", 24), (1, "8 Financieel kader", 26), (1, "9 Organisatie", 27),
        (1, "10 Personeel en ICT", 29), (1, "11 Totstandkoming", 31), (1, "Begrippenlijst", 32),
    ]))
    b.append(("chapter", "Voorwoord", H + "Voorwoord"))
    b += [
        ("p", "Met trots presenteren wij het ondersteuningsplan 2026–2030. Het plan is de opvolger van het plan "
              "2022–2026 en bouwt daarop voort. Veel van wat in de vorige periode is opgezet, werkt: de "
              "ondersteuningsteams op de scholen, de korte lijnen met de jeugdteams en de observatiegroep De "
              "Brug. Tegelijk is er werk te doen. Nog te veel kinderen wachten te lang op een passende plek, en "
              "de verschillen tussen scholen zijn groot."),
        ("p", "Dit plan is in nauwe samenwerking met intern begeleiders, directeuren, besturen, de "
              "ondersteuningsplanraad en de gemeenten tot stand gekomen. Wij danken iedereen voor de inzet."),
        ("p", "Namens het bestuur, drs. E. (Esther) Lamberts, directeur"),
    ]
    b.append(("chapter", "1 Terugblik 2022–2026", H + "1 Terugblik"))
    b += [
        ("p", "In het vorige plan hadden wij ons vier doelen gesteld. Hieronder staat wat daarvan is bereikt "
              "(peildatum 1 oktober 2025)."),
        ("table", [
            ["Doel 2022–2026", "Streefwaarde", "Bereikt", "Toelichting"],
            ["Deelnamepercentage sbo omlaag", "≤ 2,2%", "2,4%", "Daling ingezet, doel niet gehaald"],
            ["Deelnamepercentage so stabiel", "≤ 1,6%", "1,5%", "Gehaald"],
            ["Alle scholen werken met een groeidocument", "100%", "100%", "Gehaald in 2024"],
            ["Doorlooptijd aanvraag TLV", "≤ 8 weken", "gemiddeld 6,5 week", "Gehaald"],
        ], [], {"caption": "Tabel 1. Bereikte resultaten vorige planperiode"}),
        ("p", "De belangrijkste les uit de terugblik is dat de ondersteuning op de scholen sterker is "
              "geworden, maar dat de samenwerking tussen scholen onderling nog kwetsbaar is. Kleine scholen "
              "hebben moeite om expertise in huis te houden. Wij nemen die les mee in dit plan."),
        ("p", "Ook de externe evaluatie die in het voorjaar van 2025 werd uitgevoerd door een onafhankelijk "
              "bureau bevestigde dit beeld. De evaluatoren waardeerden de korte lijnen en de "
              "betrokkenheid van de intern begeleiders, en adviseerden het samenwerkingsverband om scherper te "
              "sturen op de kwaliteit van de ondersteuning en om de informatie aan ouders te verbeteren."),
    ]
    b.append(("chapter", "2 Basisondersteuning", H + "2 Basisondersteuning"))
    b += [
        ("p", "Zie onderstaande tabel."),
        ("table", [
            ["Basisondersteuning Heuvelland-Oost — geldt voor alle 38 basisscholen en de sbo-school als ondergrens (vastgesteld AB 12-11-2025)", "", ""],
            ["Pijler", "Wat elke school biedt", "Wie"],
            ["Basiskwaliteit", "Voldoende oordeel van de inspectie op onderwijsproces, schoolklimaat en kwaliteitszorg", "Bestuur"],
            ["Preventieve en licht curatieve interventies", "Dyslexieprotocol en begeleiding tot en met de vergoede zorg", "Leerkracht, IB'er"],
            ["", "Aanpak voor rekenproblemen en dyscalculie", "Leerkracht, IB'er"],
            ["", "Sociale vaardigheidstraining in kleine groep, ten minste één keer per jaar per school", "IB'er of gedragsspecialist"],
            ["", "Aanbod voor meer- en hoogbegaafde leerlingen binnen de school (verrijkingsgroep)", "Leerkracht"],
            ["Ondersteuningsstructuur", "IB'er op iedere school (minimaal 1 dag per week per 150 leerlingen)\nSchoolondersteuningsteam met jeugdverpleegkundige en schoolmaatschappelijk werk", "Schoolleider"],
            ["Planmatig werken", "Groeidocument voor iedere leerling met een ondersteuningsbehoefte\nDrie groepsbesprekingen per jaar", "IB'er"],
        ], [(0, 0, 0, 2), (3, 0, 6, 0)], {"caption": "Tabel 2. Basisondersteuning in vier pijlers", "size": 9}),
        ("p", "De scholen beschrijven in hun schoolgids hoe zij de basisondersteuning inrichten."),
    ]
    b.append(("chapter", "3 Van basis naar speciaal: ons ondersteuningscontinuüm", H + "3 Ondersteuningscontinuüm"))
    b += [
        ("h2", "3.1 Vijf treden"),
        ("p", "De ondersteuning in Heuvelland-Oost bestaat uit vijf treden die op elkaar aansluiten. Een kind "
              "krijgt de ondersteuning op de laagste trede waar het geholpen kan worden, zo dicht mogelijk bij "
              "de eigen groep."),
        ("table", [
            ["Trede", "Omschrijving", "Waar"],
            ["1 Basis", "Basisondersteuning volgens tabel 2", "Iedere school"],
            ["2 Extra op school", "Individueel arrangement met inzet van een specialist van het samenwerkingsverband (gedrag, taal, ontwikkeling); duur 3 tot 12 maanden", "Eigen school"],
            ["3 Bovenschools", "Taalklas voor nieuwkomers (Heuveldal)\nPlusklas De Denkhoek (één dag per week)\nObservatiegroep De Brug (max. 16 weken)", "Drie locaties in de regio"],
            ["4 Speciaal basisonderwijs", "SBO De Kei", "Rotsveld"],
            ["5 Speciaal onderwijs", "SO De Wegwijzer (cluster 3)\nSO Het Baken (cluster 4)", "Heuveldal en buiten de regio"],
        ], [], {"caption": "Tabel 3. Het ondersteuningscontinuüm"}),
        ("h2", "3.2 De route"),
        ("p", "De school bespreekt een kind met een ondersteuningsvraag eerst in het schoolondersteuningsteam. "
              "Is trede 1 niet voldoende, dan schakelt de school de trajectbegeleider van het "
              "samenwerkingsverband in. Die bekijkt samen met de school welk arrangement past. Voor trede 3 "
              "meldt de trajectbegeleider het kind aan bij de betreffende voorziening."),
        ("h2", "3.3 Onderwijs en zorg"),
        ("p", "Voor kinderen die naast onderwijs ook jeugdhulp nodig hebben, maken wij samen met de gemeenten "
              "onderwijszorgarrangementen. Hoofdstuk 5 gaat daar verder op in."),
        ("h2", "3.4 Witte vlekken en thuiszitters"),
        ("p", "Uit de gesprekken met de scholen weten wij dat het aanbod niet voor ieder kind toereikend is. "
              "Signalen gaan onder meer over de wachtlijst bij SO Het Baken. Hoe wij witte vlekken "
              "systematisch in kaart gaan brengen, en welke aanpak wij kiezen voor kinderen die thuiszitten, "
              "onderzoeken wij in 2026. De werkgroep Dekkend Aanbod doet uiterlijk in 2027 voorstellen aan het "
              "algemeen bestuur."),
    ]
    b.append(("chapter", "4 Toelaatbaarheid sbo en so", H + "4 Toelaatbaarheid"))
    b += [
        ("h2", "4.1 Aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar het "
              "kind staat ingeschreven. De aanvraag gaat digitaal naar de Commissie Toewijzing van het "
              "samenwerkingsverband. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectief, de "
              "verslagen van het schoolondersteuningsteam en het formulier waarop de ouders hun zienswijze "
              "geven. De trajectbegeleider ondersteunt de school bij het samenstellen van het dossier."),
        ("h2", "4.2 Advies en besluit"),
        ("p", "De Commissie Toewijzing vraagt advies aan twee deskundigen: altijd een orthopedagoog of "
              "psycholoog, en een tweede deskundige die past bij de hulpvraag, zoals een jeugdarts of "
              "maatschappelijk werker. De commissie besluit binnen acht weken na ontvangst van de volledige "
              "aanvraag. De ouders en het schoolbestuur ontvangen het besluit en de adviezen."),
        ("h2", "4.3 Criteria"),
        ("p", "Een kind is toelaatbaar tot het sbo wanneer (1) de school aantoonbaar trede 1 en 2 heeft ingezet "
              "gedurende ten minste een half jaar, (2) het kind blijvend behoefte heeft aan een kleinere "
              "groep en een intensief en gespecialiseerd aanbod gedurende de hele schooldag, en (3) het "
              "ontwikkelingsperspectief laat zien dat het kind in het sbo beter tot ontwikkeling komt."),
        ("p", "Een kind is toelaatbaar tot het so wanneer daarnaast sprake is van een ondersteuningsbehoefte die "
              "ook het sbo overstijgt: een structurele behoefte aan een combinatie van onderwijs en "
              "behandeling, medische verzorging of een zeer specialistische aanpak (cluster 3 of 4)."),
        ("h2", "4.4 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
              "voor twee schooljaren. Bij een TLV so stelt de commissie de bekostigingscategorie vast: laag, "
              "midden of hoog, volgens de landelijke indeling."),
        ("box", "Kader: wat betekent dit voor ouders?", [
            "U wordt altijd betrokken bij een aanvraag voor een TLV. U kunt uw mening geven op het "
            "zienswijzeformulier en u krijgt de adviezen van de deskundigen. Het besluit wordt binnen acht weken "
            "genomen.",
        ]),
        ("h2", "4.5 Einde van de TLV en terugkeer"),
        ("p", "Uitgangspunt in Heuvelland-Oost is dat een kind het speciaal (basis)onderwijs verlaat zodra het "
              "weer op een reguliere school terecht kan, het liefst op een school in de eigen woonplaats. Een "
              "terugkeer wordt altijd begeleid: de ontvangende school krijgt een terugkeerarrangement met "
              "ambulante begeleiding vanuit de sbo- of so-school gedurende maximaal een jaar, en het kind kan "
              "starten met een proefplaatsing van zes weken."),
        ("p", "De commissie van begeleiding van de sbo- of so-school evalueert het ontwikkelingsperspectief "
              "twee keer per jaar. In het laatste jaar van de TLV organiseert de sbo- of so-school uiterlijk "
              "1 februari een evaluatiegesprek met de ouders, de trajectbegeleider van het samenwerkingsverband "
              "en – waar het gaat om terugkeer – de beoogde basisschool. De sbo- of so-school doet daarna een "
              "voorstel. De Commissie Toewijzing besluit uiterlijk 1 april of het kind terugkeert naar het "
              "regulier onderwijs, of dat een nieuwe TLV wordt afgegeven. Bij terugkeer start het kind "
              "na de zomervakantie op de nieuwe school."),
        ("p", "In schooljaar 2024–2025 keerden elf kinderen vanuit het sbo en twee vanuit het so terug naar een "
              "reguliere basisschool."),
    ]
    b.append(("chapter", "5 Samenwerking met jeugdhulp", H + "5 Jeugdhulp"))
    b += [
        ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Met de drie gemeenten hebben wij in het OOGO "
              "afgesproken dat iedere school een vaste contactpersoon heeft in het lokale jeugdteam en dat de "
              "schoolmaatschappelijk werkers deel uitmaken van het schoolondersteuningsteam. Voor kinderen die "
              "onderwijs en behandeling nodig hebben, maken wij onderwijszorgarrangementen, waarbij de gemeente "
              "de zorg en het samenwerkingsverband het onderwijs regelt."),
    ] + filler("vervoer", **kw)
    b.append(("chapter", "6 Wat willen we bereiken en hoe volgen we dat?", H + "6 Resultaten"))
    b += [
        ("table", [
            ["Beoogd resultaat 2030", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Meer kinderen in het regulier onderwijs", "Deelnamepercentage sbo", "2,4%", "2,0%"],
            ["", "Deelnamepercentage so", "1,5%", "1,5%"],
            ["Kinderen keren vaker terug", "Terugkeer uit sbo/so per jaar", "13", "20"],
            ["Snelle toewijzing", "Doorlooptijd TLV", "6,5 week", "≤ 6 weken"],
            ["Tevreden ouders", "Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "≥ 7,5"],
        ], [(1, 0, 2, 0)], {"caption": "Tabel 4. Beoogde resultaten 2026–2030"}),
        ("p", "Wij volgen deze resultaten op drie manieren. Ten eerste ontvangen het algemeen bestuur en de OPR "
              "twee keer per jaar een voortgangsrapportage met de kengetallen uit DUO en uit onze eigen "
              "registratie. Ten tweede bespreekt de trajectbegeleider jaarlijks met iedere school de "
              "ontwikkeling van de ondersteuning aan de hand van de kengetallen van die school. Ten derde houden "
              "wij in 2027 en 2029 een tevredenheidsonderzoek onder ouders en scholen. In het jaarverslag, "
              "dat vóór 1 juli wordt vastgesteld, leggen wij verantwoording af over de bereikte resultaten. In "
              "2029 laten wij de planperiode extern evalueren."),
    ]
    b.append(("chapter", "7 Ouders", H + "7 Ouders"))
    b += [
        ("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij weten welke ondersteuning er "
              "is en hoe zij die kunnen krijgen. Daarom informeren wij ouders via:"),
        ("ul", [
            "de website ouderwijzer-heuvelland.nl, met uitleg over de vijf treden en alle voorzieningen;",
            "de folder ‘Ondersteuning voor uw kind’, die iedere school meegeeft bij de intake;",
            "de schoolgids van iedere school, die een vaste paragraaf over ondersteuning bevat;",
            "een jaarlijkse informatieavond per gemeente, samen met de jeugdteams;",
            "de intern begeleider, die het eerste aanspreekpunt voor ouders is.",
        ]),
        ("p", "Ouders zijn partner bij het opstellen van het groeidocument en het ontwikkelingsperspectief. De "
              "school bespreekt het OPP met de ouders en vraagt hun instemming met het handelingsdeel."),
        ("p", "Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten wij samen met VO Heuvelland in. Waar "
              "en hoe ouders daar terechtkunnen, maken wij bekend zodra de inrichting rond is; wij verwachten "
              "dat in het voorjaar van 2027."),
    ]
    b.append(("chapter", "8 Financieel kader", H + "8 Financieel kader"))
    b += [
        ("p", "De financiële paragraaf – met het verdeelmodel en de meerjarenbegroting 2026–2030 – wordt na "
              "besluitvorming in het algemeen bestuur van juni 2026 als afzonderlijk document gepubliceerd op "
              "www.swv-heuvelland-oost.nl/financien."),
    ]
    b.append(("chapter", "9 Organisatie", H + "9 Organisatie"))
    b += filler("governance", **kw) + filler("opr", **kw)
    b.append(("chapter", "10 Personeel en ICT", H + "10 Personeel en ICT"))
    b += filler("personeel", **kw) + filler("ict", **kw)
    b.append(("chapter", "11 Totstandkoming", H + "11 Totstandkoming"))
    b += filler("totstand", **kw) + filler("planning", **kw) + filler("inspectie", **kw)
    b.append(("h2", "11.1 Landelijke ontwikkelingen"))
    b += filler("landelijk", **kw)
    b.append(("h2", "11.2 Communicatie met scholen en partners"))
    b += filler("communicatie_prof", **kw)
    b.append(("chapter", "Begrippenlijst", H + "Begrippenlijst"))
    b.append(("gloss", [
        ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen. In Heuvelland-Oost ontvangen besturen € 190 per leerling; de rest wordt centraal ingezet."),
        ("Meerjarenbegroting", "Overzicht van verwachte baten en lasten voor ten minste vier jaar."),
        ("Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert wanneer het niet lukt een passende onderwijsplek te vinden."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen en bij onenigheid over ondersteuning."),
        ("Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."),
        ("Terugplaatsing", "Zie 4.5."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Reserve", "Het deel van het eigen vermogen dat niet is bestemd."),
    ]))
    return b


P3_STYLE = {
    "doc_title": "Ondersteuningsplan 2026-2030 Heuvelland-Oost",
    "footer": "SWV Passend Onderwijs Heuvelland-Oost (PO 31-96) — OP 2026–2030",
    "first_header": "Concept voor OPR — versie 3.2",
    "toc_header": "OP 2026–2030 Heuvelland-Oost | Inhoud",
    "real_headings": True, "color": "9C5700", "box_fill": "FFF2CC", "th_fill": "FFE699", "font": "Arial", "size": 10,
}

P3_LABEL = dict(
    criteria=crit(
        basisondersteuning_niveau=1, basisondersteuning_inhoud=1,
        plaatsing_procedure=1, plaatsing_criteria=1,
        terugstroom_procedure=1, terugstroom_beleid=1,
        financien_verdeling=0, financien_besteding=0,
        dekkend_aanbod_continuum=1, dekkend_aanbod_lacunes=0,
        resultaten_doelen=1, resultaten_monitoring=1,
        ouders_informatie=1, ouders_steunpunt=0),
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "Ch. 2 body text is only 'Zie onderstaande tabel.'; Tabel 2 (merged title row + merged pillar cells) states the floor for all 38 schools + sbo and the concrete content -> present, content only in a table.",
        "plaatsing": "Ch. 4: bestuur applies to Commissie Toewijzing with dossier, two deskundigen, decision within 8 weeks (4.1-4.2); sbo and so criteria (4.3); duur + categorie (4.4). No bezwaar route anywhere.",
        "terugstroom": "Hidden as 4.5 'Einde van de TLV en terugkeer' in the TLV chapter: policy (thuisnabij, terugkeerarrangement, proefplaatsing) and procedure (evaluation twice a year, meeting before 1 Feb, Commissie Toewijzing decides before 1 April); figures 2024-2025.",
        "financien": "Ch. 8 'Financieel kader' only refers to a separate document on the website after June 2026; the per-leerling amount appears only in the begrippenlijst; no reserves/verantwoording -> missing.",
        "dekkend-aanbod": "3.1-3.3 five-trede continuum table, route via trajectbegeleider, OZA; 3.4 'Witte vlekken en thuiszitters' only acknowledges signals and defers the approach ('onderzoeken wij in 2026', proposals 2027) -> lacunes false.",
        "resultaten": "Ch. 1 achieved results vs targets of previous plan; ch. 6 Tabel 4 beoogde resultaten with streefwaarden and monitoring (half-yearly report, yearly school talks, surveys 2027/2029, jaarverslag, external evaluation).",
        "ouders": "Ch. 7: website, folder, schoolgids, info evening, IB'er (informatie true); OJSP is deferred to spring 2027 and Onderwijsconsulenten/OJSP appear only in the begrippenlijst -> steunpunt false.",
    },
)


# ===========================================================================
# Plan 4 — VO, Kanaalzone. .pdf only (rendered from .docx). Headings are bold
# coloured lines, two-column chapters, financien only in tables.
# Labels: BO missing · PL partial (criteria yes; procedure -> handboek
# 2026) · TS partial (procedure yes; beleid deferred) · FI present (tables
# only, under 'Geld en middelen') · DA present · RE missing (referral +
# deferral) · OU partial (steunpunt yes; informatie deferred).
# ===========================================================================
def plan_kanaalzone() -> list:
    kw = dict(naam="Samenwerkingsverband VO Kanaalzone", kort="Kanaalzone", fte="16,4", opr_datum="19 maart 2025",
              jaar_voor="2024", gemeenten="Sluisdam, Kanaaldorp, Oud-Gemaal en Veerhaven", oogo_datum="6 maart 2025",
              ander_swv="PO Kanaalzone (PO 22-94)", vast_datum="27 maart 2025", start="2025", eind="2029")
    H = "Kanaalzone VO · OP 2025–2029 · "
    b = []
    b.append(("title", [
        "Verbinden langs het kanaal",
        "Ondersteuningsplan 2025–2029",
        "Samenwerkingsverband VO Kanaalzone (VO 22-95)",
        "Basisondersteuning · toewijzing · terugplaatsing · geld · netwerk · resultaten · ouders",
    ]))
    b.append(("toc", [
        (1, "Voorwoord", 2), (1, "1 Inleiding", 3), (1, "2 Kanaalzone in beeld", 4), (1, "3 Koers 2025–2029", 6),
        (1, "4 Het ondersteuningsaanbod", 8), (2, "4.3 Een sluitend netwerk", 11),
        (1, "5 Toewijzing en toelaatbaarheid", 13), (2, "5.4 Afloop van een TLV", 16),
        (1, "6 Geld en middelen", 18), (1, "7 Ouders en leerlingen", 21),
        (1, "8 Ontwikkelagenda en resultaten", 23), (1, "9 Bestuur en medezeggenschap", 25),
        (1, "10 Personeel", 27), (1, "11 Gemeenten en OOGO", 28), (1, "12 Privacy en ICT", 30),
        (1, "Bijlage A Woordenlijst", 31),
    ]))
    b.append(("chapter", "Voorwoord", H + "Voorwoord"))
    b += [
        ("p", "Het kanaal verbindt onze vier gemeenten, en het verbindt onze scholen. Die verbinding willen wij "
              "de komende vier jaar versterken. Dit ondersteuningsplan laat zien hoe de vijf schoolbesturen van "
              "Kanaalzone samen zorgen voor een passende plek voor iedere leerling."),
        ("p", "Het plan is korter dan zijn voorganger. Wij hebben bewust gekozen voor een plan op hoofdlijnen, "
              "met een ontwikkelagenda voor de onderwerpen die nog uitwerking vragen. Dat maakt het plan "
              "wendbaar, maar het betekent ook dat een aantal afspraken in de komende jaren nog wordt "
              "uitgewerkt."),
        ("p", "Wij danken de leden van de ondersteuningsplanraad, de gemeenten en de medewerkers van de "
              "scholen voor hun bijdrage."),
        ("p", "Mr. R.F. (Ruud) Scholten, directeur-bestuurder"),
    ]
    b.append(("chapter", "1 Inleiding", H + "1 Inleiding"))
    b += [
        ("p", "Dit ondersteuningsplan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het plan beschrijft hoe "
              "Kanaalzone invulling geeft aan de wettelijke opdracht van samenwerkingsverbanden: zorgen voor een "
              "samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat "
              "leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen."),
        ("p", "De wet noemt een aantal onderwerpen die een ondersteuningsplan in elk geval bevat, zoals de "
              "basisondersteuning, de verdeling van middelen, de toelaatbaarheid tot het vso, lwoo en pro, de "
              "terugplaatsing, de resultaten en de informatie aan ouders. Het plan volgt die onderwerpen niet "
              "één op één, maar ordent ze rond onze koers."),
    ]
    b.append(("chapter", "2 Kanaalzone in beeld", H + "2 Kanaalzone in beeld"))
    b += [
        ("p", "Kanaalzone is een verstedelijkt gebied met een sterke industriële traditie. De regio telt vier "
              "gemeenten en ongeveer 142.000 inwoners. Vijf schoolbesturen hebben samen veertien scholen voor "
              "voortgezet onderwijs: acht scholen met vmbo, vijf met havo/vwo, één school voor praktijkonderwijs "
              "en – als onderdeel van een van de besturen – één vso-school, De Steiger."),
        ("table", [
            ["Gemeente", "Inwoners", "Scholen", "Leerlingen vo (1-10-2024)"],
            ["Sluisdam", "61.000", "6", "5.120"],
            ["Kanaaldorp", "34.500", "4", "2.790"],
            ["Oud-Gemaal", "27.000", "2", "1.640"],
            ["Veerhaven", "19.500", "2", "1.210"],
            ["Totaal", "142.000", "14", "10.760"],
        ], [], {"caption": "Tabel 1. Gemeenten, scholen en leerlingen"}),
        ("p", "In de regio wonen relatief veel gezinnen met een laag inkomen. Het aandeel jongeren dat "
              "jeugdhulp ontvangt, ligt boven het landelijk gemiddelde. Tegelijk is de arbeidsmarkt in de "
              "technische sector krap, wat kansen biedt voor leerlingen in het vmbo en het praktijkonderwijs."),
    ]
    b.append(("chapter", "3 Koers 2025–2029", H + "3 Koers"))
    b.append(("cols", 2))
    b += [
        ("p", "Onze koers bestaat uit drie bewegingen. De eerste beweging is van buiten naar binnen: "
              "ondersteuning zoveel mogelijk in de school en in de klas, in plaats van in aparte voorzieningen. "
              "De tweede beweging is van los naar samen: scholen en besturen zoeken elkaar op en delen "
              "expertise. De derde beweging is van aanbod naar vraag: wij kijken naar wat een leerling nodig "
              "heeft en organiseren daar het aanbod omheen."),
        ("p", "Deze bewegingen vragen iets van iedereen. Van leraren vraagt het dat zij omgaan met verschillen "
              "in de klas. Van scholen vraagt het dat zij hun ondersteuning zichtbaar en betrouwbaar inrichten. "
              "Van besturen vraagt het dat zij over hun eigen grenzen heen kijken. En van het "
              "samenwerkingsverband vraagt het dat wij verbinden, faciliteren en – waar nodig – knopen "
              "doorhakken."),
        ("p", "Bij elke beweging hoort een rol voor de leerling. Leerlingen weten vaak goed wat zij nodig "
              "hebben. Wij willen hen daarom systematisch betrekken: bij hun eigen ontwikkelingsperspectief, "
              "bij de evaluatie van voorzieningen en via de leerlingleden van de ondersteuningsplanraad."),
        ("p", "De koers sluit aan bij de ambities van de vijf besturen zoals die in hun strategische "
              "beleidsplannen staan, en bij de jeugdbeleidsplannen van de gemeenten."),
    ]
    b.append(("cols", 1))
    b.append(("chapter", "4 Het ondersteuningsaanbod", H + "4 Ondersteuningsaanbod"))
    b += [
        ("h2", "4.1 Opbouw"),
        ("p", "Het aanbod in Kanaalzone is opgebouwd uit ondersteuning in de school, bovenschoolse "
              "voorzieningen en speciaal onderwijs. Voor leerlingen die meer nodig hebben dan de "
              "basisondersteuning van hun school, zet de school een arrangement in."),
        ("table", [
            ["Laag", "Voorziening", "Voor wie", "Maximale duur"],
            ["In de school", "Schoolarrangement (individueel of in een groep), bijvoorbeeld een trajectklas, coaching door een gedragsspecialist of een aangepast rooster", "Leerlingen met een OPP", "1 schooljaar, te verlengen"],
            ["Bovenschools", "OPDC Het Kompas (Sluisdam)", "Leerlingen die tijdelijk een kleine, gestructureerde setting nodig hebben", "1 schooljaar"],
            ["", "Rebound Kanaalzone", "Leerlingen die na een incident of schorsing tijdelijk uit de klas moeten", "12 weken"],
            ["", "ISK Sluisdam", "Nieuwkomers zonder voldoende Nederlands", "2 schooljaren"],
            ["", "Hoogbegaafdheidsprogramma ‘Kanaal+’", "Hoogbegaafde leerlingen met onderpresteren", "Doorlopend"],
            ["Speciaal", "Praktijkschool De Werkplaats", "Leerlingen met een TLV pro", "Tot uitstroom"],
            ["", "VSO De Steiger (cluster 4) en vso cluster 3 buiten de regio", "Leerlingen met een TLV vso", "Duur van de TLV"],
        ], [(2, 0, 5, 0), (6, 0, 7, 0)], {"caption": "Tabel 2. Het aanbod in drie lagen", "size": 9}),
        ("h2", "4.2 Van vraag naar aanbod"),
        ("p", "Iedere school heeft een ondersteuningsteam waarin de ondersteuningscoördinator, de "
              "schoolmaatschappelijk werker en de consulent van Kanaalzone zitting hebben. Het team bespreekt "
              "leerlingen met een ondersteuningsvraag en besluit over een schoolarrangement. Is bovenschoolse "
              "ondersteuning nodig, dan meldt de consulent de leerling aan bij het Plaatsingsoverleg "
              "Voorzieningen, dat elke twee weken bijeenkomt. Scholen blijven verantwoordelijk voor leerlingen "
              "die tijdelijk een voorziening bezoeken: de leerling blijft ingeschreven en keert terug naar de "
              "eigen school of een andere passende school."),
        ("h2", "4.3 Een sluitend netwerk"),
        ("p", "Kanaalzone wil dat geen enkele leerling thuiszit. Daarom hebben wij de volgende afspraken "
              "gemaakt. Iedere school meldt een leerling die langer dan drie weken verzuimt of geen passende "
              "plek heeft bij de leerplichtambtenaar én bij de consulent van het samenwerkingsverband. Elke "
              "zes weken bespreekt het Thuiszittersoverleg – leerplicht, jeugdteams, consulenten en de "
              "betrokken scholen – iedere gemelde leerling. Voor iedere leerling wordt een casusregisseur "
              "aangewezen. Komen partijen er niet uit, dan kan de directeur-bestuurder een school verplichten "
              "de leerling tijdelijk op te nemen (doorzettingsmacht)."),
        ("p", "Wachten leerlingen op een plek in het vso, dan zet het samenwerkingsverband een "
              "overbruggingsarrangement in op de huidige school, met begeleiding vanuit De Steiger. Elk jaar "
              "in juni inventariseren wij met de ondersteuningscoördinatoren en de gemeenten waar het aanbod "
              "tekortschiet. Het algemeen bestuur besluit in september over maatregelen; die worden in het "
              "jaarplan opgenomen."),
    ]
    b.append(("chapter", "5 Toewijzing en toelaatbaarheid", H + "5 Toewijzing"))
    b += [
        ("h2", "5.1 Toelaatbaar tot het vso"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte blijvend groter is dan "
              "wat een reguliere school met een schoolarrangement en de bovenschoolse voorzieningen kan bieden. "
              "Daarvan is sprake wanneer ten minste twee van de volgende situaties gelden:"),
        ("ul", [
            "de leerling heeft gedurende de hele schooldag een kleine groep (maximaal twaalf leerlingen) en "
            "intensieve begeleiding nodig;",
            "de leerling heeft een combinatie van onderwijs en behandeling nodig die niet in het regulier "
            "onderwijs kan worden georganiseerd;",
            "een schoolarrangement en een bovenschoolse voorziening zijn ingezet en geëvalueerd, en hebben "
            "onvoldoende effect gehad;",
            "de veiligheid van de leerling of anderen kan in het regulier onderwijs niet worden gewaarborgd.",
        ]),
        ("h2", "5.2 Duur en categorie"),
        ("p", "Een TLV vso wordt afgegeven voor maximaal twee schooljaren. De bekostigingscategorie is laag, "
              "tenzij er sprake is van een lichamelijke beperking of langdurige ziekte (midden) of een "
              "meervoudige beperking (hoog)."),
        ("h2", "5.3 Lwoo en pro"),
        ("p", "Voor het leerwegondersteunend onderwijs en het praktijkonderwijs gelden de landelijke criteria. "
              "Kanaalzone heeft geen eigen criteria voor lwoo vastgesteld."),
        ("h2", "5.4 Hoe vraagt een school een TLV aan?"),
        ("p", "De aanvraagroute, de benodigde stukken, de beslistermijnen en de samenstelling van de commissie "
              "zijn beschreven in het Handboek Toewijzing Kanaalzone. Het handboek wordt in 2026 herzien; de "
              "actuele versie staat op het scholenportaal."),
        ("h2", "5.5 Afloop van een TLV"),
        ("p", "In het laatste jaar van de TLV start de vso-school uiterlijk 1 december de evaluatie van het "
              "ontwikkelingsperspectief. De vso-school nodigt vóór 1 februari de leerling, de ouders, de mentor, "
              "de consulent van Kanaalzone en – als terugplaatsing in beeld is – een vertegenwoordiger van de "
              "beoogde vo-school uit voor een overgangsoverleg. De consulent brengt binnen twee weken een "
              "schriftelijk advies uit. Op basis daarvan besluiten de vso-school en de beoogde vo-school vóór "
              "1 april, in overleg met ouders en leerling, of de leerling per 1 augustus overstapt. Is "
              "voortzetting in het vso nodig, dan is een nieuwe TLV nodig."),
        ("p", "Een uitgewerkt beleid voor terugplaatsing – met doelen, voorwaarden en afspraken over de "
              "begeleiding na de overstap – heeft Kanaalzone nog niet. Dat maakt deel uit van de "
              "ontwikkelagenda (hoofdstuk 8)."),
    ]
    b.append(("chapter", "6 Geld en middelen", H + "6 Geld en middelen"))
    b += [
        ("p", "De verdeling en de begroting staan in de tabellen hieronder."),
        ("table", [
            ["Budget", "Verdeelsleutel / criterium", "Besluit door", "Moment"],
            ["Lichte ondersteuning", "€ 118 per leerling (teldatum 1 oktober t-1)\n+ vaste voet € 15.000 per vestiging", "Algemeen bestuur", "Jaarlijks, december"],
            ["Schoolarrangementen", "Op aanvraag van de school via de consulent\nmax. € 7.500 per leerling per schooljaar\ncriterium: OPP met doelen en evaluatiedatum", "Directeur-bestuurder", "Binnen 4 weken na aanvraag"],
            ["Bovenschoolse voorzieningen", "Vaste bekostiging per plaats: OPDC 48 plaatsen à € 14.200; Rebound 12 plaatsen à € 9.800", "Algemeen bestuur", "Bij de begroting"],
            ["Lwoo en pro", "Doorbetaling aan de besturen naar rato van het aantal leerlingen met lwoo of pro op 1 oktober t-1", "Algemeen bestuur", "Maandelijks"],
            ["Verantwoording", "Besturen leveren vóór 1 mei een bestedingsoverzicht per school aan (format Kanaalzone)", "", ""],
        ], [(5, 1, 5, 3)], {"caption": "Tabel 3. Verdeling van de middelen", "size": 9}),
        ("table", [
            ["x € 1.000", "2025", "2026", "2027", "2028", "2029"],
            ["Rijksbijdrage lichte ondersteuning", "2.930", "2.905", "2.880", "2.860", "2.840"],
            ["Rijksbijdrage zware ondersteuning", "5.610", "5.570", "5.530", "5.490", "5.450"],
            ["Lwoo en pro", "7.240", "7.180", "7.120", "7.070", "7.020"],
            ["Totaal baten", "15.780", "15.655", "15.530", "15.420", "15.310"],
            ["Afdracht vso (DUO)", "4.120", "4.100", "4.080", "4.060", "4.040"],
            ["Doorbetaling lwoo en pro", "7.240", "7.180", "7.120", "7.070", "7.020"],
            ["Lichte ondersteuning besturen", "1.480", "1.470", "1.460", "1.450", "1.440"],
            ["Schoolarrangementen", "690", "700", "710", "720", "720"],
            ["OPDC en Rebound", "800", "800", "800", "800", "800"],
            ["Thuiszitters en overbrugging", "260", "260", "260", "260", "260"],
            ["Bureau en personeel", "1.290", "1.300", "1.310", "1.320", "1.330"],
            ["Totaal lasten", "15.880", "15.810", "15.740", "15.680", "15.610"],
            ["Saldo (ten laste van de reserve)", "-100", "-155", "-210", "-260", "-300"],
        ], [], {"caption": "Tabel 4. Meerjarenbegroting 2025–2029", "size": 9}),
        ("table", [
            ["Reserve", "31-12-2024", "Verwacht 31-12-2029"],
            ["Algemene reserve", "€ 2.310.000", "€ 1.285.000"],
            ["Signaleringswaarde", "€ 1.150.000", "€ 1.120.000"],
        ], [], {"caption": "Tabel 5. Reserve en signaleringswaarde"}),
    ]
    b.append(("chapter", "7 Ouders en leerlingen", H + "7 Ouders en leerlingen"))
    b.append(("cols", 2))
    b += [
        ("p", "Ouders en leerlingen zijn gesprekspartner van de school bij het opstellen en evalueren van het "
              "ontwikkelingsperspectief. Leerlingen hebben hoorrecht: hun mening over het OPP wordt gevraagd en "
              "vastgelegd. In de ondersteuningsplanraad zijn ouders en leerlingen samen goed voor de helft van "
              "de zetels."),
        ("p", "Als ouders of leerlingen er met de school niet uitkomen, kunnen zij terecht bij het onafhankelijke "
              "Ouder- en Jeugdsteunpunt Kanaalzone ‘Stip’. Stip is ondergebracht bij de stichting "
              "MEE Kanaalzone en werkt los van de scholen en het samenwerkingsverband. Medewerkers van Stip "
              "denken mee, gaan desgewenst mee naar gesprekken op school en helpen bij het zoeken naar een "
              "oplossing. Ouders kunnen ook een beroep doen op de Onderwijsconsulenten."),
        ("p", "Voor klachten over het samenwerkingsverband geldt de klachtenregeling van Kanaalzone; klachten "
              "worden behandeld door de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, "
              "verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend "
              "onderwijs."),
        ("p", "Hoe wij ouders en leerlingen informeren over het ondersteuningsaanbod, werken wij uit in een "
              "communicatieplan dat in de loop van 2026 verschijnt."),
    ]
    b.append(("cols", 1))
    b.append(("box", "Kader: wat betekent dit voor ouders?", [
        "Komt u er met de school niet uit? Neem contact op met Stip, het Ouder- en Jeugdsteunpunt Kanaalzone: "
        "0115 - 48 20 20 of via het contactformulier van Stip. Stip is onafhankelijk en gratis.",
    ]))
    b.append(("chapter", "8 Ontwikkelagenda en resultaten", H + "8 Ontwikkelagenda"))
    b += [
        ("p", "Een plan op hoofdlijnen vraagt om een duidelijke ontwikkelagenda. In de planperiode werken wij "
              "de volgende onderwerpen uit:"),
        ("table", [
            ["Thema", "Wat", "Gereed"],
            ["Communicatie", "Communicatieplan ouders en leerlingen", "2026"],
            ["Toewijzing", "Herziening Handboek Toewijzing", "2026"],
            ["Terugplaatsing", "Beleid terugplaatsing vso-vo", "2027"],
            ["Aanbod", "Uitbreiding Kanaal+ naar het vmbo", "2027"],
            ["Digitalisering", "Nieuw portaal voor aanvragen", "2028"],
        ], [], {"caption": "Tabel 6. Ontwikkelagenda 2025–2029"}),
        ("p", "Welke resultaten wij willen bereiken en hoe wij die gaan volgen, formuleren wij per thema in de "
              "jaarplannen. Over de resultaten van de vorige planperiode leest u meer in het jaarverslag 2024 "
              "op www.kanaalzone-vo.nl/jaarverslag."),
    ]
    b.append(("chapter", "9 Bestuur en medezeggenschap", H + "9 Bestuur"))
    b += filler("governance", **kw) + filler("opr", **kw)
    b.append(("chapter", "10 Personeel", H + "10 Personeel"))
    b += filler("personeel", **kw)
    b.append(("h2", "10.1 Kennisdeling"))
    b += filler("kennis", **kw)
    b.append(("h2", "10.2 Communicatie met scholen"))
    b += filler("communicatie_prof", **kw)
    b.append(("chapter", "11 Gemeenten en OOGO", H + "11 Gemeenten"))
    b += [
        ("p", "Met de vier gemeenten voeren wij twee keer per jaar bestuurlijk overleg en vier keer per jaar "
              "ambtelijk overleg. Gezamenlijke thema's zijn de inzet van jeugdhulp op school, de "
              "onderwijszorgarrangementen voor leerlingen die naast onderwijs behandeling nodig hebben, en de "
              "aansluiting tussen vso, praktijkonderwijs en arbeid. Jeugdhulp op school wordt door de "
              "gemeenten gefinancierd."),
    ] + filler("totstand", **kw) + filler("vervoer", **kw)
    b.append(("chapter", "12 Privacy en ICT", H + "12 Privacy en ICT"))
    b += filler("ict", **kw) + filler("planning", **kw)
    b.append(("chapter", "Bijlage A Woordenlijst", H + "Bijlage A"))
    b.append(("gloss", [
        ("Basisondersteuning", "Het door de besturen afgesproken niveau van ondersteuning dat iedere school in Kanaalzone biedt, zoals een ondersteuningscoördinator, mentoraat, dyslexie- en dyscalculiebegeleiding en faalangsttraining."),
        ("Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken, uitgedrukt in streefwaarden."),
        ("Kwaliteitszorg", "Het systematisch volgen en verbeteren van de kwaliteit (PDCA-cyclus)."),
        ("Terugplaatsing", "Overstap van het vso naar het regulier vo."),
        ("Informatie aan ouders", "De wettelijke plicht om ouders te informeren over ondersteuningsvoorzieningen."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ]))
    return b


P4_STYLE = {
    "doc_title": "Ondersteuningsplan 2025-2029 SWV VO Kanaalzone",
    "footer": "Samenwerkingsverband VO Kanaalzone (VO 22-95) — ondersteuningsplan",
    "first_header": "",
    "toc_header": "Kanaalzone VO · OP 2025–2029 · Inhoud",
    "color": "C00000", "box_fill": "FBE4E4", "th_fill": "F4B183", "font": "Verdana", "size": 9.5,
}

P4_LABEL = dict(
    criteria=crit(
        basisondersteuning_niveau=0, basisondersteuning_inhoud=0,
        plaatsing_procedure=0, plaatsing_criteria=1,
        terugstroom_procedure=1, terugstroom_beleid=0,
        financien_verdeling=1, financien_besteding=1,
        dekkend_aanbod_continuum=1, dekkend_aanbod_lacunes=1,
        resultaten_doelen=0, resultaten_monitoring=0,
        ouders_informatie=0, ouders_steunpunt=1),
    advisory={
        "plaatsing": ["duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "Only passing mentions ('meer nodig dan de basisondersteuning van hun school', 4.1; legal list in ch. 1; title page) and a full definition in the Bijlage A woordenlijst (trap). No level and no content in body text -> missing.",
        "plaatsing": "5.1 vso criteria, 5.2 duur/categorie, 5.3 national lwoo/pro criteria; who applies, steps, deciding body and termijnen are only in the Handboek Toewijzing on the scholenportaal ('wordt in 2026 herzien', 5.4) -> procedure false.",
        "terugstroom": "5.5 'Afloop van een TLV' inside the Toewijzing chapter: initiator, dated evaluation steps, advice, decision before 1 April (procedure true); policy explicitly absent and put on the ontwikkelagenda for 2027 -> beleid false.",
        "financien": "Ch. 6 'Geld en middelen': one sentence of text, everything else in tables: verdeelsleutels/criteria/deciding body (Tabel 3, merged cells), meerjarenbegroting 2025-2029 with amounts (Tabel 4), reserve (Tabel 5), verantwoording row.",
        "dekkend-aanbod": "4.1 three-layer continuum table (OPDC, Rebound, ISK, HB, pro, vso); 4.3 thuiszitters approach with leerplicht, casusregisseur, doorzettingsmacht, overbrugging, yearly inventory of gaps; ch. 11 OOGO/OZA.",
        "resultaten": "Ch. 8 'Ontwikkelagenda en resultaten' only defers goals and monitoring to future jaarplannen and refers to jaarverslag 2024 on the website; 'beoogde resultaten'/'kwaliteitszorg' occur only in the woordenlijst -> missing.",
        "ouders": "Ch. 7 (two-column): OJSP 'Stip', Onderwijsconsulenten, klachtenregeling, GPO (steunpunt true), hoorrecht/OPR (betrokkenheid); how parents are informed is deferred to a communicatieplan 'in de loop van 2026' -> informatie false.",
    },
)


# ===========================================================================
# Plan 5 — PO, Duinstreek Noord. .html web version (site header/nav, aside
# boxes, rowspan/colspan tables, definition-list glossary, site footer).
# Labels: BO partial (content listed; common floor not yet set) · PL missing
# (referral to web page; procedure only in glossary) · TS present · FI
# partial (begroting with amounts; verdeelmodel deferred) · DA partial
# (lacunes yes; continuum -> 'sociale kaart' on website) · RE present · OU
# missing (only nav link 'Voor ouders', voorwoord mention, glossary).
# ===========================================================================
def plan_duinstreek() -> list:
    kw = dict(naam="Samenwerkingsverband PO Duinstreek Noord", kort="Duinstreek Noord", fte="8,1",
              opr_datum="4 maart 2025", jaar_voor="2024", gemeenten="Zandvoorde-Noord, Helmduin en Strandwijk",
              oogo_datum="18 februari 2025", ander_swv="VO Duinstreek (VO 24-93)", vast_datum="13 maart 2025",
              start="2025", eind="2029")
    b = []
    b.append(("title", [
        "Ondersteuningsplan 2025–2029 – webversie",
        "Samenwerkingsverband PO Duinstreek Noord (PO 24-94)",
        "Deze webversie bevat de volledige tekst van het ondersteuningsplan. De pdf-versie met opmaak kunt u "
        "downloaden onderaan de pagina.",
    ]))
    b.append(("toc", [
        (1, "Welkom", 0), (1, "1 Over Duinstreek Noord", 0), (1, "2 Visie en ambitie", 0),
        (1, "3 Basisondersteuning", 0), (1, "4 Toelaatbaarheid", 0), (1, "5 Terug naar de basisschool", 0),
        (1, "6 Thuiszitters en een sluitend netwerk", 0), (1, "7 Middelen", 0), (1, "8 Resultaten", 0),
        (1, "9 Organisatie en medezeggenschap", 0), (1, "10 Personeel, ICT en privacy", 0),
        (1, "11 Totstandkoming en ontwikkelingen", 0), (1, "Begrippen", 0),
    ]))
    b.append(("chapter", "Welkom", ""))
    b += [
        ("p", "Welkom bij de webversie van het ondersteuningsplan 2025–2029 van Duinstreek Noord. Dit plan is "
              "geschreven voor iedereen die betrokken is bij passend onderwijs in onze regio: leerkrachten, "
              "intern begeleiders, schoolleiders, besturen, gemeenten en ouders."),
        ("p", "Duinstreek Noord is een klein samenwerkingsverband met korte lijnen. Dat is onze kracht. Wij "
              "kennen de scholen, en de scholen kennen elkaar. In dit plan beschrijven wij hoe wij die kracht "
              "gebruiken om ieder kind een goede plek te bieden."),
        ("p", "Wij hebben voor een webversie gekozen omdat die beter leesbaar is op telefoon en tablet, en "
              "omdat wij onderdelen gemakkelijker kunnen actualiseren. Wijzigingen die de inhoud van het plan "
              "raken, leggen wij altijd eerst voor aan de ondersteuningsplanraad."),
        ("p", "A. (Anouk) de Wit-Brandsma, directeur-bestuurder"),
    ]
    b.append(("chapter", "1 Over Duinstreek Noord", ""))
    b += [
        ("p", "Duinstreek Noord omvat de gemeenten Zandvoorde-Noord, Helmduin en Strandwijk. Zes schoolbesturen "
              "zijn aangesloten, met samen 27 basisscholen, één school voor speciaal basisonderwijs (SBO De "
              "Duinroos) en één so-school voor cluster 3 en 4 (SO De Zeester). Op 1 oktober 2024 gingen er 6.480 "
              "leerlingen naar een basisschool in onze regio."),
        ("table", [
            ["Bestuur", "Aantal scholen", "Leerlingen"],
            ["Stichting Openbaar Onderwijs Duinstreek", "9", "2.210"],
            ["Stichting Katholiek Onderwijs Helmduin", "7", "1.650"],
            ["Vereniging PCO Strandwijk", "6", "1.480"],
            ["Stichting Kindcentra Zandvoorde", "3", "760"],
            ["Stichting Vrije School Duin", "1", "240"],
            ["Stichting Speciaal Onderwijs Kust", "2 (sbo + so)", "140 + 165"],
        ], [], {"caption": "Aangesloten besturen"}),
        ("p", "De regio is toeristisch en vergrijst. Veel gezinnen met jonge kinderen verhuizen naar de stad. "
              "Het aantal leerlingen daalt daardoor met ongeveer anderhalf procent per jaar. Besturen werken "
              "steeds vaker samen om kleine scholen open te houden."),
    ]
    b.append(("chapter", "2 Visie en ambitie", ""))
    b += [
        ("p", "Iedere leerling in Duinstreek Noord heeft recht op onderwijs dat past. Dat onderwijs vindt bij "
              "voorkeur plaats in de eigen wijk of het eigen dorp, samen met kinderen uit de buurt. Waar dat "
              "niet kan, zorgen wij voor een goede plek elders, en voor een weg terug zodra dat kan."),
        ("p", "Wij werken vanuit drie principes: de leerkracht doet ertoe, de school is de basis en het "
              "samenwerkingsverband ondersteunt. Leerkrachten maken het verschil in de klas. Scholen "
              "organiseren rond de leerkracht een sterke ondersteuningsstructuur. Het samenwerkingsverband "
              "helpt waar de school vastloopt."),
        ("p", "Wij willen een lerend samenwerkingsverband zijn. Dat betekent dat wij onze keuzes baseren op "
              "gegevens en ervaringen, dat wij evalueren wat wij doen en dat wij bijsturen als iets niet werkt."),
    ]
    b.append(("chapter", "3 Basisondersteuning", ""))
    b += [
        ("p", "Onder basisondersteuning verstaan wij in Duinstreek Noord de volgende voorzieningen:"),
        ("ul", [
            "een intern begeleider die ten minste twee dagdelen per week beschikbaar is;",
            "een aanpak voor dyslexie en ernstige leesproblemen volgens het landelijke protocol;",
            "een aanbod voor kinderen die meer uitdaging nodig hebben (verrijkingsmateriaal en een plusgroep "
            "binnen de school);",
            "een methode voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator;",
            "een groeidocument voor iedere leerling met een ondersteuningsbehoefte;",
            "een ondersteuningsteam met de schoolcontactpersoon van het jeugdteam, dat ten minste vier keer per "
            "jaar bijeenkomt;",
            "een protocol voor medisch handelen.",
        ]),
        ("p", "Dit is een beschrijving van wat basisondersteuning in onze regio inhoudt; het is nog geen "
              "afspraak die voor iedere school geldt. De scholen verschillen op dit moment sterk. Welke "
              "onderdelen iedere school in Duinstreek Noord ten minste moet bieden, stellen de besturen vast "
              "nadat de Scan Basisondersteuning in 2026 op alle scholen is afgenomen."),
    ]
    b.append(("chapter", "4 Toelaatbaarheid", ""))
    b += [
        ("p", "Alles over het aanvragen van een toelaatbaarheidsverklaring voor SBO De Duinroos of SO De "
              "Zeester vindt u op de pagina Toelaatbaarheid van deze website."),
    ]
    b.append(("chapter", "5 Terug naar de basisschool", ""))
    b += [
        ("p", "Duinstreek Noord vindt dat een plaatsing in het sbo of so in principe tijdelijk is. Het doel "
              "is dat een kind teruggaat naar een reguliere basisschool, het liefst in de eigen woonplaats, "
              "zodra de ontwikkeling dat toelaat. Terugplaatsing is geen mislukking van het speciaal onderwijs, "
              "maar een teken dat het zijn werk heeft gedaan."),
        ("h2", "Voorwaarden"),
        ("ul", [
            "Het ontwikkelingsperspectief laat zien dat het kind zich in een reguliere groep kan handhaven met de "
            "ondersteuning die de ontvangende school kan bieden.",
            "De ontvangende school krijgt een terugplaatsingsarrangement: gedurende het eerste jaar "
            "ambulante begeleiding door een leerkracht van De Duinroos of De Zeester (twee uur per week) en "
            "een budget voor extra handen in de klas.",
            "Na zes en na twaalf maanden evalueert de ontvangende school de terugplaatsing met de "
            "ambulant begeleider.",
        ]),
        ("h2", "Stappen"),
        ("table", [
            ["Wanneer", "Wie", "Wat"],
            ["Jaarlijks, oktober", "Commissie van begeleiding sbo/so", "Beoordeelt bij ieder kind of terugplaatsing in beeld is en legt dat vast in het OPP."],
            ["Laatste jaar TLV, vóór 1 januari", "Sbo/so-school", "Neemt het initiatief voor een overgangsgesprek met de consulent van het samenwerkingsverband en een mogelijke ontvangende school."],
            ["Vóór 1 maart", "Consulent samenwerkingsverband", "Brengt advies uit over terugplaatsing of voortzetting."],
            ["Vóór 1 april", "Directeur-bestuurder", "Besluit over de terugplaatsing en het terugplaatsingsarrangement."],
            ["1 augustus", "Ontvangende school", "Kind start; ambulante begeleiding begint."],
        ], [], {"caption": "Stappenplan terugplaatsing"}),
        ("p", "Is terugkeer nog niet mogelijk, dan is een nieuwe TLV nodig. In 2023–2024 gingen negen kinderen "
              "terug naar het regulier onderwijs; in 2024–2025 waren dat er twaalf."),
    ]
    b.append(("chapter", "6 Thuiszitters en een sluitend netwerk", ""))
    b += [
        ("p", "Een actueel overzicht van alle arrangementen, bovenschoolse voorzieningen en speciale scholen in "
              "onze regio vindt u op de sociale kaart op onze website."),
        ("p", "Geen kind mag thuiszitten. Als een kind langer dan twee weken niet of onvoldoende naar school "
              "gaat, meldt de school dat bij de leerplichtambtenaar en bij de consulent van het "
              "samenwerkingsverband. Binnen vijf werkdagen volgt een overleg met school, leerplicht en "
              "jeugdteam. Binnen zes weken moet er een plan liggen voor terugkeer naar onderwijs. Lukt dat "
              "niet, dan escaleert de consulent naar het Thuiszittersoverleg Duinstreek, dat maandelijks "
              "vergadert en waarin de directeur-bestuurder en de teamleider leerplicht zitting hebben."),
        ("p", "Daarnaast analyseren wij ieder jaar in maart met de scholen, de gemeenten en de jeugdteams voor "
              "welke kinderen geen passend aanbod beschikbaar was. In 2024 ging het vooral om jonge kinderen "
              "met ernstige gedragsproblemen en om kinderen met een combinatie van autisme en hoogbegaafdheid. "
              "Voor de eerste groep openen De Zeester en een basisschool in Helmduin in augustus 2026 een "
              "gezamenlijke kleine groep; voor de tweede groep maken wij per kind een maatwerkafspraak met het "
              "bestuur dat de zorgplicht heeft, binnen vier weken na de melding."),
    ]
    b.append(("chapter", "7 Middelen", ""))
    b += [
        ("p", "Het verdeelmodel van Duinstreek Noord wordt in 2025–2026 geëvalueerd. Het algemeen bestuur neemt "
              "in het najaar van 2026 een besluit over een nieuw model. Tot dat moment worden de middelen "
              "verdeeld volgens de bestaande afspraken."),
        ("table", [
            ["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Baten", "", "", "", ""],
            ["Ondersteuningsbudget (lichte en zware ondersteuning)", "5.410", "5.330", "5.250", "5.170"],
            ["Af: afdracht so (DUO)", "-1.720", "-1.700", "-1.680", "-1.660"],
            ["Lasten", "", "", "", ""],
            ["Schoolbudgetten besturen", "1.640", "1.610", "1.580", "1.550"],
            ["Sbo De Duinroos (boven 2%)", "860", "850", "840", "830"],
            ["Terugplaatsingsarrangementen", "95", "110", "120", "120"],
            ["Consulenten en ambulante begeleiding", "610", "615", "620", "625"],
            ["Thuiszitters en maatwerk", "180", "180", "180", "180"],
            ["Bureau en organisatie", "420", "420", "425", "425"],
            ["Saldo", "-115", "-155", "-195", "-220"],
        ], [(1, 0, 1, 4), (4, 0, 4, 4)], {"caption": "Meerjarenbegroting 2025–2028"}),
        ("p", "Het negatieve saldo wordt gedekt uit de algemene reserve, die eind 2024 € 1,1 miljoen bedroeg."),
    ]
    b.append(("chapter", "8 Resultaten", ""))
    b += [
        ("table", [
            ["Wat willen wij bereiken?", "Hoe meten wij dat?", "2024", "Doel 2029"],
            ["Minder kinderen naar het speciaal (basis)onderwijs", "Deelnamepercentage sbo + so (1 oktober, DUO)", "4,7%", "4,0%"],
            ["Meer kinderen terug naar regulier", "Aantal terugplaatsingen per schooljaar", "12", "18"],
            ["Geen thuiszitters langer dan drie maanden", "Registratie leerplicht", "7", "0"],
            ["Alle scholen bieden de basisondersteuning", "Scan Basisondersteuning", "n.v.t.", "27 van 27"],
        ], [], {"caption": "Beoogde resultaten"}),
        ("box", "Kader: zo gaan wij om met gegevens", [
            "Wij gebruiken alleen gegevens op schoolniveau of regioniveau. Kengetallen van individuele scholen "
            "worden besproken met het betreffende bestuur en niet openbaar gemaakt.",
        ]),
        ("p", "De consulenten verzamelen ieder kwartaal de gegevens uit de registraties van leerplicht, DUO en "
              "het aanvraagportaal. Twee keer per jaar bespreken het algemeen bestuur en de OPR een "
              "voortgangsrapportage. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij per doel "
              "wat er is bereikt en wat het heeft gekost. Halverwege de planperiode, in 2027, houden wij een "
              "tussenevaluatie met de scholen."),
    ]
    b.append(("chapter", "9 Organisatie en medezeggenschap", ""))
    b += filler("governance", **kw) + filler("opr", **kw) + filler("inspectie", **kw)
    b.append(("h2", "Samenwerking met gemeenten en jeugdhulp"))
    b += [
        ("p", "Met de gemeenten Zandvoorde-Noord, Helmduin en Strandwijk werken wij samen in het Regionaal "
              "Overleg Onderwijs en Jeugd, dat vier keer per jaar bijeenkomt. Iedere basisschool heeft een vaste "
              "schoolcontactpersoon van het jeugdteam, die aanschuift bij het ondersteuningsteam van de school. "
              "Voor kinderen die tijdens schooltijd behandeling nodig hebben, maken school, jeugdhulpaanbieder en "
              "gemeente afspraken over zorg in onderwijstijd; de gemeente betaalt de zorg, de school het "
              "onderwijs."),
        ("p", "In het OOGO over dit plan hebben gemeenten en samenwerkingsverband afgesproken om in 2026 een "
              "gezamenlijke werkagenda op te stellen. Daarin komen onder meer de inzet van jeugdhulp op "
              "school, het leerlingenvervoer naar SBO De Duinroos en SO De Zeester en de aanpak van verzuim aan "
              "de orde. De wethouders en het algemeen bestuur bespreken de voortgang van die werkagenda jaarlijks "
              "in het najaar."),
        ("p", "De gemeenten hebben aangegeven de komende jaren te moeten bezuinigen op jeugdhulp. Wij "
              "bespreken met hen wat dat betekent voor de scholen, zodat de ondersteuning op school en de hulp "
              "thuis goed op elkaar blijven aansluiten."),
    ]
    b.append(("chapter", "10 Personeel, ICT en privacy", ""))
    b += filler("personeel", **kw) + filler("ict", **kw)
    b.append(("chapter", "11 Totstandkoming en ontwikkelingen", ""))
    b += filler("totstand", **kw) + filler("planning", **kw) + filler("vervoer", **kw)
    b.append(("h2", "Landelijke ontwikkelingen"))
    b += filler("landelijk", **kw)
    b.append(("h2", "Kennis delen"))
    b += filler("kennis", **kw)
    b.append(("h2", "Integrale kindcentra"))
    b += filler("ikc", **kw)
    b.append(("h2", "Communicatie met scholen en partners"))
    b += filler("communicatie_prof", **kw)
    b.append(("chapter", "Begrippen", ""))
    b.append(("gloss", [
        ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het sbo of so. De TLV wordt aangevraagd door het schoolbestuur en afgegeven na advies van twee deskundigen; bezwaar is mogelijk binnen zes weken."),
        ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen over passend onderwijs."),
        ("Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders."),
        ("Verdeelmodel", "Afspraken over de verdeling van de middelen over de besturen."),
        ("Dekkend aanbod", "Samenhangend geheel van voorzieningen."),
        ("Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."),
    ]))
    return b


P5_STYLE = {
    "doc_title": "Ondersteuningsplan 2025-2029 Duinstreek Noord (webversie)",
    "site_header": "Samenwerkingsverband PO Duinstreek Noord — passend onderwijs aan de kust",
    "footer": "© Samenwerkingsverband PO Duinstreek Noord (PO 24-94) · Voor ouders: bel 0255 - 12 34 56 · "
              "Privacyverklaring · Toegankelijkheid",
}

P5_LABEL = dict(
    criteria=crit(
        basisondersteuning_niveau=0, basisondersteuning_inhoud=1,
        plaatsing_procedure=0, plaatsing_criteria=0,
        terugstroom_procedure=1, terugstroom_beleid=1,
        financien_verdeling=0, financien_besteding=1,
        dekkend_aanbod_continuum=0, dekkend_aanbod_lacunes=1,
        resultaten_doelen=1, resultaten_monitoring=1,
        ouders_informatie=0, ouders_steunpunt=0),
    advisory={
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    notes={
        "basisondersteuning": "Ch. 3 lists concrete voorzieningen (inhoud true) but says explicitly it is 'nog geen afspraak die voor iedere school geldt'; the floor is set only after the 2026 scan -> niveau false.",
        "plaatsing": "Ch. 4 is a single referral to the website page 'Toelaatbaarheid'; the only description of the procedure (schoolbestuur, two deskundigen, bezwaar) is in the Begrippen glossary -> missing.",
        "terugstroom": "Ch. 5: policy (temporary placement, conditions, terugplaatsingsarrangement with evaluation at 6/12 months) and a dated step table (initiator, advice, decision by directeur-bestuurder before 1 April); figures 2023-2025.",
        "financien": "Ch. 7 'Middelen': meerjarenbegroting 2025-2028 with amounts (besteding true, merged section rows); verdeelmodel under evaluation, 'volgens de bestaande afspraken' until autumn 2026 -> verdeling false. Reserve mentioned.",
        "dekkend-aanbod": "Ch. 6: thuiszitters route with terms, Thuiszittersoverleg, yearly gap analysis with 2024 gaps and actions, zorgplicht (lacunes true); the set of provisions is only 'op de sociale kaart op onze website' -> continuum false.",
        "resultaten": "Ch. 8: table of intended results with indicators, 2024 values and 2029 targets; quarterly data collection, half-yearly report, jaarverslag with results and costs, mid-term evaluation 2027.",
        "ouders": "No body text on informing parents, independent support or parents' role: only the site navigation link 'Voor ouders', the site footer phone line, a passing mention in 'Welkom', and OJSP/Onderwijsconsulenten in the Begrippen glossary -> missing.",
    },
)


# ===========================================================================
# Near miss — school-level "ondersteuningsplan" of a VO school (not an SWV
# plan). .docx. Uses SWV vocabulary throughout.
# ===========================================================================
def nearmiss_dewadden() -> list:
    H = "Stedelijk Lyceum De Wadden · Ondersteuningsplan school 2025–2026 · "
    b = []
    b.append(("title", [
        "Ondersteuningsplan 2025–2026",
        "Stedelijk Lyceum De Wadden, locatie Noord (vmbo-tl, havo, vwo)",
        "Aangesloten bij Samenwerkingsverband VO Zuidrand (VO 26-97)",
        "Vastgesteld door de schoolleiding na instemming van de medezeggenschapsraad, 30 september 2025",
    ]))
    b.append(("toc", [
        (1, "1 Inleiding", 2), (1, "2 Onze ondersteuningsstructuur", 3), (1, "3 Basisondersteuning op De Wadden", 5),
        (1, "4 Extra ondersteuning en arrangementen", 7), (1, "5 Aanvraag TLV vso, lwoo en pro", 9),
        (1, "6 Terugplaatsing vanuit OPDC en vso", 10), (1, "7 Middelen voor ondersteuning", 11),
        (1, "8 Ouders", 12), (1, "9 Jaarplanning zorg 2025–2026", 13), (1, "10 Evaluatie vorig schooljaar", 14),
    ]))
    b.append(("chapter", "1 Inleiding", H + "Inleiding"))
    b += [
        ("p", "Dit ondersteuningsplan beschrijft hoe Stedelijk Lyceum De Wadden, locatie Noord, in schooljaar "
              "2025–2026 de ondersteuning aan leerlingen organiseert. Het plan is bedoeld voor mentoren, docenten, "
              "het ondersteuningsteam en ouders. Het is een uitwerking van ons schoolondersteuningsprofiel (SOP) "
              "en sluit aan op het ondersteuningsplan 2025–2029 van Samenwerkingsverband VO Zuidrand, waarbij "
              "onze school is aangesloten."),
        ("p", "Het plan wordt ieder schooljaar door de zorgcoördinator geactualiseerd en na instemming van de "
              "medezeggenschapsraad door de schoolleiding vastgesteld. Het vorige plan is geëvalueerd in juni "
              "2025; de uitkomsten staan in hoofdstuk 10."),
        ("p", "De Wadden, locatie Noord, telt 1.240 leerlingen. Ongeveer 14% van hen heeft een vorm van extra "
              "ondersteuning; 38 leerlingen hebben een ontwikkelingsperspectiefplan (OPP)."),
    ]
    b.append(("chapter", "2 Onze ondersteuningsstructuur", H + "Ondersteuningsstructuur"))
    b += [
        ("p", "De ondersteuning op De Wadden is georganiseerd in drie lagen. De mentor is het eerste "
              "aanspreekpunt voor leerlingen en ouders. De mentor signaleert, voert leerlinggesprekken en houdt "
              "contact met thuis. Wanneer een leerling meer nodig heeft, schakelt de mentor de "
              "teamleider en de zorgcoördinator in."),
        ("p", "Het interne zorgoverleg (IZO) komt iedere twee weken bij elkaar. Daarin zitten de zorgcoördinator, "
              "de teamleiders, de orthopedagoog van de school en de vertrouwenspersoon. Eens per zes weken "
              "vindt een zorgadviesteam (ZAT) plaats met de jeugdarts, de leerplichtambtenaar, de "
              "schoolmaatschappelijk werker, de wijkagent en de consulent van het samenwerkingsverband."),
        ("table", [
            ["Laag", "Wie", "Wat"],
            ["1 Klas en mentor", "Mentor, docenten", "Signaleren, leerlinggesprekken, mentorles, contact ouders"],
            ["2 Interne ondersteuning", "Zorgcoördinator, orthopedagoog, remedial teacher, faalangsttrainer", "Begeleiding, trainingen, handelingsplannen, OPP"],
            ["3 Externe ondersteuning", "ZAT, consulent SWV, jeugdteam", "Advies, arrangementen, verwijzing naar hulp"],
        ], [], {"caption": "Ondersteuningsstructuur De Wadden"}),
    ]
    b.append(("chapter", "3 Basisondersteuning op De Wadden", H + "Basisondersteuning"))
    b += [
        ("p", "Iedere leerling op De Wadden kan rekenen op onze basisondersteuning. Die omvat in ieder geval: "
              "mentoraat met twee mentorgesprekken per jaar, begeleiding bij dyslexie en dyscalculie met een "
              "faciliteitenpas, faalangstreductietraining, een huiswerkklas, examenvreestraining in het "
              "examenjaar, een rustplek voor leerlingen met prikkelgevoeligheid en een aanbod voor "
              "hoogbegaafde leerlingen (versneld examen in één vak)."),
        ("p", "Onze basisondersteuning voldoet aan de standaarden die het samenwerkingsverband heeft "
              "vastgesteld in de Kwaliteitskaart Basisondersteuning VO."),
    ]
    b.append(("chapter", "4 Extra ondersteuning en arrangementen", H + "Extra ondersteuning"))
    b += [
        ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning stelt de school een "
              "ontwikkelingsperspectiefplan (OPP) op, samen met de leerling en de ouders. De leerling heeft "
              "hoorrecht: zijn of haar mening over het OPP wordt vastgelegd. De school kan een arrangement "
              "inzetten uit het budget lichte ondersteuning dat het samenwerkingsverband aan ons bestuur "
              "toekent, bijvoorbeeld coaching door een gedragsspecialist of een aangepast rooster."),
        ("p", "Voor een plaatsing in het OPDC De Overstap meldt de zorgcoördinator de leerling aan bij de "
              "Adviescommissie Plaatsing OPDC van het samenwerkingsverband. De leerling blijft tijdens de "
              "OPDC-periode ingeschreven op De Wadden."),
    ]
    b.append(("chapter", "5 Aanvraag TLV vso, lwoo en pro", H + "TLV"))
    b += [
        ("p", "Als een leerling is aangewezen op het voortgezet speciaal onderwijs, vraagt ons bestuur een "
              "toelaatbaarheidsverklaring (TLV) aan bij de Commissie Toelaatbaarheid Zuidrand van het "
              "samenwerkingsverband. De zorgcoördinator stelt het dossier samen: het OPP met evaluaties, het "
              "onderwijskundig rapport en de zienswijze van de ouders. Het samenwerkingsverband beslist; de "
              "criteria en termijnen staan in het ondersteuningsplan van het samenwerkingsverband."),
        ("p", "Lwoo wordt op onze locatie aangevraagd voor leerlingen in vmbo-tl die aan de landelijke criteria "
              "voldoen. De aanvraag loopt via de zorgcoördinator en wordt uiterlijk 1 maart ingediend."),
    ]
    b.append(("chapter", "6 Terugplaatsing vanuit OPDC en vso", H + "Terugplaatsing"))
    b += [
        ("p", "Leerlingen die terugkeren uit het OPDC of het vso krijgen een vaste coach en een "
              "overgangsrooster. De zorgcoördinator plant na zes weken een evaluatiegesprek met leerling en "
              "ouders."),
    ]
    b.append(("chapter", "7 Middelen voor ondersteuning", H + "Middelen"))
    b += [
        ("p", "De school ontvangt via het bestuur een deel van het budget lichte ondersteuning van het "
              "samenwerkingsverband. In 2025–2026 is dat € 198.000. Daarvan betalen wij de formatie van de "
              "orthopedagoog (0,6 fte), de remedial teacher (0,4 fte) en de faalangsttrainingen. Het bestuur legt "
              "over de besteding verantwoording af aan het samenwerkingsverband."),
    ]
    b.append(("chapter", "8 Ouders", H + "Ouders"))
    b += [
        ("p", "Ouders worden door de mentor geïnformeerd over de ondersteuning van hun kind. Informatie over "
              "de ondersteuningsmogelijkheden staat in de schoolgids en op de website van de school. Bij "
              "vragen of onenigheid kunnen ouders contact opnemen met de zorgcoördinator, de vertrouwenspersoon "
              "of het Ouder- en Jeugdsteunpunt Zuidrand. Klachten worden behandeld volgens de klachtenregeling "
              "van ons bestuur."),
        ("box", "Kader: wat betekent dit voor ouders?", [
            "Heeft u vragen over de ondersteuning van uw kind? Neem contact op met de mentor. De zorgcoördinator, "
            "mevrouw S. Bakker, is bereikbaar via zorg-noord@dewadden.nl.",
        ]),
    ]
    b.append(("chapter", "9 Jaarplanning zorg 2025–2026", H + "Jaarplanning"))
    b += [
        ("table", [
            ["Periode", "Activiteit", "Verantwoordelijk"],
            ["September", "Kennismakingsgesprekken mentor–ouders–leerling; screening dyslexie brugklas", "Mentoren, RT"],
            ["Oktober", "Faalangsttraining start; eerste IZO-ronde OPP-leerlingen", "Zorgcoördinator"],
            ["November", "ZAT; evaluatie OPP's", "Zorgcoördinator"],
            ["Januari–februari", "Lwoo-aanvragen nieuwe brugklassers; examenvreestraining", "Zorgcoördinator"],
            ["Maart", "Ouderavond over ondersteuning; tweede evaluatie OPP's", "Teamleiders"],
            ["Juni", "Evaluatie ondersteuningsplan school; overdracht naar volgend schooljaar", "Zorgcoördinator, MR"],
        ], [], {"caption": "Jaarplanning"}),
    ]
    b.append(("chapter", "10 Evaluatie vorig schooljaar", H + "Evaluatie"))
    b += [
        ("p", "In schooljaar 2024–2025 hadden 41 leerlingen een OPP. Zes leerlingen gingen tijdelijk naar het "
              "OPDC; vijf van hen keerden terug. Twee leerlingen kregen een TLV vso. De tevredenheid van ouders "
              "over de ondersteuning was 7,4. Aandachtspunt voor dit schooljaar is de communicatie met ouders "
              "bij de start van een OPP; daarom organiseren wij in maart een ouderavond."),
        ("p", "De medezeggenschapsraad heeft het ondersteuningsplan van de school besproken en ingestemd op "
              "30 september 2025."),
    ]
    return b


NM_STYLE = {
    "doc_title": "Ondersteuningsplan school 2025-2026 De Wadden",
    "footer": "Stedelijk Lyceum De Wadden — locatie Noord",
    "first_header": "",
    "toc_header": "Stedelijk Lyceum De Wadden · Inhoud",
    "color": "2F5597", "font": "Calibri",
}


# ===========================================================================
# Main
# ===========================================================================
def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdout65-") as tmp:
        tmpdir = Path(tmp)

        # Plan 1: docx + pdf (same label)
        n1 = "po-rivierenkring-op-2025-2029"
        render_docx(plan_rivierenkring(), P1_STYLE, OUT / f"{n1}.docx")
        docx_to_pdf(OUT / f"{n1}.docx", OUT / f"{n1}.pdf", tmpdir)
        write_label(n1, [f"{n1}.docx", f"{n1}.pdf"], "po", P1_LABEL["criteria"], P1_LABEL["advisory"], P1_LABEL["notes"])

        # Plan 2: pdf only
        n2 = "vo-zuidrand-op-2025-2029"
        render_docx(plan_zuidrand(), P2_STYLE, tmpdir / f"{n2}.docx")
        docx_to_pdf(tmpdir / f"{n2}.docx", OUT / f"{n2}.pdf", tmpdir)
        write_label(n2, [f"{n2}.pdf"], "vo", P2_LABEL["criteria"], P2_LABEL["advisory"], P2_LABEL["notes"])

        # Plan 3: docx only
        n3 = "po-heuvelland-oost-op-2026-2030"
        render_docx(plan_heuvelland(), P3_STYLE, OUT / f"{n3}.docx")
        write_label(n3, [f"{n3}.docx"], "po", P3_LABEL["criteria"], P3_LABEL["advisory"], P3_LABEL["notes"])

        # Plan 4: pdf only
        n4 = "vo-kanaalzone-op-2025-2029"
        render_docx(plan_kanaalzone(), P4_STYLE, tmpdir / f"{n4}.docx")
        docx_to_pdf(tmpdir / f"{n4}.docx", OUT / f"{n4}.pdf", tmpdir)
        write_label(n4, [f"{n4}.pdf"], "vo", P4_LABEL["criteria"], P4_LABEL["advisory"], P4_LABEL["notes"])

        # Plan 5: html
        n5 = "po-duinstreek-noord-op-webversie"
        render_html(plan_duinstreek(), P5_STYLE, OUT / f"{n5}.html")
        write_label(n5, [f"{n5}.html"], "po", P5_LABEL["criteria"], P5_LABEL["advisory"], P5_LABEL["notes"])

        # Near miss: school-level ondersteuningsplan (docx)
        n6 = "nearmiss-vo-dewadden-schoolplan-2025-2026"
        render_docx(nearmiss_dewadden(), NM_STYLE, OUT / f"{n6}.docx")
        write_label(n6, [f"{n6}.docx"], "vo", None, None, {
            "document": "School-level 'ondersteuningsplan' of one VO school (Stedelijk Lyceum De Wadden) for one "
                        "school year, adopted by the schoolleiding after MR consent; it describes the school's own "
                        "zorgstructuur, SOP, OPP and TLV requests and refers to the plan of SWV VO Zuidrand. No "
                        "samenwerkingsverband as author, no OPR/OOGO, no 4-year planperiode -> not an SWV plan "
                        "(domain 5.4, school-level ondersteuningsplan).",
        })
    for p in sorted(OUT.iterdir()):
        if p.is_file():
            print(p.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
