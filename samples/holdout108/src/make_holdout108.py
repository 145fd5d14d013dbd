#!/usr/bin/env python3
"""Build the holdout108 test set: 5 fictional ondersteuningsplannen + 1 near-miss document,
each with a <name>.expected.yaml label file. Deterministic, no network.

Usage: python3 src/make_holdout108.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import common108 as c  # noqa: E402
import plan1_veenstroom as p1  # noqa: E402
import plan2_kopvandedijk as p2  # noqa: E402
import plan3_zuidoever as p3  # noqa: E402
import plan4_breedwater as p4  # noqa: E402
import plan5_lingebeek as p5  # noqa: E402
import nearmiss_klimop as nm  # noqa: E402

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(label, path):
    lines = ["documents: [%s]" % ", ".join(label["documents"]),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false")]
    if label["elements"]:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, label["elements"][e]) for e in ELEMENTS))
        lines.append("criteria:")
        for k in CORE:
            lines.append("  %s: %s" % (k, "true" if label["criteria"][k] else "false"))
    else:
        lines += ["elements: {}", "criteria: {}"]
    if label["advisory_addressed"]:
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if label["advisory_addressed"].get(e):
                lines.append("  %s: [%s]" % (e, ", ".join(label["advisory_addressed"][e])))
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append("  %s: %s" % (k, q(v)))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    if not label["looks_like_plan"]:
        return
    for e in ELEMENTS:
        vals = [label["criteria"][k] for k in CORE if k.startswith(e + ".")]
        st = label["elements"][e]
        adv = bool(label["advisory_addressed"].get(e))
        want = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
        assert st == want, (label["documents"], e, st, want)


def main():
    jobs = [
        (p1, "docx", "po-veenstroom-2026"),
        (p2, "pdf", "po-kopvandedijk-2026"),
        (p3, "pdf", "po-zuidoever-2026"),
        (p4, "docx", "vo-breedwater-2026"),
        (p5, "html", "po-lingebeek-2026"),
        (nm, "docx", "po-klimop-school-ondersteuningsplan"),
    ]
    for mod, fmt, stem in jobs:
        blocks = mod.blocks()
        target = OUT / ("%s.%s" % (stem, fmt))
        if fmt == "docx":
            c.write_docx(blocks, target, header_text=mod.HEADER, footer_text="Ondersteuningsplan - versie april 2026")
        elif fmt == "pdf":
            c.docx_to_pdf(blocks, target, header_text=mod.HEADER)
        else:
            c.write_html(blocks, target, mod.TITLE)
        check_label(mod.LABEL)
        assert mod.LABEL["documents"] == [target.name]
        write_label(mod.LABEL, OUT / ("%s.expected.yaml" % stem))
        print("%-45s %5d words" % (target.name, c.word_count(blocks)))


if __name__ == "__main__":
    main()
