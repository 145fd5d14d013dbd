#!/usr/bin/env python3
"""Build the holdout19 sample set: 5 fictional ondersteuningsplannen (4 VO, 1 PO) and 1 near-miss
(jaarverslag of a VO samenwerkingsverband), plus one <name>.expected.yaml label file per document group.

Deterministic, no network. Requires python-docx, PyYAML and LibreOffice (soffice) for the PDFs.
Usage: python3 make_holdout19.py [outdir]   (default: the parent folder of this script)
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h19_render as R  # noqa: E402
import h19_plan_a, h19_plan_b, h19_plan_c, h19_plan_d, h19_plan_e, h19_np_jaarverslag  # noqa: E402,E401

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]

# (module, base name, list of output formats)
DOCS = [
    (h19_plan_a, "vo-maaswaal-tweekolom", ["docx", "pdf"]),
    (h19_plan_b, "vo-kempenland-tabellen", ["pdf"]),
    (h19_plan_c, "vo-waddenkust", ["docx"]),
    (h19_plan_d, "vo-drechtheuvel-hoofdlijnen", ["pdf"]),
    (h19_plan_e, "po-eemvallei-web", ["html"]),
    (h19_np_jaarverslag, "np-vo-jaarverslag-zuidveluwe", ["pdf"]),
]


def check_label(text, files):
    lab = yaml.safe_load(text)
    assert sorted(lab["documents"]) == sorted(files), (lab["documents"], files)
    if not lab["looks_like_plan"]:
        assert lab["elements"] == {} and lab["criteria"] == {}
        return lab
    assert sorted(lab["criteria"]) == sorted(CORE), "criteria list incomplete"
    for el, status in lab["elements"].items():
        vals = [v for k, v in lab["criteria"].items() if k.split(".")[0] == el]
        adv = (lab.get("advisory_addressed") or {}).get(el, [])
        if all(vals):
            expect = "present"
        elif any(vals) or adv:
            expect = "partial"
        else:
            expect = "missing"
        assert status == expect, (el, status, expect)
    return lab


def main():
    outdir = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    for mod, base, fmts in DOCS:
        doc = mod.DOC
        files = []
        if "docx" in fmts:
            path = os.path.join(outdir, base + ".docx")
            R.write_docx(doc, path)
            files.append(base + ".docx")
            if "pdf" in fmts:
                R.docx_to_pdf(path, outdir)
                files.append(base + ".pdf")
        elif "pdf" in fmts:
            R.write_pdf_only(doc, os.path.join(outdir, base + ".pdf"))
            files.append(base + ".pdf")
        if "html" in fmts:
            R.write_html(doc, os.path.join(outdir, base + ".html"))
            files.append(base + ".html")
        check_label(mod.LABEL, files)
        with open(os.path.join(outdir, base + ".expected.yaml"), "w", encoding="utf-8") as fh:
            fh.write(mod.LABEL)
        print(f"{base}: {', '.join(files)}  ({R.word_count(doc)} words)")


if __name__ == "__main__":
    main()
