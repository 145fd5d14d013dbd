#!/usr/bin/env python3
"""Generate holdout set 311: five fictional ondersteuningsplannen (PO/VO) and one near-miss document,
with hand-written labels (<name>.expected.yaml). Deterministic, no network.

Output: the folder above src/ (Path(__file__).resolve().parent.parent).
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.
"""
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block model: ('h1', text) ('h2', text) ('p', text) ('ul', [items]) ('table', [[row], ...])
#              ('toc', [lines]) ('title', [lines]) ('pb',)
# ---------------------------------------------------------------------------------------------


def fill(blocks, **kw):
    out = []
    for b in blocks:
        if b[0] in ('p', 'h1', 'h2'):
            out.append((b[0], b[1].format(**kw)))
        elif b[0] in ('ul', 'toc', 'title'):
            out.append((b[0], [x.format(**kw) for x in b[1]]))
        elif b[0] == 'table':
            out.append((b[0], [[c.format(**kw) for c in r] for r in b[1]]))
        else:
            out.append(b)
    return out


def write_docx(blocks, path, header, footer):
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            for i, line in enumerate(b[1]):
                if i == 0:
                    d.add_heading(line, level=0)
                else:
                    d.add_paragraph(line)
        elif kind == 'toc':
            d.add_paragraph('Inhoudsopgave', style='Heading 1')
            for line in b[1]:
                d.add_paragraph(line)
        elif kind == 'h1':
            d.add_heading(b[1], level=1)
        elif kind == 'h2':
            d.add_heading(b[1], level=2)
        elif kind == 'p':
            d.add_paragraph(b[1])
        elif kind == 'ul':
            for it in b[1]:
                d.add_paragraph(it, style='List Bullet')
        elif kind == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph('')
        elif kind == 'pb':
            d.add_page_break()
    d.core_properties.title = header
    d.core_properties.author = 'Bureau samenwerkingsverband'
    d.save(str(path))


def write_pdf(blocks, path, header, footer):
    tmp = Path(tempfile.mkdtemp(prefix='holdout311_'))
    try:
        src = tmp / (path.stem + '.docx')
        write_docx(blocks, src, header, footer)
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + str(tmp / 'profile'),
                        '--convert-to', 'pdf', '--outdir', str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + '.pdf'), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, title, nav, footer):
    e = html.escape
    parts = ['<!DOCTYPE html>', '<html lang="nl">', '<head><meta charset="utf-8">',
             '<title>%s</title>' % e(title), '</head>', '<body>',
             '<header><p class="logo">%s</p><nav><ul>' % e(title)]
    parts += ['<li><a href="#">%s</a></li>' % e(n) for n in nav]
    parts.append('</ul></nav></header>')
    parts.append('<main>')
    for b in blocks:
        k = b[0]
        if k == 'title':
            parts.append('<h1>%s</h1>' % e(b[1][0]))
            parts += ['<p class="sub">%s</p>' % e(x) for x in b[1][1:]]
        elif k == 'toc':
            parts.append('<aside class="toc"><h2>Op deze pagina</h2><ol>')
            parts += ['<li>%s</li>' % e(x) for x in b[1]]
            parts.append('</ol></aside>')
        elif k == 'h1':
            parts.append('<h2>%s</h2>' % e(b[1]))
        elif k == 'h2':
            parts.append('<h3>%s</h3>' % e(b[1]))
        elif k == 'p':
            parts.append('<p>%s</p>' % e(b[1]))
        elif k == 'ul':
            parts.append('<ul>' + ''.join('<li>%s</li>' % e(x) for x in b[1]) + '</ul>')
        elif k == 'table':
            rows = b[1]
            parts.append('<table><thead><tr>' + ''.join('<th>%s</th>' % e(c) for c in rows[0]) + '</tr></thead><tbody>')
            for r in rows[1:]:
                parts.append('<tr>' + ''.join('<td>%s</td>' % e(c) for c in r) + '</tr>')
            parts.append('</tbody></table>')
    parts.append('</main>')
    parts.append('<footer><p>%s</p></footer>' % e(footer))
    parts.append('</body></html>')
    path.write_text('\n'.join(parts) + '\n', encoding='utf-8')


def write_label(name, text):
    (OUT / name).write_text(text.lstrip('\n'), encoding='utf-8')


# ---------------------------------------------------------------------------------------------
# Neutral filler shared by the plans (placeholders: swv, regio, periode, code, bureau)
# None of these paragraphs addresses a core or advisory criterion of any element.
# ---------------------------------------------------------------------------------------------
F = {}
F['context'] = [
    ('p', 'Het werkgebied van {swv} omvat de gemeenten {regio}. Het gebied kent een stedelijke kern en een '
          'uitgestrekt landelijk deel met kleine kernen, waar de afstand tot de dichtstbijzijnde school soms meer dan '
          'tien kilometer bedraagt. De bevolking groeit in de kernen en krimpt in de dorpen; dat heeft gevolgen voor de '
          'spreiding van scholen en voor de manier waarop de besturen hun organisatie inrichten.'),
    ('p', 'In het samenwerkingsverband werken de aangesloten schoolbesturen samen op basis van gelijkwaardigheid. '
          'Besturen verschillen in omvang, denominatie en geschiedenis. Sommige besturen hebben één school, andere '
          'besturen meer dan twintig. Die verscheidenheid zien wij als een kracht: scholen leren van elkaar en de '
          'besturen houden elkaar scherp in het gezamenlijke overleg.'),
]
F['visie'] = [
    ('p', 'Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het kan. Dat vraagt om '
          'leraren die vakmanschap en betrokkenheid combineren, om scholen die openstaan voor verschillen en om '
          'besturen die over de grenzen van hun eigen organisatie heen kijken. Passend onderwijs is geen project met '
          'een einddatum, maar een manier van werken die steeds opnieuw aandacht vraagt.'),
    ('p', 'Onze visie laat zich samenvatten in drie woorden: dichtbij, samen en eenvoudig. Dichtbij, omdat een kind '
          'het liefst naar school gaat in de eigen wijk of het eigen dorp. Samen, omdat geen school, geen bestuur en '
          'geen professional dit alleen kan. Eenvoudig, omdat regels en formulieren nooit belangrijker mogen worden '
          'dan het kind waar het om gaat.'),
    ('p', 'Deze uitgangspunten zijn in de afgelopen periode in een reeks bijeenkomsten met directeuren, intern '
          'begeleiders, ondersteuningscoördinatoren en bestuurders besproken. De opbrengst daarvan is verwerkt in de '
          'hoofdstukken van dit plan. Waar wij in dit plan spreken van "scholen", bedoelen wij alle vestigingen van '
          'de aangesloten besturen.'),
]
F['missie'] = [
    ('p', '{swv} ondersteunt de aangesloten schoolbesturen bij het vervullen van hun zorgplicht en draagt zorg voor '
          'de wettelijke taken die de wet aan een samenwerkingsverband toekent. Het bureau is daarbij dienstbaar aan '
          'de scholen: het faciliteert, verbindt en agendeert. De verantwoordelijkheid voor goed onderwijs ligt bij de '
          'schoolbesturen zelf.'),
]
F['governance'] = [
    ('p', '{swv} is een stichting. De statuten voorzien in een scheiding tussen bestuur en intern toezicht. De '
          'directeur-bestuurder vormt het bestuur in de zin van de statuten en wordt benoemd door de raad van '
          'toezicht. De raad van toezicht bestaat uit vijf leden, van wie twee onafhankelijke leden met een '
          'achtergrond buiten het onderwijs. De raad hanteert de Code Goed Bestuur en evalueert jaarlijks het eigen '
          'functioneren.'),
    ('p', 'Naast de raad van toezicht kent de stichting een algemene vergadering van aangesloten schoolbesturen. '
          'Deze vergadering komt ten minste drie keer per jaar bijeen, benoemt de leden van de raad van toezicht en '
          'wordt betrokken bij alle besluiten met een strategisch karakter. De statuten bevatten een '
          'geschillenregeling voor geschillen tussen de stichting en een aangesloten bestuur.'),
    ('p', 'Het bureau van het samenwerkingsverband is gehuisvest in {bureau}. De directeur-bestuurder wordt '
          'ondersteund door een managementassistent, een beleidsmedewerker, een controller en een team van '
          'consulenten en orthopedagogen. Het bureau is op werkdagen bereikbaar tussen 8.30 en 16.30 uur.'),
]
F['personeel'] = [
    ('p', 'Het samenwerkingsverband heeft een eigen, kleine formatie. De medewerkers van het bureau zijn in dienst '
          'van de stichting; enkele consulenten zijn gedetacheerd vanuit een aangesloten bestuur. Voor de '
          'rechtspositie volgt de stichting de cao van de sector. Wij investeren in de deskundigheid van onze '
          'medewerkers met een jaarlijks scholingsbudget en met intervisie in vaste groepen.'),
    ('p', 'Het lerarentekort raakt ook het passend onderwijs. Scholen geven aan dat vacatures voor intern '
          'begeleiders en gedragsspecialisten lastig te vervullen zijn. Het samenwerkingsverband denkt mee over '
          'regionale aanpakken, maar het personeelsbeleid blijft een verantwoordelijkheid van de besturen. Wel '
          'organiseren wij twee keer per jaar een netwerkbijeenkomst voor nieuwe collega\'s.'),
]
F['ict'] = [
    ('p', 'Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor '
          'zijn wettelijke taken. Er is een functionaris gegevensbescherming aangesteld die wordt gedeeld met twee '
          'andere samenwerkingsverbanden. Dossiers worden uitsluitend digitaal uitgewisseld via een beveiligde '
          'omgeving; e-mail met bijlagen over individuele leerlingen is niet toegestaan.'),
    ('p', 'In de planperiode vervangen wij het huidige registratiesysteem door een nieuw systeem dat beter aansluit '
          'op de leerlingadministratie van de scholen. Bij de aanbesteding letten wij op gebruiksgemak, '
          'informatiebeveiliging en de mogelijkheid om gegevens te exporteren. Medewerkers volgen jaarlijks een korte '
          'training over informatiebeveiliging.'),
]
F['prof'] = [
    ('p', 'Deskundigheid van leraren is de belangrijkste hefboom voor passend onderwijs. Het samenwerkingsverband '
          'organiseert daarom jaarlijks een studiedag voor alle scholen, met lezingen en werkgroepen die door '
          'leraren zelf worden voorbereid. Daarnaast zijn er leernetwerken voor intern begeleiders, '
          'ondersteuningscoördinatoren en schoolleiders.'),
    ('p', 'Nieuw in deze planperiode is de kennisbank: een digitale plek waar scholen voorbeelden, werkwijzen en '
          'materialen met elkaar delen. Het bureau beheert de kennisbank, maar de inhoud komt van de scholen. Wij '
          'vragen iedere school om ten minste één voorbeeld per jaar aan te leveren.'),
]
F['planning'] = [
    ('p', 'Dit plan beschrijft de koers op hoofdlijnen voor de periode {periode}. Elk jaar vertalen wij de koers '
          'in een jaarplan met concrete activiteiten. Het jaarplan wordt in juni besproken met de directeuren en in '
          'juli vastgesteld door de directeur-bestuurder na goedkeuring door de raad van toezicht.'),
    ('p', 'Halverwege de planperiode houden wij een tussentijds gesprek met alle besturen over de vraag of de koers '
          'nog klopt. Blijkt een bijstelling nodig, dan leggen wij die als wijziging van dit plan voor aan de '
          'ondersteuningsplanraad. De voorbereiding van het volgende plan start uiterlijk in het najaar van het '
          'derde planjaar.'),
]
F['totstandkoming'] = [
    ('p', 'De ondersteuningsplanraad heeft op {opr_datum} ingestemd met dit plan. Het op overeenstemming gericht '
          'overleg met de colleges van burgemeester en wethouders van de gemeenten in ons werkgebied is afgerond op '
          '{oogo_datum}. Daarnaast is overleg gevoerd met het samenwerkingsverband {ander}, waarvan het werkgebied '
          'grotendeels samenvalt met het onze. Het plan is voor 1 mei aan de inspectie gezonden.'),
]
F['huisvesting'] = [
    ('p', 'Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Scholen lopen er soms tegenaan '
          'dat een lokaal ontbreekt voor een kleine groep of dat de vervoerstijden niet aansluiten op het rooster. '
          'Het samenwerkingsverband brengt zulke signalen in bij de gemeenten, maar neemt geen besluiten over '
          'gebouwen of vervoer.'),
]
F['communicatie_scholen'] = [
    ('p', 'Richting scholen communiceren wij via een maandelijkse nieuwsbrief, het directeurenoverleg en het '
          'netwerk van intern begeleiders en ondersteuningscoördinatoren. Belangrijke wijzigingen in werkwijzen '
          'kondigen wij ten minste drie maanden van tevoren aan, zodat scholen tijd hebben om zich voor te bereiden.'),
]
F['ouderbetrokkenheid_neutral'] = []

