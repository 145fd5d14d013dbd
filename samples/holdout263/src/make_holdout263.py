#!/usr/bin/env python3
"""Generate the holdout263 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a generated .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text)
# ("li", text) ("table", [header_row, row, ...]) ("toc", [entries])
# ---------------------------------------------------------------------------


def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def LI(t):
    return ("li", t)


def T(rows):
    return ("table", rows)


def filler(v, part):
    """Neutral filler chapters that real plans contain. They mention element words in
    passing but must not address any criterion. v holds the plan's names."""
    s = v
    if part == "voorwoord":
        return [
            H1("Voorwoord"),
            P(f"Voor u ligt het ondersteuningsplan {s['periode']} van {s['swv']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014, en het eerste dat volledig is geschreven door de mensen die "
              f"er dagelijks mee werken: directeuren, intern begeleiders, ondersteuningscoördinatoren, leraren en de "
              f"medewerkers van ons bureau. Dat merkt u aan de toon. We hebben geprobeerd minder te beloven en meer "
              f"af te spreken."),
            P(f"De afgelopen jaren zijn niet eenvoudig geweest. Het lerarentekort raakt onze regio hard, de vraag naar "
              f"jeugdhulp stijgt en scholen hebben te maken met klassen waarin de verschillen tussen leerlingen groter "
              f"zijn dan ooit. Tegelijk zien we veel vakmanschap. Op {s['scholen_n']} {s['scholen']} werken mensen die "
              f"elke dag opnieuw zoeken naar wat een kind nodig heeft. Dit plan is in de eerste plaats voor hen "
              f"geschreven, en daarmee voor de kinderen en jongeren en hun ouders."),
            P(f"Wij danken de leden van de ondersteuningsplanraad voor de kritische vragen, de gemeenten in onze regio "
              f"voor het constructieve overleg en alle collega's die hebben meegelezen. Waar dit plan nog niet af is, "
              f"zeggen we dat eerlijk. Een ondersteuningsplan is geen eindpunt maar een afspraak die we samen blijven "
              f"onderhouden."),
            P(f"{s['bestuurder']}, directeur-bestuurder"),
        ]
    if part == "totstandkoming":
        return [
            H1("Hoe dit plan tot stand kwam"),
            P(f"Het schrijfproces startte in september 2024 met een evaluatiebijeenkomst voor alle aangesloten "
              f"besturen. Daarna zijn vier werkgroepen aan de slag gegaan, elk met een voorzitter uit het "
              f"directeurenoverleg. De werkgroepen leverden in december hun bouwstenen aan. Het bureau heeft die "
              f"samengevoegd tot een eerste concept, dat in januari 2025 is besproken in het directeurenoverleg en in "
              f"twee open consultatierondes voor intern begeleiders en ondersteuningscoördinatoren."),
            P(f"Het concept is op {s['oogo_datum']} besproken in het op overeenstemming gericht overleg (OOGO) met de "
              f"colleges van burgemeester en wethouders van {s['gemeenten']}. Het verslag van dat overleg is vastgesteld "
              f"door alle partijen. Ook is overleg gevoerd met het {s['ander_swv']}, waarvan het werkgebied grotendeels "
              f"samenvalt met het onze. De ondersteuningsplanraad heeft op {s['opr_datum']} ingestemd met het plan. "
              f"Het algemeen bestuur heeft het plan vervolgens op {s['vaststelling']} vastgesteld; het is daarna vóór "
              f"1 mei 2025 via het Internet Schooldossier aan de Inspectie van het Onderwijs gezonden."),
            P(f"Het plan geldt voor de schooljaren {s['periode']}, van 1 augustus 2025 tot en met 31 juli 2029. "
              f"Wijzigingen tijdens de planperiode leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad."),
        ]
    if part == "regio":
        return [
            H1("Onze regio in cijfers"),
            P(f"{s['swv']} ({s['code']}) omvat het grondgebied van de gemeenten {s['gemeenten']}. In dit gebied "
              f"zijn {s['besturen_n']} schoolbesturen actief met samen {s['scholen_n']} {s['scholen']}. "
              f"{s['speciaal_zin']} Op de teldatum van 1 oktober 2024 telde het samenwerkingsverband "
              f"{s['leerlingen']} leerlingen."),
            P(f"De regio is gemengd: een middelgrote stad met een eigen onderwijsinfrastructuur en een ruim "
              f"platteland met kleine kernen. De prognoses laten een lichte daling van het leerlingaantal zien, in de "
              f"kernen sterker dan in de stad. Dat heeft gevolgen voor de bereikbaarheid van voorzieningen en voor de "
              f"reistijd van leerlingen. Het leerlingenvervoer is een gemeentelijke taak; het is wel een onderwerp "
              f"dat in het overleg met de gemeenten steeds terugkomt."),
            P("Het aandeel leerlingen met een migratieachtergrond is de afgelopen vijf jaar gestegen, vooral door de "
              "komst van statushouders en arbeidsmigranten. Ook het aantal gezinnen dat een beroep doet op "
              "schuldhulpverlening is toegenomen. Deze ontwikkelingen raken scholen direct, ook als er geen sprake "
              "is van een ondersteuningsvraag in de zin van dit plan."),
        ]
    if part == "missie":
        return [
            H1("Missie, visie en kernwaarden"),
            H2("Missie"),
            P(f"{s['swv']} zorgt er samen met de aangesloten besturen voor dat ieder kind in de regio onderwijs krijgt "
              f"dat bij hem of haar past, zo dicht mogelijk bij huis. Dat is onze wettelijke opdracht en ook onze "
              f"eigen overtuiging."),
            H2("Visie"),
            P("Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waar zij gezien worden. Niet het "
              "etiket maar de vraag van het kind staat centraal. Leraren zijn de belangrijkste factor; zij verdienen "
              "ruimte, tijd en collega's om op terug te vallen. Kinderen, ouders en leraren hebben er recht op dat "
              "we helder zijn over wat wel en niet kan. Scholen en het samenwerkingsverband werken resultaatgericht en "
              "transparant, en durven te leren van wat niet goed gaat."),
            P("Passend onderwijs is geen apart systeem naast het gewone onderwijs. Het is de manier waarop het "
              "gewone onderwijs zich organiseert om ook de leerling die iets extra's vraagt een plek te geven. Wij "
              "kiezen daarom voor zo weinig mogelijk bureaucratie, korte lijnen en vertrouwen in de professional. "
              "Waar de middelen het toelaten, zetten we liever een extra handen in de klas dan een extra formulier."),
            H2("Kernwaarden"),
            LI("Nabij: ondersteuning zo dicht mogelijk bij het kind en de leraar."),
            LI("Samen: besturen, scholen, gemeenten en partners delen verantwoordelijkheid."),
            LI("Eerlijk: we zijn helder over wat wel en niet kan."),
            LI("Lerend: we evalueren, stellen bij en delen kennis."),
        ]
    if part == "governance":
        return [
            H1("Organisatie en governance"),
            P(f"Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen vormen samen de "
              f"Algemene Vergadering, die de begroting, het jaarverslag en het ondersteuningsplan goedkeurt. De "
              f"dagelijkse leiding ligt bij de directeur-bestuurder, {s['bestuurder']}. Toezicht op het bestuur wordt "
              f"gehouden door een onafhankelijke Raad van Toezicht van vijf leden, van wie twee op voordracht van de "
              f"besturen en drie onafhankelijk. Daarmee is de scheiding tussen bestuur en toezicht geregeld, zoals de "
              f"wet en de Code Goed Bestuur vragen."),
            P("De Raad van Toezicht vergadert vijf keer per jaar en kent een auditcommissie en een "
              "remuneratiecommissie. De directeur-bestuurder legt verantwoording af aan de Raad van Toezicht over de "
              "uitvoering van het beleid. Jaarlijks vindt een zelfevaluatie van de raad plaats, eens in de drie jaar "
              "onder externe begeleiding. De statuten bevatten een geschillenregeling voor geschillen tussen de "
              "aangesloten besturen en het samenwerkingsverband."),
            P("Naast de formele organen kent het samenwerkingsverband een directeurenoverleg per deelregio en een "
              "netwerk van intern begeleiders en ondersteuningscoördinatoren. Deze overleggen hebben geen "
              "besluitvormende bevoegdheid, maar adviseren de directeur-bestuurder gevraagd en ongevraagd."),
        ]
    if part == "medezeggenschap":
        return [
            H1("Medezeggenschap"),
            P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en wijziging van het "
              "ondersteuningsplan. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten "
              "scholen. De OPR vergadert zes keer per jaar, heeft een eigen reglement en een budget voor scholing en "
              "ondersteuning door een externe adviseur. Daarnaast kent het bureau van het samenwerkingsverband een "
              "eigen medezeggenschapsraad voor het personeel."),
            P("Wij vinden het belangrijk dat de OPR vroeg in het proces betrokken wordt. Daarom is de OPR bij de "
              "start van het schrijfproces gevraagd om zijn eigen aandachtspunten mee te geven. Die zijn verwerkt "
              "in de werkgroepen. In de planperiode bespreekt de directeur-bestuurder twee keer per jaar de voortgang "
              "met de OPR, los van formele instemmingstrajecten."),
        ]
    if part == "personeel":
        return [
            H1("Personeel en organisatie van het bureau"),
            P(f"Het bureau van het samenwerkingsverband telt op dit moment {s['fte']} fte, verdeeld over een "
              f"directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
              f"consulenten en orthopedagogen. Het samenwerkingsverband is zelf werkgever van dit personeel en volgt "
              f"de cao {s['cao']}. De formatie wordt jaarlijks vastgesteld met de begroting."),
            P("Het werven van gekwalificeerde orthopedagogen en psychologen is de afgelopen jaren lastiger geworden. "
              "We investeren daarom in stageplaatsen voor masterstudenten en in een vaste kern van eigen "
              "medewerkers, zodat we minder afhankelijk zijn van externe inhuur. Voor alle medewerkers is er een "
              "gesprekkencyclus met een jaarlijks ontwikkelgesprek."),
            P("Ook de werkdruk bij medewerkers van het bureau vraagt aandacht. Het aantal aanvragen, overleggen en "
              "dossiers is gegroeid. We maken daarom afspraken over bereikbaarheid en over het aantal scholen per "
              "consulent, en we bekijken jaarlijks of de formatie nog past bij de taken."),
        ]
    if part == "professionalisering":
        return [
            H1("Kennisdeling en professionalisering"),
            P("Het samenwerkingsverband organiseert per schooljaar een programma van leernetwerken, studiedagen en "
              "intervisiegroepen. De onderwerpen worden bepaald op basis van vragen van scholen. De afgelopen jaren "
              "waren dat onder meer gedrag in de klas, werken met het ontwikkelingsperspectief, meer- en "
              "hoogbegaafdheid en samenwerken met jeugdprofessionals. Deelname is kosteloos voor medewerkers van "
              "aangesloten scholen."),
            P("Daarnaast ondersteunen we scholen bij het opzetten van eigen kennisnetwerken. Een school die iets goed "
              "doet, vragen we om dat te delen. Zo ontstaat in de regio een netwerk van collega's die elkaar weten te "
              "vinden, ook zonder tussenkomst van het bureau."),
        ]
    if part == "ict":
        return [
            H1("ICT, privacy en gegevensverwerking"),
            P("Voor de registratie van aanvragen, arrangementen en toelaatbaarheidsverklaringen gebruikt het "
              "samenwerkingsverband een beveiligde digitale omgeving. Scholen hebben alleen toegang tot de dossiers "
              "van hun eigen leerlingen. Medewerkers van het bureau hebben toegang op basis van hun rol."),
            P("Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor "
              "zover dat nodig is voor de wettelijke taken. De bewaartermijn van dossiers bedraagt drie jaar na het "
              "laatste besluit, tenzij een langere termijn wettelijk vereist is. Het samenwerkingsverband heeft een "
              "functionaris gegevensbescherming aangesteld en een privacyreglement vastgesteld. Datalekken worden "
              "gemeld volgens het protocol dat op het bureau aanwezig is."),
            P("In de planperiode vervangen we het huidige registratiesysteem. De aanbesteding daarvan start in het "
              "schooljaar 2025-2026. Bij de keuze wegen gebruiksvriendelijkheid voor scholen en informatiebeveiliging "
              "zwaar."),
        ]
    if part == "ontwikkelingen":
        return [
            H1("Ontwikkelingen die op ons afkomen"),
            P("Het landelijk beleid rond passend onderwijs is in beweging. Na de evaluatie van 2020 is een "
              "verbeteraanpak ingezet die de komende jaren doorwerkt. Het wetsvoorstel versterking positie ouders "
              "en leerlingen verplicht ieder samenwerkingsverband tot het instellen van een ouder- en "
              "jeugdsteunpunt en introduceert een hoorrecht voor leerlingen. Ook wordt gewerkt aan een landelijke "
              "norm voor basisondersteuning. Wanneer deze wijzigingen precies ingaan is op het moment van schrijven "
              "nog niet bekend."),
            P("Daarnaast hebben we te maken met het lerarentekort, met krimp in de kernen en met de ambitie van het "
              "kabinet om het onderwijs inclusiever te maken. Deze ontwikkelingen kunnen ertoe leiden dat we het plan "
              "tussentijds moeten bijstellen. Dat doen we dan in overleg met de besturen en met instemming van de "
              "ondersteuningsplanraad."),
        ]
    if part == "planning":
        return [
            H1("Planning en jaarcyclus"),
            P("Het ondersteuningsplan geeft de richting voor vier jaar. Ieder jaar werken we die richting uit in "
              "een jaarplan en een jaarbegroting, die in het najaar worden vastgesteld. De Algemene Vergadering "
              "komt daarvoor in november bijeen; de ondersteuningsplanraad wordt vooraf geïnformeerd."),
            T([["Periode", "Activiteit"],
               ["september - oktober", "voorbereiding jaarplan en begroting"],
               ["november", "vaststelling jaarplan en begroting door Algemene Vergadering"],
               ["maart", "bespreking voortgang jaarplan met directeurenoverleg"],
               ["juni", "bespreking voortgang jaarplan met ondersteuningsplanraad"],
               ["voorjaar 2028", "start schrijfproces volgend ondersteuningsplan"]]),
        ]
    if part == "slot":
        return [
            H1("Tot slot"),
            P("Een plan is pas waardevol als het gebruikt wordt. We nodigen iedereen die met dit plan werkt uit om "
              "ons te laten weten waar het knelt, wat ontbreekt en wat beter kan. Alleen zo blijft passend onderwijs "
              "in onze regio een gezamenlijke opdracht die we elk jaar een stukje beter uitvoeren."),
        ]
    if part == "terugblik":
        return [
            H1("Terugblik op de vorige planperiode"),
            P("In de vorige planperiode lag de nadruk op het opbouwen van de organisatie: een eigen bureau, een "
              "digitaal loket, vaste contactpersonen per school en een netwerk van consulenten. Veel energie ging naar "
              "het inrichten en beschrijven van werkwijzen. Gesprekken met besturen en directeuren lieten zien dat "
              "scholen die werkwijzen inmiddels kennen, maar dat zij behoefte hebben aan minder formulieren en meer "
              "nabijheid. Dat is een belangrijke reden waarom dit plan korter en directer is dan zijn voorganger."),
            P("Ook de coronaperiode heeft sporen nagelaten. Scholen hebben in korte tijd geleerd om afstandsonderwijs "
              "te geven, en het bureau heeft overleggen digitaal georganiseerd. Sommige van die gewoonten houden we "
              "vast, zoals korte online consultaties; andere, zoals digitale netwerkbijeenkomsten, zijn weer "
              "grotendeels vervangen door ontmoetingen op locatie."),
        ]
    if part == "integriteit":
        return [
            H1("Integriteit"),
            P("Het samenwerkingsverband hanteert een integriteitscode voor bestuur, toezicht en medewerkers. "
              "Nevenfuncties van de directeur-bestuurder en de leden van de Raad van Toezicht worden gepubliceerd. "
              "Er is een klokkenluidersregeling, waarmee medewerkers vermoedens van misstanden veilig kunnen melden "
              "bij een externe vertrouwenspersoon. Voor medewerkers van het bureau geldt daarnaast een regeling "
              "ongewenst gedrag."),
            P("Bij inkoop en aanbesteding volgen we een inkoopbeleid dat is afgestemd met de auditcommissie. "
              "Geschenken en uitnodigingen van leveranciers worden gemeld bij de directeur-bestuurder, die "
              "jaarlijks een overzicht bespreekt met de voorzitter van de Raad van Toezicht."),
        ]
    if part == "arbeidsmarkt":
        return [
            H1("Het lerarentekort"),
            P("Geen onderwerp kwam in de consultatierondes zo vaak terug als het lerarentekort. Scholen in onze regio "
              "hebben moeite om vacatures te vullen, vooral voor groepen en vakken waarin veel leerlingen extra "
              "aandacht vragen. Zij-instromers en onbevoegde leraren doen hun uiterste best, maar hebben vaak nog "
              "weinig ervaring met leerlingen die iets extra's vragen. Het samenwerkingsverband kan het tekort niet "
              "oplossen, maar kan er wel rekening mee houden."),
            P("We doen dat door onze ondersteuning zo in te richten dat zij leraren werk uit handen neemt in plaats "
              "van werk toevoegt. Consulenten komen naar de school toe en schrijven mee aan verslagen; formulieren "
              "zijn ingekort; overleggen worden zo veel mogelijk aan bestaande overlegmomenten van de school "
              "gekoppeld. Daarnaast werken we met de besturen en de lerarenopleidingen in de regio samen aan een "
              "opleidingsprogramma waarin passend onderwijs een vaste plek heeft."),
        ]
    if part == "bureau":
        return [
            H1("Het bureau: huisvesting en bereikbaarheid"),
            P("Het bureau van het samenwerkingsverband is gevestigd in een verzamelgebouw in het centrum van de "
              "grootste gemeente, goed bereikbaar met openbaar vervoer. Medewerkers werken een deel van de week op de "
              "scholen. Het secretariaat is op werkdagen tussen 8.30 en 16.30 uur telefonisch bereikbaar; vragen via "
              "het contactformulier worden binnen twee werkdagen beantwoord."),
            P("De huurovereenkomst voor het kantoor loopt in 2027 af. Voor die tijd onderzoeken we of het bureau kan "
              "verhuizen naar een locatie die we delen met andere onderwijsorganisaties, zodat we kosten besparen en "
              "de samenwerking met collega-organisaties vergemakkelijken."),
        ]
    raise KeyError(part)


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("toc", entries)]


