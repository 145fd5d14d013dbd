"""Rendering helpers and neutral filler text for the holdout29 sample set."""
import html
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt


def render_docx(blocks, path, header=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.core_properties.author = "Samples holdout29"
    doc.save(path)


def render_pdf(blocks, path, header=None):
    """Write a .docx in a temp dir and convert it with LibreOffice."""
    tmp = tempfile.mkdtemp(prefix="h29_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        render_docx(blocks, src, header)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, site_title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(site_title), "</head>", "<body>",
           '<header><nav><a href="index.html">Home</a> | <a href="over-ons.html">Over ons</a> | '
           '<a href="ouders.html">Voor ouders</a> | <a href="scholen.html">Voor scholen</a> | '
           '<a href="contact.html">Contact</a></nav></header>', "<main>"]
    in_list = None
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append("<%s>" % tag)
            out.extend("<li>%s</li>" % html.escape(i) for i in val)
            out.append("</%s>" % tag)
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join("<th>%s</th>" % html.escape(str(c)) for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(str(c)) for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", "<footer><p>&copy; 2025 %s | Privacyverklaring | Cookies | Toegankelijkheid</p></footer>"
            % html.escape(site_title), "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("bullets", "numbers"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
        elif kind != "pagebreak":
            n += len(val.split())
    return n
