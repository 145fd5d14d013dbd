#!/usr/bin/env python3
"""Generate the holdout147 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document
(a school's schoolondersteuningsprofiel), in .docx, .pdf, .html and .md.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
Label files (<name>.expected.yaml) are written by hand in this script.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 4, 20, 9, 0, 0)


# ---------------------------------------------------------------------------
# document model: list of blocks
#   ('title', text) ('meta', text) ('toc', [(level, text)]) ('h1', t) ('h2', t)
#   ('p', t) ('ul', [items]) ('ol', [items]) ('table', [header, row, ...])
# ---------------------------------------------------------------------------

def words_of(blocks):
    n = 0
    for b in blocks:
        kind, val = b[0], b[1]
        if val is None:
            continue
        if kind in ('ul', 'ol'):
            n += sum(len(x.split()) for x in val)
        elif kind == 'table':
            n += sum(len(str(cell).split()) for row in val for cell in row)
        elif kind == 'toc':
            n += sum(len(t.split()) for _, t in val)
        else:
            n += len(val.split())
    return n


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_printed = FIXED_DATE
    doc.core_properties.author = 'Bureau samenwerkingsverband'
    doc.core_properties.title = header_text
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == 'title':
            doc.add_heading(val, level=0)
        elif kind == 'meta':
            doc.add_paragraph(val)
        elif kind == 'pagebreak':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'toc':
            doc.add_paragraph().add_run('Inhoudsopgave').bold = True
            for lvl, t in val:
                doc.add_paragraph(('    ' * (lvl - 1)) + t)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'h1':
            doc.add_heading(val, level=1)
        elif kind == 'h2':
            doc.add_heading(val, level=2)
        elif kind == 'p':
            for part in val.split('\n'):
                doc.add_paragraph(part)
        elif kind == 'ul':
            for it in val:
                doc.add_paragraph(it, style='List Bullet')
        elif kind == 'ol':
            for it in val:
                doc.add_paragraph(it, style='List Number')
        elif kind == 'table':
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph('')
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so that output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, site_name, nav_items, footer_lines):
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">']
    title = next(v for k, v, *_ in blocks if k == 'title')
    out.append(f'<title>{e(title)} | {e(site_name)}</title>')
    out.append('<link rel="stylesheet" href="/assets/css/site.css">')
    out.append('</head>')
    out.append('<body>')
    out.append(f'<header class="site-header"><a class="logo" href="/">{e(site_name)}</a>')
    out.append('<nav class="main-menu"><ul>')
    for item in nav_items:
        out.append(f'<li><a href="#">{e(item)}</a></li>')
    out.append('</ul></nav></header>')
    out.append('<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="#">Over ons</a> &rsaquo; Ondersteuningsplan</div>')
    out.append('<main id="content">')
    hcount = 0
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == 'title':
            out.append(f'<h1 class="page-title">{e(val)}</h1>')
        elif kind == 'meta':
            out.append(f'<p class="meta">{e(val)}</p>')
        elif kind == 'pagebreak':
            continue
        elif kind == 'toc':
            out.append('<aside class="toc"><h2>Inhoud</h2><ul>')
            for lvl, t in val:
                out.append(f'<li class="toc-l{lvl}"><a href="#">{e(t)}</a></li>')
            out.append('</ul></aside>')
        elif kind in ('h1', 'h2'):
            hcount += 1
            tag = 'h2' if kind == 'h1' else 'h3'
            out.append(f'<{tag} id="s{hcount}">{e(val)}</{tag}>')
        elif kind == 'p':
            out.append('<p>' + '<br>'.join(e(x) for x in val.split('\n')) + '</p>')
        elif kind in ('ul', 'ol'):
            out.append(f'<{kind}>' + ''.join(f'<li>{e(x)}</li>' for x in val) + f'</{kind}>')
        elif kind == 'table':
            out.append('<table class="data">')
            out.append('<thead><tr>' + ''.join(f'<th>{e(str(c))}</th>' for c in val[0]) + '</tr></thead><tbody>')
            for row in val[1:]:
                out.append('<tr>' + ''.join(f'<td>{e(str(c))}</td>' for c in row) + '</tr>')
            out.append('</tbody></table>')
    out.append('</main>')
    out.append('<footer class="site-footer">' + ''.join(f'<p>{e(x)}</p>' for x in footer_lines) + '</footer>')
    out.append('</body></html>')
    path.write_text('\n'.join(out) + '\n', encoding='utf-8')


def render_md(blocks, path, front_matter):
    out = ['---']
    for k, v in front_matter:
        out.append(f'{k}: "{v}"')
    out.append('---', )
    out.append('')
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == 'title':
            out.append(f'# {val}\n')
        elif kind == 'meta':
            out.append(f'*{val}*\n')
        elif kind == 'pagebreak':
            continue
        elif kind == 'toc':
            out.append('**Inhoud**\n')
            for lvl, t in val:
                out.append(('  ' * (lvl - 1)) + f'- {t}')
            out.append('')
        elif kind == 'h1':
            out.append(f'## {val}\n')
        elif kind == 'h2':
            out.append(f'### {val}\n')
        elif kind == 'p':
            out.append(val.replace('\n', '  \n') + '\n')
        elif kind == 'ul':
            out.extend(f'- {x}' for x in val)
            out.append('')
        elif kind == 'ol':
            out.extend(f'{i}. {x}' for i, x in enumerate(val, 1))
            out.append('')
        elif kind == 'table':
            out.append('| ' + ' | '.join(str(c) for c in val[0]) + ' |')
            out.append('|' + '---|' * len(val[0]))
            for row in val[1:]:
                out.append('| ' + ' | '.join(str(c) for c in row) + ' |')
            out.append('')
    path.write_text('\n'.join(out), encoding='utf-8')


def docx_to_pdf(docx_path, pdf_target):
    """Render a .docx to PDF with LibreOffice in a private temp dir/profile."""
    tmp = Path(tempfile.mkdtemp(prefix='holdout147_pdf_'))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = tmp / 'lo_profile'
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless',
                        '--convert-to', 'pdf', '--outdir', str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (src.stem + '.pdf'), pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc_from(blocks):
    return [(1 if k == 'h1' else 2, v) for k, v, *_ in blocks if k in ('h1', 'h2')]


# ---------------------------------------------------------------------------
# shared filler chapters (parameterised per verband)
# ---------------------------------------------------------------------------

class Ctx:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def f_voorwoord(c):
    return [
        ('h1', 'Voorwoord'),
        ('p', f"Voor u ligt het ondersteuningsplan {c.period} van {c.name} ({c.code}). Het is het derde "
              f"ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat volledig is "
              f"geschreven na de verbeteraanpak passend onderwijs. In dit plan leggen de {c.nbesturen} aangesloten "
              f"schoolbesturen vast hoe zij de komende vier schooljaren samen zorgen voor passend onderwijs in {c.region}."),
        ('p', "Het plan is in ruim een jaar tot stand gekomen. We spraken met directeuren, "
              f"{'intern begeleiders' if c.sector == 'po' else 'ondersteuningscoördinatoren en mentoren'}, leraren, "
              "de ondersteuningsplanraad, de gemeenten en partners uit de jeugdhulp. In werksessies keken we terug op "
              "wat goed ging en wat beter moet. Die gesprekken waren niet altijd makkelijk: de vraag naar ondersteuning "
              "groeit, het lerarentekort is op alle scholen voelbaar en de middelen zijn niet onbeperkt. Tegelijk zagen "
              "we veel energie en de wil om het samen te doen."),
        ('p', "Wij danken iedereen die heeft meegedacht. Een ondersteuningsplan is geen document dat in een la "
              "verdwijnt; het is de basis voor onze jaarplannen, onze begroting en de gesprekken die wij met scholen, "
              "besturen en partners voeren. Wij nodigen u van harte uit om met ons in gesprek te blijven over de uitvoering."),
        ('p', f"{c.director}, directeur-bestuurder\n{c.place}, {c.date_sign}"),
    ]


def f_context(c):
    school = 'basisscholen' if c.sector == 'po' else 'scholen voor voortgezet onderwijs'
    special = ('scholen voor speciaal basisonderwijs en speciaal onderwijs' if c.sector == 'po'
               else 'scholen voor voortgezet speciaal onderwijs en praktijkonderwijs')
    rows = [['Schooljaar (teldatum 1 oktober)', 'Leerlingen regulier', f"Leerlingen {'sbo' if c.sector == 'po' else 'pro'}",
             f"Leerlingen {'so' if c.sector == 'po' else 'vso'}"]]
    for i, (a, b, d) in enumerate(c.counts):
        rows.append([f'{2021 + i}-{2022 + i}', f'{a:,}'.replace(',', '.'), str(b), str(d)])
    return [
        ('h1', 'Ons samenwerkingsverband'),
        ('h2', 'De regio'),
        ('p', f"{c.name} omvat de gemeenten {', '.join(c.gemeenten[:-1])} en {c.gemeenten[-1]}. Het is een gebied met "
              f"een stedelijke kern en een groot landelijk gebied met kleine kernen. In de regio staan {c.nscholen} "
              f"{school} van {c.nbesturen} schoolbesturen, en daarnaast {c.nspecial} {special}. De besturen verschillen "
              f"sterk in omvang: van eenpitters tot een bestuur met meer dan twintig scholen. Die verscheidenheid is "
              f"een kracht, maar vraagt ook om heldere afspraken."),
        ('p', "Net als elders in Nederland daalt het aantal leerlingen in het landelijke deel van de regio, terwijl het "
              "in de stedelijke kern licht stijgt door nieuwbouw en de komst van nieuwkomers. Een teruglopend "
              "leerlingaantal heeft gevolgen voor de kleine scholen en voor de middelen die het samenwerkingsverband "
              "ontvangt, omdat de rijksbijdrage per leerling wordt berekend."),
        ('h2', 'Leerlingaantallen'),
        ('table', rows),
        ('p', "Bron: DUO, telgegevens per 1 oktober. Cijfers over het lopende schooljaar zijn voorlopig."),
    ]


def f_visie(c):
    school = 'basisschool' if c.sector == 'po' else 'school in de buurt'
    ouders_line = (" Ouders kennen hun kind het best; wij zien hen als partner." if c.ouders_passing else "")
    return [
        ('h1', 'Visie, missie en ambities'),
        ('h2', 'Missie'),
        ('p', f"{c.name} zorgt er samen met de aangesloten besturen voor dat iedere leerling in de regio onderwijs "
              "krijgt dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis. Wij geloven dat kinderen "
              "en jongeren zich het best ontwikkelen als zij mogen meedoen met leeftijdsgenoten in hun eigen omgeving."),
        ('h2', 'Visie'),
        ('p', f"Passend onderwijs begint in de klas. De leraar is de spil; de {school} organiseert de ondersteuning "
              "om de leraar heen. Wij kijken naar wat een leerling nodig heeft, niet naar wat er mis is. We werken "
              "handelingsgericht, vanuit kansen en mogelijkheden, en we stemmen af met iedereen die betrokken is."
              + ouders_line),
        ('p', "Wij willen een lerende organisatie zijn. Dat betekent dat wij open zijn over wat niet goed gaat, dat wij "
              "elkaar aanspreken en dat wij beslissingen nemen op basis van gegevens en gesprekken met de mensen om "
              "wie het gaat. Wij kiezen bewust voor vertrouwen boven controle, maar wel met heldere afspraken."),
        ('h2', 'Kernwaarden'),
        ('ul', ['Samen: besturen dragen gezamenlijk verantwoordelijkheid voor alle leerlingen in de regio.',
                'Dichtbij: ondersteuning zo thuisnabij en zo regulier als mogelijk.',
                'Eenvoudig: zo min mogelijk bureaucratie, korte lijnen en snelle besluiten.',
                'Transparant: wij zijn open over keuzes, middelen en resultaten.']),
        ('p', "Deze waarden vormen de toets voor alle keuzes in dit plan. Waar de waarden met elkaar botsen, "
              "bijvoorbeeld wanneer thuisnabij onderwijs niet haalbaar is, maken wij de afweging zichtbaar."),
    ]


def f_governance(c):
    return [
        ('h1', 'Organisatie en governance'),
        ('p', f"{c.name} is een stichting. Het bestuur is georganiseerd volgens het raad-van-toezichtmodel. De "
              f"directeur-bestuurder is eindverantwoordelijk voor de uitvoering en vormt het bestuur in de zin van de "
              f"statuten. De raad van toezicht houdt toezicht en bestaat uit vijf leden, van wie drie op voordracht "
              f"van de aangesloten besturen en twee onafhankelijke leden. De algemene vergadering van aangesloten "
              f"besturen stelt jaarlijks de kaders vast en heeft een adviserende rol bij het ondersteuningsplan."),
        ('p', "Het bureau van het samenwerkingsverband is klein en ondersteunend. Er werken een directeur-bestuurder, "
              "een beleidsmedewerker, een controller (ingehuurd), een managementassistent en een team van "
              "orthopedagogen en consulenten. Het bureau is gehuisvest in een bedrijfsverzamelgebouw en beschikt over "
              "twee spreekkamers voor overleggen met scholen."),
        ('p', "Voor de samenwerking met de directeuren kent het samenwerkingsverband een directeurenoverleg per "
              "subregio. In dat overleg worden casuïstiek, ontwikkelingen en uitvoeringsvraagstukken besproken. "
              "Besluiten met financiële gevolgen worden altijd voorgelegd aan de directeur-bestuurder."),
        ('p', "In de statuten is een regeling opgenomen voor geschillen tussen aangesloten besturen. Wanneer een "
              "geschil niet in onderling overleg wordt opgelost, wordt het voorgelegd aan de Landelijke Geschillencommissie "
              "Passend Onderwijs. In de afgelopen planperiode is deze regeling niet gebruikt."),
        ('h2', 'Rol van de raad van toezicht'),
        ('p', "De raad van toezicht keurt de begroting, de jaarrekening en het ondersteuningsplan goed, benoemt de "
              "accountant en is werkgever van de directeur-bestuurder. Twee keer per jaar voert de raad een "
              "werkbezoek uit aan een school of voorziening in de regio."),
    ]


def f_opr(c):
    comp = (f"De ondersteuningsplanraad (OPR) bestaat uit {c.opr_n} leden: de helft ouders"
            f"{' of leerlingen' if c.sector == 'vo' else ''} en de helft personeelsleden, afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen. " if c.opr_parents else
            f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) van {c.opr_n} leden, afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ('h1', 'Medezeggenschap'),
        ('p', comp + "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
              f"De OPR heeft op {c.opr_date} ingestemd met dit plan. De OPR vergadert zes keer per jaar en "
              "krijgt ondersteuning van een externe ambtelijk secretaris en een jaarlijks scholingsbudget."),
        ('p', "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het "
              "bureau. Deze raad heeft de gebruikelijke bevoegdheden op grond van de Wet medezeggenschap op scholen."),
        ('p', "De OPR en de directeur-bestuurder hebben afgesproken dat de OPR vroegtijdig wordt betrokken bij "
              "nieuwe beleidsvoornemens, in de vorm van een themabijeenkomst voordat een voorstel formeel ter "
              "instemming wordt voorgelegd."),
    ]


def f_oogo(c, full):
    base = [
        ('h1', 'Samenwerking met gemeenten'),
        ('p', f"Over het concept van dit plan is op {c.oogo_date} op overeenstemming gericht overleg (OOGO) gevoerd "
              f"met de colleges van burgemeester en wethouders van {', '.join(c.gemeenten)}. Er is ook overleg "
              f"gevoerd met het samenwerkingsverband {'voortgezet' if c.sector == 'po' else 'primair'} onderwijs in "
              "de regio. Het verslag van het OOGO is bij de stukken voor de raad van toezicht gevoegd."),
    ]
    if not full:
        base.append(('p', "De inhoudelijke afspraken met de gemeenten over de aansluiting tussen onderwijs en "
                          "jeugdhulp worden vastgelegd in een regionaal convenant. Dat convenant is nog in "
                          "voorbereiding en wordt naar verwachting in de loop van de planperiode ondertekend."))
        return base
    base += [
        ('p', "Met de gemeenten hebben wij afspraken gemaakt over vijf thema's: de aansluiting tussen "
              "onderwijsondersteuning en jeugdhulp, thuiszitters en verzuim, leerlingenvervoer, "
              "onderwijshuisvesting voor voorzieningen en de overgangen tussen schooltypen."),
        ('ul', ['Jeugdhulp in de school: op iedere school is een vaste contactpersoon van het lokale team '
                'beschikbaar die deelneemt aan het ondersteuningsteam.',
                'Onderwijs-zorgarrangementen: voor leerlingen die zowel onderwijsondersteuning als jeugdhulp nodig '
                'hebben, stellen school, samenwerkingsverband en gemeente één arrangement op met één regisseur. '
                'De kosten worden naar rato gedeeld volgens de regionale verdeelsleutel onderwijs-zorg.',
                'Leerlingenvervoer: het samenwerkingsverband informeert de gemeente vroegtijdig over voorgenomen '
                'plaatsingen buiten de regio.',
                'Thuiszitters: leerplicht en samenwerkingsverband voeren een gezamenlijk overleg.']),
        ('p', "Het OOGO kent een geschillenregeling: wanneer partijen niet tot overeenstemming komen, kan een "
              "onafhankelijke voorzitter worden ingeschakeld."),
    ]
    return base


def f_personeel(c):
    return [
        ('h1', 'Personeel en deskundigheid'),
        ('p', "Passend onderwijs staat of valt met goede leraren en ondersteuners. Het lerarentekort raakt ook de "
              "ondersteuning: vacatures voor intern begeleiders, orthopedagogen en ambulant begeleiders blijven "
              "langer open en er is veel verloop. Het samenwerkingsverband is zelf geen werkgever van het personeel "
              "op de scholen, maar wil de besturen wel helpen om goede mensen aan te trekken en vast te houden."),
        ('p', "Het bureau heeft zelf personeel in dienst. De formatie van het bureau bedraagt in 2026 circa "
              f"{c.fte} fte. Bij de inrichting van het bureau kiezen wij voor een kleine vaste kern en flexibele inzet "
              "van expertise via detachering vanuit de besturen en de speciale scholen."),
        ('p', "Wij merken dat de werkdruk in het onderwijs hoog is. Bij nieuwe afspraken kijken wij daarom altijd "
              "naar de administratieve lasten voor scholen. Formulieren worden zoveel mogelijk digitaal en eenmalig "
              "ingevuld, en gegevens die al bekend zijn, vragen wij niet opnieuw op."),
        ('h2', 'Deskundigheidsbevordering'),
        ('p', "Het samenwerkingsverband organiseert jaarlijks een studiedag voor alle "
              f"{'intern begeleiders' if c.sector == 'po' else 'ondersteuningscoördinatoren'}, netwerkbijeenkomsten "
              "over thema's als gedrag, hoogbegaafdheid en executieve functies, en intervisie voor startende "
              "collega's. Het scholingsaanbod wordt elk voorjaar gepubliceerd. Besturen blijven zelf "
              "verantwoordelijk voor de professionalisering van hun personeel."),
    ]


def f_ict(c):
    return [
        ('h1', 'Privacy, gegevens en ICT'),
        ('p', "Voor de uitvoering van zijn taken verwerkt het samenwerkingsverband persoonsgegevens van leerlingen, "
              "waaronder gegevens over gezondheid. Dat mag alleen voor zover dat nodig is voor het toewijzen van "
              "ondersteuning, het beoordelen van de toelaatbaarheid en het adviseren over de ondersteuningsbehoefte. "
              "Het samenwerkingsverband heeft een privacyreglement, een functionaris gegevensbescherming (gedeeld met "
              "twee andere samenwerkingsverbanden) en een register van verwerkingen."),
        ('p', "Dossiers worden bewaard tot drie jaar na het laatste besluit, tenzij een langere termijn wettelijk "
              "verplicht is. Medewerkers hebben alleen toegang tot de gegevens die zij voor hun werk nodig hebben. "
              "Gegevens worden uitgewisseld via een beveiligde digitale omgeving; e-mail met leerlinggegevens is "
              "niet toegestaan."),
        ('p', f"Het samenwerkingsverband werkt met een online aanvraagsysteem dat gekoppeld is aan de "
              "leerlingadministratiesystemen van de scholen. In 2026 wordt het systeem vervangen. De aanbesteding "
              "vindt plaats samen met twee andere samenwerkingsverbanden in de provincie. Bij de vervanging "
              "voeren wij een gegevensbeschermingseffectbeoordeling (DPIA) uit."),
    ]


def f_planning(c, with_eval):
    rows = [['Stap', 'Datum'],
            ['Eerste concept besproken met directeuren', c.dates[0]],
            ['Themabijeenkomst met de OPR', c.dates[1]],
            ['OOGO met de gemeenten', c.oogo_date],
            ['Instemming OPR', c.opr_date],
            ['Vaststelling door de directeur-bestuurder na goedkeuring raad van toezicht', c.dates[2]],
            ['Toezending aan de inspectie', 'vóór 1 mei 2026']]
    out = [('h1', 'Totstandkoming en planning'),
           ('p', "Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030 (1 augustus 2026 tot en met "
                 "31 juli 2030). Het is tot stand gekomen volgens de onderstaande stappen."),
           ('table', rows),
           ('p', "Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan en een jaarbegroting. Wijzigingen "
                 "van het plan tijdens de planperiode worden ter instemming aan de OPR voorgelegd.")]
    if with_eval:
        out.append(('p', "Halverwege de planperiode, in het voorjaar van 2028, voeren wij een tussenevaluatie uit. "
                         "De uitkomsten bespreken wij met de besturen, de OPR en de gemeenten."))
    return out


def f_landelijk(c, hoorrecht=True):
    wet = ("De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt "
           + ("hoorrecht voor leerlingen bij het ontwikkelingsperspectiefplan en " if hoorrecht else "")
           + "de verplichting voor ieder samenwerkingsverband om een ouder- en jeugdsteunpunt in te richten. "
           "De inwerkingtreding en de precieze eisen waren bij het schrijven van dit plan nog niet bekend.")
    return [
        ('h1', 'Landelijke ontwikkelingen'),
        ('p', "Passend onderwijs is sinds de invoering in 2014 flink in beweging. Na de eindevaluatie in 2020 heeft "
              "het ministerie een verbeteraanpak met vijfentwintig maatregelen opgesteld. Een deel daarvan is "
              "inmiddels uitgevoerd, een ander deel loopt nog. Wij noemen de ontwikkelingen die voor deze "
              "planperiode het meest van belang zijn."),
        ('ul', [wet,
                "Het kabinet heeft in 2025 advies ontvangen over een landelijke norm voor basisondersteuning. Het "
                "is nog niet duidelijk wanneer en in welke vorm die norm wettelijk wordt vastgelegd.",
                "Het toekomstbeeld inclusiever onderwijs 2035 vraagt om een verdere samenwerking tussen regulier en "
                "speciaal onderwijs. Wat dat betekent voor de regio, verkennen wij samen met de besturen.",
                "De bekostiging wordt vereenvoudigd; voor samenwerkingsverbanden verandert vooral de systematiek "
                "van de afdrachten en de teldatum."]),
        ('p', "Wij volgen deze ontwikkelingen nauwgezet. Waar wetgeving verandert, passen wij ons beleid aan. "
              "Ingrijpende wijzigingen van dit plan leggen wij ter instemming voor aan de OPR."),
    ]


def f_jaarkalender(c):
    return [
        ('h1', 'Overlegstructuur en jaarkalender'),
        ('p', "Om de samenwerking tussen scholen, besturen en bureau overzichtelijk te houden, werken wij met een "
              "vaste jaarkalender. Daarin staan de belangrijkste overleggen en producten. De kalender wordt ieder "
              "jaar in juni voor het volgende schooljaar vastgesteld."),
        ('table', [['Periode', 'Wat', 'Wie'],
                   ['september', 'Startbijeenkomst directeuren en bureau', 'directeur-bestuurder'],
                   ['oktober', 'Teldatum; voorbereiding begroting', 'controller'],
                   ['november', 'Netwerkbijeenkomst en studiedag', 'bureau'],
                   ['december', 'Vaststelling begroting', 'raad van toezicht'],
                   ['maart', 'Bestuurlijk overleg met de gemeenten', 'directeur-bestuurder, wethouders'],
                   ['juni', 'Jaarrekening en jaarverslag; jaarkalender volgend schooljaar', 'raad van toezicht'],
                   ['juli', 'Afsluiting schooljaar', 'allen']]),
        ('p', "Daarnaast zijn er maandelijkse overleggen van het bureau, tweewekelijkse overleggen van de "
              "consulenten en een kwartaaloverleg tussen de directeur-bestuurder en de voorzitter van de raad van "
              "toezicht. De OPR ontvangt de jaarkalender ter informatie."),
    ]


GLOSSARY_PO = [
    ('Arrangement', 'Een afgesproken pakket van ondersteuning voor een leerling of groep, met doel, duur en middelen.'),
    ('Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden.'),
    ('Dekkend aanbod', 'Een netwerk van voorzieningen waarin voor iedere leerling een passende plek beschikbaar is.'),
    ('Extra ondersteuning', 'Ondersteuning die verder gaat dan de basisondersteuning, meestal in de vorm van een arrangement.'),
    ('IB\'er', 'Intern begeleider.'),
    ('Meerjarenbegroting', 'Begroting van inkomsten en uitgaven voor meerdere jaren.'),
    ('OJSP', 'Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs.'),
    ('OOGO', 'Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.'),
    ('OPP', 'Ontwikkelingsperspectiefplan.'),
    ('OPR', 'Ondersteuningsplanraad.'),
    ('SBO / SO', 'Speciaal basisonderwijs / speciaal onderwijs.'),
    ('SOP', 'Schoolondersteuningsprofiel.'),
    ('Terugplaatsing', 'De overstap van een leerling uit het sbo of so naar het reguliere basisonderwijs.'),
    ('Thuiszitter', 'Leerplichtige leerling die zonder geldige reden langer dan vier weken niet naar school gaat.'),
    ('TLV', 'Toelaatbaarheidsverklaring voor het sbo of so, afgegeven door het samenwerkingsverband.'),
    ('Verdeelmodel', 'De afspraken over de verdeling van de ondersteuningsmiddelen over besturen en voorzieningen.'),
    ('Zorgplicht', 'De plicht van een schoolbestuur om een passende onderwijsplek te bieden of te vinden.'),
]

GLOSSARY_VO = [
    ('Arrangement', 'Een afgesproken pakket van ondersteuning voor een leerling of groep, met doel, duur en middelen.'),
    ('Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat alle vo-scholen in het samenwerkingsverband bieden.'),
    ('Dekkend aanbod', 'Het geheel van voorzieningen waarmee voor iedere jongere een passende plek beschikbaar is.'),
    ('LWOO', 'Leerwegondersteunend onderwijs.'),
    ('OJSP', 'Ouder- en jeugdsteunpunt.'),
    ('OOGO', 'Op overeenstemming gericht overleg met de gemeenten.'),
    ('OPDC', 'Orthopedagogisch-didactisch centrum.'),
    ('OPP', 'Ontwikkelingsperspectiefplan.'),
    ('OPR', 'Ondersteuningsplanraad.'),
    ('PrO', 'Praktijkonderwijs.'),
    ('Terugplaatsing', 'De overstap van een leerling uit het vso naar het regulier voortgezet onderwijs.'),
    ('Thuiszitter', 'Leerplichtige jongere die zonder geldige reden niet naar school gaat.'),
    ('TLV', 'Toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs.'),
    ('VSO', 'Voortgezet speciaal onderwijs.'),
    ('Verdeelmodel', 'De afspraken over de verdeling van de middelen voor lichte en zware ondersteuning.'),
    ('Zorgplicht', 'De plicht van een schoolbestuur om een passende plek te bieden of te vinden.'),
]


def f_glossary(c, title='Bijlage 1 Begrippenlijst'):
    g = GLOSSARY_PO if c.sector == 'po' else GLOSSARY_VO
    return [('h1', title), ('table', [['Begrip', 'Betekenis']] + [[a, b] for a, b in g])]


# ---------------------------------------------------------------------------
# Plan 1 - PO, docx + pdf: Samenwerkingsverband PO De Waalkant
# ---------------------------------------------------------------------------

def plan1():
    c = Ctx(name='Samenwerkingsverband Passend Primair Onderwijs De Waalkant', short='SWV De Waalkant',
            code='PO 24-19', sector='po', period='2026-2030', region='de Waalkant',
            gemeenten=['Bergwaard', 'Lindeholt', 'Oosterveen', 'Hemmerden'], nbesturen=9, nscholen=41, nspecial=4,
            director='Marieke van den Heuvel', place='Bergwaard', date_sign='april 2026', ouders_passing=True,
            counts=[(9840, 212, 151), (9712, 219, 158), (9655, 224, 163), (9590, 231, 170), (9470, 236, 174)],
            opr_parents=True, opr_n=12, opr_date='14 april 2026', oogo_date='19 maart 2026', fte=14.6,
            dates=['26 november 2025', '22 januari 2026', '21 april 2026'])
    body = []
    body += f_voorwoord(c)
    body += [('h1', 'Leeswijzer'),
             ('p', "Hoofdstuk 1 beschrijft de regio. Hoofdstuk 2 bevat onze visie en ambities. In hoofdstuk 3 leest "
                   "u welke basisondersteuning alle scholen bieden, in hoofdstuk 4 hoe het ondersteuningsaanbod "
                   "daarboven is georganiseerd. Hoofdstuk 5 gaat over toelaatbaarheid tot sbo en so en over "
                   "terugplaatsing. Hoofdstuk 6 beschrijft de financiën, hoofdstuk 7 de beoogde resultaten en "
                   "hoofdstuk 8 de informatie aan ouders. De hoofdstukken daarna gaan over organisatie, "
                   "medezeggenschap, gemeenten, personeel, privacy en planning.")]
    body += f_context(c)
    body += f_visie(c)
    body += [
        ('h2', 'Wat we de afgelopen jaren deden'),
        ('p', "In de planperiode 2022-2026 hebben wij het expertiseteam uitgebreid, de aanvraagroute voor "
              "arrangementen vereenvoudigd en een tweede observatiegroep geopend. Met de lokale teams zijn in alle "
              "vier gemeenten werkafspraken gemaakt. Ook organiseerden wij elk jaar een regionale studiedag en "
              "twee netwerkbijeenkomsten voor directeuren. Op deze basis bouwen wij in dit plan verder."),
        ('h1', 'Basisondersteuning'),
        ('p', "De besturen in De Waalkant hebben met elkaar afgesproken welk niveau van basisondersteuning iedere "
              "school biedt. Dit niveau geldt voor alle 41 basisscholen en voor elke vestiging daarvan, ongeacht "
              "bestuur of denominatie. Basisondersteuning is de ondersteuning die een school biedt zonder dat "
              "daarvoor een aanvraag bij het samenwerkingsverband nodig is. De school bekostigt deze ondersteuning "
              "uit de eigen lumpsum en uit het schoolbudget dat zij van het samenwerkingsverband ontvangt."),
        ('h2', 'Wat u van iedere school mag verwachten'),
        ('p', "De afspraken zijn uitgewerkt in twaalf standaarden. Iedere school in De Waalkant:"),
        ('ol', ['heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een schoolondersteuningsteam '
                'dat minimaal zes keer per jaar bijeenkomt;',
                'werkt handelingsgericht: de leraar stelt twee keer per jaar een groepsoverzicht op en bespreekt dit '
                'in een groepsbespreking met de intern begeleider;',
                'volgt het landelijke Protocol leesproblemen en dyslexie en het protocol ernstige rekenproblemen en '
                'dyscalculie, inclusief signalering vanaf groep 2;',
                'biedt een methode of programma voor sociaal-emotionele ontwikkeling en heeft een anti-pestcoördinator;',
                'biedt verrijking en verdieping voor meer- en hoogbegaafde leerlingen in de eigen groep, met een '
                'signaleringsinstrument vanaf groep 1;',
                'kan een ontwikkelingsperspectiefplan opstellen en jaarlijks evalueren;',
                'heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren;',
                'biedt taalondersteuning aan leerlingen met een taalachterstand of een andere moedertaal;',
                'kan binnen vier weken een consultatie krijgen van de orthopedagoog van het expertiseteam;',
                'kan preventieve ambulante begeleiding inzetten van maximaal tien contactmomenten per leerling, '
                'zonder aanvraag;',
                'beschikt over een aanspreekpunt van het lokale team of schoolmaatschappelijk werk;',
                'heeft een fysiek toegankelijk gebouw of maakt aanpassingen mogelijk binnen acht weken.']),
        ('h2', 'Borging'),
        ('p', "Elke school vult jaarlijks de kwaliteitskaart basisondersteuning in. Eens per twee jaar voert een "
              "auditteam van twee intern begeleiders van andere besturen en een orthopedagoog van het "
              "samenwerkingsverband een audit uit. Voldoet een school op een of meer standaarden niet, dan stelt "
              "het bestuur binnen drie maanden een verbeterplan op, dat de directeur-bestuurder bespreekt met het bestuur."),
        ('h2', 'De grens tussen basis en extra'),
        ('p', "Wanneer een leerling meer nodig heeft dan de twaalf standaarden en het ondersteuningsteam van de "
              "school dat heeft vastgesteld na minimaal één cyclus van handelingsgericht werken, kan de school "
              "extra ondersteuning aanvragen. Die route beschrijven wij in het volgende hoofdstuk."),
        ('h1', 'Het ondersteuningsaanbod in de regio'),
        ('p', "Het ondersteuningsaanbod in De Waalkant is opgebouwd in vier lagen die op elkaar aansluiten."),
        ('table', [['Laag', 'Wat', 'Waar', 'Toegang'],
                   ['1 Basisondersteuning', 'Twaalf standaarden', 'Elke basisschool', 'Geen aanvraag'],
                   ['2 Extra ondersteuning op school', 'Individueel of groepsarrangement', 'Eigen school',
                    'Aanvraag bij het loket'],
                   ['3 Bovenschoolse voorzieningen', 'Observatiegroep De Overstap, plusklas Denkwerk, '
                    'taalschakelklas', 'Bergwaard en Lindeholt', 'Arrangement via loket'],
                   ['4 Speciaal (basis)onderwijs', 'Sbo De Wilgenhoek (2 locaties), so De Regenboog (cluster 3), '
                    'so Het Baken (cluster 4)', 'Bergwaard, Oosterveen', 'Toelaatbaarheidsverklaring']]),
        ('p', "De lagen zijn geen trap die een leerling moet aflopen. Een leerling kan direct op de plek komen die "
              "past. Wel vragen wij dat de school laat zien wat zij in laag 1 al heeft gedaan. Bovenschoolse "
              "voorzieningen zijn tijdelijk: een plaatsing in De Overstap duurt maximaal twaalf weken, waarna de "
              "leerling terugkeert naar de eigen school of een vervolgplek krijgt."),
        ('h2', 'Aansluiting op andere schooltypen'),
        ('p', "Met het samenwerkingsverband voortgezet onderwijs is afgesproken dat leerlingen met een "
              "ondersteuningsbehoefte in groep 8 een warme overdracht krijgen. Het groeidocument gaat mee. Voor "
              "jonge kinderen sluiten wij aan bij de voorschoolse voorzieningen via het consultatiebureau en de "
              "peuteropvang."),
        ('h2', 'Thuiszitters en leerlingen zonder passende plek'),
        ('p', "Iedere leerling die langer dan vier weken thuiszit of geen passende plek heeft, wordt besproken in "
              "het thuiszittersoverleg. Dat overleg vindt maandelijks plaats met de leerplichtambtenaren van de vier "
              "gemeenten en de jeugdconsulenten. Het doel is om binnen drie maanden een passend aanbod te hebben. "
              "Lukt dat niet, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een bestuur vragen een "
              "leerling tijdelijk te plaatsen en daarvoor middelen beschikbaar stellen."),
        ('p', "Het loket houdt bij welke leerlingen wachten op een plek. Uit de analyse van 2025 bleek dat er te "
              "weinig plaatsen zijn voor jonge kinderen met een combinatie van ernstige gedragsproblemen en een "
              "ontwikkelingsachterstand. Daarom opent het samenwerkingsverband in augustus 2027 samen met so Het "
              "Baken en de gemeente Bergwaard een onderwijs-zorggroep voor acht leerlingen. Bij de zorgplicht "
              "geldt: het bestuur van de school van aanmelding blijft verantwoordelijk tot een passende plek is "
              "gevonden; het loket ondersteunt dat bestuur bij het zoeken."),
        ('h1', 'Toelaatbaarheid tot sbo en so'),
        ('p', "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs of "
              "het speciaal onderwijs cluster 3 of 4. Clusters 1 en 2 vallen niet onder het samenwerkingsverband."),
        ('h2', 'De procedure'),
        ('ol', ['Het bestuur van de school waar de leerling staat ingeschreven (of is aangemeld) dient via het '
                'online loket een aanvraag in. In de praktijk doet de intern begeleider dit namens het bestuur.',
                'De aanvraag bevat het groeidocument of OPP, het onderwijskundig rapport, een verslag van het '
                'multidisciplinair overleg en de zienswijze van ouders.',
                'Het loket toetst binnen vijf werkdagen of het dossier compleet is.',
                'Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, '
                'afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een kinderarts, maatschappelijk '
                'werker of kinderpsychiater). De deskundigen zijn niet betrokken geweest bij de aanvraag.',
                'De Commissie van Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na '
                'ontvangst van het complete dossier.',
                'Het besluit en de adviezen van de deskundigen worden aan het bestuur en aan ouders gestuurd.']),
        ('h2', 'Criteria'),
        ('p', "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer:"),
        ('ul', ['de school met basisondersteuning en ten minste één arrangement extra ondersteuning aantoonbaar '
                'onvoldoende tegemoet kan komen aan de onderwijsbehoeften;',
                'de leerling een langdurige achterstand heeft in leren of ontwikkeling, of gedrag laat zien dat '
                'binnen een reguliere groep niet te begeleiden is;',
                'de leerling is aangewezen op een kleine groep en een meer intensieve aanpak gedurende ten minste een schooljaar.']),
        ('p', "Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) wanneer daarnaast sprake is "
              "van een ernstige verstandelijke, lichamelijke of meervoudige beperking, een langdurige ziekte of "
              "ernstige psychiatrische of gedragsproblematiek, waardoor de leerling structureel aangewezen is op "
              "specialistische expertise die het sbo niet kan bieden."),
        ('h2', 'Duur en bekostigingscategorie'),
        ('p', "Een TLV voor het sbo geldt in de regel voor twee schooljaren, een TLV voor het so voor maximaal "
              "vier schooljaren, telkens tot en met 31 juli. Voor het so wordt de bekostigingscategorie laag, midden "
              "of hoog vastgesteld op basis van het deskundigenadvies."),
        ('h2', 'Terugplaatsing'),
        ('p', "Uitgangspunt is dat een leerling zo thuisnabij en zo regulier mogelijk onderwijs volgt. Een plaatsing "
              "in het sbo of so is daarom nooit bij voorbaat een eindstation. Het samenwerkingsverband vindt "
              "terugplaatsing passend wanneer de ontvangende school met basisondersteuning en een arrangement "
              "aan de onderwijsbehoeften kan voldoen en de leerling voldoende stabiel is om de overstap te maken."),
        ('p', "Na terugkeer naar een reguliere basisschool ontvangt die school een terugplaatsingsarrangement van "
              "maximaal € 6.500 voor één schooljaar, waaruit onder meer ambulante begeleiding door de sbo- of "
              "so-school wordt betaald. Hoe de terugplaatsing stap voor stap verloopt, wie het initiatief neemt en "
              "op welke momenten dit wordt besproken, leggen wij in de loop van schooljaar 2026-2027 samen met de "
              "speciale scholen vast in een stappenplan."),
        ('h1', 'Financiën'),
        ('p', "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdrachten aan DUO voor leerlingen in het so en de groeibekostiging van het sbo "
              "resteert het budget dat het samenwerkingsverband zelf verdeelt."),
        ('h2', 'Verdeelmodel'),
        ('p', "De Waalkant werkt met een schoolmodel. De besturen ontvangen per 1 augustus een schoolbudget van "
              "€ 182 per leerling, berekend op de teldatum van 1 oktober van het voorafgaande jaar. Daarnaast "
              "krijgt iedere vestiging een vaste voet van € 4.000 zodat ook kleine scholen basisondersteuning "
              "kunnen organiseren. Arrangementen voor extra ondersteuning worden toegekend door het loket op basis "
              "van de criteria in hoofdstuk 4: de aanvraag moet onderbouwd zijn met een handelingsgerichte cyclus. "
              "Een individueel arrangement bedraagt maximaal € 9.000 per schooljaar. Het algemeen bestuur stelt het "
              "verdeelmodel jaarlijks vast bij de begroting."),
        ('h2', 'Besteding en verantwoording'),
        ('p', "Besturen besteden het schoolbudget aan de twaalf standaarden van de basisondersteuning, met name aan "
              "formatie voor intern begeleiding en onderwijsassistentie. Besturen verantwoorden de besteding "
              "jaarlijks vóór 1 juni in een format van het samenwerkingsverband."),
        ('h2', 'Meerjarenbegroting'),
        ('table', [['Bedragen x € 1.000', '2026', '2027', '2028', '2029'],
                   ['Baten rijksbijdrage lichte + zware ondersteuning', '6.840', '6.790', '6.745', '6.700'],
                   ['Afdrachten DUO so en sbo-groei', '-2.310', '-2.360', '-2.400', '-2.430'],
                   ['Schoolbudgetten besturen', '1.890', '1.870', '1.850', '1.830'],
                   ['Arrangementen extra ondersteuning', '1.150', '1.150', '1.125', '1.100'],
                   ['Bovenschoolse voorzieningen', '720', '760', '790', '790'],
                   ['Onderwijs-zorggroep (vanaf 2027)', '0', '160', '250', '250'],
                   ['Expertiseteam en loket', '540', '550', '560', '570'],
                   ['Bureau en bestuur', '330', '335', '340', '345'],
                   ['Resultaat', '-100', '-395', '-570', '-615']]),
        ('p', "De negatieve resultaten zijn bewust begroot om de reserve terug te brengen tot de signaleringswaarde. "
              "Eind 2025 bedroeg de algemene reserve € 2,4 miljoen; eind 2029 is dat naar verwachting € 0,7 miljoen."),
        ('h1', 'Ambities en beoogde resultaten'),
        ('p', "Voor deze planperiode hebben wij de volgende ambities geformuleerd voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ('ul', ['In 2030 hebben alle 41 scholen op alle twaalf standaarden de kwaliteitskaart op niveau.',
                'Het aantal thuiszitters dat langer dan drie maanden thuiszit, is in 2028 teruggebracht tot '
                'hooguit vijf per schooljaar.',
                'Negen van de tien leerlingen met een arrangement extra ondersteuning halen de doelen uit het arrangement.',
                'Het deelnamepercentage so blijft onder de 1,8 procent.',
                'Jaarlijks keren ten minste tien leerlingen uit sbo of so terug naar het regulier onderwijs.']),
        ('p', "Hoe en wanneer wij de voortgang op deze ambities meten en aan wie wij daarover rapporteren, werken "
              "wij uit in een monitoringsplan dat in het eerste planjaar aan de raad van toezicht wordt voorgelegd."),
        ('h1', 'Ouders'),
        ('p', "Ouders moeten kunnen weten welke ondersteuning er is en hoe zij die kunnen krijgen. Het "
              "samenwerkingsverband informeert ouders op de volgende manieren:"),
        ('ul', ['de ouderpagina op de website, met uitleg over basisondersteuning, arrangementen, de TLV-procedure '
                'en de speciale scholen in de regio;',
                'de ouderfolder "Passend onderwijs in De Waalkant", in het Nederlands, Engels, Arabisch en Pools, die '
                'iedere school bij de aanmelding meegeeft;',
                'de schoolgids en het schoolondersteuningsprofiel van iedere school, waarin staat welke ondersteuning '
                'de school biedt;',
                'een jaarlijkse informatieavond per subregio, samen met de intern begeleiders;',
                'een vast telefonisch spreekuur van het loket op dinsdag en donderdag.']),
        ('p', "Ouders zijn lid van de ondersteuningsplanraad en worden betrokken bij het opstellen van het OPP van "
              "hun kind. Het samenwerkingsverband verkent samen met de gemeenten hoe een ouder- en jeugdsteunpunt "
              "in de regio vorm kan krijgen; wij verwachten daar in 2027 een besluit over te nemen."),
    ]
    body += f_landelijk(c) + f_governance(c) + f_opr(c) + f_oogo(c, full=True) + f_personeel(c) + f_ict(c)
    body += f_jaarkalender(c) + f_planning(c, False)
    body += f_glossary(c)
    numbered = number_headings(body)
    blocks = [('title', 'Ondersteuningsplan 2026-2030'),
              ('meta', c.name + ' (' + c.code + ')'),
              ('meta', 'Samen passend, dichtbij | vastgesteld 21 april 2026'),
              ('pagebreak', None), ('toc', toc_from(numbered))] + numbered
    return c, blocks


def number_headings(blocks):
    """Number h1/h2 like a real plan (Voorwoord and Bijlage unnumbered)."""
    out, n1, n2 = [], 0, 0
    for b in blocks:
        k, v = b[0], b[1]
        if k == 'h1' and not v.startswith(('Voorwoord', 'Bijlage', 'Leeswijzer', 'Begrippenlijst', 'Samenvatting')):
            n1 += 1
            n2 = 0
            out.append(('h1', f'{n1} {v}'))
        elif k == 'h2' and n1:
            n2 += 1
            out.append(('h2', f'{n1}.{n2} {v}'))
        else:
            out.append(b)
    return out


# ---------------------------------------------------------------------------
# Plan 2 - VO, pdf (rendered from a docx that is not kept): SWV VO Kempenrand
# ---------------------------------------------------------------------------

def plan2():
    c = Ctx(name='Samenwerkingsverband Voortgezet Onderwijs Kempenrand', short='SWV VO Kempenrand',
            code='VO 30-12', sector='vo', period='2026-2030', region='de Kempenrand',
            gemeenten=['Heidemeer', 'Dommelrode', 'Veldhoven-Oost', 'Aarle-Kempen', 'Biesdonk'], nbesturen=7,
            nscholen=16, nspecial=5, director='drs. Joost Verhagen', place='Dommelrode', date_sign='maart 2026',
            ouders_passing=True,
            counts=[(12410, 388, 297), (12520, 392, 305), (12601, 401, 318), (12655, 396, 322), (12700, 405, 331)],
            opr_parents=True, opr_n=10, opr_date='2 april 2026', oogo_date='10 maart 2026', fte=11.2,
            dates=['4 december 2025', '29 januari 2026', '15 april 2026'])
    body = []
    body += f_voorwoord(c)
    body += [('h1', 'Samenvatting'),
             ('p', "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de scholen voor voortgezet onderwijs in de "
                   "Kempenrand passend onderwijs vormgeven. Het plan beschrijft de toelaatbaarheid, de verdeling van de "
                   "middelen, onze beoogde resultaten en de manier waarop wij ouders en leerlingen informeren. In "
                   "de komende periode ligt de nadruk op minder bureaucratie, snellere besluiten en betere "
                   "terugkeer vanuit het vso.")]
    body += f_context(c)
    body += [
        ('h2', 'Kengetallen'),
        ('table', [['Indicator (peildatum 1 oktober)', '2022', '2023', '2024', '2025', 'Landelijk 2025'],
                   ['Deelnamepercentage vso', '2,39%', '2,44%', '2,54%', '2,60%', '3,3%'],
                   ['Deelnamepercentage pro', '3,10%', '3,11%', '3,18%', '3,12%', '2,6%'],
                   ['Aantal afgegeven TLV\'s vso', '96', '104', '118', '121', '-'],
                   ['Terugplaatsingen vso naar regulier vo', '9', '11', '8', '14', '-']]),
    ]
    body += f_visie(c)
    body += [
        ('h1', 'Terugblik 2022-2026'),
        ('p', "In het vorige ondersteuningsplan stonden vijf doelen. Wij hebben die jaarlijks gevolgd in de "
              "jaarverslagen. Samengevat:"),
        ('table', [['Doel 2022-2026', 'Streefwaarde', 'Behaald (2025)', 'Oordeel'],
                   ['Doorlooptijd TLV-aanvraag', 'maximaal 6 weken', 'gemiddeld 4,8 weken', 'behaald'],
                   ['Leerlingen met OPP halen het uitstroomperspectief', '80%', '76%', 'deels behaald'],
                   ['Terugplaatsingen vso per jaar', '15', '14', 'deels behaald'],
                   ['Tevredenheid scholen over het loket (1-10)', '7,5', '7,9', 'behaald'],
                   ['Tevredenheid ouders over informatie', '7,0', '6,6', 'niet behaald']]),
        ('p', "De tevredenheid van ouders over de informatie bleef achter. Ouders gaven aan dat informatie versnipperd "
              "is en dat zij niet goed weten waar zij terecht kunnen. Dit was aanleiding om de communicatie met "
              "ouders opnieuw in te richten (zie hoofdstuk 8)."),
        ('h1', 'Basisondersteuning'),
        ('p', "Alle scholen in de Kempenrand bieden hetzelfde afgesproken niveau van basisondersteuning. Dat "
              "niveau geldt voor iedere vestiging en iedere leerweg, van praktijkonderwijs tot gymnasium. "
              "Basisondersteuning is de ondersteuning die binnen de onderwijsstructuur van de school wordt "
              "gegeven, onder regie van de school, zonder tussenkomst van het samenwerkingsverband. In 2023 hebben "
              "de besturen dit niveau vastgelegd in het Referentiekader basisondersteuning VO Kempenrand."),
        ('p', "Wat dat concreet betekent, staat per school beschreven in het schoolondersteuningsprofiel en in de "
              "schoolgids. Daar leest u welke begeleiding, welke specialisten en welke programma's de school biedt. "
              "Een overzicht van alle profielen is te vinden op onze website."),
        ('p', "In de planperiode actualiseren de besturen het referentiekader, mede in het licht van de landelijke "
              "norm basisondersteuning waarover de minister in 2025 advies heeft ontvangen."),
        ('h1', 'Ondersteuningsaanbod en ontwikkelagenda'),
        ('p', "Het ondersteuningsaanbod van de scholen en de bovenschoolse voorzieningen staat beschreven in de "
              "digitale Ondersteuningswijzer op www.swvkempenrand.nl. Die wijzer wordt twee keer per jaar "
              "bijgewerkt door het bureau."),
        ('p', "In schooljaar 2026-2027 brengen wij met de besturen in kaart of het aanbod in de regio dekkend is. "
              "De uitkomsten van die inventarisatie en de eventuele vervolgstappen leggen wij vast in het jaarplan "
              "2027-2028. Thuiszitters en leerlingen met een complexe ondersteuningsvraag hebben daarbij onze "
              "bijzondere aandacht."),
        ('h1', 'Toelaatbaarheid en terugkeer'),
        ('p', "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
              "(cluster 3 en 4) en het praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs."),
        ('h2', 'Aanvraag TLV vso'),
        ('p', "De aanvraag wordt ingediend door het bevoegd gezag van de vo-school waar de leerling is ingeschreven "
              "of aangemeld. Bij leerlingen uit groep 8 doet het vso de aanvraag namens het bestuur van de school "
              "van aanmelding. De aanvraag verloopt via het digitale loket en bevat het OPP, het verslag van het "
              "multidisciplinair overleg met ouders en leerling, en een evaluatie van de ingezette ondersteuning."),
        ('p', "De Toelaatbaarheidscommissie (TLC) van het samenwerkingsverband beoordeelt de aanvraag. Twee "
              "deskundigen geven elk een afzonderlijk schriftelijk advies: een orthopedagoog of GZ-psycholoog en "
              "een tweede deskundige die past bij de problematiek van de leerling. Zij zijn onafhankelijk van de "
              "aanvragende school. De directeur-bestuurder neemt het besluit binnen vier weken na ontvangst van de "
              "complete aanvraag; in spoedsituaties binnen vijf werkdagen."),
        ('h2', 'Criteria vso'),
        ('ul', ['De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van de reguliere school ook met '
                'een arrangement structureel overstijgt, blijkend uit een geëvalueerd OPP.',
                'Er is sprake van ernstige en langdurige problematiek op het gebied van gedrag, psychiatrie, '
                'verstandelijke of lichamelijke beperking of langdurige ziekte.',
                'De leerling heeft een combinatie van onderwijs en zorg of behandeling nodig die alleen in het vso '
                'kan worden geboden.',
                'De bekostigingscategorie (laag, midden, hoog) volgt uit het deskundigenadvies.']),
        ('h2', 'Duur en bezwaar'),
        ('p', "Een TLV vso wordt afgegeven voor één tot drie schooljaren, steeds tot en met 31 juli. Ouders en "
              "school kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
              "die het bestuur adviseert over het bezwaar."),
        ('h2', 'Praktijkonderwijs en leerwegondersteuning'),
        ('p', "Voor praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand van "
              "ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen). "
              "Het samenwerkingsverband heeft de landelijke lwoo-criteria niet vervangen. De basisschool levert "
              "uiterlijk 1 februari het onderwijskundig rapport met testgegevens aan; de vo-school van aanmelding "
              "vraagt de TLV pro of de aanwijzing lwoo aan vóór 15 maart. Besluiten worden vóór 1 mei genomen, "
              "zodat leerlingen weten waar zij na de zomer naar school gaan. Een TLV pro geldt voor de hele "
              "schoolloopbaan in het praktijkonderwijs."),
        ('h2', 'Na de vso-periode: terugkeer naar het regulier onderwijs'),
        ('p', "Het samenwerkingsverband streeft ernaar dat leerlingen in het vso, waar dat verantwoord is, "
              "terugkeren naar een reguliere vo-school. Voorwaarde is dat de ontvangende school met haar "
              "basisondersteuning en zo nodig een arrangement aan de ondersteuningsbehoefte kan voldoen en dat de "
              "leerling en ouders achter de overstap staan. Wij vinden het belangrijk dat een terugkeer zorgvuldig "
              "wordt voorbereid, zodat een tweede mislukte plaatsing wordt voorkomen."),
        ('ol', ['Het vso evalueert het OPP van iedere leerling jaarlijks vóór 1 maart en bespreekt daarbij expliciet '
                'of terugkeer mogelijk is.',
                'In het laatste jaar van de TLV stelt het vso uiterlijk in januari een advies op: terugplaatsing, '
                'overplaatsing naar een andere vorm van onderwijs of verlenging.',
                'Bij een advies tot terugplaatsing organiseert de trajectbegeleider van het samenwerkingsverband een '
                'overdrachtsgesprek met het vso, de ontvangende school, ouders en de leerling.',
                'De ontvangende school kan een terugkeerarrangement aanvragen: gedurende maximaal één schooljaar '
                'ambulante begeleiding vanuit het vso en een budget van € 4.500.',
                'Is terugkeer niet verantwoord, dan vraagt het vso tijdig een nieuwe TLV aan volgens de procedure '
                'hierboven.']),
        ('p', "Het aantal terugplaatsingen wordt jaarlijks gerapporteerd in het jaarverslag."),
        ('h1', 'Financiën'),
        ('p', "De middelen van het samenwerkingsverband bestaan uit het budget voor zware ondersteuning en het "
              "budget voor lichte ondersteuning (de voormalige lwoo- en pro-middelen). Na verrekening van de "
              "afdrachten voor het vso en het praktijkonderwijs door DUO verdelen wij de resterende middelen als volgt."),
        ('h2', 'Verdeling'),
        ('ul', ['De middelen lichte ondersteuning gaan volledig naar de besturen, naar rato van het aantal leerlingen '
                'met een aanwijzing lwoo of een TLV pro op de teldatum 1 oktober.',
                'Van het budget zware ondersteuning ontvangen de besturen een schoolbudget van € 95 per leerling '
                'per schooljaar, op basis van het totaal aantal leerlingen op 1 oktober van het voorafgaande jaar.',
                'Voor individuele arrangementen is een centraal budget beschikbaar. Toekenning gebeurt door de TLC '
                'op basis van een geëvalueerd OPP; maximaal € 8.000 per leerling per schooljaar.',
                'Het restant dekt de kosten van het bureau, de trajectbegeleiders en de Ondersteuningswijzer.']),
        ('p', "Het verdeelmodel wordt jaarlijks door de directeur-bestuurder vastgesteld na goedkeuring van de raad "
              "van toezicht en advies van de algemene vergadering."),
        ('h2', 'Begroting'),
        ('p', "De meerjarenbegroting 2026-2030 wordt na vaststelling van de jaarrekening 2025 in juni 2026 als "
              "bijlage aan dit plan toegevoegd. Tot die tijd geldt de begroting 2026 zoals vastgesteld in december "
              "2025. Hoe de besturen hun schoolbudget inzetten, leggen zij vast in hun eigen jaarplannen."),
        ('h1', 'Beoogde resultaten en kwaliteitszorg'),
        ('p', "Voor de planperiode 2026-2030 hebben wij de volgende doelen vastgesteld voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ('table', [['Doel', 'Indicator', 'Streefwaarde 2030'],
                   ['Snelle besluiten', 'Gemiddelde doorlooptijd TLV-aanvraag', 'maximaal 4 weken'],
                   ['Passende uitstroom', 'Leerlingen met OPP die het uitstroomperspectief halen', '80%'],
                   ['Terugkeer uit vso', 'Terugplaatsingen per schooljaar', 'ten minste 18'],
                   ['Duurzame terugkeer', 'Teruggeplaatste leerlingen die na een jaar nog op de nieuwe school zitten', '85%'],
                   ['Ouders goed geïnformeerd', 'Tevredenheid ouders over informatie (1-10)', '7,5']]),
        ('p', "De voortgang meten wij op drie manieren. Het bureau maakt elk kwartaal een dashboard met de "
              "doorlooptijden en het aantal TLV's en arrangementen uit het loketsysteem. Eens per jaar in oktober "
              "verzamelen wij via de besturen de uitstroomgegevens van leerlingen met een OPP en de gegevens over "
              "teruggeplaatste leerlingen. Elke twee jaar houden wij een tevredenheidspeiling onder ouders en scholen."),
        ('p', "De uitkomsten worden besproken in de algemene vergadering en de OPR en opgenomen in het jaarverslag, "
              "dat vóór 1 juli verschijnt. Blijft een indicator twee jaar achter, dan stellen wij een verbeterplan op."),
        ('h1', 'Communicatie'),
        ('p', "Goede communicatie is een voorwaarde voor passend onderwijs. Wij communiceren met scholen, besturen, "
              "gemeenten en ketenpartners via nieuwsbrieven, overleggen en de website."),
        ('h2', 'Ouders en leerlingen'),
        ('p', "Naar aanleiding van de terugblik hebben wij de informatie voor ouders en leerlingen vernieuwd. Ouders "
              "vinden informatie over de ondersteuning in de regio op de ouderpagina van de website en in de "
              "Ondersteuningswijzer. Iedere school besteedt in de schoolgids aandacht aan de basisondersteuning en de "
              "mogelijkheden voor extra ondersteuning. Elk jaar in november organiseren wij twee informatieavonden "
              "voor ouders van leerlingen in groep 8 over lwoo, praktijkonderwijs en vso. De brochure \"Passend "
              "onderwijs in het vo\" wordt via de basisscholen verspreid."),
        ('p', "Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Kempenrand. Het steunpunt is onafhankelijk van de scholen en "
              "van het samenwerkingsverband en wordt bemand door twee ervaren oudercoaches. Het is bereikbaar via "
              "telefoon, e-mail en een wekelijks inloopspreekuur in Dommelrode. Ouders kunnen ook contact opnemen "
              "met de Onderwijsconsulenten of met het Landelijk Informatiepunt Ouders & Onderwijs. Bij een geschil "
              "over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie "
              "passend onderwijs."),
        ('h2', 'Overige communicatie'),
        ('p', "Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief. Het bureau heeft een vaste "
              "contactpersoon per school. Besturen ontvangen elk kwartaal een overzicht van de arrangementen en "
              "TLV's van hun scholen."),
    ]
    body += f_landelijk(c) + f_governance(c) + f_opr(c) + f_oogo(c, full=False) + f_personeel(c) + f_ict(c)
    body += f_jaarkalender(c) + f_planning(c, True)
    body += f_glossary(c)
    numbered = number_headings(body)
    blocks = [('title', 'Ondersteuningsplan 2026-2030'),
              ('meta', c.name + ' | ' + c.code),
              ('meta', 'Definitieve versie, vastgesteld 15 april 2026'),
              ('pagebreak', None), ('toc', toc_from(numbered))] + numbered
    return c, blocks


# ---------------------------------------------------------------------------
# Plan 3 - PO, html web version: SWV PO Vallei en Venen
# ---------------------------------------------------------------------------

def plan3():
    c = Ctx(name='Samenwerkingsverband Passend Primair Onderwijs Vallei en Venen', short='SWV Vallei en Venen',
            code='PO 26-04', sector='po', period='2026-2030', region='Vallei en Venen',
            gemeenten=['Amerzijl', 'Woudenhoef', 'Leusveld', 'Scherpendaal'], nbesturen=12, nscholen=58, nspecial=6,
            director='Ellen Bosch-de Graaf', place='Amerzijl', date_sign='april 2026', ouders_passing=True,
            counts=[(14210, 301, 262), (14180, 297, 270), (14095, 305, 281), (13990, 311, 286), (13905, 309, 294)],
            opr_parents=True, opr_n=14, opr_date='9 april 2026', oogo_date='24 februari 2026', fte=18.4,
            dates=['13 november 2025', '15 januari 2026', '23 april 2026'])
    body = []
    body += f_voorwoord(c)
    body += f_context(c)
    body += f_visie(c)
    body += [
        ('h2', 'Terugblik'),
        ('p', "De evaluatie van het vorige plan liet zien dat de basisondersteuning op de meeste scholen op orde "
              "is: 52 van de 58 scholen voldeden in 2025 aan alle afspraken, tegen 41 in 2022. Het aantal "
              "leerlingen dat langer dan drie maanden thuiszat, daalde van 23 naar 14. Wel nam het aantal "
              "toelaatbaarheidsverklaringen voor het so toe, vooral voor jonge kinderen met gedragsproblemen."),
        ('h1', 'Basisondersteuning: wat elke school biedt'),
        ('p', "Basisondersteuning is in Vallei en Venen het niveau van ondersteuning dat alle scholen, op iedere "
              "locatie, ten minste bieden. De besturen hebben dit niveau in 2024 samen vastgesteld en het is "
              "voor deze planperiode ongewijzigd overgenomen. Wat een school bovenop dit niveau biedt, beschrijft "
              "zij in haar schoolondersteuningsprofiel."),
        ('p', "De basisondersteuning bestaat uit vier onderdelen:"),
        ('table', [['Onderdeel', 'Wat dit op iedere school betekent'],
                   ['Ondersteuningsstructuur', 'Een intern begeleider, een ondersteuningsteam met jeugdverpleegkundige '
                    'en lokaal team, vaste leerlingbesprekingen drie keer per jaar.'],
                   ['Preventieve en licht curatieve interventies', 'Dyslexie- en dyscalculieprotocol, '
                    'leesinterventies in groep 3 en 4, een aanpak voor sociale veiligheid en pesten, een '
                    'aanbod voor leerlingen die meer aankunnen, eenvoudige medische handelingen.'],
                   ['Planmatig werken', 'Handelingsgericht werken met groepsplannen of een vergelijkbare cyclus; een OPP '
                    'voor iedere leerling met een eigen leerlijn.'],
                   ['Expertise', 'Consultatie van een orthopedagoog van het samenwerkingsverband binnen drie weken, '
                    'een gedragsspecialist per bestuur en toegang tot het taalnetwerk voor nieuwkomers.']]),
        ('p', "Het samenwerkingsverband bezoekt iedere school eens per drie jaar voor een kwaliteitsgesprek over de "
              "basisondersteuning. Scholen die niet aan alle onderdelen voldoen, maken met hun bestuur een plan "
              "van aanpak met een termijn van maximaal een schooljaar."),
        ('h1', 'Extra ondersteuning en dekkend aanbod'),
        ('p', "Voor leerlingen die meer nodig hebben dan basisondersteuning, kent Vallei en Venen een samenhangend "
              "aanbod binnen en tussen de scholen:"),
        ('ul', ['Arrangementen op de eigen school, aangevraagd door de school bij het Ondersteuningsloket: '
                'inzet van een specialist, extra handen in de groep of een individueel programma.',
                'De Kangoeroe-groepen voor meer- en hoogbegaafde leerlingen: één dagdeel per week op vier locaties.',
                'De Tussenstap: een observatie- en diagnostiekgroep voor jonge kinderen (4 tot 7 jaar) in Woudenhoef.',
                'Nieuwkomersklassen in Amerzijl en Leusveld voor kinderen die korter dan een jaar in Nederland zijn.',
                'Drie scholen voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs (cluster 3 en 4).',
                'Onderwijs-zorgarrangementen, samen met de gemeenten, voor leerlingen die onderwijs en jeugdhulp '
                'in samenhang nodig hebben.']),
        ('h2', 'Zorgplicht en thuiszitters'),
        ('p', "Wanneer een school niet de ondersteuning kan bieden die een leerling nodig heeft, zoekt het bestuur "
              "een passende plek; de consulent van het samenwerkingsverband helpt daarbij. Lukt dat niet binnen "
              "zes weken, dan wordt de leerling besproken in het Regionaal Overleg Passende Plek, waarin alle "
              "besturen, leerplicht en de gemeentelijke toegang zijn vertegenwoordigd. Het overleg wijst binnen "
              "twee weken een bestuur aan dat de leerling tijdelijk of definitief plaatst."),
        ('p', "Elk kwartaal stelt het bureau een overzicht op van thuiszitters, leerlingen met een vrijstelling en "
              "wachtlijsten bij de voorzieningen. Uit dat overzicht bleek dat de wachttijd voor De Tussenstap in "
              "2025 opliep tot vijf maanden. Daarom breiden wij De Tussenstap per 1 augustus 2026 uit met een "
              "tweede groep."),
        ('h1', 'Toelaatbaarheid'),
        ('h2', 'Aanvragen van een TLV'),
        ('p', "Een toelaatbaarheidsverklaring voor het sbo of so wordt aangevraagd door het bevoegd gezag van de "
              "school waar de leerling is ingeschreven. De intern begeleider vult namens het bestuur het "
              "aanvraagformulier in het digitale Ondersteuningsloket in, met het groeidocument, het OPP en de "
              "verslagen van twee ondersteuningsteams. Ouders ondertekenen de aanvraag of geven hun zienswijze."),
        ('p', "De Commissie Toelaatbaarheid bestaat uit een orthopedagoog, een psycholoog en de coördinator van het "
              "loket. Voor iedere aanvraag geven twee deskundigen, die niet bij de aanvraag betrokken waren, een "
              "afzonderlijk advies. De commissie neemt binnen zes weken een besluit. Een TLV geldt tot en met "
              "31 juli van het schooljaar waarin de leerling de einddatum bereikt; voor het so geldt de TLV "
              "standaard twee schooljaren."),
        ('h2', 'Criteria'),
        ('p', "De criteria voor toelaatbaarheid tot sbo en so herijken wij in 2026 samen met de speciale scholen. "
              "Tot de nieuwe criteria zijn vastgesteld, hanteert de commissie de criteria uit het "
              "ondersteuningsplan 2022-2026."),
        ('h2', 'Terugplaatsing en overplaatsing'),
        ('p', "De werkwijze bij terug- en doorplaatsing staat in het protocol Terug- en doorplaatsing, dat u vindt "
              "op onze website onder Documenten."),
        ('h1', 'Financiën'),
        ('p', "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De verevening is in "
              "2025 afgerond. Omdat het leerlingaantal daalt, nemen de inkomsten in de planperiode licht af."),
        ('h2', 'Meerjarenbegroting'),
        ('table', [['Bedragen in euro', '2026', '2027', '2028', '2029'],
                   ['Rijksbijdrage ondersteuning', '9.912.000', '9.861.000', '9.803.000', '9.755.000'],
                   ['Afdrachten so (DUO)', '3.610.000', '3.680.000', '3.720.000', '3.750.000'],
                   ['Groeibekostiging sbo en so', '215.000', '220.000', '220.000', '220.000'],
                   ['Ondersteuningsbudget schoolbesturen', '3.480.000', '3.420.000', '3.380.000', '3.350.000'],
                   ['Arrangementen via het loket', '1.050.000', '1.050.000', '1.020.000', '1.000.000'],
                   ['Voorzieningen (Kangoeroe, Tussenstap, nieuwkomers)', '820.000', '905.000', '905.000', '905.000'],
                   ['Onderwijs-zorgarrangementen (aandeel SWV)', '260.000', '260.000', '260.000', '260.000'],
                   ['Bureau, commissie en consulenten', '640.000', '650.000', '660.000', '670.000'],
                   ['Saldo', '-163.000', '-324.000', '-362.000', '-400.000']]),
        ('p', "De besturen zetten het ondersteuningsbudget in voor de basisondersteuning en de arrangementen op "
              "school, in het bijzonder voor intern begeleiding, gedragsspecialisten en onderwijsassistenten. Het "
              "begrote tekort wordt gedekt uit de reserve, die daarmee eind 2029 op het niveau van de "
              "signaleringswaarde komt."),
        ('h2', 'Verdeelmodel'),
        ('p', "Het verdeelmodel wordt in deze planperiode herzien. Het algemeen bestuur stelt in de loop van 2026 "
              "een nieuw model vast; de bedragen per bestuur volgen daarna in de jaarbegroting."),
        ('h1', 'Resultaten'),
        ('p', "Voor leerlingen met een ondersteuningsbehoefte willen wij in deze planperiode de volgende resultaten "
              "bereiken:"),
        ('table', [['Beoogd resultaat', 'Nulmeting 2025', 'Streefwaarde 2029'],
                   ['Scholen die voldoen aan alle onderdelen van de basisondersteuning', '52 van 58', '58 van 58'],
                   ['Leerlingen die langer dan 3 maanden thuiszitten', '14', 'minder dan 8'],
                   ['Wachttijd observatiegroep De Tussenstap', '5 maanden', 'maximaal 6 weken'],
                   ['Arrangementen waarvan de doelen zijn gehaald', '71%', '85%'],
                   ['Deelnamepercentage so', '2,08%', 'maximaal 2,0%']]),
        ('p', "Wij volgen deze resultaten met de kwartaalrapportage van het bureau en de jaarlijkse evaluatie van "
              "arrangementen, die scholen aanleveren in het loket. Het bureau rapporteert twee keer per jaar aan "
              "het algemeen bestuur en de OPR; in het jaarverslag verantwoorden wij de bereikte resultaten en de "
              "kosten per voorziening. In 2028 houden wij een tussenevaluatie met een externe onderzoeker."),
        ('h1', 'Ouders'),
        ('p', "Ouders kennen hun kind het best en zijn onmisbaar bij het zoeken naar de juiste ondersteuning. Een "
              "nieuwe ouderwebsite en een ouderbrochure over het ondersteuningsaanbod zijn in ontwikkeling en "
              "verschijnen naar verwachting in het voorjaar van 2027."),
        ('p', "Ouders die vragen hebben of er met de school niet uitkomen, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Vallei en Venen. Het steunpunt is onafhankelijk, kosteloos en bereikbaar via een "
              "telefonisch spreekuur op werkdagen. Een onafhankelijk cliëntondersteuner kan ouders begeleiden bij "
              "gesprekken met school of samenwerkingsverband. Ouders kunnen ook een beroep doen op de "
              "Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld volgens de "
              "klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
    ]
    body += f_landelijk(c) + f_governance(c) + f_opr(c) + f_oogo(c, full=True) + f_personeel(c) + f_ict(c)
    body += f_jaarkalender(c) + f_planning(c, True)
    body += f_glossary(c, title='Bijlage Begrippen en afkortingen')
    numbered = number_headings(body)
    blocks = [('title', 'Ondersteuningsplan 2026-2030'),
              ('meta', f'{c.name} ({c.code}) - webversie. Laatst bijgewerkt: 28 april 2026. Download de pdf-versie.'),
              ('toc', toc_from(numbered))] + numbered
    return c, blocks


# ---------------------------------------------------------------------------
# Plan 4 - VO, markdown web version: SWV VO Alblaswaard-Lek
# ---------------------------------------------------------------------------

def plan4():
    c = Ctx(name='Samenwerkingsverband VO Alblaswaard-Lek', short='SWV VO Alblaswaard-Lek',
            code='VO 28-03', sector='vo', period='2026-2030', region='de Alblaswaard en de Lekstreek',
            gemeenten=['Nieuw-Alblas', 'Lekkerwaard', 'Streefdijk'], nbesturen=5, nscholen=9, nspecial=3,
            director='Hans Molenaar', place='Lekkerwaard', date_sign='april 2026', ouders_passing=True,
            counts=[(7015, 168, 121), (7080, 171, 127), (7122, 176, 133), (7160, 174, 138), (7190, 179, 140)],
            opr_parents=True, opr_n=8, opr_date='31 maart 2026', oogo_date='5 maart 2026', fte=7.8,
            dates=['20 november 2025', '5 februari 2026', '14 april 2026'])
    body = []
    body += f_voorwoord(c)
    body += [('h1', 'Leeswijzer'),
             ('p', "Na de beschrijving van de regio en onze visie leest u in hoofdstuk 3 hoe de ondersteuning op de "
                   "scholen en daarbuiten is georganiseerd. Hoofdstuk 4 gaat over de toelaatbaarheid tot vso en "
                   "praktijkonderwijs en over lwoo, hoofdstuk 5 over terugplaatsing. In hoofdstuk 6 staan geld en "
                   "middelen, in hoofdstuk 7 de informatie aan ouders en leerlingen en in hoofdstuk 8 kwaliteit en "
                   "resultaten. De overige hoofdstukken gaan over organisatie, medezeggenschap, gemeenten, "
                   "personeel, privacy en planning.")]
    body += f_context(c)
    body += f_visie(c)
    body += [
        ('h1', 'Ondersteuning op school en in de regio'),
        ('h2', 'Basisondersteuning'),
        ('p', "Alle scholen in het samenwerkingsverband bieden basisondersteuning. Wat daar precies onder valt, "
              "leggen de besturen vast in een nieuw Referentiekader basisondersteuning VO. Dat referentiekader wordt "
              "in schooljaar 2026-2027 opgesteld, zodra duidelijk is wat de landelijke norm basisondersteuning "
              "gaat inhouden. Tot die tijd beschrijven de scholen hun ondersteuning in hun eigen "
              "schoolondersteuningsprofiel."),
        ('h2', 'Het ondersteuningscontinuüm'),
        ('p', "Het samenwerkingsverband kent een doorlopend aanbod van ondersteuning, van licht naar zwaar. De "
              "voorzieningen sluiten op elkaar aan, zodat een leerling de ondersteuning krijgt die nodig is, zo "
              "dicht mogelijk bij de eigen school."),
        ('table', [['Niveau', 'Voorziening', 'Voor wie', 'Waar'],
                   ['1', 'Basisondersteuning', 'Alle leerlingen', 'Alle scholen (invulling volgt in referentiekader)'],
                   ['2', 'Arrangement op school: extra begeleiding, trainingen, een aangepast rooster of een '
                         'time-outvoorziening binnen de school', 'Leerlingen met een OPP', 'Eigen school'],
                   ['3', 'Leerwegondersteunend onderwijs (lwoo) in kleinere klassen', 'Leerlingen met een '
                         'aanwijzing lwoo', 'Vier vmbo-scholen'],
                   ['4', 'OPDC Het Anker: tijdelijke plaatsing van maximaal een jaar met terugkeer naar de eigen '
                         'school als doel; reboundvoorziening voor maximaal twaalf weken', 'Leerlingen die '
                         'tijdelijk niet in de reguliere klas kunnen functioneren', 'Lekkerwaard'],
                   ['5', 'Praktijkonderwijs', 'Leerlingen met een TLV pro', 'Twee scholen'],
                   ['6', 'Voortgezet speciaal onderwijs cluster 3 en 4', 'Leerlingen met een TLV vso',
                    'Drie vso-scholen'],
                   ['-', 'Internationale schakelklas (ISK)', 'Nieuwkomers', 'Nieuw-Alblas']]),
        ('p', "Het aanbod wordt aangevuld met de onderwijs-zorgklas van vso De Horizon en een jeugdzorgaanbieder, "
              "voor jongeren die naast onderwijs intensieve behandeling nodig hebben. Voor hoogbegaafde leerlingen "
              "bieden twee scholen een versneld traject."),
        ('h2', 'Thuiszitters'),
        ('p', "Thuiszitten is voor iedere jongere één te veel. Een regionale aanpak voor thuiszitters en jongeren "
              "zonder passende plek werken wij in 2027 samen met de leerplichtambtenaren uit. Tot die tijd volgen "
              "wij de landelijke ontwikkelingen."),
        ('h1', 'Toelaatbaarheid vso, pro en lwoo'),
        ('p', "Het samenwerkingsverband beoordeelt of een leerling toelaatbaar is tot het vso of het "
              "praktijkonderwijs en of een leerling in aanmerking komt voor leerwegondersteuning. De "
              "aanvraagprocedure, de formulieren en de termijnen vindt u op www.swv-alblaswaardlek.nl/aanvragen."),
        ('h2', 'Wanneer is een leerling toelaatbaar tot het vso?'),
        ('ul', ['De leerling heeft een ondersteuningsbehoefte op meerdere gebieden (leren, gedrag, communicatie, '
                'lichamelijk of medisch) die langdurig is en niet alleen tijdelijk.',
                'De reguliere school heeft ten minste een half jaar een arrangement op niveau 2 of 4 ingezet en '
                'geëvalueerd, en dat bleek onvoldoende.',
                'De leerling heeft structureel een kleine groep, een hoge mate van voorspelbaarheid en '
                'specialistische begeleiding nodig die de reguliere school ook met een arrangement niet kan bieden.',
                'Bij leerlingen die direct vanuit het so of sbo komen, volstaat een onderbouwing in het OPP dat '
                'regulier voortgezet onderwijs met ondersteuning niet haalbaar is.']),
        ('h2', 'Praktijkonderwijs en lwoo'),
        ('p', "Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en "
              "leerachterstanden van drie jaar of meer op ten minste twee van de domeinen begrijpend lezen, "
              "inzichtelijk rekenen, technisch lezen en spelling, waarvan één begrijpend lezen of inzichtelijk "
              "rekenen is. Ook voor lwoo hanteert het samenwerkingsverband de landelijke criteria: een IQ van 75 "
              "tot en met 90 met een leerachterstand, of een IQ van 91 tot en met 120 met een leerachterstand en "
              "sociaal-emotionele problematiek. Een TLV pro en een aanwijzing lwoo gelden voor de gehele duur "
              "van de opleiding."),
        ('h1', 'Terugplaatsing en overstap vanuit het vso'),
        ('p', "Wij willen dat jongeren die in het vso of in het OPDC zitten, teruggaan naar het regulier voortgezet "
              "onderwijs zodra dat kan. Het vso is voor veel jongeren een plek om op te bouwen, niet een plek voor "
              "de hele schoolloopbaan. Terugplaatsing is in ons beleid de eerste optie die bij iedere evaluatie "
              "wordt bekeken."),
        ('p', "Voorwaarden voor terugplaatsing zijn dat de jongere de doelen uit het OPP op het gebied van gedrag en "
              "werkhouding grotendeels heeft gehaald, dat een reguliere school de ondersteuning kan bieden die "
              "daarna nog nodig is, en dat jongere en ouders de overstap willen. Na de overstap krijgt de "
              "ontvangende school een overstaparrangement: een jaar lang ambulante begeleiding door een "
              "medewerker van het vso die de jongere al kent, en een budget voor extra mentoruren."),
        ('h2', 'Zo verloopt het'),
        ('ol', ['Het vso bespreekt twee keer per jaar, in november en in mei, het OPP van iedere leerling met ouders '
                'en leerling. Daarbij wordt steeds de vraag gesteld of terugplaatsing mogelijk is.',
                'Als het vso terugplaatsing haalbaar acht, meldt het de leerling aan bij de plaatsingscoördinator '
                'van het samenwerkingsverband. Ook ouders kunnen om een terugplaatsingsgesprek vragen.',
                'De plaatsingscoördinator organiseert binnen vier weken een gesprek met het vso, een mogelijke '
                'ontvangende school, ouders en leerling. Zo nodig volgt een proefperiode van zes weken waarin de '
                'leerling twee dagen per week de nieuwe school bezoekt.',
                'De directeur-bestuurder besluit op advies van de plaatsingscoördinator over het overstaparrangement.',
                'De overstap vindt bij voorkeur plaats na een schoolvakantie. De TLV vervalt op de dag van '
                'inschrijving op de reguliere school.',
                'Uiterlijk in het laatste jaar van de TLV beslist het vso samen met het samenwerkingsverband of '
                'terugplaatsing, overplaatsing of verlenging aan de orde is.']),
        ('h1', 'Geld en middelen'),
        ('p', "De onderstaande tabellen geven de verdeling van de middelen en de meerjarenbegroting weer."),
        ('h2', 'Verdeling van de middelen'),
        ('table', [['Post', 'Verdeelsleutel', 'Bedrag 2026'],
                   ['Lichte ondersteuning (lwoo en pro)', 'Doorbetaald aan de besturen naar aantal lwoo- en '
                    'pro-leerlingen op 1 oktober', '€ 3.410.000'],
                   ['Schoolbudget zware ondersteuning', '€ 120 per leerling (1 oktober t-1) plus vaste voet '
                    '€ 15.000 per school', '€ 997.800'],
                   ['Arrangementen niveau 2', 'Toekenning per aanvraag, maximaal € 6.000 per leerling per '
                    'schooljaar', '€ 380.000'],
                   ['OPDC Het Anker en rebound', 'Vast budget op basis van 36 plaatsen', '€ 690.000'],
                   ['Onderwijs-zorgklas', 'Vast budget, gedeeld met de gemeenten (50/50)', '€ 140.000'],
                   ['Overstaparrangementen', '€ 5.000 per teruggeplaatste leerling', '€ 75.000'],
                   ['Bureau en plaatsingscoördinatie', 'Begroting bureau', '€ 420.000']]),
        ('h2', 'Meerjarenbegroting'),
        ('table', [['x € 1.000', '2026', '2027', '2028', '2029'],
                   ['Baten lichte ondersteuning', '3.410', '3.440', '3.460', '3.470'],
                   ['Baten zware ondersteuning', '5.880', '5.915', '5.940', '5.955'],
                   ['Afdrachten vso en pro via DUO', '-3.050', '-3.120', '-3.170', '-3.200'],
                   ['Doorbetaling lichte ondersteuning', '-3.410', '-3.440', '-3.460', '-3.470'],
                   ['Schoolbudgetten', '-998', '-1.003', '-1.008', '-1.011'],
                   ['Arrangementen en overstap', '-455', '-470', '-480', '-480'],
                   ['OPDC, rebound, onderwijs-zorgklas', '-830', '-845', '-860', '-875'],
                   ['Bureau', '-420', '-428', '-436', '-444'],
                   ['Saldo', '127', '49', '-14', '-55']]),
        ('p', "Toelichting: besturen verantwoorden de schoolbudgetten en arrangementen jaarlijks in een korte "
              "rapportage."),
        ('h1', 'Ouders en leerlingen'),
        ('p', "Ouders en leerlingen moeten weten welke ondersteuning er is en waar zij terechtkunnen. Op de website "
              "staat per school een overzicht van de ondersteuning en van de voorzieningen in de regio. Iedere "
              "school neemt in de schoolgids een hoofdstuk over passend onderwijs op. Ouders van leerlingen in groep "
              "8 ontvangen via de basisschool de folder \"Naar het vo met extra ondersteuning\"; in januari is er een "
              "informatieavond over lwoo, pro en vso. Bij het OPDC en het vso krijgen ouders bij de start een "
              "persoonlijk gesprek met de plaatsingscoördinator."),
        ('p', "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Drechtstreek, dat wij samen met twee andere samenwerkingsverbanden financieren. Het steunpunt helpt "
              "bij vragen, denkt mee bij een verschil van mening met school en kan een onafhankelijke "
              "gespreksbegeleider inzetten. Ouders kunnen daarnaast gebruikmaken van de Onderwijsconsulenten en bij "
              "een geschil over het OPP of de toelating terecht bij de Geschillencommissie passend onderwijs."),
        ('p', "Leerlingen hebben sinds de nieuwe wetgeving hoorrecht bij het opstellen van hun OPP. In de OPR "
              "hebben ook leerlingen zitting."),
        ('h1', 'Kwaliteit en resultaten'),
        ('p', "De beoogde en bereikte resultaten van passend onderwijs in de regio beschrijven wij in het jaarverslag. "
              "Een nieuw kwaliteitskader met indicatoren en streefwaarden wordt in schooljaar 2026-2027 samen met de "
              "besturen ontwikkeld en ter instemming aan de OPR voorgelegd."),
    ]
    body += f_landelijk(c) + f_governance(c) + f_opr(c) + f_oogo(c, full=False) + f_personeel(c) + f_ict(c)
    body += f_jaarkalender(c) + f_planning(c, False)
    body += f_glossary(c, title='Begrippenlijst')
    numbered = number_headings(body)
    blocks = [('title', 'Ondersteuningsplan 2026-2030'),
              ('meta', f'{c.name} ({c.code})'),
              ('toc', toc_from(numbered))] + numbered
    return c, blocks


# ---------------------------------------------------------------------------
# Plan 5 - PO, docx: SWV PO Hunzedal (plan "op hoofdlijnen")
# ---------------------------------------------------------------------------

def plan5():
    c = Ctx(name='Samenwerkingsverband Passend Onderwijs Hunzedal', short='SWV Hunzedal',
            code='PO 20-08', sector='po', period='2026-2030', region='het Hunzedal',
            gemeenten=['Zuidlaarmeer', 'Annerveld', 'Gieterveen'], nbesturen=6, nscholen=33, nspecial=3,
            director='Anouk Steenstra', place='Annerveld', date_sign='maart 2026', ouders_passing=False,
            counts=[(5820, 118, 77), (5760, 121, 80), (5702, 126, 83), (5655, 129, 88), (5590, 127, 91)],
            opr_parents=False, opr_n=8, opr_date='26 maart 2026', oogo_date='3 maart 2026', fte=6.5,
            dates=['6 november 2025', '8 januari 2026', '9 april 2026'])
    body = []
    body += f_voorwoord(c)
    body += [('h1', 'Inleiding'),
             ('p', "Dit ondersteuningsplan is een plan op hoofdlijnen. Het beschrijft de koers van het "
                   "samenwerkingsverband voor de komende vier jaar. De uitwerking volgt in jaarplannen, in de "
                   "begroting en in handboeken die als bijlagen bij dit plan horen. Op die manier blijft het plan "
                   "leesbaar en kunnen wij de uitwerking aanpassen wanneer de praktijk daarom vraagt."),
             ('p', "Het plan volgt de wettelijke opbouw: basisondersteuning en het dekkend aanbod, toelaatbaarheid, "
                   "terugplaatsing, financiën, resultaten en de informatie aan ouders. Daarna volgen de organisatie, "
                   "medezeggenschap, samenwerking met gemeenten en de planning.")]
    body += f_context(c)
    body += f_visie(c)
    body += [
        ('h2', 'Terugblik'),
        ('p', "In de vorige planperiode daalde het aantal leerlingen in het regulier onderwijs met ruim vier "
              "procent, terwijl het aantal leerlingen in het speciaal onderwijs steeg van 77 naar 91. Het aantal "
              "thuiszitters bleef met gemiddeld zes per jaar stabiel. De gemiddelde doorlooptijd van een "
              "arrangementaanvraag daalde van zeven naar vier weken."),
        ('h1', 'Basisondersteuning'),
        ('p', "In het Hunzedal sluiten wij aan bij het landelijke Referentiekader passend onderwijs. De besturen "
              "hebben afgesproken dat alle scholen, op al hun locaties, de basisondersteuning bieden zoals die in "
              "het referentiekader is omschreven. Basisondersteuning bestaat daarin uit vier onderdelen:"),
        ('ul', ['basiskwaliteit: de school voldoet aan de eisen die de inspectie stelt;',
                'preventieve en licht curatieve interventies;',
                'een onderwijsondersteuningsstructuur;',
                'planmatig werken volgens de uitgangspunten van handelingsgericht werken.']),
        ('p', "Hoe elke school deze onderdelen invult, verschilt per school en per team. Wij vinden het belangrijk "
              "dat scholen daarin ruimte houden. De besturen spreken in het directeurenoverleg regelmatig over "
              "goede voorbeelden."),
        ('h1', 'Dekkend aanbod'),
        ('p', "Het samenwerkingsverband wil dat iedere leerling in het Hunzedal een passende plek heeft. Daarvoor "
              "is een samenhangend aanbod nodig binnen en tussen de scholen. Dat aanbod ziet er als volgt uit."),
        ('ol', ['Op iedere school: basisondersteuning, zoals beschreven in het vorige hoofdstuk.',
                'Op de eigen school met hulp van het samenwerkingsverband: arrangementen, waarbij een consulent van '
                'het samenwerkingsverband samen met de school een plan maakt. Arrangementen kunnen bestaan uit '
                'begeleiding van de leerling, coaching van de leraar of extra inzet van een onderwijsassistent.',
                'Bovenschools: de Plusgroep voor meer- en hoogbegaafde leerlingen (één ochtend per week), de '
                'Taalklas voor nieuwkomers in Zuidlaarmeer en de observatiegroep De Brug voor jonge kinderen '
                'met een onduidelijke ondersteuningsvraag.',
                'Speciaal basisonderwijs: sbo De Windroos in Annerveld.',
                'Speciaal onderwijs: so De Esch (cluster 3) en so Het Veenhuis (cluster 4), beide met een '
                'onderwijs-zorgafdeling in samenwerking met een jeugdhulpaanbieder.']),
        ('p', "Voor leerlingen met een zeer specifieke ondersteuningsvraag, zoals leerlingen met een "
              "auditieve beperking of ernstig meervoudig beperkte leerlingen, werken wij samen met scholen buiten "
              "de regio."),
        ('h2', 'Zorgplicht en thuiszitters'),
        ('p', "Het bestuur waar een leerling wordt aangemeld, heeft zorgplicht. Kan de school de leerling niet de "
              "nodige ondersteuning bieden, dan schakelt de school uiterlijk twee weken na de aanmelding de "
              "consulent van het samenwerkingsverband in. De consulent zoekt samen met de school en andere "
              "besturen naar een passende plek binnen de termijn van zes weken, die met vier weken kan worden "
              "verlengd."),
        ('p', "Voor thuiszitters geldt een vaste aanpak. Iedere leerling die langer dan twee weken ongeoorloofd "
              "verzuimt of zonder plek is, wordt door de leerplichtambtenaar gemeld bij het samenwerkingsverband. "
              "Binnen vijf werkdagen vindt een overleg plaats met school, leerplicht en, indien betrokken, "
              "jeugdhulp. Het samenwerkingsverband houdt een actuele lijst van thuiszitters bij en bespreekt deze "
              "elke maand met de leerplichtambtenaren. Blijkt dat voor een groep leerlingen geen passend aanbod "
              "bestaat, dan legt de directeur-bestuurder binnen drie maanden een voorstel voor een nieuwe "
              "voorziening voor aan het bestuur. Op die manier is in 2024 de observatiegroep De Brug ontstaan."),
        ('h1', 'Toelaatbaarheid'),
        ('p', "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en "
              "het speciaal onderwijs. Wij willen dat de procedure eenvoudig en snel is en dat de "
              "onderwijsbehoefte van de leerling centraal staat."),
        ('p', "De procedure en de criteria voor de afgifte van toelaatbaarheidsverklaringen zijn opgenomen in het "
              "Handboek Toelaatbaarheid (bijlage 2 bij dit plan). Het handboek wordt jaarlijks geactualiseerd."),
        ('h1', 'Terugplaatsing'),
        ('p', "Voor leerlingen in het sbo of so van wie de toelaatbaarheidsverklaring afloopt, volgen de scholen en "
              "het samenwerkingsverband de volgende stappen:"),
        ('ol', ['In het laatste jaar van de TLV stelt de sbo- of so-school vóór 1 februari een evaluatie van het OPP '
                'op, met een advies over het vervolg.',
                'De evaluatie wordt besproken in de commissie van begeleiding van de school, waarbij een consulent '
                'van het samenwerkingsverband aanwezig is.',
                'Adviseert de commissie terugplaatsing, dan zoekt de consulent vóór 1 april een reguliere '
                'basisschool die de leerling kan ontvangen, bij voorkeur in de eigen woonplaats.',
                'De directeur van de ontvangende school en de directeur van de sbo- of so-school leggen de '
                'afspraken over de overstap vast in een overdrachtsformulier.',
                'De leerling start na de zomervakantie op de nieuwe school. Is terugkeer nog niet verantwoord, '
                'dan volgt een verlengingsaanvraag.']),
        ('p', "Het terugplaatsingsbeleid zelf, met de uitgangspunten, de voorwaarden en de ondersteuning van de "
              "ontvangende school, wordt in schooljaar 2026-2027 herzien."),
        ('h1', 'Geld en middelen'),
        ('p', "Het samenwerkingsverband ontvangt van het Rijk middelen voor passend onderwijs. Wij vinden het "
              "belangrijk dat deze middelen zo dicht mogelijk bij de leerling terechtkomen en dat wij daarover "
              "transparant zijn. Het bestuur stelt jaarlijks de begroting, de meerjarenbegroting en het verdeelmodel "
              "vast. Deze documenten worden afzonderlijk op de website gepubliceerd en maken geen deel uit van dit "
              "plan. In de jaarrekening legt het samenwerkingsverband verantwoording af; de accountant controleert "
              "de rechtmatigheid."),
        ('h1', 'Resultaten en kwaliteitszorg'),
        ('p', "Welke resultaten wij in deze planperiode willen bereiken, leggen wij per jaar vast in het jaarplan. "
              "Zo kunnen wij onze ambities afstemmen op de ontwikkelingen in de regio."),
        ('p', "De kwaliteitszorg van het samenwerkingsverband is ingericht volgens de PDCA-cyclus. Het bureau houdt "
              "een dashboard bij met kengetallen: het aantal arrangementen en TLV's, de doorlooptijd van "
              "aanvragen, het aantal thuiszitters, het deelnamepercentage sbo en so per 1 oktober en het aantal "
              "terugplaatsingen. Twee keer per jaar bespreekt de directeur-bestuurder het dashboard met de "
              "besturen. Scholen evalueren ieder arrangement na afloop met de consulent; de uitkomsten worden "
              "geregistreerd. Eens per twee jaar houden wij een tevredenheidsonderzoek onder scholen. De bereikte "
              "resultaten worden jaarlijks gerapporteerd in het jaarverslag, dat vóór 1 juli wordt vastgesteld en "
              "met de OPR wordt besproken."),
        ('h1', 'Ouders'),
        ('p', "Ouders zijn belangrijke partners in het onderwijs aan hun kind. Hoe het samenwerkingsverband ouders "
              "informeert en waar zij terecht kunnen met vragen, werken wij uit in een communicatieplan dat in het "
              "najaar van 2026 verschijnt."),
    ]
    body += f_landelijk(c, hoorrecht=False) + f_governance(c) + f_opr(c) + f_oogo(c, full=True) + f_personeel(c)
    body += f_ict(c) + f_jaarkalender(c) + f_planning(c, True)
    body += [('h1', 'Bijlagen'),
             ('ul', ['Bijlage 1 Begrippenlijst (hieronder)',
                     'Bijlage 2 Handboek Toelaatbaarheid (afzonderlijk document)',
                     'Bijlage 3 Meerjarenbegroting 2026-2030 (afzonderlijk document)',
                     'Bijlage 4 Verslag OOGO (afzonderlijk document)'])]
    body += f_glossary(c)
    numbered = number_headings(body)
    blocks = [('title', 'Ondersteuningsplan 2026-2030 op hoofdlijnen'),
              ('meta', c.name + ' (' + c.code + ')'),
              ('meta', 'Concept ter vaststelling, versie 2.1'),
              ('pagebreak', None), ('toc', toc_from(numbered))] + numbered
    return c, blocks


# ---------------------------------------------------------------------------
# Near miss - a school's schoolondersteuningsprofiel (html), not an SWV plan
# ---------------------------------------------------------------------------

def nearmiss():
    blocks = [
        ('title', 'Schoolondersteuningsprofiel OBS De Kiekendief 2025-2026'),
        ('meta', 'Openbare basisschool De Kiekendief, Scherpendaal - onderdeel van Stichting Openbaar Onderwijs '
                 'Vallei. Aangesloten bij het samenwerkingsverband passend primair onderwijs in de regio.'),
        ('toc', [(1, '1 Inleiding'), (1, '2 Onze school in cijfers'), (1, '3 Basisondersteuning op De Kiekendief'),
                 (1, '4 Extra ondersteuning en arrangementen'), (1, '5 Grenzen aan onze ondersteuning'),
                 (1, '6 Ouders'), (1, '7 Ambities')]),
        ('h1', '1 Inleiding'),
        ('p', "In dit schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning OBS De Kiekendief "
              "biedt aan leerlingen. Iedere school in Nederland stelt zo'n profiel op. Het SOP is vastgesteld door "
              "het bestuur, na advies van de medezeggenschapsraad, en wordt opgenomen in onze schoolgids. Het "
              "samenwerkingsverband gebruikt de profielen van alle scholen om te zien of er in de regio een "
              "dekkend aanbod is; dat staat in het ondersteuningsplan van het samenwerkingsverband."),
        ('h1', '2 Onze school in cijfers'),
        ('table', [['', '2023-2024', '2024-2025', '2025-2026'],
                   ['Aantal leerlingen', '212', '206', '209'],
                   ['Leerlingen met een OPP', '7', '9', '8'],
                   ['Leerlingen met een arrangement van het samenwerkingsverband', '4', '6', '5'],
                   ['Verwijzingen naar sbo of so (met TLV)', '2', '1', '3'],
                   ['Teruggeplaatst uit sbo', '0', '1', '0']]),
        ('h1', '3 Basisondersteuning op De Kiekendief'),
        ('p', "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet "
              "betekent dat voor onze leerlingen:"),
        ('ul', ['een intern begeleider die vier dagen per week op school is;',
                'groepsbesprekingen drie keer per jaar en leerlingbesprekingen waar nodig;',
                'het dyslexieprotocol, met extra leesbegeleiding in groep 3 en 4;',
                'de Kanjertraining in alle groepen en een anti-pestcoördinator;',
                'een verrijkingsgroep voor leerlingen die meer aankunnen (twee uur per week);',
                'een rekenspecialist en een gedragsspecialist in het team;',
                'een ondersteuningsteam met de jeugdverpleegkundige en de medewerker van het lokale team.']),
        ('p', "Het team heeft de afgelopen jaren scholing gevolgd in handelingsgericht werken en in het omgaan met "
              "gedragsproblemen. Wij werken met groepsplannen en met het leerlingvolgsysteem van Cito."),
        ('h1', '4 Extra ondersteuning en arrangementen'),
        ('p', "Heeft een leerling meer nodig dan wij in de basisondersteuning kunnen bieden, dan bespreken wij dit "
              "eerst met ouders en in het ondersteuningsteam. Samen met de consulent van het samenwerkingsverband "
              "kunnen wij een arrangement aanvragen, bijvoorbeeld extra begeleiding door een ambulant begeleider "
              "of een plaats in de plusklas van het samenwerkingsverband. Wanneer ook dat niet voldoende is, kan "
              "het bestuur een toelaatbaarheidsverklaring aanvragen voor het speciaal basisonderwijs of het "
              "speciaal onderwijs. Het samenwerkingsverband beslist daarover."),
        ('p', "Leerlingen die uit het sbo terugkeren naar onze school, ontvangen wij graag. Wij maken daarvoor "
              "samen met de sbo-school en ouders een overstapplan."),
        ('h1', '5 Grenzen aan onze ondersteuning'),
        ('p', "Wij kunnen niet alles bieden. Ons gebouw heeft geen lift, waardoor leerlingen in een rolstoel de "
              "bovenverdieping niet kunnen bereiken. Voor leerlingen met ernstige gedragsproblemen die de "
              "veiligheid van andere leerlingen in gevaar brengen, of voor leerlingen die voortdurend één-op-één "
              "begeleiding nodig hebben, zoeken wij samen met ouders en het samenwerkingsverband een andere plek."),
        ('h1', '6 Ouders'),
        ('p', "Wij informeren ouders via de schoolgids, de nieuwsbrief en het ouderportaal. Bij zorgen over de "
              "ontwikkeling van hun kind nemen wij direct contact op. Ouders zijn altijd welkom voor een gesprek "
              "met de leerkracht of de intern begeleider. Ouders die er met de school niet uitkomen, kunnen contact "
              "opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de Onderwijsconsulenten. "
              "Onze klachtenregeling staat in de schoolgids."),
        ('h1', '7 Ambities'),
        ('p', "In de komende jaren willen wij de ondersteuning aan meer- en hoogbegaafde leerlingen verder "
              "versterken en het gebouw toegankelijker maken. In schooljaar 2026-2027 volgt het hele team een "
              "scholing over taalontwikkeling bij meertalige kinderen. Wij evalueren het SOP jaarlijks met de MR."),
    ]
    return blocks


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

LABELS = {}

LABELS['po-waalkant-ondersteuningsplan-2026-2030'] = """documents: [po-waalkant-ondersteuningsplan-2026-2030.docx, po-waalkant-ondersteuningsplan-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 3: agreed level for all 41 schools/vestigingen plus twelve concrete standards; kwaliteitskaart and audit as borging."
  plaatsing: "ch. 5 'Toelaatbaarheid tot sbo en so': six numbered steps (bestuur applies via loket, two deskundigen, CvT decides within 6 weeks) and sbo/so criteria; duration and categorie laag/midden/hoog; no bezwaar route."
  terugstroom: "5.5 'Terugplaatsing' inside the TLV chapter gives policy (thuisnabij, conditions, EUR 6.500 terugplaatsingsarrangement) but defers the steps/initiative/moments to a stappenplan 'in de loop van schooljaar 2026-2027'."
  financien: "ch. 6: schoolmodel EUR 182 per leerling + vaste voet EUR 4.000, loket criteria for arrangementen, meerjarenbegroting table 2026-2029, reserve reduction."
  dekkend-aanbod: "ch. 4: four-layer table of provisions; 4.3 thuiszittersoverleg, doorzettingsmacht, gap analysis 2025 and onderwijs-zorggroep 2027; OOGO chapter covers jeugdhulp/OZA."
  resultaten: "ch. 7 lists measurable ambitions, but how progress is measured and reported is deferred to a monitoringsplan 'in het eerste planjaar'; 'Wat we de afgelopen jaren deden' is an activity list, not achieved results."
  ouders: "ch. 8: ouderpagina, folder in four languages, schoolgids/SOP, information evening, spreekuur; an ouder- en jeugdsteunpunt is only being explored (decision 2027); OJSP only in the begrippenlijst. TLV chapter has no bezwaar text."
"""

LABELS['vo-kempenrand-ondersteuningsplan-2026-2030'] = """documents: [vo-kempenrand-ondersteuningsplan-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Basisondersteuning' states one agreed level for every vestiging/leerweg (Referentiekader 2023) but the concrete content is only 'per school in het SOP en de schoolgids' / website."
  plaatsing: "ch. 'Toelaatbaarheid en terugkeer': who applies, dossier, TLC with two separate deskundigen, decision within 4 weeks, vso criteria, duration 1-3 years, bezwaar via LBT, pro/lwoo (national criteria, deadlines 1 feb/15 mrt/1 mei)."
  terugstroom: "sub-section 'Na de vso-periode' inside the TLV chapter: policy/conditions plus five steps (annual OPP evaluation before 1 March, advice in last TLV year, trajectbegeleider, terugkeerarrangement EUR 4.500)."
  financien: "ch. 'Financien': verdeling criteria (lichte ondersteuning per lwoo/pro leerling, EUR 95 per leerling, central arrangementen budget); the meerjarenbegroting is only announced as a later bijlage and spending is left to the besturen' own jaarplannen."
  dekkend-aanbod: "ch. 'Ondersteuningsaanbod en ontwikkelagenda' only refers to the website Ondersteuningswijzer and defers the inventory to 2026-2027/jaarplan 2027-2028; thuiszitters only 'bijzondere aandacht'; OOGO chapter defers content to a convenant 'in voorbereiding'."
  resultaten: "terugblik table with targets vs achieved, goals table with streefwaarden 2030, and monitoring (quarterly dashboard, yearly data collection, biannual peiling, jaarverslag before 1 July)."
  ouders: "all in ch. 'Communicatie' / 'Ouders en leerlingen': website, Ondersteuningswijzer, schoolgids, information evenings, brochure; independent Ouder- en Jeugdsteunpunt Kempenrand, Onderwijsconsulenten, Geschillencommissie."
"""

LABELS['po-vallei-en-venen-ondersteuningsplan'] = """documents: [po-vallei-en-venen-ondersteuningsplan.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Basisondersteuning: wat elke school biedt': level agreed for all schools/locaties, four-part table with concrete provisions, kwaliteitsgesprek every three years."
  plaatsing: "ch. 'Toelaatbaarheid': application by bevoegd gezag via loket, commissie, two deskundigen, 6 weeks, duration; criteria section defers to a 2026 herijking and the absent previous plan 2022-2026."
  terugstroom: "TOC/sub-heading 'Terugplaatsing en overplaatsing' only refers to a protocol on the website; glossary defines terugplaatsing; nothing in body text."
  financien: "meerjarenbegroting table 2026-2029 with amounts and the spending explanation; the verdeelmodel is 'in deze planperiode herzien', new model 'in de loop van 2026'."
  dekkend-aanbod: "ch. 'Extra ondersteuning en dekkend aanbod': list of provisions, zorgplicht route, Regionaal Overleg Passende Plek, quarterly thuiszitters/wachtlijst overview, extra Tussenstap group."
  resultaten: "ch. 'Resultaten': table with nulmeting and streefwaarden, monitoring via kwartaalrapportage, arrangement evaluations, reporting twice a year and in the jaarverslag."
  ouders: "ch. 'Ouders': independent Ouder- en Jeugdsteunpunt, clientondersteuner, Onderwijsconsulenten, klachtenregeling; ouderwebsite/brochure are 'in ontwikkeling' (voorjaar 2027), so informatie not addressed."
"""

LABELS['vo-alblaswaard-lek-ondersteuningsplan'] = """documents: [vo-alblaswaard-lek-ondersteuningsplan.md]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 'Basisondersteuning' only says all schools offer it and defers what it contains to a Referentiekader to be written in 2026-2027; continuum table row says 'invulling volgt'; definition only in the begrippenlijst."
  plaatsing: "ch. 4: vso criteria list and national pro/lwoo criteria with duration; the aanvraagprocedure, forms and terms are only referred to on the website."
  terugstroom: "ch. 5 'Terugplaatsing en overstap vanuit het vso': policy, conditions, overstaparrangement and six numbered steps (evaluations Nov/May, plaatsingscoordinator, directeur-bestuurder decides, TLV ends at enrolment)."
  financien: "only in the two tables of ch. 6 'Geld en middelen': verdeelsleutel per post with amounts and meerjarenbegroting 2026-2029."
  dekkend-aanbod: "3.2 continuum table (arrangement, lwoo, OPDC/rebound, pro, vso, ISK, onderwijs-zorgklas); 3.3 'Thuiszitters' defers the approach to 2027; no zorgplicht handling; OOGO content deferred to a convenant."
  resultaten: "ch. 8 'Kwaliteit en resultaten' refers to the jaarverslag and defers indicators/streefwaarden to a kwaliteitskader to be developed in 2026-2027; no goals or monitoring in the body."
  ouders: "ch. 7 'Ouders en leerlingen': website overview per school, schoolgids chapter, groep-8 folder, January information evening; Ouder- en Jeugdsteunpunt Drechtstreek, Onderwijsconsulenten, Geschillencommissie; hoorrecht."
"""

LABELS['po-hunzedal-ondersteuningsplan-op-hoofdlijnen'] = """documents: [po-hunzedal-ondersteuningsplan-op-hoofdlijnen.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "ch. 'Basisondersteuning': all schools/locations offer the Referentiekader level, but only the four abstract aspects are copied; no concrete voorzieningen ('verschilt per school')."
  plaatsing: "ch. 'Toelaatbaarheid' only states the SWV issues TLVs and refers procedure and criteria to Handboek Toelaatbaarheid 'bijlage 2', which is a separate document not included."
  terugstroom: "ch. 'Terugplaatsing': five steps (evaluation before 1 February, commissie van begeleiding with consulent, receiving school before 1 April, overdrachtsformulier); the policy itself is 'in schooljaar 2026-2027 herzien'."
  financien: "ch. 'Geld en middelen' only says begroting, meerjarenbegroting and verdeelmodel are published separately on the website; no criteria, no amounts (OZA cost-sharing in the OOGO chapter is municipal)."
  dekkend-aanbod: "ch. 'Dekkend aanbod': five-level list of provisions, zorgplicht route with terms, thuiszitters approach with leerplicht and procedure for new provisions; OOGO with jeugdhulp."
  resultaten: "ch. 'Resultaten en kwaliteitszorg': intended results deferred to yearly jaarplan; monitoring via dashboard, arrangement evaluations, survey, jaarverslag before 1 July."
  ouders: "ch. 'Ouders' only says parents are partners and defers information and help to a communicatieplan (najaar 2026); OJSP only in the begrippenlijst; OPR text does not mention parents."
"""

LABELS['sop-obs-de-kiekendief-2025-2026'] = """documents: [sop-obs-de-kiekendief-2025-2026.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "A single basisschool's schoolondersteuningsprofiel (SOP) 2025-2026: describes the school's own basisondersteuning, arrangementen, TLV route, grenzen and ouders, but is not the ondersteuningsplan of a samenwerkingsverband (no SWV-wide policy, no OPR/OOGO, no planperiode)."
"""


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []
    tmpdir = Path(tempfile.mkdtemp(prefix='holdout147_gen_'))
    try:
        # plan 1: docx + pdf
        c, b = plan1()
        name = 'po-waalkant-ondersteuningsplan-2026-2030'
        render_docx(b, OUT / f'{name}.docx', f'Ondersteuningsplan 2026-2030 | {c.short}',
                    f'{c.name} | {c.code} | Basisondersteuning - Toelaatbaarheid - Financien - Ouders')
        docx_to_pdf(OUT / f'{name}.docx', OUT / f'{name}.pdf')
        report.append((name, words_of(b)))

        # plan 2: pdf only (docx kept in temp dir)
        c, b = plan2()
        name = 'vo-kempenrand-ondersteuningsplan-2026-2030'
        render_docx(b, tmpdir / f'{name}.docx', f'{c.short} - Ondersteuningsplan 2026-2030',
                    'Passend onderwijs in de Kempenrand')
        docx_to_pdf(tmpdir / f'{name}.docx', OUT / f'{name}.pdf')
        report.append((name, words_of(b)))

        # plan 3: html
        c, b = plan3()
        name = 'po-vallei-en-venen-ondersteuningsplan'
        render_html(b, OUT / f'{name}.html', c.short,
                    ['Home', 'Over ons', 'Ondersteuningsplan', 'Voor scholen', 'Voor ouders', 'Toelaatbaarheid (TLV)',
                     'Terugplaatsing', 'Documenten', 'Contact'],
                    [f'{c.name} | Stationsweg 14, Amerzijl | info@swvvalleienvenen.nl',
                     'Ouders: kijk op onze ouderpagina of bel het Ouder- en Jeugdsteunpunt.',
                     'Privacyverklaring | Cookies | Toegankelijkheid'])
        report.append((name, words_of(b)))

        # plan 4: markdown
        c, b = plan4()
        name = 'vo-alblaswaard-lek-ondersteuningsplan'
        render_md(b, OUT / f'{name}.md', [('title', 'Ondersteuningsplan 2026-2030'), ('organisation', c.name),
                                         ('code', c.code), ('layout', 'page'), ('permalink', '/ondersteuningsplan/')])
        report.append((name, words_of(b)))

        # plan 5: docx
        c, b = plan5()
        name = 'po-hunzedal-ondersteuningsplan-op-hoofdlijnen'
        render_docx(b, OUT / f'{name}.docx', f'{c.short} | Ondersteuningsplan op hoofdlijnen 2026-2030',
                    'Concept ter vaststelling - versie 2.1')
        report.append((name, words_of(b)))

        # near miss: html
        b = nearmiss()
        name = 'sop-obs-de-kiekendief-2025-2026'
        render_html(b, OUT / f'{name}.html', 'OBS De Kiekendief',
                    ['Home', 'Onze school', 'Schoolgids', 'Ondersteuning', 'Ouders', 'Contact'],
                    ['OBS De Kiekendief | Kiekendiefstraat 3, Scherpendaal'])
        report.append((name, words_of(b)))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    for name, text in LABELS.items():
        (OUT / f'{name}.expected.yaml').write_text(text, encoding='utf-8')
    for name, n in report:
        print(f'{name}: {n} words')


if __name__ == '__main__':
    main()
