#!/usr/bin/env python3
"""Generate holdout28: 5 fictional ondersteuningsplannen + 1 near-miss, with labels.
Deterministic, no network. Run from anywhere; output goes to the folder above src/."""
import os, shutil, subprocess, tempfile
import docx
from docx.shared import Pt
import yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- renderers
def to_docx(blocks, path, header):
    d = docx.Document()
    d.styles['Normal'].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = header + " | concept voor OPR"
    for kind, val in blocks:
        if kind == 'title':
            d.add_heading(val, 0)
        elif kind in ('h1', 'h2'):
            d.add_heading(val, 1 if kind == 'h1' else 2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'li':
            d.add_paragraph(val, style='List Bullet')
        elif kind == 'pb':
            d.add_page_break()
        elif kind == 'table':
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = 'Table Grid'
            for r in val:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
    d.save(path)

def to_md(blocks, path, header):
    out = []
    for kind, val in blocks:
        if kind == 'title':
            out.append('# ' + val + '\n')
        elif kind == 'h1':
            out.append('## ' + val + '\n')
        elif kind == 'h2':
            out.append('### ' + val + '\n')
        elif kind == 'p':
            out.append(val + '\n')
        elif kind == 'li':
            out.append('- ' + val)
        elif kind == 'pb':
            out.append('\n---\n')
        elif kind == 'table':
            out.append('| ' + ' | '.join(val[0]) + ' |')
            out.append('|' + '---|' * len(val[0]))
            for r in val[1:]:
                out.append('| ' + ' | '.join(str(c) for c in r) + ' |')
            out.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')

def to_pdf(blocks, path, header):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + '.docx')
    to_docx(blocks, src, header)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(src[:-5] + '.pdf', path)
    shutil.rmtree(tmp)

def P(*ps):
    return [('p', x) for x in ps]

# ---------------------------------------------------------------- shared filler
def voorwoord(c):
    return [('h1', 'Voorwoord')] + P(
        f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']} ({c['code']}). Dit plan is tot stand gekomen "
        f"in een intensief traject met schoolbesturen, directeuren, intern begeleiders en ondersteuningscoördinatoren, de "
        f"ondersteuningsplanraad en onze gemeentelijke partners. Wij danken iedereen die heeft meegedacht tijdens de "
        f"werkconferenties, de klankbordsessies en de vele gesprekken op de scholen.",
        "De afgelopen planperiode stond in het teken van herstel na de coronaperiode, een oplopend lerarentekort en een "
        "toenemende complexiteit van de vragen waarmee scholen te maken krijgen. Tegelijkertijd zien we dat scholen elkaar "
        "steeds beter weten te vinden en dat de samenwerking met jeugdhulp op veel plekken is verdiept. Op die opbrengst "
        "willen we voortbouwen. Het landelijke beleid – de verbeteraanpak passend onderwijs, de ontwikkeling richting "
        "inclusiever onderwijs en de landelijke norm voor basisondersteuning – vraagt bovendien om heldere keuzes.",
        "Dit plan beschrijft de koers op hoofdlijnen. Jaarlijks werken wij de koers uit in een jaarplan en een "
        "begroting, die na instemming van de ondersteuningsplanraad door het bestuur worden vastgesteld. Zo blijft het plan "
        "een levend document dat ruimte biedt om bij te sturen waar dat nodig is.",
        f"Wij wensen u veel leesplezier en zien uit naar de verdere samenwerking.\n\n{c['bestuurder']}, directeur-bestuurder")

def inleiding(c):
    return [('h1', '1. Inleiding en leeswijzer')] + P(
        f"{c['naam']} is een samenwerkingsverband passend onderwijs in de zin van artikel {c['artikel']}. Het samenwerkingsverband "
        f"omvat het grondgebied van de gemeenten {c['gemeenten']}. Aangesloten zijn {c['besturen']} schoolbesturen met samen "
        f"{c['scholen']} scholen en ongeveer {c['leerlingen']} leerlingen.",
        "Het ondersteuningsplan is het centrale beleidsdocument van het samenwerkingsverband. De wet schrijft voor dat het "
        "plan ten minste eenmaal in de vier jaar wordt vastgesteld en welke onderwerpen het in elk geval bevat. In dit plan "
        "volgen wij in grote lijnen die wettelijke opbouw, maar wij hebben ervoor gekozen de hoofdstukken te ordenen naar de "
        "vragen die scholen en ouders ons het vaakst stellen.",
        "Hoofdstuk 2 beschrijft de context en de kengetallen van de regio. Hoofdstuk 3 bevat onze missie, visie en ambities. "
        "Daarna volgen de inhoudelijke hoofdstukken over ondersteuning, toewijzing, samenwerking, kwaliteit en middelen. "
        "Het plan sluit af met de organisatie, de planning en een begrippenlijst. Waar in dit plan 'ouders' staat, bedoelen "
        "wij ook verzorgers en voogden.")

def context(c, table=True):
    b = [('h1', '2. Context en kengetallen')] + P(
        f"De regio van {c['naam']} kenmerkt zich door een mix van stedelijk en landelijk gebied. In de kernen is sprake van "
        "krimp van het aantal leerlingen, terwijl in de grotere gemeente nieuwbouwwijken juist tot groei leiden. Dat heeft "
        "gevolgen voor de spreiding van voorzieningen en voor het leerlingenvervoer.",
        "Het aantal leerlingen met een complexe ondersteuningsvraag neemt volgens de scholen toe. Signalen over "
        "gedragsproblematiek, angst en somberheid komen vaker voor dan vijf jaar geleden. Tegelijkertijd is de arbeidsmarkt "
        "krap: niet alle vacatures voor leerkrachten, intern begeleiders en gedragsspecialisten kunnen worden vervuld.")
    if table:
        b.append(('table', [['Peildatum 1 oktober', '2022', '2023', '2024'],
                            ['Aantal leerlingen regulier', *c['ll']],
                            ['Aantal scholen/vestigingen', c['scholen'], c['scholen'], c['scholen']],
                            ['Aantal schoolbesturen', c['besturen'], c['besturen'], c['besturen']]]))
        b += P("Bron: DUO, telgegevens 1 oktober. De tabel laat een lichte daling van het leerlingenaantal zien, die naar "
               "verwachting de komende planperiode doorzet.")
    return b

def visie(c):
    return [('h1', '3. Missie, visie en ambities')] + P(
        f"Missie: {c['naam']} zorgt er samen met de scholen voor dat ieder kind een passende plek in het onderwijs heeft, "
        "zo dicht mogelijk bij huis, met de ondersteuning die het nodig heeft om zich optimaal te ontwikkelen.",
        "Visie: wij geloven in onderwijs waarin verschillen tussen kinderen normaal zijn. Niet het etiket maar de "
        "onderwijsbehoefte staat centraal. Leerkrachten zijn de spil; zij moeten zich gesteund weten door een team, een "
        "school en een samenwerkingsverband dat meedenkt en meebeweegt. Ouders zijn partners en ervaringsdeskundigen als "
        "het gaat om hun kind. Wij werken handelingsgericht: we kijken naar wat werkt, niet naar wat ontbreekt.",
        "Voor de komende vier jaar hebben wij vier ambities geformuleerd: (1) de basis op orde op iedere school; (2) snelle en "
        "ontschotte ondersteuning wanneer de basis niet volstaat; (3) een sterke verbinding tussen onderwijs en zorg; "
        "(4) een lerende organisatie die transparant is over wat zij doet. Deze ambities komen in de volgende hoofdstukken "
        "terug. Wij zetten in op een cultuur van vertrouwen, waarin we elkaar aanspreken op afspraken.",
        "Wij realiseren ons dat ambities alleen betekenis hebben als ze op de werkvloer merkbaar zijn. Daarom vragen wij "
        "scholen om de ambities te vertalen naar hun eigen schoolplan en jaarplan. Het samenwerkingsverband faciliteert dit "
        "met netwerkbijeenkomsten en scholing.")

def governance(c, ouders_in_opr=True):
    opr = ("De ondersteuningsplanraad (OPR) bestaat voor de helft uit ouders en voor de helft uit personeelsleden, "
           "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
           "ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer per jaar.") if ouders_in_opr else (
           "De ondersteuningsplanraad (OPR) bestaat uit leden die door de medezeggenschapsraden van de aangesloten scholen "
           "worden afgevaardigd. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan en vergadert "
           "zes keer per jaar.")
    return [('h1', 'Organisatie, governance en medezeggenschap')] + P(
        f"{c['naam']} is een stichting. Het bestuur is ingericht volgens het raad-van-toezichtmodel: een directeur-bestuurder "
        "voert het bestuur, een raad van toezicht bestaande uit vijf leden houdt toezicht. Drie leden worden voorgedragen door "
        "de schoolbesturen, twee leden zijn onafhankelijk. De raad van toezicht hanteert de Code Goed Bestuur van de sector.",
        "De algemene vergadering van aangesloten schoolbesturen (AV) komt vier keer per jaar bijeen. De AV adviseert over het "
        "ondersteuningsplan, het jaarplan en de begroting en is het gremium waarin besturen elkaar aanspreken op gezamenlijke "
        "afspraken. Het dagelijks werk wordt uitgevoerd door een compact bureau met onder meer beleidsmedewerkers, "
        "orthopedagogen, een controller en een secretariaat.",
        opr,
        "Wij hechten aan goede verhoudingen met de medezeggenschap. Daarom betrekken wij de OPR vroegtijdig bij "
        "beleidsvoornemens, organiseren wij jaarlijks een gezamenlijke bijeenkomst van raad van toezicht en OPR en bieden wij "
        "OPR-leden scholing aan via een externe aanbieder.")

def oogo(c):
    return [('h1', 'Samenwerking met gemeenten (OOGO)')] + P(
        f"Met de gemeenten {c['gemeenten']} voeren wij op overeenstemming gericht overleg (OOGO). Over het concept van dit "
        "ondersteuningsplan heeft het OOGO plaatsgevonden in het voorjaar voorafgaand aan de planperiode; het verslag is "
        "vastgesteld door beide partijen. Ook over de jeugdbeleidsplannen van de gemeenten voeren wij OOGO.",
        "Gezamenlijke thema's voor de komende periode zijn de aansluiting tussen onderwijs en jeugdhulp, het "
        "leerlingenvervoer, onderwijshuisvesting en de overgangen tussen schooltypen. Wij hebben met de gemeenten een "
        "gezamenlijke agenda opgesteld die jaarlijks wordt geactualiseerd. Per gemeente is er een vaste contactpersoon "
        "vanuit het samenwerkingsverband.",
        "Op verschillende scholen zijn jeugdprofessionals van de gemeente werkzaam, die laagdrempelig beschikbaar zijn voor "
        "leerlingen, ouders en leerkrachten. De financiering daarvan is een gezamenlijke verantwoordelijkheid van gemeente "
        "en samenwerkingsverband; de afspraken worden jaarlijks in een convenant vastgelegd.")