# ---------------------------------------------------------------------------
# Plan A: PO, .docx
# basis P, plaatsing P, terugstroom P (hidden in TLV chapter), financien partial
# (besteding missing), dekkend P, resultaten missing, ouders missing
# ---------------------------------------------------------------------------
VA = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Linge en Waal", code="PO 25-14",
          periode="2025-2029", bestuurder="mevrouw drs. H. van Leeuwen", oogo_datum="4 februari 2025",
          gemeenten="Lingedal, Waalstede en Hemmerden", ander_swv="samenwerkingsverband VO Rivierenland-Oost",
          opr_datum="11 maart 2025", vaststelling="25 maart 2025", besturen_n="elf", scholen_n="64",
          scholen="basisscholen", speciaal_zin="Daarnaast telt de regio één school voor speciaal "
          "basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3 en cluster 4).",
          leerlingen="13.870", fte="14,6", cao="primair onderwijs")


def plan_a():
    v = VA
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", f"{v['swv']} ({v['code']})"),
         ("subtitle", "Vastgesteld door het algemeen bestuur op 25 maart 2025")]
    b += toc(["Voorwoord", "1 Hoe dit plan tot stand kwam", "2 Onze regio in cijfers",
              "3 Missie, visie en kernwaarden", "4 De Lingewaalse standaard: basisondersteuning",
              "5 Van basis tot speciaal: het ondersteuningscontinuüm", "6 Toelaatbaarheid tot sbo en so",
              "7 Financieel kader", "8 Kwaliteit en resultaten", "9 Ouders en communicatie",
              "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel", "13 Kennisdeling",
              "14 ICT en privacy", "15 Ontwikkelingen", "16 Planning", "Bijlage A Begrippenlijst"])
    b += filler(v, "voorwoord") + filler(v, "totstandkoming") + filler(v, "regio") + filler(v, "missie")
    b += [
        H1("De Lingewaalse standaard: basisondersteuning"),
        P("Met alle elf schoolbesturen hebben we afgesproken dat iedere vestiging in ons gebied, van de "
          "stadsschool met 500 leerlingen tot de dorpsschool met 38 leerlingen, dezelfde ondergrens haalt. Die "
          "ondergrens noemen we de Lingewaalse standaard. Een school mag meer bieden, maar nooit minder; wat "
          "onder de standaard valt, hoeft een school niet aan te vragen en kost de ouders geen extra moeite. De "
          "standaard geldt ook voor nevenvestigingen en voor de scholen die in de planperiode fuseren."),
        P("De standaard bestaat uit de volgende onderdelen, die op elke school aantoonbaar aanwezig moeten zijn:"),
        LI("een intern begeleider met ten minste één dag per week per honderd leerlingen, met een afgeronde "
           "opleiding op masterniveau of een opleiding tot intern begeleider;"),
        LI("een dyslexieprotocol en een protocol ernstige rekenproblemen en dyscalculie, inclusief het aanbieden "
           "van hulpmiddelen zoals voorleessoftware en extra tijd;"),
        LI("een leerlingvolgsysteem en ten minste drie groepsbesprekingen per jaar volgens de werkwijze van "
           "handelingsgericht werken;"),
        LI("een bewezen effectief programma voor sociale veiligheid en een aanpak tegen pesten met een "
           "aanspreekpunt;"),
        LI("verrijkingsstof en compacten voor leerlingen die meer aankunnen, binnen de eigen groep;"),
        LI("een protocol medisch handelen, zodat leerlingen met diabetes of epilepsie op school veilig zijn;"),
        LI("een vaste contactpersoon van het jeugdteam en een jeugdverpleegkundige die op afroep aansluit bij "
           "een leerlingbespreking;"),
        LI("de mogelijkheid om kosteloos een consulent van het samenwerkingsverband in te schakelen voor "
           "consultatie en observatie in de groep."),
        P("Alles wat boven deze standaard uitgaat, noemen we extra ondersteuning. Die wordt aangevraagd bij het "
          "ondersteuningsteam van het samenwerkingsverband (zie hoofdstuk 5)."),
        P("Om de twee jaar voert een consulent samen met een directeur van een andere school een kijkronde uit op "
          "iedere school. Wanneer een onderdeel van de standaard ontbreekt, maakt het bestuur van die school "
          "binnen drie maanden een verbeterplan; de directeur-bestuurder bespreekt de voortgang met het bestuur."),
        H1("Van basis tot speciaal: het ondersteuningscontinuüm"),
        P("Het aanbod in onze regio is opgebouwd als een trap met vier treden. Elke trede bouwt voort op de "
          "vorige; een leerling hoeft niet elke trede te doorlopen als duidelijk is dat een hogere nodig is."),
        T([["Trede", "Wat", "Waar", "Toegang"],
           ["1", "Lingewaalse standaard", "elke basisschool", "geen aanvraag"],
           ["2", "Arrangement op de eigen school (extra begeleiding, aangepast programma, inzet specialist)",
            "eigen school", "aanvraag bij ondersteuningsteam"],
           ["3", "Bovenschoolse voorzieningen: observatiegroep De Brug, taalklas voor nieuwkomers, "
            "plusklas voor hoogbegaafde leerlingen", "drie locaties", "besluit ondersteuningsteam"],
           ["4", "Speciaal basisonderwijs De Regenboog, so cluster 3 De Wissel, so cluster 4 Het Anker",
            "drie locaties", "toelaatbaarheidsverklaring"]]),
        P("Het ondersteuningsteam bestaat uit een consulent, een orthopedagoog en op verzoek een medewerker van "
          "het jeugdteam. Het team komt op de school bijeen met de leraar en de intern begeleider en besluit "
          "binnen vier weken over een arrangement. Onderwijs-zorgarrangementen, waarin de school en de "
          "jeugdhulpaanbieder samen één plan uitvoeren, zijn mogelijk op trede 2 en 3; de financiering van het "
          "zorgdeel is afgesproken met de gemeenten."),
        H2("Waar het aanbod tekortschiet"),
        P("Ieder jaar in het voorjaar inventariseert het bureau waar het aanbod niet sluitend is. We kijken dan "
          "naar wachtlijsten bij de voorzieningen op trede 3 en 4, naar leerlingen die langer dan vier weken "
          "zonder passend aanbod thuis zitten en naar aanvragen die we niet konden honoreren. Leerplicht, de "
          "gemeenten en de scholen leveren daarvoor gegevens aan. De uitkomst bespreken we met het "
          "directeurenoverleg en met de gemeenten, en leidt zo nodig tot een nieuw of aangepast aanbod."),
        P("Voor iedere leerling die thuis zit, komt binnen twee weken een thuiszitterstafel bijeen met school, "
          "leerplicht en jeugdteam. Lukt het niet om binnen zes weken een oplossing te vinden, dan neemt "
          "de directeur-bestuurder de regie en kan zij een bestuur vragen een leerling tijdelijk te plaatsen. De "
          "laatste inventarisatie liet zien dat er geen plek is voor jonge kinderen met ernstige "
          "gedragsproblemen die nog niet aan een so-plaatsing toe zijn. Vanaf 1 augustus 2026 start daarom een "
          "combinatiegroep onderwijs en zorg in Waalstede."),
        H1("Toelaatbaarheid tot sbo en so"),
        P("Een school die meent dat een leerling is aangewezen op speciaal basisonderwijs of speciaal onderwijs, "
          "vraagt een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. Dat gaat als volgt."),
        LI("Stap 1. De intern begeleider bespreekt de leerling met het ondersteuningsteam en stelt een groeidocument "
           "en ontwikkelingsperspectief op."),
        LI("Stap 2. Het bestuur van de school dient de aanvraag in via het digitale loket, met het groeidocument, "
           "de evaluatie van de geboden ondersteuning en het ontwikkelingsperspectief."),
        LI("Stap 3. Twee deskundigen geven ieder afzonderlijk schriftelijk advies: altijd een orthopedagoog of "
           "psycholoog, en afhankelijk van de leerling een maatschappelijk werker, kinderpsychiater of arts. "
           "Een deskundige die bij de aanvraag betrokken was, adviseert niet."),
        LI("Stap 4. De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van een volledige "
           "aanvraag. Die termijn kan eenmaal met vier weken worden verlengd."),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs of speciaal onderwijs als aan alle drie de "
          "volgende voorwaarden is voldaan:"),
        LI("de ondersteuningsbehoefte gaat aantoonbaar uit boven wat de school met de standaard en met een "
           "arrangement op trede 2 of 3 kan bieden, blijkend uit ten minste twee geëvalueerde cycli van "
           "handelingsgericht werken;"),
        LI("het ontwikkelingsperspectief laat zien dat de leerling in de gevraagde school een betere kans op "
           "ontwikkeling heeft dan in de huidige;"),
        LI("voor so cluster 3: er is sprake van een ernstige verstandelijke of lichamelijke beperking of "
           "langdurige ziekte; voor so cluster 4: er is sprake van ernstige gedrags- of psychiatrische "
           "problematiek die in de klas niet hanteerbaar is."),
        P("Een TLV voor het sbo geldt voor twee schooljaren. Een TLV voor het so geldt voor één tot drie "
          "schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog."),
        H2("Looptijd en afloop van de verklaring"),
        P("Een TLV is geen eindstation. In het laatste jaar van de verklaring, uiterlijk op 1 februari, "
          "organiseert de sbo- of so-school een evaluatiegesprek met de consulent van het samenwerkingsverband en, "
          "waar mogelijk, de school van herkomst. De sbo- of so-school neemt hiervoor het initiatief. In het "
          "gesprek wordt op basis van het ontwikkelingsperspectief beoordeeld of de leerling kan terugkeren naar "
          "een reguliere basisschool. Is dat zo, dan ontvangt de Commissie Toelaatbaarheid vóór 1 april een "
          "advies; de commissie besluit vóór 1 mei of de verklaring wordt beëindigd of dat een nieuwe TLV wordt "
          "afgegeven. Bij beëindiging gaat de leerling per 1 augustus naar de reguliere school."),
        P("Ons uitgangspunt is dat een leerling zo kort als nodig en zo thuisnabij als mogelijk in het speciaal "
          "onderwijs verblijft. Terugkeer is het doel zodra de leerling in het ontwikkelingsperspectief de "
          "uitstroombestemming regulier basisonderwijs heeft en de ontvangende school met een arrangement de "
          "benodigde ondersteuning kan bieden. Na de overstap krijgt de leerling een terugkeerarrangement: "
          "gedurende maximaal een schooljaar komt een leraar van de sbo- of so-school twee uur per week "
          "ambulant begeleiden op de nieuwe school. Dit arrangement komt ten laste van het budget "
          "bovenschoolse voorzieningen van het samenwerkingsverband."),
        H1("Financieel kader"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek "
          "van de afdrachten voor leerlingen met een TLV in het sbo en so, die DUO rechtstreeks inhoudt, verdelen we "
          "het resterende bedrag volgens een vast model, dat het algemeen bestuur ieder jaar in december vaststelt:"),
        T([["Onderdeel", "Verdeelcriterium", "Ontvanger"],
           ["80% van het vrije budget", "€ 142 per leerling op de teldatum 1 oktober, plus een vaste voet van "
            "€ 4.000 per vestiging", "schoolbesturen"],
           ["20% van het vrije budget", "vast bedrag op basis van de begroting van de voorzieningen",
            "bovenschoolse voorzieningen (trede 3)"]]),
        P("Waaraan de besturen hun deel besteden en hoe de meerjarenbegroting van het samenwerkingsverband zelf "
          "eruitziet, is opgenomen in bijlage C, de meerjarenbegroting 2025-2029, die als afzonderlijk document "
          "aan de Algemene Vergadering is aangeboden."),
        T([["Meerjarenraming", "2025", "2026", "2027", "2028"],
           ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("Het weerstandsvermogen van het samenwerkingsverband lag eind 2024 boven de signaleringswaarde van de "
          "Inspectie. Het bestuur heeft besloten het bovenmatige deel in drie jaar af te bouwen."),
        H1("Kwaliteit en resultaten"),
        P("Wij willen een lerende organisatie zijn en resultaatgericht werken. Dit hoofdstuk is in de huidige "
          "versie van het plan echter nog niet uitgewerkt. De beoogde resultaten en de manier waarop we die gaan "
          "volgen, werken we uit zodra de nieuwe regionale monitor beschikbaar is; in de loop van 2026 leggen we "
          "een aanvulling op dit hoofdstuk ter instemming voor aan de ondersteuningsplanraad."),
        H1("Ouders en communicatie"),
        P("Het bureau communiceert met scholen via een maandelijkse nieuwsbrief voor intern begeleiders en "
          "directeuren en via het extranet, waarop formulieren, handreikingen en verslagen van netwerkbijeenkomsten "
          "staan. Twee keer per jaar organiseren we een regiobijeenkomst voor alle scholen."),
        P("De paragraaf over de informatievoorziening aan ouders en over onafhankelijke ondersteuning van ouders "
          "herschrijven we na de inwerkingtreding van de Wet versterking positie ouders en leerlingen. De nieuwe "
          "tekst volgt in de geactualiseerde versie van dit plan."),
    ]
    b += filler(v, "governance") + filler(v, "medezeggenschap") + filler(v, "personeel")
    b += filler(v, "professionalisering") + filler(v, "ict") + filler(v, "ontwikkelingen")
    b += filler(v, "terugblik") + filler(v, "arbeidsmarkt") + filler(v, "integriteit") + filler(v, "bureau")
    b += filler(v, "planning") + filler(v, "slot")
    b += [H1("Bijlage A Begrippenlijst"),
          T([["Begrip", "Betekenis"],
             ["Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden"],
             ["Bezwaar", "procedure om een besluit over toelaatbaarheid aan te vechten"],
             ["Meerjarenbegroting", "begroting met baten en lasten voor meerdere jaren"],
             ["OJSP", "ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders met vragen terechtkunnen"],
             ["Onderwijsconsulenten", "onafhankelijke adviseurs voor ouders bij vastgelopen situaties"],
             ["Resultaten", "de beoogde en bereikte effecten van passend onderwijs"],
             ["Terugplaatsing", "terugkeer van een leerling uit het s(b)o naar het regulier onderwijs"],
             ["TLV", "toelaatbaarheidsverklaring"]])]
    return b


LABEL_A = dict(
    documents=["po-lingewaal-ondersteuningsplan.docx"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"]},
    notes={"basisondersteuning": "ch. 'De Lingewaalse standaard': same floor for every vestiging + itemised list; kijkronde every 2 years (borging).",
           "plaatsing": "ch. 'Toelaatbaarheid tot sbo en so': stap 1-4, Commissie Toelaatbaarheid, 6 weeks, three criteria; two deskundigen; TLV durations + categorie; no bezwaar text.",
           "terugstroom": "hidden in subsection 'Looptijd en afloop van de verklaring' of the TLV chapter: evaluation by 1 Feb, CvT decides by 1 May, terugkeerarrangement; no heading 'terugplaatsing'.",
           "financien": "verdeling in 'Financieel kader' table (EUR 142 per leerling + vaste voet); besteding/meerjarenbegroting only referred to absent bijlage C and a p.m. table.",
           "dekkend-aanbod": "four-trede table + subsection 'Waar het aanbod tekortschiet' (yearly inventory, thuiszitterstafel, new combinatiegroep).",
           "resultaten": "ch. 'Kwaliteit en resultaten' only says it is not yet worked out (deferral to 2026); 'resultaatgericht' in visie is a value word.",
           "ouders": "ch. 'Ouders en communicatie' covers only communication to schools and defers the ouders paragraph; OJSP/onderwijsconsulenten only in the begrippenlijst; 'ouders' in visie/voorwoord only in passing."})


# ---------------------------------------------------------------------------
# Plan B: VO, .docx + .pdf
# basis partial (inhoud deferred), plaatsing P, terugstroom partial (procedure
# deferred), financien P ("Geld en middelen"), dekkend partial (lacunes missing),
# resultaten P (table), ouders P (inside "Communicatie")
# ---------------------------------------------------------------------------
VB = dict(swv="Samenwerkingsverband Voortgezet Onderwijs IJsselvallei", code="VO 23-11",
          periode="2025-2029", bestuurder="de heer M. Brinkhorst MBA", oogo_datum="18 februari 2025",
          gemeenten="Deventer-Noord, Olst-Wijhe en Raalterveld", ander_swv="samenwerkingsverband PO IJsselvallei",
          opr_datum="20 maart 2025", vaststelling="3 april 2025", besturen_n="zeven", scholen_n="19",
          scholen="scholen voor voortgezet onderwijs", speciaal_zin="Daaronder zijn twee scholen voor "
          "praktijkonderwijs; verder bedienen drie scholen voor voortgezet speciaal onderwijs onze leerlingen.",
          leerlingen="16.240", fte="11,2", cao="voortgezet onderwijs")


def plan_b():
    v = VB
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", f"{v['swv']} ({v['code']})"),
         ("subtitle", "Samen verder, dichtbij")]
    b += toc(["Samenvatting", "Voorwoord", "1 Hoe dit plan tot stand kwam", "2 Onze regio in cijfers",
              "3 Missie, visie en kernwaarden", "4 Basisondersteuning", "5 Het ondersteuningsaanbod",
              "6 Thuiszitters", "7 Toelaatbaarheid vso, lwoo en pro", "8 Vso en daarna", "9 Geld en middelen",
              "10 Kwaliteitszorg", "11 Communicatie", "12 Organisatie en governance", "13 Medezeggenschap",
              "14 Personeel", "15 ICT en privacy", "16 Ontwikkelingen", "17 Planning", "Afkortingenlijst"])
    b += [H1("Samenvatting"),
          P("Dit plan beschrijft hoe de zeven besturen in de IJsselvallei passend onderwijs voor jongeren van 12 tot "
            "18 jaar vormgeven. Het gaat achtereenvolgens over de basisondersteuning die iedere school biedt, over "
            "het aanbod aan extra ondersteuning en de voorzieningen in de regio, over de toelaatbaarheid tot vso, "
            "lwoo en praktijkonderwijs, over de terugkeer vanuit het vso, over de verdeling en besteding van de "
            "middelen, over de resultaten die we willen bereiken en over de manier waarop ouders en leerlingen "
            "worden geïnformeerd en ondersteund. Iedere paragraaf begint met onze ambitie en eindigt met de "
            "afspraken die we daarover hebben gemaakt.")]
    b += filler(v, "voorwoord") + filler(v, "totstandkoming") + filler(v, "regio") + filler(v, "missie")
    b += [
        H1("Basisondersteuning"),
        P("Basisondersteuning is in de IJsselvallei het afgesproken minimumniveau van ondersteuning dat iedere "
          "vestiging van iedere aangesloten school biedt, van praktijkonderwijs tot gymnasium, zonder dat daarvoor "
          "een aanvraag bij het samenwerkingsverband nodig is. Het niveau is voor alle scholen gelijk; scholen "
          "verschillen alleen in wat zij daarbovenop bieden."),
        P("De inhoudelijke invulling daarvan, dus welke voorzieningen, interventies en expertise er precies onder "
          "vallen, leggen we vast in de Kaart basisondersteuning. De eerste versie van die kaart stelt het bestuur "
          "in het schooljaar 2026-2027 vast, na afstemming met de landelijke norm die op dat moment verwacht wordt. "
          "Tot die tijd blijven de schoolondersteuningsprofielen van de scholen het vertrekpunt."),
        H1("Het ondersteuningsaanbod"),
        P("Waar de basisondersteuning niet volstaat, biedt de school extra ondersteuning. Het aanbod is in drie "
          "lagen georganiseerd."),
        P("In de eerste laag biedt de school zelf extra ondersteuning, vaak in de vorm van een trajectvoorziening: "
          "een lokaal met een vaste begeleider waar leerlingen een deel van de week werken aan planning, gedrag of "
          "werkhouding. Elke school heeft een ondersteuningsteam onder leiding van de ondersteuningscoördinator. "
          "Scholen kunnen voor een individuele leerling een arrangement aanvragen bij het samenwerkingsverband, "
          "bijvoorbeeld voor ambulante begeleiding of inzet van een gedragsspecialist."),
        P("De tweede laag bestaat uit bovenschoolse voorzieningen: het Orthopedagogisch-Didactisch Centrum De "
          "Overstap voor leerlingen die tijdelijk een kleinere setting nodig hebben (maximaal een jaar, 48 plaatsen), "
          "de reboundvoorziening Time-In voor leerlingen die na een incident tijdelijk niet op school kunnen zijn "
          "(maximaal twaalf weken), en de Internationale Schakelklas voor nieuwkomers."),
        P("De derde laag is het voortgezet speciaal onderwijs en, voor een kleine groep, een "
          "onderwijs-zorgarrangement waarin vso en jeugdhulp samen optrekken. Met de gemeenten is afgesproken dat "
          "jeugdhulp onder schooltijd in de school geboden kan worden; de gemeenten financieren het zorgdeel."),
        H1("Thuiszitters"),
        P("Thuiszitters en jongeren zonder passende plek verdienen onze blijvende aandacht. De aanpak daarvan is "
          "onderdeel van de afspraken die we in het komende jaar met de gemeenten maken. Informatie over de "
          "huidige werkwijze van leerplicht staat op de website van de gemeente."),
        H1("Toelaatbaarheid vso, lwoo en pro"),
        P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over de "
          "aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot praktijkonderwijs. De "
          "aanvraag wordt in alle gevallen ingediend door de school waar de leerling staat ingeschreven of wordt "
          "aangemeld; ouders ondertekenen de aanvraag en ontvangen een afschrift van elk advies. De Commissie van "
          "Toelaatbaarheid besluit."),
        T([["", "vso", "lwoo", "praktijkonderwijs"],
           ["Indiener", "school van inschrijving", "school van aanmelding", "school van aanmelding"],
           ["Deskundigen", "orthopedagoog of GZ-psycholoog plus tweede deskundige (jeugdarts of "
            "maatschappelijk werker), ieder met eigen schriftelijk advies", "orthopedagoog", "orthopedagoog"],
           ["Criteria", "ondersteuningsbehoefte die de mogelijkheden van de school inclusief bovenschoolse "
            "voorzieningen aantoonbaar overstijgt; ontwikkelingsperspectief met vso-uitstroombestemming",
            "landelijke criteria: IQ 75-90 en leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, "
            "of IQ 91-120 met achterstand en sociaal-emotionele problematiek",
            "landelijke criteria: IQ 55-80 en leerachterstand van ten minste 3 jaar op twee domeinen, "
            "waarvan één begrijpend lezen of inzichtelijk rekenen"],
           ["Beslistermijn", "6 weken", "vóór 1 april voorafgaand aan het schooljaar", "vóór 1 april"],
           ["Duur", "1, 2 of 3 jaar; categorie laag, midden of hoog", "gehele schoolloopbaan", "gehele schoolloopbaan"]]),
        P("Tegen een besluit kunnen ouders binnen zes weken bezwaar maken bij het samenwerkingsverband. De "
          "Adviescommissie bezwaarschriften, waarin een onafhankelijke voorzitter zitting heeft, hoort ouders en "
          "school en adviseert het bestuur. Het samenwerkingsverband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("Vso en daarna"),
        P("Wij vinden dat iedere leerling in het vso het perspectief moet houden op een plek in het regulier "
          "voortgezet onderwijs wanneer dat mogelijk is. Terugplaatsing is daarom voor ons geen uitzondering maar "
          "een vast gespreksonderwerp. Voorwaarden voor terugkeer zijn dat het ontwikkelingsperspectief een "
          "reguliere uitstroombestemming noemt, dat de leerling en ouders de overstap willen en dat een reguliere "
          "school de ondersteuning kan bieden. Na de overstap krijgt iedere leerling een overstaparrangement: "
          "gedurende zes maanden begeleidt een medewerker van de vso-school de leerling en de mentor op de nieuwe "
          "school, ongeveer een dagdeel per week. Dit arrangement wordt betaald uit het bovenschoolse budget."),
        P("Het stappenplan voor de terugkeer zelf, dus wie het initiatief neemt, welke evaluatiemomenten er zijn "
          "en wie besluit, stellen we samen met de drie vso-scholen op. Het wordt na instemming van de "
          "ondersteuningsplanraad als addendum aan dit plan toegevoegd."),
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, voor zware ondersteuning en voor "
          "lwoo en praktijkonderwijs. De verdeling is als volgt geregeld. De middelen voor lwoo en "
          "praktijkonderwijs worden volledig doorbetaald aan de besturen die dit onderwijs verzorgen, naar rato "
          "van het aantal leerlingen met een aanwijzing op 1 oktober. Van de middelen voor lichte ondersteuning "
          "ontvangen de besturen € 96 per leerling op 1 oktober. De afdrachten voor vso-leerlingen houdt DUO "
          "rechtstreeks in. Het resterende deel van de zware ondersteuning financiert het OPDC, de rebound en de "
          "individuele arrangementen. De Algemene Vergadering stelt dit model bij de begroting vast; wijzigingen "
          "worden een jaar vooraf aangekondigd."),
        P("Besturen verantwoorden jaarlijks in een vast format hoeveel zij aan extra ondersteuning hebben besteed "
          "en aan welke voorzieningen. De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000)."),
        T([["", "2025", "2026", "2027", "2028"],
           ["Baten rijksbijdrage ondersteuning", "14.820", "14.610", "14.420", "14.300"],
           ["Doorbetaling lwoo en pro aan besturen", "6.940", "6.880", "6.800", "6.760"],
           ["Doorbetaling lichte ondersteuning aan besturen", "1.560", "1.540", "1.520", "1.500"],
           ["Afdrachten vso (DUO)", "3.910", "3.950", "3.980", "4.000"],
           ["OPDC De Overstap en Time-In", "1.420", "1.440", "1.460", "1.480"],
           ["Individuele arrangementen", "620", "640", "640", "640"],
           ["Personeel en bureau", "1.050", "1.070", "1.090", "1.110"],
           ["Resultaat", "-680", "-910", "-1.070", "-1.190"]]),
        P("De negatieve resultaten zijn bewust begroot: zo bouwen we de reserve af tot het niveau van de "
          "signaleringswaarde. Het weerstandsvermogen blijft daarmee boven de ondergrens van 5% van de baten."),
        H1("Kwaliteitszorg"),
        P("We willen in 2029 het volgende hebben bereikt voor leerlingen die extra ondersteuning nodig hebben:"),
        T([["Indicator", "Stand 2024", "Doel 2029"],
           ["Deelnamepercentage vso", "3,9%", "3,4%"],
           ["Leerlingen die binnen een jaar vanuit het OPDC terugkeren naar een reguliere school", "71%", "85%"],
           ["Gemiddelde doorlooptijd aanvraag TLV", "8 weken", "6 weken"],
           ["Ouders tevreden over de ondersteuning (peiling)", "6,8", "7,5"]]),
        P("De indicatoren worden twee keer per jaar verzameld en in een dashboard gepresenteerd aan het "
          "directeurenoverleg en het bestuur. In het jaarverslag rapporteren we de stand van zaken, met een "
          "toelichting per indicator. Eens per twee jaar voeren we een tevredenheidspeiling uit onder ouders, "
          "leerlingen en scholen. Blijft een indicator achter, dan maakt het bestuur een analyse en past het de "
          "inzet in het jaarplan aan."),
        H1("Communicatie"),
        P("Goede communicatie is voor een samenwerkingsverband geen bijzaak. Voor scholen hebben we een extranet "
          "en een tweewekelijkse nieuwsbrief. Voor ouders en leerlingen is er een eigen deel van de website met "
          "uitleg over het ondersteuningsaanbod, de voorzieningen en de procedures. De brochure Wegwijzer voor "
          "ouders ligt op iedere school en is beschikbaar in het Nederlands, Engels, Arabisch en Pools. Iedere "
          "school neemt de kern van het aanbod op in de schoolgids en organiseert in het eerste leerjaar een "
          "informatieavond waar ook een consulent van het samenwerkingsverband aanwezig is."),
        P("Ouders en leerlingen die vragen hebben of het niet eens zijn met de school of met het "
          "samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders & Jeugd IJsselvallei. Dit steunpunt "
          "werkt onafhankelijk van scholen en samenwerkingsverband, is gratis en is bereikbaar via telefoon, e-mail "
          "en een wekelijks inloopspreekuur in de bibliotheek van Deventer-Noord. Ook kunnen ouders een beroep doen "
          "op de landelijke Onderwijsconsulenten en op de Geschillencommissie passend onderwijs."),
        P("Ouders zijn daarnaast vertegenwoordigd in de ondersteuningsplanraad, en leerlingen geven hun mening over "
          "het ontwikkelingsperspectief in het jaarlijkse gesprek met de mentor."),
    ]
    b += filler(v, "governance") + filler(v, "medezeggenschap") + filler(v, "personeel")
    b += filler(v, "ict") + filler(v, "ontwikkelingen")
    b += filler(v, "terugblik") + filler(v, "arbeidsmarkt") + filler(v, "integriteit") + filler(v, "bureau")
    b += filler(v, "planning") + filler(v, "slot")
    b += [H1("Afkortingenlijst"),
          T([["Afkorting", "Betekenis"],
             ["lwoo", "leerwegondersteunend onderwijs"], ["OPDC", "orthopedagogisch-didactisch centrum"],
             ["OPR", "ondersteuningsplanraad"], ["pro", "praktijkonderwijs"],
             ["TLV", "toelaatbaarheidsverklaring"], ["vso", "voortgezet speciaal onderwijs"]])]
    return b


