#!/usr/bin/env python3
"""Build the holdout13 test set: 5 fictional ondersteuningsplannen + 1 near-miss document, with labels.

Deterministic, no network. Requires python-docx and LibreOffice (soffice) for the PDFs.
Usage: python3 src/make_holdout13.py  (writes into the parent folder of src/)
"""
import os
import sys
sys.dont_write_bytecode = True
import tempfile
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import common13 as cm  # noqa: E402
import plan_p1, plan_p2, plan_p3, plan_p4, plan_p5, notplan_n6  # noqa: E402


def label(mod, name, docs, sector):
    cm.write_label(os.path.join(OUT, name + ".expected.yaml"), docs, sector, mod.CRITERIA, mod.ADVISORY,
                   mod.NOTES, mod.STATUS)


def main():
    tmp = tempfile.mkdtemp(prefix="h13build_")
    try:
        # P1: PO, docx only, bold headings
        n = "po-lindeboog-ondersteuningsplan-2026-2030"
        b = plan_p1.blocks(); print(n, cm.words(b), "words")
        cm.render_docx(b, os.path.join(OUT, n + ".docx"), plan_p1.HEADER, plan_p1.FOOTER, "bold")
        label(plan_p1, n, [n + ".docx"], "po")

        # P2: VO, docx + pdf of the same plan, heading styles
        n = "vo-zuiderhaven-op-2026-2030"
        b = plan_p2.blocks(); print(n, cm.words(b), "words")
        cm.render_docx(b, os.path.join(OUT, n + ".docx"), plan_p2.HEADER, plan_p2.FOOTER, "style",
                       font="Cambria")
        cm.docx_to_pdf(os.path.join(OUT, n + ".docx"), OUT)
        label(plan_p2, n, [n + ".docx", n + ".pdf"], "vo")

        # P3: PO, pdf only (docx kept in temp), bold headings
        n = "po-dommeldal-ondersteuningsplan"
        b = plan_p3.blocks(); print(n, cm.words(b), "words")
        cm.render_docx(b, os.path.join(tmp, n + ".docx"), plan_p3.HEADER, plan_p3.FOOTER, "bold",
                       font="Arial")
        cm.docx_to_pdf(os.path.join(tmp, n + ".docx"), OUT)
        label(plan_p3, n, [n + ".pdf"], "po")

        # P4: VO, pdf only, bold headings, 'Artikel' numbering
        n = "vo-hollandsewaard-op-2026"
        b = plan_p4.blocks(); print(n, cm.words(b), "words")
        cm.render_docx(b, os.path.join(tmp, n + ".docx"), plan_p4.HEADER, plan_p4.FOOTER, "bold",
                       font="Georgia")
        cm.docx_to_pdf(os.path.join(tmp, n + ".docx"), OUT)
        label(plan_p4, n, [n + ".pdf"], "vo")

        # P5: VO, html web version
        n = "vo-zandmeren-ondersteuningsplan"
        b = plan_p5.blocks(); print(n, cm.words(b), "words")
        cm.render_html(b, os.path.join(OUT, n + ".html"), plan_p5.TITLE, plan_p5.NAV, plan_p5.BANNER,
                       plan_p5.FOOTER)
        label(plan_p5, n, [n + ".html"], "vo")

        # N6: not a plan (monitor / annual report), pdf
        n = "po-waterrijk-monitor-passend-onderwijs-2024-2025"
        b = notplan_n6.blocks(); print(n, cm.words(b), "words")
        cm.render_docx(b, os.path.join(tmp, n + ".docx"), notplan_n6.HEADER, notplan_n6.FOOTER, "bold")
        cm.docx_to_pdf(os.path.join(tmp, n + ".docx"), OUT)
        cm.write_notplan_label(os.path.join(OUT, n + ".expected.yaml"), [n + ".pdf"], "po", notplan_n6.NOTE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
