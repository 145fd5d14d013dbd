"""Renderers for the holdout38 sample set (docx, pdf via LibreOffice, html, txt).

A document is a list of blocks:
  ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
  ("ul", [items]) ("table", [[cells], ...])  first row = header
  ("toc", [lines]) ("pagebreak", None)
"""
import html
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt


def _core_props(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "holdout38 generator"
    # fixed dates keep the output stable between runs
    import datetime
    fixed = datetime.datetime(2025, 3, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "holdout38 generator"
    cp.revision = 1


def write_docx(blocks, path, header_text, footer_text, title):
    doc = Document()
    _core_props(doc, title)
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            doc.add_paragraph(val).runs[0].italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def _fix_pdf_dates(path):
    """Replace LibreOffice's creation dates and document ID by fixed values of equal length
    (offsets in the xref table stay valid)."""
    import re
    with open(path, "rb") as f:
        data = f.read()

    def same_len(m, ch):
        return m.group(1) + re.sub(rb"[0-9A-Fa-f]", ch, m.group(2)) + m.group(3)
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]{14})([^)]*\))",
                  lambda m: m.group(1) + b"20250301120000" + m.group(3), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</)",
                  lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<[0-9A-Fa-f]+>\s*\])",
                  lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<0+>\s*<)([0-9A-Fa-f]+)(>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", lambda m: same_len(m, b"0"), data)
    with open(path, "wb") as f:
        f.write(data)


def write_pdf(blocks, path, header_text, footer_text, title):
    """Write a docx to a temporary folder and convert it with LibreOffice."""
    tmp = tempfile.mkdtemp(prefix="h38_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        write_docx(blocks, src, header_text, footer_text, title)
        env = dict(os.environ, HOME=tmp)  # private LibreOffice profile
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
            timeout=300,
        )
        shutil.copyfile(os.path.join(tmp, base + ".pdf"), path)
        _fix_pdf_dates(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, header_text, footer_text, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{e(header_text)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle"><em>{e(val)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ol>'
                       + "".join(f"<li>{e(l)}</li>" for l in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", f"<footer><p>{e(footer_text)}</p></footer>", "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_txt(blocks, path, header_text, footer_text, title):
    out = [header_text, ""]
    for kind, val in blocks:
        if kind in ("title",):
            out += [val.upper(), "=" * len(val), ""]
        elif kind == "sub":
            out += [val, ""]
        elif kind == "h1":
            out += [val, "-" * len(val), ""]
        elif kind == "h2":
            out += [val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {i}" for i in val] + [""]
        elif kind == "toc":
            out += ["Inhoud"] + [f"  {l}" for l in val] + [""]
        elif kind == "table":
            out += [" | ".join(r) for r in val] + [""]
        elif kind == "pagebreak":
            out += [""]
    out += [footer_text]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


WRITERS = {"docx": write_docx, "pdf": write_pdf, "html": write_html, "txt": write_txt}


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("ul", "toc"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        elif val:
            n += len(val.split())
    return n
