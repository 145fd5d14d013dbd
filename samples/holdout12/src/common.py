"""Rendering helpers for the holdout12 sample set (imported by make_holdout12.py).

Block model: a document is a list of tuples
  ('title', [lines])            title page (followed by a page break)
  ('toc', [lines])              manual table of contents
  ('h1', text) / ('h2', text)   headings (numbering is part of the text)
  ('p', text)                   paragraph
  ('ul', [items])               bullet list
  ('table', [header], [[row]])  table
  ('pb',)                       page break
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

FIXED_DATE = (2024, 4, 1, 12, 0, 0)


def _normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so the output is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def _new_doc(title):
    doc = Document()
    cp = doc.core_properties
    import datetime
    cp.title = title
    cp.author = "Samenwerkingsverband"
    cp.created = datetime.datetime(2024, 4, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2024, 4, 1, 12, 0, 0)
    cp.last_modified_by = "Samenwerkingsverband"
    cp.revision = 1
    return doc


def _add_table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")


def _page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def render_docx(blocks, path, heading_mode="styles", header=None, footer=None):
    """heading_mode 'styles' -> Word 'Heading 1/2'; 'bold' -> bold Normal paragraphs."""
    doc = _new_doc(os.path.basename(path))
    if header:
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(24)
                elif i == 1:
                    r.font.size = Pt(16)
            _page_break(doc)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for line in b[1]:
                doc.add_paragraph(line)
            _page_break(doc)
        elif kind in ("h1", "h2"):
            if heading_mode == "styles":
                doc.add_heading(b[1], level=1 if kind == "h1" else 2)
            else:
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(14 if kind == "h1" else 12)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                if heading_mode == "styles":
                    doc.add_paragraph(item, style="List Bullet")
                else:
                    doc.add_paragraph("• " + item)
        elif kind == "table":
            _add_table(doc, b[1], b[2])
        elif kind == "pb":
            _page_break(doc)
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalize_zip(path)


def render_txt(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.extend(b[1])
            out.append("")
            out.append("=" * 70)
            out.append("")
        elif kind == "toc":
            out.append("INHOUDSOPGAVE")
            out.append("")
            out.extend(b[1])
            out.append("")
            out.append("=" * 70)
            out.append("")
        elif kind in ("h1", "h2"):
            out.append("")
            out.append(b[1].upper())
            if kind == "h1":
                out.append("-" * len(b[1]))
            out.append("")
        elif kind == "p":
            out.append(b[1])
            out.append("")
        elif kind == "ul":
            for item in b[1]:
                out.append("  - " + item)
            out.append("")
        elif kind == "table":
            out.append(" | ".join(b[1]))
            for row in b[2]:
                out.append(" | ".join(row))
            out.append("")
        elif kind == "pb":
            out.append("")
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def docx_to_pdf(docx_path, pdf_path):
    tmpdir = tempfile.mkdtemp(prefix="h12_")
    try:
        profile = os.path.join(tmpdir, "profile")
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
             "--convert-to", "pdf", "--outdir", tmpdir, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "toc", "ul"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] == "table":
            n += sum(len(x.split()) for x in b[1])
            n += sum(len(c.split()) for r in b[2] for c in r)
    return n
