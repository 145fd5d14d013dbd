#!/usr/bin/env python3
"""Generate the holdout164 test set: five fictional ondersteuningsplannen (four PO, one VO) of
rural samenwerkingsverbanden in the north and east of the Netherlands, plus one near-miss
document (a school-level 'ondersteuningsplan'), with hand-written label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from the .docx with LibreOffice (soffice --headless).
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0)

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

# ---------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
# ("table", [[header...], [row...], ...]) ("toc", None) — the toc is filled in from the h1s.
# ---------------------------------------------------------------------------------------------


def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def T(*rows):
    return ("table", [list(r) for r in rows])


# ------------------------------- shared filler chapters -------------------------------------

def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
          f"invoering van passend onderwijs in 2014. Waar de eerste plannen nog dikke boekwerken waren, hebben we "
          f"er dit keer bewust voor gekozen om compact te schrijven: korte hoofdstukken, veel opsommingen en alleen "
          f"wat voor scholen, ouders en partners echt van belang is. Ons gebied is {c['gebiedstype']}. Scholen "
          f"zijn klein, afstanden zijn groot en iedereen kent elkaar. Dat is een kracht, maar het vraagt ook om "
          f"heldere afspraken, omdat niet elke school alles kan."),
        P(f"Het plan is tot stand gekomen in een reeks bijeenkomsten met directeuren, intern begeleiders, "
          f"bestuurders en leden van de ondersteuningsplanraad. Ook de wethouders van {c['gemeenten_tekst']} "
          f"hebben meegedacht. We danken iedereen die tijd heeft vrijgemaakt, vaak na schooltijd en soms in een "
          f"dorpshuis aan de andere kant van de regio. De gesprekken gingen over leerlingen, over middelen, over "
          f"arrangementen en over de vraag wat we van elkaar mogen verwachten. Niet alles is in dit plan "
          f"beland; sommige ideeën pakken we op in het jaarplan."),
        P(f"Passend onderwijs blijft mensenwerk. Een plan op papier zorgt er niet vanzelf voor dat een kind de "
          f"juiste ondersteuning krijgt. Dat doen de leerkrachten, de intern begeleiders en de specialisten "
          f"die dagelijks met kinderen werken. Dit plan geeft hen de kaders. Wij hopen dat het een werkbaar "
          f"document is dat niet in de kast verdwijnt, maar op tafel ligt bij elk overleg over een leerling."),
        P(f"{c['directeur']}, directeur-bestuurder {c['kort']}"),
    ]


def leeswijzer(c):
    return [
        H1("Leeswijzer"),
        P("Dit plan is opgebouwd uit korte hoofdstukken die los van elkaar te lezen zijn. Elk hoofdstuk begint "
          "met de kern in enkele zinnen en eindigt waar nodig met een opsomming van afspraken. Achter in het "
          "plan staan een begrippenlijst en een lijst met afkortingen. Waar we in dit plan over 'scholen' "
          "spreken, bedoelen we alle vestigingen die bij het samenwerkingsverband zijn aangesloten, tenzij "
          "anders vermeld. Waar we 'ouders' schrijven, bedoelen we ook verzorgers en voogden."),
        P("Het plan geldt voor vier schooljaren. Elk jaar maken we een jaarplan en een begroting die passen "
          "binnen de kaders van dit plan. Grote wijzigingen tussentijds leggen we opnieuw ter instemming voor "
          "aan de ondersteuningsplanraad."),
    ]


def context(c):
    blocks = [
        H1("Onze regio"),
        P(f"{c['naam']} werkt in {c['gemeenten_tekst']}. Het gebied telt {c['n_scholen']} scholen van "
          f"{c['n_besturen']} schoolbesturen, met samen ongeveer {c['n_leerlingen']} leerlingen. {c['regio_extra']}"),
        UL(*c["regio_punten"]),
        P("De leerlingaantallen dalen al jaren. In sommige dorpen is de school de laatste voorziening. "
          "Besturen hebben de afgelopen periode scholen samengevoegd of een samenwerkingsschool gevormd. Voor "
          "het samenwerkingsverband betekent krimp dat de ondersteuningsmiddelen onder druk staan, terwijl de "
          "vraag naar ondersteuning niet kleiner wordt. Kleine scholen hebben vaak één intern begeleider voor "
          "een paar uur per week en combinatiegroepen met drie of vier leerjaren."),
        P("Daarnaast zien we een groeiend aantal nieuwkomers, onder meer door een azc en door arbeidsmigratie "
          "in de land- en tuinbouw. De scholen die deze kinderen opvangen, hebben te maken met taalachterstanden "
          "en met gezinnen die het Nederlandse onderwijssysteem nog niet kennen."),
    ]
    return blocks


def visie(c):
    return [
        H1("Visie en missie"),
        P(f"Onze missie is kort: {c['missie']} Daaronder liggen enkele overtuigingen die we met alle besturen "
          f"delen."),
        UL("Kinderen horen zoveel mogelijk thuis op een school in hun eigen dorp of wijk.",
           "De leerkracht maakt het verschil; ondersteuning begint in de klas.",
           "We kijken naar wat een kind nodig heeft en niet naar een etiket.",
           "Scholen, ouders en partners zijn samen verantwoordelijk; niemand hoeft het alleen op te lossen.",
           "We zijn zuinig op publiek geld en leggen uit wat we ermee doen."),
        P("Deze overtuigingen zijn niet nieuw. Ze stonden in grote lijnen ook in het vorige plan. Wat wel nieuw "
          "is, is de nadruk op inclusiever onderwijs: de landelijke beweging naar onderwijs waarin meer "
          "kinderen met een ondersteuningsbehoefte samen met leeftijdgenoten naar school gaan. Wij zien dat "
          "als een richting, niet als een eindpunt dat we in vier jaar bereiken."),
    ]


def governance(c):
    return [
        H1("Organisatie en bestuur"),
        P(f"{c['kort']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat "
          f"toezicht houdt op de directeur-bestuurder. Het algemeen bestuur vergadert vijf keer per jaar. De "
          f"directeur-bestuurder is belast met de dagelijkse leiding en legt verantwoording af over de "
          f"uitvoering van het plan. Het bureau is gevestigd in {c['kantoor']} en heeft een kleine bezetting."),
        UL("Directeur-bestuurder (1,0 fte)",
           "Beleidsmedewerker en secretariaat (1,2 fte)",
           "Orthopedagogen en ondersteuningsadviseurs (samen 3,6 fte)",
           "Controller (ingehuurd, 0,2 fte)"),
        P("Het bestuur werkt volgens de Code Goed Bestuur in het primair onderwijs. Scheiding van bestuur en "
          "toezicht is in de statuten vastgelegd. Het geschillenreglement uit de statuten is in de planperiode "
          "niet gebruikt. Het bestuur evalueert elk jaar zijn eigen functioneren, onder begeleiding van een "
          "externe adviseur."),
        P("Rond het bestuur bestaan enkele overlegtafels: een directeurenoverleg per subregio, een netwerk van "
          "intern begeleiders dat vier keer per jaar bijeenkomt, en een overleg met de schoolbesturen voor "
          "speciaal onderwijs in de provincie. Deze tafels hebben geen formele bevoegdheden, maar zijn wel de "
          "plek waar beleid wordt voorbereid."),
    ]


def opr(c, ouders_rol=True):
    if ouders_rol:
        samenstelling = ("De OPR telt acht leden: vier ouders en vier personeelsleden, afgevaardigd door de "
                         "medezeggenschapsraden van de aangesloten scholen. De ouderleden brengen de ervaringen "
                         "van gezinnen in en hebben bij dit plan vooral gelet op de leesbaarheid.")
    else:
        samenstelling = ("De OPR telt acht leden die worden afgevaardigd door de medezeggenschapsraden van de "
                         "aangesloten scholen. De leden kiezen zelf een voorzitter en een secretaris.")
    return [
        H1("Medezeggenschap"),
        P("Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR heeft instemmingsrecht op "
          "het ondersteuningsplan en op belangrijke wijzigingen daarin. " + samenstelling),
        P("De OPR vergadert vijf keer per jaar, waarvan één keer samen met het algemeen bestuur. De OPR krijgt "
          "ondersteuning van een externe secretaris en kan scholing volgen op kosten van het "
          "samenwerkingsverband. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor "
          "het personeel van het bureau."),
        UL("Instemming met het ondersteuningsplan en wijzigingen daarvan",
           "Adviesrecht over het jaarplan en de begroting (vrijwillig afgesproken)",
           "Jaarlijks een gesprek met de directeur-bestuurder over de uitvoering"),
    ]


def oogo(c, inhoudelijk=True):
    blocks = [H1("Samenwerking met gemeenten")]
    if inhoudelijk:
        blocks += [
            P(f"Met de gemeenten {c['gemeenten_tekst']} voeren we op overeenstemming gericht overleg (OOGO). "
              f"Het concept van dit plan is besproken op {c['oogo_datum']}. De gemeenten hebben een positief "
              f"advies gegeven."),
            P("Naast het formele overleg werken we op uitvoeringsniveau samen met de jeugdteams. Op veel scholen "
              "schuift een medewerker van het jeugdteam aan bij het ondersteuningsteam van de school. Voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, maken we een "
              "onderwijs-zorgarrangement, waarbij gemeente en samenwerkingsverband elk een deel betalen."),
            UL("leerlingenvervoer naar sbo en so over grote afstanden",
               "onderwijshuisvesting bij samenvoeging van dorpsscholen",
               "jeugdhulp onder schooltijd",
               "de overgang van basisschool naar voortgezet onderwijs"),
        ]
    else:
        blocks += [
            P(f"Het concept van dit plan is op {c['oogo_datum']} in op overeenstemming gericht overleg (OOGO) "
              f"besproken met de wethouders onderwijs van {c['gemeenten_tekst']}. Van dat overleg is een verslag "
              f"gemaakt. De gemeenten hebben geen bezwaren tegen het plan ingebracht."),
            P("De gemeenten stellen zelf een beleidsplan jeugd op. Over dat plan voert het samenwerkingsverband "
              "op zijn beurt overleg met de gemeenten. De afspraken daarover liggen buiten dit plan."),
        ]
    return blocks


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("Het lerarentekort raakt ook onze regio. Vooral kleine scholen hebben moeite om vacatures voor "
          "intern begeleider en leerkrachten in te vullen. Het samenwerkingsverband is geen werkgever van "
          "leerkrachten; de besturen zijn dat. Wel kan het samenwerkingsverband bijdragen aan de "
          "deskundigheid van het personeel."),
        UL("een jaarlijks scholingsaanbod voor intern begeleiders (drie bijeenkomsten)",
           "intervisie voor startende intern begeleiders",
           "een netwerk gedrag en een netwerk hoogbegaafdheid",
           "een studiedag voor alle scholen in oktober, eens in de twee jaar",
           "inzet van de orthopedagogen van het bureau voor consultatie"),
        P("Voor het eigen personeel van het bureau geldt een functiebouwwerk dat aansluit bij de cao "
          "primair onderwijs. De orthopedagogen zijn geregistreerd (NVO of BIG) en volgen jaarlijks "
          "nascholing. In de planperiode willen we de inzet van het bureau niet uitbreiden."),
    ]


def ict_privacy(c):
    return [
        H1("ICT en privacy"),
        P("Aanvragen en dossiers lopen via een beveiligde digitale omgeving. Scholen delen alleen de gegevens "
          "die nodig zijn voor de vraag die voorligt. Het samenwerkingsverband heeft een functionaris "
          "gegevensbescherming, gedeeld met andere verbanden in de provincie. Persoonsgegevens worden niet "
          "langer bewaard dan wettelijk is toegestaan."),
        UL("verwerkingsregister bijgehouden en jaarlijks gecontroleerd",
           "privacyverklaring op de website",
           "datalekken gemeld via de FG",
           "twee-factor-authenticatie voor alle gebruikers van de digitale omgeving"),
    ]


def vaststelling(c):
    return [
        H1("Totstandkoming en vaststelling"),
        UL(f"Concept besproken in directeurenoverleg: {c['d_dir']}",
           f"OOGO met gemeenten: {c['oogo_datum']}",
           f"Instemming ondersteuningsplanraad: {c['d_opr']}",
           f"Vastgesteld door het algemeen bestuur: {c['d_ab']}",
           f"Toegezonden aan de Inspectie van het Onderwijs: {c['d_insp']}"),
        P("Het plan is gepubliceerd op de website van het samenwerkingsverband en is op te vragen bij het "
          "bureau."),
    ]


def planning(c, items):
    return [H1("Planning"), P("De belangrijkste mijlpalen in de planperiode zijn:"), UL(*items),
            P("Elk jaar stellen we in het voorjaar een jaarplan op. Daarin werken we de mijlpalen uit in "
              "activiteiten, met een eigenaar en een planning.")]


def begrippen(termen):
    rows = [["Begrip", "Betekenis"]] + [[a, b] for a, b in termen]
    return [H1("Begrippenlijst"), T(*rows)]


def afkortingen(lijst):
    return [H1("Afkortingen"), UL(*[f"{a} – {b}" for a, b in lijst])]


def landelijk(c):
    return [
        H1("Landelijke ontwikkelingen"),
        P("Dit plan is geschreven in een periode waarin veel verandert. We noemen de ontwikkelingen die de "
          "komende jaren op ons afkomen, zonder dat we nu al precies weten wat ze voor ons verband betekenen."),
        UL("De Verbeteraanpak passend onderwijs loopt door tot 2035. Het ministerie vraagt verbanden onder "
           "meer om bovenmatige reserves af te bouwen en om beter te laten zien wat de middelen opleveren.",
           "De wet die de positie van ouders en leerlingen versterkt, verplicht ieder samenwerkingsverband om "
           "een ouder- en jeugdsteunpunt te hebben en geeft leerlingen hoorrecht bij hun OPP.",
           "Er komt een landelijke norm voor basisondersteuning. Hoe die eruit gaat zien en wanneer die "
           "ingaat, is bij het schrijven van dit plan nog niet bekend.",
           "De beweging naar inclusiever onderwijs vraagt om meer samenwerking tussen regulier en speciaal "
           "onderwijs, ook in gebouwen.",
           "De bekostiging van het primair onderwijs is vereenvoudigd; de teldatum is verschoven naar 1 "
           "februari."),
        P("Wij volgen deze ontwikkelingen via de sectorraad en via het provinciale netwerk van verbanden. Als "
          "een ontwikkeling gevolgen heeft voor dit plan, leggen we een wijziging voor aan de OPR. We kiezen "
          "er bewust voor om niet op landelijke besluiten vooruit te lopen; dat heeft in het verleden tot "
          "dubbel werk geleid."),
    ]


def kleine_scholen(c):
    return [
        H1("Kleine scholen in een krimpregio"),
        P(f"Bijna de helft van de scholen in {c['kort']} is klein. Een kleine school heeft voordelen: de "
          f"leerkrachten kennen elk kind, de lijnen met het dorp zijn kort en de school is vaak het hart van de "
          f"gemeenschap. Tegelijk is een klein team kwetsbaar. Als één leerkracht uitvalt, komt de hele school "
          f"onder druk te staan, en specialistische kennis is niet altijd in huis."),
        UL("Besturen werken samen in clusters van drie tot vijf scholen, met een gedeelde intern begeleider.",
           "Bij het samenvoegen van scholen wordt de ondersteuningsstructuur als apart onderwerp meegenomen.",
           "Leerkrachten van kleine scholen krijgen voorrang bij de netwerken van het samenwerkingsverband.",
           "De reistijd van leerlingen naar voorzieningen elders is een vast aandachtspunt in het overleg met "
           "gemeenten over leerlingenvervoer."),
        P("Het samenwerkingsverband gaat niet over de vraag of een school openblijft; dat is aan de besturen "
          "en de gemeenten. Wel vragen we besturen om bij dit soort besluiten tijdig met ons te overleggen, "
          "zodat we samen kunnen kijken wat de gevolgen zijn voor kinderen die extra ondersteuning krijgen."),
    ]


def inspectie(c):
    return [
        H1("Toezicht en verantwoording"),
        P("De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband. Het laatste "
          "vierjaarlijkse onderzoek vond plaats in het najaar van 2023. De inspectie beoordeelde de "
          "standaarden voor bestuur en financieel beheer als voldoende en gaf enkele aanbevelingen, onder meer "
          "over het betrekken van de OPR bij de jaarplanning. Die aanbevelingen zijn inmiddels opgevolgd."),
        P("Het samenwerkingsverband stelt elk jaar een jaarrekening op, die wordt gecontroleerd door een "
          "externe accountant en vóór 1 juli wordt ingediend bij DUO. De accountant rapporteert ook aan het "
          "algemeen bestuur over de interne beheersing. In de afgelopen vier jaar waren er geen bevindingen "
          "over rechtmatigheid."),
        UL("jaarrekening met goedkeurende controleverklaring",
           "managementletter van de accountant besproken in het algemeen bestuur",
           "gesprek van de directeur-bestuurder met de inspectie eens per jaar",
           "openbare publicatie van bestuursbesluiten op de website"),
    ]


def overleg_buren(c, vo=False):
    ander = "de samenwerkingsverbanden primair onderwijs" if vo else "het samenwerkingsverband voortgezet onderwijs"
    return [
        H1("Overleg met aangrenzende verbanden"),
        P(f"Het werkgebied van {c['kort']} overlapt met dat van {ander} in de regio. Zoals de wet voorschrijft, "
          f"is het concept van dit plan met dat verband besproken. Het overleg vond plaats in januari 2026 en "
          f"leverde geen knelpunten op. Daarnaast hebben we jaarlijks contact over de overstap van leerlingen "
          f"tussen basis- en voortgezet onderwijs, over de planning van de eigen plannen en over gezamenlijke "
          f"scholing."),
        P("Ook met de verbanden over de provinciegrens heen bestaat contact, vooral omdat een deel van de "
          "leerlingen naar een speciale school in een ander verband gaat. Voor deze leerlingen gelden de "
          "landelijke afspraken over het verband dat de toelaatbaarheidsverklaring afgeeft. In de praktijk "
          "lopen die contacten via de directeuren-bestuurders, die elkaar in het provinciale netwerk "
          "ontmoeten."),
        UL("overleg met het aangrenzende verband: minimaal twee keer per jaar",
           "gezamenlijke scholingsdag eens per twee jaar",
           "afstemming over de planperiodes van de ondersteuningsplannen"),
    ]


VO_MAP = [("intern begeleiders", "zorgcoördinatoren"), ("intern begeleider", "zorgcoördinator"),
          ("Intern begeleider", "Zorgcoördinator"), ("IB'er", "zorgcoördinator"),
          ("primair onderwijs", "voortgezet onderwijs"),
          ("combinatiegroepen met drie of vier leerjaren", "kleine afdelingen met weinig keuzevakken"),
          ("dorpsschool", "kleine vestiging"),
          ("een school in hun eigen dorp of wijk", "een school in hun eigen regio"),
          ("Kinderen horen", "Jongeren horen"),
          ("naar sbo en so", "naar vso en pro"), ("dorpsscholen", "kleine vestigingen"),
          ("vier ouders en vier personeelsleden", "twee ouders, twee leerlingen en vier personeelsleden"),
          ("De bekostiging van het voortgezet onderwijs is vereenvoudigd; de teldatum is verschoven naar 1 "
           "februari.", "De bekostiging van het voortgezet onderwijs is vereenvoudigd.")]


def vo_fix(blocks):
    def f(t):
        for a, b in VO_MAP:
            t = t.replace(a, b)
        return t
    out = []
    for kind, val in blocks:
        if isinstance(val, str):
            out.append((kind, f(val)))
        elif kind == "table":
            out.append((kind, [[f(x) for x in r] for r in val]))
        elif isinstance(val, list):
            out.append((kind, [f(x) for x in val]))
        else:
            out.append((kind, val))
    return out


def vo_mbo(c):
    return [
        H1("Aansluiting op mbo en arbeidsmarkt"),
        P("Veel jongeren in onze regio kiezen na het vmbo of het praktijkonderwijs voor een opleiding in de "
          "techniek, de zorg of de agrarische sector. De afstand tot de mbo-instellingen in Almelo, Hengelo en "
          "Zwolle is groot, en voor jongeren die extra ondersteuning nodig hebben, is de overstap vaak een "
          "kwetsbaar moment. Het samenwerkingsverband is niet verantwoordelijk voor het mbo, maar wil wel dat "
          "de overdracht goed verloopt."),
        UL("Warme overdracht van het OPP naar de mbo-instelling, met toestemming van ouders en jongere.",
           "Stages in het praktijkonderwijs bij regionale werkgevers, met ondersteuning van een jobcoach.",
           "Overleg met de regionale meld- en coördinatiefunctie voortijdig schoolverlaten.",
           "Deelname aan het regionale programma Kansrijk naar Werk van de drie gemeenten."),
        P("Het Erf heeft een eigen netwerk van ruim zestig leerbedrijven. De vo-scholen met lwoo bouwen een "
          "vergelijkbaar netwerk op. De coördinatie ligt bij de scholen zelf; het samenwerkingsverband brengt "
          "partijen bij elkaar en organiseert twee keer per jaar een netwerkbijeenkomst met werkgevers en mbo."),
    ]


def communicatie_scholen(c):
    return [
        H1("Contact met de scholen"),
        P(f"Het bureau van {c['kort']} is klein, en de scholen liggen ver uit elkaar. Daarom investeren we in "
          f"korte lijnen. Iedere school heeft een vaste contactpersoon op het bureau, die minstens twee keer "
          f"per jaar langskomt. Daarnaast is er een digitale nieuwsbrief voor directeuren en intern "
          f"begeleiders, die zes keer per jaar verschijnt."),
        UL("vaste contactpersoon per school",
           "nieuwsbrief voor directeuren en intern begeleiders (zes keer per jaar)",
           "spreekuur op het bureau op dinsdagmiddag",
           "jaarlijkse bijeenkomst voor alle directeuren in maart"),
        P("De scholen hebben in de evaluatie van het vorige plan aangegeven dat zij de bereikbaarheid van het "
          "bureau waarderen, maar dat de informatie soms te laat komt. In de nieuwe planperiode versturen we "
          "de jaarplanning voor de zomervakantie, zodat scholen hun eigen planning daarop kunnen afstemmen."),
    ]


def meertaligheid(c):
    return [
        H1("Meertaligheid en streektaal"),
        P("In het noorden van ons gebied spreken veel kinderen thuis Fries; in het oosten hoor je op het "
          "schoolplein Gronings. Een deel van de scholen werkt als drietalige school, met lessen in het "
          "Nederlands, het Fries en het Engels. Meertaligheid is een rijkdom, maar vraagt ook om zorgvuldigheid "
          "bij het beoordelen van taalachterstanden: een kind dat thuis een andere taal spreekt, heeft niet "
          "automatisch een taalprobleem."),
        UL("Toetsen worden waar mogelijk afgenomen in de taal waarin het kind onderwijs krijgt.",
           "Orthopedagogen van het bureau volgen scholing over meertalige ontwikkeling.",
           "Het bureau werkt samen met het provinciale steunpunt voor meertalige scholen.",
           "Bij nieuwkomers kijken we eerst naar de tijd die het kind in Nederland is."),
        P("De drietalige scholen delen hun ervaringen in een eigen netwerk, dat het samenwerkingsverband "
          "faciliteert met een ruimte en een kleine bijdrage voor de koffie. Het netwerk komt vier keer per "
          "jaar bijeen, afwisselend op een van de scholen."),
    ]


AFK_PO = [("AB", "algemeen bestuur"), ("CTA", "commissie toelaatbaarheid en arrangementen"),
          ("HGW", "handelingsgericht werken"), ("IB", "intern begeleider"),
          ("OJSP", "ouder- en jeugdsteunpunt"), ("OOGO", "op overeenstemming gericht overleg"),
          ("OPP", "ontwikkelingsperspectiefplan"), ("OPR", "ondersteuningsplanraad"),
          ("SBO", "speciaal basisonderwijs"), ("SO", "speciaal onderwijs"),
          ("SOP", "schoolondersteuningsprofiel"), ("SWV", "samenwerkingsverband"),
          ("TLV", "toelaatbaarheidsverklaring")]

# ================================= PLAN A: Veenkoloniën-Noord (PO, docx) =====================


def plan_a():
    c = dict(naam="Samenwerkingsverband PO Veenkoloniën-Noord", kort="SWV Veenkoloniën-Noord",
             periode="2026-2030", gebiedstype="een uitgestrekt veengebied met lintdorpen langs de kanalen",
             gemeenten_tekst="Veendam-Oost, Kanaalstreek en Wildervank-Zuid", n_scholen=31, n_besturen=5,
             n_leerlingen="4.300", directeur="H. Bakker-Wubs", kantoor="Stadskanaal-Noord",
             regio_extra="Er is één school voor speciaal basisonderwijs (De Wingerd) en er zijn twee locaties "
                         "voor speciaal onderwijs in de buurt, die ook leerlingen uit andere verbanden opvangen.",
             regio_punten=["31 basisscholen, waarvan 11 met minder dan 80 leerlingen",
                           "1 school voor speciaal basisonderwijs met twee locaties",
                           "2 so-locaties (cluster 3 en cluster 4) net buiten de regio",
                           "5 schoolbesturen: openbaar, christelijk en één samenwerkingsbestuur"],
             missie="ieder kind in de Veenkoloniën gaat naar een school waar het zich kan ontwikkelen.",
             oogo_datum="9 februari 2026", d_dir="19 januari 2026", d_opr="16 maart 2026",
             d_ab="23 maart 2026", d_insp="7 april 2026")
    b = [("title", f"Ondersteuningsplan {c['periode']}\n{c['naam']}\nPO 20-91"), ("toc", None)]
    b += voorwoord(c) + leeswijzer(c)
    b += [H1("Samenvatting"),
          P("In dit plan beschrijven we hoe de scholen in de Veenkoloniën samen zorgen voor passend onderwijs. "
            "De belangrijkste keuzes op een rij:"),
          UL("een gezamenlijke ondergrens voor basisondersteuning op elke school",
             "een toelaatbaarheidsprocedure met vaste termijnen",
             "meer geld rechtstreeks naar de besturen",
             "betere informatie voor ouders"),
          P("Deze samenvatting is geen vervanging van het plan zelf; de precieze afspraken staan in de "
            "hoofdstukken.")]
    b += context(c) + visie(c)
    b += [H1("Basisondersteuning"),
          P("Alle 31 basisscholen hebben afgesproken dat elke vestiging ten minste hetzelfde niveau van "
            "basisondersteuning biedt. Dit niveau noemen we de 'ondergrens Veenkoloniën'. Het is vastgesteld "
            "door het algemeen bestuur op 8 december 2025 en geldt voor iedere locatie, ook voor de kleinste "
            "dorpsschool. Een school mag meer bieden, nooit minder."),
          P("De ondergrens bestaat uit de volgende onderdelen. Een ouder mag dit op elke school verwachten, "
            "zonder aanvraag en zonder extra geld van het samenwerkingsverband:"),
          UL("een intern begeleider met ten minste 0,4 fte per 200 leerlingen (kleine scholen delen een IB'er)",
             "handelingsgericht werken met groepsbesprekingen drie keer per jaar",
             "een dyslexieprotocol en een protocol ernstige rekenproblemen, inclusief aanmelding voor "
             "vergoede zorg",
             "een methode voor sociale veiligheid en een anti-pestcoördinator",
             "een ontwikkelingsperspectiefplan (OPP) voor elke leerling die op een eigen leerlijn werkt",
             "een ondersteuningsteam (OT) met IB'er, ouders, jeugdteam en orthopedagoog van het SWV",
             "verrijking in de groep voor kinderen die meer aankunnen",
             "een rustige werkplek buiten de klas en een time-in-afspraak",
             "medische handelingen volgens het protocol van de besturen (bijvoorbeeld bij diabetes)"),
          P("De scholen beschrijven in hun schoolgids hoe zij deze onderdelen invullen. De orthopedagogen van "
            "het samenwerkingsverband bezoeken elke school eens per twee jaar en bespreken met de directeur "
            "of de ondergrens wordt gehaald. Waar dat niet zo is, maakt het bestuur een verbeterplan.")]
    b += [H1("Extra ondersteuning en arrangementen"),
          P("Boven op de basis kennen we drie lagen. Samen vormen ze met de basis het ondersteuningscontinuüm "
            "van ons verband:"),
          OL("Extra ondersteuning op de eigen school, betaald uit het schoolbudget van het bestuur (bijvoorbeeld "
             "een onderwijsassistent, een leesinterventie of een gedragsspecialist).",
             "Een bovenschools arrangement: de Plusklas voor meer- en hoogbegaafde kinderen (één dag per week "
             "in Wildervank-Zuid), de Taalklas voor nieuwkomers en de ambulante begeleiding gedrag door "
             "specialisten van De Wingerd.",
             "Speciaal basisonderwijs op De Wingerd of speciaal onderwijs in cluster 3 of 4, met een "
             "toelaatbaarheidsverklaring (zie het volgende hoofdstuk)."),
          P("Een arrangement wordt aangevraagd door de school na bespreking in het OT. De CTA beslist binnen "
            "vier weken. Een arrangement duurt maximaal een jaar en kan één keer worden verlengd."),
          P("Niet voor elk kind is er vandaag een passende plek dichtbij. Hoe wij de witte vlekken in ons "
            "aanbod precies in kaart brengen en wat we daarmee doen, bepalen we nadat de werkgroep Dekkend "
            "Netwerk in het voorjaar van 2027 haar advies heeft uitgebracht. Tot die tijd houden we vast aan "
            "de bestaande werkwijze per bestuur.")]
    b += [H1("Toelaatbaarheid tot sbo en so"),
          P("Het samenwerkingsverband beslist op verzoek van een schoolbestuur of een leerling toelaatbaar "
            "is tot het speciaal basisonderwijs of het speciaal onderwijs. Dat besluit heet een "
            "toelaatbaarheidsverklaring (TLV)."),
          H2("Zo verloopt een aanvraag"),
          OL("De basisschool bespreekt de leerling in het OT, met ouders. Het OT concludeert dat de "
             "ondersteuning op de school en via een arrangement niet voldoende is.",
             "Het bevoegd gezag van de school dient de aanvraag in bij het loket van het SWV, met het OPP, "
             "het groeidocument en de zienswijze van de ouders.",
             "Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
             "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
             "afhankelijk van het kind, een kinderarts, maatschappelijk werker of kinderpsychiater. Geen van "
             "beiden is betrokken geweest bij de aanvraag.",
             "De CTA neemt binnen zes weken na ontvangst van het complete dossier een besluit namens de "
             "directeur-bestuurder.",
             "Ouders en school krijgen het besluit schriftelijk, met de adviezen van de deskundigen."),
          H2("Wanneer is een leerling toelaatbaar?"),
          P("De CTA geeft een TLV af als aan alle volgende voorwaarden is voldaan:"),
          UL("de school heeft ten minste twee cycli handelingsgericht werken doorlopen, vastgelegd in het OPP;",
             "de ondersteuningsbehoefte is groter dan wat de ondergrens en een bovenschools arrangement kunnen "
             "bieden;",
             "de leerling heeft voor sbo een leerachterstand of gedragsbehoefte die een kleine groep met een "
             "aangepast programma vraagt; voor so daarnaast een structurele behoefte aan specialistische "
             "begeleiding of zorg gedurende de hele schooldag;",
             "er is geen reëel alternatief binnen het reguliere onderwijs, ook niet met jeugdhulp erbij."),
          H2("Duur, categorie en bezwaar"),
          P("Een TLV voor sbo geldt in de regel twee schooljaren, een TLV voor so één tot drie schooljaren. Bij "
            "so kent de CTA de bekostigingscategorie laag, midden of hoog toe. Ouders en school kunnen binnen "
            "zes weken bezwaar maken bij het samenwerkingsverband. De bezwaren worden voorgelegd aan de "
            "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("Afloop van de TLV"),
          P("In het laatste jaar van de TLV bespreekt de sbo- of so-school uiterlijk in januari in haar "
            "commissie van begeleiding of de leerling kan terugkeren naar een basisschool. De school van "
            "herkomst en de ouders worden bij dit gesprek uitgenodigd. Is terugkeer haalbaar, dan meldt de "
            "speciale school de leerling vóór 1 april aan bij een basisschool en volgt een warme overdracht. "
            "Is terugkeer niet haalbaar, dan vraagt het bestuur van de speciale school een nieuwe TLV aan via "
            "het loket. De CTA beslist over een verlenging op dezelfde manier als over een eerste aanvraag."),
          P("Ons beleid rond terugplaatsing, met de doelen en de voorwaarden die daarbij horen, stellen we in "
            "de loop van schooljaar 2026-2027 vast samen met De Wingerd en de so-scholen.")]
    b += [H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk ongeveer € 4,6 miljoen per jaar voor lichte en "
            "zware ondersteuning. Na aftrek van de afdrachten voor so en sbo blijft een deel over dat wij "
            "verdelen."),
          H2("Verdeling"),
          UL("62% van het vrij besteedbare budget gaat als schoolbudget naar de besturen: € 148 per leerling "
             "(teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per school;",
             "besturen mogen het schoolbudget alleen inzetten voor extra ondersteuning boven de ondergrens en "
             "leggen daar jaarlijks in hun jaarverslag verantwoording over af;",
             "bovenschoolse arrangementen worden per leerling toegekend door de CTA, op basis van de aanvraag "
             "en een vast tarief per arrangement;",
             "het bureau en de orthopedagogen worden centraal betaald."),
          H2("Meerjarenbegroting"),
          T(["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Afdracht so (via DUO)", "1.420", "1.440", "1.455", "1.460"],
            ["Afdracht sbo boven 2%", "610", "600", "590", "585"],
            ["Schoolbudgetten besturen", "1.310", "1.290", "1.270", "1.250"],
            ["Bovenschoolse arrangementen", "520", "540", "540", "540"],
            ["Bureau en orthopedagogen", "560", "570", "580", "590"],
            ["Professionalisering", "60", "60", "60", "60"],
            ["Totaal lasten", "4.480", "4.500", "4.495", "4.485"]),
          P("Het weerstandsvermogen ligt op 6%. Het bestuur houdt een signaleringswaarde aan voor de reserves "
            "en bouwt het deel daarboven in de planperiode af ten gunste van de schoolbudgetten.")]
    b += [H1("Communicatie"),
          P("Goede communicatie is een voorwaarde voor vertrouwen. We informeren scholen via een maandelijkse "
            "nieuwsbrief en het IB-netwerk. Voor ouders doen we het volgende:"),
          UL("op de website staat per school wat de school biedt aan ondersteuning, met een link naar de "
             "schoolgids;",
             "bij inschrijving krijgen ouders de folder 'Passend onderwijs in de Veenkoloniën' met de "
             "ondergrens en de route naar extra ondersteuning;",
             "twee keer per jaar is er een informatieavond voor ouders, afwisselend in het noorden en het zuiden "
             "van de regio;",
             "ouders van wie het kind in het OT wordt besproken, krijgen vooraf een korte uitleg van de "
             "werkwijze."),
          P("Hebben ouders vragen, of zijn ze het niet eens met de school of met ons? Dan kunnen ze terecht bij "
            "het Ouder- en Jeugdsteunpunt Groninger Veenkoloniën. Dat steunpunt is onafhankelijk van scholen en "
            "samenwerkingsverband, gratis en telefonisch en per mail bereikbaar. Ook de landelijke "
            "onderwijsconsulenten kunnen worden ingeschakeld. Klachten over het samenwerkingsverband kunnen "
            "worden voorgelegd aan de klachtencommissie waarbij wij zijn aangesloten; geschillen over "
            "toelating en verwijdering gaan naar de Geschillencommissie passend onderwijs.")]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + ict_privacy(c)
    b += landelijk(c) + kleine_scholen(c) + inspectie(c) + overleg_buren(c, vo=c['kort'].startswith('SWV VO'))
    b += planning(c, ["2026: invoering nieuwe verdeling schoolbudgetten",
                      "2026: nieuwe folder voor ouders",
                      "2027: advies werkgroep Dekkend Netwerk",
                      "2027: vaststelling beleid terugplaatsing",
                      "2028: tussentijdse evaluatie van dit plan met de OPR",
                      "2029: voorbereiding volgend ondersteuningsplan"])
    b += vaststelling(c)
    b += begrippen([("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."),
                    ("Dekkend netwerk", "Een samenhangend aanbod waarin voor elk kind een passende plek is."),
                    ("Kwaliteitszorg", "Het systematisch bewaken en verbeteren van de resultaten van het "
                                       "samenwerkingsverband."),
                    ("Terugplaatsing", "Overstap van een leerling van sbo of so naar het basisonderwijs."),
                    ("Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."),
                    ("Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden.")])
    b += afkortingen(AFK_PO)
    return c, b


LABEL_A = dict(
    documents=["po-veenkolonien-noord-2026.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. Basisondersteuning: 'ondergrens Veenkoloniën' for every vestiging plus bullet list of voorzieningen; borging via orthopedagoog school visits.",
           "plaatsing": "Ch. Toelaatbaarheid tot sbo en so: numbered steps, loket, CTA within 6 weeks, criteria list, two deskundigen, duration/categorie, bezwaar/LBT.",
           "terugstroom": "Procedure hidden in 'Afloop van de TLV' inside the TLV chapter (January meeting, aanmelding before 1 April); beleid explicitly deferred to 2026-2027.",
           "financien": "Ch. 'Geld en middelen': €148 per leerling + vaste voet, CTA tariffs; meerjarenbegroting table 2026-2029; reserves 6%.",
           "dekkend-aanbod": "Ch. Extra ondersteuning: three layers = continuum; gaps/witte vlekken deferred to werkgroep advice spring 2027; thuiszitter/zorgplicht only in begrippenlijst. OOGO ch. gives OZA (ketenpartners).",
           "resultaten": "No intended results nor monitoring anywhere; 'resultaten' only in the begrippenlijst entry Kwaliteitszorg; 2028 tussentijdse evaluatie of the plan is a planning item only.",
           "ouders": "Ch. Communicatie: website per school, folder at inschrijving, informatieavonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtencommissie."},
)

# ================================= PLAN B: Drentse Esdorpen (PO, docx) =======================


def plan_b():
    c = dict(naam="Stichting Passend Onderwijs Drentse Esdorpen", kort="Passend Onderwijs Drentse Esdorpen",
             periode="2026-2030", gebiedstype="een landelijk gebied van esdorpen, bossen en heide",
             gemeenten_tekst="Aa en Veld, Borger-Hondsrug en Westerveld-Oost", n_scholen=24, n_besturen=4,
             n_leerlingen="3.100", directeur="J. Hilbrants", kantoor="Gieten-Zuid",
             regio_extra="Binnen de grenzen van het verband liggen één sbo-school en één so-school voor "
                         "cluster 4; kinderen met een verstandelijke beperking reizen naar Assen of Emmen.",
             regio_punten=["24 basisscholen, waarvan 9 met minder dan 70 leerlingen",
                           "1 sbo-school (De Heidewijzer)",
                           "1 so-school cluster 4 (De Drift)",
                           "4 schoolbesturen"],
             missie="elk kind in Drenthe leert op een plek die past, zo dicht mogelijk bij huis.",
             oogo_datum="2 februari 2026", d_dir="12 januari 2026", d_opr="9 maart 2026",
             d_ab="16 maart 2026", d_insp="30 maart 2026")
    b = [("title", f"Ondersteuningsplan {c['periode']}\n{c['naam']}\nPO 22-93"), ("toc", None)]
    b += voorwoord(c) + leeswijzer(c) + context(c) + visie(c)
    b += [H1("Terugblik 2022-2026"),
          P("In de vorige planperiode is veel bereikt, maar niet alles. We noemen de belangrijkste punten:"),
          UL("het aantal thuiszitters langer dan drie maanden daalde van 11 naar 4",
             "het deelnamepercentage sbo bleef rond 2,1%",
             "alle scholen hebben een actueel schoolondersteuningsprofiel",
             "de ouderpagina op de website werd vernieuwd"),
          P("Niet gelukt is het om het aantal leerlingen in het so te laten dalen. Ook de samenwerking met de "
            "jeugdteams is per gemeente nog verschillend.")]
    b += [H1("Basisondersteuning"),
          P("Basisondersteuning is in ons verband de gezamenlijke ondergrens: het niveau van ondersteuning "
            "dat alle 24 scholen, op elke locatie, ten minste bieden. De besturen hebben dit niveau vastgelegd "
            "in de Kwaliteitskaart Basisondersteuning Drentse Esdorpen. Een school die onder dat niveau zakt, "
            "moet binnen een jaar verbeteren."),
          P("Welke voorzieningen, interventies en deskundigheid precies tot de basisondersteuning behoren, is "
            "uitgewerkt in de kwaliteitskaart, die als bijlage 2 bij dit plan is gevoegd."),
          P("Om de vier jaar doet het samenwerkingsverband een audit op elke school aan de hand van de "
            "kwaliteitskaart. De uitkomst wordt met de directeur en het bestuur besproken.")]
    b += [H1("Het ondersteuningsaanbod"),
          P("Ons aanbod is opgebouwd in vier niveaus:"),
          OL("Basisondersteuning op elke school.",
             "Extra ondersteuning op de school, met middelen uit het schoolbudget: bijvoorbeeld "
             "onderwijsassistentie, remedial teaching of een sociale-vaardigheidstraining.",
             "Bovenschoolse voorzieningen: de Kangoeroegroep voor hoogbegaafde kinderen, de "
             "Observatiegroep op De Heidewijzer (maximaal twaalf weken) en ambulante begeleiding vanuit De Drift.",
             "Speciaal basisonderwijs en speciaal onderwijs."),
          H2("Geen kind tussen wal en schip"),
          P("Het samenwerkingsverband houdt een overzicht bij van alle leerplichtige kinderen die niet of "
            "niet volledig naar school gaan. Elke zes weken is er een thuiszittersoverleg met de "
            "leerplichtambtenaren en de jeugdteams. Elke melding krijgt binnen twee weken een casusregisseur "
            "van het samenwerkingsverband."),
          UL("De school waar het kind is aangemeld of ingeschreven, houdt zorgplicht en blijft "
             "verantwoordelijk tot er een passende plek is.",
             "Lukt dat niet binnen zes weken, dan schaalt de casusregisseur op naar de directeur-bestuurder, "
             "die de betrokken besturen bij elkaar roept.",
             "Ontbreekt een passend aanbod in de regio, dan maken we met de gemeente een maatwerkarrangement, "
             "bijvoorbeeld deels onderwijs en deels dagbesteding.",
             "Elk jaar analyseren we de meldingen om te zien welke voorziening structureel ontbreekt; die "
             "analyse gaat naar het algemeen bestuur en de OPR."),
          H2("Toelaatbaarheid"),
          P("Informatie over de toelaatbaarheidsverklaring voor sbo en so, zoals de aanvraagroute, de "
            "formulieren en het afwegingskader, vindt u op www.esdorpen-passend.nl/tlv en in bijlage 5.")]
    b += [H1("Terug naar de eigen wijk"),
          P("Wij willen dat kinderen zo dicht mogelijk bij huis naar school gaan. Een plaats in het sbo of so "
            "zien we daarom in beginsel als tijdelijk. Elk kind op De Heidewijzer of De Drift heeft in het OPP "
            "een uitstroomperspectief, waarin ook staat of en wanneer terugkeer naar een basisschool in beeld "
            "is."),
          UL("Voorwaarden voor terugkeer: de leerling kan zich handhaven in een groep van normale grootte, de "
             "ontvangende school kan de benodigde extra ondersteuning bieden en ouders stemmen in.",
             "Na terugkeer krijgt de leerling een terugkeerarrangement van zes maanden: wekelijkse begeleiding "
             "door een leerkracht van de speciale school en € 3.500 voor de ontvangende school.",
             "De ontvangende school is geen eindstation: bij problemen is er een vangnet via de "
             "Observatiegroep."),
          H2("Stappen"),
          OL("Zes maanden voor het einde van de TLV nodigt de speciale school ouders, de beoogde basisschool en "
             "de orthopedagoog van het samenwerkingsverband uit voor een evaluatiegesprek.",
             "In dat gesprek wordt het OPP geëvalueerd en wordt bekeken of terugplaatsing of overplaatsing naar "
             "een basisschool haalbaar is.",
             "De directeur-bestuurder besluit over de terugplaatsing op voorstel van de orthopedagoog binnen "
             "vier weken.",
             "Bij terugplaatsing volgt een overdrachtsgesprek en start het terugkeerarrangement.",
             "Na tien weken en na zes maanden is er een evaluatie met ouders en school."),
          P("In schooljaar 2024-2025 keerden negen leerlingen terug naar het basisonderwijs; zeven van hen "
            "zaten een jaar later nog op dezelfde school.")]
    b += [H1("Middelen"),
          P("Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens een eenvoudig verdeelmodel:"),
          UL("70% gaat naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande "
             "jaar; dat komt neer op ongeveer € 162 per leerling;",
             "30% is bestemd voor bovenschoolse voorzieningen en arrangementen; de commissie arrangementen "
             "kent deze toe op aanvraag van de school, na bespreking in het OT;",
             "een bestuur dat zijn budget niet besteedt aan ondersteuning, moet het overschot terugstorten."),
          P("De meerjarenbegroting 2026-2029 wordt na vaststelling door het algemeen bestuur in december als "
            "afzonderlijk document gepubliceerd.")]
    b += [H1("Wat we willen zien in 2030"),
          P("Wij hebben onze ambities zo concreet mogelijk gemaakt. Voor kinderen die extra ondersteuning "
            "nodig hebben, willen we aan het einde van de planperiode het volgende bereiken:"),
          T(["Doel", "Nu (2025)", "2030"],
            ["Thuiszitters langer dan drie maanden", "4", "0"],
            ["Deelnamepercentage sbo", "2,1%", "maximaal 2,0%"],
            ["Scholen die voldoen aan de kwaliteitskaart", "19 van 24", "24 van 24"],
            ["Ouders tevreden over de ondersteuning (enquête)", "78%", "ten minste 85%"],
            ["Teruggeplaatste leerlingen die na een jaar nog op school zijn", "7 van 9", "90%"]),
          H2("Zo volgen we het"),
          P("Twee keer per jaar, in november en juni, maakt het bureau een monitor met de aantallen TLV's, "
            "arrangementen, thuiszitters en teruggeplaatste leerlingen. De monitor wordt besproken in het "
            "algemeen bestuur en de OPR. Eens per twee jaar houden we een oudertevredenheidsenquête. In het "
            "jaarverslag, dat vóór 1 juli verschijnt, rapporteren we welke doelen zijn gehaald en welke "
            "bijsturing nodig is.")]
    b += [H1("Ouders"),
          P("Ouders zijn de eerste partner van de school. Wij informeren ouders op de volgende manieren over "
            "de ondersteuning die er in de regio is:"),
          UL("de ouderpagina op onze website, met per school een korte beschrijving van de ondersteuning;",
             "een nieuwsbrief voor ouders, drie keer per jaar, via de scholen verspreid;",
             "een informatieavond in september voor ouders van kinderen met een OPP;",
             "de schoolgids van elke school, waarin de basisondersteuning en extra ondersteuning staan."),
          P("Over de inrichting van een onafhankelijk punt waar ouders met vragen terecht kunnen, maken we in "
            "de loop van 2026 afspraken met de andere Drentse verbanden. Tot die tijd kunnen ouders met vragen "
            "terecht bij de intern begeleider van de school.")]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + ict_privacy(c)
    b += landelijk(c) + kleine_scholen(c) + inspectie(c) + overleg_buren(c, vo=c['kort'].startswith('SWV VO'))
    b += planning(c, ["2026: afspraken over een ouder- en jeugdsteunpunt",
                      "2026: nieuwe versie kwaliteitskaart",
                      "2027: audits op de eerste twaalf scholen",
                      "2028: evaluatie verdeelmodel",
                      "2029: voorbereiding volgend plan"])
    b += vaststelling(c)
    b += begrippen([("Basisondersteuning", "Ondersteuning die elke school biedt, beschreven in de kwaliteitskaart."),
                    ("Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar."),
                    ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk punt waar ouders en jongeren terecht "
                                                        "kunnen met vragen en bij onenigheid."),
                    ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling "
                                                         "naar sbo of so kan; criteria volgens het afwegingskader."),
                    ("Terugplaatsing", "De overstap van sbo of so naar het basisonderwijs.")])
    b += afkortingen(AFK_PO)
    return c, b


LABEL_B = dict(
    documents=["po-drentse-esdorpen-2026.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                        "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. Basisondersteuning defines the common ondergrens for every locatie, but the concrete voorzieningen are only in 'bijlage 2' (kwaliteitskaart), which is not part of the input.",
           "plaatsing": "Only a paragraph 'Toelaatbaarheid' referring to a website and absent bijlage 5; TLV criteria appear only in the begrippenlijst.",
           "terugstroom": "Ch. 'Terug naar de eigen wijk' (unusual title): policy, conditions, terugkeerarrangement, numbered steps, 2024-2025 figures.",
           "financien": "Ch. Middelen: 70/30 verdeelmodel, €162 per leerling; meerjarenbegroting only announced as separate document (no amounts of spending).",
           "dekkend-aanbod": "Ch. Het ondersteuningsaanbod: four niveaus + 'Geen kind tussen wal en schip' (thuiszittersoverleg, zorgplicht, escalation, maatwerkarrangement).",
           "resultaten": "Ch. 'Wat we willen zien in 2030': target table + 'Zo volgen we het' (monitor twice a year, jaarverslag before 1 July).",
           "ouders": "Ch. Ouders: website, nieuwsbrief, informatieavond, schoolgids; independent steunpunt deferred ('in de loop van 2026'), only IB'er meanwhile; OJSP only in begrippenlijst/planning."},
)

# ================================= PLAN C: Berkel en Slinge (PO, docx + pdf) =================


def plan_c():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Berkel en Slinge", kort="SWV Berkel en Slinge",
             periode="2026-2030", gebiedstype="een Achterhoeks coulisselandschap met kerkdorpen en buurtschappen",
             gemeenten_tekst="Berkelveld, Slingeland en Oost-Gelre-Noord", n_scholen=38, n_besturen=6,
             n_leerlingen="5.200", directeur="M. Wolterink", kantoor="Borculo-West",
             regio_extra="De regio heeft twee sbo-scholen en één so-school met een afdeling voor zeer moeilijk "
                         "lerende kinderen; cluster 4-leerlingen gaan meestal naar Doetinchem of Enschede.",
             regio_punten=["38 basisscholen in 24 kernen",
                           "2 sbo-scholen (De Slingerij en Het Kompas)",
                           "1 so-school (De Berkelbrug) met een zml-afdeling",
                           "6 schoolbesturen, waarvan 2 eenpitters"],
             missie="samen zorgen we dat elk Achterhoeks kind zich thuis voelt op school.",
             oogo_datum="26 januari 2026", d_dir="8 januari 2026", d_opr="2 maart 2026",
             d_ab="9 maart 2026", d_insp="20 maart 2026")
    b = [("title", f"Ondersteuningsplan {c['periode']}\n{c['naam']}\nPO 25-94"), ("toc", None)]
    b += voorwoord(c) + leeswijzer(c) + context(c) + visie(c)
    b += [H1("Terugblik"),
          P("De vorige planperiode stond in het teken van de coronacrisis en van een bestuurswisseling. We "
            "hebben in die jaren vooral gewerkt aan de basis: meer scholen werken nu volgens dezelfde "
            "afspraken. In 2025 kregen 61 leerlingen een TLV; in 2021 waren dat er 74."),
          P("Een volledige evaluatie van het vorige plan is met de OPR besproken in november 2025.")]
    b += [H1("Wat elke school biedt"),
          P("In ons verband geldt één ondergrens voor alle 38 scholen en al hun locaties. Deze ondergrens is "
            "de basisondersteuning: wat een kind op iedere school in Berkel en Slinge mag verwachten, zonder "
            "dat daar een aanvraag of een TLV voor nodig is. De besturen hebben de ondergrens in juni 2025 "
            "vastgesteld. De tabel hieronder is de kern ervan."),
          T(["Onderdeel", "Wat elke school biedt"],
            ["Ondersteuningsstructuur", "IB'er op elke locatie, ondersteuningsteam met ouders, leerkracht en "
                                       "jeugdconsulent; groepsbesprekingen drie keer per jaar"],
            ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; extra leestijd in groep 3 en 4; "
                                 "pre-teaching bij rekenen"],
            ["Gedrag en welbevinden", "Programma sociale veiligheid, jaarlijkse monitor, time-out-plek, "
                                      "anti-pestprotocol"],
            ["Leren en ontwikkeling", "Eigen leerlijn met OPP vanaf groep 6 waar nodig; verrijkingsaanbod "
                                      "in de groep"],
            ["Fysieke voorzieningen", "Begane grond toegankelijk, aangepast meubilair op aanvraag bij het "
                                      "bestuur"],
            ["Expertise", "Consultatie orthopedagoog van het SWV minstens vier keer per jaar per school"]),
          P("De schoolgids van iedere school beschrijft hoe de school deze onderdelen uitvoert.")]
    b += [H1("Ieder kind een plek"),
          P("Het samenwerkingsverband kent een Thuiszitterstafel. Daar bespreken leerplicht, jeugdteams, "
            "scholen en het samenwerkingsverband elke maand alle kinderen die thuiszitten of dreigen uit te "
            "vallen. Voor ieder kind wordt een regisseur aangewezen."),
          UL("Een school meldt een dreigende thuiszitter binnen vijf schooldagen bij het SWV.",
             "Binnen tien werkdagen is er een casusoverleg met ouders en alle betrokkenen.",
             "Het bestuur van de school van inschrijving houdt zorgplicht; het SWV bemiddelt als het bestuur "
             "geen passende plek vindt.",
             "Als er in de regio geen passend aanbod bestaat, zoeken we buiten de regio of maken we tijdelijk "
             "maatwerk, zoals onderwijs aan huis in combinatie met jeugdhulp.",
             "Eén keer per jaar bespreken we met de gemeenten welke plekken ontbreken en wie wat oppakt."),
          P("Een beschrijving van het samenhangende geheel van ondersteuning, van basis tot speciaal onderwijs, "
            "werken we uit in het jaarplan 2026-2027.")]
    b += [H1("Toelaatbaarheid"),
          P("Voor een plaats in het sbo of so is een TLV nodig. De aanvraag verloopt in vier stappen:"),
          OL("Het bestuur van de school vraagt de TLV aan bij de Commissie van Toelaatbaarheid (CvT) van het "
             "samenwerkingsverband, met het groeidocument en de zienswijze van de ouders.",
             "Binnen tien werkdagen is er een gesprek met ouders en school.",
             "Twee deskundigen brengen advies uit: een orthopedagoog en, afhankelijk van de vraag, een "
             "jeugdarts of maatschappelijk werker.",
             "De CvT neemt binnen vier weken na het gesprek een besluit en stuurt dit naar ouders en school."),
          P("Er bestaan geen vaste criteria: de commissie kijkt naar het totaalbeeld van het kind. Een "
            "afwegingskader is in ontwikkeling en wordt in 2027 aan de OPR voorgelegd."),
          P("Een TLV heeft een looptijd van één tot drie jaar. Tegen het besluit kunnen ouders bezwaar maken "
            "binnen zes weken; het samenwerkingsverband vraagt dan advies aan de Landelijke "
            "Bezwaaradviescommissie.")]
    b += [H1("Financiën"),
          P("De wijze waarop de middelen over de besturen en scholen worden verdeeld, is in 2025 geëvalueerd. "
            "De uitkomst was dat het huidige model te weinig rekening houdt met kleine scholen. Het nieuwe "
            "verdeelmodel volgt na besluitvorming in het algemeen bestuur."),
          P("Hieronder de meerjarenbegroting, in euro's:"),
          T(["Post", "2026", "2027", "2028", "2029"],
            ["Baten Rijk (lichte en zware ondersteuning)", "5.940.000", "5.880.000", "5.810.000", "5.760.000"],
            ["Afdracht so", "1.980.000", "1.990.000", "2.000.000", "2.000.000"],
            ["Afdracht sbo", "1.150.000", "1.120.000", "1.100.000", "1.080.000"],
            ["Middelen naar besturen", "2.100.000", "2.060.000", "2.010.000", "1.980.000"],
            ["Thuiszitterstafel en maatwerk", "180.000", "180.000", "180.000", "180.000"],
            ["Bureau", "470.000", "480.000", "490.000", "500.000"],
            ["Saldo", "60.000", "50.000", "30.000", "20.000"]),
          P("De reserves van het samenwerkingsverband liggen boven de signaleringswaarde; het surplus is "
            "grotendeels al teruggegeven aan de besturen.")]
    b += [H1("Kwaliteitszorg"),
          P("We volgen de uitvoering van dit plan met een vaste kwaliteitscyclus:"),
          UL("elk jaar in februari verzamelen we per school het aantal TLV's, thuiszitters, arrangementen en "
             "verwijzingen, en de uitkomsten van de monitor sociale veiligheid;",
             "in maart bespreken de directeuren per subregio de cijfers en verklaren ze opvallende verschillen;",
             "in april bespreken het algemeen bestuur en de OPR de analyse;",
             "vóór 1 juli verschijnt het jaarverslag met de cijfers en de conclusies;",
             "eens per vier jaar bezoekt een auditteam iedere school."),
          P("Concrete beoogde resultaten voor leerlingen met een ondersteuningsbehoefte stellen we vast zodra "
            "de nulmeting in het voorjaar van 2027 is afgerond.")]
    b += [H1("Communicatie en contact"),
          P("Iedere ouder moet kunnen weten welke ondersteuning er is en waar hij terecht kan. Daarom:"),
          UL("geven we elk jaar in september de ouderfolder 'Passend onderwijs in de Achterhoek' uit, die via "
             "alle scholen wordt verspreid en de ondergrens en de route naar extra ondersteuning uitlegt;",
             "staat op de website een ouderpagina met uitleg en filmpjes;",
             "organiseren we twee keer per jaar een inloopbijeenkomst in de bibliotheek van Borculo-West;",
             "verwijzen alle schoolgidsen naar de ouderpagina."),
          P("Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Achterhoek. Het "
            "steunpunt is gratis en staat los van scholen en samenwerkingsverband. Bij een conflict over "
            "toelating of verwijdering kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs "
            "of een onderwijsconsulent inschakelen.")]
    b += governance(c) + opr(c) + oogo(c) + personeel(c) + ict_privacy(c)
    b += landelijk(c) + kleine_scholen(c) + inspectie(c) + overleg_buren(c, vo=c['kort'].startswith('SWV VO'))
    b += planning(c, ["2026: besluit over het nieuwe verdeelmodel",
                      "2026-2027: beschrijving ondersteuningscontinuüm in het jaarplan",
                      "2027: nulmeting en vaststelling beoogde resultaten",
                      "2027: afwegingskader TLV naar de OPR",
                      "2027: afspraken over terugplaatsing met sbo en so",
                      "2029: evaluatie van het plan"])
    b += vaststelling(c)
    b += begrippen([("Basisondersteuning", "De ondergrens die elke school biedt."),
                    ("Ondersteuningscontinuüm", "Het geheel van ondersteuning van basis tot speciaal onderwijs."),
                    ("Terugplaatsing", "De overstap van een leerling van sbo of so terug naar het "
                                       "basisonderwijs, aan het einde van de TLV."),
                    ("Verdeelmodel", "De afspraken over de verdeling van middelen over de besturen."),
                    ("Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken.")])
    b += afkortingen(AFK_PO + [("CvT", "commissie van toelaatbaarheid")])
    return c, b


LABEL_C = dict(
    documents=["po-berkel-slinge-2026.docx", "po-berkel-slinge-2026.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 'Wat elke school biedt': one ondergrens for all 38 schools/locations; content only in a table.",
           "plaatsing": "Ch. Toelaatbaarheid: four steps, CvT, termijnen, deskundigen, bezwaar; criteria explicitly absent ('geen vaste criteria', afwegingskader in 2027).",
           "terugstroom": "Nothing in body; terugplaatsing only in begrippenlijst and a 2027 planning item (deferral).",
           "financien": "Ch. Financiën: meerjarenbegroting table with amounts; verdeelmodel deferred ('volgt na besluitvorming').",
           "dekkend-aanbod": "Ch. 'Ieder kind een plek': Thuiszitterstafel, zorgplicht, maatwerk when no place; continuum deferred to jaarplan 2026-2027 (term only in glossary).",
           "resultaten": "Ch. Kwaliteitszorg: yearly data cycle, AB/OPR, jaarverslag before 1 July (monitoring); beoogde resultaten deferred until nulmeting 2027. Terugblik gives TLV counts (meetbaar).",
           "ouders": "Ch. 'Communicatie en contact': folder, website, inloop; Ouder- en Jeugdsteunpunt Achterhoek, Geschillencommissie, onderwijsconsulent."},
)

# ================================= PLAN D: Dinkel en Vecht (VO, docx + pdf) ==================


def plan_d():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Dinkel en Vecht", kort="SWV VO Dinkel en Vecht",
             periode="2026-2030", gebiedstype="het grensgebied van Twente en het Vechtdal, met kleine kernen en "
                                              "twee middelgrote stadjes",
             gemeenten_tekst="Dinkelland-Noord, Vechtdal-Oost en Tubbergen-West", n_scholen=9, n_besturen=4,
             n_leerlingen="7.800", directeur="A. Nijhuis", kantoor="Ootmarsum-Zuid",
             regio_extra="Er zijn zes vestigingen voor vmbo, havo en vwo, één school voor praktijkonderwijs en "
                         "twee vso-locaties (cluster 3 en 4).",
             regio_punten=["6 vestigingen vmbo/havo/vwo, waarvan 4 met lwoo",
                           "1 school voor praktijkonderwijs (Het Erf)",
                           "2 vso-locaties",
                           "trajectvoorziening Het Anker (OPDC) in Ootmarsum-Zuid"],
             missie="iedere jongere in Dinkel en Vecht haalt een diploma of een passende plek op de arbeidsmarkt.",
             oogo_datum="4 februari 2026", d_dir="15 januari 2026", d_opr="11 maart 2026",
             d_ab="18 maart 2026", d_insp="1 april 2026")
    b = [("title", f"Ondersteuningsplan {c['periode']}\n{c['naam']}\nVO 23-95"), ("toc", None)]
    b += vo_fix(voorwoord(c) + leeswijzer(c) + context(c) + visie(c))
    b += [H1("Basisondersteuning"),
          P("De zes vo-vestigingen, Het Erf en de vso-scholen hebben een gemeenschappelijk niveau van "
            "basisondersteuning afgesproken dat op elke vestiging wordt geboden. Het is de minimale standaard: "
            "geen vestiging biedt minder."),
          UL("een mentor per klas met minimaal één uur mentoruur per week in de onderbouw",
             "een zorgcoördinator en een ondersteuningsteam op elke vestiging",
             "faalangstreductietraining en een sociale-vaardigheidstraining",
             "dyslexie- en dyscalculievoorzieningen (extra tijd, vergroting, voorleessoftware)",
             "een steunpunt of time-out-ruimte onder begeleiding",
             "huiswerkbegeleiding of studie-uur in de eigen school",
             "een vaste contactpersoon van het jeugdteam en de jeugdarts op school",
             "een ontwikkelingsperspectiefplan voor iedere leerling met extra ondersteuning"),
          P("Het ondersteuningsteam van elke vestiging gaat jaarlijks na of de basisondersteuning op orde is.")]
    b += [H1("Van basis tot specialistisch"),
          P("Ons ondersteuningsaanbod is een doorlopende lijn:"),
          OL("Basisondersteuning op elke vestiging.",
             "Extra ondersteuning op de vestiging, waaronder leerwegondersteunend onderwijs (lwoo) in kleinere "
             "groepen en het Plusprogramma voor leerlingen met autisme.",
             "Tijdelijke plaatsing in trajectvoorziening Het Anker (maximaal twintig weken), met terugkeer naar "
             "de eigen school als doel.",
             "Praktijkonderwijs op Het Erf.",
             "Voortgezet speciaal onderwijs."),
          H2("Thuiszitters en witte vlekken"),
          P("Het Ambulant Thuiszittersteam (ATT) zoekt binnen vijf werkdagen na melding contact met iedere "
            "jongere die thuiszit. Scholen houden zorgplicht. Samen met leerplicht en jeugdhulp wordt binnen "
            "zes weken een plan gemaakt. Ontbreekt een passende plek, dan besluit de directeur-bestuurder over "
            "een maatwerktraject en wordt het ontbrekende aanbod geagendeerd in het jaarlijkse "
            "dekkend-netwerkoverleg met de besturen en gemeenten.")]
    b += [H1("Toelating tot vso, lwoo en pro"),
          H2("Voortgezet speciaal onderwijs"),
          OL("De vo-school vraagt de TLV aan via het digitale loket, met OPP en zienswijze van ouders en "
             "leerling.",
             "De Commissie Toewijzing van het samenwerkingsverband vraagt advies aan twee deskundigen: een "
             "orthopedagoog of GZ-psycholoog en een tweede deskundige (jeugdarts of maatschappelijk werker).",
             "De commissie besluit binnen zes weken. Ouders ontvangen het besluit met de adviezen.",
             "Bezwaar is mogelijk binnen zes weken; wij vragen advies aan de Landelijke Bezwaaradviescommissie."),
          P("Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte structureel groter is dan "
            "wat een reguliere vestiging met Het Anker en extra ondersteuning kan bieden, als er een "
            "ontwikkelingsperspectief is vastgesteld dat uitgaat van een specialistische leeromgeving, en als "
            "ten minste één periode van extra ondersteuning geëvalueerd is zonder voldoende resultaat. De TLV "
            "geldt één tot drie jaar en vermeldt de bekostigingscategorie."),
          H2("Lwoo en pro"),
          P("Voor lwoo en praktijkonderwijs gelden de landelijke criteria: voor pro een IQ tussen 55 en 80 en "
            "een leerachterstand van ten minste drie jaar op twee van de vier domeinen; voor lwoo een IQ "
            "tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar, of sociaal-emotionele "
            "problematiek. De aanvraag loopt via dezelfde commissie en hetzelfde loket; de commissie besluit "
            "uiterlijk op 1 mei voor leerlingen die in augustus instromen."),
          H2("Na de TLV"),
          P("Een plaats in het vso is geen eindstation. Ons beleid is dat iedere vso-leerling met een "
            "perspectief op een diploma in het regulier onderwijs de kans krijgt om terug te stromen, onder "
            "voorwaarden: de leerling is gemotiveerd, de vo-vestiging kan de benodigde ondersteuning bieden "
            "en er is een overstapplan. Na de overstap krijgt de leerling één jaar begeleiding door een "
            "ambulant begeleider van het vso, betaald door het samenwerkingsverband."),
          P("Het vso bespreekt in het laatste jaar van de TLV, uiterlijk in februari, met leerling, ouders en "
            "de Commissie Toewijzing of terugstroom mogelijk is. De commissie besluit over terugplaatsing of "
            "een nieuwe TLV. Na drie maanden evalueren de vo-school en het vso de overstap samen.")]
    b += [H1("Financieel beleid"),
          UL("De lwoo-middelen gaan per leerling met een lwoo-indicatie naar de vestiging die de leerling "
             "ondersteunt.",
             "Elk bestuur ontvangt een ondersteuningsbudget van € 95 per leerling (teldatum 1 oktober).",
             "Het Anker en het ATT worden centraal gefinancierd.",
             "Besturen verantwoorden de besteding in een jaarlijkse rapportage aan het SWV."),
          T(["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Afdracht vso", "2.310", "2.330", "2.350", "2.350"],
            ["Lwoo en pro", "3.420", "3.380", "3.350", "3.330"],
            ["Ondersteuningsbudget besturen", "740", "735", "730", "725"],
            ["Het Anker", "690", "700", "710", "720"],
            ["ATT en maatwerk", "210", "210", "210", "210"],
            ["Bureau", "520", "530", "540", "550"])]
    b += [H1("Onze doelen"),
          P("Voor jongeren met een ondersteuningsbehoefte willen we in 2030 het volgende bereiken:"),
          UL("geen thuiszitters die langer dan drie maanden zonder onderwijs zijn (nu 5);",
             "95% van de leerlingen uit vso en pro stroomt uit naar werk, dagbesteding of vervolgonderwijs;",
             "het deelnamepercentage vso daalt van 3,8% naar ten hoogste 3,4%;",
             "80% van de leerlingen die Het Anker verlaten, zit een jaar later nog op dezelfde school."),
          P("Hoe wij deze doelen gaan volgen en waar we erover rapporteren, leggen we vast in een "
            "monitoringsplan dat in het eerste planjaar verschijnt.")]
    b += [H1("Ouders en leerlingen"),
          P("Ouders en leerlingen hebben recht op een eigen stem. Leerlingen met een OPP worden gehoord over "
            "hun plan (hoorrecht). In de OPR zitten ouders en leerlingen."),
          P("De manier waarop wij ouders informeren over het ondersteuningsaanbod wordt opnieuw ingericht; "
            "een nieuw communicatieplan volgt."),
          P("Ouders en jongeren die onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
            "Jeugdsteunpunt Noordoost-Twente, dat gratis en onpartijdig is. Ook kunnen zij een "
            "onderwijsconsulent inschakelen. Klachten over het samenwerkingsverband gaan naar de landelijke "
            "klachtencommissie; geschillen over toelating naar de Geschillencommissie passend onderwijs.")]
    b += vo_fix(governance(c) + opr(c) + oogo(c) + personeel(c) + ict_privacy(c))
    b += vo_fix(landelijk(c) + inspectie(c) + overleg_buren(c, vo=True) + communicatie_scholen(c)) + vo_mbo(c)
    b += planning(c, ["2026: monitoringsplan",
                      "2026: nieuw communicatieplan",
                      "2027: evaluatie Het Anker",
                      "2028: herijking ondersteuningsbudget",
                      "2029: voorbereiding volgend plan"])
    b += vaststelling(c)
    b += begrippen([("Basisondersteuning", "Minimale ondersteuning op elke vestiging."),
                    ("OPDC", "Orthopedagogisch-didactisch centrum; bij ons Het Anker."),
                    ("Monitoring", "Het systematisch volgen van resultaten."),
                    ("Ouderinformatie", "Informatie voor ouders over de ondersteuning op scholen."),
                    ("Terugstroom", "Overstap van vso naar regulier vo.")])
    b += afkortingen([("ATT", "ambulant thuiszittersteam"), ("LWOO", "leerwegondersteunend onderwijs"),
                      ("OPR", "ondersteuningsplanraad"), ("PRO", "praktijkonderwijs"),
                      ("TLV", "toelaatbaarheidsverklaring"), ("VSO", "voortgezet speciaal onderwijs")])
    return c, b


LABEL_D = dict(
    documents=["vo-dinkel-vecht-2026.docx", "vo-dinkel-vecht-2026.pdf"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. Basisondersteuning: common minimum on every vestiging + bullet list of voorzieningen; yearly check by the OT (borging).",
           "plaatsing": "Ch. 'Toelating tot vso, lwoo en pro': steps, Commissie Toewijzing, deskundigen, 6 weeks, bezwaar; vso criteria and national lwoo/pro criteria.",
           "terugstroom": "Hidden in sub-section 'Na de TLV' inside the toelating chapter: policy, conditions, one year AB after return, February meeting, commission decides.",
           "financien": "Ch. Financieel beleid: lwoo per leerling, €95 per leerling budget; begroting table 2026-2029.",
           "dekkend-aanbod": "Ch. 'Van basis tot specialistisch': five-step line incl. OPDC Het Anker; 'Thuiszitters en witte vlekken': ATT, zorgplicht, maatwerk, dekkend-netwerkoverleg.",
           "resultaten": "Ch. Onze doelen: measurable 2030 targets; monitoring/reporting deferred to a monitoringsplan 'dat in het eerste planjaar verschijnt'.",
           "ouders": "Ch. Ouders en leerlingen: OJSP, onderwijsconsulent, klachten/geschillen; informing parents deferred ('nieuw communicatieplan volgt'); hoorrecht/OPR = betrokkenheid."},
)

# ================================= PLAN E: Lauwersland (PO, markdown) ========================


def plan_e():
    c = dict(naam="Samenwerkingsverband PO Lauwersland", kort="SWV Lauwersland",
             periode="2026-2030", gebiedstype="een open kleigebied langs het Lauwersmeer en de Waddenkust",
             gemeenten_tekst="Lauwerzijl, Dokkum-Oost en Marnewaard", n_scholen=27, n_besturen=5,
             n_leerlingen="2.900", directeur="T. de Vries-Oosterhof", kantoor="Zoutkamp-Noord",
             regio_extra="In het gebied wordt naast Nederlands ook Fries en Gronings gesproken; een deel van de "
                         "scholen is drietalig.",
             regio_punten=["27 basisscholen, waarvan 14 met minder dan 75 leerlingen",
                           "1 sbo-school (De Kwelder)",
                           "so-onderwijs buiten de regio, in Groningen en Leeuwarden",
                           "5 schoolbesturen, waarvan één Friestalig"],
             missie="goed onderwijs voor elk kind aan de kust, hoe klein de school ook is.",
             oogo_datum="10 februari 2026", d_dir="20 januari 2026", d_opr="17 maart 2026",
             d_ab="24 maart 2026", d_insp="14 april 2026")
    b = [("title", f"Ondersteuningsplan {c['periode']} – op hoofdlijnen\n{c['naam']}\nPO 21-96"), ("toc", None)]
    b += voorwoord(c) + leeswijzer(c) + context(c) + visie(c)
    b += [H1("Terugblik"),
          P("Het vorige plan had veel ambities. Een deel daarvan is gerealiseerd. Het aantal leerlingen dat "
            "een TLV kreeg, daalde van 48 in 2021 naar 39 in 2025. Het sbo-percentage ligt op 1,9%."),
          P("In 2025 is de organisatie van het bureau veranderd: de ambulante dienst is opgeheven en de "
            "medewerkers zijn in dienst gekomen van de besturen.")]
    b += [H1("Basisondersteuning (p.m.)"),
          P("Op dit moment werken wij aan een nieuw gezamenlijk basisondersteuningsniveau, in afwachting van "
            "de landelijke norm. Zodra die er is, nemen we het niveau en de onderdelen ervan in dit plan op.")]
    b += [H1("Naar het sbo of so"),
          P("Een TLV voor het speciaal basisonderwijs wordt afgegeven als:"),
          UL("de leerling op ten minste twee vakgebieden een achterstand heeft van meer dan een jaar, of "
             "gedrag laat zien dat in een gewone groep niet te begeleiden is;",
             "de basisschool aantoonbaar een jaar lang extra ondersteuning heeft geboden volgens een OPP;",
             "de leerling gebaat is bij een kleine groep met gespecialiseerde leerkrachten."),
          P("Voor het speciaal onderwijs geldt daarnaast dat de leerling een ondersteuningsbehoefte heeft die "
            "ook het sbo niet kan bieden, zoals intensieve zorg of voortdurende begeleiding bij gedrag "
            "gedurende de hele schooldag."),
          P("Welke stappen een school en ouders doorlopen van aanvraag tot besluit, staat in het Handboek "
            "Toewijzing op onze website.")]
    b += [H1("Weer terug"),
          P("Terugkeer naar het basisonderwijs is voor ons het uitgangspunt zodra het kind daar klaar voor is. "
            "Wij vinden het belangrijk dat een kind niet langer in het speciaal (basis)onderwijs blijft dan "
            "nodig is. Voorwaarden zijn dat de leerling zich in een grotere groep kan handhaven en dat de "
            "basisschool de ondersteuning kan bieden die in het OPP staat. Na de terugkeer begeleidt een "
            "leerkracht van De Kwelder de leerling en de nieuwe leerkracht gedurende een jaar, twee uur per "
            "week."),
          P("Hoe de overgang precies verloopt, spreken de betrokken scholen per leerling met elkaar af.")]
    b += [H1("Wat willen we bereiken?"),
          UL("In 2030 blijft ten minste 85% van de leerlingen die een jaar extra ondersteuning kregen op de eigen school.",
             "Het aantal TLV's voor sbo blijft onder de 2% van het leerlingaantal.",
             "Ten minste 70% van de leerlingen met een OPP haalt de in het OPP gestelde tussendoelen.",
             "Ieder jaar keren ten minste vijf leerlingen van De Kwelder terug naar een basisschool."),
          H2("Hoe houden we dat bij?"),
          P("Op 1 oktober en 1 maart tellen we de TLV's, de teruggekeerde leerlingen en de leerlingen met een "
            "OPP. Scholen leveren in juni de OPP-evaluaties aan. De directeur-bestuurder bespreekt "
            "de uitkomsten twee keer per jaar met de directeuren en het bestuur. In het jaarverslag staat per "
            "doel of het is gehaald.")]
    b += [H1("Geld"),
          P("De begroting van het samenwerkingsverband is een apart document dat het bestuur elk jaar in "
            "december vaststelt. Dit plan bevat geen bedragen.")]
    b += [H1("Aansluiting en aanbod"),
          P("Of ons aanbod voor alle kinderen dekkend is, brengen we in 2026 in kaart. De uitkomst bespreken we "
            "met de besturen.")]
    b += [H1("Informatie"),
          P("Dit plan is te vinden op de website van het samenwerkingsverband. De informatievoorziening aan "
            "ouders krijgt bij de eerste herziening van dit plan een eigen hoofdstuk.")]
    b += governance(c) + opr(c, ouders_rol=False) + oogo(c, inhoudelijk=False) + personeel(c) + ict_privacy(c)
    b += landelijk(c) + kleine_scholen(c) + inspectie(c) + overleg_buren(c, vo=c['kort'].startswith('SWV VO'))
    b += meertaligheid(c) + communicatie_scholen(c)
    b += planning(c, ["2026: inventarisatie aanbod",
                      "2027: basisondersteuning opnemen na landelijke norm",
                      "2027: hoofdstuk informatie voor ouders",
                      "2028: tussenevaluatie doelen",
                      "2029: voorbereiding volgend plan"])
    b += vaststelling(c)
    b += begrippen([("Basisondersteuning", "Het niveau van ondersteuning dat iedere school biedt, zoals "
                                           "handelingsgericht werken, een IB'er en een dyslexieprotocol."),
                    ("Dekkend aanbod", "Voor ieder kind een passende plek."),
                    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders."),
                    ("Verdeelmodel", "De manier waarop het geld over de scholen wordt verdeeld."),
                    ("Thuiszitter", "Kind dat niet naar school gaat.")])
    b += afkortingen(AFK_PO)
    return c, b


LABEL_E = dict(
    documents=["po-lauwersland-2026.md"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Ch. 'Basisondersteuning (p.m.)' only defers to the landelijke norm; the content list exists only in the begrippenlijst.",
           "plaatsing": "Ch. 'Naar het sbo of so' lists sbo/so criteria; procedure only referenced to 'Handboek Toewijzing op onze website'.",
           "terugstroom": "Ch. 'Weer terug': policy, conditions, one year support after return; steps left to schools per leerling (no procedure).",
           "financien": "Ch. Geld: begroting is 'een apart document', 'geen bedragen'; verdeelmodel only in begrippenlijst.",
           "dekkend-aanbod": "Ch. 'Aansluiting en aanbod' only defers ('brengen we in 2026 in kaart'); thuiszitter only in glossary; OOGO chapter is procedural only; 'Landelijke ontwikkelingen' and 'Kleine scholen' mention inclusion/leerlingenvervoer in passing.",
           "resultaten": "Ch. 'Wat willen we bereiken?' with measurable targets + 'Hoe houden we dat bij?' (counts 1 Oct/1 Mar, twice-yearly review, jaarverslag).",
           "ouders": "Ch. Informatie defers parent information to a later revision; OJSP only in glossary and as a statement of national law in 'Landelijke ontwikkelingen'; OPR described without parent role."},
)

# ================================= F: near miss (school-level plan) ==========================


def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026\nCBS De Akkerwinde, Nieuw-Buinen-Oost\n"
                   "Aangesloten bij Samenwerkingsverband PO Veenkoloniën-Noord"), ("toc", None)]
    b += [H1("Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe CBS De Akkerwinde de ondersteuning aan haar 112 leerlingen "
            "organiseert. Het plan wordt elk jaar door de intern begeleider geactualiseerd en besproken met "
            "het team en de medezeggenschapsraad. Het plan is een uitwerking van het schoolondersteuningsprofiel "
            "en sluit aan bij de afspraken van het samenwerkingsverband, waar onze school bij is aangesloten."),
          P("Wij zijn een kleine christelijke dorpsschool met vijf combinatiegroepen. Veel kinderen komen uit "
            "agrarische gezinnen; de laatste jaren komen er ook kinderen van arbeidsmigranten bij. Ons team "
            "bestaat uit negen leerkrachten, een intern begeleider (0,4 fte) en twee onderwijsassistenten."),
          H1("Zorgniveaus in de groep"),
          P("Wij werken met vijf zorgniveaus:"),
          OL("Niveau 1: goed lesgeven in de groep, voor alle leerlingen.",
             "Niveau 2: extra instructie aan de instructietafel, door de eigen leerkracht.",
             "Niveau 3: specifieke interventies, na overleg met de intern begeleider (bijvoorbeeld "
             "RT voor lezen).",
             "Niveau 4: externe deskundigen worden ingeschakeld, bijvoorbeeld via het ondersteuningsteam of de "
             "orthopedagoog van het samenwerkingsverband.",
             "Niveau 5: de leerling heeft een ontwikkelingsperspectief of wordt met een TLV verwezen naar sbo of so."),
          H1("Groepsbesprekingen en leerlingbesprekingen"),
          P("Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking, na de "
            "toetsperiodes in oktober, februari en juni. We bespreken de groepsoverzichten, de resultaten van "
            "de toetsen en het welbevinden. Leerlingen die opvallen, worden in een leerlingbespreking verder "
            "besproken."),
          UL("week 42: groepsbespreking 1", "week 6: groepsbespreking 2 na midden-toetsen",
             "week 25: groepsbespreking 3 na eind-toetsen", "maandelijks: leerlingbespreking met het team"),
          P("Ouders worden uitgenodigd zodra hun kind op niveau 3 of hoger komt. Wij vinden het belangrijk dat "
            "ouders meedenken; zij kennen hun kind het best."),
          H1("Basisondersteuning op onze school"),
          P("Onze school biedt de basisondersteuning zoals het samenwerkingsverband die heeft afgesproken. "
            "Daarnaast hebben wij een leesspecialist en volgen twee leerkrachten een opleiding gedrag. Wij "
            "werken met het programma Kwink voor sociale veiligheid."),
          H1("Extra ondersteuning en arrangementen"),
          P("Als de basisondersteuning niet genoeg is, vraagt de intern begeleider een arrangement aan bij "
            "het samenwerkingsverband. Vorig schooljaar had onze school drie arrangementen: twee voor "
            "gedrag en één voor een leerling met een taalontwikkelingsstoornis. De middelen die de school van "
            "het bestuur krijgt voor extra ondersteuning (het schoolbudget) zetten we in voor de "
            "onderwijsassistenten."),
          H1("Verwijzing en terugplaatsing"),
          P("Lukt het niet om een leerling op onze school voldoende te ondersteunen, dan bespreken we in het "
            "ondersteuningsteam met ouders een verwijzing. De aanvraag van een toelaatbaarheidsverklaring loopt "
            "via het bestuur bij het samenwerkingsverband. Komt een leerling terug van het sbo, dan maken we "
            "een overdrachtsgesprek en een plan voor de eerste weken."),
          H1("Ouders"),
          P("Ouders zijn welkom om met de leerkracht of intern begeleider in gesprek te gaan. Bij onvrede "
            "kunnen ouders terecht bij de directeur en daarna bij de klachtencontactpersoon van de school. "
            "Voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het "
            "samenwerkingsverband."),
          H1("Jaarplanning intern begeleider"),
          T(["Maand", "Activiteit"],
            ["augustus", "overdracht groepen, groepsplannen opstellen"],
            ["oktober", "groepsbespreking 1, OT-overleg"],
            ["januari", "toetsperiode midden"],
            ["februari", "groepsbespreking 2, evaluatie arrangementen"],
            ["juni", "toetsperiode eind, groepsbespreking 3, evaluatie van dit plan"]),
          H1("Evaluatie"),
          P("Aan het eind van het schooljaar evalueert het team dit plan. De resultaten van de evaluatie worden "
            "in de schoolgids en het jaarverslag van de school opgenomen. Het volgende ondersteuningsplan "
            "wordt in augustus vastgesteld door de directeur, na advies van de medezeggenschapsraad.")]
    return b


LABEL_F = dict(
    documents=["notplan-akkerwinde-school-ondersteuningsplan.docx"], sector="po", looks_like_plan=False,
    elements={}, criteria={},
    notes={"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, IB-jaarplanning); "
                       "it only refers to the samenwerkingsverband, has no OPR/OOGO/planperiode of a verband and is adopted by a "
                       "school director after MR advice - not an ondersteuningsplan of a samenwerkingsverband (domain 5.4)."},
)

# ================================= rendering ================================================


def toc_lines(blocks):
    n = 0
    out = []
    for kind, val in blocks:
        if kind == "h1":
            n += 1
            out.append(f"{n}. {val}")
    return out


def numbered(blocks):
    """Number h1 headings (1., 2., ...) as real plans do."""
    n = 0
    res = []
    for kind, val in blocks:
        if kind == "h1":
            n += 1
            res.append((kind, f"{n}. {val}"))
        else:
            res.append((kind, val))
    return res


def write_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_modified_by = "holdout164"
    doc.core_properties.author = "holdout164"
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    toc = toc_lines(blocks)
    blocks = numbered(blocks)
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val.split("\n")):
                doc.add_heading(line, level=0 if i == 0 else 2)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in toc:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
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
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_md(blocks, path):
    toc = toc_lines(blocks)
    blocks = numbered(blocks)
    lines = []
    for kind, val in blocks:
        if kind == "title":
            parts = val.split("\n")
            lines += [f"# {parts[0]}", ""] + [f"**{p}**  " for p in parts[1:]] + [""]
        elif kind == "toc":
            lines += ["## Inhoudsopgave", ""] + [f"- {t}" for t in toc] + [""]
        elif kind == "h1":
            lines += [f"## {val}", ""]
        elif kind == "h2":
            lines += [f"### {val}", ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "ul":
            lines += [f"- {it}" for it in val] + [""]
        elif kind == "ol":
            lines += [f"{i}. {it}" for i, it in enumerate(val, 1)] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def to_pdf(docx_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout164_pdf_"))
    profile = tmp / "lo_profile"
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        pdf = tmp / (docx_path.stem + ".pdf")
        shutil.copyfile(pdf, docx_path.with_suffix(".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(label, name):
    assert set(label["criteria"]) in (set(), set(CORE)), name
    text = yaml.safe_dump(label, sort_keys=False, allow_unicode=True, width=200)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    plans = [(plan_a, LABEL_A, "po-veenkolonien-noord-2026", "docx"),
             (plan_b, LABEL_B, "po-drentse-esdorpen-2026", "docx"),
             (plan_c, LABEL_C, "po-berkel-slinge-2026", "docx+pdf"),
             (plan_d, LABEL_D, "vo-dinkel-vecht-2026", "docx+pdf"),
             (plan_e, LABEL_E, "po-lauwersland-2026", "md")]
    for fn, label, name, fmt in plans:
        c, blocks = fn()
        header = f"{c['kort']} – Ondersteuningsplan {c['periode']}"
        if fmt.startswith("docx"):
            p = OUT / f"{name}.docx"
            write_docx(blocks, p, header)
            if fmt == "docx+pdf":
                to_pdf(p)
        else:
            write_md(blocks, OUT / f"{name}.md")
        write_label(label, name)
    write_docx(near_miss(), OUT / "notplan-akkerwinde-school-ondersteuningsplan.docx",
               "CBS De Akkerwinde – Ondersteuningsplan 2025-2026")
    write_label(LABEL_F, "notplan-akkerwinde-school-ondersteuningsplan")


if __name__ == "__main__":
    main()