LABEL_B = dict(
    documents=["vo-ijsselvallei-ondersteuningsplan.docx", "vo-ijsselvallei-ondersteuningsplan.pdf"], sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                  financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "ch. 'Basisondersteuning' defines the minimum level for every vestiging, but the concrete content is deferred to the 'Kaart basisondersteuning' (2026-2027).",
           "plaatsing": "ch. 'Toelaatbaarheid vso, lwoo en pro': procedure and criteria mostly only in the table (indiener, deskundigen, criteria, termijnen, duur); bezwaar paragraph.",
           "terugstroom": "ch. 'Vso en daarna' gives policy (aim, conditions, overstaparrangement) but the stappenplan is deferred to a future addendum.",
           "financien": "under heading 'Geld en middelen': verdeling (EUR 96 per leerling, lwoo/pro pass-through) and meerjarenbegroting table x EUR 1.000.",
           "dekkend-aanbod": "ch. 'Het ondersteuningsaanbod' gives three layers (trajectvoorziening, OPDC, rebound, ISK, vso, OZA); ch. 'Thuiszitters' only defers to future agreements and refers to a municipal website.",
           "resultaten": "ch. 'Kwaliteitszorg': targets table (stand 2024 -> doel 2029) and twice-yearly dashboard, jaarverslag, peiling.",
           "ouders": "inside ch. 'Communicatie': website section, brochure in four languages, schoolgids, info-avond; independent Steunpunt Ouders & Jeugd, Onderwijsconsulenten, Geschillencommissie."})


