#!/usr/bin/env python3
"""Generate the holdout252 test set: five fictional ondersteuningsplannen (PO/VO, south of the
Netherlands) and one near-miss document, plus their .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless)."""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


# --------------------------------------------------------------------------------------------
# Block helpers: a document is a list of (kind, payload) tuples
# --------------------------------------------------------------------------------------------
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(*items): return ("ul", list(items))
def TB(*rows): return ("table", [list(r) for r in rows])


def filler(c):
    """Generic sections real plans contain. They mention element vocabulary only in passing.
    c: dict with naam, kort, code, regio, gemeenten, besturen, scholen, leerlingen, periode,
    opr, oogo, sectorwoord, directeur."""
    f = {}
    f["voorwoord"] = [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan "
          f"sinds de invoering van passend onderwijs in 2014 en het eerste plan dat volledig in de nieuwe "
          f"bestuurlijke structuur tot stand is gekomen. In de afgelopen periode hebben wij veel geleerd. "
          f"Niet alles ging zoals we hoopten, maar de samenwerking tussen de {c['besturen']} schoolbesturen "
          f"in {c['regio']} is hechter dan ooit. Dat is een verdienste van de directeuren, intern "
          f"begeleiders, leraren en ondersteuners die elke dag het verschil maken voor leerlingen."),
        P("Dit plan is geschreven voor iedereen die betrokken is bij passend onderwijs in onze regio: "
          "schoolbesturen en scholen, ouders, medewerkers, gemeenten en partners in jeugdhulp en zorg. "
          "We hebben geprobeerd het plan leesbaar te houden. Waar mogelijk hebben we jargon vermeden; "
          "waar dat niet lukte, helpt de begrippenlijst achterin. Wij danken alle collega's die in de "
          "werkgroepen hebben meegedacht over arrangementen, middelen, toelaatbaarheid en resultaten, en "
          "de leden van de ondersteuningsplanraad voor de kritische en constructieve gesprekken."),
        P(f"Wij wensen u veel leesplezier en kijken uit naar de samenwerking in de komende jaren.\n"
          f"{c['directeur']}, directeur-bestuurder"),
    ]
    f["leeswijzer"] = [
        H1("Inleiding en leeswijzer"),
        P("Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
          "Het plan beschrijft hoe de aangesloten schoolbesturen samen zorgen voor passend onderwijs. "
          "Het plan is geen handboek: de uitvoering ligt grotendeels bij de scholen en besturen, die hun "
          "eigen keuzes maken binnen de kaders die wij samen afspreken. Het plan is tegelijk een "
          "verantwoordingsdocument richting de Inspectie van het Onderwijs, de gemeenten en de "
          "ondersteuningsplanraad."),
        P("Hoofdstuk 1 en 2 schetsen de regio, onze visie en onze missie. Daarna volgen de inhoudelijke "
          "hoofdstukken. De hoofdstukken over organisatie, medezeggenschap, samenwerking met gemeenten, "
          "personeel, ICT en planning sluiten het plan af. De begrippenlijst staat achterin. Het jaarplan "
          "en de jaarbegroting worden elk jaar afzonderlijk vastgesteld en zijn geen onderdeel van dit "
          "document."),
    ]
    f["regio"] = [
        H1("Ons samenwerkingsverband in vogelvlucht"),
        P(f"{c['naam']} (registratienummer {c['code']}) is een stichting waarin {c['besturen']} "
          f"schoolbesturen samenwerken. Het verband omvat {c['scholen']} scholen met samen ongeveer "
          f"{c['leerlingen']} leerlingen in de gemeenten {c['gemeenten']}. De regio kent stedelijke kernen "
          f"en uitgestrekte plattelandsgebieden met kleine dorpsscholen. Het aantal leerlingen daalt "
          f"licht, vooral in de kleinere kernen; in de stedelijke kernen groeit het aantal nieuwkomers."),
        P(f"De scholen verschillen sterk in omvang, denominatie en onderwijsconcept. Naast katholieke en "
          f"openbare scholen zijn er protestants-christelijke, algemeen bijzondere en Daltonscholen. "
          f"Enkele scholen werken met een Jenaplan- of Montessoriconcept. Deze verscheidenheid is een "
          f"rijkdom, maar vraagt ook om heldere gezamenlijke afspraken. Het bureau van het "
          f"samenwerkingsverband is gevestigd in {c['kantoor']} en telt ongeveer twaalf medewerkers."),
        TB(["Gemeente", "Aantal scholen", "Leerlingen (1 oktober 2024)"], *c["tabel_regio"]),
    ]
    f["visie"] = [
        H1("Visie, missie en kernwaarden"),
        P("Wij geloven dat ieder kind recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk "
          "bij huis en samen met leeftijdsgenoten. Passend onderwijs is geen doel op zich, maar een middel "
          "om kinderen zich zo goed mogelijk te laten ontwikkelen. Dat vraagt om vakmanschap van leraren, "
          "om goede samenwerking in de school en om een open gesprek tussen school, ouders en "
          "samenwerkingsverband."),
        P("Onze missie luidt: 'Samen zorgen we dat elk kind in de regio zich kan ontwikkelen, met het "
          "onderwijs en de ondersteuning die het nodig heeft.' Onze kernwaarden zijn vertrouwen, "
          "eigenaarschap, nabijheid en transparantie. Vertrouwen betekent dat wij uitgaan van de "
          "professionaliteit van scholen. Eigenaarschap betekent dat besturen zelf verantwoordelijkheid "
          "nemen voor hun zorgplicht en voor de inzet van middelen. Nabijheid betekent dat wij dicht bij de "
          "scholen staan. Transparantie betekent dat wij open zijn over keuzes en resultaten."),
        P("In de komende planperiode leggen wij de nadruk op drie ontwikkellijnen: inclusiever onderwijs, "
          "minder bureaucratie en een sterkere verbinding met jeugdhulp. Deze lijnen komen in verschillende "
          "hoofdstukken terug en worden uitgewerkt in de jaarplannen."),
    ]
    f["terugblik"] = [
        H1("Terugblik op de vorige planperiode"),
        P("De vorige planperiode stond in het teken van de coronapandemie, het lerarentekort en een "
          "bestuurlijke herinrichting. In 2021 is het samenwerkingsverband overgestapt van een "
          "verenigingsmodel naar een stichting met een raad van toezicht. Het bureau verhuisde in 2022 naar "
          "een nieuw pand dat beter bereikbaar is voor scholen. In 2023 is een nieuw registratiesysteem in "
          "gebruik genomen, waardoor aanvragen volledig digitaal verlopen."),
        P("In gesprekken met directeuren en intern begeleiders kwam steeds terug dat de administratieve "
          "last te hoog werd gevonden. Wij hebben daarom formulieren samengevoegd en overleggen geschrapt. "
          "Ook is geïnvesteerd in de relatie met de gemeenten, onder meer door een gezamenlijk "
          "bestuurlijk overleg twee keer per jaar. Deze ervaringen nemen wij mee in dit plan."),
    ]
    f["governance"] = [
        H1("Organisatie en governance"),
        P(f"{c['naam']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het "
          f"intern toezicht ligt bij een raad van toezicht die bestaat uit vijf leden, van wie twee "
          f"onafhankelijke leden. De aangesloten schoolbesturen vormen samen de algemene vergadering, die "
          f"onder meer de statuten wijzigt en de leden van de raad van toezicht benoemt. De statuten bevatten "
          f"een regeling voor de beslechting van geschillen tussen de aangesloten besturen."),
        P("De directeur-bestuurder is eindverantwoordelijk voor de uitvoering van het ondersteuningsplan en "
          "legt daarover verantwoording af aan de raad van toezicht. Hij wordt ondersteund door een "
          f"managementteam, een controller en een beleidsmedewerker. De governancecode van de {c.get('raad', 'PO-Raad')} is "
          "van toepassing. De raad van toezicht vergadert vijf keer per jaar en voert jaarlijks een "
          "zelfevaluatie uit."),
        P("Een directeurenoverleg per subregio adviseert de directeur-bestuurder over de uitvoering. In "
          "dit overleg worden praktische knelpunten besproken, zoals de bereikbaarheid van het bureau, "
          "de communicatie over scholingsaanbod en de organisatie van netwerkbijeenkomsten."),
    ]
    f["opr"] = [
        H1("Medezeggenschap"),
        P(f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform artikel 4a van de Wet "
          f"medezeggenschap op scholen. De OPR telt twaalf leden die worden afgevaardigd door de "
          f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op de "
          f"vaststelling en wijziging van het ondersteuningsplan. De OPR heeft op {c['opr']} ingestemd met "
          f"dit plan. De OPR vergadert zes keer per jaar en heeft een eigen reglement en een eigen budget "
          f"voor scholing. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor "
          f"het personeel van het bureau."),
    ]
    f["oogo"] = [
        H1("Op overeenstemming gericht overleg met gemeenten"),
        P(f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
          f"colleges van burgemeester en wethouders van de gemeenten {c['gemeenten']}. Het OOGO vond "
          f"plaats op {c['oogo']} en is afgerond met een door alle partijen ondertekend verslag. Ook is het "
          f"plan besproken met het samenwerkingsverband {c['buur']} waarvan het gebied gedeeltelijk "
          f"overlapt met het onze. De geschillenregeling die met de gemeenten is afgesproken, is niet "
          f"ingeroepen."),
    ]
    f["personeel"] = [
        H1("Personeel en professionalisering"),
        P("Het bureau van het samenwerkingsverband heeft een kleine, wendbare formatie. Medewerkers "
          "hebben een achtergrond als orthopedagoog, psycholoog, intern begeleider of leraar. Iedere "
          "medewerker heeft jaarlijks een gesprek over ontwikkeling en welzijn. Het ziekteverzuim lag in de "
          "afgelopen jaren onder het landelijk gemiddelde. Bij vacatures zoeken wij nadrukkelijk naar "
          "collega's die de scholen in de regio kennen."),
        P("Voor de scholen organiseert het samenwerkingsverband netwerken voor intern begeleiders en "
          "directeuren. Deze netwerken komen vier keer per jaar bij elkaar. Onderwerpen in de afgelopen "
          "jaren waren onder meer executieve functies, omgaan met trauma, meertaligheid en de samenwerking "
          "met jeugdhulp. Scholen en besturen blijven zelf verantwoordelijk voor de professionalisering "
          "van hun personeel; het samenwerkingsverband vult aan waar gezamenlijkheid meerwaarde heeft. "
          "Het personeelsbeleid van de besturen valt buiten dit plan."),
    ]
    f["ict"] = [
        H1("ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat nodig is voor "
          "zijn wettelijke taken. Een functionaris gegevensbescherming ziet toe op de naleving van de AVG. "
          "Het privacyreglement is in 2024 geactualiseerd. Dossiers worden digitaal beheerd in een "
          "beveiligde omgeving, en gegevens worden niet langer bewaard dan de wettelijke termijn. "
          "Medewerkers volgen elk jaar een korte training informatiebeveiliging."),
        P("Wij werken met een regionaal digitaal aanvraagsysteem dat door meerdere samenwerkingsverbanden "
          "wordt gebruikt. Scholen loggen in met hun eigen account. Het systeem is gekoppeld aan het "
          "leerlingvolgsysteem van de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd. "
          "Een datalek wordt binnen 72 uur gemeld aan de Autoriteit Persoonsgegevens."),
    ]
    f["huisvesting"] = [
        H1("Leerlingenvervoer en onderwijshuisvesting"),
        P("Leerlingenvervoer en onderwijshuisvesting zijn verantwoordelijkheden van de gemeenten. Het "
          "samenwerkingsverband heeft daarin geen eigen middelen of taken, maar signaleert knelpunten. "
          "Zo kan een lange reistijd naar een speciale school de keuze van ouders beïnvloeden. In het "
          "bestuurlijk overleg met de wethouders onderwijs brengen wij zulke signalen in. De gemeentelijke "
          "verordeningen leerlingenvervoer zijn te vinden op de websites van de gemeenten."),
    ]
    f["totstandkoming"] = [
        H1("Totstandkoming van dit plan"),
        P("Dit plan is in ruim een jaar tot stand gekomen. Een stuurgroep met vertegenwoordigers van "
          "besturen, directeuren, intern begeleiders en het bureau begeleidde het proces. In vier "
          "werkgroepen zijn thema's voorbereid. Tijdens drie regionale bijeenkomsten konden leraren, "
          "intern begeleiders en directeuren reageren op conceptteksten. Ook hebben wij gesproken met "
          "leerplichtambtenaren, jeugdconsulenten en de wijkteams. De raad van toezicht heeft het plan "
          "goedgekeurd, waarna het door de directeur-bestuurder is vastgesteld en aan de Inspectie van het "
          "Onderwijs is toegezonden."),
    ]
    f["planning"] = [
        H1("Planning en jaarcyclus"),
        P("Het ondersteuningsplan is het meerjarige kader. Elk jaar vertalen wij het plan in een jaarplan "
          "met activiteiten. Onderstaande tabel geeft de vaste jaarcyclus weer."),
        TB(["Periode", "Activiteit", "Betrokken"],
           ["september", "Start schooljaar, netwerkbijeenkomst intern begeleiders", "bureau, scholen"],
           ["oktober", "Teldatum leerlingaantallen", "besturen"],
           ["december", "Vaststelling jaarplan en jaarbegroting", "directeur-bestuurder, RvT"],
           ["februari", "Bestuurlijk overleg met wethouders", "bestuur, gemeenten"],
           ["april", "Evaluatiegesprekken met besturen", "bureau, besturen"],
           ["juni", "Vaststelling jaarverslag en jaarrekening", "directeur-bestuurder, RvT"],
           ["juli", "Afsluiting schooljaar, OPR-vergadering", "OPR"]),
    ]
    f["slot"] = [
        H1("Tot slot"),
        P("Passend onderwijs is een gezamenlijke opdracht. Dit plan geeft de richting aan, maar de echte "
          "verandering ontstaat in de klas, in het gesprek tussen leraar en leerling, en in de "
          "samenwerking tussen school en thuis. Wij nodigen iedereen uit om met ons mee te denken en ons "
          "scherp te houden. Opmerkingen en vragen over dit plan zijn welkom bij het bureau."),
    ]
    f["omgeving"] = [
        H1("Ontwikkelingen in onze omgeving"),
        P("Het onderwijs in de regio staat onder druk. Het lerarentekort is in de stedelijke kernen het "
          "grootst; sommige scholen werken met vierdaagse lesweken of met onbevoegde invallers. Tegelijk "
          "daalt het aantal leerlingen in de dorpen, waardoor kleine scholen kwetsbaar worden. Besturen "
          "onderzoeken fusies en samenwerkingsscholen. Deze ontwikkelingen raken passend onderwijs direct: "
          "een team dat voortdurend wisselt, kan minder goed afstemmen op wat kinderen nodig hebben."),
        P("Ook landelijk verandert er veel. De Verbeteraanpak passend onderwijs loopt tot en met 2026 en "
          "brengt nieuwe afspraken over inclusiever onderwijs, over de rol van de samenwerkingsverbanden en "
          "over de verantwoording. De wetgever werkt aan versterking van de positie van ouders en "
          "leerlingen, en het ministerie bereidt een landelijke norm voor basisondersteuning voor. Wij volgen "
          "deze ontwikkelingen en passen het plan zo nodig tussentijds aan, steeds met instemming van de "
          "ondersteuningsplanraad."),
        P("In de regio werken gemeenten aan een nieuwe inrichting van de jeugdhulp, met wijkteams die dichter "
          "bij de scholen staan. Veel kinderen die op school extra aandacht nodig hebben, krijgen ook thuis "
          "of in de wijk ondersteuning. Wij vinden het belangrijk dat school en wijkteam elkaar kennen."),
    ]
    f["risico"] = [
        H1("Randvoorwaarden en risico's"),
        P("De uitvoering van dit plan is afhankelijk van een aantal randvoorwaarden. De belangrijkste zijn "
          "voldoende gekwalificeerd personeel op de scholen, stabiele landelijke regelgeving en een "
          "constructieve samenwerking tussen de besturen. Wanneer een van deze voorwaarden wegvalt, kan de "
          "planning van de ontwikkellijnen in gevaar komen."),
        P("Het bestuur brengt elk jaar de belangrijkste organisatorische risico's in kaart, zoals het vertrek "
          "van ervaren medewerkers, uitval van ICT-systemen en wijzigingen in de wet- en regelgeving. Voor "
          "elk risico is een eigenaar benoemd. De raad van toezicht bespreekt het overzicht in juni."),
    ]
    f["bureau"] = [
        H1("Het bureau en de werkwijze"),
        P("Het bureau is het uitvoerende hart van het samenwerkingsverband. Het bureau is op werkdagen "
          "telefonisch bereikbaar van 8.30 tot 16.30 uur. Medewerkers werken deels op kantoor en deels op "
          "de scholen. Elke school heeft een vaste contactpersoon die de school en haar team goed kent. Die "
          "contactpersoon bezoekt de school minstens twee keer per jaar voor een algemeen gesprek met de "
          "directeur over de samenwerking."),
        P("Intern werkt het bureau met een jaarplanning, een wekelijks teamoverleg en een maandelijkse "
          "casuïstiekbespreking. Medewerkers houden hun vakkennis bij via intervisie, scholing en deelname "
          "aan landelijke netwerken. Nieuwe medewerkers krijgen een inwerkprogramma van drie maanden met "
          "een vaste buddy. Jaarlijks stelt het bureau een eigen ontwikkelagenda op, afgeleid van het "
          "jaarplan van het samenwerkingsverband."),
        P("Het samenwerkingsverband werkt samen met andere samenwerkingsverbanden in de provincie in een "
          "provinciaal netwerk. In dat netwerk worden kennis en instrumenten gedeeld, bijvoorbeeld over "
          "privacy, over de inkoop van ICT en over de inrichting van de administratie."),
    ]
    return f



