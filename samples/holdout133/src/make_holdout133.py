#!/usr/bin/env python3
"""Generate the holdout133 test set: 5 fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt


OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2026, 3, 2, 9, 0, 0)


# ====================================================================== texts
# Block helpers: every plan is a list of (kind, content) tuples.
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", " ".join(t.split()))
def UL(*items): return ("ul", [" ".join(i.split()) for i in items])
def OL(*items): return ("ol", [" ".join(i.split()) for i in items])
def TBL(*rows): return ("table", [list(r) for r in rows])
def TOC(*lines): return ("toc", list(lines))
TITLE = lambda t: ("title", t)
SUB = lambda t: ("subtitle", t)
BR = ("pagebreak", None)


# ---------------------------------------------------------------- shared filler
# Neutral filler that real plans contain. Each function takes the plan context so that
# wording differs per verband. None of these paragraphs addresses a core criterion.

def f_governance(c, variant):
    if variant == 0:
        return [
            P(f"""{c['name']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen
            bestuur, dat vier keer per jaar vergadert en toezicht houdt op de directeur-bestuurder. Daarmee
            is de scheiding tussen bestuur en intern toezicht geregeld zoals de Code Goed Bestuur die vraagt.
            De directeur-bestuurder is belast met de dagelijkse leiding van het bureau, de voorbereiding van
            het beleid en de uitvoering van de besluiten van het algemeen bestuur. De taken en
            bevoegdheden zijn vastgelegd in de statuten, het bestuursreglement en het managementstatuut."""),
            P(f"""Het algemeen bestuur kent een auditcommissie en een remuneratiecommissie. De auditcommissie
            bespreekt de jaarrekening met de accountant en adviseert het bestuur over de begrotingscyclus;
            de remuneratiecommissie voert het jaarlijkse gesprek met de directeur-bestuurder. Het
            toezichtkader en de jaarlijkse zelfevaluatie van het bestuur zijn openbaar. Bestuurders van het
            samenwerkingsverband handelen vanuit het belang van alle leerlingen in de regio en niet alleen
            vanuit het belang van de eigen scholen; dat uitgangspunt is in het bestuursreglement
            opgenomen en komt jaarlijks terug in de zelfevaluatie."""),
        ]
    return [
        P(f"""{c['name']} is een vereniging met een algemene ledenvergadering (ALV) en een Raad van
        Toezicht. De leden zijn de schoolbesturen met een of meer vestigingen in de regio. De ALV stelt de
        statuten vast, benoemt de leden van de Raad van Toezicht en keurt het jaarverslag goed. De Raad van
        Toezicht houdt toezicht op de directeur-bestuurder, is werkgever van de directeur-bestuurder en
        benoemt de accountant. Het toezichtkader, het reglement Raad van Toezicht en het
        bestuursreglement zijn op de website geplaatst."""),
        P("""Naast de formele organen kent het samenwerkingsverband een directeurenoverleg waarin de
        rectoren en directeuren van de scholen elke zes weken bijeenkomen, en een netwerk van
        ondersteuningscoördinatoren. Deze overleggen hebben geen formele bevoegdheden, maar zijn de plek
        waar beleid wordt voorbereid, ervaringen worden gedeeld en knelpunten vroeg op tafel komen. De
        directeur-bestuurder zit beide overleggen voor of laat zich vertegenwoordigen door een
        beleidsmedewerker van het bureau."""),
    ]


def f_personeel(c, variant):
    if variant == 0:
        return [
            P(f"""Het bureau van {c['short']} telt ongeveer {c['fte']} fte. Er werken een
            directeur-bestuurder, een controller (gedetacheerd), beleidsmedewerkers, een
            managementassistent, orthopedagogen, trajectbegeleiders en medewerkers van het secretariaat.
            De medewerkers zijn in dienst van het samenwerkingsverband of worden gedetacheerd vanuit een
            van de aangesloten besturen. De cao VO is van toepassing. Het samenwerkingsverband voert een
            eigen integraal personeelsbeleid met jaarlijkse gesprekken, een scholingsbudget en een
            verzuimbeleid dat aansluit bij de Arbowet."""),
            P("""Voor het personeel van de scholen heeft dit plan gevolgen voor de manier van werken:
            mentoren, docenten en ondersteuningscoördinatoren krijgen te maken met handelingsgericht werken,
            met overleg in het ondersteuningsteam en met het schrijven en evalueren van
            ontwikkelingsperspectieven. De werkdruk die dit met zich meebrengt is besproken met de
            personeelsgeleding van de ondersteuningsplanraad. Afgesproken is dat de besturen de formatie
            voor ondersteuning op school zichtbaar maken in hun formatieplan."""),
        ]
    return [
        P(f"""Het bureau is klein gehouden: ongeveer {c['fte']} fte, waarvan het grootste deel bestaat uit
        consulenten en orthopedagogen die rechtstreeks voor de scholen werken. De ondersteunende taken
        (financiële administratie, salarisadministratie, ICT) zijn uitbesteed aan een administratiekantoor
        en aan het grootste aangesloten bestuur. Het samenwerkingsverband heeft geen eigen
        personeelsvertegenwoordiging; medewerkers zijn vertegenwoordigd in de medezeggenschapsraad van het
        samenwerkingsverband."""),
        P("""Het samenwerkingsverband verwacht niet dat dit plan leidt tot gedwongen ontslagen of
        herplaatsingen. Waar taken veranderen, worden medewerkers tijdig geïnformeerd en krijgen zij
        scholing aangeboden. Het personeelsbeleid van het bureau wordt jaarlijks met de
        medezeggenschapsraad besproken."""),
    ]


def f_privacy(c, variant):
    txt = [
        P(f"""Bij de uitvoering van zijn taken verwerkt {c['short']} persoonsgegevens van leerlingen, ook
        gegevens over gezondheid. Dat gebeurt op basis van de wet en alleen voor zover dat nodig is voor de
        toewijzing van ondersteuning en het advies over de ondersteuningsbehoefte van een leerling.
        Het samenwerkingsverband heeft een privacyreglement, een verwerkingsregister en een functionaris
        gegevensbescherming die wordt gedeeld met enkele aangesloten besturen. Dossiers worden
        digitaal beheerd in een beveiligde omgeving; alleen medewerkers die het dossier voor hun
        taak nodig hebben, hebben toegang. De wettelijke bewaartermijn van drie jaar na het besluit
        wordt aangehouden."""),
    ]
    if variant == 0:
        txt.append(P("""Voor het uitwisselen van gegevens tussen scholen en samenwerkingsverband wordt een
        beveiligde digitale omgeving gebruikt. E-mail met bijlagen over individuele leerlingen is niet
        toegestaan. In 2025 is een datalek gemeld bij de Autoriteit Persoonsgegevens; naar aanleiding
        daarvan zijn de autorisaties aangescherpt en hebben alle medewerkers een training
        informatiebeveiliging gevolgd."""))
    else:
        txt.append(P("""ICT is een randvoorwaarde. Het samenwerkingsverband gebruikt een
        aanvraagportaal voor scholen, een registratiesysteem voor dossiers en standaard kantoorsoftware.
        In de planperiode wordt het portaal vervangen, omdat de leverancier de huidige versie niet meer
        ondersteunt. Bij de aanbesteding is privacy by design een harde eis."""))
    return txt


def f_professionalisering(c):
    return [
        P(f"""Goed passend onderwijs staat of valt met de deskundigheid van de mensen in de school.
        {c['short']} organiseert daarom elk schooljaar een programma van netwerkbijeenkomsten, studiemiddagen
        en intervisie voor ondersteuningscoördinatoren, mentoren en teamleiders. Onderwerpen zijn onder
        meer gedrag in de klas, executieve functies, angst en somberheid, omgaan met verschillen en het
        voeren van gesprekken met leerlingen. Het programma wordt samengesteld met de scholen en is
        kosteloos voor de deelnemers. Daarnaast kunnen scholen gebruikmaken van een kennisbank met
        voorbeelden van ontwikkelingsperspectieven, gespreksformats en handreikingen."""),
        P("""Kennisdeling tussen scholen vindt vooral plaats in de netwerken. Scholen die een aanpak
        ontwikkelen die goed werkt, worden gevraagd die te presenteren. Zo is de afgelopen jaren veel
        geleerd van elkaars aanpak van schoolverzuim en van de inzet van time-out voorzieningen binnen de
        school. Het samenwerkingsverband wil die lerende cultuur de komende jaren verder versterken."""),
    ]


def f_mbo(c):
    return [
        P(f"""Voor veel leerlingen met een ondersteuningsbehoefte is de overstap naar het mbo een kwetsbaar
        moment. {c['short']} heeft met de mbo-instellingen in de regio afspraken gemaakt over een warme
        overdracht, over het gebruik van een doorstroomdossier en over het tijdig aanmelden van
        leerlingen die een intake met extra aandacht nodig hebben. De regionale doorstroomcoördinator
        bewaakt dat leerlingen niet tussen wal en schip vallen. Het praktijkonderwijs en het vso
        (uitstroomprofiel arbeid) werken daarnaast samen met werkgevers en met de gemeente aan stages
        en aan begeleiding naar werk."""),
    ]


# ====================================================================== PLAN 1
# VO, .docx, thorough. B present, P present, T partial (procedure only), F present (under
# "Geld en middelen"), D present, R present, O partial (informatie only).
C1 = dict(name="Samenwerkingsverband VO Rivierenland-Oost", short="SWV Rivierenland-Oost",
          fte="14")
P1_BLOCKS = [
    TITLE("Ondersteuningsplan 2026-2030"),
    SUB("Samenwerkingsverband VO Rivierenland-Oost (VO 26-04)"),
    SUB("Samen sterk voor elke leerling"),
    SUB("Vastgesteld door het algemeen bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad op 7 april 2026"),
    BR,
    H1("Inhoudsopgave"),
    TOC("Voorwoord 3", "Samenvatting 4", "1 Inleiding en context 5", "2 Visie en ambities 7",
        "3 Basisondersteuning 9", "4 Extra ondersteuning en het ondersteuningscontinuüm 12",
        "5 Thuiszitters en een dekkend netwerk 15", "6 Toewijzing en toelaatbaarheid 17",
        "7 Ouders en leerlingen 22", "8 Resultaten en kwaliteitszorg 24", "9 Geld en middelen 27",
        "10 Samenwerking met gemeenten en ketenpartners 31", "11 Organisatie en medezeggenschap 33",
        "12 Personeel, professionalisering en ICT 35", "Bijlage 1 Afkortingen en begrippen 37"),
    BR,
    H1("Voorwoord"),
    P("""Voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband VO Rivierenland-Oost. In
    dit plan beschrijven wij hoe de scholen voor voortgezet onderwijs in Lingedam, Waalhoven, Oostmeer en
    de omliggende dorpen samen zorgen voor passend onderwijs voor iedere leerling. Het plan is tot stand
    gekomen in een jaar waarin veel is gesproken: met schoolleiders en ondersteuningscoördinatoren, met
    mentoren, met ouders en leerlingen, met de gemeenten en met de ondersteuningsplanraad. Wij danken
    iedereen die heeft meegedacht."""),
    P("""De vorige planperiode stond in het teken van bouwen. Er kwam een regionale tussenvoorziening, de
    toewijzing van ondersteuning werd eenvoudiger en het aantal leerlingen dat zonder onderwijs thuis zat
    daalde. Tegelijk zagen wij dat de vraag naar ondersteuning bleef groeien, vooral bij leerlingen met
    psychische klachten, en dat het tekort aan leraren en jeugdhulpverleners ook ons werk raakt. Dit plan
    kiest daarom niet voor nieuwe grote bouwwerken, maar voor het versterken van wat er is: een stevige
    basis op elke school, korte lijnen naar extra ondersteuning en goede samenwerking met de jeugdhulp."""),
    P("""Het plan is geschreven voor een breed publiek. Waar het kon, hebben we het in gewone taal gehouden;
    achterin vindt u een lijst met afkortingen en begrippen. Wie vragen heeft over het plan, kan contact
    opnemen met het bureau van het samenwerkingsverband."""),
    P("""Drs. M. (Marieke) van den Akker, directeur-bestuurder"""),
    H1("Samenvatting"),
    P("""Het samenwerkingsverband wil dat iedere jongere in de regio onderwijs volgt dat bij hem of haar
    past, zo dicht mogelijk bij huis. De komende vier jaar richten wij ons op vier ambities: (1) een
    dekkende basisondersteuning op elke school, (2) snelle en passende extra ondersteuning zonder
    bureaucratie, (3) geen leerling langer dan vier weken zonder passend onderwijsaanbod en (4) een
    sluitende aanpak met de jeugdhulp. In de hoofdstukken hierna leest u wat elke school biedt, hoe de
    extra ondersteuning is georganiseerd, hoe de toelaatbaarheid tot het vso en het praktijkonderwijs
    wordt bepaald, hoe wij de middelen verdelen en hoe wij volgen of we onze doelen halen."""),
    H1("1 Inleiding en context"),
    H2("1.1 Het samenwerkingsverband"),
    P("""Het samenwerkingsverband omvat elf scholen voor voortgezet onderwijs met in totaal zestien
    vestigingen, verdeeld over zes schoolbesturen. Daaronder zijn twee scholen voor praktijkonderwijs,
    één brede scholengemeenschap met lwoo, zeven scholen met (een combinatie van) vmbo, havo en vwo en
    één school voor voortgezet speciaal onderwijs (cluster 4) met een afdeling in Lingedam en een in
    Waalhoven. Ook de vso-afdeling van een cluster-3-school uit de buurregio is aangesloten. Op 1 oktober
    2025 telde de regio 9.412 leerlingen in het voortgezet onderwijs, van wie 318 in het vso en 412 in
    het praktijkonderwijs."""),
    P("""Het werkgebied bestaat uit vijf gemeenten. Het leerlingaantal daalt de komende jaren licht,
    vooral in de kleinere kernen. Dat heeft gevolgen voor de scholen: kleine vestigingen staan onder
    druk en het aanbod kan niet overal in stand blijven. Het samenwerkingsverband houdt bij de planning
    van voorzieningen rekening met deze krimp."""),
    H2("1.2 Wettelijk kader"),
    P("""Het ondersteuningsplan is gebaseerd op artikel 17a van de Wet op het voortgezet onderwijs (nu
    artikel 2.47 en volgende van de WVO 2020). De wet schrijft voor welke onderwerpen het plan ten minste
    bevat en dat het plan ten minste eens per vier jaar wordt vastgesteld. Voor de vaststelling is
    instemming nodig van de ondersteuningsplanraad en moet op overeenstemming gericht overleg (OOGO)
    zijn gevoerd met de gemeenten. Het plan wordt vóór 1 mei 2026 aan de inspectie gezonden."""),
    H2("1.3 Hoe dit plan tot stand kwam"),
    P("""In het voorjaar van 2025 is de vorige planperiode geëvalueerd. In het najaar volgden vier
    werksessies met schoolleiders en ondersteuningscoördinatoren, twee bijeenkomsten met ouders en een
    gesprek met een groep leerlingen uit de leerlingenraden. Een eerste concept is in januari 2026
    besproken in het directeurenoverleg en met de ondersteuningsplanraad. Het OOGO met de gemeenten vond
    plaats op 3 maart 2026. De ondersteuningsplanraad stemde op 7 april 2026 in, waarna het algemeen
    bestuur het plan op 14 april 2026 vaststelde."""),
    H1("2 Visie en ambities"),
    P("""Wij geloven dat jongeren het meest leren in een omgeving die hen uitdaagt en waar zij zich
    gezien voelen. Passend onderwijs is voor ons geen apart systeem, maar de manier waarop de school
    omgaat met verschillen. Uitgangspunt is wat een leerling nodig heeft, niet wat een leerling mankeert.
    Wij werken vanuit vertrouwen in de professionals op de scholen en houden de regels zo eenvoudig
    mogelijk. Geld volgt de ondersteuningsvraag, niet andersom."""),
    P("""Onze missie is dat elke jongere in Rivierenland-Oost een ononderbroken ontwikkeling doormaakt en
    een diploma of startkwalificatie haalt, of, als dat niet haalbaar is, een duurzame plek vindt in
    werk of dagbesteding. De scholen zijn samen verantwoordelijk; geen school kan het alleen."""),
    P("""Uit die visie volgen vier ambities voor 2026-2030. Ze staan hieronder kort beschreven; de doelen
    en indicatoren die erbij horen staan in hoofdstuk 8."""),
    UL("Ambitie 1 — Een stevige basis: elke school biedt dezelfde, afgesproken basisondersteuning en maakt die zichtbaar.",
       "Ambitie 2 — Snel en dichtbij: extra ondersteuning wordt binnen vier weken na de vraag ingezet, zoveel mogelijk op de eigen school.",
       "Ambitie 3 — Niemand thuis: geen leerling zit langer dan vier weken zonder passend aanbod thuis.",
       "Ambitie 4 — Eén kind, één plan: onderwijs en jeugdhulp werken vanuit één gezamenlijk plan rond leerling en gezin."),
    H1("3 Basisondersteuning"),
    H2("3.1 Wat verstaan wij onder basisondersteuning?"),
    P("""Basisondersteuning is de ondersteuning die iedere school en iedere vestiging van het
    samenwerkingsverband biedt aan al haar leerlingen, zonder dat daarvoor een aanvraag bij het
    samenwerkingsverband nodig is. De besturen hebben het niveau van de basisondersteuning samen
    vastgesteld; het is voor alle aangesloten vo-scholen gelijk, ongeacht schoolsoort of denominatie.
    Voor het praktijkonderwijs en het vso geldt dezelfde basis, aangevuld met het specifieke aanbod van
    die scholen. Het afgesproken niveau is een minimum: scholen mogen meer bieden, niet minder."""),
    P("""De basisondersteuning is uitgewerkt in negen standaarden. Per standaard is beschreven wat een
    leerling en zijn ouders op elke school mogen verwachten. Onderstaande tabel geeft het overzicht."""),
    TBL(("Standaard", "Wat biedt elke school ten minste?"),
        ("1 Ondersteuningsstructuur", "Een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt en een vast aanspreekpunt (mentor) per leerling."),
        ("2 Mentoraat", "Elke leerling heeft een mentor die minimaal eens per zes weken een individueel gesprek voert; in leerjaar 1 wekelijks een mentoruur."),
        ("3 Dyslexie en dyscalculie", "Een protocol dyslexie en dyscalculie, faciliteiten zoals extra tijd en voorleessoftware, en een dyslexiecoach of vergelijkbare functionaris."),
        ("4 Sociaal-emotionele ontwikkeling", "Een jaarlijkse signalering (vragenlijst) in de onderbouw, een aanbod sociale vaardigheidstraining en faalangstreductietraining op school of in samenwerking met een buurschool."),
        ("5 Gedrag en veiligheid", "Een veiligheidsplan, een anti-pestcoördinator, een time-out plek binnen de school met begeleiding, en afspraken met de wijkagent en de jeugdhulp."),
        ("6 Executieve functies", "Huiswerkbegeleiding of een studie-ondersteuningsuur en begeleiding bij plannen en organiseren voor leerlingen die dat nodig hebben."),
        ("7 Medisch handelen", "Een protocol medisch handelen en aangepaste faciliteiten bij langdurige ziekte, in overleg met Ziezon en de jeugdarts."),
        ("8 Verzuim", "Verzuimregistratie volgens de regionale verzuimkaart, inzet van de jeugdarts bij ziekteverzuim (M@ZL) en melding aan leerplicht na 16 uur ongeoorloofd verzuim."),
        ("9 Planmatig werken", "Een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning krijgt, met ten minste twee evaluaties per jaar met leerling en ouders."),
        ),
    H2("3.2 Borging"),
    P("""Elke school beschrijft in de schoolgids hoe zij de negen standaarden invult. Het samenwerkingsverband
    voert eens per twee jaar met elke school een kwaliteitsgesprek over de basisondersteuning, aan de hand
    van een kwaliteitskaart die de school vooraf zelf invult. Als een school een standaard niet haalt,
    maken school en samenwerkingsverband een verbeterafspraak met een termijn van maximaal een schooljaar;
    het bestuur van de school rapporteert daarover aan het algemeen bestuur."""),
    H2("3.3 De grens tussen basis en extra"),
    P("""Wanneer een leerling meer nodig heeft dan de negen standaarden, spreken we van extra
    ondersteuning. Die kan de school zelf bieden vanuit haar schoolbudget (zie hoofdstuk 9), of aanvragen
    bij het samenwerkingsverband. De grens is in de praktijk niet altijd scherp; in het OT wordt per
    leerling besproken wat nodig is."""),
    H1("4 Extra ondersteuning en het ondersteuningscontinuüm"),
    P("""Ons ondersteuningsaanbod is opgebouwd als een continuüm in vier niveaus. Hoe zwaarder de
    ondersteuningsvraag, hoe specialistischer het aanbod. Uitgangspunt is steeds het lichtste niveau dat
    passend is, zo dicht mogelijk bij de eigen klas."""),
    H2("4.1 Niveau 1: basisondersteuning op school"),
    P("""Zie hoofdstuk 3. Dit niveau is op iedere vestiging beschikbaar."""),
    H2("4.2 Niveau 2: extra ondersteuning op school (schoolarrangement)"),
    P("""Elke school ontvangt een schoolbudget waarmee zij extra ondersteuning organiseert voor individuele
    leerlingen of groepjes leerlingen. Voorbeelden zijn een plusvoorziening voor leerlingen met autisme,
    een trajectvoorziening (rebound binnen de school), extra begeleiding door een orthopedagoog of
    remedial teacher en een aangepast rooster. De school legt de afspraken vast in het OPP. Welke
    arrangementen een school biedt, staat in haar schoolondersteuningsprofiel."""),
    H2("4.3 Niveau 3: bovenschoolse voorzieningen"),
    P("""Voor leerlingen die tijdelijk meer nodig hebben dan de eigen school kan bieden, zijn er drie
    bovenschoolse voorzieningen. Het OPDC De Brug in Lingedam biedt tijdelijke plaatsing (maximaal een
    schooljaar) voor vmbo-leerlingen met gedrags- of leerproblemen, met terugkeer naar de eigen school
    als doel. De Reboundvoorziening in Waalhoven biedt een time-out van acht tot twaalf weken voor
    leerlingen uit alle schoolsoorten. De Schakelklas Oostmeer is er voor nieuwkomers die nog geen
    Nederlands spreken en voorbereid worden op instroom in het reguliere vo of de ISK in de buurregio.
    Daarnaast is er een ambulant team van het samenwerkingsverband dat scholen ondersteunt bij
    leerlingen met complexe vragen."""),
    H2("4.4 Niveau 4: voortgezet speciaal onderwijs en praktijkonderwijs"),
    P("""Voor leerlingen die structureel een specialistische onderwijsomgeving nodig hebben, zijn er het
    vso (cluster 3 en 4) en het praktijkonderwijs. Voor plaatsing is een toelaatbaarheidsverklaring nodig
    (zie hoofdstuk 6). Het vso in de regio biedt de uitstroomprofielen vervolgonderwijs,
    arbeidsmarktgericht en dagbesteding. Voor leerlingen met een specifieke vraag die in de regio niet
    beschikbaar is, maakt het samenwerkingsverband afspraken met vso-scholen in de buurregio's."""),
    H2("4.5 Onderwijs-zorgarrangementen"),
    P("""Voor een kleine groep leerlingen is een combinatie van onderwijs en jeugdhulp nodig. Het
    samenwerkingsverband heeft met de vijf gemeenten afgesproken dat de jeugdhulp in onderwijstijd
    vanuit één budget wordt georganiseerd voor de vso-school en het OPDC. Voor andere leerlingen
    stellen school, jeugdhulp en ouders samen één plan op; de trajectbegeleider van het
    samenwerkingsverband is dan de regisseur."""),
    H1("5 Thuiszitters en een dekkend netwerk"),
    P("""Het samenwerkingsverband heeft een zorgplicht-overstijgende verantwoordelijkheid: ook als een
    school aan haar zorgplicht heeft voldaan, kan het zijn dat een leerling nergens terecht kan. Wij
    brengen daarom drie keer per jaar in kaart waar het netwerk tekortschiet. Bronnen zijn de
    thuiszittersregistratie die wij samen met de afdelingen leerplicht bijhouden, de wachtlijsten van
    het vso en het OPDC en de signalen uit het ambulant team."""),
    P("""Elke thuiszittende leerling wordt binnen twee weken na melding besproken in het regionale
    thuiszittersoverleg. Daarin zitten de leerplichtambtenaar, de trajectbegeleider van het
    samenwerkingsverband, de school en zo nodig de jeugdhulp. Het overleg maakt binnen vier weken een
    plan voor terugkeer naar onderwijs. Lukt dat niet, dan neemt de directeur-bestuurder de regie en kan
    hij een school of voorziening vragen de leerling (tijdelijk) te plaatsen; de besturen hebben
    afgesproken dat zij zo'n verzoek niet weigeren."""),
    P("""Bij de evaluatie in 2025 bleek dat er te weinig plekken zijn voor leerlingen met complexe
    angstproblematiek en voor havo/vwo-leerlingen die tijdelijk niet naar school kunnen. Het
    samenwerkingsverband start daarom in schooljaar 2026-2027 met een kleinschalige voorziening voor deze
    groep (twaalf plaatsen) en koopt daarnaast plaatsen in bij een online school voor leerlingen die
    tijdelijk thuisonderwijs op afstand nodig hebben. In 2028 wordt beoordeeld of deze aanpak voldoende is."""),
    H1("6 Toewijzing en toelaatbaarheid"),
    H2("6.1 Het Loket"),
    P("""Alle aanvragen voor extra ondersteuning vanuit het samenwerkingsverband, toelaatbaarheidsverklaringen
    (TLV) voor het vso, plaatsing in het OPDC en aanwijzingen voor lwoo en praktijkonderwijs lopen via
    één loket: het Loket Ondersteuning. Het loket is bereikbaar voor ondersteuningscoördinatoren via het
    digitale aanvraagportaal."""),
    H2("6.2 Procedure toelaatbaarheid vso"),
    P("""Een TLV voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling is
    ingeschreven of, bij een eerste aanmelding, waar de leerling is aangemeld. De aanvraag bestaat uit
    het OPP met de evaluaties van de ingezette ondersteuning, een onderwijskundig rapport, recente
    toetsgegevens en de zienswijze van de ouders (en van de leerling vanaf twaalf jaar). De procedure
    kent de volgende stappen:"""),
    OL("""Stap 1 — Voorbespreking: de ondersteuningscoördinator bespreekt de leerling met de consulent van
       het samenwerkingsverband in het OT; samen wordt bepaald of een TLV-aanvraag de passende route is.""",
       """Stap 2 — Aanvraag: de school dient de complete aanvraag in via het portaal. Het loket
       controleert binnen vijf werkdagen of het dossier compleet is.""",
       """Stap 3 — Deskundigenadvies: twee deskundigen die niet bij de aanvraag betrokken waren,
       beoordelen het dossier; de eerste is altijd een orthopedagoog of psycholoog, de tweede wordt
       gekozen naar gelang de vraag (bijvoorbeeld een jeugdarts, kinderpsychiater of maatschappelijk
       werker). Elk van hen brengt een eigen schriftelijk advies uit.""",
       """Stap 4 — Besluit: de Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na
       ontvangst van de complete aanvraag. Ouders en school ontvangen het besluit en een kopie van de
       deskundigenadviezen.""",
       """Stap 5 — Plaatsing: de vso-school beslist over de toelating van de leerling."""),
    H2("6.3 Criteria"),
    P("""Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"""),
    UL("de leerling heeft een ondersteuningsbehoefte op meerdere gebieden (leren, gedrag, sociaal-emotioneel, fysiek of medisch) die blijkt uit het OPP;",
       "de basisondersteuning en ten minste één half jaar extra ondersteuning op niveau 2 of 3 zijn aantoonbaar ingezet en geëvalueerd, of het is op voorhand duidelijk dat die niet toereikend zullen zijn (bijvoorbeeld bij een ernstige meervoudige beperking);",
       "de ondersteuningsbehoefte vraagt om een intensiteit (groepsgrootte, specialistische begeleiding, therapeutisch klimaat) die in het regulier onderwijs ook met een arrangement niet haalbaar is;",
       "beide deskundigen onderschrijven dat het vso voor deze leerling de meest passende plek is."),
    H2("6.4 Duur en bekostigingscategorie"),
    P("""Een TLV wordt afgegeven voor ten minste één en ten hoogste drie schooljaren en eindigt altijd op
    31 juli. Bij leerlingen met een ernstige meervoudige beperking kan de TLV gelden tot het einde van de
    schoolloopbaan. In het besluit staat de bekostigingscategorie: laag (categorie 1), midden (categorie
    2) of hoog (categorie 3). De categorie volgt uit de aard van de beperking: cluster 4 en ZML vallen in
    de regel onder laag, lichamelijk gehandicapt en langdurig ziek onder midden, meervoudig gehandicapt
    onder hoog."""),
    H2("6.5 Bezwaar"),
    P("""Ouders en school die het niet eens zijn met een besluit over toelaatbaarheid, kunnen bezwaar
    maken. Hoe dat werkt, is beschreven in het Reglement Toewijzing, dat op de website staat."""),
    H2("6.6 Afloop van de TLV"),
    P("""In het laatste jaar van een TLV bespreekt de vso-school uiterlijk in januari tijdens de
    OPP-evaluatie met ouders en leerling of verlenging nodig is of dat de leerling kan terugkeren naar
    het regulier voortgezet onderwijs. De vso-school nodigt daarvoor de consulent van het
    samenwerkingsverband uit. Adviseert het evaluatiegesprek terugplaatsing, dan zoekt de vso-school
    vóór 1 april met ouders een reguliere school en meldt zij de leerling daar aan; de ontvangende school
    neemt binnen zes weken een besluit. Is verlenging nodig, dan vraagt de vso-school vóór 1 maart een
    nieuwe TLV aan volgens de procedure van paragraaf 6.2. Zonder nieuwe TLV eindigt de bekostiging van
    het vso op 31 juli."""),
    P("""Een samenhangend beleid voor terug- en overplaatsing, met afspraken over de begeleiding en de
    bekostiging van de ondersteuning na terugkeer, ontbreekt nog. Wij gaan dat in het eerste planjaar
    samen met de vso-scholen en de ontvangende scholen op papier zetten."""),
    H2("6.7 Leerwegondersteunend onderwijs en praktijkonderwijs"),
    P("""Voor lwoo hanteert het samenwerkingsverband de landelijke criteria; er is geen sprake van opting
    out. De aanvraag voor een aanwijzing lwoo wordt gedaan door de vo-school waar de leerling is
    aangemeld, op basis van het onderwijskundig rapport van de basisschool en de gegevens over
    leerachterstanden en intelligentie. De Commissie Toelaatbaarheid besluit binnen vier weken. Een
    aanwijzing lwoo geldt voor de gehele duur van de vmbo-opleiding."""),
    P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en
    leerachterstanden van ten minste drie jaar op twee van de vier gebieden (begrijpend lezen,
    inzichtelijk rekenen, technisch lezen, spelling), waarvan één begrijpend lezen of inzichtelijk
    rekenen is. De TLV praktijkonderwijs wordt aangevraagd door de school voor praktijkonderwijs en
    geldt voor de duur van de opleiding."""),
    H1("7 Ouders en leerlingen"),
    P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij
    weten wat zij van de school en van het samenwerkingsverband mogen verwachten. Daarvoor gebruiken wij
    de volgende kanalen:"""),
    UL("de website van het samenwerkingsverband, met een aparte ouderpagina waarop het ondersteuningsaanbod per school, de bovenschoolse voorzieningen en de route naar extra ondersteuning in gewone taal zijn uitgelegd;",
       "de ouderbrochure 'Passend onderwijs in Rivierenland-Oost', die elke leerling in groep 8 via de basisschool ontvangt en die ook in het Engels, Arabisch en Pools beschikbaar is;",
       "twee informatieavonden per jaar voor ouders van leerlingen in groep 7 en 8, samen met het samenwerkingsverband PO;",
       "de schoolgids van elke school, waarin de school beschrijft hoe zij de basisondersteuning en haar extra ondersteuning invult."),
    P("""Leerlingen worden betrokken bij hun eigen ontwikkelingsperspectief. Vanaf de start van de
    planperiode heeft iedere leerling met een OPP het recht zijn mening te geven over het plan
    (hoorrecht); de mentor legt die mening vast. In de ondersteuningsplanraad zijn ouders en leerlingen
    samen goed voor de helft van de zetels."""),
    P("""Heeft u een klacht over het samenwerkingsverband? Kijk dan op onze website bij 'klachten'."""),
    H1("8 Resultaten en kwaliteitszorg"),
    H2("8.1 Beoogde resultaten 2026-2030"),
    P("""Bij elke ambitie horen meetbare doelen. De nulmeting is het schooljaar 2024-2025."""),
    TBL(("Ambitie", "Indicator", "Nulmeting 2024-2025", "Doel 2029-2030"),
        ("1 Stevige basis", "Aantal scholen dat alle negen standaarden haalt (kwaliteitsgesprek)", "7 van 11", "11 van 11"),
        ("2 Snel en dichtbij", "Gemiddelde doorlooptijd aanvraag extra ondersteuning", "31 werkdagen", "maximaal 20 werkdagen"),
        ("2 Snel en dichtbij", "Deelnamepercentage vso (1 oktober)", "3,4%", "ten hoogste 3,2%"),
        ("3 Niemand thuis", "Leerlingen langer dan vier weken thuis zonder aanbod", "23", "minder dan 8"),
        ("3 Niemand thuis", "Vrijstellingen op grond van art. 5a Leerplichtwet", "11", "minder dan 6"),
        ("4 Eén kind, één plan", "Tevredenheid ouders over samenwerking onderwijs-jeugdhulp (schaal 1-10)", "6,4", "7,5")),
    H2("8.2 Bereikte resultaten vorige planperiode"),
    P("""In de planperiode 2022-2026 daalde het aantal langdurig thuiszittende leerlingen van 37 naar 23.
    Het deelnamepercentage vso bleef nagenoeg gelijk (3,5% in 2022, 3,4% in 2025) en lag boven het
    landelijk gemiddelde. Het OPDC ving jaarlijks gemiddeld 48 leerlingen op, van wie 81% binnen een
    jaar terugkeerde naar een reguliere school. De doelstelling om alle scholen de basisondersteuning op
    orde te laten hebben, werd niet gehaald."""),
    H2("8.3 Hoe wij de resultaten volgen"),
    P("""Het bureau verzamelt de indicatoren twee keer per jaar (peildata 1 oktober en 1 maart) uit de
    eigen registratie, DUO-gegevens en de leerplichtadministratie. De directeur-bestuurder rapporteert
    de stand van zaken in een halfjaarrapportage aan het algemeen bestuur en de ondersteuningsplanraad.
    Eens per jaar wordt in het jaarverslag verantwoord welke resultaten zijn bereikt en welke middelen
    daarvoor zijn ingezet. Halverwege de planperiode (voorjaar 2028) vindt een tussenevaluatie plaats
    met scholen, ouders en gemeenten; de uitkomsten kunnen leiden tot bijstelling van de doelen."""),
    H1("9 Geld en middelen"),
    H2("9.1 Inkomsten"),
    P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte ondersteuning (waaronder
    de middelen voor lwoo en praktijkonderwijs) en een budget voor zware ondersteuning. Van dat laatste
    budget gaat een groot deel rechtstreeks via DUO naar het vso (de zogeheten afdrachten). Op basis van
    de begroting 2026 bedragen de totale baten ongeveer € 24,6 miljoen, waarvan € 10,8 miljoen
    rechtstreeks wordt afgedragen."""),
    H2("9.2 Verdeling over de scholen"),
    P("""De middelen die het samenwerkingsverband zelf besteedt, worden verdeeld volgens het
    verdeelmodel dat het algemeen bestuur in 2024 heeft vastgesteld. Het model kent drie delen:"""),
    UL("Schoolbudget: elke school ontvangt een vast bedrag van € 20.000 per vestiging plus € 138 per leerling op de teldatum van 1 oktober van het voorgaande jaar. Scholen met relatief veel leerlingen uit wijken met een hoge onderwijsachterstandsscore ontvangen een opslag van 10%.",
       "Arrangementen: voor leerlingen die een individueel arrangement van het samenwerkingsverband krijgen (niveau 3), kent het loket een budget toe op basis van het OPP; het normbedrag is € 4.500 per leerling per schooljaar.",
       "Voorzieningen: het OPDC, de Reboundvoorziening en de Schakelklas worden rechtstreeks door het samenwerkingsverband bekostigd op basis van een vast aantal plaatsen."),
    P("""De lwoo- en pro-middelen worden doorgegeven aan de scholen op basis van het aantal leerlingen
    met een aanwijzing lwoo of een TLV praktijkonderwijs op 1 oktober. Wijzigingen in het verdeelmodel
    worden voorgelegd aan de ondersteuningsplanraad."""),
    H2("9.3 Meerjarenbegroting"),
    TBL(("Lasten (x € 1.000)", "2026", "2027", "2028", "2029"),
        ("Afdrachten vso via DUO", "10.800", "10.650", "10.500", "10.400"),
        ("Lwoo en pro naar scholen", "6.120", "6.050", "5.980", "5.900"),
        ("Schoolbudgetten", "1.650", "1.630", "1.610", "1.590"),
        ("Arrangementen niveau 3", "1.350", "1.350", "1.300", "1.300"),
        ("Bovenschoolse voorzieningen (OPDC, Rebound, Schakelklas)", "2.480", "2.520", "2.520", "2.520"),
        ("Nieuwe voorziening angstproblematiek", "0", "380", "420", "420"),
        ("Ambulant team en trajectbegeleiding", "920", "940", "950", "950"),
        ("Bureau en bestuur", "980", "990", "1.000", "1.010"),
        ("Totaal lasten", "24.300", "24.510", "24.280", "24.090"),
        ("Totaal baten", "24.600", "24.350", "24.150", "24.000"),
        ("Resultaat", "300", "-160", "-130", "-90")),
    H2("9.4 Reserves en verantwoording"),
    P("""Eind 2025 bedroeg de algemene reserve € 2,9 miljoen. Dat is boven de signaleringswaarde van de
    inspectie. Het samenwerkingsverband begroot daarom in 2027-2029 bewust een negatief resultaat en
    zet € 1,2 miljoen uit de reserve in voor de nieuwe voorziening en het ambulant team. Scholen leggen
    jaarlijks verantwoording af over de besteding van hun schoolbudget in een vast format, dat wordt
    besproken in het kwaliteitsgesprek."""),
    H1("10 Samenwerking met gemeenten en ketenpartners"),
    P("""De vijf gemeenten in de regio zijn belangrijke partners. Het OOGO vindt twee keer per jaar plaats
    op bestuurlijk niveau en vier keer per jaar ambtelijk. Thema's zijn de aansluiting tussen onderwijs en
    jeugdhulp, thuiszitters, leerlingenvervoer, onderwijshuisvesting en de aansluiting op de
    arbeidsmarkt. Over het concept van dit plan is op 3 maart 2026 OOGO gevoerd; de gemeenten hebben
    ingestemd met de hoofdlijnen. Een verslag van het overleg is opgenomen in de stukken van het
    algemeen bestuur."""),
    P("""Met het samenwerkingsverband PO in de regio is overleg gevoerd over het concept en over de
    overstap van groep 8 naar het voortgezet onderwijs. De twee verbanden hebben een gezamenlijke
    werkgroep voor de overstap van leerlingen uit het speciaal (basis)onderwijs."""),
    *f_mbo(C1),
    H1("11 Organisatie en medezeggenschap"),
    *f_governance(C1, 0),
    P("""De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes ouders of
    leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht
    op het ondersteuningsplan en vergadert vijf keer per jaar. Het samenwerkingsverband faciliteert de
    OPR met een ambtelijk secretaris, scholing en een vergoeding voor ouder- en leerlingleden."""),
    H1("12 Personeel, professionalisering en ICT"),
    *f_personeel(C1, 0),
    *f_professionalisering(C1),
    *f_privacy(C1, 0),
    H1("Bijlage 1 Afkortingen en begrippen"),
    TBL(("Begrip", "Betekenis"),
        ("ALV", "Algemene ledenvergadering"),
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
        ("Bezwaar", "Rechtsmiddel tegen een besluit van het samenwerkingsverband."),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
        ("Lwoo", "Leerwegondersteunend onderwijs"),
        ("OJSP", "Ouder- en jeugdsteunpunt"),
        ("OOGO", "Op overeenstemming gericht overleg"),
        ("OPDC", "Orthopedagogisch-didactisch centrum"),
        ("OPP", "Ontwikkelingsperspectief(plan)"),
        ("OPR", "Ondersteuningsplanraad"),
        ("OT", "Ondersteuningsteam"),
        ("Pro", "Praktijkonderwijs"),
        ("Terugplaatsing", "Overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Vso", "Voortgezet speciaal onderwijs")),
]
P1_LABEL = """documents: [vo-rivierenland-oost-2026.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3: minimum for every vestiging, nine standards in a table (3.1), kwaliteitsgesprek/verbeterafspraak (3.2)."
  plaatsing: "H6 'Toewijzing en toelaatbaarheid': vso steps 6.2, criteria 6.3, two deskundigen, duration/category 6.4, lwoo/pro 6.7; bezwaar only referred to Reglement on website (6.5)."
  terugstroom: "Procedure hidden in 6.6 'Afloop van de TLV' (January OPP evaluation, dates, new TLV); policy explicitly not yet written ('gaan wij in het eerste planjaar op papier zetten'). 81% OPDC return in 8.2 is OPDC, not vso terugstroom."
  financien: "H9 'Geld en middelen': verdeelmodel with amounts (9.2) and meerjarenbegroting table (9.3), reserves and school accounting (9.4)."
  dekkend-aanbod: "H4 continuum in four levels plus OPDC/Rebound/Schakelklas; H5 thuiszittersoverleg, gap inventory three times a year, new voorziening from 2026-2027."
  resultaten: "H8: indicator table with nulmeting and targets, achieved results 2022-2026, half-year reporting and mid-term evaluation."
  ouders: "H7 channels (ouderpagina, brochure, avonden, schoolgids); independent help only 'kijk op onze website bij klachten'; OJSP only in glossary."
"""

PLANS_PART1 = [
    dict(stem="vo-rivierenland-oost-2026", format="docx", title="Ondersteuningsplan 2026-2030 SWV VO Rivierenland-Oost",
         author="SWV VO Rivierenland-Oost", header="Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Rivierenland-Oost",
         footer="SWV VO 26-04", blocks=P1_BLOCKS, label=P1_LABEL),
]


# ====================================================================== PLAN 2
# PO, .docx, medium. B partial (inhoud only via absent bijlage/SOP), P present, T present (inside the
# TLV chapter), F partial (begroting in absent bijlage), D present, R missing, O present (in "Communicatie").
C2 = dict(name="Stichting Samenwerkingsverband PO De Kempenrand", short="De Kempenrand", fte="9")
P2_BLOCKS = [
    TITLE("Ondersteuningsplan De Kempenrand 2026-2030"),
    SUB("Samenwerkingsverband passend primair onderwijs PO 30-09"),
    SUB("Versie na instemming OPR — maart 2026"),
    BR,
    H1("Inhoud"),
    TOC("Voorwoord", "1 Ons samenwerkingsverband", "2 Visie: elk kind een passende plek",
        "3 Ondersteuning op school", "4 Arrangementen en voorzieningen", "5 Toelaatbaarheid sbo en so",
        "6 Geld en middelen", "7 Communicatie", "8 Organisatie, medezeggenschap en privacy",
        "9 Samenwerking met gemeenten", "10 Planning 2026-2030", "Bijlagen", "Begrippenlijst"),
    BR,
    H1("Voorwoord"),
    P("""Beste lezer, voor u ligt het vierde ondersteuningsplan van De Kempenrand. Sinds de start van
    passend onderwijs in 2014 is er veel veranderd. Onze scholen hebben geleerd samen te werken, kennis te
    delen en verantwoordelijkheid te nemen voor alle kinderen in de regio, ook voor de kinderen die niet
    op hun eigen school zitten. Tegelijk blijft er genoeg te doen. Het lerarentekort raakt onze scholen
    hard, de vraag naar jeugdhulp is groot en ouders verwachten terecht dat hun kind snel de hulp krijgt
    die nodig is."""),
    P("""In dit plan laten wij zien hoe wij de komende vier jaar werken. Wij hebben ervoor gekozen het plan
    compact te houden en de uitwerking zoveel mogelijk in bijlagen en in het jaarplan op te nemen. Zo
    kunnen wij sneller bijsturen zonder het hele plan te herschrijven. Wij danken de intern begeleiders,
    directeuren, ouders en medewerkers van de gemeenten die hebben meegedacht, en in het bijzonder de
    leden van de ondersteuningsplanraad voor hun kritische vragen."""),
    P("""Jeroen Smulders, directeur-bestuurder De Kempenrand"""),
    H1("1 Ons samenwerkingsverband"),
    P("""De Kempenrand is het samenwerkingsverband voor primair onderwijs in de gemeenten Bergeijkerveld,
    Heesdonk, Lommelrode en Dalwijk. Aangesloten zijn acht schoolbesturen met samen 41 basisscholen, één
    school voor speciaal basisonderwijs (sbo De Zevensprong, met twee locaties) en de so-afdelingen van
    twee scholen voor speciaal onderwijs (cluster 3 en cluster 4). In totaal gaan er ongeveer 8.900
    kinderen naar school in onze regio. Het leerlingaantal daalt naar verwachting met ongeveer 1% per
    jaar; in de dorpskernen is de daling sterker."""),
    P("""De scholen verschillen sterk: van een dorpsschool met 48 leerlingen tot een stadse school met
    bijna 600 leerlingen, van openbaar tot protestants-christelijk en katholiek. Die verscheidenheid is
    een kracht, maar vraagt ook om heldere afspraken. Dat is precies waarvoor dit ondersteuningsplan is
    bedoeld."""),
    P("""Het samenwerkingsverband heeft vier wettelijke taken: het vaststellen van het ondersteuningsplan,
    het verdelen en toewijzen van ondersteuningsmiddelen, het beoordelen van de toelaatbaarheid tot het
    sbo en het so, en het geven van advies over de ondersteuningsbehoefte van een leerling. Daarnaast
    heeft het samenwerkingsverband de opdracht te zorgen voor een samenhangend geheel van
    ondersteuningsvoorzieningen in de regio."""),
    H1("2 Visie: elk kind een passende plek"),
    P("""Wij willen dat ieder kind in de Kempenrand zich kan ontwikkelen op een school die bij hem past,
    het liefst in de eigen wijk of het eigen dorp. Kinderen horen bij elkaar: wie kan, gaat naar de
    basisschool om de hoek, ook als er iets extra's nodig is. Waar de basisschool niet genoeg kan bieden,
    is er het sbo of het so, met zo kort mogelijke lijnen terug naar de basisschool. Wij gaan uit van de
    mogelijkheden van kinderen en van het vakmanschap van leerkrachten."""),
    P("""Drie woorden vatten onze koers samen: dichtbij, samen en eenvoudig. Dichtbij betekent dat
    ondersteuning zo veel mogelijk in de klas en op de eigen school plaatsvindt. Samen betekent dat
    school, ouders en jeugdhulp met elkaar optrekken en dat scholen elkaar helpen. Eenvoudig betekent
    dat wij geen onnodige formulieren vragen en dat de weg naar hulp voor iedereen duidelijk is."""),
    P("""Resultaatgericht werken hoort daarbij: wij willen weten of wat wij doen ook werkt. Daarover gaan
    wij in gesprek met scholen en ouders. Ook de resultaten van de scholen op de eindtoets zijn voor ons
    een belangrijke bron van informatie, maar zeker niet de enige."""),
    H1("3 Ondersteuning op school"),
    H2("3.1 Basisondersteuning"),
    P("""Alle basisscholen van De Kempenrand bieden hetzelfde, met elkaar afgesproken niveau van
    basisondersteuning. Dit niveau is vastgesteld door het bestuur van het samenwerkingsverband en geldt
    voor elke vestiging, ook voor de nevenlocaties in de kleine kernen. Het sbo en de so-scholen bieden
    de basisondersteuning eveneens, als fundament onder hun specialistische aanbod. Een school mag
    boven dit niveau uitstijgen, maar niet eronder blijven."""),
    P("""De concrete invulling van de basisondersteuning — welke interventies, welke deskundigheid en
    welke voorzieningen iedere school ten minste in huis heeft — is beschreven in het document
    'Basisondersteuning in de Kempenrand' (bijlage 2) en per school in het schoolondersteuningsprofiel.
    Het bestuur actualiseert het document eens per twee jaar."""),
    H2("3.2 De weg naar extra ondersteuning"),
    P("""Als een leerkracht zich zorgen maakt over een kind, bespreekt hij dat eerst met de intern
    begeleider van de school. Blijkt meer nodig, dan wordt het kind besproken in een
    ondersteuningsteam (OT) met de ouders en de onderwijsconsulent van het samenwerkingsverband; op
    verzoek sluiten de jeugdverpleegkundige of een medewerker van het lokale team aan. Het OT bespreekt
    wat het kind nodig heeft en wie wat doet. Ouders krijgen het verslag. Hoe de OT's per school zijn
    samengesteld en hoe vaak zij bijeenkomen, verschilt per school en staat in de schoolgids."""),
    H1("4 Arrangementen en voorzieningen"),
    H2("4.1 Het ondersteuningscontinuüm"),
    P("""Wanneer een kind meer nodig heeft dan de basisondersteuning, zijn er verschillende
    mogelijkheden. Samen vormen zij het ondersteuningscontinuüm van de Kempenrand:"""),
    UL("Extra ondersteuning op de eigen school, betaald uit het schoolbudget: bijvoorbeeld een onderwijsassistent in de groep, een verrijkingsgroep, een ‘rustplek’ of extra begeleiding bij taal of rekenen.",
       "Een arrangement van het samenwerkingsverband voor een individueel kind: de onderwijsconsulent en het OT stellen het arrangement op; het samenwerkingsverband betaalt extra begeleiding, ambulante begeleiding vanuit het so of een specialistische training.",
       "De Kempenklas: een bovenschoolse groep op twee locaties voor kinderen van groep 3 tot en met 8 met forse gedragsproblemen, die vier ochtenden per week de Kempenklas bezoeken en de overige tijd op de eigen school zijn. Een plaatsing duurt maximaal twintig weken.",
       "De Plusklas: een bovenschoolse groep, één dag per week, voor meer- en hoogbegaafde kinderen die op de eigen school onvoldoende uitdaging vinden.",
       "De Taalklas voor nieuwkomers in Heesdonk, waar kinderen maximaal een jaar intensief Nederlands leren voordat zij instromen op een basisschool.",
       "Speciaal basisonderwijs (De Zevensprong) voor kinderen die langere tijd een kleinere groep en meer specialistische begeleiding nodig hebben.",
       "Speciaal onderwijs cluster 3 (De Brink) en cluster 4 (De Horizon) voor kinderen met een verstandelijke of lichamelijke beperking, langdurige ziekte of ernstige gedragsproblemen."),
    H2("4.2 Zorgplicht en dekkend netwerk"),
    P("""Iedere school heeft zorgplicht: wanneer ouders hun kind aanmelden, zoekt de school een passende
    plek, op de eigen school of elders. Het samenwerkingsverband helpt scholen daarbij. Toch lukt het niet
    altijd om op tijd een passende plek te vinden. Daarom houdt het samenwerkingsverband samen met de
    leerplichtambtenaren een registratie bij van kinderen die (gedeeltelijk) thuiszitten, die op een
    wachtlijst staan of die een vrijstelling hebben. Elke maand bespreekt het thuiszittersoverleg (de
    directeur-bestuurder, de leerplichtambtenaren en de onderwijsconsulenten) alle kinderen op die lijst
    en wordt per kind afgesproken wie binnen welke termijn actie onderneemt."""),
    P("""Uit de registratie bleek in 2025 dat de wachtlijst van de so-school cluster 4 was opgelopen tot
    veertien kinderen. Het samenwerkingsverband heeft daarop met het bestuur van die school afgesproken
    dat per 1 augustus 2026 een extra groep start in Dalwijk. Ook bleek dat kinderen met ernstige
    angstklachten in de bovenbouw moeilijk een plek vinden; voor hen wordt in 2026-2027 een pilot met
    onderwijs-zorgarrangementen gestart met de jeugdhulpaanbieder Kempenzorg."""),
    H1("5 Toelaatbaarheid sbo en so"),
    H2("5.1 Wie vraagt aan?"),
    P("""Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het
    schoolbestuur van de school waar het kind is ingeschreven. Bij kinderen die nog niet op school
    zitten (bijvoorbeeld jonge kinderen uit een medisch kinderdagverblijf) doet het bestuur van de
    school waar het kind is aangemeld de aanvraag. De aanvraag gaat altijd vooraf door een bespreking in
    het OT, waarin ook de ouders hun mening geven."""),
    H2("5.2 Het dossier en de stappen"),
    P("""De school stuurt via het digitale portaal het groeidocument met het ontwikkelingsperspectief, de
    evaluaties van de ingezette ondersteuning, het verslag van het OT en de zienswijze van de ouders. De
    commissie toelaatbaarheid van het samenwerkingsverband (de CTO) beoordeelt de aanvraag. De CTO
    bestaat uit een orthopedagoog en een psycholoog van het samenwerkingsverband; afhankelijk van de vraag
    wordt daarnaast een jeugdarts of maatschappelijk werker geraadpleegd. De deskundigen geven ieder een
    eigen schriftelijk advies. De directeur-bestuurder neemt namens het bestuur het besluit binnen zes
    weken nadat het dossier volledig is. Ouders ontvangen een afschrift van het besluit en van de
    adviezen."""),
    H2("5.3 Wanneer is een kind toelaatbaar?"),
    P("""Een kind is toelaatbaar tot het sbo wanneer het gedurende ten minste een half jaar een arrangement
    heeft gehad op de basisschool dat is geëvalueerd en onvoldoende effect had, en wanneer het kind
    naar het oordeel van de deskundigen structureel behoefte heeft aan een kleinere groep (maximaal 16
    leerlingen) met specialistische begeleiding gedurende de hele schooldag. Een kind is toelaatbaar tot
    het so wanneer daarnaast sprake is van een ondersteuningsbehoefte die samenhangt met een
    verstandelijke beperking, een lichamelijke beperking of langdurige ziekte, of met ernstige en
    langdurige gedrags- of psychiatrische problematiek, en het kind een onderwijsaanbod nodig heeft dat
    ook het sbo niet kan bieden. Het samenwerkingsverband stelt een TLV so af voor een
    bekostigingscategorie laag, midden of hoog, afhankelijk van de beperking."""),
    H2("5.4 Duur en bezwaar"),
    P("""Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor twee
    schooljaren; voor kinderen met een ernstige meervoudige beperking voor de duur van de
    schoolloopbaan in het so. Ouders en school kunnen binnen zes weken bezwaar maken bij het bestuur van
    het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen (LBT) voordat het op het bezwaar beslist."""),
    H2("5.5 Na de TLV: terug naar de basisschool"),
    P("""Wij vinden dat een kind niet langer in het speciaal (basis)onderwijs hoort te blijven dan nodig
    is. Ons beleid is dat bij elke leerling in het sbo en so jaarlijks wordt bekeken of terugkeer naar een
    basisschool, liefst in de eigen woonplaats, mogelijk is. Terugplaatsing gebeurt alleen als de
    ontvangende school de ondersteuning kan bieden die in het OPP staat; de basisschool krijgt daarvoor
    een terugplaatsingsarrangement van het samenwerkingsverband voor de duur van een schooljaar
    (begeleiding door de sbo- of so-school en extra formatie). Ouders worden vanaf het begin betrokken."""),
    P("""De werkwijze is als volgt. In de OPP-evaluatie van februari beoordeelt de sbo- of so-school met
    ouders of terugplaatsing haalbaar is. Is dat het geval, dan meldt de school het kind vóór 15 maart aan
    bij de onderwijsconsulent. Die organiseert een overdrachtsgesprek met de beoogde basisschool, de
    ouders en de sbo/so-school. De basisschool besluit binnen zes weken over toelating. In het laatste
    jaar van een TLV so maakt de so-school bovendien altijd een terugplaatsingsadvies; is verlenging
    nodig, dan vraagt de so-school vóór 1 april een nieuwe TLV aan. Na terugplaatsing evalueren de
    basisschool en de onderwijsconsulent na zes weken en na een half jaar."""),
    P("""In 2024-2025 keerden 17 kinderen terug van het sbo naar een basisschool en 3 van het so."""),
    H1("6 Geld en middelen"),
    H2("6.1 Waar komt het geld vandaan?"),
    P("""De Kempenrand ontvangt jaarlijks van het Rijk middelen voor lichte en zware ondersteuning. Een deel
    van de middelen voor zware ondersteuning wordt door DUO rechtstreeks ingehouden voor het so en het
    sbo (afdrachten). Ook de groeibekostiging voor sbo en so op de teldatum van 1 februari wordt uit deze
    middelen betaald."""),
    H2("6.2 Hoe verdelen wij het geld?"),
    P("""De middelen die overblijven na de afdrachten worden als volgt verdeeld. 65% gaat als schoolbudget
    rechtstreeks naar de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het
    voorafgaande jaar. Elk bestuur ontvangt daarnaast per school een vaste voet van € 8.000, zodat ook
    kleine scholen een minimum aan middelen hebben. 25% blijft bij het samenwerkingsverband voor de
    individuele arrangementen, de Kempenklas, de Plusklas en de Taalklas; de onderwijsconsulent kent
    arrangementen toe op basis van het OPP. De overige 10% is bestemd voor het bureau, de
    onderwijsconsulenten en de CTO."""),
    P("""Besturen verantwoorden zich jaarlijks in een korte rapportage over de inzet van het schoolbudget:
    hoeveel leerlingen zijn bereikt, met welke soort ondersteuning, en welke bedragen zijn ingezet."""),
    H2("6.3 Begroting"),
    P("""De meerjarenbegroting wordt ieder jaar in december door het bestuur vastgesteld en is als bijlage 5
    bij dit plan gevoegd. De meerjarenbegroting voor de volledige planperiode volgt na vaststelling van
    de jaarrekening 2025."""),
    H2("6.4 Reserves"),
    P("""De algemene reserve bedroeg op 31 december 2025 € 1,4 miljoen, ongeveer 9% van de jaarlijkse
    baten. Het bestuur hanteert een bovengrens van 7,5%. Het meerdere wordt in 2026 en 2027 ingezet voor
    de extra so-groep en de pilot onderwijs-zorgarrangementen."""),
    H1("7 Communicatie"),
    H2("7.1 Communicatie met scholen"),
    P("""Scholen worden geïnformeerd via de maandelijkse nieuwsbrief voor directeuren en IB'ers, via het
    IB-netwerk en via het directeurenoverleg. Nieuwe medewerkers van scholen krijgen een introductie over
    de werkwijze van het samenwerkingsverband."""),
    H2("7.2 Informatie voor ouders"),
    P("""Voor ouders is er op de website een apart ouderdeel. Daar staat in begrijpelijke taal wat
    basisondersteuning is, welke arrangementen en voorzieningen er zijn (de Kempenklas, de Plusklas, de
    Taalklas, het sbo en het so) en hoe de weg naar extra ondersteuning loopt. Ouders van nieuwe
    leerlingen ontvangen via de school de folder 'Passend onderwijs in de Kempenrand'. De scholen
    beschrijven in hun schoolgids welke ondersteuning zij bieden. Twee keer per jaar organiseert het
    samenwerkingsverband een ouderavond in samenwerking met de oudervereniging Kempenouders, waar
    ouders vragen kunnen stellen aan de onderwijsconsulenten."""),
    H2("7.3 Onafhankelijke hulp en klachten"),
    P("""Soms zijn ouders en school het niet met elkaar eens. Ouders kunnen dan terecht bij het Ouder- en
    Jeugdsteunpunt Kempenrand, dat is ondergebracht bij de onafhankelijke stichting Kempenouders en
    bereikbaar is via telefoon en e-mail op werkdagen tussen 9 en 15 uur. Het steunpunt geeft ouders
    en kinderen gratis informatie en advies, gaat desgewenst mee naar gesprekken en wijst de weg naar de
    Onderwijsconsulenten van het ministerie en naar de Geschillencommissie passend onderwijs. Voor
    klachten over het samenwerkingsverband zelf geldt de klachtenregeling; het samenwerkingsverband is
    aangesloten bij de Landelijke Klachtencommissie van Onderwijsgeschillen."""),
    H1("8 Organisatie, medezeggenschap en privacy"),
    *f_governance(C2, 1),
    P("""De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden,
    gekozen uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op
    het ondersteuningsplan. De OPR heeft op 10 maart 2026 ingestemd met dit plan. Het
    samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau."""),
    P("""De onderwijsconsulenten zijn in dienst van het samenwerkingsverband. Zij hebben een achtergrond als
    orthopedagoog, gedragsspecialist of ervaren IB'er. Elke school heeft een vaste consulent, die
    minstens vier keer per jaar op school is. De consulenten volgen jaarlijks scholing en nemen deel aan
    intervisie. Het bureau wordt geleid door de directeur-bestuurder, ondersteund door een
    beleidsmedewerker, een secretaresse en een (extern) controller."""),
    *f_privacy(C2, 1),
    H1("9 Samenwerking met gemeenten"),
    P("""De vier gemeenten en De Kempenrand voeren twee keer per jaar bestuurlijk overleg en hebben een
    gezamenlijke agenda. Belangrijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, de rol
    van de lokale teams op school, leerlingenvervoer, voor- en vroegschoolse educatie en
    onderwijshuisvesting. Over het concept van dit plan is op 5 februari 2026 op overeenstemming gericht
    overleg gevoerd. De gemeenten vroegen extra aandacht voor thuiszitters en voor de wachtlijsten in
    de jeugdhulp; dat is verwerkt in hoofdstuk 4."""),
    P("""Met de lokale teams is afgesproken dat elke school een vaste contactpersoon heeft die minstens
    eens per maand op school aanwezig is. De jeugdverpleegkundige van de GGD sluit aan bij het OT als
    er vragen zijn over gezondheid of ontwikkeling. Met het samenwerkingsverband VO is overleg gevoerd
    over het concept; beide verbanden werken samen aan de overstap van groep 8 naar de brugklas, met
    extra aandacht voor leerlingen uit het sbo en so."""),
    H1("10 Planning 2026-2030"),
    P("""Het ondersteuningsplan wordt uitgewerkt in jaarplannen. In elk jaarplan staan de activiteiten voor
    dat schooljaar, de verantwoordelijke en de planning. Het jaarplan wordt in juni vastgesteld door het
    bestuur, na advies van de OPR."""),
    TBL(("Schooljaar", "Belangrijkste activiteiten"),
        ("2026-2027", "Start extra so-groep Dalwijk; pilot onderwijs-zorgarrangementen; actualisatie document Basisondersteuning; nieuwe website"),
        ("2027-2028", "Vervanging aanvraagportaal; uitbreiding Plusklas naar tweede locatie"),
        ("2028-2029", "Tussentijdse bijstelling van het plan; voorbereiding nieuw verdeelmodel"),
        ("2029-2030", "Voorbereiding ondersteuningsplan 2030-2034")),
    H1("Bijlagen"),
    UL("Bijlage 1 Lijst van aangesloten scholen (niet opgenomen in deze versie)",
       "Bijlage 2 Basisondersteuning in de Kempenrand",
       "Bijlage 3 Verslag OOGO 5 februari 2026",
       "Bijlage 4 Instemmingsbrief OPR",
       "Bijlage 5 Meerjarenbegroting 2026-2029"),
    P("""De bijlagen zijn op te vragen bij het bureau van het samenwerkingsverband."""),
    H1("Begrippenlijst"),
    TBL(("Begrip", "Uitleg"),
        ("Arrangement", "Een op maat gemaakt pakket extra ondersteuning voor een kind of groep."),
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."),
        ("Beoogde resultaten", "Wat het samenwerkingsverband met de ondersteuning wil bereiken."),
        ("CTO", "Commissie toelaatbaarheid"),
        ("IB'er", "Intern begeleider"),
        ("Meerjarenbegroting", "Begroting voor meer jaren vooruit."),
        ("OPP", "Ontwikkelingsperspectief"),
        ("Sbo", "Speciaal basisonderwijs"),
        ("So", "Speciaal onderwijs"),
        ("TLV", "Toelaatbaarheidsverklaring")),
]
P2_LABEL = """documents: [po-kempenrand-2026.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 states the agreed minimum for every vestiging, but the concrete content is only in 'bijlage 2' (not included) and the SOPs; 3.2 'De weg naar extra ondersteuning' is only the route (OT composition left to each schoolgids)."
  plaatsing: "H5: applicant, dossier, CTO with orthopedagoog + psycholoog, decision within six weeks (5.2), criteria sbo/so (5.3), duration and LBT bezwaar (5.4)."
  terugstroom: "Inside the TLV chapter, 5.5 'Na de TLV': policy (yearly check, thuisnabij, terugplaatsingsarrangement) and steps with dates; 17+3 returns reported."
  financien: "H6 'Geld en middelen': verdeling 65/25/10 with vaste voet (6.2) and school accounting; the begroting is only 'bijlage 5' (absent) and the multi-year budget 'volgt'; reserves 6.4."
  dekkend-aanbod: "4.1 continuum list (schoolbudget, arrangement, Kempenklas, Plusklas, Taalklas, sbo, so); 4.2 thuiszittersoverleg, wachtlijst, new so-groep and OZA pilot."
  resultaten: "No intended results and no monitoring; only value words ('resultaatgericht', eindtoets) in H2, glossary entry 'Beoogde resultaten'; the 17+3 terugplaatsingen figure belongs to terugstroom."
  ouders: "Hidden in H7 'Communicatie': ouderdeel website, folder, schoolgids, ouderavonden (7.2); Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling (7.3)."
"""

PLANS_PART2 = [
    dict(stem="po-kempenrand-2026", format="docx", title="Ondersteuningsplan De Kempenrand 2026-2030",
         author="De Kempenrand", header="De Kempenrand — Ondersteuningsplan 2026-2030",
         footer="Samenwerkingsverband PO 30-09", blocks=P2_BLOCKS, label=P2_LABEL),
]


# ====================================================================== PLAN 3
# VO, .pdf, thin "op hoofdlijnen". B present, P partial (criteria deferred), T missing, F present
# (tables only), D partial (lacunes deferred), R partial (no monitoring), O missing.
C3 = dict(name="Samenwerkingsverband VO Westkust", short="SWV Westkust", fte="6,5")
P3_BLOCKS = [
    TITLE("Koers Westkust"),
    SUB("Ondersteuningsplan op hoofdlijnen 2026-2030"),
    SUB("Samenwerkingsverband VO Westkust — VO 31-12"),
    BR,
    H1("Inhoudsopgave"),
    TOC("Voorwoord", "1 Een plan op hoofdlijnen", "2 Koers 2026-2030", "3 Basisondersteuning",
        "4 Ondersteuningsaanbod", "5 Toewijzing", "6 Financiën", "7 Kwaliteit",
        "8 Organisatie en bestuur", "9 Samenwerking met gemeenten en mbo", "10 Personeel en deskundigheid",
        "11 Privacy en ICT", "Begrippenlijst"),
    BR,
    H1("Voorwoord"),
    P("""Met dit plan zet het Samenwerkingsverband VO Westkust een nieuwe stap. Waar ons vorige plan bijna
    honderd pagina's telde, kiezen wij nu bewust voor een plan op hoofdlijnen. Scholen, ouders en
    partners gaven aan dat het oude plan te dik was om te lezen en te gedetailleerd om bij te houden.
    Dit plan beschrijft daarom wát wij willen bereiken en welke afspraken wij met elkaar maken; hóe de
    scholen dat doen, bepalen zij zelf binnen die afspraken. De uitwerking volgt in jaarplannen."""),
    P("""De Westkust is een regio met een eigen karakter: een lange kustlijn, een sterke toeristische
    sector, kleine kernen en een stad met een breed onderwijsaanbod. Veel leerlingen reizen elke dag
    lange afstanden naar school. Dat vraagt om een ondersteuningsaanbod dat dicht bij huis beschikbaar
    is. Tegelijk zien wij dat de scholen kleiner worden en dat het vinden van goed personeel lastig is.
    Samenwerken is daarom geen keuze, maar noodzaak."""),
    P("""Wij danken de schoolleiders, ondersteuningscoördinatoren en de ondersteuningsplanraad voor hun
    bijdrage aan dit plan. — Henk Dijkhuizen, directeur-bestuurder"""),
    H1("1 Een plan op hoofdlijnen"),
    P("""Het Samenwerkingsverband VO Westkust verbindt zeven schoolbesturen met samen negen scholen en
    veertien vestigingen voor voortgezet onderwijs: vmbo, havo, vwo, praktijkonderwijs en voortgezet
    speciaal onderwijs. Ruim 7.200 leerlingen gaan in onze regio naar het voortgezet onderwijs. Het
    werkgebied omvat de gemeenten Zandvoorde, Duinrade, Kaaghorst en Westerlee."""),
    P("""Een plan op hoofdlijnen betekent niet dat alles open ligt. In dit plan staan de afspraken die voor
    alle scholen gelden en de koers voor de komende vier jaar. Het plan wordt jaarlijks uitgewerkt in een
    jaarplan met een jaarbegroting. Het jaarplan wordt na instemming van de ondersteuningsplanraad
    vastgesteld door het bestuur. Zo blijft het plan actueel zonder dat het telkens helemaal herschreven
    hoeft te worden."""),
    P("""Dit plan is tot stand gekomen na een evaluatie van de vorige planperiode, drie bijeenkomsten met
    de scholen en overleg met de gemeenten. Het OOGO vond plaats op 19 februari 2026. De
    ondersteuningsplanraad heeft op 24 maart 2026 ingestemd. Het bestuur heeft het plan op 31 maart 2026
    vastgesteld. Het plan is op 8 april 2026 aan de inspectie gezonden."""),
    H1("2 Koers 2026-2030"),
    P("""Onze visie is kort: iedere leerling in de Westkust verdient onderwijs dat past, op een school in
    de buurt, met mensen die hem kennen. Leerlingen, ouders en scholen zijn daarin partners. Wij gaan uit
    van wat leerlingen kunnen en van het vakmanschap van de mensen in de school. Ons samenwerkingsverband
    is er om scholen te helpen, niet om ze te controleren."""),
    P("""Voor de planperiode hebben wij vier doelen geformuleerd. Deze doelen zijn door de scholen en het
    bestuur samen vastgesteld en zijn leidend voor de jaarplannen:"""),
    OL("""Doel 1 — In 2030 verlaat ten minste 92% van de leerlingen met extra ondersteuning het vo met een
       diploma of met een passende vervolgplek (2025: 87%).""",
       """Doel 2 — Het aantal leerlingen dat langer dan drie maanden geen onderwijs volgt, daalt van 19
       (schooljaar 2024-2025) naar minder dan 5 in 2030.""",
       """Doel 3 — Het deelnamepercentage vso daalt van 3,9% naar het landelijk gemiddelde (2025: 3,4%),
       zonder dat leerlingen tussen wal en schip vallen.""",
       """Doel 4 — Alle veertien vestigingen voldoen in 2028 aantoonbaar aan de afspraken over de
       basisondersteuning."""),
    H1("3 Basisondersteuning"),
    P("""Basisondersteuning is in de Westkust de ondersteuning die op iedere vestiging van iedere
    aangesloten school beschikbaar is, voor elke leerling, zonder aanvraag bij het samenwerkingsverband.
    De besturen hebben afgesproken dat dit niveau voor alle scholen gelijk is. Het gaat om de volgende
    acht afspraken:"""),
    UL("Elke vestiging heeft een ondersteuningscoördinator en een intern ondersteuningsteam dat leerlingen met een ondersteuningsvraag bespreekt.",
       "Elke leerling heeft een mentor; in de onderbouw zijn er wekelijks mentorlessen.",
       "Er is een dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, vergroting, voorleessoftware).",
       "De school biedt trainingen op het gebied van faalangst, sociale vaardigheden en examenvrees.",
       "Er is een time-out voorziening in de school, met begeleiding door een vaste medewerker.",
       "De school heeft een aanpak voor verzuim volgens de regionale verzuimkaart, met inzet van de jeugdarts.",
       "Er is een protocol medisch handelen en begeleiding van langdurig zieke leerlingen.",
       "Voor leerlingen met extra ondersteuning stelt de school een ontwikkelingsperspectief op dat ten minste twee keer per jaar wordt geëvalueerd."),
    P("""Scholen mogen meer bieden dan deze acht afspraken, en veel scholen doen dat ook. Wat zij extra
    bieden, beschrijven zij in hun schoolgids."""),
    H1("4 Ondersteuningsaanbod"),
    P("""Het ondersteuningsaanbod in de Westkust is opgebouwd in lagen. De eerste laag is de
    basisondersteuning op elke vestiging. De tweede laag is de extra ondersteuning die scholen zelf
    organiseren met hun schoolbudget, bijvoorbeeld een ondersteuningsklas, een plusvoorziening of extra
    begeleiding door een orthopedagoog. De derde laag zijn de bovenschoolse voorzieningen van het
    samenwerkingsverband: Westkust Plus (een bovenschools team van begeleiders en orthopedagogen dat op
    de scholen komt), het OPDC in Zandvoorde met 36 plaatsen voor tijdelijke opvang en de
    Rebound-voorziening in Duinrade. De vierde laag is het voortgezet speciaal onderwijs en het
    praktijkonderwijs."""),
    P("""Wij weten dat dit aanbod nog niet voor iedere leerling toereikend is. Hoe groot de tekorten zijn en
    voor welke groepen leerlingen, gaan wij in 2027 onderzoeken. Op basis van dat onderzoek bepalen wij
    welke maatregelen nodig zijn. Tot die tijd lossen scholen en samenwerkingsverband knelpunten van
    geval tot geval op."""),
    H1("5 Toewijzing"),
    P("""Voor de toelaatbaarheid tot het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring
    (TLV) nodig. De TLV wordt aangevraagd door de school waar de leerling staat ingeschreven. De school
    stuurt daarvoor het ontwikkelingsperspectief, de evaluaties van de extra ondersteuning en een
    onderwijskundig rapport naar de Commissie Toewijzing van het samenwerkingsverband. De commissie
    vraagt advies aan twee deskundigen, van wie één orthopedagoog of psycholoog is. Het bestuur besluit
    binnen zes weken nadat de aanvraag compleet is. Een TLV wordt in de regel afgegeven voor twee
    schooljaren."""),
    P("""De criteria op grond waarvan de commissie een TLV afgeeft, worden in schooljaar 2026-2027 in
    overleg met de vso-scholen opnieuw vastgesteld en daarna in het jaarplan opgenomen."""),
    P("""Aanvragen voor leerwegondersteunend onderwijs en praktijkonderwijs lopen via hetzelfde loket en
    worden beoordeeld door dezelfde commissie. De school waar de leerling is aangemeld dient de aanvraag
    in vóór 1 april van het jaar waarin de leerling instroomt; de commissie beslist binnen vier weken.
    Voor een plaatsing in het OPDC is geen TLV nodig; de school meldt de leerling aan bij de
    coördinator van het OPDC."""),
    H1("6 Financiën"),
    P("""De verdeling van de middelen en de meerjarenbegroting staan in de onderstaande tabellen."""),
    TBL(("Onderdeel verdeelmodel", "Grondslag", "Bedrag 2026"),
        ("Schoolbudget lichte ondersteuning", "€ 152 per leerling (teldatum 1 oktober voorgaand jaar) + vaste voet € 15.000 per vestiging", "€ 1.304.400"),
        ("Lwoo-middelen", "doorbetaling per leerling met aanwijzing lwoo op 1 oktober", "€ 3.410.000"),
        ("Pro-middelen", "doorbetaling per leerling met TLV pro op 1 oktober", "€ 2.050.000"),
        ("Westkust Plus (bovenschools team)", "vast budget, inzet naar rato van aanvragen", "€ 640.000"),
        ("OPDC en Rebound", "36 + 12 plaatsen, normbedrag € 14.000 per plaats", "€ 672.000"),
        ("Afdrachten vso (DUO)", "wettelijk, op basis van leerlingen vso op 1 oktober", "€ 8.120.000"),
        ("Bureau en bestuur", "begroting bureau", "€ 610.000")),
    TBL(("Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"),
        ("Baten rijksbijdragen", "17.010", "16.880", "16.700", "16.540"),
        ("Afdrachten vso", "8.120", "8.000", "7.850", "7.700"),
        ("Lwoo en pro", "5.460", "5.420", "5.380", "5.340"),
        ("Schoolbudgetten", "1.304", "1.290", "1.275", "1.260"),
        ("Bovenschoolse voorzieningen", "1.312", "1.330", "1.330", "1.330"),
        ("Bureau", "610", "615", "620", "625"),
        ("Saldo", "204", "225", "245", "285")),
    H1("7 Kwaliteit"),
    P("""Kwaliteit is voor ons: doen wat je hebt afgesproken en leren van wat je doet. De doelen in
    hoofdstuk 2 zijn daarvoor het vertrekpunt. Op welke manier en met welke gegevens wij zullen
    volgen of de doelen worden gehaald, leggen wij vast in een kwaliteitskader dat in de loop van 2027
    gereed moet zijn. Het bestuur en de ondersteuningsplanraad worden daarover te zijner tijd
    geïnformeerd."""),
    P("""De inspectie ziet toe op het samenwerkingsverband. Bij het laatste inspectiebezoek in 2023 is het
    samenwerkingsverband op alle standaarden voldoende beoordeeld. De inspectie gaf als aandachtspunt
    mee dat de verbinding tussen doelen, activiteiten en middelen explicieter mag."""),
    H1("8 Organisatie en bestuur"),
    *f_governance(C3, 0),
    P("""Het samenwerkingsverband heeft een ondersteuningsplanraad met instemmingsrecht op het
    ondersteuningsplan en adviesrecht op het jaarplan. Daarnaast heeft het samenwerkingsverband een eigen
    medezeggenschapsraad voor het personeel van het bureau."""),
    H1("9 Samenwerking met gemeenten en mbo"),
    P("""De vier gemeenten en het samenwerkingsverband werken samen op basis van een gezamenlijke agenda
    die in het OOGO is vastgesteld. De belangrijkste afspraak is dat iedere school een vaste
    jeugdhulpverlener uit het lokale team heeft, die één dagdeel per week op school aanwezig is. Voor
    leerlingen van het OPDC en het vso organiseren de gemeenten jeugdhulp binnen de school. Andere
    thema's zijn leerlingenvervoer, huisvesting en de aansluiting op de arbeidsmarkt."""),
    *f_mbo(C3),
    H1("10 Personeel en deskundigheid"),
    *f_personeel(C3, 0),
    *f_professionalisering(C3),
    H1("11 Privacy en ICT"),
    *f_privacy(C3, 1),
    H1("Begrippenlijst"),
    TBL(("Begrip", "Uitleg"),
        ("Basisondersteuning", "Ondersteuning die iedere school biedt."),
        ("Lwoo", "Leerwegondersteunend onderwijs"),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij problemen rond plaatsing."),
        ("OPDC", "Orthopedagogisch-didactisch centrum"),
        ("OPR", "Ondersteuningsplanraad"),
        ("Terugplaatsing", "De overstap van het vso naar een reguliere school na afloop van de TLV."),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Vso", "Voortgezet speciaal onderwijs")),
]
P3_LABEL = """documents: [vo-westkust-2026.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "H3: same level on every vestiging, eight concrete afspraken."
  plaatsing: "H5 'Toewijzing': who applies, dossier, two deskundigen, decision in six weeks, TLV two years, lwoo/pro route; criteria deferred ('worden in schooljaar 2026-2027 opnieuw vastgesteld')."
  terugstroom: "Only the begrippenlijst defines terugplaatsing; no procedure or policy in the body."
  financien: "H6 is one sentence plus two tables: verdeelmodel with grondslagen and amounts, meerjarenbegroting 2026-2029."
  dekkend-aanbod: "H4 four layers (basis, schoolbudget, Westkust Plus/OPDC/Rebound, vso/pro); gaps 'gaan wij in 2027 onderzoeken', knelpunten 'van geval tot geval'."
  resultaten: "H2 four measurable doelen with baselines; H7 monitoring deferred to a kwaliteitskader 'in de loop van 2027'."
  ouders: "No information channels, no independent help; ouders only in passing (voorwoord, visie); OJSP and Onderwijsconsulenten only in the begrippenlijst."
"""

PLANS_PART3 = [
    dict(stem="vo-westkust-2026", format="pdf", title="Koers Westkust — Ondersteuningsplan op hoofdlijnen 2026-2030",
         author="SWV VO Westkust", header="Koers Westkust 2026-2030", footer="SWV VO Westkust — VO 31-12",
         blocks=P3_BLOCKS, label=P3_LABEL),
]


def _insert_before(blocks, heading, extra):
    idx = blocks.index(("h1", heading))
    blocks[idx:idx] = extra


_insert_before(P3_BLOCKS, "2 Koers 2026-2030", [
    H2("1.1 De regio in beeld"),
    P("""De Westkust kent een bijzondere leerlingenpopulatie. In de kustplaatsen werken veel ouders in de
    toeristische sector met onregelmatige diensten en seizoenswerk. In de stad Westerlee wonen relatief
    veel gezinnen met een laag inkomen, en het aantal leerlingen met een migratieachtergrond groeit. De
    kleine kernen in het achterland vergrijzen; daar daalt het aantal jongeren het snelst. Volgens de
    prognoses van de provincie neemt het aantal leerlingen in het voortgezet onderwijs in de planperiode
    met ongeveer 6% af. Twee vestigingen in de kleine kernen hebben minder dan 300 leerlingen."""),
    P("""Deze ontwikkelingen hebben gevolgen voor passend onderwijs. Kleine vestigingen kunnen minder
    specialistische ondersteuning zelf organiseren en zijn meer aangewezen op samenwerking. Lange
    reistijden maken een plaatsing op een school verder weg zwaarder voor leerlingen. En de groei van het
    aantal nieuwkomers vraagt om een goed aanbod voor taalonderwijs. In de jaarplannen komen deze
    thema's terug."""),
    TBL(("Kengetal (1 oktober 2025)", "Aantal"),
        ("Leerlingen regulier vo (incl. lwoo)", "6.512"),
        ("Leerlingen praktijkonderwijs", "402"),
        ("Leerlingen vso", "286"),
        ("Aangesloten besturen", "7"),
        ("Vestigingen", "14")),
])
_insert_before(P3_BLOCKS, "5 Toewijzing", [
    H2("4.1 Nieuwkomers en taal"),
    P("""Leerlingen die korter dan twee jaar in Nederland zijn en de Nederlandse taal nog onvoldoende
    beheersen, volgen eerst onderwijs in de internationale schakelklas (ISK) in Westerlee. De ISK valt
    onder een van de aangesloten besturen en wordt mede bekostigd vanuit de nieuwkomersregeling. Na de ISK
    stromen leerlingen door naar het reguliere vo, het praktijkonderwijs of het mbo. Het
    samenwerkingsverband ondersteunt de ISK met de inzet van Westkust Plus bij leerlingen met
    traumagerelateerde problematiek."""),
    H2("4.2 Meer- en hoogbegaafde leerlingen"),
    P("""Met de subsidie hoogbegaafdheid hebben de scholen de afgelopen jaren geïnvesteerd in
    verrijkingsprogramma's en in de scholing van talentcoaches. Drie scholen bieden een
    verrijkingsprogramma in de onderbouw van havo en vwo, waaraan ook leerlingen van andere scholen
    kunnen deelnemen. De scholen delen hun ervaringen in een netwerk hoogbegaafdheid dat vier keer per
    jaar bijeenkomt."""),
    H2("4.3 Overstap po-vo"),
    P("""Het samenwerkingsverband werkt met de twee samenwerkingsverbanden primair onderwijs in de regio
    samen aan een goede overstap van de basisschool naar het voortgezet onderwijs. De afspraken staan in
    de jaarlijkse POVO-kalender: data voor aanmelding, het onderwijskundig rapport, de warme overdracht
    tussen leerkracht groep 8 en mentor, en de terugkoppeling over de resultaten van oud-leerlingen in het
    eerste jaar. Voor leerlingen uit het speciaal basisonderwijs is er een extra overdrachtsmoment in maart."""),
])
_insert_before(P3_BLOCKS, "Begrippenlijst", [
    H1("12 Planning"),
    P("""Dit plan wordt uitgewerkt in vier jaarplannen. Het eerste jaarplan (2026-2027) is gelijktijdig
    met dit plan opgesteld. De jaarplannen worden uiterlijk in juni vastgesteld voor het volgende
    schooljaar. Halverwege de planperiode bespreken bestuur en ondersteuningsplanraad of het plan
    moet worden bijgesteld."""),
    TBL(("Periode", "Mijlpaal"),
        ("2026-2027", "Herijking criteria toewijzing; start onderzoek naar tekorten in het aanbod; vervanging aanvraagportaal"),
        ("2027-2028", "Kwaliteitskader gereed; maatregelen naar aanleiding van het onderzoek"),
        ("2028-2029", "Alle vestigingen voldoen aan de basisondersteuning; tussentijdse bespreking van het plan"),
        ("2029-2030", "Voorbereiding nieuw ondersteuningsplan")),
    P("""Communicatie over het plan met de scholen verloopt via het directeurenoverleg, de netwerken van
    ondersteuningscoördinatoren en de nieuwsbrief. Een publieksversie van het plan wordt na vaststelling
    op de website geplaatst."""),
])
_insert_before(P2_BLOCKS, "9 Samenwerking met gemeenten", [
    H2("8.1 Professionalisering"),
    P("""De Kempenrand investeert in de deskundigheid van leerkrachten en intern begeleiders. Elk jaar is er
    een scholingsaanbod met cursussen over gedrag in de klas, het jonge kind, rekenproblemen, dyslexie
    en meer- en hoogbegaafdheid. De IB-netwerken komen zes keer per jaar bijeen in drie regio's; daarin
    bespreken IB'ers casuïstiek en delen zij materialen. Nieuwe IB'ers krijgen een coach uit het
    netwerk. Het samenwerkingsverband organiseert daarnaast jaarlijks een studiedag voor alle
    medewerkers van de aangesloten scholen, met sprekers uit onderwijs, wetenschap en jeugdhulp."""),
    P("""Scholen die een aanpak hebben ontwikkeld die goed werkt, stellen die beschikbaar voor andere
    scholen. Zo is in de afgelopen planperiode een gezamenlijke aanpak voor het jonge kind ontstaan, die
    nu op vijftien scholen wordt gebruikt. Het samenwerkingsverband wil deze manier van leren van elkaar
    de komende jaren verder uitbouwen, onder meer door collegiale consultatie tussen scholen."""),
])
_insert_before(P3_BLOCKS, "1 Een plan op hoofdlijnen", [])  # keep order explicit
_i = P3_BLOCKS.index(("h2", "1.1 De regio in beeld"))
P3_BLOCKS[_i:_i] = [
    P("""Het plan is gebaseerd op de Wet op het voortgezet onderwijs 2020 (voorheen artikel 17a WVO). De
    wet bepaalt dat het samenwerkingsverband ten minste eens per vier jaar een ondersteuningsplan
    vaststelt en noemt de onderwerpen die het plan moet bevatten. Het plan heeft een looptijd van 1
    augustus 2026 tot en met 31 juli 2030. Wijzigingen tussentijds worden, net als het plan zelf, ter
    instemming voorgelegd aan de ondersteuningsplanraad."""),
    P("""Waarom op hoofdlijnen? In de vorige planperiode merkten wij dat veel afspraken in het plan al na
    een jaar verouderd waren. Het bijwerken van een plan van honderd pagina's kost veel tijd van scholen,
    bestuur en medezeggenschap, tijd die liever naar leerlingen gaat. De scholen vroegen bovendien om
    meer ruimte om zelf keuzes te maken die passen bij hun leerlingen en hun team. Het bestuur heeft
    daarom gekozen voor een kort plan met heldere kaders en een jaarlijkse uitwerking. De keerzijde is
    dat niet alles in dit plan staat; sommige onderdelen worden in de loop van de planperiode verder
    ingevuld. Wij hebben geprobeerd duidelijk aan te geven waar dat het geval is."""),
    P("""Voor de scholen betekent dit plan dat zij verantwoordelijk blijven voor de ondersteuning van hun
    leerlingen, binnen de afspraken die in dit plan staan. Het samenwerkingsverband ondersteunt, denkt
    mee en springt bij als een school er niet uitkomt. Het bureau van het samenwerkingsverband is klein
    en dat willen wij zo houden: het geld hoort zoveel mogelijk in de scholen terecht te komen. Wij
    werken met vaste contactpersonen per school, zodat scholen weten bij wie zij terechtkunnen."""),
]
_i = P3_BLOCKS.index(("h1", "3 Basisondersteuning"))
P3_BLOCKS[_i:_i] = [
    P("""De doelen zijn bewust ambitieus. Ze vragen iets van alle scholen, niet alleen van de scholen met
    veel leerlingen die extra ondersteuning nodig hebben. In de jaarplannen beschrijven wij welke
    activiteiten bijdragen aan welk doel. Scholen nemen de doelen op in hun eigen schoolplan, zodat de
    koers van het samenwerkingsverband en die van de scholen op elkaar aansluiten. Het bestuur heeft
    afgesproken dat geen nieuwe activiteiten worden gestart die niet aantoonbaar bijdragen aan een van de
    vier doelen."""),
]


# ====================================================================== PLAN 4
# VO, .pdf, medium, strong on toewijzing. B missing, P present, T present, F partial (verdeelmodel
# deferred), D missing, R partial (monitoring yes, doelen deferred), O partial (steunpunt only).
C4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Heuvelland-Zuid", short="Heuvelland-Zuid", fte="11")
P4_BLOCKS = [
    TITLE("Ondersteuningsplan 2026-2030"),
    SUB("Samenwerkingsverband Voortgezet Onderwijs Heuvelland-Zuid (VO 32-05)"),
    SUB("Definitieve versie, vastgesteld 21 april 2026"),
    BR,
    H1("Inhoudsopgave"),
    TOC("Voorwoord", "1 Inleiding", "2 Terugblik 2022-2026", "3 Kwaliteitszorg en resultaten",
        "4 Toewijzing van ondersteuning en toelaatbaarheid", "5 Terugplaatsing en overplaatsing",
        "6 Middelen", "7 Ouders", "8 Bestuur en organisatie", "9 Personeel en privacy",
        "10 Vaststelling van het plan", "Afkortingenlijst"),
    BR,
    H1("Voorwoord"),
    P("""Het ondersteuningsplan 2026-2030 is het derde plan van het Samenwerkingsverband Voortgezet
    Onderwijs Heuvelland-Zuid. Het plan is in de eerste plaats een werkdocument voor de scholen en het
    bureau. Wij hebben geprobeerd zo helder mogelijk te beschrijven hoe de toewijzing van ondersteuning
    werkt, omdat daarover de meeste vragen binnenkomen. Voor andere onderwerpen verwijzen wij naar het
    jaarplan, dat elk jaar opnieuw wordt vastgesteld."""),
    P("""In de afgelopen vier jaar is veel bereikt. De doorlooptijd van aanvragen is gehalveerd, het aantal
    terugplaatsingen uit het vso is gestegen en de samenwerking tussen de scholen is hechter geworden.
    Tegelijkertijd staan wij voor stevige opgaven: dalende leerlingaantallen in het zuiden van de regio,
    een krappe arbeidsmarkt en een groeiende groep leerlingen met psychische problemen. Wij gaan die
    opgaven samen met de scholen, de ouders en de gemeenten aan."""),
    P("""Mr. drs. A. Kessels, directeur-bestuurder"""),
    H1("1 Inleiding"),
    P("""Heuvelland-Zuid omvat acht scholen voor voortgezet onderwijs met twaalf vestigingen in de gemeenten
    Valkenheuvel, Geulenrade, Margraten-Oost en Simpelrode. Het gaat om drie scholengemeenschappen
    (vmbo, havo, vwo), twee vmbo-scholen met lwoo, één school voor praktijkonderwijs en twee scholen voor
    voortgezet speciaal onderwijs (cluster 3 en cluster 4). De scholen vallen onder vijf besturen. Op 1
    oktober 2025 telde het samenwerkingsverband 6.870 leerlingen, onder wie 241 in het vso en 318 in het
    praktijkonderwijs."""),
    P("""Het plan is opgebouwd rond de vragen die ouders en scholen ons het vaakst stellen: hoe kom je aan
    extra ondersteuning, wie beslist, hoe lang duurt het, en hoe kan een leerling vanuit het vso weer
    terug naar een reguliere school? Hoofdstuk 4 en 5 beantwoorden die vragen uitgebreid. De
    hoofdstukken over middelen, kwaliteit, ouders en organisatie zijn korter; voor de uitwerking
    verwijzen wij naar het jaarplan en de jaarbegroting."""),
    P("""Het plan loopt van 1 augustus 2026 tot en met 31 juli 2030. Het vervangt het plan 2022-2026.
    Tussentijdse wijzigingen worden voorgelegd aan de ondersteuningsplanraad."""),
    H1("2 Terugblik 2022-2026"),
    P("""In het plan 2022-2026 stonden drie speerpunten: snellere toewijzing, meer terugplaatsingen en
    betere verantwoording van de middelen. Hieronder geven wij aan wat daarvan terecht is gekomen."""),
    TBL(("Indicator", "2021-2022", "2022-2023", "2023-2024", "2024-2025"),
        ("Aantal afgegeven TLV's vso (nieuw en verlenging)", "142", "131", "128", "119"),
        ("Gemiddelde doorlooptijd TLV-aanvraag (werkdagen)", "38", "29", "22", "19"),
        ("Deelnamepercentage vso (1 oktober)", "3,9%", "3,7%", "3,6%", "3,5%"),
        ("Terugplaatsingen vso → regulier vo", "6", "9", "11", "14"),
        ("Aanwijzingen lwoo", "612", "598", "587", "575"),
        ("Bezwaarschriften tegen TLV-besluiten", "2", "1", "3", "1"),
        ("Tevredenheid scholen over toewijzing (1-10)", "6,2", "6,8", "7,3", "7,5")),
    P("""De doorlooptijd is sterk verbeterd door de invoering van het digitale aanvraagportaal en door het
    vervangen van de papieren aanvraag door een gesprek aan tafel. Het aantal terugplaatsingen is meer
    dan verdubbeld; dit is vooral het gevolg van het terugplaatsingsarrangement dat in 2023 is ingevoerd
    (zie hoofdstuk 5). Het deelnamepercentage vso is gedaald, maar ligt nog steeds boven het landelijk
    gemiddelde van 3,4%. Het derde speerpunt, betere verantwoording van de middelen, is deels
    gerealiseerd."""),
    P("""Niet alles is gelukt. De ambitie om alle vestigingen een gelijk niveau van ondersteuning te laten
    bieden, is niet gerealiseerd; de verschillen tussen scholen zijn nog groot. Ook het voornemen om een
    regionale voorziening voor leerlingen met angstproblematiek te starten, is uitgesteld vanwege het
    tekort aan personeel."""),
    H1("3 Kwaliteitszorg en resultaten"),
    H2("3.1 Hoe volgen wij de resultaten?"),
    P("""Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Elk kwartaal stelt het bureau
    een rapportage op met de kerncijfers uit de registratie: aantallen en doorlooptijden van aanvragen,
    TLV's per categorie en per school, terugplaatsingen, lwoo-aanwijzingen en bezwaren. De rapportage
    gaat naar het bestuur en wordt besproken in het directeurenoverleg. Twee keer per jaar vergelijken wij
    de cijfers met de gegevens van DUO en met de landelijke cijfers uit de monitor passend onderwijs. Elk
    voorjaar houden wij een tevredenheidspeiling onder ondersteuningscoördinatoren en, om het jaar, onder
    ouders van leerlingen met een TLV of arrangement."""),
    P("""In het jaarverslag, dat uiterlijk 1 juli wordt vastgesteld, legt het bestuur verantwoording af over
    de bereikte resultaten en de daarvoor ingezette middelen. Het jaarverslag wordt besproken met de
    ondersteuningsplanraad en met de gemeenten en wordt op de website gepubliceerd."""),
    H2("3.2 Doelen voor de nieuwe periode"),
    P("""De beoogde resultaten voor 2026-2030 worden niet in dit plan vastgelegd. Het bestuur formuleert
    deze doelen na de brede evaluatie met de scholen die in het najaar van 2026 plaatsvindt, en neemt ze
    vervolgens op in het jaarplan 2027. Tot die tijd blijven de indicatoren uit de terugblik in beeld."""),
    H1("4 Toewijzing van ondersteuning en toelaatbaarheid"),
    H2("4.1 De Commissie van Toelaatbaarheid"),
    P("""Het bestuur heeft de beslissing over toelaatbaarheid tot het vso, het praktijkonderwijs en over de
    aanwijzing lwoo gemandateerd aan de Commissie van Toelaatbaarheid (CvT). De CvT bestaat uit een
    voorzitter (de coördinator toewijzing), een orthopedagoog-generalist en een GZ-psycholoog. Voor
    elke aanvraag vraagt de CvT schriftelijk advies aan twee deskundigen: een orthopedagoog of psycholoog
    en, afhankelijk van de ondersteuningsvraag, een tweede deskundige (jeugdarts, kinder- en
    jeugdpsychiater, maatschappelijk werker of pedagoog). Deskundigen die bij de aanvraag betrokken
    zijn geweest, adviseren niet."""),
    H2("4.2 Aanvraag van een TLV vso"),
    P("""De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling is ingeschreven.
    Voor leerlingen die nog niet in het voortgezet onderwijs zitten (overstap uit het po) doet de
    vso-school waar de leerling is aangemeld de aanvraag, in overleg met de basisschool. De aanvraag
    bevat: het OPP met ten minste twee evaluaties, een beschrijving van de ondersteuning die is geboden
    en het effect daarvan, recente gegevens over leren en ontwikkeling, eventuele verslagen van
    jeugdhulp of diagnostiek en de schriftelijke zienswijze van ouders en leerling."""),
    OL("""Intake: binnen vijf werkdagen na indiening bevestigt het loket de ontvangst en controleert het of
       de aanvraag volledig is.""",
       """Tafelgesprek: binnen drie weken vindt een gesprek plaats met school, ouders, leerling en een lid
       van de CvT. Daarin wordt besproken wat de leerling nodig heeft en of het vso daarvoor de passende
       plek is.""",
       """Advies: de twee deskundigen brengen ieder een schriftelijk advies uit.""",
       """Besluit: de CvT beslist binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed
       (dreigende thuiszitter, crisisplaatsing) beslist de CvT binnen vijf werkdagen.""",
       """Bekendmaking: ouders, leerling (vanaf 16 jaar) en school ontvangen het besluit met de adviezen
       van de deskundigen."""),
    H2("4.3 Criteria vso"),
    P("""De CvT verklaart een leerling toelaatbaar tot het vso als uit het dossier blijkt dat (a) de
    ondersteuningsbehoefte van de leerling van dien aard is dat hij structureel is aangewezen op een
    kleine groep, een specialistisch pedagogisch klimaat of specifieke (para)medische zorg; (b) de
    reguliere school met inzet van extra ondersteuning gedurende ten minste zes maanden niet aan die
    behoefte kon voldoen, of aantoonbaar niet zal kunnen voldoen; en (c) de verwachting is dat de
    leerling in het vso tot een betere ontwikkeling komt dan in het regulier onderwijs. Voor cluster 3
    speelt daarnaast het niveau van functioneren een rol (ernstige beperking in de cognitieve of
    lichamelijke ontwikkeling)."""),
    H2("4.4 Duur en categorie"),
    P("""Een eerste TLV vso wordt in principe afgegeven voor twee schooljaren. Een verlenging kan voor één
    tot drie schooljaren worden afgegeven; voor leerlingen die naar verwachting de hele schoolloopbaan
    op het vso blijven (bijvoorbeeld dagbestedingsprofiel) tot het 20e jaar. De CvT bepaalt de
    bekostigingscategorie: laag voor cluster 4 en ZML, midden voor LG en LZ, hoog voor MG."""),
    H2("4.5 Lwoo en praktijkonderwijs"),
    P("""Heuvelland-Zuid hanteert voor lwoo eigen criteria (opting out). Een leerling komt in aanmerking
    voor lwoo als hij op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen,
    spellen, rekenen) een leerachterstand heeft van 1,5 tot 3 jaar, én uit het onderwijskundig rapport
    blijkt dat hij extra ondersteuning nodig heeft om het vmbo-diploma te halen. Een
    intelligentieonderzoek is niet verplicht. De vo-school vraagt de aanwijzing aan vóór 1 mei; de CvT
    beslist binnen vier weken. De aanwijzing lwoo geldt voor de gehele vmbo-opleiding."""),
    P("""Voor het praktijkonderwijs gelden de landelijke criteria. De school voor praktijkonderwijs vraagt de
    TLV aan na aanmelding; het dossier bevat gegevens over intelligentie (IQ 55-80) en leerachterstanden
    (ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen of rekenen). De TLV pro geldt
    voor de duur van de opleiding."""),
    H2("4.6 Bezwaar"),
    P("""Wie het niet eens is met een besluit van de CvT, kan binnen zes weken na de datum van het besluit
    bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur legt het bezwaar voor aan de
    Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist na ontvangst van het
    advies. Voordat het zover is, biedt het samenwerkingsverband ouders een gesprek aan met de
    directeur-bestuurder."""),
    H1("5 Terugplaatsing en overplaatsing"),
    H2("5.1 Uitgangspunten"),
    P("""Een plaatsing in het vso is voor veel leerlingen de juiste keuze, maar niet altijd voor altijd. Ons
    beleid is dat elke leerling in het vso de kans krijgt terug te keren naar het regulier voortgezet
    onderwijs zodra dat verantwoord is. Voorwaarden zijn dat de ondersteuningsbehoefte zo is veranderd dat
    een reguliere school met een arrangement kan voorzien in wat de leerling nodig heeft, en dat
    leerling en ouders achter de overstap staan. De ontvangende school ontvangt daarvoor een
    terugplaatsingsarrangement van € 6.000 per schooljaar voor ten hoogste twee jaar, en de vso-school
    blijft het eerste half jaar ambulant betrokken."""),
    H2("5.2 Werkwijze"),
    OL("""Bij elke OPP-evaluatie (twee keer per jaar) beoordeelt de vso-school of terugplaatsing een reële
       optie is. In het laatste jaar van de TLV is dit een verplicht onderdeel van de evaluatie in
       november.""",
       """Is terugplaatsing haalbaar, dan neemt de vso-school contact op met de coördinator toewijzing. Deze
       organiseert binnen vier weken een overstapgesprek met ouders, leerling, vso-school en de beoogde
       reguliere school.""",
       """De reguliere school beslist over toelating; de CvT kent het terugplaatsingsarrangement toe.""",
       """De overstap vindt bij voorkeur plaats na een proefperiode van zes weken waarin de leerling
       deels op beide scholen les heeft.""",
       """Na drie en na zes maanden evalueren de ontvangende school, de vso-school en de coördinator
       toewijzing de overstap met ouders en leerling."""),
    P("""Is terugplaatsing (nog) niet mogelijk en loopt de TLV af, dan vraagt de vso-school vóór 1 maart
    een nieuwe TLV aan. Overplaatsing naar een andere vso-school of naar het praktijkonderwijs verloopt
    via dezelfde route. Het aantal terugplaatsingen wordt elk kwartaal gerapporteerd (zie hoofdstuk 3)."""),
    H1("6 Middelen"),
    H2("6.1 Meerjarenbegroting"),
    P("""De meerjarenbegroting hieronder laat zien waaraan het samenwerkingsverband de middelen in de
    planperiode besteedt."""),
    TBL(("Bedragen x € 1.000", "2026", "2027", "2028", "2029"),
        ("Baten (rijksbijdrage lichte en zware ondersteuning)", "16.420", "16.210", "15.980", "15.760"),
        ("Afdrachten vso via DUO", "7.340", "7.200", "7.060", "6.940"),
        ("Doorbetaling lwoo en pro aan scholen", "5.620", "5.560", "5.490", "5.430"),
        ("Middelen naar schoolbesturen (lichte ondersteuning)", "1.980", "1.960", "1.940", "1.920"),
        ("Terugplaatsingsarrangementen", "90", "110", "120", "120"),
        ("Toewijzing, CvT en deskundigen", "520", "530", "540", "550"),
        ("Bureau, bestuur en huisvesting", "690", "700", "710", "720"),
        ("Saldo", "180", "150", "120", "80")),
    H2("6.2 Verdeling"),
    P("""Het verdeelmodel waarmee de middelen voor lichte ondersteuning over de schoolbesturen worden
    verdeeld, wordt in 2026 herzien. Het nieuwe model wordt na instemming van de ondersteuningsplanraad
    als addendum aan dit plan toegevoegd. Tot dat moment blijft de huidige verdeling van kracht."""),
    H2("6.3 Reserves en risico's"),
    P("""De algemene reserve bedroeg eind 2025 € 1,9 miljoen. Het bestuur hanteert een bandbreedte van 5
    tot 8% van de baten; de reserve ligt daar iets boven. Het meerdere wordt in de planperiode ingezet
    voor de terugplaatsingsarrangementen. Belangrijkste financiële risico's zijn een stijging van het
    aantal vso-leerlingen (hogere afdrachten) en onzekerheid over de rijksbekostiging."""),
    H1("7 Ouders"),
    P("""Ouders zijn een belangrijke partner bij de toewijzing en bij terugplaatsing. Zij worden altijd
    uitgenodigd voor het tafelgesprek en geven hun zienswijze op een aanvraag. In de
    ondersteuningsplanraad zijn ouders en leerlingen vertegenwoordigd."""),
    P("""Het samenwerkingsverband wil ouders beter informeren over de ondersteuning in de regio. Een nieuwe
    ouderbrochure is in voorbereiding en de website wordt in 2027 vernieuwd. Daarna komt er een
    ouderpagina."""),
    P("""Ouders die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, kunnen
    terecht bij het Ouder- en Jeugdsteunpunt Heuvelland. Het steunpunt is onafhankelijk van de scholen
    en het samenwerkingsverband, is ondergebracht bij de cliëntondersteuning van de gemeenten en is
    bereikbaar via een gratis telefoonnummer en een spreekuur in Valkenheuvel. De medewerkers helpen
    ouders en jongeren met informatie en advies en kunnen bemiddelen. Ouders kunnen ook gratis een beroep
    doen op de Onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen worden
    voorgelegd aan de Geschillencommissie passend onderwijs."""),
    H1("8 Bestuur en organisatie"),
    *f_governance(C4, 1),
    H1("9 Personeel en privacy"),
    *f_personeel(C4, 1),
    *f_privacy(C4, 0),
    H1("10 Vaststelling van het plan"),
    P("""Het concept van dit plan is op 12 maart 2026 besproken in het op overeenstemming gericht overleg
    met de gemeenten Valkenheuvel, Geulenrade, Margraten-Oost en Simpelrode. De gemeenten hebben geen
    bezwaren geuit. Met het samenwerkingsverband PO Heuvelland is op 5 maart 2026 overleg gevoerd. De
    ondersteuningsplanraad heeft op 14 april 2026 ingestemd; het bestuur heeft het plan op 21 april 2026
    vastgesteld. Het plan is op 24 april 2026 via het Internet Schooldossier naar de inspectie gestuurd."""),
    H1("Afkortingenlijst"),
    TBL(("Afkorting", "Betekenis"),
        ("CvT", "Commissie van Toelaatbaarheid"),
        ("GPO", "Geschillencommissie passend onderwijs"),
        ("Lwoo", "Leerwegondersteunend onderwijs"),
        ("OPDC", "Orthopedagogisch-didactisch centrum"),
        ("OPP", "Ontwikkelingsperspectief"),
        ("OPR", "Ondersteuningsplanraad"),
        ("Pro", "Praktijkonderwijs"),
        ("SOP", "Schoolondersteuningsprofiel: beschrijving van de basisondersteuning en extra ondersteuning van een school"),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Vso", "Voortgezet speciaal onderwijs")),
]
P4_LABEL = """documents: [vo-heuvelland-zuid-2026.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
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
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Not described anywhere; only the terugblik says an equal level 'is niet gerealiseerd' and the afkortingenlijst explains SOP."
  plaatsing: "H4: CvT and two deskundigen (4.1), steps with termijnen (4.2), vso criteria (4.3), duration/category (4.4), lwoo opting-out criteria and pro (4.5), bezwaar via LBT (4.6)."
  terugstroom: "H5: policy with conditions and terugplaatsingsarrangement (5.1), five-step procedure with evaluation moments and new TLV (5.2); figures in terugblik table."
  financien: "H6 'Middelen': meerjarenbegroting table (6.1) and reserves (6.3); the verdeelmodel 'wordt in 2026 herzien' and is not described (6.2). Annual school reporting is mentioned only as a past fact in H2."
  dekkend-aanbod: "No continuum or gap handling; an angstproblematiek voorziening is only mentioned as postponed, spoed/dreigende thuiszitter only as a TLV term."
  resultaten: "H3.1 quarterly reporting, DUO comparison, peilingen, jaarverslag; achieved figures in H2; intended results for 2026-2030 explicitly not set (3.2)."
  ouders: "H7: Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, GPO; information channels only announced ('brochure in voorbereiding', ouderpagina after 2027)."
"""

PLANS_PART4 = [
    dict(stem="vo-heuvelland-zuid-2026", format="pdf", title="Ondersteuningsplan 2026-2030 SWV VO Heuvelland-Zuid",
         author="SWV VO Heuvelland-Zuid", header="SWV VO Heuvelland-Zuid | Ondersteuningsplan 2026-2030",
         footer="VO 32-05", blocks=P4_BLOCKS, label=P4_LABEL),
]

_i = P4_BLOCKS.index(("h1", "2 Terugblik 2022-2026"))
P4_BLOCKS[_i:_i] = [
    H2("1.1 Ontwikkelingen in de regio"),
    P("""Het aantal leerlingen in het voortgezet onderwijs in Heuvelland-Zuid daalt. Tussen 2020 en 2025
    nam het aantal af met 7%, en de prognoses laten tot 2030 een verdere daling zien van ongeveer 9%.
    De daling is het sterkst in het zuiden van de regio, waar twee vestigingen inmiddels minder dan 250
    leerlingen hebben. De besturen werken aan een gezamenlijk plan voor het onderwijsaanbod in de regio,
    dat buiten dit ondersteuningsplan valt maar er wel gevolgen voor kan hebben."""),
    P("""Daarnaast zien wij dat de vragen van leerlingen complexer worden. Scholen melden meer leerlingen
    met angst- en stemmingsklachten, meer leerlingen die (gedeeltelijk) verzuimen en meer leerlingen
    voor wie de jeugdhulp lange wachttijden kent. Ook de krapte op de arbeidsmarkt is voelbaar: vacatures
    voor docenten, orthopedagogen en ondersteuners zijn moeilijk te vervullen. Deze ontwikkelingen vragen
    om keuzes, die het bestuur de komende periode samen met de scholen maakt."""),
    H2("1.2 Wettelijk kader"),
    P("""Het plan voldoet aan de eisen van de Wet voortgezet onderwijs 2020 en de Wet medezeggenschap op
    scholen. Het plan wordt vastgesteld door het bestuur na instemming van de ondersteuningsplanraad en na
    op overeenstemming gericht overleg met de gemeenten (zie hoofdstuk 10). Het plan wordt vóór 1 mei
    aan de inspectie gezonden."""),
]
_i = P4_BLOCKS.index(("h1", "10 Vaststelling van het plan"))
P4_BLOCKS[_i:_i] = [
    H2("9.1 Deskundigheid"),
    *f_professionalisering(C4),
    H2("9.2 Communicatie met scholen"),
    P("""Het bureau informeert de scholen via een tweewekelijkse nieuwsbrief voor ondersteuningscoördinatoren,
    via het directeurenoverleg en via de handleiding bij het aanvraagportaal. Wijzigingen in de werkwijze
    van de CvT worden ten minste drie maanden voor invoering aangekondigd. Eens per jaar organiseert het
    samenwerkingsverband een regiodag voor alle ondersteuningscoördinatoren, teamleiders en
    zorgmedewerkers van de scholen, met workshops en ruimte voor ontmoeting."""),
]
_i = P4_BLOCKS.index(("h2", "1.1 Ontwikkelingen in de regio"))
P4_BLOCKS[_i:_i] = [
    P("""Leeswijzer. Hoofdstuk 2 kijkt terug op de vorige planperiode; hoofdstuk 3 beschrijft hoe wij
    resultaten volgen. De hoofdstukken 4 en 5 vormen de kern van dit plan. De overige hoofdstukken
    beschrijven de randvoorwaarden: middelen, de positie van ouders, bestuur, personeel en de
    vaststelling van het plan. Begrippen en afkortingen worden achterin toegelicht."""),
]


# ====================================================================== PLAN 5
# VO, .html web version. B partial (inhoud deferred), P missing (reglement on website only),
# T partial (policy only), F missing (begroting elsewhere), D present, R present, O present.
C5 = dict(name="Samenwerkingsverband VO Stedendriehoek-Noord", short="SWV Stedendriehoek-Noord", fte="17")
P5_BLOCKS = [
    TITLE("Ondersteuningsplan 2026-2030 — webversie"),
    SUB("Samenwerkingsverband VO Stedendriehoek-Noord (VO 23-06) · Iedereen doet mee"),
    H1("Inhoud van deze pagina"),
    TOC("Over dit plan", "1. Wie zijn wij", "2. Onze visie: iedereen doet mee", "3. Basisondersteuning",
        "4. Het ondersteuningsaanbod", "5. Toelaatbaarheid en toewijzing", "6. Terug naar het regulier onderwijs",
        "7. Wat willen we bereiken en hoe volgen we dat?", "8. Ouders en leerlingen", "9. Financiën",
        "10. Organisatie en medezeggenschap", "11. Samenwerking met gemeenten", "12. Planning",
        "Downloads en bijlagen"),
    H1("Over dit plan"),
    P("""Dit is de webversie van het ondersteuningsplan 2026-2030 van het Samenwerkingsverband VO
    Stedendriehoek-Noord. Het plan is op 16 april 2026 vastgesteld door het bestuur, na instemming van de
    ondersteuningsplanraad op 9 april 2026 en op overeenstemming gericht overleg met de gemeenten op 26
    februari 2026. De webversie is inhoudelijk gelijk aan de pdf-versie die u onderaan deze pagina kunt
    downloaden. Een aantal onderdelen, zoals het reglement toewijzing en de begroting, publiceren wij als
    aparte documenten, omdat die vaker worden bijgewerkt dan het plan zelf."""),
    P("""Wij hebben het plan geschreven voor iedereen die met passend onderwijs te maken heeft: leraren,
    mentoren, schoolleiders, ouders, leerlingen en onze partners. Daarom hebben wij geprobeerd het kort en
    begrijpelijk te houden. Heeft u vragen over het plan? Mail dan naar het secretariaat."""),
    H1("1. Wie zijn wij"),
    P("""Stedendriehoek-Noord is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten
    Hoevelaken-Oost, Twello-Veen, Epedorp en Brummerlo. Er zijn negen schoolbesturen aangesloten met samen
    zeventien scholen en 23 vestigingen: scholengemeenschappen voor vmbo, havo en vwo, een categoraal
    gymnasium, twee scholen voor praktijkonderwijs, een internationale schakelklas en drie scholen voor
    voortgezet speciaal onderwijs. Samen hebben zij ruim 14.000 leerlingen."""),
    P("""Het bureau van het samenwerkingsverband zit in Epedorp. Er werken ongeveer zeventien mensen:
    trajectbegeleiders, orthopedagogen, een thuiszittersregisseur, beleidsmedewerkers en medewerkers van
    het secretariaat. Het bureau ondersteunt de scholen en voert de wettelijke taken uit."""),
    H1("2. Onze visie: iedereen doet mee"),
    P("""Iedereen doet mee. Dat is ons motto en dat nemen wij letterlijk. Elke jongere in onze regio hoort
    ergens bij, op een school die bij hem of haar past. Wij denken niet in hokjes en labels, maar kijken
    naar wat een leerling nodig heeft om zich te ontwikkelen. Soms is dat een extra gesprek met de mentor,
    soms een aangepast rooster, soms een plek op een speciale school. Wat het ook is: het moet snel
    geregeld zijn en dicht bij huis."""),
    P("""Wij willen dat scholen de ruimte hebben om te doen wat nodig is. Het samenwerkingsverband is geen
    loket dat vinkjes zet, maar een partner die meedenkt. Wij vertrouwen op de professionaliteit van de
    mensen in de scholen en vragen in ruil daarvoor openheid: over wat goed gaat en over wat niet goed
    gaat. Alleen zo kunnen wij samen leren en verbeteren."""),
    P("""Iedereen doet mee betekent ook: leerlingen en ouders doen mee. Zij zijn geen klant, maar
    gesprekspartner. Hun stem telt in het gesprek over de ondersteuning op school en in de manier waarop
    wij als samenwerkingsverband werken."""),
    H1("3. Basisondersteuning"),
    P("""Alle scholen in Stedendriehoek-Noord bieden dezelfde basis. De besturen hebben afgesproken dat het
    niveau van basisondersteuning voor iedere vestiging gelijk is, dat geen school eronder mag zakken en
    dat het niveau een gezamenlijke verantwoordelijkheid is. Ook het praktijkonderwijs, de ISK en het vso
    bieden deze basis."""),
    P("""Welke voorzieningen en interventies daar precies onder vallen, leggen scholen en
    samenwerkingsverband in de loop van schooljaar 2026-2027 vast in de gezamenlijke Standaard
    Basisondersteuning. Tot die Standaard er is, gelden de afspraken die elke school in haar eigen
    schoolgids heeft beschreven."""),
    H1("4. Het ondersteuningsaanbod"),
    H2("4.1 Van licht naar zwaar"),
    P("""Ons ondersteuningsaanbod loopt van licht naar zwaar. Hoe meer een leerling nodig heeft, hoe
    specialistischer de ondersteuning. Maar altijd geldt: niet zwaarder dan nodig, en zo dicht mogelijk
    bij de eigen school en de eigen klas."""),
    UL("Basisondersteuning op elke vestiging (zie hoofdstuk 3).",
       "Extra ondersteuning op school: elke school heeft een ondersteuningsaanbod boven de basis, zoals een leerlingondersteuningscentrum, een trajectklas, een plusprogramma of begeleiding door een orthopedagoog van de school. Wat een school biedt, staat in haar schoolgids.",
       "Ondersteuning door het samenwerkingsverband op school: trajectbegeleiders en orthopedagogen van het samenwerkingsverband komen op verzoek op school om mee te denken, te observeren of een leerling tijdelijk te begeleiden.",
       "Tussenvoorziening De Overstap in Epedorp: een bovenschoolse plek voor leerlingen die tijdelijk (maximaal zes maanden) niet in de eigen school kunnen functioneren, met als doel terugkeer naar de eigen of een andere reguliere school.",
       "OPDC Brummerlo: voor vmbo-leerlingen die langer dan een half jaar behoefte hebben aan een kleine, gestructureerde leeromgeving.",
       "Rebound Twello-Veen: een kortdurende time-out (acht weken) voor leerlingen bij wie het gedrag op school is vastgelopen.",
       "Internationale schakelklas: voor nieuwkomers die eerst de Nederlandse taal leren.",
       "Praktijkonderwijs en voortgezet speciaal onderwijs (cluster 3 en cluster 4): voor leerlingen die structureel een andere onderwijsomgeving nodig hebben."),
    H2("4.2 Onderwijs en zorg"),
    P("""Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, werken scholen en gemeenten samen
    in onderwijs-zorgarrangementen. In het vso en het OPDC zitten jeugdhulpverleners in de school. Op de
    reguliere scholen is er een vaste schoolmaatschappelijk werker vanuit het lokale team. In het OOGO is
    afgesproken dat gemeenten en samenwerkingsverband de onderwijs-zorgarrangementen samen opzetten en
    dat er per arrangement één regisseur is."""),
    H2("4.3 Geen thuiszitters"),
    P("""Geen enkele jongere hoort thuis te zitten zonder onderwijs. Toch gebeurt het. Daarom heeft het
    samenwerkingsverband een thuiszittersregisseur in dienst. Scholen en leerplicht melden een leerling
    die langer dan vier weken niet (volledig) naar school gaat, bij de regisseur. De regisseur
    organiseert binnen tien werkdagen een overleg met school, ouders, leerling, leerplicht en
    jeugdhulp, en maakt een plan voor terugkeer. Komen de partijen er niet uit, dan kan de
    directeur-bestuurder gebruikmaken van de doorzettingsmacht die de besturen hem hebben gegeven: hij
    kan een school vragen een leerling op te nemen of een tijdelijk maatwerkarrangement te bieden."""),
    P("""Eens per kwartaal bespreekt het bestuur een overzicht van alle thuiszitters, de wachtlijsten van
    de tussenvoorziening en het vso, en de signalen van scholen over leerlingen voor wie geen passend
    aanbod bestaat. Op basis daarvan bepaalt het bestuur waar het aanbod moet worden aangevuld. Zo is in
    2025 besloten tot uitbreiding van De Overstap met een groep voor havo- en vwo-leerlingen met
    psychische klachten, die in januari 2027 van start gaat."""),
    H1("5. Toelaatbaarheid en toewijzing"),
    P("""Voor plaatsing in het voortgezet speciaal onderwijs en het praktijkonderwijs is een
    toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig; voor lwoo een aanwijzing. Hoe u
    een TLV of aanwijzing aanvraagt, welke criteria wij hanteren en wat u kunt doen als u het niet eens
    bent met een besluit, leest u in het Reglement Toewijzing 2026. Dat reglement vindt u onder
    'Downloads en bijlagen'."""),
    H1("6. Terug naar het regulier onderwijs"),
    P("""Een plek in het vso is er om een leerling verder te helpen, niet om hem daar te houden als het
    niet meer nodig is. Wij willen dat leerlingen die in het vso zijn opgebloeid de kans krijgen terug te
    keren naar een reguliere school, bij voorkeur in hun eigen woonplaats. Een terugplaatsing is
    mogelijk als de leerling het onderwijsprogramma van de reguliere school kan volgen met de
    ondersteuning die die school kan bieden, en als leerling en ouders de overstap willen."""),
    P("""Een leerling die terugkeert, wordt niet aan zijn lot overgelaten. De ontvangende school krijgt een
    terugkeerarrangement: gedurende zes maanden begeleidt een medewerker van de vso-school de leerling
    en de mentor op de nieuwe school, en de school krijgt extra uren voor een vaste coach. Als het na
    terugkeer toch niet goed gaat, kan de leerling zonder nieuwe aanvraag terug naar de vso-school
    zolang de oude TLV nog geldig is."""),
    P("""Hoe een terugplaatsing stap voor stap verloopt, wie het initiatief neemt en wanneer de
    beslismomenten zijn, leggen wij vast in het Stappenplan Terugplaatsing. Dat stappenplan maken wij
    samen met de vso-scholen; het komt begin 2027 beschikbaar."""),
    H1("7. Wat willen we bereiken en hoe volgen we dat?"),
    H2("7.1 Onze doelen"),
    P("""Voor de planperiode hebben wij vijf doelen vastgesteld. Bij elk doel hoort een meetbare
    indicator."""),
    TBL(("Doel", "Indicator", "Stand 2025", "Doel 2030"),
        ("Leerlingen zitten niet thuis", "Aantal leerlingen langer dan drie maanden zonder onderwijs (peildatum 1 oktober)", "27", "ten hoogste 10"),
        ("Snel de juiste hulp", "Doorlooptijd van melding tot start ondersteuning door het SWV", "gemiddeld 34 dagen", "ten hoogste 20 dagen"),
        ("Zo regulier als mogelijk", "Deelnamepercentage vso", "3,1%", "ten hoogste 3,0%"),
        ("Terug als het kan", "Aantal terugplaatsingen vso → regulier per jaar", "8", "ten minste 15"),
        ("Ouders en leerlingen tevreden", "Waardering ouders voor de ondersteuning (1-10)", "7,0", "ten minste 7,5")),
    H2("7.2 Zo volgen wij de resultaten"),
    P("""Wij verzamelen de gegevens voor de indicatoren uit onze eigen registratie, uit de gegevens van
    DUO en uit de verzuimregistratie van leerplicht. Elk jaar in het voorjaar houden wij een korte
    vragenlijst onder ouders en leerlingen die ondersteuning van het samenwerkingsverband hebben gehad.
    De resultaten worden twee keer per jaar gerapporteerd aan het bestuur en de
    ondersteuningsplanraad, en jaarlijks in het jaarverslag op deze website gepubliceerd, met een
    toelichting op wat goed ging en wat beter moet. Als een doel niet binnen bereik lijkt, bespreekt het
    bestuur welke extra maatregelen nodig zijn."""),
    H2("7.3 Wat bereikten wij in 2022-2026?"),
    P("""In de vorige planperiode daalde het aantal langdurige thuiszitters van 41 naar 27 en steeg de
    waardering van ouders van 6,6 naar 7,0. Het aantal terugplaatsingen bleef achter bij de ambitie: 8 in
    plaats van de beoogde 12. De doorlooptijd is niet verbeterd, onder meer door personeelstekort bij het
    bureau."""),
    H1("8. Ouders en leerlingen"),
    H2("8.1 Informatie"),
    P("""Ouders en leerlingen vinden op deze website onder 'Voor ouders' en 'Voor leerlingen' uitleg over
    passend onderwijs, de basisondersteuning, de voorzieningen uit hoofdstuk 4 en de weg naar extra
    ondersteuning. De informatie is er ook als animatiefilmpje en in eenvoudige taal. Elke school
    beschrijft in de schoolgids haar ondersteuning en noemt het samenwerkingsverband als
    aanspreekpunt. In oktober organiseren wij met de scholen een informatieavond voor ouders van
    leerlingen in groep 8 die extra ondersteuning krijgen. Ouders kunnen daarnaast op werkdagen bellen
    met de ouderlijn van het samenwerkingsverband."""),
    H2("8.2 Onafhankelijke hulp"),
    P("""Soms lopen gesprekken met school vast, of weten ouders en leerlingen niet meer bij wie ze terecht
    kunnen. Dan kunnen zij contact opnemen met het Ouder- en Jeugdsteunpunt Stedendriehoek. Het
    steunpunt is onafhankelijk: het werkt niet voor de scholen of het samenwerkingsverband, maar voor
    ouders en jongeren. Het steunpunt geeft advies, gaat mee naar gesprekken en brengt partijen bij
    elkaar. Daarnaast kunnen ouders gratis hulp vragen aan de Onderwijsconsulenten. Bij een geschil over
    toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders terecht bij de
    Geschillencommissie passend onderwijs."""),
    H2("8.3 Meedoen"),
    P("""Leerlingen met een ontwikkelingsperspectief hebben het recht hun mening te geven over hun plan. De
    scholen leggen die mening vast. In de ondersteuningsplanraad zitten ouders, leerlingen en
    personeelsleden. Eens per jaar organiseren wij een klankbordbijeenkomst met ouders en leerlingen over
    de uitvoering van dit plan."""),
    H1("9. Financiën"),
    P("""Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. De
    begroting, de meerjarenbegroting en het verdeelmodel worden jaarlijks door het bestuur vastgesteld en
    staan als afzonderlijke documenten onder 'Downloads en bijlagen'."""),
    H1("10. Organisatie en medezeggenschap"),
    *f_governance(C5, 1),
    P("""De ondersteuningsplanraad heeft zestien leden, gekozen uit en door de medezeggenschapsraden van de
    scholen. De helft van de leden is personeelslid, de andere helft ouder of leerling. De OPR heeft
    instemmingsrecht op dit plan en op tussentijdse wijzigingen."""),
    *f_personeel(C5, 0),
    *f_privacy(C5, 1),
    H1("11. Samenwerking met gemeenten"),
    P("""Met de vier gemeenten voeren wij twee keer per jaar bestuurlijk overleg. Belangrijke thema's zijn de
    aanpak van thuiszitters, jeugdhulp op school, leerlingenvervoer, huisvesting en de aansluiting op
    werk. Het OOGO over dit plan vond plaats op 26 februari 2026. Met de samenwerkingsverbanden primair
    onderwijs in de regio is overleg gevoerd over de overstap van groep 8 naar het voortgezet onderwijs."""),
    *f_mbo(C5),
    H1("12. Planning"),
    TBL(("Wanneer", "Wat"),
        ("2026-2027", "Standaard Basisondersteuning; Stappenplan Terugplaatsing; nieuwe groep De Overstap"),
        ("2027-2028", "Evaluatie thuiszittersaanpak; vernieuwing ouderpagina"),
        ("2028-2029", "Tussenevaluatie van het plan met scholen, ouders en gemeenten"),
        ("2029-2030", "Voorbereiding nieuw ondersteuningsplan")),
    H1("Downloads en bijlagen"),
    UL("Ondersteuningsplan 2026-2030 (pdf)", "Reglement Toewijzing 2026 (pdf)",
       "Begroting 2026 en meerjarenbegroting 2026-2029 (pdf)", "Verdeelmodel ondersteuningsmiddelen (pdf)",
       "Instemmingsbesluit OPR (pdf)", "Verslag OOGO 26 februari 2026 (pdf)"),
]
P5_LABEL = """documents: [vo-stedendriehoek-noord-2026.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
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
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: []
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3: same level on every vestiging, but the content is deferred to a 'Standaard Basisondersteuning' to be set in 2026-2027 and meanwhile left to school guides."
  plaatsing: "H5 only says a TLV/aanwijzing is needed and refers procedure, criteria and bezwaar to the Reglement Toewijzing download (not part of the input)."
  terugstroom: "H6: aims, conditions and terugkeerarrangement (policy); the steps, initiative and decision moments are deferred to a Stappenplan 'begin 2027'."
  financien: "H9 only says income exists and that begroting, meerjarenbegroting and verdeelmodel are separate downloads; OZA cost-sharing in 4.2 is a gemeente arrangement without criteria."
  dekkend-aanbod: "H4.1 continuum list (school, SWV team, De Overstap, OPDC, Rebound, ISK, pro/vso); 4.3 thuiszittersregisseur, doorzettingsmacht, quarterly gap review; 4.2 OZA with gemeenten."
  resultaten: "H7: five doelen with indicators and targets (7.1), monitoring and reporting cycle (7.2), achieved figures (7.3)."
  ouders: "H8: website, film, schoolgids, informatieavond, ouderlijn (8.1); OJSP, Onderwijsconsulenten, GPO (8.2); hoorrecht and OPR (8.3)."
"""

PLANS_PART5 = [
    dict(stem="vo-stedendriehoek-noord-2026", format="html", title="Ondersteuningsplan 2026-2030 | SWV VO Stedendriehoek-Noord",
         author="SWV VO Stedendriehoek-Noord", header="SWV VO Stedendriehoek-Noord · Home › Over ons › Ondersteuningsplan",
         footer="© Samenwerkingsverband VO Stedendriehoek-Noord · Contact · Privacyverklaring", blocks=P5_BLOCKS, label=P5_LABEL),
]

_i = P5_BLOCKS.index(("h2", "4.2 Onderwijs en zorg"))
P5_BLOCKS[_i:_i] = [
    P("""Voor meer- en hoogbegaafde leerlingen bieden vier scholen een verrijkings- of versnellingsprogramma
    waaraan ook leerlingen van andere scholen kunnen deelnemen. Voor nieuwkomers is er naast de ISK een
    schakeljaar op twee vmbo-scholen, waarin leerlingen die de ISK hebben afgerond extra taalonderwijs
    krijgen naast het gewone rooster."""),
]
_i = P5_BLOCKS.index(("h1", "5. Toelaatbaarheid en toewijzing"))
P5_BLOCKS[_i:_i] = [
    H2("4.4 De overstap van po naar vo"),
    P("""Een goede start in het voortgezet onderwijs begint op de basisschool. Met de samenwerkingsverbanden
    primair onderwijs hebben wij afspraken gemaakt over de overdracht van leerlingen met een
    ondersteuningsbehoefte. Voor deze leerlingen vindt in het voorjaar een warme overdracht plaats tussen
    de leerkracht van groep 8, de intern begeleider en de ondersteuningscoördinator van de nieuwe school.
    Leerlingen uit het speciaal basisonderwijs en het so krijgen een extra kennismakingsmoment op hun
    nieuwe school. Zo weet de school al voor de zomervakantie wat een leerling nodig heeft."""),
]
_i = P5_BLOCKS.index(("h1", "11. Samenwerking met gemeenten"))
P5_BLOCKS[_i:_i] = [
    H2("10.1 Deskundigheid en kennisdeling"),
    *f_professionalisering(C5),
]
_i = P5_BLOCKS.index(("h1", "1. Wie zijn wij"))
P5_BLOCKS[_i:_i] = [
    H2("Hoe kwam dit plan tot stand?"),
    P("""In 2025 hebben wij de vorige planperiode geëvalueerd met een enquête onder scholen, gesprekken
    met ondersteuningscoördinatoren en schoolleiders en twee tafelgesprekken met ouders en leerlingen.
    De belangrijkste lessen: scholen willen minder regels en meer ruimte, ouders willen sneller
    duidelijkheid en leerlingen willen serieus genomen worden in het gesprek over hun eigen
    ondersteuning. Die lessen zijn de basis van dit plan. Het concept is in januari 2026 besproken met
    het directeurenoverleg, de ondersteuningsplanraad en de gemeenten. Hun reacties hebben geleid tot
    een aantal aanpassingen, onder meer in het hoofdstuk over thuiszitters."""),
]
_i = P5_BLOCKS.index(("h1", "3. Basisondersteuning"))
P5_BLOCKS[_i:_i] = [
    P("""Wat betekent dat in de praktijk? Een mentor die merkt dat een leerling vastloopt, hoeft niet eerst
    een formulier in te vullen om hulp van het samenwerkingsverband te krijgen; een telefoontje naar de
    trajectbegeleider is genoeg. Een school die een leerling een aangepast rooster wil geven, hoeft daar
    geen toestemming voor te vragen, maar bespreekt het wel met leerling, ouders en leerplicht. En een
    leerling die het gevoel heeft dat er niet naar hem geluisterd wordt, kan dat aangeven bij de mentor,
    de ondersteuningscoördinator of de leerlingenraad. Wij willen een samenwerkingsverband zijn dat
    zichtbaar is voor de scholen en dat bekendstaat om korte lijnen en snelle antwoorden."""),
    P("""Die visie vraagt ook iets van ons bureau. Wij meten onszelf af aan de tijd die het kost om een
    vraag van een school te beantwoorden, aan de tevredenheid van scholen over onze medewerkers en aan de
    vraag of leerlingen merken dat er iets verandert."""),
]


# ====================================================================== NEAR-MISS
# A VO school's schoolondersteuningsprofiel ("ondersteuningsplan" of one school), not an SWV plan.
N_BLOCKS = [
    TITLE("Schoolondersteuningsprofiel en ondersteuningsplan 2025-2026"),
    SUB("Het Lindecollege — mavo · havo · vwo — locatie Vaartweg"),
    SUB("Aangesloten bij Samenwerkingsverband VO Rivierenland-Oost"),
    BR,
    H1("Inhoud"),
    TOC("1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op het Lindecollege",
        "4 Extra ondersteuning en arrangementen", "5 Het ondersteuningsteam", "6 Ouders",
        "7 Grenzen aan onze ondersteuning", "8 Aanvragen bij het samenwerkingsverband",
        "9 Middelen", "10 Ambities voor dit schooljaar"),
    H1("1 Inleiding"),
    P("""Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning het Lindecollege, locatie
    Vaartweg, biedt aan zijn leerlingen. Het document is tegelijk het ondersteuningsplan van onze school
    voor het schooljaar 2025-2026: het beschrijft hoe wij de ondersteuning organiseren, wie waarvoor
    verantwoordelijk is en welke ambities wij dit jaar hebben. Het SOP is vastgesteld door de
    schoolleiding na advies van de medezeggenschapsraad en wordt jaarlijks geactualiseerd. Het
    samenwerkingsverband waarbij wij zijn aangesloten, gebruikt de SOP's van alle scholen om een beeld te
    krijgen van het aanbod in de regio."""),
    H1("2 Onze leerlingen"),
    P("""Het Lindecollege Vaartweg heeft 1.140 leerlingen, verdeeld over mavo (320), havo (430) en vwo
    (390). Ongeveer 11% van onze leerlingen heeft een vorm van extra ondersteuning; 42 leerlingen hebben
    een ontwikkelingsperspectief (OPP). Veel voorkomende ondersteuningsvragen zijn dyslexie, faalangst,
    concentratieproblemen en problemen met plannen en organiseren. Het aantal leerlingen met angst- en
    somberheidsklachten is de afgelopen twee jaar gestegen."""),
    H1("3 Basisondersteuning op het Lindecollege"),
    P("""Alle scholen van het samenwerkingsverband bieden dezelfde basisondersteuning. Op onze locatie
    betekent dat concreet: elke klas heeft een mentor met een wekelijks mentoruur; er is een dyslexiecoach
    en leerlingen met een dyslexieverklaring krijgen extra tijd en voorleessoftware; wij bieden
    faalangstreductietraining en een training sociale vaardigheden; er is een time-out ruimte met een
    vaste begeleider; en de ondersteuningscoördinator is elke dag aanwezig."""),
    H1("4 Extra ondersteuning en arrangementen"),
    P("""Boven de basis biedt het Lindecollege de volgende arrangementen: het Lindeplein (een rustige
    werkplek met begeleiding voor leerlingen met autisme, maximaal 15 leerlingen), huiswerkbegeleiding
    onder schooltijd, coaching door een orthopedagoog van de school en een aangepast rooster voor
    leerlingen die na ziekte geleidelijk terugkeren. Voor het Lindeplein is een intake nodig; ouders en
    leerling vullen samen met de mentor een aanmeldformulier in."""),
    H1("5 Het ondersteuningsteam"),
    P("""Het ondersteuningsteam (OT) komt elke twee weken bijeen. Vaste leden zijn de
    ondersteuningscoördinator, de orthopedagoog, de jeugdarts, de schoolmaatschappelijk werker en de
    leerplichtambtenaar (op afroep). Mentoren brengen leerlingen in na overleg met de teamleider en na
    toestemming van de ouders. Het OT maakt afspraken over de aanpak en evalueert die na zes weken."""),
    H1("6 Ouders"),
    P("""Ouders worden geïnformeerd via de schoolgids, de ouderavonden per leerjaar, de nieuwsbrief en het
    ouderportaal. Bij een OPP worden ouders twee keer per jaar uitgenodigd voor een evaluatiegesprek.
    Ouders die een klacht hebben, kunnen de klachtenregeling van het bestuur gebruiken; voor
    onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het samenwerkingsverband en
    naar de Onderwijsconsulenten."""),
    H1("7 Grenzen aan onze ondersteuning"),
    P("""Wij kunnen niet alles bieden. Leerlingen die structureel een kleine groep nodig hebben, intensieve
    medische zorg of een therapeutisch klimaat, kunnen wij niet goed helpen. In dat geval zoeken wij in
    overleg met ouders en het samenwerkingsverband een betere plek, bijvoorbeeld het OPDC of het
    voortgezet speciaal onderwijs. Ook leerlingen die terugkeren uit het vso verwelkomen wij graag, als
    wij de ondersteuning kunnen bieden die in hun OPP staat."""),
    H1("8 Aanvragen bij het samenwerkingsverband"),
    P("""Als onze eigen ondersteuning niet voldoende is, vraagt de ondersteuningscoördinator een
    arrangement of een toelaatbaarheidsverklaring (TLV) aan bij het Loket Ondersteuning van het
    samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van het
    samenwerkingsverband. De school bereidt het dossier voor en bespreekt het vooraf met ouders en
    leerling."""),
    H1("9 Middelen"),
    P("""Het Lindecollege ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning.
    In 2025 was dat € 171.000. Wij besteden dit aan de formatie van het Lindeplein (1,2 fte), de
    orthopedagoog (0,6 fte), de dyslexiecoach (0,3 fte) en trainingen. Over de besteding leggen wij
    jaarlijks verantwoording af aan het samenwerkingsverband."""),
    H1("10 Ambities voor dit schooljaar"),
    UL("Alle mentoren volgen een training over angst en somberheid bij jongeren.",
       "Het aantal leerlingen dat langer dan twee weken verzuimt, daalt met een kwart.",
       "Wij evalueren het Lindeplein samen met ouders en leerlingen."),
]
N_LABEL = """documents: [vo-lindecollege-sop-2025.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel of a single VO school ('ondersteuningsplan van onze school', one location, one schooljaar, adopted by schoolleiding after MR advice). It uses SWV vocabulary (basisondersteuning, TLV, arrangementen, OJSP, schoolbudget) but is not the plan of a samenwerkingsverband: no OPR, no OOGO, no planperiode, no toelaatbaarheid procedure of its own."
"""

PLANS_NEAR = [
    dict(stem="vo-lindecollege-sop-2025", format="docx", title="Schoolondersteuningsprofiel 2025-2026 Het Lindecollege",
         author="Het Lindecollege", header="Het Lindecollege — SOP 2025-2026", footer="Lindecollege Vaartweg",
         blocks=N_BLOCKS, label=N_LABEL),
]

PLANS = PLANS_PART1 + PLANS_PART2 + PLANS_PART3 + PLANS_PART4 + PLANS_PART5 + PLANS_NEAR


# ---------------------------------------------------------------- docx
def _normalise_zip(path: Path) -> None:
    """Rewrite a .docx with fixed timestamps and member order so output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp133")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(plan: dict, path: Path) -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = plan.get("author", "")
    cp.title = plan["title"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = plan.get("author", "")
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if plan.get("header"):
        sec.header.paragraphs[0].text = plan["header"]
    if plan.get("footer"):
        sec.footer.paragraphs[0].text = plan["footer"]
    for kind, content in plan["blocks"]:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(content)
            r.bold = True
            r.font.size = Pt(24)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(content)
            r.font.size = Pt(14)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "h3":
            doc.add_heading(content, level=3)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "ul":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in content:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            for line in content:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = content
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


# ---------------------------------------------------------------- html
def write_html(plan: dict, path: Path) -> None:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(plan['title'])}</title>", "</head>", "<body>"]
    if plan.get("header"):
        out.append(f'<header class="site-header"><p>{e(plan["header"])}</p></header>')
    out.append("<main>")
    hid = 0
    for kind, content in plan["blocks"]:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(content)}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"subtitle\">{e(content)}</p>")
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind in ("h1", "h2", "h3"):
            hid += 1
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f'<h{lvl} id="s{hid}">{e(content)}</h{lvl}>')
        elif kind == "p":
            out.append(f"<p>{e(content)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in content) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><ul>' + "".join(f"<li>{e(i)}</li>" for i in content)
                       + "</ul></nav>")
        elif kind == "table":
            rows = content
            t = ["<table>", "<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead>",
                 "<tbody>"]
            for row in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            t.append("</tbody></table>")
            out.append("".join(t))
        else:
            raise ValueError(kind)
    out.append("</main>")
    if plan.get("footer"):
        out.append(f'<footer><p>{e(plan["footer"])}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- pdf
def docx_to_pdf(src: Path, dest: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="holdout133_soffice_"))
    try:
        profile = work / "profile"
        shutil.copy2(src, work / src.name)
        cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(work / src.name)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = work / (src.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not produce {produced}")
        shutil.move(str(produced), str(dest))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- main
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        stem = plan["stem"]
        fmt = plan["format"]
        if fmt == "docx":
            write_docx(plan, OUT / f"{stem}.docx")
        elif fmt == "pdf":
            tmpdir = Path(tempfile.mkdtemp(prefix="holdout133_docx_"))
            try:
                tmp_docx = tmpdir / f"{stem}.docx"
                write_docx(plan, tmp_docx)
                docx_to_pdf(tmp_docx, OUT / f"{stem}.pdf")
            finally:
                shutil.rmtree(tmpdir, ignore_errors=True)
        elif fmt == "html":
            write_html(plan, OUT / f"{stem}.html")
        else:
            raise ValueError(fmt)
        (OUT / f"{stem}.expected.yaml").write_text(plan["label"], encoding="utf-8")
        print("wrote", stem, fmt)


if __name__ == "__main__":
    main()