# ---------------------------------------------------------------------------
# Plan C: PO, .pdf only
# basis P (content in table), plaatsing partial (criteria missing), terugstroom
# missing, financien partial (verdeling missing), dekkend P, resultaten partial
# (monitoring missing), ouders P
# ---------------------------------------------------------------------------
VC = dict(swv="Stichting Samenwerkingsverband Passend Onderwijs Kroonduin", code="PO 28-02",
          periode="2025-2029", bestuurder="de heer drs. J.P. Zandvliet", oogo_datum="27 januari 2025",
          gemeenten="Kroonduin, Zeeweide en Oud-Bollendam", ander_swv="samenwerkingsverband VO Kust en Bollen",
          opr_datum="6 maart 2025", vaststelling="19 maart 2025", besturen_n="negen", scholen_n="47",
          scholen="basisscholen", speciaal_zin="Verder zijn er twee scholen voor speciaal basisonderwijs en één "
          "so-school met afdelingen voor cluster 3 en cluster 4.",
          leerlingen="10.450", fte="9,8", cao="primair onderwijs")


def plan_c():
    v = VC
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", v["swv"] + " (" + v["code"] + ")"),
         ("subtitle", "Ieder kind een plek")]
    b += toc(["Voorwoord", "1 Hoe dit plan tot stand kwam", "2 Onze regio in cijfers", "3 Missie en visie",
              "4 Basisondersteuning", "5 Arrangeren en het dekkend netwerk", "6 Toelaatbaarheid en plaatsing",
              "7 De overstap naar het voortgezet onderwijs", "8 Samen met ouders", "9 Ambities en resultaten",
              "10 Financiën", "11 Organisatie", "12 Medezeggenschap", "13 Personeel", "14 Professionalisering",
              "15 ICT en privacy", "16 Planning", "Begrippenlijst"])
    b += filler(v, "voorwoord") + filler(v, "totstandkoming") + filler(v, "regio") + filler(v, "missie")
    b += [
        H1("Basisondersteuning"),
        P("Alle negen besturen hebben zich eraan verbonden dat iedere school, op iedere locatie, hetzelfde "
          "basisniveau van ondersteuning biedt. Dat niveau is het gezamenlijke fundament onder passend onderwijs "
          "in Kroonduin: geen school zakt eronder. Het overzicht hieronder laat zien waarop ouders en leraren op "
          "elke school kunnen rekenen."),
        T([["Domein", "Wat elke school biedt"],
           ["Leren", "dyslexie- en dyscalculieprotocol; hulpmiddelen zoals voorleessoftware; "
            "herhalings- en verrijkingsstof in de groep"],
           ["Gedrag en welbevinden", "schoolbrede aanpak positief gedrag (PBS of vergelijkbaar); "
            "jaarlijkse meting sociale veiligheid; aanspreekpunt pesten"],
           ["Taal", "NT2-aanbod voor leerlingen die korter dan twee jaar in Nederland zijn"],
           ["Lichamelijk en medisch", "protocol medisch handelen; toegankelijk gebouw of afspraken met een "
            "nabije toegankelijke school"],
           ["Structuur", "intern begeleider; vaste leerling- en groepsbesprekingen; consultatie door een "
            "orthopedagoog van het samenwerkingsverband op afroep"],
           ["Samenwerking", "vaste contactpersoon jeugd- en gezinsteam; schoolmaatschappelijk werk"]]),
        P("Deze afspraken zijn opgenomen in de schoolgids van iedere school."),
        H1("Arrangeren en het dekkend netwerk"),
        P("Wanneer een leerling meer nodig heeft dan de basis, zoekt de school samen met de ouders en de "
          "orthopedagoog van het samenwerkingsverband naar een arrangement. Dat kan een arrangement op de eigen "
          "school zijn, met extra begeleiding of materialen, of een plaatsing in een van de bovenschoolse "
          "groepen: de taalschool voor nieuwkomers, de Klimopgroep voor kinderen met een "
          "ontwikkelingsvoorsprong, of de Kangoeroegroep voor jonge kinderen die een kleine, gestructureerde "
          "setting nodig hebben. Daarboven staan het speciaal basisonderwijs en het speciaal onderwijs."),
        P("Elk voorjaar brengen we met de besturen en de gemeenten in kaart waar het netwerk gaten vertoont: "
          "welke kinderen wachten op een plek, welke kinderen thuis zitten of een vrijstelling hebben, en voor "
          "welke vragen geen aanbod bestaat. De leerplichtambtenaar meldt ieder kind dat langer dan vier weken "
          "niet naar school gaat aan het samenwerkingsverband. Voor die kinderen stellen we binnen tien "
          "werkdagen een casusregisseur aan die een plan maakt met school, ouders en jeugdhulp. Structurele gaten "
          "worden in het jaarplan opgenomen met een concrete actie en een datum."),
        P("Met de gemeenten is afgesproken dat jeugdhulp onder schooltijd in de school mag plaatsvinden en dat "
          "de gemeenten de zorgcomponent van onderwijs-zorgarrangementen betalen."),
        H1("Toelaatbaarheid en plaatsing"),
        P("De aanvraag voor een toelaatbaarheidsverklaring voor het sbo of so wordt ingediend door het bevoegd "
          "gezag van de school waar de leerling staat ingeschreven, na een overleg waarbij ouders, school en de "
          "orthopedagoog van het samenwerkingsverband aanwezig zijn. De aanvraag gaat naar de Commissie "
          "Arrangeren en Toelaatbaarheid. Twee deskundigen, een orthopedagoog en afhankelijk van de vraag een "
          "kinderarts of maatschappelijk werker, brengen ieder schriftelijk advies uit. De commissie neemt binnen "
          "zes weken een besluit; in de zomervakantie geldt een termijn van acht weken."),
        P("De commissie beoordeelt iedere aanvraag op haar eigen merites. Een vaste lijst met criteria hanteren "
          "wij bewust niet; de wegingsfactoren waar de commissie naar kijkt, staan in de Handreiking TLV op "
          "www.kroonduin-po.nl."),
        P("Een TLV voor het sbo wordt afgegeven voor twee jaar, een TLV voor het so voor de duur die de "
          "deskundigen adviseren, met de bijbehorende bekostigingscategorie. Ouders die het niet eens zijn met een "
          "besluit, kunnen binnen zes weken bezwaar maken; de Adviescommissie Bezwaar hoort hen en adviseert het "
          "bestuur."),
        H1("De overstap naar het voortgezet onderwijs"),
        P("De overstap van groep 8 naar het voortgezet onderwijs is een kwetsbaar moment. Samen met het "
          "samenwerkingsverband VO Kust en Bollen hebben we een warme overdracht afgesproken voor alle "
          "leerlingen met een ontwikkelingsperspectief. Uitstroomgegevens van sbo en so bespreken we jaarlijks "
          "met het VO, zodat de doorstroom naar lwoo, praktijkonderwijs en vso tijdig wordt voorbereid. Een "
          "terugblik op de overstap van 2024 liet zien dat de overdracht nog te vaak op papier blijft."),
        H1("Samen met ouders"),
        P("Ouders vinden informatie over ondersteuning op de ouderpagina van onze website en in de folder Wat als "
          "mijn kind meer nodig heeft?, die iedere school bij de intake meegeeft. In de schoolgids beschrijft "
          "iedere school wat zij biedt. Twee keer per jaar organiseren we een ouderavond over passend onderwijs, "
          "afwisselend in Kroonduin en Zeeweide."),
        P("Wie onafhankelijk advies wil, kan terecht bij het Ouder- en Jeugdsteunpunt Kroonduin, dat wordt "
          "uitgevoerd door een onafhankelijke stichting en dat kosteloos meedenkt en meegaat naar gesprekken. "
          "Daarnaast verwijzen we naar de Onderwijsconsulenten en naar de Geschillencommissie passend onderwijs."),
        P("Ouders zijn gesprekspartner bij het opstellen van het ontwikkelingsperspectief en ondertekenen het "
          "handelingsdeel."),
        H1("Ambities en resultaten"),
        P("Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
          "ondersteuning nodig hebben:"),
        LI("in 2029 is het deelnamepercentage sbo gedaald van 2,6% naar maximaal 2,1%;"),
        LI("in 2029 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod;"),
        LI("in 2029 is minstens 90% van de ouders van leerlingen met een arrangement tevreden over de "
           "samenwerking met school;"),
        LI("vanaf 2026 is elk arrangement binnen vier weken na de aanvraag gestart."),
        P("Hoe we de voortgang op deze ambities gaan meten en rapporteren, werken we uit in een monitoringsplan. "
          "Dat monitoringsplan volgt in 2026."),
        H1("Financiën"),
        P("Hoe de middelen over de besturen worden verdeeld, bepaalt het algemeen bestuur in het voorjaar van "
          "2026 na advies van de auditcommissie. Tot die tijd gelden de bestaande afspraken."),
        P("De meerjarenbegroting van het samenwerkingsverband laat zien waaraan de middelen de komende jaren "
          "worden besteed (bedragen in euro's)."),
        T([["Post", "2025", "2026", "2027", "2028"],
           ["Rijksbijdrage ondersteuning", "9.410.000", "9.280.000", "9.150.000", "9.050.000"],
           ["Afdrachten sbo en so", "4.870.000", "4.820.000", "4.760.000", "4.700.000"],
           ["Doorbetaling aan schoolbesturen", "2.310.000", "2.280.000", "2.250.000", "2.230.000"],
           ["Bovenschoolse groepen", "980.000", "1.000.000", "1.020.000", "1.040.000"],
           ["Arrangementen en casusregie", "690.000", "700.000", "700.000", "700.000"],
           ["Bureau en personeel", "760.000", "770.000", "780.000", "790.000"],
           ["Saldo", "-200.000", "-290.000", "-360.000", "-410.000"]]),
        P("Met de negatieve saldi wordt de reserve teruggebracht tot een niveau dat past bij de risico's."),
    ]
    b += filler(v, "governance") + filler(v, "medezeggenschap") + filler(v, "personeel")
    b += filler(v, "professionalisering") + filler(v, "ict")
    b += filler(v, "terugblik") + filler(v, "arbeidsmarkt") + filler(v, "integriteit") + filler(v, "bureau")
    b += filler(v, "planning") + filler(v, "slot")
    b += [H1("Begrippenlijst"),
          T([["Begrip", "Omschrijving"],
             ["Terugplaatsing", "de terugkeer van een leerling uit sbo of so naar een reguliere basisschool na "
              "afloop van de TLV"],
             ["Verdeelmodel", "de regels waarmee het samenwerkingsverband middelen over besturen verdeelt"],
             ["Monitoring", "het volgen van de voortgang op afgesproken indicatoren"],
             ["TLV", "toelaatbaarheidsverklaring"]])]
    return b