# --------------------------------------------------------------------------------------------
# Plan A - PO, Zeeland (docx). ouders missing; terugstroom partial (procedure deferred);
# resultaten partial (monitoring deferred); financien under "Geld en middelen".
# --------------------------------------------------------------------------------------------
def plan_a():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Walcheren-Schelde", kort="SWV Walcheren-Schelde",
             code="PO 29-07", regio="Walcheren", gemeenten="Middelburg, Vlissingen en Veere", besturen=6,
             scholen=48, leerlingen="9.400", periode="2025-2029", opr="18 maart 2025",
             oogo="4 februari 2025", directeur="drs. M.J. Verhulst", kantoor="Middelburg",
             buur="VO Walcheren (VO 29-03)",
             tabel_regio=[["Middelburg", "19", "3.950"], ["Vlissingen", "17", "3.520"], ["Veere", "12", "1.930"]])
    f = filler(c)
    basis = [
        H1("Wat elke school biedt: basisondersteuning"),
        P("Basisondersteuning is in ons verband de ondersteuning die iedere vestiging van iedere aangesloten "
          "basisschool biedt, voor alle leerlingen, zonder dat daarvoor een aanvraag bij het "
          "samenwerkingsverband nodig is. De zes besturen hebben het niveau in juni 2024 samen vastgesteld. "
          "Het is een ondergrens: een school mag meer bieden, maar niet minder. Elke school legt in haar "
          "eigen zorgbeleid vast hoe zij de afspraken invult."),
        P("De afspraken zijn uitgewerkt in zes domeinen. In de tabel staat per domein wat op elke school "
          "aanwezig is."),
        TB(["Domein", "Wat op elke school aanwezig is"],
           ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; een "
            "ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt; een leerlingvolgsysteem met "
            "halfjaarlijkse analyse per groep."],
           ["Lezen, spelling en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; drie "
            "signaleringsmomenten per jaar in groep 1 t/m 4; verlengde instructie en preteaching; "
            "toegang tot voorleessoftware vanaf groep 5."],
           ["Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; hulpmiddelen zoals tafelkaart en "
            "rekenmachine bij vastgestelde dyscalculie."],
           ["Sociaal-emotionele ontwikkeling en gedrag", "Een erkend programma voor sociale veiligheid; "
            "een anti-pestcoördinator; een gedragsprotocol; een time-outplek binnen de school."],
           ["Meer- en hoogbegaafdheid", "Signalering met een vastgesteld instrument in groep 2 en groep 5; "
            "compacten en verrijken in de eigen groep."],
           ["Medisch handelen en fysieke toegankelijkheid", "Een protocol medisch handelen; afspraken over "
            "medicijnverstrekking; een rustplek."]),
        P("Het bureau bespreekt elk jaar met ieder bestuur de kwaliteitskaart basisondersteuning. Blijkt een "
          "school onder het afgesproken niveau te zitten, dan stelt het bestuur binnen drie maanden een "
          "verbeterplan op; het bureau volgt de uitvoering."),
    ]
    dekkend = [
        H1("Extra ondersteuning en het ondersteuningscontinuüm"),
        P("Boven op de basisondersteuning kent ons verband vier niveaus. Samen vormen zij het "
          "ondersteuningscontinuüm van de regio: van ondersteuning in de eigen groep tot een plek op een "
          "speciale school."),
        TB(["Niveau", "Omschrijving", "Voorbeelden"],
           ["1", "Basisondersteuning in de eigen school", "zie vorig hoofdstuk"],
           ["2", "Arrangement op de eigen school, toegekend door het Loket",
            "individueel arrangement gedrag, taalondersteuning nieuwkomers, inzet ambulante begeleiding"],
           ["3", "Bovenschoolse voorziening", "Taalschool Walcheren (nieuwkomers), Plusklas Veere, "
            "observatiegroep jonge kind Middelburg"],
           ["4", "Speciaal basisonderwijs of speciaal onderwijs", "SBO De Wissel, SO-locaties cluster 3 en 4 "
            "in Middelburg en Vlissingen"]),
        P("Het Loket is het centrale aanspreekpunt voor scholen. Een consulent van het Loket sluit aan bij het "
          "ondersteuningsteam van de school en kijkt samen met de school welke ondersteuning nodig is. Zo "
          "nodig wordt een onderwijs-zorgarrangement gemaakt met de jeugdhulp van de gemeente; daarover "
          "zijn met de drie gemeenten werkafspraken gemaakt."),
        H2("Witte vlekken en leerlingen zonder passende plek"),
        P("Elk voorjaar brengt het bureau in beeld waar het aanbod tekortschiet. Bronnen zijn de wachtlijsten "
          "van de bovenschoolse voorzieningen, de meldingen van leerplicht en de gesprekken met de "
          "ondersteuningsteams. In 2024 bleek er geen passende plek te zijn voor jonge kinderen met een grote "
          "ontwikkelingsachterstand; daarom start per 1 augustus 2025 de observatiegroep in Middelburg."),
        P("Voor thuiszitters geldt een vaste werkwijze: de school meldt een leerling die langer dan vier weken "
          "geen onderwijs volgt binnen een week bij het Loket. Het Thuiszittersoverleg, met leerplicht, "
          "jeugdhulp en het Loket, komt elke zes weken bijeen en wijst per leerling een casusregisseur aan. "
          "Lukt het niet binnen drie maanden een plek te vinden, dan escaleert de casusregisseur naar de "
          "directeur-bestuurder, die de besturen aanspreekt op hun gezamenlijke zorgplicht."),
    ]
    plaatsing = [
        H1("Toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs"),
        H2("Procedure"),
        P("Een toelaatbaarheidsverklaring (TLV) voor het SBO of het SO cluster 3 of 4 wordt aangevraagd door "
          "het bevoegd gezag van de school waar de leerling staat ingeschreven. De aanvraag verloopt in vier "
          "stappen:"),
        UL("Stap 1: de school bespreekt de leerling in het ondersteuningsteam en stelt het groeidocument met "
           "ontwikkelingsperspectief op.",
           "Stap 2: de school dient de aanvraag in via het digitale aanvraagsysteem van het Loket.",
           "Stap 3: twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
           "psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een maatschappelijk werker "
           "of kinderarts. Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
           "Stap 4: de Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na "
           "ontvangst van de volledige aanvraag."),
        H2("Criteria"),
        P("Een leerling is toelaatbaar tot het SBO wanneer (a) de school aantoonbaar de basisondersteuning en "
          "ten minste één arrangement van niveau 2 gedurende minimaal twintig weken heeft ingezet en "
          "geëvalueerd, (b) de ondersteuningsbehoefte blijvend de mogelijkheden van de reguliere school "
          "overstijgt en (c) de leerling is aangewezen op een kleinere groep met een specialistische "
          "aanpak. Voor het SO geldt daarnaast dat de ondersteuningsbehoefte voortkomt uit een "
          "verstandelijke, lichamelijke of meervoudige beperking, een langdurige ziekte of ernstige "
          "gedrags- of psychiatrische problematiek, en dat het SBO geen passend aanbod kan doen."),
        H2("Duur, categorie en bezwaar"),
        P("Een TLV wordt afgegeven tot 31 juli van het schooljaar waarin de termijn afloopt; voor het SBO "
          "maximaal twee schooljaren, voor het SO maximaal drie. Bij een TLV voor het SO wordt de "
          "bekostigingscategorie laag, midden of hoog vermeld. Tegen het besluit kan binnen zes weken bezwaar "
          "worden gemaakt bij het samenwerkingsverband; het verband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
    ]
    terug = [
        H1("Terug naar de basisschool"),
        P("Plaatsing in het SBO of SO is voor ons geen eindstation. Ons uitgangspunt is dat een leerling "
          "terugkeert naar een reguliere basisschool, bij voorkeur dicht bij huis, zodra het "
          "ontwikkelingsperspectief laat zien dat de leerling daar met ondersteuning tot zijn recht kan "
          "komen. Terugkeer gebeurt alleen als de ontvangende school de benodigde ondersteuning kan bieden "
          "en het moment in het schooljaar gunstig is, bij voorkeur na de zomervakantie."),
        P("Bij terugkeer krijgt de ontvangende school een terugkeerarrangement van maximaal één schooljaar. "
          "Daarin begeleidt een leerkracht van de SBO- of SO-school de leerling en de nieuwe leerkracht "
          "ambulant, gemiddeld twee uur per week. Het samenwerkingsverband betaalt dit arrangement."),
        P("De stappen rond de evaluatie in het laatste jaar van de TLV, wie het initiatief neemt en wie "
          "uiteindelijk besluit, leggen wij vast in een stappenplan. De werkgroep S(B)O legt dat stappenplan "
          "in het voorjaar van 2026 aan het bestuur voor."),
    ]
    fin = [
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
          "Na de verplichte afdrachten aan DUO voor leerlingen in het SO en de groeibekostiging van het SBO "
          "resteert het bedrag dat wij zelf verdelen."),
        H2("Hoe verdelen wij?"),
        P("Het resterende budget gaat voor het grootste deel rechtstreeks naar de besturen: per leerling op de "
          "teldatum van 1 oktober ontvangt het bestuur € 165, en per vestiging een vaste voet van € 8.000. "
          "De besturen zetten dit geld in voor de ondersteuningsstructuur en de arrangementen van niveau 2 "
          "die zij zelf organiseren. Het overige deel beheert het samenwerkingsverband voor de bovenschoolse "
          "voorzieningen en voor arrangementen die het Loket toekent op basis van de aanvraag van de school "
          "en het advies van de consulent. Besturen verantwoorden de besteding jaarlijks vóór 1 april in een "
          "vast format."),
        H2("Meerjarenbegroting"),
        TB(["x € 1.000", "2025", "2026", "2027", "2028"],
           ["Baten ondersteuningsbudget", "8.410", "8.320", "8.230", "8.150"],
           ["Afdrachten SO (DUO)", "-2.960", "-2.940", "-2.920", "-2.900"],
           ["Groeibekostiging SBO", "-310", "-300", "-300", "-290"],
           ["Toekenning aan besturen", "-3.190", "-3.160", "-3.120", "-3.090"],
           ["Bovenschoolse voorzieningen", "-980", "-1.010", "-1.030", "-1.040"],
           ["Arrangementen Loket", "-520", "-510", "-500", "-490"],
           ["Bureau en organisatie", "-610", "-620", "-630", "-640"],
           ["Resultaat", "-160", "-220", "-270", "-300"]),
        P("De negatieve resultaten zijn bewust begroot: de algemene reserve bedroeg eind 2024 € 1,9 miljoen "
          "en ligt daarmee boven de signaleringswaarde. Wij bouwen de reserve in deze planperiode af tot het "
          "niveau van het benodigde weerstandsvermogen."),
    ]
    result = [
        H1("Ambities voor 2025-2029"),
        P("Wij willen dat passend onderwijs voor leerlingen merkbaar beter wordt. Daarom hebben wij voor deze "
          "planperiode de volgende beoogde resultaten geformuleerd."),
        TB(["Ambitie", "Beoogd resultaat in 2029"],
           ["Minder thuiszitters", "Geen enkele leerling langer dan drie maanden zonder onderwijsaanbod"],
           ["Snellere besluitvorming", "95% van de TLV-aanvragen afgehandeld binnen zes weken"],
           ["Meer leerlingen thuisnabij", "Deelnamepercentage SBO gedaald van 2,6% naar 2,2%"],
           ["Tevreden scholen", "Gemiddeld rapportcijfer van directeuren voor het Loket minimaal 7,5"]),
        P("Op welke manier wij deze ambities volgen, met welke bronnen en wanneer wij erover rapporteren, "
          "krijgt een plek in het kwaliteitskader van het samenwerkingsverband. Dat kader wordt in de loop "
          "van 2026 opgesteld."),
    ]
    glos = [
        H1("Begrippenlijst"),
        TB(["Begrip", "Betekenis"],
           ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
           ["Loket", "Centraal aanspreekpunt van het samenwerkingsverband voor scholen."],
           ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terecht "
            "kunnen met vragen over passend onderwijs."],
           ["OPP", "Ontwikkelingsperspectief(plan)."],
           ["OPR", "Ondersteuningsplanraad."],
           ["Schoolgids", "Document waarin de school ouders informeert over onder meer de ondersteuning."],
           ["TLV", "Toelaatbaarheidsverklaring voor SBO of SO."],
           ["Terugplaatsing", "Terugkeer van een leerling uit SBO of SO naar het regulier onderwijs."],
           ["Meerjarenbegroting", "Begroting voor meerdere jaren."]),
    ]
    body = (f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"] + f["terugblik"] + f["omgeving"] + basis + dekkend
            + plaatsing + terug + fin + result + f["bureau"] + f["governance"] + f["opr"] + f["oogo"] + f["personeel"]
            + f["ict"] + f["huisvesting"] + f["totstandkoming"] + f["risico"] + f["planning"] + f["slot"] + glos)
    label = dict(
        sector="po",
        status=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                    financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial",
                    ouders="missing"),
        crit={"terugstroom.procedure": False, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 'Wat elke school biedt': minimum for every vestiging + domain table; kwaliteitskaart = borging.",
               "plaatsing": "Ch. 'Toelaatbaarheid': 4 steps, Commissie Toelaatbaarheid, criteria sbo/so, two deskundigen, duration, LBT bezwaar.",
               "terugstroom": "Ch. 'Terug naar de basisschool': policy + terugkeerarrangement given; steps/initiator/decision deferred to a stappenplan 'voorjaar 2026'.",
               "financien": "Ch. 'Geld en middelen': EUR 165 per leerling + vaste voet, Loket arrangementen; meerjarenbegroting table 2025-2028.",
               "dekkend-aanbod": "Ch. 'Extra ondersteuning': 4-level continuum table; 'Witte vlekken' paragraph with thuiszitters approach.",
               "resultaten": "Ch. 'Ambities': target table (doelen); how they are monitored is deferred to a kwaliteitskader 'in de loop van 2026'.",
               "ouders": "No section on informing parents or independent support; OJSP/schoolgids only in the begrippenlijst; ouders only in passing (voorwoord, visie)."},
    )
    return c, body, label


