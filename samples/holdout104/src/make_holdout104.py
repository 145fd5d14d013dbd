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

# ===========================================================================
# Plan A - PO, large verband, formal house style (.docx)
# ===========================================================================
A_NAME = 'Samenwerkingsverband Passend Primair Onderwijs Vaart en Veen'


def plan_a():
    return [
        TITLE('Ondersteuningsplan 2024-2028',
              A_NAME + ' (PO 24-05)',
              'Samen zorgen voor passend onderwijs in Oostervaart, Lindeveen, Haarsloot en Brederwijk',
              'Vastgesteld door het algemeen bestuur op 17 april 2024'),
        TOC((1, '1 Voorwoord', 3), (1, '2 Inleiding en wettelijk kader', 4), (1, '3 Ons samenwerkingsverband in cijfers', 6),
            (1, '4 Missie, visie en ambities', 8), (1, '5 Basisondersteuning', 10), (1, '6 Extra ondersteuning en dekkend aanbod', 13),
            (1, '7 Toelaatbaarheid tot sbo en so', 17), (1, '8 Terugplaatsing en overplaatsing', 20), (1, '9 Ouders', 22),
            (1, '10 Geld en middelen', 24), (1, '11 Kwaliteit en resultaten', 28), (1, '12 Organisatie en governance', 31),
            (1, '13 Medezeggenschap', 33), (1, '14 Personeel en professionalisering', 34), (1, '15 Privacy en ICT', 36),
            (1, '16 Totstandkoming en planning', 37), (1, 'Bijlage 1 Begrippenlijst', 39)),
        H1('1 Voorwoord'),
        P("""Voor u ligt het ondersteuningsplan 2024-2028 van Samenwerkingsverband Passend Primair Onderwijs Vaart en Veen.
        Het is het derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014. Tien jaar na die
        invoering staan we als negen schoolbesturen, met onze scholen, de gemeenten en onze partners in de jeugdhulp,
        voor een nieuwe fase. De grote verbouwing van het stelsel is achter de rug; nu gaat het erom dat wat we hebben
        opgebouwd ook voor elk kind en voor elke leraar merkbaar wordt. Dat vraagt om scherpe keuzes, om heldere
        afspraken en om een samenwerkingsverband dat niet alleen middelen verdeelt, maar ook zelf het gesprek over
        kwaliteit aangaat."""),
        P("""In de afgelopen maanden hebben wij met veel mensen gesproken. Intern begeleiders, directeuren, leraren,
        ouders, leden van de ondersteuningsplanraad, wethouders en beleidsmedewerkers van de vier gemeenten hebben
        meegedacht. Hun bijdragen zijn in dit plan terug te vinden. Soms letterlijk, soms in de vorm van een afspraak
        die anders is geworden dan we vooraf hadden bedacht. Wij zijn iedereen die heeft bijgedragen erkentelijk."""),
        P("""Dit plan is een werkdocument. Het legt vast wat wij de komende vier schooljaren met elkaar afspreken, maar
        het is geen eindpunt. Elk jaar vertalen wij de afspraken in een jaarplan en een jaarbegroting, en elk jaar
        leggen wij verantwoording af in ons jaarverslag. Zo blijft het plan levend."""),
        P("""Drs. M. (Marloes) Verhagen, directeur-bestuurder"""),
        H1('2 Inleiding en wettelijk kader'),
        H2('2.1 Waarom een ondersteuningsplan'),
        P("""Elk samenwerkingsverband stelt ten minste eens per vier jaar een ondersteuningsplan vast (artikel 18a,
        zevende lid, WPO). Het plan beschrijft hoe het samenwerkingsverband zijn wettelijke opdracht uitvoert: zorgen
        voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat leerlingen een
        ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo
        passend mogelijke plaats in het onderwijs krijgen."""),
        P("""De wet schrijft voor dat het plan in elk geval ingaat op de basisondersteuning, op de procedure en criteria
        voor de verdeling en besteding van de ondersteuningsmiddelen, op de procedure en criteria voor plaatsing in het
        speciaal basisonderwijs en het speciaal onderwijs, op de procedure en het beleid voor terugplaatsing of
        overplaatsing naar het basisonderwijs, op de beoogde en bereikte resultaten en op de wijze waarop ouders worden
        geïnformeerd. In de hoofdstukken 5 tot en met 11 werken wij deze onderwerpen uit."""),
        H2('2.2 Leeswijzer'),
        P("""Hoofdstuk 3 schetst de context van ons verband in cijfers. Hoofdstuk 4 bevat onze missie, visie en ambities.
        Daarna volgen de inhoudelijke hoofdstukken. De hoofdstukken 12 tot en met 16 gaan over de organisatie, de
        medezeggenschap, het personeel, privacy en de totstandkoming van dit plan. Achterin is een begrippenlijst
        opgenomen. Waar in dit plan 'school' staat, bedoelen wij elke vestiging van een school die onder ons
        samenwerkingsverband valt, inclusief nevenvestigingen."""),
        H2('2.3 Planperiode'),
        P("""Dit ondersteuningsplan geldt van 1 augustus 2024 tot en met 31 juli 2028. Het plan is op 9 april 2024 in het
        op overeenstemming gericht overleg (OOGO) met de vier gemeenten besproken, op 11 april 2024 besproken met
        Samenwerkingsverband VO Vaart en Veen, en de ondersteuningsplanraad heeft op 15 april 2024 ingestemd. Het
        algemeen bestuur stelde het plan op 17 april 2024 vast, waarna het voor 1 mei 2024 aan de Inspectie van het
        Onderwijs is toegezonden."""),
        H1('3 Ons samenwerkingsverband in cijfers'),
        P("""Samenwerkingsverband Vaart en Veen omvat de gemeenten Oostervaart, Lindeveen, Haarsloot en Brederwijk. Het
        gebied kent één middelgrote stad en een groot landelijk gebied met kleine kernen. Negen schoolbesturen zijn bij
        het verband aangesloten: vier openbare, drie protestants-christelijke, één rooms-katholieke en één algemeen
        bijzondere stichting. Samen zijn zij verantwoordelijk voor 62 basisscholen met 71 vestigingen, twee scholen voor
        speciaal basisonderwijs (sbo De Wissel en sbo Het Anker) en drie locaties voor speciaal onderwijs (De Fontein,
        cluster 3; Hofstede, cluster 3 zml; en Het Baken, cluster 4)."""),
        T(['Kengetal (teldatum 1 oktober)', '2020', '2021', '2022', '2023'],
          ['Leerlingen basisonderwijs', '14.412', '14.301', '14.196', '14.088'],
          ['Leerlingen sbo', '318', '326', '331', '329'],
          ['Leerlingen so (cluster 3 en 4)', '231', '244', '251', '262'],
          ['Deelnamepercentage sbo', '2,15%', '2,22%', '2,27%', '2,27%'],
          ['Deelnamepercentage so', '1,56%', '1,66%', '1,72%', '1,81%'],
          ['Landelijk deelnamepercentage so', '1,72%', '1,75%', '1,80%', '1,84%']),
        P("""Het aantal leerlingen in het basisonderwijs daalt licht, vooral in de kleine kernen. Het aantal leerlingen in
        het speciaal onderwijs stijgt. Die stijging baart ons zorgen, omdat zij niet gepaard gaat met een vergelijkbare
        stijging van de middelen en omdat wij liever zien dat kinderen thuisnabij naar school gaan. Tegelijk laat de
        stijging zien dat er kinderen zijn die in het speciaal onderwijs op hun plek zijn en die daar ook recht op
        hebben. Wij kiezen er daarom niet voor om te sturen op een vast percentage, maar wel om de ontwikkeling goed te
        volgen (zie hoofdstuk 11)."""),
        P("""Het verband kent een relatief hoog aandeel leerlingen met een gewicht in de zin van de
        onderwijsachterstandenregeling, vooral in de wijken Noorderhaven en De Schans in Oostervaart. Ook het aantal
        nieuwkomers is de laatste jaren gegroeid. Deze kenmerken hebben gevolgen voor de vraag naar ondersteuning,
        bijvoorbeeld op het gebied van taal en van sociaal-emotionele ontwikkeling."""),
        H1('4 Missie, visie en ambities'),
        H2('4.1 Missie'),
        P("""Wij zorgen er samen voor dat ieder kind in Vaart en Veen onderwijs krijgt dat past, zo dicht mogelijk bij huis,
        met de ondersteuning die het nodig heeft. Wij doen dat samen met ouders, met de scholen en met onze partners.
        Wij zijn er voor de kinderen; het samenwerkingsverband is daarbij een middel en geen doel op zich."""),
        H2('4.2 Visie'),
        P("""Wij gaan ervan uit dat elk kind zich wil en kan ontwikkelen. Verschillen tussen kinderen zijn normaal. Een
        goede school is een school waar leraren die verschillen zien en er in hun handelen op inspelen. Ondersteuning
        begint daarom in de klas, bij de leraar, en wordt waar nodig versterkt door de school, het bestuur en het
        samenwerkingsverband. Wij werken handelingsgericht: wij kijken naar wat een kind nodig heeft en niet in de eerste
        plaats naar een diagnose. Ouders zijn daarbij de eerste deskundigen over hun kind. Resultaten zien wij niet
        alleen in toetsscores, maar ook in welbevinden, in zelfvertrouwen en in een ononderbroken schoolloopbaan."""),
        P("""Wij geloven in gedeelde verantwoordelijkheid. Geen school hoeft alles alleen te kunnen, maar elke school moet
        wel weten waar zij hulp kan halen. Dat vraagt om vertrouwen tussen besturen, om elkaar aanspreken en om het delen
        van expertise. Middelen volgen de ondersteuningsvraag, niet andersom."""),
        H2('4.3 Ambities voor 2024-2028'),
        UL("""Elke school biedt aantoonbaar het afgesproken niveau van basisondersteuning.""",
           """Leerlingen krijgen sneller de juiste ondersteuning, met minder bureaucratie voor school en ouders.""",
           """Er is voor elk kind een passende plek; thuiszitten is uitzondering en duurt kort.""",
           """Onderwijs en jeugdhulp werken in en rond de school als één team.""",
           """Wij leggen helder verantwoording af over wat de inzet van middelen oplevert."""),
        P("""Deze ambities zijn in hoofdstuk 11 vertaald naar beoogde resultaten met meetbare indicatoren."""),
        H1('5 Basisondersteuning'),
        H2('5.1 Wat verstaan wij onder basisondersteuning'),
        P("""Basisondersteuning is in Vaart en Veen het door alle negen besturen vastgestelde minimumniveau van
        ondersteuning dat iedere vestiging van iedere basisschool in het verband biedt, zonder dat daarvoor een aanvraag
        bij het samenwerkingsverband nodig is. Het niveau geldt voor alle 71 vestigingen gelijk; een school kan meer
        bieden, maar niet minder. Wat een school boven dit niveau biedt, beschrijft zij in haar schoolondersteuningsprofiel
        en vanaf 2025 in de schoolgids. De besturen hebben dit niveau op 7 december 2023 opnieuw vastgesteld; het is
        gebaseerd op de vier aspecten uit het referentiekader (basiskwaliteit, preventieve en licht curatieve
        interventies, de onderwijsondersteuningsstructuur en planmatig werken) en op de ervaringen van de afgelopen
        planperiode."""),
        H2('5.2 Wat mag u van elke school verwachten'),
        P("""Onderstaande afspraken vormen samen de basisondersteuning. Zij gelden voor elke school in het verband."""),
        T(['Domein', 'Afspraak: elke school ...'],
          ['Ondersteuningsstructuur', 'heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen, een vast ondersteuningsteam (IB, directie, leerkracht, ouders, zo nodig jeugdverpleegkundige of schoolmaatschappelijk werk) dat minimaal zes keer per jaar bijeenkomt, en kan binnen twee weken een consultatie van de orthopedagoog van het samenwerkingsverband inroepen.'],
          ['Planmatig werken', 'werkt met een leerlingvolgsysteem, houdt drie keer per jaar groepsbesprekingen, stelt voor leerlingen met een eigen leerlijn een ontwikkelingsperspectief (OPP) op en evalueert dat twee keer per jaar met ouders.'],
          ['Lezen en dyslexie', 'werkt volgens het Protocol Leesproblemen en Dyslexie, biedt vanaf groep 2 signalering en extra leestijd, en verzorgt de aanvraag voor vergoede dyslexiezorg.'],
          ['Rekenen en dyscalculie', 'werkt volgens het protocol ERWD en biedt remediërende instructie in kleine groepen.'],
          ['Gedrag en sociale veiligheid', 'heeft een schoolbreed gedragsprogramma (zoals PBS of Kanjertraining), een anti-pestcoördinator, een protocol voor grensoverschrijdend gedrag en monitort jaarlijks de sociale veiligheid.'],
          ['Meer- en hoogbegaafdheid', 'signaleert met een vastgesteld instrument en biedt verrijking en compacting in de eigen groep.'],
          ['Taal en NT2', 'biedt leerlingen met een taalachterstand extra taalaanbod en werkt samen met de vve-partners bij de overgang naar groep 1.'],
          ['Medisch handelen', 'werkt met het protocol medisch handelen van het eigen bestuur en kan eenvoudige medische handelingen uitvoeren na instructie.'],
          ['Fysieke toegankelijkheid', 'is voor leerlingen met een lichte motorische beperking toegankelijk of kan binnen een half jaar aanpassingen realiseren.'],
          ['Samenwerking ketenpartners', 'heeft een vaste contactpersoon van het lokale team jeugd en een jeugdverpleegkundige van de GGD.']),
        P("""Ouders en leraren mogen deze afspraken dus op elke school terugvinden. De afspraken zijn bewust concreet
        geformuleerd, zodat een school, een ouder of een leraar kan nagaan of de basisondersteuning op orde is."""),
        H2('5.3 Hoe wij de basisondersteuning borgen'),
        P("""Elke school vult jaarlijks voor 1 november de kwaliteitskaart basisondersteuning in. De consulent van het
        samenwerkingsverband bespreekt de kaart met de directeur en de intern begeleider. Eens per vier jaar voert het
        verband op elke school een audit uit, samen met een collega-IB'er van een ander bestuur. Voldoet een school op
        een of meer onderdelen niet, dan stelt het bestuur binnen drie maanden een verbeterplan op; het verband volgt de
        uitvoering en kan expertise inzetten. Wanneer een school na een jaar nog niet op niveau is, agendeert de
        directeur-bestuurder dit in het algemeen bestuur."""),
        H1('6 Extra ondersteuning en dekkend aanbod'),
        H2('6.1 Van basis naar extra en speciaal: het ondersteuningscontinuüm'),
        P("""Het ondersteuningsaanbod in Vaart en Veen is opgebouwd als een doorlopende reeks. Niveau 1 en 2 zijn de
        basisondersteuning in de groep en in de school (hoofdstuk 5). Op niveau 3 zet de school met haar eigen
        schoolbudget (zie hoofdstuk 10) extra ondersteuning in, bijvoorbeeld een onderwijsassistent, een
        gespecialiseerde leerkracht of een kortdurend groepje. Op niveau 4 vraagt de school via het Loket een
        arrangement aan bij het samenwerkingsverband, of plaatst zij de leerling tijdelijk in een bovenschoolse
        voorziening. Niveau 5 is het speciaal basisonderwijs en het speciaal onderwijs."""),
        T(['Voorziening', 'Voor wie', 'Plaatsen / omvang'],
          ['Individueel arrangement (niveau 4)', 'leerlingen bij wie de schoolmiddelen niet toereikend zijn', 'circa 180 per jaar'],
          ['Observatiegroep De Overstap (Oostervaart)', 'jonge kinderen (4-7 jaar) met een onduidelijke ondersteuningsvraag, maximaal 12 weken', '2 groepen van 8'],
          ['Plusklas Kiem (drie locaties)', 'hoogbegaafde leerlingen groep 5-8, één dagdeel per week', '96 plaatsen'],
          ['Taalklas nieuwkomers (Oostervaart en Lindeveen)', 'nieuwkomers in hun eerste jaar in Nederland', '4 groepen'],
          ['Ambulante begeleiding vanuit het so', 'leerlingen met een cluster-3- of cluster-4-problematiek in het regulier onderwijs', 'op aanvraag'],
          ['Sbo De Wissel en sbo Het Anker', 'leerlingen met een TLV sbo', '329 leerlingen'],
          ['So De Fontein, Hofstede, Het Baken', 'leerlingen met een TLV so', '262 leerlingen']),
        P("""Daarnaast maken leerlingen uit ons verband gebruik van scholen buiten de regio, met name de mytylschool in
        Zuiderstad en een school voor so cluster 4 met een residentiële voorziening. Voor kinderen voor wie onderwijs en
        zorg niet te scheiden zijn, kennen wij onderwijs-zorgarrangementen op so De Fontein en in de dagbehandeling van
        jeugdhulpaanbieder De Brug, waar een leerkracht van het so onderwijs verzorgt."""),
        H2('6.2 Hoe wij lacunes opsporen en aanpakken'),
        P("""Het samenwerkingsverband stelt elk jaar in het voorjaar een analyse van het dekkend netwerk op. Bronnen zijn de
        aanvragen bij het Loket, de wachtlijsten van sbo en so, de meldingen van thuiszitters van de leerplichtambtenaren
        van de vier gemeenten, de signalen uit de ondersteuningsteams en de gesprekken met ouders die zich bij ons
        melden. De analyse wordt besproken met de besturen en in het OOGO met de gemeenten. Wanneer blijkt dat een groep
        leerlingen geen passend aanbod heeft, stelt het algemeen bestuur binnen zes maanden een plan van aanpak vast met
        een trekker, een budget en een termijn."""),
        P("""De analyse van 2023 liet drie lacunes zien: een wachtlijst van gemiddeld vier maanden voor so cluster 4 (Het
        Baken), een gebrek aan passend aanbod voor jonge kinderen met ernstige gedragsproblemen in Brederwijk en een
        groeiend aantal kinderen dat langdurig gedeeltelijk thuiszit wegens angst- en stemmingsproblematiek. Voor de
        eerste lacune is met het bestuur van Het Baken afgesproken dat per 1 augustus 2024 een extra groep start. Voor de
        tweede wordt in 2024-2025 een tweede observatiegroep in Brederwijk ingericht. Voor de derde is een
        thuiszittersarrangement ontwikkeld: een combinatie van onderwijs op afstand, een trajectbegeleider van het
        verband en behandeling vanuit de jeugdhulp, met als doel binnen drie maanden volledige terugkeer naar school."""),
        P("""Voor thuiszitters werken wij met een thuiszitterstafel per gemeente, waar leerplicht, school, verband en
        jeugdhulp aanschuiven. Iedere thuiszitter heeft binnen twee weken na melding een casusregisseur. Lukt het niet om
        binnen drie maanden een oplossing te vinden, dan kan de directeur-bestuurder doorzettingsmacht inzetten: zij
        wijst dan een school en een arrangement aan, waarbij het verband de kosten draagt. De zorgplicht van de
        schoolbesturen blijft daarbij onverminderd van kracht."""),
        H2('6.3 Samenwerking met gemeenten en jeugdhulp'),
        P("""Met de vier gemeenten hebben wij in het OOGO afgesproken om samen te werken aan vier thema's: jeugdhulp in en
        om de school, thuiszitters, de overgang van voorschool naar basisschool en leerlingenvervoer. Elke school heeft een
        vaste contactpersoon van het lokale team. In 2024 starten twee pilots met een jeugdhulpverlener in de school,
        gezamenlijk gefinancierd door gemeente en verband."""),
        H1('7 Toelaatbaarheid tot sbo en so'),
        H2('7.1 De aanvraag'),
        P("""Wanneer een school constateert dat een leerling, ook met extra ondersteuning, niet tot ontwikkeling komt in het
        regulier onderwijs, kan het bevoegd gezag van de school waar de leerling staat ingeschreven een
        toelaatbaarheidsverklaring (TLV) aanvragen. De aanvraag gaat via het digitale Loket van het samenwerkingsverband
        en bevat in elk geval het groeidocument met de ondersteuningsgeschiedenis, het actuele OPP, het verslag van het
        laatste overleg van het ondersteuningsteam, en de zienswijze van de ouders. Ook het sbo of so kan, namens een
        school van buiten het verband of voor een leerling die nog niet op school staat ingeschreven, een aanvraag doen."""),
        H2('7.2 Beoordeling en besluit'),
        OL("""Het Loket controleert binnen vijf werkdagen of de aanvraag volledig is.""",
           """Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog en,
           afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een kinderpsychiater, maatschappelijk
           werker, pedagoog of arts). De deskundigen zijn niet betrokken geweest bij de aanvraag.""",
           """De Commissie van Toelaatbaarheid (CvT) weegt de adviezen en neemt namens het bestuur een besluit.""",
           """Het besluit wordt binnen zes weken na ontvangst van de volledige aanvraag genomen en schriftelijk aan het
           bevoegd gezag en de ouders gemeld. Ouders ontvangen een afschrift van de deskundigenadviezen."""),
        H2('7.3 Criteria'),
        P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"""),
        UL("""de school heeft de basisondersteuning en ten minste één schooljaar extra ondersteuning (niveau 3 en/of een
           arrangement op niveau 4) aantoonbaar en handelingsgericht ingezet en geëvalueerd;""",
           """de ondersteuningsbehoefte vraagt om een kleine groep met een structureel aangepast programma gedurende de
           hele schooldag;""",
           """de verwachting is dat de leerling in het regulier onderwijs, ook met een arrangement, het
           ontwikkelingsperspectief niet zal halen."""),
        P("""Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een ondersteuningsbehoefte
        op meerdere domeinen (leren, gedrag, communicatie, lichamelijke of medische zorg) die een intensiteit vraagt die
        ook het sbo niet kan bieden, bijvoorbeeld een combinatie van onderwijs en behandeling of een structureel
        aangepaste leeromgeving. Bij zeer ernstige meervoudige beperkingen kan de CvT een TLV afgeven zonder voorafgaand
        traject in het regulier onderwijs."""),
        H2('7.4 Duur en bekostigingscategorie'),
        P("""Een TLV sbo wordt afgegeven voor de rest van het lopende schooljaar plus twee schooljaren. Een TLV so wordt in
        de regel afgegeven voor twee schooljaren, tot en met 31 juli, en voor leerlingen met een stabiel en blijvend
        beeld (bijvoorbeeld zml of EMB) tot het einde van de basisschoolperiode. Bij een TLV so bepaalt de CvT de
        bekostigingscategorie: laag (de meeste leerlingen in cluster 4 en zml), midden (langdurig zieke en lichamelijk
        gehandicapte leerlingen) of hoog (meervoudig gehandicapte leerlingen)."""),
        H2('7.5 Bezwaar'),
        P("""Ouders en het bevoegd gezag kunnen binnen zes weken na de bekendmaking bezwaar maken tegen een besluit over
        toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen (LBT). De commissie hoort partijen en adviseert het bestuur, dat binnen zes weken
        na het advies een nieuw besluit neemt."""),
        H1('8 Terugplaatsing en overplaatsing'),
        P("""Het speciaal (basis)onderwijs is voor veel kinderen een goede plek. Voor een deel van hen is het ook een plek
        voor een bepaalde tijd. Wij vinden dat een kind niet langer in het sbo of so hoort te blijven dan nodig is.
        Daarom is terugplaatsing naar een reguliere basisschool, bij voorkeur thuisnabij, voor ons steeds een serieuze
        optie die wij bij de ontwikkeling van elk kind voor ogen houden."""),
        P("""Ons beleid kent de volgende uitgangspunten. Terugplaatsing is aan de orde als de leerling zich zodanig heeft
        ontwikkeld dat hij met de basisondersteuning en zo nodig een arrangement in het regulier onderwijs verder kan.
        De ontvangende school wordt ruim voor de overstap betrokken en ontvangt van het verband een
        terugplaatsingsarrangement van ten hoogste zes maanden, met een vast bedrag van € 4.500 per leerling, waarmee
        bijvoorbeeld begeleiding door een leerkracht van de sbo- of so-school, extra handen in de klas of een
        wendagenregeling bekostigd kan worden. Een overstap naar een andere sbo- of so-school (overplaatsing) is alleen
        aan de orde als dat beter aansluit bij de ontwikkeling van de leerling. Wij streven ernaar dat het aantal
        terugplaatsingen uit het sbo stijgt van 14 in 2022-2023 naar ten minste 20 per jaar."""),
        P("""Hoe de terugplaatsing stap voor stap verloopt — wie het initiatief neemt, op welke momenten wordt geëvalueerd en
        wie het besluit neemt — leggen wij in het eerste planjaar samen met de sbo- en so-scholen vast in een werkwijzer.
        Tot die tijd maken de scholen daarover per leerling afspraken."""),
        H1('9 Ouders'),
        H2('9.1 Informatie voor ouders'),
        P("""Ouders hebben recht op goede, begrijpelijke informatie over de ondersteuning die scholen en het verband bieden.
        Wij informeren ouders langs verschillende wegen:"""),
        UL("""de ouderpagina op onze website, met uitleg over basisondersteuning, arrangementen, de TLV en de
           bovenschoolse voorzieningen, en met een overzicht van de schoolondersteuningsprofielen van alle scholen;""",
           """de brochure 'Passend onderwijs in Vaart en Veen', die elke school bij de aanmelding meegeeft en die ook in
           het Engels, Arabisch, Pools en Turks beschikbaar is;""",
           """de schoolgids en het schoolondersteuningsprofiel van de school;""",
           """twee informatieavonden per jaar, in het najaar en in het voorjaar, waarvan één online;""",
           """de ouderconsulent van het verband, die op werkdagen telefonisch en per mail bereikbaar is voor vragen over
           de ondersteuningsmogelijkheden."""),
        H2('9.2 Onafhankelijke ondersteuning en als u het niet eens bent'),
        P("""Soms hebben ouders behoefte aan iemand die onafhankelijk van school en verband met hen meedenkt. Ouders kunnen
        daarvoor terecht bij het ouder- en jeugdsteunpunt Wegwijs, dat door het verband wordt gefinancierd maar
        onafhankelijk werkt onder de vlag van de stichting MEE Vaart. Ook kunnen ouders kosteloos een beroep doen op de
        Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de
        Geschillencommissie passend onderwijs. Klachten over het verband zelf worden behandeld volgens de
        klachtenregeling van het verband; daarvoor is een externe vertrouwenspersoon beschikbaar."""),
        H2('9.3 Betrokkenheid'),
        P("""Ouders zijn partner bij het opstellen en evalueren van het OPP, en de helft van de leden van de OPR is ouder.
        Wij organiseren jaarlijks een klankbordbijeenkomst voor ouders om hun ervaringen te horen."""),
    ]


def plan_a_rest():
    return [
        H1('10 Geld en middelen'),
        H2('10.1 Inkomsten'),
        P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning op basis van het
        totale aantal leerlingen in het basisonderwijs in het verband. Van dat budget houdt DUO rechtstreeks de
        bekostiging in van de leerlingen in het so (afdracht so) en van de leerlingen in het sbo boven 2 procent van het
        totale aantal leerlingen (afdracht sbo). Wat resteert, zetten wij in volgens het verdeelmodel hieronder."""),
        H2('10.2 Verdeelmodel'),
        P("""Het verdeelmodel is door het algemeen bestuur op 7 december 2023 vastgesteld. Het kent drie onderdelen:"""),
        T(['Onderdeel', 'Criterium', 'Aandeel', 'Toelichting'],
          ['Schoolbudgetten', 'aantal leerlingen per vestiging op 1 oktober t-1', 'ca. 62%', '€ 205 per leerling, plus een vaste voet van € 6.000 per vestiging; uitbetaald aan het bestuur'],
          ['Arrangementen en voorzieningen', 'toekenning door het Loket op basis van de aanvraag', 'ca. 20%', 'individuele arrangementen, Overstap, plusklas, taalklas, thuiszittersarrangementen'],
          ['Sbo-groei en tussentijdse groei so', 'teldatum 1 februari (groei) en 1 oktober', 'ca. 9%', 'bekostiging sbo boven 2% en groei so op 1 februari'],
          ['Organisatie en expertise', 'begroting verband', 'ca. 9%', 'Loket, CvT, consulenten, orthopedagogen, bureau']),
        P("""Besturen zetten het schoolbudget in voor extra ondersteuning op niveau 3 op de eigen scholen. Een aanvraag voor
        een arrangement op niveau 4 wordt door het Loket toegekend wanneer de school kan laten zien dat de
        basisondersteuning en het schoolbudget zijn ingezet en de ondersteuningsbehoefte daarboven uitstijgt. Het Loket
        beslist binnen vier weken. Een arrangement heeft een looptijd van ten hoogste één schooljaar en een vast bedrag
        per categorie (licht € 3.000, middel € 6.500, intensief € 11.000)."""),
        H2('10.3 Meerjarenbegroting'),
        T(['(x € 1.000)', '2024', '2025', '2026', '2027'],
          ['Baten rijksbijdrage ondersteuning', '11.940', '11.830', '11.720', '11.610'],
          ['Af: afdracht so via DUO', '-4.510', '-4.620', '-4.690', '-4.740'],
          ['Af: afdracht sbo boven 2%', '-260', '-270', '-270', '-270'],
          ['Netto beschikbaar', '7.170', '6.940', '6.760', '6.600'],
          ['Schoolbudgetten besturen', '3.300', '3.240', '3.190', '3.140'],
          ['Arrangementen en bovenschoolse voorzieningen', '1.620', '1.570', '1.520', '1.480'],
          ['Groeibekostiging sbo en so', '650', '640', '630', '620'],
          ['Thuiszittersarrangementen en terugplaatsingsarrangementen', '180', '190', '190', '190'],
          ['Organisatie, Loket, CvT en expertise', '1.510', '1.480', '1.460', '1.440'],
          ['Inzet reserve (afbouw)', '-90', '-180', '-230', '-270'],
          ['Resultaat', '0', '0', '0', '0']),
        P("""De meerjarenbegroting laat zien dat de netto beschikbare middelen dalen door krimp en door de stijging van de
        afdracht so. Wij vangen dat op door de reserve gefaseerd in te zetten en door de kosten van de organisatie niet te
        laten stijgen."""),
        H2('10.4 Reserves en risico’s'),
        P("""Op 31 december 2023 bedroeg het eigen vermogen € 1,41 miljoen. De signaleringswaarde volgens de methodiek van
        de Inspectie ligt voor ons verband op € 0,64 miljoen. De bovenmatige reserve van € 0,77 miljoen zetten wij in de
        jaren 2024-2027 in, zoals zichtbaar in de meerjarenbegroting. De belangrijkste risico’s zijn een verdere stijging
        van het aantal leerlingen in het so en een daling van het leerlingenaantal sterker dan geraamd."""),
        H2('10.5 Verantwoording door besturen'),
        P("""Besturen leggen jaarlijks voor 1 mei verantwoording af over de inzet van het schoolbudget in het vorige
        kalenderjaar, via een vast format: de inzet per school in fte en in euro’s, het aantal leerlingen dat extra
        ondersteuning kreeg en een korte inhoudelijke evaluatie. Het verband bespreekt deze verantwoording in het
        bestuurlijk overleg en neemt de resultaten op in het jaarverslag."""),
        H1('11 Kwaliteit en resultaten'),
        H2('11.1 Beoogde resultaten'),
        P("""De ambities uit hoofdstuk 4 hebben wij vertaald in de volgende beoogde resultaten voor de planperiode."""),
        T(['Ambitie', 'Indicator', 'Nulmeting 2023', 'Streefwaarde 2028'],
          ['Basisondersteuning op orde', 'aandeel scholen dat op alle domeinen van de kwaliteitskaart voldoet', '78%', '100%'],
          ['Sneller de juiste ondersteuning', 'doorlooptijd van complete aanvraag tot besluit (arrangement / TLV)', '5,1 / 7,4 weken', '4 / 6 weken'],
          ['Een passende plek voor elk kind', 'aantal thuiszitters langer dan 3 maanden op 1 oktober', '14', 'maximaal 5'],
          ['Thuisnabij onderwijs', 'deelnamepercentage so', '1,81%', 'niet hoger dan landelijk gemiddelde'],
          ['Terugplaatsing', 'aantal terugplaatsingen vanuit sbo en so per jaar', '17', 'ten minste 25'],
          ['Tevredenheid', 'gemiddelde waardering ouders voor de ondersteuning (schaal 1-10)', '7,0', '7,5']),
        H2('11.2 Hoe wij resultaten volgen en verantwoorden'),
        P("""Wij werken volgens een vaste kwaliteitscyclus. Elk kwartaal rapporteert het bureau aan het algemeen bestuur over
        de kerncijfers uit het dashboard: aanvragen, doorlooptijden, TLV’s, arrangementen, thuiszitters en
        deelnamepercentages. Elk najaar evalueert het bestuur het jaarplan en stelt het zo nodig bij. In het jaarverslag
        leggen wij verantwoording af over de bereikte resultaten ten opzichte van de streefwaarden, en over de middelen
        die daarvoor zijn ingezet. Om de twee jaar houden wij een tevredenheidspeiling onder ouders, intern begeleiders
        en directeuren. De ondersteuningsplanraad en de gemeenten ontvangen het jaarverslag en bespreken het met ons. In
        2026 laten wij een externe tussenevaluatie uitvoeren."""),
        H2('11.3 Wat we bereikten in de vorige planperiode'),
        P("""In de periode 2020-2024 daalde de gemiddelde doorlooptijd van een TLV-aanvraag van 9,2 naar 7,4 weken, nam het
        aantal thuiszitters langer dan drie maanden af van 22 naar 14 en steeg het aandeel scholen met een volledige
        kwaliteitskaart van 61 naar 78 procent. Het deelnamepercentage so steeg echter van 1,56 naar 1,81 procent."""),
        H1('12 Organisatie en governance'),
        P("""Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een algemeen bestuur, waarin alle negen
        aangesloten schoolbesturen zijn vertegenwoordigd, en een directeur-bestuurder aan wie de dagelijkse leiding is
        opgedragen. Het toezicht is belegd bij het algemeen bestuur, dat daartoe een auditcommissie en een
        remuneratiecommissie heeft ingesteld. De statuten bevatten een geschillenregeling tussen de aangesloten besturen."""),
        P("""Het bureau van het samenwerkingsverband is gevestigd in Oostervaart en telt 18 medewerkers (13,2 fte): de
        directeur-bestuurder, een beleidsmedewerker, een controller, drie consulenten, vier orthopedagogen, twee
        trajectbegeleiders, de ouderconsulent, een secretaris van de CvT en een team van vier medewerkers
        bedrijfsvoering. Het bureau werkt vanuit drie gebiedsteams, zodat elke school een vast aanspreekpunt heeft."""),
        P("""Het directeurenoverleg passend onderwijs adviseert het bestuur over de uitvoering van dit plan. Daarnaast zijn er
        netwerken voor intern begeleiders per gebied, die vijf keer per jaar bijeenkomen en waarin kennis en ervaring
        met arrangementen, toelaatbaarheid en de samenwerking met ouders wordt gedeeld."""),
        H1('13 Medezeggenschap'),
        P("""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) van achttien leden, gekozen uit en door de
        medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op
        wijzigingen daarvan. De directeur-bestuurder overlegt ten minste vier keer per jaar met de OPR. Daarnaast heeft het
        verband als werkgever een eigen medezeggenschapsraad voor het personeel van het bureau. De OPR ontvangt jaarlijks
        het jaarplan, de begroting en het jaarverslag."""),
        H1('14 Personeel en professionalisering'),
        P("""Passend onderwijs staat of valt met de leraar. Wij investeren daarom in de deskundigheid van leraren, intern
        begeleiders en directeuren. Jaarlijks bieden wij een scholingsprogramma aan met onder meer handelingsgericht
        werken, omgaan met gedrag, meer- en hoogbegaafdheid en samenwerken met ouders. De netwerken voor intern
        begeleiders worden begeleid door de orthopedagogen van het verband. Besturen kunnen een beroep doen op een
        scholingsbudget van € 40.000 per jaar voor teamscholing op het gebied van passend onderwijs."""),
        P("""Wij zijn ons bewust van de werkdruk in het onderwijs en van het lerarentekort, dat in Oostervaart het sterkst
        voelbaar is. Wij letten erop dat procedures niet onnodig belastend zijn; één van de doelen van deze planperiode is
        dat het groeidocument korter wordt en dat informatie maar één keer hoeft te worden aangeleverd. Ook werken wij
        samen met de pabo in Zuiderstad om studenten kennis te laten maken met het sbo en so."""),
        P("""Het personeel van het bureau valt onder de cao primair onderwijs. In 2024 stellen wij een strategisch
        personeelsbeleid voor het bureau op, waarin ook de werving van orthopedagogen een plek krijgt."""),
        H1('15 Privacy en ICT'),
        P("""Het verband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover dat nodig
        is voor de toewijzing van arrangementen en de beoordeling van toelaatbaarheid. Wij houden ons aan de AVG en aan
        artikel 18a, dertiende lid, WPO. Gegevens worden bewaard tot drie jaar na het besluit. Het verband heeft een
        functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden, en een privacyreglement dat door
        de OPR is besproken."""),
        P("""Aanvragen worden ingediend via een beveiligde digitale omgeving. In 2025 wordt het huidige systeem vervangen; de
        aanbesteding daarvan loopt. Scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen."""),
        H1('16 Totstandkoming en planning'),
        P("""Dit plan kwam tot stand in een traject van tien maanden. In het voorjaar van 2023 evalueerden wij het vorige
        plan met besturen, directeuren, intern begeleiders en de OPR. In het najaar volgden themasessies over
        basisondersteuning, het verdeelmodel en thuiszitters. Een eerste concept is in januari 2024 besproken met de
        besturen en de OPR, een tweede concept in maart. Het OOGO met de gemeenten vond plaats op 9 april 2024; het
        overleg met het samenwerkingsverband VO op 11 april 2024."""),
        T(['Schooljaar', 'Belangrijkste acties'],
          ['2024-2025', 'werkwijzer terugplaatsing, tweede observatiegroep Brederwijk, nieuw digitaal systeem'],
          ['2025-2026', 'basisondersteuning in de schoolgids, audits ronde 1, pilots jeugdhulp in school geëvalueerd'],
          ['2026-2027', 'externe tussenevaluatie, eventuele bijstelling verdeelmodel'],
          ['2027-2028', 'evaluatie planperiode en voorbereiding nieuw ondersteuningsplan']),
        H1('Bijlage 1 Begrippenlijst'),
        UL("""Arrangement: een afgesproken pakket van extra ondersteuning voor een leerling of groep, met een looptijd en
           een budget.""",
           """Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt.""",
           """Bekostigingscategorie: de categorie (laag, midden, hoog) die bepaalt welke bekostiging een so-school voor een
           leerling ontvangt.""",
           """CvT: Commissie van Toelaatbaarheid.""",
           """Dekkend aanbod: een samenhangend geheel van voorzieningen waardoor voor elke leerling een passende plek is.""",
           """Meerjarenbegroting: begroting die meerdere jaren omvat.""",
           """OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.""",
           """OPP: ontwikkelingsperspectief(plan).""",
           """OPR: ondersteuningsplanraad.""",
           """Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen.""",
           """Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier basisonderwijs.""",
           """TLV: toelaatbaarheidsverklaring."""),
    ]


