#!/usr/bin/env python3
"""Generate the holdout288 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus their .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
import os
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", [lines]) ("toc",) ("h1", t) ("h2", t) ("p", t) ("ul", [..]) ("table", [[..]])
# ---------------------------------------------------------------------------


def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", list(items))


def TABLE(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------
# Shared filler chapters (parametrised). They mention element words in passing only.
# ---------------------------------------------------------------------------


def voorwoord(o):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {o['periode']} van {o['naam']}. Dit plan is het resultaat van "
          f"een intensief traject waarin schoolbesturen, directeuren, intern begeleiders, ouders en de "
          f"gemeenten {o['gemeenten']} hebben meegedacht. Tijdens {o['sessies']} bijeenkomsten hebben wij "
          f"gesproken over wat goed gaat en over wat beter kan. Die gesprekken waren niet altijd makkelijk, maar "
          f"wel waardevol. Wij danken iedereen die zijn tijd en energie in dit plan heeft gestoken."),
        P("Passend onderwijs is geen doel op zich. Het gaat erom dat ieder kind zich kan ontwikkelen, zo dicht "
          "mogelijk bij huis, samen met leeftijdgenoten. Dat vraagt veel van leerkrachten en van scholen. De "
          "afgelopen jaren hebben wij gezien hoe groot de betrokkenheid in onze regio is. Tegelijk weten wij dat "
          "het lerarentekort, de toenemende complexiteit van de ondersteuningsvragen en de druk op de jeugdhulp "
          "ons voor nieuwe vragen stellen. Dit plan geeft richting, maar het is nadrukkelijk geen blauwdruk: "
          "scholen en besturen geven de ambities samen vorm."),
        P(f"Het plan is besproken met de ondersteuningsplanraad, die op {o['opr_datum']} instemming heeft verleend. "
          f"Het op overeenstemming gericht overleg met de gemeenten is op {o['oogo_datum']} afgerond. Wij kijken "
          f"uit naar de samenwerking in de komende jaren en nodigen iedereen uit om met ons in gesprek te blijven."),
        P(f"{o['directeur']}, directeur-bestuurder"),
    ]


def inleiding(o):
    sector_zin = ("het primair onderwijs (WPO artikel 18a)" if o['sector'] == 'po'
                  else "het voortgezet onderwijs (artikel 17a WVO, thans artikel 2.47 en volgende WVO 2020)")
    return [
        H1("Inleiding"),
        H2("Doel van dit plan"),
        P(f"Ieder samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. Voor "
          f"{sector_zin} schrijft de wet voor welke onderwerpen het plan in elk geval moet bevatten. In "
          f"hoofdlijnen gaat het om de basisondersteuning, de verdeling en besteding van middelen, de "
          f"toelaatbaarheid tot het speciaal onderwijs, terugplaatsing, de beoogde en bereikte resultaten en de "
          f"informatievoorziening aan ouders. Dit overzicht is bedoeld als leeswijzer; de inhoud volgt in de "
          f"hoofdstukken hierna."),
        P("Het plan richt zich op drie doelgroepen. In de eerste plaats op de schoolbesturen en scholen, die "
          "samen het samenwerkingsverband vormen. In de tweede plaats op ouders en leerlingen, die willen weten "
          "waar zij aan toe zijn. En in de derde plaats op onze partners, zoals gemeenten, jeugdhulpaanbieders en "
          "de inspectie. Omdat deze lezers verschillende vragen hebben, is iedere paragraaf zo geschreven dat "
          "hij op zichzelf te lezen is."),
        H2("Leeswijzer"),
        P("Hoofdstuk 2 schetst de context van het samenwerkingsverband. Daarna volgen onze missie en visie. "
          "De inhoudelijke hoofdstukken beschrijven hoe wij ondersteuning organiseren. Het plan sluit af met "
          "de organisatie, medezeggenschap, samenwerking met gemeenten, personeel, ICT en de planning. "
          "In de begrippenlijst achterin worden de belangrijkste termen kort toegelicht."),
    ]


def context(o):
    rows = [["Kenmerk", "Aantal (1 oktober 2025)"],
            ["Aangesloten schoolbesturen", str(o['besturen'])],
            ["Scholen / vestigingen", str(o['scholen'])],
            ["Leerlingen", o['leerlingen']],
            ["Gemeenten in het werkgebied", str(o['n_gemeenten'])]]
    return [
        H1("Het samenwerkingsverband in beeld"),
        P(f"{o['naam']} ({o['code']}) is een stichting waarin {o['besturen']} schoolbesturen samenwerken. Het "
          f"werkgebied omvat de gemeenten {o['gemeenten']}. {o['regio_zin']}"),
        TABLE(rows),
        P("De leerlingenaantallen in de regio dalen licht. De prognoses van de gemeenten laten zien dat die "
          "daling de komende vier jaar doorzet, met uitzondering van enkele nieuwbouwwijken. Krimp heeft "
          "gevolgen voor de scholen en voor de middelen die het samenwerkingsverband ontvangt. Tegelijkertijd "
          "zien wij dat de vragen van leerlingen complexer worden: meer kinderen hebben te maken met "
          "armoede, spanningen thuis of een taalachterstand. Scholen geven aan dat zij vaker handelingsverlegen "
          "zijn dan vijf jaar geleden."),
        P("Het bureau van het samenwerkingsverband is gevestigd in " + o['vestiging'] + ". Daar werken de "
          "directeur-bestuurder, de beleidsmedewerkers, de controller en het secretariaat. Een groot deel van "
          "de medewerkers werkt echter op of vanuit de scholen."),
    ]


def missie_visie(o):
    return [
        H1("Missie, visie en ambities"),
        H2("Missie"),
        P(f"{o['naam']} staat voor een regio waarin ieder kind onderwijs krijgt dat past bij wat het nodig "
          f"heeft. Wij doen dat samen: schoolbesturen, scholen, ouders en partners. Wij zijn er niet om zelf "
          f"onderwijs te geven, maar om scholen in staat te stellen dat goed te doen."),
        H2("Visie"),
        P("Wij geloven dat kinderen het beste leren in een omgeving waarin zij gezien worden. Dat vraagt om "
          "leerkrachten die vakmanschap en tijd hebben, om scholen die van elkaar leren en om korte lijnen met "
          "ouders en hulpverlening. Inclusiever onderwijs is voor ons een richting, geen eindpunt. Wij willen "
          "dat zo veel mogelijk kinderen naar een school in de eigen wijk of het eigen dorp kunnen gaan. Waar "
          "dat niet lukt, moet het speciaal onderwijs een volwaardig en nabij alternatief zijn."),
        P("Ouders zijn voor ons de eerste partner. Zij kennen hun kind het best. Wij vinden het vanzelfsprekend "
          "dat school en ouders samen optrekken, ook als het lastig wordt. Ook de stem van het kind telt; "
          "leerlingen worden waar mogelijk betrokken bij gesprekken over hun eigen ontwikkeling."),
        H2("Kernwaarden"),
        UL("Nabijheid: dichtbij het kind, de school en het gezin.",
           "Vakmanschap: vertrouwen in de professional in de klas.",
           "Verbinding: samen met partners in plaats van naast elkaar.",
           "Openheid: wij zijn aanspreekbaar op wat wij doen."),
        P("Deze kernwaarden zijn bewust algemeen geformuleerd. Zij vormen de toon van het gesprek met scholen "
          "en partners en zijn geen meetbare doelen; zij helpen ons bij het maken van keuzes."),
    ]


def governance(o):
    return [
        H1("Organisatie en governance"),
        H2("Rechtsvorm en bestuursmodel"),
        P(f"{o['naam']} is een stichting. Het bestuursmodel is een raad-van-toezichtmodel: de "
          f"directeur-bestuurder is het bevoegd gezag en wordt gecontroleerd door een raad van toezicht van "
          f"{o['rvt']} leden. De aangesloten schoolbesturen vormen samen de Algemene Vergadering van "
          f"besturen, die onder meer het ondersteuningsplan en de begroting goedkeurt voordat de "
          f"directeur-bestuurder deze vaststelt."),
        P("De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen. "
          "De raad van toezicht werkt met een toezichtkader en een informatieprotocol. Eenmaal per jaar evalueert "
          "de raad zijn eigen functioneren, één keer in de drie jaar onder externe begeleiding."),
        H2("Bureau en overleg"),
        P("Het bureau ondersteunt de directeur-bestuurder bij beleid, uitvoering, financiën en "
          "kwaliteitszorg. Er is een directeurenoverleg per deelregio en een netwerk van intern begeleiders dat "
          "zes keer per jaar bijeenkomt. Het netwerk wordt gebruikt om beleid te toetsen, kennis te delen en "
          "signalen op te halen. Ook de directies van de speciale scholen nemen deel aan een apart overleg."),
        P(f"Het samenwerkingsverband hanteert de {o['code_bestuur']} als uitgangspunt. "
          "Integriteit, transparantie en het voorkomen van belangenverstrengeling krijgen expliciet aandacht, "
          "juist omdat de schoolbesturen zowel eigenaar als ontvanger van middelen zijn."),
    ]


def medezeggenschap(o, met_ouders=True):
    samenstelling = ("De OPR bestaat uit " + str(o['opr_leden']) + " leden: de helft ouders en de helft "
                     "personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. Ouders in de "
                     "OPR brengen het perspectief van gezinnen in; het samenwerkingsverband vergoedt hun "
                     "scholing en onkosten." if met_ouders else
                     "De leden van de OPR worden afgevaardigd vanuit de medezeggenschapsraden van de aangesloten "
                     "scholen. De zittingstermijn is drie jaar.")
    return [
        H1("Medezeggenschap"),
        P("Het samenwerkingsverband kent twee medezeggenschapsorganen: de ondersteuningsplanraad (OPR) en de "
          "medezeggenschapsraad van het personeel van het bureau. De OPR heeft instemmingsrecht op de vaststelling "
          "en wijziging van het ondersteuningsplan. " + samenstelling),
        P("De OPR vergadert ten minste vijf keer per jaar. Eén keer per jaar is er een gezamenlijke bijeenkomst "
          "met de raad van toezicht. De directeur-bestuurder neemt deel aan het overleg voor zover de agenda dat "
          "vraagt. De OPR heeft een eigen budget voor scholing en ondersteuning door een externe adviseur."),
        P(f"Voor dit plan heeft de OPR vanaf het begin meegelezen. Conceptteksten zijn in drie rondes besproken. "
          f"De OPR heeft op {o['opr_datum']} ingestemd met het plan."),
    ]


def oogo(o, rijk=True):
    if rijk:
        extra = [
            P("Met de gemeenten zijn afspraken gemaakt over de inzet van schoolmaatschappelijk werk en "
              "jeugdhulp in en om de school. Elke school heeft een vaste contactpersoon van het sociaal team, die "
              "aansluit bij het ondersteuningsteam wanneer ouders daarmee instemmen. Voor kinderen die naast "
              "onderwijs ook zorg nodig hebben, zoals therapie of dagbesteding, maken school, ouders, gemeente en "
              "zorgaanbieder een gezamenlijk onderwijszorgarrangement; de kosten worden gedeeld volgens de "
              "regionale afspraak 'één kind, één plan'."),
        ]
    else:
        extra = [P("De gespreksonderwerpen voor de komende periode worden in een gezamenlijke agenda vastgelegd, "
                   "die na de gemeenteraadsverkiezingen wordt opgesteld.")]
    return [
        H1("Samenwerking met gemeenten"),
        P(f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de gemeenten "
          f"{o['gemeenten']}. Het OOGO over dit ondersteuningsplan is gevoerd op {o['oogo_datum']}. Het verslag "
          f"van dit overleg is bij de stukken voor de raad van toezicht gevoegd."),
    ] + extra + [
        P("Daarnaast is er overleg gevoerd met het samenwerkingsverband in de andere onderwijssector waarvan het "
          "werkgebied overlapt. Onderwerpen daarbij waren de overstap tussen sectoren en de afstemming van "
          "planperiodes."),
    ]


def personeel(o):
    return [
        H1("Personeel en professionalisering"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen die het uitvoeren. Het "
          "samenwerkingsverband investeert daarom in de deskundigheid van leerkrachten, intern begeleiders en "
          "de eigen medewerkers. Er is een scholingsaanbod rond gedrag, taal, executieve functies en "
          "samenwerken met ouders. Het aanbod wordt jaarlijks bijgesteld op basis van vragen uit het netwerk."),
        P(f"Het bureau telt {o['fte']} fte. Daarvan is het grootste deel ingezet in de uitvoering, zoals "
          f"orthopedagogen, ambulant begeleiders en consulenten. De medewerkers vallen onder de "
          f"{o['cao']}. Bij vacatures werven wij eerst binnen de aangesloten besturen, zodat expertise in de "
          f"regio behouden blijft."),
        P("Het lerarentekort raakt ook de ondersteuning. Waar scholen geen leerkracht vinden, komt de extra "
          "ondersteuning als eerste onder druk te staan. Daarom werken wij met de besturen aan gezamenlijke "
          "werving, zij-instroom en het behouden van ervaren leerkrachten. De effecten van dit plan op het "
          "personeel van de scholen zijn met de personeelsgeleding van de OPR besproken."),
    ]


def ict_privacy(o):
    return [
        H1("ICT en privacy"),
        P("Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen aanvragen doen en "
          "documenten uitwisselen. Scholen gebruiken daarnaast hun eigen leerlingvolgsysteem. Koppelingen tussen "
          "systemen worden alleen gemaakt als daar een grondslag voor is."),
        P("Bij de uitvoering van onze taken verwerken wij persoonsgegevens, soms ook gegevens over gezondheid. "
          "Het samenwerkingsverband heeft een functionaris gegevensbescherming, een privacyreglement en een "
          "verwerkingsregister. Gegevens worden niet langer bewaard dan nodig en in elk geval volgens de "
          "wettelijke termijnen. Medewerkers volgen elke twee jaar een training informatiebeveiliging."),
        P("In de planperiode vervangen wij de huidige aanvraagomgeving. Bij de keuze voor een nieuw systeem "
          "betrekken wij intern begeleiders en de OPR, zodat het systeem gebruiksvriendelijk en veilig is."),
    ]


def planning(o):
    return [
        H1("Planning en totstandkoming"),
        P("De totstandkoming van dit plan verliep in vier fasen: evaluatie van het vorige plan, "
          "werkconferenties, schrijven en consultatie, en besluitvorming. Hieronder staan de belangrijkste data."),
        TABLE([["Stap", "Datum"],
               ["Instemming OPR", o['opr_datum']],
               ["Afronding OOGO", o['oogo_datum']],
               ["Goedkeuring Algemene Vergadering", o['av_datum']],
               ["Vaststelling door directeur-bestuurder", o['vast_datum']],
               ["Toezending aan de inspectie", "vóór 1 mei 2026"]]),
        P("Het plan geldt voor vier schooljaren. Jaarlijks stellen wij een jaarplan en een begroting op, "
          "waarin de kernwaarden worden vertaald in activiteiten. Grote wijzigingen van het plan leggen "
          "wij opnieuw voor aan de OPR."),
    ]


def extra_filler(o):
    if o['sector'] == 'po':
        lijn = ("Het samenwerkingsverband werkt samen met de voorschoolse voorzieningen en de kinderopvang in de "
                "regio. Peuterspeelzalen dragen met toestemming van ouders hun observaties over aan de "
                "basisschool. Aan de andere kant van de basisschool is er een jaarlijkse overstapdag met het "
                "samenwerkingsverband voortgezet onderwijs, waarop leerkrachten van groep 8 en mentoren van "
                "de brugklas elkaar ontmoeten. Het tijdpad voor de overstap volgt de regionale kernprocedure.")
    else:
        lijn = ("Het samenwerkingsverband werkt samen met het samenwerkingsverband primair onderwijs aan een "
                "soepele overstap naar de brugklas, volgens de regionale kernprocedure. Aan de andere kant "
                "werken de scholen samen met het mbo in de regio en met werkgevers aan een goede aansluiting op "
                "vervolgonderwijs en arbeidsmarkt, onder meer via gezamenlijke doorlopende leerroutes.")
    return [
        H1("Doorgaande lijnen"),
        P(lijn),
        P("Overgangsmomenten zijn kwetsbaar. Een warme overdracht, waarin de school die afscheid neemt en de "
          "school die ontvangt met elkaar spreken, is daarom de norm. Scholen gebruiken hiervoor een "
          "gezamenlijk overdrachtsformulier dat in 2025 is vernieuwd en beter aansluit op de praktijk."),
        H1("Huisvesting en leerlingenvervoer"),
        P("De gemeenten zijn verantwoordelijk voor onderwijshuisvesting en leerlingenvervoer. Het "
          "samenwerkingsverband heeft daarin geen eigen bevoegdheid, maar brengt wel het perspectief van "
          "passend onderwijs in. Zo vragen wij bij nieuwbouw aandacht voor prikkelarme ruimtes, "
          "spreekkamers en toegankelijkheid voor leerlingen met een lichamelijke beperking."),
        P("Het leerlingenvervoer is de afgelopen jaren onder druk komen te staan door een tekort aan "
          "chauffeurs. Lange reistijden zijn voor jonge kinderen belastend. Signalen die scholen hierover "
          "ontvangen, geven wij door aan de gemeente die het vervoer heeft ingekocht."),
        H1("Kennisdeling en onderzoek"),
        P("Scholen leren het meest van elkaar. Daarom faciliteert het samenwerkingsverband leernetwerken "
          "rond thema's als gedrag in de klas, meertaligheid en het werken met executieve functies. Elk netwerk "
          "heeft een trekker uit een van de scholen en komt vier keer per jaar samen. Daarnaast werken wij "
          "samen met een hogeschool in een werkplaats onderwijsonderzoek, waarin leerkrachten kleine "
          "praktijkonderzoeken uitvoeren."),
        P("Op de jaarlijkse regiodag presenteren scholen hun ervaringen. De opbrengsten van de netwerken "
          "worden gedeeld via een digitale kennisbank die voor alle medewerkers van de aangesloten scholen "
          "toegankelijk is."),
        H1("Externe contacten"),
        P("Het samenwerkingsverband is lid van het landelijke netwerk van samenwerkingsverbanden en neemt deel "
          "aan de regionale tafel van directeuren van samenwerkingsverbanden in de provincie. Met de inspectie "
          "van het onderwijs is regelmatig contact. De directeur-bestuurder onderhoudt daarnaast contacten met "
          "de wethouders onderwijs, de besturenorganisaties en collega-samenwerkingsverbanden elders in het land."),
        P("Deze contacten zijn bedoeld om van elkaar te leren, ontwikkelingen tijdig te signaleren en onze "
          "belangen in te brengen bij landelijke en regionale besluitvorming."),
    ]


def begrippen(o, extra=()):
    rows = [["Begrip", "Betekenis"],
            ["Arrangement", "Geheel van extra ondersteuning voor een leerling of groep, tijdelijk en doelgericht."],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat "
                                   "alle scholen bieden."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elke leerling een passende "
                               "plek is."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "Het teruggaan van een leerling uit het speciaal (basis)onderwijs naar het "
                               "regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor het speciaal (basis)onderwijs."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren met de verwachte baten en lasten."]]
    rows += [list(r) for r in extra]
    return [H1("Begrippenlijst"), TABLE(rows)]


# ---------------------------------------------------------------------------
# Plan A: small PO verband, .docx
# ---------------------------------------------------------------------------
A = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Kempenland-West", code="PO 30-11",
         periode="2026-2030", gemeenten="Bergeijkse Heide, Westerhoven en Leende-Dorp", n_gemeenten=3,
         sessies="zeven", opr_datum="10 maart 2026", oogo_datum="24 maart 2026", av_datum="7 april 2026",
         vast_datum="14 april 2026", directeur="Marleen de Kok", besturen=6, scholen=33, leerlingen="6.910",
         regio_zin="Het is een landelijke regio met veel kleine dorpsscholen; twaalf scholen hebben minder dan "
                   "honderd leerlingen. In het gebied staan één school voor speciaal basisonderwijs en één "
                   "so-locatie voor cluster 3 en 4.",
         vestiging="Westerhoven", rvt=3, opr_leden=8, fte="11,4", sector="po", cao="cao primair onderwijs", code_bestuur="Code Goed Bestuur in het primair onderwijs")


def plan_a():
    o = A
    b = [("title", [f"Ondersteuningsplan {o['periode']}", o['naam'], o['code'],
                    "Samen sterk voor elk kind in de Kempen", "Vastgesteld 14 april 2026"]), ("toc",)]
    b += voorwoord(o) + inleiding(o) + context(o) + missie_visie(o)
    b += [
        H1("Basisondersteuning: onze gezamenlijke ondergrens"),
        P("In Kempenland-West hebben de zes besturen afgesproken welke ondersteuning iedere school, op iedere "
          "vestiging, ten minste biedt. Dat is de basisondersteuning. Zij geldt voor alle 31 basisscholen en "
          "ook voor de sbo-school. Een school mag meer bieden, maar nooit minder. Voor ouders betekent dit: "
          "op welke school in ons gebied uw kind ook zit, de volgende voorzieningen zijn er altijd."),
        UL("Een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die de ondersteuning in de school "
           "coördineert en aanspreekpunt is voor ouders.",
           "Drie keer per jaar een groepsbespreking en handelingsgericht werken met groepsoverzichten, zodat "
           "achterstanden vroeg worden gesignaleerd.",
           "Een dyslexie- en dyscalculieprotocol, inclusief de begeleiding tot en met de vergoede "
           "dyslexiezorg.",
           "Een aanbod voor sociaal-emotionele ontwikkeling en een anti-pestprogramma met een aangewezen "
           "coördinator.",
           "Een aanbod voor leerlingen die meer aankunnen: verrijking in de groep en een bovenschoolse plusklas "
           "een ochtend per week.",
           "Een ondersteuningsteam waarin ouders, de intern begeleider, de orthopedagoog van het "
           "samenwerkingsverband en zo nodig het sociaal team samen naar een hulpvraag kijken.",
           "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
           "Een warme overdracht naar het voortgezet onderwijs en bij een verhuizing naar een andere school."),
        P("Elke school beschrijft in haar schoolondersteuningsprofiel hoe zij deze basis invult en welke extra "
          "expertise zij daarnaast heeft. Het samenwerkingsverband voert eens per jaar een kwaliteitsgesprek met "
          "ieder bestuur aan de hand van een kwaliteitskaart. Blijkt dat een school een onderdeel niet op orde "
          "heeft, dan maakt het bestuur binnen drie maanden een verbeterplan, waarvan de uitvoering in het "
          "volgende gesprek wordt getoetst."),
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Wanneer is een TLV nodig?"),
        P("Voor plaatsing op de sbo-school of op een school voor speciaal onderwijs in cluster 3 of 4 is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor cluster 1 en 2 geldt een "
          "landelijke procedure via de instellingen zelf; die valt buiten dit plan."),
        H2("Zo verloopt de aanvraag"),
        P("De aanvraag wordt gedaan door het schoolbestuur van de school waar de leerling staat ingeschreven, in "
          "de praktijk door de intern begeleider. Ouders worden vooraf betrokken en geven hun zienswijze op de "
          "aanvraag. Bij de aanvraag horen het ontwikkelingsperspectiefplan, het groeidocument met de "
          "geboden ondersteuning en de verslagen van het ondersteuningsteam."),
        P("De Commissie Toelaatbaarheid van het samenwerkingsverband neemt het besluit. Voordat zij besluit, "
          "vraagt de commissie advies aan twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van "
          "de leerling, een tweede deskundige zoals een kinderpsychiater, maatschappelijk werker of arts. Elke "
          "deskundige brengt een eigen schriftelijk advies uit en is niet betrokken geweest bij de aanvraag. De "
          "commissie besluit binnen zes weken na ontvangst van een volledige aanvraag."),
        P("Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor één tot drie "
          "schooljaren, steeds tot en met 31 juli. Bij een TLV voor het so stelt de commissie ook de "
          "bekostigingscategorie vast: laag, midden of hoog."),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
          "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheids"
          "verklaringen en beslist daarna opnieuw."),
        H2("Beoordelingskader"),
        P("De commissie beoordeelt iedere aanvraag op zichzelf. Het bestuur heeft besloten de beoordelingscriteria "
          "opnieuw te formuleren in samenhang met de landelijke ontwikkelingen. Het nieuwe kader wordt in de loop "
          "van schooljaar 2026-2027 ter advisering aan de OPR voorgelegd en daarna als aanvulling op dit plan "
          "vastgesteld."),
        H2("Terugplaatsing en overplaatsing"),
        P("Het terugplaatsingsbeleid wordt in schooljaar 2026-2027 samen met de sbo-school en de so-locatie "
          "herijkt. Tot die tijd verwijzen wij naar de handreiking op onze website."),
        H1("Een passende plek voor elk kind"),
        H2("Van basis naar speciaal"),
        P("Het aanbod in Kempenland-West is opgebouwd als een doorlopende reeks. De basis is de "
          "basisondersteuning op iedere school. Is dat niet genoeg, dan kan de school een arrangement aanvragen "
          "bij het samenwerkingsverband: een individueel arrangement (bijvoorbeeld begeleiding door een "
          "ambulant begeleider of extra handen in de groep) of een groepsarrangement voor meerdere leerlingen "
          "op één school. Daarboven staan de bovenschoolse voorzieningen: de taalklas voor nieuwkomers in "
          "Westerhoven, de plusklas en de observatiegroep 'De Brug' waar een kind maximaal twaalf weken wordt "
          "geobserveerd. Het sbo en het so vormen de meest intensieve vormen van ondersteuning."),
        H2("Geen kind tussen wal en schip"),
        P("Iedere zes weken komt het signaleringsoverleg bijeen: de leerplichtambtenaren van de drie gemeenten, "
          "een consulent van het samenwerkingsverband en een medewerker van het sociaal team. Zij bespreken elk "
          "kind dat niet of slechts gedeeltelijk naar school gaat, of dat dreigt uit te vallen. Binnen vijf "
          "werkdagen na melding krijgt het kind een trajectbegeleider die samen met ouders en school een plan "
          "maakt. Lukt het niet om binnen drie maanden een passende plek te vinden, dan bespreekt de "
          "directeur-bestuurder de situatie met de betrokken besturen en met de gemeente."),
        P("Eens per jaar analyseren wij aan de hand van de aanvragen, de signalen uit dit overleg en de "
          "wachtlijsten of ons aanbod nog dekkend is. Ontbreekt een voorziening, dan stelt het bestuur een "
          "voorstel op. Zo is in 2024 de observatiegroep ontstaan."),
        H1("Geld en middelen"),
        H2("Hoe we verdelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning. Eerst "
          "worden de verplichte afdrachten voor leerlingen in het so en de groeibekostiging van het sbo "
          "gereserveerd. Van het overige deel gaat 70 procent rechtstreeks naar de schoolbesturen: een vaste "
          "voet van € 4.000 per school plus € 95 per leerling op de teldatum 1 oktober van het voorgaande jaar. "
          "De overige 30 procent blijft bij het samenwerkingsverband voor arrangementen, de bovenschoolse "
          "voorzieningen en het bureau. Arrangementen worden toegekend door de consulent op basis van een "
          "aanvraag met OPP; een individueel arrangement bedraagt maximaal € 6.500 per schooljaar."),
        P("Schoolbesturen verantwoorden jaarlijks vóór 1 juni in een bestedingsverslag waaraan zij de "
          "ondersteuningsmiddelen hebben uitgegeven. Het samenwerkingsverband houdt een weerstandsvermogen aan "
          "van ten hoogste 6 procent van de baten; het meerdere wordt aan de besturen uitgekeerd."),
        H2("Meerjarenbegroting"),
        TABLE([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsmiddelen", "6.420", "6.310", "6.205", "6.120"],
               ["Afdracht so en groeibekostiging sbo", "2.610", "2.590", "2.570", "2.560"],
               ["Middelen naar schoolbesturen", "2.670", "2.630", "2.590", "2.555"],
               ["Arrangementen en bovenschoolse voorzieningen", "790", "765", "735", "710"],
               ["Bureau en organisatie", "350", "355", "360", "360"],
               ["Resultaat", "0", "-30", "-50", "-65"]]),
        P("Het negatieve resultaat vanaf 2027 wordt opgevangen uit de reserve, die daarmee naar het "
          "afgesproken niveau daalt."),
        H1("Resultaten en kwaliteit"),
        P("De beoogde resultaten voor deze planperiode formuleren wij in het eerste jaarplan. Voor de "
          "resultaten van de vorige planperiode verwijzen wij naar het jaarverslag 2025 op onze website."),
        H1("Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
          "scholen via de nieuwsbrief voor intern begeleiders en het directeurenoverleg."),
        P("Ouders informeren wij op drie manieren. Op de website staat per school het schoolondersteunings"
          "profiel en een uitleg in gewone taal van wat basisondersteuning en een arrangement inhouden. Iedere "
          "school geeft ouders bij inschrijving de folder 'Passend onderwijs in Kempenland' en neemt in de "
          "schoolgids een paragraaf over ondersteuning op. En eens per jaar organiseren wij een avond voor "
          "ouders, samen met de OPR, waarin wij uitleggen hoe de ondersteuning werkt."),
        P("Heeft u als ouder een vraag of bent u het niet eens met de school? Dan kunt u terecht bij het "
          "Ouder- en Jeugdsteunpunt Kempenland, dat onafhankelijk werkt van scholen en het "
          "samenwerkingsverband en telefonisch en per mail bereikbaar is. Daarnaast kunt u een beroep doen op "
          "de landelijke onderwijsconsulenten. Voor klachten geldt de klachtenregeling van het "
          "samenwerkingsverband; geschillen over de zorgplicht kunt u voorleggen aan de Geschillencommissie "
          "Passend Onderwijs."),
        P("Bij het opstellen van het ontwikkelingsperspectiefplan hebben ouders een eigen stem: de school "
          "bespreekt het plan met ouders en legt hun zienswijze vast."),
    ]
    b += governance(o) + medezeggenschap(o) + oogo(o, rijk=True) + personeel(o) + ict_privacy(o) + extra_filler(o) + planning(o)
    b += begrippen(o, extra=[("Resultaten", "De beoogde en bereikte effecten van passend onderwijs voor "
                                            "leerlingen."),
                             ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")])
    return b


A_LABEL = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                  financien="present", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Hfst 'Basisondersteuning: onze gezamenlijke ondergrens' defines the minimum for every vestiging and lists 8 voorzieningen; kwaliteitskaart = borging.",
           "plaatsing": "Hfst 'Toelaatbaarheid tot sbo en so' gives full procedure, deskundigen, duration, bezwaar; 'Beoordelingskader' defers the criteria to 2026-2027.",
           "terugstroom": "Sub-heading 'Terugplaatsing en overplaatsing' only defers (herijkt 2026-2027) and refers to the website; rest is glossary/TOC.",
           "financien": "Hfst 'Geld en middelen': 70/30 split, vaste voet + EUR 95 per leerling, arrangement cap, meerjarenbegroting table 2026-2029.",
           "dekkend-aanbod": "Hfst 'Een passende plek voor elk kind': continuum basis-arrangement-bovenschools-sbo/so plus signaleringsoverleg and annual dekkendheidsanalyse.",
           "resultaten": "Hfst 'Resultaten en kwaliteit' only defers goals to the jaarplan and refers to the jaarverslag on the website.",
           "ouders": "Content sits in hfst 'Communicatie': website, folder, schoolgids, ouderavond; OJSP Kempenland, onderwijsconsulenten, klachten/geschillen."},
)


# ---------------------------------------------------------------------------
# Plan B: large PO verband, .docx + .pdf
# ---------------------------------------------------------------------------
B = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Rijn en Vaart", code="PO 28-17",
         periode="2026-2030", gemeenten="Vaartstad, Rijnoever, Hoogwoude, Kerkdijk en Molenlanden-Noord",
         n_gemeenten=5, sessies="veertien", opr_datum="3 maart 2026", oogo_datum="17 maart 2026",
         av_datum="31 maart 2026", vast_datum="8 april 2026", directeur="drs. Youssef Amrani",
         besturen=24, scholen=157, leerlingen="41.380",
         regio_zin="Het gebied kent een grote stad met vier stadsdelen en een ring van forensengemeenten. Er "
                   "zijn 142 basisscholen, 6 scholen voor speciaal basisonderwijs en 9 so-locaties.",
         vestiging="Vaartstad", rvt=5, opr_leden=16, fte="58,2", sector="po", cao="cao primair onderwijs", code_bestuur="Code Goed Bestuur in het primair onderwijs")


def plan_b():
    o = B
    b = [("title", [f"Ondersteuningsplan {o['periode']}", o['naam'], o['code'], "Elk kind telt mee"]),
         ("toc",)]
    b += voorwoord(o) + inleiding(o) + context(o) + missie_visie(o)
    b += [
        H1("Ondersteuning in de school"),
        H2("Basisondersteuning"),
        P("Basisondersteuning is in Rijn en Vaart het niveau van ondersteuning dat alle 157 scholen en "
          "vestigingen in het samenwerkingsverband, inclusief het sbo, minimaal bieden. De besturen hebben dit "
          "niveau in 2025 opnieuw vastgesteld in tien standaarden. Tabel 2 geeft per standaard aan wat ouders "
          "op iedere school kunnen verwachten."),
        TABLE([["Standaard", "Wat ouders op iedere school mogen verwachten"],
               ["1 Zicht op ontwikkeling", "Twee keer per jaar een analyse per groep; vroegsignalering in groep 1-2."],
               ["2 Interne begeleiding", "Een intern begeleider met vaste spreekuren voor ouders."],
               ["3 Lezen", "Dyslexieprotocol met drie interventieperiodes voordat een dossier wordt aangelegd."],
               ["4 Rekenen", "Protocol ernstige reken-wiskundeproblemen en dyscalculie."],
               ["5 Gedrag", "Schoolbrede gedragsaanpak, een gedragsspecialist per bestuur beschikbaar binnen twee weken."],
               ["6 Taal", "NT2-aanbod voor nieuwkomers in het eerste jaar op school."],
               ["7 Meer- en hoogbegaafdheid", "Compacten en verrijken; screening in groep 3 en 5."],
               ["8 Medisch handelen", "Protocol medische handelingen; afspraken met ouders bij opname."],
               ["9 Ondersteuningsteam", "Multidisciplinair overleg met ouders binnen vier weken na aanmelding."],
               ["10 Overgangen", "Warme overdracht bij instroom, doorstroom en naar het vo."]]),
        P("De directeur-bestuurder toetst de standaarden in de jaarlijkse bestuursgesprekken; een onafhankelijke "
          "audit bezoekt in de planperiode iedere school één keer."),
        H2("Extra ondersteuning en arrangementen"),
        P("Wanneer een kind meer nodig heeft dan de basisondersteuning, kan de school via het ondersteuningsteam "
          "een arrangement aanvragen bij het loket van het samenwerkingsverband. Er zijn individuele "
          "arrangementen, groepsarrangementen en schoolarrangementen. Daarnaast zijn er bovenschoolse "
          "voorzieningen: vier plusklassen, twee taalscholen voor nieuwkomers, drie kleine 'klassen op maat' "
          "voor kinderen met ernstige gedragsvragen en een onderwijszorgcentrum voor jonge kinderen. Het sbo "
          "en het so sluiten de reeks af. Samen vormen deze voorzieningen het ondersteuningscontinuüm van Rijn "
          "en Vaart."),
        H2("Dekkend netwerk en thuiszitters"),
        P("Het samenwerkingsverband heeft een thuiszittersteam van drie consulenten. Iedere school meldt een "
          "leerling die langer dan vier weken verzuimt of geen passend aanbod heeft. Het team organiseert "
          "binnen tien werkdagen een overleg met ouders, school, leerplicht en jeugdhulp en blijft betrokken "
          "totdat het kind weer volledig onderwijs volgt. Signalen over ontbrekend aanbod worden twee keer per "
          "jaar gebundeld en besproken in de Algemene Vergadering, die dan besluit over nieuwe voorzieningen. "
          "Als een school haar zorgplicht niet kan waarmaken, bemiddelt het loket bij het vinden van een andere "
          "school."),
        H1("Toewijzing en toelaatbaarheid"),
        H2("Procedure"),
        P("De procedure voor een toelaatbaarheidsverklaring voor sbo of so kent vijf stappen."),
        UL("Stap 1 – Het ondersteuningsteam van de school bespreekt met ouders dat een plaatsing in het sbo of so "
           "wordt overwogen. Ouders geven hun zienswijze.",
           "Stap 2 – Het schoolbestuur dient de aanvraag in bij de Commissie van Toelaatbaarheid (CvT) met het "
           "groeidocument, het OPP en het onderwijskundig rapport.",
           "Stap 3 – Twee deskundigen, van wie ten minste één orthopedagoog of psycholoog, brengen ieder "
           "afzonderlijk een schriftelijk advies uit. Zij zijn niet bij de aanvraag betrokken geweest.",
           "Stap 4 – De CvT besluit binnen zes weken. Bij een spoedaanvraag binnen tien werkdagen.",
           "Stap 5 – Ouders en school ontvangen het besluit met de adviezen van de deskundigen."),
        H2("Criteria"),
        P("Een leerling is toelaatbaar tot het sbo wanneer aan alle volgende voorwaarden is voldaan: de "
          "basisschool heeft ten minste twee cycli handelingsgericht gewerkt en een arrangement ingezet; de "
          "ontwikkeling blijft aantoonbaar achter op het OPP; en de ondersteuningsbehoefte vraagt om een "
          "kleine groep met specifieke expertise die de school ook met extra middelen niet kan bieden."),
        P("Een leerling is toelaatbaar tot het so wanneer daarnaast sprake is van een intensieve en langdurige "
          "ondersteuningsbehoefte op het gebied van gedrag, ontwikkeling of lichamelijke gezondheid, waarbij "
          "onderwijs en zorg zo verweven zijn dat een reguliere omgeving niet volstaat. De categorie (laag, "
          "midden of hoog) volgt uit de aard van de ondersteuning: laag voor cluster 4 en zeer moeilijk "
          "lerende kinderen, midden voor langdurig zieke en lichamelijk gehandicapte kinderen, hoog voor "
          "meervoudig gehandicapte kinderen."),
        P("Een TLV sbo geldt voor de rest van de basisschoolperiode; een TLV so voor twee schooljaren."),
        H2("Na afloop van de TLV"),
        P("In het laatste jaar van iedere TLV so organiseert de so-school vóór 1 februari een evaluatie met "
          "ouders, de consulent van het samenwerkingsverband en, als terugplaatsing in beeld is, de "
          "beoogde basisschool. Op basis van die evaluatie vraagt de so-school een verlenging aan of start zij "
          "de terugplaatsing. Over de terugplaatsing beslist het loket samen met ouders; de TLV eindigt dan op "
          "31 juli. Leerlingen in het sbo worden elk jaar in het OPP-gesprek op terugplaatsing beoordeeld."),
        P("Ons beleid is dat een kind terugkeert naar het regulier onderwijs zodra dat verantwoord kan. "
          "Voorwaarden zijn dat de ontvangende school de benodigde ondersteuning kan bieden en dat ouders "
          "instemmen. De ontvangende school krijgt een terugplaatsingsarrangement van € 5.000 en een jaar "
          "begeleiding door de ambulant begeleider van de so-school. In 2024-2025 keerden 47 leerlingen terug; "
          "wij willen dat aantal verhogen naar 60 per jaar."),
        H1("Geld en verdeling"),
        P("Het samenwerkingsverband verdeelt de middelen volgens het verdeelmodel dat in 2025 door de Algemene "
          "Vergadering is vastgesteld. Na aftrek van de afdrachten aan het sbo en so gaat 60 procent naar de "
          "schoolbesturen als schoolbudget (€ 110 per leerling, teldatum 1 oktober t-1) en 40 procent naar "
          "arrangementen en bovenschoolse voorzieningen, toegekend door het loket op aanvraag. Besturen "
          "leggen jaarlijks verantwoording af over de besteding van het schoolbudget. Het samenwerkingsverband "
          "houdt een weerstandsvermogen aan van ten hoogste 5 procent."),
        P("De meerjarenbegroting 2026-2030 is opgenomen in bijlage 7. De concrete bedragen per post worden "
          "jaarlijks bij de begroting vastgesteld, nadat de rijksbijdrage bekend is."),
        H1("Resultaten"),
        H2("Wat willen we bereiken"),
        TABLE([["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
               ["Minder kinderen buiten de eigen wijk", "Deelname sbo + so", "3,4%", "3,0%"],
               ["Geen thuiszitters langer dan 3 maanden", "Aantal", "19", "0"],
               ["Meer terugplaatsing", "Terugplaatsingen per jaar", "47", "60"],
               ["Tevreden ouders", "Oudertevredenheid OT-trajecten", "7,1", "7,8"]]),
        H2("Hoe we dat volgen"),
        P("Het bureau verzamelt de indicatoren twee keer per jaar, in februari en september, uit de "
          "aanvraagomgeving, de leerplichtregistratie en een korte vragenlijst voor ouders. De uitkomsten "
          "bespreken wij met de Algemene Vergadering en de OPR en zij worden gepubliceerd in het jaarverslag. "
          "Halverwege de planperiode voert een extern bureau een evaluatie uit."),
        H1("Ouders"),
        P("Ouders vinden op de website van Rijn en Vaart per school het ondersteuningsprofiel, uitleg over "
          "arrangementen en de TLV-procedure, en een filmpje in vijf talen. Iedere school neemt de "
          "basisondersteuning op in de schoolgids. Het samenwerkingsverband heeft een ouderpanel dat drie keer "
          "per jaar meedenkt en een nieuwsbrief voor ouders die vier keer per jaar verschijnt."),
        P("Het ouder- en jeugdsteunpunt wordt ingericht zodra de wettelijke verplichting in werking treedt. "
          "Informatie hierover volgt op de website."),
    ]
    b += governance(o) + medezeggenschap(o) + oogo(o, rijk=True) + personeel(o) + ict_privacy(o) + extra_filler(o) + planning(o)
    b += begrippen(o, extra=[("CvT", "Commissie van Toelaatbaarheid."),
                             ("Ouder- en jeugdsteunpunt", "Onafhankelijk informatie- en steunpunt voor ouders.")])
    return b


B_LABEL = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Par. 'Basisondersteuning': minimum for all 157 vestigingen; the concrete content is only in Tabel 2 (10 standaarden).",
           "plaatsing": "Hfst 'Toewijzing en toelaatbaarheid': 5 numbered steps with CvT, two deskundigen, 6 weken; sbo/so criteria and categories; no bezwaar route.",
           "terugstroom": "Hidden in par. 'Na afloop van de TLV' inside the TLV chapter: evaluation before 1 Feb, loket decides, end 31 July; policy, conditions, EUR 5.000 arrangement, 47 returns.",
           "financien": "Hfst 'Geld en verdeling' gives the verdeelmodel (60/40, EUR 110 per leerling); meerjarenbegroting only referred to absent bijlage 7 and amounts deferred.",
           "dekkend-aanbod": "Par. 'Extra ondersteuning en arrangementen' (continuum) and 'Dekkend netwerk en thuiszitters' (thuiszittersteam, 10 werkdagen, signals to AV).",
           "resultaten": "Hfst 'Resultaten': table of beoogde resultaten with nulmeting/streefwaarde, monitoring twice a year, jaarverslag, mid-term evaluation.",
           "ouders": "Hfst 'Ouders': website, schoolgids, ouderpanel, nieuwsbrief; the OJSP is deferred ('wordt ingericht ... informatie volgt'), no other independent help named."},
)


# ---------------------------------------------------------------------------
# Plan C: VO verband, .pdf (from .docx)
# ---------------------------------------------------------------------------
C = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Dalstreek", code="VO 26-04",
         periode="2026-2030", gemeenten="Dalburg, Oosterbeek-Dal en Vliedorp", n_gemeenten=3,
         sessies="negen", opr_datum="26 februari 2026", oogo_datum="12 maart 2026", av_datum="26 maart 2026",
         vast_datum="2 april 2026", directeur="Hanneke Vrolijk", besturen=7, scholen=14, leerlingen="11.240",
         regio_zin="In het gebied staan twaalf scholen voor voortgezet onderwijs met alle leerwegen, een school "
                   "voor praktijkonderwijs en een vso-school voor cluster 4.",
         vestiging="Dalburg", rvt=3, opr_leden=10, fte="19,6", sector="vo", cao="cao voortgezet onderwijs", code_bestuur="Code goed onderwijsbestuur VO")


def plan_c():
    o = C
    b = [("title", [f"Ondersteuningsplan {o['periode']}", o['naam'], o['code']]), ("toc",)]
    b += voorwoord(o) + inleiding(o) + context(o) + missie_visie(o)
    b += [
        H1("Het ondersteuningsaanbod"),
        H2("Niveau 1: basisondersteuning"),
        P("Basisondersteuning is het door alle zeven besturen afgesproken niveau van ondersteuning dat elke "
          "vestiging in Dalstreek biedt, ook de school voor praktijkonderwijs. Het is de ondergrens: geen "
          "school biedt minder. Wat dat concreet inhoudt en hoe de school het organiseert, beschrijft iedere "
          "school in haar schoolondersteuningsprofiel."),
        H2("Niveau 2: extra ondersteuning in de school"),
        P("Elke school heeft een ondersteuningsteam onder leiding van de ondersteuningscoördinator. Voor "
          "leerlingen die meer nodig hebben, zet de school uit haar eigen budget extra ondersteuning in, zoals "
          "een trajectvoorziening, coaching of een time-outplek. Voor leerwegondersteunend onderwijs "
          "ontvangen de vmbo-scholen een vast budget."),
        H2("Niveau 3: bovenschoolse voorzieningen"),
        P("Het samenwerkingsverband biedt een orthopedagogisch-didactisch centrum (OPDC) voor leerlingen die "
          "tijdelijk niet in een reguliere klas kunnen functioneren, met plaats voor 36 leerlingen, en een "
          "reboundvoorziening voor maximaal twaalf weken. Het vso en het praktijkonderwijs vormen de meest "
          "intensieve vormen. Zo ontstaat een doorlopende reeks van basis naar specialistisch."),
        H2("Thuiszitters"),
        P("Het aantal thuiszitters is in de vorige planperiode niet gedaald. Een gezamenlijke aanpak voor "
          "thuiszitters en voor leerlingen die nergens passend terechtkunnen, werken wij in 2027 samen met de "
          "gemeenten uit."),
        H1("Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        H2("Vso"),
        P("De school waar de leerling is ingeschreven vraagt de toelaatbaarheidsverklaring aan bij de "
          "Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP, een verslag van het "
          "multidisciplinair overleg en het onderwijskundig rapport. Een orthopedagoog of "
          "psycholoog en een tweede deskundige, afhankelijk van de hulpvraag, geven ieder afzonderlijk advies. "
          "De commissie beslist binnen vijf weken. Een TLV vso wordt afgegeven voor twee schooljaren, met "
          "bekostigingscategorie laag, midden of hoog."),
        P("Een leerling is toelaatbaar tot het vso als: (a) de school in ten minste twee OPP-periodes extra "
          "ondersteuning en een bovenschoolse voorziening heeft ingezet zonder voldoende resultaat; (b) de "
          "leerling een blijvende behoefte heeft aan een kleine groep met een specialistisch pedagogisch "
          "klimaat; en (c) onderwijs en behandeling structureel samen moeten gaan."),
        H2("Lwoo en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs hanteert Dalstreek de landelijke criteria (leerachterstand, IQ en "
          "sociaal-emotionele problematiek). De basisschool levert het onderwijskundig rapport en de "
          "testgegevens aan; de vo-school vraagt de aanwijzing lwoo of de TLV pro aan bij de Commissie "
          "Toewijzing, die binnen vier weken besluit. Een aanwijzing lwoo geldt voor de hele schoolloopbaan "
          "in het vmbo."),
        H2("Terug naar het regulier vo"),
        P("Dalstreek wil dat leerlingen uit het vso waar mogelijk doorstromen naar een reguliere school, "
          "bij voorkeur naar een school dicht bij huis. Het uitgangspunt is dat een terugplaatsing alleen "
          "plaatsvindt als de leerling twee periodes stabiel functioneert en de ontvangende school een "
          "passend aanbod heeft. De ontvangende school krijgt een overgangsarrangement van een schooljaar "
          "en de leerling houdt gedurende zes maanden zijn vaste begeleider van het vso. De stappen, "
          "verantwoordelijkheden en beslismomenten staan in het Handboek Toewijzing."),
        H1("Financieel beleid"),
        P("Van de middelen voor zware ondersteuning wordt eerst de afdracht voor het vso betaald. Het "
          "samenwerkingsverband verdeelt de rest als volgt: elke school ontvangt een basisbudget van € 52 per "
          "leerling (teldatum 1 oktober t-1) voor niveau 2, en het OPDC en de reboundvoorziening worden "
          "centraal bekostigd. Het lwoo- en pro-budget wordt doorbetaald op basis van het aantal "
          "aangewezen leerlingen."),
        TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten zware ondersteuning", "5.480", "5.420", "5.360", "5.300"],
               ["Baten lichte ondersteuning, lwoo en pro", "6.910", "6.850", "6.790", "6.720"],
               ["Afdracht vso", "2.940", "2.920", "2.900", "2.880"],
               ["Doorbetaling lwoo en pro aan scholen", "5.860", "5.810", "5.760", "5.700"],
               ["Basisbudget scholen niveau 2", "585", "580", "575", "570"],
               ["OPDC en rebound", "1.690", "1.700", "1.710", "1.720"],
               ["Bureau", "1.290", "1.300", "1.310", "1.320"],
               ["Saldo", "25", "-40", "-105", "-170"]]),
        P("Het samenwerkingsverband beschikt over een reserve die boven de signaleringswaarde ligt. Het "
          "negatieve saldo vanaf 2027 is een bewuste afbouw van die reserve."),
        H1("Resultaten en ambities"),
        P("Voor de planperiode streven wij de volgende resultaten na voor leerlingen met een "
          "ondersteuningsbehoefte:"),
        UL("Het percentage leerlingen in het vso daalt van 3,9% naar 3,4%.",
           "Ten minste 80% van de leerlingen die het OPDC verlaten, volgt een jaar later nog regulier "
           "onderwijs.",
           "Geen leerling zit langer dan drie maanden zonder onderwijs thuis.",
           "Alle leerlingen met een OPP stromen door naar een passende vervolgopleiding of werk."),
        P("Hoe wij deze resultaten gaan meten en verantwoorden, werken wij uit in een kwaliteitskader dat "
          "nog in ontwikkeling is."),
        H1("Communicatie"),
        P("Het samenwerkingsverband brengt vier keer per jaar een nieuwsbrief uit voor "
          "ondersteuningscoördinatoren, mentoren en schoolleiders. Daarnaast organiseren wij twee keer per "
          "jaar een netwerkbijeenkomst voor professionals en delen wij praktijkvoorbeelden op het intranet "
          "van de scholen."),
    ]
    b += governance(o) + medezeggenschap(o, met_ouders=False) + oogo(o, rijk=True) + personeel(o)
    b += ict_privacy(o) + extra_filler(o) + planning(o)
    b += begrippen(o, extra=[("Lwoo", "Leerwegondersteunend onderwijs."),
                             ("OPDC", "Orthopedagogisch-didactisch centrum."),
                             ("Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders.")])
    return b


C_LABEL = dict(
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                  financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Par. 'Niveau 1: basisondersteuning' defines the agreed minimum for every vestiging but leaves the content to each school's SOP.",
           "plaatsing": "Hfst 'Toelaatbaarheid vso, lwoo en praktijkonderwijs': who applies, Commissie Toewijzing, two deskundigen, 5 weken, criteria (a)-(c), lwoo/pro procedure.",
           "terugstroom": "Par. 'Terug naar het regulier vo' gives policy, conditions and support after return; steps/decision moments only referred to the Handboek Toewijzing (absent).",
           "financien": "Hfst 'Financieel beleid': EUR 52 per leerling basisbudget, central OPDC/rebound, lwoo/pro pass-through, meerjarenbegroting table.",
           "dekkend-aanbod": "Niveau 1-3 plus OPDC/rebound/vso form the continuum; par. 'Thuiszitters' only defers an approach to 2027.",
           "resultaten": "Hfst 'Resultaten en ambities' lists four beoogde resultaten with figures; measuring/reporting deferred to a kwaliteitskader 'in ontwikkeling'.",
           "ouders": "No parent information or independent help: 'Communicatie' addresses professionals only; OJSP and onderwijsconsulenten appear only in the begrippenlijst; OPR composition not described."},
)


# ---------------------------------------------------------------------------
# Plan D: PO verband, Markdown
# ---------------------------------------------------------------------------
D = dict(naam="Samenwerkingsverband Heuvelland Primair", code="PO 31-02", periode="2026-2030",
         gemeenten="Gulpdal, Vijlerberg, Epenhoeve en Wittemkerk", n_gemeenten=4, sessies="acht",
         opr_datum="17 februari 2026", oogo_datum="5 maart 2026", av_datum="19 maart 2026",
         vast_datum="25 maart 2026", directeur="Jos Ramakers", besturen=5, scholen=47, leerlingen="8.520",
         regio_zin="Het Heuvelland is een dunbevolkte regio met een centrumgemeente. Er zijn 44 basisscholen, "
                   "twee scholen voor speciaal basisonderwijs en een so-school voor cluster 3 en 4.",
         vestiging="Gulpdal", rvt=4, opr_leden=10, fte="16,8", sector="po", cao="cao primair onderwijs", code_bestuur="Code Goed Bestuur in het primair onderwijs")


def plan_d():
    o = D
    b = [("title", [f"Ondersteuningsplan {o['periode']}", o['naam'], o['code'], "Concept voor vaststelling"]),
         ("toc",)]
    b += voorwoord(o) + inleiding(o) + context(o) + missie_visie(o)
    b += [
        H1("Wat elk kind in elke school van ons mag verwachten"),
        P("In het Heuvelland spreken wij niet over een 'basisniveau' maar over de ondergrens: wat iedere "
          "school van iedere aangesloten stichting, op iedere locatie, altijd waarmaakt zonder dat er een "
          "aanvraag bij het samenwerkingsverband nodig is. Die ondergrens is in 2025 door de vijf besturen "
          "ondertekend. Concreet betekent dit dat op elke school:"),
        UL("een leerkracht binnen twee weken na een zorg van ouders een gesprek voert en een aanpak afspreekt;",
           "een intern begeleider beschikbaar is die ook de gesprekken met ouders voert;",
           "leesproblemen worden aangepakt volgens het regionale protocol, met extra instructie vanaf groep 2;",
           "een vaste aanpak is voor sociale veiligheid, met een jaarlijkse monitor onder leerlingen;",
           "kinderen met een ontwikkelingsvoorsprong verrijkingsstof krijgen;",
           "er een time-outruimte en een protocol voor escalaties is;",
           "de orthopedagoog van het samenwerkingsverband drie keer per jaar aanschuift bij het "
           "ondersteuningsteam."),
        H1("Van licht naar intensief"),
        P("Onze ondersteuning loopt van de ondergrens op de eigen school, via extra ondersteuning met een "
          "arrangement, naar de bovenschoolse groepen en ten slotte het sbo en het so. Bovenschools zijn er "
          "de Kangoeroegroep voor begaafde kinderen, de Taalbrug voor nieuwkomers en twee 'Tussenklassen' voor "
          "kinderen die tijdelijk een kleine groep nodig hebben."),
        P("Kinderen die dreigen thuis te komen zitten, meldt de school direct bij het Overleg Passende Plek, "
          "dat elke twee weken bijeenkomt met leerplicht en het jeugdteam. Het overleg wijst een regisseur "
          "aan en zoekt binnen een maand een plek of tussenoplossing. Elk jaar in juni stellen wij vast welke "
          "voorzieningen ontbreken en nemen wij die op in het jaarplan."),
        H1("Toelaatbaarheid"),
        P("De route naar het speciaal (basis)onderwijs, inclusief de criteria en termijnen, staat beschreven in "
          "bijlage 5 'Routekaart TLV' en op www.heuvellandprimair.nl/tlv."),
        H1("De weg terug naar de wijkschool"),
        P("Een plek in het sbo of so is voor ons geen eindstation. Wij willen dat kinderen terugkeren naar een "
          "school in hun eigen dorp zodra hun ontwikkeling dat toelaat, en dat zij daar niet opnieuw vastlopen. "
          "Daarom geldt: een kind gaat pas terug als de ontvangende school en ouders samen met de "
          "speciale school een plan hebben en de school de begeleiding kan waarmaken. Na de overstap krijgt "
          "het kind een terugkeerarrangement van twintig weken, waarin een leerkracht van de speciale school "
          "één dagdeel per week meekijkt."),
        P("Uiterlijk in november van het laatste jaar van de toelaatbaarheidsverklaring voert de sbo- of "
          "so-school een perspectiefgesprek met ouders en de consulent. Als terugkeer haalbaar is, benadert "
          "de consulent vóór 1 maart een basisschool; de directeur van die school beslist samen met ouders "
          "over de inschrijving. De overstap gebeurt bij voorkeur na de zomervakantie, wanneer de "
          "toelaatbaarheidsverklaring afloopt. Is voortzetting nodig, dan volgt de gewone route (zie bijlage 5)."),
        H1("Middelen"),
        P("Het verdeelmodel wordt in 2026 herzien. Tot die tijd gelden de afspraken uit het vorige plan."),
        TABLE([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Inkomsten", "7.940", "7.860", "7.790", "7.710"],
               ["Afdrachten sbo en so", "3.820", "3.800", "3.770", "3.750"],
               ["Budgetten schoolbesturen", "2.460", "2.420", "2.390", "2.350"],
               ["Arrangementen en bovenschoolse groepen", "1.150", "1.140", "1.130", "1.120"],
               ["Bureau", "510", "515", "520", "525"],
               ["Saldo", "0", "-15", "-20", "-35"]]),
        H1("Kwaliteit en opbrengsten"),
        P("De doelen van het samenwerkingsverband worden ieder jaar in het jaarplan bepaald."),
        P("Wij volgen de ontwikkeling met een vaste set gegevens: het aantal arrangementen en de evaluatie "
          "daarvan, de deelname aan sbo en so, het aantal thuiszitters en de tevredenheid van scholen en "
          "ouders. Twee keer per jaar bespreekt het bestuur deze gegevens in een kwaliteitsdialoog met de "
          "schooldirecties. In het jaarverslag rapporteren wij de uitkomsten, en de OPR ontvangt een "
          "halfjaarlijkse rapportage."),
        H1("Ouders en samenwerking"),
        P("Hoe wij ouders voortaan informeren over de mogelijkheden van ondersteuning, leggen wij vast in een "
          "nieuw communicatieplan."),
        P("Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
          "Jeugdsteunpunt Heuvelland. Daar werken twee ervaren adviseurs die niet in dienst zijn van een "
          "school, en die ouders ook kunnen begeleiden naar een gesprek. Daarnaast kunnen ouders zich wenden "
          "tot de landelijke onderwijsconsulenten. Klachten over het samenwerkingsverband behandelt de "
          "Landelijke Klachtencommissie Onderwijs."),
    ]
    b += governance(o) + medezeggenschap(o) + oogo(o, rijk=True) + personeel(o) + ict_privacy(o) + extra_filler(o) + planning(o)
    b += begrippen(o, extra=[("Ondergrens", "Ander woord voor de basisondersteuning in Heuvelland."),
                             ("Routekaart TLV", "Stroomschema voor de aanvraag van een TLV (bijlage 5).")])
    return b


D_LABEL = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Hfst 'Wat elk kind in elke school van ons mag verwachten': the 'ondergrens' for every location with 7 concrete items (no word 'basisondersteuning' in the body).",
           "plaatsing": "Hfst 'Toelaatbaarheid' only refers to absent bijlage 5 and a website; TLV otherwise only in glossary/passing.",
           "terugstroom": "Hfst 'De weg terug naar de wijkschool': aims, conditions, 20-week terugkeerarrangement; perspectiefgesprek in November, consulent before 1 March, decision, end of TLV.",
           "financien": "Hfst 'Middelen': verdeelmodel deferred ('wordt in 2026 herzien', old afspraken not described); multi-year budget table with amounts present.",
           "dekkend-aanbod": "Hfst 'Van licht naar intensief': continuum and bovenschoolse groepen; Overleg Passende Plek, regisseur, yearly gap analysis.",
           "resultaten": "Hfst 'Kwaliteit en opbrengsten': goals deferred to the jaarplan; monitoring set, kwaliteitsdialoog twice a year, jaarverslag, OPR rapportage.",
           "ouders": "Hfst 'Ouders en samenwerking': informing parents deferred to a new communicatieplan; OJSP Heuvelland, onderwijsconsulenten, klachtencommissie."},
)


# ---------------------------------------------------------------------------
# Plan E: thin PO plan 'op hoofdlijnen', .docx
# ---------------------------------------------------------------------------
E = dict(naam="Samenwerkingsverband Passend Onderwijs Delta-Oost", code="PO 29-05", periode="2026-2030",
         gemeenten="Oosterschelde-Noord, Kapelle-Dijk en Yerseke-Veen", n_gemeenten=3, sessies="vijf",
         opr_datum="24 februari 2026", oogo_datum="10 maart 2026", av_datum="24 maart 2026",
         vast_datum="31 maart 2026", directeur="Petra Verburg", besturen=9, scholen=58, leerlingen="9.730",
         regio_zin="Het werkgebied bestaat uit een middelgrote stad en een groot aantal dorpen. Er zijn 55 "
                   "basisscholen, twee sbo-scholen en een so-school.",
         vestiging="Kapelle-Dijk", rvt=3, opr_leden=12, fte="14,0", sector="po", cao="cao primair onderwijs", code_bestuur="Code Goed Bestuur in het primair onderwijs")


def plan_e():
    o = E
    b = [("title", [f"Ondersteuningsplan op hoofdlijnen {o['periode']}", o['naam'], o['code']]), ("toc",)]
    b += voorwoord(o) + inleiding(o) + context(o) + missie_visie(o)
    b += [
        H1("Waarom een plan op hoofdlijnen"),
        P("Dit ondersteuningsplan is bewust een plan op hoofdlijnen. De afgelopen jaren merkten wij dat een "
          "uitgebreid plan snel veroudert: landelijke maatregelen, zoals de verbeteraanpak passend onderwijs, "
          "de wet over het ouder- en jeugdsteunpunt en de landelijke norm voor basisondersteuning, volgen elkaar "
          "in hoog tempo op. Wij kiezen daarom voor een compact kader dat de koers aangeeft. De uitwerking "
          "gebeurt in jaarplannen, protocollen en notities die wij telkens met de OPR bespreken."),
        P("Dat betekent niet dat alles open ligt. Waar afspraken al vaststaan, nemen wij ze in dit plan op. "
          "Waar wij nog zoeken, zeggen wij dat eerlijk en geven wij aan wanneer het onderwerp terugkomt. De "
          "scholen bepalen binnen dit kader zelf hoe zij hun ondersteuning organiseren; het "
          "samenwerkingsverband faciliteert en stelt vragen. Wij zijn ons ervan bewust dat dit vraagt om "
          "vertrouwen van ouders, personeel en gemeenten, en om een OPR die ons scherp houdt."),
        P("In de komende maanden starten drie werkgroepen: een werkgroep ondersteuning, een werkgroep "
          "financiën en een werkgroep communicatie. Elke werkgroep bestaat uit directeuren, intern begeleiders "
          "en een lid van de OPR, en rapporteert aan de directeur-bestuurder. De werkgroepen leveren hun "
          "voorstellen uiterlijk in het voorjaar van 2027 op. Na bespreking in de Algemene Vergadering en "
          "instemming van de OPR worden de uitgewerkte onderdelen als wijziging aan dit plan toegevoegd. Tot "
          "die tijd blijven de bestaande werkafspraken tussen scholen en samenwerkingsverband van kracht, "
          "zodat de dagelijkse praktijk in de scholen gewoon doorgaat."),
    ]
    b += [
        H1("Ondersteuning op hoofdlijnen"),
        H2("Basisondersteuning"),
        P("Het kabinet werkt aan een landelijke norm voor basisondersteuning. Zodra die norm bekend is, leggen "
          "wij in 2027 vast wat basisondersteuning in Delta-Oost inhoudt."),
        H2("Dekkend aanbod"),
        P("Een dekkend aanbod is onze ambitie. De uitwerking daarvan volgt in een apart plan van aanpak dat in "
          "2027 met de besturen wordt opgesteld."),
        H1("Toelaatbaarheid tot sbo en so"),
        P("Het samenwerkingsverband hanteert de volgende criteria. Een leerling is toelaatbaar tot het sbo als "
          "hij of zij een ontwikkelingsperspectief heeft dat in de basisschool ook met een arrangement niet "
          "haalbaar is, en als de leerling in een groep van maximaal vijftien kinderen met aangepaste "
          "instructie wel tot ontwikkeling komt. Een leerling is toelaatbaar tot het so als sprake is van "
          "een verstandelijke beperking (IQ lager dan 70 met beperkte zelfredzaamheid), een langdurige "
          "lichamelijke of medische beperking die dagelijkse verpleging of verzorging onder schooltijd vraagt, "
          "of ernstige gedrags- of psychiatrische problematiek waarvoor onderwijs en behandeling geïntegreerd "
          "moeten worden."),
        P("De aanvraagprocedure, de termijnen en de samenstelling van de commissie worden beschreven in het "
          "Protocol Toelaatbaarheid dat in het najaar van 2026 verschijnt."),
        H1("Terugplaatsing"),
        P("In oktober van het laatste TLV-jaar houdt de sbo- of so-school een evaluatiegesprek met ouders en "
          "de intern begeleider van de mogelijk ontvangende basisschool. De speciale school meldt vóór 1 "
          "februari bij de consulent van het samenwerkingsverband of terugplaatsing wordt voorgesteld. De "
          "consulent en de directeur van de ontvangende school nemen vóór 1 april een besluit; de "
          "toelaatbaarheidsverklaring loopt af op 31 juli en de leerling start na de zomer op de "
          "basisschool. In november volgt een evaluatiegesprek."),
        P("Welke doelen wij met terugplaatsing nastreven en welke begeleiding na terugkeer wordt geboden, "
          "werken wij in 2026-2027 uit samen met de speciale scholen."),
        H1("Financiën"),
        P("De financiële paragraaf, inclusief het verdeelmodel en de meerjarenbegroting, wordt na vaststelling "
          "van de begroting 2027 aan dit plan toegevoegd."),
        H1("Wat we willen bereiken en hoe we dat volgen"),
        TABLE([["Wat we willen bereiken", "Zo meten we het", "Wanneer"],
               ["Minder dan 2,5% van de leerlingen in sbo of so", "Telling 1 oktober (DUO)", "Jaarlijks"],
               ["Elk arrangement haalt de afgesproken doelen in ten minste 75% van de gevallen",
                "Evaluatieformulier per arrangement", "Na afloop van elk arrangement"],
               ["Ten minste 90% van de leerlingen met een OPP stroomt uit naar het vo-niveau uit het OPP",
                "Overdrachtsdossiers groep 8", "Jaarlijks in juli"],
               ["Ouders waarderen het ondersteuningsteam met minimaal een 7,5", "Oudervragenlijst", "Jaarlijks in mei"]]),
        P("De uitkomsten van deze metingen verzamelt het bureau in een kwartaaloverzicht. Het bestuur bespreekt "
          "ze met de raad van toezicht, deelt ze met de OPR en verantwoordt ze in het jaarverslag. Wanneer een "
          "doel twee jaar achtereen niet wordt gehaald, maakt het bestuur een verbeterplan."),
        H1("Ouders"),
        P("Ouders ontvangen bij de aanmelding van hun kind op een school de brochure 'Passend onderwijs in "
          "Delta-Oost', die ook in het Engels, Arabisch en Pools beschikbaar is. Op onze website staat per school "
          "welke ondersteuning zij biedt. Twee keer per jaar is er een informatieavond voor ouders in de stad en "
          "in een van de dorpen."),
        P("Voor onafhankelijk advies kunnen ouders terecht bij het Steunpunt Ouders Zeeland, dat los staat van "
          "scholen en samenwerkingsverband, en bij de onderwijsconsulenten. Komen ouders en school er samen "
          "niet uit, dan kan het geschil worden voorgelegd aan de Geschillencommissie Passend Onderwijs."),
    ]
    b += governance(o) + medezeggenschap(o) + oogo(o, rijk=False) + personeel(o) + ict_privacy(o) + extra_filler(o) + planning(o)
    b += begrippen(o, extra=[("Verdeelmodel", "De regels waarmee de middelen over de scholen worden verdeeld."),
                             ("Continuüm", "De doorlopende reeks van lichte tot zware ondersteuning.")])
    return b


E_LABEL = dict(
    sector="po",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                  financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Par. 'Basisondersteuning' only defers until a landelijke norm (2027); word otherwise only in TOC, inleiding list and begrippenlijst.",
           "plaatsing": "Hfst 'Toelaatbaarheid tot sbo en so' states sbo/so criteria; procedure, termijnen and commissie deferred to a protocol 'in het najaar van 2026'.",
           "terugstroom": "Hfst 'Terugplaatsing': steps Oct/1 Feb/1 Apr/31 Jul, who decides, evaluation; aims and support after return deferred to 2026-2027.",
           "financien": "Hfst 'Financiën' is a single deferral ('wordt ... toegevoegd'); no verdeelmodel, amounts, reserves or verantwoording anywhere.",
           "dekkend-aanbod": "Par. 'Dekkend aanbod' only states an ambition and defers to a 2027 plan van aanpak; OOGO chapter is procedural only.",
           "resultaten": "Hfst 'Wat we willen bereiken en hoe we dat volgen': goals, measures and timing only in a table, plus quarterly overview, RvT/OPR, jaarverslag.",
           "ouders": "Hfst 'Ouders': brochure in 4 languages, website, info-avonden; Steunpunt Ouders Zeeland, onderwijsconsulenten, geschillencommissie."},
)


# ---------------------------------------------------------------------------
# F: near-miss: a school's own 'ondersteuningsplan' (school level), .html
# ---------------------------------------------------------------------------


def doc_f():
    return [
        ("title", ["Schoolondersteuningsplan 2026-2027", "IKC De Waaier, Vaartstad",
                   "Onderdeel van Stichting Openbaar Onderwijs Vaartstad"]),
        H1("1 Inleiding"),
        P("Dit schoolondersteuningsplan beschrijft hoe IKC De Waaier de ondersteuning aan leerlingen "
          "organiseert. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. De Waaier is "
          "aangesloten bij het samenwerkingsverband Rijn en Vaart; de afspraken van het samenwerkingsverband "
          "over basisondersteuning vormen het vertrekpunt voor dit plan."),
        P("De school telt 412 leerlingen in zeventien groepen. Ongeveer een kwart van de leerlingen heeft een "
          "meertalige achtergrond. Het team bestaat uit 31 medewerkers, onder wie twee intern begeleiders, een "
          "gedragsspecialist en een taalcoördinator."),
        H1("2 Zorgniveaus"),
        P("Wij werken met vijf zorgniveaus. Niveau 1 is goed onderwijs in de groep voor alle leerlingen. Niveau "
          "2 is extra instructie in de groep. Niveau 3 is specifieke ondersteuning na overleg met de intern "
          "begeleider. Niveau 4 is ondersteuning met inzet van externe deskundigen via het ondersteuningsteam. "
          "Niveau 5 is een arrangement van het samenwerkingsverband of verwijzing naar het speciaal (basis)"
          "onderwijs via een toelaatbaarheidsverklaring."),
        H1("3 Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar voert de intern begeleider met iedere leerkracht een groepsbespreking. Daarin "
          "worden de resultaten van de methodetoetsen en de LVS-toetsen besproken en wordt het groepsplan "
          "bijgesteld. Leerlingen over wie zorgen bestaan, worden aangemeld voor een leerlingbespreking. Ouders "
          "worden daarover vooraf geïnformeerd."),
        P("De leerkracht legt de afspraken vast in het leerlingvolgsysteem. Na zes tot acht weken volgt een "
          "evaluatie. Als de ondersteuning onvoldoende effect heeft, bespreekt de intern begeleider de "
          "leerling in het ondersteuningsteam."),
        H1("4 Het ondersteuningsteam"),
        P("Het ondersteuningsteam van De Waaier komt zes keer per jaar bijeen. Vaste deelnemers zijn de intern "
          "begeleider, de directeur, de orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk "
          "werker. Ouders zijn altijd uitgenodigd. Het team kan besluiten een onderzoek te laten uitvoeren, een "
          "arrangement aan te vragen of een ontwikkelingsperspectiefplan op te stellen."),
        H1("5 Ontwikkelingsperspectief"),
        P("Voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen, stelt de school een "
          "ontwikkelingsperspectiefplan (OPP) op. Het OPP wordt twee keer per jaar met ouders besproken. "
          "Leerlingen vanaf groep 6 worden uitgenodigd hun mening over het plan te geven."),
        H1("6 Arrangementen en middelen"),
        P("De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen van het "
          "samenwerkingsverband. Daarmee financieren wij de extra uren van de intern begeleiders en een "
          "onderwijsassistent voor de onderbouw. Voor individuele leerlingen vraagt de school zo nodig een "
          "arrangement aan bij het loket van het samenwerkingsverband."),
        H1("7 Verwijzing naar het speciaal (basis)onderwijs"),
        P("Soms kan De Waaier een leerling niet de ondersteuning bieden die nodig is. Dan bespreken wij met "
          "ouders of een andere school beter past. Voor het sbo of so is een toelaatbaarheidsverklaring nodig. "
          "De intern begeleider stelt samen met ouders het dossier op. De procedure van het "
          "samenwerkingsverband staat op de website van Rijn en Vaart."),
        H1("8 Samenwerking met ouders"),
        P("Wij zien ouders als partners. Drie keer per jaar zijn er oudergesprekken; bij zorgen neemt de "
          "leerkracht eerder contact op. De schoolgids beschrijft hoe ouders een klacht kunnen indienen. "
          "Ouders die onafhankelijk advies zoeken, verwijzen wij naar het ouder- en jeugdsteunpunt."),
        H1("9 Kwaliteit en evaluatie"),
        P("Aan het eind van het schooljaar evalueert het team dit plan. De resultaten van de eindtoets, de "
          "tussenresultaten en de ervaringen van ouders en leerlingen worden meegenomen in het jaarplan van de "
          "school. Het bijgestelde plan wordt voorgelegd aan de medezeggenschapsraad."),
        H1("10 Jaarplanning zorg"),
        TABLE([["Maand", "Activiteit"],
               ["September", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
               ["Oktober", "Groepsbespreking 1; ondersteuningsteam"],
               ["Januari/februari", "Midden-toetsen; groepsbespreking 2; OPP-gesprekken"],
               ["Juni", "Eind-toetsen; groepsbespreking 3; evaluatie schoolondersteuningsplan"]]),
        P("Dit plan is besproken in de medezeggenschapsraad op 14 april 2026 en vastgesteld door de directeur "
          "van IKC De Waaier."),
    ]


F_LABEL_TEXT = """documents: [ikc-dewaaier-schoolondersteuningsplan.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "A single school's own schoolondersteuningsplan (IKC De Waaier): zorgniveaus, groepsbesprekingen, OT, OPP; it mentions the samenwerkingsverband, basisondersteuning, TLV, arrangementen and ouders, but is not an SWV plan (no OPR, OOGO, verdeling over scholen, planperiode of the verband)."
"""

# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def headings(blocks):
    out, n1, n2 = [], 0, 0
    for bl in blocks:
        if bl[0] == "h1":
            n1 += 1
            n2 = 0
            out.append(("h1", f"{n1}", bl[1]))
        elif bl[0] == "h2":
            n2 += 1
            out.append(("h2", f"{n1}.{n2}", bl[1]))
    return out


def numbered(blocks):
    """Attach chapter numbers to headings, return new block list."""
    res, n1, n2 = [], 0, 0
    for bl in blocks:
        if bl[0] == "h1":
            n1 += 1
            n2 = 0
            res.append(("h1", f"{n1} {bl[1]}"))
        elif bl[0] == "h2":
            n2 += 1
            res.append(("h2", f"{n1}.{n2} {bl[1]}"))
        else:
            res.append(bl)
    return res


def render_docx(blocks, path, header):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header
    doc.sections[0].footer.paragraphs[0].text = header + " – concept ter vaststelling"
    heads = headings(blocks)
    for bl in numbered(blocks):
        kind = bl[0]
        if kind == "title":
            for i, line in enumerate(bl[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = True
                r.font.size = Pt(26 if i == 0 else 16)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for lvl, num, t in heads:
                doc.add_paragraph(("" if lvl == "h1" else "    ") + f"{num} {t}")
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(bl[1], level=1)
        elif kind == "h2":
            doc.add_heading(bl[1], level=2)
        elif kind == "p":
            doc.add_paragraph(bl[1])
        elif kind == "ul":
            for it in bl[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = bl[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph()
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 4, 1, 9, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    cp.title = header
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def md_table(rows):
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def render_md(blocks, path):
    heads = headings(blocks)
    out = []
    for bl in numbered(blocks):
        kind = bl[0]
        if kind == "title":
            out.append("# " + bl[1][0])
            out += ["**" + x + "**  " for x in bl[1][1:]]
        elif kind == "toc":
            out.append("## Inhoudsopgave")
            out += [("" if lvl == "h1" else "  ") + f"- {num} {t}" for lvl, num, t in heads]
        elif kind == "h1":
            out.append("## " + bl[1])
        elif kind == "h2":
            out.append("### " + bl[1])
        elif kind == "p":
            out.append(bl[1])
        elif kind == "ul":
            out.append("\n".join("- " + x for x in bl[1]))
        elif kind == "table":
            out.append(md_table(bl[1]))
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def render_html(blocks, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(blocks[0][1][0])}</title></head><body>"]
    for bl in blocks:
        kind = bl[0]
        if kind == "title":
            out.append(f"<h1>{e(bl[1][0])}</h1>")
            out += [f"<p><strong>{e(x)}</strong></p>" for x in bl[1][1:]]
        elif kind == "h1":
            out.append(f"<h2>{e(bl[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(bl[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(bl[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in bl[1]) + "</ul>")
        elif kind == "table":
            rows = bl[1]
            s = "<table border=\"1\"><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
            s += "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(s + "</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout288_lo_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = (tmp / "profile").as_uri()
        env = dict(os.environ, SOURCE_DATE_EPOCH="1775034000")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300, env=env)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def write_label(name, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {lab['elements'][k]}" for k in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if lab['criteria'][c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for k in ELEMENTS:
        if lab["advisory"].get(k):
            lines.append(f"  {k}: [{', '.join(lab['advisory'][k])}]")
    lines.append("notes:")
    for k in ELEMENTS:
        lines.append(f"  {k}: \"{lab['notes'][k]}\"")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # A: docx
    render_docx(plan_a(), OUT / "po-kempenland-west-op2026.docx", f"Ondersteuningsplan {A['code']}")
    write_label("po-kempenland-west-op2026", ["po-kempenland-west-op2026.docx"], A_LABEL)
    # B: docx + pdf
    render_docx(plan_b(), OUT / "po-rijnenvaart-op2026.docx", f"SWV Rijn en Vaart {B['code']}")
    docx_to_pdf(OUT / "po-rijnenvaart-op2026.docx", OUT / "po-rijnenvaart-op2026.pdf")
    write_label("po-rijnenvaart-op2026", ["po-rijnenvaart-op2026.docx", "po-rijnenvaart-op2026.pdf"], B_LABEL)
    # C: pdf only (docx is an intermediate in a private temp dir)
    tmp = Path(tempfile.mkdtemp(prefix="holdout288_c_"))
    try:
        cdocx = tmp / "vo-dalstreek-op2026.docx"
        render_docx(plan_c(), cdocx, f"SWV VO Dalstreek {C['code']}")
        docx_to_pdf(cdocx, OUT / "vo-dalstreek-op2026.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label("vo-dalstreek-op2026", ["vo-dalstreek-op2026.pdf"], C_LABEL)
    # D: markdown
    render_md(plan_d(), OUT / "po-heuvelland-op2026.md")
    write_label("po-heuvelland-op2026", ["po-heuvelland-op2026.md"], D_LABEL)
    # E: docx
    render_docx(plan_e(), OUT / "po-delta-oost-op2026.docx", f"Ondersteuningsplan op hoofdlijnen {E['code']}")
    write_label("po-delta-oost-op2026", ["po-delta-oost-op2026.docx"], E_LABEL)
    # F: near-miss html
    render_html(doc_f(), OUT / "ikc-dewaaier-schoolondersteuningsplan.html")
    (OUT / "ikc-dewaaier-schoolondersteuningsplan.expected.yaml").write_text(F_LABEL_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()
