#!/usr/bin/env python3
"""Build holdout set 122: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------- shared filler
# Filler chapters that real plans carry. They mention element words in passing only.

def f_governance(swv, rechtsvorm, n_besturen, db_title="directeur-bestuurder"):
    return [
        ("p", f"{swv} is een {rechtsvorm} waarin {n_besturen} schoolbesturen samenwerken. De statuten zijn "
              "in 2021 gewijzigd om het interne toezicht te scheiden van het bestuur. Het bestuur wordt "
              f"gevormd door een {db_title}, die de dagelijkse leiding heeft over het bureau en het "
              "samenwerkingsverband vertegenwoordigt. De algemene vergadering, waarin ieder aangesloten "
              "schoolbestuur een zetel heeft, benoemt de leden van de raad van toezicht en stelt de statuten vast."),
        ("p", "De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de besturen en twee "
              "onafhankelijke leden met expertise op het gebied van jeugdzorg en bedrijfsvoering. De raad "
              "vergadert zes keer per jaar, houdt toezicht op de uitvoering van dit plan en is werkgever van de "
              f"{db_title}. De raad heeft een auditcommissie en een commissie onderwijs en kwaliteit. De "
              "begroting en het jaarverslag worden door het bestuur opgesteld en door de raad van toezicht "
              "goedgekeurd; dit is de gebruikelijke gang van zaken in onze sector."),
        ("p", "De governancecode van de sectorraad is leidend. Tegenstrijdige belangen worden gemeld en in het "
              "verslag van de raad vermeld. Eens per twee jaar evalueert de raad zijn eigen functioneren, in "
              "2025 onder externe begeleiding. Het geschillenreglement uit de statuten regelt hoe besturen "
              "onderlinge geschillen voorleggen aan een onafhankelijke geschillencommissie; tot op heden is "
              "daar geen gebruik van gemaakt."),
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een gedeeld kantoor met de "
              "leerplichtafdeling van de grootste gemeente. Die nabijheid maakt korte lijnen mogelijk, maar "
              "vraagt ook om heldere afspraken over rollen en informatie-uitwisseling. Het bureau is op "
              "werkdagen bereikbaar van 8.30 tot 16.30 uur."),
    ]


def f_personeel(swv, fte):
    return [
        ("p", f"Het bureau van {swv} telt op 1 januari 2026 {fte} fte. Daaronder vallen de "
              "directeur-bestuurder, een controller, een beleidsmedewerker kwaliteit, een managementassistent, "
              "consulenten passend onderwijs en orthopedagogen. Een deel van de medewerkers is gedetacheerd "
              "vanuit de aangesloten besturen; dat houdt de verbinding met de praktijk op de scholen sterk."),
        ("p", "Het personeelsbeleid van het bureau volgt de cao van de sector. Iedere medewerker heeft jaarlijks "
              "een gesprekkencyclus met een ontwikkel- en een beoordelingsgesprek. Voor de orthopedagogen geldt "
              "de verplichting tot registratie en intervisie; het bureau faciliteert dit met twaalf uur per jaar. "
              "Het ziekteverzuim lag in 2025 onder het sectorgemiddelde."),
        ("p", "De krapte op de arbeidsmarkt raakt ook ons. Vacatures voor orthopedagogen en gedragsspecialisten "
              "staan gemiddeld vier maanden open. We werken daarom samen met de regionale pabo en de universiteit "
              "aan stageplaatsen en bieden een traineeship voor startende orthopedagogen aan. Voor scholen "
              "organiseren we een professionaliseringsaanbod dat in de academie van het samenwerkingsverband is "
              "gebundeld: netwerkbijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren, "
              "studiemiddagen en intervisie. Deelname is vrijwillig."),
        ("p", "Werkdruk is een terugkerend thema in gesprekken met de medezeggenschap. We letten erop dat "
              "nieuwe werkwijzen geen extra administratieve last voor leraren opleveren. Formulieren worden "
              "waar mogelijk geschrapt en het digitale dossier wordt één keer gevuld en daarna hergebruikt."),
    ]


def f_privacy(swv):
    return [
        ("p", f"{swv} verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover "
              "dat nodig is voor de wettelijke taken. De grondslag is de wet; toestemming is daarvoor niet "
              "vereist. We verwerken niet meer gegevens dan nodig en bewaren dossiers tot drie jaar na het "
              "laatste besluit, daarna worden ze vernietigd. Het privacyreglement is in 2024 geactualiseerd en "
              "door de medezeggenschap van advies voorzien."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming die wordt gedeeld met drie "
              "andere samenwerkingsverbanden. Datalekken worden binnen 72 uur gemeld aan de Autoriteit "
              "Persoonsgegevens. Medewerkers volgen jaarlijks een korte e-learning over informatiebeveiliging "
              "en werken met tweefactorauthenticatie."),
        ("p", "Voor de ICT maken we gebruik van een beveiligde digitale omgeving waarin scholen aanvragen "
              "indienen en dossiers delen. De leverancier is ISO 27001-gecertificeerd en er is een "
              "verwerkersovereenkomst afgesloten. In 2026 vervangen we de verouderde telefonie en migreren we "
              "de documentopslag. Een externe partij voert tweejaarlijks een penetratietest uit."),
    ]


def f_planning_neutral(swv, periode):
    return [
        ("p", f"Dit plan geldt voor de schooljaren {periode}. Het wordt uitgewerkt in een jaarplan met een "
              "jaarbegroting, die het bestuur ieder jaar voor 1 januari vaststelt. Wijzigingen in het plan "
              "gedurende de looptijd worden voorgelegd aan de ondersteuningsplanraad."),
        ("table", [["Moment", "Activiteit", "Betrokken"],
                   ["september", "start jaarplan, kennismaking nieuwe intern begeleiders", "bureau"],
                   ["november", "concept jaarbegroting", "bestuur, raad van toezicht"],
                   ["januari", "vaststelling jaarbegroting", "bestuur"],
                   ["maart", "netwerkdag scholen", "bureau, scholen"],
                   ["juni", "vaststelling jaarverslag", "bestuur, raad van toezicht"]]),
        ("p", "Het plan is opgesteld door een werkgroep van directeuren, intern begeleiders, twee "
              "vertegenwoordigers van het speciaal onderwijs en medewerkers van het bureau, onder "
              "begeleiding van een extern adviesbureau. Zes werksessies tussen september 2025 en februari 2026 "
              "vormden de basis voor dit document."),
    ]


def f_voorwoord(swv, sector_txt, periode, opener):
    return [
        ("p", opener),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {swv}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014. In de afgelopen jaren is er veel veranderd in het {sector_txt}: "
              "het lerarentekort is voelbaar geworden, de vraag naar jeugdhulp is gestegen en de landelijke "
              "verbeteraanpak passend onderwijs heeft nieuwe accenten gelegd. Tegelijkertijd zien we dat scholen "
              "steeds beter in staat zijn om leerlingen met uiteenlopende behoeften een plek te bieden."),
        ("p", "Dit plan is tot stand gekomen in gesprek met velen: schoolleiders, intern begeleiders, leraren, "
              "de gemeenten, partners uit de jeugdhulp en de leden van de ondersteuningsplanraad. Wij danken "
              "iedereen die heeft meegedacht. Het plan is geen eindpunt, maar een vertrekpunt voor vier jaar "
              "samen werken aan onderwijs dat past."),
    ]


def f_landelijk(swv):
    return [
        ("p", "Passend onderwijs staat landelijk volop in de aandacht. Na de evaluatie van 2020 heeft het kabinet "
              "een verbeteraanpak met vijfentwintig maatregelen ingezet. Landelijk is afgesproken dat "
              "samenwerkingsverbanden met bovenmatige reserves die afbouwen en dat de inzet van middelen "
              "transparanter wordt. Ook wordt gewerkt aan een landelijke norm voor basisondersteuning; wanneer "
              "die norm van kracht wordt en wat hij precies inhoudt, is bij het schrijven van dit plan nog niet "
              "bekend."),
        ("p", "De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt onder meer het "
              "hoorrecht van leerlingen bij het ontwikkelingsperspectief en verplicht ieder samenwerkingsverband "
              "tot een ouder- en jeugdsteunpunt. Daarnaast verschuift de beschrijving van de ondersteuning per "
              "school van het schoolondersteuningsprofiel naar de schoolgids. Wij volgen de invoering nauwgezet "
              f"en passen de werkwijze van {swv} aan zodra de regels ingaan."),
        ("p", "Ook de arbeidsmarkt, de groei van de jeugdhulp en de aandacht voor kansengelijkheid beinvloeden "
              "ons werk. Wij nemen deel aan het regionale overleg van samenwerkingsverbanden en aan de "
              "landelijke netwerken van de sectorraden, zodat we op tijd weten wat er op ons afkomt."),
    ]


def f_kennisdeling(swv):
    return [
        ("p", f"Kennis delen is een van de sterkste instrumenten die {swv} heeft. In de afgelopen planperiode zijn "
              "leergemeenschappen ontstaan rond thema's als gedrag in de klas, het jonge kind, taal en "
              "executieve functies. Leraren en ondersteuners uit verschillende besturen komen daarin vijf keer "
              "per jaar bij elkaar, wisselen casuistiek uit en bezoeken elkaars scholen."),
        ("p", "Daarnaast organiseren we jaarlijks een inspiratiedag met een landelijke spreker en werkateliers "
              "die door eigen mensen worden verzorgd. De evaluaties van deze dagen zijn positief; deelnemers "
              "waarderen vooral de ontmoeting met collega's van andere scholen. We willen de leergemeenschappen "
              "de komende jaren verder verankeren door er een vaste plek in de jaarplanning van de besturen aan "
              "te geven en door kennis digitaal te ontsluiten op een kennisplatform."),
        ("p", "Met de lerarenopleidingen in de regio werken we samen aan praktijkgericht onderzoek. Studenten "
              "onderzoeken vragen uit de scholen, bijvoorbeeld over de effecten van coteaching of over de "
              "betrokkenheid van leerlingen bij hun eigen leerproces. De uitkomsten worden gedeeld in de "
              "leergemeenschappen."),
    ]


def f_communicatie_scholen(swv):
    return [
        ("p", f"Voor professionals heeft {swv} een besloten deel van de website met formulieren, handreikingen en "
              "contactgegevens van medewerkers. Scholen ontvangen tien keer per jaar een digitale nieuwsbrief. "
              "Iedere school heeft een vaste contactpersoon op het bureau."),
        ("p", "Schoolleiders en bestuurders ontmoeten elkaar in het directeurenberaad (zes keer per jaar) en het "
              "bestuurlijk overleg (vier keer per jaar). Daarnaast zijn er regiobijeenkomsten per gemeente, "
              "waarin ook de leerplichtambtenaren en de lokale teams aanschuiven. We evalueren jaarlijks met een "
              "korte vragenlijst of scholen zich voldoende geinformeerd voelen."),
    ]


def f_huisvesting(swv):
    return [
        ("p", f"Het bureau van {swv} verhuist in 2027 naar een gerenoveerd schoolgebouw dat door een van de "
              "besturen is vrijgekomen. Het gebouw wordt energieneutraal gemaakt en biedt ruimte aan "
              "overlegruimtes die ook door scholen en ketenpartners kunnen worden gebruikt. De verhuizing wordt "
              "voorbereid door een werkgroep met medewerkers van het bureau."),
        ("p", "Bij de inkoop van diensten en materialen letten we op duurzaamheid en op sociaal ondernemerschap. "
              "Reizen tussen scholen gebeurt waar mogelijk met de fiets of het openbaar vervoer; het bureau heeft "
              "twee elektrische deelauto's."),
    ]


def f_povo(swv):
    return [
        ("p", f"Met het samenwerkingsverband voortgezet onderwijs maakt {swv} afspraken over de overstap van groep 8 "
              "naar de brugklas. Voor kinderen met een ontwikkelingsperspectief of een arrangement is er in maart "
              "een warme overdracht tussen de intern begeleider en de ondersteuningscoordinator van de nieuwe "
              "school. Kinderen uit het sbo en so krijgen in groep 8 een oriëntatiedag op een vo-school naar "
              "keuze. De twee samenwerkingsverbanden overleggen twee keer per jaar en hebben het concept van dit "
              "plan besproken in het wettelijk verplichte overleg. In 2027 evalueren we samen de ervaringen met "
              "de nieuwe overdrachtsformulieren."),
    ]


# ================================================================ PLAN A (PO, docx)
# Hollandse Dijkzone. Strong plan; terugstroom procedure only an intention; ouders chapter is a placeholder.
A_SWV = "Samenwerkingsverband Passend Primair Onderwijs Hollandse Dijkzone"
A = []
A += [("title", [f"Ondersteuningsplan 2026-2030", A_SWV, "PO 29-17",
                 "Vastgesteld door het bestuur op 22 april 2026",
                 "Instemming ondersteuningsplanraad: 14 april 2026"])]
A += [("toc", [("1 Voorwoord", 3), ("2 Samenvatting", 4), ("3 Onze regio in cijfers", 5),
               ("4 Visie en missie", 7), ("5 Wat elke school waarmaakt", 8),
               ("6 Van schoolarrangement tot speciaal onderwijs", 12),
               ("7 Toelaatbaarheid sbo en so", 16), ("7.5 Na de TLV: terugplaatsing", 19),
               ("8 Ouders: informatie en onafhankelijke ondersteuning", 21),
               ("9 Samenwerking met gemeenten en jeugdhulp", 22), ("10 Kwaliteit en opbrengsten", 24),
               ("11 Geld en middelen", 27), ("12 Organisatie en medezeggenschap", 31),
               ("13 Personeel en professionalisering", 33), ("14 Privacy en ICT", 34),
               ("15 Planning en totstandkoming", 35), ("Bijlage 1 Begrippenlijst", 36)])]
A += [("h1", "1 Voorwoord")]
A += f_voorwoord(A_SWV, "primair onderwijs", "2026-2030",
                 "De dijken die onze regio doorkruisen, beschermen het land en verbinden de dorpen. Zo zien wij ook "
                 "het samenwerkingsverband: een stevige structuur die kinderen beschermt tegen uitval en die "
                 "scholen met elkaar verbindt.")
A += [("h1", "2 Samenvatting"),
      ("p", "In dit plan beschrijven we hoe de 14 schoolbesturen in de Hollandse Dijkzone ervoor zorgen dat ieder "
            "kind van 4 tot 13 jaar een zo passend mogelijke plek in het onderwijs krijgt. De kern: elke school "
            "waarmaakt een vastgestelde ondergrens van ondersteuning, daarboven zetten we arrangementen in, en "
            "waar dat niet volstaat is er plaats in het speciaal basisonderwijs of het speciaal onderwijs. We "
            "willen minder kinderen thuis, kortere wachttijden en meer kinderen die na een periode in het "
            "speciaal (basis)onderwijs weer dicht bij huis naar school gaan. Resultaten, middelen en "
            "toelaatbaarheid zijn in de hoofdstukken 7, 10 en 11 uitgewerkt.")]
A += [("h1", "3 Onze regio in cijfers"),
      ("p", "Het samenwerkingsverband omvat de gemeenten Dijkmeer, Oudervliet en Nieuw-Leckerland. Op de teldatum "
            "1 februari 2025 telden de 58 vestigingen samen 16.940 leerlingen. Daarvan gaan er 15.870 naar een "
            "reguliere basisschool, 612 naar een van de twee scholen voor speciaal basisonderwijs en 458 naar "
            "het speciaal onderwijs (cluster 3 en 4), binnen of buiten de regio."),
      ("table", [["Kengetal (1 februari 2025)", "Dijkmeer", "Oudervliet", "Nieuw-Leckerland", "Totaal"],
                 ["Vestigingen basisonderwijs", "27", "14", "15", "56"],
                 ["Vestigingen sbo", "1", "1", "0", "2"],
                 ["Leerlingen basisonderwijs", "7.820", "4.110", "3.940", "15.870"],
                 ["Leerlingen sbo", "371", "241", "0", "612"]]),
      ("p", "Het leerlingaantal daalt licht, met ongeveer een procent per jaar. In Nieuw-Leckerland is de daling "
            "sterker; daar staan twee kleine dorpsscholen onder druk. Tegelijk neemt het aandeel kinderen met "
            "een migratieachtergrond toe, vooral in Dijkmeer-Oost, en daarmee de vraag naar taalondersteuning. "
            "Ongeveer een op de zes kinderen in de regio groeit op in een gezin met een laag inkomen. Deze "
            "ontwikkelingen vragen om een aanbod dat meebeweegt.")]
A += [("h1", "4 Visie en missie"),
      ("p", "Wij geloven dat kinderen zich het best ontwikkelen als ze opgroeien en naar school gaan in hun "
            "eigen omgeving, samen met kinderen uit de buurt. Inclusie is voor ons geen einddoel op zich, maar "
            "een richting: we kijken eerst wat er nodig is om een kind thuisnabij onderwijs te bieden, en pas "
            "daarna naar een plek elders."),
      ("p", "Onze missie luidt: samen zorgen we dat geen kind tussen wal en schip valt. Dat vraagt om "
            "vertrouwen tussen besturen, om professionals die elkaar weten te vinden en om een organisatie "
            "die dienstbaar is aan de scholen. Het samenwerkingsverband is geen extra schoolbestuur, maar een "
            "netwerk dat de besturen zelf hebben ingericht om hun gezamenlijke zorgplicht waar te maken."),
      ("p", "Drie waarden geven richting aan ons handelen: nabijheid (dicht bij het kind beginnen), "
            "eenvoud (zo min mogelijk formulieren en schakels) en eigenaarschap (wie het signaal heeft, "
            "organiseert de vervolgstap). Deze waarden keren terug in de hoofdstukken die volgen.")]
A += [("h1", "5 Wat elke school waarmaakt"),
      ("p", "In de Hollandse Dijkzone spreken we niet graag van 'basisondersteuning' als abstract begrip. We "
            "noemen het de ondergrens: het pakket ondersteuning dat op iedere vestiging in het "
            "samenwerkingsverband aanwezig is, van de kleinste dorpsschool tot de sbo-school, zonder dat daar "
            "een aanvraag bij het samenwerkingsverband voor nodig is. De 14 besturen hebben deze ondergrens "
            "vastgelegd in het Regionaal Akkoord van 12 maart 2025. Het akkoord geldt voor alle 58 vestigingen "
            "en is bindend: een school mag meer bieden, niet minder."),
      ("p", "De ondergrens bestaat uit vier lagen: goed onderwijs dat voldoet aan de basiskwaliteit van de "
            "inspectie, een ondersteuningsstructuur, preventieve en licht curatieve interventies, en "
            "planmatig, handelingsgericht werken. Wat dat concreet betekent, staat in de tabel hieronder. "
            "De tabel beantwoordt de vraag: wat mag je van iedere school verwachten?"),
      ("table", [["Onderdeel", "Wat elke school minimaal biedt"],
                 ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; "
                  "drie groepsbesprekingen per jaar; een ondersteuningsteam met de orthopedagoog van het "
                  "samenwerkingsverband dat ten minste vier keer per jaar bijeenkomt."],
                 ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; een "
                  "leesspecialist per bestuur; extra leestijd en voorleessoftware vanaf groep 4."],
                 ["Rekenen en dyscalculie", "Werken volgens het protocol ERWD; dagelijkse verlengde instructie "
                  "voor kinderen die uitvallen op de methodetoetsen."],
                 ["Gedrag en welbevinden", "Een schoolbrede aanpak volgens Positive Behavior Support of een "
                  "gelijkwaardige methode; een gedragsspecialist binnen het bestuur; een veiligheidsmonitor die "
                  "jaarlijks wordt afgenomen."],
                 ["Meer- en hoogbegaafdheid", "Compacten en verrijken in groep 1-8; een plusgroep op "
                  "bestuursniveau ten minste een dagdeel per week."],
                 ["Taal en nieuwkomers", "NT2-aanbod binnen de groep met inzet van een taalcoördinator; "
                  "warme overdracht vanuit de nieuwkomersvoorziening."],
                 ["Medisch handelen", "Een protocol medisch handelen; afspraken met de jeugdgezondheidszorg over "
                  "het toedienen van medicijnen."],
                 ["Ontwikkelingsperspectief", "Een OPP binnen zes weken nadat het ondersteuningsteam extra "
                  "ondersteuning nodig acht, met twee evaluaties per jaar."]]),
      ("h2", "5.1 Grens met extra ondersteuning"),
      ("p", "Is wat de school binnen de ondergrens doet onvoldoende, dan bespreekt het ondersteuningsteam de "
            "leerling met de consulent van het samenwerkingsverband. Vanaf dat moment spreken we van extra "
            "ondersteuning en kan de school een arrangement aanvragen (hoofdstuk 6)."),
      ("h2", "5.2 Hoe we de ondergrens bewaken"),
      ("p", "Elke school wordt eens per twee jaar bezocht door een duo van een consulent en een collega-directeur "
            "van een ander bestuur. Zij gebruiken de kwaliteitskaart ondergrens, die per onderdeel uit de tabel "
            "twee tot vier indicatoren bevat. Voldoet een school op een onderdeel niet, dan stelt het bestuur "
            "binnen drie maanden een verbeterplan op. De consulent volgt de uitvoering en rapporteert na een jaar "
            "aan de directeur-bestuurder, die het algemeen bestuur informeert.")]
A += [("h1", "6 Van schoolarrangement tot speciaal onderwijs"),
      ("p", "Het samenwerkingsverband heeft een samenhangend aanbod dat oploopt in intensiteit. We onderscheiden "
            "vier treden boven de ondergrens. Elke trede kent een eigen route, maar de lijn is steeds dezelfde: "
            "het ondersteuningsteam van de school formuleert wat het kind nodig heeft, en de consulent helpt "
            "het passende antwoord te vinden."),
      ("table", [["Trede", "Aanbod", "Toegang"],
                 ["1 Schoolarrangement", "Extra begeleiding op de eigen school, bijvoorbeeld een "
                  "onderwijsassistent, ambulante begeleiding of een training.", "Besluit consulent binnen 10 "
                  "werkdagen na het ondersteuningsteam."],
                 ["2 Bovenschoolse voorziening", "Taalklas De Brug (nieuwkomers, 1 jaar), plusklas De Vonk "
                  "(hoogbegaafde kinderen, 1 dag per week), observatiegroep Het Anker (max. 12 weken).",
                  "Besluit consulent na overleg met de voorziening."],
                 ["3 Speciaal basisonderwijs", "Twee sbo-scholen: De Wilgenhoek (Dijkmeer) en Het Vlot "
                  "(Oudervliet).", "Toelaatbaarheidsverklaring (hoofdstuk 7)."],
                 ["4 Speciaal onderwijs", "Cluster 3 en 4 op drie locaties in de regio; zo nodig "
                  "daarbuiten.", "Toelaatbaarheidsverklaring (hoofdstuk 7)."]]),
      ("p", "Daarnaast zijn er onderwijs-zorgarrangementen voor kinderen die zowel onderwijs als jeugdhulp "
            "nodig hebben, zoals de combinatiegroep De Kade waar leerkrachten en pedagogisch medewerkers van "
            "een jeugdhulpaanbieder samen werken. De gemeente financiert het zorgdeel, het samenwerkingsverband "
            "het onderwijsdeel."),
      ("h2", "6.1 Witte vlekken opsporen en dichten"),
      ("p", "Een dekkend aanbod is nooit af. Elk jaar in maart maken de consulenten samen met de sbo- en "
            "so-scholen een kaart van witte vlekken: welke kinderen konden we het afgelopen jaar niet "
            "binnen acht weken een passende plek bieden, waar ontstonden wachtlijsten, en welke vragen kwamen "
            "terug die geen enkele voorziening beantwoordt? De kaart wordt besproken in het directeurenberaad; "
            "het bestuur besluit voor 1 juli over maatregelen."),
      ("p", "De kaart van 2025 liet een duidelijk tekort zien aan plekken voor jonge kinderen (4-6 jaar) met "
            "ernstige gedragsproblematiek in Nieuw-Leckerland. Per 1 augustus 2027 opent daarom een "
            "kleinschalige groep van acht plaatsen bij een basisschool in Lekdorp, met inzet van een "
            "orthopedagoog en een jeugdhulpverlener."),
      ("h2", "6.2 Thuiszitters"),
      ("p", "Een kind dat langer dan vier weken zonder geldige reden niet naar school gaat, wordt binnen vijf "
            "werkdagen door de school gemeld bij het Thuiszittersoverleg. Daarin zitten de leerplichtambtenaar, "
            "de consulent en een medewerker van het lokale team. Binnen twee weken ligt er een plan voor "
            "terugkeer naar onderwijs. Lukt het niet binnen drie maanden een plek te vinden, dan gebruikt de "
            "directeur-bestuurder de doorzettingsmacht die de besturen hem in het Regionaal Akkoord hebben "
            "gegeven: hij kan een school opdragen het kind tijdelijk te plaatsen, met een arrangement.")]
A += [("h1", "7 Toelaatbaarheid sbo en so"),
      ("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs "
            "of het speciaal onderwijs. Dat is een wettelijke taak die de besturen niet aan een school kunnen "
            "overlaten. We willen dat de procedure voorspelbaar is en dat een besluit snel volgt."),
      ("h2", "7.1 Zo verloopt een aanvraag"),
      ("ul", ["Stap 1 - Het ondersteuningsteam van de school bespreekt de leerling en concludeert dat de "
              "ondersteuningsbehoefte de mogelijkheden van trede 1 en 2 te boven gaat.",
              "Stap 2 - Het bevoegd gezag van de school waar de leerling staat ingeschreven dient de aanvraag in "
              "via het digitale loket, met het groeidocument, het OPP en het onderwijskundig rapport.",
              "Stap 3 - Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een "
              "orthopedagoog of psycholoog van het samenwerkingsverband die niet bij de aanvraag betrokken was, "
              "en afhankelijk van de vraag een tweede deskundige (een kinderpsychiater, arts, pedagoog of "
              "maatschappelijk werker).",
              "Stap 4 - De Commissie Toelaatbaarheid neemt namens het bestuur binnen zes weken na ontvangst van "
              "de complete aanvraag een besluit. Bij spoed is dat binnen tien werkdagen."]),
      ("h2", "7.2 Wanneer is een leerling toelaatbaar?"),
      ("p", "Een leerling is toelaatbaar tot het sbo als aan alle drie de volgende voorwaarden is voldaan: de "
            "school heeft ten minste twee OPP-cycli met een schoolarrangement uitgevoerd; de leerling heeft "
            "structureel een kleinere groep (maximaal 16 leerlingen) en een aangepast programma nodig; en de "
            "verwachting is dat de leerling binnen de reguliere setting ook met een arrangement van trede 2 "
            "niet tot ontwikkeling komt."),
      ("p", "Een leerling is toelaatbaar tot het so als daarnaast sprake is van een ondersteuningsbehoefte die "
            "continue nabijheid van gespecialiseerde begeleiding vraagt, bijvoorbeeld bij een ernstige "
            "verstandelijke beperking (cluster 3) of bij ernstige gedrags- of psychiatrische problematiek "
            "waarbij onderwijs en behandeling niet te scheiden zijn (cluster 4). De commissie weegt daarbij "
            "het OPP en de adviezen van beide deskundigen."),
      ("h2", "7.3 Duur en bekostigingscategorie"),
      ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt in "
            "de regel twee schooljaren, tot 31 juli van het tweede schooljaar. Bij het so kent de commissie "
            "een bekostigingscategorie toe: laag voor de meeste leerlingen in cluster 4 en voor zeer moeilijk "
            "lerende kinderen, midden voor langdurig zieke en lichamelijk gehandicapte kinderen, en hoog voor "
            "meervoudig gehandicapte kinderen."),
      ("h2", "7.4 Leerlingen van buiten de regio"),
      ("p", "Voor kinderen die niet eerder op een school in Nederland stonden ingeschreven, beslist het "
            "samenwerkingsverband van de woonplaats. Verhuist een kind met een geldige TLV naar onze regio, "
            "dan respecteren we die TLV tot de einddatum."),
      ("h2", "7.5 Na de TLV: terugplaatsing"),
      ("p", "Voor ons is een plek in het sbo of so geen eindstation. Ons beleid is dat een kind terugkeert naar "
            "een basisschool zodra het daar met passende ondersteuning tot ontwikkeling kan komen, bij "
            "voorkeur op een school in de eigen wijk of het eigen dorp. Voorwaarden zijn dat de ontvangende "
            "school met een terugkeerarrangement kan bieden wat het OPP vraagt en dat er in de ontvangende "
            "groep ruimte is voor een geleidelijke overgang."),
      ("p", "Na de terugkeer krijgt de ontvangende school een terugkeerarrangement van maximaal twaalf "
            "maanden, waarin een leerkracht van de sbo- of so-school ambulante begeleiding biedt aan het kind "
            "en aan de nieuwe leerkracht. Het samenwerkingsverband bekostigt dit arrangement met een vast "
            "bedrag van 4.500 euro per leerling. In het schooljaar 2024-2025 keerden elf leerlingen vanuit het "
            "sbo en drie vanuit het so terug naar een basisschool."),
      ("p", "Hoe de overstap in de praktijk precies verloopt - wie het initiatief neemt, op welke momenten "
            "wordt beoordeeld of terugkeer mogelijk is en wie daarover beslist - leggen we in de loop van "
            "het schooljaar 2026-2027 samen met de sbo- en so-scholen vast in een werkwijze. Tot die tijd "
            "bekijken de scholen dit per leerling.")]
A += [("h1", "8 Ouders: informatie en onafhankelijke ondersteuning"),
      ("p", "[Dit hoofdstuk is in voorbereiding. De tekst over de informatievoorziening en over onafhankelijke "
            "ondersteuning wordt ingevoegd na de ouderpanels van het najaar 2026 en daarna ter instemming "
            "voorgelegd aan de ondersteuningsplanraad.]")]
A += [("h1", "9 Samenwerking met gemeenten en jeugdhulp"),
      ("p", "Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 10 maart 2026 met de "
            "wethouders onderwijs en jeugd van de drie gemeenten. Er waren geen geschilpunten. Het verslag is "
            "door beide partijen vastgesteld."),
      ("p", "We maken met de gemeenten concrete afspraken over de aansluiting tussen onderwijs en jeugdhulp. "
            "Op iedere school is een schoolmaatschappelijk werker beschikbaar, die deel uitmaakt van het "
            "lokale team. In het ondersteuningsteam van de school zit standaard een jeugdverpleegkundige. Voor "
            "kinderen die tijdens schooltijd zorg nodig hebben, hanteren we de regionale handreiking zorg in "
            "onderwijstijd: de gemeente beslist over de zorg, de school over de onderwijstijd, binnen een "
            "gezamenlijk plan."),
      ("p", "Andere OOGO-thema's zijn leerlingenvervoer, onderwijshuisvesting voor de nieuwe kleinschalige groep "
            "in Lekdorp, en de aansluiting van de voorschoolse voorzieningen op groep 1. Twee keer per jaar is "
            "er een bestuurlijk overleg; ambtelijk is er maandelijks contact.")]
A += [("h1", "10 Kwaliteit en opbrengsten"),
      ("p", "Wat willen we bereiken voor kinderen die extra ondersteuning nodig hebben, en hoe weten we of dat "
            "lukt? In de vorige planperiode formuleerden we vooral activiteiten. Nu kiezen we voor vier "
            "doelen met een streefwaarde voor 2030."),
      ("table", [["Doel", "Indicator", "Stand 2025", "Streefwaarde 2030"],
                 ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so (1 oktober)", "6,3%", "5,5%"],
                 ["Geen langdurige thuiszitters", "Kinderen langer dan 3 maanden zonder onderwijs", "9", "0"],
                 ["Snelle hulp", "Doorlooptijd schoolarrangement (werkdagen)", "18", "10"],
                 ["Terug naar de wijk", "Terugplaatsingen per jaar", "14", "25"]]),
      ("p", "De bureaumedewerker kwaliteit verzamelt deze gegevens elk kwartaal uit de leerlingadministratie, de "
            "registratie van het loket en de leerplichtregistratie en zet ze in een dashboard dat voor "
            "besturen toegankelijk is. In januari en juni bespreekt het directeurenberaad de stand. Jaarlijks "
            "rapporteren we de bereikte resultaten, met een toelichting per doel, in het jaarverslag, dat ook "
            "met de ondersteuningsplanraad wordt besproken. Halverwege de planperiode, in 2028, laten we een "
            "externe evaluatie uitvoeren."),
      ("p", "Bereikt in de vorige planperiode: het deelnamepercentage daalde van 6,9% in 2021 naar 6,3% in "
            "2025; het aantal leerlingen met een vrijstelling van de leerplicht bleef gelijk; de tevredenheid "
            "van scholen over het loket steeg van 6,8 naar 7,6.")]
A += [("h1", "11 Geld en middelen"),
      ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget. Na aftrek van de "
            "afdrachten die DUO rechtstreeks inhoudt voor het speciaal onderwijs en het deel van de "
            "sbo-bekostiging boven 2%, resteert voor 2026 een bedrag van ongeveer 6,1 miljoen euro. Hoe dat geld "
            "bij de scholen terechtkomt, is vastgelegd in het verdeelmodel dat het algemeen bestuur in december "
            "2025 heeft vastgesteld."),
      ("h2", "11.1 Zo komt het geld bij de scholen"),
      ("ul", ["Schoolbudget: ieder bestuur ontvangt 165 euro per leerling op de teldatum 1 februari van het "
              "voorgaande jaar, plus een vaste voet van 6.000 euro per vestiging. Het budget wordt in twee "
              "termijnen (oktober en maart) overgemaakt.",
              "Arrangementenbudget: voor schoolarrangementen (trede 1) en bovenschoolse voorzieningen (trede 2) "
              "houdt het samenwerkingsverband een budget aan. De consulent kent arrangementen toe volgens de "
              "criteria van hoofdstuk 6; het normbedrag is 3.200 euro per arrangement per half jaar.",
              "Groei sbo en so: groei na de teldatum wordt uit een aparte post vergoed; peildatum is 1 februari.",
              "Wijzigingen in het verdeelmodel worden voor 1 oktober aangekondigd en gaan pas in het volgende "
              "kalenderjaar in."]),
      ("h2", "11.2 Waaraan we het geld uitgeven"),
      ("p", "De meerjarenbegroting laat zien waaraan het beschikbare budget wordt besteed (bedragen in euro's, "
            "afgerond op duizenden)."),
      ("table", [["Post", "2026", "2027", "2028", "2029"],
                 ["Schoolbudgetten besturen", "2.958.000", "2.930.000", "2.905.000", "2.880.000"],
                 ["Schoolarrangementen (trede 1)", "1.120.000", "1.150.000", "1.180.000", "1.200.000"],
                 ["Bovenschoolse voorzieningen (trede 2)", "640.000", "700.000", "760.000", "760.000"],
                 ["Kleinschalige groep Lekdorp", "0", "210.000", "350.000", "350.000"],
                 ["Terugkeerarrangementen", "63.000", "90.000", "112.000", "112.000"],
                 ["Thuiszittersaanpak en onderwijs-zorg", "240.000", "240.000", "240.000", "240.000"],
                 ["Bureau, loket en deskundigen", "860.000", "875.000", "890.000", "905.000"],
                 ["Groeibekostiging sbo/so", "210.000", "200.000", "190.000", "180.000"],
                 ["Totaal lasten", "6.091.000", "6.395.000", "6.627.000", "6.627.000"],
                 ["Inzet reserve", "0", "-290.000", "-520.000", "-520.000"]]),
      ("h2", "11.3 Reserves"),
      ("p", "Eind 2025 bedroeg de algemene reserve 2,4 miljoen euro. De signaleringswaarde van de inspectie "
            "ligt voor ons op 1,3 miljoen euro. Het verschil zetten we de komende drie jaar in voor de "
            "kleinschalige groep en de terugkeerarrangementen; in 2029 ligt het weerstandsvermogen op ongeveer "
            "5% van de baten, wat de raad van toezicht als passend beschouwt.")]
A += [("h1", "12 Organisatie en medezeggenschap")]
A += f_governance(A_SWV, "stichting", 14)
A += [("p", "De ondersteuningsplanraad heeft op 14 april 2026 ingestemd met dit plan. De raad kwam daarvoor "
            "drie keer bijeen en stelde schriftelijke vragen, die door het bestuur zijn beantwoord. De "
            "ondersteuningsplanraad heeft een eigen reglement en een jaarlijks scholingsbudget.")]
A += [("h1", "13 Personeel en professionalisering")]
A += f_personeel(A_SWV, "18,6")
A += [("h1", "14 Privacy en ICT")]
A += f_privacy(A_SWV)
A += [("h1", "15 Planning en totstandkoming")]
A += f_planning_neutral(A_SWV, "2026-2027 tot en met 2029-2030")
A += [("p", "Het plan is op 28 april 2026 aan de inspectie gezonden via het Internet Schooldossier.")]
A += [("h1", "Bijlage 1 Begrippenlijst"),
      ("table", [["Begrip", "Betekenis"],
                 ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden; in dit "
                  "plan de ondergrens genoemd."],
                 ["Onderwijsconsulent", "Onafhankelijke adviseur die ouders gratis bijstaat bij vastgelopen "
                  "situaties rond toelating, verwijdering of passend onderwijs."],
                 ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt dat ouders en jongeren informeert en "
                  "ondersteunt."],
                 ["OPR", "Ondersteuningsplanraad, medezeggenschapsorgaan van het samenwerkingsverband."],
                 ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                 ["Terugplaatsing", "Overstap van een leerling vanuit sbo of so naar het basisonderwijs."],
                 ["Schoolondersteuningsprofiel", "Beschrijving per school van de ondersteuning die de school biedt; "
                  "ouders vinden dit in de schoolgids."],
                 ["Verdeelmodel", "Regels waarmee het ondersteuningsbudget over besturen en arrangementen wordt "
                  "verdeeld."]])]

A_LABEL = """documents: [po-hollandse-dijkzone.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: present, ouders: missing}
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
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Ch.5 'Wat elke school waarmaakt' calls it 'de ondergrens' for all 58 vestigingen (Regionaal Akkoord) with a content table; 5.2 kwaliteitskaart visits = borging."
  plaatsing: "Ch.7 steps 1-4 (bevoegd gezag applies, two separate deskundigen, Commissie Toelaatbaarheid within 6 weeks) and 7.2 criteria for sbo and so; 7.3 duration and laag/midden/hoog; no bezwaar route anywhere."
  terugstroom: "Policy, conditions and the 12-month terugkeerarrangement are hidden in 7.5 inside the TLV chapter; the procedure (who initiates, moments, who decides) is explicitly deferred to 2026-2027. Figures 11+3 = monitoring."
  financien: "Under 'Geld en middelen' ch.11: verdeelmodel (165 euro per leerling, vaste voet, arrangementen normbedrag) and a meerjarenbegroting table 2026-2029; 11.3 reserves."
  dekkend-aanbod: "Ch.6 four treden table (continuum), 6.1 witte-vlekkenkaart with action, 6.2 thuiszitters with doorzettingsmacht; OOGO agreements ch.9."
  resultaten: "Ch.10 'Kwaliteit en opbrengsten': four goals with streefwaarden, quarterly dashboard and annual reporting, previous-period results."
  ouders: "Ch.8 is only a bracketed placeholder ('wordt ingevoegd na de ouderpanels'); onderwijsconsulent/OJSP appear only in the begrippenlijst and TOC. Nothing addresses information or independent support."
