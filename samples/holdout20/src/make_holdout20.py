#!/usr/bin/env python3
"""Generate the holdout20 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Text sources live in src/content/*.txt in a small line-based markup:
  !TITLE a|b|c     title page lines          !TOC        table of contents (generated from headings)
  !PAGEBREAK       page break                # / ##      chapter / section heading
  - text           bullet                    | a | b |   table row (first row of a table = header)
  anything else    one paragraph
Every document has its own heading style (see STYLES) so that the set covers Word heading styles,
ALL-CAPS lines, unnumbered bold paragraphs, 'Hoofdstuk N - ...' lines and question headings in HTML.

Usage: python3 make_holdout20.py   (writes into the parent folder of src/)
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CONTENT = os.path.join(HERE, "content")


# ----------------------------------------------------------------------------- markup parsing
def parse(name):
    blocks = []
    with open(os.path.join(CONTENT, name + ".txt"), encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh]
    table = None
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if line.startswith("!TITLE "):
            blocks.append(("title", line[7:].split("|")))
        elif line == "!TOC":
            blocks.append(("toc", None))
        elif line == "!PAGEBREAK":
            blocks.append(("pagebreak", None))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def toc_entries(blocks):
    """Headings after the TOC block (the TOC heading itself is not listed)."""
    seen_toc = False
    out = []
    for kind, val in blocks:
        if kind == "toc":
            seen_toc = True
            continue
        if seen_toc and kind in ("h1", "h2"):
            out.append((kind, val))
    return out


# ----------------------------------------------------------------------------- docx rendering
STYLES = {
    # how '#' and '##' are rendered per document
    "po-vijfdijken": "word",        # Word Heading 1/2 styles, numbered in the text
    "vo-kempenrand": "caps",        # ALL-CAPS Normal paragraphs
    "po-hollandsveen": "bold",      # unnumbered bold Normal paragraphs
    "vo-oostvaart": "hoofdstuk",    # 'Hoofdstuk N - ...' lines + question sub-headings, Normal style
    "np-inspectierapport-swv": "word",
}

HEADERS = {
    "po-vijfdijken": "Ondersteuningsplan 2025-2029 | SWV PPO De Vijf Dijken",
    "vo-kempenrand": "SWV VO Kempenrand – Ondersteuningsplan 2025-2029",
    "po-hollandsveen": "Ondersteuningsplan Hollands Veen 2025-2029",
    "vo-oostvaart": "SWV VO Oostvaart | Ondersteuningsplan 2025-2029 | Samen sterk voor iedere leerling",
    "np-inspectierapport-swv": "Inspectie van het Onderwijs | Rapport van bevindingen SWV PO Dommeldal",
}


def add_heading(doc, style, level, text):
    if style == "word":
        doc.add_heading(text, level=level)
        return
    p = doc.add_paragraph()
    if style == "caps":
        run = p.add_run(text.upper())
        run.bold = level == 1
        run.font.size = Pt(13 if level == 1 else 11)
    elif style == "bold":
        run = p.add_run(text)
        run.bold = True
        run.italic = level == 2
        run.font.size = Pt(14 if level == 1 else 11)
    elif style == "hoofdstuk":
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(15 if level == 1 else 11)
    else:
        raise ValueError(style)


def add_table(doc, rows):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            cell = t.cell(i, j)
            cell.text = r[j] if j < len(r) else ""
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


def render_docx(name, path):
    blocks = parse(name)
    style = STYLES[name]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = HEADERS[name]
    sec.footer.paragraphs[0].text = "Versie 1.0 – april 2025"
    sec.different_first_page_header_footer = True
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(line)
                run.bold = i < 3
                run.font.size = Pt(22 if i == 0 else 14 if i < 3 else 11)
                if i == 0:
                    for _ in range(4):
                        doc.add_paragraph()
        elif kind == "toc":
            page = 1
            for lvl, text in toc_entries(blocks):
                shown = text.upper() if style == "caps" else text
                indent = "" if lvl == "h1" else "    "
                if lvl == "h1":
                    page += 2
                doc.add_paragraph(f"{indent}{shown} .......... {page}")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            add_heading(doc, style, 1, val)
        elif kind == "h2":
            add_heading(doc, style, 2, val)
        elif kind == "bullet":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            add_table(doc, val)
    # fixed core properties for determinism
    cp = doc.core_properties
    cp.author = "holdout20"
    cp.title = name
    import datetime
    fixed = datetime.datetime(2025, 4, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "holdout20"
    cp.revision = 1
    doc.save(path)


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="holdout20_")
    try:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=300,
        )
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------- html rendering
def render_html(name, path):
    blocks = parse(name)
    title = next(v for k, v in blocks if k == "title")
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title[0])} – {html.escape(title[1])}</title>",
        "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
        "nav a{margin-right:1em}</style>",
        "</head>",
        "<body>",
        '<header><p class="logo">SWV PO Zuiderheide</p>',
        '<nav><a href="#">Home</a><a href="#">Basisondersteuning</a><a href="#">Toelaatbaarheid</a>'
        '<a href="#">Terugplaatsing</a><a href="#">Financiën</a><a href="#">Dekkend aanbod</a>'
        '<a href="#">Resultaten</a><a href="#">Ouders</a><a href="#">Contact</a></nav></header>',
        "<main>",
    ]
    ids = {}
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            n += 1
            ids[(kind, val)] = f"s{n}"
    in_list = False
    for kind, val in blocks:
        if kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            out.append(f"<h1>{html.escape(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{html.escape(line)}</p>')
        elif kind == "toc":
            out.append('<aside class="toc"><p><strong>Op deze pagina</strong></p><ul>')
            for lvl, text in toc_entries(blocks):
                out.append(f'<li><a href="#{ids[(lvl, text)]}">{html.escape(text)}</a></li>')
            out.append("</ul></aside>")
        elif kind == "h1":
            out.append(f'<h2 id="{ids[(kind, val)]}">{html.escape(val)}</h2>')
        elif kind == "h2":
            out.append(f'<h3 id="{ids[(kind, val)]}">{html.escape(val)}</h3>')
        elif kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(val)}</li>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out += [
        "</main>",
        '<footer><p>Download het ondersteuningsplan als pdf | Privacyverklaring | Cookies | '
        "Samenwerkingsverband PO Zuiderheide, Heideveld</p></footer>",
        "</body>",
        "</html>",
    ]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------- labels
CORE = [
    ("basisondersteuning", ["niveau", "inhoud"]),
    ("plaatsing", ["procedure", "criteria"]),
    ("terugstroom", ["procedure", "beleid"]),
    ("financien", ["verdeling", "besteding"]),
    ("dekkend-aanbod", ["continuum", "lacunes"]),
    ("resultaten", ["doelen", "monitoring"]),
    ("ouders", ["informatie", "steunpunt"]),
]

T, F = True, False

LABELS = {
    "po-vijfdijken": dict(
        documents=["po-vijfdijken.docx"],
        sector="po",
        crit={
            "basisondersteuning": (T, T), "plaatsing": (T, T), "terugstroom": (T, F),
            "financien": (T, T), "dekkend-aanbod": (T, T), "resultaten": (F, F), "ouders": (T, F),
        },
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "H4 defines the agreed minimum for all 58 schools/vestigingen and lists 12 standards in a table; 4.3 audit/kwaliteitskaart = borging.",
            "plaatsing": "H6 steps table (who applies, CvT, termijnen), criteria list sbo/so, two deskundigen, duration + bekostigingscategorie; bezwaar only in the begrippenlijst (does not count).",
            "terugstroom": "Procedure hidden in 6.4 inside the TLV chapter (1 maart evaluation, 1 april advies, 1 augustus overstap); beleid/voorwaarden/support explicitly deferred to a 2025-2026 notitie.",
            "financien": "H8: verdeelmodel table (EUR 165 per leerling + vaste voet), multi-year begroting 2025-2028 with amounts, reserve afbouw, verantwoording before 1 juni.",
            "dekkend-aanbod": "5.1 continuum table niveau 1-5; 5.2 lacunes analysis twice a year with concrete gaps and actions; 5.3 thuiszitters; 5.4 zorgplicht.",
            "resultaten": "Only a deferral in 10.1 (kwaliteitskader opgesteld in 2025-2026, addendum); no goals, no figures; 'Monitor passend onderwijs' only in begrippenlijst; audit of basisondersteuning is BO borging not results.",
            "ouders": "Informatie in H9 'Communicatie' (9.2 ouderpagina, folder in 5 languages, schoolgids, informatieavonden); independent support deferred (9.3 'in de loop van 2026'), OJSP/onderwijsconsulenten only in begrippenlijst.",
        },
    ),
    "vo-kempenrand": dict(
        documents=["vo-kempenrand.docx", "vo-kempenrand.pdf"],
        sector="vo",
        crit={
            "basisondersteuning": (T, F), "plaatsing": (T, F), "terugstroom": (F, F),
            "financien": (T, T), "dekkend-aanbod": (T, T), "resultaten": (T, T), "ouders": (T, T),
        },
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "BASISONDERSTEUNING gives the level (minimum for all schools/vestigingen, set by ALV) but the content is only in the absent 'bijlage 2' Kwaliteitskaart; continuum row 1 also refers to it.",
            "plaatsing": "Procedure for vso (digital loket, CTT, two deskundigen, 6 weeks) and lwoo/pro (1 april / 1 juni) is given; the vso toetsingskader/criteria are referred to the website, no lwoo/pro criteria stated.",
            "terugstroom": "Nothing on return from vso to vo; near-misses only: Rebound 'keert terug naar de eigen klas' (pupil stays enrolled in regular school), uitstroom to mbo, TLV end date, 'Terugplaatsing' in begrippenlijst.",
            "financien": "Under 'GELD EN MIDDELEN': verdeelsleutel table (EUR 92 per leerling + vaste voet, lwoo/pro doorbetaling, maatwerkbudget) and meerjarenbegroting 2025-2028; reserves and verantwoording before 1 mei.",
            "dekkend-aanbod": "Continuum table niveau 1-4 (trajectvoorziening, Rebound, ISK, vso/pro/OZA); Doorbraakoverleg for thuiszitters, 2024 analysis with gaps and actions, zorgplicht.",
            "resultaten": "RESULTATEN EN KWALITEITSZORG: 8 indicators with nulmeting and streefwaarde; half-yearly monitor, jaarverslag, verbeterplan, tussenevaluatie 2027.",
            "ouders": "LEERLINGEN EN OUDERS: website, brochure, schoolgids, informatieavond; independent Steunpunt Kempenrand (OJSP), onderwijsconsulenten, klachtenregeling.",
        },
    ),
    "po-hollandsveen": dict(
        documents=["po-hollandsveen.pdf"],
        sector="po",
        crit={
            "basisondersteuning": (T, T), "plaatsing": (F, F), "terugstroom": (T, T),
            "financien": (F, F), "dekkend-aanbod": (T, F), "resultaten": (T, F), "ouders": (T, T),
        },
        advisory={
            "basisondersteuning": ["borging"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "'Wat elke school biedt': minimum on every school/locatie plus a domain table of concrete provisions; audit twice per planperiode.",
            "plaatsing": "Procedure, criteria and commissie only referred to the separate 'Reglement Toelaatbaarheid (versie 2024)' on the website; CvT/deskundigen and TLV duration appear only in the afkortingenlijst.",
            "terugstroom": "'Terug naar de basisschool' inside the sbo/so chapter: uitgangspunt and voorwaarden, yearly January OPP evaluation, melding before 1 maart, overdrachtsoverleg, decision, terugplaatsingsarrangement with AB hours and evaluations.",
            "financien": "'Financieel beleid' only says the budget is adopted yearly and that verdeling and meerjarenbegroting are in the separate begroting/financieel kader; title page 'met financieel kader' and verdeelmodel in the afkortingenlijst are traps.",
            "dekkend-aanbod": "Continuum table stap 1-5 (advies, arrangement, bovenschoolse groepen, sbo, so); gaps/thuiszitters only deferred (witte-vlekkenanalyse 2026-2027, thuiszittersprotocol to be written).",
            "resultaten": "Doelen table with indicators and streefwaarden 2029; how they are measured/reported is deferred to the jaarplan 2025-2026.",
            "ouders": "'Ouders als partner': ouderpagina, brochure Wegwijzer, schoolgids, ouderlijn; independent Ouder- en Jeugdsteunpunt at MEE, onderwijsconsulenten, Geschillencommissie.",
        },
    ),
    "vo-oostvaart": dict(
        documents=["vo-oostvaart.pdf"],
        sector="vo",
        crit={
            "basisondersteuning": (T, T), "plaatsing": (F, T), "terugstroom": (F, T),
            "financien": (T, F), "dekkend-aanbod": (T, T), "resultaten": (T, T), "ouders": (F, F),
        },
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["duur-categorie"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
        },
        notes={
            "basisondersteuning": "Hoofdstuk 4: ten standards for every vestiging in a table, minimum set by AB; zelfevaluatie and visitatie.",
            "plaatsing": "Hoofdstuk 6 criteria table (vso cluster 3/4, pro, lwoo) and TLV duration/category; the aanvraagprocedure, termijnen and commissie are only referred to the 'Routekaart Toelaatbaarheid' on the website.",
            "terugstroom": "Hoofdstuk 7 gives policy (aim, three conditions, overstaparrangement, return to vso possible); the stappenplan is deferred to 2025-2026.",
            "financien": "Hoofdstuk 10 'Geld': verdeelsleutel table (EUR 110 per leerling + vaste voet, lwoo/pro 95% normbedrag, maatwerkbudget); meerjarenbegroting is p.m. in every cell and 'wordt toegevoegd'.",
            "dekkend-aanbod": "Hoofdstuk 5: continuum table, Doorbraakteam with terms, yearly Monitor Dekkend Aanbod with two named gaps and actions.",
            "resultaten": "Hoofdstuk 9: indicator table with nulmeting and doel; quarterly dashboard, jaarverslag per indicator, bijsturing, tussenevaluatie 2027.",
            "ouders": "Only 'En de ouders?' in Hoofdstuk 8, which defers (communicatiestrategie 2026, OJSP 'uitwerking volgt'); OPR described without parents; OJSP, onderwijsconsulenten and Ouderinformatiepunt only in the begrippenlijst.",
        },
    ),
    "po-zuiderheide": dict(
        documents=["po-zuiderheide.html"],
        sector="po",
        crit={
            "basisondersteuning": (F, F), "plaatsing": (T, T), "terugstroom": (T, T),
            "financien": (F, T), "dekkend-aanbod": (F, F), "resultaten": (T, T), "ouders": (F, T),
        },
        advisory={
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "'Wat mag u van iedere school verwachten?' only defers (niveau in 2026 after landelijke norm) and refers to the old 2021-2025 plan; the content example is only in 'Begrippen'; nav menu link is a trap.",
            "plaatsing": "'Wanneer kan een kind naar het sbo of so?': who applies, 5-step table with termijnen, spoed, criteria sbo/so, duration + category, bezwaar via LBT.",
            "terugstroom": "'Hoe keert een kind terug naar de basisschool?': policy + terugplaatsingsarrangement, steps table with dates and responsibilities, new TLV when not feasible.",
            "financien": "'Hoe wordt het geld besteed?': begroting 2025-2028 with amounts and reserves; the verdeelmodel is being revised and will be published on the website (nothing on criteria).",
            "dekkend-aanbod": "'Hoe zorgen wij voor een dekkend aanbod?' only defers to a 2025-2026 regional analysis; no continuum or thuiszitters approach in the body; 'Dekkend aanbod' and 'Thuiszitter' only in Begrippen and the legal summary.",
            "resultaten": "'Doen wij wat wij beloven?': goals table with streefwaarden and baseline, half-yearly rapportage, jaarverslag per doel, bijsturing.",
            "ouders": "How parents are informed is deferred ('informatieplan ... voorjaar 2026'); independent Steunpunt Ouders Zuiderheide, onderwijsconsulenten and klachtencommissie are described.",
        },
    ),
}

NOT_A_PLAN = {
    "np-inspectierapport-swv": dict(
        documents=["np-inspectierapport-swv.docx"],
        sector="po",
        note="Rapport van bevindingen of the Inspectie van het Onderwijs about SWV PO Dommeldal: it judges the "
             "verband and its ondersteuningsplan 2022-2026 (oordelen, herstelopdracht, reactie bestuur) and uses all "
             "element vocabulary, but it is not itself an ondersteuningsplan.",
    ),
}


def status(pair):
    a, b = pair
    if a and b:
        return "present"
    return "partial" if (a or b) else "missing"


def label_yaml(lab):
    lines = []
    lines.append("documents: [" + ", ".join(lab["documents"]) + "]")
    lines.append(f"sector: {lab['sector']}")
    lines.append("looks_like_plan: true")
    els = []
    for el, _ in CORE:
        st = status(lab["crit"][el])
        # an element with only advisory hits would be partial; none of ours is in that situation
        if st == "missing" and lab["advisory"].get(el):
            st = "partial"
        els.append(f"{el}: {st}")
    lines.append("elements: {" + ", ".join(els) + "}")
    lines.append("criteria:")
    for el, crits in CORE:
        for c, v in zip(crits, lab["crit"][el]):
            lines.append(f"  {el}.{c}: {'true' if v else 'false'}")
    lines.append("advisory_addressed:")
    for el, _ in CORE:
        if lab["advisory"].get(el):
            lines.append(f"  {el}: [" + ", ".join(lab["advisory"][el]) + "]")
    lines.append("notes:")
    for el, _ in CORE:
        lines.append(f"  {el}: " + yaml.safe_dump(lab["notes"][el], allow_unicode=True, width=10000,
                                                   default_style='"').strip().replace("\n...", ""))
    return "\n".join(lines) + "\n"


def np_yaml(lab):
    return (
        "documents: [" + ", ".join(lab["documents"]) + "]\n"
        f"sector: {lab['sector']}\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "advisory_addressed: {}\n"
        "notes:\n"
        "  document: " + yaml.safe_dump(lab["note"], allow_unicode=True, width=10000, default_style='"').strip() + "\n"
    )


# ----------------------------------------------------------------------------- main
def main():
    os.chdir(OUT)
    tmpdir = tempfile.mkdtemp(prefix="holdout20_docx_")
    try:
        # Word documents
        render_docx("po-vijfdijken", os.path.join(OUT, "po-vijfdijken.docx"))
        render_docx("vo-kempenrand", os.path.join(OUT, "vo-kempenrand.docx"))
        render_docx("np-inspectierapport-swv", os.path.join(OUT, "np-inspectierapport-swv.docx"))
        # PDFs rendered from Word with LibreOffice
        docx_to_pdf(os.path.join(OUT, "vo-kempenrand.docx"), os.path.join(OUT, "vo-kempenrand.pdf"))
        for name in ("po-hollandsveen", "vo-oostvaart"):
            tmp_docx = os.path.join(tmpdir, name + ".docx")
            render_docx(name, tmp_docx)
            docx_to_pdf(tmp_docx, os.path.join(OUT, name + ".pdf"))
        # HTML web version
        render_html("po-zuiderheide", os.path.join(OUT, "po-zuiderheide.html"))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for name, lab in LABELS.items():
        with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
            fh.write(label_yaml(lab))
    for name, lab in NOT_A_PLAN.items():
        with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
            fh.write(np_yaml(lab))
    print("written to", OUT)


if __name__ == "__main__":
    sys.exit(main())