LABEL_C = dict(
    documents=["po-kroonduin-ondersteuningsplan.pdf"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "ch. 'Basisondersteuning': same level on every locatie (prose), concrete content only in the domain table.",
           "plaatsing": "ch. 'Toelaatbaarheid en plaatsing': applicant, commissie, two deskundigen, 6 weeks; criteria explicitly not given, only referred to a Handreiking on the website.",
           "terugstroom": "nothing in the body; only near-misses (uitstroom, doorstroom PO-VO, terugblik) and a begrippenlijst entry 'Terugplaatsing'.",
           "financien": "ch. 'Financiën': meerjarenbegroting table with amounts; verdeling deferred to a board decision in spring 2026 ('bestaande afspraken' unspecified).",
           "dekkend-aanbod": "ch. 'Arrangeren en het dekkend netwerk': arrangement -> bovenschoolse groepen -> sbo/so, yearly gap analysis, casusregisseur for thuiszitters.",
           "resultaten": "ch. 'Ambities en resultaten': four measurable targets; monitoring deferred to a monitoringsplan that 'volgt in 2026'.",
           "ouders": "ch. 'Samen met ouders': ouderpagina, folder, schoolgids, ouderavonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."})


# ---------------------------------------------------------------------------
# Plan D: VO, .md (samenvatting up front naming every element)
# basis P, plaatsing missing (Deel 2 absent), terugstroom P (unusual wording),
# financien missing (Deel 2), dekkend P, resultaten partial (doelen missing),
# ouders partial (informatie missing)
# ---------------------------------------------------------------------------
VD = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Westerkwartier-Zuid", code="VO 20-04",
          periode="2025-2029", bestuurder="mevrouw A. Hiemstra-de Boer", oogo_datum="10 februari 2025",
          gemeenten="Westerkwartier-Zuid, Leekster Veld en Marum-Oost", ander_swv="samenwerkingsverband PO Westerkwartier",
          opr_datum="13 maart 2025", vaststelling="27 maart 2025", besturen_n="vijf", scholen_n="12",
          scholen="vestigingen voor voortgezet onderwijs", speciaal_zin="Daaronder is één school voor "
          "praktijkonderwijs; één vso-school heeft een locatie in ons gebied.",
          leerlingen="7.960", fte="7,4", cao="voortgezet onderwijs")