# ===========================================================================
# Plan B - PO, small verband, thin plan 'op hoofdlijnen' (.docx)
# ===========================================================================
B_NAME = 'Samenwerkingsverband Primair Onderwijs Heuvelrand-Zuid'


def plan_b():
    return [
        TITLE('Ondersteuningsplan 2025-2029 — een plan op hoofdlijnen',
              B_NAME + ' · PO 26-11',
              'Versie 1.3 — definitief, na instemming OPR'),
        TOC((1, 'Voorwoord', 2), (1, '1. Inleiding', 3), (1, '2. Onze regio', 4), (1, '3. Missie, visie en kernwaarden', 5),
            (1, 'Landelijke ontwikkelingen', 6), (1, '4. Ondersteuning op de scholen', 7), (1, '5. Dekkend aanbod', 9), (1, '6. Toelaatbaarheid', 10),
            (1, '7. Financiën', 12), (1, '8. Ambities en doelen', 13), (1, '9. Communicatie', 15),
            (1, '10. Organisatie, bestuur en medezeggenschap', 17), (1, '11. Personeel en professionalisering', 19),
            (1, 'Privacy en werkwijze van het bureau', 20), (1, '12. Totstandkoming van dit plan', 20), (1, 'Begrippenlijst', 21)),
        H1('Voorwoord'),
        P("""Beste lezer,"""),
        P("""Met trots presenteren wij het ondersteuningsplan 2025-2029 van ons samenwerkingsverband. Wij hebben bewust
        gekozen voor een plan op hoofdlijnen. Het vorige plan telde ruim negentig pagina’s en werd, eerlijk gezegd, door
        weinig mensen gelezen. Dit plan is korter. Het beschrijft waar wij voor staan, wat wij samen hebben afgesproken en
        welke kant wij op willen. De uitwerking vindt plaats in jaarplannen, in werkdocumenten die wij samen met de scholen
        maken en in de gesprekken die wij elke dag voeren."""),
        P("""Ons verband is klein. Dat is een kracht: de lijnen zijn kort, de intern begeleiders kennen elkaar, en als er
        iets aan de hand is met een kind, weten we elkaar snel te vinden. Het is ook een kwetsbaarheid: wij hebben weinig
        eigen voorzieningen en zijn afhankelijk van de goede wil van de scholen en van onze buren. Dat vraagt om een
        realistische koers."""),
        P("""Ik wil iedereen bedanken die de afgelopen maanden heeft meegedacht: de directeuren, de intern begeleiders, de
        leden van onze ondersteuningsplanraad en de medewerkers van ons bureau. Zonder hen was dit plan er niet gekomen."""),
        P("""Jeroen Dekkers, directeur"""),
        H1('1. Inleiding'),
        P("""Samenwerkingsverbanden moeten elke vier jaar een ondersteuningsplan vaststellen. De wet (artikel 18a WPO)
        noemt de onderwerpen die in dat plan in elk geval aan de orde komen: de basisondersteuning en het samenhangend
        geheel van ondersteuningsvoorzieningen, de verdeling en besteding van middelen, de plaatsing in sbo en so, de
        terugplaatsing naar het basisonderwijs, de beoogde en bereikte resultaten en de informatie aan ouders. Het
        ondersteuningsplan is daarmee het belangrijkste beleidsdocument van het verband."""),
        P("""Zoals gezegd is dit een plan op hoofdlijnen. Dat betekent dat wij in dit plan de kaders vastleggen en de
        uitwerking overlaten aan de jaarplannen en aan de scholen. De scholen bepalen binnen die kaders zelf hoe zij hun
        ondersteuning vormgeven; het verband bepaalt wat er minimaal van iedere school verwacht mag worden. Waar dit plan
        verwijst naar bijlagen of werkdocumenten, zijn die te vinden op de website van het verband."""),
        P("""Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029. Het plan is op 3 april 2025 door het bestuur
        vastgesteld, na instemming van de ondersteuningsplanraad op 27 maart 2025."""),
        H1('2. Onze regio'),
        P("""Ons samenwerkingsverband omvat de gemeenten Heuvelrand en Bosch en Beek. Het is een overwegend landelijk gebied
        met één kern van ruim 20.000 inwoners en een tiental dorpen. Vier schoolbesturen maken deel uit van het verband:
        Stichting Openbaar Onderwijs Heuvelrand, de Stichting voor Christelijk Primair Onderwijs De Ark, de Katholieke
        Scholenstichting Sint Jozef en één eenpitter, de Vrije School De Zonnewijzer. Samen hebben zij 21 basisscholen met
        23 vestigingen en één school voor speciaal basisonderwijs, sbo De Regenboog. In ons gebied ligt geen school voor
        speciaal onderwijs; kinderen die speciaal onderwijs nodig hebben, gaan naar scholen in de omliggende regio."""),
        P("""Op 1 oktober 2024 telden de basisscholen samen ongeveer 4.100 leerlingen. Het aantal leerlingen daalt al jaren
        licht, vooral in de dorpen. Drie scholen hebben minder dan vijftig leerlingen. Dat heeft gevolgen voor de manier
        waarop zij ondersteuning kunnen organiseren: een kleine school heeft nu eenmaal minder mogelijkheden om
        leerlingen in kleine groepen extra aandacht te geven. Tegelijk zien wij op kleine scholen ook veel betrokkenheid
        en maatwerk."""),
        P("""De bevolking vergrijst en jonge gezinnen trekken naar de stad. Dat is een ontwikkeling waar de gemeenten en
        de besturen zich zorgen over maken. Het verband heeft daar geen directe invloed op, maar wij houden er in onze
        planning rekening mee dat de middelen in de komende jaren zullen dalen."""),
        H1('3. Missie, visie en kernwaarden'),
        H2('3.1 Missie'),
        P("""Elk kind in Heuvelrand-Zuid verdient een plek op school waar het zich veilig voelt en kan groeien. Samen met de
        scholen, ouders en partners zorgen wij dat dat lukt."""),
        H2('3.2 Visie'),
        P("""Wij geloven dat kinderen het beste leren in hun eigen omgeving, samen met kinderen uit hun buurt. Daarom kiezen
        wij voor onderwijs zo thuisnabij als mogelijk. Dat betekent niet dat ieder kind op de school om de hoek terecht kan;
        soms is een andere plek beter. Maar het betekent wel dat wij eerst kijken wat er nodig is om een kind op de eigen
        school verder te helpen. De leerkracht is daarin de belangrijkste factor. Wij willen leerkrachten daarom
        ondersteunen, niet alleen met geld, maar vooral met kennis en met tijd."""),
        P("""Wij zien ouders als partners. Zij kennen hun kind het beste. Een goede samenwerking tussen ouders en school is
        voor ons de basis onder elk ondersteuningstraject. Wij vragen scholen om ouders vanaf het begin te betrekken en
        om open te zijn over wat de school wel en niet kan bieden."""),
        H2('3.3 Kernwaarden'),
        UL("""Dichtbij: wij werken zo dicht mogelijk bij het kind, de klas en de school.""",
           """Samen: wij doen het met elkaar, niet voor elkaar.""",
           """Eenvoud: wij houden procedures zo licht mogelijk.""",
           """Vertrouwen: wij gaan uit van de professionaliteit van de school.""",
           """Transparantie: wij zijn helder over keuzes en over de inzet van middelen."""),
        P("""Deze kernwaarden zijn in het najaar van 2024 opgesteld met de directeuren en intern begeleiders tijdens de
        studiedag in De Schaapskooi. Zij vormen de toetssteen voor alle keuzes in dit plan."""),
        H1('4. Ondersteuning op de scholen'),
        H2('4.1 Basisondersteuning'),
        P("""De basisondersteuning is in ons verband het niveau van ondersteuning dat iedere school, en iedere vestiging van
        een school, ten minste biedt. De vier besturen hebben dit niveau samen afgesproken en hebben vastgelegd dat geen
        enkele school eronder mag zakken. Ook de kleinste dorpsschool biedt dit niveau; als dat op eigen kracht niet
        lukt, zorgt het bestuur ervoor dat de school hulp krijgt van een andere school van hetzelfde bestuur. Waar de
        basisondersteuning ophoudt, begint de extra ondersteuning."""),
        P("""De afspraken over de inhoud van de basisondersteuning zijn vastgelegd in het document 'Standaarden
        basisondersteuning Heuvelrand-Zuid' (bijlage 2). Welke voorzieningen een school daarnaast biedt, staat beschreven
        in het schoolondersteuningsprofiel en in de schoolgids van de school."""),
        H2('4.2 Het schoolondersteuningsprofiel'),
        P("""Elke school legt eens per vier jaar in een schoolondersteuningsprofiel (SOP) vast welke ondersteuning zij
        biedt. De medezeggenschapsraad van de school heeft adviesrecht op het SOP. Met de inwerkingtreding van de Wet
        versterking positie ouders en leerlingen verhuist de beschrijving van de ondersteuning naar de schoolgids. Het
        verband verzamelt de profielen, zodat de directeuren ze onderling kunnen vergelijken en van elkaar kunnen leren."""),
        H1('5. Dekkend aanbod'),
        P("""Volgens de wet zorgt het samenwerkingsverband voor een samenhangend geheel van ondersteuningsvoorzieningen,
        zodat er voor elk kind een passende plek is. Wij onderschrijven dat volledig. Juist voor een klein verband zonder
        eigen so-school is dit een uitdaging."""),
        P("""Een volledig overzicht van het ondersteuningsaanbod in de regio — de arrangementen, de bovenschoolse
        voorzieningen, het sbo en de so-scholen waar onze leerlingen naartoe gaan — en van de plekken waar het aanbod nog
        tekortschiet, werken wij in het schooljaar 2025-2026 uit in een 'Kaart van het aanbod'. Die kaart wordt daarna
        als aanvulling op dit plan aan de ondersteuningsplanraad voorgelegd. Ook de aanpak van thuiszitters krijgt daarin
        een plaats."""),
        H1('6. Toelaatbaarheid'),
        H2('6.1 Procedure'),
        P("""Soms is een reguliere basisschool, ook met extra ondersteuning, niet de juiste plek voor een kind. Dan kan het
        kind naar het speciaal basisonderwijs of het speciaal onderwijs. Daarvoor is een toelaatbaarheidsverklaring (TLV)
        van het samenwerkingsverband nodig. De procedure is als volgt."""),
        OL("""De school bespreekt de situatie met de ouders en in het ondersteuningsteam. Het ondersteuningsteam adviseert
           of een TLV-aanvraag passend is.""",
           """Het schoolbestuur dient de aanvraag in bij het Ondersteuningsloket van het verband. De aanvraag bevat het
           OPP, het groeidocument, de verslagen van het ondersteuningsteam en de zienswijze van de ouders.""",
           """Twee deskundigen adviseren over de aanvraag: de orthopedagoog van het verband en, afhankelijk van de
           vraag, een psycholoog, kinderarts of maatschappelijk werker van buiten het verband. Beide geven een eigen
           schriftelijk advies.""",
           """De directeur van het samenwerkingsverband neemt binnen zes weken na ontvangst van de volledige aanvraag een
           besluit en stuurt dat naar de ouders en het schoolbestuur.""",
           """Na afgifte van de TLV melden de ouders hun kind aan bij de sbo- of so-school van hun keuze."""),
        P("""Een TLV wordt afgegeven tot het einde van het lopende schooljaar plus één schooljaar. Bij een TLV voor het
        speciaal onderwijs wordt ook de bekostigingscategorie (laag, midden of hoog) vermeld. Ouders en schoolbestuur
        kunnen binnen zes weken bezwaar maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen."""),
        H2('6.2 Criteria'),
        P("""De criteria voor toelaatbaarheid worden in 2025-2026 herzien, samen met sbo De Regenboog en de so-scholen in de
        omliggende regio. Tot die herziening is afgerond, hanteert de directeur de afwegingen die in de praktijk van de
        afgelopen jaren zijn gegroeid."""),
        H1('7. Financiën'),
        P("""Het verband ontvangt jaarlijks van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de
        afdrachten aan het speciaal onderwijs en het sbo, die rechtstreeks door DUO worden verrekend, verdelen wij de
        middelen als volgt."""),
        UL("""Het grootste deel gaat als schoolbudget naar de besturen. Elk bestuur ontvangt een bedrag per leerling,
           berekend op het aantal leerlingen op de teldatum van 1 oktober van het voorgaande jaar. Scholen met minder dan
           honderd leerlingen ontvangen daarbovenop een vaste voet, zodat ook kleine scholen een minimale formatie voor
           ondersteuning kunnen inzetten. De besturen verdelen het schoolbudget over hun scholen naar rato van de
           ondersteuningsbehoefte en verantwoorden de inzet jaarlijks aan het verband.""",
           """Een deel blijft bij het verband voor arrangementen. Scholen vragen een arrangement aan bij het
           Ondersteuningsloket. Het loket kent een arrangement toe als de school aantoont dat de basisondersteuning en het
           schoolbudget zijn ingezet en als de ondersteuningsbehoefte van de leerling daar duidelijk bovenuit gaat. Een
           arrangement duurt maximaal één schooljaar.""",
           """Een klein deel is bestemd voor de kosten van het bureau, het loket en de deskundigen."""),
        P("""De omvang van de budgetten, het bedrag per leerling en de meerjarenbegroting worden jaarlijks in de begroting
        van het verband vastgesteld en maken geen deel uit van dit plan. De begroting wordt na vaststelling op de website
        geplaatst."""),
        H1('8. Ambities en doelen'),
        P("""Wij hebben voor de komende vier jaar drie ambities geformuleerd. Aan elke ambitie hebben wij een concreet doel
        gekoppeld, zodat wij aan het einde van de planperiode kunnen zeggen of wij geslaagd zijn."""),
        T(['Ambitie', 'Doel in 2029'],
          ['Thuisnabij onderwijs', 'Het aandeel leerlingen in sbo en so samen is gedaald van 3,4% naar ten hoogste 3,0%.'],
          ['Snelle hulp', 'Een school krijgt binnen vier weken na een complete aanvraag een besluit over een arrangement; ouders krijgen binnen zes weken een besluit over een TLV.'],
          ['Sterke leerkrachten', 'In elk team heeft ten minste één leerkracht de verdiepende scholing gedrag of de scholing meer- en hoogbegaafdheid afgerond.']),
        P("""Hoe wij de voortgang op deze doelen volgen en erover rapporteren, werken wij uit in het jaarplan 2025-2026."""),
        H1('9. Communicatie'),
        H2('9.1 Communicatie met scholen'),
        P("""Het verband communiceert met de scholen via een nieuwsbrief die zes keer per jaar verschijnt, via het
        directeurenoverleg en via het netwerk van intern begeleiders, dat vier keer per jaar bijeenkomt. Elke school heeft
        een vaste contactpersoon bij het verband. Wij streven ernaar dat vragen van scholen binnen drie werkdagen worden
        beantwoord."""),
        H2('9.2 Ouders'),
        P("""Ouders moeten weten welke ondersteuning er voor hun kind mogelijk is en bij wie zij terechtkunnen. Het verband
        informeert ouders op drie manieren. Op de website staat een aparte ouderpagina, waarop in gewone taal wordt
        uitgelegd wat basisondersteuning is, hoe een arrangement wordt aangevraagd, wat het sbo en so bieden en hoe een TLV
        werkt. Elke school geeft bij de aanmelding de folder 'Passend onderwijs: wat betekent dat voor mijn kind?' mee.
        En in de schoolgids van elke school staat een vaste paragraaf over de ondersteuning op die school en in het verband,
        die jaarlijks door het verband wordt aangeleverd."""),
        P("""Hebben ouders vragen die zij liever niet met de school bespreken, of zijn zij het niet eens met de school of het
        verband, dan kunnen zij terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Heuvelrand. Het steunpunt is
        bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in de bibliotheek van Heuvelrand. Ook kunnen ouders
        een beroep doen op de Onderwijsconsulenten, die kosteloos en onafhankelijk adviseren. Bij een geschil over het OPP,
        toelating of verwijdering kunnen ouders naar de Geschillencommissie passend onderwijs."""),
        H2('9.3 Communicatie met gemeenten en partners'),
        P("""Met de gemeenten Heuvelrand en Bosch en Beek is er drie keer per jaar een bestuurlijk overleg. De
        beleidsmedewerkers van de gemeenten en het verband hebben daarnaast maandelijks contact. Wij publiceren jaarlijks
        een korte publieksversie van onze jaarcijfers."""),
        H1('10. Organisatie, bestuur en medezeggenschap'),
        P("""Het samenwerkingsverband is een vereniging. De leden zijn de vier schoolbesturen. De algemene ledenvergadering
        benoemt het bestuur, dat bestaat uit een onafhankelijk voorzitter en drie bestuurders van aangesloten besturen.
        Het bestuur heeft de dagelijkse leiding gemandateerd aan de directeur. Er is een intern toezichthoudend orgaan van
        drie onafhankelijke leden. Het bestuur stelt jaarlijks de begroting en de jaarrekening vast, na goedkeuring door
        het intern toezicht."""),
        P("""Het bureau is klein: de directeur (0,8 fte), een orthopedagoog (0,8 fte), een loketmedewerker/secretaris (0,6
        fte) en een financieel medewerker (0,4 fte). Voor de financiële administratie en de salarisadministratie maakt het
        verband gebruik van een extern administratiekantoor."""),
        P("""De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden, afkomstig uit de
        medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De directeur
        overlegt drie keer per jaar met de OPR en stuurt de raad de begroting toe."""),
        H1('11. Personeel en professionalisering'),
        P("""Een plan is zo goed als de mensen die ermee werken. Wij investeren daarom in de professionalisering van
        leerkrachten en intern begeleiders. Het verband organiseert jaarlijks een studiedag voor alle intern
        begeleiders en directeuren en biedt twee scholingstrajecten aan: verdiepende scholing gedrag en scholing
        meer- en hoogbegaafdheid. Scholen kunnen daarnaast een beroep doen op de orthopedagoog van het verband voor
        consultatie en coaching in de klas."""),
        P("""Het lerarentekort is in onze regio minder groot dan in de Randstad, maar ook wij merken dat vacatures moeilijker
        worden vervuld. Dat raakt ook de ondersteuning: als een school geen vaste leerkracht voor een groep kan vinden,
        komt extra ondersteuning onder druk te staan. Wij vragen besturen om in hun personeelsbeleid rekening te houden
        met de ondersteuningsbehoefte op hun scholen."""),
        P("""Het personeel van het bureau heeft een aanstelling bij het verband. Wij zorgen voor goede vervanging bij ziekte,
        zodat de procedures voor arrangementen en toelaatbaarheid doorgaan."""),
        H1('12. Totstandkoming van dit plan'),
        P("""Dit plan is tot stand gekomen na een reeks bijeenkomsten in het najaar van 2024 met directeuren, intern
        begeleiders en de ondersteuningsplanraad. In december 2024 is een eerste concept besproken in het bestuur. Het
        concept is op 6 maart 2025 besproken in het op overeenstemming gericht overleg met de gemeenten Heuvelrand en Bosch
        en Beek; het verslag daarvan is bij het bestuur bekend. Op 10 maart 2025 heeft overleg plaatsgevonden met het
        samenwerkingsverband voortgezet onderwijs. De ondersteuningsplanraad stemde op 27 maart 2025 in; het bestuur stelde
        het plan op 3 april 2025 vast. Het plan is op 8 april 2025 naar de Inspectie van het Onderwijs gestuurd."""),
        P("""Wij evalueren dit plan halverwege de planperiode, in het voorjaar van 2027, met de besturen en de OPR. Als daar
        aanleiding toe is, passen wij het plan aan; wijzigingen worden aan de OPR ter instemming voorgelegd."""),
        H1('Begrippenlijst'),
        T(['Begrip', 'Betekenis'],
          ['Arrangement', 'afspraak over extra ondersteuning voor een leerling, met een doel, een duur en middelen'],
          ['Basisondersteuning', 'het niveau van ondersteuning dat alle scholen in het verband bieden'],
          ['Dekkend aanbod', 'een aanbod van voorzieningen waardoor elk kind een passende plek heeft'],
          ['Meerjarenbegroting', 'begroting voor meerdere jaren vooruit'],
          ['OPP', 'ontwikkelingsperspectief; plan voor een leerling met een eigen leerlijn'],
          ['OPR', 'ondersteuningsplanraad'],
          ['Resultaten', 'wat het verband met de inzet van middelen bereikt'],
          ['Terugplaatsing', 'het teruggaan van een leerling van sbo of so naar het reguliere basisonderwijs'],
          ['Thuiszitter', 'leerplichtige leerling die zonder geldige reden niet naar school gaat'],
          ['TLV', 'toelaatbaarheidsverklaring voor sbo of so']),
    ]


