#!/usr/bin/env python3
"""Generate the holdout107 test set: five fictional ondersteuningsplannen (PO/VO)
and one near-miss document, plus their label files.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx and (for the PDFs) LibreOffice `soffice` on PATH.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Mini markup: one block per line.
#   !title X      title-page line (large)      !sub X   subtitle line
#   !pagebreak
#   # X / ## X    headings level 1 / 2
#   - X           bullet
#   | a | b |     table row (consecutive rows form one table; first row = header)
#   anything else is a paragraph
# ---------------------------------------------------------------------------

def parse(text):
    blocks = []
    table = None
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line:
            continue
        if line.startswith("!title "):
            blocks.append(("title", line[7:]))
        elif line.startswith("!sub "):
            blocks.append(("sub", line[5:]))
        elif line == "!pagebreak":
            blocks.append(("pagebreak", ""))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def word_count(text):
    return sum(len(b[1].split()) if b[0] != "table" else sum(len(c.split()) for r in b[1] for c in r)
               for b in parse(text))


def write_docx(text, path, header=None, footer=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in parse(text):
        if kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "sub":
            doc.add_paragraph(val, style="Subtitle")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            doc.add_paragraph()
        else:
            doc.add_paragraph(val)
    doc.save(str(path))


def write_pdf(text, path, header=None, footer=None):
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout107_pdf_"))
    try:
        src = tmpdir / (path.stem + ".docx")
        write_docx(text, src, header, footer)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpdir}/lo_profile",
                        "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmpdir / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def write_html(text, path, title, footer=None):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{html.escape(title)}</p></header>', "<main>"]
    in_list = False
    for kind, val in parse(text):
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        v = html.escape(val) if isinstance(val, str) else val
        if kind == "title":
            out.append(f"<h1>{v}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{v}</p>')
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind == "h1":
            out.append(f"<h2>{v}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{v}</h3>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{v}</li>")
        elif kind == "table":
            out.append("<table>")
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{v}</p>")
    if in_list:
        out.append("</ul>")
    out.append("</main>")
    if footer:
        out.append(f"<footer><p>{html.escape(footer)}</p></footer>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks_like_plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if looks_like_plan:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
        lines.append("criteria:")
        for k, v in criteria.items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in advisory.items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: \"{v}\"")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def derive(false_criteria, missing):
    """Criteria dict from the set of unaddressed core criteria; element status by the Part A rule."""
    crit = {c: c not in false_criteria for c in CORE}
    elements = {}
    for e in ELEMENTS:
        vals = [crit[c] for c in CORE if c.startswith(e + ".")]
        if all(vals):
            elements[e] = "present"
        elif e in missing:
            assert not any(vals), e
            elements[e] = "missing"
        else:
            elements[e] = "partial"
    return elements, crit