# --------------------------------------------------------------------------------------------
# Plan B - PO, Brabant (docx). basisondersteuning partial (inhoud referred to SOPs/absent annex);
# plaatsing partial (criteria deferred); terugstroom present but hidden inside the TLV chapter;
# financien partial (begroting in absent bijlage); ouders present inside "Communicatie".
# --------------------------------------------------------------------------------------------
def plan_b():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs De Dommelvallei", kort="SWV De Dommelvallei",
             code="PO 30-11", regio="de Meierij", gemeenten="Boxtel, Sint-Michielsgestel en Vught", besturen=5,
             scholen=37, leerlingen="7.100", periode="2025-2029", opr="2 april 2025",
             oogo="11 maart 2025", directeur="mevr. A.C.M. van den Heuvel", kantoor="Boxtel",
             buur="VO De Meierij", tabel_regio=[["Boxtel", "12", "2.480"], ["Sint-Michielsgestel", "13", "2.390"],
                                               ["Vught", "12", "2.230"]])
    f = filler(c)
    basis = [
        H1("Basisondersteuning"),
        P("Basisondersteuning is in De Dommelvallei het gezamenlijk afgesproken minimumniveau van "
          "ondersteuning dat elke school van elk aangesloten bestuur, op iedere locatie, aan alle leerlingen "
          "biedt, zonder tussenkomst van het samenwerkingsverband. De besturen hebben dit niveau op 14 "
          "november 2024 in de algemene vergadering vastgesteld. Wat daarboven uitgaat, is extra "
          "ondersteuning."),
        P("Wij sluiten aan bij de vier aspecten uit het Referentiekader passend onderwijs: basiskwaliteit, "
          "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig "
          "werken. Hoe deze aspecten op een school concreet zijn ingevuld, beschrijft iedere school in haar "
          "schoolondersteuningsprofiel, dat te vinden is via Scholen op de kaart. De uitwerking per domein "
          "staat in de Kaart Basisondersteuning (bijlage 2)."),
    ]
    dekkend = [
        H1("Een dekkend netwerk van voorzieningen"),
        P("Ons doel is dat elke leerling in de regio een passende plek heeft. Daarvoor kennen wij een "
          "samenhangend aanbod dat oploopt in intensiteit."),
        UL("Ondersteuning in de eigen groep en de eigen school, binnen de basisondersteuning.",
           "Arrangementen op de eigen school: het samenwerkingsverband kent op aanvraag een arrangement toe "
           "in de vorm van expertise (bijvoorbeeld een gedragsspecialist) of formatie, voor maximaal een "
           "schooljaar.",
           "Bovenschoolse voorzieningen: de Taalklas in Boxtel voor nieuwkomers (maximaal een jaar), de "
           "Plusklas De Uitdaging voor hoogbegaafde leerlingen (een dagdeel per week) en de observatiegroep "
           "Kompas in Vught voor kinderen van 4 tot 7 jaar van wie de ondersteuningsbehoefte nog onduidelijk is.",
           "Speciaal basisonderwijs (SBO De Linde en SBO Het Baken) en speciaal onderwijs cluster 3 en 4 in "
           "en buiten de regio, onder meer in 's-Hertogenbosch en Eindhoven."),
        P("Scholen, ouders en jeugdhulp vinden de weg naar dit aanbod via het Ondersteuningsloket. Met de "
          "gemeenten zijn afspraken gemaakt over onderwijs-zorgarrangementen, waarbij jeugdhulp onder "
          "schooltijd in de school wordt geboden."),
        H2("Thuiszitters en witte vlekken"),
        P("Twee keer per jaar analyseren wij met leerplicht het verzuim en de vrijstellingen. Elke leerling "
          "die langer dan twee weken thuiszit, wordt besproken in het Doorbraakoverleg. Daar wordt binnen "
          "tien schooldagen een plan gemaakt met een verantwoordelijke regisseur. Signalen over ontbrekend "
          "aanbod verzamelen wij in een 'witte-vlekkenregister', dat jaarlijks in de algemene vergadering "
          "wordt besproken; voor elke witte vlek wordt een eigenaar en een termijn vastgelegd. Zo is in 2024 "
          "besloten tot de uitbreiding van de observatiegroep Kompas met tien plaatsen."),
    ]
    plaatsing = [
        H1("Toewijzing en toelaatbaarheid"),
        H2("Aanvraag van een toelaatbaarheidsverklaring"),
        P("Wanneer een school, ondanks basisondersteuning en arrangementen, niet kan bieden wat een leerling "
          "nodig heeft, kan het schoolbestuur een toelaatbaarheidsverklaring aanvragen voor het SBO of het "
          "SO. De aanvraag wordt ingediend bij het Ondersteuningsloket met het groeidocument, het "
          "ontwikkelingsperspectief en de zienswijze van de ouders. Een orthopedagoog of psycholoog van "
          "het loket en een tweede deskundige, afhankelijk van de hulpvraag, brengen ieder een eigen advies "
          "uit. De Commissie van Toelaatbaarheid neemt binnen zes weken een besluit. Ouders en school "
          "ontvangen het besluit en de adviezen schriftelijk."),
        P("Of een leerling toelaatbaar is, beoordeelt de commissie met een afwegingskader. Dat kader wordt "
          "op dit moment samen met de SBO- en SO-scholen herzien; het herziene kader wordt na instemming "
          "van de OPR als aanvulling aan dit plan toegevoegd."),
        P("Een TLV voor het SBO geldt in de regel twee schooljaren, een TLV voor het SO twee of drie "
          "schooljaren, steeds tot 31 juli. Bij een TLV voor het SO wordt de bekostigingscategorie vermeld. "
          "Wie het niet eens is met het besluit, kan binnen zes weken bezwaar maken. De Landelijke "
          "Bezwaaradviescommissie adviseert het samenwerkingsverband over het bezwaar."),
        H2("Afloop van de verklaring"),
        P("Wij vinden dat een leerling niet langer in het SBO of SO hoort te blijven dan nodig is. Het doel "
          "is dat leerlingen die dat kunnen, teruggaan naar een reguliere school in hun eigen woonplaats. "
          "Voorwaarde is dat de ondersteuningsbehoefte binnen de basisondersteuning met een arrangement kan "
          "worden opgevangen en dat de leerling en ouders de overstap zien zitten."),
        P("De SBO- of SO-school evalueert het ontwikkelingsperspectief ieder jaar in januari. In het laatste "
          "jaar van de TLV nodigt de speciale school vóór 1 maart de ouders, een consulent van het loket en "
          "een mogelijke ontvangende basisschool uit voor een overgangsgesprek. Daarin wordt besproken of "
          "de leerling kan overstappen, een proefplaatsing van zes weken nodig is, of dat een nieuwe TLV "
          "moet worden aangevraagd. De Commissie van Toelaatbaarheid beslist vóór 1 mei over verlenging; "
          "zonder verlenging eindigt de TLV op 31 juli en start de leerling na de zomer op de nieuwe school."),
        P("De ontvangende school krijgt een meeneem-arrangement: gedurende twintig weken begeleidt een "
          "leerkracht van de speciale school de leerling en het team. Het samenwerkingsverband bekostigt "
          "dit arrangement volledig. In 2023-2024 keerden op deze manier 14 leerlingen terug naar het "
          "regulier onderwijs."),
    ]
    fin = [
        H1("Financiën"),
        P("De ondersteuningsmiddelen verdelen wij volgens een schoolmodel. Na aftrek van de verplichte "
          "afdrachten voor SO en SBO gaat 70% van het budget naar de besturen, naar rato van het aantal "
          "leerlingen op 1 oktober van het voorgaande jaar (in 2025: € 172 per leerling). De overige 30% "
          "zet het samenwerkingsverband in voor arrangementen en bovenschoolse voorzieningen; het "
          "Ondersteuningsloket kent deze toe op grond van de aanvraag van de school, met een maximum per "
          "arrangement van € 12.000 per schooljaar."),
        P("Besturen bepalen zelf hoe zij hun deel inzetten en leggen daarover elk jaar vóór 1 maart "
          "verantwoording af in een verantwoordingsgesprek met het bureau. De meerjarenbegroting voor de "
          "planperiode is opgenomen in bijlage 5."),
    ]
    result = [
        H1("Kwaliteit en resultaten"),
        P("Wij formuleren onze beoogde resultaten zo dat wij ze kunnen meten. Onderstaande tabel toont per "
          "doel het resultaat van de vorige planperiode en het doel voor 2029."),
        TB(["Doel", "Bereikt 2024", "Beoogd 2029"],
           ["Thuiszitters langer dan 3 maanden", "9", "hooguit 3"],
           ["Doorlooptijd TLV-aanvraag", "gemiddeld 7 weken", "hooguit 6 weken"],
           ["Leerlingen terug naar regulier per jaar", "14", "20"],
           ["Tevredenheid ouders over het loket", "7,1", "7,5"]),
        P("Wij volgen deze resultaten met de Dommelmonitor, een dashboard dat twee keer per jaar wordt "
          "gevuld met gegevens uit het aanvraagsysteem, DUO-telling en leerplicht. De uitkomsten worden "
          "besproken met de besturen en de raad van toezicht, en jaarlijks openbaar gemaakt in het "
          "jaarverslag. Eens per twee jaar houden wij een tevredenheidspeiling onder ouders en scholen. "
          "Wijkt een indicator meer dan 10% af van de koers, dan bespreekt het bestuur bijsturing."),
    ]
    ouders = [
        H1("Communicatie en informatievoorziening"),
        P("Goede communicatie is de basis van vertrouwen. Het samenwerkingsverband communiceert met scholen "
          "via een maandelijkse nieuwsbrief en via het intranet."),
        P("Ouders vinden informatie over het ondersteuningsaanbod op onze website, in de ouderbrochure "
          "'Wat als mijn kind meer nodig heeft?' (in het Nederlands, Engels, Arabisch en Pools), in de "
          "schoolgids van iedere school en tijdens twee informatieavonden per jaar. Iedere intern "
          "begeleider heeft de brochure beschikbaar en reikt die uit bij het eerste gesprek over extra "
          "ondersteuning."),
        P("Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Meierij. Dat "
          "steunpunt wordt beheerd door een onafhankelijke stichting, werkt alleen in het belang van het "
          "kind en is bereikbaar per telefoon, e-mail en via een wekelijks inloopspreekuur. Lukt het niet om "
          "er samen met school uit te komen, dan kunnen ouders kosteloos een beroep doen op de "
          "Onderwijsconsulenten of een klacht indienen bij de landelijke klachtencommissie waarbij de "
          "besturen zijn aangesloten."),
        P("Ouders hebben zitting in de OPR en worden bij het opstellen van het ontwikkelingsperspectief "
          "als gesprekspartner betrokken."),
    ]
    glos = [
        H1("Begrippenlijst en afkortingen"),
        TB(["Begrip", "Betekenis"],
           ["Afwegingskader", "Criteria op basis waarvan de commissie beoordeelt of een leerling toelaatbaar is."],
           ["Basisondersteuning", "Ondersteuning die alle scholen bieden."],
           ["CvT", "Commissie van Toelaatbaarheid."],
           ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar."],
           ["OJSP", "Ouder- en jeugdsteunpunt."],
           ["SOP", "Schoolondersteuningsprofiel."],
           ["Terugplaatsing", "Overstap van SBO/SO naar het regulier onderwijs."]),
    ]
    body = (f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"] + f["terugblik"] + f["omgeving"] + basis + dekkend
            + plaatsing + fin + result + ouders + f["bureau"] + f["governance"] + f["opr"] + f["oogo"] + f["personeel"]
            + f["ict"] + f["huisvesting"] + f["totstandkoming"] + f["risico"] + f["planning"] + f["slot"] + glos)
    label = dict(
        sector="po",
        status=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                    financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present",
                    ouders="present"),
        crit={"basisondersteuning.inhoud": False, "plaatsing.criteria": False, "financien.besteding": False},
        adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
             "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning' defines the agreed minimum for every location (niveau) but content = only the 4 Referentiekader aspects + referral to SOPs/Scholen op de kaart and absent bijlage 2.",
               "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid': procedure (loket, dossier, 2 deskundigen, CvT, 6 weken) present; criteria: 'afwegingskader wordt herzien', to be added later.",
               "terugstroom": "Hidden in TLV chapter, sub-heading 'Afloop van de verklaring': policy, yearly OPP evaluation, overgangsgesprek before 1 March, CvT decides before 1 May, meeneem-arrangement; 14 returns.",
               "financien": "Ch. 'Financien': schoolmodel 70/30, EUR 172 per leerling, loket arrangementen (verdeling); meerjarenbegroting only 'opgenomen in bijlage 5' (absent).",
               "dekkend-aanbod": "Ch. 'Een dekkend netwerk': 4-step continuum list with named voorzieningen; thuiszitters Doorbraakoverleg and witte-vlekkenregister.",
               "resultaten": "Ch. 'Kwaliteit en resultaten': table bereikt 2024/beoogd 2029; Dommelmonitor twice a year, jaarverslag, peiling.",
               "ouders": "Inside ch. 'Communicatie en informatievoorziening': website, brochure in 4 languages, schoolgids, info evenings; OJSP Meierij, Onderwijsconsulenten, klachtencommissie."},
    )
    return c, body, label


