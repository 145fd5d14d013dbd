#!/usr/bin/env python3
"""Generate holdout set 56: five fictional ondersteuningsplannen (4 PO, 1 VO) and one
near-miss document (school-level ondersteuningsplan). Deterministic, no network.
Labels (*.expected.yaml) are written by hand next to the documents by this script too."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

sys.path.insert(0, HERE)
from holdout56_texts import PLANS, LABELS  # noqa: E402


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
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
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    # fixed core properties for determinism
    cp = doc.core_properties
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.author = "holdout56"
    cp.last_modified_by = "holdout56"
    cp.revision = 1
    doc.save(path)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           "<title>%s</title></head><body>" % html.escape(title)]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            out.extend("<li>%s</li>" % html.escape(i) for i in b[1])
            out.append("</%s>" % kind)
        elif kind == "table":
            out.append("<table border=\"1\">")
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    tmp = tempfile.mkdtemp(prefix="holdout56_")
    try:
        for name, spec in PLANS.items():
            fmt = spec["format"]
            blocks = spec["blocks"]
            if fmt == "docx":
                render_docx(blocks, os.path.join(OUT, name + ".docx"), spec.get("header"), spec.get("footer"))
            elif fmt == "pdf":
                d = os.path.join(tmp, name + ".docx")
                render_docx(blocks, d, spec.get("header"), spec.get("footer"))
                to_pdf(d, OUT)
            elif fmt == "html":
                render_html(blocks, os.path.join(OUT, name + ".html"), spec["title"])
            else:
                raise ValueError(fmt)
        for name, text in LABELS.items():
            with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                f.write(text)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