# ===========================================================================
# Plan C - PO, medium verband, 'we'-style with 'Wat willen we / Wat doen we' (.pdf)
# ===========================================================================
C_NAME = 'Stichting Passend Onderwijs De Lingestroom'


def plan_c():
    return [
        TITLE('Ondersteuningsplan 2024 – 2028',
              C_NAME,
              'Samenwerkingsverband passend primair onderwijs PO 29-08',
              'Lingedal · Arkelwaard · Heukelum-West'),
        TOC((1, '1 Voor u ligt ...', 3), (1, '2 Hoe dit plan tot stand kwam', 4), (1, '3 Waar we voor staan', 6),
            (1, '4 Basisondersteuning: wat elke school biedt', 8), (1, '5 Het ondersteuningsaanbod', 11),
            (1, '6 Toelaatbaarheid', 15), (2, '6.1 Aanvragen', 15), (2, '6.2 Wanneer toelaatbaar', 16),
            (2, '6.3 Geldigheid', 17), (2, '6.4 Na de TLV', 18), (1, '7 Ouders en school', 20),
            (1, '8 Financiën', 22), (1, '9 Kwaliteit', 23), (1, '10 Samenwerking met de gemeenten', 24), (1, 'Landelijke ontwikkelingen', 25),
            (1, '11 Organisatie en medezeggenschap', 26), (1, '12 Mensen en expertise', 28),
            (1, 'Afkortingen en begrippen', 30)),
        H1('1 Voor u ligt ...'),
        P("""... het ondersteuningsplan van De Lingestroom voor de schooljaren 2024-2025 tot en met 2027-2028. In dit plan
        leest u hoe wij als zes schoolbesturen in het Lingegebied samen passend onderwijs vormgeven. U leest wat u van
        elke school mag verwachten, welk ondersteuningsaanbod er in onze regio is en hoe het werkt als een kind naar het
        speciaal basisonderwijs of het speciaal onderwijs gaat."""),
        P("""We hebben geprobeerd dit plan zo te schrijven dat het niet alleen voor bestuurders en beleidsmakers leesbaar
        is, maar ook voor leerkrachten en ouders. Daarom hebben we veel hoofdstukken opgebouwd rond twee vragen: wat
        willen we, en wat doen we? Waar we iets nog niet weten, zeggen we dat eerlijk."""),
        P("""De Lingestroom is in 2014 opgericht. In tien jaar is er veel gebeurd. De scholen zijn gegroeid in hun
        vermogen om kinderen met verschillende onderwijsbehoeften te begeleiden. Er zijn nieuwe voorzieningen gekomen,
        zoals de plusgroepen en de groep voor het jonge kind in Arkelwaard. Tegelijk zijn er nog steeds kinderen die te
        lang wachten op de juiste plek. Met dit plan willen we daar samen verder aan werken."""),
        P("""Anneke de Wit en Rob Hagenaars, bestuurders"""),
        H1('2 Hoe dit plan tot stand kwam'),
        P("""Dit plan is het resultaat van een jaar lang praten, luisteren en schrijven. In het voorjaar van 2023 zijn we
        begonnen met een reeks gesprekken op scholen. In totaal bezochten we 24 van de 38 scholen, waar we spraken met
        leerkrachten, intern begeleiders en directeuren. We organiseerden drie ouderavonden, in Lingedal, Arkelwaard en
        Heukelum-West, waar in totaal ruim zeventig ouders op afkwamen. Ook spraken we met de leerplichtambtenaren,
        met de jeugdteams van de drie gemeenten en met de so-scholen."""),
        P("""Wat hoorden we? Leerkrachten vertelden dat ze de ondersteuning in de klas steeds complexer vinden en behoefte
        hebben aan meer handen en meer kennis. Intern begeleiders gaven aan dat de aanvraagprocedures bij De Lingestroom
        duidelijk zijn, maar soms te veel papierwerk vragen. Ouders vertelden dat ze niet altijd weten waar ze aan toe
        zijn en dat ze soms het gevoel hebben dat ze moeten vechten voor hun kind. Directeuren vroegen om meer
        duidelijkheid over wat er van hun school verwacht wordt. De jeugdteams gaven aan dat de samenwerking met de
        scholen sterk afhangt van personen."""),
        P("""Deze signalen hebben we meegenomen in dit plan. Het hoofdstuk over basisondersteuning is concreter dan in het
        vorige plan. De procedure voor toelaatbaarheid is eenvoudiger geworden. Het concept van dit plan is in januari 2024
        besproken met de directeuren en de intern begeleiders, in februari met de ondersteuningsplanraad. Op 21 maart 2024
        vond het OOGO met de gemeenten plaats, op 25 maart het overleg met het samenwerkingsverband VO Lingegebied. De
        ondersteuningsplanraad stemde op 8 april 2024 in. Het bestuur stelde het plan vast op 15 april 2024."""),
        H1('3 Waar we voor staan'),
        P("""Onze missie is kort: elk kind een passende plek, zo dicht mogelijk bij huis. Daarachter zit een visie die we
        in vier uitspraken samenvatten."""),
        UL("""Elk kind hoort erbij. We gaan uit van wat een kind wel kan en van wat het nodig heeft, niet van een label.""",
           """De leerkracht maakt het verschil. Daarom investeren we vooral in de leerkracht en in het team rond de
           leerkracht.""",
           """Samen met ouders. Ouders en school zijn samen verantwoordelijk voor de ontwikkeling van het kind.""",
           """Onderwijs en zorg horen bij elkaar. Wat een kind nodig heeft, houdt niet op bij de schooldeur."""),
        P("""Deze uitgangspunten klinken vanzelfsprekend. Toch vragen ze elke dag opnieuw om keuzes. Bijvoorbeeld als een
        school moet besluiten of een kind op school kan blijven, of als de middelen schaars zijn en er meer vragen zijn
        dan mogelijkheden. Dan helpt het om terug te gaan naar waar we voor staan."""),
        P("""De Lingestroom is daarbij geen loket waar scholen geld ophalen, maar een netwerkorganisatie. We brengen
        mensen bij elkaar, we delen kennis en we zorgen dat er een sluitend aanbod is. De scholen en besturen blijven
        verantwoordelijk voor het onderwijs aan hun leerlingen; De Lingestroom ondersteunt hen daarbij."""),
        H1('4 Basisondersteuning: wat elke school biedt'),
        H2('Wat willen we?'),
        P("""We willen dat ouders en leerkrachten weten wat ze op elke school in ons verband minimaal mogen verwachten, ongeacht
        welk bestuur de school heeft of hoe groot de school is. Daarom hebben de zes besturen in december 2023 een
        gemeenschappelijk niveau van basisondersteuning vastgesteld. Dit is de ondergrens: iedere school en iedere
        vestiging biedt ten minste wat hieronder staat. Scholen die meer bieden, beschrijven dat in hun
        schoolondersteuningsprofiel."""),
        H2('Wat doen we?'),
        P("""De basisondersteuning bestaat uit de volgende elementen."""),
        T(['Onderdeel', 'Wat dat op elke school betekent'],
          ['Een goede basis', 'De school heeft van de Inspectie ten minste het oordeel voldoende. Leerkrachten stemmen hun instructie af op verschillen in de groep, met ten minste drie instructieniveaus.'],
          ['Een vaste ondersteuningsstructuur', 'Er is een intern begeleider met tijd en mandaat. Er is een ondersteuningsteam waarin de school, de ouders, de schoolconsulent van De Lingestroom en de contactpersoon van het jeugdteam zitten. Het ondersteuningsteam komt ten minste vijf keer per jaar bij elkaar.'],
          ['Handelingsgericht werken', 'De school werkt cyclisch: signaleren, analyseren, plannen, uitvoeren en evalueren. Dat gebeurt in de groepsbespreking en in de leerlingbespreking, ten minste drie keer per jaar.'],
          ['Lezen, spellen en rekenen', 'De school werkt met de protocollen dyslexie en ernstige rekenproblemen en biedt extra instructie en oefentijd. Dyslectische leerlingen kunnen gebruikmaken van voorleessoftware.'],
          ['Gedrag en welbevinden', 'De school heeft een methode voor sociaal-emotionele ontwikkeling, een pestprotocol en een aanpak voor leerlingen met gedragsproblemen, inclusief een time-outregeling in de school.'],
          ['Ontwikkelingsvoorsprong', 'De school signaleert kinderen met een ontwikkelingsvoorsprong en biedt hen verrijkingsstof en een aangepast programma in de groep.'],
          ['Medische zorg', 'De school kan medicijnen verstrekken volgens protocol en werkt samen met de jeugdverpleegkundige.'],
          ['Overgangen', 'De school zorgt voor een warme overdracht bij de overgang van de voorschool naar groep 1 en van groep 8 naar het voortgezet onderwijs.']),
        P("""Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning vormgeeft. De schoolconsulent van De
        Lingestroom bespreekt jaarlijks met de intern begeleider of de school de basisondersteuning waarmaakt. Waar dat
        niet zo is, maken school en bestuur een plan om dat binnen een jaar te verbeteren."""),
        H1('5 Het ondersteuningsaanbod'),
        H2('Wat willen we?'),
        P("""We willen dat er in ons verband voor elk kind een passende plek is, van de basisondersteuning in de eigen groep
        tot het speciaal onderwijs. Die voorzieningen moeten op elkaar aansluiten, zodat een kind zonder onderbreking
        verder kan als het een andere plek nodig heeft."""),
        H2('Wat doen we?'),
        P("""Het aanbod in De Lingestroom bestaat uit vier lagen."""),
        OL("""Basisondersteuning op elke school (hoofdstuk 4).""",
           """Extra ondersteuning op de eigen school in de vorm van een arrangement: bijvoorbeeld extra begeleiding door
           een onderwijsassistent, een specialist gedrag die de leerkracht coacht, of ambulante begeleiding vanuit het
           so. Een arrangement wordt opgesteld door het ondersteuningsteam van de school, samen met de schoolconsulent.""",
           """Bovenschoolse voorzieningen voor een deel van de week of voor een periode: de groep Jonge Kind in Arkelwaard
           voor kleuters met een ontwikkelingsachterstand (maximaal een jaar), de plusgroepen Denkwijs voor meer- en
           hoogbegaafde leerlingen (één dag per week, op twee locaties) en de taalklas voor nieuwkomers in Lingedal.""",
           """Speciaal basisonderwijs (sbo De Meander, ruim 190 leerlingen) en speciaal onderwijs (De Brug, cluster 4,
           en Het Palet, cluster 3). Voor leerlingen met een zeer specifieke ondersteuningsbehoefte maken we gebruik van
           so-scholen buiten de regio."""),
        P("""Hoe arrangementen en bovenschoolse plaatsingen worden toegekend en bekostigd, is beschreven in het Financieel
        kader (zie hoofdstuk 8)."""),
        P("""Tussen de lagen zijn de lijnen kort. De sbo- en so-scholen bieden consultatie en ambulante begeleiding aan de
        basisscholen. Leerlingen van het sbo kunnen bij een basisschool meedraaien in een plusgroep, en omgekeerd kunnen
        basisscholen voor korte tijd gebruikmaken van de expertise van De Meander, bijvoorbeeld voor een observatie.
        Samen met de jeugdteams van de drie gemeenten bieden we onderwijs-zorgarrangementen aan kinderen die naast
        onderwijs ook behandeling nodig hebben; daarvoor zit een jeugdhulpverlener twee dagdelen per week op Het Palet."""),
        H2('Waar staan we nog?'),
        P("""Of ons aanbod dekkend is en waar de lacunes zitten, brengen we in kaart zodra de nieuwe regionale monitor
        beschikbaar is. In de loop van 2025 bepalen we vervolgens samen met de gemeenten welke acties nodig zijn. Ook de
        aanpak van thuiszitters krijgt dan een plek."""),
        H1('6 Toelaatbaarheid'),
        P("""Soms heeft een kind meer nodig dan een reguliere basisschool kan bieden, ook met een arrangement of een
        bovenschoolse voorziening. Dan kan een plek in het sbo of so passend zijn. Voor zo’n plek is een
        toelaatbaarheidsverklaring (TLV) nodig."""),
        H2('6.1 Aanvragen'),
        P("""De school waar het kind staat ingeschreven vraagt de TLV aan, namens het schoolbestuur. Dat gebeurt nadat het
        ondersteuningsteam, waar de ouders bij aanwezig zijn, heeft geconcludeerd dat een TLV nodig is. De school vult het
        aanvraagformulier in en voegt het groeidocument, het OPP en de zienswijze van de ouders toe. Ook een sbo- of
        so-school kan een aanvraag doen voor een kind dat bij haar is aangemeld, bijvoorbeeld als het kind van buiten de
        regio komt."""),
        P("""De aanvraag komt binnen bij de Commissie Toelaatbaarheid van De Lingestroom. Twee deskundigen bekijken het
        dossier: een orthopedagoog of psycholoog van De Lingestroom en een tweede deskundige, afhankelijk van de
        vraag bijvoorbeeld een kinder- en jeugdpsycholoog of een maatschappelijk werker. Zij geven ieder een eigen advies.
        Wanneer dat nodig is, spreken zij met de ouders of observeren zij het kind in de klas. De commissie neemt binnen
        zes weken een besluit. De ouders en de school ontvangen het besluit en de adviezen schriftelijk."""),
        H2('6.2 Wanneer toelaatbaar'),
        P("""Een kind is toelaatbaar tot het sbo als het in de reguliere basisschool, met inzet van de basisondersteuning
        en ten minste een half jaar een arrangement, onvoldoende tot ontwikkeling komt, en als het een combinatie nodig heeft
        van een kleine groep, een aangepast lesprogramma en een pedagogisch klimaat met veel structuur die de basisschool
        niet kan bieden. Een kind is toelaatbaar tot het so als het daarnaast intensieve, specialistische begeleiding
        nodig heeft die ook in het sbo niet beschikbaar is, bijvoorbeeld vanwege een ernstige gedragsstoornis, een
        verstandelijke beperking (IQ onder ongeveer 70 in combinatie met beperkingen in de zelfredzaamheid), een
        lichamelijke beperking of een langdurige ziekte. Kinderen met een meervoudige beperking kunnen direct een TLV so
        krijgen."""),
        H2('6.3 Geldigheid'),
        P("""Een TLV voor het sbo is geldig tot het einde van de basisschoolperiode. Een TLV voor het so is in de regel
        twee schooljaren geldig, tot 1 augustus. Bij een TLV so stelt de commissie ook de bekostigingscategorie vast:
        laag, midden of hoog."""),
        H2('6.4 Na de TLV'),
        P("""Een plek in het sbo of so is voor ons geen eindstation. Ons uitgangspunt is dat een kind teruggaat naar een
        reguliere basisschool zodra het daar, met de juiste ondersteuning, verder kan. Daarbij kijken we naar de
        ontwikkeling van het kind, naar wat het kind en de ouders zelf willen, en naar wat de ontvangende school kan
        bieden. Terugkeer naar de eigen wijk of het eigen dorp heeft de voorkeur. Een kind dat teruggaat krijgt een
        overstaparrangement: gedurende ten minste een half jaar blijft een leerkracht van het sbo of so betrokken, die de
        nieuwe leerkracht begeleidt en het kind bezoekt. Ook kan de basisschool een onderwijsassistent inzetten."""),
        P("""Hoe gaat dat in de praktijk? De sbo- of so-school bespreekt elk jaar in de commissie van begeleiding, bij de
        evaluatie van het OPP, of terugkeer mogelijk is. In het laatste jaar van de TLV gebeurt dat uiterlijk in
        januari. Als de commissie van begeleiding terugkeer haalbaar vindt, neemt de school contact op met de ouders en
        met de schoolconsulent van De Lingestroom. Samen zoeken zij een basisschool. De consulent organiseert een
        overdrachtsgesprek met de ontvangende school, de ouders en de huidige school, en zorgt dat het
        overstaparrangement vóór de overstap is geregeld. Na drie maanden en na zes maanden volgt een evaluatie met de
        ouders. Als terugkeer (nog) niet mogelijk is, vraagt de sbo- of so-school uiterlijk op 1 april een nieuwe TLV aan."""),
        H1('7 Ouders en school'),
        H2('Wat willen we?'),
        P("""We willen dat ouders goed geïnformeerd zijn over de mogelijkheden voor ondersteuning en dat ze zich gehoord
        voelen. Ouders zijn ervaringsdeskundigen en gelijkwaardige gesprekspartners."""),
        H2('Wat doen we?'),
        UL("""Elke school informeert ouders in de schoolgids en in het schoolondersteuningsprofiel over de
           basisondersteuning en de extra ondersteuning die de school biedt. De intern begeleider is voor ouders het
           eerste aanspreekpunt.""",
           """De website van De Lingestroom heeft een ouderdeel met informatie over het ondersteuningsaanbod, de
           bovenschoolse voorzieningen, het sbo en so en de procedure voor een TLV, en met veelgestelde vragen.""",
           """We organiseren elk jaar in het najaar een informatiebijeenkomst voor ouders in elk van de drie gemeenten.""",
           """Ouders worden uitgenodigd voor elk ondersteuningsteam over hun kind."""),
        P("""Voor onafhankelijke ondersteuning van ouders wordt in samenwerking met de gemeenten een ouder- en
        jeugdsteunpunt ingericht zodra de wettelijke kaders daarvoor vaststaan. De vormgeving daarvan volgt."""),
        H1('8 Financiën'),
        P("""De Lingestroom ontvangt middelen voor lichte en zware ondersteuning. Een goede, transparante inzet van die
        middelen vinden we belangrijk. De procedure en criteria voor de verdeling van de middelen, de toekenning van
        arrangementen en bovenschoolse plaatsingen en de meerjarenbegroting zijn uitgewerkt in het Financieel kader
        2024-2028. Dat document is gelijktijdig met dit plan aan de ondersteuningsplanraad voorgelegd en maakt als
        afzonderlijk document deel uit van de beleidscyclus."""),
        H1('9 Kwaliteit'),
        P("""Kwaliteit is voor ons: doen wat we hebben afgesproken, en daarvan leren. In de vorige planperiode hebben we veel
        geleerd over wat werkt en wat niet. Tegelijk merkten we dat we te weinig hebben vastgelegd en dat het lastig was
        om na vier jaar te zeggen wat we hebben bereikt."""),
        P("""De beoogde resultaten voor deze planperiode, de indicatoren waarop we sturen en de manier waarop we de resultaten
        volgen en verantwoorden, werken we uit in het eerste jaarplan, dat in het najaar van 2024 wordt vastgesteld."""),
        H1('10 Samenwerking met de gemeenten'),
        P("""De Lingestroom werkt intensief samen met de gemeenten Lingedal, Arkelwaard en Heukelum-West. Onderwijs en
        jeugdhulp raken elkaar op veel plekken: in de klas, in het ondersteuningsteam, in de thuissituatie van het kind.
        Samen met de gemeenten hebben we afgesproken dat we werken volgens het principe 'één kind, één plan': waar een
        kind zowel onderwijsondersteuning als jeugdhulp krijgt, stemmen school en jeugdteam hun plannen op elkaar af."""),
        P("""In het OOGO van 21 maart 2024 hebben we met de gemeenten afspraken gemaakt over vier thema’s:"""),
        UL("""de contactpersoon van het jeugdteam sluit aan bij het ondersteuningsteam van elke school;""",
           """de gemeenten en De Lingestroom financieren samen de jeugdhulpverlener op Het Palet;""",
           """leerlingenvervoer naar sbo en so wordt tijdig aangevraagd, zodat kinderen bij de start van het schooljaar
           vervoer hebben;""",
           """we bespreken twee keer per jaar de onderwijshuisvesting van sbo en so."""),
        P("""Daarnaast zijn er afspraken met de voorschoolse voorzieningen over de overgang naar de basisschool en met het
        samenwerkingsverband VO over de overstap naar het voortgezet onderwijs."""),
        H1('11 Organisatie en medezeggenschap'),
        P("""De Lingestroom is een stichting met een bestuur van twee onafhankelijke bestuurders en een raad van toezicht van
        vijf leden, die worden voorgedragen door de aangesloten besturen en de ondersteuningsplanraad. De zes
        schoolbesturen komen vier keer per jaar bijeen in de Ledenraad, die het bestuur adviseert en de begroting en het
        jaarverslag goedkeurt."""),
        P("""Het bureau van De Lingestroom zit in Lingedal en heeft elf medewerkers: de bestuurders, vier schoolconsulenten,
        twee orthopedagogen, een secretaris van de Commissie Toelaatbaarheid, een controller en een
        managementondersteuner. Elke school heeft een vaste schoolconsulent."""),
        P("""De ondersteuningsplanraad heeft twaalf leden, van wie de helft ouder en de helft personeelslid is. De OPR heeft
        instemmingsrecht op het ondersteuningsplan. De bestuurders overleggen vier keer per jaar met de OPR. De OPR kan
        zich laten scholen en heeft daarvoor een eigen budget."""),
        H1('12 Mensen en expertise'),
        P("""De kracht van De Lingestroom zit in de mensen: in de leerkrachten, de intern begeleiders, de specialisten op de
        scholen en de medewerkers van het bureau. We willen die kracht verder ontwikkelen. Daarom organiseren we elk jaar
        een Lingestroomdag voor alle intern begeleiders, directeuren en specialisten, met workshops over thema’s als
        gedrag, jonge kind en hoogbegaafdheid."""),
        P("""Daarnaast bieden we expertisenetwerken aan: het netwerk gedragsspecialisten, het netwerk jonge kind en het
        netwerk meer- en hoogbegaafdheid. Deze netwerken komen vier keer per jaar bij elkaar en worden begeleid door een
        orthopedagoog van De Lingestroom. Ook de so-scholen dragen bij met hun kennis; zij bieden gastlessen en stages
        aan leerkrachten van de basisscholen."""),
        P("""We weten dat er een tekort is aan leerkrachten en aan specialisten. Dat raakt ook ons. We werken daarom samen
        met de besturen aan een gezamenlijke pool van onderwijsassistenten die op meerdere scholen kunnen worden
        ingezet."""),
        H1('Afkortingen en begrippen'),
        T(['Afkorting / begrip', 'Betekenis'],
          ['Arrangement', 'extra ondersteuning voor een kind, afgestemd op zijn behoeften'],
          ['Begroting', 'overzicht van verwachte inkomsten en uitgaven'],
          ['Dekkend aanbod', 'er is voor elk kind een passende plek'],
          ['Meerjarenbegroting', 'begroting voor vier jaar, onderdeel van het Financieel kader'],
          ['OJSP', 'ouder- en jeugdsteunpunt'],
          ['OOGO', 'op overeenstemming gericht overleg'],
          ['OPP', 'ontwikkelingsperspectief'],
          ['OPR', 'ondersteuningsplanraad'],
          ['Resultaten', 'de effecten van ons beleid voor kinderen'],
          ['sbo / so', 'speciaal basisonderwijs / speciaal onderwijs'],
          ['TLV', 'toelaatbaarheidsverklaring'],
          ['Verdeelmodel', 'manier waarop middelen over de besturen worden verdeeld']),
    ]


