#!/usr/bin/env python3
"""Generate the holdout12 sample set: 5 fictional ondersteuningsplannen + 1 near-miss SOP, with labels.

Deterministic, no network. Writes into samples/holdout12/ (the parent of this src/ folder).
House styles:
  1. po-deltanoord-op2024.docx   - Word heading styles ('Heading 1'/'Heading 2'), numbered 1. / 1.1
  2. vo-lingestroom-op2025.pdf   - rendered from .docx by LibreOffice, running header/footer with element words
  3. po-kempenveld-op2024.docx   - most content in tables
  4. vo-zuidwaard-op2024.txt     - plain text export, CAPITALS headings
  5. po-heuvelrand-op2025.docx   - headings as bold numbered Normal paragraphs
  6. sop-obs-wilgenhoek-2024.docx - NOT a plan: a school's ondersteuningsprofiel
"""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import yaml  # noqa: E402

import common  # noqa: E402
import plan_po_deltanoord as p1  # noqa: E402
import plan_vo_lingestroom as p2  # noqa: E402
import plan_po_kempenveld as p3  # noqa: E402
import plan_vo_zuidwaard as p4  # noqa: E402
import plan_po_heuvelrand as p5  # noqa: E402
import sop_wilgenhoek as p6  # noqa: E402

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def check_label(mod):
    lab = mod.LABEL
    if not lab["looks_like_plan"]:
        assert lab["elements"] == {} and lab["criteria"] == {}
        return
    assert list(lab["criteria"]) == CORE, mod.NAME
    for el in ELEMENTS:
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        adv = lab.get("advisory_addressed", {}).get(el, [])
        if all(vals):
            expect = "present"
        elif any(vals) or adv:
            expect = "partial"
        else:
            expect = "missing"
        assert lab["elements"][el] == expect, (mod.NAME, el, lab["elements"][el], expect)


class _Flow(list):
    pass


def _flow_repr(dumper, data):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _flowmap_repr(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


class _FlowMap(dict):
    pass


yaml.add_representer(_Flow, _flow_repr)
yaml.add_representer(_FlowMap, _flowmap_repr)


def write_label(mod):
    lab = mod.LABEL
    data = {
        "documents": _Flow(lab["documents"]),
        "sector": lab["sector"],
        "looks_like_plan": lab["looks_like_plan"],
        "elements": _FlowMap(lab["elements"]),
        "criteria": lab["criteria"] if lab["criteria"] else _FlowMap({}),
        "advisory_addressed": {k: _Flow(v) for k, v in lab["advisory_addressed"].items()}
        if lab["advisory_addressed"] else _FlowMap({}),
        "notes": lab["notes"],
    }
    path = os.path.join(OUT, mod.NAME + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, sort_keys=False, allow_unicode=True, width=200)
    return path


def main():
    os.makedirs(OUT, exist_ok=True)
    for mod in (p1, p2, p3, p4, p5, p6):
        check_label(mod)

    common.render_docx(p1.BLOCKS, os.path.join(OUT, p1.NAME + ".docx"), heading_mode="styles")

    with tempfile.TemporaryDirectory(prefix="h12src_") as tmp:
        src = os.path.join(tmp, p2.NAME + ".docx")
        common.render_docx(p2.BLOCKS, src, heading_mode="styles", header=p2.HEADER, footer=p2.FOOTER)
        common.docx_to_pdf(src, os.path.join(OUT, p2.NAME + ".pdf"))

    common.render_docx(p3.BLOCKS, os.path.join(OUT, p3.NAME + ".docx"), heading_mode="styles")
    common.render_txt(p4.BLOCKS, os.path.join(OUT, p4.NAME + ".txt"))
    common.render_docx(p5.BLOCKS, os.path.join(OUT, p5.NAME + ".docx"), heading_mode="bold")
    common.render_docx(p6.BLOCKS, os.path.join(OUT, p6.NAME + ".docx"), heading_mode="styles")

    for mod in (p1, p2, p3, p4, p5, p6):
        write_label(mod)
        print(f"{mod.NAME}: ~{common.word_count(mod.BLOCKS)} words")


if __name__ == "__main__":
    main()