F['wettelijk'] = [
    ('p', 'Het ondersteuningsplan is het belangrijkste beleidsdocument van {swv}. De wet schrijft voor dat het plan '
          'in elk geval ingaat op de basisondersteuning, de procedure en criteria voor toelaatbaarheid, de '
          'terugplaatsing, de verdeling en besteding van de middelen, de beoogde en bereikte resultaten en de '
          'informatie aan ouders, ook over onafhankelijke ondersteuning. Het plan wordt ten minste eens in de vier '
          'jaar vastgesteld, na op overeenstemming gericht overleg met de gemeenten en met instemming van de '
          'ondersteuningsplanraad.'),
    ('p', 'Wij hebben ervoor gekozen het plan compact te houden. Het plan beschrijft de koers en de afspraken die '
          'voor langere tijd vastliggen. Uitvoeringsafspraken die vaker veranderen, zoals formulieren en '
          'contactgegevens, staan niet in dit plan. Daardoor blijft het plan leesbaar en hoeft het niet bij '
          'iedere kleine wijziging opnieuw te worden vastgesteld.'),
]
F['opr'] = [
    ('p', 'De ondersteuningsplanraad vergadert zes keer per jaar. De raad heeft een eigen reglement en een '
          'jaarlijks scholingsbudget. De directeur-bestuurder is op uitnodiging aanwezig bij het deel van de '
          'vergadering waarin beleidsvoornemens worden besproken. De raad ontvangt de stukken ten minste tien '
          'werkdagen voor de vergadering. Leden worden gekozen voor een periode van drie jaar en zijn eenmaal '
          'herkiesbaar. Het secretariaat wordt ondersteund door de managementassistent van het bureau.'),
]
F['jaarcyclus'] = [
    ('p', 'De jaarlijkse planning van het bureau ziet er in hoofdlijnen als volgt uit.'),
    ('table', [['Maand', 'Activiteit'],
               ['September', 'Startbijeenkomst directeuren en bestuurders'],
               ['Oktober', 'Teldatum leerlingaantallen'],
               ['November', 'Studiedag voor alle scholen'],
               ['Januari', 'Netwerkbijeenkomst nieuwe collega\'s'],
               ['Maart', 'Netwerkdag intern begeleiders en ondersteuningscoördinatoren'],
               ['Juni', 'Bespreking concept-jaarplan in het directeurenoverleg'],
               ['Juli', 'Vaststelling jaarplan']]),
]
F['integriteit'] = [
    ('p', 'Het samenwerkingsverband heeft een integriteitscode, een klokkenluidersregeling en een regeling voor '
          'het melden van nevenfuncties. Medewerkers van het bureau melden nevenfuncties bij de '
          'directeur-bestuurder; de leden van de raad van toezicht melden hun nevenfuncties bij de voorzitter. '
          'Nevenfuncties van de bestuurder en de toezichthouders worden jaarlijks openbaar gemaakt. Bij de '
          'inkoop van diensten boven € 50.000 vraagt het bureau ten minste drie offertes op.'),
]
F['innovatie'] = [
    ('p', 'Passend onderwijs vraagt om ruimte voor vernieuwing. Scholen kunnen daarom jaarlijks een '
          'innovatievoorstel indienen voor een experiment dat ook voor andere scholen leerzaam is, bijvoorbeeld '
          'een nieuwe vorm van samenwerking tussen leraren en onderwijsassistenten of het gebruik van digitale '
          'leermiddelen in kleine groepen. De voorstellen worden beoordeeld door een commissie van drie '
          'schoolleiders. De opbrengsten worden gedeeld in de kennisbank en op de studiedag.'),
    ('p', 'Wij werken daarbij samen met de lerarenopleiding van de regionale hogeschool. Studenten doen '
          'praktijkonderzoek op de scholen en presenteren hun uitkomsten aan het einde van het studiejaar. Zo '
          'verbinden wij opleiding, onderzoek en praktijk en maken wij nieuwe leraren al vroeg vertrouwd met de '
          'vragen van passend onderwijs.'),
]
F['inclusie'] = [
    ('p', 'Landelijk is de ambitie uitgesproken dat het onderwijs in 2035 inclusiever is dan nu. Wij delen die '
          'ambitie, maar kiezen bewust voor kleine stappen. De scholen in ons gebied verschillen sterk in '
          'gebouw, teamsamenstelling en ervaring. Wij willen voorkomen dat een grote ambitie op papier leidt tot '
          'teleurstelling in de praktijk. Daarom verkennen wij in deze planperiode samen met enkele scholen wat '
          'inclusiever werken in onze regio betekent, en delen wij de ervaringen breed.'),
    ('p', 'Inclusie gaat in onze ogen niet alleen over de plek waar een leerling onderwijs volgt, maar ook over de '
          'houding van de school: wordt een leerling gezien, hoort hij erbij, mag hij zijn wie hij is? Dat '
          'vraagt om een professionele cultuur waarin leraren met elkaar in gesprek gaan over hun eigen '
          'handelen, en om schoolleiders die daar de ruimte voor maken.'),
]
F['bestuurlijk'] = [
    ('p', 'Het samenwerkingsverband werkt samen met de samenwerkingsverbanden in de omliggende regio\'s. Er is een '
          'regionaal directeurenoverleg dat vier keer per jaar bijeenkomt. Daarin worden ervaringen gedeeld en '
          'gezamenlijke standpunten voorbereid richting de sectorraden. Ook bij de aanbesteding van '
          'ICT-voorzieningen en de inzet van een functionaris gegevensbescherming trekken wij samen op.'),
    ('p', 'Op landelijk niveau volgen wij de ontwikkelingen via de sectorraad en de landelijke netwerken van '
          'samenwerkingsverbanden. Wij nemen deel aan het landelijke benchmarkonderzoek naar de bedrijfsvoering '
          'van samenwerkingsverbanden, zodat wij onze eigen organisatie kunnen vergelijken met die van anderen.'),
]
F['duurzaam'] = [
    ('p', 'Ook als kleine organisatie willen wij bijdragen aan duurzaamheid. Het bureau werkt zo veel mogelijk '
          'digitaal, reiskosten worden vergoed op basis van openbaar vervoer en overleggen vinden waar mogelijk '
          'online plaats. Bij de keuze voor een nieuwe huisvesting van het bureau is de energiezuinigheid van het '
          'gebouw een van de criteria.'),
]


F['avg_extra'] = [
    ('p', 'Voor iedere verwerking van persoonsgegevens is vastgelegd met welk doel de gegevens worden verwerkt, '
          'wie er toegang toe heeft en hoe lang zij worden bewaard. Het verwerkingsregister wordt jaarlijks '
          'geactualiseerd. Met leveranciers van software zijn verwerkersovereenkomsten gesloten. Datalekken worden '
          'binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens; in het afgelopen jaar is één melding gedaan, '
          'die betrekking had op een verkeerd geadresseerde e-mail. Naar aanleiding daarvan is het gebruik van '
          'e-mail verder beperkt.'),
]
F['pers'] = [
    ('p', 'Vragen van journalisten worden beantwoord door de directeur-bestuurder of door een door haar '
          'aangewezen medewerker. Over individuele leerlingen doet het samenwerkingsverband nooit mededelingen. '
          'Bij incidenten op een school ligt de woordvoering bij het betrokken schoolbestuur; het '
          'samenwerkingsverband stemt zo nodig af. Het bureau onderhoudt contact met de lokale media over '
          'onderwerpen als de studiedag en de innovatieprijs.'),
]
F['geschiedenis'] = [
    ('p', '{swv} is in 2013 opgericht, in aanloop naar de invoering van de Wet passend onderwijs op 1 augustus '
          '2014. Het verband is ontstaan uit twee voormalige weer-samen-naar-schoolverbanden, die elk een eigen '
          'cultuur en werkwijze hadden. In de eerste jaren lag de nadruk op het bouwen van een gezamenlijke '
          'organisatie. In de tweede planperiode is het bureau verhuisd naar {bureau} en is de governance '
          'aangepast aan de Code Goed Bestuur.'),
    ('p', 'Het werkgebied is sinds de oprichting niet gewijzigd, maar de schaal van de besturen wel. Door fusies '
          'is het aantal aangesloten besturen in tien jaar met ongeveer een derde afgenomen. Dat heeft het '
          'bestuurlijk overleg eenvoudiger gemaakt, maar ook de afstand tussen het samenwerkingsverband en de '
          'afzonderlijke scholen vergroot. Het bureau investeert daarom in persoonlijk contact met schoolleiders.'),
]

def filler(keys, **kw):
    out = []
    for k in keys:
        out += fill(F[k], **kw)
    return out


# =============================================================================================
# Plan A - PO, .docx - "Lingebocht" - warm 'wij'-style, numbered chapters
# basisondersteuning present | plaatsing present | terugstroom present (inside TLV chapter)
# financien partial (besteding deferred) | dekkend present | resultaten partial (monitoring deferred)
# ouders present (inside 'Communicatie')
# =============================================================================================
KW_A = dict(swv='Samenwerkingsverband Lingebocht', regio='Lingedal, Bommelerhoek, Asperwaard en Heukelom',
            periode='2025-2029', bureau='het Dorpshuis aan de Kerkstraat in Lingedal',
            opr_datum='11 maart 2025', oogo_datum='27 februari 2025', ander='VO Rivierenland-West')