def plan_d():
    v = VD
    b = [("title", "Ondersteuningsplan 2025-2029 – Deel 1: inhoudelijk kader"),
         ("subtitle", v["swv"] + " (" + v["code"] + ")")]
    b += toc(["Samenvatting", "Voorwoord", "1 Hoe dit plan tot stand kwam", "2 Onze regio in cijfers",
              "3 Missie, visie en kernwaarden", "4 De vloer onder elke school", "5 Van vloer tot vso",
              "6 Toelaatbaarheid (zie Deel 2)", "7 De weg terug", "8 Financiën (zie Deel 2)",
              "9 Weten wat werkt", "10 Ouders en leerlingen", "11 Organisatie en governance",
              "12 Medezeggenschap", "13 Personeel", "14 ICT en privacy", "15 Ontwikkelingen", "16 Planning"])
    b += [H1("Samenvatting"),
          P("In één oogopslag: dit plan gaat over de basisondersteuning op elke school, over het dekkend aanbod "
            "van extra ondersteuning, over toelaatbaarheid tot vso, lwoo en praktijkonderwijs, over terugplaatsing "
            "vanuit het vso, over financiën, over de resultaten die we nastreven en over de informatie aan en "
            "ondersteuning van ouders. Deel 1 bevat het inhoudelijke kader. Deel 2, Toewijzing en bekostiging, "
            "bevat de procedures en criteria voor toelaatbaarheid en de verdeling en besteding van de middelen; "
            "het wordt als afzonderlijk document vastgesteld."),
          P("Voor ouders is de belangrijkste boodschap: iedere school biedt dezelfde stevige basis, en als uw kind "
            "meer nodig heeft, zoeken we samen met u een passende plek in de regio.")]
    b += filler(v, "voorwoord") + filler(v, "totstandkoming") + filler(v, "regio") + filler(v, "missie")
    b += [
        H1("De vloer onder elke school"),
        P("We gebruiken in dit plan het beeld van een vloer. De vloer is wat iedere vestiging van iedere school in "
          "Westerkwartier-Zuid minimaal biedt, voor iedere leerling, zonder dat er iets hoeft te worden "
          "aangevraagd. De vijf besturen hebben de vloer samen vastgesteld; geen vestiging mag eronder zakken. "
          "De vloer bestaat uit:"),
        LI("een ondersteuningscoördinator en een mentor die wekelijks tijd heeft voor individuele gesprekken;"),
        LI("een dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen en examens;"),
        LI("trainingen in executieve functies (plannen en organiseren) en een faalangstreductietraining;"),
        LI("een vaste aanpak voor verzuim in samenwerking met leerplicht, inclusief een gesprek na de derde "
           "ongeoorloofde afwezigheid;"),
        LI("een time-outplek binnen de school waar een leerling onder begeleiding tot rust kan komen;"),
        LI("een schoolmaatschappelijk werker en een jeugdarts die op vaste momenten aanschuiven bij het "
           "zorg- en adviesteam;"),
        LI("afspraken over medicijnverstrekking en medisch handelen."),
        P("Eens per twee jaar bezoekt een visitatiecommissie van collega-scholen iedere vestiging om na te gaan of "
          "de vloer er ligt. Het verslag gaat naar het eigen bestuur en naar de directeur-bestuurder; ontbreekt er "
          "iets, dan volgt binnen een half jaar een hervisitatie."),
        H1("Van vloer tot vso"),
        P("Boven de vloer bouwen de scholen samen aan een doorlopend aanbod. Elke school heeft een eigen "
          "ondersteuningsroute met een zorg- en adviesteam. Voor leerlingen die meer nodig hebben dan de school "
          "kan bieden, zijn er bovenschoolse voorzieningen: De Kering, een orthopedagogisch-didactisch centrum met "
          "36 plaatsen, de Tussenstap voor leerlingen die na langdurig verzuim geleidelijk terugkeren, en de "
          "nieuwkomersvoorziening in Leekster Veld. Het vso vormt de laatste stap. Daarnaast zijn er "
          "onderwijs-zorgarrangementen, waarin jeugdhulp en onderwijs één plan uitvoeren; daarover zijn met de "
          "drie gemeenten afspraken gemaakt in het OOGO."),
        P("Om te weten waar het aanbod niet sluit, houden we een doorlopende signaleringslijst bij. Scholen, "
          "leerplicht en de jeugdteams melden iedere leerling die langer dan twee weken geen passend aanbod heeft. "
          "Het Regionaal Plaatsingsoverleg, met alle ondersteuningscoördinatoren, leerplicht en de vso-school, "
          "bespreekt die lijst iedere twee weken en wijst per leerling een school aan die de regie neemt. Komt "
          "een leerling niet binnen zes weken op een passende plek, dan beslist de directeur-bestuurder. Jaarlijks "
          "analyseren we de lijst op patronen; zo bleek in 2024 dat er geen aanbod was voor leerlingen met "
          "ernstige angstklachten, waarvoor vanaf 2025 een kleinschalige groep bij De Kering is gestart."),
        H1("Toelaatbaarheid (zie Deel 2)"),
        P("De procedures en criteria voor de toelaatbaarheid tot het vso, voor de aanwijzing lwoo en voor de "
          "toelaatbaarheid tot het praktijkonderwijs zijn opgenomen in Deel 2 van dit plan, Toewijzing en "
          "bekostiging. Dat deel wordt in het najaar van 2025 ter instemming aan de ondersteuningsplanraad "
          "voorgelegd."),
        H1("De weg terug"),
        P("Een plaatsing in het vso is voor ons een tussenstation als dat kan. Wij noemen de terugkeer naar een "
          "reguliere school het retourtraject. Het retourtraject verloopt zo:"),
        LI("In het laatste jaar van de TLV bespreekt de commissie van begeleiding van de vso-school in oktober "
           "of terugkeer naar het regulier voortgezet onderwijs haalbaar is. De vso-school is verantwoordelijk "
           "voor dit gesprek."),
        LI("Is terugkeer haalbaar, dan vraagt de vso-school in november een retourgesprek aan bij het "
           "samenwerkingsverband. Aan tafel zitten de leerling, de ouders, de vso-mentor, de "
           "ondersteuningscoördinator van de ontvangende school en een consulent."),
        LI("De ontvangende school en de vso-school stellen samen een overgangsplan op. De consulent legt het "
           "plan vóór 1 maart voor aan de directeur-bestuurder, die over de terugplaatsing besluit."),
        LI("De leerling start op de nieuwe school bij voorkeur na een proefperiode van zes weken, waarin hij "
           "twee dagen per week op de nieuwe school is."),
        LI("Na drie en na zes maanden evalueren de scholen het overgangsplan met leerling en ouders."),
        P("Ons beleid is dat iedere vso-leerling met een regulier uitstroomperspectief een retourtraject krijgt "
          "aangeboden. Voorwaarde is dat de leerling en de ouders het willen en dat de ontvangende school een "
          "plek heeft in het gewenste niveau. Het samenwerkingsverband stelt voor ieder retourtraject een "
          "retourcoach beschikbaar, die de leerling het eerste half jaar op de nieuwe school begeleidt. In "
          "2024 keerden 9 van de 61 vso-leerlingen uit onze regio terug naar het regulier onderwijs."),
        H1("Financiën (zie Deel 2)"),
        P("De verdeling en besteding van de middelen en de meerjarenbegroting zijn opgenomen in Deel 2, "
          "Toewijzing en bekostiging. In Deel 1 volstaan we met de vaststelling dat de middelen dienstbaar moeten "
          "zijn aan het inhoudelijke kader dat hier is beschreven."),
        H1("Weten wat werkt"),
        P("Welke resultaten wij in deze planperiode precies beogen, formuleren wij in het eerste planjaar samen "
          "met de scholen. De streefwaarden worden opgenomen in het jaarplan 2026."),
        P("Wel ligt vast hoe we volgen wat we doen. Twee keer per jaar, in februari en september, verzamelt het "
          "bureau gegevens over het aantal aanvragen, de doorlooptijden, de leerlingen op de signaleringslijst, "
          "het aantal leerlingen in De Kering en het vso, en het aantal retourtrajecten. De gegevens worden "
          "besproken met de ondersteuningscoördinatoren en het bestuur, en in het jaarverslag gerapporteerd met "
          "een analyse. Jaarlijks voeren we met iedere school een kwaliteitsgesprek over deze gegevens en over de "
          "uitkomsten van de visitatie. De ondersteuningsplanraad ontvangt alle rapportages."),
        H1("Ouders en leerlingen"),
        P("Hoe wij ouders informeren over het ondersteuningsaanbod, beschrijven we in een communicatieplan dat in "
          "de loop van 2026 wordt vastgesteld."),
        P("Ouders en leerlingen die vastlopen of het oneens zijn met een school of met ons, kunnen terecht bij "
          "het Ouder- en Jeugdsteunpunt Westerkwartier. Het steunpunt is ondergebracht bij Stichting Ouderkompas, "
          "die los staat van scholen en samenwerkingsverband. Een medewerker van het steunpunt luistert, denkt mee "
          "en kan meegaan naar gesprekken op school. Het steunpunt is gratis en op werkdagen telefonisch "
          "bereikbaar. Wie een geschil wil voorleggen, wijst het steunpunt de weg naar de Onderwijsconsulenten "
          "of de Geschillencommissie passend onderwijs."),
        P("Leerlingen hebben het recht om hun mening te geven over hun ontwikkelingsperspectief; de mentor legt "
          "die mening vast."),
    ]
    b += filler(v, "governance") + filler(v, "medezeggenschap") + filler(v, "personeel")
    b += filler(v, "professionalisering") + filler(v, "ict") + filler(v, "ontwikkelingen")
    b += filler(v, "terugblik") + filler(v, "arbeidsmarkt") + filler(v, "integriteit") + filler(v, "bureau")
    b += filler(v, "planning") + filler(v, "slot")
    return b


