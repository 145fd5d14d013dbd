#!/usr/bin/env python3
"""Build the independent holdout set 'holdout106' for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO) and one near-miss document
(a school's ondersteuningsprofiel) plus their label files into the folder above this
script. Deterministic, no network. PDFs are rendered from temporary .docx files with
LibreOffice (soffice --headless --convert-to pdf).

Usage: python3 src/make_holdout106.py
"""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------
# Minimal document model
# --------------------------------------------------------------------------------------
class Doc:
    def __init__(self, title: str, subtitle: str = "", header: str = "", footer: str = ""):
        self.title = title
        self.subtitle = subtitle
        self.header = header
        self.footer = footer
        self.front: list[str] = []      # title-page lines
        self.blocks: list[tuple] = []

    def h(self, level: int, text: str):
        self.blocks.append(("h", level, text))

    def p(self, *texts: str):
        for t in texts:
            self.blocks.append(("p", " ".join(t.split())))

    def ul(self, items):
        self.blocks.append(("ul", [" ".join(i.split()) for i in items]))

    def ol(self, items):
        self.blocks.append(("ol", [" ".join(i.split()) for i in items]))

    def table(self, rows, caption: str = ""):
        self.blocks.append(("table", caption, rows))

    def toc(self, entries, title="Inhoudsopgave"):
        self.blocks.append(("toc", title, entries))

    def br(self):
        self.blocks.append(("br",))

    def words(self) -> int:
        n = 0
        for b in self.blocks:
            if b[0] == "p":
                n += len(b[1].split())
            elif b[0] in ("ul", "ol"):
                n += sum(len(i.split()) for i in b[1])
            elif b[0] == "h":
                n += len(b[2].split())
            elif b[0] == "table":
                n += sum(len(str(c).split()) for r in b[2] for c in r)
            elif b[0] == "toc":
                n += sum(len(e.split()) for e in b[2])
        return n


def to_docx(doc: Doc, path: Path, font="Calibri"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    d.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        d.add_paragraph(doc.subtitle, style="Subtitle")
    for line in doc.front:
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=min(b[1], 4))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif kind == "table":
            cap, rows = b[1], b[2]
            if cap:
                c = d.add_paragraph()
                c.add_run(cap).bold = True
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, val in enumerate(r):
                    t.cell(ri, ci).text = str(val)
                    if ri == 0:
                        for run in t.cell(ri, ci).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif kind == "toc":
            d.add_heading(b[1], level=1)
            for e in b[2]:
                d.add_paragraph(e)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # deterministic core properties
    import datetime as _dt
    cp = d.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = doc.title
    cp.created = _dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    d.save(str(path))


def to_html(doc: Doc, path: Path, nav_title="Menu"):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc.title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto;line-height:1.5}"
           "header,footer{color:#555;font-size:.85em}nav{background:#eef4f8;padding:.5em 1em}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}</style>",
           "</head>", "<body>"]
    if doc.header:
        out.append(f'<header class="site-header"><p>{e(doc.header)}</p></header>')
    out.append(f"<main><h1>{e(doc.title)}</h1>")
    if doc.subtitle:
        out.append(f'<p class="subtitle">{e(doc.subtitle)}</p>')
    for line in doc.front:
        out.append(f'<p class="meta">{e(line)}</p>')
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            lvl = min(b[1] + 1, 6)
            out.append(f"<h{lvl}>{e(b[2])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            cap, rows = b[1], b[2]
            s = "<table>"
            if cap:
                s += f"<caption>{e(cap)}</caption>"
            s += "<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif kind == "toc":
            out.append(f'<nav aria-label="{e(nav_title)}"><p><strong>{e(b[1])}</strong></p><ul>'
                       + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in b[2]) + "</ul></nav>")
    out.append("</main>")
    if doc.footer:
        out.append(f'<footer><p>{e(doc.footer)}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(doc: Doc, path: Path, font="Calibri"):
    tmp = Path(tempfile.mkdtemp(prefix="holdout106_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        to_docx(doc, src, font=font)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
