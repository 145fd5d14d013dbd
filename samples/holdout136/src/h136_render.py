"""Rendering helpers for the holdout136 sample set (docx, html, pdf via LibreOffice)."""
import datetime
import html
import io
import zipfile
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

FIXED = datetime.datetime(2026, 1, 15, 9, 0, 0)


def _docx(blocks, path, title):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = "Bureau samenwerkingsverband"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    doc.styles["Normal"].font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            p.add_run(val).italic = True
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for item in val:
                doc.add_paragraph(item)
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "header":
            sec = doc.sections[0]
            sec.header.paragraphs[0].text = val
        elif kind == "footer":
            sec = doc.sections[0]
            sec.footer.paragraphs[0].text = val
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data, path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def write_docx(blocks, path, title):
    _docx(blocks, path, title)


def write_pdf(blocks, path, title):
    tmp = Path(tempfile.mkdtemp(prefix="holdout136_pdf_"))
    try:
        src = tmp / (Path(path).stem + ".docx")
        _docx(blocks, src, title)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (Path(path).stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    footer = None
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1 class=\"titel\">%s</h1>" % e(val))
        elif kind == "sub":
            out.append("<p><em>%s</em></p>" % e(val))
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append("<h%d>%s</h%d>" % (lvl, e(val), lvl))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append("<%s>" % tag + "".join("<li>%s</li>" % e(i) for i in val) + "</%s>" % tag)
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>'
                       + "".join("<li>%s</li>" % e(i) for i in val) + "</ul></nav>")
        elif kind == "table":
            rows = val
            out.append("<table border=\"1\"><thead><tr>" + "".join("<th>%s</th>" % e(c) for c in rows[0])
                       + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in rows[1:])
                       + "</tbody></table>")
        elif kind == "header":
            out.insert(7, '<header class="kop">%s</header>' % e(val))
        elif kind == "footer":
            footer = val
        else:
            raise ValueError(kind)
    if footer:
        out.append('<footer class="voet">%s</footer>' % e(footer))
    out += ["</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if val is None:
            continue
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        else:
            n += sum(len(i.split()) for i in val)
    return n
