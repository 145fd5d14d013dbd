#!/usr/bin/env python3
"""Generate the holdout5 sample set (5 ondersteuningsplannen + 1 not-a-plan) and their labels.

Written independently of opcheck's source, checklists and other sample folders, from the contract
in ../shared/domain.md (Part A). Label statuses are derived from the core criteria and checked
(present iff all core true; missing iff nothing incl. advisory addressed; else partial).

Usage:  python3 samples/holdout5/src/make_holdout5.py        (writes into samples/holdout5/)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import doc_hunzedal_jaarverslag as d6  # noqa: E402
import doc_kempenrand as d3  # noqa: E402
import doc_kromme_wetering as d1  # noqa: E402
import doc_lingebroek as d2  # noqa: E402
import doc_schiermonde as d5  # noqa: E402
import doc_vlietlanden as d4  # noqa: E402

OUT = HERE.parent


def main() -> None:
    # check every label before writing anything
    for mod in (d1, d2, d3, d4, d5, d6):
        common.check_labels(mod.LABEL)

    # 1 bestuurlijk PO: docx + pdf
    common.render_docx(d1.BLOCKS, OUT / f"{d1.SLUG}.docx", d1.HEADER, d1.FOOTER)
    common.to_pdf(OUT / f"{d1.SLUG}.docx")
    # 2 plain-language PO: markdown
    common.render_md(d2.BLOCKS, OUT / f"{d2.SLUG}.md")
    # 3 table-heavy VO: docx + pdf
    common.render_docx(d3.BLOCKS, OUT / f"{d3.SLUG}.docx", d3.HEADER, d3.FOOTER)
    common.to_pdf(OUT / f"{d3.SLUG}.docx")
    # 4 long rambling PO: docx only
    common.render_docx(d4.BLOCKS, OUT / f"{d4.SLUG}.docx", d4.HEADER, d4.FOOTER)
    # 5 concise VO with lwoo/pro: html web page
    common.render_html(d5.BLOCKS, OUT / f"{d5.SLUG}.html", d5.TITLE, d5.NAV, d5.SITE_HEADER, d5.SITE_FOOTER)
    # 6 not a plan: SWV jaarverslag, docx
    common.render_docx(d6.BLOCKS, OUT / f"{d6.SLUG}.docx", d6.HEADER, d6.FOOTER)

    totals = {"present": 0, "partial": 0, "missing": 0}
    for mod in (d1, d2, d3, d4, d5, d6):
        common.write_label(OUT, mod.SLUG, mod.LABEL)
        for st in mod.LABEL["elements"].values():
            totals[st] += 1
    n = sum(totals.values())
    print("element labels:", {k: f"{v} ({100 * v / n:.0f}%)" for k, v in totals.items()})


if __name__ == "__main__":
    main()
