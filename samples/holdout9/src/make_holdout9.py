#!/usr/bin/env python3
"""Build the holdout9 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Writes into the parent folder of this script's folder
(samples/holdout9/). PDFs are rendered from .docx with LibreOffice
(`soffice --headless --convert-to pdf`).

Content is written in a small line markup (see parse()) and rendered either to
.docx (deliberately WITHOUT Word heading styles: chapter titles are Normal
paragraphs with bold / larger runs, as in a draft typed by a staff member) or
to .html.

Markup (one block per line group; blank line ends a paragraph):
  #1 text     chapter title (formatted per document style, Normal paragraph)
  #2 text     sub title
  #3 text     minor title (bold run at start of Normal paragraph)
  - text      bullet item
  |a|b|c      table row (consecutive rows form one table; first row = header)
  !! text     drafting note (highlighted, as in a concept)
  @page       page break
  other       paragraph text (consecutive lines are joined)
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import html as htmlmod

import yaml
from docx import Document
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX, WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import h9_plans_a  # noqa: E402
import h9_plans_b  # noqa: E402

FIXED_DT = (2026, 1, 15, 9, 0, 0)


# ----------------------------------------------------------------------------- markup
def parse(text):
    blocks = []
    para = []
    table = []

    def flush_para():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table():
        if table:
            blocks.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush_para()
            flush_table()
            continue
        if s.startswith("|"):
            flush_para()
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        flush_table()
        if s.startswith("#1 "):
            flush_para(); blocks.append(("h1", s[3:]))
        elif s.startswith("#2 "):
            flush_para(); blocks.append(("h2", s[3:]))
        elif s.startswith("#3 "):
            flush_para(); blocks.append(("h3", s[3:]))
        elif s.startswith("- "):
            flush_para(); blocks.append(("li", s[2:]))
        elif s.startswith("!! "):
            flush_para(); blocks.append(("note", s[3:]))
        elif s == "@page":
            flush_para(); blocks.append(("page", ""))
        else:
            para.append(s)
    flush_para()
    flush_table()
    return blocks


def word_count(text):
    return sum(len(v.split()) if isinstance(v, str) else sum(len(c.split()) for r in v for c in r)
               for _, v in parse(text))


# ----------------------------------------------------------------------------- docx
def _run(p, text, bold=None, size=None, italic=None, underline=None, caps=False, color=None):
    r = p.add_run(text.upper() if caps else text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build_docx(path, spec):
    """spec: dict with title_lines, header, footer, body (markup), style."""
    st = spec["style"]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 11))
    cp = doc.core_properties
    cp.author = spec.get("author", "medewerker bureau")
    cp.title = spec.get("doc_title", "")
    cp.last_modified_by = spec.get("author", "medewerker bureau")
    import datetime as _dt
    cp.created = _dt.datetime(2026, 1, 12, 10, 0, 0)
    cp.modified = _dt.datetime(2026, 1, 15, 9, 0, 0)
    cp.revision = 1

    sec = doc.sections[0]
    if spec.get("header"):
        hp = sec.header.paragraphs[0]
        _run(hp, spec["header"], size=8, italic=True)
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        _run(fp, spec["footer"], size=8)

    # title page: big Normal paragraphs
    for i, (txt, size, bold) in enumerate(spec["title_lines"]):
        p = doc.add_paragraph()
        if st.get("center_title", True):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, txt, bold=bold, size=size)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    h1 = st["h1"]
    h2 = st["h2"]
    bullet_mode = st.get("bullets", "typed")  # typed | style | dash
    for kind, val in parse(spec["body"]):
        if kind == "h1":
            p = doc.add_paragraph()
            if h1.get("space_before"):
                p.paragraph_format.space_before = Pt(h1["space_before"])
            _run(p, val, bold=h1.get("bold"), size=h1.get("size"), underline=h1.get("underline"),
                 caps=h1.get("caps", False), color=h1.get("color"))
        elif kind == "h2":
            p = doc.add_paragraph()
            _run(p, val, bold=h2.get("bold"), size=h2.get("size"), italic=h2.get("italic"),
                 underline=h2.get("underline"))
        elif kind == "h3":
            p = doc.add_paragraph()
            _run(p, val, bold=True)
        elif kind == "li":
            if bullet_mode == "style":
                doc.add_paragraph(val, style="List Bullet")
            elif bullet_mode == "dash":
                doc.add_paragraph("- " + val)
            else:
                doc.add_paragraph("\u2022\t" + val)
        elif kind == "note":
            p = doc.add_paragraph()
            r = _run(p, val, italic=True)
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == "page":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = ""
                    txt = r[j] if j < len(r) else ""
                    _run(cell.paragraphs[0], txt, bold=(i == 0) or None, size=st.get("table_size", 9))
            doc.add_paragraph()
        else:
            doc.add_paragraph(val)
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the zip with fixed timestamps and sorted entries for byte-stable output."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    order = {"[Content_Types].xml": 0}
    items.sort(key=lambda kv: (order.get(kv[0], 1), kv[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        profile = os.path.join(td, "profile")
        cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
               "--convert-to", "pdf", "--outdir", td, docx_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = os.path.join(td, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


# ----------------------------------------------------------------------------- html
def build_html(path, spec):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(spec["doc_title"]),
           "<style>body{font-family:Verdana,sans-serif;max-width:46em;margin:auto;line-height:1.5}"
           ".kop{font-size:1.35em;font-weight:bold;margin-top:1.6em}.sub{font-weight:bold;font-size:1.1em}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           ".tip{background:#eef6ff;padding:.5em}</style>",
           "</head>", "<body>"]
    if spec.get("header"):
        out.append('<div class="site-header">%s</div>' % e(spec["header"]))
    for txt, size, bold in spec["title_lines"]:
        out.append('<p style="font-size:%dpt;%s">%s</p>' % (size, "font-weight:bold;" if bold else "", e(txt)))
    in_list = False
    for kind, val in parse(spec["body"]):
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "h1":
            out.append('<p class="kop">%s</p>' % e(val))
        elif kind == "h2":
            out.append('<p class="sub">%s</p>' % e(val))
        elif kind == "h3":
            out.append("<p><strong>%s</strong></p>" % e(val))
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % e(val))
        elif kind == "note":
            out.append('<p class="tip">%s</p>' % e(val))
        elif kind == "page":
            out.append("<hr>")
        elif kind == "table":
            out.append("<table>")
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r) + "</tr>")
            out.append("</table>")
        else:
            out.append("<p>%s</p>" % e(val))
    if in_list:
        out.append("</ul>")
    if spec.get("footer"):
        out.append('<footer>%s</footer>' % e(spec["footer"]))
    out += ["</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ----------------------------------------------------------------------------- labels
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def derive_status(criteria, advisory):
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


def write_label(name, lab):
    path = os.path.join(OUT, name + ".expected.yaml")
    lines = []
    lines.append("documents: [%s]" % ", ".join(lab["documents"]))
    lines.append("sector: %s" % lab["sector"])
    lines.append("looks_like_plan: %s" % ("true" if lab["looks_like_plan"] else "false"))
    if not lab["looks_like_plan"]:
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("advisory_addressed: {}")
    else:
        crit = lab["criteria"]
        assert sorted(crit) == sorted(CORE), name
        adv = lab.get("advisory", {})
        status = derive_status(crit, adv)
        for el, want in lab.get("expect_status", {}).items():
            assert status[el] == want, (name, el, status[el], want)
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, status[el]) for el in ELEMENTS))
        lines.append("criteria:")
        for c in CORE:
            lines.append("  %s: %s" % (c, "true" if crit[c] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if adv.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(adv[el])))
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append("  %s: %s" % (k, yaml.safe_dump(v, allow_unicode=True, width=10000,
                                                       default_style='"').strip()))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # round trip check
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert data["documents"] == lab["documents"]


# ----------------------------------------------------------------------------- main
def main():
    docs = h9_plans_a.DOCS + h9_plans_b.DOCS
    for d in docs:
        spec = d["spec"]
        base = d["name"]
        fmts = d["formats"]
        if "docx" in fmts or "pdf" in fmts:
            docx_path = os.path.join(OUT, base + ".docx")
            if "docx" in fmts:
                build_docx(docx_path, spec)
                if "pdf" in fmts:
                    docx_to_pdf(docx_path, os.path.join(OUT, base + ".pdf"))
            else:
                with tempfile.TemporaryDirectory() as td:
                    tmp_docx = os.path.join(td, base + ".docx")
                    build_docx(tmp_docx, spec)
                    docx_to_pdf(tmp_docx, os.path.join(OUT, base + ".pdf"))
        if "html" in fmts:
            build_html(os.path.join(OUT, base + ".html"), spec)
        lab = dict(d["label"])
        lab["documents"] = [base + "." + f for f in fmts]
        write_label(base, lab)
        print("%-34s %-12s %5d words" % (base, "+".join(fmts), word_count(spec["body"])))


if __name__ == "__main__":
    main()
