#!/usr/bin/env python3
"""Generate the holdout278 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
Label files (<name>.expected.yaml) are written by hand below, next to the documents.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Filler sections shared (with variation) by the plans. They must NOT address any core or
# advisory criterion: only passing mentions of the vocabulary.
# --------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan dat "
              f"ons samenwerkingsverband opstelt sinds de invoering van de Wet passend onderwijs in 2014. In die "
              f"jaren is er veel veranderd. De scholen in {c['region']} zijn meer gaan samenwerken, de gesprekken "
              f"tussen intern begeleiders, ondersteuningscoördinatoren en directeuren zijn opener geworden en de "
              f"verbinding met de gemeenten is gegroeid. Tegelijk zien we dat de vraag naar ondersteuning "
              f"toeneemt en dat leraren, ouders en leerlingen soms vastlopen in regels en formulieren."),
        ("p", "Dit plan is tot stand gekomen in een intensief traject. In het voorjaar van 2025 hebben wij "
              "in vier regiobijeenkomsten met directeuren, leraren, intern begeleiders, jeugdprofessionals, "
              "leerplichtambtenaren en ouders gesproken over wat goed gaat en wat beter kan. Wij hebben veel "
              "opgehaald: zorgen over werkdruk, waardering voor de korte lijnen, de wens om minder te "
              "schrijven en meer te doen. Die opbrengst vormt de basis van de koers in dit plan."),
        ("p", "Een ondersteuningsplan is geen document dat in een la verdwijnt. Het is onze gezamenlijke "
              "afspraak over hoe wij als schoolbesturen de verantwoordelijkheid dragen voor alle kinderen en "
              "jongeren in de regio. Wij zijn trots op wat de afgelopen jaren is bereikt en tegelijk realistisch: "
              "niet alles wat wij willen, is in vier jaar te realiseren. Daarom kiezen wij voor een beperkt "
              "aantal speerpunten en voor een jaarlijkse bijstelling via het jaarplan."),
        ("p", f"Wij danken iedereen die heeft meegedacht, in het bijzonder de leden van de "
              f"ondersteuningsplanraad en de wethouders onderwijs en jeugd van de gemeenten "
              f"{', '.join(c['gemeenten'][:-1])} en {c['gemeenten'][-1]}."),
        ("p", f"{c['director']}, directeur-bestuurder\n{c['city']}, {c['date_sign']}"),
    ]


def leeswijzer(c, chapters):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe het samenwerkingsverband de komende vier "
              "schooljaren invulling geeft aan de wettelijke opdracht. Elk hoofdstuk begint met een korte "
              "schets van waar wij staan en eindigt met de afspraken die wij voor deze planperiode maken. "
              "Het plan is geschreven voor schoolbesturen, schoolleiders en professionals, maar ook voor "
              "ouders, leerlingen en partners die willen weten hoe passend onderwijs in onze regio werkt."),
        ("p", "Het plan is als volgt opgebouwd. " + " ".join(chapters)),
        ("p", "Waar in dit plan over ouders wordt gesproken, bedoelen wij ook verzorgers en voogden. Waar wij "
              "over scholen spreken, bedoelen wij de vestigingen die onder de aangesloten besturen vallen. "
              "Begrippen en afkortingen zijn toegelicht in de begrippenlijst achter in het plan."),
    ]


def context(c, partners=True):
    g = c["gemeenten"]
    sector_line = (
        "Binnen ons verband vallen basisscholen, scholen voor speciaal basisonderwijs en locaties voor "
        "speciaal onderwijs in cluster 3 en 4." if c["sector"] == "po" else
        "Binnen ons verband vallen scholen voor praktijkonderwijs, vmbo, havo en vwo en scholen voor "
        "voortgezet speciaal onderwijs in cluster 3 en 4, samen op ruim dertig vestigingen.")
    return [
        ("h1", "Onze regio in beeld"),
        ("p", f"{c['name']} omvat de gemeenten {', '.join(g[:-1])} en {g[-1]}. Het gebied is een mix van "
              f"een middelgrote stad, een aantal groeikernen en een groot landelijk gebied met kleine dorpen. "
              f"{sector_line} Er zijn {c['n_besturen']} schoolbesturen aangesloten met samen {c['n_schools']} "
              f"scholen en ongeveer {c['n_lln']} leerlingen op de teldatum van 1 oktober 2024."),
        ("p", "De demografische ontwikkeling verschilt sterk per deelgebied. In de stad en de groeikernen neemt "
              "het aantal leerlingen nog licht toe, vooral door nieuwbouwwijken en de komst van gezinnen uit "
              "het buitenland. In de dorpen daalt het leerlingaantal al jaren; sommige scholen hebben minder "
              "dan honderd leerlingen en staan onder druk. Dat vraagt om samenwerking tussen besturen, ook "
              "over de grenzen van denominatie heen."),
        ("p", ("Het samenwerkingsverband werkt met de gemeenten samen in de regio en met het "
               f"{'VO' if c['sector'] == 'po' else 'PO'}-samenwerkingsverband dat grotendeels hetzelfde gebied "
               "beslaat. Met het mbo in de regio zijn er contacten over de overgang naar vervolgonderwijs. "
               "De gemeenten hebben de jeugdhulp georganiseerd in lokale teams die per gemeente verschillend "
               "zijn ingericht.") if partners else
              ("Het werkgebied valt samen met dat van het "
               f"{'VO' if c['sector'] == 'po' else 'PO'}-samenwerkingsverband. De kust en de toeristische "
               "sector bepalen voor een groot deel het karakter van de regio; veel ouders werken in de haven, "
               "de zorg of het toerisme.")),
        ("table", [["Kengetal", "Waarde (1-10-2024)"],
                   ["Aangesloten schoolbesturen", str(c["n_besturen"])],
                   ["Scholen/vestigingen", str(c["n_schools"])],
                   ["Leerlingen totaal", str(c["n_lln"])],
                   ["Gemeenten in het werkgebied", str(len(g))],
                   ["Medewerkers bureau samenwerkingsverband (fte)", c["fte"]]]),
    ]


def visie(c):
    return [
        ("h1", "Missie, visie en koers"),
        ("h2", "Missie"),
        ("p", f"{c['short']} zorgt er samen met de aangesloten besturen voor dat ieder kind en iedere jongere "
              f"in de regio onderwijs krijgt dat past, zo dicht mogelijk bij huis en samen met leeftijdgenoten "
              f"waar dat kan. Wij zijn een netwerkorganisatie: de scholen doen het werk, het samenwerkingsverband "
              f"verbindt, faciliteert en houdt het geheel in het oog."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat elk kind zich wil ontwikkelen en dat de leraar in de klas het verschil maakt. "
              "Passend onderwijs begint daarom niet bij een formulier of een arrangement, maar bij het gesprek "
              "tussen leraar, kind en ouders over wat nodig is. Wij willen dat scholen de ruimte voelen om "
              "creatieve oplossingen te bedenken en dat zij daarbij gesteund worden door collega's, door "
              "specialisten en door het samenwerkingsverband."),
        ("p", "Inclusiever onderwijs is voor ons een richting, geen eindpunt. Wij realiseren ons dat niet elke "
              "school alles kan en dat specialistische voorzieningen nodig blijven. Tegelijk vinden wij dat de "
              "grens tussen regulier en speciaal minder scherp moet worden, zodat kinderen niet tussen wal en "
              "schip vallen. Wij kijken daarbij naar wat een kind nodig heeft en niet naar het etiket."),
        ("h2", "Kernwaarden"),
        ("bullets", ["Vertrouwen: wij gaan uit van de professionaliteit van scholen en de betrokkenheid van ouders.",
                     "Eenvoud: wij houden procedures zo licht als verantwoord is.",
                     "Samen: wij lossen vraagstukken op met partners en niet over hun hoofden heen.",
                     "Leren: wij evalueren wat wij doen en stellen bij waar dat nodig is."]),
        ("h2", "Koers voor de planperiode"),
        ("p", "Voor de komende vier jaar kiezen wij drie richtingen: versterken van de leraar in de klas, "
              "verbinden van onderwijs en jeugdhulp, en vereenvoudigen van onze eigen werkwijze. Deze "
              "richtingen komen terug in de hoofdstukken van dit plan en worden jaarlijks in het jaarplan "
              "vertaald naar activiteiten."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen vormen samen het "
              f"algemeen bestuur, dat de koers bepaalt en de belangrijkste besluiten neemt, zoals de vaststelling "
              f"van het ondersteuningsplan, de begroting en het jaarverslag. De dagelijkse leiding is in handen "
              f"van de directeur-bestuurder, {c['director']}. Het intern toezicht is belegd bij een raad van "
              f"toezicht van vijf leden, van wie twee onafhankelijk zijn van de aangesloten besturen."),
        ("p", "Deze scheiding van bestuur en toezicht is in 2022 ingevoerd naar aanleiding van de Code Goed "
              "Bestuur en de aanbevelingen van de inspectie. Het toezichtskader en het reglement van de raad "
              "van toezicht zijn op te vragen bij het bureau. De raad van toezicht vergadert ten minste vier "
              "keer per jaar en heeft een auditcommissie en een commissie onderwijs en kwaliteit."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de besturen en scholen. Het bureau bestaat "
              "uit de directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team "
              "van consulenten en orthopedagogen. Consulenten zijn het eerste aanspreekpunt voor scholen. "
              "In het directeurenoverleg, dat zes keer per jaar bijeenkomt, worden beleidsvoorstellen "
              "voorbereid en worden ervaringen uit de scholen gedeeld."),
        ("table", [["Orgaan", "Samenstelling", "Taak"],
                   ["Algemeen bestuur", "Eén vertegenwoordiger per aangesloten bestuur", "Koers, vaststellen plan, begroting en jaarverslag"],
                   ["Directeur-bestuurder", "Eén persoon", "Dagelijkse leiding, uitvoering beleid"],
                   ["Raad van toezicht", "Vijf leden", "Intern toezicht, goedkeuring begroting"],
                   ["Directeurenoverleg", "Schoolleiders per deelregio", "Voorbereiden en toetsen beleid"]]),
    ]


def opr(c, with_parents=True):
    comp = (f"De ondersteuningsplanraad bestaat uit {c['opr_n']} leden; de helft is ouder of (in het VO) "
            f"leerling, de andere helft is personeelslid van een aangesloten school. De leden worden "
            f"afgevaardigd door de medezeggenschapsraden van de scholen. " if with_parents else
            f"De ondersteuningsplanraad telt {c['opr_n']} leden die worden afgevaardigd vanuit de "
            f"medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h1", "Medezeggenschap"),
        ("p", comp + "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
              "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel "
              "van het bureau."),
        ("p", f"Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In drie "
              f"themabijeenkomsten is gesproken over de conceptteksten. De OPR heeft op {c['opr_date']} "
              f"ingestemd met het plan. De raad heeft daarbij een aantal aandachtspunten meegegeven die in "
              f"het eerste jaarplan worden betrokken."),
        ("p", "De OPR ontvangt jaarlijks het jaarplan, de begroting en het jaarverslag ter informatie en "
              "voert tweemaal per jaar overleg met de directeur-bestuurder. Voor scholing van OPR-leden is "
              "een budget beschikbaar; leden kunnen deelnemen aan cursussen van landelijke organisaties."),
    ]


def oogo(c, minimal=False):
    if minimal:
        return [
            ("h1", "Vaststelling en overleg"),
            ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg met de "
                  f"gemeenten op {c['oogo_date']}. Het overleg met het "
                  f"{'VO' if c['sector'] == 'po' else 'PO'}-samenwerkingsverband vond plaats op dezelfde dag. "
                  f"Van beide overleggen is een verslag gemaakt dat bij het bureau ter inzage ligt. Het "
                  f"algemeen bestuur heeft het plan vastgesteld op {c['vast_date']}; het plan is vóór 1 mei "
                  f"aan de inspectie gezonden."),
        ]
    return [
        ("h1", "Samenwerking met gemeenten"),
        ("p", f"Onderwijs en jeugdhulp hebben elkaar nodig. Met de gemeenten {', '.join(c['gemeenten'])} "
              f"voert het samenwerkingsverband het op overeenstemming gericht overleg (OOGO) over dit plan en "
              f"over de beleidsplannen jeugd van de gemeenten. Het OOGO over dit plan vond plaats op "
              f"{c['oogo_date']}. De gemeenten hebben geen bezwaren geuit en hebben ingestemd met de "
              f"gezamenlijke agenda."),
        ("p", "In de gezamenlijke agenda hebben wij afgesproken samen te werken aan de thema's "
              "jeugdhulp in en om de school, leerlingenvervoer, onderwijshuisvesting, de aansluiting op "
              "arbeidsmarkt en vervolgonderwijs, en vroegsignalering. Per thema is een trekker benoemd. "
              "Twee keer per jaar bespreken de wethouders en de directeur-bestuurder de voortgang."),
        ("p", "Op een aantal scholen werken jeugdprofessionals van het lokale team een dagdeel per week op "
              "school. Deze vorm van jeugdhulp in de school wordt door de gemeente gefinancierd. Wij willen de "
              "komende jaren onderzoeken of deze werkwijze naar alle scholen kan worden uitgebreid."),
        ("p", f"Het overleg met het {'VO' if c['sector'] == 'po' else 'PO'}-samenwerkingsverband vond plaats "
              f"op dezelfde dag. Het plan is vastgesteld door het algemeen bestuur op {c['vast_date']} en vóór "
              f"1 mei aan de inspectie gezonden."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bureau van het samenwerkingsverband heeft een formatie van {c['fte']} fte. De "
              f"medewerkers zijn in dienst van de stichting; een deel van de orthopedagogen wordt gedetacheerd "
              f"vanuit aangesloten besturen. Wij hechten aan een kleine, wendbare organisatie die dicht bij "
              f"de scholen staat."),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Scholen melden dat het moeilijker wordt om "
              "intern begeleiders en ondersteuningscoördinatoren te vinden en dat invallers minder ervaring "
              "hebben met leerlingen die extra ondersteuning nodig hebben. Het samenwerkingsverband kan dit "
              "probleem niet oplossen, maar draagt bij door een gezamenlijk scholingsaanbod en door "
              "kennisdeling tussen scholen."),
        ("p", "Het scholingsaanbod omvat onder meer netwerkbijeenkomsten voor intern begeleiders, een "
              "leergang gedrag in de klas, bijeenkomsten over meer- en hoogbegaafdheid en een jaarlijkse "
              "studiedag. Het aanbod wordt jaarlijks vastgesteld op basis van de vragen uit de scholen. "
              "Medewerkers van het bureau volgen zelf ook scholing, onder meer op het gebied van "
              "gespreksvoering met ouders en de nieuwe wetgeving."),
        ("p", "Het personeelsbeleid van het bureau is vastgelegd in een apart document. Jaarlijks voeren "
              "medewerkers een gesprekscyclus; het ziekteverzuim is laag en het verloop beperkt."),
    ]


def ict_privacy(c):
    return [
        ("h1", "Informatievoorziening en privacy"),
        ("p", f"Het samenwerkingsverband werkt met een digitaal systeem, {c['system']}, waarin scholen "
              f"aanvragen doen en dossiers delen. Het systeem is gekoppeld aan de leerlingadministratie van "
              f"de scholen. Toegang is beperkt tot de medewerkers die de gegevens voor hun taak nodig hebben."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid, voor zover dat nodig is voor de wettelijke taken. Wij houden ons aan de AVG en de "
              "bepalingen in de onderwijswetgeving. Gegevens worden niet langer bewaard dan nodig; voor "
              "besluiten over toelaatbaarheid geldt een bewaartermijn van drie jaar na het besluit. Het "
              "samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, gedeeld met twee "
              "andere samenwerkingsverbanden."),
        ("p", "In de planperiode vervangen wij het huidige systeem. Het nieuwe systeem moet eenvoudiger zijn "
              "voor scholen, beter beveiligd en beter geschikt om gegevens te ontsluiten voor beleid. "
              "De aanbesteding vindt plaats in het schooljaar 2026-2027."),
    ]


def planning(c, extra=None, cycle=True):
    rows = [["Periode", "Activiteit", "Betrokken"],
            ["Voorjaar 2026", "Jaarplan 2026-2027 opstellen", "Bureau, directeurenoverleg"],
            ["Najaar 2026", "Vaststellen begroting 2027", "Algemeen bestuur, RvT"],
            ["Voorjaar 2027", "Tussentijdse bespreking plan met OPR", "OPR, directeur-bestuurder"],
            ["2027-2028", "Aanbesteding nieuw registratiesysteem", "Bureau"],
            ["Najaar 2028", "Midterm review ondersteuningsplan", "Alle geledingen"],
            ["Voorjaar 2029", "Start nieuw ondersteuningsplan", "Alle geledingen"]]
    if extra:
        rows[1:1] = extra
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan is het kader voor vier jaar. Elk jaar werken wij het plan uit in een "
              "jaarplan met activiteiten en een jaarbegroting. " + (
              "In het jaarverslag leggen wij verantwoording af over de uitvoering. Zo ontstaat een cyclus "
              "van plannen, uitvoeren, terugkijken en bijstellen." if cycle else
              "Het jaarplan wordt in het voorjaar opgesteld en na bespreking in het directeurenoverleg door "
              "het algemeen bestuur vastgesteld.")),
        ("p", "Onderstaande tabel geeft de belangrijkste momenten in de planperiode weer. De planning is "
              "indicatief; het algemeen bestuur kan op voorstel van de directeur-bestuurder wijzigingen "
              "aanbrengen. Wijzigingen van het plan zelf worden altijd aan de OPR voorgelegd."),
        ("table", rows),
    ]


def glossary(c, extra=()):
    items = [
        ("Arrangement", "Een pakket van ondersteuning voor een leerling of groep, afgestemd op de ondersteuningsbehoefte."),
        ("Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft."),
        ("Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt."),
        ("Meerjarenbegroting", "Begroting die de financiële ontwikkeling over meerdere jaren laat zien."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
        ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."),
        ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
        ("Verevening", "Correctie op het budget voor zware ondersteuning als het deelnamepercentage afwijkt van het landelijk gemiddelde."),
        ("Zorgplicht", "De plicht van een schoolbestuur om een passende onderwijsplek te bieden of te vinden."),
    ] + list(extra)
    abbr = [("AB", "Algemeen bestuur"), ("IB", "Intern begeleider"), ("OJSP", "Ouder- en jeugdsteunpunt"),
            ("OOGO", "Op overeenstemming gericht overleg"), ("OPP", "Ontwikkelingsperspectief(plan)"),
            ("OPR", "Ondersteuningsplanraad"), ("RvT", "Raad van toezicht"),
            ("SOP", "Schoolondersteuningsprofiel"), ("TLV", "Toelaatbaarheidsverklaring")]
    if c["sector"] == "po":
        abbr += [("SBO", "Speciaal basisonderwijs"), ("SO", "Speciaal onderwijs")]
    else:
        abbr += [("LWOO", "Leerwegondersteunend onderwijs"), ("PrO", "Praktijkonderwijs"),
                 ("VSO", "Voortgezet speciaal onderwijs"), ("OPDC", "Orthopedagogisch-didactisch centrum")]
    items.sort()
    return [
        ("h1", "Bijlage: begrippenlijst en afkortingen"),
        ("table", [["Begrip", "Betekenis"]] + [[a, b] for a, b in items]),
        ("h2", "Afkortingen"),
        ("table", [["Afkorting", "Betekenis"]] + [[a, b] for a, b in sorted(abbr)]),
    ]


def bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering en totstandkoming"),
        ("h2", "Bedrijfsvoering"),
        ("p", f"Het bureau is gevestigd in {c['city']}, in een verzamelgebouw dat het samenwerkingsverband deelt "
              f"met een onderwijsadviesbureau en de leerplichtafdeling van de gemeente. Het huurcontract loopt "
              f"tot 2028. De salarisadministratie is uitbesteed aan een administratiekantoor; inkoop verloopt "
              f"via een gezamenlijk inkoopcollectief van samenwerkingsverbanden. Bij vervanging van laptops en "
              f"meubilair kiezen wij voor duurzame en tweedehands oplossingen."),
        ("p", "Het bureau werkt hybride. Medewerkers zijn op vaste dagen op kantoor en verder veel op de "
              "scholen. Voor overleggen met scholen en partners gebruiken wij zowel fysieke als online "
              "bijeenkomsten; grote bijeenkomsten, zoals de jaarlijkse netwerkdag, organiseren wij op een "
              "van de aangesloten scholen."),
        ("h2", "Hoe dit plan tot stand kwam"),
        ("p", "De voorbereiding van dit plan begon in september 2024 met een startbijeenkomst van het "
              "algemeen bestuur. Een schrijfgroep van vier schoolleiders, twee intern begeleiders of "
              "ondersteuningscoördinatoren en twee medewerkers van het bureau heeft de teksten opgesteld. "
              "Conceptversies zijn besproken in het directeurenoverleg, in de raad van toezicht en in de "
              "ondersteuningsplanraad. Daarnaast is het concept voorgelegd aan de gemeenten en aan het "
              "samenwerkingsverband in de andere sector."),
        ("p", "Wij hebben bewust gekozen voor een compact plan met een heldere opbouw. Details die vaker "
              "wijzigen, zoals formulieren, werkinstructies en contactgegevens, zijn niet in dit plan "
              "opgenomen maar worden apart bijgehouden."),
    ]


def toc(lines):
    return [("h1", "Inhoudsopgave"), ("toc", lines), ("pagebreak",)]


# --------------------------------------------------------------------------------------------
# Plan 1 — PO, .docx
# RE missing; TS partial (procedure yes, beleid no, inside TLV chapter); FI under "Geld en
# middelen" with table; OU inside "Communicatie"; BO, PL, DA present.
# --------------------------------------------------------------------------------------------
C1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Maas en Linge", short="Maas en Linge PO",
          region="het Maas- en Lingegebied", gemeenten=["Lingemaas", "Heukelveld", "Waaldijk", "Ammerstein"],
          n_besturen=11, n_schools=74, n_lln="14.900", fte="14,6", sector="po", period="2026-2030",
          director="drs. H.J. (Hanneke) van Dalfsen", city="Lingemaas", date_sign="maart 2026",
          opr_n=12, opr_date="17 februari 2026", oogo_date="3 februari 2026", vast_date="10 maart 2026",
          system="Kindkompas")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['name']} (PO 31-07)\nVastgesteld door het algemeen bestuur op 10 maart 2026"),
         ("pagebreak",)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio in beeld", "3 Missie, visie en koers",
              "4 Wat elke school biedt: basisondersteuning", "5 Van basis naar speciaal: ons ondersteuningsaanbod",
              "6 Toelaatbaarheid sbo en so", "7 Samenwerking met gemeenten", "8 Geld en middelen",
              "9 Communicatie", "10 Kwaliteit en resultaten", "11 Organisatie en governance", "12 Medezeggenschap",
              "13 Personeel en professionalisering", "14 Informatievoorziening en privacy",
              "15 Planning en jaarcyclus", "Bijlage: begrippenlijst en afkortingen"])
    b += voorwoord(c)
    b += leeswijzer(c, ["Na de schets van onze regio en onze visie beschrijven wij in hoofdstuk 4 de "
                        "basisondersteuning en in hoofdstuk 5 het ondersteuningsaanbod.",
                        "Hoofdstuk 6 gaat over toelaatbaarheid, hoofdstuk 8 over de financiën, hoofdstuk 9 over "
                        "de informatie aan ouders en hoofdstuk 10 over resultaten en kwaliteit.",
                        "De laatste hoofdstukken gaan over de organisatie."])
    b += context(c)
    b += visie(c)
    b += [
        ("h1", "Wat elke school biedt: basisondersteuning"),
        ("p", "De elf besturen in Maas en Linge hebben met elkaar afgesproken wat iedere school minimaal "
              "biedt. Dit noemen wij de basisondersteuning. Het is een ondergrens die geldt voor alle 74 "
              "vestigingen, ook voor de kleinste dorpsschool en ook voor scholen met een eigen "
              "onderwijsconcept. Een ouder mag erop rekenen dat zijn of haar kind op elke school in ons "
              "verband ten minste deze ondersteuning krijgt, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is."),
        ("p", "De afspraken zijn in 2025 opnieuw vastgesteld door het algemeen bestuur, na een ronde langs "
              "alle intern begeleiders. Ze zijn gegroepeerd in zes onderdelen. In onderstaande tabel staat per "
              "onderdeel wat er op iedere school aanwezig is."),
        ("table", [["Onderdeel", "Wat er op iedere school is"],
                   ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; een ondersteuningsteam (school, ouders, consulent SWV, jeugdprofessional) dat minimaal drie keer per jaar bijeenkomt."],
                   ["Lezen en rekenen", "Werken volgens het Protocol Leesproblemen en Dyslexie en het Protocol ERWD; signalering in groep 2 en 3; extra instructie en verlengde instructie in kleine groepjes."],
                   ["Gedrag en welbevinden", "Een schoolbrede aanpak voor gedrag (zoals PBS of Kanjertraining); een jaarlijkse monitor sociale veiligheid; een aandachtsfunctionaris en een anti-pestcoördinator."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en een verrijkingsaanbod in de eigen groep (compacten en verrijken)."],
                   ["Taal en nieuwkomers", "Ondersteuning bij Nederlands als tweede taal in de groep, met een leerlijn NT2 voor leerlingen die korter dan twee jaar in Nederland zijn."],
                   ["Medisch en fysiek", "Een protocol medisch handelen; aanpassingen in het gebouw voor zover redelijk; afstemming met de jeugdarts."]]),
        ("p", "Wanneer een leerling meer nodig heeft dan deze basisondersteuning, bespreekt de school de "
              "situatie in het ondersteuningsteam. Dan is een arrangement of een ander aanbod uit hoofdstuk 5 "
              "mogelijk."),
        ("p", "Elke school legt in de schoolgids vast hoe zij de basisondersteuning invult. Het "
              "samenwerkingsverband controleert dit jaarlijks met de kwaliteitskaart basisondersteuning: de "
              "consulent loopt samen met de intern begeleider de zes onderdelen na. Scholen die op een onderdeel "
              "onder de afgesproken ondergrens scoren, maken binnen drie maanden een verbeterplan, dat de "
              "consulent een half jaar later opnieuw bekijkt. Het algemeen bestuur wordt jaarlijks over de "
              "uitkomsten geïnformeerd."),
        ("h1", "Van basis naar speciaal: ons ondersteuningsaanbod"),
        ("p", "Ons aanbod is opgebouwd als een doorlopende reeks. Niet elk kind past in een hokje, maar de "
              "indeling helpt scholen en ouders om te zien welke stap er na de basisondersteuning mogelijk is."),
        ("table", [["Niveau", "Aanbod", "Waar"],
                   ["1 Basis", "Basisondersteuning volgens hoofdstuk 4", "Alle scholen"],
                   ["2 Extra in de school", "Arrangement op maat: extra handen in de klas, begeleiding door specialist, kortdurende training", "Eigen school, met budget van het SWV"],
                   ["3 Bovenschools", "Taalklas voor nieuwkomers (2 locaties), plusklas meer- en hoogbegaafden (5 locaties), observatiegroep jonge kind", "Bovenschoolse voorzieningen"],
                   ["4 Speciaal basisonderwijs", "Kleine groepen met specialistische begeleiding", "Drie sbo-scholen"],
                   ["5 Speciaal onderwijs", "Cluster 3 en 4, inclusief onderwijs-zorgarrangementen", "Twee so-scholen in de regio, enkele scholen daarbuiten"]]),
        ("p", "Binnen dit aanbod werken scholen en voorzieningen samen. Leerlingen kunnen tijdelijk gebruik "
              "maken van een bovenschoolse voorziening en daarna weer volledig in de eigen groep meedoen. "
              "Onderwijs-zorgarrangementen maken wij samen met de gemeenten: de school zorgt voor het "
              "onderwijs, de gemeente financiert de zorg in onderwijstijd."),
        ("h2", "Waar het aanbod tekortschiet"),
        ("p", "Wij willen weten waar kinderen geen passende plek vinden. Daarom houden wij een registratie bij "
              "van thuiszitters, van kinderen met een vrijstelling en van wachtlijsten bij het so. Elke maand "
              "bespreekt de thuiszitterstafel (leerplicht, consulent SWV, lokaal team en de betrokken "
              "school) ieder kind dat langer dan vier weken niet of gedeeltelijk naar school gaat. Binnen "
              "zes weken na de eerste bespreking moet er een plan liggen; lukt dat niet, dan heeft de "
              "directeur-bestuurder doorzettingsmacht om een voorziening in te zetten."),
        ("p", "In 2025 hebben wij samen met de besturen een analyse gemaakt van witte vlekken. Daaruit bleek dat "
              "er te weinig plek is voor jonge kinderen met een grote ontwikkelingsachterstand en voor kinderen "
              "die onderwijs en intensieve zorg combineren. Wij openen daarom per 1 augustus 2026 een tweede "
              "observatiegroep jonge kind en maken met twee zorgaanbieders afspraken over een "
              "onderwijs-zorggroep. De analyse wordt elke twee jaar herhaald."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Als een school met de basisondersteuning en een arrangement onvoldoende kan bieden, kan het "
              "schoolbestuur een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs "
              "of het speciaal onderwijs."),
        ("h2", "Stappen"),
        ("bullets", ["Stap 1: het ondersteuningsteam bespreekt de leerling; de ouders zijn daarbij aanwezig.",
                     "Stap 2: het schoolbestuur dient via Kindkompas de aanvraag in, met het OPP, het "
                     "groeidocument en de zienswijze van de ouders.",
                     "Stap 3: twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of "
                     "psycholoog en, afhankelijk van de leerling, een maatschappelijk werker, een "
                     "kinderpsychiater of een arts. Zij zijn niet betrokken geweest bij de aanvraag.",
                     "Stap 4: de Commissie Toelaatbaarheid van het samenwerkingsverband besluit binnen zes weken "
                     "na ontvangst van de volledige aanvraag. Ouders ontvangen het besluit en een kopie van de "
                     "adviezen."]),
        ("h2", "Wanneer is een kind toelaatbaar?"),
        ("table", [["Voorziening", "Criteria"],
                   ["Speciaal basisonderwijs", "De ondersteuningsbehoefte overstijgt de basisondersteuning en een arrangement van ten minste zes maanden in de reguliere school heeft onvoldoende opgeleverd; het kind heeft baat bij een kleine groep met een specialistisch pedagogisch klimaat; de leerling kan het onderwijsprogramma van het sbo volgen."],
                   ["Speciaal onderwijs cluster 3", "Ernstige verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte waardoor het kind aangewezen is op een ZML-, LG- of LZ-aanbod; onderbouwd met medische of psychologische gegevens."],
                   ["Speciaal onderwijs cluster 4", "Ernstige gedrags- of psychiatrische problematiek die in sbo en regulier onderwijs niet te hanteren is, blijkend uit het OPP en het advies van de deskundigen."]]),
        ("h2", "Duur, categorie en bezwaar"),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
              "afgegeven voor twee schooljaren en eindigt op 31 juli. Voor het so stelt de commissie de "
              "bekostigingscategorie vast: laag, midden of hoog. Ouders en schoolbestuur kunnen binnen zes "
              "weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        ("h2", "Afloop van de TLV"),
        ("p", "In januari van het laatste schooljaar waarvoor de TLV geldt, evalueert de sbo- of so-school het "
              "OPP in een multidisciplinair overleg met ouders, de consulent van het samenwerkingsverband en "
              "waar nodig de school van herkomst. De sbo- of so-school neemt het initiatief voor dit overleg. "
              "Uiterlijk 1 maart volgt een van twee routes: de school vraagt een nieuwe TLV aan, waarover de "
              "Commissie Toelaatbaarheid beslist, of de ouders melden hun kind aan bij een reguliere school, "
              "waarna de ontvangende school binnen de wettelijke termijn besluit over toelating. Een tweede "
              "evaluatiemoment ligt in juni, zodat de overstap per 1 augustus kan plaatsvinden."),
        ("p", "Hoe wij terugkeer naar het reguliere onderwijs stimuleren en onder welke voorwaarden, bespreken "
              "wij in het eerste jaar van de planperiode met de directeuren van sbo en so; dat gesprek moet nog "
              "plaatsvinden."),
    ]
    b += oogo(c)
    b += [
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
              "Een deel daarvan wordt rechtstreeks door DUO afgedragen aan het so en het sbo. Over de rest "
              "besluit het algemeen bestuur."),
        ("h2", "Hoe wij verdelen"),
        ("p", "Wij werken met een schoolmodel. Elk schoolbestuur ontvangt jaarlijks een bedrag per leerling "
              "op basis van het aantal leerlingen op 1 oktober van het voorafgaande jaar: in 2026 is dat "
              "€ 142 per leerling. Kleine scholen krijgen daarbovenop een vaste voet van € 4.500 per vestiging. "
              "Daarnaast houdt het samenwerkingsverband een budget aan voor arrangementen; scholen vragen een "
              "arrangement aan bij de consulent en de arrangementencommissie kent het toe op basis van het "
              "OPP, voor maximaal een schooljaar. De verdeling wordt in november vastgesteld bij de begroting."),
        ("p", "De besturen verantwoorden in hun jaarverslag aan welke ondersteuning zij de middelen hebben "
              "besteed; het samenwerkingsverband vraagt daarnaast per arrangement een korte evaluatie."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbekostiging", "11.840", "11.710", "11.620", "11.540"],
                   ["Afdracht DUO so en sbo", "-6.310", "-6.380", "-6.420", "-6.450"],
                   ["Schoolbudgetten besturen (per leerling + vaste voet)", "2.450", "2.420", "2.390", "2.360"],
                   ["Arrangementen", "1.150", "1.100", "1.080", "1.060"],
                   ["Bovenschoolse voorzieningen", "980", "1.010", "1.020", "1.030"],
                   ["Bureau, consulenten en deskundigen", "1.210", "1.230", "1.250", "1.270"],
                   ["Resultaat", "-260", "-430", "-540", "-630"]]),
        ("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve bedraagt eind 2025 € 3,1 "
              "miljoen en ligt boven de signaleringswaarde. Wij bouwen de reserve in vier jaar af tot het "
              "niveau dat nodig is voor onze risico's (weerstandsvermogen 10 procent van de baten)."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het bureau communiceert met schoolbesturen via "
              "het directeurenoverleg en een maandelijkse nieuwsbrief, en met de gemeenten via de vaste "
              "overleggen."),
        ("p", "Ouders informeren wij op drie manieren over de ondersteuning in de regio. Op de ouderpagina van "
              "onze website staat per school welke ondersteuning zij biedt, wat de bovenschoolse voorzieningen "
              "zijn en hoe een arrangement of TLV tot stand komt. De brochure 'Passend onderwijs in Maas en "
              "Linge' ligt op iedere school en is beschikbaar in het Nederlands, Engels, Arabisch en Pools. "
              "Twee keer per jaar organiseren wij een informatieavond voor ouders, afwisselend in het noorden en "
              "het zuiden van de regio. Scholen beschrijven hun ondersteuning bovendien in de schoolgids."),
        ("p", "Als ouders er met de school of met ons niet uitkomen, kunnen zij terecht bij het onafhankelijke "
              "Ouder- en Jeugdsteunpunt Rivierenland, dat ouders kosteloos informeert, meedenkt en kan "
              "bemiddelen. Het steunpunt is bereikbaar via telefoon, mail en een wekelijks spreekuur in "
              "Lingemaas. Ouders kunnen ook de onderwijsconsulenten inschakelen. Bij een geschil over toelating, "
              "verwijdering of het OPP kunnen ouders naar de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en zijn altijd gesprekspartner in het "
              "ondersteuningsteam."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Het samenwerkingsverband wil een lerende organisatie zijn. Scholen zijn zelf verantwoordelijk voor "
              "de kwaliteit van hun onderwijs en voor de resultaten van hun leerlingen; de inspectie houdt daar "
              "toezicht op. Het samenwerkingsverband richt zich op de kwaliteit van de eigen processen."),
        ("p", "In de vorige planperiode is gebleken dat onze doelen te algemeen waren geformuleerd. Een nieuw "
              "kwaliteitskader met beoogde resultaten en de manier waarop wij die gaan volgen, ontwikkelen wij "
              "in het schooljaar 2026-2027 samen met de OPR. Het kader wordt daarna als aanvulling op dit plan "
              "vastgesteld."),
    ]
    b += governance(c) + opr(c) + personeel(c) + ict_privacy(c) + planning(c, [["Schooljaar 2026-2027", "Ontwikkelen kwaliteitskader", "Bureau, OPR"]], cycle=False) + bedrijfsvoering(c) + glossary(c)
    return b


LABEL1 = """documents: [po-maasenlinge-op-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: missing, ouders: present}
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
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 'Wat elke school biedt': minimum for all 74 vestigingen + table of six onderdelen; kwaliteitskaart as borging."
  plaatsing: "Ch. 'Toelaatbaarheid sbo en so': steps 1-4 (Commissie Toelaatbaarheid, 6 weeks), criteria table, two deskundigen, duur/categorie, LBT bezwaar."
  terugstroom: "Procedure only, hidden in subsection 'Afloop van de TLV' of the TLV chapter (January MDO, 1 March routes, June); policy/conditions/support explicitly deferred ('gesprek moet nog plaatsvinden')."
  financien: "Under 'Geld en middelen': per-leerling EUR 142 + vaste voet + arrangementencommissie; meerjarenbegroting table 2026-2029; reserve afbouw."
  dekkend-aanbod: "Niveau 1-5 table; 'Waar het aanbod tekortschiet': thuiszitterstafel, witte-vlekkenanalyse 2025 with action per 1-8-2026."
  resultaten: "Ch. 'Kwaliteit en resultaten' only says goals were too general and a kwaliteitskader follows in 2026-2027 (deferral); no targets or monitoring."
  ouders: "Inside 'Communicatie': ouderpagina, brochure in 4 languages, info evenings; OJSP Rivierenland, onderwijsconsulenten, GPO."
