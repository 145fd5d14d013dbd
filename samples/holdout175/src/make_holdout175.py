#!/usr/bin/env python3
"""Generate the holdout175 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss
document, each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("h1", text) ("h2", text) ("p", text) ("bullets", [..])
# ("numbers", [..]) ("table", [[row], ...]) ("toc", [..]) ("title", [..])
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(items):
    return ("bullets", items)


def OL(items):
    return ("numbers", items)


def TABLE(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------
# Shared filler (written like text that travels from plan to plan)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat van "
          f"een intensief traject waarin directeuren, intern begeleiders en ondersteuningscoördinatoren, "
          f"bestuurders, de ondersteuningsplanraad en de {c['ngem']} gemeenten in onze regio met elkaar in gesprek "
          f"zijn gegaan. Wij zijn iedereen die heeft meegedacht dankbaar voor de open en soms ook kritische "
          f"gesprekken. Goede resultaten voor leerlingen ontstaan alleen wanneer school, ouders en partners "
          f"elkaar weten te vinden."),
        P("Passend onderwijs is inmiddels tien jaar oud. De eerste jaren stonden vooral in het teken van het "
          "opbouwen van een organisatie en het verdelen van middelen. In de afgelopen planperiode hebben we "
          "gemerkt dat het werk verschuift: van structuren naar de vraag wat er in de klas gebeurt. Leraren "
          "vragen om handelingsgerichte ondersteuning dichtbij, besturen willen ruimte om eigen keuzes te maken "
          "en ouders willen vooral dat hun kind zich gezien voelt. Dat alles vraagt om een plan dat helder is "
          "waar het moet en ruimte laat waar het kan."),
        P(f"Dit plan is geschreven door een kleine werkgroep vanuit het bureau van het samenwerkingsverband. "
          f"Sommige hoofdstukken zijn nieuw, andere zijn overgenomen uit het vorige plan en waar nodig "
          f"geactualiseerd. Waar wij in de komende jaren nog keuzes moeten maken, zeggen we dat eerlijk. "
          f"We wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven."),
        P(f"{c['director']}, directeur-bestuurder"),
    ]


def leeswijzer(c, chapters):
    return [
        H1("Leeswijzer"),
        P("Dit ondersteuningsplan is opgebouwd uit een aantal hoofdstukken die los van elkaar te lezen zijn. "
          "Wie snel wil weten waar het samenwerkingsverband de komende jaren voor staat, leest het hoofdstuk "
          "over visie en missie. De overige hoofdstukken beschrijven achtereenvolgens: " + "; ".join(chapters) +
          ". Achter in het plan vindt u een begrippenlijst en een lijst met afkortingen."),
        P("Waar in dit plan 'scholen' staat, bedoelen we alle vestigingen van de aangesloten schoolbesturen. "
          "Waar 'ouders' staat, bedoelen we ouders, verzorgers en voogden. Het plan is vastgesteld door het "
          "bestuur na instemming van de ondersteuningsplanraad en na op overeenstemming gericht overleg met de "
          "gemeenten."),
    ]


def totstandkoming(c, oogo_detail=True):
    blocks = [
        H2("Totstandkoming van dit plan"),
        P(f"Het ontwerp van dit plan is besproken in het directeurenoverleg, in drie regionale bijeenkomsten "
          f"met intern begeleiders en ondersteuningscoördinatoren en in twee werksessies met de "
          f"ondersteuningsplanraad (OPR). Het op overeenstemming gericht overleg (OOGO) met de wethouders "
          f"onderwijs van de gemeenten {c['gemeenten']} vond plaats op {c['oogo']}. De OPR heeft op "
          f"{c['opr']} ingestemd. Het bestuur heeft het plan definitief vastgesteld op {c['vast']}. Het plan "
          f"is daarna aan de Inspectie van het Onderwijs toegezonden."),
    ]
    if oogo_detail:
        blocks.append(P("Tijdens het OOGO is afgesproken dat gemeenten en samenwerkingsverband twee keer per "
                        "jaar bestuurlijk overleggen en dat beleidsmedewerkers van beide kanten elkaar "
                        "maandelijks treffen. Thema's in het overleg zijn onder meer leerlingenvervoer, "
                        "onderwijshuisvesting, de inzet van jeugdhulp op en rond de school en de aansluiting "
                        "op de arbeidsmarkt."))
    return blocks


def visie(c):
    return [
        H1("Visie, missie en ambities"),
        H2("Missie"),
        P(f"{c['short']} is er om de aangesloten schoolbesturen in staat te stellen hun zorgplicht waar te maken. "
          f"Wij zijn geen school en geen zorgaanbieder: wij zijn een netwerkorganisatie die verbindt, "
          f"faciliteert en waar nodig doorzet. Onze missie vatten we samen in één zin: samen zorgen dat "
          f"ieder kind zich kan ontwikkelen, zo dicht mogelijk bij huis."),
        H2("Visie"),
        P("Wij geloven dat ieder kind talenten heeft en dat onderwijs uitgaat van wat een kind nodig heeft, "
          "niet van wat een kind mankeert. Leraren zijn de sleutel: zij maken het verschil in de klas. Daarom "
          "investeren wij liever in de kracht van de leraar dan in losse trajecten buiten de school. Ouders "
          "zijn de eerste opvoeders en kennen hun kind het best; hun inbreng is onmisbaar. Samenwerking met "
          "jeugdhulp en gemeenten is geen doel op zich, maar een middel om kinderen en gezinnen sneller de "
          "juiste hulp te bieden."),
        P("Deze visie is niet nieuw. Zij is in 2014 geformuleerd en in 2019 en opnieuw in de voorbereiding "
          "van dit plan herijkt. De kern is overeind gebleven; de nadruk is verschoven van 'zorg' naar "
          "'ontwikkeling' en van 'voorzieningen' naar 'vakmanschap'."),
        H2("Kernwaarden"),
        UL(["Vertrouwen: we gaan uit van de professionaliteit van scholen en besturen.",
            "Eigenaarschap: wie het dichtst bij het kind staat, neemt de eerste verantwoordelijkheid.",
            "Transparantie: we zijn open over keuzes en over geld.",
            "Eenvoud: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor het kind."]),
        P("Deze kernwaarden zijn richtinggevend voor de manier waarop het bureau werkt, de manier waarop het "
          "bestuur besluiten neemt en de manier waarop wij met partners samenwerken. Ze komen terug in de "
          "jaarplannen en in de gesprekken die wij met scholen voeren."),
    ]


def context(c):
    rows = [["Gegeven", "Aantal"]] + c["kengetallen"]
    return [
        H1("Ons samenwerkingsverband"),
        P(f"{c['name']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. Het gebied is deels stedelijk, "
          f"deels landelijk, met grote verschillen tussen kernen. In de kleinere kernen daalt het aantal "
          f"leerlingen al jaren; in de grotere plaatsen is sprake van lichte groei door nieuwbouwwijken en "
          f"de komst van nieuwkomers. Bij het samenwerkingsverband zijn {c['nbesturen']} schoolbesturen "
          f"aangesloten, van zeer klein (één school) tot groot (meer dan twintig scholen)."),
        TABLE(rows),
        P("Het samenwerkingsverband is een stichting. Het bureau is gevestigd in een bedrijfsverzamelgebouw "
          "dat wij delen met de leerplichtafdeling van een van de gemeenten, wat de lijnen kort houdt. Het "
          "bureau is bereikbaar op werkdagen tussen 8.30 en 16.30 uur."),
        P("De leerlingaantallen in de tabel zijn ontleend aan de teldatum 1 oktober 2023 (DUO). De "
          "prognose laat voor de komende vier jaar een daling van ongeveer vier procent zien. Dat heeft "
          "gevolgen voor de formatie van scholen en voor de rijksbijdrage die het samenwerkingsverband ontvangt."),
    ]


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"{c['short']} kent een scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door "
          f"een directeur-bestuurder; het toezicht ligt bij een raad van toezicht van vijf leden, van wie er "
          f"drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. De "
          f"algemene vergadering van schoolbesturen benoemt de leden van de raad van toezicht en stelt de "
          f"jaarrekening vast. Deze inrichting is in 2021 ingevoerd na een evaluatie van de governance, "
          f"conform de Code Goed Bestuur in het primair en voortgezet onderwijs."),
        P("De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
          "controller (gedetacheerd via een administratiekantoor), een managementassistent en een team van "
          "orthopedagogen en consulenten. Het directeurenoverleg adviseert de directeur-bestuurder gevraagd "
          "en ongevraagd over beleid. Daarnaast zijn er netwerken van intern begeleiders en "
          "ondersteuningscoördinatoren, die vier keer per jaar bijeenkomen."),
        P("Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau. "
          "Statutair is een regeling voor geschillen tussen de aangesloten besturen opgenomen; die regeling is "
          "sinds de oprichting niet gebruikt."),
        H2("Taakverdeling bestuur en scholen"),
        P("De schoolbesturen zijn verantwoordelijk voor het onderwijs op hun scholen en voor het waarmaken van "
          "de zorgplicht. Het samenwerkingsverband is verantwoordelijk voor het ondersteuningsplan, voor het "
          "beslissen over toelaatbaarheid en voor het verdelen van de ondersteuningsmiddelen. Over deze "
          "taakverdeling is veel gesproken; de afspraak is dat het samenwerkingsverband 'het wat' bepaalt en "
          "de besturen 'het hoe'."),
    ]


def opr(c, with_parents=True):
    txt = ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
           "daarvan. De OPR telt acht leden, afkomstig uit de medezeggenschapsraden van de aangesloten scholen. ")
    if with_parents:
        txt += ("De helft van de leden is ouder, de andere helft is personeelslid. Ouders in de OPR brengen de "
                "ervaringen van gezinnen in en worden daarbij ondersteund met een scholingsbudget. ")
    txt += ("De OPR vergadert ongeveer zes keer per jaar, waarvan twee keer met de directeur-bestuurder en één "
            "keer met een delegatie van de raad van toezicht. Het samenwerkingsverband faciliteert de OPR met "
            "een ambtelijk secretaris en een vergoeding per vergadering.")
    return [H2("Medezeggenschap: de ondersteuningsplanraad"), P(txt)]


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("Het bureau van het samenwerkingsverband heeft een beperkte formatie. Wij werken bewust met een "
          "kleine vaste kern en huren specifieke expertise in waar dat nodig is. De medewerkers van het "
          "bureau vallen onder de cao van de sector. Het samenwerkingsverband voert een eigen "
          "gesprekkencyclus met jaarlijks een ontwikkelgesprek en eens per twee jaar een beoordelingsgesprek."),
        P("Voor de professionalisering van leraren, intern begeleiders en ondersteuningscoördinatoren biedt "
          "het samenwerkingsverband een jaarlijks scholingsaanbod aan. Dat aanbod wordt samengesteld op basis "
          "van vragen uit de netwerken. Voorbeelden van de afgelopen jaren zijn trainingen over "
          "executieve functies, over het voeren van driehoeksgesprekken, over traumasensitief lesgeven en "
          "over het schrijven van een ontwikkelingsperspectief. Deelname is kosteloos voor de scholen."),
        P("Het lerarentekort raakt ook ons. Op een aantal scholen is het moeilijk om vacatures voor intern "
          "begeleiders of ondersteuningscoördinatoren te vervullen. Wij volgen dit met zorg en verkennen "
          "samen met de besturen of een gezamenlijke pool van specialisten een oplossing kan zijn. Het "
          "bureau streeft naar een evenwichtige opbouw van het team en heeft aandacht voor duurzame "
          "inzetbaarheid. In 2023 bedroeg het ziekteverzuim op het bureau 3,1 procent."),
    ]


def ict(c):
    return [
        H1("ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
          "arrangementen en toelaatbaarheidsverklaringen. Daarbij gaat het ook om bijzondere persoonsgegevens, "
          "zoals gegevens over gezondheid. Wij doen dat op basis van de wettelijke taak en volgens de "
          "Algemene verordening gegevensbescherming (AVG). Er is een functionaris gegevensbescherming "
          "aangesteld, die wij delen met twee andere samenwerkingsverbanden."),
        P("Aanvragen worden ingediend via een beveiligde digitale omgeving. Medewerkers hebben alleen toegang "
          "tot de dossiers die zij voor hun werk nodig hebben. Dossiers worden bewaard tot drie jaar na het "
          "laatste besluit en daarna vernietigd. Datalekken worden gemeld bij de functionaris en, waar "
          "nodig, bij de Autoriteit Persoonsgegevens. In het privacyreglement is vastgelegd hoe wij met "
          "inzage- en correctieverzoeken omgaan."),
        P("In de komende planperiode vervangen wij ons verouderde registratiesysteem. Het nieuwe systeem moet "
          "beter aansluiten op de leerlingvolgsystemen van de scholen, zodat gegevens niet dubbel ingevoerd "
          "hoeven te worden. De aanbesteding is in voorbereiding."),
    ]


def planning(c):
    return [
        H1("Planning en jaarcyclus"),
        P("Het ondersteuningsplan geeft de koers voor vier jaar. Elk jaar vertalen wij het plan naar een "
          "jaarplan met activiteiten, verantwoordelijken en een begroting. De jaarcyclus ziet er als volgt uit:"),
        TABLE([["Periode", "Activiteit"],
               ["september", "Start schooljaar, netwerkbijeenkomsten IB en ondersteuningscoördinatoren"],
               ["oktober", "Teldatum 1 oktober; evaluatie jaarplan vorig schooljaar"],
               ["november-december", "Opstellen begroting en jaarplan volgend kalenderjaar"],
               ["januari-maart", "Overleg met gemeenten; bijeenkomst OPR met raad van toezicht"],
               ["april-juni", "Jaarverslag en jaarrekening; voorbereiding nieuw schooljaar"],
               ["juli", "Vaststelling jaarplan schooljaar"]]),
        P("Halverwege de planperiode vindt een tussenevaluatie plaats. Aanpassingen van het plan worden, "
          "wanneer zij wezenlijk zijn, opnieuw ter instemming aan de OPR voorgelegd."),
    ]


def begrippen(c, extra=None):
    items = [
        ["Arrangement", "Een samenhangend geheel van ondersteuning voor een leerling of groep leerlingen."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                               "samenwerkingsverband bieden."],
        ["Dekkend aanbod", "Een netwerk van voorzieningen waarmee voor iedere leerling een passende plek "
                           "beschikbaar is."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin baten en lasten worden geraamd."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met "
                                     "vragen over onderwijs en ondersteuning."],
        ["Terugplaatsing", "Het teruggaan van een leerling uit het speciaal (basis)onderwijs naar het "
                           "reguliere onderwijs."],
        ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar "
                                             "is tot het speciaal (basis)onderwijs."],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
        ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden of te vinden."],
        ["Resultaten", "De opbrengsten van het onderwijs en de ondersteuning."],
    ]
    if extra:
        items += extra
    items.sort()
    return [H1("Begrippenlijst"), TABLE([["Begrip", "Omschrijving"]] + items)]


def afkortingen(c):
    rows = [["Afkorting", "Betekenis"], ["AB", "Algemeen bestuur"], ["DUO", "Dienst Uitvoering Onderwijs"],
            ["HGW", "Handelingsgericht werken"], ["IB", "Intern begeleider"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"],
            ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
            ["TLV", "Toelaatbaarheidsverklaring"]]
    if c["sector"] == "po":
        rows += [["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"]]
    else:
        rows += [["LWOO", "Leerwegondersteunend onderwijs"], ["PrO", "Praktijkonderwijs"],
                 ["VSO", "Voortgezet speciaal onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"]]
    return [H1("Afkortingen"), TABLE(rows)]


def terugblik(c):
    return [
        H1("Terugblik op de vorige planperiode"),
        P("De vorige planperiode was een periode van verbouwen terwijl de winkel openbleef. Het bureau "
          "verhuisde, er trad een nieuwe directeur-bestuurder aan en de governance werd herzien. Door de "
          "coronajaren stonden veel plannen een tijd stil; scholen hadden de handen vol aan het "
          "draaiende houden van het onderwijs en aan het inhalen van achterstanden. Netwerkbijeenkomsten "
          "werden tijdelijk online gehouden, wat voor de kleinere scholen in de buitengebieden overigens "
          "goed beviel."),
        P("In de gesprekken ter voorbereiding van dit plan kwamen steeds dezelfde thema's terug: de wens om "
          "minder papierwerk, de behoefte aan snelle consultatie dichtbij de school, zorgen over de "
          "beschikbaarheid van jeugdhulp en het lerarentekort. Ook klonk de vraag om meer duidelijkheid over "
          "wat het samenwerkingsverband wel en niet doet. Die thema's zijn in dit plan verwerkt. Een aantal "
          "onderwerpen uit het vorige plan is bewust niet overgenomen, omdat zij inmiddels tot de gewone "
          "praktijk van scholen behoren of omdat zij door landelijke ontwikkelingen zijn ingehaald."),
    ]


def ontwikkelingen(c):
    return [
        H1("Landelijke en regionale ontwikkelingen"),
        P("Passend onderwijs staat landelijk opnieuw in de belangstelling. Na de evaluatie in 2020 heeft de "
          "minister een verbeteraanpak ingezet. Daarin worden onder meer een landelijke norm voor "
          "basisondersteuning, het afbouwen van te hoge reserves van samenwerkingsverbanden en de "
          "versterking van de positie van ouders en leerlingen genoemd. De Wet versterking positie ouders en "
          "leerlingen verplicht samenwerkingsverbanden om een ouder- en jeugdsteunpunt in te richten. Welke "
          "gevolgen deze ontwikkelingen precies voor ons hebben, bekijken wij wanneer de regelgeving "
          "definitief is; waar nodig passen wij dit plan dan tussentijds aan."),
        P("Ook in de regio verandert er veel. De gemeenten herzien hun inkoop van jeugdhulp, er komen "
          "nieuwe wijkteams en de krimp in de kleinere kernen zet door. Besturen oriënteren zich op "
          "samenwerking en in een enkel geval op fusie. Het samenwerkingsverband volgt deze ontwikkelingen "
          "en neemt ze mee in de jaarlijkse actualisatie van het jaarplan."),
    ]


def kennisdeling(c):
    return [
        H1("Kennisdeling en innovatie"),
        P("Scholen leren het meest van elkaar. Daarom organiseert het samenwerkingsverband ieder jaar een "
          "studiedag voor leraren, intern begeleiders, ondersteuningscoördinatoren en schoolleiders. Op die "
          "dag presenteren scholen hun eigen aanpak en worden ervaringen gedeeld. Daarnaast zijn er "
          "lerende netwerken rond thema's die scholen zelf aandragen, zoals executieve functies, "
          "gedrag in de klas en het werken met digitale leermiddelen."),
        P("Met een kleine innovatieregeling kunnen scholen een idee uitproberen dat bijdraagt aan inclusiever "
          "onderwijs. De aanvragen worden beoordeeld door een commissie van directeuren. Resultaten van de "
          "projecten worden gedeeld op de netwerkbijeenkomsten. Kennis die wij opdoen, delen wij ook met "
          "andere samenwerkingsverbanden in de provincie, onder meer in het regionale overleg van "
          "directeuren van samenwerkingsverbanden en via de landelijke netwerken van de sector."),
    ]


def toc(entries):
    return [("toc", entries)]


# ---------------------------------------------------------------------------
# Plan 1: PO, docx
# ---------------------------------------------------------------------------

C1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Waarden", short="SWV De Waarden",
          code="PO 31-07", sector="po", period="2024-2028", ngem="drie",
          gemeenten="Waardhoven, Lingedam en Oost-Betuwewaard", director="M.J. van Aalst",
          oogo="7 februari 2024", opr="19 maart 2024", vast="26 maart 2024", nbesturen=9,
          kengetallen=[["Aangesloten schoolbesturen", "9"], ["Basisscholen (vestigingen)", "38"],
                       ["Scholen voor speciaal basisonderwijs", "2"], ["SO-locaties (cluster 3 en 4)", "3"],
                       ["Leerlingen basisonderwijs", "8.640"], ["Leerlingen sbo", "312"]])


def plan1():
    c = C1
    b = [("title", [f"Ondersteuningsplan {c['period']}", c["name"], c["code"],
                    "Vastgesteld door het bestuur op 26 maart 2024"])]
    b += toc(["Voorwoord", "Leeswijzer", "1 Visie, missie en ambities", "2 Ons samenwerkingsverband",
              "3 Wat iedere school biedt: basisondersteuning", "4 Toelaatbaarheid sbo en so",
              "5 Dekkend aanbod en thuiszitters", "6 Geld en middelen", "7 Wat willen we bereiken",
              "8 Communicatie en samenwerking", "9 Organisatie en governance", "10 Personeel",
              "11 ICT en privacy", "12 Planning", "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c)
    b += leeswijzer(c, ["basisondersteuning", "toelaatbaarheid", "geld en middelen", "onze ambities",
                        "communicatie", "organisatie"])
    b += totstandkoming(c, oogo_detail=False)
    b += terugblik(c)
    b += visie(c)
    b += context(c)
    b += ontwikkelingen(c)
    # basisondersteuning: present
    b += [
        H1("Wat iedere school biedt: basisondersteuning"),
        P("De schoolbesturen van De Waarden hebben met elkaar afgesproken welke ondersteuning op elke "
          "basisschool in ons gebied minimaal aanwezig is. Dit noemen wij de basisondersteuning. Het is een "
          "ondergrens: een school mag meer bieden, maar geen enkele vestiging biedt minder. Voor ouders "
          "betekent dit dat zij bij iedere basisschool in De Waarden op het onderstaande kunnen rekenen, "
          "zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is."),
        P("De afspraken zijn in 2019 gemaakt en in 2023 herzien (tekst grotendeels overgenomen uit het plan "
          "2020-2024). Ze zijn uitgewerkt in twaalf standaarden:"),
        OL(["Iedere school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen.",
            "Iedere school werkt met een dyslexieprotocol en biedt vanaf groep 3 extra leestijd en, waar "
            "nodig, voorleessoftware; vermoedens van ernstige dyslexie worden binnen het schooljaar "
            "gesignaleerd en doorverwezen naar de vergoede zorg.",
            "Iedere school heeft een rekenprotocol met een aanpak voor leerlingen met hardnekkige "
            "rekenproblemen.",
            "Iedere school hanteert een schoolbrede aanpak voor gedrag en sociale veiligheid en neemt "
            "jaarlijks een monitor sociale veiligheid af.",
            "Iedere school kan een eigen leerlijn aanbieden voor leerlingen die op een of meer vakgebieden "
            "niet het groepsniveau halen, inclusief een ontwikkelingsperspectief (OPP) dat binnen zes weken "
            "na het besluit wordt opgesteld en met ouders wordt besproken.",
            "Iedere school biedt verrijking binnen de groep voor leerlingen die meer aankunnen.",
            "Iedere school biedt ondersteuning aan leerlingen die het Nederlands nog niet goed beheersen.",
            "Iedere school heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren.",
            "Iedere school heeft een ondersteuningsteam waarin ten minste de intern begeleider, de ouders en "
            "de consulent van het samenwerkingsverband zitten, en dat binnen drie weken na een vraag bijeenkomt.",
            "Iedere school werkt handelingsgericht en cyclisch met groepsplannen of een vergelijkbare aanpak.",
            "Iedere school werkt samen met de jeugdverpleegkundige en het schoolmaatschappelijk werk.",
            "Iedere school beschrijft haar basisondersteuning en extra ondersteuning in de schoolgids."]),
        P("Een keer per jaar bespreekt de consulent van het samenwerkingsverband met iedere school aan de "
          "hand van de standaarden of de basisondersteuning op orde is. Als dat op een onderdeel niet zo is, "
          "maakt de school met haar bestuur een verbeterplan met een termijn van maximaal een jaar."),
    ]
    # plaatsing: present; terugstroom: partial (procedure only, inside TLV chapter)
    b += [
        H1("Toelaatbaarheid sbo en so"),
        P("Soms heeft een leerling meer nodig dan een basisschool, ook met extra ondersteuning, kan bieden. "
          "Dan kan het schoolbestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) "
          "aanvragen voor het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so)."),
        H2("Zo verloopt een aanvraag"),
        OL(["De school bespreekt in het ondersteuningsteam, samen met ouders, dat een plek in het sbo of so "
            "nodig lijkt.",
            "Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een nieuwe "
            "leerling, de school waar de leerling is aangemeld) dient de aanvraag in via het digitale loket. "
            "Bij de aanvraag horen het OPP, het groeidocument, de evaluatie van de geboden ondersteuning en "
            "de zienswijze van de ouders.",
            "Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
            "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
            "psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een "
            "kinderpsychiater, maatschappelijk werker of arts). Deskundigen die bij de aanvraag betrokken "
            "waren, adviseren niet.",
            "De Commissie Toelaatbaarheid neemt namens de directeur-bestuurder binnen zes weken na ontvangst "
            "van het complete dossier een besluit. Ouders ontvangen een afschrift van de adviezen."]),
        H2("Criteria"),
        P("Een leerling is toelaatbaar tot het sbo wanneer de school ten minste twee cycli van "
          "handelingsgericht werken heeft doorlopen met extra ondersteuning, aantoonbaar is dat de "
          "ondersteuningsbehoefte de mogelijkheden van de basisschool te boven gaat, en de leerling baat "
          "heeft bij een kleinere groep met specialistische begeleiding. Een leerling is toelaatbaar tot het "
          "so wanneer daarnaast sprake is van een ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, "
          "medisch of lichamelijk) die intensieve, doorlopende specialistische ondersteuning vraagt die het "
          "sbo niet kan bieden. De commissie kent bij so de bekostigingscategorie laag, midden of hoog toe op "
          "basis van de ondersteuningsbehoefte."),
        H2("Duur en bezwaar"),
        P("Een TLV sbo geldt tot het einde van het schooljaar waarin de leerling 13 jaar wordt. Een TLV so "
          "geldt voor twee schooljaren, bij ernstig meervoudige beperkingen tot het einde van de so-periode. "
          "Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken bij het "
          "samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen; het bestuur beslist daarna op het bezwaar."),
        H2("Afloop van de TLV"),
        P("In het laatste jaar van een TLV nodigt de sbo- of so-school uiterlijk 1 maart de ouders, de "
          "orthopedagoog van de school en de consulent van het samenwerkingsverband uit voor een "
          "evaluatiegesprek. In dat gesprek wordt het OPP besproken en beoordeeld of de leerling terug kan "
          "naar een basisschool. Is dat zo, dan zoekt de school samen met ouders vóór 1 mei een basisschool "
          "en draagt zij het dossier warm over; de TLV loopt dan af op 31 juli. Is verlenging nodig, dan "
          "vraagt de school vóór 1 april een nieuwe TLV aan volgens de procedure hierboven."),
        P("Onze visie op terugplaatsing en de voorwaarden en ondersteuning die een teruggeplaatste leerling "
          "krijgt, werken wij in het schooljaar 2024-2025 uit samen met de directeuren van sbo en so."),
    ]
    # dekkend aanbod: missing (heading only in TOC; section not in body)
    # financien: present, under "Geld en middelen"
    b += [
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk middelen voor lichte en zware "
          "ondersteuning. Een groot deel van de middelen voor zware ondersteuning gaat rechtstreeks naar het "
          "so, via de verrekening door DUO. Wat overblijft verdelen wij volgens het verdeelmodel dat hieronder "
          "staat. Dit model is in 2020 ingevoerd en in 2023 door het bestuur bevestigd."),
        H2("Verdeelmodel"),
        UL(["Schoolbudget: iedere basisschool ontvangt € 145 per leerling op de teldatum 1 oktober van het "
            "voorgaande jaar, plus een vaste voet van € 6.000 per vestiging.",
            "Het schoolbudget wordt in twee termijnen (januari en juli) aan het schoolbestuur overgemaakt.",
            "Sbo: het samenwerkingsverband bekostigt het sbo boven de 2%-grens op basis van het aantal "
            "leerlingen op 1 februari (peildatum).",
            "Bovenschoolse ondersteuning (consulenten, orthopedagogen, ondersteuningsteams) wordt centraal "
            "betaald en is voor scholen kosteloos."]),
        P("Schoolbesturen leggen jaarlijks vóór 1 mei in een format van het samenwerkingsverband "
          "verantwoording af over de besteding van het schoolbudget."),
        H2("Meerjarenbegroting"),
        TABLE([["Bedragen in euro", "2024", "2025", "2026", "2027"],
               ["Rijksbijdrage lichte en zware ondersteuning", "9.850.000", "9.720.000", "9.610.000", "9.500.000"],
               ["Afdracht so via DUO", "-3.960.000", "-3.990.000", "-4.020.000", "-4.050.000"],
               ["Schoolbudgetten basisscholen", "1.480.000", "1.460.000", "1.440.000", "1.420.000"],
               ["Sbo boven 2%-grens", "1.920.000", "1.900.000", "1.880.000", "1.860.000"],
               ["Bovenschoolse ondersteuning en consulenten", "1.650.000", "1.680.000", "1.700.000", "1.720.000"],
               ["Bureau en bestuur", "610.000", "620.000", "630.000", "640.000"],
               ["Resultaat", "230.000", "70.000", "-60.000", "-190.000"]]),
        P("De negatieve resultaten vanaf 2026 zijn bewust begroot: de reserve ligt boven de "
          "signaleringswaarde van de Inspectie en wordt zo tot 2028 afgebouwd naar een weerstandsvermogen "
          "van ongeveer 5 procent van de baten."),
    ]
    # resultaten: partial (doelen yes, monitoring deferred)
    b += [
        H1("Wat willen we bereiken"),
        P("Voor de periode 2024-2028 heeft het bestuur de volgende beoogde resultaten voor leerlingen die "
          "ondersteuning nodig hebben vastgesteld:"),
        UL(["Het percentage leerlingen in het sbo daalt van 3,1% (2023) naar ten hoogste 2,7% in 2028, "
            "doordat meer leerlingen met een arrangement op de eigen basisschool blijven.",
            "Iedere leerling met een OPP heeft in 2026 een perspectief dat twee keer per jaar met ouders "
            "en, vanaf groep 6, met de leerling zelf wordt besproken.",
            "In 2027 voldoen alle 38 basisscholen aan alle twaalf standaarden basisondersteuning.",
            "Het aantal leerlingen dat langer dan vier weken wacht op een besluit over een aanvraag is in "
            "2026 nul."]),
        P("Hoe wij de voortgang op deze doelen gaan volgen en aan wie wij daarover rapporteren, leggen wij "
          "in de loop van 2025 vast in een monitoringskalender. Tot die tijd houden wij de huidige "
          "werkwijze aan."),
    ]
    # ouders: present, inside "Communicatie en samenwerking"
    b += [
        H1("Communicatie en samenwerking"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
          "scholen via een maandelijkse nieuwsbrief voor directeuren en intern begeleiders en via de "
          "netwerkbijeenkomsten. Met gemeenten is er een vast overleg op beleidsniveau."),
        H2("Voor ouders"),
        P("Ouders vinden op de website van het samenwerkingsverband een ouderpagina met uitleg over "
          "basisondersteuning, extra ondersteuning, het ondersteuningsteam en de toelaatbaarheidsverklaring. "
          "Iedere school neemt in de schoolgids op welke ondersteuning zij biedt. Bij de start van een "
          "ondersteuningsteam ontvangen ouders de folder 'Passend onderwijs: wat betekent het voor mijn "
          "kind?'. Twee keer per jaar organiseert het samenwerkingsverband een informatieavond voor ouders, "
          "afwisselend in Waardhoven en Lingedam."),
        P("Ouders die vragen hebben of het niet eens zijn met de school, kunnen kosteloos terecht bij het "
          "Ouder- en Jeugdsteunpunt De Waarden. Het steunpunt is onafhankelijk van scholen en "
          "samenwerkingsverband, is bereikbaar via telefoon en e-mail en kan een gesprek begeleiden. Daarnaast "
          "kunnen ouders een beroep doen op de landelijke onderwijsconsulenten. Bij een geschil over "
          "toelating, verwijdering of het OPP staat de Geschillencommissie passend onderwijs open."),
    ]
    b += governance(c) + opr(c)
    b += personeel(c) + kennisdeling(c) + ict(c) + planning(c)
    b += begrippen(c) + afkortingen(c)
    return b


# ---------------------------------------------------------------------------
# Plan 2: VO, docx
# ---------------------------------------------------------------------------

C2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Lingestreek", short="SWV VO Lingestreek",
          code="VO 27-05", sector="vo", period="2025-2029", ngem="vier",
          gemeenten="Geldermalsen-West, Leerdijk, Asperen-Noord en Lingewaal", director="drs. H. Koopmans",
          oogo="13 maart 2025", opr="8 april 2025", vast="15 april 2025", nbesturen=6,
          kengetallen=[["Aangesloten schoolbesturen", "6"], ["Scholen voor vo (vestigingen)", "11"],
                       ["Praktijkscholen", "1"], ["Vso-locaties", "2"], ["Leerlingen vo", "7.920"],
                       ["Leerlingen vso", "214"]])


def plan2():
    c = C2
    b = [("title", [f"Ondersteuningsplan {c['period']}", c["name"], c["code"], "Definitieve versie april 2025"])]
    b += toc(["Voorwoord", "1 Visie, missie en ambities", "2 Ons samenwerkingsverband",
              "3 Basisondersteuning", "4 Het ondersteuningscontinuüm", "5 Zware ondersteuning: het vso",
              "6 Lwoo en praktijkonderwijs", "7 Thuiszitters en zorgplicht", "8 Financiën",
              "9 Ouders en leerlingen", "10 Organisatie", "11 Personeel", "12 Privacy", "13 Planning",
              "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c)
    b += totstandkoming(c)
    b += terugblik(c)
    b += visie(c)
    b += context(c)
    b += ontwikkelingen(c)
    # basisondersteuning: partial (niveau yes, inhoud only referentiekader + absent bijlage)
    b += [
        H1("Basisondersteuning"),
        P("Basisondersteuning is het door alle aangesloten besturen afgesproken niveau van ondersteuning dat "
          "iedere vestiging in Lingestreek, inclusief de praktijkschool, minimaal biedt. Het niveau is voor "
          "alle scholen gelijk; scholen kunnen daarboven eigen accenten leggen in hun "
          "schoolondersteuningsprofiel."),
        P("Wij volgen de landelijke omschrijving uit het Referentiekader passend onderwijs. Basisondersteuning "
          "bestaat dan uit vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, "
          "de onderwijsondersteuningsstructuur en planmatig werken. De concrete uitwerking per aspect is "
          "opgenomen in de Kwaliteitskaart Basisondersteuning VO Lingestreek (bijlage 2)."),
        P("De kwaliteitskaart wordt iedere twee jaar herijkt in het netwerk ondersteuningscoördinatoren."),
    ]
    # dekkend aanbod: present
    b += [
        H1("Het ondersteuningscontinuüm"),
        P("De ondersteuning in Lingestreek is ingericht als een continuüm in vier niveaus. Elk niveau bouwt "
          "voort op het vorige en iedere school kan een beroep doen op alle niveaus."),
        TABLE([["Niveau", "Wat", "Waar", "Toegang"],
               ["1 Basis", "Basisondersteuning", "Iedere vo-school", "Geen aanvraag"],
               ["2 Extra op school", "Ondersteuningsarrangement, trajectvoorziening, "
                "begeleiding door ondersteuningscoördinator en orthopedagoog", "Eigen school",
                "Besluit school, budget lichte ondersteuning"],
               ["3 Bovenschools", "OPDC De Overstap: tijdelijke plaatsing van maximaal 12 weken, "
                "verlengbaar tot 24 weken", "Leerdijk", "Aanvraag bij Loket SWV"],
               ["4 Vso", "Voortgezet speciaal onderwijs cluster 3 en 4", "Twee vso-locaties",
                "Toelaatbaarheidsverklaring"]]),
        P("Voor leerlingen die onderwijs en jeugdhulp tegelijk nodig hebben, zijn er twee "
          "onderwijs-zorgarrangementen, die samen met de gemeenten worden gefinancierd: een kleine "
          "groep op de praktijkschool en een dagprogramma op een van de vso-locaties."),
        H1("Thuiszitters en zorgplicht"),
        P("Een dekkend aanbod betekent dat voor iedere jongere een passende plek beschikbaar is. Om te zien "
          "waar dat niet lukt, houdt het samenwerkingsverband samen met leerplicht een registratie bij van "
          "alle leerlingen die langer dan vier weken niet of slechts gedeeltelijk naar school gaan. Deze lijst "
          "wordt iedere maand besproken aan de Thuiszitterstafel, waarin leerplicht, het Loket, jeugdhulp en "
          "de betrokken school zitten. Voor iedere leerling wordt binnen twee weken een plan gemaakt met een "
          "verantwoordelijke en een datum."),
        P("Lukt het een school niet om binnen zes weken een passende plek te bieden, dan kan de school of de "
          "leerplichtambtenaar het samenwerkingsverband vragen om op te schalen. De directeur-bestuurder "
          "wijst dan een casusregisseur aan die de betrokken besturen bij elkaar brengt. Tekorten in het "
          "aanbod die uit de registratie blijken, bespreekt het bestuur twee keer per jaar; in 2024 leidde "
          "dat tot uitbreiding van de OPDC-capaciteit met acht plaatsen."),
    ]
    # plaatsing: partial (procedure yes, criteria deferred) ; terugstroom: present inside vso chapter
    b += [
        H1("Zware ondersteuning: het vso"),
        H2("Aanvraag van een toelaatbaarheidsverklaring"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven dient de aanvraag voor een TLV "
          "in bij het Loket van het samenwerkingsverband. De aanvraag bevat het OPP, het verslag van het "
          "multidisciplinair overleg en de zienswijze van ouders en leerling. De Commissie Toewijzing en "
          "Ondersteuning (CTO) vraagt het advies van twee deskundigen, onder wie altijd een orthopedagoog of "
          "psycholoog. De CTO besluit binnen acht weken en bepaalt de geldigheidsduur (één tot drie "
          "schooljaren) en de bekostigingscategorie."),
        P("De criteria die de CTO hanteert bij de beoordeling van de toelaatbaarheid tot het vso worden in "
          "schooljaar 2025-2026 opnieuw vastgesteld. Tot die tijd blijft de commissie werken met de "
          "afwegingen die zij de afgelopen jaren heeft ontwikkeld."),
        P("Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit. Het samenwerkingsverband "
          "legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie."),
        H2("Na het vso: terug naar het regulier onderwijs"),
        P("Het vso is voor veel leerlingen een tijdelijke plek. Ons beleid is dat iedere leerling voor wie "
          "het vso niet langer nodig is, zo snel mogelijk en goed begeleid terugkeert naar een vo-school, "
          "bij voorkeur in de eigen woonplaats. Voorwaarde is dat de ontvangende school met de "
          "ondersteuning uit niveau 1 en 2 aan de ondersteuningsbehoefte kan voldoen."),
        P("Het vso evalueert het OPP ten minste één keer per jaar. In het laatste jaar van de TLV nodigt de "
          "vso-school uiterlijk 1 februari de ouders, de leerling, een consulent van het samenwerkingsverband "
          "en, indien al bekend, de ontvangende school uit. De vso-school stelt een advies op; de CTO besluit "
          "vóór 1 april of de leerling terugkeert of dat een nieuwe TLV nodig is. Wordt geen nieuwe TLV "
          "afgegeven, dan eindigt de TLV op 31 juli en schrijft de ontvangende school de leerling in."),
        P("Na terugkeer krijgt de leerling een terugkeerarrangement: gedurende zes maanden begeleidt een "
          "ambulant begeleider van de vso-school de leerling en de mentor. De ontvangende school ontvangt "
          "hiervoor € 3.500 per leerling uit het budget voor bovenschoolse ondersteuning."),
        H1("Lwoo en praktijkonderwijs"),
        P("Ook de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot het "
          "praktijkonderwijs zijn een taak van het samenwerkingsverband. De vo-school waar de leerling is "
          "aangemeld, dient de aanvraag vóór 15 maart in bij het Loket, met de gegevens uit het "
          "basisschooladvies en het onderwijskundig rapport. De CTO beslist binnen vier weken. Lingestreek "
          "hanteert hierbij de landelijke criteria. De aanwijzing lwoo geldt voor de duur van de opleiding."),
    ]
    # financien: partial (verdeling yes, besteding p.m.)
    b += [
        H1("Financiën"),
        H2("Verdeling van de middelen"),
        P("De middelen voor lichte ondersteuning gaan volledig naar de scholen. Iedere vo-school ontvangt een "
          "budget van € 112 per leerling op de teldatum 1 oktober; de praktijkschool ontvangt daarnaast een "
          "vaste voet van € 40.000. Van de middelen voor zware ondersteuning gaat na de afdracht aan het vso "
          "70 procent naar de schoolbesturen naar rato van het leerlingaantal, 20 procent naar bovenschoolse "
          "voorzieningen (OPDC, terugkeerarrangementen, onderwijs-zorgarrangementen) en 10 procent naar "
          "bureau, bestuur en OPR."),
        P("Het bestuur kan op verzoek van een school een aanvullend arrangement toekennen wanneer een school "
          "aantoonbaar meer leerlingen met een zware ondersteuningsbehoefte heeft dan het regiogemiddelde."),
        H2("Meerjarenbegroting"),
        P("De meerjarenbegroting 2025-2028 wordt na vaststelling door het bestuur in december als bijlage aan "
          "dit plan toegevoegd. Onderstaand overzicht geeft de opbouw."),
        TABLE([["Post", "2025", "2026", "2027", "2028"],
               ["Baten rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Budget scholen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau en bestuur", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ]
    # ouders: partial (informatie yes, steunpunt deferred)
    b += [
        H1("Ouders en leerlingen"),
        P("Ouders en leerlingen zijn partners. Iedere school bespreekt het OPP met ouders en met de "
          "leerling; de leerling heeft het recht om zijn mening te geven."),
        P("Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via de website van het "
          "samenwerkingsverband, via de schoolgids van iedere school en via een informatieavond die in "
          "november in drie plaatsen wordt gehouden. Voor ouders van leerlingen in groep 8 is er een folder "
          "over lwoo, praktijkonderwijs en de overstap naar het vo, die via de basisscholen wordt verspreid."),
        P("Met vragen kunnen ouders terecht bij de ondersteuningscoördinator van de school of bij het Loket "
          "van het samenwerkingsverband. Informatie over onafhankelijke ondersteuning voor ouders volgt op "
          "onze website."),
    ]
    b += governance(c) + opr(c)
    b += personeel(c) + kennisdeling(c) + ict(c) + planning(c)
    b += begrippen(c, [["Kwaliteitskaart", "Overzicht van de afspraken over basisondersteuning."]])
    b += afkortingen(c)
    return b


# ---------------------------------------------------------------------------
# Plan 3: PO, pdf
# ---------------------------------------------------------------------------

C3 = dict(name="Stichting Samenwerkingsverband Zuidrand Primair", short="Zuidrand Primair",
          code="PO 30-11", sector="po", period="2024-2028", ngem="twee",
          gemeenten="Zuidrand en Heeswijk-Dommel", director="A. Pronk",
          oogo="1 februari 2024", opr="5 maart 2024", vast="12 maart 2024", nbesturen=5,
          kengetallen=[["Aangesloten schoolbesturen", "5"], ["Basisscholen", "41"], ["Sbo-scholen", "1"],
                       ["So-scholen", "2"], ["Leerlingen bao", "9.310"], ["Leerlingen sbo", "198"],
                       ["Leerlingen so (uit ons gebied)", "176"]])


def plan3():
    c = C3
    b = [("title", [f"Ondersteuningsplan {c['period']}", c["name"], c["code"]])]
    b += toc(["Voorwoord", "1 Visie en missie", "2 Ons samenwerkingsverband", "3 Basisondersteuning",
              "4 De ondersteuningsroute", "5 Toelaatbaarheid", "  5.4 Terugplaatsing",
              "6 Kwaliteit en resultaten", "7 Financieel beleid", "8 Klachten en geschillen",
              "9 Governance", "10 Personeel", "11 ICT", "Begrippenlijst"])
    b += voorwoord(c)
    b += totstandkoming(c)
    b += terugblik(c)
    b += visie(c)
    b += context(c)
    b += ontwikkelingen(c)
    b += [
        H1("Basisondersteuning"),
        P("(Tekst overgenomen uit OP 2018-2022, geactualiseerd.) Alle 41 basisscholen van Zuidrand Primair "
          "bieden dezelfde basisondersteuning. De besturen hebben dit niveau samen vastgesteld als de "
          "ondergrens voor iedere vestiging. In de tabel staat wat dit concreet betekent."),
        TABLE([["Standaard", "Wat betekent dit op elke school"],
               ["Leesproblemen en dyslexie", "Protocol Leesproblemen en Dyslexie; extra instructie drie keer "
                "per week in groep 3 en 4; software voor voorlezen vanaf groep 5"],
               ["Rekenen", "Diagnostisch gesprek bij uitval; verlengde instructie; eigen leerlijn met OPP"],
               ["Gedrag", "Schoolbrede gedragsaanpak; time-out-protocol; gesprekken met ouders binnen "
                "een week na een incident"],
               ["Sociaal-emotioneel", "Jaarlijks gevalideerde vragenlijst; kanjer- of vergelijkbare training"],
               ["Meer- en hoogbegaafdheid", "Compacten en verrijken; plusgroep op schoolniveau"],
               ["Taal en NT2", "Woordenschatprogramma; samenwerking met voorschoolse educatie"],
               ["Fysiek en medisch", "Protocol medisch handelen; school is rolstoeltoegankelijk of heeft "
                "een afspraak met een naburige school"],
               ["Ondersteuningsstructuur", "Intern begeleider; ondersteuningsteam met ouders en "
                "orthopedagoog van het SWV, zes keer per jaar"]]),
        P("Scholen leggen jaarlijks aan hun eigen bestuur verantwoording af over de invulling. Het "
          "samenwerkingsverband bezoekt iedere school eens per twee jaar voor een audit."),
    ]
    # dekkend-aanbod: partial (continuum yes, lacunes deferred)
    b += [
        H1("De ondersteuningsroute"),
        P("Als de basisondersteuning niet genoeg is, volgt de school de ondersteuningsroute. Stap één is een "
          "arrangement binnen de eigen school, betaald uit het schoolbudget. Stap twee is een bovenschools "
          "arrangement: de observatieklas (maximaal 16 weken), de taalklas voor nieuwkomers of de "
          "plusklas Kompaan voor hoogbegaafde leerlingen, één dag per week. Stap drie is een plaatsing in "
          "het sbo of so. Tussen de stappen vindt een bespreking in het ondersteuningsteam plaats."),
        P("Ook de samenwerking met jeugdhulp is in de route ingebouwd: een jeugdprofessional van de gemeente "
          "schuift aan bij het ondersteuningsteam wanneer dat nodig is."),
        H2("Thuiszitters"),
        P("Het aantal thuiszitters in ons gebied is klein, maar ieder kind dat thuiszit is er één te veel. "
          "We gaan onderzoeken of een thuiszitterspact met de twee gemeenten meerwaarde heeft. Ook brengen "
          "we in 2026 in kaart of ons aanbod dekkend is."),
    ]
    # plaatsing: partial (criteria yes, procedure referred to website) ; terugstroom: missing
    b += [
        H1("Toelaatbaarheid"),
        P("De aanvraagprocedure, de samenstelling van de commissie en de termijnen zijn beschreven in de "
          "Werkwijzer Toelaatbaarheid op www.zuidrandprimair.nl."),
        H2("Wanneer is een leerling toelaatbaar?"),
        P("Een leerling is toelaatbaar tot het sbo als de basisschool de ondersteuningsroute tot en met stap "
          "twee heeft doorlopen, de leerling op ten minste twee vakgebieden een achterstand heeft van meer dan "
          "een jaar ten opzichte van de eigen ontwikkelingslijn, en de leerling baat heeft bij onderwijs in "
          "een kleine groep. Een leerling is toelaatbaar tot het so als de ondersteuningsbehoefte zo "
          "intensief is dat het onderwijs alleen met specialistische expertise en zorg in de klas kan "
          "worden gegeven, of als de leerling een verstandelijke beperking heeft (IQ lager dan 70) "
          "waardoor een eigen leerlijn met zeer kleine stappen nodig is."),
        P("Ouders kunnen tegen een besluit binnen zes weken bezwaar maken bij het samenwerkingsverband. "
          "Zuidrand Primair is aangesloten bij de Landelijke Bezwaaradviescommissie."),
    ]
    # resultaten: present
    b += [
        H1("Kwaliteit en resultaten"),
        H2("Beoogde resultaten"),
        TABLE([["Doel", "Nulmeting 2023", "Streefwaarde 2028"],
               ["Deelnamepercentage sbo", "2,1%", "2,0% of lager"],
               ["Leerlingen met een arrangement dat binnen 4 weken start", "71%", "90%"],
               ["Scholen die voldoen aan alle standaarden", "33 van 41", "41 van 41"],
               ["Tevredenheid ouders over ondersteuningsteam (schaal 1-10)", "7,2", "7,5"]]),
        H2("Hoe wij resultaten volgen"),
        P("Twee keer per jaar (februari en september) maakt het bureau een dashboard met de indicatoren uit "
          "de tabel, aangevuld met het aantal TLV's, het aantal arrangementen en de wachttijden. Het dashboard "
          "wordt besproken in het directeurenoverleg en in de raad van toezicht. Eens per jaar vragen wij "
          "ouders en intern begeleiders naar hun tevredenheid. In het jaarverslag, dat vóór 1 juli verschijnt, "
          "rapporteren wij over de bereikte resultaten en de middelen die daarvoor zijn ingezet; ook de OPR "
          "bespreekt dit verslag."),
    ]
    # financien: partial (besteding yes, verdeling deferred)
    b += [
        H1("Financieel beleid"),
        P("Het huidige verdeelmodel loopt af op 31 juli 2025. Een werkgroep van directeuren en "
          "controllers ontwerpt een nieuw verdeelmodel; het algemeen bestuur stelt dat naar verwachting in "
          "het voorjaar van 2025 vast."),
        TABLE([["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
               ["Baten ondersteuningsmiddelen", "10.420", "10.310", "10.190", "10.080"],
               ["Afdracht so", "4.110", "4.150", "4.180", "4.200"],
               ["Sbo", "1.640", "1.620", "1.600", "1.590"],
               ["Budgetten basisscholen", "1.850", "1.800", "1.760", "1.720"],
               ["Bovenschoolse arrangementen", "1.210", "1.240", "1.260", "1.280"],
               ["Ondersteuningsteams en orthopedagogen", "980", "990", "1.000", "1.010"],
               ["Bureau", "540", "550", "560", "570"],
               ["Saldo", "90", "-40", "-170", "-290"]]),
        P("De reserve wordt in deze periode afgebouwd tot het niveau dat het bestuur als "
          "weerstandsvermogen noodzakelijk acht."),
    ]
    # ouders: partial (steunpunt yes, informatie deferred)
    b += [
        H1("Klachten en geschillen"),
        P("Een communicatieplan voor ouders is in voorbereiding en wordt in 2025 aan de OPR voorgelegd."),
        P("Soms lopen gesprekken vast. Ouders kunnen dan kosteloos terecht bij het Ouder- en "
          "Jeugdsteunpunt Zuidrand, dat onafhankelijk van scholen en samenwerkingsverband ouders adviseert "
          "en desgewenst meegaat naar gesprekken. Ook de onderwijsconsulenten (landelijk, gratis) kunnen "
          "bemiddelen. Klachten over het samenwerkingsverband worden behandeld volgens de klachtenregeling; "
          "geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
    ]
    b += governance(c) + opr(c)
    b += personeel(c) + kennisdeling(c) + ict(c) + planning(c)
    b += begrippen(c)
    return b


# ---------------------------------------------------------------------------
# Plan 4: VO, pdf
# ---------------------------------------------------------------------------

C4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Westhoek-Kust", short="SWV Westhoek-Kust",
          code="VO 29-08", sector="vo", period="2025-2029", ngem="drie",
          gemeenten="Westhoek, Duinrade en Kustvliet", director="ir. L. de Ridder",
          oogo="20 februari 2025", opr="25 maart 2025", vast="1 april 2025", nbesturen=4,
          kengetallen=[["Aangesloten schoolbesturen", "4"], ["Vo-vestigingen", "8"], ["Praktijkschool", "1"],
                       ["Vso-school", "1"], ["Leerlingen vo", "6.150"], ["Leerlingen met lwoo", "610"]])


def plan4():
    c = C4
    b = [("title", [f"Ondersteuningsplan {c['period']}", c["name"], c["code"]])]
    b += toc(["Voorwoord", "1 Visie", "2 Ons samenwerkingsverband", "3 Basisondersteuning",
              "4 Ondersteuningscontinuüm", "5 Toelaatbaarheid vso, lwoo en pro", "6 Terugplaatsing",
              "7 Iedere leerling een plek", "8 Resultaten", "9 Financieel beleid", "10 Ouders",
              "11 Organisatie", "12 Personeel", "Begrippenlijst"])
    b += voorwoord(c)
    b += totstandkoming(c)
    b += terugblik(c)
    b += visie(c)
    b += context(c)
    b += ontwikkelingen(c)
    # basisondersteuning: missing (deferral)
    b += [
        H1("Basisondersteuning"),
        P("Het landelijke kader voor basisondersteuning wordt naar verwachting de komende jaren wettelijk "
          "vastgelegd. Westhoek-Kust wacht dat kader af en neemt de uitwerking daarna op in een addendum bij "
          "dit plan."),
        H1("Ondersteuningscontinuüm"),
        P("Het ondersteuningscontinuüm van Westhoek-Kust is opgenomen in bijlage 5."),
    ]
    # plaatsing: present
    b += [
        H1("Toelaatbaarheid vso, lwoo en pro"),
        H2("Vso"),
        P("Een TLV voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling "
          "staat ingeschreven. De aanvraag gaat via het Loket en bevat het OPP, het groeidocument, de "
          "verslagen van de laatste twee evaluaties en de zienswijze van ouders en leerling. De Commissie van "
          "Toelaatbaarheid (CvT) vraagt schriftelijk advies aan een orthopedagoog of GZ-psycholoog en aan een "
          "tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater), die niet bij de "
          "aanvraag betrokken waren. De CvT beslist binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
        UL(["de school heeft ten minste twee arrangementen op niveau 2 of 3 uitgevoerd en geëvalueerd;",
            "de ondersteuningsbehoefte betreft meerdere domeinen (leren, gedrag, sociaal-emotioneel, "
            "medisch) tegelijk;",
            "de leerling heeft een onderwijsomgeving nodig met een groep van maximaal twaalf leerlingen en "
            "doorlopende specialistische begeleiding;",
            "er is geen regulier arrangement binnen het samenwerkingsverband dat aan de behoefte voldoet."]),
        P("De TLV geldt voor één, twee of drie schooljaren en vermeldt de bekostigingscategorie (laag, "
          "midden, hoog). Bezwaar kan binnen zes weken worden gemaakt; het samenwerkingsverband vraagt advies "
          "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H2("Lwoo en praktijkonderwijs"),
        P("De vo-school dient vóór 1 maart een aanvraag in voor een aanwijzing lwoo of een TLV "
          "praktijkonderwijs, met de resultaten van een capaciteitenonderzoek en de didactische gegevens uit "
          "het onderwijskundig rapport. Voor pro geldt: IQ tussen 55 en 80 en een leerachterstand van ten "
          "minste drie jaar op ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen en "
          "technisch lezen. Voor lwoo geldt: IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie "
          "jaar op ten minste twee domeinen, of sociaal-emotionele problematiek bij een IQ tussen 91 en 120. "
          "De CvT beslist binnen vier weken."),
    ]
    # terugstroom: partial (beleid yes, procedure referred to absent bijlage)
    b += [
        H1("Terugplaatsing"),
        P("Voor Westhoek-Kust is het vso geen eindstation. Het uitgangspunt is dat een leerling terugkeert "
          "naar het regulier vo zodra de ondersteuningsbehoefte dat toelaat en er een school is die met "
          "extra ondersteuning aan die behoefte kan voldoen. Leerlingen in het laatste jaar van het "
          "vso-examentraject ronden hun opleiding in het vso af."),
        P("Een leerling die terugkeert, krijgt begeleiding van een overstapcoach van het "
          "samenwerkingsverband gedurende twintig weken. De ontvangende school ontvangt een "
          "terugkeerbudget van € 4.000."),
        P("De stappen en beslismomenten bij terugplaatsing zijn beschreven in het Protocol Terugplaatsing "
          "(bijlage 6)."),
    ]
    # dekkend-aanbod: partial (lacunes yes)
    b += [
        H1("Iedere leerling een plek"),
        P("Zorgplicht betekent dat een school bij aanmelding een passende plek biedt of vindt. Wanneer dat "
          "niet lukt, of een leerling thuis komt te zitten, grijpt het samenwerkingsverband in. Iedere school "
          "meldt een leerling die tien schooldagen niet naar school is geweest bij de thuiszitterscoördinator. "
          "Binnen vijf schooldagen volgt een doorbraakoverleg met school, ouders, leerplicht en, zo nodig, "
          "jeugdhulp. Het overleg eindigt met een plan dat binnen zes weken tot een plek moet leiden."),
        P("Blijkt in het doorbraakoverleg dat er voor een groep leerlingen structureel geen passend aanbod "
          "is, dan agendeert de thuiszitterscoördinator dit bij het bestuur, dat binnen drie maanden besluit "
          "over een oplossing. Op 1 oktober 2024 waren er 9 thuiszitters; in 2021 waren dat er 23."),
    ]
    # resultaten: present
    b += [
        H1("Resultaten"),
        P("Voor deze planperiode streven wij de volgende resultaten na voor leerlingen met een "
          "ondersteuningsbehoefte:"),
        UL(["het aantal thuiszitters is op 1 oktober 2028 lager dan 5;",
            "85 procent van de leerlingen met een arrangement haalt een diploma of startkwalificatie op het "
            "verwachte niveau (2024: 78 procent);",
            "het percentage leerlingen in het vso daalt van 3,4 naar 3,0 procent;",
            "iedere leerling die terugkeert uit het vso zit een jaar later nog op de ontvangende school."]),
        P("De kwaliteitszorg is ingericht volgens een vaste kalender. In september en februari levert iedere "
          "school de gegevens aan over arrangementen, uitstroom en diploma's. Het bureau verwerkt deze tot "
          "een monitor die besproken wordt met directeuren en de raad van toezicht. In het jaarverslag "
          "rapporteert het bestuur over de bereikte resultaten ten opzichte van de streefwaarden en over de "
          "inzet van middelen. Bij achterblijvende resultaten maakt het bestuur met de betrokken school een "
          "verbeterafspraak."),
    ]
    # financien: present
    b += [
        H1("Financieel beleid"),
        P("De middelen voor lichte ondersteuning verdeelt het samenwerkingsverband als volgt: iedere school "
          "ontvangt een vaste voet van € 25.000 en € 95 per leerling op de teldatum 1 oktober. De middelen "
          "voor lwoo en pro worden op basis van het aantal aanwijzingen doorgegeven. Scholen verantwoorden de "
          "besteding in hun jaarverslag aan de hand van een vast format."),
        TABLE([["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Baten lichte ondersteuning", "1.480", "1.460", "1.440", "1.420"],
               ["Baten zware ondersteuning", "4.210", "4.180", "4.150", "4.120"],
               ["Baten lwoo en pro", "5.960", "5.900", "5.840", "5.780"],
               ["Afdracht vso", "2.640", "2.600", "2.570", "2.540"],
               ["Schoolbudgetten lichte ondersteuning", "1.480", "1.460", "1.440", "1.420"],
               ["Doorbetaling lwoo en pro", "5.960", "5.900", "5.840", "5.780"],
               ["Bovenschoolse arrangementen en overstapcoaches", "980", "1.000", "1.020", "1.040"],
               ["Thuiszitterscoördinatie en doorbraakoverleg", "160", "165", "170", "175"],
               ["Bureau en bestuur", "470", "480", "490", "500"],
               ["Saldo", "-40", "-65", "-90", "-115"]]),
    ]
    # ouders: present
    b += [
        H1("Ouders"),
        P("Ouders vinden informatie over de ondersteuning op de website van het samenwerkingsverband en in "
          "de schoolgids van iedere school. Iedere school heeft een vaste pagina 'Ondersteuning' in de "
          "schoolgids met de naam van de ondersteuningscoördinator. In oktober organiseert het "
          "samenwerkingsverband twee ouderavonden voor ouders van leerlingen in groep 8 en klas 1."),
        P("Ouders en jongeren die onafhankelijk advies willen, kunnen terecht bij het Oudersteunpunt "
          "Westhoek. Het steunpunt is ondergebracht bij een stichting die los staat van scholen en "
          "samenwerkingsverband. Ook kunnen zij de onderwijsconsulenten inschakelen."),
    ]
    b += governance(c) + opr(c)
    b += personeel(c) + kennisdeling(c) + ict(c) + planning(c)
    b += begrippen(c)
    return b


# ---------------------------------------------------------------------------
# Plan 5: VO, markdown
# ---------------------------------------------------------------------------

C5 = dict(name="Samenwerkingsverband VO Dommeldal", short="SWV Dommeldal", code="VO 30-04", sector="vo",
          period="2024-2028", ngem="twee", gemeenten="Dommelen-Oost en Valkenhorst", director="R. Verbeek",
          oogo="22 januari 2024", opr="27 februari 2024", vast="5 maart 2024", nbesturen=3,
          kengetallen=[["Aangesloten schoolbesturen", "3"], ["Vo-vestigingen", "5"], ["Vso-locatie", "1"],
                       ["Leerlingen vo", "4.480"], ["Leerlingen vso", "96"],
                       ["Toelaatbaarheidsverklaringen vso afgegeven in 2023", "41"]])


def aansluiting(c):
    return [
        H1("Aansluiting po-vo en vo-mbo"),
        P("De overgang van de basisschool naar het voortgezet onderwijs is voor veel leerlingen een grote "
          "stap. De vo-scholen in Dommeldal maken met de basisscholen in de regio jaarlijks afspraken over de "
          "overdracht van gegevens via het digitale overdrachtsdossier en over de momenten waarop "
          "mentoren en leerkrachten elkaar spreken. In juni houden alle scholen kennismakingsmiddagen voor "
          "nieuwe brugklassers. Deze afspraken zijn gemaakt in het regionale po-vo-overleg, waarin ook het "
          "samenwerkingsverband primair onderwijs deelneemt."),
        P("Ook de overgang naar het mbo vraagt aandacht. Met de twee roc's in de regio is afgesproken dat "
          "leerlingen van de vmbo-scholen in het laatste leerjaar een loopbaangesprek voeren en dat de "
          "school de mbo-instelling informeert wanneer een leerling meer begeleiding nodig heeft. Het "
          "samenwerkingsverband neemt deel aan het regionale overleg voortijdig schoolverlaten en draagt bij "
          "aan de regionale aanpak voor jongeren in een kwetsbare positie."),
        P("In de vorige planperiode is een werkgroep gestart die de doorlopende leerlijn loopbaanoriëntatie "
          "van groep 8 tot en met het eerste jaar mbo beschrijft. De werkgroep bestaat uit decanen van de "
          "vo-scholen, twee leerkrachten uit het basisonderwijs en een studieloopbaanbegeleider van een roc. "
          "De werkgroep komt vier keer per jaar bijeen en rapporteert aan het regionale po-vo-overleg. De "
          "eerste opbrengst is een gezamenlijke kalender met open dagen, meeloopdagen en "
          "voorlichtingsavonden, die via de scholen wordt verspreid. Het samenwerkingsverband levert de "
          "secretaris van de werkgroep en stelt vergaderruimte beschikbaar."),
    ]


def plan5():
    c = C5
    b = [("title", [f"Ondersteuningsplan {c['period']}", c["name"], c["code"]])]
    b += toc(["Voorwoord", "1 Visie", "2 Ons samenwerkingsverband", "3 Basisondersteuning",
              "4 Ondersteuning op maat", "5 Toewijzing en toelaatbaarheid", "6 Terug naar het regulier",
              "7 Kwaliteitszorg", "8 Geld en middelen", "9 Communicatie", "10 Organisatie",
              "11 Personeel", "Begrippenlijst"])
    b += voorwoord(c)
    b += totstandkoming(c)
    b += terugblik(c)
    b += visie(c)
    b += context(c)
    b += ontwikkelingen(c)
    # basisondersteuning: partial (inhoud inventory yes, niveau not agreed)
    b += [
        H1("Basisondersteuning"),
        P("Iedere school beschrijft haar basisondersteuning in het schoolondersteuningsprofiel. Uit de "
          "inventarisatie van de profielen in 2023 blijkt dat op alle vijf de vestigingen het volgende "
          "aanwezig is:"),
        UL(["een ondersteuningscoördinator en een vertrouwenspersoon;",
            "dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen (extra tijd, vergroot lettertype, "
            "voorleessoftware);",
            "een mentoraat met wekelijks mentoruur;",
            "een trainingsaanbod faalangst en sociale vaardigheden;",
            "huiswerkbegeleiding op school, twee middagen per week;",
            "een opvangruimte voor leerlingen die tijdelijk uit de les moeten."]),
        P("Of dit overzicht ook de ondergrens wordt die wij als samenwerkingsverband met elkaar afspreken, "
          "besluiten de besturen in 2025. Tot dat moment is de inhoud van de basisondersteuning een keuze van "
          "iedere school."),
    ]
    # dekkend-aanbod: present
    b += [
        H1("Ondersteuning op maat"),
        P("Boven de basisondersteuning kent Dommeldal drie vormen van ondersteuning. Extra ondersteuning op "
          "de eigen school organiseert de school zelf, bijvoorbeeld via een "
          "trajectgroep of individuele begeleiding. Bovenschoolse ondersteuning wordt geboden in de "
          "Tussenvoorziening Dommeldal, waar leerlingen maximaal twintig weken een deel van de week "
          "onderwijs volgen met intensieve begeleiding. Specialistische ondersteuning wordt geboden in het "
          "vso. Daarnaast is er een onderwijs-zorgarrangement op de vso-locatie, opgezet door het "
          "samenwerkingsverband en de twee gemeenten samen."),
        H2("Als het niet lukt"),
        P("Wanneer een school voor een aangemelde of ingeschreven leerling geen passende plek kan vinden, "
          "meldt zij dit binnen een week bij het bureau. Het bureau organiseert dan binnen tien schooldagen "
          "een overleg met de betrokken scholen, ouders en leerplicht. Leerlingen die thuiszitten, worden "
          "iedere maand besproken in het thuiszittersoverleg met de leerplichtambtenaren. Knelpunten die "
          "vaker voorkomen, brengen wij jaarlijks in kaart in de analyse 'Witte vlekken', waarna het bestuur "
          "besluit over aanpassing van het aanbod. Zo is in 2023 een groep voor hoogbegaafde leerlingen met "
          "een ondersteuningsbehoefte gestart."),
    ]
    # plaatsing: missing (reference to separate handbook)
    b += [
        H1("Toewijzing en toelaatbaarheid"),
        P("De werkwijze van de Commissie Toewijzing is opgenomen in het Handboek Toewijzing (versie 3.2), dat "
          "los van dit plan door het bestuur wordt vastgesteld."),
    ]
    # terugstroom: present
    b += [
        H1("Terug naar het regulier"),
        P("Dommeldal wil dat leerlingen niet langer in het vso blijven dan nodig. Een terugkeer naar het "
          "regulier vo is aan de orde als de leerling zich zo heeft ontwikkeld dat een reguliere school met "
          "basis- en extra ondersteuning kan bieden wat nodig is, en als ouders en leerling daarmee instemmen. "
          "Na de overstap houdt de leerling een jaar lang een vaste begeleider van de vso-school, die de "
          "eerste drie maanden wekelijks en daarna maandelijks op de nieuwe school komt."),
        P("Het vso bespreekt ieder jaar in januari bij de evaluatie van het OPP of terugkeer mogelijk is. "
          "Als de vso-school dat denkt, meldt zij de leerling vóór 1 maart aan bij het bureau. Een "
          "consulent van het bureau zoekt samen met ouders een ontvangende school; de directeur van die school "
          "en de vso-school leggen de afspraken vast in een overdrachtsplan. De Commissie Toewijzing "
          "stelt vast dat de TLV niet wordt verlengd; de TLV eindigt dan op 31 juli. Na drie en na twaalf "
          "maanden evalueren ontvangende school, vso en ouders de overstap."),
    ]
    # resultaten: partial (monitoring yes, doelen deferred)
    b += [
        H1("Kwaliteitszorg"),
        P("De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte leggen wij jaarlijks vast in "
          "het jaarplan."),
        P("Twee keer per jaar verzamelt het bureau bij iedere school gegevens over het aantal leerlingen met "
          "extra ondersteuning, de inzet van de tussenvoorziening, thuiszitters, terugkeer uit het vso en "
          "uitstroom zonder diploma. Deze monitor wordt besproken met de directeuren en het bestuur. Eens "
          "per jaar voeren het bureau en iedere school een kwaliteitsgesprek over de resultaten van de "
          "ondersteuning. In het jaarverslag rapporteert het bestuur over de bereikte resultaten."),
    ]
    # financien: missing (reference to separate kadernota)
    b += [
        H1("Geld en middelen"),
        P("De verdeling van de middelen en de meerjarenbegroting legt het bestuur vast in de Kadernota "
          "Financiën 2024-2028, die afzonderlijk ter instemming aan de OPR wordt voorgelegd. Dat geeft ons "
          "de ruimte om sneller in te spelen op veranderingen in de rijksbekostiging."),
    ]
    # ouders: missing; communicatie only internal
    b += [
        H1("Communicatie"),
        P("Het bureau communiceert met de scholen via een tweewekelijkse nieuwsbrief voor "
          "ondersteuningscoördinatoren en via het netwerkoverleg. Besluiten van het bestuur worden binnen een "
          "week met de directeuren gedeeld. Met de gemeenten is er ieder kwartaal een ambtelijk overleg; de "
          "verslagen daarvan worden op het intranet geplaatst."),
    ]
    b += aansluiting(c)
    b += governance(c) + opr(c, with_parents=False)
    b += personeel(c) + kennisdeling(c) + ict(c) + planning(c)
    b += begrippen(c)
    return b


# ---------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of a basisschool (html)
# ---------------------------------------------------------------------------


def nearmiss():
    b = [("title", ["Ondersteuningsplan 2024-2025", "OBS De Vlinderboom", "onderdeel van Stichting Openbaar "
                    "Onderwijs Waardhoven, aangesloten bij samenwerkingsverband PO 31-07"])]
    b += [
        H1("Inleiding"),
        P("In dit ondersteuningsplan beschrijft OBS De Vlinderboom hoe wij de ondersteuning aan onze "
          "leerlingen organiseren. Het plan geldt voor het schooljaar 2024-2025 en is besproken in de "
          "medezeggenschapsraad. Het plan sluit aan op het ondersteuningsplan van ons samenwerkingsverband en "
          "op ons schoolondersteuningsprofiel."),
        H1("Onze zorgniveaus"),
        UL(["Niveau 1: algemene zorg in de groep door de leerkracht.",
            "Niveau 2: extra zorg in de groep, na signalering in de groepsbespreking.",
            "Niveau 3: speciale zorg na consultatie van de intern begeleider.",
            "Niveau 4: speciale zorg met inzet van externe deskundigen via het ondersteuningsteam.",
            "Niveau 5: verwijzing naar sbo of so met een toelaatbaarheidsverklaring van het "
            "samenwerkingsverband."]),
        H1("Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes, voert de intern begeleider met iedere leerkracht een "
          "groepsbespreking. Leerlingen die opvallen worden besproken in een leerlingbespreking. Resultaten "
          "van de methode-onafhankelijke toetsen worden in het team geanalyseerd."),
        H1("Basisondersteuning op onze school"),
        P("Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband: een "
          "dyslexieprotocol, een gedragsaanpak, een plusgroep, een protocol medisch handelen en een intern "
          "begeleider die twee dagen per week beschikbaar is."),
        H1("Ouders"),
        P("Ouders worden altijd betrokken als hun kind extra ondersteuning krijgt. Zij ondertekenen het "
          "groepsplan of OPP en worden uitgenodigd voor het ondersteuningsteam. Informatie over passend "
          "onderwijs vinden ouders in onze schoolgids en op de website van het samenwerkingsverband. Voor "
          "onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt."),
        H1("Middelen"),
        P("De school ontvangt van het samenwerkingsverband een schoolbudget. Dit schooljaar zetten wij dat in "
          "voor een onderwijsassistent (0,6 fte) en een remedial teacher (0,2 fte)."),
        H1("Aanvraag toelaatbaarheidsverklaring"),
        P("Wanneer een leerling naar het sbo of so gaat, vraagt de directeur namens het bestuur een TLV aan "
          "bij het samenwerkingsverband. De intern begeleider stelt het dossier samen. Na plaatsing houdt "
          "de school contact met de nieuwe school; als terugplaatsing mogelijk is, bekijken wij samen met "
          "ouders of dat bij ons kan."),
        H1("Evaluatie"),
        P("Aan het einde van het schooljaar evalueert het team dit plan. De uitkomsten worden verwerkt in het "
          "jaarverslag van de school en in het plan voor 2025-2026."),
    ]
    return b


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = datetime.datetime(2024, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2024, 3, 1, 9, 0, 0)
    doc.core_properties.author = "bureau samenwerkingsverband"
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text + " - concept voor OPR en gemeenten"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val[0], level=0)
            for line in val[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, e in enumerate(val):
                doc.add_paragraph(f"{e} {'.' * 20} {3 + 2 * i}")
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "numbers":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
            doc.add_paragraph("")
    doc.save(str(path))


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out += ["", *[f"**{x}**  " for x in val[1:]], ""]
        elif kind == "toc":
            out += ["## Inhoud", ""] + [f"- {e}" for e in val] + [""]
        elif kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += [f"- {x}" for x in val] + [""]
        elif kind == "numbers":
            out += [f"{i}. {x}" for i, x in enumerate(val, 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out += ["| " + " | ".join(r) + " |" for r in val[1:]] + [""]
    path.write_text("\n".join(out), encoding="utf-8")


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
           "</head><body>", f"<header><p>{e(title)}</p></header>", "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out += [f"<p class=\"sub\">{e(x)}</p>" for x in val[1:]]
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{tag}>")
        elif kind == "table":
            out.append("<table><tr>" + "".join(f"<th>{e(x)}</th>" for x in val[0]) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            out.append("</table>")
    out += ["</main>", "<footer><p>OBS De Vlinderboom - schooljaar 2024-2025</p></footer>", "</body></html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout175_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Labels (written by hand; kept next to the documents as YAML text)
# ---------------------------------------------------------------------------

LABELS = {}

LABELS["po-dewaarden-op-2024-2028"] = """\
documents: [po-dewaarden-op-2024-2028.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 'Wat iedere school biedt': agreed minimum for every vestiging + 12 concrete standaarden; yearly check by consulent."
  plaatsing: "ch. 'Toelaatbaarheid sbo en so': numbered steps, loket, two deskundigen, commissie within 6 weeks, criteria sbo/so, duration, LBT bezwaar."
  terugstroom: "procedure only, hidden in TLV chapter 'Afloop van de TLV' (evaluation by 1 March, decision, TLV ends 31 July); policy/conditions/support after return deferred to 2024-2025."
  financien: "under 'Geld en middelen': verdeelmodel (EUR 145 per leerling + vaste voet) and 2024-2027 begroting table; reserve afbouw."
  dekkend-aanbod: "TOC lists '5 Dekkend aanbod en thuiszitters' but no such chapter exists; term only in TOC, begrippenlijst and mission slogan; OOGO only as procedural date."
  resultaten: "'Wat willen we bereiken' gives measurable goals, but monitoring deferred ('in de loop van 2025 vast in een monitoringskalender')."
  ouders: "inside 'Communicatie en samenwerking' > 'Voor ouders': website, schoolgids, folder, info-avonden; OJSP, onderwijsconsulenten, geschillencommissie."
"""

LABELS["vo-lingestreek-op-2025-2029"] = """\
documents: [vo-lingestreek-op-2025-2029.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
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
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "niveau defined (same minimum for every vestiging), but content is only the generic 4-aspect Referentiekader definition plus 'Kwaliteitskaart (bijlage 2)', an annex not in the input."
  plaatsing: "ch. 'Zware ondersteuning: het vso' and 'Lwoo en praktijkonderwijs' give procedure (Loket, CTO, 8/4 weeks), but vso criteria are deferred to 2025-2026 and lwoo/pro only 'landelijke criteria' without content."
  terugstroom: "subsection 'Na het vso' inside the vso chapter: policy and conditions, yearly OPP evaluation, 1 Feb/1 April moments, CTO decides, terugkeerarrangement EUR 3.500."
  financien: "verdeling concrete (EUR 112 per leerling, 70/20/10); meerjarenbegroting table contains only p.m. and is 'toegevoegd na vaststelling'."
  dekkend-aanbod: "continuum table niveau 1-4 incl. OPDC; thuiszitterstafel, opschaling, casusregisseur, capacity decisions."
  resultaten: "no intended results and no monitoring anywhere; 'resultaten' only in voorwoord and begrippenlijst."
  ouders: "informatie via website, schoolgids, November avonden, folder; independent support only 'volgt op onze website' (steunpunt not addressed)."
"""

LABELS["po-zuidrand-op-2024-2028"] = """\
documents: [po-zuidrand-op-2024-2028.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: partial, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [bezwaar]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "content only in a table of standaarden (copied from OP 2018-2022); agreed minimum for all 41 schools; audit every two years."
  plaatsing: "criteria sbo/so spelled out, bezwaar + LBT; procedure, commission and terms only referred to 'Werkwijzer Toelaatbaarheid' on the website."
  terugstroom: "TOC lists '5.4 Terugplaatsing' but no such section exists; only begrippenlijst definition."
  financien: "meerjarenbegroting table 2024-2027 with amounts; verdeelmodel expires and the new one is still to be adopted ('naar verwachting voorjaar 2025')."
  dekkend-aanbod: "ondersteuningsroute stap 1-3 with bovenschoolse arrangementen (continuum); thuiszitters/dekkendheid only 'we gaan onderzoeken' / 'in 2026 in kaart'."
  resultaten: "table of goals with nulmeting and streefwaarde; dashboard twice a year, jaarverslag before 1 July."
  ouders: "independent help (OJSP Zuidrand, onderwijsconsulenten, geschillencommissie) under 'Klachten en geschillen'; informing parents deferred ('communicatieplan in voorbereiding')."
"""

LABELS["vo-westhoek-kust-op-2025-2029"] = """\
documents: [vo-westhoek-kust-op-2025-2029.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "chapter exists but only defers to a future landelijk kader / addendum; definition only in begrippenlijst."
  plaatsing: "vso steps, CvT, two deskundigen, 6 weeks, criteria list, 1-3 years + categorie, LBT; lwoo/pro deadline and criteria (IQ ranges, achterstand)."
  terugstroom: "policy (vso not an end station, conditions, overstapcoach 20 weeks, EUR 4.000); steps and decision moments only in absent 'Protocol Terugplaatsing (bijlage 6)'."
  financien: "'Financieel beleid': vaste voet EUR 25.000 + EUR 95 per leerling, begroting 2025-2028 table."
  dekkend-aanbod: "continuum only 'opgenomen in bijlage 5' (absent); lacunes addressed in 'Iedere leerling een plek' (zorgplicht, doorbraakoverleg, thuiszitter figures)."
  resultaten: "goals with numbers; kwaliteitskalender Sept/Feb monitor, jaarverslag vs streefwaarden."
  ouders: "website, schoolgids page, ouderavonden; Oudersteunpunt Westhoek (independent), onderwijsconsulenten."
"""

LABELS["vo-dommeldal-op-2024-2028"] = """\
documents: [vo-dommeldal-op-2024-2028.md]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  dekkend-aanbod: [ketenpartners]
notes:
  basisondersteuning: "concrete inventory of what all five vestigingen have (SOP inventarisatie 2023), but no agreed SWV minimum: 'besluiten de besturen in 2025', until then a choice of each school."
  plaatsing: "'Toewijzing en toelaatbaarheid' only refers to a separate Handboek Toewijzing; TLV appears only as a count in kengetallen, TOC and glossary."
  terugstroom: "'Terug naar het regulier': conditions, one-year begeleider, January evaluation, 1 March aanmelding, overdrachtsplan, TLV ends 31 July, evaluations after 3/12 months."
  financien: "'Geld en middelen' only refers to a separate Kadernota Financien; no amounts or model."
  dekkend-aanbod: "'Ondersteuning op maat': three levels + tussenvoorziening + OZA; 'Als het niet lukt': escalation, thuiszittersoverleg, analyse 'Witte vlekken'."
  resultaten: "monitor twice a year, kwaliteitsgesprek, jaarverslag; beoogde resultaten only 'jaarlijks vastgelegd in het jaarplan'."
  ouders: "no parent information or independent support; 'Communicatie' is about internal channels to schools; OJSP only in begrippenlijst/afkortingen; OPR text does not describe parents."
"""

LABELS["obs-vlinderboom-schoolondersteuningsplan"] = """\
documents: [obs-vlinderboom-schoolondersteuningsplan.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "school-level 'ondersteuningsplan' of a single basisschool (zorgniveaus 1-5, groepsbesprekingen, MR), not a plan of the samenwerkingsverband, although it uses basisondersteuning, TLV, terugplaatsing, ouders, OJSP and schoolbudget vocabulary."
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(plan1(), OUT / "po-dewaarden-op-2024-2028.docx", "Ondersteuningsplan 2024-2028 | SWV De Waarden")
    write_docx(plan2(), OUT / "vo-lingestreek-op-2025-2029.docx", "Ondersteuningsplan 2025-2029 | SWV VO Lingestreek")
    docx_to_pdf(plan3(), OUT / "po-zuidrand-op-2024-2028.pdf", "Ondersteuningsplan 2024-2028 | Zuidrand Primair")
    docx_to_pdf(plan4(), OUT / "vo-westhoek-kust-op-2025-2029.pdf", "Ondersteuningsplan 2025-2029 | SWV Westhoek-Kust")
    write_md(plan5(), OUT / "vo-dommeldal-op-2024-2028.md")
    write_html(nearmiss(), OUT / "obs-vlinderboom-schoolondersteuningsplan.html",
               "Ondersteuningsplan 2024-2025 OBS De Vlinderboom")
    for stem, text in LABELS.items():
        (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
