#!/usr/bin/env python3
"""Build the holdout22 test documents for opcheck.

Deterministic, no network. Writes into the parent folder of this script
(samples/holdout22/). Content lives in the h22_*.py modules next to
this script, written in a tiny line-based markup:

  !title text      title-page line (large)      !sub text   title-page line (normal)
  !pagebreak       page break                    !header t   running header (docx/pdf)
  # / ## / ###     headings                      - text      bullet
  | a | b |        table row (first row = header row)
  blank line       paragraph separator; consecutive plain lines are joined

Usage: python3 make_holdout22.py   (needs python-docx; soffice for the PDFs)
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import h22_p1_brede_waard as p1  # noqa: E402
import h22_p2_samenkwartier as p2  # noqa: E402
import h22_p3_lingedal as p3  # noqa: E402
import h22_p4_kustzone as p4  # noqa: E402
import h22_p5_zuidoostveen as p5  # noqa: E402
import h22_n1_zelfevaluatie as n1  # noqa: E402

FIXED_DATE = datetime.datetime(2026, 3, 24, 12, 0, 0)


def parse(markup):
    """Return a list of blocks: (kind, payload)."""
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

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and len(s) > 1:
            flush_para()
            table.append([c.strip() for c in s[1:-1].split("|")])
            continue
        flush_table()
        if not s:
            flush_para()
        elif s.startswith("!title "):
            flush_para(); blocks.append(("title", s[7:]))
        elif s.startswith("!sub "):
            flush_para(); blocks.append(("sub", s[5:]))
        elif s == "!pagebreak":
            flush_para(); blocks.append(("pagebreak", None))
        elif s.startswith("!header "):
            flush_para(); blocks.append(("header", s[8:]))
        elif s.startswith("### "):
            flush_para(); blocks.append(("h3", s[4:]))
        elif s.startswith("## "):
            flush_para(); blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush_para(); blocks.append(("h1", s[2:]))
        elif s.startswith("- "):
            flush_para(); blocks.append(("li", s[2:]))
        else:
            para.append(s)
    flush_para()
    flush_table()
    return blocks


def write_docx(markup, path, title):
    from docx import Document
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = "holdout22"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout22"
    cp.revision = 1
    for kind, val in parse(markup):
        if kind == "header":
            hp = doc.sections[0].header.paragraphs[0]
            hp.text = val
        elif kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(22)
        elif kind == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(val).font.size = Pt(12)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(val, level=int(kind[1]))
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            ncols = max(len(r) for r in val)
            t = doc.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for j in range(ncols):
                    cells[j].text = row[j] if j < len(row) else ""
                    if i == 0:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            doc.add_paragraph(val)
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-identical per run."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 24, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_txt(markup, path):
    out = []
    for kind, val in parse(markup):
        if kind in ("header", "pagebreak"):
            continue
        if kind == "title":
            out.append(val.upper())
        elif kind == "sub":
            out.append(val)
        elif kind == "h1":
            out += ["", val, "=" * len(val)]
        elif kind == "h2":
            out += ["", val, "-" * len(val)]
        elif kind == "h3":
            out += ["", val]
        elif kind == "li":
            out.append("  - " + val)
        elif kind == "table":
            widths = [max(len(r[j]) if j < len(r) else 0 for r in val)
                      for j in range(max(len(r) for r in val))]
            for i, row in enumerate(val):
                cells = [(row[j] if j < len(row) else "").ljust(widths[j])
                         for j in range(len(widths))]
                out.append("  " + " | ".join(cells).rstrip())
                if i == 0:
                    out.append("  " + "-+-".join("-" * w for w in widths))
            out.append("")
        else:
            out += ["", val]
    text = "\n".join(out).strip() + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "lo-profile")
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile, "--headless",
             "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(made, pdf_path)


def word_count(markup):
    return sum(len(v.split()) if isinstance(v, str) else sum(len(c.split()) for r in v for c in r)
               for k, v in parse(markup) if v)


def main():
    jobs = [
        (p1, ["docx"]),
        (p2, ["pdf"]),
        (p3, ["docx", "pdf"]),
        (p4, ["txt"]),
        (p5, ["pdf"]),
        (n1, ["docx"]),
    ]
    for mod, formats in jobs:
        base = os.path.join(OUT, mod.NAME)
        for fmt in formats:
            if fmt == "docx":
                write_docx(mod.TEXT, base + ".docx", mod.TITLE)
            elif fmt == "txt":
                write_txt(mod.TEXT, base + ".txt")
            elif fmt == "pdf":
                with tempfile.TemporaryDirectory() as tmp:
                    src = os.path.join(tmp, mod.NAME + ".docx")
                    write_docx(mod.TEXT, src, mod.TITLE)
                    docx_to_pdf(src, base + ".pdf")
        with open(base + ".expected.yaml", "w", encoding="utf-8") as fh:
            fh.write(mod.LABEL.strip() + "\n")
        print(f"{mod.NAME}: {formats} ~{word_count(mod.TEXT)} words")


if __name__ == "__main__":
    main()
