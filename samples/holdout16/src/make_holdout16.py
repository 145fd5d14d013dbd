#!/usr/bin/env python3
"""Build the holdout16 sample set (independent labelled test set for opcheck).

Style focus: ondersteuningsplannen organised by ambition / koerslijn instead of by the
legal list, so that each legal element's content is scattered over several chapters,
with a front 'In een oogopslag'/'Samenvatting' naming every element (trap), SMART tables per
ambition, and a 'Verantwoording wettelijke eisen' table that only says where (trap).

Writes into the parent folder of this script (samples/holdout16/):
  po-koers-waterlinie.docx + .pdf      (PO)  -> po-koers-waterlinie.expected.yaml
  vo-koerslijnen-kempenrand.docx       (VO)  -> vo-koerslijnen-kempenrand.expected.yaml
  vo-ambitieplan-zeeduin.pdf           (VO)  -> vo-ambitieplan-zeeduin.expected.yaml
  po-koersplan-heidezoom.pdf           (PO)  -> po-koersplan-heidezoom.expected.yaml
  vo-ambities-deltapoort.md            (VO)  -> vo-ambities-deltapoort.expected.yaml
  np-po-jaarplan-lindenhout.pdf        (not a plan) -> np-po-jaarplan-lindenhout.expected.yaml

Deterministic, no network. PDFs are rendered from the generated .docx with
`soffice --headless --convert-to pdf` in a temporary directory.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

import h16_plan_a  # noqa: E402
import h16_plan_b  # noqa: E402
import h16_plan_c  # noqa: E402
import h16_plan_d  # noqa: E402
import h16_plan_e  # noqa: E402
import h16_notaplan  # noqa: E402

CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}
ADVISORY = {
    "basisondersteuning": ["borging"],
    "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
    "terugstroom": ["monitoring"],
    "financien": ["reserves", "verantwoording"],
    "dekkend-aanbod": ["ketenpartners"],
    "resultaten": ["meetbaar"],
    "ouders": ["betrokkenheid"],
}


# ----------------------------------------------------------------------------- rendering
def render_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(26 if i == 0 else 14)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "h3":
            d.add_heading(b[1], level=3)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "toc":
            for it in b[1]:
                d.add_paragraph(it)
        elif kind == "table":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for i, h in enumerate(head):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.core_properties.author = "holdout16"
    d.save(path)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend("**" + x + "**  " for x in b[1][1:])
        elif kind == "h1":
            out.append("## " + b[1])
        elif kind == "h2":
            out.append("### " + b[1])
        elif kind == "h3":
            out.append("#### " + b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind in ("ul", "toc"):
            out.extend("- " + x for x in b[1])
        elif kind == "ol":
            out.extend("%d. %s" % (i + 1, x) for i, x in enumerate(b[1]))
        elif kind == "table":
            head, rows = b[1], b[2]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "---|" * len(head))
            for r in rows:
                out.append("| " + " | ".join(x.replace("|", "/") for x in r) + " |")
        elif kind == "pagebreak":
            out.append("---")
        else:
            raise ValueError(kind)
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


def docx_to_pdf(docx_path, pdf_target):
    with tempfile.TemporaryDirectory() as td:
        profile = os.path.join(td, "profile")
        cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
               "--convert-to", "pdf", "--outdir", td, docx_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(td, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_target)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "h3", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(x.split()) for x in b[1])
            n += sum(len(x.split()) for r in b[2] for x in r)
    return n


# ----------------------------------------------------------------------------- labels
def status_of(el, crit, adv):
    core = [crit["%s.%s" % (el, c)] for c in CORE[el]]
    if all(core):
        return "present"
    if any(core) or adv.get(el):
        return "partial"
    return "missing"


def write_label(path, m):
    lines = []
    lines.append("documents: [%s]" % ", ".join(m["documents"]))
    lines.append("sector: %s" % m["sector"])
    lines.append("looks_like_plan: %s" % ("true" if m["looks_like_plan"] else "false"))
    if not m["looks_like_plan"]:
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("notes:")
        for k, v in m["notes"].items():
            lines.append("  %s: %s" % (k, yaml_str(v)))
    else:
        crit, adv = m["criteria"], m.get("advisory", {})
        for el, lst in adv.items():
            for a in lst:
                assert a in ADVISORY[el], (el, a)
        stats = {el: status_of(el, crit, adv) for el in CORE}
        if "expect" in m:  # sanity check against the intended design
            assert stats == m["expect"], (m["documents"], stats, m["expect"])
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, stats[el]) for el in CORE))
        lines.append("criteria:")
        for el in CORE:
            for c in CORE[el]:
                key = "%s.%s" % (el, c)
                lines.append("  %s: %s" % (key, "true" if crit[key] else "false"))
        lines.append("advisory_addressed:")
        for el in CORE:
            if adv.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(adv[el])))
        lines.append("notes:")
        for el in CORE:
            lines.append("  %s: %s" % (el, yaml_str(m["notes"][el])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ----------------------------------------------------------------------------- main
def main():
    specs = [h16_plan_a, h16_plan_b, h16_plan_c, h16_plan_d, h16_plan_e, h16_notaplan]
    with tempfile.TemporaryDirectory() as td:
        for mod in specs:
            base = mod.NAME
            blocks = mod.blocks()
            wc = word_count(blocks)
            fmts = mod.FORMATS
            if "md" in fmts:
                render_md(blocks, os.path.join(OUT, base + ".md"))
            if "docx" in fmts or "pdf" in fmts:
                dpath = os.path.join(OUT if "docx" in fmts else td, base + ".docx")
                render_docx(blocks, dpath, getattr(mod, "HEADER", None), getattr(mod, "FOOTER", None))
                if "pdf" in fmts:
                    docx_to_pdf(dpath, os.path.join(OUT, base + ".pdf"))
            write_label(os.path.join(OUT, base + ".expected.yaml"), mod.LABEL)
            print("%-32s %-12s %5d words" % (base, "+".join(fmts), wc))


if __name__ == "__main__":
    main()
