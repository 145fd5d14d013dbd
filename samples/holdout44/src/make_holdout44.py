#!/usr/bin/env python3
"""Generate the holdout44 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level "ondersteuningsplan"), each with a hand-written label file
<name>.expected.yaml.  All text is fictional.  Deterministic, no network.

Formats and formatting quirks (style focus of this set):
  po-waterlinie-2026.docx         headings typed as bold paragraphs with manual numbering (no heading
                                  styles), manual TOC with dot leaders, long manually numbered lists,
                                  running header/footer
  vo-kopvandevallei-2026.docx     mix of heading styles and bold paragraphs, tables whose header row is
                                  marked "repeat" and also repeated physically halfway the table
  po-oostelijkveenland-2026.pdf   rendered with LibreOffice from a .docx whose body text was hard-wrapped
                                  with hyphenated word breaks at line ends ("onder-/steuning")
  vo-zuidrand-maasoever-2026.pdf  most substance in tables, bold-paragraph headings, running footer
  po-heuvelrug-noord-2026.txt     text as copy-pasted from a PDF: hard line breaks mid-sentence,
                                  hyphenated breaks, page headers/footers interleaved, table cells one per line
  school-vlinderboom-ondersteuningsplan.docx
                                  NOT an SWV plan: a school's own "ondersteuningsplan"

Usage: python3 make_holdout44.py   (writes into the parent folder of src/)
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ----------------------------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------------------------
def H(level, text):
    return ('h', level, text)


def P(text):
    return ('p', text)


def OL(items, fmt='{n}.', start=1):
    return ('ol', items, fmt, start)


def UL(items):
    return ('ul', items)


def T(header, rows, repeat_at=None, caption=None):
    """Table. repeat_at: row indices before which the header row is physically repeated."""
    return ('t', header, rows, repeat_at or [], caption)


def PB():
    return ('pb',)


def TITLE(lines):
    return ('title', lines)


def TOC(entries):
    """entries: list of (text, page)"""
    return ('toc', entries)


# ----------------------------------------------------------------------------------------------
# hyphenated hard wrapping (for the "PDF with hyphenated line ends" and the copy-pasted .txt)
# ----------------------------------------------------------------------------------------------
VOWELS = set('aeiouyëïéèáóúöü')


def split_points(word):
    """Rough Dutch V-CV hyphenation points (index where a new syllable starts)."""
    pts = []
    w = word.lower()
    for i in range(3, len(w) - 3):
        if w[i - 1] in VOWELS and w[i] not in VOWELS and w[i].isalpha() and w[i + 1] in VOWELS:
            pts.append(i)
    return pts


def hyph_wrap(text, width):
    words = text.split()
    lines, cur = [], ''
    for w in words:
        cand = (cur + ' ' + w) if cur else w
        if len(cand) <= width:
            cur = cand
            continue
        # try to hyphenate long words at the line end
        room = width - len(cur) - (1 if cur else 0) - 1
        done = False
        m = re.match(r'^([^\W\d_]+)([.,;:)]?)$', w)
        if m and len(m.group(1)) >= 8 and room >= 4:
            pts = [p for p in split_points(m.group(1)) if p <= room]
            if pts:
                p = pts[-1]
                lines.append((cur + ' ' if cur else '') + w[:p] + '-')
                cur = w[p:]
                done = True
        if not done:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------
# docx rendering
# ----------------------------------------------------------------------------------------------
def _add_field(paragraph, instr):
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), instr)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trPr.append(el)


def _cell(cell, text, bold=False, size=None):
    cell.text = ''
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)


def render_docx(blocks, path, opts):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = doc.styles['Normal']
    normal.font.name = opts.get('font', 'Calibri')
    normal.font.size = Pt(opts.get('size', 10.5))
    doc.core_properties.author = opts.get('author', '')
    doc.core_properties.title = opts.get('title', '')
    doc.core_properties.comments = ''
    if opts.get('header'):
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hr = hp.add_run(opts['header'])
        hr.font.size = Pt(8)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if opts.get('footer'):
        fp = sec.footer.paragraphs[0]
        fr = fp.add_run(opts['footer'] + '   pagina ')
        fr.font.size = Pt(8)
        _add_field(fp, 'PAGE')
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading_mode = opts.get('heading', 'bold')   # 'bold', 'style', 'mixed'
    hard_wrap = opts.get('hard_wrap')            # int width or None
    first_table_style = opts.get('table_style', 'Table Grid')

    def para_text(text, justify=False):
        p = doc.add_paragraph()
        if hard_wrap:
            lines = hyph_wrap(text, hard_wrap)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            p.add_run(text)
            if justify:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(6)
        return p

    for b in blocks:
        kind = b[0]
        if kind == 'title':
            for i, ln in enumerate(b[1]):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln)
                r.bold = i < 2
                r.font.size = Pt(24 if i == 0 else (16 if i == 1 else 11))
                p.paragraph_format.space_after = Pt(14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'toc':
            p = doc.add_paragraph()
            r = p.add_run('Inhoudsopgave')
            r.bold = True
            r.font.size = Pt(14)
            for text, page in b[1]:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.space_after = Pt(0)
                indent = 0.6 if re.match(r'^\d+\.\d', text) else 0
                p.paragraph_format.left_indent = Cm(indent)
                p.add_run(f'{text}\t{page}')
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'h':
            level, text = b[1], b[2]
            use_style = heading_mode == 'style' or (heading_mode == 'mixed' and level == 1)
            if use_style:
                doc.add_heading(text, level)
            else:
                p = doc.add_paragraph()
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt({1: 14, 2: 12, 3: 11}.get(level, 11))
                if level == 3:
                    r.italic = True
                p.paragraph_format.space_before = Pt(12 if level == 1 else 8)
                p.paragraph_format.space_after = Pt(4)
                p.paragraph_format.keep_with_next = True
        elif kind == 'p':
            para_text(b[1], justify=opts.get('justify', False))
        elif kind == 'ol':
            items, fmt, start = b[1], b[2], b[3]
            for i, it in enumerate(items):
                label = fmt.format(n=start + i, a='abcdefghijklmnopqrstuvwxyz'[i % 26])
                if hard_wrap:
                    p = para_text(f'{label} {it}')
                else:
                    p = doc.add_paragraph(f'{label}\t{it}')
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.paragraph_format.space_after = Pt(2)
        elif kind == 'ul':
            for it in b[1]:
                if hard_wrap:
                    p = para_text(f'• {it}')
                else:
                    p = doc.add_paragraph(f'•\t{it}')
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.6)
                p.paragraph_format.space_after = Pt(2)
        elif kind == 't':
            header, rows, repeat_at, caption = b[1], b[2], b[3], b[4]
            if caption:
                p = doc.add_paragraph()
                r = p.add_run(caption)
                r.italic = True
                r.font.size = Pt(9)
            all_rows = []
            for i, row in enumerate(rows):
                if i in repeat_at:
                    all_rows.append(('hdr', header))
                all_rows.append(('row', row))
            table = doc.add_table(rows=1 + len(all_rows), cols=len(header))
            table.style = first_table_style
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(header):
                _cell(table.rows[0].cells[j], h, bold=True, size=9)
            _mark_header_row(table.rows[0])
            for i, (k, row) in enumerate(all_rows):
                for j, v in enumerate(row):
                    _cell(table.rows[i + 1].cells[j], str(v), bold=(k == 'hdr'), size=9)
            doc.add_paragraph()
        elif kind == 'pb':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix='h44_')
    try:
        prof = 'file://' + os.path.join(tmp, 'profile')
        subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf',
                        '--outdir', tmp, docx_path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')
        shutil.move(produced, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# .txt rendering: "copy-pasted from a PDF"
# ----------------------------------------------------------------------------------------------
def render_pdfpaste_txt(blocks, path, running_header, running_footer, width=86, page_lines=52):
    out = []

    def emit(lines):
        out.extend(lines)

    for b in blocks:
        kind = b[0]
        if kind == 'title':
            emit(list(b[1]) + [''])
        elif kind == 'toc':
            emit(['Inhoud'])
            for text, page in b[1]:
                dots = '.' * max(3, 70 - len(text))
                emit([f'{text} {dots} {page}'])
            emit([''])
        elif kind == 'h':
            emit([b[2]])
        elif kind == 'p':
            emit(hyph_wrap(b[1], width))
        elif kind == 'ol':
            for i, it in enumerate(b[1]):
                label = b[2].format(n=b[3] + i, a='abcdefghijklmnopqrstuvwxyz'[i % 26])
                emit(hyph_wrap(f'{label} {it}', width))
        elif kind == 'ul':
            for it in b[1]:
                emit(hyph_wrap('• ' + it, width))
        elif kind == 't':
            header, rows, repeat_at, caption = b[1], b[2], b[3], b[4]
            if caption:
                emit([caption])
            emit(list(header))
            for i, row in enumerate(rows):
                if i in repeat_at:
                    emit(list(header))
                for v in row:
                    emit(hyph_wrap(str(v), 40))
        elif kind == 'pb':
            pass
    # paginate: interleave running footer/header as a PDF copy-paste does
    final, page = [], 1
    for i, ln in enumerate(out):
        if i and i % page_lines == 0:
            final.append(f'{running_footer} {page}')
            page += 1
            final.append(running_header)
        final.append(ln)
    final.append(f'{running_footer} {page}')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(final) + '\n')


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
CORE = [
    ('basisondersteuning', 'niveau'), ('basisondersteuning', 'inhoud'),
    ('plaatsing', 'procedure'), ('plaatsing', 'criteria'),
    ('terugstroom', 'procedure'), ('terugstroom', 'beleid'),
    ('financien', 'verdeling'), ('financien', 'besteding'),
    ('dekkend-aanbod', 'continuum'), ('dekkend-aanbod', 'lacunes'),
    ('resultaten', 'doelen'), ('resultaten', 'monitoring'),
    ('ouders', 'informatie'), ('ouders', 'steunpunt'),
]
ELEMENTS = ['basisondersteuning', 'plaatsing', 'terugstroom', 'financien', 'dekkend-aanbod',
            'resultaten', 'ouders']


def _q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(name, documents, sector, looks_like_plan, crit_true=None, advisory=None, notes=None):
    lines = [f'documents: [{", ".join(documents)}]', f'sector: {sector}',
             f'looks_like_plan: {"true" if looks_like_plan else "false"}']
    if not looks_like_plan:
        lines += ['elements: {}', 'criteria: {}', 'advisory_addressed: {}', 'notes:']
        for k, v in (notes or {}).items():
            lines.append(f'  {k}: {_q(v)}')
    else:
        crit_true = set(crit_true)
        advisory = advisory or {}
        status = {}
        for el in ELEMENTS:
            cores = [c for e, c in CORE if e == el]
            hit = [c for c in cores if f'{el}.{c}' in crit_true]
            if len(hit) == len(cores):
                status[el] = 'present'
            elif hit or advisory.get(el):
                status[el] = 'partial'
            else:
                status[el] = 'missing'
        lines.append('elements: {' + ', '.join(f'{e}: {status[e]}' for e in ELEMENTS) + '}')
        lines.append('criteria:')
        for e, c in CORE:
            lines.append(f'  {e}.{c}: {"true" if f"{e}.{c}" in crit_true else "false"}')
        lines.append('advisory_addressed:')
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append(f'  {el}: [{", ".join(advisory[el])}]')
        lines.append('notes:')
        for el in ELEMENTS:
            if notes and el in notes:
                lines.append(f'  {el}: {_q(notes[el])}')
    with open(os.path.join(OUT, name + '.expected.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


# ----------------------------------------------------------------------------------------------
# shared filler (real plans share a lot of boilerplate; none of it addresses a core criterion)
# ----------------------------------------------------------------------------------------------
def voorwoord(c):
    kind = 'kinderen' if c['sector'] == 'po' else 'jongeren'
    return [
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan "
          f"sinds de invoering van passend onderwijs in augustus 2014 en het eerste plan dat is geschreven "
          f"na de eindevaluatie van passend onderwijs en de start van de Verbeteraanpak. Dat is te merken: "
          f"waar de eerste plannen vooral gingen over het inrichten van een nieuwe organisatie, gaat dit "
          f"plan over de vraag hoe wij samen met scholen, ouders en gemeenten de goede dingen goed blijven "
          f"doen voor {kind} die iets extra's nodig hebben."),
        P(f"De afgelopen jaren waren niet eenvoudig. Het lerarentekort, de nasleep van de schoolsluitingen "
          f"en de toegenomen vraag naar jeugdhulp hebben veel gevraagd van iedereen in en rond de scholen. "
          f"Tegelijk zien we veel om trots op te zijn: intern begeleiders en ondersteuningscoördinatoren die "
          f"elkaar weten te vinden, schoolbesturen die over de eigen grenzen heen kijken en ouders die "
          f"kritisch en betrokken meedenken. De middelen die wij ontvangen zijn publiek geld; dat vraagt "
          f"om zorgvuldigheid en om transparantie over keuzes."),
        P(f"Dit plan is tot stand gekomen in een traject van ruim een jaar, met werkconferenties voor "
          f"directeuren en intern begeleiders, gesprekken met de ondersteuningsplanraad, een digitale "
          f"enquête onder ouders en een reeks bijeenkomsten met de gemeenten {', '.join(c['gemeenten'])}. "
          f"Wij danken iedereen die heeft bijgedragen. Waar in dit plan 'wij' staat, bedoelen we de "
          f"samenwerkende schoolbesturen; waar 'het bureau' staat, bedoelen we de medewerkers die in "
          f"opdracht van het bestuur de dagelijkse uitvoering verzorgen."),
        P(f"Een plan is nooit af. De wereld om ons heen verandert en wij zullen onderweg bijsturen. De "
          f"resultaten van dat bijsturen delen wij graag met u."),
        P(f"{c['director']}, directeur-bestuurder"),
    ]


def leeswijzer(c, text):
    return [P(f"Dit ondersteuningsplan beschrijft op welke manier {c['name']} de wettelijke taken uitvoert "
              f"in de periode {c['period']}. Het plan is geschreven voor schoolbesturen, directeuren, "
              f"intern begeleiders, leraren, ouders, de ondersteuningsplanraad, de gemeenten en de "
              f"Inspectie van het Onderwijs."), P(text)]


def regio(c):
    rows = c['regio_rows']
    tot = sum(r[2] for r in rows)
    return [
        P(f"Het werkgebied van het samenwerkingsverband omvat de gemeenten {', '.join(c['gemeenten'])}. "
          f"Het gebied kent zowel kernen met een stedelijk karakter als kleine dorpen waar de school vaak "
          f"de laatste voorziening is. Het aantal leerlingen daalt licht; de prognoses van de gemeenten "
          f"laten tot 2030 een krimp zien van ongeveer 4 procent, met grote verschillen tussen kernen."),
        T(['Schoolbestuur', 'Aantal scholen/vestigingen', 'Leerlingen (1-10-2025)'],
          [[r[0], r[1], f"{r[2]:,}".replace(',', '.')] for r in rows] +
          [['Totaal', sum(r[1] for r in rows), f"{tot:,}".replace(',', '.')]],
          caption='Tabel: aangesloten schoolbesturen en leerlingaantallen (bron: DUO, teldatum 1 oktober 2025)'),
        P("Bij het samenwerkingsverband zijn ook scholen aangesloten die onder een landelijk of "
          "bovenregionaal bestuur vallen. Zij nemen volwaardig deel aan het overleg van directeuren en aan "
          "de netwerken van intern begeleiders en ondersteuningscoördinatoren."),
    ]


def visie(c, extra=None):
    kind = 'ieder kind' if c['sector'] == 'po' else 'iedere jongere'
    out = [
        P(f"Onze missie: {kind} in onze regio krijgt onderwijs dat past, zo dicht mogelijk bij huis, samen "
          f"met leeftijdgenoten waar dat kan en in een speciale setting waar dat nodig is. Wij geloven dat "
          f"onderwijs en ondersteuning het sterkst zijn wanneer school, ouders en omgeving elkaar als "
          f"partners zien."),
        P("Onze visie rust op vier kernwaarden:"),
        OL(["Thuisnabij – onderwijs zo dicht mogelijk bij huis, in de eigen wijk of het eigen dorp.",
            "Samen – schoolbesturen dragen de verantwoordelijkheid gezamenlijk; geen school hoeft het alleen te doen.",
            "Eigenaarschap – de school is eigenaar van de ondersteuningsvraag, het samenwerkingsverband faciliteert.",
            "Transparant – wij zijn open over keuzes, geld en dilemma's en leggen verantwoording af."]),
        P("Deze waarden vormen het kompas voor de keuzes in dit plan. Ze zijn niet nieuw; ze zijn in de "
          "vorige planperiode samen met directeuren en de ondersteuningsplanraad geformuleerd en bij de "
          "voorbereiding van dit plan opnieuw bevestigd. Wel leggen wij in deze periode meer nadruk op "
          "inclusiever onderwijs, in lijn met de landelijke ambitie om in 2035 tot inclusiever onderwijs "
          "te komen."),
    ]
    if extra:
        out.append(P(extra))
    return out


def governance(c):
    return [
        P(f"{c['name']} is een stichting. De aangesloten schoolbesturen vormen samen de "
          f"Algemene Vergadering, die onder meer de begroting, het jaarverslag en het ondersteuningsplan "
          f"goedkeurt. Het bestuur van de stichting is in handen van een directeur-bestuurder. Het interne "
          f"toezicht ligt bij een Raad van Toezicht van vijf leden, van wie drie onafhankelijk en twee op "
          f"voordracht van de schoolbesturen. Daarmee is de scheiding tussen bestuur en toezicht geborgd "
          f"zoals bedoeld in de Code Goed Bestuur."),
        P("De statuten bevatten een regeling voor het beslechten van geschillen tussen de aangesloten "
          "besturen en het samenwerkingsverband. Geschillen worden eerst in een bestuurlijk overleg "
          "besproken; lukt dat niet, dan wordt het geschil voorgelegd aan een onafhankelijke "
          "geschillencommissie van drie leden."),
        P("De Raad van Toezicht kent een auditcommissie en een commissie onderwijs en kwaliteit. De "
          "directeur-bestuurder legt vier keer per jaar verantwoording af aan de raad over de voortgang "
          "van het jaarplan en de financiële positie. Het bestuursreglement, het toezichtkader en het "
          "managementstatuut zijn gepubliceerd op de website."),
    ]


def opr(c, full=True):
    if not full:
        return [P(f"De ondersteuningsplanraad (OPR) heeft op {c['opr_date']} ingestemd met dit "
                  f"ondersteuningsplan. Het reglement van de OPR is vastgesteld in 2022 en is ongewijzigd.")]
    ouder = 'ouders' if c['sector'] == 'po' else 'ouders of leerlingen'
    return [
        P(f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) van twaalf leden: zes "
          f"{ouder} en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
          f"scholen. De OPR heeft instemmingsrecht op de vaststelling en op elke wijziging van het "
          f"ondersteuningsplan (artikel 14a WMS). Daarnaast kent het samenwerkingsverband een eigen "
          f"medezeggenschapsraad voor het personeel van het bureau."),
        P(f"De OPR vergadert zes keer per jaar, waarvan één keer met de Raad van Toezicht. De OPR is vanaf "
          f"het begin betrokken geweest bij het schrijven van dit plan en heeft op {c['opr_date']} "
          f"ingestemd. De OPR ontvangt een vergoeding per vergadering en een scholingsbudget."),
    ]


def oogo(c, full=True):
    g = ', '.join(c['gemeenten'])
    if not full:
        return [P(f"Over het concept van dit plan is op {c['oogo_date']} op overeenstemming gericht overleg "
                  f"(OOGO) gevoerd met de colleges van burgemeester en wethouders van {g}. Het verslag van "
                  f"dat overleg is als bijlage bij de stukken voor de ondersteuningsplanraad gevoegd. Ook is "
                  f"overleg gevoerd met het samenwerkingsverband {c['other_swv']}, waarvan het werkgebied "
                  f"samenvalt met het onze.")]
    return [
        P(f"Onderwijs en jeugdhulp hebben elkaar nodig. Met de gemeenten {g} voeren wij jaarlijks twee keer "
          f"op overeenstemming gericht overleg (OOGO) op bestuurlijk niveau, voorbereid door een ambtelijke "
          f"werkgroep waarin de beleidsmedewerkers onderwijs en jeugd en de leerplichtambtenaren zitten. "
          f"Over het concept van dit plan is op {c['oogo_date']} overleg gevoerd; er was overeenstemming."),
        P("In de gezamenlijke agenda voor de komende periode staan vijf thema's:"),
        OL(["Jeugdhulp in en om de school: in elke school een vast aanspreekpunt van het lokale team en "
            "korte lijnen met de jeugdverpleegkundige.",
            "Onderwijs-zorgarrangementen voor leerlingen die naast onderwijs zorg nodig hebben, met "
            "afspraken over de bekostiging van zorg in onderwijstijd.",
            "Leerlingenvervoer: afstemming tussen vervoersbeleid en plaatsingen, zodat reistijden beperkt blijven.",
            "Onderwijshuisvesting: ruimte in schoolgebouwen voor kleinschalige voorzieningen.",
            "Doorgaande lijn: vroeg- en voorschoolse educatie en de overgang naar het vervolgonderwijs."]),
        P(f"Ook met het samenwerkingsverband {c['other_swv']} is overleg gevoerd over dit plan, onder meer "
          f"over de overstap van leerlingen met een ondersteuningsbehoefte."),
    ]


def personeel(c):
    return [
        P("Het bureau van het samenwerkingsverband is klein en wendbaar. Het personeel is in dienst van de "
          "stichting of wordt gedetacheerd vanuit een van de schoolbesturen. De formatie is als volgt "
          "opgebouwd:"),
        T(['Functie', 'fte 2025-2026', 'fte 2026-2027 (verwacht)'],
          [['Directeur-bestuurder', '1,0', '1,0'], ['Orthopedagogen / psychologen', '3,2', '3,4'],
           ['Consulenten passend onderwijs', '4,6', '4,6'], ['Beleidsmedewerker', '0,8', '0,8'],
           ['Controller (ingehuurd)', '0,3', '0,3'], ['Secretariaat en administratie', '1,6', '1,6']]),
        P("Wij investeren in de deskundigheid van leraren en ondersteuners. Het netwerk van intern "
          "begeleiders en ondersteuningscoördinatoren komt vijf keer per jaar bijeen. Daarnaast bieden "
          "wij een scholingsaanbod over onder meer gedrag, meer- en hoogbegaafdheid, taalontwikkeling en "
          "het werken met een ontwikkelingsperspectief. Scholen kunnen ook een beroep doen op collegiale "
          "consultatie binnen het netwerk."),
        P("Het lerarentekort raakt ook de uitvoering van passend onderwijs. Waar een groep langdurig "
          "zonder vaste leerkracht zit, staat de ondersteuning onder druk. Samen met de schoolbesturen "
          "verkennen wij hoe onderwijsassistenten en zij-instromers beter kunnen worden toegerust."),
    ]


def ict_privacy(c):
    return [
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder bijzondere "
          "persoonsgegevens over gezondheid, voor zover dat nodig is voor de wettelijke taken. Wij "
          "houden een verwerkingsregister bij, hebben een functionaris gegevensbescherming aangesteld "
          "(gedeeld met twee andere samenwerkingsverbanden) en werken met een beveiligd digitaal "
          "dossier. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd."),
        P("Scholen leveren aanvragen en dossiers uitsluitend digitaal aan via het beveiligde portaal. "
          "E-mail wordt niet gebruikt voor het uitwisselen van leerlinggegevens. Bij een datalek volgt "
          "het bureau het protocol datalekken; meldingen worden binnen 72 uur beoordeeld. In 2026 wordt "
          "het portaal vervangen; de aanbesteding loopt."),
    ]


def totstandkoming(c):
    other = c['other_swv']
    return [
        P("Dit plan is in vier fasen tot stand gekomen. In de eerste fase, het voorjaar van 2025, hebben wij het "
          "vorige plan geëvalueerd in gesprekken met directeuren, intern begeleiders en ondersteunings"
          "coördinatoren en in een bijeenkomst met de Raad van Toezicht. In de tweede fase, de zomer en het "
          "najaar van 2025, schreef een schrijfgroep van zes mensen uit de scholen en het bureau de eerste "
          "versie. In de derde fase is het concept besproken met de ondersteuningsplanraad, is het op "
          f"overeenstemming gericht overleg met de gemeenten gevoerd en is overlegd met {other}. In de vierde "
          "fase volgden de formele besluiten."),
        T(['Stap', 'Datum'],
          [['Concept besproken in directeurenoverleg', '14 november 2025'],
           ['OOGO met de gemeenten', c['oogo_date']],
           ['Instemming ondersteuningsplanraad', c['opr_date']],
           ['Vaststelling door het bestuur', 'maart 2026'],
           ['Toezending aan de Inspectie van het Onderwijs', 'vóór 1 mei 2026']]),
        P("Wijzigingen van dit plan gedurende de planperiode worden op dezelfde manier voorgelegd: eerst aan "
          "de ondersteuningsplanraad ter instemming, daarna aan het bestuur ter vaststelling. De planperiode "
          "loopt van 1 augustus 2026 tot en met 31 juli 2030."),
    ]


def kennisdeling(c):
    return [
        P("Passend onderwijs staat of valt met de kennis en het vakmanschap van leraren. Het samenwerkings"
          "verband ziet het als zijn taak om kennis tussen scholen te laten stromen. Dat doen wij langs vier "
          "lijnen."),
        OL(["Een jaarlijkse regionale studiedag voor alle teams, in het najaar, met lezingen en werkgroepen "
            "die door leraren zelf worden verzorgd.",
            "Kenniskringen rond gedrag, taal en lezen, het jonge kind en executieve functies, die vijf keer per "
            "jaar bijeenkomen en hun opbrengsten delen in een korte praktijkbrief.",
            "Leerteams: leraren van verschillende scholen bereiden samen lessen voor en bezoeken elkaars "
            "lessen rond een zelfgekozen vakdidactisch thema.",
            "Een online kennisbank met praktijkvoorbeelden, formats en literatuur, toegankelijk voor alle "
            "medewerkers van de aangesloten scholen."]),
        P("Wij vragen scholen om kennis die zij opdoen actief te delen, en wij nodigen nadrukkelijk ook "
          "onderwijsassistenten en zij-instromers uit voor de kenniskringen. De deelname aan de studiedag "
          "groeide in de vorige periode van ruim 400 naar bijna 700 medewerkers."),
    ]


def begrippen(rows):
    return [T(['Begrip', 'Omschrijving'], rows)]


def afkortingen(extra=()):
    base = [('AB', 'ambulante begeleiding'), ('CvT', 'Commissie van Toelaatbaarheid'),
            ('IB', 'intern begeleider'), ('MDO', 'multidisciplinair overleg'),
            ('OJSP', 'ouder- en jeugdsteunpunt'), ('OOGO', 'op overeenstemming gericht overleg'),
            ('OPP', 'ontwikkelingsperspectief(plan)'), ('OPR', 'ondersteuningsplanraad'),
            ('SOP', 'schoolondersteuningsprofiel'), ('SWV', 'samenwerkingsverband'),
            ('TLV', 'toelaatbaarheidsverklaring')] + list(extra)
    return [UL([f'{a} – {b}' for a, b in sorted(base)])]


# ==============================================================================================
# PLAN 1 — PO De Waterlinie (.docx): bold-paragraph headings, manual numbering, manual TOC
# ==============================================================================================
C1 = dict(name='Samenwerkingsverband Passend Onderwijs De Waterlinie', short='De Waterlinie', sector='po',
          period='2026-2030', gemeenten=['Lingedal', 'Vestingstad', 'Waalrijk'],
          director='drs. M.J. (Marieke) van Oosterhout', opr_date='10 maart 2026', oogo_date='27 januari 2026',
          other_swv='VO De Waterlinie (VO 27-98)',
          regio_rows=[('Stichting Primo Lingedal', 14, 3410), ('Vereniging Protestants-Christelijk Onderwijs Vestingstad', 11, 2655),
                      ('Stichting Katholiek Onderwijs Waalrijk', 17, 3890), ('Stichting Openbaar Onderwijs Rivierland', 9, 2010),
                      ('Overige besturen (7)', 9, 1245)])


def plan1():
    c = C1
    b = [TITLE(['Ondersteuningsplan 2026-2030',
                'Samenwerkingsverband Passend Onderwijs De Waterlinie (PO 27-99)',
                '"Samen sterk voor ieder kind"',
                'Basisondersteuning • Toelaatbaarheid • Terugplaatsing • Financiën • Resultaten • Ouders',
                'Concept ter instemming aan de OPR – versie 0.9 – 3 februari 2026']),
         TOC([('Voorwoord', 3), ('1 Inleiding en leeswijzer', 4), ('2 Onze regio', 5), ('3 Visie en missie', 6),
              ('4 Ondersteuning in De Waterlinie', 7), ('4.1 Basisondersteuning: wat elke school biedt', 7),
              ('4.2 Extra ondersteuning en arrangementen', 9), ('4.3 Speciaal basisonderwijs en speciaal onderwijs', 10),
              ('5 Toelaatbaarheid', 11), ('5.1 Aanvraag', 11), ('5.2 Criteria', 12), ('5.3 Duur en bekostigingscategorie', 13),
              ('5.4 Bezwaar', 13), ('5.5 Afloop van de TLV', 14), ('6 Thuiszitters en dekkend aanbod', 15),
              ('7 Ouders', 16), ('8 Samenwerking met gemeenten', 17), ('9 Kwaliteitszorg en resultaten', 18),
              ('10 Organisatie en medezeggenschap', 19), ('11 Personeel en professionalisering', 20),
              ('12 ICT en privacy', 21), ('13 Financieel beleid en meerjarenbegroting', 22), ('14 Planning', 24),
              ('Bijlage 1 Begrippenlijst', 25), ('Bijlage 2 Afkortingen', 26)]),
         H(1, 'Voorwoord')] + voorwoord(c)
    b += [H(1, '1 Inleiding en leeswijzer')] + leeswijzer(c,
          "In hoofdstuk 4 beschrijven we de basisondersteuning en het ondersteuningsaanbod, in hoofdstuk 5 "
          "de toelaatbaarheid tot het speciaal (basis)onderwijs. Hoofdstuk 6 gaat over thuiszitters, "
          "hoofdstuk 7 over ouders en hoofdstuk 9 over kwaliteitszorg en resultaten. De financiën komen aan "
          "bod in hoofdstuk 13. Bijlage 1 bevat een begrippenlijst.")
    b += [H(1, '2 Onze regio')] + regio(c)
    b += [H(1, '3 Visie en missie')] + visie(c)
    b += [H(1, '4 Ondersteuning in De Waterlinie'),
          P("Ondersteuning in De Waterlinie is opgebouwd in lagen: wat elke school biedt, wat een school met "
            "hulp van buiten kan bieden, en wat alleen in een speciale setting kan. Dit hoofdstuk beschrijft "
            "die lagen."),
          H(2, '4.1 Basisondersteuning: wat elke school biedt'),
          P("4.1.1 Afspraak. De elf schoolbesturen in De Waterlinie hebben met elkaar afgesproken dat iedere "
            "vestiging – alle 60 basisscholen, van de grootste stadsschool tot de kleinste dorpsschool – ten "
            "minste het onderstaande niveau van basisondersteuning biedt. Dit niveau is de gezamenlijke "
            "ondergrens: een school mag meer bieden, nooit minder. Ouders kunnen er bij elke school in ons "
            "werkgebied op rekenen, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is."),
          P("4.1.2 Inhoud. De basisondersteuning bestaat in De Waterlinie uit de volgende vijftien onderdelen:"),
          OL(["Elke school heeft een intern begeleider met een gecertificeerde opleiding, met ten minste 0,4 fte "
              "per 200 leerlingen en nooit minder dan 0,2 fte per vestiging.",
              "De school werkt handelingsgericht: elke groep wordt vier keer per jaar besproken in een "
              "groepsbespreking met leerkracht en intern begeleider.",
              "De school voert het Protocol Leesproblemen en Dyslexie uit, inclusief extra leesinstructie van "
              "minimaal drie keer twintig minuten per week voor leerlingen in de intensieve aanpak.",
              "De school heeft een aanpak voor rekenproblemen en dyscalculie volgens het landelijke protocol ERWD.",
              "De school werkt met een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS "
              "of Kanjertraining) en meet jaarlijks de sociale veiligheid.",
              "Leerlingen die meer aankunnen krijgen binnen de groep een aanbod van compacten en verrijken; "
              "de school gebruikt een signaleringsinstrument voor (hoog)begaafdheid.",
              "Leerlingen met een taalachterstand of een andere thuistaal krijgen extra taalondersteuning binnen "
              "de groep, met materialen voor NT2.",
              "De school heeft een protocol medisch handelen en een afgesproken werkwijze bij medicijnverstrekking.",
              "De school kan een ontwikkelingsperspectief (OPP) opstellen en bespreekt dat ten minste twee "
              "keer per jaar met ouders.",
              "De school heeft een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de "
              "intern begeleider, de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband.",
              "De school kan zonder aanvraag een consultatie krijgen van een orthopedagoog van het samenwerkingsverband.",
              "De school zorgt voor een warme overdracht bij de overstap naar het voortgezet onderwijs.",
              "De school heeft een fysiek toegankelijke ingang of een afgesproken alternatief.",
              "De school werkt samen met de jeugdverpleegkundige en het lokale team en kent de meldcode.",
              "De school beschrijft de basisondersteuning en haar extra mogelijkheden in de schoolgids."]),
          P("4.1.3 Borging. Eens per twee jaar voert de consulent met elke school een gesprek aan de hand van de "
            "kwaliteitskaart 'Basis op orde'. Blijkt een school een onderdeel niet te bieden, dan maakt de "
            "school binnen drie maanden een verbeterplan; het bestuur van de school is eigenaar van dat plan "
            "en bespreekt de voortgang met de directeur-bestuurder."),
          H(2, '4.2 Extra ondersteuning en arrangementen'),
          P("Wanneer de basisondersteuning niet genoeg is, zet de school extra ondersteuning in. In De "
            "Waterlinie onderscheiden we vijf niveaus, die samen één doorlopend geheel vormen:"),
          T(['Niveau', 'Wat', 'Waar', 'Wie beslist'],
            [['1', 'Basisondersteuning (zie 4.1)', 'Elke basisschool', 'School'],
             ['2', 'Lichte extra ondersteuning uit het schoolbudget', 'Eigen school', 'Schoolbestuur'],
             ['3', 'Individueel arrangement (bijv. ambulante begeleiding, extra handen, specifieke methodiek)',
              'Eigen school', 'Loket van het SWV'],
             ['4', 'Groepsarrangement: taalklas De Brug, plusklas De Uitdaging, observatieklas ’t Kompas',
              'Bovenschoolse voorziening op een basisschool', 'Loket van het SWV'],
             ['5', 'Speciaal basisonderwijs of speciaal onderwijs', 'SBO De Linie, SBO De Wissel, SO De Zonnehof, SO De Vesting',
              'Commissie van Toelaatbaarheid']]),
          P("Een individueel arrangement wordt aangevraagd door de school, na bespreking in het OT. Het Loket "
            "kent arrangementen toe voor ten hoogste één schooljaar. Groepsarrangementen zijn bedoeld voor "
            "leerlingen die tijdelijk een andere setting nodig hebben en keren na uiterlijk een jaar terug "
            "naar de eigen groep. De observatieklas ’t Kompas heeft acht plaatsen en is bedoeld voor "
            "leerlingen van 4 tot 7 jaar bij wie nog onduidelijk is welke onderwijsplek past."),
          H(2, '4.3 Speciaal basisonderwijs en speciaal onderwijs'),
          P("In ons werkgebied staan twee scholen voor speciaal basisonderwijs (SBO De Linie in Vestingstad en "
            "SBO De Wissel in Lingedal) en twee scholen voor speciaal onderwijs: SO De Zonnehof (cluster 3, "
            "zeer moeilijk lerende en langdurig zieke kinderen) en SO De Vesting (cluster 4). Leerlingen die "
            "aangewezen zijn op cluster 1 of 2 worden verwezen naar de landelijke instellingen; daarvoor "
            "geeft het samenwerkingsverband geen toelaatbaarheidsverklaring af."),
          ]
    b += [H(1, '5 Toelaatbaarheid'),
          P("Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
            "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
          H(2, '5.1 Aanvraag'),
          P("De aanvraag verloopt in de volgende stappen:"),
          OL(["Het bevoegd gezag van de school waar de leerling staat ingeschreven (of is aangemeld) dient de "
              "aanvraag in via het portaal van het Loket.",
              "Bij de aanvraag voegt de school het groeidocument of OPP, het onderwijskundig rapport, de "
              "verslagen van het OT en de zienswijze van de ouders.",
              "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
              "Een orthopedagoog of psycholoog van het samenwerkingsverband geeft als eerste deskundige een "
              "schriftelijk advies.",
              "Afhankelijk van de leerling geeft een tweede deskundige (kinderpsychiater, maatschappelijk "
              "werker, arts of pedagoog) een eigen schriftelijk advies. Geen van beide deskundigen is bij de "
              "aanvraag betrokken geweest.",
              "De Commissie van Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes weken "
              "na ontvangst van het complete dossier.",
              "Ouders en school ontvangen het besluit met beide adviezen."], fmt='5.1.{n}'),
          H(2, '5.2 Criteria'),
          P("De CvT verklaart een leerling toelaatbaar tot het speciaal basisonderwijs wanneer aan alle "
            "volgende voorwaarden is voldaan:"),
          OL(["de basisondersteuning en ten minste één jaar extra ondersteuning (niveau 3 of 4) zijn aantoonbaar "
              "ingezet en geëvalueerd;",
              "de leerling heeft een ontwikkelingsperspectief waaruit blijkt dat de leerdoelen in de "
              "reguliere groep ook met een arrangement niet haalbaar zijn;",
              "de ondersteuningsbehoefte vraagt om een kleine groep en een intensieve, specialistische "
              "aanpak gedurende de hele schooldag."], fmt='{a})'),
          P("Voor het speciaal onderwijs gelden daarnaast: voor cluster 3 een ernstige verstandelijke, "
            "lichamelijke of medische beperking die blijkt uit diagnostiek; voor cluster 4 ernstige gedrags- of "
            "psychiatrische problematiek die blijkt uit diagnostiek en waarvoor een combinatie van onderwijs en "
            "behandeling nodig is."),
          H(2, '5.3 Duur en bekostigingscategorie'),
          P("Een TLV voor het speciaal basisonderwijs geldt voor twee schooljaren. Een TLV voor het speciaal "
            "onderwijs geldt voor één tot vier schooljaren en vermeldt de bekostigingscategorie laag, midden "
            "of hoog. Wordt een TLV in de loop van een schooljaar afgegeven, dan wordt de resterende periode "
            "van dat schooljaar toegevoegd."),
          H(2, '5.4 Bezwaar'),
          P("Ouders en school kunnen binnen zes weken bezwaar maken bij de directeur-bestuurder. Het "
            "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheids"
            "verklaringen (LBT), die advies uitbrengt voordat op het bezwaar wordt beslist."),
          H(2, '5.5 Afloop van de TLV'),
          P("Wij zien een plaatsing in het speciaal (basis)onderwijs niet als eindstation. Ons uitgangspunt is "
            "dat een leerling terugkeert naar een reguliere basisschool, bij voorkeur thuisnabij, zodra dat in "
            "het belang van het kind is. Terugplaatsing is voor ons geen doel op zich: een leerling die "
            "goed op zijn plek is in het speciaal onderwijs, blijft daar."),
          P("Een terugplaatsing gaat alleen door wanneer de ontvangende school de ondersteuningsbehoefte van "
            "de leerling kent en kan bieden, de leerling een succesvolle proefperiode heeft doorlopen en de "
            "ouders instemmen. Na de terugkeer krijgt de ontvangende school een terugplaatsingsarrangement "
            "van ten hoogste twaalf maanden, bestaande uit ambulante begeleiding door een medewerker van de "
            "s(b)o-school die de leerling kent en een budget van € 4.500 voor extra handen in de klas."),
          P("De stappen die daarbij horen, de rolverdeling tussen de s(b)o-school, de ontvangende school en "
            "het samenwerkingsverband en de momenten waarop wordt bekeken of een terugkeer mogelijk is, "
            "leggen wij vast in de werkwijzer 'Terug naar de basis'. Die werkwijzer verschijnt in het voorjaar "
            "van 2027."),
          ]
    b += [H(1, '6 Thuiszitters en dekkend aanbod'),
          P("Geen kind hoort thuis te zitten. Toch weten we dat ook in onze regio kinderen kortere of langere "
            "tijd geen onderwijs volgen. Hoe groot die groep is en waar ons aanbod tekortschiet, is nu nog "
            "onvoldoende in beeld."),
          P("In de loop van 2027 stellen we, samen met de leerplichtambtenaren van de drie gemeenten, vast hoe "
            "wij thuiszitters en kinderen zonder passende plek in beeld brengen en welke aanpak daarbij hoort. "
            "Tot die tijd is dit onderdeel van het plan p.m."),
          ]
    b += [H(1, '7 Ouders'),
          P("7.1 Informatie. Ouders moeten weten wat zij van de school en van het samenwerkingsverband mogen "
            "verwachten. Wij informeren ouders op de volgende manieren:"),
          OL(["De ouderpagina van onze website beschrijft de basisondersteuning, de arrangementen, de "
              "bovenschoolse voorzieningen en de route naar het speciaal (basis)onderwijs, in begrijpelijke taal.",
              "De brochure 'Passend onderwijs in De Waterlinie' is beschikbaar in het Nederlands, Engels, "
              "Arabisch, Pools en Oekraïens en ligt op elke school.",
              "Elke school beschrijft in de schoolgids de basisondersteuning en de extra ondersteuning die "
              "de school kan bieden.",
              "Twee keer per jaar organiseren wij een informatieavond voor ouders, een keer in het voorjaar "
              "en een keer in het najaar, op wisselende locaties in de regio.",
              "Ouders kunnen met vragen over ondersteuning terecht bij de ouderconsulent van het bureau, "
              "telefonisch op werkdagen tussen 9.00 en 12.00 uur."], fmt='7.1.{n}'),
          P("7.2 Onafhankelijke ondersteuning. Soms hebben ouders behoefte aan hulp van iemand die los staat "
            "van de school en van het samenwerkingsverband. Ouders kunnen dan terecht bij het Ouder- en "
            "Jeugdsteunpunt Rivierenland, dat wordt uitgevoerd door een onafhankelijke stichting en dat "
            "ouders kosteloos adviseert en zo nodig meegaat naar gesprekken. Ook kunnen ouders contact "
            "opnemen met de landelijke Onderwijsconsulenten. Bij een klacht over het samenwerkingsverband "
            "geldt de klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen worden "
            "voorgelegd aan de Geschillencommissie passend onderwijs."),
          P("7.3 Betrokkenheid. Ouders zijn partner bij het opstellen en evalueren van het OPP en zijn "
            "vertegenwoordigd in de ondersteuningsplanraad."),
          ]
    b += [H(1, '8 Samenwerking met gemeenten')] + oogo(c, full=True)
    b += [H(1, '9 Kwaliteitszorg en resultaten'),
          P("Het kwaliteitskader van het samenwerkingsverband wordt in het schooljaar 2026-2027 herzien. In dat "
            "nieuwe kader leggen wij vast welke resultaten wij in deze planperiode willen bereiken voor "
            "leerlingen die extra ondersteuning nodig hebben, met welke indicatoren wij die resultaten volgen "
            "en hoe en wanneer wij erover rapporteren. Het kader wordt na instemming van de OPR als wijziging "
            "aan dit plan toegevoegd."),
          ]
    b += [H(1, '10 Organisatie en medezeggenschap')] + governance(c) + opr(c, full=True)
    b += [H(1, '11 Personeel en professionalisering')] + personeel(c)
    b += [H(1, '12 ICT en privacy')] + ict_privacy(c)
    b += [H(1, '13 Financieel beleid en meerjarenbegroting'),
          H(2, '13.1 Inkomsten'),
          P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk een budget voor lichte en zware "
            "ondersteuning. Van het budget voor zware ondersteuning houdt DUO rechtstreeks de bekostiging "
            "van leerlingen in het speciaal onderwijs in (de afdracht). Voor 2026 bedragen de totale "
            "baten naar verwachting € 11.870.000."),
          H(2, '13.2 Verdeling'),
          P("Wij werken met een schoolmodel: het grootste deel van de middelen gaat naar de schoolbesturen, "
            "die daarmee de extra ondersteuning op hun scholen organiseren. De verdeling gaat als volgt:"),
          OL(["Elk schoolbestuur ontvangt € 165 per leerling, op basis van het leerlingaantal op 1 oktober "
              "van het voorgaande jaar.",
              "Daarbovenop ontvangt elk bestuur een vaste voet van € 9.000 per vestiging, zodat ook kleine "
              "scholen een basis hebben.",
              "Individuele arrangementen (niveau 3) worden door het Loket toegekend op basis van de aanvraag; "
              "het budget daarvoor bedraagt in 2026 € 640.000.",
              "De bovenschoolse voorzieningen (niveau 4) worden rechtstreeks door het samenwerkingsverband "
              "bekostigd op basis van het aantal plaatsen.",
              "De afdrachten voor het speciaal basisonderwijs boven 2 procent en voor het speciaal onderwijs "
              "worden door het samenwerkingsverband gedragen; de peildatum voor de groeiregeling is 1 februari."],
             fmt='13.2.{n}'),
          P("Het bestuur stelt de verdeling elk jaar in november vast bij de begroting, na advies van het "
            "directeurenoverleg. Schoolbesturen verantwoorden jaarlijks vóór 1 maart aan de hand van een "
            "vast format waaraan zij de middelen hebben besteed."),
          H(2, '13.3 Meerjarenbegroting'),
          T(['Post (x € 1.000)', '2026', '2027', '2028', '2029'],
            [['Baten ondersteuningsbudget', '11.870', '11.760', '11.640', '11.530'],
             ['Afdracht DUO speciaal onderwijs', '-5.120', '-5.080', '-5.020', '-4.980'],
             ['Afdracht sbo boven 2% / groeiregeling', '-610', '-590', '-580', '-570'],
             ['Middelen naar schoolbesturen', '-3.580', '-3.560', '-3.530', '-3.500'],
             ['Individuele arrangementen', '-640', '-640', '-640', '-640'],
             ['Bovenschoolse voorzieningen', '-1.150', '-1.150', '-1.140', '-1.130'],
             ['Bureau en personeel', '-960', '-975', '-990', '-1.005'],
             ['Resultaat', '-190', '-235', '-260', '-295']]),
          H(2, '13.4 Reserves'),
          P("Het samenwerkingsverband had op 31 december 2024 een algemene reserve van € 2,1 miljoen. Dat "
            "ligt boven de signaleringswaarde. Met de geplande negatieve resultaten in de meerjarenbegroting "
            "bouwen wij de reserve af tot het niveau dat de risicoanalyse vraagt (€ 1,0 miljoen)."),
          ]
    b += [H(1, '14 Planning'),
          T(['Periode', 'Activiteit', 'Eigenaar'],
            [['Q3 2026', 'Start nieuwe verdeling en vaste voet', 'Directeur-bestuurder'],
             ['Q4 2026', 'Audit basis op orde, eerste ronde', 'Consulenten'],
             ['Q1 2027', 'Werkwijzer Terug naar de basis', 'Beleidsmedewerker'],
             ['2027', 'Aanpak thuiszitters en dekkend aanbod (p.m.)', 'Directeur-bestuurder en gemeenten'],
             ['Q2 2027', 'Nieuw kwaliteitskader met beoogde resultaten en indicatoren', 'Beleidsmedewerker'],
             ['Q4 2028', 'Tussenevaluatie ondersteuningsplan', 'Bestuur en OPR']])]
    b += [H(1, 'Bijlage 1 Begrippenlijst')] + begrippen([
        ['Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt.'],
        ['Beoogde resultaten', 'De resultaten die het samenwerkingsverband in de planperiode wil bereiken voor leerlingen met een ondersteuningsbehoefte.'],
        ['Dekkend aanbod', 'Een samenhangend geheel van voorzieningen waardoor voor ieder kind een passende plek beschikbaar is.'],
        ['Meerjarenbegroting', 'Begroting voor ten minste vier jaar.'],
        ['Ouder- en jeugdsteunpunt', 'Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs.'],
        ['Terugplaatsing', 'Overstap van een leerling van het s(b)o naar een reguliere basisschool.'],
        ['Thuiszitter', 'Leerplichtige leerling die zonder geldige reden geen onderwijs volgt.'],
        ['Zorgplicht', 'De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden.']])
    b += [H(1, 'Bijlage 2 Afkortingen')] + afkortingen([('LBT', 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen'),
                                                     ('PBS', 'Positive Behavior Support')])
    return b


def label1(docs):
    write_label('po-waterlinie-2026', docs, 'po', True,
                crit_true=['basisondersteuning.niveau', 'basisondersteuning.inhoud', 'plaatsing.procedure',
                           'plaatsing.criteria', 'terugstroom.beleid', 'financien.verdeling', 'financien.besteding',
                           'dekkend-aanbod.continuum', 'ouders.informatie', 'ouders.steunpunt'],
                advisory={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
                          'financien': ['reserves', 'verantwoording'], 'dekkend-aanbod': ['ketenpartners'],
                          'ouders': ['betrokkenheid']},
                notes={'basisondersteuning': '4.1.1 states the agreed minimum for every vestiging, 4.1.2 lists 15 concrete onderdelen; headings are bold paragraphs, not heading styles.',
                       'plaatsing': 'Ch. 5: steps 5.1.1-5.1.7 (bevoegd gezag, two deskundigen, CvT, six weeks) and criteria a)-c) in 5.2; duration/category 5.3, LBT 5.4.',
                       'terugstroom': 'Only inside TLV chapter 5.5: policy (uitgangspunt, voorwaarden, terugplaatsingsarrangement EUR 4.500) but steps/roles/moments deferred to a werkwijzer in 2027.',
                       'financien': '13.2 verdeling (EUR 165 per leerling, vaste voet, Loket) and 13.3 meerjarenbegroting 2026-2029 with amounts.',
                       'dekkend-aanbod': 'Continuum in 4.2 table (niveaus 1-5, named voorzieningen); ch. 6 on thuiszitters/gaps is only a deferral (in de loop van 2027, p.m.).',
                       'resultaten': 'Ch. 9 only announces a future kwaliteitskader; planning/glossary mention beoogde resultaten; nothing addressed.',
                       'ouders': '7.1 lists information channels; 7.2 names an independent OJSP, Onderwijsconsulenten, klachten/geschillen.'})


# ==============================================================================================
# PLAN 2 — VO Kop van de Vallei (.docx): mixed heading styles, tables with repeated header rows
# ==============================================================================================
C2 = dict(name='Samenwerkingsverband Voortgezet Onderwijs Kop van de Vallei', short='Kop van de Vallei', sector='vo',
          period='2026-2030', gemeenten=['Eemoever', 'Barnehout', 'Schoonveld', 'Leusderhei'],
          director='J.P. (Jeroen) Kuipers MSc', opr_date='4 maart 2026', oogo_date='19 januari 2026',
          other_swv='PO Kop van de Vallei (PO 26-94)',
          regio_rows=[('Stichting Eemland Scholengroep', 6, 7420), ('Stichting Christelijk VO Barnehout', 4, 4180),
                      ('Onderwijsgroep Vallei-Zuid', 5, 3960), ('Stichting Praktijkonderwijs Midden', 1, 410),
                      ('Stichting (V)SO De Horst', 2, 530)])


def plan2():
    c = C2
    b = [TITLE(['Ondersteuningsplan 2026-2030',
                'Samenwerkingsverband Voortgezet Onderwijs Kop van de Vallei (VO 26-98)',
                'Iedere leerling een passende plek',
                'Vastgesteld door het bestuur op 17 maart 2026']),
         TOC([('1 Voorwoord', 3), ('2 Inleiding en wettelijk kader', 4), ('3 Missie, visie en ambities', 5),
              ('4 De regio', 6), ('5 Basisondersteuning', 7), ('6 Toewijzing en toelaatbaarheid', 8),
              ('6.1 Toelaatbaarheid vso', 8), ('6.2 Criteria vso', 9), ('6.3 Leerwegondersteunend onderwijs en praktijkonderwijs', 10),
              ('6.4 Deskundigen, duur en bezwaar', 11), ('6.5 Afloop van de TLV en terugkeer', 12),
              ('7 Dekkend aanbod', 13), ('8 Middelen en verdeling', 14), ('9 Resultaten en kwaliteit', 15),
              ('10 Communicatie, ouders en leerlingen', 17), ('11 Organisatie en medezeggenschap', 18),
              ('12 Samenwerking met gemeenten', 19), ('13 Personeel', 20), ('14 Privacy', 21),
              ('15 Planning', 22), ('Bijlage A Begrippen', 23), ('Bijlage B Afkortingen', 24)]),
         H(1, '1 Voorwoord')] + voorwoord(c)
    b += [H(1, '2 Inleiding en wettelijk kader')] + leeswijzer(c,
          "Artikel 17a van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 en verder van de WVO "
          "2020) schrijft voor wat een ondersteuningsplan ten minste bevat: het samenhangend geheel van "
          "ondersteuningsvoorzieningen inclusief de basisondersteuning, de verdeling en besteding van middelen "
          "met een meerjarenbegroting, de procedure en criteria voor toelaatbaarheid tot het vso, lwoo en pro, "
          "de terugplaatsing naar het voortgezet onderwijs, de beoogde en bereikte resultaten en de wijze "
          "waarop ouders worden geïnformeerd. De opbouw van dit plan volgt die opsomming niet letterlijk; "
          "de inhoudsopgave wijst de weg.")
    b += [H(1, '3 Missie, visie en ambities')] + visie(c,
          "Voor jongeren betekent passend onderwijs ook: zelf een stem hebben. Leerlingen met een "
          "ontwikkelingsperspectief worden gehoord over hun eigen plan, en de ondersteuningsplanraad heeft "
          "ook leerlingleden.")
    b += [H(1, '4 De regio')] + regio(c)
    b += [H(1, '5 Basisondersteuning'),
          P("De schoolbesturen in Kop van de Vallei hebben in het bestuurlijk overleg van 12 november 2025 "
            "vastgesteld dat alle 18 vestigingen voor voortgezet onderwijs in de regio één gezamenlijk niveau "
            "van basisondersteuning bieden. Dat niveau geldt voor elke vestiging, ongeacht schoolsoort of "
            "bestuur, en is de ondergrens waaraan iedere school zich heeft verbonden. Alles wat een school "
            "daarboven biedt, geldt als extra ondersteuning."),
          P("Hoe elke school de basisondersteuning concreet invult – welke expertise er is, welke "
            "interventies worden ingezet en hoe de ondersteuningsstructuur eruitziet – beschrijft de school "
            "in haar schoolondersteuningsprofiel en vanaf het schooljaar 2026-2027 in de schoolgids. Deze "
            "profielen zijn niet in dit plan opgenomen; zij zijn te vinden op de websites van de scholen."),
          ]
    steps = [['1', 'Ondersteuningscoördinator', 'Bespreekt de leerling in het ondersteuningsteam en stelt het OPP bij', '—'],
             ['2', 'Schoolbestuur', 'Dient de aanvraag in bij de Commissie Toewijzing (CT) via het portaal', '—'],
             ['3', 'Secretaris CT', 'Toetst volledigheid: OPP, onderwijskundig rapport, zienswijze ouders en leerling', '5 werkdagen'],
             ['4', 'Eerste deskundige (orthopedagoog of psycholoog)', 'Schriftelijk advies', '2 weken'],
             ['5', 'Tweede deskundige', 'Schriftelijk advies, afhankelijk van de leerling', '2 weken'],
             ['6', 'Commissie Toewijzing', 'Besluit over toelaatbaarheid en bekostigingscategorie', 'binnen 6 weken na complete aanvraag'],
             ['7', 'Secretaris CT', 'Stuurt besluit met afschrift van beide adviezen aan ouders en school', '3 werkdagen'],
             ['8', 'Vso-school', 'Plaatst de leerling en stelt binnen 6 weken een OPP op', '6 weken']]
    b += [H(1, '6 Toewijzing en toelaatbaarheid'),
          H(2, '6.1 Toelaatbaarheid vso'),
          P("Een leerling kan alleen worden ingeschreven op een school voor voortgezet speciaal onderwijs "
            "(cluster 3 of 4) met een toelaatbaarheidsverklaring van het samenwerkingsverband. De aanvraag "
            "verloopt volgens het onderstaande stappenschema."),
          T(['Stap', 'Wie', 'Wat', 'Termijn'], steps, repeat_at=[5],
            caption='Tabel 6.1 Stappenschema aanvraag TLV vso'),
          H(2, '6.2 Criteria vso'),
          P("De Commissie Toewijzing verklaart een leerling toelaatbaar tot het vso als aan alle criteria in "
            "de tabel is voldaan."),
          T(['Nr.', 'Criterium', 'Onderbouwing in het dossier'],
            [['C1', 'De ondersteuningsbehoefte overstijgt wat een reguliere school met extra ondersteuning kan bieden', 'OPP en evaluatie van ingezette ondersteuning over ten minste 6 maanden'],
             ['C2', 'Er is sprake van een ernstige beperking of stoornis die het leren langdurig belemmert', 'Diagnostisch onderzoek, niet ouder dan 2 jaar'],
             ['C3', 'De leerling heeft een integraal aanbod van onderwijs en zorg of behandeling nodig', 'Advies jeugdhulp of behandelaar'],
             ['C4', 'Een kleinere groep en specialistische begeleiding gedurende de hele schooldag zijn noodzakelijk', 'Advies eerste en tweede deskundige']],
            repeat_at=[2], caption='Tabel 6.2 Criteria toelaatbaarheid vso'),
          H(2, '6.3 Leerwegondersteunend onderwijs en praktijkonderwijs'),
          P("Voor lwoo en praktijkonderwijs hanteert Kop van de Vallei de landelijke criteria; het "
            "samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te "
            "stellen."),
          T(['Voorziening', 'Criteria', 'Procedure', 'Duur'],
            [['Lwoo', 'IQ 75-90 en leerachterstand 1,5-3 jaar op twee domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek', 'Aanvraag door de vo-school vóór 1 februari; besluit CT binnen 4 weken', 'Gehele opleiding'],
             ['Praktijkonderwijs', 'IQ 55-80 en leerachterstand van 3 jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen', 'Aanvraag door de pro-school vóór 1 februari; besluit CT binnen 4 weken', 'Gehele opleiding']],
            caption='Tabel 6.3 Lwoo en pro'),
          H(2, '6.4 Deskundigen, duur en bezwaar'),
          P("Bij elke aanvraag voor het vso adviseren twee deskundigen, ieder met een eigen schriftelijk advies: "
            "een orthopedagoog of psycholoog en, afhankelijk van de leerling, een kinder- en jeugdpsychiater, "
            "maatschappelijk werker, arts of pedagoog. De deskundigen zijn niet betrokken geweest bij het "
            "opstellen van de aanvraag. Een TLV vso wordt afgegeven voor één, twee of drie schooljaren, altijd "
            "tot en met 31 juli, in bekostigingscategorie laag, midden of hoog. Tegen het besluit kunnen ouders "
            "binnen zes weken bezwaar maken; het samenwerkingsverband vraagt advies aan de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H(2, '6.5 Afloop van de TLV en terugkeer'),
          P("Het vso is voor veel leerlingen een tijdelijke plek. Ons beleid is dat een leerling terugkeert naar "
            "het regulier voortgezet onderwijs wanneer de ondersteuningsbehoefte dat toelaat en een reguliere "
            "school met extra ondersteuning kan bieden wat nodig is. Voorwaarden zijn dat de leerling in het "
            "vso stabiel functioneert, dat het OPP een regulier uitstroomprofiel aangeeft en dat er een "
            "ontvangende school is gevonden die de leerling kan bieden wat hij nodig heeft. Na terugkeer "
            "krijgt de ontvangende school een terugkeerarrangement: één jaar begeleiding door de "
            "ondersteuningscoördinator van de vso-school (twee uur per week) en een budget van € 3.000."),
          P("De procedure is als volgt. In het laatste schooljaar van de TLV bespreekt de vso-school de "
            "leerling uiterlijk 1 november in de commissie van begeleiding en beoordeelt aan de hand van het OPP "
            "of terugkeer mogelijk is. Is dat zo, dan meldt de vso-school de leerling vóór 1 februari aan bij "
            "de consulent van het samenwerkingsverband, die binnen vier weken samen met ouders, leerling en "
            "vso-school een ontvangende school zoekt. Daarna volgt een proefperiode van zes weken; de "
            "Commissie Toewijzing besluit op basis van de evaluatie van die proefperiode. Is terugkeer niet "
            "mogelijk, dan vraagt het bevoegd gezag van de vso-school vóór 1 april een nieuwe TLV aan. Ook "
            "tussentijds kan de vso-school, de ouders of de leerling zelf het initiatief nemen."),
          ]
    b += [H(1, '7 Dekkend aanbod'),
          P("Het samenwerkingsverband heeft de wettelijke opdracht te zorgen voor een samenhangend geheel van "
            "ondersteuningsvoorzieningen binnen en tussen de scholen. Welke voorzieningen er in de regio zijn, "
            "waar zij elkaar overlappen en voor welke leerlingen er geen passend aanbod is, brengen wij in het "
            "schooljaar 2026-2027 in kaart met de 'Regiokaart ondersteuning'. De uitkomsten en de acties die "
            "daaruit volgen, voegen wij als addendum aan dit plan toe."),
          ]
    b += [H(1, '8 Middelen en verdeling'),
          P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, zware "
            "ondersteuning, lwoo en praktijkonderwijs. De verdeling over de schoolbesturen gebeurt volgens de "
            "volgende regels:"),
          OL(["Middelen lichte ondersteuning: € 182 per leerling, op basis van het leerlingaantal op 1 oktober "
              "van het voorgaande schooljaar, rechtstreeks naar het schoolbestuur.",
              "Lwoo en praktijkonderwijs: het samenwerkingsverband betaalt per leerling met een aanwijzing lwoo "
              "of een TLV pro het landelijke normbedrag door aan het bestuur van de school waar de leerling op "
              "1 oktober staat ingeschreven.",
              "Zware ondersteuning: de bekostiging van vso-leerlingen wordt door DUO ingehouden; het restant "
              "wordt verdeeld naar rato van het leerlingaantal, met een maximum van € 95 per leerling.",
              "Het bestuur stelt de verdeling jaarlijks in oktober vast, na advies van het bestuurlijk overleg. "
              "Besturen ontvangen de middelen in twaalf maandelijkse termijnen."]),
          P("Meerjarenbegroting. De meerjarenbegroting 2026-2030 wordt opgesteld zodra de definitieve "
            "rijksbijdrage bekend is en wordt als bijlage 5 aan dit plan toegevoegd."),
          T(['Post', '2026', '2027', '2028', '2029'],
            [['Baten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'], ['Lasten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
             ['Saldo', 'p.m.', 'p.m.', 'p.m.', 'p.m.']], caption='Tabel 8.1 Meerjarenbegroting (volgt)'),
          ]
    b += [H(1, '9 Resultaten en kwaliteit'),
          H(2, '9.1 Beoogde resultaten'),
          P("Voor de planperiode hebben wij de volgende resultaten voor leerlingen met een "
            "ondersteuningsbehoefte vastgesteld. Elk doel heeft een indicator en een streefwaarde."),
          T(['Doel', 'Indicator', 'Nulmeting 2024-2025', 'Streefwaarde 2029-2030'],
            [['Leerlingen met een OPP halen hun uitstroomperspectief', '% leerlingen met OPP dat het uitstroomperspectief haalt', '78%', '85%'],
             ['Minder leerlingen in het vso dan nodig', 'Deelnamepercentage vso op 1 oktober', '4,1%', '3,6%'],
             ['Snellere besluiten', 'Gemiddelde doorlooptijd TLV-aanvraag in werkdagen', '31', '25'],
             ['Meer terugkeer naar regulier', 'Aantal leerlingen dat per jaar terugkeert uit het vso', '9', '15'],
             ['Tevreden ouders', 'Gemiddeld rapportcijfer ouders over ondersteuning', '6,8', '7,5']],
            repeat_at=[3], caption='Tabel 9.1 Doelen, indicatoren en streefwaarden'),
          H(2, '9.2 Monitoring en verantwoording'),
          P("Het bureau houdt de indicatoren bij in een monitor die twee keer per jaar (maart en oktober) wordt "
            "geactualiseerd met gegevens van DUO, de eigen registratie van de Commissie Toewijzing en de "
            "tweejaarlijkse tevredenheidspeiling onder ouders en leerlingen. De directeur-bestuurder "
            "rapporteert de stand van zaken in de voortgangsrapportage aan de Raad van Toezicht en de OPR; "
            "het jaarverslag, dat uiterlijk 1 juli verschijnt, bevat de bereikte resultaten per indicator "
            "en de daaraan bestede middelen. Wijkt een indicator twee metingen achter elkaar af van de "
            "lijn naar de streefwaarde, dan volgt een analyse met de schoolbesturen."),
          P("In de vorige planperiode (2022-2026) daalde het deelnamepercentage vso van 4,6% naar 4,1% en "
            "keerden in totaal 31 leerlingen terug naar het regulier onderwijs."),
          ]
    b += [H(1, '10 Communicatie, ouders en leerlingen'),
          P("Hoe wij ouders en leerlingen informeren over het ondersteuningsaanbod in de regio, werken wij uit "
            "in het communicatieplan 2026-2028, dat in voorbereiding is."),
          P("Ouders en leerlingen die onafhankelijk advies of hulp zoeken, bijvoorbeeld omdat zij het niet eens "
            "zijn met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Vallei. Het steunpunt werkt "
            "los van het samenwerkingsverband en de schoolbesturen, is bereikbaar via telefoon, e-mail en een "
            "wekelijks inloopspreekuur in Barnehout, en kan meegaan naar gesprekken op school. Daarnaast "
            "kunnen ouders gebruikmaken van de landelijke Onderwijsconsulenten. Klachten over het "
            "samenwerkingsverband worden behandeld volgens de klachtenregeling; geschillen over toelating, "
            "verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
          ]
    b += [H(1, '11 Organisatie en medezeggenschap')] + governance(c) + opr(c, full=True)
    b += [H(1, '12 Samenwerking met gemeenten')] + oogo(c, full=False)
    b += [H(1, '13 Personeel')] + personeel(c)
    b += [H(1, '14 Privacy')] + ict_privacy(c)
    b += [H(1, '15 Planning'),
          T(['Schooljaar', 'Activiteit', 'Eigenaar'],
            [['2026-2027', 'Regiokaart ondersteuning (dekkend aanbod)', 'Beleidsmedewerker'],
             ['2026-2027', 'Communicatieplan ouders en leerlingen', 'Bureau'],
             ['najaar 2026', 'Meerjarenbegroting als bijlage 5', 'Controller'],
             ['2027-2028', 'Evaluatie terugkeerarrangement', 'Commissie Toewijzing'],
             ['2028-2029', 'Tussenevaluatie plan', 'Bestuur en OPR']], repeat_at=[3])]
    b += [H(1, 'Bijlage A Begrippen')] + begrippen([
        ['Basisondersteuning', 'Het door alle besturen afgesproken niveau van ondersteuning.'],
        ['Dekkend aanbod', 'Het geheel van voorzieningen waardoor elke leerling een passende plek heeft, ook OPDC, rebound en vso.'],
        ['OPDC', 'Orthopedagogisch-didactisch centrum: tijdelijke voorziening voor leerlingen in het vmbo.'],
        ['Thuiszitter', 'Leerling die zonder geldige reden niet naar school gaat.'],
        ['Informatievoorziening ouders', 'Website, brochure en ouderavonden van het samenwerkingsverband.'],
        ['Meerjarenbegroting', 'Begroting voor vier jaar.'], ['Terugkeer', 'Overstap van vso naar regulier vo.']])
    b += [H(1, 'Bijlage B Afkortingen')] + afkortingen([('CT', 'Commissie Toewijzing'), ('LWOO', 'leerwegondersteunend onderwijs'),
                                                     ('PrO', 'praktijkonderwijs'), ('VSO', 'voortgezet speciaal onderwijs')])
    return b


def label2(docs):
    write_label('vo-kopvandevallei-2026', docs, 'vo', True,
                crit_true=['basisondersteuning.niveau', 'plaatsing.procedure', 'plaatsing.criteria',
                           'terugstroom.procedure', 'terugstroom.beleid', 'financien.verdeling',
                           'resultaten.doelen', 'resultaten.monitoring', 'ouders.steunpunt'],
                advisory={'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'], 'terugstroom': ['monitoring'],
                          'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
                notes={'basisondersteuning': 'Ch. 5 states the agreed level for all 18 vestigingen, but the concrete content is referred to the SOPs/schoolgidsen of the schools (not in the plan).',
                       'plaatsing': 'Ch. 6: stappenschema table (header row repeated mid-table), criteria table C1-C4, lwoo/pro table, deskundigen/duur/bezwaar in 6.4.',
                       'terugstroom': 'Inside TLV chapter 6.5: policy (voorwaarden, terugkeerarrangement) and procedure (1 nov, 1 feb, proefperiode, CT decides, 1 april new TLV).',
                       'financien': 'Ch. 8 gives verdeling rules (EUR 182 per leerling, normbedrag lwoo/pro); meerjarenbegroting is p.m. / deferred to an absent bijlage 5.',
                       'dekkend-aanbod': 'Ch. 7 only restates the legal aim and defers the inventory to a Regiokaart in 2026-2027; OOGO text is procedural only; OPDC/thuiszitter only in begrippen.',
                       'resultaten': '9.1 targets table (nulmeting/streefwaarde), 9.2 monitor, reporting and achieved results 2022-2026.',
                       'ouders': 'Ch. 10: information channels deferred to a communicatieplan; independent help via OJSP Vallei, Onderwijsconsulenten, klachten/geschillen.'})


# ==============================================================================================
# PLAN 3 — PO Oostelijk Veenland (.pdf): hard-wrapped body with hyphenated line ends
# ==============================================================================================
C3 = dict(name='Samenwerkingsverband Primair Onderwijs Oostelijk Veenland', short='Oostelijk Veenland', sector='po',
          period='2026-2030', gemeenten=['Turfhoven', 'Veenmonde', 'Wijkerdiep'],
          director='A.H. (Anouk) Meijering', opr_date='18 februari 2026', oogo_date='8 januari 2026',
          other_swv='VO Oostelijk Veenland (VO 24-96)',
          regio_rows=[('Stichting Openbaar Primair Onderwijs Veenmonde', 19, 3540), ('Stichting Christelijk Primair Onderwijs Oost', 16, 3120),
                      ('Stichting Katholiek Onderwijs Turfhoven', 8, 1690), ('Stichting Speciaal Onderwijs De Turfstee', 1, 240),
                      ('Eenpitters (3)', 3, 410)])


def plan3():
    c = C3
    b = [TITLE(['Ondersteuningsplan 2026 – 2030',
                'Samenwerkingsverband Primair Onderwijs Oostelijk Veenland (PO 24-97)',
                'Samen werken aan passend onderwijs in de Veenkoloniën',
                'Definitieve versie, februari 2026']),
         TOC([('Voorwoord', 2), ('1 Samenvatting', 3), ('2 Ontwikkelingen', 4), ('3 Visie', 5),
              ('4 Basisondersteuning', 6), ('5 Het ondersteuningscontinuüm en het dekkende netwerk', 8),
              ('6 Toewijzing en toelaatbaarheid', 11), ('7 Geld en middelen', 13), ('8 Ambities voor 2030', 15),
              ('9 Ouders en communicatie', 16), ('10 Gemeenten en jeugdhulp', 17), ('11 Bestuur en medezeggenschap', 18),
              ('12 Personeel', 19), ('13 Privacy en ICT', 20), ('14 Jaarplanning', 21), ('Begrippenlijst', 22)]),
         H(1, 'Voorwoord')] + voorwoord(c)
    b += [H(1, '1 Samenvatting'),
          P("Dit plan beschrijft hoe de schoolbesturen in Oostelijk Veenland in de periode 2026-2030 samen "
            "zorgen voor passend onderwijs. De belangrijkste keuzes op een rij: een stevige, voor alle scholen "
            "gelijke basisondersteuning; een dekkend netwerk met aandacht voor kinderen die nu nog tussen wal "
            "en schip vallen; meer geld direct naar de scholen; en ambities die wij in cijfers uitdrukken. "
            "Ook terugplaatsing, de positie van ouders en de samenwerking met gemeenten krijgen aandacht."),
          H(1, '2 Ontwikkelingen'),
          P("Passend onderwijs staat niet stil. Na de eindevaluatie in 2020 volgde de Verbeteraanpak met 25 "
            "maatregelen. Voor samenwerkingsverbanden zijn vooral van belang: de afbouw van bovenmatige "
            "reserves, de wettelijke verankering van ouder- en jeugdsteunpunten, het hoorrecht van leerlingen "
            "en de komst van een landelijke norm voor basisondersteuning. Daarnaast werkt het kabinet aan de "
            "route naar inclusiever onderwijs in 2035. Wij volgen deze ontwikkelingen en passen dit plan aan "
            "wanneer nieuwe wetgeving dat vraagt."),
          P("In de regio zelf zien we een dalend leerlingaantal, een groeiende groep kinderen met complexe "
            "problematiek en een toenemende druk op de jeugdhulp. De krimp maakt kleine scholen kwetsbaar; "
            "tegelijk zijn juist die scholen voor veel dorpen van grote betekenis."),
          ] + regio(c)
    b += [H(1, '3 Visie')] + visie(c)
    b += [H(1, '4 Basisondersteuning'),
          P("Basisondersteuning is in Oostelijk Veenland het niveau van ondersteuning dat iedere basisschool "
            "in het samenwerkingsverband biedt, op iedere locatie, aan ieder kind dat het nodig heeft. De "
            "schoolbesturen hebben dit niveau in 2025 samen vastgesteld; het is bindend voor alle 44 "
            "basisscholen. De tabel beschrijft per domein wat ouders op elke school mogen verwachten."),
          T(['Domein', 'Wat elke school in Oostelijk Veenland biedt'],
            [['Leren en ontwikkeling', 'Drie niveaus van instructie in elke groep; een aanpak voor lees-, spelling- en rekenproblemen volgens de landelijke protocollen; extra leesbegeleiding in groep 3 en 4'],
             ['Gedrag en welbevinden', 'Een schoolbreed programma voor sociale veiligheid; een gedragsprotocol; jaarlijkse monitoring van welbevinden; een aandachtsfunctionaris'],
             ['Meer- en hoogbegaafdheid', 'Signalering met een vast instrument; compacten en verrijken in de groep; een verrijkingsgroep van minimaal één uur per week op iedere school'],
             ['Taal en meertaligheid', 'Extra taalaanbod voor kinderen met een taalachterstand; materialen voor NT2'],
             ['Medisch en fysiek', 'Protocol medisch handelen; afspraken over medicatie; toegankelijk gebouw of aangepaste oplossing'],
             ['Structuur', 'Intern begeleider (minimaal 0,5 fte per 250 leerlingen); ondersteuningsteam met schoolmaatschappelijk werk; consultatie orthopedagoog SWV zonder aanvraag'],
             ['Werkwijze', 'Handelingsgericht werken; groepsbesprekingen drie keer per jaar; OPP wanneer een kind een eigen leerlijn volgt']],
            caption='Tabel 4.1 Basisondersteuning per domein'),
          P("Iedere school neemt deze basisondersteuning op in de schoolgids. Het samenwerkingsverband bespreekt "
            "eens per twee jaar met elk schoolbestuur in hoeverre de scholen de afspraken waarmaken."),
          ]
    b += [H(1, '5 Het ondersteuningscontinuüm en het dekkende netwerk'),
          H(2, '5.1 Van basis naar speciaal'),
          P("Boven op de basisondersteuning kent Oostelijk Veenland een doorlopend aanbod van extra ondersteuning. "
            "Scholen kunnen een arrangement op maat aanvragen voor een individuele leerling, bijvoorbeeld "
            "ambulante begeleiding door een specialist van het speciaal onderwijs, een onderwijsassistent voor "
            "een beperkt aantal uren of een specifiek programma. Daarnaast zijn er bovenschoolse voorzieningen:"),
          UL(["Plusklas Veenmonde en Plusklas Turfhoven voor meer- en hoogbegaafde kinderen (één dagdeel per week);",
              "Taalklas De Woordwijzer voor nieuwkomers van 4 tot 12 jaar, maximaal een jaar;",
              "Kindcentrum De Veenbes: onderwijs-zorgarrangement voor jonge kinderen met een ontwikkelingsachterstand, in samenwerking met een zorgaanbieder;",
              "SBO Het Veenhart (twee locaties) voor kinderen die een kleine groep en intensieve begeleiding nodig hebben;",
              "SO De Turfstee (cluster 3 en 4), met een afdeling voor zeer moeilijk lerende kinderen en een afdeling voor kinderen met gedragsproblematiek."]),
          P("De route loopt altijd via het ondersteuningsteam van de school, waarin de consulent van het "
            "samenwerkingsverband zit. Zo blijven basis, extra en speciaal met elkaar verbonden."),
          H(2, '5.2 Waar het netwerk nog niet dekkend is'),
          P("In 2025 hebben wij samen met de gemeenten en de leerplichtambtenaren geïnventariseerd waar ons "
            "aanbod tekortschiet. Daarbij kwamen drie witte vlekken naar voren, met de acties die wij daarop "
            "ondernemen:"),
          T(['Witte vlek', 'Actie', 'Wanneer', 'Wie'],
            [['Jonge kinderen met ernstig meervoudige beperkingen kunnen niet in de regio terecht', 'Start kleinschalige EMB-groep bij SO De Turfstee, bekostigd samen met de zorgverzekeraar', 'augustus 2027', 'SO De Turfstee en SWV'],
             ['Kinderen met ernstige angstklachten die niet naar school durven (12 kinderen in 2025)', 'Maatwerkarrangement van thuisonderwijs naar school met jeugd-ggz', 'januari 2027', 'Consulenten en gemeenten'],
             ['Wachtlijst voor de Plusklas', 'Derde plusklas in Wijkerdiep', 'augustus 2026', 'Bestuur OPO Veenmonde']],
            caption='Tabel 5.1 Witte vlekken en acties'),
          P("Thuiszitters. Elk kind dat langer dan vier weken niet of nauwelijks naar school gaat, wordt "
            "gemeld bij de thuiszitterstafel, waarin school, leerplicht, het lokale team en de consulent van "
            "het samenwerkingsverband zitten. De tafel stelt binnen twee weken een plan op. Lukt het niet om "
            "binnen drie maanden een oplossing te vinden, dan beslist de directeur-bestuurder met "
            "doorzettingsmacht over een passende plek. Schoolbesturen hebben afgesproken dat een leerling "
            "waarvoor na aanmelding nog geen plek is gevonden, nooit thuis komt te zitten: het bestuur van "
            "de school van aanmelding blijft verantwoordelijk tot een andere school de leerling heeft "
            "ingeschreven."),
          ]
    b += [H(1, '6 Toewijzing en toelaatbaarheid'),
          P("Een kind kan pas naar SBO Het Veenhart of SO De Turfstee als het samenwerkingsverband een "
            "toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag gaat als volgt:"),
          OL(["De school bespreekt het kind in het ondersteuningsteam; ouders zijn daarbij aanwezig.",
              "Het bevoegd gezag van de school dient de aanvraag in bij het Loket Toewijzing, met het OPP, het "
              "groeidocument en de zienswijze van de ouders.",
              "Het Loket wijst een orthopedagoog of psycholoog als eerste deskundige aan en, afhankelijk van "
              "de vraag, een tweede deskundige; beiden adviseren schriftelijk.",
              "De Commissie Toewijzing neemt namens het bestuur een besluit binnen zes weken na ontvangst van "
              "de volledige aanvraag.",
              "Het besluit wordt schriftelijk aan ouders en school meegedeeld."], fmt='Stap {n}.'),
          P("Een TLV voor het SBO geldt in de regel voor twee schooljaren, een TLV voor het SO voor één tot "
            "drie schooljaren, in de bekostigingscategorie die de commissie vaststelt."),
          P("De Commissie Toewijzing weegt elke aanvraag zorgvuldig en beslist op maat, vanuit het belang van "
            "het kind. De actuele beoordelingscriteria staan in de Leidraad toewijzing, die te vinden is op "
            "www.swv-oostelijkveenland.nl/leidraad."),
          ]
    b += [H(1, '7 Geld en middelen'),
          H(2, '7.1 Hoe verdelen wij het geld?'),
          P("Oostelijk Veenland kiest voor een mengvorm. Ieder schoolbestuur ontvangt een schoolbudget van "
            "€ 120 per leerling (teldatum 1 oktober van het voorgaande jaar) voor extra ondersteuning op de "
            "eigen scholen. Arrangementen op maat worden toegekend door de Commissie Toewijzing op basis van "
            "drie criteria: de ondersteuningsbehoefte overstijgt de basisondersteuning, de school heeft de "
            "ondersteuning in het OPP beschreven en de aanvraag vermeldt doel, duur en evaluatiemoment. "
            "Bovenschoolse voorzieningen worden rechtstreeks bekostigd op basis van een vast bedrag per "
            "plaats. Het bestuur stelt de bedragen jaarlijks bij de begroting vast."),
          H(2, '7.2 Waaraan besteden wij het geld?'),
          T(['Bedragen x € 1.000', '2026', '2027', '2028', '2029'],
            [['Ondersteuningsmiddelen Rijk', '9.420', '9.300', '9.180', '9.090'],
             ['Afdracht so via DUO', '3.860', '3.830', '3.800', '3.770'],
             ['Afdracht sbo en groeibekostiging', '1.010', '990', '980', '970'],
             ['Schoolbudgetten (€ 120 p.l.)', '1.080', '1.060', '1.040', '1.020'],
             ['Arrangementen op maat', '1.250', '1.250', '1.250', '1.250'],
             ['Bovenschoolse voorzieningen', '1.390', '1.420', '1.420', '1.420'],
             ['Thuiszitterstafel en witte vlekken', '260', '340', '340', '340'],
             ['Bureau', '840', '855', '870', '885'],
             ['Saldo', '-270', '-445', '-520', '-565']],
            caption='Tabel 7.1 Meerjarenbegroting 2026-2029'),
          P("De negatieve saldi zijn een bewuste keuze: de reserve van het samenwerkingsverband (€ 2,4 miljoen "
            "eind 2024) wordt tot 2029 teruggebracht naar het niveau van de risicoanalyse."),
          ]
    b += [H(1, '8 Ambities voor 2030'),
          P("Wij willen dat leerlingen met een ondersteuningsbehoefte in 2030 merkbaar beter geholpen zijn dan "
            "nu. Wij hebben dat vertaald naar vijf ambities met een streefwaarde:"),
          OL(["Ten hoogste 1,9 procent van de leerlingen zit in het speciaal onderwijs (peildatum 1 oktober 2029).",
              "Geen enkel kind zit langer dan drie maanden thuis zonder passend aanbod.",
              "90 procent van de kinderen met een arrangement op maat haalt de doelen uit het OPP.",
              "Een besluit op een TLV-aanvraag wordt in 95 procent van de gevallen binnen zes weken genomen.",
              "Ouders geven de ondersteuning op school gemiddeld ten minste een 7,5."]),
          P("Hoe wij de voortgang op deze ambities gaan volgen en verantwoorden, werken wij uit in het "
            "kwaliteitskader dat in de loop van 2026 verschijnt."),
          ]
    b += [H(1, '9 Ouders en communicatie'),
          P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders via de "
            "Ouderwijzer, een korte gids die uitlegt wat basisondersteuning is, welke arrangementen en "
            "voorzieningen er zijn en hoe de route naar het speciaal (basis)onderwijs verloopt. De Ouderwijzer "
            "wordt bij aanmelding op elke school uitgereikt en staat op de website. Daarnaast organiseert het "
            "samenwerkingsverband jaarlijks drie ouderavonden over thema's als dyslexie, gedrag en de "
            "overstap naar het voortgezet onderwijs, en publiceert het vier keer per jaar een "
            "oudernieuwsbrief. Scholen beschrijven hun ondersteuning in de schoolgids."),
          P("Een onafhankelijk ouder- en jeugdsteunpunt richten wij in zodra de wet dat verplicht. Over de vorm "
            "overleggen wij in 2026 met de buursamenwerkingsverbanden; nadere informatie volgt."),
          ]
    b += [H(1, '10 Gemeenten en jeugdhulp')] + oogo(c, full=True)
    b += [H(1, '11 Bestuur en medezeggenschap')] + governance(c) + opr(c, full=True)
    b += [H(2, '11.3 Totstandkoming van dit plan')] + totstandkoming(c)
    b += [H(1, '12 Personeel')] + personeel(c)
    b += [H(1, '13 Privacy en ICT')] + ict_privacy(c)
    b += [H(1, '14 Jaarplanning'),
          T(['Wanneer', 'Wat'],
            [['augustus 2026', 'Derde plusklas open'], ['najaar 2026', 'Kwaliteitskader met monitoring van de ambities'],
             ['2026', 'Verkenning ouder- en jeugdsteunpunt'], ['januari 2027', 'Maatwerkarrangement angstklachten'],
             ['augustus 2027', 'EMB-groep De Turfstee']])]
    b += [H(1, 'Begrippenlijst')] + begrippen([
        ['Bereikte resultaten', 'De resultaten die in de afgelopen periode zijn gerealiseerd en in het jaarverslag worden gerapporteerd.'],
        ['Onderwijsconsulenten', 'Landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen situaties.'],
        ['Ouder- en jeugdsteunpunt', 'Onafhankelijk steunpunt dat ouders en jeugdigen informeert en ondersteunt.'],
        ['Terugplaatsing', 'Het teruggaan van een kind van SBO of SO naar een reguliere basisschool, met begeleiding door de s(b)o-school.'],
        ['TLV', 'Toelaatbaarheidsverklaring voor SBO of SO.'], ['Witte vlek', 'Groep kinderen voor wie geen passend aanbod is.']])
    return b


def label3(docs):
    write_label('po-oostelijkveenland-2026', docs, 'po', True,
                crit_true=['basisondersteuning.niveau', 'basisondersteuning.inhoud', 'plaatsing.procedure',
                           'financien.verdeling', 'financien.besteding', 'dekkend-aanbod.continuum',
                           'dekkend-aanbod.lacunes', 'resultaten.doelen', 'ouders.informatie'],
                advisory={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie'],
                          'financien': ['reserves'], 'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'],
                          'ouders': ['betrokkenheid']},
                notes={'basisondersteuning': 'Ch. 4: binding level for all 44 schools plus domain table 4.1 of what every school offers.',
                       'plaatsing': 'Ch. 6 steps 1-5 (bevoegd gezag, Loket, deskundigen, Commissie Toewijzing, 6 weken) but criteria only "op maat" and a website Leidraad reference.',
                       'terugstroom': 'Nothing in body text; terugplaatsing only in samenvatting as a passing mention and in the begrippenlijst.',
                       'financien': 'Ch. 7 "Geld en middelen": 7.1 allocation rules (EUR 120 per leerling, criteria for arrangementen), 7.2 meerjarenbegroting table.',
                       'dekkend-aanbod': '5.1 continuum with named voorzieningen, 5.2 witte-vlekken table with actions, thuiszitterstafel, doorzettingsmacht.',
                       'resultaten': 'Ch. 8 five targets with numbers; how they are monitored/reported is deferred to a kwaliteitskader later in 2026.',
                       'ouders': 'Ch. 9: Ouderwijzer, ouderavonden, nieuwsbrief (informatie); independent OJSP deferred ("nadere informatie volgt").'})


# ==============================================================================================
# PLAN 4 — VO Zuidrand-Maasoever (.pdf): substance mostly in tables, bold headings, running footer
# ==============================================================================================
C4 = dict(name='Samenwerkingsverband Voortgezet Onderwijs Zuidrand-Maasoever', short='Zuidrand-Maasoever', sector='vo',
          period='2026-2030', gemeenten=['Maasoever', 'Dijkzicht', 'Oud-Beijerwaard'],
          director='drs. R. (Rachid) El Amrani', opr_date='26 februari 2026', oogo_date='22 januari 2026',
          other_swv='PO Zuidrand (PO 31-90)',
          regio_rows=[('Stichting Openbaar VO Maasoever', 4, 5230), ('Stichting Christelijk Lyceum Dijkzicht', 3, 3870),
                      ('Stichting Katholieke Scholengroep Zuidrand', 5, 6120), ('Stichting Praktijkonderwijs Maasoever', 1, 380),
                      ('Stichting VSO De Maaskei', 2, 460)])


def plan4():
    c = C4
    b = [TITLE(['ONDERSTEUNINGSPLAN', 'Samenwerkingsverband VO Zuidrand-Maasoever (VO 31-96)',
                'Planperiode 1 augustus 2026 – 31 juli 2030',
                'Met instemming van de OPR (26 februari 2026) en na OOGO met de gemeenten (22 januari 2026)']),
         TOC([('Voorwoord', 3), ('1 Inleiding', 4), ('2 Kengetallen en regio', 5), ('3 Visie en koers', 6),
              ('4 Basisondersteuning', 7), ('5 Dekkend aanbod en thuiszitters', 8),
              ('6 Toelaatbaarheid vso, lwoo en pro', 11), ('6.4 Terugkeer naar het regulier onderwijs', 13),
              ('7 Financiën', 14), ('8 Kwaliteit en resultaten', 16), ('9 Communicatie', 18),
              ('10 Samenwerking met gemeenten', 19), ('11 Organisatie', 20), ('12 Personeel, ICT en privacy', 21),
              ('13 Planning', 23), ('Bijlage: begrippen', 24)]),
         H(1, 'Voorwoord')] + voorwoord(c)
    b += [H(1, '1 Inleiding')] + leeswijzer(c,
          "Wij hebben ervoor gekozen veel informatie in tabellen op te nemen, zodat het plan compact en "
          "overzichtelijk blijft. Waar de tekst kort is, staat de inhoud in de tabel eronder.")
    b += [H(1, '2 Kengetallen en regio')] + regio(c) + [
          T(['Kengetal (1 oktober)', '2023', '2024', '2025'],
            [['Leerlingen regulier vo', '19.880', '19.730', '19.600'], ['Leerlingen vso', '452', '455', '460'],
             ['Leerlingen praktijkonderwijs', '371', '377', '380'], ['Leerlingen met lwoo', '1.640', '1.610', '1.585']],
            caption='Tabel 2.2 Ontwikkeling leerlingaantallen')]
    b += [H(1, '3 Visie en koers')] + visie(c)
    b += [H(1, '4 Basisondersteuning'),
          P("Met ingang van 1 augustus 2027 geldt naar verwachting een landelijke norm voor "
            "basisondersteuning. Die norm zal vermoedelijk de vier bekende aspecten omvatten – basiskwaliteit, "
            "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig "
            "werken – maar de precieze uitwerking is nog niet bekend. Het samenwerkingsverband wacht die norm "
            "af en stelt daarna, samen met de schoolbesturen, opnieuw vast wat elke school in Zuidrand-"
            "Maasoever biedt. Tot dat moment verwijzen wij naar de schoolondersteuningsprofielen van de "
            "afzonderlijke scholen."),
          ]
    b += [H(1, '5 Dekkend aanbod en thuiszitters'),
          P("Zuidrand-Maasoever wil dat elke jongere een passende plek heeft. Naast de extra ondersteuning die "
            "scholen zelf organiseren, bestaat het aanbod uit de voorzieningen in de tabel. Samen vormen zij "
            "een doorlopende reeks van licht naar zwaar."),
          T(['Voorziening', 'Doelgroep', 'Capaciteit', 'Toegang'],
            [['Extra ondersteuning op school (ondersteuningscoördinator, trajectvoorziening, faalangst- en SoVa-training)', 'Leerlingen met een lichte extra ondersteuningsbehoefte', 'Verschilt per school', 'Ondersteuningsteam school'],
             ['Leerwegondersteunend onderwijs', 'Vmbo-leerlingen met leerachterstanden', 'Op 9 vmbo-locaties', 'Aanwijzing lwoo'],
             ['Tussenvoorziening Overstag (rebound)', 'Leerlingen die tijdelijk uit de klas moeten, max. 12 weken', '24 plaatsen', 'Zorgloket SWV'],
             ['OPDC De Brug', 'Vmbo-leerlingen die 1-2 jaar kleinschalig onderwijs nodig hebben', '60 plaatsen', 'Zorgloket SWV'],
             ['Internationale schakelklas (ISK)', 'Nieuwkomers 12-18 jaar', '90 plaatsen', 'Aanmelding bij ISK'],
             ['Praktijkonderwijs Maasoever', 'Leerlingen met een TLV pro', '380 plaatsen', 'TLV pro'],
             ['VSO De Maaskei (cluster 3 en 4)', 'Leerlingen met een TLV vso', '460 plaatsen', 'TLV vso'],
             ['Onderwijs-zorgarrangement Het Veer', 'Jongeren die onderwijs en dagbehandeling combineren', '16 plaatsen', 'Zorgloket SWV en gemeente']],
            repeat_at=[4], caption='Tabel 5.1 Het ondersteuningscontinuüm in Zuidrand-Maasoever'),
          P("Waar het aanbod niet sluitend is, pakken wij dat zo aan:"),
          T(['Onderwerp', 'Aanpak', 'Stand 2025 en actie'],
            [['Thuiszitters', 'Elke thuiszitter wordt binnen een week gemeld bij het Regionaal Plaatsingsoverleg (RPO) van SWV, leerplicht en jeugdhulp; binnen 4 weken ligt er een plan', '23 thuiszitters op 1 oktober 2025; doel: maximaal 10 in 2028'],
             ['Zorgplicht', 'Vindt een bestuur binnen 10 weken na aanmelding geen passende plek, dan neemt het RPO de casus over', 'In 2025 zes keer ingezet'],
             ['Doorzettingsmacht', 'De directeur-bestuurder kan een bestuur verplichten een leerling tijdelijk te plaatsen', 'Vastgelegd in het bestuursreglement'],
             ['Wachtlijsten', 'Het bureau meldt elke maand de wachtlijst van OPDC, Overstag en Het Veer aan het bestuur', 'Wachtlijst Het Veer: uitbreiding met 8 plaatsen in 2027'],
             ['Hoogbegaafde leerlingen met uitval', 'Er is nog geen passend aanbod; pilot HB-coaching op twee scholen', 'Start 1 augustus 2026']],
            caption='Tabel 5.2 Lacunes en aanpak'),
          ]
    b += [H(1, '6 Toelaatbaarheid vso, lwoo en pro'),
          H(2, '6.1 Procedure'),
          P("De aanvraagprocedure voor toelaatbaarheidsverklaringen wordt in 2026 gedigitaliseerd en opnieuw "
            "ingericht. Een beschrijving van de nieuwe werkwijze, met de termijnen en de samenstelling van de "
            "commissie die besluit, volgt zodra het nieuwe aanvraagportaal in gebruik is (verwacht voorjaar 2027). "
            "Bij elke aanvraag voor het vso adviseren twee deskundigen: een orthopedagoog of psycholoog en een "
            "tweede deskundige die past bij de vraag van de leerling."),
          H(2, '6.2 Criteria'),
          T(['Voorziening', 'Criteria voor toelaatbaarheid'],
            [['VSO cluster 3', 'IQ lager dan 55, of een lichamelijke beperking of langdurige ziekte waardoor de leerling op een reguliere school ook met extra ondersteuning niet tot leren komt; blijkt uit diagnostiek en het OPP'],
             ['VSO cluster 4', 'Ernstige gedrags- of psychiatrische problematiek die het leren langdurig belemmert, waarbij een combinatie van onderwijs en behandeling nodig is en een traject op OPDC De Brug niet volstaat of is doorlopen'],
             ['Lwoo (landelijke criteria)', 'IQ 75-90 en leerachterstand van 1,5 tot 3 jaar op twee domeinen; of IQ 91-120 met een leerachterstand en sociaal-emotionele problematiek'],
             ['Praktijkonderwijs (landelijke criteria)', 'IQ 55-80 en leerachterstand van 3 jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen']],
            caption='Tabel 6.1 Criteria'),
          H(2, '6.3 Duur en categorie'),
          T(['Soort', 'Geldigheid', 'Bekostigingscategorie'],
            [['TLV vso', '1 tot 3 schooljaren, tot en met 31 juli', 'laag, midden of hoog'],
             ['TLV pro', 'Gehele opleiding', 'n.v.t.'], ['Aanwijzing lwoo', 'Gehele opleiding', 'n.v.t.']]),
          H(2, '6.4 Terugkeer naar het regulier onderwijs'),
          P("Voor leerlingen in het vso van wie de TLV afloopt, geldt het volgende tijdpad."),
          T(['Moment', 'Actie', 'Wie'],
            [['Start laatste TLV-jaar (september)', 'Evaluatie OPP; vaststellen of terugkeer naar regulier vo in beeld is', 'Commissie van begeleiding vso-school'],
             ['Uiterlijk 1 december', 'Melding aan het Zorgloket: terugkeer of verlenging', 'Vso-school'],
             ['December-februari', 'Overleg met een mogelijke ontvangende school; kennismaking leerling', 'Consulent SWV'],
             ['Uiterlijk 1 maart', 'Besluit over terugkeer per 1 augustus; zo niet, dan aanvraag nieuwe TLV', 'Directeur vso-school, na advies consulent SWV'],
             ['Juni', 'Overdracht dossier en warme overdracht', 'Vso-school en ontvangende school']],
            caption='Tabel 6.2 Tijdpad bij afloop TLV vso'),
          P("Het beleid voor terugplaatsing – de uitgangspunten, de voorwaarden en de begeleiding na terugkeer – "
            "wordt in het schooljaar 2026-2027 samen met VSO De Maaskei herijkt. Tot die tijd is dit onderdeel p.m."),
          ]
    b += [H(1, '7 Financiën'),
          P("De wijze waarop de middelen over de schoolbesturen worden verdeeld (het verdeelmodel) is onderwerp "
            "van herziening. Het bestuur neemt hierover in de loop van 2026 een besluit; het nieuwe model wordt "
            "daarna als wijziging van dit plan aan de OPR voorgelegd."),
          T(['Bedragen x € 1.000', '2026', '2027', '2028', '2029', '2030'],
            [['Baten lichte ondersteuning', '3.960', '3.930', '3.900', '3.870', '3.850'],
             ['Baten zware ondersteuning', '9.840', '9.790', '9.730', '9.680', '9.640'],
             ['Baten lwoo en pro', '8.720', '8.650', '8.590', '8.530', '8.480'],
             ['Afdracht vso (DUO)', '-7.910', '-7.880', '-7.850', '-7.820', '-7.800'],
             ['Doorbetaling aan schoolbesturen', '-10.480', '-10.390', '-10.310', '-10.230', '-10.160'],
             ['OPDC De Brug en Overstag', '-1.640', '-1.640', '-1.640', '-1.640', '-1.640'],
             ['Onderwijs-zorgarrangement Het Veer', '-420', '-520', '-520', '-520', '-520'],
             ['RPO en thuiszittersaanpak', '-180', '-180', '-180', '-180', '-180'],
             ['Bureau', '-1.110', '-1.125', '-1.140', '-1.155', '-1.170'],
             ['Resultaat', '-1.220', '-1.365', '-1.420', '-1.465', '-1.500']],
            repeat_at=[6], caption='Tabel 7.1 Meerjarenbegroting 2026-2030'),
          P("De negatieve resultaten worden gedekt uit de algemene reserve (€ 7,9 miljoen per 31 december 2024), "
            "die daarmee tot 2030 wordt teruggebracht tot ongeveer € 1,0 miljoen."),
          ]
    b += [H(1, '8 Kwaliteit en resultaten'),
          P("Onze beoogde resultaten voor leerlingen die extra ondersteuning nodig hebben staan in tabel 8.1; "
            "tabel 8.2 laat zien hoe wij ze volgen."),
          T(['Doel', 'Indicator', 'Nulmeting 2024-2025', 'Streefwaarde 2029-2030', 'Bron'],
            [['Minder thuiszitters', 'Aantal thuiszitters op 1 oktober', '23', '≤ 10', 'Leerplicht, RPO'],
             ['Leerlingen blijven thuisnabij', 'Deelnamepercentage vso', '2,3%', '2,0%', 'DUO'],
             ['Succesvolle OPDC-trajecten', '% OPDC-leerlingen dat binnen 2 jaar terugkeert naar regulier vmbo', '64%', '75%', 'Registratie OPDC'],
             ['Bestendige uitstroom', '% vso-leerlingen dat 1 jaar na uitstroom nog op de vervolgplek is', '71%', '80%', 'Uitstroommonitor'],
             ['Tevredenheid', 'Rapportcijfer ouders en leerlingen over ondersteuning', '6,9', '7,5', 'Peiling']],
            caption='Tabel 8.1 Beoogde resultaten'),
          T(['Wat', 'Wanneer', 'Rapportage aan'],
            [['Dashboard indicatoren tabel 8.1', 'Per kwartaal', 'Bestuur en Raad van Toezicht'],
             ['Tevredenheidspeiling ouders en leerlingen', 'Elk voorjaar (tweejaarlijks)', 'OPR en scholen'],
             ['Analyse per school en bestuur', 'Jaarlijks in oktober', 'Schoolbesturen (bestuursgesprek)'],
             ['Jaarverslag met bereikte resultaten en kosten per voorziening', 'Uiterlijk 1 juli', 'Raad van Toezicht, OPR, website'],
             ['Tussenevaluatie plan', 'Najaar 2028', 'OPR en gemeenten']],
            caption='Tabel 8.2 Monitoring en rapportage'),
          P("In de vorige planperiode is het aantal thuiszitters gedaald van 38 (2021) naar 23 (2025); het "
            "deelnamepercentage vso bleef vrijwel gelijk."),
          ]
    b += [H(1, '9 Communicatie'),
          P("Communicatie is voor ons meer dan een nieuwsbrief. Hieronder staat hoe wij de verschillende "
            "doelgroepen bereiken."),
          T(['Doelgroep', 'Middel', 'Inhoud', 'Frequentie'],
            [['Ouders en leerlingen', 'Website, rubriek "Voor ouders"', 'Wat scholen bieden, welke voorzieningen er zijn (tabel 5.1), de route naar vso, lwoo en pro', 'Doorlopend'],
             ['Ouders en leerlingen', 'Folder "Extra ondersteuning in het vo" (ook in het Engels, Arabisch en Turks)', 'Ondersteuningsroute en contactgegevens', 'Jaarlijks bij aanmelding groep 8'],
             ['Ouders', 'Informatieavond in de drie gemeenten', 'Passend onderwijs en de voorzieningen', 'Elk najaar'],
             ['Scholen', 'Netwerk ondersteuningscoördinatoren', 'Beleid en uitvoering', '6 keer per jaar'],
             ['Gemeenten', 'Ambtelijk overleg', 'OOGO-agenda', '4 keer per jaar']],
            caption='Tabel 9.1 Communicatiemiddelen'),
          P("Ouders en jongeren die onafhankelijk advies willen, kunnen terecht bij het Steunpunt Ouders & "
            "Jongeren Zuidrand. Het steunpunt valt niet onder het samenwerkingsverband of een schoolbestuur, "
            "is gratis en helpt bij vragen, bij een verschil van mening met school en bij het voorbereiden van "
            "gesprekken. Ook de landelijke Onderwijsconsulenten zijn voor ouders beschikbaar. Klachten over het "
            "samenwerkingsverband kunnen worden ingediend bij de klachtencommissie; geschillen kunnen worden "
            "voorgelegd aan de Geschillencommissie passend onderwijs."),
          ]
    b += [H(1, '10 Samenwerking met gemeenten')] + oogo(c, full=True)
    b += [H(1, '11 Organisatie')] + governance(c) + opr(c, full=True)
    b += [H(2, '11.3 Totstandkoming')] + totstandkoming(c)
    b += [H(2, '11.4 Kennisdeling')] + kennisdeling(c)
    b += [H(1, '12 Personeel, ICT en privacy')] + personeel(c) + ict_privacy(c)
    b += [H(1, '13 Planning'),
          T(['Wanneer', 'Wat', 'Wie'],
            [['2026', 'Herziening verdeelmodel', 'Bestuur'], ['voorjaar 2027', 'Nieuw aanvraagportaal en beschrijving procedure', 'Zorgloket'],
             ['2026-2027', 'Herijking terugplaatsingsbeleid', 'Bestuur en VSO De Maaskei'],
             ['augustus 2027', 'Vaststelling basisondersteuning na landelijke norm', 'Schoolbesturen'],
             ['najaar 2028', 'Tussenevaluatie', 'Bestuur, OPR en gemeenten']])]
    b += [H(1, 'Bijlage: begrippen')] + begrippen([
        ['Basisondersteuning', 'De ondersteuning die elke school in het samenwerkingsverband ten minste biedt, zoals een ondersteuningscoördinator, een dyslexiebeleid en een aanpak voor faalangst.'],
        ['OPDC', 'Orthopedagogisch-didactisch centrum.'], ['RPO', 'Regionaal Plaatsingsoverleg.'],
        ['Terugplaatsing', 'Terugkeer van een leerling uit het vso naar het regulier vo.'],
        ['Verdeelmodel', 'Regels voor de verdeling van middelen over de schoolbesturen.']])
    return b


def label4(docs):
    write_label('vo-zuidrand-maasoever-2026', docs, 'vo', True,
                crit_true=['plaatsing.criteria', 'terugstroom.procedure', 'financien.besteding',
                           'dekkend-aanbod.continuum', 'dekkend-aanbod.lacunes', 'resultaten.doelen',
                           'resultaten.monitoring', 'ouders.informatie', 'ouders.steunpunt'],
                advisory={'plaatsing': ['deskundigen', 'duur-categorie'], 'financien': ['reserves'],
                          'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
                notes={'basisondersteuning': 'Ch. 4 only awaits the landelijke norm and refers to the schools\' SOPs; the 4 aspects are named as expected content of that norm. Concrete examples appear only in the begrippen annex.',
                       'plaatsing': 'Table 6.1 gives criteria for vso/lwoo/pro; procedure (steps, deciding body, termijnen) is deferred to spring 2027 - only the two deskundigen are named.',
                       'terugstroom': 'Table 6.2 gives the procedure (moments, actions, who decides); the policy (aims, conditions, support after return) is p.m.',
                       'financien': 'Table 7.1 meerjarenbegroting 2026-2030 with amounts; the verdeelmodel is explicitly under revision and not described.',
                       'dekkend-aanbod': 'Table 5.1 continuum of voorzieningen (header row repeated), table 5.2 thuiszitters/zorgplicht/wachtlijsten approach.',
                       'resultaten': 'Tables 8.1 (targets) and 8.2 (monitoring calendar), achieved figures previous period.',
                       'ouders': 'Inside ch. 9 "Communicatie": table 9.1 (website, folder, informatieavond) and independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten.'})


# ==============================================================================================
# PLAN 5 — PO Heuvelrug-Noord (.txt copy-pasted from a PDF): "op hoofdlijnen"
# ==============================================================================================
C5 = dict(name='Samenwerkingsverband Passend Onderwijs Heuvelrug-Noord', short='Heuvelrug-Noord', sector='po',
          period='2026-2030', gemeenten=['Bosrijk', 'Zandhoven', 'Heidewoude', 'Amerweide'],
          director='mr. drs. E.C. (Esther) Brandsma', opr_date='12 maart 2026', oogo_date='3 februari 2026',
          other_swv='VO Heuvelrug (VO 26-92)',
          regio_rows=[('Stichting Heuvelrugscholen', 15, 3260), ('Stichting Christelijk Onderwijs Bosrijk', 9, 2010),
                      ('Stichting Openbaar Onderwijs Zandhoven', 8, 1880), ('Stichting SBO/SO De Heidelinde', 2, 310),
                      ('Eenpitters en overige besturen (4)', 4, 690)])


def plan5():
    c = C5
    b = [TITLE(['Ondersteuningsplan op hoofdlijnen 2026-2030',
                'Samenwerkingsverband Passend Onderwijs Heuvelrug-Noord (PO 26-95)',
                'vastgesteld door het bestuur op 19 maart 2026']),
         TOC([('Voorwoord', 2), ('1 Inleiding: een plan op hoofdlijnen', 3), ('2 Visie', 4), ('3 Terugblik 2022-2026', 5),
              ('4 Basisondersteuning', 6), ('5 Toelaatbaarheid', 7), ('6 Terugplaatsing naar de basisschool', 8),
              ('7 Iedere leerling een plek: thuiszitters en zorgplicht', 9), ('8 Financiën', 10),
              ('9 Monitoring en verantwoording', 11), ('10 Onderwijs en jeugdhulp', 12), ('11 Inclusiever onderwijs', 13),
              ('12 Organisatie', 14), ('13 Personeel en professionalisering', 15), ('14 Privacy', 16),
              ('Bijlage 1 Begrippen en afkortingen', 17), ('Bijlage 3 Reglement toelaatbaarheid (separaat)', '-')]),
         H(1, 'Voorwoord')] + voorwoord(c)
    b += [H(1, '1 Inleiding: een plan op hoofdlijnen'),
          P("Dit ondersteuningsplan is bewust een plan op hoofdlijnen. Het beschrijft de koers voor vier jaar; de "
            "uitwerking staat in jaarplannen, reglementen en de jaarbegroting, die afzonderlijk worden "
            "vastgesteld. Zo blijft het plan leesbaar en hoeven wij het niet elk jaar te wijzigen wanneer een "
            "bedrag of een termijn verandert."),
          P("Het plan is geschreven voor iedereen die betrokken is bij passend onderwijs in Heuvelrug-Noord: "
            "schoolbesturen, directeuren, intern begeleiders, leraren, gemeenten en de ondersteuningsplanraad."),
          ] + regio(c)
    b += [H(1, '2 Visie')] + visie(c)
    b += [H(1, '3 Terugblik 2022-2026'),
          P("In de vorige planperiode hebben wij geïnvesteerd in de ondersteuningsteams op de scholen, in de "
            "samenwerking met de lokale teams van de gemeenten en in een snellere afhandeling van aanvragen. "
            "Niet alles is gelukt. Het lerarentekort maakte het lastig om op alle scholen dezelfde kwaliteit te "
            "bieden, en het aantal kinderen met complexe vragen nam toe."),
          P("In cijfers: het deelnamepercentage speciaal onderwijs steeg van 1,6 procent (1 oktober 2021) naar 1,8 "
            "procent (1 oktober 2025); het deelnamepercentage speciaal basisonderwijs daalde van 2,3 naar 2,1 "
            "procent. Het aantal thuiszitters bij de leerplichttelling daalde van 14 naar 9. In 2024-2025 keerden "
            "11 leerlingen vanuit het sbo of so terug naar een basisschool."),
          ]
    b += [H(1, '4 Basisondersteuning'),
          P("Wat verstaan wij in Heuvelrug-Noord onder basisondersteuning? De besturen hebben de inhoud ervan in "
            "2025 beschreven in tien onderdelen:"),
          OL(["een intern begeleider en een ondersteuningsteam dat minimaal vijf keer per jaar bijeenkomt;",
              "handelingsgericht werken met groepsbesprekingen en een groepsoverzicht;",
              "een aanpak voor dyslexie en dyscalculie volgens de landelijke protocollen;",
              "een aanpak voor sociale veiligheid en gedrag, met een jaarlijkse monitor;",
              "compacten en verrijken voor leerlingen die meer aankunnen;",
              "extra taalondersteuning voor leerlingen met een taalachterstand;",
              "een protocol medisch handelen;",
              "het kunnen opstellen en uitvoeren van een ontwikkelingsperspectief;",
              "consultatie van een orthopedagoog van het samenwerkingsverband zonder aanvraag;",
              "samenwerking met de jeugdverpleegkundige en het lokale team."], fmt='{n})'),
          P("Of iedere school al deze onderdelen biedt, is nog niet afgesproken. Een gezamenlijk minimumniveau "
            "dat voor alle scholen bindend is, stellen de besturen pas vast wanneer de landelijke norm voor "
            "basisondersteuning bekend is. Tot die tijd bepaalt ieder bestuur het niveau voor de eigen scholen "
            "en legt het vast in de schoolondersteuningsprofielen."),
          ]
    b += [H(1, '5 Toelaatbaarheid'),
          P("Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het speciaal "
            "basisonderwijs en het speciaal onderwijs. Het reglement toelaatbaarheid is opgenomen in bijlage 3, "
            "die als separaat document wordt gepubliceerd. Wijzigingen in het reglement worden aan de "
            "ondersteuningsplanraad voorgelegd."),
          ]
    b += [H(1, '6 Terugplaatsing naar de basisschool'),
          P("Uitgangspunt. Wij vinden dat een kind zo thuisnabij en zo regulier mogelijk naar school moet kunnen "
            "gaan. Een plaatsing op het sbo of so is daarom altijd gericht op de vraag of en wanneer een kind "
            "weer naar een basisschool kan. Een kind gaat terug als de ondersteuningsbehoefte zo is veranderd "
            "dat een basisschool met een arrangement kan bieden wat nodig is, als het kind de leerstof van de "
            "groep waarin het instroomt voldoende beheerst en als er een basisschool is die het kind kan "
            "ontvangen. Een kind gaat niet terug als de kans op terugval groot is."),
          P("Ondersteuning na terugkeer. De ontvangende basisschool krijgt een terugplaatsingsarrangement van "
            "één schooljaar, met ambulante begeleiding vanuit de sbo- of so-school en extra uren van een "
            "onderwijsassistent. Na drie en na twaalf maanden volgt een evaluatie."),
          P("Werkwijze. De terugplaatsing verloopt in de volgende stappen:"),
          OL(["De sbo- of so-school bespreekt ieder kind jaarlijks bij de evaluatie van het OPP (uiterlijk in "
              "januari) en in het laatste jaar van de TLV altijd, met de vraag of terugplaatsing mogelijk is.",
              "Ziet de school mogelijkheden, dan meldt de intern begeleider het kind vóór 1 maart aan bij de "
              "consulent van het samenwerkingsverband.",
              "De consulent zoekt binnen vier weken een ontvangende basisschool en organiseert een "
              "overdrachtsgesprek tussen beide scholen.",
              "Het kind draait een proefperiode van zes tot acht weken mee op de ontvangende school.",
              "Na een positieve evaluatie besluit de directeur van de ontvangende school tot inschrijving; de "
              "TLV vervalt met ingang van de datum van inschrijving.",
              "Is terugplaatsing niet mogelijk, dan vraagt de sbo- of so-school voor 1 mei een nieuwe TLV aan."],
             fmt='Stap {n}:'),
          ]
    b += [H(1, '7 Iedere leerling een plek: thuiszitters en zorgplicht'),
          P("Iedere leerling in Heuvelrug-Noord heeft recht op onderwijs. Wij hanteren daarbij drie afspraken."),
          OL(["Thuiszitters. Elke leerling die vier weken of langer niet naar school gaat, wordt door de school "
              "gemeld bij de Onderwijstafel van het samenwerkingsverband, waarin de consulent, de "
              "leerplichtambtenaar en een medewerker van het lokale team zitten. Binnen twee weken is er een "
              "plan met een eerste stap terug naar onderwijs. De Onderwijstafel bespreekt elke maand alle "
              "lopende casussen.",
              "Zorgplicht. Lukt het een schoolbestuur niet om binnen de wettelijke termijn een passende plek te "
              "vinden, dan neemt de consulent de regie over en wordt de leerling besproken in het overleg van "
              "zorgplichtcoördinatoren van de besturen. Een leerling blijft ingeschreven op de school van "
              "aanmelding tot een andere school de leerling inschrijft.",
              "Escalatie. Komen partijen er binnen drie maanden niet uit, dan beslist de directeur-bestuurder. "
              "Jaarlijks brengen wij in kaart voor welke groepen leerlingen geen passende plek beschikbaar was "
              "en bespreken wij met de besturen en gemeenten hoe dat wordt opgelost."]),
          P("Een overzicht van de arrangementen en voorzieningen in de regio staat op de website van het "
            "samenwerkingsverband."),
          ]
    b += [H(1, '8 Financiën'),
          P("Financiële informatie – de jaarbegroting, de meerjarenbegroting en de verdeling van de middelen "
            "over de schoolbesturen – is niet in dit plan op hoofdlijnen opgenomen. Deze stukken worden "
            "jaarlijks afzonderlijk vastgesteld en zijn te vinden op www.swvheuvelrugnoord.nl/financien."),
          T(['Meerjarenbegroting', '2026', '2027', '2028', '2029'],
            [['Baten', 'zie website', 'zie website', 'zie website', 'zie website'],
             ['Lasten', 'zie website', 'zie website', 'zie website', 'zie website']]),
          ]
    b += [H(1, '9 Monitoring en verantwoording'),
          P("Wij volgen de ontwikkelingen in passend onderwijs in onze regio met een vaste set gegevens:"),
          T(['Wat volgen wij', 'Bron', 'Wanneer'],
            [['Deelname sbo en so', 'DUO, peildatum 1 oktober', 'jaarlijks'],
             ['Aantal TLV-besluiten en doorlooptijd', 'Eigen registratie', 'elk kwartaal'],
             ['Thuiszitters en vrijstellingen', 'Leerplichttelling gemeenten', 'jaarlijks'],
             ['Terugplaatsingen en evaluatie na 12 maanden', 'Eigen registratie', 'jaarlijks'],
             ['Tevredenheid scholen over de consulenten', 'Digitale vragenlijst', 'elke twee jaar']]),
          P("De directeur-bestuurder rapporteert deze gegevens twee keer per jaar aan de Raad van Toezicht en de "
            "ondersteuningsplanraad, met een analyse van opvallende ontwikkelingen. Het jaarverslag, dat "
            "uiterlijk 1 juli verschijnt, bevat de cijfers van het afgelopen schooljaar en een vergelijking met "
            "het landelijk gemiddelde. Halverwege de planperiode (najaar 2028) volgt een evaluatie met de "
            "schoolbesturen. Streefwaarden en beoogde resultaten voor de planperiode neemt het bestuur op in "
            "de jaarplannen; die maken geen deel uit van dit plan."),
          ]
    b += [H(1, '10 Onderwijs en jeugdhulp')] + oogo(c, full=True)
    b += [H(1, '11 Inclusiever onderwijs'),
          P("Het kabinet wil dat in 2035 het onderwijs inclusiever is: meer kinderen met een beperking of "
            "ziekte gaan samen met andere kinderen naar school. Dat vraagt veel van gebouwen, van leraren en "
            "van de samenwerking tussen regulier en speciaal onderwijs. In Heuvelrug-Noord werken twee "
            "basisscholen en SBO/SO De Heidelinde al samen in een gedeeld gebouw. Wij volgen de landelijke "
            "ontwikkelingen en verkennen in deze planperiode wat inclusiever onderwijs voor onze regio betekent. "
            "De uitkomst van die verkenning bepaalt mede de inhoud van het volgende ondersteuningsplan."),
          ]
    b += [H(1, '12 Organisatie')] + governance(c) + opr(c, full=False)
    b += [H(2, '12.3 Totstandkoming')] + totstandkoming(c)
    b += [H(1, '13 Personeel en professionalisering')] + personeel(c) + kennisdeling(c)
    b += [H(1, '14 Privacy')] + ict_privacy(c)
    b += [H(1, 'Bijlage 1 Begrippen en afkortingen')] + begrippen([
        ['Basisondersteuning', 'Het niveau van ondersteuning dat iedere school ten minste biedt.'],
        ['Informatie voor ouders', 'Het samenwerkingsverband informeert ouders via de website en de schoolgids.'],
        ['Onderwijsconsulenten', 'Landelijke onafhankelijke adviseurs voor ouders.'],
        ['Ouder- en jeugdsteunpunt (OJSP)', 'Onafhankelijk steunpunt voor ouders en jeugdigen.'],
        ['Toelaatbaarheidsverklaring (TLV)', 'Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so; criteria volgens het reglement.'],
        ['Verdeelmodel', 'De regels waarmee middelen over de besturen worden verdeeld.']]) + afkortingen()
    return b


def label5(docs):
    write_label('po-heuvelrug-noord-2026', docs, 'po', True,
                crit_true=['basisondersteuning.inhoud', 'terugstroom.procedure', 'terugstroom.beleid',
                           'dekkend-aanbod.lacunes', 'resultaten.monitoring'],
                advisory={'terugstroom': ['monitoring'], 'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar']},
                notes={'basisondersteuning': 'Ch. 4 lists ten onderdelen (content) but says a binding minimum level for all schools is not yet agreed.',
                       'plaatsing': 'Ch. 5 only refers to a separate reglement in bijlage 3 (not part of the input); TLV mentioned elsewhere only in passing and in the glossary.',
                       'terugstroom': 'Ch. 6: policy (uitgangspunt, conditions, terugplaatsingsarrangement) and steps 1-6 with moments (januari, 1 maart, 1 mei).',
                       'financien': 'Ch. 8 refers everything (begroting, verdeling) to the website; the table only says "zie website".',
                       'dekkend-aanbod': 'Ch. 7: Onderwijstafel for thuiszitters, zorgplicht, escalation (lacunes); the overview of voorzieningen is only referred to the website.',
                       'resultaten': 'Ch. 9 monitoring table, reporting cycle; achieved figures in ch. 3; targets explicitly left to the jaarplannen.',
                       'ouders': 'No section on informing parents or independent support; OJSP/Onderwijsconsulenten/informatie only in the begrippenlijst; parents otherwise only in passing.'})


# ==============================================================================================
# NEAR MISS — a school's own "ondersteuningsplan" (not an SWV plan)
# ==============================================================================================
def nearmiss():
    return [
        TITLE(['Ondersteuningsplan 2025-2026', 'OBS De Vlinderboom, Vestingstad',
               'Onderdeel van Stichting Openbaar Onderwijs Rivierland – aangesloten bij Samenwerkingsverband '
               'Passend Onderwijs De Waterlinie (PO 27-99)',
               'Vastgesteld door het MT op 2 september 2025, met advies van de MR']),
        H(1, '1 Inleiding'),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Vlinderboom in het schooljaar 2025-2026 de ondersteuning "
          "aan leerlingen organiseert. Het is een werkdocument voor het team: het beschrijft de "
          "ondersteuningsstructuur, de jaarplanning van groeps- en leerlingbesprekingen, de taken van de "
          "intern begeleider en de samenwerking met ouders en met het samenwerkingsverband. Het plan wordt "
          "jaarlijks in juni geëvalueerd en bijgesteld."),
        P("De Vlinderboom telt 312 leerlingen in 13 groepen. Ongeveer 18 procent van de leerlingen heeft een "
          "extra onderwijsbehoefte, waarvan 9 leerlingen met een ontwikkelingsperspectief (OPP)."),
        H(1, '2 Onze visie op ondersteuning'),
        P("Op De Vlinderboom geloven we dat ieder kind zich wil ontwikkelen. De leerkracht is de spil: hij of "
          "zij kent de kinderen, stemt de instructie af en signaleert vroegtijdig. De intern begeleider "
          "ondersteunt de leerkracht en coördineert de ondersteuning. Ouders zijn onze partners: zij kennen "
          "hun kind het best."),
        H(1, '3 Basisondersteuning op De Vlinderboom'),
        P("De basisondersteuning van onze school volgt de afspraken van samenwerkingsverband De Waterlinie. "
          "Concreet betekent dat op De Vlinderboom:"),
        UL(["instructie op drie niveaus in iedere groep (verlengde, basis- en verkorte instructie);",
            "het dyslexieprotocol, met extra leesbegeleiding in groep 3 en 4;",
            "Kanjertraining in alle groepen en een jaarlijkse meting van de sociale veiligheid;",
            "een plusgroep voor kinderen die meer aankunnen, één ochtend per week;",
            "een intern begeleider (0,6 fte) en een ondersteuningsteam dat zes keer per jaar bijeenkomt."]),
        H(1, '4 Ondersteuningsniveaus'),
        T(['Niveau', 'Omschrijving', 'Wie'],
          [['1', 'Basisaanbod in de groep, afgestemd op de groep', 'Leerkracht'],
           ['2', 'Extra zorg in de groep (verlengde instructie, pre-teaching)', 'Leerkracht'],
           ['3', 'Speciale zorg na leerlingbespreking; handelingsplan', 'Leerkracht en IB'],
           ['4', 'Ondersteuning met externe deskundigen; OPP; arrangement van het SWV', 'IB en ondersteuningsteam'],
           ['5', 'Verwijzing naar sbo of so met een TLV van het samenwerkingsverband', 'IB, directie, SWV']]),
        H(1, '5 Jaarplanning groeps- en leerlingbesprekingen'),
        T(['Periode', 'Activiteit'],
          [['september', 'Startgesprekken met ouders en kinderen; groepsoverzichten bijwerken'],
           ['oktober', 'Groepsbespreking 1 (leerkracht en IB)'], ['november', 'Ondersteuningsteam'],
           ['januari', 'Middentoetsen; analyse op groeps- en schoolniveau'], ['februari', 'Groepsbespreking 2; OPP-evaluaties'],
           ['april', 'Ondersteuningsteam'], ['juni', 'Eindtoetsen, groepsbespreking 3, overdracht naar volgend schooljaar']]),
        H(1, '6 Taken van de intern begeleider'),
        OL(["coördineren van de ondersteuning en de groeps- en leerlingbesprekingen;",
            "coachen van leerkrachten, onder meer door klassenbezoeken;",
            "contact onderhouden met het samenwerkingsverband, de consulent en externe deskundigen;",
            "voorbereiden van aanvragen voor arrangementen en toelaatbaarheidsverklaringen;",
            "bewaken van de kwaliteit van OPP's en handelingsplannen;",
            "analyseren van de toetsresultaten met de directie."]),
        H(1, '7 Samenwerking met het samenwerkingsverband'),
        P("Wanneer de ondersteuning van de school niet toereikend is, vraagt de school via het Loket van "
          "samenwerkingsverband De Waterlinie een arrangement aan. Voor verwijzing naar het speciaal "
          "basisonderwijs of speciaal onderwijs vraagt het schoolbestuur een toelaatbaarheidsverklaring aan. "
          "De procedure en criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. "
          "De consulent van het samenwerkingsverband neemt deel aan ons ondersteuningsteam."),
        P("Komt een leerling terug van het sbo, dan stellen wij samen met de sbo-school een "
          "overdrachtsplan op. In 2024-2025 kwam één leerling terug."),
        H(1, '8 Ouders'),
        P("Ouders worden op de hoogte gehouden via de startgesprekken, twee rapportgesprekken per jaar en "
          "tussentijdse gesprekken wanneer daar aanleiding toe is. Bij een OPP worden ouders altijd betrokken "
          "en tekenen zij voor het handelingsdeel. Informatie over de ondersteuning op onze school staat in "
          "de schoolgids en op de website. Ouders met een klacht kunnen terecht bij de "
          "contactpersoon van de school of bij de landelijke klachtencommissie; voor onafhankelijk advies "
          "verwijzen wij naar het Ouder- en Jeugdsteunpunt Rivierenland."),
        H(1, '9 Middelen'),
        P("De school ontvangt van het bestuur jaarlijks een ondersteuningsbudget uit de middelen van het "
          "samenwerkingsverband. Voor 2025-2026 is dat € 51.480 (312 leerlingen x € 165). Het budget wordt "
          "ingezet voor 0,4 fte onderwijsassistent, de plusgroep en scholing van het team in gedrag."),
        T(['Besteding 2025-2026', 'Bedrag'],
          [['Onderwijsassistent (0,4 fte)', '€ 24.800'], ['Plusgroep (leerkracht 0,1 fte + materiaal)', '€ 8.900'],
           ['Teamscholing gedrag', '€ 6.500'], ['Extra IB-uren', '€ 11.280'], ['Totaal', '€ 51.480']]),
        H(1, '10 Evaluatie en doelen 2025-2026'),
        P("In juni 2025 hebben wij het plan geëvalueerd. Voor 2025-2026 zijn onze doelen: alle OPP's zijn "
          "uiterlijk 1 november besproken met ouders; ten minste 80 procent van de leerlingen in groep 3 "
          "haalt het AVI-niveau E3 bij de eindtoets; het percentage leerlingen dat zich veilig voelt blijft "
          "boven 90 procent. De resultaten worden besproken in de MR en opgenomen in het jaarverslag van de school."),
        H(1, '11 Privacy'),
        P("Gegevens over leerlingen worden bewaard in het leerlingvolgsysteem. Alleen de leerkracht, de IB'er "
          "en de directie hebben toegang tot het leerlingdossier. Bij een aanvraag aan het samenwerkingsverband "
          "geven ouders toestemming voor het delen van gegevens."),
    ]


# ----------------------------------------------------------------------------------------------
def main():
    tmp = tempfile.mkdtemp(prefix='h44src_')
    try:
        # plan 1: docx
        render_docx(plan1(), os.path.join(OUT, 'po-waterlinie-2026.docx'),
                    dict(heading='bold', font='Calibri', size=10.5, justify=True,
                         header='Ondersteuningsplan 2026-2030 | SWV PO De Waterlinie | CONCEPT v0.9',
                         footer='De Waterlinie – Samen sterk voor ieder kind', author='Bureau SWV De Waterlinie',
                         title='Ondersteuningsplan 2026-2030'))
        label1(['po-waterlinie-2026.docx'])
        # plan 2: docx
        render_docx(plan2(), os.path.join(OUT, 'vo-kopvandevallei-2026.docx'),
                    dict(heading='mixed', font='Arial', size=10,
                         header='SWV VO Kop van de Vallei – Ondersteuningsplan 2026-2030',
                         footer='Ondersteuningsplan Kop van de Vallei, vastgesteld 17-3-2026',
                         author='swv-kvdv', title='OP 2026-2030 definitief'))
        label2(['vo-kopvandevallei-2026.docx'])
        # plan 3: pdf from hard-wrapped, hyphenated docx
        d3 = os.path.join(tmp, 'po-oostelijkveenland-2026.docx')
        render_docx(plan3(), d3, dict(heading='bold', font='Calibri', size=10.5, hard_wrap=80,
                                      header='SWV PO Oostelijk Veenland · Ondersteuningsplan 2026-2030',
                                      footer='Oostelijk Veenland', title='Ondersteuningsplan 2026-2030'))
        docx_to_pdf(d3, os.path.join(OUT, 'po-oostelijkveenland-2026.pdf'))
        label3(['po-oostelijkveenland-2026.pdf'])
        # plan 4: pdf from docx with tables
        d4 = os.path.join(tmp, 'vo-zuidrand-maasoever-2026.docx')
        render_docx(plan4(), d4, dict(heading='bold', font='Arial', size=10, justify=False,
                                      header='Ondersteuningsplan 2026-2030',
                                      footer='SWV VO Zuidrand-Maasoever | OP 2026-2030', title='Ondersteuningsplan'))
        docx_to_pdf(d4, os.path.join(OUT, 'vo-zuidrand-maasoever-2026.pdf'))
        label4(['vo-zuidrand-maasoever-2026.pdf'])
        # plan 5: txt copy-pasted from a pdf
        render_pdfpaste_txt(plan5(), os.path.join(OUT, 'po-heuvelrug-noord-2026.txt'),
                            running_header='SWV Passend Onderwijs Heuvelrug-Noord',
                            running_footer='Ondersteuningsplan op hoofdlijnen 2026-2030 | pagina')
        label5(['po-heuvelrug-noord-2026.txt'])
        # near miss
        render_docx(nearmiss(), os.path.join(OUT, 'school-vlinderboom-ondersteuningsplan.docx'),
                    dict(heading='style', font='Calibri', size=11, footer='OBS De Vlinderboom – ondersteuningsplan 2025-2026'))
        write_label('school-vlinderboom-ondersteuningsplan', ['school-vlinderboom-ondersteuningsplan.docx'], 'po', False,
                    notes={'document': 'School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB-taken, school budget); it refers to the SWV plan for TLV procedure/criteria and is not the SWV ondersteuningsplan of art. 18a WPO.'})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
