#!/usr/bin/env python3
"""Generate the holdout153 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes next to this script's parent folder.
Requires python-docx; PDFs are rendered with `soffice --headless --convert-to pdf`.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Generic filler (realistic plan prose that mentions element vocabulary only in passing)
# ---------------------------------------------------------------------------------------------

def voorwoord(naam, periode, sector_txt, klankbord="de ouders en leerlingen"):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Dit plan is tot stand gekomen in een "
              f"periode waarin het onderwijs onder druk staat: het lerarentekort, de nasleep van de coronajaren en "
              f"de landelijke verbeteraanpak passend onderwijs vragen veel van onze scholen. Tegelijk zien we dat "
              f"de samenwerking tussen de besturen in het {sector_txt} sterker is dan ooit. Directeuren, "
              f"ondersteuningscoördinatoren, mentoren en docenten hebben de afgelopen maanden meegedacht over de "
              f"koers voor de komende vier jaar."),
        ("p", "Wij danken iedereen die een bijdrage heeft geleverd: de leden van de ondersteuningsplanraad, de "
              f"werkgroepen, de gemeenten in onze regio, de jeugdhulpaanbieders en natuurlijk {klankbord} "
              "die in klankbordgesprekken hun ervaringen deelden. Hun verhalen hebben ons scherp "
              "gehouden. Een plan is geen doel op zich; het gaat erom wat leerlingen er in de klas van merken. "
              "Daar willen we de komende jaren op worden aangesproken."),
        ("p", "Het plan is bewust compacter dan het vorige. Waar mogelijk verwijzen we naar het jaarplan en de "
              "jaarbegroting, zodat dit document leesbaar blijft voor iedereen die bij passend onderwijs "
              "betrokken is. Wij wensen u veel leesplezier."),
    ]


def visie(naam, sector):
    lln = "jongeren" if sector == "vo" else "kinderen"
    return [
        ("h1", "Missie en visie"),
        ("p", f"{naam} wil dat alle {lln} in de regio onderwijs volgen dat past bij wat zij kunnen en nodig "
              f"hebben, zo dicht mogelijk bij huis en samen met leeftijdsgenoten. Wij geloven dat iedere leerling "
              f"talenten heeft en dat het de taak van onderwijs is om die talenten tot bloei te laten komen. "
              f"Passend onderwijs is voor ons geen systeem maar een houding: kijken naar wat een leerling nodig "
              f"heeft, in plaats van naar wat hij of zij niet kan."),
        ("p", "Onze kernwaarden zijn verbinden, vertrouwen en vakmanschap. Verbinden, omdat geen school het "
              "alleen kan en omdat onderwijs en jeugdhulp elkaar nodig hebben. Vertrouwen, omdat wij de "
              "professionals in de scholen de ruimte willen geven om te doen wat nodig is, zonder onnodige "
              "bureaucratie. Vakmanschap, omdat goede ondersteuning begint bij een goede leraar die weet wat hij "
              "doet en waarom. Wij werken vanuit de bedoeling en houden de regels zo eenvoudig als het kan."),
        ("p", "Ouders zijn voor ons vanzelfsprekende partners. Zij kennen hun kind het best. Ook de stem van "
              "leerlingen zelf nemen we serieus. In onze ambities voor deze planperiode komt die gedachte steeds "
              "terug: samen met school, ouders en leerling zoeken naar de best passende plek."),
    ]


def governance(naam, code, sector):
    besturen = "elf" if sector == "vo" else "veertien"
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{naam} (registratienummer {code}) is een stichting waarin {besturen} schoolbesturen "
              "samenwerken. De stichting kent een scheiding tussen bestuur en intern toezicht. De "
              "directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding en de uitvoering van het "
              "ondersteuningsplan. De raad van toezicht, bestaande uit vijf leden van wie twee onafhankelijk, "
              "houdt toezicht op het beleid en keurt de begroting en het jaarverslag goed."),
        ("p", "De aangesloten schoolbesturen komen vier keer per jaar bijeen in het Bestuurlijk Overleg. Daar "
              "worden de strategische keuzes voorbereid en afgestemd met de scholen. Het directeurenoverleg en "
              "het netwerk van ondersteuningscoördinatoren vormen de inhoudelijke ruggengraat van de organisatie. "
              "Het bureau van het samenwerkingsverband telt ongeveer 14 fte, waaronder beleidsmedewerkers, "
              "orthopedagogen, een controller en secretariële ondersteuning."),
        ("p", "De governancecode van de sectorraad is het uitgangspunt voor ons handelen. Jaarlijks evalueert de "
              "raad van toezicht het eigen functioneren en dat van de directeur-bestuurder. De statuten bevatten "
              "een geschillenregeling voor conflicten tussen de aangesloten besturen en het samenwerkingsverband."),
    ]


def opr(naam, full=True):
    out = [("h1", "Medezeggenschap")]
    if full:
        out.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. "
                         "De OPR bestaat voor de helft uit personeelsleden en voor de andere helft uit ouders en "
                         "leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR vergadert "
                         "zes keer per jaar en wordt vroegtijdig betrokken bij beleidsvoornemens."))
    else:
        out.append(("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) met instemmingsrecht op "
                         "het ondersteuningsplan, en een eigen medezeggenschapsraad voor het personeel van het "
                         "bureau. De OPR vergadert zes keer per jaar met de directeur-bestuurder."))
    out.append(("p", "Het concept van dit plan is in drie vergaderingen met de OPR besproken. De OPR heeft op "
                     "28 maart 2024 ingestemd met het plan. De adviezen van de OPR over leesbaarheid en over de "
                     "samenhang tussen hoofdstukken zijn verwerkt. Met de medezeggenschapsraad van het bureau is "
                     "gesproken over de gevolgen voor het personeel."))
    return out


def personeel(sector):
    out = [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van ondersteuning staat of valt met de mensen die haar bieden. Daarom investeert het "
              "samenwerkingsverband in scholing en kennisdeling. Jaarlijks organiseren we een studiedag voor alle "
              "ondersteuningscoördinatoren en intern begeleiders, en er zijn lerende netwerken rond thema's als "
              "gedrag, hoogbegaafdheid, taalontwikkeling en executieve functies."),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Scholen geven aan dat het moeilijk is om "
              "orthopedagogen en gedragsspecialisten te vinden. Het samenwerkingsverband onderzoekt samen met de "
              "besturen of een gezamenlijke flexpool van specialisten haalbaar is. Ook werken we samen met de "
              "lerarenopleidingen om aankomende leraren beter voor te bereiden op verschillen in de klas."),
        ("p", "Medewerkers van het bureau hebben een eigen professionaliseringsplan. Zij volgen onder meer "
              "scholing op het gebied van oplossingsgericht werken, gespreksvoering met ouders en de nieuwe "
              "privacywetgeving. Het bureau werkt met een gesprekkencyclus van planning-, voortgangs- en "
              "beoordelingsgesprekken."),
    ]
    return out


def ict():
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Voor de administratie van arrangementen en toelaatbaarheidsverklaringen gebruikt het "
              "samenwerkingsverband een beveiligde digitale omgeving voor de registratie van dossiers. Alleen "
              "medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. "
              "Gegevens worden niet langer bewaard dan wettelijk is toegestaan."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, gedeeld met twee "
              "andere samenwerkingsverbanden. Er is een privacyreglement dat jaarlijks wordt geëvalueerd. "
              "Datalekken worden gemeld via een vaste procedure. In deze planperiode vervangen we het huidige "
              "registratiesysteem door een nieuw systeem dat beter aansluit bij de leerlingvolgsystemen van de "
              "scholen."),
    ]


def planning_tabel(start):
    y = int(start)
    return [
        ("h1", "Planning en totstandkoming"),
        ("p", "Het plan is opgesteld in de volgende stappen. De tabel geeft ook de belangrijkste momenten in de "
              "planperiode weer."),
        ("table", [["Wanneer", "Wat"],
                   [f"september - december {y - 1}", "werkgroepen en klankbordgesprekken"],
                   [f"januari {y}", "concept ondersteuningsplan"],
                   [f"februari {y}", "op overeenstemming gericht overleg (OOGO) met de gemeenten"],
                   [f"maart {y}", "instemming ondersteuningsplanraad"],
                   [f"april {y}", "vaststelling door het bestuur en toezending aan de inspectie"],
                   [f"voorjaar {y + 2}", "tussentijdse evaluatie van het plan"],
                   [f"voorjaar {y + 3}", "start voorbereiding nieuw ondersteuningsplan"]]),
    ]


def oogo_kort(gemeenten):
    return [
        ("h1", "Overleg met gemeenten"),
        ("p", f"Het ontwerp van dit plan is op 13 februari 2024 in het op overeenstemming gericht overleg "
              f"besproken met de wethouders onderwijs van de gemeenten {gemeenten}. Het overleg is met "
              f"overeenstemming afgesloten. Ook is overleg gevoerd met het samenwerkingsverband van de andere "
              f"sector waarvan het gebied overlapt met het onze."),
    ]


def oogo_vol(gemeenten):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp hebben elkaar nodig. Met de gemeenten {gemeenten} hebben wij in het op "
              f"overeenstemming gericht overleg (OOGO) afspraken gemaakt over een gezamenlijke agenda. De thema's "
              f"zijn: jeugdhulp op school, thuiszitters en verzuim, leerlingenvervoer, onderwijshuisvesting en de "
              f"overgang naar vervolgonderwijs en werk."),
        ("p", "Concreet betekent dit dat op iedere school een schoolmaatschappelijk werker of jeugdconsulent van "
              "het sociale wijkteam vast aanschuift bij het ondersteuningsteam. Voor leerlingen die zowel "
              "onderwijs als zorg nodig hebben, kunnen school, gemeente en zorgaanbieder een "
              "onderwijs-zorgarrangement afspreken, waarbij de gemeente het zorgdeel financiert en het "
              "samenwerkingsverband het onderwijsdeel. Twee keer per jaar vindt een bestuurlijk overleg plaats "
              "en vier keer per jaar een ambtelijk overleg."),
    ]


def begrippen(items):
    rows = sorted(items + [g for g in GLOSSARY_COMMON if g[0] not in {i[0] for i in items}])
    return [("h1", "Bijlage: begrippenlijst"), ("table", [["Begrip", "Betekenis"]] + rows)]

def extra_filler(sector):
    """Neutral chapters real plans contain; they mention element words only in passing."""
    vo = sector == "vo"
    overstap = ("de overgang van vmbo naar mbo en van havo/vwo naar hoger onderwijs" if vo
                else "de overstap van de basisschool naar het voortgezet onderwijs")
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", "Het schrijven van dit plan begon met een evaluatie van het vorige plan. In vier bijeenkomsten "
              "met directeuren, intern begeleiders, ondersteuningscoördinatoren en bestuurders is besproken "
              "wat goed ging en wat beter kon. De uitkomsten zijn samengevat in een evaluatienotitie die in het "
              "bestuur is besproken. Daarna zijn vijf werkgroepen aan de slag gegaan met de thema's uit dit "
              "plan. Iedere werkgroep bestond uit vertegenwoordigers van verschillende besturen en schoolsoorten "
              "en werd begeleid door een beleidsmedewerker van het bureau."),
        ("p", "De werkgroepen hebben hun voorstellen gepresenteerd in een regionale conferentie in het najaar. "
              "Ruim honderd professionals uit onderwijs, jeugdhulp en gemeenten hebben daar gereageerd op de "
              "voorstellen. Veel reacties gingen over de wens om het plan eenvoudiger en korter te maken, en om "
              "duidelijke keuzes te maken in plaats van alles tegelijk te willen. Die reacties zijn verwerkt. "
              "Ook is een extern bureau gevraagd om met een frisse blik naar het concept te kijken; de adviezen "
              "gingen vooral over de samenhang tussen de hoofdstukken en over de leesbaarheid."),
        ("p", "Het concept is vervolgens besproken in het directeurenoverleg en het bestuurlijk overleg, met de "
              "gemeenten in het op overeenstemming gericht overleg en met de ondersteuningsplanraad. De planning "
              "van deze stappen staat in het hoofdstuk over de planning. Wij danken alle betrokkenen voor hun "
              "tijd, hun kritische vragen en hun betrokkenheid."),
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs bestaat sinds 1 augustus 2014. De landelijke evaluatie in 2020 liet zien dat "
              "het stelsel op onderdelen werkt, maar dat ouders en leraren nog te vaak vastlopen. Het kabinet "
              "heeft daarop een verbeteraanpak opgesteld met maatregelen op het gebied van duidelijkheid, "
              "financiën, samenwerking met zorg en de positie van leerlingen. Samenwerkingsverbanden krijgen "
              "meer sturing van de overheid, met name op het gebied van hun reserves en hun verantwoording."),
        ("p", "Daarnaast speelt de beweging naar inclusiever onderwijs. Het kabinet heeft de ambitie "
              "uitgesproken dat in 2035 meer leerlingen samen naar school gaan en dat het speciaal en het "
              "regulier onderwijs dichter bij elkaar komen. Wat dat precies betekent voor de regio is nog niet "
              "duidelijk. Wij volgen de ontwikkelingen en bespreken ze in het bestuurlijk overleg. Ook de "
              "discussie over de financiering van het onderwijs en het lerarentekort hebben invloed op de "
              "mogelijkheden van scholen. Dit plan is geschreven met het oog op die onzekerheden."),
        ("p", "Tot slot noemen wij de Wet op de medezeggenschap, die recent is aangepast, en de nieuwe "
              "regels voor gegevensuitwisseling tussen onderwijs en zorg. Beide vragen de komende jaren "
              "aandacht van het bureau en van de scholen. Wij zullen de OPR hierover op de hoogte houden."),
        ("h1", "Doorgaande lijnen"),
        ("p", f"Een goede overstap is voor veel leerlingen met een ondersteuningsbehoefte een kwetsbaar moment. "
              f"Wij besteden daarom aandacht aan {overstap}. Scholen dragen leerlingen warm over: de huidige "
              f"school en de nieuwe school voeren een gesprek, zodat de nieuwe school weet wat een leerling "
              f"nodig heeft. Het overstapdossier wordt digitaal uitgewisseld via het landelijke systeem."),
        ("p", "Samen met de samenwerkingsverbanden in de aangrenzende sector organiseren wij jaarlijks een "
              "netwerkbijeenkomst voor intern begeleiders, ondersteuningscoördinatoren en mentoren. Daar wordt "
              "kennis gedeeld over de overstap en worden knelpunten besproken. Ook bespreken wij met elkaar "
              "hoe de schooladviezen tot stand komen en hoe scholen omgaan met de heroverweging."),
        ("h1", "Kansengelijkheid en burgerschap"),
        ("p", "Niet alle leerlingen hebben dezelfde kansen. Kinderen uit gezinnen met weinig geld, kinderen "
              "met een migratieachtergrond en kinderen in kwetsbare wijken lopen vaker achterstanden op. "
              "Passend onderwijs kan daar een bijdrage aan leveren, maar kan dit niet alleen oplossen. Wij vragen "
              "scholen daarom om in hun eigen beleid aandacht te besteden aan gelijke kansen, bijvoorbeeld in "
              "hun aanpak van taal en lezen en in de begeleiding bij de keuze voor een vervolgopleiding."),
        ("p", "Burgerschap en sociale veiligheid horen bij goed onderwijs. Scholen geven daar zelf invulling aan. "
              "Het samenwerkingsverband ondersteunt scholen met kennis over inclusie en met voorbeelden van "
              "goede praktijken. Wij stimuleren dat scholen leerlingen met verschillende achtergronden en "
              "mogelijkheden met elkaar laten samenwerken."),
        ("h1", "Huisvesting en bedrijfsvoering"),
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een bedrijfsverzamelgebouw in het "
              "centrum van de regio. Het gebouw is goed bereikbaar met het openbaar vervoer. Overleggen met "
              "scholen vinden zoveel mogelijk op de scholen zelf plaats. De bedrijfsvoering, waaronder de "
              "salarisadministratie en de financiële administratie, is uitbesteed aan een administratiekantoor."),
        ("p", "Wij willen de administratieve lasten voor scholen zo laag mogelijk houden. Daarom vragen wij "
              "geen gegevens die al elders bekend zijn, gebruiken wij zoveel mogelijk standaardformulieren en "
              "zorgen wij dat scholen snel antwoord krijgen op vragen. Jaarlijks bekijken wij welke formulieren "
              "en processen eenvoudiger kunnen. Ook duurzaamheid krijgt aandacht: het bureau werkt papierloos "
              "en reiskosten worden zoveel mogelijk beperkt door online overleg."),
        ("p", "Voor de inkoop van diensten volgt het samenwerkingsverband de regels voor aanbesteding. "
              "Contracten worden periodiek geëvalueerd. De directeur-bestuurder legt verantwoording af over de "
              "bedrijfsvoering in het bestuursverslag."),
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Goede communicatie is nodig om samen te werken. Het samenwerkingsverband houdt contact met de "
              "scholen via de directeurenbijeenkomsten, het netwerk van ondersteuningscoördinatoren en intern "
              "begeleiders en de vaste contactpersoon die iedere school heeft bij het bureau. Beleidsstukken "
              "worden vooraf met de scholen besproken."),
        ("p", "Met andere partners in de regio communiceren wij via de vaste overleggen en via een "
              "gezamenlijke nieuwsbrief die twee keer per jaar verschijnt. Bij grote veranderingen, zoals een "
              "nieuw verdeelmodel of een nieuwe voorziening, organiseren wij informatiebijeenkomsten voor "
              "betrokken professionals. Het jaarverslag wordt na vaststelling aan de besturen en de gemeenten "
              "gestuurd."),
        ("h1", "Tot slot"),
        ("p", "Dit plan is een gezamenlijk product van de besturen, de scholen en de partners in de regio. "
              "Het beschrijft onze koers voor de komende jaren. Wij realiseren ons dat de wereld om ons heen snel "
              "verandert en dat we onderweg zullen moeten bijsturen. Dat doen we in goed overleg met de scholen, "
              "de OPR en de gemeenten. Wij kijken uit naar de samenwerking en rekenen erop dat alle betrokkenen "
              "zich de komende jaren met ons inzetten voor passend onderwijs voor iedere leerling in de regio."),
    ]


GLOSSARY_COMMON = [
    ["Ambulante begeleiding", "Begeleiding door een specialist van buiten de school, in de school."],
    ["Basiskwaliteit", "De kwaliteit die de inspectie van iedere school verwacht."],
    ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het (v)so."],
    ["Bezwaar", "Ouders die het niet eens zijn met een besluit kunnen bezwaar maken."],
    ["DUO", "Dienst Uitvoering Onderwijs."],
    ["Groeidocument", "Document waarin de ontwikkeling en ondersteuning van een leerling worden vastgelegd."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
    ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
    ["OPR", "Ondersteuningsplanraad."],
    ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij problemen rond toelating of ondersteuning."],
    ["Resultaten", "De opbrengsten van het onderwijs en de ondersteuning."],
    ["Signaleringswaarde", "Grens waarboven reserves als bovenmatig worden gezien."],
    ["SOP", "Schoolondersteuningsprofiel."],
    ["Thuiszitter", "Leerling die ingeschreven is maar niet naar school gaat."],
    ["Verdeelmodel", "De manier waarop het samenwerkingsverband middelen verdeelt."],
    ["Zorgplicht", "De plicht van een school om een passende plek te bieden of te zoeken."],
]



# ---------------------------------------------------------------------------------------------
# Plan A: VO Rivierenland-West (docx). Solid plan; terugstroom beleid and resultaten monitoring absent.
# ---------------------------------------------------------------------------------------------

def plan_a():
    naam = "Samenwerkingsverband VO Rivierenland-West"
    b = []
    b += [("title", "Ondersteuningsplan 2024-2028"), ("p", naam + " | VO 31-07 (fictief)"),
          ("p", "Vastgesteld door het bestuur op 16 april 2024, na instemming van de ondersteuningsplanraad.")]
    b += [("h1", "Inhoud"), ("toc", ["Voorwoord", "1 Missie en visie", "2 Onze regio in cijfers",
                                     "3 Basisondersteuning", "4 Extra ondersteuning en arrangementen",
                                     "5 Toelaatbaarheid vso, lwoo en praktijkonderwijs",
                                     "6 Terugplaatsing en overplaatsing", "7 Thuiszitters en dekkend aanbod",
                                     "8 Communicatie", "9 Geld en middelen", "10 Resultaten en kwaliteit",
                                     "11 Organisatie en governance", "12 Medezeggenschap",
                                     "13 Samenwerking met gemeenten en jeugdhulp", "14 Personeel",
                                     "15 ICT en privacy", "16 Planning", "Bijlage begrippenlijst"])]
    b += voorwoord(naam, "2024-2028", "voortgezet onderwijs")
    b += visie(naam, "vo")
    b += [("h1", "Onze regio in cijfers"),
          ("p", "Het samenwerkingsverband omvat de gemeenten Westerbeek, Lingewaard-Zuid en Dreumelen. In de "
                "regio staan 19 vestigingen voor voortgezet onderwijs van elf besturen, twee scholen voor "
                "praktijkonderwijs en drie vso-scholen. Op 1 oktober 2023 telden wij 12.480 leerlingen."),
          ("table", [["Kengetal (1 oktober)", "2021", "2022", "2023"],
                     ["leerlingen regulier vo", "12.010", "12.205", "12.480"],
                     ["leerlingen vso", "402", "418", "431"],
                     ["leerlingen praktijkonderwijs", "515", "509", "522"],
                     ["leerlingen met lwoo", "1.388", "1.351", "1.342"]]),
          ("p", "Het aantal leerlingen groeit de komende jaren nog licht en daalt daarna door krimp in de "
                "basisschoolleeftijd. Dat heeft gevolgen voor de middelen en voor de spreiding van het aanbod.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is het afgesproken niveau van ondersteuning dat iedere vestiging van iedere "
                "aangesloten school in ons samenwerkingsverband biedt, zonder dat daarvoor een aanvraag bij het "
                "samenwerkingsverband nodig is. De besturen hebben dit niveau samen vastgesteld; het geldt als "
                "ondergrens. Een school mag meer bieden, maar niet minder."),
          ("p", "Wat mag een ouder of leerling op elke school verwachten? De afspraken zijn vastgelegd in twaalf "
                "standaarden. De belangrijkste zijn:"),
          ("bullets", ["elke vestiging heeft een ondersteuningscoördinator en een zorg- of ondersteuningsteam "
                       "dat minimaal zes keer per jaar bijeenkomt, met de jeugdarts, de leerplichtambtenaar en "
                       "het schoolmaatschappelijk werk;",
                       "elke leerling heeft een mentor die wekelijks contact heeft met de klas en de leerling "
                       "ten minste drie keer per jaar individueel spreekt;",
                       "een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergroot lettertype "
                       "en voorleessoftware;",
                       "een aanbod voor sociaal-emotionele ontwikkeling, waaronder faalangstreductietraining en "
                       "een sociale-vaardigheidstraining;",
                       "begeleiding bij executieve functies (plannen en organiseren) via huiswerkbegeleiding of "
                       "een studievaardighedenuur;",
                       "een time-out- of opvangvoorziening met een vaste begeleider;",
                       "een protocol medisch handelen en afspraken over medicijnverstrekking;",
                       "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt, "
                       "dat met ouders en leerling wordt besproken."]),
          ("p", "Elke school beschrijft in de schoolgids hoe zij deze standaarden invult. Het "
                "samenwerkingsverband bezoekt iedere school eens per twee jaar voor een kwaliteitsgesprek over "
                "de basisondersteuning. Voldoet een school niet, dan maakt het bestuur binnen drie maanden een "
                "verbeterplan.")]
    b += [("h1", "Extra ondersteuning en arrangementen"),
          ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. "
                "Ons ondersteuningscontinuüm kent drie lagen. In de eerste laag biedt de school zelf lichte "
                "extra ondersteuning uit haar schoolbudget, bijvoorbeeld een kleine klas of een "
                "trajectvoorziening. In de tweede laag zijn er bovenschoolse voorzieningen: het "
                "Orthopedagogisch-Didactisch Centrum (OPDC) De Brug voor maximaal twee jaar, de "
                "reboundvoorziening voor een tijdelijke plaatsing van twaalf weken en het arrangement "
                "Hoogbegaafdheid Plus op twee locaties. In de derde laag is er het voortgezet speciaal onderwijs "
                "en het praktijkonderwijs."),
          ("p", "Tussen de lagen bestaan doorlopende lijnen: een leerling van het OPDC blijft ingeschreven bij de "
                "eigen school, en ambulant begeleiders van het vso ondersteunen reguliere scholen bij leerlingen "
                "met complexe gedragsvragen. Zo ontstaat een samenhangend geheel van voorzieningen binnen en "
                "tussen de scholen.")]
    b += [("h1", "Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
          ("h2", "Procedure toelaatbaarheidsverklaring vso"),
          ("p", "De aanvraag voor een toelaatbaarheidsverklaring (TLV) voor het vso wordt ingediend door het "
                "bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De school bespreekt de "
                "aanvraag vooraf met ouders en leerling; de zienswijze van ouders is onderdeel van het dossier. "
                "Het dossier bevat het OPP met de geboden ondersteuning en de evaluatie daarvan, en een "
                "onderwijskundig rapport."),
          ("p", "De aanvraag komt binnen bij het Loket. De Commissie Toelaatbaarheid van het "
                "samenwerkingsverband beoordeelt de aanvraag. Twee deskundigen geven ieder afzonderlijk een "
                "schriftelijk advies: een orthopedagoog-generalist of GZ-psycholoog en, afhankelijk van de "
                "leerling, een tweede deskundige zoals een maatschappelijk werker, kinder- en jeugdpsychiater of "
                "arts. De deskundigen zijn niet betrokken geweest bij de aanvraag. De directeur-bestuurder neemt "
                "binnen zes weken na ontvangst van het volledige dossier een besluit. Ouders ontvangen een kopie "
                "van de adviezen."),
          ("h2", "Criteria"),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan: de "
                "ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met basisondersteuning en "
                "extra ondersteuning kan bieden; er is ten minste een half jaar planmatig gewerkt volgens het OPP "
                "en dit is geëvalueerd; en de leerling heeft een intensieve combinatie van onderwijs en zorg "
                "nodig die alleen in een gespecialiseerde setting beschikbaar is. Bij twijfel wordt eerst een "
                "arrangement in het OPDC overwogen."),
          ("p", "De TLV wordt afgegeven voor een periode van één, twee of vier jaar, tot 1 augustus van het "
                "laatste schooljaar, in bekostigingscategorie laag, midden of hoog."),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria. De "
                "aanvraag wordt door de vo-school ingediend in het digitale systeem vóór 1 mei voorafgaand aan het "
                "eerste leerjaar, met de gegevens van het drempelonderzoek (IQ, leerachterstanden, sociaal-"
                "emotionele problematiek). De Commissie Toelaatbaarheid besluit binnen vier weken. Een "
                "aanwijzing lwoo geldt voor de duur van de opleiding."),
          ("h2", "Terugplaatsing en overplaatsing"),
          ("p", "In het laatste jaar van de TLV organiseert de vso-school uiterlijk in februari een "
                "evaluatiegesprek met ouders, leerling, de ontvangende school en een orthopedagoog van het "
                "samenwerkingsverband. Daarin wordt op basis van het OPP bepaald of terugplaatsing naar het "
                "regulier voortgezet onderwijs mogelijk is, of dat een nieuwe TLV nodig is. De vso-school neemt "
                "het initiatief; de Commissie Toelaatbaarheid beslist over een eventuele verlenging. Als de TLV "
                "afloopt zonder verlenging, meldt de vso-school de leerling uiterlijk 1 april aan bij een "
                "reguliere school."),
          ("h2", "Bezwaar"),
          ("p", "Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken tegen een besluit over "
                "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert.")]
    b += [("h1", "Thuiszitters en dekkend aanbod"),
          ("p", "Een dekkend aanbod betekent dat er voor iedere leerling een passende plek is. Wij brengen "
                "ieder kwartaal samen met de leerplichtambtenaren alle leerlingen in beeld die langer dan vier "
                "weken niet naar school gaan of geen passende plek hebben. Voor iedere thuiszitter wordt binnen "
                "twee weken een casusregisseur van het samenwerkingsverband aangewezen die met school, ouders en "
                "jeugdhulp een plan maakt. Lukt dat niet, dan escaleert de casus naar het Doorbraakoverleg met "
                "de directeur-bestuurder en de gemeente."),
          ("p", "Jaarlijks analyseren wij welke vragen niet in de regio beantwoord kunnen worden. Uit de analyse "
                "van 2023 bleek dat er geen passend aanbod is voor hoogbegaafde leerlingen met angstproblematiek "
                "en voor jonge nieuwkomers met trauma. Voor beide groepen starten wij in 2024-2025 een "
                "pilotvoorziening, in samenwerking met de besturen en de gemeenten.")]
    b += [("h1", "Communicatie"),
          ("p", "Het samenwerkingsverband communiceert met scholen, ouders en partners. Scholen ontvangen zes "
                "keer per jaar een digitale nieuwsbrief. Voor ouders heeft de website een aparte ouderpagina "
                "waarop in begrijpelijke taal staat welke ondersteuning elke school biedt, welke arrangementen en "
                "voorzieningen er zijn en hoe een aanvraag verloopt. Daarnaast geven scholen informatie in de "
                "schoolgids en tijdens de voorlichtingsavonden in groep 8. Twee keer per jaar organiseren wij een "
                "ouderavond over een actueel thema."),
          ("p", "Ouders die er met de school niet uitkomen, of die onafhankelijk advies willen, kunnen terecht "
                "bij het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt is onafhankelijk van de scholen, "
                "telefonisch en per e-mail bereikbaar en kan een onafhankelijke ouderbegeleider inzetten. "
                "Daarnaast kunnen ouders een beroep doen op de onderwijsconsulenten en bij een geschil over "
                "toelating of verwijdering op de Geschillencommissie passend onderwijs.")]
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning en "
                "voor lwoo en praktijkonderwijs. Na aftrek van de afdrachten aan DUO voor vso-leerlingen verdelen "
                "wij de middelen als volgt. Iedere school ontvangt een schoolbudget van € 145 per leerling voor "
                "lichte ondersteuning, plus een vaste voet van € 20.000 per vestiging. De lwoo-middelen gaan op "
                "basis van het aantal aangewezen leerlingen op 1 oktober naar de besturen. Bovenschoolse "
                "voorzieningen worden centraal gefinancierd. Individuele arrangementen kennen de "
                "directeur-bestuurder toe op aanvraag, tot een maximum van € 8.500 per leerling per jaar."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
                     ["Baten lichte ondersteuning", "4.120", "4.160", "4.150", "4.090"],
                     ["Baten lwoo en pro", "9.840", "9.790", "9.700", "9.610"],
                     ["Afdracht vso (DUO)", "-6.030", "-6.150", "-6.200", "-6.210"],
                     ["Schoolbudgetten", "2.190", "2.210", "2.200", "2.180"],
                     ["Bovenschoolse voorzieningen (OPDC, rebound)", "1.350", "1.380", "1.400", "1.400"],
                     ["Individuele arrangementen", "420", "420", "410", "400"],
                     ["Bureau en personeel", "910", "930", "940", "950"],
                     ["Saldo", "-120", "-60", "-20", "0"]]),
          ("p", "De reserve is eind 2023 € 1,6 miljoen. De signaleringswaarde bedraagt € 1,1 miljoen; het "
                "bovenmatige deel wordt in deze planperiode ingezet via de negatieve saldi in de begroting. "
                "Scholen verantwoorden de besteding van het schoolbudget jaarlijks in een korte rapportage.")]
    b += [("h1", "Resultaten en kwaliteit"),
          ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten geformuleerd:"),
          ("bullets", ["in 2028 zit geen enkele leerling langer dan drie maanden thuis zonder passend aanbod;",
                       "het aantal leerlingen dat zonder diploma of startkwalificatie het vso verlaat daalt van "
                       "14 naar 10 per jaar;",
                       "90 procent van de leerlingen in het OPDC stroomt binnen twee jaar terug naar een reguliere "
                       "school;",
                       "alle scholen voldoen in 2026 aan de twaalf standaarden basisondersteuning."]),
          ("p", "Hoe wij deze resultaten gaan volgen, meten en rapporteren werken wij het komende schooljaar "
                "uit in een nieuw kwaliteitskader. Tot dat kader is vastgesteld volgen wij de bestaande "
                "werkwijze van de besturen.")]
    b += extra_filler("vo")
    b += governance(naam, "VO 31-07", "vo")
    b += opr(naam, full=True)
    b += oogo_vol("Westerbeek, Lingewaard-Zuid en Dreumelen")
    b += personeel("vo")
    b += ict()
    b += planning_tabel(2024)
    b += begrippen([["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."],
                    ["Lwoo", "Leerwegondersteunend onderwijs."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["OPP", "Ontwikkelingsperspectiefplan."],
                    ["Terugplaatsing", "Terugkeer van een leerling van het vso naar het regulier vo."],
                    ["TLV", "Toelaatbaarheidsverklaring."],
                    ["Ouder- en Jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."]])
    return b


LABEL_A = """documents: [vo-rivierenland-west.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
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
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. Basisondersteuning: SWV-wide minimum per vestiging plus twelve standards listed; borging via kwaliteitsgesprek."
  plaatsing: "Ch. Toelaatbaarheid: Loket, Commissie Toelaatbaarheid, two deskundigen, 6 weeks, vso criteria, lwoo/pro procedure, LBT bezwaar."
  terugstroom: "Procedure only as subsection inside the TLV chapter (evaluation in February of last TLV year, who initiates/decides); no policy aims, conditions or support after return. The OPDC 90% return target concerns OPDC, not vso."
  financien: "Ch. 'Geld en middelen': per-leerling schoolbudget, vaste voet, arrangement maximum, meerjarenbegroting table, reserve."
  dekkend-aanbod: "Three-layer continuum (school, OPDC/rebound/HB, vso/pro) and thuiszitters approach plus gap analysis."
  resultaten: "Beoogde resultaten listed with numbers; measuring/monitoring explicitly deferred to a kwaliteitskader still to be worked out."
  ouders: "Inside 'Communicatie': ouderpagina, schoolgids, ouderavonden; Ouder- en Jeugdsteunpunt, onderwijsconsulenten."
"""

# ---------------------------------------------------------------------------------------------
# Plan B: VO De Kempenrand (pdf). Thin plan "op hoofdlijnen".
# ---------------------------------------------------------------------------------------------

def plan_b():
    naam = "Samenwerkingsverband VO De Kempenrand"
    b = []
    b += [("title", "Ondersteuningsplan op hoofdlijnen 2024-2028"), ("p", naam),
          ("p", "Versie ter instemming OPR, februari 2024")]
    b += [("h1", "Inhoudsopgave"), ("toc", ["1 Inleiding", "2 Visie en ambities", "3 Ondersteuning in onze regio",
                                            "3.1 Basisondersteuning", "3.2 Het ondersteuningscontinuüm",
                                            "4 Toewijzing en toelaatbaarheid", "4.3 Terugplaatsing",
                                            "5 Ouders", "6 Financiën en meerjarenbegroting",
                                            "7 Resultaten en verantwoording", "8 Organisatie",
                                            "9 Medezeggenschap en OOGO", "10 Personeel", "Bijlage 1 Afkortingen"])]
    b += [("h1", "Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de vijf besturen van De Kempenrand samen "
                "zorgen voor passend onderwijs voor ruim 8.900 leerlingen in de gemeenten Heeze-Oost, "
                "Valkenrode en Budelveld. Het plan is bewust kort gehouden. De uitwerking vindt plaats in het "
                "jaarplan, de jaarbegroting en de handreikingen die het samenwerkingsverband in de loop van de "
                "planperiode opstelt. Het plan richt zich op het 'wat'; de scholen bepalen het 'hoe'."),
          ("p", "De aanleiding voor een nieuw plan is niet alleen de wettelijke verplichting om eens in de vier "
                "jaar een plan vast te stellen. In de afgelopen periode is veel veranderd: het aantal leerlingen "
                "met complexe vragen is gegroeid, de wachtlijsten in de jeugdzorg zijn lang en scholen merken dat "
                "het lerarentekort de ruimte voor ondersteuning beperkt. Tegelijk zijn er nieuwe landelijke "
                "ontwikkelingen, zoals het wetsvoorstel over de positie van ouders en leerlingen en de plannen "
                "voor een landelijke norm basisondersteuning. Dit plan is daarom ook een tussenstap.")]
    b += voorwoord(naam, "2024-2028", "voortgezet onderwijs")
    b += visie(naam, "vo")
    b += [("h2", "Ambities 2024-2028"),
          ("p", "Wij hebben vier ambities geformuleerd: (1) elke school is een goede school voor leerlingen met "
                "een ondersteuningsbehoefte; (2) we werken zo thuisnabij mogelijk; (3) we verminderen de "
                "administratieve lasten voor scholen; (4) we versterken de samenwerking met jeugdhulp. Deze "
                "ambities worden jaarlijks vertaald naar het jaarplan."),
          ("p", "Bij elke ambitie horen gesprekken met scholen, ouders en partners. We willen niet alleen "
                "beleid maken, maar ook luisteren naar wat er in de praktijk gebeurt. In het eerste jaar van de "
                "planperiode houden we daarom een ronde langs alle scholen, waarin directeuren, mentoren en "
                "ondersteuningscoördinatoren vertellen waar zij tegenaan lopen.")]
    b += [("h1", "Ondersteuning in onze regio"),
          ("h2", "Basisondersteuning"),
          ("p", "Alle scholen van het samenwerkingsverband hebben afgesproken dat zij op iedere vestiging "
                "hetzelfde niveau van basisondersteuning bieden. Dit is het minimum dat een leerling op elke "
                "school in De Kempenrand mag verwachten, ongeacht bestuur of schooltype. De besturen zijn samen "
                "verantwoordelijk voor dat niveau."),
          ("p", "Welke voorzieningen en deskundigheid daar precies onder vallen, staat in het document "
                "'Kwaliteitskaart basisondersteuning' (bijlage 2) en in de schoolgids van iedere school. De "
                "kwaliteitskaart wordt in 2025 geactualiseerd op basis van de landelijke norm."),
          ("h2", "Het ondersteuningscontinuüm"),
          ("p", "Naast de basisondersteuning bieden scholen extra ondersteuning in de vorm van arrangementen. "
                "Wij onderscheiden drie niveaus. Op niveau 1 biedt de school ondersteuning binnen de klas en "
                "binnen de school, zoals een steunpunt of ondersteuningsklas, betaald uit het schoolbudget. Op "
                "niveau 2 kan een school een beroep doen op de bovenschoolse voorziening Kempenpoort, een "
                "tijdelijke voorziening voor leerlingen die (dreigen) vast (te) lopen, met een maximale duur van "
                "een half jaar, waarna de leerling terugkeert naar de eigen school. Op niveau 3 gaat het om het "
                "voortgezet speciaal onderwijs en het praktijkonderwijs. De scholen voor vso in de regio zijn "
                "De Linde (cluster 4) en Het Palet (cluster 3)."),
          ("p", "Scholen werken samen in twee regionale clusters, waarin ze expertise uitwisselen en elkaars "
                "aanpak leren kennen.")]
    b += [("h1", "Toewijzing en toelaatbaarheid"),
          ("h2", "Arrangementen"),
          ("p", "Voor extra ondersteuning op niveau 2 meldt de school de leerling aan bij het Ondersteuningsloket "
                "van het samenwerkingsverband. Het loket beslist binnen vier weken. Voor een arrangement in de "
                "eigen school is geen aanvraag nodig: dat valt onder het schoolbudget."),
          ("h2", "Toelaatbaarheidsverklaring vso"),
          ("p", "Een TLV voor het vso wordt aangevraagd door de school waar de leerling staat ingeschreven. De "
                "school vult het aanvraagformulier in, voegt het groeidocument en het OPP toe en vraagt de "
                "zienswijze van ouders. Het Ondersteuningsloket controleert de volledigheid. Daarna adviseren "
                "twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige die past bij de "
                "vraag van de leerling. De directeur van het samenwerkingsverband neemt het besluit binnen "
                "acht weken. Tegen het besluit kunnen ouders bezwaar maken; het samenwerkingsverband vraagt dan "
                "advies aan de Landelijke Bezwaaradviescommissie."),
          ("p", "De criteria op basis waarvan een leerling toelaatbaar is tot het vso, werken wij het komende "
                "jaar samen met De Linde en Het Palet uit in een apart beleidsdocument. Tot dat moment wordt "
                "iedere aanvraag op haar eigen merites beoordeeld."),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en pro volgt het samenwerkingsverband de landelijke regels. Aanvragen worden door de "
                "vo-school ingediend bij het Ondersteuningsloket, dat het besluit neemt."),
          ("h2", "Terugplaatsing"),
          ("p", "P.M. Dit onderdeel wordt in schooljaar 2024-2025 samen met de vso-scholen uitgewerkt en daarna "
                "als aanvulling op dit plan aan de OPR voorgelegd.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn belangrijke partners. Wij informeren ouders via onze website, waarop per school "
                "het ondersteuningsaanbod te vinden is, via een folder 'Passend onderwijs in De Kempenrand' die "
                "alle scholen bij de aanmelding meegeven, en via een jaarlijkse informatieavond voor ouders van "
                "leerlingen in groep 8 en klas 1. Ook de schoolgids van iedere school beschrijft de ondersteuning."),
          ("p", "Wij hechten eraan dat ouders zich gehoord voelen. Het samenwerkingsverband werkt aan een "
                "manier om signalen van ouders beter te benutten.")]
    b += [("h1", "Financiën en meerjarenbegroting"),
          ("p", "De ondersteuningsmiddelen worden verdeeld volgens het schoolmodel. Dat betekent dat het "
                "grootste deel van de middelen rechtstreeks naar de besturen gaat. Het samenwerkingsverband "
                "verdeelt de middelen lichte ondersteuning op basis van het aantal leerlingen per bestuur op "
                "1 oktober van het voorgaande jaar. Middelen voor zware ondersteuning worden, na aftrek van de "
                "kosten van het vso, voor 70 procent naar rato van het leerlingaantal en voor 30 procent op "
                "basis van het aantal lwoo-leerlingen verdeeld. Het samenwerkingsverband houdt een budget achter "
                "voor Kempenpoort en voor het bureau."),
          ("p", "De meerjarenbegroting wordt jaarlijks afzonderlijk vastgesteld en is niet in dit plan "
                "opgenomen; zij wordt na vaststelling op de website geplaatst. Hoe de besturen de middelen "
                "besteden, leggen zij vast in hun eigen jaarverslag.")]
    b += [("h1", "Organisatie"),
          ("p", "De Kempenrand is een vereniging. De algemene ledenvergadering, bestaande uit de vijf besturen, "
                "houdt toezicht op het bestuur. Het bestuur bestaat uit een onafhankelijke voorzitter en twee "
                "bestuurders uit het onderwijs. Het bureau wordt geleid door een directeur en telt 6 fte."),
          ("p", "Scholen zijn primair verantwoordelijk voor de ondersteuning van hun leerlingen. Het "
                "samenwerkingsverband faciliteert en stimuleert. Dat uitgangspunt is terug te zien in de "
                "beperkte omvang van het bureau."),
          ("p", "Het bestuur stelt jaarlijks het jaarplan en de begroting vast. De directeur informeert het "
                "bestuur drie keer per jaar over de financiële situatie. De algemene ledenvergadering keurt het "
                "jaarverslag goed.")]
    b += [("h1", "Regionale context"),
          ("p", "De regio kent een mix van stedelijke kernen en dorpen. Er zijn acht vestigingen voor regulier "
                "vo, twee vso-scholen en een school voor praktijkonderwijs. Een deel van de leerlingen volgt "
                "onderwijs over de grens van het samenwerkingsverband, vooral richting Eindhoven. Omgekeerd komen "
                "leerlingen uit omliggende gemeenten naar onze scholen. Dat maakt afstemming met de buurverbanden "
                "noodzakelijk."),
          ("p", "De gemeenten in de regio werken samen in een jeugdhulpregio. De toegang tot jeugdhulp verloopt "
                "via de lokale teams. De wachttijden bij de specialistische jeugdhulp zijn in de afgelopen jaren "
                "toegenomen. Dat merken scholen, omdat leerlingen langer op school blijven met vragen waarvoor zij "
                "eigenlijk behandeling nodig hebben.")]
    b += [("h2", "Samenwerking met buurverbanden"),
          ("p", "Met de samenwerkingsverbanden VO in de aangrenzende regio's hebben wij afspraken gemaakt over "
                "leerlingen die over de grens naar school gaan. Het samenwerkingsverband van de school waar de "
                "leerling staat ingeschreven is aan zet. De directeuren van de verbanden overleggen twee keer "
                "per jaar over gezamenlijke thema's en over de ontwikkelingen in de vso-scholen.")]
    b += extra_filler("vo")
    b += opr(naam, full=False)
    b += oogo_kort("Heeze-Oost, Valkenrode en Budelveld")
    b += personeel("vo")
    b += ict()
    b += planning_tabel(2024)
    b += [("h1", "Bijlage 1 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["Lwoo", "Leerwegondersteunend onderwijs"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPR", "Ondersteuningsplanraad"],
                     ["Pro", "Praktijkonderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Terugplaatsing", "Terugkeer van vso naar regulier onderwijs na afloop van de TLV"],
                     ["Vso", "Voortgezet speciaal onderwijs"]])]
    return b


LABEL_B = """documents: [vo-kempenrand.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: partial, dekkend-aanbod: partial, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, bezwaar]
  financien: [verantwoording]
notes:
  basisondersteuning: "3.1 states a common minimum per vestiging, but the content is only in 'Kwaliteitskaart' bijlage 2 (not included) and the schoolgidsen."
  plaatsing: "4.2 describes the TLV procedure (school, loket, two deskundigen, directeur, 8 weeks, LBT); vso criteria deferred to a future beleidsdocument; lwoo/pro one line."
  terugstroom: "4.3 'Terugplaatsing' is only 'P.M.' with a deferral; TOC and afkortingenlijst mention it. Kempenpoort return to own school is a tijdelijke voorziening, not return from vso."
  financien: "Ch. 6: verdeling criteria (leerlingaantal, 70/30 split) given; meerjarenbegroting explicitly not in the plan, besteding left to board jaarverslagen."
  dekkend-aanbod: "3.2 describes the three-level continuum; nothing on gaps, thuiszitters or pupils without a place."
  resultaten: "Chapter 7 exists only in the TOC; ambitions are generic and no results or monitoring are described."
  ouders: "Ch. 5: website, folder, informatieavond; no independent support (OJSP only in afkortingenlijst)."
"""

# ---------------------------------------------------------------------------------------------
# Plan C: PO De Waarden (docx + pdf). Good plan; ouders informatie missing.
# ---------------------------------------------------------------------------------------------

def plan_c():
    naam = "Samenwerkingsverband Passend Primair Onderwijs De Waarden"
    b = []
    b += [("title", "Ondersteuningsplan 2024-2028 'Samen sterk voor ieder kind'"), ("p", naam + ", PO 28-11 (fictief)")]
    b += [("h1", "Inhoud"), ("toc", ["Voorwoord", "1 Missie en visie", "2 Terugblik 2020-2024",
                                     "3 Het ondersteuningsaanbod", "4 Toewijzing en toelaatbaarheid",
                                     "5 Van sbo en so terug naar de basisschool", "6 Iedereen een plek",
                                     "7 Financieel beleid", "8 Opbrengsten en kwaliteitszorg",
                                     "9 Ouders en leerlingen", "10 Organisatie", "11 Medezeggenschap",
                                     "12 Gemeenten en jeugdhulp", "13 Personeel", "14 ICT en privacy",
                                     "15 Planning", "Bijlage begrippenlijst"])]
    b += voorwoord(naam, "2024-2028", "primair onderwijs")
    b += visie(naam, "po")
    b += [("h1", "Terugblik 2020-2024"),
          ("p", "In de vorige planperiode is veel bereikt. Het aantal kinderen in het sbo daalde van 2,4 naar "
                "2,1 procent van het totaal. Het aantal thuiszitters langer dan drie maanden ging van 11 in 2020 "
                "naar 4 in 2023. Tegelijk steeg het aantal verwijzingen naar het so licht. De evaluatie met "
                "scholen liet zien dat de ondersteuningsteams goed werken, maar dat de administratieve last van "
                "aanvragen te hoog was. Daarom is de aanvraagprocedure vereenvoudigd.")]
    b += [("h1", "Het ondersteuningsaanbod"),
          ("h2", "Basisondersteuning: wat elke school biedt"),
          ("p", "In De Waarden hebben alle 62 basisscholen afgesproken welke ondersteuning iedere school, op "
                "iedere locatie, minimaal biedt. Dat is de basisondersteuning. De afspraken zijn door het "
                "bestuur vastgesteld en gelden voor alle besturen."),
          ("table", [["Onderdeel", "Wat u op iedere school kunt verwachten"],
                     ["Ondersteuningsstructuur", "een intern begeleider met minimaal 1 dag per 150 leerlingen; "
                      "een ondersteuningsteam met de schoolcontactpersoon van het SWV"],
                     ["Taal en lezen", "dyslexieprotocol; signalering en begeleiding tot en met niveau 3"],
                     ["Rekenen", "protocol ernstige reken-wiskundeproblemen en dyscalculie"],
                     ["Gedrag", "een schoolbreed programma sociale veiligheid; een gedragsplan bij "
                      "herhaald probleemgedrag"],
                     ["Meer- en hoogbegaafdheid", "signalering en compacten/verrijken in de groep"],
                     ["Medisch", "protocol medisch handelen"],
                     ["Planmatig werken", "groepsplannen of blokplannen; handelingsgericht werken"]]),
          ("p", "Het samenwerkingsverband toetst elke twee jaar bij iedere school of zij aan deze afspraken "
                "voldoet."),
          ("h2", "Extra ondersteuning en speciale voorzieningen"),
          ("p", "Als een kind meer nodig heeft dan de basisondersteuning, kan de school een arrangement "
                "aanvragen. Het continuüm loopt van basisondersteuning via arrangementen in de eigen school "
                "(ambulante begeleiding, een specialist van het expertiseteam) en bovenschoolse voorzieningen "
                "(de plusklassen voor hoogbegaafde kinderen, de taalklas voor nieuwkomers en de "
                "observatiegroep Het Anker) naar het speciaal basisonderwijs (drie sbo-scholen) en het speciaal "
                "onderwijs (twee so-scholen voor cluster 3 en 4). Expertise uit sbo en so wordt ingezet in de "
                "basisscholen via de ambulante dienst.")]
    b += [("h1", "Toewijzing en toelaatbaarheid"),
          ("p", "De route naar het sbo of so loopt via de Commissie van Toelaatbaarheid (CvT) van het "
                "samenwerkingsverband."),
          ("bullets", ["Stap 1: de school bespreekt het kind in het ondersteuningsteam met ouders en de "
                       "schoolcontactpersoon. Het groeidocument is ingevuld.",
                       "Stap 2: het schoolbestuur dient de aanvraag in bij de CvT, met de zienswijze van ouders.",
                       "Stap 3: twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige, "
                       "bijvoorbeeld een maatschappelijk werker of arts) geven elk een afzonderlijk advies.",
                       "Stap 4: de CvT besluit binnen zes weken namens het bestuur; ouders krijgen het besluit en "
                       "de adviezen schriftelijk."]),
          ("p", "Een kind is toelaatbaar tot het sbo als de basisschool, met inzet van arrangementen gedurende "
                "minimaal zes maanden, niet kan bieden wat het kind nodig heeft, en het kind een "
                "ontwikkelingsperspectief heeft dat past bij het sbo (uitstroom naar vmbo of pro). Voor het so "
                "geldt daarnaast dat er sprake is van een ernstige beperking, een stoornis of zware "
                "gedragsproblematiek waarvoor intensieve ondersteuning in een kleine setting met "
                "specialistische expertise nodig is. Een TLV so wordt afgegeven in categorie laag, midden of "
                "hoog, doorgaans voor twee jaar; een TLV sbo tot het einde van de basisschoolperiode, met een "
                "evaluatie na twee jaar."),
          ("p", "Bezwaar tegen een besluit van de CvT kan binnen zes weken worden ingediend bij het bestuur, dat "
                "advies vraagt aan de Landelijke Bezwaaradviescommissie.")]
    b += [("h1", "Van sbo en so terug naar de basisschool"),
          ("p", "Het samenwerkingsverband vindt dat een plaatsing in het sbo of so geen eindstation hoeft te "
                "zijn. Waar het kan, keert een kind terug naar een basisschool, bij voorkeur dicht bij huis. "
                "Voorwaarde is dat het OPP laat zien dat het kind zich zo heeft ontwikkeld dat de ondersteuning "
                "binnen een basisschool met een arrangement geboden kan worden. Een kind dat terugkeert krijgt "
                "gedurende een jaar een terugplaatsingsarrangement: begeleiding door de ambulante dienst en "
                "extra uren voor de ontvangende school."),
          ("p", "De procedure is als volgt. Jaarlijks in januari bespreekt de sbo- of so-school met ouders bij de "
                "OPP-evaluatie of terugplaatsing aan de orde is. In het laatste jaar van de TLV is dat gesprek "
                "verplicht. Als terugplaatsing mogelijk is, zoekt de school met ouders een basisschool; de "
                "schoolcontactpersoon begeleidt dit. Is terugplaatsing niet mogelijk, dan vraagt de school "
                "uiterlijk 1 april een nieuwe TLV aan. In 2023 keerden 19 kinderen terug naar het "
                "basisonderwijs.")]
    b += [("h1", "Iedereen een plek"),
          ("p", "Wij willen dat ieder kind een passende plek heeft. Elke maand komt het Thuiszittersoverleg "
                "bijeen met leerplicht, het wijkteam en het samenwerkingsverband. Iedere school meldt een kind "
                "dat langer dan vier weken niet (volledig) naar school gaat. Binnen tien werkdagen is er een "
                "plan. Kinderen met een vrijstelling worden jaarlijks opnieuw besproken. Ontbreekt in de regio "
                "een passend aanbod, dan zoeken wij buiten de regio en leggen wij het gat voor aan het "
                "bestuurlijk overleg met de gemeenten, zoals in 2022 gebeurde voor jonge kinderen met "
                "complexe ontwikkelingsproblemen.")]
    b += [("h1", "Financieel beleid"),
          ("p", "De middelen voor passend onderwijs worden volgens onderstaande verdeelsleutel ingezet. De "
                "tabel is de kern van ons financieel beleid; de toelichting staat in het jaarplan."),
          ("table", [["Post", "Verdeelwijze", "2024", "2025", "2026", "2027"],
                     ["Schoolbudget basisscholen", "€ 95 per leerling (1-10 vorig jaar)", "1.710.000",
                      "1.690.000", "1.665.000", "1.640.000"],
                     ["Arrangementen", "op aanvraag via ondersteuningsteam", "820.000", "820.000", "800.000",
                      "800.000"],
                     ["Afdracht so (DUO)", "per TLV naar categorie", "2.940.000", "2.990.000", "3.010.000",
                      "3.010.000"],
                     ["Overdracht sbo boven 2%", "peildatum 1 februari", "410.000", "400.000", "390.000",
                      "380.000"],
                     ["Bovenschoolse voorzieningen", "vast budget", "560.000", "560.000", "560.000",
                      "560.000"],
                     ["Bureau", "vast budget", "640.000", "655.000", "670.000", "685.000"]]),
          ("p", "Scholen verantwoorden het schoolbudget jaarlijks via het format 'Verantwoording "
                "ondersteuningsmiddelen'. De reserve wordt gehouden op het niveau van de signaleringswaarde.")]
    b += [("h1", "Opbrengsten en kwaliteitszorg"),
          ("p", "Beoogde resultaten voor 2028: (a) geen kind langer dan drie maanden thuis zonder aanbod; (b) het "
                "deelnamepercentage sbo en so samen blijft onder 3,5 procent; (c) ten minste 15 kinderen per "
                "jaar keren terug uit sbo of so; (d) 90 procent van de scholen scoort voldoende op de "
                "basisondersteuning bij de tweejaarlijkse toets."),
          ("p", "Wij volgen de resultaten met een dashboard dat ieder kwartaal wordt bijgewerkt met gegevens "
                "uit het registratiesysteem en van DUO. Twee keer per jaar bespreekt het bestuur de voortgang; "
                "in het jaarverslag rapporteren wij de bereikte resultaten per doel. In 2026 volgt een "
                "tussenevaluatie met scholen, ouders en OPR.")]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders zijn de eerste opvoeders en onmisbare partners. Bij ieder OPP worden ouders betrokken "
                "en kinderen vanaf groep 5 mogen hun mening geven over hun ontwikkelingsperspectief."),
          ("p", "Hebben ouders een vraag of verschil van mening met school of samenwerkingsverband, dan kunnen "
                "zij terecht bij het Ouder- en Jeugdsteunpunt De Waarden, dat onafhankelijk werkt en "
                "ouders gratis begeleidt, ook naar gesprekken. Verder zijn er de onderwijsconsulenten en de "
                "klachtenregeling van het samenwerkingsverband.")]
    b += extra_filler("po")
    b += governance(naam, "PO 28-11", "po")
    b += opr(naam, full=True)
    b += oogo_vol("Waardenburg, Heukelom en Asperdijk")
    b += personeel("po")
    b += ict()
    b += planning_tabel(2024)
    b += begrippen([["Arrangement", "Extra ondersteuning boven de basisondersteuning."],
                    ["CvT", "Commissie van Toelaatbaarheid."],
                    ["Informatievoorziening ouders", "Ouders vinden informatie in de schoolgids en op de website."],
                    ["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs."],
                    ["TLV", "Toelaatbaarheidsverklaring."]])
    return b


LABEL_C = """documents: [po-de-waarden.docx, po-de-waarden.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
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
  basisondersteuning: "Ch. 3.1: agreed minimum for all 62 schools per location; content mainly in a table."
  plaatsing: "Ch. 4: CvT, steps 1-4, two deskundigen, 6 weeks; sbo and so criteria, categories, duration, LBT."
  terugstroom: "Ch. 5: policy (thuisnabij, OPP condition, terugplaatsingsarrangement) and procedure (January OPP evaluation, last TLV year, 1 April)."
  financien: "Ch. 7: verdeelsleutel and amounts only in a multi-year table; verantwoording format; reserve."
  dekkend-aanbod: "3.2 continuum basis -> arrangementen -> bovenschools -> sbo/so; ch. 6 thuiszitters and handling gaps."
  resultaten: "Ch. 8: four numeric targets; quarterly dashboard, board twice a year, jaarverslag."
  ouders: "Ch. 9: OJSP, onderwijsconsulenten, klachtenregeling and OPP involvement; how parents are informed about the support facilities is nowhere in the body (only in the begrippenlijst)."
"""

# ---------------------------------------------------------------------------------------------
# Plan D: VO Duinstreek (html). Medium plan; no dekkend aanbod, no TLV procedure, no verdeelmodel.
# ---------------------------------------------------------------------------------------------

def plan_d():
    naam = "Stichting Passend Onderwijs VO Duinstreek"
    b = []
    b += [("title", "Ondersteuningsplan 2025-2029"), ("p", naam + " - webversie")]
    b += [("h1", "Inhoud"), ("toc", ["1 Voorwoord", "2 Visie", "3 Basisondersteuning", "4 Toelaatbaarheid en TLV",
                                     "5 Ouders en leerlingen", "6 Financiën", "7 Kwaliteit en resultaten",
                                     "8 Organisatie", "9 Medezeggenschap", "10 OOGO", "11 Personeel",
                                     "12 ICT", "13 Planning", "Begrippenlijst"])]
    b += voorwoord(naam, "2025-2029", "voortgezet onderwijs")
    b += visie(naam, "vo")
    b += [("h2", "Onze regio"),
          ("p", "De Duinstreek telt zes gemeenten langs de kust, met 14 vestigingen van acht besturen en ruim "
                "9.700 leerlingen. Door de vergrijzing in de kustdorpen loopt het leerlingaantal de komende "
                "jaren terug. Dat raakt vooral de kleinere vestigingen en vraagt om samenwerking tussen besturen. "
                "Thuiszitters, leerlingenvervoer en huisvesting zijn onderwerpen die wij met de gemeenten "
                "bespreken."),
          ("p", "Bijzonder aan onze regio is het grote aandeel leerlingen dat dagelijks met de bus of fiets "
                "lange afstanden aflegt. Voor leerlingen met een ondersteuningsbehoefte betekent dat dat een "
                "passende plek in de buurt niet vanzelfsprekend is. Wij willen dat een leerling niet hoeft te "
                "reizen voor iets wat ook dichterbij kan.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "In de Duinstreek geldt één gezamenlijk niveau van basisondersteuning voor alle vestigingen. Het "
                "is het minimum dat elke school biedt, vastgesteld door alle besturen."),
          ("p", "Op iedere vestiging is er een ondersteuningsteam met een ondersteuningscoördinator, een "
                "orthopedagoog (minimaal een dag per week), een vertrouwenspersoon en de jeugdarts. Elke school "
                "heeft een opvanglokaal dat de hele dag bemand is, biedt faalangsttraining, examentraining met "
                "aangepaste examenfaciliteiten, dyslexie- en dyscalculiebegeleiding volgens het landelijke "
                "protocol, huiswerkbegeleiding in de onderbouw en een aanpak tegen pesten. Mentoren krijgen "
                "jaarlijks scholing in het voeren van leerlinggesprekken. Dit is gelijk voor alle scholen; "
                "ouders kunnen erop rekenen."),
          ("p", "Daarnaast maakt iedere school afspraken over de samenwerking met ouders bij het opstellen en "
                "evalueren van het OPP. Het OPP wordt minimaal twee keer per jaar met ouders en leerling "
                "besproken.")]
    b += [("h1", "Toelaatbaarheid en TLV"),
          ("p", "Voor de toelaatbaarheid tot het vso hanteren wij de volgende criteria. Een leerling is "
                "toelaatbaar als (1) de school aantoonbaar de basisondersteuning en ten minste één arrangement "
                "heeft ingezet en geëvalueerd, (2) de leerling onvoldoende tot ontwikkeling komt volgens het OPP, "
                "(3) de problematiek zo complex is dat een combinatie van onderwijs en behandeling of zorg in een "
                "kleine setting nodig is. Voor praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en "
                "80 en een leerachterstand van ten minste drie jaar op twee domeinen)."),
          ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en wie beslist, staat in het stroomschema op "
                "onze website (www.pov-duinstreek.nl/tlv)."),
          ("p", "Een TLV vso geldt twee jaar in categorie laag tenzij de deskundigen anders adviseren."),
          ("h2", "Terugplaatsing naar het regulier vo"),
          ("p", "Terugplaatsing is het uitgangspunt wanneer een leerling zich in het vso zo ontwikkelt dat een "
                "reguliere school met een arrangement kan bieden wat nodig is. Ons beleid is dat de leerling "
                "terugkeert naar een school zo dicht mogelijk bij huis, op het niveau van het diploma dat haalbaar "
                "is. Na terugkeer krijgt de ontvangende school een overgangsarrangement van een half jaar, "
                "waarin een ambulant begeleider van het vso de leerling en de mentor ondersteunt."),
          ("p", "Procedure: bij elke jaarlijkse OPP-evaluatie beoordeelt de vso-school samen met ouders en "
                "leerling of terugplaatsing mogelijk is. Zes maanden voor het einde van de TLV vindt een "
                "verplicht overleg plaats tussen vso-school, samenwerkingsverband en een mogelijke ontvangende "
                "school. Het samenwerkingsverband beslist of een nieuwe TLV wordt afgegeven of dat de leerling "
                "per 1 augustus overstapt naar het regulier vo.")]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders vinden op onze website per school het ondersteuningsprofiel en een overzicht van de "
                "voorzieningen. Scholen bespreken de mogelijkheden bij de intake. Wij organiseren jaarlijks in "
                "november een informatiemarkt passend onderwijs voor ouders van leerlingen in groep 8."),
          ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
                "Kust, dat wij samen met twee andere samenwerkingsverbanden financieren en dat los van scholen "
                "en samenwerkingsverband werkt. Ook verwijzen wij naar de onderwijsconsulenten. Klachten kunnen "
                "worden ingediend bij de landelijke klachtencommissie.")]
    b += [("h1", "Financiën"),
          ("p", "Het verdeelmodel wordt in 2025 herijkt. Tot het nieuwe model is vastgesteld, volgen de "
                "besturen de afspraken uit het overgangsjaar; de uitkomst wordt in een addendum vastgelegd."),
          ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage ondersteuning", "10.450", "10.310", "10.180", "10.020"],
                     ["Afdracht vso en pro", "-5.880", "-5.850", "-5.820", "-5.790"],
                     ["Middelen naar besturen", "3.350", "3.270", "3.190", "3.080"],
                     ["Arrangementen en ambulante begeleiding", "620", "620", "610", "600"],
                     ["Ouder- en Jeugdsteunpunt Kust", "45", "45", "45", "45"],
                     ["Bureau", "520", "530", "540", "550"],
                     ["Resultaat", "35", "-5", "-25", "-45"]]),
          ("p", "De reserve van het samenwerkingsverband ligt onder de signaleringswaarde.")]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Wij streven ernaar dat het onderwijs voor alle leerlingen met een ondersteuningsbehoefte zo goed "
                "mogelijk is. Concrete doelen voor deze planperiode formuleren wij in het jaarplan 2025-2026."),
          ("p", "Wij meten jaarlijks op 1 oktober het aantal arrangementen, TLV's, terugplaatsingen en "
                "thuiszitters. Twee keer per jaar voeren wij met elke school een monitorgesprek aan de hand van "
                "een vaste set vragen over de ondersteuning. De uitkomsten worden in een jaarlijkse "
                "kwaliteitsrapportage aan het bestuur en de OPR voorgelegd en in het jaarverslag gepubliceerd.")]
    b += [("h1", "Onderwijs en arbeidsmarkt"),
          ("p", "Een groot deel van de leerlingen in de Duinstreek vervolgt de schoolloopbaan in het mbo. Samen "
                "met het regionale opleidingencentrum en de werkgevers in toerisme, zorg en techniek werken de "
                "scholen aan loopbaanoriëntatie en stages. Steeds meer scholen bieden ook een programma "
                "ondernemerschap aan in de bovenbouw."),
          ("h1", "Samenwerking met het primair onderwijs"),
          ("p", "Het samenwerkingsverband PO in de Duinstreek beslaat hetzelfde gebied. De directeuren van beide "
                "verbanden overleggen maandelijks. Gezamenlijke thema's zijn de overstap naar het vo, de "
                "afstemming met de zes gemeenten en de deskundigheidsbevordering van professionals. Samen "
                "organiseren wij een jaarlijkse conferentie voor directeuren, intern begeleiders en "
                "ondersteuningscoördinatoren."),
          ("h1", "Stem van leerlingen"),
          ("p", "Wij vinden het belangrijk dat leerlingen meepraten over hun eigen ondersteuning en over het "
                "beleid. Daarom hebben wij een leerlingpanel van twaalf leerlingen uit verschillende scholen "
                "en schoolsoorten, dat drie keer per jaar bijeenkomt. Het panel heeft meegelezen met dit plan en "
                "heeft onder andere geadviseerd om de taal eenvoudiger te maken. Ook zijn er leerlingen lid van "
                "de OPR.")]
    b += extra_filler("vo")
    b += governance(naam, "VO 28-14", "vo")
    b += opr(naam, full=True)
    b += oogo_kort("Zandvoort-Noord, Egmond-Binnen, Bergen aan Zee, Schoorlduin, Petten en Callantsoog")
    b += personeel("vo")
    b += ict()
    b += planning_tabel(2025)
    b += begrippen([["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een plek is."],
                    ["Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["Arrangement", "Extra ondersteuning boven de basisondersteuning."],
                    ["TLV", "Toelaatbaarheidsverklaring."]])
    return b


LABEL_D = """documents: [vo-duinstreek.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
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
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [reserves]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. Basisondersteuning: one common minimum for all vestigingen, concrete list (OT, orthopedagoog, opvanglokaal, trainings)."
  plaatsing: "Criteria for vso and pro given; the procedure (who applies, steps, deciding body) is only referred to a website stroomschema. Duration/category one line."
  terugstroom: "Subsection inside the TLV chapter: policy (thuisnabij, overgangsarrangement) and procedure (annual OPP evaluation, overleg 6 months before TLV end, SWV decides)."
  financien: "Verdeelmodel deferred ('wordt herijkt', addendum); multi-year budget table with amounts present."
  dekkend-aanbod: "No continuum or gap/thuiszitters approach; thuiszitters only named as an OOGO topic in passing; 'dekkend aanbod' only in the begrippenlijst; OOGO chapter is procedural only."
  resultaten: "No intended results (deferred to jaarplan); monitoring described (annual counts, monitorgesprekken, kwaliteitsrapportage)."
  ouders: "Website per school, intake, informatiemarkt; Ouder- en Jeugdsteunpunt Kust, onderwijsconsulenten."
"""

# ---------------------------------------------------------------------------------------------
# Plan E: PO Heuvelland-Noord (pdf). Short plan with references to a handbook.
# ---------------------------------------------------------------------------------------------

def plan_e():
    naam = "Samenwerkingsverband PO Heuvelland-Noord"
    b = []
    b += [("title", "Ondersteuningsplan 2024-2028"), ("p", naam)]
    b += [("h1", "Inhoud"), ("toc", ["1 Inleiding", "2 Visie", "3 Basisondersteuning en toelaatbaarheid",
                                     "4 Terugplaatsing", "5 Thuiszitters", "6 Middelen", "7 Resultaten",
                                     "8 Organisatie en medezeggenschap", "9 Personeel", "10 ICT",
                                     "Bijlage Afkortingen"])]
    b += voorwoord(naam, "2024-2028", "primair onderwijs", "de leerkrachten en intern begeleiders")
    b += [("h1", "Inleiding"),
          ("p", "Dit plan is het strategisch kader van het samenwerkingsverband voor de periode 2024-2028. De "
                "operationele afspraken over de ondersteuning, de toewijzing van arrangementen, de "
                "toelaatbaarheid en de informatie aan ouders staan in het Handboek Passend Onderwijs PO "
                "Heuvelland-Noord, dat jaarlijks door het bestuur wordt vastgesteld en op de website staat. Dit "
                "plan en het handboek vormen samen het ondersteuningsbeleid."),
          ("p", "In het samenwerkingsverband werken negen besturen met 48 basisscholen, twee scholen voor sbo en "
                "een so-school samen. Het aantal leerlingen daalt licht, van 9.850 in 2020 naar 9.420 in 2023."),
          ("p", "Het vorige plan is in 2023 geëvalueerd met directeuren en intern begeleiders. De belangrijkste "
                "les was dat een dik plan weinig wordt gelezen. Daarom kiezen we nu voor een kort plan met "
                "heldere keuzes, en leggen we de uitwerking vast in het handboek. Dat maakt het ook makkelijker "
                "om afspraken tussentijds bij te stellen zonder het hele plan te herzien.")]
    b += visie(naam, "po")
    b += [("h1", "Terugblik op 2020-2024"),
          ("p", "De vorige planperiode stond grotendeels in het teken van de coronapandemie en de gevolgen "
                "daarvan. Scholen sloten, het onderwijs ging op afstand en daarna bleek dat veel kinderen "
                "achterstanden hadden opgelopen, niet alleen in taal en rekenen maar ook in hun sociaal-"
                "emotionele ontwikkeling. De middelen uit het Nationaal Programma Onderwijs gaven scholen ruimte "
                "om extra personeel in te zetten, maar de tijdelijkheid van die middelen maakte het lastig om "
                "structureel te bouwen."),
          ("p", "Het aantal kinderen in het so steeg in die periode van 1,9 naar 2,2 procent van alle "
                "leerlingen. Het aantal kinderen in het sbo bleef stabiel. Het bestuur heeft in 2022 een "
                "externe verkenning laten uitvoeren naar de oorzaken van de groei in het so. Daaruit bleek dat "
                "vooral het aantal jonge kinderen met complexe gedragsvragen toenam, en dat scholen zich in die "
                "situaties onvoldoende toegerust voelden. Die uitkomst is een belangrijke basis voor dit plan."),
          ("h1", "Samenwerking met het voortgezet onderwijs"),
          ("p", "Ons gebied valt grotendeels samen met dat van het samenwerkingsverband voor voortgezet "
                "onderwijs. Beide verbanden hebben een gezamenlijke agenda voor de overstap naar het vo, de "
                "afstemming met de gemeenten en de scholing van professionals. De directeuren van beide "
                "verbanden overleggen iedere maand. Het ontwerp van dit plan is met het vo-verband besproken.")]
    b += [("h1", "Basisondersteuning en toelaatbaarheid"),
          ("p", "De afspraken over de basisondersteuning zijn opgenomen in hoofdstuk 2 van het Handboek. De "
                "route naar het sbo en so en de toelaatbaarheidsverklaring staan in hoofdstuk 4 van het Handboek."),
          ("p", "Het samenwerkingsverband blijft investeren in de deskundigheid van intern begeleiders. In 2024 "
                "start een leergang voor nieuwe intern begeleiders, in samenwerking met de hogeschool."),
]
    b += [("h1", "Terugplaatsing"),
          ("p", "Wij vinden dat kinderen in het sbo en so, waar dat verantwoord is, terug moeten kunnen naar een "
                "reguliere basisschool in de eigen woonomgeving. Voorwaarden zijn dat het kind de "
                "ondersteuningsbehoefte heeft die een basisschool met een arrangement kan bieden, dat de overstap "
                "in het belang van het kind is en dat de ontvangende school voorbereid is. Het samenwerkingsverband "
                "betaalt na terugkeer voor ten hoogste een schooljaar een terugkeerarrangement van € 6.000 voor "
                "extra begeleiding door een specialist van het so of sbo.")]
    b += [("h1", "Thuiszitters"),
          ("p", "Het samenwerkingsverband wil dat er in 2028 geen kinderen meer langer dan vier weken thuis "
                "zitten. Iedere school meldt dreigend verzuim binnen een week bij leerplicht en de consulent. "
                "Elke zes weken bespreken leerplicht, jeugdarts, wijkteam en samenwerkingsverband alle kinderen "
                "zonder passende plek en wijzen zij per kind een regisseur aan. Als er in de regio geen plek "
                "is, betaalt het samenwerkingsverband een tijdelijke plaatsing buiten de regio.")]
    b += [("h1", "Middelen"),
          ("p", "De middelen lichte ondersteuning gaan voor 80 procent naar de besturen, naar rato van het "
                "aantal leerlingen op 1 oktober. De overige 20 procent gebruikt het samenwerkingsverband voor de "
                "consulenten en arrangementen, die op aanvraag van een school worden toegekend door de "
                "directeur op advies van de consulent. Middelen zware ondersteuning gaan grotendeels naar het "
                "so via de afdrachten van DUO."),
          ("table", [["Begroting (bedragen in euro)", "2024", "2025", "2026", "2027"],
                     ["Lichte ondersteuning naar besturen", "1.312.000", "1.296.000", "1.280.000", "1.264.000"],
                     ["Consulenten", "410.000", "420.000", "430.000", "440.000"],
                     ["Arrangementen", "230.000", "230.000", "230.000", "230.000"],
                     ["Terugkeerarrangementen", "36.000", "36.000", "36.000", "36.000"],
                     ["Afdrachten so en sbo", "3.480.000", "3.460.000", "3.450.000", "3.440.000"],
                     ["Bureau en bestuur", "295.000", "300.000", "305.000", "310.000"]])]
    b += [("h1", "Resultaten"),
          ("p", "Wij willen in 2028 bereiken: (1) geen kind langer dan vier weken thuis zonder aanbod; (2) ten "
                "minste 8 terugplaatsingen per jaar uit sbo en so; (3) 85 procent van de intern begeleiders "
                "heeft de leergang afgerond; (4) de tevredenheid van scholen over de consulenten is ten minste "
                "een 7,5."),
          ("p", "De directeur rapporteert twee keer per jaar aan het bestuur over deze doelen met een "
                "voortgangsrapportage. Tevredenheid meten wij met een jaarlijkse enquête in mei; het aantal "
                "thuiszitters en terugplaatsingen volgen wij via het registratiesysteem. In het jaarverslag "
                "staat per doel wat bereikt is.")]
    b += [("h1", "Organisatie en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een stichting met een algemeen bestuur van de negen besturen en "
                "een directeur. Het bureau telt 7 fte, waarvan 5 fte consulenten."),
          ("p", "Het algemeen bestuur vergadert zes keer per jaar. Het bestuur stelt jaarlijks het handboek, "
                "het jaarplan en de begroting vast en keurt het jaarverslag goed. De directeur bereidt de "
                "besluiten voor en is verantwoordelijk voor de uitvoering. Er is een auditcommissie van twee "
                "bestuursleden die de financiële stukken vooraf bespreekt met de directeur en de controller. "
                "Het intern toezicht is belegd bij twee onafhankelijke leden van het algemeen bestuur, die "
                "jaarlijks een toezichtverslag schrijven. Het bestuur heeft in 2023 een zelfevaluatie gedaan onder "
                "begeleiding van een extern adviseur; een van de uitkomsten was dat de scheiding tussen bestuur "
                "en toezicht in de volgende planperiode verder wordt uitgewerkt, mogelijk door de overstap naar "
                "een raad van toezicht-model."),
          ("p", "Het bureau is bereikbaar op werkdagen tussen 8.30 en 16.30 uur. Scholen hebben een vaste "
                "consulent als aanspreekpunt. De consulenten zijn verdeeld over drie regio's, zodat zij de scholen "
                "en de lokale partners goed kennen."),
          ("p", "De ondersteuningsplanraad heeft op 4 maart 2024 ingestemd met het plan. Het ontwerp is op "
                "20 februari 2024 in OOGO besproken met de gemeenten Heuvelrode, Gulpenberg en Vaals-Oost.")]
    b += [("h1", "Voorschoolse voorzieningen en kinderopvang"),
          ("p", "Veel ontwikkelingsvragen worden al zichtbaar voordat een kind vier jaar wordt. Daarom zoeken wij "
                "de samenwerking met de kinderopvang, de peuterspeelzalen en het consultatiebureau. In de "
                "gemeenten is een programma voor voor- en vroegschoolse educatie, dat door de gemeenten wordt "
                "gefinancierd. Het samenwerkingsverband neemt deel aan het regionale overleg over de VVE en "
                "brengt daar de kennis van de scholen in."),
          ("p", "Bij de start op de basisschool is een goede overdracht van de voorschoolse voorziening naar de "
                "school van belang. Wij stimuleren dat pedagogisch medewerkers en leerkrachten van groep 1 elkaar "
                "kennen en dat zij afspraken maken over de overdracht van gegevens, binnen de regels voor privacy. "
                "Het consultatiebureau en de jeugdverpleegkundige spelen daarbij een rol."),
          ("h1", "Risicobeheersing"),
          ("p", "Het samenwerkingsverband heeft een risicoparagraaf opgesteld. De belangrijkste risico's zijn "
                "een stijging van het aantal leerlingen in het so, de daling van het leerlingaantal en "
                "onzekerheid over de landelijke bekostiging. De reserve is eind 2023 € 640.000; het bestuur "
                "heeft besloten dat deze niet hoger mag zijn dan de signaleringswaarde. Jaarlijks wordt in de "
                "begroting bekeken of er middelen uit de reserve naar de scholen kunnen."),
          ("p", "Om het risico van een groeiend so beheersbaar te houden, bespreekt het bestuur drie keer per jaar "
                "een overzicht van het aantal leerlingen in sbo en so. Bij een onverwachte stijging kan het "
                "bestuur besluiten het budget voor arrangementen tijdelijk te verlagen.")]
    b += [("h1", "Verzuimaanpak"),
          ("p", "Verzuim is vaak een eerste signaal dat een kind niet goed in zijn vel zit of dat de school niet "
                "aansluit bij wat het kind nodig heeft. Daarom hebben de scholen en de leerplichtambtenaren een "
                "gezamenlijk verzuimprotocol. Scholen registreren verzuim dagelijks in het "
                "leerlingadministratiesysteem en melden ongeoorloofd verzuim van meer dan zestien uur in vier "
                "weken bij DUO. Bij zorgwekkend ziekteverzuim schakelt de school de jeugdarts in."),
          ("p", "De consulenten van het samenwerkingsverband hebben een vaste contactpersoon bij leerplicht. "
                "Kinderen met een vrijstelling van de leerplicht worden jaarlijks besproken, om te zien of "
                "er inmiddels wel onderwijs mogelijk is, eventueel in deeltijd of in combinatie met "
                "dagbesteding. In 2023 hadden 11 kinderen in de regio een vrijstelling op grond van artikel 5 "
                "onder a van de Leerplichtwet.")]
    b += extra_filler("po")
    b += personeel("po")
    b += ict()
    b += planning_tabel(2024)
    b += [("h1", "Bijlage Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OPP", "Ontwikkelingsperspectief"], ["Sbo", "Speciaal basisonderwijs"],
                     ["So", "Speciaal onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Basisondersteuning", "Ondersteuning die iedere school biedt"]])]
    return b


LABEL_E = """documents: [po-heuvelland-noord.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Only a reference to hoofdstuk 2 of the Handboek (separate document, not included) plus the afkortingenlijst; nothing in the body."
  plaatsing: "Only a reference to hoofdstuk 4 of the Handboek; no procedure, criteria, deskundigen or bezwaar in the plan."
  terugstroom: "Ch. Terugplaatsing gives policy (aim, conditions, terugkeerarrangement) but no procedure: no initiator, decision or moment relative to TLV end. Target of 8 per year under Resultaten."
  financien: "Ch. Middelen: 80/20 verdeling by leerlingaantal, arrangements granted by directeur; multi-year table with amounts."
  dekkend-aanbod: "Thuiszitters chapter handles gaps; no description of a continuum of provisions within/between schools."
  resultaten: "Four numeric targets; twice-yearly voortgangsrapportage, enquête, jaarverslag."
  ouders: "Parents only mentioned in passing (visie, handbook contents, terugplaatsing condition); OJSP only in afkortingen; no information or independent support described."
"""

# ---------------------------------------------------------------------------------------------
# Near miss F: schoolondersteuningsprofiel of one VO school (docx).
# ---------------------------------------------------------------------------------------------

def doc_f():
    b = []
    b += [("title", "Schoolondersteuningsprofiel 2024-2028"),
          ("p", "Het Baken College, locatie Westerbeek - vmbo-havo-vwo"),
          ("p", "Aangesloten bij Samenwerkingsverband VO Rivierenland-West")]
    b += [("h1", "Inhoud"), ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op Het Baken",
                                     "4 Extra ondersteuning", "5 Toelaatbaarheid en vso", "6 Ouders",
                                     "7 Middelen", "8 Grenzen aan onze ondersteuning", "9 Ambities"])]
    b += [("h1", "Inleiding"),
          ("p", "Iedere school in het samenwerkingsverband stelt een schoolondersteuningsprofiel (SOP) op. Daarin "
                "beschrijft de school welke ondersteuning zij biedt en welke ambities zij heeft. Dit profiel is "
                "vastgesteld door de schoolleiding na advies van de medezeggenschapsraad. Het "
                "ondersteuningsplan van het samenwerkingsverband is het kader voor dit profiel."),
          ("p", "Het profiel is bedoeld voor ouders, leerlingen, medewerkers en partners. Het wordt elke vier jaar "
                "herzien en jaarlijks besproken in de MR.")]
    b += [("h1", "Onze school"),
          ("p", "Het Baken College telt 1.240 leerlingen verdeeld over vmbo-basis/kader, mavo, havo en vwo. "
                "De school heeft 118 medewerkers. Ongeveer 18 procent van de leerlingen heeft lwoo. Wij zijn een "
                "brede scholengemeenschap met een open christelijke identiteit. Wij kennen onze leerlingen en zij "
                "kennen ons: de mentor is het eerste aanspreekpunt."),
          ("p", "De school werkt met kleine mentorgroepen in de onderbouw en een coachingsprogramma in de "
                "bovenbouw. Het leerlingvolgsysteem wordt gebruikt om resultaten en verzuim te volgen.")]
    b += [("h1", "Basisondersteuning op Het Baken"),
          ("p", "Het Baken biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
                "Concreet betekent dat voor onze school: een ondersteuningscoördinator (0,8 fte), een "
                "orthopedagoog (0,4 fte), een zorgteam dat iedere zes weken bijeenkomt, dyslexiebegeleiding, "
                "faalangsttraining, een rots-en-watertraining in klas 1 en een opvanglokaal (De Haven)."),
          ("p", "Leerlingen met dyslexie krijgen een dyslexiepas met faciliteiten als extra tijd en "
                "voorleessoftware. In de onderbouw is er huiswerkbegeleiding op maandag tot en met donderdag. "
                "De mentor voert drie keer per jaar een gesprek met iedere leerling over welbevinden en "
                "resultaten.")]
    b += [("h1", "Extra ondersteuning"),
          ("p", "Voor leerlingen die meer nodig hebben, biedt Het Baken de Trajectklas: een kleine groep van "
                "maximaal 12 leerlingen met een vaste begeleider, voor maximaal een jaar. Voor plaatsing in de "
                "Trajectklas stelt het zorgteam samen met ouders een OPP op. Ook kan de school een beroep doen "
                "op het OPDC van het samenwerkingsverband."),
          ("p", "De Trajectklas is bedoeld voor leerlingen die in een grote klas vastlopen, bijvoorbeeld door "
                "concentratieproblemen, angst of een tijdelijke thuissituatie. Na een periode in de Trajectklas "
                "volgt de leerling weer (een deel van) de lessen in de eigen klas. De begeleider houdt contact "
                "met de mentor en met ouders.")]
    b += [("h1", "Toelaatbaarheid en vso"),
          ("p", "Als een leerling niet op onze school kan blijven, vraagt het bestuur bij het "
                "samenwerkingsverband een toelaatbaarheidsverklaring voor het vso aan. De procedure en criteria "
                "daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. Onze school levert het OPP "
                "en het groeidocument aan en bespreekt de aanvraag vooraf met ouders. Wanneer een leerling vanuit "
                "het vso terugkeert, zorgen wij voor een warme overdracht."),
          ("p", "Bij de aanmelding van nieuwe leerlingen geldt onze zorgplicht: als wij een leerling niet de "
                "ondersteuning kunnen bieden die nodig is, zoeken wij samen met ouders naar een school die dat "
                "wel kan.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders worden betrokken bij het OPP en bij elke belangrijke beslissing over de ondersteuning. "
                "Informatie over de ondersteuning staat in de schoolgids en op de website van de school. Bij "
                "vragen of onenigheid kunnen ouders contact opnemen met het Ouder- en Jeugdsteunpunt van het "
                "samenwerkingsverband of met de klachtencommissie van ons bestuur.")]
    b += [("h1", "Middelen"),
          ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van € 145 per leerling. Wij "
                "besteden dat aan de Trajectklas (ongeveer 60 procent), de orthopedagoog en de trainingen. De "
                "besteding verantwoorden wij in het jaarverslag van het bestuur.")]
    b += [("h1", "Grenzen aan onze ondersteuning"),
          ("p", "Het Baken heeft geen expertise in de begeleiding van leerlingen die intensieve medische zorg "
                "nodig hebben of voortdurend een-op-een begeleiding. Het gebouw is niet volledig rolstoeltoegankelijk. "
                "Leerlingen met zware gedragsproblematiek die de veiligheid van anderen in gevaar brengen, "
                "kunnen wij niet goed begeleiden.")]
    b += [("h1", "Ambities"),
          ("p", "In de komende vier jaar willen wij de Trajectklas uitbreiden naar de bovenbouw, meer docenten "
                "scholen in het omgaan met gedrag en de samenwerking met het wijkteam versterken. Wij willen ook "
                "de stem van leerlingen meer laten meewegen, bijvoorbeeld via een leerlingpanel ondersteuning."),
          ("p", "Daarnaast werken wij aan een betere overstap van de basisschool naar onze school. Met de "
                "basisscholen in Westerbeek maken wij afspraken over warme overdracht en over een "
                "kennismakingsprogramma voor leerlingen met een ondersteuningsbehoefte.")]
    # padding with realistic school text
    for t in ["De school hecht aan een veilig klimaat. Elk jaar meten wij de sociale veiligheid met een "
              "vragenlijst onder leerlingen. De uitkomsten bespreken wij in de teams en met de leerlingenraad.",
              "De mentoren worden ondersteund door een mentorcoördinator per afdeling. Mentoren krijgen "
              "scholing in gespreksvoering en in het signaleren van problemen.",
              "Ouders worden drie keer per jaar uitgenodigd voor een mentorgesprek. Daarnaast organiseren wij "
              "thema-avonden over onder andere social media, puberteit en studiekeuze."]:
        b.append(("p", t))
    return b


LABEL_F = """documents: [sop-baken-college.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel of a single VO school (Het Baken College) that only refers to the SWV's plan; uses basisondersteuning, TLV, vso, OPDC, schoolbudget, Ouder- en Jeugdsteunpunt vocabulary but is not an ondersteuningsplan of a samenwerkingsverband."
"""

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path, header_text):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text + " - ondersteuning, plaatsing, middelen"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            for item in val:
                doc.add_paragraph(item)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    doc.save(str(path))


def write_html(blocks, path, title):
    parts = ["<!DOCTYPE html>", "<html lang=\"nl\">", "<head><meta charset=\"utf-8\">",
             f"<title>{html.escape(title)}</title></head>", "<body>",
             "<header><nav>Home | Over ons | Ouders | Scholen | Ondersteuningsplan | Contact</nav></header>",
             "<main>"]
    for kind, val in blocks:
        if kind == "title":
            parts.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1":
            parts.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{html.escape(val)}</p>")
        elif kind in ("bullets", "toc"):
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
    parts += ["</main>", "<footer>Stichting Passend Onderwijs VO Duinstreek - ouders - privacy - cookies</footer>",
              "</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout153_pdf_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # A: docx
    write_docx(plan_a(), OUT / "vo-rivierenland-west.docx", "Ondersteuningsplan 2024-2028 SWV VO Rivierenland-West")
    (OUT / "vo-rivierenland-west.expected.yaml").write_text(LABEL_A, encoding="utf-8")
    # B: pdf only (rendered from a temporary docx)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout153_src_"))
    try:
        src_b = tmpdir / "vo-kempenrand.docx"
        write_docx(plan_b(), src_b, "Ondersteuningsplan op hoofdlijnen - De Kempenrand")
        docx_to_pdf(src_b, OUT / "vo-kempenrand.pdf")
        src_e = tmpdir / "po-heuvelland-noord.docx"
        write_docx(plan_e(), src_e, "SWV PO Heuvelland-Noord - Ondersteuningsplan 2024-2028")
        docx_to_pdf(src_e, OUT / "po-heuvelland-noord.pdf")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    (OUT / "vo-kempenrand.expected.yaml").write_text(LABEL_B, encoding="utf-8")
    (OUT / "po-heuvelland-noord.expected.yaml").write_text(LABEL_E, encoding="utf-8")
    # C: docx + pdf
    write_docx(plan_c(), OUT / "po-de-waarden.docx", "Ondersteuningsplan De Waarden 2024-2028")
    docx_to_pdf(OUT / "po-de-waarden.docx", OUT / "po-de-waarden.pdf")
    (OUT / "po-de-waarden.expected.yaml").write_text(LABEL_C, encoding="utf-8")
    # D: html
    write_html(plan_d(), OUT / "vo-duinstreek.html", "Ondersteuningsplan 2025-2029 | Passend Onderwijs VO Duinstreek")
    (OUT / "vo-duinstreek.expected.yaml").write_text(LABEL_D, encoding="utf-8")
    # F: near miss
    write_docx(doc_f(), OUT / "sop-baken-college.docx", "Schoolondersteuningsprofiel Het Baken College")
    (OUT / "sop-baken-college.expected.yaml").write_text(LABEL_F, encoding="utf-8")


if __name__ == "__main__":
    main()
