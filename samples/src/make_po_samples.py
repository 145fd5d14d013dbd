#!/usr/bin/env python3
"""Generate the labelled PO sample documents in samples/ (po-* and np-po-*).

Re-runnable: every output is overwritten.  Requires python-docx, PyYAML-free
(labels are written as plain text), LibreOffice (``libreoffice --headless``)
for the PDF renderings and poppler-utils (``pdftotext``) to fill in the page
numbers of the tables of contents (two passes: render, look up on which page
each heading landed, render again).

All organisations, places and people in these samples are fictional.

Usage:  python3 samples/src/make_po_samples.py [--no-pdf]
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SAMPLES = Path(__file__).resolve().parent.parent
NO_PDF = "--no-pdf" in sys.argv


# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------

def eur(x: float) -> str:
    """Dutch notation of a whole amount: 1234567 -> '1.234.567'."""
    return f"{int(round(x)):,}".replace(",", ".")


def write_text(name: str, text: str) -> Path:
    path = SAMPLES / name
    path.write_text(text, encoding="utf-8")
    return path


def write_labels(slug: str, documents: list[str], looks_like_plan: bool,
                 elements: dict | None = None, criteria: dict | None = None,
                 notes: dict | None = None, description: str = "") -> None:
    """Write samples/<slug>.expected.yaml and check status/criteria consistency."""
    core = {
        "basisondersteuning": ["niveau", "inhoud"],
        "plaatsing": ["procedure", "criteria"],
        "terugstroom": ["procedure", "beleid"],
        "financien": ["verdeling", "besteding"],
        "dekkend-aanbod": ["continuum", "lacunes"],
        "resultaten": ["doelen", "monitoring"],
        "ouders": ["informatie", "steunpunt"],
    }
    lines = []
    if description:
        lines.append(f"# {description}")
    lines.append("documents: [" + ", ".join(documents) + "]")
    lines.append("sector: po")
    lines.append(f"looks_like_plan: {'true' if looks_like_plan else 'false'}")
    if looks_like_plan:
        assert elements is not None and criteria is not None
        assert set(elements) == set(core), slug
        lines.append("elements:")
        for el in core:
            lines.append(f"  {el}: {elements[el]}")
        lines.append("criteria:")
        for el, crits in core.items():
            vals = [criteria[f"{el}.{c}"] for c in crits]
            for c, v in zip(crits, vals):
                lines.append(f"  {el}.{c}: {'true' if v else 'false'}")
            # consistency with the Part A status rule
            st = elements[el]
            if all(vals):
                assert st == "present", (slug, el, st)
            elif any(vals):
                assert st == "partial", (slug, el, st)
            else:
                assert st in ("partial", "missing"), (slug, el, st)
                if st == "partial":
                    assert notes and el in notes and "advisory" in notes[el], (slug, el)
        assert len(criteria) == 14, slug
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    if notes:
        lines.append("notes:")
        for k, v in notes.items():
            v = v.replace('"', "'")
            lines.append(f'  {k}: "{v}"')
    write_text(f"{slug}.expected.yaml", "\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------
# DOCX builder (tiny block language)
# --------------------------------------------------------------------------------------
# blocks:
#   ("title", [(text, size_pt, bold), ...])   centred title-page lines
#   ("pagebreak",)
#   ("toc", caption, kind)        kind "styled" (TOC styles, dot leaders) or "plain"
#   ("h1"|"h2"|"h3", text)        headings (Word styles or manual bold, see spec)
#   ("p", text)                   paragraph; **bold** inline markup allowed
#   ("ul", [items])               bulleted list
#   ("table", header, rows, {"widths": [...], "bold_rows": [...]})
#   ("cols", n)                   continuous section break, n text columns
#   ("small", text)               small italic paragraph (source notes)

def _add_field(run, instr: str) -> None:
    for kind, text in (("begin", None), (None, instr), ("separate", None), ("end", None)):
        if kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        if kind == "separate":
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


def _add_runs(par, text: str, size: float | None = None, italic: bool = False) -> None:
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        bold = part.startswith("**") and part.endswith("**")
        run = par.add_run(part[2:-2] if bold else part)
        run.bold = bold or None
        if italic:
            run.italic = True
        if size:
            run.font.size = Pt(size)


def _set_cell_shading(cell, hex_fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _set_columns(section, n: int) -> None:
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")
    sectPr.append(cols)


def _header_footer(section, header: str | None, footer: str | None, first_diff: bool) -> None:
    section.different_first_page_header_footer = first_diff
    if header:
        hp = section.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header)
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer is not None:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        if footer:
            r = fp.add_run(footer + "   ")
            r.font.size = Pt(8.5)
        r = fp.add_run("pagina ")
        r.font.size = Pt(8.5)
        r2 = fp.add_run()
        r2.font.size = Pt(8.5)
        _add_field(r2, "PAGE")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading_entries(blocks, levels=("h1", "h2")) -> list[tuple[str, str]]:
    return [(b[0], b[1]) for b in blocks if b[0] in levels and not (len(b) > 2 and b[2] == "notoc")]


def build_docx(spec: dict, pages: dict[str, int] | None, out: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(spec.get("font_size", 10.5))
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    _header_footer(sec, spec.get("header"), spec.get("footer"), spec.get("first_page_different", True))
    manual = spec.get("heading_mode") == "manual"
    for lvl in (1, 2):
        name = f"toc {lvl}"
        if name not in [s.name for s in doc.styles]:
            s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = doc.styles["Normal"]
            s.paragraph_format.left_indent = Cm(0 if lvl == 1 else 0.6)
            s.paragraph_format.space_after = Pt(1)
            s.font.size = Pt(10)
            s.paragraph_format.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            s.font.bold = lvl == 1
    blocks = spec["blocks"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for text, size, bold in b[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(size * 0.8)
                r = p.add_run(text)
                r.font.size = Pt(size)
                r.bold = bold
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            caption, style = b[1], b[2]
            levels = b[3] if len(b) > 3 else ("h1", "h2")
            if style == "styled":
                doc.add_paragraph(caption, style="TOC Heading")
            else:
                p = doc.add_paragraph()
                r = p.add_run(caption)
                r.bold = True
                r.font.size = Pt(15)
            for lvl, text in heading_entries(blocks, levels):
                num = str(pages.get(text, 0)) if pages else "0"
                if style == "styled":
                    doc.add_paragraph(f"{text}\t{num}", style="toc 1" if lvl == "h1" else "toc 2")
                else:
                    p = doc.add_paragraph(f"{text}  –  {num}")
                    p.paragraph_format.space_after = Pt(1)
        elif kind in ("h1", "h2", "h3"):
            text = b[1]
            if manual:
                size = {"h1": 15, "h2": 12.5, "h3": 11}[kind]
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(14 if kind == "h1" else 9)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt(size)
                if kind == "h1":
                    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            else:
                doc.add_heading(text, level=int(kind[1]))
        elif kind == "p":
            p = doc.add_paragraph()
            _add_runs(p, b[1])
        elif kind == "small":
            p = doc.add_paragraph()
            _add_runs(p, b[1], size=8.5, italic=True)
        elif kind == "ul":
            for item in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                _add_runs(p, item)
        elif kind == "table":
            header, rows = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            t = doc.add_table(rows=1, cols=len(header))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]
                c.text = ""
                r = c.paragraphs[0].add_run(h)
                r.bold = True
                r.font.size = Pt(9)
                _set_cell_shading(c, opts.get("fill", "D9E2F3"))
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for i, val in enumerate(row):
                    cells[i].text = ""
                    par = cells[i].paragraphs[0]
                    r = par.add_run(str(val))
                    r.font.size = Pt(9)
                    if ri in opts.get("bold_rows", []):
                        r.bold = True
                    if i > 0 and opts.get("numeric"):
                        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if "widths" in opts:
                t.autofit = False
                for i, w in enumerate(opts["widths"]):
                    t.columns[i].width = Cm(w)
                for row in t.rows:
                    for i, w in enumerate(opts["widths"]):
                        row.cells[i].width = Cm(w)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "cols":
            new = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_columns(new, b[1])
        else:
            raise ValueError(kind)
    doc.core_properties.title = spec.get("title", "")
    doc.core_properties.author = spec.get("author", "")
    doc.save(out)


def render_pdf(docx_path: Path, outdir: Path) -> Path:
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir),
                    str(docx_path)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return outdir / (docx_path.stem + ".pdf")


def pdf_pages(pdf: Path) -> list[str]:
    txt = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    return txt.split("\f")


def find_heading_pages(pdf: Path, headings: list[str], start_page: int) -> dict[str, int]:
    pages = pdf_pages(pdf)
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    found = {}
    for h in headings:
        for i in range(start_page, len(pages)):
            lines = [norm(x) for x in pages[i].splitlines()]
            if norm(h) in lines:
                found[h] = i + 1
                break
        else:
            print(f"  warning: heading not found in PDF: {h!r}")
    return found


def make_docx_and_pdf(slug: str, spec: dict, keep_docx: bool = True, keep_pdf: bool = True) -> None:
    """Build <slug>.docx (and .pdf) with correct TOC page numbers."""
    has_toc = any(b[0] == "toc" for b in spec["blocks"])
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        docx_path = tmp / f"{slug}.docx"
        pages = None
        if has_toc and not NO_PDF:
            build_docx(spec, None, docx_path)
            pdf = render_pdf(docx_path, tmp)
            toc_block = next(b for b in spec["blocks"] if b[0] == "toc")
            levels = toc_block[3] if len(toc_block) > 3 else ("h1", "h2")
            heads = [t for _, t in heading_entries(spec["blocks"], levels)]
            toc_page = next(i for i, p in enumerate(pdf_pages(pdf)) if toc_block[1] in p)
            pages = find_heading_pages(pdf, heads, toc_page + 1)
        build_docx(spec, pages, docx_path)
        if keep_docx:
            shutil.copy(docx_path, SAMPLES / f"{slug}.docx")
        if keep_pdf and not NO_PDF:
            pdf = render_pdf(docx_path, tmp)
            shutil.copy(pdf, SAMPLES / f"{slug}.pdf")


# ======================================================================================
# 1. po-formeel — full formal plan, all seven elements present
# ======================================================================================

def spec_formeel() -> dict:
    swv = "Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Oost"
    # meerjarenbegroting, x EUR 1.000
    years = ["2026", "2027", "2028", "2029"]
    pupils = [11840, 11650, 11480, 11330]
    per_ll = 245
    baten = {
        "Rijksbijdrage zware ondersteuning": [6630, 6540, 6450, 6380],
        "Rijksbijdrage lichte ondersteuning": [1895, 1870, 1845, 1820],
        "Overige baten (o.a. subsidie gemeenten observatiegroep)": [120, 100, 100, 100],
    }
    lasten = {
        "Afdrachten so via DUO (cluster 3 en 4)": [2940, 2910, 2890, 2870],
        "Overdrachtsverplichting sbo (groeiregeling)": [610, 600, 590, 585],
        f"Schoolbudgetten (€ {per_ll} per leerling)": [round(n * per_ll / 1000) for n in pupils],
        "Arrangementen (individueel en groep)": [1280, 1250, 1220, 1200],
        "Bovenschoolse voorzieningen (observatiegroep, plusklas)": [520, 520, 520, 520],
        "Ouder- en jeugdsteunpunt": [95, 95, 95, 95],
        "Bureau, deskundigen TLV en bestuur SWV": [560, 570, 580, 590],
    }
    tb = [sum(v[i] for v in baten.values()) for i in range(4)]
    tl = [sum(v[i] for v in lasten.values()) for i in range(4)]
    res = [tb[i] - tl[i] for i in range(4)]
    reserve_start = 2150
    reserve_end = reserve_start + sum(res)
    rows = []
    rows.append(["Baten", "", "", "", ""])
    for k, v in baten.items():
        rows.append([k] + [eur(x) for x in v])
    rows.append(["Totaal baten"] + [eur(x) for x in tb])
    rows.append(["Lasten", "", "", "", ""])
    for k, v in lasten.items():
        rows.append([k] + [eur(x) for x in v])
    rows.append(["Totaal lasten"] + [eur(x) for x in tl])
    rows.append(["Exploitatieresultaat"] + [("-" if x < 0 else "") + eur(abs(x)) for x in res])
    bold_rows = [0, 4, 5, len(rows) - 2, len(rows) - 1]

    B = []
    B += [("title", [
        ("Ondersteuningsplan 2026-2030", 24, True),
        (swv, 15, False),
        ("SWV PO 28-05", 13, False),
        ("", 12, False),
        ("Planperiode 1 augustus 2026 tot en met 31 juli 2030", 11, False),
        ("Vastgesteld door het algemeen bestuur op 24 maart 2026", 11, False),
        ("Instemming ondersteuningsplanraad: 10 maart 2026", 11, False),
        ("Op overeenstemming gericht overleg met de gemeenten Maasterlo, Ommerveld, Zandhove en "
         "Elsterdam: 3 maart 2026", 11, False),
        ("", 12, False),
        ("Postbus 2140, 6950 AC Maasterlo", 9, False),
        ("info@swv-rivierenlandoost.example  ·  www.swv-rivierenlandoost.example", 9, False),
    ]), ("pagebreak",), ("toc", "Inhoudsopgave", "styled"), ("pagebreak",)]

    B += [("h1", "1 Inleiding"),
          ("h2", "1.1 Doel en status van dit plan"),
          ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Passend Primair "
                "Onderwijs Rivierenland-Oost. In dit plan leggen de aangesloten schoolbesturen vast hoe zij "
                "de komende vier schooljaren samen zorgen voor een samenhangend geheel van "
                "ondersteuningsvoorzieningen binnen en tussen de scholen, zodat ieder kind een ononderbroken "
                "ontwikkeling kan doormaken en kinderen die extra ondersteuning nodig hebben een zo passend "
                "mogelijke plek in het onderwijs krijgen."),
          ("p", "Het plan is richtinggevend voor het jaarplan en de jaarbegroting van het samenwerkingsverband "
                "en voor de schoolondersteuningsprofielen van de scholen. Jaarlijks evalueren wij de uitvoering "
                "in het jaarverslag; wijzigingen van dit plan leggen wij opnieuw ter instemming voor aan de "
                "ondersteuningsplanraad (OPR)."),
          ("h2", "1.2 Wettelijk kader"),
          ("p", "Dit plan voldoet aan artikel 18a, achtste lid, van de Wet op het primair onderwijs (WPO). "
                "Het beschrijft in elk geval de basisondersteuning op alle vestigingen, de procedure en criteria "
                "voor de verdeling en besteding van de middelen bezien in het licht van een meerjarenbegroting, "
                "de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, de terugplaatsing "
                "en overplaatsing naar het basisonderwijs, de beoogde en bereikte resultaten en de informatie aan "
                "ouders. De hoofdstukken 4 tot en met 10 volgen deze onderwerpen."),
          ("h2", "1.3 Totstandkoming"),
          ("p", "Het plan is in 2025 voorbereid in vier werkgroepen waarin directeuren, intern begeleiders, "
                "leraren, ouders uit de OPR en beleidsmedewerkers van de gemeenten zaten. Het concept is op "
                "3 februari 2026 besproken met de vijf schoolbesturen van het samenwerkingsverband voortgezet "
                "onderwijs VO 28-04, omdat een deel van onze leerlingen daar na groep 8 naartoe uitstroomt. "
                "Het op overeenstemming gericht overleg (OOGO) met de vier gemeenten is op 3 maart 2026 "
                "afgerond; de OPR stemde op 10 maart 2026 in. Het plan is vóór 1 mei 2026 aan de inspectie "
                "toegezonden."),
          ]
    B += [("h1", "2 Het samenwerkingsverband in cijfers"),
          ("p", "Bij het samenwerkingsverband zijn veertien schoolbesturen aangesloten met samen 52 "
                "basisscholen (57 vestigingen), twee scholen voor speciaal basisonderwijs (De Wissel en Het "
                "Baken) en drie locaties voor speciaal onderwijs in cluster 3 en 4. Op de teldatum 1 oktober "
                "2025 telde het basisonderwijs in ons gebied 11.840 leerlingen."),
          ("table", ["Kengetal (teldatum 1 oktober 2025)", "Rivierenland-Oost", "Landelijk"],
           [["Leerlingen basisonderwijs", "11.840", "–"],
            ["Leerlingen sbo", "224", "–"],
            ["Deelnamepercentage sbo", "1,86%", "1,99%"],
            ["Leerlingen so (cluster 3 en 4, incl. buiten de regio)", "193", "–"],
            ["Deelnamepercentage so", "1,60%", "1,72%"],
            ["Thuiszitters (langer dan 4 weken, peildatum 1 juni 2025)", "9", "–"]],
           {"widths": [9.0, 3.9, 3.2]}),
          ("p", "Het leerlingaantal daalt naar verwachting tot 11.330 in 2029. Die daling raakt vooral de "
                "kleine dorpsscholen in Ommerveld en Zandhove; de gemeenten houden bij hun beleid voor "
                "onderwijshuisvesting rekening met dit teruglopend leerlingaantal."),
          ]
    B += [("h1", "3 Visie en ambities"),
          ("p", "Wij willen dat ieder kind in Rivierenland-Oost zo thuisnabij mogelijk onderwijs volgt dat "
                "past bij wat het nodig heeft. Leraren moeten zich daarbij gesteund voelen door intern "
                "begeleiders, collega-scholen en het samenwerkingsverband. Onze vier ambities voor deze "
                "planperiode zijn: (1) de basisondersteuning op iedere school aantoonbaar op orde; (2) snelle, "
                "ontschotte hulp zonder wachttijd; (3) geen kind langer dan vier weken thuis zonder passend "
                "aanbod; (4) heldere en eerlijke verdeling van het geld. De concrete doelen per ambitie staan "
                "in hoofdstuk 9."),
          ]
    B += [("h1", "4 Basisondersteuning"),
          ("h2", "4.1 Niveau van basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die iedere school van het samenwerkingsverband, op "
                "elke vestiging, zelf biedt zonder aanvraag bij het samenwerkingsverband. De schoolbesturen "
                "hebben het niveau in 2025 gezamenlijk opnieuw vastgesteld. Het niveau bestaat uit de "
                "basiskwaliteit zoals de inspectie die beoordeelt, aangevuld met de tien standaarden in "
                "paragraaf 4.2. Iedere vestiging voldoet uiterlijk op 1 augustus 2027 aan alle standaarden; "
                "een school mag meer bieden, maar nooit minder."),
          ("p", "Wat de school binnen de basisondersteuning niet kan bieden, valt onder extra ondersteuning "
                "(hoofdstuk 5). De grens ligt daar waar een leerling, na twee cycli handelingsgericht werken "
                "met inzet van de interventies hieronder, onvoldoende tot ontwikkeling komt en een "
                "ontwikkelingsperspectief (OPP) nodig is."),
          ("h2", "4.2 Wat ouders van iedere school mogen verwachten"),
          ("ul", ["**Ondersteuningsstructuur:** iedere vestiging heeft een intern begeleider met ten minste "
                  "0,1 fte per 100 leerlingen en een vast ondersteuningsteam dat minimaal zes keer per jaar "
                  "bijeenkomt, waarin ook de schoolmaatschappelijk werker en de jeugdverpleegkundige zitten.",
                  "**Handelingsgericht werken:** de school volgt alle leerlingen met een leerlingvolgsysteem, "
                  "houdt drie keer per jaar groeps- en leerlingbesprekingen en werkt met groepsplannen of "
                  "groepsoverzichten.",
                  "**Dyslexie en dyscalculie:** de school werkt volgens het Protocol Leesproblemen en Dyslexie "
                  "en het Protocol ERWD, signaleert vanaf groep 2 en biedt begeleiding en compenserende "
                  "middelen zoals voorleessoftware.",
                  "**Sociale veiligheid en gedrag:** de school gebruikt een erkend programma voor sociaal-"
                  "emotionele ontwikkeling, monitort jaarlijks de veiligheidsbeleving en heeft een "
                  "gedragsprotocol en een anti-pestcoördinator.",
                  "**Meer- en hoogbegaafdheid:** signalering met een vast instrument, compacten en verrijken "
                  "in de eigen groep.",
                  "**Taal en NT2:** extra taalaanbod voor leerlingen met een taalachterstand en voor "
                  "nieuwkomers die na de nieuwkomersklas instromen.",
                  "**Medische handelingen en fysieke toegankelijkheid:** een protocol medisch handelen; "
                  "de school zorgt in overleg met het bestuur voor aanpassingen in het gebouw.",
                  "**Preventieve ambulante begeleiding:** de school kan kortdurend (maximaal tien weken) "
                  "advies van een ambulant begeleider van het so inroepen zonder aanvraag.",
                  "**Samenwerking met ouders:** ouders worden vanaf het eerste signaal betrokken en zijn "
                  "gesprekspartner bij ieder ondersteuningsteam-overleg.",
                  "**Overdracht:** een warme overdracht van voorschool naar groep 1 en van groep 8 naar het "
                  "voortgezet onderwijs."]),
          ("h2", "4.3 Borging"),
          ("p", "Iedere school legt in haar schoolondersteuningsprofiel (SOP), vanaf 2027 in de schoolgids, "
                "vast hoe zij de standaarden invult. Het samenwerkingsverband voert elk jaar met ieder bestuur "
                "een auditgesprek aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een vestiging "
                "niet, dan maakt het bestuur binnen drie maanden een verbeterplan; de onderwijsadviseur van het "
                "samenwerkingsverband begeleidt de uitvoering en toetst na één jaar opnieuw."),
          ]
    B += [("h1", "5 Extra ondersteuning en dekkend aanbod"),
          ("h2", "5.1 Ondersteuningsroute"),
          ("p", "Als de basisondersteuning niet toereikend is, bespreekt de intern begeleider de leerling in "
                "het ondersteuningsteam van de school, met ouders en de onderwijsadviseur van het "
                "samenwerkingsverband. Het ondersteuningsteam stelt vast welke ondersteuningsbehoefte er is en "
                "welk arrangement daarbij past. Voor arrangementen tot € 6.000 per schooljaar beslist de "
                "onderwijsadviseur binnen tien werkdagen; grotere of groepsarrangementen legt hij voor aan de "
                "Commissie Arrangeren."),
          ("h2", "5.2 Het ondersteuningscontinuüm"),
          ("p", "Ons aanbod is opgebouwd van licht naar zwaar: basisondersteuning op iedere school; extra "
                "ondersteuning via individuele arrangementen (bijvoorbeeld inzet van een gedragsspecialist of "
                "een onderwijsassistent voor een afgesproken periode) en groepsarrangementen; bovenschoolse "
                "voorzieningen zoals de observatiegroep De Brug (acht plaatsen, maximaal twaalf weken), de "
                "plusklas voor hoogbegaafde leerlingen op drie locaties en de nieuwkomersklas in Maasterlo; het "
                "speciaal basisonderwijs; en het speciaal onderwijs in cluster 3 en 4. Onderwijs-"
                "zorgarrangementen, waarin onderwijs en jeugdhulp samen worden ingezet, maken we met de "
                "gemeenten op maat."),
          ("h2", "5.3 Dekkend aanbod, thuiszitters en zorgplicht"),
          ("p", "De besturen dragen samen de zorgplicht. Kan de school van aanmelding geen passend aanbod "
                "doen, dan zoekt zij binnen zes weken (eenmaal te verlengen met vier weken) met hulp van het "
                "samenwerkingsverband een andere school die dat wel kan. Wij brengen ieder voorjaar in kaart "
                "waar het aanbod niet dekkend is: wachtlijsten, leerlingen die buiten de regio naar school gaan, "
                "verzuim en thuiszitters. In 2025 bleek er geen passend aanbod voor jonge kinderen met een "
                "combinatie van een ontwikkelingsachterstand en ernstige gedragsproblemen; daarom start in "
                "augustus 2026 een onderwijs-zorggroep op sbo De Wissel."),
          ("p", "Iedere leerling die langer dan vier weken thuiszit, wordt besproken aan de thuiszitterstafel "
                "met leerplicht, gemeente en school. De directeur-bestuurder heeft doorzettingsmacht: als "
                "partijen het binnen twee weken niet eens worden, wijst zij een school aan die een "
                "(tijdelijk) aanbod doet."),
          ("h2", "5.4 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Met de gemeenten Maasterlo, Ommerveld, Zandhove en Elsterdam voeren wij tweemaal per jaar "
                "OOGO. Afgesproken thema's zijn: jeugdhulp op school (een vaste jeugdhulpverlener per cluster "
                "van scholen), thuiszitters, leerlingenvervoer en de aansluiting van de lokale teams op de "
                "ondersteuningsteams. Wat niet dekkend is, komt op de agenda van dit overleg."),
          ]
    B += [("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 Aanvraag en procedure"),
          ("p", "Alleen het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal "
                "basisonderwijs of het speciaal onderwijs (cluster 3 en 4). De procedure verloopt als volgt:"),
          ("ul", ["**Stap 1 – voorbereiding:** het ondersteuningsteam van de school concludeert, met ouders, "
                  "dat de leerling is aangewezen op sbo of so. De school vult het groeidocument aan met het "
                  "OPP, de evaluatie van de ingezette ondersteuning en de zienswijze van ouders.",
                  "**Stap 2 – aanvraag:** het bevoegd gezag van de school waar de leerling staat ingeschreven "
                  "(of, bij een nieuwe leerling, de school van aanmelding) dient de aanvraag digitaal in bij de "
                  "Commissie van Toelaatbaarheid (CvT).",
                  "**Stap 3 – deskundigenadvies:** twee deskundigen geven ieder een eigen schriftelijk advies "
                  "(zie 6.3).",
                  "**Stap 4 – besluit:** de CvT besluit namens het bestuur binnen zes weken na ontvangst van "
                  "een volledige aanvraag. Ouders en school ontvangen het besluit en een afschrift van beide "
                  "adviezen.",
                  "**Spoed:** bij acute onveiligheid kan de CvT binnen vijf werkdagen een tijdelijke TLV van "
                  "ten hoogste drie maanden afgeven."]),
          ("h2", "6.2 Criteria"),
          ("p", "Een leerling is **toelaatbaar tot het sbo** als (a) de basisondersteuning en ten minste één "
                "arrangement van extra ondersteuning zijn ingezet en geëvalueerd, (b) de leerling blijvend "
                "een intensieve, kleinschalige leeromgeving nodig heeft met een groep van circa vijftien "
                "leerlingen, en (c) het OPP laat zien dat de doelen in het regulier onderwijs ook met "
                "arrangement niet haalbaar zijn."),
          ("p", "Een leerling is **toelaatbaar tot het so** als daarnaast sprake is van een ernstige en "
                "langdurige beperking of stoornis (verstandelijke beperking, langdurige ziekte, lichamelijke "
                "beperking of ernstige gedrags- en psychiatrische problematiek) waardoor specialistische "
                "ondersteuning met een intensieve verbinding tussen onderwijs en zorg nodig is. Cluster 1 en 2 "
                "vallen buiten het samenwerkingsverband; daarvoor gelden de landelijke procedures van de "
                "instellingen."),
          ("h2", "6.3 Deskundigenadvies"),
          ("p", "De eerste deskundige is een orthopedagoog of psycholoog (NIP/NVO-geregistreerd). Afhankelijk "
                "van de vraag adviseert een tweede deskundige: een kinderpsychiater, maatschappelijk werker, "
                "arts, pedagoog of kinder- en jeugdpsycholoog. Beide deskundigen zijn niet betrokken geweest "
                "bij de voorbereiding van de aanvraag en adviseren afzonderlijk en schriftelijk."),
          ("h2", "6.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor "
                "het so geldt twee schooljaren, voor leerlingen met een ernstige meervoudige beperking tot het "
                "einde van de schoolloopbaan in het so. De TLV so vermeldt de bekostigingscategorie: laag "
                "(onder meer zeer moeilijk lerende kinderen en cluster 4), midden (lichamelijk gehandicapte "
                "kinderen) of hoog (meervoudig gehandicapte kinderen)."),
          ("h2", "6.5 Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de bekendmaking bezwaar maken tegen "
                "het besluit. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen (LBT); het bestuur beslist op het bezwaar na advies van die "
                "commissie. Daarna staat beroep open bij de rechtbank."),
          ]
    B += [("h1", "7 Terugplaatsing en overplaatsing"),
          ("h2", "7.1 Uitgangspunten"),
          ("p", "Plaatsing in het sbo of so is geen eindstation. Ons beleid is dat iedere leerling terugkeert "
                "naar een basisschool zodra hij daar met een haalbaar arrangement tot ontwikkeling kan komen, "
                "bij voorkeur een school dicht bij huis. Voorwaarden zijn dat het OPP laat zien dat de "
                "leerling de doelen in een grotere groep kan halen en dat de ontvangende school de benodigde "
                "ondersteuning kan bieden."),
          ("h2", "7.2 Procedure"),
          ("ul", ["Bij iedere jaarlijkse evaluatie van het OPP beoordeelt de commissie voor de begeleiding "
                  "van de sbo- of so-school of terugplaatsing aan de orde is.",
                  "Uiterlijk op 1 februari van het laatste jaar van de TLV bespreekt de sbo- of so-school met "
                  "ouders de mogelijkheden; de school neemt het initiatief.",
                  "Is terugplaatsing mogelijk, dan meldt de school de leerling in overleg met ouders aan bij "
                  "een basisschool; de onderwijsadviseur sluit aan bij het overdrachtsgesprek.",
                  "Is voortzetting nodig, dan vraagt de school vóór 1 april een nieuwe TLV aan; de CvT beslist "
                  "met dezelfde criteria als in hoofdstuk 6.",
                  "Overplaatsing van so naar sbo of tussen so-scholen verloopt volgens dezelfde stappen."]),
          ("h2", "7.3 Ondersteuning na terugkeer"),
          ("p", "Bij een terugplaatsing kent het samenwerkingsverband een terugplaatsingsarrangement toe van "
                "€ 4.500 voor het eerste jaar. De sbo- of so-school biedt daarnaast gedurende zes maanden "
                "ambulante begeleiding aan de leerkracht. Na drie en na zes maanden evalueren ouders, beide "
                "scholen en de onderwijsadviseur de plaatsing."),
          ("h2", "7.4 Monitoring"),
          ("p", "In 2024-2025 keerden 14 leerlingen vanuit het sbo en 3 vanuit het so terug naar het "
                "basisonderwijs. Wij registreren iedere terugplaatsing en volgen de leerlingen twee jaar; het "
                "jaarverslag rapporteert hierover."),
          ]
    B += [("h1", "8 Ouders"),
          ("h2", "8.1 Informatie aan ouders"),
          ("p", "Ouders vinden op de website van het samenwerkingsverband een ouderpagina met uitleg over "
                "basisondersteuning, arrangementen, de TLV-procedure en de terugplaatsing, en de "
                "schoolondersteuningsprofielen van alle scholen. Er is een ouderfolder in het Nederlands, "
                "Engels, Pools en Arabisch die iedere school bij de intake meegeeft. Twee keer per jaar "
                "organiseren wij een informatieavond voor ouders, en de schoolgids van iedere school verwijst "
                "naar onze ouderpagina."),
          ("h2", "8.2 Onafhankelijke ondersteuning (OJSP)"),
          ("p", "Sinds 1 januari 2026 heeft het samenwerkingsverband een ouder- en jeugdsteunpunt (OJSP), "
                "ondergebracht bij de stichting Ouderkracht Rivierenland en onafhankelijk van schoolbesturen. "
                "Ouders en kinderen kunnen er terecht met vragen, voor een luisterend oor of voor "
                "ondersteuning bij gesprekken met school; het steunpunt is bereikbaar per telefoon, e-mail en "
                "via een wekelijks inloopspreekuur. Komen ouders en school er samen niet uit, dan kunnen zij "
                "kosteloos de Onderwijsconsulenten inschakelen. Voor klachten over het samenwerkingsverband "
                "geldt onze klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen worden "
                "voorgelegd aan de Geschillencommissie passend onderwijs."),
          ("h2", "8.3 Betrokkenheid van ouders"),
          ("p", "Ouders zijn gelijkwaardig gesprekspartner bij het opstellen van het OPP; voor het "
                "handelingsdeel is hun instemming nodig. In de ondersteuningsplanraad hebben zes ouders "
                "zitting. Het OJSP bundelt signalen van ouders en bespreekt die twee keer per jaar met het "
                "bestuur."),
          ]
    B += [("h1", "9 Kwaliteitszorg en resultaten"),
          ("h2", "9.1 Bereikte resultaten 2022-2026"),
          ("p", "In de vorige planperiode daalde het deelnamepercentage so van 1,74% naar 1,60% en het "
                "deelnamepercentage sbo van 1,95% naar 1,86%. Het aantal thuiszitters daalde van 19 (juni "
                "2022) naar 9 (juni 2025). De gemiddelde doorlooptijd van een TLV-aanvraag bedroeg 31 "
                "kalenderdagen. 46 van de 57 vestigingen voldeden in 2025 aan alle standaarden van de "
                "basisondersteuning; ouders gaven het samenwerkingsverband gemiddeld een 7,4."),
          ("h2", "9.2 Beoogde resultaten 2026-2030"),
          ("table", ["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
           [["Basisondersteuning op orde", "vestigingen die aan alle standaarden voldoen", "46 van 57",
             "57 van 57 (vanaf 2027)"],
            ["Thuisnabij onderwijs", "deelnamepercentage sbo + so", "3,46%", "≤ 3,30%"],
            ["Snel de juiste hulp", "doorlooptijd TLV-aanvraag", "31 dagen", "≤ 28 dagen"],
            ["Niemand thuis", "thuiszitters > 4 weken (1 juni)", "9", "≤ 3"],
            ["Terug naar regulier", "terugplaatsingen per jaar", "17", "≥ 20"],
            ["Tevreden ouders", "rapportcijfer oudertevredenheid", "7,4", "≥ 7,8"]],
           {"widths": [3.8, 5.5, 3.0, 3.8]}),
          ("h2", "9.3 Monitoring en verantwoording"),
          ("p", "Wij werken met een kwaliteitscyclus (plan-do-check-act). Twee keer per jaar stellen wij een "
                "monitor op met de indicatoren hierboven, gebaseerd op de DUO-telling van 1 oktober, de "
                "registratie van de CvT, de thuiszittersregistratie van leerplicht en een jaarlijkse "
                "tevredenheidspeiling. De monitor wordt besproken met het bestuur, de raad van toezicht en de "
                "OPR. In het jaarverslag (vóór 1 juli) verantwoorden wij de bereikte resultaten en koppelen "
                "wij die aan de besteding: per voorziening rapporteren wij de kosten en de resultaten, zodat "
                "zichtbaar is wat bijvoorbeeld de € 520.000 voor bovenschoolse voorzieningen oplevert."),
          ]
    B += [("h1", "10 Financiën"),
          ("h2", "10.1 Inkomsten"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning, "
                "berekend over het aantal leerlingen op 1 oktober. Van de middelen zware ondersteuning houdt "
                "DUO de bekostiging van het so rechtstreeks in (afdrachten). Daarnaast draagt het "
                "samenwerkingsverband bij aan de groeibekostiging van het sbo boven de 2%-grens; de peildatum "
                "voor de groeiregeling is 1 februari."),
          ("h2", "10.2 Verdeelmodel"),
          ("p", "Na aftrek van de afdrachten verdelen wij de middelen volgens een vast verdeelmodel dat het "
                "algemeen bestuur jaarlijks in november vaststelt:"),
          ("ul", [f"**Schoolbudget:** ieder bestuur ontvangt € {per_ll} per leerling (teldatum 1 oktober "
                  "voorafgaand aan het schooljaar), te besteden aan extra ondersteuning binnen de school en "
                  "de scholing die daarvoor nodig is;",
                  "**Arrangementen:** individuele en groepsarrangementen worden toegekend door de "
                  "onderwijsadviseur of de Commissie Arrangeren op grond van de ondersteuningsbehoefte in het "
                  "OPP, niet op grond van een diagnose;",
                  "**Bovenschoolse voorzieningen:** de observatiegroep en de plusklas worden centraal "
                  "bekostigd;",
                  "**Terugplaatsingsarrangement:** € 4.500 per teruggeplaatste leerling (zie 7.3)."]),
          ("p", "Scholen vragen voor extra ondersteuning nooit een ouderbijdrage."),
          ("h2", "10.3 Meerjarenbegroting"),
          ("p", "De meerjarenbegroting hieronder (bedragen × € 1.000) gaat uit van de leerlingprognose in "
                "hoofdstuk 2 en van constante prijzen."),
          ("table", ["Meerjarenbegroting (× € 1.000)"] + years, rows,
           {"widths": [8.5, 1.9, 1.9, 1.9, 1.9], "bold_rows": bold_rows, "numeric": True}),
          ("h2", "10.4 Reserves en risico's"),
          ("p", f"Op 31 december 2025 bedroeg de algemene reserve € {eur(reserve_start * 1000)}. De "
                "signaleringswaarde voor bovenmatige reserves ligt volgens de berekening van de inspectie op "
                "€ 1,2 miljoen. Met de begrote tekorten in 2026-2029 daalt de reserve naar "
                f"€ {eur(reserve_end * 1000)}; het weerstandsvermogen blijft dan boven 10% van de baten. "
                "Het grootste risico is een stijging van het aantal so-leerlingen: iedere extra leerling in "
                "categorie laag kost circa € 11.500 per jaar."),
          ("h2", "10.5 Verantwoording door schoolbesturen"),
          ("p", "Schoolbesturen verantwoorden jaarlijks vóór 1 juni in een vast format hoeveel zij aan de "
                "schoolbudgetten en arrangementen hebben besteed en met welk resultaat. Niet bestede "
                "arrangementsmiddelen worden teruggevorderd."),
          ]
    B += [("h1", "11 Organisatie en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; een "
                "raad van toezicht van vijf leden, onder wie twee onafhankelijke leden, houdt toezicht. De "
                "aangesloten schoolbesturen vormen samen de algemene vergadering, die het ondersteuningsplan "
                "en de begroting goedkeurt. De OPR telt twaalf leden: zes ouders en zes personeelsleden, "
                "afgevaardigd vanuit de medezeggenschapsraden. Het bureau heeft 6,2 fte, onder wie vijf "
                "onderwijsadviseurs. Ons scholingsaanbod voor intern begeleiders en leraren staat in de "
                "jaarlijkse academiegids."),
          ("pagebreak",)]
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("ul", ["**Arrangement** – een afgesproken pakket extra ondersteuning voor een leerling of groep, "
                  "met doel, duur en middelen.",
                  "**Basisondersteuning** – het afgesproken niveau van ondersteuning dat iedere school van het "
                  "samenwerkingsverband biedt.",
                  "**Beoogde en bereikte resultaten** – de doelen die het samenwerkingsverband zich stelt en de "
                  "mate waarin die zijn gehaald.",
                  "**Bekostigingscategorie** – laag, midden of hoog; bepaalt de bekostiging van een leerling "
                  "in het so.",
                  "**Dekkend aanbod** – een netwerk van voorzieningen waarin voor iedere leerling een passende "
                  "plek is.",
                  "**Meerjarenbegroting** – begroting voor ten minste vier jaar vooruit.",
                  "**OJSP** – ouder- en jeugdsteunpunt.",
                  "**OOGO** – op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
                  "**OPP** – ontwikkelingsperspectiefplan.",
                  "**OPR** – ondersteuningsplanraad.",
                  "**Terugplaatsing** – de overstap van een leerling uit het sbo of so naar het "
                  "basisonderwijs.",
                  "**Thuiszitter** – leerplichtige leerling die zonder vrijstelling niet naar school gaat.",
                  "**TLV** – toelaatbaarheidsverklaring voor sbo of so.",
                  "**Verdeelmodel** – de regels waarmee de ondersteuningsmiddelen over scholen en "
                  "voorzieningen worden verdeeld.",
                  "**Zorgplicht** – de plicht van het schoolbestuur om een aangemelde leerling een passende "
                  "plek te bieden."]),
          ("h1", "Bijlage 2 Afkortingen"),
          ("p", "CvT Commissie van Toelaatbaarheid · DUO Dienst Uitvoering Onderwijs · IB intern begeleider · "
                "LBT Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen · SBO speciaal "
                "basisonderwijs · SO speciaal onderwijs · SOP schoolondersteuningsprofiel · SWV "
                "samenwerkingsverband · WPO Wet op het primair onderwijs"),
          ]
    return {"title": "Ondersteuningsplan 2026-2030 SWV PO 28-05 Rivierenland-Oost",
            "author": "SWV PO 28-05 Rivierenland-Oost",
            "header": "SWV PO 28-05 Rivierenland-Oost  |  Ondersteuningsplan 2026-2030",
            "footer": "Vastgesteld 24 maart 2026",
            "blocks": B}


def labels_formeel() -> None:
    write_labels(
        "po-formeel", ["po-formeel.docx", "po-formeel.pdf"], True,
        description="Full formal plan; every core criterion addressed in body text. Traps: styled TOC "
                    "with dot leaders, running header/footer, begrippenlijst naming every element term.",
        elements={e: "present" for e in ["basisondersteuning", "plaatsing", "terugstroom", "financien",
                                         "dekkend-aanbod", "resultaten", "ouders"]},
        criteria={k: True for k in [
            "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
            "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
            "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
            "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]},
        notes={
            "basisondersteuning": "§4.1 niveau (all vestigingen, 10 standaarden, deadline 1-8-2027); §4.2 list of "
                                  "ten standards; §4.3 borging via audit/kwaliteitskaart (advisory also met)",
            "plaatsing": "§6.1 steps + CvT + 6 weeks; §6.2 sbo and so criteria; §6.3 deskundigen; §6.4 duur + "
                         "categorie; §6.5 LBT bezwaar",
            "terugstroom": "§7.1 beleid, §7.2 procedure with 1 Feb / 1 Apr moments, §7.3 support after return, "
                           "§7.4 figures",
            "financien": "§10.2 verdeelmodel (EUR 245 per leerling), §10.3 meerjarenbegroting table 2026-2029, "
                         "§10.4 reserves, §10.5 verantwoording",
            "dekkend-aanbod": "§5.2 continuum, §5.3 gaps/thuiszitters/zorgplicht, §5.4 OOGO",
            "resultaten": "§9.1 bereikte, §9.2 table of targets, §9.3 monitoring cycle",
            "ouders": "§8.1 channels, §8.2 OJSP + Onderwijsconsulenten, §8.3 involvement",
            "traps": "Begrippenlijst (Bijlage 1) and TOC contain all element words; chapter 2 near-misses "
                     "'teruglopend leerlingaantal', 'uitstroomt'; 'scholingsaanbod' in ch. 11; "
                     "'ouderbijdrage' in §10.2",
        })


# ======================================================================================
# 2. po-compact — "beleidsplan op hoofdlijnen", several partial elements, resultaten missing
# ======================================================================================

def spec_compact() -> dict:
    B = [("title", [
        ("Ondersteuningsplan 2026-2030", 22, True),
        ("Beleidsplan op hoofdlijnen", 15, False),
        ("", 10, False),
        ("Stichting Passend Onderwijs Zuiderlanden", 13, True),
        ("samenwerkingsverband primair onderwijs PO 30-12", 11, False),
        ("", 10, False),
        ("Versie ter instemming aan de ondersteuningsplanraad, februari 2026", 10, False),
    ]), ("pagebreak",), ("toc", "Inhoud", "plain", ("h1",)), ("pagebreak",)]
    B += [("h1", "1. Waar we voor staan"),
          ("p", "Stichting Passend Onderwijs Zuiderlanden is het samenwerkingsverband van negen "
                "schoolbesturen in de gemeenten Heerdijk, Oldewaarde en Kempenaar. Samen hebben zij 34 "
                "basisscholen, de school voor speciaal basisonderwijs De Kempenaar en twee scholen voor "
                "speciaal onderwijs. Ruim 7.600 kinderen gaan in onze regio naar het basisonderwijs; na "
                "groep 8 stroomt ongeveer 45% van hen uit naar het vmbo."),
          ("p", "Dit ondersteuningsplan is bewust een beleidsplan op hoofdlijnen. Het beschrijft wát de "
                "besturen samen afspreken. Hoe een school dat doet, staat in haar schoolgids en schoolplan; "
                "de uitwerking per jaar staat in het jaarplan van het samenwerkingsverband."),
          ("p", "Wij geloven dat kinderen het best leren in hun eigen omgeving, samen met kinderen uit de "
                "buurt, en dat leraren daarvoor de ruimte en de deskundigheid moeten krijgen."),
          ("h1", "2. Basisondersteuning"),
          ("p", "Onder basisondersteuning verstaan wij het niveau van ondersteuning dat alle scholen van "
                "Zuiderlanden bieden, op iedere locatie, zonder dat daarvoor iets bij het "
                "samenwerkingsverband hoeft te worden aangevraagd. De besturen hebben dat niveau vastgelegd "
                "in acht afspraken. Iedere school:"),
          ("ul", ["heeft een intern begeleider en een ondersteuningsteam dat ten minste vier keer per jaar "
                  "bijeenkomt;",
                  "werkt planmatig en handelingsgericht, met groepsbesprekingen drie keer per jaar;",
                  "werkt met een dyslexieprotocol en biedt remediërende hulp bij lezen, spelling en rekenen;",
                  "heeft een aanpak voor sociale veiligheid en gedrag, inclusief een pestprotocol;",
                  "biedt verrijkingsstof aan leerlingen die meer aankunnen;",
                  "kan eenvoudige medische handelingen uitvoeren volgens een protocol;",
                  "stelt een ontwikkelingsperspectief op voor iedere leerling die extra ondersteuning krijgt;",
                  "werkt samen met het jeugdteam van de gemeente en de jeugdarts."]),
          ("p", "Wat een school daarbovenop biedt, beschrijft zij in haar schoolondersteuningsprofiel."),
          ("h1", "3. Extra ondersteuning en dekkend aanbod"),
          ("p", "Schiet de basisondersteuning tekort, dan kan de school extra ondersteuning inzetten. Dat "
                "gebeurt in drie lagen. In de eerste laag zet de school extra ondersteuning in vanuit haar "
                "eigen schoolbudget. In de tweede laag kent het Loket van Zuiderlanden een arrangement toe, "
                "bijvoorbeeld begeleiding door een gedragsspecialist, een time-outtraject of deelname aan de "
                "Kangoeroegroep voor hoogbegaafde leerlingen in Heerdijk. In de derde laag gaat een leerling "
                "naar sbo De Kempenaar of naar een school voor speciaal onderwijs in of buiten de regio."),
          ("p", "De zorgplicht ligt bij het bestuur van de school waar een kind is aangemeld. Het Loket houdt "
                "een overzicht bij van kinderen zonder passend onderwijs: thuiszitters, kinderen met een "
                "vrijstelling en kinderen op een wachtlijst. Iedere thuiszitter wordt binnen twee weken "
                "besproken met leerplicht en het jeugdteam, en zo nodig krijgt het kind een tijdelijke plek. "
                "Sinds 2024 is er een wachtlijst voor so cluster 4; met het so-bestuur bereiden we daarom "
                "een dependance in Oldewaarde voor, die in augustus 2027 open moet gaan. In het op "
                "overeenstemming gericht overleg met de drie gemeenten maken we afspraken over jeugdhulp in "
                "en rond de school."),
          ("h1", "4. Toelaatbaarheid"),
          ("p", "Voor plaatsing op het speciaal basisonderwijs of het speciaal onderwijs is een "
                "toelaatbaarheidsverklaring (TLV) nodig. Het bevoegd gezag van de school vraagt die aan bij "
                "het Loket, nadat de leerling met ouders is besproken in een multidisciplinair overleg. Het "
                "Loket vraagt advies aan twee deskundigen, van wie één orthopedagoog of psycholoog is. De "
                "directeur van het Loket beslist binnen zes weken na ontvangst van de volledige aanvraag. "
                "Een TLV geldt voor ten hoogste twee schooljaren."),
          ("p", "De criteria voor toelaatbaarheid tot sbo en so staan in het Handboek Toewijzing, dat op "
                "onze website te vinden is."),
          ("h1", "5. Terugplaatsing"),
          ("p", "Wij vinden dat kinderen zo thuisnabij mogelijk naar school moeten kunnen gaan. Terugplaatsing "
                "van leerlingen uit het sbo en so naar een basisschool wordt daarom waar mogelijk "
                "gestimuleerd."),
          ("h1", "6. Financiën"),
          ("p", "Na aftrek van de afdrachten voor het speciaal onderwijs gaat 75% van de "
                "ondersteuningsmiddelen naar de schoolbesturen, als bedrag per leerling (2026: € 212 per "
                "leerling op de teldatum 1 oktober). De overige 25% blijft bij het samenwerkingsverband voor "
                "arrangementen via het Loket en voor de Kangoeroegroep. Het Loket kent arrangementen toe op "
                "grond van de ondersteuningsbehoefte in het ontwikkelingsperspectief. Het algemeen bestuur "
                "stelt deze verdeling ieder jaar in december vast; de besturen verantwoorden de besteding van "
                "hun budget in hun eigen jaarverslag."),
          ("p", "De meerjarenbegroting wordt in 2027 uitgewerkt."),
          ("h1", "7. Ouders"),
          ("p", "Ouders vinden informatie over de ondersteuning in de schoolgids van hun school en op "
                "www.zuiderlanden.example, waar ook de ouderfolder ‘Passend onderwijs in Zuiderlanden’ staat. "
                "Eén keer per jaar organiseren wij een ouderavond over een thema, zoals dyslexie of de "
                "overstap naar het voortgezet onderwijs. Bij iedere bespreking over hun kind zijn ouders "
                "aanwezig; zij denken mee over het ontwikkelingsperspectief."),
          ("h1", "8. Organisatie, kwaliteit en resultaten"),
          ("p", "Zuiderlanden is een stichting met een directeur-bestuurder en een raad van toezicht. De "
                "ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. Het bureau in Heerdijk "
                "verzorgt ook een scholingsaanbod voor intern begeleiders."),
          ("p", "De beoogde resultaten, de indicatoren en de wijze van monitoring volgen in het jaarplan "
                "2026-2027."),
          ("pagebreak",),
          ("h1", "Bijlage: Begrippenlijst"),
          ("ul", ["**Basisondersteuning** – wat iedere school in het samenwerkingsverband ten minste biedt.",
                  "**Beoogde resultaten** – de doelen die het samenwerkingsverband wil bereiken voor "
                  "leerlingen die extra ondersteuning nodig hebben; de bereikte resultaten worden jaarlijks "
                  "gemeten.",
                  "**Deelnamepercentage** – het aandeel leerlingen dat op 1 oktober in het sbo of so zit.",
                  "**Meerjarenbegroting** – een begroting die meerdere jaren vooruitkijkt.",
                  "**Onderwijsconsulenten** – onafhankelijke deskundigen die ouders kosteloos helpen als zij "
                  "met school niet tot een oplossing komen.",
                  "**Ouder- en jeugdsteunpunt (OJSP)** – onafhankelijk steunpunt waar ouders en jongeren terecht "
                  "kunnen met vragen over passend onderwijs.",
                  "**Terugplaatsing** – de overstap van een leerling van sbo of so naar een basisschool.",
                  "**Thuiszitter** – een leerplichtig kind dat niet naar school gaat.",
                  "**Toelaatbaarheidsverklaring (TLV)** – besluit van het samenwerkingsverband dat een "
                  "leerling naar het sbo of so mag.",
                  "**Zorgplicht** – de plicht van een schoolbestuur om een passende plek te bieden of te "
                  "zoeken."]),
          ]
    return {"title": "Ondersteuningsplan 2026-2030 op hoofdlijnen – Zuiderlanden",
            "author": "Stichting Passend Onderwijs Zuiderlanden",
            "header": "Zuiderlanden · Ondersteuningsplan 2026-2030 op hoofdlijnen",
            "footer": "",
            "blocks": B}


def labels_compact() -> None:
    write_labels(
        "po-compact", ["po-compact.docx", "po-compact.pdf"], True,
        description="Short 'beleidsplan op hoofdlijnen'. Traps: resultaten only in TOC/heading/glossary + a "
                    "deferring sentence; criteria referred to a website handbook; begroting deferred to 2027; "
                    "glossary defines OJSP and Onderwijsconsulenten that the body never mentions.",
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        notes={
            "basisondersteuning": "ch. 2: level for all locations + eight concrete agreements",
            "plaatsing": "ch. 4: procedure (bevoegd gezag -> Loket, MDO, two deskundigen, directeur Loket, 6 weeks, "
                         "max 2 years); criteria only 'staan in het Handboek Toewijzing ... op onze website' -> "
                         "not addressed",
            "terugstroom": "ch. 5 is two sentences: aim 'zo thuisnabij mogelijk', 'waar mogelijk gestimuleerd' -> "
                           "beleid (vague aim) only; no steps, actor, moment or end of TLV",
            "financien": "ch. 6: verdeling 75/25, EUR 212 per leerling, Loket toekenning, AB in December; "
                         "besteding: 'De meerjarenbegroting wordt in 2027 uitgewerkt' (deferral), no amounts spent",
            "dekkend-aanbod": "ch. 3: three layers of support; thuiszitters, wachtlijst so cluster 4, dependance "
                              "2027, OOGO",
            "resultaten": "only TOC entry/heading of ch. 8 ('Organisatie, kwaliteit en resultaten'), glossary "
                          "'Beoogde resultaten'/'Deelnamepercentage' and the deferral 'volgen in het jaarplan "
                          "2026-2027'",
            "ouders": "ch. 7: channels (schoolgids, website, ouderfolder, ouderavond) -> informatie; no independent "
                      "help anywhere in body (OJSP/Onderwijsconsulenten only in the glossary)",
        })


# ======================================================================================
# 3. po-taal-voor-ouders — plain-language plan in Markdown, question headings
# ======================================================================================

TAAL_MD = """\
# Ons ondersteuningsplan in gewone taal