# --------------------------------------------------------------------------------------------
# Plan C - PO, Zuid-Limburg (pdf). plaatsing partial (procedure only on website, criteria in a
# table); terugstroom missing (heading with deferral); financien present only in tables;
# dekkend-aanbod partial (lacunes deferred); ouders partial (steunpunt not yet arranged).
# --------------------------------------------------------------------------------------------
def plan_c():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Maas en Heuvelland", kort="SWV Maas en Heuvelland",
             code="PO 31-08", regio="het Heuvelland",
             gemeenten="Meerssen, Valkenburg aan de Geul, Eijsden-Margraten en Gulpen-Wittem", besturen=4,
             scholen=41, leerlingen="6.300", periode="2025-2029", opr="26 maart 2025",
             oogo="20 februari 2025", directeur="dhr. drs. J.H.M. Ramakers", kantoor="Meerssen",
             buur="VO Zuid-Limburg West",
             tabel_regio=[["Meerssen", "10", "1.520"], ["Valkenburg aan de Geul", "9", "1.240"],
                          ["Eijsden-Margraten", "12", "2.010"], ["Gulpen-Wittem", "10", "1.530"]])
    f = filler(c)
    basis = [
        H1("Basisondersteuning: de ondergrens voor alle scholen"),
        P("Alle 41 scholen in ons verband bieden hetzelfde basisniveau van ondersteuning. Dit niveau is "
          "door de vier besturen vastgelegd in het Convenant Basisondersteuning 2025 en geldt voor elke "
          "vestiging. Elk kind in het Heuvelland kan op iedere basisschool in elk geval rekenen op:"),
        UL("een intern begeleider die bereikbaar is voor ouders en leerkrachten, op elke vestiging minimaal "
           "één dag per week;",
           "vroegtijdige signalering van lees-, reken- en taalproblemen met twee toetsmomenten per jaar en "
           "een groepsanalyse na elk toetsmoment;",
           "een dyslexieprotocol en de inzet van compenserende software bij vastgestelde dyslexie;",
           "een aanpak voor sociale veiligheid, met jaarlijkse monitoring van het welbevinden;",
           "aangepaste leerstof voor kinderen die meer aankunnen (verrijkingsmap, compacten);",
           "een ondersteuningsteam waarin de school kinderen bespreekt met de consulent van het "
           "samenwerkingsverband en de jeugdverpleegkundige van de GGD;",
           "een protocol voor medisch handelen en voor kinderen met diabetes of epilepsie."),
        P("Tijdens het jaarlijkse auditbezoek kijkt een consulent samen met de directeur of de school aan dit "
          "niveau voldoet."),
    ]
    dekkend = [
        H1("Het ondersteuningsaanbod in de regio"),
        P("Boven de basisondersteuning zijn er in de regio de volgende mogelijkheden, van licht naar zwaar:"),
        TB(["Niveau", "Aanbod", "Toegang"],
           ["Extra ondersteuning op school", "Arrangement: inzet van een specialist of extra handen in de klas, "
            "gemiddeld 10 tot 20 weken", "Aanvraag door school bij het consulententeam"],
           ["Bovenschools", "Taalgroep nieuwkomers Valkenburg; Plusklas Margraten; Rebound-groep jonge "
            "kinderen Meerssen", "Plaatsing na advies consulent"],
           ["Speciaal basisonderwijs", "SBO De Geulvallei (190 leerlingen)", "TLV"],
           ["Speciaal onderwijs", "SO cluster 3 en 4 in Maastricht en Heerlen", "TLV"]),
        P("De consulenten van het samenwerkingsverband vormen de schakel tussen de school en dit aanbod. "
          "Samen met de jeugdconsulenten van de gemeenten kijken zij of een combinatie van onderwijs en "
          "jeugdhulp nodig is."),
        P("Hoe wij zicht houden op kinderen die tussen wal en schip vallen, zoals thuiszitters en kinderen "
          "op een wachtlijst, leggen wij vast in een apart plan van aanpak. Dat plan verschijnt na overleg "
          "met de leerplichtambtenaren in 2026."),
    ]
    plaatsing = [
        H1("Toelaatbaarheid SBO en SO"),
        P("Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, welke stukken nodig zijn en binnen "
          "welke termijn wordt beslist, staat in de Routewijzer TLV op onze website."),
        P("Voor de beoordeling hanteren wij de volgende criteria."),
        TB(["Soort TLV", "Criteria", "Bekostigingscategorie"],
           ["SBO", "De leerling heeft ten minste een schooljaar een arrangement gehad dat is geëvalueerd; de "
            "achterstand op twee of meer leergebieden is groter dan anderhalf jaar of het gedrag belemmert "
            "structureel het leren; de leerling heeft een kleine groep en een specialistische aanpak nodig.",
            "n.v.t."],
           ["SO cluster 3", "Er is sprake van een verstandelijke beperking (IQ lager dan 70) of een "
            "lichamelijke beperking/langdurige ziekte die intensieve zorg tijdens schooltijd vraagt.",
            "laag, midden of hoog"],
           ["SO cluster 4", "Er is sprake van ernstige gedrags- of psychiatrische problematiek die ook met "
            "een arrangement in het SBO niet te hanteren is.", "laag"]),
    ]
    terug = [
        H1("Terugplaatsing"),
        P("Deze paragraaf wordt aangevuld zodra de afspraken met de SO-scholen in Maastricht en Heerlen "
          "rond zijn. Wij verwachten dat in het schooljaar 2026-2027."),
        H1("Overstap naar het voortgezet onderwijs"),
        P("De overstap van groep 8 naar het voortgezet onderwijs verloopt via de regionale "
          "overstapprocedure. Voor leerlingen met een ondersteuningsbehoefte vindt een warme overdracht "
          "plaats tussen de intern begeleider en de ondersteuningscoördinator van de VO-school. Leerlingen "
          "van SBO De Geulvallei krijgen bij de uitstroom een uitstroomperspectief mee. Een deel van hen "
          "stroomt door naar praktijkonderwijs of vmbo met leerwegondersteuning."),
    ]
    fin = [
        H1("Financieel kader"),
        P("In de onderstaande tabellen staan de financiële kaders voor de planperiode."),
        TB(["Onderdeel", "Grondslag", "Bedrag 2025"],
           ["Afdracht SO (DUO)", "wettelijk, peildatum 1 oktober", "€ 1.960.000"],
           ["Groeiregeling SBO", "teldatum 1 februari", "€ 140.000"],
           ["Basisbudget besturen", "€ 152 per leerling op 1 oktober", "€ 958.000"],
           ["Vaste voet", "€ 6.500 per vestiging", "€ 266.500"],
           ["Arrangementen", "toegekend door consulententeam per aanvraag, max. € 9.000 per leerling", "€ 610.000"],
           ["Bovenschoolse voorzieningen", "vaste bijdrage per groep", "€ 420.000"],
           ["Bureau", "begroting bureau", "€ 480.000"]),
        TB(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
           ["Baten", "4.880", "4.800", "4.740", "4.690"],
           ["Afdrachten", "2.100", "2.080", "2.060", "2.040"],
           ["Besturen (basisbudget + vaste voet)", "1.225", "1.205", "1.190", "1.175"],
           ["Arrangementen en voorzieningen", "1.030", "1.010", "990", "980"],
           ["Bureau", "480", "490", "500", "505"],
           ["Saldo", "45", "15", "0", "-10"]),
    ]
    result = [
        H1("Beoogde en bereikte resultaten"),
        P("In de vorige planperiode daalde het aantal verwijzingen naar het SBO van 2,9% naar 2,5% van het "
          "aantal leerlingen. Het aantal arrangementen nam toe van 180 naar 236. Voor de komende periode "
          "hebben wij de volgende doelen:"),
        UL("in 2029 heeft 90% van de scholen een ondersteuningsteam dat minstens vijf keer per jaar bijeenkomt;",
           "het deelnamepercentage SBO blijft onder de 2,5%;",
           "80% van de arrangementen wordt door de school als effectief beoordeeld;",
           "ouders waarderen de samenwerking met de consulent gemiddeld met minimaal een 7."),
        P("Het bureau verzamelt de gegevens elk kwartaal uit het aanvraagsysteem en de evaluatieformulieren "
          "van arrangementen. Twee keer per jaar bespreekt de directeur-bestuurder een rapportage met de "
          "raad van toezicht; de jaarlijkse resultaten worden opgenomen in het jaarverslag dat op de website "
          "staat."),
    ]
    ouders = [
        H1("Ouders"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. De school is voor ouders het eerste "
          "aanspreekpunt. Over het ondersteuningsaanbod informeren wij ouders via onze website, via de "
          "folder 'Passend onderwijs in het Heuvelland' die elke school bij inschrijving meegeeft, en via "
          "een jaarlijkse informatiemarkt in Valkenburg. Ook de schoolgids van iedere school beschrijft de "
          "ondersteuning die de school biedt."),
        P("Welke onafhankelijke ondersteuning ouders kunnen krijgen, brengen wij samen met de gemeenten in "
          "kaart; zodra het ouder- en jeugdsteunpunt is ingericht, informeren wij ouders daarover. Voor "
          "klachten verwijzen wij naar de klachtenregeling op onze website."),
    ]
    glos = [
        H1("Verklarende woordenlijst"),
        TB(["Term", "Uitleg"],
           ["Arrangement", "Afspraak over extra ondersteuning voor een leerling."],
           ["Basisondersteuning", "Ondersteuning die elke school biedt."],
           ["Onafhankelijke cliëntondersteuning", "Hulp aan ouders door iemand die niet aan de school verbonden is."],
           ["Routewijzer TLV", "Beschrijving van de aanvraagprocedure voor een TLV."],
           ["Terugplaatsing", "Een leerling gaat van SBO of SO terug naar het regulier onderwijs."],
           ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden geen onderwijs volgt."]),
    ]
    body = (f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"] + f["terugblik"] + f["omgeving"] + basis + dekkend
            + plaatsing + terug + fin + result + ouders + f["bureau"] + f["governance"] + f["opr"] + f["oogo"]
            + f["personeel"] + f["ict"] + f["huisvesting"] + f["totstandkoming"] + f["risico"] + f["planning"] + f["slot"]
            + glos)
    label = dict(
        sector="po",
        status=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                    financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present",
                    ouders="partial"),
        crit={"plaatsing.procedure": False, "terugstroom.procedure": False, "terugstroom.beleid": False,
              "dekkend-aanbod.lacunes": False, "ouders.steunpunt": False},
        adv={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning: de ondergrens': level for all 41 schools (Convenant) + bullet list; audit visit = borging.",
               "plaatsing": "Ch. 'Toelaatbaarheid SBO en SO': criteria only in a table (sbo, so cl.3, cl.4, categorie); the procedure is only referred to the Routewijzer TLV on the website.",
               "terugstroom": "Heading 'Terugplaatsing' only says the paragraph will be added (2026-2027); the following PO-VO uitstroom text is a near-miss; term otherwise only in the woordenlijst.",
               "financien": "Ch. 'Financieel kader': verdeling (EUR 152 per leerling, vaste voet, arrangementen) and meerjarenbegroting exist only in the two tables.",
               "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod in de regio': continuum table; thuiszitters/wachtlijst approach deferred to a plan van aanpak in 2026.",
               "resultaten": "Ch. 'Beoogde en bereikte resultaten': achieved figures, 4 targets, quarterly data collection, rapportage to RvT, jaarverslag.",
               "ouders": "Ch. 'Ouders': website, folder, informatiemarkt, schoolgids (informatie); independent support still to be mapped; klachten only by reference to website."},
    )
    return c, body, label