def personeel(c):
    return [('h1', 'Personeel en professionalisering')] + P(
        "Het samenwerkingsverband heeft zelf een beperkte personele omvang. Het bureau telt circa twaalf medewerkers. "
        "Daarnaast zijn via detachering orthopedagogen, ambulant begeleiders en gedragsspecialisten werkzaam die in opdracht "
        "van het samenwerkingsverband op de scholen ondersteunen. Het personeelsbeleid is gericht op vakmanschap, "
        "duurzame inzetbaarheid en een gezonde werkdruk.",
        "Voor leerkrachten en intern begeleiders organiseren wij een professionaliseringsaanbod: netwerken voor IB'ers en "
        "ondersteuningscoördinatoren, scholing op het gebied van gedrag, taal en rekenen en een leergang handelingsgericht "
        "werken. Scholen dragen zelf zorg voor de professionalisering van hun teams; het samenwerkingsverband vult aan waar "
        "schooloverstijgend leren meerwaarde heeft.",
        "Het lerarentekort vraagt om creatieve oplossingen. Wij verkennen samen met de besturen hoe onderwijsassistenten, "
        "zij-instromers en specialisten uit de zorg beter kunnen worden ingezet. De effecten van het ondersteuningsplan op "
        "het personeel van de scholen zijn met de personeelsgeleding van de OPR besproken.")

def ict(c):
    return [('h1', 'Privacy, ICT en gegevensbeheer')] + P(
        "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over de gezondheid van leerlingen, voor zover "
        "dat noodzakelijk is voor de wettelijke taken. Wij hebben een privacyreglement, een functionaris gegevensbescherming "
        "en een register van verwerkingen. Aanvragen worden ingediend via een beveiligde digitale omgeving.",
        "Dossiers worden bewaard tot drie jaar na het laatste besluit, tenzij een langere bewaartermijn wettelijk is "
        "voorgeschreven. Medewerkers volgen jaarlijks een e-learning over informatiebeveiliging. Datalekken worden gemeld "
        "volgens de daarvoor geldende procedure.")

def planning(c, extra=None):
    rows = [['Periode', 'Activiteit', 'Verantwoordelijk'],
            ['september – oktober', 'Jaarplan en evaluatie vorig schooljaar bespreken', 'directeur-bestuurder'],
            ['november – december', 'Begroting volgend kalenderjaar vaststellen', 'bestuur / RvT'],
            ['januari – maart', 'Tussentijdse bespreking voortgang met AV en OPR', 'beleidsmedewerkers'],
            ['april – juni', 'Jaarverslag en jaarrekening', 'controller']]
    if extra:
        rows += extra
    return [('h1', 'Planning en jaarcyclus')] + P(
        "Het ondersteuningsplan wordt uitgevoerd via een vaste jaarcyclus. De tabel hieronder geeft de belangrijkste "
        "momenten weer. Het tijdpad voor de totstandkoming van het volgende ondersteuningsplan wordt twee jaar voor het "
        "einde van de planperiode vastgesteld.") + [('table', rows)] + P(
        f"Dit ondersteuningsplan is na instemming van de OPR en na afronding van het OOGO vastgesteld door het bestuur van "
        f"{c['naam']} en vóór 1 mei aan de inspectie van het onderwijs toegezonden.")

def begrippen(c, extra):
    rows = [['Begrip', 'Omschrijving']] + extra + [
        ['OOGO', 'Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten'],
        ['OPR', 'Ondersteuningsplanraad'],
        ['OPP', 'Ontwikkelingsperspectiefplan'],
        ['SOP', 'Schoolondersteuningsprofiel'],
        ['TLV', 'Toelaatbaarheidsverklaring'],
        ['IB\'er', 'Intern begeleider']]
    return [('h1', 'Bijlage: begrippenlijst en afkortingen')] + [('table', rows)]


def terugblik(c):
    return [('h1', 'Terugblik op de vorige planperiode')] + P(
        "In de loop van het afgelopen jaar hebben wij de vorige planperiode geëvalueerd. Dat is gebeurd door middel van "
        "gesprekken met schoolbesturen en directeuren, een digitale vragenlijst onder intern begeleiders en "
        "ondersteuningscoördinatoren, een bijeenkomst met de OPR en een gesprek met de beleidsambtenaren van de gemeenten. "
        "Ook de bevindingen uit het vierjaarlijks onderzoek van de inspectie zijn bij de evaluatie betrokken.",
        "Uit de evaluatie komt een gemengd beeld naar voren. Positief is dat de samenwerking tussen de besturen is verdiept en "
        "dat scholen elkaar vaker opzoeken om kennis te delen. Het bureau van het samenwerkingsverband wordt ervaren als "
        "toegankelijk en betrokken. Tegelijkertijd geven scholen aan dat de procedures rond aanvragen soms als "
        "bureaucratisch worden ervaren en dat de communicatie over wijzigingen in werkwijzen beter kan. Ook zijn niet alle "
        "voornemens uit het vorige plan tot uitvoering gekomen, mede door personele wisselingen en de nasleep van de "
        "coronaperiode.",
        "De belangrijkste lessen die wij meenemen zijn: houd het eenvoudig, maak keuzes en wees helder over wie waarvoor "
        "verantwoordelijk is. Dit plan is daarom compacter van opzet dan zijn voorganger en legt meer nadruk op samenwerking "
        "in de wijk of kern. De lessen zijn ook besproken in de algemene vergadering, die heeft ingestemd met de gekozen "
        "richting.")

def doorgaande_lijnen(c):
    return [('h1', 'Doorgaande lijnen en overgangen')] + P(
        "Overgangen zijn kwetsbare momenten in de schoolloopbaan van een kind. Dat geldt voor de overstap van de voorschoolse "
        "periode naar de basisschool, van het primair naar het voortgezet onderwijs en van het voortgezet onderwijs naar het "
        "mbo of de arbeidsmarkt. In alle gevallen is een warme overdracht het uitgangspunt: de gegevens van de leerling worden "
        "volgens de geldende privacyafspraken overgedragen en, waar nodig, vindt een gesprek plaats tussen de betrokken professionals.",
        "Voor de overstap naar het voortgezet onderwijs werken de samenwerkingsverbanden PO en VO in de regio met een "
        "gezamenlijke kalender en een digitaal overdrachtsdossier. Over deze afspraken vindt jaarlijks overleg plaats tussen de "
        "directeuren van beide samenwerkingsverbanden; daarmee voldoen wij ook aan de verplichting tot overleg met het "
        "samenwerkingsverband waarvan het gebied overlapt.",
        "Voor de aansluiting op het mbo en de arbeidsmarkt trekken wij op met de regionale meld- en coördinatiefunctie "
        "voortijdig schoolverlaten en met de gemeentelijke afdelingen werk en inkomen. In de komende periode willen wij deze "
        "samenwerking verder versterken, bijvoorbeeld door gezamenlijke scholing voor mentoren en loopbaanbegeleiders.")

def inclusie(c):
    return [('h1', 'Op weg naar inclusiever onderwijs')] + P(
        "De landelijke overheid heeft de ambitie uitgesproken dat het onderwijs in 2035 inclusiever is dan nu. Wij "
        "onderschrijven die ambitie. Inclusief onderwijs betekent voor ons dat kinderen zoveel mogelijk samen naar school gaan "
        "in hun eigen omgeving, en dat de scheiding tussen regulier en speciaal onderwijs geleidelijk minder scherp wordt.",
        "Wij realiseren ons dat deze beweging tijd kost en dat zij alleen kan slagen als leerkrachten en teams zich toegerust "
        "voelen. Daarom kiezen wij voor een stapsgewijze aanpak. In de eerste twee jaar van de planperiode verkennen wij met "
        "een aantal scholen de mogelijkheden voor samenwerking tussen regulier en speciaal onderwijs onder één dak. De "
        "ervaringen worden gedeeld in een leernetwerk. Op basis daarvan besluit het bestuur over een eventuele verbreding.",
        "Inclusiever onderwijs vraagt ook iets van de omgeving van de school: van de gemeente (huisvesting, vervoer, "
        "jeugdhulp), van zorgaanbieders en van ouders. Wij gaan daarover het gesprek aan, onder meer in het OOGO en in "
        "bijeenkomsten met maatschappelijke partners.")

def kennis(c):
    return [('h1', 'Kennisdeling en innovatie')] + P(
        "Het samenwerkingsverband wil een netwerkorganisatie zijn waarin kennis vrij stroomt. Wij faciliteren daarom "
        "netwerken van intern begeleiders, ondersteuningscoördinatoren, gedragsspecialisten en directeuren. Deze netwerken komen "
        "vier tot zes keer per jaar bijeen en bepalen in belangrijke mate zelf hun agenda.",
        "Daarnaast stimuleren wij vernieuwing via het leernetwerk Innovatie. Scholen of groepen van scholen kunnen daar een idee "
        "inbrengen voor een project dat bijdraagt aan passend onderwijs, bijvoorbeeld op het gebied van gedrag, "
        "executieve functies of de inzet van digitale hulpmiddelen. De opbrengsten worden gedeeld tijdens een jaarlijkse inspiratiedag.",
        "Met een regionale hogeschool werken wij samen in een werkplaats onderwijsonderzoek. Studenten en docent-onderzoekers "
        "doen praktijkgericht onderzoek naar vragen die scholen zelf inbrengen. Zo ontstaat een brug tussen wetenschap en "
        "praktijk.")

def vervoer(c):
    return [('h1', 'Leerlingenvervoer en onderwijshuisvesting')] + P(
        "Leerlingenvervoer is een taak van de gemeenten. Omdat het vervoer in de praktijk sterk samenhangt met de plaats "
        "waar een leerling onderwijs volgt, stemmen wij regelmatig met de gemeenten af. Knelpunten, zoals lange reistijden "
        "voor jonge kinderen, worden besproken in het OOGO. Wij streven ernaar dat kinderen zo thuisnabij mogelijk naar "
        "school kunnen.",
        "Ook onderwijshuisvesting is primair een verantwoordelijkheid van gemeenten en schoolbesturen. Bij nieuwbouw of "
        "renovatie vragen wij aandacht voor ruimtes die nodig zijn voor ondersteuning, zoals prikkelarme werkplekken en "
        "ruimte voor kleine groepjes. Het samenwerkingsverband heeft hierin een adviserende rol.")

def ontwikkelingen(c):
    return [('h1', 'Ontwikkelingen en risico\u2019s')] + P(
        "Het samenwerkingsverband werkt in een omgeving die voortdurend verandert. Wij onderscheiden voor de komende "
        "planperiode een aantal ontwikkelingen die van invloed kunnen zijn op de uitvoering van dit plan.",
        "Ten eerste de arbeidsmarkt: het tekort aan leerkrachten en specialisten kan ertoe leiden dat ondersteuning niet of "
        "later beschikbaar is. Ten tweede de toenemende complexiteit van de vragen van leerlingen, waarbij onderwijs en zorg "
        "steeds meer verweven raken. Ten derde landelijke wet- en regelgeving, zoals de uitwerking van de verbeteraanpak "
        "passend onderwijs en de discussie over een landelijke norm. Ten vierde de demografische ontwikkeling in de regio.",
        "Wij volgen deze ontwikkelingen nauwgezet en bespreken ze jaarlijks met de raad van toezicht. Waar nodig wordt het "
        "jaarplan bijgesteld. Grote wijzigingen in het beleid worden ter instemming aan de OPR voorgelegd.")

