#!/usr/bin/env python3
"""Write the holdout29 sample set (5 ondersteuningsplannen + 1 near miss) next to this folder.

Deterministic, no network. Requires python-docx and LibreOffice (soffice) for the PDFs.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common29 import render_docx, render_pdf, render_html, word_count  # noqa: E402
import plan_p1, plan_p2, plan_p3, plan_p4, plan_p5, notplan_schoolplan  # noqa: E402


def main():
    p = lambda n: os.path.join(OUT, n)  # noqa: E731
    b1 = plan_p1.blocks()
    render_docx(b1, p("po-dommelstroom-2025.docx"), header="Ondersteuningsplan 2025-2029 | SWV Dommelstroom")
    render_pdf(b1, p("po-dommelstroom-2025.pdf"), header="Ondersteuningsplan 2025-2029 | SWV Dommelstroom")
    b2 = plan_p2.blocks()
    render_pdf(b2, p("vo-rijn-en-lek-2026.pdf"), header="SWV VO Rijn en Lek - Ondersteuningsplan 2026-2030")
    b3 = plan_p3.blocks()
    render_docx(b3, p("po-hunzedal-compact-2024.docx"))
    b4 = plan_p4.blocks()
    render_docx(b4, p("vo-zko-concept-2027.docx"), header=plan_p4.HEADER)
    b5 = plan_p5.blocks()
    render_html(b5, p("po-amstel-meerlanden-2025.html"), "SWV Amstel-Meerlanden")
    b6 = notplan_schoolplan.blocks()
    render_pdf(b6, p("schoolplan-de-regenboog-2024-2028.pdf"), header="Schoolplan 2024-2028 | OBS De Regenboog")
    for name, b in [("p1", b1), ("p2", b2), ("p3", b3), ("p4", b4), ("p5", b5), ("schoolplan", b6)]:
        print(name, word_count(b), "words")


if __name__ == "__main__":
    main()