# ===========================================================================
# Plan D - PO, merged verband, formal numbered house style, tables (.pdf)
# ===========================================================================
D_NAME = 'Samenwerkingsverband Kempenrand PO'


def plan_d():
    return [
        TITLE('ONDERSTEUNINGSPLAN 2025-2029',
              D_NAME + ' — PO 30-14',
              'Eerste ondersteuningsplan na de fusie van SWV De Peelkant en SWV Kempen-Noord',
              'Vastgesteld door het bestuur op 22 april 2025'),
        TOC((1, '1. Inleiding', 3), (2, '1.1 Aanleiding: de fusie', 3), (2, '1.2 Wettelijke opdracht', 4),
            (2, '1.3 Status van dit plan', 4), (2, '1.4 Leeswijzer', 4), (2, '1.5 Landelijke context', 5), (1, '2. Kenmerken van het samenwerkingsverband', 5),
            (1, '3. Koers 2025-2029', 7), (1, '4. Basisondersteuning', 9), (1, '5. Ondersteuningsstructuur en dekkend netwerk', 10),
            (1, '6. Toelaatbaarheid sbo en so', 14), (1, '7. Terugplaatsing', 16), (1, '8. Ouders', 17),
            (1, '9. Financieel beleid', 18), (1, '10. Monitoring en verantwoording', 21),
            (1, '11. Governance en medezeggenschap', 23), (1, '12. Personeel, huisvesting en ICT', 25),
            (1, '13. Planning en evaluatie', 26), (1, 'Bijlage A. Afkortingenlijst', 27)),
        H1('1. Inleiding'),
        H2('1.1 Aanleiding: de fusie'),
        P("""Per 1 januari 2025 zijn Samenwerkingsverband De Peelkant (PO 30-09) en Samenwerkingsverband Kempen-Noord
        (PO 30-11) gefuseerd tot Samenwerkingsverband Kempenrand PO. De fusie is het resultaat van een verkenning die in
        2022 begon, nadat de gemeentelijke herindeling van Kempenrand en Valkenhorst had geleid tot een situatie waarin
        één gemeente met twee samenwerkingsverbanden moest samenwerken. Door de fusie vallen de grenzen van het
        samenwerkingsverband samen met die van de vier gemeenten in de regio Kempenrand. Voor de scholen, de gemeenten en
        de ketenpartners ontstaat daarmee één aanspreekpunt."""),
        P("""Een fusie vraagt tijd. De twee voormalige verbanden werkten op onderdelen verschillend: zij hadden een eigen
        verdeelsystematiek, een eigen manier van toewijzen en een eigen cultuur. In dit eerste ondersteuningsplan van het
        nieuwe samenwerkingsverband leggen wij vast wat al gezamenlijk is afgesproken. Op een aantal onderdelen geven wij
        aan op welke wijze en op welke termijn de harmonisatie plaatsvindt."""),
        H2('1.2 Wettelijke opdracht'),
        P("""Het samenwerkingsverband heeft de wettelijke opdracht om een samenhangend geheel van ondersteuningsvoorzieningen
        binnen en tussen de scholen te realiseren, zodat leerlingen een ononderbroken ontwikkelingsproces doorlopen en
        leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek in het onderwijs krijgen (artikel
        18a, tweede lid, WPO). De kerntaken zijn het vaststellen van het ondersteuningsplan, het verdelen en toewijzen van
        ondersteuningsmiddelen en -voorzieningen, het beoordelen van de toelaatbaarheid tot het sbo en so en het adviseren
        over de ondersteuningsbehoefte van leerlingen."""),
        H2('1.3 Status van dit plan'),
        P("""Dit ondersteuningsplan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het plan is besproken in het
        op overeenstemming gericht overleg met de gemeenten Kempenrand, Waalre-Heide, Bergeijkse Hoeven en Valkenhorst op
        1 april 2025 en met het samenwerkingsverband VO Kempenrand op 3 april 2025. De ondersteuningsplanraad heeft op 14
        april 2025 ingestemd. Het bestuur heeft het plan op 22 april 2025 vastgesteld. Onderdelen die in de loop van de
        planperiode worden uitgewerkt, worden als wijziging van dit plan aan de ondersteuningsplanraad voorgelegd."""),
        H1('2. Kenmerken van het samenwerkingsverband'),
        P("""Het samenwerkingsverband omvat vier gemeenten met samen circa 128.000 inwoners. Elf schoolbesturen zijn
        aangesloten, variërend van een groot bestuur met 21 scholen tot vier eenpitters."""),
        T(['Kenmerk', 'Aantal (1 oktober 2024)'],
          ['Aangesloten schoolbesturen', '11'],
          ['Basisscholen (vestigingen)', '58 (63)'],
          ['Scholen voor speciaal basisonderwijs', '3 (De Kei, Het Kompas, De Zevensprong)'],
          ['Scholen voor speciaal onderwijs in de regio', '2 (SO De Linde, cluster 3; SO Kempenhorst, cluster 4)'],
          ['Leerlingen basisonderwijs', '11.310'],
          ['Leerlingen sbo', '276'],
          ['Leerlingen so (uit de regio)', '198'],
          ['Medewerkers bureau (fte)', '14,6']),
        P("""De regio kent een stedelijke kern (Kempenrand) en een landelijk gebied met veel kleine scholen. In het landelijk
        gebied liggen twaalf scholen met minder dan honderd leerlingen. De afstand tot de sbo- en so-scholen is voor een
        deel van de leerlingen groot; het leerlingenvervoer is een terugkerend onderwerp in het overleg met de gemeenten."""),
        H1('3. Koers 2025-2029'),
        P("""Het bestuur heeft in het najaar van 2024 met de besturen, de directeuren en de ondersteuningsplanraad de koers
        van het nieuwe samenwerkingsverband besproken. Die koers rust op drie pijlers."""),
        T(['Pijler', 'Betekenis'],
          ['Dichtbij', 'Ondersteuning wordt zo dicht mogelijk bij het kind georganiseerd, in de eigen groep en de eigen school.'],
          ['Samen', 'Besturen, scholen, ouders en ketenpartners werken als één netwerk; geen kind valt tussen wal en schip.'],
          ['Helder', 'Afspraken, procedures en de inzet van middelen zijn voor iedereen transparant en eenvoudig.']),
        P("""De pijlers zijn richtinggevend voor alle keuzes die in de komende jaren worden gemaakt, ook bij de harmonisatie
        van de werkwijzen van de voormalige verbanden. Het samenwerkingsverband kiest nadrukkelijk voor een rol als
        netwerkorganisatie, die de scholen faciliteert en het gesprek over kwaliteit aangaat."""),
        H1('4. Basisondersteuning'),
        P("""Wat onder de basisondersteuning in Kempenrand valt, is vastgelegd in het Referentiekader basisondersteuning
        Kempenrand (versie november 2024), te vinden in het scholenportaal van het samenwerkingsverband. Zodra de
        landelijke norm voor basisondersteuning wettelijk is verankerd, wordt het referentiekader daarop aangepast."""),
        H1('5. Ondersteuningsstructuur en dekkend netwerk'),
        H2('5.1 Het ondersteuningscontinuüm'),
        P("""Het samenwerkingsverband onderscheidt niveaus van ondersteuning, die samen het continuüm vormen."""),
        T(['Niveau', 'Omschrijving', 'Wie is verantwoordelijk', 'Voorbeelden'],
          ['1-2', 'Ondersteuning door de school zelf', 'school en schoolbestuur', 'zie hoofdstuk 4'],
          ['3', 'Extra ondersteuning met inzet van het samenwerkingsverband', 'school met onderwijsconsulent', 'individueel arrangement, ambulante begeleiding, Expertisepunt'],
          ['4', 'Bovenschoolse voorziening', 'samenwerkingsverband met bestuur', 'Ontwikkelgroep jonge kind, Time-in-groep, Plusklas, Nieuwkomersklas'],
          ['5', 'Speciaal (basis)onderwijs', 'sbo/so met samenwerkingsverband', 'sbo De Kei, Het Kompas, De Zevensprong; so De Linde, Kempenhorst']),
        P("""Het Expertisepunt van het samenwerkingsverband, met zes onderwijsconsulenten, twee orthopedagogen en een
        gedragsspecialist, ondersteunt de scholen op niveau 3 en 4. Elke school heeft een vaste onderwijsconsulent, die
        op afroep en ten minste vier keer per jaar aanschuift bij het ondersteuningsteam. De bovenschoolse voorzieningen
        hebben de volgende capaciteit:"""),
        T(['Voorziening', 'Doelgroep', 'Capaciteit', 'Locatie'],
          ['Ontwikkelgroep jonge kind', 'kinderen 4-6 jaar met een ontwikkelingsvraag; maximaal 1 jaar', '24', 'Kempenrand, Valkenhorst'],
          ['Time-in-groep', 'leerlingen groep 3-8 met ernstig gedrag; 10 tot 16 weken, daarna terug naar eigen school', '12', 'Kempenrand'],
          ['Plusklas', 'meer- en hoogbegaafde leerlingen groep 5-8; 1 dagdeel per week', '120', '4 locaties'],
          ['Nieuwkomersklas', 'nieuwkomers 6-12 jaar, eerste jaar in Nederland', '45', 'Kempenrand, Bergeijkse Hoeven'],
          ['Onderwijs-zorggroep', 'leerlingen die onderwijs combineren met dagbehandeling jeugdhulp', '16', 'SO De Linde']),
        H2('5.2 Dekkendheid en thuiszitters'),
        P("""Twee keer per jaar, in oktober en maart, voert het samenwerkingsverband samen met de gemeenten een
        dekkendheidsscan uit. Daarin worden de wachtlijsten van de bovenschoolse voorzieningen, het sbo en het so, de
        meldingen van thuiszitters en van leerlingen met een vrijstelling, en de signalen van de onderwijsconsulenten en
        de lokale teams samengebracht. Per gesignaleerde lacune stelt het bestuur vast wie actie onderneemt en voor welke
        datum. De uitkomsten worden gedeeld met de ondersteuningsplanraad en besproken in het OOGO."""),
        P("""Uit de scan van oktober 2024 bleek dat er een wachtlijst van negen leerlingen was voor SO Kempenhorst en dat het
        landelijk gebied geen aanbod kende voor leerlingen met ernstig gedrag. Naar aanleiding daarvan is besloten per 1
        augustus 2025 een tweede Time-in-groep in Bergeijkse Hoeven te openen en met Kempenhorst een uitbreiding met één
        groep te realiseren."""),
        P("""Voor leerlingen die (dreigen te) thuiszitten geldt een vaste werkwijze. De school meldt de leerling na tien
        dagen ongeoorloofd of langdurig relatief verzuim bij de leerplichtambtenaar en bij de onderwijsconsulent. Binnen
        twee weken vindt een overleg plaats met ouders, school, leerplicht, het lokale team en het samenwerkingsverband,
        waarin een trajectplan wordt opgesteld. De onderwijsconsulent bewaakt de voortgang. Als er na zes weken geen
        passende plek is, escaleert de consulent naar de directeur van het samenwerkingsverband, die met de besturen een
        plek en zo nodig een tijdelijk arrangement vastlegt. Zo zorgen de besturen gezamenlijk dat zij hun zorgplicht
        waarmaken."""),
        H1('6. Toelaatbaarheid sbo en so'),
        P("""Het samenwerkingsverband beoordeelt de toelaatbaarheid van leerlingen tot het speciaal basisonderwijs en het
        speciaal onderwijs. De aanvraagprocedure, de benodigde stukken en de termijnen zijn
        beschreven in de Route TLV in het scholenportaal van het samenwerkingsverband. De voormalige verbanden hanteerden
        verschillende routes; een geharmoniseerde route wordt in het schooljaar 2025-2026 ingevoerd."""),
        P("""Bij de beoordeling van een aanvraag worden de volgende criteria gehanteerd:"""),
        T(['Voorziening', 'Criteria voor toelaatbaarheid', 'Geldigheidsduur'],
          ['Sbo', 'Basisondersteuning en ten minste één arrangement (niveau 3) zijn ingezet en geëvalueerd; de leerling heeft een langdurige behoefte aan een kleine groep, een aangepast curriculum en intensieve pedagogische begeleiding; het OPP laat zien dat de leerling in het regulier onderwijs zijn uitstroombestemming niet haalt.', 'tot einde basisschoolperiode'],
          ['So categorie laag', 'Als sbo, en daarnaast een structurele ondersteuningsbehoefte op het gebied van gedrag of psychiatrische problematiek, of een verstandelijke beperking (zml), die een specialistische onderwijsomgeving vraagt.', '2 schooljaren'],
          ['So categorie midden', 'Een lichamelijke beperking of langdurige ziekte waarbij de leerling dagelijks verzorging of aangepaste voorzieningen nodig heeft.', '2 schooljaren'],
          ['So categorie hoog', 'Een meervoudige beperking (EMB) met een zeer intensieve zorgbehoefte.', 'tot einde basisschoolperiode']),
        H1('7. Terugplaatsing'),
        P("""In het laatste jaar van een TLV evalueert de commissie van begeleiding van de sbo- of so-school vóór 1 februari
        het OPP van de leerling, samen met de ouders. Wanneer de commissie adviseert dat de leerling kan terugkeren naar
        het regulier basisonderwijs, meldt de school dit vóór 15 februari bij het Expertisepunt. De onderwijsconsulent
        zoekt dan samen met de ouders een basisschool en organiseert vóór 1 mei een
        overdrachtsgesprek tussen de sbo- of so-school, de ouders en de ontvangende school. De ouders melden hun kind aan
        bij de ontvangende school, die binnen de wettelijke termijn over de toelating beslist. Adviseert de commissie dat
        de leerling in het sbo of so moet blijven, dan dient de school vóór 1 april een aanvraag voor een nieuwe TLV in."""),
        P("""Het beleid voor terugplaatsing — de ambitie van het samenwerkingsverband, de voorwaarden en de ondersteuning na
        terugkeer — wordt in het schooljaar 2025-2026 opnieuw vastgesteld. Tot dat moment zijn de afspraken van de
        voormalige verbanden van toepassing."""),
        H1('8. Ouders'),
        P("""Ouders die vragen hebben over de ondersteuning van hun kind, of die het niet eens zijn met een beslissing van
        de school of van het samenwerkingsverband, kunnen terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt
        Kempenrand. Het steunpunt wordt gefinancierd door het samenwerkingsverband en de vier gemeenten, maar werkt
        onafhankelijk van beide; de medewerkers staan uitsluitend naast ouders en kinderen. Het steunpunt is op werkdagen
        telefonisch bereikbaar en houdt spreekuren in alle vier de gemeenten. Daarnaast kunnen ouders kosteloos
        gebruikmaken van de Onderwijsconsulenten (landelijk). Klachten over het samenwerkingsverband worden behandeld
        volgens de klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie
        Onderwijs. Geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie
        passend onderwijs."""),
        P("""Hoe het samenwerkingsverband ouders informeert over het ondersteuningsaanbod, wordt na de fusie opnieuw
        ingericht in een communicatieplan dat in het schooljaar 2025-2026 verschijnt."""),
        H1('9. Financieel beleid'),
        H2('9.1 Uitgangspunten'),
        P("""Het samenwerkingsverband voert een sober en transparant financieel beleid. Middelen zijn bedoeld voor de
        ondersteuning van leerlingen en worden zo veel mogelijk ingezet op en rond de scholen. De overhead blijft beperkt
        tot ten hoogste 10 procent van de netto beschikbare middelen."""),
        H2('9.2 Verdeling van middelen'),
        P("""De voormalige verbanden hanteerden elk een eigen verdeelsystematiek. Tot 31 juli 2026 blijven die systematieken
        voor de scholen in het betreffende deelgebied van kracht. Een geharmoniseerd verdeelmodel wordt in het voorjaar van
        2026 aan de ondersteuningsplanraad voorgelegd."""),
        H2('9.3 Meerjarenbegroting'),
        T(['Bedragen x € 1.000', '2025', '2026', '2027', '2028', '2029'],
          ['Rijksbijdrage lichte ondersteuning', '2.050', '2.030', '2.010', '1.990', '1.970'],
          ['Rijksbijdrage zware ondersteuning', '6.890', '6.840', '6.790', '6.740', '6.690'],
          ['Af: verevening en afdrachten so/sbo (DUO)', '-3.720', '-3.760', '-3.790', '-3.810', '-3.830'],
          ['Overige baten (gemeenten, OZA)', '240', '240', '240', '240', '240'],
          ['Totaal netto baten', '5.460', '5.350', '5.250', '5.160', '5.070'],
          ['Doorbetaling schoolbudgetten aan besturen', '2.620', '2.560', '2.510', '2.460', '2.410'],
          ['Arrangementen niveau 3 en ambulante begeleiding', '870', '860', '850', '840', '830'],
          ['Bovenschoolse voorzieningen (niveau 4)', '1.060', '1.080', '1.080', '1.080', '1.080'],
          ['Ouder- en Jeugdsteunpunt (aandeel SWV)', '60', '60', '60', '60', '60'],
          ['Personeel bureau en Expertisepunt', '820', '810', '800', '790', '780'],
          ['Huisvesting, ICT en overige lasten', '170', '160', '160', '160', '160'],
          ['Totaal lasten', '5.600', '5.530', '5.460', '5.390', '5.320'],
          ['Saldo (inzet reserve)', '-140', '-180', '-210', '-230', '-250']),
        P("""De negatieve saldi worden gedekt uit de algemene reserve, die per 1 januari 2025 na samenvoeging € 2,1 miljoen
        bedraagt. Aan het einde van de planperiode resteert een reserve van circa € 1,1 miljoen, wat binnen de
        signaleringswaarde valt."""),
        H1('10. Monitoring en verantwoording'),
        H2('10.1 Hoe wij monitoren'),
        P("""Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen: de deelnamepercentages sbo en so
        op peildatum 1 oktober (ook in vergelijking met het landelijk gemiddelde), het aantal afgegeven TLV’s en
        arrangementen, de doorlooptijden van aanvragen, het aantal thuiszitters en vrijstellingen, het aantal
        terugplaatsingen en de tevredenheid van scholen en ouders. De kengetallen worden in een dashboard bijgehouden en
        twee keer per jaar in een voortgangsrapportage aan het bestuur en de ondersteuningsplanraad gerapporteerd. Eens
        per twee jaar wordt een tevredenheidsonderzoek onder ouders en scholen gehouden. Het jaarverslag bevat een
        analyse van de kengetallen en van de inzet van middelen per onderdeel."""),
        H2('10.2 Bereikte resultaten 2020-2024'),
        T(['Kengetal', 'De Peelkant 2020', 'De Peelkant 2024', 'Kempen-Noord 2020', 'Kempen-Noord 2024'],
          ['Deelnamepercentage sbo', '2,6%', '2,4%', '2,5%', '2,5%'],
          ['Deelnamepercentage so', '1,6%', '1,8%', '1,7%', '1,7%'],
          ['Thuiszitters > 3 maanden (1 oktober)', '7', '4', '5', '6'],
          ['Gemiddelde doorlooptijd TLV (weken)', '8,5', '6,0', '7,0', '6,5'],
          ['Terugplaatsingen uit sbo/so per jaar', '6', '9', '4', '5']),
        P("""De beoogde resultaten voor de periode 2025-2029 worden vastgesteld nadat de evaluatie van het eerste fusiejaar is
        afgerond en een gezamenlijke nulmeting beschikbaar is. Zij worden opgenomen in het jaarplan 2026-2027."""),
        H1('11. Governance en medezeggenschap'),
        P("""Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder. De raad van toezicht
        bestaat uit vijf leden: drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, van wie één de
        voorzitter is. De aangesloten besturen komen twee keer per jaar bijeen in de Algemene Vergadering, die onder meer
        adviseert over het ondersteuningsplan en de begroting."""),
        P("""De ondersteuningsplanraad bestaat uit zestien leden, gekozen door en uit de medezeggenschapsraden van de
        aangesloten scholen. In de eerste fusieperiode bestaat de OPR uit de samengevoegde raden van de voormalige
        verbanden; in het voorjaar van 2026 worden nieuwe verkiezingen gehouden. De OPR heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het personeel van het bureau een eigen
        medezeggenschapsraad."""),
        P("""De raad van toezicht vergadert zes keer per jaar en heeft een auditcommissie en een commissie onderwijs en
        kwaliteit ingesteld. De auditcommissie bespreekt de begroting, de jaarrekening en de managementletter van de
        accountant. De commissie onderwijs en kwaliteit spreekt twee keer per jaar met de medewerkers van het
        Expertisepunt en bezoekt jaarlijks een aantal scholen en voorzieningen. De raad van toezicht legt over zijn
        werkzaamheden verantwoording af in een eigen paragraaf van het bestuursverslag. De directeur-bestuurder wordt
        jaarlijks beoordeeld door de remuneratiecommissie van de raad, aan de hand van afspraken die aan het begin van
        het jaar zijn gemaakt."""),
        P("""Het toezichtkader van de raad van toezicht, het bestuursreglement en de statuten zijn na de fusie vernieuwd.
        De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen."""),
        H1('12. Personeel, huisvesting en ICT'),
        P("""Het personeel van de voormalige verbanden is per 1 januari 2025 overgegaan naar het nieuwe samenwerkingsverband.
        Er zijn geen gedwongen ontslagen gevallen. Het bureau is gevestigd in Kempenrand; het Expertisepunt heeft
        daarnaast een werkplek in Valkenhorst. In 2025 wordt een functiehuis opgesteld en wordt het
        professionaliseringsbeleid voor de medewerkers geharmoniseerd."""),
        P("""De beide voormalige verbanden gebruikten verschillende systemen voor de registratie van aanvragen. Per 1
        augustus 2025 wordt één systeem gebruikt. Het samenwerkingsverband verwerkt persoonsgegevens conform de AVG; de
        bewaartermijn van dossiers is drie jaar na het laatste besluit. Het privacyreglement is op 10 maart 2025 door het
        bestuur vastgesteld, na advies van de ondersteuningsplanraad."""),
        P("""Het samenwerkingsverband wil een aantrekkelijke werkgever zijn voor orthopedagogen en onderwijsconsulenten. In
        de regio is de concurrentie met jeugdhulpaanbieders om deze professionals groot. Daarom investeert het
        samenwerkingsverband in scholing, intervisie en een goede werkplek."""),
        H1('13. Planning en evaluatie'),
        T(['Periode', 'Onderwerp', 'Eigenaar'],
          ['voorjaar 2025', 'evaluatie eerste fusiemaanden, nulmeting kengetallen', 'directeur-bestuurder'],
          ['2025-2026', 'geharmoniseerde Route TLV; beleid terugplaatsing; communicatieplan ouders', 'Expertisepunt'],
          ['voorjaar 2026', 'geharmoniseerd verdeelmodel naar de OPR', 'controller'],
          ['najaar 2026', 'beoogde resultaten in jaarplan 2026-2027', 'directeur-bestuurder'],
          ['2027', 'tussenevaluatie ondersteuningsplan', 'raad van toezicht'],
          ['2028-2029', 'voorbereiding ondersteuningsplan 2029-2033', 'directeur-bestuurder']),
        P("""De uitwerkingen uit deze planning worden, voor zover zij dit plan wijzigen of aanvullen, ter instemming aan de
        ondersteuningsplanraad voorgelegd en besproken met de gemeenten."""),
        H1('Bijlage A. Afkortingenlijst'),
        T(['Afkorting', 'Betekenis'],
          ['AVG', 'Algemene verordening gegevensbescherming'],
          ['EMB', 'ernstig meervoudig beperkt'],
          ['OJSP', 'Ouder- en Jeugdsteunpunt'],
          ['OOGO', 'op overeenstemming gericht overleg'],
          ['OPP', 'ontwikkelingsperspectief'],
          ['OPR', 'ondersteuningsplanraad'],
          ['OZA', 'onderwijs-zorgarrangement'],
          ['sbo', 'speciaal basisonderwijs'],
          ['so', 'speciaal onderwijs'],
          ['SOP', 'schoolondersteuningsprofiel'],
          ['TLV', 'toelaatbaarheidsverklaring'],
          ['zml', 'zeer moeilijk lerend']),
    ]


