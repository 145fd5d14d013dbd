"""Renderers for the holdout19 sample set (docx, pdf via LibreOffice, html).

A document is a dict with keys: title_lines, header, footer, blocks.
Blocks are tuples:
  ("h1", text) ("h2", text) ("p", text) ("bullets", [text, ...])
  ("table", [header cells], [[row cells], ...], caption)
  ("toc", [(number, title, page), ...])
  ("cols", 2) / ("cols", 1)   -- docx/pdf: start a continuous section with n columns
  ("pagebreak",)
"""
import datetime
import html
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)


def word_count(doc):
    words = 0
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("h1", "h2", "p"):
            words += len(b[1].split())
        elif kind == "bullets":
            words += sum(len(t.split()) for t in b[1])
        elif kind == "table":
            words += sum(len(c.split()) for c in b[1])
            words += sum(len(c.split()) for r in b[2] for c in r)
    return words


# ---------------------------------------------------------------- docx
def _set_cols(section, num):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")
    sectPr.append(cols)


def _add_page_field(paragraph):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _fill_header_footer(section, header, footer):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    run = fp.add_run(footer + "   |   pagina ")
    run.font.size = Pt(8)
    _add_page_field(fp)


def write_docx(doc, path):
    d = Document()
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = doc.get("author", "Samenwerkingsverband")
    cp.title = doc["title_lines"][0]
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)

    first = d.sections[0]
    # title page
    for i, line in enumerate(doc["title_lines"]):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = i == 0
        run.font.size = Pt(22 if i == 0 else 13)
    d.add_page_break()
    _fill_header_footer(first, doc["header"], doc["footer"])

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for num, title, page in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                indent = "    " if "." in num else ""
                p.add_run(f"{indent}{num}  {title} " + "." * max(4, 60 - len(title)) + f" {page}")
        elif kind == "table":
            head, rows, caption = b[1], b[2], b[3]
            if caption:
                cap = d.add_paragraph()
                cr = cap.add_run(caption)
                cr.italic = True
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            for j, h in enumerate(head):
                cell = t.rows[0].cells[j]
                cell.text = ""
                run = cell.paragraphs[0].add_run(h)
                run.bold = True
            _mark_header_row(t.rows[0])
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.rows[i + 1].cells[j].text = c
            d.add_paragraph()
        elif kind == "cols":
            sec = d.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(sec, b[1])
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---------------------------------------------------------------- pdf
def docx_to_pdf(docx_path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        cmd = [
            "soffice", "--headless", f"-env:UserInstallation=file://{prof}",
            "--convert-to", "pdf", "--outdir", outdir, docx_path,
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("conversion failed for " + docx_path)
    return pdf


def write_pdf_only(doc, pdf_path):
    """Render via a temporary .docx; only the PDF is kept."""
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.splitext(os.path.basename(pdf_path))[0]
        dx = os.path.join(tmp, base + ".docx")
        write_docx(doc, dx)
        pdf = docx_to_pdf(dx, tmp)
        shutil.move(pdf, pdf_path)


# ---------------------------------------------------------------- html
def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write_html(doc, path):
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(doc['title_lines'][0])}</title>",
        "<style>body{font-family:Georgia,serif;max-width:52em;margin:auto}"
        "header.site,footer.site{font-size:80%;color:#555;border-bottom:1px solid #ccc}"
        "footer.site{border-top:1px solid #ccc;border-bottom:none}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px;vertical-align:top}</style>",
        "</head>",
        "<body>",
        f'<header class="site"><p>{e(doc["header"])}</p>'
        '<nav><a href="#">Home</a> | <a href="#">Over ons</a> | <a href="#">Ouders</a> | '
        '<a href="#">Scholen</a> | <a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></nav></header>',
        "<main>",
        '<section class="titelpagina">',
    ]
    for i, line in enumerate(doc["title_lines"]):
        out.append(f"<h1>{e(line)}</h1>" if i == 0 else f"<p><strong>{e(line)}</strong></p>")
    out.append("</section>")
    in_section = False
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            if in_section:
                out.append("</section>")
            out.append(f'<section id="{_slug(b[1])}">')
            in_section = True
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b[1]) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ol>')
            for num, title, _page in b[1]:
                out.append(f'<li><a href="#{_slug(title)}">{e(num)} {e(title)}</a></li>')
            out.append("</ol></nav>")
        elif kind == "table":
            head, rows, caption = b[1], b[2], b[3]
            out.append("<table>")
            if caption:
                out.append(f"<caption>{e(caption)}</caption>")
            out.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr></thead><tbody>")
            for r in rows:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind in ("cols", "pagebreak"):
            pass
        else:
            raise ValueError(kind)
    if in_section:
        out.append("</section>")
    out.append("</main>")
    out.append(f'<footer class="site"><p>{e(doc["footer"])}</p></footer>')
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