"""


# --------------------------------------------------------------------------------------------
# Plan 2 — VO, .docx
# BO partial (niveau yes, inhoud only in absent bijlage); FI partial (verdeling yes, begroting
# deferred); OU partial (info yes, steunpunt deferred, no klachten/bezwaar anywhere); rest present.
# --------------------------------------------------------------------------------------------
C2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs IJsselvallei", short="SWV VO IJsselvallei",
          region="de IJsselvallei", gemeenten=["Hattemerbroek", "Olst-Wijhe-Veld", "Dierenhoven", "Brummelo", "Zuthem"],
          n_besturen=8, n_schools=19, n_lln="16.300", fte="22,3", sector="vo", period="2026-2030",
          director="mr. drs. P.A. (Pieter) Hoogeveen", city="Dierenhoven", date_sign="april 2026",
          opr_n=10, opr_date="24 maart 2026", oogo_date="12 februari 2026", vast_date="31 maart 2026",
          system="OnderwijsTransparant")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['name']} (VO 23-05)\nSamen sterk voor iedere jongere"), ("pagebreak",)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio in beeld", "3 Missie, visie en koers",
              "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Toewijzing: vso, lwoo en pro",
              "7 Ambities en resultaten", "8 Ouders en leerlingen", "9 Financieel kader",
              "10 Samenwerking met gemeenten", "11 Organisatie en governance", "12 Medezeggenschap",
              "13 Personeel en professionalisering", "14 Informatievoorziening en privacy",
              "15 Planning en jaarcyclus", "Bijlage 1: begrippenlijst", "Bijlage 2: standaarden basisondersteuning VO",
              "Bijlage 3: meerjarenbegroting 2026-2030"])
    b += voorwoord(c)
    b += leeswijzer(c, ["Hoofdstuk 4 en 5 beschrijven de basisondersteuning en het continuüm van ondersteuning.",
                        "Hoofdstuk 6 beschrijft de toewijzing van vso, lwoo en praktijkonderwijs, inclusief de afloop "
                        "van een toelaatbaarheidsverklaring.",
                        "In hoofdstuk 7 staan onze ambities, in hoofdstuk 8 de informatie voor ouders en leerlingen "
                        "en in hoofdstuk 9 het financieel kader."])
    b += context(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in ons verband de afgesproken ondergrens die alle vestigingen bieden, van "
              "praktijkonderwijs tot gymnasium. Het is de ondersteuning die een leerling op iedere school in de "
              "IJsselvallei mag verwachten zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
              "Het algemeen bestuur heeft dit niveau in 2024 vastgesteld; het geldt voor de hele planperiode."),
        ("p", "De concrete standaarden waaruit de basisondersteuning bestaat, zijn opgenomen in bijlage 2 "
              "'Standaarden basisondersteuning VO'. Scholen werken deze standaarden uit in hun "
              "schoolondersteuningsprofiel, dat op de website van iedere school te vinden is."),
        ("p", "Het bureau toetst elk jaar de schoolondersteuningsprofielen aan de standaarden en bespreekt de "
              "uitkomst in het kwaliteitsgesprek met de schoolleiding. Als een school een standaard niet haalt, "
              "worden afspraken gemaakt over verbetering binnen het schooljaar."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Het continuüm beschrijft hoe ondersteuning oploopt van licht naar intensief. Leerlingen "
              "bewegen daarin heen en weer: een leerling die tijdelijk naar het OPDC gaat, keert daarna terug "
              "naar de eigen school."),
        ("table", [["Laag", "Voorziening", "Toegang"],
                   ["Basis", "Ondersteuning volgens de standaarden in iedere school", "Geen aanvraag"],
                   ["Extra in de school", "Trajectvoorziening of ondersteuningsklas op 14 vestigingen; individueel arrangement", "Besluit schoolbestuur, budget lichte ondersteuning"],
                   ["Tussenvoorziening", "OPDC De Brug (60 plaatsen), Rebound (12 plaatsen, maximaal 13 weken)", "Aanmelding bij Loket IJsselvallei"],
                   ["Onderwijs-zorg", "Twee onderwijs-zorgklassen met jeugdhulpaanbieder", "Loket en gemeente samen"],
                   ["Speciaal", "Vso cluster 3 en 4 op vier locaties", "TLV"]]),
        ("h2", "Thuiszitters en witte vlekken"),
        ("p", "Iedere leerling die twee weken of langer thuiszit zonder passend aanbod, wordt binnen vijf "
              "werkdagen gemeld bij het Loket. Een trajectbegeleider van het samenwerkingsverband stelt met de "
              "school, de leerplichtambtenaar en ouders binnen vier weken een plan op. In 2024-2025 ging het "
              "om 41 leerlingen; voor 33 van hen was binnen drie maanden weer een passend aanbod gerealiseerd."),
        ("p", "Elk voorjaar bespreken de besturen in het zorgplichtoverleg welke leerlingen niet geplaatst "
              "konden worden en waarom. Uit deze overleggen bleek dat er geen passend aanbod is voor "
              "hoogbegaafde leerlingen met faalangst en voor jongeren met ernstige angstproblematiek. Voor de "
              "eerste groep start per schooljaar 2026-2027 een deeltijdvoorziening; voor de tweede groep "
              "ontwikkelen wij met de gemeenten een onderwijs-zorgtraject, dat in 2027 moet draaien."),
        ("h1", "Toewijzing: vso, lwoo en pro"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de "
              "TLV aan bij het Loket IJsselvallei. Bij de aanvraag horen het OPP, een overzicht van de "
              "geboden ondersteuning en de zienswijze van ouders en leerling. De Commissie Toewijzing "
              "neemt het besluit binnen vijf weken, na schriftelijke adviezen van een GZ-psycholoog of "
              "orthopedagoog en van een tweede deskundige (jeugdarts, maatschappelijk werker of "
              "kinder- en jeugdpsychiater) die niet bij de leerling betrokken is."),
        ("p", "De commissie verklaart een leerling toelaatbaar tot het vso als aan alle drie de volgende "
              "voorwaarden is voldaan: (1) de ondersteuningsbehoefte is zo groot en complex dat deze de "
              "ondersteuning in het continuüm overstijgt, (2) er is ten minste een half jaar extra "
              "ondersteuning geboden en geëvalueerd, tenzij de veiligheid van leerling of omgeving dat "
              "onmogelijk maakt, en (3) het onderwijsaanbod van het vso sluit aan bij het "
              "ontwikkelingsperspectief. De TLV geldt in de regel voor drie schooljaren en vermeldt de "
              "bekostigingscategorie."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("table", [["", "Lwoo", "Praktijkonderwijs"],
                   ["Criteria", "Landelijke criteria: IQ 75-90 met leerachterstand van 1,5-3 jaar op twee domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
                   ["Aanvraag", "Door de vo-school, uiterlijk 1 april voorafgaand aan het eerste leerjaar", "Door de school voor pro, uiterlijk 1 april"],
                   ["Besluit", "Commissie Toewijzing, binnen vier weken", "Commissie Toewijzing, binnen vier weken"],
                   ["Duur", "Voor de duur van de opleiding", "Voor de duur van de opleiding"]]),
        ("h2", "Als de TLV afloopt"),
        ("p", "Terugkeer naar het regulier voortgezet onderwijs is voor ons het uitgangspunt, zodra de "
              "ontwikkeling van de leerling dat toelaat. Wij willen dat jongeren een diploma halen op het "
              "hoogst haalbare niveau en zo thuisnabij mogelijk. Voorwaarden zijn dat het OPP laat zien dat de "
              "leerling het reguliere programma met de ondersteuning van een reguliere school kan volgen, en "
              "dat de ontvangende school voorbereid is."),
        ("p", "Uiterlijk in november van het laatste TLV-jaar organiseert de vso-school een "
              "perspectiefgesprek met leerling, ouders en de trajectbegeleider van het samenwerkingsverband. "
              "Als terugplaatsing haalbaar is, zoekt de vso-school met ouders een reguliere school en draagt "
              "zij het dossier warm over; de ontvangende school besluit over toelating. Is terugplaatsing nog "
              "niet haalbaar, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan."),
        ("p", "Elke teruggeplaatste leerling krijgt een overstaparrangement van één schooljaar: "
              "ambulante begeleiding vanuit het vso en een vast aanspreekpunt op de nieuwe school. Het "
              "samenwerkingsverband bekostigt dit met € 4.000 per leerling. In 2024-2025 keerden 14 "
              "leerlingen terug naar het regulier onderwijs; wij streven naar 20 per jaar."),
        ("h1", "Ambities en resultaten"),
        ("p", "In de vorige planperiode hebben wij geleerd dat algemene doelen niet helpen. Daarom formuleren "
              "wij voor 2026-2030 vier beoogde resultaten met een meetbare streefwaarde."),
        ("table", [["Beoogd resultaat", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
                   ["Minder thuiszitters langer dan 3 maanden", "17", "maximaal 8"],
                   ["Meer leerlingen terug uit vso naar regulier", "14 per jaar", "20 per jaar"],
                   ["Kortere doorlooptijd TLV-aanvraag", "gemiddeld 7 weken", "maximaal 5 weken"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "ten minste 7,5"]]),
        ("p", "Het bureau verzamelt de gegevens elk halfjaar uit het registratiesysteem, de leerplichttelling "
              "en een ouderenquête. De resultaten worden in een dashboard gerapporteerd aan het algemeen "
              "bestuur en de OPR en in het jaarverslag verantwoord. Tweemaal per jaar voeren wij met elke "
              "school een kwaliteitsdialoog over de cijfers; bij achterblijvende resultaten worden acties "
              "in het jaarplan opgenomen."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is. Op de website van het "
              "samenwerkingsverband staat een pagina per school met het ondersteuningsaanbod, de "
              "tussenvoorzieningen en de routes via het Loket. Elk najaar organiseren wij een ouderavond over "
              "de overstap van po naar vo, en alle groep-8-ouders ontvangen via de basisschool de folder "
              "'Ondersteuning in het vo'. Scholen informeren ouders bovendien via de schoolgids en het "
              "mentorgesprek."),
        ("p", "Ouders en leerlingen denken mee in de ondersteuningsplanraad en in een leerlingenpanel dat "
              "twee keer per jaar bijeenkomt. Bij het opstellen van een OPP hebben leerlingen hoorrecht."),
        ("p", "Voor een onafhankelijk ouder- en jeugdsteunpunt verkennen wij samen met het PO-verband de "
              "mogelijkheden. Over vorm, locatie en financiering besluiten de besturen in 2027."),
        ("h1", "Financieel kader"),
        ("p", "Het samenwerkingsverband ontvangt een budget voor lichte ondersteuning, een budget voor zware "
              "ondersteuning en middelen voor lwoo en praktijkonderwijs. De middelen voor lwoo en pro gaan "
              "volledig door naar de scholen die dit onderwijs verzorgen."),
        ("p", "De verdeling van de overige middelen gebeurt volgens het verdeelmodel dat het algemeen bestuur in "
              "2023 heeft vastgesteld. Iedere vestiging ontvangt een vaste voet van € 25.000 plus € 95 per "
              "leerling op de teldatum van 1 oktober. Voor tussenvoorzieningen geldt een vast budget per plaats "
              "dat jaarlijks bij de begroting wordt bepaald. Wijzigingen in het verdeelmodel vereisen een "
              "besluit van het algemeen bestuur met twee derde meerderheid."),
        ("p", "De meerjarenbegroting 2026-2030 wordt na vaststelling door het algemeen bestuur als bijlage 3 "
              "bij dit plan gevoegd. Op het moment van schrijven zijn de rijksbijdragen voor 2027 en verder nog "
              "niet bekend."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + ict_privacy(c) + planning(c) + bedrijfsvoering(c) + glossary(c)
    return b


LABEL2 = """documents: [vo-ijsselvallei-op-2026-2030.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 'Basisondersteuning' defines the ondergrens for all vestigingen, but the concrete standaarden are only in bijlage 2, which is not part of the document (listed in TOC only)."
  plaatsing: "Ch. 'Toewijzing': vso procedure (Loket, Commissie Toewijzing, 5 weeks, two deskundigen) and three criteria; lwoo/pro table with criteria, aanvraag, besluit. No bezwaar route anywhere."
  terugstroom: "Hidden in 'Als de TLV afloopt' inside the Toewijzing chapter: policy + conditions, November perspectiefgesprek, april new TLV, overstaparrangement EUR 4.000, 14 returns."
  financien: "'Financieel kader' gives verdeelmodel (vaste voet + EUR 95/leerling) but the meerjarenbegroting is deferred to absent bijlage 3; no amounts of spending."
  dekkend-aanbod: "Continuum table + 'Thuiszitters en witte vlekken' (Loket melding, 41 pupils, gaps and actions)."
  resultaten: "'Ambities en resultaten': table with nulmeting and streefwaarden; half-yearly dashboard, jaarverslag, kwaliteitsdialoog."
  ouders: "'Ouders en leerlingen': website page per school, ouderavond, folder; independent steunpunt only 'verkennen ... besluiten in 2027' (deferral); no klachten/bezwaar info."
"""


# --------------------------------------------------------------------------------------------
# Plan 3 — PO, .pdf (from docx)
# PL partial (criteria deferred); TS missing; DA partial (lacunes deferred); RE partial
# (monitoring deferred); OU missing; BO, FI present.
# --------------------------------------------------------------------------------------------
C3 = dict(name="Stichting Samenwerkingsverband PO Veenhoven", short="SWV Veenhoven",
          region="de Veenhovense regio", gemeenten=["Veenhoven", "Oosterwolde-Noord", "Nieuw-Buinen-Oost"],
          n_besturen=6, n_schools=52, n_lln="8.700", fte="9,8", sector="po", period="2026-2030",
          director="J. (Jelle) Bosscher MEd", city="Veenhoven", date_sign="februari 2026",
          opr_n=8, opr_date="9 maart 2026", oogo_date="20 januari 2026", vast_date="16 maart 2026",
          system="Zorgloket Online")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan Passend Onderwijs 2026-2030"),
         ("subtitle", f"{c['name']}\nIeder kind telt mee"), ("pagebreak",)]
    b += toc(["Voorwoord", "1 Inleiding", "2 Onze regio in beeld", "3 Missie, visie en koers",
              "4 De ondergrens: wat overal geregeld is", "5 Het aanbod na de basis", "6 Het Ondersteuningsloket",
              "7 Onze ambities", "8 Bekostiging en verdeling", "9 Samenwerking met gemeenten",
              "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel",
              "13 Informatievoorziening en privacy", "14 Planning", "Bijlage: begrippenlijst"])
    b += voorwoord(c)
    b += leeswijzer(c, ["Hoofdstuk 4 beschrijft wat op iedere school geregeld is, hoofdstuk 5 het aanbod "
                        "daarboven en hoofdstuk 6 de werkwijze van het Ondersteuningsloket.",
                        "In hoofdstuk 7 staan onze ambities en in hoofdstuk 8 de bekostiging."])
    # filler context without parent roles
    b += context(c)
    b += visie(c)
    b += [
        ("h1", "De ondergrens: wat overal geregeld is"),
        ("p", "In Veenhoven spreken wij niet over 'basisondersteuning' als abstract begrip, maar over twaalf "
              "afspraken die op elke locatie van elk aangesloten bestuur gelden. Deze afspraken vormen samen "
              "de ondergrens: geen school in ons verband biedt minder. Ze zijn door alle zes besturen "
              "ondertekend en gelden vanaf 1 augustus 2026."),
        ("table", [["Nr.", "Afspraak: op iedere school ..."],
                   ["1", "werkt een intern begeleider die ten minste twee dagdelen per week vrij is geroosterd voor begeleiding"],
                   ["2", "worden leerlingen drie keer per jaar besproken in een groepsbespreking"],
                   ["3", "is een dyslexieprotocol met signalering vanaf groep 2 en extra leesinstructie"],
                   ["4", "is een rekenprotocol met aanpak voor ernstige rekenproblemen"],
                   ["5", "wordt een methode voor sociaal-emotioneel leren gebruikt en de sociale veiligheid jaarlijks gemeten"],
                   ["6", "is een aanbod voor kinderen die meer uitdaging nodig hebben in de eigen groep"],
                   ["7", "krijgen kinderen met een taalachterstand extra woordenschatonderwijs"],
                   ["8", "is een protocol medisch handelen en een regeling voor medicijnverstrekking"],
                   ["9", "kan een leerling met een OPP een eigen leerlijn volgen voor één of meer vakken"],
                   ["10", "is de consulent van het SWV op afroep beschikbaar voor consultatie"],
                   ["11", "is er een time-out-afspraak voor leerlingen die tijdelijk niet in de groep kunnen zijn"],
                   ["12", "worden overdrachten naar het volgende schooljaar en naar het vo warm gedaan"]]),
        ("p", "Elk jaar vult iedere school de zelfevaluatie 'twaalf afspraken' in. De consulent bespreekt de "
              "uitkomst met de directeur en bezoekt eens per twee jaar de school. Als een afspraak niet wordt "
              "nagekomen, stelt de school een verbeterplan op en meldt het bureau dit aan het bevoegd gezag."),
        ("h1", "Het aanbod na de basis"),
        ("p", "Boven de twaalf afspraken is een getrapt aanbod beschikbaar. Het kind blijft zoveel mogelijk op "
              "de eigen school; pas als dat niet lukt, komt een plek buiten de school in beeld."),
        ("table", [["Trede", "Wat", "Wie beslist"],
                   ["Extra op school", "Schoolarrangement: extra begeleiding, materialen of inzet specialist, maximaal 1 jaar", "Ondersteuningsloket"],
                   ["Bovenschools", "Plusklas (3 locaties), taalklas nieuwkomers (1 locatie), Kortdurende Observatieplaats", "Ondersteuningsloket"],
                   ["Sbo", "Twee scholen voor speciaal basisonderwijs", "Ondersteuningsloket (TLV)"],
                   ["So", "Cluster 3 (1 school) en cluster 4 (1 school), onderwijs-zorggroep", "Ondersteuningsloket (TLV)"]]),
        ("p", "Of dit aanbod voldoende dekkend is, weten wij nog niet goed. In het schooljaar 2026-2027 "
              "brengen wij in beeld voor welke kinderen er geen passende plek is; daarna bepalen wij welke "
              "stappen nodig zijn. Ook voor thuiszitters willen wij in deze planperiode een aanpak maken."),
        ("h1", "Het Ondersteuningsloket"),
        ("p", "Het Ondersteuningsloket is de plek waar scholen terechtkunnen voor een arrangement, een "
              "bovenschoolse plek of een toelaatbaarheidsverklaring voor sbo of so."),
        ("bullets", ["De aanvraag wordt ingediend door het schoolbestuur via Zorgloket Online, met het OPP, "
                     "het groeidocument en de bevindingen uit het ondersteuningsteam.",
                     "De orthopedagoog van het loket en een tweede deskundige (jeugdarts of maatschappelijk "
                     "werker) geven elk schriftelijk advies.",
                     "De loketcommissie (voorzitter, orthopedagoog, consulent) neemt binnen acht weken een besluit.",
                     "Een TLV wordt afgegeven tot 31 juli van het tweede schooljaar na het besluit; voor het so "
                     "stelt de commissie de categorie laag, midden of hoog vast."]),
        ("p", "De criteria aan de hand waarvan de loketcommissie bepaalt of een kind toelaatbaar is tot sbo "
              "of so, worden momenteel herijkt met de sbo- en so-scholen. Tot de nieuwe criteria zijn "
              "vastgesteld, naar verwachting in het voorjaar van 2027, weegt de commissie elke situatie "
              "afzonderlijk."),
        ("p", "Het loket geeft scholen na afloop terugkoppeling over de aanvraag, zodat zij leren van "
              "eerdere trajecten. Uitstroomgegevens van sbo en so naar het voortgezet onderwijs worden "
              "jaarlijks met het VO-verband gedeeld."),
        ("h1", "Onze ambities"),
        ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten geformuleerd voor kinderen die "
              "extra ondersteuning nodig hebben:"),
        ("table", [["Ambitie", "Streefcijfer 2030"],
                   ["Meer kinderen met een arrangement blijven op de eigen school", "80% van de arrangementen zonder vervolg-TLV"],
                   ["Kinderen wachten korter op een plek", "Besluit loket binnen 6 weken in 90% van de aanvragen"],
                   ["Deelname sbo en so blijft onder het landelijk gemiddelde", "Deelnamepercentage sbo+so maximaal 3,5%"],
                   ["Leraren voelen zich toegerust", "75% van de leraren geeft aan voldoende steun te krijgen"]]),
        ("p", "Hoe wij deze ambities gaan meten, met welke bronnen en hoe en wanneer wij erover rapporteren, "
              "werken wij uit in het kwaliteitskader dat in de loop van 2027 verschijnt."),
        ("h1", "Bekostiging en verdeling"),
        ("p", "Het samenwerkingsverband kiest voor een verdeling waarin het grootste deel van het geld naar "
              "de scholen gaat. De besturen ontvangen per 1 januari een bedrag per leerling (€ 118 in 2026) "
              "op basis van de teldatum 1 oktober; het bureau houdt een budget aan voor arrangementen, dat "
              "het loket toekent op basis van het OPP en het advies van de consulent, en voor de bovenschoolse "
              "voorzieningen. Het algemeen bestuur stelt de bedragen jaarlijks vast."),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Inkomsten lichte en zware ondersteuning", "7.120", "7.040", "6.960", "6.900"],
                   ["Afdrachten so (DUO) en overdracht sbo", "-3.890", "-3.920", "-3.950", "-3.980"],
                   ["Bedrag per leerling aan besturen", "1.030", "1.010", "990", "980"],
                   ["Arrangementen", "820", "800", "790", "780"],
                   ["Bovenschoolse voorzieningen", "640", "650", "650", "650"],
                   ["Bureau en loket", "790", "800", "810", "820"],
                   ["Saldo", "-50", "-140", "-230", "-310"]]),
        ("p", "Het negatieve saldo wordt gedekt uit de reserve, die eind 2025 € 1,6 miljoen bedraagt. De "
              "besturen leggen in hun jaarverslag verantwoording af over de inzet van het bedrag per leerling."),
    ]
    b += oogo(c) + governance(c) + opr(c, with_parents=False) + personeel(c) + ict_privacy(c) + planning(c, cycle=False)
    b += bedrijfsvoering(c)
    b += glossary(c, extra=[("Ouderbetrokkenheid", "Samenwerking tussen school en ouders in het belang van het kind.")])
    return b


LABEL3 = """documents: [po-veenhoven-op-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "'De ondergrens: wat overal geregeld is' - twelve afspraken for every locatie (table), the word basisondersteuning mostly avoided; zelfevaluatie as borging."
  plaatsing: "'Het Ondersteuningsloket': procedure bullets (bestuur, two deskundigen, loketcommissie, 8 weeks, duration/categorie) but criteria explicitly being 'herijkt' until 2027."
  terugstroom: "Nothing: only near-miss words (terugkoppeling, uitstroom) and the glossary entry 'Terugplaatsing'."
  financien: "'Bekostiging en verdeling': EUR 118 per leerling, arrangementen via loket; table 2026-2029 with amounts; reserve."
  dekkend-aanbod: "'Het aanbod na de basis' table gives the continuum; gaps/thuiszitters only deferred to 2026-2027 ('weten wij nog niet goed')."
  resultaten: "'Onze ambities' table with streefcijfers; measuring/reporting deferred to a kwaliteitskader 'in de loop van 2027'."
  ouders: "No information channels, no steunpunt, no parent role (OPR text without composition); only glossary entry 'Ouderbetrokkenheid' and value words in visie/voorwoord."
"""


# --------------------------------------------------------------------------------------------
# Plan 4 — VO, .pdf (from docx)
# BO missing; DA missing; PL partial (procedure in absent handboek); TS partial (beleid yes,
# procedure deferred); FI partial (besteding yes, verdeling via absent bijlage); RE present;
# OU partial (steunpunt yes, informatie deferred).
# --------------------------------------------------------------------------------------------
C4 = dict(name="Samenwerkingsverband VO Zeekant", short="SWV Zeekant",
          region="de kuststreek van Zeekant", gemeenten=["Zeekant", "Duinrode", "Westerhaven"],
          n_besturen=5, n_schools=14, n_lln="11.200", fte="12,4", sector="vo", period="2026-2030",
          director="drs. M.E. (Marloes) Kuipers-Vlot", city="Zeekant", date_sign="maart 2026",
          opr_n=8, opr_date="5 maart 2026", oogo_date="29 januari 2026", vast_date="12 maart 2026",
          system="Loket Zeekant Digitaal")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['name']} (VO 28-14)\nBasisondersteuning, toelaatbaarheid en dekkend aanbod in de kuststreek"),
         ("pagebreak",)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio in beeld", "3 Missie, visie en koers",
              "4 Basisondersteuning en dekkend aanbod", "5 Toelaatbaarheid vso, lwoo en pro",
              "6 Na het vso", "7 Ambities en opbrengsten", "8 Middelen", "9 Ouders",
              "10 Vaststelling en overleg", "11 Organisatie en governance", "12 Medezeggenschap",
              "13 Personeel en professionalisering", "14 Informatievoorziening en privacy", "15 Planning",
              "Bijlage: begrippenlijst en afkortingen"])
    b += voorwoord(c)
    b += leeswijzer(c, ["Hoofdstuk 4 gaat over basisondersteuning en het dekkend aanbod, hoofdstuk 5 over "
                        "toelaatbaarheid en hoofdstuk 6 over de periode na het vso.",
                        "Hoofdstuk 7 beschrijft onze ambities en opbrengsten en hoofdstuk 8 de middelen."])
    b += context(c, partners=False)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning en dekkend aanbod"),
        ("p", "Basisondersteuning en een dekkend aanbod zijn de twee pijlers onder passend onderwijs. De "
              "scholen in Zeekant zijn de afgelopen jaren hard aan de slag gegaan met hun "
              "schoolondersteuningsprofielen en met de samenwerking in de regio. Wij waarderen die inzet."),
        ("p", "In 2026 starten wij het project 'Stevige basis', waarin scholen, ouders en leerlingen samen "
              "bepalen wat de basisondersteuning in Zeekant moet omvatten. De uitkomsten worden in de loop van "
              "2027 als addendum aan dit plan toegevoegd, na instemming van de OPR."),
        ("p", "Het thema dekkend aanbod pakken wij op in een werkgroep met de besturen. Een analyse van het "
              "huidige aanbod en eventuele witte vlekken volgt; de werkgroep rapporteert in het voorjaar "
              "van 2027 aan het algemeen bestuur."),
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("p", "De aanvraagprocedure voor een toelaatbaarheidsverklaring vso, voor lwoo en voor "
              "praktijkonderwijs is beschreven in het Handboek Toewijzing Zeekant, dat niet in dit plan is "
              "opgenomen en jaarlijks wordt geactualiseerd. In dit plan leggen wij de criteria vast."),
        ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                   ["Vso cluster 3", "er sprake is van een verstandelijke beperking (IQ onder 55), een ernstige lichamelijke beperking of een langdurige ziekte die een ZML-, LG- of LZ-aanbod noodzakelijk maakt, blijkend uit medische of psychodiagnostische gegevens van minder dan twee jaar oud"],
                   ["Vso cluster 4", "de leerling ernstige gedrags- of psychiatrische problemen heeft, vastgesteld door een GZ-psycholoog of psychiater, en de reguliere school met inzet van extra ondersteuning gedurende ten minste zes maanden onvoldoende tegemoet kon komen aan de ondersteuningsbehoefte"],
                   ["Lwoo", "de leerling voldoet aan de landelijke criteria: IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee van de vier domeinen"],
                   ["Praktijkonderwijs", "de leerling voldoet aan de landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van ten minste 3 jaar op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"]]),
        ("p", "Een TLV voor het vso wordt in de regel voor drie schooljaren afgegeven, met bekostigingscategorie "
              "laag, tenzij de deskundigen een hogere categorie onderbouwen."),
        ("h1", "Na het vso"),
        ("p", "Voor het samenwerkingsverband is het vso geen eindstation. Wij willen dat iedere leerling in het "
              "vso perspectief houdt op terugkeer naar een reguliere school, als dat in het belang van de "
              "jongere is. Terugkeer is mogelijk wanneer de jongere het reguliere programma met de "
              "basisondersteuning en eventueel een arrangement kan volgen, de jongere en ouders de overstap "
              "willen en de ontvangende school zich voorbereid heeft."),
        ("p", "Iedere jongere die terugkeert, krijgt gedurende zes maanden een overstapcoach vanuit het vso die "
              "wekelijks contact heeft met de jongere en de mentor. Daarna is ambulante begeleiding mogelijk "
              "tot het einde van het schooljaar."),
        ("p", "De stappen en de rolverdeling bij terugplaatsing, inclusief de momenten waarop het perspectief "
              "wordt besproken, worden vastgelegd in een protocol dat wij samen met de vso-scholen opstellen."),
        ("h1", "Ambities en opbrengsten"),
        ("p", "Wij willen dat jongeren die extra ondersteuning nodig hebben, onderwijs volgen op een passend "
              "niveau, een diploma of startkwalificatie halen en met vertrouwen hun vervolgstap maken. Daarom hebben "
              "wij de volgende beoogde resultaten vastgesteld en zetten wij ze af tegen wat in het laatste "
              "schooljaar is bereikt."),
        ("table", [["Indicator", "Bereikt 2024-2025", "Doel 2029-2030"],
                   ["Deelnamepercentage vso (1 oktober)", "4,1%", "3,6%"],
                   ["Leerlingen uit vso met diploma of startkwalificatie", "61%", "70%"],
                   ["Terugplaatsingen vso naar regulier per jaar", "6", "12"],
                   ["Tevredenheid ouders over begeleiding vso (schaal 1-10)", "7,0", "ten minste 7,6"],
                   ["Gemiddelde doorlooptijd besluit TLV", "6,5 weken", "4 weken"]]),
        ("p", "De indicatoren worden twee keer per jaar gemeten in de Monitor Passend Zeekant, op basis van "
              "DUO-gegevens, de leerplichtregistratie en ons eigen registratiesysteem. De monitor wordt "
              "besproken in het algemeen bestuur, de raad van toezicht en de OPR; in het jaarverslag "
              "rapporteren wij per indicator de stand en de verklaring. Bij een achterstand van meer dan "
              "tien procent ten opzichte van de lijn naar het doel stelt de directeur-bestuurder een "
              "verbeteraanpak voor."),
        ("h1", "Middelen"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en "
              "praktijkonderwijs. Een groot deel van de zware ondersteuningsmiddelen wordt door DUO "
              "rechtstreeks afgedragen aan het vso."),
        ("p", "Hoe de middelen over de besturen worden verdeeld, is geregeld in het besluit verdeelsystematiek "
              "van het algemeen bestuur (bijlage 5). Het verdeelmodel wordt in 2026 herzien."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "3.420", "3.380", "3.350", "3.310"],
                   ["Baten zware ondersteuning", "6.980", "6.900", "6.850", "6.800"],
                   ["Lwoo en pro", "5.640", "5.610", "5.590", "5.560"],
                   ["Afdrachten vso (DUO)", "-5.120", "-5.150", "-5.170", "-5.190"],
                   ["Doorbetaling lwoo en pro aan scholen", "-5.640", "-5.610", "-5.590", "-5.560"],
                   ["Toekenning aan schoolbesturen", "-3.900", "-3.860", "-3.800", "-3.760"],
                   ["Overstapcoaches en ambulante begeleiding", "-310", "-320", "-330", "-340"],
                   ["Bureau en monitor", "-1.180", "-1.190", "-1.200", "-1.210"],
                   ["Saldo", "-110", "-240", "-300", "-390"]]),
        ("p", "De reserve bedraagt eind 2025 € 2,4 miljoen. Met de begrote tekorten brengen wij de reserve "
              "terug naar het niveau dat het risicoprofiel vraagt."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onmisbaar. Hoe wij ouders over het ondersteuningsaanbod informeren, leggen wij vast "
              "in het communicatieplan 2026, dat in voorbereiding is."),
        ("p", "Ouders die met vragen zitten of het niet eens zijn met de school of met het "
              "samenwerkingsverband, kunnen kosteloos terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt "
              "Kust, dat wordt gefinancierd door de PO- en VO-verbanden samen maar onafhankelijk werkt. Ook "
              "kunnen ouders de onderwijsconsulenten inschakelen. Bij een geschil over toelating, verwijdering "
              "of het OPP staat de Geschillencommissie passend onderwijs open; over een besluit op een "
              "TLV-aanvraag kunnen ouders bezwaar maken bij het samenwerkingsverband, dat advies vraagt aan de "
              "Landelijke Bezwaaradviescommissie."),
    ]
    b += oogo(c, minimal=True) + governance(c) + opr(c) + personeel(c) + ict_privacy(c) + planning(c)
    b += bedrijfsvoering(c)
    b += glossary(c, extra=[("Continuüm van ondersteuning", "De opbouw van ondersteuning van basis tot speciaal.")])
    return b


LABEL4 = """documents: [vo-zeekant-op-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: [duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Title page, TOC, glossary and heading 'Basisondersteuning en dekkend aanbod' only; body defers to project 'Stevige basis' (addendum 'in de loop van 2027')."
  plaatsing: "Criteria table vso/lwoo/pro + duration/categorie, but procedure only in the 'Handboek Toewijzing' which 'niet in dit plan is opgenomen'; LBT bezwaar is under 'Ouders'."
  terugstroom: "'Na het vso' (no 'terugplaatsing' heading): aims, conditions and overstapcoach support; steps/roles deferred to a protocol still to be written."
  financien: "'Middelen': meerjarenbegroting table with amounts; verdeling only by reference to absent bijlage 5 and 'wordt herzien'."
  dekkend-aanbod: "Only deferral to a werkgroep ('analyse volgt', 2027); OOGO mention is purely procedural (date)."
  resultaten: "'Ambities en opbrengsten': bereikt vs doel table; Monitor Passend twice a year, AB/RvT/OPR, jaarverslag, verbeteraanpak."
  ouders: "'Ouders': information deferred to communicatieplan 'in voorbereiding'; OJSP Kust, onderwijsconsulenten, GPO and bezwaar given."
"""


# --------------------------------------------------------------------------------------------
# Plan 5 — PO, .md
# PL missing; FI missing; RE partial (doelen deferred, monitoring yes); BO, TS, DA, OU present.
# --------------------------------------------------------------------------------------------
C5 = dict(name="Samenwerkingsverband Passend Onderwijs Groene Hart-Noord PO", short="SWV Groene Hart-Noord",
          region="het noordelijk Groene Hart", gemeenten=["Veenwoude", "Kortemeer", "Rijnsloot", "Ter Aar-Oost"],
          n_besturen=9, n_schools=61, n_lln="12.400", fte="11,2", sector="po", period="2026-2030",
          director="A. (Anouk) Terlouw-de Graaf", city="Veenwoude", date_sign="april 2026",
          opr_n=10, opr_date="26 maart 2026", oogo_date="10 februari 2026", vast_date="2 april 2026",
          system="Ondersteuningsplatform GHN")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{c['name']} (PO 27-22) - versie voor de website"), ("pagebreak",)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio in beeld", "3 Missie, visie en koers",
              "4 Basisondersteuning", "5 Passend aanbod voor ieder kind", "6 Toelaatbaarheid sbo en so",
              "7 Terug naar de basisschool", "8 Ouders", "9 Monitoring en kwaliteit", "10 Geld en middelen",
              "11 Samenwerking met gemeenten", "12 Organisatie", "13 Medezeggenschap", "14 Personeel",
              "15 Privacy", "16 Planning", "Bijlage: begrippenlijst"])
    b += voorwoord(c)
    b += leeswijzer(c, ["De hoofdstukken 4 tot en met 7 beschrijven de ondersteuning van basis tot speciaal en "
                        "terug.", "Hoofdstuk 8 gaat over ouders, hoofdstuk 9 over monitoring en hoofdstuk 10 "
                        "over geld en middelen."])
    b += context(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Wat mag u van elke school verwachten? Alle negen besturen in het Groene Hart-Noord hebben "
              "afgesproken dat iedere vestiging ten minste de onderstaande basisondersteuning biedt. Dit "
              "niveau geldt overal, los van de grootte of de identiteit van de school."),
        ("bullets", ["Een intern begeleider en een ondersteuningsteam waarin school, ouders, de "
                     "onderwijsspecialist van het SWV en het jeugdteam samen kijken naar een leerling.",
                     "Handelingsgericht werken: elk kind wordt drie keer per jaar besproken en de aanpak "
                     "wordt vastgelegd in het groepsplan of het OPP.",
                     "Een aanpak voor dyslexie en dyscalculie volgens de landelijke protocollen.",
                     "Een programma voor sociale veiligheid en een vaste aanpak bij gedragsproblemen.",
                     "Een uitdagend aanbod voor meer- en hoogbegaafde kinderen in de eigen groep.",
                     "Eenvoudige fysieke aanpassingen en afspraken over medisch handelen.",
                     "Een warme overdracht bij de overstap naar een andere school of naar het vo."]),
        ("p", "Het samenwerkingsverband controleert elke twee jaar met een audit of scholen deze "
              "basisondersteuning waarmaken. Scholen die dat niet doen, krijgen begeleiding van een "
              "onderwijsspecialist en worden na een jaar opnieuw bezocht."),
        ("h1", "Passend aanbod voor ieder kind"),
        ("p", "Boven de basisondersteuning kunnen scholen een arrangement aanvragen bij de onderwijsspecialist. "
              "Dat kan een individueel arrangement zijn (bijvoorbeeld begeleiding door een gedragsspecialist) "
              "of een groepsarrangement. Daarnaast zijn er bovenschoolse voorzieningen: de Leerlab-klassen voor "
              "hoogbegaafde kinderen op vier plaatsen, de nieuwkomersklas in Veenwoude en de "
              "observatiegroep De Kade. Voor kinderen die meer nodig hebben, zijn er twee sbo-scholen en drie "
              "so-scholen (cluster 3 en 4) in de regio; de so-scholen bieden ook onderwijs-zorgarrangementen "
              "samen met de gemeenten."),
        ("h2", "Kinderen zonder passende plek"),
        ("p", "Elk kind dat niet naar school gaat, moet zo snel mogelijk terug in het onderwijs. De scholen "
              "melden thuiszitters binnen drie weken bij het samenwerkingsverband en de leerplichtambtenaar. "
              "Het Thuiszittersoverleg, met leerplicht, jeugdteam, onderwijsspecialist en school, komt elke "
              "twee weken bijeen en stelt voor ieder kind een plan met een datum van terugkeer op. Als de "
              "zorgplicht van een bestuur vastloopt, kan de directeur-bestuurder een plaats in een "
              "bovenschoolse voorziening of een so-school toewijzen."),
        ("p", "Eén keer per jaar brengen wij met de besturen in kaart waar kinderen op een wachtlijst staan "
              "of geen passend aanbod vinden. In 2025 was dat vooral het geval bij het so cluster 4. Daarom "
              "breiden wij per 1 januari 2027 de capaciteit van De Kade uit met één groep en maken wij met "
              "een zorgaanbieder afspraken over een tijdelijke onderwijs-zorgplek."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Dit hoofdstuk wordt na de herziening van de TLV-procedure in het voorjaar van 2026 als "
              "addendum toegevoegd. Tot die tijd geldt de werkwijze zoals die op de website van het "
              "samenwerkingsverband is beschreven."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Wij vinden dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Ons beleid is "
              "dat ieder kind in het speciaal (basis)onderwijs jaarlijks wordt bekeken op de mogelijkheid van "
              "terugkeer naar een gewone basisschool dicht bij huis. Terugkeer ligt voor de hand als het kind "
              "de doelen van het OPP in de groep van de speciale school haalt zonder de specialistische "
              "aanpak, als er een basisschool is die de ondersteuning kan bieden en als ouders achter de "
              "overstap staan."),
        ("table", [["Moment", "Wat gebeurt er", "Wie"],
                   ["Oktober, elk jaar", "Bespreking OPP met de vraag of terugkeer mogelijk is", "Commissie van begeleiding sbo/so, ouders"],
                   ["Januari, laatste TLV-jaar", "Perspectiefgesprek: terugkeer, andere school of nieuwe TLV", "Sbo/so-school (initiatief), ouders, onderwijsspecialist SWV"],
                   ["Vóór 1 maart", "Keuze vastgelegd; bij terugkeer aanmelding bij basisschool", "Ouders met sbo/so-school"],
                   ["Vóór 1 juni", "Toelatingsbesluit basisschool en overdracht", "Bestuur ontvangende school"],
                   ["Eerste jaar na terugkeer", "Terugplaatsingsarrangement: begeleiding door de sbo/so-school, evaluatie na 3 en 9 maanden", "Ontvangende school, sbo/so-school"]]),
        ("p", "Het terugplaatsingsarrangement wordt door het samenwerkingsverband bekostigd. In 2024-2025 zijn "
              "negen kinderen uit het sbo en drie uit het so teruggekeerd naar een basisschool."),
        ("h1", "Ouders"),
        ("p", "Ouders vinden informatie over de ondersteuning in onze regio op de ouderpagina van de website, in "
              "de schoolgids van hun school en in de folder 'Wat als mijn kind meer nodig heeft?', die elke "
              "school bij aanmelding meegeeft. Ieder voorjaar organiseren wij een ouderavond. Ouders kunnen "
              "bovendien op werkdagen bellen met het ouderinformatiepunt van het samenwerkingsverband."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Groene Hart, "
              "dat los staat van scholen en samenwerkingsverband, en bij de Onderwijsconsulenten. Klachten "
              "over het samenwerkingsverband worden behandeld volgens de klachtenregeling, die is aangesloten "
              "bij de Landelijke Klachtencommissie Onderwijs."),
        ("h1", "Monitoring en kwaliteit"),
        ("p", "Wij volgen de ontwikkeling van passend onderwijs in onze regio met een vaste set kengetallen: "
              "het aantal arrangementen en TLV's, de deelname aan sbo en so op 1 oktober, het aantal "
              "thuiszitters en vrijstellingen, het aantal terugplaatsingen en de tevredenheid van ouders en "
              "scholen. Het bureau verzamelt deze gegevens elk halfjaar uit het Ondersteuningsplatform, "
              "DUO en de leerplichtregistratie en legt ze vast in een kwaliteitsrapportage. Die rapportage "
              "wordt besproken in het algemeen bestuur en de OPR en gepubliceerd in het jaarverslag."),
        ("table", [["Kengetal", "2023-2024", "2024-2025"],
                   ["Deelname sbo (1 oktober)", "2,3%", "2,1%"],
                   ["Deelname so (1 oktober)", "1,6%", "1,7%"],
                   ["Thuiszitters langer dan 4 weken", "19", "14"],
                   ["Terugplaatsingen naar basisschool", "8", "12"]]),
        ("p", "De beoogde resultaten voor de periode 2026-2030 formuleren wij na de evaluatie van de vorige "
              "planperiode; zij worden opgenomen in het eerste jaarplan."),
        ("h1", "Geld en middelen"),
        ("p", "De financiële paragraaf, inclusief de meerjarenbegroting 2026-2030 en het verdeelmodel, wordt "
              "na vaststelling van de begroting door het algemeen bestuur in december toegevoegd (p.m.)."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + ict_privacy(c) + planning(c)
    b += bedrijfsvoering(c)
    b += glossary(c, extra=[("Commissie van Toelaatbaarheid (CvT)", "Commissie die namens het samenwerkingsverband besluit over TLV's."),
                            ("Vaste voet", "Vast bedrag per school in een verdeelmodel.")])
    return b


LABEL5 = """documents: [po-groenehartnoord-op-2026-2030.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
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
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: []
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "'Basisondersteuning': minimum for every vestiging ('Wat mag u van elke school verwachten?') with a concrete list; audit every two years."
  plaatsing: "Heading 'Toelaatbaarheid sbo en so' exists but only defers to an addendum and refers to the website; TLV/CvT otherwise only in TOC/glossary."
  terugstroom: "'Terug naar de basisschool': policy and conditions + table of moments/actors and terugplaatsingsarrangement; 12 returns reported."
  financien: "'Geld en middelen' is a single p.m. deferral; 'vaste voet'/'verevening' only in glossary; 'bekostigd door het SWV' in passing."
  dekkend-aanbod: "'Passend aanbod voor ieder kind' (arrangementen, bovenschools, sbo/so, OZA) + 'Kinderen zonder passende plek' (thuiszittersoverleg, wachtlijst analysis, action per 1-1-2027)."
  resultaten: "'Monitoring en kwaliteit': kengetallen, half-yearly rapportage, AB/OPR, jaarverslag, figures table; beoogde resultaten explicitly deferred to the first jaarplan."
  ouders: "'Ouders': ouderpagina, schoolgids, folder, ouderavond, informatiepunt; OJSP Groene Hart, Onderwijsconsulenten, klachtenregeling."
"""


# --------------------------------------------------------------------------------------------
# Near miss — a basisschool's own "ondersteuningsplan" (school-level), .docx
# --------------------------------------------------------------------------------------------
def nearmiss():
    b = [("title", "Ondersteuningsplan en schoolondersteuningsprofiel 2025-2026"),
         ("subtitle", "Openbare basisschool De Klimop, Veenwoude\nOnderdeel van Stichting Openbaar Onderwijs Rijnsloot"),
         ("pagebreak",)]
    b += toc(["1 Inleiding", "2 Onze school", "3 Basisondersteuning op De Klimop", "4 Zorgniveaus en de zorgcyclus",
              "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid sbo en so", "7 Terugplaatsing",
              "8 Ouders", "9 Middelen", "10 Resultaten en opbrengsten", "11 Grenzen aan onze ondersteuning"])
    b += [
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Klimop de ondersteuning aan leerlingen organiseert. "
              "Het plan is tevens ons schoolondersteuningsprofiel (SOP) en wordt jaarlijks vastgesteld door de "
              "directie, na advies van de medezeggenschapsraad. Het plan is afgeleid van het ondersteuningsplan "
              "van het samenwerkingsverband Groene Hart-Noord PO, waarbij onze school is aangesloten."),
        ("p", "In dit plan leest u wat wij bieden aan alle kinderen, hoe de zorgcyclus in onze school werkt, "
              "welke extra ondersteuning mogelijk is en waar de grenzen van onze mogelijkheden liggen. Het plan "
              "is bedoeld voor ouders, het team en externe partners."),
        ("h1", "Onze school"),
        ("p", "De Klimop is een openbare basisschool met 312 leerlingen in 13 groepen, gelegen in de wijk "
              "Oostpolder van Veenwoude. Ongeveer een kwart van de leerlingen heeft een migratieachtergrond. "
              "De school werkt met het model van de jaarklas, aangevuld met circuitwerk in de middenbouw. Het "
              "team bestaat uit 24 medewerkers, onder wie twee intern begeleiders (samen 1,0 fte), een "
              "rekenspecialist, een gedragsspecialist en een specialist meer- en hoogbegaafdheid."),
        ("p", "Onze visie: ieder kind mag zijn wie het is en krijgt de kans om te groeien. Wij werken "
              "handelingsgericht: wij kijken naar wat een kind nodig heeft en niet naar wat er mis is."),
        ("h1", "Basisondersteuning op De Klimop"),
        ("p", "De basisondersteuning is de ondersteuning die wij aan alle kinderen bieden. Het "
              "samenwerkingsverband heeft het minimumniveau vastgesteld; op De Klimop bieden wij daarbovenop "
              "extra aandacht voor taal en lezen."),
        ("table", [["Onderdeel", "Wat wij bieden"],
                   ["Lezen", "Leesinterventie in groep 3 en 4, dyslexieprotocol, Bouw! voor risicolezers"],
                   ["Rekenen", "Rekenspecialist, protocol ERWD, verlengde instructie"],
                   ["Gedrag", "Kanjertraining, gedragsspecialist, time-out-afspraken"],
                   ["Meer- en hoogbegaafd", "Plusgroep één ochtend per week, compacten en verrijken"],
                   ["Taal", "NT2-aanbod, woordenschat in alle groepen"]]),
        ("h1", "Zorgniveaus en de zorgcyclus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is goed lesgeven aan de hele groep. Niveau 2 is "
              "extra instructie in de groep. Niveau 3 is speciale ondersteuning met hulp van de intern "
              "begeleider. Niveau 4 is ondersteuning met hulp van externe deskundigen en het "
              "ondersteuningsteam. Niveau 5 is verwijzing naar het speciaal (basis)onderwijs."),
        ("p", "Drie keer per jaar houden wij groepsbesprekingen en leerlingbesprekingen. In de groepsbespreking "
              "bespreekt de leraar met de intern begeleider de resultaten van de groep en de groepsplannen. "
              "Twee keer per jaar nemen wij de toetsen van het leerlingvolgsysteem af. Leerlingen die opvallen, "
              "worden besproken in de leerlingbespreking; waar nodig volgt een handelingsplan."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning onvoldoende is, bespreken wij de leerling in het ondersteuningsteam met "
              "ouders, de onderwijsspecialist van het samenwerkingsverband en het jeugdteam. Samen wordt bepaald "
              "of een arrangement nodig is. De intern begeleider vraagt het arrangement aan bij het "
              "samenwerkingsverband. In 2024-2025 hadden zes leerlingen van De Klimop een arrangement."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Als ook met een arrangement niet voldoende kan worden geboden, kan het schoolbestuur een "
              "toelaatbaarheidsverklaring aanvragen bij het samenwerkingsverband. De intern begeleider stelt "
              "het dossier samen; ouders geven hun zienswijze. Het samenwerkingsverband besluit. Voor de "
              "procedure en criteria verwijzen wij naar het ondersteuningsplan van het samenwerkingsverband."),
        ("h1", "Terugplaatsing"),
        ("p", "Leerlingen die vanuit het sbo terugkeren naar De Klimop, worden warm ontvangen. De intern "
              "begeleider heeft vooraf contact met de sbo-school en maakt een plan voor de eerste weken."),
        ("h1", "Ouders"),
        ("p", "Wij zien ouders als partners. Ouders worden altijd betrokken bij de leerlingbespreking als hun "
              "kind extra ondersteuning krijgt en tekenen het OPP. Informatie over onze ondersteuning staat in "
              "de schoolgids en op de website van de school. Bij klachten kunnen ouders terecht bij de "
              "vertrouwenspersoon van de school en bij de klachtencommissie van het bestuur; voor onafhankelijk "
              "advies verwijzen wij naar het Ouder- en Jeugdsteunpunt Groene Hart."),
        ("h1", "Middelen"),
        ("p", "De school ontvangt van het bestuur middelen voor ondersteuning, afkomstig van het "
              "samenwerkingsverband. In 2025-2026 besteden wij deze middelen aan de formatie van de intern "
              "begeleiders (€ 38.000), de gedragsspecialist (€ 21.000) en materialen (€ 4.500)."),
        ("h1", "Resultaten en opbrengsten"),
        ("p", "De eindtoets van groep 8 lag in 2025 boven de signaleringswaarde. 96% van de leerlingen haalde "
              "het fundamentele niveau lezen en 88% het fundamentele niveau rekenen. Ons doel voor 2026 is dat "
              "ten minste 60% van de leerlingen het streefniveau taal haalt."),
        ("h1", "Grenzen aan onze ondersteuning"),
        ("p", "Wij kunnen veel, maar niet alles. Grenzen liggen bij ernstige gedragsproblemen waarbij de "
              "veiligheid van andere kinderen in gevaar komt, bij intensieve medische zorg die wij niet kunnen "
              "bieden en bij leerlingen die structureel één-op-één begeleiding nodig hebben. In zulke gevallen "
              "zoeken wij samen met ouders en het samenwerkingsverband naar een passende plek."),
    ]
    return b


LABEL_NM = """documents: [nearmiss-obs-deklimop-ondersteuningsplan-2025-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' / schoolondersteuningsprofiel of one basisschool (zorgniveaus 1-5, groepsbesprekingen, IB formatie) that refers to the SWV's plan; not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verband-wide verdeling, planperiode). Uses all element vocabulary (basisondersteuning, TLV, terugplaatsing, middelen, resultaten, ouders)."
"""


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
FIXED = datetime.datetime(2026, 3, 1, 9, 0, 0)


def write_docx(blocks, path, header=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "holdout278"
    cp.author = "holdout278"
    cp.revision = 1
    if header:
        d.sections[0].header.paragraphs[0].text = header
        d.sections[0].footer.paragraphs[0].text = "Ondersteuningsplan - concept ter instemming OPR"
    h1n = 0
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            d.add_heading(blk[1], level=0)
        elif kind == "subtitle":
            for line in blk[1].split("\n"):
                d.add_paragraph(line)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            for line in blk[1]:
                d.add_paragraph(line)
        elif kind == "h1":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            for part in blk[1].split("\n"):
                d.add_paragraph(part)
        elif kind == "bullets":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            d.add_paragraph()
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-identical per run."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout278.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_md(blocks):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(f"# {blk[1]}\n")
        elif kind == "subtitle":
            out.append(blk[1].replace("\n", "  \n") + "\n")
        elif kind == "pagebreak":
            out.append("---\n")
        elif kind == "toc":
            out.append("\n".join(f"- {x}" for x in blk[1]) + "\n")
        elif kind == "h1":
            out.append(f"## {blk[1]}\n")
        elif kind == "h2":
            out.append(f"### {blk[1]}\n")
        elif kind == "p":
            out.append(blk[1].replace("\n", "  \n") + "\n")
        elif kind == "bullets":
            out.append("\n".join(f"- {x}" for x in blk[1]) + "\n")
        elif kind == "table":
            rows = blk[1]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def docx_to_pdf(blocks, pdf_path, header=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout278_mk_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header=header)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(plan1(), OUT / "po-maasenlinge-op-2026-2030.docx",
               header="SWV Maas en Linge PO - Ondersteuningsplan 2026-2030")
    (OUT / "po-maasenlinge-op-2026-2030.expected.yaml").write_text(LABEL1, encoding="utf-8")

    write_docx(plan2(), OUT / "vo-ijsselvallei-op-2026-2030.docx",
               header="Ondersteuningsplan SWV VO IJsselvallei | basisondersteuning - toewijzing - financien - ouders")
    (OUT / "vo-ijsselvallei-op-2026-2030.expected.yaml").write_text(LABEL2, encoding="utf-8")

    docx_to_pdf(plan3(), OUT / "po-veenhoven-op-2026-2030.pdf", header="SWV PO Veenhoven - Ondersteuningsplan 2026-2030")
    (OUT / "po-veenhoven-op-2026-2030.expected.yaml").write_text(LABEL3, encoding="utf-8")

    docx_to_pdf(plan4(), OUT / "vo-zeekant-op-2026-2030.pdf",
                header="Ondersteuningsplan 2026-2030 Zeekant - basisondersteuning en dekkend aanbod")
    (OUT / "vo-zeekant-op-2026-2030.expected.yaml").write_text(LABEL4, encoding="utf-8")

    (OUT / "po-groenehartnoord-op-2026-2030.md").write_text(to_md(plan5()), encoding="utf-8")
    (OUT / "po-groenehartnoord-op-2026-2030.expected.yaml").write_text(LABEL5, encoding="utf-8")

    write_docx(nearmiss(), OUT / "nearmiss-obs-deklimop-ondersteuningsplan-2025-2026.docx",
               header="OBS De Klimop - ondersteuningsplan")
    (OUT / "nearmiss-obs-deklimop-ondersteuningsplan-2025-2026.expected.yaml").write_text(LABEL_NM, encoding="utf-8")


if __name__ == "__main__":
    main()