def bedrijfsvoering(c):
    return [('h1', 'Bedrijfsvoering en interne organisatie')] + P(
        "Een slagvaardig samenwerkingsverband vraagt om een professionele bedrijfsvoering. Het bureau werkt met vaste "
        "processen voor de behandeling van aanvragen, de registratie van besluiten en het beheer van dossiers. Deze processen "
        "zijn beschreven in een procesboek dat jaarlijks wordt geactualiseerd. Voor de administratie maken wij gebruik van "
        "een extern administratiekantoor.",
        "De directeur-bestuurder legt periodiek verantwoording af aan de raad van toezicht over de voortgang van het jaarplan "
        "en de uitvoering van de bedrijfsvoering. De raad van toezicht heeft een auditcommissie en een commissie onderwijs en "
        "kwaliteit ingesteld, die de vergaderingen van de raad voorbereiden. Eens per jaar evalueert de raad zijn eigen "
        "functioneren, eens in de drie jaar onder externe begeleiding.",
        "Het bureau is gehuisvest in een gebouw dat centraal in de regio ligt en goed bereikbaar is. Overleggen vinden zo "
        "veel mogelijk plaats op de scholen zelf, zodat medewerkers van het samenwerkingsverband zichtbaar zijn in de "
        "praktijk. Wij werken hybride en maken gebruik van een beveiligde samenwerkingsomgeving.")

def communicatie_scholen(c):
    return [('h1', 'Samenwerking tussen besturen en scholen')] + P(
        "De kracht van het samenwerkingsverband ligt in de samenwerking tussen de aangesloten besturen. Deze besturen "
        "verschillen in omvang, denominatie en werkwijze, maar delen de overtuiging dat passend onderwijs alleen samen kan "
        "worden gerealiseerd. In het bestuurlijk overleg worden afspraken gemaakt over gezamenlijke thema's en worden "
        "ervaringen uitgewisseld.",
        "Op het niveau van de scholen werken directeuren en intern begeleiders samen in regionale netwerken. Daar worden "
        "casussen besproken, ontwikkelingen gedeeld en afspraken gemaakt over samenwerking in de wijk of kern. Nieuwe "
        "directeuren en intern begeleiders krijgen een introductieprogramma, zodat zij snel hun weg vinden in het "
        "samenwerkingsverband.",
        "Het samenwerkingsverband verstuurt maandelijks een digitale nieuwsbrief aan alle schoolteams, organiseert twee keer "
        "per jaar een regiobijeenkomst voor directeuren en houdt een kennisbank bij met handreikingen en voorbeelden uit de "
        "praktijk. Zo ontstaat een gedeeld beeld van wat er in de regio gebeurt en waar scholen elkaar kunnen versterken.",
        "Wij merken dat de samenwerking het sterkst is waar scholen elkaar fysiek ontmoeten. Daarom blijven wij investeren in "
        "ontmoeting, ook nu digitale middelen veel mogelijk maken. Elk schooljaar sluiten wij af met een gezamenlijke "
        "studiedag voor alle aangesloten scholen rond een actueel thema.")

def toc(items):
    return [('h1', 'Inhoudsopgave')] + [('p', f"{t} .......... {i + 3}") for i, t in enumerate(items)]

# ---------------------------------------------------------------- plan 1 (PO, docx)
C1 = dict(naam='Samenwerkingsverband Passend Primair Linge en Waal', code='PO 25-91', periode='2026-2030',
          artikel='18a van de Wet op het primair onderwijs', gemeenten='Lingedal, Waalhoven en Beesterveld',
          besturen=11, scholen=64, leerlingen='11.400', ll=['11.720', '11.560', '11.410'],
          bestuurder='drs. M.A. van Dongen')

def plan1():
    c = C1
    b = [('title', f"Ondersteuningsplan {c['periode']}"), ('p', c['naam'] + ' – ' + c['code']),
         ('p', 'Vastgesteld door het bestuur op 24 maart 2026, na instemming van de OPR op 12 maart 2026'), ('pb', None)]
    b += toc(['Voorwoord', '1. Inleiding en leeswijzer', '2. Context en kengetallen', '3. Missie, visie en ambities',
              '4. Basisondersteuning en extra ondersteuning', '5. Toelaatbaarheid en terugplaatsing',
              '6. Dekkend aanbod en thuiszitters', '7. Kwaliteit en resultaten', '8. Communicatie',
              '9. Geld en middelen', 'Organisatie, governance en medezeggenschap', 'Samenwerking met gemeenten (OOGO)',
              'Personeel en professionalisering', 'Privacy, ICT en gegevensbeheer', 'Planning en jaarcyclus',
              'Bijlage: begrippenlijst en afkortingen'])
    b += voorwoord(c) + inleiding(c) + terugblik(c) + context(c, table=True) + visie(c)
    b += [('h1', '4. Basisondersteuning en extra ondersteuning')] + P(
        "Basisondersteuning is de ondersteuning die iedere school binnen ons samenwerkingsverband ten minste biedt, op iedere "
        "vestiging, onder regie van de school en zo nodig met inzet van preventieve en licht curatieve interventies. De besturen "
        "hebben het niveau van de basisondersteuning in 2025 gezamenlijk opnieuw vastgesteld. Het is het afgesproken minimum: "
        "een school mag meer bieden, maar nooit minder.",
        "Concreet kunnen ouders en leerlingen op iedere school in ons samenwerkingsverband het volgende verwachten:")
    for li in ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de leerlingenzorg coördineert;",
               "een cyclus van handelingsgericht werken met minimaal drie groepsbesprekingen per jaar en een leerlingvolgsysteem;",
               "aanpassingen voor leerlingen met dyslexie en dyscalculie volgens de landelijke protocollen;",
               "een anti-pestprogramma en een aangewezen aanspreekpunt voor sociale veiligheid;",
               "aanbod voor leerlingen die meer uitdaging nodig hebben (verrijking, compacten) en voor leerlingen met een "
               "eigen leerlijn, vastgelegd in een OPP;",
               "fysieke toegankelijkheid van ten minste één vestiging per bestuur voor leerlingen met een beperking;",
               "een groeidocument dat samen met ouders wordt opgesteld zodra de school een leerling bespreekt in het ondersteuningsteam."]:
        b.append(('li', li))
    b += P("Iedere school legt in haar schoolondersteuningsprofiel vast hoe zij aan deze standaard voldoet. Het samenwerkingsverband "
           "bespreekt het profiel eens per twee jaar met de school tijdens een kwaliteitsgesprek en maakt verbeterafspraken als "
           "onderdelen onvoldoende zijn gerealiseerd.",
           "Wanneer de basisondersteuning niet volstaat, kan de school extra ondersteuning inzetten. Dat gebeurt in de eerste plaats "
           "met het eigen schoolbudget en de expertise van het bestuur. Daarnaast kan de school een beroep doen op het "
           "expertiseteam van het samenwerkingsverband en op bovenschoolse arrangementen, zoals de taalklas, de "
           "observatiegroep en de plusklas. De ondersteuning is zo ingericht dat er een doorgaande lijn is van basis via extra "
           "naar specialistische ondersteuning in sbo en so; scholen, expertiseteam en speciale scholen vormen samen één "
           "ondersteuningscontinuüm.")
    b += [('h1', '5. Toelaatbaarheid en terugplaatsing')] + P(
        "Soms heeft een leerling meer nodig dan een reguliere school kan bieden. Dan kan het schoolbestuur een "
        "toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so).",
        "De procedure verloopt als volgt. Stap 1: de school bespreekt de leerling in het ondersteuningsteam, waarin ouders, de "
        "intern begeleider en de consulent van het samenwerkingsverband zitting hebben. Stap 2: het schoolbestuur dient de "
        "aanvraag digitaal in bij de Commissie Toelaatbaarheid, met het groeidocument, het OPP en de zienswijze van ouders. "
        "Stap 3: twee deskundigen – een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige "
        "zoals een maatschappelijk werker of jeugdarts – brengen ieder een eigen schriftelijk advies uit. Stap 4: de commissie "
        "neemt namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag een besluit.",
        "Een leerling is toelaatbaar wanneer aan de volgende criteria is voldaan: de school heeft de basisondersteuning en "
        "extra ondersteuning aantoonbaar en ten minste een half jaar planmatig ingezet en geëvalueerd; de "
        "onderwijsbehoeften van de leerling overstijgen wat de reguliere school, ook met arrangement, kan bieden; en het "
        "sbo of so kan naar verwachting wel in die behoeften voorzien. Bij so wordt daarnaast de bekostigingscategorie "
        "(laag, midden of hoog) bepaald op basis van de ondersteuningsbehoefte.",
        "Een TLV voor het sbo geldt in de regel twee schooljaren, een TLV voor het so ten hoogste drie schooljaren. Tegen een "
        "besluit kunnen ouders bezwaar maken bij het bestuur; het bestuur vraagt daarover advies aan de Landelijke "
        "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
        "Uiterlijk in het laatste jaar van de TLV bespreekt de sbo- of so-school in het multidisciplinair overleg of de leerling "
        "terug kan naar het regulier onderwijs. De school van plaatsing neemt hiertoe het initiatief en nodigt ouders en de "
        "consulent van het samenwerkingsverband uit. Wanneer terugplaatsing aan de orde is, stellen de s(b)o-school, de "
        "ontvangende basisschool en ouders gezamenlijk een overdrachtsplan op; de leerling wordt uiterlijk op 1 juni "
        "aangemeld bij de ontvangende school, zodat plaatsing per 1 augustus kan ingaan. Is voortzetting nodig, dan vraagt de "
        "school vóór 1 april een nieuwe TLV aan. De TLV eindigt op de einddatum die erin vermeld staat.")
    b += [('h1', '6. Dekkend aanbod en thuiszitters')] + P(
        "Ons aanbod bestaat uit drie lagen: de basisondersteuning op iedere school, arrangementen van het "
        "samenwerkingsverband binnen de reguliere school (onder meer de taalklas op twee locaties, de plusklas, de "
        "observatiegroep van twaalf weken) en het specialistisch aanbod van twee sbo-scholen en drie so-scholen in de regio. "
        "Tussen de scholen bestaan afspraken over het delen van expertise, bijvoorbeeld via ambulante begeleiding vanuit het so.",
        "Wij realiseren ons dat het aanbod nog niet voor ieder kind passend is. Het samenwerkingsverband gaat de komende "
        "periode onderzoeken hoe een sluitende aanpak voor thuiszitters en leerlingen zonder passende plek eruit kan zien. "
        "Een analyse van mogelijke witte vlekken in het aanbod en een aanpak daarvoor worden in de loop van 2027 uitgewerkt in "
        "een afzonderlijke notitie, die ter instemming aan de OPR wordt voorgelegd.")
    b += [('h1', '7. Kwaliteit en resultaten')] + P(
        "Kwaliteit is voor ons geen doel op zich, maar een middel om het onderwijs aan leerlingen te verbeteren. Wij werken "
        "aan een cultuur waarin we van elkaar leren en elkaar durven aanspreken. Het bestuur legt in het jaarverslag "
        "verantwoording af aan de raad van toezicht.",
        "De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Het laatste onderzoek vond plaats in "
        "2023; de inspectie oordeelde dat het bestuur de financiële continuïteit waarborgt. De resultaten van passend "
        "onderwijs zijn uiteindelijk zichtbaar in de klas, en daar ligt ook de eerste verantwoordelijkheid. Het "
        "samenwerkingsverband wil een lerende organisatie zijn en gaat in gesprek met besturen over de vraag welke informatie "
        "daarvoor nodig is.")
    b += [('h1', '8. Communicatie')] + P(
        "Goede communicatie is een voorwaarde voor draagvlak. Wij communiceren met scholen via een maandelijkse nieuwsbrief en "
        "via netwerkbijeenkomsten. Met besturen is er regulier overleg in de AV.",
        "Ouders informeren wij over de ondersteuningsmogelijkheden via onze website, waar per school het "
        "schoolondersteuningsprofiel te vinden is, en via een ouderbrochure 'Passend onderwijs in Linge en Waal' die iedere "
        "school bij de intake aan nieuwe ouders meegeeft. Twee keer per jaar organiseren wij een informatieavond voor ouders "
        "over onder meer arrangementen en de toelaatbaarheidsprocedure. Ook de schoolgids van iedere school bevat een "
        "paragraaf over de basisondersteuning en de extra ondersteuning.",
        "Ouders die vragen hebben, het niet eens zijn met de school of behoefte hebben aan onafhankelijk advies, kunnen terecht "
        "bij het Ouder- en Jeugdsteunpunt Rivierenland, dat onafhankelijk van de scholen en het samenwerkingsverband werkt. "
        "Daarnaast kunnen zij gebruikmaken van de onderwijsconsulenten en van de landelijke Geschillencommissie passend "
        "onderwijs. De klachtenregeling van het samenwerkingsverband staat op de website.")
    b += [('h1', '9. Geld en middelen')] + P(
        "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een groot deel daarvan is "
        "al vastgelegd door de verplichte afdrachten voor so-leerlingen en de groeiregeling voor het sbo.",
        "De verdeling van de vrij besteedbare middelen gebeurt volgens het verdeelmodel dat de AV in 2025 heeft vastgesteld: "
        "iedere school ontvangt een schoolbudget van € 135 per leerling op basis van het leerlingenaantal op 1 oktober van "
        "het voorgaande jaar, aangevuld met een vaste voet van € 7.500 per school. Bovenschoolse arrangementen worden "
        "centraal bekostigd; aanvragen worden door het expertiseteam getoetst aan de criteria van de arrangementenregeling. "
        "Scholen verantwoorden de inzet van het schoolbudget jaarlijks in een korte rapportage.")
    b.append(('table', [['Meerjarenbegroting (x € 1.000)', '2026', '2027', '2028', '2029'],
                        ['Baten ondersteuningsmiddelen', '9.840', '9.710', '9.600', '9.520'],
                        ['Afdrachten so en sbo', '5.910', '5.880', '5.860', '5.840'],
                        ['Schoolbudgetten', '1.990', '1.970', '1.950', '1.930'],
                        ['Bovenschoolse arrangementen', '1.150', '1.120', '1.100', '1.080'],
                        ['Bureau en expertiseteam', '860', '850', '840', '830'],
                        ['Resultaat', '-70', '-110', '-150', '-160']]))
    b += P("De begroting is bewust licht negatief, omdat het samenwerkingsverband zijn reserve afbouwt tot het niveau van "
           "de signaleringswaarde van de inspectie.")
    b += doorgaande_lijnen(c) + inclusie(c) + governance(c) + oogo(c) + vervoer(c) + personeel(c) + kennis(c) + communicatie_scholen(c) + bedrijfsvoering(c) + ict(c) + ontwikkelingen(c) + planning(c)
    b += begrippen(c, [['Basisondersteuning', 'Het afgesproken minimumniveau van ondersteuning op iedere school'],
                       ['Arrangement', 'Afgebakend pakket extra ondersteuning voor een leerling of groep'],
                       ['Dekkend aanbod', 'Geheel van voorzieningen waardoor iedere leerling een passende plek heeft'],
                       ['Terugplaatsing', 'Overstap van sbo/so naar het regulier onderwijs'],
                       ['Resultaten', 'Beoogde en bereikte opbrengsten van het onderwijs aan leerlingen met ondersteuningsbehoefte'],
                       ['Ouder- en jeugdsteunpunt', 'Onafhankelijk steunpunt voor ouders en jeugdigen']])
    return b

