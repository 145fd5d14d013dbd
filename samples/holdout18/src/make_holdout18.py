#!/usr/bin/env python3
"""Generate the holdout18 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO;
.docx, .pdf rendered from .docx with LibreOffice, and .md) plus one near-miss document (the
schoolondersteuningsprofiel of a single school, .html), each with a hand-written label file
<name>.expected.yaml.  All organisations, people, schools and figures are fictional.

Deterministic, no network.  Usage:  python3 src/make_holdout18.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------------------------------------
# Block model: a document is a list of tuples
#   ('title', [lines])  ('toc', [lines])  ('h1', text)  ('h2', text)  ('h3', text)
#   ('p', text)  ('ul', [items])  ('ol', [items])  ('table', [header, row, ...])  ('pb',)
# ----------------------------------------------------------------------------------------------

def H1(t): return ('h1', t)
def H2(t): return ('h2', t)
def H3(t): return ('h3', t)
def P(t): return ('p', ' '.join(t.split()))
def UL(items): return ('ul', [' '.join(i.split()) for i in items])
def OL(items): return ('ol', [' '.join(i.split()) for i in items])
def T(rows): return ('table', rows)
def PB(): return ('pb',)


def render_docx(blocks, path, header_text, title):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.title = title
    cp.author = 'Bureau samenwerkingsverband'
    fixed = datetime.datetime(2026, 4, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = 'Bureau samenwerkingsverband'
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split('|')[0].strip() + ' | versie vastgesteld'
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            for i, line in enumerate(b[1]):
                para = d.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 13)
        elif kind == 'toc':
            d.add_paragraph('Inhoudsopgave', style='Heading 1')
            for line in b[1]:
                d.add_paragraph(line)
        elif kind in ('h1', 'h2', 'h3'):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == 'p':
            d.add_paragraph(b[1])
        elif kind == 'ul':
            for it in b[1]:
                d.add_paragraph(it, style='List Bullet')
        elif kind == 'ol':
            for it in b[1]:
                d.add_paragraph(it, style='List Number')
        elif kind == 'table':
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    tb.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in tb.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph('')
        elif kind == 'pb':
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the zip with fixed timestamps and order so that the .docx bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def render_pdf(blocks, path, header_text, title):
    tmpd = tempfile.mkdtemp(prefix='holdout18_')
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmpd, base + '.docx')
        render_docx(blocks, src, header_text, title)
        env = dict(os.environ, HOME=tmpd)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmpd + '/lo',
                        '--convert-to', 'pdf', '--outdir', tmpd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       timeout=300)
        shutil.move(os.path.join(tmpd, base + '.pdf'), path)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append('# ' + b[1][0])
            out.append('')
            for line in b[1][1:]:
                out.append('**' + line + '**  ')
            out.append('')
        elif kind == 'toc':
            out.append('## Inhoud')
            out.append('')
            for line in b[1]:
                out.append('- ' + line)
            out.append('')
        elif kind in ('h1', 'h2', 'h3'):
            out.append('#' * (int(kind[1]) + 1) + ' ' + b[1])
            out.append('')
        elif kind == 'p':
            out.append(b[1])
            out.append('')
        elif kind == 'ul':
            out.extend('- ' + i for i in b[1])
            out.append('')
        elif kind == 'ol':
            out.extend('%d. %s' % (n + 1, i) for n, i in enumerate(b[1]))
            out.append('')
        elif kind == 'table':
            rows = b[1]
            out.append('| ' + ' | '.join(rows[0]) + ' |')
            out.append('|' + '---|' * len(rows[0]))
            for r in rows[1:]:
                out.append('| ' + ' | '.join(str(c) for c in r) + ' |')
            out.append('')
        elif kind == 'pb':
            out.append('---')
            out.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out).rstrip() + '\n')


def render_html(blocks, path, title):
    import html as h
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % h.escape(title), '</head>', '<body>']
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append('<header><h1>%s</h1>' % h.escape(b[1][0]))
            out.extend('<p class="sub">%s</p>' % h.escape(x) for x in b[1][1:])
            out.append('</header>')
        elif kind == 'toc':
            out.append('<nav><h2>Inhoud</h2><ul>')
            out.extend('<li>%s</li>' % h.escape(x) for x in b[1])
            out.append('</ul></nav>')
        elif kind in ('h1', 'h2', 'h3'):
            lvl = int(kind[1]) + 1
            out.append('<h%d>%s</h%d>' % (lvl, h.escape(b[1]), lvl))
        elif kind == 'p':
            out.append('<p>%s</p>' % h.escape(b[1]))
        elif kind in ('ul', 'ol'):
            out.append('<%s>' % kind)
            out.extend('<li>%s</li>' % h.escape(x) for x in b[1])
            out.append('</%s>' % kind)
        elif kind == 'table':
            rows = b[1]
            out.append('<table border="1">')
            out.append('<tr>' + ''.join('<th>%s</th>' % h.escape(str(c)) for c in rows[0]) + '</tr>')
            for r in rows[1:]:
                out.append('<tr>' + ''.join('<td>%s</td>' % h.escape(str(c)) for c in r) + '</tr>')
            out.append('</table>')
    out.append('<footer><p>Schoolondersteuningsprofiel OBS De Wilgenhoek – schooljaar 2025-2026</p></footer>')
    out += ['</body>', '</html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ('p', 'h1', 'h2', 'h3'):
            n += len(b[1].split())
        elif b[0] in ('ul', 'ol', 'title', 'toc'):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == 'table':
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n

# ----------------------------------------------------------------------------------------------
# Shared filler sections (deliberately free of element content: they only use the vocabulary
# in passing, as real plans do).
# ----------------------------------------------------------------------------------------------

def f_wettelijk(p):
    wet = 'artikel 18a van de Wet op het primair onderwijs (WPO)' if p['sector'] == 'po' else \
          'artikel 17a van de Wet op het voortgezet onderwijs (WVO), thans de artikelen 2.47 en verder van de WVO 2020'
    return [
        P(f"""Dit ondersteuningsplan is opgesteld op grond van {wet}. Het samenwerkingsverband stelt ten minste
        eenmaal in de vier jaar een ondersteuningsplan vast. Het plan beschrijft hoe de aangesloten schoolbesturen
        samen invulling geven aan de opdracht om alle leerlingen in de regio een zo passend mogelijke plek in het
        onderwijs te bieden. Het plan heeft betrekking op de periode van 1 augustus {p['start']} tot en met
        31 juli {p['eind']}."""),
        P(f"""Het plan is in de loop van schooljaar {p['start']-1}-{p['start']} tot stand gekomen. Een
        projectgroep met vertegenwoordigers van de schoolbesturen, directeuren, intern begeleiders en
        ondersteuningscoördinatoren heeft de eerste versie geschreven. In een reeks bijeenkomsten zijn de
        hoofdlijnen besproken met directeuren, met de ondersteuningsplanraad en met de gemeenten
        {p['gemeenten']}. Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en
        wethouders heeft plaatsgevonden op {p['oogo']}. Met {p['partner']} is overleg gevoerd over de
        onderdelen waar onze werkgebieden elkaar raken."""),
        P(f"""De ondersteuningsplanraad heeft op {p['opr']} ingestemd met het plan. Het bestuur heeft het plan
        vervolgens op {p['vast']} definitief vastgesteld. Het plan is vóór 1 mei {p['start']} via het Internet
        Schooldossier aan de Inspectie van het Onderwijs toegezonden."""),
    ]


def f_visie(p):
    if p['sector'] == 'po':
        return [
            P(f"""Elk kind in onze regio verdient onderwijs dat past bij wie het is en wat het nodig heeft. Dat
            is de kern van passend onderwijs en de reden dat de schoolbesturen in {p['kort']} samenwerken.
            Kinderen leren het best in een omgeving waar zij zich veilig voelen, waar zij gezien worden en waar
            zij samen met leeftijdgenoten uit hun eigen buurt naar school kunnen gaan. Wij geloven dat
            verschillen tussen kinderen normaal zijn en dat scholen die verschillen kunnen benutten."""),
            P("""Onze missie luidt: samen zorgen we dat ieder kind zich optimaal kan ontwikkelen, zo dicht
            mogelijk bij huis, met de ondersteuning die het nodig heeft. Dat vraagt van scholen dat zij
            handelingsgericht werken, van leraren dat zij zich blijven ontwikkelen en van het
            samenwerkingsverband dat het scholen faciliteert, verbindt en waar nodig aanspreekt."""),
            P("""Vier waarden vormen de basis van ons handelen. Wij werken vanuit vertrouwen: de
            professionals in de school weten wat een kind nodig heeft en krijgen de ruimte om dat te doen.
            Wij werken samen: met ouders, met collega's in andere scholen, met de jeugdhulp en met de
            gemeenten. Wij zijn transparant: over onze keuzes, over de inzet van middelen en over wat
            goed en minder goed gaat. En wij zijn ontwikkelingsgericht: we leren van wat werkt en
            stellen ons beleid bij waar dat nodig is."""),
            P("""Inclusiever onderwijs is voor ons een richting, geen eindpunt. De komende jaren willen wij
            stappen zetten om meer kinderen met een ondersteuningsbehoefte in het reguliere onderwijs een
            plek te geven, zonder de expertise van het speciaal (basis)onderwijs uit het oog te verliezen.
            Wij zien het sbo en het so als onmisbare partners die hun kennis ook in de reguliere scholen
            kunnen inzetten."""),
        ]
    return [
        P(f"""Jongeren in de regio {p['kort']} hebben recht op onderwijs dat hen uitdaagt, dat aansluit bij
        hun talenten en dat hen voorbereidt op een vervolgopleiding, werk en een zelfstandige plek in de
        samenleving. De scholen voor voortgezet onderwijs in onze regio nemen samen de verantwoordelijkheid
        om dat voor iedere leerling waar te maken, ook als het even niet vanzelf gaat."""),
        P("""Onze missie: geen leerling tussen wal en schip. Iedere jongere volgt onderwijs op een school die
        past, met de begeleiding die hij of zij nodig heeft, en met een doorlopende lijn van de basisschool
        naar het vervolgonderwijs of de arbeidsmarkt. Het samenwerkingsverband is daarbij geen extra laag
        boven de scholen, maar een netwerkorganisatie die verbindt, ondersteunt en waar nodig knopen
        doorhakt."""),
        P("""Wij hanteren vier uitgangspunten. Eén: de leerling staat centraal, en zijn stem telt mee. Twee:
        de school is de eerste plek waar ondersteuning wordt geboden; bovenschoolse voorzieningen zijn
        tijdelijk en gericht op terugkeer. Drie: wij werken met vertrouwen in de professional en met
        heldere afspraken over wie waarvoor verantwoordelijk is. Vier: wij zijn zuinig op publiek geld en
        leggen verantwoording af over de keuzes die wij maken."""),
        P("""De opgaven van deze planperiode liggen er duidelijk. Het lerarentekort raakt ook de
        ondersteuning, de vraag naar jeugdhulp blijft groot en de verwachtingen van de samenleving ten
        aanzien van inclusief onderwijs nemen toe. Wij willen die opgaven niet alleen benoemen, maar er
        ook samen met onze partners handen en voeten aan geven."""),
    ]


def f_governance(p):
    return [
        P(f"""Het samenwerkingsverband is een stichting. Aan de stichting zijn {p['besturen']} schoolbesturen
        verbonden, die samen {p['scholen']} scholen in stand houden met circa {p['leerlingen']} leerlingen. De
        stichting kent een scheiding tussen bestuur en intern toezicht volgens het raad-van-toezichtmodel.
        De directeur-bestuurder, {p['dirbest']}, vormt het bestuur van de stichting. De raad van toezicht
        bestaat uit vijf leden: drie leden op voordracht van de aangesloten schoolbesturen en twee
        onafhankelijke leden, onder wie de voorzitter."""),
        P("""De aangesloten schoolbesturen komen ten minste viermaal per jaar bijeen in de
        Bestuurlijke Adviesraad. Daarin worden de hoofdlijnen van beleid voorbereid en besproken voordat
        de directeur-bestuurder besluit. Besluiten over de begroting, het jaarverslag en het
        ondersteuningsplan worden ter goedkeuring aan de raad van toezicht voorgelegd. De statuten bevatten
        een regeling voor de beslechting van geschillen tussen de aangesloten besturen en het
        samenwerkingsverband."""),
        P("""De raad van toezicht houdt toezicht op de realisatie van de doelstellingen, op de rechtmatige en
        doelmatige besteding van de rijksbijdragen en op de naleving van de Code Goed Bestuur. De raad
        overlegt tweemaal per jaar met de ondersteuningsplanraad en eenmaal per jaar met de
        Bestuurlijke Adviesraad. De raad evalueert jaarlijks zijn eigen functioneren."""),
        P(f"""Het bureau van het samenwerkingsverband is gevestigd in {p['plaats']}. Het bureau ondersteunt de
        directeur-bestuurder en voert de taken uit op het gebied van advisering, toewijzing, beleid,
        financiën en secretariaat. Op 1 januari {p['start']} waren er {p['fte']} fte in dienst, verdeeld
        over beleidsmedewerkers, consulenten, orthopedagogen, een controller en het secretariaat."""),
    ]


def f_opr(p, ouders_samenstelling=True):
    if ouders_samenstelling:
        geleding = 'ouders' if p['sector'] == 'po' else 'ouders en leerlingen'
        sam = f"""De OPR telt acht leden: vier leden uit de geleding personeel en vier leden uit de geleding
        {geleding}, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."""
    else:
        sam = """De OPR telt acht leden, die worden afgevaardigd door de medezeggenschapsraden van de
        aangesloten scholen."""
    return [
        P(f"""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). {sam} De OPR heeft
        instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het
        samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau."""),
        P("""De OPR vergadert ongeveer zes keer per jaar. De directeur-bestuurder is bij de vergaderingen
        aanwezig als gesprekspartner. De OPR ontvangt jaarlijks de begroting, het jaarplan en het
        jaarverslag ter informatie. De OPR beschikt over een eigen budget voor scholing en
        ondersteuning en kan zich laten adviseren door een externe deskundige. Het reglement van de OPR
        is in 2025 geactualiseerd."""),
    ]


def f_personeel(p):
    return [
        P(f"""De kwaliteit van de ondersteuning staat of valt met de mensen die haar bieden. Het personeel
        van het samenwerkingsverband bestaat uit {p['fte']} fte. Daarnaast werken in de scholen intern
        begeleiders, ondersteuningscoördinatoren, gedragsspecialisten en onderwijsassistenten die
        (gedeeltelijk) worden bekostigd uit de middelen voor passend onderwijs. Het personeel van het bureau
        valt onder de cao die voor de sector geldt."""),
        P("""Het lerarentekort raakt ook onze regio. Vacatures voor intern begeleiders en orthopedagogen zijn
        moeilijk te vervullen. Wij willen de komende jaren samen met de schoolbesturen investeren in
        opleiding en behoud: via gezamenlijke traineeships, via een regionale pool van gedragsspecialisten
        en via het aanbieden van stageplaatsen voor studenten orthopedagogiek. Bij de inrichting van het
        bureau letten wij op een werkbare werkdruk en op een evenwichtige verdeling van taken."""),
        P("""Het samenwerkingsverband houdt jaarlijks met alle medewerkers een gesprekkencyclus, biedt
        scholingsmogelijkheden en stelt een meerjarig strategisch personeelsbeleid op. Het
        ziekteverzuim van het bureau lag in het afgelopen jaar onder het sectorgemiddelde."""),
    ]


def f_professionalisering(p):
    return [
        P("""Kennisdeling tussen scholen is een van de sterkste instrumenten die een samenwerkingsverband
        heeft. Wij organiseren jaarlijks een regionale studiedag voor leraren, intern begeleiders en
        directeuren, en faciliteren netwerken rond thema's als gedrag, taal, meer- en hoogbegaafdheid en
        jonge kinderen. Deze netwerken worden zoveel mogelijk door de scholen zelf gedragen."""),
        P("""Daarnaast bieden wij een scholingsaanbod aan, dat jaarlijks in overleg met de schoolbesturen
        wordt vastgesteld. Daarin zijn onder meer trainingen opgenomen op het gebied van
        handelingsgericht werken, het opstellen van een ontwikkelingsperspectief en het voeren van
        gesprekken met ouders en leerlingen. De schoolbesturen blijven verantwoordelijk voor het
        professionaliseringsbeleid van hun eigen personeel."""),
    ]


def f_ict_privacy(p):
    return [
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij de
        behandeling van aanvragen en bij advisering. Wij doen dat volgens de Algemene verordening
        gegevensbescherming (AVG). Er is een functionaris gegevensbescherming aangesteld, die wordt
        gedeeld met enkele andere samenwerkingsverbanden. Het privacyreglement is in 2025 herzien."""),
        P("""Gegevens over de gezondheid van een leerling worden alleen verwerkt voor zover dat nodig is voor
        de wettelijke taken van het samenwerkingsverband. Gegevens worden niet langer bewaard dan
        noodzakelijk; voor dossiers van aanvragen geldt een bewaartermijn van drie jaar na het besluit.
        Alleen medewerkers die het dossier nodig hebben voor hun werk hebben toegang."""),
        P("""Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen
        leveren gegevens aan via deze omgeving en niet via e-mail. Het bureau werkt in een cloudomgeving
        met tweestapsverificatie. Jaarlijks voert een externe partij een beveiligingstoets uit."""),
    ]


def f_gemeenten(p, knelpunt=True):
    out = [
        P(f"""Onderwijs en jeugdhulp raken elkaar op veel plaatsen. Het samenwerkingsverband werkt daarom
        nauw samen met de gemeenten {p['gemeenten']}. De wettelijke basis daarvoor is het op overeenstemming
        gericht overleg (OOGO) over het ondersteuningsplan en over het jeugdbeleidsplan van de gemeenten.
        Naast het formele OOGO is er viermaal per jaar een ambtelijk overleg en tweemaal per jaar een
        bestuurlijk overleg met de wethouders onderwijs en jeugd."""),
        P("""Met de gemeenten zijn voor deze planperiode afspraken gemaakt over vier thema's: de
        samenwerking tussen school en jeugdhulp (onder meer een vaste contactpersoon van het lokale team
        voor iedere school), onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg
        nodig hebben, leerlingenvervoer en onderwijshuisvesting. De afspraken over
        onderwijs-zorgarrangementen zijn vastgelegd in een convenant: de school en de jeugdhulpaanbieder
        stellen samen één plan op en wijzen één coördinator aan die het aanspreekpunt is voor de jongere en
        het gezin."""),
    ]
    if knelpunt:
        out.append(P("""De samenwerking verloopt niet overal even soepel. Wachtlijsten in de jeugd-GGZ leiden ertoe
        dat scholen langer moeten overbruggen dan wenselijk is. In het OOGO is afgesproken dat
        gemeenten en samenwerkingsverband deze knelpunten gezamenlijk agenderen bij de regionale
        inkooporganisatie."""))
    return out


def f_thuiszitters(p, extra=''):
    return [
        P(f"""Een thuiszitter is een leerplichtige leerling die zonder geldige reden langer dan vier weken
        geen onderwijs volgt, of een leerling die wel is ingeschreven maar (nog) geen passend aanbod
        heeft. Wij maken geen onderscheid tussen leerlingen die volledig thuiszitten en leerlingen met
        een sterk verkort rooster zonder perspectief: beide groepen hebben onze aandacht. {extra}"""),
        P("""Scholen melden iedere leerling die dreigt thuis te komen zitten binnen twee weken bij de
        consulent van het samenwerkingsverband en bij de leerplichtambtenaar. Eens per maand komt het
        thuiszittersoverleg bijeen, met de leerplichtambtenaren van de gemeenten, de consulenten, een
        vertegenwoordiger van de lokale teams en zo nodig de betrokken school en jeugdhulpaanbieder. Voor
        iedere leerling wordt binnen vier weken een plan opgesteld met een concreet perspectief op
        onderwijs en een eigenaar."""),
        P("""Lukt het niet om binnen drie maanden een passende plek te vinden, dan escaleert de consulent naar
        de directeur-bestuurder. Die heeft de bevoegdheid om, na overleg met de betrokken schoolbesturen,
        een school te vragen de leerling tijdelijk op te nemen of een maatwerktraject te laten
        starten (doorzettingsmacht). Van iedere escalatie wordt de raad van toezicht op de hoogte
        gebracht."""),
        P("""De zorgplicht van de schoolbesturen is het vertrekpunt. Een school waar een leerling wordt
        aangemeld, onderzoekt binnen zes weken (met een mogelijke verlenging van vier weken) welke
        ondersteuning nodig is en zorgt dat de leerling een passende plek krijgt, op de eigen school of
        op een andere school die bereid is de leerling toe te laten. Het samenwerkingsverband ondersteunt
        de scholen daarbij met advies en, waar de schoolbesturen er samen niet uitkomen, met een bindend
        bemiddelingsvoorstel."""),
    ]


# ==============================================================================================
# Plan A  –  PO, .docx  –  SWV Passend Primair Onderwijs Lingestroom
# ==============================================================================================
PA = dict(sector='po', naam='Samenwerkingsverband Passend Primair Onderwijs Lingestroom', kort='Lingestroom',
          code='PO 25-97', gemeenten='Lingedal, Oosterwaard en Bemmelerbroek', besturen=9, scholen=41,
          leerlingen='11.200', start=2026, eind=2030, oogo='3 maart 2026', opr='7 april 2026',
          vast='14 april 2026', partner='het samenwerkingsverband VO Lingestroom-Rivierenland',
          dirbest='mevrouw drs. A.M. (Anneke) Verhoef', plaats='Oosterwaard', fte='17,4')