# --------------------------------------------------------------------------------------------
# Plan D - VO, West-Brabant (pdf). financien missing (separate Financieel Kader);
# resultaten missing (p.m. / jaarplan); dekkend-aanbod partial (continuum deferred);
# plaatsing incl. vso, lwoo, pro present; terugstroom present.
# --------------------------------------------------------------------------------------------
def plan_d():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Brabantse Wal", kort="SWV VO Brabantse Wal",
             code="VO 30-12", regio="de Brabantse Wal", gemeenten="Bergen op Zoom, Woensdrecht en Steenbergen",
             besturen=4, scholen=14, leerlingen="8.200", periode="2025-2029", opr="9 april 2025",
             oogo="13 maart 2025", directeur="dhr. P.L. Schoenmakers", kantoor="Bergen op Zoom",
             buur="PO Brabantse Wal", raad="VO-raad",
             tabel_regio=[["Bergen op Zoom", "8", "5.300"], ["Woensdrecht", "3", "1.450"],
                          ["Steenbergen", "3", "1.450"]])
    f = filler(c)
    basis = [
        H1("Basisondersteuning in het voortgezet onderwijs"),
        P("De vier besturen hebben afgesproken welke ondersteuning iedere vestiging van iedere VO-school in "
          "de regio ten minste biedt, in alle leerwegen. Die basisondersteuning is de gemeenschappelijke "
          "ondergrens; scholen mogen in hun profiel meer bieden. Op elke vestiging vindt een leerling:"),
        TB(["Onderdeel", "Afspraak voor elke vestiging"],
           ["Mentoraat", "Een vaste mentor met minimaal één mentoruur per week in leerjaar 1 en 2."],
           ["Ondersteuningscoördinator", "Een ondersteuningscoördinator en een intern zorgteam dat minstens "
            "een keer per maand bijeenkomt."],
           ["Dyslexie en dyscalculie", "Een protocol met faciliteiten als extra tijd, vergrote opgaven en "
            "voorleessoftware, ook bij toetsen en examens."],
           ["Sociaal-emotioneel", "Trainingen faalangst en sociale vaardigheden; een anti-pestprotocol."],
           ["Executieve functies", "Huiswerkbegeleiding en een plannerscoach in de onderbouw."],
           ["Opvang", "Een time-out- of opvanglokaal met toezicht tijdens alle lesuren."]),
        P("De ondersteuningscoördinatoren bespreken elk jaar in het netwerk hoe de afspraken worden "
          "nageleefd."),
    ]
    plaatsing = [
        H1("Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        H2("Voortgezet speciaal onderwijs"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV voor "
          "het vso aan bij de Commissie Toewijzing van het samenwerkingsverband. Bij de aanvraag horen het "
          "ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg en de zienswijze van "
          "ouders en leerling. Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een "
          "jeugdarts of maatschappelijk werker) adviseren ieder schriftelijk. De commissie besluit binnen "
          "vijf weken."),
        P("Een leerling is toelaatbaar tot het vso wanneer de school de basisondersteuning en ten minste één "
          "arrangement van het samenwerkingsverband heeft ingezet, de ontwikkeling aantoonbaar stagneert en "
          "de leerling structureel is aangewezen op een kleine groep met een therapeutisch klimaat of op "
          "intensieve zorg vanwege een verstandelijke of lichamelijke beperking of langdurige ziekte. De TLV "
          "geldt één tot drie schooljaren, met bekostigingscategorie laag, midden of hoog."),
        H2("Leerwegondersteuning en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs hanteren wij de landelijke criteria (leerachterstand, intelligentie "
          "en, voor lwoo, sociaal-emotionele problematiek). De basisschool levert uiterlijk 1 februari het "
          "onderwijskundig rapport en de testgegevens aan. De VO-school vraagt de aanwijzing lwoo of de TLV "
          "pro aan bij de Commissie Toewijzing, die vóór 15 april beslist. Een lwoo-aanwijzing geldt voor de "
          "hele schoolloopbaan in het vmbo; een TLV pro voor de duur van de opleiding."),
        P("Bezwaar tegen een besluit van de commissie kan binnen zes weken worden gemaakt. Het "
          "samenwerkingsverband vraagt daarover advies aan de Landelijke Bezwaaradviescommissie."),
    ]
    terug = [
        H1("Terug naar het regulier voortgezet onderwijs"),
        P("Wij willen dat leerlingen in het vso de kans krijgen om, waar dat verantwoord is, hun opleiding "
          "af te maken op een reguliere VO-school. Voorwaarden zijn dat de leerling het niveau van de "
          "leerweg aankan, dat de ondersteuningsbehoefte binnen de basisondersteuning met een arrangement "
          "kan worden opgevangen en dat de leerling zelf de overstap wil. Terugkeer gebeurt bij voorkeur aan "
          "het begin van een leerjaar."),
        P("Uiterlijk in december van het laatste TLV-jaar bespreekt de vso-school in het multidisciplinair "
          "overleg met leerling, ouders en een trajectbegeleider van het samenwerkingsverband of terugkeer "
          "mogelijk is. Is dat zo, dan zoekt de trajectbegeleider vóór 1 maart een ontvangende school, die "
          "de leerling meeloopdagen aanbiedt. De Commissie Toewijzing stelt vóór 1 mei vast of de TLV afloopt "
          "of dat een nieuwe TLV nodig is."),
        P("Na de overstap begeleidt een ambulant begeleider van de vso-school de leerling en de mentor "
          "gedurende een half jaar, met een evaluatie na zes en na twintig weken. Het "
          "samenwerkingsverband draagt de kosten van deze begeleiding."),
    ]
    dekkend = [
        H1("Zorgplicht, thuiszitters en een plek voor iedere leerling"),
        P("Een overzicht van het ondersteuningsaanbod binnen en tussen de scholen, van extra ondersteuning "
          "tot bovenschoolse voorzieningen, bundelen wij in de Ondersteuningswijzer Brabantse Wal. Die "
          "verschijnt in het najaar van 2025."),
        P("Iedere school heeft zorgplicht. Kan de school van aanmelding geen passende plek bieden, dan zoekt "
          "zij binnen zes weken (eenmaal te verlengen met vier weken) een school die dat wel kan. Lukt dat "
          "niet, dan schakelt de school de trajectbegeleider in. Leerlingen die langer dan vier weken "
          "thuiszitten, worden binnen tien dagen besproken aan de Thuiszitterstafel, waar leerplicht, het "
          "jeugdteam van de gemeente en het samenwerkingsverband samen een plan opstellen met een "
          "casusregisseur en een datum voor terugkeer naar onderwijs. De directeur van het "
          "samenwerkingsverband kan besturen aanwijzen die een tijdelijke plek moeten bieden. Elk half jaar "
          "bespreken wij met de gemeenten de wachtlijsten en de plekken die ontbreken, en leggen wij vast "
          "wie welke actie neemt."),
    ]
    fin = [
        H1("Financiën"),
        P("Het financieel beleid, waaronder de verdeling van de middelen over de scholen en de "
          "meerjarenbegroting, legt het bestuur vast in het Financieel Kader 2025-2029. Dat kader wordt na "
          "instemming van de OPR als afzonderlijk document vastgesteld en maakt geen deel uit van dit plan."),
    ]
    result = [
        H1("Kwaliteit en resultaten"),
        P("Kwaliteit is voor ons een gezamenlijke verantwoordelijkheid van scholen en samenwerkingsverband. "
          "De beoogde resultaten voor 2025-2029 en de wijze waarop wij deze volgen, worden opgenomen in "
          "het eerste jaarplan (p.m.)."),
    ]
    ouders = [
        H1("Ouders en leerlingen"),
        P("Ouders en leerlingen informeren wij via de website, een digitale nieuwsbrief voor ouders (drie "
          "keer per jaar), de schoolgidsen, de mentor en de ondersteuningscoördinator van de school. Bij "
          "iedere aanvraag bij de Commissie Toewijzing ontvangen ouders de folder 'Extra ondersteuning in het "
          "VO' en een kopie van de deskundigenadviezen. In januari organiseren wij een informatieavond over "
          "lwoo, pro en vso voor ouders van leerlingen in groep 8."),
        P("Ouders en leerlingen die onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
          "Jeugdsteunpunt West-Brabant. Medewerkers daar zijn niet in dienst van een school en helpen bij "
          "vragen, bij een gesprek met school of bij een meningsverschil. Daarnaast kunnen ouders zich "
          "wenden tot de Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, "
          "tot de Geschillencommissie passend onderwijs."),
    ]
    glos = [
        H1("Afkortingen"),
        TB(["Afkorting", "Betekenis"],
           ["FK", "Financieel Kader"], ["LWOO", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
           ["OPP", "Ontwikkelingsperspectiefplan"], ["PrO", "Praktijkonderwijs"],
           ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"],
           ["MJB", "Meerjarenbegroting"], ["KPI", "Kritische prestatie-indicator (resultaten)"]),
    ]
    body = (f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"] + f["terugblik"] + f["omgeving"] + basis + plaatsing
            + terug + dekkend + ouders + result + fin + f["bureau"] + f["governance"] + f["opr"] + f["oogo"] + f["personeel"]
            + f["ict"] + f["huisvesting"] + f["totstandkoming"] + f["risico"] + f["planning"] + f["slot"] + glos)
    label = dict(
        sector="vo",
        status=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                    financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="missing",
                    ouders="present"),
        crit={"financien.verdeling": False, "financien.besteding": False, "dekkend-aanbod.continuum": False,
              "resultaten.doelen": False, "resultaten.monitoring": False},
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning in het VO': minimum for every vestiging + table of 6 items.",
               "plaatsing": "Ch. 'Toelaatbaarheid vso, lwoo en pro': vso procedure, criteria, deskundigen, duur/categorie; lwoo/pro procedure with national criteria; bezwaar LBT.",
               "terugstroom": "Ch. 'Terug naar het regulier VO': aims/conditions, MDO in December, trajectbegeleider, decision before 1 May, ambulant support half a year.",
               "financien": "Ch. 'Financien' only refers to a separate Financieel Kader 2025-2029 that is not part of the plan; no verdeling or begroting anywhere (abbreviation MJB only in list).",
               "dekkend-aanbod": "Zorgplicht/Thuiszitterstafel/wachtlijsten paragraph = lacunes; the overview of the continuum is deferred to the Ondersteuningswijzer (najaar 2025). vso mentioned only as plaatsing target.",
               "resultaten": "Ch. 'Kwaliteit en resultaten' only says results and monitoring go into the first jaarplan (p.m.); KPI only in the abbreviation list.",
               "ouders": "Ch. 'Ouders en leerlingen': website, nieuwsbrief, folder, info evening; OJSP West-Brabant, Onderwijsconsulenten, Geschillencommissie."},
    )
    return c, body, label


