#!/usr/bin/env python3
"""Generate the holdout326 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above src/.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent.parent
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def B(items): return ("bullets", items)
def T(rows): return ("table", rows)


# ----------------------------------------------------------------------------- shared filler
def voorwoord(swv, period, sector_word):
    return [H1("Voorwoord"),
            P(f"Voor u ligt het ondersteuningsplan {period} van {swv}. Het is het derde ondersteuningsplan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste dat volledig in de nieuwe bestuursstructuur tot "
              f"stand is gekomen. In de afgelopen periode hebben wij veel geleerd. Scholen, ouders, gemeenten en "
              f"jeugdhulppartners hebben ons laten zien waar het goed gaat en waar het beter moet. Wij zijn dankbaar "
              f"voor de openheid waarmee intern begeleiders, ondersteuningscoördinatoren, directeuren en leraren hun "
              f"ervaringen met ons hebben gedeeld tijdens de werkconferenties in het najaar."),
            P(f"Passend onderwijs is geen project maar een opdracht die elke dag opnieuw vorm krijgt in de klas. Dit "
              f"plan is daarom bewust geschreven als richtinggevend document voor het {sector_word} in onze regio. Het "
              f"beschrijft wat wij samen afspreken, wie waarvoor verantwoordelijk is en hoe wij de middelen inzetten "
              f"die wij van het Rijk ontvangen. Waar dat helpt, verwijzen wij naar het jaarplan, waarin de concrete "
              f"activiteiten per schooljaar worden opgenomen. Wij hopen dat het plan een levend document wordt "
              f"waarover het gesprek in de scholen en met ouders gevoerd blijft worden."),
            P("Namens het bestuur en de directie danken wij iedereen die heeft meegedacht, meegelezen en "
              "meegeschreven. In het bijzonder danken wij de leden van de ondersteuningsplanraad voor hun kritische "
              "en constructieve bijdrage, en de gemeenten voor de prettige samenwerking in het op overeenstemming "
              "gericht overleg.")]


def visie(swv):
    return [H1("Visie, missie en ambities"),
            P(f"{swv} staat voor een regio waarin ieder kind zich kan ontwikkelen tot een zelfbewuste, nieuwsgierige "
              "en betrokken burger. Wij geloven dat kinderen het meest leren in een vertrouwde omgeving, dicht bij "
              "huis, samen met leeftijdgenoten. Inclusiever onderwijs is daarom de stip op de horizon. Tegelijkertijd "
              "erkennen wij dat sommige kinderen tijdelijk of langdurig een specifieke leeromgeving nodig hebben. "
              "Die omgeving moet dan snel en zonder bureaucratische drempels beschikbaar zijn."),
            P("Onze missie is dat wij als schoolbesturen gezamenlijk verantwoordelijkheid nemen voor alle leerlingen "
              "in de regio. Wij kijken niet naar wat een kind mankeert, maar naar wat een kind nodig heeft, en wat de "
              "leraar nodig heeft om dat te bieden. Handelingsgericht werken is daarbij het gemeenschappelijke "
              "denkkader. Wij werken vanuit vertrouwen en leggen verantwoording af over wat wij doen."),
            P("Voor de planperiode hebben wij vier ambities geformuleerd: (1) de leraar staat er niet alleen voor; "
              "(2) ouders en leerlingen zijn gelijkwaardige gesprekspartners; (3) onderwijs en jeugdhulp werken vanuit "
              "één plan; (4) wij zijn een lerende organisatie. Deze ambities komen in de verschillende hoofdstukken "
              "terug en worden in de jaarplannen vertaald naar activiteiten."),
            P("Onze kernwaarden zijn nabijheid, eigenaarschap, transparantie en wendbaarheid. Nabijheid betekent dat "
              "expertise zo dicht mogelijk bij de leerling en de leraar wordt georganiseerd. Eigenaarschap betekent dat "
              "de school aan zet is en het samenwerkingsverband faciliteert. Transparantie betekent dat wij open zijn "
              "over keuzes. Wendbaarheid betekent dat wij bijsturen wanneer de praktijk daarom vraagt.")]


def governance(swv, code, n_boards, n_schools, opr_date, oogo_date):
    return [H1("Organisatie en governance"),
            P(f"{swv} (registratienummer {code}) is een stichting waarin {n_boards} schoolbesturen samenwerken. "
              f"Samen vertegenwoordigen zij {n_schools} scholen. De stichting kent een scheiding tussen bestuur en "
              "intern toezicht: de directeur-bestuurder vormt het bestuur, de raad van toezicht bestaat uit "
              "bestuurders van aangesloten schoolbesturen aangevuld met twee onafhankelijke leden. De algemene "
              "ledenvergadering stelt jaarlijks de begroting en het jaarverslag vast."),
            P("Het bestuur wordt ondersteund door een klein bureau met een managementassistent, een "
              "beleidsmedewerker, een controller en de secretaris van de commissie die over arrangementen en "
              "toelaatbaarheid adviseert. De directeuren van de scholen komen zes keer per jaar bijeen in het "
              "directeurenoverleg. Daarnaast kent het samenwerkingsverband een netwerk van intern begeleiders en "
              "ondersteuningscoördinatoren dat vier keer per jaar bij elkaar komt voor intervisie en kennisdeling."),
            P(f"De ondersteuningsplanraad (OPR) heeft op {opr_date} ingestemd met dit plan. Het op overeenstemming "
              f"gericht overleg (OOGO) met de colleges van burgemeester en wethouders is op {oogo_date} afgerond. "
              "Met het samenwerkingsverband van de andere sector in de regio is overleg gevoerd over de overgang "
              "tussen de sectoren. Het plan is tijdig aan de Inspectie van het Onderwijs toegezonden."),
            P("Medezeggenschap is voor ons meer dan een formele stap. Wij informeren de OPR tijdig over "
              "voorgenomen besluiten en nodigen de raad uit voor themabijeenkomsten. De OPR heeft een eigen budget "
              "voor scholing en ondersteuning en kan zich laten adviseren door een externe deskundige.")]


def personeel():
    return [H1("Personeel en professionalisering"),
            P("Het samenwerkingsverband heeft een beperkt eigen personeelsbestand. De meeste expertise is in dienst "
              "van de schoolbesturen. Het bureau telt circa zes fte. Voor specifieke taken huren wij expertise in, "
              "bijvoorbeeld voor de begeleiding van leerlingen met een visuele of auditieve beperking; die "
              "begeleiding valt overigens onder de landelijke instellingen en niet onder het samenwerkingsverband."),
            P("Professionalisering richt zich in deze planperiode op drie thema's: het voeren van het "
              "driehoeksgesprek met ouders en leerling, het werken met een ontwikkelingsperspectief (OPP) en het "
              "omgaan met gedrag in de klas. Scholen kunnen een beroep doen op de academie van het "
              "samenwerkingsverband, waar jaarlijks een cursusaanbod wordt gepubliceerd. Het werkdrukvraagstuk en "
              "het lerarentekort vragen daarbij om slimme keuzes: scholing vindt zoveel mogelijk plaats op de eigen "
              "school en in de eigen teamtijd."),
            P("Wij vinden het belangrijk dat de effecten van dit plan op het personeel zichtbaar worden gemaakt. De "
              "personeelsgeleding van de OPR heeft daarom gevraagd om in het jaarverslag aandacht te besteden aan "
              "inzet, deskundigheid en formatie. Dat doen wij.")]


def ict_privacy():
    return [H1("ICT, privacy en gegevensbescherming"),
            P("Voor de aanvragen van arrangementen en verklaringen gebruikt het samenwerkingsverband een beveiligde "
              "digitale omgeving. Scholen dienen daarin hun dossiers in; ouders krijgen een eigen inlog waarmee zij "
              "hun zienswijze kunnen toevoegen. Het samenwerkingsverband heeft een functionaris gegevensbescherming "
              "aangesteld en een verwerkingsregister opgesteld."),
            P("Gegevens over de gezondheid van leerlingen verwerken wij uitsluitend voor zover dat noodzakelijk is "
              "voor de wettelijke taken. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna "
              "vernietigd. Met alle aangesloten schoolbesturen is een verwerkersovereenkomst gesloten. Jaarlijks "
              "voeren wij een interne audit uit op de toegangsrechten."),
            P("In de planperiode vervangen wij het huidige registratiesysteem. Het nieuwe systeem moet betere "
              "managementinformatie opleveren, zodat resultaten en trends eenvoudiger in beeld komen. De aanbesteding "
              "loopt nog.")]


def planning(period):
    y0 = int(period[:4])
    return [H1("Planning en vaststelling"),
            P("Dit plan is in een zorgvuldig proces tot stand gekomen. Hieronder staan de belangrijkste stappen."),
            T([["Stap", "Periode"],
               ["Evaluatie vorig plan met besturen en directeuren", f"voorjaar {y0-1}"],
               ["Werkconferenties met scholen, ouders en partners", f"september-november {y0-1}"],
               ["Concepttekst en bespreking in directeurenoverleg", f"december {y0-1}"],
               ["OOGO met gemeenten", f"januari-februari {y0}"],
               ["Instemming ondersteuningsplanraad", f"maart {y0}"],
               ["Vaststelling door het bestuur en toezending Inspectie", f"april {y0}"]]),
            P("Na vaststelling wordt het plan jaarlijks vertaald in een jaarplan. Halverwege de planperiode voeren "
              "wij een tussentijdse evaluatie uit. Wijzigingen van het plan leggen wij opnieuw ter instemming aan de "
              "OPR voor.")]


def oogo(municipalities):
    return [H1("Samenwerking met gemeenten en jeugdhulp"),
            P(f"Het samenwerkingsverband werkt samen met de gemeenten {municipalities}. In het OOGO bespreken wij "
              "jaarlijks de gezamenlijke agenda. Thema's zijn de aansluiting tussen onderwijs en jeugdhulp, "
              "leerlingenvervoer, onderwijshuisvesting, vroegsignalering en de overgang naar het vervolgonderwijs. "
              "De afspraken worden vastgelegd in een gezamenlijke ontwikkelagenda."),
            P("Op elke school is een schoolmaatschappelijk werker of jeugdprofessional beschikbaar. Afspraken "
              "hierover maken de gemeenten met de schoolbesturen. Het samenwerkingsverband brengt partijen samen en "
              "bewaakt dat er geen dubbelingen ontstaan. Leerplicht en het samenwerkingsverband voeren periodiek "
              "casusoverleg."),
            P("Een punt van zorg blijft de wachttijd bij de specialistische jeugdhulp. Wij signaleren dit in het "
              "OOGO en vragen gemeenten om voorrang voor kinderen bij wie de schoolgang in gevaar komt.")]


def kengetallen(rows):
    return [H1("De regio in cijfers"),
            P("De onderstaande tabel geeft enkele kengetallen op de teldatum 1 oktober van het afgelopen jaar. De "
              "cijfers zijn ontleend aan de gegevens van DUO en de eigen registratie."),
            T(rows),
            P("Het aantal leerlingen in de regio daalt licht. Die krimp heeft gevolgen voor de rijksbekostiging en "
              "vraagt om zorgvuldige keuzes. De deelname aan het speciaal onderwijs ligt rond het landelijk "
              "gemiddelde.")]


def terugblik():
    return [H1("Terugblik op de vorige planperiode"),
            P("De vorige planperiode stond in het teken van versterking van de scholen. Er is fors geïnvesteerd in "
              "de deskundigheid van leraren en in de ondersteuningsstructuur. Scholen geven aan dat de lijnen naar het "
              "samenwerkingsverband korter zijn geworden. Tegelijkertijd constateren wij dat de administratieve last "
              "rond aanvragen als te hoog wordt ervaren en dat niet alle scholen even ver zijn."),
            P("Uit de evaluatie kwam ook naar voren dat ouders het samenwerkingsverband nog onvoldoende kennen en dat "
              "de samenwerking met de jeugdhulp per gemeente sterk verschilt. Deze punten pakken wij in dit plan op. "
              "Over de resultaten van de vorige periode is verantwoording afgelegd in de jaarverslagen.")]


def begrippen(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een op maat samengesteld pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor elke leerling een passende plek is."],
            ["Ondersteuningsmiddelen", "De middelen die het samenwerkingsverband van het Rijk ontvangt voor extra ondersteuning."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
            ["Terugplaatsing", "De overstap van het speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor het speciaal (basis)onderwijs."],
            ["Resultaten", "De beoogde en bereikte uitkomsten van het onderwijs aan leerlingen met extra ondersteuning."]]
    rows += [list(e) for e in extra]
    return [H1("Bijlage: begrippenlijst"), T(rows)]


def toc(chapters):
    return [("toc", ["Inhoudsopgave"] + [f"{i}. {c}" for i, c in enumerate(chapters, 1)])]


def titlepage(title, swv, period, extra):
    return [("title", title), P(swv), P(f"Planperiode {period}"), P(extra), ("pagebreak", None)]


def leeswijzer_filler(swv):
    """Reading guide and transition chapter: vocabulary traps without substance."""
    return [H1("Leeswijzer"),
            P("Dit plan is opgebouwd in de volgorde die ook in de wet wordt aangehouden. Na de visie volgen de "
              "hoofdstukken over de basisondersteuning en de extra ondersteuning, over toelaatbaarheid en "
              "terugplaatsing, over het dekkend netwerk, over ouders, over geld en over resultaten. Daarna "
              "beschrijven wij de samenwerking met gemeenten, de organisatie en de planning. Wie snel wil weten wat "
              "het plan voor een school, een ouder of een medewerker betekent, kan beginnen met de hoofdstukken die "
              "voor hem of haar het meest relevant zijn. Achter in het plan staat een lijst met begrippen."),
            P("Waar in dit plan 'ouders' staat, bedoelen wij ook verzorgers en voogden. Waar 'school' staat, bedoelen "
              "wij iedere vestiging van een aangesloten bestuur. Bedragen zijn genoemd in euro's en, tenzij anders "
              "vermeld, op prijspeil van het jaar van vaststelling."),
            H1("Overgangen en doorgaande lijnen"),
            P("Overgangen zijn kwetsbare momenten in de schoolloopbaan. Bij de overstap van voorschoolse voorziening "
              "naar school, van het primair naar het voortgezet onderwijs en van het voortgezet onderwijs naar het "
              "mbo gaat informatie verloren als afspraken niet helder zijn. Daarom hanteren de "
              "samenwerkingsverbanden in de regio een gezamenlijke overstapkalender met vaste data voor het "
              "schooladvies, de aanmelding en de warme overdracht."),
            P("Het onderwijskundig rapport wordt digitaal overgedragen via het landelijke overstapservice-systeem. "
              "Voor leerlingen van wie "
              "de overstap extra aandacht vraagt, organiseert de ontvangende school een overdrachtsgesprek met de "
              "leerkracht of mentor van de vorige school. Dit alles is vastgelegd in het regionale "
              "overstapprotocol, dat jaarlijks door de besturen wordt geactualiseerd."),
            P("In de komende periode willen wij de overgangen verder verbeteren door de inhoudelijke afstemming "
              "tussen leraren van beide sectoren te versterken. Daartoe organiseren wij ontmoetingen tussen "
              "leerkrachten van groep 8 en mentoren van de brugklas, bijvoorbeeld rond taal en rekenen. Ook de "
              "aansluiting op het mbo en de arbeidsmarkt krijgt aandacht, met name voor jongeren die kwetsbaar zijn "
              "bij de overstap naar werk of vervolgopleiding."),
            H1("Ontwikkelagenda van de besturen"),
            P(f"De besturen van {swv} hebben voor de planperiode een gezamenlijke ontwikkelagenda opgesteld. "
              "Daarin staan thema's die de grenzen van één bestuur overstijgen: het aantrekken en behouden van "
              "personeel, de vereenvoudiging van administratieve processen, de samenwerking met de kinderopvang en "
              "de jeugdhulp, en de inrichting van de medezeggenschap. De agenda wordt jaarlijks herijkt in een "
              "bestuurlijke heidag. Daarbij wordt teruggekeken op het voorgaande jaar en worden nieuwe accenten "
              "gelegd. Het samenwerkingsverband faciliteert en bewaakt de voortgang, maar de besturen zijn zelf "
              "eigenaar van de uitvoering op hun scholen."),
            P("Een terugkerend thema is de vraag hoe het samenwerkingsverband en de besturen hun rollen scherp "
              "houden. Het samenwerkingsverband is geen extra bestuurslaag; het is een gezamenlijk instrument van de "
              "besturen. Dat vraagt om heldere afspraken over mandaten, over informatie-uitwisseling en over de wijze "
              "waarop besluiten worden voorbereid. Die afspraken zijn vastgelegd in het managementstatuut en het "
              "bestuursreglement.")]


def context_filler(swv, sector_word, oogo_line=True):
    """Neutral chapters that mention element vocabulary only in passing (no criterion is addressed here)."""
    return [H1("Wettelijk kader"),
            P(f"Het ondersteuningsplan is het belangrijkste beleidsdocument van {swv}. De wet schrijft voor dat het "
              "plan in elk geval ingaat op de basisondersteuning, de verdeling en besteding van de middelen, de "
              "procedure en criteria voor toelaatbaarheid, de terugplaatsing of overplaatsing na afloop van een "
              "toelaatbaarheidsverklaring, de beoogde en bereikte resultaten en de wijze waarop ouders worden "
              "geïnformeerd. Dit hoofdstuk noemt alleen dat kader; de invulling volgt in de inhoudelijke hoofdstukken "
              "van dit plan. Het plan wordt ten minste eens in de vier jaar vastgesteld en vóór 1 mei aan de "
              "inspectie gezonden."),
            P("Naast de sectorwetten zijn de Wet medezeggenschap op scholen, de Jeugdwet, de Leerplichtwet en de "
              "Algemene wet bestuursrecht van belang. Ook de Wet versterking positie ouders en leerlingen in het "
              "passend onderwijs raakt ons werk; de gevolgen daarvan verwerken wij zodra de invoeringsdata bekend zijn."),
            H1("Maatschappelijke context"),
            P(f"Het {sector_word} in onze regio staat onder druk. Het lerarentekort is in sommige wijken groot, het "
              "aantal leerlingen daalt en de problematiek van gezinnen wordt complexer. Armoede, schulden, "
              "huisvestingsproblemen en de gevolgen van de coronaperiode zijn in de klas merkbaar. Tegelijk zien "
              "wij veel veerkracht: scholen die creatieve oplossingen vinden, ouders die zich inzetten en partners "
              "die over hun eigen grenzen heen kijken."),
            P("De landelijke Verbeteraanpak passend onderwijs en de ontwikkelingen richting inclusiever onderwijs in "
              "2035 geven richting aan ons werk. Wij volgen die ontwikkelingen en passen ons beleid aan waar dat "
              "nodig is. Daarbij houden wij oog voor wat haalbaar is voor scholen en leraren: vernieuwing mag niet "
              "ten koste gaan van rust in de school."),
            P("Kansengelijkheid is een rode draad. Kinderen uit gezinnen met weinig middelen lopen eerder vast, "
              "worden vaker doorverwezen en maken minder vaak gebruik van extra hulp buiten school. Wij willen dat "
              "het schoolsucces van een kind zo min mogelijk afhangt van de achtergrond van de ouders."),
            H1("Kennisdeling, innovatie en onderzoek"),
            P("Het samenwerkingsverband stimuleert dat scholen van elkaar leren. Wij organiseren leernetwerken "
              "rond thema's als gedrag, taal, hoogbegaafdheid en jonge kinderen. In elk netwerk nemen leraren, "
              "intern begeleiders en specialisten deel. De netwerken komen drie tot vijf keer per jaar bijeen en "
              "delen hun opbrengsten op de jaarlijkse studiedag van het samenwerkingsverband."),
            P("Daarnaast werken wij samen met de hogeschool en de universiteit in de regio. Studenten van de "
              "masteropleiding Educational Needs doen praktijkgericht onderzoek op scholen; de uitkomsten worden "
              "besproken in het directeurenoverleg. Innovatieve projecten kunnen een kleine bijdrage aanvragen uit "
              "het innovatiefonds, waarvoor een aparte regeling geldt."),
            P("Wij kiezen bewust voor een beperkt aantal thema's per jaar, zodat scholen niet overvraagd worden. Het "
              "jaarplan geeft aan welke thema's in dat jaar centraal staan."),
            H1("Huisvesting en leerlingenvervoer"),
            P("Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Voor "
              "passend onderwijs is het van belang dat gebouwen toegankelijk zijn en dat er ruimte is voor "
              "kleine groepen, time-out en gesprekken."
              + (" In het OOGO bespreken wij de integrale huisvestingsplannen van de gemeenten en brengen wij de "
                 "wensen van de scholen in." if oogo_line else " De schoolbesturen maken daarover zelf afspraken.")),
            P("Het leerlingenvervoer naar speciale scholen wordt door de gemeenten geregeld. Ouders vragen het "
              "vervoer aan bij hun eigen gemeente. Lange reistijden zijn voor sommige kinderen een belasting; wij "
              "vragen gemeenten om daar in de aanbesteding rekening mee te houden. Het samenwerkingsverband heeft "
              "zelf geen rol in de toekenning van vervoer."),
            H1("Planning- en controlcyclus"),
            P("Het samenwerkingsverband werkt met een vaste jaarcyclus. In het voorjaar stelt het bestuur de kaders "
              "voor het volgende jaar op. In het najaar worden het jaarplan en de begroting besproken met de "
              "directeuren en de OPR en daarna vastgesteld. Voor 1 juli van elk jaar wordt het jaarverslag "
              "gepubliceerd. Tussentijds ontvangt de raad van toezicht managementrapportages."),
            P("De accountant controleert jaarlijks de jaarrekening. De raad van toezicht heeft een auditcommissie "
              "die de financiële stukken voorbereidt. Het bestuursverslag volgt de richtlijnen van de sector."),
            H1("Duurzame inzetbaarheid en werkdruk"),
            P("Een goed ondersteuningsaanbod staat of valt met leraren die met plezier en energie hun werk doen. "
              "Wij vragen schoolbesturen om bij de inzet van extra ondersteuning ook te kijken naar de belasting van "
              "het team. Administratieve lasten rond aanvragen beperken wij door formulieren te vereenvoudigen en "
              "gegevens zoveel mogelijk één keer uit te vragen. Dit is een doorlopend aandachtspunt."),
            P("Het bureau zelf werkt met een jaarlijkse gesprekscyclus, een scholingsbudget per medewerker en "
              "afspraken over thuiswerken. Het ziekteverzuim is laag. Bij vacatures werken wij waar mogelijk samen "
              "met de schoolbesturen.")]


# ----------------------------------------------------------------------------- plan 1: PO, docx + pdf
def plan1():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Dommelvallei"
    period = "2026-2030"
    ch = ["Voorwoord", "De regio in cijfers", "Visie, missie en ambities", "Basisondersteuning",
          "Ondersteuningsroute en arrangementen", "Toelaatbaarheid sbo en so", "Dekkend netwerk",
          "Communicatie", "Geld en middelen", "Kwaliteit en resultaten", "Samenwerking met gemeenten",
          "Organisatie en governance", "Personeel", "ICT en privacy", "Planning", "Begrippenlijst"]
    d = titlepage("Ondersteuningsplan 2026-2030", swv, period, "PO 30-08 · vastgesteld door het bestuur op 14 april 2026")
    d += toc(ch)
    d += voorwoord(swv, period, "primair onderwijs")
    d += kengetallen([["Kengetal", "Aantal"], ["Scholen voor basisonderwijs", "68"], ["Sbo-scholen", "3"],
                      ["So-locaties", "2"], ["Leerlingen basisonderwijs", "14.210"], ["Leerlingen sbo", "412"],
                      ["Leerlingen so (cluster 3 en 4)", "238"]])
    d += terugblik() + visie(swv)
    d += [H1("Basisondersteuning"),
          P("In Dommelvallei hebben alle besturen afgesproken dat elke school, op iedere vestiging, ten minste het "
            "hieronder beschreven niveau van basisondersteuning biedt. Dit is de ondergrens: geen enkele school mag "
            "daaronder zakken, en ouders mogen erop rekenen dat hun kind deze ondersteuning krijgt zonder dat daarvoor "
            "een aanvraag bij het samenwerkingsverband nodig is."),
          P("Wat ouders op iedere school kunnen verwachten, staat in de volgende tabel."),
          T([["Onderdeel", "Wat elke school biedt"],
             ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; vier groepsbesprekingen per jaar; een ondersteuningsteam met schoolmaatschappelijk werk."],
             ["Lezen en dyslexie", "Een dyslexieprotocol, vroegsignalering in groep 2 en 3 en intensieve leesbegeleiding volgens het protocol."],
             ["Rekenen en dyscalculie", "Interventies volgens het protocol ernstige rekenproblemen en dyscalculie."],
             ["Gedrag", "Een schoolbreed gedragsprogramma (bijvoorbeeld PBS) en een aandachtsfunctionaris."],
             ["Meer- en hoogbegaafdheid", "Een verrijkingsaanbod in de groep en compacten van de leerstof."],
             ["Medische handelingen", "Een protocol medisch handelen en afspraken over medicijngebruik."],
             ["Ontwikkelingsperspectief", "Een OPP voor iedere leerling die op een eigen leerlijn werkt, opgesteld in overleg met ouders."]]),
          P("Scholen beschrijven hoe zij dit invullen in hun schoolgids. Het samenwerkingsverband voert eens per twee "
            "jaar een kwaliteitsgesprek met elke school aan de hand van de kwaliteitskaart basisondersteuning. Blijkt "
            "een school onder het niveau te zitten, dan maakt het bestuur binnen drie maanden een verbeterplan.")]
    d += [H1("Ondersteuningsroute en arrangementen"),
          P("Wanneer de basisondersteuning niet volstaat, kan de school extra ondersteuning inzetten. Wij "
            "onderscheiden drie niveaus: de basisondersteuning op de school, extra ondersteuning in de vorm van een "
            "arrangement op de eigen school of een bovenschoolse voorziening, en specialistische ondersteuning in "
            "het sbo of so. Tussen deze niveaus bestaan tussenvormen, zoals de plusklassen voor jonge risicoleerlingen "
            "en de observatiegroep in Geldrop, waar kinderen maximaal twaalf weken worden geobserveerd."),
          T([["Niveau", "Voorziening", "Toegang"],
             ["1", "Basisondersteuning op elke school", "Direct, via de intern begeleider"],
             ["2", "Arrangement op de eigen school (ambulante begeleiding, extra handen, expertise)", "Aanvraag school bij loket, besluit binnen 4 weken"],
             ["3", "Bovenschoolse groep (observatiegroep, taalklas, plusklas)", "Aanvraag via loket na MDO"],
             ["4", "Sbo of so", "Toelaatbaarheidsverklaring"]]),
          P("Het loket van het samenwerkingsverband beoordeelt de aanvragen voor arrangementen. Een orthopedagoog van "
            "het loket sluit aan bij het multidisciplinair overleg op school wanneer de school daarom vraagt.")]
    d += [H1("Toelaatbaarheid sbo en so"),
          P("Een school die meent dat een leerling is aangewezen op het speciaal basisonderwijs of het speciaal "
            "onderwijs, dient een aanvraag in bij de commissie toelaatbaarheid van het samenwerkingsverband. Dat doet "
            "het bestuur van de school waar de leerling staat ingeschreven, of, bij een nieuwe leerling, de school "
            "waar ouders hun kind hebben aangemeld. Ouders ondertekenen de aanvraag voor gezien en kunnen hun "
            "zienswijze toevoegen."),
          T([["Stap", "Wat gebeurt er", "Termijn"],
             ["1", "School voert een MDO met ouders en stelt het groeidocument op", "-"],
             ["2", "School dient de aanvraag digitaal in bij het loket", "-"],
             ["3", "Twee deskundigen (orthopedagoog of psycholoog én een tweede deskundige, zoals een maatschappelijk werker of arts) geven elk schriftelijk advies", "binnen 3 weken"],
             ["4", "De directeur-bestuurder neemt namens het bestuur het besluit", "binnen 6 weken na ontvangst"],
             ["5", "Ouders en school ontvangen de beschikking met de geldigheidsduur en bekostigingscategorie", "-"]]),
          P("Een leerling is toelaatbaar tot het sbo wanneer (a) de ondersteuningsbehoefte de mogelijkheden van "
            "niveau 1 tot en met 3 aantoonbaar overstijgt, (b) er minimaal twee cycli handelingsgericht werken met "
            "extra ondersteuning zijn geëvalueerd en (c) het leerrendement of het welbevinden ondanks die "
            "ondersteuning stagneert. Voor het so geldt daarnaast dat de leerling een intensieve, "
            "integrale onderwijs-zorgbehoefte heeft die alleen in een specialistische setting kan worden geboden. "
            "Een diagnose alleen is geen criterium."),
          P("Een TLV wordt voor het sbo in de regel afgegeven voor twee schooljaren en voor het so voor de duur "
            "van één tot drie schooljaren, in categorie laag, midden of hoog. Tegen het besluit kunnen ouders binnen "
            "zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("Afloop van de verklaring"),
          P("In het laatste jaar van de TLV nodigt de sbo- of so-school het loket en de ouders uit voor een "
            "evaluatiegesprek, uiterlijk op 1 februari. In dat gesprek wordt besloten of de leerling naar een "
            "basisschool gaat of dat een nieuwe TLV wordt aangevraagd. Bij een overstap stellen de sbo-school en de "
            "ontvangende basisschool samen een overdrachtsdossier op en vindt een warme overdracht plaats. De "
            "beslissing over een verlenging neemt de commissie toelaatbaarheid. Hoe wij als verband met "
            "terugplaatsing willen omgaan en welke voorwaarden daarvoor gelden, werken wij in het eerste jaar van de "
            "planperiode uit in een notitie.")]
    d += [H1("Dekkend netwerk"),
          P("Een dekkend netwerk betekent dat voor iedere leerling een passende plek beschikbaar is. Wij "
            "inventariseren twee keer per jaar, samen met leerplicht, welke leerlingen thuiszitten of dreigen uit te "
            "vallen. Elke melding van een thuiszitter wordt binnen vijf werkdagen opgepakt door de "
            "thuiszittersconsulent, die met school, ouders en jeugdhulp een plan opstelt. De zorgplicht blijft bij de "
            "school van aanmelding."),
          P("Lacunes in het aanbod brengen wij jaarlijks in beeld via de aanvragen die niet passend konden worden "
            "afgehandeld. Op basis daarvan hebben wij in de vorige periode de observatiegroep en een voorziening "
            "voor jonge kinderen met een ontwikkelingsachterstand opgezet. Voor hoogbegaafde leerlingen ontbreekt "
            "nog een voltijds aanbod; daarvoor starten wij in 2027 een pilot met twee besturen.")]
    d += [H1("Communicatie"),
          P("Het samenwerkingsverband communiceert via de website, een nieuwsbrief voor scholen en social media. "
            "Voor ouders maken wij een aparte oudergids, die alle scholen bij de aanmelding meegeven. Daarin staat "
            "welke basisondersteuning elke school biedt, hoe een arrangement tot stand komt en hoe de toelating tot "
            "het sbo en so werkt. Twee keer per jaar organiseren wij een informatieavond voor ouders."),
          P("Hebben ouders vragen, of zijn zij het niet eens met de school, dan kunnen zij terecht bij het "
            "onafhankelijke Ouder- en Jeugdsteunpunt Dommelvallei. De medewerkers staan los van de scholen en het "
            "samenwerkingsverband. Daarnaast kunnen ouders een beroep doen op de onderwijsconsulenten en de "
            "Geschillencommissie passend onderwijs."),
          P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden bij het opstellen van het OPP "
            "betrokken als gelijkwaardige partner.")]
    d += [H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt jaarlijks circa € 14,8 miljoen aan rijksbijdragen. Na aftrek van de "
            "verplichte afdrachten voor so en sbo verdelen wij de middelen volgens een vast model: elk schoolbestuur "
            "ontvangt € 165 per leerling als schoolbudget voor extra ondersteuning, plus een vaste voet van € 8.000 "
            "per school. Arrangementen worden per leerling toegekend op basis van de aanvraag en een normbedrag van "
            "€ 4.500 per arrangement per jaar."),
          T([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Afdracht so en sbo", "6.210", "6.150", "6.080", "6.020"],
             ["Schoolbudgetten besturen", "2.460", "2.440", "2.420", "2.400"],
             ["Arrangementen", "3.150", "3.200", "3.200", "3.200"],
             ["Bovenschoolse voorzieningen", "1.480", "1.500", "1.520", "1.520"],
             ["Bureau en loket", "980", "990", "1.000", "1.010"],
             ["Totaal lasten", "14.280", "14.280", "14.220", "14.150"]]),
          P("De reserve bedraagt ultimo 2025 € 1,9 miljoen; het weerstandsvermogen van 8% ligt binnen de "
            "signaleringswaarde. Besturen verantwoorden de inzet van het schoolbudget jaarlijks in een "
            "verantwoordingsformat.")]
    d += [H1("Kwaliteit en resultaten"),
          P("Wij willen dat in 2030: het aantal thuiszitters is gehalveerd ten opzichte van 2025; 95% van de "
            "leerlingen met een arrangement de doelen uit het OPP haalt; de deelname aan het sbo onder 3% blijft; "
            "alle scholen voldoen aan de kwaliteitskaart basisondersteuning."),
          P("Hoe wij deze resultaten gaan volgen en rapporteren, leggen wij vast in een monitoringsplan dat in de "
            "loop van 2027 met de besturen wordt vastgesteld. Tot die tijd gebruiken wij de bestaande "
            "managementrapportages.")]
    d += leeswijzer_filler(swv)
    d += context_filler(swv, "primair onderwijs")
    d += oogo("Eindhoven-Zuid, Geldrop-Mierlo, Nuenen en Waalre")
    d += governance(swv, "PO 30-08", 14, 73, "12 maart 2026", "19 februari 2026")
    d += personeel() + ict_privacy() + planning(period) + begrippen()
    lab = dict(sector="po",
               elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                         "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
               crit={"terugstroom.beleid": False, "resultaten.monitoring": False},
               adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                    "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                    "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
               notes={"terugstroom": "procedure (evaluation by 1 Feb, warm transfer, commissie decides) is hidden in 'Afloop van de verklaring' inside the TLV chapter; policy/conditions deferred to a future notitie",
                      "resultaten": "'Kwaliteit en resultaten' gives measurable targets, but monitoring is deferred to a monitoringsplan 'in de loop van 2027'",
                      "ouders": "informatie (oudergids, informatieavonden) and steunpunt (OJSP, onderwijsconsulenten) sit in chapter 'Communicatie'",
                      "financien": "chapter 'Geld en middelen': per-leerling bedrag, vaste voet, normbedrag arrangement, begroting table 2026-2029",
                      "plaatsing": "TLV chapter: step table with deskundigen and termijnen, criteria a-c, duration/category, bezwaar/LBT",
                      "basisondersteuning": "minimum level on every vestiging plus content table; kwaliteitskaart for borging",
                      "dekkend-aanbod": "niveau table in 'Ondersteuningsroute' + 'Dekkend netwerk' (thuiszitters, lacunes)"})
    return "po-dommelvallei-2026", d, lab


# ----------------------------------------------------------------------------- plan 2: VO, docx
def plan2():
    swv = "Samenwerkingsverband VO Kempenland-Oost"
    period = "2026-2030"
    ch = ["Inleiding", "Kengetallen", "Visie en ambities", "Ondersteuning op school", "Het ondersteuningscontinuüm",
          "Toewijzing: vso, lwoo en pro", "Terugplaatsing", "Thuiszitters en maatwerk", "Financieel beleid",
          "Opbrengsten en kwaliteitszorg", "Ouders en leerlingen", "Gemeenten", "Bestuur", "Bijlagen"]
    d = titlepage("Ondersteuningsplan VO 2026-2030", swv, period, "VO 30-04 · concept ter instemming OPR, definitief")
    d += toc(ch)
    d += voorwoord(swv, period, "voortgezet onderwijs")
    d += kengetallen([["Kengetal", "Aantal"], ["VO-scholen (vestigingen)", "11 (17)"], ["Leerlingen vo", "9.840"],
                      ["Leerlingen met lwoo", "1.120"], ["Leerlingen pro", "410"], ["Leerlingen vso", "265"]])
    d += visie(swv) + terugblik()
    d += [H1("Ondersteuning op school"),
          P("Alle vo-scholen in Kempenland-Oost hebben afgesproken welk niveau van basisondersteuning zij ten minste "
            "bieden. Dat niveau is voor alle vestigingen gelijk, ongeacht schoolsoort of denominatie, en vormt de "
            "ondergrens waaraan elke vestiging zich heeft verbonden. Wat die ondersteuning precies inhoudt, is "
            "beschreven in de kwaliteitskaart basisondersteuning VO (bijlage 2) en in het ondersteuningsprofiel van "
            "de school."),
          P("De basisondersteuning is de komende jaren onderwerp van gesprek met de landelijke ontwikkelingen rond een "
            "norm voor basisondersteuning. Zodra daarover duidelijkheid bestaat, passen wij de kwaliteitskaart aan.")]
    d += [H1("Het ondersteuningscontinuüm"),
          P("Ons aanbod is opgebouwd als een doorlopende lijn van lichte naar zware ondersteuning. Binnen de school "
            "zijn er mentoraat, zorgcoördinatie en ondersteuningsteams. Daarboven kan de school een arrangement "
            "inzetten dat wordt bekostigd uit het schoolbudget. Tussen de scholen staan het OPDC De Brug in Veldhoven "
            "en de rebound-voorziening, waar leerlingen maximaal twintig weken verblijven. Het vso (cluster 4 "
            "Sterksel en cluster 3 Eindhoven) vormt de meest specialistische schakel."),
          T([["Voorziening", "Doelgroep", "Capaciteit"],
             ["Ondersteuningsteam op school", "Alle leerlingen met een extra vraag", "-"],
             ["Lwoo-arrangement", "Leerlingen met lwoo-indicatie in de basis- en kaderberoepsgerichte leerweg", "school"],
             ["OPDC De Brug", "Leerlingen die tijdelijk een kleinere setting nodig hebben", "60 plaatsen"],
             ["Rebound", "Leerlingen met ernstige gedragsproblemen, tijdelijk", "16 plaatsen"],
             ["Praktijkonderwijs", "Leerlingen met pro-toelaatbaarheid", "2 scholen"],
             ["Vso", "Leerlingen met TLV", "2 scholen"]])]
    d += [H1("Toewijzing: vso, lwoo en pro"),
          P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
            "aanwijzing voor leerwegondersteunend onderwijs. De aanvraag wordt gedaan door het bevoegd gezag van de "
            "vo-school waar de leerling is aangemeld of ingeschreven. De aanvraag gaat naar de Commissie "
            "Toewijzing, die het dossier beoordeelt op volledigheid en binnen vijf werkdagen twee deskundigen "
            "inschakelt: een orthopedagoog of GZ-psycholoog en, afhankelijk van de leerling, een jeugdarts of "
            "maatschappelijk werker. Het bestuur besluit binnen zes weken na ontvangst van de volledige aanvraag."),
          P("Voor lwoo en pro hanteren wij de landelijke criteria (IQ, leerachterstanden en sociaal-emotionele "
            "problematiek). Voor het vso geldt dat een leerling toelaatbaar is als (1) de ondersteuningsvraag "
            "structureel de mogelijkheden van de reguliere school en het OPDC overstijgt, (2) een OPP met "
            "evaluaties van ten minste een half jaar beschikbaar is en (3) beide deskundigen positief adviseren. "
            "Een TLV vso geldt voor twee jaar; voor leerlingen in het uitstroomprofiel arbeidsmarkt kan dat "
            "tot het einde van de schoolloopbaan zijn."),
          P("Ouders en leerling kunnen bezwaar maken bij het samenwerkingsverband; de bezwaaradviescommissie adviseert "
            "het bestuur.")]
    d += [H1("Thuiszitters en maatwerk"),
          P("Ieder kwartaal bespreken de ondersteuningscoördinatoren met leerplicht de lijst van leerlingen die "
            "langer dan vier weken verzuimen of geen passende plek hebben. Voor elke leerling wordt een casusregisseur "
            "aangewezen. Wanneer het aanbod tekortschiet, kan het bestuur een maatwerkarrangement financieren. De "
            "gesignaleerde lacunes worden jaarlijks besproken in het OOGO; de afgelopen jaren leidde dat tot een "
            "onderwijs-zorgarrangement voor jongeren met ernstige angstklachten.")]
    d += [H1("Financieel beleid"),
          P("Het samenwerkingsverband verdeelt de ondersteuningsmiddelen grotendeels naar de scholen. Na aftrek van "
            "de afdracht vso en de lwoo- en pro-middelen ontvangt elke school een budget op basis van het aantal "
            "leerlingen (70%) en het aandeel leerlingen in de basis- en kaderberoepsgerichte leerweg (30%). De "
            "lwoo-middelen worden verdeeld naar rato van het aantal aangewezen leerlingen op 1 oktober; pro-middelen "
            "gaan volledig naar de twee pro-scholen. Het OPDC wordt bekostigd met een vast bedrag per plaats."),
          P("De meerjarenbegroting is in voorbereiding en wordt na vaststelling door de algemene vergadering als "
            "bijlage aan dit plan toegevoegd."),
          T([["Begroting", "2026", "2027", "2028", "2029"],
             ["Lasten ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Baten rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."]]),
          P("Over reserves en risico's rapporteren wij in het jaarverslag.")]
    d += [H1("Opbrengsten en kwaliteitszorg"),
          P("Dit hoofdstuk beschrijft wat wij willen bereiken voor leerlingen met extra ondersteuning en hoe wij "
            "dat volgen."),
          T([["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
             ["Minder thuiszitters", "Aantal absoluut verzuimers > 4 weken", "23", "< 10"],
             ["Leerlingen OPDC keren terug naar regulier", "% binnen 1 jaar regulier", "61%", "75%"],
             ["Diplomering lwoo-leerlingen", "% diploma in 4 jaar", "84%", "88%"],
             ["Tevredenheid ouders over toewijzing", "rapportcijfer", "6,8", "7,5"]]),
          P("Monitoring vindt plaats via een dashboard dat het bureau ieder kwartaal bijwerkt. Het bestuur bespreekt "
            "de uitkomsten twee keer per jaar met de rectoren en de OPR; in het jaarverslag rapporteren wij de "
            "bereikte resultaten per indicator en stellen wij zo nodig bij. Bovendien voeren wij eens per twee jaar "
            "een audit uit op de ondersteuningsstructuur van iedere school.")]
    d += [H1("Ouders en leerlingen"),
          P("Ouders worden bij de aanmelding op de vo-school geïnformeerd over de ondersteuning van die school via "
            "de schoolgids en het ondersteuningsprofiel. Het samenwerkingsverband publiceert een digitale "
            "ouderbrochure en organiseert in januari een voorlichtingsavond over de overstap naar het vo. "
            "Leerlingen hebben hoorrecht bij het opstellen van hun OPP."),
          P("Voor onafhankelijk advies kunnen ouders kijken op onze website onder 'Hulp voor ouders'.")]
    d += leeswijzer_filler(swv)
    d += context_filler(swv, "voortgezet onderwijs")
    d += oogo("Veldhoven, Bergeijk, Bladel en Eersel")
    d += governance(swv, "VO 30-04", 6, 11, "10 maart 2026", "5 februari 2026")
    d += personeel() + planning(period)
    d += begrippen([["Overplaatsing", "Overstap van vso naar regulier vo of mbo na afloop van de TLV."],
                    ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."]])
    lab = dict(sector="vo",
               elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                         "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
               crit={"basisondersteuning.inhoud": False, "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.besteding": False, "ouders.steunpunt": False},
               adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                    "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
               notes={"basisondersteuning": "'Ondersteuning op school' states the agreed minimum for every vestiging, but content is only in absent bijlage 2 / school profile",
                      "terugstroom": "'Terugplaatsing' appears only in the TOC and 'Overplaatsing' only in the begrippenlijst; no body text (OPDC return % is a result indicator, not vso terugplaatsing)",
                      "financien": "'Financieel beleid' gives a 70/30 verdeelmodel, but the meerjarenbegroting is 'in voorbereiding' and the table is p.m.",
                      "ouders": "information via schoolgids, brochure, voorlichtingsavond; independent help only 'kijk op onze website'",
                      "resultaten": "'Opbrengsten en kwaliteitszorg' table with indicators/streefwaarden plus quarterly dashboard and jaarverslag",
                      "plaatsing": "'Toewijzing: vso, lwoo en pro': applicant, commissie, 2 deskundigen, 6 weeks, vso criteria 1-3, landelijke lwoo/pro criteria",
                      "dekkend-aanbod": "continuum table + 'Thuiszitters en maatwerk' (quarterly list, casusregisseur, lacunes to OOGO)"})
    return "vo-kempenland-oost-2026", d, lab


# ----------------------------------------------------------------------------- plan 3: PO, pdf only
def plan3():
    swv = "Stichting Samenwerkingsverband Waterland Primair"
    period = "2026-2030"
    ch = ["Voorwoord", "Waar staan we voor", "Wat elke school biedt", "Van zorgen naar handelen",
          "De weg naar de speciale school", "De weg terug naar de wijkschool", "Ouders als partner",
          "Samenwerken in de wijk", "Organisatie", "Verantwoording", "Afkortingen"]
    d = titlepage("Ondersteuningsplan Waterland Primair", swv, period, "PO 27-05")
    d += toc(ch)
    d += voorwoord(swv, period, "primair onderwijs")
    d += visie(swv)
    d += [H1("Wat elke school biedt"),
          P("De schoolbesturen in Waterland hebben met elkaar een gemeenschappelijke lat afgesproken: dit is wat "
            "iedere basisschool op iedere locatie minimaal waarmaakt, zonder tussenkomst van het verband. Niemand "
            "zakt onder die lat."),
          B(["een vaste intern begeleider die wekelijks op de locatie aanwezig is;",
             "een leerlingvolgsysteem en ten minste drie leerlingbesprekingen per groep per jaar;",
             "aanpak van dyslexie en dyscalculie volgens de landelijke protocollen, met verwijzing naar de vergoede dyslexiezorg;",
             "een anti-pestprogramma, een pestcoördinator en een sociaal veiligheidsplan;",
             "verrijkingsstof en een plusgroep voor kinderen die meer aankunnen;",
             "een ondersteuningsteam met jeugdverpleegkundige en schoolmaatschappelijk werk;",
             "een ontwikkelingsperspectief voor kinderen die op een eigen leerlijn werken."]),
          P("Elke school legt dit vast in de schoolgids. Tijdens schoolbezoeken kijkt de adviseur van het verband "
            "mee.")]
    d += [H1("Van zorgen naar handelen"),
          P("Heeft een kind meer nodig dan de school zelf kan bieden, dan volgt een gesprek in het ondersteuningsteam. "
            "De school kan een adviseur van het verband inschakelen voor een consultatie, een observatie of een "
            "kortdurend traject. Daarnaast zijn er drie schakelklassen voor nieuwkomers en een kleine groep voor "
            "kinderen met ernstige gedragsproblemen op de Regenboogschool. Is ook dat niet genoeg, dan kan het sbo of "
            "het so een passende plek bieden. Zo ontstaat een doorgaande lijn van ondersteuning binnen en tussen de "
            "scholen, die wij in de planperiode willen versterken met een expertisepunt per wijk."),
          P("Hoe wij omgaan met kinderen voor wie geen passende plek beschikbaar is, willen wij de komende jaren "
            "samen met de gemeenten verder uitdenken.")]
    d += [H1("De weg naar de speciale school"),
          P("Het schoolbestuur van de huidige school vraagt de toelaatbaarheidsverklaring aan bij het verband. "
            "Bij de aanvraag horen het groeidocument, de zienswijze van ouders en de verslagen van het "
            "ondersteuningsteam. Het Adviesteam Toelaatbaarheid bestaat uit een orthopedagoog en een psycholoog of "
            "jeugdarts; zij geven ieder afzonderlijk advies. De directeur neemt het besluit binnen zes weken. "
            "Ouders krijgen een afschrift van de adviezen."),
          P("Aan de hand van welke criteria het Adviesteam beoordeelt of een kind toelaatbaar is, stelt het bestuur "
            "in de loop van het schooljaar 2026-2027 opnieuw vast; het oude kader is vervallen. Ouders die het niet "
            "eens zijn met het besluit kunnen bezwaar maken.")]
    d += [H1("De weg terug naar de wijkschool"),
          P("Wij vinden dat een plek in het speciaal (basis)onderwijs waar mogelijk tijdelijk is. Uitgangspunt is "
            "dat een kind terugkeert naar een gewone basisschool zodra de ontwikkeling dat toelaat en de ontvangende "
            "school de ondersteuning kan bieden die het kind nog nodig heeft. Daarvoor ontvangt die school een jaar "
            "lang een begeleidingsarrangement en coaching door een ambulant begeleider van de sbo-school."),
          T([["Moment", "Wie", "Wat"],
             ["Jaarlijks, bij de OPP-evaluatie", "Sbo/so-school met ouders", "Bespreken of terugkeer haalbaar is"],
             ["Uiterlijk 1 maart van het laatste TLV-jaar", "Sbo/so-school", "Melding aan het verband: terugkeer of verlenging"],
             ["Maart-mei", "Verband, ouders, beoogde school", "Kennismaking, proefplaatsing van maximaal zes weken"],
             ["Vóór 1 juni", "Directeur verband", "Besluit over terugplaatsing of nieuwe TLV"],
             ["Eerste jaar na terugkeer", "Ontvangende school", "Begeleidingsarrangement en evaluatie na 3 en 9 maanden"]])]
    d += [H1("Ouders als partner"),
          P("Ouders kennen hun kind het best. Daarom betrekken wij hen vanaf het eerste gesprek. Op de website van "
            "het verband staat per school een overzicht van de ondersteuning, en iedere school reikt bij de "
            "intake de folder 'Wat als mijn kind meer nodig heeft?' uit. Het verband houdt twee keer per jaar een "
            "inloopspreekuur in de bibliotheek van Purmerend."),
          P("Ouders die een luisterend oor of hulp bij een conflict zoeken, kunnen terecht bij het Ouder- en "
            "Jeugdsteunpunt Noord-Holland of bij een onderwijsconsulent; beide zijn onafhankelijk van het verband. "
            "Geschillen over toelating en verwijdering kunnen worden voorgelegd aan de landelijke "
            "geschillencommissie.")]
    d += leeswijzer_filler(swv)
    d += context_filler(swv, "primair onderwijs")
    d += oogo("Purmerend, Edam-Volendam, Landsmeer en Waterland")
    d += governance(swv, "PO 27-05", 9, 58, "17 maart 2026", "26 februari 2026")
    d += [H1("Verantwoording"),
          P("Het verband legt verantwoording af aan de besturen, de raad van toezicht en de OPR. Het jaarverslag "
            "verschijnt voor 1 juli. De middelen worden ingezet voor de doelen van dit plan; scholen zetten de "
            "middelen die zij ontvangen in voor extra ondersteuning. Over de verdeling en de begroting besluit de "
            "algemene vergadering elk jaar opnieuw."),
          P("Welke resultaten wij in deze planperiode willen bereiken, bepalen wij na de eerste audit in 2027.")]
    d += personeel() + ict_privacy()
    d += [H1("Afkortingen"),
          T([["Afkorting", "Betekenis"], ["MJB", "Meerjarenbegroting"], ["OJSP", "Ouder- en jeugdsteunpunt"],
             ["OPP", "Ontwikkelingsperspectief"], ["TLV", "Toelaatbaarheidsverklaring"],
             ["Verdeelmodel", "De verdeling van ondersteuningsmiddelen over besturen"],
             ["Dekkend netwerk", "Het geheel van voorzieningen waardoor er voor elk kind een plek is"]])]
    lab = dict(sector="po",
               elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                         "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
               crit={"plaatsing.criteria": False, "financien.verdeling": False, "financien.besteding": False,
                     "dekkend-aanbod.lacunes": False, "resultaten.doelen": False, "resultaten.monitoring": False},
               adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                    "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
               notes={"plaatsing": "'De weg naar de speciale school': procedure (applicant, adviesteam of 2, decision in 6 weeks) but criteria to be set again in 2026-2027",
                      "terugstroom": "'De weg terug naar de wijkschool': policy (temporary placement, conditions, arrangement after return) and step table with dates",
                      "financien": "no verdeelmodel or budget: 'Verantwoording' only says the means are used for the plan and the vergadering decides yearly; MJB/verdeelmodel only in Afkortingen",
                      "dekkend-aanbod": "'Van zorgen naar handelen' describes the continuum; gaps/no-place pupils only 'verder uitdenken'",
                      "resultaten": "only deferral 'bepalen wij na de eerste audit in 2027'; jaarverslag mention is not results monitoring",
                      "basisondersteuning": "'Wat elke school biedt': common lat for every location plus bullet list; unusual wording",
                      "ouders": "'Ouders als partner': website overview, folder, spreekuur; OJSP Noord-Holland and onderwijsconsulent"})
    return "po-waterland-primair-2026", d, lab


# ----------------------------------------------------------------------------- plan 4: VO, html
def plan4():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Lingestroom"
    period = "2026-2030"
    ch = ["Inleiding", "Onze koers", "Ondersteuningsniveaus", "Basisondersteuning", "Toelating tot vso en pro",
          "Na het vso", "Thuiszitters", "Middelen", "Resultaten", "Informatie aan ouders", "Bestuur en OPR"]
    d = [("title", "Ondersteuningsplan 2026-2030 – webversie"), P(swv + " · VO 26-02"), P("Planperiode " + period)]
    d += toc(ch)
    d += voorwoord(swv, period, "voortgezet onderwijs")
    d += visie(swv) + terugblik()
    d += [H1("Ondersteuningsniveaus"),
          P("Het aanbod in Lingestroom bestaat uit vier lagen. Laag 1 is wat de school zelf doet met mentoren en "
            "ondersteuningscoördinator. Laag 2 zijn arrangementen op de school, zoals een trajectvoorziening of "
            "een time-out-plek. Laag 3 zijn de bovenschoolse voorzieningen: het OPDC Lingepoort in Tiel (48 "
            "plaatsen) en de plusvoorziening voor jongeren die dreigen uit te vallen. Laag 4 is het vso en het "
            "praktijkonderwijs. Leerlingen kunnen tussen de lagen op- en afschalen."),
          H1("Basisondersteuning"),
          P("Basisondersteuning is een begrip dat in de wet wordt gebruikt. De scholen geven daar ieder op hun eigen "
            "manier invulling aan en beschrijven dat in hun schoolgids. Het samenwerkingsverband volgt de "
            "landelijke discussie over een norm voor basisondersteuning met belangstelling.")]
    d += [H1("Toelating tot vso en pro"),
          P("Over de toelaatbaarheid beslist het samenwerkingsverband. Een leerling komt in aanmerking voor het vso "
            "wanneer sprake is van ten minste één van de volgende situaties: een ernstige, langdurige "
            "gedrags- of psychiatrische problematiek waardoor deelname aan regulier onderwijs, ook met een "
            "arrangement in laag 2 of 3, niet lukt; een lichamelijke of verstandelijke beperking die een "
            "specialistische leeromgeving vraagt; of een combinatie van leer- en ontwikkelingsproblemen waarbij "
            "twee evaluaties van het OPP geen vooruitgang laten zien. Voor praktijkonderwijs gelden de landelijke "
            "criteria: een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op ten minste twee "
            "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."),
          P("Hoe een aanvraag precies verloopt, welke formulieren nodig zijn en binnen welke termijn wordt besloten, "
            "leest u in het Toewijzingsreglement op onze website.")]
    d += [H1("Na het vso"),
          P("Het samenwerkingsverband wil dat jongeren niet langer in het vso blijven dan nodig. Een overstap naar het "
            "regulier vo is het doel zodra een leerling met ondersteuning in laag 2 of 3 verder kan. Voorwaarde is dat "
            "de ontvangende school een plan van aanpak opstelt en dat de leerling in het eerste jaar een vaste "
            "coach van het OPDC houdt. Voor jongeren die naar het mbo gaan, maken wij afspraken met de ROC's over "
            "een warme overdracht. Het aantal leerlingen dat vanuit het vso overstapt, is de afgelopen jaren "
            "gestegen van 11 naar 19 per jaar.")]
    d += [H1("Thuiszitters"),
          P("Iedere leerling die langer dan vier weken niet naar school gaat, wordt binnen een week besproken in het "
            "Regionaal Overleg Thuiszitters van samenwerkingsverband, leerplicht en jeugdhulp. Het overleg wijst een "
            "regisseur aan en kan een maatwerktraject financieren. Jaarlijks analyseren wij welke leerlingen geen "
            "passende plek vonden en stellen wij op basis daarvan het aanbod bij; zo is in 2024 een "
            "onderwijs-zorgarrangement voor hoogbegaafde thuiszitters gestart.")]
    d += [H1("Middelen"),
          P("Het samenwerkingsverband ontvangt ongeveer € 11,2 miljoen. Dat geld wordt verdeeld volgens het "
            "principe 'geld volgt leerling': elk bestuur ontvangt € 210 per ingeschreven leerling voor lichte "
            "ondersteuning en laag 2, de lwoo-middelen gaan op basis van het aantal aangewezen leerlingen naar de "
            "scholen, en de bovenschoolse voorzieningen krijgen een vast budget per plaats."),
          T([["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
             ["Lwoo", "3.950.000", "3.900.000", "3.850.000", "3.800.000"],
             ["Pro", "2.100.000", "2.080.000", "2.060.000", "2.040.000"],
             ["Afdracht vso", "1.750.000", "1.760.000", "1.770.000", "1.780.000"],
             ["Schoolbudgetten (€ 210 p.l.)", "1.640.000", "1.620.000", "1.600.000", "1.590.000"],
             ["OPDC en plusvoorziening", "1.280.000", "1.300.000", "1.320.000", "1.340.000"],
             ["Bureau", "480.000", "485.000", "490.000", "495.000"]])]
    d += [H1("Resultaten"),
          P("Wij volgen de ontwikkelingen nauwgezet. Het bureau verzamelt ieder halfjaar de gegevens over "
            "thuiszitters, doorstroom uit het OPDC, schoolverlaters zonder diploma en toegekende arrangementen en "
            "legt die in een monitor voor aan het bestuur en de rectoren. Jaarlijks evalueren wij in een "
            "verantwoordingsgesprek met elk bestuur wat er met de middelen is bereikt, en het jaarverslag bevat een "
            "hoofdstuk over de bereikte resultaten. Welke doelen wij ons voor deze planperiode stellen, formuleren "
            "wij na de ambitiesessie met de besturen in het najaar.")]
    d += [H1("Informatie aan ouders"),
          P("Deze pagina wordt op dit moment herschreven. De nieuwe tekst verschijnt na de zomer.")]
    d += leeswijzer_filler(swv)
    d += context_filler(swv, "voortgezet onderwijs")
    d += oogo("Tiel, Culemborg, Buren, West Betuwe en Neder-Betuwe")
    d += [H1("Bestuur en OPR"),
          P("Het samenwerkingsverband is een vereniging van acht schoolbesturen. Het bestuur bestaat uit een "
            "onafhankelijk voorzitter en vier bestuurders namens de leden. De dagelijkse leiding ligt bij de "
            "directeur. De ondersteuningsplanraad heeft op 24 maart 2026 ingestemd met dit plan; het OOGO met de vijf "
            "gemeenten is op 3 maart 2026 afgerond."),
          P("De leden van de vereniging komen twee keer per jaar bijeen in de algemene ledenvergadering. Daar "
            "worden de statuten, het bestuursreglement en de benoeming van de onafhankelijk voorzitter besproken. "
            "Het bestuur legt in de vergadering verantwoording af over de uitvoering van dit plan en over de "
            "samenwerking met de partners in de regio. De directeur is aanwezig als adviseur van het bestuur en "
            "verzorgt de voorbereiding van de vergaderstukken.")]
    d += personeel() + planning(period)
    d += begrippen([["Informatieplicht ouders", "De plicht van het samenwerkingsverband om ouders te informeren over ondersteuning en over onafhankelijke hulp."]])
    lab = dict(sector="vo",
               elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                         "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
               crit={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False, "plaatsing.procedure": False,
                     "terugstroom.procedure": False, "resultaten.doelen": False,
                     "ouders.informatie": False, "ouders.steunpunt": False},
               adv={"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
               notes={"basisondersteuning": "section 'Basisondersteuning' only says the term is legal and schools fill it in themselves; no agreed level, no content",
                      "plaatsing": "'Toelating tot vso en pro' gives criteria, but procedure only via Toewijzingsreglement on website",
                      "terugstroom": "'Na het vso': policy (aim, conditions, coach after return) and figures, but no steps/actors/moments",
                      "financien": "'Middelen': geld volgt leerling, € 210 p.l., meerjarenbegroting table",
                      "resultaten": "monitoring (half-yearly monitor, verantwoordingsgesprek, jaarverslag) but goals deferred to an ambitiesessie",
                      "ouders": "'Informatie aan ouders' is a placeholder; informatieplicht only in begrippenlijst; OPR mentioned without parents' role",
                      "dekkend-aanbod": "'Ondersteuningsniveaus' four lagen + 'Thuiszitters' with regional overleg and yearly gap analysis"})
    return "vo-lingestroom-2026", d, lab


# ----------------------------------------------------------------------------- plan 5: PO, markdown
def plan5():
    swv = "Samenwerkingsverband Amstelrand PO"
    period = "2025-2029"
    ch = ["Voorwoord", "Kerngegevens", "Visie", "Basisondersteuning", "Extra ondersteuning",
          "Speciaal basisonderwijs en speciaal onderwijs", "Terug naar het regulier onderwijs", "Financiën",
          "Opbrengsten", "Ouders", "Dekkend aanbod", "Governance", "Personeel", "Planning"]
    d = [("title", "Ondersteuningsplan 2025-2029"), P(swv + " (PO 23-09)")]
    d += toc(ch)
    d += voorwoord(swv, period, "primair onderwijs")
    d += kengetallen([["Kengetal", "Aantal"], ["Basisscholen", "41"], ["Sbo", "2"], ["So", "1"],
                      ["Leerlingen", "9.360"]])
    d += visie(swv)
    d += [H1("Basisondersteuning"),
          P("Basisondersteuning is bij ons geen vrijblijvend begrip. De besturen hebben vastgelegd dat iedere "
            "school, elke vestiging, dezelfde ondergrens hanteert; die ondergrens is bindend."),
          T([["Domein", "Minimaal aanwezig op elke school"],
             ["Leren", "Differentiatie in drie niveaus, protocol dyslexie, rekenprotocol, NT2-aanbod voor nieuwkomers"],
             ["Gedrag en welbevinden", "Methode sociaal-emotionele ontwikkeling, pestprotocol, aandachtsfunctionaris"],
             ["Organisatie", "IB'er, leerlingbespreking vier keer per jaar, ondersteuningsteam met jeugdverpleegkundige"],
             ["Samenwerking met ouders", "Startgesprek in elke groep, ouders tekenen voor het OPP"],
             ["Fysiek", "Rolstoeltoegankelijk gebouw of afspraken met een nabije school"]])]
    d += [H1("Extra ondersteuning"),
          P("Over extra ondersteuning en arrangementen maken de besturen in deze planperiode nieuwe afspraken. "
            "De uitwerking volgt in het jaarplan; tot die tijd blijven de huidige afspraken gelden.")]
    d += [H1("Speciaal basisonderwijs en speciaal onderwijs"),
          P("In onze regio staan twee sbo-scholen en één so-school. Toelaatbaarheid: het reglement volgt na "
            "vaststelling door het bestuur in het najaar van 2025. Tot die tijd verwijzen wij naar de "
            "informatie die de scholen zelf geven.")]
    d += [H1("Terug naar het regulier onderwijs"),
          P("Het samenwerkingsverband kiest ervoor dat geen enkel kind 'vanzelf' in het speciaal (basis)onderwijs "
            "blijft. Iedere leerling krijgt bij aanvang van de plaatsing een terugkeerdoel in het OPP. Een kind "
            "stroomt terug wanneer de ondersteuningsbehoefte binnen de basisondersteuning plus een arrangement past; "
            "de gemeenten en het verband zorgen samen voor eventueel vervoer en begeleiding in het eerste jaar."),
          T([["Stap", "Wie neemt het initiatief", "Wanneer"],
             ["Evaluatie van het OPP en terugkeerdoel", "Sbo/so-school", "Halfjaarlijks"],
             ["Terugkeergesprek met ouders en een basisschool naar keuze", "IB'er sbo/so", "In het laatste TLV-jaar, vóór 1 februari"],
             ["Besluit over terugkeer", "Directeur van het verband", "Vóór 1 april"],
             ["Overgang met warme overdracht en arrangement", "Ontvangende basisschool", "Per 1 augustus"],
             ["Evaluatie na terugkeer", "Ontvangende school en verband", "Na 6 en 12 maanden"]])]
    d += [H1("Financiën"),
          P("De verdeling van de middelen over de besturen wordt in 2025 herijkt. Het nieuwe verdeelmodel zal "
            "worden gepubliceerd zodra het bestuur het heeft vastgesteld."),
          T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
             ["Afdracht sbo en so", "3.980", "3.940", "3.900", "3.860"],
             ["Arrangementen en schoolbudgetten", "3.120", "3.100", "3.080", "3.060"],
             ["Expertiseteam", "640", "650", "660", "670"],
             ["Bureau en bestuur", "510", "515", "520", "525"],
             ["Totaal", "8.250", "8.205", "8.160", "8.115"]])]
    d += [H1("Opbrengsten"),
          P("Het verband stelt zich ten doel dat (1) 90% van de leerlingen met een arrangement de doelen van het OPP "
            "bereikt, (2) jaarlijks minimaal 12% van de sbo-leerlingen terugkeert naar een basisschool, en (3) elke "
            "school aantoonbaar de basisondersteuning op orde heeft. Wij verzamelen deze gegevens twee keer per "
            "jaar via de schoolrapportages, bespreken ze in het directeurenoverleg en de OPR en rapporteren de "
            "bereikte resultaten in het jaarverslag, met een vergelijking met het vorige jaar."),
          T([["Indicator", "2023", "2024", "Doel 2029"], ["% OPP-doelen bereikt", "84%", "86%", "90%"],
             ["% terugkeer uit sbo", "8%", "9%", "12%"]])]
    d += [H1("Ouders"),
          P("Iedere school bespreekt bij de intake met ouders welke ondersteuning de school biedt. Het verband "
            "maakt jaarlijks een ouderkrant die via alle scholen wordt verspreid en die uitlegt hoe extra "
            "ondersteuning, sbo en so werken. Op de website van het verband staat een ouderpagina met filmpjes."),
          P("Onafhankelijke steun: wie er met de school niet uitkomt, kan kosteloos terecht bij het Ouder- en "
            "Jeugdsteunpunt Amstelland, dat los van scholen en verband werkt, en daarna bij de onderwijsconsulenten.")]
    d += [H1("Dekkend aanbod"),
          P("Het dekkend aanbod brengen wij in 2026 in kaart, in samenhang met de herziening van de arrangementen. "
            "De uitkomsten worden opgenomen in het jaarplan 2027.")]
    d += leeswijzer_filler(swv)
    d += context_filler(swv, "primair onderwijs", oogo_line=False)
    d += governance(swv, "PO 23-09", 7, 44, "20 maart 2025", "4 maart 2025")
    d += personeel() + planning(period)
    d += begrippen()
    lab = dict(sector="po",
               elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                         "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
               crit={"plaatsing.procedure": False, "plaatsing.criteria": False, "financien.verdeling": False,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False},
               adv={"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
               notes={"plaatsing": "sbo/so chapter only says 'het reglement volgt' and refers to schools; no procedure or criteria anywhere",
                      "dekkend-aanbod": "'Dekkend aanbod' is a pure deferral to 2026/jaarplan; 'Extra ondersteuning' only says arrangementen will be revised (no continuum)",
                      "financien": "meerjarenbegroting table present, but verdeelmodel is being 'herijkt' and will be published later",
                      "terugstroom": "'Terug naar het regulier onderwijs': policy (terugkeerdoel, condition, support) plus step table with actors and dates",
                      "resultaten": "'Opbrengsten': targets (1)-(3), twice-yearly collection, jaarverslag, indicator table",
                      "basisondersteuning": "binding ondergrens for every vestiging plus domain table",
                      "ouders": "ouderkrant, intake, ouderpagina; OJSP Amstelland and onderwijsconsulenten"})
    return "po-amstelrand-2025", d, lab


# ----------------------------------------------------------------------------- near miss: school SOP/ondersteuningsplan
def nearmiss():
    school = "OBS De Vlinderboom"
    d = [("title", "Schoolondersteuningsplan 2025-2026"), P(school + ", Zutphen"),
         P("Onderdeel van Samenwerkingsverband IJssel-Berkel PO"), ("pagebreak", None)]
    d += toc(["Inleiding", "Onze basisondersteuning", "Zorgniveaus in de groep", "Extra ondersteuning via het samenwerkingsverband",
              "Toelaatbaarheidsverklaring", "Ouders", "Financiële middelen", "Resultaten", "Jaarplanning"])
    d += [H1("Inleiding"),
          P("Dit schoolondersteuningsplan beschrijft hoe OBS De Vlinderboom de ondersteuning aan haar 312 leerlingen "
            "organiseert. Het plan sluit aan bij het ondersteuningsplan van ons samenwerkingsverband en bij ons "
            "schoolondersteuningsprofiel. Het is vastgesteld door de directie na advies van de medezeggenschapsraad "
            "en wordt jaarlijks geactualiseerd. Het plan is bedoeld voor het team en voor ouders."),
          P("Wij zijn een school met twaalf groepen, een intern begeleider (0,8 fte), een gedragsspecialist en een "
            "onderwijsassistent voor de onderbouw. Onze populatie is gemengd; ongeveer 18% van de leerlingen heeft "
            "een gewicht in de zin van de achterstandsregeling.")]
    d += [H1("Onze basisondersteuning"),
          P("Op De Vlinderboom bieden wij de basisondersteuning zoals die in ons samenwerkingsverband is afgesproken. "
            "Concreet betekent dit: een dyslexieprotocol, een rekenprotocol, de Kanjertraining, een "
            "verrijkingsgroep op dinsdag, drie leerlingbesprekingen per jaar en een ondersteuningsteam met de "
            "schoolmaatschappelijk werker. Leerlingen die op een eigen leerlijn werken, krijgen een OPP.")]
    d += [H1("Zorgniveaus in de groep"),
          T([["Zorgniveau", "Omschrijving", "Wie"],
             ["1", "Algemene zorg in de groep: instructie in drie niveaus", "Leerkracht"],
             ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
             ["3", "Speciale zorg na groepsbespreking: handelingsplan", "Leerkracht en IB'er"],
             ["4", "Zorg met extern onderzoek of begeleiding", "IB'er, ondersteuningsteam"],
             ["5", "Verwijzing of arrangement via het samenwerkingsverband", "Directie, IB'er"]]),
          P("Groepsbesprekingen vinden plaats in oktober, februari en juni. De intern begeleider bespreekt daarbij "
            "met de leerkracht de groepsoverzichten en de resultaten van de methode-onafhankelijke toetsen. De "
            "leerkracht maakt vervolgens een groepsplan voor de komende periode.")]
    d += [H1("Extra ondersteuning via het samenwerkingsverband"),
          P("Als onze mogelijkheden tekortschieten, vragen wij een arrangement aan bij het samenwerkingsverband. De "
            "IB'er stelt daarvoor een groeidocument op, samen met ouders. Het samenwerkingsverband beoordeelt de "
            "aanvraag. In het afgelopen schooljaar kregen vijf leerlingen een arrangement, vooral voor gedrag en "
            "taalontwikkeling.")]
    d += [H1("Toelaatbaarheidsverklaring"),
          P("Soms is een plek in het speciaal basisonderwijs of speciaal onderwijs passender. De school vraagt dan "
            "een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het samenwerkingsverband beslist, na "
            "advies van twee deskundigen. Afgelopen jaar zijn twee leerlingen naar het sbo gegaan. Wanneer een "
            "leerling terugkomt uit het sbo, maken wij een warm welkomstplan.")]
    d += [H1("Ouders"),
          P("Ouders zijn onze partners. Bij zorgen neemt de leerkracht contact op met ouders, en ouders kunnen "
            "altijd zelf een afspraak maken. In de schoolgids en op onze website staat hoe de ondersteuning op "
            "school werkt. Voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het "
            "samenwerkingsverband en naar Onderwijsconsulenten.")]
    d += [H1("Financiële middelen"),
          P("De school ontvangt van het samenwerkingsverband een schoolbudget van € 38.400 per jaar. Wij besteden "
            "dat aan de gedragsspecialist (0,3 fte), aan extra uren voor de onderwijsassistent en aan scholing van "
            "het team. De directeur legt daarover verantwoording af in het bestuursformat.")]
    d += [H1("Resultaten"),
          P("Onze doelen voor dit schooljaar: 85% van de leerlingen in groep 8 haalt 1F rekenen en lezen; het "
            "aantal leerlingen met een handelingsplan voor gedrag daalt. Wij evalueren dit in juni in de "
            "teamvergadering en rapporteren aan het bestuur.")]
    d += [H1("Jaarplanning"),
          T([["Maand", "Activiteit"], ["September", "Startgesprekken met ouders"], ["Oktober", "Groepsbesprekingen ronde 1"],
             ["Januari", "Midden-toetsen en analyse"], ["Februari", "Groepsbesprekingen ronde 2"],
             ["Juni", "Eind-toetsen, groepsbesprekingen ronde 3, evaluatie schoolondersteuningsplan"]])]
    # extra team-level filler for realistic length
    d += [H1("Werkwijze handelingsgericht werken"),
          P("Handelingsgericht werken is de basis van ons onderwijs. Wij werken cyclisch: waarnemen, begrijpen, "
            "plannen en realiseren. Leerkrachten verzamelen gegevens over alle leerlingen, signaleren leerlingen die "
            "extra aandacht nodig hebben en benoemen hun onderwijsbehoeften. Op basis daarvan clusteren zij "
            "leerlingen en maken zij een groepsplan. Na afloop van elke periode evalueren zij het plan. Ouders "
            "worden bij de start van het jaar uitgenodigd voor een omgekeerd oudergesprek, waarin zij vertellen wat "
            "zij van hun kind weten."),
          P("Wij werken met de methodes van ons bestuur en de toetsen van het leerlingvolgsysteem. De intern "
            "begeleider coacht leerkrachten bij het werken met groepsplannen en bezoekt elke groep minimaal twee keer "
            "per jaar. Daarnaast worden leerkrachten jaarlijks geschoold in het omgaan met gedrag.")]
    lab = None
    return "school-devlinderboom-sop-2025", d, lab


# ----------------------------------------------------------------------------- renderers
def to_docx(blocks, path):
    doc = Document()
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
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_paragraph(val[0], style="Heading 1")
            for line in val[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    doc.save(str(path))


def to_md(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bullets":
            out.append("\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "toc":
            out.append(f"**{val[0]}**\n\n" + "\n".join(val[1:]) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |\n|" + "---|" * len(val[0]) + "\n" +
                       "\n".join("| " + " | ".join(r) + " |" for r in val[1:]) + "\n")
    return "\n".join(out)


def to_html(blocks, title):
    e = html.escape
    out = [f"<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{e(title)}</title></head><body>",
           "<header><p>Lingestroom VO · Ondersteuningsplan · Home | Over ons | Contact</p></header><main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append(f"<nav><h2>{e(val[0])}</h2><ol>" + "".join(f"<li>{e(l.split('. ', 1)[1])}</li>" for l in val[1:]) + "</ol></nav>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>" for _ in [0])
            rows += "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:])
            out.append(f"<table border=\"1\">{rows}</table>")
    out.append("</main><footer><p>© Samenwerkingsverband VO Lingestroom · ouders · privacy · toelaatbaarheid · resultaten</p></footer></body></html>")
    return "\n".join(out)


def to_pdf(docx_path, pdf_path, tmpdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpdir}/lo_profile",
                    "--convert-to", "pdf", "--outdir", str(tmpdir), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(Path(tmpdir) / (docx_path.stem + ".pdf")), str(pdf_path))


def label_yaml(docs, lab):
    lines = [f"documents: [{', '.join(docs)}]"]
    if lab is None:
        lines += ["sector: po", "looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", "  document: \"school-level schoolondersteuningsplan of one basisschool (zorgniveaus, "
                  "groepsbesprekingen, own schoolbudget); it refers to the samenwerkingsverband but is not its plan\""]
        return "\n".join(lines) + "\n"
    lines += [f"sector: {lab['sector']}", "looks_like_plan: true",
              "elements: {" + ", ".join(f"{k}: {lab['elements'][k]}" for k in ELEMS) + "}", "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'false' if c in lab['crit'] else 'true'}")
    # consistency check with status rule
    for el in ELEMS:
        crit = [c for c in CORE if c.startswith(el + ".")]
        n_true = sum(c not in lab["crit"] for c in crit)
        st = lab["elements"][el]
        exp = "present" if n_true == len(crit) else ("partial" if n_true or lab["adv"].get(el) else "missing")
        assert st == exp, (el, st, exp)
    lines.append("advisory_addressed:")
    for el in ELEMS:
        if lab["adv"].get(el):
            lines.append(f"  {el}: [{', '.join(lab['adv'][el])}]")
    lines.append("notes:")
    for el in ELEMS:
        if el in lab["notes"]:
            lines.append(f"  {el}: \"{lab['notes'][el]}\"")
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout326_"))
    try:
        # plan 1: docx + pdf
        name, blocks, lab = plan1()
        to_docx(blocks, OUT / f"{name}.docx")
        to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf", tmp)
        (OUT / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.docx", f"{name}.pdf"], lab), encoding="utf-8")
        # plan 2: docx
        name, blocks, lab = plan2()
        to_docx(blocks, OUT / f"{name}.docx")
        (OUT / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.docx"], lab), encoding="utf-8")
        # plan 3: pdf only (docx is temporary)
        name, blocks, lab = plan3()
        to_docx(blocks, tmp / f"{name}.docx")
        to_pdf(tmp / f"{name}.docx", OUT / f"{name}.pdf", tmp)
        (OUT / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.pdf"], lab), encoding="utf-8")
        # plan 4: html
        name, blocks, lab = plan4()
        (OUT / f"{name}.html").write_text(to_html(blocks, "Ondersteuningsplan Lingestroom"), encoding="utf-8")
        (OUT / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.html"], lab), encoding="utf-8")
        # plan 5: markdown
        name, blocks, lab = plan5()
        (OUT / f"{name}.md").write_text(to_md(blocks), encoding="utf-8")
        (OUT / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.md"], lab), encoding="utf-8")
        # near miss: docx
        name, blocks, lab = nearmiss()
        to_docx(blocks, OUT / f"{name}.docx")
        (OUT / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.docx"], None), encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