"""

PLAN_A = {"file": "po-hollandse-dijkzone.docx", "blocks": A, "label": A_LABEL,
          "header": f"Ondersteuningsplan 2026-2030 | {A_SWV}",
          "footer": "PO 29-17 | versie definitief | april 2026"}


# ================================================================ PLAN B (VO, docx)
# Kempenrand VO. Strong on basis, dekkend, terugstroom, ouders (in 'Communicatie'); plaatsing criteria only
# in an absent annex; financien distribution without spending; resultaten deferred to a jaarplan.
B_SWV = "Samenwerkingsverband Voortgezet Onderwijs Kempenrand"
B = []
B += [("title", ["Ondersteuningsplan 2026-2030", B_SWV, "VO 31-08",
                 "Samen sterk voor elke jongere", "Concept ter instemming OPR - definitieve versie april 2026"])]
B += [("toc", [("Voorwoord", 2), ("1 Inleiding en leeswijzer", 3), ("2 Koers 2026-2030", 4),
               ("3 Het fundament: basisondersteuning", 6), ("4 Het continuum van ondersteuning", 9),
               ("5 Toewijzing en toelaatbaarheid (vso, lwoo, pro)", 13),
               ("6 Terug naar het regulier voortgezet onderwijs", 17), ("7 Samen met gemeenten", 19),
               ("8 Communicatie", 21), ("9 Middelen en verdeling", 24), ("10 Kwaliteit en resultaten", 27),
               ("11 Organisatie en medezeggenschap", 28), ("12 Personeel", 30), ("13 Privacy en ICT", 31), ("13a Kennisdeling en professionalisering", 31),
               ("14 Planning", 32), ("Bijlage 6 Criteria toelaatbaarheid (separaat)", 33),
               ("Afkortingenlijst", 34)])]
B += [("h1", "Voorwoord")]
B += f_voorwoord(B_SWV, "voortgezet onderwijs", "2026-2030",
                 "Jongeren in de Kempenrand groeien op tussen bos, hei en snelgroeiende dorpskernen. Ze verdienen "
                 "een school die hen ziet, ook als het even niet vanzelf gaat.")
B += [("h1", "1 Inleiding en leeswijzer"),
      ("p", f"{B_SWV} is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Heibroek, Eikendonk "
            "en Sint-Aldert. Negen schoolbesturen met samen zestien vestigingen en drie scholen voor voortgezet "
            "speciaal onderwijs zijn aangesloten. In totaal gaan er op 1 oktober 2025 ruim 11.200 leerlingen naar "
            "een school in onze regio, van praktijkonderwijs tot gymnasium."),
      ("p", "Dit plan volgt de opbouw van de wet. Hoofdstuk 3 beschrijft wat iedere school biedt, hoofdstuk 4 "
            "het aanbod daarboven, hoofdstuk 5 de toewijzing en toelaatbaarheid, hoofdstuk 6 de terugkeer naar "
            "het regulier onderwijs. Hoofdstuk 8 gaat over communicatie met leerlingen en ouders, hoofdstuk 9 "
            "over de middelen. Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers."),
      ("p", "Een aantal onderwerpen is in separate documenten uitgewerkt. De criteria voor toelaatbaarheid zijn "
            "opgenomen in bijlage 6, die afzonderlijk wordt vastgesteld. Het jaarplan en de jaarbegroting "
            "verschijnen ieder jaar in december.")]
B += [("h1", "2 Koers 2026-2030"),
      ("p", "Wij geloven dat iedere jongere recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk "
            "bij huis en samen met leeftijdsgenoten. Passend onderwijs is voor ons geen systeem, maar een "
            "houding: kijken naar wat een jongere nodig heeft in plaats van naar wat hij mankeert."),
      ("p", "Drie woorden vatten onze koers samen: dichtbij, samen en wendbaar. Dichtbij, omdat ondersteuning "
            "het beste werkt in de klas en op de eigen school. Samen, omdat geen school het alleen kan en de "
            "besturen elkaar nodig hebben om voor iedere jongere een plek te vinden. Wendbaar, omdat de vragen "
            "van jongeren veranderen en ons aanbod moet kunnen meebewegen."),
      ("p", "We zien de ondersteuningsplanraad, de gemeenten, de jeugdhulp en het mbo als partners in deze koers. "
            "Het samenwerkingsverband zelf is vooral een verbinder en facilitator: de scholen doen het werk, wij "
            "zorgen dat zij dat kunnen.")]
B += [("h1", "3 Het fundament: basisondersteuning"),
      ("p", "Basisondersteuning is in de Kempenrand het geheel van ondersteuning dat iedere vestiging van iedere "
            "aangesloten vo-school biedt, ongeacht schoolsoort of denominatie. De besturen hebben in 2025 "
            "twaalf standaarden afgesproken. Die standaarden zijn voor alle zestien vestigingen gelijk. Een "
            "school mag meer doen; een school die minder doet, voldoet niet aan de afspraken in dit plan."),
      ("table", [["Nr", "Standaard: op iedere vestiging ..."],
                 ["1", "is een ondersteuningscoördinator aangesteld met ten minste 0,5 fte per 600 leerlingen."],
                 ["2", "heeft iedere leerling een mentor die wekelijks een mentoruur geeft."],
                 ["3", "is een ondersteuningsteam met ten minste de ondersteuningscoördinator, een "
                  "orthopedagoog en de jeugdarts of jeugdverpleegkundige."],
                 ["4", "bestaat een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, "
                  "vergrote opgaven en voorleessoftware bij toetsen."],
                 ["5", "wordt een training sociale vaardigheden of faalangstreductie aangeboden."],
                 ["6", "is een time-out- of opvangruimte met begeleiding tijdens alle lesuren."],
                 ["7", "werkt men met check-in/check-out voor leerlingen met gedragsvragen."],
                 ["8", "is er begeleiding bij executieve functies (plannen, organiseren) door een "
                  "studiebegeleider."],
                 ["9", "wordt een OPP opgesteld wanneer een leerling extra ondersteuning krijgt, met "
                  "hoorrecht voor de leerling."],
                 ["10", "is een protocol medisch handelen en een aanpak voor ziekteverzuim (M@ZL)."],
                 ["11", "bestaat een aanbod voor (hoog)begaafde leerlingen, zoals versnellen of een "
                  "verrijkingsprogramma."],
                 ["12", "is een veiligheidsplan met anti-pestcoördinator."]]),
      ("p", "De standaarden zijn het resultaat van twee jaar gesprek tussen de ondersteuningscoördinatoren. Zij "
            "vormen de grens tussen basis- en extra ondersteuning: pas als een leerling meer nodig heeft dan "
            "deze twaalf, komt een arrangement vanuit het samenwerkingsverband in beeld. Iedere school beschrijft "
            "in haar schoolgids hoe zij de standaarden invult.")]
B += [("h1", "4 Het continuum van ondersteuning"),
      ("p", "Boven de basisondersteuning staat een samenhangend aanbod van voorzieningen binnen en tussen de "
            "scholen. We beschrijven het als een continuum van licht naar zwaar."),
      ("ul", ["Schoolarrangement: extra ondersteuning op de eigen school, bijvoorbeeld een individueel "
              "begeleidingstraject, inzet van een gedragsspecialist of een aangepast rooster.",
              "Rebound De Schakel: tijdelijke opvang van maximaal twaalf weken voor leerlingen die op school "
              "vastlopen, met behoud van inschrijving op de eigen school.",
              "OPDC De Overstap: orthopedagogisch-didactisch centrum voor leerlingen in vmbo-basis en -kader die "
              "een kleine setting nodig hebben, in de regel een tot twee jaar.",
              "Op-de-Rails: een traject voor jongeren die dreigen uit te vallen, in samenwerking met de jeugdhulp.",
              "Voortgezet speciaal onderwijs: drie vso-scholen (cluster 3 en 4) met uitstroomprofielen "
              "vervolgonderwijs, arbeidsmarkt en dagbesteding.",
              "Praktijkonderwijs: twee scholen voor praktijkonderwijs, en leerwegondersteuning op alle "
              "vmbo-vestigingen."]),
      ("p", "Tussen de onderdelen bestaan vaste overstapafspraken, zodat een leerling nooit zonder school zit "
            "tijdens een overgang. De trajectbegeleider van het samenwerkingsverband is het vaste aanspreekpunt "
            "voor de school."),
      ("h2", "4.1 Waar het aanbod tekortschiet"),
      ("p", "Twee keer per jaar voeren we een 'gatenanalyse' uit. De trajectbegeleiders leggen alle leerlingen "
            "naast elkaar die langer dan zes weken op een plek wachtten of die thuiszitten, en zoeken naar "
            "patronen. Het bestuur bespreekt de uitkomst met de schoolleiders en besluit binnen een maand over "
            "aanpassing van het aanbod. Zo is in 2025 besloten tot een tweede rebound-locatie in Eikendonk, die "
            "per 1 januari 2027 opent."),
      ("p", "Voor iedere thuiszitter belegt de trajectbegeleider binnen tien schooldagen een overleg met de "
            "school, de leerplichtambtenaar en, waar nodig, de jeugdhulp. Er komt een plan met een datum voor "
            "terugkeer naar onderwijs. Lukt het niet, dan agendeert de directeur-bestuurder het in het overleg van "
            "bestuurders, die afspraken hebben gemaakt over gezamenlijke zorgplicht: het bestuur van de laatste "
            "school blijft verantwoordelijk tot een andere school de leerling heeft ingeschreven.")]
B += [("h1", "5 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
      ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs, "
            "en over de aanwijzing voor leerwegondersteunend onderwijs. De procedure is voor alle drie "
            "vergelijkbaar opgezet."),
      ("h2", "5.1 Procedure"),
      ("ul", ["De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of "
              "aangemeld, via het digitale aanvraagportaal.",
              "Bij de aanvraag horen het OPP, het onderwijskundig rapport, de zienswijze van de ouders en, vanaf "
              "12 jaar, de zienswijze van de leerling.",
              "Voor het vso brengen twee deskundigen ieder een eigen schriftelijk advies uit: een orthopedagoog "
              "of GZ-psycholoog en, afhankelijk van de leerling, een kinder- en jeugdpsychiater, arts of "
              "maatschappelijk werker. Zij zijn niet bij de aanvraag betrokken geweest.",
              "De Commissie Toewijzing, bestaande uit drie leden benoemd door het bestuur, besluit binnen vijf "
              "weken na ontvangst van een volledige aanvraag. Ouders en school ontvangen het besluit en een "
              "afschrift van de adviezen.",
              "Lwoo- en pro-aanvragen worden in de periode 1 februari tot 1 mei behandeld, zodat de aanwijzing voor "
              "de start van het schooljaar bekend is."]),
      ("h2", "5.2 Duur en categorie"),
      ("p", "Een TLV vso wordt afgegeven voor de duur van het OPP, met een maximum van drie schooljaren, en bevat "
            "de bekostigingscategorie laag, midden of hoog. Een aanwijzing lwoo en een TLV pro gelden voor de "
            "gehele schoolloopbaan in het voortgezet onderwijs."),
      ("h2", "5.3 Criteria"),
      ("p", "De criteria waarop de Commissie Toewijzing haar besluit baseert, zijn opgenomen in bijlage 6 bij dit "
            "plan, die afzonderlijk wordt vastgesteld. Voor het vso worden de criteria in het schooljaar "
            "2026-2027 in samenspraak met de vso-scholen opnieuw geformuleerd; tot dat moment beoordeelt de "
            "commissie iedere aanvraag op haar eigen merites."),
      ("h2", "5.4 Bezwaar"),
      ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het bestuur "
            "van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen en beslist binnen tien weken.")]
B += [("h1", "6 Terug naar het regulier voortgezet onderwijs"),
      ("p", "Wij willen dat jongeren die in het vso, het OPDC of de rebound zitten, terugkeren naar een reguliere "
            "vo-school zodra dat verantwoord kan. Uitgangspunten zijn: de jongere wil het zelf, er is een "
            "ontvangende school die met een arrangement kan bieden wat nodig is, en de overstap vindt bij "
            "voorkeur plaats aan het begin van een schooljaar of na een natuurlijk overgangsmoment."),
      ("p", "De vso-school evalueert het OPP van iedere leerling ieder jaar voor 1 maart en beoordeelt daarbij "
            "expliciet of terugkeer mogelijk is. In het laatste jaar van de TLV meldt de vso-school uiterlijk 1 "
            "maart bij de trajectbegeleider welke leerlingen in aanmerking komen. De trajectbegeleider belegt "
            "een overstapoverleg met leerling, ouders, vso-school en beoogde school. Op basis daarvan besluit de "
            "Commissie Toewijzing voor 1 mei of de leerling overstapt of dat een nieuwe TLV nodig is."),
      ("p", "Na de overstap begeleidt een ambulant begeleider van de vso-school de leerling en de mentor "
            "gedurende een half jaar. Het samenwerkingsverband betaalt deze begeleiding en het "
            "overstaparrangement op de ontvangende school.")]
B += [("h1", "7 Samen met gemeenten"),
      ("p", "Het OOGO met de drie gemeenten is op 5 maart 2026 afgerond. Gezamenlijke thema's zijn de aansluiting "
            "tussen school en jeugdhulp, thuiszitters, de overgang naar het mbo en leerlingenvervoer. Op iedere "
            "vo-school is een jeugdhulpverlener van het lokale team ten minste een dag per week aanwezig. De "
            "gemeente Heibroek financiert daarnaast de zorgcomponent van Op-de-Rails."),
      ("p", "Met het samenwerkingsverband primair onderwijs in de regio hebben we afspraken over de overstap van "
            "groep 8 naar de brugklas, waaronder een warme overdracht voor leerlingen met een OPP.")]
B += [("h1", "8 Communicatie"),
      ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
            "scholen, besturen, gemeenten en ketenpartners via een nieuwsbrief, een jaarlijkse netwerkdag en "
            "het bestuurlijk overleg. De huisstijl is in 2025 vernieuwd."),
      ("h2", "8.1 Voor leerlingen en hun ouders"),
      ("p", "Ouders en leerlingen vinden op de website van het samenwerkingsverband een ouderpagina met uitleg "
            "over de basisondersteuning, de arrangementen, de rebound, het OPDC en de route naar het vso, in "
            "gewone taal en ook in het Engels, Pools en Arabisch. Iedere school neemt in de schoolgids een "
            "verwijzing naar deze pagina op en beschrijft daar welke ondersteuning de school zelf biedt. Twee "
            "keer per jaar, in oktober en maart, organiseren we een informatieavond voor ouders van "
            "leerlingen in groep 8 en de brugklas over extra ondersteuning in het voortgezet onderwijs. "
            "Daarnaast is er een ouderbrochure 'Extra hulp op school, hoe werkt dat?' die de mentor uitreikt "
            "wanneer voor een leerling een OPP wordt opgesteld."),
      ("p", "Ouders die vastlopen of het niet eens zijn met de school of met het samenwerkingsverband, kunnen "
            "terecht bij het Ouder- en Jeugdsteunpunt Kempenrand. Dat steunpunt is ondergebracht bij een "
            "onafhankelijke stichting en is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur "
            "in de bibliotheek van Eikendonk. De medewerkers zijn niet in dienst van een school of van het "
            "samenwerkingsverband. Ouders kunnen zich ook kosteloos wenden tot Onderwijsconsulenten of tot het "
            "landelijk informatiepunt Ouders & Onderwijs. Bij een geschil over toelating, verwijdering of het "
            "OPP kunnen ouders naar de Geschillencommissie Passend Onderwijs. Het steunpunt bundelt signalen "
            "van ouders en jongeren en bespreekt die twee keer per jaar met het bestuur."),
      ("p", "Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad: zes van de twaalf zetels zijn voor "
            "ouders en leerlingen. Bij ieder OPP hebben leerlingen hoorrecht: de school vraagt hun mening en "
            "legt die vast."),
      ("h2", "8.2 Pers en publiek"),
      ("p", "Woordvoering verloopt via de directeur-bestuurder. Over individuele leerlingen doen we geen "
            "uitspraken. Bij calamiteiten volgen we het crisiscommunicatieprotocol van de besturen.")]
B += [("h1", "9 Middelen en verdeling"),
      ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Van de middelen "
            "voor zware ondersteuning wordt het deel voor het vso rechtstreeks door DUO ingehouden. Wat resteert, "
            "wordt volgens het verdeelmodel in dit hoofdstuk over de besturen en de bovenschoolse voorzieningen "
            "verdeeld."),
      ("h2", "9.1 Verdeelmodel"),
      ("table", [["Onderdeel", "Verdeelsleutel", "Peildatum / moment"],
                 ["Middelen lichte ondersteuning (lwoo/pro)", "100% naar de besturen, naar rato van het aantal "
                  "lwoo- en pro-leerlingen", "1 oktober voorafgaand jaar"],
                 ["Schoolbudget extra ondersteuning", "vast bedrag per leerling, gelijk voor alle "
                  "vestigingen, plus een vaste voet per vestiging", "1 oktober voorafgaand jaar"],
                 ["Bovenschoolse voorzieningen (rebound, OPDC)", "financiering van plaatsen naar gebruik in de "
                  "twee voorgaande jaren", "jaarlijks bij de begroting"],
                 ["Overstaparrangementen", "per leerling op aanvraag, toegekend door de trajectbegeleider",
                  "doorlopend"]]),
      ("p", "Het bestuur stelt het verdeelmodel vast na advies van het bestuurlijk overleg en instemming van de "
            "ondersteuningsplanraad. Wijzigingen worden ten minste een jaar vooraf aangekondigd, zodat besturen "
            "ermee kunnen rekenen."),
      ("h2", "9.2 Besteding"),
      ("p", "Besturen besteden de middelen naar eigen inzicht binnen de afspraken van dit plan. De "
            "meerjarenbegroting van het samenwerkingsverband wordt ieder jaar afzonderlijk door het bestuur "
            "vastgesteld en maakt geen deel uit van dit ondersteuningsplan.")]
B += [("h1", "10 Kwaliteit en resultaten"),
      ("p", "Kwaliteitszorg is een gedeelde verantwoordelijkheid van de besturen en het samenwerkingsverband. "
            "Welke resultaten wij in deze planperiode voor leerlingen met een ondersteuningsbehoefte beogen, "
            "en op welke wijze wij die volgen en verantwoorden, werken wij uit in het jaarplan 2026-2027. Dat "
            "jaarplan wordt in de loop van het eerste planjaar door het bestuur vastgesteld en ter informatie "
            "aan de ondersteuningsplanraad gezonden."),
      ("p", "In de tussentijd houden we vast aan de werkwijze van de vorige planperiode.")]
B += [("h1", "11 Organisatie en medezeggenschap")]
B += f_governance(B_SWV, "vereniging", 9)
B += [("h1", "12 Personeel")]
B += f_personeel(B_SWV, "14,2")
B += [("h1", "13 Privacy en ICT")]
B += f_privacy(B_SWV)
B += [("h1", "13a Kennisdeling en professionalisering")]
B += f_kennisdeling(B_SWV)
B += [("h1", "14 Planning")]
B += f_planning_neutral(B_SWV, "2026-2027 tot en met 2029-2030")
B += [("h1", "Afkortingenlijst"),
      ("table", [["Afkorting", "Betekenis"],
                 ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                 ["lwoo", "leerwegondersteunend onderwijs"],
                 ["OJSP", "ouder- en jeugdsteunpunt"],
                 ["OPDC", "orthopedagogisch-didactisch centrum"],
                 ["OPP", "ontwikkelingsperspectiefplan"],
                 ["OPR", "ondersteuningsplanraad"],
                 ["pro", "praktijkonderwijs"],
                 ["TLV", "toelaatbaarheidsverklaring"],
                 ["vso", "voortgezet speciaal onderwijs"]])]

B_LABEL = """documents: [vo-kempenrand.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
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
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch.3: twelve standards valid for all sixteen vestigingen (niveau) listed in a table (inhoud); no audit/check described."
  plaatsing: "Ch.5.1 full procedure (bevoegd gezag, dossier, two deskundigen, Commissie Toewijzing within 5 weeks, lwoo/pro window), 5.2 duration/category, 5.4 bezwaar via LBT; criteria only in absent 'bijlage 6' and vso criteria deferred to 2026-2027."
  terugstroom: "Ch.6: policy/conditions, yearly OPP check before 1 March, overstapoverleg, Commissie decides before 1 May, half year ambulante begeleiding."
  financien: "Ch.9 verdeelmodel table with keys and peildata (verdeling); 9.2 'besturen besteden naar eigen inzicht' and meerjarenbegroting kept out of the plan, so no spending/amounts."
  dekkend-aanbod: "Ch.4 continuum list (schoolarrangement, rebound, OPDC, Op-de-Rails, vso, pro), 4.1 gatenanalyse twice a year and thuiszitter approach with zorgplicht; OOGO ch.7."
  resultaten: "Ch.10 'Kwaliteit en resultaten' only defers goals and monitoring to the jaarplan 2026-2027; the 'Koers' chapter states values, not intended results."
  ouders: "Hidden in ch.8 'Communicatie' 8.1: ouderpagina, schoolgids, information evenings, brochure (informatie); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie (steunpunt); OPR seats and hoorrecht."
"""

PLAN_B = {"file": "vo-kempenrand.docx", "blocks": B, "label": B_LABEL,
          "header": f"{B_SWV} | Ondersteuningsplan 2026-2030",
          "footer": "VO 31-08 | Samen sterk voor elke jongere"}


# ================================================================ PLAN C (PO, pdf)
# Duin en Polder. Basisondersteuning defined but content only in an absent kwaliteitskaart; financien deferred
# to an addendum; resultaten goals with targets but monitoring only as intentions; terugstroom in TLV chapter.
C_SWV = "Samenwerkingsverband Primair Onderwijs Duin en Polder"
C = []
C += [("title", ["Ondersteuningsplan 2026-2030", C_SWV, "PO 27-05", "Ieder kind een plek die past",
                 "Vastgesteld 16 april 2026"])]
C += [("toc", [("1 Voorwoord", 3), ("2 Waar wij voor staan", 4), ("3 Kengetallen", 5),
               ("4 Basisondersteuning", 6), ("5 Een dekkend aanbod", 9), ("6 Toelaatbaarheid en plaatsing", 13),
               ("6.6 Terugplaatsing en overplaatsing", 17), ("7 Ouders en leerlingen", 19),
               ("8 Jeugdhulp en gemeenten", 22), ("9 Resultaten", 24), ("10 Financien", 27),
               ("11 Bestuur en organisatie", 28), ("12 Personeel", 30), ("13 ICT en privacy", 31), ("13a Landelijke ontwikkelingen", 31),
               ("13b Kennisdeling", 32), ("13c Overstap naar het voortgezet onderwijs", 32),
               ("13d Communicatie met scholen", 32), ("14 Planning", 32), ("Bijlage 1 Kwaliteitskaart basisondersteuning", 33),
               ("Bijlage 2 Meerjarenbegroting 2026-2030", 37), ("Begrippenlijst", 39)])]
C += [("h1", "1 Voorwoord")]
C += f_voorwoord(C_SWV, "primair onderwijs", "2026-2030",
                 "Tussen de duinen en de polder liggen 71 scholen. Ze verschillen in grootte, in denominatie en in "
                 "de kinderen die er komen. Wat ze delen, is de overtuiging dat ieder kind een plek verdient die past.")
C += [("h1", "2 Waar wij voor staan"),
      ("p", "Ons samenwerkingsverband is er voor alle kinderen in de gemeenten Zandwijk en Polderveen. We willen "
            "dat ieder kind zich zo goed mogelijk ontwikkelt, liefst op de school in de eigen buurt. Wij kiezen "
            "voor een inclusieve koers: het speciaal onderwijs blijft nodig, maar de beweging gaat naar meer "
            "ondersteuning in de reguliere school."),
      ("p", "Die koers vraagt iets van iedereen. Van scholen dat zij hun deuren openhouden, ook als het "
            "spannend wordt. Van het samenwerkingsverband dat het snel en zonder bureaucratie helpt. Van "
            "gemeenten dat jeugdhulp de school in komt. En van ouders dat zij meedenken als partner. We noemen "
            "dit de driehoek kind, ouder en school, met het samenwerkingsverband als steunpilaar.")]
C += [("h1", "3 Kengetallen"),
      ("table", [["Kengetal (1 februari 2025)", "Aantal"],
                 ["Aangesloten besturen", "11"], ["Vestigingen basisonderwijs", "68"],
                 ["Vestigingen sbo", "2"], ["Scholen voor so in de regio", "1"],
                 ["Leerlingen basisonderwijs", "17.310"], ["Leerlingen sbo", "498"]]),
      ("p", "De regio is gemengd: stedelijk rond Zandwijk, landelijk in Polderveen. In de kustdorpen krimpt het "
            "aantal leerlingen, in de nieuwbouwwijken van Zandwijk groeit het. Dat betekent dat voorzieningen "
            "niet overal even dichtbij zijn en dat vervoer een rol speelt.")]
C += [("h1", "4 Basisondersteuning"),
      ("p", "De besturen in Duin en Polder hebben in het Ambitiekader 2025 afgesproken dat iedere vestiging, "
            "inclusief de sbo-scholen, een gelijk niveau van basisondersteuning biedt. Dat niveau is de "
            "ondergrens voor het hele samenwerkingsverband: geen school mag eronder zakken, ongeacht bestuur "
            "of denominatie. Het niveau is hoger dan de basiskwaliteit die de inspectie vraagt."),
      ("p", "Welke voorzieningen, interventies en deskundigheid daar concreet bij horen, is uitgewerkt in de "
            "Kwaliteitskaart basisondersteuning in bijlage 1. Scholen maken in hun schoolgids zichtbaar hoe zij "
            "de kaart invullen; de actuele versie van de kaart staat op de website van het samenwerkingsverband."),
      ("h2", "4.1 Toezien op het niveau"),
      ("p", "Iedere school doet jaarlijks een zelfevaluatie aan de hand van de kwaliteitskaart. Om de twee jaar "
            "volgt een audit door een team van twee intern begeleiders van andere besturen en een "
            "orthopedagoog van het samenwerkingsverband. Scoort een school op een onderdeel onvoldoende, dan "
            "maakt het bestuur afspraken over verbetering binnen een schooljaar; het samenwerkingsverband biedt "
            "daarbij ondersteuning. Een samenvatting van de audits verschijnt in het jaarverslag."),
      ("h2", "4.2 Van basis naar extra"),
      ("p", "Wanneer een school met de basisondersteuning niet uitkomt, schakelt de intern begeleider de "
            "onderwijsadviseur van het samenwerkingsverband in voor een groeigesprek. Daarin wordt bepaald of "
            "een arrangement nodig is.")]
C += [("h1", "5 Een dekkend aanbod"),
      ("p", "Het samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen binnen "
            "en tussen de scholen. We onderscheiden vijf niveaus."),
      ("table", [["Niveau", "Omschrijving", "Voorbeelden"],
                 ["1", "Basisondersteuning in de groep", "zie hoofdstuk 4"],
                 ["2", "Arrangement op de eigen school", "begeleider passend onderwijs, ambulante begeleiding, "
                  "training executieve functies"],
                 ["3", "Bovenschoolse voorziening", "Klimopklas voor hoogbegaafde kinderen; taalschool De "
                  "Zeewering voor nieuwkomers; groep Duinroos voor jonge kinderen met een ontwikkelingsvraag"],
                 ["4", "Speciaal basisonderwijs", "sbo De Strandloper, sbo De Polderhoeve"],
                 ["5", "Speciaal onderwijs", "so De Vuurtoren (cluster 3 en 4); so buiten de regio"]]),
      ("p", "Onderwijsadviseurs van het samenwerkingsverband begeleiden scholen bij de overgang tussen de "
            "niveaus. Voor kinderen die onderwijs en zorg nodig hebben, bestaan onderwijs-zorgarrangementen in "
            "samenwerking met twee jeugdhulpaanbieders."),
      ("h2", "5.1 Thuiszitters en wachtlijsten"),
      ("p", "Iedere maand is er een Thuiszitterstafel van leerplicht, het samenwerkingsverband en het "
            "gebiedsteam. Elke leerling die langer dan twee weken niet naar school gaat of op een wachtlijst "
            "staat, wordt daar besproken tot er een passende plek is. De onderwijsadviseur houdt een register "
            "bij van wachtlijsten bij de bovenschoolse voorzieningen en het sbo. Wanneer op een voorziening "
            "drie maanden achter elkaar een wachtlijst staat, legt de directeur een voorstel voor uitbreiding "
            "of een alternatief aan het bestuur voor. Zo is in 2025 de groep Duinroos met zes plaatsen "
            "uitgebreid."),
      ("p", "Besturen hebben afgesproken dat een school die een leerling niet kan plaatsen, samen met de "
            "onderwijsadviseur een andere school zoekt en pas loslaat als die school de leerling heeft "
            "ingeschreven.")]
C += [("h1", "6 Toelaatbaarheid en plaatsing"),
      ("h2", "6.1 Wie vraagt aan"),
      ("p", "Een toelaatbaarheidsverklaring voor het sbo of het so wordt aangevraagd door het schoolbestuur van "
            "de school waar het kind is ingeschreven; bij een nieuwe aanmelding door het bestuur van de school "
            "waar het kind is aangemeld. Ouders ondertekenen de aanvraag voor gezien en voegen hun zienswijze toe."),
      ("h2", "6.2 Het traject"),
      ("table", [["Fase", "Wat gebeurt er", "Wie", "Termijn"],
                 ["1 Groeigesprek", "school, ouders en onderwijsadviseur bespreken het groeidocument",
                  "intern begeleider", "-"],
                 ["2 Aanvraag", "aanvraag met groeidocument, OPP en zienswijze ouders", "schoolbestuur", "-"],
                 ["3 Deskundigenadvies", "twee afzonderlijke schriftelijke adviezen", "orthopedagoog of "
                  "psycholoog + tweede deskundige", "binnen 3 weken"],
                 ["4 Besluit", "besluit over toelaatbaarheid, duur en categorie", "Commissie van Toelaatbaarheid "
                  "(namens de directeur)", "binnen 6 weken na complete aanvraag"]]),
      ("p", "De tweede deskundige wordt gekozen op basis van de vraag van het kind: een kinderarts, een "
            "kinder- en jeugdpsychiater, een pedagoog of een maatschappelijk werker. Geen van beide deskundigen "
            "is betrokken geweest bij de begeleiding van het kind of bij het opstellen van de aanvraag."),
      ("h2", "6.3 Criteria"),
      ("p", "De Commissie van Toelaatbaarheid verklaart een kind toelaatbaar tot het sbo wanneer (a) de school "
            "aantoonbaar een jaar lang een arrangement van niveau 2 of 3 heeft ingezet, (b) het kind structureel "
            "onvoldoende profiteert van het onderwijs in een groep van reguliere omvang, en (c) de verwachting is "
            "dat het kind met de kleinere groepen en de specifieke deskundigheid van het sbo wel tot "
            "ontwikkeling komt. Voor het so geldt daarnaast dat het kind een intensieve, integrale "
            "ondersteuning op meerdere gebieden nodig heeft (leren, gedrag, medisch of verstandelijk) die in het "
            "sbo niet geboden kan worden."),
      ("h2", "6.4 Duur en bekostigingscategorie"),
      ("p", "De commissie geeft een TLV sbo af tot het einde van het schooljaar waarin het kind 12 jaar wordt. "
            "Een TLV so geldt een of twee jaar en vermeldt de categorie laag, midden of hoog."),
      ("h2", "6.5 Niet eens met het besluit"),
      ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is "
            "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur "
            "adviseert. Ouders ontvangen altijd een kopie van de deskundigenadviezen."),
      ("h2", "6.6 Terugplaatsing en overplaatsing"),
      ("p", "Ons uitgangspunt is dat het sbo en het so een tijdelijke plek kunnen zijn. Terugkeer naar een "
            "reguliere basisschool, bij voorkeur in de eigen woonkern, is het doel zodra het kind daar met een "
            "arrangement kan functioneren. We willen terugplaatsing niet afhankelijk maken van de inzet van "
            "een enkele leerkracht; de ontvangende school krijgt daarom standaard een overgangsarrangement "
            "van een half jaar, met begeleiding door de sbo- of so-school, en een evaluatie na drie maanden."),
      ("table", [["Moment", "Actie", "Wie"],
                 ["Ieder jaar bij de OPP-evaluatie", "beoordeling of terugkeer mogelijk is, met ouders",
                  "sbo/so-school"],
                 ["Uiterlijk 1 februari in het laatste TLV-jaar", "melding aan het samenwerkingsverband: "
                  "terugkeer, verlenging of overplaatsing", "directeur sbo/so-school"],
                 ["Februari - april", "zoeken van een ontvangende school en overgangsgesprek met ouders",
                  "onderwijsadviseur"],
                 ["Voor 15 mei", "besluit: terugplaatsing met overgangsarrangement of nieuwe TLV",
                  "Commissie van Toelaatbaarheid"],
                 ["Na drie maanden", "evaluatie van de overgang", "ontvangende school en onderwijsadviseur"]]),
      ("p", "Overplaatsing van het sbo naar het so, of tussen so-scholen, verloopt via dezelfde route.")]
C += [("h1", "7 Ouders en leerlingen"),
      ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders op drie "
            "manieren: via de school (de schoolgids beschrijft de basisondersteuning en de arrangementen die "
            "de school kan bieden), via onze website met een apart ouderportaal, en via een folder 'Passend "
            "onderwijs in Duin en Polder' die bij iedere inschrijving wordt meegegeven. Twee keer per jaar is "
            "er een ouderavond over een thema, zoals de overstap naar het voortgezet onderwijs of het sbo."),
      ("p", "Voor onafhankelijke ondersteuning kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Duin en "
            "Polder, dat wordt uitgevoerd door een stichting die los staat van scholen en samenwerkingsverband. "
            "Het steunpunt beantwoordt vragen, helpt bij het voorbereiden van gesprekken en kan een "
            "ouderbegeleider meesturen naar een groeigesprek. Daarnaast verwijzen we naar Onderwijsconsulenten, "
            "die kosteloos bemiddelen, en naar de klachtenregeling van het samenwerkingsverband."),
      ("p", "In de ondersteuningsplanraad hebben ouders de helft van de zetels. Leerlingen worden gehoord bij het "
            "opstellen van hun OPP.")]
C += [("h1", "8 Jeugdhulp en gemeenten"),
      ("p", "Het OOGO met Zandwijk en Polderveen heeft op 24 februari 2026 plaatsgevonden. Afgesproken is dat "
            "elke school een vaste contactpersoon van het gebiedsteam heeft, dat de gemeenten de zorgcomponent "
            "van de onderwijs-zorgarrangementen financieren, en dat de Thuiszitterstafel maandelijks "
            "bijeenkomt. Ook de aansluiting tussen voorschoolse educatie en groep 1 en het leerlingenvervoer "
            "zijn besproken.")]
C += [("h1", "9 Resultaten"),
      ("p", "Voor deze planperiode hebben we vier beoogde resultaten vastgesteld voor kinderen die extra "
            "ondersteuning nodig hebben."),
      ("table", [["Beoogd resultaat", "Streefwaarde 2030"],
                 ["Het deelnamepercentage sbo en so samen daalt", "maximaal 4,0% op 1 oktober 2029"],
                 ["Geen kind langer dan drie maanden thuis zonder onderwijsaanbod", "0 kinderen"],
                 ["Ouders zijn tevreden over de ondersteuning van hun kind", "ten minste 80% tevreden"],
                 ["Terugplaatsingen vanuit sbo", "ten minste 15 per jaar"]]),
      ("p", "Hoe we deze resultaten gaan volgen, is nog in ontwikkeling. We willen toe naar een dashboard dat "
            "besturen en de ondersteuningsplanraad inzicht geeft. Welke bronnen we daarvoor gebruiken, hoe vaak "
            "we meten en in welke vorm we erover rapporteren, gaan we in het eerste planjaar onderzoeken. Te "
            "zijner tijd informeren we de ondersteuningsplanraad over de uitkomst.")]
C += [("h1", "10 Financien"),
      ("p", "Het financieel kader voor de planperiode is nog in bewerking. Het verdeelmodel en de "
            "meerjarenbegroting 2026-2030 worden na vaststelling door het bestuur in december 2026 als "
            "addendum aan dit plan toegevoegd (bijlage 2)."),
      ("p", "Tot dat moment blijven de middelen beschikbaar volgens de bestaande afspraken.")]
C += [("h1", "11 Bestuur en organisatie")]
C += f_governance(C_SWV, "stichting", 11, db_title="directeur")
C += [("h1", "12 Personeel")]
C += f_personeel(C_SWV, "16,0")
C += [("h1", "13 ICT en privacy")]
C += f_privacy(C_SWV)
C += [("h1", "13a Landelijke ontwikkelingen")]
C += f_landelijk(C_SWV)
C += [("h1", "13b Kennisdeling")]
C += f_kennisdeling(C_SWV)
C += [("h1", "13c Overstap naar het voortgezet onderwijs")]
C += f_povo(C_SWV)
C += [("h1", "13d Communicatie met scholen")]
C += f_communicatie_scholen(C_SWV)
C += [("h1", "14 Planning")]
C += f_planning_neutral(C_SWV, "2026-2027 tot en met 2029-2030")
C += [("h1", "Begrippenlijst"),
      ("table", [["Begrip", "Uitleg"],
                 ["Arrangement", "Extra ondersteuning boven de basisondersteuning, op niveau 2 of 3."],
                 ["Basisondersteuning", "Ondersteuning die iedere school biedt, volgens de kwaliteitskaart."],
                 ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar."],
                 ["Monitor", "Overzicht van kengetallen waarmee het samenwerkingsverband resultaten volgt."],
                 ["Verdeelmodel", "Regels voor de verdeling van middelen over de besturen."],
                 ["TLV", "Toelaatbaarheidsverklaring."]])]

C_LABEL = """documents: [po-duin-en-polder.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
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
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch.4 defines one level for every vestiging (Ambitiekader 2025) and 4.1 describes audits (borging), but the concrete voorzieningen are only in 'bijlage 1 Kwaliteitskaart' (not part of the document) and schoolgidsen/website."
  plaatsing: "Ch.6: who applies, phase table with Commissie van Toelaatbaarheid and terms, 6.3 criteria sbo/so, 6.4 duration/category, 6.5 bezwaar via LBT."
  terugstroom: "Inside the TLV chapter, 6.6: policy (tijdelijke plek, overgangsarrangement) and the procedure only in a table (moments, who reports, Commissie decides before 15 May)."
  financien: "Ch.10 'Financien' only defers verdeelmodel and meerjarenbegroting to an addendum (bijlage 2, absent); no amounts or rules anywhere; verdeelmodel only in glossary."
  dekkend-aanbod: "Ch.5 five-level table with named voorzieningen; 5.1 Thuiszitterstafel, wachtlijstregister with 3-month trigger; ch.8 OOGO agreements."
  resultaten: "Ch.9 four beoogde resultaten with streefwaarden (doelen), but how they are monitored/reported is 'nog in ontwikkeling' and to be investigated; 'Monitor' only in glossary."
  ouders: "Ch.7: schoolgids, ouderportaal, folder, ouderavonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling; OPR half parents."
"""

PLAN_C = {"file": "po-duin-en-polder.pdf", "blocks": C, "label": C_LABEL,
          "header": f"Ondersteuningsplan 2026-2030 - {C_SWV}",
          "footer": "PO 27-05 - Ieder kind een plek die past"}


# ================================================================ PLAN D (VO, pdf)
# IJsseldelta-Zuid, a 'plan op hoofdlijnen'. Basisondersteuning and dekkend aanbod are delegated to absent
# companion documents; terugstroom has a procedure without policy; ouders lack the independent-support part.
# Financien and resultaten largely in tables.
D_SWV = "Samenwerkingsverband Voortgezet Onderwijs IJsseldelta-Zuid"
D = []
D += [("title", ["Ondersteuningsplan op hoofdlijnen 2026-2030", D_SWV, "VO 23-09",
                 "In samenhang met het Koersdocument Dekkend Netwerk en het Handboek Basisondersteuning"])]
D += [("toc", [("Voorwoord", 2), ("1 Leeswijzer: een plan op hoofdlijnen", 3), ("2 Missie en visie", 4),
               ("3 Context en kengetallen", 5), ("4 Het ondersteuningsaanbod: basis en dekkend netwerk", 7),
               ("5 Toelaatbaarheid vso, lwoo en pro", 8), ("6 Einde TLV en herbeoordeling", 12),
               ("7 Ouders en leerlingen", 14), ("8 Kwaliteitszorg en resultaten", 16),
               ("9 Financieel beleid", 19), ("10 Overleg met gemeenten", 23), ("11 Governance", 24),
               ("12 Personeel", 26), ("13 Privacy en ICT", 27), ("13a Landelijke ontwikkelingen", 27),
               ("13b Kennisdeling", 28), ("13c Communicatie met scholen", 28), ("13d Huisvesting", 28),
               ("14 Planning", 28),
               ("Bijlage A Koersdocument Dekkend Netwerk (separaat)", 29),
               ("Bijlage B Handboek Basisondersteuning (separaat)", 29), ("Afkortingenlijst", 30)])]
D += [("h1", "Voorwoord")]
D += f_voorwoord(D_SWV, "voortgezet onderwijs", "2026-2030",
                 "Een plan hoeft niet dik te zijn om richting te geven. Met dit ondersteuningsplan op hoofdlijnen "
                 "kiezen we bewust voor een compact document dat de grote lijnen vastlegt.")
D += [("h1", "1 Leeswijzer: een plan op hoofdlijnen"),
      ("p", "Dit ondersteuningsplan beschrijft de kaders. De uitwerking van het ondersteuningsaanbod staat in "
            "twee begeleidende documenten die met het plan een geheel vormen: het Koersdocument Dekkend Netwerk "
            "(bijlage A) en het Handboek Basisondersteuning (bijlage B). Beide documenten worden door het "
            "bestuur vastgesteld en jaarlijks geactualiseerd; zij zijn niet in deze uitgave opgenomen."),
      ("p", "De hoofdstukken 5 en 6 beschrijven de procedures rond toelaatbaarheid en herbeoordeling, "
            "hoofdstuk 8 de resultaten die we beogen en hoe we die volgen, en hoofdstuk 9 het financieel beleid. "
            "Cijfers zijn waar mogelijk in tabellen opgenomen.")]
D += [("h1", "2 Missie en visie"),
      ("p", "Iedere jongere in de IJsseldelta-Zuid verdient een onderwijsloopbaan zonder onderbrekingen. Wij "
            "zijn ervan overtuigd dat jongeren het meest leren in een omgeving die hen uitdaagt en waar zij "
            "zich veilig voelen. De scholen zijn daarvoor aan zet; het samenwerkingsverband schept de "
            "voorwaarden."),
      ("p", "Onze missie is kort: elke jongere een diploma of een duurzame plek op de arbeidsmarkt. Onze visie "
            "rust op drie pijlers: vertrouwen in de professional, heldere afspraken tussen besturen, en "
            "transparantie over wat we doen en wat het kost."),
      ("p", "Het samenwerkingsverband wil een lerende organisatie zijn. We evalueren, passen aan en leggen "
            "verantwoording af. Dat doen we in gesprek met scholen, jongeren, ouders en gemeenten.")]
D += [("h1", "3 Context en kengetallen"),
      ("p", "Het samenwerkingsverband omvat de gemeenten Wezeveld, Oosterholt en Brinkmate. Zeven besturen "
            "met elf vestigingen voor regulier voortgezet onderwijs en twee besturen voor voortgezet speciaal "
            "onderwijs zijn aangesloten."),
      ("table", [["Kengetal (1 oktober 2025)", "Aantal"],
                 ["Leerlingen regulier vo", "8.640"], ["waarvan lwoo", "612"], ["Leerlingen pro", "318"],
                 ["Leerlingen vso (woonachtig in regio)", "297"], ["Vestigingen regulier vo", "11"],
                 ["Vso-scholen", "2"]]),
      ("p", "De regio kent een sterke agrarische en logistieke sector. Veel leerlingen uit het vmbo vinden hun weg "
            "naar het mbo in de regio. Het aantal leerlingen daalt de komende jaren met ongeveer 8%, vooral in "
            "Brinkmate. Dat heeft gevolgen voor de omvang van de middelen en voor het onderwijsaanbod in de kleine "
            "kernen.")]
D += [("h1", "4 Het ondersteuningsaanbod: basis en dekkend netwerk"),
      ("p", "De basisondersteuning die iedere school biedt, is beschreven in het Handboek Basisondersteuning "
            "(bijlage B). Het geheel van voorzieningen boven de basis, de routes daartussen en de aanpak van "
            "knelpunten in het aanbod staan in het Koersdocument Dekkend Netwerk (bijlage A). In 2026 "
            "actualiseren we beide documenten; de actuele versie staat op onze website."),
      ("p", "Een nadere uitwerking volgt in het jaarplan.")]
D += [("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
      ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en "
            "het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Het bestuur heeft "
            "deze bevoegdheid gemandateerd aan de Commissie Toelaatbaarheid en Toewijzing (CTT)."),
      ("h2", "5.1 Procedure"),
      ("table", [["Stap", "Inhoud", "Verantwoordelijk", "Termijn"],
                 ["1", "Aanmelding van het dossier (OPP, onderwijskundig rapport, zienswijze ouders en "
                  "leerling) in het digitale portaal", "bevoegd gezag van de school van inschrijving of "
                  "aanmelding", "-"],
                 ["2", "Controle op volledigheid", "secretaris CTT", "5 werkdagen"],
                 ["3", "Deskundigenadvies vso: twee afzonderlijke adviezen (orthopedagoog/psycholoog + "
                  "jeugdarts, psychiater of maatschappelijk werker)", "deskundigen uit de pool van het "
                  "samenwerkingsverband", "3 weken"],
                 ["4", "Besluit over toelaatbaarheid, duur en bekostigingscategorie", "CTT", "binnen 6 weken na "
                  "volledig dossier"],
                 ["5", "Verzending besluit en adviezen aan ouders en school", "secretaris CTT", "2 werkdagen"]]),
      ("p", "Voor lwoo en pro dienen scholen de aanvragen in tussen 1 februari en 15 april; de CTT besluit "
            "uiterlijk 1 juni, zodat leerlingen bij de start van het schooljaar weten waar zij aan toe zijn."),
      ("h2", "5.2 Criteria"),
      ("table", [["Voorziening", "Criteria"],
                 ["vso", "De leerling heeft een ondersteuningsbehoefte op twee of meer domeinen (leren, gedrag, "
                  "sociaal-emotioneel, medisch) die ondanks een uitgevoerd OPP van ten minste een half jaar "
                  "op de reguliere school niet kan worden beantwoord, en een onderwijs-zorgcombinatie of "
                  "kleine groep met specifieke deskundigheid is noodzakelijk."],
                 ["lwoo", "Landelijke criteria: IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op "
                  "ten minste twee van de domeinen begrijpend lezen, rekenen, technisch lezen en spelling; of "
                  "IQ 91-120 met leerachterstand en sociaal-emotionele problematiek."],
                 ["pro", "Landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van ten minste 3 jaar "
                  "op ten minste twee domeinen, waarvan een begrijpend lezen of rekenen."]]),
      ("h2", "5.3 Duur en categorie"),
      ("p", "Een TLV vso geldt twee schooljaren, tenzij het deskundigenadvies een andere duur onderbouwt; de "
            "maximale duur is vier jaar. De CTT bepaalt de bekostigingscategorie laag, midden of hoog op basis "
            "van de ondersteuningsbehoefte. Lwoo en pro gelden voor de hele schoolloopbaan.")]
D += [("h1", "6 Einde TLV en herbeoordeling"),
      ("p", "In het laatste jaar van een TLV vso gaat het volgende proces in werking. De vso-school evalueert "
            "voor 1 december het OPP met de leerling en de ouders en stelt vast of een nieuwe TLV nodig is of dat "
            "de leerling kan overstappen naar het regulier voortgezet onderwijs. Uiterlijk 1 februari meldt de "
            "vso-school de uitkomst bij de CTT. Bij een voorgenomen overstap wijst de CTT een ontvangende school "
            "aan in overleg met de besturen; bij verlenging volgt de procedure van hoofdstuk 5. De CTT neemt "
            "uiterlijk 1 april een besluit, zodat de overstap per 1 augustus kan plaatsvinden."),
      ("p", "Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden terugkeer in beeld komt en "
            "welke begeleiding leerlingen na de overstap krijgen, herijken wij in 2027 samen met de vso-scholen. "
            "Het beleidskader terugplaatsing wordt daarna aan het plan toegevoegd.")]
D += [("h1", "7 Ouders en leerlingen"),
      ("p", "Ouders en leerlingen moeten weten waar ze aan toe zijn. Het samenwerkingsverband informeert hen "
            "over de ondersteuningsmogelijkheden via een eigen website met een rubriek 'voor ouders', een "
            "brochure in vier talen, en voorlichtingsavonden die in november op iedere vo-school worden "
            "gehouden voor ouders van nieuwe brugklassers. In de schoolgids van iedere school staat een "
            "paragraaf over de ondersteuning die de school biedt en over de procedures van het "
            "samenwerkingsverband. De mentor is voor ouders het eerste aanspreekpunt."),
      ("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten wij in met ingang van het schooljaar 2027-2028. "
            "De vorm wordt nog bepaald in overleg met de ondersteuningsplanraad. Informatie over partijen die "
            "ouders nu al kunnen bijstaan, staat op onze website."),
      ("p", "Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad, die bestaat uit zes "
            "personeelsleden en zes ouders of leerlingen. Leerlingen hebben hoorrecht bij het opstellen van hun "
            "OPP.")]
D += [("h1", "8 Kwaliteitszorg en resultaten"),
      ("p", "We werken met een vaste kwaliteitscyclus. De doelen hieronder gelden voor leerlingen die extra "
            "ondersteuning, een lwoo-aanwijzing, een pro-toelaatbaarheid of een TLV vso hebben."),
      ("table", [["Beoogd resultaat", "Indicator", "2024-2025 (bereikt)", "Streefwaarde 2029-2030"],
                 ["Snelle besluiten", "Gemiddelde doorlooptijd TLV vso in weken", "7,4", "5"],
                 ["Diploma of startkwalificatie", "Percentage lwoo-leerlingen met diploma binnen de "
                  "nominale duur", "81%", "88%"],
                 ["Duurzame uitstroom pro", "Percentage pro-leerlingen na een jaar nog aan het werk of in "
                  "opleiding", "74%", "85%"],
                 ["Passende duur vso", "Aandeel TLV's vso dat zonder verlenging eindigt", "22%", "35%"],
                 ["Tevreden ouders", "Rapportcijfer ouders over de procedure", "6,9", "7,5"]]),
      ("p", "Twee keer per jaar, in januari en juli, stelt de beleidsmedewerker kwaliteit een monitor op met "
            "deze indicatoren, op basis van de registratie van de CTT, DUO-gegevens en een korte vragenlijst "
            "die ouders na ieder besluit ontvangen. De monitor wordt besproken in het bestuurlijk overleg en met "
            "de ondersteuningsplanraad. In het jaarverslag rapporteren we de bereikte resultaten per indicator "
            "en de kosten die daaraan verbonden zijn. Wijkt een indicator twee metingen achter elkaar meer dan "
            "10% af van de koers naar de streefwaarde, dan stelt de directeur een verbeterplan op."),
      ("p", "Terugblik vorige planperiode: de doorlooptijd van TLV-besluiten daalde van 9,1 naar 7,4 weken; het "
            "percentage lwoo-leerlingen met een diploma steeg van 77% naar 81%. De doelstelling voor "
            "tevredenheid van ouders (7,0) werd niet gehaald.")]
D += [("h1", "9 Financieel beleid"),
      ("p", "Het financieel beleid is gericht op een evenwichtige begroting, een transparante verdeling en een "
            "verantwoorde omvang van de reserves. De tabellen hieronder vormen het financieel kader van dit plan."),
      ("h2", "9.1 Verdeling"),
      ("table", [["Middelen", "Verdeling", "Bedrag 2026", "Besluit"],
                 ["Lichte ondersteuning (lwoo/pro)", "100% naar besturen naar rato van lwoo- en pro-leerlingen "
                  "op 1 oktober t-1", "4.210.000", "bestuur, jaarlijks in december"],
                 ["Schoolbudget ondersteuning", "210 euro per leerling regulier vo op 1 oktober t-1 + vaste "
                  "voet 15.000 euro per vestiging", "1.979.000", "bestuur, jaarlijks in december"],
                 ["Afdrachten vso", "wettelijke inhouding door DUO op basis van teldatum", "3.530.000",
                  "DUO"],
                 ["Groeibekostiging vso", "peildatum 1 februari; vergoeding per extra leerling", "160.000",
                  "bestuur"]]),
      ("h2", "9.2 Meerjarenbegroting (x 1.000 euro)"),
      ("table", [["Post", "2026", "2027", "2028", "2029"],
                 ["Baten rijksbijdrage", "10.420", "10.210", "9.990", "9.780"],
                 ["Afdrachten vso en groei", "3.690", "3.640", "3.590", "3.540"],
                 ["Lichte ondersteuning naar besturen", "4.210", "4.120", "4.020", "3.930"],
                 ["Schoolbudgetten besturen", "1.979", "1.940", "1.900", "1.860"],
                 ["CTT, deskundigen en loket", "420", "425", "430", "435"],
                 ["Bureau en bestuur", "510", "515", "520", "525"],
                 ["Innovatiefonds scholen", "150", "150", "100", "100"],
                 ["Resultaat", "-539", "-580", "-570", "-610"]]),
      ("h2", "9.3 Reserves en verantwoording"),
      ("p", "De algemene reserve bedroeg op 31 december 2025 3,1 miljoen euro, ruim boven de signaleringswaarde. "
            "Met de negatieve resultaten in de begroting bouwen we de reserve in vier jaar af tot ongeveer 0,8 "
            "miljoen euro. Besturen verantwoorden de besteding van het schoolbudget jaarlijks voor 1 mei met "
            "een korte rapportage per vestiging (inzet in fte en activiteiten); de controller toetst deze "
            "rapportages steekproefsgewijs.")]
D += [("h1", "10 Overleg met gemeenten"),
      ("p", "Het concept van dit plan is op 3 maart 2026 besproken in het op overeenstemming gericht overleg "
            "met de colleges van burgemeester en wethouders van Wezeveld, Oosterholt en Brinkmate. Het verslag "
            "van dat overleg is vastgesteld op 17 maart 2026. Met het samenwerkingsverband primair onderwijs "
            "in de regio is overleg gevoerd op 10 maart 2026.")]
D += [("h1", "11 Governance")]
D += f_governance(D_SWV, "stichting", 9)
D += [("h1", "12 Personeel")]
D += f_personeel(D_SWV, "9,8")
D += [("h1", "13 Privacy en ICT")]
D += f_privacy(D_SWV)
D += [("h1", "13a Landelijke ontwikkelingen")]
D += f_landelijk(D_SWV)
D += [("h1", "13b Kennisdeling")]
D += f_kennisdeling(D_SWV)
D += [("h1", "13c Communicatie met scholen")]
D += f_communicatie_scholen(D_SWV)
D += [("h1", "13d Huisvesting")]
D += f_huisvesting(D_SWV)
D += [("h1", "14 Planning")]
D += f_planning_neutral(D_SWV, "2026-2027 tot en met 2029-2030")
D += [("h1", "Afkortingenlijst"),
      ("table", [["Afkorting", "Betekenis"],
                 ["CTT", "Commissie Toelaatbaarheid en Toewijzing"],
                 ["OJSP", "ouder- en jeugdsteunpunt"], ["OPDC", "orthopedagogisch-didactisch centrum"],
                 ["OPP", "ontwikkelingsperspectiefplan"], ["OPR", "ondersteuningsplanraad"],
                 ["SOP", "schoolondersteuningsprofiel, waarin de basisondersteuning per school staat"],
                 ["TLV", "toelaatbaarheidsverklaring"]])]

D_LABEL = """documents: [vo-ijsseldelta-zuid.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch.4 only refers to the 'Handboek Basisondersteuning (bijlage B)', not included, and to the website; SOP/basisondersteuning appear only in title page, TOC and afkortingenlijst."
  plaatsing: "Ch.5: procedure table (bevoegd gezag, CTT, two deskundigen, terms), lwoo/pro window, criteria table vso/lwoo/pro, 5.3 duration and category; no bezwaar route."
  terugstroom: "Ch.6 'Einde TLV en herbeoordeling' gives the procedure (evaluation before 1 Dec, report by 1 Feb, CTT decides by 1 April) but aims, conditions and support after return are deferred to 2027. Results table 'TLV zonder verlenging' = monitoring."
  financien: "Ch.9 mostly tables: verdeling with keys, amounts and deciding body; meerjarenbegroting 2026-2029; reserves and school verantwoording in 9.3."
  dekkend-aanbod: "Ch.4 delegates the continuum and knelpunten to the absent 'Koersdocument Dekkend Netwerk (bijlage A)' and 'volgt in het jaarplan'; OOGO in ch.10 is procedural only (dates), no cooperation content; OPDC only in afkortingenlijst."
  resultaten: "Ch.8 table with indicators, achieved 2024-2025 and streefwaarden; half-yearly monitor, jaarverslag reporting, verbeterplan trigger; terugblik."
  ouders: "Ch.7: website, brochure, voorlichtingsavonden, schoolgids (informatie); the independent ouder- en jeugdsteunpunt is only planned for 2027-2028 and other help is a website reference; OPR composition and hoorrecht (betrokkenheid)."
"""

PLAN_D = {"file": "vo-ijsseldelta-zuid.pdf", "blocks": D, "label": D_LABEL,
          "header": f"{D_SWV} - Ondersteuningsplan op hoofdlijnen",
          "footer": "VO 23-09 - planperiode 2026-2030"}


# ================================================================ PLAN E (PO, html)
# Maasheuvels. Strong on basis (table), financien, resultaten, ouders; continuum present but gap-handling only
# announced; toelaatbaarheid and terugplaatsing delegated entirely to an absent reglement.
E_SWV = "Stichting Passend Onderwijs Maasheuvels"
E = []
E += [("title", ["Ondersteuningsplan 2026-2030", E_SWV + " (PO 31-04)",
                 "Webversie - de pdf-versie en de bijlagen zijn te downloaden via de pagina Documenten"])]
E += [("toc", [("Voorwoord", 1), ("1 Samenvatting", 1), ("1a Terugblik op de planperiode 2022-2026", 1), ("2 Visie", 1), ("3 Context", 1),
               ("4 Het Maasheuvels-minimum (basisondersteuning)", 1),
               ("5 Arrangeren en het ondersteuningscontinuum", 1), ("6 Toelaatbaarheid en terugplaatsing", 1),
               ("7 Ouders", 1), ("8 Gemeenten en jeugdhulp", 1), ("9 Resultaten en kwaliteit", 1),
               ("10 Financien", 1), ("11 Organisatie", 1), ("11a Medezeggenschap", 1), ("12 Personeel", 1),
               ("13 Privacy", 1), ("13a Landelijke ontwikkelingen", 1), ("13b Kennisdeling", 1),
               ("13c Overstap naar het voortgezet onderwijs", 1), ("13d Communicatie met scholen", 1),
               ("13e Huisvesting en duurzaamheid", 1), ("14 Planning", 1), ("Begrippenlijst", 1)])]
E += [("h1", "Voorwoord")]
E += f_voorwoord(E_SWV, "primair onderwijs", "2026-2030",
                 "Langs de Maas en in de heuvels liggen scholen die elkaar de afgelopen jaren steeds beter hebben "
                 "leren kennen. Die samenwerking is het fundament onder dit plan.")
E += [("h1", "1 Samenvatting"),
      ("p", "In de komende vier jaar bouwen we voort op wat goed gaat. Iedere school biedt het Maasheuvels-minimum, "
            "een vastgesteld pakket basisondersteuning. Daarboven arrangeren we extra ondersteuning zo dicht "
            "mogelijk bij het kind. We maken de verdeling van het geld eenvoudiger en leggen meetbare doelen "
            "vast. Ouders krijgen een sterkere positie, onder meer via een onafhankelijk steunpunt.")]
E += [("h1", "1a Terugblik op de planperiode 2022-2026"),
      ("p", "In de vorige planperiode hebben we drie grote stappen gezet. Ten eerste is het Maasheuvels-minimum "
            "ingevoerd: in 2022 voldeden 21 van de 47 locaties volledig, in 2025 waren dat er 36. Ten tweede is "
            "het arrangeerteam gestart, waardoor scholen niet langer per bestuur een eigen route volgden. Ten "
            "derde is het aantal kinderen in het sbo gedaald van 2,9% naar 2,4% van alle leerlingen."),
      ("p", "Niet alles lukte. De wachttijd voor een arrangement liep in 2023 op door personeelstekort, en de "
            "samenwerking met de jeugdhulp kwam in Berkenrade maar moeizaam op gang. De leerpunten uit de "
            "evaluatie, die met scholen en de ondersteuningsplanraad is besproken, zijn verwerkt in dit plan.")]
E += [("h1", "2 Visie"),
      ("p", "Ieder kind hoort erbij. Dat is de kern van onze visie. Kinderen leren van en met elkaar, ook als ze "
            "verschillen. Leraren hebben daarvoor vakmanschap, tijd en steun nodig. Het samenwerkingsverband "
            "wil die steun bieden, zonder de verantwoordelijkheid van scholen over te nemen."),
      ("p", "We werken vanuit de bedoeling en niet vanuit het systeem. Regels zijn er om kinderen te helpen, en "
            "waar een regel een kind in de weg zit, kijken we of het anders kan. Tegelijk zijn we zuinig op "
            "publiek geld en leggen we verantwoording af over wat we doen.")]
E += [("h1", "3 Context"),
      ("p", "Het samenwerkingsverband werkt in de gemeenten Heuvelrode, Maasveld en Berkenrade. Acht besturen "
            "met 44 basisscholen, een school voor speciaal basisonderwijs en twee locaties voor speciaal "
            "onderwijs zijn aangesloten. Op 1 februari 2025 gingen 10.870 kinderen naar een van deze scholen."),
      ("p", "De regio vergrijst en het aantal kinderen daalt. Kleine dorpsscholen werken steeds vaker samen of "
            "fuseren. In Maasveld wonen relatief veel gezinnen met een laag inkomen; daar is ook de vraag naar "
            "jeugdhulp het grootst.")]
E += [("h1", "4 Het Maasheuvels-minimum (basisondersteuning)"),
      ("p", "Het Maasheuvels-minimum is de afspraak tussen de acht besturen over wat iedere school en iedere "
            "vestiging, ook de kleinste, zelf aan ondersteuning biedt. Het is voor alle 47 locaties gelijk, "
            "inclusief sbo en so, en het is vastgelegd in een convenant dat het bestuur van het "
            "samenwerkingsverband op 9 december 2025 heeft bekrachtigd."),
      ("table", [["Domein", "Het minimum op iedere school"],
                 ["Organisatie", "Intern begeleider (minimaal 1 dag per week per 100 leerlingen), "
                  "ondersteuningsteam met orthopedagoog 3x per jaar, leerlingvolgsysteem."],
                 ["Leren", "Dyslexie- en dyscalculieprotocol; RT-aanbod in kleine groepjes; "
                  "compenserende software."],
                 ["Gedrag", "Schoolbrede gedragsaanpak; inzet gedragsspecialist van het bestuur binnen 2 weken."],
                 ["Ontwikkeling", "Aanbod voor meer- en hoogbegaafde kinderen; NT2-programma; jonge-kind-"
                  "specialist in groep 1-2."],
                 ["Fysiek en medisch", "Protocol medisch handelen; toegankelijk gebouw of afspraken over "
                  "een toegankelijke locatie."],
                 ["Planmatig werken", "Handelingsgericht werken met groepsplannen of -overzichten; OPP "
                  "wanneer een kind een eigen leerlijn volgt."]]),
      ("h2", "4.1 Borging"),
      ("p", "Iedere school legt in de schoolgids vast hoe zij het minimum invult. Het bureau leest alle "
            "schoolgidsen jaarlijks na. Daarnaast bezoekt een onafhankelijk auditteam elke school eens in de "
            "vier jaar. Voldoet een school niet, dan spreekt de directeur van het samenwerkingsverband het "
            "bestuur aan en volgt binnen zes maanden een herbezoek.")]
E += [("h1", "5 Arrangeren en het ondersteuningscontinuum"),
      ("p", "Boven het minimum staat een continuum van ondersteuning. We gebruiken vijf niveaus, die in elkaar "
            "overlopen."),
      ("ul", ["Niveau 1 en 2: ondersteuning in de groep en op de school, binnen het Maasheuvels-minimum.",
              "Niveau 3: arrangement op de eigen school, bijvoorbeeld inzet van een ambulant begeleider, "
              "een onderwijsassistent of een specialist, toegekend door het arrangeerteam van het "
              "samenwerkingsverband.",
              "Niveau 4: bovenschoolse voorzieningen: de Bovenschoolse Plusklas (hoogbegaafdheid), de "
              "Taalklas Maasveld (nieuwkomers) en de Observatiegroep De Linde.",
              "Niveau 5: speciaal basisonderwijs (sbo De Meander) en speciaal onderwijs (so De Heuvelrand, "
              "cluster 3 en 4)."]),
      ("p", "Het arrangeerteam bestaat uit twee orthopedagogen en een onderwijsspecialist. Scholen melden een "
            "vraag aan na een bespreking in het ondersteuningsteam; het arrangeerteam reageert binnen tien "
            "werkdagen met een voorstel. Onderwijs-zorgarrangementen worden samen met de gemeenten "
            "vormgegeven (hoofdstuk 8)."),
      ("h2", "5.1 Knelpunten in het aanbod"),
      ("p", "We weten dat het aanbod niet voor ieder kind sluitend is. Waar het aanbod tekortschiet en hoe we "
            "dat oplossen, brengen we vanaf 2027 systematisch in kaart; de methode daarvoor werken we in het "
            "komende planjaar uit. Een gezamenlijke aanpak voor kinderen die thuiszitten wordt met de gemeenten "
            "ontwikkeld en volgt in een aanvulling op dit plan.")]
E += [("h1", "6 Toelaatbaarheid en terugplaatsing"),
      ("p", "De procedure en de criteria voor toelaatbaarheid tot het sbo en het so, en de afspraken over "
            "terugplaatsing en overplaatsing na afloop van een toelaatbaarheidsverklaring, zijn vastgelegd in "
            "het Reglement toelaatbaarheid en terugplaatsing (bijlage 2). Het reglement is te downloaden via "
            "de pagina Documenten.")]
E += [("h1", "7 Ouders"),
      ("p", "Ouders moeten weten welke ondersteuning er is en hoe ze die kunnen krijgen. De informatie staat op "
            "drie plekken: in de schoolgids van de school (het Maasheuvels-minimum en wat de school daarbovenop "
            "biedt), op de ouderpagina van onze website, en in de ouderwijzer, een boekje dat ouders krijgen "
            "wanneer voor hun kind een arrangement wordt aangevraagd. Voor ouders die de Nederlandse taal niet "
            "goed beheersen, zetten we tolken in bij gesprekken."),
      ("p", "Het Ouder- en Jeugdsteunpunt Maasheuvels is sinds 1 januari 2026 actief. Het is ondergebracht bij "
            "een onafhankelijke welzijnsorganisatie en helpt ouders en kinderen met vragen, bij onenigheid met "
            "school of samenwerkingsverband, en bij het vinden van een school. Ouders kunnen er zonder kosten "
            "en zonder verwijzing terecht, telefonisch, per e-mail of op het spreekuur in Maasveld. Daarnaast "
            "wijzen we ouders op Onderwijsconsulenten en op de klachtenregeling van het samenwerkingsverband."),
      ("p", "Ouders zijn partner bij het opstellen en evalueren van het OPP. In de ondersteuningsplanraad zijn "
            "vier van de acht leden ouder.")]
E += [("h1", "8 Gemeenten en jeugdhulp"),
      ("p", "Het OOGO met de gemeenten Heuvelrode, Maasveld en Berkenrade is op 19 februari 2026 gevoerd. We "
            "hebben afgesproken dat iedere school een vaste jeugdconsulent krijgt, dat de gemeenten bijdragen "
            "aan de Observatiegroep De Linde en dat zorg in onderwijstijd via een gezamenlijk aanvraagformulier "
            "wordt geregeld. Ook leerlingenvervoer en huisvesting van de Taalklas zijn besproken.")]
E += [("h1", "9 Resultaten en kwaliteit"),
      ("p", "We leggen voor deze planperiode vijf doelen vast voor kinderen met een ondersteuningsbehoefte."),
      ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2029"],
                 ["Deelnamepercentage sbo", "2,4%", "2,0%"],
                 ["Deelnamepercentage so", "1,7%", "1,5%"],
                 ["Scholen die volledig aan het Maasheuvels-minimum voldoen", "36 van 47", "47 van 47"],
                 ["Arrangementsvoorstel binnen 10 werkdagen", "71%", "95%"],
                 ["Ouders tevreden over het arrangement (enquete)", "74%", "85%"]]),
      ("p", "Het bureau verzamelt de gegevens ieder halfjaar en legt ze vast in de Maasheuvels-monitor. Het "
            "bestuur bespreekt de monitor in februari en september; de ondersteuningsplanraad ontvangt hem "
            "ter bespreking. In het jaarverslag rapporteren we per doel wat bereikt is en welke middelen we "
            "ervoor hebben ingezet. In 2028 volgt een tussentijdse evaluatie met scholen en ouders.")]
E += [("h1", "10 Financien"),
      ("p", "Ons uitgangspunt is: het geld volgt het kind, en zoveel mogelijk geld gaat naar de scholen. Het "
            "bestuur stelt het verdeelmodel jaarlijks vast in november, na instemming van de "
            "ondersteuningsplanraad voor wijzigingen."),
      ("ul", ["Basisbudget: 140 euro per leerling naar de besturen, op basis van het leerlingaantal op 1 februari "
              "van het voorgaande jaar.",
              "Arrangementen niveau 3: toegekend door het arrangeerteam; normbedrag 2.800 euro per "
              "arrangement per halfjaar.",
              "Voorzieningen niveau 4: vaste financiering per plaats (Plusklas 4.000 euro, Taalklas 7.500 euro, "
              "Observatiegroep 12.000 euro per jaar).",
              "Afdrachten sbo en so: volgens de wettelijke regels, peildatum 1 februari."]),
      ("table", [["Meerjarenbegroting (euro)", "2026", "2027", "2028", "2029"],
                 ["Baten", "7.860.000", "7.720.000", "7.590.000", "7.470.000"],
                 ["Afdrachten sbo/so", "3.480.000", "3.400.000", "3.330.000", "3.260.000"],
                 ["Basisbudget besturen", "1.522.000", "1.490.000", "1.460.000", "1.430.000"],
                 ["Arrangementen niveau 3", "1.344.000", "1.344.000", "1.300.000", "1.300.000"],
                 ["Voorzieningen niveau 4", "852.000", "852.000", "852.000", "852.000"],
                 ["Ouder- en Jeugdsteunpunt", "85.000", "85.000", "85.000", "85.000"],
                 ["Bureau en bestuur", "590.000", "595.000", "600.000", "605.000"],
                 ["Saldo", "-13.000", "-146.000", "-37.000", "-62.000"]]),
      ("p", "Besturen verantwoorden de besteding van het basisbudget in hun jaarverslag en in een korte "
            "rapportage aan het samenwerkingsverband, waarin zij aangeven hoeveel leerlingen welke ondersteuning "
            "kregen.")]
E += [("h1", "11 Organisatie")]
E += f_governance(E_SWV, "stichting", 8, db_title="directeur-bestuurder")
E += [("h1", "11a Medezeggenschap"),
      ("p", "De ondersteuningsplanraad telt acht leden: vier personeelsleden en vier ouders, afgevaardigd door "
            "de medezeggenschapsraden van de scholen. De raad vergadert vijf keer per jaar en heeft instemmingsrecht "
            "op het ondersteuningsplan en op wijzigingen daarvan. Met dit plan is op 2 april 2026 ingestemd. "
            "De raad wordt ondersteund door een ambtelijk secretaris en heeft een eigen scholingsbudget. Twee "
            "keer per jaar voert de raad overleg met de directeur-bestuurder, en eenmaal per jaar met de raad "
            "van toezicht.")]
E += [("h1", "12 Personeel")]
E += f_personeel(E_SWV, "11,4")
E += [("h1", "13 Privacy")]
E += f_privacy(E_SWV)
E += [("h1", "13a Landelijke ontwikkelingen")]
E += f_landelijk(E_SWV)
E += [("h1", "13b Kennisdeling")]
E += f_kennisdeling(E_SWV)
E += [("h1", "13c Overstap naar het voortgezet onderwijs")]
E += f_povo(E_SWV)
E += [("h1", "13d Communicatie met scholen")]
E += f_communicatie_scholen(E_SWV)
E += [("h1", "13e Huisvesting en duurzaamheid")]
E += f_huisvesting(E_SWV)
E += [("h1", "14 Planning")]
E += f_planning_neutral(E_SWV, "2026-2027 tot en met 2029-2030")
E += [("h1", "Begrippenlijst"),
      ("table", [["Begrip", "Betekenis"],
                 ["Commissie van Toelaatbaarheid", "Commissie die namens het bestuur beslist over TLV's."],
                 ["Deskundigenadvies", "Advies van twee deskundigen, nodig voor iedere TLV."],
                 ["Terugplaatsing", "Terugkeer van een kind uit sbo of so naar een basisschool."],
                 ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so."],
                 ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
                 ["Dekkend aanbod", "Situatie waarin voor ieder kind een passende plek beschikbaar is."]])]

E_LABEL = """documents: [po-maasheuvels.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: []
  terugstroom: []
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch.4 'Het Maasheuvels-minimum': equal for all 47 locations (convenant) with domain table; 4.1 schoolgids check and audits = borging."
  plaatsing: "Ch.6 only refers to the 'Reglement toelaatbaarheid en terugplaatsing (bijlage 2)' on a download page; Commissie van Toelaatbaarheid and deskundigenadvies only in the begrippenlijst. Should be reported as a reference to an absent annex."
  terugstroom: "Same single reference in ch.6 to the absent reglement; 'Terugplaatsing' only in TOC heading and begrippenlijst."
  financien: "Ch.10: verdeelmodel with amounts per leerling/arrangement/plaats, who decides; meerjarenbegroting table 2026-2029; boards' verantwoording."
  dekkend-aanbod: "Ch.5 five-level continuum with arrangeerteam and named voorzieningen; 5.1 gap analysis only from 2027 ('werken we uit') and thuiszitters approach 'volgt in een aanvulling'; OOGO agreements ch.8."
  resultaten: "Ch.9 five goals with nulmeting and streefwaarde; half-yearly Maasheuvels-monitor, bestuur/OPR bespreking, jaarverslag reporting, evaluation 2028."
  ouders: "Ch.7: schoolgids, ouderpagina, ouderwijzer, tolken (informatie); independent Ouder- en Jeugdsteunpunt since 1 Jan 2026, Onderwijsconsulenten, klachtenregeling (steunpunt); OPP partner and OPR seats."
"""

PLAN_E = {"file": "po-maasheuvels.html", "blocks": E, "label": E_LABEL,
          "header": f"{E_SWV} - Ondersteuningsplan 2026-2030",
          "footer": "PO 31-04 - Stichting Passend Onderwijs Maasheuvels - contact via het bureau"}


# ================================================================ NEAR-MISS (school-level plan, docx)
N = []
N += [("title", ["Ondersteuningsplan 2025-2026", "Integraal Kindcentrum De Zandloper",
                 "Onderdeel van Stichting Primair Onderwijs Dijkmeer",
                 "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Hollandse Dijkzone (PO 29-17)"])]
N += [("toc", [("1 Inleiding", 2), ("2 Onze school en leerlingen", 2), ("3 De ondersteuningsstructuur: zorgniveaus 1 t/m 5", 3),
               ("4 Basisondersteuning op De Zandloper", 4), ("5 Extra ondersteuning en arrangementen", 5),
               ("6 Verwijzing naar sbo of so en terugplaatsing", 6), ("7 Ouders", 6),
               ("8 Middelen van het samenwerkingsverband", 7), ("9 Opbrengsten en resultaten", 7),
               ("10 Jaarplanning zorg", 8)])]
N += [("h1", "1 Inleiding"),
      ("p", "Dit ondersteuningsplan beschrijft hoe wij op IKC De Zandloper de ondersteuning aan onze leerlingen "
            "organiseren. Het is bedoeld voor het team, de medezeggenschapsraad en ouders. Het plan wordt ieder "
            "schooljaar door de intern begeleider en de directeur geactualiseerd en in de eerste teamvergadering "
            "besproken. Het sluit aan op het schoolondersteuningsprofiel en op het ondersteuningsplan van ons "
            "samenwerkingsverband, de Hollandse Dijkzone."),
      ("p", "Dit schoolplan vervangt het zorgplan 2021-2025. De belangrijkste wijzigingen zijn de invoering van "
            "groepsoverzichten in plaats van groepsplannen en een vast moment voor het ondersteuningsteam.")]
N += [("h1", "2 Onze school en leerlingen"),
      ("p", "De Zandloper is een integraal kindcentrum in de wijk Dijkmeer-Oost met 312 leerlingen in 13 groepen "
            "en een peuteropvang. Ongeveer een kwart van de kinderen spreekt thuis een andere taal dan het "
            "Nederlands. In het schooljaar 2024-2025 hadden 14 leerlingen een ontwikkelingsperspectief en "
            "ontvingen 6 leerlingen een arrangement van het samenwerkingsverband."),
      ("p", "Het team bestaat uit 19 leerkrachten, 4 onderwijsassistenten, een intern begeleider (0,8 fte), een "
            "gedragsspecialist (0,2 fte) en een taalcoordinator.")]
N += [("h1", "3 De ondersteuningsstructuur: zorgniveaus 1 t/m 5"),
      ("table", [["Zorgniveau", "Wat", "Wie"],
                 ["1", "Algemene zorg in de groep, differentiatie in drie niveaus", "leerkracht"],
                 ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "leerkracht"],
                 ["3", "Speciale zorg na bespreking met de intern begeleider; handelingsplan", "leerkracht en IB"],
                 ["4", "Zorg met externe deskundigen via het ondersteuningsteam; OPP", "IB, ondersteuningsteam"],
                 ["5", "Arrangement of verwijzing via het samenwerkingsverband", "IB, directie, "
                  "samenwerkingsverband"]]),
      ("p", "Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider groepsbesprekingen met "
            "iedere leerkracht. Na de toetsperiodes in januari en juni volgt een trendanalyse. Leerlingen over wie "
            "zorgen bestaan, worden besproken in een leerlingbespreking. Het ondersteuningsteam, met de "
            "orthopedagoog van het samenwerkingsverband, de schoolmaatschappelijk werker en de "
            "jeugdverpleegkundige, komt zes keer per jaar bijeen.")]
N += [("h1", "4 Basisondersteuning op De Zandloper"),
      ("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet "
            "betekent dit dat wij werken met het dyslexieprotocol, een leesspecialist hebben, Positive Behavior "
            "Support invoeren, een plusgroep aanbieden op donderdagochtend en NT2-ondersteuning bieden in de "
            "groepen 1 tot en met 4. In ons schoolondersteuningsprofiel staat wat wij daarnaast kunnen bieden, "
            "zoals een prikkelarme werkplek en de kanjertraining.")]
N += [("h1", "5 Extra ondersteuning en arrangementen"),
      ("p", "Als de ondersteuning op zorgniveau 4 niet voldoende blijkt, vraagt de intern begeleider na "
            "bespreking in het ondersteuningsteam een arrangement aan bij de consulent van het "
            "samenwerkingsverband. Met een arrangement kan de school bijvoorbeeld een onderwijsassistent extra "
            "inzetten of ambulante begeleiding inschakelen. Voor ieder kind met een arrangement stellen we een "
            "OPP op dat twee keer per jaar met ouders wordt geevalueerd.")]
N += [("h1", "6 Verwijzing naar sbo of so en terugplaatsing"),
      ("p", "Soms heeft een kind meer nodig dan wij kunnen bieden. De school vraagt dan, na overleg met ouders, via "
            "ons bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het samenwerkingsverband "
            "beslist daarover; de procedure staat in het ondersteuningsplan van het samenwerkingsverband. Wij "
            "zorgen voor een volledig groeidocument en een warme overdracht naar de nieuwe school."),
      ("p", "Komt een kind vanuit het sbo of so terug naar onze school, dan maken we een overgangsplan met de "
            "school van herkomst en plannen we na zes weken een evaluatie met ouders.")]
N += [("h1", "7 Ouders"),
      ("p", "Ouders zijn onze partners. Bij zorgen over een kind nemen wij altijd eerst contact op met ouders. "
            "Ouders worden uitgenodigd bij de bespreking in het ondersteuningsteam en tekenen het OPP voor "
            "akkoord. Informatie over passend onderwijs op onze school staat in de schoolgids en op de website "
            "van de school. Voor onafhankelijk advies verwijzen wij ouders naar het ouder- en jeugdsteunpunt van "
            "het samenwerkingsverband.")]
N += [("h1", "8 Middelen van het samenwerkingsverband"),
      ("p", "De school ontvangt via ons bestuur een deel van het schoolbudget van het samenwerkingsverband. In "
            "2025-2026 gebruiken wij dit budget voor de gedragsspecialist (0,2 fte) en voor 16 uur "
            "onderwijsassistentie per week. Middelen voor arrangementen worden per kind toegekend en "
            "verantwoord in het OPP.")]
N += [("h1", "9 Opbrengsten en resultaten"),
      ("p", "Onze eindresultaten lagen in 2025 boven de signaleringswaarden: 68% van de leerlingen behaalde "
            "niveau 1S voor lezen. Dit jaar richten we ons op begrijpend lezen in de groepen 5 tot en met 8. "
            "Doel is dat ten minste 65% van de leerlingen in groep 8 niveau 1S haalt voor begrijpend lezen. De "
            "intern begeleider rapporteert twee keer per jaar aan het team en de medezeggenschapsraad.")]
N += [("h1", "10 Jaarplanning zorg"),
      ("table", [["Maand", "Activiteit"],
                 ["september", "startgesprekken met ouders, overdracht groepen"],
                 ["oktober", "groepsbesprekingen ronde 1"],
                 ["januari", "midden-toetsen en trendanalyse"],
                 ["februari", "groepsbesprekingen ronde 2, OPP-evaluaties"],
                 ["juni", "eind-toetsen, groepsbesprekingen ronde 3, overdracht"]]),
      ("p", "Dit plan is besproken met de medezeggenschapsraad op 24 september 2025.")]

N_LABEL = """documents: [nearmiss-ikc-zandloper.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "A single school's own 'Ondersteuningsplan 2025-2026' (zorgniveaus 1-5, groepsbesprekingen, IB, one-year school plan discussed with the school MR). It names the samenwerkingsverband, TLV, basisondersteuning, arrangementen, terugplaatsing, ouder- en jeugdsteunpunt and budget, but it is not the plan of a samenwerkingsverband (no OPR consent, no OOGO, no verband-wide provisions; it refers to the SWV's plan for the TLV procedure)."
"""

PLAN_N = {"file": "nearmiss-ikc-zandloper.docx", "blocks": N, "label": N_LABEL,
          "header": "IKC De Zandloper - Ondersteuningsplan 2025-2026",
          "footer": "Stichting Primair Onderwijs Dijkmeer - vertrouwelijk: alleen voor intern gebruik en ouders"}

PLANS = [PLAN_A, PLAN_B, PLAN_C, PLAN_D, PLAN_E, PLAN_N]


# ---------------------------------------------------------------- rendering
def words_of(blocks):
    n = 0
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif kind in ("ul", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif kind == "toc":
            n += sum(len(x[0].split()) for x in b[1])
        elif kind == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
    return n


def render_docx(blocks, header_text, footer_text, path):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout122"
    cp.author = "holdout122"
    cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Title")
            for entry, page in b[1]:
                doc.add_paragraph(f"{entry} {'.' * max(4, 70 - len(entry))} {page}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout122.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def render_html(blocks, header_text, footer_text, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)}</p></header>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f"<p class=\"subtitle\">{e(line)}</p>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoudsopgave</h2><ol>')
            for entry, _page in b[1]:
                out.append(f"<li>{e(entry)}</li>")
            out.append("</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            pass
    out += ["</main>", f'<footer><p>{e(footer_text)}</p></footer>', "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, header_text, footer_text, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout122_build_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, header_text, footer_text, src)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        name = plan["file"]
        blocks = plan["blocks"]
        target = OUT / name
        fmt = target.suffix
        if fmt == ".docx":
            render_docx(blocks, plan["header"], plan["footer"], target)
        elif fmt == ".pdf":
            docx_to_pdf(blocks, plan["header"], plan["footer"], target)
        elif fmt in (".html", ".htm"):
            render_html(blocks, plan["header"], plan["footer"], target)
        else:
            raise ValueError(fmt)
        label = OUT / (target.stem + ".expected.yaml")
        label.write_text(plan["label"], encoding="utf-8")
        print(f"{name}: {words_of(blocks)} words")


if __name__ == "__main__":
    main()