# --------------------------------------------------------------------------------------------
# Plan E - PO, Noord-Limburg, concept web version (html). plaatsing missing (handboek referral);
# dekkend-aanbod missing (placeholder); basisondersteuning partial (only borging);
# terugstroom partial (beleid deferred); financien partial (verdeling deferred, begroting given);
# resultaten partial (doelen deferred); ouders partial (informatie deferred).
# --------------------------------------------------------------------------------------------
def plan_e():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Maas en Peel", kort="SWV PO Maas en Peel",
             code="PO 31-02", regio="Noord-Limburg", gemeenten="Venray, Horst aan de Maas en Peel en Maas",
             besturen=5, scholen=52, leerlingen="8.700", periode="2025-2029", opr="(instemming gepland 15 april 2025)",
             oogo="27 februari 2025", directeur="mevr. drs. L.W.J. Hendriks", kantoor="Venray",
             buur="VO Noord-Limburg",
             tabel_regio=[["Venray", "19", "3.250"], ["Horst aan de Maas", "18", "2.900"],
                          ["Peel en Maas", "15", "2.550"]])
    f = filler(c)
    basis = [
        H1("Basisondersteuning"),
        P("Het niveau en de inhoud van de basisondersteuning stemmen wij af op de landelijke norm "
          "basisondersteuning die het ministerie voorbereidt. Zodra die norm is vastgesteld, nemen wij "
          "haar op in een geactualiseerde versie van dit plan. Tot die tijd verwijzen wij naar de "
          "schoolgidsen van de scholen."),
        P("Het bureau voert eens in de twee jaar met iedere school een auditgesprek over de "
          "ondersteuningsstructuur, aan de hand van het schoolondersteuningsprofiel en de schoolgids. Blijkt "
          "een school tekort te schieten, dan spreekt het bestuur met de school een verbetertraject af met "
          "een termijn van ten hoogste een schooljaar; het bureau bespreekt de voortgang in het volgende "
          "auditgesprek."),
    ]
    plaatsing = [
        H1("Toewijzing en toelaatbaarheid"),
        P("Het Handboek Toewijzing en Toelaatbaarheid wordt na de vaststelling van dit plan herschreven en "
          "daarna op de website gepubliceerd. Tot die tijd blijft de bestaande werkwijze van kracht."),
    ]
    terug = [
        H1("Na het speciaal (basis)onderwijs"),
        P("In het laatste jaar van een TLV bespreekt de SBO- of SO-school de leerling in oktober in het "
          "multidisciplinair overleg, samen met de ouders en de consulent van het samenwerkingsverband. Het "
          "ontwikkelingsperspectief is daarbij het uitgangspunt. Vóór 1 februari adviseert het overleg over "
          "terugplaatsing naar een basisschool, voortzetting in het speciaal (basis)onderwijs of "
          "overplaatsing naar een andere speciale school. De directeur van de speciale school neemt "
          "uiterlijk 1 april het besluit na overleg met de consulent; bij voortzetting vraagt de school een "
          "nieuwe TLV aan. Bij terugplaatsing vindt in juni een overdrachtsgesprek plaats met de ontvangende "
          "school, en in november volgt een evaluatiegesprek met alle betrokkenen."),
        P("Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden een leerling terugkeert en "
          "welke begeleiding de ontvangende school krijgt, werken wij het komende jaar uit met de speciale "
          "scholen."),
    ]
    dekkend = [
        H1("Dekkend aanbod"),
        P("[Tekst werkgroep dekkend netwerk – nog aan te leveren vóór de OPR-vergadering.]"),
    ]
    fin = [
        H1("Middelen"),
        P("Het verdeelmodel wordt herzien. Een voorstel gaat in het voorjaar van 2026 naar de OPR. Tot die "
          "tijd blijft de toekenning aan besturen op het niveau van 2024. De begroting voor de planperiode "
          "ziet er als volgt uit:"),
        TB(["Bedragen in euro", "2025", "2026", "2027", "2028"],
           ["Ondersteuningsbudget (baten)", "7.940.000", "7.860.000", "7.790.000", "7.720.000"],
           ["Afdrachten SO en SBO", "3.120.000", "3.100.000", "3.080.000", "3.060.000"],
           ["Toekenning aan besturen", "2.900.000", "2.870.000", "2.840.000", "2.810.000"],
           ["Arrangementen", "720.000", "700.000", "690.000", "680.000"],
           ["Bovenschoolse voorzieningen", "560.000", "570.000", "570.000", "570.000"],
           ["Bureau en consulenten", "690.000", "700.000", "710.000", "720.000"],
           ["Saldo", "-50.000", "-80.000", "-100.000", "-120.000"]),
        P("Het negatieve saldo wordt gedekt uit de algemene reserve, die eind 2024 € 2,3 miljoen bedroeg."),
    ]
    result = [
        H1("Resultaten en verantwoording"),
        P("De beoogde resultaten voor deze planperiode formuleren wij in het eerste jaarplan, na de "
          "nulmeting in het najaar van 2025."),
        P("Elk kwartaal haalt het bureau uit het registratiesysteem en de DUO-gegevens: het aantal TLV's "
          "per soort, het aantal arrangementen, de deelnamepercentages SBO en SO en de doorlooptijd van "
          "aanvragen. Deze gegevens staan in een dashboard dat de directeur-bestuurder elk kwartaal met de "
          "raad van toezicht bespreekt. Eens per twee jaar peilen wij de tevredenheid van scholen en "
          "ouders. Jaarlijks evalueren wij in het jaarverslag wat is bereikt en welke bijsturing nodig is; "
          "het jaarverslag wordt uiterlijk 1 juli op de website geplaatst."),
    ]
    ouders = [
        H1("Samen met ouders"),
        P("Hoe wij ouders informeren over het ondersteuningsaanbod, leggen wij vast in een communicatieplan "
          "dat in voorbereiding is."),
        P("Ouders die onafhankelijke hulp zoeken, kunnen terecht bij Ouderpunt Noord-Limburg, een "
          "steunpunt dat los staat van scholen en samenwerkingsverband en dat ouders kosteloos bijstaat bij "
          "gesprekken met school. Komen ouders en school er niet uit, dan kunnen ouders de "
          "Onderwijsconsulenten inschakelen of zich wenden tot de Geschillencommissie passend onderwijs."),
    ]
    reacties = [
        H1("Verwerking van reacties op het eerste concept"),
        P("Het eerste concept van dit plan is in januari 2025 voorgelegd aan directeuren, intern begeleiders, "
          "besturen en gemeenten. Er kwamen 46 schriftelijke reacties binnen. Hieronder staat op hoofdlijnen "
          "wat wij met de reacties hebben gedaan."),
        TB(["Reactie", "Verwerking"],
           ["Het plan is te lang en te abstract", "Tekst ingekort; voorbeelden toegevoegd in de hoofdstukken over het bureau en de planning."],
           ["Meer aandacht voor het lerarentekort", "Opgenomen in het hoofdstuk over ontwikkelingen in de omgeving."],
           ["Minder formulieren voor scholen", "Het bureau voegt in 2025 drie formulieren samen; zie het hoofdstuk over het bureau."],
           ["Heldere taal voor niet-onderwijsprofessionals", "Begrippenlijst uitgebreid; afkortingen worden bij eerste gebruik uitgeschreven."],
           ["Betere bereikbaarheid van het bureau", "Vaste contactpersoon per school en ruimere telefonische bereikbaarheid."]),
        P("Een aantal reacties ging over onderwerpen die niet in dit plan thuishoren, zoals de huisvesting van "
          "scholen en de cao. Die reacties hebben wij doorgestuurd naar de besturen en de gemeenten. Reacties "
          "die na 1 maart 2025 binnenkomen, nemen wij mee bij de eerstvolgende actualisatie. De "
          "ondersteuningsplanraad ontvangt een volledig overzicht van alle reacties en de manier waarop wij "
          "ermee zijn omgegaan. Wij danken iedereen die de moeite heeft genomen om te reageren; de reacties "
          "hebben het plan duidelijker en beter leesbaar gemaakt."),
    ]
    glos = [
        H1("Begrippen"),
        TB(["Begrip", "Betekenis"],
           ["Basisondersteuning", "Het niveau van ondersteuning dat elke school biedt."],
           ["Dekkend netwerk", "Geheel van voorzieningen zodat er voor elk kind een passende plek is."],
           ["TLV", "Toelaatbaarheidsverklaring; nodig voor plaatsing in SBO of SO, afgegeven door het "
            "samenwerkingsverband op basis van twee deskundigenadviezen."],
           ["Verdeelmodel", "De regels voor de verdeling van ondersteuningsmiddelen."],
           ["Thuiszitter", "Leerling die zonder onderwijs thuis zit."]),
    ]
    body = (f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"] + f["terugblik"] + f["omgeving"] + basis + dekkend
            + plaatsing + terug + fin + result + ouders + f["bureau"] + f["governance"] + f["opr"] + f["oogo"]
            + f["personeel"] + f["ict"] + f["huisvesting"] + f["totstandkoming"] + reacties + f["risico"] + f["planning"] + f["slot"]
            + glos)
    label = dict(
        sector="po",
        status=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="partial",
                    financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial",
                    ouders="partial"),
        crit={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "ouders.informatie": False},
        adv={"basisondersteuning": ["borging"], "financien": ["reserves"], "resultaten": [],
             "ouders": []},
        notes={"basisondersteuning": "Level/content deferred to the landelijke norm + referral to schoolgidsen; only the biennial audit/verbetertraject (borging) is addressed.",
               "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid' only refers to a handbook to be rewritten; TLV/deskundigen only in the begrippenlijst.",
               "terugstroom": "Ch. 'Na het speciaal (basis)onderwijs': steps Oct MDO, advice before 1 Feb, decision by 1 April, evaluations (procedure); aims/conditions/support 'werken wij het komende jaar uit'.",
               "financien": "Ch. 'Middelen': multi-year begroting table with amounts (besteding) + reserve; verdeelmodel 'wordt herzien', voorstel voorjaar 2026.",
               "dekkend-aanbod": "Ch. 'Dekkend aanbod' is a placeholder '[nog aan te leveren]'; OOGO paragraph is procedural only; definition only in begrippen.",
               "resultaten": "Ch. 'Resultaten en verantwoording': quarterly dashboard, RvT, peiling, jaarverslag (monitoring); beoogde resultaten deferred to first jaarplan.",
               "ouders": "Ch. 'Samen met ouders': Ouderpunt Noord-Limburg, Onderwijsconsulenten, Geschillencommissie (steunpunt); informing parents deferred to a communicatieplan."},
    )
    return c, body, label