def plan_a():
    b = [('title', ['Ondersteuningsplan 2025-2029',
                    'Samenwerkingsverband Passend Primair Onderwijs Lingebocht (PO 27-11)',
                    '"Elk kind telt mee"', 'Vastgesteld door de directeur-bestuurder op 18 maart 2025']),
         ('toc', ['1 Voorwoord', '2 Onze regio', '3 Visie en missie', '4 Basisondersteuning: wat elke school biedt',
                  '5 Extra ondersteuning en een dekkend aanbod', '6 Toelaatbaarheid tot sbo en so',
                  '7 Communicatie', '8 Geld en middelen (financiën en meerjarenbegroting)',
                  '9 Ambities en resultaten', '10 Organisatie en governance', '11 Medezeggenschap en overleg',
                  '12 Personeel, professionalisering en ICT', '13 Planning',
                  'Bijlage 1 Begrippenlijst', 'Bijlage 2 Meerjarenbegroting 2025-2029']),
         ('pb',),
         ('h1', '1 Voorwoord'),
         ('p', 'Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband Lingebocht. Het is geschreven in '
               'een tijd waarin passend onderwijs opnieuw volop in de belangstelling staat. De landelijke '
               'verbeteraanpak, de discussie over een landelijke norm voor basisondersteuning en de krapte op de '
               'arbeidsmarkt vragen om keuzes. In dit plan maken wij die keuzes zichtbaar.'),
         ('p', 'Wij danken de intern begeleiders, directeuren, leraren, ouders en partners die in de afgelopen maanden '
               'hebben meegedacht. Hun ervaringen en vragen hebben dit plan beter gemaakt. Een plan is pas waardevol '
               'als het op de werkvloer herkenbaar is; daarom hebben wij geprobeerd zo concreet mogelijk te schrijven.'),
         ('p', 'Marieke van Oosterhout, directeur-bestuurder'),
         ('h1', '2 Onze regio'),
         ]
    b += filler(['context'], **KW_A)
    b += [('table', [['Kengetal (teldatum 1 oktober 2024)', 'Aantal'],
                     ['Aangesloten schoolbesturen', '14'],
                     ['Vestigingen basisonderwijs', '41'],
                     ['Scholen voor speciaal basisonderwijs (sbo)', '3'],
                     ['Locaties speciaal onderwijs cluster 3 en 4 in de regio', '4'],
                     ['Leerlingen basisonderwijs', '9.812']]),
          ('h1', '3 Visie en missie')]
    b += filler(['visie', 'missie', 'wettelijk'], **KW_A)
    b += [
        ('h1', '4 Basisondersteuning: wat elke school biedt'),
        ('p', 'Basisondersteuning is in Lingebocht het niveau van ondersteuning dat alle besturen met elkaar hebben '
              'afgesproken en dat op iedere vestiging van iedere aangesloten school beschikbaar is, zonder dat '
              'daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het is de ondergrens: een school mag meer '
              'bieden, maar nooit minder. Deze afspraak geldt voor alle 41 vestigingen en is door het algemeen '
              'bestuur vastgesteld op 5 november 2024.'),
        ('p', 'Wat betekent dit concreet? In onderstaande tabel staan de acht standaarden. Ouders kunnen op elke '
              'school in Lingebocht verwachten dat deze voorzieningen er zijn.'),
        ('table', [['Standaard', 'Wat u op elke school aantreft'],
                   ['1 Ondersteuningsstructuur', 'Een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een '
                    'vast zorgoverleg zes keer per jaar'],
                   ['2 Handelingsgericht werken', 'Groepsplannen of groepsoverzichten, twee keer per jaar een '
                    'groepsbespreking per groep'],
                   ['3 Lezen en dyslexie', 'Werken volgens het Protocol Leesproblemen en Dyslexie; extra '
                    'leesinterventie voor leerlingen in de zwakste 10%'],
                   ['4 Rekenen en dyscalculie', 'Een rekenspecialist op school of bovenschools; werken volgens het '
                    'protocol ERWD'],
                   ['5 Gedrag en sociale veiligheid', 'Een schoolbreed programma voor sociale veiligheid, een '
                    'anti-pestcoördinator en een aanpak voor kortdurende time-out in de school'],
                   ['6 Meer- en hoogbegaafdheid', 'Signalering vanaf groep 1 en verrijkingsstof in de eigen groep'],
                   ['7 Medisch handelen', 'Een protocol medisch handelen en afspraken over medicijnverstrekking'],
                   ['8 Samenwerking', 'Een vast aanspreekpunt van het wijk- of dorpsteam bij het zorgoverleg']]),
        ('p', 'Elke school beschrijft in haar schoolgids hoe zij de acht standaarden invult. Het bureau bespreekt '
              'de standaarden jaarlijks met iedere directeur aan de hand van de kwaliteitskaart. Voldoet een school op '
              'een standaard niet, dan maakt het bestuur binnen drie maanden een verbeterplan en volgt het bureau '
              'dat plan tot de standaard op orde is.'),
        ('h1', '5 Extra ondersteuning en een dekkend aanbod'),
        ('h2', '5.1 Van basis naar speciaal'),
        ('p', 'Wanneer de basisondersteuning niet voldoende is, kan een school een beroep doen op extra '
              'ondersteuning. Wij onderscheiden vier niveaus. Niveau 1 is de basisondersteuning van hoofdstuk 4. Op '
              'niveau 2 bespreekt de school de leerling in het ondersteuningsteam, met ouders, de consulent van het '
              'samenwerkingsverband en zo nodig het dorpsteam; dit kan leiden tot een arrangement in de eigen groep, '
              'bijvoorbeeld extra handen, ambulante begeleiding of een aangepast programma. Op niveau 3 gaat het om '
              'bovenschoolse voorzieningen: de Taalklas voor nieuwkomers in Lingedal, de Plusklas De Uitdaging voor '
              'hoogbegaafde leerlingen (één dag per week), en de observatiegroep De Brug in Asperwaard. Niveau 4 '
              'is plaatsing in het speciaal basisonderwijs (drie scholen) of het speciaal onderwijs cluster 3 en 4.'),
        ('p', 'Arrangementen op niveau 2 worden aangevraagd via het digitale loket en binnen vier weken toegekend. '
              'Voor onderwijs-zorgarrangementen, waarbij jeugdhulp in de school wordt geboden, hebben wij met de '
              'vier gemeenten een gezamenlijke financieringsafspraak: de gemeente betaalt de zorgcomponent, het '
              'samenwerkingsverband de onderwijscomponent.'),
        ('h2', '5.2 Waar het aanbod tekortschiet'),
        ('p', 'Ieder jaar in oktober maken wij een analyse van het dekkend aanbod. Wij verzamelen de wachtlijsten van '
              'sbo en so, het aantal leerlingen zonder passende plek, de meldingen van thuiszitters en de signalen uit '
              'de ondersteuningsteams. De analyse van oktober 2024 liet twee witte vlekken zien: er is geen passend '
              'aanbod voor jonge kinderen (4-6 jaar) met ernstige gedragsproblemen, en de wachttijd voor so cluster 4 '
              'liep op tot gemiddeld elf weken.'),
        ('p', 'Voor de eerste witte vlek openen wij per 1 augustus 2026 een kleinschalige groep voor jonge kinderen in '
              'samenwerking met een jeugdhulpaanbieder. Voor de tweede maken wij met het so afspraken over tijdelijke '
              'extra plaatsen. Elke maand komt de thuiszitterstafel bijeen met de leerplichtambtenaren; voor iedere '
              'thuiszitter ligt binnen drie weken na melding een plan met een naam van de verantwoordelijke. Blijft '
              'een oplossing uit, dan heeft de directeur-bestuurder doorzettingsmacht om een plek te realiseren.'),
        ('h1', '6 Toelaatbaarheid tot sbo en so'),
        ('h2', '6.1 De aanvraag'),
        ('p', 'Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het bestuur van de '
              'school waar de leerling is ingeschreven of aangemeld. De intern begeleider stelt het dossier samen: '
              'het groeidocument met het ontwikkelingsperspectief, het onderwijskundig rapport, de verslagen van ten '
              'minste twee besprekingen in het ondersteuningsteam en de zienswijze van de ouders. De aanvraag gaat '
              'via het digitale loket naar de Commissie Toelaatbaarheid.'),
        ('p', 'De commissie controleert binnen vijf werkdagen of het dossier compleet is. Daarna vragen wij twee '
              'deskundigen om een schriftelijk advies: altijd een orthopedagoog of psycholoog, en afhankelijk van de '
              'vraag een tweede deskundige, zoals een kinderpsychiater, maatschappelijk werker of jeugdarts. De '
              'deskundigen zijn niet betrokken geweest bij de aanvraag en adviseren ieder afzonderlijk. De '
              'directeur-bestuurder besluit namens het samenwerkingsverband binnen zes weken na ontvangst van het '
              'complete dossier. Ouders ontvangen een afschrift van beide adviezen.'),
        ('h2', '6.2 Wanneer is een leerling toelaatbaar?'),
        ('p', 'Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan:'),
        ('ul', ['de basisondersteuning en ten minste één arrangement op niveau 2 zijn gedurende minimaal zes maanden '
                'ingezet en geëvalueerd;',
                'de ontwikkeling stagneert op ten minste twee gebieden (leren, werkhouding, gedrag, '
                'sociaal-emotioneel), blijkend uit het groeidocument;',
                'de leerling heeft structureel een kleinere groep en een specialistische aanpak nodig die de '
                'reguliere school ook met inzet van niveau 3 niet kan bieden.']),
        ('p', 'Voor het so gelden daarnaast de volgende criteria: de leerling heeft een ondersteuningsbehoefte die '
              'samenhangt met een verstandelijke, lichamelijke of meervoudige beperking, langdurige ziekte of ernstige '
              'gedrags- of psychiatrische problematiek; en de benodigde combinatie van onderwijs en zorg is in het '
              'sbo niet beschikbaar.'),
        ('h2', '6.3 Duur en categorie'),
        ('p', 'Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt '
              'afgegeven voor één tot drie schooljaren en eindigt op 31 juli van het laatste schooljaar. Bij een TLV '
              'so bepaalt de commissie de bekostigingscategorie (laag, midden of hoog) op basis van de '
              'ondersteuningsbehoefte die uit het dossier blijkt.'),
        ('h2', '6.4 Bezwaar'),
        ('p', 'Ouders en het bevoegd gezag kunnen binnen zes weken na de datum van het besluit bezwaar maken. Het '
              'samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, '
              'die advies uitbrengt over het bezwaar.'),
        ('h2', '6.5 Afloop van de verklaring en de weg terug'),
        ('p', 'Een verklaring is geen eindstation. Wij willen dat kinderen die in het sbo of so tot ontwikkeling '
              'zijn gekomen, zo mogelijk weer naar een reguliere school in hun eigen omgeving gaan. Voorwaarde is dat '
              'de ontvangende school, met de ondersteuning die zij kan bieden, aan de onderwijsbehoefte van het kind '
              'tegemoet kan komen. Na de overstap krijgt de leerling gedurende ten minste een jaar begeleiding vanuit '
              'het sbo of so; het samenwerkingsverband betaalt daarvoor een terugplaatsingsarrangement van 40 uur.'),
        ('p', 'De sbo- of so-school evalueert het ontwikkelingsperspectief jaarlijks in mei en bespreekt daarbij '
              'met de ouders of terugkeer haalbaar is. In het laatste jaar van de TLV organiseert de school uiterlijk '
              'op 1 maart een gesprek met ouders, de consulent van het samenwerkingsverband en een mogelijke '
              'ontvangende school. Adviseert dat gesprek terugkeer, dan maken de scholen samen een overstapplan en '
              'vindt de overstap bij voorkeur plaats na een zomervakantie. Is voortzetting in het sbo of so nodig, '
              'dan vraagt het bestuur van de s(b)o-school vóór 1 mei een nieuwe TLV aan. In schooljaar 2023-2024 '
              'keerden 14 leerlingen vanuit het sbo en so terug naar een basisschool.'),
        ('h1', '7 Communicatie'),
        ('p', 'Goede informatie is de basis voor vertrouwen. Wij communiceren met scholen, ouders, gemeenten en '
              'partners.'),
    ]
    b += filler(['communicatie_scholen'], **KW_A)
    b += [
        ('p', 'Voor ouders hebben wij een eigen ouderpagina op de website, met uitleg over basisondersteuning, '
              'arrangementen, de bovenschoolse voorzieningen en de route naar het sbo en so. De brochure "Wegwijs in '
              'passend onderwijs" ligt op iedere school en wordt bij inschrijving meegegeven; de brochure is er ook in '
              'het Engels, Arabisch en Pools. Twee keer per jaar houden wij een informatieavond voor ouders, een in '
              'het voorjaar en een in het najaar. In de schoolgids van iedere school staat een vaste paragraaf over '
              'het samenwerkingsverband.'),
        ('p', 'Hebben ouders vragen of zijn zij het niet eens met de school of met ons, dan kunnen zij terecht bij '
              'het Ouder- en Jeugdsteunpunt Rivierenland. Dit steunpunt is onafhankelijk van scholen en '
              'samenwerkingsverband, is bereikbaar via telefoon en WhatsApp en helpt kosteloos. Ook de '
              'Onderwijsconsulenten kunnen worden ingeschakeld. Klachten over het samenwerkingsverband worden '
              'behandeld volgens onze klachtenregeling; de Geschillencommissie passend onderwijs behandelt geschillen '
              'over toelating, verwijdering en het ontwikkelingsperspectief.'),
        ('p', 'Ouders zijn partner bij het opstellen van het ontwikkelingsperspectief en hebben via hun '
              'vertegenwoordiging in de ondersteuningsplanraad instemmingsrecht op dit plan.'),
        ('h1', '8 Geld en middelen'),
        ('p', 'Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek '
              'van de verplichte afdrachten aan het sbo en so verdelen wij het resterende budget volgens de volgende '
              'systematiek, vastgesteld door de algemene vergadering:'),
        ('ul', ['72% gaat rechtstreeks naar de schoolbesturen als schoolbudget: een bedrag van € 178 per leerling '
                '(teldatum 1 oktober) plus een vaste voet van € 12.500 per vestiging;',
                '18% is bestemd voor arrangementen op niveau 2 en 3, toegekend door de commissie op basis van de '
                'aanvraag van de school;',
                '10% is bestemd voor het bureau en de wettelijke taken.']),
        ('p', 'De meerjarenbegroting 2025-2029 wordt na vaststelling van de jaarrekening 2024 als bijlage 2 aan dit '
              'plan toegevoegd. Tot die tijd geldt de onderstaande opzet.'),
        ('table', [['Post', '2025', '2026', '2027', '2028'],
                   ['Schoolbudgetten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                   ['Arrangementen', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                   ['Bureau en wettelijke taken', 'p.m.', 'p.m.', 'p.m.', 'p.m.']]),
        ('p', 'Het weerstandsvermogen ligt onder de signaleringswaarde van de inspectie. De raad van toezicht heeft '
              'als ondergrens een reserve van 5% van de baten vastgesteld.'),
        ('h1', '9 Ambities en resultaten'),
        ('p', 'Voor deze planperiode formuleren wij drie ambities voor leerlingen die extra ondersteuning nodig '
              'hebben:'),
        ('ul', ['In 2027 voldoet elke school aan alle acht standaarden van de basisondersteuning.',
                'Aan het einde van de planperiode zit geen leerling langer dan drie maanden thuis zonder passend '
                'aanbod.',
                'Het deelnamepercentage so blijft onder 2,1% en het sbo onder 2,4%.']),
        ('p', 'Hoe wij deze ambities gaan volgen, werken wij in het eerste planjaar uit in een monitoringskader. De '
              'indicatoren, de meetmomenten en de wijze van rapporteren leggen wij vast zodra het nieuwe '
              'registratiesysteem in gebruik is.'),
        ('h1', '10 Organisatie en governance'),
    ]
    b += filler(['governance'], **KW_A)
    b += [('h1', '11 Medezeggenschap en overleg')]
    b += filler(['totstandkoming', 'huisvesting'], **KW_A)
    b += [('h1', '12 Personeel, professionalisering en ICT')]
    b += filler(['personeel', 'prof', 'ict'], **KW_A)
    b += [('h1', '13 Planning')]
    b += filler(['planning'], **KW_A)
    b += [('pb',), ('h1', 'Bijlage 1 Begrippenlijst'),
          ('table', [['Begrip', 'Betekenis'],
                     ['Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat elke school biedt'],
                     ['Meerjarenbegroting', 'Begroting voor meerdere jaren met baten en lasten'],
                     ['Monitoring', 'Het volgen van resultaten met vaste indicatoren'],
                     ['OJSP', 'Ouder- en jeugdsteunpunt'],
                     ['TLV', 'Toelaatbaarheidsverklaring voor sbo of so'],
                     ['Terugplaatsing', 'Terugkeer van een leerling uit het s(b)o naar het basisonderwijs']]),
          ('h1', 'Bijlage 2 Meerjarenbegroting 2025-2029'),
          ('p', 'Volgt na vaststelling van de jaarrekening 2024.')]
    return b


LABEL_A = """
documents: [po-lingebocht-ondersteuningsplan-2025-2029.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 defines the agreed minimum for all 41 vestigingen and lists eight standards in a table; kwaliteitskaart + verbeterplan = borging."
  plaatsing: "H6.1-6.4: request by bestuur via loket, two separate deskundigen, decision within 6 weeks; sbo/so criteria lists; duration/categorie; LBT bezwaar."
  terugstroom: "Hidden in TLV chapter 6.5 'Afloop van de verklaring': policy (thuisnabij, 1 year follow-up, 40-hour arrangement) and steps (May evaluation, 1 March meeting, new TLV before 1 May); 14 returns in 2023-2024."
  financien: "H8 'Geld en middelen' gives the verdeelmodel (72/18/10, EUR 178 per leerling, vaste voet) but the meerjarenbegroting is deferred (table all p.m., Bijlage 2 'volgt') -> besteding not addressed; TOC promises a meerjarenbegroting (trap)."
  dekkend-aanbod: "H5: four levels with named bovenschoolse voorzieningen; yearly October gap analysis with two witte vlekken, actions, thuiszitterstafel."
  resultaten: "H9 has three measurable ambitions, but monitoring is deferred to a 'monitoringskader' worked out in the first plan year; 'Monitoring' only in the glossary."
  ouders: "In H7 'Communicatie': ouderpagina, brochure in 4 languages, info evenings, schoolgids paragraph; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling."
"""


# =============================================================================================
# Plan B - VO, .docx - "Kempenrand" - formal, numbered paragraphs 1.1 etc.
# basisondersteuning partial (inhoud only on website) | plaatsing present (vso, lwoo, pro)
# terugstroom missing | financien present ('Middelen en bekostiging') | dekkend partial (lacunes deferred)
# resultaten present | ouders partial (no independent steunpunt)
# =============================================================================================
KW_B = dict(swv='het Samenwerkingsverband VO Kempenrand', regio='Eersel-Noord, Bladelhoven, Reuselbeek en Bergeijkerveld',
            periode='2025-2029', bureau='het bedrijfsverzamelgebouw De Schakel in Bladelhoven',
            opr_datum='3 april 2025', oogo_datum='20 maart 2025', ander='PO Kempenrand')


def plan_b():
    b = [('title', ['Ondersteuningsplan Samenwerkingsverband Voortgezet Onderwijs Kempenrand',
                    'VO 30-09 | planperiode 1 augustus 2025 - 31 juli 2029',
                    'Versie ter instemming OPR, definitief']),
         ('toc', ['1. Inleiding', '2. Uitgangspunten', '3. Het ondersteuningsaanbod', '3.1 Basisondersteuning',
                  '3.2 Extra ondersteuning en voorzieningen', '3.3 Dekkend aanbod', '4. Toewijzing en toelaatbaarheid',
                  '4.1 Voortgezet speciaal onderwijs', '4.2 Leerwegondersteunend onderwijs',
                  '4.3 Praktijkonderwijs', '5. Ouders en leerlingen', '6. Kwaliteit en resultaten',
                  '7. Middelen en bekostiging', '8. Bestuur en organisatie', '9. Personeel en deskundigheid',
                  '10. Totstandkoming', 'Bijlage A Afkortingen en begrippen']),
         ('pb',),
         ('h1', '1. Inleiding'),
         ('p', 'Dit ondersteuningsplan beschrijft hoe het Samenwerkingsverband VO Kempenrand in de periode 2025-2029 '
               'invulling geeft aan de opdracht uit artikel 17a van de Wet op het voortgezet onderwijs, inmiddels '
               'artikel 2.47 en verder van de Wet voortgezet onderwijs 2020. Het plan is opgesteld door het bureau in '
               'opdracht van het bestuur en besproken met de ondersteuningscoördinatoren, de schoolleiders en de '
               'ondersteuningsplanraad.'),
         ('p', 'Het samenwerkingsverband omvat zeven scholen voor voortgezet onderwijs met in totaal elf '
               'vestigingen, een school voor praktijkonderwijs en twee vso-locaties. Op 1 oktober 2024 telde het '
               'samenwerkingsverband 8.930 leerlingen, van wie 1.210 leerwegondersteuning ontvingen en 286 '
               'praktijkonderwijs volgden.'),
         ('h1', '2. Uitgangspunten')]
    b += filler(['context', 'visie', 'wettelijk'], **KW_B)
    b += [('p', 'Het samenwerkingsverband hanteert de volgende uitgangspunten: de leerling staat centraal, de '
                'school is verantwoordelijk, het samenwerkingsverband ondersteunt. Ondersteuning wordt zo dicht '
                'mogelijk bij de leerling georganiseerd en zo licht als mogelijk, zo zwaar als nodig.'),
          ('h1', '3. Het ondersteuningsaanbod'),
          ('h2', '3.1 Basisondersteuning'),
          ('p', 'Onder basisondersteuning verstaat het samenwerkingsverband het geheel van preventieve en licht '
                'curatieve interventies dat iedere vestiging van iedere aangesloten school binnen de eigen '
                'ondersteuningsstructuur biedt, planmatig en onder regie van de school, zonder inzet van middelen of '
                'voorzieningen van het samenwerkingsverband. Het niveau is door alle besturen gezamenlijk '
                'vastgesteld en geldt als minimum voor elke vestiging.'),
          ('p', 'De uitwerking van dit niveau in concrete voorzieningen is opgenomen in de Kwaliteitskaart '
                'basisondersteuning, die op de website van het samenwerkingsverband staat. De scholen beschrijven in '
                'hun schoolgids hoe zij de kwaliteitskaart invullen.'),
          ('p', 'Eens per twee jaar voert het samenwerkingsverband op iedere vestiging een visitatie uit met '
                'collega-ondersteuningscoördinatoren. De bevindingen worden besproken met de schoolleider; waar de '
                'basisondersteuning onder het afgesproken niveau ligt, worden verbeterafspraken gemaakt die binnen '
                'een jaar opnieuw worden bekeken.'),
          ('h2', '3.2 Extra ondersteuning en voorzieningen'),
          ('p', 'Extra ondersteuning is alle ondersteuning die de basisondersteuning overstijgt. Het '
                'samenwerkingsverband kent de volgende vormen:'),
          ('ul', ['ondersteuning op de eigen school met middelen die de school daarvoor van het samenwerkingsverband '
                  'ontvangt (schoolarrangementen), zoals een ondersteuningsklas, een trajectvoorziening of individuele '
                  'begeleiding;',
                  'het orthopedagogisch-didactisch centrum De Overstap voor leerlingen die tijdelijk, maximaal één '
                  'schooljaar, in een kleine setting onderwijs volgen met behoud van inschrijving op de eigen school;',
                  'de reboundvoorziening voor leerlingen die een time-out nodig hebben; leerlingen keren na maximaal '
                  'twaalf weken terug naar hun eigen school;',
                  'onderwijs-zorgarrangementen in samenwerking met de gemeenten, waarbij jeugdhulp binnen de school '
                  'wordt geboden en de gemeente de zorgkosten draagt;',
                  'het voortgezet speciaal onderwijs (cluster 3 en 4) op twee locaties in de regio en daarbuiten.']),
          ('p', 'De school vraagt een plaats in De Overstap of de reboundvoorziening aan via het Loket. De '
                'toewijzing gebeurt in het wekelijkse plaatsingsoverleg.'),
          ('h2', '3.3 Dekkend aanbod'),
          ('p', 'Het samenwerkingsverband heeft de ambitie om voor iedere leerling een passende plek te hebben. In '
                '2026 brengt het samenwerkingsverband samen met de gemeenten in kaart waar het huidige aanbod '
                'tekortschiet. De uitkomsten van die analyse en de daaruit voortvloeiende aanpak, ook voor '
                'thuiszitters, volgen in een aanvulling op dit plan.'),
          ('h1', '4. Toewijzing en toelaatbaarheid'),
          ('h2', '4.1 Voortgezet speciaal onderwijs'),
          ('p', 'Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de '
                'toelaatbaarheidsverklaring aan. De ondersteuningscoördinator dient de aanvraag in via het digitale '
                'Loket, met het ontwikkelingsperspectiefplan, een overzicht van de ingezette ondersteuning en de '
                'zienswijze van ouders en leerling. De Commissie Toelaatbaarheid beoordeelt de aanvraag, vraagt het '
                'advies van twee deskundigen - een orthopedagoog of GZ-psycholoog en een tweede deskundige die '
                'past bij de ondersteuningsvraag - en neemt binnen zes weken een besluit.'),
          ('p', 'Een leerling is toelaatbaar tot het vso wanneer:'),
          ('ul', ['de ondersteuningsbehoefte blijkens het ontwikkelingsperspectiefplan de mogelijkheden van de '
                  'reguliere school, inclusief een schoolarrangement en De Overstap, structureel overstijgt;',
                  'de leerling een intensieve combinatie van onderwijs en zorg of behandeling nodig heeft die alleen '
                  'in het vso geboden kan worden;',
                  'de ingezette extra ondersteuning ten minste een half jaar is uitgevoerd en geëvalueerd, tenzij de '
                  'veiligheid van de leerling of anderen directe plaatsing vereist.']),
          ('p', 'De toelaatbaarheidsverklaring wordt afgegeven voor ten minste één en ten hoogste vier schooljaren '
                'en vermeldt de bekostigingscategorie laag, midden of hoog.'),
          ('h2', '4.2 Leerwegondersteunend onderwijs'),
          ('p', 'Het samenwerkingsverband hanteert de landelijke criteria voor leerwegondersteunend onderwijs: een '
                'IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee van de vier domeinen '
                '(begrijpend lezen, technisch lezen, spellen, inzichtelijk rekenen), waarvan één begrijpend lezen of '
                'inzichtelijk rekenen is; bij een IQ tussen 91 en 120 is daarnaast sociaal-emotionele problematiek '
                'vereist. De vo-school dient de aanvraag voor 1 februari in via het Loket met de gegevens uit het '
                'onderwijskundig rapport van de basisschool; de Commissie Toelaatbaarheid besluit binnen vier weken. '
                'De aanwijzing geldt voor de gehele duur van de opleiding in het vmbo.'),
          ('h2', '4.3 Praktijkonderwijs'),
          ('p', 'Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 '
                'en 80 en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waaronder begrijpend '
                'lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient de aanvraag in; de procedure en '
                'termijnen zijn gelijk aan die voor leerwegondersteuning. Een toelaatbaarheidsverklaring '
                'praktijkonderwijs is onbeperkt geldig.'),
          ('h1', '5. Ouders en leerlingen'),
          ('p', 'Ouders en leerlingen worden geïnformeerd over de ondersteuningsmogelijkheden via de website van het '
                'samenwerkingsverband, waar per school en per voorziening een toelichting staat. Elk jaar in november '
                'organiseert het samenwerkingsverband samen met de basisscholen een informatieavond voor ouders van '
                'leerlingen in groep 8 over leerwegondersteuning, praktijkonderwijs en de voorzieningen. De folder '
                '"Ondersteuning in het vo" wordt aan alle ouders van nieuwe brugklassers meegegeven. In de schoolgids '
                'van iedere school staat welke ondersteuning de school biedt.'),
          ('p', 'Bij vragen of onenigheid over de ondersteuning kunnen ouders altijd terecht bij de mentor of de '
                'ondersteuningscoördinator van de school. Een onafhankelijk ouder- en jeugdsteunpunt richt het '
                'samenwerkingsverband in zodra de wet daartoe verplicht; de vormgeving daarvan wordt onderzocht.'),
          ('h1', '6. Kwaliteit en resultaten'),
          ('h2', '6.1 Beoogde resultaten'),
          ('p', 'Het samenwerkingsverband stelt zich voor deze planperiode de volgende resultaten ten doel voor '
                'leerlingen die extra ondersteuning nodig hebben:'),
          ('table', [['Indicator', 'Nulmeting 2024', 'Streefwaarde 2029'],
                     ['Deelnamepercentage vso', '3,6%', '3,2%'],
                     ['Leerlingen De Overstap die binnen een jaar terug zijn op de eigen school', '71%', '85%'],
                     ['Leerlingen met een OPP met ten minste twee evaluaties per jaar', '64%', '95%'],
                     ['Tevredenheid ouders over de ondersteuning (schaal 1-10)', '6,8', '7,5'],
                     ['Gemiddelde doorlooptijd aanvraag TLV (werkdagen)', '31', '20']]),
          ('h2', '6.2 Bereikte resultaten vorige planperiode'),
          ('p', 'In de vorige planperiode daalde het deelnamepercentage vso van 4,1% naar 3,6%. Het aantal '
                'leerlingen met een schoolarrangement steeg van 410 naar 522. De doelstelling om alle scholen een '
                'ondersteuningsklas te laten inrichten werd op zes van de zeven scholen gerealiseerd.'),
          ('h2', '6.3 Monitoring en verantwoording'),
          ('p', 'Het bureau verzamelt de gegevens per kwartaal uit het Loket en de leerlingadministratie en '
                'rapporteert ieder kwartaal aan het bestuur. In juni evalueert het bestuur met de schoolleiders de '
                'voortgang op iedere indicator. De tevredenheid van ouders wordt tweejaarlijks gemeten met een '
                'digitale vragenlijst. Het jaarverslag, dat voor 1 juli verschijnt, bevat per indicator de bereikte '
                'waarde en de daaraan bestede middelen.'),
          ('h1', '7. Middelen en bekostiging'),
          ('h2', '7.1 Verdeling'),
          ('p', 'De middelen voor lichte ondersteuning worden na aftrek van de bureaukosten volledig doorgezet naar '
                'de schoolbesturen op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar (€ 142 per '
                'leerling). De middelen voor leerwegondersteuning en praktijkonderwijs worden per bestuur '
                'doorbetaald naar rato van het aantal aangewezen leerlingen op de teldatum. Voor schoolarrangementen '
                'ontvangt iedere school daarnaast een budget van € 1.850 per arrangement, toegekend door het Loket '
                'op basis van het aantal goedgekeurde aanvragen. De directeur-bestuurder stelt de bedragen jaarlijks '
                'vast bij de begroting.'),
          ('h2', '7.2 Meerjarenbegroting'),
          ('table', [['Lasten (x € 1.000)', '2025', '2026', '2027', '2028'],
                     ['Afdracht vso (DUO)', '3.920', '3.850', '3.790', '3.740'],
                     ['Lichte ondersteuning naar besturen', '1.268', '1.262', '1.255', '1.249'],
                     ['Lwoo en pro naar besturen', '5.610', '5.580', '5.540', '5.510'],
                     ['Schoolarrangementen', '966', '980', '990', '1.000'],
                     ['De Overstap en rebound', '1.120', '1.140', '1.160', '1.180'],
                     ['Bureau en personeel', '720', '735', '750', '765'],
                     ['Totaal', '13.604', '13.547', '13.485', '13.444']]),
          ('p', 'De scholen verantwoorden jaarlijks voor 1 mei met een vast format welke ondersteuning zij met de '
                'ontvangen middelen hebben gerealiseerd. De algemene reserve bedraagt eind 2024 € 1,9 miljoen; het '
                'samenwerkingsverband bouwt het bovenmatige deel in drie jaar af via extra schoolarrangementen.'),
          ('h1', '8. Bestuur en organisatie')]
    b += filler(['governance', 'missie', 'opr', 'integriteit', 'bestuurlijk', 'avg_extra'], **KW_B)
    b += [('h1', '9. Personeel en deskundigheid')]
    b += filler(['personeel', 'prof', 'ict'], **KW_B)
    b += [('p', 'Bijzondere aandacht gaat in deze periode naar de aansluiting vmbo-mbo. Het samenwerkingsverband '
                'werkt met de mbo-instellingen in de regio aan een doorstroomprogramma voor leerlingen uit het '
                'praktijkonderwijs en de basisberoepsgerichte leerweg. Ook de uitstroom van vso-leerlingen naar '
                'dagbesteding en arbeid krijgt aandacht in het regionale overleg met werkgevers.'),
          ('p', 'De overstap van het primair naar het voortgezet onderwijs verloopt volgens de regionale '
                'POVO-afspraken. Basisscholen geven voor 1 maart een schooladvies en stellen een onderwijskundig '
                'rapport op in het digitale overdrachtssysteem. Ouders melden hun kind aan op één school in de '
                'centrale aanmeldweek. Bij leerlingen over wie de basisschool zorgen heeft, vindt een warme '
                'overdracht plaats tussen de intern begeleider en de ondersteuningscoördinator van de vo-school. '
                'De vo-school beslist binnen zes weken over de toelating; deze termijn kan eenmaal met vier weken '
                'worden verlengd. De afspraken over de overstap worden jaarlijks in het POVO-overleg besproken met '
                'het samenwerkingsverband primair onderwijs, waarmee ook het overleg over dit plan is gevoerd.'),
          ('h1', '10. Totstandkoming')]
    b += filler(['totstandkoming', 'planning', 'communicatie_scholen'], **KW_B)
    b += [('p', 'Bij de terugblik op de vorige planperiode is gebleken dat de afstemming met de gemeenten over '
                'leerlingenvervoer en huisvesting meer tijd vraagt dan voorzien.'),
          ('pb',), ('h1', 'Bijlage A Afkortingen en begrippen'),
          ('table', [['Afkorting/begrip', 'Omschrijving'],
                     ['Basisondersteuning', 'Preventieve en licht curatieve interventies op elke school'],
                     ['Lwoo', 'Leerwegondersteunend onderwijs'],
                     ['OJSP', 'Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren'],
                     ['OPDC', 'Orthopedagogisch-didactisch centrum'],
                     ['Pro', 'Praktijkonderwijs'],
                     ['Terugplaatsing', 'Terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs'],
                     ['TLV', 'Toelaatbaarheidsverklaring'],
                     ['Vso', 'Voortgezet speciaal onderwijs']])]
    return b


LABEL_B = """
documents: [vo-kempenrand-ondersteuningsplan-2025-2029.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "3.1 defines the verband-wide minimum (niveau) and visitatie (borging), but the concrete voorzieningen are only on the website 'Kwaliteitskaart' / in school guides -> inhoud not addressed."
  plaatsing: "4.1-4.3: vso TLV request via Loket, two deskundigen, 6 weeks, criteria list; lwoo and pro with national criteria, 1 February deadline, duration. No bezwaar route."
  terugstroom: "Nothing on return from vso: 'Terugplaatsing' only in Bijlage A; rebound/OPDC return to own school, 'uitstroom' of vso pupils and 'terugblik' are near-misses."
  financien: "Chapter 7 'Middelen en bekostiging': per-leerling amounts, lwoo/pro pass-through, EUR 1,850 per arrangement; meerjarenbegroting table 2025-2028; verantwoording by 1 May; reserve reduction."
  dekkend-aanbod: "3.2 gives the continuum (schoolarrangementen, OPDC De Overstap, rebound, OZA, vso); 3.3 defers the gap analysis and thuiszitters approach to 2026/'een aanvulling'."
  resultaten: "6.1 indicator table with nulmeting and streefwaarde; 6.2 achieved results; 6.3 quarterly monitoring, June evaluation, jaarverslag."
  ouders: "Chapter 5 covers information (website, November evening, folder, schoolgids); for disagreement only the school's own mentor/coordinator, OJSP deferred ('wordt onderzocht') -> steunpunt not addressed."
"""


# =============================================================================================
# Plan C - PO, .pdf (from docx) - "Duin en Polder" - 'Koersplan' with question-style headings
# basisondersteuning present (content only in a table) | plaatsing partial (criteria deferred)
# terugstroom partial (procedure yes, beleid deferred) | financien present ('Geld volgt het kind')
# dekkend partial (no continuum; lacunes yes) | resultaten missing | ouders present
# =============================================================================================
KW_C = dict(swv='Stichting Passend Onderwijs Duin en Polder', regio='Zeeduin, Polderwijk, Oostervaart en Helmveen',
            periode='2025-2029', bureau='het Onderwijshuis aan de Duinweg in Zeeduin',
            opr_datum='19 februari 2025', oogo_datum='6 februari 2025', ander='VO Duin en Polder')


def plan_c():
    b = [('title', ['Koersplan passend onderwijs 2025-2029',
                    'Ondersteuningsplan van Stichting Passend Onderwijs Duin en Polder, PO 26-05',
                    'Samen sterk voor elk kind']),
         ('toc', ['Voorwoord', 'Waar staan we voor?', 'Wat mag u van elke school verwachten? (basisondersteuning)',
                  'Hoe komt een kind in het sbo of so? (toelaatbaarheid)',
                  'Terug naar de basisschool (terugplaatsing)', 'Geen kind tussen wal en schip',
                  'Samen met ouders', 'Geld volgt het kind (financiën)', 'Kwaliteit en resultaten',
                  'Zo zijn we georganiseerd', 'Begrippen']),
         ('pb',),
         ('h1', 'Voorwoord'),
         ('p', 'Met trots presenteren wij ons koersplan voor de komende vier schooljaren. Het is tegelijk het '
               'ondersteuningsplan dat de wet van ons vraagt. Wij hebben gekozen voor een leesbaar document met '
               'vragen als hoofdstuktitels, omdat wij willen dat ook ouders en leraren er hun weg in vinden. De '
               'juridische grondslag staat telkens kort aan het einde van een hoofdstuk.'),
         ('p', 'Dit plan is het resultaat van gesprekken met meer dan tweehonderd betrokkenen. Wij danken iedereen '
               'die zijn tijd en ervaring heeft gedeeld.'),
         ('h1', 'Waar staan we voor?')]
    b += filler(['visie', 'context', 'missie', 'wettelijk'], **KW_C)
    b += [('p', 'In de afgelopen jaren is er veel bereikt, maar er is ook nog veel te doen. Ouders, leraren en '
                'partners vertelden ons dat de weg naar ondersteuning soms lang en ingewikkeld is. Dat nemen wij ter '
                'harte: eenvoud is een rode draad in dit koersplan.'),
          ('h1', 'Wat mag u van elke school verwachten?'),
          ('p', 'Alle 33 schoolbesturen van Duin en Polder hebben afgesproken wat de ondergrens is: de ondersteuning '
                'die iedere locatie van iedere basisschool in ons gebied ten minste waarmaakt. Dat noemen we de '
                'basisondersteuning. Een school kan meer bieden en beschrijft dat in de schoolgids, maar geen '
                'school biedt minder dan wat in de tabel hieronder staat.'),
          ('table', [['Thema', 'Op iedere locatie aanwezig'],
                     ['Ondersteuningsstructuur', 'Intern begeleider, zorgoverleg per groep drie keer per jaar, '
                      'ondersteuningsteam met de schoolmaatschappelijk werker'],
                     ['Taal en lezen', 'Dyslexieprotocol, voorleesprogramma in groep 1-2, extra leestijd voor '
                      'zwakke lezers'],
                     ['Rekenen', 'Rekenprotocol ERWD, verlengde instructie in de groep'],
                     ['Gedrag', 'Gedragsprotocol, programma sociale veiligheid, afspraken over kortdurende opvang '
                      'in de school'],
                     ['Begaafdheid', 'Signaleringsinstrument en verrijkingsmateriaal per bouw'],
                     ['Medische zorg', 'Protocol medisch handelen, afspraken met de jeugdarts'],
                     ['Nieuwkomers', 'Eerste opvang in de groep met NT2-materiaal']]),
          ('p', 'Wettelijke grondslag: artikel 18a, achtste lid, onder a WPO.'),
          ('h1', 'Hoe komt een kind in het sbo of so?'),
          ('p', 'Een plaats in het speciaal basisonderwijs of het speciaal onderwijs kan alleen met een '
                'toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband. Zo werkt het:'),
          ('ul', ['Stap 1 - De school bespreekt de leerling in het ondersteuningsteam, samen met ouders en de '
                  'trajectbegeleider van het samenwerkingsverband.',
                  'Stap 2 - Het schoolbestuur dient de aanvraag in bij het Trajectbureau met het '
                  'ontwikkelingsperspectief, het verslag van het ondersteuningsteam en de zienswijze van ouders.',
                  'Stap 3 - Het Adviesteam Toelaatbaarheid vraagt twee onafhankelijke deskundigen om ieder een '
                  'schriftelijk advies: een orthopedagoog of psycholoog en een tweede deskundige, bijvoorbeeld een '
                  'jeugdarts of maatschappelijk werker.',
                  'Stap 4 - De directeur-bestuurder neemt binnen acht weken na ontvangst van de volledige aanvraag '
                  'een besluit op advies van het adviesteam. Ouders en school ontvangen het besluit en de adviezen.']),
          ('p', 'Over de vraag wanneer een leerling toelaatbaar is, oordeelt het adviesteam per situatie, met het '
                'ontwikkelingsperspectief als vertrekpunt. Een set toetsingscriteria voor sbo en so stellen wij in '
                'de loop van 2026 samen met de sbo- en so-scholen op.'),
          ('p', 'Bent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken. De Adviescommissie '
                'Bezwaarschriften van het samenwerkingsverband adviseert de directeur-bestuurder over het bezwaar.'),
          ('p', 'Wettelijke grondslag: artikel 18a, achtste lid, onder c en elfde en twaalfde lid WPO.'),
          ('h1', 'Terug naar de basisschool'),
          ('p', 'Ieder jaar in maart evalueert de sbo- of so-school het ontwikkelingsperspectief van de leerling. In '
                'het laatste jaar van de TLV organiseert de school uiterlijk 1 maart een multidisciplinair overleg '
                'met de ouders, de trajectbegeleider en, als terugkeer in beeld is, de mogelijk ontvangende '
                'basisschool. Het overleg adviseert over terugplaatsing, overplaatsing of verlenging. De '
                'directeur-bestuurder besluit voor 1 mei. Is verlenging nodig, dan dient het bestuur van de sbo- of '
                'so-school voor die datum een nieuwe aanvraag in via het Trajectbureau.'),
          ('p', 'Ons beleid op terugplaatsing herijken wij in het eerste planjaar; tot die tijd volgen wij de werkwijze '
                'hierboven.'),
          ('h1', 'Geen kind tussen wal en schip'),
          ('p', 'Soms lukt het niet om een passende plek te vinden. Een kind zit thuis, staat op een wachtlijst of '
                'gaat maar een paar uur per dag naar school. Dat accepteren wij niet. Iedere school meldt een '
                'leerling die langer dan twee weken niet of gedeeltelijk naar school gaat binnen vijf werkdagen bij '
                'het Trajectbureau. Binnen tien werkdagen is er een doorbraakoverleg met ouders, school, leerplicht '
                'en zo nodig jeugdhulp, waarin één regisseur wordt aangewezen en een plan met data wordt gemaakt.'),
          ('p', 'Lukt het binnen een maand niet, dan agendeert de directeur-bestuurder de casus in het '
                'bestuurlijk overleg, waar de besturen gezamenlijk een plek realiseren; de zorgplicht van het '
                'bestuur waar de leerling is aangemeld blijft bestaan totdat een andere school de leerling '
                'inschrijft. Twee keer per jaar bespreken wij met de gemeenten en de jeugdhulpaanbieders welke '
                'leerlingen zonder passend aanbod zijn gebleven en welk aanbod daarvoor moet worden ontwikkeld.'),
          ('h1', 'Samen met ouders'),
          ('p', 'Ouders kennen hun kind het best. Daarom vinden wij het belangrijk dat ouders goed weten welke '
                'ondersteuning er is en hoe zij die kunnen krijgen. Iedere school geeft bij de aanmelding de '
                'ouderfolder "Passend onderwijs in Duin en Polder" mee; de folder is er in vijf talen. Op de website '
                'staat een ouderpagina met uitleg over de basisondersteuning, de TLV-route en de bovenschoolse '
                'contacten, en iedere school heeft in de schoolgids een vaste paragraaf over het '
                'samenwerkingsverband. Ouders kunnen op woensdagochtend bellen met het ouderspreekuur van het '
                'Trajectbureau.'),
          ('p', 'Wilt u onafhankelijk advies, omdat u twijfelt of het niet eens bent met de school of met ons? Het '
                'Ouder- en Jeugdsteunpunt Duin en Polder staat los van scholen en samenwerkingsverband en helpt u '
                'gratis. Ook de landelijke Onderwijsconsulenten kunnen met u meedenken. Bij een geschil over '
                'toelating of verwijdering kunt u terecht bij de Geschillencommissie passend onderwijs.'),
          ('h1', 'Geld volgt het kind'),
          ('p', 'Duin en Polder werkt met een schoolmodel. Na aftrek van de wettelijke afdrachten voor sbo en so, '
                'de kosten van het Trajectbureau en de bureaukosten gaat het volledige ondersteuningsbudget naar de '
                'schoolbesturen. Ieder bestuur ontvangt € 165 per leerling op de teldatum 1 oktober, aangevuld met '
                'een vaste voet van € 9.000 per locatie voor kleine scholen (minder dan 120 leerlingen). De '
                'bedragen worden jaarlijks in december door de directeur-bestuurder vastgesteld na advies van de '
                'algemene vergadering.'),
          ('table', [['Meerjarenbegroting (bedragen x € 1.000)', '2025', '2026', '2027', '2028'],
                     ['Baten ondersteuningsbekostiging', '11.430', '11.310', '11.190', '11.080'],
                     ['Afdracht sbo en so (DUO en overdracht)', '6.920', '6.870', '6.810', '6.760'],
                     ['Schoolbudgetten besturen', '3.210', '3.170', '3.130', '3.090'],
                     ['Trajectbureau en doorbraakoverleg', '760', '770', '780', '790'],
                     ['Bureau en bestuur', '540', '550', '560', '570'],
                     ['Resultaat', '0', '-50', '-90', '-130']]),
          ('p', 'Besturen leggen in hun jaarverslag verantwoording af over de besteding van de schoolbudgetten. '
                'Het negatieve resultaat in de latere jaren wordt gedekt uit de algemene reserve, die daarmee '
                'terugloopt naar het niveau van de signaleringswaarde.'),
          ('h1', 'Kwaliteit en resultaten'),
          ('p', 'De kwaliteitscyclus van het bureau is beschreven in het Kwaliteitshandboek. Een '
                'resultatenparagraaf met doelen voor deze planperiode volgt na de eerste evaluatie van dit '
                'koersplan.'),
          ('h1', 'Zo zijn we georganiseerd')]
    b += filler(['governance', 'opr', 'integriteit', 'bestuurlijk', 'personeel', 'prof', 'innovatie', 'ict',
                 'avg_extra', 'pers', 'totstandkoming', 'planning', 'jaarcyclus', 'communicatie_scholen'], **KW_C)
    b += [('pb',), ('h1', 'Begrippen'),
          ('table', [['Begrip', 'Uitleg'],
                     ['Arrangement', 'Een afgesproken pakket extra ondersteuning voor een leerling of groep'],
                     ['Resultaten', 'De beoogde en bereikte effecten van het beleid'],
                     ['Toelaatbaarheidscriteria', 'Criteria op grond waarvan een leerling toelaatbaar is tot sbo of so'],
                     ['Terugplaatsingsbeleid', 'Beleid over de terugkeer van leerlingen naar het basisonderwijs'],
                     ['TLV', 'Toelaatbaarheidsverklaring']])]
    return b


LABEL_C = """
documents: [po-duinenpolder-koersplan-2025-2029.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "'Wat mag u van elke school verwachten?': agreed ondergrens for every locatie of all 33 boards; the concrete content is only in the table."
  plaatsing: "Four steps, two deskundigen, decision within 8 weeks, bezwaar; but 'wanneer toelaatbaar' is judged 'per situatie' and criteria are deferred to 2026 (glossary 'Toelaatbaarheidscriteria' is a trap)."
  terugstroom: "'Terug naar de basisschool' gives the procedure (March evaluation, MDO by 1 March, decision before 1 May, new application); the policy is deferred ('herijken wij in het eerste planjaar')."
  financien: "'Geld volgt het kind': schoolmodel with EUR 165 per leerling and vaste voet, decided in December; meerjarenbegroting table; reserves and verantwoording via jaarverslag."
  dekkend-aanbod: "No description of the support continuum (no arrangementen or bovenschoolse voorzieningen; 'Arrangement' only in Begrippen); 'Geen kind tussen wal en schip' addresses gaps: thuiszitters, doorbraakoverleg, zorgplicht, twice-yearly gap talks with gemeenten."
  resultaten: "Only a deferral ('een resultatenparagraaf volgt na de eerste evaluatie') and a reference to an absent Kwaliteitshandboek; TOC title and glossary are traps."
  ouders: "'Samen met ouders': folder in five languages, ouderpagina, schoolgids paragraph, ouderspreekuur; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."
"""


# =============================================================================================
# Plan D - VO, .pdf (from docx) - "Hollandse Veenweide" - 'Ambitie / Wat doen we / Wat merkt u' blocks
# basisondersteuning missing (glossary only) | plaatsing partial (procedure deferred to a reglement)
# terugstroom present ('De weg terug') | financien partial (verdeelmodel deferred) | dekkend missing
# resultaten partial (doelen only in jaarplan) | ouders partial (no information channels)
# =============================================================================================
KW_D = dict(swv='Samenwerkingsverband VO Hollandse Veenweide', regio='Veenhoven, Kromme Wetering, Woerdijk en Lopikerwaard-Oost',
            periode='2025-2029', bureau='het Stadskantoor aan de Havenstraat in Veenhoven',
            opr_datum='26 maart 2025', oogo_datum='13 maart 2025', ander='PO Veenweide')


def plan_d():
    b = [('title', ['ONDERSTEUNINGSPLAN 2025 - 2029',
                    'Samenwerkingsverband VO Hollandse Veenweide | VO 27-03',
                    'Koers: iedere jongere een passende plek']),
         ('toc', ['1 Inleiding en leeswijzer', '2 Terugblik 2021-2025', '3 Koers en ambities',
                  '4 Basisondersteuning en extra ondersteuning', '5 Toewijzing: vso, lwoo en pro',
                  '6 Dekkend aanbod en thuiszitters', '7 De weg terug', '8 Ouders en jongeren',
                  '9 Kwaliteitszorg en resultaten', '10 Financiën', '11 Organisatie', '12 Begrippenlijst']),
         ('pb',),
         ('h1', '1 Inleiding en leeswijzer'),
         ('p', 'Dit ondersteuningsplan is het strategische plan van Samenwerkingsverband VO Hollandse Veenweide '
               'voor de schooljaren 2025-2026 tot en met 2028-2029. Ieder hoofdstuk is opgebouwd uit drie blokken: '
               'Ambitie (waar willen we naartoe), Wat doen we (de afspraken) en Wat merkt u ervan (wat leerlingen, '
               'ouders en scholen ervan zien). Het plan wordt uitgewerkt in een jaarplan en een jaarbegroting.'),
         ('p', 'Het samenwerkingsverband bestaat uit negen schoolbesturen met veertien vestigingen voor regulier '
               'voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie vso-scholen. Op 1 oktober 2024 '
               'volgden 11.460 leerlingen onderwijs binnen het samenwerkingsverband.'),
         ('h1', '2 Terugblik 2021-2025'),
         ('p', 'De vorige planperiode stond in het teken van herstel na de coronaperiode. Scholen zetten '
               'NPO-middelen in voor basisvaardigheden en welbevinden; het samenwerkingsverband ondersteunde met '
               'een kennisnetwerk. In deze terugblik noemen wij enkele cijfers uit het jaarverslag 2024: het '
               'deelnamepercentage vso daalde van 3,9% naar 3,4%, het aantal leerlingen met een lwoo-aanwijzing '
               'bleef stabiel rond 1.540 en in 2023-2024 keerden 19 leerlingen vanuit het vso terug naar het '
               'regulier voortgezet onderwijs.'),
         ('h1', '3 Koers en ambities')]
    b += filler(['visie', 'missie', 'wettelijk'], **KW_D)
    b += [('p', 'Ambitie: wij willen dat iedere jongere in Hollandse Veenweide onderwijs volgt dat bij hem of haar '
                'past, zo dicht mogelijk bij huis. Dat vraagt om scholen die hun eigen mogelijkheden kennen en om een '
                'samenwerkingsverband dat snel en zonder bureaucratie handelt.'),
          ('h1', '4 Basisondersteuning en extra ondersteuning'),
          ('p', 'Ambitie: iedere school weet wat zij kan bieden en vertelt dat eerlijk. Wat doen we: de scholen '
                'beschrijven in hun schoolgids welke ondersteuning zij bieden. Het samenwerkingsverband voert in '
                'het schooljaar 2025-2026 het gesprek met de besturen over gezamenlijke afspraken; de uitkomst '
                'daarvan wordt als wijziging aan dit plan toegevoegd. Wat merkt u ervan: in de loop van de '
                'planperiode meer duidelijkheid.'),
          ('h1', '5 Toewijzing: vso, lwoo en pro'),
          ('p', 'Ambitie: jongeren komen zonder onnodige wachttijd op de juiste plek. Wat doen we: wij hanteren '
                'heldere criteria.'),
          ('h2', 'Criteria vso'),
          ('p', 'Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs als ten minste aan de volgende '
                'voorwaarden is voldaan: (1) de ondersteuningsbehoefte is beschreven in een ontwikkelingsperspectief '
                'en is gedurende ten minste zes maanden planmatig aangepakt; (2) de leerling heeft een structureel '
                'kleine groep (maximaal twaalf leerlingen) en een integrale aanpak van onderwijs en zorg of '
                'behandeling nodig; (3) de ontwikkeling op het gebied van leren, gedrag of zelfredzaamheid stagneert '
                'ondanks die aanpak. Bij ernstige veiligheidsrisico\'s kan van voorwaarde 1 worden afgeweken.'),
          ('p', 'Categorie laag geldt voor leerlingen met gedrags- of psychiatrische problematiek en voor '
                'leerlingen met een verstandelijke beperking; categorie midden voor leerlingen met een lichamelijke '
                'beperking of langdurige ziekte; categorie hoog voor leerlingen met een meervoudige beperking. Een '
                'TLV vso wordt in de regel afgegeven voor twee schooljaren.'),
          ('h2', 'Criteria lwoo en pro'),
          ('p', 'Voor leerwegondersteunend onderwijs en praktijkonderwijs volgt het samenwerkingsverband de '
                'landelijke criteria. Voor lwoo: IQ 75-90 met een leerachterstand van 1,5 tot 3 jaar op twee '
                'domeinen, of IQ 91-120 met daarnaast sociaal-emotionele problematiek. Voor pro: IQ 55-80 met een '
                'leerachterstand van ten minste drie jaar op twee domeinen.'),
          ('h2', 'Procedure'),
          ('p', 'De aanvraagprocedure - wie aanvraagt, welke stukken nodig zijn, wie besluit en binnen welke '
                'termijn - wordt vastgelegd in een reglement dat in het voorjaar van 2026 wordt vastgesteld. Tot die '
                'tijd blijft de huidige werkwijze van kracht.'),
          ('p', 'Wat merkt u ervan: tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar '
                'maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie '
                'Toelaatbaarheidsverklaringen (LBT).'),
          ('h1', '6 Dekkend aanbod en thuiszitters'),
          ('p', 'De paragraaf over het dekkend aanbod wordt na de eerstvolgende evaluatie met de gemeenten aan dit '
                'plan toegevoegd. Tot die tijd verwijzen wij naar het jaarplan.'),
          ('h1', '7 De weg terug'),
          ('p', 'Ambitie: vso is voor veel jongeren een tussenstation. Wie zich in het vso zo heeft ontwikkeld dat '
                'een reguliere school weer passend is, moet die stap kunnen zetten - bij voorkeur naar een school '
                'dicht bij huis en op een logisch moment, zoals na de onderbouw. Voorwaarde is dat de ontvangende '
                'school de benodigde ondersteuning kan bieden en dat de jongere zelf de overstap wil.'),
          ('p', 'Wat doen we: de vso-school bespreekt bij iedere OPP-evaluatie (twee keer per jaar) of de weg '
                'terug in beeld is. In het laatste jaar van de TLV organiseert de vso-school uiterlijk in januari een '
                'overstapgesprek met de jongere, de ouders, de overstapcoach van het samenwerkingsverband en de '
                'beoogde school. De vso-school en de ontvangende school stellen samen een overstapplan op; de '
                'directeur van het samenwerkingsverband stelt het overstapplan vast. Is terugkeer nog niet '
                'verantwoord, dan vraagt de vso-school voor 1 april een nieuwe TLV aan.'),
          ('p', 'Wat merkt u ervan: na de overstap begeleidt de overstapcoach de jongere gedurende het hele eerste '
                'schooljaar, met ten minste maandelijks contact. De vso-school blijft een half jaar beschikbaar voor '
                'consultatie door de nieuwe school.'),
          ('h1', '8 Ouders en jongeren'),
          ('p', 'Ambitie: ouders en jongeren voelen zich gehoord. Wat doen we: een communicatieplan richting ouders, '
                'met de kanalen en de momenten waarop wij ouders over de ondersteuningsmogelijkheden informeren, '
                'stellen wij in 2026 op.'),
          ('p', 'Wat merkt u ervan: heeft u een vraag of verschil van mening en wilt u onafhankelijk advies, neem '
                'dan contact op met het Ouder- en Jeugdsteunpunt Veenweide. Het steunpunt is onafhankelijk van '
                'scholen en samenwerkingsverband en werkt met ervaringsdeskundige ouders. Ook kunt u gratis een '
                'onderwijsconsulent inschakelen. Geschillen over toelating, verwijdering of het '
                'ontwikkelingsperspectief kunt u voorleggen aan de Geschillencommissie passend onderwijs.'),
          ('p', 'Jongeren hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief; in de '
                'ondersteuningsplanraad zijn ouders en leerlingen samen met personeel vertegenwoordigd.'),
          ('h1', '9 Kwaliteitszorg en resultaten'),
          ('p', 'Ambitie: wij sturen op feiten. Wat doen we: het samenwerkingsverband werkt met een dashboard dat '
                'ieder kwartaal wordt gevuld met gegevens uit DUO, de leerlingadministraties en de '
                'toewijzingsregistratie: deelnamepercentages vso, lwoo en pro, aantallen TLV\'s, doorlooptijden, '
                'verzuim en terugkeer uit het vso. De directeur bespreekt het dashboard ieder kwartaal met het '
                'bestuur; in oktober volgt een jaarlijkse evaluatie met alle schoolleiders. De uitkomsten worden '
                'vastgelegd in het jaarverslag, dat voor 1 juli op de website wordt gepubliceerd. Eens per vier jaar '
                'laten wij een externe audit uitvoeren.'),
          ('p', 'De concrete doelen per jaar zijn onderdeel van het jaarplan dat het bestuur jaarlijks vaststelt.'),
          ('h1', '10 Financiën'),
          ('p', 'Het verdeelmodel wordt in 2025-2026 herzien. De nieuwe verdeelsystematiek volgt na de evaluatie van '
                'het huidige model en wordt ter instemming aan de ondersteuningsplanraad voorgelegd.'),
          ('table', [['Meerjarenbegroting (x € 1.000)', '2025', '2026', '2027', '2028'],
                     ['Baten rijksbijdragen', '17.840', '17.690', '17.520', '17.400'],
                     ['Afdracht vso', '5.310', '5.260', '5.200', '5.150'],
                     ['Lwoo en pro', '8.060', '8.010', '7.950', '7.900'],
                     ['Middelen naar schoolbesturen', '3.420', '3.380', '3.350', '3.330'],
                     ['Overstapcoaches', '310', '320', '330', '340'],
                     ['Bureau', '690', '700', '710', '720'],
                     ['Saldo', '50', '20', '-20', '-40']]),
          ('p', 'Het weerstandsvermogen bedraagt 8% van de baten en ligt onder de signaleringswaarde.'),
          ('h1', '11 Organisatie')]
    b += filler(['governance', 'opr', 'integriteit', 'bestuurlijk', 'personeel', 'ict', 'prof', 'innovatie',
                 'duurzaam', 'avg_extra', 'pers', 'geschiedenis', 'totstandkoming', 'planning', 'jaarcyclus'], **KW_D)
    b += [('pb',), ('h1', '12 Begrippenlijst'),
          ('table', [['Begrip', 'Betekenis'],
                     ['Basisondersteuning', 'Het door het samenwerkingsverband vastgestelde niveau van ondersteuning '
                      'dat alle scholen bieden, zoals een ondersteuningscoördinator, dyslexiebegeleiding en '
                      'faalangstreductietraining'],
                     ['Dekkend aanbod', 'Het geheel van voorzieningen waardoor voor iedere jongere een passende plek is'],
                     ['OPDC', 'Orthopedagogisch-didactisch centrum'],
                     ['Schoolgids', 'Jaarlijkse informatie van de school aan ouders'],
                     ['Thuiszitter', 'Leerplichtige jongere die zonder geldige reden niet naar school gaat'],
                     ['Verdeelmodel', 'De regels volgens welke het samenwerkingsverband middelen toekent aan '
                      'schoolbesturen']])]
    return b


LABEL_D = """
documents: [vo-hollandse-veenweide-ondersteuningsplan-2025-2029.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 only says schools describe their own support in the schoolgids and that common agreements will be added later; the only definition (with examples) is in the Begrippenlijst -> missing."
  plaatsing: "H5 gives vso criteria, categorie and duration, national lwoo/pro criteria and the LBT bezwaar route, but the procedure (who applies, documents, decider, termijn) is deferred to a reglement in spring 2026."
  terugstroom: "H7 'De weg terug': policy (thuisnabij, conditions, overstapcoach for a full year) and steps (OPP evaluations, overstapgesprek in January, plan set by director, new TLV before 1 April); 19 returns in the Terugblik."
  financien: "H10: meerjarenbegroting table with amounts (besteding) and weerstandsvermogen, but the verdeelmodel is 'herzien' and 'volgt' -> verdeling not addressed (glossary definition is a trap)."
  dekkend-aanbod: "H6 heading in TOC, but the body only defers ('wordt ... toegevoegd', 'verwijzen wij naar het jaarplan'); OPDC/Thuiszitter only in the glossary."
  resultaten: "H9 describes the dashboard, quarterly review, October evaluation, jaarverslag and audit (monitoring) and H2 reports figures, but intended results are only 'onderdeel van het jaarplan' -> doelen not addressed."
  ouders: "H8: independent Ouder- en Jeugdsteunpunt, onderwijsconsulent, Geschillencommissie (steunpunt), hoorrecht/OPR (betrokkenheid); how parents are informed is deferred to a communicatieplan in 2026."
"""


# =============================================================================================
# Plan E - PO, .html web version - "Zuiderzand" - short web chapters, navigation menu as trap
# basisondersteuning partial (only borging) | plaatsing missing (absent bijlage 3)
# terugstroom partial (beleid yes, procedure in absent bijlage) | financien missing (website reference)
# dekkend present | resultaten present | ouders missing ('pagina in ontwikkeling')
# =============================================================================================
KW_E = dict(swv='Samenwerkingsverband Zuiderzand', regio='Zandhoven, Meerdijk, Oud-Zuiderzand en Westkreek',
            periode='2025-2029', bureau='het Kindcentrum De Hoeksteen in Zandhoven',
            opr_datum='2 april 2025', oogo_datum='25 maart 2025', ander='VO Zuiderzand')


def plan_e():
    b = [('title', ['Ondersteuningsplan 2025-2029 - webversie',
                    'Samenwerkingsverband Primair Passend Onderwijs Zuiderzand (PO 30-08)',
                    'Laatst bijgewerkt: 14 april 2025']),
         ('toc', ['1. Over dit plan', '2. Onze koers', '3. Basisondersteuning', '4. Het ondersteuningsaanbod',
                  '5. Toelaatbaarheid (sbo en so)', '6. Terugplaatsing', '7. Thuiszitters en dekkend netwerk',
                  '8. Resultaten', '9. Ouders', '10. Financiën', '11. Organisatie', '12. Begrippen',
                  'Bijlagen (downloads)']),
         ('h1', '1. Over dit plan'),
         ('p', 'Op deze pagina leest u het ondersteuningsplan van Samenwerkingsverband Zuiderzand. Wij publiceren '
               'het plan als webversie, zodat het makkelijk te lezen en te doorzoeken is. Procedures en '
               'formulieren staan in de bijlagen, die u onderaan deze pagina kunt downloaden. Het plan geldt voor '
               'de schooljaren 2025-2026 tot en met 2028-2029 en is een plan op hoofdlijnen.'),
         ('p', 'Wij danken de directeuren, intern begeleiders en leraren van onze 46 scholen voor hun bijdragen.'),
         ('h2', 'Wat is er nieuw ten opzichte van het vorige plan?'),
         ('p', 'Het vorige plan was een uitgebreid document van ruim negentig pagina\'s. Uit een rondvraag onder '
               'schoolleiders bleek dat weinig mensen het helemaal hadden gelezen. Daarom is dit plan korter en '
               'staat het online. Nieuw zijn de trap van vijf treden in het ondersteuningsaanbod, de vaste '
               'termijnen bij thuiszitten en de resultatentabel met streefwaarden. De werkwijze van de consulenten '
               'is vereenvoudigd: iedere school heeft nu één vaste consulent, die ook het eerste aanspreekpunt is '
               'voor het bureau.'),
         ('p', 'Daarnaast is de samenwerking met de kinderopvang en de voorschoolse educatie versterkt. In twee '
               'kernen zijn kindcentra ontstaan waarin opvang en onderwijs onder één dak zijn gebracht. Het '
               'samenwerkingsverband is geen partij in de besturing van die kindcentra, maar denkt mee over de '
               'doorgaande lijn van voorschool naar groep 1 en over de deskundigheid van pedagogisch medewerkers.'),
         ('h2', 'Leeswijzer'),
         ('p', 'De hoofdstukken zijn kort gehouden. Waar een onderwerp uitgebreider is uitgewerkt, verwijzen wij '
               'naar een bijlage. De bijlagen zijn vastgesteld door de directeur-bestuurder en worden, anders dan '
               'dit plan, jaarlijks geactualiseerd. Heeft u een vraag over dit plan, dan kunt u contact opnemen met '
               'het bureau via het contactformulier.'),
         ('p', 'Dit plan is geschreven voor iedereen die bij passend onderwijs in Zuiderzand betrokken is: '
               'schoolleiders, intern begeleiders, leraren, bestuurders, gemeenten en partners in zorg en welzijn. '
               'Wij hebben geprobeerd vaktaal te vermijden. Waar dat niet lukte, vindt u de uitleg in de '
               'begrippenlijst onderaan deze pagina.'),
         ('h1', '2. Onze koers')]
    b += filler(['visie', 'context', 'geschiedenis', 'missie', 'inclusie', 'wettelijk'], **KW_E)
    b += [('h1', '3. Basisondersteuning'),
          ('p', 'Elke school legt in haar schoolgids vast welke basisondersteuning zij biedt. Het bureau toetst '
                'die beschrijving jaarlijks in het schoolgesprek met de directeur en de intern begeleider. Blijkt '
                'een school daarin achter te blijven, dan maakt het bestuur verbeterafspraken die in het volgende '
                'schoolgesprek worden gecontroleerd.'),
          ('h1', '4. Het ondersteuningsaanbod'),
          ('p', 'Het ondersteuningsaanbod in Zuiderzand is opgebouwd als een trap met vijf treden. Trede 1 is de '
                'ondersteuning in de groep door de leerkracht. Trede 2 is de ondersteuning binnen de school, '
                'gecoördineerd door de intern begeleider. Trede 3 is een arrangement van het samenwerkingsverband: '
                'na een bespreking in het ondersteuningsteam kent de consulent een arrangement toe, bijvoorbeeld '
                'ambulante begeleiding, inzet van een gedragsspecialist of een tijdelijk aangepast programma. Trede '
                '4 bestaat uit de bovenschoolse voorzieningen: de Kompasgroep voor leerlingen met complexe '
                'gedragsvragen (maximaal een jaar, in Meerdijk), de Taalschool voor nieuwkomers in Zandhoven en de '
                'Denkroute voor hoogbegaafde leerlingen. Trede 5 is het speciaal basisonderwijs (twee scholen) en '
                'het speciaal onderwijs.'),
          ('p', 'Samen met de gemeenten bieden wij onderwijs-zorgarrangementen aan. In de Kompasgroep werkt een '
                'jeugdhulpverlener van de gemeente mee, en voor leerlingen die zorg nodig hebben onder schooltijd '
                'geldt een gezamenlijke afspraak over de financiering van de zorgcomponent door de gemeente.'),
          ('h1', '5. Toelaatbaarheid (sbo en so)'),
          ('p', 'De route naar het speciaal basisonderwijs en het speciaal onderwijs staat beschreven in bijlage 3 '
                '"Route toelaatbaarheid en terugplaatsing".'),
          ('h1', '6. Terugplaatsing'),
          ('p', 'Zuiderzand wil dat leerlingen die in het sbo of so zijn geplaatst, terugkeren naar een reguliere '
                'school zodra dat verantwoord is. Terugkeer is het uitgangspunt bij iedere evaluatie, niet de '
                'uitzondering. Voorwaarde is dat de ontvangende basisschool, eventueel met een arrangement, kan '
                'bieden wat de leerling nodig heeft. Na terugkeer begeleidt de sbo- of so-school de leerling en de '
                'nieuwe leerkracht gedurende zes maanden met ambulante begeleiding, en de leerling behoudt gedurende '
                'een jaar voorrang bij een eventueel arrangement. Hoe de terugplaatsing verloopt, staat in bijlage 3.'),
          ('h1', '7. Thuiszitters en dekkend netwerk'),
          ('p', 'Een dekkend netwerk betekent voor ons dat geen kind thuiszit omdat er geen plek is. Wij houden bij '
                'welke leerlingen zonder passend onderwijs zijn en waarom. Iedere school meldt een leerling die '
                'langer dan vier weken (deels) thuiszit binnen een week bij het bureau. De consulent organiseert '
                'binnen tien werkdagen een overleg met school, leerplichtambtenaar en jeugdhulp en legt afspraken '
                'vast met een termijn. Ieder najaar analyseren wij met de besturen de wachtlijsten en de meldingen; '
                'waar een voorziening ontbreekt, besluit het bestuur van het samenwerkingsverband uiterlijk in '
                'februari over een oplossing voor het volgende schooljaar. In 2024 leidde dat tot de uitbreiding van '
                'de Kompasgroep met een tweede groep.'),
          ('h1', '8. Resultaten'),
          ('p', 'Wij willen in deze planperiode de volgende resultaten bereiken voor leerlingen die extra '
                'ondersteuning nodig hebben:'),
          ('table', [['Doel', 'Indicator', 'Stand 2024', 'Streefwaarde 2028'],
                     ['Minder leerlingen zonder passend onderwijs', 'Thuiszitters langer dan 4 weken op 1 oktober',
                      '17', 'minder dan 5'],
                     ['Sneller de juiste ondersteuning', 'Dagen tussen aanvraag en start arrangement', '38', '20'],
                     ['Meer leerlingen thuisnabij', 'Leerlingen uit de Kompasgroep terug in eigen school',
                      '62%', '80%'],
                     ['Tevreden scholen', 'Waardering scholen voor consulenten (1-10)', '7,1', '7,8']]),
          ('p', 'Het bureau houdt de indicatoren bij in een dashboard dat iedere twee maanden wordt bijgewerkt. '
                'Twee keer per jaar bespreekt het bestuur de stand van zaken en stelt het waar nodig de aanpak bij. '
                'Aan het einde van ieder schooljaar verschijnt een resultatenrapportage, die ook aan de '
                'ondersteuningsplanraad wordt voorgelegd.'),
          ('h1', '9. Ouders'),
          ('p', 'Deze pagina is in ontwikkeling.'),
          ('h1', '10. Financiën'),
          ('p', 'Voor de verdeling en besteding van de middelen verwijzen wij naar de begroting op onze website.'),
          ('h1', '11. Organisatie')]
    b += filler(['governance', 'opr', 'integriteit', 'bestuurlijk', 'personeel', 'ict', 'prof', 'innovatie',
                 'duurzaam', 'huisvesting', 'avg_extra', 'pers', 'totstandkoming', 'planning', 'jaarcyclus',
                 'communicatie_scholen'], **KW_E)
    b += [('h1', '12. Begrippen'),
          ('table', [['Begrip', 'Uitleg'],
                     ['Basisondersteuning', 'De ondersteuning die iedere school in Zuiderzand ten minste biedt'],
                     ['Meerjarenbegroting', 'Begroting van het samenwerkingsverband voor vier jaar'],
                     ['Ouder- en jeugdsteunpunt', 'Onafhankelijk steunpunt voor ouders en jeugdigen'],
                     ['TLV', 'Toelaatbaarheidsverklaring voor sbo of so, aan te vragen door het schoolbestuur'],
                     ['Verdeelmodel', 'Regels voor de verdeling van middelen over de besturen']]),
          ('h1', 'Bijlagen (downloads)'),
          ('ul', ['Bijlage 1 Jaarplan 2025-2026 (pdf)', 'Bijlage 2 Begroting 2025 (pdf)',
                  'Bijlage 3 Route toelaatbaarheid en terugplaatsing (pdf)', 'Bijlage 4 Instemmingsbrief OPR (pdf)'])]
    return b


LABEL_E = """
documents: [po-zuiderzand-ondersteuningsplan-webversie.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Section 3 only says each school sets its own basisondersteuning in its schoolgids and the bureau checks it yearly (borging); no verband-wide level and no content; glossary definition is a trap."
  plaatsing: "Section 5 only refers to bijlage 3 'Route toelaatbaarheid en terugplaatsing', which is not part of the input (listed as a download); TLV only in menu/TOC and glossary."
  terugstroom: "Section 6 states the policy (return as starting point, condition, 6 months AB, one-year priority), but the procedure is only in the absent bijlage 3."
  financien: "Section 10 only refers to 'de begroting op onze website'; Meerjarenbegroting/Verdeelmodel only in Begrippen; no verdeling, amounts, reserves or verantwoording."
  dekkend-aanbod: "Section 4: five-step continuum with named voorzieningen and OZA with gemeenten; section 7: thuiszitter reporting within a week, overleg within 10 days, yearly analysis and decision in February."
  resultaten: "Section 8: goal table with indicators, 2024 values and 2028 targets; dashboard every two months, twice-yearly board review, annual resultatenrapportage."
  ouders: "Section 9 says only 'Deze pagina is in ontwikkeling'; ouders occur only in the menu and glossary (Ouder- en jeugdsteunpunt)."
"""


# =============================================================================================
# F - near miss: a school's own 'ondersteuningsplan en schoolondersteuningsprofiel' (.docx)
# =============================================================================================
def near_miss():
    b = [('title', ['Ondersteuningsplan en schoolondersteuningsprofiel 2025-2026',
                    'OBS De Wilgenhoek, Lingedal - onderdeel van Stichting Openbaar Onderwijs Linge',
                    'Aangesloten bij Samenwerkingsverband Lingebocht (PO 27-11)']),
         ('toc', ['1 Inleiding', '2 Onze school', '3 Basisondersteuning op De Wilgenhoek',
                  '4 Extra ondersteuning en arrangementen', '5 Zorgniveaus en groepsbesprekingen',
                  '6 Verwijzing naar sbo of so en terugplaatsing', '7 Ouders', '8 Middelen', '9 Resultaten',
                  '10 Ambities van het team']),
         ('h1', '1 Inleiding'),
         ('p', 'In dit document beschrijft OBS De Wilgenhoek hoe de school de ondersteuning aan haar leerlingen '
               'organiseert. Het document is tegelijk ons schoolondersteuningsprofiel, zoals het '
               'samenwerkingsverband dat van iedere school vraagt, en ons interne ondersteuningsplan voor het team. '
               'De medezeggenschapsraad heeft advies uitgebracht op 12 juni 2025. Het plan wordt ieder schooljaar '
               'geactualiseerd.'),
         ('h1', '2 Onze school'),
         ('p', 'De Wilgenhoek is een openbare basisschool met 236 leerlingen in tien groepen, gelegen in de wijk '
               'Wilgenhof. De school werkt met het leerstofjaarklassensysteem, met instructie op drie niveaus. Het '
               'team bestaat uit zeventien leerkrachten, een intern begeleider (0,8 fte), een '
               'onderwijsassistent en een conciërge. De school deelt het gebouw met een kinderopvang.'),
         ('p', 'De leerlingpopulatie is gemengd. Ongeveer een op de vijf leerlingen groeit tweetalig op. Het '
               'schoolgewicht ligt boven het landelijk gemiddelde, waardoor de school aanvullende middelen voor '
               'onderwijsachterstanden ontvangt.'),
         ('h1', '3 Basisondersteuning op De Wilgenhoek'),
         ('p', 'De Wilgenhoek voldoet aan de acht standaarden basisondersteuning die binnen Samenwerkingsverband '
               'Lingebocht zijn afgesproken. Op onze school betekent dat concreet: een intern begeleider met 0,8 '
               'fte, zes zorgoverleggen per jaar, werken volgens het dyslexieprotocol en het rekenprotocol, de '
               'Kanjertraining als programma voor sociale veiligheid, een plusgroep voor groep 5 tot en met 8 en '
               'een protocol medisch handelen. De vaste contactpersoon van het dorpsteam schuift aan bij het '
               'zorgoverleg.'),
         ('h1', '4 Extra ondersteuning en arrangementen'),
         ('p', 'Wanneer een leerling meer nodig heeft dan de basisondersteuning, bespreekt de intern begeleider de '
               'leerling in het ondersteuningsteam, samen met ouders en de consulent van het samenwerkingsverband. '
               'Onze school heeft in het afgelopen jaar vijf arrangementen aangevraagd, vooral voor '
               'gedragsbegeleiding en voor een leerling met een auditieve beperking (cluster 2, via Kentalis).'),
         ('p', 'Grenzen aan onze ondersteuning: wij kunnen geen structurele één-op-éénbegeleiding bieden en het '
               'gebouw is niet rolstoeltoegankelijk op de verdieping. Bij ernstige gedragsproblemen die de '
               'veiligheid van andere kinderen raken, zoeken wij samen met ouders naar een andere plek.'),
         ('h1', '5 Zorgniveaus en groepsbesprekingen'),
         ('p', 'Wij werken met vijf zorgniveaus. Niveau 1: de leerling volgt het basisaanbod. Niveau 2: de '
               'leerkracht biedt verlengde instructie. Niveau 3: de leerling krijgt extra hulp binnen de school na '
               'overleg met de intern begeleider. Niveau 4: de school schakelt externe expertise in. Niveau 5: '
               'verwijzing naar een andere school.'),
         ('p', 'Drie keer per jaar voert de intern begeleider een groepsbespreking met iedere leerkracht: in '
               'oktober, februari en juni. Daarnaast zijn er leerlingbesprekingen na iedere toetsperiode. '
               'Groepsplannen zijn vervangen door een groepsoverzicht dat de leerkracht bijhoudt in het '
               'leerlingvolgsysteem.'),
         ('h1', '6 Verwijzing naar sbo of so en terugplaatsing'),
         ('p', 'Als onze school een leerling niet meer kan bieden wat nodig is, vraagt het bestuur bij het '
               'samenwerkingsverband een toelaatbaarheidsverklaring aan. De intern begeleider stelt het dossier '
               'op; ouders worden bij ieder gesprek betrokken. Het samenwerkingsverband besluit. In het afgelopen '
               'schooljaar is voor twee leerlingen een TLV sbo aangevraagd. Leerlingen die vanuit het sbo terugkeren '
               'heten wij van harte welkom; in 2024 is één leerling teruggeplaatst.'),
         ('h1', '7 Ouders'),
         ('p', 'Ouders worden door de leerkracht geïnformeerd tijdens de tienminutengesprekken en via de '
               'schoolapp. Bij zorgen neemt de leerkracht contact op met ouders. Ouders kunnen voor vragen over '
               'ondersteuning terecht bij de intern begeleider. Voor klachten verwijzen wij naar de klachtenregeling '
               'in de schoolgids.'),
         ('h1', '8 Middelen'),
         ('p', 'De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. '
               'Dit jaar is dat € 41.300, waarmee de uitbreiding van de intern begeleider en de onderwijsassistent '
               'worden betaald. Daarnaast zet de school middelen voor onderwijsachterstanden in voor een '
               'taalklasje in groep 1-2.'),
         ('h1', '9 Resultaten'),
         ('p', 'De eindtoetsresultaten van groep 8 lagen in 2025 op het niveau van de signaleringswaarde; 1F werd '
               'door 96% van de leerlingen behaald. De inspectie beoordeelde de school in 2023 als voldoende. In '
               'het jaarplan van de school staan de verbeterdoelen voor rekenen.'),
         ('h1', '10 Ambities van het team'),
         ('p', 'Het team wil in de komende twee jaar de expertise op het gebied van gedrag vergroten. Twee '
               'leerkrachten volgen de opleiding gedragsspecialist. Ook willen wij het werken met weektaken '
               'uitbreiden, zodat leerlingen meer eigenaarschap krijgen over hun leerproces.')]
    return b


LABEL_F = """
documents: [school-wilgenhoek-ondersteuningsplan-sop-2025-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A single basisschool's own 'ondersteuningsplan en schoolondersteuningsprofiel' (zorgniveaus, groepsbesprekingen, school budget); it refers to Samenwerkingsverband Lingebocht but is not the SWV's plan: no planperiode of the verband, no OPR/OOGO, no verband-wide procedures."
"""


# =============================================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    made = []
    # A
    p = OUT / 'po-lingebocht-ondersteuningsplan-2025-2029.docx'
    write_docx(plan_a(), p, 'Samenwerkingsverband Lingebocht - Ondersteuningsplan 2025-2029',
               'Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Ouders | Financiën | pagina')
    write_label('po-lingebocht-ondersteuningsplan-2025-2029.expected.yaml', LABEL_A)
    made.append(p)
    # B
    p = OUT / 'vo-kempenrand-ondersteuningsplan-2025-2029.docx'
    write_docx(plan_b(), p, 'SWV VO Kempenrand | Ondersteuningsplan 2025-2029',
               'VO 30-09 - terugplaatsing, ouder- en jeugdsteunpunt en dekkend aanbod: zie www.kempenrand-vo.nl')
    write_label('vo-kempenrand-ondersteuningsplan-2025-2029.expected.yaml', LABEL_B)
    made.append(p)
    # C
    p = OUT / 'po-duinenpolder-koersplan-2025-2029.pdf'
    write_pdf(plan_c(), p, 'Koersplan passend onderwijs 2025-2029 | Duin en Polder',
              'Resultaten en monitoring | Toelaatbaarheidscriteria | Terugplaatsingsbeleid')
    write_label('po-duinenpolder-koersplan-2025-2029.expected.yaml', LABEL_C)
    made.append(p)
    # D
    p = OUT / 'vo-hollandse-veenweide-ondersteuningsplan-2025-2029.pdf'
    write_pdf(plan_d(), p, 'Ondersteuningsplan 2025-2029 | Samenwerkingsverband VO Hollandse Veenweide',
              'Basisondersteuning - Dekkend aanbod - Verdeelmodel - Informatie voor ouders')
    write_label('vo-hollandse-veenweide-ondersteuningsplan-2025-2029.expected.yaml', LABEL_D)
    made.append(p)
    # E
    p = OUT / 'po-zuiderzand-ondersteuningsplan-webversie.html'
    write_html(plan_e(), p, 'Samenwerkingsverband Zuiderzand',
               ['Home', 'Ouders', 'Scholen', 'Toelaatbaarheid', 'Terugplaatsing', 'Financiën en verdeelmodel',
                'Ouder- en jeugdsteunpunt', 'Contact'],
               'Samenwerkingsverband Zuiderzand | PO 30-08 | Ouders: zie ouderpagina | TLV aanvragen via het loket')
    write_label('po-zuiderzand-ondersteuningsplan-webversie.expected.yaml', LABEL_E)
    made.append(p)
    # F
    p = OUT / 'school-wilgenhoek-ondersteuningsplan-sop-2025-2026.docx'
    write_docx(near_miss(), p, 'OBS De Wilgenhoek - Ondersteuningsplan en SOP 2025-2026',
               'Samenwerkingsverband Lingebocht | basisondersteuning | arrangementen')
    write_label('school-wilgenhoek-ondersteuningsplan-sop-2025-2026.expected.yaml', LABEL_F)
    made.append(p)
    for m in made:
        print(m.name)


if __name__ == '__main__':
    sys.exit(main())
