#!/usr/bin/env python3
"""Generate the holdout214 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Formats: .docx (python-docx), .pdf (rendered from .docx with LibreOffice headless), .html.
Style focus: PDF plans rendered from Word with footnotes, text boxes/kaders, a management summary up
front and landscape tables.
"""
import html
import json
import zlib
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).resolve().parent.parent
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'
FOOTNOTES_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'

CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]


# ----------------------------------------------------------------------------------------------
# Block model: ("title", lines), ("h1", t), ("h2", t), ("p", t), ("pfn", t, footnote),
# ("bullets", [..]), ("table", header, rows, landscape), ("kader", title, [paras]),
# ("textbox", title, [paras]), ("toc", [..]), ("pagebreak",)
# ----------------------------------------------------------------------------------------------

def esc(t):
    return html.escape(t, quote=False)


class FootnoteWriter:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        self.notes.append(text)
        fid = len(self.notes)
        paragraph._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def finish(self):
        if not self.notes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:footnote>',
        ]
        for i, text in enumerate(self.notes, 1):
            body.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                f'</w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
               + ''.join(body) + '</w:footnotes>')
        part = Part(PackURI('/word/footnotes.xml'), FOOTNOTES_CT, xml.encode('utf-8'),
                    self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def set_orientation(section, landscape):
    w, h = section.page_width, section.page_height
    if landscape and w < h or (not landscape and w > h):
        section.page_width, section.page_height = h, w
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_textbox(doc, title, paras):
    """A real VML text box (w:txbxContent) anchored inline in its own paragraph."""
    inner = f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    for t in paras:
        inner += f'<w:p><w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    height = 40 + 16 * sum(1 + len(t) // 85 for t in paras)
    xml = (f'<w:r {W_NS} {V_NS}><w:pict><v:shape id="tb{zlib.crc32(title.encode()) % 10000}" type="#_x0000_t202" '
           f'style="width:440pt;height:{height}pt" fillcolor="#EAF2FA" strokecolor="#1F4E79">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))


def build_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    fw = FootnoteWriter(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(26 if i == 0 else 14)
            doc.add_page_break()
        elif kind == 'h1':
            doc.add_heading(b[1], level=1)
        elif kind == 'h2':
            doc.add_heading(b[1], level=2)
        elif kind == 'p':
            doc.add_paragraph(b[1])
        elif kind == 'pfn':
            p = doc.add_paragraph(b[1])
            fw.add(p, b[2])
        elif kind == 'bullets':
            for t in b[1]:
                doc.add_paragraph(t, style='List Bullet')
        elif kind == 'toc':
            doc.add_heading('Inhoudsopgave', level=1)
            for t in b[1]:
                doc.add_paragraph(t)
            doc.add_page_break()
        elif kind == 'pagebreak':
            doc.add_page_break()
        elif kind == 'kader':
            t = doc.add_table(rows=1, cols=1)
            t.style = 'Table Grid'
            c = t.cell(0, 0)
            shade_cell(c, 'FFF2CC')
            c.paragraphs[0].add_run(b[1]).bold = True
            for para in b[2]:
                c.add_paragraph(para)
            doc.add_paragraph()
        elif kind == 'textbox':
            add_textbox(doc, b[1], b[2])
        elif kind == 'table':
            header, rows, landscape = b[1], b[2], b[3]
            if landscape:
                s = doc.add_section(WD_SECTION.NEW_PAGE)
                set_orientation(s, True)
            if len(b) > 4 and b[4]:
                doc.add_paragraph(b[4]).runs[0].bold = True
            t = doc.add_table(rows=1, cols=len(header))
            t.style = 'Table Grid'
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
                shade_cell(t.rows[0].cells[i], 'D9E2F3')
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            if landscape:
                s = doc.add_section(WD_SECTION.NEW_PAGE)
                set_orientation(s, False)
            else:
                doc.add_paragraph()
        else:
            raise ValueError(kind)
    fw.finish()
    doc.save(path)


def build_html(blocks, path, title, header_text, footer_text):
    out = ['<!DOCTYPE html>', '<html lang="nl"><head><meta charset="utf-8">',
           f'<title>{esc(title)}</title>',
           '<style>body{font-family:Arial;max-width:60em;margin:auto} .kader{border:1px solid #1F4E79;'
           'background:#EAF2FA;padding:.5em 1em} table{border-collapse:collapse} td,th{border:1px solid #999;'
           'padding:3px 6px} nav{background:#eee;padding:.5em} header,footer{color:#666;font-size:small}'
           ' .fn{font-size:small}</style></head><body>',
           f'<header>{esc(header_text)}</header>']
    notes = []
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append(f'<h1>{esc(b[1][0])}</h1>')
            out += [f'<p class="subtitle">{esc(x)}</p>' for x in b[1][1:]]
        elif kind == 'toc':
            out.append('<nav><strong>Inhoud</strong><ul>')
            out += [f'<li><a href="#h{i}">{esc(t)}</a></li>' for i, t in enumerate(b[1])]
            out.append('</ul></nav><main>')
        elif kind in ('h1', 'h2'):
            lvl = 2 if kind == 'h1' else 3
            out.append(f'<h{lvl}>{esc(b[1])}</h{lvl}>')
        elif kind == 'p':
            out.append(f'<p>{esc(b[1])}</p>')
        elif kind == 'pfn':
            notes.append(b[2])
            n = len(notes)
            out.append(f'<p>{esc(b[1])}<sup><a href="#fn{n}">{n}</a></sup></p>')
        elif kind == 'bullets':
            out.append('<ul>' + ''.join(f'<li>{esc(t)}</li>' for t in b[1]) + '</ul>')
        elif kind in ('kader', 'textbox'):
            out.append(f'<aside class="kader"><h4>{esc(b[1])}</h4>'
                       + ''.join(f'<p>{esc(t)}</p>' for t in b[2]) + '</aside>')
        elif kind == 'table':
            cap = f'<caption>{esc(b[4])}</caption>' if len(b) > 4 and b[4] else ''
            out.append(f'<table>{cap}<tr>' + ''.join(f'<th>{esc(h)}</th>' for h in b[1]) + '</tr>'
                       + ''.join('<tr>' + ''.join(f'<td>{esc(v)}</td>' for v in r) + '</tr>' for r in b[2])
                       + '</table>')
        elif kind == 'pagebreak':
            pass
        else:
            raise ValueError(kind)
    out.append('</main>')
    if notes:
        out.append('<section class="fn"><hr><ol>' + ''.join(
            f'<li id="fn{i}">{esc(t)}</li>' for i, t in enumerate(notes, 1)) + '</ol></section>')
    out.append(f'<footer>{esc(footer_text)}</footer></body></html>')
    path.write_text('\n'.join(out), encoding='utf-8')


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory(prefix='holdout214_soffice_') as tmp:
        profile = Path(tmp) / 'profile'
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless',
                        '--convert-to', 'pdf', '--outdir', tmp, str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(Path(tmp) / (docx_path.stem + '.pdf'), pdf_path)


def dump_label(data):
    """Write a label file in the house style: flow lists/maps for documents and elements."""
    def flow(v):
        return yaml.safe_dump(v, default_flow_style=True, allow_unicode=True, width=10000, sort_keys=False).strip()
    lines = [f"documents: {flow(data['documents'])}", f"sector: {data['sector']}",
             f"looks_like_plan: {'true' if data['looks_like_plan'] else 'false'}",
             f"elements: {flow(data['elements'])}"]
    if data['criteria']:
        lines.append('criteria:')
        lines += [f'  {k}: {str(v).lower()}' for k, v in data['criteria'].items()]
    else:
        lines.append('criteria: {}')
    if 'advisory_addressed' in data:
        lines.append('advisory_addressed:' + ('' if data['advisory_addressed'] else ' {}'))
        lines += [f'  {k}: {flow(v)}' for k, v in data['advisory_addressed'].items()]
    lines.append('notes:')
    lines += [f'  {k}: {json.dumps(v, ensure_ascii=False)}' for k, v in data['notes'].items()]
    out = '\n'.join(lines) + '\n'
    assert yaml.safe_load(out) == data
    return out


def write_label(name, documents, sector, status, crit, advisory, notes):
    data = {
        'documents': documents,
        'sector': sector,
        'looks_like_plan': True,
        'elements': status,
        'criteria': {f'{e}.{c}': crit[f'{e}.{c}'] for e, c in CORE},
        'advisory_addressed': advisory,
        'notes': notes,
    }
    # consistency: status must follow the Part A rule
    for el, st in status.items():
        vals = [crit[f'{el}.{c}'] for e, c in CORE if e == el]
        adv = advisory.get(el, [])
        want = 'present' if all(vals) else ('partial' if any(vals) or adv else 'missing')
        assert want == st, (name, el, st, want)
    (OUT / f'{name}.expected.yaml').write_text(dump_label(data), encoding='utf-8')


# ----------------------------------------------------------------------------------------------
# Filler: realistic text that uses the element vocabulary in passing without addressing anything.
# ----------------------------------------------------------------------------------------------
FILLER = {
    'voorwoord': [
        "Voor u ligt het ondersteuningsplan {periode} van {swv}. Dit plan is het resultaat van een traject van "
        "ruim anderhalf jaar waarin schoolleiders, intern begeleiders, ondersteuningscoördinatoren, bestuurders, "
        "de ondersteuningsplanraad en onze partners in de gemeenten met elkaar in gesprek zijn geweest. Dat "
        "gesprek ging niet alleen over regels en middelen, maar vooral over de vraag wat leerlingen in {regio} "
        "nodig hebben om zich te kunnen ontwikkelen. Wij zijn iedereen die heeft meegedacht, meegeschreven en "
        "kritische vragen heeft gesteld veel dank verschuldigd.",
        "Passend onderwijs is inmiddels geen nieuw stelsel meer. De eerste jaren stonden in het teken van het "
        "inrichten van de organisatie, het opbouwen van vertrouwen tussen de besturen en het zoeken naar een "
        "gezamenlijke taal. Nu het stelsel volwassen is, kijken wij verder: hoe zorgen wij ervoor dat de "
        "afspraken die we maken ook echt in de klas merkbaar zijn? Dat vraagt om eigenaarschap bij de scholen, "
        "om lef bij de besturen en om een samenwerkingsverband dat dienstbaar is aan beide.",
        "Wij hopen dat dit plan de komende jaren een levend document zal zijn, dat wordt gelezen, besproken en "
        "waar nodig bijgesteld. Het is geen eindpunt maar een gezamenlijke koers. Namens het bestuur, "
        "{bestuurder}, directeur-bestuurder.",
    ],
    'leeswijzer': [
        "Dit plan volgt in grote lijnen de indeling die in de regio gebruikelijk is. Na deze inleiding schetsen "
        "wij de context van ons samenwerkingsverband en onze missie en visie. Daarna volgen de inhoudelijke "
        "hoofdstukken en tot slot de hoofdstukken over organisatie, medezeggenschap en planning. Waar in de "
        "tekst wordt gesproken over 'scholen' bedoelen wij alle vestigingen die onder de aangesloten besturen "
        "vallen. Waar wij 'ouders' schrijven, bedoelen wij ook verzorgers en voogden.",
        "Voor de leesbaarheid hebben wij wetsartikelen zoveel mogelijk in voetnoten opgenomen. Een lijst van "
        "gebruikte afkortingen en begrippen vindt u achter in dit document.",
    ],
    'terugblik': [
        "In de afgelopen planperiode heeft het samenwerkingsverband een flinke ontwikkeling doorgemaakt. Het "
        "bureau is verhuisd naar een centrale locatie, de organisatie is gekanteld naar een netwerkmodel en er is "
        "veel geïnvesteerd in het contact met de scholen. Een uitgebreide evaluatie van de vorige planperiode is "
        "opgenomen in het jaarverslag; in dit plan volstaan wij met de hoofdlijnen.",
        "Uit de gesprekken met scholen kwam naar voren dat de administratieve last rond aanvragen als zwaar "
        "werd ervaren, dat de samenwerking met de wijkteams per gemeente sterk verschilde en dat scholen "
        "behoefte hebben aan meer voorspelbaarheid. Deze signalen hebben wij meegenomen bij het schrijven van "
        "dit plan. Ook de medewerkers van het bureau hebben hun ervaringen gedeeld in een reeks werksessies.",
    ],
    'context': [
        "{swv} omvat het grondgebied van de gemeenten {gemeenten}. In dit gebied wonen circa {inwoners} inwoners. "
        "Bij het samenwerkingsverband zijn {besturen} schoolbesturen aangesloten met samen {scholen} vestigingen. "
        "Op de teldatum van 1 oktober 2025 telde het samenwerkingsverband {leerlingen} leerlingen. Het aantal "
        "leerlingen neemt volgens de prognoses de komende jaren licht af, vooral in de kleinere kernen.",
        "De regio kent een grote diversiteit: naast stedelijke wijken met een hoge concentratie van "
        "onderwijsachterstanden zijn er dorpen waar een school de laatste voorziening in de kern is. Dat vraagt "
        "om maatwerk in de manier waarop het samenwerkingsverband de scholen ondersteunt en faciliteert. De "
        "kengetallen per gemeente zijn te vinden in het jaarlijkse factsheet.",
    ],
    'missie': [
        "Onze missie is kort samen te vatten: ieder kind en iedere jongere in {regio} krijgt het onderwijs en de "
        "ondersteuning die nodig zijn om zich optimaal te ontwikkelen, zo dicht mogelijk bij huis. Wij geloven "
        "dat elke leerling ertoe doet en dat scholen samen meer kunnen dan alleen.",
    ],
    'visie': [
        "Wij gaan uit van de mogelijkheden van leerlingen en niet van hun beperkingen. Een leerling is meer dan "
        "een diagnose of een etiket. De onderwijsbehoefte van de leerling staat centraal, niet het aanbod dat toevallig "
        "beschikbaar is. Daarbij kijken wij naar de leerling in zijn of haar context: thuis, op school en in de vrije tijd.",
        "Wij zien het samenwerkingsverband als een netwerk van professionals die elkaar versterken. Het "
        "samenwerkingsverband is geen loket dat beslist, maar een partner die verbindt. Kennis die op de ene "
        "school aanwezig is, moet beschikbaar komen voor de andere. Dat vraagt om openheid en om de bereidheid "
        "om van elkaar te leren.",
        "Ten slotte geloven wij in eenvoud. Regels en procedures zijn nodig, maar zij mogen nooit een doel op "
        "zich worden. Waar het kan, maken wij het eenvoudiger; waar het moet, zijn wij helder en consequent.",
    ],
    'governance': [
        "{swv} is een stichting. Het samenwerkingsverband kent een scheiding tussen bestuur en intern "
        "toezicht: de directeur-bestuurder vormt het bestuur, de raad van toezicht houdt toezicht en bestaat "
        "uit vijf leden, van wie er twee onafhankelijk zijn. De algemene vergadering van aangesloten "
        "schoolbesturen stelt onder meer de statuten vast en benoemt de leden van de raad van toezicht.",
        "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
        "controller, een secretariaat en een team van onderwijsspecialisten. De onderwijsspecialisten zijn in "
        "dienst van het samenwerkingsverband of worden gedetacheerd vanuit de besturen. De raad van toezicht "
        "hanteert de Code Goed Bestuur en evalueert jaarlijks het eigen functioneren.",
        "Het samenwerkingsverband kent een directeurenoverleg dat vier keer per jaar bijeenkomt en fungeert als "
        "klankbord voor de directeur-bestuurder. Daarnaast zijn er werkgroepen rond thema's zoals "
        "professionalisering, financiën en de aansluiting met het vervolgonderwijs.",
    ],
    'opr': [
        "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De leden worden "
        "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft het concept van "
        "dit plan in drie vergaderingen besproken en op {opr_datum} ingestemd. De OPR wordt ondersteund door een "
        "ambtelijk secretaris en heeft een eigen scholingsbudget.",
        "Naast de OPR kent het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het "
        "bureau. Deze raad is betrokken geweest bij de passages in dit plan die betrekking hebben op de "
        "organisatie en het personeel van het samenwerkingsverband.",
    ],
    'gemeenten': [
        "Het samenwerkingsverband werkt nauw samen met de gemeenten in de regio. Op bestuurlijk niveau is er "
        "twee keer per jaar een overleg met de wethouders onderwijs en jeugd; op uitvoerend niveau zijn er "
        "vaste contactpersonen bij de wijk- en jeugdteams. Samen met de gemeenten is een gezamenlijke agenda "
        "opgesteld met thema's als leerlingenvervoer, onderwijshuisvesting, thuiszitters en de aansluiting "
        "tussen onderwijs en jeugdhulp. Onderwijs-zorgarrangementen worden per situatie gezamenlijk gefinancierd "
        "volgens het convenant Onderwijs en Jeugd {regio}.",
    ],
    'oogo_proc': [
        "Het concept van dit ondersteuningsplan is op {oogo_datum} besproken in het op overeenstemming gericht "
        "overleg (OOGO) met de colleges van burgemeester en wethouders. Van dit overleg is een verslag gemaakt "
        "dat op verzoek beschikbaar is.",
    ],
    'personeel': [
        "Het samenwerkingsverband is werkgever van ongeveer {fte} fte. Wij vinden het belangrijk dat onze "
        "medewerkers zich kunnen ontwikkelen. Iedere medewerker heeft een persoonlijk ontwikkelplan en jaarlijks "
        "een gesprekscyclus met de leidinggevende. Het ziekteverzuim ligt met 4,1 procent onder het landelijk "
        "gemiddelde van de sector.",
        "De krapte op de arbeidsmarkt raakt ook het samenwerkingsverband. Vacatures voor orthopedagogen en "
        "gedragsspecialisten zijn moeilijk te vervullen. Wij werken daarom samen met de lerarenopleidingen en "
        "bieden stageplaatsen aan. Ook verkennen wij met de besturen een gezamenlijke flexpool.",
        "De rechtspositie van het personeel volgt de cao van de sector. Bij detacheringen worden afspraken "
        "vastgelegd in een detacheringsovereenkomst tussen het samenwerkingsverband en het uitlenende bestuur.",
    ],
    'professionalisering': [
        "Het samenwerkingsverband organiseert jaarlijks een netwerkdag voor intern begeleiders, "
        "ondersteuningscoördinatoren en schoolleiders. Daarnaast zijn er lerende netwerken rond gedrag, "
        "hoogbegaafdheid, taal en rekenen. Deze netwerken worden begeleid door onderwijsspecialisten van het "
        "bureau en zijn kosteloos toegankelijk voor alle scholen.",
        "Wij stimuleren dat scholen bij elkaar op bezoek gaan. Een leraar die worstelt met een klas met veel "
        "gedragsvragen, leert vaak meer van een collega op een andere school dan van een training. Daarom "
        "faciliteert het samenwerkingsverband collegiale consultatie en 'kijkje in de keuken'-bezoeken.",
    ],
    'ict': [
        "Het samenwerkingsverband werkt met een digitaal dossier waarin aanvragen worden ingediend en "
        "afgehandeld. De applicatie voldoet aan de eisen van de Algemene verordening gegevensbescherming. "
        "Toegang tot het dossier is beperkt tot medewerkers die de gegevens nodig hebben voor hun taak. In "
        "2026 wordt het systeem vervangen door een nieuwe versie met een koppeling aan de administratiesystemen "
        "van de scholen.",
        "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, die gedeeld wordt met "
        "twee andere samenwerkingsverbanden. Jaarlijks wordt een privacyaudit uitgevoerd. Datalekken worden "
        "geregistreerd en, waar nodig, gemeld bij de Autoriteit Persoonsgegevens.",
    ],
    'planning': [
        "Dit ondersteuningsplan is vastgesteld door de directeur-bestuurder na goedkeuring door de raad van "
        "toezicht op {vaststelling}. Het plan wordt vóór 1 mei toegezonden aan de Inspectie van het Onderwijs. "
        "Het plan heeft een looptijd van vier schooljaren. Jaarlijks wordt een jaarplan opgesteld waarin de "
        "activiteiten voor dat schooljaar worden uitgewerkt.",
        "Wijzigingen van dit plan gedurende de looptijd worden voorgelegd aan de ondersteuningsplanraad. Kleine "
        "redactionele aanpassingen worden ter kennisname gebracht.",
    ],
    'vervoer': [
        "Leerlingenvervoer is een verantwoordelijkheid van de gemeenten. Het samenwerkingsverband heeft geen "
        "rol in de toekenning, maar signaleert knelpunten, bijvoorbeeld wanneer lange reistijden een belasting "
        "vormen voor leerlingen. Over onderwijshuisvesting heeft het samenwerkingsverband evenmin zeggenschap; "
        "de besturen voeren hierover het overleg met de gemeenten.",
    ],
    'nieuwkomers': [
        "In de regio wonen relatief veel nieuwkomers. De opvang van nieuwkomers in het onderwijs is primair een "
        "taak van de besturen en wordt bekostigd uit de daarvoor bestemde regelingen. Het samenwerkingsverband "
        "sluit aan bij het regionale overleg over nieuwkomersonderwijs en deelt expertise waar dat gevraagd wordt.",
    ],
    'bureau': [
        "Het bureau van het samenwerkingsverband is gehuisvest in een verzamelgebouw dat het deelt met andere "
        "maatschappelijke organisaties. Dat heeft voordelen: korte lijnen met partners, gedeelde "
        "vergaderruimtes en lagere huisvestingskosten. Medewerkers werken deels op locatie bij de scholen; "
        "het bureau is op werkdagen van 8.30 tot 17.00 uur telefonisch bereikbaar. Het secretariaat "
        "verzorgt de planning van overleggen, de verslaglegging en de archivering volgens de selectielijst.",
        "Het bureau werkt volgens een jaarplanning die in juni voor het nieuwe schooljaar wordt opgesteld. In "
        "die planning staan de vergaderingen van bestuur, raad van toezicht, directeurenoverleg en OPR, de "
        "netwerkbijeenkomsten en de vakanties. De planning wordt aan alle scholen toegestuurd.",
    ],
    'arbeidsmarkt': [
        "Het lerarentekort treft de scholen in de regio ongelijk. Vooral scholen in de stedelijke wijken en "
        "het speciaal onderwijs hebben moeite hun formatie rond te krijgen. Het samenwerkingsverband kan dat "
        "probleem niet oplossen, maar kan wel bijdragen: door kennis te delen, door gezamenlijke "
        "wervingscampagnes te ondersteunen en door onderwijsassistenten de kans te geven zich via een "
        "regionaal leerwerktraject verder te ontwikkelen. De besturen blijven verantwoordelijk voor hun "
        "eigen personeelsbeleid.",
    ],
    'buurverbanden': [
        "Met de samenwerkingsverbanden in de aangrenzende regio's bestaat een bestuurlijk overleg dat twee "
        "keer per jaar plaatsvindt. Onderwerpen zijn onder meer leerlingen die over de grens van het "
        "samenwerkingsverband naar school gaan, de afstemming van formulieren en het delen van "
        "scholingsaanbod. Het concept van dit plan is besproken met het samenwerkingsverband voor het andere "
        "onderwijstype waarvan het gebied overlapt met het onze; dat overleg heeft niet tot wijzigingen "
        "geleid.",
    ],
    'integriteit': [
        "Het samenwerkingsverband hanteert een integriteitscode en een klokkenluidersregeling voor "
        "medewerkers en bestuurders. Nevenfuncties van bestuurders en toezichthouders worden openbaar "
        "gemaakt in het jaarverslag. Bij de inkoop van diensten volgt het samenwerkingsverband het "
        "inkoopbeleid, dat voorschrijft dat bij opdrachten boven een bepaald bedrag ten minste drie offertes "
        "worden gevraagd.",
    ],
    'duurzaam': [
        "Ook als kleine organisatie willen wij bijdragen aan duurzaamheid. Medewerkers reizen zoveel "
        "mogelijk met het openbaar vervoer of de fiets, vergaderingen vinden waar het kan online plaats en "
        "drukwerk wordt beperkt. Dit ondersteuningsplan verschijnt daarom primair digitaal.",
    ],
    'dialoog': [
        "De directeur-bestuurder en de beleidsmedewerkers leggen ieder schooljaar bij alle scholen ten minste "
        "één werkbezoek af. Zo'n bezoek is geen controle, maar een gesprek over wat goed gaat en wat beter "
        "kan. De opbrengsten van de werkbezoeken worden anoniem gebundeld en besproken in het "
        "directeurenoverleg. Daarnaast organiseert het samenwerkingsverband jaarlijks een regiodag waarop "
        "scholen, partners en bestuurders elkaar ontmoeten rond een actueel thema, zoals kansengelijkheid of "
        "de samenwerking tussen onderwijs en jeugdhulp in de klas.",
        "Wij vinden het belangrijk dat ook de stem van leerlingen wordt gehoord. Daarom organiseren wij "
        "twee keer per jaar een gesprek met een groep leerlingen van verschillende scholen over hun "
        "ervaringen. Wat zij vertellen, nemen wij mee in onze beleidsvorming.",
    ],
    'kansen': [
        "Kansengelijkheid is een thema dat de hele regio raakt. Kinderen die opgroeien in armoede, in een "
        "onveilige thuissituatie of in een gezin waar geen Nederlands wordt gesproken, starten met een "
        "achterstand die het onderwijs niet altijd kan inlopen. Het samenwerkingsverband is niet de "
        "eerstverantwoordelijke voor het bestrijden van onderwijsachterstanden; dat zijn de besturen en de "
        "gemeenten. Wel zien wij dat de vragen elkaar raken: een leerling met een taalachterstand wordt soms "
        "ten onrechte gezien als leerling met een ondersteuningsbehoefte, en omgekeerd. Wij gaan daarom het "
        "gesprek aan met de besturen over hoe beide geldstromen beter op elkaar kunnen aansluiten, zonder de "
        "eigen verantwoordelijkheden uit het oog te verliezen.",
    ],
    'digitaal': [
        "De digitalisering van het onderwijs brengt kansen en risico's. Leerlingen met een "
        "ondersteuningsbehoefte profiteren vaak van hulpmiddelen zoals voorleessoftware, spraakherkenning en "
        "digitale planners. Tegelijk vraagt het gebruik daarvan om deskundigheid bij leraren en om afspraken "
        "over privacy. Het samenwerkingsverband deelt kennis over hulpmiddelen via de lerende netwerken, maar "
        "schaft zelf geen hulpmiddelen aan; dat is een verantwoordelijkheid van de scholen. Ook de "
        "informatiebeveiliging van het eigen bureau vraagt blijvend aandacht: medewerkers volgen jaarlijks een "
        "training bewustwording en het bureau laat periodiek een penetratietest uitvoeren op de systemen.",
    ],
    'innovatie': [
        "Het samenwerkingsverband stelt jaarlijks een beperkt innovatiebudget beschikbaar voor scholen die "
        "samen een nieuwe aanpak willen uitproberen. Voorbeelden uit de afgelopen jaren zijn een "
        "co-teachingproject, een pilot met beeldbellen voor langdurig zieke leerlingen en een project rond "
        "executieve functies. Scholen dienen een korte projectbeschrijving in; een commissie van "
        "schoolleiders adviseert de directeur-bestuurder. Projecten worden na afloop gepresenteerd op de "
        "regiodag, zodat andere scholen ervan kunnen leren.",
    ],
}


def filler(keys, ctx):
    blocks = []
    for k in keys:
        for t in FILLER[k]:
            blocks.append(('p', t.format(**ctx)))
    return blocks


# ----------------------------------------------------------------------------------------------
# Plan A: VO, De Lingebrug, docx + pdf
# ----------------------------------------------------------------------------------------------
def plan_a():
    ctx = dict(swv='Samenwerkingsverband VO De Lingebrug', regio='de Lingestreek', periode='2026-2030',
               bestuurder='drs. M. (Marloes) van Ommeren', gemeenten='Geldermalsen-West, Lingewaard-Zuid, '
               'Asperen en Heukelum', inwoners='168.000', besturen='9', scholen='14', leerlingen='11.240',
               opr_datum='17 maart 2026', oogo_datum='3 maart 2026', fte='31', vaststelling='24 maart 2026')
    b = [('title', ['Ondersteuningsplan 2026-2030', 'Samenwerkingsverband VO De Lingebrug (VO 26-04)',
                    'Samen sterk voor elke jongere', 'Vastgesteld 24 maart 2026'])]
    b.append(('toc', ['Managementsamenvatting', '1 Voorwoord', '2 Context en kengetallen', '3 Missie en visie',
                      '4 Basisondersteuning', '5 Het ondersteuningscontinuüm en het dekkend aanbod',
                      '6 Toelaatbaarheid vso, lwoo en praktijkonderwijs', '7 Terugplaatsing en overplaatsing',
                      '8 Geld en middelen', '9 Kwaliteit en resultaten', '10 Communicatie',
                      '11 Organisatie, personeel en medezeggenschap', '12 Planning',
                      'Bijlage A Afkortingen en begrippen']))
    b.append(('h1', 'Managementsamenvatting'))
    b.append(('p', "Dit plan beschrijft hoe De Lingebrug de komende vier jaar passend onderwijs vormgeeft voor de "
              "ruim 11.000 leerlingen in de Lingestreek. De belangrijkste keuzes op een rij:"))
    b.append(('bullets', [
        "Basisondersteuning: één referentiekader voor alle veertien vestigingen (hoofdstuk 4).",
        "Toelaatbaarheid: één loket voor vso, lwoo en praktijkonderwijs, met vaste termijnen (hoofdstuk 6).",
        "Terugplaatsing: vso is waar mogelijk tijdelijk; het stappenplan wordt in het eerste planjaar vernieuwd (hoofdstuk 7).",
        "Geld: een groter deel van de middelen gaat rechtstreeks naar de scholen (hoofdstuk 8).",
        "Kwaliteit en resultaten: een nieuw kwaliteitskader volgt in 2027 (hoofdstuk 9).",
        "Ouders: betere vindbaarheid van informatie en van onafhankelijke hulp (hoofdstuk 10).",
    ]))
    b.append(('pfn', "De samenvatting is bedoeld als leeswijzer voor bestuurders en raadsleden en heeft geen "
              "zelfstandige betekenis; bij verschillen is de tekst van de hoofdstukken leidend.",
              "Deze samenvatting is besproken met de OPR op 17 maart 2026."))
    b.append(('h1', '1 Voorwoord'))
    b += filler(['voorwoord', 'leeswijzer'], ctx)
    b.append(('h1', '2 Context en kengetallen'))
    b += filler(['context', 'terugblik'], ctx)
    b.append(('table', ['Schoolsoort', 'Leerlingen 1-10-2025', 'Aandeel'], [
        ['vmbo (incl. lwoo)', '4.310', '38,3%'], ['havo/vwo', '5.980', '53,2%'],
        ['praktijkonderwijs', '410', '3,6%'], ['vso (cluster 3 en 4)', '540', '4,8%']], False,
        'Tabel 1. Leerlingen naar schoolsoort'))
    b.append(('h1', '3 Missie en visie'))
    b += filler(['missie', 'visie'], ctx)
    # --- basisondersteuning: present
    b.append(('h1', '4 Basisondersteuning'))
    b.append(('p', "De aangesloten besturen hebben in het Referentiekader Lingebrug 2026 afgesproken welke "
              "ondersteuning iedere vestiging minimaal biedt. Dit is de ondergrens: geen enkele vestiging van "
              "een aangesloten school, ongeacht schoolsoort of profiel, biedt minder. Scholen mogen meer bieden "
              "en leggen dat vast in hun schoolondersteuningsprofiel. De afspraken hieronder gelden zonder dat "
              "ouders of de school daarvoor iets hoeven aan te vragen."))
    b.append(('kader', 'Kader 1. Wat elke vestiging van De Lingebrug ten minste biedt', [
        "Een mentor per klas met ten minste één lesuur per week mentortijd en een mentorgesprek met iedere "
        "leerling minimaal drie keer per jaar.",
        "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het interne "
        "ondersteuningsteam voorzit.",
        "Een intern ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met jeugdarts of "
        "schoolmaatschappelijk werk aan tafel.",
        "Uitvoering van het regionale dyslexie- en dyscalculieprotocol, inclusief compenserende "
        "faciliteiten bij toetsen (extra tijd, voorleessoftware).",
        "Een training faalangstreductie en een sociale-vaardigheidstraining, minimaal één keer per schooljaar aangeboden.",
        "Een rustige werkplek (time-out- of stilteruimte) en huiswerkbegeleiding op school ten minste drie middagen per week.",
        "Een ontwikkelingsperspectiefplan binnen zes weken nadat het ondersteuningsteam heeft vastgesteld dat "
        "een leerling meer nodig heeft dan de basis.",
    ]))
    b.append(('p', "Het samenwerkingsverband voert eens in de twee jaar bij iedere vestiging een auditgesprek "
              "over het referentiekader. Blijkt een onderdeel niet op orde, dan maakt de school binnen drie "
              "maanden een verbeterplan dat in het directeurenoverleg wordt besproken."))
    # --- dekkend aanbod: partial (continuum yes, lacunes deferred)
    b.append(('h1', '5 Het ondersteuningscontinuüm en het dekkend aanbod'))
    b.append(('p', "Ondersteuning in De Lingebrug is georganiseerd in vier niveaus die op elkaar aansluiten. "
              "Niveau 1 is de basisondersteuning uit hoofdstuk 4. Niveau 2 is extra ondersteuning binnen de "
              "eigen school: een schoolarrangement, bijvoorbeeld een plusklas voor leerlingen met "
              "gedragsvragen of een traject met de orthopedagoog, bekostigd uit het schoolbudget. Niveau 3 is "
              "bovenschoolse ondersteuning: het orthopedagogisch-didactisch centrum De Brug in Asperen biedt "
              "plaats aan 45 leerlingen voor maximaal 26 weken, met behoud van inschrijving op de eigen school, "
              "en de ambulante dienst begeleidt leerlingen op hun eigen school. Niveau 4 is het voortgezet "
              "speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring nodig is (hoofdstuk 6)."))
    b.append(('p', "De overgang tussen de niveaus verloopt via het intern ondersteuningsteam: pas als de "
              "mogelijkheden van een niveau aantoonbaar zijn benut, wordt het volgende niveau ingezet."))
    b.append(('pfn', "Of het aanbod in de regio voor alle leerlingen dekkend is, weten wij op dit moment "
              "onvoldoende. In 2027 voeren wij samen met de gemeenten een netwerkanalyse uit; de aanpak van "
              "eventuele witte vlekken volgt daarna.",
              "De opdracht voor de netwerkanalyse wordt in het jaarplan 2026-2027 opgenomen."))
    b.append(('h1', '6 Toelaatbaarheid vso, lwoo en praktijkonderwijs'))
    b.append(('p', "Alle aanvragen voor een toelaatbaarheidsverklaring (TLV) voor het vso, voor een aanwijzing "
              "lwoo en voor toelating tot het praktijkonderwijs lopen via het Loket Toewijzing van De Lingebrug."))
    b.append(('h2', '6.1 Zo verloopt een aanvraag'))
    b.append(('bullets', [
        "Stap 1. Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een nieuwe leerling, "
        "de school van aanmelding) dient de aanvraag digitaal in. Ouders ondertekenen het groeidocument mee.",
        "Stap 2. Het loket controleert binnen vijf werkdagen of het dossier compleet is: groeidocument, OPP met "
        "ten minste twee geëvalueerde cycli, en voor lwoo/pro de toetsgegevens.",
        "Stap 3. Twee deskundigen adviseren ieder afzonderlijk schriftelijk: een orthopedagoog of psycholoog en, "
        "afhankelijk van de leerling, een kinder- en jeugdpsychiater, maatschappelijk werker of arts. Een "
        "deskundige die bij de aanvraag betrokken was, adviseert niet.",
        "Stap 4. De Commissie Toewijzing besluit namens de directeur-bestuurder binnen zes weken na ontvangst van "
        "het complete dossier. De TLV vermeldt de geldigheidsduur (in de regel twee schooljaren, bij een "
        "duurzame ondersteuningsvraag maximaal vier) en de bekostigingscategorie laag, midden of hoog.",
        "Stap 5. Ouders en school ontvangen het besluit schriftelijk, met de adviezen van de deskundigen.",
    ]))
    b.append(('h2', '6.2 Criteria'))
    b.append(('p', "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (a) de "
              "ondersteuningsbehoefte overstijgt aantoonbaar wat niveau 1 tot en met 3 kan bieden; (b) er zijn "
              "ten minste twee cycli van een ontwikkelingsperspectiefplan uitgevoerd en geëvalueerd, tenzij "
              "sprake is van een acute crisis of een medische indicatie; (c) het vso kan de leerling een "
              "perspectief bieden dat het regulier onderwijs niet kan bieden. Voor lwoo en praktijkonderwijs "
              "hanteert De Lingebrug de landelijke criteria: voor praktijkonderwijs een IQ tussen 55 en 80 en "
              "een leerachterstand van drie jaar of meer op twee van de vier domeinen, waarvan één begrijpend "
              "lezen of inzichtelijk rekenen; voor lwoo een IQ tussen 75 en 90 met een leerachterstand van "
              "anderhalf tot drie jaar, of een IQ tussen 91 en 120 met sociaal-emotionele problematiek."))
    b.append(('pfn', "Tegen een besluit kunnen ouders binnen zes weken bezwaar maken. De Lingebrug is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de "
              "directeur-bestuurder adviseert over het bezwaar.",
              "Art. 17a, dertiende lid, WVO; sinds 2021 art. 2.52 WVO 2020."))
    # --- terugstroom: partial (beleid only)
    b.append(('h1', '7 Terugplaatsing en overplaatsing'))
    b.append(('p', "Ons uitgangspunt is dat een plaatsing in het vso geen eindstation hoeft te zijn. Wanneer een "
              "leerling zich zo heeft ontwikkeld dat een reguliere vo-school de benodigde ondersteuning kan "
              "bieden, streven wij naar terugkeer, bij voorkeur bij de start van een nieuw schooljaar en "
              "alleen als de leerling en de ouders daar zelf achter staan. Een ontvangende school mag een "
              "leerling die terugkeert niet weigeren op grond van het vso-verleden. De ontvangende school "
              "krijgt voor ieder teruggeplaatste leerling een nazorgarrangement van € 4.000 voor één "
              "schooljaar, waarmee zij begeleiding door een ambulant begeleider van de vso-school inkoopt."))
    b.append(('pfn', "Het stappenplan terugplaatsing 2019 is verouderd. Welke stappen worden gezet, wie het "
              "initiatief neemt en op welke momenten wordt geëvalueerd, leggen wij in het eerste planjaar "
              "opnieuw vast met de vso-scholen.",
              "Tot die tijd maken scholen per leerling afspraken."))
    # --- financien: present (Geld en middelen)
    b.append(('h1', '8 Geld en middelen'))
    b.append(('p', "De Lingebrug ontvangt de middelen voor lichte en zware ondersteuning en de middelen voor "
              "lwoo en praktijkonderwijs van het Rijk. De verdeling over de scholen gaat als volgt. Iedere "
              "school ontvangt een schoolbudget van € 135 per leerling op de teldatum 1 oktober van het "
              "voorgaande jaar, bedoeld voor niveau 2. De lwoo-middelen worden verdeeld naar rato van het "
              "aantal leerlingen met een aanwijzing lwoo op dezelfde teldatum; de middelen voor "
              "praktijkonderwijs gaan integraal naar de twee pro-scholen. Bovenschoolse arrangementen (niveau 3) "
              "worden niet over de scholen verdeeld, maar per leerling toegekend door het loket, op basis van "
              "een aanvraag met OPP. Het algemeen bestuur stelt het bedrag per leerling jaarlijks in november "
              "vast bij de begroting."))
    b.append(('p', "De ontvangende scholen verantwoorden de besteding van het schoolbudget in hun jaarverslag "
              "volgens een vast format. De reserve van het samenwerkingsverband bedraagt eind 2025 € 1,9 "
              "miljoen; de signaleringswaarde wordt in 2027 bereikt door extra inzet op het schoolbudget."))
    b.append(('table', ['Post (x € 1.000)', '2026', '2027', '2028', '2029'], [
        ['Baten rijksbijdrage lichte ondersteuning', '2.410', '2.385', '2.360', '2.330'],
        ['Baten rijksbijdrage zware ondersteuning', '5.870', '5.810', '5.760', '5.700'],
        ['Baten lwoo en pro', '6.920', '6.880', '6.830', '6.790'],
        ['Afdracht vso (DUO)', '-4.120', '-4.080', '-4.040', '-4.000'],
        ['Schoolbudgetten niveau 2', '1.520', '1.500', '1.480', '1.460'],
        ['Lwoo- en pro-budget scholen', '6.920', '6.880', '6.830', '6.790'],
        ['OPDC De Brug', '1.150', '1.150', '1.150', '1.150'],
        ['Ambulante dienst en arrangementen', '980', '990', '1.000', '1.010'],
        ['Nazorgarrangementen terugplaatsing', '40', '40', '40', '40'],
        ['Bureau en bestuur', '760', '770', '780', '790'],
        ['Resultaat', '-290', '-335', '-370', '-420'],
    ], True, 'Tabel 2. Meerjarenbegroting 2026-2029'))
    # --- resultaten: missing
    b.append(('h1', '9 Kwaliteit en resultaten'))
    b.append(('p', "Kwaliteit is bij De Lingebrug een gedeelde verantwoordelijkheid van de scholen en het "
              "samenwerkingsverband. Het vorige kwaliteitskader bleek in de praktijk te weinig houvast te geven. "
              "Daarom schrijven wij in schooljaar 2026-2027 met de schoolleiders een nieuw kwaliteitskader, "
              "waarin de beoogde opbrengsten en de wijze van meten worden uitgewerkt. Dat kader wordt na "
              "instemming van de OPR als addendum aan dit plan toegevoegd."))
    b.append(('p', "Tot die tijd zijn de jaarverslagen van het samenwerkingsverband te raadplegen via de "
              "website."))
    # --- ouders: present (Communicatie; steunpunt in text box)
    b.append(('h1', '10 Communicatie'))
    b.append(('p', "Goede communicatie is voorwaarde voor vertrouwen. Het bureau publiceert vier keer per jaar "
              "een nieuwsbrief voor scholen en partners. Daarnaast is er een besloten deel van de website voor "
              "ondersteuningscoördinatoren met formulieren en handreikingen."))
    b.append(('p', "Voor ouders geldt: iedere ouder van een brugklasser ontvangt in september de Wegwijzer "
              "Passend Onderwijs Lingestreek, een brochure van twaalf pagina's over de ondersteuning op de "
              "scholen, het OPDC en het vso. Op de website staat per vestiging een pagina met het "
              "schoolondersteuningsprofiel en de contactgegevens van de ondersteuningscoördinator. Twee keer per "
              "jaar organiseert De Lingebrug een informatieavond voor ouders, in het voorjaar voor ouders van "
              "groep 8-leerlingen en in het najaar over de overstap naar mbo. Scholen nemen de basisondersteuning "
              "op in hun schoolgids. Ouders zijn bovendien vertegenwoordigd in de OPR en hebben hoorrecht bij het "
              "opstellen van het OPP."))
    b.append(('textbox', 'Hulp nodig? Onafhankelijk advies voor ouders en jongeren', [
        "Komen u en de school er samen niet uit, of wilt u iemand die naast u staat? Het Ouder- en "
        "Jeugdsteunpunt Lingestreek is onafhankelijk van scholen en samenwerkingsverband. Het steunpunt heeft "
        "op dinsdag en donderdag een telefonisch spreekuur (0345-200 180) en kan een gesprek met school "
        "begeleiden.",
        "U kunt ook kosteloos een onderwijsconsulent inschakelen, die onafhankelijk meedenkt. Bij "
        "een geschil over toelating, verwijdering of het OPP kunt u terecht bij de Geschillencommissie passend "
        "onderwijs. Klachten over het samenwerkingsverband behandelt de Landelijke Klachtencommissie Onderwijs.",
    ]))
    b.append(('h1', '11 Organisatie, personeel en medezeggenschap'))
    b += filler(['governance', 'opr', 'gemeenten', 'personeel', 'professionalisering', 'ict'], ctx)
    b.append(('h1', '12 Planning'))
    b += filler(['planning', 'vervoer', 'nieuwkomers', 'buurverbanden', 'bureau', 'integriteit', 'duurzaam'], ctx)
    b.append(('h1', 'Bijlage A Afkortingen en begrippen'))
    b.append(('bullets', [
        "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Dekkend aanbod: een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft.",
        "OJSP: ouder- en jeugdsteunpunt.", "OPDC: orthopedagogisch-didactisch centrum.",
        "Resultaten: de beoogde en bereikte opbrengsten van het onderwijs aan leerlingen met een ondersteuningsbehoefte.",
        "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs.",
        "TLV: toelaatbaarheidsverklaring.", "Zorgplicht: de plicht van het schoolbestuur een passende plek te bieden.",
    ]))
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': False, 'terugstroom.beleid': True,
            'financien.verdeling': True, 'financien.besteding': True,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': False,
            'resultaten.doelen': False, 'resultaten.monitoring': False,
            'ouders.informatie': True, 'ouders.steunpunt': True}
    status = {'basisondersteuning': 'present', 'plaatsing': 'present', 'terugstroom': 'partial',
              'financien': 'present', 'dekkend-aanbod': 'partial', 'resultaten': 'missing', 'ouders': 'present'}
    adv = {'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
           'financien': ['reserves', 'verantwoording'], 'dekkend-aanbod': ['ketenpartners'],
           'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "H4: 'ondergrens' for every vestiging (Referentiekader) + Kader 1 list of concrete provisions (shaded one-cell table).",
        'plaatsing': "H6.1 numbered steps (bevoegd gezag, loket, 2 deskundigen, Commissie Toewijzing, 6 weeks) and H6.2 vso + lwoo/pro criteria; bezwaar in body paragraph with footnote.",
        'terugstroom': "H7 gives policy (aim, consent, no refusal, nazorgarrangement EUR 4.000) but the stappenplan (who initiates, evaluation moments) is deferred to the first plan year.",
        'financien': "H8 'Geld en middelen': EUR 135 per leerling, lwoo pro rata, arrangementen per leerling; landscape meerjarenbegroting table 2026-2029.",
        'dekkend-aanbod': "H5 four-level continuum incl. OPDC; whether the aanbod is dekkend/witte vlekken is deferred to a 2027 netwerkanalyse. Thuiszitters/zorgplicht only in filler agenda list and glossary.",
        'resultaten': "H9 'Kwaliteit en resultaten' only defers the kwaliteitskader (beoogde opbrengsten, meten) to 2026-2027 addendum and points to jaarverslagen on the website; summary bullet is a pointer.",
        'ouders': "Inside H10 'Communicatie': Wegwijzer brochure, website per vestiging, two info evenings; steunpunt (OJSP, onderwijsconsulent, geschillencommissie) only inside a real VML text box.",
    }
    return b, ctx, crit, status, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan B: PO, Maas en Waal, pdf only
# ----------------------------------------------------------------------------------------------
def plan_b():
    ctx = dict(swv='Stichting Passend Primair Onderwijs Maas en Waal', regio='het Land van Maas en Waal',
               periode='2025-2029', bestuurder='J.H. (Joost) Verbruggen MEd', gemeenten='Druten-Oost, '
               'Wijchen-Noord, West Maas en Waal en Beuningen-Zuid', inwoners='121.000', besturen='7',
               scholen='52', leerlingen='9.870', opr_datum='11 maart 2025', oogo_datum='25 februari 2025',
               fte='18', vaststelling='18 maart 2025')
    b = [('title', ['Ondersteuningsplan 2025-2029', 'Stichting Passend Primair Onderwijs Maas en Waal (PO 27-11)',
                    'Elk kind een plek die past', 'Definitieve versie, maart 2025'])]
    b.append(('toc', ['Samenvatting voor bestuur en toezicht', '1 Inleiding', '2 Ons werkgebied',
                      '3 Waar wij voor staan', '4 Basisondersteuning', '5 Van basis naar speciaal: ons aanbod',
                      '6 Toelaatbaarheid sbo en so', '7 Wat we willen bereiken', '8 Ouders',
                      '9 Geld en middelen', '10 Organisatie en medezeggenschap', '11 Jaarcyclus',
                      'Bijlage 1 Begrippenlijst']))
    b.append(('h1', 'Samenvatting voor bestuur en toezicht'))
    b.append(('kader', 'In één oogopslag', [
        "52 scholen, 7 besturen, 9.870 leerlingen, deelnamepercentage sbo 2,1% en so 1,4% (1-10-2024).",
        "Nieuw in deze planperiode: de Kwaliteitskaart Basisondersteuning, een thuiszittersoverleg per gemeente "
        "en een dashboard voor de resultaten.",
        "Terugplaatsing en ondersteuning voor ouders krijgen meer aandacht dan in het vorige plan.",
        "De meerjarenbegroting wordt na vaststelling toegevoegd.",
    ]))
    b.append(('h1', '1 Inleiding'))
    b += filler(['voorwoord', 'leeswijzer', 'terugblik'], ctx)
    b.append(('h1', '2 Ons werkgebied'))
    b += filler(['context', 'nieuwkomers'], ctx)
    b.append(('h1', '3 Waar wij voor staan'))
    b += filler(['missie', 'visie'], ctx)
    # --- basisondersteuning: partial (niveau yes, inhoud referred to website)
    b.append(('h1', '4 Basisondersteuning'))
    b.append(('p', "Het algemeen bestuur heeft op 9 december 2024 besloten dat alle 52 scholen van het "
              "samenwerkingsverband, ook de kleinste dorpsscholen, hetzelfde niveau van basisondersteuning "
              "bieden. Dat niveau noemen wij 'basis op orde'. Het is een harde ondergrens: een school die "
              "ondersteuning onder dit niveau biedt, voldoet niet aan de afspraken van het samenwerkingsverband."))
    b.append(('pfn', "Wat 'basis op orde' concreet inhoudt, per onderdeel en per school, is uitgewerkt in de "
              "Kwaliteitskaart Basisondersteuning, die op onze website staat en jaarlijks wordt bijgewerkt.",
              "www.passendmaasenwaal.nl/kwaliteitskaart (geraadpleegd februari 2025)."))
    b.append(('p', "Scholen beschrijven in hun schoolgids hoe zij de basisondersteuning vormgeven. Daarmee "
              "sluiten wij aan bij de wet versterking positie ouders en leerlingen."))
    # --- dekkend aanbod: present
    b.append(('h1', '5 Van basis naar speciaal: ons aanbod'))
    b.append(('p', "Ons aanbod is opgebouwd als een trap met vijf treden. Op de eerste trede staat de "
              "basisondersteuning van iedere school. Op de tweede trede zet de school met het "
              "schoolondersteuningsbudget extra ondersteuning in, zoals een kleine leesgroep of een "
              "gedragsspecialist. Op de derde trede vraagt de school een arrangement aan bij het "
              "samenwerkingsverband: ambulante begeleiding, een observatie of een tijdelijke plaatsing in de "
              "Schakelklas Wijchen (12 plaatsen, maximaal 20 weken). De vierde trede is het speciaal "
              "basisonderwijs op drie locaties; de vijfde het speciaal onderwijs cluster 3 en 4 op twee "
              "locaties. Daarnaast kent de regio een voltijds plusvoorziening voor hoogbegaafde leerlingen in Druten."))
    b.append(('p', "Het samenwerkingsverband houdt maandelijks per gemeente een thuiszittersoverleg met de "
              "leerplichtambtenaar, het wijkteam en de betrokken school. Elk kind dat langer dan vier weken "
              "niet of slechts gedeeltelijk naar school gaat, wordt daar besproken. Als er binnen acht weken geen "
              "passende plek is, neemt de directeur-bestuurder de regie: zij kan een school of voorziening "
              "vragen een leerling tijdelijk op te nemen en betaalt de kosten daarvan uit het "
              "ontwikkelbudget. Twee keer per jaar analyseren wij voor welke groepen leerlingen het aanbod "
              "tekortschiet; in 2024 leidde dat tot de start van de Schakelklas."))
    b += filler(['gemeenten'], ctx)
    # --- plaatsing: present (criteria in a landscape table); terugstroom: present, hidden in TLV chapter
    b.append(('h1', '6 Toelaatbaarheid sbo en so'))
    b.append(('p', "Een school die van mening is dat een leerling aangewezen is op het sbo of so, vraagt via het "
              "digitale aanmeldformulier een toelaatbaarheidsverklaring aan bij de Commissie van Toelaatbaarheid "
              "(CvT). De aanvraag wordt ingediend door de directeur van de school namens het bevoegd gezag, na "
              "een multidisciplinair overleg waarbij ouders aanwezig zijn. Het secretariaat bevestigt de "
              "ontvangst binnen drie werkdagen. Een orthopedagoog en een tweede deskundige, bijvoorbeeld een "
              "kinderarts of maatschappelijk werker, brengen elk een eigen schriftelijk advies uit. De CvT "
              "neemt binnen vier weken een besluit. Een TLV voor het sbo geldt voor twee jaar, een TLV voor het "
              "so voor de duur van één tot drie jaar en vermeldt de bekostigingscategorie."))
    b.append(('p', "De CvT toetst iedere aanvraag aan de criteria in tabel 3. Een aanvraag wordt toegewezen als "
              "aan alle criteria van de betreffende kolom is voldaan."))
    b.append(('table', ['Criterium', 'Speciaal basisonderwijs', 'Speciaal onderwijs cluster 3 en 4'], [
        ['Ondersteuningsbehoefte', 'Behoefte overstijgt trede 1 tot en met 3 op twee of meer gebieden',
         'Behoefte vraagt een integraal onderwijs-zorgaanbod dat trede 1 tot en met 4 niet kan bieden'],
        ['Voorgeschiedenis', 'Arrangement van ten minste 20 weken uitgevoerd en geëvalueerd',
         'Idem, tenzij ernstige medische of psychiatrische problematiek'],
        ['Leerrendement', 'Leerrendement op lezen of rekenen structureel onder 50%', 'Niet bepalend'],
        ['Veiligheid', 'Niet bepalend', 'Veiligheid van leerling of medeleerlingen is in het geding'],
        ['Perspectief', 'Uitstroom naar regulier of vso blijft mogelijk', 'Uitstroomprofiel vso in beeld'],
    ], True, 'Tabel 3. Criteria toelaatbaarheid'))
    b.append(('h2', '6.3 Afloop van de TLV'))
    b.append(('p', "Een TLV is een besluit voor bepaalde tijd. In het laatste jaar van iedere TLV nodigt de sbo- "
              "of so-school vóór 1 november de ouders en een medewerker van het samenwerkingsverband uit voor "
              "een evaluatiegesprek. Blijkt daaruit dat de leerling kan terugkeren naar het basisonderwijs, dan "
              "meldt de s(b)o-school dit vóór 1 februari bij de CvT en zoekt zij samen met de ouders een "
              "basisschool; de CvT besluit vóór 1 maart of de TLV wordt beëindigd of verlengd. De overstap "
              "vindt plaats na een warme overdracht, in de regel bij de start van het schooljaar."))
    b.append(('p', "Wij willen dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. "
              "Terugkeer is daarom de standaardvraag bij iedere afloop, en niet de uitzondering. Een basisschool "
              "die een kind terugneemt, krijgt een terugkeerarrangement van twaalf maanden: de ambulant "
              "begeleider van de s(b)o-school komt wekelijks langs en de school ontvangt € 2.500 voor extra "
              "handen in de klas. In het eerste jaar na terugkeer is er na drie en na negen maanden een "
              "evaluatiegesprek."))
    # --- resultaten: present, unusual wording
    b.append(('h1', '7 Wat we willen bereiken'))
    b.append(('p', "Wij spreken onszelf aan op vier ambities voor kinderen die meer nodig hebben dan de basis. "
              "Ambitie 1: eind 2027 zit geen enkel kind langer dan drie maanden thuis zonder passend aanbod. "
              "Ambitie 2: het deelnamepercentage sbo daalt van 2,1% naar hooguit 1,9% in 2029, zonder stijging "
              "van het so. Ambitie 3: ten minste 80% van de kinderen met een arrangement haalt de "
              "doelen uit het ontwikkelingsperspectief. Ambitie 4: ten minste tien kinderen per jaar keren terug "
              "van s(b)o naar het basisonderwijs."))
    b.append(('p', "Hoe houden wij dat bij? Het bureau verzamelt in februari en september de gegevens uit het "
              "dashboard Kijkglas (thuiszitters, deelname, OPP-doelen, terugkeer). Het algemeen bestuur "
              "bespreekt de uitkomsten in maart en oktober en stuurt bij waar een ambitie uit beeld raakt. De "
              "OPR ontvangt dezelfde rapportage, en in het jaarverslag staan per ambitie het streefcijfer en het "
              "behaalde cijfer naast elkaar."))
    # --- ouders: partial (informatie yes, steunpunt not)
    b.append(('h1', '8 Ouders'))
    b.append(('p', "Ouders kennen hun kind het best. Daarom is het ontwikkelingsperspectief een plan dat de "
              "school samen met ouders opstelt, en zijn ouders bij ieder multidisciplinair overleg welkom."))
    b.append(('p', "Iedere school deelt bij de inschrijving de Oudergids Passend Onderwijs Maas en Waal uit. "
              "Daarin staat welke ondersteuning op school mogelijk is, wat een arrangement is en hoe het sbo en "
              "so werken. De oudergids is ook te downloaden in het Nederlands, Engels, Pools en Arabisch. Het "
              "samenwerkingsverband organiseert ieder najaar in elke gemeente een ouderavond, en de "
              "schoolgidsen bevatten een vaste paragraaf over de ondersteuning op die school."))
    b.append(('pfn', "Samen met de buurverbanden verkennen wij hoe wij ouders in de toekomst onafhankelijk "
              "kunnen laten ondersteunen. Tot dat moment is meer informatie te vinden op onze website.",
              "Zie ook de begrippenlijst onder 'Ouder- en jeugdsteunpunt'."))
    # --- financien: partial (verdeling yes, besteding p.m.)
    b.append(('h1', '9 Geld en middelen'))
    b.append(('p', "De middelen voor passend onderwijs worden op drie manieren ingezet. Iedere school ontvangt "
              "een schoolondersteuningsbudget: een vaste voet van € 6.000 per school plus € 95 per leerling "
              "op de teldatum van 1 oktober. Arrangementen op trede 3 worden per kind toegekend door het "
              "bureau, op grond van een aanvraag waarin de school laat zien welke ondersteuning al is geboden; "
              "een arrangement bedraagt maximaal € 7.500 per schooljaar. De overdrachtsverplichtingen voor het "
              "sbo en so volgen uit de wet; de peildatum voor de groeiregeling is 1 februari."))
    b.append(('pfn', "De meerjarenbegroting 2025-2029 wordt na vaststelling door het algemeen bestuur in "
              "november 2025 aan dit plan toegevoegd. Onderstaande tabel geeft de opbouw weer.",
              "Bedragen volgen na de septembercirculaire."))
    b.append(('table', ['Post', '2025', '2026', '2027', '2028'], [
        ['Schoolondersteuningsbudgetten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
        ['Arrangementen trede 3', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
        ['Schakelklas en plusvoorziening', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
        ['Terugkeerarrangementen', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
        ['Bureau', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
    ], True, 'Tabel 4. Meerjarenbegroting (concept)'))
    b.append(('h1', '10 Organisatie en medezeggenschap'))
    b += filler(['governance', 'opr', 'personeel', 'professionalisering', 'ict'], ctx)
    b.append(('h1', '11 Jaarcyclus'))
    b += filler(['planning', 'vervoer', 'bureau', 'dialoog', 'innovatie', 'arbeidsmarkt', 'buurverbanden'], ctx)
    b.append(('h1', 'Bijlage 1 Begrippenlijst'))
    b.append(('bullets', [
        "Meerjarenbegroting: de begroting voor vier jaar waarin de besteding van de middelen per post staat.",
        "Onderwijsconsulent: onafhankelijke adviseur voor ouders bij een conflict met school.",
        "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen en klachten.",
        "Geschillencommissie passend onderwijs: landelijke commissie voor geschillen over toelating, verwijdering en OPP.",
        "TLV: toelaatbaarheidsverklaring.", "Voorzieningen basisondersteuning: zie Kwaliteitskaart.",
    ]))
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': False,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': True, 'terugstroom.beleid': True,
            'financien.verdeling': True, 'financien.besteding': False,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': True, 'resultaten.monitoring': True,
            'ouders.informatie': True, 'ouders.steunpunt': False}
    status = {'basisondersteuning': 'partial', 'plaatsing': 'present', 'terugstroom': 'present',
              'financien': 'partial', 'dekkend-aanbod': 'present', 'resultaten': 'present', 'ouders': 'partial'}
    adv = {'plaatsing': ['deskundigen', 'duur-categorie'], 'terugstroom': ['monitoring'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "H4 states the agreed minimum ('basis op orde', harde ondergrens, all 52 schools) but the content is only in the Kwaliteitskaart on the website (footnoted) and the schoolgidsen: inhoud not addressed.",
        'plaatsing': "H6: school director applies to CvT, 3 days, two deskundigen, decision in 4 weeks, duration; the criteria exist only in landscape Tabel 3.",
        'terugstroom': "Hidden in H6.3 'Afloop van de TLV' inside the TLV chapter: evaluation before 1 Nov, report before 1 Feb, CvT decides before 1 March; policy 'terugkeer is standaardvraag' + terugkeerarrangement 12 months/EUR 2.500.",
        'financien': "H9 'Geld en middelen' gives the verdeling (vaste voet EUR 6.000 + EUR 95/leerling, arrangements max EUR 7.500); the meerjarenbegroting is a footnoted deferral and a landscape table full of p.m.",
        'dekkend-aanbod': "H5 five-step 'trap' continuum plus thuiszittersoverleg, regie after 8 weeks and twice-yearly gap analysis.",
        'resultaten': "H7 'Wat we willen bereiken': four 'ambities' with numbers; 'Hoe houden wij dat bij?' dashboard Kijkglas, AB in March/October, jaarverslag.",
        'ouders': "H8 Oudergids, ouderavond, schoolgids = informatie; independent support only deferred ('verkennen wij') + website, OJSP/onderwijsconsulent/geschillencommissie only in the begrippenlijst.",
    }
    return b, ctx, crit, status, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan C: PO, Drechtzoom, docx only
# ----------------------------------------------------------------------------------------------
def plan_c():
    ctx = dict(swv='Samenwerkingsverband Passend Onderwijs Drechtzoom', regio='de Drechtzoom', periode='2026-2030',
               bestuurder='mr. E.A. (Esther) Kooijman', gemeenten='Alblasserwaard-Noord, Papendrecht-Oost en '
               'Sliedrecht-Zuid', inwoners='96.000', besturen='6', scholen='38', leerlingen='7.420',
               opr_datum='2 april 2026', oogo_datum='19 maart 2026', fte='14', vaststelling='9 april 2026')
    b = [('title', ['Ondersteuningsplan Drechtzoom 2026-2030', 'Samenwerkingsverband Passend Onderwijs Drechtzoom, PO 28-06',
                    'Concept ter instemming OPR'])]
    b.append(('toc', ['1 Voorwoord', '2 Terugblik en context', '3 Missie, visie en kernwaarden',
                      '4 Basisondersteuning: wat elke school biedt', '5 Extra ondersteuning en toelaatbaarheid',
                      '   5.1 Arrangementen', '   5.2 Toelaatbaarheid sbo en so', '   5.3 Thuiszitters en zorgplicht',
                      '   5.4 Terug- en doorplaatsing', '6 Doelen voor de planperiode', '7 Bekostiging en begroting',
                      '8 Ouders en communicatie', '9 Bestuur en medezeggenschap', '10 Personeel en organisatie',
                      'Bijlage Begrippen']))
    b.append(('h1', '1 Voorwoord'))
    b += filler(['voorwoord', 'leeswijzer'], ctx)
    b.append(('h1', '2 Terugblik en context'))
    b += filler(['terugblik', 'context', 'nieuwkomers', 'kansen'], ctx)
    b.append(('h1', '3 Missie, visie en kernwaarden'))
    b += filler(['missie', 'visie'], ctx)
    b.append(('p', "Onze kernwaarden zijn: nabij, deskundig, betrouwbaar en wendbaar. Nabij betekent dat "
              "ondersteuning zoveel mogelijk in de eigen klas en de eigen school plaatsvindt. Deskundig betekent "
              "dat wij investeren in kennis. Betrouwbaar betekent dat afspraken worden nagekomen. Wendbaar "
              "betekent dat wij ons aanbod aanpassen als de vraag verandert."))
    # --- basisondersteuning: present (niveau in prose, inhoud only in a table)
    b.append(('h1', '4 Basisondersteuning: wat elke school biedt'))
    b.append(('p', "De zes besturen hebben een gezamenlijk minimumniveau van basisondersteuning vastgesteld "
              "dat op alle 38 scholen geldt, inclusief de nevenvestigingen. Tabel 1 beschrijft dit niveau. "
              "Het samenwerkingsverband bezoekt elke school eens per twee jaar om samen na te gaan of de "
              "basisondersteuning op dit niveau wordt geboden."))
    b.append(('table', ['Onderdeel', 'Wat iedere school in de Drechtzoom biedt'], [
        ['Signalering', 'Twee keer per jaar een groepsbespreking per groep met de intern begeleider; '
         'screening op taal en dyslexie in groep 2 en 3.'],
        ['Interne structuur', 'Een intern begeleider met ten minste één dag per week per 200 leerlingen; '
         'een zorgteam dat zes keer per jaar overlegt.'],
        ['Lezen en rekenen', 'Een dyslexieprotocol en een dyscalculieprotocol, extra instructie in een '
         'kleine groep van ten minste drie keer twintig minuten per week.'],
        ['Gedrag', 'Een schoolbreed programma voor sociale veiligheid (PBS of vergelijkbaar) en een '
         'anti-pestcoördinator.'],
        ['Meer- en hoogbegaafdheid', 'Compacten en verrijken in de klas; een plusgroep van één dagdeel per week.'],
        ['Fysieke toegankelijkheid', 'Een rustige werkplek in of bij de klas; het gebouw is rolstoeltoegankelijk of '
         'de school heeft een afspraak met een toegankelijke partnerschool.'],
        ['Samenwerking', 'Een vaste contactpersoon van het jeugdteam en van de jeugdgezondheidszorg.'],
    ], False, 'Tabel 1. Minimumniveau basisondersteuning'))
    # --- dekkend aanbod: present; plaatsing partial (criteria deferred); terugstroom missing
    b.append(('h1', '5 Extra ondersteuning en toelaatbaarheid'))
    b.append(('h2', '5.1 Arrangementen'))
    b.append(('p', "Boven de basisondersteuning kent de Drechtzoom drie vormen van extra ondersteuning. Een "
              "school kan binnen het eigen schoolbudget een lichte interventie inzetten. Voor een "
              "arrangement op maat, zoals een taakspelgroep, een time-outvoorziening of een leerling-gebonden "
              "begeleider, vraagt de school een bovenschools arrangement aan. Voor kinderen die tijdelijk niet "
              "in een reguliere groep kunnen functioneren, is er de observatiegroep De Overloop (10 plaatsen). "
              "Daarna volgen het speciaal basisonderwijs (De Wissel, Papendrecht) en het speciaal onderwijs "
              "cluster 3 en 4 (twee scholen in de regio en één daarbuiten)."))
    b.append(('h2', '5.2 Toelaatbaarheid sbo en so'))
    b.append(('p', "De aanvraag voor een toelaatbaarheidsverklaring wordt door de school van herkomst ingediend "
              "bij het Loket Drechtzoom. Het loket wijst binnen twee weken een trajectbegeleider aan, die een "
              "gesprek voert met de school. Daarna brengen een orthopedagoog of psycholoog en een tweede "
              "deskundige, niet betrokken bij het traject, elk een eigen advies uit. De Toelaatbaarheidscommissie "
              "besluit binnen acht weken na de aanvraag. Een TLV voor het sbo geldt twee schooljaren, een TLV voor "
              "het so drie schooljaren in bekostigingscategorie laag, tenzij de commissie anders bepaalt."))
    b.append(('p', "De criteria waaraan de commissie een aanvraag toetst, worden in schooljaar 2026-2027 "
              "herijkt en daarna op de website gepubliceerd. Tot dat moment beoordeelt de commissie iedere "
              "aanvraag op de eigen merites, in het licht van wat de school al heeft gedaan."))
    b.append(('h2', '5.3 Thuiszitters en zorgplicht'))
    b.append(('p', "Het samenwerkingsverband houdt een register bij van alle kinderen die niet naar school gaan, "
              "gevuld met meldingen van scholen en leerplicht. Elk kind in het register krijgt binnen vijf "
              "werkdagen een casusregisseur van het samenwerkingsverband. De casusregisseur belegt een "
              "overleg met school, jeugdteam en leerplicht en zorgt dat er binnen zes weken een plan ligt. "
              "Kinderen voor wie in de regio geen passend aanbod bestaat, worden jaarlijks in een "
              "aanbodanalyse gebundeld; op basis daarvan besluit het bestuur over nieuwe voorzieningen. Bij "
              "aanmelding van een kind met een ondersteuningsvraag geldt de zorgplicht van het schoolbestuur; "
              "lukt het een bestuur niet binnen tien weken een plek te vinden, dan bemiddelt het "
              "samenwerkingsverband."))
    b += filler(['gemeenten'], ctx)
    b.append(('h2', '5.4 Terug- en doorplaatsing'))
    b.append(('p', "Deze paragraaf wordt aangevuld na de evaluatie van het terugplaatsingsprotocol door de "
              "directeuren van sbo en so (volgt)."))
    # --- resultaten: partial (doelen yes, monitoring deferred)
    b.append(('h1', '6 Doelen voor de planperiode'))
    b.append(('p', "Voor kinderen met een extra ondersteuningsbehoefte willen wij in deze planperiode het "
              "volgende bereiken. Aan het eind van schooljaar 2029-2030:"))
    b.append(('bullets', [
        "gaat geen kind langer dan twee maanden niet naar school zonder dat er een plan ligt;",
        "is het aantal kinderen in het sbo gedaald van 184 naar ten hoogste 160;",
        "heeft 90% van de kinderen met een bovenschools arrangement na een jaar een positieve "
        "evaluatie van de gestelde doelen;",
        "stromen kinderen van de observatiegroep binnen twintig weken door naar een passende plek.",
    ]))
    b.append(('p', "Op welke manier wij deze doelen gaan volgen en waar wij erover rapporteren, leggen wij vast "
              "in het kwaliteitshandboek dat het bureau in de loop van 2027 opstelt."))
    # --- financien: present
    b.append(('h1', '7 Bekostiging en begroting'))
    b.append(('p', "Iedere school ontvangt jaarlijks een schoolbudget van € 140 per leerling op de teldatum van "
              "1 oktober, uitgekeerd aan het bestuur in twee termijnen. Bovenschoolse arrangementen worden "
              "toegekend door het Loket Drechtzoom op grond van een aanvraag met handelingsplan; de toekenning "
              "bedraagt € 2.000, € 4.500 of € 8.000 per schooljaar, afhankelijk van de intensiteit. De "
              "groeibekostiging van het sbo wordt vastgesteld op de peildatum 1 februari en verrekend met de "
              "besturen naar rato van hun leerlingaantal."))
    b.append(('table', ['Bedragen x € 1.000', '2026', '2027', '2028', '2029'], [
        ['Rijksbijdrage ondersteuning', '6.540', '6.470', '6.410', '6.360'],
        ['Afdrachten sbo en so', '-3.210', '-3.180', '-3.150', '-3.120'],
        ['Schoolbudgetten', '1.040', '1.030', '1.020', '1.010'],
        ['Bovenschoolse arrangementen', '820', '830', '840', '850'],
        ['Observatiegroep De Overloop', '410', '410', '410', '410'],
        ['Thuiszittersaanpak en casusregie', '260', '260', '260', '260'],
        ['Bureau en bestuur', '690', '700', '710', '720'],
    ], False, 'Tabel 2. Meerjarenbegroting 2026-2029'))
    # --- ouders: missing
    b.append(('h1', '8 Ouders en communicatie'))
    b.append(('p', "Communicatie met scholen verloopt via de nieuwsbrief, die zes keer per jaar verschijnt, en "
              "via de netwerkbijeenkomsten voor intern begeleiders. Het samenwerkingsverband heeft in 2025 een "
              "nieuwe huisstijl ontwikkeld en de website vernieuwd. Een apart communicatieplan voor ouders staat "
              "voor 2027 op de agenda."))
    b.append(('h1', '9 Bestuur en medezeggenschap'))
    b += filler(['governance', 'opr', 'planning'], ctx)
    b.append(('h1', '10 Personeel en organisatie'))
    b += filler(['personeel', 'arbeidsmarkt', 'professionalisering', 'innovatie', 'ict', 'digitaal', 'vervoer', 'bureau', 'integriteit', 'dialoog', 'duurzaam', 'buurverbanden'], ctx)
    b.append(('h1', 'Bijlage Begrippen'))
    b.append(('bullets', [
        "Ouder- en jeugdsteunpunt: onafhankelijke plek voor ouders met vragen over passend onderwijs.",
        "Terugplaatsing: de overstap van sbo of so naar het basisonderwijs na afloop van de TLV.",
        "Schoolgids: de jaarlijkse gids waarin ouders lezen welke ondersteuning de school biedt.",
        "Criteria toelaatbaarheid: de voorwaarden waaronder een leerling een TLV krijgt.",
        "Kwaliteitszorg: het systematisch volgen van resultaten.",
    ]))
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': True, 'plaatsing.criteria': False,
            'terugstroom.procedure': False, 'terugstroom.beleid': False,
            'financien.verdeling': True, 'financien.besteding': True,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': True, 'resultaten.monitoring': False,
            'ouders.informatie': False, 'ouders.steunpunt': False}
    status = {'basisondersteuning': 'present', 'plaatsing': 'partial', 'terugstroom': 'missing',
              'financien': 'present', 'dekkend-aanbod': 'present', 'resultaten': 'partial', 'ouders': 'missing'}
    adv = {'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar']}
    notes = {
        'basisondersteuning': "H4: joint minimum level for all 38 schools in prose; the content only in Tabel 1 (non-landscape table).",
        'plaatsing': "H5.2: procedure (loket, trajectbegeleider, two deskundigen, commissie, 8 weeks) but the criteria are deferred ('herijkt in 2026-2027', 'op de eigen merites').",
        'terugstroom': "H5.4 'Terug- en doorplaatsing' is a placeholder ('wordt aangevuld ... (volgt)'); terugplaatsing otherwise only in TOC and begrippenlijst.",
        'financien': "H7 'Bekostiging en begroting': EUR 140/leerling, arrangement tiers, sbo-groei; meerjarenbegroting Tabel 2.",
        'dekkend-aanbod': "H5.1 arrangementen/observatiegroep/sbo/so continuum; H5.3 thuiszitters register, casusregisseur, aanbodanalyse, zorgplicht.",
        'resultaten': "H6 'Doelen voor de planperiode' lists measurable goals; how they are followed/reported is deferred to a kwaliteitshandboek in 2027.",
        'ouders': "H8 'Ouders en communicatie' is about school communication only; communicatieplan for parents deferred to 2027; OJSP/schoolgids only in the begrippenlijst. No parent role described anywhere.",
    }
    return b, ctx, crit, status, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan D: VO, Kempenland-Oost, docx only
# ----------------------------------------------------------------------------------------------
def plan_d():
    ctx = dict(swv='Samenwerkingsverband VO Kempenland-Oost', regio='Kempenland-Oost', periode='2026-2030',
               bestuurder='ir. P.C. (Pieter) Hendrikx', gemeenten='Bergeijk-Noord, Valkenswaard-West, Heeze '
               'en Leende-Dorp', inwoners='104.000', besturen='5', scholen='11', leerlingen='8.060',
               opr_datum='26 maart 2026', oogo_datum='12 maart 2026', fte='12', vaststelling='14 april 2026')
    b = [('title', ['Ondersteuningsplan 2026-2030', 'Samenwerkingsverband VO Kempenland-Oost (VO 30-02)',
                    'Koers op talent'])]
    b.append(('toc', ['Managementsamenvatting', '1 Inleiding', '2 De regio in cijfers', '3 Koers',
                      '4 Ondersteuning op school en dekkend aanbod', '5 Toewijzing: vso, lwoo en pro',
                      '6 Doorstroom en uitstroom', '7 Ambities en opbrengsten', '8 Ouders en leerlingen',
                      '9 Financieel kader', '10 Bestuur, organisatie en personeel', '11 Totstandkoming',
                      'Afkortingenlijst']))
    b.append(('h1', 'Managementsamenvatting'))
    b.append(('p', "Kempenland-Oost kiest in deze planperiode voor focus. Wij richten ons op drie "
              "speerpunten: een snellere en transparantere toewijzing, meer leerlingen die vanuit het vso de "
              "overstap maken naar het regulier onderwijs, en een financieel kader dat de scholen "
              "meer zekerheid geeft. De basisondersteuning en het dekkend aanbod lopen door zoals in de "
              "vorige planperiode. Ouders en leerlingen kunnen voor onafhankelijk advies terecht bij het "
              "steunpunt (hoofdstuk 8)."))
    b.append(('h1', '1 Inleiding'))
    b += filler(['voorwoord', 'leeswijzer'], ctx)
    b.append(('h1', '2 De regio in cijfers'))
    b += filler(['context', 'terugblik'], ctx)
    b.append(('p', "Het aandeel leerlingen in het vso lag op 1 oktober 2025 op 3,9 procent, tegen 3,6 procent "
              "landelijk. Het aandeel leerlingen met lwoo bedroeg 11,2 procent van de vmbo-leerlingen."))
    b.append(('h1', '3 Koers'))
    b += filler(['missie', 'visie'], ctx)
    b.append(('p', "Aansluiting op het vervolgonderwijs en de arbeidsmarkt is een belangrijk aandachtspunt. De "
              "scholen werken samen met het Summa-mbo en het Kempencollege-mbo in een doorlopende leerlijn "
              "techniek en zorg. Leerlingen van het praktijkonderwijs lopen vanaf het derde leerjaar stage bij "
              "bedrijven in de regio."))
    # --- basisondersteuning & dekkend aanbod: missing
    b.append(('h1', '4 Ondersteuning op school en dekkend aanbod'))
    b.append(('pfn', "De basisondersteuning van iedere school is beschreven in het schoolondersteuningsprofiel "
              "van die school. De profielen zijn te vinden op de websites van de scholen.",
              "Vanaf 1 augustus 2026 in de schoolgids, zie Wet versterking positie ouders en leerlingen."))
    b.append(('p', "Het samenwerkingsverband heeft de wettelijke taak om te zorgen voor een dekkend aanbod. "
              "Wij hebben in de vorige planperiode veel geïnvesteerd in het aanbod en zien geen aanleiding om "
              "daar in dit plan opnieuw uitgebreid bij stil te staan."))
    # --- plaatsing: partial (criteria in a text box, procedure referred to reglement)
    b.append(('h1', '5 Toewijzing: vso, lwoo en pro'))
    b.append(('pfn', "De aanvraagprocedure, de samenstelling van de adviescommissie en de termijnen staan in "
              "het Reglement Toewijzing Kempenland-Oost.",
              "Het reglement is te downloaden via www.swvkempenland-oost.nl/toewijzing."))
    b.append(('textbox', 'Wanneer is een leerling toelaatbaar?', [
        "Vso: een leerling is toelaatbaar als (1) zijn ondersteuningsbehoefte op ten minste twee van de domeinen "
        "leren, gedrag, sociaal-emotioneel en fysiek-medisch intensiever is dan een reguliere school met "
        "extra ondersteuning kan bieden, (2) dit blijkt uit een OPP dat ten minste zes maanden is uitgevoerd "
        "en geëvalueerd, en (3) het vso een passend uitstroomperspectief biedt.",
        "Praktijkonderwijs: IQ 55 tot en met 80 en een leerachterstand van ten minste drie jaar op twee van "
        "de vier domeinen (landelijke criteria).",
        "Lwoo: Kempenland-Oost hanteert eigen criteria: een leerachterstand van ten minste 1,5 jaar op "
        "begrijpend lezen of rekenen, óf een door de school onderbouwde sociaal-emotionele "
        "ondersteuningsbehoefte die de leerling belemmert in het leren; IQ-gegevens zijn niet vereist.",
    ]))
    # --- terugstroom: present
    b.append(('h1', '6 Doorstroom en uitstroom'))
    b.append(('p', "Wij willen dat iedere vso-leerling die dat kan, de overstap maakt naar een school voor "
              "regulier voortgezet onderwijs, zodat hij of zij een diploma op het hoogst haalbare niveau kan "
              "halen. Doel is dat jaarlijks ten minste 25 leerlingen de overstap maken. Voorwaarde is dat de "
              "ontvangende school de benodigde extra ondersteuning kan bieden; daarvoor krijgt de leerling "
              "gedurende zes maanden een overstapcoach van het samenwerkingsverband, en de ontvangende school "
              "kan een beroep doen op het Expertiseteam."))
    b.append(('p', "Elke vso-leerling heeft jaarlijks in mei een perspectiefgesprek met de mentor, de "
              "ouders en de leerling zelf, waarin expliciet de vraag wordt gesteld of een overstap mogelijk is. "
              "In het laatste jaar van de TLV vraagt de vso-school vóór 1 februari advies aan het "
              "Expertiseteam van het samenwerkingsverband. Het Expertiseteam adviseert binnen vier weken over "
              "verlenging of overstap. Bij een overstap kiest de leerling met de ouders een vo-school; de "
              "vso-school draagt het dossier over en er vindt een driegesprek plaats met de ontvangende school. "
              "De overstapcoach evalueert na zes weken en na zes maanden met de leerling en de school."))
    # --- resultaten: present
    b.append(('h1', '7 Ambities en opbrengsten'))
    b.append(('table', ['Ambitie', 'Nulmeting 2025', 'Streefwaarde 2030'], [
        ['Aandeel leerlingen in vso', '3,9%', '3,5%'],
        ['Overstap vso naar regulier vo per jaar', '11 leerlingen', '25 leerlingen'],
        ['Lwoo-leerlingen die doorstromen naar mbo niveau 2 of hoger', '78%', '85%'],
        ['Lwoo-leerlingen met diploma vmbo binnen 5 jaar', '84%', '90%'],
        ['Doorlooptijd toewijzing', '7,5 weken', '4 weken'],
    ], False, 'Tabel 2. Ambities voor leerlingen met extra ondersteuning'))
    b.append(('p', "De Monitor Passend Kempenland verzamelt ieder half jaar, op 1 oktober en 1 maart, de "
              "gegevens uit de leerlingadministraties en de toewijzingsregistratie. De beleidsmedewerker "
              "analyseert de gegevens en bespreekt die met de schoolleiders. De directeur-bestuurder "
              "rapporteert twee keer per jaar aan de raad van toezicht en de OPR; het jaarverslag bevat de "
              "bereikte waarden per ambitie. Eens in de twee jaar laat het samenwerkingsverband een "
              "externe partij de aanpak toetsen."))
    # --- ouders: partial (steunpunt yes, informatie deferred)
    b.append(('h1', '8 Ouders en leerlingen'))
    b.append(('p', "Wanneer ouders of leerlingen vastlopen met school of samenwerkingsverband, kunnen zij "
              "terecht bij het Ouder- en Jeugdsteunpunt Kempen. Het steunpunt is ondergebracht bij een "
              "onafhankelijke stichting, bereikbaar op werkdagen van 9 tot 17 uur en kosteloos. Het steunpunt "
              "kan meegaan naar gesprekken op school en verwijst zo nodig door naar de onderwijsconsulenten. "
              "Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de "
              "Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband gaan naar de "
              "Landelijke Klachtencommissie Onderwijs."))
    b.append(('p', "Hoe wij ouders beter bekend maken met de ondersteuningsmogelijkheden op de scholen, werken "
              "wij uit in een communicatieplan dat in schooljaar 2026-2027 wordt opgesteld."))
    # --- financien: partial (besteding yes, verdeling deferred)
    b.append(('h1', '9 Financieel kader'))
    b.append(('p', "Het verdeelmodel is in herziening. De nieuwe verdeelsleutel wordt na advies van de "
              "werkgroep financiën in het voorjaar van 2027 aan het bestuur voorgelegd; tot die tijd blijft de "
              "bestaande systematiek van kracht. Onderstaande meerjarenbegroting laat zien waaraan de "
              "middelen worden besteed."))
    b.append(('table', ['x € 1.000', '2026', '2027', '2028', '2029'], [
        ['Rijksbijdragen ondersteuning, lwoo en pro', '12.860', '12.740', '12.610', '12.500'],
        ['Afdracht vso', '-3.350', '-3.320', '-3.290', '-3.260'],
        ['Budgetten scholen lichte ondersteuning', '1.780', '1.760', '1.740', '1.720'],
        ['Lwoo en praktijkonderwijs naar scholen', '6.410', '6.350', '6.290', '6.230'],
        ['Expertiseteam', '540', '550', '560', '570'],
        ['Overstapcoaches', '180', '190', '200', '210'],
        ['Monitor en onderzoek', '60', '60', '60', '60'],
        ['Bureau en bestuur', '620', '630', '640', '650'],
        ['Resultaat', '-80', '-120', '-170', '-200'],
    ], True, 'Tabel 3. Meerjarenbegroting 2026-2029'))
    b.append(('p', "Het weerstandsvermogen ligt eind 2025 op 9 procent van de baten. Het bestuur hanteert een "
              "bovengrens van 10 procent; het negatieve resultaat in de begroting is een bewuste keuze om de "
              "reserve op dat niveau te houden."))
    b.append(('h1', '10 Bestuur, organisatie en personeel'))
    b += filler(['governance', 'bureau', 'personeel', 'arbeidsmarkt', 'professionalisering', 'innovatie', 'dialoog', 'ict', 'digitaal', 'integriteit', 'vervoer', 'nieuwkomers', 'kansen', 'duurzaam'], ctx)
    b.append(('h1', '11 Totstandkoming'))
    b += filler(['oogo_proc', 'buurverbanden', 'opr', 'planning'], ctx)
    b.append(('h1', 'Afkortingenlijst'))
    b.append(('bullets', [
        "BO – basisondersteuning", "OJSP – ouder- en jeugdsteunpunt", "OPDC – orthopedagogisch-didactisch centrum",
        "OPP – ontwikkelingsperspectiefplan", "SOP – schoolondersteuningsprofiel", "TLV – toelaatbaarheidsverklaring",
        "Dekkend aanbod – samenhangend geheel van voorzieningen, zonder witte vlekken",
    ]))
    crit = {'basisondersteuning.niveau': False, 'basisondersteuning.inhoud': False,
            'plaatsing.procedure': False, 'plaatsing.criteria': True,
            'terugstroom.procedure': True, 'terugstroom.beleid': True,
            'financien.verdeling': False, 'financien.besteding': True,
            'dekkend-aanbod.continuum': False, 'dekkend-aanbod.lacunes': False,
            'resultaten.doelen': True, 'resultaten.monitoring': True,
            'ouders.informatie': False, 'ouders.steunpunt': True}
    status = {'basisondersteuning': 'missing', 'plaatsing': 'partial', 'terugstroom': 'present',
              'financien': 'partial', 'dekkend-aanbod': 'missing', 'resultaten': 'present', 'ouders': 'partial'}
    adv = {'terugstroom': ['monitoring'], 'financien': ['reserves'], 'resultaten': ['meetbaar']}
    notes = {
        'basisondersteuning': "H4 only refers to the SOPs on the schools' websites (footnote about schoolgids); summary says it 'loopt door'. Nothing of level or content in the plan.",
        'plaatsing': "H5: criteria for vso, pro and own lwoo criteria only inside a real VML text box; procedure, commissie and termijnen referred to an external Reglement Toewijzing (footnote URL).",
        'terugstroom': "H6 'Doorstroom en uitstroom' (no 'terugplaatsing' wording): aim, conditions, overstapcoach 6 months; perspectiefgesprek in May, advice before 1 Feb in last TLV year, Expertiseteam 4 weeks, evaluations.",
        'financien': "H9: verdeelmodel 'in herziening', new key in spring 2027, 'bestaande systematiek' not described; landscape meerjarenbegroting with amounts = besteding; weerstandsvermogen.",
        'dekkend-aanbod': "H4 only restates the legal task and declines to describe the aanbod; OOGO only as a procedural date in H11; thuiszitters not discussed.",
        'resultaten': "H7 'Ambities en opbrengsten': table nulmeting/streefwaarde and half-yearly Monitor Passend Kempenland, reports to RvT/OPR, jaarverslag.",
        'ouders': "H8: OJSP Kempen, onderwijsconsulenten, geschillen/klachten = steunpunt; informing parents about the facilities deferred to a 2026-2027 communicatieplan.",
    }
    return b, ctx, crit, status, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan E: VO, IJsselvallei, HTML export
# ----------------------------------------------------------------------------------------------
def plan_e():
    ctx = dict(swv='Samenwerkingsverband Voortgezet Onderwijs IJsselvallei', regio='de IJsselvallei',
               periode='2026-2030', bestuurder='dr. A.F. (Annelies) Bosman', gemeenten='Olst-Noord, Wijhe, '
               'Deventer-Zuid en Voorst-Oost', inwoners='142.000', besturen='8', scholen='17', leerlingen='10.350',
               opr_datum='5 maart 2026', oogo_datum='19 februari 2026', fte='22', vaststelling='12 maart 2026')
    b = [('title', ['Ondersteuningsplan 2026-2030 – webversie',
                    'Samenwerkingsverband Voortgezet Onderwijs IJsselvallei (VO 23-05)',
                    'Deze pagina is een export van de online versie van het ondersteuningsplan. De PDF-versie '
                    'is opvraagbaar bij het secretariaat.'])]
    b.append(('toc', ['Welkom', 'Over ons samenwerkingsverband', 'Koers 2030', 'Basisondersteuning',
                      'Toewijzing vso, lwoo en pro', 'Terugplaatsing', 'Thuiszitters en passende plek',
                      'Resultaten volgen', 'Financiën', 'Communicatie met ouders en leerlingen',
                      'Organisatie', 'Totstandkoming en planning', 'Woordenlijst']))
    b.append(('h1', 'Welkom'))
    b += filler(['voorwoord', 'leeswijzer'], ctx)
    b.append(('h1', 'Over ons samenwerkingsverband'))
    b += filler(['context', 'terugblik'], ctx)
    b.append(('h1', 'Koers 2030'))
    b += filler(['missie', 'visie'], ctx)
    b.append(('p', "In 2030 willen wij een samenwerkingsverband zijn waar scholen vanzelfsprekend bij elkaar "
              "aankloppen, waar jongeren zelf meepraten over hun ondersteuning en waar de verbinding met "
              "jeugdhulp en arbeidsmarkt vanzelfsprekend is. Deze koers is uitgewerkt in vier "
              "programmalijnen die in het jaarplan worden geconcretiseerd."))
    # --- basisondersteuning: present
    b.append(('h1', 'Basisondersteuning'))
    b.append(('p', "Alle zeventien scholen voor voortgezet onderwijs in de IJsselvallei, van praktijkonderwijs "
              "tot gymnasium, bieden ten minste de basisondersteuning die de besturen in 2025 gezamenlijk "
              "hebben vastgesteld. Geen school gaat daaronder. Een ouder kan op iedere school het volgende "
              "verwachten:"))
    b.append(('table', ['Thema', 'Wat u op iedere school mag verwachten'], [
        ['Begeleiding', 'Een mentor die uw kind ten minste elke twee weken individueel spreekt; een '
         'zorgcoördinator als vast aanspreekpunt.'],
        ['Leren', 'Ondersteuning bij dyslexie en dyscalculie volgens protocol; remedial teaching lezen en '
         'rekenen in kleine groepjes; hulp bij plannen en organiseren (studievaardigheden) in leerjaar 1 en 2.'],
        ['Welbevinden', 'Een vertrouwenspersoon, een anti-pestprogramma en een faalangsttraining.'],
        ['Gezondheid', 'Spreekuur van de jeugdarts op school en een schoolmaatschappelijk werker.'],
        ['Overgang', 'Een warme overdracht vanuit de basisschool en een loopbaangesprek in elk leerjaar.'],
    ], False, 'Basisondersteuning op iedere school'))
    # --- plaatsing: missing
    b.append(('h1', 'Toewijzing vso, lwoo en pro'))
    b.append(('p', "Een toelaatbaarheidsverklaring voor het vso, een aanwijzing voor leerwegondersteunend "
              "onderwijs en een toelaatbaarheidsverklaring voor het praktijkonderwijs worden afgegeven door "
              "het samenwerkingsverband. Hoe dat in zijn werk gaat, is vastgelegd in het Toewijzingsreglement "
              "IJsselvallei 2026, dat als afzonderlijk document door het bestuur wordt vastgesteld en geen deel "
              "uitmaakt van dit plan."))
    b.append(('pfn', "Wij hebben bewust gekozen voor een afzonderlijk reglement, zodat wijzigingen in de "
              "toewijzing niet telkens een wijziging van het ondersteuningsplan vragen.",
              "Het reglement wordt gepubliceerd op de pagina Toewijzing."))
    # --- terugstroom: partial (procedure yes, beleid deferred)
    b.append(('h1', 'Terugplaatsing'))
    b.append(('p', "Voor iedere leerling in het vso doorloopt de vso-school in het laatste jaar van de TLV de "
              "volgende stappen. Stap 1: vóór 1 december evalueert de vso-school met de leerling en de ouders "
              "of voortzetting van het vso nodig is. Stap 2: is een overstap naar het regulier voortgezet "
              "onderwijs haalbaar, dan meldt de vso-school dit vóór 15 januari bij het bureau van het "
              "samenwerkingsverband. Stap 3: een consulent van het samenwerkingsverband zoekt samen met ouders "
              "en leerling een vo-school en organiseert een overdrachtsgesprek. Stap 4: de overstap vindt plaats "
              "per 1 augustus; de TLV loopt dan af. Stap 5: tien weken na de overstap evalueren de consulent, "
              "de leerling en de nieuwe school de overstap. Is voortzetting van het vso nodig, dan vraagt de "
              "vso-school een nieuwe TLV aan."))
    b.append(('p', "Ons beleid ten aanzien van terugplaatsing – welke doelen wij nastreven, onder welke "
              "voorwaarden en met welke begeleiding na de overstap – stellen wij in schooljaar 2026-2027 "
              "opnieuw vast, na een evaluatie met de vso-scholen."))
    # --- dekkend aanbod: partial (lacunes yes, continuum missing)
    b.append(('h1', 'Thuiszitters en passende plek'))
    b.append(('p', "Iedere jongere die langer dan twee weken ongeoorloofd of met vrijstelling niet naar school "
              "gaat, of voor wie binnen de zorgplicht-termijn van tien weken geen school is gevonden, wordt "
              "gemeld bij het Kernteam Thuiszitters. Daarin zitten een consulent van het samenwerkingsverband, "
              "een leerplichtambtenaar en een medewerker jeugdhulp. Het kernteam stelt binnen tien werkdagen "
              "een terugkeerplan op met een vaste regisseur. Lukt het niet binnen zes weken, dan schaalt het "
              "kernteam op naar de directeur-bestuurder, die een school kan verzoeken de jongere tijdelijk "
              "op te nemen. Jaarlijks brengt het kernteam in kaart voor welke jongeren geen passend aanbod "
              "beschikbaar was; het bestuur bespreekt die analyse met de gemeenten in het OOGO en besluit "
              "welke ontbrekende voorzieningen worden ontwikkeld."))
    b += filler(['gemeenten'], ctx)
    # --- resultaten: partial (monitoring yes, doelen deferred)
    b.append(('h1', 'Resultaten volgen'))
    b.append(('p', "Het samenwerkingsverband verzamelt elk kwartaal de gegevens over het aantal thuiszitters, "
              "de afgegeven TLV's en aanwijzingen, de overstappen uit het vso en de doorlooptijd van aanvragen. "
              "Deze gegevens staan in een dashboard dat voor alle schoolleiders toegankelijk is. Twee keer per "
              "jaar bespreekt het directeurenoverleg de uitkomsten; de directeur-bestuurder rapporteert de "
              "bereikte resultaten jaarlijks in het jaarverslag en aan de OPR. Eens per vier jaar voeren wij "
              "een tevredenheidsonderzoek uit onder scholen, ouders en leerlingen."))
    b.append(('p', "De beoogde resultaten voor deze planperiode formuleren wij in de eerste helft van 2027, in "
              "overleg met de OPR en de schoolleiders."))
    # --- financien: missing
    b.append(('h1', 'Financiën'))
    b.append(('p', "Een gezonde financiële huishouding is een voorwaarde om de ambities uit dit plan waar te "
              "maken. De begroting en het verdeelmodel worden jaarlijks in een afzonderlijk document "
              "vastgesteld door het bestuur, na advies van de raad van toezicht; zie de jaarbegroting op onze "
              "website. De controller rapporteert drie keer per jaar over de uitputting."))
    # --- ouders: present (Communicatie)
    b.append(('h1', 'Communicatie met ouders en leerlingen'))
    b.append(('p', "Elke school publiceert in de schoolgids welke ondersteuning zij biedt, inclusief de "
              "basisondersteuning uit dit plan. Het samenwerkingsverband heeft een oudersite met uitleg over "
              "de ondersteuning op de scholen, de toewijzing en het vso, met korte filmpjes in eenvoudige taal. "
              "Ouders van leerlingen in groep 8 ontvangen via de basisscholen de folder 'Naar het vo in de "
              "IJsselvallei'. Op de open dagen van de scholen staat een medewerker van het samenwerkingsverband "
              "klaar voor vragen."))
    b.append(('kader', 'Niet eens met de school?', [
        "Het Ouder- en Jeugdsteunpunt IJsselvallei helpt ouders en jongeren onafhankelijk bij vragen en "
        "meningsverschillen. Het steunpunt is telefonisch en via de chat bereikbaar en kan een gesprek met de "
        "school begeleiden. Ook kunt u kosteloos een onderwijsconsulent inschakelen. Bij een geschil over "
        "toelating, verwijdering of OPP kunt u naar de Geschillencommissie passend onderwijs.",
    ]))
    b.append(('h1', 'Organisatie'))
    b += filler(['governance', 'bureau', 'personeel', 'arbeidsmarkt', 'professionalisering', 'innovatie', 'dialoog', 'ict', 'digitaal', 'integriteit', 'kansen', 'duurzaam'], ctx)
    b.append(('h1', 'Totstandkoming en planning'))
    b += filler(['opr', 'oogo_proc', 'buurverbanden', 'planning', 'vervoer', 'nieuwkomers'], ctx)
    b.append(('h1', 'Woordenlijst'))
    b.append(('bullets', [
        "Arrangement: een afgesproken pakket extra ondersteuning voor één leerling of een groep.",
        "Lwoo: leerwegondersteunend onderwijs.", "Pro: praktijkonderwijs.",
        "TLV: toelaatbaarheidsverklaring; criteria en procedure staan in het Toewijzingsreglement.",
        "Verdeelmodel: de regels volgens welke de middelen over de scholen worden verdeeld.",
        "Continuüm van ondersteuning: het samenhangende geheel van basis, extra en speciale ondersteuning.",
    ]))
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True,
            'plaatsing.procedure': False, 'plaatsing.criteria': False,
            'terugstroom.procedure': True, 'terugstroom.beleid': False,
            'financien.verdeling': False, 'financien.besteding': False,
            'dekkend-aanbod.continuum': False, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': False, 'resultaten.monitoring': True,
            'ouders.informatie': True, 'ouders.steunpunt': True}
    status = {'basisondersteuning': 'present', 'plaatsing': 'missing', 'terugstroom': 'partial',
              'financien': 'missing', 'dekkend-aanbod': 'partial', 'resultaten': 'partial', 'ouders': 'present'}
    adv = {'terugstroom': ['monitoring'], 'dekkend-aanbod': ['ketenpartners']}
    notes = {
        'basisondersteuning': "'Basisondersteuning' page: all 17 schools, 'geen school gaat daaronder' + HTML table of what a parent can expect.",
        'plaatsing': "'Toewijzing' page only says the SWV issues TLV/lwoo/pro and refers to a separate Toewijzingsreglement that is not part of the plan; TLV only in woordenlijst.",
        'terugstroom': "'Terugplaatsing' page has numbered steps (1 Dec, 15 Jan, consulent, 1 Aug, evaluation after 10 weeks); the beleid (aims, conditions, support after return) is deferred to 2026-2027.",
        'financien': "'Financiën' page refers to a separate jaarbegroting on the website; verdeelmodel only in woordenlijst. No amounts, no distribution rule.",
        'dekkend-aanbod': "'Thuiszitters en passende plek': Kernteam Thuiszitters, escalation, yearly gap analysis = lacunes; no description of the support continuum (only woordenlijst).",
        'resultaten': "'Resultaten volgen': quarterly dashboard, directeurenoverleg, jaarverslag = monitoring; beoogde resultaten deferred to first half of 2027.",
        'ouders': "'Communicatie met ouders en leerlingen': schoolgids, oudersite, folder, open dagen; kader with OJSP, onderwijsconsulent, geschillencommissie.",
    }
    return b, ctx, crit, status, adv, notes


# ----------------------------------------------------------------------------------------------
# Near miss F: a school's schoolondersteuningsprofiel (PO), rendered to PDF
# ----------------------------------------------------------------------------------------------
def near_miss_f():
    b = [('title', ['Schoolondersteuningsprofiel 2025-2026', 'Openbare basisschool De Regenboog, Wijchen',
                    'Aangesloten bij Stichting Passend Primair Onderwijs Maas en Waal (PO 27-11)'])]
    b.append(('toc', ['1 Inleiding', '2 Onze school', '3 Basisondersteuning op De Regenboog',
                      '4 Extra ondersteuning en arrangementen', '5 Ondersteuningsstructuur',
                      '6 Verwijzing naar sbo of so', '7 Ouders', '8 Ambities van de school']))
    b.append(('h1', '1 Inleiding'))
    b.append(('p', "Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning OBS De Regenboog "
              "biedt aan leerlingen. Het profiel is opgesteld door het team en de intern begeleider en "
              "besproken met de medezeggenschapsraad, die er op 14 oktober 2025 advies over heeft gegeven. "
              "Het profiel maakt deel uit van het geheel van profielen waarop het ondersteuningsplan van het "
              "samenwerkingsverband is gebaseerd. Het profiel wordt jaarlijks geactualiseerd en vanaf volgend "
              "schooljaar opgenomen in de schoolgids."))
    b.append(('h1', '2 Onze school'))
    b.append(('p', "De Regenboog is een openbare basisschool in de wijk Homberg met 286 leerlingen in twaalf "
              "groepen. Het team bestaat uit 24 medewerkers. Ongeveer een kwart van de leerlingen heeft een "
              "meertalige achtergrond. Onze school werkt met het Daltononderwijs: zelfstandigheid, samenwerken en "
              "verantwoordelijkheid staan centraal. De eindtoetsresultaten lagen de afgelopen drie jaar boven de "
              "signaleringswaarde; in 2025 behaalde 68 procent van de leerlingen het streefniveau 2F/1S voor lezen."))
    b.append(('h1', '3 Basisondersteuning op De Regenboog'))
    b.append(('p', "Alle scholen in het samenwerkingsverband bieden de basisondersteuning 'basis op orde'. Op "
              "De Regenboog betekent dat concreet: twee keer per jaar groepsbesprekingen, een dyslexie- en "
              "dyscalculieprotocol, een leesgroep voor groep 3 en 4, het programma Kanjertraining in alle "
              "groepen, een plusgroep één ochtend per week en een rustige werkplek op iedere gang. De intern "
              "begeleider is vier dagen per week aanwezig."))
    b.append(('h1', '4 Extra ondersteuning en arrangementen'))
    b.append(('p', "Met het schoolondersteuningsbudget dat de school van het samenwerkingsverband ontvangt, "
              "bekostigen wij een onderwijsassistent voor 0,6 fte en een gedragsspecialist voor één dag per "
              "week. Als een leerling meer nodig heeft, vraagt de school een arrangement aan bij het "
              "samenwerkingsverband. In schooljaar 2024-2025 had de school vier arrangementen, waarvan twee "
              "voor gedrag en twee voor taalontwikkeling."))
    b.append(('p', "Onze grenzen: wij kunnen geen onderwijs bieden aan leerlingen die structureel één-op-één "
              "begeleiding nodig hebben gedurende de hele dag, of aan leerlingen die rolstoelgebonden zijn, "
              "omdat het gebouw geen lift heeft."))
    b.append(('h1', '5 Ondersteuningsstructuur'))
    b.append(('bullets', [
        "Niveau 1: goede basisondersteuning in de groep door de leerkracht.",
        "Niveau 2: extra ondersteuning in of buiten de groep door leerkracht of onderwijsassistent.",
        "Niveau 3: specifieke ondersteuning na overleg met de intern begeleider, met een groeidocument.",
        "Niveau 4: ondersteuning met inzet van externen, besproken in het ondersteuningsteam met ouders.",
        "Niveau 5: verwijzing naar sbo of so, of een arrangement van het samenwerkingsverband.",
    ]))
    b.append(('p', "Het ondersteuningsteam komt zes keer per jaar bijeen: intern begeleider, directeur, de "
              "consulent van het samenwerkingsverband, de jeugdverpleegkundige en de contactpersoon van het "
              "wijkteam. Ouders worden altijd uitgenodigd als hun kind besproken wordt."))
    b.append(('h1', '6 Verwijzing naar sbo of so'))
    b.append(('p', "Als de school met alle extra ondersteuning onvoldoende tegemoet kan komen aan de "
              "onderwijsbehoefte van een leerling, bespreken wij met ouders de mogelijkheid van het speciaal "
              "basisonderwijs of speciaal onderwijs. De school vraagt dan een toelaatbaarheidsverklaring aan "
              "bij de Commissie van Toelaatbaarheid van het samenwerkingsverband. De procedure en criteria "
              "daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. Na afloop van een TLV "
              "kan een leerling terugkeren naar onze school; wij hebben in de afgelopen vijf jaar drie "
              "leerlingen teruggeplaatst."))
    b.append(('h1', '7 Ouders'))
    b.append(('p', "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de "
              "ouderportal. Bij zorgen over hun kind kunnen ouders altijd een afspraak maken met de leerkracht "
              "of de intern begeleider. Heeft u een klacht, dan kunt u terecht bij de interne "
              "contactpersoon of de externe vertrouwenspersoon van het bestuur; ook kunt u contact opnemen met "
              "het ouder- en jeugdsteunpunt van het samenwerkingsverband of de onderwijsconsulenten."))
    b.append(('h1', '8 Ambities van de school'))
    b.append(('p', "In de komende twee jaar wil het team zich verder bekwamen in het werken met "
              "hoogbegaafde leerlingen en in het omgaan met gedragsproblematiek. Daarnaast willen wij het "
              "aantal arrangementen voor taal terugdringen door de leesgroep uit te breiden naar groep 5. Het "
              "team volgt hiervoor in 2026 een teamscholing. De resultaten van deze ambities evalueren wij in "
              "het jaarverslag van de school."))
    return b


PLANS = [
    # name, builder, sector, formats
    ('vo-lingebrug-op-2026-2030', plan_a, 'vo', ['docx', 'pdf']),
    ('po-maaswaal-op-2025-2029', plan_b, 'po', ['pdf']),
    ('po-drechtzoom-op-2026-2030', plan_c, 'po', ['docx']),
    ('vo-kempenland-oost-op-2026-2030', plan_d, 'vo', ['docx']),
    ('vo-ijsselvallei-op-2026-2030', plan_e, 'vo', ['html']),
]


def word_count(blocks):
    n = 0
    for b in blocks:
        for x in b[1:]:
            if isinstance(x, str):
                n += len(x.split())
            elif isinstance(x, list):
                for y in x:
                    n += len(y.split()) if isinstance(y, str) else sum(len(z.split()) for z in y)
    return n


def main():
    with tempfile.TemporaryDirectory(prefix='holdout214_build_') as tmp:
        tmp = Path(tmp)
        for name, builder, sector, formats in PLANS:
            blocks, ctx, crit, status, adv, notes = builder()
            header = f"{ctx['swv']} | Ondersteuningsplan {ctx['periode']} | basisondersteuning · toelaatbaarheid · " \
                     "terugplaatsing · financiën · resultaten · ouders"
            footer = f"Ondersteuningsplan {ctx['periode']} – versie ter vaststelling"
            docs = []
            if 'html' in formats:
                build_html(blocks, OUT / f'{name}.html', f'Ondersteuningsplan {ctx["periode"]}', header, footer)
                docs.append(f'{name}.html')
            if 'docx' in formats or 'pdf' in formats:
                dpath = (OUT if 'docx' in formats else tmp) / f'{name}.docx'
                build_docx(blocks, dpath, header, footer)
                if 'docx' in formats:
                    docs.append(f'{name}.docx')
                if 'pdf' in formats:
                    docx_to_pdf(dpath, OUT / f'{name}.pdf')
                    docs.append(f'{name}.pdf')
            write_label(name, docs, sector, status, crit, adv, notes)
            print(name, word_count(blocks), 'words', docs)
        # near miss
        name = 'po-regenboog-schoolondersteuningsprofiel-2025'
        blocks = near_miss_f()
        dpath = tmp / f'{name}.docx'
        build_docx(blocks, dpath, 'OBS De Regenboog | Schoolondersteuningsprofiel 2025-2026',
                   'Schoolondersteuningsprofiel – vastgesteld door de directie na advies MR')
        docx_to_pdf(dpath, OUT / f'{name}.pdf')
        data = {'documents': [f'{name}.pdf'], 'sector': 'po', 'looks_like_plan': False, 'elements': {},
                'criteria': {}, 'notes': {'document': "A single school's schoolondersteuningsprofiel (SOP) of OBS "
                "De Regenboog: describes its own basisondersteuning, arrangementen, TLV referral and parents, "
                "and mentions the samenwerkingsverband, but it is not the ondersteuningsplan of the "
                "samenwerkingsverband (no planperiode of the SWV, no OOGO/OPR vaststelling, no verdeling)."}}
        (OUT / f'{name}.expected.yaml').write_text(dump_label(data), encoding='utf-8')
        print(name, word_count(blocks), 'words')


if __name__ == '__main__':
    main()