# --------------------------------------------------------------------------------------------
# Near miss F - school-level ondersteuningsplan of one basisschool (docx)
# --------------------------------------------------------------------------------------------
def near_miss():
    b = [
        H1("Inleiding"),
        P("Dit schoolondersteuningsplan beschrijft hoe basisschool De Wingerd in Roermond de ondersteuning aan "
          "haar leerlingen organiseert. Het plan wordt elk jaar door het team geëvalueerd en met de "
          "medezeggenschapsraad besproken. De Wingerd maakt deel uit van stichting Roerdal Onderwijs en is aangesloten "
          "bij het samenwerkingsverband passend onderwijs in de regio Roermond. De school telt 312 leerlingen "
          "in 13 groepen."),
        P("Het plan is bedoeld voor het team, voor ouders en voor externe partners. Het vormt samen met het "
          "schoolondersteuningsprofiel en de schoolgids de basis voor ons handelen. Dit plan geldt voor het "
          "schooljaar 2025-2026."),
        H1("Onze visie op ondersteuning"),
        P("Op De Wingerd werken wij handelingsgericht. Wij kijken naar wat een kind nodig heeft en niet "
          "alleen naar wat het niet kan. De leerkracht is de spil: hij of zij kent de leerlingen, stemt de "
          "instructie af en betrekt ouders als partner. Wij werken in drie instructieniveaus en maken "
          "groepsplannen per vakgebied."),
        H1("Zorgniveaus"),
        TB(["Niveau", "Omschrijving", "Wie"],
           ["1", "Goed lesgeven in de groep, afgestemd op verschillen", "leerkracht"],
           ["2", "Extra instructie of begeleiding in de groep", "leerkracht"],
           ["3", "Specifieke interventies na groepsbespreking", "leerkracht en intern begeleider"],
           ["4", "Ondersteuning met inzet van externe deskundigen (arrangement samenwerkingsverband)",
            "intern begeleider, ondersteuningsteam"],
           ["5", "Aanvraag toelaatbaarheidsverklaring voor SBO of SO", "directie, bestuur"]),
        P("Niveau 1 tot en met 3 vormen samen onze basisondersteuning. Voor niveau 4 en 5 werken wij samen "
          "met het samenwerkingsverband."),
        H1("Groeps- en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de intern "
          "begeleider met iedere leerkracht de groep. In de groepsbespreking worden de resultaten van de "
          "methodetoetsen en de niet-methodegebonden toetsen geanalyseerd en wordt het groepsplan bijgesteld. "
          "Leerlingen bij wie de aanpak onvoldoende werkt, worden besproken in een leerlingbespreking."),
        P("Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Daarin zitten de intern "
          "begeleider, de directeur, de consulent van het samenwerkingsverband en de jeugdverpleegkundige. "
          "Ouders worden altijd uitgenodigd wanneer hun kind wordt besproken."),
        H1("Ontwikkelingsperspectief"),
        P("Voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen, stellen wij een "
          "ontwikkelingsperspectiefplan op. Het OPP wordt twee keer per jaar met ouders besproken. Ouders "
          "hebben instemmingsrecht op het handelingsdeel."),
        H1("Aanvraag van een arrangement of TLV"),
        P("Wanneer de ondersteuningsbehoefte de mogelijkheden van de school overstijgt, vraagt de intern "
          "begeleider een arrangement aan bij het samenwerkingsverband. Als ook een arrangement onvoldoende "
          "is, vraagt het bestuur een toelaatbaarheidsverklaring aan. De procedure en de criteria daarvoor "
          "staan in het ondersteuningsplan van het samenwerkingsverband. De school stelt het groeidocument "
          "op en bespreekt dit met ouders."),
        H1("Terugplaatsing vanuit het SBO"),
        P("Wanneer een oud-leerling vanuit het speciaal basisonderwijs terug wil keren, nodigen wij ouders "
          "en de SBO-school uit voor een kennismakingsgesprek. De intern begeleider beoordeelt samen met de "
          "leerkracht of wij de benodigde ondersteuning kunnen bieden."),
        H1("Middelen"),
        P("Stichting Roerdal Onderwijs ontvangt middelen van het samenwerkingsverband en verdeelt die over haar "
          "scholen. De Wingerd zet deze middelen in voor 0,6 fte onderwijsassistentie, een "
          "gedragsspecialist (één dag per week) en een leesspecialist. De inzet wordt jaarlijks met de MR "
          "geëvalueerd."),
        H1("Ouders"),
        P("Ouders worden geïnformeerd via de schoolgids, de nieuwsbrief en oudergesprekken. Bij zorgen over "
          "de ontwikkeling van hun kind kunnen ouders altijd contact opnemen met de leerkracht of de intern "
          "begeleider. Voor onafhankelijk advies kunnen ouders terecht bij het ouder- en jeugdsteunpunt van "
          "het samenwerkingsverband."),
        H1("Resultaten en evaluatie"),
        P("Wij evalueren de ondersteuning jaarlijks aan de hand van de eindtoetsresultaten, de "
          "tussenresultaten en de uitstroom naar het voortgezet onderwijs. In 2024-2025 lag de score op de "
          "doorstroomtoets boven de signaleringswaarde. Verbeterpunten worden opgenomen in het jaarplan van de "
          "school."),
        H1("Jaarplanning zorg"),
        TB(["Maand", "Activiteit"],
           ["september", "Startgesprekken met ouders en leerlingen"], ["oktober", "Toetsperiode, groepsbespreking 1"],
           ["februari", "Toetsperiode, groepsbespreking 2"], ["april", "Evaluatie OPP's"],
           ["juni", "Toetsperiode, groepsbespreking 3, overdracht"]),
    ]
    return b


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
def toc_entries(body):
    out, n, page = [], 0, 3
    for kind, t in body:
        if kind == "h1":
            n += 1
            out.append((f"{n}. {t}" if t not in ("Begrippenlijst", "Begrippenlijst en afkortingen",
                                                  "Verklarende woordenlijst", "Afkortingen", "Begrippen")
                        else f"Bijlage 1. {t}", page))
            page += 2 if n % 3 == 0 else 1
    return out