# ===========================================================================
# Plan E - VO verband, web version (.html)
# ===========================================================================
E_NAME = 'Samenwerkingsverband VO Zeeweg'


def plan_e():
    return [
        TITLE('Ondersteuningsplan 2024-2028 Samenwerkingsverband VO Zeeweg (VO 27-03)',
              'Webversie van het ondersteuningsplan. De bijlagen zijn als afzonderlijke documenten te downloaden.',
              'Duinwijk · Haventhal · Polderkamp'),
        TOC((1, '1. Voorwoord', 1), (1, '2. Over ons samenwerkingsverband', 1), (1, '3. Visie en uitgangspunten', 1),
            (1, '4. Basisondersteuning op alle scholen', 1), (1, '5. Dekkend aanbod', 1),
            (1, '6. Toelaatbaarheid vso, lwoo en pro', 1), (1, '7. Terugplaatsing naar het voortgezet onderwijs', 1),
            (1, '8. Ouders en leerlingen', 1), (1, '9. Financiën', 1), (1, '10. Resultaten en kwaliteitszorg', 1),
            (1, '11. Samenwerking met gemeenten en partners', 1), (1, '12. Organisatie en medezeggenschap', 1),
            (1, '13. Personeel en professionalisering', 1), (1, '14. Totstandkoming van dit plan', 1),
            (1, '15. Huisvesting, ICT en bedrijfsvoering', 1), (1, 'Bijlagen', 1), (1, 'Begrippenlijst', 1)),
        H1('1. Voorwoord'),
        P("""Dit is het ondersteuningsplan van Samenwerkingsverband VO Zeeweg voor de periode 1 augustus 2024 tot en met 31
        juli 2028. Het plan beschrijft hoe de vijf schoolbesturen voor voortgezet onderwijs in Duinwijk, Haventhal en
        Polderkamp samen zorgen voor passend onderwijs voor de ruim 15.000 jongeren in onze regio."""),
        P("""Jongeren in het voortgezet onderwijs zitten in een bijzondere levensfase. Zij worden zelfstandiger, maken
        keuzes over hun toekomst en hebben steeds meer te zeggen over hun eigen leven. Tegelijk is het voor sommige
        jongeren een kwetsbare periode, waarin problemen thuis, op school of in hun hoofd zich opstapelen. Passend
        onderwijs betekent voor ons dat wij die jongeren niet kwijtraken. Dat lukt alleen als scholen, het
        samenwerkingsverband, de gemeenten, de jeugdhulp en het mbo samen optrekken."""),
        P("""Wij danken de scholen, de ondersteuningsplanraad, de gemeenten en alle anderen die aan dit plan hebben
        bijgedragen. In het bijzonder danken wij de leerlingen van het leerlingenpanel, die ons scherp hielden op de vraag
        wat dit plan in de klas betekent."""),
        P("""Hanneke Brouwer, directeur-bestuurder"""),
        H1('2. Over ons samenwerkingsverband'),
        P("""Samenwerkingsverband VO Zeeweg omvat de gemeenten Duinwijk, Haventhal en Polderkamp. Vijf schoolbesturen zijn
        aangesloten. Zij hebben samen veertien scholen voor voortgezet onderwijs met negentien locaties: scholen voor
        vmbo, havo en vwo, waarvan zeven locaties leerwegondersteunend onderwijs (lwoo) aanbieden, twee scholen voor
        praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs: De Golfslag (cluster 4) en Het Duinpad
        (cluster 3). Daarnaast heeft het samenwerkingsverband een orthopedagogisch-didactisch centrum (OPDC), De Koers."""),
        T(['Leerlingen per 1 oktober 2023', 'Aantal', 'Percentage'],
          ['Vmbo (incl. lwoo)', '5.480', '36,1%'],
          ['Havo en vwo', '8.620', '56,7%'],
          ['Praktijkonderwijs', '520', '3,4%'],
          ['Vso', '410', '2,7%'],
          ['Internationale schakelklassen (ISK)', '170', '1,1%'],
          ['Totaal', '15.200', '100%']),
        P("""De regio heeft een gevarieerd karakter: een havenstad met een jonge bevolking, een krimpend landelijk gebied en
        een aantal forensengemeenten. Het aantal leerlingen zal de komende jaren naar verwachting met ongeveer twee procent
        per jaar dalen. Het aandeel leerlingen in het vso en het praktijkonderwijs ligt boven het landelijk gemiddelde."""),
        P("""De vijf aangesloten besturen verschillen sterk in omvang. Het grootste bestuur heeft zes scholen met samen
        ruim 6.000 leerlingen; twee besturen hebben elk één school. Alle besturen hebben zitting in de algemene
        vergadering en hebben daar één stem, met uitzondering van besluiten over de begroting, waarvoor de stemmen naar
        leerlingenaantal worden gewogen. Naast de scholen in de regio volgen ongeveer 380 jongeren uit ons gebied
        onderwijs op een school buiten de regio, vooral in de grote stad ten zuiden van ons verband, waar meer
        keuzemogelijkheden zijn in het vwo en in het technisch vmbo. Omgekeerd komen ongeveer 250 leerlingen van buiten de
        regio naar scholen in Zeeweg, met name naar het praktijkonderwijs en naar het vso."""),
        H1('3. Visie en uitgangspunten'),
        P("""Wij willen dat elke jongere in Zeeweg een diploma of startkwalificatie haalt, of, als dat niet haalbaar is, een
        duurzame plek op de arbeidsmarkt of in dagbesteding vindt. Wij gaan daarbij uit van de volgende principes."""),
        UL("""Regulier waar het kan, speciaal waar het moet.""",
           """De school is verantwoordelijk, het samenwerkingsverband ondersteunt.""",
           """Wij kijken naar de hele jongere, niet alleen naar de leerling.""",
           """Geen jongere thuis: voor elke jongere is er binnen vier weken een passend aanbod.""",
           """Wij leggen verantwoording af over resultaten, niet over activiteiten."""),
        P("""Deze principes zijn richtinggevend voor alle keuzes in dit plan. Zij zijn in 2023 met de schoolleiders,
        de ondersteuningscoördinatoren en het leerlingenpanel opgesteld."""),
        H1('4. Basisondersteuning op alle scholen'),
        P("""De basisondersteuning is het niveau van ondersteuning dat alle vo-scholen en alle locaties in Zeeweg, inclusief
        het praktijkonderwijs, ten minste bieden. De schoolbesturen hebben dit niveau in 2023 samen vastgesteld. Het gaat om
        ondersteuning die onder verantwoordelijkheid van de school wordt gegeven, binnen de reguliere schoolorganisatie,
        zonder aanvraag bij het samenwerkingsverband. Op elke locatie is het volgende aanwezig."""),
        UL("""Een mentor voor elke leerling, met ten minste één individueel mentorgesprek per periode.""",
           """Een ondersteuningscoördinator met voldoende uren (ten minste 0,2 fte per 500 leerlingen) en een
           zorgadviesteam (ZAT) waarin school, jeugdarts, leerplicht en de jeugdhulpverlener van de gemeente zitten.""",
           """Een dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd, vergroting en voorleessoftware, ook bij
           toetsen en examens.""",
           """Trainingen op het gebied van faalangst, sociale vaardigheden en executieve functies.""",
           """Een aanpak voor verzuim, in samenwerking met leerplicht, waarbij het verzuim van elke leerling wekelijks
           wordt gevolgd.""",
           """Een ondersteuningsruimte of time-outvoorziening in de school, met begeleiding door een vaste medewerker.""",
           """Een aanpak voor sociale veiligheid en pesten, met een anti-pestcoördinator.""",
           """Begeleiding bij de overgang van po naar vo en van vo naar mbo, hbo of werk."""),
        P("""Elke school beschrijft in de schoolgids hoe zij de basisondersteuning vormgeeft. Het samenwerkingsverband
        voert elke twee jaar een gesprek met elke locatie aan de hand van de Kijkwijzer basisondersteuning. Locaties die
        niet aan de basisondersteuning voldoen, maken een verbeterplan met een termijn van ten hoogste een jaar."""),
        H1('5. Dekkend aanbod'),
        H2('5.1 Het aanbod'),
        P("""Naast de basisondersteuning bestaat het ondersteuningsaanbod in Zeeweg uit extra ondersteuning in de school,
        bovenschoolse voorzieningen en het (voortgezet) speciaal onderwijs."""),
        T(['Laag', 'Voorziening', 'Doelgroep'],
          ['Extra ondersteuning in de school', 'arrangementen op maat, bijvoorbeeld een coach, een aangepast rooster of ambulante begeleiding vanuit het vso', 'leerlingen bij wie de basisondersteuning niet volstaat'],
          ['Extra ondersteuning in de school', 'leerwegondersteunend onderwijs op zeven vmbo-locaties', 'vmbo-leerlingen met leerachterstanden'],
          ['Bovenschools', 'OPDC De Koers: tijdelijke plaatsing van 12 tot 24 weken met terugkeer naar de eigen school', 'leerlingen die in de reguliere klas vastlopen'],
          ['Bovenschools', 'Rebound Haventhal: kortdurende time-out van maximaal 12 weken', 'leerlingen met gedragsproblemen'],
          ['Bovenschools', 'Internationale schakelklassen Duinwijk en Haventhal', 'nieuwkomers 12-18 jaar'],
          ['Bovenschools', 'Zorg-onderwijsgroep Het Anker', 'jongeren die onderwijs en dagbehandeling combineren'],
          ['Speciaal', 'praktijkonderwijs (2 scholen)', 'leerlingen voor wie een diploma niet haalbaar is'],
          ['Speciaal', 'vso De Golfslag (cluster 4), vso Het Duinpad (cluster 3)', 'leerlingen met een TLV vso']),
        P("""Het Trajectloket van het samenwerkingsverband is voor scholen het aanspreekpunt voor alle vragen over
        bovenschoolse voorzieningen. Elke school heeft daarnaast een vaste trajectbegeleider, die meedenkt in het ZAT."""),
        H2('5.2 Lacunes en thuiszitters'),
        P("""Elk jaar in mei maakt het samenwerkingsverband de Dekkend-netwerkmonitor op. Daarin staan het aantal thuiszitters
        en vrijstellingen, de wachttijden voor bovenschoolse voorzieningen en het vso, de leerlingen die tussen wal en schip
        vielen en de signalen van scholen, leerplicht en jeugdhulp. Het bestuur bespreekt de monitor met de besturen en in
        het OOGO en legt voor elke lacune vast welke actie wordt ondernomen, door wie en wanneer."""),
        P("""De monitor van 2023 liet zien dat er in Polderkamp geen passend aanbod was voor jongeren met ernstige
        angstklachten die niet naar een grote school kunnen, en dat de wachttijd voor vso De Golfslag was opgelopen tot
        vijf maanden. Per 1 januari 2025 opent daarom een kleinschalige leeromgeving voor deze jongeren in Polderkamp, in
        samenwerking met de gemeente en een jeugdhulpaanbieder. Met De Golfslag is afgesproken dat het aantal plaatsen met
        24 wordt uitgebreid."""),
        P("""Voor thuiszitters kent elke gemeente een thuiszitterstafel, waar de school, het samenwerkingsverband, leerplicht
        en de jeugdhulp samen binnen twee weken een plan maken. De trajectbegeleider van het samenwerkingsverband is
        casusregisseur. Komen partijen er niet uit, dan beslist de directeur-bestuurder welke school de jongere een plek
        biedt en welk arrangement het samenwerkingsverband daarvoor beschikbaar stelt."""),
        H1('6. Toelaatbaarheid vso, lwoo en pro'),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over de
        aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. De
        procedures en criteria zijn opgenomen in bijlage 3 'Toewijzingsprocedures vso, lwoo en pro', die als afzonderlijk
        document bij dit plan hoort."""),
        H1('7. Terugplaatsing naar het voortgezet onderwijs'),
        H2('7.1 Ons beleid'),
        P("""Het vso is voor veel jongeren de beste plek. Voor een deel van hen is het een tijdelijke plek. Wij vinden het
        belangrijk dat jongeren die dat kunnen, de overstap maken naar het regulier voortgezet onderwijs, omdat zij daar
        een breder vakkenpakket en meer diplomamogelijkheden hebben. Voorwaarde is dat de jongere zich zo heeft ontwikkeld
        dat hij met de basisondersteuning en zo nodig een arrangement in het regulier onderwijs verder kan, en dat de
        jongere de overstap zelf wil. Een overstap aan het begin van een schooljaar of na een examenjaar heeft de
        voorkeur."""),
        P("""Een jongere die overstapt, krijgt een overstaparrangement van een schooljaar. Daarin zit ambulante begeleiding
        vanuit het vso, een vaste coach op de nieuwe school en, waar nodig, een aangepast rooster. Het samenwerkingsverband
        betaalt het arrangement. Wij willen het aantal overstappen van vso naar vo verhogen van 11 in 2022-2023 naar 20 per
        jaar in 2027-2028."""),
        H2('7.2 De procedure'),
        OL("""Elk jaar bespreekt de commissie van begeleiding van de vso-school bij de evaluatie van het OPP of een overstap
           naar het regulier onderwijs mogelijk is. In het laatste jaar van de TLV gebeurt dat vóór 1 december.""",
           """Als de commissie een overstap haalbaar vindt, meldt de vso-school de jongere aan bij het Trajectloket.""",
           """De trajectbegeleider organiseert binnen vier weken een gesprek met de jongere, de ouders, de vso-school en
           een of meer mogelijke vo-scholen, en stelt het overstaparrangement op.""",
           """De jongere wordt aangemeld bij de vo-school; de vo-school beslist over de toelating binnen de wettelijke
           termijn. Het samenwerkingsverband besluit over het overstaparrangement.""",
           """Na drie en na zes maanden evalueert de trajectbegeleider de overstap met de jongere en de school.""",
           """Als een overstap niet haalbaar is, vraagt de vso-school uiterlijk op 1 maart een nieuwe TLV aan volgens de
           procedure in bijlage 3."""),
        H1('8. Ouders en leerlingen'),
        P("""Ouders en leerlingen zijn voor ons belangrijke gesprekspartners. In de komende planperiode werken wij samen met de
        ondersteuningsplanraad een ouder- en leerlingenparagraaf uit. Daarin komt te staan hoe wij ouders en leerlingen
        informeren over het ondersteuningsaanbod, waar zij met vragen en bij onenigheid terechtkunnen en hoe zij bij ons
        beleid worden betrokken. De paragraaf wordt als aanvulling op dit plan aan de ondersteuningsplanraad
        voorgelegd."""),
        H1('9. Financiën'),
        H2('9.1 Verdeling van de middelen'),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, zware ondersteuning, lwoo en
        praktijkonderwijs. De afdrachten voor het vso worden rechtstreeks door DUO ingehouden. De overige middelen worden
        als volgt verdeeld."""),
        T(['Onderdeel', 'Verdeelcriterium', 'Ontvanger'],
          ['Schoolbudget lichte ondersteuning', '€ 128 per leerling (teldatum 1 oktober t-1) plus een vaste voet van € 15.000 per locatie', 'schoolbestuur'],
          ['Lwoo', 'het normbedrag per lwoo-leerling op de teldatum wordt volledig doorbetaald', 'school met lwoo-leerlingen'],
          ['Praktijkonderwijs', 'het normbedrag per pro-leerling wordt volledig doorbetaald, plus een vaste toeslag voor stagebegeleiding', 'pro-school'],
          ['Arrangementen', 'toekenning door het Trajectloket op aanvraag, als de basisondersteuning en het schoolbudget aantoonbaar zijn ingezet', 'school'],
          ['Bovenschoolse voorzieningen', 'budget op basis van capaciteit', 'OPDC De Koers, Rebound, Het Anker'],
          ['Bureau en Trajectloket', 'begroting', 'samenwerkingsverband']),
        P("""Schoolbesturen leggen jaarlijks voor 1 april verantwoording af over de inzet van het schoolbudget en de
        lwoo-middelen, aan de hand van een vast format."""),
        H2('9.2 Meerjarenbegroting'),
        T(['x € 1.000', '2024', '2025', '2026', '2027'],
          ['Baten lichte ondersteuning', '2.830', '2.780', '2.730', '2.680'],
          ['Baten zware ondersteuning (na afdracht vso)', '3.960', '3.880', '3.810', '3.740'],
          ['Baten lwoo en pro', '9.740', '9.560', '9.390', '9.220'],
          ['Totaal baten', '16.530', '16.220', '15.930', '15.640'],
          ['Schoolbudgetten lichte ondersteuning', '2.230', '2.190', '2.150', '2.110'],
          ['Doorbetaling lwoo en pro', '9.740', '9.560', '9.390', '9.220'],
          ['Arrangementen en overstaparrangementen', '1.410', '1.400', '1.390', '1.380'],
          ['OPDC, Rebound en Het Anker', '2.160', '2.190', '2.190', '2.190'],
          ['Bureau, Trajectloket, huisvesting', '1.120', '1.100', '1.090', '1.080'],
          ['Totaal lasten', '16.660', '16.440', '16.210', '15.980'],
          ['Resultaat (inzet reserve)', '-130', '-220', '-280', '-340']),
        P("""Het negatieve resultaat wordt gedekt uit de reserve, die daarmee in de planperiode daalt van € 2,4 miljoen tot
        circa € 1,4 miljoen, dicht bij de signaleringswaarde."""),
        H1('10. Resultaten en kwaliteitszorg'),
        H2('10.1 Beoogde resultaten'),
        T(['Doel', 'Indicator', 'Stand 2023', 'Doel 2028'],
          ['Geen jongere thuis', 'aantal thuiszitters langer dan 4 weken op 1 oktober', '31', '< 10'],
          ['Regulier waar het kan', 'deelnamepercentage vso', '2,7%', '2,4%'],
          ['Terug naar regulier', 'overstappen vso naar vo per jaar', '11', '20'],
          ['Succesvol OPDC', 'aandeel OPDC-leerlingen dat binnen 24 weken terugkeert naar een reguliere school', '64%', '80%'],
          ['Diploma of startkwalificatie', 'aandeel pro- en vso-leerlingen met een duurzame vervolgplek één jaar na uitstroom', '71%', '80%']),
        H2('10.2 Monitoring en verantwoording'),
        P("""Het samenwerkingsverband volgt de indicatoren in een dashboard dat elk kwartaal wordt bijgewerkt met gegevens uit
        de eigen registratie, DUO, leerplicht en de scholen. De directeur-bestuurder rapporteert elk half jaar aan de raad
        van toezicht en de ondersteuningsplanraad. In het jaarverslag worden de bereikte resultaten vergeleken met de
        doelen en wordt per doel aangegeven welke middelen daarvoor zijn ingezet. Elke twee jaar voeren wij een
        tevredenheidsonderzoek uit onder scholen en leerlingen. Halverwege de planperiode, in 2026, evalueren wij het
        plan met een externe partij."""),
        H2('10.3 Terugblik 2020-2024'),
        P("""In de vorige planperiode daalde het aantal thuiszitters langer dan vier weken van 48 naar 31, keerde 64 procent
        van de OPDC-leerlingen binnen 24 weken terug naar een reguliere school en bleef het deelnamepercentage vso stabiel
        op 2,7 procent. Het doel om het vso-percentage te laten dalen, is daarmee niet gehaald."""),
        H1('11. Samenwerking met gemeenten en partners'),
        P("""Met de gemeenten Duinwijk, Haventhal en Polderkamp voeren wij op overeenstemming gericht overleg over dit plan en
        over de jeugdplannen van de gemeenten. Het OOGO over dit plan vond plaats op 4 april 2024. Afgesproken is om samen
        te werken aan de aanpak van thuiszitters, aan jeugdhulp in de school (elke school heeft een jeugdhulpverlener van de
        gemeente in het ZAT), aan de overgang naar het mbo en de arbeidsmarkt en aan leerlingenvervoer."""),
        P("""Met het mbo in de regio zijn afspraken gemaakt over de warme overdracht van leerlingen met een
        ondersteuningsbehoefte. Met de samenwerkingsverbanden primair onderwijs in de regio is er overleg over de overstap
        van po naar vo; het overleg over dit plan vond plaats op 28 maart 2024."""),
        H1('12. Organisatie en medezeggenschap'),
        P("""Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. De
        aangesloten schoolbesturen vormen samen de algemene vergadering, die twee keer per jaar bijeenkomt. Het bureau
        bestaat uit 24 medewerkers, onder wie de trajectbegeleiders, de orthopedagogen, de medewerkers van het Trajectloket
        en het team van OPDC De Koers."""),
        P("""De ondersteuningsplanraad heeft op 9 april 2024 ingestemd met dit plan. De raad van toezicht heeft het plan op 15
        april 2024 goedgekeurd, waarna de directeur-bestuurder het heeft vastgesteld. Het plan is op 22 april 2024 aan de
        Inspectie van het Onderwijs gezonden."""),
        H1('13. Personeel en professionalisering'),
        P("""Wij investeren in de deskundigheid van mentoren, ondersteuningscoördinatoren en docenten. Het samenwerkingsverband
        biedt een jaarlijks scholingsprogramma aan, met onder meer trainingen in het omgaan met gedrag, het herkennen van
        psychische problemen en het voeren van gesprekken met jongeren. Ondersteuningscoördinatoren komen zes keer per jaar
        bijeen in een netwerk. Voor docenten in het vso en het praktijkonderwijs is er een eigen netwerk."""),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens volgens de AVG. De functionaris gegevensbescherming ziet toe
        op de naleving. Dossiers worden drie jaar na het laatste besluit vernietigd."""),
        H1('Bijlagen'),
        UL("""Bijlage 1 Kijkwijzer basisondersteuning (afzonderlijk document)""",
           """Bijlage 2 Dekkend-netwerkmonitor 2023 (afzonderlijk document)""",
           """Bijlage 3 Toewijzingsprocedures vso, lwoo en pro (afzonderlijk document)""",
           """Bijlage 4 Verslag OOGO 4 april 2024 (afzonderlijk document)"""),
        H1('Begrippenlijst'),
        UL("""Lwoo: leerwegondersteunend onderwijs.""",
           """OPDC: orthopedagogisch-didactisch centrum.""",
           """Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.""",
           """Pro: praktijkonderwijs.""",
           """TLV: toelaatbaarheidsverklaring.""",
           """Vso: voortgezet speciaal onderwijs.""",
           """ZAT: zorgadviesteam."""),
    ]


# ===========================================================================
# F - near miss: school-level 'ondersteuningsplan' of one basisschool (.docx)
# ===========================================================================

def nearmiss_f():
    return [
        TITLE('Ondersteuningsplan 2024-2025',
              'OBS De Wilgenhoek — openbare basisschool, Lindeveen',
              'Onderdeel van het schoolplan 2023-2027; vastgesteld door de directie na advies van de MR'),
        TOC((1, '1 Inleiding', 2), (1, '2 Ondersteuning op De Wilgenhoek: de vijf niveaus', 3),
            (1, '3 De ondersteuningscyclus', 5), (1, '4 Ontwikkelingsperspectief en arrangementen', 6),
            (1, '5 Verwijzing naar sbo en so, en terugkeer', 7), (1, '6 Ouders', 8), (1, '7 Middelen', 9),
            (1, '8 Resultaten en evaluatie 2023-2024', 10), (1, '9 Jaarplanning ondersteuning', 11)),
        H1('1 Inleiding'),
        P("""Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze leerlingen organiseren.
        Het plan is bedoeld voor het team, voor nieuwe collega’s en voor ouders die willen weten hoe de ondersteuning op
        onze school werkt. Het wordt elk jaar in juni geëvalueerd en bijgesteld. De Wilgenhoek telt 236 leerlingen in
        tien groepen. Onze school valt onder Stichting Openbaar Onderwijs Lindeveen en is aangesloten bij
        Samenwerkingsverband Passend Primair Onderwijs Vaart en Veen. De afspraken in het ondersteuningsplan van het
        samenwerkingsverband en in ons schoolondersteuningsprofiel vormen het kader voor dit plan."""),
        P("""Op De Wilgenhoek werken we handelingsgericht. Dat betekent dat we uitgaan van wat een kind nodig heeft, dat we
        samenwerken met ouders en dat we doelgericht en planmatig werken. Onze intern begeleider, Sanne Kuipers, is
        verantwoordelijk voor de coördinatie van de ondersteuning. Zij werkt vier dagen per week op school."""),
        H1('2 Ondersteuning op De Wilgenhoek: de vijf niveaus'),
        T(['Niveau', 'Wat', 'Wie'],
          ['1', 'Goed lesgeven in de groep: differentiatie in drie instructieniveaus, een positief groepsklimaat', 'leerkracht'],
          ['2', 'Extra zorg in de groep: verlengde instructie, extra oefening, een gedragsplan', 'leerkracht, in overleg met de IB’er'],
          ['3', 'Speciale zorg na intern onderzoek: een handelingsplan, inzet van de remedial teacher of de onderwijsassistent', 'IB’er en leerkracht'],
          ['4', 'Speciale zorg met externe deskundigen: consultatie van de orthopedagoog van het samenwerkingsverband, onderzoek, een arrangement', 'IB’er, ondersteuningsteam'],
          ['5', 'Verwijzing naar het speciaal (basis)onderwijs', 'ondersteuningsteam, bestuur, samenwerkingsverband']),
        P("""Niveau 1 en 2 vormen samen met een deel van niveau 3 wat wij als school aan basisondersteuning bieden. Dat is
        beschreven in ons schoolondersteuningsprofiel. Onze school heeft een specialisatie op het gebied van lezen en
        dyslexie: twee leerkrachten zijn gespecialiseerd in leesproblemen en we werken met het programma Bouw! vanaf
        groep 2."""),
        H1('3 De ondersteuningscyclus'),
        P("""Drie keer per jaar, in oktober, februari en juni, houden we groepsbesprekingen. De leerkracht bespreekt dan met
        de IB’er de resultaten van de groep, de toetsgegevens uit het leerlingvolgsysteem en de observaties van het
        welbevinden. Op basis daarvan stelt de leerkracht het groepsoverzicht en het groepsplan bij. Leerlingen over wie
        zorgen zijn, worden daarna besproken in een leerlingbespreking. Als de zorgen blijven, komt de leerling in het
        ondersteuningsteam (OT). Het OT bestaat uit de IB’er, de leerkracht, de ouders, de directeur en zo nodig de
        schoolmaatschappelijk werker, de jeugdverpleegkundige of de consulent van het samenwerkingsverband. Het OT komt
        zes keer per jaar bijeen."""),
        P("""Twee keer per jaar worden de Cito-toetsen afgenomen; daarnaast gebruiken we de methodegebonden toetsen en de
        vragenlijsten sociale veiligheid van ZIEN!. De uitkomsten worden besproken in het team tijdens de
        opbrengstvergaderingen in februari en juni."""),
        H1('4 Ontwikkelingsperspectief en arrangementen'),
        P("""Voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen, of die extra ondersteuning ontvangen
        van het samenwerkingsverband, stellen wij een ontwikkelingsperspectief (OPP) op. Het OPP wordt opgesteld in overleg
        met de ouders en twee keer per jaar met hen geëvalueerd. Ouders hebben instemmingsrecht op het handelingsdeel van
        het OPP."""),
        P("""Als de ondersteuning die de school zelf kan bieden niet voldoende is, vragen wij via het Loket van het
        samenwerkingsverband een arrangement aan. In 2023-2024 hadden vier leerlingen van onze school een individueel
        arrangement, twee leerlingen gingen één dagdeel per week naar de plusklas Kiem en één leerling zat twaalf weken in
        de observatiegroep De Overstap."""),
        H1('5 Verwijzing naar sbo en so, en terugkeer'),
        P("""Soms kunnen wij een kind, ook met een arrangement, niet bieden wat het nodig heeft. Het OT bespreekt dan samen
        met de ouders of een plek op een school voor speciaal basisonderwijs of speciaal onderwijs beter past. Als dat zo
        is, vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De IB’er stelt daarvoor
        het groeidocument op en de ouders geven hun zienswijze. Het samenwerkingsverband beslist over de aanvraag. In
        2023-2024 zijn twee leerlingen van onze school naar het sbo gegaan."""),
        P("""Kinderen die vanuit het sbo of so naar onze school terugkomen, worden goed voorbereid ontvangen. De IB’er neemt
        deel aan het overdrachtsgesprek en de leerkracht gaat vooraf op bezoek bij de leerling op de sbo- of so-school.
        In het afgelopen jaar is één leerling vanuit sbo De Wissel bij ons ingestroomd."""),
        H1('6 Ouders'),
        P("""Wij zien ouders als partners. Ouders worden bij de start van elk schooljaar geïnformeerd over de ondersteuning
        op school tijdens de informatieavond, en via de schoolgids en onze website. Bij zorgen over hun kind worden ouders
        direct betrokken; zij zijn altijd aanwezig in het OT. Ouders die vragen hebben over passend onderwijs kunnen ook
        terecht bij het ouder- en jeugdsteunpunt Wegwijs of bij de Onderwijsconsulenten. Klachten worden behandeld volgens
        de klachtenregeling van onze stichting."""),
        H1('7 Middelen'),
        P("""Onze school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband, in 2024 ongeveer € 48.000.
        Wij zetten dat in voor een onderwijsassistent (0,6 fte), de remedial teacher (0,2 fte) en extra uren voor de IB’er.
        Daarnaast ontvangen wij middelen uit het Nationaal Programma Onderwijs, die dit jaar aflopen."""),
        H1('8 Resultaten en evaluatie 2023-2024'),
        P("""De eindtoetsresultaten van groep 8 lagen in 2024 boven de signaleringswaarde van de Inspectie. Het percentage
        leerlingen dat het streefniveau 2F/1S voor lezen haalde, steeg van 58 naar 64 procent. Het doel om alle
        groepsplannen te digitaliseren is gehaald. Het doel om de leerlingbesprekingen korter en doelgerichter te maken, is
        deels gehaald. In de evaluatie met het team kwam naar voren dat de samenwerking met het lokale team jeugd beter
        kan."""),
        H1('9 Jaarplanning ondersteuning'),
        T(['Maand', 'Activiteit'],
          ['september', 'informatieavond ouders; start groepsplannen'],
          ['oktober', 'groepsbesprekingen ronde 1; OT'],
          ['januari/februari', 'Cito midden; opbrengstvergadering; groepsbesprekingen ronde 2'],
          ['april', 'OT; evaluatie OPP’s'],
          ['juni', 'Cito eind; opbrengstvergadering; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan']),
    ]


# ===========================================================================
# Additional ordinary chapters (filler that real plans contain)
# ===========================================================================

def insert_before(blocks, heading, new_blocks):
    for i, (kind, pay) in enumerate(blocks):
        if kind in ('h1', 'h2') and pay == heading:
            return blocks[:i] + new_blocks + blocks[i:]
    raise KeyError(heading)


def b_extra():
    return [
        H1('Landelijke ontwikkelingen'),
        P("""Dit plan verschijnt in een periode waarin er landelijk veel verandert rond passend onderwijs. Na de
        evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met een groot aantal
        maatregelen. Een deel daarvan raakt ons verband direct. Zo komt er een landelijke norm voor basisondersteuning,
        die op termijn de afspraken van samenwerkingsverbanden zal aanvullen of vervangen. Wij volgen die ontwikkeling op
        de voet en passen onze afspraken aan zodra de norm wettelijk is vastgelegd."""),
        P("""Ook de Wet versterking positie ouders en leerlingen in het passend onderwijs brengt veranderingen met zich mee.
        Leerlingen krijgen hoorrecht bij het opstellen van hun ontwikkelingsperspectief, de beschrijving van de
        ondersteuning verhuist van het schoolondersteuningsprofiel naar de schoolgids, en elk samenwerkingsverband moet
        een ouder- en jeugdsteunpunt hebben. Ons verband heeft dat steunpunt al, in samenwerking met de gemeenten (zie
        hoofdstuk 9)."""),
        P("""Verder is er landelijk aandacht voor de kwaliteit van het onderwijs in de basisvaardigheden, voor het
        lerarentekort en voor de toegankelijkheid van het onderwijs voor kinderen met een beperking. Het kabinet heeft de
        ambitie uitgesproken dat het onderwijs stap voor stap inclusiever wordt, met als perspectief het jaar 2035. Wat dat
        precies betekent voor een klein verband als het onze, is nog niet duidelijk. Wij gaan daarover in de loop van de
        planperiode het gesprek aan met de besturen, de ondersteuningsplanraad en de gemeenten."""),
        P("""Tot slot merken wij dat de vraag naar ondersteuning complexer wordt. Intern begeleiders vertellen dat zij meer
        kinderen zien met angst, met problemen thuis of met een combinatie van leer- en gedragsvragen. Tegelijk is de
        jeugdhulp in de regio overbelast en zijn de wachttijden lang. Dat legt druk op scholen. Wij willen voorkomen dat
        scholen taken gaan uitvoeren die bij de jeugdhulp horen, maar wij willen ook niet dat kinderen tussen wal en schip
        vallen. Dat spanningsveld zal de komende jaren blijven bestaan."""),
    ]


def b_extra2():
    return [
        H1('Privacy en werkwijze van het bureau'),
        P("""Het verband verwerkt persoonsgegevens van leerlingen, ook gegevens over hun gezondheid, als dat nodig is voor
        het toekennen van arrangementen en het beoordelen van aanvragen voor een toelaatbaarheidsverklaring. Wij houden
        ons daarbij aan de Algemene verordening gegevensbescherming en aan de regels uit de Wet op het primair onderwijs.
        Gegevens worden niet langer bewaard dan nodig, en in elk geval niet langer dan drie jaar na het laatste besluit.
        Het verband deelt een functionaris gegevensbescherming met het samenwerkingsverband voortgezet onderwijs."""),
        P("""Het bureau van het verband is gevestigd in het gemeentehuis van Heuvelrand. Het is op werkdagen bereikbaar van
        8.30 tot 16.30 uur. Aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden digitaal ingediend. Het
        bureau werkt met een jaarplanning, die voor de zomervakantie aan de scholen wordt toegestuurd, zodat intern
        begeleiders weten wanneer de netwerkbijeenkomsten en de studiedag plaatsvinden. Wij evalueren onze werkwijze elk
        jaar met de directeuren en passen haar zo nodig aan."""),
    ]


def c_extra():
    return [
        H1('Landelijke ontwikkelingen'),
        P("""Passend onderwijs is volop in beweging. Landelijk wordt gewerkt aan een norm voor basisondersteuning, aan het
        versterken van de positie van ouders en leerlingen en aan de ambitie om het onderwijs inclusiever te maken. Voor
        De Lingestroom betekent dit dat we ons plan in de loop van de planperiode waarschijnlijk moeten aanpassen. We
        houden de ondersteuningsplanraad en de scholen op de hoogte van wat er verandert en wat dat voor hen betekent."""),
        P("""Ook de privacywetgeving vraagt aandacht. De Lingestroom verwerkt gegevens van kinderen, waaronder gegevens over
        gezondheid, wanneer dat nodig is voor het beoordelen van een aanvraag. We bewaren die gegevens niet langer dan
        nodig en in elk geval niet langer dan drie jaar na het besluit. Medewerkers zijn getraind in het veilig omgaan met
        dossiers. De Lingestroom heeft een functionaris gegevensbescherming en een privacyreglement, waarover de
        ondersteuningsplanraad heeft geadviseerd."""),
        P("""Tot slot: het lerarentekort raakt ook onze scholen. Vooral in Lingedal staan groepen geregeld zonder vaste
        leerkracht. Dat maakt het lastiger om kinderen de ondersteuning te geven die ze nodig hebben. We denken met de
        besturen mee over oplossingen, bijvoorbeeld door onderwijsassistenten breder in te zetten en door zij-instromers
        extra te begeleiden op het gebied van passend onderwijs."""),
    ]


def d_extra():
    return [
        H2('1.4 Leeswijzer'),
        P("""Hoofdstuk 2 beschrijft de kenmerken van het samenwerkingsverband. Hoofdstuk 3 bevat de koers voor de
        planperiode. De hoofdstukken 4 tot en met 10 beschrijven de inhoudelijke onderwerpen die de wet voorschrijft. De
        hoofdstukken 11 tot en met 13 gaan over de governance, het personeel en de planning. Bijlage A bevat een lijst van
        de gebruikte afkortingen. Waar in dit plan wordt verwezen naar documenten in het scholenportaal, zijn die
        documenten op aanvraag ook voor andere belanghebbenden beschikbaar."""),
        H2('1.5 Landelijke context'),
        P("""Het ondersteuningsplan verschijnt in een periode van landelijke veranderingen. De verbeteraanpak passend
        onderwijs, die na de evaluatie van 2020 is ingezet, leidt tot een landelijke norm voor basisondersteuning, tot een
        wettelijke verankering van ouder- en jeugdsteunpunten en tot strengere eisen aan de reserves van
        samenwerkingsverbanden. Daarnaast heeft het kabinet de ambitie uitgesproken om stap voor stap te komen tot
        inclusiever onderwijs. Het samenwerkingsverband volgt deze ontwikkelingen en past dit plan waar nodig aan."""),
        P("""Ook in de regio verandert er veel. De gemeenten werken aan een nieuwe inkoop van jeugdhulp, waarbij de
        aansluiting met het onderwijs een belangrijk aandachtspunt is. De woningbouwplannen in Kempenrand-Oost zullen naar
        verwachting leiden tot een groei van het aantal leerlingen in dat deel van de stad, terwijl het aantal leerlingen
        in het landelijk gebied verder daalt. De besturen bereiden zich voor op de gevolgen daarvan voor de spreiding van
        scholen en voorzieningen."""),
        P("""Het fusieproces zelf is zorgvuldig doorlopen. De besturen, de medezeggenschapsraden van beide voormalige
        verbanden, de ondersteuningsplanraden en de gemeenten zijn in alle fasen betrokken. Het fusie-effectrapport is in
        2024 besproken met alle belanghebbenden en heeft geleid tot een aantal aanpassingen in de planning. Zo is besloten
        de harmonisatie van de werkwijzen niet in één keer door te voeren, maar in stappen, zodat de scholen en de
        leerlingen zo min mogelijk hinder ondervinden van de fusie."""),
    ]


def d_extra2():
    return [
        H2('5.3 Aansluiting po-vo en samenwerking met ketenpartners'),
        P("""Met het samenwerkingsverband VO Kempenrand zijn afspraken gemaakt over de overstap van leerlingen met een
        ondersteuningsbehoefte. Voor deze leerlingen vindt in groep 8 een warme overdracht plaats, waarbij de
        onderwijsconsulent op verzoek aanschuift. Voor leerlingen van het sbo en so is er een apart overstaptraject met
        een gezamenlijke adviescommissie. Met de jeugdgezondheidszorg, de lokale teams en de jeugdhulpaanbieders werkt het
        samenwerkingsverband samen in het ondersteuningsteam van de scholen en in de onderwijs-zorggroep op SO De Linde.
        Met de gemeenten is afgesproken dat de financiering van de onderwijs-zorggroep gezamenlijk wordt gedragen."""),
    ]


def e_extra():
    return [
        H2('5.3 Nieuwkomers, hoogbegaafdheid en aansluiting op vervolgonderwijs'),
        P("""Het aantal nieuwkomers in onze regio is de afgelopen jaren sterk gestegen, vooral in Haventhal. De
        internationale schakelklassen in Duinwijk en Haventhal bieden jongeren van 12 tot 18 jaar een intensief
        taalprogramma van gemiddeld twee jaar, waarna zij doorstromen naar een reguliere vo-school of naar het mbo. Het
        samenwerkingsverband financiert een doorstroomcoach die de jongeren het eerste halfjaar na de overstap volgt."""),
        P("""Voor hoogbegaafde leerlingen hebben drie scholen een verrijkingsprogramma en één school een voltijds
        hoogbegaafdenklas voor de onderbouw. Met de landelijke middelen voor hoogbegaafdheid is in 2023 een regionaal
        expertisenetwerk opgezet, dat scholen adviseert over leerlingen die vastlopen."""),
        P("""De overstap van het voortgezet onderwijs naar het mbo is voor kwetsbare jongeren een risicomoment. Met de twee
        mbo-instellingen in de regio is afgesproken dat jongeren met een ondersteuningsbehoefte vóór 1 april worden
        aangemeld en dat er vóór de zomervakantie een overdrachtsgesprek plaatsvindt. Voor jongeren uit het
        praktijkonderwijs en het vso die naar werk uitstromen, werken de scholen samen met het werkgeversservicepunt en
        de gemeenten aan duurzame plaatsing, met nazorg gedurende ten minste een jaar."""),
    ]


def e_extra2():
    return [
        H1('14. Totstandkoming van dit plan'),
        P("""De voorbereiding van dit plan begon in het voorjaar van 2023 met een evaluatie van het vorige plan. In drie
        werksessies met schoolleiders en ondersteuningscoördinatoren is besproken wat goed ging en wat beter kon. Het
        leerlingenpanel, dat bestaat uit twaalf leerlingen van verschillende scholen, heeft twee keer meegedacht over de
        hoofdlijnen. In het najaar van 2023 zijn de hoofdlijnen besproken met de raad van toezicht, de algemene vergadering
        en de ondersteuningsplanraad. Een eerste concept verscheen in januari 2024; het definitieve concept is in maart 2024
        besproken met de gemeenten en met de samenwerkingsverbanden primair onderwijs."""),
        P("""Dit plan wordt elk jaar uitgewerkt in een jaarplan met activiteiten en een jaarbegroting. Wijzigingen in het plan
        worden ter instemming voorgelegd aan de ondersteuningsplanraad. In 2026 vindt een tussentijdse evaluatie plaats;
        de uitkomsten daarvan kunnen leiden tot een aanpassing van het plan voor de tweede helft van de planperiode."""),
        H1('15. Huisvesting, ICT en bedrijfsvoering'),
        P("""Het bureau van het samenwerkingsverband en OPDC De Koers zijn gehuisvest in een gebouw aan de Havenkade in
        Haventhal. Het gebouw is in 2022 gerenoveerd en biedt ruimte aan vier groepen van het OPDC, spreekkamers en
        werkplekken voor de trajectbegeleiders. Rebound Haventhal is gehuisvest op het terrein van een van de vo-scholen."""),
        P("""Aanvragen van scholen worden digitaal ingediend en verwerkt in een beveiligde omgeving. Het samenwerkingsverband
        besteedt de financiële administratie en de salarisadministratie uit aan een administratiekantoor. De jaarrekening
        wordt gecontroleerd door een externe accountant. Het samenwerkingsverband heeft een treasurystatuut en een
        regeling voor de inkoop van diensten, die beide in 2023 zijn geactualiseerd."""),
        P("""Wij willen een organisatie zijn die dicht bij de scholen staat en weinig bureaucratie kent. Daarom houden wij de
        formulieren kort, vragen wij gegevens maar één keer uit en streven wij naar korte lijnen tussen de
        trajectbegeleiders en de ondersteuningscoördinatoren."""),
    ]


# ===========================================================================
# Labels
# ===========================================================================

LABELS = {}

LABELS['po-vaartenveen-op-2024-2028'] = """\
documents: [po-vaartenveen-op-2024-2028.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: present, ouders: present}
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
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H5: 5.1 defines the agreed minimum for all 71 vestigingen, 5.2 table with ten domains, 5.3 kwaliteitskaart/audit."
  plaatsing: "H7: Loket, dossier, two separate deskundigen, CvT, six weeks; sbo/so criteria lists; duration and laag/midden/hoog; bezwaar via LBT."
  terugstroom: "H8 gives policy (aim, conditions, terugplaatsingsarrangement EUR 4.500, target), but the steps/initiator/moments/decider are explicitly deferred to a werkwijzer in year 1 -> procedure false. The legal list in 2.1 and the glossary are not content."
  financien: "Chapter '10 Geld en middelen': verdeelmodel table (EUR 205 per leerling + vaste voet, Loket criteria, arrangement amounts) and a 2024-2027 meerjarenbegroting table; reserves 10.4, verantwoording 10.5."
  dekkend-aanbod: "6.1 continuum niveau 1-5 with voorzieningen table; 6.2 yearly analysis, three named lacunes with actions, thuiszitterstafel and doorzettingsmacht; 6.3 OOGO/jeugdhulp."
  resultaten: "11.1 indicator table with nulmeting and streefwaarde; 11.2 quarterly dashboard, jaarverslag, tevredenheidspeiling; 11.3 achieved figures."
  ouders: "9.1 website ouderpagina, translated brochure, schoolgids/SOP, info evenings, ouderconsulent; 9.2 OJSP Wegwijs, Onderwijsconsulenten, Geschillencommissie, klachtenregeling."
