#!/usr/bin/env python3
"""Generate the holdout46 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level 'ondersteuningsplan' of a single kindcentrum), each with a
hand-written label file <name>.expected.yaml.

Style focus of this set: references. Plans refer to annexes (some included at the end of the same
document, some not), to websites, to a Handboek / Werkwijzer, to the previous plan, to the schoolgids
and the SOP; one plan is a concept version with reviewer comments in brackets and TODO's. The labels
follow where the content actually is.

Deterministic, no network. Needs python-docx and LibreOffice (soffice) for the PDF renderings.
Usage: python3 make_holdout46.py [outdir]   (default: the folder above this script)
"""
import datetime
import html as htmlmod
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ----------------------------------------------------------------------------------------------
# Block model: a document is a list of tuples
#   ('title', text) ('sub', text) ('h1', text) ('h2', text) ('p', text) ('ul', [..]) ('ol', [..])
#   ('table', [header, row, ...]) ('toc', [(nr, title, page), ...]) ('break',)
# ----------------------------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None, core_title=None):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = 'Bureau samenwerkingsverband'
    cp.title = core_title or ''
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = 'Bureau samenwerkingsverband'
    cp.revision = 1
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(24)
        elif kind == 'sub':
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(14)
        elif kind == 'h1':
            d.add_heading(b[1], level=1)
        elif kind == 'h2':
            d.add_heading(b[1], level=2)
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
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph('')
        elif kind == 'toc':
            d.add_heading('Inhoudsopgave', level=1)
            for nr, title, page in b[1]:
                d.add_paragraph(f'{nr}\t{title}\t{page}' if nr else f'{title}\t{page}')
        elif kind == 'break':
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    normalise_zip(buf.getvalue(), path)