**Samenwerkingsverband Kop van de Veenlanden · PO 21-08**
Ondersteuningsplan voor de schooljaren 2026-2027 tot en met 2029-2030

> Dit is de volledige tekst van het ondersteuningsplan van ons samenwerkingsverband. We hebben hem
> met ouders geschreven, in gewone taal, zodat iedereen hem kan lezen. De ondersteuningsplanraad
> (OPR) heeft op 17 maart 2026 ingestemd. Het plan is besproken met de gemeenten Veenhoop,
> Langeloo en Drieborg (OOGO op 5 maart 2026) en op 26 maart 2026 vastgesteld door het bestuur.

**In dit plan**

1. Wie zijn wij?
2. Wat mag ik van elke school verwachten?
3. Wat als mijn kind meer nodig heeft?
4. Hoe komt mijn kind op een speciale school?
5. Kan mijn kind weer terug naar een gewone school?
6. Waar gaat het geld naartoe?
7. Doet het samenwerkingsverband het goed?
8. Hoe houden we u op de hoogte?
9. Waar kan ik terecht met vragen of als we het niet eens worden?
10. Wie praten er mee?

---

## 1. Wie zijn wij?

Alle basisscholen in de gemeenten Veenhoop, Langeloo en Drieborg werken samen in het
samenwerkingsverband Kop van de Veenlanden. Het gaat om 29 basisscholen van zeven schoolbesturen,
de sbo-school De Vlonder in Langeloo en de so-school Het Kompas in Veenhoop. Samen hebben deze
scholen ongeveer 6.100 leerlingen.

