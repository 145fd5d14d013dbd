#!/usr/bin/env python3
"""Generate the holdout234 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Writes into the folder above this script (Path(__file__).resolve().parent.parent).
Formats: .docx (python-docx), .pdf (rendered from a .docx with LibreOffice headless), .txt.
Each document gets a <name>.expected.yaml label file.
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
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

# ---------------------------------------------------------------------------
# Generic filler: text real plans contain, mentioning element words only in passing.
# Every function returns a list of blocks: ("h1"|"h2"|"p"|"table"|"bullets", payload)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Dit plan is het resultaat van "
              f"ruim een jaar gesprekken met schoolbesturen, directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, de ondersteuningsplanraad en de gemeenten {c['gemeenten']}. In die "
              f"gesprekken hebben we teruggekeken op wat goed ging en op wat beter kan, en vooruitgekeken naar "
              f"de komende vier schooljaren. Dat heeft geleid tot een plan dat, zo hopen wij, herkenbaar is voor "
              f"iedereen die in onze regio met onderwijs en ondersteuning te maken heeft."),
        ("p", "Passend onderwijs is geen project dat ooit af is. Elke dag opnieuw zoeken leraren, teams en "
              "besturen naar wat een leerling nodig heeft om zich te ontwikkelen. Middelen zijn daarbij nodig, "
              "maar nog belangrijker zijn tijd, vakmanschap en vertrouwen. Wij willen als samenwerkingsverband "
              "vooral faciliteren en verbinden: scholen doen het werk, wij zorgen dat zij dat zo goed mogelijk "
              "kunnen doen. Dat vraagt om korte lijnen, heldere afspraken en een cultuur waarin we elkaar "
              "aanspreken en van elkaar leren."),
        ("p", f"Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad "
              f"voor hun kritische en opbouwende vragen. Ik wens u veel leesplezier.\n\n{c['bestuurder']}, "
              f"directeur-bestuurder"),
    ]


def leeswijzer(c):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan bestaat uit een algemeen deel en een aantal thematische hoofdstukken. In het algemene "
              "deel beschrijven we de context van onze regio, onze missie en visie en de manier waarop we als "
              "organisatie zijn ingericht. De thematische hoofdstukken volgen grotendeels de indeling van de wet. "
              "Achter in het document staan een begrippenlijst en een lijst met afkortingen. Waar in de tekst "
              "wordt verwezen naar een jaarplan, gaat het om het jaarplan dat het bestuur elk voorjaar vaststelt "
              "en dat ter informatie aan de ondersteuningsplanraad wordt gestuurd."),
    ]


def context(c):
    rows = [["Gegeven", "Aantal (1 oktober 2025)"]] + c["kengetallen"]
    return [
        ("h1", "Onze regio"),
        ("p", f"{c['naam']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. In de regio zijn "
              f"{c['n_besturen']} schoolbesturen actief. De regio kent een mix van stedelijke kernen en "
              f"landelijke dorpen; de afstanden tussen scholen lopen op tot ruim twintig kilometer. Dat heeft "
              f"gevolgen voor leerlingenvervoer en voor de bereikbaarheid van specialistische voorzieningen."),
        ("p", "De bevolking in de regio groeit licht, maar het aantal leerlingen daalt de komende jaren naar "
              "verwachting nog met enkele procenten per jaar. Die krimp is niet overal gelijk: in de kernen "
              "blijft het aantal leerlingen stabiel, in de kleinere dorpen staan scholen onder druk. Besturen "
              "bereiden zich voor op fusies en samenwerkingsscholen. Ook het lerarentekort speelt in de regio, "
              "vooral in de stedelijke kernen en bij de speciale scholen."),
        ("table", rows),
        ("p", "Bron van deze gegevens zijn de teldatum-gegevens van DUO en de eigen registratie van het "
              "samenwerkingsverband. De cijfers zijn afgerond."),
    ]


def missie_visie(c):
    return [
        ("h1", "Missie en visie"),
        ("h2", "Missie"),
        ("p", f"{c['naam']} staat voor onderwijs dichtbij huis voor ieder kind en iedere jongere. Wij verbinden "
              f"besturen, scholen en partners zodat leerlingen, ouders en professionals weten waar zij aan toe "
              f"zijn. Ons motto is: ‘{c['motto']}’."),
        ("h2", "Visie"),
        ("p", "Wij gaan uit van de mogelijkheden van leerlingen, niet van hun beperkingen. Verschillen tussen "
              "leerlingen zien wij als een gegeven waar het onderwijs op inspeelt. Een school is een plek waar "
              "leerlingen zich veilig voelen, erbij horen en uitgedaagd worden. Leraren hebben daarvoor ruimte, "
              "ondersteuning en professionele vrijheid nodig. Wij geloven dat inclusiever onderwijs mogelijk is "
              "als scholen, speciale scholen en jeugdhulp hun kennis delen en elkaar opzoeken."),
        ("p", "Onze visie vertaalt zich in vijf kernwaarden: nabijheid, eigenaarschap, vakmanschap, "
              "transparantie en doelmatigheid. Nabijheid betekent dat we problemen zo dicht mogelijk bij de "
              "leerling oplossen. Eigenaarschap betekent dat het schoolbestuur verantwoordelijk blijft. "
              "Vakmanschap gaat over de kwaliteit van de professional. Transparantie betekent dat we uitleggen "
              "wat we doen en waarom. Doelmatigheid betekent dat we zorgvuldig met publieke middelen omgaan."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en bestuur"),
        ("p", f"{c['naam']} is een stichting. Alle schoolbesturen in de regio zijn aangesloten. Het bestuur "
              f"van de stichting is belegd bij een directeur-bestuurder; het intern toezicht bij een raad van "
              f"toezicht van vijf leden, van wie drie uit de kring van aangesloten besturen en twee onafhankelijk. "
              f"De algemene vergadering van schoolbesturen komt vier keer per jaar bijeen en stelt de hoofdlijnen "
              f"van beleid vast, waaronder dit ondersteuningsplan. De statuten bevatten een regeling voor "
              f"geschillen tussen de aangesloten besturen en het samenwerkingsverband."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt het bestuur. Het bureau is klein gehouden: "
              "de meeste expertise zit in de scholen. Het bureau voert de wettelijke taken uit, organiseert "
              "netwerken voor intern begeleiders en ondersteuningscoördinatoren, beheert de administratie en "
              "verzorgt de verantwoording aan de raad van toezicht. De raad van toezicht hanteert de Code Goed "
              "Bestuur van de sectorraad en evalueert jaarlijks het eigen functioneren."),
        ("p", "Scheiding van bestuur en toezicht is sinds 2021 volledig doorgevoerd. De rolverdeling tussen "
              "algemene vergadering, raad van toezicht en directeur-bestuurder is vastgelegd in een "
              "bestuursreglement en een toezichtkader. Belangenverstrengeling voorkomen we door een jaarlijkse "
              "opgave van nevenfuncties en door een onafhankelijke voorzitter van de raad van toezicht."),
    ]


def medezeggenschap(c, met_ouders=True):
    blocks = [("h1", "Medezeggenschap"),
              ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) en een eigen "
                    "medezeggenschapsraad voor het personeel van het bureau. De OPR heeft instemmingsrecht op "
                    "het ondersteuningsplan en op wijzigingen daarvan. De OPR komt zes keer per jaar bijeen en "
                    "heeft een eigen huishoudelijk reglement. Het bestuur voert minimaal twee keer per jaar "
                    "overleg met de OPR over de algemene gang van zaken.")]
    if met_ouders:
        blocks.append(("p", "In de OPR hebben evenveel ouders als personeelsleden zitting; zij worden "
                            "afgevaardigd vanuit de medezeggenschapsraden van de scholen. Ouders in de OPR "
                            "brengen het perspectief van gezinnen in en worden vroeg in de beleidscyclus "
                            "betrokken, niet pas op het moment van instemming."))
    blocks.append(("p", f"De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. De OPR ontvangt "
                        f"jaarlijks een scholingsbudget en wordt ondersteund door een ambtelijk secretaris."))
    return blocks


def oogo_procedure(c):
    return [
        ("h2", "Op overeenstemming gericht overleg"),
        ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
              f"colleges van burgemeester en wethouders van de gemeenten {c['gemeenten']}. Het OOGO is gevoerd "
              f"op {c['oogo_datum']} en afgerond zonder geschil. Daarnaast is het plan besproken met het "
              f"samenwerkingsverband {c['ander_swv']}, waarvan het gebied het onze overlapt. Het plan is vóór "
              f"1 mei 2026 aan de inspectie van het onderwijs toegezonden."),
    ]


def ketenpartners(c):
    return [
        ("h2", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Met de gemeenten hebben we afgesproken dat elke school een vaste contactpersoon heeft vanuit het "
              "lokale jeugdteam, die minimaal eens per zes weken aanschuift bij het ondersteuningsteam van de "
              "school. Onderwijs-zorgarrangementen, waarin onderwijs en jeugdhulp samen één plan uitvoeren, "
              "worden per leerling afgesproken in een gezamenlijk overleg van school, jeugdteam en ouders. "
              "Leerlingenvervoer en onderwijshuisvesting zijn vaste agendapunten in het "
              "bestuurlijk overleg met de wethouders."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en deskundigheid"),
        ("p", f"Het bureau van het samenwerkingsverband heeft een formatie van {c['fte']} fte. Daarin zitten "
              f"de directeur-bestuurder, een beleidsmedewerker, een controller (gedeeld met een ander "
              f"samenwerkingsverband), een secretariaat en een team van orthopedagogen en "
              f"ondersteuningsadviseurs. Alle medewerkers vallen onder de cao van de sector. Het "
              f"samenwerkingsverband heeft een strategisch personeelsbeleid dat jaarlijks wordt geactualiseerd."),
        ("p", "Deskundigheidsbevordering van leraren is primair de verantwoordelijkheid van de schoolbesturen. "
              "Het samenwerkingsverband organiseert aanvullend bovenschoolse netwerkbijeenkomsten, een jaarlijkse "
              "studiedag en intervisie voor intern begeleiders en ondersteuningscoördinatoren. Thema's voor de "
              "komende periode zijn onder meer gedrag, executieve functies, meertaligheid en het werken met "
              "het ontwikkelingsperspectief. Ook zetten we in op het behoud van gespecialiseerde leraren voor "
              "het speciaal onderwijs, omdat daar het personeelstekort het grootst is."),
        ("p", "Bij de inzet van personeel op arrangementen geldt dat het personeel in dienst blijft van het "
              "schoolbestuur. Het samenwerkingsverband is geen werkgever van leraren. Wel kan het bureau tijdelijk "
              "een ambulant begeleider of orthopedagoog detacheren bij een school."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
              "toelaatbaarheidsverklaringen en arrangementen. Dat gebeurt in een beveiligde digitale omgeving "
              "waarin scholen aanvragen indienen en dossiers delen. Er is een functionaris gegevensbescherming "
              "aangesteld, gedeeld met twee andere samenwerkingsverbanden. Het verwerkingsregister en het "
              "privacyreglement worden jaarlijks bijgewerkt."),
        ("p", "Gegevens over gezondheid verwerken we alleen als dat nodig is voor de wettelijke taken. Dossiers "
              "worden niet langer bewaard dan drie jaar na het besluit, tenzij een wettelijke bepaling anders "
              "voorschrijft. Medewerkers volgen tweejaarlijks een training informatiebeveiliging. Bij een "
              "datalek volgen we het protocol van de Autoriteit Persoonsgegevens."),
        ("p", "Voor de communicatie met scholen gebruiken we een beveiligde samenwerkingsomgeving. De website "
              "van het samenwerkingsverband wordt in 2026 vernieuwd en voldoet aan de toegankelijkheidseisen "
              "voor overheidswebsites."),
    ]


def kwaliteit_organisatie(c):
    return [
        ("h1", "Kwaliteit van de organisatie"),
        ("p", "Het samenwerkingsverband werkt met een planning-en-controlcyclus: in het voorjaar stelt het "
              "bestuur een jaarplan en een begroting vast, in het najaar volgt een tussenrapportage en in juni "
              "het jaarverslag. De raad van toezicht ontvangt drie keer per jaar een managementrapportage. "
              "Intern evalueren we werkprocessen van het bureau, zoals de doorlooptijd van de administratie en "
              "de tevredenheid van scholen over de bereikbaarheid van het bureau."),
        ("p", "Klachten over het handelen van medewerkers van het samenwerkingsverband kunnen worden ingediend "
              "bij de directeur-bestuurder; daarna is de landelijke klachtencommissie van de sector bevoegd. In "
              "de afgelopen planperiode zijn twee klachten ingediend; beide zijn in een gesprek opgelost."),
    ]


def planning(c, extra_rows=None):
    rows = [["Periode", "Activiteit"],
            ["najaar 2026", "Nieuwe website en vernieuwd aanvraagportaal in gebruik"],
            ["voorjaar 2027", "Eerste jaarplan onder dit ondersteuningsplan"],
            ["2027-2028", "Tussentijdse evaluatie met besturen en OPR"],
            ["voorjaar 2030", "Voorbereiding nieuw ondersteuningsplan, OOGO en instemming OPR"]]
    if extra_rows:
        rows[1:1] = extra_rows
    return [
        ("h1", "Planning en cyclus"),
        ("p", "Dit plan is geschreven voor vier schooljaren. Elk jaar vertalen we het plan naar een jaarplan "
              "met activiteiten. Onderstaand overzicht geeft de belangrijkste mijlpalen in de planperiode."),
        ("table", rows),
        ("p", "Wijzigingen van dit plan tijdens de planperiode leggen we voor aan de ondersteuningsplanraad. "
              "Kleine, technische aanpassingen, zoals gewijzigde adressen of namen, verwerken we zonder "
              "instemmingsprocedure en melden we in het jaarverslag."),
    ]


def huisvesting_vervoer(c):
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", "Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Het "
              "samenwerkingsverband brengt in het integraal huisvestingsoverleg in welke ruimte speciale "
              "voorzieningen nodig hebben, bijvoorbeeld prikkelarme ruimtes of een time-outvoorziening. "
              "Leerlingenvervoer is een gemeentelijke taak; het samenwerkingsverband heeft hierin geen "
              "beslissende rol. Wel signaleren we knelpunten, zoals lange reistijden naar speciale scholen, "
              "en bespreken we die met de gemeenten."),
    ]


def wettelijk_kader(c):
    po = c.get("sector", "po") == "po"
    art = "artikel 18a van de Wet op het primair onderwijs" if po else "de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)"
    return [
        ("h2", "Wettelijk kader"),
        ("p", f"Het samenwerkingsverband is op grond van {art} verplicht om ten minste eens in de vier jaar "
              f"een ondersteuningsplan vast te stellen. De wet schrijft voor dat het plan in elk geval beschrijft "
              f"hoe een samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de "
              f"basisondersteuning op iedere school; de procedure en criteria voor de verdeling en besteding van "
              f"de middelen; de procedure en criteria voor toelaatbaarheid; het beleid voor terugplaatsing; de "
              f"beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd, ook over "
              f"onafhankelijke ondersteuningsmogelijkheden. Het plan wordt pas vastgesteld na op "
              f"overeenstemming gericht overleg met de gemeenten en na instemming van de "
              f"ondersteuningsplanraad, en wordt vóór 1 mei aan de inspectie gezonden."),
        ("p", "Naast de wet zijn de statuten van de stichting, het bestuursreglement en de afspraken met de "
              "gemeenten richtinggevend. Waar dit plan afwijkt van eerdere afspraken, gaat dit plan voor."),
    ]


def terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van het bouwen van een stevige, wendbare organisatie. "
              "Het loket is gecentraliseerd en werkt sinds 2023 met een digitaal aanvraagportaal. Scholen "
              "waarderen de kortere lijnen en de snellere reactie op vragen. Het netwerk van intern begeleiders "
              "en ondersteuningscoördinatoren is uitgegroeid tot een plek waar scholen elkaar opzoeken en "
              "casuïstiek bespreken. Ook de samenwerking tussen besturen onderling is verbeterd: er is meer "
              "vertrouwen en meer bereidheid om elkaar te helpen."),
        ("p", "Er waren ook lessen. Het vorige plan was op onderdelen te algemeen, waardoor scholen en "
              "bestuurders er in de praktijk weinig houvast aan hadden. De OPR heeft daar terecht op gewezen. "
              "Ook merkten we dat communicatie vanuit het bureau niet altijd de werkvloer bereikte. In dit "
              "plan hebben we daarom geprobeerd helderder te zijn over wie wat doet. De evaluatie van het "
              "vorige plan is besproken met de besturen, de directeuren en de OPR in het najaar van 2025."),
        ("p", "Tot slot heeft de coronaperiode en de nasleep daarvan veel van scholen gevraagd. Leerkrachten "
              "hebben zich enorm ingezet. Die inzet verdient waardering, en het is ook een reden om zuinig te "
              "zijn op de belastbaarheid van teams bij nieuwe plannen."),
    ]


def inclusie(c):
    return [
        ("h2", "Op weg naar inclusiever onderwijs"),
        ("p", "De landelijke beweging naar inclusiever onderwijs raakt ook onze regio. Het kabinet heeft de "
              "ambitie uitgesproken dat in 2035 meer kinderen samen naar school gaan, ongeacht hun "
              "ondersteuningsbehoefte. Wij omarmen die richting, maar zijn ook realistisch: inclusie vraagt "
              "om gebouwen, deskundigheid en tijd die niet overal aanwezig zijn. Wij zien het als een "
              "beweging die we stap voor stap maken, samen met de scholen voor speciaal onderwijs, die hun "
              "kennis steeds meer delen met reguliere scholen."),
        ("p", "In de gesprekken over dit plan is vaak gezegd dat inclusie begint bij de houding van de "
              "professional en bij de cultuur van een school. Regels en budgetten helpen, maar het verschil "
              "wordt gemaakt in de klas. Daarom investeren wij in ontmoeting en kennisdeling, en vragen wij "
              "besturen om in hun strategisch beleid aandacht te geven aan inclusief onderwijs."),
    ]


def doorgaande_lijn(c):
    if c.get("sector", "po") == "po":
        txt = ("De overstap van het primair naar het voortgezet onderwijs is een kwetsbaar moment. Met het "
               "samenwerkingsverband voor voortgezet onderwijs in onze regio is afgesproken dat basisscholen "
               "uiterlijk in februari het onderwijskundig rapport overdragen via het digitale overdrachtssysteem, "
               "en dat er een gezamenlijke overdrachtsmiddag is voor intern begeleiders en mentoren. Ook de "
               "overgang van voorschoolse voorzieningen naar groep 1 krijgt aandacht: met de kinderopvang en "
               "peuteropvang maken we afspraken over een warme overdracht.")
    else:
        txt = ("De overstap van het primair naar het voortgezet onderwijs en van het voortgezet onderwijs naar "
               "het mbo zijn kwetsbare momenten. Met de samenwerkingsverbanden primair onderwijs is afgesproken "
               "dat het onderwijskundig rapport uiterlijk in februari wordt overgedragen. Met de mbo-instellingen "
               "in de regio organiseren we jaarlijks een overdrachtsdag, en in de regionale aanpak voortijdig "
               "schoolverlaten werken we samen met de gemeenten aan de aansluiting op werk en "
               "vervolgonderwijs, in het bijzonder voor leerlingen uit het praktijkonderwijs.")
    return [("h1", "Doorgaande lijnen"), ("p", txt),
            ("p", "Voor alle overgangen geldt dat de leerling centraal staat en dat informatie alleen wordt "
                  "gedeeld als dat nodig is en volgens de afspraken in het privacyreglement.")]


def communicatie_scholen(c):
    return [
        ("h2", "Communicatie met besturen en scholen"),
        ("p", "Het bureau stuurt zes keer per jaar een digitale nieuwsbrief aan directeuren, intern begeleiders "
              "en ondersteuningscoördinatoren. Bestuurders ontmoeten elkaar in het bestuurdersoverleg, dat "
              "tweemaandelijks plaatsvindt. Elk najaar organiseren we een regiobijeenkomst voor alle scholen, "
              "met workshops en een thema dat aansluit bij de actualiteit. Vragen van scholen worden binnen "
              "twee werkdagen beantwoord."),
    ]


def werkdruk(c):
    return [
        ("h1", "Werkdruk en duurzame inzetbaarheid"),
        ("p", "Leraren en ondersteuners in onze regio ervaren een hoge werkdruk. Uit de "
              "medewerkerstevredenheidsonderzoeken van de besturen blijkt dat vooral de administratieve last "
              "rond aanvragen en verslaglegging als zwaar wordt ervaren. Het samenwerkingsverband wil daar "
              "niet aan bijdragen. Wij hanteren daarom het principe ‘eenmalig vragen, meervoudig gebruiken’: "
              "gegevens die een school al heeft vastgelegd, vragen wij niet opnieuw op. Formulieren worden "
              "jaarlijks doorgelicht en waar mogelijk ingekort."),
        ("p", "Daarnaast ondersteunen wij de besturen bij het werven en behouden van intern begeleiders en "
              "ondersteuningscoördinatoren, onder meer met een gezamenlijke vacaturesite, een "
              "inwerkprogramma voor nieuwe collega's en een mentorprogramma met ervaren collega's uit de regio. "
              "Voor de medewerkers van het bureau zelf geldt een eigen beleid voor duurzame inzetbaarheid, "
              "met aandacht voor vitaliteit, scholing en loopbaanontwikkeling."),
    ]


def integriteit(c):
    return [
        ("h2", "Integriteit en maatschappelijke verantwoording"),
        ("p", "Het samenwerkingsverband heeft een integriteitscode en een regeling voor het melden van "
              "vermoedens van misstanden. Medewerkers en bestuurders ondertekenen de code bij indiensttreding. "
              "Jaarlijks bespreekt de raad van toezicht met de directeur-bestuurder de naleving. Wij publiceren "
              "ons jaarverslag, de samenstelling van bestuur en toezicht en de nevenfuncties op onze website. "
              "Bij inkoop van diensten volgen we de regels voor aanbesteding en kiezen we waar mogelijk voor "
              "regionale en duurzame partners."),
    ]


def begrippen(c, items):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + items)]


def afkortingen(c, items):
    return [("h1", "Lijst van afkortingen"), ("table", [["Afkorting", "Betekenis"]] + items)]


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("toc", entries)]


# ---------------------------------------------------------------------------
# Plan 1: PO, .docx. B present, P partial (criteria missing), T present (inside TLV chapter),
# F present (under "Geld en middelen", partly in a table), D partial (lacunes missing),
# R missing, O present (inside "Communicatie").
# ---------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Lingewaard-Betuwe", code="PO 25-11", sector="po",
             periode="2026-2030", gemeenten="Lingeveld, Betuwehof en Rijnwaarde", n_besturen=9,
             bestuurder="drs. H.J. (Hanneke) van Wijk", motto="Samen sterk, dichtbij",
             opr_datum="18 maart 2026", oogo_datum="4 maart 2026", ander_swv="VO Betuwe-Rijn (VO 25-12)",
             fte="9,4",
             kengetallen=[["Basisscholen", "41"], ["Scholen voor speciaal basisonderwijs", "2"],
                          ["Scholen voor (voortgezet) speciaal onderwijs cluster 3 en 4", "3"],
                          ["Leerlingen basisonderwijs", "10.870"], ["Leerlingen sbo", "298"],
                          ["Leerlingen so (regio)", "231"]])
    B = []
    B += toc(["Voorwoord", "1 Onze regio", "2 Missie en visie", "3 Basisondersteuning",
              "4 Extra ondersteuning en arrangementen", "5 Toelaatbaarheid en terugplaatsing",
              "6 Geld en middelen", "7 Communicatie", "8 Resultaten en kwaliteit", "9 Organisatie en bestuur",
              "10 Medezeggenschap", "11 Personeel", "12 ICT en privacy", "13 Planning",
              "Begrippenlijst", "Lijst van afkortingen"])
    B += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + terugblik(c) + context(c) + missie_visie(c) + inclusie(c)
    B += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle besturen in ons samenwerkingsverband hebben afgesproken welk niveau van ondersteuning elke "
              "basisschool, op iedere vestiging, ten minste biedt. Dit afgesproken minimum noemen we de "
              "basisondersteuning. Het is de ondergrens: een school mag meer bieden, maar niet minder. Voor een "
              "leerling betekent het dat de ondersteuning hieronder altijd beschikbaar is, zonder aanvraag bij "
              "het samenwerkingsverband en zonder dat daarvoor een arrangement nodig is."),
        ("p", "Wat een ouder op iedere school in onze regio mag verwachten:"),
        ("bullets", [
            "een intern begeleider met minimaal één dag per week per 150 leerlingen beschikbaar voor ondersteuning;",
            "een ondersteuningsteam dat minimaal zes keer per jaar leerlingen bespreekt, met de ouders erbij;",
            "een aanpak voor dyslexie volgens het landelijke protocol en een aanpak voor ernstige rekenproblemen;",
            "een gedragsaanpak op schoolniveau (bijvoorbeeld PBS of een vergelijkbaar programma) en een "
            "anti-pestprogramma;",
            "aanbod voor meer- en hoogbegaafde leerlingen binnen de groep, waaronder verrijkingsmateriaal en een "
            "plusgroep of plusklas op bovenschools niveau van het eigen bestuur;",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt;",
            "de mogelijkheid om binnen zes weken een orthopedagoog van het samenwerkingsverband te consulteren;",
            "een toegankelijk gebouw of aantoonbaar een afspraak met een nabije school die dat wel is."]),
        ("p", "Scholen beschrijven in hun schoolgids hoe zij deze basisondersteuning invullen. Het "
              "samenwerkingsverband bespreekt elk jaar met ieder bestuur een kwaliteitskaart per school; "
              "wanneer een school op onderdelen onder het afgesproken niveau blijft, maken bestuur en "
              "samenwerkingsverband een verbeterafspraak met een termijn van uiterlijk één schooljaar."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Boven de basisondersteuning kent ons samenwerkingsverband drie lagen. In de eerste laag zet de "
              "school zelf extra ondersteuning in, betaald uit het schoolbudget, bijvoorbeeld een "
              "onderwijsassistent of een kleine leesgroep. In de tweede laag vraagt de school een "
              "bovenschools arrangement aan: ambulante begeleiding door een specialist van het so, "
              "een taalklas voor nieuwkomers, of een tijdelijke plaats in de observatiegroep in Rijnwaarde. "
              "In de derde laag gaat het om een plaats op een school voor speciaal basisonderwijs of speciaal "
              "onderwijs. Tussen de lagen bestaan geen harde schotten: een leerling met een arrangement blijft "
              "ingeschreven op de eigen school, en speciale scholen bieden hun expertise ook aan reguliere scholen."),
        ("table", [["Laag", "Wat", "Waar", "Aanvraag"],
                   ["Basis", "Basisondersteuning", "Elke school", "Geen"],
                   ["Extra (school)", "Inzet uit schoolbudget", "Eigen school", "Besluit school"],
                   ["Extra (bovenschools)", "Arrangement: ambulante begeleiding, taalklas, observatiegroep",
                    "Eigen school of bovenschoolse locatie", "Aanvraag bij loket SWV"],
                   ["Specialistisch", "Sbo of so", "De Regenboog, De Linde (sbo); so-scholen", "TLV"]]),
        ("p", "Of ons aanbod in de hele regio voldoende dekkend is, hebben we in de vorige periode niet "
              "systematisch onderzocht. Het vraagstuk van thuiszitters komt in het overleg met de gemeenten "
              "regelmatig terug. Een inventarisatie van plekken waar het aanbod tekortschiet, staat op de "
              "agenda van het eerste jaarplan; de uitkomsten en eventuele maatregelen leggen we te zijner tijd "
              "aan de OPR voor."),
        ("h1", "Toelaatbaarheid en terugplaatsing"),
        ("h2", "De aanvraag"),
        ("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven vraagt de "
              "toelaatbaarheidsverklaring (TLV) aan bij het loket van het samenwerkingsverband. De aanvraag "
              "gaat via het digitale portaal en bevat het OPP, het verslag van het laatste "
              "ondersteuningsteam en de zienswijze van de ouders. Stap 1: het loket controleert binnen vijf "
              "werkdagen of de aanvraag volledig is. Stap 2: twee deskundigen, een orthopedagoog of psycholoog "
              "en een tweede deskundige (bijvoorbeeld een maatschappelijk werker of jeugdarts), geven ieder "
              "een eigen schriftelijk advies. Stap 3: de commissie toelaatbaarheid neemt namens de "
              "directeur-bestuurder binnen zes weken na ontvangst van de volledige aanvraag een besluit. "
              "Stap 4: ouders en school ontvangen het besluit met een afschrift van de adviezen."),
        ("p", "De criteria op grond waarvan de commissie een leerling toelaatbaar acht, worden in het schooljaar "
              "2026-2027 samen met de speciale scholen herijkt en daarna vastgesteld. Tot die tijd beslist de "
              "commissie per leerling op basis van het dossier."),
        ("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren, een TLV voor het so voor twee of "
              "drie schooljaren, in categorie laag, midden of hoog. Ouders die het niet eens zijn met een "
              "besluit kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband; de bezwaren worden "
              "voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "Afloop van de TLV en terugkeer"),
        ("p", "Een TLV is geen eindstation. Wij vinden dat een leerling terug moet kunnen naar een reguliere "
              "basisschool zodra de ondersteuning die hij nodig heeft daar geboden kan worden. Ons doel is dat "
              "terugkeer een normale, voorbereide stap is, en geen uitzondering. Voorwaarde is dat de "
              "ontvangende school de ondersteuning uit het OPP kan bieden, zo nodig met een arrangement."),
        ("p", "Uiterlijk in januari van het laatste jaar van de TLV bespreekt de sbo- of so-school met ouders "
              "en het loket of de leerling kan terugkeren. Bij elke jaarlijkse OPP-evaluatie is "
              "terugplaatsing een vast gespreksonderwerp. De speciale school neemt het initiatief en stelt met "
              "de ontvangende basisschool een overdrachtsplan op; de ontvangende school en de ouders beslissen "
              "samen over de plaatsing. Is verlenging nodig, dan vraagt de speciale school vóór 1 april een "
              "nieuwe TLV aan. Na terugkeer krijgt de basisschool een jaar lang een terugkeerarrangement: "
              "ambulante begeleiding vanuit de speciale school en een evaluatie na drie en na twaalf maanden."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
              "Na aftrek van de wettelijke afdrachten aan het sbo en so verdelen we de middelen als volgt. "
              "Elke school ontvangt een schoolbudget van € 185 per leerling (teldatum 1 oktober), met een "
              "vaste voet van € 12.000 per vestiging. Scholen met een hoog aandeel leerlingen met een "
              "onderwijsachterstandsscore ontvangen een opslag van € 40 per leerling. Bovenschoolse "
              "arrangementen worden per leerling toegekend door het loket, op aanvraag van de school, met een "
              "normbedrag per type arrangement (ambulante begeleiding € 4.200 per schooljaar; taalklas "
              "€ 6.500; observatiegroep € 9.800)."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte en zware ondersteuning", "11.940", "11.810", "11.650", "11.520"],
                   ["Afdracht sbo en so (groei en TLV's)", "5.320", "5.260", "5.210", "5.150"],
                   ["Schoolbudgetten", "2.560", "2.530", "2.500", "2.470"],
                   ["Bovenschoolse arrangementen", "1.980", "1.980", "1.950", "1.930"],
                   ["Observatiegroep en taalklas", "890", "890", "880", "870"],
                   ["Bureau en loket", "1.050", "1.060", "1.070", "1.080"],
                   ["Resultaat", "140", "90", "40", "20"]]),
        ("p", "Het weerstandsvermogen ligt eind 2025 op 9 procent van de baten, binnen de signaleringswaarde. "
              "Scholen leggen jaarlijks in een korte verantwoording vast waaraan het schoolbudget is besteed; "
              "het bureau bespreekt die verantwoording in het jaargesprek met het bestuur."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "besturen via het bestuurdersoverleg, met scholen via een nieuwsbrief en met de gemeenten via "
              "het bestuurlijk overleg."),
        ("p", "Ouders informeren we via drie kanalen. Op de website staat per school welke basisondersteuning "
              "en welke extra ondersteuning die school biedt, met een link naar de schoolgids. Elke school "
              "reikt bij aanmelding de ouderfolder ‘Passend onderwijs in de Betuwe’ uit, waarin staat hoe "
              "arrangementen en TLV's werken. Twee keer per jaar organiseren we een ouderavond in de regio."),
        ("p", "Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het ouder- en "
              "jeugdsteunpunt van het samenwerkingsverband. Het steunpunt werkt los van het loket en is "
              "bemenst door een ervaringsdeskundige ouder en een onafhankelijk adviseur; bij onenigheid "
              "verwijst het steunpunt naar de onderwijsconsulenten en naar de geschillencommissie passend "
              "onderwijs. Ouders hebben hoorrecht bij het opstellen van het OPP."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "In de vorige periode hebben we veel bereikt, zoals beschreven in onze jaarverslagen. In dit "
              "plan kiezen we ervoor om de beoogde resultaten niet vooraf vast te leggen; zij worden in het "
              "eerste jaarplan, in het voorjaar van 2027, geformuleerd. Ook de manier waarop we de resultaten "
              "gaan volgen, werken we dan uit."),
    ]
    B += doorgaande_lijn(c) + communicatie_scholen(c) + governance(c) + medezeggenschap(c, True) + oogo_procedure(c) + personeel(c) + ict_privacy(c)
    B += kwaliteit_organisatie(c) + huisvesting_vervoer(c) + planning(c)
    B += begrippen(c, [
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat elke leerling een passende plek heeft."],
        ["Resultaten", "De beoogde en bereikte effecten van passend onderwijs voor leerlingen."],
        ["Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het reguliere basisonderwijs."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren."]])
    B += afkortingen(c, [["OPP", "Ontwikkelingsperspectief"], ["TLV", "Toelaatbaarheidsverklaring"],
                         ["OPR", "Ondersteuningsplanraad"], ["OOGO", "Op overeenstemming gericht overleg"],
                         ["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"],
                         ["IB", "Intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"]])
    label = dict(
        sector="po",
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. Basisondersteuning: agreed minimum for every vestiging plus bulleted concrete content; kwaliteitskaart = borging.",
            "plaatsing": "Ch. Toelaatbaarheid en terugplaatsing: steps 1-4, commissie, termijnen; criteria deferred ('worden in 2026-2027 herijkt'), so criteria false.",
            "terugstroom": "Hidden inside the TLV chapter (sub-heading 'Afloop van de TLV en terugkeer'): policy/aim/conditions and steps with actors, moments, terugkeerarrangement.",
            "financien": "Under 'Geld en middelen': per-leerling bedrag, vaste voet, normbedragen arrangementen, meerjarenbegroting table; reserves and verantwoording too.",
            "dekkend-aanbod": "Continuum in ch. Extra ondersteuning (layers + table); gaps/thuiszitters only passing mention and deferral to first jaarplan.",
            "resultaten": "Ch. Resultaten en kwaliteit only defers goals and monitoring to jaarplan 2027; term in begrippenlijst only.",
            "ouders": "Inside 'Communicatie': website per school, ouderfolder, ouderavonden; ouder- en jeugdsteunpunt, onderwijsconsulenten."},
    )
    return "po-lingewaard-betuwe", c, B, label


# ---------------------------------------------------------------------------
# Plan 2: PO, .pdf. B partial (inhoud only in absent annex), P present (criteria in a table),
# T missing (TOC/glossary only), F partial (besteding p.m.), D present, R present, O partial (steunpunt missing).
# ---------------------------------------------------------------------------

def plan2():
    c = dict(naam="Stichting Samenwerkingsverband Kempenland Primair", code="PO 30-08", sector="po", periode="2026-2030",
             gemeenten="Kempendal, Bergeijkhoven, Eersel-Oost en Veldhoven-Zuid", n_besturen=7,
             bestuurder="M. (Marco) Peeters MEd", motto="Ieder kind telt mee",
             opr_datum="25 maart 2026", oogo_datum="11 maart 2026", ander_swv="VO Kempen (VO 30-09)", fte="7,2",
             kengetallen=[["Basisscholen", "33"], ["Sbo-scholen", "1"], ["So-scholen in of nabij de regio", "4"],
                          ["Leerlingen basisonderwijs", "7.915"], ["Leerlingen sbo", "176"],
                          ["Leerlingen so met TLV van ons swv", "142"]])
    B = []
    B += toc(["Voorwoord", "1 Onze regio", "2 Missie en visie", "3 Ondersteuning in de regio",
              "4 Toewijzing van speciale onderwijsplekken", "5 Terugplaatsing naar het basisonderwijs (zie bijlage 5)",
              "6 Financiën", "7 Opbrengsten en ambities", "8 Ouders", "9 Organisatie", "10 Planning",
              "Bijlagen", "Begrippenlijst"])
    B += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + terugblik(c) + context(c) + missie_visie(c) + inclusie(c)
    B += [
        ("h1", "Ondersteuning in de regio"),
        ("h2", "Basisondersteuning"),
        ("p", "De besturen hebben vastgesteld dat iedere school en iedere vestiging van een school in "
              "Kempenland ten minste hetzelfde niveau van basisondersteuning biedt. Dit niveau is voor alle "
              "scholen gelijk en is bindend; het vormt de ondergrens waarop ouders mogen rekenen. De concrete "
              "onderdelen van de basisondersteuning zijn opgenomen in de kwaliteitskaart basisondersteuning "
              "(bijlage 2), die voor iedere school geldt."),
        ("h2", "Van basis naar specialistisch"),
        ("p", "Het ondersteuningsaanbod in Kempenland is opgebouwd als een continuüm. Wat een school niet "
              "binnen de basisondersteuning kan bieden, wordt aangevuld met extra ondersteuning op de eigen "
              "school via een arrangement, en zo nodig met een plek in een bovenschoolse voorziening of in "
              "het speciaal (basis)onderwijs. De voorzieningen zijn:"),
        ("table", [["Voorziening", "Voor wie", "Plaatsen"],
                   ["Arrangement op eigen school (begeleiding, materiaal, handen in de klas)", "Leerlingen met een ondersteuningsvraag die de basis overstijgt", "op maat"],
                   ["Kempenklas (deeltijd, gedrag)", "Groep 4-8, gedrags- en werkhoudingsproblemen", "24"],
                   ["Taalschakelklas", "Nieuwkomers, eerste jaar in Nederland", "30"],
                   ["Plusklas hoogbegaafdheid (één dag per week)", "Groep 5-8", "60"],
                   ["Sbo De Kempenaar", "Leerlingen met TLV sbo", "190"],
                   ["So cluster 3 en 4 (De Boog, De Wissel)", "Leerlingen met TLV so", "n.v.t."]]),
        ("h2", "Dekkend aanbod en thuiszitters"),
        ("p", "Het samenwerkingsverband brengt elk jaar in februari in kaart voor welke leerlingen geen "
              "passende plek beschikbaar is. Scholen melden iedere leerling die langer dan vier weken "
              "niet of gedeeltelijk naar school gaat bij het thuiszittersoverleg, dat maandelijks plaatsvindt "
              "met de leerplichtambtenaar en het jeugdteam. Binnen twee weken na melding wordt een "
              "casusregisseur aangewezen die een plan maakt. Zo bewaken we de zorgplicht: het bestuur van de "
              "school van aanmelding blijft verantwoordelijk tot er een passende plek is. Waar de inventarisatie "
              "laat zien dat een type voorziening ontbreekt, zoals in 2024 voor jonge kinderen met ernstig "
              "gedrag, ontwikkelen we samen met so en jeugdhulp een nieuw aanbod; zo is in 2025 de "
              "Kempenklas gestart."),
    ] + ketenpartners(c) + [
        ("h1", "Toewijzing van speciale onderwijsplekken"),
        ("p", "Een plek in het sbo of so vraagt een toelaatbaarheidsverklaring (TLV). De aanvraag wordt "
              "ingediend door het bestuur van de school waar de leerling is ingeschreven (of, bij een "
              "nieuwe leerling, waar hij is aangemeld). Het bureau zorgt dat twee onafhankelijke deskundigen "
              "advies uitbrengen, van wie één orthopedagoog of psycholoog is. Het besluit neemt de "
              "directeur-bestuurder, op advies van de Commissie Toewijzing, binnen vier weken na een volledige "
              "aanvraag. Bij spoed kan dat binnen vijf werkdagen."),
        ("p", "De commissie hanteert onderstaande criteria. Een leerling is toelaatbaar als aan alle vier is "
              "voldaan."),
        ("table", [["Criterium", "Toelichting", "Sbo", "So"],
                   ["1. Handelingsgericht traject doorlopen", "Minimaal twee cycli HGW met evaluatie in OPP", "ja", "ja"],
                   ["2. Ondersteuningsbehoefte overstijgt basis + arrangement", "Onderbouwd door ondersteuningsteam", "ja", "ja"],
                   ["3. Leerling heeft behoefte aan een intensief, permanent aangepast klimaat", "Groepsgrootte < 16 of structurele 1-op-1 momenten", "nee", "ja"],
                   ["4. Perspectief op ontwikkeling in de gevraagde setting", "Onderbouwd in het deskundigenadvies", "ja", "ja"]]),
        ("p", "De TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV so geldt twee jaar. "
              "Tegen het besluit kan bezwaar worden gemaakt; het samenwerkingsverband is aangesloten bij de "
              "Landelijke Bezwaaradviescommissie."),
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband verdeelt de middelen volgens een verdeelmodel dat uitgaat van "
              "schoolbudgetten. Iedere school ontvangt € 160 per leerling op de teldatum. Arrangementen worden "
              "toegekend door de Commissie Toewijzing tegen een vast tarief van € 3.900 per leerling per "
              "schooljaar; de Kempenklas en de plusklas worden centraal bekostigd. De verdeling wordt jaarlijks "
              "met de besturen geëvalueerd."),
        ("table", [["Meerjarenbegroting (bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "8.620", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten sbo/so", "3.910", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Voorzieningen (Kempenklas, plusklas, taalschakelklas)", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De uitgaven worden na vaststelling van de begroting 2027 in dit overzicht ingevuld. De "
              "meerjarenbegroting volgt na de decemberbrief van het ministerie."),
        ("h1", "Opbrengsten en ambities"),
        ("p", "Wij formuleren voor de planperiode vier beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ("bullets", ["In 2030 heeft geen enkele leerling langer dan drie maanden geen passende onderwijsplek "
                     "(2025: 11 leerlingen).",
                     "Het percentage leerlingen in het sbo daalt van 2,2% naar maximaal 2,0% doordat meer "
                     "leerlingen met een arrangement op de eigen school blijven.",
                     "Van de leerlingen met een arrangement haalt ten minste 80% de doelen uit het OPP.",
                     "Leerlingen met een OPP stromen uit naar het niveau dat in het OPP is voorspeld of hoger."]),
        ("p", "Deze resultaten volgen we twee keer per jaar. Scholen leveren in januari en juni per leerling "
              "met een arrangement de OPP-evaluatie aan. Het bureau rapporteert de uitkomsten in de "
              "tussenrapportage (november) en het jaarverslag (juni), met de stand per indicator. Het bestuur "
              "bespreekt de uitkomsten met de OPR en past zo nodig de inzet in het jaarplan aan."),
        ("h1", "Ouders"),
        ("p", "Scholen informeren ouders bij aanmelding over de ondersteuning op de school via de schoolgids "
              "en het gesprek met de intern begeleider. Het samenwerkingsverband publiceert een ouderbrochure "
              "en organiseert jaarlijks een informatieavond over passend onderwijs en over de aanvraag van "
              "arrangementen en TLV's. Ouders zijn gesprekspartner bij elke aanvraag en tekenen het OPP mee."),
        ("p", "Voor vragen kunnen ouders terecht op onze website."),
    ]
    B += doorgaande_lijn(c) + communicatie_scholen(c) + governance(c) + medezeggenschap(c, True) + oogo_procedure(c) + personeel(c) + ict_privacy(c)
    B += kwaliteit_organisatie(c) + huisvesting_vervoer(c) + planning(c, [["2026-2027", "Evaluatie terugplaatsingen (zie bijlage 5)"]])
    B += [("h1", "Bijlagen"),
          ("p", "Bijlage 2 Kwaliteitskaart basisondersteuning\nBijlage 5 Protocol terugplaatsing en "
                "overplaatsing\nBijlage 6 Meerjarenbegroting 2026-2030\n(De bijlagen worden apart gepubliceerd.)")]
    B += begrippen(c, [
        ["Terugplaatsing", "Het terugplaatsen van een leerling vanuit sbo of so naar de basisschool na afloop van de TLV."],
        ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat elke school biedt."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders met vragen terecht kunnen."],
        ["Onderwijsconsulent", "Onafhankelijke deskundige die ouders en scholen adviseert bij een vastgelopen situatie."],
        ["Arrangement", "Een afgesproken pakket van extra ondersteuning."]])
    label = dict(
        sector="po",
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Sec. 3.1 states the binding minimum level for every vestiging, but the content is only 'opgenomen in bijlage 2', which is not part of the document.",
            "plaatsing": "Ch. 4 Toewijzing: applicant, deskundigen, deciding body, 4 weeks; criteria only in a table (4 criteria).",
            "terugstroom": "Only in TOC entry ('zie bijlage 5'), planning row, bijlagen list and begrippenlijst; no body text.",
            "financien": "Verdeelmodel (€160 per leerling, tarief arrangement) present; begroting is all p.m. beyond two baten/afdracht lines, 'volgt' -> besteding false.",
            "dekkend-aanbod": "Continuum table of voorzieningen + thuiszittersoverleg, jaarlijkse inventarisatie, zorgplicht; ketenpartners paragraph.",
            "resultaten": "Ch. 'Opbrengsten en ambities': four measurable goals and twice-yearly monitoring/reporting.",
            "ouders": "Ch. Ouders covers information (schoolgids, brochure, avond); independent support only 'op onze website' -> steunpunt false (OJSP only in begrippenlijst)."},
    )
    return "po-kempenland", c, B, label


# ---------------------------------------------------------------------------
# Plan 3: VO, .pdf. B present, P present (vso + lwoo/pro), T partial (procedure deferred),
# F missing, D present, R partial (monitoring missing), O present.
# ---------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband VO Hollandse Delta-Zuid", code="VO 28-14", sector="vo", periode="2026-2030",
             gemeenten="Deltastad, Oud-Beijerwaard en Hoeksmeer", n_besturen=6,
             bestuurder="ir. S. (Sandra) el Idrissi", motto="Op weg naar je plek",
             opr_datum="2 april 2026", oogo_datum="19 maart 2026", ander_swv="PO Delta-Zuid (PO 28-13)", fte="11,0",
             kengetallen=[["Scholen voor voortgezet onderwijs (vestigingen)", "17"],
                          ["Scholen voor praktijkonderwijs", "2"], ["Vso-scholen cluster 3 en 4", "3"],
                          ["Leerlingen vo", "12.480"], ["Leerlingen met lwoo-indicatie", "1.020"],
                          ["Leerlingen pro", "505"], ["Leerlingen vso met TLV van ons swv", "388"]])
    B = []
    B += toc(["Voorwoord", "1 Onze regio", "2 Missie en visie", "3 Het ondersteuningsaanbod",
              "4 Toelaatbaarheid vso, lwoo en pro", "5 Overstap en terugplaatsing",
              "6 Ouders en leerlingen", "7 Doelen en kwaliteitszorg", "8 Organisatie",
              "9 Financieel beleid", "10 Planning", "Afkortingen"])
    B += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + terugblik(c) + context(c) + missie_visie(c) + inclusie(c)
    B += [
        ("h1", "Het ondersteuningsaanbod"),
        ("h2", "Niveau 1: basisondersteuning"),
        ("p", "Alle vo-scholen en alle vestigingen in ons samenwerkingsverband bieden ten minste de "
              "basisondersteuning die de besturen samen hebben vastgelegd. Dit afgesproken niveau geldt voor "
              "vmbo, havo en vwo, voor het praktijkonderwijs en voor de lwoo-scholen. Elke leerling kan op "
              "iedere school in de regio rekenen op:"),
        ("table", [["Onderdeel", "Wat de leerling kan verwachten"],
                   ["Mentoraat", "Een mentor met minimaal één uur per week mentortijd per klas en een individueel gesprek per periode"],
                   ["Ondersteuningsteam", "Een ondersteuningscoördinator en een zorg- en adviesteam met jeugdarts en schoolmaatschappelijk werk"],
                   ["Dyslexie en dyscalculie", "Toetsaanpassingen (extra tijd, voorleessoftware) en een begeleider"],
                   ["Sociale veiligheid", "Anti-pestcoördinator, vertrouwenspersoon, jaarlijkse monitor"],
                   ["Faalangst en examenvrees", "Training in klein groepsverband, minstens één keer per jaar"],
                   ["Huiswerkbegeleiding en studievaardigheden", "Begeleid leren in de onderbouw"],
                   ["Time-out", "Een vaste time-outplek met begeleiding, met een terugkeergesprek dezelfde dag"]]),
        ("p", "Scholen nemen de uitwerking op in hun schoolgids. Het samenwerkingsverband voert eens per "
              "twee jaar per school een audit basisondersteuning uit en bespreekt de uitkomsten met het bestuur."),
        ("h2", "Niveau 2 en 3: extra en specialistische ondersteuning"),
        ("p", "Op niveau 2 biedt de school extra ondersteuning, zoals een ondersteuningsklas, een "
              "rebound-traject of ambulante begeleiding vanuit het vso. Het orthopedagogisch-didactisch centrum "
              "(OPDC) De Brug biedt een tijdelijke plaats van maximaal één jaar voor leerlingen die in het "
              "reguliere vo vastlopen, met behoud van inschrijving op de eigen school. Op niveau 3 gaat het "
              "om het vso en het praktijkonderwijs. Zo ontstaat een doorlopende lijn van regulier naar "
              "speciaal, met voorzieningen tussen de scholen."),
        ("h2", "Een plek voor iedere jongere"),
        ("p", "Elk kwartaal verzamelt het bureau via de leerplichtambtenaren de gegevens van alle jongeren "
              "die thuiszitten of langdurig verzuimen. Het Deltaoverleg, met scholen, leerplicht, jeugdhulp "
              "en het samenwerkingsverband, bespreekt iedere jongere die langer dan vier weken thuis zit en "
              "legt vast wie regie voert. Als blijkt dat er voor een groep jongeren geen passend aanbod is, "
              "zoals bij jongeren met een combinatie van hoogbegaafdheid en autisme, doet het bureau binnen "
              "drie maanden een voorstel aan de besturen voor een nieuwe voorziening of een aangepast "
              "arrangement. Scholen die hun zorgplicht niet kunnen waarmaken, melden dit bij het loket."),
    ] + ketenpartners(c) + [
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Voor het vso, het praktijkonderwijs (pro) en leerwegondersteunend onderwijs (lwoo) neemt het "
              "samenwerkingsverband een besluit op aanvraag van het bevoegd gezag van de school waar de "
              "leerling is ingeschreven of aangemeld. De procedure verloopt in vier stappen: (1) de school "
              "dient de aanvraag in via het loket vóór 1 februari (voor instroom in leerjaar 1) of op elk "
              "moment (zij-instroom); (2) het loket beoordeelt binnen tien werkdagen de volledigheid; (3) voor "
              "vso brengen een orthopedagoog of psycholoog en een tweede deskundige ieder afzonderlijk advies "
              "uit; voor lwoo en pro toetst de commissie aan de criteria; (4) de Commissie Toelaatbaarheid "
              "besluit binnen zes weken."),
        ("table", [["Voorziening", "Criteria"],
                   ["Pro", "De landelijke criteria: IQ tussen 55 en 80 én leerachterstand van 3 jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
                   ["Lwoo", "Eigen criteria van het swv (opting out): leerachterstand van 1,5 tot 3 jaar op twee domeinen, of een achterstand op één domein in combinatie met een aangetoonde sociaal-emotionele problematiek"],
                   ["Vso", "Ondersteuningsbehoefte die de mogelijkheden van niveau 1 en 2 en van het OPDC aantoonbaar overstijgt, blijkend uit een geëvalueerd OPP en het deskundigenadvies"]]),
        ("p", "Een TLV vso geldt twee schooljaren (categorie laag, midden of hoog); een lwoo-beschikking "
              "geldt voor de duur van de vo-opleiding. Ouders en leerling kunnen binnen zes weken bezwaar maken; "
              "het samenwerkingsverband legt bezwaren voor aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "Overstap en terugplaatsing"),
        ("p", "Het samenwerkingsverband wil dat meer leerlingen vanuit het vso terugkeren naar het reguliere "
              "vo of doorstromen naar een reguliere mbo-opleiding. Terugkeer is het uitgangspunt zodra het OPP "
              "laat zien dat de leerling in een reguliere setting kan functioneren, en de ontvangende school "
              "zegt toe de ondersteuning uit het OPP te bieden. Een teruggeplaatste leerling houdt gedurende "
              "het eerste jaar recht op ambulante begeleiding vanuit de vso-school. Wij zien terugplaatsing "
              "als een gedeelde verantwoordelijkheid van vso-scholen en vo-scholen."),
        ("p", "Hoe het terugplaatsen in de praktijk verloopt (wie het initiatief neemt, welke overleggen er zijn "
              "en wanneer), wordt in het eerste planjaar met de vso-scholen uitgewerkt in een werkwijzer."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen vinden op de website per school het ondersteuningsaanbod en de "
              "contactgegevens van de ondersteuningscoördinator. Bij de aanmelding in groep 8 ontvangen alle "
              "ouders de brochure ‘Ondersteuning in het vo’, en in november is er een regionale informatieavond "
              "voor ouders van leerlingen met een ondersteuningsbehoefte. Scholen bespreken het OPP jaarlijks met "
              "ouders en leerling; de leerling heeft hoorrecht."),
        ("p", "Ouders en jongeren die onafhankelijk advies zoeken, kunnen bij het Ouder- en Jeugdsteunpunt "
              "Delta terecht, dat onafhankelijk van het loket werkt. Bij een geschil kunnen zij een beroep doen "
              "op de onderwijsconsulenten, of naar de Geschillencommissie passend onderwijs."),
        ("h1", "Doelen en kwaliteitszorg"),
        ("p", "Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen die extra "
              "ondersteuning nodig hebben vastgesteld: het percentage leerlingen in het vso daalt van 3,1% "
              "(2025) naar maximaal 2,6% in 2030; ten minste 20 leerlingen per jaar keren vanuit het vso terug naar het "
              "reguliere vo; 90% van de lwoo-leerlingen behaalt een diploma op het niveau van het advies; en "
              "uitstroom vanuit het OPDC naar een reguliere plek binnen een jaar bedraagt ten minste 75%."),
        ("p", "Een systeem om deze doelen te volgen, is in ontwikkeling. Wij gaan onderzoeken welke indicatoren en "
              "bronnen daarvoor het meest geschikt zijn."),
    ]
    B += doorgaande_lijn(c) + communicatie_scholen(c) + governance(c) + medezeggenschap(c, True) + oogo_procedure(c) + personeel(c) + ict_privacy(c)
    B += [("h1", "Financieel beleid"),
          ("p", "Het samenwerkingsverband gaat zorgvuldig om met publieke middelen. De verdeling en besteding "
                "van de middelen beschrijven wij in de jaarlijkse begroting en het financieel beleidsplan, die "
                "los van dit ondersteuningsplan worden vastgesteld. De meerjarenbegroting 2026-2030 volgt in "
                "het najaar van 2026.")]
    B += kwaliteit_organisatie(c) + huisvesting_vervoer(c) + planning(c)
    B += afkortingen(c, [["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"],
                         ["Vso", "Voortgezet speciaal onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                         ["OJSP", "Ouder- en jeugdsteunpunt"], ["TLV", "Toelaatbaarheidsverklaring"],
                         ["MJB", "Meerjarenbegroting"], ["OPR", "Ondersteuningsplanraad"]])
    label = dict(
        sector="vo",
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Sec. Niveau 1: agreed level for all vestigingen; concrete content only in a table; audit every two years.",
            "plaatsing": "Ch. Toelaatbaarheid vso, lwoo en pro: 4 steps with termijnen; criteria for pro/lwoo/vso in a table; deskundigen, duur, bezwaar.",
            "terugstroom": "Ch. Overstap en terugplaatsing: policy (aim, conditions, support after return) yes; procedure explicitly deferred to a werkwijzer.",
            "financien": "Ch. Financieel beleid only refers to separate begroting and defers MJB ('volgt'); no verdeling or besteding; MJB only in afkortingen.",
            "dekkend-aanbod": "Levels 1-3 + OPDC continuum; quarterly thuiszitters data, Deltaoverleg, new-provision proposal within 3 months, zorgplicht.",
            "resultaten": "Ch. Doelen en kwaliteitszorg: measurable beoogde resultaten; monitoring 'in ontwikkeling / gaan onderzoeken' -> false.",
            "ouders": "Ch. Ouders en leerlingen: website per school, brochure, informatieavond; Ouder- en Jeugdsteunpunt Delta, onderwijsconsulenten."},
    )
    return "vo-hollandse-delta", c, B, label


# ---------------------------------------------------------------------------
# Plan 4: VO, .docx. B missing, P partial (procedure missing), T present (unusual wording),
# F present, D partial (continuum missing), R partial (doelen missing), O partial (informatie missing).
# ---------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zuidoost-Veluwe", code="VO 26-05", sector="vo",
             periode="2026-2030", gemeenten="Heerdelo, Brummenhoef en Voorstwijk", n_besturen=5,
             bestuurder="drs. P.W. (Pieter) Hofstede", motto="Elke jongere een toekomst",
             opr_datum="9 april 2026", oogo_datum="26 maart 2026", ander_swv="PO Zuidoost-Veluwe (PO 26-04)", fte="8,6",
             kengetallen=[["Vo-vestigingen", "12"], ["Pro-scholen", "1"], ["Vso-scholen", "2"],
                          ["Leerlingen vo", "9.340"], ["Leerlingen vso met TLV", "241"]])
    B = []
    B += toc(["Voorwoord", "1 Regio", "2 Visie", "3 Basisondersteuning en extra ondersteuning",
              "4 Toelaatbaarheid", "5 Weer naar het regulier onderwijs", "6 Iedereen een plek",
              "7 Geld", "8 Kwaliteit en resultaten", "9 Ouders", "10 Organisatie",
              "Begrippenlijst"])
    B += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + terugblik(c) + context(c) + missie_visie(c) + inclusie(c)
    B += [
        ("h1", "Basisondersteuning en extra ondersteuning"),
        ("p", "De basisondersteuning op onze scholen is de afgelopen jaren verder versterkt. Scholen zijn "
              "trots op wat zij bieden en wisselen ervaringen uit in het netwerk van ondersteuningscoördinatoren. "
              "Een nieuwe, gezamenlijke beschrijving van de basisondersteuning stellen we vast zodra de "
              "landelijke norm basisondersteuning bekend is; tot die tijd beschrijft iedere school haar eigen "
              "aanpak. Ook voor extra ondersteuning geldt dat scholen veel zelf regelen."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar twee ondersteuningsperiodes "
              "van elk minimaal twaalf weken heeft ingezet op basis van een OPP, (b) de ondersteuningsbehoefte "
              "blijkens het deskundigenadvies structureel een setting vraagt met een groep van maximaal twaalf "
              "leerlingen of een vergelijkbare intensiteit, en (c) er geen arrangement binnen het regulier vo "
              "beschikbaar is dat aan deze behoefte tegemoetkomt. Voor praktijkonderwijs gelden de landelijke "
              "criteria; voor lwoo hanteren wij de landelijke criteria zonder afwijking."),
        ("p", "Het aanvraagformulier en de stappen van de aanvraag vindt u op de website van het "
              "samenwerkingsverband. De TLV heeft een looptijd van in de regel twee jaar."),
        ("h1", "Weer naar het regulier onderwijs"),
        ("p", "Wij willen dat jongeren niet langer in het vso blijven dan nodig. Daarom geldt als afspraak dat "
              "het vso elke leerling actief voorbereidt op een stap naar het vo of het mbo zodra dat kan, en dat "
              "de vo-scholen deze jongeren met voorrang opnemen, ook als de klassen vol zijn. Wie terugkomt, "
              "krijgt een coach van de vso-school die het eerste halfjaar wekelijks meekijkt, en de vo-school "
              "ontvangt een overstapbudget."),
        ("p", "De route is als volgt. Bij de jaarlijkse OPP-bespreking in het vso (maart) beoordeelt de "
              "commissie van begeleiding of terugkeer haalbaar is. Zo ja, dan meldt de vso-school de leerling "
              "vóór 1 mei aan bij het loket, dat binnen drie weken een gesprek organiseert met ouders, leerling, "
              "vso-school en beoogde vo-school. De vo-school besluit over de inschrijving; het loket bewaakt dat "
              "binnen zes weken een besluit valt. Na drie en na zes maanden evalueren beide scholen met ouders "
              "en leerling; bij een mislukte overstap kan de leerling binnen de looptijd van de oude TLV "
              "terug naar het vso. In 2024-2025 stapten 14 leerlingen over, in 2025-2026 naar verwachting 18."),
        ("h1", "Iedereen een plek"),
        ("p", "Het samenwerkingsverband houdt een actuele lijst bij van alle jongeren die niet of niet volledig "
              "naar school gaan, in nauwe samenwerking met leerplicht. Iedere melding leidt binnen tien werkdagen "
              "tot een overleg met een aangewezen casusregisseur. Het bestuur waar de jongere is aangemeld of "
              "ingeschreven houdt de zorgplicht en moet binnen tien weken een passende plek bieden. Lukt dat "
              "niet, dan wordt de jongere besproken in de tafel Doorbraak, waar het samenwerkingsverband, de "
              "gemeente en de jeugdhulp gezamenlijk een oplossing forceren. Tekorten in het aanbod die daar "
              "zichtbaar worden, rapporteren we twee keer per jaar aan het bestuur en aan de gemeenten."),
        ("h1", "Geld"),
        ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning over de scholen naar rato "
              "van het aantal leerlingen: € 118 per leerling. Voor extra ondersteuning ontvangen scholen een "
              "budget op basis van het aantal leerlingen met een OPP op 1 oktober van het voorgaande jaar "
              "(€ 2.300 per OPP). Het overstapbudget bedraagt € 3.000 per teruggeplaatste leerling."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage", "10.480", "10.360", "10.240", "10.150"],
                   ["Afdracht vso", "5.730", "5.690", "5.640", "5.600"],
                   ["Lichte ondersteuning scholen", "1.100", "1.090", "1.080", "1.070"],
                   ["OPP-budgetten", "1.780", "1.760", "1.740", "1.720"],
                   ["Overstapbudget", "54", "60", "60", "60"],
                   ["Tafel Doorbraak / maatwerk", "420", "420", "420", "420"],
                   ["Bureau", "980", "990", "1.000", "1.010"],
                   ["Saldo", "416", "350", "300", "270"]]),
        ("p", "De reserves worden in deze periode afgebouwd tot maximaal 5 procent van de baten."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Het samenwerkingsverband volgt elk jaar de kengetallen per school: deelname vso, aantal "
              "thuiszitters, aantal overstappen vanuit het vso en de tevredenheid van ouders. Die kengetallen "
              "worden in een dashboard per kwartaal aan de besturen gerapporteerd, in het jaarverslag openbaar "
              "gemaakt en in het voorjaar met de OPR besproken. Welke resultaten we precies willen bereiken, "
              "stellen we in de loop van 2027 vast, wanneer de nulmeting beschikbaar is."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onmisbaar in de ondersteuning van hun kind. Als ouders en school er samen niet "
              "uitkomen, kunnen ouders gratis en onafhankelijk advies krijgen bij het Ouderpunt Veluwe, het "
              "steunpunt dat los van het samenwerkingsverband werkt. Daarnaast kunnen zij een "
              "onderwijsconsulent inschakelen of een klacht indienen bij de landelijke klachtencommissie."),
    ]
    B += doorgaande_lijn(c) + communicatie_scholen(c) + governance(c) + medezeggenschap(c, True) + oogo_procedure(c) + personeel(c) + ict_privacy(c)
    B += kwaliteit_organisatie(c) + werkdruk(c) + integriteit(c) + planning(c)
    B += begrippen(c, [
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat elke school biedt, zoals mentoraat, dyslexiebegeleiding en een ondersteuningsteam."],
        ["Ondersteuningscontinuüm", "De samenhang van basisondersteuning, extra ondersteuning en speciaal onderwijs."],
        ["Schoolgids", "Document waarin de school ouders informeert over onder meer de ondersteuning."],
        ["TLV", "Toelaatbaarheidsverklaring"], ["Ouderpunt", "Onafhankelijk steunpunt voor ouders."]])
    label = dict(
        sector="vo",
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 only says it was strengthened and defers a common description to the landelijke norm; content only in begrippenlijst (trap).",
            "plaatsing": "Ch. Toelaatbaarheid gives criteria (a)-(c) + pro/lwoo; procedure only 'op de website' -> procedure false; duration 2 years.",
            "terugstroom": "Ch. 'Weer naar het regulier onderwijs' (no word terugplaatsing): policy, route with actors, dates, evaluations, figures.",
            "financien": "Ch. 'Geld': per-leerling and per-OPP amounts, multi-year table, reserves.",
            "dekkend-aanbod": "Ch. 'Iedereen een plek': thuiszitters list, zorgplicht, tafel Doorbraak (with gemeente/jeugdhulp); no description of the set of provisions (continuum only in begrippenlijst).",
            "resultaten": "Ch. Kwaliteit en resultaten: monitoring (dashboard, jaarverslag, OPR) yes; intended results deferred to 2027.",
            "ouders": "Ch. Ouders: Ouderpunt Veluwe, onderwijsconsulent = steunpunt; nothing on how parents are informed (schoolgids only in begrippenlijst); 'onmisbaar' + OPR parents = betrokkenheid."},
    )
    return "vo-zuidoost-veluwe", c, B, label


# ---------------------------------------------------------------------------
# Plan 5: PO, .txt. B present, P missing, T partial (beleid missing), F partial (verdeling missing),
# D missing, R present, O missing.
# ---------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Amstel-Gouwe Primair Onderwijs", code="PO 27-02", sector="po", periode="2026-2030",
             gemeenten="Amstelhoorn, Gouwezijl en Nieuwkoop-Noord", n_besturen=8,
             bestuurder="mr. drs. A. (Anouk) Verbeek", motto="Gewoon goed onderwijs, ook als het anders moet",
             opr_datum="30 maart 2026", oogo_datum="16 maart 2026", ander_swv="VO Amstel-Gouwe (VO 27-03)", fte="6,8",
             kengetallen=[["Basisscholen", "38"], ["Sbo-scholen", "2"], ["So-scholen", "2"],
                          ["Leerlingen basisonderwijs", "9.120"], ["Leerlingen sbo", "214"], ["Leerlingen so", "160"]])
    B = []
    B += toc(["Voorwoord", "1 Regio", "2 Missie en visie", "3 Wat elke school biedt",
              "4 Toelaatbaarheid sbo en so", "5 Terugplaatsing", "6 Dekkend aanbod en thuiszitters",
              "7 Begroting", "8 Resultaten", "9 Ouders", "10 Organisatie", "11 Planning", "Begrippenlijst"])
    B += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + terugblik(c) + context(c) + missie_visie(c) + inclusie(c)
    B += [
        ("h1", "Wat elke school biedt"),
        ("p", "In Amstel-Gouwe hebben de besturen een gezamenlijke standaard afgesproken: de basisondersteuning. "
              "Deze standaard is het minimum dat iedere basisschool op iedere locatie waarmaakt, ongeacht het "
              "bestuur. De standaard bestaat uit vier bouwstenen:"),
        ("bullets", ["Preventie: vroegsignalering met een leerlingvolgsysteem, drie groepsbesprekingen per jaar "
                     "en een jaarlijks kindgesprek met de leerkracht.",
                     "Interventies: een leesinterventie voor zwakke lezers (20 minuten per dag, vier dagen per "
                     "week), een rekenverlengde instructie en een sociale vaardigheidstraining.",
                     "Expertise: een intern begeleider, een gedragsspecialist per bestuur en toegang tot de "
                     "orthopedagoog van het samenwerkingsverband binnen vier weken.",
                     "Structuur: een werkwijze volgens handelingsgericht werken, een OPP voor leerlingen met een "
                     "eigen leerlijn en een protocol medisch handelen."]),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Leerlingen met een visuele of auditieve beperking of een taalontwikkelingsstoornis (cluster 1 en "
              "2) worden aangemeld bij de landelijke instellingen; daarvoor is geen TLV van het "
              "samenwerkingsverband nodig. Het samenwerkingsverband is zich bewust van het belang van een "
              "zorgvuldige toelaatbaarheidsprocedure. Een herziene regeling toelaatbaarheid wordt in het "
              "najaar van 2026 aan het bestuur voorgelegd."),
        ("h1", "Terugplaatsing"),
        ("p", "De sbo- of so-school bespreekt in het voorlaatste en het laatste jaar van de TLV tijdens de "
              "OPP-evaluatie (oktober en maart) met ouders of de leerling naar het basisonderwijs kan. Als de "
              "school dat verwacht, vraagt zij uiterlijk 1 april een overstapgesprek aan bij het loket. In dat "
              "gesprek maken de speciale school, de beoogde basisschool, ouders en het loket een overstapplan "
              "met een startdatum. De directeur van de ontvangende basisschool besluit over de inschrijving. "
              "Het loket registreert de overstap; de TLV eindigt op de startdatum. Wordt de leerling niet "
              "teruggeplaatst, dan dient de speciale school vóór 1 mei een verlengingsaanvraag in."),
        ("h1", "Dekkend aanbod en thuiszitters"),
        ("p", "Het thema dekkend aanbod en de aanpak van thuiszitters krijgt in deze planperiode een nieuwe "
              "impuls. Een uitwerking volgt in het jaarplan 2026-2027, na een verkenning met de besturen."),
        ("h1", "Begroting"),
        ("p", "Hoe de middelen over scholen en arrangementen worden verdeeld, wordt in de loop van 2026 opnieuw "
              "bepaald; het huidige verdeelmodel loopt af en een nieuw model is nog niet vastgesteld. De "
              "begroting hieronder geeft de voorgenomen besteding per post weer."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbekostiging", "9.870", "9.760", "9.640", "9.540"],
                   ["Afdrachten sbo en so", "4.470", "4.430", "4.390", "4.350"],
                   ["Middelen naar scholen", "3.050", "3.010", "2.970", "2.940"],
                   ["Orthopedagogen en loket", "860", "870", "880", "890"],
                   ["Leesinterventie en scholing", "410", "400", "390", "380"],
                   ["Overhead bureau", "720", "730", "740", "750"],
                   ["Saldo", "360", "320", "270", "230"]]),
        ("h1", "Resultaten"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte willen we in 2030 het volgende bereiken. Eén: 85% "
              "van de leerlingen die de leesinterventie volgen, bereikt binnen één jaar het niveau AVI-E "
              "van hun groep. Twee: minder dan 3% van de leerlingen stroomt uit naar sbo of so (2025: 4,1%). "
              "Drie: elke leerling met een OPP heeft een uitstroombestemming die overeenkomt met of hoger is dan "
              "het perspectief. Vier: ten minste 90% van de leerlingen met een arrangement geeft in de "
              "jaarlijkse leerlingenmonitor aan zich veilig te voelen op school."),
        ("p", "De bereikte resultaten meten we met de gegevens uit de leerlingvolgsystemen en uit de "
              "registratie van het loket. Het bureau maakt twee keer per jaar een resultatenrapportage per "
              "bestuur; het bestuur bespreekt deze met de directeuren en de OPR. Het jaarverslag bevat een "
              "paragraaf met de behaalde resultaten per doel en de kosten die ermee samenhangen."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn belangrijk. Dit hoofdstuk wordt na de inwerkingtreding van de nieuwe wetgeving "
              "over ouders en leerlingen aangevuld."),
    ]
    B += doorgaande_lijn(c) + communicatie_scholen(c) + governance(c) + medezeggenschap(c, False) + oogo_procedure(c) + personeel(c) + ict_privacy(c)
    B += kwaliteit_organisatie(c) + werkdruk(c) + integriteit(c) + planning(c, [["najaar 2026", "Herziene regeling toelaatbaarheid; nieuw verdeelmodel"]])
    B += begrippen(c, [
        ["Ouder- en jeugdsteunpunt", "Onafhankelijke plek waar ouders terechtkunnen met vragen over ondersteuning."],
        ["TLV", "Toelaatbaarheidsverklaring: besluit van het swv dat een leerling toelaatbaar is tot sbo of so."],
        ["Thuiszitter", "Leerling die zonder geldige reden langer dan vier weken niet naar school gaat."],
        ["Dekkend aanbod", "Voor elke leerling is een passende onderwijsplek beschikbaar."],
        ["Verdeelmodel", "Afspraken over hoe de middelen over de scholen worden verdeeld."]])
    label = dict(
        sector="po",
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'Wat elke school biedt': standard minimum for every locatie + four bouwstenen with concrete content.",
            "plaatsing": "Ch. Toelaatbaarheid only covers cluster 1/2 (not SWV), an awareness sentence and a deferral to autumn 2026; no procedure or criteria.",
            "terugstroom": "Ch. Terugplaatsing: steps, moments, who decides, end of TLV -> procedure; no aims/conditions/support after return -> beleid false.",
            "financien": "Ch. Begroting: meerjarenbegroting with amounts (besteding); verdeelmodel explicitly 'in de loop van 2026 opnieuw bepaald' -> verdeling false.",
            "dekkend-aanbod": "Ch. Dekkend aanbod en thuiszitters only defers to jaarplan; OOGO paragraph is procedural only; terms in begrippenlijst.",
            "resultaten": "Ch. Resultaten: four measurable goals for 2030; twice-yearly rapportage and jaarverslag.",
            "ouders": "Ch. Ouders is a placeholder deferral ('wordt aangevuld'); OJSP only in begrippenlijst; OPR paragraph has no parent role; parents only named in passing as participants of the terugplaatsing talk."},
    )
    return "po-amstel-gouwe", c, B, label


# ---------------------------------------------------------------------------
# Near-miss: a school's schoolondersteuningsprofiel (SOP) of one basisschool, .docx
# ---------------------------------------------------------------------------

def nearmiss():
    c = {}
    B = [
        ("title", "Schoolondersteuningsprofiel 2025-2026\nOBS De Waterlelie, Lingeveld"),
        ("p", "Onderdeel van de schoolgids. Vastgesteld door het team op 3 juli 2025, met advies van de "
              "medezeggenschapsraad."),
        ("h1", "Inleiding"),
        ("p", "Elke school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij kan "
              "bieden. OBS De Waterlelie is aangesloten bij het samenwerkingsverband Passend Primair Onderwijs "
              "Lingewaard-Betuwe. Het ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken "
              "in de regio; dit profiel beschrijft wat onze school daarbinnen doet. In dit document leest u hoe "
              "wij de basisondersteuning invullen, welke extra ondersteuning wij bieden en waar onze grenzen "
              "liggen."),
        ("h1", "Onze school"),
        ("p", "OBS De Waterlelie is een openbare basisschool met 312 leerlingen in 13 groepen. De school staat "
              "in een nieuwbouwwijk aan de rand van Lingeveld. Ongeveer 18% van de leerlingen heeft een "
              "meertalige achtergrond. Het team bestaat uit 24 medewerkers, onder wie een intern begeleider "
              "(0,8 fte), een gedragsspecialist en twee onderwijsassistenten."),
        ("h1", "Basisondersteuning op De Waterlelie"),
        ("p", "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet "
              "betekent dat op onze school:"),
        ("bullets", ["drie groepsbesprekingen per jaar per groep en een leerlingbespreking met de intern "
                     "begeleider wanneer de leerkracht daarom vraagt;",
                     "een dyslexieprotocol en een leesinterventie van vier keer per week twintig minuten;",
                     "een plusgroep voor meer- en hoogbegaafde leerlingen op vrijdagochtend;",
                     "de Kanjertraining in alle groepen;",
                     "een ondersteuningsteam met de jeugdverpleegkundige en de schoolmaatschappelijk werker, "
                     "zes keer per jaar."]),
        ("h1", "Extra ondersteuning"),
        ("p", "Wanneer een leerling meer nodig heeft, vraagt de intern begeleider een arrangement aan bij het "
              "loket van het samenwerkingsverband. Wij hebben ervaring met ambulante begeleiding voor leerlingen "
              "met autisme en met een taalklas voor nieuwkomers. Onze grenzen liggen bij leerlingen die "
              "voortdurend één-op-één begeleiding nodig hebben of bij ernstige fysieke agressie."),
        ("table", [["Ondersteuningsvraag", "Wat wij bieden", "Grens"],
                   ["Lezen en spelling", "Interventie, dyslexieprotocol", "Geen"],
                   ["Gedrag", "Kanjertraining, gedragsspecialist, arrangement", "Structurele fysieke agressie"],
                   ["Lichamelijke beperking", "Lift, aangepast toilet", "Intensieve verpleegkundige zorg"],
                   ["Meer- en hoogbegaafdheid", "Plusgroep, compacten en verrijken", "Versnellen meer dan één jaar"]]),
        ("h1", "Als onze school niet passend is"),
        ("p", "Soms is een andere school beter passend. Dan zoeken wij samen met de ouders een school die de "
              "ondersteuning wel kan bieden; dat is onze zorgplicht. Voor een plaats op een school voor "
              "speciaal basisonderwijs of speciaal onderwijs vraagt ons bestuur een toelaatbaarheidsverklaring "
              "aan bij het samenwerkingsverband. Leerlingen die vanuit het sbo terugkomen naar onze school, "
              "begeleiden wij met een warme overdracht."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn voor ons partners. Wij bespreken het ontwikkelingsperspectief met ouders en leggen hun "
              "inbreng vast. Ouders die vragen hebben over passend onderwijs kunnen terecht bij de intern "
              "begeleider, bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de "
              "onderwijsconsulenten. Informatie over de middelen die de school ontvangt van het "
              "samenwerkingsverband staat in het jaarverslag van ons bestuur."),
        ("h1", "Ambities"),
        ("p", "In schooljaar 2025-2026 willen wij ons aanbod voor leerlingen met een taalontwikkelingsachterstand "
              "versterken en meer leerkrachten opleiden in het werken met het ontwikkelingsperspectief. Wij "
              "evalueren dit profiel jaarlijks in juni met het team en de medezeggenschapsraad."),
    ]
    # pad with realistic SOP filler to get a longer document
    B += [
        ("h1", "Onderwijsconcept en dagelijkse praktijk"),
        ("p", "Op De Waterlelie werken wij met het directe instructiemodel en met combinatiegroepen in de "
              "bovenbouw. Kinderen werken aan weektaken en leren plannen. Leerkrachten differentiëren in drie "
              "niveaus. De resultaten van de methode-onafhankelijke toetsen bespreken wij twee keer per jaar in "
              "een teamvergadering; de schoolresultaten staan in de schoolgids."),
        ("p", "Wij vinden een veilig klimaat belangrijk. Iedere groep start het jaar met de ‘gouden weken’ "
              "waarin groepsafspraken worden gemaakt. De school heeft een anti-pestcoördinator en een "
              "vertrouwenspersoon. Jaarlijks vullen de leerlingen van groep 5 tot en met 8 een "
              "veiligheidsmonitor in."),
    ]
    label = dict(
        looks_like_plan=False, elements={}, criteria={},
        notes={"document": "School-level schoolondersteuningsprofiel of one basisschool (part of its schoolgids), not an "
                           "ondersteuningsplan of a samenwerkingsverband: no planperiode, OPR/OOGO, verdeling of "
                           "middelen, TLV procedure; it only refers to the SWV's plan."})
    return "sop-obs-de-waterlelie", c, B, label


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def title_block(name, c):
    return [("title", f"Ondersteuningsplan {c['periode']}\n{c['naam']} ({c['code']})"),
            ("p", f"Vastgesteld door de algemene vergadering op 15 april 2026, na instemming van de "
                  f"ondersteuningsplanraad. Versie 1.0.")]


def write_docx(path, blocks, header=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
        doc.sections[0].footer.paragraphs[0].text = header.split("|")[0].strip() + " | versie 1.0"
    for kind, payload in blocks:
        if kind == "title":
            for i, line in enumerate(payload.split("\n")):
                doc.add_heading(line, level=0 if i == 0 else 1)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            for part in payload.split("\n"):
                doc.add_paragraph(part)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            for e in payload:
                doc.add_paragraph(e)
            doc.add_page_break()
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for r, row in enumerate(payload):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
    # fixed core properties for determinism
    import datetime
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2026, 4, 15, 12, 0, 0)
    cp.last_printed = datetime.datetime(2026, 4, 15, 12, 0, 0)
    cp.author = cp.last_modified_by = "opcheck holdout234"
    cp.revision = 1
    doc.save(str(path))


def write_txt(path, blocks, header=None):
    out = []
    for kind, payload in blocks:
        if kind == "title":
            for line in payload.split("\n"):
                out.append(line.upper())
            out.append("")
        elif kind == "h1":
            out += ["", payload.upper(), "=" * len(payload), ""]
        elif kind == "h2":
            out += ["", payload, "-" * len(payload), ""]
        elif kind == "p":
            out += [payload, ""]
        elif kind == "bullets":
            out += [f"  * {i}" for i in payload] + [""]
        elif kind == "toc":
            out += [f"  {e}" for e in payload] + [""]
        elif kind == "table":
            widths = [max(len(r[k]) for r in payload) for k in range(len(payload[0]))]
            for r, row in enumerate(payload):
                out.append(" | ".join(cell.ljust(widths[k]) for k, cell in enumerate(row)).rstrip())
                if r == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
    Path(path).write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def docx_to_pdf(blocks, header, dest):
    tmp = Path(tempfile.mkdtemp(prefix="holdout234_pdf_"))
    try:
        src = tmp / (dest.stem + ".docx")
        write_docx(src, blocks, header)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (dest.stem + ".pdf"), dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(path, documents, label):
    lines = [f"documents: [{', '.join(documents)}]"]
    if label.get("looks_like_plan", True):
        lines.append(f"sector: {label['sector']}")
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
        lines.append("criteria:")
        for cid in CORE:
            lines.append(f"  {cid}: {'true' if label['criteria'][cid] else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label.get("advisory_addressed", {}).items():
            lines.append(f"  {k}: [{', '.join(v)}]")
        if not label.get("advisory_addressed"):
            lines[-1] = "advisory_addressed: {}"
    else:
        lines.append("sector: po")
        lines.append("looks_like_plan: false")
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {json.dumps(v, ensure_ascii=False)}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [(plan1, "docx"), (plan2, "pdf"), (plan3, "pdf"), (plan4, "docx"), (plan5, "txt")]
    for fn, fmt in jobs:
        name, c, blocks, label = fn()
        blocks = title_block(name, c) + blocks
        header = f"{c['naam']} | Ondersteuningsplan {c['periode']} | basisondersteuning · toelaatbaarheid · " \
                 f"terugplaatsing · financiën · resultaten · ouders"
        dest = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(dest, blocks, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, header, dest)
        else:
            write_txt(dest, blocks)
        write_label(OUT / f"{name}.expected.yaml", [dest.name], label)
    name, c, blocks, label = nearmiss()
    dest = OUT / f"{name}.docx"
    write_docx(dest, blocks, "OBS De Waterlelie | Schoolondersteuningsprofiel | samenwerkingsverband passend onderwijs")
    write_label(OUT / f"{name}.expected.yaml", [dest.name], label)


if __name__ == "__main__":
    main()