L1 = dict(sector='po', elements=dict(basisondersteuning='present', plaatsing='present', terugstroom='partial',
          financien='present', **{'dekkend-aanbod': 'partial'}, resultaten='missing', ouders='present'),
          criteria={'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True, 'plaatsing.procedure': True,
                    'plaatsing.criteria': True, 'terugstroom.procedure': True, 'terugstroom.beleid': False,
                    'financien.verdeling': True, 'financien.besteding': True, 'dekkend-aanbod.continuum': True,
                    'dekkend-aanbod.lacunes': False, 'resultaten.doelen': False, 'resultaten.monitoring': False,
                    'ouders.informatie': True, 'ouders.steunpunt': True},
          advisory={'basisondersteuning': ['borging'], 'plaatsing': ['deskundigen', 'duur-categorie', 'bezwaar'],
                    'financien': ['reserves', 'verantwoording'], 'ouders': ['betrokkenheid'],
                    'dekkend-aanbod': ['ketenpartners']},
          notes={'basisondersteuning': 'H4 defines the agreed minimum per vestiging and lists concrete provisions; SOP review = borging.',
                 'plaatsing': 'H5 steps 1-4, Commissie Toelaatbaarheid, 6 weeks, three criteria, two deskundigen, duration, LBT bezwaar.',
                 'terugstroom': 'Return procedure sits at the end of H5 (TLV chapter): last-year MDO, overdrachtsplan, 1 June/1 Aug; no policy aims/conditions/support after return.',
                 'financien': 'H9 "Geld en middelen": EUR 135 per leerling + vaste voet, meerjarenbegroting table.',
                 'dekkend-aanbod': 'H6 describes three-layer continuum; gaps/thuiszitters only deferred ("gaat onderzoeken", "in de loop van 2027 uitgewerkt").',
                 'resultaten': 'H7 "Kwaliteit en resultaten" is generic: no intended results, no monitoring of pupil results; begrippenlijst entry is a trap.',
                 'ouders': 'Parent information and Ouder- en Jeugdsteunpunt are inside H8 "Communicatie".'})

# ---------------------------------------------------------------- plan 2 (PO, pdf)
C2 = dict(naam='Stichting Samenwerkingsverband De Kempenbrug', code='PO 30-77', periode='2026-2030',
          artikel='18a WPO', gemeenten='Bergeijkerveld, Eersel-Noord en Veldhoven-West',
          besturen=8, scholen=52, leerlingen='8.900', ll=['9.150', '9.020', '8.910'], bestuurder='J.P.M. Hendriks MBA')