def plan_a():
    p = PA
    b = []
    b.append(('title', ['Ondersteuningsplan 2026-2030', p['naam'] + ' (' + p['code'] + ')',
                        'Samen sterk voor ieder kind', 'Vastgesteld door de directeur-bestuurder op 14 april 2026, '
                        'na instemming van de ondersteuningsplanraad op 7 april 2026']))
    b.append(PB())
    b.append(('toc', ['Voorwoord .......... 3', '1 Inleiding .......... 4', '2 Onze regio .......... 6',
                      '3 Missie en visie .......... 8', '4 Basisondersteuning .......... 10',
                      '5 Extra ondersteuning en dekkend aanbod .......... 13',
                      '6 Toelaatbaarheid tot sbo en so .......... 17',
                      '7 Terugplaatsing naar het basisonderwijs .......... 21', '8 Ouders .......... 22',
                      '9 Samenwerking met gemeenten en jeugdhulp .......... 24', '10 Financiën .......... 26',
                      '11 Kwaliteit en verantwoording: beoogde en bereikte resultaten .......... 30',
                      '12 Organisatie en medezeggenschap .......... 31',
                      '13 Personeel, professionalisering en privacy .......... 33',
                      '14 Planning 2026-2030 .......... 35',
                      'Bijlage 1 Standaarden basisondersteuning .......... 36',
                      'Bijlage 2 Meerjarenbegroting 2026-2030 .......... 38',
                      'Bijlage 3 Begrippenlijst .......... 39']))
    b.append(PB())
    b += [H1('Voorwoord'),
          P("""Voor u ligt het derde ondersteuningsplan van Lingestroom. Het vorige plan stond in het teken van
          de fusie van de twee samenwerkingsverbanden die tot 2022 in onze regio actief waren. Die fusie is
          achter de rug. De organisatie staat, de werkwijze is op elkaar afgestemd en de scholen weten het
          bureau te vinden. Met dit plan willen wij een volgende stap zetten: van organiseren naar
          verbeteren."""),
          P("""Het plan is geschreven in een periode waarin passend onderwijs landelijk opnieuw volop in de
          belangstelling staat. De Wet versterking positie ouders en leerlingen, de voorbereiding van een
          landelijke norm voor de basisondersteuning en de discussie over inclusiever onderwijs vragen
          allemaal om keuzes. Wij hebben geprobeerd die keuzes zo concreet mogelijk te maken, zodat
          scholen, ouders en onze partners weten waar zij aan toe zijn."""),
          P("""Ik dank iedereen die aan dit plan heeft bijgedragen: de leden van de projectgroep, de
          directeuren en intern begeleiders die meelazen, de ouders en leraren in de
          ondersteuningsplanraad die kritische vragen stelden, en de ambtenaren en wethouders van onze
          drie gemeenten. Zonder hun inzet was dit plan er niet gekomen."""),
          P("""Anneke Verhoef, directeur-bestuurder"""),
          H1('1 Inleiding'), H2('1.1 Wettelijk kader en totstandkoming')]
    b += f_wettelijk(p)
    b += [H2('1.2 Leeswijzer'),
          P("""Na een schets van onze regio (hoofdstuk 2) en onze missie en visie (hoofdstuk 3) beschrijven wij
          in de hoofdstukken 4 tot en met 7 het ondersteuningsaanbod: de basisondersteuning, de extra
          ondersteuning en het dekkend aanbod, de toelaatbaarheid tot het speciaal (basis)onderwijs en de
          terugplaatsing. Hoofdstuk 8 gaat over ouders, hoofdstuk 9 over de samenwerking met de gemeenten.
          In hoofdstuk 10 staan het verdeelmodel en de meerjarenbegroting. De hoofdstukken 11 tot en met 14
          gaan over kwaliteit, organisatie, personeel en planning. De bijlagen maken deel uit van het
          plan."""),
          H2('1.3 Wat is er nieuw?'),
          UL(["""De twaalf standaarden voor de basisondersteuning zijn aangescherpt en worden vanaf 2026-2027
              met een tweejaarlijkse audit gevolgd.""",
              """Er komt een onafhankelijk ouder- en jeugdsteunpunt, in aanvulling op de onderwijsconsulenten.""",
              """Het verdeelmodel gaat uit van een vast bedrag per leerling plus een vaste voet per vestiging;
              de aparte subsidieregelingen vervallen.""",
              """De Commissie van Toelaatbaarheid krijgt een vaste samenstelling met onafhankelijke
              deskundigen."""]),
          H1('2 Onze regio'),
          P("""Lingestroom omvat de gemeenten Lingedal, Oosterwaard en Bemmelerbroek, een gebied met een
          middelgrote stad, vier kernen van vijf- tot tienduizend inwoners en een uitgestrekt landelijk
          gebied. Dat heeft gevolgen voor de ondersteuning: kleine dorpsscholen hebben minder schaalvoordeel,
          en de reisafstand naar gespecialiseerde voorzieningen kan groot zijn."""),
          T([['Schoolbestuur', 'Aantal scholen', 'Leerlingen (1-10-2025)'],
             ['Stichting Openbaar Onderwijs Lingedal', '9', '2.610'],
             ['Stichting Katholiek Primair Onderwijs De Linde', '11', '2.940'],
             ['Vereniging Protestants-Christelijk Onderwijs Oosterwaard', '7', '2.020'],
             ['Stichting Spectrum Bemmelerbroek', '6', '1.650'],
             ['Stichting Speciaal Onderwijs Het Baken (so)', '2', '310'],
             ['Stichting Kameleon (sbo)', '2', '395'],
             ['Drie eenpitters', '3', '815'],
             ['Stichting Islamitisch Onderwijs Rivierenland', '1', '460'],
             ['Totaal', '41', '11.200']]),
          P("""In de regio liggen twee scholen voor speciaal basisonderwijs (sbo De Kameleon in Lingedal en sbo
          De Wending in Oosterwaard) en twee scholen voor speciaal onderwijs (so De Regenboog voor
          cluster 3 en so Het Baken voor cluster 4). Leerlingen met een visuele of auditieve beperking of
          een taalontwikkelingsstoornis worden ondersteund door de landelijke instellingen voor cluster 1 en
          cluster 2; die vallen buiten de verantwoordelijkheid van het samenwerkingsverband."""),
          P("""Het aantal leerlingen in de regio daalt naar verwachting de komende vier jaar met ongeveer
          1,5 procent per jaar, met grote verschillen tussen de kernen. In de stad Oosterwaard groeit het
          aantal leerlingen juist door nieuwbouw. Ongeveer acht procent van de leerlingen heeft een
          migratieachtergrond van minder dan vier jaar."""),
          H1('3 Missie en visie')]
    b += f_visie(p)
    b += [H1('4 Basisondersteuning'),
          H2('4.1 Wat verstaan wij onder basisondersteuning?'),
          P("""Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de
          ondersteuningsstructuur van de school planmatig en op een afgesproken kwaliteitsniveau wordt
          uitgevoerd. In Lingestroom hebben alle schoolbesturen afgesproken dat iedere basisschool, op
          iedere vestiging en nevenvestiging, ten minste het niveau biedt dat in de twaalf standaarden
          hieronder is beschreven. Dat niveau geldt ongeacht bestuur, denominatie of omvang van de school.
          Een ouder die zijn kind aanmeldt bij een willekeurige basisschool in onze regio, mag erop rekenen
          dat deze standaarden daar worden waargemaakt."""),
          P("""Voor de sbo- en so-scholen geldt dit niveau als ondergrens; zij bieden per definitie meer dan de
          basisondersteuning. De standaarden zijn gebaseerd op de vier aspecten uit het Referentiekader
          Passend Onderwijs (basiskwaliteit, preventieve en licht curatieve interventies,
          onderwijsondersteuningsstructuur en planmatig werken) en zijn vertaald naar wat in de praktijk
          zichtbaar is."""),
          H2('4.2 De twaalf standaarden'),
          OL(["""Iedere school heeft een intern begeleider met een afgeronde opleiding, met een formatie van
              ten minste 0,1 fte per honderd leerlingen en nooit minder dan 0,4 fte.""",
              """Iedere school werkt met een leerlingvolgsysteem en bespreekt de ontwikkeling van alle
              leerlingen ten minste drie keer per jaar in een groepsbespreking.""",
              """Iedere school voert het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-
              Wiskundeproblemen en Dyscalculie uit, inclusief vroegtijdige signalering in groep 2 en 3.""",
              """Iedere school heeft een aanbod voor sociaal-emotionele ontwikkeling, een antipestprogramma en
              een jaarlijkse monitoring van de sociale veiligheid.""",
              """Iedere school signaleert meer- en hoogbegaafdheid met een erkend instrument en biedt
              compacten en verrijken in de eigen groep.""",
              """Iedere school biedt leerlingen met een taalachterstand of een andere thuistaal een
              gericht aanbod Nederlands als tweede taal in de groep.""",
              """Iedere school heeft een protocol medisch handelen en kan eenvoudige medische handelingen
              (zoals het toedienen van medicijnen) veilig uitvoeren.""",
              """Iedere school heeft een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met
              de intern begeleider, de consulent van het samenwerkingsverband, de jeugdverpleegkundige en de
              schoolmaatschappelijk werker.""",
              """Iedere school stelt voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen
              een ontwikkelingsperspectief op en bespreekt dat ten minste twee keer per jaar met ouders en,
              waar mogelijk, met de leerling.""",
              """Iedere school heeft een gedragsprotocol met afspraken over preventie, de-escalatie en
              time-out, en ten minste één medewerker die de training omgaan met gedrag heeft gevolgd.""",
              """Iedere school kan kleine fysieke aanpassingen doen (aangepast meubilair, prikkelarme werkplek)
              en heeft een toegankelijke begane grond.""",
              """Iedere school zorgt voor een warme overdracht bij de overstap naar het voortgezet onderwijs
              en bij een wisseling van school."""]),
          P("""Bijlage 1 beschrijft per standaard wat ouders concreet mogen verwachten en welke bewijsstukken de
          school bij de audit laat zien."""),
          H2('4.3 De grens tussen basis en extra'),
          P("""Wanneer een school met de basisondersteuning, na ten minste één volledige cyclus van planmatig
          handelen, onvoldoende tegemoet kan komen aan de ondersteuningsbehoefte van een leerling, bespreekt
          de intern begeleider de leerling in het ondersteuningsteam. Daar wordt besloten of een
          arrangement wordt aangevraagd (hoofdstuk 5). Ouders worden altijd bij die bespreking uitgenodigd."""),
          H2('4.4 Borging'),
          P("""De scholen beschrijven hun basisondersteuning en hun extra ondersteuning in hun
          schoolondersteuningsprofiel, dat vanaf 2026-2027 als hoofdstuk in de schoolgids wordt
          opgenomen. Vanaf het schooljaar 2026-2027 voert het samenwerkingsverband iedere twee jaar op elke
          school een audit uit aan de hand van de kwaliteitskaart basisondersteuning. De audit bestaat uit
          een documentanalyse en een schoolbezoek door twee consulenten. Voldoet een school op een of meer
          standaarden niet, dan stelt de school binnen drie maanden een verbeterplan op. De
          directeur-bestuurder bespreekt het verbeterplan en de voortgang met het betrokken schoolbestuur.
          De uitkomsten van de audits worden geanonimiseerd besproken in de Bestuurlijke Adviesraad."""),
          H1('5 Extra ondersteuning en dekkend aanbod'),
          H2('5.1 Het ondersteuningscontinuüm'),
          P("""Het samenwerkingsverband heeft de opdracht om te zorgen voor een samenhangend geheel van
          ondersteuningsvoorzieningen binnen en tussen de scholen. Wij ordenen dat geheel in vijf niveaus,
          van licht naar zwaar. Een leerling kan op elk moment op- en afschalen."""),
          T([['Niveau', 'Omschrijving', 'Waar', 'Toegang'],
             ['1', 'Ondersteuning in de groep door de leerkracht', 'Iedere school', 'Direct'],
             ['2', 'Basisondersteuning met inzet van intern begeleider en ondersteuningsteam', 'Iedere school',
              'Direct'],
             ['3', 'Extra ondersteuning op de eigen school met een arrangement', 'Iedere school',
              'Aanvraag via consulent'],
             ['4', 'Bovenschoolse voorziening: observatiegroep De Overstap, plusklas Denkhuis, nieuwkomersklas',
              'Oosterwaard en Lingedal', 'Besluit arrangementencommissie'],
             ['5', 'Speciaal basisonderwijs of speciaal onderwijs', 'Vier scholen in de regio',
              'Toelaatbaarheidsverklaring']]),
          H2('5.2 Arrangementen en bovenschoolse voorzieningen'),
          P("""Een arrangement is een afgebakend pakket van extra ondersteuning voor een leerling of een groep
          leerlingen, met een doel, een duur en een evaluatiemoment. Voorbeelden zijn ambulante begeleiding
          door een specialist uit het so, extra begeleiding in de groep door een onderwijsassistent, een
          training executieve functies of een aangepast lesprogramma. De school vraagt het arrangement aan
          via de consulent; de arrangementencommissie besluit binnen vier weken."""),
          P("""De observatiegroep De Overstap biedt plaats aan tien leerlingen die voor een periode van ten hoogste
          twaalf weken worden geobserveerd om hun ondersteuningsbehoefte helder te krijgen. De plusklas Denkhuis
          biedt meer- en hoogbegaafde leerlingen één dag per week een verrijkingsprogramma. De nieuwkomersklas
          in Oosterwaard vangt kinderen op die korter dan een jaar in Nederland zijn."""),
          H2('5.3 Is het aanbod dekkend?'),
          P("""Ieder voorjaar maken wij samen met de schoolbesturen en de gemeenten een analyse van het aanbod.
          Daarbij kijken wij naar leerlingen die niet of niet tijdig een passende plek kregen, naar
          wachtlijsten bij de bovenschoolse voorzieningen en het so, en naar vragen die bij de consulenten
          binnenkwamen en waarvoor geen passend antwoord beschikbaar was. De analyse van 2025 leverde drie
          witte vlekken op, waarvoor in deze planperiode acties zijn gepland:"""),
          T([['Witte vlek', 'Actie', 'Verantwoordelijk', 'Gereed'],
             ['Te weinig plaatsen cluster 4 voor jonge kinderen (4-7 jaar)',
              'Acht extra plaatsen in een combinatiegroep van so Het Baken en een basisschool', 'Stichting Het Baken',
              '1 augustus 2026'],
             ['Geen voltijds onderwijs voor hoogbegaafde leerlingen',
              'Onderzoek naar een voltijdsvoorziening; besluit bestuur', 'Directeur-bestuurder', '1 maart 2027'],
             ['Onvoldoende onderwijs-zorgarrangementen voor kinderen met een ernstige meervoudige beperking',
              'Convenant met zorgaanbieder en gemeenten', 'Beleidsmedewerker OZA', '1 januari 2027']]),
          H2('5.4 Thuiszitters en zorgplicht')]
    b += f_thuiszitters(p)
    b += [H1('6 Toelaatbaarheid tot sbo en so'),
          H2('6.1 Procedure'),
          P("""Het samenwerkingsverband beslist, op verzoek van het bevoegd gezag van de school waar de leerling
          staat ingeschreven of is aangemeld, of een leerling toelaatbaar is tot het speciaal basisonderwijs
          of het speciaal onderwijs. Die beslissing wordt genomen door de Commissie van Toelaatbaarheid
          (CvT), namens de directeur-bestuurder. De procedure verloopt in de volgende stappen."""),
          OL(["""De school bespreekt de leerling in het ondersteuningsteam, met de ouders en de consulent. Daar
              wordt vastgesteld dat de mogelijkheden van de school en van een arrangement zijn benut.""",
              """Het schoolbestuur dient de aanvraag in via het digitale Lingeloket. De aanvraag bevat ten minste
              het ontwikkelingsperspectief, het groeidocument met de geëvalueerde interventies, het
              onderwijskundig rapport, relevante onderzoeksverslagen en de zienswijze van de ouders.""",
              """Het loket controleert binnen vijf werkdagen of de aanvraag volledig is.""",
              """Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of
              psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinder- en jeugdpsycholoog,
              pedagoog, kinderpsychiater, maatschappelijk werker of arts). De deskundigen zijn niet eerder bij
              de leerling of de aanvraag betrokken geweest.""",
              """De CvT besluit binnen zes weken na ontvangst van de volledige aanvraag. Het besluit wordt
              schriftelijk en gemotiveerd aan het schoolbestuur en de ouders gezonden, met een afschrift van
              beide deskundigenadviezen.""",
              """Het samenwerkingsverband registreert de toelaatbaarheidsverklaring met een volgnummer bij
              DUO."""]),
          P("""In crisissituaties kan de CvT binnen vijf werkdagen een tijdelijke toelaatbaarheidsverklaring van
          ten hoogste drie maanden afgeven. Voor leerlingen die van buiten de regio komen, geldt de
          wettelijke regel dat het samenwerkingsverband van de woonplaats beslist."""),
          H2('6.2 Criteria'),
          P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is
          voldaan:"""),
          UL(["""de basisondersteuning en ten minste één geëvalueerd arrangement op de school van herkomst zijn
              aantoonbaar ingezet;""",
              """de leerling heeft op ten minste twee domeinen (leren, werkhouding en gedrag,
              sociaal-emotionele ontwikkeling) een ondersteuningsbehoefte die structureel groter is dan een
              reguliere school met een arrangement kan bieden;""",
              """de leerling is aangewezen op een kleinere groep, een specifieke didactiek en een
              orthopedagogisch klimaat zoals het sbo die biedt."""]),
          P("""Een leerling is toelaatbaar tot het speciaal onderwijs als bovendien:"""),
          UL(["""de ondersteuningsbehoefte specialistische expertise vraagt die hoort bij cluster 3
              (zeer moeilijk lerende, langdurig zieke, lichamelijk of meervoudig gehandicapte leerlingen) of
              cluster 4 (ernstige gedrags- of psychiatrische problematiek);""",
              """beide deskundigen onderbouwen dat het sbo niet in die behoefte kan voorzien."""]),
          H2('6.3 Duur en bekostigingscategorie'),
          P("""Een toelaatbaarheidsverklaring voor het sbo geldt tot het einde van het schooljaar waarin de
          leerling twaalf jaar wordt. Een toelaatbaarheidsverklaring voor het so geldt voor ten minste één en
          ten hoogste vier schooljaren, tot en met 31 juli. Voor het so stelt de CvT op basis van de
          deskundigenadviezen de bekostigingscategorie vast: categorie laag (in de regel cluster 4 en zeer
          moeilijk lerende leerlingen), midden (lichamelijk gehandicapte en langdurig zieke leerlingen) of
          hoog (meervoudig gehandicapte leerlingen)."""),
          H2('6.4 Bezwaar'),
          P("""Ouders en het schoolbestuur kunnen binnen zes weken na de bekendmaking van het besluit bezwaar
          maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen van Onderwijsgeschillen in Utrecht, die het
          bezwaar behandelt en advies uitbrengt. De directeur-bestuurder beslist binnen zes weken na
          ontvangst van dat advies. Daarna staat beroep open bij de bestuursrechter."""),
          H1('7 Terugplaatsing naar het basisonderwijs'),
          P("""Een plaatsing in het speciaal (basis)onderwijs is voor veel kinderen de juiste keuze, maar hoeft
          geen eindstation te zijn. Ons beleid is erop gericht dat leerlingen die dat aankunnen terugkeren
          naar een reguliere basisschool, bij voorkeur in hun eigen woonplaats. Terugplaatsing is geen doel
          op zich: zij gebeurt alleen als zij in het belang is van de ontwikkeling van het kind."""),
          P("""Wij hanteren daarbij drie voorwaarden. De ontwikkeling van de leerling laat zien dat hij of zij
          met extra ondersteuning in een reguliere groep kan functioneren. Er is een reguliere school die
          de benodigde ondersteuning, eventueel met een arrangement, kan bieden. En de ouders staan achter
          de overstap."""),
          P("""Na de overstap ontvangt de ontvangende basisschool gedurende één schooljaar een
          terugplaatsingsarrangement van 3.500 euro. Daarnaast biedt de sbo- of so-school tot ten hoogste een
          jaar na de overstap ambulante begeleiding aan de leerling en de leerkracht. De consulent van het
          samenwerkingsverband blijft in die periode het aanspreekpunt."""),
          P("""De werkwijze zelf, met de vraag wie het initiatief neemt, op welke momenten de mogelijkheid van
          terugkeer wordt besproken en wie daarover beslist, leggen wij in het schooljaar 2026-2027 samen met
          de directies van de sbo- en so-scholen vast in een werkwijzer terugplaatsing. Tot die tijd maken de
          scholen hierover per leerling hun eigen afspraken."""),
          H1('8 Ouders'),
          H2('8.1 Ouders als partner'),
          P("""Ouders kennen hun kind als geen ander. Wij verwachten van scholen dat zij ouders vanaf het eerste
          signaal betrekken bij de ondersteuning: bij de bespreking in het ondersteuningsteam, bij het opstellen
          en evalueren van het ontwikkelingsperspectief en bij een aanvraag voor een arrangement of een
          toelaatbaarheidsverklaring. Ook de leerling zelf wordt gehoord; vanaf het schooljaar 2026-2027 leggen
          scholen vast hoe zij invulling geven aan het hoorrecht van leerlingen bij het
          ontwikkelingsperspectief."""),
          H2('8.2 Hoe informeren wij ouders?'),
          P("""Ouders vinden de informatie over de ondersteuning in onze regio op drie plaatsen. Op de website
          www.lingestroom.nl staat onder 'Voor ouders' een overzicht van de basisondersteuning, de
          arrangementen, de bovenschoolse voorzieningen en de scholen voor speciaal (basis)onderwijs, met per
          route een korte uitleg. Iedere school deelt bij de aanmelding de ouderfolder 'Passend onderwijs in
          Lingestroom' uit; de folder is er in het Nederlands, Engels, Arabisch, Pools en Turks. En iedere school
          beschrijft in de schoolgids welke ondersteuning zij biedt."""),
          P("""Daarnaast organiseren wij tweemaal per jaar een informatieavond voor ouders, afwisselend in
          Lingedal en Oosterwaard, en houden de consulenten iedere woensdagmiddag een telefonisch spreekuur
          voor ouders die vragen hebben over de mogelijkheden voor hun kind."""),
          H2('8.3 Onafhankelijke ondersteuning'),
          P("""Soms hebben ouders behoefte aan iemand die niet bij de school of het samenwerkingsverband hoort.
          Per 1 januari 2027 richten wij, samen met het samenwerkingsverband VO, het Ouder- en Jeugdsteunpunt
          Lingestroom in. Het steunpunt wordt ondergebracht bij de onafhankelijke stichting Ouderkracht
          Gelderland; de medewerkers staan alleen voor het belang van het kind en de ouders. Het steunpunt is
          gratis, bereikbaar per telefoon, mail en via een inloopspreekuur, en bundelt signalen van ouders in
          een halfjaarlijkse rapportage aan het bestuur."""),
          P("""Tot die datum, en ook daarna, kunnen ouders terecht bij de Onderwijsconsulenten, een landelijke
          en onafhankelijke voorziening die gratis bemiddelt bij problemen rond toelating, verwijdering en
          thuiszitten. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen
          ouders zich wenden tot de Geschillencommissie passend onderwijs. Voor klachten over het
          samenwerkingsverband zelf is er een klachtenregeling met een externe vertrouwenspersoon."""),
          H1('9 Samenwerking met gemeenten en jeugdhulp')]
    b += f_gemeenten(p)
    b += [H1('10 Financiën'),
          H2('10.1 Inkomsten'),
          P("""Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware
          ondersteuning. Een deel van dat budget wordt door DUO rechtstreeks afgedragen aan de scholen voor
          speciaal onderwijs, op basis van het aantal leerlingen en de bekostigingscategorie. Voor 2026 ziet
          de opbouw er als volgt uit."""),
          T([['Post', 'Bedrag 2026'],
             ['Ondersteuningsbekostiging lichte ondersteuning', '€ 2.210.000'],
             ['Ondersteuningsbekostiging zware ondersteuning', '€ 7.950.000'],
             ['Af: afdracht DUO so (bekostiging en ondersteuningsbekostiging)', '€ 3.480.000 -/-'],
             ['Af: afdracht sbo boven de 2 procent', '€ 610.000 -/-'],
             ['Beschikbaar voor het samenwerkingsverband', '€ 6.070.000']]),
          H2('10.2 Verdeelmodel'),
          P("""Het samenwerkingsverband hanteert een schoolmodel: het grootste deel van de middelen gaat naar de
          schoolbesturen, zodat de ondersteuning zo dicht mogelijk bij de leerling wordt georganiseerd. De
          verdeling verloopt langs vier lijnen."""),
          UL(["""Schoolbudget: ieder schoolbestuur ontvangt 195 euro per leerling, op basis van de teldatum 1
              oktober van het voorafgaande jaar, plus een vaste voet van 6.000 euro per vestiging. Het budget is
              bestemd voor de basisondersteuning boven het niveau van de lumpsum en voor extra ondersteuning
              op de eigen school.""",
              """Arrangementen: voor individuele en groepsarrangementen is een budget beschikbaar dat door de
              arrangementencommissie wordt toegekend. Voorwaarden zijn een ontwikkelingsperspectief, een
              aantoonbaar ingezette basisondersteuning en een doel met een evaluatiemoment. Per leerling wordt
              ten hoogste 8.000 euro per schooljaar toegekend.""",
              """Bovenschoolse voorzieningen: De Overstap, Denkhuis en de nieuwkomersklas ontvangen een vast
              jaarbudget op basis van het aantal plaatsen.""",
              """Sbo: het samenwerkingsverband draagt de kosten van de groei van het sbo na de teldatum
              (peildatum 1 februari) en de afdracht boven de 2 procent."""]),
          P("""De directeur-bestuurder stelt jaarlijks in november, na advies van de Bestuurlijke Adviesraad,
          de bedragen vast in de begroting voor het volgende kalenderjaar. De raad van toezicht keurt de
          begroting goed."""),
          H2('10.3 Meerjarenbegroting'),
          P("""De tabel hieronder geeft de besteding van de middelen over de planperiode weer. Bijlage 2 bevat
          de volledige meerjarenbegroting."""),
          T([['Lasten (x € 1.000)', '2026', '2027', '2028', '2029'],
             ['Schoolbudgetten besturen', '2.430', '2.395', '2.360', '2.325'],
             ['Arrangementen', '850', '870', '870', '870'],
             ['Bovenschoolse voorzieningen', '780', '800', '820', '820'],
             ['Onderwijs-zorgarrangementen', '210', '230', '230', '230'],
             ['Terugplaatsingsarrangementen', '35', '60', '70', '70'],
             ['Groeibekostiging sbo', '180', '170', '160', '160'],
             ['Bureau, personeel en huisvesting', '1.490', '1.510', '1.530', '1.550'],
             ['Totaal lasten', '5.975', '6.035', '6.040', '6.025']]),
          H2('10.4 Reserves'),
          P("""Eind 2025 bedroeg de algemene reserve 1,1 miljoen euro. Wij hanteren een
          weerstandsvermogen van ten hoogste vijf procent van de baten, gebaseerd op een risicoanalyse. De
          reserve ligt onder de signaleringswaarde van de Inspectie; een afbouwplan is daarom niet
          nodig."""),
          H2('10.5 Verantwoording door de schoolbesturen'),
          P("""Schoolbesturen verantwoorden jaarlijks vóór 1 mei, met een vast format, waaraan zij het
          schoolbudget van het voorgaande jaar hebben besteed. Het format wordt besproken in een
          verantwoordingsgesprek met de directeur-bestuurder. Niet bestede middelen kunnen worden
          teruggevorderd."""),
          H1('11 Kwaliteit en verantwoording: beoogde en bereikte resultaten'),
          P("""De wet vraagt het samenwerkingsverband om in het ondersteuningsplan de beoogde en de bereikte
          resultaten van het onderwijs aan leerlingen met een ondersteuningsbehoefte te beschrijven. Wij
          vinden het belangrijk dat die resultaten goed worden onderbouwd en met de scholen zijn
          afgestemd."""),
          P("""Daarom werken wij de beoogde resultaten voor deze planperiode, en de manier waarop wij die
          zullen volgen, uit in een afzonderlijk kwaliteitskader. Dat kader wordt in het voorjaar van 2027
          aan de ondersteuningsplanraad voorgelegd en daarna als aanvulling bij dit plan gevoegd."""),
          H1('12 Organisatie en medezeggenschap'), H2('12.1 Bestuur en toezicht')]
    b += f_governance(p)
    b += [H2('12.2 Ondersteuningsplanraad')]
    b += f_opr(p, True)
    b += [H1('13 Personeel, professionalisering en privacy'), H2('13.1 Personeel')]
    b += f_personeel(p)
    b += [H2('13.2 Professionalisering en kennisdeling')]
    b += f_professionalisering(p)
    b += [H2('13.3 Privacy')]
    b += f_ict_privacy(p)
    b += [H1('14 Planning 2026-2030'),
          T([['Schooljaar', 'Belangrijkste activiteiten'],
             ['2026-2027', 'Start audits basisondersteuning; werkwijzer terugplaatsing; kwaliteitskader; '
              'acht extra plaatsen cluster 4; opening Ouder- en Jeugdsteunpunt'],
             ['2027-2028', 'Besluit voltijds hoogbegaafdenvoorziening; herijking verdeelmodel; '
              'convenant onderwijs-zorgarrangementen'],
             ['2028-2029', 'Tweede auditronde; voorbereiding nieuw ondersteuningsplan'],
             ['2029-2030', 'Vaststelling ondersteuningsplan 2030-2034']]),
          PB(),
          H1('Bijlage 1 Standaarden basisondersteuning'),
          T([['Standaard', 'Wat mag u als ouder van iedere school verwachten?'],
             ['1 Intern begeleider', 'Er is een opgeleide intern begeleider die u kunt spreken over de ondersteuning van uw kind.'],
             ['2 Volgen van ontwikkeling', 'De ontwikkeling van uw kind wordt gevolgd en minstens drie keer per jaar besproken.'],
             ['3 Dyslexie en dyscalculie', 'Problemen met lezen en rekenen worden vroeg gesignaleerd en planmatig aangepakt.'],
             ['4 Sociale veiligheid', 'De school heeft een antipestprogramma en meet jaarlijks de veiligheid.'],
             ['5 Meer- en hoogbegaafdheid', 'Uw kind krijgt verrijking en compacting in de eigen groep.'],
             ['6 Taal', 'Kinderen met een taalachterstand krijgen een gericht taalaanbod.'],
             ['7 Medisch handelen', 'Eenvoudige medische handelingen worden volgens protocol uitgevoerd.'],
             ['8 Ondersteuningsteam', 'Er is een team met jeugdverpleegkundige, maatschappelijk werker en consulent.'],
             ['9 Ontwikkelingsperspectief', 'Bij een eigen leerlijn is er een OPP dat met u wordt besproken.'],
             ['10 Gedrag', 'Er zijn afspraken over preventie en de-escalatie van gedrag.'],
             ['11 Fysieke aanpassingen', 'De school kan kleine aanpassingen doen en is gelijkvloers toegankelijk.'],
             ['12 Overdracht', 'Bij een overstap worden de gegevens warm overgedragen.']]),
          H1('Bijlage 2 Meerjarenbegroting 2026-2030'),
          T([['(x € 1.000)', '2026', '2027', '2028', '2029'],
             ['Baten: ondersteuningsbekostiging (na afdrachten DUO)', '6.070', '6.010', '5.960', '5.910'],
             ['Baten: overige (gemeenten OZA)', '90', '100', '100', '100'],
             ['Totaal baten', '6.160', '6.110', '6.060', '6.010'],
             ['Totaal lasten (zie 10.3)', '5.975', '6.035', '6.040', '6.025'],
             ['Resultaat', '185', '75', '20', '-15'],
             ['Algemene reserve ultimo', '1.285', '1.360', '1.380', '1.365']]),
          H1('Bijlage 3 Begrippenlijst'),
          UL(["""Arrangement: een afgebakend pakket extra ondersteuning met doel, duur en evaluatie.""",
              """Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband bieden.""",
              """Beoogde resultaten: de resultaten die het samenwerkingsverband met de ondersteuning wil
              bereiken; bereikte resultaten zijn de feitelijk gerealiseerde uitkomsten.""",
              """CvT: Commissie van Toelaatbaarheid.""",
              """Dekkend aanbod: een samenhangend geheel van voorzieningen waarin voor ieder kind een passende
              plek is.""",
              """OJSP: ouder- en jeugdsteunpunt.""",
              """OPP: ontwikkelingsperspectief(plan).""",
              """Terugplaatsing: de overstap van een leerling van het sbo of so naar het regulier onderwijs.""",
              """TLV: toelaatbaarheidsverklaring.""",
              """Verdeelmodel: de regels volgens welke de middelen over de scholen worden verdeeld."""])]
    return b


# ==============================================================================================
# Plan B  –  VO, .docx  –  SWV Voortgezet Onderwijs Zuiderlanden
# ==============================================================================================
PB_ = dict(sector='vo', naam='Samenwerkingsverband Voortgezet Onderwijs Zuiderlanden', kort='Zuiderlanden',
           code='VO 31-02', gemeenten='Zuiderhaven, Moerdijkveld, Halsteren-Oost en Wouwse Hoek', besturen=7,
           scholen=16, leerlingen='14.800', start=2026, eind=2030, oogo='10 februari 2026',
           opr='24 maart 2026', vast='31 maart 2026',
           partner='de samenwerkingsverbanden primair onderwijs in de regio',
           dirbest='de heer drs. R.J. (Ruud) Maasland', plaats='Zuiderhaven', fte='22,8')


def plan_b():
    p = PB_
    b = []
    b.append(('title', ['Ondersteuningsplan 2026-2030 – Samen verder', p['naam'], 'Registratienummer ' + p['code'],
                        'Vastgesteld door het bestuur op 31 maart 2026']))
    b.append(PB())
    b.append(('toc', ['Voorwoord', '1 Inleiding en totstandkoming', '2 Terugblik op de planperiode 2022-2026',
                      '3 Koers 2026-2030', '4 Het ondersteuningsaanbod', '   4.1 Basisondersteuning',
                      '   4.2 Extra ondersteuning in de school', '   4.3 Bovenschoolse voorzieningen',
                      '   4.4 Voortgezet speciaal onderwijs', '   4.5 Dekkend netwerk en thuiszitters',
                      '5 Toewijzing en toelaatbaarheid', '   5.1 Leerwegondersteunend onderwijs',
                      '   5.2 Praktijkonderwijs', '   5.3 Toelaatbaarheid tot het vso',
                      '   5.4 Looptijd en einde van de TLV', '6 Kwaliteitszorg en resultaten',
                      '7 Samenwerking met gemeenten en ketenpartners', '8 Financieel beleid',
                      '9 Organisatie, medezeggenschap en communicatie', '10 Personeel en deskundigheid',
                      '11 Planning', 'Bijlage 1 Scholen en voorzieningen', 'Bijlage 2 Kengetallen',
                      'Bijlage 3 Begrippen en afkortingen', 'Bijlage 4 Communicatieplan ouders en leerlingen (separaat)']))
    b.append(PB())
    b += [H1('Voorwoord'),
          P("""Vier jaar geleden schreven wij in ons vorige ondersteuningsplan dat wij 'van structuur naar cultuur'
          wilden. Dat is deels gelukt. De samenwerking tussen de scholen is hechter geworden, de
          bovenschoolse voorzieningen zijn beter op elkaar afgestemd en het aantal jongeren dat thuiszit is
          fors gedaald. Tegelijk zien wij dat de vraag naar ondersteuning toeneemt en complexer wordt, dat het
          personeelstekort de scholen hard raakt en dat de jeugdhulp onder druk staat."""),
          P("""Dit plan, 'Samen verder', bouwt voort op wat er staat. Het is geen revolutie, maar een bewuste
          keuze voor verdieping: minder nieuwe projecten, meer aandacht voor de kwaliteit van wat wij
          al doen. Wij hebben ons daarbij laten leiden door wat wij hoorden van leraren,
          ondersteuningscoördinatoren, schoolleiders, jongeren en onze partners in de gemeenten en de
          jeugdhulp."""),
          P("""Ruud Maasland, directeur-bestuurder"""),
          H1('1 Inleiding en totstandkoming')]
    b += f_wettelijk(p)
    b += [P("""Dit plan beschrijft de hoofdlijnen van beleid voor vier jaar. Jaarlijks werken wij het plan uit in
          een jaarplan met activiteiten en een begroting. Over de uitvoering leggen wij verantwoording af in
          het jaarverslag."""),
          H1('2 Terugblik op de planperiode 2022-2026'),
          P("""In het ondersteuningsplan 2022-2026 stonden vier doelen centraal: minder thuiszitters, een
          sterkere basisondersteuning, kortere doorlooptijden bij de toewijzing en een betere aansluiting
          tussen onderwijs en jeugdhulp. De tabel laat zien in hoeverre de doelen zijn gehaald."""),
          T([['Doel 2022-2026', 'Nulmeting 2021', 'Streefwaarde 2026', 'Gerealiseerd 2025', 'Oordeel'],
             ['Aantal thuiszitters (peildatum 1 oktober)', '41', 'maximaal 25', '23', 'behaald'],
             ['Deelname vso (% van alle leerlingen)', '3,4%', 'maximaal 3,2%', '3,1%', 'behaald'],
             ['Scholen die voldoen aan de kwaliteitskaart basisondersteuning', '9 van 16', '16 van 16', '13 van 16',
              'deels behaald'],
             ['Gemiddelde doorlooptijd TLV-aanvraag', '7,5 week', 'maximaal 6 weken', '5,2 week', 'behaald'],
             ['Leerlingen met een onderwijs-zorgarrangement', '12', '30', '27', 'grotendeels behaald']]),
          P("""Kwalitatief constateren wij dat de ondersteuningscoördinatoren het netwerk als steunend ervaren
          en dat de OPDC-trajecten beter aansluiten op de terugkeer naar de school van herkomst. Minder
          tevreden zijn wij over de verschillen tussen scholen in de basisondersteuning: drie scholen
          voldoen nog niet op alle onderdelen. Dat punt nemen wij mee in deze planperiode."""),
          H1('3 Koers 2026-2030')]
    b += f_visie(p)
    b += [P("""Voor deze planperiode hebben wij vijf ambities geformuleerd. In hoofdstuk 6 zijn deze vertaald
          naar meetbare doelen."""),
          OL(["""Iedere school voldoet aan de basisondersteuning.""",
              """Geen jongere zit langer dan drie maanden thuis zonder passend aanbod.""",
              """De bovenschoolse voorzieningen zijn tijdelijk en gericht op terugkeer.""",
              """Onderwijs en jeugdhulp werken als één team rond de jongere.""",
              """Leraren voelen zich toegerust om verschillen tussen leerlingen op te vangen."""]),
          H1('4 Het ondersteuningsaanbod'),
          H2('4.1 Basisondersteuning'),
          P("""Basisondersteuning is in Zuiderlanden het door alle schoolbesturen gezamenlijk afgesproken niveau
          van ondersteuning dat iedere school voor voortgezet onderwijs, op iedere vestiging en in iedere
          leerweg, biedt aan al haar leerlingen, zonder dat daarvoor een aanvraag bij het
          samenwerkingsverband nodig is. Het niveau is voor alle scholen gelijk. Verschillen tussen scholen
          zitten niet in de basisondersteuning maar in de extra ondersteuning die een school daarbovenop
          biedt."""),
          P("""Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, is uitgewerkt in de
          Kwaliteitskaart Basisondersteuning VO Zuiderlanden. De kwaliteitskaart wordt jaarlijks door de
          Bestuurlijke Adviesraad geactualiseerd en is te raadplegen op www.swvzuiderlanden.nl/basisondersteuning."""),
          P("""De scholen evalueren jaarlijks aan de hand van de kwaliteitskaart in hoeverre zij aan de afspraken
          voldoen. De uitkomsten worden besproken in het jaarlijkse schoolgesprek tussen de schoolleiding en
          de directeur-bestuurder. Een school die op onderdelen niet voldoet, maakt afspraken over verbetering
          die in het volgende schoolgesprek worden getoetst."""),
          H2('4.2 Extra ondersteuning in de school'),
          P("""Boven op de basisondersteuning bieden de scholen extra ondersteuning, die zij beschrijven in hun
          schoolondersteuningsprofiel. De meeste scholen hebben een vorm van een trajectvoorziening of
          ondersteuningsruimte waar leerlingen tijdelijk terechtkunnen. Daarnaast hebben de scholen
          zich gespecialiseerd: zo bieden twee scholen een kleinschalige onderbouw voor leerlingen met een
          ontwikkelingsvoorsprong en sociaal-emotionele problematiek, heeft één school een
          autismevriendelijke afdeling en bieden de vmbo-scholen leerwegondersteuning in kleine groepen.
          De extra ondersteuning wordt bekostigd uit het schoolbudget (hoofdstuk 8)."""),
          H2('4.3 Bovenschoolse voorzieningen'),
          UL(["""OPDC De Brug (Zuiderhaven): 60 plaatsen voor leerlingen uit het vmbo en praktijkonderwijs die
              tijdelijk een intensief orthopedagogisch-didactisch traject nodig hebben; duur ten hoogste één
              schooljaar, met terugkeer naar de school van herkomst of een andere vo-school als doel.""",
              """Rebound Kompas (Moerdijkveld): 16 plaatsen voor een time-out van twaalf weken voor leerlingen
              uit alle schoolsoorten met ernstige gedragsproblemen.""",
              """Internationale Schakelklas (ISK) Zuiderhaven voor nieuwkomers van 12 tot 18 jaar.""",
              """Op de Rails: een onderwijs-zorgarrangement in samenwerking met de jeugd-GGZ voor jongeren die
              door psychiatrische problematiek tijdelijk niet volledig naar school kunnen."""]),
          H2('4.4 Voortgezet speciaal onderwijs'),
          P("""In de regio zijn drie scholen voor voortgezet speciaal onderwijs gevestigd: vso De Horizon
          (cluster 4), de Pleinschool (cluster 3, zeer moeilijk lerende leerlingen) en vso Windroos
          (langdurig zieke en lichamelijk gehandicapte leerlingen). Leerlingen kunnen ook worden geplaatst op
          vso-scholen buiten de regio, als het aanbod in de regio niet past."""),
          H2('4.5 Dekkend netwerk en thuiszitters'),
          P("""Jaarlijks stellen wij de Monitor Dekkend Netwerk op. Daarin brengen wij in beeld welke jongeren
          geen of geen passende plek hadden, waar wachtlijsten zijn ontstaan en welke verzoeken om
          ondersteuning niet konden worden beantwoord. De monitor van 2025 liet zien dat er een tekort is
          aan plaatsen voor jongeren die zowel een havo/vwo-niveau als een intensieve
          ondersteuningsbehoefte hebben. In 2026-2027 start daarom een kleinschalige havo-afdeling met
          24 plaatsen binnen vso De Horizon, in samenwerking met een reguliere havo-school."""),
          ]
    b += f_thuiszitters(p, extra='Op 1 oktober 2025 stonden in Zuiderlanden 23 jongeren als thuiszitter geregistreerd.')
    b += [H1('5 Toewijzing en toelaatbaarheid'),
          P("""Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs, over de
          toelaatbaarheid tot het praktijkonderwijs en over de toelaatbaarheid tot het voortgezet speciaal
          onderwijs. Deze beslissingen worden voorbereid en genomen door de Commissie Toewijzing en
          Toelaatbaarheid (CTT), die werkt in mandaat van de directeur-bestuurder."""),
          H2('5.1 Leerwegondersteunend onderwijs'),
          P("""Zuiderlanden hanteert voor het lwoo de landelijke criteria. Een leerling komt in aanmerking als hij
          of zij een intelligentiequotiënt heeft tussen 75 en 90 en een leerachterstand van anderhalf tot drie
          jaar op ten minste twee van de vier domeinen (inzichtelijk rekenen, begrijpend lezen, technisch
          lezen, spellen), of een intelligentiequotiënt tussen 91 en 120 met dezelfde leerachterstand en
          bovendien sociaal-emotionele problematiek die de ontwikkeling belemmert."""),
          P("""De vo-school waar de leerling is aangemeld, dient de aanvraag in vóór 1 maart van het jaar
          waarin de leerling instroomt, met het onderwijskundig rapport van de basisschool en de uitslagen van
          het capaciteitenonderzoek. De CTT beslist binnen zes weken. De aanwijzing geldt voor de duur van de
          opleiding in het vmbo."""),
          H2('5.2 Praktijkonderwijs'),
          P("""Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een
          intelligentiequotiënt tussen 55 en 80 en een leerachterstand van ten minste drie jaar op ten minste
          twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is. De school voor
          praktijkonderwijs dient de aanvraag in; de procedure en termijnen zijn gelijk aan die voor het lwoo.
          De toelaatbaarheidsverklaring praktijkonderwijs geldt voor de gehele schoolloopbaan in het
          praktijkonderwijs."""),
          H2('5.3 Toelaatbaarheid tot het vso'),
          P("""Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de
          school waar de leerling is ingeschreven of aangemeld. De procedure kent de volgende stappen."""),
          OL(["""De school doorloopt de ondersteuningsroute: de leerling is besproken in het
              zorg- en adviesteam en de mogelijkheden van de school en van de bovenschoolse voorzieningen
              zijn onderzocht.""",
              """De ondersteuningscoördinator dient de aanvraag in via het digitale loket, met het
              ontwikkelingsperspectief (inclusief het perspectief van de leerling zelf), een verslag van de
              ingezette ondersteuning en de evaluatie daarvan, en relevante onderzoeksgegevens.""",
              """Een orthopedagoog of psycholoog van het samenwerkingsverband en een tweede deskundige
              (afhankelijk van de problematiek een kinder- en jeugdpsychiater, een maatschappelijk werker of
              een jeugdarts) brengen ieder een afzonderlijk schriftelijk advies uit.""",
              """De CTT besluit binnen zes weken na ontvangst van de volledige aanvraag en stelt daarbij de
              looptijd en de bekostigingscategorie vast."""]),
          P("""Een leerling is toelaatbaar tot het vso wanneer: (a) de ondersteuningsbehoefte de mogelijkheden
          van de reguliere school en van de bovenschoolse voorzieningen in de regio overstijgt; (b) de
          leerling aangewezen is op de specifieke deskundigheid, groepsgrootte en structuur van een cluster 3-
          of cluster 4-school; en (c) beide deskundigen dat onderbouwen. Een OPDC- of rebound-traject is geen
          voorwaarde, maar als zo'n traject is ingezet, wordt de evaluatie ervan meegewogen."""),
          P("""De bekostigingscategorie is laag voor leerlingen in cluster 4 en zeer moeilijk lerende
          leerlingen, midden voor lichamelijk gehandicapte en langdurig zieke leerlingen en hoog voor
          meervoudig gehandicapte leerlingen."""),
          H2('5.4 Looptijd en einde van de TLV'),
          P("""Een toelaatbaarheidsverklaring voor het vso wordt afgegeven voor ten minste één en ten hoogste
          drie schooljaren en loopt af op 31 juli. Plaatsing in het vso is voor veel jongeren niet
          blijvend. Ons beleid is dat iedere vso-leerling een ontwikkelingsperspectief heeft met een
          uitstroomperspectief, en dat terugkeer naar het regulier voortgezet onderwijs wordt voorbereid
          zodra het ontwikkelingsperspectief daar aanleiding toe geeft. Voorwaarden daarvoor zijn dat de
          leerling het niveau van een reguliere leerweg aankan, dat een reguliere school met extra
          ondersteuning in de behoefte kan voorzien en dat de leerling zelf de overstap wil maken."""),
          P("""De procedure bij het einde van de looptijd is als volgt. Uiterlijk in januari van het laatste jaar van
          de TLV bespreekt de commissie van begeleiding van de vso-school in de evaluatie van het
          ontwikkelingsperspectief of terugplaatsing mogelijk is. Het initiatief ligt bij de vso-school. Acht
          de vso-school terugplaatsing mogelijk, dan meldt zij de leerling vóór 1 maart aan bij de CTT, die
          met de vso-school en een consulent een passende reguliere school zoekt. De leerling kan
          voorafgaand aan de overstap ten hoogste acht weken op proef meedraaien op de nieuwe school en
          blijft in die periode ingeschreven op de vso-school. De CTT stelt vast dat de overstap doorgaat; de
          TLV eindigt dan op 31 juli of op de eerdere datum van inschrijving op de nieuwe school."""),
          P("""Is terugplaatsing nog niet mogelijk, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan, met
          nieuwe deskundigenadviezen. De ontvangende reguliere school krijgt bij een terugplaatsing een
          overstaparrangement van 4.000 euro en gedurende één schooljaar begeleiding door het ambulante team
          van de vso-school. In het schooljaar 2024-2025 keerden 19 leerlingen vanuit het vso terug naar het
          regulier onderwijs."""),
          H1('6 Kwaliteitszorg en resultaten'),
          H2('6.1 Beoogde resultaten 2026-2030'),
          T([['Ambitie', 'Indicator', 'Stand 2025', 'Streefwaarde 2030'],
             ['1 Basisondersteuning', 'Scholen die voldoen aan de kwaliteitskaart', '13 van 16', '16 van 16 (2028)'],
             ['2 Thuiszitters', 'Jongeren langer dan 3 maanden zonder passend aanbod', '9', '0'],
             ['3 Tijdelijkheid', 'OPDC-leerlingen die binnen 12 maanden terugkeren naar regulier vo', '68%', '80%'],
             ['3 Tijdelijkheid', 'Terugplaatsingen vanuit vso per schooljaar', '19', '25'],
             ['4 Onderwijs en jeugdhulp', 'Leerlingen met onderwijs-zorgarrangement', '27', '40'],
             ['5 Toerusting leraren', 'Leraren die zich voldoende toegerust voelen (peiling)', '61%', '75%']]),
          H2('6.2 Hoe volgen wij de resultaten?'),
          P("""Wij volgen de resultaten met de Monitor Passend Onderwijs Zuiderlanden, een dashboard dat
          tweemaal per jaar wordt geactualiseerd met gegevens van DUO (teldatum 1 oktober), van de
          leerplichtadministraties van de gemeenten en uit onze eigen registratie van aanvragen en
          trajecten. De leraarpeiling wordt tweejaarlijks afgenomen."""),
          P("""De resultaten worden per school besproken in het jaarlijkse schoolgesprek en op het niveau van
          het samenwerkingsverband in de kwaliteitsrapportage, die in juni aan het bestuur, de raad van
          toezicht en de ondersteuningsplanraad wordt voorgelegd. In het jaarverslag rapporteren wij over de
          bereikte resultaten en de daaraan bestede middelen. In 2028 laten wij een externe tussentijdse
          evaluatie uitvoeren. Blijft een indicator achter, dan stelt het bestuur in het volgende jaarplan
          bijsturingsmaatregelen vast."""),
          H1('7 Samenwerking met gemeenten en ketenpartners')]
    b += f_gemeenten(p)
    b += [P("""Met de samenwerkingsverbanden primair onderwijs zijn afspraken gemaakt over de overstap van
          groep 8 naar de brugklas, met een gezamenlijke overstapkalender en een warme overdracht voor
          leerlingen met een ondersteuningsbehoefte. Met de mbo-instellingen in de regio werken wij samen in
          het programma 'Doorstroom naar werk en mbo', gericht op jongeren uit het praktijkonderwijs en het
          vso."""),
          H1('8 Financieel beleid'),
          H2('8.1 Uitgangspunten'),
          P("""Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning (waaronder de
          middelen voor lwoo en praktijkonderwijs) en voor zware ondersteuning. De middelen voor het vso worden
          door DUO rechtstreeks afgedragen aan de vso-scholen. Uitgangspunt is dat de middelen zo direct
          mogelijk ten goede komen aan de leerling, dat de verdeling voorspelbaar is voor de schoolbesturen,
          en dat de bureaukosten beperkt blijven."""),
          H2('8.2 Verdeling van de middelen'),
          UL(["""Schoolbudget: iedere school ontvangt een bedrag van 142 euro per leerling op de teldatum
              1 oktober, voor de basisondersteuning en de extra ondersteuning in de school.""",
              """Lwoo: iedere vmbo-school ontvangt per leerling met een aanwijzing lwoo het landelijke
              normbedrag, op basis van het aantal aanwijzingen op 1 oktober.""",
              """Praktijkonderwijs: de scholen voor praktijkonderwijs ontvangen de bekostiging rechtstreeks
              van DUO; het samenwerkingsverband verrekent de groei na 1 oktober op basis van de peildatum
              1 februari.""",
              """Bovenschoolse voorzieningen: OPDC De Brug en Rebound Kompas worden bekostigd op basis van het
              aantal plaatsen; de plaatsen worden over de scholen verdeeld naar rato van het
              leerlingaantal.""",
              """Onderwijs-zorgarrangementen en het overstaparrangement worden per leerling toegekend door de
              CTT."""]),
          P("""De bedragen worden jaarlijks door het bestuur vastgesteld bij de begroting, na advies van de
          Bestuurlijke Adviesraad."""),
          H2('8.3 Meerjarenbegroting'),
          P("""De meerjarenbegroting 2026-2030, met de verwachte besteding per post, maakt geen deel uit van dit
          plan. Zij wordt jaarlijks in december door het bestuur vastgesteld, nadat de ondersteuningsplanraad
          haar heeft ontvangen, en wordt daarna op de website gepubliceerd."""),
          H2('8.4 Verantwoording en reserves'),
          P("""De scholen verantwoorden jaarlijks in het schoolgesprek de inzet van het schoolbudget aan de hand
          van een korte rapportage. Het samenwerkingsverband heeft in 2023 zijn reserves teruggebracht tot
          onder de signaleringswaarde van de Inspectie en houdt een weerstandsvermogen aan van ongeveer
          vier procent van de baten."""),
          H1('9 Organisatie, medezeggenschap en communicatie'), H2('9.1 Bestuur en toezicht')]
    b += f_governance(p)
    b += [H2('9.2 Medezeggenschap')]
    b += f_opr(p, False)
    b += [H2('9.3 Communicatie'),
          P("""Het samenwerkingsverband informeert de scholen via een digitale nieuwsbrief, die zes keer per jaar
          verschijnt, via een jaarlijkse netwerkdag voor ondersteuningscoördinatoren en via het
          besloten deel van de website. Voor de gemeenten en ketenpartners is er een halfjaarlijkse
          bestuurlijke rapportage."""),
          P("""De communicatie met ouders en leerlingen is uitgewerkt in het communicatieplan 'Passend
          onderwijs, helder voor iedereen'. Dit plan hoort als bijlage 4 bij het ondersteuningsplan, maar
          wordt in verband met de lopende actualisering afzonderlijk gepubliceerd."""),
          H1('10 Personeel en deskundigheid')]
    b += f_personeel(p) + f_professionalisering(p) + f_ict_privacy(p)
    b += [H1('11 Planning'),
          T([['Periode', 'Activiteit'],
             ['2026-2027', 'Start havo-afdeling vso De Horizon; herziening kwaliteitskaart; nieuwe Monitor Dekkend Netwerk'],
             ['2027-2028', 'Evaluatie OPDC en Rebound; uitbreiding onderwijs-zorgarrangementen'],
             ['2028-2029', 'Externe tussentijdse evaluatie; bijstelling jaarplan'],
             ['2029-2030', 'Voorbereiding en vaststelling ondersteuningsplan 2030-2034']]),
          PB(),
          H1('Bijlage 1 Scholen en voorzieningen'),
          T([['School', 'Schoolsoort', 'Leerlingen 1-10-2025'],
             ['Erasmus College', 'havo/vwo', '1.640'], ['Scala Lyceum', 'havo/vwo', '1.380'],
             ['Markiezaat College (3 vestigingen)', 'vmbo/havo/vwo', '2.910'],
             ['Zuiderhaven Techniek', 'vmbo', '780'], ['Wouwse Hoek College', 'vmbo-t/havo', '1.120'],
             ['Moerdijkveld Scholengemeenschap', 'vmbo/havo/vwo', '2.450'], ['De Vaart', 'vmbo', '690'],
             ['Praktijkschool Zuiderhaven', 'pro', '310'], ['Praktijkcollege Halsteren', 'pro', '240'],
             ['vso De Horizon', 'vso cluster 4', '285'], ['Pleinschool', 'vso cluster 3', '140'],
             ['vso Windroos', 'vso cluster 3', '95'], ['Overige scholen (4)', 'diverse', '2.760']]),
          H1('Bijlage 2 Kengetallen'),
          T([['Kengetal (1 oktober)', '2022', '2023', '2024', '2025'],
             ['Leerlingen totaal', '15.210', '15.080', '14.940', '14.800'],
             ['Deelname vso', '3,3%', '3,3%', '3,2%', '3,1%'],
             ['Leerlingen met lwoo-aanwijzing', '1.310', '1.290', '1.270', '1.255'],
             ['Leerlingen praktijkonderwijs', '560', '555', '552', '550'],
             ['Thuiszitters', '38', '31', '27', '23'],
             ['Terugplaatsingen vanuit vso', '11', '14', '16', '19']]),
          H1('Bijlage 3 Begrippen en afkortingen'),
          UL(["""Basisondersteuning: de afgesproken ondersteuning die alle scholen bieden, zoals beschreven in de
              kwaliteitskaart.""",
              """CTT: Commissie Toewijzing en Toelaatbaarheid.""",
              """ISK: Internationale Schakelklas.""",
              """Lwoo: leerwegondersteunend onderwijs.""",
              """Meerjarenbegroting: begroting die de verwachte baten en lasten voor meerdere jaren weergeeft.""",
              """OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt waar ouders en jongeren terecht
              kunnen met vragen over passend onderwijs.""",
              """Onderwijsconsulenten: landelijke, onafhankelijke adviseurs voor ouders bij problemen rond
              toelating, verwijdering of thuiszitten.""",
              """OPDC: orthopedagogisch-didactisch centrum.""",
              """OPP: ontwikkelingsperspectief.""",
              """OPR: ondersteuningsplanraad.""",
              """TLV: toelaatbaarheidsverklaring.""",
              """Vso: voortgezet speciaal onderwijs."""])]
    return b