Wij hebben één opdracht: zorgen dat elk kind in onze regio onderwijs krijgt dat bij hem of haar
past. Het liefst op de school in de buurt, samen met broertjes, zusjes en vriendjes.

## 2. Wat mag ik van elke school verwachten?

Alle scholen hebben samen afgesproken wat ze **minimaal** voor ieder kind doen. Dat noemen we de
basisondersteuning. Het maakt niet uit naar welke school in onze regio uw kind gaat: op iedere
school, ook op iedere nevenvestiging, kunt u het volgende verwachten.

- Er is een **intern begeleider** (IB'er). Die helpt de juf of meester als een kind extra aandacht
  nodig heeft, en u kunt zelf een afspraak met haar of hem maken.
- De school **volgt de ontwikkeling** van uw kind: met toetsen, met observaties en door met u te
  praten. Minstens drie keer per jaar bekijkt de leerkracht samen met de IB'er hoe het met ieder
  kind in de groep gaat.
- Kinderen die moeite hebben met **lezen of rekenen** krijgen extra oefening in een klein groepje.
  Bij vermoeden van dyslexie volgt de school een vast stappenplan, zodat uw kind op tijd onderzocht
  kan worden.
- De school zorgt dat kinderen zich **veilig** voelen. Er is een plan tegen pesten en er is een
  vaste persoon bij wie kinderen en ouders met zorgen over pesten terecht kunnen.
- Kinderen die **meer aankunnen** krijgen moeilijker werk en uitdagende opdrachten.
- Kinderen die **net in Nederland** zijn, krijgen extra Nederlandse les.
- De school kan **eenvoudige medische zorg** bieden, zoals hulp bij het meten van suiker of het
  geven van medicijnen, als dat met u is afgesproken.
- De school kan zonder aanvraag een **specialist** van het samenwerkingsverband om advies vragen,
  bijvoorbeeld over gedrag of over taal.

**Hoe weten we dat scholen dit doen?** Iedere school schrijft in haar schoolgids hoe zij deze
afspraken uitvoert. Eén keer per jaar komt een medewerker van het samenwerkingsverband op iedere
school langs om dat te bespreken. Gaat er iets niet goed, dan maakt de school een plan om het te
verbeteren, en kijken we een half jaar later opnieuw.

## 3. Wat als mijn kind meer nodig heeft?

Soms heeft een kind meer nodig dan de school zelf kan bieden. Dan bespreekt de school uw kind in
het **ondersteuningsteam**. Daarin zitten u, de leerkracht, de IB'er en een adviseur van het
samenwerkingsverband. Samen maken jullie een plan. Er zijn dan verschillende mogelijkheden, van
licht naar zwaar:

1. **Extra hulp op de eigen school**, bijvoorbeeld een onderwijsassistent of een gedragsspecialist
   die een paar maanden meekijkt. Dat heet een arrangement.
2. **Een plekje in een speciale groep** voor een deel van de week, terwijl uw kind op de eigen
   school blijft. Wij hebben de Denkgroep voor hoogbegaafde kinderen (één ochtend per week) en de
   Taalklas voor kinderen met een ernstige taalontwikkelingsstoornis.
3. **Het speciaal basisonderwijs (sbo)**: een school met kleinere groepen en meer begeleiding.
4. **Het speciaal onderwijs (so)**: een school voor kinderen met bijvoorbeeld een verstandelijke
   beperking, een langdurige ziekte of ernstige gedragsproblemen.

Voor de hulp op de eigen school hoeft u niets aan te vragen; dat regelt de school met het
samenwerkingsverband. Voor het sbo en so is een toelaatbaarheidsverklaring nodig.

## 4. Hoe komt mijn kind op een speciale school?

Uw kind kan naar het sbo of so als het samenwerkingsverband een **toelaatbaarheidsverklaring**
(TLV) geeft. Dat gaat zo:

1. Het ondersteuningsteam bespreekt met u of een speciale school beter past. U mag altijd zeggen
   wat u ervan vindt; dat komt op papier.
2. De school waar uw kind nu zit, vraagt de TLV aan bij de **TLV-commissie** van het
   samenwerkingsverband. Zit uw kind nog niet op school, dan doet de school waar u uw kind heeft
   aangemeld dat.
3. Twee deskundigen bekijken de aanvraag. De eerste is altijd een orthopedagoog of psycholoog. De
   tweede is, afhankelijk van wat uw kind nodig heeft, bijvoorbeeld een jeugdarts of een
   maatschappelijk werker. Ze schrijven ieder hun eigen advies. U krijgt daarvan een kopie.
4. De TLV-commissie beslist **binnen zes weken**. U krijgt een brief met het besluit.

**Wanneer krijgt een kind een TLV?**

- Voor het **sbo**: als de school en het samenwerkingsverband al minstens een half jaar extra hulp
  hebben gegeven (een arrangement), als dat onvoldoende heeft geholpen en als uw kind echt een
  kleine groep met veel structuur nodig heeft om te leren.
- Voor het **so**: als uw kind daarnaast een ernstige beperking, ziekte of stoornis heeft waardoor
  het zorg en onderwijs op één plek nodig heeft. Het verslag van een arts of psycholoog hoort
  daarbij.

Een TLV voor het sbo geldt tot het einde van de basisschool. Een TLV voor het so geldt meestal
twee jaar. Op de TLV voor het so staat ook hoeveel geld de school voor uw kind krijgt: categorie
laag, midden of hoog.

**Bent u het niet eens met het besluit?** Dan kunt u binnen zes weken bezwaar maken. Uw bezwaar gaat
naar de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Die geeft het bestuur
advies, en daarna beslist het bestuur opnieuw.

## 5. Kan mijn kind weer terug naar een gewone school?

Zo gaat het:

1. Elk jaar in het voorjaar bespreekt de speciale school met u het ontwikkelingsperspectiefplan
   (OPP) van uw kind.
2. In het laatste jaar van de TLV nodigt de speciale school u vóór 1 maart uit voor een gesprek.
   Daarbij is ook de adviseur van het samenwerkingsverband.
3. Na dit gesprek zijn er twee mogelijkheden. Óf de speciale school vraagt vóór 1 april een nieuwe
   TLV aan bij de TLV-commissie, die binnen zes weken beslist. Óf u meldt uw kind samen met de
   speciale school aan bij een basisschool; die school beslist dan over de toelating.
4. Loopt de TLV af zonder nieuwe aanvraag, dan kan uw kind na 31 juli niet op de speciale school
   blijven.

## 6. Waar gaat het geld naartoe?

Het samenwerkingsverband krijgt ieder jaar geld van de overheid voor extra ondersteuning. In 2026
is dat ongeveer € 4,6 miljoen. Zo verdelen we het:

- Elk schoolbestuur krijgt **€ 190 per leerling**. Daarmee betaalt de school de extra hulp op de
  eigen school, zoals onderwijsassistenten en de IB'er.
- Voor **arrangementen** beslist de adviseur van het samenwerkingsverband samen met de school wat
  nodig is. Het geld gaat naar de school die de hulp geeft.
- Het geld voor kinderen op het **so** gaat rechtstreeks van de overheid naar de so-school. Het
  samenwerkingsverband betaalt ook mee aan het sbo.
- Het bestuur van het samenwerkingsverband legt deze verdeling elk jaar in december vast, na
  advies van de scholen.

Voor extra ondersteuning betaalt u nooit iets. Een school mag daarvoor ook geen ouderbijdrage
vragen.

**Onze begroting (afgerond, in euro's)**

| Waaraan geven we het uit?              | 2026      | 2027      | 2028      | 2029      |
|----------------------------------------|-----------|-----------|-----------|-----------|
| So-scholen (via de overheid)           | 1.610.000 | 1.600.000 | 1.590.000 | 1.580.000 |
| Sbo De Vlonder                         |   540.000 |   535.000 |   530.000 |   525.000 |
| Budget per leerling voor de scholen    | 1.160.000 | 1.145.000 | 1.130.000 | 1.115.000 |
| Arrangementen                          |   720.000 |   700.000 |   690.000 |   680.000 |
| Denkgroep en Taalklas                  |   260.000 |   260.000 |   260.000 |   260.000 |
| Steunpunt voor ouders en kinderen      |    60.000 |    60.000 |    60.000 |    60.000 |
| Adviseurs en kantoor                   |   330.000 |   335.000 |   340.000 |   345.000 |
| **Totaal**                             | **4.680.000** | **4.635.000** | **4.600.000** | **4.565.000** |

We geven iets meer uit dan we binnenkrijgen. Dat kan, omdat we de afgelopen jaren geld hebben
gespaard. Die spaarpot (nu € 1,1 miljoen) wordt zo kleiner, maar blijft groot genoeg voor
tegenvallers.

## 7. Doet het samenwerkingsverband het goed?

Wat we in 2030 willen bereiken:

- Op **iedere school** is de basisondersteuning uit hoofdstuk 2 helemaal op orde. Nu is dat op
  24 van de 29 scholen zo.
- Een kind wacht **nooit langer dan zes weken** op een besluit over een TLV. In 2025 lukte dat bij
  92 van de 100 aanvragen.
- Niet meer dan **3,2%** van de kinderen in onze regio zit op het sbo of so (nu 3,5%).
- Ouders geven ons minstens een **7,5** (nu een 7,1).

Hoe we dat bijhouden: twee keer per jaar zetten we alle cijfers op een rij, uit de telling van
1 oktober, uit de lijst van TLV-aanvragen en uit een vragenlijst voor ouders. Het bestuur en de OPR
bespreken die cijfers. Ieder jaar vóór 1 juli schrijven we een jaarverslag waarin staat wat gelukt
is en wat niet, en hoeveel geld we daarvoor hebben gebruikt. Dat jaarverslag staat op onze
website.

## 8. Hoe houden we u op de hoogte?

- Op **www.kopvandeveenlanden.example/ouders** leest u alles over extra hulp, de speciale groepen,
  de TLV en het sbo en so.
- Iedere school heeft een **schoolgids**. Daarin staat wat de school voor kinderen kan doen.
- Bij de inschrijving krijgt u de folder **‘Samen sterk voor uw kind’**, ook in het Engels, Turks
  en Tigrinya.
- Twee keer per jaar is er een **ouderavond** van het samenwerkingsverband, afwisselend in Veenhoop
  en Langeloo.

## 9. Waar kan ik terecht met vragen of als we het niet eens worden?

Praat eerst met de leerkracht of de IB'er. Komt u er samen niet uit, dan kunt u terecht bij:

- **Het Steunpunt voor ouders en kinderen** van ons samenwerkingsverband. Het steunpunt is
  onafhankelijk van de scholen. Het luistert, denkt mee en kan met u mee naar een gesprek op
  school. Bereikbaar op werkdagen van 9 tot 15 uur, telefoon 0599 123 456.
- **Onderwijsconsulenten**: een landelijke, gratis hulp als u en de school er niet uitkomen over
  de plek van uw kind.
- **De klachtenregeling** van het samenwerkingsverband en de **Geschillencommissie passend
  onderwijs**, als u het niet eens bent met een beslissing van de school over toelating,
  verwijdering of het OPP.

## 10. Wie praten er mee?

In de ondersteuningsplanraad zitten zes ouders en zes leerkrachten van onze scholen. Zonder hun
instemming kan dit plan niet worden vastgesteld. Ouders zijn bovendien altijd welkom bij de
gesprekken over hun eigen kind: zonder u maken we geen plan.

---
*Samenwerkingsverband Kop van de Veenlanden · Postbus 77, 9330 AB Veenhoop*
"""


def labels_taal() -> None:
    write_labels(
        "po-taal-voor-ouders", ["po-taal-voor-ouders.md"], True,
        description="Plain-language plan with question headings that contain no element words.",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        notes={
            "basisondersteuning": "q.2 'Wat mag ik van elke school verwachten?': minimum on every school and "
                                  "nevenvestiging + 8 concrete items; borging yearly visit",
            "plaatsing": "q.4: steps, TLV-commissie, 6 weeks, two deskundigen, sbo/so criteria, duration, "
                         "categorie, bezwaar LBT",
            "terugstroom": "q.5 gives only the mechanics (OPP yearly, talk before 1 March in last TLV year, new "
                           "TLV before 1 April or aanmelding at a basisschool): no aim, conditions or support "
                           "after return -> beleid false",
            "financien": "q.6: EUR 190 per leerling, arrangementen, December decision + begroting table "
                         "2026-2029 with amounts; reserve ('spaarpot') mentioned",
            "dekkend-aanbod": "q.3 describes the continuum (arrangement, Denkgroep/Taalklas, sbo, so); nothing "
                              "on gaps, thuiszitters, waiting lists, zorgplicht or pupils without a place",
            "resultaten": "q.7: targets 2030 with nulmeting + monitoring twice a year, jaarverslag",
            "ouders": "q.8 channels, q.9 independent Steunpunt + Onderwijsconsulenten + klachten/GPO, q.10 OPR",
            "traps": "no element words in headings; 'toelating' (receiving school) in q.5; 'ouderbijdrage' in q.6; "
                      "the general wish 'het liefst op de school in de buurt' (q.1) is vision, not terugplaatsingsbeleid",
        })


# ======================================================================================
# 4. po-tabellen — table-heavy plan, manual bold headings, a two-column section
# ======================================================================================

def spec_tabellen() -> dict:
    years = ["2026", "2027", "2028", "2029"]
    ll = [9310, 9220, 9140, 9080]
    basis_bedrag = 180
    begroting = [
        ("Baten ondersteuningsbekostiging", [7100, 7040, 6980, 6930]),
        ("Afdracht so (DUO)", [2410, 2395, 2380, 2370]),
        ("Afdracht sbo boven 2%", [380, 375, 370, 365]),
        (f"Basisbudget besturen (€ {basis_bedrag} × leerlingen)", [round(n * basis_bedrag / 1000) for n in ll]),
        ("Arrangementen via TAC", [1490, 1470, 1450, 1430]),
        ("Tussenvoorziening De Overstap", [610, 610, 610, 610]),
        ("Terugplaatsingsarrangementen", [90, 90, 90, 90]),
        ("Ouder- en jeugdsteunpunt", [70, 70, 70, 70]),
        ("Organisatie en TAC-deskundigen", [520, 525, 530, 535]),
    ]
    lasten = [sum(v[i] for _, v in begroting[1:]) for i in range(4)]
    saldo = [begroting[0][1][i] - lasten[i] for i in range(4)]
    brows = [[begroting[0][0]] + [eur(x) for x in begroting[0][1]]]
    brows += [[k] + [eur(x) for x in v] for k, v in begroting[1:]]
    brows += [["Totaal lasten"] + [eur(x) for x in lasten]]
    brows += [["Saldo"] + [("-" if x < 0 else "") + eur(abs(x)) for x in saldo]]

    B = [("title", [
        ("SWV PO 26-11 Heuvelrand-Zuid", 14, True),
        ("Ondersteuningsplan 2026-2030", 24, True),
        ("in tabellen en schema's", 13, False),
        ("", 10, False),
        ("Vastgesteld door het algemeen bestuur op 19 maart 2026 na instemming van de OPR (12 maart 2026)",
         10, False),
    ]), ("toc", "Inhoud", "plain", ("h1",)), ("pagebreak",)]

    B += [("h1", "1  Kerngegevens"),
          ("table", ["Gegeven", "Aantal / percentage"],
           [["Aangesloten schoolbesturen", "11"],
            ["Basisscholen (vestigingen)", "41 (44)"],
            ["Scholen voor sbo / so", "2 / 2"],
            ["Leerlingen basisonderwijs 1-10-2025", "9.310"],
            ["Deelname sbo / so 1-10-2025", "2,05% / 1,48%"],
            ["Gemeenten (OOGO-partners)", "Bergholt, Leusdonk, Amerzijl"],
            ["Uitstroom groep 8 naar vmbo-basis/kader / pro", "23% / 2%"]],
           {"widths": [9, 6]}),
          ("h1", "2  Basisondersteuning"),
          ("p", "De elf schoolbesturen hebben tien standaarden vastgesteld. Samen vormen zij het niveau van "
                "basisondersteuning dat **iedere vestiging** van Heuvelrand-Zuid biedt, zonder aanvraag en "
                "zonder extra middelen van het samenwerkingsverband. De tabel laat per standaard zien wat dat "
                "concreet betekent."),
          ("table", ["Nr", "Standaard", "Concreet op iedere vestiging"],
           [["1", "Ondersteuningsstructuur", "IB'er (min. 2 dagen per week per 200 leerlingen); zorgroute "
                                            "op papier; ondersteuningsteam 5× per jaar"],
            ["2", "Handelingsgericht werken", "groepsoverzicht en groepsplan; leerlingbespreking 3× per jaar"],
            ["3", "Lezen en dyslexie", "protocol dyslexie; signalering vanaf groep 2; hulpmiddelen "
                                      "(voorleessoftware, vergrote teksten)"],
            ["4", "Rekenen en dyscalculie", "protocol ERWD; verlengde instructie; rekenhulpmiddelen"],
            ["5", "Gedrag en sociale veiligheid", "methode SEO; jaarlijkse veiligheidsmonitor; "
                                                "pestprotocol; time-in-plek in de school"],
            ["6", "Meer- en hoogbegaafdheid", "signaleringsinstrument; compacten en verrijken; "
                                             "ontwikkelgroep per bestuur"],
            ["7", "Taal en nieuwkomers", "extra taalaanbod; NT2-deskundige per bestuur"],
            ["8", "Fysiek en medisch", "protocol medisch handelen; rolstoeltoegankelijke begane grond"],
            ["9", "Ouders als partner", "ouders bij elk ondersteuningsteam; OPP met ouders opgesteld"],
            ["10", "Ketenpartners", "jeugdverpleegkundige en schoolmaatschappelijk werk op vaste dagdelen"]],
           {"widths": [1.2, 4.5, 10.7]}),
          ("table", ["Borging", "Frequentie", "Wie"],
           [["Zelfevaluatie met de kwaliteitskaart basisondersteuning", "jaarlijks vóór 1 maart", "directeur + IB'er"],
            ["Auditgesprek per bestuur", "jaarlijks in april-mei", "SWV-kwaliteitsmedewerker"],
            ["Verbeterplan bij een onvoldoende standaard", "binnen 3 maanden", "schoolbestuur"],
            ["Hercontrole", "na 12 maanden", "SWV"]],
           {"widths": [7.6, 4, 4.8]}),
          ]
    B += [("h1", "3  Ondersteuningscontinuüm"),
          ("cols", 2),
          ("p", "Heuvelrand-Zuid werkt met vijf niveaus van ondersteuning die op elkaar aansluiten. Niveau 1 "
                "en 2 vallen onder de basisondersteuning van iedere school; vanaf niveau 3 spreken we van "
                "extra ondersteuning. De overstap van het ene naar het volgende niveau gebeurt altijd in het "
                "ondersteuningsteam van de school, met ouders en met de consulent van het "
                "samenwerkingsverband."),
          ("p", "De Toewijzings- en Adviescommissie (TAC) kent arrangementen toe en geeft "
                "toelaatbaarheidsverklaringen af. Zij vergadert wekelijks. Tussen de niveaus bestaat geen "
                "wachttijd: een school kan niveau 3 aanvragen terwijl niveau 2 nog loopt. De tussenvoorziening "
                "De Overstap biedt kinderen tijdelijk (maximaal 16 weken) onderwijs in een kleine groep, met "
                "een plan voor terugkeer naar de eigen school."),
          ("cols", 1),
          ("table", ["Niveau", "Ondersteuning", "Toegang", "Bekostiging"],
           [["1", "basisaanbod in de groep", "leerkracht", "school (lumpsum)"],
            ["2", "basisondersteuning: extra hulp binnen de school", "IB'er / ondersteuningsteam",
             "basisbudget bestuur"],
            ["3", "arrangement: individueel of groep (bijv. gedragsspecialist, onderwijsassistent, "
                  "ambulante begeleiding)", "TAC, binnen 10 werkdagen", "SWV-arrangementbudget"],
            ["4", "tussenvoorziening De Overstap; onderwijs-zorgarrangement met jeugdhulp", "TAC",
             "SWV + gemeente"],
            ["5", "sbo De Horizon of Het Palet; so cluster 3 en 4", "TLV van de TAC", "afdracht DUO / SWV"]],
           {"widths": [1.8, 7, 4, 3.6]}),
          ("table", ["Hiaat of signaal", "Aanpak", "Termijn", "Verantwoordelijk"],
           [["Leerling zonder passend aanbod na aanmelding (zorgplicht)", "casusoverleg met "
             "SWV-consulent; andere school aanwijzen", "binnen 6 (+4) weken", "bestuur van aanmelding"],
            ["Thuiszitter (> 2 weken verzuim zonder aanbod)", "melding bij SWV en leerplicht; "
             "thuiszitterstafel; tijdelijk aanbod De Overstap", "bespreking binnen 10 werkdagen",
             "directeur-bestuurder (doorzettingsmacht)"],
            ["Wachtlijst so cluster 4", "jaarlijkse inventarisatie; extra groep op Het Palet per "
             "1-8-2027", "jaarlijks 1 maart", "AB"],
            ["Ontbrekend aanbod jonge risicoleerlingen", "pilot observatieplaatsen groep 1-2",
             "start 2026-2027", "werkgroep PO-jeugdhulp"]],
           {"widths": [4.2, 5.2, 3, 4.0]}),
          ]
    B += [("h1", "4  Toelaatbaarheid tot sbo en so"),
          ("table", ["Stap", "Wat", "Wie", "Termijn"],
           [["1", "ondersteuningsteam concludeert dat sbo/so nodig is; groeidocument en OPP compleet; "
                  "zienswijze ouders", "school, ouders, consulent", "–"],
            ["2", "aanvraag TLV via het digitale loket", "bevoegd gezag school van inschrijving "
                                                     "(of van aanmelding)", "–"],
            ["3", "twee afzonderlijke schriftelijke deskundigenadviezen", "orthopedagoog of psycholoog + "
                                                                        "tweede deskundige", "4 weken"],
            ["4", "besluit en verzending besluit + adviezen", "TAC namens het bestuur",
             "binnen 6 weken na volledige aanvraag"],
            ["5", "spoedprocedure bij crisis", "TAC-voorzitter", "binnen 5 werkdagen"]],
           {"widths": [1.3, 7.2, 4.5, 3.4]}),
          ("table", ["Criterium", "sbo", "so cluster 3", "so cluster 4"],
           [["Ondersteuningsbehoefte", "kleine groep, structuur, intensieve instructie",
             "zorg en onderwijs verweven (ZML, LG, LZ)", "intensieve gedragsmatige en "
                                                        "psychiatrische begeleiding"],
            ["Eerder ingezet", "min. 2 HGW-cycli + 1 arrangement", "zo nodig direct",
             "min. 1 arrangement of OZA"],
            ["Onderbouwing", "OPP met evaluatie", "medisch/psychologisch verslag",
             "psychiatrisch of psychologisch verslag"],
            ["Perspectief", "doelen niet haalbaar in regulier", "uitstroomprofiel so", "uitstroomprofiel so"]],
           {"widths": [4.0, 4.0, 4.2, 4.2]}),
          ("table", ["TLV", "Geldigheid", "Bekostigingscategorie"],
           [["sbo", "tot einde basisschoolperiode", "–"],
            ["so cluster 3 ZML / cluster 4", "2 schooljaren", "laag"],
            ["so LG / LZ", "2 schooljaren", "midden"],
            ["so MG / EMB", "tot einde so-loopbaan", "hoog"]],
           {"widths": [5.5, 5.5, 5.2]}),
          ("p", "**Bezwaar:** binnen zes weken na verzending van het besluit, bij het bestuur; advies door de "
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ]
    B += [("h1", "5  Terugplaatsing en overplaatsing"),
          ("p", "Beleid: een TLV is tijdelijk. Kan een leerling met een arrangement op een basisschool verder, "
                "dan is terugplaatsing het uitgangspunt, bij voorkeur naar een school in de eigen wijk. "
                "Voorwaarde is een positief oordeel van de commissie van begeleiding van de sbo- of so-school "
                "op grond van het OPP."),
          ("table", ["Moment", "Actie", "Wie"],
           [["jaarlijkse OPP-evaluatie", "toets op terugplaatsing (checklist TP-1)", "commissie van begeleiding sbo/so"],
            ["1 februari laatste TLV-jaar", "gesprek met ouders over vervolg", "sbo/so-school (initiatief)"],
            ["vóór 1 april", "aanvraag nieuwe TLV óf aanmelding basisschool", "sbo/so-school met ouders"],
            ["overdracht", "warme overdracht + start terugplaatsingsarrangement (€ 3.000, 1 jaar)",
             "ontvangende school, consulent SWV"],
            ["na 3 en 9 maanden", "evaluatie; zo nodig bijstellen", "ouders, beide scholen, consulent"]],
           {"widths": [4, 7.7, 4.5]}),
          ]
    B += [("h1", "6  Beoogde en bereikte resultaten"),
          ("table", ["Indicator", "Bereikt 2022-2023", "Nulmeting 2024-2025", "Streefwaarde 2029-2030",
                     "Bron / meetmoment"],
           [["Vestigingen die alle 10 standaarden halen", "31 van 44", "38 van 44", "44 van 44",
             "audits, jaarlijks mei"],
            ["Deelname sbo + so", "3,71%", "3,53%", "≤ 3,40%", "DUO, 1 oktober"],
            ["Thuiszitters > 4 weken", "12", "8", "≤ 3", "leerplicht, 1 juni"],
            ["Terugplaatsingen per jaar", "7", "11", "≥ 14", "TAC-registratie"],
            ["Besluit TLV binnen 6 weken", "81%", "90%", "100%", "TAC-registratie"],
            ["Tevredenheid ouders over ondersteuning", "7,0", "7,3", "≥ 7,5", "peiling, tweejaarlijks"]],
           {"widths": [4.6, 2.4, 2.4, 3.0, 4.0]}),
          ("p", "Rapportage: het dashboard met deze indicatoren wordt ieder halfjaar besproken door bestuur, "
                "raad van toezicht en OPR; het jaarverslag verantwoordt per indicator het resultaat en de "
                "kosten van de ingezette voorzieningen."),
          ]
    B += [("h1", "7  Middelen"),
          ("table", ["Onderdeel", "Verdeelsleutel", "Besluit door", "2026 (× € 1.000)"],
           [["Basisbudget besturen", f"€ {basis_bedrag} per leerling op 1 oktober t-1", "AB, november",
             eur(begroting[3][1][0])],
            ["Arrangementen", "ondersteuningsbehoefte OPP; max. € 8.000 per leerling per jaar", "TAC",
             eur(begroting[4][1][0])],
            ["Tussenvoorziening", "vaste voet + plaatsen (12)", "AB", eur(begroting[5][1][0])],
            ["Terugplaatsingsarrangement", "€ 3.000 per teruggeplaatste leerling", "TAC",
             eur(begroting[6][1][0])]],
           {"widths": [4.6, 5.6, 2.8, 3.4]}),
          ("table", ["Meerjarenbegroting (× € 1.000)"] + years, brows,
           {"widths": [7.4, 2.2, 2.2, 2.2, 2.2], "numeric": True, "bold_rows": [0, len(brows) - 2,
                                                                               len(brows) - 1]}),
          ("table", ["Reserves en risico", "Waarde"],
           [["Algemene reserve 31-12-2025", "€ 1.640.000"],
            ["Signaleringswaarde bovenmatige reserve", "€ 1.050.000"],
            ["Verwachte reserve 31-12-2029", f"€ {eur((1640 + sum(saldo)) * 1000)}"],
            ["Verantwoording besturen", "jaarlijks vóór 1 juni, format SWV"]],
           {"widths": [9, 7]}),
          ]
    B += [("h1", "8  Ouders"),
          ("table", ["Onafhankelijke ondersteuning", "Wat", "Bereikbaar"],
           [["Ouder- en jeugdsteunpunt Heuvelrand", "luistert, denkt mee, gaat mee naar gesprekken, "
                                                    "bemiddelt tussen ouders en school", "ma-do 9-16 uur, "
                                                                                        "inloop woensdag"],
            ["Onderwijsconsulenten", "landelijke, kosteloze hulp bij een vastgelopen schoolsituatie",
             "aanmelding door ouders"],
            ["Klachtenregeling SWV", "klachten over medewerkers of besluiten van het SWV",
             "klachtencommissie"],
            ["Geschillencommissie passend onderwijs", "geschillen over toelating, verwijdering en OPP",
             "via Stichting Onderwijsgeschillen"]],
           {"widths": [4.8, 7.4, 4]}),
          ("p", "In de OPR zitten vijf ouders en vijf personeelsleden. Bij het opstellen van het OPP zijn "
                "ouders gesprekspartner; het handelingsdeel vraagt hun instemming."),
          ]
    return {"title": "Ondersteuningsplan 2026-2030 SWV PO 26-11 Heuvelrand-Zuid",
            "author": "SWV PO 26-11 Heuvelrand-Zuid",
            "header": "SWV PO 26-11 Heuvelrand-Zuid – Ondersteuningsplan 2026-2030",
            "footer": "",
            "heading_mode": "manual",
            "font_size": 10,
            "blocks": B}


def labels_tabellen() -> None:
    write_labels(
        "po-tabellen", ["po-tabellen.docx", "po-tabellen.pdf"], True,
        description="Table-heavy plan; headings are bold Normal paragraphs (no heading styles); a two-column "
                    "section; most content only in table cells.",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        notes={
            "basisondersteuning": "§2 intro sentence (every vestiging) + table of 10 standards + borging table",
            "plaatsing": "§4 procedure table (steps, TAC, 6 weeks), criteria table sbo/so3/so4, duur/categorie "
                         "table, bezwaar LBT",
            "terugstroom": "§5 beleid paragraph + table of moments/actors/arrangement",
            "financien": "§7 verdeelsleutel table + meerjarenbegroting table 2026-2029 + reserves",
            "dekkend-aanbod": "§3 two-column prose + niveau 1-5 table + table of gaps (zorgplicht, thuiszitters, "
                              "wachtlijst)",
            "resultaten": "§6 indicator table with bereikt/nulmeting/streefwaarde and source/moment; reporting "
                          "sentence",
            "ouders": "§8 only a table of independent help (OJSP, Onderwijsconsulenten, klachten, GPO) and OPR "
                      "composition; nowhere says how parents are informed about the support facilities "
                      "(no website, folder, schoolgids, meetings)",
            "traps": "headings are not Word headings; 'uitstroom groep 8' in kerngegevens; 'lumpsum' in §3 table",
        })


# ======================================================================================
# 5. po-verwijzingen — web version; several elements only refer to absent annexes/website
# ======================================================================================

VERWIJZINGEN_HTML = """\
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Ondersteuningsplan 2026-2030 | Passend Onderwijs Duinstreek-Noord</title>
<meta name="description" content="Ondersteuningsplan 2026-2030 van samenwerkingsverband PO 27-03 Passend Onderwijs Duinstreek-Noord: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten en ouders.">
<style>
 body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:auto;line-height:1.5;color:#222}
 header,footer{background:#0b4f6c;color:#fff;padding:.6em 1em}
 nav a{color:#fff;margin-right:1em} aside{background:#eef5f8;padding:.5em 1em;border-left:4px solid #0b4f6c}
</style>
</head>
<body>
<header>
  <p><strong>Passend Onderwijs Duinstreek-Noord</strong> · samenwerkingsverband PO 27-03</p>
  <nav>
    <a href="/">Home</a><a href="/ouders">Ouders</a><a href="/scholen">Scholen</a>
    <a href="/ondersteuningsplan">Ondersteuningsplan</a><a href="/contact">Contact</a>
  </nav>
</header>

<nav aria-label="Hoofdstukken ondersteuningsplan">
  <ol>
    <li><a href="#inleiding">Inleiding</a></li>
    <li><a href="#basisondersteuning">Basisondersteuning</a></li>
    <li><a href="#aanbod">Extra ondersteuning en dekkend aanbod</a></li>
    <li><a href="#tlv">Toelaatbaarheid sbo en so</a></li>
    <li><a href="#terugplaatsing">Terugplaatsing</a></li>
    <li><a href="#financien">Financiën en meerjarenbegroting</a></li>
    <li><a href="#resultaten">Resultaten</a></li>
    <li><a href="#ouders">Ouders</a></li>
    <li><a href="#bijlagen">Bijlagen</a></li>
  </ol>
</nav>

<main>
<h1>Ondersteuningsplan 2026-2030</h1>
<p><em>Vastgesteld door het bestuur op 31 maart 2026. De ondersteuningsplanraad stemde in op 23 maart 2026;
het OOGO met de gemeenten Duinwijk, Strandhoven en Helmveld is gevoerd op 11 maart 2026.</em></p>

<section id="inleiding">
<h2>1. Inleiding</h2>
<p>Passend Onderwijs Duinstreek-Noord is het samenwerkingsverband van acht schoolbesturen met 38
basisscholen, sbo De Duinroos en twee scholen voor speciaal onderwijs. Samen zorgen we ervoor dat
ieder kind in de Duinstreek een passende plek krijgt. Deze webversie bevat de volledige tekst van het
ondersteuningsplan; de bijlagen kunt u onderaan deze pagina downloaden.</p>
<p>Het plan is geschreven met inbreng van directeuren, intern begeleiders, ouders en de gemeenten. Voor
het eerst gaven ook leerlingen van groep 7 en 8 hun mening over de vraag wat een goede school is.</p>
</section>

<section id="basisondersteuning">
<h2>2. Basisondersteuning</h2>
<p>Alle 38 basisscholen bieden ten minste hetzelfde, gezamenlijk afgesproken niveau van
basisondersteuning. Dat niveau geldt voor iedere vestiging en is in 2025 door de schoolbesturen opnieuw
vastgesteld in het <a href="/downloads/bijlage-2-referentiekader-basisondersteuning.pdf">Referentiekader
basisondersteuning Duinstreek-Noord</a> (bijlage 2).</p>
<p>De standaarden en de concrete uitwerking per standaard staan in bijlage 2.</p>
</section>

<section id="aanbod">
<h2>3. Extra ondersteuning en dekkend aanbod</h2>
<h3>3.1 Van basis naar speciaal</h3>
<p>Wanneer de basisondersteuning van een school niet genoeg is, schakelt de intern begeleider de
trajectbegeleider van het samenwerkingsverband in. Samen met ouders en leerkracht bepalen zij in een
groeidocumentgesprek wat de leerling nodig heeft. Er zijn vier vormen van extra ondersteuning:</p>
<ul>
  <li>een <strong>arrangement op de eigen school</strong>: extra begeleiding, materialen of expertise voor
      een afgesproken periode, meestal drie tot zes maanden;</li>
  <li><strong>bovenschoolse voorzieningen</strong>: de Duingroep (plusklas, één dag per week, vier locaties),
      de Schakelklas voor kinderen met een grote taalachterstand en de observatiegroep Zeester (tien
      plaatsen, maximaal drie maanden);</li>
  <li>het <strong>speciaal basisonderwijs</strong> op De Duinroos;</li>
  <li>het <strong>speciaal onderwijs</strong> in cluster 3 en 4 op De Branding en De Zandloper, en voor
      enkele leerlingen op so-scholen buiten de regio.</li>
</ul>
<h3>3.2 Thuiszitters en witte vlekken</h3>
<p>Iedere school meldt een leerling die langer dan drie weken niet naar school gaat bij het
samenwerkingsverband. Binnen vijf werkdagen organiseert de trajectbegeleider een overleg met school,
ouders, leerplicht en, waar nodig, jeugdhulp; binnen vier weken moet er een onderwijsaanbod liggen, zo
nodig tijdelijk in de observatiegroep. Als besturen het niet eens worden, wijst de directeur van het
samenwerkingsverband een school aan.</p>
<p>Elk jaar in maart brengen wij samen met de gemeenten in kaart waar het aanbod niet dekkend is. De
analyse van 2025 liet twee witte vlekken zien: er waren wachtlijsten bij het so cluster 4 en er was geen
aanbod voor kinderen die na een lange ziekenhuisopname geleidelijk terug naar school gaan. Voor de eerste
groep komt er per 1 augustus 2026 een extra groep op De Zandloper; voor de tweede maken wij afspraken met
het ziekenhuis in Duinwijk over onderwijs-zorgarrangementen.</p>
<h3>3.3 Samenwerking met gemeenten</h3>
<p>In het OOGO met de drie gemeenten hebben wij afgesproken dat iedere school een vaste
jeugdhulpverlener van het lokale team heeft en dat zorg onder schooltijd zonder wachttijd kan worden
ingezet. Over leerlingenvervoer en onderwijshuisvesting maken de gemeenten afspraken met de
schoolbesturen.</p>
</section>

<section id="tlv">
<h2>4. Toelaatbaarheid sbo en so</h2>
<p>Voor een plaats op het speciaal basisonderwijs of het speciaal onderwijs is een
toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.</p>
<aside>Zie bijlage 3 voor de TLV-procedure, de criteria en de bezwaarmogelijkheden.</aside>
</section>

<section id="terugplaatsing">
<h2>5. Terugplaatsing</h2>
<p>Het beleid en de procedure voor terugplaatsing en overplaatsing naar het basisonderwijs zijn
uitgewerkt in bijlage 5, <em>Terug- en doorplaatsing in Duinstreek-Noord</em>.</p>
</section>

<section id="financien">
<h2>6. Financiën en meerjarenbegroting</h2>
<p>Het samenwerkingsverband werkt met een expertisemodel: het geld volgt de ondersteuningsbehoefte van de
leerling en niet de school. Na aftrek van de afdrachten aan het speciaal onderwijs en het speciaal
basisonderwijs verdelen wij de middelen als volgt:</p>
<ul>
  <li>iedere school ontvangt een vaste voet van € 7.500 plus € 95 per leerling voor preventieve
      ondersteuning (teldatum 1 oktober van het voorgaande jaar);</li>
  <li>arrangementen worden toegekend door de trajectbegeleider op basis van het groeidocument, met een
      normbedrag van € 2.500 (licht), € 6.000 (middel) of € 11.000 (intensief) per schooljaar;</li>
  <li>de bovenschoolse voorzieningen worden centraal bekostigd.</li>
</ul>
<p>Het bestuur stelt dit verdeelmodel elk jaar vóór 1 december vast, na advies van de directeuren. De
schoolbesturen verantwoorden de inzet van de middelen in hun jaarverslag.</p>
<p>De begroting staat op onze website.</p>
</section>

<section id="resultaten">
<h2>7. Resultaten</h2>
<p>De beoogde resultaten en de bijbehorende indicatoren voor 2026-2030 zijn opgenomen in bijlage 6.</p>
<p>Wij volgen de resultaten met een monitor die twee keer per jaar wordt opgesteld. Daarin staan onder
meer de deelnamepercentages sbo en so (telling 1 oktober), het aantal afgegeven TLV's en arrangementen,
het aantal thuiszitters (telling leerplicht 1 juni), de doorlooptijd van aanvragen en de uitkomsten van
een jaarlijkse vragenlijst onder ouders en intern begeleiders. Het bestuur en de ondersteuningsplanraad
bespreken de monitor in juni en december; het jaarverslag, dat jaarlijks vóór 1 juli verschijnt,
verantwoordt welke resultaten zijn bereikt en welke middelen daarvoor zijn ingezet.</p>
</section>

<section id="ouders">
<h2>8. Ouders</h2>
<h3>8.1 Hoe informeren wij ouders?</h3>
<p>Op de ouderpagina van deze website leggen wij uit welke ondersteuning er is, van de basisondersteuning
tot het speciaal onderwijs, en hoe u die krijgt. Iedere school vermeldt in de schoolgids wat zij zelf
biedt en wie de intern begeleider is. Nieuwe ouders krijgen bij de aanmelding de brochure
<em>Passend onderwijs in de Duinstreek</em>. Daarnaast organiseren wij drie keer per jaar een
online ouderavond en staat ons team op de informatiemarkt van de gemeenten.</p>
<h3>8.2 Onafhankelijke hulp</h3>
<p>Ouders en kinderen die vragen hebben of er met school niet uitkomen, kunnen terecht bij het
<strong>Ouder- en Jeugdsteunpunt Duinstreek</strong>. Het steunpunt werkt onafhankelijk van de
schoolbesturen, is gratis en is bereikbaar via telefoon, WhatsApp en een wekelijks spreekuur in de
bibliotheek van Strandhoven. Ook kunnen ouders gebruikmaken van de landelijke
<strong>Onderwijsconsulenten</strong>. Klachten over het samenwerkingsverband behandelen wij volgens
onze klachtenregeling; de klachtencommissie is ondergebracht bij Stichting Onderwijsgeschillen.</p>
<h3>8.3 Ouders als partner</h3>
<p>Ouders worden uitgenodigd voor ieder groeidocumentgesprek en tekenen voor gezien. In de
ondersteuningsplanraad hebben vier ouders zitting.</p>
</section>

<section id="bijlagen">
<h2>Bijlagen (download)</h2>
<ul>
  <li><a href="/downloads/bijlage-1-begrippenlijst.pdf">Bijlage 1 – Begrippenlijst</a></li>
  <li><a href="/downloads/bijlage-2-referentiekader-basisondersteuning.pdf">Bijlage 2 – Referentiekader basisondersteuning</a></li>
  <li><a href="/downloads/bijlage-3-tlv-procedure.pdf">Bijlage 3 – Procedure en criteria toelaatbaarheid (TLV), bezwaar</a></li>
  <li><a href="/downloads/bijlage-4-oogo-verslag.pdf">Bijlage 4 – Verslag OOGO</a></li>
  <li><a href="/downloads/bijlage-5-terug-en-doorplaatsing.pdf">Bijlage 5 – Terug- en doorplaatsing</a></li>
  <li><a href="/downloads/bijlage-6-beoogde-resultaten.pdf">Bijlage 6 – Beoogde resultaten en indicatoren</a></li>
  <li><a href="/downloads/meerjarenbegroting-2026-2029.pdf">Meerjarenbegroting 2026-2029</a></li>
</ul>
</section>
</main>

<footer>
  <p>© 2026 Passend Onderwijs Duinstreek-Noord · Zeeweg 40, 1970 AA Duinwijk ·
     <a href="/privacy" style="color:#fff">Privacyverklaring</a> ·
     <a href="/cookies" style="color:#fff">Cookies</a></p>
  <p>Snel naar: basisondersteuning · TLV aanvragen · terugplaatsing · ouder- en jeugdsteunpunt</p>
</footer>
</body>
</html>
"""


def labels_verwijzingen() -> None:
    write_labels(
        "po-verwijzingen", ["po-verwijzingen.html"], True,
        description="HTML web version. Traps: content referred to absent annexes (bijlage 2, 3, 5, 6) and to "
                    "'de begroting staat op onze website'; navigation, meta description, download list and "
                    "footer repeat element words.",
        elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        notes={
            "basisondersteuning": "§2 states the agreed common level for every vestiging (niveau) but the "
                                  "standards themselves are only in absent bijlage 2 -> inhoud not addressed; "
                                  "report as verwezen (bijlage 2)",
            "plaatsing": "§4 only 'Voor een plaats ... is een TLV nodig' + 'Zie bijlage 3 voor de TLV-procedure, "
                         "de criteria en de bezwaarmogelijkheden' (annex absent) -> nothing addressed; verwezen",
            "terugstroom": "§5 only refers to absent bijlage 5 -> missing; verwezen",
            "financien": "§6 verdeelmodel (vaste voet EUR 7.500 + EUR 95 per leerling, normbedragen "
                         "arrangementen, decision before 1 Dec) but 'De begroting staat op onze website' -> "
                         "besteding not addressed; verwezen",
            "dekkend-aanbod": "§3.1 continuum, §3.2 thuiszitters and witte vlekken with actions, §3.3 OOGO",
            "resultaten": "§7: beoogde resultaten only in absent bijlage 6 (doelen false); monitoring cycle, "
                          "sources and jaarverslag described (monitoring true)",
            "ouders": "§8.1 channels, §8.2 OJSP + Onderwijsconsulenten + klachtenregeling, §8.3 role",
            "traps": "nav list and <meta description> and footer 'Snel naar' contain element words; the download "
                     "list names the annexes but they are not part of the input",
        })


# ======================================================================================
# 6. po-verborgen — unusual chapter structure, everything present but hidden in other chapters
# ======================================================================================

def spec_verborgen() -> dict:
    yrs = [
        ("2026", 6420, 2610, 1730, 1480, 550),
        ("2027", 6365, 2590, 1715, 1470, 555),
        ("2028", 6310, 2575, 1700, 1460, 560),
        ("2029", 6260, 2560, 1690, 1450, 565),
    ]

    def mln(x):
        return f"€ {x / 1000:.2f} mln".replace(".", ",")

    year_lines = []
    for y, baten, afdr, school, arr, org in yrs:
        saldo = baten - afdr - school - arr - org
        year_lines.append(
            f"**{y}:** baten {mln(baten)}; afdrachten sbo en so {mln(afdr)}; schoolbudgetten {mln(school)}; "
            f"arrangementen en bovenschoolse voorzieningen {mln(arr)}; organisatie, Team Toewijzing en "
            f"steunpunt {mln(org)}; saldo {mln(abs(saldo))} {'negatief' if saldo < 0 else 'positief'}.")
    B = [("title", [
        ("De Brede Linie", 26, True),
        ("Samenwerkingsverband passend primair onderwijs PO 24-07", 13, False),
        ("", 10, False),
        ("Ondersteuningsplan 2026-2030", 18, False),
        ("‘Samen de lijn vasthouden’", 12, False),
    ]), ("pagebreak",)]
    B += [("h1", "Voorwoord"),
          ("p", "Vier jaar geleden schreven wij dat ieder kind in onze regio verdient dat de lijn van zijn "
                "schoolloopbaan niet wordt onderbroken. In de terugblik op de afgelopen periode zien we dat "
                "dat vaker is gelukt dan voorheen, maar ook dat het nog te vaak afhangt van de school waar een "
                "kind toevallig wordt aangemeld. Dit plan is het antwoord daarop: minder vrijblijvend, "
                "concreter en met duidelijke afspraken."),
          ("p", "Mirjam Dekkers, directeur-bestuurder"),
          ("h1", "1 Uitgangspunten"),
          ("p", "De Brede Linie verbindt 33 basisscholen van acht besturen, sbo De Linde en de so-school Het "
                "Anker (cluster 4) in de gemeenten Linderen, Haverdam en Oostmaat. Voor kinderen met een "
                "visuele of auditieve beperking (cluster 1 en 2) zijn landelijke instellingen "
                "verantwoordelijk; zij vallen buiten dit plan. In onze regio gaan 8.450 kinderen naar de "
                "basisschool; ieder jaar stromen er ongeveer 1.050 uit naar het voortgezet onderwijs."),
          ("p", "Wij werken vanuit drie uitgangspunten: zo thuisnabij als het kan, zo speciaal als het moet; "
                "de leerkracht staat er niet alleen voor; en wat we afspreken, maken we meetbaar."),
          ("h1", "2 Het ondersteuningsaanbod"),
          ("p", "Ons aanbod kent drie niveaus die naadloos op elkaar aansluiten. Samen vormen zij het "
                "samenhangend geheel van voorzieningen binnen en tussen de scholen dat de wet van ons vraagt."),
          ("h2", "2.1 Niveau 1 – Wat iedere school biedt"),
          ("p", "Niveau 1 is de basisondersteuning: de ondergrens die de acht besturen samen hebben vastgelegd "
                "en die iedere school op iedere locatie waarmaakt. Geen school van De Brede Linie mag eronder "
                "zitten. Concreet heeft elke school een intern begeleider of ondersteuningscoördinator, werkt "
                "zij met een ontwikkelingsvolgmodel en twee keer per jaar een groepsanalyse, heeft zij een "
                "leesverbeterplan voor zwakke lezers en volgt zij het dyslexieprotocol. Gedrag wordt "
                "schoolbreed benaderd volgens Positive Behavior Support, met duidelijke gedragsverwachtingen en "
                "een vaste opvolging bij incidenten. Leerlingen die meer aankunnen krijgen een verrijkingsaanbod "
                "in de eigen groep. Iedere school heeft een protocol medisch handelen en kan zonder aanvraag een "
                "gedragsspecialist of taalspecialist van het samenwerkingsverband consulteren "
                "(preventieve ambulante begeleiding, maximaal zes contacten)."),
          ("p", "De scholen beschrijven in hun schoolondersteuningsprofiel hoe zij dit doen. De "
                "kwaliteitsmedewerker van De Brede Linie bezoekt iedere school eens per twee jaar en bespreekt "
                "de uitkomst met het bestuur; bij tekortkomingen volgt een verbeterafspraak met een termijn."),
          ("h2", "2.2 Niveau 2 – Arrangementen binnen en tussen scholen"),
          ("p", "Als een leerling meer nodig heeft dan niveau 1, vraagt de school via het ondersteuningsteam "
                "een arrangement aan bij Team Toewijzing. Een arrangement is maatwerk met een doel, een duur en "
                "een budget: bijvoorbeeld twaalf weken begeleiding door een gedragsspecialist, extra handen in "
                "de groep of een aangepaste leeromgeving. Daarnaast zijn er groepsarrangementen tussen scholen: "
                "het Leerlab voor hoogbegaafde leerlingen (twee dagdelen per week), de observatiegroep De Brug "
                "(acht weken) en de taalklas voor nieuwkomers in Haverdam. Het Leerlab is bij minder dan tien "
                "deelnemers niet kostendekkend; daarom werken twee besturen daarvoor samen. Met de gemeenten "
                "bieden wij onderwijs-zorgarrangementen waarin jeugdhulp in de klas wordt ingezet."),
          ("h2", "2.3 Niveau 3 – Speciaal (basis)onderwijs"),
          ("p", "Op niveau 3 gaat een leerling naar sbo De Linde of naar het speciaal onderwijs. Daarvoor is "
                "een toelaatbaarheidsverklaring (TLV) van De Brede Linie nodig. Het bestuur van de school waar "
                "het kind staat ingeschreven, dient de aanvraag in bij Team Toewijzing met het groeidocument, "
                "het OPP en de zienswijze van ouders. Team Toewijzing vraagt twee deskundigen om ieder "
                "afzonderlijk schriftelijk te adviseren: altijd een orthopedagoog-generalist of GZ-psycholoog, "
                "en daarnaast een jeugdarts, maatschappelijk werker of kinderpsychiater, al naar gelang de "
                "vraag. Geen van beiden is bij de aanvraag betrokken geweest. Team Toewijzing beslist binnen "
                "vier weken na een volledige aanvraag; in crisissituaties binnen drie werkdagen."),
          ("p", "Een leerling komt in aanmerking voor het sbo wanneer een arrangement op niveau 2 ten minste "
                "zes maanden is ingezet en geëvalueerd, en het kind aantoonbaar is aangewezen op een kleine "
                "groep met een orthopedagogisch klimaat en een aangepast programma. Voor het so geldt "
                "aanvullend dat er sprake is van een vastgestelde stoornis of beperking die de leerling "
                "langdurig en ernstig belemmert, en dat onderwijs en zorg op één plek nodig zijn. De TLV sbo "
                "geldt twee schooljaren; de TLV so één tot drie schooljaren en vermeldt de "
                "bekostigingscategorie (laag, midden of hoog). Ouders en school kunnen binnen zes weken "
                "bezwaar maken; De Brede Linie heeft een eigen Adviescommissie Bezwaar TLV met een "
                "onafhankelijke jurist als voorzitter."),
          ("p", "Een plaatsing op niveau 3 is bij ons altijd tijdelijk bedoeld: het doel is dat een leerling, "
                "als het kan, weer naar een reguliere basisschool in de eigen woonplaats gaat. Dat kan wanneer "
                "het OPP laat zien dat de leerling zijn doelen met een arrangement ook in een reguliere groep "
                "kan halen. De sbo- of so-school bespreekt dit bij iedere OPP-evaluatie met ouders. Uiterlijk "
                "zes maanden voor het einde van de TLV stelt de school, samen met ouders en een consulent van "
                "Team Toewijzing, vast of de leerling teruggaat of dat een nieuwe TLV nodig is; Team Toewijzing "
                "beslist over een eventuele verlenging. Gaat de leerling terug, dan kiezen ouders met de "
                "consulent een basisschool en krijgt die school een terugkeerarrangement: één jaar ambulante "
                "begeleiding door de sbo- of so-school en € 4.000 voor extra handen in de klas. Na tien weken "
                "en aan het einde van het schooljaar evalueren alle betrokkenen de overstap. Ook een "
                "overplaatsing van so naar sbo verloopt via deze route. In 2025 gingen elf leerlingen terug "
                "naar het reguliere onderwijs."),
          ("h1", "3 Zorgplicht en thuiszitters"),
          ("p", "De toelating van een leerling tot een basisschool blijft een besluit van het bevoegd gezag "
                "van die school. Kan die school het kind geen passend aanbod doen, dan zoekt zij binnen de "
                "wettelijke termijn een school die dat wel kan; Team Toewijzing helpt daarbij. Zo dragen de "
                "besturen samen de zorgplicht en houden we het netwerk dekkend."),
          ("p", "Iedere school meldt verzuim van meer dan tien dagen zonder passend aanbod aan Team "
                "Toewijzing. Eens per zes weken bespreekt het Thuiszitterspact (samenwerkingsverband, "
                "leerplicht, jeugdhulp en de besturen) iedere thuiszitter met een plan, een eigenaar en een "
                "datum. Jaarlijks maken wij een analyse van de kinderen voor wie geen passende plek bleek: in "
                "2025 waren dat jonge kinderen met ernstige gedragsproblemen en een ontwikkelingsachterstand. "
                "Voor hen opent De Brug per 1 januari 2027 een tweede groep. Staat een kind op een wachtlijst "
                "voor het so, dan biedt De Brede Linie een tussentijds arrangement."),
          ("h1", "4 Communicatie"),
          ("p", "Ouders vinden op www.debredelinie.example een ouderroute: een stap-voor-stap uitleg van wat "
                "iedere school biedt, welke arrangementen er zijn en hoe een TLV wordt aangevraagd. Elke "
                "school neemt in de schoolgids een verwijzing naar die ouderroute op. Er is een folder in "
                "eenvoudige taal en in vijf andere talen, en twee keer per jaar houden wij een ouderavond "
                "met een thema."),
          ("p", "Voor onafhankelijk advies kunnen ouders en kinderen terecht bij het Steunpunt Ouders en "
                "Jeugd, het ouder- en jeugdsteunpunt van De Brede Linie dat wordt uitgevoerd door een "
                "onafhankelijke ouderorganisatie. Het steunpunt beantwoordt vragen, gaat mee naar gesprekken en "
                "helpt bij onenigheid. Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen, en is er "
                "een klachtenregeling en de Geschillencommissie passend onderwijs."),
          ("p", "Ouders zijn volwaardig partner bij de gesprekken over hun kind en hebben zes van de twaalf "
                "zetels in de ondersteuningsplanraad."),
          ("h1", "5 Kwaliteitszorg"),
          ("p", "Wat we afspreken, maken we meetbaar. Voor deze planperiode hebben we de volgende doelen "
                "vastgesteld voor kinderen die extra ondersteuning nodig hebben:"),
          ("ul", ["in 2028 voldoen alle 33 scholen aantoonbaar aan niveau 1 (2025: 27 scholen);",
                  "het deelnamepercentage sbo + so daalt van 3,8% (1 oktober 2025) naar hoogstens 3,5% in 2030;",
                  "er zijn op 1 juni 2030 niet meer dan twee thuiszitters langer dan vier weken (2025: zeven);",
                  "jaarlijks gaan ten minste twaalf leerlingen terug naar het reguliere onderwijs (2025: elf);",
                  "90% van de arrangementen bereikt de afgesproken doelen (2025: 78%)."]),
          ("p", "Wij volgen deze doelen met een kwaliteitskalender volgens de PDCA-cyclus. In januari en juli "
                "verschijnt een kwaliteitsrapportage op basis van de DUO-gegevens, de registratie van Team "
                "Toewijzing, de leerplichtgegevens en de evaluaties van arrangementen. Bestuur, raad van "
                "toezicht en ondersteuningsplanraad bespreken de rapportage; in het jaarverslag leggen wij "
                "verantwoording af over bereikte resultaten en de kosten per voorziening. In de vorige "
                "planperiode daalde het aantal thuiszitters van zestien naar zeven en steeg het aantal scholen "
                "dat aan niveau 1 voldoet van 19 naar 27."),
          ("h1", "6 Geld en middelen"),
          ("p", "De middelen van De Brede Linie worden verdeeld via een gemengd model. Iedere school ontvangt "
                "een schoolbudget van € 205 per leerling (teldatum 1 oktober) voor niveau 1 en lichte "
                "vormen van niveau 2. Team Toewijzing kent arrangementen toe op grond van de "
                "ondersteuningsbehoefte en een vaste prijslijst (licht € 2.000, middel € 5.500, zwaar € 9.500 "
                "per jaar). Het Leerlab, De Brug en de taalklas worden centraal bekostigd. De algemene "
                "ledenvergadering stelt het model en de begroting jaarlijks in november vast."),
          ("p", "De begroting voor de planperiode ziet er als volgt uit:"),
          ("ul", year_lines),
          ("p", "De reserve bedroeg op 31 december 2025 € 1,35 miljoen, onder de signaleringswaarde. Wij "
                "houden een weerstandsvermogen aan van ten minste 7,5% van de baten om schommelingen in het "
                "aantal so-leerlingen op te vangen. Besturen leggen jaarlijks verantwoording af over de "
                "inzet van het schoolbudget in een vast format."),
          ("h1", "7 Samenwerking met gemeenten"),
          ("p", "Met Linderen, Haverdam en Oostmaat voeren wij jaarlijks OOGO. Gezamenlijke afspraken gaan "
                "over jeugdhulp op school, thuiszitters, leerlingenvervoer en een sluitende aanpak voor jonge "
                "kinderen via de voorschoolse voorzieningen."),
          ("h1", "8 Organisatie en medezeggenschap"),
          ("p", "De Brede Linie is een vereniging met een directeur-bestuurder en een raad van toezicht. De "
                "ondersteuningsplanraad heeft op 9 maart 2026 ingestemd met dit plan. Ons "
                "professionaliseringsaanbod voor intern begeleiders staat in de jaarkalender."),
          ]
    return {"title": "Ondersteuningsplan 2026-2030 De Brede Linie",
            "author": "SWV PO 24-07 De Brede Linie",
            "header": "De Brede Linie · PO 24-07 · Ondersteuningsplan 2026-2030",
            "footer": "",
            "font": "Cambria",
            "blocks": B}


def labels_verborgen() -> None:
    write_labels(
        "po-verborgen", ["po-verborgen.docx"], True,
        description="Unusual chapter structure (cf. Part B 5.1): no heading for terugplaatsing, resultaten, "
                    "ouders or financien; everything present in body text.",
        elements={e: "present" for e in ["basisondersteuning", "plaatsing", "terugstroom", "financien",
                                         "dekkend-aanbod", "resultaten", "ouders"]},
        criteria={k: True for k in [
            "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
            "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
            "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
            "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]},
        notes={
            "basisondersteuning": "§2.1 'Niveau 1 – Wat iedere school biedt' (heading has no element word)",
            "plaatsing": "§2.3 'Niveau 3 – Speciaal (basis)onderwijs': Team Toewijzing, 4 weeks, deskundigen, "
                         "criteria, duur, categorie, own bezwaar committee",
            "terugstroom": "third paragraph of §2.3 only (no heading): policy 'altijd tijdelijk', steps, 6 months "
                           "before TLV end, terugkeerarrangement EUR 4.000, evaluation moments, 11 in 2025",
            "financien": "ch. 6 'Geld en middelen': gemengd model, EUR 205 per leerling, price list, per-year "
                         "begroting 2026-2029 as bullet list with amounts (no table), reserves",
            "dekkend-aanbod": "ch. 2 intro + §2.2 arrangements + ch. 3 'Zorgplicht en thuiszitters' + ch. 7 OOGO",
            "resultaten": "ch. 5 'Kwaliteitszorg': targets + PDCA/kwaliteitsrapportage + bereikte resultaten",
            "ouders": "ch. 4 'Communicatie': ouderroute website, folder, ouderavond; Steunpunt Ouders en Jeugd, "
                      "Onderwijsconsulenten, klachten/GPO",
            "traps": "'terugblik' (voorwoord), 'uitstromen' (ch.1), 'toelating' (ch.3), 'kostendekkend' (§2.2), "
                     "'professionaliseringsaanbod' (ch.8), cluster 1/2 excluded (ch.1)",
        })


# ======================================================================================
# 7. po-concept — plain-text draft with placeholders; form feeds between pages
# ======================================================================================

CONCEPT_PAGES = [
    # page 1 is built in make_concept() (title + Inhoud with computed page numbers)
    """\
1 INLEIDING

Dit is de werkversie van het ondersteuningsplan voor de periode 1 augustus 2026 tot en met
31 juli 2030. De teksten van de hoofdstukken 5, 6 en 8 zijn besproken in de stuurgroep van
6 november 2025; de overige hoofdstukken worden door de werkgroepen aangevuld. Opmerkingen
tussen [vierkante haken] zijn aantekeningen voor de schrijvers en vervallen in de definitieve
versie.

Het plan wordt na vaststelling gepubliceerd op de website en als pdf aan de scholen gestuurd.


2 CONTEXT EN KENGETALLEN

Het samenwerkingsverband omvat zes schoolbesturen met 26 basisscholen, sbo De Eemster en de
so-locatie De Zwaluw (cluster 3). Voor cluster 1 en 2 gelden de landelijke instellingen.

    Leerlingen basisonderwijs (1-10-2025)        5.980
    Leerlingen sbo                                 131   (2,19%)
    Leerlingen so                                   97   (1,62%)
    Uitstroom groep 8 naar vo (zomer 2025)         612

[cijfers 2025 nog controleren met het DUO-bestand - MvL]
""",
    """\
3 BASISONDERSTEUNING

[nog invullen - tekst werkgroep IB'ers, aanleveren vóór 15 januari 2026]

3.1 Standaarden basisondersteuning

Volgt.

3.2 Borging

p.m.


4 EXTRA ONDERSTEUNING EN DEKKEND AANBOD

4.1 Ondersteuningsroute en arrangementen

p.m. - afhankelijk van het besluit over het verdeelmodel (zie 7.1).

4.2 Thuiszitters en dekkend aanbod

Wordt in 2027 uitgewerkt.
""",
    """\
5 TOELAATBAARHEID TOT SBO EN SO

5.1 Aanvraag

Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school
waar de leerling is ingeschreven. Zit de leerling nog niet op een school, dan vraagt het
bevoegd gezag van de school van aanmelding de TLV aan. De aanvraag bevat het OPP, een
evaluatie van de ondersteuning van het afgelopen jaar en het onderwijskundig rapport. De
aanvraag wordt ingediend bij het Toewijzingsloket; de coördinator van het loket toetst binnen
vijf werkdagen of het dossier volledig is.

5.2 Deskundigen en besluit

Het loket legt het dossier voor aan twee deskundigen: een orthopedagoog of psycholoog en,
afhankelijk van de hulpvraag, een tweede deskundige (arts, maatschappelijk werker,
kinderpsychiater of pedagoog). Zij adviseren ieder afzonderlijk en schriftelijk. De
Toewijzingscommissie neemt binnen zes weken na ontvangst van het volledige dossier een besluit.

5.3 Criteria

Sbo: de leerling heeft ten minste een jaar extra ondersteuning gekregen die aantoonbaar
onvoldoende effect heeft gehad; de leerling heeft structureel een kleinere groep en een
specifieke didactische en pedagogische aanpak nodig; de mogelijkheden van de
basisondersteuning en van extra ondersteuning op de eigen school zijn uitgeput.

So cluster 3: de leerling heeft een verstandelijke beperking (zml), een lichamelijke beperking
of een langdurige ziekte die het leren ernstig belemmert, vastgesteld door een arts of
psycholoog, en heeft een combinatie van zorg en onderwijs nodig die basisschool of sbo niet
kan bieden. So cluster 4: ernstige gedrags- of psychiatrische problematiek, vastgesteld door een
GZ-psycholoog of kinderpsychiater, waarvoor een behandelklimaat binnen de school nodig is.

5.4 Duur en bekostigingscategorie

Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor
twee schooljaren, met bekostigingscategorie laag, midden of hoog op basis van het advies van
de deskundigen.

5.5 Bezwaar

Volgt. [aansluiten bij de LBT of een eigen commissie? besluit AB januari]
""",
    """\
6 TERUGPLAATSING

6.1 Procedure

- In het laatste jaar van de TLV bespreekt de sbo- of so-school tijdens de OPP-evaluatie in
  het voorjaar of de leerling naar een basisschool kan.
- De school meldt de uitkomst vóór 1 maart aan het Toewijzingsloket.
- Is een nieuwe TLV nodig, dan dient het bevoegd gezag van de sbo- of so-school vóór 1 april
  een aanvraag in; de procedure van hoofdstuk 5 is dan van toepassing.
- Wordt geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli en wordt de leerling
  aangemeld bij een basisschool.

6.2 Beleid en ondersteuning na terugkeer

p.m. [werkgroep sbo/so levert in februari een voorstel]


7 FINANCIËN

7.1 Verdeelmodel

p.m. - besluit algemeen bestuur over de keuze tussen schoolmodel en expertisemodel verwacht
in maart 2026.

7.2 Meerjarenbegroting 2026-2029

Wordt in 2027 uitgewerkt.

7.3 Reserves

Volgt.
""",
    """\
8 RESULTATEN

8.1 Beoogde resultaten 2026-2030

Voor leerlingen die extra ondersteuning nodig hebben streeft het samenwerkingsverband in de
planperiode naar de volgende resultaten:

  a. het deelnamepercentage sbo daalt van 2,19% (2025) naar hoogstens 2,0% in 2030; het
     deelnamepercentage so blijft onder 1,7%;
  b. 95% van de TLV-aanvragen wordt binnen zes weken afgehandeld (2025: 84%);
  c. ten minste 80% van de leerlingen met een OPP bereikt het uitstroomprofiel dat in het
     OPP is vastgelegd.

8.2 Monitoring en verantwoording

[nog invullen - afstemmen met controller: welke indicatoren uit het dashboard, hoe vaak
rapporteren?]


9 OUDERS

9.1 Informatievoorziening

[nog invullen]

9.2 Ouder- en jeugdsteunpunt

Volgt na het besluit over de inrichting van het steunpunt (verwacht 2027).


10 ORGANISATIE EN PLANNING

Het samenwerkingsverband is een stichting met een directeur-bestuurder en een
toezichthoudend algemeen bestuur. Planning: bespreking algemeen bestuur 20 januari 2026;
definitieve vaststelling uiterlijk 24 maart 2026; toezending aan de inspectie vóór 1 mei 2026.

Bijlage: begrippenlijst (nog op te nemen)
""",
]


def make_concept() -> None:
    header = "SWV PO 29-02 Eemvallei-Oost | Ondersteuningsplan 2026-2030 | CONCEPT v0.4"
    n_pages = len(CONCEPT_PAGES) + 1
    toc = []
    for i, page in enumerate(CONCEPT_PAGES, start=2):
        for line in page.splitlines():
            m = re.match(r"^(\d+) ([A-ZËÏ ]+[A-ZËÏ])$", line)
            if m:
                title = m.group(2).capitalize().replace("sbo en so", "sbo en so")
                title = title.replace("Sbo", "sbo").replace(" so", " so")
                toc.append((f"{m.group(1)} {title}", i))
    toc_lines = "\n".join(f"{t} {'.' * (60 - len(t))} {p}" for t, p in toc)
    first = f"""\


ONDERSTEUNINGSPLAN 2026-2030

Samenwerkingsverband Passend Primair Onderwijs Eemvallei-Oost (PO 29-02)

CONCEPT versie 0.4 - 14 november 2025
Status: werkversie voor de stuurgroep, niet verspreiden
Opmerkingen graag vóór 5 december 2025 naar de beleidsmedewerker.


INHOUD

{toc_lines}
Bijlage: begrippenlijst
"""
    pages = [first] + CONCEPT_PAGES
    out = []
    for i, page in enumerate(pages, start=1):
        body = page.rstrip("\n")
        out.append(f"{header}\n\n{body}\n\n{'- pagina ' + str(i) + ' van ' + str(n_pages) + ' -':>90}\n")
    write_text("po-concept.txt", "\f".join(out))


def labels_concept() -> None:
    write_labels(
        "po-concept", ["po-concept.txt"], True,
        description="Plain-text draft with placeholders; headings for every element, several bodies are "
                    "'p.m.', 'volgt', '[nog invullen]', 'wordt in 2027 uitgewerkt'. Running header on every "
                    "page; form feeds between pages.",
        elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "partial",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        notes={
            "basisondersteuning": "ch. 3 body '[nog invullen ...]', 3.1 'Volgt.', 3.2 'p.m.'; only a passing "
                                  "mention in the sbo criteria (5.3)",
            "plaatsing": "ch. 5: applicant, dossier, loket, two deskundigen, Toewijzingscommissie, 6 weeks, "
                         "criteria sbo/so3/so4, duur + categorie; 5.5 bezwaar 'Volgt.' (advisory, not needed)",
            "terugstroom": "6.1 procedure steps (last TLV year, 1 March, 1 April, end 31 July); 6.2 beleid "
                           "'p.m.' -> beleid false",
            "financien": "7.1 'p.m.', 7.2 'Wordt in 2027 uitgewerkt.', 7.3 'Volgt.' -> nothing addressed",
            "dekkend-aanbod": "4.1 'p.m.', 4.2 'Wordt in 2027 uitgewerkt.'; 'extra ondersteuning' only in "
                              "passing in 5.3",
            "resultaten": "8.1 measurable targets (doelen true); 8.2 '[nog invullen ...]' -> monitoring false",
            "ouders": "9.1 '[nog invullen]', 9.2 heading 'Ouder- en jeugdsteunpunt' with deferring body; parents "
                      "appear nowhere else in the body",
            "traps": "element headings exist for all seven; running header line repeated on each page; "
                     "'uitstroom' (ch. 2, 8.1)",
        })


# ======================================================================================
# 8. np-po-schoolondersteuningsprofiel — a single school's SOP (not an SWV plan)
# ======================================================================================

def spec_sop() -> dict:
    B = [("title", [
        ("Schoolondersteuningsprofiel 2025-2026", 20, True),
        ("Basisschool De Regenboog", 15, True),
        ("Dorpsstraat 12, 6961 BK Zandhove · brinnummer 09XR", 10, False),
        ("onderdeel van de schoolgids · vastgesteld door de directie na advies van de MR (30 juni 2025)",
         9, False),
    ]), ("pagebreak",)]
    B += [("h1", "1 Waarom dit profiel?"),
          ("p", "In dit schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning Basisschool De "
                "Regenboog aan kinderen kan bieden. Onze school is aangesloten bij het samenwerkingsverband "
                "SWV PO 28-05 Rivierenland-Oost. In het ondersteuningsplan van het samenwerkingsverband staat "
                "wat alle scholen in de regio minimaal bieden; in dit profiel leest u hoe wij dat op De "
                "Regenboog invullen en wat wij daarnaast kunnen. Het profiel wordt ieder jaar door het team "
                "geëvalueerd en is, na advies van de medezeggenschapsraad, onderdeel van onze schoolgids."),
          ("h1", "2 Onze school"),
          ("p", "De Regenboog is een katholieke basisschool met 214 leerlingen in negen groepen. Het team "
                "bestaat uit 17 leerkrachten, een intern begeleider (vier dagen), twee onderwijsassistenten en "
                "een vakleerkracht gymnastiek. Ongeveer 18% van onze leerlingen heeft een gewicht in de "
                "onderwijsachterstandenregeling. De school heeft een lift en een aangepast toilet."),
          ("h1", "3 Basisondersteuning op De Regenboog"),
          ("p", "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Voor onze "
                "school betekent dat concreet:"),
          ("ul", ["drie keer per jaar groepsbesprekingen van leerkracht en intern begeleider;",
                  "een leesverbetertraject voor groep 3 tot en met 5 en begeleiding volgens het "
                  "dyslexieprotocol, met voorleessoftware vanaf groep 5;",
                  "de methode Kwink voor sociaal-emotioneel leren en een pestprotocol;",
                  "een plusgroep op dinsdagochtend voor kinderen die meer aankunnen;",
                  "een vaste jeugdverpleegkundige en schoolmaatschappelijk werker op donderdag."]),
          ("h2", "3.1 Onze ondersteuning in vier stappen"),
          ("ul", ["**Stap 1 – in de groep:** de leerkracht signaleert, past de instructie aan en bespreekt "
                  "dit met ouders.",
                  "**Stap 2 – met de intern begeleider:** leerkracht en IB'er stellen een plan op voor zes tot "
                  "acht weken en evalueren dat met ouders.",
                  "**Stap 3 – het ondersteuningsteam:** IB'er, ouders, leerkracht, de onderwijsadviseur van het "
                  "samenwerkingsverband en zo nodig de schoolmaatschappelijk werker zoeken samen naar een "
                  "aanpak; er wordt een ontwikkelingsperspectief opgesteld als de leerling andere doelen krijgt.",
                  "**Stap 4 – extra ondersteuning:** de school vraagt een arrangement aan (zie hoofdstuk 4)."]),
          ("table", ["Onderwerp", "Wat wij kunnen bieden", "Waar wij tegenaan lopen"],
           [["Lezen en spelling", "leesverbetertraject, dyslexiebegeleiding, voorleessoftware",
             "weinig ruimte voor één-op-één begeleiding in groep 6-8"],
            ["Rekenen", "verlengde instructie, rekenhulpmiddelen", "specialist nog in opleiding"],
            ["Gedrag", "Kwink, time-in-plek, gedragsspecialist", "kinderen die dagelijks fysiek agressief zijn"],
            ["Meer- en hoogbegaafdheid", "plusgroep, compacten en verrijken", "geen voltijds aanbod"],
            ["Fysiek / medisch", "lift, aangepast toilet, medicijnprotocol", "geen verzorgingsruimte"],
            ["Taal / NT2", "taalcoördinator, extra taalgroep", "kinderen zonder enige kennis van het "
                                                                "Nederlands gaan eerst naar de "
                                                                "nieuwkomersklas"]],
           {"widths": [3.5, 6.5, 6.2]}),
          ("h1", "4 Extra ondersteuning"),
          ("p", "Sommige kinderen hebben meer nodig. Dan vragen wij via het ondersteuningsteam een arrangement "
                "aan bij het samenwerkingsverband, bijvoorbeeld voor begeleiding door een gedragsspecialist of "
                "extra inzet van een onderwijsassistent. In 2024-2025 hadden zes leerlingen van onze school een "
                "arrangement. Onze grenzen liggen bij kinderen die structureel één-op-één begeleiding nodig "
                "hebben of die door hun gedrag de veiligheid van anderen ernstig in gevaar brengen; dan zoeken "
                "wij samen met ouders en het samenwerkingsverband een passende plek."),
          ("table", ["Deskundigheid in het team", "Aanwezig"],
           [["Intern begeleider (master SEN)", "ja"],
            ["Gedragsspecialist", "ja, 1 leerkracht"],
            ["Specialist meer- en hoogbegaafdheid", "ja, 1 leerkracht"],
            ["Taalcoördinator / NT2", "ja"],
            ["Rekenspecialist", "in opleiding (2026)"],
            ["Kennis van het jonge kind", "ja, 2 leerkrachten"]],
           {"widths": [9, 6]}),
          ("h1", "5 Als een andere school beter past"),
          ("p", "Als wij een kind ondanks extra ondersteuning niet voldoende kunnen helpen, bespreken wij met "
                "ouders of het speciaal basisonderwijs of het speciaal onderwijs beter past. Ons schoolbestuur "
                "vraagt dan een toelaatbaarheidsverklaring (TLV) aan bij de Commissie van Toelaatbaarheid van "
                "het samenwerkingsverband. In de afgelopen drie jaar ging gemiddeld één leerling per jaar van "
                "onze school naar sbo De Wissel."),
          ("h1", "6 Samenwerking met partners"),
          ("p", "Wij werken nauw samen met het jeugdteam van de gemeente Zandhove, de jeugdarts van de GGD, de "
                "logopedist die wekelijks in school is en de voorschool De Kleine Regenboog in ons gebouw. Met "
                "de voorschool hebben wij een warme overdracht van ieder kind naar groep 1; met de scholen "
                "voor voortgezet onderwijs in Maasterlo een overdracht na groep 8."),
          ("h1", "7 Ouders"),
          ("p", "Ouders zijn voor ons de belangrijkste partner. Bij zorgen neemt de leerkracht contact met u op; "
                "u kunt ook zelf een afspraak maken met de intern begeleider, juf Anouk Verhoeven. U bent "
                "altijd aanwezig bij een bespreking in het ondersteuningsteam. Informatie over passend "
                "onderwijs in de regio vindt u op de website van het samenwerkingsverband; met vragen of "
                "zorgen die u niet met ons kunt oplossen, kunt u terecht bij het ouder- en jeugdsteunpunt "
                "van het samenwerkingsverband. De vrijwillige ouderbijdrage van € 45 gebruiken wij voor "
                "excursies en feesten, niet voor ondersteuning."),
          ("h1", "8 Onze ambities"),
          ("p", "In schooljaar 2025-2026 willen wij het rekenonderwijs versterken (een tweede rekenspecialist) "
                "en onze aanpak voor kinderen met een ontwikkelingsvoorsprong uitbreiden naar de onderbouw. "
                "Ook gaan wij de gesprekken met kinderen over hun eigen ontwikkeling (kindgesprekken) in alle "
                "groepen invoeren."),
          ]
    return {"title": "Schoolondersteuningsprofiel Basisschool De Regenboog 2025-2026",
            "author": "Basisschool De Regenboog",
            "header": "Schoolondersteuningsprofiel De Regenboog 2025-2026",
            "footer": "",
            "blocks": B}


# ======================================================================================
# 9. np-po-jaarverslag — annual report of an SWV (not a plan); PDF only
# ======================================================================================

def spec_jaarverslag() -> dict:
    B = [("title", [
        ("Jaarverslag 2025", 26, True),
        ("Samenwerkingsverband Passend Primair Onderwijs Markeland", 14, False),
        ("SWV PO 22-09", 12, False),
        ("", 10, False),
        ("Bestuursverslag en jaarrekening over het kalenderjaar 2025", 11, False),
        ("Vastgesteld door de raad van toezicht op 11 juni 2026", 10, False),
    ]), ("pagebreak",)]
    B += [("h1", "Voorwoord"),
          ("p", "2025 was het laatste volledige jaar van ons ondersteuningsplan 2022-2026. In dit jaarverslag "
                "leggen wij verantwoording af over wat wij in 2025 hebben gedaan, wat dat heeft opgeleverd en "
                "wat het heeft gekost. Het nieuwe ondersteuningsplan 2026-2030 is in maart 2026 vastgesteld en "
                "wordt in het volgende jaarverslag behandeld."),
          ("h1", "1 Organisatie"),
          ("p", "Markeland is een stichting waarin twaalf schoolbesturen samenwerken met 47 basisscholen, "
                "twee sbo-scholen en twee so-scholen. Het bestuur bestond in 2025 uit een directeur-bestuurder; "
                "de raad van toezicht vergaderde zes keer. De ondersteuningsplanraad (OPR) vergaderde vijf keer "
                "en stemde in met de wijziging van het verdeelmodel per 1 augustus 2025 en met het nieuwe "
                "ondersteuningsplan. Het OOGO met de gemeenten vond plaats op 14 mei en 26 november 2025."),
          ("h1", "2 Kengetallen 2025"),
          ("table", ["Kengetal", "2023", "2024", "2025"],
           [["Leerlingen basisonderwijs (1 oktober)", "10.412", "10.260", "10.118"],
            ["Deelnamepercentage sbo", "2,21%", "2,15%", "2,08%"],
            ["Deelnamepercentage so", "1,83%", "1,79%", "1,77%"],
            ["Afgegeven TLV's sbo", "88", "91", "84"],
            ["Afgegeven TLV's so", "67", "73", "70"],
            ["Toegekende arrangementen", "412", "455", "471"],
            ["Terugplaatsingen naar het basisonderwijs", "6", "9", "12"],
            ["Thuiszitters > 4 weken (1 juni)", "14", "11", "8"],
            ["Bezwaren tegen een TLV-besluit", "2", "1", "3"],
            ["Vragen bij het ouder- en jeugdsteunpunt", "–", "96", "143"]],
           {"widths": [8.5, 2.5, 2.5, 2.5], "numeric": True}),
          ("h1", "3 Uitvoering van het ondersteuningsplan in 2025"),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "In 2025 voerden wij bij alle twaalf besturen een auditgesprek over de basisondersteuning. "
                "41 van de 47 scholen voldeden aan alle standaarden, tegen 36 in 2024. Vijf scholen werkten "
                "met een verbeterplan; één school kreeg extra begeleiding op het gebied van gedrag."),
          ("h2", "3.2 Arrangementen en dekkend aanbod"),
          ("p", "Het aantal arrangementen steeg licht. De observatiegroep draaide het hele jaar vol; in "
                "september openden wij een tweede groep. De wachtlijst voor so cluster 4 liep terug van "
                "elf naar vier kinderen. Van de acht thuiszitters op 1 juni hadden er zes aan het einde van "
                "het jaar weer een onderwijsplek."),
          ("h2", "3.3 Toelaatbaarheid en terugplaatsing"),
          ("p", "De Commissie van Toelaatbaarheid behandelde 161 aanvragen. Gemiddeld duurde het 29 dagen "
                "tot een besluit; 96% van de besluiten viel binnen zes weken. Drie ouders maakten bezwaar; "
                "de Landelijke Bezwaaradviescommissie adviseerde in twee gevallen het bezwaar ongegrond te "
                "verklaren, één bezwaar werd ingetrokken. Twaalf leerlingen keerden met een "
                "terugplaatsingsarrangement terug naar een basisschool, het hoogste aantal sinds 2014."),
          ("h2", "3.4 Ouders"),
          ("p", "Het ouder- en jeugdsteunpunt beantwoordde 143 vragen, vooral over de overstap naar het "
                "voortgezet onderwijs en over de TLV. Er werden twee ouderavonden gehouden met in totaal 160 "
                "bezoekers. De nieuwe ouderpagina op de website werd 9.400 keer bezocht."),
          ("h1", "4 Financieel verslag"),
          ("p", "Het jaar sloot af met een negatief resultaat van € 212.000, conform de afspraak om de "
                "bovenmatige reserve af te bouwen. De reserve daalde daarmee naar € 1.480.000."),
          ("table", ["Staat van baten en lasten (× € 1.000)", "Begroting 2025", "Realisatie 2025",
                     "Realisatie 2024"],
           [["Rijksbijdragen ondersteuning", "7.980", "8.046", "7.912"],
            ["Overige baten", "60", "84", "71"],
            ["Afdrachten so en sbo", "3.410", "3.468", "3.390"],
            ["Schoolbudgetten besturen", "2.150", "2.150", "2.095"],
            ["Arrangementen en voorzieningen", "1.980", "2.031", "1.877"],
            ["Personeel en organisatie", "640", "627", "601"],
            ["Ouder- en jeugdsteunpunt", "75", "66", "40"],
            ["Resultaat", "-215", "-212", "-20"]],
           {"widths": [7.0, 3.0, 3.0, 3.0], "numeric": True, "bold_rows": [7]}),
          ("p", "De accountant heeft bij de jaarrekening 2025 een goedkeurende controleverklaring "
                "afgegeven; er zijn geen bevindingen ten aanzien van de rechtmatigheid."),
          ("h1", "5 Vooruitblik 2026"),
          ("p", "In 2026 start de uitvoering van het ondersteuningsplan 2026-2030. Wij richten ons op het "
                "verder terugdringen van het aantal thuiszitters, de start van een onderwijs-zorggroep voor "
                "jonge kinderen en de verdere inrichting van het ouder- en jeugdsteunpunt."),
          ]
    return {"title": "Jaarverslag 2025 SWV PO 22-09 Markeland",
            "author": "SWV PO 22-09 Markeland",
            "header": "SWV PO 22-09 Markeland · Jaarverslag 2025",
            "footer": "",
            "blocks": B}


def labels_np() -> None:
    write_labels("np-po-schoolondersteuningsprofiel",
                 ["np-po-schoolondersteuningsprofiel.docx", "np-po-schoolondersteuningsprofiel.pdf"], False,
                 description="A single school's schoolondersteuningsprofiel (SOP): mentions SWV, "
                             "basisondersteuning, arrangementen, TLV, ouders, OJSP - but is no SWV plan.",
                 notes={"why": "one school (Basisschool De Regenboog), part of the schoolgids, adopted by the "
                               "school director after MR advice; refers to the SWV's ondersteuningsplan as "
                               "another document"})
    write_labels("np-po-jaarverslag", ["np-po-jaarverslag.pdf"], False,
                 description="Annual report 2025 of an SWV: SWV code, OPR, OOGO, TLV, terugplaatsing, "
                             "thuiszitters, begroting vs realisatie - but a retrospective report, not a plan.",
                 notes={"why": "title 'Jaarverslag 2025', bestuursverslag and jaarrekening, past tense, "
                               "realisatie figures; the ondersteuningsplan is mentioned as a separate document"})


# ======================================================================================
# main
# ======================================================================================

def main() -> None:
    if not NO_PDF and not shutil.which("libreoffice"):
        sys.exit("libreoffice not found (needed for the PDF renderings); use --no-pdf to skip PDFs")
    print("po-formeel");   make_docx_and_pdf("po-formeel", spec_formeel()); labels_formeel()
    print("po-compact");   make_docx_and_pdf("po-compact", spec_compact()); labels_compact()
    print("po-taal-voor-ouders"); write_text("po-taal-voor-ouders.md", TAAL_MD); labels_taal()
    print("po-tabellen");  make_docx_and_pdf("po-tabellen", spec_tabellen()); labels_tabellen()
    print("po-verwijzingen"); write_text("po-verwijzingen.html", VERWIJZINGEN_HTML); labels_verwijzingen()
    print("po-verborgen"); make_docx_and_pdf("po-verborgen", spec_verborgen(), keep_pdf=False); labels_verborgen()
    print("po-concept");   make_concept(); labels_concept()
    print("np-po-schoolondersteuningsprofiel")
    make_docx_and_pdf("np-po-schoolondersteuningsprofiel", spec_sop())
    print("np-po-jaarverslag")
    make_docx_and_pdf("np-po-jaarverslag", spec_jaarverslag(), keep_docx=False)
    labels_np()
    print("done:", ", ".join(sorted(p.name for p in SAMPLES.iterdir()
                                   if p.is_file() and p.name.startswith(("po-", "np-po-")))))


if __name__ == "__main__":
    main()