def plan2():
    c = C2
    b = [('title', 'Ondersteuningsplan 2026 – 2030 "Samen sterk voor elk kind"'), ('p', c['naam'] + ' | ' + c['code']), ('pb', None)]
    b += toc(['Voorwoord', '1. Inleiding en leeswijzer', '2. Context en kengetallen', '3. Missie, visie en ambities',
              '4. Ondersteuningsstructuur en basisondersteuning', '5. Toewijzing: toelaatbaarheid sbo en so',
              '6. Terugplaatsing en overplaatsing', '7. Een dekkend netwerk', '8. Resultaten en kwaliteitszorg',
              '9. Ouders', '10. Financiën en meerjarenbegroting', 'Organisatie, governance en medezeggenschap',
              'Samenwerking met gemeenten (OOGO)', 'Personeel en professionalisering', 'Planning en jaarcyclus',
              'Bijlage: begrippenlijst en afkortingen'])
    b += voorwoord(c) + inleiding(c) + terugblik(c) + context(c) + visie(c)
    b += [('h1', '4. Ondersteuningsstructuur en basisondersteuning')] + P(
        "Binnen De Kempenbrug onderscheiden wij drie niveaus: basisondersteuning, extra ondersteuning en specialistische "
        "ondersteuning. Basisondersteuning is het door alle besturen vastgestelde niveau van ondersteuning dat iedere "
        "basisschool, op iedere locatie, aan al haar leerlingen biedt. Het is de ondergrens waaraan elke school in het "
        "samenwerkingsverband zich heeft verbonden.",
        "De precieze inhoud van de basisondersteuning is beschreven in de Kwaliteitskaart Basisondersteuning De Kempenbrug, "
        "die als bijlage 2 bij dit plan hoort en op onze website staat. Deze kaart wordt in het eerste planjaar samen met de "
        "intern begeleiders geactualiseerd in het licht van de landelijke norm basisondersteuning.",
        "Extra ondersteuning wordt geboden door de school, waar nodig met een arrangement van het samenwerkingsverband. "
        "Specialistische ondersteuning vindt plaats in het sbo of so.")
    b += [('h1', '5. Toewijzing: toelaatbaarheid sbo en so')] + P(
        "Het samenwerkingsverband beslist op aanvraag van het schoolbestuur over de toelaatbaarheid van leerlingen tot het "
        "speciaal basisonderwijs en het speciaal onderwijs. De aanvraag wordt ingediend bij het Loket Toewijzing, nadat de "
        "school de leerling heeft besproken in een multidisciplinair overleg met ouders.",
        "Het loket controleert binnen vijf werkdagen of het dossier volledig is. Vervolgens brengen een orthopedagoog en een "
        "tweede deskundige afzonderlijk advies uit. De directeur-bestuurder besluit binnen zes weken; in spoedgevallen binnen "
        "tien werkdagen. Ouders ontvangen een afschrift van de adviezen en van het besluit. Bezwaar kan worden ingediend bij "
        "het bestuur, dat advies vraagt aan de Landelijke Bezwaaradviescommissie.",
        "De criteria op basis waarvan een leerling toelaatbaar wordt verklaard, worden in 2026 in overleg met de "
        "sbo- en so-scholen herijkt. Tot die tijd hanteert het loket de bestaande werkwijze. De herijkte criteria volgen in "
        "een addendum bij dit plan.")
    b += [('h1', '6. Terugplaatsing en overplaatsing')] + P(
        "Wij vinden dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Ons uitgangspunt is dat een leerling "
        "terugkeert naar het regulier onderwijs zodra dat in het belang van het kind verantwoord is. Voorwaarden zijn dat de "
        "ontvangende school de benodigde ondersteuning kan bieden en dat ouders instemmen. Na terugplaatsing ontvangt de "
        "ontvangende basisschool gedurende één schooljaar een terugplaatsingsarrangement van € 3.500 en begeleiding door de "
        "ambulant begeleider van de speciale school.",
        "Procedure: jaarlijks evalueert de sbo- of so-school het OPP met ouders. In het laatste jaar van de TLV beslist de "
        "commissie van begeleiding uiterlijk 1 februari of terugplaatsing mogelijk is. Is dat het geval, dan meldt de "
        "speciale school de leerling samen met ouders aan bij een basisschool, en vindt een warme overdracht plaats. Het "
        "Loket Toewijzing wordt geïnformeerd. Is terugplaatsing niet mogelijk, dan vraagt de speciale school vóór 1 maart een "
        "nieuwe TLV aan; anders eindigt de TLV van rechtswege.",
        "In schooljaar 2024-2025 keerden 14 leerlingen vanuit het sbo en 3 vanuit het so terug naar het basisonderwijs.")
    b += [('h1', '7. Een dekkend netwerk')] + P(
        "Ons aanbod vormt een doorlopende lijn: basisondersteuning op elke school, extra ondersteuning met arrangementen "
        "(individueel en groepsgewijs), de Kempenklas voor hoogbegaafde leerlingen, de Schakelklas voor nieuwkomers, twee "
        "sbo-scholen en so-voorzieningen van cluster 3 en 4. Scholen werken in drie regionale clusters samen.",
        "Om te weten of het netwerk dekkend is, houden wij een thuiszittersregistratie bij samen met de leerplichtambtenaren. "
        "Elke leerling die langer dan vier weken zonder passend onderwijs thuis zit, wordt besproken in het Doorbraakoverleg, "
        "waarin het samenwerkingsverband, leerplicht, jeugdhulp en het schoolbestuur binnen twee weken een plan maken. "
        "Signalen over ontbrekend aanbod worden jaarlijks geanalyseerd; op basis daarvan is in 2024 de Schakelklas gestart. "
        "Het bestuur dat een leerling aangemeld krijgt, blijft zorgplicht houden totdat een passende plek is gevonden.")
    b += [('h1', '8. Resultaten en kwaliteitszorg')] + P(
        "Wij formuleren voor de planperiode de volgende beoogde resultaten voor leerlingen met een ondersteuningsbehoefte:")
    b.append(('table', [['Beoogd resultaat', 'Indicator', 'Nulmeting 2024', 'Streefwaarde 2030'],
                        ['Leerlingen met extra ondersteuning ontwikkelen zich volgens het OPP', '% OPP-doelen behaald', '68%', '80%'],
                        ['Geen leerling langer dan 3 maanden thuis', 'aantal langdurige thuiszitters', '6', '0'],
                        ['Thuisnabij onderwijs', 'deelname sbo+so', '3,9%', '3,5%'],
                        ['Tevredenheid ouders over ondersteuning', 'rapportcijfer ouderpeiling', '7,1', '7,6']]))
    b += P("Wij monitoren deze indicatoren twee keer per jaar in een kwaliteitsdashboard op basis van de gegevens van "
           "scholen, het loket en DUO. De directeur-bestuurder rapporteert de bereikte resultaten in het jaarverslag en "
           "bespreekt ze met de AV, de raad van toezicht en de OPR. Op basis daarvan worden in het jaarplan bijsturingsacties "
           "vastgelegd. Eens per twee jaar voeren wij een audit uit op een steekproef van scholen.")
    b += [('h1', '9. Ouders')] + P(
        "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij vanaf het begin "
        "betrokken worden bij de ondersteuning, bijvoorbeeld bij het opstellen en evalueren van het OPP.",
        "Ouders worden geïnformeerd over de ondersteuningsmogelijkheden via de schoolgids van de school, via de ouderpagina "
        "op onze website en via de jaarlijkse ouderavond 'Passend onderwijs in de Kempen'. Het Loket Toewijzing is telefonisch "
        "bereikbaar voor informatievragen over de toelaatbaarheidsprocedure.",
        "Voor onafhankelijke ondersteuning van ouders wordt in 2026 in samenwerking met de gemeenten een ouder- en "
        "jeugdsteunpunt ingericht. De vorm daarvan is nog in ontwikkeling.")
    b += [('h1', '10. Financiën en meerjarenbegroting')] + P(
        "De middelen worden verdeeld volgens het principe 'het geld volgt de leerling, de expertise volgt de school'. Na aftrek "
        "van de afdrachten voor sbo en so en de kosten van het bureau wordt 70% van de middelen als schoolbudget aan de "
        "besturen toegekend op basis van het aantal leerlingen op 1 oktober, en 30% ingezet voor arrangementen die op "
        "aanvraag worden toegekend door het Loket Toewijzing, getoetst aan de arrangementcriteria.",
        "De meerjarenbegroting 2026-2029 wordt na vaststelling van de rijksbekostiging opgesteld en volgt. Bedragen: p.m.")
    b.append(('table', [['Begroting', '2026', '2027', '2028', '2029'],
                        ['Baten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Lasten', 'p.m.', 'p.m.', 'p.m.', 'p.m.']]))
    b += doorgaande_lijnen(c) + inclusie(c) + governance(c) + oogo(c) + vervoer(c) + personeel(c) + kennis(c) + communicatie_scholen(c) + bedrijfsvoering(c) + ontwikkelingen(c) + planning(c)
    b += begrippen(c, [['Basisondersteuning', 'Het afgesproken niveau van ondersteuning dat elke school biedt'],
                       ['Kwaliteitskaart', 'Overzicht van de inhoud van de basisondersteuning'],
                       ['Toelaatbaarheidscriteria', 'Criteria voor toelaating tot sbo en so'],
                       ['Meerjarenbegroting', 'Begroting voor vier jaar'],
                       ['Ouder- en jeugdsteunpunt', 'Onafhankelijke vraagbaak voor ouders en jeugdigen']])
    return b

L2 = dict(sector='po', elements=dict(basisondersteuning='partial', plaatsing='partial', terugstroom='present',
          financien='partial', **{'dekkend-aanbod': 'present'}, resultaten='present', ouders='partial'),
          criteria={'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': False, 'plaatsing.procedure': True,
                    'plaatsing.criteria': False, 'terugstroom.procedure': True, 'terugstroom.beleid': True,
                    'financien.verdeling': True, 'financien.besteding': False, 'dekkend-aanbod.continuum': True,
                    'dekkend-aanbod.lacunes': True, 'resultaten.doelen': True, 'resultaten.monitoring': True,
                    'ouders.informatie': True, 'ouders.steunpunt': False},
          advisory={'plaatsing': ['deskundigen', 'bezwaar'], 'terugstroom': ['monitoring'],
                    'resultaten': ['meetbaar'], 'ouders': ['betrokkenheid'], 'dekkend-aanbod': ['ketenpartners']},
          notes={'basisondersteuning': 'H4 defines the agreed minimum level; content only in absent bijlage 2 / website Kwaliteitskaart.',
                 'plaatsing': 'H5 procedure with loket, deskundigen, 6 weeks, bezwaar; criteria deferred to 2026 addendum.',
                 'terugstroom': 'H6: policy (conditions, EUR 3.500 arrangement) and procedure (1 Feb, 1 March, TLV ends) plus 2024-25 figures.',
                 'financien': 'H10 gives 70/30 verdeling; meerjarenbegroting is p.m./"volgt".',
                 'dekkend-aanbod': 'H7 continuum plus thuiszittersregistratie, Doorbraakoverleg, gap analysis, zorgplicht.',
                 'resultaten': 'H8 target table and dashboard/jaarverslag monitoring.',
                 'ouders': 'H9 informs parents; independent steunpunt only "wordt ingericht", "in ontwikkeling".'})

# ---------------------------------------------------------------- plan 3 (VO, docx)
C3 = dict(naam='Samenwerkingsverband VO Zuiderdelta', code='VO 29-12', periode='2026-2030',
          artikel='2.47 van de Wet voortgezet onderwijs 2020', gemeenten='Zuiderdelta, Hoekeveer en Oostwatering',
          besturen=6, scholen=21, leerlingen='14.300', ll=['14.480', '14.390', '14.300'], bestuurder='mr. E.F. Kooistra')