LABEL_D = dict(
    documents=["vo-westerkwartier-ondersteuningsplan.md"], sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present",
                  financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "ch. 'De vloer onder elke school': minimum for every vestiging set by all boards, itemised; visitatie every 2 years.",
           "plaatsing": "only a pointer to the absent 'Deel 2 Toewijzing en bekostiging' (and samenvatting/TOC); nothing on vso/lwoo/pro procedure or criteria.",
           "terugstroom": "ch. 'De weg terug' ('retourtraject'): steps with actors and dates, director decides; policy, conditions, retourcoach; 9 of 61 returned in 2024.",
           "financien": "ch. 'Financiën (zie Deel 2)' only refers to the absent Deel 2; samenvatting names financien without content.",
           "dekkend-aanbod": "ch. 'Van vloer tot vso': OPDC De Kering, Tussenstap, nieuwkomers, vso, OZA; signaleringslijst + Regionaal Plaatsingsoverleg for gaps.",
           "resultaten": "ch. 'Weten wat werkt': monitoring twice a year, jaarverslag, kwaliteitsgesprek; intended results deferred to jaarplan 2026.",
           "ouders": "ch. 'Ouders en leerlingen': independent Ouder- en Jeugdsteunpunt (Stichting Ouderkompas); informing parents deferred to a 2026 communicatieplan; samenvatting sentence to parents is not a channel."})


# ---------------------------------------------------------------------------
# Plan E: PO, .html (samenvatting up front)
# basis missing, plaatsing partial (procedure on website only), terugstroom partial
# (beleid in ontwikkeling), financien P, dekkend missing, resultaten P,
# ouders partial (steunpunt deferred)
# ---------------------------------------------------------------------------
VE = dict(swv="Samenwerkingsverband Passend Onderwijs De Peelrand", code="PO 30-11",
          periode="2025-2029", bestuurder="de heer R. Verstappen", oogo_datum="12 februari 2025",
          gemeenten="Peelstede, Heidevenne en Asten-Zuid", ander_swv="samenwerkingsverband VO Peelland-Oost",
          opr_datum="18 maart 2025", vaststelling="1 april 2025", besturen_n="zes", scholen_n="41",
          scholen="basisscholen", speciaal_zin="Daarnaast zijn er één sbo-school en twee so-scholen in het gebied.",
          leerlingen="8.720", fte="6,9", cao="primair onderwijs")


def filler_e_oogo(v):
    return [H1("Overleg met de gemeenten"),
            P(f"Over het concept van dit plan is op {v['oogo_datum']} op overeenstemming gericht overleg gevoerd "
              f"met de colleges van {v['gemeenten']}. De gemeenten hebben geen bedenkingen geuit. Het verslag is "
              f"door beide partijen ondertekend.")]


def plan_e():
    v = VE
    b = [("title", "Ondersteuningsplan 2025-2029 (webversie)"),
         ("subtitle", v["swv"] + " (" + v["code"] + ")")]
    b += toc(["Samenvatting", "Voorwoord", "1 Hoe dit plan tot stand kwam", "2 Onze regio in cijfers",
              "3 Missie, visie en kernwaarden", "4 Basisondersteuning", "5 Dekkend aanbod",
              "6 Toelaatbaarheid", "7 Terugplaatsing", "8 Financiën", "9 Resultaten", "10 Ouders",
              "11 Organisatie en governance", "12 Medezeggenschap", "13 Overleg met de gemeenten",
              "14 Personeel", "15 Kennisdeling", "16 ICT en privacy", "17 Ontwikkelingen", "18 Planning",
              "Begrippen"])
    b += [H1("Samenvatting"),
          P("Het ondersteuningsplan 2025-2029 bouwt voort op het vorige plan. Over basisondersteuning maken we in "
            "deze planperiode nieuwe afspraken. Het thema dekkend aanbod krijgt in 2026 een eigen uitwerking. Voor "
            "toelaatbaarheid hanteren we heldere criteria, en voor terugplaatsing een vaste procedure. De "
            "financiën zijn helder verdeeld over de besturen, de resultaten zijn meetbaar gemaakt en ouders worden "
            "actief geïnformeerd. Een onafhankelijk steunpunt voor ouders is in voorbereiding.")]
    b += filler(v, "voorwoord") + filler(v, "totstandkoming") + filler(v, "regio") + filler(v, "missie")
    b += [
        H1("Basisondersteuning"),
        P("De afspraken over de basisondersteuning in onze regio herzien we zodra de landelijke norm voor "
          "basisondersteuning is vastgesteld. Tot die tijd verwijzen we naar de schoolgidsen van de scholen, "
          "waarin iedere school zelf beschrijft wat zij biedt."),
        H1("Dekkend aanbod"),
        P("Het thema dekkend aanbod krijgt in 2026 een eigen uitwerking, die als wijziging van dit plan aan de "
          "ondersteuningsplanraad wordt voorgelegd."),
        H1("Toelaatbaarheid"),
        P("Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, staat in het stroomschema Route naar "
          "een TLV op onze website. In dit plan leggen we de criteria vast waarop het samenwerkingsverband "
          "beslist."),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer:"),
        LI("de school gedurende ten minste twee periodes van zestien weken planmatig extra ondersteuning heeft "
           "geboden en geëvalueerd, zonder dat de leerling voldoende tot ontwikkeling kwam;"),
        LI("de leerling een leerachterstand heeft van meer dan anderhalf jaar op twee of meer hoofdvakken, of "
           "gedrag laat zien dat in een reguliere groep van 25 leerlingen niet hanteerbaar is;"),
        LI("een kleinere groep met meer structuur naar verwachting wel tot ontwikkeling leidt."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs wanneer daarnaast:"),
        LI("sprake is van een ernstige verstandelijke beperking (IQ onder 55), een ernstige lichamelijke "
           "beperking of langdurige ziekte (cluster 3), of van ernstige gedrags- of psychiatrische problematiek "
           "waarvoor ook het sbo onvoldoende structuur biedt (cluster 4);"),
        LI("de leerling naast onderwijs intensieve zorg of behandeling nodig heeft die in het sbo niet te "
           "organiseren is."),
        P("Een TLV voor het so vermeldt de bekostigingscategorie laag, midden of hoog."),
        H1("Terugplaatsing"),
        P("In het laatste jaar van een TLV nodigt de sbo- of so-school in januari de ouders, de school van "
          "herkomst of een andere reguliere school en een consulent van het samenwerkingsverband uit voor een "
          "evaluatiegesprek. In dat gesprek wordt besproken of de leerling terug kan naar het regulier "
          "basisonderwijs. De TLV-commissie besluit vóór 1 april of de TLV wordt verlengd. Wordt de TLV niet "
          "verlengd, dan eindigt zij op 31 juli en gaat de leerling na de zomervakantie naar de reguliere school."),
        P("Ons beleid voor terugplaatsing, met de doelen, de voorwaarden en de begeleiding na terugkeer, is in "
          "ontwikkeling."),
        H1("Financiën"),
        P("De middelen voor lichte ondersteuning verdelen we volgens het schoolbudgetmodel. Na aftrek van de "
          "afdrachten voor sbo en so en van de kosten van het bureau ontvangt ieder schoolbestuur € 165 per "
          "leerling, gerekend naar het aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar. Daarnaast "
          "ontvangen scholen met een hoog aandeel leerlingen met een lage onderwijsscore een toeslag van € 40 per "
          "leerling. Het algemeen bestuur stelt de bedragen jaarlijks vast bij de begroting. Besturen "
          "verantwoorden de besteding in hun jaarverslag met een vast format."),
        T([["Begroting (in euro's)", "2025", "2026", "2027", "2028"],
           ["Baten ondersteuning", "7.860.000", "7.790.000", "7.720.000", "7.680.000"],
           ["Afdrachten sbo en so", "3.920.000", "3.900.000", "3.880.000", "3.860.000"],
           ["Schoolbudgetten besturen", "1.440.000", "1.430.000", "1.420.000", "1.410.000"],
           ["Toeslag scholen", "210.000", "210.000", "210.000", "210.000"],
           ["Consulenten en orthopedagogen", "980.000", "990.000", "1.000.000", "1.010.000"],
           ["Bureau", "520.000", "525.000", "530.000", "535.000"],
           ["Resultaat", "790.000", "735.000", "680.000", "655.000"]]),
        H1("Resultaten"),
        P("We hebben voor deze planperiode vier beoogde resultaten vastgesteld voor leerlingen met een "
          "ondersteuningsbehoefte:"),
        T([["Resultaat", "Nulmeting 2024", "Streefwaarde 2029"],
           ["Deelnamepercentage sbo", "2,4%", "2,0%"],
           ["Deelnamepercentage so", "1,8%", "1,6%"],
           ["Leerlingen met een TLV die in het laatste TLV-jaar een evaluatiegesprek hadden", "60%", "100%"],
           ["Scholen die de ondersteuning door consulenten met een 7 of hoger waarderen", "74%", "90%"]]),
        P("De cijfers worden ieder jaar op 1 oktober bepaald uit de gegevens van DUO en uit een korte peiling "
          "onder de scholen. De directeur-bestuurder rapporteert in maart aan het algemeen bestuur en de "
          "ondersteuningsplanraad; het jaarverslag bevat per resultaat de stand en een toelichting."),
        H1("Ouders"),
        P("Ouders worden geïnformeerd via de ouderpagina op onze website, via de brochure Passend onderwijs in de "
          "Peelrand die iedere school bij inschrijving meegeeft, en via een jaarlijkse informatieavond per "
          "gemeente. De intern begeleider van de school is voor ouders het eerste aanspreekpunt over de "
          "ondersteuning op school."),
        P("Een onafhankelijk ouder- en jeugdsteunpunt richten we samen met de buurverbanden in. Meer informatie "
          "daarover volgt."),
    ]
    b += filler(v, "governance") + filler(v, "medezeggenschap") + filler_e_oogo(v) + filler(v, "personeel")
    b += filler(v, "professionalisering") + filler(v, "ict") + filler(v, "ontwikkelingen")
    b += filler(v, "terugblik") + filler(v, "arbeidsmarkt") + filler(v, "integriteit") + filler(v, "bureau")
    b += filler(v, "planning") + filler(v, "slot")
    b += [H1("Begrippen"),
          T([["Begrip", "Betekenis"],
             ["Basisondersteuning", "wat iedere school in het samenwerkingsverband minimaal biedt"],
             ["Dekkend aanbod", "een sluitend geheel van voorzieningen zodat geen kind tussen wal en schip valt"],
             ["Thuiszitter", "leerplichtige leerling die zonder geldige reden niet naar school gaat"],
             ["OJSP", "ouder- en jeugdsteunpunt"]])]
    return b


LABEL_E = dict(
    documents=["po-peelrand-ondersteuningsplan.html"], sector="po",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                  financien="present", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["duur-categorie"], "financien": ["verantwoording"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "ch. 'Basisondersteuning' only defers (landelijke norm) and refers to schoolgidsen; samenvatting and begrippen only name it.",
           "plaatsing": "ch. 'Toelaatbaarheid': sbo/so criteria listed; procedure only referred to a stroomschema on the website.",
           "terugstroom": "ch. 'Terugplaatsing': procedure (January evaluation, TLV-commissie decides before 1 April, ends 31 July); policy 'is in ontwikkeling'.",
           "financien": "ch. 'Financiën': schoolbudgetmodel EUR 165 per leerling + toeslag, annual decision; begroting table 2025-2028.",
           "dekkend-aanbod": "ch. 'Dekkend aanbod' only defers to 2026; begrippen defines it; OOGO paragraph is purely procedural.",
           "resultaten": "ch. 'Resultaten': nulmeting/streefwaarde table and yearly measurement and reporting.",
           "ouders": "ch. 'Ouders': ouderpagina, brochure, informatieavond; independent steunpunt only announced ('meer informatie volgt')."})


# ---------------------------------------------------------------------------
# Near-miss F: school-level ondersteuningsplan of one basisschool (.txt)
# ---------------------------------------------------------------------------

def doc_f():
    return [
        ("title", "Schoolondersteuningsplan 2025-2026"),
        ("subtitle", "Openbare basisschool De Vlinderboom, Peelstede – onderdeel van Stichting Openbaar Onderwijs "
                     "Peelstede; aangesloten bij Samenwerkingsverband Passend Onderwijs De Peelrand (PO 30-11)"),
        H1("1 Inleiding"),
        P("Dit schoolondersteuningsplan beschrijft hoe wij op De Vlinderboom de ondersteuning aan onze 312 "
          "leerlingen organiseren. Het plan is bedoeld voor het team, voor de medezeggenschapsraad en voor ouders "
          "die willen weten hoe de zorg op onze school is ingericht. Het plan wordt ieder schooljaar door de "
          "intern begeleider en de directeur geactualiseerd en besproken in de MR. Het ondersteuningsplan van "
          "het samenwerkingsverband is het kader waarbinnen wij werken; dit document beschrijft alleen onze "
          "eigen school."),
        H1("2 Onze visie op ondersteuning"),
        P("Op De Vlinderboom werken we handelingsgericht. We kijken naar wat een kind nodig heeft en niet naar "
          "wat het mankeert. Leraren zijn eigenaar van de ondersteuning in hun groep; de intern begeleider "
          "ondersteunt hen daarbij. Ouders zien wij als partners: zij worden betrokken bij ieder gesprek over "
          "hun kind."),
        H1("3 De zorgniveaus op onze school"),
        P("Wij onderscheiden vijf zorgniveaus. Niveau 1 is goed lesgeven in de groep. Niveau 2 is extra instructie "
          "en begeleiding in de groep door de leraar. Niveau 3 is specifieke zorg na overleg met de intern "
          "begeleider, bijvoorbeeld een handelingsplan of extra instructie buiten de groep. Niveau 4 is "
          "ondersteuning met inzet van externe deskundigen, zoals de orthopedagoog van het samenwerkingsverband "
          "of een logopedist. Niveau 5 is een arrangement of een verwijzing naar het speciaal (basis)onderwijs."),
        P("De basisondersteuning van onze school omvat niveau 1 tot en met 3. Daarvoor gebruiken we ons "
          "dyslexieprotocol, onze rekenaanpak, de methode voor sociaal-emotionele ontwikkeling en de plusgroep "
          "voor leerlingen die meer aankunnen."),
        H1("4 Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de intern begeleider "
          "iedere groep met de leraar. In de groepsbespreking kijken we naar de resultaten van de groep, naar "
          "het welbevinden en naar leerlingen die opvallen. Leerlingen over wie zorgen zijn, worden besproken in "
          "een leerlingbespreking. Daarbij zijn de ouders uitgenodigd."),
        P("Wanneer de school handelingsverlegen is, vragen we een consultatie aan bij het samenwerkingsverband. "
          "De consulent komt dan op school en denkt mee. Samen met ouders kan worden besloten tot een aanvraag "
          "voor een arrangement bij het samenwerkingsverband."),
        H1("5 Ontwikkelingsperspectief"),
        P("Voor leerlingen die op één of meer vakgebieden een eigen leerlijn volgen, stellen wij een "
          "ontwikkelingsperspectief (OPP) op. Het OPP wordt met ouders besproken en twee keer per jaar "
          "geëvalueerd. Ouders hebben instemmingsrecht op het handelingsdeel."),
        H1("6 Aanvraag toelaatbaarheidsverklaring"),
        P("Soms komt een school tot de conclusie dat een leerling beter op zijn plek is in het speciaal "
          "basisonderwijs of het speciaal onderwijs. In dat geval vraagt het bestuur, na overleg met ouders, "
          "een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt het "
          "dossier samen. Het samenwerkingsverband beslist over de aanvraag volgens zijn eigen procedure en "
          "criteria. In de afgelopen drie jaar is voor vier leerlingen van onze school een TLV aangevraagd."),
        H1("7 Middelen"),
        P("De Vlinderboom ontvangt via het bestuur een deel van het schoolbudget van het samenwerkingsverband. "
          "Voor het schooljaar 2025-2026 bedraagt dat € 51.480. Wij besteden dit aan 0,4 fte extra intern "
          "begeleiding, aan een onderwijsassistent voor twee dagen per week in de onderbouw en aan scholing in "
          "gedragsaanpak. De besteding wordt verantwoord in het jaarverslag van het bestuur."),
        H1("8 Resultaten"),
        P("De eindtoets van groep 8 lag in 2024-2025 boven de signaleringswaarde. 96% van de leerlingen haalde "
          "het fundamentele niveau 1F voor lezen en rekenen. Het percentage leerlingen met een OPP is gedaald van "
          "7% naar 5%. We willen volgend jaar de resultaten voor begrijpend lezen verbeteren."),
        H1("9 Ouders"),
        P("Ouders worden aan het begin van het schooljaar in de groepsinformatieavond geïnformeerd over de "
          "ondersteuning in de groep. Bij zorgen neemt de leraar contact op; de intern begeleider is bereikbaar "
          "op maandag en donderdag. In de schoolgids staat hoe ouders een klacht kunnen indienen. Ouders met "
          "vragen over passend onderwijs kunnen ook terecht bij het ouder- en jeugdsteunpunt van het "
          "samenwerkingsverband."),
        H1("10 Samenwerking met partners"),
        P("Wij werken samen met de jeugdverpleegkundige van de GGD, met het lokale wijkteam en met de logopedist. "
          "Eens per zes weken is er een zorgoverleg met deze partners. De kinderopvang in ons gebouw draagt "
          "peuters met een warme overdracht over."),
        H1("11 Evaluatie"),
        P("Dit schoolondersteuningsplan wordt in juni 2026 geëvalueerd door het team en de MR. De uitkomsten "
          "worden verwerkt in het jaarplan van de school."),
    ]


LABEL_F = dict(
    documents=["po-vlinderboom-schoolondersteuningsplan.txt"], sector="po", looks_like_plan=False,
    notes={"document": "School-level 'schoolondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                       "own budget share): not an ondersteuningsplan of a samenwerkingsverband although it names the "
                       "SWV, TLV, basisondersteuning, arrangementen, ouder- en jeugdsteunpunt."})


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def write_docx(blocks, path, header_text, footer_text):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "subtitle":
            d.add_paragraph(val).runs[0].italic = True
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "toc":
            for e in val:
                d.add_paragraph(e)
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(str(path))


