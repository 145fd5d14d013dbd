#!/usr/bin/env python3
"""Generate the holdout137 test set: five fictional ondersteuningsplannen (VO and PO) and one
near-miss document, plus their label files.

Deterministic, no network. Output goes to the folder one level above this script.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import html
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout137_content import PLANS, NEARMISS  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------- helpers
def headings(blocks):
    """Numbered TOC entries from h1/h2 blocks (auto TOC, like Word's)."""
    toc = []
    for b in blocks:
        if b[0] in ("h1", "h2"):
            toc.append((b[0], b[1]))
    return toc


NUM_RE = re.compile(r"^\d+(\.\d+)*\.?\s+")
UNNUMBERED = ("Voorwoord", "Inhoudsopgave", "Bijlage", "Samenvatting")


def numbered(blocks):
    """Renumber h1/h2 headings (1, 1.1, ...) when a document asks for it."""
    out, h1, h2 = [], 0, 0
    for b in blocks:
        if b[0] in ("h1", "h2"):
            t = NUM_RE.sub("", b[1])
            if b[0] == "h1":
                if t.startswith(UNNUMBERED):
                    out.append((b[0], t))
                    continue
                h1 += 1
                h2 = 0
                out.append(("h1", f"{h1}. {t}"))
            else:
                h2 += 1
                out.append(("h2", f"{h1}.{h2} {t}"))
        else:
            out.append(b)
    return out


def expand(doc):
    """Insert the table of contents after the title page marker."""
    out = []
    blocks = numbered(doc["blocks"]) if doc.get("number") else doc["blocks"]
    doc = dict(doc, blocks=blocks)
    for b in doc["blocks"]:
        if b[0] == "toc":
            out.append(("h1", "Inhoudsopgave", "toc"))
            for lvl, t in headings(doc["blocks"]):
                out.append(("tocline", t, lvl))
        else:
            out.append(b)
    return out


# ---------------------------------------------------------------- docx
def write_docx(doc, path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "Bureau samenwerkingsverband")
    cp.title = doc["title"]
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = cp.author
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    for b in expand(doc):
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(24)
        elif kind == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(14)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "h3":
            d.add_heading(b[1], level=3)
        elif kind == "tocline":
            p = d.add_paragraph(("    " if b[2] == "h2" else "") + b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ---------------------------------------------------------------- html
def write_html(doc, path):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(doc['title'])}</title>", "</head>", "<body>"]
    if doc.get("nav"):
        parts.append("<header><nav><ul>" + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in doc["nav"])
                     + "</ul></nav></header>")
    parts.append("<main>")
    ul_open = False
    for b in expand(doc):
        kind = b[0]
        if kind == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "subtitle":
            parts.append(f'<p class="subtitle">{e(b[1])}</p>')
        elif kind == "h1":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "h3":
            parts.append(f"<h4>{e(b[1])}</h4>")
        elif kind == "tocline":
            parts.append(f'<p class="toc-{b[2]}"><a href="#">{e(b[1])}</a></p>')
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            parts.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows = b[1]
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for row in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
            parts.append(s + "</tbody></table>")
        elif kind == "pagebreak":
            parts.append("<hr>")
    parts.append("</main>")
    if doc.get("footer"):
        parts.append(f"<footer><p>{e(doc['footer'])}</p></footer>")
    parts += ["</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- text
def write_text(doc, path):
    lines = []
    for b in expand(doc):
        kind = b[0]
        if kind in ("title", "subtitle"):
            lines += [b[1].upper() if kind == "title" else b[1], ""]
        elif kind in ("h1", "h2", "h3"):
            lines += ["", b[1], "-" * len(b[1]) if kind == "h1" else "", ""]
        elif kind == "tocline":
            lines.append(("   " if b[2] == "h2" else "") + b[1])
        elif kind == "p":
            lines += [b[1], ""]
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                lines.append(("- " if kind == "ul" else f"{i}. ") + it)
            lines.append("")
        elif kind == "table":
            for row in b[1]:
                lines.append(" | ".join(row))
            lines.append("")
    text = "\n".join(l for l in lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    path.write_text(text.strip() + "\n", encoding="utf-8")


# ---------------------------------------------------------------- pdf
def docx_to_pdf(doc, pdf_path, tmpdir):
    src = tmpdir / (pdf_path.stem + ".docx")
    write_docx(doc, src)
    profile = tmpdir / "lo_profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(str(tmpdir / (pdf_path.stem + ".pdf")), str(pdf_path))


# ---------------------------------------------------------------- labels
CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def status(el, crit, advisory):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(lab, path):
    crit = lab["criteria"]
    adv = lab.get("advisory", {})
    assert sorted(crit) == sorted(CORE), path
    els = {el: status(el, crit, adv) for el in ELEMENTS}
    if "expect" in lab:  # self-check against the intended design
        assert els == lab["expect"], (path, els, lab["expect"])
    L = [f"documents: [{', '.join(lab['documents'])}]",
         f"sector: {lab['sector']}",
         "looks_like_plan: true",
         "elements: {" + ", ".join(f"{el}: {els[el]}" for el in ELEMENTS) + "}",
         "criteria:"]
    for c in CORE:
        L.append(f"  {c}: {'true' if crit[c] else 'false'}")
    L.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            L.append(f"  {el}: [{', '.join(adv[el])}]")
    L.append("notes:")
    for el in ELEMENTS:
        if lab["notes"].get(el):
            L.append(f"  {el}: {yq(lab['notes'][el])}")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def write_nearmiss_label(lab, path):
    L = [f"documents: [{', '.join(lab['documents'])}]",
         f"sector: {lab['sector']}",
         "looks_like_plan: false",
         "elements: {}",
         "criteria: {}",
         "notes:",
         f"  document: {yq(lab['note'])}"]
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout137_make_"))
    try:
        for doc in PLANS + [NEARMISS]:
            for fmt in doc["formats"]:
                target = OUT / f"{doc['name']}.{fmt}"
                if fmt == "docx":
                    write_docx(doc, target)
                elif fmt == "pdf":
                    docx_to_pdf(doc, target, tmpdir)
                elif fmt == "html":
                    write_html(doc, target)
                elif fmt in ("txt", "md"):
                    write_text(doc, target)
                print("wrote", target.name)
            if doc is NEARMISS:
                write_nearmiss_label(doc["label"], OUT / f"{doc['name']}.expected.yaml")
            else:
                write_label(doc["label"], OUT / f"{doc['name']}.expected.yaml")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