def plan3():
    c = C3
    b = [('title', f"Ondersteuningsplan {c['periode']}"), ('p', c['naam'] + ' (' + c['code'] + ')'), ('pb', None)]
    b += toc(['Voorwoord', '1. Inleiding en leeswijzer', '2. Context en kengetallen', '3. Missie, visie en ambities',
              '4. Het ondersteuningsaanbod', '4.1 Basisondersteuning', '4.2 Extra ondersteuning en OPDC',
              '4.3 Toelaatbaarheid vso', '4.4 Lwoo en praktijkonderwijs', '4.5 Terugplaatsing en overplaatsing',
              '5. Thuiszitters en dekkend aanbod', '6. Kwaliteit en opbrengsten', '7. Ouders en leerlingen',
              '8. Financieel beleid', 'Organisatie, governance en medezeggenschap', 'Samenwerking met gemeenten (OOGO)',
              'Personeel en professionalisering', 'Privacy, ICT en gegevensbeheer', 'Planning en jaarcyclus',
              'Bijlage: begrippenlijst en afkortingen'])
    b += voorwoord(c) + inleiding(c) + terugblik(c) + context(c) + visie(c)
    b += [('h1', '4. Het ondersteuningsaanbod'), ('h2', '4.1 Basisondersteuning')] + P(
        "De besturen in Zuiderdelta hebben afgesproken dat iedere vestiging voor voortgezet onderwijs, ongeacht schoolsoort, "
        "hetzelfde minimumniveau van ondersteuning biedt. Dat niveau is vastgelegd in de 'Standaard basisondersteuning VO "
        "Zuiderdelta' en is opgenomen in onderstaande tabel. Scholen leggen in hun schoolplan vast hoe zij de standaard invullen.")
    b.append(('table', [['Onderdeel', 'Wat elke vestiging minimaal biedt'],
                        ['Ondersteuningsstructuur', 'ondersteuningscoördinator, mentor met ten minste 1 uur mentoraat per week, zorg- en adviesteam (ZAT) minstens 6x per jaar'],
                        ['Leren', 'faalangstreductietraining, studievaardigheden, dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen'],
                        ['Gedrag en welbevinden', 'time-outvoorziening, anti-pestcoördinator, aanbod sociale vaardigheden'],
                        ['Samenwerking', 'schoolmaatschappelijk werk en jeugdarts (GGD) op afroep, contact met leerplicht'],
                        ['Planmatig werken', 'OPP voor iedere leerling met extra ondersteuning, jaarlijkse evaluatie met ouders en leerling']]))
    b += [('h2', '4.2 Extra ondersteuning en OPDC')] + P(
        "Waar de basisondersteuning niet volstaat, biedt de school extra ondersteuning in de vorm van arrangementen: "
        "Trajectvoorziening op iedere school, het Rebound-programma, het Orthopedagogisch-didactisch centrum (OPDC) "
        "De Overstap voor tijdelijke plaatsing van ten hoogste één jaar, en tenslotte het vso van cluster 3 en 4. Zo is er een "
        "samenhangend geheel van voorzieningen binnen en tussen de scholen.")
    b += [('h2', '4.3 Toelaatbaarheid vso')] + P(
        "Het schoolbestuur vraagt een TLV voor het vso aan bij de Commissie Toewijzing Zuiderdelta (CTZ). De aanvraag bevat "
        "het OPP, een verslag van het overleg met ouders en leerling, en de adviezen van twee deskundigen (een orthopedagoog "
        "of GZ-psycholoog en een tweede deskundige). De CTZ beslist binnen vier weken na ontvangst van een volledig dossier. "
        "Een TLV wordt afgegeven voor de duur van twee schooljaren, tenzij de onderwijsbehoefte een kortere of langere duur "
        "rechtvaardigt; de bekostigingscategorie is in de regel laag.",
        "Criteria: de leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte de mogelijkheden van de reguliere "
        "school en het OPDC overstijgt, (b) dat blijkt uit ten minste twee geëvalueerde handelingscycli, en (c) het vso naar "
        "verwachting een passend perspectief biedt op vervolgonderwijs, arbeid of dagbesteding.")
    b += [('h2', '4.4 Lwoo en praktijkonderwijs')] + P(
        "Voor het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en leerachterstanden van ten minste "
        "drie jaar op twee domeinen, waaronder begrijpend lezen of rekenen). Het samenwerkingsverband hanteert voor lwoo de "
        "landelijke criteria. De basisschool meldt de leerling vóór 1 februari aan via het digitale overdrachtssysteem; de CTZ "
        "besluit vóór 15 april, zodat de leerling bij de aanmelding op de vo-school duidelijkheid heeft.")
    b += [('h2', '4.5 Terugplaatsing en overplaatsing')] + P(
        "Het samenwerkingsverband werkt in 2026 met de vso-scholen een nieuwe regeling terugplaatsing uit. Deze wordt na "
        "instemming van de OPR als addendum aan dit plan toegevoegd. Tot die tijd wordt per leerling bekeken wat passend is.")
    b += [('h1', '5. Thuiszitters en dekkend aanbod')] + P(
        "Het samenwerkingsverband heeft, samen met de gemeenten, een Thuiszitterstafel ingericht. Iedere leerling die "
        "(dreigt) thuis te zitten wordt binnen tien schooldagen aangemeld door de school of de leerplichtambtenaar; de tafel "
        "wijst een casusregisseur aan die binnen vier weken met een plan komt. Knelpunten die daarbij zichtbaar worden – "
        "bijvoorbeeld het ontbreken van een onderwijs-zorgarrangement voor jongeren met ernstige angstklachten – worden "
        "ieder half jaar aan het bestuur gerapporteerd en leiden zo nodig tot nieuw aanbod.")
    b += [('h1', '6. Kwaliteit en opbrengsten')] + P(
        "Voor leerlingen met een ondersteuningsbehoefte streven wij de volgende resultaten na: ten minste 90% van de "
        "leerlingen met een OPP stroomt door naar het volgende leerjaar of behaalt een diploma of certificaat; het aantal "
        "leerlingen dat zonder startkwalificatie uitstroomt daalt met een kwart; geen enkele leerling zit langer dan drie "
        "maanden thuis.",
        "Op welke wijze wij de resultaten gaan meten en hoe daarover wordt gerapporteerd, is onderwerp van een "
        "monitoringskader dat in het eerste jaar van de planperiode wordt ontwikkeld met de kwaliteitsmedewerkers van de "
        "besturen.")
    b += [('h1', '7. Ouders en leerlingen')] + P(
        "Ouders en leerlingen zijn gesprekspartner bij het opstellen van het OPP. Leerlingen hebben hoorrecht. Wij vinden het "
        "belangrijk dat ouders de weg weten, en communiceren via meerdere kanalen.",
        "Bij vragen of onvrede kunnen ouders en leerlingen terecht bij het Onafhankelijk Ouder- en Jeugdsteunpunt "
        "Zuiderdelta (telefonisch, per e-mail en op inloopspreekuren), dat onafhankelijk van scholen adviseert. Komen partijen er "
        "samen niet uit, dan kan een onderwijsconsulent worden ingeschakeld of een geschil worden voorgelegd aan de "
        "Geschillencommissie passend onderwijs.")
    b += [('h1', '8. Financieel beleid')] + P(
        "Het financieel beleid is samengevat in onderstaande tabellen.")
    b.append(('table', [['Verdeelmodel', 'Grondslag', 'Bedrag'],
                        ['Schoolbudget basis', 'per leerling op 1 oktober t-1', '€ 95'],
                        ['Schoolbudget ondersteuning', 'per leerling met OPP', '€ 1.250'],
                        ['Lwoo', 'per leerling met lwoo-aanwijzing', 'doorbetaling rijksbedrag'],
                        ['OPDC-plaats', 'per geplaatste leerling per jaar', '€ 9.800']]))
    b.append(('table', [['Meerjarenbegroting (x € 1.000)', '2026', '2027', '2028', '2029'],
                        ['Baten lichte ondersteuning', '4.220', '4.190', '4.150', '4.110'],
                        ['Baten zware ondersteuning', '7.980', '7.920', '7.860', '7.800'],
                        ['Afdracht vso', '5.300', '5.260', '5.230', '5.200'],
                        ['Schoolbudgetten', '3.150', '3.120', '3.100', '3.080'],
                        ['OPDC en Rebound', '2.450', '2.450', '2.400', '2.400'],
                        ['Thuiszitterstafel en bureau', '1.210', '1.190', '1.180', '1.160']]))
    b += doorgaande_lijnen(c) + inclusie(c) + governance(c) + oogo(c) + vervoer(c) + personeel(c) + kennis(c) + communicatie_scholen(c) + bedrijfsvoering(c) + ict(c) + ontwikkelingen(c) + planning(c)
    b += begrippen(c, [['Basisondersteuning', 'Standaard ondersteuning op iedere vestiging'],
                       ['CTZ', 'Commissie Toewijzing Zuiderdelta'],
                       ['Lwoo / PrO', 'Leerwegondersteunend onderwijs / praktijkonderwijs'],
                       ['OPDC', 'Orthopedagogisch-didactisch centrum'],
                       ['Terugplaatsing', 'Overstap van vso naar regulier voortgezet onderwijs na afloop van de TLV'],
                       ['Steunpunt', 'Ouder- en jeugdsteunpunt']])
    return b

L3 = dict(sector='vo', elements=dict(basisondersteuning='present', plaatsing='present', terugstroom='missing',
          financien='present', **{'dekkend-aanbod': 'present'}, resultaten='partial', ouders='partial'),
          criteria={'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True, 'plaatsing.procedure': True,
                    'plaatsing.criteria': True, 'terugstroom.procedure': False, 'terugstroom.beleid': False,
                    'financien.verdeling': True, 'financien.besteding': True, 'dekkend-aanbod.continuum': True,
                    'dekkend-aanbod.lacunes': True, 'resultaten.doelen': True, 'resultaten.monitoring': False,
                    'ouders.informatie': False, 'ouders.steunpunt': True},
          advisory={'plaatsing': ['deskundigen', 'duur-categorie'], 'resultaten': ['meetbaar'],
                    'ouders': ['betrokkenheid'], 'dekkend-aanbod': ['ketenpartners']},
          notes={'basisondersteuning': '4.1: agreed minimum per vestiging; content only in a table.',
                 'plaatsing': '4.3 vso procedure/criteria (CTZ, 4 weeks) and 4.4 pro criteria, lwoo procedure with dates.',
                 'terugstroom': '4.5 heading exists but only defers ("werkt in 2026 uit", "per leerling bekeken"); begrippenlijst entry is a trap.',
                 'financien': 'H8 is only tables: verdeelmodel amounts and meerjarenbegroting.',
                 'dekkend-aanbod': '4.2 continuum (trajectvoorziening, Rebound, OPDC, vso) and H5 Thuiszitterstafel with gap reporting.',
                 'resultaten': 'H6 gives intended results; measuring/reporting deferred to a monitoringskader still to be developed.',
                 'ouders': 'H7 names the Ouder- en Jeugdsteunpunt and consulenten, but says only "via meerdere kanalen" about informing parents.'})

# ---------------------------------------------------------------- plan 4 (VO, pdf)
C4 = dict(naam='Stichting Passend Voortgezet Onderwijs Heuvelland-Maas', code='VO 31-05', periode='2026-2030',
          artikel='2.47 WVO 2020', gemeenten='Heuvelland, Maasvallei en Geuldal',
          besturen=5, scholen=17, leerlingen='10.800', ll=['11.020', '10.930', '10.810'], bestuurder='drs. R.J.G. Frissen')