def to_markdown(blocks):
    out = []
    prev = None
    for kind, val in blocks:
        if prev == "li" and kind != "li":
            out.append("")
        prev = kind
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "subtitle":
            out.append(f"*{val}*\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "li":
            out.append(f"- {val}")
        elif kind == "toc":
            out.append("\n".join(f"- {e}" for e in val) + "\n")
        elif kind == "table":
            out.append("")
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    return "\n".join(out).strip() + "\n"


def to_html(blocks, title, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto} table{border-collapse:collapse}"
           " td,th{border:1px solid #999;padding:4px}</style>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)}</p></header>']
    in_list = False
    for kind, val in blocks:
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><em>{e(val)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{e(val)}</li>")
        elif kind == "toc":
            out.append('<nav class="toc"><ol>' + "".join(f"<li>{e(x)}</li>" for x in val) + "</ol></nav>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out.append(f'<footer class="site-footer"><p>{e(footer_text)}</p></footer>')
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def to_text(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("title", "h1"):
            out += ["", val.upper() if kind == "title" else val, "=" * len(val) if kind == "title" else "-" * len(val)]
        elif kind in ("subtitle", "p", "h2"):
            out += ["", val]
        elif kind == "li":
            out.append("  * " + val)
        elif kind == "toc":
            out += [""] + val
        elif kind == "table":
            out.append("")
            for row in val:
                out.append(" | ".join(row))
    return "\n".join(out).strip() + "\n"


def docx_to_pdf(docx_path, pdf_dest):
    work = Path(tempfile.mkdtemp(prefix="holdout263_soffice_"))
    try:
        profile = work / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(work / (Path(docx_path).stem + ".pdf"), pdf_dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)


ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
                 "resultaten", "ouders"]
CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                  "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(label, path):
    lines = [f"documents: [{', '.join(label['documents'])}]", f"sector: {label['sector']}"]
    if label.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
    else:
        lines.append("looks_like_plan: true")
        el = ", ".join(f"{k}: {label['elements'][k]}" for k in ELEMENT_ORDER)
        lines.append("elements: {" + el + "}")
        lines.append("criteria:")
        assert set(label["criteria"]) == set(CRITERIA_ORDER)
        for c in CRITERIA_ORDER:
            lines.append(f"  {c}: {'true' if label['criteria'][c] else 'false'}")
        # consistency check of the Part A status rule (advisory counts for 'partial')
        for k in ELEMENT_ORDER:
            vals = [label["criteria"][c] for c in CRITERIA_ORDER if c.startswith(k + ".")]
            adv = bool(label["advisory"].get(k))
            exp = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
            assert exp == label["elements"][k], (path.name, k, exp, label["elements"][k])
        lines.append("advisory_addressed:")
        for k in ELEMENT_ORDER:
            if label["advisory"].get(k):
                lines.append(f"  {k}: [{', '.join(label['advisory'][k])}]")
        lines.append("notes:")
    for k, n in label["notes"].items():
        lines.append(f"  {k}: {q(n)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def header_footer(v):
    return (f"{v['swv']} · Ondersteuningsplan {v['periode']}",
            "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Dekkend aanbod · Resultaten · Ouders")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout263_build_"))
    try:
        # A: docx
        h, f = header_footer(VA)
        write_docx(plan_a(), OUT / "po-lingewaal-ondersteuningsplan.docx", h, f)
        write_label(LABEL_A, OUT / "po-lingewaal-ondersteuningsplan.expected.yaml")
        # B: docx + pdf rendered from it
        h, f = header_footer(VB)
        write_docx(plan_b(), OUT / "vo-ijsselvallei-ondersteuningsplan.docx", h, f)
        docx_to_pdf(OUT / "vo-ijsselvallei-ondersteuningsplan.docx", OUT / "vo-ijsselvallei-ondersteuningsplan.pdf")
        write_label(LABEL_B, OUT / "vo-ijsselvallei-ondersteuningsplan.expected.yaml")
        # C: pdf only (docx is an intermediate in a private temp dir)
        h, f = header_footer(VC)
        cdoc = tmp / "po-kroonduin-ondersteuningsplan.docx"
        write_docx(plan_c(), cdoc, h, f)
        docx_to_pdf(cdoc, OUT / "po-kroonduin-ondersteuningsplan.pdf")
        write_label(LABEL_C, OUT / "po-kroonduin-ondersteuningsplan.expected.yaml")
        # D: markdown
        (OUT / "vo-westerkwartier-ondersteuningsplan.md").write_text(to_markdown(plan_d()), encoding="utf-8")
        write_label(LABEL_D, OUT / "vo-westerkwartier-ondersteuningsplan.expected.yaml")
        # E: html
        h, f = header_footer(VE)
        (OUT / "po-peelrand-ondersteuningsplan.html").write_text(
            to_html(plan_e(), "Ondersteuningsplan 2025-2029 – De Peelrand", h, f), encoding="utf-8")
        write_label(LABEL_E, OUT / "po-peelrand-ondersteuningsplan.expected.yaml")
        # F: near-miss, plain text
        (OUT / "po-vlinderboom-schoolondersteuningsplan.txt").write_text(to_text(doc_f()), encoding="utf-8")
        write_label(LABEL_F, OUT / "po-vlinderboom-schoolondersteuningsplan.expected.yaml")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
