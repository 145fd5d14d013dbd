#!/usr/bin/env python3
"""Generate holdout set 273 for opcheck: five fictional ondersteuningsplannen (VO-heavy) and one
near-miss document (school-level schoolondersteuningsprofiel), plus *.expected.yaml labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2026, 3, 1, 12, 0, 0)

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]

# ---------------------------------------------------------------------------------------------
# Generic filler blocks. None of these may address a core or advisory criterion: they only use
# the vocabulary in passing (ouders, middelen, resultaten, arrangement, toelaatbaarheid ...).
# ---------------------------------------------------------------------------------------------

def voorwoord(name, period):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {period} van {name}. Het plan is tot stand gekomen in een "
              "jaar waarin veel op ons afkwam: een krappe arbeidsmarkt, de discussie over de landelijke norm "
              "voor basisondersteuning, de Wet versterking positie ouders en leerlingen en een voorzichtige "
              "daling van het aantal leerlingen in een deel van onze regio. Tegelijk zien we elke dag hoe "
              "docenten, mentoren, ondersteuningscoördinatoren en schoolleiders zich inzetten om leerlingen "
              "een goede plek te geven. Dat verdient waardering."),
        ("p", "Een ondersteuningsplan is geen handboek. Het is een afsprakenkader tussen besturen, scholen en "
              "partners, dat richting geeft aan de manier waarop we middelen en menskracht inzetten. We hebben "
              "geprobeerd het plan leesbaar te houden voor iedereen die ermee werkt: schoolleiders, "
              "ondersteuningscoördinatoren, leden van de ondersteuningsplanraad, gemeenten en natuurlijk ook "
              "ouders en leerlingen. Waar het plan technisch wordt, hebben we dat zo goed mogelijk toegelicht."),
        ("p", "Wij danken iedereen die heeft meegedacht: de werkgroepen, de schoolleiders die hun ervaringen "
              "deelden in de dialoogsessies, de leden van de ondersteuningsplanraad die kritisch meelazen, en de "
              "beleidsmedewerkers van de gemeenten. De resultaten van die gesprekken zijn in dit plan verwerkt. "
              "We kijken uit naar de komende planperiode en naar de gesprekken die we met elkaar blijven voeren."),
        ("p", "Namens het bestuur, de directeur-bestuurder"),
    ]


def leeswijzer():
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de context van het samenwerkingsverband: de regio, de aangesloten besturen "
              "en de ontwikkelingen die op ons afkomen. Daarna volgen onze missie en visie. De hoofdstukken "
              "daarna beschrijven de ondersteuning in de regio, de toewijzing van voorzieningen, de "
              "samenwerking met partners, de organisatie en de planning. Achterin vindt u een begrippenlijst "
              "en een lijst met afkortingen. Waar in de tekst wordt gesproken over 'scholen' bedoelen we alle "
              "vestigingen van de aangesloten schoolbesturen, tenzij anders vermeld."),
    ]


def context_block(name, region, n_boards, n_schools, n_pupils, sector):
    school_word = "vestigingen voor voortgezet onderwijs" if sector == "vo" else "basisscholen"
    special = ("twee scholen voor voortgezet speciaal onderwijs en twee scholen voor praktijkonderwijs"
               if sector == "vo" else "twee scholen voor speciaal basisonderwijs en een so-locatie")
    return [
        ("h1", "1 Context en kengetallen"),
        ("p", f"{name} omvat de gemeenten in {region}. Aangesloten zijn {n_boards} schoolbesturen met samen "
              f"{n_schools} {school_word}, aangevuld met {special}. Op de teldatum van 1 oktober 2025 telde "
              f"het samenwerkingsverband {n_pupils} leerlingen. De regio kent een stedelijke kern en een "
              "uitgestrekt landelijk gebied met kleinere kernen; de reisafstanden voor leerlingen lopen daardoor "
              "sterk uiteen."),
        ("p", "De prognoses van de gemeenten en van DUO laten tot 2030 een lichte daling zien van het aantal "
              "leerlingen in het landelijk gebied, terwijl het aantal leerlingen in de stedelijke kern stabiel "
              "blijft. Dat heeft gevolgen voor de spreiding van voorzieningen en voor de formatie op kleinere "
              "locaties. Besturen bespreken deze ontwikkeling in het regionaal overleg over het onderwijsaanbod; "
              "dat overleg valt buiten het ondersteuningsplan, maar de uitkomsten ervan raken ons wel."),
        ("p", "Daarnaast signaleren scholen een toename van vragen rond sociaal-emotioneel welbevinden, "
              "schoolverzuim en de gevolgen van armoede. Ook het aantal nieuwkomers wisselt sterk per jaar. "
              "Het samenwerkingsverband volgt deze ontwikkelingen via de gesprekken met de besturen en de "
              "gegevens die gemeenten met ons delen."),
    ]


def visie_block(name, ambitions=True):
    return [
        ("h1", "2 Missie, visie en ambities"),
        ("p", f"{name} wil dat iedere jongere in de regio onderwijs volgt dat past bij wat hij of zij kan en "
              "nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Dat is onze missie. Wij "
              "geloven dat goed onderwijs begint in de klas, bij een docent die de leerling ziet en die weet "
              "waar hij terecht kan als het even niet lukt. We streven naar een cultuur waarin scholen, ouders "
              "en partners elkaar aanspreken op gedeelde verantwoordelijkheid."),
        ("p", "Onze visie laat zich samenvatten in drie woorden: nabij, samen en lerend. Nabij, omdat "
              "ondersteuning het meeste effect heeft als ze dicht bij de leerling wordt georganiseerd. Samen, "
              "omdat geen school, bestuur of gemeente dit alleen kan. Lerend, omdat we elk jaar opnieuw "
              "kijken wat werkt en wat niet. We willen een organisatie zijn die ruimte geeft aan scholen en "
              "besturen en die zich dienstbaar opstelt. Waar mogelijk leggen we verantwoordelijkheden laag in "
              "de organisatie, zodat besluiten worden genomen door wie de leerling het beste kent."),
        ("p", "Deze visie vraagt iets van iedereen. Van scholen vraagt zij dat zij investeren in de "
              "professionaliteit van docenten en mentoren. Van besturen vraagt zij dat zij over de grenzen van "
              "het eigen bestuur heen kijken. Van het samenwerkingsverband vraagt zij dat wij verbinden, "
              "faciliteren en waar nodig doorpakken. En van partners als gemeenten en jeugdhulp vraagt zij dat "
              "we elkaar tijdig weten te vinden. In de komende periode willen we deze visie verder laten landen "
              "in de dagelijkse praktijk; we zetten in op ontmoeting, kennisdeling en een open gesprek."),
    ] + ([
        ("p", "Onze ambities voor de planperiode zijn bewust breed geformuleerd. We willen dat leerlingen zich "
              "gezien voelen, dat docenten zich gesteund weten en dat de samenwerking tussen onderwijs en zorg "
              "vanzelfsprekender wordt. De uitwerking van die ambities gebeurt in de jaarplannen van het "
              "samenwerkingsverband en in de schoolplannen van de besturen."),
    ] if ambitions else [])


def governance_block(name, legal="stichting"):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{name} is een {legal} waarin de aangesloten schoolbesturen samenwerken. Het bestuursmodel "
              "kent een scheiding tussen bestuur en toezicht. De dagelijkse leiding ligt bij de "
              "directeur-bestuurder, die verantwoording aflegt aan de raad van toezicht. De raad van toezicht "
              "bestaat uit vijf leden, van wie twee onafhankelijk zijn en drie worden voorgedragen door de "
              "aangesloten besturen. De raad van toezicht keurt onder meer het ondersteuningsplan, de "
              "begroting en het jaarverslag goed en benoemt de accountant."),
        ("p", "De bestuurders van de aangesloten schoolbesturen komen vier keer per jaar bijeen in de "
              "algemene vergadering. Daar worden strategische keuzes besproken en worden de besturen "
              "geïnformeerd over de voortgang. Daarnaast is er een schoolleidersoverleg, dat het "
              "samenwerkingsverband adviseert over de uitvoering. Het bureau van het samenwerkingsverband "
              "ondersteunt de directeur-bestuurder en voert de secretariële, administratieve en "
              "beleidsmatige taken uit."),
        ("p", "Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad. Jaarlijks evalueert "
              "de raad van toezicht zijn eigen functioneren. Integriteit, transparantie en een heldere "
              "rolverdeling zijn uitgangspunten. Signalen over het functioneren van de organisatie kunnen "
              "medewerkers melden via de klokkenluidersregeling, die op het intranet staat."),
    ]


def opr_block(with_parents=True):
    if with_parents:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf personeelsleden en vijf ouders "
                "of leerlingen, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. ")
    else:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit tien leden, afgevaardigd door de "
                "medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", comp + "De OPR heeft instemmingsrecht op het vaststellen en wijzigen van het "
              "ondersteuningsplan. Daarnaast heeft het samenwerkingsverband een eigen "
              "medezeggenschapsraad voor het personeel van het bureau."),
        ("p", "De OPR vergadert vijf keer per jaar, waarvan eenmaal met de raad van toezicht. De leden "
              "ontvangen een vergoeding en kunnen gebruikmaken van scholing. Het conceptplan is in drie "
              "sessies met de OPR besproken; de OPR heeft op 24 maart 2026 ingestemd met het plan. De "
              "directeur-bestuurder heeft het plan daarna op 31 maart 2026 definitief vastgesteld."),
    ]


def personeel_block():
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het bureau van het samenwerkingsverband telt circa veertien fte, verdeeld over de "
              "directeur-bestuurder, beleidsmedewerkers, consulenten, een controller en het secretariaat. "
              "Consulenten hebben een achtergrond als orthopedagoog, psycholoog of ervaren "
              "ondersteuningscoördinator. Zij werken in vaste koppels met een aantal scholen, zodat scholen "
              "een vast aanspreekpunt hebben."),
        ("p", "De arbeidsmarkt in het onderwijs blijft krap. Het samenwerkingsverband investeert daarom in "
              "het behoud van deskundig personeel, onder meer door intervisie, een scholingsbudget per "
              "medewerker en ruimte voor specialisatie. Voor de scholen organiseren we jaarlijks een "
              "studiedag en een aantal netwerkbijeenkomsten voor ondersteuningscoördinatoren, mentoren en "
              "schoolleiders. De onderwerpen worden in overleg met de scholen gekozen; recente thema's waren "
              "executieve functies, meertaligheid, gedragsvragen en de samenwerking met jeugdhulp."),
        ("p", "Personeel dat in dienst is van een aangesloten bestuur en gedetacheerd wordt bij het "
              "samenwerkingsverband, behoudt zijn rechtspositie bij het eigen bestuur. Afspraken daarover "
              "zijn vastgelegd in detacheringsovereenkomsten. Bij wijziging van taken overlegt het "
              "samenwerkingsverband tijdig met de betrokken besturen en medezeggenschap."),
    ]


def ict_block():
    return [
        ("h1", "Privacy, gegevensuitwisseling en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige "
              "gevallen gegevens over gezondheid. Dat gebeurt alleen voor zover dat nodig is voor de "
              "wettelijke taken. We werken met een functionaris gegevensbescherming, een verwerkingsregister "
              "en een privacyreglement. Dossiers worden bewaard volgens de wettelijke termijnen en daarna "
              "vernietigd."),
        ("p", "Voor de uitwisseling van dossiers met scholen gebruiken we een beveiligde digitale omgeving. "
              "E-mail wordt niet gebruikt voor het versturen van leerlinggegevens. Medewerkers volgen "
              "jaarlijks een korte training over informatiebeveiliging. In de planperiode vervangen we het "
              "huidige registratiesysteem; de aanbesteding daarvan loopt via het gezamenlijke inkoopkader "
              "van de besturen."),
    ]


def planning_block(period_years):
    y = period_years
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Elk jaarplan beschrijft welke "
              "activiteiten in dat jaar worden opgepakt, wie daarvoor verantwoordelijk is en welke "
              "middelen daarvoor nodig zijn. De jaarplannen worden in de algemene vergadering besproken "
              "en ter informatie aan de OPR gezonden."),
        ("table", [["Periode", "Activiteit"],
                   [f"september {y[0]}", "Start planperiode; kick-off met schoolleiders"],
                   [f"november {y[0]}", "Bespreking jaarplan in algemene vergadering"],
                   [f"maart {y[1]}", "Tussentijdse bespreking met raad van toezicht"],
                   [f"juni {y[1]}", "Studiedag voor ondersteuningscoördinatoren"],
                   [f"najaar {y[2]}", "Start voorbereiding volgend ondersteuningsplan"],
                   [f"voor 1 mei {y[3]}", "Vaststelling en toezending nieuw plan"]]),
        ("p", "Tussentijdse wijzigingen van het plan worden voorgelegd aan de OPR. Het plan is voor 1 mei "
              "toegezonden aan de Inspectie van het Onderwijs."),
    ]


def kennis_block():
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", "Kennis ontwikkelt zich het best in de praktijk. Daarom organiseert het samenwerkingsverband "
              "lerende netwerken waarin professionals van verschillende scholen ervaringen uitwisselen. Er "
              "zijn netwerken voor ondersteuningscoördinatoren, voor mentoren in de onderbouw, voor "
              "schoolpsychologen en orthopedagogen, en voor teamleiders. Elk netwerk komt vier tot zes keer "
              "per jaar bijeen en kiest zelf zijn thema's."),
        ("p", "Daarnaast werken we samen met de lerarenopleiding en het lectoraat van de regionale "
              "hogeschool. Studenten doen afstudeeronderzoek op vragen die uit de scholen komen. De "
              "opbrengsten van die onderzoeken delen we in een jaarlijkse kennismiddag."),
    ]


def arbeidsmarkt_block():
    return [
        ("h1", "Aansluiting op vervolgonderwijs en werk"),
        ("p", "Een goede overstap naar het mbo of naar werk is voor veel jongeren een kwetsbaar moment. "
              "Scholen voor praktijkonderwijs en vso werken samen met het mbo en met werkgevers in de regio "
              "aan stages, leerwerkplekken en entreeopleidingen. Het regionaal meld- en coördinatiepunt "
              "voortijdig schoolverlaten is daarbij een vaste partner. Het samenwerkingsverband sluit aan bij "
              "de regionale aanpak, maar voert daarin geen eigen regie."),
    ]


def begrippen(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het "
             "samenwerkingsverband bieden."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een "
             "passende plek is."],
            ["Lwoo", "Leerwegondersteunend onderwijs."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, waarin de verdeling van de middelen "
             "zichtbaar is."],
            ["Ondersteuningsplanraad (OPR)", "Medezeggenschapsorgaan van het samenwerkingsverband."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en leerlingen terecht kunnen "
             "met vragen."],
            ["Terugplaatsing", "Overstap van een leerling uit het (voortgezet) speciaal onderwijs naar het "
             "regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring; besluit van het samenwerkingsverband dat een leerling "
             "toelaatbaar is tot het speciaal onderwijs."],
            ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband middelen toekent."]]
    rows += [list(r) for r in extra]
    return [("h1", "Begrippenlijst"), ("table", rows)]


def afkortingen():
    return [("h2", "Afkortingen"),
            ("table", [["Afkorting", "Betekenis"], ["AB", "Ambulante begeleiding"],
                       ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                       ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
                       ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectiefplan"],
                       ["PrO", "Praktijkonderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
                       ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]])]


def terugblik_block():
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van opbouw en consolidatie. De organisatie van het "
              "bureau kreeg haar huidige vorm, de samenwerking met de besturen werd hechter en de "
              "coronaperiode vroeg veel flexibiliteit van iedereen. In 2024 liet het bestuur de werking van het "
              "samenwerkingsverband evalueren door een extern bureau. Dat bureau sprak met schoolleiders, "
              "ondersteuningscoördinatoren, bestuurders, gemeenten en leden van de ondersteuningsplanraad."),
        ("p", "De evaluatie leverde drie aanbevelingen op. Ten eerste: schrijf in heldere taal, zodat niet "
              "alleen professionals begrijpen wat er staat. Ten tweede: verminder de administratieve last voor "
              "scholen, bijvoorbeeld door formulieren te vereenvoudigen en gegevens maar één keer uit te "
              "vragen. Ten derde: wees als samenwerkingsverband zichtbaar en nabij, met vaste gezichten voor "
              "iedere school. Deze aanbevelingen hebben we ter harte genomen bij het schrijven van dit plan. "
              "Het evaluatierapport is besproken in de algemene vergadering en met de ondersteuningsplanraad."),
        ("p", "Niet alles is gelukt. Het kostte meer tijd dan gedacht om de samenwerking met jeugdhulp goed "
              "vorm te geven, en het verloop onder medewerkers van het bureau was in 2022 en 2023 hoog. Ook "
              "bleek het lastig om voldoende deskundigen te vinden. Dit zijn lessen die we meenemen."),
    ]


def landelijk_block():
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs is sinds 2014 van kracht. Na de landelijke evaluatie in 2020 is de "
              "Verbeteraanpak passend onderwijs gestart, met maatregelen op het gebied van onder meer "
              "duidelijkheid over de ondersteuning op school, de rol van samenwerkingsverbanden, "
              "verantwoording en de samenwerking met zorg. Veel van die maatregelen zijn inmiddels in wet- en "
              "regelgeving vastgelegd of worden dat binnenkort. Het kabinet heeft bovendien de ambitie "
              "uitgesproken om in 2035 te komen tot inclusiever onderwijs, waarin regulier en speciaal onderwijs "
              "dichter bij elkaar staan."),
        ("p", "Daarnaast loopt de discussie over een landelijke norm voor basisondersteuning. Zodra de "
              "uitkomsten daarvan bekend en juridisch verankerd zijn, zullen besturen en samenwerkingsverband "
              "bezien wat dat betekent voor de afspraken in de regio. Ook de vereenvoudiging van de bekostiging "
              "en de aanpassingen in de medezeggenschap raken ons werk. We volgen deze ontwikkelingen via de "
              "sectorraad, het steunpunt passend onderwijs en de regionale netwerken van directeuren van "
              "samenwerkingsverbanden."),
        ("p", "Tot slot heeft de Inspectie van het Onderwijs haar toezicht op samenwerkingsverbanden "
              "aangescherpt. Zij bezoekt elk samenwerkingsverband ten minste eens in de vier jaar en spreekt "
              "daarbij met het bestuur, de ondersteuningsplanraad en een selectie van scholen. Het laatste "
              "bezoek aan ons samenwerkingsverband vond plaats in 2023; het rapport is op de website van de "
              "Inspectie gepubliceerd."),
    ]


def bureau_block():
    return [
        ("h1", "Huisvesting en bereikbaarheid van het bureau"),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in een gebouw dat wordt gedeeld met een "
              "aantal maatschappelijke organisaties. Het gebouw is goed bereikbaar met het openbaar vervoer en "
              "beschikt over vergaderruimtes die ook door scholen kunnen worden gebruikt. Het bureau is op "
              "werkdagen geopend van 8.30 tot 17.00 uur. Medewerkers werken deels op locatie bij de scholen; "
              "afspraken op school hebben de voorkeur boven afspraken op kantoor. Het huurcontract loopt tot "
              "2028; in 2027 besluit het bestuur of het contract wordt verlengd."),
    ]


def leerlingstem_block():
    return [
        ("h1", "De stem van leerlingen"),
        ("p", "Leerlingen weten zelf vaak het beste wat hen helpt. Daarom heeft het samenwerkingsverband een "
              "leerlingenpanel met twaalf leerlingen uit verschillende schoolsoorten, onder wie leerlingen uit "
              "het praktijkonderwijs en het vso. Het panel komt vier keer per jaar bijeen en geeft gevraagd en "
              "ongevraagd advies aan de directeur-bestuurder. Onderwerpen waren de afgelopen jaren onder meer "
              "de overstap naar de brugklas, prestatiedruk, de inrichting van rustruimtes en het gebruik van "
              "sociale media."),
        ("p", "Het panel heeft ook meegelezen met dit plan. Op advies van het panel hebben we een aantal "
              "passages herschreven en voorbeelden toegevoegd. We willen de komende jaren onderzoeken hoe we "
              "de stem van leerlingen nog beter kunnen laten doorklinken in ons beleid, bijvoorbeeld door "
              "jaarlijks een leerlingenconferentie te organiseren."),
    ]


def inclusief_block():
    return [
        ("h1", "Op weg naar inclusiever onderwijs"),
        ("p", "De landelijke ambitie om in 2035 te komen tot inclusiever onderwijs spreekt ons aan. Tegelijk "
              "beseffen we dat dit een lange weg is, die veel vraagt van gebouwen, teams en roosters. We "
              "willen die weg stap voor stap gaan, samen met de besturen en de scholen voor speciaal onderwijs. "
              "Daarbij laten we ons leiden door de vraag wat een leerling nodig heeft, niet door de vraag "
              "welk schooltype daarvoor is bedoeld."),
        ("p", "In de planperiode organiseren we daarom inspiratiebijeenkomsten en werkbezoeken aan regio's "
              "waar al ervaring is opgedaan met inclusieve vormen van onderwijs. De ervaringen delen we in de "
              "netwerken. Besluiten over nieuwe voorzieningen vallen buiten dit plan en worden, als het zover "
              "is, apart voorgelegd aan het bestuur en de medezeggenschap."),
    ]


def lasten_block():
    return [
        ("h1", "Minder regels, meer tijd voor de leerling"),
        ("p", "Scholen ervaren de administratieve last rond ondersteuning als hoog. Formulieren, overleggen "
              "en verantwoordingen vragen tijd die niet aan leerlingen kan worden besteed. Het "
              "samenwerkingsverband neemt daarom in de planperiode alle eigen formulieren onder de loep. "
              "Gegevens die al in het leerlingvolgsysteem van de school staan, vragen we niet opnieuw uit. "
              "Overleggen worden waar mogelijk gecombineerd met bestaande overleggen op school."),
        ("p", "Ook kijken we kritisch naar onze eigen werkwijze. Het bureau houdt bij hoeveel tijd processen "
              "kosten en zoekt samen met de scholen naar vereenvoudiging. Voorstellen die daaruit voortkomen, "
              "worden besproken in het schoolleidersoverleg. Wij willen dat scholen het samenwerkingsverband "
              "ervaren als een partner die meedenkt, niet als een loket dat regels oplegt."),
    ]


def toc(entries):
    return [("toc", entries)]


# ---------------------------------------------------------------------------------------------
# Plan A: VO, .docx. Terugplaatsing inside the TLV chapter; ouders inside "Communicatie";
# financien.besteding deferred (table with p.m.); resultaten.monitoring deferred.
# ---------------------------------------------------------------------------------------------

def plan_a():
    name = "Samenwerkingsverband VO Lingewaard-Betuwe"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{name} (VO 25-14)  ·  vastgesteld 31 maart 2026"),
         ]
    b += toc(["Voorwoord", "1 Context en kengetallen", "2 Missie, visie en ambities",
              "3 Wat iedere vestiging waarmaakt (basisondersteuning)", "4 Toewijzing en toelaatbaarheid",
              "   4.6 Na afloop van de TLV", "5 Het regionale aanbod", "6 Communicatie",
              "7 Geld en middelen (financiën, meerjarenbegroting)", "8 Beoogde resultaten", "9 Organisatie",
              "Begrippenlijst"])
    b += voorwoord(name, "2026-2030") + leeswijzer()
    b += context_block(name, "de Betuwe en Lingewaard", 7, 19, "11.940", "vo")
    b += visie_block(name)
    b += [
        ("h1", "3 Wat iedere vestiging waarmaakt"),
        ("p", "De besturen hebben afgesproken welke ondersteuning een leerling op elke vestiging van het "
              "samenwerkingsverband mag verwachten, ongeacht schoolsoort of denominatie. Deze afspraken vormen "
              "de ondergrens: geen enkele vestiging biedt minder. Ze gelden voor alle 19 vestigingen en voor "
              "de praktijkscholen. Wat daarbovenuit gaat, valt onder extra ondersteuning en wordt via een "
              "arrangement geregeld."),
        ("p", "Concreet betekent dit dat op iedere vestiging het volgende aanwezig is:"),
        ("bullets", [
            "een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het ondersteuningsteam "
            "voorzit en aanspreekpunt is voor ouders en externe partners;",
            "een mentor die de leerling wekelijks spreekt en een ontwikkelingsperspectiefplan opstelt zodra "
            "de ondersteuning langer dan drie maanden buiten het gewone programma valt;",
            "een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote teksten en "
            "voorleessoftware bij toetsen;",
            "een aanbod voor sociaal-emotionele vaardigheden en faalangstreductie in klas 1 en 2;",
            "een vaste time-out- of opvangruimte met begeleiding gedurende de hele lesdag;",
            "afspraken over medisch handelen en een protocol voor leerlingen met een chronische ziekte;",
            "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de schoolmaatschappelijk "
            "werker, de jeugdarts en de leerplichtambtenaar;",
            "begeleiding bij huiswerk en planning (executieve functies) voor leerlingen die daarom vragen."]),
        ("p", "Iedere vestiging beschrijft deze ondersteuning in de schoolgids. Het samenwerkingsverband "
              "toetst elke twee jaar met een audit of de afspraken worden nagekomen. Een vestiging die onder de "
              "ondergrens blijft, stelt binnen drie maanden een verbeterplan op dat in het "
              "bestuurdersoverleg wordt besproken."),
        ("h1", "4 Toewijzing en toelaatbaarheid"),
        ("h2", "4.1 Het Loket"),
        ("p", "Alle aanvragen voor een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal "
              "onderwijs, voor praktijkonderwijs en voor leerwegondersteunend onderwijs komen binnen bij het "
              "Loket van het samenwerkingsverband. Het bevoegd gezag van de school waar de leerling staat "
              "ingeschreven of is aangemeld, dient de aanvraag in via het digitale groeidocument. Bij de "
              "aanvraag horen het ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg "
              "en de zienswijze van de ouders."),
        ("h2", "4.2 Stappen en termijnen"),
        ("bullets", [
            "Stap 1: de consulent controleert binnen vijf werkdagen of het dossier compleet is;",
            "Stap 2: twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
            "psycholoog en, afhankelijk van de vraag, een maatschappelijk werker, arts of kinderpsychiater. "
            "Zij zijn niet betrokken geweest bij de aanvraag;",
            "Stap 3: de Commissie Toelaatbaarheid neemt namens de directeur-bestuurder een besluit, binnen zes "
            "weken na ontvangst van het complete dossier;",
            "Stap 4: ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."]),
        ("h2", "4.3 Wanneer is een leerling toelaatbaar tot het vso?"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (a) de "
              "school heeft de basisondersteuning en ten minste één extra arrangement gedurende minimaal zes "
              "maanden handelingsgericht uitgevoerd en geëvalueerd; (b) uit het ontwikkelingsperspectief blijkt "
              "dat de leerling ook met extra ondersteuning de doelen in het regulier onderwijs niet kan halen; "
              "(c) de ondersteuningsbehoefte vraagt een combinatie van kleine groepen, specialistische "
              "expertise en een aangepaste omgeving die geen reguliere vestiging kan bieden. De "
              "bekostigingscategorie (laag, midden of hoog) volgt uit de zwaarte van de lichamelijke of "
              "medische ondersteuningsbehoefte."),
        ("h2", "4.4 Lwoo en praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs en lwoo hanteert het samenwerkingsverband de landelijke criteria "
              "(IQ-range, leerachterstanden op twee of meer domeinen, en voor lwoo ook "
              "sociaal-emotionele problematiek). Het Loket beoordeelt de aanvraag op basis van het "
              "onderwijskundig rapport van de basisschool en de testgegevens; het besluit volgt binnen vier "
              "weken, uiterlijk op 1 mei voorafgaand aan het schooljaar."),
        ("h2", "4.5 Duur en bezwaar"),
        ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, tenzij de deskundigen een kortere of "
              "langere duur adviseren; een TLV praktijkonderwijs geldt voor de hele schoolloopbaan. Ouders "
              "die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken. Het bezwaar "
              "wordt voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "4.6 Na afloop van de TLV"),
        ("p", "Het samenwerkingsverband gaat ervan uit dat een plaatsing in het vso voor veel leerlingen "
              "tijdelijk is. Wij willen dat leerlingen die dat kunnen, binnen hun schoolloopbaan terugkeren naar "
              "een reguliere vestiging dicht bij huis, met een diploma- of certificaatperspectief. Voorwaarde is "
              "dat de ontvangende school de ondersteuning kan bieden die in het OPP staat; daarvoor krijgt zij "
              "een terugkeerarrangement van ten hoogste een jaar, met ambulante begeleiding vanuit de "
              "vso-school."),
        ("p", "De vso-school evalueert het ontwikkelingsperspectief elk jaar met ouders en leerling. Uiterlijk "
              "in februari van het laatste jaar van de TLV bespreekt zij in een overgangsoverleg met de consulent "
              "of terugkeer haalbaar is. Is dat zo, dan zoekt de vso-school samen met de ouders een reguliere "
              "school en meldt zij de leerling aan voor 1 april; de consulent stelt het terugkeerarrangement "
              "vast. Is terugkeer niet haalbaar, dan vraagt de vso-school voor 1 maart een nieuwe TLV aan. "
              "De TLV eindigt op 31 juli van het laatste geldige schooljaar."),
        ("h1", "5 Het regionale aanbod"),
        ("p", "Het aanbod in de regio is opgebouwd in lagen die op elkaar aansluiten. Laag 1 is de "
              "basisondersteuning op elke vestiging. Laag 2 bestaat uit arrangementen op de eigen school, "
              "zoals een plusklas, een taalklas of extra begeleiding door een gedragsspecialist. Laag 3 "
              "omvat de bovenschoolse voorzieningen: het OPDC De Overstap met 45 plaatsen, een "
              "reboundvoorziening voor kortdurende opvang, en de Internationale Schakelklas voor "
              "nieuwkomers. Laag 4 is het vso met de scholen De Brug (cluster 4) en Het Lingepad (cluster 3), "
              "en het praktijkonderwijs op twee locaties."),
        ("p", "Eens per jaar brengen we met de besturen in kaart waar het aanbod tekortschiet. Daarvoor "
              "gebruiken we de wachtlijsten van de voorzieningen, de meldingen van thuiszitters van de "
              "leerplichtambtenaren en de aanvragen die het Loket niet kon honoreren. In het thuiszittersoverleg, "
              "dat elke zes weken bijeenkomt met leerplicht, jeugdhulp en de betrokken scholen, wordt voor "
              "iedere leerling die langer dan vier weken thuis zit een plan met een datum van terugkeer "
              "gemaakt. Lukt dat niet binnen drie maanden, dan beslist de directeur-bestuurder welke school "
              "de leerling plaatst. Nieuwe tekorten leggen we voor aan het bestuurdersoverleg, dat binnen een "
              "half jaar een voorstel voor uitbreiding of aanpassing van het aanbod doet. In de vorige "
              "planperiode leidde dit tot een tweede reboundgroep en een aanbod voor hoogbegaafde leerlingen "
              "met een ondersteuningsvraag."),
        ("p", "Met de gemeenten Lingewaard, Overbetuwe en Neder-Betuwe voeren we jaarlijks op overeenstemming "
              "gericht overleg. In 2026 maken we afspraken over jeugdhulp op school en over "
              "onderwijs-zorgarrangementen voor leerlingen die tijdelijk niet volledig onderwijs kunnen volgen."),
        ("h1", "6 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert "
              "met besturen, scholen, gemeenten en ouders. Voor scholen is er een maandelijkse digitale "
              "nieuwsbrief en een besloten deel van de website."),
        ("p", "Ouders vinden op onze website een aparte ouderpagina met uitleg over de ondersteuning op "
              "school, het Loket en de toelaatbaarheidsverklaring, in begrijpelijke taal en in vier talen. "
              "Elke vestiging reikt bij de aanmelding in groep 8 onze folder 'Wat kan mijn school voor mijn "
              "kind doen?' uit. Twee keer per jaar organiseren we een informatieavond voor ouders van "
              "leerlingen in groep 8 en klas 1. Daarnaast beschrijft iedere school in de schoolgids welke "
              "ondersteuning zij biedt."),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school. Zij kunnen dan terecht bij het "
              "Ouder- en Jeugdsteunpunt Betuwe, dat onafhankelijk van scholen en samenwerkingsverband werkt en "
              "ouders kosteloos adviseert en begeleidt. Ook de onderwijsconsulenten van Stichting "
              "Onderwijsconsulenten zijn voor ouders kosteloos bereikbaar. Voor klachten is er de "
              "klachtenregeling van het samenwerkingsverband, aangesloten bij de landelijke klachtencommissie "
              "van Onderwijsgeschillen."),
        ("h1", "7 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
              "Na aftrek van de afdrachten aan het vso en het praktijkonderwijs verdelen we de middelen als "
              "volgt. Ieder schoolbestuur ontvangt een schoolbudget van € 182 per leerling op basis van de "
              "teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 12.500 per vestiging. "
              "Voor bovenschoolse voorzieningen reserveren we een vast deel; de toekenning van arrangementen "
              "laag 3 gebeurt per leerling door het Loket, op basis van het groeidocument. De algemene "
              "vergadering stelt de verdeling jaarlijks vóór 1 juli vast."),
        ("p", "Een meerjarenbegroting voor de planperiode kunnen wij op dit moment nog niet opnemen, omdat de "
              "effecten van de nieuwe bekostigingssystematiek nog niet bekend zijn. Zodra de jaarrekening 2025 "
              "is vastgesteld, stellen we de meerjarenbegroting op en leggen we die afzonderlijk aan de raad "
              "van toezicht voor."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "8 Beoogde resultaten"),
        ("p", "Voor de planperiode hebben we de volgende resultaten voor leerlingen met een "
              "ondersteuningsbehoefte geformuleerd:"),
        ("bullets", [
            "in 2030 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod;",
            "ten minste 85 procent van de leerlingen met een arrangement laag 2 behaalt de doelen van het "
            "ontwikkelingsperspectief binnen de geplande termijn;",
            "het aantal leerlingen dat na het OPDC terugkeert naar een reguliere klas stijgt van 60 naar 75 "
            "procent;",
            "alle besluiten over toelaatbaarheid worden binnen zes weken genomen."]),
        ("p", "Hoe we de voortgang op deze resultaten gaan volgen en waar we erover rapporteren, werken we in "
              "het eerste planjaar uit in een kwaliteitskader."),
    ]
    b += governance_block(name) + opr_block(True) + personeel_block() + ict_block()
    b += arbeidsmarkt_block() + kennis_block() + planning_block([2026, 2027, 2028, 2029])
    b += begrippen() + afkortingen()
    return name, b


# ---------------------------------------------------------------------------------------------
# Plan B: VO, .pdf. Inhoud basisondersteuning in an absent annex; TLV criteria only on the
# website; terugstroom only a heading with a deferral (+ TOC + glossary); lacunes deferred;
# ouders steunpunt deferred; financien complete under "Geld en middelen"; resultaten complete.
# ---------------------------------------------------------------------------------------------

def plan_b():
    name = "Stichting Passend Voortgezet Onderwijs Westergo"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("subtitle", f"{name} · samenwerkingsverband VO 21-03 · versie OPR-instemming"),
         ]
    b += toc(["Voorwoord", "1 Context en kengetallen", "2 Missie, visie en ambities",
              "3 Basisondersteuning", "4 Extra ondersteuning en het aanbod in de regio",
              "5 Toelaatbaarheid vso, pro en lwoo", "   5.4 Terugplaatsing en overplaatsing",
              "6 Geld en middelen", "7 Kwaliteit en opbrengsten", "8 Ouders en leerlingen",
              "9 Organisatie", "Bijlage 2 Kaart Basisondersteuning", "Begrippenlijst"])
    b += voorwoord(name, "2025-2029") + leeswijzer()
    b += context_block(name, "Westergo en de Súdwesthoeke", 6, 14, "8.215", "vo")
    b += visie_block(name)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is binnen Westergo het gezamenlijk vastgestelde niveau van ondersteuning dat "
              "elke vestiging van elk aangesloten bestuur biedt, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is. De besturen hebben in 2024 afgesproken dat dit niveau voor alle "
              "vestigingen gelijk is en dat geen vestiging daaronder zakt. Alles wat boven dit niveau uitgaat, "
              "is extra ondersteuning."),
        ("p", "De standaarden die bij dit niveau horen, zijn uitgewerkt in de Kaart Basisondersteuning "
              "(bijlage 2). De scholen beschrijven in hun schoolgids hoe zij daaraan invulling geven. Bij de "
              "herziening van de kaart betrekken we de uitkomsten van de landelijke norm."),
        ("h1", "4 Extra ondersteuning en het aanbod in de regio"),
        ("p", "Boven op de basisondersteuning kent het samenwerkingsverband een doorlopende reeks van "
              "voorzieningen. Op de eigen school kan een leerling een arrangement krijgen, bijvoorbeeld een "
              "trajectklas, begeleiding door een autismespecialist of een aangepast rooster. Tussen de scholen "
              "in bestaan het Ondersteuningscentrum Westergo (OPDC, 40 plaatsen, voor leerlingen die tijdelijk "
              "niet in een reguliere klas kunnen functioneren) en de Taalklas voor nieuwkomers. Daarboven staan "
              "het praktijkonderwijs in Sneek en Bolsward, en het vso van De Wâlden (cluster 4) en De Pôle "
              "(cluster 3). Leerlingen gaan van de ene naar de andere voorziening via het Loket, zodat de "
              "schakels op elkaar aansluiten."),
        ("p", "Hoe sluitend dit aanbod is, en waar leerlingen tussen wal en schip vallen, brengen we in het "
              "jaarplan 2026 in beeld. De aanpak die daaruit volgt, nemen we op in de eerste "
              "voortgangsparagraaf bij dit plan."),
        ("h1", "5 Toelaatbaarheid vso, pro en lwoo"),
        ("h2", "5.1 Aanvraag"),
        ("p", "Een school die van mening is dat een leerling is aangewezen op het vso, het praktijkonderwijs "
              "of lwoo, dient namens het bevoegd gezag een aanvraag in bij het Loket. De aanvraag bevat het "
              "groeidocument, de evaluatie van de geboden ondersteuning en het ingevulde oudergedeelte. Het "
              "Loket bevestigt de ontvangst binnen drie werkdagen."),
        ("h2", "5.2 Beoordeling en besluit"),
        ("p", "De aanvraag wordt beoordeeld door twee deskundigen van het Loket: een GZ-psycholoog of "
              "orthopedagoog en een tweede deskundige die past bij de vraag van de leerling, zoals een "
              "jeugdarts of maatschappelijk werker. Ieder brengt een eigen schriftelijk advies uit. De "
              "directeur-bestuurder besluit uiterlijk acht weken na ontvangst van de complete aanvraag. Voor "
              "lwoo en pro geldt een termijn van vier weken. De school en de ouders ontvangen het besluit "
              "schriftelijk."),
        ("h2", "5.3 Criteria en geldigheid"),
        ("p", "De criteria aan de hand waarvan het Loket beoordeelt of een leerling toelaatbaar is, zijn "
              "gepubliceerd op www.passendvo-westergo.nl/toelaatbaarheid. Een TLV vso wordt afgegeven voor "
              "één, twee of drie schooljaren en vermeldt de bekostigingscategorie."),
        ("h2", "5.4 Terugplaatsing en overplaatsing"),
        ("p", "Terugplaatsing verdient aandacht. In het schooljaar 2026-2027 stellen we samen met de "
              "vso-besturen een notitie op over terugplaatsing en overplaatsing. Tot die tijd blijft de "
              "bestaande praktijk ongewijzigd."),
        ("h1", "6 Geld en middelen"),
        ("h2", "6.1 Inkomsten"),
        ("p", "Westergo ontvangt jaarlijks circa € 9,4 miljoen aan ondersteuningsmiddelen: € 3,1 miljoen "
              "voor lichte ondersteuning en € 6,3 miljoen voor zware ondersteuning. Via DUO worden de "
              "afdrachten voor het vso en de groeibekostiging rechtstreeks ingehouden (2025: € 3,9 miljoen)."),
        ("h2", "6.2 Verdeling"),
        ("p", "Het samenwerkingsverband werkt met een schoolmodel. De besturen ontvangen de middelen voor "
              "lichte ondersteuning volledig door, verdeeld naar het aantal leerlingen op 1 oktober. Van de "
              "middelen voor zware ondersteuning ontvangt elk bestuur € 95 per leerling voor arrangementen op de "
              "eigen school. Het resterende deel bekostigt het OPDC, de Taalklas en de tijdelijke arrangementen "
              "die het Loket per leerling toekent op basis van een onderbouwde aanvraag (maximaal € 6.000 per "
              "leerling per schooljaar). De algemene vergadering stelt jaarlijks in juni de verdeling vast; de "
              "besturen verantwoorden de besteding in hun jaarverslag aan de hand van een vast format."),
        ("h2", "6.3 Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen", "9.410", "9.330", "9.250", "9.180"],
                   ["Afdrachten vso / groei (DUO)", "3.900", "3.950", "3.980", "4.000"],
                   ["Doorbetaling lichte ondersteuning", "3.100", "3.070", "3.040", "3.010"],
                   ["Schoolbudgetten zware ondersteuning", "780", "770", "760", "750"],
                   ["OPDC en Taalklas", "1.020", "1.040", "1.060", "1.080"],
                   ["Loket en bureau", "610", "620", "630", "640"],
                   ["Resultaat", "0", "-120", "-220", "-300"]]),
        ("p", "Het weerstandsvermogen bedraagt eind 2024 € 1,3 miljoen. De negatieve resultaten in 2026-2028 "
              "zijn bewust begroot om de reserve terug te brengen tot de signaleringswaarde."),
        ("h1", "7 Kwaliteit en opbrengsten"),
        ("p", "Het samenwerkingsverband wil in deze planperiode het volgende bereiken voor leerlingen die "
              "extra ondersteuning nodig hebben: (1) 90 procent van de leerlingen die het OPDC verlaten, stroomt "
              "binnen een jaar uit naar een reguliere klas of vervolgopleiding; (2) het aantal leerlingen met een "
              "vrijstelling van de leerplicht op grond van artikel 5a daalt met een derde ten opzichte van 2024; "
              "(3) ouders waarderen de begeleiding door het Loket gemiddeld met ten minste een 7,5."),
        ("p", "We volgen deze doelen met een monitor die het bureau elk kwartaal bijwerkt op basis van de "
              "gegevens van het Loket, DUO en de leerplichtadministratie. Twee keer per jaar voeren we met elk "
              "bestuur een kwaliteitsgesprek over de cijfers. De bereikte resultaten rapporteren we in het "
              "jaarverslag, dat in juni verschijnt en met de OPR wordt besproken."),
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders zijn onmisbaar. Het samenwerkingsverband informeert ouders via de website, een "
              "ouderfolder die elke school bij de intake meegeeft, en een jaarlijkse informatieavond in "
              "november. De schoolgids van elke school beschrijft de ondersteuning op die school."),
        ("p", "Het ouder- en jeugdsteunpunt, waar ouders met vragen terechtkunnen, richten we in de loop van "
              "2026 in samen met de PO-verbanden in de regio. Zodra bekend is hoe het steunpunt werkt, maken we "
              "dat bekend."),
    ]
    b += governance_block(name) + opr_block(True) + personeel_block() + ict_block()
    b += terugblik_block() + landelijk_block()
    b += kennis_block() + planning_block([2025, 2026, 2027, 2028])
    b += begrippen() + afkortingen()
    return name, b


# ---------------------------------------------------------------------------------------------
# Plan C: VO, .html. Plaatsing only referred to a reglement on the website; financien only a
# reference to a separate Financieel Kader; ouders absent (communicatie only for scholen);
# terugstroom policy present but steps deferred; resultaten monitoring present, doelen absent.
# ---------------------------------------------------------------------------------------------

def plan_c():
    name = "Samenwerkingsverband Voortgezet Onderwijs Kempenland-Noord"
    b = [("title", "Ondersteuningsplan 2026–2030 (webversie)"),
         ("subtitle", f"{name} · VO 30-08"),
         ]
    b += toc(["Voorwoord", "1 Context en kengetallen", "2 Missie, visie en ambities",
              "3 De ondergrens op al onze scholen", "4 Het netwerk van voorzieningen",
              "5 Toewijzing (toelaatbaarheid vso, pro, lwoo)", "6 Terug naar het regulier",
              "7 Financieel kader", "8 Kwaliteitszorg en verantwoording", "9 Communicatie",
              "10 Organisatie", "Begrippenlijst"])
    b += voorwoord(name, "2026–2030") + leeswijzer()
    b += context_block(name, "de Noorderkempen", 5, 12, "7.380", "vo")
    b += visie_block(name, ambitions=False)
    b += [
        ("h1", "3 De ondergrens op al onze scholen"),
        ("p", "De vijf besturen hebben een gezamenlijke ondergrens vastgesteld: wat in dit hoofdstuk staat, "
              "biedt iedere locatie van iedere aangesloten school. Daarmee weet een leerling dat hij, waar hij "
              "zich ook aanmeldt, op hetzelfde minimum kan rekenen."),
        ("table", [["Domein", "Wat iedere locatie biedt"],
                   ["Leren", "Remedial teaching voor taal en rekenen, een dyslexiepas met faciliteiten, "
                    "studievaardigheidstraining in leerjaar 1"],
                   ["Gedrag en welbevinden", "Een vertrouwenspersoon, een anti-pestcoördinator, een "
                    "weerbaarheidstraining, een opvanglokaal met vaste begeleider"],
                   ["Structuur", "Een ondersteuningscoördinator, een zorgadviesteam met jeugdarts en "
                    "schoolmaatschappelijk werk, een OPP voor elke leerling met extra begeleiding"],
                   ["Fysiek en medisch", "Een rolstoeltoegankelijke hoofdingang, een protocol medische "
                    "handelingen, een rustruimte"],
                   ["Talent", "Versnellings- en verrijkingsmogelijkheden voor begaafde leerlingen"]]),
        ("p", "Elke locatie legt jaarlijks in de kwaliteitsdialoog met het samenwerkingsverband vast in hoeverre "
              "zij aan de ondergrens voldoet."),
        ("h1", "4 Het netwerk van voorzieningen"),
        ("p", "Rond de ondergrens ligt een netwerk van voorzieningen dat van licht naar zwaar loopt. Op de "
              "scholen zijn er arrangementen zoals de Steunklas en de Focusgroep voor leerlingen met "
              "autisme. Bovenschools kunnen leerlingen terecht in het Kempencentrum (OPDC) voor een traject "
              "van maximaal een jaar, en in de ISK voor nieuwkomers. Voor leerlingen met een grote "
              "ondersteuningsbehoefte zijn er het vso De Kempenhorst (cluster 4) en De Akker (cluster 3), en "
              "het praktijkonderwijs in Oostmalle-Noord. Voor leerlingen bij wie onderwijs en zorg hand in "
              "hand moeten gaan, bieden vso en jeugdhulp samen een onderwijs-zorgarrangement."),
        ("p", "Elke maand komt de Signaleringstafel bijeen: de consulenten van het samenwerkingsverband, de "
              "leerplichtambtenaren en de jeugdconsulenten van de gemeenten bespreken daar iedere leerling die "
              "niet of maar gedeeltelijk naar school gaat, of voor wie geen passende plek is. Voor elke "
              "leerling wordt een casusregisseur aangewezen en een termijn afgesproken. Wanneer besturen het "
              "na twee bijeenkomsten niet eens worden over de plek, besluit de directeur-bestuurder op grond "
              "van de escalatieregeling welk bestuur de zorgplicht uitvoert. Knelpunten die vaker voorkomen, "
              "zoals het tekort aan plekken voor meisjes met internaliserende problematiek, worden vertaald in "
              "een voorstel voor nieuw aanbod aan de besturen."),
        ("h1", "5 Toewijzing"),
        ("p", "Leerlingen met een TLV krijgen een plek in het vso of praktijkonderwijs. De wijze waarop het "
              "samenwerkingsverband besluit over toelaatbaarheid tot vso en praktijkonderwijs en over lwoo, "
              "is vastgelegd in het Reglement Toewijzing, dat op onze website staat. Wijzigingen in het "
              "reglement worden door de directeur-bestuurder vastgesteld."),
        ("h1", "6 Terug naar het regulier"),
        ("p", "Ons uitgangspunt is dat het vso een tussenstation kan zijn. Iedere leerling van wie het "
              "ontwikkelingsperspectief laat zien dat een diploma in het regulier onderwijs binnen bereik is, "
              "krijgt de kans om terug te keren naar een school in de eigen woonomgeving. Terugkeer gebeurt "
              "alleen als de leerling en beide scholen achter de overstap staan en als de "
              "ontvangende school de ondersteuning uit het OPP kan voortzetten. De leerling houdt het eerste "
              "half jaar na terugkeer een vaste begeleider vanuit het vso, die wekelijks contact heeft met de "
              "mentor; het samenwerkingsverband betaalt deze begeleiding."),
        ("p", "Welke stappen de vso-school, de reguliere school en het samenwerkingsverband daarbij zetten en op "
              "welk moment, leggen we vast in een werkinstructie die in het eerste planjaar verschijnt."),
        ("h1", "7 Financieel kader"),
        ("p", "Alle middelen die het samenwerkingsverband ontvangt, zijn bestemd voor ondersteuning van "
              "leerlingen. Het financieel beleid is beschreven in het Financieel Kader 2026–2030, dat samen met "
              "de begroting door de raad van toezicht wordt goedgekeurd en als afzonderlijk document wordt "
              "gepubliceerd."),
        ("h1", "8 Kwaliteitszorg en verantwoording"),
        ("p", "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Elk voorjaar verzamelen we "
              "de gegevens uit de leerlingregistratie: het aantal arrangementen, het aantal leerlingen in OPDC, "
              "vso en praktijkonderwijs, de verzuim- en thuiszitterscijfers van leerplicht en de uitstroom van "
              "leerlingen met extra ondersteuning. In mei bespreekt de directeur-bestuurder met elke "
              "schoolleider in een kwaliteitsdialoog de ontwikkeling van die cijfers op de eigen school. In "
              "oktober evalueren we in het schoolleidersoverleg welke aanpakken effect hadden. De bereikte "
              "resultaten leggen we vast in het jaarverslag, dat we in juni publiceren en bespreken met de OPR "
              "en de raad van toezicht."),
        ("h1", "9 Communicatie"),
        ("p", "Het samenwerkingsverband informeert de scholen en besturen via een nieuwsbrief, die tien keer "
              "per jaar verschijnt, en via het extranet. Schoolleiders en ondersteuningscoördinatoren krijgen "
              "na elk bestuursbesluit een korte samenvatting. Met de gemeenten delen we elk half jaar een "
              "overzicht van de ontwikkelingen."),
    ]
    b += terugblik_block() + landelijk_block() + lasten_block()
    b += governance_block(name) + opr_block(False) + personeel_block() + ict_block() + bureau_block()
    b += arbeidsmarkt_block() + kennis_block() + planning_block([2026, 2027, 2028, 2029])
    b += begrippen() + afkortingen()
    return name, b


# ---------------------------------------------------------------------------------------------
# Plan D: PO, .docx. Basisondersteuning deferred to landelijke norm (missing); terugstroom only
# procedure (no policy); ouders: steunpunt present, informatie deferred to communicatieplan;
# financien via text + meerjarenbegroting table; resultaten complete; dekkend aanbod complete.
# ---------------------------------------------------------------------------------------------

def plan_d():
    name = "Samenwerkingsverband Passend Primair Onderwijs De Linge"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{name} (PO 25-09)"),
         ]
    b += toc(["Voorwoord", "1 Context en kengetallen", "2 Missie, visie en ambities",
              "3 Basisondersteuning", "4 Het ondersteuningscontinuüm", "5 Toelaatbaarheid sbo en so",
              "6 Einde van de TLV", "7 Financiën", "8 Resultaten en kwaliteitszorg",
              "9 Ouders", "10 Organisatie", "Begrippenlijst"])
    b += voorwoord(name, "2026-2030") + leeswijzer()
    b += context_block(name, "de Linge- en Merwestreek", 9, 58, "13.270", "po")
    b += visie_block(name)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "In de vorige planperiode werkten de scholen met het Referentiekader. Nu de landelijke norm "
              "voor basisondersteuning in voorbereiding is, hebben de besturen besloten geen eigen nieuwe "
              "standaard vast te stellen. Zodra de norm is vastgesteld, leggen we in een aanvulling op dit plan "
              "vast wat de basisondersteuning in ons samenwerkingsverband inhoudt. Tot die tijd verwijzen we "
              "naar de schoolgidsen van de scholen."),
        ("h1", "4 Het ondersteuningscontinuüm"),
        ("p", "Binnen De Linge is de ondersteuning georganiseerd als een doorgaande lijn. Op de eigen school "
              "kan een kind een arrangement krijgen, bijvoorbeeld inzet van een gedragsspecialist of een "
              "leesinterventie, bekostigd uit het schoolbudget. Tussen de scholen zijn er de "
              "Observatiegroep (12 plaatsen, maximaal 16 weken), de Taalschool voor nieuwkomers en twee "
              "plusklassen voor meer- en hoogbegaafde leerlingen. Het speciaal basisonderwijs De Regenboog en "
              "Het Anker en de so-locatie De Schakel (cluster 4) bieden specialistische plekken. Voor kinderen "
              "met een meervoudige beperking werken we samen met een zorgaanbieder aan een "
              "onderwijs-zorgarrangement in Gorinchem."),
        ("p", "Het ondersteuningsteam van elke school kan een consulent van het samenwerkingsverband "
              "inschakelen. De consulenten houden bij welke kinderen geen passende plek vinden en melden elk "
              "kwartaal aan het bestuurdersoverleg welke voorzieningen ontbreken of wachtlijsten hebben. "
              "Kinderen die langer dan vier weken niet naar school gaan, worden binnen twee weken besproken in "
              "het Thuiszittersoverleg met leerplicht en het wijkteam; het schoolbestuur met zorgplicht blijft "
              "verantwoordelijk totdat een andere school het kind heeft ingeschreven. In 2026 en 2027 breiden "
              "we de Observatiegroep uit, omdat daar een wachtlijst van gemiddeld acht kinderen bestaat."),
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("p", "De school waar het kind staat ingeschreven, vraagt namens het bevoegd gezag een TLV aan bij de "
              "Commissie van Toelaatbaarheid (CvT). Bij de aanvraag horen het groeidocument met het OPP, de "
              "evaluatie van de geboden ondersteuning over ten minste twee periodes en het verslag van een "
              "multidisciplinair overleg waaraan de ouders hebben deelgenomen. De CvT besluit binnen zes weken, "
              "na schriftelijk advies van twee deskundigen: een orthopedagoog of psycholoog, en een tweede "
              "deskundige, in de regel een jeugdarts of maatschappelijk werker. De adviseurs zijn niet "
              "betrokken bij de aanvraag."),
        ("table", [["Toelaatbaar tot", "Wanneer"],
                   ["Speciaal basisonderwijs", "De school heeft gedurende ten minste een half jaar een "
                    "arrangement uitgevoerd en geëvalueerd; het kind heeft blijvend behoefte aan een kleine "
                    "groep en een aangepast didactisch programma dat de basisschool ook met extra ondersteuning "
                    "niet kan bieden."],
                   ["So cluster 3", "Er is sprake van een verstandelijke of lichamelijke beperking of langdurige "
                    "ziekte waardoor het kind is aangewezen op specialistische zorg gedurende de hele "
                    "onderwijsdag."],
                   ["So cluster 4", "Ernstige gedrags- of psychiatrische problematiek, waardoor het kind ook met "
                    "inzet van een sbo-plaatsing niet tot leren komt."]]),
        ("p", "De TLV geldt voor sbo tot het einde van de basisschoolperiode en voor so voor twee schooljaren. "
              "Bij so vermeldt de TLV de bekostigingscategorie. Ouders kunnen binnen zes weken bezwaar maken; "
              "het bezwaar gaat naar de Landelijke Bezwaaradviescommissie."),
        ("h1", "6 Einde van de TLV"),
        ("p", "Het sbo of so evalueert het OPP ieder jaar in juni met de ouders. In het laatste jaar van de TLV "
              "nodigt de school voor 1 februari de consulent en de ouders uit voor een eindevaluatie. De school "
              "stelt daarna een advies op: terugplaatsing naar een basisschool, overplaatsing naar een andere "
              "speciale school of een verlengingsaanvraag. Bij een verlengingsaanvraag besluit de CvT volgens de "
              "gewone procedure, uiterlijk 1 mei. Kiest de school voor terugplaatsing, dan meldt zij het kind "
              "voor 1 april aan bij een basisschool en draagt zij het dossier over aan die school."),
        ("h1", "7 Financiën"),
        ("p", "De middelen voor extra ondersteuning worden voor het grootste deel naar de schoolbesturen "
              "doorgezet: elk bestuur ontvangt € 165 per leerling op de teldatum van 1 februari van het "
              "voorgaande jaar. Daarnaast ontvangen besturen met een sbo-school de groeibekostiging volgens de "
              "peildatum 1 februari. De bovenschoolse voorzieningen worden centraal bekostigd. Besturen leggen "
              "in hun jaarverslag verantwoording af over de besteding."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten zware ondersteuning", "10.820", "10.760", "10.690", "10.620"],
                   ["Afdracht so (DUO)", "3.410", "3.440", "3.460", "3.480"],
                   ["Afdracht sbo boven 2%", "1.120", "1.110", "1.100", "1.090"],
                   ["Schoolbudgetten (€ 165 p.l.)", "2.190", "2.170", "2.150", "2.130"],
                   ["Observatiegroep en Taalschool", "1.460", "1.540", "1.560", "1.580"],
                   ["Plusklassen", "310", "315", "320", "325"],
                   ["Consulenten, CvT en bureau", "1.850", "1.870", "1.890", "1.910"],
                   ["Saldo", "480", "315", "210", "105"]]),
        ("h1", "8 Resultaten en kwaliteitszorg"),
        ("p", "Wij willen dat in 2030: (a) geen enkel kind langer dan drie maanden thuiszit; (b) ten minste "
              "80 procent van de kinderen die de Observatiegroep verlaten, binnen een jaar op een passende "
              "school zit; (c) het percentage kinderen in het sbo onder de 2,0 procent blijft; (d) 95 procent "
              "van de TLV-besluiten binnen zes weken is genomen."),
        ("p", "De consulenten registreren elk traject in het leerlingvolgsysteem van het samenwerkingsverband. "
              "Elk half jaar stelt de beleidsmedewerker kwaliteit een rapportage op met de stand van de vier "
              "doelen; die rapportage wordt besproken in het bestuurdersoverleg en met de OPR. In het "
              "jaarverslag leggen we verantwoording af over de bereikte resultaten en de inzet van middelen."),
        ("h1", "9 Ouders"),
        ("p", "Het samenwerkingsverband vindt een goede relatie met ouders belangrijk. Hoe en wanneer we "
              "ouders informeren over de ondersteuningsmogelijkheden, werken we uit in het communicatieplan "
              "dat later in 2026 verschijnt."),
        ("p", "Ouders die vastlopen of het oneens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Lingestreek, dat onafhankelijk werkt en gratis advies en begeleiding biedt. "
              "Daarnaast kunnen zij een onderwijsconsulent inschakelen. Geschillen over toelating en "
              "verwijdering kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
    ]
    b += terugblik_block() + landelijk_block()
    b += governance_block(name, "vereniging") + opr_block(True) + personeel_block() + ict_block() + bureau_block()
    b += kennis_block() + planning_block([2026, 2027, 2028, 2029])
    b += begrippen([["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs."]])
    return name, b


# ---------------------------------------------------------------------------------------------
# Plan E: VO, .pdf, "op hoofdlijnen". Basisondersteuning content but no agreed minimum level;
# plaatsing criteria but procedure deferred; terugstroom only in a table; financien begroting
# but verdeelmodel deferred; dekkend aanbod and resultaten absent; ouders complete.
# ---------------------------------------------------------------------------------------------

def plan_e():
    name = "Samenwerkingsverband VO Drentse Aa en Hunze"
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
         ("subtitle", f"{name} · VO 22-05"),
         ]
    b += toc(["Voorwoord", "1 Context en kengetallen", "2 Missie, visie en ambities",
              "3 Ondersteuning op school", "4 Toelaatbaarheid", "5 Route na de TLV",
              "6 Begroting", "7 Communicatie en informatie", "8 Organisatie",
              "Begrippenlijst (o.a. dekkend aanbod, resultaten)"])
    b += voorwoord(name, "2026-2030") + leeswijzer()
    b += context_block(name, "het noorden van Drenthe", 4, 9, "5.960", "vo")
    b += [
        ("h2", "De aangesloten besturen"),
        ("p", "Het samenwerkingsverband kent vier aangesloten besturen van zeer verschillende omvang. Het "
              "grootste bestuur heeft vijf vestigingen in drie gemeenten; het kleinste bestuur heeft één school "
              "voor praktijkonderwijs. Twee besturen zijn ook actief buiten de regio en zijn daardoor bij meer "
              "dan één samenwerkingsverband aangesloten. Dat vraagt om goede afstemming over afspraken en "
              "planning, omdat de besturen anders met tegenstrijdige eisen te maken krijgen."),
        ("table", [["Bestuur", "Vestigingen", "Leerlingen 1-10-2025"],
                   ["Stichting Openbaar VO Noord-Drenthe", "5", "2.870"],
                   ["Vereniging Christelijk VO Aa en Hunze", "2", "1.640"],
                   ["Stichting Katholiek Onderwijs Assen", "1", "1.230"],
                   ["Stichting Praktijkonderwijs Drenthe", "1", "220"]]),
        ("p", "De besturen werken ook buiten het samenwerkingsverband samen, onder meer in een regionaal "
              "arbeidsmarktplatform, een gezamenlijke inkoop van ICT-diensten en een gemeenschappelijk "
              "opleidingsprogramma voor zij-instromers. Die samenwerking is niet in dit plan beschreven, maar "
              "vergemakkelijkt wel de onderlinge afstemming. Bestuurders kennen elkaar goed en spreken elkaar "
              "ook informeel regelmatig. Dat maakt het mogelijk snel te schakelen als er iets speelt op een "
              "school, bijvoorbeeld bij een plotselinge groei van het aantal leerlingen of bij een "
              "personeelstekort op een vestiging. De schoolleiders van de vestigingen ontmoeten elkaar zes keer "
              "per jaar in het schoolleidersoverleg, waar ook de directeur-bestuurder aanschuift."),
    ]
    b += [
        ("h1", "2 Missie, visie en ambities"),
        ("p", f"{name} wil dat iedere jongere een passende plek in het onderwijs heeft. Dit plan is bewust een "
              "plan op hoofdlijnen: het beschrijft het 'wat', de scholen en besturen bepalen het 'hoe'. We "
              "streven naar eenvoud, zo min mogelijk bureaucratie en vertrouwen in de professional. De "
              "resultaten van het werk op de scholen zijn uiteindelijk wat telt; het samenwerkingsverband "
              "faciliteert."),
        ("p", "Wij zien drie opgaven voor de komende jaren: de krapte op de arbeidsmarkt, de groeiende "
              "vraag naar ondersteuning bij psychische kwetsbaarheid en de noodzaak om administratieve lasten "
              "te verminderen. Op elk van die opgaven zetten we in, in nauw overleg met de besturen. Waar "
              "mogelijk sluiten we aan bij wat scholen al doen en vermijden we nieuwe structuren."),
        ("p", "Wij willen een lerende organisatie zijn. Dat betekent dat we openstaan voor feedback van "
              "scholen, partners en leerlingen en dat we bereid zijn onze werkwijze bij te stellen. De "
              "uitwerking van onze ambities staat in het jaarplan."),
        ("h2", "Totstandkoming van dit plan"),
        ("p", "Dit plan is geschreven door een kleine schrijfgroep van twee schoolleiders, een "
              "ondersteuningscoördinator en de beleidsmedewerker van het bureau. De schrijfgroep heeft tussen "
              "september 2025 en februari 2026 acht keer vergaderd. Tussentijdse versies zijn besproken in het "
              "schoolleidersoverleg, in de algemene vergadering en in twee informele sessies met de "
              "ondersteuningsplanraad. Reacties zijn verwerkt in een reactienota, die bij de stukken voor de "
              "instemmingsvergadering was gevoegd. Een taalredacteur heeft het plan nagelezen op "
              "begrijpelijkheid."),
        ("h1", "3 Ondersteuning op school"),
        ("p", "Tot de basisondersteuning rekenen we in elk geval: mentoraat met een wekelijks "
              "mentoruur, een ondersteuningscoördinator, een dyslexie- en dyscalculieprotocol, een training "
              "sociale vaardigheden, een aanspreekpunt voor leerlingen met een chronische ziekte, een "
              "huiswerkklas en een opvangplek voor leerlingen die tijdelijk niet in de les kunnen zijn."),
        ("p", "Hoe uitgebreid dit aanbod op een vestiging is, verschilt per school en per bestuur. Een voor "
              "alle vestigingen geldende ondergrens hebben de besturen niet afgesproken; of en op welk niveau "
              "dat gebeurt, bezien we in 2027 als de landelijke norm duidelijk is."),
        ("h1", "4 Toelaatbaarheid"),
        ("p", "Een leerling is toelaatbaar tot het vso als uit het ontwikkelingsperspectief blijkt dat hij "
              "langdurig een intensieve, specialistische onderwijsondersteuning nodig heeft die de reguliere "
              "school ook met een arrangement niet kan bieden, en als de school aantoonbaar ten minste twee "
              "periodes van extra ondersteuning heeft uitgevoerd en geëvalueerd. Voor toelaatbaarheid tot "
              "het praktijkonderwijs en voor lwoo gelden de landelijke criteria; het samenwerkingsverband "
              "hanteert geen eigen criteria. Een TLV vso geldt in de regel voor twee schooljaren."),
        ("p", "De aanvraagprocedure wordt in het voorjaar van 2026 herzien. De nieuwe werkwijze publiceren we "
              "in de Handleiding Toewijzing voor scholen."),
        ("h1", "5 Route na de TLV"),
        ("p", "Onderstaande tabel is afgesproken met de twee vso-scholen in de regio."),
        ("table", [["Moment", "Wat gebeurt er", "Wie"],
                   ["Elk jaar (mei)", "Evaluatie OPP met ouders en leerling; vso-school bepaalt of "
                    "terugkeer naar regulier onderwijs haalbaar is", "Vso-school"],
                   ["Laatste TLV-jaar, uiterlijk 15 januari", "Overleg over terugkeer of verlenging met "
                    "consulent samenwerkingsverband", "Vso-school en consulent"],
                   ["Voor 1 maart", "Aanmelding bij reguliere school of aanvraag nieuwe TLV",
                    "Vso-school met ouders"],
                   ["Na terugkeer, 6 maanden", "Terugkeerarrangement: ambulante begeleiding en een "
                    "vast aanspreekpunt, betaald door het samenwerkingsverband", "Vso-school en ontvangende school"],
                   ["Beleid", "Uitgangspunt: zo snel als verantwoord terug naar een reguliere school dicht bij "
                    "huis, alleen als ontvangende school het OPP kan uitvoeren", "Samenwerkingsverband"]]),
        ("h1", "6 Begroting"),
        ("p", "Het huidige verdeelmodel wordt in 2026 herijkt. Tot een nieuw model is vastgesteld, blijven de "
              "afspraken uit het vorige ondersteuningsplan gelden."),
        ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Ondersteuningsbekostiging", "6.840.000", "6.790.000", "6.730.000", "6.680.000"],
                   ["Afdracht vso en pro", "3.020.000", "3.040.000", "3.050.000", "3.060.000"],
                   ["Middelen naar besturen", "2.560.000", "2.520.000", "2.480.000", "2.440.000"],
                   ["Terugkeerarrangementen", "120.000", "130.000", "130.000", "140.000"],
                   ["Consulenten en bureau", "940.000", "950.000", "960.000", "970.000"],
                   ["Saldo", "200.000", "150.000", "110.000", "70.000"]]),
        ("h1", "7 Communicatie en informatie"),
        ("p", "Ouders en leerlingen vinden op www.vo-aaenhunze.nl in gewone taal wat de ondersteuning op "
              "school inhoudt, hoe een arrangement tot stand komt en wat een TLV is. Bij de overstap van groep "
              "8 naar het voortgezet onderwijs ontvangen alle ouders via de basisschool de brochure 'Naar het "
              "vo met extra ondersteuning'. Ieder voorjaar houden we in Assen en Gieten een inloopavond."),
        ("p", "Ouders die een onafhankelijk advies willen of het niet eens zijn met een school, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Drenthe, dat los van de scholen staat. Ook kunnen zij "
              "gratis een onderwijsconsulent inschakelen of een klacht indienen bij de landelijke "
              "klachtencommissie, waarbij alle besturen zijn aangesloten."),
    ]
    b += landelijk_block() + inclusief_block() + leerlingstem_block() + lasten_block()
    b += governance_block(name) + opr_block(True) + personeel_block() + ict_block() + bureau_block()
    b += kennis_block() + planning_block([2026, 2027, 2028, 2029])
    b += begrippen() + afkortingen()
    return name, b


# ---------------------------------------------------------------------------------------------
# F: near-miss. A school's schoolondersteuningsprofiel (VO), same vocabulary, not an SWV plan.
# ---------------------------------------------------------------------------------------------

def doc_f():
    name = "Het Vechtdal Lyceum, locatie Zuid"
    b = [("title", "Schoolondersteuningsprofiel 2025-2026"),
         ("subtitle", f"{name} · onderdeel van de schoolgids"),
         ("h1", "1 Inleiding"),
         ("p", "Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning onze school biedt aan "
               "leerlingen. Onze school is aangesloten bij het samenwerkingsverband voortgezet onderwijs in de "
               "regio. Het samenwerkingsverband stelt het ondersteuningsplan vast; dit profiel beschrijft alleen "
               "hoe onze eigen school de basisondersteuning en extra ondersteuning invult. De "
               "medezeggenschapsraad heeft advies uitgebracht over dit profiel."),
         ("h1", "2 Onze basisondersteuning"),
         ("p", "Op onze school kan iedere leerling rekenen op een mentor, een ondersteuningscoördinator, een "
               "dyslexiepas, faalangstreductietraining en een opvangruimte. In de onderbouw is er elke week een "
               "mentoruur. De school werkt handelingsgericht: we bespreken leerlingen drie keer per jaar in de "
               "leerlingbespreking en stellen zo nodig een ontwikkelingsperspectiefplan op."),
         ("h1", "3 Extra ondersteuning"),
         ("p", "Onze school biedt een Steunklas voor leerlingen met autisme en een lwoo-traject in de "
               "basisberoepsgerichte leerweg. Leerlingen die meer nodig hebben dan wij kunnen bieden, bespreken "
               "we in het ondersteuningsteam. Als het ondersteuningsteam dat nodig vindt, vraagt de school een "
               "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het samenwerkingsverband besluit "
               "daarover volgens zijn eigen procedure."),
         ("h1", "4 Ouders"),
         ("p", "Ouders zijn voor ons partners. Wij informeren ouders via de mentor, de ouderavonden en de "
               "schoolapp. Ouders worden betrokken bij het opstellen van het OPP en tekenen het handelingsdeel. "
               "Met vragen over ondersteuning kunnen ouders terecht bij de ondersteuningscoördinator."),
         ("h1", "5 Middelen"),
         ("p", "De school ontvangt via het bestuur middelen van het samenwerkingsverband. Wij zetten deze in "
               "voor de ondersteuningscoördinator, de Steunklas en de trainingen."),
         ("h1", "6 Grenzen aan onze ondersteuning"),
         ("p", "Onze school heeft grenzen. Wij kunnen geen verpleegkundige zorg bieden en het gebouw is niet "
               "volledig toegankelijk voor rolstoelen. Leerlingen met ernstige gedragsproblemen die de "
               "veiligheid van anderen in gevaar brengen, kunnen wij niet altijd de juiste plek bieden. In zo'n "
               "geval zoeken we met ouders en het samenwerkingsverband naar een passende school."),
         ("h1", "7 Ambities"),
         ("p", "In de komende twee jaar willen we meer docenten scholen in het omgaan met executieve "
               "functies en willen we een plusprogramma voor begaafde leerlingen opzetten. De resultaten "
               "bespreken we met de medezeggenschapsraad."),
         ]
    # padding: realistic school filler
    b += [("h1", "8 Onze school in het kort"),
          ("p", "Het Vechtdal Lyceum, locatie Zuid, telt ongeveer 1.150 leerlingen in vmbo-tl, havo en vwo. "
                "De school staat in een groene wijk aan de rand van de stad en heeft een eigen sporthal, een "
                "technieklokaal en een mediatheek. Wij vinden een veilige, rustige school belangrijk; daarom "
                "hebben we een mobielvrij beleid in de lessen en een actieve leerlingenraad."),
          ("p", "Onze docenten werken in teams per leerjaar. Elk team heeft een teamleider en een zorgcoördinator "
                "die nauw samenwerken met de ondersteuningscoördinator. De school werkt samen met de "
                "jeugdarts van de GGD, het schoolmaatschappelijk werk en de leerplichtambtenaar.")]
    return name, b


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

def status(crit, el):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    return vals


LABELS = {
    "a": dict(
        documents=["vo-lingewaard-betuwe-2026.docx"], sector="vo",
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 'Wat iedere vestiging waarmaakt': ondergrens for all 19 vestigingen plus "
                                  "bullet list of provisions; audit every two years.",
            "plaatsing": "Ch. 4 'Toewijzing en toelaatbaarheid': Loket, steps/termijnen (4.2), vso criteria (4.3), "
                         "lwoo/pro (4.4), duur and LBT bezwaar (4.5).",
            "terugstroom": "Hidden in 4.6 'Na afloop van de TLV' inside the TLV chapter: policy (temporary vso, "
                           "terugkeerarrangement) and steps (February overgangsoverleg, 1 April aanmelding).",
            "financien": "Ch. 7 'Geld en middelen': verdeling addressed (EUR 182 p.l., vaste voet); meerjarenbegroting "
                         "deferred until after jaarrekening 2025 and table contains only p.m.",
            "dekkend-aanbod": "Ch. 5 'Het regionale aanbod': layers 1-4 and yearly gap analysis/thuiszittersoverleg.",
            "resultaten": "Ch. 8: measurable beoogde resultaten; monitoring deferred to a kwaliteitskader in year 1.",
            "ouders": "In ch. 6 'Communicatie': ouderpagina, folder, informatieavonden; OJSP Betuwe, "
                      "onderwijsconsulenten, klachtenregeling."}),
    "b": dict(
        documents=["vo-westergo-2025.pdf"], sector="vo",
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 defines the shared minimum level; the standards themselves are only in "
                                  "'bijlage 2 Kaart Basisondersteuning', which is not part of the input.",
            "plaatsing": "Ch. 5.1-5.2 give procedure, deskundigen and termijnen; criteria (5.3) only referred to a "
                         "web page.",
            "terugstroom": "Only TOC entry, glossary and heading 5.4 whose text defers a notitie to 2026-2027.",
            "financien": "Ch. 6 'Geld en middelen': schoolmodel with EUR 95 p.l. and Loket arrangements, "
                         "meerjarenbegroting table, weerstandsvermogen.",
            "dekkend-aanbod": "Ch. 4 describes the continuum; the gap analysis is deferred to jaarplan 2026.",
            "resultaten": "Ch. 7 'Kwaliteit en opbrengsten': three numeric goals, quarterly monitor, jaarverslag.",
            "ouders": "Ch. 8: website/folder/informatieavond; OJSP only announced for 'de loop van 2026'."}),
    "c": dict(
        documents=["vo-kempenland-noord-2026.html"], sector="vo",
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "Ch. 3 'De ondergrens op al onze scholen': shared minimum plus table per domain.",
            "plaatsing": "Ch. 5 only refers to a 'Reglement Toewijzing' on the website; nothing on procedure or criteria.",
            "terugstroom": "Ch. 6 'Terug naar het regulier' states policy/conditions/support after return; steps "
                           "deferred to a werkinstructie.",
            "financien": "Ch. 7 only refers to a separate 'Financieel Kader 2026-2030'; no verdeling or amounts.",
            "dekkend-aanbod": "Ch. 4: continuum from Steunklas to vso/OZA and the monthly Signaleringstafel with "
                              "escalation and zorgplicht.",
            "resultaten": "Ch. 8 'Kwaliteitszorg en verantwoording' describes data collection, dialogues and "
                          "jaarverslag, but no intended results.",
            "ouders": "Ch. 9 'Communicatie' addresses only scholen/besturen/gemeenten; OPR composition without "
                      "parents; only passing mentions of ouders."}),
    "d": dict(
        documents=["po-de-linge-2026.docx"], sector="po",
        criteria={
            "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 has the heading but only defers to the landelijke norm and refers to "
                                  "schoolgidsen; otherwise only TOC and glossary.",
            "plaatsing": "Ch. 5: CvT procedure, two deskundigen, criteria per sbo/so cluster in a table, duur, LBT.",
            "terugstroom": "Ch. 6 'Einde van de TLV' gives steps and dates only; no aims, conditions or support "
                           "after return.",
            "financien": "Ch. 7: EUR 165 p.l. distribution in text, spending with amounts only in the "
                         "meerjarenbegroting table.",
            "dekkend-aanbod": "Ch. 4 'Het ondersteuningscontinuüm': provisions plus quarterly gap reporting and "
                              "thuiszittersoverleg.",
            "resultaten": "Ch. 8: four 2030 targets, half-yearly rapportage, jaarverslag.",
            "ouders": "Ch. 9: informing parents deferred to a future communicatieplan; OJSP Lingestreek and "
                      "onderwijsconsulenten addressed."}),
    "e": dict(
        documents=["vo-drentse-aa-hunze-2026.pdf"], sector="vo",
        criteria={
            "basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["duur-categorie"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 lists content, but explicitly says no shared ondergrens for all "
                                  "vestigingen has been agreed (decision in 2027).",
            "plaatsing": "Ch. 4 gives vso criteria and national pro/lwoo criteria; the aanvraagprocedure is "
                         "deferred to a future Handleiding Toewijzing.",
            "terugstroom": "Only in the table of ch. 5 'Route na de TLV': moments, actors, terugkeerarrangement, "
                           "policy row.",
            "financien": "Ch. 6 'Begroting': multi-year table with amounts; verdeelmodel 'wordt herijkt' and refers "
                         "to the previous plan.",
            "dekkend-aanbod": "Absent; only the glossary/TOC mention 'dekkend aanbod'.",
            "resultaten": "Absent; 'resultaten' only in passing in visie and TOC.",
            "ouders": "Ch. 7 'Communicatie en informatie': website, brochure, inloopavond; OJSP Drenthe, "
                      "onderwijsconsulent, klachtencommissie."}),
}


def element_status(crit, el):
    vals = status(crit, el)
    return vals


def build_label(key):
    L = LABELS[key]
    crit = L["criteria"]
    assert list(crit) == CORE
    elements = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
               "resultaten", "ouders"]:
        vals = [crit[f"{el}.{c}"] for c in [k.split(".")[1] for k in CORE if k.startswith(el + ".")]]
        adv = L["advisory"].get(el, [])
        if all(vals):
            elements[el] = "present"
        elif any(vals) or adv:
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return {
        "documents": L["documents"], "sector": L["sector"], "looks_like_plan": True,
        "elements": elements, "criteria": crit,
        "advisory_addressed": {k: v for k, v in L["advisory"].items() if v},
        "notes": L["notes"],
    }


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def to_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    doc.core_properties.author = "holdout273"
    doc.core_properties.title = header_text
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = "Ondersteuningsplan · basisondersteuning · toelaatbaarheid · " \
                                                 "terugplaatsing · financiën · ouders"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            p = doc.add_paragraph(val)
            p.runs[0].font.size = Pt(13)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in val:
                doc.add_paragraph(e)
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
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
    doc.save(str(path))
    # rewrite the zip with fixed timestamps so that repeated runs give identical bytes
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zout.writestr(zipfile.ZipInfo(fname, date_time=(2026, 3, 1, 12, 0, 0)), data,
                          compress_type=zipfile.ZIP_DEFLATED)


def to_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           '<header><nav>Home · Over ons · Ondersteuningsplan · Ouders · Scholen · Contact</nav></header>',
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{e(x.strip())}</li>" for x in val]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", "<footer>© Samenwerkingsverband · Privacy · Cookies · Ondersteuningsplan (pdf)</footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout273_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(re.findall(r"\w+", val))
        else:
            for x in val:
                n += len(re.findall(r"\w+", " ".join(x) if isinstance(x, list) else x))
    return n


def write_yaml(path, data):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def main():
    plans = {"a": plan_a, "b": plan_b, "c": plan_c, "d": plan_d, "e": plan_e}
    for key, fn in plans.items():
        name, blocks = fn()
        label = build_label(key)
        doc_name = label["documents"][0]
        target = OUT / doc_name
        header = f"{name} · Ondersteuningsplan"
        if doc_name.endswith(".docx"):
            to_docx(blocks, target, header)
        elif doc_name.endswith(".pdf"):
            docx_to_pdf(blocks, target, header)
        else:
            to_html(blocks, target, f"Ondersteuningsplan – {name}")
        write_yaml(OUT / (Path(doc_name).stem + ".expected.yaml"), label)
        print(f"{doc_name}: {words(blocks)} words, {label['elements']}")
    name, blocks = doc_f()
    fname = "vo-vechtdal-lyceum-sop-2025.docx"
    to_docx(blocks, OUT / fname, f"{name} · Schoolondersteuningsprofiel")
    write_yaml(OUT / "vo-vechtdal-lyceum-sop-2025.expected.yaml", {
        "documents": [fname], "sector": "vo", "looks_like_plan": False, "elements": {}, "criteria": {},
        "notes": {"document": "School-level schoolondersteuningsprofiel of one VO school (part of the schoolgids): "
                              "describes its own basis/extra ondersteuning and refers to the samenwerkingsverband's "
                              "plan; no SWV plan markers (planperiode, OPR consent, OOGO, verdeelmodel, TLV procedure)."}})
    print(f"{fname}: {words(blocks)} words (near-miss)")


if __name__ == "__main__":
    main()
