#!/usr/bin/env python3
"""Generate the holdout223 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss
document, each with a <name>.expected.yaml label file. Deterministic, no network.

Output directory: the parent folder of this script's folder.
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Shared filler (written so that it addresses none of the 14 core criteria)
# ---------------------------------------------------------------------------------------------

def voorwoord(naam, periode, scholen):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Dit plan beschrijft op welke manier "
              f"de aangesloten schoolbesturen de komende vier jaar samen vorm geven aan passend onderwijs in onze regio. "
              f"Het plan is tot stand gekomen na een lange reeks gesprekken met schoolleiders, intern begeleiders, "
              f"ondersteuningscoördinatoren, gemeenten, jeugdhulpaanbieders en de ondersteuningsplanraad. Wij danken "
              f"iedereen die heeft meegedacht, meegeschreven en kritische vragen heeft gesteld."),
        ("p", f"De afgelopen periode stond in het teken van bouwen en verbouwen. Het samenwerkingsverband is gegroeid "
              f"van een administratieve organisatie naar een netwerkorganisatie waarin {scholen} samenwerken. Die "
              f"ontwikkeling willen we voortzetten. We willen dat de middelen zo dicht mogelijk bij de leerling "
              f"terechtkomen, dat er minder bureaucratie is en dat we over vier jaar betere resultaten kunnen laten zien. "
              f"Dat vraagt vertrouwen, maar ook heldere afspraken."),
        ("p", "Passend onderwijs is geen project met een begin en een eind. Het is een manier van werken die elke dag "
              "opnieuw vraagt om aandacht voor de leerling, om deskundige leraren en om een goed gesprek tussen school, "
              "leerling en thuis. Wij hopen dat dit plan daarvoor een bruikbaar kompas is, en dat het ook buiten de "
              "bestuurskamer gelezen wordt: op de scholen, in de teams en aan de keukentafel."),
        ("p", "Dit plan is geschreven op hoofdlijnen. Waar nodig verwijzen we naar uitwerkingen die jaarlijks worden "
              "geactualiseerd. Wij nodigen iedere lezer uit om met ons in gesprek te gaan over de inhoud."),
        ("p", "Namens het bestuur, de directeur-bestuurder."),
    ]


def visie(naam, with_ouders=True):
    extra = (" Wij werken daarbij samen met leerlingen en hun ouders, omdat zij het kind het best kennen." if with_ouders
             else " Wij werken daarbij vanuit de vraag wat een leerling nodig heeft, niet vanuit wat hij niet kan.")
    return [
        ("h1", "Waar staan we voor? Missie en visie"),
        ("p", f"{naam} heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel van "
              "ondersteuningsvoorzieningen binnen en tussen de scholen. Die opdracht vertalen wij in een eenvoudige "
              "missie: ieder kind leert en ontwikkelt zich op een plek die bij hem past, zo dicht mogelijk bij huis, "
              "samen met leeftijdgenoten waar dat kan." + extra),
        ("p", "Onze visie rust op vier pijlers. De eerste pijler is inclusiever onderwijs: we willen dat meer leerlingen "
              "met een ondersteuningsbehoefte in het reguliere onderwijs kunnen blijven. De tweede pijler is "
              "vakmanschap: leraren zijn de sleutel, en zij moeten de ruimte en de kennis krijgen om verschillen tussen "
              "leerlingen te hanteren. De derde pijler is eigenaarschap: schoolbesturen zijn samen verantwoordelijk en "
              "spreken elkaar aan. De vierde pijler is eenvoud: minder formulieren, kortere lijnen, snellere hulp."),
        ("p", "Deze pijlers zijn geen nieuwe uitvinding. Ze bouwen voort op de koers die in de vorige planperiode is "
              "ingezet en op de uitkomsten van de landelijke evaluatie van passend onderwijs. Ook de verbeteraanpak "
              "passend onderwijs en de discussie over een landelijke norm voor basisondersteuning hebben ons denken "
              "beïnvloed. Wij volgen die ontwikkelingen nauwgezet en passen ons beleid aan wanneer wet- en regelgeving "
              "daarom vraagt."),
        ("p", "Wij geloven in het handelingsgericht werken: uitgaan van onderwijsbehoeften, de wisselwerking tussen "
              "leerling en omgeving centraal stellen, positieve aspecten benutten en doelgericht samenwerken. Dat "
              "vraagt van scholen een open houding en van het samenwerkingsverband een dienstverlenende opstelling."),
    ]


def kengetallen(sector, scholen_rows):
    rows = [["Bestuur", "Aantal scholen/vestigingen", "Leerlingen (1 oktober 2024)"]] + scholen_rows
    label = "basisscholen, sbo- en so-locaties" if sector == "po" else "vo-scholen en vso-locaties"
    return [
        ("h1", "Onze regio in cijfers"),
        ("p", f"Het samenwerkingsverband omvat {label} van verschillende denominaties. De regio kent zowel stedelijke "
              "kernen als uitgestrekte plattelandsgebieden, met grote verschillen in reisafstand tot speciale "
              "voorzieningen. De leerlingenaantallen dalen licht, vooral in de kleine kernen; in de stedelijke wijken "
              "is sprake van een lichte groei door nieuwbouw en de komst van nieuwkomers."),
        ("table", rows),
        ("p", "De leerlingaantallen zijn ontleend aan de teldatum van 1 oktober 2024 zoals geregistreerd bij DUO. "
              "De prognoses van de gemeenten laten voor de planperiode een daling van ongeveer drie procent zien. "
              "Die krimp heeft gevolgen voor de formatie op de scholen en voor de omvang van de rijksbekostiging die "
              "het samenwerkingsverband ontvangt."),
    ]


def governance(naam, code):
    return [
        ("h1", "Hoe is het samenwerkingsverband georganiseerd?"),
        ("p", f"{naam} (registratienummer {code}) is een stichting. Alle schoolbesturen met scholen in de regio zijn "
              "aangesloten. Het bestuursmodel scheidt bestuur en intern toezicht: een directeur-bestuurder vormt het "
              "bestuur, de raad van toezicht houdt toezicht en de algemene vergadering van aangesloten schoolbesturen "
              "stelt de strategische koers en het ondersteuningsplan mede vast. De statuten bevatten een regeling voor "
              "geschillen tussen de aangesloten besturen."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
              "controller, een secretariaat en een team van consulenten. De raad van toezicht bestaat uit vijf leden "
              "met deskundigheid op het gebied van onderwijs, financiën, jeugdhulp en recht. De raad werkt volgens de "
              "Code Goed Bestuur en evalueert jaarlijks het eigen functioneren."),
        ("p", "Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau en een "
              "ondersteuningsplanraad (OPR). De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
              "daarvan. Het reglement van de OPR is in 2024 geactualiseerd."),
        ("p", "Schoolleiders en intern begeleiders komen samen in regionale netwerken. Deze netwerken zijn geen "
              "besluitvormende organen, maar spelen een belangrijke rol bij het delen van kennis en het signaleren "
              "van knelpunten. Het bestuur vraagt de netwerken jaarlijks om advies over het jaarplan."),
    ]


def opr_passage(with_ouders=True):
    comp = ("De OPR telt acht leden: vier ouders en vier personeelsleden, gekozen uit en door de "
            "medezeggenschapsraden van de aangesloten scholen. " if with_ouders else
            "De OPR telt acht leden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h2", "Medezeggenschap en de ondersteuningsplanraad"),
        ("p", comp + "De OPR vergadert zes keer per jaar en heeft een eigen budget voor scholing en "
              "ondersteuning. Over het concept van dit plan heeft de OPR in drie sessies met het bestuur gesproken. "
              "De OPR heeft op 11 maart 2025 ingestemd met het ondersteuningsplan."),
    ]


def oogo(gemeenten, full=True):
    if not full:
        return [("h2", "Overleg met gemeenten"),
                ("p", f"Het op overeenstemming gericht overleg (OOGO) met de gemeenten {gemeenten} over het concept "
                      "van dit plan vond plaats op 4 februari 2025. Het verslag daarvan is bij het bestuur op te vragen.")]
    return [
        ("h1", "Samen met gemeenten en jeugdhulp"),
        ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten {gemeenten}. "
              "Het OOGO over dit plan vond plaats op 4 februari 2025. Daarnaast is er vier keer per jaar een ambtelijk "
              "overleg en twee keer per jaar een bestuurlijk overleg met de wethouders onderwijs en jeugd."),
        ("p", "Gemeenten en samenwerkingsverband hebben een gezamenlijke agenda met vier thema's: de aansluiting "
              "tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor speciale voorzieningen, en "
              "de overgang naar vervolgonderwijs. Op elke school is een schoolmaatschappelijk werker of "
              "jeugdconsulent van het lokale team beschikbaar. Voor leerlingen die zowel onderwijs als zorg nodig "
              "hebben, worden onderwijs-zorgarrangementen afgesproken met een gezamenlijke financiering."),
        ("p", "De samenwerking is niet altijd eenvoudig. Wachtlijsten in de jeugd-ggz, wisselende contactpersonen en "
              "verschillende wettelijke kaders maken het soms lastig om snel te schakelen. Wij blijven investeren in "
              "de relatie met gemeenten, omdat onderwijs en jeugdhulp elkaar nodig hebben."),
    ]


def personeel():
    return [
        ("h1", "Wat betekent dit plan voor het personeel?"),
        ("p", "Passend onderwijs staat of valt met de mensen die het uitvoeren. De uitvoering van dit plan vraagt van "
              "leraren dat zij verschillen tussen leerlingen kunnen hanteren, van intern begeleiders en "
              "ondersteuningscoördinatoren dat zij de ondersteuningsstructuur van de school regisseren, en van "
              "schoolleiders dat zij ruimte maken voor professionalisering."),
        ("p", "Het samenwerkingsverband biedt een scholingsaanbod aan, onder meer over gedrag, executieve functies, "
              "meer- en hoogbegaafdheid en het werken met een ontwikkelingsperspectief. Ook organiseren we twee keer per "
              "jaar een regionale studiedag. De scholen blijven zelf verantwoordelijk voor hun personeelsbeleid en "
              "de inzet van hun formatie."),
        ("p", "Het bureau van het samenwerkingsverband telt ongeveer twaalf fte. De consulenten hebben een "
              "achtergrond als orthopedagoog, psycholoog of gedragsspecialist en zijn gekoppeld aan vaste scholen. "
              "De krapte op de arbeidsmarkt raakt ook ons: vacatures voor orthopedagogen staan soms maanden open. "
              "Daarom investeren we in opleidingsplaatsen en in samenwerking met de hogeschool."),
        ("p", "De gevolgen van dit plan voor de personele formatie van de scholen zijn beperkt. Waar middelen anders "
              "worden ingezet, maken besturen zelf afspraken met hun medezeggenschap."),
    ]


def ict_privacy():
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Voor aanvragen en dossiers gebruikt het samenwerkingsverband een beveiligde digitale omgeving. Scholen "
              "dienen aanvragen in via deze omgeving, zodat dossiers niet per e-mail rondgaan. De omgeving voldoet aan "
              "de eisen van de Algemene verordening gegevensbescherming (AVG)."),
        ("p", "Het samenwerkingsverband verwerkt alleen persoonsgegevens die nodig zijn voor de uitvoering van zijn "
              "wettelijke taken. Gezondheidsgegevens worden alleen verwerkt voor zover de wet dat toestaat. Gegevens "
              "worden niet langer bewaard dan drie jaar na het besluit waarop zij betrekking hebben. Er is een "
              "functionaris gegevensbescherming aangesteld, die wordt gedeeld met twee andere samenwerkingsverbanden."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. De aanbesteding daarvoor start in 2026. "
              "Doel is dat scholen minder dubbel hoeven te registreren en dat managementinformatie eenvoudiger "
              "beschikbaar komt."),
    ]


def planning(rows):
    return [("h1", "Planning van de planperiode"),
            ("p", "Onderstaand overzicht geeft de belangrijkste mijlpalen weer. Het jaarplan werkt de activiteiten per "
                  "schooljaar uit; het bestuur stelt het jaarplan vast na advies van de netwerken."),
            ("table", [["Schooljaar", "Mijlpaal"]] + rows)]


def begrippen(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
            ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep leerlingen."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat elke leerling een passende plek heeft."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, waarin de inzet van middelen is vastgelegd."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jeugdigen."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."]]
    rows += [list(r) for r in extra]
    return [("h1", "Begrippenlijst"), ("table", rows)]


def leeswijzer(sector):
    wet = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else "artikel 17a van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 e.v. WVO 2020)"
    return [
        ("h1", "Leeswijzer en wettelijk kader"),
        ("p", f"Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. De inhoud "
              f"wordt voor een deel voorgeschreven door {wet}. De wet noemt onder meer de basisondersteuning, de "
              "verdeling en besteding van de ondersteuningsmiddelen, de toelaatbaarheid tot het speciaal onderwijs, "
              "de terugplaatsing, de beoogde en behaalde resultaten en de informatie aan ouders. Het plan wordt "
              "ten minste eens in de vier jaar vastgesteld en vóór 1 mei aan de Inspectie van het Onderwijs "
              "toegezonden."),
        ("p", "Wij hebben ervoor gekozen de hoofdstukken zoveel mogelijk te formuleren als vragen die ouders, leraren "
              "en schoolleiders ons stellen. Het plan begint met onze missie en visie en een schets van de regio. "
              "Daarna volgen de inhoudelijke hoofdstukken. Het plan sluit af met de organisatie, de gevolgen voor het "
              "personeel, ICT en privacy, een planning en een begrippenlijst. De jaarplannen en de jaarverslagen "
              "vormen samen met dit plan de beleidscyclus van het samenwerkingsverband."),
        ("p", "Een plan van vier jaar kan niet alles voorzien. Wetswijzigingen, zoals de Wet versterking positie "
              "ouders en leerlingen in het passend onderwijs, en landelijke afspraken kunnen aanleiding geven tot een "
              "tussentijdse wijziging. Iedere wijziging wordt voorgelegd aan de ondersteuningsplanraad."),
    ]


def terugblik():
    return [
        ("h1", "Terugblik: wat hebben we geleerd?"),
        ("p", "In de vorige planperiode is veel in gang gezet. Er kwam een digitaal loket, de netwerken van intern "
              "begeleiders en ondersteuningscoördinatoren werden nieuw leven ingeblazen en het overleg met "
              "de gemeenten kreeg een vaste plek in de jaarkalender. Tegelijk liep niet alles zoals gehoopt. De coronaperiode "
              "zette veel plannen stil, en het personeelstekort maakte het voor scholen lastig om nieuwe werkwijzen "
              "vast te houden."),
        ("p", "De evaluatie van het vorige plan, uitgevoerd door een extern bureau, leverde drie lessen op. De eerste "
              "les is dat afspraken pas werken als ze op de werkvloer bekend zijn: veel leraren wisten niet wat het "
              "samenwerkingsverband deed. De tweede les is dat procedures te lang en te ingewikkeld waren. De derde "
              "les is dat het bestuur te weinig sturingsinformatie had om tijdig bij te sturen. Die lessen zijn "
              "meegenomen bij het schrijven van dit plan."),
        ("p", "Wij zijn trots op de inzet van scholen en medewerkers in een moeilijke periode. Tegelijk zijn we "
              "kritisch op onszelf: passend onderwijs is nog niet voor ieder kind een werkelijkheid."),
    ]


def kennisdeling():
    return [
        ("h1", "Hoe delen we kennis?"),
        ("p", "Kennis is in de regio ruim aanwezig, maar niet altijd op de plek waar zij nodig is. Daarom bouwen we aan "
              "een lerend netwerk. Elke school heeft een vaste contactpersoon bij het samenwerkingsverband. In "
              "leernetwerken rond thema's als gedrag, taal, executieve functies en samenwerking met ouders leren "
              "professionals van elkaar. Twee keer per jaar organiseren we een kennismarkt waar scholen hun "
              "aanpakken presenteren."),
        ("p", "Het samenwerkingsverband werkt samen met de regionale pabo en een universiteit aan praktijkgericht "
              "onderzoek. De uitkomsten delen we via korte kennisbladen. Nieuwe leraren en intern begeleiders volgen "
              "een introductieprogramma van drie middagen, waarin zij kennismaken met de werkwijze en de "
              "contactpersonen van het samenwerkingsverband."),
        ("p", "Communicatie met scholen loopt via een maandelijkse digitale nieuwsbrief, het besloten deel van de "
              "website en de netwerkbijeenkomsten. Bestuurders ontvangen daarnaast een kwartaalbericht over de "
              "voortgang van het jaarplan."),
    ]


def overgangen(sector):
    if sector == "po":
        txt = ("De overstap van groep 8 naar het voortgezet onderwijs is voor veel leerlingen met een "
               "ondersteuningsbehoefte spannend. Het samenwerkingsverband maakt daarom met het samenwerkingsverband "
               "voor voortgezet onderwijs afspraken over een warme overdracht. De basisschool levert vóór 1 april het "
               "onderwijskundig rapport aan; voor leerlingen met een OPP vindt een overdrachtsgesprek plaats met de "
               "ontvangende school. Ook de overgang van voorschoolse voorziening naar basisschool krijgt aandacht: "
               "peuterspeelzalen en kinderdagverblijven dragen gegevens over met toestemming van ouders.")
    else:
        txt = ("De overstap van het basisonderwijs naar het voortgezet onderwijs en van het vo naar het mbo zijn "
               "kwetsbare momenten. Met het samenwerkingsverband primair onderwijs maken we afspraken over een warme "
               "overdracht en een gezamenlijke kalender voor aanmelding. Met de mbo-instellingen in de regio is een "
               "convenant gesloten over de overdracht van gegevens en over doorlopende begeleiding in het eerste "
               "mbo-jaar. De scholen blijven zelf verantwoordelijk voor de loopbaanbegeleiding van hun leerlingen.")
    return [("h1", "Overgangen"), ("p", txt),
            ("p", "Het overleg met het samenwerkingsverband in de andere sector over dit ondersteuningsplan vond plaats "
                  "in januari 2025. Daarbij zijn geen knelpunten geconstateerd.")]


def besturen():
    return [
        ("h1", "Wat vraagt dit plan van de schoolbesturen?"),
        ("p", "Een samenwerkingsverband is zo sterk als de besturen die het vormen. Dit plan vraagt van iedere "
              "aangesloten bestuurder dat hij of zij de gezamenlijke afspraken niet alleen onderschrijft, maar ook in "
              "de eigen organisatie verankert. Dat betekent dat de afspraken terugkomen in het strategisch beleidsplan "
              "van het bestuur, in de gesprekken met schooldirecteuren en in de professionalisering van "
              "medewerkers."),
        ("p", "Besturen spreken elkaar aan wanneer afspraken niet worden nagekomen. Daarvoor is de algemene "
              "vergadering de aangewezen plek. Wij kiezen bewust voor een cultuur van vertrouwen, openheid en "
              "collegiale consultatie boven een cultuur van controle. Dat vraagt van bestuurders dat zij ook hun "
              "twijfels en tekortkomingen op tafel durven te leggen."),
        ("p", "Tot slot vraagt dit plan van besturen dat zij verder kijken dan de grenzen van hun eigen scholen. De "
              "vraag is niet alleen wat mijn school kan bieden, maar wat wij samen in de regio kunnen bieden. Dat is "
              "de kern van samenwerken in een samenwerkingsverband. In het najaar van 2025 organiseren we een "
              "bestuurlijke conferentie waarin we de rolverdeling tussen besturen, directeur-bestuurder en raad van "
              "toezicht opnieuw tegen het licht houden."),
    ]


def toc(entries):
    return [("h1", "Inhoudsopgave")] + [("toc", e) for e in entries]


# ---------------------------------------------------------------------------------------------
# Plan 1 — PO, .docx — question headings
# ---------------------------------------------------------------------------------------------

def plan1():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Dal en Heuvel"
    b = [("title", "Ondersteuningsplan 2026-2030"), ("subtitle", naam + " (PO 26-91)"),
         ("p", "Vastgesteld door de algemene vergadering op 20 maart 2025, na instemming van de OPR.")]
    b += toc(["1. Voorwoord", "2. Waar staan we voor?", "3. Onze regio in cijfers",
              "4. Wat mag elke ouder van elke school verwachten?", "5. Wat als een kind meer nodig heeft?",
              "6. Hoe regelen we een plek in het sbo of so?", "7. Hoe verdelen we het geld?",
              "8. Wat willen we bereiken?", "9. Communicatie", "10. Hoe is het samenwerkingsverband georganiseerd?",
              "11. Samen met gemeenten en jeugdhulp", "12. Wat betekent dit plan voor het personeel?",
              "13. ICT, gegevens en privacy", "14. Planning", "15. Begrippenlijst"])
    b += voorwoord(naam, "2026-2030", "31 schoolbesturen met 118 basisscholen, twee sbo-scholen en drie so-locaties")
    b += leeswijzer("po") + visie(naam) + terugblik()
    b += kengetallen("po", [["Stichting Heuvelrug Onderwijs", "34", "7.120"], ["Stichting Dalscholen", "29", "5.840"],
                            ["Vereniging PCO Dal en Heuvel", "22", "4.310"], ["Overige besturen (28)", "38", "6.905"],
                            ["Totaal", "123", "24.175"]])
    b += [
        ("h1", "Wat mag elke ouder van elke school verwachten?"),
        ("p", "Alle besturen hebben afgesproken dat iedere school en iedere vestiging in Dal en Heuvel dezelfde "
              "ondergrens van ondersteuning waarmaakt. Dat noemen we de basisondersteuning. Het is geen streven maar "
              "een afspraak: geen school mag eronder zitten, en een school kan een ouder niet naar een andere school "
              "verwijzen voor iets wat tot deze ondergrens hoort."),
        ("p", "Concreet betekent dit dat u op elke school het volgende aantreft:"),
        ("bullet", "een intern begeleider met ten minste één dag per week per 150 leerlingen, die het ondersteuningsteam coördineert;"),
        ("bullet", "een dyslexie- en dyscalculieprotocol, inclusief vroegsignalering in groep 2 en 3 en extra leestijd;"),
        ("bullet", "een aanpak voor sociale veiligheid en gedrag met een gevalideerd programma en een anti-pestcoördinator;"),
        ("bullet", "verrijking en verdieping voor leerlingen die meer aankunnen, in de eigen groep;"),
        ("bullet", "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, waarbij een consulent van het samenwerkingsverband aanschuift;"),
        ("bullet", "een protocol medisch handelen en afspraken over toediening van medicijnen;"),
        ("bullet", "handelingsgericht werken met groepsplannen of groepsoverzichten die drie keer per jaar worden geëvalueerd."),
        ("p", "Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning invult. Het samenwerkingsverband "
              "bekijkt elke twee jaar met een kwaliteitskaart of de afspraken op alle vestigingen zijn waargemaakt. "
              "Blijft een school achter, dan maakt het bestuur van die school binnen drie maanden een verbeterplan."),
        ("h1", "Wat als een kind meer nodig heeft?"),
        ("p", "Ondersteuning is in Dal en Heuvel opgebouwd in vier lagen. Laag 1 is de basisondersteuning in de klas "
              "en op school. Laag 2 bestaat uit arrangementen die de school met het schoolbudget inkoopt of organiseert, "
              "bijvoorbeeld een taalklas, een rekenspecialist of een gedragsbegeleider die wekelijks meekijkt. Laag 3 "
              "zijn de bovenschoolse arrangementen: de plusklassen voor hoogbegaafde leerlingen op vier locaties, de "
              "observatiegroep in Heuveldorp en de ambulante begeleiding vanuit het so. Laag 4 is plaatsing in het "
              "speciaal basisonderwijs of het speciaal onderwijs."),
        ("p", "Wanneer een school vastloopt of geen passende plek heeft, treedt de zorgplicht in werking: de school "
              "van aanmelding zoekt dan een andere passende school. Lukt dat niet binnen tien weken, dan schakelt de "
              "school de dekkend-aanbod-tafel van het samenwerkingsverband in. Aan die tafel zitten de consulent, de "
              "leerplichtambtenaar, het lokale team en de betrokken besturen. Zij maken binnen vijf werkdagen een "
              "plan. Het samenwerkingsverband houdt maandelijks een overzicht bij van thuiszitters en leerlingen met "
              "een vrijstelling; elke melding wordt binnen twee weken besproken. Tekorten in het aanbod die daaruit "
              "blijken, agenderen wij in het bestuur en leiden tot afspraken over nieuwe voorzieningen."),
        ("h1", "Hoe regelen we een plek in het sbo of so?"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar het kind "
              "staat ingeschreven. De school bespreekt het kind eerst in het ondersteuningsteam, met de ouders erbij, "
              "en stelt een groeidocument op met de ontwikkeling, de geboden ondersteuning en de zienswijze van de "
              "ouders. De aanvraag gaat via de digitale omgeving naar de Commissie Toelaatbaarheid."),
        ("p", "De Commissie Toelaatbaarheid vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
              "afhankelijk van het kind, een tweede deskundige zoals een maatschappelijk werker of jeugdarts. Beide "
              "deskundigen brengen een eigen schriftelijk advies uit en zijn niet betrokken geweest bij de aanvraag. "
              "De commissie besluit binnen zes weken na ontvangst van een volledige aanvraag. Ouders krijgen een kopie "
              "van de adviezen en van het besluit."),
        ("p", "Welke leerlingen precies toelaatbaar zijn, willen we niet langer vastleggen in een lijst met "
              "indicaties. De commissie weegt daarom iedere aanvraag afzonderlijk. Een uitgewerkt afwegingskader "
              "stellen we in de loop van 2026 samen met de schoolbesturen op."),
        ("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren, een TLV voor het so voor één tot drie "
              "schooljaren; bij het so stelt de commissie ook de bekostigingscategorie laag, midden of hoog vast. "
              "Ouders en school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "En daarna: terug naar de basisschool?"),
        ("p", "Plaatsing in het sbo of so is voor ons geen eindstation. Ons beleid is dat elk kind dat in het "
              "speciaal (basis)onderwijs zit, de kans krijgt om terug te keren naar een basisschool zodra zijn "
              "ontwikkeling dat toelaat. Voorwaarde is dat de ontvangende school met de basisondersteuning en een "
              "overgangsarrangement kan bieden wat het kind nodig heeft."),
        ("p", "Uiterlijk in februari van het laatste schooljaar van de TLV voert de sbo- of so-school een "
              "evaluatiegesprek met de ouders en de consulent van het samenwerkingsverband. De sbo- of so-school neemt "
              "het initiatief. Blijkt terugplaatsing haalbaar, dan zoekt de school samen met de ouders een "
              "basisschool en draagt het dossier warm over. Is verder speciaal onderwijs nodig, dan vraagt de school "
              "vóór 1 april een nieuwe TLV aan; zonder nieuwe TLV eindigt de toelaatbaarheid op 31 juli."),
        ("p", "Na de overstap krijgt de basisschool een overgangsarrangement van maximaal één jaar, waarmee "
              "bijvoorbeeld de ambulante begeleider van de vorige school nog een aantal keren kan meekijken. "
              "Het samenwerkingsverband evalueert na drie en na twaalf maanden met school en ouders hoe het gaat."),
        ("h1", "Hoe verdelen we het geld?"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Wij "
              "verdelen die volgens een eenvoudig model. Eerst worden de verplichte afdrachten aan het so en de "
              "groeibekostiging van het sbo betaald. Van wat resteert, gaat 70 procent rechtstreeks naar de "
              "schoolbesturen als schoolbudget: € 165 per leerling op basis van de teldatum van 1 oktober, plus een "
              "vaste voet van € 7.500 per vestiging. Besturen verantwoorden de inzet van het schoolbudget jaarlijks "
              "in een korte rapportage. De overige 30 procent is bestemd voor bovenschoolse arrangementen en het "
              "bureau."),
        ("p", "De meerjarenbegroting 2026-2030 en de bijbehorende uitgaven per post worden na vaststelling door de "
              "algemene vergadering in december als bijlage aan dit plan toegevoegd. Over de gewenste hoogte van het "
              "weerstandsvermogen nemen wij een besluit nadat de risicoanalyse is afgerond."),
        ("h1", "Wat willen we bereiken?"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte hebben we drie beoogde resultaten geformuleerd voor het "
              "einde van de planperiode:"),
        ("bullet", "het aantal thuiszitters dat langer dan vier weken thuis zit, is teruggebracht tot nul;"),
        ("bullet", "ten minste 90 procent van de leerlingen met een ontwikkelingsperspectief haalt het in het OPP gestelde uitstroomniveau;"),
        ("bullet", "het deelnamepercentage sbo en so daalt van 3,4 naar 3,0 procent, zonder dat wachtlijsten ontstaan."),
        ("p", "Hoe en wanneer we deze resultaten gaan meten en aan wie we erover rapporteren, werken we uit in een "
              "kwaliteitskader dat in 2027 verschijnt."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voor een samenwerkingsverband geen bijzaak. We communiceren met scholen via "
              "een maandelijkse nieuwsbrief en de netwerkbijeenkomsten."),
        ("p", "Ouders informeren we op meerdere manieren. Op www.dalenheuvel-po.nl staat per school een overzicht van "
              "de ondersteuning die de school biedt en van de bovenschoolse arrangementen, met contactgegevens. Elke "
              "school neemt in de schoolgids een vaste paragraaf over passend onderwijs op, die het "
              "samenwerkingsverband aanlevert. Twee keer per jaar organiseren we een informatieavond voor ouders over "
              "de overstap naar het sbo of so, en er is een brochure 'Extra ondersteuning, hoe werkt dat?' in het "
              "Nederlands, Engels, Arabisch en Pools."),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Dal en Heuvel. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, "
              "wordt bemand door twee ervaren ouderadviseurs en is bereikbaar via telefoon, mail en een wekelijks "
              "spreekuur. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen, en bij een geschil over "
              "toelating, verwijdering of het OPP terecht bij de Geschillencommissie passend onderwijs."),
    ]
    b += governance(naam, "PO 26-91") + opr_passage() + oogo("Heuveldorp, Dalwijk, Oosterbeke en Ravensloot")
    b += overgangen("po") + kennisdeling() + besturen() + personeel() + ict_privacy()
    b += planning([["2026-2027", "Afwegingskader toelaatbaarheid; start nieuw registratiesysteem"],
                   ["2027-2028", "Kwaliteitskader en eerste meting beoogde resultaten"],
                   ["2028-2029", "Tussenevaluatie ondersteuningsplan met OPR"],
                   ["2029-2030", "Voorbereiding nieuw plan"]])
    b += begrippen()
    label = dict(
        documents=["po-dalenheuvel-ondersteuningsplan.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat mag elke ouder van elke school verwachten?': agreed floor for every vestiging plus bullet list; kwaliteitskaart every two years.",
               "plaatsing": "'Hoe regelen we een plek in het sbo of so?': procedure, deskundigen, duration, bezwaar, but criteria deferred ('afwegingskader ... in de loop van 2026').",
               "terugstroom": "Hidden as sub-section 'En daarna: terug naar de basisschool?' inside the TLV chapter: policy, conditions, steps, end of TLV, overgangsarrangement.",
               "financien": "'Hoe verdelen we het geld?': verdeelmodel with EUR 165 per leerling and vaste voet; meerjarenbegroting only promised as a later bijlage.",
               "dekkend-aanbod": "'Wat als een kind meer nodig heeft?': four layers plus zorgplicht, dekkend-aanbod-tafel and thuiszitters overview.",
               "resultaten": "'Wat willen we bereiken?': three beoogde resultaten; measuring/reporting deferred to a 2027 kwaliteitskader.",
               "ouders": "Only under the generic heading 'Communicatie': website, schoolgids paragraph, brochure; independent OJSP, onderwijsconsulenten, Geschillencommissie."})
    return "po-dalenheuvel-ondersteuningsplan", b, label


# ---------------------------------------------------------------------------------------------
# Plan 2 — VO, .docx + .pdf — "Wat betekent dit voor ...?" headings
# ---------------------------------------------------------------------------------------------

def plan2():
    naam = "Samenwerkingsverband VO Maas en Waalkant"
    b = [("title", "Ondersteuningsplan 2026-2030"), ("subtitle", naam + " (VO 30-12)"),
         ("p", "Concept ter instemming aan de OPR, versie 0.9, februari 2025.")]
    b += toc(["1. Voorwoord", "2. Waar staan we voor?", "3. Onze regio in cijfers",
              "4. Wat betekent dit voor de school? Basisondersteuning", "5. Wat betekent dit voor de leerling? Het aanbod",
              "6. Wie mag naar het vso, lwoo of pro?", "7. Wat betekent dit voor de vso-leerling? Terugplaatsing",
              "8. Geld en middelen", "9. Hoe weten we of het werkt?", "10. Ouders en leerlingen",
              "11. Organisatie", "12. Personeel", "13. ICT en privacy", "14. Planning", "15. Begrippenlijst"])
    b += voorwoord(naam, "2026-2030", "negen schoolbesturen met veertien vestigingen van vo-scholen en twee vso-scholen")
    b += leeswijzer("vo") + visie(naam, with_ouders=False) + terugblik()
    b += kengetallen("vo", [["Stichting Waalkant College", "4", "6.210"], ["Scholengroep Maasoever", "5", "5.980"],
                            ["Stichting Praktijkonderwijs Waalkant", "2", "690"], ["Overige besturen (6)", "5", "3.120"],
                            ["Totaal", "16", "16.000"]])
    b += [
        ("h1", "Wat betekent dit voor de school? Basisondersteuning"),
        ("p", "De besturen hebben in juni 2025 vastgesteld dat alle veertien vestigingen minimaal hetzelfde niveau "
              "van basisondersteuning bieden. Dat niveau is voor iedere school bindend, ongeacht de leerweg of de "
              "omvang van de vestiging. Het vormt de ondergrens van wat een leerling overal in de regio kan "
              "verwachten."),
        ("p", "Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, is per school te vinden "
              "in het schoolondersteuningsprofiel en in de schoolgids. Het samenwerkingsverband verzamelt deze profielen "
              "en maakt ze op termijn vergelijkbaar."),
        ("h1", "Wat betekent dit voor de leerling? Het aanbod"),
        ("p", "Het aanbod in de regio is opgebouwd als een trap. De eerste trede is de basisondersteuning op iedere "
              "school. De tweede trede is de extra ondersteuning op school: elke vestiging ontvangt een budget voor "
              "lichte ondersteuning, waarmee zij bijvoorbeeld een trajectvoorziening, een rustruimte met begeleider, "
              "faalangstreductietraining of een dyslexiecoach inzet. De derde trede is het Orthopedagogisch-Didactisch "
              "Centrum (OPDC) De Overstap in Waalkant-Stad, met 48 plaatsen voor leerlingen die tijdelijk buiten de "
              "eigen school begeleid moeten worden, voor maximaal twee periodes van twaalf weken. Daarnaast kennen we "
              "het rebound-traject en een symbiose-arrangement met het vso. De vierde trede is het voortgezet speciaal "
              "onderwijs, met twee scholen voor cluster 3 en 4 in de regio."),
        ("p", "Leerwegondersteunend onderwijs (lwoo) wordt op zes vestigingen geboden; praktijkonderwijs op twee "
              "locaties. Voor hoogbegaafde leerlingen is er sinds 2024 een plusprogramma op drie scholen."),
        ("p", "Over leerlingen voor wie geen van deze treden past, voeren we het gesprek in het netwerkoverleg met "
              "de besturen; de afspraken die daaruit voortkomen, nemen we op in een volgende versie van dit plan."),
        ("h1", "Wie mag naar het vso, lwoo of pro?"),
        ("h2", "Hoe regelen we een toelaatbaarheidsverklaring voor het vso?"),
        ("p", "Het bevoegd gezag van de vo-school waar de leerling is ingeschreven (of is aangemeld) dient de aanvraag "
              "in bij het Loket Toewijzing van het samenwerkingsverband. Bij de aanvraag horen het "
              "ontwikkelingsperspectiefplan, een overzicht van de ondersteuning die de school in de afgelopen zes "
              "maanden heeft geboden en de resultaten daarvan, en een onderwijskundig rapport. Het Loket beoordeelt "
              "binnen vijf werkdagen of de aanvraag compleet is."),
        ("p", "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een GZ-psycholoog of orthopedagoog "
              "van het samenwerkingsverband en een tweede deskundige die past bij de hulpvraag, bijvoorbeeld een "
              "jeugdarts of een maatschappelijk werker. De directeur-bestuurder besluit op voordracht van de "
              "Commissie Toewijzing, uiterlijk zes weken na de volledige aanvraag."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: (1) de "
              "school heeft ten minste zes maanden handelingsgericht gewerkt met een OPP en de extra ondersteuning van "
              "trede 2 en 3 is ingezet of aantoonbaar niet passend; (2) de ondersteuningsbehoefte op ten minste twee "
              "van de domeinen leren, gedrag, communicatie, medisch en zelfredzaamheid vraagt om een structurele "
              "aanpak die het reguliere vo, ook met arrangement, niet kan bieden; (3) beide deskundigen onderschrijven "
              "dat het vso op dit moment de meest passende plek is. Bij een ernstige crisis kan van het eerste "
              "criterium worden afgeweken."),
        ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren in bekostigingscategorie laag, tenzij er een "
              "lichamelijke beperking (midden) of meervoudige beperking (hoog) is."),
        ("h2", "Hoe regelen we lwoo en pro?"),
        ("p", "Voor lwoo en praktijkonderwijs volgen wij de landelijke criteria; het samenwerkingsverband heeft niet "
              "gekozen voor eigen lwoo-criteria. Voor pro geldt: een IQ tussen 55 en 80 en een leerachterstand van "
              "ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. "
              "Voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op twee domeinen, "
              "of een IQ tussen 91 en 120 met die achterstand en een sociaal-emotionele problematiek. De vo-school "
              "vraagt de beschikking aan vóór 1 april; het Loket beslist binnen vier weken. Een aanwijzing lwoo geldt "
              "voor de duur van de opleiding, een TLV pro voor de gehele schoolloopbaan in het pro."),
        ("h1", "Wat betekent dit voor de vso-leerling? Terugplaatsing"),
        ("p", "Wij vinden dat het vso een tussenstation moet kunnen zijn. Ons doel is dat het aandeel leerlingen dat "
              "vanuit het vso terugkeert naar het reguliere vo groeit. Een leerling komt in aanmerking voor "
              "terugplaatsing wanneer hij op het niveau van de beoogde leerweg kan functioneren en de "
              "ondersteuningsbehoefte past binnen de extra ondersteuning van een vo-school. Het vso mag de overstap "
              "niet tegenhouden om bekostigingsredenen."),
        ("p", "Na terugkeer krijgt de leerling een overstapcoach van het samenwerkingsverband die gedurende zes "
              "maanden wekelijks contact heeft met de leerling en de mentor. De ontvangende school krijgt een "
              "overstapbudget van € 4.000. Hoe het stappenplan rond terugplaatsing eruit gaat zien (wie start, "
              "wanneer, wie besluit) werken we in schooljaar 2026-2027 samen met de vso-scholen uit."),
        ("h1", "Geld en middelen"),
        ("p", "De verdeling van de middelen berust op drie principes: geld volgt de ondersteuningsbehoefte, scholen "
              "krijgen zekerheid voor minimaal twee jaar, en bovenschoolse voorzieningen worden centraal bekostigd. "
              "Elke vestiging ontvangt voor lichte ondersteuning € 95 per leerling (teldatum 1 oktober) plus een "
              "vaste voet van € 25.000. Voor vestigingen met lwoo komt daar het lwoo-budget bij, verdeeld naar het "
              "aantal leerlingen met een aanwijzing lwoo op 1 oktober. Het OPDC en de overstapcoaches worden "
              "centraal betaald. Scholen leggen in hun jaarverslag verantwoording af over de inzet van het budget."),
        ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen in euro's):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso (zware ondersteuning)", "5.820.000", "5.760.000", "5.700.000", "5.650.000"],
                   ["Budget lichte ondersteuning scholen", "1.920.000", "1.905.000", "1.890.000", "1.880.000"],
                   ["Lwoo-budget naar scholen", "3.410.000", "3.380.000", "3.350.000", "3.320.000"],
                   ["OPDC De Overstap", "1.150.000", "1.150.000", "1.160.000", "1.160.000"],
                   ["Overstapcoaches en overstapbudget", "210.000", "230.000", "240.000", "240.000"],
                   ["Bureau en loket", "690.000", "700.000", "710.000", "720.000"],
                   ["Totaal lasten", "13.200.000", "13.125.000", "13.050.000", "12.970.000"]]),
        ("p", "Het weerstandsvermogen bedraagt eind 2024 € 1,6 miljoen, ofwel 12 procent van de baten. De "
              "signaleringswaarde van de Inspectie wordt daarmee niet overschreden."),
        ("h1", "Hoe weten we of het werkt?"),
        ("p", "Wij hebben voor leerlingen met extra ondersteuning de volgende beoogde resultaten voor 2030: minstens "
              "85 procent van de leerlingen die het OPDC verlaten, zit een jaar later nog op een reguliere vo-school; "
              "het percentage lwoo-leerlingen dat een diploma haalt in de beoogde leerweg stijgt van 81 naar 88 "
              "procent; en ten minste 15 vso-leerlingen per jaar stromen terug naar het regulier onderwijs (2024: 6)."),
        ("p", "De resultaten meten we met gegevens uit DUO en de eigen registratie. Elk kwartaal stelt het bureau een "
              "dashboard op dat in het bestuur wordt besproken; twee keer per jaar voeren de consulenten "
              "kwaliteitsgesprekken met iedere vestiging. In het jaarverslag rapporteren we per doel het bereikte "
              "resultaat en de daaraan gekoppelde middelen. Halverwege de planperiode laten we een externe evaluatie "
              "uitvoeren."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Leerlingen en ouders zijn belangrijke gesprekspartners voor de scholen. Het samenwerkingsverband volgt "
              "de landelijke ontwikkelingen rond het ouder- en jeugdsteunpunt. Wij zullen in 2026 bepalen hoe wij "
              "daaraan invulling geven; tot die tijd verwijzen wij naar de pagina 'Ouders' op onze website."),
    ]
    b += governance(naam, "VO 30-12") + opr_passage(with_ouders=False) + oogo("Waalkant, Maasoever en Dreumelen")
    b += overgangen("vo") + kennisdeling() + besturen() + personeel() + ict_privacy()
    b += planning([["2026-2027", "Stappenplan terugplaatsing met vso-scholen; profielen vergelijkbaar maken"],
                   ["2027-2028", "Evaluatie OPDC; nieuw registratiesysteem"],
                   ["2028-2029", "Externe tussenevaluatie"],
                   ["2029-2030", "Voorbereiding nieuw plan"]])
    b += begrippen([["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en leerlingen met vragen of klachten."]])
    label = dict(
        documents=["vo-maasenwaalkant-ondersteuningsplan.docx", "vo-maasenwaalkant-ondersteuningsplan.pdf"],
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "'Wat betekent dit voor de school?': binding equal minimum level stated, but content only 'te vinden in het schoolondersteuningsprofiel en de schoolgids' (not in input).",
               "plaatsing": "'Wie mag naar het vso, lwoo of pro?': Loket procedure, termijnen, deskundigen, three vso criteria, national lwoo/pro criteria and procedure.",
               "terugstroom": "'Wat betekent dit voor de vso-leerling?': aims, conditions, overstapcoach and budget; the stappenplan (who starts, when, who decides) deferred to 2026-2027.",
               "financien": "Under 'Geld en middelen': EUR 95 per leerling + vaste voet, lwoo verdeling, four-year table with amounts, weerstandsvermogen.",
               "dekkend-aanbod": "'Wat betekent dit voor de leerling?': four-step continuum incl. OPDC and vso; pupils without a fitting place only 'gesprek ... afspraken in een volgende versie'.",
               "resultaten": "Question heading 'Hoe weten we of het werkt?': targets with numbers; quarterly dashboard, jaarverslag reporting.",
               "ouders": "'Ouders en leerlingen' only defers the OJSP to 2026 and refers to a website page; nothing on informing parents or independent help; OPR composition deliberately without parents."})
    return "vo-maasenwaalkant-ondersteuningsplan", b, label


# ---------------------------------------------------------------------------------------------
# Plan 3 — PO, .pdf only — content in tables
# ---------------------------------------------------------------------------------------------

def plan3():
    naam = "Stichting Samenwerkingsverband PO Kempenland-Zuid"
    b = [("title", "Ondersteuningsplan 2026-2030"), ("subtitle", naam + " (PO 30-07)"),
         ("p", "Samen sterk voor elk kind in Kempenland-Zuid.")]
    b += toc(["Voorwoord", "Waar staan we voor?", "Onze regio in cijfers", "Hoe ziet de ondersteuning eruit?",
              "Hoe komt een kind op het sbo of so?", "Terugplaatsing", "Hoe zit het met de financiën?",
              "Wat betekent dit voor ouders?", "Hoe is het samenwerkingsverband georganiseerd?",
              "Samen met gemeenten en jeugdhulp", "Personeel", "ICT en privacy", "Planning", "Begrippenlijst"])
    b += voorwoord(naam, "2026-2030", "achttien schoolbesturen met 74 basisscholen, één sbo-school en twee so-scholen")
    b += leeswijzer("po") + visie(naam) + terugblik()
    b += kengetallen("po", [["Stichting Kempenbloei", "21", "4.480"], ["Stichting De Zuidhoek", "17", "3.390"],
                            ["Overige besturen (16)", "39", "6.530"], ["Totaal", "77", "14.400"]])
    b += [
        ("h1", "Hoe ziet de ondersteuning eruit?"),
        ("p", "In Kempenland-Zuid onderscheiden we drie niveaus: basisondersteuning, extra ondersteuning en "
              "specialistische ondersteuning. Voor de basisondersteuning hebben alle besturen samen een standaard "
              "vastgesteld die op elke vestiging geldt, van de kleinste dorpsschool tot de grootste stadsschool. "
              "Onderstaande tabel laat zien wat daarbij hoort."),
        ("table", [["Onderdeel", "Wat elke school biedt"],
                   ["Ondersteuningsstructuur", "Intern begeleider, ondersteuningsteam met consulent SWV, vier keer per jaar groepsbespreking"],
                   ["Lezen en rekenen", "Dyslexieprotocol, dyscalculieprotocol, remedial teaching in kleine groepjes"],
                   ["Gedrag", "Schoolbreed gedragsprogramma, time-out-afspraken, inzet gedragsspecialist bij vragen"],
                   ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep, signaleringsinstrument vanaf groep 1"],
                   ["Medisch", "Protocol medisch handelen, afspraken over verzorging"],
                   ["Jonge kind", "Observatie in groep 1-2 en warme overdracht van de voorschool"]]),
        ("p", "De extra ondersteuning bestaat uit arrangementen op de eigen school, aangevraagd bij het "
              "ondersteuningsloket: bijvoorbeeld een taal-leesarrangement, een gedragsarrangement of een "
              "arrangement jonge risicoleerling. De specialistische ondersteuning omvat de Kempenklas (een "
              "observatie- en behandelgroep in samenwerking met jeugdhulp), de sbo-school De Linde en de so-scholen."),
        ("p", "Leerlingen die dreigen uit te vallen of thuis zitten, meldt de school binnen vijf schooldagen bij het "
              "loket. Het loket start binnen twee weken een overleg met school, ouders, leerplicht en het lokale team "
              "en legt afspraken vast in een plan met een datum waarop de leerling weer onderwijs volgt. Het "
              "samenwerkingsverband houdt een actuele lijst bij van alle thuiszitters en van leerlingen voor wie "
              "nog geen passend aanbod is; deze lijst bespreekt het bestuur elk kwartaal om te bepalen of nieuwe "
              "voorzieningen nodig zijn."),
        ("h1", "Hoe komt een kind op het sbo of so?"),
        ("p", "De aanvraag en beoordeling van een toelaatbaarheidsverklaring verlopen in vijf stappen."),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "School (bevoegd gezag)", "Bespreking in ondersteuningsteam, groeidocument en OPP, zienswijze ouders", "-"],
                   ["2", "School", "Aanvraag via het ondersteuningsloket", "-"],
                   ["3", "Twee deskundigen", "Orthopedagoog of psycholoog plus tweede deskundige geven elk een schriftelijk advies", "binnen 3 weken"],
                   ["4", "Commissie van Toelaatbaarheid", "Besluit over de TLV, geldigheidsduur en bekostigingscategorie", "binnen 6 weken na volledige aanvraag"],
                   ["5", "Ouders", "Bezwaar mogelijk via de Landelijke Bezwaaradviescommissie", "binnen 6 weken na besluit"]]),
        ("p", "De commissie verklaart een kind toelaatbaar tot het sbo wanneer het kind ten minste een jaar "
              "arrangementen heeft gehad op de basisschool, er een ontwikkelingsachterstand is van meer dan "
              "anderhalf jaar op ten minste twee gebieden of ernstige gedragsproblemen die de basisschool niet "
              "kan hanteren, en de ondersteuningsbehoefte structureel is. Toelaatbaar tot het so is een kind "
              "wanneer daarnaast een intensieve, specialistische aanpak met kleine groepen en behandeling nodig is die "
              "het sbo niet biedt, bijvoorbeeld bij een ernstige verstandelijke beperking (zml), langdurige "
              "ziekte of een ernstige psychiatrische problematiek. Een TLV sbo geldt tot het einde van de "
              "basisschoolperiode; een TLV so voor twee schooljaren."),
        ("h1", "Terugplaatsing"),
        ("p", "Dit onderdeel van het plan wordt na overleg met de sbo- en so-scholen opgenomen in het "
              "voortgangsdocument 2027."),
        ("h1", "Hoe zit het met de financiën?"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 9,8 miljoen. Het huidige verdeelmodel loopt "
              "in 2026 af. Een nieuw model, met andere verdeelsleutels en spelregels, leggen we in het voorjaar van "
              "2027 voor aan de OPR. De meerjarenbegroting gaat uit van de volgende bedragen:"),
        ("table", [["Bestedingen (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdracht so en groeibekostiging sbo", "4.950", "4.900", "4.880", "4.850"],
                   ["Ondersteuningsbudgetten scholen", "2.650", "2.700", "2.700", "2.700"],
                   ["Arrangementen via het loket", "1.180", "1.150", "1.150", "1.120"],
                   ["Kempenklas", "420", "430", "440", "450"],
                   ["Bureau, loket en deskundigen", "610", "620", "630", "640"],
                   ["Totaal", "9.810", "9.800", "9.800", "9.760"]]),
        ("p", "Het eigen vermogen van het samenwerkingsverband bedroeg eind 2024 € 2,1 miljoen. Conform de afspraken "
              "over bovenmatige reserves bouwen we dit in drie jaar af naar een weerstandsvermogen van 8 procent."),
        ("h1", "Wat betekent dit voor ouders?"),
        ("p", "Ouders moeten weten waar zij aan toe zijn. Daarom publiceert iedere school haar ondersteuningsaanbod in "
              "de schoolgids, en houdt het samenwerkingsverband op www.kempenlandzuid-po.nl een ouderpagina bij met "
              "uitleg over de drie niveaus, de arrangementen en de route naar het sbo en so. Bij iedere eerste "
              "bespreking in het ondersteuningsteam krijgen ouders de folder 'Samen kijken naar uw kind'. "
              "Jaarlijks is er in elke gemeente een ouderavond over passend onderwijs."),
        ("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten wij in zodra de wet ons daartoe verplicht. Meer "
              "informatie volgt."),
    ]
    b += governance(naam, "PO 30-07") + opr_passage() + oogo("Kempenveld, Zuiderheide en Linderhout")
    b += overgangen("po") + kennisdeling() + besturen() + personeel() + ict_privacy()
    b += planning([["2026-2027", "Nieuw verdeelmodel; voortgangsdocument met terugplaatsing"],
                   ["2027-2028", "Beoogde resultaten en indicatoren formuleren"],
                   ["2028-2029", "Evaluatie Kempenklas"],
                   ["2029-2030", "Voorbereiding nieuw plan"]])
    b += begrippen([["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."]])
    label = dict(
        documents=["po-kempenlandzuid-ondersteuningsplan.pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Hoe ziet de ondersteuning eruit?': standard for every vestiging in body; concrete content only in a table.",
               "plaatsing": "'Hoe komt een kind op het sbo of so?': five-step procedure in a table (deskundigen, CvT, termijnen, bezwaar) plus sbo/so criteria in prose.",
               "terugstroom": "Heading 'Terugplaatsing' exists (and in TOC/glossary) but body only defers to 'voortgangsdocument 2027'.",
               "financien": "Budget table with amounts (besteding) and reserves; verdeelmodel deferred ('leggen we in het voorjaar van 2027 voor').",
               "dekkend-aanbod": "Three levels with arrangementen/Kempenklas; thuiszitters melding, loket plan and quarterly list of pupils without place.",
               "resultaten": "No beoogde/bereikte resultaten; only a planning row '2027-2028 Beoogde resultaten formuleren', glossary entry and vague 'betere resultaten' in voorwoord.",
               "ouders": "'Wat betekent dit voor ouders?': schoolgids, ouderpagina, folder, ouderavond; OJSP only 'zodra de wet ... verplicht. Meer informatie volgt'."})
    return "po-kempenlandzuid-ondersteuningsplan", b, label


# ---------------------------------------------------------------------------------------------
# Plan 4 — VO, plain .txt
# ---------------------------------------------------------------------------------------------

def plan4():
    naam = "Samenwerkingsverband Voortgezet Onderwijs IJsselvlakte"
    b = [("title", "ONDERSTEUNINGSPLAN 2026-2030"), ("subtitle", naam + " (VO 23-05)"),
         ("p", "Tekstversie voor de website en voor schermlezers. Opmaak en afbeeldingen zijn weggelaten.")]
    b += toc(["1 Voorwoord", "2 Waar staan we voor?", "3 Onze regio in cijfers",
              "4 Hoe regelen we de toewijzing van vso, lwoo en pro?", "5 Kan een leerling terug van het vso?",
              "6 Hoe regelen we de verdeling van het geld?", "7 Wat meten we en hoe?",
              "8 Wat kunnen ouders van ons verwachten?", "9 Organisatie", "10 Personeel", "11 ICT en privacy",
              "12 Planning", "13 Begrippenlijst"])
    b += voorwoord(naam, "2026-2030", "zeven schoolbesturen met twaalf vo-vestigingen en één vso-school")
    b += leeswijzer("vo") + visie(naam) + terugblik()
    b += [("p", "Onze ambitie voor de komende periode is dat de basisondersteuning op alle scholen op orde is en dat "
                "het dekkend aanbod verder wordt versterkt. Dat zijn grote woorden; in de jaarplannen maken we ze "
                "stap voor stap waar.")]
    b += kengetallen("vo", [["Stichting IJsselcolleges", "5", "7.450"], ["Stichting Vlaktescholen", "4", "4.020"],
                            ["Overige besturen (5)", "4", "2.330"], ["Totaal", "13", "13.800"]])
    b += [
        ("h1", "Hoe regelen we de toewijzing van vso, lwoo en pro?"),
        ("p", "De aanvraagprocedure voor een toelaatbaarheidsverklaring, de termijnen en de formulieren staan in "
              "bijlage 5, het Handboek Toewijzing. In dit hoofdstuk beschrijven we de criteria waarop wordt "
              "beslist."),
        ("p", "Toelaatbaar tot het vso is een leerling (a) bij wie de school de extra ondersteuning volgens het "
              "ontwikkelingsperspectief gedurende minimaal twintig schoolweken heeft uitgevoerd en geëvalueerd, en "
              "(b) die vanwege een verstandelijke beperking (IQ onder 70), een langdurige ziekte, een lichamelijke "
              "beperking of ernstige psychiatrische of gedragsproblematiek een aanpak nodig heeft met een "
              "groepsgrootte van maximaal twaalf leerlingen en dagelijkse gespecialiseerde begeleiding, en (c) "
              "voor wie het reguliere vo ook met een symbiose-arrangement onvoldoende perspectief biedt. Bij twijfel "
              "weegt het perspectief op een diploma of startkwalificatie zwaar."),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen. Voor lwoo heeft het "
              "samenwerkingsverband gekozen voor eigen criteria: een leerling komt in aanmerking bij een "
              "leerachterstand van ten minste één jaar op twee domeinen, in combinatie met een "
              "ondersteuningsbehoefte op het gebied van werkhouding, concentratie of faalangst die in het "
              "onderwijskundig rapport is onderbouwd. De duur is gelijk aan de opleidingsduur."),
        ("h1", "Kan een leerling terug van het vso?"),
        ("h2", "Wat is ons beleid?"),
        ("p", "Ja. Het samenwerkingsverband wil dat iedere vso-leerling die dat kan, de overstap maakt naar een "
              "reguliere school. Dat is geen automatisme: de overstap moet in het belang van de leerling zijn en de "
              "ontvangende school moet kunnen bieden wat nodig is. We streven ernaar dat het aantal "
              "terugplaatsingen elk jaar stijgt."),
        ("h2", "Hoe gaat dat in zijn werk?"),
        ("p", "Stap 1. In oktober van elk schooljaar bespreekt de vso-school alle leerlingen van wie de TLV op 31 "
              "juli afloopt in de commissie van begeleiding. Stap 2. Voor 1 december meldt de vso-school de "
              "leerlingen die in aanmerking komen voor terugplaatsing bij het samenwerkingsverband. Stap 3. Een "
              "consulent organiseert een gesprek met ouders, leerling, vso-school en de beoogde vo-school. Stap 4. "
              "De vo-school beslist over toelating; de consulent bewaakt dat dit vóór 1 maart gebeurt. Stap 5. Lukt "
              "terugplaatsing niet of is het te vroeg, dan vraagt de vso-school een nieuwe TLV aan."),
        ("h2", "Wat krijgt de ontvangende school?"),
        ("p", "De vo-school krijgt voor ieder teruggeplaatst kind een terugkeerarrangement van € 6.500 voor het eerste "
              "jaar. De vso-school blijft in dat jaar beschikbaar voor consultatie. Na zes maanden evalueren "
              "leerling, ouders, mentor en consulent samen de overstap. In 2024 keerden 9 leerlingen terug."),
        ("h1", "Hoe regelen we de verdeling van het geld?"),
        ("p", "Ieder jaar stelt het bestuur in december de begroting vast op basis van het verdeelmodel. Het model "
              "werkt als volgt. De verplichte afdracht aan het vso gaat er eerst af. Van het resterende budget voor "
              "lichte ondersteuning ontvangt elk bestuur € 110 per leerling. Het lwoo- en pro-budget wordt voor "
              "100 procent doorgezet naar de besturen met lwoo- of pro-leerlingen, naar rato van het aantal "
              "leerlingen op 1 oktober. Besturen verantwoorden de inzet via een verantwoordingsformat dat in het "
              "jaarverslag wordt samengevat."),
        ("p", "Meerjarenbegroting (bedragen in euro's):"),
        ("table", [["", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso", "4.210.000", "4.190.000", "4.150.000", "4.120.000"],
                   ["Lichte ondersteuning naar besturen", "1.518.000", "1.500.000", "1.485.000", "1.470.000"],
                   ["Lwoo en pro naar besturen", "3.900.000", "3.880.000", "3.850.000", "3.820.000"],
                   ["Terugkeerarrangementen", "78.000", "91.000", "104.000", "117.000"],
                   ["Bureau", "540.000", "550.000", "560.000", "570.000"],
                   ["Totaal", "10.246.000", "10.211.000", "10.149.000", "10.097.000"]]),
        ("h1", "Wat meten we en hoe?"),
        ("p", "Voor leerlingen met extra ondersteuning volgen we de resultaten op vier manieren. Ten eerste "
              "analyseren we twee keer per jaar de doorstroom- en uitstroomgegevens uit DUO en de Inspectie "
              "(zittenblijven, afstroom, diploma's, uitstroom naar mbo). Ten tweede houdt het bureau per vestiging "
              "bij hoeveel leerlingen een OPP hebben en welke uitstroombestemming zij bereiken. Ten derde meten "
              "we eens per twee jaar de tevredenheid van leerlingen, ouders en mentoren. Ten vierde bespreken de "
              "consulenten de cijfers in een jaarlijks kwaliteitsgesprek met iedere vestiging. De uitkomsten "
              "rapporteren we aan het bestuur en in het jaarverslag."),
        ("p", "Welke concrete doelen wij per thema nastreven, leggen wij vast in de jaarplannen."),
        ("h1", "Wat kunnen ouders van ons verwachten?"),
        ("p", "Ouders vinden op www.ijsselvlakte-vo.nl de informatie over alle ondersteuningsvoorzieningen, lwoo, pro "
              "en het vso, met een filmpje en een lijst van contactpersonen per school. Bij de aanmelding in groep 8 "
              "ontvangen ouders een folder over passend onderwijs in het vo. De scholen beschrijven hun "
              "ondersteuning in de schoolgids; iedere mentor kan ouders ook zelf uitleg geven."),
        ("p", "Wie er met de school niet uitkomt, kan gratis en onafhankelijk advies krijgen bij het Ouder- en "
              "Jeugdsteunpunt IJsselvlakte (telefonisch, per mail en met een inloopspreekuur op woensdag). Het "
              "steunpunt kan ook een onderwijsconsulent inschakelen. Formele klachten gaan naar de klachtencommissie "
              "van het schoolbestuur; geschillen over toelating, verwijdering of het OPP naar de "
              "Geschillencommissie passend onderwijs in Utrecht."),
    ]
    b += governance(naam, "VO 23-05") + opr_passage() + oogo("Vlaktehuizen, IJsselmonde-Oost en Brederveld", full=False)
    b += overgangen("vo") + kennisdeling() + besturen() + personeel() + ict_privacy()
    b += planning([["2026-2027", "Actualisatie Handboek Toewijzing"],
                   ["2027-2028", "Evaluatie eigen lwoo-criteria"],
                   ["2028-2029", "Tussenevaluatie"],
                   ["2029-2030", "Voorbereiding nieuw plan"]])
    b += begrippen([["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."]])
    label = dict(
        documents=["vo-ijsselvlakte-ondersteuningsplan.txt"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "financien": ["verantwoording"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Only in glossary, visie ('landelijke norm voor basisondersteuning') and an ambition line 'basisondersteuning ... op orde'; no level or content.",
               "plaatsing": "'Hoe regelen we de toewijzing ...?': vso, pro and own lwoo criteria; procedure, termijnen and forms referred to absent 'bijlage 5, Handboek Toewijzing'.",
               "terugstroom": "'Kan een leerling terug van het vso?' with sub-questions: policy, five dated steps, terugkeerarrangement, 2024 figure.",
               "financien": "'Hoe regelen we de verdeling van het geld?': EUR 110 per leerling, lwoo/pro doorzetting, meerjarenbegroting table.",
               "dekkend-aanbod": "No continuum or gap handling; only 'dekkend aanbod verder wordt versterkt' ambition, glossary and a bare OOGO date.",
               "resultaten": "'Wat meten we en hoe?': four monitoring routes and reporting; goals pushed to 'de jaarplannen'.",
               "ouders": "'Wat kunnen ouders van ons verwachten?': website, folder, schoolgids; independent OJSP, onderwijsconsulent, geschillencommissie."})
    return "vo-ijsselvlakte-ondersteuningsplan", b, label


# ---------------------------------------------------------------------------------------------
# Plan 5 — PO, .docx
# ---------------------------------------------------------------------------------------------

def plan5():
    naam = "Samenwerkingsverband Passend Onderwijs Lage Venen"
    b = [("title", "Ondersteuningsplan 2026-2030"), ("subtitle", naam + " (PO 24-18)"),
         ("p", "Vastgesteld door het bestuur op 14 april 2025.")]
    b += toc(["1. Voorwoord", "2. Waar staan we voor?", "3. Onze regio in cijfers",
              "4. Wat hoort bij de basis?", "5. Toelaatbaarheid sbo en so", "6. Hoe gaat een kind terug naar de basisschool?",
              "7. Financiën", "8. Wat doen we als er geen plek is?", "9. Welke resultaten streven we na?",
              "10. Waar kunnen ouders terecht?", "11. Organisatie", "12. Personeel", "13. ICT en privacy",
              "14. Planning", "15. Begrippenlijst"])
    b += voorwoord(naam, "2026-2030", "veertien schoolbesturen met 56 basisscholen, een sbo-school en een so-school")
    b += leeswijzer("po") + visie(naam) + terugblik()
    b += kengetallen("po", [["Stichting Veenscholen", "19", "3.870"], ["Stichting Lage Venen Onderwijs", "15", "2.950"],
                            ["Overige besturen (12)", "24", "3.780"], ["Totaal", "58", "10.600"]])
    b += [
        ("h1", "Wat hoort bij de basis?"),
        ("p", "In Lage Venen is basisondersteuning het geheel van afspraken dat voor iedere vestiging van iedere "
              "aangesloten basisschool geldt. Het is het minimum dat wij als besturen samen hebben afgesproken en waar "
              "ouders op mogen rekenen, los van de vraag bij welk bestuur de school hoort. Wij onderscheiden tien "
              "standaarden:"),
        ("num", "De school werkt met een leerlingvolgsysteem en analyseert de opbrengsten drie keer per jaar."),
        ("num", "Er is een intern begeleider met een opleiding op masterniveau of die daarvoor in opleiding is."),
        ("num", "De school heeft een dyslexieprotocol en biedt leerlingen met dyslexie compenserende en dispenserende middelen."),
        ("num", "De school biedt een aanbod voor meer- en hoogbegaafde leerlingen, ten minste in de vorm van verrijkingsmateriaal en een wekelijks instructiemoment."),
        ("num", "De school heeft een veiligheidsplan en een aanpak tegen pesten."),
        ("num", "De school voert met ouders en kind een startgesprek aan het begin van elk schooljaar."),
        ("num", "De school kan eenvoudige medische handelingen uitvoeren volgens een protocol."),
        ("num", "De school werkt samen met de jeugdverpleegkundige en het lokale team."),
        ("num", "Leraren stemmen instructie af op drie niveaus in de groep."),
        ("num", "De school heeft een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt."),
        ("p", "Elke twee jaar voert een auditteam van collega-intern begeleiders op iedere school een audit uit op deze "
              "standaarden."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Voor de procedure en de criteria voor toelaatbaarheid tot het sbo en het so verwijzen wij naar de "
              "Routekaart TLV op www.lagevenen-po.nl/routekaart. De routekaart wordt jaarlijks door het bestuur "
              "herzien."),
        ("h1", "Hoe gaat een kind terug naar de basisschool?"),
        ("p", "Het sbo of so plant in het laatste jaar van de toelaatbaarheidsverklaring, uiterlijk in januari, een "
              "evaluatiegesprek. Aan dat gesprek nemen ouders, de groepsleerkracht, de intern begeleider van de "
              "sbo- of so-school en een consulent van het samenwerkingsverband deel. Het initiatief ligt bij de "
              "directeur van de sbo- of so-school. In het gesprek wordt vastgesteld of de leerling volgend schooljaar "
              "naar een basisschool gaat of dat een nieuwe aanvraag nodig is. De consulent legt de uitkomst binnen "
              "twee weken schriftelijk vast. Gaat de leerling naar een basisschool, dan vindt vóór 1 juni een "
              "overdrachtsgesprek plaats met de nieuwe school. De toelaatbaarheidsverklaring eindigt op 31 juli."),
        ("h1", "Financiën"),
        ("p", "De begroting en het verdeelmodel worden jaarlijks door het bestuur vastgesteld en gepubliceerd op de "
              "website van het samenwerkingsverband. Voor de actuele bedragen verwijzen wij daarnaar."),
        ("h1", "Wat doen we als er geen plek is?"),
        ("p", "Iedere leerling heeft recht op onderwijs. Toch zijn er in onze regio kinderen die (tijdelijk) geen "
              "school hebben of slechts enkele uren per week naar school gaan. Wij hanteren daarom de volgende aanpak. "
              "Een school die geen passend aanbod heeft voor een aangemeld kind, houdt zorgplicht en zoekt binnen zes "
              "weken (eenmaal met vier weken te verlengen) een school die dat wel kan. Lukt dat niet, of dreigt een kind "
              "thuis te komen zitten, dan meldt de school dit binnen drie schooldagen bij het Meldpunt Geen Plek van "
              "het samenwerkingsverband."),
        ("p", "Het meldpunt roept binnen vijf werkdagen een 'tafel van passend' bijeen met school, ouders, "
              "leerplichtambtenaar en zo nodig jeugdhulp. De directeur-bestuurder heeft doorzettingsmacht: als "
              "partijen het niet eens worden, wijst hij binnen vier weken een school aan die het kind plaatst, met een "
              "arrangement van het samenwerkingsverband. Eens per kwartaal analyseren we alle meldingen om patronen te "
              "zien: ontbreekt er in een bepaalde kern of voor een bepaalde doelgroep aanbod, dan legt het bureau het "
              "bestuur een voorstel voor om dat aanbod te ontwikkelen."),
        ("p", "Een volledig overzicht van het aanbod aan arrangementen en voorzieningen tussen basisondersteuning en "
              "speciaal onderwijs stellen wij in 2027 op."),
        ("h1", "Welke resultaten streven we na?"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen we in 2030 het volgende hebben bereikt. "
              "Geen enkele leerling zit langer dan drie maanden zonder onderwijs thuis (2024: 7 leerlingen). Van de "
              "leerlingen met een OPP gaat 80 procent naar het vo-niveau dat in het OPP is voorspeld of hoger "
              "(2024: 71 procent). De gemiddelde doorlooptijd van een melding bij het Meldpunt Geen Plek tot een "
              "passende plek is maximaal zes weken."),
        ("p", "Deze resultaten worden gemeten met de registratie van het meldpunt, de OPP-registratie van de scholen "
              "en de plaatsingsgegevens van het vo. Het bureau rapporteert twee keer per jaar aan het bestuur en de "
              "OPR; in het jaarverslag staan de bereikte resultaten per doel. Scholen bespreken hun eigen cijfers in "
              "het jaarlijkse gesprek met de consulent."),
        ("h1", "Waar kunnen ouders terecht?"),
        ("p", "Soms lopen ouders vast: met de school, met een besluit of met de zoektocht naar een passende plek. "
              "Voor onafhankelijk advies kunnen zij terecht bij Ouderpunt Lage Venen, het ouder- en jeugdsteunpunt "
              "van de regio. Het Ouderpunt is ondergebracht bij een stichting die los staat van de schoolbesturen en "
              "het samenwerkingsverband, en is bereikbaar op werkdagen tussen 9.00 en 15.00 uur. Het Ouderpunt kan "
              "bemiddelen en een onderwijsconsulent inschakelen. Komen ouders en school er samen niet uit, dan staat "
              "de weg open naar de Geschillencommissie passend onderwijs."),
    ]
    b += governance(naam, "PO 24-18") + opr_passage() + oogo("Venendal, Lagewaard en Turfhorst")
    b += overgangen("po") + kennisdeling() + besturen() + personeel() + ict_privacy()
    b += planning([["2026-2027", "Audit basisondersteuning op alle scholen"],
                   ["2027-2028", "Overzicht arrangementen en voorzieningen"],
                   ["2028-2029", "Tussenevaluatie"],
                   ["2029-2030", "Voorbereiding nieuw plan"]])
    b += begrippen([["Verdeelmodel", "De regels volgens welke de middelen over de scholen worden verdeeld."],
                    ["Routekaart TLV", "Het stappenplan voor het aanvragen van een toelaatbaarheidsverklaring."]])
    label = dict(
        documents=["po-lagevenen-ondersteuningsplan.docx"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat hoort bij de basis?': minimum for every vestiging plus ten numbered standaarden; biennial audit.",
               "plaatsing": "Chapter 'Toelaatbaarheid sbo en so' only refers to the Routekaart TLV on the website; glossary entry; nothing in body.",
               "terugstroom": "'Hoe gaat een kind terug naar de basisschool?': steps, initiator, timing, end of TLV; no policy aims, conditions or support after return.",
               "financien": "Chapter 'Financiën' only refers to begroting and verdeelmodel on the website; 'middelen' elsewhere in passing.",
               "dekkend-aanbod": "'Wat doen we als er geen plek is?': zorgplicht, Meldpunt Geen Plek, doorzettingsmacht, quarterly gap analysis; continuum overview deferred to 2027.",
               "resultaten": "'Welke resultaten streven we na?': three targets with 2024 baselines; measurement sources and twice-yearly reporting.",
               "ouders": "'Waar kunnen ouders terecht?': independent Ouderpunt (OJSP), onderwijsconsulent, geschillencommissie; nothing on how parents are informed about the support facilities."})
    return "po-lagevenen-ondersteuningsplan", b, label


# ---------------------------------------------------------------------------------------------
# Near-miss — a school's own ondersteuningsplan (school level), .docx
# ---------------------------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Ondersteuningsplan OBS De Wilgenhoek 2025-2026"),
         ("subtitle", "Zorg en ondersteuning op onze school - onderdeel van het schoolplan"),
         ("p", "OBS De Wilgenhoek is aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Dal en Heuvel.")]
    b += toc(["1. Inleiding", "2. Hoe is de zorg op onze school georganiseerd?", "3. Basisondersteuning op De Wilgenhoek",
              "4. Extra ondersteuning en arrangementen", "5. Wat als de school niet genoeg kan bieden? (TLV)",
              "6. Ouders", "7. Middelen", "8. Resultaten en evaluatie", "9. Jaarplanning zorg"])
    sec = [
        ("Inleiding", [
            "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de zorg en ondersteuning voor haar 312 leerlingen "
            "organiseert. Het plan is een uitwerking van het schoolondersteuningsprofiel en hoort bij het schoolplan "
            "2023-2027. Het wordt ieder jaar door de intern begeleider en de directie geactualiseerd en besproken met "
            "het team en de medezeggenschapsraad.",
            "Passend onderwijs betekent voor ons dat we elk kind zo goed mogelijk begeleiden binnen de eigen groep. "
            "Waar dat niet lukt, zoeken we samen met ouders en het samenwerkingsverband naar een oplossing. De "
            "afspraken van het samenwerkingsverband over basisondersteuning, toelaatbaarheid en financiën gelden "
            "ook voor onze school; die staan in het ondersteuningsplan van het samenwerkingsverband."]),
        ("Hoe is de zorg op onze school georganiseerd?", [
            "Wij werken met vijf zorgniveaus. Niveau 1 is goed onderwijs in de groep voor alle kinderen. Niveau 2 is "
            "extra instructie en begeleiding in de groep door de leerkracht. Niveau 3 is specifieke ondersteuning "
            "na overleg met de intern begeleider, bijvoorbeeld in een kleine groep buiten de klas. Niveau 4 is "
            "ondersteuning met inzet van externe deskundigen en een ontwikkelingsperspectief. Niveau 5 is "
            "verwijzing naar het speciaal (basis)onderwijs.",
            "Drie keer per jaar houden de leerkrachten een groepsbespreking met de intern begeleider, na de "
            "afname van de toetsen in oktober, februari en juni. In de groepsbespreking worden de groepsoverzichten en "
            "groepsplannen doorgenomen. Daarnaast is er twee keer per jaar een leerlingbespreking voor kinderen over "
            "wie de leerkracht zich zorgen maakt. De intern begeleider heeft twee dagen per week voor deze taak.",
            "Het zorgteam van de school bestaat uit de intern begeleider, de directeur, de schoolmaatschappelijk "
            "werker en op afroep de consulent van het samenwerkingsverband. Het zorgteam komt zes keer per jaar bijeen. "
            "Ouders worden altijd uitgenodigd wanneer hun kind wordt besproken."]),
        ("Basisondersteuning op De Wilgenhoek", [
            "Onze basisondersteuning omvat onder meer: een dyslexieprotocol met extra leesbegeleiding in groep 3 en 4, "
            "een aanpak voor rekenproblemen met het protocol ERWD, de Kanjertraining voor sociaal-emotionele "
            "ontwikkeling in alle groepen, een plusgroep voor kinderen die meer aankunnen op donderdagmiddag, en een "
            "protocol medisch handelen. Leerkrachten werken handelingsgericht en stemmen hun instructie af op drie "
            "niveaus.",
            "Sinds dit schooljaar hebben we een taalklas voor nieuwkomers in samenwerking met twee andere scholen "
            "van ons bestuur. De taalklas is vier ochtenden per week open."]),
        ("Extra ondersteuning en arrangementen", [
            "Wanneer een kind meer nodig heeft dan de basisondersteuning, vraagt de intern begeleider een "
            "arrangement aan bij het samenwerkingsverband. Dit schooljaar hebben acht leerlingen een arrangement, "
            "bijvoorbeeld voor begeleiding bij gedrag of voor een kind met een taalontwikkelingsstoornis. Voor deze "
            "leerlingen is een ontwikkelingsperspectiefplan opgesteld dat twee keer per jaar met ouders wordt "
            "besproken."]),
        ("Wat als de school niet genoeg kan bieden? (TLV)", [
            "Soms blijkt dat een kind beter op zijn plek is op een speciale school. De intern begeleider bespreekt "
            "dit eerst met de ouders. Daarna stellen we samen het groeidocument op en vragen we via het bestuur een "
            "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De procedure en de criteria van het "
            "samenwerkingsverband zijn daarbij leidend. Vorig schooljaar zijn twee leerlingen naar het sbo gegaan "
            "en één naar het so.",
            "Leerlingen die vanuit het sbo terugkomen naar onze school, krijgen een wenperiode en een gesprek met de "
            "intern begeleider na zes weken."]),
        ("Ouders", [
            "Ouders zijn onze belangrijkste partners. Zij worden betrokken bij elke stap: van de eerste zorg van "
            "de leerkracht tot een eventuele aanvraag bij het samenwerkingsverband. Informatie over de zorg op school "
            "staat in de schoolgids en op de website. Ouders met vragen kunnen ook terecht bij het ouder- en "
            "jeugdsteunpunt van het samenwerkingsverband."]),
        ("Middelen", [
            "De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. Dit "
            "schooljaar is dat € 41.500. Wij besteden dit aan de uitbreiding van de ib-uren (€ 18.000), de "
            "remedial teacher (€ 15.000), de Kanjertraining (€ 3.500) en materialen en scholing (€ 5.000)."]),
        ("Resultaten en evaluatie", [
            "Wij evalueren dit plan jaarlijks in juni. Doel voor dit schooljaar is dat 90 procent van de "
            "leerlingen met een arrangement de doelen uit het groepsplan haalt. De resultaten bespreken wij met "
            "het team en de MR."]),
        ("Jaarplanning zorg", [
            "September: startgesprekken met alle ouders. Oktober: toetsen en groepsbespreking 1. Januari/februari: "
            "toetsen en groepsbespreking 2, leerlingbespreking. Maart: gesprekken over eventuele TLV-aanvragen. Juni: "
            "toetsen, groepsbespreking 3, evaluatie van het ondersteuningsplan, warme overdracht naar de volgende "
            "groep."]),
    ]
    for h, ps in sec:
        b.append(("h1", h))
        for p in ps:
            b.append(("p", p))
    label = dict(documents=["wilgenhoek-school-ondersteuningsplan.docx"], sector="po", looks_like_plan=False,
                 elements={}, criteria={},
                 notes={"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                                    "school budget), part of its schoolplan; not the plan of a samenwerkingsverband (which it only refers to)."})
    return "wilgenhoek-school-ondersteuningsplan", b, label


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "holdout223"
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    title_text = next((t for k, t in blocks if k == "subtitle"), "")
    doc.sections[0].header.paragraphs[0].text = title_text + " | Ondersteuningsplan"
    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(content, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(content, style="Subtitle")
        elif kind == "h1":
            if content == "Inhoudsopgave":
                doc.add_paragraph(content, style="TOC Heading") if "TOC Heading" in [s.name for s in doc.styles] \
                    else doc.add_heading(content, level=1)
            else:
                doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "toc":
            doc.add_paragraph(content)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bullet":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "num":
            doc.add_paragraph(content, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx with fixed member timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_txt(blocks, path):
    out, n = [], 0
    for kind, content in blocks:
        if kind == "title":
            out += [content, "=" * len(content)]
        elif kind == "subtitle":
            out += [content, ""]
        elif kind == "h1":
            out += ["", content.upper(), "-" * len(content)]
        elif kind == "h2":
            out += ["", content]
        elif kind == "toc":
            out.append("  " + content)
        elif kind == "p":
            out += [content, ""]
        elif kind == "bullet":
            out.append("- " + content)
        elif kind == "num":
            n += 1
            out.append(f"{n}. " + content)
        elif kind == "table":
            widths = [max(len(r[j]) for r in content) for j in range(len(content[0]))]
            for r in content:
                out.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout223_pdf_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, label):
    order = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
    lines = [f"documents: [{', '.join(label['documents'])}]",
             f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {label['elements'][e]}" for e in order) + "}")
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label.get("advisory_addressed", {}).items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines += ["elements: {}", "criteria: {}"]
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {yaml.safe_dump(v, allow_unicode=True, width=10000, default_style=chr(34)).strip()}")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # sanity
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def main():
    # plan 1: docx
    name, blocks, label = plan1()
    write_docx(blocks, OUT / f"{name}.docx"); write_label(name, label)
    # plan 2: docx + pdf
    name, blocks, label = plan2()
    write_docx(blocks, OUT / f"{name}.docx"); to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf"); write_label(name, label)
    # plan 3: pdf only (docx rendered in a private temp dir)
    name, blocks, label = plan3()
    tmp = Path(tempfile.mkdtemp(prefix="holdout223_src_"))
    try:
        write_docx(blocks, tmp / f"{name}.docx"); to_pdf(tmp / f"{name}.docx", OUT / f"{name}.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label(name, label)
    # plan 4: txt
    name, blocks, label = plan4()
    write_txt(blocks, OUT / f"{name}.txt"); write_label(name, label)
    # plan 5: docx
    name, blocks, label = plan5()
    write_docx(blocks, OUT / f"{name}.docx"); write_label(name, label)
    # near-miss: docx
    name, blocks, label = nearmiss()
    write_docx(blocks, OUT / f"{name}.docx"); write_label(name, label)


if __name__ == "__main__":
    main()