def number_headings(body):
    out, n, m = [], 0, 0
    for kind, t in body:
        if kind == "h1":
            if t in ("Begrippenlijst", "Begrippenlijst en afkortingen", "Verklarende woordenlijst",
                     "Afkortingen", "Begrippen"):
                out.append((kind, f"Bijlage 1. {t}"))
            else:
                n += 1
                m = 0
                out.append((kind, f"{n}. {t}"))
        elif kind == "h2":
            m += 1
            out.append((kind, f"{n}.{m} {t}"))
        else:
            out.append((kind, t))
    return out


def write_docx(path, title, subtitle, header, body, toc=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = "Vastgesteld door de directeur-bestuurder - versie 1.0"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(subtitle, style="Subtitle")
    doc.add_paragraph("Versie 1.0")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if toc:
        doc.add_paragraph("Inhoudsopgave", style="Heading 1")
        for text, page in toc_entries(body):
            doc.add_paragraph(f"{text} .......... {page}")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, t in number_headings(body) if toc else body:
        if kind == "h1":
            doc.add_paragraph(t, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(t, style="Heading 2")
        elif kind == "p":
            for part in t.split("\n"):
                doc.add_paragraph(part)
        elif kind == "ul":
            for it in t:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tb = doc.add_table(rows=len(t), cols=len(t[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(t):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = cell
                    if i == 0:
                        for r in tb.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(str(path))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(path, title, subtitle, body):
    nb = number_headings(body)
    h = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(title)}</title>", "</head>", "<body>",
         '<header><p class="site">SWV PO Maas en Peel &middot; Home &middot; Ouders &middot; Scholen &middot; '
         'Toelaatbaarheid &middot; Contact</p></header>',
         f"<h1>{esc(title)}</h1>", f"<p><strong>{esc(subtitle)}</strong></p>",
         "<p><em>CONCEPT - ter bespreking in de ondersteuningsplanraad, versie 0.9</em></p>",
         '<nav><h2>Inhoud</h2><ol>']
    for kind, t in nb:
        if kind == "h1":
            h.append(f"<li>{esc(t)}</li>")
    h.append("</ol></nav><main>")
    for kind, t in nb:
        if kind == "h1":
            h.append(f"<h2>{esc(t)}</h2>")
        elif kind == "h2":
            h.append(f"<h3>{esc(t)}</h3>")
        elif kind == "p":
            h.append("<p>" + "<br>".join(esc(x) for x in t.split("\n")) + "</p>")
        elif kind == "ul":
            h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in t) + "</ul>")
        elif kind == "table":
            h.append("<table border=\"1\">")
            for i, row in enumerate(t):
                tag = "th" if i == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{esc(x)}</{tag}>" for x in row) + "</tr>")
            h.append("</table>")
    h += ["</main>", "<footer><p>Ondersteuningsplan 2025-2029 &middot; basisondersteuning &middot; "
          "toelaatbaarheid &middot; terugplaatsing &middot; financi&euml;n &middot; dekkend aanbod &middot; "
          "resultaten &middot; ouders</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(h) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout252_pdf_"))
    try:
        profile = tmp / "lo_profile"
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (src.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(path, documents, lab):
    crit = {k: True for k in CORE}
    crit.update(lab["crit"])
    for el in ELEMENTS:
        cs = [crit[k] for k in CORE if k.startswith(el + ".")]
        st = lab["status"][el]
        adv = lab["adv"].get(el, [])
        if st == "present":
            assert all(cs), el
        elif st == "missing":
            assert not any(cs) and not adv, el
        else:
            assert not all(cs) and (any(cs) or adv), el
    data = {
        "documents": documents,
        "sector": lab["sector"],
        "looks_like_plan": True,
        "elements": {el: lab["status"][el] for el in ELEMENTS},
        "criteria": crit,
        "advisory_addressed": {k: v for k, v in lab["adv"].items() if v},
        "notes": lab["notes"],
    }
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = [
        ("po-walcheren-schelde-op-2025-2029", plan_a, "docx"),
        ("po-dommelvallei-op-2025-2029", plan_b, "docx"),
        ("po-maas-en-heuvelland-op-2025-2029", plan_c, "pdf"),
        ("vo-brabantse-wal-op-2025-2029", plan_d, "pdf"),
        ("po-maas-en-peel-op-concept", plan_e, "html"),
    ]
    for stem, fn, fmt in plans:
        c, body, lab = fn()
        title = f"Ondersteuningsplan {c['periode']}"
        subtitle = f"{c['naam']} ({c['code']})"
        if fmt == "html":
            name = stem + ".html"
            write_html(OUT / name, title, subtitle, body)
        else:
            docx_path = OUT / (stem + ".docx")
            write_docx(docx_path, title, subtitle, f"{c['kort']} | Ondersteuningsplan {c['periode']}", body)
            name = docx_path.name
            if fmt == "pdf":
                name = stem + ".pdf"
                docx_to_pdf(docx_path, OUT / name)
                docx_path.unlink()
        write_label(OUT / (stem + ".expected.yaml"), [name], lab)
    # near miss
    stem = "po-school-de-wingerd-schoolondersteuningsplan"
    write_docx(OUT / (stem + ".docx"), "Schoolondersteuningsplan 2025-2026",
               "Basisschool De Wingerd, Roermond", "De Wingerd | Ondersteuningsplan 2025-2026", near_miss())
    data = {"documents": [stem + ".docx"], "sector": "po", "looks_like_plan": False, "elements": {},
            "criteria": {}, "advisory_addressed": {},
            "notes": {"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, "
                      "groepsbesprekingen, OPP, school's own middelen); no samenwerkingsverband as author, no "
                      "OPR/OOGO/planperiode; it refers to the SWV's plan for TLV procedure and criteria."}}
    (OUT / (stem + ".expected.yaml")).write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


if __name__ == "__main__":
    main()
