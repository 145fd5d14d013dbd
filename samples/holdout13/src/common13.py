"""Rendering helpers and shared boilerplate for holdout13 (deterministic, no network)."""
import html as _html
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

# ---------------------------------------------------------------- blocks
# ("title", [lines]) ("h1", txt) ("h2", txt) ("p", txt) ("bul", [txt]) ("table", [[cells]])
# ("toc", [(txt, page)]) ("pb",) ("small", txt)


def _add_page_field(par):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def render_docx(blocks, path, header, footer, heading_mode="bold", font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8); r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.add_run(footer + "   |   pagina ").font.size = Pt(8)
    _add_page_field(fp)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(line); r.bold = i == 0
                r.font.size = Pt(26 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2"):
            if heading_mode == "style":
                doc.add_heading(b[1], level=1 if kind == "h1" else 2)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(14 if kind == "h1" else 8)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(b[1]); r.bold = True
                r.font.size = Pt(16 if kind == "h1" else 12)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "small":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8.5)
        elif kind == "bul":
            for t in b[1]:
                doc.add_paragraph(t, style="List Bullet")
        elif kind == "toc":
            for t, pg in b[1]:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
                p.add_run(f"{t}\t{pg}")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    run = c.paragraphs[0].add_run(str(cell))
                    run.font.size = Pt(9); run.bold = i == 0
            _repeat_header(t.rows[0])
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.core_properties.author = "holdout13"
    doc.save(path)


def docx_to_pdf(docx_path, out_dir):
    tmp = tempfile.mkdtemp(prefix="h13_")
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        shutil.move(os.path.join(tmp, name), os.path.join(out_dir, name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, title, nav, banner, footer):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto} nav a{margin-right:1em}"
           " table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>",
           f'<header class="site-header"><p class="banner">{e(banner)}</p><nav>'
           + "".join(f'<a href="/{e(h)}">{e(t)}</a>' for t, h in nav) + "</nav></header>",
           "<main>"]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1 class=\"doc-title\">{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif k == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k in ("p", "small"):
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "bul":
            out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b[1]) + "</ul>")
        elif k == "toc":
            out.append('<ol class="toc">' + "".join(f"<li>{e(t)}</li>" for t, _ in b[1]) + "</ol>")
        elif k == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif k == "pb":
            out.append("<hr>")
    out += ["</main>", f'<footer class="site-footer"><p>{e(footer)}</p></footer>', "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "small"):
            n += len(b[1].split())
        elif b[0] in ("bul", "title"):
            n += sum(len(t.split()) for t in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
        elif b[0] == "toc":
            n += sum(len(t.split()) for t, _ in b[1])
    return n


# ---------------------------------------------------------------- label files
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(path, documents, sector, criteria, advisory, notes, expect_status):
    st = status_from(criteria, advisory)
    assert st == expect_status, (path, st, expect_status)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}", "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {_q(notes[el])}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def write_notplan_label(path, documents, sector, note):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
             f"  document: {_q(note)}"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
