#!/usr/bin/env python3
"""Generate holdout set 94: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

All documents are fictional. Output goes to the folder above this script's folder
(Path(__file__).resolve().parent.parent). Deterministic: no network, no randomness.
PDFs are rendered from .docx with LibreOffice (soffice --headless) using a private profile dir.
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Block model shared by the docx and html renderers
#   ('title', [lines])              title page (own first page, no header/footer)
#   ('toc', [(nr, title, page)])    static table of contents
#   ('h1'|'h2'|'h3', text)          headings
#   ('p', text)                     paragraph
#   ('small', text)                 small print paragraph
#   ('ul', [items]) / ('ol', [items])
#   ('table', rows, widths_cm|None) first row is header
#   ('box', title, [lines])         shaded sidebar / key-facts box
#   ('frame', title, [lines])       floating text frame (right margin) - docx only, html aside
#   ('section', dict)               new section: cols=1|2, landscape=True|False
#   ('pagebreak',)
# --------------------------------------------------------------------------------------------


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def _add_field(run, instr):
    fld_begin = OxmlElement('w:fldChar')
    fld_begin.set(qn('w:fldCharType'), 'begin')
    instr_el = OxmlElement('w:instrText')
    instr_el.set(qn('xml:space'), 'preserve')
    instr_el.text = instr
    fld_sep = OxmlElement('w:fldChar')
    fld_sep.set(qn('w:fldCharType'), 'separate')
    txt = OxmlElement('w:t')
    txt.text = '1'
    fld_end = OxmlElement('w:fldChar')
    fld_end.set(qn('w:fldCharType'), 'end')
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def _set_cols(section, num):
    sectPr = section._sectPr
    for old in sectPr.findall(qn('w:cols')):
        sectPr.remove(old)
    cols = OxmlElement('w:cols')
    cols.set(qn('w:num'), str(num))
    cols.set(qn('w:space'), '567')
    sectPr.append(cols)


def _orient(section, landscape):
    w, h = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = h, w
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = w, h
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = Cm(2.4)
    section.bottom_margin = Cm(2.2)


def _header_footer(section, header_text, footer_text):
    hp = section.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(footer_text + '  |  pagina ')
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    _add_field(r2, 'PAGE')


def _frame_paragraph(par, width_cm=5.5):
    pPr = par._p.get_or_add_pPr()
    fr = OxmlElement('w:framePr')
    fr.set(qn('w:w'), str(int(width_cm * 567)))
    fr.set(qn('w:hSpace'), '180')
    fr.set(qn('w:wrap'), 'around')
    fr.set(qn('w:vAnchor'), 'text')
    fr.set(qn('w:hAnchor'), 'margin')
    fr.set(qn('w:xAlign'), 'right')
    fr.set(qn('w:y'), '1')
    pPr.insert(0, fr)
    bdr = OxmlElement('w:pBdr')
    for side in ('top', 'left', 'bottom', 'right'):
        b = OxmlElement('w:' + side)
        b.set(qn('w:val'), 'single')
        b.set(qn('w:sz'), '6')
        b.set(qn('w:space'), '4')
        b.set(qn('w:color'), '2E5E8C')
        bdr.append(b)
    pPr.append(bdr)
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), 'EAF1F8')
    pPr.append(shd)


def render_docx(blocks, path, header_text, footer_text, accent='2E5E8C', font='Calibri'):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = 'Bureau samenwerkingsverband'
    doc.core_properties.title = header_text
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(10.5)
    for lvl, size in ((1, 16), (2, 13), (3, 11)):
        hs = doc.styles['Heading %d' % lvl]
        hs.font.name = font
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string(accent)
    sec = doc.sections[0]
    _orient(sec, False)
    sec.different_first_page_header_footer = True
    _header_footer(sec, header_text, footer_text)
    first_block = True
    cur_cols = 1
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            for i, line in enumerate(b[1]):
                par = doc.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                if i == 0:
                    for _ in range(6):
                        doc.add_paragraph()
                run = par.add_run(line)
                run.font.size = Pt(26 if i == 0 else (15 if i == 1 else 11))
                run.bold = i == 0
                run.font.color.rgb = RGBColor.from_string(accent)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'toc':
            doc.add_paragraph('Inhoud', style='Heading 1')
            for nr, title, page in b[1]:
                par = doc.add_paragraph()
                par.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
                indent = Cm(0.6) if '.' in str(nr) else Cm(0)
                par.paragraph_format.left_indent = indent
                par.paragraph_format.space_after = Pt(1)
                par.add_run(f'{nr}  {title}\t{page}')
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ('h1', 'h2', 'h3'):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == 'p':
            doc.add_paragraph(b[1])
        elif kind == 'small':
            par = doc.add_paragraph()
            r = par.add_run(b[1])
            r.font.size = Pt(8.5)
            r.italic = True
        elif kind == 'ul':
            for it in b[1]:
                doc.add_paragraph(it, style='List Bullet')
        elif kind == 'ol':
            for it in b[1]:
                doc.add_paragraph(it, style='List Number')
        elif kind == 'table':
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            if widths and cur_cols == 2:
                factor = 7.6 / sum(widths)
                widths = [w * factor for w in widths]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            if widths:
                t.autofit = False
                for j, col in enumerate(t.columns):
                    col.width = Cm(widths[j])
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(str(val))
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
                        _shade(cell, 'D9E2F3')
                    if widths:
                        cell.width = Cm(widths[j])
            doc.add_paragraph()
        elif kind == 'box':
            t = doc.add_table(rows=1, cols=1)
            t.alignment = WD_TABLE_ALIGNMENT.RIGHT
            t.autofit = False
            t.columns[0].width = Cm(7.4 if cur_cols == 2 else 8)
            cell = t.cell(0, 0)
            _shade(cell, 'FFF2CC')
            cell.width = Cm(7.4 if cur_cols == 2 else 8)
            par = cell.paragraphs[0]
            r = par.add_run(b[1])
            r.bold = True
            r.font.size = Pt(9.5)
            for line in b[2]:
                pr = cell.add_paragraph()
                rr = pr.add_run(line)
                rr.font.size = Pt(9)
            doc.add_paragraph()
        elif kind == 'frame':
            par = doc.add_paragraph()
            _frame_paragraph(par)
            r = par.add_run(b[1])
            r.bold = True
            r.font.size = Pt(9)
            for line in b[2]:
                par.add_run().add_break()
                rr = par.add_run('- ' + line)
                rr.font.size = Pt(8.5)
        elif kind == 'section':
            opts = b[1]
            new = doc.add_section(WD_SECTION.NEW_PAGE if opts.get('newpage', True) else WD_SECTION.CONTINUOUS)
            new.different_first_page_header_footer = False
            _orient(new, opts.get('landscape', False))
            _set_cols(new, opts.get('cols', 1))
            cur_cols = opts.get('cols', 1)
        elif kind == 'pagebreak':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
        first_block = False
    doc.save(str(path))


def render_html(blocks, path, title, header_text, footer_text):
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
           f'<title>{html.escape(title)}</title>',
           '<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto;line-height:1.45}'
           'aside{float:right;width:18em;background:#fff2cc;padding:.6em;margin:0 0 1em 1em;border:1px solid #c9a400}'
           'table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.25em .5em}'
           'header,footer{color:#666;font-size:.8em}nav li{list-style:none}</style>',
           '</head>', '<body>', f'<header>{html.escape(header_text)}</header>', '<main>']
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append('<section class="titelpagina">')
            out.append(f'<h1>{html.escape(b[1][0])}</h1>')
            for line in b[1][1:]:
                out.append(f'<p class="subtitel">{html.escape(line)}</p>')
            out.append('</section>')
        elif kind == 'toc':
            out.append('<nav><h2>Inhoud</h2><ul>')
            for nr, t, _page in b[1]:
                out.append(f'<li><a href="#h{html.escape(str(nr))}">{html.escape(str(nr))} {html.escape(t)}</a></li>')
            out.append('</ul></nav>')
        elif kind in ('h1', 'h2', 'h3'):
            lvl = int(kind[1]) + 1
            anchor = b[1].split(' ')[0]
            out.append(f'<h{lvl} id="h{html.escape(anchor)}">{html.escape(b[1])}</h{lvl}>')
        elif kind == 'p':
            out.append(f'<p>{html.escape(b[1])}</p>')
        elif kind == 'small':
            out.append(f'<p><small>{html.escape(b[1])}</small></p>')
        elif kind in ('ul', 'ol'):
            out.append(f'<{kind}>' + ''.join(f'<li>{html.escape(i)}</li>' for i in b[1]) + f'</{kind}>')
        elif kind == 'table':
            rows = b[1]
            out.append('<table>')
            out.append('<tr>' + ''.join(f'<th>{html.escape(str(c))}</th>' for c in rows[0]) + '</tr>')
            for row in rows[1:]:
                out.append('<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in row) + '</tr>')
            out.append('</table>')
        elif kind in ('box', 'frame'):
            out.append(f'<aside><strong>{html.escape(b[1])}</strong>' +
                       ''.join(f'<p>{html.escape(x)}</p>' for x in b[2]) + '</aside>')
        elif kind in ('section', 'pagebreak'):
            continue
        else:
            raise ValueError(kind)
    out += ['</main>', f'<footer>{html.escape(footer_text)}</footer>', '</body>', '</html>']
    Path(path).write_text('\n'.join(out) + '\n', encoding='utf-8')


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix='holdout94_render_'))
    try:
        profile = tmp / 'lo_profile'
        cmd = ['soffice', f'-env:UserInstallation=file://{profile}', '--headless',
               '--convert-to', 'pdf', '--outdir', str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = tmp / (Path(docx_path).stem + '.pdf')
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ('p', 'small', 'h1', 'h2', 'h3'):
            n += len(b[1].split())
        elif b[0] in ('ul', 'ol', 'title'):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == 'table':
            n += sum(len(str(c).split()) for row in b[1] for c in row)
        elif b[0] in ('box', 'frame'):
            n += len(b[1].split()) + sum(len(x.split()) for x in b[2])
        elif b[0] == 'toc':
            n += sum(len(t.split()) for _, t, _ in b[1])
    return n


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    import yaml
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append('elements: {' + ', '.join(f'{k}: {v}' for k, v in elements.items()) + '}')
    else:
        lines.append('elements: {}')
    if criteria:
        lines.append('criteria:')
        for k, v in criteria.items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
    else:
        lines.append('criteria: {}')
    if advisory:
        lines.append('advisory_addressed:')
        for k, v in advisory.items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines.append('advisory_addressed: {}')
    lines.append('notes:')
    for k, v in notes.items():
        lines.append(f'  {k}: "' + v.replace('"', "'") + '"')
    text = '\n'.join(lines) + '\n'
    yaml.safe_load(text)  # must parse
    (OUT / f'{name}.expected.yaml').write_text(text, encoding='utf-8')


ELEMENTS = ['basisondersteuning', 'plaatsing', 'terugstroom', 'financien', 'dekkend-aanbod', 'resultaten', 'ouders']
CORE = {
    'basisondersteuning': ['niveau', 'inhoud'],
    'plaatsing': ['procedure', 'criteria'],
    'terugstroom': ['procedure', 'beleid'],
    'financien': ['verdeling', 'besteding'],
    'dekkend-aanbod': ['continuum', 'lacunes'],
    'resultaten': ['doelen', 'monitoring'],
    'ouders': ['informatie', 'steunpunt'],
}


def derive(criteria, advisory):
    """Apply the Part A status rule to the hand-set criteria."""
    elements = {}
    for el in ELEMENTS:
        vals = [criteria[f'{el}.{c}'] for c in CORE[el]]
        if all(vals):
            elements[el] = 'present'
        elif any(vals) or advisory.get(el):
            elements[el] = 'partial'
        else:
            elements[el] = 'missing'
    return elements

# --------------------------------------------------------------------------------------------
# Shared filler text: the parts of a real plan that mention element words in passing only.
# Every filler function is written so that it does NOT address a core or advisory criterion,
# unless a flag says so (e.g. opr_parents -> ouders.betrokkenheid, oogo_substance -> ketenpartners).
# --------------------------------------------------------------------------------------------

def f_voorwoord(S):
    leerling = 'kinderen' if S['sector'] == 'po' else 'jongeren'
    return [
        ('h1', 'Voorwoord'),
        ('p', f"Voor u ligt het ondersteuningsplan {S['periode']} van {S['naam']}. Dit plan is het resultaat van "
              f"een jaar lang praten, schrijven en schrappen met schoolleiders, intern begeleiders, "
              f"ondersteuningscoördinatoren, leraren, ouders, de ondersteuningsplanraad en onze partners in de "
              f"gemeenten {S['gemeenten_tekst']}. Wij zijn iedereen die heeft meegedacht zeer erkentelijk."),
        ('p', f"De afgelopen jaren hebben laten zien dat passend onderwijs geen project is dat ooit af is. Het aantal "
              f"{leerling} met een complexe vraag neemt toe, de krapte op de arbeidsmarkt raakt onze scholen hard en "
              f"de verwachtingen van ouders en samenleving zijn terecht hoog. Tegelijk zien we op veel plekken prachtige "
              f"voorbeelden van leraren die met weinig middelen veel bereiken. Dat vakmanschap willen we koesteren."),
        ('p', f"Dit plan is bewust compacter dan zijn voorganger. Het beschrijft de koers en de afspraken die wij met "
              f"elkaar maken; de uitwerking per jaar volgt in het jaarplan en de jaarbegroting. Wij hopen dat het plan "
              f"leest als een uitnodiging om samen verder te bouwen aan onderwijs waarin ieder kind telt."),
        ('p', f"{S['bestuurder']}, directeur-bestuurder"),
    ]


def f_leeswijzer(S, chapters_text):
    return [
        ('h2', '1.1 Leeswijzer'),
        ('p', f"Hoofdstuk 1 schetst de aanleiding en de wettelijke kaders. {chapters_text} In de bijlagen vindt u een "
              f"begrippenlijst en een overzicht van gebruikte afkortingen. Waar in de tekst wordt verwezen naar "
              f"documenten op de website, gaat het om documenten die los van dit plan worden vastgesteld en "
              f"geactualiseerd."),
        ('h2', '1.2 Wettelijk kader'),
        ('p', f"Het samenwerkingsverband is een stichting waarin de schoolbesturen in de regio samenwerken. Op grond van "
              f"{'artikel 18a van de Wet op het primair onderwijs' if S['sector'] == 'po' else 'artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)'} "
              f"stelt het samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan "
              f"beschrijft onder meer hoe het samenwerkingsverband een samenhangend geheel van "
              f"ondersteuningsvoorzieningen realiseert. Over het plan is op overeenstemming gericht overleg gevoerd "
              f"met de gemeenten, en de ondersteuningsplanraad heeft ingestemd. Het plan wordt vóór 1 mei "
              f"toegezonden aan de inspectie van het onderwijs."),
    ]


def f_context(S):
    rows = [['Kengetal', 'Waarde (1 oktober 2024)']] + S['kengetallen']
    return [
        ('h1', f"2 Ons samenwerkingsverband"),
        ('p', f"{S['naam']} ({S['code']}) omvat de gemeenten {S['gemeenten_tekst']}. In het gebied werken "
              f"{S['besturen']} schoolbesturen samen. De regio kent zowel stedelijke kernen als een uitgestrekt "
              f"landelijk gebied met kleine dorpen. Het leerlingaantal daalt licht; de prognose laat voor de "
              f"planperiode een krimp van enkele procenten zien, met grote verschillen tussen de gemeenten."),
        ('p', "De onderstaande kengetallen geven een beeld van de omvang van het samenwerkingsverband. Ze zijn "
              "ontleend aan de teldatum van DUO en dienen als achtergrond voor de rest van dit plan."),
        ('table', rows, [9, 6]),
        ('p', "Het bureau van het samenwerkingsverband is gevestigd in " + S['vestiging'] + ". Vanuit het bureau "
              "werken de directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), een secretaresse "
              "en het team van consulenten en orthopedagogen. Het bureau ondersteunt de scholen en het bestuur en is "
              "het aanspreekpunt voor gemeenten en ketenpartners."),
    ]


def f_visie(S, extra=''):
    return [
        ('h1', '3 Missie, visie en koers'),
        ('h2', '3.1 Missie'),
        ('p', f"{S['naam']} zorgt ervoor dat alle {('kinderen' if S['sector'] == 'po' else 'jongeren')} in de regio "
              f"onderwijs krijgen dat bij hen past, zo dicht mogelijk bij huis en samen met leeftijdsgenoten waar dat "
              f"kan. Wij doen dat samen met de scholen, de ouders en onze partners in zorg en gemeente."),
        ('h2', '3.2 Visie'),
        ('p', "Wij geloven dat ieder kind zich wil ontwikkelen en dat de leraar in de klas het verschil maakt. "
              "Ondersteuning begint daarom in de groep, bij een leraar die zich gesteund weet door collega's, door "
              "de intern begeleider of ondersteuningscoördinator en, als dat nodig is, door de expertise van het "
              "samenwerkingsverband. Wij kijken naar wat een leerling nodig heeft en niet naar wat hij of zij "
              "'heeft'. Labels en diagnoses zijn geen voorwaarde voor ondersteuning."),
        ('p', (S.get('visie_ouders') or "Ouders, leraren en partners hebben meegedacht over deze visie.") +
              " Wij geloven in vertrouwen in de professional, in korte lijnen en in zo min mogelijk bureaucratie. Middelen moeten "
              "daar terechtkomen waar ze het meeste effect hebben: zo dicht mogelijk bij de leerling."),
        ('h2', '3.3 Koers voor de komende jaren'),
        ('p', "Voor de planperiode hebben wij vier richtinggevende uitspraken geformuleerd: (1) sterke scholen, "
              "sterke leraren; (2) zo thuisnabij als mogelijk; (3) samen met jeugdhulp in plaats van naast elkaar; "
              "(4) eenvoudige routes en snelle antwoorden. Deze uitspraken vormen de kapstok voor het jaarplan. "
              + extra),
    ]


def f_governance(S, opr_parents=True):
    opr = (f"De ondersteuningsplanraad (OPR) telt {S['opr_leden']} leden: de helft is afgevaardigd uit het "
           f"personeel en de helft uit de ouders{'' if S['sector'] == 'po' else ' en leerlingen'} van de "
           f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
           f"ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert ten minste vijf keer per jaar en "
           f"ontvangt scholing via een extern bureau."
           if opr_parents else
           f"De ondersteuningsplanraad (OPR) telt {S['opr_leden']} leden die worden afgevaardigd door de "
           f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
           f"ondersteuningsplan en op wijzigingen daarvan en vergadert ten minste vijf keer per jaar.")
    return [
        ('h1', f"{S['gov_nr']} Organisatie, bestuur en medezeggenschap"),
        ('h2', f"{S['gov_nr']}.1 Bestuursmodel"),
        ('p', f"Het samenwerkingsverband is een stichting. Sinds de statutenwijziging van 2021 is gekozen voor een "
              f"raad-van-toezichtmodel: de directeur-bestuurder is het bevoegd gezag en legt verantwoording af aan de "
              f"raad van toezicht. De aangesloten schoolbesturen vormen samen de algemene vergadering die "
              f"onder meer het ondersteuningsplan, de begroting en het jaarverslag goedkeurt. De statuten bevatten "
              f"een geschillenregeling voor geschillen tussen de aangesloten besturen onderling."),
        ('p', "De raad van toezicht bestaat uit vijf leden, van wie twee op voordracht van de schoolbesturen en drie "
              "onafhankelijk. De raad werkt met een auditcommissie en een remuneratiecommissie en toetst jaarlijks "
              "zijn eigen functioneren. De Code Goed Bestuur van de sectorraad is van toepassing."),
        ('h2', f"{S['gov_nr']}.2 Medezeggenschap"),
        ('p', opr + f" Het ondersteuningsplan {S['periode']} is op {S['opr_datum']} door de OPR van instemming "
              f"voorzien."),
        ('p', "Het personeel van het bureau heeft een eigen medezeggenschapsraad die adviseert over onder meer "
              "formatie, arbeidsomstandigheden en het personeelsbeleid van het samenwerkingsverband."),
        ('h2', f"{S['gov_nr']}.3 Overleg met andere samenwerkingsverbanden"),
        ('p', f"Het ondersteuningsplan is besproken met {S['ander_swv']}, waarvan het gebied overlapt met het onze. "
              f"Het overleg ging vooral over de overstap tussen primair en voortgezet onderwijs, over leerlingen die "
              f"in het ene gebied wonen en in het andere naar school gaan en over de afstemming van "
              f"planningscycli."),
    ]


def f_oogo(S, substance=True):
    blocks = [('h1', f"{S['oogo_nr']} Samenwerking met gemeenten"),
              ('p', f"Met de gemeenten {S['gemeenten_tekst']} is op {S['oogo_datum']} op overeenstemming gericht "
                    f"overleg (OOGO) gevoerd over het concept van dit ondersteuningsplan. De wethouders onderwijs en "
                    f"jeugd hebben ingestemd met de inhoud. Het verslag van het OOGO is op te vragen bij het "
                    f"bureau.")]
    if substance:
        blocks += [
            ('p', "Samen met de gemeenten hebben we de afgelopen jaren gewerkt aan een betere aansluiting tussen "
                  "onderwijs en jeugdhulp. Elke school heeft een vaste contactpersoon van het lokale team of wijkteam "
                  "die aanschuift bij het ondersteuningsteam. Voor leerlingen die onder schooltijd zorg nodig hebben "
                  "maken school, ouders, zorgaanbieder en gemeente een onderwijs-zorgarrangement (OZA) met één plan "
                  "en één regisseur. De gemeenten financieren het zorgdeel, het samenwerkingsverband en de school "
                  "het onderwijsdeel."),
            ('p', "Gezamenlijke thema's voor de planperiode zijn: de aansluiting van schoolmaatschappelijk werk op "
                  "het lokale team, de inzet van jeugdhulp in de klas, leerlingenvervoer, onderwijshuisvesting voor "
                  "bovenschoolse groepen en de aanpak van verzuim. Twee keer per jaar is er een bestuurlijk overleg "
                  "met de wethouders; ambtelijk is er maandelijks contact."),
        ]
    else:
        blocks += [
            ('p', "Onderwerpen die in het overleg aan de orde kwamen waren onder meer leerlingenvervoer, "
                  "onderwijshuisvesting, jeugdhulp en thuiszitters. De afspraken hierover worden vastgelegd in de "
                  "lokale educatieve agenda's van de gemeenten en maken geen deel uit van dit plan."),
        ]
    return blocks


def f_personeel(S):
    return [
        ('h1', f"{S['pers_nr']} Personeel en professionalisering"),
        ('p', f"Het samenwerkingsverband heeft zelf een beperkte formatie van ongeveer {S['fte']} fte. Het grootste "
              f"deel daarvan bestaat uit consulenten, orthopedagogen en gedragsspecialisten die scholen adviseren "
              f"en ondersteunen. Het personeel is in dienst van de stichting of wordt gedetacheerd vanuit een "
              f"aangesloten bestuur. De directeur-bestuurder is werkgever."),
        ('p', "De krapte op de arbeidsmarkt raakt ook ons. Vacatures voor orthopedagogen zijn soms maanden open. We "
              "investeren daarom in het opleiden van eigen mensen, onder meer via een traineeship voor "
              "pas afgestudeerde pedagogen en door stageplaatsen aan te bieden. Daarnaast werken we met een "
              "flexibele schil van zzp'ers voor piekmomenten."),
        ('p', "Voor leraren en ondersteuningsprofessionals op de scholen organiseert het samenwerkingsverband "
              "netwerken (voor intern begeleiders, ondersteuningscoördinatoren en gedragsspecialisten), een jaarlijkse "
              "studiedag en een open scholingsaanbod. Onderwerpen in het scholingsaanbod zijn bijvoorbeeld "
              "omgaan met gedrag, executieve functies, trauma-sensitief lesgeven en het voeren van gesprekken met "
              "ouders. Scholen kunnen deelnemen zonder kosten."),
        ('p', "Het werk in het onderwijs is veeleisend. Het samenwerkingsverband let op werkdruk, ook bij zijn eigen "
              "medewerkers. We voeren jaarlijks een medewerkerstevredenheidsonderzoek uit en bespreken de uitkomsten "
              "in het team."),
    ]


def f_ict(S):
    return [
        ('h1', f"{S['ict_nr']} Informatievoorziening, ICT en privacy"),
        ('p', "Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen aanvragen indienen "
              "en documenten delen. Alleen medewerkers die dat voor hun taak nodig hebben, hebben toegang tot "
              "leerlinggegevens. Wij verwerken persoonsgegevens, waaronder gezondheidsgegevens, alleen voor zover dat "
              "nodig is voor onze wettelijke taken. De functionaris gegevensbescherming (FG) wordt gedeeld met twee "
              "andere samenwerkingsverbanden."),
        ('p', "Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd. In 2024 is een nieuwe verwerkersovereenkomst met de leverancier van de "
              "digitale omgeving gesloten en is een pentest uitgevoerd; de bevindingen zijn opgevolgd."),
        ('p', "Het privacyreglement en het informatiebeveiligingsbeleid worden elke twee jaar geactualiseerd. "
              "Medewerkers volgen jaarlijks een korte e-learning over privacy en informatiebeveiliging."),
    ]


def f_planning(S, rows):
    return [
        ('h1', f"{S['plan_nr']} Planning en jaarcyclus"),
        ('p', "Het ondersteuningsplan is het meerjarige kader. Elk jaar werken we de koers uit in een jaarplan met "
              "activiteiten en een jaarbegroting. De onderstaande tabel geeft de globale planning van de "
              "belangrijkste activiteiten. De planning is indicatief; de OPR en de algemene vergadering worden "
              "geïnformeerd als er wezenlijke wijzigingen zijn."),
        ('table', [['Periode', 'Activiteit', 'Wie']] + rows, [4, 8, 4]),
    ]


def f_extra(S):
    """Organisational filler: inspectiebezoek, communicatie met scholen, huisvesting (no element content)."""
    return [
        ('h2', '1.4 Inspectiebezoek en lessen uit de praktijk'),
        ('p', f"In het najaar van {S['insp_jaar']} bezocht de inspectie van het onderwijs het samenwerkingsverband in "
              f"het kader van het vierjaarlijks onderzoek. De inspectie sprak met het bestuur, de raad van toezicht, "
              f"de OPR, schoolleiders en vertegenwoordigers van de gemeenten. Het oordeel op de standaarden voor "
              f"bestuur en financieel beheer was voldoende. De inspectie waardeerde de korte lijnen tussen bureau en "
              f"scholen en de open cultuur in de OPR. Als aandachtspunten noemde de inspectie het vastleggen van "
              f"afspraken, zodat die minder afhankelijk zijn van personen, en de doorwerking van het beleid van het "
              f"samenwerkingsverband in de scholen."),
        ('p', "Wij hebben de aandachtspunten opgepakt in een verbeterplan dat in 2024 door het bestuur is vastgesteld. "
              "Een deel van de acties is inmiddels afgerond; de rest is opgenomen in het jaarplan. Het verbeterplan "
              "is met de OPR besproken."),
        ('h2', '1.5 Communicatie met scholen en partners'),
        ('p', "Het bureau informeert schoolleiders, intern begeleiders en ondersteuningscoördinatoren via een "
              "maandelijkse digitale nieuwsbrief, een besloten deel van de website en de netwerkbijeenkomsten. "
              "Bestuurders ontvangen na iedere vergadering een korte samenvatting van de besluiten. Met de "
              "gemeenten is er een vaste ambtelijke contactpersoon. Eens per jaar organiseren we een regiodag voor "
              "alle scholen en partners, met workshops en een inspirerende spreker. In 2024 stond de regiodag in het "
              "teken van de vraag wat leraren nodig hebben om met plezier in het onderwijs te blijven werken."),
        ('p', f"Het bureau is gehuisvest in een verbouwd schoolgebouw in {S['vestiging']}, dat het deelt met een "
              "jeugdhulpaanbieder en het team leerplicht. De huurovereenkomst loopt tot en met 2028. Het gebouw is in "
              "2023 verduurzaamd met zonnepanelen en betere isolatie. Medewerkers werken deels op locatie bij de "
              "scholen en deels thuis; vergaderruimte is ook beschikbaar voor netwerken van scholen."),
    ]


def f_begrippen(S, items):
    rows = [['Begrip', 'Omschrijving']] + items
    return [
        ('h1', 'Bijlage: Begrippenlijst en afkortingen'),
        ('table', rows, [4.5, 11]),
    ]

# ============================================================================================
# Plan A - PO, SWV Rivierenland-West (docx + pdf): sidebar frame, two-column voorwoord,
# landscape meerjarenbegroting under "Geld en middelen", header/footer with page numbers.
# ============================================================================================

def plan_a():
    S = dict(naam='Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West', code='PO 26-08',
             sector='po', periode='2025-2029',
             gemeenten_tekst='Tielerwaard, Lingemeer, Buren-Oost en Waaldijk',
             besturen=9, bestuurder='drs. M.A. (Marleen) Verhoef', vestiging='Tielerwaard',
             kengetallen=[['Aantal basisscholen (vestigingen)', '61'], ['Aantal sbo-scholen', '2'],
                          ['Aantal so-locaties (cluster 3 en 4) in de regio', '3'],
                          ['Leerlingen basisonderwijs', '11.940'], ['Leerlingen sbo', '287'],
                          ['Leerlingen so met TLV van ons SWV', '164']],
             opr_leden=10, opr_datum='18 maart 2025', oogo_datum='4 maart 2025',
             ander_swv='het samenwerkingsverband VO Rivierenland', fte='14',
             gov_nr='10', oogo_nr='8', pers_nr='11', ict_nr='12', plan_nr='13')
    toc = [('', 'Voorwoord', 3), ('1', 'Inleiding', 4), ('2', 'Ons samenwerkingsverband', 6),
           ('3', 'Missie, visie en koers', 7), ('4', 'Ondersteuning op en tussen de scholen', 9),
           ('4.1', 'Basisondersteuning', 9), ('4.2', 'Extra ondersteuning en arrangementen', 11),
           ('4.3', 'Een dekkend netwerk', 12), ('4.4', 'Thuiszitters en zorgplicht', 13),
           ('5', 'Toelaatbaarheid sbo en so', 14), ('5.5', 'Terugplaatsing', 17),
           ('6', 'Ambities en beoogde resultaten', 18), ('7', 'Ouders', 20),
           ('8', 'Samenwerking met gemeenten', 21), ('9', 'Geld en middelen', 22),
           ('10', 'Organisatie, bestuur en medezeggenschap', 25), ('11', 'Personeel en professionalisering', 27),
           ('12', 'Informatievoorziening, ICT en privacy', 28), ('13', 'Planning en jaarcyclus', 29),
           ('', 'Bijlage: Begrippenlijst en afkortingen', 30)]
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2029', S['naam'] + ' (' + S['code'] + ')',
                        'Samen sterk voor ieder kind', 'Vastgesteld door de directeur-bestuurder op 25 maart 2025, '
                        'na instemming van de ondersteuningsplanraad en OOGO met de gemeenten']))
    B.append(('toc', toc))
    B.append(('section', {'cols': 2}))
    B += f_voorwoord(S)
    B.append(('section', {'cols': 1}))
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "Dit ondersteuningsplan beschrijft hoe de negen schoolbesturen in Rivierenland-West in de periode "
                   "1 augustus 2025 tot en met 31 juli 2029 samen passend onderwijs vormgeven. Het plan volgt op het "
                   "plan 2021-2025, dat met één jaar werd verlengd in afwachting van de landelijke "
                   "verbeteraanpak. Het plan is geschreven voor schoolbesturen, schoolleiders, intern begeleiders, "
                   "leraren, ouders en onze partners."))
    B += f_leeswijzer(S, "Hoofdstuk 2 en 3 beschrijven het samenwerkingsverband en onze koers. Hoofdstuk 4 gaat over "
                         "de ondersteuning op en tussen de scholen, hoofdstuk 5 over toelaatbaarheid. Daarna volgen "
                         "onze ambities, ouders, de samenwerking met gemeenten, geld en middelen en de organisatie.")
    B.append(('h2', '1.3 Terugblik op de vorige planperiode'))
    B.append(('p', "De vorige planperiode stond in het teken van de opbouw van de organisatie. Het bureau verhuisde "
                   "naar een eigen pand, de statuten werden gewijzigd naar een raad-van-toezichtmodel en het "
                   "digitale loket werd in gebruik genomen. De samenwerking met de twee sbo-scholen werd "
                   "vastgelegd in een convenant. De coronaperiode legde veel activiteiten tijdelijk stil; het "
                   "netwerk van intern begeleiders is daarna nieuw leven ingeblazen."))
    B.append(('p', "Uit de gesprekken met schoolleiders en de OPR kwamen drie lessen naar voren die dit plan richting "
                   "geven: houd de routes eenvoudig, zorg dat scholen weten waar ze aan toe zijn en breng de "
                   "expertise dichter bij de klas."))
    B += f_context(S)
    B += f_visie(S, "Bij elke uitspraak hoort een aantal ambities; die staan in hoofdstuk 6.")

    # ---- 4 ondersteuning -------------------------------------------------------------------
    B.append(('h1', '4 Ondersteuning op en tussen de scholen'))
    B.append(('p', "Ondersteuning in ons samenwerkingsverband kent drie lagen: de basisondersteuning die elke school "
                   "biedt, extra ondersteuning in de vorm van arrangementen op of rond de school, en speciaal "
                   "(basis)onderwijs voor leerlingen die dat nodig hebben. De lagen sluiten op elkaar aan; een "
                   "leerling hoeft niet eerst alle lagen te doorlopen als duidelijk is wat hij of zij nodig heeft."))
    B.append(('h2', '4.1 Basisondersteuning'))
    B.append(('frame', 'In het kort', ['Eén afgesproken basisniveau voor alle 61 vestigingen',
                                       'Elf standaarden, vastgesteld door de besturen op 12 december 2024',
                                       'Jaarlijkse check via de kwaliteitskaart',
                                       'Extra ondersteuning boven het basisniveau: via het ondersteuningsteam']))
    B.append(('p', "De negen besturen hebben met elkaar afgesproken welk niveau van ondersteuning elke basisschool "
                   "in Rivierenland-West ten minste biedt. Dit basisniveau geldt voor alle vestigingen, groot of "
                   "klein, in de stad of in een dorp. Een ouder mag erop rekenen dat zijn of haar kind op iedere "
                   "school van het samenwerkingsverband deze ondersteuning krijgt, zonder dat daarvoor een aanvraag "
                   "bij het samenwerkingsverband nodig is. Wat een school daarbovenop biedt, beschrijft zij in haar "
                   "schoolgids."))
    B.append(('p', "De afspraken zijn uitgewerkt in elf standaarden. Op elke school:"))
    B.append(('ol', [
        "is een intern begeleider beschikbaar met ten minste 0,4 fte per 200 leerlingen, die de leraren "
        "ondersteunt bij het signaleren en begeleiden van leerlingen;",
        "werken leraren handelingsgericht: zij stemmen instructie af op ten minste drie niveaus en werken "
        "met groepsoverzichten of een vergelijkbaar instrument;",
        "wordt de ontwikkeling van alle leerlingen gevolgd met een leerlingvolgsysteem, en worden de "
        "resultaten twee keer per jaar in een groepsbespreking besproken;",
        "wordt het landelijke Protocol Dyslexie gevolgd, inclusief extra leestijd, voorleessoftware en "
        "ondersteuning bij de aanvraag van vergoede dyslexiezorg;",
        "is er een aanpak voor rekenproblemen en dyscalculie volgens het protocol ERWD;",
        "is er een schoolbrede aanpak voor sociale veiligheid en gedrag, met een anti-pestcoördinator;",
        "is er een aanbod voor leerlingen die meer aankunnen, ten minste in de vorm van compacten en verrijken "
        "in de eigen groep;",
        "kan een leerling met een medische hulpvraag de school bezoeken; het protocol medisch handelen wordt "
        "gevolgd;",
        "komt een ondersteuningsteam (OT) ten minste vier keer per jaar bijeen met de consulent van het "
        "samenwerkingsverband en een medewerker van het lokale team;",
        "wordt voor een leerling met een eigen leerlijn een ontwikkelingsperspectief (OPP) opgesteld en twee keer "
        "per jaar geëvalueerd;",
        "is er een aanbod Nederlands als tweede taal voor leerlingen die korter dan twee jaar in Nederland zijn, "
        "aanvullend op de nieuwkomersvoorziening.",
    ]))
    B.append(('p', "Elke school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. De consulent "
                   "bespreekt de kaart met de directeur en de intern begeleider. Voldoet een school op een standaard "
                   "niet, dan maakt de school een verbeterplan met een termijn van maximaal een jaar; de "
                   "directeur-bestuurder bespreekt de voortgang met het betreffende schoolbestuur. Het totaalbeeld "
                   "wordt jaarlijks gedeeld met de algemene vergadering."))
    B.append(('h2', '4.2 Extra ondersteuning en arrangementen'))
    B.append(('p', "Als een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school de situatie in "
                   "het ondersteuningsteam. Het OT kan kiezen uit een aantal arrangementen. Een arrangement is een "
                   "afgesproken combinatie van inzet, tijd en expertise rond een leerling of groep leerlingen."))
    B.append(('table', [['Arrangement', 'Wat houdt het in', 'Duur'],
                        ['Consultatie en advies', 'Observatie en handelingsadvies door consulent of orthopedagoog', '1-3 maanden'],
                        ['Ambulante begeleiding', 'Begeleiding van leraar en leerling door specialist van sbo/so', 'max. 1 jaar'],
                        ['Groepsarrangement gedrag', 'Kleine groep op een basisschool, 2 dagdelen per week', 'max. 20 weken'],
                        ['Plusklas', 'Bovenschoolse groep voor meer- en hoogbegaafde leerlingen', 'schooljaar'],
                        ['Nieuwkomersvoorziening', 'Taalklas voor leerlingen korter dan 1 jaar in NL', 'max. 1 jaar'],
                        ['Individueel arrangement', 'Maatwerk met budget voor de school', 'max. 1 jaar, verlengbaar']],
          [4.5, 8, 3.5]))
    B.append(('h2', '4.3 Een dekkend netwerk'))
    B.append(('p', "Het samenwerkingsverband zorgt voor een samenhangend geheel van voorzieningen: van de "
                   "basisondersteuning op iedere school, via arrangementen en bovenschoolse groepen, tot de "
                   "twee sbo-scholen (De Kade in Tielerwaard en Het Anker in Lingemeer) en de so-scholen voor "
                   "cluster 3 en 4 in en buiten de regio. Voor jonge kinderen met een ontwikkelingsvraag is er een "
                   "observatiegroep in samenwerking met het medisch kinderdagverblijf. Leerlingen die meer nodig hebben "
                   "dan de sbo-school kan bieden, kunnen terecht op de so-locaties Het Baken (cluster 4) en De Linde "
                   "(cluster 3, ZML en LG)."))
    B.append(('p', "Elk voorjaar maakt het bureau met de besturen een analyse van het netwerk: waar ontstaan "
                   "wachtlijsten, welke leerlingen vinden geen passende plek en welke vragen komen vaker voor dan "
                   "het aanbod aankan. De analyse gebruikt de aanmeldingen bij het loket, de wachtlijsten van sbo en "
                   "so en de meldingen van leerplicht. De algemene vergadering besluit op basis daarvan vóór 1 juli "
                   "over aanpassingen voor het volgende schooljaar. Zo is in 2024 besloten tot een extra "
                   "groepsarrangement gedrag in Waaldijk, omdat daar een wachtlijst van negen leerlingen was ontstaan."))
    B.append(('h2', '4.4 Thuiszitters en zorgplicht'))
    B.append(('p', "Geen kind hoort thuis te zitten. Een school die een leerling aanmeldt als dreigende thuiszitter "
                   "of die een leerling niet kan plaatsen binnen de zorgplichttermijn, meldt dat bij het loket. "
                   "Binnen vijf werkdagen organiseert de consulent een overleg met school, leerplicht en, waar nodig, "
                   "het lokale team. Lukt het niet om binnen zes weken een passende plek of een "
                   "onderwijsprogramma te vinden, dan schaalt de consulent op naar het thuiszittersoverleg van "
                   "directeur-bestuurder, leerplicht en gemeente, dat doorzettingsmacht heeft om een plek af te "
                   "spreken. Schoolbesturen nemen elkaars leerlingen op als dat nodig is: dat is de afspraak "
                   "die de besturen onder de noemer 'gedeelde zorgplicht' hebben gemaakt."))

    # ---- 5 toelaatbaarheid -----------------------------------------------------------------
    B.append(('h1', '5 Toelaatbaarheid sbo en so'))
    B.append(('p', "Voor plaatsing op een sbo-school of een so-school voor cluster 3 of 4 is een "
                   "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor het onderwijs aan "
                   "leerlingen met een visuele beperking (cluster 1) of een auditieve of communicatieve beperking "
                   "(cluster 2) gelden landelijke procedures; die vallen buiten dit plan."))
    B.append(('h2', '5.1 Route van aanvraag tot besluit'))
    B.append(('ol', [
        "Stap 1 - Het schoolbestuur van de school waar de leerling staat ingeschreven dient de aanvraag in via het "
        "digitale loket. Bij de aanvraag horen het groeidocument, het OPP met twee evaluaties, de verslagen van het "
        "ondersteuningsteam en een advies van de school over de gewenste vorm van onderwijs.",
        "Stap 2 - Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
        "Stap 3 - Twee deskundigen geven elk afzonderlijk een schriftelijk advies. De eerste deskundige is altijd "
        "een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de vraag, een kinderarts, "
        "jeugdarts, maatschappelijk werker of een tweede (ortho)pedagoog. De deskundigen zijn niet betrokken "
        "geweest bij de aanvraag.",
        "Stap 4 - De Commissie Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes weken na "
        "ontvangst van het complete dossier.",
        "Stap 5 - Het besluit wordt schriftelijk verzonden aan het schoolbestuur; het schoolbestuur van de "
        "ontvangende school regelt daarna de inschrijving.",
    ]))
    B.append(('h2', '5.2 Wanneer is een leerling toelaatbaar?'))
    B.append(('p', "De CvT verklaart een leerling toelaatbaar tot het sbo als aan alle volgende voorwaarden is "
                   "voldaan: de ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning en de "
                   "arrangementen die de basisschool met hulp van het samenwerkingsverband kan bieden; de school "
                   "heeft ten minste twee cycli van een OPP uitgevoerd en geëvalueerd (tenzij sprake is van "
                   "een crisissituatie); en de leerling heeft baat bij de kleinere groepen en de specifieke "
                   "pedagogisch-didactische aanpak van het sbo."))
    B.append(('p', "Voor het so gelden daarnaast de volgende criteria: er is sprake van een ernstige en langdurige "
                   "belemmering in de ontwikkeling (cognitief, lichamelijk of in gedrag) die ook met de inzet van het "
                   "sbo onvoldoende kan worden opgevangen, of de leerling heeft een combinatie van onderwijs en zorg "
                   "nodig die alleen het so kan bieden. Een IQ-score of diagnose is nooit op zichzelf doorslaggevend; "
                   "de CvT weegt de ondersteuningsbehoefte zoals die uit het dossier blijkt."))
    B.append(('h2', '5.3 Geldigheidsduur en bekostigingscategorie'))
    B.append(('p', "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
                   "afgegeven voor twee schooljaren, of tot 31 juli van het jaar waarin de leerling de "
                   "basisschoolleeftijd verlaat. Bij een TLV so stelt de CvT de bekostigingscategorie vast: laag "
                   "(de meeste leerlingen in cluster 4 en ZML), midden (lichamelijke beperking, langdurig ziek) of "
                   "hoog (meervoudige beperking)."))
    B.append(('h2', '5.4 Spoed en tijdelijke plaatsing'))
    B.append(('p', "In een crisissituatie kan het loket binnen drie werkdagen een tijdelijke TLV van ten hoogste drie "
                   "maanden afgeven, zodat een leerling direct een plek heeft. In die periode doorloopt de school de "
                   "gewone route."))
    B.append(('h2', '5.5 Terugplaatsing'))
    B.append(('p', "Wij gaan ervan uit dat een plaatsing in het speciaal (basis)onderwijs voor veel kinderen "
                   "tijdelijk is. Vanaf de eerste dag van de TLV is terugkeer naar een basisschool, bij voorkeur "
                   "dicht bij huis, een uitdrukkelijk doel. Terugplaatsing is aan de orde als het OPP laat zien dat "
                   "de leerling de uitstroombestemming basisonderwijs kan halen en als een basisschool met "
                   "ondersteuning in de behoeften kan voorzien. Na terugkeer krijgt de ontvangende basisschool een "
                   "terugplaatsingsarrangement: zes maanden ambulante begeleiding door de sbo- of so-school waar de "
                   "leerling vandaan komt en, zo nodig, een budget voor extra handen in de groep."))
    B.append(('p', "Hoe het moment van terugplaatsing precies wordt bepaald, wie het initiatief neemt en wie het "
                   "besluit neemt, leggen we vast in een werkwijze die wij samen met de sbo- en so-scholen "
                   "ontwikkelen. Deze werkwijze verschijnt als handreiking in het schooljaar 2025-2026."))

    # ---- 6 resultaten ------------------------------------------------------------------------
    B.append(('h1', '6 Ambities en beoogde resultaten'))
    B.append(('p', "Bij de vier richtinggevende uitspraken uit hoofdstuk 3 horen de volgende ambities. Het zijn de "
                   "resultaten die wij aan het einde van de planperiode, op 31 juli 2029, voor leerlingen met een "
                   "ondersteuningsbehoefte willen hebben bereikt."))
    B.append(('table', [['Koers', 'Beoogd resultaat', 'Streefwaarde juli 2029'],
                        ['Sterke scholen', 'Alle vestigingen voldoen aan de elf standaarden basisondersteuning', '100% van de vestigingen'],
                        ['Sterke scholen', 'Leerlingen met een OPP halen hun uitstroombestemming', 'ten minste 80%'],
                        ['Thuisnabij', 'Deelnamepercentage so daalt naar landelijk gemiddelde', 'max. 1,6%'],
                        ['Thuisnabij', 'Meer leerlingen keren terug vanuit sbo/so naar basisonderwijs', '15 per jaar'],
                        ['Samen met jeugdhulp', 'Geen leerling langer dan drie maanden thuis zonder onderwijs', '0 leerlingen'],
                        ['Snelle antwoorden', 'TLV-besluit binnen zes weken na compleet dossier', '95% van de besluiten']],
          [3.5, 8, 4.5]))
    B.append(('p', "Naast deze kwantitatieve ambities willen wij dat leraren zich gesteund voelen bij het werken "
                   "met leerlingen die extra ondersteuning nodig hebben, en dat leerlingen met een "
                   "ondersteuningsbehoefte zich op school veilig en welkom voelen."))
    B.append(('p', "Hoe en wanneer wij de voortgang op deze ambities in beeld brengen, welke bronnen we daarvoor "
                   "gebruiken en hoe we erover rapporteren, beschrijven we in een monitoringsplan. Dat plan is in "
                   "voorbereiding en wordt naar verwachting in het voorjaar van 2026 met de OPR besproken."))

    # ---- 7 ouders (deferred) ----------------------------------------------------------------
    B.append(('h1', '7 Ouders'))
    B.append(('p', "Ouders zijn onmisbaar in alles wat wij doen. In het vorige plan stond in dit hoofdstuk een "
                   "beschrijving van de manier waarop ouders werden geïnformeerd en waar zij terecht konden met "
                   "vragen. Die beschrijving is niet meer actueel: de wet schrijft inmiddels een ouder- en "
                   "jeugdsteunpunt voor en de scholen beschrijven hun ondersteuning voortaan in de schoolgids."))
    B.append(('p', "Wij hebben ervoor gekozen dit hoofdstuk pas in te vullen als de keuzes rond het steunpunt, dat we "
                   "mogelijk samen met het samenwerkingsverband VO inrichten, zijn gemaakt. Een aanvulling op dit "
                   "plan met de informatievoorziening aan ouders en de onafhankelijke ondersteuning voor ouders "
                   "leggen wij na de zomer van 2025 ter instemming voor aan de OPR."))
    B += f_oogo(S, substance=True)

    # ---- 9 geld en middelen (landscape) -------------------------------------------------------
    B.append(('section', {'landscape': True}))
    B.append(('h1', '9 Geld en middelen'))
    B.append(('p', "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
                   "Na aftrek van de afdrachten aan DUO voor de leerlingen in het so en de groeibekostiging sbo blijft "
                   "een bedrag over dat wij volgens een vast verdeelmodel inzetten. De algemene vergadering stelt "
                   "het verdeelmodel vast; wijzigingen gaan pas in bij het volgende kalenderjaar en vragen "
                   "instemming van de OPR."))
    B.append(('h2', '9.1 Het verdeelmodel'))
    B.append(('ul', [
        "Schoolbudget basisondersteuning: elk schoolbestuur ontvangt € 145 per leerling op de teldatum 1 oktober "
        "van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. Het bedrag wordt in januari "
        "toegekend en in twee termijnen betaald.",
        "Arrangementenbudget: individuele en groepsarrangementen worden door de consulent toegekend op basis van "
        "het OT-verslag, volgens de normbedragen in de arrangementenkaart (bijvoorbeeld € 4.500 voor een "
        "individueel arrangement van een half jaar).",
        "Bovenschoolse voorzieningen (plusklas, nieuwkomers, observatiegroep) worden rechtstreeks door het "
        "samenwerkingsverband bekostigd op basis van een jaarlijkse overeenkomst met het uitvoerende bestuur.",
        "De sbo-scholen ontvangen naast de DUO-bekostiging een aanvulling voor leerlingen boven de 2%-grens op "
        "peildatum 1 februari.",
    ]))
    B.append(('h2', '9.2 Meerjarenbegroting 2025-2029 (bedragen x € 1.000)'))
    B.append(('table', [['Post', '2025', '2026', '2027', '2028', '2029'],
                        ['Baten ondersteuningsmiddelen Rijk', '9.860', '9.790', '9.705', '9.640', '9.580'],
                        ['Afdracht DUO so (zware ondersteuning)', '-2.910', '-2.880', '-2.850', '-2.820', '-2.790'],
                        ['Afdracht groeibekostiging sbo', '-410', '-400', '-390', '-380', '-370'],
                        ['Schoolbudgetten basisondersteuning', '2.110', '2.090', '2.070', '2.050', '2.030'],
                        ['Arrangementen (individueel en groep)', '1.650', '1.700', '1.720', '1.720', '1.720'],
                        ['Bovenschoolse voorzieningen', '940', '960', '975', '990', '1.000'],
                        ['Aanvulling sbo boven 2%', '620', '600', '580', '560', '540'],
                        ['Consulenten en orthopedagogen', '1.150', '1.170', '1.190', '1.210', '1.230'],
                        ['Bureau, huisvesting, ICT en bestuur', '520', '530', '540', '550', '560'],
                        ['Saldo', '-450', '-540', '-610', '-640', '-660']],
          [8, 3, 3, 3, 3, 3]))
    B.append(('p', "De negatieve saldi zijn bewust: het samenwerkingsverband bouwt zijn reserve af. Op 1 januari "
                   "2025 bedroeg de algemene reserve € 3,9 miljoen, ruim boven de signaleringswaarde. Het bestuur "
                   "houdt een weerstandsvermogen aan van 5% van de baten; de risico's (daling leerlingaantal, stijging "
                   "so-deelname) zijn in de risicoparagraaf van de jaarbegroting gekwantificeerd."))
    B.append(('p', "Schoolbesturen verantwoorden jaarlijks vóór 1 mei met een verantwoordingsformulier waaraan zij "
                   "het schoolbudget en de arrangementen hebben besteed. Niet bestede arrangementsmiddelen worden "
                   "verrekend met de volgende toekenning."))
    B.append(('section', {'landscape': False}))
    B += f_governance(S, opr_parents=False)
    B += f_personeel(S)
    B += f_ict(S)
    B += f_planning(S, [['augustus 2025', 'Start planperiode, nieuwe kwaliteitskaart', 'bureau'],
                        ['najaar 2025', 'Aanvulling hoofdstuk 7 ter instemming aan OPR', 'directeur-bestuurder'],
                        ['schooljaar 2025-2026', 'Handreiking terugplaatsing', 'bureau en sbo/so'],
                        ['voorjaar 2026', 'Monitoringsplan ambities', 'beleidsmedewerker'],
                        ['elk voorjaar', 'Analyse dekkend netwerk', 'bureau en besturen'],
                        ['december (jaarlijks)', 'Vaststellen jaarbegroting', 'directeur-bestuurder, RvT'],
                        ['voorjaar 2028', 'Start voorbereiding nieuw plan', 'allen']])
    B += f_begrippen(S, [
        ['Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt.'],
        ['CvT', 'Commissie Toelaatbaarheid; besluit namens het SWV over TLV-aanvragen.'],
        ['Dekkend netwerk', 'Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is.'],
        ['OJSP', 'Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen.'],
        ['OPP', 'Ontwikkelingsperspectief(plan).'],
        ['OPR', 'Ondersteuningsplanraad.'],
        ['Onderwijsconsulent', 'Onafhankelijke adviseur voor ouders bij een conflict met school over passend onderwijs.'],
        ['Terugplaatsing', 'Terugkeer van een leerling vanuit sbo of so naar het basisonderwijs.'],
        ['TLV', 'Toelaatbaarheidsverklaring voor sbo of so.'],
        ['Verdeelmodel', 'De regels waarmee het SWV de ondersteuningsmiddelen over de scholen verdeelt.'],
        ['Kwaliteitszorg', 'Het systematisch meten, evalueren en verbeteren van de resultaten.'],
    ])
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': False, 'terugstroom.beleid': True,
            'financien.verdeling': True, 'financien.besteding': True,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': True, 'resultaten.monitoring': False,
            'ouders.informatie': False, 'ouders.steunpunt': False}
    adv = {'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie'],
           'terugstroom': [], 'financien': ['reserves', 'verantwoording'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': []}
    notes = {
        'basisondersteuning': "4.1: one level for all 61 vestigingen plus eleven concrete standards; borging via kwaliteitskaart and verbeterplan (facts also in a floating frame).",
        'plaatsing': "5.1-5.3: five numbered steps with CvT and six-week term, sbo and so criteria, two separate deskundigen, TLV duration and laag/midden/hoog; no bezwaar route anywhere.",
        'terugstroom': "5.5 (inside the TLV chapter): policy (aim from day one, conditions via OPP, six months AB after return) present; who initiates/decides and when is deferred to a handreiking in 2025-2026.",
        'financien': "Chapter 9 'Geld en middelen' on a landscape page: verdeelmodel with per-leerling amount and vaste voet, meerjarenbegroting table 2025-2029, reserves and verantwoording formulier.",
        'dekkend-aanbod': "4.3 continuum basis -> arrangementen -> sbo/so with named schools; yearly network analysis with wachtlijsten, 4.4 thuiszitters escalation and gedeelde zorgplicht; OZA in ch. 8.",
        'resultaten': "Ch. 6 gives a table of beoogde resultaten with streefwaarden, but how they are measured/reported is deferred to a monitoringsplan (voorjaar 2026).",
        'ouders': "Ch. 7 only says the chapter will be filled in by a later aanvulling; OJSP and onderwijsconsulent appear only in the begrippenlijst; no parent role in the TLV route.",
    }
    return S, B, crit, adv, notes

# ============================================================================================
# Plan B - VO, SWV Kempen en Peel (pdf only): two-column body, key-facts boxes,
# terugplaatsing hidden inside the TLV chapter, financien without a begroting (p.m.).
# ============================================================================================

def plan_b():
    S = dict(naam='Samenwerkingsverband Voortgezet Onderwijs Kempen en Peel', code='VO 30-06',
             sector='vo', periode='2025-2029',
             gemeenten_tekst='Kempenstad, Asten-Peel, Someren-Heide, Deurnebroek en Bergeijkerveld',
             besturen=7, bestuurder='ir. J.P. (Joost) van den Akker', vestiging='Kempenstad',
             kengetallen=[['Aantal vo-scholen (vestigingen)', '19'], ['Scholen voor praktijkonderwijs', '2'],
                          ['Vso-scholen in de regio', '2'], ['Leerlingen vo totaal', '14.310'],
                          ['Leerlingen met lwoo-aanwijzing', '1.120'], ['Leerlingen praktijkonderwijs', '468']],
             opr_leden=12, opr_datum='2 april 2025', oogo_datum='11 maart 2025',
             ander_swv='de samenwerkingsverbanden PO Kempen en PO De Peel', fte='11',
             gov_nr='10', oogo_nr='8', pers_nr='11', ict_nr='12', plan_nr='13',
             visie_ouders="Ouders en leerlingen zijn partners. Een jongere van twaalf of zestien weet vaak heel goed "
                          "wat hij of zij nodig heeft; wij willen dat die stem wordt gehoord.")
    toc = [('', 'Voorwoord', 3), ('1', 'Inleiding', 4), ('2', 'Ons samenwerkingsverband', 5),
           ('3', 'Missie, visie en koers', 6), ('4', 'De ondersteuningsstructuur', 8),
           ('4.1', 'Basisondersteuning', 8), ('4.2', 'Extra ondersteuning', 9), ('4.3', 'Dekkend aanbod en thuiszitters', 11),
           ('5', 'Toewijzing en toelaatbaarheid', 12), ('5.4', 'Einde van de TLV', 15),
           ('6', 'Kwaliteitszorg en resultaten', 16), ('7', 'Ouders en leerlingen', 17),
           ('8', 'Samenwerking met gemeenten', 18), ('9', 'Financieel beleid', 19),
           ('10', 'Organisatie, bestuur en medezeggenschap', 21), ('11', 'Personeel en professionalisering', 22),
           ('12', 'Informatievoorziening, ICT en privacy', 23), ('13', 'Planning en jaarcyclus', 24),
           ('', 'Bijlage: Begrippenlijst en afkortingen', 25)]
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2029', S['naam'], S['code'] + '  |  Iedere jongere een passende plek',
                        'Versie 1.0 - vastgesteld 9 april 2025']))
    B.append(('toc', toc))
    B += f_voorwoord(S)
    B.append(('section', {'cols': 2}))
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "Dit is het derde ondersteuningsplan van ons samenwerkingsverband. Het geldt van 1 augustus 2025 "
                   "tot en met 31 juli 2029. Anders dan zijn voorgangers is dit plan geschreven als een "
                   "beleidsplan op hoofdlijnen: het beschrijft de uitgangspunten, de routes en de verdeling van "
                   "verantwoordelijkheden. Uitvoeringsafspraken staan in het jaarplan en op de website."))
    B += f_leeswijzer(S, "Hoofdstuk 4 beschrijft de ondersteuningsstructuur van basis tot vso. Hoofdstuk 5 gaat over "
                         "lwoo, praktijkonderwijs en het voortgezet speciaal onderwijs. Hoofdstuk 6 tot en met 9 "
                         "gaan over kwaliteit, ouders, gemeenten en geld.")
    B.append(('h2', '1.3 Wat is er veranderd?'))
    B.append(('p', "Sinds het vorige plan is het samenwerkingsverband gefuseerd met het voormalige "
                   "samenwerkingsverband Peelland-Zuid. Dat betekende een nieuw bureau, nieuwe statuten en het "
                   "gelijktrekken van twee verschillende werkwijzen. Tegelijk kwamen de Wet versterking positie "
                   "ouders en leerlingen en de landelijke norm basisondersteuning in beeld. Dit plan is daarom ook "
                   "een overgangsplan."))
    B += f_context(S)
    B += f_visie(S, "In het jaarplan staan per uitspraak de activiteiten voor het komende schooljaar.")

    B.append(('h1', '4 De ondersteuningsstructuur'))
    B.append(('box', 'Kerngegevens ondersteuning', ['19 vestigingen, één afgesproken basisniveau',
                                                   'OPDC De Overstap: 40 plaatsen', 'Rebound op 3 locaties',
                                                   '2 scholen voor praktijkonderwijs, 2 vso-scholen']))
    B.append(('h2', '4.1 Basisondersteuning'))
    B.append(('p', "Basisondersteuning is het niveau van ondersteuning dat alle scholen in Kempen en Peel, op al hun "
                   "vestigingen, ten minste bieden aan iedere leerling die daar behoefte aan heeft. De zeven "
                   "besturen hebben dit basisniveau samen afgesproken; geen enkele vestiging mag eronder zitten. "
                   "Wat daarboven komt, is extra ondersteuning."))
    B.append(('p', "Net als in het landelijke referentiekader omvat basisondersteuning vier onderdelen: "
                   "basiskwaliteit, preventieve en licht curatieve interventies, de "
                   "onderwijsondersteuningsstructuur en planmatig werken."))
    B.append(('p', "Welke voorzieningen en interventies dat op een school concreet zijn, staat in het "
                   "schoolondersteuningsprofiel van iedere school en op de pagina 'Basisondersteuning' van onze "
                   "website. De besturen herijken de afspraken in het schooljaar 2026-2027, wanneer de landelijke "
                   "norm basisondersteuning bekend is."))
    B.append(('h2', '4.2 Extra ondersteuning'))
    B.append(('p', "Ons aanbod is opgebouwd in lagen. Op niveau 1 biedt de school zelf de basisondersteuning. Op "
                   "niveau 2 zet de school, vaak samen met de consulent van het samenwerkingsverband, extra "
                   "ondersteuning in binnen de school: een trajectvoorziening, een time-outplek, coaching of een "
                   "aangepast rooster. Elke vestiging heeft een ondersteuningsteam dat deze inzet coördineert."))
    B.append(('p', "Op niveau 3 gaat het om bovenschoolse voorzieningen. Het OPDC De Overstap biedt veertig plaatsen "
                   "voor leerlingen die tijdelijk (maximaal een jaar) niet in een reguliere klas kunnen functioneren. "
                   "De Rebound op drie locaties biedt een korte time-out van maximaal twaalf weken met behoud van "
                   "inschrijving. Op niveau 4 staan het praktijkonderwijs, het leerwegondersteunend onderwijs en het "
                   "voortgezet speciaal onderwijs (De Brug voor cluster 4 en Het Palet voor cluster 3). Leerlingen "
                   "kunnen tussen de niveaus op- en afschalen; het ondersteuningsteam bewaakt de doorgaande lijn."))
    B.append(('p', "Bij de overstap van het primair naar het voortgezet onderwijs maken we gebruik van de warme "
                   "overdracht: de basisschool en de vo-school bespreken leerlingen met een ondersteuningsbehoefte "
                   "vóór 1 april van het laatste basisschooljaar. Voor de overstap naar het mbo is er een "
                   "overdrachtsprotocol met de twee roc's in de regio."))
    B.append(('h2', '4.3 Dekkend aanbod en thuiszitters'))
    B.append(('p', "Twee keer per jaar bespreekt het directeurenoverleg de 'witte vlekken': groepen leerlingen "
                   "voor wie het aanbod niet passend of niet beschikbaar is. De signalen komen uit het loket, de "
                   "ondersteuningsteams, leerplicht en het thuiszittersoverleg. Voor iedere witte vlek wordt een "
                   "eigenaar aangewezen die binnen drie maanden een voorstel doet. Zo is in 2024 op basis van dit "
                   "overleg het aanbod voor hoogbegaafde leerlingen met uitval uitgebreid."))
    B.append(('p', "Iedere leerling die langer dan vier weken geen onderwijs volgt, wordt besproken in het "
                   "thuiszittersoverleg met leerplicht, het samenwerkingsverband en de school. Er wordt binnen "
                   "twee weken een plan gemaakt met één regisseur. Lukt het niet, dan beslist de directeur-"
                   "bestuurder, na overleg met de besturen, op welke school de leerling wordt geplaatst."))

    B.append(('h1', '5 Toewijzing en toelaatbaarheid'))
    B.append(('p', "Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs "
                   "(lwoo), de toelaatbaarheid tot het praktijkonderwijs (pro) en de toelaatbaarheid tot het "
                   "voortgezet speciaal onderwijs (vso). Alle aanvragen lopen via het Loket Toewijzing."))
    B.append(('h2', '5.1 Leerwegondersteunend onderwijs'))
    B.append(('p', "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 en "
                   "een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, waarvan één "
                   "begrijpend lezen of inzichtelijk rekenen, of een IQ tussen 91 en 120 met een leerachterstand en "
                   "sociaal-emotionele problematiek. De vo-school waar de leerling is aangemeld vraagt de "
                   "aanwijzing aan vóór 1 mei; het loket beslist binnen vier weken. Een aanwijzing geldt voor de "
                   "hele vo-loopbaan in vmbo."))
    B.append(('h2', '5.2 Praktijkonderwijs'))
    B.append(('p', "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 "
                   "en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, "
                   "waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient "
                   "de aanvraag in; de commissie toewijzing beslist binnen vier weken na ontvangst van het "
                   "complete dossier. Een TLV pro geldt voor de gehele schoolloopbaan in het praktijkonderwijs."))
    B.append(('h2', '5.3 Voortgezet speciaal onderwijs'))
    B.append(('p', "Een aanvraag voor een TLV vso wordt ingediend door het bestuur van de vo-school waar de leerling "
                   "staat ingeschreven, of - voor leerlingen die vanuit het so doorstromen - door het so. Het dossier "
                   "bevat het OPP, een verslag van het ondersteuningsteam en de zienswijze van ouders en leerling. "
                   "De commissie toewijzing beslist binnen zes weken."))
    B.append(('p', "Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte zo groot is dat de "
                   "reguliere school, ook met inzet van niveau 2 en 3, niet kan voorzien in een ononderbroken "
                   "ontwikkeling, (b) dat blijkt uit een OPP dat ten minste één keer is geëvalueerd, en (c) het vso "
                   "de benodigde combinatie van onderwijs, begeleiding en zo nodig zorg wel kan bieden. Het advies "
                   "van twee deskundigen - een orthopedagoog of psycholoog en, afhankelijk van de leerling, een "
                   "jeugdarts, psychiater of maatschappelijk werker - weegt zwaar. Elke deskundige geeft een eigen "
                   "schriftelijk advies."))
    B.append(('p', "Een TLV vso wordt afgegeven voor maximaal drie schooljaren, eindigend op 31 juli. De "
                   "bekostigingscategorie is laag, tenzij sprake is van een lichamelijke beperking of langdurige "
                   "ziekte (midden) of een meervoudige beperking (hoog)."))
    B.append(('h2', '5.4 Einde van de TLV'))
    B.append(('p', "Een plaatsing in het vso is geen eindstation. Ons uitgangspunt is dat iedere vso-leerling die "
                   "het perspectief heeft op een diploma in het regulier onderwijs de kans krijgt om over te stappen, "
                   "bij voorkeur naar een school dicht bij huis. Voorwaarden zijn dat de leerling dat zelf wil, dat "
                   "het OPP laat zien dat de leerling het niveau aankan en dat de ontvangende school de benodigde "
                   "ondersteuning kan bieden."))
    B.append(('p', "De vso-school bespreekt elk jaar, uiterlijk op 1 februari, in een multidisciplinair overleg met "
                   "ouders, de leerling en de consulent of terugplaatsing of overplaatsing aan de orde is. In het "
                   "laatste jaar van de TLV is dat gesprek verplicht. Ziet het overleg kansen, dan neemt de "
                   "vso-school het initiatief en stelt zij samen met de ontvangende vo-school een overstapplan op. "
                   "De commissie toewijzing stemt in met het plan. De leerling start met een proefplaatsing van "
                   "acht weken; daarna volgt de definitieve inschrijving. Is terugkeer niet mogelijk, dan vraagt de "
                   "vso-school vóór 1 april een nieuwe TLV aan."))
    B.append(('p', "Na de overstap krijgt de ontvangende school gedurende een jaar een terugplaatsingsarrangement: "
                   "een coach vanuit het vso die de leerling en de mentor begeleidt, en een budget voor extra "
                   "begeleidingsuren."))

    B.append(('h1', '6 Kwaliteitszorg en resultaten'))
    B.append(('p', "Kwaliteit begint bij goede gesprekken. In de eerste planperiodes lag de nadruk op het opbouwen "
                   "van routes en voorzieningen; in deze periode willen we scherper krijgen wat die inzet oplevert."))
    B.append(('p', "Het samenwerkingsverband werkt daarom aan een nieuw kwaliteitskader. De beoogde resultaten "
                   "voor 2025-2029 formuleren we in het voorjaar van 2026 samen met de scholen, nadat de "
                   "fusie-organisatie op orde is. Welke indicatoren we daarbij gebruiken en hoe we verslag doen, "
                   "volgt uit dat kader. Tot die tijd sturen wij op de activiteiten uit het jaarplan."))

    B.append(('h1', '7 Ouders en leerlingen'))
    B.append(('p', "Ouders en leerlingen moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Wij "
                   "informeren hen op verschillende manieren. Op de website staat per school een overzicht van het "
                   "ondersteuningsaanbod en van de bovenschoolse voorzieningen, met de route ernaartoe. Elk jaar in "
                   "september verspreiden de scholen onze ouderbrochure 'Passend onderwijs in Kempen en Peel', ook in "
                   "een Engelse, Arabische en Poolse versie. Tijdens de informatieavonden over de overstap naar het "
                   "voortgezet onderwijs in november geeft de consulent een presentatie over lwoo, praktijkonderwijs "
                   "en extra ondersteuning. De schoolgids van iedere school bevat een paragraaf over ondersteuning."))
    B.append(('p', "Leerlingen met een OPP hebben hoorrecht: zij geven hun mening over het OPP en die mening wordt "
                   "vastgelegd. In de OPR zitten naast personeelsleden ook ouders en leerlingen."))
    B.append(('p', "Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten wij in de loop van 2026 in, samen "
                   "met de samenwerkingsverbanden PO. Hoe ouders en jongeren het steunpunt kunnen bereiken, maken we "
                   "bekend zodra de inrichting rond is."))
    B.append(('section', {'cols': 1}))
    B += f_oogo(S, substance=True)
    B.append(('h1', '9 Financieel beleid'))
    B.append(('p', "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder de middelen "
                   "voor lwoo en praktijkonderwijs) en voor zware ondersteuning. Na de verplichte afdrachten aan "
                   "DUO voor het vso verdeelt het samenwerkingsverband de middelen als volgt."))
    B.append(('table', [['Onderdeel', 'Verdeelsleutel', 'Moment'],
                        ['Middelen lwoo en pro', 'Volledig naar de besturen, naar rato van het aantal leerlingen lwoo en pro op 1 oktober', 'januari'],
                        ['Schoolbudget extra ondersteuning', '€ 95 per leerling op 1 oktober, plus vaste voet € 10.000 per vestiging', 'januari'],
                        ['OPDC en Rebound', 'Vast bedrag per beschikbare plaats aan het uitvoerende bestuur', 'augustus'],
                        ['Individuele arrangementen', 'Toekenning per aanvraag door de commissie toewijzing', 'doorlopend']],
          [4.5, 9, 2.5]))
    B.append(('p', "Meerjarenbegroting. De meerjarenbegroting voor de jaren 2026 tot en met 2029 wordt opgesteld "
                   "nadat de fusie financieel is afgerond en wordt na vaststelling in december 2025 aan dit plan "
                   "toegevoegd."))
    B.append(('table', [['Post (x € 1.000)', '2026', '2027', '2028', '2029'],
                        ['Baten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Afdrachten vso', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Toekenningen aan besturen', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Voorzieningen en bureau', 'p.m.', 'p.m.', 'p.m.', 'p.m.']],
          [6, 2.5, 2.5, 2.5, 2.5]))
    B.append(('p', "De algemene reserve bedroeg eind 2024 € 2,1 miljoen. Het deel boven de signaleringswaarde, circa "
                   "€ 0,8 miljoen, bouwen wij in de planperiode af door extra investeringen in de voorzieningen."))
    B += f_governance(S, opr_parents=True)
    B += f_personeel(S)
    B += f_ict(S)
    B += f_planning(S, [['augustus 2025', 'Start planperiode en fusie-organisatie', 'directeur-bestuurder'],
                        ['december 2025', 'Meerjarenbegroting 2026-2029 vaststellen en toevoegen', 'bestuur, RvT'],
                        ['voorjaar 2026', 'Kwaliteitskader en beoogde resultaten', 'bureau en scholen'],
                        ['2026', 'Inrichting ouder- en jeugdsteunpunt', 'SWV VO en PO'],
                        ['schooljaar 2026-2027', 'Herijking basisondersteuning', 'besturen'],
                        ['voorjaar 2028', 'Evaluatie en voorbereiding nieuw plan', 'allen']])
    B += f_begrippen(S, [
        ['Basisondersteuning', 'Het door de besturen afgesproken niveau van ondersteuning op alle vestigingen.'],
        ['Lwoo', 'Leerwegondersteunend onderwijs.'],
        ['OPDC', 'Orthopedagogisch-didactisch centrum.'],
        ['OJSP', 'Ouder- en jeugdsteunpunt.'],
        ['Onderwijsconsulenten', 'Landelijke organisatie die ouders onafhankelijk adviseert bij problemen met passend onderwijs.'],
        ['Pro', 'Praktijkonderwijs.'],
        ['Resultaten', 'De beoogde en bereikte effecten van de inzet van het SWV voor leerlingen.'],
        ['Meerjarenbegroting', 'Begroting voor ten minste vier jaar, met de verwachte baten en lasten.'],
        ['TLV', 'Toelaatbaarheidsverklaring.'],
        ['Vso', 'Voortgezet speciaal onderwijs.'],
    ])
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': False,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': True, 'terugstroom.beleid': True,
            'financien.verdeling': True, 'financien.besteding': False,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': False, 'resultaten.monitoring': False,
            'ouders.informatie': True, 'ouders.steunpunt': False}
    adv = {'basisondersteuning': [], 'plaatsing': ['deskundigen', 'duur-categorie'],
           'terugstroom': [], 'financien': ['reserves'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': [], 'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "4.1 defines the SWV-wide minimum for all vestigingen, but the content is only the generic four-aspect definition plus a referral to the SOPs/website and a herijking in 2026-2027.",
        'plaatsing': "Ch. 5: lwoo and pro (national criteria, who applies, 4-week terms) and vso (applicant, dossier, commissie toewijzing, criteria a-c, two deskundigen, max. three years, categorie); no bezwaar route.",
        'terugstroom': "5.4 'Einde van de TLV' inside the TLV chapter: aim and conditions, yearly MDO before 1 February, vso school initiates, commissie agrees, proefplaatsing, one-year arrangement after return.",
        'financien': "Ch. 9 table gives the verdeelsleutel per budget; the meerjarenbegroting is a table full of p.m. to be added after December 2025; reserves EUR 2.1 mln addressed.",
        'dekkend-aanbod': "4.2 levels 1-4 with OPDC, Rebound, pro/lwoo, vso and transitions; 4.3 witte-vlekken analysis twice a year and thuiszittersoverleg; OZA/lokale teams in ch. 8.",
        'resultaten': "Ch. 6 'Kwaliteitszorg en resultaten' only defers: beoogde resultaten and indicators come in spring 2026; no targets or monitoring anywhere; 'Resultaten' only in the begrippenlijst.",
        'ouders': "Ch. 7 describes website per school, yearly ouderbrochure in four languages, information evenings and schoolgids; the OJSP is deferred to 2026 and onderwijsconsulenten appear only in the begrippenlijst.",
    }
    return S, B, crit, adv, notes

# ============================================================================================
# Plan C - PO, Stichting Passend Onderwijs Duinstreek (pdf only): sidebar boxes, landscape
# continuum table, two-column 'Communicatie' chapter holding the ouders content.
# ============================================================================================

def plan_c():
    S = dict(naam='Stichting Passend Onderwijs Duinstreek', code='PO 27-11', sector='po', periode='2025-2029',
             gemeenten_tekst='Duinwijk, Zandvoorde, Helmerdam en Strandhoeve',
             besturen=6, bestuurder='mw. A. (Annelies) de Graaf MSc', vestiging='Helmerdam',
             kengetallen=[['Basisscholen (vestigingen)', '48'], ['Sbo-scholen', '1'],
                          ['So-scholen (cluster 3 en 4)', '2'], ['Leerlingen basisonderwijs', '9.215'],
                          ['Leerlingen sbo', '198'], ['Deelnamepercentage sbo + so', '3,4%']],
             opr_leden=8, opr_datum='27 februari 2025', oogo_datum='13 februari 2025',
             ander_swv='het samenwerkingsverband VO Duin- en Bollenstreek', fte='12',
             gov_nr='9', oogo_nr='8', pers_nr='10', ict_nr='11', plan_nr='12',
             visie_ouders="Ouders kennen hun kind het best. Wij willen dat zij vanaf het eerste gesprek "
                          "meepraten over wat hun kind nodig heeft.")
    toc = [('', 'Voorwoord', 3), ('1', 'Inleiding', 4), ('2', 'Ons samenwerkingsverband', 5),
           ('3', 'Missie, visie en koers', 6), ('4', 'Basisondersteuning', 8),
           ('5', 'Het ondersteuningscontinuüm', 10), ('6', 'Toelaatbaarheid tot sbo en so', 12),
           ('7', 'Wat willen we bereiken en hoe weten we dat?', 14), ('8', 'Samenwerking met gemeenten', 17),
           ('9', 'Organisatie, bestuur en medezeggenschap', 18), ('10', 'Personeel en professionalisering', 19),
           ('11', 'Informatievoorziening, ICT en privacy', 20), ('12', 'Planning en jaarcyclus', 21),
           ('13', 'Communicatie', 22), ('14', 'Financiën', 24), ('', 'Bijlage: Begrippenlijst en afkortingen', 27)]
    B = []
    B.append(('title', ['Ondersteuningsplan', S['naam'] + ' - ' + S['code'], 'Planperiode 1 augustus 2025 - 31 juli 2029',
                        'Vastgesteld door het bestuur op 6 maart 2025']))
    B.append(('toc', toc))
    B += f_voorwoord(S)
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "Passend onderwijs in de Duinstreek is van ons allemaal. Dit plan laat zien welke afspraken de "
                   "zes schoolbesturen met elkaar hebben gemaakt en hoe het samenwerkingsverband de scholen "
                   "daarbij ondersteunt. Het plan is tot stand gekomen in vijf werksessies met schoolleiders en "
                   "intern begeleiders, twee sessies met de OPR en een ronde langs de gemeenten."))
    B += f_leeswijzer(S, "De hoofdstukken 4 tot en met 7 vormen de kern: basisondersteuning, het continuüm, "
                         "toelaatbaarheid en onze resultaten. Daarna volgen de randvoorwaarden, met aan het slot "
                         "communicatie en financiën.")
    B += f_context(S)
    B += f_visie(S, "Deze uitspraken zijn in hoofdstuk 7 vertaald naar meetbare doelen.")

    B.append(('h1', '4 Basisondersteuning'))
    B.append(('box', 'Wat mag u van elke school verwachten?', [
        'Een intern begeleider en een ondersteuningsteam',
        'Begeleiding bij dyslexie en dyscalculie volgens protocol',
        'Een aanpak voor gedrag en sociale veiligheid',
        'Aanbod voor meer- en hoogbegaafde leerlingen',
        'Een OPP wanneer uw kind een eigen leerlijn volgt']))
    B.append(('p', "Basisondersteuning is in de Duinstreek de ondersteuning die iedere basisschool, op elke "
                   "vestiging, aan alle leerlingen biedt. De besturen hebben dit niveau in 2024 opnieuw "
                   "vastgesteld in de 'Afsprakenkaart basisondersteuning'. Alle 48 vestigingen bieden ten minste "
                   "dit niveau; het is geen streven maar een afspraak."))
    B.append(('p', "Concreet houdt de basisondersteuning in dat elke school beschikt over een intern begeleider en "
                   "een ondersteuningsteam waarin de consulent van het samenwerkingsverband en de "
                   "schoolmaatschappelijk werker deelnemen; dat leerlingen met lees- of rekenproblemen extra "
                   "instructie krijgen volgens de protocollen Leesproblemen en Dyslexie en ERWD; dat de school "
                   "een methode voor sociaal-emotionele ontwikkeling gebruikt en een pestprotocol heeft; dat er "
                   "voor leerlingen die meer aankunnen verrijkingsstof is en een plusgroep op school- of "
                   "bestuursniveau; dat leraren handelingsgericht werken met groepsplannen of groepsoverzichten; "
                   "dat de school medische handelingen uitvoert volgens het protocol medisch handelen; en dat de "
                   "school voor een leerling met een eigen leerlijn een OPP opstelt en dat ten minste twee keer per "
                   "jaar met ouders evalueert."))
    B.append(('p', "De consulent bezoekt iedere school jaarlijks voor een 'basisgesprek' aan de hand van de "
                   "afsprakenkaart. Blijft een school op een onderdeel onder het afgesproken niveau, dan spreekt de "
                   "directeur-bestuurder het schoolbestuur aan en maakt het bestuur binnen drie maanden een "
                   "verbeterplan. In de jaarlijkse rapportage aan het bestuur van het samenwerkingsverband staat "
                   "per school of zij aan de afsprakenkaart voldoet."))
    B.append(('p', "Wat een school daarnaast biedt, bijvoorbeeld een taalklas of een Kangoeroegroep, staat in de "
                   "schoolgids. Ouders kunnen de schoolgidsen vergelijken via de website van Scholen op de kaart."))

    B.append(('section', {'landscape': True}))
    B.append(('h1', '5 Het ondersteuningscontinuüm'))
    B.append(('p', "Het samenwerkingsverband wil een samenhangend geheel van voorzieningen bieden, zodat ieder "
                   "kind zich ononderbroken kan ontwikkelen. De tabel laat zien hoe de ondersteuning is opgebouwd, "
                   "van de groep tot het speciaal onderwijs."))
    B.append(('table', [['Niveau', 'Wat', 'Waar', 'Wie beslist', 'Voorbeelden'],
                        ['1 Groep', 'Afgestemde instructie en pedagogisch klimaat', 'In de groep', 'Leraar', 'Verlengde instructie, pre-teaching'],
                        ['2 School', 'Basisondersteuning met IB en OT', 'Op school', 'School (IB/directie)', 'Dyslexiebegeleiding, plusgroep, gedragsaanpak'],
                        ['3 School + SWV', 'Extra ondersteuning in een arrangement', 'Op school', 'OT met consulent', 'Ambulante begeleiding, individueel arrangement, OZA'],
                        ['4 Bovenschools', 'Tijdelijke plaatsing in een bovenschoolse groep', 'Voorzieningen SWV', 'Consulent + directeur-bestuurder', 'Observatiegroep De Duinroos, Taalschool, Plusklas'],
                        ['5 Speciaal', 'Speciaal (basis)onderwijs', 'Sbo De Branding, so Zeester (cl. 4), so De Vlinder (cl. 3)', 'CvT (TLV)', 'Sbo, so cluster 3 en 4']],
          [2.5, 6, 5, 4, 7]))
    B.append(('p', "De niveaus zijn geen trap die een kind moet beklimmen. Als duidelijk is dat een leerling niveau 4 "
                   "of 5 nodig heeft, kan direct worden geschakeld. De consulent is voor iedere school het vaste "
                   "aanspreekpunt en kent het hele aanbod."))
    B.append(('p', "Voor leerlingen die onder schooltijd jeugdhulp nodig hebben, zetten school, ouders en gemeente "
                   "een onderwijs-zorgarrangement op. Met de vier gemeenten is afgesproken dat de jeugdhulp in dat "
                   "geval niet wordt stopgezet omdat het onder schooltijd plaatsvindt."))
    B.append(('p', "Of het aanbod in de Duinstreek voor alle kinderen dekkend is, willen we de komende jaren beter "
                   "weten. In de planperiode starten we daarom met een inventarisatie; welke acties daaruit volgen, "
                   "bepalen we als de inventarisatie klaar is."))
    B.append(('section', {'landscape': False}))

    B.append(('h1', '6 Toelaatbaarheid tot sbo en so'))
    B.append(('p', "Voor plaatsing op sbo De Branding of een so-school is een toelaatbaarheidsverklaring nodig. De "
                   "Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband beslist over de aanvragen."))
    B.append(('h2', '6.1 Zo werkt de aanvraag'))
    B.append(('ol', [
        "De school bespreekt de situatie in het ondersteuningsteam, met ouders en consulent. Ouders geven hun "
        "zienswijze, die bij de aanvraag wordt gevoegd.",
        "Het bevoegd gezag van de school dient de aanvraag in bij de CvT met het groeidocument, het OPP en het "
        "verslag van het OT.",
        "De CvT vraagt twee deskundigen om een schriftelijk advies: een orthopedagoog of psycholoog en, "
        "afhankelijk van de situatie, een jeugdarts, maatschappelijk werker of kinderpsychiater. Ouders "
        "ontvangen een afschrift van beide adviezen.",
        "De CvT neemt binnen vier weken na ontvangst van de volledige aanvraag een besluit, dat in uitzonderlijke "
        "gevallen met twee weken kan worden verlengd.",
        "Het besluit wordt gestuurd aan het schoolbestuur en aan de ouders.",
    ]))
    B.append(('h2', '6.2 Beoordeling'))
    B.append(('p', "De CvT toetst de aanvraag aan het Toetsingskader toelaatbaarheid van het samenwerkingsverband. "
                   "Dit kader wordt in schooljaar 2025-2026 geactualiseerd en is daarna op te vragen bij het loket."))
    B.append(('h2', '6.3 Duur, categorie en bezwaar'))
    B.append(('p', "Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV so geldt voor twee "
                   "schooljaren en eindigt op 31 juli. De CvT stelt bij een TLV so de bekostigingscategorie vast "
                   "(laag, midden of hoog)."))
    B.append(('p', "Ouders en schoolbestuur die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar "
                   "maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."))

    B.append(('h1', '7 Wat willen we bereiken en hoe weten we dat?'))
    B.append(('p', "In de vorige planperiode hadden we vooral procesdoelen. Voor deze periode hebben we met de "
                   "besturen en de OPR doelen geformuleerd die zeggen wat leerlingen met een ondersteuningsbehoefte "
                   "er merken."))
    B.append(('table', [['Doel voor leerlingen met een ondersteuningsbehoefte', 'Indicator', 'Stand 2024', 'Streefwaarde 2029'],
                        ['Zoveel mogelijk kinderen gaan naar school in hun eigen wijk', 'Deelnamepercentage sbo + so', '3,4%', '3,0%'],
                        ['Kinderen met een OPP maken de verwachte groei', 'Aandeel OPP-leerlingen op of boven perspectief', '71%', '80%'],
                        ['Snelle hulp', 'Gemiddelde doorlooptijd arrangement (aanvraag - start)', '7,5 week', '4 weken'],
                        ['Ouders voelen zich gehoord', 'Tevredenheid ouders over OT-traject (schaal 1-10)', '7,1', '7,8'],
                        ['Leraren voelen zich toegerust', 'Leraren die zich bekwaam voelen (peiling)', '62%', '75%']],
          [6.5, 5, 2, 2.5]))
    B.append(('p', "Hoe volgen we dat? Het bureau houdt een dashboard bij met de indicatoren uit de tabel. Twee keer "
                   "per jaar, in februari en september, bespreekt het bestuur de stand van zaken; de OPR ontvangt "
                   "dezelfde rapportage. Bronnen zijn de DUO-telling van 1 oktober, het digitale loket, de "
                   "evaluaties van de OPP's die scholen aanleveren, en een korte vragenlijst die ouders en leraren "
                   "na afloop van elk OT-traject ontvangen. Eens per jaar houden we een peiling onder alle leraren."))
    B.append(('p', "In het jaarverslag rapporteren we over de bereikte resultaten, met per doel een toelichting en een "
                   "vergelijking met het voorgaande jaar. Halverwege de planperiode, in het voorjaar van 2027, "
                   "voeren we een tussenevaluatie uit met scholen, ouders en gemeenten. Blijft een doel achter, dan "
                   "stelt het bestuur maatregelen vast in het jaarplan."))
    B.append(('p', "Over de vorige planperiode hebben we bereikt dat alle scholen een ondersteuningsteam met "
                   "consulent hebben, dat de doorlooptijd van een TLV-aanvraag is gedaald van zeven naar vier weken "
                   "en dat het deelnamepercentage licht daalde van 3,7% naar 3,4%. In het jaarverslag 2024 is per "
                   "activiteit aangegeven welk budget is ingezet."))
    B += f_oogo(S, substance=True)
    B += f_governance(S, opr_parents=True)
    B += f_personeel(S)
    B.append(('p', "Het netwerk intern begeleiders komt zes keer per jaar bijeen. Thema's in 2025-2026 zijn onder meer "
                   "jonge risicoleerlingen, executieve functies, hoogbegaafdheid en terugplaatsing."))
    B += f_ict(S)
    B += f_planning(S, [['augustus 2025', 'Start planperiode', 'bureau'],
                        ['schooljaar 2025-2026', 'Actualisatie Toetsingskader toelaatbaarheid', 'CvT'],
                        ['februari/september', 'Rapportage dashboard aan bestuur en OPR', 'beleidsmedewerker'],
                        ['2026', 'Inventarisatie dekkend aanbod', 'bureau'],
                        ['voorjaar 2027', 'Tussenevaluatie plan', 'bestuur'],
                        ['voorjaar 2028', 'Start nieuw plan', 'allen']])

    B.append(('section', {'cols': 2}))
    B.append(('h1', '13 Communicatie'))
    B.append(('p', "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
                   "scholen via een nieuwsbrief, met gemeenten via het bestuurlijk overleg en met ouders via de "
                   "kanalen hieronder."))
    B.append(('h2', '13.1 Informatie voor ouders'))
    B.append(('p', "Op de ouderpagina van onze website staat in gewone taal welke ondersteuning elke school biedt (de "
                   "afsprakenkaart basisondersteuning), welke arrangementen en bovenschoolse groepen er zijn en hoe "
                   "de route naar extra ondersteuning loopt. De folder 'Ouderwijzer passend onderwijs' ligt op "
                   "iedere school en wordt bij inschrijving meegegeven. Twee keer per jaar organiseren we een "
                   "ouderavond over een actueel thema, en iedere school neemt in de schoolgids een verwijzing naar de "
                   "ouderpagina op. De consulent kan op verzoek bij een oudergesprek aanschuiven om uitleg te geven."))
    B.append(('h2', '13.2 Onafhankelijke hulp'))
    B.append(('p', "Soms lopen gesprekken vast of willen ouders advies van iemand die los staat van school en "
                   "samenwerkingsverband. Ouders en kinderen kunnen dan terecht bij het Ouder- en Jeugdsteunpunt "
                   "Duinstreek, dat wordt uitgevoerd door een onafhankelijke stichting en bereikbaar is per "
                   "telefoon, mail en op het wekelijkse inloopspreekuur in de bibliotheek van Helmerdam. Ook "
                   "kunnen ouders kosteloos een beroep doen op Onderwijsconsulenten. Klachten over het "
                   "samenwerkingsverband worden behandeld volgens de klachtenregeling; geschillen over toelating, "
                   "verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."))
    B.append(('h2', '13.3 Ouders als partner'))
    B.append(('p', "Ouders zijn vertegenwoordigd in de OPR en worden bij iedere bespreking in het ondersteuningsteam "
                   "uitgenodigd. Zij ondertekenen het handelingsdeel van het OPP."))
    B.append(('section', {'cols': 1}))

    B.append(('h1', '14 Financiën'))
    B.append(('p', "De middelen van het samenwerkingsverband komen voor het overgrote deel uit de rijksbijdrage "
                   "voor lichte en zware ondersteuning. De verdeling volgt het principe 'geld volgt de leerling, "
                   "expertise volgt de vraag'."))
    B.append(('table', [['Budget', 'Verdeelcriterium', 'Besluit door'],
                        ['Schoolbudget', '€ 160 per leerling (teldatum 1 oktober t-1)', 'Bestuur SWV, jaarlijks in de begroting'],
                        ['Arrangementen', 'Per leerling op basis van aanvraag OT, normbedrag € 3.800 per half jaar', 'Consulent'],
                        ['Bovenschoolse groepen', 'Vast budget per groep op basis van bezetting', 'Directeur-bestuurder'],
                        ['Sbo-groei', 'Overdracht volgens wettelijke groeiregeling, peildatum 1 februari', 'Bestuur SWV']],
          [4, 8, 4]))
    B.append(('p', "Meerjarenbegroting (bedragen x € 1.000):"))
    B.append(('table', [['', '2025', '2026', '2027', '2028'],
                        ['Rijksbijdrage ondersteuning', '7.420', '7.360', '7.300', '7.250'],
                        ['Afdrachten so en sbo-groei', '-2.640', '-2.610', '-2.580', '-2.560'],
                        ['Schoolbudgetten', '1.475', '1.460', '1.450', '1.440'],
                        ['Arrangementen', '1.320', '1.350', '1.350', '1.350'],
                        ['Bovenschoolse groepen', '860', '870', '880', '890'],
                        ['Consulenten, CvT en bureau', '1.210', '1.230', '1.250', '1.270'],
                        ['Resultaat', '-85', '-160', '-210', '-260']],
          [6, 2.5, 2.5, 2.5, 2.5]))
    B.append(('p', "Besturen leggen in hun jaarverslag verantwoording af over de inzet van het schoolbudget en "
                   "sturen het samenwerkingsverband vóór 1 juli een overzicht van de bestede middelen per school."))
    B += f_begrippen(S, [
        ['Afsprakenkaart', 'Document met de afspraken over basisondersteuning.'],
        ['Continuüm', 'Het geheel van ondersteuningsniveaus van groep tot speciaal onderwijs.'],
        ['Dekkend aanbod', 'Een aanbod waarin voor ieder kind een passende plek is.'],
        ['Terugplaatsing', 'Het teruggaan van een leerling van sbo of so naar een basisschool.'],
        ['Thuiszitter', 'Leerplichtig kind dat zonder geldige reden geen onderwijs volgt.'],
        ['TLV', 'Toelaatbaarheidsverklaring.'],
        ['Zorgplicht', 'Plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden.'],
        ['LBT', 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.'],
        ['OJSP', 'Ouder- en jeugdsteunpunt.'],
    ])
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': True, 'plaatsing.criteria': False,
            'terugstroom.procedure': False, 'terugstroom.beleid': False,
            'financien.verdeling': True, 'financien.besteding': True,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': False,
            'resultaten.doelen': True, 'resultaten.monitoring': True,
            'ouders.informatie': True, 'ouders.steunpunt': True}
    adv = {'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
           'terugstroom': [], 'financien': ['verantwoording'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "Ch. 4 plus key-facts box: level for all 48 vestigingen ('Afsprakenkaart') with concrete content; borging via yearly basisgesprek and verbeterplan.",
        'plaatsing': "Ch. 6: steps, CvT, four-week term, deskundigen, duration, categorie and LBT bezwaar are there, but the criteria are only a reference to a Toetsingskader that is being updated (6.2).",
        'terugstroom': "No body text on return from sbo/so: the TLV duration in 6.3 says nothing about it; 'terugplaatsing' only as an IB-network theme and in the begrippenlijst.",
        'financien': "Ch. 14 'Financien' at the end: verdeelcriteria table with amounts and deciding body, meerjarenbegroting 2025-2028 table, verantwoording by boards.",
        'dekkend-aanbod': "Ch. 5 landscape continuum table (niveau 1-5 with named voorzieningen) and OZA; whether the offer is dekkend is deferred to an inventarisatie, no thuiszitters/zorgplicht approach.",
        'resultaten': "Ch. 7 'Wat willen we bereiken en hoe weten we dat?': goals table with indicators, baseline and streefwaarde; dashboard twice a year, jaarverslag, tussenevaluatie 2027, achieved results.",
        'ouders': "Ch. 13 'Communicatie' (two-column, near the end): ouderpagina, Ouderwijzer folder, ouderavonden; OJSP Duinstreek, Onderwijsconsulenten, klachtenregeling and Geschillencommissie.",
    }
    return S, B, crit, adv, notes

# ============================================================================================
# Plan D - VO, SWV VO Maas en Waal-Oost (docx): placement and finance only by reference,
# terugplaatsing procedure without policy, monitoring without intended results.
# ============================================================================================

def plan_d():
    S = dict(naam='Samenwerkingsverband VO Maas en Waal-Oost', code='VO 25-09', sector='vo', periode='2025-2029',
             gemeenten_tekst='Maasbommel-Oost, Druten-Waal, Wijchenveld en Heumen-Overasselt',
             besturen=5, bestuurder='drs. R. (Rachid) El Amrani', vestiging='Wijchenveld',
             kengetallen=[['Vo-scholen (vestigingen)', '12'], ['Scholen voor praktijkonderwijs', '1'],
                          ['Vso-scholen', '1 (cluster 4), plus vso cluster 3 buiten de regio'],
                          ['Leerlingen vo', '8.730'], ['Leerlingen lwoo', '640'], ['Leerlingen vso met TLV van ons SWV', '212']],
             opr_leden=10, opr_datum='20 maart 2025', oogo_datum='6 maart 2025',
             ander_swv='het samenwerkingsverband PO Maas en Waal', fte='9',
             gov_nr='9', oogo_nr='8', pers_nr='10', ict_nr='11', plan_nr='12',
             insp_jaar='2023', visie_ouders="Ouders en jongeren zijn gesprekspartner, niet alleen ontvanger van informatie.")
    toc = [('', 'Voorwoord', 2), ('1', 'Inleiding', 3), ('2', 'Ons samenwerkingsverband', 4),
           ('3', 'Missie, visie en koers', 5), ('4', 'Ondersteuning: van basis tot specialistisch', 7),
           ('4.1', 'Basisondersteuning', 7), ('4.2', 'Ondersteuningsroute en voorzieningen', 8),
           ('4.3', 'Zorgplicht, thuiszitters en witte vlekken', 10), ('5', 'Toewijzing en toelaatbaarheid', 11),
           ('6', 'Overstap vanuit het vso', 12), ('7', 'Monitoring en verantwoording', 13),
           ('8', 'Samenwerking met gemeenten', 15), ('9', 'Organisatie, bestuur en medezeggenschap', 16),
           ('10', 'Personeel en professionalisering', 17), ('11', 'Informatievoorziening, ICT en privacy', 18),
           ('12', 'Planning en jaarcyclus', 19), ('13', 'Ouders en jongeren', 20), ('14', 'Financiën', 21),
           ('', 'Bijlage: Begrippenlijst en afkortingen', 22)]
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2029', S['naam'] + ' (' + S['code'] + ')',
                        'Concept ter instemming OPR - definitieve versie', 'Wijchenveld, maart 2025']))
    B.append(('toc', toc))
    B += f_voorwoord(S)
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "In Maas en Waal-Oost werken vijf schoolbesturen voor voortgezet onderwijs samen aan passend "
                   "onderwijs voor alle jongeren in de regio. Dit plan beschrijft wat wij de komende vier jaar "
                   "samen willen doen. Het plan is kort gehouden: reglementen en werkwijzen die vaker veranderen dan "
                   "eens in de vier jaar, stellen wij afzonderlijk vast."))
    B += f_leeswijzer(S, "Hoofdstuk 4 beschrijft de ondersteuning van basis tot specialistisch, hoofdstuk 5 en 6 "
                         "toewijzing en de overstap vanuit het vso, hoofdstuk 7 de monitoring.")
    B += f_extra(S)
    B += f_context(S)
    B += f_visie(S, "Elk jaar kiezen we in het jaarplan twee of drie speerpunten.")

    B.append(('h1', '4 Ondersteuning: van basis tot specialistisch'))
    B.append(('h2', '4.1 Basisondersteuning'))
    B.append(('box', 'Basisondersteuning in één oogopslag', [
        'Geldt voor alle 12 vestigingen', 'Mentor + ondersteuningscoördinator + OT',
        'Dyslexie- en dyscalculiebeleid', 'Faalangst- en examenvreestraining',
        'Time-out en opvang', 'Jaarlijkse audit door het SWV']))
    B.append(('p', "De besturen hebben vastgelegd welke basisondersteuning iedere vo-school in Maas en Waal-Oost, op "
                   "elke vestiging en in elke leerweg, ten minste biedt. Dit is het minimum waarop iedere leerling en "
                   "iedere ouder kan rekenen."))
    B.append(('p', "Op elke vestiging is een ondersteuningscoördinator en een intern ondersteuningsteam met "
                   "mentor, zorgcoördinator, schoolmaatschappelijk werk en de jeugdarts. Iedere leerling heeft een "
                   "mentor die ten minste drie keer per jaar een individueel gesprek voert. Leerlingen met dyslexie "
                   "of dyscalculie krijgen een dyslexie- of dyscalculiepas met faciliteiten zoals extra tijd, "
                   "vergroot lettertype en voorleessoftware, ook bij toetsen en examens. Er is een training "
                   "faalangstreductie en een training sociale vaardigheden. Elke vestiging heeft een time-outplek "
                   "waar een leerling onder toezicht van een medewerker tot rust kan komen, en een werkwijze voor "
                   "leerlingen die na ziekte of verzuim geleidelijk terugkeren. Voor leerlingen met een medische "
                   "hulpvraag volgt de school het protocol medisch handelen."))
    B.append(('p', "Het samenwerkingsverband voert elke twee jaar bij iedere vestiging een audit basisondersteuning "
                   "uit. De bevindingen worden besproken met de schoolleiding; tekortkomingen worden binnen een "
                   "schooljaar hersteld en het bestuur rapporteert daarover aan het samenwerkingsverband."))
    B.append(('h2', '4.2 Ondersteuningsroute en voorzieningen'))
    B.append(('p', "Als de basisondersteuning niet genoeg is, bespreekt het interne ondersteuningsteam de leerling "
                   "met de trajectbegeleider van het samenwerkingsverband. Samen kiezen zij voor extra "
                   "ondersteuning op de eigen school (een arrangement, bijvoorbeeld extra coaching of een aangepast "
                   "programma), voor een tijdelijke plaatsing in het Orthopedagogisch-Didactisch Centrum (OPDC) "
                   "'Het Kompas' of, wanneer nodig, voor praktijkonderwijs, lwoo of vso. Het OPDC biedt 35 "
                   "plaatsen en een observatietraject van tien weken; leerlingen blijven ingeschreven op hun "
                   "school van herkomst. Voor jongeren met een combinatie van onderwijs- en zorgbehoeften is er de "
                   "zorgklas 'Maatwerk+' in samenwerking met de jeugd-GGZ."))
    B.append(('p', "Het samenwerkingsverband zorgt ook voor een doorgaande lijn: met het samenwerkingsverband PO zijn "
                   "afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsbehoefte, en met het "
                   "mbo over de warme overdracht na het vmbo en het praktijkonderwijs. Nieuwkomers gaan naar de "
                   "Internationale Schakelklas (ISK) in Wijchenveld."))
    B.append(('h2', '4.3 Zorgplicht, thuiszitters en witte vlekken'))
    B.append(('p', "Een school die een aangemelde leerling niet zelf kan plaatsen, zoekt samen met het "
                   "samenwerkingsverband binnen tien weken een passende school. De besturen hebben afgesproken dat "
                   "een leerling nooit tussen wal en schip valt: als geen school een plek biedt, wijst de directeur-"
                   "bestuurder na overleg met de besturen een school aan."))
    B.append(('p', "Het samenwerkingsverband houdt samen met leerplicht een thuiszittersregister bij. Iedere "
                   "thuiszitter heeft binnen twee weken een casusregisseur. Elk kwartaal analyseert het bureau de "
                   "casussen: waar het aanbod tekortschiet, doet het een voorstel aan het bestuur. Uit die "
                   "analyse kwam in 2023 de zorgklas Maatwerk+ voort."))

    B.append(('h1', '5 Toewijzing en toelaatbaarheid'))
    B.append(('p', "Het samenwerkingsverband is wettelijk verantwoordelijk voor de toewijzing van lwoo, de "
                   "toelaatbaarheid tot praktijkonderwijs en de toelaatbaarheid tot het vso. De werkwijze, de "
                   "criteria, de termijnen en de samenstelling van de commissie zijn opgenomen in het "
                   "Toewijzingsreglement, dat het bestuur afzonderlijk vaststelt en dat op onze website wordt "
                   "gepubliceerd. Het reglement wordt in 2025 herzien."))
    B.append(('p', "Wij kiezen er bewust voor het reglement niet in dit plan op te nemen, zodat we het tussentijds "
                   "kunnen aanpassen aan nieuwe regelgeving zonder het hele plan te wijzigen."))

    B.append(('h1', '6 Overstap vanuit het vso'))
    B.append(('p', "Voor iedere leerling in het vso wordt in het laatste jaar van de TLV, uiterlijk vóór 1 maart, een "
                   "evaluatiegesprek gehouden. De vso-school nodigt de ouders, de leerling en de trajectbegeleider "
                   "van het samenwerkingsverband uit. In het gesprek wordt het OPP geëvalueerd en wordt besproken "
                   "of de leerling op het vso blijft of overstapt naar een reguliere vo-school of het "
                   "praktijkonderwijs."))
    B.append(('p', "De trajectbegeleider legt het advies van het gesprek vast. Wordt gekozen voor een overstap, dan "
                   "meldt de vso-school de leerling vóór 1 april aan bij de ontvangende school en vindt vóór de "
                   "zomervakantie een overdrachtsgesprek plaats; de TLV eindigt op 31 juli. Wordt gekozen voor "
                   "voortzetting, dan vraagt de vso-school een nieuwe TLV aan volgens het Toewijzingsreglement."))
    B.append(('p', "De uitgangspunten en voorwaarden voor terugplaatsing en de begeleiding van leerlingen na hun "
                   "overstap stellen wij in 2026 opnieuw vast, samen met de vso-scholen binnen en buiten de regio."))

    B.append(('h1', '7 Monitoring en verantwoording'))
    B.append(('p', "Het samenwerkingsverband werkt met een vaste kwaliteitscyclus. Elk kwartaal verzamelt het "
                   "bureau gegevens uit het loket, het thuiszittersregister, de DUO-tellingen en de "
                   "leerlingvolgsystemen van het OPDC. De gegevens worden verwerkt in een monitor die het bestuur "
                   "en de OPR elk kwartaal ontvangen. Twee keer per jaar bespreken de directeuren de monitor in een "
                   "evaluatiesessie, waarin ook de ervaringen van trajectbegeleiders en ondersteuningscoördinatoren "
                   "worden besproken. In het jaarverslag doen wij verslag van de bereikte resultaten; daarnaast "
                   "houden we eens per twee jaar een tevredenheidspeiling onder ouders en scholen."))
    B.append(('p', "De tabel laat een deel van de gegevens over de afgelopen drie jaar zien."))
    B.append(('table', [['Gegeven (peildatum 1 oktober)', '2022', '2023', '2024'],
                        ['Deelnamepercentage vso', '3,9%', '3,8%', '3,6%'],
                        ['Thuiszitters langer dan 4 weken', '17', '14', '11'],
                        ['Vrijstellingen art. 5 onder a', '9', '9', '8'],
                        ['Leerlingen geplaatst in het OPDC', '61', '58', '66'],
                        ['Overstap vanuit vso naar regulier vo of pro', '9', '11', '7'],
                        ['Tevredenheid ouders (schaal 1-10)', '-', '7,2', '-']],
          [8, 2, 2, 2]))
    B.append(('p', "Welke resultaten wij in de nieuwe planperiode willen behalen, leggen we vast na een nulmeting in "
                   "het schooljaar 2025-2026. De ambities worden daarna opgenomen in het jaarplan 2026-2027."))
    B += f_oogo(S, substance=True)
    B += f_governance(S, opr_parents=True)
    B += f_personeel(S)
    B += f_ict(S)
    B += f_planning(S, [['najaar 2025', 'Herziening Toewijzingsreglement', 'bestuur'],
                        ['schooljaar 2025-2026', 'Nulmeting en formuleren ambities', 'bureau'],
                        ['2026', 'Uitgangspunten terugplaatsing vaststellen', 'bureau en vso-scholen'],
                        ['elk kwartaal', 'Monitor aan bestuur en OPR', 'bureau'],
                        ['december', 'Meerjarenbegroting vaststellen', 'algemeen bestuur']])

    B.append(('h1', '13 Ouders en jongeren'))
    B.append(('p', "Ouders en jongeren vinden op onze website de 'Ondersteuningswijzer': per school een overzicht van "
                   "de basisondersteuning, de extra ondersteuning en de contactpersonen, met uitleg over het OPDC, "
                   "lwoo en praktijkonderwijs. Iedere school neemt in de schoolgids een hoofdstuk over ondersteuning "
                   "op dat verwijst naar de Ondersteuningswijzer. Bij de start van het schooljaar is er op elke "
                   "school een informatieavond waar de ondersteuningscoördinator de mogelijkheden toelicht; nieuwe "
                   "ouders krijgen een digitale folder in het Nederlands, Engels, Turks of Arabisch."))
    B.append(('p', "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
                   "Maas en Waal, dat los van de scholen en het samenwerkingsverband werkt en elke werkdag "
                   "telefonisch bereikbaar is. Het steunpunt kan meegaan naar gesprekken en helpt bij het zoeken "
                   "naar een oplossing. Ook de Onderwijsconsulenten zijn voor ouders kosteloos beschikbaar. Komen "
                   "ouders er met de school niet uit, dan kunnen zij een klacht indienen of een geschil over het OPP "
                   "voorleggen aan de Geschillencommissie passend onderwijs."))
    B.append(('p', "Jongeren hebben hoorrecht bij het opstellen van hun OPP; hun mening wordt in het OPP "
                   "opgenomen. Ouders en leerlingen zijn vertegenwoordigd in de OPR."))
    B.append(('h1', '14 Financiën'))
    B.append(('p', "Het samenwerkingsverband ontvangt jaarlijks de middelen voor lichte en zware ondersteuning. "
                   "De financiële vertaling van dit plan - de verdeling van de middelen over besturen en "
                   "voorzieningen en de meerjarenbegroting - is opgenomen in bijlage 3, 'Financieel kader en "
                   "meerjarenbegroting 2025-2029', die het algemeen bestuur jaarlijks in december actualiseert."))
    B += f_begrippen(S, [
        ['Arrangement', 'Afspraak over extra ondersteuning voor een leerling of groep.'],
        ['Bekostigingscategorie', 'Laag, midden of hoog; bepaalt de bekostiging van een vso-leerling.'],
        ['Deskundigenadvies', 'Advies van twee deskundigen bij een TLV-aanvraag.'],
        ['Lwoo', 'Leerwegondersteunend onderwijs.'],
        ['LBT', 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, voor bezwaar tegen een TLV-besluit.'],
        ['OPDC', 'Orthopedagogisch-Didactisch Centrum.'],
        ['Pro', 'Praktijkonderwijs.'],
        ['Terugplaatsing', 'Overstap van een leerling uit het vso naar het regulier onderwijs.'],
        ['TLV', 'Toelaatbaarheidsverklaring, afgegeven door de commissie toewijzing.'],
        ['Verdeelmodel', 'Regels voor de verdeling van ondersteuningsmiddelen.'],
    ])
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': False, 'plaatsing.criteria': False,
            'terugstroom.procedure': True, 'terugstroom.beleid': False,
            'financien.verdeling': False, 'financien.besteding': False,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': False, 'resultaten.monitoring': True,
            'ouders.informatie': True, 'ouders.steunpunt': True}
    adv = {'basisondersteuning': ['borging'], 'plaatsing': [],
           'terugstroom': ['monitoring'], 'financien': [],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "4.1 plus box: minimum for all vestigingen and leerwegen with concrete provisions (mentor, OC, dyslexiepas, trainings, time-out); two-yearly audit.",
        'plaatsing': "Ch. 5 only says the SWV is responsible and refers to a separately adopted Toewijzingsreglement on the website (to be revised); deskundigen, LBT and categorie only in the begrippenlijst.",
        'terugstroom': "Ch. 6 'Overstap vanuit het vso': evaluation before 1 March in last TLV year, who is invited, registration before 1 April, TLV ends 31 July; aims, conditions and support after return deferred to 2026. Overstap figures in ch. 7.",
        'financien': "Ch. 14 only refers to bijlage 3 (not part of the document) for verdeling and meerjarenbegroting; no amounts, criteria or reserves in the body.",
        'dekkend-aanbod': "4.2 route from OT via arrangement, OPDC, zorgklas to pro/lwoo/vso plus doorgaande lijn; 4.3 zorgplicht, thuiszittersregister and quarterly gap analysis; OZA in ch. 8.",
        'resultaten': "Ch. 7 'Monitoring en verantwoording' describes the quarterly monitor, evaluations, jaarverslag and a figures table 2022-2024, but intended results are deferred until after a nulmeting.",
        'ouders': "Ch. 13 near the end: Ondersteuningswijzer website, schoolgids, info evenings, multilingual folder; independent OJSP Maas en Waal, Onderwijsconsulenten, Geschillencommissie; hoorrecht.",
    }
    return S, B, crit, adv, notes

# ============================================================================================
# Plan E - PO, SWV Veluwerand (html web version): 'op hoofdlijnen', basisondersteuning and
# dekkend aanbod deferred, budget without verdeelregels, steunpunt without information channels.
# ============================================================================================

def plan_e():
    S = dict(naam='Samenwerkingsverband Passend Onderwijs Veluwerand', code='PO 23-04', sector='po',
             periode='2025-2029', gemeenten_tekst='Elspeet-Noord, Nunspeld, Hattemerbroek en Oldebroekveld',
             besturen=8, bestuurder='dhr. H. (Hendrik) Brouwer', vestiging='Nunspeld',
             kengetallen=[['Basisscholen (vestigingen)', '54'], ['Sbo-scholen', '2'], ['So-scholen', '2'],
                          ['Leerlingen basisonderwijs', '10.480'], ['Leerlingen sbo', '312'],
                          ['Leerlingen so met TLV', '151']],
             opr_leden=8, opr_datum='10 april 2025', oogo_datum='25 maart 2025',
             ander_swv='het samenwerkingsverband VO Noord-Veluwe', fte='10',
             gov_nr='9', oogo_nr='8', pers_nr='10', ict_nr='11', plan_nr='12',
             insp_jaar='2022', visie_ouders="Ouders zijn welkom als partner; hun kennis van het kind is onmisbaar.")
    toc = [('', 'Voorwoord', ''), ('1', 'Inleiding', ''), ('2', 'Ons samenwerkingsverband', ''),
           ('3', 'Missie, visie en koers', ''), ('4', 'Ondersteuning op school en daarbuiten', ''),
           ('5', 'Toelaatbaarheid', ''), ('6', 'Terug naar de basisschool', ''), ('7', 'Resultaten', ''),
           ('8', 'Samenwerking met gemeenten', ''), ('9', 'Organisatie, bestuur en medezeggenschap', ''),
           ('10', 'Personeel en professionalisering', ''), ('11', 'Informatievoorziening, ICT en privacy', ''),
           ('12', 'Planning en jaarcyclus', ''), ('13', 'Ouders', ''), ('14', 'Begroting', '')]
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2029 (webversie)', S['naam'] + ' - ' + S['code'],
                        'Beleidsplan op hoofdlijnen']))
    B.append(('toc', toc))
    B += f_voorwoord(S)
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "Dit is de webversie van het ondersteuningsplan 2025-2029. De pdf-versie met dezelfde inhoud is "
                   "te downloaden onderaan deze pagina. Het plan is een beleidsplan op hoofdlijnen: het geeft de "
                   "richting aan en de belangrijkste afspraken. Sommige onderdelen werken we in de eerste jaren van "
                   "de planperiode verder uit; waar dat zo is, staat het in de tekst."))
    B += f_leeswijzer(S, "Hoofdstuk 4 gaat over de ondersteuning, hoofdstuk 5 en 6 over toelaatbaarheid en "
                         "terugplaatsing, hoofdstuk 7 over resultaten. Aan het slot staan ouders en de begroting.")
    B.append(('h2', '1.3 Een plan in beweging'))
    B.append(('p', "De landelijke ontwikkelingen gaan snel. Er komt een landelijke norm voor basisondersteuning, de "
                   "positie van ouders en leerlingen wordt wettelijk versterkt en de bekostiging van het primair "
                   "onderwijs is vereenvoudigd. Wij hebben ervoor gekozen om niet op alles vooruit te lopen, maar "
                   "het plan stap voor stap aan te vullen met voortgangsparagrafen die de OPR ter instemming "
                   "krijgt."))
    B.append(('h2', '1.6 Totstandkoming'))
    B.append(('p', "Het plan is geschreven door een kleine schrijfgroep van twee schoolleiders, een intern begeleider, "
                   "de beleidsmedewerker en de directeur-bestuurder. Tussen september 2024 en februari 2025 zijn drie "
                   "conceptversies besproken met de schoolbesturen, de directeuren en de OPR. Ook is een "
                   "klankbordgroep van leraren geraadpleegd, die vooral aandrong op eenvoudige formulieren en korte "
                   "wachttijden. Het OOGO met de gemeenten vond plaats op 25 maart 2025; de OPR stemde in op 10 april "
                   "2025, waarna de directeur-bestuurder het plan op 14 april 2025 definitief vaststelde. De raad van "
                   "toezicht heeft het plan op 17 april 2025 goedgekeurd. Het plan is op 22 april 2025 aan de "
                   "inspectie van het onderwijs gezonden."))
    B += f_extra(S)
    B += f_context(S)
    B += f_visie(S, "De uitwerking volgt in het jaarplan.")

    B.append(('h1', '4 Ondersteuning op school en daarbuiten'))
    B.append(('p', "Elke school in Veluwerand heeft een eigen profiel en een eigen manier van werken. Dat is een "
                   "kracht: scholen kennen hun leerlingen en hun omgeving. Tegelijk vinden wij het belangrijk dat "
                   "ouders overal kunnen rekenen op goede ondersteuning."))
    B.append(('p', "De besturen stellen de afspraken over basisondersteuning in het schooljaar 2025-2026 opnieuw "
                   "vast, in lijn met de landelijke norm die in voorbereiding is. Tot die tijd blijven de afspraken uit "
                   "het ondersteuningsplan 2019-2023 van kracht, en beschrijven de scholen hun ondersteuning in de "
                   "schoolgids."))
    B.append(('p', "Ook de manier waarop extra ondersteuning, de bovenschoolse voorzieningen en het speciaal "
                   "(basis)onderwijs op elkaar aansluiten, is in herziening. Het koersdocument 'Samen sluitend' "
                   "verschijnt in het najaar van 2025 en wordt als voortgangsparagraaf aan dit plan toegevoegd."))
    B.append(('p', "Voor vragen over een individuele leerling kan een school altijd contact opnemen met de "
                   "consulent van het samenwerkingsverband."))

    B.append(('h1', '5 Toelaatbaarheid'))
    B.append(('box', 'TLV in het kort', ['Aanvraag: schoolbestuur, via het loket', 'Besluit: Toelaatbaarheidscommissie',
                                         'Termijn: binnen 6 weken', 'Bezwaar: binnen 6 weken, advies LBT']))
    B.append(('h2', '5.1 Aanvraag en besluit'))
    B.append(('p', "Het schoolbestuur van de school waar de leerling is ingeschreven vraagt de TLV aan via het "
                   "loket van het samenwerkingsverband. Bij de aanvraag zitten het OPP, het verslag van het "
                   "multidisciplinair overleg (MDO) en de zienswijze van de ouders; ouders zijn uitgenodigd voor "
                   "het MDO. De Toelaatbaarheidscommissie, bestaande uit een orthopedagoog, een GZ-psycholoog en "
                   "een jeugdarts, vraagt twee leden om elk afzonderlijk schriftelijk te adviseren; zij zijn niet "
                   "bij de aanvraag betrokken geweest. De commissie besluit binnen zes weken na ontvangst van het "
                   "volledige dossier. Ouders ontvangen een afschrift van de adviezen en het besluit."))
    B.append(('h2', '5.2 Criteria'))
    B.append(('p', "Een leerling is toelaatbaar tot het sbo als: (1) de basisschool aantoonbaar handelingsgericht "
                   "heeft gewerkt en een OPP ten minste twee keer heeft geëvalueerd, (2) de leerling ook met een "
                   "arrangement van het samenwerkingsverband op de eigen school onvoldoende tot ontwikkeling komt, "
                   "en (3) de leerling is aangewezen op een kleine groep met een specifieke aanpak gedurende de hele "
                   "schooldag."))
    B.append(('p', "Een leerling is toelaatbaar tot het so als daarnaast sprake is van (a) een verstandelijke "
                   "beperking (ZML) met een IQ van ongeveer 55 of lager, of (b) een lichamelijke beperking of "
                   "langdurige ziekte die specifieke voorzieningen vergt, of (c) ernstige gedrags- of psychiatrische "
                   "problematiek waarbij een combinatie van onderwijs en jeugdhulp nodig is die het sbo niet kan "
                   "bieden."))
    B.append(('h2', '5.3 Duur en bekostiging'))
    B.append(('p', "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor één, twee of "
                   "drie schooljaren, afhankelijk van de verwachte ontwikkeling, en eindigt altijd op 31 juli. De "
                   "commissie bepaalt de bekostigingscategorie laag, midden of hoog."))
    B.append(('h2', '5.4 Bezwaar'))
    B.append(('p', "Ouders kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het bestuur van het "
                   "samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen en beslist daarna op het bezwaar."))

    B.append(('h1', '6 Terug naar de basisschool'))
    B.append(('p', "Wij vinden dat kinderen zo veel mogelijk in hun eigen dorp of wijk naar school moeten kunnen. "
                   "Een TLV is daarom in beginsel tijdelijk. Terugplaatsing is het doel wanneer het kind zich zo "
                   "heeft ontwikkeld dat een basisschool, met begeleiding, aan zijn of haar behoeften kan voldoen, "
                   "en wanneer ouders en kind daar achter staan."))
    B.append(('p', "De werkwijze is als volgt. De sbo- of so-school bespreekt bij de jaarlijkse evaluatie van het "
                   "OPP, in het voorjaar, of terugplaatsing mogelijk is. In het laatste jaar van de TLV is die "
                   "bespreking verplicht en is de consulent van het samenwerkingsverband aanwezig. Komt de "
                   "bespreking tot een positief advies, dan neemt de sbo- of so-school contact op met de "
                   "basisschool van voorkeur van de ouders. De basisschool en de sbo- of so-school stellen samen een "
                   "overstapplan op, met een wenperiode van vier tot zes weken. De directeur van de ontvangende "
                   "basisschool besluit over de inschrijving, na overleg met de consulent."))
    B.append(('p', "Na de overstap krijgt de basisschool een jaar lang ambulante begeleiding vanuit de school van "
                   "herkomst, en zo nodig een terugplaatsingsbudget van € 3.000 voor extra ondersteuning in de "
                   "groep. Na zes maanden evalueren basisschool, ouders en consulent de overstap."))

    B.append(('h1', '7 Resultaten'))
    B.append(('p', "Voor de planperiode 2025-2029 hebben wij de volgende beoogde resultaten vastgesteld voor kinderen "
                   "met een ondersteuningsbehoefte:"))
    B.append(('ul', ["het deelnamepercentage sbo en so samen daalt van 4,1% naar ten hoogste 3,6% in oktober 2028;",
                     "ten minste 12 leerlingen per jaar keren terug van sbo of so naar een basisschool;",
                     "95% van de TLV-besluiten wordt binnen zes weken genomen;",
                     "ten minste 75% van de leerlingen met een OPP haalt het beoogde uitstroomperspectief;",
                     "ouders waarderen de TLV-procedure gemiddeld met ten minste een 7."]))
    B.append(('p', "Het bureau volgt deze resultaten met een jaarlijkse monitor op basis van de DUO-telling, de "
                   "registraties van het loket, de OPP-evaluaties van de scholen en een korte enquête onder ouders "
                   "na elke TLV-procedure. De monitor wordt elk jaar in juni besproken met het bestuur, de OPR en de "
                   "schoolbesturen, en in het jaarverslag gepubliceerd. Halverwege de planperiode evalueren we de "
                   "resultaten uitgebreider en passen we zo nodig de aanpak aan."))
    B.append(('p', "In de vorige planperiode daalde het deelnamepercentage van 4,4% naar 4,1%; het aantal "
                   "terugplaatsingen bleef steken op vijf à zes per jaar."))
    B += f_oogo(S, substance=False)
    B += f_governance(S, opr_parents=True)
    B += f_personeel(S)
    B += f_ict(S)
    B += f_planning(S, [['schooljaar 2025-2026', 'Nieuwe afspraken basisondersteuning', 'besturen'],
                        ['najaar 2025', "Koersdocument 'Samen sluitend'", 'bureau'],
                        ['2025-2026', 'Herziening verdeelmodel', 'bestuur en OPR'],
                        ['juni (jaarlijks)', 'Monitor resultaten', 'bureau'],
                        ['december (jaarlijks)', 'Begroting', 'directeur-bestuurder, RvT']])

    B.append(('h1', '13 Ouders'))
    B.append(('p', "Soms lopen ouders vast: ze vinden dat hun kind niet de ondersteuning krijgt die het nodig heeft, "
                   "of ze komen er met de school niet uit. Voor hen is er het Ouder- en Jeugdsteunpunt Veluwerand. "
                   "Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, wordt uitgevoerd door de "
                   "stichting Ouderkracht Veluwe en is bereikbaar via telefoon, e-mail en een spreekuur op "
                   "woensdagochtend in Nunspeld. Een medewerker van het steunpunt kan meegaan naar een gesprek op "
                   "school. Daarnaast kunnen ouders een beroep doen op Onderwijsconsulenten."))
    B.append(('p', "Ouders hebben zitting in de OPR en zijn betrokken bij het OPP van hun kind. Een communicatieplan "
                   "waarin staat hoe wij ouders informeren over de ondersteuningsmogelijkheden, wordt in 2026 "
                   "opgesteld."))
    B.append(('h1', '14 Begroting'))
    B.append(('p', "Het verdeelmodel wordt in 2025-2026 herzien, samen met de besturen en de OPR. Tot die tijd gelden "
                   "de toekenningsregels uit het vorige plan. De meerjarenbegroting laat zien waaraan de middelen "
                   "worden besteed (bedragen x € 1.000)."))
    B.append(('table', [['Lasten', '2025', '2026', '2027', '2028'],
                        ['Afdracht so en sbo (DUO)', '3.120', '3.080', '3.040', '3.000'],
                        ['Middelen naar schoolbesturen', '3.650', '3.640', '3.620', '3.600'],
                        ['Terugplaatsingsbudgetten', '36', '36', '36', '36'],
                        ['Toelaatbaarheidscommissie en loket', '310', '315', '320', '325'],
                        ['Consulenten', '820', '835', '850', '865'],
                        ['Bureau en bestuur', '440', '445', '450', '455'],
                        ['Totaal lasten', '8.376', '8.351', '8.316', '8.281'],
                        ['Baten (rijksbijdrage)', '8.150', '8.110', '8.070', '8.030'],
                        ['Saldo', '-226', '-241', '-246', '-251']]))
    B.append(('p', "Het saldo wordt gedekt uit de algemene reserve, die eind 2024 € 2,6 miljoen bedroeg. Het bestuur "
                   "hanteert als ondergrens een weerstandsvermogen van 7,5% van de baten."))
    B.append(('p', "Begrippen: TLV - toelaatbaarheidsverklaring; OPP - ontwikkelingsperspectief; LBT - Landelijke "
                   "Bezwaaradviescommissie; OJSP - ouder- en jeugdsteunpunt; basisondersteuning - het afgesproken "
                   "niveau van ondersteuning op alle scholen; dekkend aanbod - een passende plek voor ieder kind; "
                   "verdeelmodel - de regels voor de verdeling van de middelen."))
    crit = {'basisondersteuning.niveau': False, 'basisondersteuning.inhoud': False,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': True, 'terugstroom.beleid': True,
            'financien.verdeling': False, 'financien.besteding': True,
            'dekkend-aanbod.continuum': False, 'dekkend-aanbod.lacunes': False,
            'resultaten.doelen': True, 'resultaten.monitoring': True,
            'ouders.informatie': False, 'ouders.steunpunt': True}
    adv = {'basisondersteuning': [], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
           'terugstroom': ['monitoring'], 'financien': ['reserves'],
           'dekkend-aanbod': [], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "Ch. 4 only defers new afspraken to 2025-2026, points to the 2019-2023 plan and the schoolgidsen; the definition appears only in the closing 'Begrippen' line.",
        'plaatsing': "Ch. 5 plus box: applicant, dossier, commissie, two separate deskundigen, six-week term, numbered sbo and so criteria, duration/categorie, bezwaar with LBT.",
        'terugstroom': "Ch. 6 'Terug naar de basisschool': aim and conditions, yearly OPP evaluation, compulsory in last TLV year, who initiates/decides, one-year AB and budget after return; figures in ch. 7.",
        'financien': "Ch. 14 'Begroting': meerjarenbegroting 2025-2028 with amounts and reserves; the verdeelmodel is under revision and only referred to the previous plan.",
        'dekkend-aanbod': "Ch. 4 defers the coherence of extra ondersteuning and voorzieningen to a koersdocument; thuiszitters only as an OOGO topic list; no continuum, gap or zorgplicht approach.",
        'resultaten': "Ch. 7: five beoogde resultaten with numbers and dates, yearly monitor with sources discussed in June and published in the jaarverslag, previous-period figures.",
        'ouders': "Ch. 13: independent OJSP Veluwerand and Onderwijsconsulenten; how parents are informed about the support is deferred to a communicatieplan in 2026; OPR/OPP role only.",
    }
    return S, B, crit, adv, notes

# ============================================================================================
# Near-miss F - a basisschool's own 'ondersteuningsplan' (school level, zorgniveaus), pdf.
# ============================================================================================

def near_miss():
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2026', 'Openbare Basisschool De Wilgenhoek, Helmerdam',
                        'Onderdeel van de schoolgids - aangesloten bij Stichting Passend Onderwijs Duinstreek (PO 27-11)']))
    B.append(('toc', [('1', 'Inleiding', 2), ('2', 'Onze ondersteuningsstructuur', 2), ('3', 'Basisondersteuning op De Wilgenhoek', 3),
                      ('4', 'Zorgniveaus en groepsbesprekingen', 4), ('5', 'Extra ondersteuning en de TLV', 5),
                      ('6', 'Ouders', 6), ('7', 'Jaarplanning zorg', 7)]))
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "In dit ondersteuningsplan beschrijft OBS De Wilgenhoek hoe wij de ondersteuning aan onze 312 "
                   "leerlingen organiseren in het schooljaar 2025-2026. Het plan is opgesteld door het zorgteam (de "
                   "intern begeleiders en de directeur) en besproken met het team en de medezeggenschapsraad. Het "
                   "is een werkdocument voor leraren en een informatiebron voor ouders."))
    B.append(('p', "Onze school is aangesloten bij het samenwerkingsverband Passend Onderwijs Duinstreek. Het "
                   "samenwerkingsverband heeft een eigen ondersteuningsplan voor de hele regio; dit document gaat "
                   "alleen over onze school en wordt elk schooljaar opnieuw vastgesteld."))
    B.append(('h1', '2 Onze ondersteuningsstructuur'))
    B.append(('p', "De groepsleerkracht is verantwoordelijk voor het onderwijs aan alle leerlingen in de groep. De "
                   "intern begeleiders (IB'ers) ondersteunen de leerkrachten: er is een IB'er voor de groepen 1 tot "
                   "en met 4 en een IB'er voor de groepen 5 tot en met 8, samen 1,2 fte. De directeur is "
                   "eindverantwoordelijk. Eens per zes weken komt het zorgteam bijeen."))
    B.append(('p', "Daarnaast hebben wij een onderwijsassistent voor de remedial teaching in de onderbouw, een "
                   "leesspecialist, een rekenspecialist en een gedragsspecialist die twee dagdelen per week "
                   "beschikbaar is. De schoolmaatschappelijk werker is op dinsdag op school. De consulent van het "
                   "samenwerkingsverband neemt deel aan het ondersteuningsteam."))
    B.append(('h1', '3 Basisondersteuning op De Wilgenhoek'))
    B.append(('p', "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
                   "Concreet betekent dat bij ons: instructie op drie niveaus in alle groepen, een dyslexieprotocol "
                   "met extra leesbegeleiding vanaf groep 2, de methode Kwink voor sociaal-emotionele "
                   "ontwikkeling, een plusgroep voor leerlingen die meer aankunnen (groep 5 tot en met 8, een "
                   "ochtend per week), een rustplek in elke bouw en een protocol medisch handelen. Wij werken met "
                   "het leerlingvolgsysteem van Cito en met groepsoverzichten."))
    B.append(('p', "Wat wij niet kunnen bieden: een-op-een begeleiding gedurende de hele dag, verpleegkundige zorg "
                   "of een prikkelarme groep. Voor leerlingen die dat nodig hebben zoeken we samen met ouders en het "
                   "samenwerkingsverband naar een passende oplossing."))
    B.append(('h1', '4 Zorgniveaus en groepsbesprekingen'))
    B.append(('table', [['Zorgniveau', 'Wat', 'Wie'],
                        ['1', 'Algemene zorg in de groep: afgestemde instructie, observatie', 'Leerkracht'],
                        ['2', 'Extra zorg in de groep: verlengde instructie, korte interventie van 6-8 weken', 'Leerkracht, IB'],
                        ['3', 'Speciale zorg na intern onderzoek: handelingsplan, RT, specialist', 'IB, specialist'],
                        ['4', 'Speciale zorg na extern onderzoek: OT met consulent, arrangement', 'IB, OT, ouders'],
                        ['5', 'Verwijzing: aanvraag TLV sbo of so', 'Directeur, OT, samenwerkingsverband']],
          [2.5, 9, 4]))
    B.append(('p', "Drie keer per jaar, na de methode-onafhankelijke toetsen in oktober, februari en juni, houdt de "
                   "IB'er met iedere leerkracht een groepsbespreking. Daarin bespreken zij de groepsopbrengsten, de "
                   "groepsoverzichten en de leerlingen die extra aandacht nodig hebben. Leerlingen over wie zorgen "
                   "bestaan, worden daarna in een leerlingbespreking besproken. Ouders worden vooraf geïnformeerd "
                   "als hun kind in een leerlingbespreking aan de orde komt."))
    B.append(('p', "Voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen, stellen wij een "
                   "ontwikkelingsperspectief (OPP) op. Het OPP wordt met ouders besproken en twee keer per jaar "
                   "geëvalueerd. Leerlingen vanaf groep 6 praten mee over hun eigen doelen."))
    B.append(('p', "Onze resultaten vergelijken wij jaarlijks met de inspectienormen. In 2024-2025 lag de "
                   "eindtoetsscore boven de signaleringswaarde; het percentage leerlingen dat het streefniveau 2F/1S "
                   "haalde, steeg van 52% naar 58%. Onze ambitie is 60% in 2026."))
    B.append(('h1', '5 Extra ondersteuning en de TLV'))
    B.append(('p', "Als de ondersteuning op zorgniveau 3 onvoldoende effect heeft, bespreekt de IB'er de leerling, "
                   "met toestemming van ouders, in het ondersteuningsteam. Daarin zitten de IB'er, de consulent van "
                   "het samenwerkingsverband, de schoolmaatschappelijk werker en de ouders. Het OT kan een "
                   "arrangement bij het samenwerkingsverband aanvragen, bijvoorbeeld ambulante begeleiding of een "
                   "plaats in de observatiegroep."))
    B.append(('p', "Soms blijkt dat een leerling beter op zijn plek is in het speciaal basisonderwijs of het speciaal "
                   "onderwijs. Het schoolbestuur vraagt dan een toelaatbaarheidsverklaring (TLV) aan bij de Commissie "
                   "van Toelaatbaarheid van het samenwerkingsverband. Hoe die procedure verloopt en welke criteria "
                   "gelden, staat in het ondersteuningsplan van het samenwerkingsverband. In het schooljaar "
                   "2024-2025 zijn vanuit onze school drie leerlingen naar het sbo gegaan en één naar het so."))
    B.append(('p', "Leerlingen die vanuit het sbo naar onze school terugkomen, krijgen een warme ontvangst: de IB'er "
                   "voert vooraf een gesprek met de sbo-school en de ouders, en in de eerste maanden is er extra "
                   "begeleiding van de ambulant begeleider."))
    B.append(('h1', '6 Ouders'))
    B.append(('p', "Wij vinden een goede samenwerking met ouders belangrijk. Ouders worden betrokken bij iedere stap "
                   "vanaf zorgniveau 3. Twee keer per jaar zijn er oudergesprekken; ouders kunnen ook altijd zelf "
                   "een afspraak maken met de leerkracht of de IB'er. Informatie over de ondersteuning op onze "
                   "school staat in de schoolgids en op de website. Ouders die er met de school niet uitkomen, "
                   "kunnen contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met "
                   "Onderwijsconsulenten. Onze klachtenregeling staat in de schoolgids."))
    B.append(('h1', '7 Jaarplanning zorg'))
    B.append(('table', [['Maand', 'Activiteit'],
                        ['september', 'Startgesprekken met ouders en leerlingen; overdracht tussen leerkrachten'],
                        ['oktober', 'Methode-onafhankelijke toetsen; groepsbesprekingen ronde 1'],
                        ['november', 'Evaluatie OPP\'s; oudergesprekken'],
                        ['februari', 'Toetsen midden schooljaar; groepsbesprekingen ronde 2'],
                        ['maart', 'Evaluatie OPP\'s; voorlopig schooladvies groep 8'],
                        ['juni', 'Toetsen eind schooljaar; groepsbesprekingen ronde 3; overdracht'],
                        ['juli', 'Evaluatie ondersteuningsplan school; vaststelling nieuw plan']]))
    notes = {'document': "A basisschool's own school-level 'ondersteuningsplan' (zorgniveaus 1-5, groepsbesprekingen, "
                         "IB structure, one school's basisondersteuning) that is part of a schoolgids; it refers to the "
                         "SWV's plan for TLV procedure and criteria. No SWV body, OPR, OOGO, verdeling or meerjarenbegroting: "
                         "not an ondersteuningsplan of a samenwerkingsverband."}
    return B, notes


# ============================================================================================
# main
# ============================================================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix='holdout94_docx_'))
    report = []
    try:
        plans = [
            ('holdout94-po-rivierenland', plan_a, ['docx', 'pdf']),
            ('holdout94-vo-kempen-peel', plan_b, ['pdf']),
            ('holdout94-po-duinstreek', plan_c, ['pdf']),
            ('holdout94-vo-maas-waal', plan_d, ['docx']),
            ('holdout94-po-veluwerand', plan_e, ['html']),
        ]
        for name, fn, formats in plans:
            S, B, crit, adv, notes = fn()
            header = f"Ondersteuningsplan {S['periode']} - {S['naam']}"
            footer = f"{S['code']}"
            docs = []
            if 'docx' in formats or 'pdf' in formats:
                dpath = (OUT if 'docx' in formats else tmpdir) / f'{name}.docx'
                render_docx(B, dpath, header, footer)
                if 'docx' in formats:
                    docs.append(dpath.name)
                if 'pdf' in formats:
                    docx_to_pdf(dpath, OUT / f'{name}.pdf')
                    docs.append(f'{name}.pdf')
            if 'html' in formats:
                render_html(B, OUT / f'{name}.html', header, header, footer + ' - ' + S['naam'])
                docs.append(f'{name}.html')
            elements = derive(crit, adv)
            adv_out = {k: v for k, v in adv.items()}
            write_label(name, docs, S['sector'], True, elements, crit, adv_out, notes)
            report.append((name, word_count(B), elements))
        B, notes = near_miss()
        name = 'holdout94-nearmiss-schoolplan-wilgenhoek'
        dpath = tmpdir / f'{name}.docx'
        render_docx(B, dpath, 'OBS De Wilgenhoek - Ondersteuningsplan 2025-2026', 'OBS De Wilgenhoek')
        docx_to_pdf(dpath, OUT / f'{name}.pdf')
        write_label(name, [f'{name}.pdf'], 'po', False, {}, {}, {}, notes)
        report.append((name, word_count(B), {}))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for name, wc, el in report:
        print(f'{name}: {wc} words; ' + ', '.join(f'{k}={v}' for k, v in el.items()))


if __name__ == '__main__':
    main()
