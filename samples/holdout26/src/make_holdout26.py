#!/usr/bin/env python3
"""Generate the holdout26 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Writes .docx (python-docx), .md, and .pdf (LibreOffice headless) next to
this script's parent folder, plus one <name>.expected.yaml label file per document.
Run: python3 src/make_holdout26.py   (from the holdout26 folder or anywhere)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.shared import Pt

from plans_text import PLANS, NOT_A_PLAN  # noqa: E402  (text lives in a sibling module)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


# ----------------------------------------------------------------------------- rendering
def toc_lines(blocks):
    lines, n1, n2 = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1
            n2 = 0
            lines.append(f"{n1}. {val}")
        elif kind == "h2":
            n2 += 1
            lines.append(f"    {n1}.{n2} {val}")
    return lines


def numbered(blocks):
    """Return blocks with chapter numbers prefixed to headings."""
    out, n1, n2 = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1
            n2 = 0
            out.append((kind, f"{n1}. {val}"))
        elif kind == "h2":
            n2 += 1
            out.append((kind, f"{n1}.{n2} {val}"))
        else:
            out.append((kind, val))
    return out


def render_docx(doc_spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc_spec["header"]
    sec.footer.paragraphs[0].text = doc_spec["footer"]
    for line in doc_spec["title_page"]:
        d.add_paragraph(line, style="Title" if line == doc_spec["title_page"][0] else None)
    d.add_page_break()
    if doc_spec.get("toc", True):
        d.add_heading("Inhoudsopgave", level=1)
        for line in toc_lines(doc_spec["blocks"]):
            d.add_paragraph(line)
        d.add_page_break()
    for kind, val in numbered(doc_spec["blocks"]):
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(path)


def render_md(doc_spec, path):
    out = []
    for i, line in enumerate(doc_spec["title_page"]):
        out.append(("# " if i == 0 else "") + line)
        out.append("")
    out.append("## Inhoudsopgave")
    out.append("")
    for line in toc_lines(doc_spec["blocks"]):
        out.append("- " + line.strip())
    out.append("")
    for kind, val in numbered(doc_spec["blocks"]):
        if kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += ["- " + x for x in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    out.append("---")
    out.append(doc_spec["footer"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def to_pdf(docx_path):
    if not shutil.which("soffice"):
        sys.exit("soffice not found: cannot render PDF")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "pdf", "--outdir", OUT, docx_path],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_label(name, label):
    path = os.path.join(OUT, f"{name}.expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(label, f, allow_unicode=True, sort_keys=False, width=200)


def words(doc_spec):
    n = sum(len(x.split()) for x in doc_spec["title_page"])
    for kind, val in doc_spec["blocks"]:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind == "bullets":
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


def main():
    for spec in PLANS + [NOT_A_PLAN]:
        name = spec["name"]
        docs = []
        for fmt in spec["formats"]:
            if fmt == "docx":
                p = os.path.join(OUT, name + ".docx")
                render_docx(spec, p)
                docs.append(name + ".docx")
            elif fmt == "pdf":
                to_pdf(os.path.join(OUT, name + ".docx"))
                docs.append(name + ".pdf")
            elif fmt == "md":
                render_md(spec, os.path.join(OUT, name + ".md"))
                docs.append(name + ".md")
        label = {"documents": docs}
        label.update(spec["label"])
        write_label(name, label)
        print(f"{name}: {', '.join(docs)} ({words(spec)} words)")


if __name__ == "__main__":
    main()
