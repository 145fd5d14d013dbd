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
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
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
            cell = t.cell(0, 0)
            _shade(cell, 'FFF2CC')
            cell.width = Cm(8)
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
                r.add_break()
                rr = par.add_run(line)
                rr.font.size = Pt(8.5)
            par2 = doc.add_paragraph()
            _frame_paragraph(par2)
        elif kind == 'section':
            opts = b[1]
            new = doc.add_section(WD_SECTION.NEW_PAGE if opts.get('newpage', True) else WD_SECTION.CONTINUOUS)
            _orient(new, opts.get('landscape', False))
            _set_cols(new, opts.get('cols', 1))
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
