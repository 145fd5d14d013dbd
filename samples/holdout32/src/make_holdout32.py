#!/usr/bin/env python3
"""Generate the holdout32 labelled test set for opcheck.

Writes 5 fictional ondersteuningsplannen (table- and list-heavy) plus one near-miss document into
samples/holdout32/ (or the directory given as first argument), each with a
<name>.expected.yaml label file. Deterministic, no network. PDFs are rendered from .docx with
LibreOffice (soffice --headless).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import yaml  # noqa: E402

from h32_common import docx_to_pdf, render_pdf_only  # noqa: E402
import h32_plan_rivierduin as plan_a  # noqa: E402
import h32_plan_kempenwaard as plan_b  # noqa: E402
import h32_plan_heuvelland as plan_c  # noqa: E402
import h32_plan_deltakust as plan_d  # noqa: E402
import h32_plan_veenstreek as plan_e  # noqa: E402
import h32_np_wilgenhoek as np_f  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

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


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_label(lab):
    """Verify the Part A status rule against the core criteria."""
    if not lab["looks_like_plan"]:
        return
    for el in ELEMENTS:
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        adv = lab.get("advisory_addressed", {}).get(el, [])
        if all(vals):
            want = "present"
        elif any(vals) or adv:
            want = "partial"
        else:
            want = "missing"
        assert lab["elements"][el] == want, (lab["documents"], el, lab["elements"][el], want)


def write_label(name, lab):
    check_label(lab)
    lines = ["documents: [" + ", ".join(lab["documents"]) + "]",
             "sector: " + lab["sector"],
             "looks_like_plan: " + ("true" if lab["looks_like_plan"] else "false")]
    if lab["looks_like_plan"]:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if lab.get("advisory_addressed", {}).get(el):
                lines.append(f"  {el}: [" + ", ".join(lab["advisory_addressed"][el]) + "]")
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # must parse
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    report = []

    # A: PO, docx + pdf
    a = plan_a.build()
    pa = os.path.join(OUT, "po-rivierduin.docx")
    a.to_docx(pa)
    docx_to_pdf(pa, OUT)
    write_label("po-rivierduin", plan_a.LABEL)
    report.append(("po-rivierduin", a.words()))

    # B: VO, docx + pdf
    b = plan_b.build()
    pb = os.path.join(OUT, "vo-kempenwaard.docx")
    b.to_docx(pb)
    docx_to_pdf(pb, OUT)
    write_label("vo-kempenwaard", plan_b.LABEL)
    report.append(("vo-kempenwaard", b.words()))

    # C: PO, docx only
    c = plan_c.build()
    c.to_docx(os.path.join(OUT, "po-heuvelland.docx"))
    write_label("po-heuvelland", plan_c.LABEL)
    report.append(("po-heuvelland", c.words()))

    # D: VO, pdf only
    dd = plan_d.build()
    render_pdf_only(dd, OUT, "vo-deltakust")
    write_label("vo-deltakust", plan_d.LABEL)
    report.append(("vo-deltakust", dd.words()))

    # E: PO, html
    e = plan_e.build()
    e.to_html(os.path.join(OUT, "po-veenstreek.html"))
    write_label("po-veenstreek", plan_e.LABEL)
    report.append(("po-veenstreek", e.words()))

    # F: near-miss, docx
    f = np_f.build()
    f.to_docx(os.path.join(OUT, "np-po-wilgenhoek-schoolondersteuningsplan.docx"))
    write_label("np-po-wilgenhoek-schoolondersteuningsplan", np_f.LABEL)
    report.append(("np-po-wilgenhoek-schoolondersteuningsplan", f.words()))

    for name, w in report:
        print(f"{name}: {w} words")


if __name__ == "__main__":
    main()