def normalise_zip(data, path):
    """Rewrite a docx with fixed zip timestamps so that repeated runs give identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def md_table(rows):
    out = ['| ' + ' | '.join(rows[0]) + ' |', '|' + '---|' * len(rows[0])]
    for r in rows[1:]:
        out.append('| ' + ' | '.join(c.replace('\n', ' ') for c in r) + ' |')
    return '\n'.join(out)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append('# ' + b[1])
        elif kind == 'sub':
            out.append('**' + b[1] + '**')
        elif kind == 'h1':
            out.append('## ' + b[1])
        elif kind == 'h2':
            out.append('### ' + b[1])
        elif kind == 'p':
            out.append(b[1])
        elif kind == 'ul':
            out.append('\n'.join('- ' + it for it in b[1]))
        elif kind == 'ol':
            out.append('\n'.join(f'{i}. {it}' for i, it in enumerate(b[1], 1)))
        elif kind == 'table':
            out.append(md_table(b[1]))
        elif kind == 'toc':
            out.append('## Inhoud\n\n' + '\n'.join(
                f'- {nr} {title}'.replace('-  ', '- ') for nr, title, page in b[1]))
        elif kind == 'break':
            out.append('---')
        else:
            raise ValueError(kind)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(out) + '\n')


def render_html(blocks, path, title, nav=None, footer=None):
    e = htmlmod.escape
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
           f'<title>{e(title)}</title>',
           '<style>body{font-family:sans-serif;max-width:52em;margin:auto} nav a{margin-right:1em}'
           ' table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px}</style>',
           '</head>', '<body>']
    if nav:
        out.append('<header><nav>' + ''.join(f'<a href="{e(h)}">{e(t)}</a>' for t, h in nav) +
                   '</nav></header>')
    out.append('<main>')
    hid = 0
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append(f'<h1>{e(b[1])}</h1>')
        elif kind == 'sub':
            out.append(f'<p class="lead"><strong>{e(b[1])}</strong></p>')
        elif kind == 'h1':
            hid += 1
            out.append(f'<h2 id="h{hid}">{e(b[1])}</h2>')
        elif kind == 'h2':
            out.append(f'<h3>{e(b[1])}</h3>')
        elif kind == 'p':
            out.append(f'<p>{e(b[1])}</p>')
        elif kind == 'ul':
            out.append('<ul>' + ''.join(f'<li>{e(it)}</li>' for it in b[1]) + '</ul>')
        elif kind == 'ol':
            out.append('<ol>' + ''.join(f'<li>{e(it)}</li>' for it in b[1]) + '</ol>')
        elif kind == 'table':
            rows = b[1]
            s = '<table><thead><tr>' + ''.join(f'<th>{e(c)}</th>' for c in rows[0]) + '</tr></thead><tbody>'
            for r in rows[1:]:
                s += '<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>'
            out.append(s + '</tbody></table>')
        elif kind == 'toc':
            out.append('<aside class="toc"><h2>Inhoud</h2><ol>' + ''.join(
                f'<li><a href="#h{i}">{e(t)}</a></li>' for i, (nr, t, pg) in enumerate(b[1], 1)) +
                '</ol></aside>')
        elif kind == 'break':
            out.append('<hr>')
        else:
            raise ValueError(kind)
    out.append('</main>')
    if footer:
        out.append(f'<footer><p>{footer}</p></footer>')
    out += ['</body>', '</html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


def to_pdf(docx_path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{prof}', '--headless',
                        '--convert-to', 'pdf', '--outdir', outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ('title', 'sub', 'h1', 'h2', 'p'):
            n += len(b[1].split())
        elif b[0] in ('ul', 'ol'):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == 'table':
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] == 'toc':
            n += sum(len(t.split()) for _, t, _ in b[1])
    return n


# ----------------------------------------------------------------------------------------------
# Filler that real plans contain. Parametrised per verband; every variant is written so that it
# does NOT address any core or advisory criterion of the seven elements (passing mentions only).
# ----------------------------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ('h1', f"{c['nr_voorwoord']}Voorwoord"),
        ('p', f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014, en misschien wel het plan waarover het langst is gesproken. "
              f"In de afgelopen anderhalf jaar hebben directeuren, {c['ib']}, bestuurders, leden van de "
              f"ondersteuningsplanraad, ouders, jeugdprofessionals en ambtenaren van de {len(c['gemeenten'])} "
              f"gemeenten in onze regio met ons meegedacht. Wij zijn hen daarvoor veel dank verschuldigd."),
        ('p', "Wie de vorige plannen naast dit plan legt, ziet dat de toon is veranderd. Waar het eerste plan vooral "
              "procedures beschreef en het tweede plan vooral structuren, wil dit plan laten zien waar het ons "
              "werkelijk om gaat: dat kinderen en jongeren zich kunnen ontwikkelen op een plek die bij hen past, zo "
              "dicht mogelijk bij huis. Meer middelen leiden niet vanzelf tot betere resultaten; het gesprek in de "
              "klas, tussen leraar, leerling en ouders, maakt het verschil. Een arrangement of een "
              "toelaatbaarheidsverklaring is een middel, nooit een doel op zich."),
        ('p', "Tegelijk kijken we met realisme naar de opgave. Het lerarentekort raakt ook onze scholen, de vraag naar "
              "jeugdhulp blijft groeien en de verwachtingen van de landelijke politiek veranderen snel. Dit plan "
              "biedt daarom een koers, maar ook ruimte om bij te sturen. Waar nodig zullen we het plan tussentijds "
              "aanpassen, uiteraard met instemming van de ondersteuningsplanraad."),
        ('p', f"Namens het bestuur,\n{c['bestuurder']}\ndirecteur-bestuurder {c['kort']}"),
    ]


def f_visie(c, ouders_passing=True):
    po = c['sector'] == 'po'
    kind = 'ieder kind' if po else 'iedere jongere'
    out = [
        ('h1', f"{c['nr_visie']}Visie en missie"),
        ('h2', 'Onze missie'),
        ('p', f"{c['kort']} zorgt er samen met de aangesloten schoolbesturen voor dat {kind} in de regio onderwijs "
              f"krijgt dat past bij wat {'het' if po else 'hij of zij'} nodig heeft. Wij doen dat niet alleen: "
              f"scholen, gemeenten, jeugdhulp en andere partners dragen samen de verantwoordelijkheid."),
        ('h2', 'Onze visie'),
        ('p', "Wij geloven dat kinderen en jongeren het best tot hun recht komen wanneer zij zoveel mogelijk samen met "
              "leeftijdgenoten uit hun eigen buurt naar school gaan. Regulier waar het kan, speciaal waar het moet, "
              "en altijd met het perspectief van de leerling als uitgangspunt. Dat vraagt om leraren die zich "
              "gesteund voelen, om scholen die van elkaar leren en om een samenwerkingsverband dat dienstbaar is "
              "en niet bureaucratisch."),
        ('p', "Onze visie rust op vier kernwaarden: nabijheid (ondersteuning zo dicht mogelijk bij de leerling en "
              "de leraar), vertrouwen (scholen krijgen ruimte en nemen verantwoordelijkheid), samenhang (onderwijs "
              "en zorg werken vanuit één plan) en leren (we evalueren, delen wat werkt en stoppen met wat niet "
              "werkt)."),
    ]
    if ouders_passing:
        out.append(('p', "Ouders zien wij als de eerste deskundigen als het om hun kind gaat. Die grondhouding "
                         "loopt als een rode draad door dit plan, ook waar dat niet steeds met zoveel woorden "
                         "wordt gezegd."))
    out.append(('h2', 'Ambitie voor de komende periode'))
    out.append(('p', "In de komende vier jaar willen we de beweging van 'verwijzen' naar 'versterken' doorzetten. "
                     "Dat betekent investeren in de kwaliteit van de reguliere school, het verbinden van onderwijs "
                     "en jeugdhulp, en het verkleinen van de afstand tussen regulier en speciaal onderwijs. Deze "
                     "ambitie werken we in de hoofdstukken hierna verder uit."))
    return out


def f_regio(c, kengetallen=True):
    po = c['sector'] == 'po'
    out = [
        ('h1', f"{c['nr_regio']}Onze regio"),
        ('p', f"Het werkgebied van {c['kort']} omvat de gemeenten {', '.join(c['gemeenten'][:-1])} en "
              f"{c['gemeenten'][-1]}. Het is een gebied met een sterk stedelijke kern en een uitgestrekt "
              f"platteland met kleine kernen. Bij het samenwerkingsverband zijn {c['besturen']} schoolbesturen "
              f"aangesloten met samen {c['scholen']} {'vestigingen van basisscholen, sbo-scholen en so-scholen' if po else 'vestigingen van scholen voor vmbo, havo, vwo, praktijkonderwijs en vso'}."),
        ('p', "De regio heeft te maken met een licht dalend leerlingaantal. Vooral in de kleinere kernen staan "
              "scholen onder druk; enkele scholen zijn de afgelopen jaren gefuseerd of gesloten. Tegelijk groeit "
              "de stedelijke kern door nieuwbouwwijken en door de komst van gezinnen met een "
              "migratieachtergrond. Die ontwikkelingen vragen om een flexibel netwerk van scholen."),
    ]
    if kengetallen:
        out.append(('table', [
            ['Kengetal (teldatum 1 oktober)', '2023', '2024', '2025'],
            ['Aantal leerlingen regulier', c['ll'][0], c['ll'][1], c['ll'][2]],
            ['Aantal schoolbesturen', str(c['besturen']), str(c['besturen']), str(c['besturen'])],
            ['Aantal vestigingen', str(c['scholen'] + 2), str(c['scholen'] + 1), str(c['scholen'])],
        ]))
        out.append(('p', "Bron: DUO, bewerking bureau samenwerkingsverband. In de tabel zijn alleen de "
                         "leerlingen van de reguliere scholen opgenomen."))
    return out


def f_governance(c):
    return [
        ('h1', f"{c['nr_gov']}Organisatie en governance"),
        ('p', f"{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen de Algemene Vergadering "
              f"(AV), die onder meer de statuten wijzigt en de leden van de Raad van Toezicht benoemt. Het bestuur "
              f"van de stichting berust bij een directeur-bestuurder; de Raad van Toezicht bestaat uit vijf "
              f"onafhankelijke leden en houdt toezicht op het beleid en de algemene gang van zaken."),
        ('p', "Met deze scheiding van bestuur en toezicht voldoen we aan de Code Goed Bestuur in het onderwijs. De "
              "Raad van Toezicht kent een auditcommissie en een commissie onderwijs en kwaliteit. De "
              "directeur-bestuurder legt verantwoording af aan de Raad van Toezicht; de Raad van Toezicht legt in "
              "het jaarverslag verantwoording af over zijn eigen functioneren."),
        ('p', "De directeur-bestuurder wordt ondersteund door een klein bureau en door een directeurenoverleg "
              "waarin alle besturen vertegenwoordigd zijn. Het directeurenoverleg bereidt besluiten voor, maar "
              "neemt zelf geen besluiten. De statuten bevatten een regeling voor de beslechting van geschillen "
              "tussen het samenwerkingsverband en de aangesloten besturen, zoals de wet voorschrijft."),
    ]


def f_opr(c, samenstelling=True):
    out = [('h1', f"{c['nr_opr']}Medezeggenschap: de ondersteuningsplanraad")]
    if samenstelling:
        out.append(('p', f"De ondersteuningsplanraad (OPR) van {c['kort']} telt {c['opr']} leden. De helft van "
                         f"hen is ouder{' of leerling' if c['sector'] == 'vo' else ''}, de andere helft is "
                         f"personeelslid; alle leden worden afgevaardigd door de medezeggenschapsraden van de "
                         f"aangesloten scholen."))
    out.append(('p', "De OPR heeft instemmingsrecht op het vaststellen en wijzigen van het ondersteuningsplan. "
                     "Daarnaast voert de OPR ten minste vier keer per jaar overleg met de directeur-bestuurder. "
                     "De OPR heeft een eigen reglement en een eigen budget voor scholing en ondersteuning."))
    out.append(('p', "De OPR is vanaf het begin betrokken geweest bij de totstandkoming van dit plan: in twee "
                     "werksessies en in een schriftelijke ronde. Het instemmingsbesluit is opgenomen in het "
                     "overzicht van de totstandkoming aan het eind van dit plan."))
    return out


def f_oogo(c, inhoudelijk=True, thuiszitters_passing=True, geld=True):
    out = [('h1', f"{c['nr_oogo']}Samenwerking met gemeenten")]
    out.append(('p', f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de colleges "
                     f"van burgemeester en wethouders van de gemeenten {', '.join(c['gemeenten'])}. Over het "
                     f"concept van dit plan vond het OOGO plaats op {c['oogo_datum']}; de gemeenten hebben "
                     f"ingestemd met het plan. Het OOGO verloopt volgens de procedure die we met de gemeenten "
                     f"hebben afgesproken, inclusief een regeling voor geschillen."))
    if inhoudelijk:
        out.append(('p', "Inhoudelijk werken we met de gemeenten samen aan de aansluiting tussen onderwijs en "
                         "jeugdhulp. In elke gemeente is aan iedere school een vaste medewerker van het lokale "
                         "jeugdteam verbonden die aanschuift bij het ondersteuningsteam van de school. Voor "
                         "leerlingen die onderwijs en zorg tegelijk nodig hebben, maken school, gemeente en "
                         "zorgaanbieder samen een onderwijs-zorgarrangement, met één plan en één "
                         "aanspreekpunt" + ("; de gemeente betaalt de zorgcomponent, het samenwerkingsverband en de "
                         "school de onderwijscomponent." if geld else ".")))
    if thuiszitters_passing:
        out.append(('p', "Terugkerende onderwerpen in het OOGO zijn onder meer leerlingenvervoer, "
                         "onderwijshuisvesting, thuiszitters en de aansluiting op de arbeidsmarkt."))
    return out


def f_personeel(c):
    return [
        ('h1', f"{c['nr_pers']}Personeel en professionalisering"),
        ('p', f"Het bureau van {c['kort']} heeft een formatie van {c['fte']} fte. Naast de directeur-bestuurder "
              f"werken er een beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), "
              f"een secretariaat, orthopedagogen en consulenten. De consulenten zijn het vaste aanspreekpunt "
              f"voor de scholen."),
        ('p', "Passend onderwijs staat of valt met de leraar. Daarom investeert het samenwerkingsverband in "
              "professionalisering: er zijn leernetwerken voor intern begeleiders en ondersteuningscoördinatoren, "
              "jaarlijks een regionale studiedag en een aanbod van korte trainingen, bijvoorbeeld over omgaan met "
              "gedrag, over executieve functies en over het voeren van gesprekken met ouders. Scholen kunnen "
              "daarnaast gebruikmaken van de expertise van collega-scholen via een uitwisselingsregeling."),
        ('p', "Het lerarentekort raakt ook het speciaal onderwijs. Samen met de besturen onderzoeken we hoe we "
              "specialistische kennis voor de regio kunnen behouden, bijvoorbeeld door gezamenlijke "
              "opleidingsplaatsen en door detachering tussen speciaal en regulier onderwijs. Het bureau zelf "
              "besteedt aandacht aan duurzame inzetbaarheid en een gezonde werkdruk."),
    ]


def f_ict(c, tlv_woord=True):
    dossier = 'aanvragen voor arrangementen en toelaatbaarheidsverklaringen' if tlv_woord else 'aanvragen van scholen'
    return [
        ('h1', f"{c['nr_ict']}ICT, gegevens en privacy"),
        ('p', f"Voor de behandeling van {dossier} gebruiken we een beveiligde digitale omgeving. Scholen dienen "
              f"daarin hun stukken in; alleen medewerkers die de stukken voor hun werk nodig hebben, krijgen "
              f"toegang. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en een "
              f"privacyreglement vastgesteld."),
        ('p', "Gegevens over de gezondheid van leerlingen verwerken we alleen als dat nodig is voor onze "
              "wettelijke taken. De bewaartermijn is drie jaar na het laatste besluit; daarna worden de gegevens "
              "vernietigd. Datalekken worden gemeld volgens het protocol datalekken. Jaarlijks voert de "
              "functionaris gegevensbescherming een controle uit."),
        ('p', "In de komende periode vervangen we de huidige applicatie door een nieuwe, die beter aansluit op de "
              "leerlingadministratiesystemen van de scholen. Dubbele invoer moet daarmee tot het verleden gaan "
              "behoren."),
    ]


def f_vervoer(c):
    return [
        ('h1', f"{c['nr_verv']}Leerlingenvervoer en huisvesting"),
        ('p', "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch hebben ze grote "
              "invloed op passend onderwijs: een speciale school op grote afstand betekent lange reistijden, en "
              "een schoolgebouw zonder lift of prikkelarme ruimte beperkt de mogelijkheden van een reguliere "
              "school. Wij brengen deze onderwerpen daarom in het overleg met de gemeenten in."),
        ('p', "Ouders vragen leerlingenvervoer aan bij hun eigen gemeente; het samenwerkingsverband heeft daarin "
              "geen rol. Bij de planning van nieuwe schoolgebouwen vragen we gemeenten en besturen om rekening te "
              "houden met de ruimte die nodig is voor kleine groepen en voor samenwerking met zorgpartners."),
    ]


def f_totstandkoming(c):
    return [
        ('h1', f"{c['nr_tot']}Totstandkoming van dit plan"),
        ('table', [['Stap', 'Datum'],
                   ['Werksessies met directeuren, OPR en partners', 'september – november 2025'],
                   ['Concept besproken in het directeurenoverleg', c['d_concept']],
                   ['OOGO met de gemeenten', c['oogo_datum']],
                   ['Overleg met het samenwerkingsverband ' + ('VO' if c['sector'] == 'po' else 'PO') +
                    ' in de regio', c['d_overleg']],
                   ['Instemming ondersteuningsplanraad', c['d_opr']],
                   ['Vaststelling door het bestuur', c['d_vast']],
                   ['Toezending aan de Inspectie van het Onderwijs', c['d_insp']]]),
        ('p', f"Het plan geldt voor de schooljaren {c['periode']}, van 1 augustus {c['periode'][:4]} tot en met "
              f"31 juli {c['periode'][-4:]}."),
    ]


def f_geschiedenis(c, nr):
    return [
        ('h1', f"{nr}Waar komen we vandaan?"),
        ('p', f"{c['naam']} is in 2013 opgericht als vereniging van de schoolbesturen in de regio en in 2019 omgezet "
              f"in een stichting. Daarvoor werkten de scholen samen in twee samenwerkingsverbanden Weer Samen Naar "
              f"School en in de regionale expertisecentra. Een deel van de medewerkers van het bureau werkte al in "
              f"die tijd voor de scholen; die continuïteit beschouwen we als een kracht."),
        ('p', "In de eerste jaren lag de nadruk op het opbouwen van een organisatie en het maken van afspraken tussen "
              "besturen die elkaar voorheen vooral als concurrent zagen. Inmiddels is er een stevige basis van "
              "vertrouwen. De besturen spreken elkaar aan, delen kennis en nemen gezamenlijk besluiten, ook als die "
              "voor een afzonderlijk bestuur minder gunstig uitpakken."),
        ('p', "Het bureau is gevestigd in een verzamelgebouw waar ook andere maatschappelijke organisaties zijn "
              "gehuisvest. Dat maakt de lijnen kort. Het bureau is op werkdagen van 8.30 tot 16.30 uur bereikbaar; "
              "in de schoolvakanties gelden beperkte openingstijden."),
    ]


def f_speerpunten(c, nr):
    return [
        ('h1', f"{nr}Organisatorische speerpunten"),
        ('p', "Naast de inhoudelijke koers heeft het bestuur vier organisatorische speerpunten benoemd voor de "
              "komende periode. Ze gaan over de manier waarop het samenwerkingsverband zelf werkt."),
        ('ul', ["Eenvoud. We verminderen de administratieve last voor scholen: formulieren worden korter, gegevens "
                "die al bekend zijn hoeven niet opnieuw te worden ingevoerd.",
                "Betrouwbaarheid. Scholen moeten kunnen rekenen op vaste contactpersonen en op afspraken die worden "
                "nagekomen. We investeren in de continuïteit van het bureau.",
                "Samenwerking tussen besturen. We willen dat besturen vaker samen optrekken, bijvoorbeeld bij "
                "scholing en bij de inzet van specialisten, en dat zij elkaars expertise benutten.",
                "Digitalisering. De nieuwe digitale omgeving moet in 2027 volledig in gebruik zijn."]),
        ('p', "Deze speerpunten werken we jaarlijks uit in het jaarplan van het bureau. Het bestuur bespreekt de "
              "voortgang met het directeurenoverleg."),
        ('p', "Bij alle vier de speerpunten geldt dat we klein beginnen en uitbreiden wat werkt. We kiezen liever "
              "voor een paar verbeteringen die scholen echt merken dan voor een lange lijst voornemens die op papier "
              "blijven staan. Medewerkers van het bureau en van de scholen worden vroeg betrokken bij de uitwerking, "
              "zodat de veranderingen aansluiten bij de praktijk van alledag."),
    ]


def f_inspectie(c, nr):
    return [
        ('h1', f"{nr}Toezicht door de Inspectie"),
        ('p', f"De Inspectie van het Onderwijs houdt toezicht op {c['kort']} en bezoekt ons ten minste eens in de "
              "vier jaar. Bij het laatste vierjaarlijks onderzoek, in november 2023, sprak de Inspectie met het "
              "bestuur, de Raad van Toezicht, de ondersteuningsplanraad, directeuren en intern begeleiders, en met "
              "een aantal gemeenten. De Inspectie beoordeelde de standaarden voor sturing en financieel beheer als "
              "voldoende; er zijn geen herstelopdrachten gegeven."),
        ('p', "De Inspectie gaf wel een aantal aandachtspunten mee, onder meer over de manier waarop het bestuur "
              "informatie verzamelt om te sturen en over de zichtbaarheid van het samenwerkingsverband voor scholen "
              "en partners. Die aandachtspunten hebben we meegenomen bij het schrijven van dit plan."),
        ('p', "Dit ondersteuningsplan wordt vóór 1 mei 2026 via het Internet Schooldossier aan de Inspectie "
              "toegezonden, na instemming van de ondersteuningsplanraad en na het OOGO met de gemeenten. Tussentijdse "
              "wijzigingen zenden we eveneens toe."),
    ]


BEGRIPPEN = [
    ('Arrangement', 'Een pakket van extra ondersteuning voor een leerling of groep leerlingen, met een omschreven '
                    'doel, inzet en duur.'),
    ('Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat alle scholen binnen het '
                           'samenwerkingsverband bieden; zie het betreffende hoofdstuk.'),
    ('Dekkend aanbod', 'Een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen, zodat '
                       'voor iedere leerling een passende plek beschikbaar is.'),
    ('Deskundigenadvies', 'Het advies van twee deskundigen dat nodig is bij het besluit over een '
                          'toelaatbaarheidsverklaring.'),
    ('Meerjarenbegroting', 'Een begroting voor meerdere jaren waarin de verwachte inkomsten en uitgaven van het '
                           'samenwerkingsverband zijn opgenomen.'),
    ('OJSP', 'Ouder- en jeugdsteunpunt: een onafhankelijke plek waar ouders en jongeren terechtkunnen met vragen '
             'over passend onderwijs.'),
    ('Onderwijsconsulenten', 'Landelijk werkende, onafhankelijke adviseurs die ouders kosteloos helpen bij '
                             'problemen rond de schoolplaatsing van hun kind.'),
    ('OPP', 'Ontwikkelingsperspectiefplan, het plan van de school voor een leerling die extra ondersteuning '
            'krijgt.'),
    ('Resultaten', 'De beoogde en bereikte uitkomsten van het onderwijs aan leerlingen die extra ondersteuning '
                   'nodig hebben.'),
    ('SOP', 'Schoolondersteuningsprofiel: de beschrijving van de ondersteuning die een school biedt.'),
    ('Terugplaatsing', 'De overstap van een leerling uit het speciaal (basis)onderwijs naar een reguliere school.'),
    ('Thuiszitter', 'Een leerplichtige leerling die zonder geldige reden niet naar school gaat.'),
    ('Toelaatbaarheidsverklaring (TLV)', 'Het besluit van het samenwerkingsverband dat een leerling toelaatbaar '
                                         'is tot het speciaal (basis)onderwijs.'),
    ('Verdeelmodel', 'De afspraken over de manier waarop het samenwerkingsverband de ondersteuningsmiddelen '
                     'over de scholen verdeelt.'),
]


def f_begrippen(c, title='Begrippenlijst'):
    items = [f"{k}: {v}" for k, v in BEGRIPPEN]
    return [('h1', title), ('ul', items)]


def f_afkortingen(c):
    po = c['sector'] == 'po'
    items = ['AV – Algemene Vergadering', 'IB – intern begeleider', 'LBT – Landelijke Bezwaaradviescommissie '
             'Toelaatbaarheidsverklaringen', 'OJSP – ouder- en jeugdsteunpunt', 'OOGO – op overeenstemming gericht '
             'overleg', 'OPR – ondersteuningsplanraad', 'OT – ondersteuningsteam', 'RvT – Raad van Toezicht',
             'SOP – schoolondersteuningsprofiel', 'TLV – toelaatbaarheidsverklaring']
    items += (['SBO – speciaal basisonderwijs', 'SO – speciaal onderwijs'] if po else
              ['LWOO – leerwegondersteunend onderwijs', 'OPDC – orthopedagogisch-didactisch centrum',
               'PrO – praktijkonderwijs', 'VSO – voortgezet speciaal onderwijs'])
    return [('h1', 'Lijst van afkortingen'), ('ul', sorted(items))]


def ctx(**kw):
    base = dict(ib='intern begeleiders', opr=12, fte='11,4', bestuurder='drs. A. van Dam',
                d_concept='9 december 2025', d_overleg='20 januari 2026', d_opr='17 februari 2026',
                d_vast='24 maart 2026', d_insp='7 april 2026', oogo_datum='3 februari 2026')
    base.update(kw)
    return base


# ==============================================================================================
# Plan 1 – PO, De Waterlinie (docx + pdf). Annex-heavy: bijlage 2 and 5 are included at the end,
# bijlage 1, 3, 4 and 6 are separate documents that are not part of the input.
# ==============================================================================================

def plan_waterlinie():
    c = ctx(naam='Samenwerkingsverband Passend Onderwijs De Waterlinie', kort='De Waterlinie', sector='po',
            periode='2026-2030', gemeenten=['Gorinchem', 'Molenlanden', 'Vijfheerenlanden', 'Hardinxveld-Giessendam'],
            besturen=14, scholen=61, ll=['14.912', '14.780', '14.655'], bestuurder='mr. H.J. Verbeek',
            nr_voorwoord='1 ', nr_visie='4 ', nr_regio='3 ', nr_gov='11 ', nr_opr='12 ', nr_oogo='13 ',
            nr_pers='14 ', nr_ict='15 ', nr_verv='16 ', nr_tot='17 ')
    b = [('title', 'Ondersteuningsplan 2026-2030'),
         ('sub', 'Samenwerkingsverband Passend Onderwijs De Waterlinie (PO 27-13)'),
         ('sub', 'Samen sterk voor elk kind – vastgesteld door het bestuur op 24 maart 2026'),
         ('break',),
         ('toc', [('1', 'Voorwoord', 3), ('2', 'Inleiding en leeswijzer', 4), ('3', 'Onze regio', 5),
                  ('4', 'Visie en missie', 6), ('5', 'Terugblik op 2022-2026', 7),
                  ('6', 'Basisondersteuning: wat elke school biedt', 8),
                  ('7', 'Het ondersteuningsaanbod en ons dekkend netwerk', 10),
                  ('8', 'Toelaatbaarheid tot sbo en so', 13), ('9', 'Kwaliteit en resultaten', 16),
                  ('10', 'Geld en middelen', 17), ('11', 'Organisatie en governance', 19),
                  ('12', 'Medezeggenschap: de ondersteuningsplanraad', 20), ('13', 'Samenwerking met gemeenten', 21),
                  ('14', 'Personeel en professionalisering', 22), ('15', 'ICT, gegevens en privacy', 23),
                  ('16', 'Leerlingenvervoer en huisvesting', 24), ('17', 'Totstandkoming van dit plan', 24),
                  ('18', 'Communicatie en samenwerking', 25), ('', 'Begrippenlijst', 27),
                  ('', 'Overzicht van de bijlagen', 28), ('', 'Bijlage 2 Standaarden basisondersteuning', 29),
                  ('', 'Bijlage 5 Rekenvoorbeeld verdeelmodel', 31)]),
         ('break',)]
    b += f_voorwoord(c)
    b += [('h1', '2 Inleiding en leeswijzer'),
          ('p', "Dit ondersteuningsplan beschrijft hoe De Waterlinie in de periode 2026-2030 invulling geeft aan haar "
                "wettelijke taken. Het plan is bewust compact gehouden. Veel uitwerkingen staan in afzonderlijke "
                "documenten die als bijlage bij dit plan horen. Twee bijlagen hebben we achter in dit document "
                "opgenomen, omdat ze onlosmakelijk met de tekst verbonden zijn: de standaarden voor de "
                "basisondersteuning (bijlage 2) en een rekenvoorbeeld van het verdeelmodel (bijlage 5). De overige "
                "bijlagen zijn afzonderlijke documenten; een overzicht staat aan het eind van dit plan."),
          ('p', "Hoofdstuk 3 en 4 schetsen de regio en onze visie. Hoofdstuk 5 blikt terug op de vorige periode. In "
                "hoofdstuk 6 tot en met 8 beschrijven we de ondersteuning: van de basisondersteuning op iedere "
                "school tot de toelaatbaarheid tot het speciaal (basis)onderwijs en de weg terug. Hoofdstuk 9 gaat "
                "over kwaliteit en resultaten, hoofdstuk 10 over geld en middelen. De hoofdstukken 11 tot en met 17 "
                "beschrijven de organisatie en de samenwerking. Hoofdstuk 18, over communicatie en samenwerking, "
                "sluit het plan af.")]
    b += f_regio(c)
    b += f_visie(c)
    b += [('h1', '5 Terugblik op 2022-2026'),
          ('p', "In de vorige planperiode stond de opbouw van de 'ondersteuning dichtbij' centraal. We hebben het "
                "loket vernieuwd, de consulenten aan vaste scholen gekoppeld en de samenwerking met de lokale "
                "jeugdteams verstevigd. Er zijn zes leernetwerken voor intern begeleiders gestart en we hebben een "
                "nieuwe website gelanceerd. Ook is het bureau verhuisd naar een nieuw pand in Gorinchem, dichter bij "
                "de scholen."),
          ('p', "Niet alles ging zoals gepland. De invoering van de nieuwe digitale aanvraagomgeving liep een jaar "
                "vertraging op, en door personeelsverloop op het bureau konden we een aantal voornemens niet "
                "uitvoeren. De evaluatie van het vorige plan, die in het voorjaar van 2025 met de "
                "ondersteuningsplanraad is besproken, is als afzonderlijk document beschikbaar bij het bureau.")]
    # --- basisondersteuning: niveau here, inhoud in included bijlage 2
    b += [('h1', '6 Basisondersteuning: wat elke school biedt'),
          ('p', "De besturen binnen De Waterlinie hebben afgesproken dat elke vestiging – van de grote stadsschool "
                "tot de kleinste dorpsschool – hetzelfde minimum aan ondersteuning biedt. Dat minimum noemen we de "
                "basisondersteuning. Het is vastgelegd in twaalf standaarden die het bestuur op 10 juni 2025 heeft "
                "vastgesteld en die gelden voor alle 61 vestigingen van de aangesloten besturen. Een school mag meer "
                "bieden, maar nooit minder."),
          ('p', "De twaalf standaarden en hun concrete uitwerking zijn opgenomen in bijlage 2 achter in dit plan. "
                "Daar staat per standaard wat ouders op iedere school mogen verwachten, bijvoorbeeld dat er een "
                "intern begeleider is met een vaste minimale omvang, dat de school een dyslexie- en een "
                "dyscalculieprotocol hanteert en dat het ondersteuningsteam van de school minimaal vier keer per "
                "jaar bijeenkomt."),
          ('p', "Alles wat een school bovenop de standaarden doet met inzet van middelen of expertise van het "
                "samenwerkingsverband, noemen we extra ondersteuning. Die wordt vastgelegd in een "
                "ontwikkelingsperspectiefplan (OPP) en loopt via een arrangement (zie hoofdstuk 7)."),
          ('h2', '6.1 Hoe we de basisondersteuning borgen'),
          ('p', "Iedere school beschrijft in haar schoolondersteuningsprofiel hoe zij aan de twaalf standaarden "
                "voldoet. Eens in de twee jaar voert de consulent met de directeur en de intern begeleider een "
                "'basischeck' uit aan de hand van de kwaliteitskaart. Blijkt een school op een of meer standaarden "
                "onder het afgesproken niveau te zitten, dan stelt het bestuur van die school binnen drie maanden "
                "een verbeterplan op, dat de consulent na een jaar opnieuw beoordeelt. De directeur-bestuurder "
                "rapporteert jaarlijks aan de Algemene Vergadering welke scholen een verbeterplan hebben.")]
    # --- dekkend aanbod: present
    b += [('h1', '7 Het ondersteuningsaanbod en ons dekkend netwerk'),
          ('p', "De Waterlinie wil dat er voor ieder kind een passende plek is, zo dicht mogelijk bij huis. Daarvoor "
                "hebben we een samenhangend geheel van voorzieningen opgebouwd, dat we beschrijven in vier lagen."),
          ('table', [['Laag', 'Wat', 'Waar', 'Toegang'],
                     ['1 Basis', 'Basisondersteuning volgens de twaalf standaarden', 'Alle 61 vestigingen',
                      'Zonder aanvraag'],
                     ['2 Extra op school', 'Individuele arrangementen en groepsarrangementen, bijvoorbeeld '
                      'gedragsbegeleiding, extra handen in de groep, ambulante begeleiding vanuit het s(b)o',
                      'Op de eigen school', 'Aanvraag bij het Loket door de school, na bespreking in het OT'],
                     ['3 Bovenschools', 'Observatiegroep De Vaart (12 plaatsen, maximaal 1 jaar); plusklas '
                      'Denkwerk (1 dag per week); Taalklas voor nieuwkomers (2 locaties)',
                      'Gorinchem, Sliedrecht (plusklas), Leerdam (taalklas)', 'Via het Loket'],
                     ['4 Speciaal', 'Drie scholen voor speciaal basisonderwijs; twee scholen voor so cluster 3 '
                      'en één voor so cluster 4; plaatsing buiten de regio waar nodig',
                      'Gorinchem, Hardinxveld-Giessendam, Leerdam', 'Met een toelaatbaarheidsverklaring']]),
          ('p', "De lagen zijn geen trap die elk kind moet beklimmen: een leerling kan direct de ondersteuning "
                "krijgen die nodig is. De consulent van het samenwerkingsverband denkt mee met het OT van de school "
                "en kan, als dat nodig is, binnen twee weken een arrangement laten starten."),
          ('h2', '7.1 Witte vlekken en leerlingen zonder passende plek'),
          ('p', "Een dekkend netwerk ontstaat niet vanzelf. Ieder jaar in februari brengt het bureau in kaart waar het "
                "netwerk tekortschiet. We kijken daarbij naar wachtlijsten bij de bovenschoolse voorzieningen en het "
                "so, naar leerlingen die buiten de regio naar school moeten, naar aanvragen die niet of laat konden "
                "worden gehonoreerd en naar de meldingen van thuiszitters die we van de leerplichtambtenaren "
                "ontvangen. De uitkomst bespreken we met de directeuren en in het OOGO; het bestuur besluit vóór de "
                "zomer over maatregelen."),
          ('p', "Voor iedere leerling die thuiszit of dreigt thuis te komen zitten, belegt de consulent binnen vier "
                "weken een overleg met ouders, school, leerplicht en jeugdhulp. Lukt het niet om binnen drie maanden "
                "een passend aanbod te vinden, dan gebruikt de directeur-bestuurder de doorzettingsmacht die de "
                "besturen hem hebben gegeven: hij kan een school of voorziening dan opdragen de leerling tijdelijk te "
                "plaatsen. De zorgplicht van het bestuur waar de leerling is aangemeld blijft onverminderd gelden."),
          ('p', "De analyse van 2025 liet zien dat er geen passend aanbod is voor jonge kinderen (4 tot 6 jaar) met "
                "ernstige gedrags- en ontwikkelingsproblemen. Daarom start in augustus 2027 een kleinschalige "
                "voorziening waar onderwijs en jeugdhulp samen werken, in samenwerking met de gemeente Gorinchem.")]
    # --- plaatsing: criteria here; procedure only in the separate Werkwijzer (bijlage 4)
    b += [('h1', '8 Toelaatbaarheid tot sbo en so'),
          ('p', "Soms heeft een kind meer nodig dan een reguliere school, ook met extra ondersteuning, kan bieden. Dan "
                "kan een plek in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so) de beste keuze zijn. "
                "Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
          ('h2', '8.1 Wanneer is een kind toelaatbaar?'),
          ('p', "Een leerling is toelaatbaar tot het sbo als aan alle drie de volgende voorwaarden is voldaan:"),
          ('ol', ["de ondersteuningsbehoefte van de leerling overstijgt wat de school met basisondersteuning en een "
                  "arrangement kan bieden, wat blijkt uit een OPP dat ten minste één schooljaar is uitgevoerd en "
                  "twee keer is geëvalueerd;",
                  "de leerling heeft gedurende de hele schooldag een kleine groep (maximaal zestien leerlingen) en "
                  "een specifieke didactische of pedagogische aanpak nodig;",
                  "er is geen reëel perspectief dat de leerling met meer ondersteuning op de reguliere school de "
                  "doelen uit het OPP kan halen."]),
          ('p', "Een leerling is toelaatbaar tot het so als er daarnaast sprake is van een ondersteuningsbehoefte die "
                "samenhangt met een verstandelijke beperking, een lichamelijke beperking of langdurige ziekte "
                "(cluster 3) of met ernstige gedrags- of psychiatrische problematiek (cluster 4), waarvoor "
                "specialistische expertise en een intensieve verbinding tussen onderwijs en zorg nodig zijn die "
                "het sbo niet kan bieden."),
          ('h2', '8.2 De aanvraag'),
          ('p', "Hoe een aanvraag in zijn werk gaat, welke stukken nodig zijn, wie over de aanvraag beslist en welke "
                "termijnen daarbij gelden, is vastgelegd in de Werkwijzer Toelaatbaarheid 2026 (bijlage 4, een "
                "afzonderlijk document). De werkwijzer is ook te raadplegen op www.dewaterlinie-po.nl/tlv. Daar "
                "staat eveneens beschreven welke mogelijkheden er zijn om het niet eens te zijn met een besluit."),
          ('h2', '8.3 Geldigheidsduur'),
          ('p', "Een TLV voor het sbo geven we in de regel af voor twee schooljaren; een TLV voor het so voor twee of "
                "vier schooljaren, steeds tot en met 31 juli van het laatste schooljaar. Een TLV voor het so "
                "vermeldt de bekostigingscategorie (laag, midden of hoog) die past bij de ondersteuningsbehoefte."),
          ('h2', '8.4 Na afloop van de TLV: terug naar de reguliere school'),
          ('p', "Plaatsing in het sbo of so is voor De Waterlinie nooit vanzelfsprekend blijvend. Ons uitgangspunt is "
                "dat een leerling teruggaat naar een reguliere school – bij voorkeur in de eigen woonplaats – zodra "
                "de ondersteuning die hij nodig heeft daar geboden kan worden. Voorwaarden zijn dat de doelen uit "
                "het OPP binnen bereik liggen van een reguliere groep, dat de ontvangende school de benodigde "
                "ondersteuning kan bieden en dat ouders de overstap steunen. Terugplaatsing mag niet mislukken op "
                "geld: het samenwerkingsverband betaalt de begeleiding na de overstap."),
          ('p', "De sbo- of so-school evalueert het OPP ieder jaar en bespreekt daarbij expliciet of terugplaatsing "
                "mogelijk is. In het laatste jaar van de TLV voert de school vóór 1 februari een "
                "perspectiefgesprek met de ouders, de consulent van het samenwerkingsverband en – als die al in "
                "beeld is – de intern begeleider van de beoogde reguliere school. Is terugplaatsing haalbaar, dan "
                "meldt de sbo- of so-school de leerling aan bij de reguliere school, die haar zorgplicht uitvoert. "
                "Is terugplaatsing niet haalbaar, dan kan de plaatsing alleen worden voortgezet met een nieuwe TLV; "
                "zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
          ('p', "Na de overstap krijgt de leerling een overgangsarrangement van zes maanden: een leerkracht van de "
                "sbo- of so-school begeleidt leerling en leerkracht op de nieuwe school, en de nieuwe school krijgt "
                "extra formatie. Na drie en na zes maanden evalueren de scholen met ouders en consulent; zo nodig "
                "wordt het arrangement één keer verlengd.")]
    # --- resultaten: only a deferral and a reference to the previous plan
    b += [('h1', '9 Kwaliteit en resultaten'),
          ('p', "Goed onderwijs voor kinderen die extra ondersteuning nodig hebben, begint bij de kwaliteit van de "
                "school. De Inspectie van het Onderwijs houdt toezicht op de scholen; het samenwerkingsverband "
                "richt zich op wat scholen samen bereiken. Over resultaten wordt in het onderwijs veel gesproken, "
                "en vaak over de verkeerde. Opbrengsten op de eindtoets zeggen weinig over de vraag of een kind "
                "met een ondersteuningsbehoefte op de juiste plek zit."),
          ('p', "Voor dit plan hebben bestuur en ondersteuningsplanraad daarom bewust gekozen de beoogde resultaten "
                "nog niet vast te leggen. In de loop van het schooljaar 2026-2027 formuleren we samen met "
                "directeuren, ouders en de OPR nieuwe ambities en een bijpassende set indicatoren; die voegen we "
                "dan als addendum aan dit plan toe. Tot dat moment blijven de doelen uit het ondersteuningsplan "
                "2022-2026 richtinggevend. Ook het kwaliteitskader van het samenwerkingsverband wordt in die "
                "periode herzien.")]
    # --- financien: verdeling here; meerjarenbegroting only in separate bijlage 6
    b += [('h1', '10 Geld en middelen'),
          ('p', "De Waterlinie ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na de afdrachten "
                "die DUO rechtstreeks inhoudt voor leerlingen in het so en voor de groei van het sbo, verdelen wij de "
                "middelen volgens het verdeelmodel dat het bestuur in 2025 heeft vastgesteld. Het model kent drie "
                "stromen."),
          ('ol', ["Schoolbudget. Ieder bestuur ontvangt per vestiging een vaste voet van € 8.500 plus € 118 per "
                  "leerling, gerekend naar de teldatum 1 oktober van het voorgaande jaar. Het schoolbudget wordt in "
                  "vier termijnen uitbetaald (september, december, maart en juni).",
                  "Arrangementen. Voor een arrangement vraagt de school via het Loket een bijdrage aan. Een "
                  "arrangement wordt toegekend als er een OPP is, de basisondersteuning aantoonbaar is ingezet en "
                  "het OT van de school positief adviseert. Een arrangement duurt maximaal één schooljaar en wordt "
                  "bekostigd volgens vaste tarieven per uur inzet.",
                  "Bovenschoolse voorzieningen. De observatiegroep, de plusklas en de taalklas ontvangen een budget "
                  "per beschikbare plaats, dat het bestuur ieder jaar in december vaststelt."]),
          ('p', "Een rekenvoorbeeld voor een school met 240 leerlingen is opgenomen in bijlage 5. De bedragen worden "
                "jaarlijks bij de vaststelling van de begroting geïndexeerd."),
          ('p', "De meerjarenbegroting 2026-2030, met de verwachte inkomsten en uitgaven per jaar, de reserves en "
                "het weerstandsvermogen, is opgenomen in bijlage 6. Deze bijlage wordt jaarlijks geactualiseerd en "
                "is daarom als afzonderlijk document aan dit plan toegevoegd."),
          ('p', "Besturen verantwoorden vóór 1 mei van ieder jaar hoe zij het schoolbudget en de arrangementen hebben "
                "ingezet, met het verantwoordingsformat van het samenwerkingsverband. De controller bespreekt de "
                "verantwoording met ieder bestuur; niet-bestede middelen kunnen worden teruggevorderd.")]
    b += f_governance(c)
    b += f_opr(c)
    b += f_oogo(c)
    b += f_personeel(c)
    b += f_ict(c)
    b += f_vervoer(c)
    b += f_totstandkoming(c)
    # --- ouders hidden in Communicatie
    b += [('h1', '18 Communicatie en samenwerking'),
          ('p', "Goede communicatie is voor een organisatie als de onze geen bijzaak. Met de scholen communiceren we "
                "via de maandelijkse nieuwsbrief voor intern begeleiders en directeuren, het besloten deel van de "
                "website en de leernetwerken. Besturen ontvangen ieder kwartaal een managementrapportage. Met "
                "gemeenten en partners hebben we vaste contactpersonen."),
          ('h2', '18.1 Informatie voor ouders'),
          ('p', "Ouders moeten weten welke ondersteuning er voor hun kind mogelijk is. Op de ouderpagina van onze "
                "website staat in gewone taal wat de basisondersteuning inhoudt, welke arrangementen en voorzieningen "
                "er zijn en hoe je daar als ouder bij komt. Dezelfde informatie staat in de folder 'Wegwijs in "
                "passend onderwijs', die iedere school aan nieuwe ouders meegeeft en die ook in het Engels, Arabisch "
                "en Pools verkrijgbaar is. Iedere school neemt in de schoolgids een paragraaf over de ondersteuning "
                "op, met een verwijzing naar het schoolondersteuningsprofiel. Twee keer per jaar organiseren we een "
                "informatieavond voor ouders, in het voorjaar en in het najaar."),
          ('h2', '18.2 Onafhankelijke hulp voor ouders'),
          ('p', "Soms lopen ouders vast, of zijn ze het niet eens met de school of met ons. Dan kunnen zij terecht bij "
                "Ouderpunt Waterlinie, ons ouder- en jeugdsteunpunt. Ouderpunt Waterlinie is ondergebracht bij een "
                "onafhankelijke stichting, werkt uitsluitend in het belang van het kind en is telefonisch, per mail "
                "en op woensdagochtend op een inloopspreekuur bereikbaar. Medewerkers kunnen meegaan naar "
                "gesprekken. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Komen "
                "ouders en school er samen niet uit, dan staat de weg open naar de klachtenregeling van het "
                "schoolbestuur en naar de Geschillencommissie passend onderwijs."),
          ('h2', '18.3 Ouders als partner'),
          ('p', "Ouders worden betrokken bij het opstellen en evalueren van het OPP van hun kind en hebben daarop "
                "instemmingsrecht voor het handelingsdeel. Ouders zijn vertegenwoordigd in de "
                "ondersteuningsplanraad.")]
    b += f_begrippen(c)
    b += [('h1', 'Overzicht van de bijlagen'),
          ('table', [['Bijlage', 'Titel', 'Vindplaats'],
                     ['1', 'Verslag OOGO 3 februari 2026', 'afzonderlijk document'],
                     ['2', 'Standaarden basisondersteuning', 'opgenomen in dit document'],
                     ['3', 'Instemmingsbesluit OPR', 'afzonderlijk document'],
                     ['4', 'Werkwijzer Toelaatbaarheid 2026', 'afzonderlijk document en website'],
                     ['5', 'Rekenvoorbeeld verdeelmodel', 'opgenomen in dit document'],
                     ['6', 'Meerjarenbegroting 2026-2030', 'afzonderlijk document']]),
          ('break',),
          ('h1', 'Bijlage 2 Standaarden basisondersteuning'),
          ('p', "Deze twaalf standaarden gelden voor alle vestigingen van De Waterlinie. Per standaard staat wat ouders "
                "op iedere school mogen verwachten."),
          ('table', [['Nr', 'Standaard', 'Wat u op iedere school mag verwachten'],
                     ['1', 'Intern begeleider', 'Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, '
                      'met een afgeronde opleiding.'],
                     ['2', 'Ondersteuningsteam', 'Een ondersteuningsteam (IB, directeur, consulent SWV, jeugdteam) '
                      'dat minimaal vier keer per jaar bijeenkomt; ouders worden uitgenodigd als hun kind besproken '
                      'wordt.'],
                     ['3', 'Leerlingvolgsysteem', 'Twee keer per jaar toetsing en observatie, besproken in groeps- '
                      'en leerlingbesprekingen.'],
                     ['4', 'Handelingsgericht werken', 'Groepsplannen of groepsoverzichten met drie '
                      'instructieniveaus.'],
                     ['5', 'Dyslexie', 'Werken volgens het Protocol Leesproblemen en Dyslexie; begeleiding van '
                      'leerlingen met een dyslexieverklaring.'],
                     ['6', 'Dyscalculie', 'Werken volgens het Protocol ERWD.'],
                     ['7', 'Sociale veiligheid', 'Een bewezen effectief programma voor sociaal-emotionele '
                      'ontwikkeling en een anti-pestcoördinator.'],
                     ['8', 'Meer- en hoogbegaafdheid', 'Compacten en verrijken in de groep; signalering met een '
                      'vast instrument.'],
                     ['9', 'Taal en NT2', 'Extra taalaanbod voor leerlingen met een taalachterstand.'],
                     ['10', 'Medisch handelen', 'Een protocol medisch handelen en afspraken over medicijngebruik.'],
                     ['11', 'Fysieke toegankelijkheid', 'Afspraken met het bestuur over aanpassingen voor '
                      'leerlingen met een lichamelijke beperking.'],
                     ['12', 'Overgangen', 'Warme overdracht van voorschool naar groep 1 en van groep 8 naar het vo.']]),
          ('h1', 'Bijlage 5 Rekenvoorbeeld verdeelmodel'),
          ('table', [['Onderdeel', 'Berekening', 'Bedrag'],
                     ['Vaste voet', '1 vestiging × € 8.500', '€ 8.500'],
                     ['Leerlingdeel', '240 leerlingen × € 118', '€ 28.320'],
                     ['Schoolbudget totaal', '', '€ 36.820']]),
          ('p', "Het schoolbudget wordt aan het bestuur uitbetaald, niet aan de afzonderlijke school. Besturen "
                "kunnen het budget binnen hun scholen herverdelen, mits iedere vestiging de basisondersteuning "
                "kan blijven bieden.")]
    return b, c


# ==============================================================================================
# Plan 2 – VO, Rivierduinen-Oost (pdf only, rendered from a temporary docx). Refers to SOP and
# schoolgids for the content of basisondersteuning and to the website / a future protocol.
# ==============================================================================================

def plan_rivierduinen():
    c = ctx(naam='Samenwerkingsverband Voortgezet Onderwijs Rivierduinen-Oost', kort='Rivierduinen-Oost',
            sector='vo', periode='2026-2030', gemeenten=['Katwijk', 'Oegstgeest', 'Teylingen', 'Noordwijk'],
            besturen=7, scholen=19, ll=['12.304', '12.251', '12.190'], ib='ondersteuningscoördinatoren',
            bestuurder='drs. M.C. Brouwer-Liem', opr=10, fte='8,6',
            nr_voorwoord='1 ', nr_visie='4 ', nr_regio='3 ', nr_gov='12 ', nr_opr='13 ', nr_oogo='14 ',
            nr_pers='15 ', nr_ict='16 ', nr_verv='17 ', nr_tot='18 ', oogo_datum='29 januari 2026')
    b = [('title', 'Ondersteuningsplan 2026-2030'),
         ('sub', 'Samenwerkingsverband Voortgezet Onderwijs Rivierduinen-Oost (VO 28-09)'),
         ('sub', 'Ruimte voor elke jongere'),
         ('break',),
         ('toc', [('1', 'Voorwoord', 3), ('2', 'Samenvatting', 4), ('3', 'Onze regio', 5), ('4', 'Visie en missie', 6),
                  ('5', 'Basisondersteuning', 7), ('6', 'Het ondersteuningscontinuüm', 8),
                  ('7', 'Toelaatbaarheid vso, lwoo en praktijkonderwijs', 11),
                  ('8', 'Terugplaatsing en overplaatsing', 14), ('9', 'Ouders en leerlingen', 15),
                  ('10', 'Doelen en resultaten', 16), ('11', 'Geld en middelen', 19),
                  ('12', 'Organisatie en governance', 21), ('13', 'Medezeggenschap: de ondersteuningsplanraad', 22),
                  ('14', 'Samenwerking met gemeenten', 22), ('15', 'Personeel en professionalisering', 23),
                  ('16', 'ICT, gegevens en privacy', 24), ('17', 'Leerlingenvervoer en huisvesting', 24),
                  ('18', 'Totstandkoming van dit plan', 25), ('', 'Begrippenlijst', 26),
                  ('', 'Lijst van afkortingen', 27)]),
         ('break',)]
    b += f_voorwoord(c)
    b += [('h1', '2 Samenvatting'),
          ('p', "Rivierduinen-Oost kiest in dit plan voor continuïteit. De structuur van basisondersteuning, "
                "extra ondersteuning en speciaal onderwijs blijft in grote lijnen gelijk; de nadruk verschuift naar "
                "de kwaliteit van de ondersteuning in de klas en naar een betere aansluiting op jeugdhulp. Ouders "
                "en leerlingen krijgen een grotere stem. De middelen worden zo dicht mogelijk bij de leerling "
                "ingezet, en de reserves worden verder afgebouwd."),
          ('p', "Nieuw in deze planperiode zijn een gezamenlijk aanbod voor jongeren met een autismespectrumstoornis "
                "die op een reguliere school vastlopen, een uitbreiding van de capaciteit van het OPDC en een "
                "terugkeerarrangement voor jongeren die vanuit het vso naar het regulier onderwijs overstappen. "
                "De beoogde resultaten zijn uitgedrukt in meetbare doelen, die we jaarlijks volgen.")]
    b += f_regio(c)
    b += f_visie(c)
    # --- basisondersteuning: niveau yes (SWV-wide, 4 aspects); inhoud only via SOP / schoolgids
    b += [('h1', '5 Basisondersteuning'),
          ('p', "Het bestuur van Rivierduinen-Oost heeft vastgesteld dat alle negentien vestigingen ten minste "
                "hetzelfde niveau van basisondersteuning bieden. Dat niveau is voor de hele regio gelijk en is "
                "gebaseerd op de vier aspecten uit het Referentiekader passend onderwijs: basiskwaliteit zoals de "
                "Inspectie die beoordeelt, preventieve en licht curatieve interventies, een "
                "onderwijsondersteuningsstructuur en planmatig werken. Het niveau geldt voor elke leerweg en elk "
                "leerjaar; ook het praktijkonderwijs valt eronder."),
          ('p', "Welke voorzieningen daar op een school concreet onder vallen, verschilt per school en per "
                "leerlingpopulatie. Iedere school legt dat vast in haar schoolondersteuningsprofiel (SOP) en neemt "
                "een samenvatting op in de schoolgids. Ouders en leerlingen vinden beide documenten op de website van "
                "de school. Wij hebben er in dit plan bewust van afgezien een eigen lijst van voorzieningen op te "
                "nemen: de school is immers de plek waar de ondersteuning vorm krijgt."),
          ('p', "Om te bewaken dat iedere school het afgesproken niveau haalt, beoordeelt het bureau ieder jaar vijf "
                "SOP's aan de hand van een vaste kijkwijzer, zodat iedere school binnen vier jaar aan de beurt is. "
                "Schiet een SOP tekort, dan volgt een gesprek met het bestuur en stelt de school binnen een half jaar "
                "een aangepast SOP vast.")]
    # --- dekkend aanbod: present
    b += [('h1', '6 Het ondersteuningscontinuüm'),
          ('p', "Rivierduinen-Oost werkt met een doorlopend continuüm van ondersteuning. De ondersteuning wordt zo "
                "licht als mogelijk en zo zwaar als nodig ingezet, en zoveel mogelijk binnen de eigen school."),
          ('table', [['Niveau', 'Omschrijving', 'Voorbeelden'],
                     ['Basis', 'Ondersteuning die iedere school biedt', 'Mentoraat, ondersteuningscoördinator, '
                      'faalangstreductietraining'],
                     ['Extra binnen de school', 'Ondersteuning met middelen lichte ondersteuning',
                      'Ondersteuningsklassen, trajectvoorziening, leerwegondersteuning (lwoo)'],
                     ['Bovenschools', 'Tijdelijke plaatsing buiten de eigen school', 'OPDC De Overstap (48 '
                      'plaatsen, maximaal 2 jaar), rebound-traject (maximaal 13 weken), tussenvoorziening Kompas voor '
                      'leerlingen met ASS (vanaf 2026, 24 plaatsen)'],
                     ['Praktijkonderwijs', 'Een eigen schoolsoort met toelaatbaarheid', 'Twee scholen voor pro'],
                     ['Speciaal', 'Voortgezet speciaal onderwijs', 'Drie vso-scholen (cluster 3 en 4), plaatsing '
                      'buiten de regio waar nodig']]),
          ('p', "Voor jongeren die een combinatie van onderwijs en zorg nodig hebben, maken we met de gemeenten "
                "onderwijs-zorgarrangementen. Voor nieuwkomers is er een internationale schakelklas (ISK) in "
                "Katwijk. Jongeren met een uitzonderlijke begaafdheid kunnen deelnemen aan het regionale "
                "plusprogramma."),
          ('h2', '6.1 Jongeren zonder passende plek'),
          ('p', "Iedere jongere die langer dan vier weken niet naar school gaat, wordt binnen twee weken besproken in "
                "het Thuiszittersoverleg, waarin het samenwerkingsverband, de leerplichtambtenaren en de "
                "jeugdteams zitting hebben. Het overleg wijst een casusregisseur aan, die binnen zes weken met een "
                "plan komt. Het bureau houdt een actuele lijst bij; op 1 oktober 2025 waren er 23 thuiszitters in "
                "onze regio, van wie 9 langer dan drie maanden."),
          ('p', "Twee keer per jaar analyseren we de wachtlijsten van OPDC en vso en de aanvragen die niet konden "
                "worden gehonoreerd. De analyse van 2025 liet zien dat er geen passend aanbod was voor jongeren met "
                "ASS die op een reguliere school vastlopen maar geen vso nodig hebben. Daarom openen we in augustus "
                "2026 de tussenvoorziening Kompas.")]
    # --- plaatsing: present (no bezwaar route described)
    b += [('h1', '7 Toelaatbaarheid vso, lwoo en praktijkonderwijs'),
          ('h2', '7.1 Voortgezet speciaal onderwijs'),
          ('p', "Een leerling heeft een toelaatbaarheidsverklaring (TLV) nodig om in het vso te worden geplaatst. Het "
                "bestuur van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de TLV aan bij de "
                "Commissie Toelaatbaarheid van het samenwerkingsverband. De aanvraag bevat het OPP, een "
                "onderwijskundig rapport, de evaluatie van de ingezette ondersteuning en de zienswijze van ouders "
                "en leerling."),
          ('ol', ["De Commissie Toelaatbaarheid toetst binnen vijf werkdagen of de aanvraag volledig is.",
                  "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
                  "psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een "
                  "kinderpsychiater, een maatschappelijk werker of een arts). De deskundigen zijn niet betrokken "
                  "geweest bij de aanvraag.",
                  "De commissie neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit namens "
                  "het bestuur van het samenwerkingsverband.",
                  "Ouders en school ontvangen het besluit en een kopie van beide deskundigenadviezen."]),
          ('p', "Een leerling is toelaatbaar tot het vso wanneer: (a) de ondersteuning die de reguliere school met "
                "inzet van extra ondersteuning en bovenschoolse voorzieningen kan bieden aantoonbaar onvoldoende is "
                "gebleken of evident niet zal volstaan; (b) de leerling langdurig een intensieve combinatie van "
                "onderwijs en zorg nodig heeft in een kleine groep met specialistische begeleiding; en (c) de "
                "ondersteuningsbehoefte samenhangt met een verstandelijke, lichamelijke of meervoudige beperking, "
                "een langdurige ziekte of ernstige gedrags- of psychiatrische problematiek."),
          ('p', "Een TLV wordt afgegeven voor ten hoogste twee schooljaren en loopt tot en met 31 juli. In de TLV staat "
                "de bekostigingscategorie laag, midden of hoog."),
          ('h2', '7.2 Leerwegondersteunend onderwijs en praktijkonderwijs'),
          ('p', "Voor lwoo en pro hanteert Rivierduinen-Oost de landelijke criteria. Voor lwoo betekent dit een IQ "
                "tussen 75 en 90 met een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of een IQ "
                "tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek. Voor pro gelden een "
                "IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer domeinen."),
          ('p', "De vo-school waar de leerling is aangemeld dient de aanvraag in, uiterlijk 1 maart voorafgaand aan het "
                "schooljaar. De Commissie Toelaatbaarheid besluit uiterlijk 15 april. Een aanwijzing lwoo geldt voor "
                "de hele schoolloopbaan in het vo; een TLV pro geldt voor de duur van de opleiding.")]
    # --- terugstroom: beleid yes, procedure deferred to a future protocol
    b += [('h1', '8 Terugplaatsing en overplaatsing'),
          ('p', "Rivierduinen-Oost wil dat jongeren het vso niet als eindstation ervaren. Wij vinden dat een jongere "
                "terug moet kunnen naar het regulier voortgezet onderwijs zodra dat past bij zijn "
                "ontwikkelingsperspectief, ook als dat halverwege een opleiding is. Voorwaarden zijn dat de "
                "ondersteuningsbehoefte zodanig is afgenomen dat een reguliere school die met extra ondersteuning "
                "kan opvangen, dat er een reguliere opleiding is die aansluit bij het niveau van de jongere en dat "
                "de jongere zelf de overstap wil maken."),
          ('p', "Een jongere die terugkeert, krijgt een terugkeerarrangement: gedurende het eerste schooljaar op de "
                "nieuwe school heeft hij een vaste coach vanuit de vso-school, die ook de mentor en de "
                "ondersteuningscoördinator adviseert. Het samenwerkingsverband bekostigt dit arrangement volledig. "
                "Overplaatsing naar een andere vso-school of naar het praktijkonderwijs is ook mogelijk als dat "
                "beter aansluit."),
          ('p', "Het stappenplan voor terugplaatsing – wie het initiatief neemt, op welke momenten de vso-school de "
                "mogelijkheid van terugkeer bespreekt en wie daarover beslist – werken we in het schooljaar 2026-2027 "
                "samen met de vso-scholen uit in een protocol. Tot dat protocol is vastgesteld, houden de scholen "
                "de afspraken uit het vorige ondersteuningsplan aan."),
          ('p', "In het schooljaar 2024-2025 keerden 11 jongeren vanuit het vso terug naar het regulier vo (2023-2024: "
                "7). Van de jongeren die in 2023-2024 terugkeerden, zat een jaar later 6 nog op dezelfde school.")]
    # --- ouders: informatie yes, steunpunt only deferral/website
    b += [('h1', '9 Ouders en leerlingen'),
          ('p', "Ouders en leerlingen moeten weten wat ze mogen verwachten. Op de website van het samenwerkingsverband "
                "staat een aparte pagina voor ouders en een pagina voor leerlingen, met uitleg over de ondersteuning "
                "op school, de bovenschoolse voorzieningen, het vso, lwoo en pro. De folder 'Passend onderwijs in "
                "Rivierduinen-Oost' is beschikbaar in vijf talen en wordt via de basisscholen aan alle ouders van "
                "leerlingen in groep 8 verstrekt. Iedere vo-school beschrijft in de schoolgids en het SOP welke "
                "ondersteuning zij biedt. Ieder jaar in november organiseren we samen met de scholen een "
                "informatieavond voor ouders van leerlingen in groep 7 en 8."),
          ('p', "Leerlingen hebben het recht om gehoord te worden over hun OPP. De school bespreekt het OPP met de "
                "leerling en legt diens mening vast. Ook in de ondersteuningsplanraad hebben leerlingen een stem."),
          ('p', "Over onafhankelijke ondersteuning voor ouders en leerlingen maken we in het schooljaar 2026-2027 "
                "nieuwe afspraken met de samenwerkingsverbanden in de regio. Tot die tijd verwijzen we naar de "
                "actuele informatie op onze website.")]
    # --- resultaten: present
    b += [('h1', '10 Doelen en resultaten'),
          ('h2', '10.1 Wat we bereikten in 2022-2026'),
          ('table', [['Indicator', 'Doel 2026', 'Bereikt (1 okt 2025)'],
                     ['Deelnamepercentage vso', '≤ 3,2%', '3,4%'],
                     ['Thuiszitters langer dan 3 maanden', '≤ 5', '9'],
                     ['Doorlooptijd TLV-aanvraag (gemiddeld)', '≤ 6 weken', '4,8 weken'],
                     ['Tevredenheid scholen over de consulenten', '≥ 7,5', '7,9']]),
          ('p', "Het deelnamepercentage vso is licht gestegen, vooral door een toename van leerlingen met "
                "psychiatrische problematiek. De doelen voor de doorlooptijd en de tevredenheid zijn gehaald. Het "
                "aantal langdurige thuiszitters bleef boven de norm."),
          ('h2', '10.2 Beoogde resultaten 2026-2030'),
          ('table', [['Beoogd resultaat', 'Indicator', 'Streefwaarde 2030'],
                     ['Meer jongeren volgen onderwijs dichtbij huis', 'Deelnamepercentage vso', '≤ 3,0%'],
                     ['Geen jongere zit langdurig thuis', 'Thuiszitters > 3 maanden', '0 (peildatum 1 oktober)'],
                     ['Meer jongeren keren terug uit het vso', 'Terugplaatsingen per jaar', '≥ 15'],
                     ['Jongeren ervaren de ondersteuning als passend', 'Leerlingtevredenheid (vragenlijst)', '≥ 7,0'],
                     ['Leerlingen in het OPDC keren terug naar een reguliere school', 'Percentage binnen 2 jaar '
                      'terug', '≥ 80%']]),
          ('h2', '10.3 Zo volgen we de resultaten'),
          ('p', "Het bureau verzamelt de gegevens voor de indicatoren ieder kwartaal uit de leerlingadministratie, DUO "
                "en de registraties van de commissie en de leerplichtambtenaren, en zet ze in een dashboard dat voor "
                "alle besturen toegankelijk is. Ieder voorjaar bespreken bestuur, directeuren en OPR de voortgang; "
                "het jaarverslag, dat vóór 1 juli verschijnt, rapporteert per doel wat is bereikt en wat het heeft "
                "gekost. In 2028 voeren we een tussentijdse evaluatie uit met een extern bureau; de uitkomst kan "
                "leiden tot bijstelling van dit plan.")]
    # --- financien: present, under 'Geld en middelen'
    b += [('h1', '11 Geld en middelen'),
          ('p', "Het samenwerkingsverband ontvangt rijksbekostiging voor lichte en zware ondersteuning. Voor lwoo en "
                "pro gaan de middelen via DUO rechtstreeks naar de scholen; voor leerlingen in het vso worden de "
                "bedragen door DUO ingehouden op onze bekostiging."),
          ('h2', '11.1 Zo verdelen we de middelen'),
          ('ul', ["Middelen lichte ondersteuning: volledig naar de besturen, naar rato van het aantal leerlingen op "
                  "1 oktober (€ 142 per leerling in 2026).",
                  "Extra ondersteuning binnen de school: ieder bestuur ontvangt een vast budget van € 38.000 per "
                  "vestiging plus € 95 per leerling; besteding wordt verantwoord in de jaarrapportage.",
                  "Bovenschoolse voorzieningen: OPDC, rebound en Kompas worden bekostigd op basis van het aantal "
                  "plaatsen dat het bestuur jaarlijks vaststelt.",
                  "Terugkeerarrangementen en individuele maatwerkarrangementen: op aanvraag bij de Commissie "
                  "Toelaatbaarheid, op basis van een OPP."]),
          ('h2', '11.2 Meerjarenbegroting'),
          ('table', [['(bedragen × € 1.000)', '2026', '2027', '2028', '2029'],
                     ['Baten ondersteuningsbekostiging', '14.620', '14.540', '14.470', '14.400'],
                     ['Afdracht vso (DUO)', '-6.310', '-6.280', '-6.240', '-6.200'],
                     ['Lichte ondersteuning besturen', '-1.731', '-1.722', '-1.714', '-1.706'],
                     ['Extra ondersteuning besturen', '-1.880', '-1.875', '-1.870', '-1.865'],
                     ['OPDC, rebound en Kompas', '-2.950', '-3.120', '-3.120', '-3.120'],
                     ['Arrangementen', '-940', '-940', '-960', '-960'],
                     ['Bureau, personeel en huisvesting', '-1.210', '-1.230', '-1.250', '-1.270'],
                     ['Resultaat', '-401', '-627', '-684', '-721']]),
          ('p', "De negatieve resultaten zijn bewust begroot: we bouwen de algemene reserve af van € 3,9 miljoen eind "
                "2025 naar circa € 1,5 miljoen eind 2029. Dat bedrag ligt onder de signaleringswaarde van de "
                "Inspectie en is voldoende om de risico's op te vangen die we in de risicoparagraaf hebben benoemd, "
                "zoals een stijging van het aantal vso-leerlingen."),
          ('p', "Besturen verantwoorden ieder jaar vóór 1 juni in een jaarrapportage hoe zij de middelen hebben "
                "ingezet en welke resultaten dat heeft opgeleverd.")]
    b += f_governance(c)
    b += f_opr(c)
    b += f_oogo(c)
    b += f_personeel(c)
    b += f_ict(c)
    b += f_vervoer(c)
    b += f_totstandkoming(c)
    b += f_begrippen(c)
    b += f_afkortingen(c)
    return b, c


# ==============================================================================================
# Plan 3 – PO, De Brede Stroom, CONCEPT v0.7 (.md) with reviewer comments in brackets and TODO's.
# ==============================================================================================

def plan_brede_stroom():
    c = ctx(naam='Samenwerkingsverband PO De Brede Stroom', kort='De Brede Stroom', sector='po',
            periode='2026-2030', gemeenten=['Deventer', 'Olst-Wijhe', 'Raalte'], besturen=11, scholen=72,
            ll=['16.480', '16.402', '16.371'], bestuurder='K. de Boer', opr=14, fte='12,8',
            nr_voorwoord='', nr_visie='2 ', nr_regio='1.1 ', nr_gov='11 ', nr_opr='12 ', nr_oogo='13 ',
            nr_pers='14 ', nr_ict='15 ', nr_verv='16 ', nr_tot='17 ', oogo_datum='(datum OOGO invullen)',
            d_opr='(na OPR 12 februari)', d_vast='(gepland 17 maart 2026)', d_insp='(uiterlijk 30 april 2026)')
    b = [('title', 'CONCEPT v0.7 – Ondersteuningsplan 2026-2030'),
         ('sub', 'Samenwerkingsverband PO De Brede Stroom (PO 30-06) – ter bespreking in de OPR op 12 februari 2026 – '
                 'niet verspreiden'),
         ('p', "[Opmerking secretariaat: dit is de versie met de opmerkingen uit de leesronde van het "
               "directeurenoverleg verwerkt. Opmerkingen staan tussen vierkante haken. Hoofdstukken zonder tekst "
               "worden nog aangeleverd door de werkgroepen.]"),
         ('toc', [('', 'Voorwoord', ''), ('1', 'Inleiding', ''), ('2', 'Visie en missie', ''),
                  ('3', 'Basisondersteuning', ''), ('4', 'Extra ondersteuning en arrangementen', ''),
                  ('5', 'Toelaatbaarheid sbo en so', ''), ('6', 'Terugplaatsing', ''),
                  ('7', 'Thuiszitters en witte vlekken', ''), ('8', 'Samen met ouders', ''),
                  ('9', 'Waar willen we in 2030 staan?', ''), ('10', 'Financiën', ''),
                  ('11-17', 'Organisatie, OPR, gemeenten, personeel, ICT, vervoer, totstandkoming', ''),
                  ('', 'Begrippenlijst', '')]),
         ('p', "TODO: paginanummers inhoudsopgave bijwerken in de opgemaakte versie."),
         ('h1', 'Voorwoord'),
         ('p', "[TODO: voorwoord voorzitter AB – Kees levert aan na de OPR-vergadering.]")]
    b += [('h1', '1 Inleiding'),
          ('p', "Dit is het ondersteuningsplan van De Brede Stroom voor de schooljaren 2026-2030. Het plan bouwt voort "
                "op het ondersteuningsplan 2022-2026, dat in het voorjaar van 2025 met directeuren, OPR en "
                "gemeenten is geëvalueerd. De belangrijkste les uit die evaluatie was dat het vorige plan te veel "
                "procedures en te weinig keuzes bevatte. In dit plan maken we die keuzes wel."),
          ('p', "[Opmerking JvL (directeurenoverleg): de inleiding kan korter. Lezers willen snel naar de inhoud.]"),
          ('p', "Het plan is besproken met de directeuren (oktober en december 2025), met de gemeenten (januari "
                "2026) en met de ondersteuningsplanraad (werksessie november 2025). De definitieve vaststelling is "
                "voorzien in maart 2026.")]
    b += f_geschiedenis(c, '1.0 ')
    b += [('p', "[Opmerking JvL: paragraaf 'Waar komen we vandaan' kan naar de bijlagen?]")]
    b += f_regio(c)
    b += f_visie(c)
    # --- basisondersteuning: missing (TODO only)
    b += [('h1', '3 Basisondersteuning'),
          ('p', "[TODO Marieke: tekst volgt na het besluit van het AB over het nieuwe Referentiekader "
                "basisondersteuning (AB 4 maart). Niet de tekst uit 2022 overnemen; die sluit niet meer aan.]"),
          ('p', "[Opmerking OPR-lid (ouder): voor ouders is dit het belangrijkste hoofdstuk. Graag concreet, en graag "
                "vóór de instemmingsvergadering.]")]
    # --- dekkend aanbod: continuum yes, lacunes TODO
    b += [('h1', '4 Extra ondersteuning en arrangementen'),
          ('p', "Wat een school niet zelf kan bieden, organiseert zij met steun van het samenwerkingsverband. De "
                "Brede Stroom kent een opbouw in vier stappen. Een leerling kan meteen instromen op de stap die bij "
                "zijn ondersteuningsbehoefte past."),
          ('ol', ["Ondersteuning in de eigen groep, met advies van de schoolcontactpersoon van het "
                  "samenwerkingsverband.",
                  "Een arrangement op de eigen school: een individueel arrangement (bijvoorbeeld een "
                  "onderwijsassistent voor een vast aantal uren, ambulante begeleiding vanuit het so, een "
                  "gedragsspecialist) of een groepsarrangement voor enkele leerlingen met vergelijkbare behoeften.",
                  "Een tijdelijke plaatsing in een bovenschoolse voorziening: de Kiemgroep (observatie en diagnostiek "
                  "voor kleuters, 10 plaatsen), de Talentklas (voltijds voor hoogbegaafde leerlingen met "
                  "onderpresteren, 16 plaatsen) of de nieuwkomersvoorziening De Wereldklas.",
                  "Een plaats in het speciaal basisonderwijs (twee sbo-scholen) of het speciaal onderwijs (één so-school "
                  "cluster 4, één so-school cluster 3, plaatsing in cluster 3 buiten de regio voor kinderen met een "
                  "ernstige meervoudige beperking)."]),
          ('p', "Een arrangement wordt aangevraagd door de intern begeleider, na bespreking in het "
                "ondersteuningsteam van de school. [Opmerking MvdB: moeten we hier niet de Handreiking "
                "Arrangeren noemen? Die staat al op de website.]"),
          ('h1', '7 Thuiszitters en witte vlekken'),
          ('p', "[TODO Sanne (werkgroep dekkend aanbod): cijfers leerplicht 2024-2025 en de aanpak met de "
                "thuiszitterstafel invoegen. Tekst uit OP 2022-2026 par. 6.3 overnemen? → nee, die aanpak is "
                "gewijzigd. Werkgroep levert eind februari aan.]"),
          ('p', "PM")]
    # --- plaatsing: present with deskundigen, duur-categorie, bezwaar
    b += [('h1', '5 Toelaatbaarheid sbo en so'),
          ('p', "[Opmerking secretariaat: hoofdstukvolgorde 5/6/7 nog aanpassen, hoofdstuk 7 staat nu na 4.]"),
          ('p', "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring nodig. De Brede Stroom kent "
                "hiervoor één route, de 'route naar speciaal':"),
          ('ol', ["De school bespreekt de leerling in het ondersteuningsteam, met de ouders en de "
                  "schoolcontactpersoon. Het OT stelt vast of een TLV-aanvraag aan de orde is.",
                  "Het bestuur van de school dient de aanvraag digitaal in bij het Loket van De Brede Stroom, met het "
                  "OPP, het groeidocument en het formulier 'Zienswijze ouders'.",
                  "Het Loket wijst twee deskundigen aan: een orthopedagoog of GZ-psycholoog van het "
                  "samenwerkingsverband en, afhankelijk van de vraag, een tweede deskundige (een "
                  "jeugdarts, een maatschappelijk werker of een kinderpsychiater). Beiden geven afzonderlijk een "
                  "schriftelijk advies en zijn niet eerder bij de leerling betrokken geweest.",
                  "De Commissie van Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige "
                  "aanvraag; in spoedeisende gevallen binnen tien werkdagen.",
                  "Ouders en school ontvangen het besluit met beide adviezen."]),
          ('p', "De commissie geeft een TLV af als de leerling: (1) een ondersteuningsbehoefte heeft die aantoonbaar "
                "niet kan worden beantwoord met basisondersteuning en arrangementen, blijkend uit een OPP met ten "
                "minste twee evaluaties; (2) voor het sbo: structureel gebaat is bij een kleine groep met "
                "specialistische didactiek; (3) voor het so: daarnaast een ondersteuningsbehoefte heeft op het "
                "gebied van gedrag of psychiatrie (cluster 4) of een verstandelijke of lichamelijke beperking of "
                "langdurige ziekte (cluster 3) die een intensieve verbinding van onderwijs en zorg vraagt."),
          ('p', "Een TLV voor het sbo loopt tot het einde van de basisschoolperiode; een TLV voor het so wordt voor "
                "twee schooljaren afgegeven, met de bekostigingscategorie laag, midden of hoog. [Opmerking JvL: "
                "klopt dit nog met wat de Commissie nu doet? → Ja, gecheckt met Loket, 20-1.]"),
          ('p', "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het "
                "samenwerkingsverband. De Brede Stroom is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar.")]
    # --- terugstroom: missing (TODO)
    b += [('h1', '6 Terugplaatsing'),
          ('p', "TODO: beleid en procedure terugplaatsing."),
          ('p', "[Opmerking Sanne (werkgroep s(b)o): de notitie van de werkgroep volgt in april. Graag niet de tekst "
                "uit 2022 overnemen, want die klopt niet meer sinds de sbo-scholen TLV's tot het einde van de "
                "basisschool afgeven.] [Opmerking KdB: dan moet dit hoofdstuk na instemming als wijziging terug "
                "naar de OPR.]")]
    # --- ouders: present
    b += [('h1', '8 Samen met ouders'),
          ('p', "Ouders hebben recht op heldere informatie over wat scholen en het samenwerkingsverband kunnen bieden. "
                "De Brede Stroom informeert ouders op drie manieren: (1) via de oudersite "
                "www.debredestroom.nl/ouders, met korte filmpjes over arrangementen, de bovenschoolse voorzieningen "
                "en de route naar speciaal; (2) via de schoolgids, waarin iedere school een door het "
                "samenwerkingsverband aangeleverde vaste paragraaf over de ondersteuningsmogelijkheden opneemt; en "
                "(3) via een spreekuur voor ouders op het bureau, elke dinsdagmiddag."),
          ('p', "Ouders die vastlopen of het niet eens zijn met de school, kunnen terecht bij De Ouderwijzer, het "
                "ouder- en jeugdsteunpunt dat De Brede Stroom samen met het SWV VO en de drie gemeenten heeft "
                "ingericht. De Ouderwijzer is onafhankelijk van scholen en samenwerkingsverband, kosteloos en "
                "bereikbaar via telefoon, WhatsApp en mail. Ook kunnen ouders terecht bij de Onderwijsconsulenten."),
          ('p', "[Opmerking OPR-lid (ouder): top dat De Ouderwijzer er nu is! Kan het telefoonnummer erbij?] "
                "[TODO: telefoonnummer en openingstijden Ouderwijzer toevoegen.]"),
          ('p', "Ouders zijn gesprekspartner bij het OPP en worden uitgenodigd bij iedere bespreking van hun kind in "
                "het ondersteuningsteam.")]
    # --- resultaten: present, unusual wording
    b += [('h1', '9 Waar willen we in 2030 staan?'),
          ('p', "We spreken niet graag van 'resultaten' alsof onderwijs een productieproces is. Toch willen we weten "
                "of wat we doen werkt voor de kinderen om wie het gaat. Daarom hebben we vijf dingen benoemd waaraan "
                "we in 2030 willen kunnen zien dat het beter gaat met kinderen die extra ondersteuning nodig hebben:"),
          ('ul', ["minstens 90% van de kinderen met een arrangement blijft op de eigen school (nu 84%);",
                  "iedere TLV-aanvraag is binnen zes weken afgehandeld (nu 81%);",
                  "het aandeel leerlingen in sbo en so daalt van 3,9% naar 3,5% (peildatum 1 oktober);",
                  "ouders geven de samenwerking met school rond de ondersteuning van hun kind gemiddeld minstens "
                  "een 7,5;",
                  "alle scholen werken met een OPP waarin doelen en evaluatie goed zijn beschreven (nu 70% bij de "
                  "steekproef van 2025)."]),
          ('h2', 'Hoe houden we de vinger aan de pols?'),
          ('p', "Het bureau zet de cijfers twee keer per jaar op een rij (in februari en september) en bespreekt ze met "
                "het directeurenoverleg. Ouders krijgen ieder jaar in het voorjaar een korte vragenlijst. Ieder jaar "
                "in juni kijken het bestuur en de OPR samen naar de cijfers; in het jaarverslag staat per doel hoe "
                "ver we zijn. Lopen we achter, dan passen we de aanpak in het jaarplan aan."),
          ('p', "[Opmerking KdB: de 3,5% is ambitieus. Even checken bij de so-scholen? → Besproken 15-1, blijft staan.]")]
    # --- financien: besteding (begroting) yes; verdeling not decided
    b += [('h1', '10 Financiën'),
          ('p', "De Brede Stroom ontvangt jaarlijks ruim € 11 miljoen aan ondersteuningsmiddelen. Een groot deel "
                "daarvan wordt door DUO direct ingehouden voor de leerlingen in het so en het sbo."),
          ('h2', '10.1 Verdeling'),
          ('p', "Het nieuwe verdeelmodel wordt in het voorjaar van 2026 door het AB vastgesteld en daarna aan dit plan "
                "toegevoegd."),
          ('p', "[Opmerking KdB: in het AB van 14 januari lagen twee varianten voor: A) vaste voet € 12.000 per "
                "vestiging + € 95 per leerling, B) alleen € 120 per leerling. Besluit volgt in april. Welke nemen we "
                "op? Voorstel: geen van beide tot het besluit er is.]"),
          ('h2', '10.2 Begroting 2026-2029'),
          ('table', [['(× € 1.000)', '2026', '2027', '2028', '2029'],
                     ['Ondersteuningsmiddelen (bruto)', '11.240', '11.180', '11.130', '11.090'],
                     ['Afdrachten so en sbo (DUO)', '5.480', '5.440', '5.400', '5.380'],
                     ['Schoolbudgetten besturen', '3.560', '3.540', '3.520', '3.500'],
                     ['Bovenschoolse voorzieningen', '1.150', '1.190', '1.190', '1.190'],
                     ['Bureau en Loket', '1.020', '1.040', '1.060', '1.080'],
                     ['Resultaat', '30', '-30', '-40', '-60']]),
          ('p', "[TODO: risicoparagraaf en reserves – controller levert aan. Vraag OPR: is het resultaat 2027-2029 "
                "bewust negatief?]")]
    b += f_governance(c)
    b += f_opr(c)
    b += f_oogo(c)
    b += f_personeel(c)
    b += f_ict(c)
    b += f_vervoer(c)
    b += f_totstandkoming(c)
    b += [('p', "[TODO: data invullen na vaststelling.]")]
    b += f_begrippen(c)
    return b, c


# ==============================================================================================
# Plan 4 – VO, De Maasoevers, 'Koersdocument' (docx). Unusual headings, content in tables,
# references to a Handboek, a separate Ondersteuningswijzer (bijlage 3, not included), a separate
# Meerjarenbegroting and a communicatieplan that is still to come. Running header with trap words.
# ==============================================================================================

def plan_maasoevers():
    c = ctx(naam='Samenwerkingsverband Voortgezet Onderwijs De Maasoevers', kort='De Maasoevers', sector='vo',
            periode='2026-2030', gemeenten=['Oss', 'Maasdriel', 'Zaltbommel', 'West Maas en Waal'], besturen=6,
            scholen=15, ll=['10.950', '10.874', '10.802'], ib='ondersteuningscoördinatoren',
            bestuurder='ir. P. Schellekens', opr=8, fte='7,2',
            nr_voorwoord='', nr_visie='2 ', nr_regio='1 ', nr_gov='12 ', nr_opr='13 ', nr_oogo='14 ',
            nr_pers='15 ', nr_ict='16 ', nr_verv='17 ', nr_tot='18 ', oogo_datum='5 februari 2026')
    b = [('title', 'Samen koers houden'),
         ('sub', 'Koersdocument passend onderwijs 2026-2030 – het ondersteuningsplan van Samenwerkingsverband '
                 'Voortgezet Onderwijs De Maasoevers (VO 31-02)'),
         ('break',),
         ('toc', [('', 'Ten geleide', 2), ('1', 'Onze regio', 3), ('2', 'Visie en missie', 4),
                  ('3', 'Wat elke school biedt', 5), ('4', 'Routes naar extra ondersteuning', 7),
                  ('5', 'Plaatsing in vso, lwoo en praktijkonderwijs', 8), ('6', 'Kansen na het vso', 10),
                  ('7', 'Niemand buiten de boot', 11), ('8', 'Koersdoelen 2030', 12),
                  ('9', 'Als het schuurt: hulp voor ouders en leerlingen', 14), ('10', 'Informatie', 15),
                  ('11', 'Middelen', 15), ('12', 'Organisatie en governance', 16),
                  ('13', 'Medezeggenschap: de ondersteuningsplanraad', 17), ('14', 'Samenwerking met gemeenten', 17),
                  ('15', 'Personeel en professionalisering', 18), ('16', 'ICT, gegevens en privacy', 19),
                  ('17', 'Leerlingenvervoer en huisvesting', 19), ('18', 'Totstandkoming van dit plan', 20),
                  ('', 'Begrippen', 21), ('', 'Afkortingen', 22)]),
         ('break',),
         ('h1', 'Ten geleide'),
         ('p', "Dit koersdocument is het ondersteuningsplan van De Maasoevers voor de periode 2026-2030. We hebben "
               "gekozen voor een andere vorm dan in 2022. Het vorige plan telde ruim honderd pagina's en werd, zo "
               "bleek uit de evaluatie, weinig gelezen. Dit document is korter en richt zich op de koers: wat we "
               "willen bereiken, wat scholen, ouders en leerlingen van ons mogen verwachten en hoe de belangrijkste "
               "routes lopen."),
         ('p', "Uitwerkingen die vaker veranderen, staan in afzonderlijke documenten: het Handboek "
               "Ondersteuningstoewijzing, de Ondersteuningswijzer (bijlage 3) en de Meerjarenbegroting. Die "
               "documenten worden door het bestuur vastgesteld en zijn via het bureau en de website beschikbaar. "
               "Waar dit koersdocument ernaar verwijst, vermelden we dat steeds."),
         ('p', "Met dank aan iedereen die heeft meegeschreven: de ondersteuningscoördinatoren, de leden van de OPR, "
               "de leerlingenraad van het Maasland College en de ouders van de klankbordgroep.")]
    b += f_regio(c)
    b += f_visie(c)
    # --- basisondersteuning: present, in a table
    b += [('h1', '3 Wat elke school biedt'),
          ('p', "Op iedere vestiging van De Maasoevers – van het gymnasium tot het praktijkonderwijs – kan een leerling "
                "rekenen op dezelfde ondergrens van ondersteuning. Die ondergrens hebben de zes besturen samen "
                "afgesproken en op 12 november 2025 vastgesteld. Geen school mag eronder zitten. De tabel laat zien "
                "wat die ondergrens concreet inhoudt."),
          ('table', [['Onderdeel', 'Wat een leerling op iedere school minimaal krijgt'],
                     ['Mentor', 'Een vaste mentor met minimaal één individueel gesprek per periode'],
                     ['Ondersteuningscoördinator', 'Een ondersteuningscoördinator (minimaal 0,5 fte per 500 '
                      'leerlingen) die bereikbaar is voor leerling en ouders'],
                     ['Ondersteuningsteam', 'Een ondersteuningsteam met de jeugdarts, schoolmaatschappelijk werk en de '
                      'consulent van het samenwerkingsverband, minimaal zes keer per jaar'],
                     ['Leren', 'Begeleiding bij dyslexie en dyscalculie, huiswerkbegeleiding op school, training '
                      'in plannen en organiseren (executieve functies)'],
                     ['Welbevinden', 'Een faalangsttraining, een sociale-vaardigheidstraining en een aanpak tegen '
                      'pesten met een anti-pestcoördinator'],
                     ['Opvang', 'Een vaste time-out- en opvangplek met begeleiding gedurende de hele schooldag'],
                     ['Medisch', 'Protocol medisch handelen; aangepast rooster bij langdurige ziekte'],
                     ['Overgang', 'Warme overdracht vanuit het po en naar het mbo']]),
          ('p', "Of een school de ondergrens haalt, toetsen we met de kwaliteitskaart. Eens in de twee jaar voert een "
                "auditteam (een collega-ondersteuningscoördinator en de consulent) op iedere school een audit uit. "
                "Haalt een school een onderdeel niet, dan maakt het bestuur afspraken met het samenwerkingsverband "
                "over herstel binnen zes maanden; de directeur-bestuurder meldt dit aan de Raad van Toezicht.")]
    # --- dekkend aanbod: continuum only by reference (bijlage 3 not included); lacunes in ch. 7
    b += [('h1', '4 Routes naar extra ondersteuning'),
          ('p', "Wanneer een leerling meer nodig heeft dan de ondergrens, zoekt de school eerst binnen de eigen "
                "mogelijkheden en vervolgens samen met het samenwerkingsverband naar een passend antwoord. Het "
                "totale aanbod daarvoor – wat scholen bieden boven de ondergrens, de bovenschoolse voorzieningen, "
                "het praktijkonderwijs en het vso, met per voorziening de doelgroep en de capaciteit – staat in de "
                "Ondersteuningswijzer 2026 (bijlage 3). Omdat dat aanbod ieder jaar wijzigt, publiceren we de "
                "Ondersteuningswijzer als afzonderlijk document."),
          ('p', "Het bestuur van De Maasoevers heeft ervoor gekozen het aanbod niet in dit koersdocument vast te "
                "leggen, zodat scholen en samenwerkingsverband snel kunnen inspelen op nieuwe behoeften.")]
    # --- plaatsing: procedure yes; criteria only in the Handboek
    b += [('h1', '5 Plaatsing in vso, lwoo en praktijkonderwijs'),
          ('p', "Over de toelaatbaarheid tot het vso, de aanwijzing voor lwoo en de toelaatbaarheid tot het "
                "praktijkonderwijs besluit de Commissie Toewijzing van De Maasoevers, namens het bestuur. De route "
                "is voor alle drie gelijk:"),
          ('table', [['Stap', 'Wie', 'Wat', 'Termijn'],
                     ['1', 'School van inschrijving of aanmelding', 'Bespreekt de leerling in het ondersteuningsteam '
                      'en stelt met ouders en leerling het aanvraagdossier op (OPP, onderwijskundig rapport, '
                      'zienswijze ouders en leerling)', '–'],
                     ['2', 'Bestuur van de school', 'Dient de aanvraag digitaal in bij de Commissie Toewijzing; '
                      'voor lwoo en pro bij aanmelding voor het eerste leerjaar uiterlijk 1 maart',
                      '–'],
                     ['3', 'Secretaris Commissie Toewijzing', 'Toetst de volledigheid', 'binnen 5 werkdagen'],
                     ['4', 'Twee deskundigen', 'Een orthopedagoog of psycholoog en een tweede deskundige '
                      'afhankelijk van de leerling; ieder brengt afzonderlijk schriftelijk advies uit; geen van '
                      'beiden was betrokken bij de aanvraag', 'binnen 3 weken'],
                     ['5', 'Commissie Toewijzing', 'Neemt het besluit en stuurt dit met de adviezen naar ouders en '
                      'school', 'binnen 6 weken na volledige aanvraag']]),
          ('p', "De criteria waaraan de Commissie Toewijzing de aanvragen toetst, zijn voor vso, lwoo en pro "
                "opgenomen in het Handboek Ondersteuningstoewijzing (versie 2025). Het Handboek is niet als bijlage "
                "bij dit koersdocument gevoegd, omdat het jaarlijks wordt bijgewerkt."),
          ('p', "Is een ouder of leerling het niet eens met het besluit, dan kan binnen zes weken bezwaar worden "
                "gemaakt bij het bestuur van De Maasoevers. Het bestuur vraagt advies aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist.")]
    # --- terugstroom: present, unusual heading
    b += [('h1', '6 Kansen na het vso'),
          ('p', "Een plek in het vso is voor ons geen eindbestemming. Voor een deel van de jongeren wordt een reguliere "
                "school na een periode in het vso weer haalbaar, en dan moet die stap ook gezet kunnen worden. Wij "
                "streven ernaar dat een jongere terugkeert naar het regulier onderwijs wanneer hij de "
                "ondersteuning die hij nog nodig heeft, daar kan krijgen, wanneer er een opleiding is die past bij "
                "zijn niveau en wanneer hij zelf gemotiveerd is. Een overstap naar het praktijkonderwijs of naar "
                "een andere vso-school kan eveneens een goede stap zijn."),
          ('p', "Twee keer per jaar, in oktober en maart, bespreekt de commissie van begeleiding van de vso-school "
                "alle leerlingen aan de hand van het OPP en stelt zij vast of een overstap in beeld is. In het laatste "
                "jaar van de toelaatbaarheidsverklaring voert de vso-school uiterlijk 1 maart een overstapgesprek met "
                "jongere, ouders en de consulent van het samenwerkingsverband. Als de overstap haalbaar is, zoekt "
                "de consulent samen met ouders een reguliere school; de vso-school draagt de leerling warm over. Als "
                "de overstap niet haalbaar is, dient de vso-school een nieuwe aanvraag in bij de Commissie "
                "Toewijzing."),
          ('p', "Iedere teruggekeerde jongere krijgt een overstapcoach uit het vso voor ten minste het eerste "
                "schooljaar. Gaat het binnen zes maanden toch mis, dan kan de jongere terug naar de vso-school zonder "
                "nieuwe procedure.")]
    # --- dekkend aanbod: lacunes
    b += [('h1', '7 Niemand buiten de boot'),
          ('p', "Hoe goed het aanbod ook is, er zijn altijd jongeren voor wie het niet past. Die jongeren willen we zo "
                "vroeg mogelijk in beeld hebben. Scholen melden iedere leerling die langer dan twee weken "
                "ongeoorloofd of met vage redenen afwezig is bij de consulent en de leerplichtambtenaar. Voor iedere "
                "leerling die vier weken of langer thuiszit, belegt de consulent een 'tafel': school, ouders, "
                "jongere, leerplicht en jeugdhulp maken daar binnen twee weken één plan met één regisseur."),
          ('p', "Komen de partijen er binnen zes weken niet uit, dan schaalt de consulent op naar de "
                "directeur-bestuurder, die met de schoolbesturen kan afspreken welke school of voorziening de "
                "jongere tijdelijk opvangt. Ieder half jaar bekijkt het bureau welke jongeren geen passende plek "
                "vonden, waar wachttijden ontstonden (bijvoorbeeld bij het OPDC) en welk aanbod ontbrak. Die "
                "analyse bespreken we met de besturen en de gemeenten; zij leidt tot concrete afspraken over het "
                "uitbreiden of aanpassen van voorzieningen.")]
    # --- resultaten: doelen yes, monitoring deferred
    b += [('h1', '8 Koersdoelen 2030'),
          ('p', "Wat willen we in 2030 bereikt hebben voor jongeren die extra ondersteuning nodig hebben? We hebben "
                "onze koers vertaald in vijf doelen, elk met een vertrekpunt en een eindpunt."),
          ('table', [['Koersdoel', 'Vertrekpunt (2025)', 'Eindpunt (2030)'],
                     ['Jongeren gaan naar school in hun eigen omgeving', '4,1% van de jongeren in vso', '3,6%'],
                     ['Niemand zit langer dan drie maanden thuis', '14 jongeren', '0'],
                     ['Vso-leerlingen stappen vaker over naar regulier', '6 per jaar', '15 per jaar'],
                     ['Jongeren met een OPP halen hun diploma of startkwalificatie', '71%', '80%'],
                     ['Ouders en jongeren ervaren de toewijzing als eerlijk en begrijpelijk', 'geen meting', '≥ 7,0']]),
          ('p', "Hoe we de voortgang op deze koersdoelen gaan volgen – welke bronnen we gebruiken, hoe vaak we meten en "
                "aan wie we rapporteren – leggen we vast in een monitoringskader dat in de loop van 2027 wordt "
                "opgesteld.")]
    # --- ouders: steunpunt yes (unusual wording), informatie deferred
    b += [('h1', '9 Als het schuurt: hulp voor ouders en leerlingen'),
          ('p', "Soms zijn ouders, jongeren en school het niet met elkaar eens, of weten ouders niet meer waar ze "
                "moeten aankloppen. Dan hoeven ze het niet alleen te doen. 'Naast je kind', het ouder- en "
                "jeugdsteunpunt van de vijf samenwerkingsverbanden in Noordoost-Brabant en de Bommelerwaard, staat "
                "naast ouders en jongeren. De medewerkers werken onafhankelijk van scholen en samenwerkingsverband, "
                "denken mee, bemiddelen en kunnen meegaan naar een gesprek op school. Hulp van Naast je kind is "
                "kosteloos; het steunpunt is vijf dagen per week telefonisch bereikbaar en houdt spreekuur in Oss en "
                "Zaltbommel."),
          ('p', "Ouders kunnen ook een beroep doen op de Onderwijsconsulenten, die landelijk werken. Over toelating, "
                "verwijdering of het OPP kunnen ouders een geschil voorleggen aan de Geschillencommissie passend "
                "onderwijs. Tegen een besluit van de Commissie Toewijzing staat bezwaar open (zie hoofdstuk 5)."),
          ('p', "Jongeren hebben recht om gehoord te worden over hun OPP. De school legt hun mening vast, en de "
                "jongere ondertekent het OPP mee."),
          ('h1', '10 Informatie'),
          ('p', "De manier waarop we ouders en jongeren informeren over de ondersteuningsmogelijkheden, gaan we "
                "vernieuwen. In het communicatieplan 2026-2028, dat na de zomer van 2026 verschijnt, leggen we vast "
                "welke middelen we daarvoor inzetten. Het communicatieplan wordt na instemming van de OPR aan dit "
                "koersdocument toegevoegd."),
          ('h1', '11 Middelen'),
          ('p', "Dit koersdocument beschrijft wat we willen bereiken en langs welke routes. De financiële vertaling "
                "daarvan – hoe de middelen worden verdeeld en waaraan ze worden besteed – is te vinden in de "
                "Meerjarenbegroting 2026-2030 en in de notitie 'Verdelen met verstand', die als bijlage 5 bij het "
                "ondersteuningsplan 2022-2026 is vastgesteld en nog steeds van kracht is. Beide documenten zijn op te "
                "vragen bij het bureau.")]
    b += f_governance(c)
    b += f_opr(c)
    b += f_oogo(c, geld=False)
    b += f_personeel(c)
    b += f_ict(c)
    b += f_vervoer(c)
    b += f_totstandkoming(c)
    b += f_begrippen(c, title='Begrippen')
    b += f_afkortingen(c)
    return b, c


# ==============================================================================================
# Plan 5 – PO, Oostergo, web version 'op hoofdlijnen' (.html). Refers to the previous plan, to a
# Werkwijzer (bijlage B, only a download link) and to a Sociale kaart on the website; bijlage A
# (stappenplan terugplaatsing) IS included at the end of the page. Navigation and footer hold trap words.
# ==============================================================================================

def plan_oostergo():
    c = ctx(naam='Samenwerkingsverband Passend Onderwijs Oostergo', kort='Oostergo', sector='po',
            periode='2026-2030', gemeenten=['Dantumadiel', 'Noardeast-Fryslân', 'Tytsjerksteradiel',
                                           'Achtkarspelen'],
            besturen=9, scholen=48, ll=['9.861', '9.790', '9.702'], bestuurder='J. Hoekstra MEd', fte='6,8',
            nr_voorwoord='1 ', nr_visie='4 ', nr_regio='3 ', nr_gov='12 ', nr_opr='13 ', nr_oogo='14 ',
            nr_pers='15 ', nr_ict='16 ', nr_verv='', nr_tot='17 ', oogo_datum='10 februari 2026')
    b = [('title', 'Ondersteuningsplan 2026-2030 op hoofdlijnen'),
         ('sub', 'Samenwerkingsverband Passend Onderwijs Oostergo (PO 20-03) – webversie. Deze pagina is ook te '
                 'downloaden als pdf.'),
         ('toc', [('1', 'Voorwoord', ''), ('2', 'Waarom een plan op hoofdlijnen?', ''), ('3', 'Onze regio', ''),
                  ('4', 'Visie en missie', ''), ('5', 'Wat scholen bieden', ''),
                  ('6', 'Een passende plek voor ieder kind', ''), ('7', 'Toelaatbaarheid', ''),
                  ('8', 'Terugplaatsing', ''), ('9', 'Ouders', ''), ('10', 'Kwaliteit en resultaten', ''),
                  ('11', 'Financiën', ''), ('12', 'Organisatie en governance', ''), ('13', 'Medezeggenschap', ''),
                  ('14', 'Samenwerking met gemeenten', ''), ('15', 'Personeel en professionalisering', ''),
                  ('16', 'ICT, gegevens en privacy', ''), ('17', 'Totstandkoming', ''), ('', 'Begrippenlijst', ''),
                  ('', 'Bijlage A Stappenplan terugplaatsing voor scholen', ''),
                  ('', 'Bijlage B Werkwijzer Toelaatbaarheid', '')])]
    b += f_voorwoord(c)
    b += [('h1', '2 Waarom een plan op hoofdlijnen?'),
          ('p', "Het ondersteuningsplan 2022-2026 van Oostergo was een uitgebreid document, waarin alle procedures tot "
                "in detail waren beschreven. Veel van die afspraken werken goed en blijven ongewijzigd. We hebben er "
                "daarom voor gekozen dit plan op hoofdlijnen te schrijven: het beschrijft wat verandert en waar we "
                "de komende vier jaar op inzetten. Waar afspraken uit het vorige plan onverkort blijven gelden, "
                "verwijzen we daarnaar. Het vorige plan blijft te raadplegen op onze website onder 'Archief'."),
          ('p', "Nieuwe of gewijzigde uitwerkingen leggen we vast in een jaarlijkse voortgangsparagraaf, die – net als "
                "dit plan – ter instemming aan de ondersteuningsplanraad wordt voorgelegd.")]
    b += f_geschiedenis(c, '2.1 ')
    b += f_regio(c)
    b += f_visie(c)
    # --- basisondersteuning: inventory of what all schools offer now; no agreed minimum level
    b += [('h1', '5 Wat scholen bieden'),
          ('p', "Anders dan veel andere samenwerkingsverbanden heeft Oostergo nooit een gezamenlijk minimumniveau "
                "van basisondersteuning afgesproken; de besturen hebben dat tot nu toe aan de scholen zelf "
                "overgelaten. In deze planperiode willen de besturen, mede met het oog op de landelijke norm die "
                "in voorbereiding is, zo'n gezamenlijk niveau alsnog vaststellen. Dat besluit is nog niet genomen."),
          ('p', "Om een goed vertrekpunt te hebben, hebben we in het voorjaar van 2025 bij alle 48 scholen "
                "geïnventariseerd welke ondersteuning zij bieden. Op alle scholen bleek het volgende aanwezig:"),
          ('ul', ["een intern begeleider, op de meeste scholen twee dagen per week of meer;",
                  "een leerlingvolgsysteem met twee toetsmomenten per jaar en groepsbesprekingen daarna;",
                  "een dyslexieprotocol en begeleiding van leerlingen met een dyslexieverklaring;",
                  "een programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
                  "verrijkingsstof voor leerlingen die meer aankunnen;",
                  "een ondersteuningsteam met de schoolmaatschappelijk werker, drie tot zes keer per jaar."]),
          ('p', "Een dyscalculieprotocol en een protocol medisch handelen waren op ongeveer de helft van de scholen "
                "aanwezig.")]
    # --- dekkend aanbod: website and deferral only
    b += [('h1', '6 Een passende plek voor ieder kind'),
          ('p', "Welke arrangementen en voorzieningen er in onze regio zijn, leest u op de Sociale kaart op onze "
                "website (www.oostergo-po.nl/socialekaart). Daar staat ook welke school welke extra ondersteuning "
                "biedt. Een analyse van het aanbod – waar het past en waar het knelt – volgt in het jaarplan "
                "2026-2027.")]
    # --- plaatsing: only a reference (previous plan + Werkwijzer, bijlage B = link)
    b += [('h1', '7 Toelaatbaarheid'),
          ('p', "De werkwijze rond toelaatbaarheidsverklaringen voor het sbo en het so is in deze planperiode "
                "ongewijzigd ten opzichte van het ondersteuningsplan 2022-2026. Zij is uitgewerkt in de Werkwijzer "
                "Toelaatbaarheid (bijlage B), die u via de link onderaan deze pagina kunt downloaden.")]
    # --- terugstroom: beleid deferred; procedure in included bijlage A
    b += [('h1', '8 Terugplaatsing'),
          ('p', "Ons beleid voor terugplaatsing naar het basisonderwijs herijken we in het schooljaar 2026-2027 samen "
                "met de sbo- en so-scholen. De uitkomst nemen we op in de eerste voortgangsparagraaf bij dit plan. "
                "Tot die tijd werken de scholen met het stappenplan in bijlage A onderaan deze pagina.")]
    # --- ouders: reference to previous plan only
    b += [('h1', '9 Ouders'),
          ('p', "Ouders zijn voor ons onmisbaar. Hoe wij ouders informeren en waar zij terechtkunnen voor "
                "onafhankelijk advies, is beschreven in hoofdstuk 7 van het ondersteuningsplan 2022-2026. Die "
                "afspraken blijven in deze planperiode ongewijzigd van kracht.")]
    # --- resultaten: doelen referred to previous plan / jaarplan; monitoring yes
    b += [('h1', '10 Kwaliteit en resultaten'),
          ('p', "Welke resultaten we willen bereiken, leggen we ieder jaar vast in het jaarplan. Voor het schooljaar "
                "2026-2027 blijven de ambities uit hoofdstuk 9 van het ondersteuningsplan 2022-2026 van kracht."),
          ('p', "Hoe we de resultaten volgen, is wel vernieuwd. Ieder kwartaal vullen we een dashboard met het "
                "deelnamepercentage sbo en so (peildatum 1 oktober), het aantal arrangementen per school, de "
                "doorlooptijd van aanvragen en de tevredenheid van scholen over de ondersteuning. Het dashboard is "
                "toegankelijk voor alle besturen. Twee keer per jaar bespreken de directeur-bestuurder en de "
                "directeuren de uitkomsten; ieder jaar vóór 1 juli verschijnt het jaarverslag, waarin we per "
                "ambitie rapporteren wat is bereikt, en dat we met de ondersteuningsplanraad bespreken. In 2028 "
                "laten we een externe tussenevaluatie uitvoeren."),
          ('p', "Op 1 oktober 2025 lag het deelnamepercentage sbo en so in Oostergo op 3,1%, tegen 3,3% op 1 oktober "
                "2022.")]
    # --- financien: present
    b += [('h1', '11 Financiën'),
          ('p', "Oostergo werkt vanaf 1 augustus 2026 met een schoolmodel: het grootste deel van de middelen gaat "
                "naar de besturen, die zelf bepalen hoe zij de ondersteuning op hun scholen organiseren. De "
                "verdeling is als volgt:"),
          ('ul', ["Na aftrek van de afdrachten die DUO inhoudt voor het sbo en so, gaat 85% van de resterende "
                  "middelen naar de besturen: € 131 per leerling op de teldatum 1 oktober van het voorgaande jaar, "
                  "plus € 6.000 per vestiging met minder dan 100 leerlingen.",
                  "10% is bestemd voor het expertiseteam van het samenwerkingsverband (orthopedagogen en "
                  "consulenten), dat scholen kosteloos adviseert.",
                  "5% is bestemd voor bureau, bestuur en professionalisering.",
                  "Het bestuur stelt de bedragen ieder jaar in december vast bij de begroting, na advies van het "
                  "directeurenoverleg."]),
          ('table', [['Meerjarenbegroting (× € 1.000)', '2026', '2027', '2028', '2029'],
                     ['Baten ondersteuningsmiddelen', '6.940', '6.880', '6.830', '6.790'],
                     ['Afdrachten sbo en so (DUO)', '2.710', '2.690', '2.680', '2.670'],
                     ['Schoolbudgetten besturen', '3.590', '3.560', '3.530', '3.500'],
                     ['Expertiseteam', '420', '420', '420', '420'],
                     ['Bureau, bestuur en professionalisering', '210', '210', '200', '200'],
                     ['Resultaat', '10', '0', '0', '0']]),
          ('p', "De algemene reserve bedroeg eind 2025 € 1,1 miljoen. Dat is ruim voldoende om de risico's op te "
                "vangen; het weerstandsvermogen ligt met 16% boven onze ondergrens van 10%. Bovenmatige reserves "
                "zijn er niet meer.")]
    b += f_governance(c)
    b += f_speerpunten(c, '12.1 ')
    b += f_opr(c, samenstelling=False)
    b += f_oogo(c, inhoudelijk=False, thuiszitters_passing=True)
    b += f_personeel(c)
    b += f_ict(c, tlv_woord=False)
    b += f_inspectie(c, '16.1 ')
    b += f_totstandkoming(c)
    b += f_begrippen(c)
    b += [('h1', 'Bijlage A Stappenplan terugplaatsing voor scholen'),
          ('p', "Dit stappenplan geldt voor leerlingen van een sbo- of so-school binnen Oostergo."),
          ('ol', ["Ieder jaar in oktober bespreekt het multidisciplinair overleg (MDO) van de sbo- of so-school bij de "
                  "evaluatie van het OPP of terugplaatsing naar het basisonderwijs in beeld is.",
                  "Is dat zo, dan meldt de sbo- of so-school dit uiterlijk 1 december bij de consulent van het "
                  "samenwerkingsverband.",
                  "Uiterlijk 1 maart overleggen de sbo- of so-school, de consulent en de beoogde basisschool over de "
                  "overstap. De basisschool beoordeelt de aanmelding in het kader van haar zorgplicht.",
                  "De basisschool besluit over de inschrijving. Bij inschrijving eindigt de plaatsing in het sbo of "
                  "so per 31 juli, of eerder als de scholen dat afspreken; de sbo- of so-school draagt de leerling "
                  "over met een onderwijskundig rapport.",
                  "Is terugplaatsing (nog) niet aan de orde, dan legt de sbo- of so-school dit met redenen vast in "
                  "het OPP en komt het bij de volgende evaluatie opnieuw aan bod."]),
          ('h1', 'Bijlage B Werkwijzer Toelaatbaarheid'),
          ('p', "Download: Werkwijzer Toelaatbaarheid Oostergo, versie augustus 2022 (pdf, 1,2 MB) – "
                "www.oostergo-po.nl/downloads/werkwijzer-toelaatbaarheid-2022.pdf")]
    return b, c


# ==============================================================================================
# Near-miss – school-level 'Ondersteuningsplan' of one kindcentrum (pdf). Uses the SWV vocabulary
# but is not a plan of a samenwerkingsverband.
# ==============================================================================================

def np_vlinderboom():
    b = [('title', 'Ondersteuningsplan 2025-2026'),
         ('sub', 'Kindcentrum De Vlinderboom – openbare basisschool en peuteropvang, Apeldoorn'),
         ('sub', 'Onderdeel van Stichting Openbaar Primair Onderwijs Veluwe-Oost; aangesloten bij het '
                 'samenwerkingsverband passend onderwijs PO in de regio'),
         ('break',),
         ('toc', [('1', 'Inleiding', 2), ('2', 'Onze leerlingen', 2), ('3', 'Basisondersteuning op De Vlinderboom', 3),
                  ('4', 'De zorgniveaus', 4), ('5', 'Extra ondersteuning en arrangementen', 5),
                  ('6', 'Toelaatbaarheid en terugplaatsing', 6), ('7', 'Ouders', 6), ('8', 'Middelen', 7),
                  ('9', 'Resultaten en evaluatie', 7), ('10', 'Jaarplanning', 8)]),
         ('break',),
         ('h1', '1 Inleiding'),
         ('p', "Dit ondersteuningsplan beschrijft hoe Kindcentrum De Vlinderboom in het schooljaar 2025-2026 de "
               "ondersteuning aan leerlingen organiseert. Het plan is een uitwerking van ons "
               "schoolondersteuningsprofiel (SOP) en sluit aan bij het ondersteuningsplan van het "
               "samenwerkingsverband. Het wordt ieder jaar door het team geëvalueerd en door de directeur "
               "vastgesteld, na advies van de intern begeleider en met instemming van de medezeggenschapsraad."),
         ('p', "Het plan is bedoeld voor leerkrachten, onderwijsassistenten en invalkrachten, en voor ouders die willen "
               "weten hoe wij werken. Het vervangt het zorgplan dat de school tot 2024 gebruikte."),
         ('h1', '2 Onze leerlingen'),
         ('p', "De Vlinderboom telt op 1 oktober 2025 312 leerlingen in dertien groepen. Ongeveer een kwart van de "
               "leerlingen groeit meertalig op. Er zijn elf leerlingen met een ontwikkelingsperspectiefplan (OPP), "
               "van wie vier met een arrangement van het samenwerkingsverband. Vorig schooljaar vertrokken twee "
               "leerlingen naar het speciaal basisonderwijs en één naar het speciaal onderwijs."),
         ('h1', '3 Basisondersteuning op De Vlinderboom'),
         ('p', "Onze basisondersteuning voldoet aan de afspraken die binnen het samenwerkingsverband zijn gemaakt. "
               "Concreet betekent dit voor onze school:"),
         ('ul', ["een intern begeleider voor vier dagen per week;",
                 "groepsbesprekingen na iedere toetsperiode (februari en juni) en leerlingbesprekingen op afroep;",
                 "werken met het Protocol Leesproblemen en Dyslexie en het Protocol ERWD;",
                 "de methode Kwink voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator;",
                 "een plusgroep voor leerlingen uit groep 5 tot en met 8 (één ochtend per week);",
                 "een taalklas voor nieuwkomers (twee ochtenden per week) in samenwerking met de peuteropvang."]),
         ('h1', '4 De zorgniveaus'),
         ('p', "Wij werken met vijf zorgniveaus, zoals die binnen ons bestuur worden gebruikt:"),
         ('table', [['Niveau', 'Omschrijving', 'Wie'],
                    ['1', 'Algemene zorg in de groep: differentiatie in drie niveaus', 'Leerkracht'],
                    ['2', 'Extra zorg in de groep: verlengde instructie, pre-teaching', 'Leerkracht'],
                    ['3', 'Speciale zorg na een leerlingbespreking, met een handelingsplan', 'Leerkracht en IB'],
                    ['4', 'Zorg met inzet van externe deskundigen, bespreking in het ondersteuningsteam',
                     'IB, OT, ouders'],
                    ['5', 'Extra ondersteuning met een OPP en eventueel een arrangement van het '
                     'samenwerkingsverband, of een verwijzing naar het s(b)o', 'IB, OT, samenwerkingsverband']]),
         ('p', "Het ondersteuningsteam (OT) van De Vlinderboom komt zes keer per jaar bijeen. Aan het OT nemen de "
               "intern begeleider, de directeur, de schoolmaatschappelijk werker, de jeugdverpleegkundige en de "
               "consulent van het samenwerkingsverband deel. Ouders worden altijd uitgenodigd als hun kind wordt "
               "besproken."),
         ('h1', '5 Extra ondersteuning en arrangementen'),
         ('p', "Als een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, stellen we met "
               "de ouders een OPP op. Is daarnaast extra inzet nodig, dan vraagt de intern begeleider via het "
               "digitale loket van het samenwerkingsverband een arrangement aan. Voor het schooljaar 2025-2026 "
               "hebben we arrangementen voor vier leerlingen: twee voor gedragsbegeleiding, één voor een leerling "
               "met een ernstige spraak-taalstoornis (ambulante begeleiding vanuit cluster 2) en één voor een "
               "leerling met een lichamelijke beperking."),
         ('h1', '6 Toelaatbaarheid en terugplaatsing'),
         ('p', "Soms is een plek in het speciaal basisonderwijs of het speciaal onderwijs beter voor een kind. De "
               "school bespreekt dat eerst met de ouders en in het OT. Het schoolbestuur vraagt daarna een "
               "toelaatbaarheidsverklaring aan bij het samenwerkingsverband; de procedure en de criteria staan "
               "in het ondersteuningsplan van het samenwerkingsverband. Wij begeleiden ouders bij de aanvraag en "
               "bij het kennismaken met de nieuwe school."),
         ('p', "Komt een leerling vanuit het s(b)o terug naar De Vlinderboom, dan maken we met de s(b)o-school en de "
               "ouders afspraken over de overdracht en de begeleiding in de eerste maanden. In 2024-2025 keerde één "
               "leerling vanuit het sbo bij ons terug."),
         ('h1', '7 Ouders'),
         ('p', "Wij zien ouders als partner. Ouders worden bij iedere stap in de ondersteuning van hun kind "
               "betrokken: zij worden geïnformeerd na groepsbesprekingen als er zorgen zijn, zij denken mee over het "
               "OPP en ondertekenen het handelingsdeel. In de schoolgids en op onze website beschrijven we hoe de "
               "ondersteuning op De Vlinderboom is georganiseerd. Ouders met een klacht kunnen terecht bij de "
               "directeur, de interne contactpersoon of de klachtenregeling van het bestuur; voor onafhankelijk "
               "advies verwijzen wij naar het ouder- en jeugdsteunpunt van het samenwerkingsverband en naar de "
               "Onderwijsconsulenten."),
         ('h1', '8 Middelen'),
         ('p', "De Vlinderboom ontvangt via het bestuur ondersteuningsmiddelen van het samenwerkingsverband. In "
               "2025-2026 gaat het om € 41.300. Wij besteden dat bedrag als volgt:"),
         ('table', [['Besteding', 'Bedrag'],
                    ['Uitbreiding formatie intern begeleider (0,2 fte)', '€ 17.800'],
                    ['Onderwijsassistent plusgroep en taalklas', '€ 14.600'],
                    ['Scholing team (handelingsgericht werken, gedrag)', '€ 5.400'],
                    ['Materialen en toetsen', '€ 3.500']]),
         ('p', "De middelen voor de arrangementen ontvangt de school apart, per arrangement. Het bestuur legt "
               "verantwoording af aan het samenwerkingsverband."),
         ('h1', '9 Resultaten en evaluatie'),
         ('p', "Ons doel voor 2025-2026 is dat alle leerlingen met een OPP ten minste 80% van hun OPP-doelen halen en "
               "dat geen enkele leerling van onze school thuiszit. In juni evalueren we dit plan met het team en "
               "de MR. De resultaten van de eindtoets en de tussentijdse toetsen bespreken we in het "
               "kwaliteitsgesprek met het bestuur."),
         ('h1', '10 Jaarplanning'),
         ('table', [['Maand', 'Activiteit'],
                    ['september', 'Startgesprekken met ouders; groepsoverzichten bijwerken'],
                    ['oktober', 'OT-overleg 1; overdracht nieuwe leerlingen'],
                    ['november', 'OT-overleg 2; signaleringslijst plusgroep'],
                    ['januari/februari', 'Toetsperiode; groepsbesprekingen; OT-overleg 3'],
                    ['maart', 'OPP-evaluaties; aanvragen arrangementen volgend schooljaar'],
                    ['april/mei', 'OT-overleg 4 en 5; overdrachtsgesprekken VO'],
                    ['juni', 'Toetsperiode; evaluatie ondersteuningsplan; OT-overleg 6'],
                    ['juli', 'Overdracht naar nieuwe groep; vaststellen ondersteuningsplan 2026-2027']])]
    return b


# ==============================================================================================
# Labels (hand-written; see the notes for the reasoning)
# ==============================================================================================

CORE = ['basisondersteuning.niveau', 'basisondersteuning.inhoud', 'plaatsing.procedure', 'plaatsing.criteria',
        'terugstroom.procedure', 'terugstroom.beleid', 'financien.verdeling', 'financien.besteding',
        'dekkend-aanbod.continuum', 'dekkend-aanbod.lacunes', 'resultaten.doelen', 'resultaten.monitoring',
        'ouders.informatie', 'ouders.steunpunt']
ELEMENTS = ['basisondersteuning', 'plaatsing', 'terugstroom', 'financien', 'dekkend-aanbod', 'resultaten', 'ouders']


def status_of(crit, el, advisory):
    vals = [crit[k] for k in CORE if k.startswith(el + '.')]
    if all(vals):
        return 'present'
    if any(vals) or advisory.get(el):
        return 'partial'
    return 'missing'


def label_text(documents, sector, false_criteria, advisory, notes, header_comment):
    crit = {k: (k not in false_criteria) for k in CORE}
    for k in false_criteria:
        assert k in CORE, k
    elements = {el: status_of(crit, el, advisory) for el in ELEMENTS}
    out = [f'# {header_comment}',
           f"documents: [{', '.join(documents)}]",
           f'sector: {sector}',
           'looks_like_plan: true',
           'elements: {' + ', '.join(f'{el}: {elements[el]}' for el in ELEMENTS) + '}',
           'criteria:']
    out += [f'  {k}: {str(crit[k]).lower()}' for k in CORE]
    out.append('advisory_addressed:')
    for el in ELEMENTS:
        if advisory.get(el):
            out.append(f"  {el}: [{', '.join(advisory[el])}]")
    out.append('notes:')
    for el in ELEMENTS:
        out.append(f'  {el}: "{notes[el]}"')
    return '\n'.join(out) + '\n', elements


LABELS = {}

LABELS['po-waterlinie'] = dict(
    documents=['po-waterlinie.docx', 'po-waterlinie.pdf'], sector='po',
    header_comment='Plan 1 (PO, docx+pdf): annex-heavy; bijlage 2 and 5 are included at the end, bijlage 1/3/4/6 are not.',
    false=['plaatsing.procedure', 'financien.besteding', 'resultaten.doelen', 'resultaten.monitoring'],
    advisory={'basisondersteuning': ['borging'], 'plaatsing': ['duur-categorie'], 'financien': ['verantwoording'],
              'dekkend-aanbod': ['ketenpartners'], 'ouders': ['betrokkenheid']},
    notes={
        'basisondersteuning': "H6 sets the SWV-wide minimum (twelve standards for all 61 vestigingen); the concrete content is in Bijlage 2, which IS included at the end of the document; 6.1 borging via basischeck/verbeterplan.",
        'plaatsing': "8.1 gives sbo and so criteria; 8.2 refers the whole procedure (steps, deciding body, termijnen, bezwaar) to the separate Werkwijzer Toelaatbaarheid (bijlage 4, not included) and the website; 8.3 duration and bekostigingscategorie.",
        'terugstroom': "Hidden in the TLV chapter, 8.4 'Na afloop van de TLV': policy (thuisnabij, conditions, overgangsarrangement paid by SWV) and procedure (yearly OPP evaluation, perspectiefgesprek before 1 February, end of TLV 31 July).",
        'financien': "H10 'Geld en middelen' gives the verdeelmodel (vaste voet, per-leerling bedrag, arrangement criteria) plus the included Bijlage 5 rekenvoorbeeld; the meerjarenbegroting is only referred to (bijlage 6, separate document, not included); verantwoording vóór 1 mei.",
        'dekkend-aanbod': "H7 four-layer table of provisions (continuum) and 7.1 yearly gap analysis, thuiszitters overleg within 4 weeks, doorzettingsmacht, new provision for young children; jeugdhulp cooperation in H13.",
        'resultaten': "H9 explicitly postpones beoogde resultaten and indicators to an addendum in 2026-2027 and refers to the goals of the previous plan; the kwaliteitskader is 'being revised'; H5 terugblik lists activities only.",
        'ouders': "Hidden in H18 'Communicatie en samenwerking': 18.1 ouderpagina, folder in four languages, schoolgids paragraph, information evenings; 18.2 Ouderpunt Waterlinie (OJSP), Onderwijsconsulenten, klachten/geschillen."})

LABELS['vo-rivierduinen'] = dict(
    documents=['vo-rivierduinen.pdf'], sector='vo',
    header_comment='Plan 2 (VO, pdf rendered from docx): refers to SOP/schoolgids, to a future protocol and to the website.',
    false=['basisondersteuning.inhoud', 'terugstroom.procedure', 'ouders.steunpunt'],
    advisory={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie'],
              'terugstroom': ['monitoring'], 'financien': ['reserves', 'verantwoording'],
              'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
    notes={
        'basisondersteuning': "H5 sets one SWV-wide level for all 19 vestigingen but only in the four abstract Referentiekader aspects; the concrete voorzieningen are left to each school's SOP and schoolgids (not part of the input); yearly SOP review is borging.",
        'plaatsing': "H7: vso procedure (bestuur applies at Commissie Toelaatbaarheid, numbered steps, two deskundigen, 6 weeks) and criteria (a-c); lwoo/pro criteria and deadlines in 7.2; TLV max 2 years with category. No bezwaar route.",
        'terugstroom': "H8 gives the policy (vso no eindstation, conditions, terugkeerarrangement funded by SWV) and figures, but the stappenplan (initiative, moments, decision) is deferred to a protocol in 2026-2027 and to 'the previous plan'.",
        'financien': "H11 'Geld en middelen': verdeling per stream with amounts (€ 142 and € 95 per leerling, € 38.000 per vestiging) and a meerjarenbegroting 2026-2029 table; reserve afbouw and risicoparagraaf; jaarrapportage vóór 1 juni.",
        'dekkend-aanbod': "H6 continuum table (basis, extra, OPDC/rebound/Kompas, pro, vso), OZA/ISK/plusprogramma; 6.1 Thuiszittersoverleg, casusregisseur, wachtlijst analysis twice a year, new provision Kompas.",
        'resultaten': "H10: achieved results 2022-2026 table, beoogde resultaten with streefwaarden 2030, and 10.3 quarterly dashboard, yearly bespreking, jaarverslag vóór 1 juli, external evaluation 2028.",
        'ouders': "H9 names channels (ouder-/leerlingpagina, folder in five languages, schoolgids/SOP, November information evening); independent support is only deferred ('in 2026-2027 nieuwe afspraken') plus a website reference; OJSP/Onderwijsconsulenten appear only in the begrippenlijst/afkortingen."})

LABELS['po-brede-stroom-concept'] = dict(
    documents=['po-brede-stroom-concept.md'], sector='po',
    header_comment='Plan 3 (PO, .md): CONCEPT v0.7 with reviewer comments in [brackets] and TODOs.',
    false=['basisondersteuning.niveau', 'basisondersteuning.inhoud', 'terugstroom.procedure', 'terugstroom.beleid',
           'financien.verdeling', 'dekkend-aanbod.lacunes'],
    advisory={'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'], 'dekkend-aanbod': ['ketenpartners'],
              'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
    notes={
        'basisondersteuning': "H3 holds only a TODO ('tekst volgt na besluit AB') and a reviewer comment; the word appears otherwise only in the TOC, the begrippenlijst and passing mentions.",
        'plaatsing': "H5 'route naar speciaal': five steps (OT, bestuur applies at Loket, two deskundigen, CvT within 6 weeks / 10 werkdagen), criteria (1)-(3), duration and category, bezwaar via LBT.",
        'terugstroom': "H6 is 'TODO: beleid en procedure terugplaatsing' plus reviewer comments saying the workgroup note follows in April; nothing else addresses return from s(b)o.",
        'financien': "10.2 begroting 2026-2029 with amounts is present; 10.1 defers the verdeelmodel to an AB decision in spring 2026 — the two variants with amounts appear only in a reviewer comment as undecided options, which does not count.",
        'dekkend-aanbod': "H4 describes the four-step continuum (arrangementen, Kiemgroep, Talentklas, Wereldklas, sbo/so) and OZA cooperation in H13; H7 'Thuiszitters en witte vlekken' is only a TODO and 'PM'.",
        'resultaten': "H9 'Waar willen we in 2030 staan?' lists five measurable intended results; 'Hoe houden we de vinger aan de pols?' describes twice-yearly figures, parent survey, June review with OPR, jaarverslag.",
        'ouders': "H8 'Samen met ouders': oudersite with films, fixed schoolgids paragraph, weekly spreekuur; De Ouderwijzer (OJSP) and Onderwijsconsulenten for independent help (missing phone number is only a TODO)."})

LABELS['vo-maasoevers-koers'] = dict(
    documents=['vo-maasoevers-koers.docx'], sector='vo',
    header_comment='Plan 4 (VO, docx): koersdocument with unusual headings, tables, Handboek/Ondersteuningswijzer/Meerjarenbegroting references; running header lists element words.',
    false=['plaatsing.criteria', 'financien.verdeling', 'financien.besteding', 'dekkend-aanbod.continuum',
           'resultaten.monitoring', 'ouders.informatie'],
    advisory={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'bezwaar'], 'terugstroom': ['monitoring'],
              'dekkend-aanbod': ['ketenpartners'], 'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid']},
    notes={
        'basisondersteuning': "H3 'Wat elke school biedt': ondergrens agreed by the six besturen for every vestiging, with a table of concrete provisions; kwaliteitskaart audit every two years.",
        'plaatsing': "H5 table gives the route for vso/lwoo/pro (who applies, steps, Commissie Toewijzing, two deskundigen, termijnen) and bezwaar via LBT, but the criteria are only in the Handboek Ondersteuningstoewijzing, explicitly not attached.",
        'terugstroom': "H6 'Kansen na het vso': policy and conditions, twice-yearly commissie van begeleiding review, overstapgesprek before 1 March in last TLV year, overstapcoach; figures via koersdoel (6 -> 15 per year).",
        'financien': "H11 'Middelen' only refers to the separate Meerjarenbegroting 2026-2030 and the notitie 'Verdelen met verstand' (bijlage of the previous plan); no verdeling or besteding in this document; 'Financiën' only in the running header.",
        'dekkend-aanbod': "H4 refers the whole continuum of provisions to the Ondersteuningswijzer 2026 (bijlage 3, separate, not included); H7 'Niemand buiten de boot' does address gaps (tafel within two weeks, escalation, half-yearly analysis); OZA in H14.",
        'resultaten': "H8 'Koersdoelen 2030' gives five goals with vertrekpunt and eindpunt; how progress is monitored is deferred to a monitoringskader 'in de loop van 2027'.",
        'ouders': "H9 'Als het schuurt': Naast je kind (OJSP), Onderwijsconsulenten, Geschillencommissie, hoorrecht; H10 'Informatie' only defers how parents are informed to a communicatieplan after summer 2026."})

LABELS['po-oostergo-web'] = dict(
    documents=['po-oostergo-web.html'], sector='po',
    header_comment="Plan 5 (PO, html): 'op hoofdlijnen', refers to the previous plan, a Werkwijzer link and a Sociale kaart; bijlage A is included on the page; nav and footer hold trap words.",
    false=['basisondersteuning.niveau', 'plaatsing.procedure', 'plaatsing.criteria', 'terugstroom.beleid',
           'dekkend-aanbod.continuum', 'dekkend-aanbod.lacunes', 'resultaten.doelen', 'ouders.informatie',
           'ouders.steunpunt'],
    advisory={'financien': ['reserves'], 'resultaten': ['meetbaar']},
    notes={
        'basisondersteuning': "H5 says explicitly that no common minimum level has been agreed (decision still to come); it does list what an inventory found present at all 48 schools (IB, LVS, dyslexieprotocol, SEO, verrijking, OT), which is concrete content.",
        'plaatsing': "H7 only says the TLV werkwijze is unchanged from the 2022-2026 plan and refers to the Werkwijzer (bijlage B is just a download link); 'Toelaatbaarheid' otherwise only in nav, TOC and begrippenlijst.",
        'terugstroom': "H8 defers the policy to 2026-2027 ('herijken'); the included Bijlage A stappenplan gives the procedure (MDO in October, report before 1 December, overleg before 1 March, basisschool decides, plaatsing ends 31 July) but no aims/conditions/support after return.",
        'financien': "H11: schoolmodel with percentages and amounts (85%, € 131 per leerling, € 6.000 small vestiging), meerjarenbegroting table 2026-2029, reserve and weerstandsvermogen.",
        'dekkend-aanbod': "H6 'Een passende plek voor ieder kind' only refers to the Sociale kaart on the website and defers the analysis to the jaarplan; thuiszitters appear only as a passing OOGO topic in H14.",
        'resultaten': "H10 refers the intended results to the jaarplan and to H9 of the previous plan; monitoring is described (quarterly dashboard, twice-yearly bespreking, jaarverslag vóór 1 juli, external evaluation 2028) with one reported figure.",
        'ouders': "H9 only refers to chapter 7 of the 2022-2026 plan; 'Ouders' otherwise only in the navigation bar, footer (Ouder- en jeugdsteunpunt link) and passing mentions in visie/voorwoord."})

NP_LABEL = """# Near-miss (pdf): a school-level 'Ondersteuningsplan' of one kindcentrum, not of a samenwerkingsverband.
documents: [np-kindcentrum-vlinderboom.pdf]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of Kindcentrum De Vlinderboom (zorgniveaus 1-5, OT, school budget of € 41.300, jaarplanning); it refers to 'het ondersteuningsplan van het samenwerkingsverband' for TLV procedure and criteria, has no OPR/OOGO/planperiode of a verband and is adopted by a school director with MR consent."
"""


# ==============================================================================================
# Main
# ==============================================================================================

INTENDED = {
    'po-waterlinie': 'P Pa P Pa P M P',
    'vo-rivierduinen': 'Pa P Pa P P P Pa',
    'po-brede-stroom-concept': 'M P M Pa Pa P P',
    'vo-maasoevers-koers': 'P Pa P M Pa Pa Pa',
    'po-oostergo-web': 'Pa M Pa P M Pa M',
}
ABBR = {'present': 'P', 'partial': 'Pa', 'missing': 'M'}


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='holdout46_')
    counts = {}
    try:
        # plan 1: docx + pdf
        b, c = plan_waterlinie()
        counts['po-waterlinie'] = words(b)
        p = os.path.join(OUT, 'po-waterlinie.docx')
        render_docx(b, p, header='Ondersteuningsplan 2026-2030 – De Waterlinie',
                    footer='Samenwerkingsverband Passend Onderwijs De Waterlinie · www.dewaterlinie-po.nl',
                    core_title='Ondersteuningsplan 2026-2030 De Waterlinie')
        to_pdf(p, OUT)
        # plan 2: pdf only
        b, c = plan_rivierduinen()
        counts['vo-rivierduinen'] = words(b)
        p = os.path.join(tmp, 'vo-rivierduinen.docx')
        render_docx(b, p, header='Ondersteuningsplan 2026-2030 | SWV VO Rivierduinen-Oost',
                    footer='Ruimte voor elke jongere', core_title='Ondersteuningsplan Rivierduinen-Oost')
        to_pdf(p, OUT)
        # plan 3: markdown concept
        b, c = plan_brede_stroom()
        counts['po-brede-stroom-concept'] = words(b)
        render_md(b, os.path.join(OUT, 'po-brede-stroom-concept.md'))
        # plan 4: docx
        b, c = plan_maasoevers()
        counts['vo-maasoevers-koers'] = words(b)
        render_docx(b, os.path.join(OUT, 'vo-maasoevers-koers.docx'),
                    header='Koersdocument 2026-2030 · basisondersteuning · toelaatbaarheid · terugplaatsing · '
                           'financiën · ouders · resultaten',
                    footer='Samenwerkingsverband VO De Maasoevers – www.maasoevers-vo.nl',
                    core_title='Samen koers houden')
        # plan 5: html
        b, c = plan_oostergo()
        counts['po-oostergo-web'] = words(b)
        render_html(b, os.path.join(OUT, 'po-oostergo-web.html'),
                    title='Ondersteuningsplan 2026-2030 op hoofdlijnen – SWV Passend Onderwijs Oostergo',
                    nav=[('Home', '/'), ('Over ons', '/over-ons'), ('Ouders', '/ouders'), ('Scholen', '/scholen'),
                         ('Toelaatbaarheid', '/tlv'), ('Terugplaatsing', '/terugplaatsing'),
                         ('Sociale kaart', '/socialekaart'), ('Financiën', '/financien'), ('Contact', '/contact')],
                    footer='© 2026 SWV Passend Onderwijs Oostergo · <a href="/privacy">Privacy</a> · '
                           '<a href="/klachten">Klachtenregeling</a> · <a href="/ojsp">Ouder- en jeugdsteunpunt</a> · '
                           '<a href="/downloads/ondersteuningsplan-2026-2030.pdf">Download als pdf</a>')
        # near-miss: pdf only
        b = np_vlinderboom()
        counts['np-kindcentrum-vlinderboom'] = words(b)
        p = os.path.join(tmp, 'np-kindcentrum-vlinderboom.docx')
        render_docx(b, p, header='Ondersteuningsplan 2025-2026 – Kindcentrum De Vlinderboom',
                    core_title='Ondersteuningsplan Kindcentrum De Vlinderboom')
        to_pdf(p, OUT)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for name, lab in LABELS.items():
        text, elements = label_text(lab['documents'], lab['sector'], lab['false'], lab['advisory'], lab['notes'],
                                    lab['header_comment'])
        got = ' '.join(ABBR[elements[el]] for el in ELEMENTS)
        assert got == INTENDED[name], (name, got, INTENDED[name])
        with open(os.path.join(OUT, f'{name}.expected.yaml'), 'w', encoding='utf-8') as f:
            f.write(text)
    with open(os.path.join(OUT, 'np-kindcentrum-vlinderboom.expected.yaml'), 'w', encoding='utf-8') as f:
        f.write(NP_LABEL)
    for k, v in counts.items():
        print(f'{k}: {v} words')


if __name__ == '__main__':
    main()
