#!/usr/bin/env python3
"""Generate the holdout167 test set: five fictional ondersteuningsplannen (PO and VO, warm
plain-language style) and one near-miss document, plus their .expected.yaml labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
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
# shared filler (parameterised; none of it addresses a core criterion on its own)
# --------------------------------------------------------------------------------------------

def voorwoord(s, ouders=True):
    wie = ("met leerlingen en ouders in de ondersteuningsplanraad" if ouders
           else "met de leden van de ondersteuningsplanraad")
    return [
        ("h1", "Voorwoord"),
        ("p", f"Beste ouders, beste collega's, beste lezer. Voor u ligt het ondersteuningsplan "
              f"{s['periode']} van {s['naam']}. Wij hebben geprobeerd dit plan zo te schrijven dat "
              f"iedereen het kan lezen: de leerkracht die morgen weer voor de klas staat, de ouder die "
              f"zich afvraagt wat de school voor zijn of haar kind kan doen, en de wethouder die wil "
              f"weten wat er met de middelen voor passend onderwijs gebeurt. Daarom gebruiken we zo "
              f"weinig mogelijk vaktaal en stellen we in de koppen de vragen die wij zelf het vaakst "
              f"horen."),
        ("p", f"Dit plan is niet achter een bureau ontstaan. In de afgelopen anderhalf jaar hebben we "
              f"gesproken met directeuren, intern begeleiders en ondersteuningscoördinatoren, "
              f"{wie}, met medewerkers van de gemeenten "
              f"{s['gemeenten']} en met de jeugdhulpaanbieders in onze regio. Die gesprekken waren "
              f"soms stevig en altijd waardevol. Ze hebben ons geleerd dat mooie woorden op papier "
              f"weinig betekenen als ze niet te herkennen zijn in de klas."),
        ("p", "We willen iedereen bedanken die heeft meegedacht en meegeschreven. Een plan is nooit "
              "af; het is een afspraak die we samen steeds opnieuw moeten waarmaken. We nodigen u "
              "van harte uit om ons te laten weten wat u ervan vindt. Alleen zo kunnen we blijven "
              "leren en kunnen we de resultaten van ons werk steeds een beetje beter maken."),
        ("p", f"Met hartelijke groet, namens het bestuur en het team van het samenwerkingsverband,"),
        ("p", f"{s['directeur']}, directeur-bestuurder"),
    ]


def wie_zijn_wij(s):
    school = "basisscholen" if s["sector"] == "po" else "scholen voor voortgezet onderwijs"
    spec = ("speciale scholen voor basisonderwijs (sbo) en scholen voor speciaal onderwijs (so)"
            if s["sector"] == "po" else
            "scholen voor praktijkonderwijs en voortgezet speciaal onderwijs (vso)")
    return [
        ("h1", "Wie zijn wij?"),
        ("p", f"{s['naam']} (regiocode {s['code']}) is een stichting waarin {s['n_besturen']} "
              f"schoolbesturen samenwerken. Samen zijn zij verantwoordelijk voor {s['n_scholen']} "
              f"{school} en {spec} in de gemeenten {s['gemeenten']}. In totaal gaan er ongeveer "
              f"{s['n_leerlingen']} leerlingen naar een school in ons gebied. De wet noemt ons een "
              f"samenwerkingsverband passend onderwijs; in de wandelgangen zeggen de meeste mensen "
              f"gewoon 'het swv'."),
        ("p", "Onze regio is divers. Er zijn dorpen waar de basisschool het hart van de gemeenschap "
              "is, en wijken in de stad waar in één klas tien talen worden gesproken. Sommige scholen "
              "hebben te maken met een dalend leerlingaantal, andere scholen groeien zo hard dat ze "
              "noodlokalen moeten plaatsen. Dat vraagt om afspraken die stevig genoeg zijn om op te "
              "bouwen en ruim genoeg om rekening te houden met de verschillen tussen scholen."),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {s['plaats']}. Er werken "
              f"ongeveer {s['fte_bureau']} fte aan medewerkers: een directeur-bestuurder, "
              f"orthopedagogen, consulenten, een beleidsmedewerker, een controller en een "
              f"secretariaat. Het bureau is geen school en geeft zelf geen les; wij ondersteunen de "
              f"scholen en de besturen zodat zij hun werk goed kunnen doen."),
    ]


def visie(s):
    kind = "kind" if s["sector"] == "po" else "jongere"
    return [
        ("h1", "Waar staan wij voor?"),
        ("h2", "Onze missie"),
        ("p", f"Wij geloven dat ieder {kind} recht heeft op onderwijs dat bij hem of haar past, "
              f"zo dicht mogelijk bij huis en samen met leeftijdgenoten uit de buurt. Dat is geen "
              f"belofte die een swv alleen kan waarmaken. Het vraagt om leerkrachten die zich "
              f"gesteund voelen, om schoolleiders die durven kiezen, om besturen die over de grenzen "
              f"van hun eigen scholen heen kijken en om ouders die als partner worden gezien."),
        ("h2", "Onze visie in vijf zinnen"),
        ("ul", [
            f"Elk {kind} hoort erbij en telt mee.",
            "We kijken naar wat een leerling nodig heeft, niet naar wat er mis is.",
            "Korte lijnen, weinig formulieren, snel handelen.",
            "De leerkracht staat niet alleen: expertise komt naar de klas toe.",
            "We zijn eerlijk over wat lukt en wat (nog) niet lukt.",
        ]),
        ("p", "Deze zinnen zijn in 2024 samen met de ondersteuningsplanraad en de directeuren "
              "opgesteld tijdens een reeks werksessies. Ze zijn bewust kort gehouden, zodat ze in "
              "elke teamkamer kunnen hangen. Wie wil weten wat ze in de praktijk betekenen, vindt "
              "in de volgende hoofdstukken de uitwerking. We merken op dat woorden als "
              "'arrangement', 'toelaatbaarheid' en 'basisondersteuning' voor veel ouders nieuw "
              "zijn. Achter in dit plan staat daarom een begrippenlijst."),
        ("h2", "Onze kernwaarden"),
        ("p", "Vertrouwen, eigenaarschap, nabijheid en openheid. Vertrouwen betekent dat we uitgaan "
              "van de professionaliteit van de scholen en dat we niet alles willen dichtregelen. "
              "Eigenaarschap betekent dat de schoolbesturen samen eigenaar zijn van de opdracht "
              "passend onderwijs en dat geen bestuur zich achter een ander kan verschuilen. "
              "Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de leerling wordt "
              "georganiseerd. Openheid betekent dat we transparant zijn over keuzes en over geld."),
    ]


def governance(s):
    return [
        ("h1", "Hoe is het samenwerkingsverband georganiseerd?"),
        ("p", f"{s['naam']} is een stichting. Het bestuur is ingericht volgens het "
              f"raad-van-toezichtmodel. De directeur-bestuurder is eindverantwoordelijk voor de "
              f"dagelijkse gang van zaken en voor de uitvoering van dit ondersteuningsplan. De raad "
              f"van toezicht bestaat uit vijf leden, van wie er twee onafhankelijk zijn. De raad "
              f"houdt toezicht op het beleid, keurt de begroting en de jaarrekening goed en is "
              f"werkgever van de directeur-bestuurder."),
        ("p", "Naast de raad van toezicht is er een algemene vergadering waarin alle aangesloten "
              "schoolbesturen zijn vertegenwoordigd. Die vergadering komt vier keer per jaar bij "
              "elkaar. De directeuren van de scholen ontmoeten elkaar in het directeurenoverleg, "
              "dat per subregio wordt georganiseerd. Intern begeleiders en "
              "ondersteuningscoördinatoren hebben een eigen netwerk dat zes keer per jaar "
              "samenkomt voor intervisie en kennisdeling."),
        ("p", "We volgen de Code Goed Bestuur van de sectorraad. Elk jaar evalueert de raad van "
              "toezicht zijn eigen functioneren, één keer in de drie jaar onder begeleiding van een "
              "externe deskundige. Belangenverstrengeling voorkomen we door een heldere scheiding "
              "tussen bestuur en toezicht en door een openbaar register van nevenfuncties. In de "
              "statuten is een regeling voor geschillen tussen de aangesloten besturen opgenomen."),
    ]


def opr(s, ouders_leden=True):
    if ouders_leden:
        wie = ("De helft van de leden is ouder (in het vo: ouder of leerling), de andere helft is "
               "personeelslid van een van de aangesloten scholen. De leden worden afgevaardigd door "
               "de medezeggenschapsraden.")
    else:
        wie = "De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
    return [
        ("h1", "Wie praat er mee?"),
        ("p", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). {wie} De OPR heeft "
              f"instemmingsrecht op dit ondersteuningsplan en op wijzigingen daarvan. De OPR heeft op "
              f"{s['opr_datum']} ingestemd met dit plan."),
        ("p", "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
              "personeel van het bureau. De OPR en het bestuur spreken elkaar minstens vier keer per "
              "jaar. Eén keer per jaar is er een gezamenlijke themabijeenkomst met de raad van "
              "toezicht. De OPR ontvangt een vergoeding per vergadering en kan scholing volgen op "
              "kosten van het samenwerkingsverband."),
    ]


def oogo(s, inhoudelijk=True):
    out = [("h1", "Samen met de gemeenten")]
    if inhoudelijk:
        out += [
            ("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de "
                  f"gemeenten {s['gemeenten']}. Het ontwerp van dit plan is op {s['oogo_datum']} in "
                  f"het OOGO besproken. De gemeenten hebben op hun beurt hun jeugdbeleid met ons "
                  f"besproken."),
            ("p", "In het OOGO maken we afspraken over de aansluiting tussen onderwijs en jeugdhulp. "
                  "Concreet betekent dat: in elk ondersteuningsteam van een school schuift een "
                  "medewerker van het wijkteam aan; jeugdhulp in onderwijstijd wordt geregeld in een "
                  "onderwijs-zorgarrangement waarin school, ouders, jeugdhulp en gemeente samen "
                  "afspreken wie wat doet en wie wat betaalt; en we hebben een vaste contactpersoon "
                  "leerplicht per subregio. Over leerlingenvervoer en onderwijshuisvesting praten we "
                  "mee, maar daar beslist de gemeente."),
        ]
    else:
        out += [
            ("p", f"Het ontwerp van dit plan is op {s['oogo_datum']} besproken in het op "
                  f"overeenstemming gericht overleg (OOGO) met de gemeenten {s['gemeenten']}. Het "
                  f"verslag van dat overleg is bij het bureau op te vragen."),
        ]
    return out


def personeel(s):
    return [
        ("h1", "Wat betekent dit plan voor het personeel?"),
        ("p", "Passend onderwijs staat of valt met de mensen in de school. Leerkrachten en mentoren "
              "geven aan dat de werkdruk hoog is en dat de verschillen in de klas groter worden. Wij "
              "nemen dat serieus. Dit plan vraagt geen nieuwe formulieren van leerkrachten; het "
              "vraagt wel dat scholen blijven investeren in kennis over gedrag, taal, rekenen en "
              "sociaal-emotionele ontwikkeling."),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor leerkrachten, "
              "intern begeleiders en onderwijsassistenten. Voorbeelden zijn de leergang 'Gedrag in "
              "de klas', de netwerken hoogbegaafdheid en NT2, en een training over gesprekken met "
              "ouders. Dit scholingsaanbod staat los van het ondersteuningsaanbod voor leerlingen. "
              "Scholen kunnen ook zelf een vraag voor teamscholing indienen."),
        ("p", "Voor het personeel van het bureau geldt de cao van de sector. Medewerkers van het "
              "bureau die op scholen werken, hebben een vaste 'thuisbasis' in een subregio, zodat "
              "ze de scholen, de intern begeleiders en de wijkteams goed leren kennen. Het "
              "ziekteverzuim op het bureau lag de afgelopen jaren onder het landelijk gemiddelde."),
        ("p", "De ondersteuningsplanraad heeft gevraagd om aandacht voor de gevolgen van dit plan "
              "voor de formatie van de scholen. Het plan leidt niet tot gedwongen ontslagen. Waar "
              "taken verschuiven, maken besturen afspraken via het eigen bestuursformatieplan."),
    ]


def ict_privacy(s, ouders=True):
    inlog = (" Ouders krijgen een eigen inlog en zien welke documenten zijn gedeeld." if ouders else "")
    return [
        ("h1", "Hoe gaan we om met gegevens van leerlingen?"),
        ("p", "Bij het werk van het samenwerkingsverband komen gevoelige gegevens over leerlingen "
              "voorbij: verslagen van psychologen, informatie over gezinssituaties en soms medische "
              "gegevens. Wij gaan daar zorgvuldig mee om. We verwerken alleen gegevens die nodig "
              "zijn voor onze wettelijke taken. Gegevens worden uitgewisseld via een beveiligde "
              "digitale omgeving en niet per gewone e-mail."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming (FG), die "
              "samen met andere samenwerkingsverbanden is aangesteld. Er is een privacyreglement, "
              "een verwerkingsregister en een procedure voor datalekken. Dossiers bewaren we niet "
              "langer dan de wet toestaat; daarna worden ze vernietigd."),
        ("p", "Voor de digitale dossiers gebruiken we een applicatie waarin school, ouders en "
              "deskundigen samen kunnen werken in één groeidocument." + inlog + " In de planperiode vervangen we de "
              "huidige applicatie, omdat het contract afloopt; het selectietraject start in 2026."),
    ]


def planning(s, rows):
    return [
        ("h1", "Wat gaan we wanneer doen?"),
        ("p", "Hieronder staat op hoofdlijnen de planning voor de komende jaren. Elk jaar werken we "
              "dit uit in een jaarplan dat met de OPR wordt besproken. Het jaarplan kan de planning "
              "aanpassen als de praktijk daarom vraagt."),
        ("table", [["Schooljaar", "Wat pakken we op?"]] + rows),
    ]


def totstandkoming(s, ouders=True):
    groep = "een ouder en twee" if ouders else "twee"
    return [
        ("h1", "Hoe is dit plan tot stand gekomen?"),
        ("p", f"Het ondersteuningsplan is opgesteld door een schrijfgroep van directeuren, intern "
              f"begeleiders, {groep} medewerkers van het bureau. Er zijn drie "
              f"consultatierondes geweest: met de scholen, met de OPR en met de gemeenten. Het "
              f"algemeen bestuur heeft het plan op {s['vaststelling']} vastgesteld, na instemming "
              f"van de OPR en na het OOGO met de gemeenten. Het plan is vóór 1 mei aan de Inspectie "
              f"van het Onderwijs gestuurd. Het overleg met het samenwerkingsverband "
              f"{'voortgezet' if s['sector'] == 'po' else 'primair'} onderwijs in dezelfde regio vond "
              f"plaats op {s['oogo_datum']}."),
    ]


def samenvatting(s):
    return [
        ("h1", "Dit plan in het kort"),
        ("p", f"Geen tijd om het hele plan te lezen? Dat begrijpen we. Dit ondersteuningsplan gaat "
              f"over de vraag hoe de {s['n_scholen']} scholen van {s['kort']} er samen voor zorgen dat "
              f"ieder kind of iedere jongere onderwijs krijgt dat past. In de hoofdstukken hierna "
              f"leest u wat elke school biedt, wat er gebeurt als een leerling meer nodig heeft, "
              f"hoe een leerling naar het speciaal onderwijs gaat en weer terugkomt, hoe het geld "
              f"wordt verdeeld, wat we willen bereiken en waar u als ouder terechtkunt. Niet elk "
              f"onderwerp is even ver uitgewerkt; waar dat zo is, zeggen we dat eerlijk."),
        ("p", "Het plan geldt voor vier schooljaren. Elk jaar maken we een jaarplan en een "
              "begroting, en elk jaar verschijnt een jaarverslag. Die documenten horen bij dit plan, "
              "maar worden apart vastgesteld."),
    ]


def landelijk(s, steunpunt=True):
    ojsp = (" De Wet versterking positie ouders en leerlingen vraagt ieder samenwerkingsverband "
            "bovendien om een ouder- en jeugdsteunpunt." if steunpunt else "")
    return [
        ("h1", "Wat gebeurt er landelijk?"),
        ("p", "Passend onderwijs bestaat sinds 2014. Uit de landelijke evaluatie van 2020 bleek "
              "dat er veel goed gaat, maar ook dat het stelsel te ingewikkeld is en dat "
              "samenwerkingsverbanden te veel geld op de plank hadden liggen. Het ministerie heeft "
              "daarom de Verbeteraanpak passend onderwijs opgesteld, met 25 maatregelen. Een deel "
              "daarvan is inmiddels uitgevoerd, een deel loopt nog." + ojsp),
        ("p", "Daarnaast werkt het kabinet aan een landelijke norm voor basisondersteuning. Zodra "
              "die er is, passen wij onze eigen afspraken daarop aan. Ook het streven naar "
              "inclusiever onderwijs in 2035 zal de komende jaren gevolgen hebben voor de manier "
              "waarop regulier en speciaal onderwijs samenwerken. Wij volgen deze ontwikkelingen "
              "op de voet en informeren de scholen via de nieuwsbrief voor directeuren."),
        ("p", "Het lerarentekort raakt ook onze regio. Scholen hebben moeite om vacatures te "
              "vervullen, vooral voor intern begeleiders en vakleerkrachten. Dat heeft gevolgen "
              "voor de ondersteuning in de klas. Samen met de besturen en de regionale "
              "opleidingsschool kijken we hoe we zij-instromers en onderwijsassistenten goed kunnen "
              "begeleiden. Dit is geen taak van het samenwerkingsverband alleen, maar we willen er "
              "wel aan bijdragen."),
    ]


def samenwerking_scholen(s):
    return [
        ("h1", "Hoe werken wij samen met de besturen en directeuren?"),
        ("p", "Een samenwerkingsverband is zo sterk als de samenwerking tussen de mensen die erin "
              "zitten. Daarom investeren we in ontmoeting. Elk schoolbestuur heeft bij het bureau "
              "een vaste accountmanager voor vragen over beleid, cijfers en afspraken. Twee keer "
              "per jaar is er een bestuurdersdag, waar we ontwikkelingen bespreken en van elkaar "
              "leren. De directeuren ontmoeten elkaar in het directeurenoverleg per subregio."),
        ("p", "We delen kennis via een digitale kennisbank met voorbeelden, handreikingen en "
              "formats, en via een maandelijkse nieuwsbrief voor directeuren, intern begeleiders en "
              "ondersteuningscoördinatoren. Scholen die iets nieuws uitproberen, nodigen we uit om "
              "hun ervaringen te delen tijdens de jaarlijkse inspiratiemiddag in november. Vorig "
              "jaar kwamen daar ruim tweehonderd mensen op af."),
        ("p", "Waar besturen het niet met elkaar eens zijn, zoeken we eerst het gesprek. Lukt dat "
              "niet, dan geldt de geschillenregeling uit de statuten. In de afgelopen planperiode "
              "is die regeling niet gebruikt."),
    ]


def vervoer_huisvesting(s):
    return [
        ("h2", "Leerlingenvervoer en huisvesting"),
        ("p", f"Ouders vragen ons vaak wie het vervoer naar een school voor speciaal onderwijs "
              f"betaalt. Dat is niet het samenwerkingsverband: leerlingenvervoer is een taak van de "
              f"gemeente waar het kind woont, en de gemeenten {s['gemeenten']} hebben daarvoor elk "
              f"een eigen verordening en een eigen budget. Hetzelfde geldt voor de gebouwen: "
              f"onderwijshuisvesting is een zaak van gemeenten en schoolbesturen. Wij brengen in het "
              f"overleg met de gemeenten wel signalen in, bijvoorbeeld over lange reistijden of over "
              f"schoolgebouwen die niet toegankelijk zijn voor kinderen in een rolstoel. Ook de "
              f"ouderbijdrage en de kosten van schoolreisjes vallen buiten de middelen van het "
              f"samenwerkingsverband; daarover beslist de school zelf, met de medezeggenschapsraad."),
    ]


def begrippen(s, extra=()):
    rows = [
        ["Begrip", "Uitleg"],
        ["Arrangement", "Een afgesproken pakket extra ondersteuning voor een leerling of groep."],
        ["Basisondersteuning", "De ondersteuning die alle scholen in het samenwerkingsverband bieden."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat elke leerling een plek heeft."],
        ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor meerdere jaren."],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
        ["OPR", "Ondersteuningsplanraad: de medezeggenschap van het samenwerkingsverband."],
        ["Ouder- en jeugdsteunpunt", "Een onafhankelijk punt waar ouders en jongeren terechtkunnen."],
        ["Resultaten", "Wat we met passend onderwijs willen bereiken en hebben bereikt."],
        ["SOP", "Schoolondersteuningsprofiel: beschrijft de ondersteuning van één school."],
        ["Terugplaatsing", "Een leerling gaat vanuit het speciaal onderwijs terug naar een reguliere school."],
        ["TLV", "Toelaatbaarheidsverklaring: nodig voor plaatsing in het speciaal (basis)onderwijs."],
        ["Verdeelmodel", "De manier waarop het samenwerkingsverband middelen over de besturen verdeelt."],
    ]
    if s["sector"] == "vo":
        rows += [["LWOO", "Leerwegondersteunend onderwijs."], ["PrO", "Praktijkonderwijs."],
                 ["VSO", "Voortgezet speciaal onderwijs."], ["OPDC", "Orthopedagogisch-didactisch centrum."]]
    else:
        rows += [["SBO", "Speciaal basisonderwijs."], ["SO", "Speciaal onderwijs (cluster 3 en 4)."]]
    rows += [list(r) for r in extra]
    return [("h1", "Begrippenlijst"), ("table", rows)]


# --------------------------------------------------------------------------------------------
# Plan A - PO, strong, docx + pdf
# --------------------------------------------------------------------------------------------

SA = dict(naam="Samenwerkingsverband Samen op Weg PO", kort="Samen op Weg", code="PO 29-11",
          sector="po", periode="2026-2030", gemeenten="Lindenhoeve, Aarveen en Oosterbroek",
          n_besturen=9, n_scholen=52, n_leerlingen="11.400", plaats="Lindenhoeve", fte_bureau=14,
          directeur="Marieke van Dalen", opr_datum="19 maart 2026", oogo_datum="4 maart 2026",
          vaststelling="26 maart 2026")


def plan_a():
    s = SA
    b = [("title", f"Ondersteuningsplan {s['periode']}\n{s['naam']}\n'Samen op weg, dichtbij huis'"),
         ("toc", ["Voorwoord", "1 Wie zijn wij?", "2 Waar staan wij voor?",
                  "3 Wat mag u van elke school verwachten? (basisondersteuning)",
                  "4 Wat als uw kind meer nodig heeft? (arrangementen en dekkend aanbod)",
                  "5 Hoe komt een kind op een sbo- of so-school?",
                  "6 Samen met de gemeenten", "7 Communicatie",
                  "8 Geld en middelen", "9 Wat willen we bereiken en hoe houden we dat bij? (resultaten)",
                  "10 Hoe is het samenwerkingsverband georganiseerd?", "11 Wie praat er mee?",
                  "12 Wat betekent dit plan voor het personeel?",
                  "13 Hoe gaan we om met gegevens van leerlingen?", "14 Wat gaan we wanneer doen?",
                  "15 Hoe is dit plan tot stand gekomen?", "Begrippenlijst"])]
    b += voorwoord(s) + samenvatting(s) + wie_zijn_wij(s) + visie(s)
    b += [
        ("h1", "Wat mag u van elke school verwachten?"),
        ("p", "Elke basisschool in ons samenwerkingsverband biedt hetzelfde stevige fundament aan "
              "ondersteuning. Dat noemen we de basisondersteuning. De besturen hebben met elkaar "
              "afgesproken dat iedere vestiging dit niveau haalt, ook de kleinste dorpsschool. Het "
              "is dus geen wens, maar een ondergrens: wat hieronder staat, mag u op elke school van "
              "Samen op Weg verwachten, zonder dat daar een aanvraag bij het swv voor nodig is."),
        ("p", "Concreet betekent dat het volgende:"),
        ("ul", [
            "Elke school heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die "
            "een erkende opleiding heeft gevolgd.",
            "Elke school werkt met een dyslexie- en dyscalculieprotocol en biedt leerlingen "
            "voorleessoftware en extra instructietijd.",
            "Elke school heeft een methode voor sociaal-emotionele ontwikkeling en een "
            "anti-pestcoördinator.",
            "Elke school kan een leerling die meer aankan verrijkingsstof en een plusgroep bieden.",
            "Elke school biedt leerlingen die Nederlands als tweede taal leren extra taallessen "
            "in kleine groepjes.",
            "Elke school heeft een ondersteuningsteam dat minstens zes keer per jaar bij elkaar "
            "komt, met een orthopedagoog van het swv en een medewerker van het wijkteam.",
            "Elke school kan eenvoudige medische handelingen uitvoeren volgens het landelijk "
            "protocol medisch handelen.",
            "Elke school werkt handelingsgericht en bespreekt de voortgang van groepen drie keer "
            "per jaar in groepsbesprekingen.",
        ]),
        ("p", "Twee keer in de planperiode bezoekt een duo van een andere school en een "
              "orthopedagoog van het swv elke school voor een 'collegiale kijk' op de "
              "basisondersteuning. Blijkt dat een school onder het afgesproken niveau zit, dan maakt "
              "het bestuur binnen drie maanden een verbeterplan, dat de directeur-bestuurder van het "
              "swv volgt."),
        ("h1", "Wat als uw kind meer nodig heeft?"),
        ("p", "Soms heeft een kind meer nodig dan de basisondersteuning. Dan kijken we samen met u "
              "wat er kan. Ons aanbod is opgebouwd als een trap met vier treden."),
        ("table", [
            ["Trede", "Wat is het?", "Wie regelt het?"],
            ["1 Basis", "Basisondersteuning op elke school (zie hoofdstuk 3)", "De school"],
            ["2 Extra op school", "Een arrangement op de eigen school, bijvoorbeeld extra handen in "
             "de klas of ambulante begeleiding", "School met consulent swv"],
            ["3 Bovenschools", "Tijdelijke plek in een bovenschoolse groep: de Taalklas, de "
             "Plusklas voor hoogbegaafde kinderen of de Observatiegroep De Brug", "Ondersteuningsteam + swv"],
            ["4 Speciaal", "Plaatsing op een sbo-school (3 in de regio) of so-school (2 in de regio, "
             "cluster 3 en 4)", "Commissie Toelaatbaarheid"],
        ]),
        ("h2", "Wat doen we als er geen passende plek is?"),
        ("p", "Ieder jaar brengen we in kaart waar het aanbod tekortschiet. We houden een "
              "wachtlijstoverzicht bij van de bovenschoolse groepen en het so, en we tellen elke "
              "maand het aantal kinderen dat thuis zit of niet naar school gaat. Elk kind dat langer "
              "dan vier weken thuis zit, wordt besproken aan de Thuiszitterstafel, met leerplicht, "
              "het wijkteam, de ouders, de school en het swv. Binnen twee weken na die bespreking "
              "ligt er een plan met een naam erbij: wie zorgt ervoor dat dit kind weer naar school "
              "gaat? In 2025 ontbrak een plek voor jonge kinderen met zowel een taal- als een "
              "gedragsvraag. Daarom start in augustus 2026 een kleine combinatiegroep in Aarveen. "
              "Het bestuur van de school waar een kind is aangemeld, houdt zorgplicht totdat er "
              "een passende plek is."),
        ("h1", "Hoe komt een kind op een sbo- of so-school?"),
        ("p", "Voor plaatsing op een sbo- of so-school heeft uw kind een toelaatbaarheidsverklaring "
              "(TLV) nodig. Die geeft het samenwerkingsverband af. Zo gaat dat:"),
        ("ul", [
            "Stap 1 - De basisschool waar uw kind staat ingeschreven, bespreekt in het "
            "ondersteuningsteam met u of het speciaal onderwijs een betere plek is.",
            "Stap 2 - Het schoolbestuur dient de aanvraag in bij het Loket van het swv, met het "
            "groeidocument, het ontwikkelingsperspectief en uw mening als ouder.",
            "Stap 3 - Twee deskundigen geven elk los een schriftelijk advies: een orthopedagoog of "
            "psycholoog van het swv, en een tweede deskundige die past bij de vraag van het kind, "
            "bijvoorbeeld een kinderpsychiater of maatschappelijk werker. Zij zijn niet "
            "betrokken geweest bij de aanvraag.",
            "Stap 4 - De Commissie Toelaatbaarheid beslist binnen zes weken na een volledige "
            "aanvraag. U krijgt een kopie van beide adviezen.",
        ]),
        ("p", "De commissie beoordeelt elke aanvraag aan de hand van de volgende criteria:"),
        ("table", [
            ["Een kind is toelaatbaar tot ...", "als ..."],
            ["het sbo", "de basisschool aantoonbaar minstens een jaar een arrangement op trede 2 of "
             "3 heeft ingezet, de ontwikkeling op meerdere gebieden achterblijft ondanks die "
             "ondersteuning, en het kind vooral baat heeft bij een kleine groep met veel structuur."],
            ["het so (cluster 3)", "het kind een verstandelijke of lichamelijke beperking of "
             "langdurige ziekte heeft waardoor het ondanks aanpassingen niet in het reguliere "
             "onderwijs kan leren, onderbouwd met een recent onderzoek."],
            ["het so (cluster 4)", "het kind ernstige gedrags- of psychiatrische problemen heeft "
             "die ook in het sbo niet te hanteren zijn, en er een onderwijs-zorgarrangement nodig is."],
        ]),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschooltijd; een TLV voor het so "
              "geldt twee schooljaren en krijgt bekostigingscategorie laag, midden of hoog. Bent u "
              "het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken. Het swv "
              "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "En daarna? Terug naar een school in de eigen wijk"),
        ("p", "Speciaal onderwijs hoeft niet voor altijd te zijn. Wij vinden dat een kind dat zich "
              "goed heeft ontwikkeld, terug moet kunnen naar een gewone basisschool in de buurt, als "
              "het kind dat aankan en de ouders het steunen. Een leerling die terugkeert, neemt een "
              "'terugkeerbudget' mee: een jaar lang komt de vertrouwde leerkracht van de sbo- of "
              "so-school één dagdeel per week naar de nieuwe school."),
        ("p", "Hoe dat gaat: de sbo- of so-school bespreekt elk jaar in de evaluatie van het "
              "ontwikkelingsperspectief of terugkeer mogelijk is. In het laatste jaar van de TLV "
              "organiseert de so-school uiterlijk in februari een overleg met ouders, de beoogde "
              "basisschool en de consulent. Het swv beslist over het terugkeerbudget; de ontvangende "
              "school neemt het kind in. Na drie en na zes maanden is er een evaluatie. Als terugkeer "
              "(nog) niet verstandig is, vraagt de so-school voor 1 april een nieuwe TLV aan."),
    ]
    b += oogo(s, True)
    b += [
        ("h1", "Communicatie"),
        ("p", "Wij willen dat ouders, scholen en partners ons makkelijk weten te vinden. Onze "
              "huisstijl is vernieuwd en we verschijnen vaker in de lokale media. In dit hoofdstuk "
              "leest u hoe we communiceren."),
        ("h2", "Hoe houden we u op de hoogte?"),
        ("p", "Op onze website staat een aparte ouderpagina met uitleg over basisondersteuning, "
              "arrangementen en de TLV, in eenvoudige taal en vertaald in het Engels, Arabisch, "
              "Pools en Turks. Elke school neemt in de schoolgids een vaste paragraaf op over de "
              "ondersteuning die de school biedt en over het swv. Twee keer per jaar organiseren we "
              "een ouderavond per subregio. Bij elke aanvraag krijgt u de folder 'Uw kind en het "
              "swv'. En op elke school hangt een poster met de vijf belangrijkste afspraken."),
        ("h2", "Waar kunt u terecht als u er niet uitkomt?"),
        ("p", "Soms lopen gesprekken vast. Ouders kunnen dan gratis terecht bij het Ouder- en "
              "Jeugdsteunpunt 'Naast je kind', dat onafhankelijk is van het swv en de scholen: "
              "telefonisch op werkdagen van 9.00 tot 15.00 uur. U kunt ook de landelijke "
              "onderwijsconsulenten inschakelen. Over een beslissing van een school kunt u klagen "
              "bij de klachtencommissie van het schoolbestuur; geschillen over toelating en "
              "verwijdering gaan naar de Geschillencommissie passend onderwijs."),
        ("h1", "Geld en middelen"),
        ("p", f"Samen op Weg ontvangt jaarlijks ongeveer 12,6 miljoen euro voor ondersteuning. Het "
              f"grootste deel gaat naar de scholen. Zo verdelen we het geld:"),
        ("ul", [
            "Elk bestuur krijgt een schoolbudget van € 152 per leerling (teldatum 1 februari) plus "
            "een vaste voet van € 9.000 per vestiging, voor extra ondersteuning op trede 2.",
            "Voor bovenschoolse groepen (trede 3) betaalt het swv de kosten rechtstreeks aan de "
            "school die de groep uitvoert, op basis van het aantal plaatsen.",
            "Het geld voor het sbo en so wordt via DUO afgedragen op basis van het aantal TLV's; "
            "groeibekostiging regelen we met de peildatum 1 februari.",
            "Besturen verantwoorden elk jaar in hun jaarverslag waaraan zij het schoolbudget "
            "hebben besteed, volgens een vast format.",
        ]),
        ("table", [
            ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Inkomsten ondersteuningsbudget", "12.610", "12.480", "12.350", "12.240"],
            ["Afdracht sbo en so (DUO)", "5.320", "5.250", "5.200", "5.150"],
            ["Schoolbudgetten besturen", "4.210", "4.180", "4.150", "4.120"],
            ["Bovenschoolse groepen", "1.460", "1.460", "1.420", "1.400"],
            ["Thuiszitterstafel en consulenten", "640", "640", "640", "640"],
            ["Bureau en organisatie", "980", "990", "1.000", "1.010"],
            ["Resultaat", "0", "-40", "-60", "-80"],
        ]),
        ("p", "De reserve van het swv ligt boven de signaleringswaarde. We bouwen die in vier jaar "
              "af door kleine negatieve resultaten te begroten, zoals de tabel laat zien."),
        ("h1", "Wat willen we bereiken en hoe houden we dat bij?"),
        ("p", "Met het vorige plan hebben we veel bereikt. In 2025 zaten 0,9 procent van de "
              "leerlingen in het sbo en 1,6 procent in het so; 41 kinderen keerden terug van sbo of "
              "so naar een gewone basisschool. Over de nieuwe doelen zijn we nog met elkaar in "
              "gesprek: de concrete doelen voor deze planperiode stellen we in het voorjaar van "
              "2027 samen met de OPR vast, zodra de evaluatie van de vorige periode klaar is."),
        ("p", "Hoe we bijhouden of het goed gaat, staat wel vast. Elke school levert twee keer per "
              "jaar gegevens aan over arrangementen, thuiszitters en doorverwijzingen. Het bureau "
              "maakt daarvan elk kwartaal een dashboard voor het bestuur en de OPR. Eén keer per "
              "jaar houden we een tevredenheidspeiling onder ouders en intern begeleiders. Alles "
              "komt samen in het jaarverslag, dat vóór 1 juli op de website staat en dat de OPR "
              "bespreekt. Na twee jaar is er een tussenevaluatie door een extern bureau."),
    ]
    b += governance(s) + samenwerking_scholen(s) + opr(s) + personeel(s) + ict_privacy(s) + landelijk(s)
    b += planning(s, [["2026-2027", "Combinatiegroep Aarveen; nieuwe ouderfolder; vervanging applicatie"],
                      ["2027-2028", "Tussenevaluatie; collegiale kijk ronde 1"],
                      ["2028-2029", "Collegiale kijk ronde 2; herziening verdeelmodel"],
                      ["2029-2030", "Eindevaluatie en nieuw ondersteuningsplan"]])
    b += totstandkoming(s) + begrippen(s)
    labels = dict(
        sector="po",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        false=["resultaten.doelen"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"], "terugstroom": ["monitoring"]},
        notes={
            "basisondersteuning": "Ch. 'Wat mag u van elke school verwachten?': agreed floor for every vestiging + 8 concrete provisions + collegiale kijk.",
            "plaatsing": "Ch. 'Hoe komt een kind op een sbo- of so-school?': 4 steps, Commissie Toelaatbaarheid, 6 weeks, criteria table, deskundigen, duur, bezwaar.",
            "terugstroom": "Hidden in the TLV chapter, subsection 'En daarna? Terug naar een school in de eigen wijk': policy + terugkeerbudget + steps in last TLV year.",
            "financien": "Ch. 'Geld en middelen': €152 per leerling + vaste voet, DUO afdracht, meerjarenbegroting table 2026-2029.",
            "dekkend-aanbod": "Ch. 'Wat als uw kind meer nodig heeft?': 4-trede table + 'Wat doen we als er geen passende plek is?' (thuiszitterstafel, gap 2025, zorgplicht).",
            "resultaten": "Ch. 9: achieved figures and monitoring cycle (dashboard, peiling, jaarverslag) present, but new goals deferred to 'voorjaar van 2027'.",
            "ouders": "Inside ch. 'Communicatie': ouderpagina, schoolgids paragraph, ouderavond, folder; OJSP 'Naast je kind', onderwijsconsulenten, klachten/geschillen.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan B - VO, medium, pdf
# --------------------------------------------------------------------------------------------

SB = dict(naam="Samenwerkingsverband VO Rivierenland Dichtbij", kort="Rivierenland Dichtbij",
          code="VO 31-04", sector="vo", periode="2026-2030", gemeenten="Waalhoven, Leerdam-Oost en Zuiderweerd",
          n_besturen=7, n_scholen=18, n_leerlingen="14.900", plaats="Waalhoven", fte_bureau=11,
          directeur="Jeroen Bakkers", opr_datum="11 maart 2026", oogo_datum="25 februari 2026",
          vaststelling="18 maart 2026")


def plan_b():
    s = SB
    b = [("title", f"{s['naam']}\nOndersteuningsplan {s['periode']}\nVoor iedere jongere een plek"),
         ("toc", ["Voorwoord", "Wie zijn wij?", "Waar staan wij voor?",
                  "Wat is basisondersteuning?", "Wat als een leerling meer nodig heeft?",
                  "Als school of thuis vastloopt", "Naar vso, lwoo of praktijkonderwijs?",
                  "Hoe informeren wij u?", "Financiën en meerjarenbegroting",
                  "Wat willen we bereiken?", "Organisatie", "Medezeggenschap", "Samen met de gemeenten",
                  "Personeel", "Privacy", "Planning", "Begrippenlijst (o.a. terugplaatsing, steunpunt)"])]
    b += voorwoord(s) + samenvatting(s) + wie_zijn_wij(s) + visie(s)
    b += [
        ("h1", "Wat is basisondersteuning?"),
        ("p", "Basisondersteuning is wat iedere school voor voortgezet onderwijs in Rivierenland "
              "Dichtbij minimaal biedt aan elke leerling die dat nodig heeft. Alle zeven besturen "
              "hebben deze ondergrens ondertekend; het geldt voor alle 18 vestigingen, van gymnasium "
              "tot vmbo-basis. U hoeft er niets voor aan te vragen."),
        ("table", [
            ["Wat", "Wat betekent dat voor uw kind?"],
            ["Mentor", "Een vaste mentor die minstens één keer per week een mentorles geeft en twee "
             "keer per jaar een gesprek met leerling en ouders voert."],
            ["Ondersteuningscoördinator", "Op elke locatie een ondersteuningscoördinator die het "
             "ondersteuningsteam leidt."],
            ["Dyslexie en dyscalculie", "Vergrote toetsen, extra tijd, voorleessoftware en een "
             "dyslexiecoach."],
            ["Trainingen", "Faalangstreductietraining, sociale-vaardigheidstraining en training "
             "executieve functies (plannen en organiseren)."],
            ["Time-out", "Een rustige plek in school met begeleiding als het in de les niet lukt."],
            ["Huiswerkbegeleiding", "Begeleid huiswerk maken na schooltijd, twee middagen per week."],
        ]),
        ("h1", "Wat als een leerling meer nodig heeft?"),
        ("p", "Als de basisondersteuning niet genoeg is, bestaat er een aanbod op drie niveaus "
              "daarboven. Op de school zelf kan een arrangement worden ingezet, zoals een "
              "ondersteuningsklas of een individuele begeleider (niveau 2). Buiten de school zijn er "
              "twee bovenschoolse voorzieningen: het Rebound-traject 'De Overstap' voor leerlingen die "
              "even uit de klas moeten (maximaal 12 weken), en het OPDC 'Het Anker' voor leerlingen "
              "die een jaar in een kleine groep werken aan een terugkeer naar de klas (niveau 3). Het "
              "vso, met vier scholen in de regio, vormt niveau 4. Voor hoogbegaafde leerlingen "
              "bieden drie scholen een HB-programma dat open staat voor leerlingen van alle scholen."),
        ("h1", "Als school of thuis vastloopt"),
        ("p", "Iedere jongere hoort op school. Toch zitten er in onze regio jongeren thuis. Wij "
              "tellen iedere maand samen met leerplicht hoeveel leerlingen langer dan vier weken "
              "niet naar school gaan. Voor ieder van hen wijst het swv binnen een week een "
              "trajectbegeleider aan die met de jongere, de ouders, de school en de jeugdhulp een "
              "plan maakt. Lukt dat niet binnen zes weken, dan schalen we op naar de "
              "directeur-bestuurder, die met de besturen een plek regelt. Twee keer per jaar "
              "bespreken we met de besturen welke groepen jongeren nergens goed terechtkunnen; uit "
              "die gesprekken is bijvoorbeeld het plan voor een tweede Rebound-locatie gekomen, "
              "die in 2027 opent. Het bestuur van de school waar de leerling is ingeschreven of "
              "aangemeld, blijft zorgplicht houden."),
        ("h1", "Naar vso, lwoo of praktijkonderwijs?"),
        ("p", "Voor het vso en voor het praktijkonderwijs is een toelaatbaarheidsverklaring nodig; "
              "voor leerwegondersteunend onderwijs een aanwijzing. Die worden afgegeven door de "
              "Commissie Toewijzing van het swv. De aanvraag doet de school waar de leerling "
              "staat ingeschreven, of voor leerlingen uit groep 8 de vo-school waar de leerling is "
              "aangemeld. De school stuurt het groeidocument, het ontwikkelingsperspectief en de "
              "zienswijze van ouders en leerling mee. Een orthopedagoog en een tweede deskundige "
              "geven advies. De commissie beslist binnen zes weken. Een TLV voor het vso is twee "
              "schooljaren geldig."),
        ("p", "De commissie kijkt bij elke aanvraag zorgvuldig naar wat de leerling nodig heeft en "
              "beslist op basis van het dossier. Voor lwoo en praktijkonderwijs volgt het swv de "
              "landelijke regels."),
        ("p", "Wat er gebeurt als de TLV afloopt, beschrijven we in een aparte notitie die in de "
              "loop van 2026 verschijnt."),
        ("h1", "Hoe informeren wij u?"),
        ("p", "Ouders en leerlingen vinden op de website rivierenlanddichtbij.nl een aparte "
              "pagina 'Voor ouders en leerlingen' met filmpjes over de basisondersteuning, de "
              "arrangementen en de aanvraag van een TLV. Elke school neemt in de schoolgids op welke "
              "ondersteuning zij biedt. In oktober is er voor ouders van groep 8 een "
              "informatieavond over ondersteuning in het vo. De folder 'Extra ondersteuning in het "
              "vo' is er in vijf talen."),
        ("p", "De wet vraagt ieder samenwerkingsverband om een ouder- en jeugdsteunpunt. Hoe en "
              "waar dat steunpunt in onze regio vorm krijgt, zoeken we in 2026 samen met de "
              "gemeenten en de OPR uit."),
        ("h1", "Financiën en meerjarenbegroting"),
        ("p", "Het swv ontvangt van het Rijk middelen voor lichte en zware ondersteuning, samen "
              "ongeveer 15 miljoen euro per jaar. Na aftrek van de afdrachten voor vso en pro (via "
              "DUO) verdelen we het geld als volgt. Ieder bestuur ontvangt € 118 per leerling op "
              "teldatum 1 oktober voor basisondersteuning en niveau 2. Scholen met meer dan 30 "
              "procent leerlingen in vmbo-basis of -kader krijgen daarbovenop € 40 per leerling, "
              "omdat daar de ondersteuningsvraag aantoonbaar groter is. Rebound en OPDC worden "
              "centraal gefinancierd. Het algemeen bestuur stelt de bedragen jaarlijks vast in "
              "november."),
        ("table", [
            ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Middelen naar besturen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Rebound en OPDC", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
        ]),
        ("p", "De bedragen in de meerjarenbegroting worden ingevuld zodra de nieuwe "
              "rijksbekostiging bekend is; de begroting wordt daarna als bijlage aan dit plan "
              "toegevoegd. Het weerstandsvermogen houden we tussen 5 en 10 procent van de baten."),
        ("h1", "Wat willen we bereiken?"),
        ("p", "Wij willen over vier jaar het volgende bereikt hebben:"),
        ("table", [
            ["Doel", "Nu (2025)", "Streefwaarde 2030"],
            ["Leerlingen die langer dan 3 maanden thuis zitten", "23", "minder dan 8"],
            ["Deelname vso (peildatum 1 oktober)", "4,1%", "3,6%"],
            ["Leerlingen die na Rebound terug zijn in de klas", "68%", "80%"],
            ["Ouders tevreden over ondersteuning (peiling)", "6,8", "7,5"],
        ]),
        ("p", "We volgen deze cijfers met een monitor die elk kwartaal wordt bijgewerkt met "
              "gegevens van DUO, leerplicht en de scholen. Het bestuur bespreekt de monitor in "
              "iedere vergadering; de OPR krijgt hem twee keer per jaar. Elk jaar beschrijven we in "
              "het jaarverslag welke doelen we hebben gehaald en wat het heeft gekost. Halverwege "
              "de planperiode doen we een evaluatie met scholen, ouders en leerlingen."),
    ]
    b += governance(s) + samenwerking_scholen(s) + opr(s) + oogo(s, True) + personeel(s) + ict_privacy(s) + landelijk(s)
    b += planning(s, [["2026-2027", "Notitie afloop TLV; ouder- en jeugdsteunpunt uitzoeken"],
                      ["2027-2028", "Tweede Rebound-locatie open; tussenevaluatie"],
                      ["2028-2029", "Herijking verdeelmodel"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += totstandkoming(s) + begrippen(s)
    labels = dict(
        sector="vo",
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "partial"},
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "financien.besteding", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Wat is basisondersteuning?': floor signed by all boards for all 18 vestigingen + table of provisions.",
            "plaatsing": "Ch. 'Naar vso, lwoo of praktijkonderwijs?': procedure (aanvrager, dossier, Commissie Toewijzing, 6 weeks) but criteria only 'zorgvuldig ... op basis van het dossier' / 'landelijke regels'.",
            "terugstroom": "Only a deferral ('aparte notitie die in de loop van 2026 verschijnt'), a planning row and the glossary entry; nothing addressed.",
            "financien": "Ch. 'Financiën en meerjarenbegroting': verdeling (€118 + €40 per leerling, central Rebound/OPDC) present; begroting all 'p.m.' and deferred to an annex.",
            "dekkend-aanbod": "Ch. 'Wat als een leerling meer nodig heeft?' (niveaus 2-4, Rebound, OPDC, vso, HB) + 'Als school of thuis vastloopt' (thuiszitters, escalation, zorgplicht).",
            "resultaten": "Ch. 'Wat willen we bereiken?': target table with baseline and 2030 streefwaarden + quarterly monitor, jaarverslag, evaluation.",
            "ouders": "Ch. 'Hoe informeren wij u?': website, schoolgids, info evening, folder; OJSP only deferred to 2026, no independent help named.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan C - PO, thin, html
# --------------------------------------------------------------------------------------------

SC = dict(naam="Samenwerkingsverband De Wijde Kring", kort="De Wijde Kring", code="PO 30-02",
          sector="po", periode="2026-2030", gemeenten="Heerdervaart en Molenzijl",
          n_besturen=5, n_scholen=38, n_leerlingen="7.200", plaats="Heerdervaart", fte_bureau=6,
          directeur="Ayşe Demir", opr_datum="2 april 2026", oogo_datum="17 maart 2026",
          vaststelling="9 april 2026")


def plan_c():
    s = SC
    b = [("title", f"Ondersteuningsplan {s['periode']} - {s['naam']} (webversie)"),
         ("toc", ["Voorwoord", "Wie zijn wij?", "Waar staan wij voor?",
                  "Wat doet elke school? Basisondersteuning",
                  "Naar het speciaal (basis)onderwijs en weer terug",
                  "Hoe verdelen we het geld?", "Voor ouders: informatie en hulp",
                  "Resultaten en kwaliteit", "Organisatie", "Wie praat er mee?",
                  "Samen met de gemeenten", "Personeel", "Privacy", "Planning", "Begrippenlijst"])]
    b += voorwoord(s) + samenvatting(s) + wie_zijn_wij(s) + visie(s)
    b += [
        ("h2", "Hoe kijken we terug op de vorige periode?"),
        ("p", "De afgelopen vier jaar stonden in het teken van bouwen. Het bureau verhuisde naar "
              "een nieuw pand, er kwam een nieuwe directeur-bestuurder en twee besturen fuseerden. "
              "Dat heeft veel energie gekost. We hebben gemerkt dat scholen behoefte hebben aan "
              "rust en duidelijkheid, en dat ouders vooral willen weten bij wie ze terechtkunnen. "
              "Dat heeft de toon van dit plan bepaald: minder nieuwe projecten, meer aandacht voor "
              "de dingen die al goed gaan."),
        ("h1", "Wat doet elke school? Basisondersteuning"),
        ("p", "Alle 38 basisscholen hebben samen afgesproken welke basisondersteuning elke school "
              "minimaal biedt. Dat niveau is voor iedere school hetzelfde, groot of klein, "
              "openbaar of bijzonder. Zo weet u als ouder dat uw kind op elke school in De Wijde "
              "Kring kan rekenen op dezelfde basis."),
        ("p", "Welke voorzieningen dat precies zijn, staat in de Kaart Basisondersteuning op onze "
              "website. Die kaart wordt elk jaar door de directeuren bijgewerkt."),
        ("h1", "Naar het speciaal (basis)onderwijs en weer terug"),
        ("p", "Soms is een gewone basisschool, ook met extra hulp, niet de goede plek. Dan kan een "
              "kind naar het speciaal basisonderwijs of het speciaal onderwijs. Daarvoor is een "
              "toelaatbaarheidsverklaring nodig. Hoe u en de school die aanvragen, en waar wij op "
              "letten, leest u op de pagina 'Route naar het speciaal onderwijs' op onze website."),
        ("h2", "Weer terug naar de basisschool"),
        ("p", "Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Ons "
              "uitgangspunt is dat een kind teruggaat naar een gewone basisschool zodra het daar "
              "weer kan leren en zich veilig voelt, bij voorkeur in de eigen woonplaats. "
              "Voorwaarde is dat de ouders instemmen en dat de ontvangende school de ondersteuning "
              "kan bieden die het kind nodig heeft. Na de overstap krijgt de basisschool een "
              "terugkeerarrangement: een jaar lang begeleiding door een leerkracht van de sbo- of "
              "so-school, één ochtend per week, betaald door het samenwerkingsverband."),
        ("p", "De precieze stappen - wie het initiatief neemt, wanneer er geëvalueerd wordt en wie "
              "er beslist - leggen we vast in een protocol dat we nog met de sbo- en so-scholen "
              "afstemmen."),
        ("h1", "Hoe verdelen we het geld?"),
        ("p", "Het samenwerkingsverband krijgt geld van het Rijk om passend onderwijs mogelijk te "
              "maken. Het nieuwe verdeelmodel voor de besturen is in ontwikkeling en wordt vóór 1 "
              "januari 2027 door het bestuur vastgesteld. Tot die tijd ontvangen de besturen een "
              "voorschot."),
        ("p", "Wat we de komende jaren uitgeven, ziet u in de tabel."),
        ("table", [
            ["Begroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
            ["Afdracht sbo en so", "3.410.000", "3.380.000", "3.350.000", "3.320.000"],
            ["Ondersteuning op de scholen (besturen)", "2.640.000", "2.600.000", "2.570.000", "2.540.000"],
            ["Terugkeerarrangementen", "120.000", "120.000", "120.000", "120.000"],
            ["Orthopedagogen en consulenten", "410.000", "410.000", "415.000", "420.000"],
            ["Bureau, huisvesting en ICT", "330.000", "335.000", "340.000", "345.000"],
            ["Totaal lasten", "6.910.000", "6.845.000", "6.795.000", "6.745.000"],
        ]),
        ("h1", "Voor ouders: informatie en hulp"),
        ("h2", "Waar vindt u informatie?"),
        ("p", "We vinden het belangrijk dat u weet wat de school en het samenwerkingsverband voor "
              "uw kind kunnen doen. Daarom:"),
        ("ul", [
            "staat op onze website een ouderpagina met uitleg in gewone taal en een lijst van "
            "veelgestelde vragen;",
            "beschrijft elke school in de schoolgids de ondersteuning die zij biedt;",
            "is de intern begeleider van de school uw eerste aanspreekpunt;",
            "houden we elk voorjaar een informatieavond voor ouders in Heerdervaart en in Molenzijl;",
            "kunt u op werkdagen het ouderspreekuur van het bureau bellen.",
        ]),
        ("h2", "Wie helpt u als u het er niet mee eens bent?"),
        ("p", "U kunt gratis en in vertrouwen contact opnemen met het Ouder- en Jeugdsteunpunt "
              "Heerdervaart-Molenzijl. De medewerkers daar werken niet voor een school of voor "
              "ons, en denken met u mee. Komt u er samen met de school niet uit, dan kunt u een "
              "onderwijsconsulent vragen om te bemiddelen. Daarnaast heeft elk schoolbestuur een "
              "klachtenregeling, en kunt u bij een geschil over toelating of verwijdering naar de "
              "landelijke Geschillencommissie passend onderwijs."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "Wij zijn trots op wat scholen elke dag doen. Kwaliteit is voor ons geen "
              "papieren werkelijkheid: het gaat om de gesprekken in de school en in de klas. We "
              "willen de komende jaren vooral het gesprek met scholen voeren over wat goed gaat "
              "en wat beter kan. In het jaarverslag van het samenwerkingsverband vindt u "
              "informatie over onze activiteiten."),
    ]
    b += governance(s) + samenwerking_scholen(s) + opr(s) + oogo(s, False) + vervoer_huisvesting(s) + personeel(s) + ict_privacy(s) + landelijk(s)
    b += planning(s, [["2026-2027", "Verdeelmodel vaststellen; protocol terugkeer afstemmen"],
                      ["2027-2028", "Kaart Basisondersteuning vernieuwen"],
                      ["2028-2029", "Informatieavonden uitbreiden"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += totstandkoming(s) + begrippen(s, [["Thuiszitter", "Een leerplichtige leerling die niet naar school gaat."],
                                          ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden."]])
    labels = dict(
        sector="po",
        elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "missing",
                  "ouders": "present"},
        false=["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
               "terugstroom.procedure", "financien.verdeling", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Wat doet elke school?': same minimum level for all 38 schools stated, but the provisions are only on the 'Kaart Basisondersteuning op onze website'.",
            "plaatsing": "Ch. 'Naar het speciaal (basis)onderwijs en weer terug': TLV named, procedure and criteria only referred to a website page; glossary entry only.",
            "terugstroom": "Subsection 'Weer terug naar de basisschool': policy (aim, conditions, terugkeerarrangement) present; steps deferred to a protocol 'nog af te stemmen'.",
            "financien": "Ch. 'Hoe verdelen we het geld?': begroting table 2026-2029 with amounts, but verdeelmodel 'in ontwikkeling' (deferral).",
            "dekkend-aanbod": "No continuum, no thuiszitters/gap approach; only glossary entries (dekkend aanbod, thuiszitter, zorgplicht) and a procedural OOGO line.",
            "resultaten": "Ch. 'Resultaten en kwaliteit' is only value talk and a pointer to the jaarverslag; no goals, no monitoring.",
            "ouders": "Ch. 'Voor ouders: informatie en hulp': website, schoolgids, IB, info evening, spreekuur; OJSP, onderwijsconsulent, klachten, Geschillencommissie.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan D - VO, strong, docx
# --------------------------------------------------------------------------------------------

SD = dict(naam="Samenwerkingsverband VO Kust en Polder", kort="Kust en Polder", code="VO 27-06",
          sector="vo", periode="2026-2030", gemeenten="Zeewolde-Noord, Duinrand en Polderveen",
          n_besturen=6, n_scholen=15, n_leerlingen="12.300", plaats="Duinrand", fte_bureau=12,
          directeur="Sander Kooistra", opr_datum="5 maart 2026", oogo_datum="12 februari 2026",
          vaststelling="12 maart 2026")


def plan_d():
    s = SD
    b = [("title", f"Ondersteuningsplan {s['periode']}\n{s['naam']}\nOntwerp voor de OPR"),
         ("toc", ["Voorwoord", "1 Wie zijn wij?", "2 Waar staan wij voor?",
                  "3 Wat kunt u op iedere school verwachten?", "4 Van lichte tot zware ondersteuning",
                  "5 Thuiszitters", "6 Toelaatbaarheid: vso, pro en lwoo",
                  "7 Terugplaatsing en overplaatsing", "8 Ouders en leerlingen",
                  "9 Het geld in tabellen", "10 Doelen en kwaliteitszorg", "11 Organisatie",
                  "12 Medezeggenschap", "13 Gemeenten", "14 Personeel", "15 Privacy",
                  "16 Planning", "Afkortingenlijst"])]
    b += voorwoord(s) + samenvatting(s) + wie_zijn_wij(s) + visie(s)
    b += [
        ("h1", "Wat kunt u op iedere school verwachten?"),
        ("p", "De besturen van Kust en Polder hebben een gezamenlijke standaard voor de "
              "basisondersteuning vastgesteld. Die standaard is voor alle vestigingen verplicht: "
              "geen school mag eronder zitten. In de tabel ziet u wat dat concreet inhoudt."),
        ("table", [
            ["Onderdeel", "Wat iedere vestiging minimaal biedt"],
            ["Begeleiding", "Mentor met vast mentoruur; ondersteuningscoördinator; vertrouwenspersoon"],
            ["Leren", "Dyslexie- en dyscalculieprotocol, remedial teaching, studievaardigheden"],
            ["Gedrag en welzijn", "Faalangsttraining, weerbaarheidstraining, anti-pestprotocol, "
             "time-outvoorziening met begeleiding"],
            ["Medisch", "Protocol medisch handelen; rustruimte; aanpassing rooster bij ziekte"],
            ["Samenwerking", "Ondersteuningsteam met schoolmaatschappelijk werk, jeugdarts en leerplicht"],
        ]),
        ("p", "Elke vestiging laat jaarlijks in een zelfevaluatie zien hoe zij de standaard "
              "waarmaakt; het swv bespreekt die met de schoolleiding."),
        ("h1", "Van lichte tot zware ondersteuning"),
        ("p", "Ons ondersteuningsaanbod loopt van licht naar zwaar. Niveau 1 is de "
              "basisondersteuning. Niveau 2 zijn de arrangementen binnen de school: een "
              "ondersteuningsklas (op acht vestigingen), een autismeklas (op drie vestigingen) en "
              "individuele begeleiding door een ambulant begeleider. Niveau 3 zijn de bovenschoolse "
              "voorzieningen: het OPDC 'De Branding' in Duinrand (60 plaatsen, maximaal twee "
              "jaar) en de Rebound in Polderveen (20 plaatsen, maximaal 12 weken). Niveau 4 is het "
              "speciaal onderwijs: drie vso-scholen in de regio (cluster 3 en 4) en twee scholen "
              "voor praktijkonderwijs. Leerwegondersteuning wordt gegeven op zeven vmbo-scholen."),
        ("p", "Tussen de niveaus bestaat een doorlopende route: de school bespreekt een leerling in "
              "het ondersteuningsteam, de consulent van het swv sluit aan, en samen wordt bepaald "
              "welk niveau nodig is."),
        ("h1", "Thuiszitters"),
        ("p", "Ook in onze regio zitten jongeren thuis. Een aanpak voor thuiszitters en voor "
              "leerlingen die nergens passend terechtkunnen, werken we in 2026 samen met leerplicht "
              "en de gemeenten uit. Tot die tijd gelden de bestaande afspraken van de besturen."),
        ("h1", "Toelaatbaarheid: vso, pro en lwoo"),
        ("p", "Voor het vso en het praktijkonderwijs is een toelaatbaarheidsverklaring (TLV) van "
              "het swv nodig; voor lwoo een aanwijzing. Zo verloopt de aanvraag:"),
        ("table", [
            ["Stap", "Wat gebeurt er?", "Wie?", "Termijn"],
            ["1", "Aanvraag met groeidocument, OPP en zienswijze ouders en leerling", "Schoolbestuur van de school van inschrijving", "-"],
            ["2", "Twee afzonderlijke deskundigenadviezen (orthopedagoog/psycholoog + tweede deskundige)", "Deskundigen swv", "binnen 3 weken"],
            ["3", "Besluit en bekostigingscategorie", "TLV-commissie", "binnen 6 weken na aanvraag"],
            ["4", "Kopie adviezen en besluit naar ouders", "Bureau swv", "direct"],
        ]),
        ("p", "Criteria vso: de leerling heeft een ondersteuningsbehoefte die de mogelijkheden van "
              "niveau 1 tot en met 3 aantoonbaar overstijgt; er is minstens één niveau-3-traject of "
              "een onderbouwde reden waarom dat niet passend is; en er is een stoornis of beperking "
              "vastgesteld in recent (niet ouder dan twee jaar) onderzoek. Voor het "
              "praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 én een "
              "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen "
              "(begrijpend lezen, inzichtelijk rekenen, technisch lezen, spelling), waarvan één "
              "begrijpend lezen of inzichtelijk rekenen. Kust en Polder heeft eigen lwoo-criteria "
              "(opting out): een leerachterstand van 1,5 tot 3 jaar op één domein, of sociaal-"
              "emotionele problematiek die het leren aantoonbaar belemmert; de aanwijzing geldt "
              "voor de hele vmbo-periode."),
        ("p", "Een TLV vso wordt afgegeven voor maximaal drie schooljaren. Tegen een besluit kunt u "
              "binnen zes weken bezwaar maken; het swv legt het bezwaar voor aan de Landelijke "
              "Bezwaaradviescommissie."),
        ("h1", "Terugplaatsing en overplaatsing"),
        ("p", "In het laatste schooljaar van de TLV beoordeelt de vso-school vóór 1 december in de "
              "OPP-evaluatie of de leerling terug kan naar het regulier voortgezet onderwijs. "
              "De vso-school nodigt de ouders, de leerling en de consulent van het swv uit voor een "
              "overleg. De consulent zoekt samen met de ouders een ontvangende school, die de "
              "leerling binnen tien schooldagen na het overleg uitnodigt voor een kennismaking. De "
              "TLV-commissie beslist uiterlijk 1 maart of de leerling wordt overgeplaatst of dat er "
              "een nieuwe TLV komt."),
        ("p", "Ons beleid rond terugplaatsing nemen we op in het jaarplan 2027."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn onze belangrijkste partners. Hoe we hen informeren over de "
              "ondersteuning op de scholen en bij het swv, beschrijven we in het communicatieplan "
              "dat dit najaar verschijnt; zie tot die tijd de website."),
        ("p", "Wilt u onafhankelijk advies? Het Ouder- en Jeugdsteunpunt 'Doorgang' is er voor "
              "ouders en jongeren uit de hele regio. Doorgang is onafhankelijk van de scholen en "
              "van het swv, helpt bij vragen en meningsverschillen en gaat mee naar gesprekken op "
              "school. Ook de landelijke onderwijsconsulenten kunnen bemiddelen. Bij een "
              "meningsverschil over toelating of verwijdering kunt u naar de Geschillencommissie "
              "passend onderwijs; voor klachten over een school naar de klachtencommissie van het "
              "schoolbestuur."),
        ("h1", "Het geld in tabellen"),
        ("p", "Hieronder de spelregels en de cijfers."),
        ("table", [
            ["Onderdeel verdeelmodel", "Verdeelsleutel", "Wie besluit"],
            ["Basisbudget besturen (niveau 1-2)", "€ 135 per leerling, teldatum 1 oktober", "Algemeen bestuur, in november"],
            ["Vaste voet per vestiging", "€ 20.000", "Algemeen bestuur"],
            ["Ondersteuningsklassen en autismeklassen", "€ 6.500 per bezette plek, afgerekend op 1 februari", "Directeur-bestuurder"],
            ["OPDC en Rebound", "Centraal budget, niet doorverdeeld", "Directeur-bestuurder"],
            ["Lwoo", "Naar scholen op basis van aantal aanwijzingen", "Algemeen bestuur"],
            ["Verantwoording", "Besturen leveren jaarlijks vóór 1 juli een bestedingsverslag", "-"],
        ]),
        ("table", [
            ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten lichte en zware ondersteuning + lwoo", "18.900", "18.650", "18.400", "18.200"],
            ["Afdrachten vso en pro (DUO)", "7.800", "7.720", "7.650", "7.600"],
            ["Basisbudget en vaste voet besturen", "1.960", "1.940", "1.920", "1.900"],
            ["Ondersteuningsklassen en autismeklassen", "1.230", "1.230", "1.230", "1.230"],
            ["Lwoo naar scholen", "4.950", "4.900", "4.850", "4.800"],
            ["OPDC en Rebound", "1.950", "1.950", "1.950", "1.950"],
            ["Bureau", "1.010", "1.020", "1.030", "1.040"],
            ["Saldo", "0", "-110", "-230", "-320"],
        ]),
        ("h1", "Doelen en kwaliteitszorg"),
        ("p", "Wat willen we in 2030 bereikt hebben? We hebben vier doelen met een meetbare "
              "streefwaarde gekozen."),
        ("table", [
            ["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Leerlingen uit OPDC die binnen 2 jaar terug zijn in regulier vo", "61%", "75%"],
            ["Doorlooptijd TLV-aanvraag tot besluit", "7,5 week", "maximaal 5 weken"],
            ["Vestigingen die de standaard basisondersteuning volledig halen", "11 van 15", "15 van 15"],
            ["Leerlingen in ondersteuningsklas die een diploma halen", "72%", "80%"],
        ]),
        ("p", "Hoe meten we dat? Het bureau verzamelt elk kwartaal gegevens uit de TLV-registratie, "
              "het OPDC en de zelfevaluaties van de scholen. De directeur-bestuurder rapporteert "
              "twee keer per jaar aan de raad van toezicht en de OPR. In het jaarverslag staan de "
              "bereikte resultaten naast de doelen en de kosten per voorziening. Na twee jaar volgt "
              "een externe tussenevaluatie."),
    ]
    b += governance(s) + samenwerking_scholen(s) + opr(s) + oogo(s, True) + personeel(s) + ict_privacy(s) + landelijk(s)
    b += planning(s, [["2026-2027", "Thuiszittersaanpak uitwerken; communicatieplan"],
                      ["2027-2028", "Jaarplan 2027 met terugplaatsingsbeleid; tussenevaluatie"],
                      ["2028-2029", "Uitbreiding autismeklassen"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += totstandkoming(s) + begrippen(s)
    labels = dict(
        sector="vo",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "partial"},
        false=["terugstroom.beleid", "dekkend-aanbod.lacunes", "ouders.informatie"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Wat kunt u op iedere school verwachten?': standard mandatory for all vestigingen, content only in a table.",
            "plaatsing": "Ch. 'Toelaatbaarheid: vso, pro en lwoo': step table (aanvrager, deskundigen, TLV-commissie, termijnen), vso/pro/lwoo criteria, duur, bezwaar.",
            "terugstroom": "Ch. 'Terugplaatsing en overplaatsing': steps in last TLV year with actors and dates; policy (aims, conditions, support after return) deferred to 'jaarplan 2027'.",
            "financien": "Ch. 'Het geld in tabellen': verdeelsleutels and meerjarenbegroting exist only in tables.",
            "dekkend-aanbod": "Ch. 'Van lichte tot zware ondersteuning' gives the continuum (niveaus 1-4, OPDC, Rebound, vso, pro); ch. 'Thuiszitters' only defers the approach to 2026.",
            "resultaten": "Ch. 'Doelen en kwaliteitszorg': nulmeting + streefwaarde table, quarterly data collection, reporting, external evaluation.",
            "ouders": "Ch. 'Ouders en leerlingen': information deferred to a communicatieplan / 'zie website'; OJSP Doorgang, onderwijsconsulenten, geschillen and klachten present.",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Plan E - PO, thin-medium, pdf
# --------------------------------------------------------------------------------------------

SE = dict(naam="Samenwerkingsverband Passend Onderwijs Zonnewijzer", kort="Zonnewijzer", code="PO 28-15",
          sector="po", periode="2026-2030", gemeenten="Brakelveen, Hoogdorp en Sint-Aldebrand",
          n_besturen=11, n_scholen=64, n_leerlingen="13.800", plaats="Brakelveen", fte_bureau=16,
          directeur="Ruud Hermans", opr_datum="26 maart 2026", oogo_datum="10 maart 2026",
          vaststelling="2 april 2026")


def plan_e():
    s = SE
    b = [("title", f"Ondersteuningsplan {s['periode']}\n{s['naam']}\nElk kind in het licht"),
         ("toc", ["Voorwoord", "Wie zijn wij?", "Waar staan wij voor?",
                  "Basis- en extra ondersteuning", "Kinderen die thuiszitten",
                  "Wanneer kan een kind naar het sbo of so?", "Terug naar de basisschool",
                  "Onze ambities", "Organisatie en financiën", "Wie praat er mee?",
                  "Samen met de gemeenten", "Personeel", "Privacy", "Planning", "Begrippenlijst"])]
    b += voorwoord(s, ouders=False) + samenvatting(s) + wie_zijn_wij(s) + visie(s)
    b += [
        ("h1", "Basis- en extra ondersteuning"),
        ("p", "De afspraken over basisondersteuning uit het vorige ondersteuningsplan worden "
              "in deze planperiode geactualiseerd. In het schooljaar 2026-2027 stelt een werkgroep "
              "van intern begeleiders een nieuwe notitie basisondersteuning op."),
        ("p", "Heeft een kind meer nodig, dan kan de school een beroep doen op het "
              "samenwerkingsverband. Het aanbod voor extra ondersteuning wordt in 2026 herijkt; "
              "tot die tijd blijft maatwerk mogelijk in overleg met de consulent."),
        ("h1", "Kinderen die thuiszitten"),
        ("p", "Geen kind hoort thuis te zitten. Toch gebeurt het. Daarom hebben wij met de drie "
              "gemeenten de Thuiszitterstafel ingericht. Iedere school meldt een kind dat twee "
              "weken niet naar school gaat zonder geldige reden bij leerplicht en bij de consulent "
              "van het swv. Aan de Thuiszitterstafel, die elke maand bij elkaar komt, zitten de "
              "leerplichtambtenaar, een jeugdarts, een medewerker van het wijkteam, de consulent "
              "en de directeur van de school. Binnen vier weken na de melding is er een plan voor "
              "terugkeer naar school. Lukt dat niet, dan wordt de directeur-bestuurder ingeschakeld, "
              "die met de besturen een oplossing zoekt; het bestuur van de school van inschrijving "
              "houdt zorgplicht. Elk half jaar bekijken we welke kinderen tussen wal en schip "
              "vallen en welke plekken er in de regio ontbreken; op basis daarvan is in 2025 een "
              "tweede groep voor jonge kinderen met ernstige gedragsproblemen geopend."),
        ("h1", "Wanneer kan een kind naar het sbo of so?"),
        ("p", "De aanvraagprocedure voor een toelaatbaarheidsverklaring staat beschreven in het "
              "Handboek Toewijzing (bijlage 5)."),
        ("p", "Of een kind toelaatbaar is, bepalen we aan de hand van deze criteria:"),
        ("table", [
            ["Voorziening", "Criteria"],
            ["sbo", "De basisschool heeft minimaal twee ondersteuningsperiodes van elk 12 weken "
             "ingezet en geëvalueerd; de leerling heeft een achterstand van minstens een jaar op "
             "rekenen en/of lezen of ernstige sociaal-emotionele problemen; de leerling heeft een "
             "kleine groep en een aangepast programma nodig."],
            ["so cluster 3", "Er is sprake van een verstandelijke beperking (IQ < 70), een "
             "lichamelijke beperking of langdurige ziekte die een aangepaste leeromgeving vereist."],
            ["so cluster 4", "Er is sprake van een psychiatrische stoornis of ernstige "
             "gedragsproblematiek, gediagnosticeerd, waarbij onderwijs en zorg in één setting "
             "nodig zijn."],
        ]),
        ("h1", "Terug naar de basisschool"),
        ("p", "Wij willen dat kinderen in het sbo of so de kans krijgen terug te keren naar een "
              "gewone basisschool dicht bij huis. Voorwaarde is dat het kind zich in het sbo of so "
              "zo heeft ontwikkeld dat het met ondersteuning in een reguliere groep kan leren. Het "
              "kind krijgt bij terugkeer een terugkeerarrangement mee: zes maanden lang komt een "
              "ambulant begeleider van het so wekelijks naar de nieuwe school, en de ontvangende "
              "school krijgt daarvoor een vergoeding van het swv."),
        ("p", "De sbo- of so-school bespreekt elk jaar in maart bij de evaluatie van het "
              "ontwikkelingsperspectief of terugkeer aan de orde is. Is dat zo, dan meldt de school "
              "het kind aan bij het swv. De consulent zoekt met de ouders een basisschool en maakt "
              "een overdrachtsplan. De directeur van de ontvangende school beslist over de "
              "inschrijving; het swv kent het terugkeerarrangement toe. Na drie maanden is er een "
              "evaluatiegesprek. Loopt de TLV af en is terugkeer nog niet passend, dan vraagt de "
              "school tijdig een nieuwe TLV aan."),
        ("h1", "Onze ambities"),
        ("p", "Voor deze planperiode hebben we drie ambities met een duidelijk doel:"),
        ("ul", [
            "In 2030 zit geen enkel kind langer dan drie maanden thuis zonder passend aanbod "
            "(nu 14 kinderen).",
            "In 2030 keren jaarlijks minstens 30 kinderen terug van sbo of so naar een gewone "
            "basisschool (nu 17).",
            "Het percentage leerlingen in het so daalt van 2,1 naar 1,8 procent.",
        ]),
        ("p", "Hoe we deze ambities gaan volgen en met welke instrumenten, werken we uit in een "
              "kwaliteitskader dat later in de planperiode volgt."),
        ("h1", "Organisatie en financiën"),
        ("p", f"Het samenwerkingsverband werkt met een klein bureau en een netwerk van "
              f"consulenten en orthopedagogen die in de scholen werken. De middelen die wij "
              f"ontvangen, zetten we zo veel mogelijk in op de scholen en in de klas. Voor de "
              f"verdeling van de middelen en de meerjarenbegroting verwijzen wij naar bijlage 6. "
              f"De accountant controleert jaarlijks de jaarrekening."),
    ]
    b += governance(s) + samenwerking_scholen(s) + opr(s, ouders_leden=False) + oogo(s, True) + vervoer_huisvesting(s) + personeel(s) + ict_privacy(s, ouders=False) + landelijk(s, steunpunt=False)
    b += planning(s, [["2026-2027", "Notitie basisondersteuning; herijking aanbod extra ondersteuning"],
                      ["2027-2028", "Kwaliteitskader; vervanging applicatie"],
                      ["2028-2029", "Evaluatie Thuiszitterstafel"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += totstandkoming(s, ouders=False) + begrippen(s)
    labels = dict(
        sector="po",
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial",
                  "ouders": "missing"},
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
               "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"],
        advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'Basis- en extra ondersteuning' only says the old afspraken will be updated by a werkgroep in 2026-2027; glossary/TOC only.",
            "plaatsing": "Ch. 'Wanneer kan een kind naar het sbo of so?': criteria table present, procedure only referred to absent 'Handboek Toewijzing (bijlage 5)'.",
            "terugstroom": "Ch. 'Terug naar de basisschool': policy (aim, condition, terugkeerarrangement) + yearly OPP moment, actors, decision, evaluation, new TLV.",
            "financien": "Only 'verwijzen wij naar bijlage 6' in ch. 'Organisatie en financiën' plus passing 'middelen' and the accountant; nothing addressed.",
            "dekkend-aanbod": "Ch. 'Kinderen die thuiszitten' handles gaps (Thuiszitterstafel, escalation, zorgplicht, new group 2025); the continuum of extra support is 'in 2026 herijkt'.",
            "resultaten": "Ch. 'Onze ambities': three measurable goals; how they are monitored is deferred to a later kwaliteitskader.",
            "ouders": "No information channels and no independent help; OPR described without parents; 'ouders' only in passing (voorwoord, thuiszitters, terugkeer).",
        })
    return b, labels


# --------------------------------------------------------------------------------------------
# Near miss - school-level ondersteuningsplan of one basisschool, docx
# --------------------------------------------------------------------------------------------

def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026\nOBS De Vlinderhof, Lindenhoeve\nHoe wij zorg dragen voor ieder kind"),
         ("toc", ["1 Inleiding", "2 Onze ondersteuningsstructuur: vijf zorgniveaus",
                  "3 Groepsbesprekingen en leerlingbesprekingen", "4 Basisondersteuning op De Vlinderhof",
                  "5 Extra ondersteuning en arrangementen", "6 Samenwerking met het samenwerkingsverband",
                  "7 Ouders als partner", "8 Middelen en formatie", "9 Resultaten en evaluatie"]),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Vlinderhof de ondersteuning aan "
               "leerlingen organiseert in het schooljaar 2025-2026. Het plan is geschreven door "
               "het zorgteam en besproken met de medezeggenschapsraad van de school. Het is een "
               "werkdocument voor leerkrachten en vormt samen met ons schoolondersteuningsprofiel "
               "(SOP) de basis voor het handelen in de groepen. De school is aangesloten bij "
               "Samenwerkingsverband Samen op Weg PO."),
         ("h1", "Onze ondersteuningsstructuur: vijf zorgniveaus"),
         ("ul", ["Niveau 1: algemene zorg in de groep door de leerkracht.",
                 "Niveau 2: extra zorg in de groep, na signalering in de groepsbespreking.",
                 "Niveau 3: speciale zorg na leerlingbespreking met de intern begeleider.",
                 "Niveau 4: speciale zorg met inzet van externe deskundigen.",
                 "Niveau 5: verwijzing; aanvraag van een toelaatbaarheidsverklaring via het "
                 "samenwerkingsverband."]),
         ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de Cito-toetsen van januari en juni en in oktober, voert de "
               "intern begeleider met elke leerkracht een groepsbespreking. Daarin worden de "
               "groepsoverzichten en groepsplannen doorgenomen. Leerlingen die op niveau 3 of hoger "
               "zitten, worden besproken in de leerlingbespreking. Het zorgteam (directeur, IB'er, "
               "remedial teacher) komt elke zes weken bij elkaar."),
         ("h1", "Basisondersteuning op De Vlinderhof"),
         ("p", "Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. "
               "Op De Vlinderhof betekent dat onder meer: een dyslexieprotocol, een plusgroep op "
               "vrijdagochtend, de Kanjertraining in alle groepen en twee ochtenden remedial "
               "teaching per week. Het complete overzicht staat in ons SOP."),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, vraagt de IB'er in overleg met de ouders een "
               "arrangement aan bij het samenwerkingsverband. In 2024-2025 had de school vier "
               "arrangementen, waarvan twee voor gedrag en twee voor taal. Eén leerling is met een "
               "toelaatbaarheidsverklaring geplaatst op het sbo; een leerling uit het sbo is "
               "teruggeplaatst in groep 6."),
         ("h1", "Samenwerking met het samenwerkingsverband"),
         ("p", "De orthopedagoog van het samenwerkingsverband schuift zes keer per jaar aan bij het "
               "ondersteuningsteam. Voor een TLV-aanvraag volgt de school de procedure van het "
               "samenwerkingsverband. Het ondersteuningsplan van het samenwerkingsverband is te "
               "vinden op de website van het swv."),
         ("h1", "Ouders als partner"),
         ("p", "Ouders worden bij iedere stap betrokken. Na elke leerlingbespreking belt de "
               "leerkracht de ouders. Voor vragen over ondersteuning kunnen ouders terecht bij de "
               "intern begeleider, op dinsdag en donderdag. Ouders tekenen voor akkoord op het "
               "ontwikkelingsperspectief van hun kind."),
         ("h1", "Middelen en formatie"),
         ("p", "De school ontvangt van het bestuur een budget voor extra ondersteuning van ongeveer "
               "€ 38.000. Daarvan worden 0,5 fte remedial teaching en 12 uur onderwijsassistentie "
               "betaald. De IB'er heeft 0,6 fte."),
         ("h1", "Resultaten en evaluatie"),
         ("p", "Aan het einde van het schooljaar evalueert het zorgteam dit plan. We kijken naar de "
               "opbrengsten van de eindtoets, naar de resultaten van de groepsplannen en naar de "
               "tevredenheid van leerkrachten over de zorgstructuur. De uitkomsten gebruiken we voor "
               "het ondersteuningsplan van volgend jaar."),
         ]
    labels = dict(notes={"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, "
                                     "groepsbesprekingen, zorgteam, MR of the school) that only refers to the "
                                     "samenwerkingsverband's plan; not an SWV plan (no OPR, OOGO, verdeelmodel, planperiode of a verband)."})
    return b, labels


# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------

def _table_docx(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


def to_docx(blocks, path, header_text):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = "Versie definitief - vastgesteld na instemming OPR"
    n = 0
    for kind, *rest in blocks:
        val = rest[0] if rest else None
        if kind == "title":
            lines = val.split("\n")
            doc.add_heading(lines[0], level=0)
            for ln in lines[1:]:
                doc.add_paragraph(ln)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, ln in enumerate(val):
                doc.add_paragraph(f"{ln} .......... {3 + 2 * i}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            n += 1
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            _table_docx(doc, val)
    doc.core_properties.author = "holdout167"
    doc.save(str(path))


def to_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title></head><body>",
           '<header><nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Terugplaatsing</a> | '
           '<a href="#">Financi&euml;n</a> | <a href="#">Contact</a></nav></header><main>']
    for kind, *rest in blocks:
        val = rest[0] if rest else None
        if kind == "title":
            lines = val.split("\n")
            out.append(f"<h1>{e(lines[0])}</h1>")
            out += [f"<p class='sub'>{e(ln)}</p>" for ln in lines[1:]]
        elif kind == "toc":
            out.append("<nav class='toc'><h2>Inhoud</h2><ol>")
            out += [f"<li><a href='#h{i}'>{e(ln)}</a></li>" for i, ln in enumerate(val)]
            out.append("</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table border='1'>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for r in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out.append("</main><footer><p>&copy; 2026 Samenwerkingsverband De Wijde Kring - "
               "Ouder- en Jeugdsteunpunt | Basisondersteuning | Resultaten | Privacyverklaring</p>"
               "</footer></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout167_soffice_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, labels, plan=True):
    if plan:
        criteria = {c: (c not in labels["false"]) for c in CORE}
        data = {"documents": documents, "sector": labels["sector"], "looks_like_plan": True,
                "elements": labels["elements"], "criteria": criteria,
                "advisory_addressed": labels["advisory"], "notes": labels["notes"]}
        # consistency check of the status rule
        for el in ELEMENTS:
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            st = labels["elements"][el]
            if all(vals):
                assert st == "present", (name, el)
            elif any(vals) or labels["advisory"].get(el):
                assert st == "partial", (name, el)
            else:
                assert st == "missing", (name, el)
    else:
        data = {"documents": documents, "sector": "po", "looks_like_plan": False,
                "elements": {}, "criteria": {}, "notes": labels["notes"]}
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def words(blocks):
    n = 0
    for kind, *rest in blocks:
        v = rest[0] if rest else ""
        if isinstance(v, str):
            n += len(v.split())
        elif kind == "table":
            n += sum(len(c.split()) for r in v for c in r)
        else:
            n += sum(len(x.split()) for x in v)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout167_docx_"))
    try:
        # A: docx + pdf
        b, lab = plan_a()
        to_docx(b, OUT / "po-samen-op-weg.docx", f"Ondersteuningsplan {SA['periode']} | {SA['kort']} | "
                "basisondersteuning - toelaatbaarheid - terugplaatsing - middelen - ouders")
        docx_to_pdf(OUT / "po-samen-op-weg.docx", OUT / "po-samen-op-weg.pdf")
        write_label("po-samen-op-weg", ["po-samen-op-weg.docx", "po-samen-op-weg.pdf"], lab)
        print("A", words(b))
        # B: pdf only
        b, lab = plan_b()
        to_docx(b, tmp / "vo-rivierenland-dichtbij.docx", f"{SB['naam']} - Ondersteuningsplan {SB['periode']}")
        docx_to_pdf(tmp / "vo-rivierenland-dichtbij.docx", OUT / "vo-rivierenland-dichtbij.pdf")
        write_label("vo-rivierenland-dichtbij", ["vo-rivierenland-dichtbij.pdf"], lab)
        print("B", words(b))
        # C: html
        b, lab = plan_c()
        to_html(b, OUT / "po-de-wijde-kring.html", f"Ondersteuningsplan {SC['periode']} - {SC['naam']}")
        write_label("po-de-wijde-kring", ["po-de-wijde-kring.html"], lab)
        print("C", words(b))
        # D: docx
        b, lab = plan_d()
        to_docx(b, OUT / "vo-kust-en-polder.docx", f"{SD['naam']} | Ondersteuningsplan {SD['periode']} | "
                "ouders en leerlingen - resultaten - financiën")
        write_label("vo-kust-en-polder", ["vo-kust-en-polder.docx"], lab)
        print("D", words(b))
        # E: pdf only
        b, lab = plan_e()
        to_docx(b, tmp / "po-zonnewijzer.docx", f"{SE['naam']} - Ondersteuningsplan {SE['periode']} - "
                "basisondersteuning, financiën en ouders")
        docx_to_pdf(tmp / "po-zonnewijzer.docx", OUT / "po-zonnewijzer.pdf")
        write_label("po-zonnewijzer", ["po-zonnewijzer.pdf"], lab)
        print("E", words(b))
        # near miss: docx
        b, lab = near_miss()
        to_docx(b, OUT / "school-ondersteuningsplan-vlinderhof.docx", "OBS De Vlinderhof - ondersteuningsplan school")
        write_label("school-ondersteuningsplan-vlinderhof", ["school-ondersteuningsplan-vlinderhof.docx"],
                    lab, plan=False)
        print("NM", words(b))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