"""

LABELS['po-heuvelrand-zuid-op-2025-2029'] = """\
documents: [po-heuvelrand-zuid-op-2025-2029.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 states the agreed minimum level for every school/vestiging (niveau), but the content is only in 'bijlage 2' (not part of the input) and in the schools' SOP/schoolgids -> inhoud false."
  plaatsing: "6.1 numbered procedure (bestuur -> Ondersteuningsloket, dossier, two deskundigen, directeur decides within six weeks), duration, categorie, LBT; 6.2 criteria deferred ('worden in 2025-2026 herzien') -> criteria false."
  terugstroom: "Nothing in the body: only the statutory list in ch. 1 and the begrippenlijst entry 'Terugplaatsing'."
  financien: "Ch. 7: schoolbudget per leerling on teldatum 1 oktober, vaste voet for small schools, loket criteria for arrangements (verdeling). Amounts and meerjarenbegroting explicitly left to the yearly begroting/website -> besteding false."
  dekkend-aanbod: "Ch. 5 only restates the legal aim and defers the overview of the aanbod and gaps/thuiszitters to a 'Kaart van het aanbod' in 2025-2026; OOGO appears only as a procedural date in ch. 12; 'tussen wal en schip' in 'Landelijke ontwikkelingen' is a concern, not an approach."
  resultaten: "Ch. 8 table with three goals and 2029 targets (doelen); how progress is measured and reported is deferred to the jaarplan -> monitoring false."
  ouders: "Content sits in '9. Communicatie' (9.2): ouderpagina, folder at aanmelding, schoolgids paragraph; independent Ouder- en Jeugdsteunpunt Heuvelrand, Onderwijsconsulenten, Geschillencommissie."
"""

LABELS['po-lingestroom-op-2024-2028'] = """\
documents: [po-lingestroom-op-2024-2028.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: partial, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4: common minimum set by the six besturen for every school/vestiging, table of eight components; yearly check by the schoolconsulent."
  plaatsing: "6.1 procedure (school/bestuur, dossier, Commissie Toelaatbaarheid, two deskundigen, six weeks); 6.2 criteria sbo/so; 6.3 duration and categorie. No bezwaar route anywhere."
  terugstroom: "Hidden in the TLV chapter, section '6.4 Na de TLV': policy (uitgangspunt, conditions, overstaparrangement) and procedure (yearly CvB evaluation, January in last TLV year, consulent, overdracht, evaluations at 3 and 6 months, new TLV by 1 April)."
  financien: "Ch. 8 only refers to the separate 'Financieel kader 2024-2028' (not part of the input); ch. 5 also refers there for toekenning of arrangementen. No verdeling or begroting in the body."
  dekkend-aanbod: "Ch. 5 describes the four-layer continuum with named voorzieningen and OZA with jeugdteams; gap analysis and thuiszitters are deferred ('zodra de nieuwe regionale monitor beschikbaar is', 'in de loop van 2025') -> lacunes false."
  resultaten: "Ch. 9 'Kwaliteit' defers beoogde resultaten, indicators and monitoring to the first jaarplan; no goals or figures elsewhere (visie contains values only)."
  ouders: "Ch. 7 'Ouders en school': schoolgids/SOP, website ouderdeel, yearly info meeting (informatie). Independent support: OJSP 'wordt ingericht ... de vormgeving daarvan volgt' -> steunpunt false; no klachten/geschillen/Onderwijsconsulenten."
"""

LABELS['po-kempenrand-op-2025-2029'] = """\
documents: [po-kempenrand-op-2025-2029.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 4 only refers to the 'Referentiekader basisondersteuning Kempenrand' in the scholenportaal (not part of the input); the continuum table row 1-2 says 'zie hoofdstuk 4'. Nothing addressed."
  plaatsing: "Ch. 6: criteria only in a table (sbo, so laag/midden/hoog, with geldigheidsduur); the procedure (steps, stukken, termijnen) is referred to the 'Route TLV' in the scholenportaal and a harmonised route in 2025-2026 -> procedure false."
  terugstroom: "Ch. 7 first paragraph is a dated procedure (CvB before 1 February, Expertisepunt before 15 February, overdracht before 1 May, new TLV before 1 April); the policy (ambition, conditions, support after return) is deferred to 2025-2026 -> beleid false."
  financien: "9.3 meerjarenbegroting 2025-2029 with amounts (besteding); 9.2 says the old verdeelsystematieken stay in force and a harmonised model follows in spring 2026 -> verdeling false. 9.1 overhead cap is a principle, not a verdeelmodel."
  dekkend-aanbod: "5.1 continuum table and capacity table of bovenschoolse voorzieningen; 5.2 twice-yearly dekkendheidsscan with gemeenten, named lacunes and actions, thuiszitters escalation route."
  resultaten: "10.1 monitoring set, dashboard, half-yearly reports, jaarverslag; 10.2 achieved figures 2020-2024; beoogde resultaten explicitly postponed to jaarplan 2026-2027 -> doelen false."
  ouders: "Ch. 8: OJSP Kempenrand (independent), Onderwijsconsulenten, klachten and Geschillencommissie (steunpunt); how parents are informed is deferred to a communicatieplan 2025-2026 -> informatie false."
"""

LABELS['vo-zeeweg-op-2024-2028'] = """\
documents: [vo-zeeweg-op-2024-2028.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 4: level set by the besturen for all locaties incl. pro, eight concrete provisions (mentor, ondersteuningscoordinator/ZAT, dyslexie, trainingen, ondersteuningsruimte ...); Kijkwijzer every two years."
  plaatsing: "Ch. 6 only names the SWV's statutory tasks (vso, lwoo, pro) and refers to bijlage 3 'Toewijzingsprocedures', a separate document not in the input. No procedure, criteria, deskundigen, duration or bezwaar in the body."
  terugstroom: "Ch. 7: policy (aim, conditions, overstaparrangement of one year, target 11 -> 20) and a six-step procedure with dates (before 1 December, Trajectloket, evaluations, new TLV by 1 March)."
  financien: "9.1 verdeel table (EUR 128 per leerling + vaste voet, lwoo/pro pass-through, arrangementen via Trajectloket); 9.2 meerjarenbegroting 2024-2027; reserve and verantwoording."
  dekkend-aanbod: "5.1 layered aanbod table (arrangementen, lwoo, OPDC, Rebound, ISK, pro, vso); 5.2 yearly Dekkend-netwerkmonitor, named lacunes with actions, thuiszitterstafel."
  resultaten: "10.1 indicator table with 2023 stand and 2028 goals; 10.2 dashboard, half-yearly reporting, jaarverslag linking results to means; 10.3 terugblik."
  ouders: "Ch. 8 'Ouders en leerlingen' only announces a future ouder- en leerlingenparagraaf; parents appear elsewhere only in passing (a meeting in the terugstroom steps). OJSP only in the begrippenlijst."
"""

LABELS['nearmiss-obs-wilgenhoek-ondersteuningsplan-2024-2025'] = """\
documents: [nearmiss-obs-wilgenhoek-ondersteuningsplan-2024-2025.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  looks_like_plan: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, OT, own schoolbudget, eindtoets results), written by the school under its MR; it refers to the samenwerkingsverband and its ondersteuningsplan as the framework but is not the SWV's plan (no OPR, OOGO, verdeelmodel, planperiode of a verband)."
"""


# ===========================================================================
# main
# ===========================================================================

def main():
    built = {}
    a = plan_a() + plan_a_rest()
    write_docx(a, OUT / 'po-vaartenveen-op-2024-2028.docx',
               header='Ondersteuningsplan 2024-2028 | ' + A_NAME,
               footer='Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Ouders · Middelen · Resultaten')
    built['A'] = a
    b = insert_before(plan_b(), '4. Ondersteuning op de scholen', b_extra())
    b = insert_before(b, '12. Totstandkoming van dit plan', b_extra2())
    write_docx(b, OUT / 'po-heuvelrand-zuid-op-2025-2029.docx',
               header='SWV PO Heuvelrand-Zuid — Ondersteuningsplan 2025-2029 (op hoofdlijnen)',
               footer='PO 26-11', font='Arial', size=10)
    built['B'] = b
    c = insert_before(plan_c(), '11 Organisatie en medezeggenschap', c_extra())
    render_pdf(c, OUT / 'po-lingestroom-op-2024-2028.pdf',
               header='De Lingestroom · ondersteuningsplan 2024-2028', footer='Samen sterk voor elk kind')
    built['C'] = c
    d = insert_before(plan_d(), '2. Kenmerken van het samenwerkingsverband', d_extra())
    d = insert_before(d, '6. Toelaatbaarheid sbo en so', d_extra2())
    render_pdf(d, OUT / 'po-kempenrand-op-2025-2029.pdf',
               header='Samenwerkingsverband Kempenrand PO — Ondersteuningsplan 2025-2029',
               footer='Vastgesteld 22 april 2025', font='Times New Roman', size=11)
    built['D'] = d
    e = insert_before(plan_e(), '6. Toelaatbaarheid vso, lwoo en pro', e_extra())
    e = insert_before(e, 'Bijlagen', e_extra2())
    write_html(e, OUT / 'vo-zeeweg-op-2024-2028.html', title='Ondersteuningsplan 2024-2028 | SWV VO Zeeweg',
               header='Samenwerkingsverband VO Zeeweg — Home · Over ons · Ouders en leerlingen · Scholen · Contact',
               footer='© Samenwerkingsverband VO Zeeweg · Ondersteuningsplan 2024-2028 · Privacyverklaring')
    built['E'] = e
    f = nearmiss_f()
    write_docx(f, OUT / 'nearmiss-obs-wilgenhoek-ondersteuningsplan-2024-2025.docx',
               header='OBS De Wilgenhoek — Ondersteuningsplan 2024-2025', footer='Schoolplan 2023-2027, bijlage 3')
    built['F'] = f
    for stem, text in LABELS.items():
        (OUT / f'{stem}.expected.yaml').write_text(text, encoding='utf-8')
    for k, blocks in built.items():
        print(k, word_count(blocks), 'words')


if __name__ == '__main__':
    main()
