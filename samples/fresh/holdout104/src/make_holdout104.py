#!/usr/bin/env python3
"""Build the holdout104 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss
document (a school-level 'ondersteuningsplan' of a basisschool).

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2024, 5, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ('title', [lines]) ('toc', [(level, text, page)]) ('h1', s) ('h2', s) ('h3', s)
#   ('p', s) ('ul', [s]) ('ol', [s]) ('table', [[cells]]) ('pb', None)
# ---------------------------------------------------------------------------

def H1(s): return ('h1', s)
def H2(s): return ('h2', s)
def H3(s): return ('h3', s)
def P(s): return ('p', ' '.join(s.split()))
def UL(*items): return ('ul', [' '.join(i.split()) for i in items])
def OL(*items): return ('ol', [' '.join(i.split()) for i in items])
def T(*rows): return ('table', [list(r) for r in rows])
def TOC(*entries): return ('toc', list(entries))
def TITLE(*lines): return ('title', list(lines))
PB = ('pb', None)


def _fix_zip_timestamps(path):
    """Rewrite a .docx so that every zip entry has a fixed timestamp."""
    tmp = path.with_name(path.name + '.h104tmp')
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(blocks, path, header=None, footer=None, font='Calibri', size=11):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = 'holdout104'
    cp.revision = 1
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, pay in blocks:
        if kind == 'title':
            for i, line in enumerate(pay):
                para = d.add_paragraph()
                run = para.add_run(line)
                run.bold = (i == 0)
                run.font.size = Pt(24 if i == 0 else 13)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'toc':
            d.add_paragraph('Inhoudsopgave', style='Heading 1')
            for level, text, page in pay:
                indent = '    ' * (level - 1)
                d.add_paragraph(f'{indent}{text} {"." * max(4, 60 - len(text) - len(indent))} {page}')
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ('h1', 'h2', 'h3'):
            d.add_paragraph(pay, style={'h1': 'Heading 1', 'h2': 'Heading 2', 'h3': 'Heading 3'}[kind])
        elif kind == 'p':
            d.add_paragraph(pay)
        elif kind == 'ul':
            for it in pay:
                d.add_paragraph(it, style='List Bullet')
        elif kind == 'ol':
            for it in pay:
                d.add_paragraph(it, style='List Number')
        elif kind == 'table':
            t = d.add_table(rows=len(pay), cols=len(pay[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(pay):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif kind == 'pb':
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))
    _fix_zip_timestamps(Path(path))


def render_pdf(blocks, pdf_path, **kw):
    """Write a temporary .docx and convert it to PDF with LibreOffice."""
    tmpdir = Path(tempfile.mkdtemp(prefix='holdout104_pdf_'))
    try:
        src = tmpdir / (Path(pdf_path).stem + '.docx')
        write_docx(blocks, src, **kw)
        profile = tmpdir / 'lo_profile'
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless',
                        '--convert-to', 'pdf', '--outdir', str(tmpdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmpdir / (Path(pdf_path).stem + '.pdf'), pdf_path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def write_html(blocks, path, title, header=None, footer=None):
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
           f'<title>{_esc(title)}</title>',
           '<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}'
           'table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}'
           'nav li{list-style:none}</style>', '</head>', '<body>']
    if header:
        out.append(f'<header><p class="site-header">{_esc(header)}</p></header>')
    out.append('<main>')
    hid = 0
    for kind, pay in blocks:
        if kind == 'title':
            out.append(f'<h1 class="doc-title">{_esc(pay[0])}</h1>')
            for line in pay[1:]:
                out.append(f'<p class="subtitle">{_esc(line)}</p>')
        elif kind == 'toc':
            out.append('<nav><h2>Inhoud</h2><ul>')
            for level, text, _page in pay:
                out.append(f'<li class="toc-{level}">{_esc(text)}</li>')
            out.append('</ul></nav>')
        elif kind in ('h1', 'h2', 'h3'):
            hid += 1
            tag = {'h1': 'h2', 'h2': 'h3', 'h3': 'h4'}[kind]
            out.append(f'<{tag} id="s{hid}">{_esc(pay)}</{tag}>')
        elif kind == 'p':
            out.append(f'<p>{_esc(pay)}</p>')
        elif kind in ('ul', 'ol'):
            out.append(f'<{kind}>' + ''.join(f'<li>{_esc(i)}</li>' for i in pay) + f'</{kind}>')
        elif kind == 'table':
            rows = ['<tr>' + ''.join(f'<th>{_esc(str(c))}</th>' for c in pay[0]) + '</tr>']
            for r in pay[1:]:
                rows.append('<tr>' + ''.join(f'<td>{_esc(str(c))}</td>' for c in r) + '</tr>')
            out.append('<table>' + ''.join(rows) + '</table>')
        elif kind == 'pb':
            pass
    out.append('</main>')
    if footer:
        out.append(f'<footer><p>{_esc(footer)}</p></footer>')
    out += ['</body>', '</html>', '']
    Path(path).write_text('\n'.join(out), encoding='utf-8')


def word_count(blocks):
    n = 0
    for kind, pay in blocks:
        if kind in ('p', 'h1', 'h2', 'h3'):
            n += len(pay.split())
        elif kind in ('ul', 'ol', 'title'):
            n += sum(len(i.split()) for i in pay)
        elif kind == 'table':
            n += sum(len(str(c).split()) for r in pay for c in r)
        elif kind == 'toc':
            n += sum(len(t.split()) for _l, t, _p in pay)
    return n