# ==============================================================================================
# Plan C  –  PO, .pdf  –  SWV Passend Onderwijs De Brede Waard
# ==============================================================================================
PC = dict(sector='po', naam='Samenwerkingsverband Passend Onderwijs De Brede Waard', kort='De Brede Waard',
          code='PO 27-11', gemeenten='Waardenburg-West, Ammerstede en Giessenhoven', besturen=6, scholen=33,
          leerlingen='7.650', start=2026, eind=2030, oogo='17 februari 2026', opr='31 maart 2026',
          vast='8 april 2026', partner='het samenwerkingsverband VO Alblas-Giessen',
          dirbest='de heer M. (Maarten) de Kok MEd', plaats='Ammerstede', fte='11,2')


def plan_c():
    p = PC
    b = []
    b.append(('title', ['Ondersteuningsplan 2026-2030', p['naam'], 'Elk kind een plek waar het kan groeien',
                        p['code'] + ' – definitieve versie, 8 april 2026']))
    b.append(PB())
    b.append(('toc', ['Voorwoord  2', '1 Inleiding  3', '2 Terugblik en kengetallen  5', '3 Visie en ambities  7',
                      '4 Ondersteuning in De Brede Waard  9', '   4.1 Basisondersteuning: wat elke school in huis heeft  9',
                      '   4.2 Arrangementen  12', '   4.3 Bovenschoolse voorzieningen en speciaal (basis)onderwijs  13',
                      '   4.4 Terug- en overplaatsing  14', '   4.5 Een passende plek voor ieder kind  14',
                      '5 Toelaatbaarheid  15', '6 Resultaten en kwaliteitszorg  18', '7 Communicatie  21',
                      '8 Samenwerking met gemeenten  23', '9 Geld en middelen  25',
                      '10 Organisatie en medezeggenschap  29', '11 Personeel en privacy  31',
                      'Bijlage A Meerjarenbegroting 2026-2029  33', 'Bijlage B Begrippenlijst  34']))
    b.append(PB())
    b += [H1('Voorwoord'),
          P("""Met trots presenteren wij het ondersteuningsplan 2026-2030 van De Brede Waard. Dit plan is
          het resultaat van een traject van ruim een jaar, waarin wij met schoolleiders, intern begeleiders,
          leraren, ouders en gemeenten hebben gesproken over de vraag wat er nodig is om ieder kind in onze
          regio de plek te geven waar het kan groeien."""),
          P("""De titel van dit plan is bewust gekozen. 'Elk kind een plek' gaat niet alleen over een
          schoolgebouw of een klas, maar over een plek waar een kind zich gezien en gewaardeerd voelt. Onze
          scholen doen daar elke dag hun uiterste best voor. Het samenwerkingsverband wil hen daarin
          ondersteunen: met kennis, met middelen en met heldere afspraken."""),
          P("""Maarten de Kok, directeur-bestuurder"""),
          H1('1 Inleiding')]
    b += f_wettelijk(p)
    b += [P("""Hoofdstuk 2 blikt terug op de vorige planperiode. Hoofdstuk 3 beschrijft onze visie. In hoofdstuk 4
          beschrijven wij het ondersteuningsaanbod, van de basisondersteuning tot het speciaal onderwijs, en de
          terugplaatsing. Hoofdstuk 5 gaat over toelaatbaarheid, hoofdstuk 6 over resultaten en kwaliteitszorg.
          Daarna volgen communicatie (hoofdstuk 7), de samenwerking met gemeenten (hoofdstuk 8), geld en
          middelen (hoofdstuk 9) en de organisatie."""),
          H1('2 Terugblik en kengetallen'),
          P("""De vorige planperiode (2022-2026) stond in het teken van het versterken van de basisondersteuning en
          het verminderen van het aantal verwijzingen naar het speciaal (basis)onderwijs. Op beide punten is
          vooruitgang geboekt, al verliep die minder snel dan gehoopt. De coronaperiode en het
          personeelstekort hebben de uitvoering vertraagd."""),
          T([['Kengetal (teldatum 1 oktober)', '2022', '2023', '2024', '2025'],
             ['Leerlingen basisonderwijs', '7.020', '6.960', '6.910', '6.880'],
             ['Deelname sbo', '2,6%', '2,5%', '2,4%', '2,3%'],
             ['Deelname so', '1,3%', '1,2%', '1,2%', '1,1%'],
             ['Afgegeven TLV\'s (schooljaar)', '98', '91', '87', '84'],
             ['Toegekende arrangementen (schooljaar)', '212', '236', '251', '265'],
             ['Scholen die voldoen aan alle standaarden basisondersteuning', '18 van 30', '21 van 30', '23 van 30',
              '24 van 30']]),
          P("""Uit de evaluatie van de vorige planperiode, die in 2025 door een extern bureau is uitgevoerd,
          komen drie lessen naar voren. Ten eerste werkt de investering in de basisondersteuning: scholen die
          voldoen aan de standaarden verwijzen minder. Ten tweede zijn de arrangementen wel vaker ingezet,
          maar is van een deel ervan niet vastgesteld of het doel werd bereikt. Ten derde vinden ouders de
          weg naar informatie nog niet altijd gemakkelijk."""),
          H1('3 Visie en ambities')]
    b += f_visie(p)
    b += [H2('3.1 Ambities voor 2026-2030'),
          P("""Vanuit deze visie hebben wij vier ambities geformuleerd, die richting geven aan onze keuzes in
          de komende vier jaar. In hoofdstuk 6 zijn zij vertaald naar doelen met indicatoren."""),
          UL(["""Sterke basis: iedere school biedt aantoonbaar de afgesproken basisondersteuning en leraren
              voelen zich toegerust om verschillen tussen kinderen op te vangen.""",
              """Dichtbij: meer kinderen krijgen de ondersteuning die zij nodig hebben op een school in hun eigen
              wijk of dorp.""",
              """Werkzaam: de middelen gaan naar ondersteuning waarvan wij weten dat zij werkt.""",
              """Samen met ouders: ouders weten waar zij terechtkunnen en worden als partner betrokken."""]),
          P("""De ambities zijn in een reeks bijeenkomsten met schoolleiders, intern begeleiders en de
          ondersteuningsplanraad besproken en aangescherpt. Zij vormen ook de leidraad voor de jaarplannen die
          het bestuur in deze periode vaststelt.""")]
    b += [H1('4 Ondersteuning in De Brede Waard'),
          H2('4.1 Basisondersteuning: wat elke school in huis heeft'),
          P("""De schoolbesturen in De Brede Waard hebben met elkaar vastgelegd welke ondersteuning iedere
          basisschool in de regio ten minste biedt. Dit is de ondergrens waaraan alle scholen – van de kleinste
          dorpsschool tot de grootste stadsschool, op elke locatie – zich hebben verbonden. Wat daaronder
          valt, hoeft niet te worden aangevraagd en wordt betaald uit de eigen middelen van de school en het
          schoolbudget van het samenwerkingsverband."""),
          P("""De afspraken zijn geordend naar de vier aspecten van het Referentiekader. Per aspect staat
          in de tabel wat in iedere school aanwezig is."""),
          T([['Aspect', 'Wat iedere school in huis heeft'],
             ['Basiskwaliteit', 'Ten minste een voldoende oordeel van de Inspectie; een veilig schoolklimaat met '
              'jaarlijkse veiligheidsmeting; een doorgaande lijn in taal en rekenen.'],
             ['Preventieve en licht curatieve interventies',
              'Dyslexie- en dyscalculieprotocol; een aanbod voor leerlingen die meer aankunnen (verrijkingswerk, '
              'compacten); een sociale-vaardigheidsaanbod; eenvoudige medische handelingen volgens protocol; '
              'remediërende hulp in kleine groepjes voor taal en rekenen.'],
             ['Onderwijsondersteuningsstructuur',
              'Een intern begeleider (ten minste 0,5 fte per 250 leerlingen); een ondersteuningsteam met '
              'schoolmaatschappelijk werk en de consulent van het samenwerkingsverband, minstens vier keer per '
              'jaar; een leerlingvolgsysteem.'],
             ['Planmatig werken',
              'Handelingsgericht werken met groepsoverzichten; twee keer per jaar een groepsbespreking en een '
              'leerlingbespreking; een ontwikkelingsperspectief voor leerlingen met een eigen leerlijn, '
              'dat met ouders wordt besproken.']]),
          P("""Iedere school beschrijft in de schoolgids hoe zij deze afspraken invult. Het samenwerkingsverband
          gaat jaarlijks met iedere school na of aan de standaarden wordt voldaan; scholen die niet voldoen,
          maken een verbeterplan met een termijn van ten hoogste één schooljaar."""),
          H2('4.2 Arrangementen'),
          P("""Wanneer een leerling meer nodig heeft dan de school in huis heeft, kan de school een arrangement
          aanvragen. Een arrangement kan bestaan uit extra begeleiding in de groep, ambulante begeleiding
          vanuit het speciaal onderwijs, een specifiek programma (bijvoorbeeld voor leerlingen met autisme of
          een ontwikkelingsvoorsprong) of aangepast materiaal. De aanvraag verloopt via de consulent; de
          Commissie Arrangementen besluit binnen vier weken. Een arrangement heeft altijd een doel en een
          evaluatiedatum."""),
          H2('4.3 Bovenschoolse voorzieningen en speciaal (basis)onderwijs'),
          P("""Naast de reguliere scholen kent De Brede Waard een aantal voorzieningen voor leerlingen die
          tijdelijk of langdurig meer nodig hebben. Samen met de basisondersteuning en de arrangementen vormen
          zij een doorlopend geheel, van licht naar zwaar."""),
          UL(["""De Schakel: een bovenschoolse groep voor kinderen van 4 tot 7 jaar met een
              ontwikkelingsachterstand, in samenwerking met de kinderopvang; 12 plaatsen.""",
              """Plusgroepen: in Ammerstede en Giessenhoven komen meer- en hoogbegaafde leerlingen een dagdeel
              per week bijeen.""",
              """Taalklas voor nieuwkomers in Waardenburg-West.""",
              """Sbo De Boomgaard (Ammerstede) en sbo Het Anker (Giessenhoven).""",
              """So De Wilgen (cluster 3) en so Over de Brug (cluster 4); so-scholen buiten de regio voor
              leerlingen met een zeldzame ondersteuningsbehoefte."""]),
          P("""Doorgaande lijnen verdienen daarbij bijzondere aandacht. Met de kinderopvang en de
          peuteropvang zijn afspraken gemaakt over een warme overdracht van kinderen die in de voorschoolse
          periode extra ondersteuning kregen: de intern begeleider van de basisschool ontvangt vóór de eerste
          schooldag een overdrachtsformulier en spreekt zo nodig met de pedagogisch medewerker. Bij de
          overstap naar het voortgezet onderwijs volgen de scholen de regionale overstapkalender die met het
          samenwerkingsverband VO Alblas-Giessen is afgesproken. Voor leerlingen met een
          ondersteuningsbehoefte vindt in februari een overdrachtsgesprek plaats tussen de intern begeleider
          en de ondersteuningscoördinator van de vo-school, zodat de ondersteuning in de brugklas direct
          kan doorlopen."""),
          P("""Voor meer- en hoogbegaafde leerlingen is het aanbod in de afgelopen jaren uitgebreid met
          middelen uit de landelijke subsidieregeling hoogbegaafdheid. Naast de plusgroepen beschikken alle
          scholen sinds 2024 over een getrainde specialist begaafdheid, die collega's adviseert over
          signalering en een passend aanbod in de groep. Het netwerk van specialisten komt vier keer per jaar
          bijeen en wordt begeleid door een orthopedagoog van het samenwerkingsverband."""),
          H2('4.4 Terug- en overplaatsing'),
          P("""De afspraken over terug- en overplaatsing van leerlingen uit het speciaal (basis)onderwijs worden
          herzien op basis van de pilot 'Terug naar de wijkschool', die loopt tot het voorjaar van 2027. De
          herziene tekst van deze paragraaf wordt daarna ter instemming aan de ondersteuningsplanraad voorgelegd
          en aan dit plan toegevoegd."""),
          H2('4.5 Een passende plek voor ieder kind'),
          P("""Het samenwerkingsverband heeft de wettelijke opdracht te zorgen voor een zo passend mogelijke plek
          voor iedere leerling. Een systematische inventarisatie van witte vlekken in het aanbod en een
          gezamenlijke aanpak met de gemeenten voor kinderen die thuiszitten of dreigen thuis te komen
          zitten, staan op onze ontwikkelagenda. Wij werken die in het eerste planjaar uit; de uitkomsten
          komen in de voortgangsrapportage van 2027."""),
          H1('5 Toelaatbaarheid'),
          H2('5.1 De aanvraag'),
          P("""Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een
          toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt ingediend door
          het schoolbestuur van de school waar de leerling staat ingeschreven. Bij een eerste aanmelding van
          een kind dat nog niet op een school staat ingeschreven, kan ook het bestuur van de sbo- of so-school
          aanvragen."""),
          P("""De aanvraag verloopt via het Loket Brede Waard en bestaat uit een ingevuld aanvraagformulier, het
          groeidocument, het ontwikkelingsperspectief, verslagen van eventueel onderzoek en een verklaring
          waaruit blijkt dat de ouders zijn gehoord. Het Loket bevestigt de ontvangst binnen drie werkdagen en
          meldt binnen tien werkdagen of het dossier compleet is."""),
          H2('5.2 Beoordeling en besluit'),
          P("""De aanvraag wordt beoordeeld door de Commissie Toelaatbaarheid. In de commissie hebben twee
          deskundigen zitting: een orthopedagoog-generalist of gz-psycholoog, en een tweede deskundige die per
          aanvraag wordt gekozen uit een pool van jeugdartsen, maatschappelijk werkers en
          kinderpsychiaters. Beide deskundigen brengen een eigen, schriftelijk advies uit en zijn niet
          betrokken geweest bij de begeleiding van de leerling. De voorzitter van de commissie neemt het
          besluit namens het bestuur, binnen zes weken na ontvangst van het complete dossier."""),
          P("""Het samenwerkingsverband beoordeelt de aanvraag aan de hand van het Toetsingskader Toelaatbaarheid
          2026, waarin de criteria voor toelaatbaarheid tot het sbo en tot de verschillende categorieën van
          het so zijn opgenomen. Het toetsingskader is door het bestuur vastgesteld op 10 februari 2026 en
          is te vinden op www.bredewaard.nl/toetsingskader."""),
          H2('5.3 Looptijd en categorie'),
          P("""Een TLV voor het sbo en een TLV voor het so worden in de regel afgegeven voor twee schooljaren.
          Voor kinderen met een blijvende beperking, zoals een ernstige meervoudige beperking, kan de
          commissie een TLV afgeven tot het einde van de basisschoolleeftijd. Bij een TLV voor het so wordt
          de bekostigingscategorie (laag, midden of hoog) vastgesteld op basis van de deskundigenadviezen."""),
          H2('5.4 Niet eens met het besluit?'),
          P("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het
          samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie
          Toelaatbaarheidsverklaringen. Binnen zes weken na het advies beslist het bestuur op het bezwaar."""),
          H1('6 Resultaten en kwaliteitszorg'),
          H2('6.1 Wat willen wij bereiken?'),
          P("""Voor de planperiode hebben wij de volgende doelen vastgesteld. De doelen zijn meetbaar gemaakt met
          een indicator en een streefwaarde; de nulmeting is de stand op 1 oktober 2025."""),
          T([['Doel', 'Indicator', 'Nulmeting 2025', 'Streefwaarde 2029'],
             ['Iedere school biedt de afgesproken basisondersteuning', 'Scholen die voldoen aan alle standaarden',
              '24 van 30', '30 van 30'],
             ['Meer kinderen met een ondersteuningsbehoefte op een reguliere school',
              'Deelname sbo en so samen', '3,4%', '3,0%'],
             ['Arrangementen werken', 'Arrangementen waarvan het doel bij evaluatie is bereikt', 'onbekend',
              '75%'],
             ['Ouders voelen zich betrokken', 'Gemiddeld cijfer ouderpeiling', '7,1', '7,6'],
             ['Leraren voelen zich ondersteund', 'Percentage leraren dat het samenwerkingsverband als steunend '
              'ervaart', '58%', '75%']]),
          H2('6.2 Hoe volgen wij de resultaten?'),
          P("""Wij werken met een jaarlijkse kwaliteitscyclus. In het najaar verzamelen wij de gegevens: de
          teldata van DUO, onze eigen registratie van arrangementen en TLV's inclusief de evaluaties, de
          uitkomsten van de schoolbezoeken aan de hand van de standaarden basisondersteuning en de uitkomsten
          van de tweejaarlijkse peilingen onder ouders en leraren. In januari bespreken wij de uitkomsten
          per schoolbestuur in de kwaliteitsdialoog. In maart rapporteert de directeur-bestuurder aan de raad
          van toezicht en de ondersteuningsplanraad over de voortgang op de doelen. In het jaarverslag, dat vóór
          1 juli verschijnt, leggen wij verantwoording af over de bereikte resultaten en de inzet van de
          middelen. Blijft een doel achter, dan worden in het jaarplan voor het volgende schooljaar
          verbeteracties opgenomen."""),
          H1('7 Communicatie'),
          H2('7.1 Communicatie met scholen'),
          P("""Het samenwerkingsverband communiceert met de scholen via de consulenten, die iedere school
          minstens zes keer per jaar bezoeken, via een maandelijkse digitale nieuwsbrief en via het
          directeurenberaad. Voor intern begeleiders is er een besloten kennisplatform."""),
          H2('7.2 Communicatie met ouders'),
          P("""Uit de evaluatie bleek dat ouders de weg naar informatie niet altijd gemakkelijk vinden. Daarom
          hebben wij de communicatie met ouders vernieuwd. Op www.bredewaard.nl/ouders staat in begrijpelijke
          taal hoe de ondersteuning in onze regio is georganiseerd: wat iedere school biedt, welke
          arrangementen en voorzieningen er zijn, hoe een toelaatbaarheidsverklaring werkt en bij wie
          ouders terechtkunnen. De pagina bevat korte filmpjes en is ook in het Engels, Pools en Arabisch
          beschikbaar. Iedere school heeft de ouderbrochure 'Extra steun voor uw kind' beschikbaar en
          verwijst er in de schoolgids naar. Tweemaal per jaar organiseren wij een thema-avond voor ouders."""),
          H2('7.3 Ouders die iemand naast zich willen'),
          P("""Niet iedere ouder wil of kan een vraag of meningsverschil alleen met de school bespreken. Ouders
          kunnen daarom kosteloos een beroep doen op het Ouder- en Jeugdsteunpunt De Brede Waard, dat is
          ondergebracht bij MEE Waardenland en los staat van het samenwerkingsverband en de scholen. Een
          medewerker van het steunpunt luistert, geeft uitleg en kan ouders bijstaan in gesprekken met de
          school. Het steunpunt is bereikbaar op werkdagen via telefoon, mail en WhatsApp. Daarnaast kunnen
          ouders zich wenden tot de landelijke Onderwijsconsulenten en, bij een geschil over toelating,
          verwijdering of het ontwikkelingsperspectief, tot de Geschillencommissie passend onderwijs."""),
          H1('8 Samenwerking met gemeenten')]
    b += f_gemeenten(p, knelpunt=False)
    b += [H1('9 Geld en middelen'),
          H2('9.1 Waar komt het geld vandaan?'),
          P("""Het samenwerkingsverband ontvangt jaarlijks van het Rijk ondersteuningsbekostiging. Daarvan wordt
          de bekostiging van de leerlingen in het so en het deel van het sbo boven de twee procent door DUO
          rechtstreeks afgedragen aan de betreffende scholen. Het resterende bedrag, ongeveer 4,2 miljoen
          euro per jaar, verdeelt het samenwerkingsverband volgens de afspraken hieronder."""),
          H2('9.2 Hoe verdelen wij het?'),
          P("""De verdeling volgt uit de keuze om de middelen zo dicht mogelijk bij de leerling te brengen,
          zonder de solidariteit tussen grote en kleine besturen los te laten. De tabel geeft de verdeelregels
          weer; het bestuur stelt de bedragen jaarlijks vast bij de begroting in december."""),
          T([['Budget', 'Ontvanger', 'Verdeelregel', 'Bedrag 2026'],
             ['Schoolbudget', 'Schoolbesturen', '€ 215 per leerling (teldatum 1 oktober) + € 5.000 per school',
              '€ 1.630.000'],
             ['Arrangementen', 'Scholen, per leerling of groep', 'Toekenning door Commissie Arrangementen op basis '
              'van OPP en evaluatie basisondersteuning; max. € 7.500 per leerling per jaar', '€ 980.000'],
             ['Bovenschoolse voorzieningen', 'De Schakel, plusgroepen, taalklas', 'Vast bedrag per plaats',
              '€ 610.000'],
             ['Groei sbo/so', 'Sbo- en so-scholen', 'Groeibekostiging op peildatum 1 februari', '€ 240.000'],
             ['Organisatie', 'Bureau samenwerkingsverband', 'Begroting bureau', '€ 740.000']]),
          H2('9.3 Meerjarenbegroting'),
          P("""De meerjarenbegroting laat zien hoe de middelen in de planperiode worden besteed. Door de dalende
          leerlingaantallen nemen de baten licht af; wij vangen dat op door de bureaukosten te beperken en
          een deel van de reserve in te zetten voor de arrangementen. Bijlage A bevat de volledige
          meerjarenbegroting."""),
          T([['Lasten (x € 1.000)', '2026', '2027', '2028', '2029'],
             ['Schoolbudget', '1.630', '1.610', '1.595', '1.580'],
             ['Arrangementen', '980', '1.000', '1.000', '990'],
             ['Bovenschoolse voorzieningen', '610', '620', '630', '630'],
             ['Groei sbo/so', '240', '230', '220', '220'],
             ['Organisatie', '740', '735', '730', '725'],
             ['Totaal', '4.200', '4.195', '4.175', '4.145']]),
          H2('9.4 Verantwoording en reserves'),
          P("""Schoolbesturen leggen jaarlijks verantwoording af over de besteding van het schoolbudget en de
          arrangementen, via een verantwoordingsformat dat vóór 1 april wordt ingeleverd. De algemene reserve
          bedroeg eind 2025 0,9 miljoen euro; de ondergrens voor het weerstandsvermogen is vastgesteld op 0,5
          miljoen euro."""),
          H1('10 Organisatie en medezeggenschap')]
    b += f_governance(p) + f_opr(p, True)
    b += [H1('11 Personeel en privacy')]
    b += f_personeel(p) + f_professionalisering(p) + f_ict_privacy(p)
    b += [PB(),
          H1('Bijlage A Meerjarenbegroting 2026-2029'),
          T([['(x € 1.000)', '2026', '2027', '2028', '2029'],
             ['Rijksbijdrage ondersteuning (na afdrachten DUO)', '4.150', '4.110', '4.080', '4.050'],
             ['Overige baten', '20', '20', '20', '20'],
             ['Totaal baten', '4.170', '4.130', '4.100', '4.070'],
             ['Totaal lasten', '4.200', '4.195', '4.175', '4.145'],
             ['Saldo (onttrekking reserve)', '-30', '-65', '-75', '-75'],
             ['Algemene reserve ultimo', '870', '805', '730', '655']]),
          H1('Bijlage B Begrippenlijst'),
          UL(["""Arrangement: extra ondersteuning met een doel, een duur en een evaluatie.""",
              """Basisondersteuning: de ondersteuning die iedere school in het samenwerkingsverband biedt.""",
              """Dekkend netwerk: een samenhangend aanbod waarin voor ieder kind een passende plek is.""",
              """OJSP: ouder- en jeugdsteunpunt.""",
              """Terugplaatsing: de overstap van een leerling van het sbo of so naar een reguliere basisschool,
              aan het einde van de looptijd van de TLV.""",
              """Thuiszitter: een leerplichtig kind dat zonder geldige reden geen onderwijs volgt.""",
              """TLV: toelaatbaarheidsverklaring.""",
              """Toetsingskader: het document met de criteria voor toelaatbaarheid."""])]
    return b


# ==============================================================================================
# Plan D  –  VO, .pdf  –  SWV VO Eemvallei ("koersplan op hoofdlijnen")
# ==============================================================================================
PD = dict(sector='vo', naam='Samenwerkingsverband Voortgezet Onderwijs Eemvallei', kort='Eemvallei',
          code='VO 26-05', gemeenten='Eemstad, Baarnhove, Soestermeer en Leusderheide', besturen=8, scholen=19,
          leerlingen='17.300', start=2026, eind=2030, oogo='24 februari 2026', opr='26 maart 2026',
          vast='2 april 2026', partner='de samenwerkingsverbanden PO Eemland-Noord en Eemland-Zuid',
          dirbest='mevrouw M.C. (Marieke) Brouwer-Yilmaz', plaats='Eemstad', fte='26,5')


def plan_d():
    p = PD
    b = []
    b.append(('title', ['Koers op maat', 'Ondersteuningsplan 2026-2030 op hoofdlijnen', p['naam'] + ' (' + p['code'] + ')',
                        'Vastgesteld door het bestuur op 2 april 2026']))
    b.append(PB())
    b.append(('toc', ['Voorwoord', '1 Inleiding', '2 Waar staan we?', '3 Koers: missie, visie en ambities',
                      '4 Basisondersteuning', '5 Het ondersteuningscontinuüm', '   5.1 Vijf niveaus',
                      '   5.2 Bovenschoolse voorzieningen', '   5.3 Dekkend netwerk', '   5.4 Thuiszitters',
                      '6 Toelaatbaarheid', '   6.1 Leerwegondersteunend onderwijs en praktijkonderwijs',
                      '   6.2 Voortgezet speciaal onderwijs', '   6.3 Bezwaar', '   6.4 Na de TLV: verlenging, terugplaatsing of overplaatsing',
                      '7 Ouders en leerlingen', '8 Resultaten en kwaliteitszorg', '9 Gemeenten en ketenpartners',
                      '10 Middelen: verdeling en meerjarenbegroting', '11 Organisatie en personeel',
                      'Bijlage 1 Kengetallen', 'Bijlage 2 Begrippenlijst']))
    b.append(PB())
    b += [H1('Voorwoord'),
          P("""Dit ondersteuningsplan heet niet voor niets 'Koers op maat'. Het is een plan op hoofdlijnen: het
          schetst de richting voor de komende vier jaar, de afspraken die wij als schoolbesturen met elkaar
          maken en de resultaten die wij willen bereiken. De uitwerking volgt in jaarplannen, in de
          financiële kadernota en in de handreikingen die wij met de scholen opstellen."""),
          P("""Wij kiezen bewust voor deze vorm. Een plan van honderd pagina's wordt niet gelezen, en de wereld om
          ons heen verandert te snel om alles voor vier jaar vast te leggen. Denk aan de landelijke norm voor
          de basisondersteuning, de komst van de ouder- en jeugdsteunpunten en de hervorming van de
          jeugdzorg. Wat vaststaat, staat in dit plan. Wat nog in beweging is, benoemen wij eerlijk."""),
          P("""Graag bedank ik de schoolleiders, ondersteuningscoördinatoren en mentoren die in de
          werkgroepen hebben meegedacht, de leden van de ondersteuningsplanraad voor hun scherpe en
          constructieve vragen, en onze partners bij de gemeenten en de jeugdhulp. Ik kijk ernaar uit om
          de komende vier jaar samen met u aan deze koers te werken, en om u jaarlijks te laten zien wat
          die koers heeft opgeleverd."""),
          P("""Marieke Brouwer-Yilmaz, directeur-bestuurder"""),
          H1('1 Inleiding')]
    b += f_wettelijk(p)
    b += [P("""Dit plan vervangt het ondersteuningsplan 2022-2026. Het is opgebouwd rond de vragen die ouders,
          scholen en partners ons het vaakst stellen: welke ondersteuning is er, hoe kom je daar, wat willen
          wij bereiken en hoe werken wij samen?"""),
          H1('2 Waar staan we?'),
          P(f"""In Eemvallei werken {p['besturen']} schoolbesturen samen, met {p['scholen']} scholen en ruim
          {p['leerlingen']} leerlingen. Het gaat om scholen voor vmbo, havo, vwo en praktijkonderwijs en om
          drie scholen voor voortgezet speciaal onderwijs. De regio is divers: een grote stad met een
          relatief jonge bevolking en drie kleinere gemeenten met een vergrijzende bevolking."""),
          P("""In de vorige planperiode is veel bereikt. Het aantal thuiszitters daalde van 52 naar 29, de
          doorlooptijd van aanvragen werd korter en het OPDC is uitgegroeid tot een stevige voorziening. Niet
          alles ging zoals gepland. De deelname aan het vso is na een daling weer licht gestegen, en de
          samenwerking met de jeugdhulp blijft kwetsbaar. Bijlage 1 bevat de belangrijkste kengetallen."""),
          P("""Ook de organisatie is veranderd. Het bureau is in 2024 verhuisd naar een gebouw in het centrum
          van Eemstad, waar ook het OPDC en een team van de jeugdhulp zijn gevestigd. De korte lijnen die
          dat oplevert, worden door scholen en partners gewaardeerd. De Adviescommissie Toewijzing werkt
          sinds 2023 volledig digitaal, wat de doorlooptijd van aanvragen heeft verkort. En de
          ondersteuningscoördinatoren van de scholen komen sinds 2022 maandelijks bijeen in een regionaal
          netwerk, waar zij casuïstiek bespreken en van elkaar leren."""),
          H1('3 Koers: missie, visie en ambities')]
    b += f_visie(p)
    b += [P("""Onze koers vertaalt zich in vier ambities voor 2030: (1) geen jongere zonder passend
          onderwijsaanbod; (2) zo veel mogelijk jongeren krijgen hun ondersteuning op een reguliere school;
          (3) bovenschoolse trajecten zijn kort en eindigen met een goede terugkeer; (4) onderwijs en
          jeugdhulp werken vanuit één plan rond de jongere. Hoofdstuk 8 bevat de bijbehorende doelen."""),
          H1('4 Basisondersteuning'),
          P("""De basisondersteuning staat landelijk volop in de belangstelling. Het ministerie bereidt een
          landelijke norm voor de basisondersteuning voor, die naar verwachting in de loop van deze
          planperiode van kracht wordt. Wij willen voorkomen dat scholen in korte tijd twee keer hun werkwijze
          moeten aanpassen."""),
          P("""Het bestuur stelt daarom in het schooljaar 2026-2027, zodra de contouren van de landelijke norm
          bekend zijn, een nieuw en gezamenlijk niveau van basisondersteuning vast. Tot dat moment blijven de
          afspraken over de basisondersteuning uit het ondersteuningsplan 2022-2026 van kracht."""),
          H1('5 Het ondersteuningscontinuüm'),
          H2('5.1 Vijf niveaus'),
          P("""Wij beschrijven de ondersteuning in Eemvallei als een continuüm van vijf niveaus. De niveaus lopen
          van licht naar zwaar; het uitgangspunt is dat een jongere de ondersteuning krijgt op het laagst
          mogelijke niveau en zo kort als nodig."""),
          T([['Niveau', 'Omschrijving', 'Wie beslist'],
             ['1 In de klas', 'Mentor en vakdocenten, afstemming in het lesprogramma', 'School'],
             ['2 Extra in de school', 'Arrangementen binnen de eigen school, zoals een trajectvoorziening, '
              'begeleiding door een ambulant begeleider of een aangepast rooster met perspectief', 'School'],
             ['3 Bovenschools', 'OPDC Eemvallei, Rebound Baarnhove, Time-in Soestermeer', 'Adviescommissie Toewijzing'],
             ['4 Onderwijs en zorg', 'Onderwijs-zorgarrangementen met de jeugdhulp', 'Adviescommissie Toewijzing met gemeente'],
             ['5 Speciaal', 'Voortgezet speciaal onderwijs (cluster 3 en 4)', 'Adviescommissie Toewijzing (TLV)']]),
          H2('5.2 Bovenschoolse voorzieningen'),
          P("""Het OPDC Eemvallei biedt 80 plaatsen aan leerlingen uit het vmbo en het praktijkonderwijs die
          tijdelijk intensieve orthopedagogische en didactische begeleiding nodig hebben. Een traject duurt
          in de regel twee tot vier periodes van tien weken. De Rebound in Baarnhove biedt een time-out van
          ten hoogste twaalf weken voor leerlingen uit alle schoolsoorten; de Time-in in Soestermeer is een
          kleinschalige groep voor havo- en vwo-leerlingen met angst- of stemmingsproblematiek, waar de
          leerling ingeschreven blijft op de eigen school. Voor nieuwkomers is er een ISK in Eemstad."""),
          H2('5.3 Dekkend netwerk'),
          P("""Tweemaal per jaar brengt het samenwerkingsverband samen met de ondersteuningscoördinatoren in
          kaart welke jongeren niet of niet tijdig een passend aanbod kregen, en waarom. Die analyse leidt
          tot concrete afspraken in het jaarplan. Uit de analyse van het najaar van 2025 bleek dat er voor
          jongeren met een combinatie van een havo/vwo-niveau en autisme te weinig plaatsen zijn; in 2026 start
          daarom een tweede Time-in-groep. Daarnaast is er een wachtlijst voor het vso cluster 4, die wij
          samen met de vso-scholen en de gemeenten willen terugbrengen tot nul in 2028."""),
          H2('5.4 Thuiszitters')]
    b += f_thuiszitters(p, extra='Op de teldatum 1 oktober 2025 ging het in Eemvallei om 29 jongeren.')
    b += [H1('6 Toelaatbaarheid'),
          P("""Het samenwerkingsverband beslist over leerwegondersteunend onderwijs, over de toelaatbaarheid tot
          het praktijkonderwijs en over de toelaatbaarheid tot het voortgezet speciaal onderwijs. De besluiten
          worden voorbereid door de Adviescommissie Toewijzing en genomen door de directeur-bestuurder."""),
          H2('6.1 Leerwegondersteunend onderwijs en praktijkonderwijs'),
          P("""Eemvallei maakt gebruik van de mogelijkheid om eigen criteria voor het lwoo te hanteren. Een
          leerling komt in aanmerking voor lwoo als hij of zij een leerachterstand heeft van ten minste één jaar
          op ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en
          spellen, en aangewezen is op onderwijs in een kleinere groep of op extra begeleiding om het
          diploma vmbo te halen. Een intelligentieonderzoek is alleen nodig als de basisschool twijfelt over het
          niveau. De school voor vmbo vraagt het lwoo aan via het digitale aanmeldsysteem vóór 15 maart; de
          Adviescommissie Toewijzing adviseert binnen vier weken en de directeur-bestuurder besluit. Het lwoo
          wordt toegekend voor twee schooljaren en wordt na evaluatie verlengd voor de rest van de
          opleiding als de leerling de ondersteuning nog nodig heeft."""),
          P("""Voor het praktijkonderwijs gelden de landelijke criteria (intelligentiequotiënt tussen 55 en 80 en
          een leerachterstand van drie jaar of meer op twee domeinen, waaronder begrijpend lezen of
          inzichtelijk rekenen). De aanvraag wordt ingediend door de school voor praktijkonderwijs; de
          termijnen zijn gelijk aan die voor het lwoo. De toelaatbaarheidsverklaring geldt voor de
          gehele opleiding."""),
          H2('6.2 Voortgezet speciaal onderwijs'),
          P("""Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school
          waar de leerling is ingeschreven of is aangemeld. De aanvraag bevat het ontwikkelingsperspectief,
          een evaluatie van de ondersteuning op de niveaus 2 tot en met 4, de zienswijze van ouders en
          leerling en eventuele onderzoeksgegevens. De Adviescommissie Toewijzing laat twee deskundigen
          afzonderlijk schriftelijk adviseren: een orthopedagoog of psycholoog en, afhankelijk van de
          problematiek, een kinder- en jeugdpsychiater, een jeugdarts of een maatschappelijk werker. De
          directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag."""),
          P("""Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo intensief en langdurig is
          dat zij ook met een bovenschools traject of een onderwijs-zorgarrangement niet binnen het regulier
          onderwijs kan worden geboden, en de leerling aangewezen is op de specifieke expertise van een
          school voor cluster 3 of cluster 4. Een TLV wordt afgegeven voor ten minste één en ten hoogste drie
          schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog."""),
          H2('6.3 Bezwaar'),
          P("""Tegen een besluit over lwoo, praktijkonderwijs of vso kan binnen zes weken bezwaar worden gemaakt.
          Eemvallei is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen,
          die het bezwaar onderzoekt en het bestuur adviseert."""),
          H2('6.4 Na de TLV: verlenging, terugplaatsing of overplaatsing'),
          P("""Ieder jaar evalueert de vso-school met de leerling en de ouders het ontwikkelingsperspectief en
          beoordeelt zij of de TLV nog passend is. In het laatste jaar van de TLV brengt de commissie van
          begeleiding van de vso-school uiterlijk 1 februari een advies uit: verlenging, terugplaatsing naar het
          regulier voortgezet onderwijs of overplaatsing naar een andere vso-school. Luidt het advies
          terugplaatsing, dan meldt de vso-school de leerling aan bij de Adviescommissie Toewijzing. De
          commissie beslist binnen vier weken over de route en wijst een trajectbegeleider aan, die de
          aanmelding bij een reguliere school coördineert. De TLV eindigt op 31 juli. Luidt het advies
          verlenging, dan dient de vso-school vóór 1 april een nieuwe aanvraag in."""),
          P("""Ons beleid rond terugplaatsing, met de uitgangspunten en voorwaarden die daarbij horen, wordt in het
          schooljaar 2026-2027 herijkt in het project 'Route terug'. Tot de vaststelling van het herijkte beleid
          blijft het beleidskader terugplaatsing uit het ondersteuningsplan 2022-2026 van kracht."""),
          H1('7 Ouders en leerlingen'),
          H2('7.1 Betrokkenheid'),
          P("""Ouders en leerlingen zijn de belangrijkste gesprekspartners bij de ondersteuning. Scholen
          betrekken ouders bij het opstellen en evalueren van het ontwikkelingsperspectief. Leerlingen hebben
          hoorrecht: zij geven hun mening over het ontwikkelingsperspectief, en de school legt vast hoe die
          mening is meegewogen. In de ondersteuningsplanraad hebben ouders en leerlingen samen de helft van de
          zetels."""),
          H2('7.2 Onafhankelijke steun'),
          P("""Sinds 1 augustus 2025 heeft Eemvallei, samen met de twee samenwerkingsverbanden primair
          onderwijs in de regio, een Ouder- en Jeugdsteunpunt (OJSP). Het steunpunt is ondergebracht bij de
          onafhankelijke stichting Samen Sterk Ouders en staat los van de scholen en het samenwerkingsverband.
          Ouders en jongeren die er met de school niet uitkomen, die vastlopen in een procedure of die iemand
          naast zich willen in een gesprek, kunnen er kosteloos terecht. Het steunpunt is op werkdagen
          telefonisch bereikbaar en houdt wekelijks een inloopspreekuur in Eemstad. Tweemaal per jaar
          bundelt het steunpunt de signalen die het ontvangt in een rapportage aan het bestuur, zonder
          herleidbare gegevens."""),
          P("""Ouders kunnen daarnaast terecht bij de landelijke Onderwijsconsulenten en bij de
          Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband worden behandeld
          volgens de klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke
          Klachtencommissie Onderwijs."""),
          H2('7.3 Informatievoorziening'),
          P("""Hoe wij ouders en leerlingen voortaan informeren over het ondersteuningsaanbod, werken wij in het
          schooljaar 2026-2027 samen met het OJSP en de ouders in de ondersteuningsplanraad uit in een nieuw
          informatieplan. Tot die tijd blijft de huidige informatievoorziening ongewijzigd."""),
          H1('8 Resultaten en kwaliteitszorg'),
          H2('8.1 Doelen'),
          T([['Ambitie', 'Doel voor 2030', 'Stand 2025'],
             ['1 Passend aanbod', 'Geen jongere langer dan 3 maanden zonder passend aanbod', '11 jongeren'],
             ['1 Passend aanbod', 'Wachtlijst vso cluster 4: nul', '14 jongeren'],
             ['2 Regulier waar het kan', 'Deelname vso maximaal 3,0%', '3,3%'],
             ['3 Kort en terug', 'Ten minste 80% van de OPDC-leerlingen keert binnen een jaar terug naar het regulier vo', '71%'],
             ['3 Kort en terug', 'Ten minste 20 terugplaatsingen vanuit het vso per jaar', '12'],
             ['4 Onderwijs en zorg', 'Iedere jongere met jeugdhulp en extra ondersteuning heeft één gezamenlijk plan', '45%']]),
          H2('8.2 Monitoring en verantwoording'),
          P("""De voortgang op de doelen wordt gevolgd in een kwartaalrapportage aan het bestuur, gebaseerd op
          de registratie van de Adviescommissie Toewijzing, de thuiszittersregistratie van de gemeenten en de
          teldata van DUO. Eenmaal per jaar, in het voorjaar, voeren wij met ieder schoolbestuur een
          kwaliteitsgesprek over de resultaten van hun scholen. Het jaarverslag bevat een vast hoofdstuk
          waarin de bereikte resultaten worden afgezet tegen de doelen, met een toelichting bij afwijkingen.
          Halverwege de planperiode, in het najaar van 2028, laten wij de voortgang extern toetsen; de
          uitkomsten worden besproken met de raad van toezicht en de ondersteuningsplanraad."""),
          H1('9 Gemeenten en ketenpartners')]
    b += f_gemeenten(p)
    b += [H2('Overstap en doorstroom'),
          P("""Met de samenwerkingsverbanden primair onderwijs Eemland-Noord en Eemland-Zuid is een
          gezamenlijke overstapprocedure afgesproken. Basisscholen leveren het onderwijskundig rapport
          uiterlijk 1 maart aan via het landelijke overstapsysteem. Voor leerlingen met een
          ondersteuningsbehoefte vindt een warme overdracht plaats tussen de intern begeleider en de
          ondersteuningscoördinator van de ontvangende school, waar nodig met de ouders erbij. Voor
          leerlingen uit het speciaal basisonderwijs en het so organiseren de scholen in het voorjaar
          een gezamenlijke overstapmarkt."""),
          P("""Aan de andere kant van de schoolloopbaan werken wij samen met de twee mbo-instellingen in de
          regio en met het regionaal meld- en coördinatiepunt voortijdig schoolverlaten. Jongeren uit het
          praktijkonderwijs en het vso die uitstromen naar werk, krijgen tot een jaar na het verlaten van de
          school nazorg van hun school. Voor jongeren die dreigen uit te vallen op de overgang naar het mbo
          is er het programma 'Overstap op maat', waarin een loopbaanbegeleider de jongere gedurende het
          eerste half jaar in het mbo volgt."""),
          H1('10 Middelen: verdeling en meerjarenbegroting'),
          P("""De financiële vertaling van dit plan, met de verdeling van de middelen over de scholen en de
          voorzieningen en de meerjarenbegroting, is opgenomen in de Financiële Kadernota 2026-2030. De
          kadernota is gelijktijdig met dit plan door het bestuur vastgesteld en wordt afzonderlijk
          gepubliceerd."""),
          H1('11 Organisatie en personeel')]
    b += f_governance(p) + f_opr(p, True) + f_personeel(p) + f_professionalisering(p) + f_ict_privacy(p)
    b += [PB(),
          H1('Bijlage 1 Kengetallen'),
          T([['Kengetal', '2022', '2023', '2024', '2025'],
             ['Leerlingen totaal (1 oktober)', '17.620', '17.510', '17.400', '17.300'],
             ['Deelname vso', '3,4%', '3,2%', '3,2%', '3,3%'],
             ['Leerlingen praktijkonderwijs', '610', '605', '598', '590'],
             ['Thuiszitters (1 oktober)', '52', '44', '35', '29'],
             ['OPDC-leerlingen binnen een jaar terug in regulier vo', '62%', '65%', '69%', '71%'],
             ['Terugplaatsingen vanuit vso', '9', '10', '8', '12']]),
          H1('Bijlage 2 Begrippenlijst'),
          UL(["""Basisondersteuning: het afgesproken niveau van ondersteuning dat alle VO-scholen in Eemvallei
              bieden, met preventieve en licht curatieve interventies, een ondersteuningscoördinator en een
              ondersteuningsteam op iedere school.""",
              """Financiële kadernota: het document waarin de verdeling van de middelen en de meerjarenbegroting
              zijn vastgelegd.""",
              """Lwoo: leerwegondersteunend onderwijs.""",
              """OJSP: ouder- en jeugdsteunpunt.""",
              """OPDC: orthopedagogisch-didactisch centrum.""",
              """Ouderportaal: de digitale informatieomgeving van het samenwerkingsverband voor ouders.""",
              """Terugplaatsing: de overstap van een leerling uit het vso naar het regulier voortgezet onderwijs.""",
              """TLV: toelaatbaarheidsverklaring.""",
              """Verdeelmodel: de regels voor de verdeling van de ondersteuningsmiddelen over de schoolbesturen."""])]
    return b


# ==============================================================================================
# Plan E  –  PO, .md  –  Stichting Samenwerkingsverband Passend Onderwijs Vechtdelta-Zuid
# ==============================================================================================
PE = dict(sector='po', naam='Stichting Samenwerkingsverband Passend Onderwijs Vechtdelta-Zuid', kort='Vechtdelta-Zuid',
          code='PO 23-08', gemeenten='Vechtmond, Dalfsen-Oost en Nieuwleusderveen', besturen=5, scholen=29,
          leerlingen='6.900', start=2026, eind=2030, oogo='9 maart 2026', opr='13 april 2026',
          vast='20 april 2026', partner='het samenwerkingsverband VO Vechtdelta',
          dirbest='de heer J. (Jeroen) Hulsbeek', plaats='Vechtmond', fte='9,6')


def plan_e():
    p = PE
    b = []
    b.append(('title', ['Ondersteuningsplan 2026-2030', p['naam'] + ' (' + p['code'] + ')',
                        'Webversie van het kernplan', 'Vastgesteld op 20 april 2026']))
    b.append(('toc', ['Voorwoord', '1. Inleiding', '2. Onze regio', '3. Visie', '4. Basisondersteuning',
                      '5. Ondersteuningsroute en toelaatbaarheid', '6. Terug naar de reguliere basisschool',
                      '7. Ouders', '8. Beoogde resultaten', '9. Financiën', '10. Organisatie en medezeggenschap',
                      '11. Personeel, professionalisering en privacy', '12. Planning',
                      'Bijlage 1 Aangesloten scholen', 'Bijlage 2 Begrippenlijst']))
    b += [H1('Voorwoord'),
          P("""Hierbij presenteren wij het ondersteuningsplan 2026-2030 van Vechtdelta-Zuid. Net als in de vorige
          periode kiezen wij voor een compact kernplan, aangevuld met een handboek waarin de werkwijzen en
          procedures staan. Zo blijft het plan leesbaar en kunnen wij de praktische uitwerking aanpassen
          wanneer dat nodig is, zonder het hele plan te herschrijven."""),
          P("""Dit kernplan staat als webversie op onze site, zodat iedereen het kan lezen zonder een groot
          document te hoeven downloaden. De inhoud is gelijk aan de versie waarmee de ondersteuningsplanraad
          heeft ingestemd. Wij danken de leden van de ondersteuningsplanraad, de directeuren en intern
          begeleiders en onze partners voor hun bijdrage."""),
          P("""Het afgelopen jaar heeft ons opnieuw laten zien hoe groot de betrokkenheid bij passend
          onderwijs in onze regio is. Leerkrachten die na schooltijd meedachten in werksessies, intern
          begeleiders die hun ervaringen deelden, ouders die ons scherp hielden: zonder hen was dit plan
          minder goed geworden. Wij zijn ons ervan bewust dat een plan pas waarde krijgt als het in de
          scholen wordt waargemaakt. Daar gaan wij de komende vier jaar samen aan werken."""),
          P("""Jeroen Hulsbeek, directeur-bestuurder"""),
          H1('1. Inleiding')]
    b += f_wettelijk(p)
    b += [H2('Kernplan en handboek'),
          P("""Vechtdelta-Zuid werkt met twee documenten. Het kernplan, dat u nu leest, beschrijft de visie,
          de uitgangspunten, de beoogde resultaten en de financiële kaders voor de planperiode. Het Handboek
          Ondersteuningsroute en Toelaatbaarheid beschrijft de werkwijzen in de praktijk. Het handboek wordt
          door het bestuur vastgesteld, na instemming van de ondersteuningsplanraad, en kan tussentijds worden
          aangepast."""),
          H2('Hoe is dit plan tot stand gekomen?'),
          P("""In het voorjaar van 2025 zijn wij gestart met een serie van vijf werksessies, verspreid over de
          drie gemeenten. Aan de sessies namen directeuren, intern begeleiders, leerkrachten, ouders uit de
          medezeggenschapsraden en medewerkers van het bureau deel. In de sessies stonden steeds drie vragen
          centraal: wat gaat goed, wat moet beter en wat hebben scholen van het samenwerkingsverband nodig?
          De opbrengst is samengevat in een discussienotitie, die in september 2025 in het directeurenberaad en
          in de ondersteuningsplanraad is besproken."""),
          P("""Op basis daarvan heeft een schrijfgroep het concept opgesteld. Het concept is in januari 2026 aan
          alle schoolbesturen, de ondersteuningsplanraad en de gemeenten voorgelegd. De reacties hebben geleid
          tot een aantal aanpassingen, onder meer in het hoofdstuk over ouders en in de planning. Een overzicht
          van de ontvangen reacties en de manier waarop wij daarmee zijn omgegaan, is aan de
          ondersteuningsplanraad toegezonden."""),
          H1('2. Onze regio'),
          P(f"""Vechtdelta-Zuid omvat de gemeenten {p['gemeenten']}. In het gebied staan {p['scholen']} scholen van
          {p['besturen']} schoolbesturen, met samen ongeveer {p['leerlingen']} leerlingen. Het gaat om 25
          basisscholen, twee scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Een
          overzicht van de aangesloten scholen staat in bijlage 1."""),
          P("""De regio is overwegend landelijk, met één middelgrote stad, Vechtmond. Het leerlingaantal is de
          afgelopen jaren stabiel gebleven; de prognose voor de planperiode laat een lichte daling zien in de
          dorpen en een lichte groei in Vechtmond, waar twee nieuwbouwwijken worden ontwikkeld. Een aantal
          kleine dorpsscholen heeft minder dan honderd leerlingen. Voor hen is samenwerking met andere scholen
          in de buurt belangrijk om de ondersteuning op peil te houden."""),
          P("""De drie gemeenten verschillen onderling sterk. Vechtmond kent een relatief jonge bevolking, een
          groeiend aantal gezinnen met een migratieachtergrond en een aantal wijken met een opeenstapeling
          van sociaaleconomische problemen. Dalfsen-Oost en Nieuwleusderveen zijn kleinere plattelandsgemeenten
          met een hechte gemeenschap en een sterk verenigingsleven, maar ook met lange reisafstanden en een
          beperkt openbaar vervoer. In alle drie de gemeenten is het aantal kinderen dat jeugdhulp ontvangt de
          afgelopen jaren toegenomen. Die verschillen vragen om maatwerk per school en per gemeente, binnen
          de gezamenlijke afspraken die in dit plan staan."""),
          H1('3. Visie')]
    b += f_visie(p)
    b += [H2('De rol van het samenwerkingsverband'),
          P("""Het samenwerkingsverband is er voor de scholen, niet andersom. De schoolbesturen zijn en blijven
          verantwoordelijk voor het onderwijs en de ondersteuning op hun scholen. Het samenwerkingsverband
          heeft vier rollen: het maakt met de besturen afspraken en ziet erop toe dat die worden nagekomen;
          het neemt de besluiten die de wet aan het samenwerkingsverband opdraagt; het brengt scholen met
          elkaar in verbinding zodat zij van elkaar kunnen leren; en het legt verantwoording af aan de
          samenleving over de inzet van publieke middelen."""),
          P("""Wij willen een kleine, wendbare organisatie zijn, die dicht bij de scholen staat. Medewerkers van
          het bureau zijn regelmatig op de scholen te vinden en kennen de directeuren en intern begeleiders
          persoonlijk. Beslissingen nemen wij zo snel als zorgvuldigheid toelaat, en wij leggen uit waarom wij
          iets besluiten."""),
          H1('4. Basisondersteuning'),
          H2('Wat verstaan wij eronder?'),
          P("""Onder basisondersteuning verstaan wij in Vechtdelta-Zuid de ondersteuning die iedere basisschool
          van iedere aangesloten stichting, op elke locatie, aan ieder kind biedt. De schoolbesturen hebben
          afgesproken dat geen school onder dit niveau uitkomt. Het gaat om ondersteuning die binnen de
          normale organisatie van de school wordt geboden, zonder aanvraag bij het samenwerkingsverband.
          Scholen mogen meer bieden, maar niet minder."""),
          H2('Wat mag u van iedere school verwachten?'),
          UL(["""Een leerkracht die handelingsgericht werkt: de onderwijsbehoeften van ieder kind zijn in beeld en
              de leerkracht stemt de instructie daarop af, in drie niveaus.""",
              """Een intern begeleider die leerkrachten coacht, de leerlingbesprekingen leidt en het eerste
              aanspreekpunt is voor ouders als er zorgen zijn.""",
              """Een aanpak voor kinderen met lees- en spellingproblemen en rekenproblemen volgens de landelijke
              protocollen, inclusief de begeleiding van kinderen met dyslexie en het aanvragen van
              vergoed onderzoek.""",
              """Een aanbod voor kinderen die meer aankunnen: compacten, verrijken en een eigen leerlijn waar
              dat nodig is.""",
              """Een aanpak voor een veilig klimaat en voor gedrag, met een antipestprotocol en afspraken over
              begeleiding van kinderen met gedragsproblemen in de groep.""",
              """Een ondersteuningsteam, waarin de school met het schoolmaatschappelijk werk, de jeugdarts en de
              ondersteuner van het samenwerkingsverband meedenkt over kinderen waarover zorgen zijn.""",
              """Een ontwikkelingsperspectief voor kinderen die op een of meer vakken niet het niveau van
              groep 8 zullen halen, dat jaarlijks met de ouders wordt geëvalueerd.""",
              """Afspraken over medicijngebruik en medische handelingen.""",
              """Een goede overdracht bij de overstap naar een andere school of naar het voortgezet onderwijs."""]),
          H2('Deskundigheid in de school'),
          P("""Om de basisondersteuning waar te maken, investeren de schoolbesturen in de deskundigheid van
          leerkrachten en intern begeleiders. Het samenwerkingsverband ondersteunt dat met een netwerk voor
          intern begeleiders, dat vijf keer per jaar bijeenkomt, en met een jaarlijkse studiemiddag over een
          thema uit de basisondersteuning, zoals gedrag in de groep of het werken met een
          ontwikkelingsperspectief. Kleine scholen kunnen daarnaast gebruikmaken van een gedeelde
          gedragsspecialist, die door de besturen gezamenlijk is aangesteld."""),
          H2('Hoe houden wij dat vast?'),
          P("""De scholen nemen hun basisondersteuning op in de schoolgids. Iedere twee jaar bezoekt een
          ondersteuner van het samenwerkingsverband de school voor een gesprek over de basisondersteuning aan
          de hand van een vaste kijkwijzer. Het verslag gaat naar de directeur en het schoolbestuur. Waar een
          school niet aan de afspraken voldoet, maakt het schoolbestuur binnen een half jaar een plan om dat
          te herstellen."""),
          H1('5. Ondersteuningsroute en toelaatbaarheid'),
          P("""Wanneer de basisondersteuning voor een kind niet voldoende is, volgt de school de
          ondersteuningsroute. Deze route, van de eerste zorgen over een kind tot een eventuele plaatsing in het
          speciaal basisonderwijs of het speciaal onderwijs, is beschreven in het Handboek Ondersteuningsroute
          en Toelaatbaarheid 2026. Het handboek bevat de procedure voor het aanvragen van een
          toelaatbaarheidsverklaring, de criteria en de termijnen. Het is te vinden op
          www.vechtdelta-zuid.nl/handboek. Een herziene versie verschijnt in het najaar van 2026."""),
          H1('6. Terug naar de reguliere basisschool'),
          H2('Ons beleid'),
          P("""Wij vinden dat een kind dat naar het speciaal basisonderwijs of het speciaal onderwijs gaat, daar
          niet langer hoeft te blijven dan nodig is. Het sbo en het so zijn in onze ogen een plek om op
          krachten te komen en te leren, met als perspectief, waar dat kan, de terugkeer naar een reguliere
          basisschool dicht bij huis. Terugkeer is geen verplichting en ook geen maatstaf voor succes: voor
          een deel van de kinderen blijft het speciaal (basis)onderwijs de beste plek."""),
          P("""Een kind kan terug naar het regulier onderwijs als de ontwikkeling daar aanleiding toe geeft, als
          er een basisschool is die met de benodigde ondersteuning kan aansluiten bij de onderwijsbehoeften van
          het kind en als ouders de overstap steunen. Na de overstap krijgt de ontvangende school gedurende
          een jaar begeleiding van een specialist van de sbo- of so-school, en kan zij een
          terugkeerbudget aanvragen voor extra handen in de groep in de eerste maanden."""),
          H2('Hoe gaat dat in zijn werk?'),
          OL(["""Iedere sbo- en so-school bespreekt in de jaarlijkse evaluatie van het ontwikkelingsperspectief
              met de ouders of terugkeer naar het regulier onderwijs een reële optie is.""",
              """In het laatste jaar van de looptijd van de toelaatbaarheidsverklaring doet de commissie van
              begeleiding van de sbo- of so-school uiterlijk in januari een voorstel: verlengen of
              terugplaatsen.""",
              """Bij een voorstel tot terugplaatsing neemt de sbo- of so-school contact op met de ouders en met de
              ondersteuner van het samenwerkingsverband. Samen zoeken zij een passende basisschool, bij
              voorkeur in de eigen woonplaats.""",
              """De ontvangende school, de sbo- of so-school, de ouders en de ondersteuner maken een
              overstapplan met een proefperiode van ten hoogste zes weken, waarin het kind een of twee dagen per
              week op de nieuwe school meedraait.""",
              """Na de proefperiode besluiten de ouders en de ontvangende school, op advies van de ondersteuner,
              of de overstap definitief wordt. De toelaatbaarheidsverklaring eindigt dan op de dag van
              inschrijving op de nieuwe school of uiterlijk op 31 juli.""",
              """Drie en negen maanden na de overstap is er een evaluatiegesprek met ouders, school en
              ondersteuner."""]),
          P("""Als terugplaatsing (nog) niet aan de orde is, volgt de sbo- of so-school de route voor
          verlenging uit het handboek. Kinderen kunnen ook worden overgeplaatst van het so naar het sbo of
          omgekeerd, als dat beter aansluit bij hun ontwikkeling; ook dan wordt een overstapplan gemaakt."""),
          H1('7. Ouders'),
          H2('Informatie'),
          P("""Wij willen dat ouders gemakkelijk kunnen vinden welke ondersteuning er is en hoe zij daar gebruik
          van kunnen maken. Op onze website staat een aparte ouderpagina met uitleg over de basisondersteuning,
          over wat er kan als een kind meer nodig heeft en over het speciaal (basis)onderwijs in de regio,
          met de contactgegevens van de intern begeleiders. Iedere school beschrijft in de schoolgids welke
          ondersteuning zij biedt en verwijst naar de ouderpagina. Nieuwe ouders ontvangen bij de inschrijving
          de folder 'Ondersteuning op school, zo werkt het'. Eenmaal per jaar verzorgen wij samen met de
          bibliotheek een ouderavond over een thema dat ouders zelf aandragen."""),
          H2('Onafhankelijk advies'),
          P("""Ouders die een vraag hebben die zij niet met de school willen of kunnen bespreken, of die het niet
          eens zijn met een beslissing, kunnen terecht bij het Ouder- en Jeugdsteunpunt Vechtdelta. Het
          steunpunt is gezamenlijk ingericht door de samenwerkingsverbanden PO en VO, is ondergebracht bij een
          onafhankelijke organisatie voor cliëntondersteuning en staat uitsluitend voor het belang van het kind.
          Het steunpunt is gratis en werkt vertrouwelijk. Ook kunnen ouders contact opnemen met de landelijke
          Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend volgens de
          klachtenregeling, die op de website staat."""),
          H2('Samen met ouders'),
          P("""Wij zien ouders als partners. Zij zijn aanwezig bij de bespreking in het ondersteuningsteam,
          denken mee over het ontwikkelingsperspectief en geven hun zienswijze bij een aanvraag. Vier ouders
          hebben zitting in de ondersteuningsplanraad."""),
          H2('Leerlingen aan het woord'),
          P("""Ook kinderen zelf hebben iets te zeggen over de ondersteuning die zij krijgen. Scholen vragen
          kinderen bij het opstellen en evalueren van het ontwikkelingsperspectief naar hun eigen ervaringen
          en wensen en leggen vast wat het kind heeft ingebracht. Voor jonge kinderen gebruiken de scholen
          daarvoor eenvoudige gespreksvormen met pictogrammen. Zo geven wij invulling aan het hoorrecht van
          leerlingen."""),
          H1('8. Beoogde resultaten'),
          P("""Voor de planperiode hebben wij met de schoolbesturen de volgende resultaten afgesproken."""),
          T([['Thema', 'Beoogd resultaat', 'Wanneer'],
             ['Basisondersteuning', 'Alle scholen voldoen aantoonbaar aan de afspraken over de basisondersteuning',
              'Augustus 2028'],
             ['Thuisnabij', 'De deelname aan sbo en so samen is ten hoogste 3,2 procent van alle leerlingen',
              'Oktober 2029'],
             ['Terugkeer', 'Jaarlijks keren ten minste 15 kinderen vanuit sbo of so terug naar een reguliere school',
              'Vanaf 2027-2028'],
             ['Ouders', 'Ouders geven de informatievoorziening gemiddeld ten minste een 7,5', '2028'],
             ['Leraren', 'Ten minste 75 procent van de leraren voelt zich toegerust voor de ondersteuning in de groep',
              '2029']]),
          P("""Hoe wij de voortgang op deze resultaten meten en daarover rapporteren, leggen wij vast in een
          kwaliteitskader dat in het schooljaar 2026-2027 samen met de schoolbesturen wordt ontwikkeld. In dat
          kader bepalen wij ook de nulmeting."""),
          H1('9. Financiën'),
          H2('Verdeling'),
          P("""Het verdeelmodel van Vechtdelta-Zuid wordt in 2026 geëvalueerd. De uitkomsten worden met de
          schoolbesturen besproken. Het nieuwe verdeelmodel wordt na instemming van de ondersteuningsplanraad
          als addendum aan dit plan toegevoegd. Tot de vaststelling van het nieuwe model wordt het huidige model
          voortgezet."""),
          H2('Meerjarenbegroting'),
          P("""De meerjarenbegroting laat zien waaraan de middelen in de planperiode worden besteed. De baten
          bestaan uit de ondersteuningsbekostiging van het Rijk, na aftrek van de afdrachten die DUO rechtstreeks
          doet aan de scholen voor speciaal onderwijs."""),
          T([['(bedragen x € 1.000)', '2026', '2027', '2028', '2029'],
             ['Baten ondersteuningsbekostiging (na afdrachten)', '3.810', '3.790', '3.770', '3.750'],
             ['Schoolbudgetten besturen', '2.060', '2.040', '2.020', '2.000'],
             ['Arrangementen', '620', '640', '650', '650'],
             ['Terugkeerbudget', '45', '60', '75', '75'],
             ['Groeibekostiging sbo', '150', '140', '140', '140'],
             ['Ouder- en Jeugdsteunpunt (aandeel)', '55', '55', '55', '55'],
             ['Professionalisering', '90', '90', '80', '80'],
             ['Bureau en personeel', '830', '840', '850', '860'],
             ['Totaal lasten', '3.850', '3.865', '3.870', '3.860'],
             ['Saldo', '-40', '-75', '-100', '-110']]),
          P("""De negatieve saldi worden gedekt uit de algemene reserve, die eind 2025 1,3 miljoen euro bedroeg.
          Daarmee bouwen wij de reserve af tot het niveau dat past bij de risico's van het
          samenwerkingsverband."""),
          H2('Verantwoording en risico\'s'),
          P("""Schoolbesturen leggen jaarlijks in hun jaarverslag verantwoording af over de inzet van de
          middelen die zij van het samenwerkingsverband ontvangen, aan de hand van een korte vragenlijst die
          voor alle besturen gelijk is. De directeur-bestuurder bespreekt de verantwoording met ieder bestuur.
          Het samenwerkingsverband zelf legt verantwoording af in het eigen jaarverslag, dat door een
          accountant wordt gecontroleerd."""),
          P("""De belangrijkste financiële risico's voor het samenwerkingsverband zijn een onverwachte groei van
          het aantal leerlingen in het speciaal onderwijs, wijzigingen in de landelijke bekostiging en
          loonkostenstijgingen die niet volledig worden gecompenseerd. Het weerstandsvermogen is afgestemd op
          deze risico's en bedraagt na de geplande afbouw ongeveer zeven procent van de baten."""),
          H1('10. Organisatie en medezeggenschap')]
    b += f_governance(p) + f_opr(p, True)
    b += [H2('Samenwerking tussen de besturen'),
          P("""De vijf schoolbesturen hebben in een samenwerkingsovereenkomst vastgelegd hoe zij met elkaar
          omgaan. Daarin staan afspraken over de deelname aan het directeurenberaad, over de uitwisseling van
          gegevens, over de inzet van personeel op scholen van een ander bestuur en over de manier waarop zij
          meningsverschillen oplossen. Bij een geschil tussen besturen wordt eerst bemiddeld door de
          directeur-bestuurder; komen de besturen er dan niet uit, dan wordt de geschillenregeling uit de
          statuten gevolgd. Sinds de oprichting van het samenwerkingsverband is daar nog nooit gebruik van
          gemaakt."""),
          H2('Communicatie met scholen en partners'),
          P("""Het bureau informeert scholen via een tweewekelijkse digitale nieuwsbrief en via het
          directeurenberaad, dat zes keer per jaar bijeenkomt. Intern begeleiders vinden formulieren,
          handreikingen en het handboek op een besloten deel van de website. Met de samenwerkingsverbanden in
          de omliggende regio's wisselen wij twee keer per jaar ervaringen uit, onder meer over de
          uitvoering van de wet en over de ontwikkelingen rond de landelijke norm voor de
          basisondersteuning."""),
          H1('11. Personeel, professionalisering en privacy')]
    b += f_personeel(p) + f_professionalisering(p) + f_ict_privacy(p)
    b += [H1('12. Planning'),
          UL(["""2026-2027: evaluatie en vaststelling verdeelmodel; herziening handboek; ontwikkeling
              kwaliteitskader.""",
              """2027-2028: eerste ronde schoolbezoeken basisondersteuning volgens de nieuwe kijkwijzer.""",
              """2028-2029: tweede ronde schoolbezoeken.""",
              """2029-2030: voorbereiding ondersteuningsplan 2030-2034."""]),
          P("""De activiteiten worden jaarlijks uitgewerkt in het jaarplan, met een verdeling van taken over de
          medewerkers van het bureau en een tijdpad dat met het directeurenberaad wordt afgestemd."""),
          H1('Bijlage 1 Aangesloten scholen'),
          T([['School', 'Bestuur', 'Plaats', 'Leerlingen'],
             ['OBS De Vlonder', 'Openbaar Onderwijs Vechtmond', 'Vechtmond', '410'],
             ['CBS Het Mozaïek', 'Christelijk Onderwijs Vechtdelta', 'Vechtmond', '365'],
             ['RKBS Sint Jozef', 'Katholiek Onderwijs Salland-Noord', 'Dalfsen-Oost', '210'],
             ['CBS De Wegwijzer', 'Christelijk Onderwijs Vechtdelta', 'Nieuwleusderveen', '185'],
             ["OBS 't Hoge Veld", 'Openbaar Onderwijs Vechtmond', 'Vechtmond', '320'],
             ['Sbo De Brug', 'Christelijk Onderwijs Vechtdelta', 'Vechtmond', '180'],
             ['Sbo Het Kompas', 'Openbaar Onderwijs Vechtmond', 'Dalfsen-Oost', '145'],
             ['So De Zonnehoek (cluster 3)', 'Stichting Speciaal Onderwijs IJssel-Vecht', 'Vechtmond', '120'],
             ['So De Sluis (cluster 4)', 'Stichting Speciaal Onderwijs IJssel-Vecht', 'Vechtmond', '95'],
             ['Overige 20 basisscholen', 'diverse besturen', 'diverse', '4.870']]),
          H1('Bijlage 2 Begrippenlijst'),
          UL(["""Dekkend aanbod: een samenhangend geheel van ondersteuningsvoorzieningen, zodat voor ieder kind
              een passende plek beschikbaar is.""",
              """Ondersteuningsroute: de stappen die een school zet wanneer een kind meer nodig heeft dan de
              basisondersteuning.""",
              """Thuiszitter: een leerplichtig kind dat langer dan vier weken geen onderwijs volgt.""",
              """TLV: toelaatbaarheidsverklaring, het besluit van het samenwerkingsverband dat een kind
              toelaatbaar is tot het sbo of so.""",
              """Zorgplicht: de plicht van een schoolbestuur om voor een aangemeld kind een passende plek te
              zoeken."""])]
    return b


# ==============================================================================================
# Near miss  –  .html  –  schoolondersteuningsprofiel (SOP) of one school in SWV Lingestroom
# ==============================================================================================

def sop_f():
    b = []
    b.append(('title', ['Schoolondersteuningsprofiel OBS De Wilgenhoek', 'Schooljaar 2025-2026',
                        'Aangesloten bij het Samenwerkingsverband Passend Primair Onderwijs Lingestroom (PO 25-97)',
                        'Vastgesteld door de directeur na advies van de medezeggenschapsraad, 30 september 2025']))
    b.append(('toc', ['1 Inleiding', '2 Gegevens van de school', '3 Onze visie op ondersteuning',
                      '4 Basisondersteuning op De Wilgenhoek', '5 Extra ondersteuning en expertise',
                      '6 Grenzen aan onze mogelijkheden', '7 De ondersteuningsroute op onze school',
                      '8 Ouders', '9 Middelen', '10 Ambities voor de komende jaren']))
    b += [H1('1 Inleiding'),
          P("""Iedere school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij biedt
          aan leerlingen. Dit profiel laat zien wat ouders en leerlingen van OBS De Wilgenhoek mogen
          verwachten: welke basisondersteuning wij bieden, welke extra ondersteuning wij kunnen geven en
          waar onze grenzen liggen. Het profiel is opgesteld door het team, besproken met de
          medezeggenschapsraad en wordt elk jaar geactualiseerd. Vanaf volgend schooljaar wordt het profiel
          opgenomen in onze schoolgids."""),
          P("""Onze school maakt deel uit van het Samenwerkingsverband Passend Primair Onderwijs Lingestroom. Het
          samenwerkingsverband heeft in zijn ondersteuningsplan afspraken vastgelegd over de basisondersteuning,
          over de toewijzing van arrangementen en over de toelaatbaarheid tot het speciaal (basis)onderwijs.
          Dit profiel volgt die afspraken en beschrijft hoe wij ze op onze school invullen."""),
          H1('2 Gegevens van de school'),
          T([['Gegeven', 'Waarde'],
             ['School', 'OBS De Wilgenhoek'],
             ['Bestuur', 'Stichting Openbaar Onderwijs Lingedal'],
             ['Adres', 'Wilgenlaan 14, Lingedal'],
             ['Aantal leerlingen (1-10-2024)', '287'],
             ['Aantal groepen', '12'],
             ['Intern begeleider', '0,6 fte (twee intern begeleiders)'],
             ['Onderwijsassistenten', '1,4 fte'],
             ['Oordeel Inspectie (2023)', 'Voldoende']]),
          H1('3 Onze visie op ondersteuning'),
          P("""Op De Wilgenhoek leren kinderen samen, ieder op zijn eigen manier. Wij gaan ervan uit dat ieder kind
          zich wil ontwikkelen en dat verschillen tussen kinderen normaal zijn. Wij werken handelingsgericht:
          wij kijken niet alleen naar wat een kind niet kan, maar vooral naar wat het nodig heeft en wat
          wij daarvoor kunnen doen. Ouders zijn daarbij onze partners; zij kennen hun kind het best."""),
          H1('4 Basisondersteuning op De Wilgenhoek'),
          P("""Het samenwerkingsverband heeft twaalf standaarden voor de basisondersteuning vastgesteld. Op onze
          school vullen wij die als volgt in."""),
          UL(["""Twee intern begeleiders, samen 0,6 fte, die de groepsbesprekingen leiden en leerkrachten
              coachen.""",
              """Groepsbesprekingen drie keer per jaar, na de toetsmomenten in oktober, februari en juni.""",
              """Het dyslexieprotocol: signalering in groep 2 en 3, extra leesinstructie in kleine groepjes en
              begeleiding bij de aanvraag van vergoed onderzoek.""",
              """De methode Kwink voor sociaal-emotionele ontwikkeling en een antipestprotocol; jaarlijks meten
              wij de veiligheid met een vragenlijst in groep 5 tot en met 8.""",
              """Een plusgroep op dinsdagmiddag voor kinderen die meer aankunnen, naast compacten en verrijken in
              de eigen groep.""",
              """Een ondersteuningsteam dat vier keer per jaar bijeenkomt met de jeugdverpleegkundige, de
              schoolmaatschappelijk werker en de consulent van het samenwerkingsverband.""",
              """Een ontwikkelingsperspectief voor kinderen met een eigen leerlijn, dat twee keer per jaar met
              ouders wordt besproken.""",
              """Een gedragsprotocol en twee leerkrachten met de training omgaan met gedrag.""",
              """Een gelijkvloers gebouw met een aangepast toilet en een prikkelarme werkplek op iedere gang."""]),
          H1('5 Extra ondersteuning en expertise'),
          P("""Naast de basisondersteuning heeft onze school extra expertise opgebouwd op twee terreinen. Eén
          leerkracht is gespecialiseerd in autisme en adviseert collega's bij de inrichting van de klas en de
          dagplanning. Daarnaast werken wij sinds drie jaar met een taalklas voor kinderen met een
          taalontwikkelingsachterstand in groep 1 en 2, in samenwerking met een logopedist."""),
          P("""Wanneer een kind meer nodig heeft dan wij in de basisondersteuning kunnen bieden, kunnen wij via de
          consulent een arrangement aanvragen bij het samenwerkingsverband. In het afgelopen schooljaar hadden
          negen leerlingen een arrangement, meestal in de vorm van extra begeleiding door een
          onderwijsassistent of ambulante begeleiding vanuit het speciaal onderwijs."""),
          H1('6 Grenzen aan onze mogelijkheden'),
          P("""Wij willen zoveel mogelijk kinderen uit de wijk een plek bieden, maar er zijn grenzen. Wij kunnen
          geen passend onderwijs bieden aan kinderen die permanent één-op-ééntoezicht nodig hebben, aan
          kinderen met ernstige medische problematiek die verpleegkundige handelingen vereist, en aan kinderen
          wier gedrag de veiligheid van andere kinderen structureel in gevaar brengt. Ook de groepsgrootte
          (gemiddeld 26 kinderen) beperkt wat wij kunnen doen. In zulke situaties zoeken wij samen met de
          ouders en het samenwerkingsverband naar een school die wel passend onderwijs kan bieden."""),
          H1('7 De ondersteuningsroute op onze school'),
          OL(["""De leerkracht signaleert en bespreekt zorgen met de ouders.""",
              """De leerkracht bespreekt het kind in de groepsbespreking met de intern begeleider.""",
              """Als de aanpak in de groep onvoldoende werkt, wordt het kind besproken in het
              ondersteuningsteam, met de ouders erbij.""",
              """Het ondersteuningsteam kan besluiten een arrangement aan te vragen bij het
              samenwerkingsverband.""",
              """Als ook met een arrangement onvoldoende tegemoet kan worden gekomen aan de onderwijsbehoeften,
              kan het schoolbestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring voor het
              speciaal basisonderwijs of het speciaal onderwijs aanvragen. Het samenwerkingsverband beslist over
              die aanvraag."""]),
          P("""Kinderen die vanuit het speciaal basisonderwijs terugkeren naar het regulier onderwijs, zijn op
          De Wilgenhoek van harte welkom. In de afgelopen twee jaar zijn twee kinderen vanuit sbo De Kameleon
          bij ons ingestroomd, met begeleiding van een leerkracht van het sbo."""),
          H1('8 Ouders'),
          P("""Wij informeren ouders over de ondersteuning op onze school via dit profiel, de schoolgids, de
          informatieavond aan het begin van het schooljaar en de oudergesprekken. Ouders zijn altijd welkom
          bij de intern begeleider. Bij vragen of zorgen die ouders niet met de school kunnen bespreken,
          verwijzen wij naar het ouderspreekuur van het samenwerkingsverband en naar de
          Onderwijsconsulenten. Voor klachten geldt de klachtenregeling van ons bestuur."""),
          H1('9 Middelen'),
          P("""De school ontvangt van ons bestuur een deel van het schoolbudget dat het samenwerkingsverband per
          leerling aan de besturen toekent. Wij zetten die middelen in voor de intern begeleiding boven de
          basisformatie, voor de onderwijsassistenten en voor scholing van het team op het gebied van gedrag
          en autisme. Over de besteding leggen wij jaarlijks verantwoording af aan ons bestuur."""),
          H1('10 Ambities voor de komende jaren'),
          UL(["""In 2026 volgen alle leerkrachten de teamscholing 'gedrag in de groep'.""",
              """Wij willen de plusgroep uitbreiden naar twee middagen per week.""",
              """Wij gaan onderzoeken of wij een tweede taalklas kunnen starten, samen met een school in de
              buurt."""])]
    return b


# ==============================================================================================
# Labels
# ==============================================================================================
CORE = ['basisondersteuning.niveau', 'basisondersteuning.inhoud', 'plaatsing.procedure', 'plaatsing.criteria',
        'terugstroom.procedure', 'terugstroom.beleid', 'financien.verdeling', 'financien.besteding',
        'dekkend-aanbod.continuum', 'dekkend-aanbod.lacunes', 'resultaten.doelen', 'resultaten.monitoring',
        'ouders.informatie', 'ouders.steunpunt']
ELEMS = ['basisondersteuning', 'plaatsing', 'terugstroom', 'financien', 'dekkend-aanbod', 'resultaten', 'ouders']


def status(crit, adv, el):
    cs = [crit[k] for k in CORE if k.startswith(el + '.')]
    if all(cs):
        return 'present'
    if any(cs) or adv.get(el):
        return 'partial'
    return 'missing'


def write_label(path, documents, sector, crit, adv, notes):
    lines = ['documents: [%s]' % ', '.join(documents), 'sector: %s' % sector, 'looks_like_plan: true']
    els = ', '.join('%s: %s' % (e, status(crit, adv, e)) for e in ELEMS)
    lines.append('elements: {%s}' % els)
    lines.append('criteria:')
    for k in CORE:
        lines.append('  %s: %s' % (k, 'true' if crit[k] else 'false'))
    lines.append('advisory_addressed:')
    for e in ELEMS:
        if adv.get(e):
            lines.append('  %s: [%s]' % (e, ', '.join(adv[e])))
    lines.append('notes:')
    for e in ELEMS:
        if e in notes:
            lines.append('  %s: "%s"' % (e, notes[e].replace('"', "'")))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def C(**kw):
    """Core criteria: all false unless given; keys use '__' for '.' and '_' for '-'."""
    d = {k: False for k in CORE}
    for k, v in kw.items():
        key = k.replace('__', '.').replace('dekkend_aanbod', 'dekkend-aanbod')
        assert key in d, key
        d[key] = v
    return d


LABELS = {
    'holdout18-po-lingestroom': dict(
        sector='po', docs=['holdout18-po-lingestroom.docx'],
        crit=C(basisondersteuning__niveau=True, basisondersteuning__inhoud=True, plaatsing__procedure=True,
               plaatsing__criteria=True, terugstroom__procedure=False, terugstroom__beleid=True,
               financien__verdeling=True, financien__besteding=True, dekkend_aanbod__continuum=True,
               dekkend_aanbod__lacunes=True, resultaten__doelen=False, resultaten__monitoring=False,
               ouders__informatie=True, ouders__steunpunt=True),
        adv={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
             'financien': ['reserves', 'verantwoording'], 'dekkend-aanbod': ['ketenpartners'],
             'ouders': ['betrokkenheid']},
        notes={
            'basisondersteuning': "H4.1 defines the level every school/vestiging offers; H4.2 lists twelve concrete standards (repeated in Bijlage 1 table); H4.4 audit every two years = borging.",
            'plaatsing': "H6: steps via Lingeloket, CvT decides within 6 weeks, two separate deskundigen (6.1); sbo and so criteria (6.2); duration + laag/midden/hoog (6.3); bezwaar via LBT (6.4).",
            'terugstroom': "H7 gives the policy (aim, three conditions, EUR 3.500 terugplaatsingsarrangement + AB for a year), but the procedure (initiative, evaluation moments, decision) is deferred to a 'werkwijzer terugplaatsing' to be drawn up in 2026-2027.",
            'financien': "H10.2 verdeelmodel (EUR 195 per leerling + EUR 6.000 vaste voet, arrangementen max EUR 8.000, decided in November); H10.3 multi-year table + Bijlage 2; reserves 10.4; verantwoording 10.5.",
            'dekkend-aanbod': "H5.1 five-level continuum table; H5.3 yearly gap analysis with a table of three witte vlekken, actions and dates; H5.4 thuiszitters approach and zorgplicht; H9 OOGO/OZA.",
            'resultaten': "H11 (title 'beoogde en bereikte resultaten', also in TOC and glossary) only defers: intended results and how they will be followed are worked out in a separate kwaliteitskader for spring 2027. No targets or figures anywhere; audit 'uitkomsten' in 4.4 concern BO borging, not results.",
            'ouders': "H8.2 website page, folder in five languages, schoolgids, two info evenings, telephone spreekuur; H8.3 OJSP (from 1-1-2027, independent foundation), Onderwijsconsulenten, Geschillencommissie, klachtenregeling; 8.1 partnership/hoorrecht."}),
    'holdout18-vo-zuiderlanden': dict(
        sector='vo', docs=['holdout18-vo-zuiderlanden.docx'],
        crit=C(basisondersteuning__niveau=True, basisondersteuning__inhoud=False, plaatsing__procedure=True,
               plaatsing__criteria=True, terugstroom__procedure=True, terugstroom__beleid=True,
               financien__verdeling=True, financien__besteding=False, dekkend_aanbod__continuum=True,
               dekkend_aanbod__lacunes=True, resultaten__doelen=True, resultaten__monitoring=True,
               ouders__informatie=False, ouders__steunpunt=False),
        adv={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie'],
             'terugstroom': ['monitoring'], 'financien': ['reserves', 'verantwoording'],
             'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar']},
        notes={
            'basisondersteuning': "4.1 defines the common level for every school/vestiging/leerweg, but its content is only referred to the 'Kwaliteitskaart Basisondersteuning' on the website; 4.2 is explicitly extra ondersteuning. Yearly self-evaluation + schoolgesprek = borging.",
            'plaatsing': "H5: lwoo (national criteria, application before 1 March, CTT 6 weeks), pro (national criteria), vso steps with two separate deskundigen and criteria (a)-(c), duration 1-3 years and laag/midden/hoog. No bezwaar route anywhere.",
            'terugstroom': "Hidden inside the TLV chapter, 5.4 'Looptijd en einde van de TLV': policy and conditions, then procedure (January evaluation by commissie van begeleiding, report to CTT before 1 March, 8-week trial, TLV ends 31 July), EUR 4.000 overstaparrangement; 19 returns in 2024-2025 and Bijlage 2.",
            'financien': "8.2 gives the verdeling (EUR 142 per leerling, lwoo normbedrag per aanwijzing, OPDC places pro rata, bestuur decides at the begroting); 8.3 says the meerjarenbegroting is NOT part of the plan and is published separately; no budget with amounts.",
            'dekkend-aanbod': "4.2-4.4 continuum (school, OPDC, Rebound, ISK, Op de Rails OZA, three vso schools); 4.5 Monitor Dekkend Netwerk with a found gap and new havo-vso department, thuiszitters approach; H7 gemeenten/OZA.",
            'resultaten': "H2 terugblik with achieved results table; 6.1 targets with baseline and streefwaarde; 6.2 monitoring dashboard twice a year, kwaliteitsrapportage in June, jaarverslag, external midterm review 2028.",
            'ouders': "Nothing for parents in the body: 9.3 'Communicatie' only covers schools and partners and refers parent communication to 'bijlage 4', a communicatieplan published separately (absent). OJSP and Onderwijsconsulenten appear only in the Bijlage 3 glossary; no parents in OPR composition or procedures."}),
    'holdout18-po-bredewaard': dict(
        sector='po', docs=['holdout18-po-bredewaard.pdf'],
        crit=C(basisondersteuning__niveau=True, basisondersteuning__inhoud=True, plaatsing__procedure=True,
               plaatsing__criteria=False, terugstroom__procedure=False, terugstroom__beleid=False,
               financien__verdeling=True, financien__besteding=True, dekkend_aanbod__continuum=True,
               dekkend_aanbod__lacunes=False, resultaten__doelen=True, resultaten__monitoring=True,
               ouders__informatie=True, ouders__steunpunt=True),
        adv={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
             'financien': ['reserves', 'verantwoording'], 'dekkend-aanbod': ['ketenpartners'],
             'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
        notes={
            'basisondersteuning': "4.1 'wat elke school in huis heeft': the floor all schools at every location committed to, with the concrete content only in a table ordered by the four Referentiekader aspects; yearly check + verbeterplan.",
            'plaatsing': "H5 procedure (Loket, dossier, Commissie Toelaatbaarheid, two separate deskundigen, decision within 6 weeks), duration/category 5.3, bezwaar 5.4; the criteria are only referred to the separate 'Toetsingskader Toelaatbaarheid 2026' on the website.",
            'terugstroom': "4.4 'Terug- en overplaatsing' is a placeholder: the text will be rewritten after the pilot 'Terug naar de wijkschool' (spring 2027) and added later. Otherwise only the leeswijzer mention and the Bijlage B glossary entry.",
            'financien': "Chapter 9 'Geld en middelen': distribution rules only in a table (EUR 215 per leerling + EUR 5.000 per school, arrangementen via commissie max EUR 7.500, vast bedrag per plaats, groei sbo/so); multi-year table 9.3 + Bijlage A; verantwoording/reserve 9.4.",
            'dekkend-aanbod': "4.2-4.3 describe the continuum (arrangementen, De Schakel, plusgroepen, taalklas, two sbo, two so), doorgaande lijnen; H8 OZA. Gaps/thuiszitters are only on the 'ontwikkelagenda', to be worked out in the first plan year (4.5).",
            'resultaten': "6.1 goals with indicator, nulmeting and streefwaarde; 6.2 yearly quality cycle (data in autumn, kwaliteitsdialoog January, report March, jaarverslag before 1 July); H2 achieved figures.",
            'ouders': "In chapter 7 'Communicatie': 7.2 ouderpagina with films and translations, brochure, schoolgids, thema-avonden; 7.3 independent OJSP at MEE, Onderwijsconsulenten, Geschillencommissie."}),
    'holdout18-vo-eemvallei': dict(
        sector='vo', docs=['holdout18-vo-eemvallei.pdf'],
        crit=C(basisondersteuning__niveau=False, basisondersteuning__inhoud=False, plaatsing__procedure=True,
               plaatsing__criteria=True, terugstroom__procedure=True, terugstroom__beleid=False,
               financien__verdeling=False, financien__besteding=False, dekkend_aanbod__continuum=True,
               dekkend_aanbod__lacunes=True, resultaten__doelen=True, resultaten__monitoring=True,
               ouders__informatie=False, ouders__steunpunt=True),
        adv={'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'], 'terugstroom': ['monitoring'],
             'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
        notes={
            'basisondersteuning': "Chapter 4 'Basisondersteuning' only defers: a new common level will be set in 2026-2027 once the landelijke norm is known, meanwhile the (absent) 2022-2026 plan applies. The rich definition exists only in the Bijlage 2 glossary.",
            'plaatsing': "H6: own lwoo criteria (opting out) with procedure, term and duration; pro national criteria; vso dossier, two separate deskundigen, decision within 6 weeks, criteria, 1-3 years with category; bezwaar via LBT (6.3).",
            'terugstroom': "6.4 gives the procedure (yearly OPP evaluation, advice by 1 February in the last TLV year, Adviescommissie decides within 4 weeks, trajectbegeleider, TLV ends 31 July); the policy (uitgangspunten, voorwaarden) is deferred to project 'Route terug' and the old plan.",
            'financien': "Chapter 10 'Middelen: verdeling en meerjarenbegroting' only refers to the separate 'Financiele Kadernota 2026-2030'; no distribution rules, amounts, reserves or verantwoording anywhere in the body (glossary entries only).",
            'dekkend-aanbod': "5.1 five-level continuum table, 5.2 OPDC/Rebound/Time-in/ISK; 5.3 twice-yearly gap analysis with actions (second Time-in group, vso wachtlijst to zero in 2028); 5.4 thuiszitters and zorgplicht; H9 OZA.",
            'resultaten': "8.1 goals table with 2030 targets and 2025 status; 8.2 quarterly report, yearly quality talks, jaarverslag chapter comparing results with goals, external review 2028.",
            'ouders': "7.2 independent OJSP (since 1-8-2025, Stichting Samen Sterk Ouders), Onderwijsconsulenten, Geschillencommissie, klachtenregeling; 7.3 the information to parents is deferred to a new informatieplan in 2026-2027 ('Ouderportaal' only in the glossary); 7.1 hoorrecht/OPP."}),
    'holdout18-po-vechtdelta': dict(
        sector='po', docs=['holdout18-po-vechtdelta.md'],
        crit=C(basisondersteuning__niveau=True, basisondersteuning__inhoud=True, plaatsing__procedure=False,
               plaatsing__criteria=False, terugstroom__procedure=True, terugstroom__beleid=True,
               financien__verdeling=False, financien__besteding=True, dekkend_aanbod__continuum=False,
               dekkend_aanbod__lacunes=False, resultaten__doelen=True, resultaten__monitoring=False,
               ouders__informatie=True, ouders__steunpunt=True),
        adv={'basisondersteuning': ['borging'], 'financien': ['reserves', 'verantwoording'],
             'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
        notes={
            'basisondersteuning': "Ch. 4: level every school of every board at every location offers ('niet minder'); list 'Wat mag u van iedere school verwachten?'; school visit every two years with kijkwijzer + herstelplan.",
            'plaatsing': "Ch. 5 only refers to the separate 'Handboek Ondersteuningsroute en Toelaatbaarheid 2026' on the website (procedure, criteria, termijnen); ch. 6 also sends verlenging to the handboek. No procedure, criteria, deskundigen, duration or bezwaar in the body.",
            'terugstroom': "Ch. 6 policy (aim, conditions, a year of specialist support + terugkeerbudget) and a numbered procedure (yearly OPP evaluation, proposal by January in the last TLV year, overstapplan with trial of max 6 weeks, decision, TLV end, evaluations after 3 and 9 months).",
            'financien': "Ch. 9: the verdeelmodel is being evaluated and the new one will be added as an addendum ('huidige model wordt voortgezet', not described); the meerjarenbegroting table 2026-2029 with amounts is present; reserves and verantwoording by boards.",
            'dekkend-aanbod': "No continuum, no bovenschoolse voorzieningen, no gap analysis, no thuiszitters, no OOGO content (only the procedural OOGO date). Route referred to the handboek; 'Dekkend aanbod', 'Thuiszitter', 'Zorgplicht' only in the Bijlage 2 glossary; Bijlage 1 is a bare list of schools.",
            'resultaten': "Ch. 8 lists intended results with numbers and dates, but how they are measured and reported (and the nulmeting) is deferred to a kwaliteitskader to be developed in 2026-2027; no achieved figures anywhere.",
            'ouders': "Ch. 7: ouderpagina, schoolgids, folder at inschrijving, yearly ouderavond; independent Ouder- en Jeugdsteunpunt Vechtdelta, Onderwijsconsulenten, klachtenregeling; partnership and hoorrecht."}),
}

SOP_NOTE = ("Schoolondersteuningsprofiel of one school (OBS De Wilgenhoek) in SWV Lingestroom: it describes the "
            "school's own basis- and extra ondersteuning, its limits, its internal ondersteuningsroute, TLV request "
            "via the SWV and terugkeer from sbo, but it is not the ondersteuningsplan of a samenwerkingsverband "
            "(no verband-wide policy, no OPR/OOGO adoption, no planperiode; adopted by the school director).")


def main():
    plans = [('holdout18-po-lingestroom', plan_a, 'docx', PA), ('holdout18-vo-zuiderlanden', plan_b, 'docx', PB_),
             ('holdout18-po-bredewaard', plan_c, 'pdf', PC), ('holdout18-vo-eemvallei', plan_d, 'pdf', PD),
             ('holdout18-po-vechtdelta', plan_e, 'md', PE)]
    for name, fn, fmt, p in plans:
        blocks = fn()
        header = 'Ondersteuningsplan %d-%d | %s' % (p['start'], p['eind'], p['naam'])
        path = os.path.join(OUT, name + '.' + fmt)
        if fmt == 'docx':
            render_docx(blocks, path, header, 'Ondersteuningsplan ' + p['naam'])
        elif fmt == 'pdf':
            render_pdf(blocks, path, header, 'Ondersteuningsplan ' + p['naam'])
        else:
            render_md(blocks, path)
        lab = LABELS[name]
        assert lab['docs'] == [name + '.' + fmt]
        write_label(os.path.join(OUT, name + '.expected.yaml'), lab['docs'], lab['sector'], lab['crit'],
                    lab['adv'], lab['notes'])
        print('%-32s %5d words' % (name + '.' + fmt, words(blocks)))
    name = 'holdout18-sop-wilgenhoek'
    render_html(sop_f(), os.path.join(OUT, name + '.html'), 'Schoolondersteuningsprofiel OBS De Wilgenhoek 2025-2026')
    with open(os.path.join(OUT, name + '.expected.yaml'), 'w', encoding='utf-8') as f:
        f.write('documents: [%s.html]\nsector: po\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n'
                'advisory_addressed: {}\nnotes:\n  looks_like_plan: "%s"\n' % (name, SOP_NOTE))
    print('%-32s %5d words' % (name + '.html', words(sop_f())))


if __name__ == '__main__':
    main()