def plan4():
    c = C4
    b = [('title', f"Ondersteuningsplan {c['periode']}"), ('p', c['naam'] + ' – ' + c['code']),
         ('p', 'Versie ter instemming OPR'), ('pb', None)]
    b += toc(['Voorwoord', '1. Inleiding en leeswijzer', '2. Context en kengetallen', '3. Missie, visie en ambities',
              '4. Basisondersteuning en schoolondersteuningsprofielen', '5. Toewijzing van ondersteuning',
              '6. Van vso terug naar regulier', '7. Geen kind buiten beeld', '8. Resultaten',
              '9. Middelen', 'Organisatie, governance en medezeggenschap', 'Samenwerking met gemeenten (OOGO)',
              'Personeel en professionalisering', 'Privacy, ICT en gegevensbeheer', 'Planning en jaarcyclus',
              'Bijlage: begrippenlijst en afkortingen'])
    b += voorwoord(c) + inleiding(c) + terugblik(c) + context(c) + visie(c)
    b += [('h1', '4. Basisondersteuning en schoolondersteuningsprofielen')] + P(
        "Basisondersteuning is een belangrijk begrip in passend onderwijs. Iedere school in Heuvelland-Maas beschrijft in het "
        "eigen schoolondersteuningsprofiel welke ondersteuning zij biedt. De profielen zijn te raadplegen op de websites van de "
        "scholen. Het samenwerkingsverband volgt de landelijke ontwikkelingen rond de norm voor basisondersteuning en komt "
        "daar te zijner tijd op terug.")
    b += [('h1', '5. Toewijzing van ondersteuning')] + P(
        "Een leerling kan toelaatbaar worden verklaard tot het voortgezet speciaal onderwijs wanneer aan alle volgende "
        "voorwaarden is voldaan: de school heeft de ondersteuning volgens het OPP ten minste twee perioden van tien weken "
        "uitgevoerd en geëvalueerd; een arrangement binnen de school of in de Tussenvoorziening heeft onvoldoende effect "
        "gehad of is niet passend; en de leerling heeft een intensieve, langdurige ondersteuningsbehoefte op het gebied van "
        "gedrag, leren of lichamelijke of verstandelijke ontwikkeling die alleen in een vso-setting kan worden beantwoord. "
        "Voor lwoo en pro gelden de landelijke criteria.",
        "Hoe een aanvraag wordt ingediend en wie daarover beslist, is vastgelegd in het Handboek Toewijzing (bijlage 5). "
        "Aanvragen kunnen worden ingediend via de website.")
    b += [('h1', '6. Van vso terug naar regulier')] + P(
        "Het samenwerkingsverband wil dat leerlingen niet langer in het vso verblijven dan nodig is. Ons beleid is dat bij "
        "iedere leerling in het vso het perspectief op terugkeer naar het regulier voortgezet onderwijs of naar een mbo-opleiding "
        "actief wordt onderzocht. Voorwaarden voor terugplaatsing zijn een stabiel functioneren gedurende ten minste een half "
        "jaar en een ontvangende school die de ondersteuning uit het OPP kan bieden. Na terugplaatsing kan de ontvangende "
        "school een nazorgarrangement van ten hoogste twintig weken aanvragen.",
        "Werkwijze: de commissie van begeleiding van de vso-school evalueert het OPP twee keer per jaar. Zes maanden voor "
        "het aflopen van de TLV neemt de vso-school contact op met het samenwerkingsverband. De consulent van het "
        "samenwerkingsverband zoekt een ontvangende school; de ontvangende school beslist over toelating "
        "en de overstap vindt bij voorkeur plaats na een proefplaatsing van zes weken. Indien terugplaatsing niet "
        "verantwoord is, vraagt de vso-school een verlenging van de TLV aan.")
    b += [('h1', '7. Geen kind buiten beeld')] + P(
        "Wij willen dat iedere jongere in de regio onderwijs volgt. Samen met leerplicht en de gemeenten houden wij maandelijks "
        "een overzicht bij van jongeren die thuiszitten of dreigen uit te vallen. Voor iedere jongere die langer dan vier weken "
        "thuiszit, wordt door het samenwerkingsverband een trajectbegeleider ingezet. Wanneer blijkt dat voor een groep "
        "leerlingen geen passend aanbod bestaat, onderzoekt het samenwerkingsverband met de besturen hoe dat aanbod in de "
        "regio kan worden gerealiseerd; zo is in 2025 de Tussenvoorziening Geuldal gestart voor jongeren met een combinatie "
        "van psychiatrische problematiek en onderwijsachterstand. Besturen nemen hun zorgplicht serieus en melden jaarlijks "
        "hoe vaak een aangemelde leerling niet binnen tien weken kon worden geplaatst.")
    b += [('h1', '8. Resultaten')] + P(
        "Beoogde resultaten voor de planperiode zijn: (1) het percentage leerlingen met extra ondersteuning dat het "
        "voortgezet onderwijs verlaat met een diploma of startkwalificatie stijgt van 71% naar 78%; (2) het aantal "
        "thuiszitters langer dan drie maanden daalt van 19 naar maximaal 8; (3) 85% van de leerlingen in een "
        "Tussenvoorziening stroomt binnen een jaar door naar een passende school.",
        "Wij volgen deze resultaten met de Monitor Passend Onderwijs Heuvelland-Maas, die twee keer per jaar wordt gevuld met "
        "gegevens uit de leerlingadministraties, het verzuimregister en DUO. De bereikte resultaten worden gerapporteerd in de "
        "halfjaarrapportage aan het bestuur en in het jaarverslag; eenmaal per jaar worden ze besproken in een "
        "kwaliteitsdialoog met iedere school.")
    b += [('h1', '9. Middelen')] + P(
        "Het samenwerkingsverband besteedt zijn middelen aan de afdrachten voor vso, het lwoo en pro, de Tussenvoorziening, "
        "de trajectbegeleiding en het bureau. De meerjarenbegroting geeft het volgende beeld.")
    b.append(('table', [['x € 1.000', '2026', '2027', '2028', '2029'],
                        ['Afdrachten vso', '4.820', '4.790', '4.760', '4.740'],
                        ['Lwoo en pro (doorbetaling)', '3.960', '3.900', '3.850', '3.810'],
                        ['Tussenvoorziening Geuldal', '1.150', '1.180', '1.200', '1.200'],
                        ['Trajectbegeleiding thuiszitters', '410', '410', '420', '420'],
                        ['Middelen naar scholen', '2.300', '2.280', '2.250', '2.230'],
                        ['Bureau', '780', '790', '800', '810']]))
    b += P("Over de wijze waarop de middelen naar scholen onder de scholen worden verdeeld, wordt in het eerste planjaar "
           "een besluit genomen; tot dat moment wordt de huidige praktijk voortgezet.",
           "Het weerstandsvermogen ligt binnen de signaleringswaarde van de inspectie.")
    b += doorgaande_lijnen(c) + inclusie(c) + governance(c, ouders_in_opr=False) + oogo(c) + vervoer(c) + personeel(c) + kennis(c) + communicatie_scholen(c) + bedrijfsvoering(c) + ict(c) + ontwikkelingen(c) + planning(c)
    strip = [" Ouders zijn partners en ervaringsdeskundigen als het gaat om hun kind.",
             " Waar in dit plan 'ouders' staat, bedoelen wij ook verzorgers en voogden.",
             "leerlingen, ouders en leerkrachten", ]
    b = [(k, v.replace(strip[0], '').replace(strip[1], '').replace(strip[2], 'leerlingen en leerkrachten'))
         if isinstance(v, str) else (k, v) for k, v in b]
    b += begrippen(c, [['Basisondersteuning', 'Het niveau van ondersteuning dat iedere school biedt'],
                       ['Dekkend aanbod', 'Voor iedere leerling een passende plek'],
                       ['OJSP', 'Ouder- en jeugdsteunpunt'],
                       ['Tussenvoorziening', 'Tijdelijke voorziening tussen regulier en vso']])
    return b

L4 = dict(sector='vo', elements=dict(basisondersteuning='missing', plaatsing='partial', terugstroom='present',
          financien='partial', **{'dekkend-aanbod': 'partial'}, resultaten='present', ouders='missing'),
          criteria={'basisondersteuning.niveau': False, 'basisondersteuning.inhoud': False, 'plaatsing.procedure': False,
                    'plaatsing.criteria': True, 'terugstroom.procedure': True, 'terugstroom.beleid': True,
                    'financien.verdeling': False, 'financien.besteding': True, 'dekkend-aanbod.continuum': False,
                    'dekkend-aanbod.lacunes': True, 'resultaten.doelen': True, 'resultaten.monitoring': True,
                    'ouders.informatie': False, 'ouders.steunpunt': False},
          advisory={'terugstroom': [], 'financien': ['reserves'], 'resultaten': ['meetbaar'], 'dekkend-aanbod': ['ketenpartners']},
          notes={'basisondersteuning': 'H4 only refers to the schools\' SOPs/websites and defers ("te zijner tijd"); nothing on level or content.',
                 'plaatsing': 'H5 gives vso criteria; procedure only in absent "Handboek Toewijzing (bijlage 5)" / website.',
                 'terugstroom': 'H6 "Van vso terug naar regulier": policy (aims, conditions, nazorgarrangement) and steps (6 months before end, proefplaatsing).',
                 'financien': 'H9 meerjarenbegroting with amounts; verdeling among schools deferred to first planjaar.',
                 'dekkend-aanbod': 'H7 thuiszitters/gap approach and zorgplicht; no description of the coherent set of provisions (only Tussenvoorziening mentioned).',
                 'resultaten': 'H8 targets with figures and Monitor, halfjaarrapportage, jaarverslag.',
                 'ouders': 'No chapter or text on informing parents or independent support; OJSP only in begrippenlijst; OPR paragraph does not mention parents.'})

# ---------------------------------------------------------------- plan 5 (PO, md)
C5 = dict(naam='Samenwerkingsverband Passend Onderwijs Noordelijke Veenkoloniën', code='PO 20-62', periode='2026-2030',
          artikel='18a WPO', gemeenten='Veendijk, Stadskanaal-Oost en Zuidbroekveld',
          besturen=7, scholen=71, leerlingen='9.600', ll=['9.910', '9.760', '9.600'], bestuurder='G. Bosscher')

def plan5():
    c = C5
    b = [('title', f"Ondersteuningsplan {c['periode']} – {c['naam']}"), ('p', f"Registratienummer {c['code']}")]
    b += toc(['Voorwoord', '1. Inleiding en leeswijzer', '2. Context en kengetallen', '3. Missie, visie en ambities',
              '4. Wat elke school biedt', '5. Het ondersteuningscontinuüm', '6. Toelaatbaarheid en terugplaatsing',
              '7. Sturen op resultaten', '8. Ouders als partner', 'Organisatie, governance en medezeggenschap',
              'Samenwerking met gemeenten (OOGO)', 'Personeel en professionalisering', 'Planning en jaarcyclus',
              'Bijlage: begrippenlijst en afkortingen'])
    b += voorwoord(c) + inleiding(c) + terugblik(c) + context(c) + visie(c)
    b += [('h1', '4. Wat elke school biedt')] + P(
        "Alle schoolbesturen hebben zich verbonden aan één gezamenlijk niveau van basisondersteuning. Dat betekent dat een "
        "ouder, waar het kind ook naar school gaat binnen ons gebied, op iedere locatie ten minste het volgende aantreft: "
        "een intern begeleider die bereikbaar is voor ouders; een vast ondersteuningsteam met de schoolcontactpersoon van het "
        "samenwerkingsverband en de jeugdverpleegkundige; een aanbod voor leerlingen met lees- en rekenproblemen, waaronder "
        "RT-achtige begeleiding in kleine groepjes; een aanpak voor sociale veiligheid; aanbod voor meer- en hoogbegaafde "
        "leerlingen binnen de groep; en het werken met een OPP voor leerlingen met een eigen leerlijn.",
        "Dit niveau is de 'vloer': scholen kunnen meer bieden, en beschrijven dat in hun schoolgids.")
    b += [('h1', '5. Het ondersteuningscontinuüm')] + P(
        "Bovenop de basisondersteuning kent ons samenwerkingsverband de volgende treden: (1) extra ondersteuning in de eigen "
        "school met een arrangement; (2) bovenschoolse voorzieningen zoals de Veenklas (gedrag), de Taalbrug (nieuwkomers) en "
        "de Denkplaats (hoogbegaafden); (3) het speciaal basisonderwijs op drie locaties; (4) het speciaal onderwijs "
        "cluster 3 en 4. Scholen in dezelfde kern werken samen in zes dorpsclusters, zodat expertise tussen scholen wordt gedeeld.",
        "Iedere maand bespreekt het Casusoverleg Passende Plek de leerlingen voor wie nog geen passend aanbod is gevonden of "
        "die (dreigen) thuis te zitten. De leerplichtambtenaar neemt standaard deel. Het casusoverleg rapporteert elk kwartaal "
        "aan de directeur-bestuurder welke soorten aanbod ontbreken; daarover wordt in het bestuur besloten. Zo is in 2025 "
        "besloten tot uitbreiding van de Veenklas. Het schoolbestuur waar de leerling is aangemeld, houdt zorgplicht.")
    b += [('h1', '6. Toelaatbaarheid en terugplaatsing')] + P(
        "Voor toelaatbaarheidsverklaringen voor sbo en so verwijzen wij naar de Regeling Toelaatbaarheid op onze website. "
        "Deze regeling wordt in de loop van 2026 geactualiseerd.",
        "Wat terugplaatsing betreft, is ons beleid dat iedere leerling in sbo of so een reëel perspectief op terugkeer naar "
        "de basisschool in de eigen woonplaats moet hebben als dat in het belang van het kind is. Terugplaatsing is mogelijk "
        "wanneer de ondersteuningsbehoefte zodanig is afgenomen dat een basisschool met een arrangement kan voorzien, en "
        "ouders daarmee instemmen. De ontvangende school krijgt na terugplaatsing een jaar lang begeleiding van de "
        "Veenklas-ambulant begeleider.")
    b += [('h1', '7. Sturen op resultaten')] + P(
        "Het samenwerkingsverband werkt met een kwaliteitscyclus. Elk jaar in november leveren de scholen gegevens aan over het "
        "aantal arrangementen, de verwijzingen naar sbo en so, de doorstroom naar het voortgezet onderwijs en de ervaringen van "
        "ouders. Het bureau bundelt deze gegevens in de Kwaliteitsmonitor, die in januari in het bestuur, de AV en de OPR "
        "wordt besproken. Over de bereikte resultaten wordt verslag gedaan in het jaarverslag. Bij opvallende afwijkingen "
        "voert de beleidsmedewerker kwaliteit een verdiepend gesprek met het schoolbestuur.",
        "Welke resultaten het samenwerkingsverband de komende jaren precies wil bereiken, bepalen wij na de eerste "
        "Kwaliteitsmonitor van deze planperiode.")
    b += [('h1', '8. Ouders als partner')] + P(
        "Ouders kennen hun kind het best. Scholen betrekken ouders bij het OPP en bij iedere bespreking in het "
        "ondersteuningsteam.",
        "Wij informeren ouders via de ouderwebsite 'Passend in de Veenkoloniën' met per school de ondersteuningsmogelijkheden, "
        "via een jaarlijkse ouderkrant die alle scholen in oktober meegeven, en via de schoolgidsen. Bij aanmelding krijgen "
        "ouders de folder 'Wat mag ik verwachten?'.",
        "Voor onafhankelijke hulp kunnen ouders contact opnemen met het Ouder- en Jeugdsteunpunt Groningen-Oost, dat "
        "kosteloos advies geeft en kan bemiddelen. Ook is de onderwijsconsulent bereikbaar. Het steunpunt geeft het "
        "samenwerkingsverband twee keer per jaar een geanonimiseerd beeld van de vragen van ouders.")
    b += doorgaande_lijnen(c) + inclusie(c) + governance(c) + oogo(c) + vervoer(c) + personeel(c) + kennis(c) + communicatie_scholen(c) + bedrijfsvoering(c) + ontwikkelingen(c) + planning(c)
    b += begrippen(c, [['Basisondersteuning', 'Gezamenlijk minimumniveau van ondersteuning'],
                       ['Toelaatbaarheidsverklaring', 'Besluit over toelating tot sbo of so'],
                       ['Verdeelmodel', 'Regels voor de verdeling van de ondersteuningsmiddelen over de scholen'],
                       ['Meerjarenbegroting', 'Begroting van het samenwerkingsverband voor vier jaar']])
    return b

