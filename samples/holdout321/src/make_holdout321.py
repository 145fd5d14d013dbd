#!/usr/bin/env python3
"""Generate holdout set 321: five fictional ondersteuningsplannen (4x VO, 1x PO) and one near-miss
document, plus a hand-written label file per document.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

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
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


# --------------------------------------------------------------------------------------------
# Shared filler: sections real plans have, written so that they do NOT address any element.
# --------------------------------------------------------------------------------------------

def h1(t):
    return ("h1", t)


def h2(t):
    return ("h2", t)


def p(t):
    return ("p", t)


def ul(*items):
    return ("ul", list(items))


def table(rows):
    return ("table", rows)


def filler_voorwoord(c, ouders_word=True):
    wie = ("schoolleiders, ondersteuningscoördinatoren, ouders, leerlingen, de ondersteuningsplanraad en de "
           "gemeenten" if ouders_word else
           "schoolleiders, ondersteuningscoördinatoren, mentoren, de ondersteuningsplanraad en de gemeenten")
    return [
        h1("Voorwoord"),
        p(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
          f"invoering van passend onderwijs in 2014 en het eerste dat we volledig hebben geschreven in een tijd "
          f"waarin het lerarentekort, de groei van de jeugdhulpvraag en de krapte op de woningmarkt ook in onze "
          f"regio voelbaar zijn. Passend onderwijs is geen project meer; het is het dagelijkse werk van "
          f"{c['n_scholen']} scholen en ruim {c['n_leerlingen']} leerlingen."),
        p(f"Dit plan is tot stand gekomen in gesprek met {wie}. In vier werkateliers, een online "
          f"enquête en talloze gesprekken aan keukentafels en in teamkamers hebben we gehoord wat goed gaat en wat "
          f"beter moet. Veel van die gesprekken gingen over middelen, over arrangementen en over "
          f"toelaatbaarheid, maar vooral over de vraag hoe we ervoor zorgen dat een leerling zich gezien voelt. "
          f"Die vraag loopt als een rode draad door dit plan."),
        p("We zijn trots op de resultaten van de afgelopen periode en tegelijk eerlijk over wat nog niet lukt. "
          "Een plan is pas waardevol als het in de school merkbaar wordt. Daarom hebben we geprobeerd helder te "
          "schrijven, met zo min mogelijk jargon. Waar vaktermen onvermijdelijk zijn, vindt u ze terug in de "
          "begrippenlijst achterin."),
        p(f"Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, die "
          f"kritisch en betrokken meelazen. Wij kijken uit naar de samenwerking in de komende vier jaar."),
        p(f"{c['directeur']}, directeur-bestuurder {c['kort']}"),
    ]


def filler_leeswijzer(c):
    return [
        h1("Inleiding en leeswijzer"),
        p(f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
          f"(artikel {c['wetsartikel']}). In het plan beschrijven samenwerkingsverbanden onder meer hoe zij een "
          f"samenhangend geheel van ondersteuningsvoorzieningen realiseren, hoe de middelen worden verdeeld, hoe "
          f"toelaatbaarheid en terugplaatsing zijn geregeld, welke resultaten worden beoogd en hoe ouders worden "
          f"geïnformeerd. Deze leeswijzer geeft aan waar u wat vindt; de inhoud zelf staat in de hoofdstukken."),
        p("Het plan is opgebouwd uit drie delen. Deel A beschrijft wie we zijn, waar we staan en waar we naartoe "
          "willen. Deel B is het inhoudelijke hart: de ondersteuning, de toewijzing en de samenwerking. Deel C "
          "gaat over organisatie, medezeggenschap, geld en planning. De bijlagen bevatten onder meer een "
          "begrippenlijst en een overzicht van de aangesloten scholen."),
        p(f"Het plan geldt voor de schooljaren {c['periode']}. Jaarlijks stellen we een jaarplan op waarin "
          f"we de ambities uit dit plan vertalen naar activiteiten. Wijzigingen van betekenis leggen we opnieuw "
          f"ter instemming voor aan de ondersteuningsplanraad."),
    ]


def filler_context(c):
    return [
        h1("Onze regio"),
        p(f"{c['naam']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. In het gebied wonen ruim "
          f"{c['inwoners']} mensen. De regio kent een stedelijke kern en een uitgestrekt landelijk gebied met "
          f"kleinere kernen, waar de reistijd naar school voor sommige leerlingen meer dan drie kwartier bedraagt. "
          f"Het openbaar vervoer is in de avond en in het weekend beperkt."),
        p(f"Bij het samenwerkingsverband zijn {c['n_besturen']} schoolbesturen aangesloten met samen "
          f"{c['n_scholen']} scholen of vestigingen. Op 1 oktober 2025 telden deze scholen samen "
          f"{c['n_leerlingen']} leerlingen. De prognoses laten tot 2030 een lichte daling zien in het landelijk "
          f"gebied en een stabiel beeld in de stedelijke kern. Die krimp heeft gevolgen voor de spreiding van "
          f"het onderwijsaanbod: kleine vestigingen staan onder druk en besturen verkennen samenwerking."),
        p("De sociaaleconomische verschillen binnen de regio zijn groot. In sommige wijken groeit een op de vijf "
          "kinderen op in een gezin met een laag inkomen. Tegelijk is er een sterk verenigingsleven en een "
          "netwerk van vrijwilligers dat scholen ondersteunt bij huiswerkbegeleiding, sport en cultuur."),
    ]


def filler_visie(c):
    return [
        h1("Missie, visie en ambities"),
        h2("Missie"),
        p(f"{c['kort']} zorgt er samen met de aangesloten besturen voor dat iedere jongere in de regio onderwijs "
          f"krijgt dat bij hem of haar past, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij zijn er "
          f"voor de scholen, zodat de scholen er kunnen zijn voor de leerlingen."),
        h2("Visie"),
        p("Wij geloven dat ieder kind talenten heeft en dat onderwijs die talenten zichtbaar moet maken. "
          "Ondersteuning is geen etiket maar een middel. We kijken naar wat een leerling nodig heeft, niet naar "
          "wat een leerling heeft. Dat vraagt van leraren vakmanschap, van scholen een lerende cultuur en van het "
          "samenwerkingsverband vertrouwen, ruimte en een scherp oog voor wat er tussen de scholen gebeurt."),
        p("Wij werken vanuit vijf kernwaarden: nabij, samen, eenvoudig, eerlijk en lerend. Nabij betekent dat "
          "we de ondersteuning zo dicht mogelijk bij de leerling organiseren. Samen betekent dat geen school het "
          "alleen hoeft te doen. Eenvoudig betekent dat we procedures zo licht mogelijk houden. Eerlijk betekent "
          "dat we transparant zijn over keuzes. Lerend betekent dat we onze aanpak steeds bijstellen."),
        h2("Ambities op hoofdlijnen"),
        p("Voor de komende planperiode formuleren we vier ambities voor onze eigen organisatie: procedures "
          "worden eenvoudiger; het overleg met partners wordt vanzelfsprekend; leraren voelen zich toegerust; "
          "en het samenwerkingsverband is een betrouwbare en wendbare organisatie. Deze ambities geven richting "
          "aan ons werk; zij zijn uitdrukkelijk geen doelen of resultaten voor leerlingen."),
    ]


def filler_terugblik(c):
    return [
        h1("Terugblik op de vorige planperiode"),
        p(f"De vorige planperiode stond voor {c['kort']} in het teken van de organisatie. In 2022 verhuisde het "
          f"bureau naar een nieuw pand in {c['stad']}, dat we delen met de leerplichtafdeling en het "
          f"jongerenloket. Die nabijheid heeft de lijnen korter gemaakt. In 2023 is de governance herzien: de "
          f"scheiding tussen bestuur en toezicht is aangescherpt en de statuten zijn in lijn gebracht met de "
          f"herziene governancecode."),
        p("Ook de manier van werken veranderde. Waar dossiers tot 2021 nog op papier werden aangeleverd, werkt "
          "iedereen nu met een digitaal dossier. Het aantal formulieren is teruggebracht van elf naar vier. "
          "Scholen gaven in de evaluatie aan dat de administratieve last merkbaar is afgenomen, al blijft het "
          "aanleveren van gegevens aan het begin van het schooljaar een piekbelasting."),
        p("Niet alles verliep volgens plan. Door personeelsverloop op het bureau stond een aantal "
          "ontwikkelopdrachten in 2023 stil, en de samenwerking met de buurverbanden kwam trager op gang dan "
          "gehoopt. De coronaperiode liet ook in de tweede helft van de planperiode nog sporen na: veel scholen "
          "zagen meer vragen op het gebied van welbevinden en motivatie. De evaluatie van de vorige periode is "
          "besproken met de directeuren, de raad van toezicht en de ondersteuningsplanraad, en vormde de basis "
          "voor de gesprekken over dit nieuwe plan."),
    ]


def filler_ontwikkelingen(c):
    return [
        h1("Ontwikkelingen om ons heen"),
        p("Het onderwijs verandert snel. Landelijk is de beweging ingezet naar inclusiever onderwijs, met als "
          "stip op de horizon dat zoveel mogelijk kinderen samen naar school gaan. Wat dat precies betekent "
          "voor de scholen in onze regio, zal de komende jaren duidelijk worden. Wij volgen de landelijke "
          "discussie en vertalen die waar nodig naar onze eigen context."),
        p("Daarnaast zien we de gevolgen van het lerarentekort, van de toegenomen druk op de jeugdhulp en van "
          "de krimp in een deel van de regio. Ook digitalisering en kunstmatige intelligentie raken het "
          "onderwijs: zij bieden kansen voor gepersonaliseerd leren, maar vragen ook om zorgvuldigheid, "
          "bijvoorbeeld bij het gebruik van gegevens. Scholen maken daarin hun eigen keuzes."),
        p("Tot slot vraagt kansengelijkheid blijvend aandacht. De verschillen tussen wijken zijn groot, en "
          "schooladviezen en keuzes voor vervolgonderwijs hangen nog te vaak samen met de achtergrond van "
          "ouders. Dit is in de eerste plaats een opdracht voor de scholen en de gemeenten; het "
          "samenwerkingsverband draagt bij door kennis te delen en het gesprek te organiseren."),
    ]


def filler_huisvesting(c):
    return [
        h1("Huisvesting en leerlingenvervoer"),
        p("Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Het "
          "samenwerkingsverband heeft geen eigen gebouwen; bovenschoolse activiteiten vinden plaats in lokalen "
          "die door een van de besturen worden verhuurd. In het integraal huisvestingsplan van de grootste "
          "gemeente is rekening gehouden met de groei van het aantal leerlingen in de stedelijke kern."),
        p("Ook het leerlingenvervoer is een gemeentelijke taak. De gemeenten hanteren elk een eigen "
          "verordening. Scholen melden knelpunten, zoals lange reistijden of wisselende chauffeurs, "
          "rechtstreeks bij de gemeente. Het samenwerkingsverband brengt signalen die vaker voorkomen in "
          "tijdens het reguliere ambtelijke overleg."),
    ]


def filler_governance(c):
    return [
        h1("Organisatie en governance"),
        p(f"{c['kort']} is een stichting. Het bestuur is ingericht volgens het raad-van-toezichtmodel. De "
          f"directeur-bestuurder vormt het bestuur en is eindverantwoordelijk voor de uitvoering van dit plan. "
          f"De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de aangesloten besturen en "
          f"twee onafhankelijke leden. De raad houdt toezicht, keurt het jaarplan goed en benoemt de accountant."),
        p("Naast de formele organen kent het samenwerkingsverband een algemene vergadering van aangesloten "
          "besturen, die vier keer per jaar bijeenkomt en de strategische koers bespreekt. Een "
          "directeurenoverleg adviseert het bestuur over de uitvoering. Het statuut en het bestuursreglement "
          "zijn in 2024 geactualiseerd; de geschillenregeling uit de statuten is daarbij ongewijzigd gebleven."),
        p(f"Het bureau van het samenwerkingsverband is gevestigd in {c['stad']}. Het bureau bestaat uit de "
          f"directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
          f"orthopedagogen en consulenten. De governancecode van de VO-raad respectievelijk de PO-Raad is "
          f"leidend; jaarlijks evalueert de raad van toezicht zijn eigen functioneren."),
    ]


def filler_opr(c, met_ouders=True):
    samenstelling = ("De OPR telt twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd "
                     "vanuit de medezeggenschapsraden van de scholen." if met_ouders else
                     "De OPR telt twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de scholen.")
    return [
        h1("Medezeggenschap"),
        p(f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) en een eigen medezeggenschapsraad voor "
          f"het personeel van het bureau. {samenstelling} De OPR heeft instemmingsrecht op de vaststelling en "
          f"wijziging van het ondersteuningsplan."),
        p("De OPR vergadert zes keer per jaar met de directeur-bestuurder. Een keer per jaar is er een "
          "gezamenlijke bijeenkomst met de raad van toezicht. De OPR heeft een eigen budget voor scholing en "
          "ondersteuning en wordt ambtelijk ondersteund door het secretariaat van het bureau."),
        p(f"De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. Daaraan voorafgaand zijn drie "
          f"themabijeenkomsten georganiseerd waarin de conceptteksten hoofdstuk voor hoofdstuk zijn besproken."),
    ]


def filler_oogo_procedureel(c):
    return [
        h1("Op overeenstemming gericht overleg"),
        p(f"Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht overleg "
          f"(OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het overleg is gevoerd "
          f"volgens de afgesproken procedure, inclusief de geschillenregeling. Het verslag is opgenomen in het "
          f"dossier van het samenwerkingsverband. Ook heeft overleg plaatsgevonden met het samenwerkingsverband "
          f"{c['andere_swv']}, waarvan het gebied het onze overlapt."),
    ]


def filler_personeel(c):
    return [
        h1("Personeel en professionalisering"),
        p("De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort raakt "
          "ook onze regio: vacatures voor docenten wiskunde, Duits en techniek blijven soms maanden open. "
          "Besturen werken samen in een regionaal opleidingsnetwerk en in een gezamenlijke invalpool."),
        p("Het samenwerkingsverband organiseert jaarlijks een studiedag voor ondersteuningscoördinatoren en "
          "mentoren, en faciliteert intervisie voor orthopedagogen en schoolpsychologen. Nieuwe "
          "ondersteuningscoördinatoren volgen een inwerkprogramma van drie bijeenkomsten. Daarnaast is er een "
          "lerend netwerk voor teamleiders over het voeren van lastige gesprekken."),
        p(f"Het personeel van het bureau valt onder de cao van de sector. Het bureau heeft {c['fte']} fte in dienst. "
          "De formatie is in de planperiode stabiel; vervanging bij ziekte regelen we via de aangesloten besturen. "
          "Het verzuim lag in 2024 op 4,1 procent."),
    ]


def filler_ict(c):
    return [
        h1("Privacy, gegevens en ICT"),
        p("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor zijn wettelijke taken. De verwerking is vastgelegd in een "
          "privacyreglement en een verwerkingsregister. Er is een functionaris gegevensbescherming aangesteld, "
          "gedeeld met twee andere samenwerkingsverbanden."),
        p("Dossiers worden uitgewisseld via een beveiligde digitale omgeving. E-mail met bijlagen over "
          "individuele leerlingen is niet toegestaan. Gegevens worden bewaard tot drie jaar na het laatste "
          "besluit, tenzij een wettelijke regel een langere termijn voorschrijft. Jaarlijks voeren we een "
          "audit uit op de toegangsrechten."),
        p("In 2026 vervangen we het registratiesysteem voor aanvragen door een nieuw systeem dat beter aansluit "
          "op de leerlingvolgsystemen van de scholen. De aanbesteding loopt; de implementatie volgt in het "
          "schooljaar 2026-2027."),
    ]


def filler_arbeidsmarkt(c):
    return [
        h1("Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        p("Een goede overstap naar het mbo of naar werk is voor veel jongeren een kwetsbaar moment. Het "
          "samenwerkingsverband neemt deel aan het regionale overleg voortijdig schoolverlaten en aan het "
          "netwerk van loopbaanbegeleiders. Met de mbo-instellingen in de regio zijn afspraken gemaakt over een "
          "warme overdracht van dossiers, met toestemming van de leerling."),
        p("Scholen organiseren voor examenleerlingen meeloopdagen op het mbo. Voor jongeren die dreigen uit te "
          "vallen is er een doorlopend traject met het jongerenloket van de gemeenten. Het samenwerkingsverband "
          "volgt deze ontwikkelingen, maar de uitvoering ligt bij scholen en gemeenten."),
    ]


def filler_planning(c):
    return [
        h1("Planning en jaarcyclus"),
        p("De uitvoering van dit plan volgt een vaste jaarcyclus. In het voorjaar stelt het bestuur het jaarplan "
          "en de begroting voor het volgende kalenderjaar voor; in het najaar volgen het jaarverslag en de "
          "evaluatie met de directeuren. Onderstaande tabel geeft de belangrijkste momenten."),
        table([["Periode", "Activiteit", "Betrokken"],
               ["september", "Start schooljaar, kennismaking nieuwe coördinatoren", "bureau, scholen"],
               ["oktober", "Teldatum leerlingen", "besturen"],
               ["november", "Bespreking jaarplan in OPR", "OPR, bestuur"],
               ["februari", "Themamiddag directeuren", "directeurenoverleg"],
               ["april", "Vaststelling jaarplan", "bestuur, raad van toezicht"],
               ["juni", "Jaarverslag en accountantsverklaring", "bestuur, raad van toezicht"]]),
        p(f"Het ondersteuningsplan {c['periode']} is vastgesteld door het bestuur op {c['vaststelling']} en "
          f"aan de inspectie gezonden vóór 1 mei 2026."),
    ]


def begrippen(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat "
                                   "alle scholen bieden."],
            ["Arrangement", "Een samenhangend pakket van extra ondersteuning voor een leerling of groep."],
            ["Dekkend aanbod", "Een aanbod van voorzieningen waarin voor iedere leerling een passende plek is."],
            ["Lwoo", "Leerwegondersteunend onderwijs."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen "
                     "met vragen en bij onenigheid."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPR", "Ondersteuningsplanraad."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["Pro", "Praktijkonderwijs."],
            ["Terugplaatsing", "De overstap van een leerling uit het (v)so naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor het (voortgezet) speciaal onderwijs."],
            ["Verdeelmodel", "De regels waarmee het samenwerkingsverband de middelen over scholen verdeelt."],
            ["Vso", "Voortgezet speciaal onderwijs."]]
    rows.extend(extra)
    return [h1("Bijlage: begrippenlijst"), table(rows)]


def afkortingen():
    return [h2("Afkortingen"),
            ul("AB – algemeen bestuur", "CvT – commissie van toelaatbaarheid", "MDO – multidisciplinair overleg",
               "OPDC – orthopedagogisch-didactisch centrum", "OT – ondersteuningsteam",
               "SOP – schoolondersteuningsprofiel", "SWV – samenwerkingsverband", "TLV – toelaatbaarheidsverklaring")]


def toc(entries):
    return [("toc", entries)]


# --------------------------------------------------------------------------------------------
# Plan A – large VO verband, .docx.  Ouders missing, terugstroom partial (beleid), resultaten partial
# (monitoring), all others present.
# --------------------------------------------------------------------------------------------

A = dict(fte="18,2", naam="Samenwerkingsverband VO Lindeland", kort="SWV VO Lindeland", code="VO 27-14",
         periode="2026-2030", n_scholen=38, n_leerlingen="21.400", n_besturen=11, inwoners="410.000",
         gemeenten="Lindeveen, Oosterhaar, Kraaiendonk en Zandwijk", stad="Lindeveen",
         directeur="drs. M.A. (Marieke) Tjoelker", wetsartikel="17a WVO / 2.47 WVO 2020",
         opr_datum="18 maart 2026", oogo_datum="4 maart 2026", andere_swv="PO Lindeland-Noord",
         vaststelling="25 maart 2026")


def plan_a():
    c = A
    b = [("title", [f"Ondersteuningsplan {c['periode']}", c["naam"] + f" ({c['code']})",
                    "Basisondersteuning • Toelaatbaarheid • Terugplaatsing • Middelen • Ouders • Resultaten",
                    "Versie 1.0 – vastgesteld 25 maart 2026"])]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie, visie en ambities",
              "4 Het ondersteuningscontinuüm", "5 Basisondersteuning", "6 Toelaatbaarheid: vso, lwoo en pro",
              "7 Iedere leerling een plek", "8 Wat willen we bereiken", "9 Communicatie",
              "10 Organisatie en governance", "11 Medezeggenschap", "12 Geld en middelen",
              "13 Personeel en professionalisering", "14 Privacy, gegevens en ICT", "15 Planning en jaarcyclus",
              "Bijlage: begrippenlijst"])
    b += filler_voorwoord(c, ouders_word=False)
    b += filler_leeswijzer(c)
    b += filler_context(c)
    b += filler_visie(c)
    b += filler_terugblik(c)
    b += filler_ontwikkelingen(c)
    b += [
        h1("Het ondersteuningscontinuüm"),
        p("Ondersteuning in Lindeland is georganiseerd in vier lagen die op elkaar aansluiten. Een leerling "
          "beweegt zich waar nodig tussen die lagen; het uitgangspunt is steeds de lichtste passende vorm."),
        table([["Laag", "Wat", "Waar", "Toegang"],
               ["1 Basisondersteuning", "Afgesproken ondersteuning die iedere vestiging biedt (zie hoofdstuk 5)",
                "Alle 38 vestigingen", "Geen aanvraag nodig"],
               ["2 Extra ondersteuning in de school", "Schoolarrangementen: o.a. trajectvoorziening, "
                "faalangstklas, autismeklas (3 locaties), NT2-versterking", "Op de eigen school",
                "Ondersteuningsteam van de school"],
               ["3 Bovenschoolse arrangementen", "OPDC De Overstap (max. 60 plaatsen), Rebound Zandwijk "
                "(24 plaatsen), onderwijs-zorgarrangement Horizon met jeugdhulp", "Regionaal",
                "Aanmelding bij het Loket van het SWV"],
               ["4 Voortgezet speciaal onderwijs", "Vso cluster 3 en 4 (vier scholen in de regio)",
                "Vso-scholen", "Toelaatbaarheidsverklaring (hoofdstuk 6)"]]),
        p("Tussen de lagen bestaan vaste overgangen. Een leerling in het OPDC blijft ingeschreven op de eigen "
          "school en keert na ten hoogste twaalf maanden terug, of stroomt door naar een passende plek. Voor "
          "hoogbegaafde leerlingen is er vanaf 2026 een plusprogramma op vier vestigingen, gefinancierd uit de "
          "landelijke subsidie. Het onderwijs-zorgarrangement Horizon combineert een onderwijsprogramma met "
          "dagbehandeling en wordt samen met de gemeenten en twee jeugdhulpaanbieders bekostigd."),
        h1("Basisondersteuning"),
        p("Basisondersteuning is in Lindeland het niveau van ondersteuning dat alle besturen met elkaar hebben "
          "afgesproken en dat iedere vestiging van iedere aangesloten school biedt, ongeacht schoolsoort of "
          "grootte. Het niveau is in 2025 opnieuw vastgesteld door het algemeen bestuur en geldt voor de hele "
          "planperiode. Een school mag meer bieden; minder is niet toegestaan."),
        p("Concreet kunnen ouders en leerlingen op iedere vestiging het volgende verwachten:"),
        ul("een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen en een vast "
           "ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt;",
           "begeleiding bij dyslexie en dyscalculie volgens het regionale protocol, inclusief compenserende "
           "middelen (voorleessoftware, extra tijd) bij toetsen en examens;",
           "een training sociale vaardigheden en een faalangstreductietraining, ten minste eenmaal per schooljaar;",
           "begeleiding bij executieve functies (plannen en organiseren) door mentor of coach;",
           "een time-outvoorziening met vaste begeleider en afspraken over opvang bij crisis;",
           "een protocol medisch handelen en aanpassingen voor leerlingen met een lichamelijke beperking waar de "
           "gebouwen dat toelaten;",
           "de inzet van een schoolmaatschappelijk werker en een jeugdarts volgens vast rooster;",
           "handelingsgericht werken met een ontwikkelingsperspectiefplan voor iedere leerling die extra "
           "ondersteuning krijgt."),
        p("Het bureau bezoekt iedere vestiging eens per twee jaar voor een kwaliteitsgesprek over de "
          "basisondersteuning aan de hand van de kwaliteitskaart. Blijkt een vestiging onder het afgesproken "
          "niveau te zitten, dan stelt het bestuur van die school binnen drie maanden een verbeterplan op; het "
          "samenwerkingsverband kan daarvoor tijdelijk een orthopedagoog beschikbaar stellen."),
        h1("Toelaatbaarheid: vso, lwoo en pro"),
        h2("Procedure vso"),
        p("Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
          "school waar de leerling staat ingeschreven, of bij een nieuwe leerling de school van aanmelding. De "
          "aanvraag bevat het ontwikkelingsperspectiefplan, een verslag van de geboden ondersteuning van ten "
          "minste zes maanden (behalve bij spoed), en de zienswijze van ouders en leerling. Het Loket toetst "
          "binnen vijf werkdagen of het dossier compleet is."),
        p("De commissie van toelaatbaarheid (CvT) van het samenwerkingsverband beslist binnen zes weken na "
          "ontvangst van het complete dossier. De CvT vraagt vooraf schriftelijk advies van twee deskundigen: "
          "een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinder- en "
          "jeugdpsychiater, maatschappelijk werker of arts). Deze deskundigen zijn niet betrokken geweest bij de "
          "aanvraag. Ieder geeft een eigen, onderbouwd advies."),
        h2("Criteria vso"),
        p("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
        ul("de ondersteuningsbehoefte overstijgt aantoonbaar wat de school met basisondersteuning en "
           "schoolarrangementen kan bieden, blijkend uit een geëvalueerd OPP;",
           "ook een bovenschools arrangement (laag 3) is onvoldoende of is zonder resultaat ingezet;",
           "er is sprake van een structurele beperking of stoornis op het gebied van leren, gedrag, "
           "psychiatrie of lichamelijke of verstandelijke ontwikkeling die de deelname aan regulier onderwijs "
           "ook met ondersteuning ernstig belemmert;",
           "de vso-school kan in de ondersteuningsbehoefte voorzien."),
        p("De TLV geldt in de regel twee schooljaren, eindigt altijd op 31 juli, en vermeldt de "
          "bekostigingscategorie laag, midden of hoog. Categorie midden en hoog worden alleen toegekend bij een "
          "lichamelijke of meervoudige beperking."),
        h2("Lwoo en pro"),
        p("Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria; er is geen "
          "sprake van opting out. De aanvraag loopt via de VO-school van aanmelding, die het dossier (IQ, "
          "leerachterstanden op ten minste twee domeinen, sociaal-emotionele gegevens) indient bij het Loket. "
          "De CvT beslist binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro "
          "geldt voor de gehele schoolloopbaan in het praktijkonderwijs."),
        h2("Na de TLV: terug naar regulier onderwijs"),
        p("In het laatste jaar van iedere TLV organiseert de vso-school uiterlijk in februari een "
          "evaluatiegesprek met ouders, leerling en een consulent van het samenwerkingsverband. In dat gesprek "
          "wordt besproken of terugplaatsing naar een reguliere school mogelijk is. De vso-school doet "
          "uiterlijk 1 april een voorstel; bij een voorstel tot terugplaatsing zoekt de consulent samen met "
          "ouders een ontvangende school en vindt vóór de zomervakantie een overdrachtsgesprek plaats. Is "
          "voortzetting van het vso nodig, dan vraagt de vso-school een nieuwe TLV aan volgens de procedure "
          "hierboven. De TLV vervalt van rechtswege op de einddatum."),
        p("Een bredere visie op terug- en overplaatsing, met uitgangspunten, voorwaarden en afspraken over de "
          "begeleiding nadat een leerling is teruggekeerd, maken we in het eerste planjaar samen met de "
          "vso-scholen; tot die tijd werken we met de bovenstaande stappen."),
        h2("Bezwaar"),
        p("Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken tegen een besluit over "
          "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen, die het bestuur adviseert. Het bestuur beslist binnen zes weken na dat "
          "advies."),
        h1("Iedere leerling een plek"),
        p("Het samenwerkingsverband heeft de taak te zorgen voor een dekkend aanbod. Twee keer per jaar maken "
          "we met alle besturen een analyse van het aanbod: welke leerlingen vinden geen passende plek, op welke "
          "vragen hebben scholen geen antwoord, en waar zijn wachtlijsten? Die analyse bespreken we in het "
          "directeurenoverleg; waar een gat zichtbaar wordt, besluit het bestuur binnen drie maanden over een "
          "oplossing, bijvoorbeeld een nieuw bovenschools arrangement of een afspraak met een school buiten de regio."),
        p("Voor thuiszitters werken we met een vaste aanpak. Iedere leerling die langer dan vier weken niet naar "
          "school gaat, wordt binnen een week besproken in het thuiszittersoverleg met leerplicht, de "
          "jeugdarts en het Loket. Binnen zes weken moet er een plan zijn; lukt dat niet, dan neemt de "
          "directeur-bestuurder de regie en kan hij of zij een school of arrangement aanwijzen "
          "(doorzettingsmacht). De aangesloten besturen hebben afgesproken dat de zorgplicht ook geldt bij "
          "aanmelding gedurende het schooljaar."),
        h1("Wat willen we bereiken"),
        p("Voor de leerlingen die extra ondersteuning nodig hebben, streven we in deze planperiode de volgende "
          "resultaten na:"),
        table([["Beoogd resultaat", "Uitgangssituatie 2025", "Doel 2030"],
               ["Leerlingen met een OPP die hun uitstroomperspectief halen", "71%", "85%"],
               ["Thuiszitters langer dan drie maanden (peildatum 1 oktober)", "23", "minder dan 10"],
               ["Leerlingen in het OPDC die binnen 12 maanden terugkeren naar een reguliere school", "58%", "75%"],
               ["Deelname vso (percentage van alle leerlingen)", "3,4%", "3,0%"]]),
        p("Hoe we deze resultaten gaan volgen, met welke bronnen, hoe vaak we meten en hoe we erover "
          "rapporteren, werken we uit in een monitoringsplan. Dat plan verschijnt in de loop van het eerste "
          "planjaar en wordt dan als aanvulling aan dit ondersteuningsplan toegevoegd."),
        h1("Communicatie"),
        p("Goede communicatie met scholen en partners is voor het samenwerkingsverband essentieel. Voor "
          "schoolleiders en ondersteuningscoördinatoren verschijnt zes keer per jaar een digitale nieuwsbrief. "
          "Het professionalsportaal op de website bevat formats, handreikingen en de actuele contactgegevens "
          "van het Loket. Met gemeenten en jeugdhulppartners is er een vast bestuurlijk overleg."),
        p("Met ingang van het schooljaar 2026-2027 willen we ook de communicatie richting ouders een stevigere "
          "plek geven. Een communicatieplan voor ouders en leerlingen, inclusief de aansluiting op het "
          "ouder- en jeugdsteunpunt dat landelijk verplicht wordt, is nog in voorbereiding."),
    ]
    b += filler_governance(c)
    b += filler_opr(c, met_ouders=False)
    b += filler_oogo_procedureel(c)
    b += [
        h1("Geld en middelen"),
        h2("Hoe we verdelen"),
        p("Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning. Na aftrek van "
          "de afdrachten aan het vso en de kosten van het bureau verdelen we de middelen volgens een verdeelmodel "
          "met drie onderdelen:"),
        ul("schoolbudget: iedere vestiging ontvangt een vaste voet van € 25.000 plus € 148 per leerling op de "
           "teldatum 1 oktober van het voorgaande jaar, voor basis- en extra ondersteuning in de school;",
           "lwoo/pro-budget: scholen ontvangen per aangewezen lwoo-leerling € 1.180 en voor praktijkonderwijs "
           "het landelijke bedrag dat het samenwerkingsverband per leerling ontvangt;",
           "bovenschoolse arrangementen (OPDC, Rebound, Horizon) worden centraal bekostigd; toekenning gebeurt "
           "per leerling door het Loket."),
        h2("Meerjarenbegroting"),
        table([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten rijksbijdrage ondersteuning", "31.420", "31.150", "30.870", "30.600"],
               ["Afdracht vso (TLV's)", "9.860", "9.700", "9.540", "9.400"],
               ["Schoolbudgetten", "4.120", "4.090", "4.060", "4.020"],
               ["Lwoo- en pro-budgetten", "12.310", "12.250", "12.180", "12.100"],
               ["Bovenschoolse arrangementen", "3.350", "3.380", "3.400", "3.420"],
               ["Bureau en organisatie", "1.540", "1.560", "1.580", "1.600"],
               ["Resultaat", "240", "170", "110", "60"]]),
        p("De algemene reserve bedraagt eind 2025 € 2,9 miljoen, ruim onder de signaleringswaarde. Het "
          "weerstandsvermogen is voldoende om de risico's af te dekken, met name schommelingen in het aantal "
          "TLV's. Scholen leggen jaarlijks in hun jaarverslag verantwoording af over de besteding van het "
          "schoolbudget, aan de hand van een vast format."),
    ]
    b += filler_personeel(c)
    b += filler_ict(c)
    b += filler_arbeidsmarkt(c)
    b += filler_huisvesting(c)
    b += filler_planning(c)
    b += begrippen()
    b += afkortingen()
    return b


LABEL_A = dict(
    documents=["vo-lindeland-ondersteuningsplan-2026-2030.docx"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "ch. 'Basisondersteuning': agreed minimum for every vestiging plus concrete list; "
                              "borging via kwaliteitskaart/verbeterplan.",
        "plaatsing": "ch. 'Toelaatbaarheid: vso, lwoo en pro': Loket/CvT procedure with termijnen, criteria list, "
                     "two deskundigen, duur+categorie, LBT bezwaar.",
        "terugstroom": "steps hidden in TLV chapter ('Na de TLV'); policy/conditions/support after return "
                       "deferred to first planjaar -> beleid not addressed.",
        "financien": "under 'Geld en middelen': verdeelmodel with amounts and 4-year begroting table; reserves.",
        "dekkend-aanbod": "continuum table in 'Het ondersteuningscontinuüm'; gaps/thuiszitters/doorzettingsmacht "
                          "in 'Iedere leerling een plek'; Horizon with gemeenten/jeugdhulp.",
        "resultaten": "'Wat willen we bereiken' has targets table; monitoring deferred to a monitoringsplan "
                      "('verschijnt in de loop van het eerste planjaar').",
        "ouders": "only glossary (OJSP), title page and a deferral in 'Communicatie' (communicatieplan voor ouders "
                  "in voorbereiding); communication described is for professionals only; OPR described without "
                  "parents.",
    })


# --------------------------------------------------------------------------------------------
# Plan B – small VO verband, .pdf.  basisondersteuning partial (inhoud in absent bijlage), plaatsing partial
# (criteria on website), terugstroom present, financien partial (besteding p.m.), dekkend-aanbod missing,
# resultaten present, ouders present (under Communicatie).
# --------------------------------------------------------------------------------------------

B = dict(fte="3,4", naam="Stichting Samenwerkingsverband VO Beekdal", kort="SWV Beekdal", code="VO 25-11",
         periode="2026-2030", n_scholen=6, n_leerlingen="4.150", n_besturen=3, inwoners="96.000",
         gemeenten="Beekdal en Hooghalen-Veld", stad="Beekdal", directeur="J. (Johan) Verkerk",
         wetsartikel="17a WVO", opr_datum="2 april 2026", oogo_datum="11 maart 2026",
         andere_swv="PO Beekdal e.o.", vaststelling="9 april 2026")


def plan_b():
    c = B
    b = [("title", ["ONDERSTEUNINGSPLAN 2026 – 2030", c["naam"], f"Registratienummer {c['code']}",
                    "Compact plan op hoofdlijnen"])]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie, visie en ambities",
              "4 Basisondersteuning", "5 Extra ondersteuning en toelaatbaarheid", "6 Kwaliteit en opbrengsten",
              "7 Communicatie", "8 Organisatie en governance", "9 Medezeggenschap",
              "10 Financieel beleid", "11 Dekkend aanbod en thuiszitters", "12 Planning",
              "Bijlage: begrippenlijst", "Bijlage 2: Kaart basisondersteuning (afzonderlijk)"])
    b += filler_voorwoord(c)
    b += filler_leeswijzer(c)
    b += filler_context(c)
    b += filler_visie(c)
    b += filler_terugblik(c)
    b += filler_ontwikkelingen(c)
    b += [
        h1("Basisondersteuning"),
        p("De zes scholen in Beekdal hebben met elkaar één niveau van basisondersteuning afgesproken. Dat niveau "
          "geldt voor iedere vestiging, van het kleine vmbo in Hooghalen tot het categorale gymnasium in de "
          "stad, en is het minimum dat een leerling overal mag verwachten zonder dat er een aanvraag nodig is. "
          "Het is gebaseerd op het landelijke referentiekader en door het bestuur vastgesteld op 14 november 2025."),
        p("Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, staat beschreven in "
          "bijlage 2, de Kaart basisondersteuning, die als afzonderlijk document bij dit plan hoort. Scholen "
          "werken de kaart uit in hun schoolondersteuningsprofiel; ouders vinden die uitwerking in de "
          "schoolgids van de school."),
        h1("Extra ondersteuning en toelaatbaarheid"),
        h2("De aanvraag"),
        p("Wanneer een school met haar eigen ondersteuning niet meer uitkomt, bespreekt de "
          "ondersteuningscoördinator de leerling in het multidisciplinair overleg (MDO), waarbij ouders en "
          "leerling altijd worden uitgenodigd. Leidt het MDO tot de conclusie dat vso nodig is, dan dient de "
          "school namens het bevoegd gezag een aanvraag voor een toelaatbaarheidsverklaring in bij de "
          "Toewijzingscommissie van het samenwerkingsverband. De aanvraag gaat vergezeld van het OPP, het "
          "verslag van het MDO en de zienswijze van ouders."),
        p("De Toewijzingscommissie bestaat uit de orthopedagoog van het samenwerkingsverband en een "
          "GZ-psycholoog die niet bij de leerling betrokken is; beiden brengen schriftelijk advies uit. De "
          "directeur neemt namens het bestuur binnen zes weken een besluit. Ook aanvragen voor lwoo en "
          "praktijkonderwijs lopen via de Toewijzingscommissie en worden binnen vier weken afgehandeld."),
        p("Of een leerling toelaatbaar is, toetst de commissie aan de toelaatbaarheidscriteria die het "
          "samenwerkingsverband hanteert. Deze criteria zijn te vinden op www.swvbeekdal.nl/toewijzing."),
        p("Tegen een besluit kunnen ouders binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt "
          "advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        h2("Een TLV is tijdelijk"),
        p("Het samenwerkingsverband geeft een TLV vso in principe af voor twee schooljaren. Wij vinden dat een "
          "plek in het vso tijdelijk moet zijn waar dat kan: het doel is dat een leerling terugkeert naar het "
          "regulier voortgezet onderwijs zodra de ondersteuningsbehoefte dat toelaat, bij voorkeur bij de "
          "start van een nieuw schooljaar of na de onderbouw. Terugplaatsing gebeurt alleen als de ontvangende "
          "school het ondersteuningsaanbod uit het OPP kan bieden en ouders en leerling ermee instemmen."),
        p("De vso-school bespreekt in het laatste jaar van de TLV, vóór 1 maart, in een evaluatie-MDO met "
          "ouders, leerling, de consulent van het samenwerkingsverband en een vertegenwoordiger van de beoogde "
          "school of terugplaatsing mogelijk is. De vso-school neemt het initiatief; de Toewijzingscommissie "
          "besluit vóór 1 mei of een nieuwe TLV nodig is of dat terugplaatsing volgt. Na terugkeer krijgt de "
          "leerling gedurende ten minste een jaar een terugkeerarrangement: begeleiding door de eigen "
          "vso-mentor op de nieuwe school, een vast aanspreekpunt en een evaluatie na drie en na negen maanden."),
        p("In 2024-2025 keerden 9 van de 71 vso-leerlingen uit Beekdal terug naar het regulier onderwijs."),
        h1("Kwaliteit en opbrengsten"),
        p("Voor leerlingen die extra ondersteuning krijgen, heeft het samenwerkingsverband de volgende beoogde "
          "resultaten voor 2030 vastgesteld:"),
        ul("ten minste 90 procent van de leerlingen met een OPP stroomt uit op of boven het niveau van het "
           "uitstroomperspectief;",
           "het aantal leerlingen dat zonder startkwalificatie uitstroomt uit het vso daalt van 14 naar 8 per jaar;",
           "ten minste 12 terugplaatsingen per jaar vanuit het vso;",
           "de tevredenheid van ouders over de ondersteuning is ten minste een 7,5."),
        p("Om te weten of we deze resultaten halen, verzamelen scholen elk jaar op 1 oktober en 1 juli de "
          "gegevens over uitstroom, OPP-evaluaties en terugplaatsingen en leveren die aan bij het bureau. Het "
          "bureau maakt een dashboard dat twee keer per jaar in het directeurenoverleg wordt besproken. Eens "
          "per twee jaar houden we een tevredenheidspeiling onder ouders. Over de bereikte resultaten "
          "rapporteren we in het jaarverslag en aan de OPR; zo nodig stelt het bestuur het jaarplan bij."),
        p("In 2024-2025 stroomde 86 procent van de leerlingen met een OPP uit op of boven het perspectief."),
        h1("Communicatie"),
        p("Het samenwerkingsverband houdt ouders op verschillende manieren op de hoogte van de "
          "ondersteuningsmogelijkheden. Op de website staat per school het schoolondersteuningsprofiel en een "
          "overzicht van de route naar extra ondersteuning, in begrijpelijke taal. Iedere school neemt een vaste "
          "paragraaf over passend onderwijs op in de schoolgids. Voor ouders van groep 8-leerlingen organiseren "
          "we in november een informatieavond over de overstap en de ondersteuning in het vo, en er is een "
          "folder 'Extra steun nodig?' in het Nederlands, Engels, Pools en Arabisch."),
        p("Heeft u een vraag of bent u het niet eens met de school of met ons? Dan kunt u onafhankelijk advies "
          "en steun krijgen bij het Ouder- en Jeugdsteunpunt Beekdal (telefonisch op werkdagen, of via het "
          "contactformulier), dat niet namens de school of het samenwerkingsverband werkt. Ook de "
          "onderwijsconsulenten van Stichting Onderwijsconsulenten kunnen kosteloos bemiddelen. Komt u er niet "
          "uit, dan kunt u een klacht indienen bij de landelijke klachtencommissie waarbij wij zijn aangesloten."),
        p("Ouders hebben via de ondersteuningsplanraad een stem in het beleid van het samenwerkingsverband."),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedureel(c)
    b += [
        h1("Financieel beleid"),
        p("Het samenwerkingsverband verdeelt de middelen voor ondersteuning zo direct mogelijk naar de scholen. "
          "Na aftrek van de afdracht voor het vso en de bureaukosten (maximaal 5 procent) ontvangt iedere school "
          "een ondersteuningsbudget van € 210 per leerling, gebaseerd op de teldatum 1 oktober van het jaar "
          "daarvoor. Voor lwoo en pro ontvangen de scholen met die onderwijsvorm het bedrag dat het "
          "samenwerkingsverband daarvoor van het Rijk ontvangt, zonder inhouding. Scholen verantwoorden de "
          "inzet in een jaarlijkse rapportage aan het bureau."),
        p("De meerjarenbegroting 2026-2029 wordt na vaststelling door het bestuur in december 2026 aan dit plan "
          "toegevoegd. Onderstaand overzicht geeft de opbouw; de bedragen volgen."),
        table([["Post", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdracht vso", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Ondersteuningsbudgetten scholen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        h1("Dekkend aanbod en thuiszitters"),
        p("Een dekkend aanbod en een sluitende aanpak voor thuiszitters zijn onderwerpen die ons zeer aan het "
          "hart gaan. Omdat de gemeenten in 2026 hun jeugdbeleid herijken, werken we dit hoofdstuk in de loop "
          "van het schooljaar 2026-2027 samen met hen uit. Tot die tijd verwijzen we naar de afspraken die "
          "scholen individueel met leerplicht hebben."),
    ]
    b += filler_personeel(c)
    b += filler_ict(c)
    b += filler_huisvesting(c)
    b += filler_planning(c)
    b += begrippen()
    return b


LABEL_B = dict(
    documents=["vo-beekdal-ondersteuningsplan-2026.pdf"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
              "financien": ["verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "ch. 'Basisondersteuning' defines one level for every vestiging, but the concrete "
                              "content is only in 'bijlage 2 Kaart basisondersteuning' (not part of input) and "
                              "the schools' SOP/schoolgids.",
        "plaatsing": "procedure (MDO, Toewijzingscommissie, 6 weeks, bezwaar via LBT) in ch. 5; criteria only "
                     "referred to website www.swvbeekdal.nl/toewijzing.",
        "terugstroom": "inside TLV chapter 'Een TLV is tijdelijk': policy/conditions, steps, deciding body, "
                       "terugkeerarrangement; 9 of 71 returned.",
        "financien": "'Financieel beleid': € 210 per leerling verdeelmodel; meerjarenbegroting all p.m. "
                     "('de bedragen volgen') -> besteding not addressed.",
        "dekkend-aanbod": "only TOC/glossary and a deferral chapter ('werken we ... in 2026-2027 uit'); no "
                          "description of arrangementen/voorzieningen continuum; "
                          "the OOGO paragraph is procedural only (plan discussed), no cooperation content.",
        "resultaten": "ch. 'Kwaliteit en opbrengsten' under an unusual title: targets for 2030 plus data "
                      "collection, dashboard, reporting.",
        "ouders": "inside 'Communicatie': website, schoolgids, informatieavond, folder; OJSP, "
                  "onderwijsconsulenten, klachtencommissie.",
    })


# --------------------------------------------------------------------------------------------
# Plan C – PO verband, .pdf.  terugstroom missing (absent bijlage 7), resultaten missing, dekkend-aanbod
# partial (lacunes deferred), ouders partial (steunpunt deferred), others present (criteria in tables).
# --------------------------------------------------------------------------------------------

C = dict(fte="8,7", naam="Samenwerkingsverband Passend Primair Onderwijs Polderrand", kort="SWV Polderrand",
         code="PO 26-08", periode="2026-2030", n_scholen=57, n_leerlingen="12.300", n_besturen=9,
         inwoners="180.000", gemeenten="Polderrand, Nieuwe Dijk en Ruigeveen", stad="Nieuwe Dijk",
         directeur="E. (Esra) Demir MSc", wetsartikel="18a WPO", opr_datum="24 maart 2026",
         oogo_datum="5 maart 2026", andere_swv="VO Polderrand-Kust", vaststelling="31 maart 2026")


def plan_c():
    c = C
    b = [("title", ["Ondersteuningsplan 2026-2030", c["naam"], c["code"],
                    "Samen zorgen voor passend onderwijs in de polder"])]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie, visie en ambities",
              "4 Ondersteuning in onze scholen", "4.1 Basisondersteuning", "4.2 Extra ondersteuning",
              "4.3 Speciaal basisonderwijs en speciaal onderwijs", "4.4 Terugplaatsing (zie bijlage 7)",
              "5 Ouders", "6 Organisatie en governance", "7 Medezeggenschap", "8 Financiën",
              "9 Kwaliteitszorg en resultaten", "10 Personeel", "11 Planning", "Bijlage: begrippenlijst"])
    b += filler_voorwoord(c)
    b += filler_leeswijzer(c)
    b += filler_context(c)
    b += filler_visie(c)
    b += filler_terugblik(c)
    b += filler_ontwikkelingen(c)
    b += [
        h1("Ondersteuning in onze scholen"),
        p("Ondersteuning in Polderrand kent drie niveaus: de basisondersteuning die elke basisschool biedt, "
          "extra ondersteuning in de vorm van arrangementen op of rond de eigen school, en plaatsing in het "
          "speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). Daarnaast zijn er twee "
          "bovenschoolse voorzieningen: de taalklas De Brug voor nieuwkomers en de plusklas voor "
          "hoogbegaafde leerlingen in groep 5 tot en met 8, één dag per week."),
        h2("Basisondersteuning"),
        p("De negen besturen hebben vastgelegd wat iedere school, op iedere locatie, ten minste biedt. Dat "
          "afgesproken niveau noemen we de basisondersteuning. Scholen kunnen meer doen; de tabel hieronder is "
          "de ondergrens waarop ouders kunnen rekenen."),
        table([["Onderdeel", "Wat elke school biedt"],
               ["Ondersteuningsstructuur", "Intern begeleider met minimaal 1 dag per week per 100 leerlingen; "
                "groepsbespreking drie keer per jaar; ondersteuningsteam met schoolmaatschappelijk werk"],
               ["Lezen en rekenen", "Dyslexieprotocol met signalering vanaf groep 2; begeleiding bij "
                "rekenproblemen volgens protocol ERWD"],
               ["Gedrag", "Schoolbreed programma sociaal-emotioneel leren; gedragsspecialist op afroep binnen "
                "het bestuur"],
               ["Meer- en hoogbegaafdheid", "Signalering en verrijkingsaanbod in de groep"],
               ["Fysiek en medisch", "Protocol medisch handelen; toegankelijk gebouw of afspraken met een "
                "toegankelijke school in de wijk"],
               ["Werkwijze", "Handelingsgericht werken; OPP bij afwijking van het reguliere programma"]]),
        h2("Extra ondersteuning"),
        p("Als een leerling meer nodig heeft dan de basisondersteuning, kan de school een arrangement aanvragen "
          "bij het Expertisecentrum van het samenwerkingsverband: bijvoorbeeld een ambulant begeleider, een "
          "observatieplaats, of extra handen in de groep. Het Expertisecentrum beslist binnen vier weken."),
        h2("Speciaal basisonderwijs en speciaal onderwijs"),
        p("Voor een toelaatbaarheidsverklaring (TLV) voor sbo of so doorloopt de school vier stappen. Stap 1: de "
          "school bespreekt de leerling in het ondersteuningsteam met ouders en stelt het groeidocument op. "
          "Stap 2: het bevoegd gezag van de school dient de aanvraag in bij de Commissie Toelaatbaarheid (CT) "
          "van het samenwerkingsverband. Stap 3: twee deskundigen (een orthopedagoog of psycholoog, en "
          "afhankelijk van de vraag een arts, maatschappelijk werker of kinderpsychiater) geven elk een "
          "schriftelijk advies. Stap 4: de CT besluit binnen zes weken en stuurt ouders het besluit met een "
          "kopie van de adviezen."),
        table([["", "Sbo", "So cluster 3", "So cluster 4"],
               ["Toelaatbaar als", "Leerachterstand van meer dan 1,5 jaar op ten minste twee hoofdvakken én "
                "arrangement op de basisschool ingezet gedurende minstens een half jaar zonder voldoende effect",
                "Verstandelijke beperking (IQ lager dan 70) of ernstige lichamelijke of meervoudige beperking "
                "die speciale voorzieningen vereist", "Ernstige gedrags- of psychiatrische problematiek die "
                "een specifiek pedagogisch klimaat vereist dat sbo niet kan bieden"],
               ["Duur TLV", "tot einde basisschoolperiode", "2 jaar", "2 jaar"],
               ["Bekostigingscategorie", "n.v.t.", "laag, midden of hoog", "laag"]]),
        p("Ouders die het niet eens zijn met een besluit kunnen bezwaar maken bij het samenwerkingsverband; "
          "het bestuur laat zich adviseren door de Landelijke Bezwaaradviescommissie."),
        h2("Terugplaatsing"),
        p("Zie bijlage 7 voor het protocol terugplaatsing."),
        h1("Ouders"),
        p("Ouders zijn de eerste deskundigen als het om hun kind gaat. Het samenwerkingsverband informeert "
          "ouders via de website, waar in gewone taal staat welke ondersteuning elke school biedt en hoe een "
          "arrangement of TLV wordt aangevraagd. Iedere school beschrijft haar ondersteuning in de schoolgids. "
          "Twee keer per jaar is er een ouderavond over passend onderwijs, en de folder 'Wat als mijn kind "
          "meer nodig heeft?' ligt op alle scholen en in de consultatiebureaus."),
        p("Ouders praten mee over het beleid via de ondersteuningsplanraad. Daarnaast nodigen scholen ouders "
          "altijd uit voor het ondersteuningsteam en bespreken zij het OPP met hen."),
        p("Het samenwerkingsverband onderzoekt in 2026 met de buur-samenwerkingsverbanden hoe het nieuwe ouder- "
          "en jeugdsteunpunt vorm krijgt. Tot die tijd volgt informatie hierover."),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedureel(c)
    b += [
        h1("Financiën"),
        p("De middelen die het samenwerkingsverband van het Rijk ontvangt, worden na aftrek van de verplichte "
          "afdrachten aan sbo en so volgens onderstaande verdeelsleutel ingezet."),
        table([["Onderdeel", "Verdeelsleutel", "Ontvanger"],
               ["Schoolbudget basisondersteuning", "€ 95 per leerling (teldatum 1 oktober t-1)", "Besturen"],
               ["Arrangementen", "Op aanvraag, toegekend door het Expertisecentrum, max. € 12.000 per "
                                 "arrangement per jaar", "Scholen"],
               ["Bovenschoolse voorzieningen", "Vast budget per voorziening", "Taalklas, plusklas"],
               ["Bureau en CT", "Maximaal 6% van de baten", "Samenwerkingsverband"]]),
        table([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten", "14.880", "14.720", "14.610", "14.500"],
               ["Afdrachten sbo en so", "6.930", "6.880", "6.840", "6.800"],
               ["Schoolbudgetten", "1.170", "1.160", "1.150", "1.140"],
               ["Arrangementen", "4.850", "4.800", "4.760", "4.720"],
               ["Bovenschoolse voorzieningen", "1.020", "1.020", "1.020", "1.020"],
               ["Bureau en CT", "880", "870", "860", "850"],
               ["Saldo", "30", "-10", "-20", "-30"]]),
        p("De negatieve saldi vanaf 2027 zijn bewust: het samenwerkingsverband bouwt een deel van de reserve af "
          "ten gunste van de arrangementen."),
        h1("Kwaliteitszorg en resultaten"),
        p("Het samenwerkingsverband wil een lerende organisatie zijn. Een kwaliteitskader met doelen en "
          "indicatoren voor de resultaten van leerlingen met een ondersteuningsbehoefte is in ontwikkeling en "
          "wordt in 2027 door het bestuur vastgesteld. Tot dat moment staat dit hoofdstuk open."),
        h1("De overstap naar het voortgezet onderwijs"),
        p("Elk jaar maken ruim 1.300 leerlingen uit Polderrand de overstap naar het voortgezet onderwijs. De "
          "basisscholen geven in groep 8 een schooladvies en stellen een onderwijskundig rapport op dat via het "
          "digitale overstapsysteem naar de vo-school gaat. Voor leerlingen die al extra ondersteuning krijgen, "
          "vindt een warme overdracht plaats: de intern begeleider en de mentor of ondersteuningscoördinator van "
          "de nieuwe school spreken elkaar voor de zomervakantie. Het samenwerkingsverband stemt de kalender van "
          "deze overdrachten jaarlijks af met het samenwerkingsverband VO Polderrand-Kust, zodat scholen niet met "
          "twee verschillende werkwijzen te maken krijgen. Zo nodig sluiten ouders en de leerling zelf aan bij het "
          "gesprek. Na de herfstvakantie in de brugklas volgt een terugkoppeling aan de basisschool."),
        h1("Samen met de gemeenten"),
        p("Waar onderwijs en jeugdhulp samenkomen, willen we de ondersteuning beter op elkaar laten aansluiten. "
          "Een gezamenlijke inventarisatie van kinderen die geen passende plek hebben en van ontbrekende "
          "voorzieningen in de regio staat gepland voor het schooljaar 2026-2027. Afhankelijk van de uitkomsten "
          "maken we dan afspraken."),
    ]
    b += filler_personeel(c)
    b += filler_ict(c)
    b += filler_huisvesting(c)
    b += filler_planning(c)
    b += begrippen(extra=[["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs."]])
    return b


LABEL_C = dict(
    documents=["po-polderrand-ondersteuningsplan-2026-2030.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Basisondersteuning' (4.1): agreed minimum per locatie, content only in a table.",
        "plaatsing": "4.3: four steps, CT, two deskundigen, six weeks; criteria/duur/categorie only in a table; "
                     "bezwaar via LBT.",
        "terugstroom": "4.4 contains only 'Zie bijlage 7 voor het protocol terugplaatsing' (annex absent); "
                       "otherwise only TOC and glossary.",
        "financien": "'Financiën': verdeelsleutel table and meerjarenbegroting table with amounts; reserve "
                     "afbouw mentioned.",
        "dekkend-aanbod": "continuum of three levels + bovenschoolse voorzieningen in ch. 4; gaps inventory "
                          "only planned for 2026-2027 in 'Samen met de gemeenten' (deferral).",
        "resultaten": "'Kwaliteitszorg en resultaten' only says a kwaliteitskader is in ontwikkeling (2027); "
                      "'resultaten' elsewhere only in passing (voorwoord).",
        "ouders": "'Ouders': website, schoolgids, ouderavond, folder, OPR role; steunpunt only a deferral "
                  "('onderzoekt in 2026 ... informatie volgt').",
    })


# --------------------------------------------------------------------------------------------
# Plan D – VO verband, Markdown.  basisondersteuning missing, plaatsing partial (procedure deferred),
# terugstroom partial (procedure deferred), financien missing, dekkend-aanbod present, resultaten partial
# (doelen deferred), ouders present.
# --------------------------------------------------------------------------------------------

D = dict(fte="12,1", naam="Samenwerkingsverband Voortgezet Onderwijs Rivierenhof", kort="SWV Rivierenhof",
         code="VO 29-03", periode="2026-2030", n_scholen=17, n_leerlingen="9.800", n_besturen=6,
         inwoners="230.000", gemeenten="Rivierstad, Waalkant, Overlaar en Bommelerhof", stad="Rivierstad",
         directeur="drs. P. (Pieter) van Wamel", wetsartikel="17a WVO", opr_datum="10 maart 2026",
         oogo_datum="19 februari 2026", andere_swv="PO Rivierenhof", vaststelling="16 maart 2026")


def plan_d():
    c = D
    b = [("title", [f"Ondersteuningsplan {c['periode']} – {c['naam']} ({c['code']})",
                    "Webversie – hoofdstukken 1 tot en met 13"])]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie, visie en ambities",
              "4 Organisatie en governance", "5 Het netwerk van voorzieningen",
              "6 Naar het vso, lwoo of praktijkonderwijs", "7 Terug naar het regulier onderwijs",
              "8 Leerlingen zonder passende plek", "9 Waar kunt u terecht? (voor ouders)",
              "10 Volgen en verantwoorden", "11 Middelen", "12 Medezeggenschap", "13 Planning",
              "Bijlage: begrippenlijst (basisondersteuning, meerjarenbegroting, verdeelmodel ...)"])
    b += filler_voorwoord(c)
    b += filler_leeswijzer(c)
    b += filler_context(c)
    b += filler_visie(c)
    b += filler_terugblik(c)
    b += filler_ontwikkelingen(c)
    b += filler_governance(c)
    b += [
        h1("Het netwerk van voorzieningen"),
        p("In Rivierenhof willen we dat ondersteuning een doorlopende lijn vormt, van de mentor in de klas tot "
          "de meest gespecialiseerde plek. Iedere school beschrijft in haar schoolondersteuningsprofiel wat zij "
          "zelf biedt; het samenwerkingsverband heeft (nog) geen gezamenlijk minimumniveau voor alle scholen "
          "vastgesteld. Afspraken daarover volgen zodra de landelijke norm bekend is."),
        p("Boven de ondersteuning van de individuele school kent Rivierenhof de volgende samenhangende "
          "voorzieningen, die voor alle aangesloten scholen toegankelijk zijn:"),
        ul("Ondersteuningsarrangementen op de eigen school, op aanvraag bij de Adviescommissie Toewijzing: "
           "inzet van een ambulant begeleider, een jobcoach of een tijdelijk kleinere groep;",
           "Het Rivierenhof-Lab, een orthopedagogisch-didactisch centrum (OPDC) voor leerlingen uit de "
           "onderbouw van vmbo en havo met vastgelopen gedrag, maximaal een jaar, 40 plaatsen;",
           "De Schakelklas in Waalkant voor leerlingen met langdurige psychische klachten die deels thuis "
           "onderwijs volgen, in samenwerking met de kinder- en jeugdpsychiatrie;",
           "Twee autismevoorzieningen in het regulier vo (havo/vwo in Rivierstad, vmbo-tl in Overlaar);",
           "Internationale schakelklassen (ISK) voor nieuwkomers in Rivierstad en Bommelerhof;",
           "Drie scholen voor voortgezet speciaal onderwijs en een school voor praktijkonderwijs."),
        p("Scholen kunnen onderling een leerling tijdelijk plaatsen (een 'gastleerlingschap') als een andere "
          "school beter past. De voorzieningen zijn zo gekozen dat er voor de meest voorkomende "
          "ondersteuningsvragen een plek in de regio is; voor zeldzame vragen (bijvoorbeeld doofblinde "
          "leerlingen) werken we met landelijke instellingen."),
        h1("Naar het vso, lwoo of praktijkonderwijs"),
        p("Het samenwerkingsverband beoordeelt of een leerling toelaatbaar is tot het vso, en besluit over "
          "lwoo en praktijkonderwijs. De werkwijze rond aanvraag, adviezen en besluitvorming wordt beschreven in "
          "de geactualiseerde routekaart, die na vaststelling door het bestuur op de website verschijnt."),
        p("Voor het vso geldt: een leerling is toelaatbaar als de school aantoonbaar een jaar lang de "
          "ondersteuning uit het OPP heeft geboden, inclusief ten minste één arrangement of een periode in het "
          "Rivierenhof-Lab, en de ontwikkeling daarbij stagneert of de veiligheid van de leerling of anderen "
          "ernstig in het geding is. Daarnaast moet blijken dat de leerling is aangewezen op een structureel "
          "kleine groep (maximaal 12 leerlingen) met een specifiek pedagogisch-didactisch klimaat. Voor "
          "leerlingen met een ernstige lichamelijke of meervoudige beperking geldt dat het vso toelaatbaar is "
          "als het regulier onderwijs de noodzakelijke verzorging en voorzieningen niet kan bieden."),
        p("Voor lwoo en praktijkonderwijs volgen wij de landelijke criteria (intelligentie, leerachterstanden "
          "en sociaal-emotionele problematiek). Rivierenhof heeft geen eigen lwoo-criteria vastgesteld. Een "
          "aanwijzing lwoo geldt voor de gehele opleiding."),
        h1("Terug naar het regulier onderwijs"),
        p("Een plek in het vso is voor ons geen eindstation. Ons uitgangspunt is dat iedere vso-leerling die "
          "zich voldoende heeft ontwikkeld, weer deelneemt aan het regulier onderwijs, liefst dicht bij huis. "
          "Voorwaarden zijn dat de ontvangende school het ondersteuningsaanbod kan bieden dat in het OPP staat, "
          "dat de leerling een diploma op minimaal het niveau van het vso-uitstroomprofiel kan halen, en dat "
          "ouders en leerling de overstap zien zitten. Een leerling die terugkeert, krijgt een half jaar "
          "begeleiding van een ambulant begeleider uit het vso, bekostigd door het samenwerkingsverband, en "
          "kan zo nodig terugvallen op het Rivierenhof-Lab."),
        p("Hoe de overstap precies verloopt, wie het initiatief neemt en op welke momenten wordt geëvalueerd, "
          "leggen we vast in de routekaart (zie hierboven)."),
        h1("Leerlingen zonder passende plek"),
        p("Ondanks dit netwerk lukt het niet altijd om direct een plek te vinden. Daarom heeft Rivierenhof een "
          "Plaatsingstafel: elke twee weken bespreken ondersteuningscoördinatoren, leerplicht en een consulent "
          "van het samenwerkingsverband alle leerlingen die thuiszitten of dreigen thuis te zitten. Iedere "
          "thuiszitter heeft binnen tien schooldagen een casusregisseur van het samenwerkingsverband. Lukt "
          "het niet binnen zes weken een passende plek te vinden, dan wijst de directeur-bestuurder een school "
          "aan; alle besturen hebben zich daaraan gecommitteerd."),
        p("Knelpunten die aan de Plaatsingstafel vaker terugkomen, bijvoorbeeld een tekort aan plekken voor "
          "leerlingen met angstproblematiek, legt het bureau elk half jaar voor aan het bestuur, dat beslist "
          "of een nieuwe voorziening nodig is. In het OOGO met de gemeenten zijn afspraken gemaakt over "
          "jeugdhulp op school en over een gezamenlijke aanpak voor thuiszitters."),
        h1("Waar kunt u terecht? (voor ouders)"),
        p("Wilt u weten welke ondersteuning een school biedt? Elke school heeft op haar website en in de "
          "schoolgids een pagina 'Ondersteuning op onze school'. Het samenwerkingsverband publiceert op "
          "rivierenhof-vo.nl een ouderwijzer met alle voorzieningen uit hoofdstuk 5, en houdt in oktober in alle "
          "vier gemeenten een inloopavond over de overstap van groep 8 naar het vo. Vragen kunt u ook stellen "
          "aan de ouderlijn van het bureau, elke werkdag van 9.00 tot 12.00 uur."),
        p("Loopt u vast of bent u het oneens met de school? Het Ouder- en Jeugdsteunpunt Rivierenhof helpt "
          "onafhankelijk van school en samenwerkingsverband. Ook kunt u gratis een onderwijsconsulent "
          "inschakelen. Voor klachten is het samenwerkingsverband aangesloten bij de Landelijke "
          "Klachtencommissie Onderwijs; voor geschillen over toelating en verwijdering kunt u terecht bij de "
          "Geschillencommissie passend onderwijs."),
        p("Ouders en leerlingen denken mee via de ondersteuningsplanraad en een jongerenpanel dat twee keer per "
          "jaar met de directeur-bestuurder in gesprek gaat."),
        h1("Volgen en verantwoorden"),
        p("Het samenwerkingsverband volgt de ontwikkelingen met een vaste set gegevens: aantallen TLV's per "
          "categorie, deelname aan lwoo en pro, het aantal leerlingen in het Rivierenhof-Lab en hun "
          "terugkeer, het aantal thuiszitters en vrijstellingen, en de uitstroom van leerlingen met een OPP. "
          "Deze gegevens worden elk kwartaal uit de registratie gehaald en twee keer per jaar in een "
          "kwaliteitsgesprek met iedere school besproken. Het bestuur rapporteert jaarlijks in het jaarverslag "
          "aan de raad van toezicht, de OPR en de gemeenten."),
        table([["Kengetal", "2023-2024", "2024-2025"],
               ["TLV's vso (nieuw)", "168", "181"],
               ["Leerlingen Rivierenhof-Lab", "52", "61"],
               ["Thuiszitters > 4 weken (peildatum 1 oktober)", "31", "27"]]),
        p("Welke resultaten we in deze planperiode willen bereiken, formuleren we per jaar in het jaarplan."),
        h1("Middelen"),
        p("De middelen voor passend onderwijs worden ingezet voor de leerlingen. Hoe de middelen over de "
          "scholen en voorzieningen worden verdeeld, en de meerjarenbegroting, zijn vastgelegd in het "
          "financieel kader dat het bestuur jaarlijks vaststelt en dat als afzonderlijk document beschikbaar is."),
    ]
    b += filler_opr(c)
    b += filler_oogo_procedureel(c)
    b += filler_personeel(c)
    b += filler_ict(c)
    b += filler_arbeidsmarkt(c)
    b += filler_huisvesting(c)
    b += filler_planning(c)
    b += begrippen(extra=[["Meerjarenbegroting", "Begroting voor vier jaar vooruit."]])
    return b


LABEL_D = dict(
    documents=["vo-rivierenhof-ondersteuningsplan-2026-2030.md"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "no agreed level: 'het samenwerkingsverband heeft (nog) geen gezamenlijk "
                              "minimumniveau ... vastgesteld; afspraken volgen'; schools' SOP only; term in "
                              "TOC/glossary.",
        "plaatsing": "ch. 6 gives vso criteria and national lwoo/pro criteria; procedure deferred to a "
                     "'geactualiseerde routekaart' on the website.",
        "terugstroom": "ch. 7 gives policy (aim, conditions, 6 months AB after return); steps/initiative/"
                       "evaluation moments deferred to the routekaart.",
        "financien": "'Middelen' only refers to a separate financieel kader; no verdeling, no amounts.",
        "dekkend-aanbod": "'Het netwerk van voorzieningen' (continuum, OPDC, ISK, vso) and 'Leerlingen zonder "
                          "passende plek' (Plaatsingstafel, thuiszitters, aanwijzing, OOGO-afspraken).",
        "resultaten": "'Volgen en verantwoorden': data set, quarterly extraction, kwaliteitsgesprekken, "
                      "jaarverslag and kengetallen; intended results deferred to jaarplan.",
        "ouders": "'Waar kunt u terecht? (voor ouders)': school websites/schoolgids, ouderwijzer, inloopavond, "
                  "ouderlijn; OJSP, onderwijsconsulent, klachten/geschillen; OPR + jongerenpanel.",
    })


# --------------------------------------------------------------------------------------------
# Plan E – VO verband, .docx.  basisondersteuning partial (only referentiekader definition), plaatsing
# missing (separate Toewijzingsregeling), terugstroom present (unusual wording), financien partial
# (verdeling deferred), dekkend-aanbod present, resultaten present, ouders partial (informatie deferred).
# --------------------------------------------------------------------------------------------

E = dict(fte="7,5", naam="Samenwerkingsverband VO Heuvelrand-Oost", kort="SWV Heuvelrand-Oost", code="VO 23-05",
         periode="2026-2030", n_scholen=14, n_leerlingen="8.900", n_besturen=5, inwoners="150.000",
         gemeenten="Heuvelstad, Bergakker en Oostervelde", stad="Heuvelstad",
         directeur="mr. S. (Sanne) Hoogeveen", wetsartikel="2.47 WVO 2020", opr_datum="26 maart 2026",
         oogo_datum="12 februari 2026", andere_swv="PO Heuvelrand", vaststelling="30 maart 2026")


def plan_e():
    c = E
    b = [("title", ["Ondersteuningsplan", c["naam"], f"{c['code']} | planperiode {c['periode']}",
                    "Met bijlagen: Toewijzingsregeling vso/lwoo/pro (separaat), verdeelmodel"])]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie, visie en ambities",
              "4 Wat scholen bieden", "5 Toewijzing", "6 Van klas tot kliniek: ons aanbod",
              "7 Doorlopende leerlijnen", "8 Opbrengsten", "9 Steun voor ouders", "10 Organisatie en governance",
              "11 Medezeggenschap", "12 Begroting", "13 Personeel", "14 Planning",
              "Bijlage: begrippenlijst"])
    b += filler_voorwoord(c)
    b += filler_leeswijzer(c)
    b += filler_context(c)
    b += filler_visie(c)
    b += filler_terugblik(c)
    b += filler_ontwikkelingen(c)
    b += [
        h1("Wat scholen bieden"),
        p("Alle aangesloten scholen bieden ten minste de basisondersteuning zoals die binnen Heuvelrand-Oost is "
          "afgesproken. Daarmee bedoelen we het niveau dat op iedere vestiging aanwezig is, zonder aanvraag bij "
          "het samenwerkingsverband. Wij sluiten aan bij het referentiekader passend onderwijs, dat de "
          "basisondersteuning omschrijft aan de hand van vier aspecten: basiskwaliteit, preventieve en licht "
          "curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken."),
        p("Hoe een school deze aspecten invult, verschilt per school en staat in het "
          "schoolondersteuningsprofiel."),
        h1("Toewijzing"),
        p("Voor de toelaatbaarheid tot het vso en het praktijkonderwijs en voor de aanwijzing lwoo hanteert "
          "Heuvelrand-Oost de Toewijzingsregeling vso/lwoo/pro 2026, die het bestuur als separaat document heeft "
          "vastgesteld (zie bijlage 3)."),
        p("Let op: de plaatsing van leerlingen in de brugklas is geen taak van het samenwerkingsverband. "
          "Scholen plaatsen op basis van het schooladvies van de basisschool en hun eigen toelatingsbeleid; "
          "de zorgplicht bij aanmelding ligt bij het schoolbestuur."),
        h1("Van klas tot kliniek: ons aanbod"),
        p("Het aanbod in Heuvelrand-Oost is opgebouwd als een trap. Op de onderste tree staat de ondersteuning "
          "binnen de klas en de school zelf. Daarboven komen de schoolarrangementen: "
          "tijdelijke extra begeleiding op de eigen school, bekostigd uit het schoolbudget. De derde tree zijn "
          "de regionale arrangementen: de Time-In-klas in Bergakker (16 plaatsen) voor leerlingen die tijdelijk "
          "uit de klas moeten, de Tussenstap in Heuvelstad voor leerlingen met psychische klachten (20 "
          "plaatsen), en het onderwijs-zorgarrangement De Heuvel met een jeugdzorgaanbieder. De bovenste tree is "
          "het vso: twee scholen in de regio en een derde net buiten de grens."),
        p("Leerlingen die tussen wal en schip dreigen te vallen, melden scholen bij het Kernteam van het "
          "samenwerkingsverband. Het Kernteam heeft binnen vijf werkdagen contact met ouders en school en zet "
          "binnen een maand een passend traject in. Iedere maand bespreekt het Kernteam met leerplicht alle "
          "leerlingen die meer dan twee weken verzuimen. Zijn er steeds leerlingen voor wie niets past, dan "
          "meldt het Kernteam dat aan het bestuur; in 2025 leidde dit tot de oprichting van de Tussenstap. "
          "Met de drie gemeenten is in het OOGO afgesproken dat jeugdhulp binnen twee weken beschikbaar is "
          "voor een thuiszitter."),
        h1("Doorlopende leerlijnen"),
        p("Een goede doorlopende lijn is belangrijk bij iedere overstap: van primair naar voortgezet onderwijs, "
          "binnen het vo, en van vo naar mbo. Ook de overstap uit het vso hoort daarbij."),
        h2("Terug naar de eigen wijk"),
        p("Heuvelrand-Oost wil dat vso-leerlingen die dat kunnen, hun loopbaan vervolgen op een reguliere "
          "school in hun eigen wijk. We noemen dat 'thuiskomen'. Thuiskomen kan als de leerling het "
          "vso-programma een half jaar stabiel volgt, de ontvangende school de ondersteuning uit het OPP kan "
          "bieden en ouders en leerling het willen. De vso-school en het samenwerkingsverband dragen samen de "
          "verantwoordelijkheid."),
        p("Ieder jaar in januari bespreekt de vso-school alle leerlingen van wie de TLV in dat schooljaar "
          "afloopt met de consulent van het samenwerkingsverband. Voor leerlingen bij wie thuiskomen haalbaar "
          "lijkt, organiseert de consulent vóór 1 april een overstapgesprek met ouders, leerling en de "
          "ontvangende school; de directeur van het samenwerkingsverband bevestigt de overstap schriftelijk en "
          "de TLV loopt af op 31 juli. De leerling houdt daarna een jaar lang een coach vanuit de vso-school "
          "(twee uur per week) en er zijn evaluaties na zes weken en na een half jaar."),
        p("In 2024-2025 kwamen 14 leerlingen thuis; in 2023-2024 waren dat er 11."),
        h1("Opbrengsten"),
        p("Wat willen we in 2030 bereikt hebben voor leerlingen die extra ondersteuning nodig hebben?"),
        table([["Doel", "Nu (2025)", "Streefwaarde 2030", "Hoe gemeten"],
               ["Leerlingen in regionale arrangementen die binnen een jaar terug zijn in de klas", "62%", "80%",
                "registratie Kernteam, jaarlijks per 31 juli"],
               ["Thuiszitters langer dan 3 maanden", "17", "max. 5", "leerplichtregistratie, per kwartaal"],
               ["Leerlingen die 'thuiskomen' uit het vso", "14 per jaar", "20 per jaar",
                "overstapregistratie, jaarlijks"],
               ["Diploma voor leerlingen met OPP in examenjaar", "81%", "90%", "DUO-gegevens, jaarlijks"]]),
        p("De resultaten worden door het bureau verzameld en elk half jaar gerapporteerd aan het bestuur en de "
          "OPR. Eens per jaar bespreken we ze in een kwaliteitsdialoog met iedere school, en het jaarverslag "
          "bevat een paragraaf over de bereikte resultaten en de daarmee gemoeide middelen."),
        h1("Steun voor ouders"),
        p("Soms lopen ouders vast in hun contact met school. Het Ouder- en Jeugdsteunpunt Heuvelrand helpt "
          "ouders en jongeren onafhankelijk en kosteloos, bijvoorbeeld door mee te gaan naar een gesprek. Ook de "
          "onderwijsconsulenten kunnen worden ingeschakeld. Klachten kunnen worden voorgelegd aan de "
          "klachtencommissie van het samenwerkingsverband; bij een geschil over toelating of verwijdering kan "
          "de Geschillencommissie passend onderwijs een oordeel geven."),
        p("De informatievoorziening aan ouders over de ondersteuningsmogelijkheden vernieuwen we: er komt een "
          "nieuwe website met een oudergedeelte en een brochure, die in voorbereiding zijn."),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedureel(c)
    b += [
        h1("Begroting"),
        p("Onderstaande begroting laat zien waaraan het samenwerkingsverband de komende jaren zijn middelen "
          "besteedt."),
        table([["x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsmiddelen", "13.940", "13.820", "13.700", "13.590"],
               ["Afdracht vso", "4.310", "4.260", "4.220", "4.180"],
               ["Lwoo en pro", "5.820", "5.790", "5.760", "5.730"],
               ["Budgetten scholen", "1.960", "1.950", "1.940", "1.930"],
               ["Regionale arrangementen (Time-In, Tussenstap, De Heuvel)", "1.180", "1.200", "1.210", "1.220"],
               ["Kernteam en bureau", "690", "700", "710", "720"],
               ["Resultaat", "-20", "-80", "-140", "-190"]]),
        p("De tekorten worden gedekt uit de reserve, die daarmee daalt naar het niveau van het benodigde "
          "weerstandsvermogen."),
        p("Op welke manier de middelen over de scholen worden verdeeld, wordt opnieuw bekeken. Het bestuur "
          "stelt een nieuw verdeelmodel vast in het voorjaar van 2027; dat model wordt dan als bijlage "
          "toegevoegd."),
    ]
    b += filler_personeel(c)
    b += filler_ict(c)
    b += filler_arbeidsmarkt(c)
    b += filler_huisvesting(c)
    b += filler_planning(c)
    b += begrippen()
    b += afkortingen()
    return b


LABEL_E = dict(
    documents=["vo-heuvelrand-oost-op-2026-2030.docx"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Wat scholen bieden': agreed level on every vestiging, but content only the "
                              "4-aspect referentiekader definition and 'staat in het SOP'.",
        "plaatsing": "'Toewijzing' only refers to a separate Toewijzingsregeling (bijlage 3, not in input); "
                     "brugklas 'plaatsing' paragraph is a near-miss; title page mentions the regeling.",
        "terugstroom": "'Terug naar de eigen wijk' under 'Doorlopende leerlijnen' ('thuiskomen'): conditions, "
                       "January review, overstapgesprek before 1 April, coach for a year; 14 returns.",
        "financien": "'Begroting' has a multi-year table with amounts; verdeelmodel deferred to spring 2027.",
        "dekkend-aanbod": "'Van klas tot kliniek': trap-shaped continuum and Kernteam for pupils 'tussen wal en "
                          "schip', thuiszitters, OOGO jeugdhulp.",
        "resultaten": "'Opbrengsten': targets table with streefwaarden and measurement columns; half-yearly "
                      "reporting.",
        "ouders": "'Steun voor ouders': OJSP, onderwijsconsulenten, klachten/geschillen; informatie deferred "
                  "('nieuwe website ... brochure in voorbereiding'); OPR with parents.",
    })


# --------------------------------------------------------------------------------------------
# F – near-miss: a VO school's own 'ondersteuningsplan' (school level), .docx.
# --------------------------------------------------------------------------------------------

def doc_f():
    b = [("title", ["Ondersteuningsplan 2025-2026", "Het Baken College – locatie Zuid (vmbo-kader, mavo, havo)",
                    "Onderdeel van de schoolgids • aangesloten bij Samenwerkingsverband VO Lindeland (VO 27-14)"])]
    b += toc(["1 Inleiding", "2 Onze basisondersteuning", "3 Extra ondersteuning op Het Baken",
              "4 Het zorgteam en de leerlingbespreking", "5 Als onze school niet genoeg kan bieden",
              "6 Ouders en school", "7 Jaarplanning zorg", "8 Contact"])
    b += [
        h1("Inleiding"),
        p("Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Zuid, de ondersteuning voor haar "
          "leerlingen in het schooljaar 2025-2026 organiseert. Het plan is een uitwerking van ons "
          "schoolondersteuningsprofiel en hoort bij de schoolgids. Het is vastgesteld door de schoolleiding, "
          "na advies van de medezeggenschapsraad, op 2 juli 2025. Het ondersteuningsplan van het "
          "samenwerkingsverband VO Lindeland vindt u op de website van het samenwerkingsverband."),
        p("Locatie Zuid telt 1.040 leerlingen in vmbo-kader, mavo en havo onderbouw. Ongeveer 14 procent van "
          "onze leerlingen heeft een vorm van extra ondersteuning; 62 leerlingen hebben een "
          "ontwikkelingsperspectiefplan (OPP) en 88 leerlingen volgen leerwegondersteunend onderwijs."),
        h1("Onze basisondersteuning"),
        p("Als school bieden wij de basisondersteuning die in het samenwerkingsverband is afgesproken. Dat "
          "betekent bij ons concreet: een mentoruur per week in alle klassen, een ondersteuningscoördinator "
          "(1,0 fte), een dyslexiecoach, faalangstreductietraining in leerjaar 1 en 2, een rots-en-water-"
          "training, een huiswerkklas op dinsdag en donderdag en het Baken-punt als time-outplek met vaste "
          "begeleider."),
        h1("Extra ondersteuning op Het Baken"),
        p("Voor leerlingen die meer nodig hebben, biedt locatie Zuid een schoolarrangement: de Kompasklas voor "
          "leerlingen met autisme in de onderbouw (maximaal 14 leerlingen) en individuele begeleiding door een "
          "orthopedagoog. Het arrangement wordt bekostigd uit het schoolbudget dat wij van het "
          "samenwerkingsverband ontvangen. De inzet van deze middelen verantwoorden wij in het jaarverslag van "
          "de school."),
        h1("Het zorgteam en de leerlingbespreking"),
        p("Drie keer per jaar houden wij per klas een leerlingbespreking met alle docenten. Mentoren signaleren; "
          "de teamleider en de ondersteuningscoördinator bepalen in het zorgteam welke leerling welke "
          "ondersteuning krijgt. Het zorgteam bestaat uit de ondersteuningscoördinator, de orthopedagoog, de "
          "schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar, en komt elke twee weken "
          "bijeen. Ouders worden uitgenodigd als hun kind wordt besproken."),
        p("Bij zorgniveau 1 gaat het om begeleiding door de mentor, bij zorgniveau 2 om begeleiding door een "
          "specialist binnen de school, bij zorgniveau 3 om een schoolarrangement met OPP. Het OPP wordt twee "
          "keer per jaar met ouders en leerling geëvalueerd."),
        h1("Als onze school niet genoeg kan bieden"),
        p("Soms heeft een leerling meer nodig dan wij kunnen bieden. Dan bespreken wij met ouders een overstap "
          "naar een andere school of een bovenschools arrangement, zoals het OPDC De Overstap. Voor het "
          "voortgezet speciaal onderwijs vraagt de school een toelaatbaarheidsverklaring (TLV) aan bij het "
          "Loket van het samenwerkingsverband; de commissie van toelaatbaarheid van het samenwerkingsverband "
          "beslist. Wij helpen ouders bij het verzamelen van de gegevens. Wanneer een leerling uit het vso "
          "terugkomt naar Het Baken, zorgen wij voor een warme overdracht."),
        h1("Ouders en school"),
        p("Wij zien ouders als partners. Ouders worden geïnformeerd via de ouderapp, de schoolgids en drie "
          "ouderavonden per jaar. Heeft u een vraag over de ondersteuning van uw kind, neem dan contact op met de "
          "mentor. Bent u het niet eens met een besluit van de school, dan kunt u terecht bij de "
          "klachtencontactpersoon of het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        h1("Jaarplanning zorg"),
        table([["Maand", "Activiteit"],
               ["september", "Kennismakingsgesprekken mentor-ouder-leerling"],
               ["november", "Eerste leerlingbespreking; evaluatie OPP's"],
               ["februari", "Tweede leerlingbespreking; aanvragen lwoo nieuwe brugklassers"],
               ["mei", "Derde leerlingbespreking; evaluatie OPP's"],
               ["juni", "Evaluatie ondersteuningsplan en bijstelling voor volgend schooljaar"]]),
        h1("Contact"),
        p("Ondersteuningscoördinator locatie Zuid: mevrouw R. Bakker. Orthopedagoog: de heer T. Lammers. "
          "Het zorgteam is bereikbaar via de administratie van de school."),
    ]
    return b


LABEL_F = dict(
    documents=["vo-baken-college-ondersteuningsplan-school-2025.docx"], sector="vo", looks_like_plan=False,
    elements={}, criteria={}, advisory={},
    notes={"document": "school-level 'ondersteuningsplan' of one VO school (Het Baken College, locatie Zuid), part "
                       "of its schoolgids and adopted by the schoolleiding after MR advice; it describes the "
                       "school's own zorgniveaus and zorgteam and refers to the SWV's plan; not an "
                       "ondersteuningsplan of a samenwerkingsverband (domain §5.4)."})


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

def render_docx(blocks, path, header_text):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan – vertrouwelijk concept tot vaststelling"
    n1 = 0
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val[0], level=0)
            for line in val[1:]:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for e in val:
                d.add_paragraph(e)
            d.add_page_break()
        elif kind == "h1":
            n1 += 1
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(str(path))


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out.extend(["", *("_" + v + "_" for v in val[1:]), ""])
        elif kind == "toc":
            out.append("## Inhoud")
            out.append("")
            out.extend("- " + e for e in val)
            out.append("")
        elif kind == "h1":
            out.extend(["## " + val, ""])
        elif kind == "h2":
            out.extend(["### " + val, ""])
        elif kind == "p":
            out.extend([val, ""])
        elif kind == "ul":
            out.extend("- " + it for it in val)
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout321_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(lab, path):
    lines = ["documents: [" + ", ".join(lab["documents"]) + "]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["looks_like_plan"]:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if lab['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if lab["advisory"].get(e):
                lines.append(f"  {e}: [" + ", ".join(lab["advisory"][e]) + "]")
        # consistency check of the status rule
        for e in ELEMENTS:
            cs = [lab["criteria"][k] for k in CORE if k.startswith(e + ".")]
            want = "present" if all(cs) else ("partial" if any(cs) or lab["advisory"].get(e) else "missing")
            assert want == lab["elements"][e], (lab["documents"], e, want)
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hdr = "Ondersteuningsplan 2026-2030 | basisondersteuning · toelaatbaarheid · terugplaatsing · middelen"
    render_docx(plan_a(), OUT / "vo-lindeland-ondersteuningsplan-2026-2030.docx",
                f"{A['kort']} | {hdr}")
    docx_to_pdf(plan_b(), OUT / "vo-beekdal-ondersteuningsplan-2026.pdf", f"{B['kort']} | {hdr}")
    docx_to_pdf(plan_c(), OUT / "po-polderrand-ondersteuningsplan-2026-2030.pdf",
                f"{C['kort']} | Ondersteuningsplan | terugplaatsing en resultaten: zie bijlagen")
    render_md(plan_d(), OUT / "vo-rivierenhof-ondersteuningsplan-2026-2030.md")
    render_docx(plan_e(), OUT / "vo-heuvelrand-oost-op-2026-2030.docx", f"{E['kort']} | {hdr}")
    render_docx(doc_f(), OUT / "vo-baken-college-ondersteuningsplan-school-2025.docx",
                "Het Baken College | Ondersteuningsplan | samenwerkingsverband VO Lindeland")
    for lab in (LABEL_A, LABEL_B, LABEL_C, LABEL_D, LABEL_E, LABEL_F):
        stem = Path(lab["documents"][0]).stem
        write_label(lab, OUT / f"{stem}.expected.yaml")


if __name__ == "__main__":
    main()
