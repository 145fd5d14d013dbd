#!/usr/bin/env python3
"""Generate the holdout37 sample set (5 fictional ondersteuningsplannen + 1 near-miss document).

Deterministic, no network. Requires python-docx; PDFs are rendered from the .docx sources with
`soffice --headless --convert-to pdf`. Label files (*.expected.yaml) are written next to the documents.

Usage: python3 make_holdout37.py [outdir]   (default: the parent folder of this script)
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h37_notplan_f  # noqa: E402
import h37_plan_a  # noqa: E402
import h37_plan_b  # noqa: E402
import h37_plan_c  # noqa: E402
import h37_plan_d  # noqa: E402
import h37_plan_e  # noqa: E402
from h37_render import render_docx, render_txt  # noqa: E402

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

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


def to_pdf(docx_path, pdf_name):
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        src = os.path.join(tmp, os.path.splitext(pdf_name)[0] + ".docx")
        shutil.copy(docx_path, src)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
        shutil.copy(os.path.join(tmp, pdf_name), os.path.join(OUT, pdf_name))


def status_of(el, crit):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    return vals


def write_label(name, documents, sector, looks, crit=None, advisory=None, notes=None, expected_status=None):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", f"looks_like_plan: {'true' if looks else 'false'}"]
    if not looks:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f"  {k}: \"{v}\"")
    else:
        # derive status from the core criteria (Part A rule) and check it against the intended status
        st = {}
        for el in ELEMENTS:
            vals = [crit[k] for k in CORE if k.startswith(el + ".")]
            if all(vals):
                s = "present"
            elif any(vals) or advisory.get(el):
                s = "partial"
            else:
                s = "missing"
            st[el] = s
        assert st == expected_status, (name, st, expected_status)
        lines.append("elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if crit[k] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append(f"  {el}: [{', '.join(advisory[el])}]")
        lines.append("notes:")
        for el in ELEMENTS:
            if el in notes:
                lines.append(f"  {el}: \"{notes[el]}\"")
        for k, v in notes.items():
            if k not in ELEMENTS:
                lines.append(f"  {k}: \"{v}\"")
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def crit_from(false_list):
    return {k: (k not in false_list) for k in CORE}


def main():
    os.makedirs(OUT, exist_ok=True)

    # ---- A: VO, two-column layout, .docx + .pdf -------------------------------------------------------
    a_docx = os.path.join(OUT, "vo-oostervalk-2025-2029.docx")
    render_docx(h37_plan_a.blocks(), a_docx, h37_plan_a.TITLE, "SWV VO Oostervalk", body_pt=9.5)
    to_pdf(a_docx, "vo-oostervalk-2025-2029.pdf")
    crit = crit_from(["plaatsing.criteria", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"])
    write_label(
        "vo-oostervalk-2025-2029.expected.yaml", ["vo-oostervalk-2025-2029.docx", "vo-oostervalk-2025-2029.pdf"],
        "vo", True, crit,
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": [], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
        notes={
            "basisondersteuning": "4.1 defines the verband-wide minimum for every vestiging; content only in merged-cell table 4.1 (12 standaarden); 4.2 kwaliteitskaart/audit = borging",
            "plaatsing": "5.1-5.3 procedure (bevoegd gezag, CTA, 6 weeks) + 5.7 lwoo/pro procedure; 5.4 criteria deferred to a future 'Afwegingskader' ('op haar eigen merites'), lwoo/pro criteria only via footnote to website; no bezwaar",
            "terugstroom": "Hidden in 5.6 'Einde, verlenging en vervolg van de TLV': policy (tijdelijk, thuisnabij, voorwaarde OPP) + procedure (1 dec, 1 maart, CTA, evaluations) + overstaparrangement; the word terugplaatsing only on title page/glossary",
            "financien": "Chapter 8 'Geld en middelen': verdeling (vaste voet 25.000, 95 per leerling, arrangementenkaart); besteding only in table 8.1 meerjarenbegroting; reserves/verantwoording",
            "dekkend-aanbod": "6.1 four-level continuum incl. OPDC/rebound/vso/pro; 6.2 dekkendheidsanalyse, thuiszitterstafel, doorzettingsmacht, zorgplicht; 6.3 OOGO/OZA",
            "resultaten": "Ch 9 five measurable beoogde resultaten for 2029; monitoring explicitly deferred to a future monitoringsplan ('contouren worden verkend')",
            "ouders": "Ch 7 'Ouders' heading only defers ('wordt na de consultatieronde aangevuld'); OJSP/Onderwijsconsulent only in the begrippenlijst; OPR only mentioned as consenting; geschillenregeling in ch 10 is between school boards",
        },
        expected_status={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                         "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                         "ouders": "missing"},
    )

    # ---- B: VO, articles, mixed 2/1-column, .pdf only -------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        b_docx = os.path.join(tmp, "vo-zuidwaard-2025-2029.docx")
        render_docx(h37_plan_b.blocks(), b_docx, h37_plan_b.TITLE, "Passend VO Zuidwaard", body_pt=9.5)
        to_pdf(b_docx, "vo-zuidwaard-2025-2029.pdf")
    crit = crit_from(["basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding"])
    write_label(
        "vo-zuidwaard-2025-2029.expected.yaml", ["vo-zuidwaard-2025-2029.pdf"], "vo", True, crit,
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": [], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Artikel 3.1 sets one level for all vestigingen, but 3.2 leaves the concrete content to each school's SOP (footnote: not annexed); the 4-aspect content appears only in Artikel 1.1 Begripsbepalingen (glossary)",
            "plaatsing": "Artikelen 4.1-4.8: aanvraag, criteria vso (4.2), lwoo (4.6) and pro (4.7) criteria, twee deskundigen, 6 weeks, duur/categorie, bezwaar via LBT",
            "terugstroom": "Nothing on return from vso: 'terugplaatsing' only defined in Artikel 1.1; Artikel 4.9 and table 6.1 concern return from the OPDC (a regular bovenschoolse voorziening), not from vso",
            "financien": "Artikel 8.1 verdeelmodel table (vaste voet, per leerling, arrangementsbudget); 8.2 defers besteding/meerjarenbegroting to bijlage 6, which is not included ('volgt' in TOC)",
            "dekkend-aanbod": "Table 5.1 continuum (merged niveau cells, long words in narrow columns) + 5.2 zorgplicht/Plaatsingsloket + 5.3 thuiszitters and witte vlekken with actions",
            "resultaten": "Artikel 6.1 table with nulmeting and streefwaarden, 6.2 bereikte resultaten, 6.3 dashboard/jaarverslag/externe evaluatie",
            "ouders": "Found under 'Hoofdstuk 7 Communicatie': 7.1 website rubriek, brochure in 4 languages, informatieavond; 7.2 OJSP run by an independent foundation, Onderwijsconsulenten, Geschillencommissie",
        },
        expected_status={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                         "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                         "ouders": "present"},
    )

    # ---- C: PO, .docx ----------------------------------------------------------------------------------
    render_docx(h37_plan_c.blocks(), os.path.join(OUT, "po-debredestroom-2025-2029.docx"), h37_plan_c.TITLE,
                "SWV PO De Brede Stroom", body_pt=10.5)
    crit = crit_from(["terugstroom.procedure", "financien.verdeling", "financien.besteding",
                      "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"])
    write_label(
        "po-debredestroom-2025-2029.expected.yaml", ["po-debredestroom-2025-2029.docx"], "po", True, crit,
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "5.1 one common level for every school/location; concrete content only in table 5.1",
            "plaatsing": "Ch 6: procedure (schoolbestuur, CTB, 6 weeks), separate sbo and so criteria, two deskundigen, duur/categorie, bezwaar",
            "terugstroom": "Ch 7 gives policy (aim, conditions, half year begeleiding after return) but steps/decision moments are only in 'bijlage 5', which is not included",
            "financien": "Ch 8 only defers to a separate 'Financieel kader' (december 2025); meerjarenbegroting/verdeelmodel only in begrippenlijst, TOC (bijlage 4) and the leeswijzer promise; 'middelen zo dicht mogelijk bij het kind' is visie prose",
            "dekkend-aanbod": "5.2 continuum (basis, arrangement, taalklas/plusklas/observatiegroep, sbo/so); 5.3 'gaan we onderzoeken' and thuiszitten deferred; 9.3 gemeenten cooperation",
            "resultaten": "No beoogde or bereikte resultaten; leeswijzer claims results are 'in elk hoofdstuk verwerkt'; ch 13 is an activity list; 'resultaatgericht' and eindtoets are near-misses; glossary defines beoogde resultaten",
            "ouders": "Inside ch 9 'Communicatie en samenwerking': schoolgids, ouderpagina, folder, informatieavonden; OJSP De Brede Stroom, Onderwijsconsulenten, klachtencommissie",
        },
        expected_status={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                         "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "missing",
                         "ouders": "present"},
    )

    # ---- D: PO, .docx, plan op hoofdlijnen ------------------------------------------------------------
    render_docx(h37_plan_d.blocks(), os.path.join(OUT, "po-kempenland-noord-2025-2029.docx"), h37_plan_d.TITLE,
                "PPO Kempenland-Noord", body_pt=10.5)
    crit = crit_from(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                      "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.steunpunt"])
    write_label(
        "po-kempenland-noord-2025-2029.expected.yaml", ["po-kempenland-noord-2025-2029.docx"], "po", True, crit,
        advisory={"basisondersteuning": [], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch 4 says no common level was set and defers it until the landelijke norm (2026-2027), otherwise refers to each school's schoolgids/SOP; the 4-aspect definition is only in the begrippenlijst, the legal list in ch 2 and the title page",
            "plaatsing": "Table 5.1 gives sbo and so criteria + geldigheid/categorie; aanvraagroute, commissie and termijnen only referred to a Werkwijzer on the website",
            "terugstroom": "Ch 6 'Terug naar de basisschool': policy (thuisnabij, conditions, terugplaatsingsarrangement) and 5-step procedure with dates and decision owner",
            "financien": "Ch 7: schoolmodel (185 per leerling, afdrachten, groeibekostiging), table 7.1 meerjarenbegroting, reserves and verantwoording",
            "dekkend-aanbod": "No continuum, gap analysis or thuiszitters approach; 'dekkend aanbod', 'arrangement' and 'thuiszitter' only in the begrippenlijst and ch 2 legal list; OOGO only as a date in the totstandkoming table",
            "resultaten": "Ch 8.1 monitoring cycle (DUO data, bespreking, jaarverslag) + 8.2 bereikte kengetallen; beoogde resultaten deferred to spring 2026 (8.3)",
            "ouders": "Ch 9 informatie (schoolgids, ouderpagina, folder, informatieavond) but steunpunt is 'p.m.'; no onderwijsconsulenten/klachten; geschillenregeling in ch 10 is between boards",
        },
        expected_status={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                         "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial",
                         "ouders": "partial"},
    )

    # ---- E: VO, plain-text website export -------------------------------------------------------------
    with open(os.path.join(OUT, "vo-amstelvliet-website-export.txt"), "w", encoding="utf-8") as f:
        f.write(render_txt(h37_plan_e.blocks(), width=110))
    crit = crit_from(["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
                      "ouders.informatie"])
    write_label(
        "vo-amstelvliet-website-export.expected.yaml", ["vo-amstelvliet-website-export.txt"], "vo", True, crit,
        advisory={"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": [],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 3: common level for every vestiging + concrete list + zelfevaluatie/visitatie",
            "plaatsing": "Section 5 only refers to the website page 'Toelaatbaarheid (TLV)'; TLV terms otherwise only in the site navigation, related-pages footer and begrippen",
            "terugstroom": "Section 6 gives steps 1-4 (1 december, 15 januari, trajectbegeleider, decision by directeur, evaluations) but aims/conditions/support after return are deferred to the first plan year",
            "financien": "Section 8 begroting table with amounts per post (besteding); verdeling refers to the previous plan 2021-2025 and a 2026 herijking",
            "dekkend-aanbod": "Section 4: OAT, arrangementen, OPDC/rebound/OZA, pro/vso; monthly thuiszitters overview, trajectbegeleider, witte vlekken, zorgplicht",
            "resultaten": "Section 7 table with stand 2024 and doel 2029 + quarterly dashboard, jaarverslag, bereikte thuiszitters figure",
            "ouders": "Section 9: OJSP (independent foundation, phone, spreekuur), Onderwijsconsulenten, klachtencommissie; how parents are informed is deferred to a 2026 communicatieplan; menu item 'Ouders en jongeren' is site chrome",
        },
        expected_status={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                         "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                         "ouders": "partial"},
    )

    # ---- F: not a plan (jaarverslag of a PO SWV), .pdf -------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        f_docx = os.path.join(tmp, "po-waterland-zuid-jaarverslag-2024.docx")
        render_docx(h37_notplan_f.blocks(), f_docx, h37_notplan_f.TITLE, "SWV PO Waterland-Zuid", body_pt=9.5)
        to_pdf(f_docx, "po-waterland-zuid-jaarverslag-2024.pdf")
    write_label(
        "po-waterland-zuid-jaarverslag-2024.expected.yaml", ["po-waterland-zuid-jaarverslag-2024.pdf"], "po", False,
        notes={"document": "Annual report (jaarverslag + jaarrekening 2024) of an SWV: it reports on the 'ondersteuningsplan "
                           "2023-2027' with TLV/terugplaatsing/thuiszitter figures, OPR, OOGO and begroting vs realisatie, "
                           "but it is a verantwoording over a calendar year, not the plan itself (domain A.3, 5.4)"},
    )


if __name__ == "__main__":
    main()