L5 = dict(sector='po', elements=dict(basisondersteuning='present', plaatsing='missing', terugstroom='partial',
          financien='missing', **{'dekkend-aanbod': 'present'}, resultaten='partial', ouders='present'),
          criteria={'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': True, 'plaatsing.procedure': False,
                    'plaatsing.criteria': False, 'terugstroom.procedure': False, 'terugstroom.beleid': True,
                    'financien.verdeling': False, 'financien.besteding': False, 'dekkend-aanbod.continuum': True,
                    'dekkend-aanbod.lacunes': True, 'resultaten.doelen': False, 'resultaten.monitoring': True,
                    'ouders.informatie': True, 'ouders.steunpunt': True},
          advisory={'ouders': ['betrokkenheid'], 'dekkend-aanbod': ['ketenpartners']},
          notes={'basisondersteuning': 'H4 "Wat elke school biedt": agreed floor on every locatie with concrete list.',
                 'plaatsing': 'H6 only refers to the Regeling Toelaatbaarheid on the website, being updated in 2026.',
                 'terugstroom': 'H6 gives the policy (aim, conditions, support after return) but no steps/actors/moments.',
                 'financien': 'No chapter on money; verdeelmodel/meerjarenbegroting only in begrippenlijst; OOGO filler mentions financing of jeugdprofessionals only in passing.',
                 'dekkend-aanbod': 'H5 continuum and Casusoverleg Passende Plek with gap reporting and zorgplicht.',
                 'resultaten': 'H7 describes monitoring (Kwaliteitsmonitor, jaarverslag) but defers the intended results.',
                 'ouders': 'H8 ouderwebsite, ouderkrant, folder; Ouder- en Jeugdsteunpunt and onderwijsconsulent.'})

# ---------------------------------------------------------------- near-miss: notitie herijking toewijzingsbeleid
def notitie():
    c = C1
    b = [('title', 'Notitie herijking toewijzingsbeleid'),
         ('p', f"{c['naam']} ({c['code']}) – ter bespreking in de algemene vergadering van 18 november 2025"),
         ('h1', '1. Aanleiding')] + P(
        "In het ondersteuningsplan 2022-2026 is afgesproken dat het toewijzingsbeleid halverwege de planperiode wordt "
        "geëvalueerd. Deze notitie bevat de uitkomsten van die evaluatie en doet voorstellen voor de herijking van de "
        "toewijzing van arrangementen en toelaatbaarheidsverklaringen. De voorstellen worden, na bespreking in de AV en na "
        "advies van de OPR, verwerkt in het nieuwe ondersteuningsplan. Deze notitie is zelf geen ondersteuningsplan en "
        "vervangt geen onderdeel daarvan.",
        "Directe aanleiding is de stijging van het aantal aanvragen voor een TLV so met 22% in twee jaar, de lange "
        "doorlooptijden bij arrangementaanvragen en signalen van ouders en scholen dat de procedure als bureaucratisch wordt "
        "ervaren.")
    b += [('h1', '2. Evaluatie huidige werkwijze')] + P(
        "Voor de evaluatie zijn 31 dossiers geanalyseerd, zijn gesprekken gevoerd met twaalf intern begeleiders, vier "
        "directeuren van sbo- en so-scholen, de leden van de Commissie Toelaatbaarheid en een vertegenwoordiging van ouders "
        "uit de OPR. Ook is een korte enquête uitgezet onder alle scholen (respons 58%).")
    b.append(('table', [['Bevinding', 'Toelichting'],
                        ['Doorlooptijd', 'gemiddeld 7,4 weken tussen aanvraag en besluit, norm is 6 weken'],
                        ['Dossiervorming', 'scholen leveren dubbele informatie aan (groeidocument en OPP)'],
                        ['Deskundigenadvies', 'in 9 van de 31 dossiers was het tweede advies summier'],
                        ['Terugplaatsing', 'in slechts 4 dossiers is bij het aflopen van de TLV terugplaatsing serieus onderzocht'],
                        ['Arrangementen', 'scholen ervaren de criteria als onduidelijk']]))
    b += P("Scholen waarderen de deskundigheid van de consulenten en het feit dat ouders vroeg worden betrokken. Zij geven "
           "aan dat de administratieve last drempelverhogend werkt, met name voor kleine scholen. Ouders noemen de "
           "informatievoorziening over de procedure voor verbetering vatbaar.",
           "Opvallend is dat de instroom in het so vooral afkomstig is uit enkele kernen. Of dat verband houdt met het "
           "ontbreken van bovenschoolse voorzieningen in die kernen, vraagt nader onderzoek.")
    b += [('h1', '3. Voorstellen')] + P(
        "Voorstel 1 – één groeidocument: het OPP en het groeidocument worden samengevoegd, zodat scholen informatie één keer "
        "aanleveren. Voorstel 2 – versnelde route: voor leerlingen die al bekend zijn bij het expertiseteam geldt een "
        "verkorte procedure met een beslistermijn van drie weken. Voorstel 3 – deskundigenadvies: de orthopedagoog en de "
        "tweede deskundige stellen ieder een eigen schriftelijk advies op, conform de jurisprudentie van de Landelijke "
        "Bezwaaradviescommissie. Voorstel 4 – terugplaatsing: in iedere TLV wordt een evaluatiemoment opgenomen halverwege "
        "de looptijd. Voorstel 5 – arrangementen: de criteria worden herschreven in begrijpelijke taal.",
        "De voorstellen hebben geen gevolgen voor de verdeling van de middelen over de scholen. De kosten van de versnelde "
        "route worden geraamd op € 40.000 per jaar en gedekt binnen de bestaande begroting van het bureau.")
    b += [('h1', '4. Vervolg')] + P(
        "Na bespreking in de AV wordt de notitie voor advies voorgelegd aan de OPR. De definitieve keuzes worden opgenomen in "
        "het ondersteuningsplan 2026-2030, waarover het OOGO met de gemeenten in het voorjaar van 2026 plaatsvindt. Besluit "
        "gevraagd van de AV: instemmen met de richting van de voorstellen 1 tot en met 5.")
    return b

# ---------------------------------------------------------------- write everything
def write_label(name, docs, lab):
    crit_order = ['basisondersteuning.niveau', 'basisondersteuning.inhoud', 'plaatsing.procedure', 'plaatsing.criteria',
                  'terugstroom.procedure', 'terugstroom.beleid', 'financien.verdeling', 'financien.besteding',
                  'dekkend-aanbod.continuum', 'dekkend-aanbod.lacunes', 'resultaten.doelen', 'resultaten.monitoring',
                  'ouders.informatie', 'ouders.steunpunt']
    el_order = ['basisondersteuning', 'plaatsing', 'terugstroom', 'financien', 'dekkend-aanbod', 'resultaten', 'ouders']
    lines = [f"documents: [{', '.join(docs)}]"]
    if lab is None:
        lines += ["sector: po", "looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:",
                  "  document: \"A 'Notitie herijking toewijzingsbeleid' of a PO verband: an evaluation/proposal memo for the AV, "
                  "explicitly not the ondersteuningsplan; it uses TLV, terugplaatsing, deskundigen, OPR, OOGO vocabulary.\""]
    else:
        lines += [f"sector: {lab['sector']}", "looks_like_plan: true",
                  "elements: {" + ', '.join(f"{e}: {lab['elements'][e]}" for e in el_order) + "}", "criteria:"]
        lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in crit_order]
        adv = {k: v for k, v in lab['advisory'].items() if v}
        lines.append("advisory_addressed:" + ("" if adv else " {}"))
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in adv.items()]
        lines.append("notes:")
        lines += [f"  {k}: {yaml.safe_dump(v, default_style=chr(34), width=10000).strip()}" for k, v in lab['notes'].items()]
    with open(os.path.join(OUT, name + '.expected.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

def main():
    jobs = [('po-linge-en-waal-ondersteuningsplan', '.docx', plan1, C1, L1),
            ('po-kempenbrug-ondersteuningsplan', '.pdf', plan2, C2, L2),
            ('vo-zuiderdelta-ondersteuningsplan', '.docx', plan3, C3, L3),
            ('vo-heuvelland-maas-ondersteuningsplan', '.pdf', plan4, C4, L4),
            ('po-veenkolonien-ondersteuningsplan', '.md', plan5, C5, L5),
            ('po-linge-en-waal-notitie-toewijzing', '.docx', notitie, C1, None)]
    for name, ext, fn, c, lab in jobs:
        blocks = fn()
        header = f"{c['naam']} – " + ('Ondersteuningsplan ' + c['periode'] if lab else 'Notitie herijking toewijzingsbeleid')
        path = os.path.join(OUT, name + ext)
        {'.docx': to_docx, '.pdf': to_pdf, '.md': to_md}[ext](blocks, path, header)
        write_label(name, [name + ext], lab)
        words = sum(len(v.split()) if isinstance(v, str) else sum(len(str(x).split()) for r in v for x in r)
                    for k, v in blocks if v)
        print(f"{name}{ext}: {words} words")

if __name__ == '__main__':
    main()
