#!/usr/bin/env python3
"""Build the holdout75 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).

All organisations, people, places and figures in these documents are fictional.
"""
import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from html import escape
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2025, 4, 1, 9, 0, 0)

# ---------------------------------------------------------------- content helpers
CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def H0(s): return ("title", s)
def H1(s): return ("h1", s)
def H2(s): return ("h2", s)
def H3(s): return ("h3", s)
def P(s): return ("p", s)
def SMALL(s): return ("small", s)
def Q(s): return ("q", s)
def UL(*items): return ("ul", list(items))
def OL(*items): return ("ol", list(items))
def TABLE(*rows): return ("table", [list(r) for r in rows])
def TOC(*lines): return ("toc", list(lines))
PB = ("pagebreak", None)


def _status(vals):
    if all(vals):
        return "present"
    return "partial" if any(vals) else None


def make_label(documents, sector, crit_true, advisory, notes):
    """crit_true: set of 'element.criterion' that are addressed. Status follows Part A strictly."""
    elems = {}
    for e in ELEMENTS:
        vals = [f"{e}.{c}" in crit_true for (ee, c) in CORE if ee == e]
        st = _status(vals)
        if st is None:
            st = "partial" if advisory.get(e) else "missing"
        elems[e] = st
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elems[e]}" for e in ELEMENTS) + "}", "criteria:"]
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if f'{e}.{c}' in crit_true else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: \"{notes[e]}\"")
    return "\n".join(lines) + "\n"


def make_nonplan_label(documents, sector, why):
    return (f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\n"
            "elements: {}\ncriteria: {}\nadvisory_addressed: {}\nnotes:\n"
            f"  document: \"{why}\"\n")
# ================================================================ PLAN A
# PO, small verband, .docx; summary at the front, numbered paragraphs (4.1.1).
A_NAME = "Samenwerkingsverband Passend Primair Onderwijs De Vlietlanden"
A_BLOCKS = [
    H0("Ondersteuningsplan 2025–2029"),
    P(A_NAME),
    P("Registratienummer PO 28-14"),
    P("Planperiode: 1 augustus 2025 tot en met 31 juli 2029"),
    P("Vastgesteld door het algemeen bestuur op 17 april 2025, na instemming van de ondersteuningsplanraad op 10 april 2025 en na op overeenstemming gericht overleg met de gemeenten Vlietdam, Oudekerk en Zandwijk op 25 maart 2025."),
    PB,
    H1("Inhoud"),
    TOC(
        "Samenvatting ........................................................ 3",
        "1 Inleiding ........................................................... 5",
        "   1.1 Voorwoord ..................................................... 5",
        "   1.2 Wettelijk kader en opbouw van dit plan ........................ 6",
        "2 Ons verband in cijfers .............................................. 7",
        "3 Missie, visie en ambities ........................................... 8",
        "4 Ondersteuning in de school .......................................... 10",
        "   4.1 Basisondersteuning ............................................ 10",
        "      4.1.1 Het niveau van basisondersteuning ........................ 10",
        "      4.1.2 Wat elke school biedt .................................... 11",
        "      4.1.3 Borging van de basisondersteuning ........................ 12",
        "   4.2 Extra ondersteuning en arrangementen .......................... 13",
        "   4.3 Het ondersteuningscontinuüm ................................... 14",
        "5 Toelaatbaarheid tot sbo en so ....................................... 16",
        "   5.1 Procedure ..................................................... 16",
        "   5.2 Criteria ...................................................... 17",
        "   5.3 Deskundigenadvies, geldigheidsduur en bekostigingscategorie ... 18",
        "   5.4 Bezwaar ....................................................... 18",
        "   5.5 Terugplaatsing naar het basisonderwijs ........................ 19",
        "6 Thuiszitters en dekkend netwerk ..................................... 20",
        "7 Communicatie ........................................................ 21",
        "8 Samenwerking met gemeenten en jeugdhulp (OOGO) ...................... 23",
        "9 Kwaliteitszorg en resultaten ........................................ 24",
        "10 Financiën: verdeling van middelen en meerjarenbegroting ............ 25",
        "11 Organisatie en governance .......................................... 26",
        "12 Personeel, privacy en ICT .......................................... 27",
        "13 Planning 2025–2029 ................................................. 28",
        "Bijlage 1 Begrippenlijst ............................................. 29",
        "Bijlage 2 Meerjarenbegroting 2025–2029 ............................... 31",
    ),
    PB,
    H1("Samenvatting"),
    P("Voor u ligt het ondersteuningsplan 2025–2029 van De Vlietlanden. Het plan beschrijft hoe de zes schoolbesturen in ons verband samen zorgen voor passend onderwijs voor ruim 5.900 leerlingen op 31 basisscholen, één school voor speciaal basisonderwijs (De Brug) en één so-locatie voor cluster 4 (De Kreek). Wij zijn een klein verband: korte lijnen, een bureau van zes mensen en schooldirecteuren die elkaar kennen. Dat is een kracht, maar het betekent ook dat we keuzes moeten maken. In deze samenvatting zetten we de belangrijkste keuzes op een rij; in de hoofdstukken leest u de uitwerking."),
    UL(
        "Basisondersteuning. Alle scholen bieden hetzelfde, in 2024 herijkte niveau van basisondersteuning. Wat dat betekent, leest u in paragraaf 4.1.",
        "Extra ondersteuning. Wat een school niet zelf kan bieden, organiseren we samen in arrangementen en in bovenschoolse voorzieningen zoals de Taalklas en de Plusklas (paragraaf 4.2 en 4.3).",
        "Toelaatbaarheid. De Commissie Toelaatbaarheid (CvT) neemt besluiten over toelaatbaarheidsverklaringen voor sbo en so. Procedure, criteria en de manier waarop u bezwaar maakt staan in hoofdstuk 5.",
        "Terugplaatsing. We willen dat meer kinderen na een periode in sbo of so weer naar een basisschool dicht bij huis gaan (paragraaf 5.5).",
        "Thuiszitters. Geen kind hoort thuis te zitten. In hoofdstuk 6 leest u hoe we hier de komende jaren mee aan de slag gaan.",
        "Ouders. We informeren ouders via de school, onze website en ouderavonden en we wijzen ouders de weg naar onafhankelijke hulp (hoofdstuk 7).",
        "Resultaten en geld. De ambities voor deze planperiode en de bijbehorende meerjarenbegroting worden na de evaluatie van het verdeelmodel, in het voorjaar van 2026, als addendum aan dit plan toegevoegd (hoofdstuk 9 en 10).",
    ),
    P("Het plan is tot stand gekomen in een jaar van gesprekken: met directeuren en intern begeleiders, met de ondersteuningsplanraad, met de wethouders en beleidsmedewerkers van de drie gemeenten, met het samenwerkingsverband VO Vlietstreek en met ouders tijdens twee ouderavonden. Wij danken iedereen die heeft meegedacht."),
    PB,
    H1("1 Inleiding"),
    H2("1.1 Voorwoord"),
    P("Tien jaar na de invoering van de Wet passend onderwijs kijken we met gemengde gevoelens terug. Er is veel bereikt: scholen werken handelingsgericht, intern begeleiders zijn sterker geworden in het analyseren van ondersteuningsbehoeften en de samenwerking met jeugdhulp is op veel plekken vanzelfsprekend geworden. Tegelijkertijd zien we dat de druk op leerkrachten groot is, dat het lerarentekort ook onze regio raakt en dat er kinderen zijn voor wie we nog geen passende plek hebben. Dit ondersteuningsplan is daarom geen revolutie, maar een bijstelling: we houden vast wat werkt en we maken afspraken over wat beter moet."),
    P("Het plan is geschreven voor iedereen die betrokken is bij passend onderwijs in De Vlietlanden: schoolbesturen en directeuren, leerkrachten en intern begeleiders, ouders, gemeenten en ketenpartners. We hebben geprobeerd het plan leesbaar te houden. Waar we wettelijke begrippen gebruiken, vindt u een uitleg in de begrippenlijst in bijlage 1. Waar afspraken nog niet af zijn, zeggen we dat eerlijk en geven we aan wanneer ze wel klaar zijn."),
    P("Een ondersteuningsplan is geen document voor de kast. Het is de basis voor de jaarplannen van het samenwerkingsverband, voor de schoolondersteuningsprofielen van de scholen en voor de gesprekken met de gemeenten. Wij nodigen iedereen uit om ons aan te spreken op wat hierin staat."),
    P("Namens het bestuur en het bureau van De Vlietlanden,"),
    P("Marloes van Beek, directeur-bestuurder"),
    H2("1.2 Wettelijk kader en opbouw van dit plan"),
    P("Artikel 18a van de Wet op het primair onderwijs schrijft voor dat een samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Het plan moet in elk geval beschrijven: hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen realiseert, inclusief de basisondersteuning op alle vestigingen; de procedure en criteria voor de verdeling, besteding en toewijzing van middelen, mede in het perspectief van een meerjarenbegroting; de procedure en criteria voor de plaatsing van leerlingen in het sbo en so; de procedure en het beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden. Daarnaast bevat het plan de regels voor de overdracht van bekostiging bij groei van sbo en so."),
    P("De hoofdstukken van dit plan volgen niet precies deze volgorde. We zijn begonnen bij het kind en de school (hoofdstuk 4), gaan dan naar de route naar het speciaal (basis)onderwijs en terug (hoofdstuk 5) en eindigen met de organisatie en het geld. In de planning (hoofdstuk 13) staat wat we wanneer doen."),
    H1("2 Ons verband in cijfers"),
    P("De Vlietlanden omvat het grondgebied van de gemeenten Vlietdam, Oudekerk en Zandwijk. Het is een gebied met een middelgrote kern en een groot aantal dorpen. Scholen in de dorpen zijn vaak klein; acht scholen hebben minder dan honderd leerlingen. Het leerlingaantal daalt licht: de prognose van de gemeenten laat tot 2029 een daling van ongeveer vier procent zien, vooral in de kleine kernen."),
    TABLE(
        ("Schoolbestuur", "Aantal scholen", "Leerlingen 1-10-2024"),
        ("Stichting Openbaar Onderwijs Vlietdam", "9", "1.812"),
        ("Stichting Katholiek Onderwijs Oudekerk", "8", "1.455"),
        ("Vereniging Christelijk Onderwijs Zandwijk", "7", "1.290"),
        ("Stichting Kindcentra Vliet", "5", "1.004"),
        ("Stichting De Brug (sbo)", "1", "142"),
        ("Stichting Kreek en Duin (so cluster 4, locatie De Kreek)", "1", "96"),
        ("Vrije school De Wilg (eenpitter)", "1", "221"),
        ("Totaal", "32 (31 bao, 1 sbo) + so-locatie", "6.020"),
    ),
    P("Naast deze scholen maken leerlingen uit onze regio gebruik van so-scholen buiten het verband, vooral voor cluster 3. De samenwerking met die scholen verloopt via bilaterale afspraken."),
    H1("3 Missie, visie en ambities"),
    P("Onze missie is kort: ieder kind in De Vlietlanden krijgt onderwijs dat past, zo dicht mogelijk bij huis. Wij geloven dat kinderen het meest leren in een omgeving waar zij zich veilig en gezien voelen, samen met leeftijdgenoten uit hun eigen buurt of dorp. Speciaal onderwijs is waardevol, maar het is een middel en geen eindpunt."),
    P("Onze visie rust op vier pijlers. De eerste is nabijheid: ondersteuning komt naar het kind toe in plaats van dat het kind naar de ondersteuning gaat. De tweede is vakmanschap: leerkrachten en intern begeleiders krijgen de ruimte en de scholing om hun werk goed te doen. De derde is samenwerking: scholen, ouders, gemeenten en zorgaanbieders werken samen rond het kind, met één plan. De vierde is eenvoud: we houden procedures zo licht mogelijk en we vragen alleen informatie die we echt nodig hebben."),
    P("Uit deze pijlers volgen onze ambities voor de komende vier jaar. We willen dat elke school de afgesproken basisondersteuning volledig op orde heeft, dat leerkrachten zich gesteund voelen bij de begeleiding van kinderen met een ondersteuningsbehoefte, dat ouders weten waar ze terechtkunnen en dat het aantal kinderen zonder passende plek afneemt. We zijn resultaatgericht, maar we realiseren ons dat niet alles in cijfers te vangen is. Een kind dat weer met plezier naar school gaat, is ook een resultaat."),
    P("We kijken daarbij nadrukkelijk naar de verbinding met de voorschoolse periode en met het voortgezet onderwijs. Met de kinderopvang en de peuterspeelzalen zijn afspraken gemaakt over een warme overdracht; met het samenwerkingsverband VO Vlietstreek werken we aan een doorgaande lijn bij de overstap naar de brugklas. Die doorgaande lijn vraagt om vroegtijdige gesprekken met ouders en om een zorgvuldig onderwijskundig rapport."),
    H1("4 Ondersteuning in de school"),
    H2("4.1 Basisondersteuning"),
    H3("4.1.1 Het niveau van basisondersteuning"),
    P("Basisondersteuning is in De Vlietlanden het door alle schoolbesturen afgesproken niveau van ondersteuning dat iedere school, op iedere vestiging, aan alle leerlingen biedt. Het is het minimum: een school mag meer doen, maar niet minder. Voor basisondersteuning hoeft een school geen aanvraag bij het samenwerkingsverband te doen en ouders hoeven er niet om te vragen. De school betaalt de basisondersteuning uit haar eigen middelen, aangevuld met het deel van de ondersteuningsmiddelen dat de besturen daarvoor ontvangen."),
    P("Het niveau is in 2024 herijkt door een werkgroep van intern begeleiders, directeuren en een ouderlid van de OPR, en op 12 november 2024 door het algemeen bestuur vastgesteld. Het geldt voor alle 31 basisscholen. Voor de sbo-school en de so-locatie gelden eigen afspraken, omdat daar per definitie meer ondersteuning wordt geboden. Het niveau is bewust niet vrijblijvend geformuleerd: elke standaard beschrijft wat een ouder in de praktijk mag zien."),
    H3("4.1.2 Wat elke school biedt"),
    P("De basisondersteuning bestaat uit twaalf standaarden. Iedere basisschool in De Vlietlanden voldoet aan al deze standaarden:"),
    OL(
        "Elke school heeft een intern begeleider met een afgeronde opleiding, beschikbaar voor ten minste één dag per week per 200 leerlingen.",
        "Elke school werkt handelingsgericht: twee keer per jaar worden alle groepen besproken en per kind met een specifieke onderwijsbehoefte is een plan met doelen beschikbaar.",
        "Elke school heeft een ondersteuningsteam dat ten minste zes keer per jaar bij elkaar komt, met de intern begeleider, de ondersteuningsconsulent van het samenwerkingsverband en, waar nodig, de schoolmaatschappelijk werker en de jeugdverpleegkundige.",
        "Elke school werkt met het Protocol Leesproblemen en Dyslexie en biedt kinderen met ernstige leesproblemen extra leestijd en begeleiding in de groep.",
        "Elke school werkt met een protocol voor ernstige rekenproblemen en dyscalculie.",
        "Elke school heeft een aanbod voor kinderen die meer aankunnen: verrijking in de groep en een compacte leerlijn voor rekenen en taal.",
        "Elke school heeft een methode voor sociaal-emotionele ontwikkeling en een gedragsprotocol met afspraken over time-out binnen de school.",
        "Elke school heeft een veiligheidsplan en een aandachtsfunctionaris kindermishandeling en werkt met de meldcode.",
        "Elke school kan eenvoudige medische handelingen verrichten volgens het protocol medisch handelen en heeft afspraken over medicijngebruik.",
        "Elke school biedt nieuwkomers die Nederlands leren een NT2-aanbod in de groep, met ondersteuning van de Taalklas (zie 4.3).",
        "Elke school betrekt ouders bij de bespreking van hun kind vanaf het moment dat er zorgen zijn, en stelt een ontwikkelingsperspectief op samen met de ouders wanneer een kind op een eigen leerlijn komt.",
        "Elke school beschrijft de basisondersteuning en haar extra mogelijkheden in de schoolgids en het schoolondersteuningsprofiel.",
    ),
    H3("4.1.3 Borging van de basisondersteuning"),
    P("De ondersteuningsconsulent van het samenwerkingsverband bezoekt elke school ten minste één keer per jaar voor een gesprek over de twaalf standaarden. Daarbij gebruiken we de kwaliteitskaart basisondersteuning, waarop de school zelf aangeeft in hoeverre zij aan elke standaard voldoet. De consulent toetst die zelfevaluatie aan wat hij of zij in de school ziet. Voldoet een school op een of meer standaarden niet, dan maakt de directeur binnen drie maanden een verbeterplan dat met het eigen bestuur wordt besproken. Het bureau rapporteert twee keer per jaar aan het algemeen bestuur welke scholen een verbeterplan hebben en hoe het daarmee staat."),
    H2("4.2 Extra ondersteuning en arrangementen"),
    P("Soms heeft een kind meer nodig dan de basisondersteuning. De school bespreekt dat dan eerst in het ondersteuningsteam, samen met de ouders. Daar wordt vastgesteld wat het kind nodig heeft en of de school dat met inzet van eigen middelen kan bieden. Is dat niet zo, dan kan de school een arrangement aanvragen. Een arrangement is een afgebakende vorm van extra ondersteuning, voor een bepaalde periode en met duidelijke doelen, die wordt uitgevoerd in de eigen school of in een bovenschoolse voorziening."),
    P("We onderscheiden arrangementen op maat (bijvoorbeeld extra begeleiding door een specialist van De Brug of De Kreek in de eigen groep, of een onderwijsassistent voor een deel van de week) en groepsarrangementen in een van onze bovenschoolse voorzieningen. De ondersteuningsconsulent adviseert over het arrangement; het bureau kent het arrangement toe. Elk arrangement wordt na uiterlijk een half jaar geëvalueerd met school en ouders."),
    H2("4.3 Het ondersteuningscontinuüm"),
    P("De voorzieningen in ons verband vormen samen één continuüm, van lichte ondersteuning in de groep tot het speciaal onderwijs. Het schema hieronder laat zien hoe de niveaus op elkaar aansluiten."),
    TABLE(
        ("Niveau", "Wat", "Waar", "Wie beslist"),
        ("1 Basisondersteuning", "De twaalf standaarden van 4.1.2", "Elke basisschool", "School"),
        ("2 Extra ondersteuning in de school", "Arrangement op maat, ambulante inzet specialist", "Eigen school", "Bureau SWV op advies consulent"),
        ("3 Bovenschoolse voorziening", "Taalklas (nieuwkomers, max. 1 jaar), Plusklas Vliegwerk (1 dagdeel/week), Observatiegroep De Kreek (max. 12 weken)", "Vlietdam en Oudekerk", "Bureau SWV"),
        ("4 Speciaal basisonderwijs", "Kleine groepen, meer handen in de klas", "De Brug, Vlietdam", "CvT (toelaatbaarheidsverklaring)"),
        ("5 Speciaal onderwijs", "Cluster 4: De Kreek; cluster 3: so-scholen buiten de regio", "Zandwijk en buiten de regio", "CvT (toelaatbaarheidsverklaring)"),
    ),
    P("De Taalklas ontvangt nieuwkomers die nog geen Nederlands spreken, gedurende maximaal een jaar, waarna zij instromen op een school in hun eigen woonplaats. De Plusklas Vliegwerk is bedoeld voor kinderen die meer- of hoogbegaafd zijn en die in de eigen groep onvoldoende uitdaging vinden. De Observatiegroep van De Kreek biedt een tijdelijke plek aan kinderen bij wie nog niet duidelijk is wat zij nodig hebben; na maximaal twaalf weken volgt een advies. Tussen de niveaus zijn de overgangen zo soepel mogelijk: een kind kan van niveau 3 terug naar niveau 2, en specialisten van sbo en so werken ook in de reguliere scholen."),
    H1("5 Toelaatbaarheid tot sbo en so"),
    H2("5.1 Procedure"),
    P("Een kind kan alleen worden ingeschreven op De Brug of op een so-school als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De procedure verloopt in vijf stappen."),
    OL(
        "Het schoolbestuur van de school waar het kind staat ingeschreven, of bij een nieuwe leerling de school waar het kind is aangemeld, dient de aanvraag in via het digitale loket van het samenwerkingsverband. De intern begeleider stelt het dossier samen.",
        "Het dossier bevat ten minste het groeidocument of ontwikkelingsperspectief, het onderwijskundig rapport, een verslag van het laatste overleg in het ondersteuningsteam en de zienswijze van de ouders. Ouders ondertekenen de aanvraag of geven schriftelijk aan waarom zij dat niet doen.",
        "Het bureau controleert binnen vijf werkdagen of het dossier compleet is. Is dat niet zo, dan krijgt de school twee weken om het aan te vullen.",
        "Twee deskundigen geven ieder een eigen schriftelijk advies (zie 5.3).",
        "De Commissie Toelaatbaarheid (CvT) neemt binnen zes weken na ontvangst van het complete dossier een besluit namens het bestuur. Het besluit wordt schriftelijk aan de ouders en aan de aanvragende school gestuurd, met een afschrift van de deskundigenadviezen.",
    ),
    P("In spoedsituaties, bijvoorbeeld bij een acute medische situatie of een crisis in het gezin, kan de voorzitter van de CvT binnen vijf werkdagen een tijdelijke TLV afgeven voor maximaal drie maanden. In die periode wordt de gewone procedure alsnog doorlopen."),
    H2("5.2 Criteria"),
    P("De CvT verklaart een leerling toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende voorwaarden is voldaan: (a) de school heeft ten minste een half jaar een arrangement geboden en dat arrangement is aantoonbaar geëvalueerd; (b) de leerling heeft een ontwikkelingsperspectief met een uitstroombestemming die in de reguliere school ook met extra ondersteuning niet haalbaar is; en (c) de ondersteuningsbehoefte vraagt om een kleinere groep en een intensievere begeleiding dan een basisschool in ons verband kan organiseren."),
    P("Voor toelaatbaarheid tot het speciaal onderwijs (cluster 3 of 4) geldt daarnaast dat (d) de ondersteuningsbehoefte samenhangt met een ernstige en langdurige beperking, stoornis of gedragsproblematiek die met onderzoek is onderbouwd, en (e) onderwijs en zorg zo met elkaar verweven moeten zijn dat dit alleen in een so-setting kan. Voor cluster 3 gaat het om kinderen met een verstandelijke, lichamelijke of langdurig medische beperking; voor cluster 4 om kinderen met ernstige gedrags- of psychiatrische problematiek."),
    H2("5.3 Deskundigenadvies, geldigheidsduur en bekostigingscategorie"),
    P("Bij iedere aanvraag adviseren twee deskundigen. De eerste is altijd een orthopedagoog of psycholoog; de tweede wordt gekozen naar gelang de vraag van het kind, bijvoorbeeld een kinderpsychiater, een maatschappelijk werker of een arts. De deskundigen zijn niet betrokken geweest bij de aanvraag en geven ieder een eigen, ondertekend advies."),
    P("Een TLV voor het sbo geldt in de regel twee schooljaren, een TLV voor het so één of twee schooljaren. Wordt de TLV in de loop van een schooljaar afgegeven, dan loopt zij tot het einde van het volgende schooljaar. Bij een TLV voor het so bepaalt de CvT ook de bekostigingscategorie: laag, midden of hoog. Categorie midden en hoog worden alleen afgegeven bij lichamelijke beperkingen of meervoudige beperkingen waarvoor de so-school een aanvullend onderbouwd advies heeft gegeven."),
    H2("5.4 Bezwaar"),
    P("Ouders en het schoolbestuur die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarbij ons verband is aangesloten, en beslist daarna opnieuw. Tegen die beslissing staat beroep open bij de rechtbank."),
    H2("5.5 Terugplaatsing naar het basisonderwijs"),
    P("Plaatsing in sbo of so is voor ons geen eindstation. Ons uitgangspunt is dat ieder kind, zodra dat verantwoord is, terugkeert naar een reguliere basisschool, bij voorkeur in de eigen woonplaats. Terugplaatsing is een gedeelde verantwoordelijkheid van de sbo- of so-school, de ontvangende basisschool en het samenwerkingsverband. Voorwaarden zijn dat het kind zich in de sbo- of so-setting zodanig heeft ontwikkeld dat de ondersteuningsbehoefte past binnen de basisondersteuning plus een arrangement, en dat de ouders instemmen met de overstap."),
    P("Een kind dat terugkeert krijgt altijd een terugplaatsingsarrangement: gedurende maximaal twaalf maanden begeleidt een leerkracht of gedragsspecialist van De Brug of De Kreek het kind en de nieuwe leerkracht, en de ontvangende school kan in die periode een beroep doen op extra handen in de groep."),
    P("Hoe de overstap precies verloopt – wie het initiatief neemt, op welke momenten we evalueren en wie besluit – willen we samen met De Brug en De Kreek vastleggen in een stappenplan terugplaatsing. Dat stappenplan komt in het schooljaar 2025–2026 tot stand. Tot die tijd maken de scholen per kind afspraken."),
    H1("6 Thuiszitters en dekkend netwerk"),
    P("Geen kind hoort thuis te zitten. Toch weten we dat er in onze regio kinderen zijn die geen of maar gedeeltelijk onderwijs krijgen, bijvoorbeeld omdat zij voor een deel van de week zijn vrijgesteld of omdat er een wachtlijst is bij een voorziening buiten de regio. Het precieze beeld ontbreekt nog. De drie gemeenten en het samenwerkingsverband hebben afgesproken dat we in het schooljaar 2025–2026 samen met de leerplichtambtenaren in kaart brengen welke kinderen het betreft en waar ons aanbod tekortschiet."),
    P("Op basis van die inventarisatie stellen we een thuiszittersaanpak op, met afspraken over signalering, overleg en doorzettingsmacht. Die aanpak maakt in de loop van 2026 als aanvulling deel uit van dit plan. Ook de vraag of ons netwerk van voorzieningen dekkend is, komt dan aan de orde."),
    H1("7 Communicatie"),
    H2("7.1 Communicatie met scholen"),
    P("Het bureau informeert directeuren en intern begeleiders via een digitale nieuwsbrief die zes keer per jaar verschijnt, via het directeurenoverleg en via het netwerk intern begeleiders dat vier keer per jaar bijeenkomt. Besluiten van het algemeen bestuur worden binnen een week met de scholen gedeeld. Op het besloten deel van de website staan formulieren, protocollen en de handleiding voor het digitale loket."),
    H2("7.2 Informatie voor ouders"),
    P("Ouders zijn voor ons de belangrijkste partner. Zij horen van hun eigen school als eerste wat er voor hun kind mogelijk is. Daarom beschrijft elke school in de schoolgids en in het schoolondersteuningsprofiel welke basisondersteuning en welke extra ondersteuning zij biedt; de intern begeleider is voor ouders het eerste aanspreekpunt."),
    P("Daarnaast informeert het samenwerkingsverband ouders zelf. Op de openbare website staat een ouderpagina met uitleg over basisondersteuning, arrangementen, de bovenschoolse voorzieningen en de route naar sbo en so, met voorbeelden in gewone taal. De folder ‘Passend onderwijs in De Vlietlanden’ is verkrijgbaar in het Nederlands, Engels, Arabisch en Pools en ligt op alle scholen. Twee keer per jaar, in oktober en in maart, organiseren we een informatieavond voor ouders, afwisselend in Vlietdam en Oudekerk. Ouders kunnen ook rechtstreeks een afspraak maken met een ondersteuningsconsulent; het telefonisch spreekuur is op dinsdag- en donderdagochtend."),
    H2("7.3 Onafhankelijke hulp voor ouders"),
    P("Soms hebben ouders behoefte aan iemand die niet bij de school of het samenwerkingsverband hoort. Wij wijzen ouders dan op de volgende mogelijkheden:"),
    UL(
        "Het Ouder- en Jeugdsteunpunt Vlietstreek, dat wij samen met het samenwerkingsverband VO Vlietstreek financieren maar dat onafhankelijk werkt. De medewerkers denken mee met ouders en kinderen, gaan mee naar gesprekken en helpen bij onenigheid met school of samenwerkingsverband. Zij bundelen signalen en brengen die twee keer per jaar in bij ons bestuur.",
        "De Onderwijsconsulenten, die ouders kosteloos en onafhankelijk adviseren als het niet lukt een passende plek te vinden of als een kind thuis zit.",
        "De klachtenregeling van het samenwerkingsverband en de Geschillencommissie passend onderwijs, voor geschillen over toelating, verwijdering of het ontwikkelingsperspectief.",
    ),
    P("De contactgegevens van deze instanties staan in de ouderfolder en op de ouderpagina van de website."),
    H2("7.4 Ouders in de medezeggenschap"),
    P("De helft van de leden van de ondersteuningsplanraad is ouder van een kind op een van onze scholen. De OPR heeft instemmingsrecht op dit plan en op wijzigingen ervan. Eén keer per jaar organiseert de OPR een open avond waarop ouders vragen kunnen stellen aan het bestuur."),
    H1("8 Samenwerking met gemeenten en jeugdhulp (OOGO)"),
    P("De drie gemeenten in ons verband zijn belangrijke partners. Met hen voeren we op overeenstemming gericht overleg over dit ondersteuningsplan en over de jeugdbeleidsplannen van de gemeenten. Het OOGO over dit plan vond plaats op 25 maart 2025 en is met overeenstemming afgesloten. Gesprekspunten waren onder meer de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en thuiszitters."),
    P("Op alle scholen is een schoolmaatschappelijk werker beschikbaar die door de gemeenten wordt betaald. Voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, stellen school, jeugdteam en samenwerkingsverband één gezamenlijk plan op; de gemeente en het samenwerkingsverband betalen ieder hun deel van zo’n onderwijs-zorgarrangement volgens de afspraken die daarover in het OOGO zijn gemaakt. Met het samenwerkingsverband VO Vlietstreek is overleg gevoerd over dit plan en over de overstap naar het voortgezet onderwijs."),
    H1("9 Kwaliteitszorg en resultaten"),
    P("In de vorige planperiode hebben we veel energie gestoken in het inrichten van het loket en het ondersteuningsteam. Bij de evaluatie met de OPR in 2024 hebben we vastgesteld dat onze doelen in die periode te algemeen waren om er iets zinnigs over te kunnen zeggen. Dat willen we deze keer anders doen."),
    P("Het bestuur en de OPR hebben daarom afgesproken eerst een zorgvuldige nulmeting uit te voeren. De beoogde resultaten voor deze planperiode en de manier waarop we de voortgang gaan volgen, leggen we na die nulmeting – gepland in het voorjaar van 2026 – vast in een addendum bij dit plan. De OPR krijgt instemmingsrecht op dat addendum."),
    P("De kwaliteitszorg op de scholen zelf is en blijft de verantwoordelijkheid van de schoolbesturen. Zij rapporteren daarover aan hun eigen toezichthouders en aan de inspectie."),
    H1("10 Financiën: verdeling van middelen en meerjarenbegroting"),
    P("De Vlietlanden ontvangt jaarlijks van het Rijk middelen voor lichte en zware ondersteuning. Het algemeen bestuur heeft in november 2024 besloten het verdeelmodel dat sinds 2018 wordt gebruikt grondig te evalueren, omdat de besturen verschillende opvattingen hebben over de verhouding tussen schoolbudgetten en bovenschoolse voorzieningen. De uitkomst van die evaluatie bepaalt zowel de verdeling van de middelen als de meerjarenbegroting."),
    P("Om te voorkomen dat dit plan een verdeling vastlegt die een jaar later alweer verandert, is deze paragraaf nog niet ingevuld. Verdeelmodel: p.m. Meerjarenbegroting: p.m. Beide worden, samen met de ambities uit hoofdstuk 9, in het voorjaar van 2026 als addendum voorgelegd aan de OPR. De meerjarenbegroting 2025–2029 wordt separaat vastgesteld en als bijlage 2 gepubliceerd."),
    H1("11 Organisatie en governance"),
    P("Het samenwerkingsverband is een stichting. De zes aangesloten schoolbesturen en de eenpitter vormen samen het algemeen bestuur, dat vier keer per jaar vergadert en de begroting, het jaarverslag en het ondersteuningsplan vaststelt. De dagelijkse leiding berust bij de directeur-bestuurder. Een raad van toezicht van drie onafhankelijke leden houdt toezicht op de directeur-bestuurder en keurt de begroting en de jaarrekening goed."),
    P("Het bureau bestaat uit de directeur-bestuurder, twee ondersteuningsconsulenten, een orthopedagoog, een secretaris van de CvT en een medewerker administratie, samen 5,2 fte. De CvT bestaat uit de orthopedagoog van het bureau, een extern lid met een medische achtergrond en een voorzitter die niet werkzaam is bij een van de besturen."),
    P("De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden. De OPR vergadert vijf keer per jaar met de directeur-bestuurder en heeft een eigen reglement."),
    H1("12 Personeel, privacy en ICT"),
    P("Het samenwerkingsverband heeft geen leerkrachten in dienst; de specialisten die in de scholen werken, zijn in dienst van De Brug of Kreek en Duin en worden door het samenwerkingsverband gedetacheerd of ingehuurd. De medewerkers van het bureau volgen elk jaar scholing; in 2025 ligt het accent op gespreksvoering met ouders en op de nieuwe wetgeving over het ouder- en jeugdsteunpunt."),
    P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor het toekennen van arrangementen en het afgeven van TLV’s. Gegevens over gezondheid worden alleen verwerkt als dat voor het besluit noodzakelijk is en worden drie jaar na het besluit vernietigd. Het digitale loket voldoet aan de eisen van de AVG; er is een verwerkersovereenkomst met de leverancier en een functionaris gegevensbescherming die wij delen met twee andere samenwerkingsverbanden."),
    H1("13 Planning 2025–2029"),
    TABLE(
        ("Schooljaar", "Belangrijkste activiteiten"),
        ("2025–2026", "Nulmeting; evaluatie verdeelmodel; addendum resultaten en begroting; inventarisatie thuiszitters; stappenplan terugplaatsing"),
        ("2026–2027", "Invoering nieuw verdeelmodel; thuiszittersaanpak; herziening schoolondersteuningsprofielen"),
        ("2027–2028", "Tussenevaluatie plan met OPR en gemeenten; actualisatie standaarden basisondersteuning"),
        ("2028–2029", "Evaluatie planperiode; voorbereiding ondersteuningsplan 2029–2033"),
    ),
    PB,
    H1("Bijlage 1 Begrippenlijst"),
    UL(
        "Arrangement – afgebakende vorm van extra ondersteuning voor een leerling of groep, met doelen en een einddatum.",
        "Basisondersteuning – het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Bekostigingscategorie – laag, midden of hoog; bepaalt hoeveel geld de so-school voor een leerling ontvangt.",
        "Beoogde en bereikte resultaten – de doelen die het samenwerkingsverband zich stelt en wat daarvan is gerealiseerd.",
        "CvT – Commissie Toelaatbaarheid.",
        "Dekkend netwerk – het geheel van voorzieningen waardoor voor ieder kind een passende plek beschikbaar is.",
        "Meerjarenbegroting – de begroting van het samenwerkingsverband voor vier jaar vooruit.",
        "OJSP – ouder- en jeugdsteunpunt.",
        "OOGO – op overeenstemming gericht overleg met de gemeenten.",
        "OPR – ondersteuningsplanraad.",
        "Terugplaatsing – de overstap van een leerling van sbo of so naar een reguliere basisschool.",
        "TLV – toelaatbaarheidsverklaring.",
        "Verdeelmodel – de afspraken over de verdeling van de ondersteuningsmiddelen over schoolbesturen en voorzieningen.",
    ),
    H1("Bijlage 2 Meerjarenbegroting 2025–2029"),
    P("Deze bijlage wordt na vaststelling door het algemeen bestuur separaat gepubliceerd."),
]
A_META = {"title": "Ondersteuningsplan 2025–2029 De Vlietlanden", "author": "SWV PPO De Vlietlanden",
          "header": "Ondersteuningsplan 2025–2029 | basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · resultaten · ouders",
          "footer": "SWV PPO De Vlietlanden (PO 28-14) – vastgesteld 17 april 2025"}
A_LABEL = make_label(
    ["po-vlietlanden-op-2025-2029.docx"], "po",
    {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
     "terugstroom.beleid", "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"},
    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
     "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    {"basisondersteuning": "4.1.1 defines the agreed minimum for all 31 schools; 4.1.2 lists twelve concrete standards; 4.1.3 borging.",
     "plaatsing": "5.1 five-step procedure with CvT and 6-week term; 5.2 explicit criteria (a)-(e) for sbo and so; 5.3 deskundigen/duur/categorie; 5.4 bezwaar via LBT.",
     "terugstroom": "5.5 (inside the TLV chapter) gives policy, conditions and a funded terugplaatsingsarrangement, but the procedure (initiative, evaluation moments, decision) is deferred to a stappenplan in 2025-2026.",
     "financien": "Ch. 10 only says verdeelmodel and meerjarenbegroting are p.m. and follow in a 2026 addendum / separate bijlage 2; no criteria, no amounts.",
     "dekkend-aanbod": "4.3 continuum table (niveau 1-5, Taalklas, Plusklas, Observatiegroep) addresses the continuum; ch. 6 only defers the gap/thuiszitters analysis to 2025-2026; OOGO ch. 8 covers onderwijs-zorgarrangementen.",
     "resultaten": "Ch. 9 defers beoogde resultaten and the way progress is followed to an addendum after a nulmeting in 2026; nothing measurable or monitored.",
     "ouders": "Hidden in ch. 7 Communicatie: 7.2 website ouderpagina, folder in four languages, informatieavonden; 7.3 OJSP Vlietstreek, Onderwijsconsulenten, klachten/geschillen."},
)
# ================================================================ PLAN B
# VO, large verband, .pdf from .docx; chapters without deep numbering, Q&A section for parents.
B_NAME = "Samenwerkingsverband Voortgezet Onderwijs Rijnstreek-Oost"
B_BLOCKS = [
    H0("Samen sterk voor elke leerling"),
    P("Ondersteuningsplan 2025–2029"),
    P(B_NAME + " (VO 26-05)"),
    P("Versie 1.0 – vastgesteld door het bestuur op 22 april 2025. De ondersteuningsplanraad heeft op 8 april 2025 ingestemd. Het OOGO met de zeven gemeenten in de regio is op 1 april 2025 afgerond; het overleg met de samenwerkingsverbanden PO Rijnstreek en PO Heuvelrand vond plaats op 11 maart 2025."),
    PB,
    H1("Inhoudsopgave"),
    TOC(
        "Voorwoord 3",
        "1 Wie we zijn 4",
        "2 Terugblik op de planperiode 2021–2025 6",
        "3 Koers 2025–2029 8",
        "4 Het ondersteuningsaanbod 10",
        "   Basisondersteuning: wat iedere school biedt 10",
        "   Extra ondersteuning en arrangementen 12",
        "   Het dekkende netwerk 14",
        "5 Toewijzing en toelaatbaarheid (vso, lwoo en pro) 16",
        "   Na afloop van de TLV 19",
        "6 Ouders en leerlingen: vragen en antwoorden 21",
        "7 Samenwerking met gemeenten en jeugdhulp 24",
        "8 Kwaliteitszorg en resultaten 26",
        "9 Financieel beleid 29",
        "10 Organisatie, governance en medezeggenschap 32",
        "11 Personeel, professionalisering, ICT en privacy 34",
        "12 Planning 36",
        "Bijlage 1 Begrippen en afkortingen 37",
        "Bijlage 2 Kwaliteitskaart basisondersteuning (afzonderlijk document)",
        "Bijlage 3 Meerjarenbegroting (afzonderlijk document)",
    ),
    PB,
    H1("Voorwoord"),
    P("Met trots presenteren wij het ondersteuningsplan 2025–2029 van Rijnstreek-Oost. Ons samenwerkingsverband is met 52 vestigingen en ruim 31.000 leerlingen een van de grotere in het land. Die omvang brengt verantwoordelijkheid met zich mee. Elke dag maken duizenden leerlingen gebruik van een vorm van ondersteuning; voor honderden van hen is die ondersteuning intensief. Achter ieder getal in dit plan zit een leerling met een eigen verhaal."),
    P("De afgelopen vier jaar hebben we geleerd dat passend onderwijs vooral mensenwerk is. Een goede mentor, een ondersteuningscoördinator die de weg weet, een orthopedagoog die op tijd meedenkt: daar maakt het verschil. Tegelijkertijd zijn de randvoorwaarden belangrijk: heldere afspraken, eerlijke verdeling van geld, snelle procedures en goede samenwerking met jeugdhulp. Dit plan gaat over die randvoorwaarden."),
    P("We danken de ondersteuningsplanraad voor de kritische en constructieve bijdrage, de gemeenten voor het openhartige overleg en alle scholen, ouders en leerlingen die via panels en enquêtes hun mening hebben gegeven. Het plan is daardoor beter geworden."),
    P("Henk Mulder, voorzitter van het bestuur – Anouk de Ridder, directeur"),
    H1("1 Wie we zijn"),
    P("Rijnstreek-Oost is het samenwerkingsverband voor voortgezet onderwijs in zeven gemeenten ten oosten van de Rijn. Veertien schoolbesturen zijn aangesloten, met 52 vestigingen: 41 vestigingen voor vmbo, havo en vwo, vier scholen voor praktijkonderwijs, zes vso-scholen (cluster 3 en 4) en een Internationale Schakelklas. Op 1 oktober 2024 telden we 31.412 leerlingen, van wie 2.380 in het praktijkonderwijs en het vso."),
    TABLE(
        ("Onderwijssoort", "Vestigingen", "Leerlingen 1-10-2024"),
        ("vmbo / havo / vwo", "41", "27.640"),
        ("waarvan met lwoo-aanwijzing", "–", "3.105"),
        ("praktijkonderwijs", "4", "1.212"),
        ("vso cluster 3 en 4", "6", "1.168"),
        ("Internationale Schakelklas", "1", "392"),
        ("Totaal", "52", "31.412"),
    ),
    P("Het verband heeft een bureau met 38 medewerkers, onder wie de medewerkers van het OPDC De Overstap en de Rebound. De leerlingaantallen zijn de afgelopen jaren stabiel; voor de periode tot 2029 voorspellen de gemeenten een lichte daling in het landelijk gebied en een groei in de stad."),
    H1("2 Terugblik op de planperiode 2021–2025"),
    P("In het vorige plan stelden we ons vier doelen: minder thuiszitters, snellere toewijzing, meer leerlingen terug naar het regulier onderwijs en een lager deelnamepercentage vso. Hieronder zetten we per doel op een rij wat we hebben bereikt. De cijfers komen uit onze eigen registratie en uit de kijkglasgegevens van DUO; de peildatum is steeds 1 oktober."),
    TABLE(
        ("Doel 2021–2025", "Streefwaarde", "Stand 2021", "Stand 2024", "Beoordeling"),
        ("Thuiszitters langer dan 4 weken", "< 15", "34", "19", "verbeterd, niet gehaald"),
        ("Doorlooptijd TLV-aanvraag", "≤ 6 weken in 90%", "71%", "93%", "gehaald"),
        ("Terugplaatsingen vso → vo per jaar", "25", "11", "22", "verbeterd, niet gehaald"),
        ("Deelnamepercentage vso", "3,4%", "3,9%", "3,7%", "niet gehaald"),
    ),
    P("Kwalitatief zien we dat de inzet van trajectbegeleiders op de scholen goed wordt gewaardeerd: in de tevredenheidspeiling van 2024 gaven ondersteuningscoördinatoren het samenwerkingsverband gemiddeld een 7,6. Ouders waren minder positief over de duidelijkheid van de informatie (6,4). Dat heeft ons ertoe gebracht de ouderinformatie in deze planperiode te herzien."),
    H1("3 Koers 2025–2029"),
    P("Onze koers laat zich samenvatten in drie woorden: dichtbij, deskundig en samen. Dichtbij betekent dat leerlingen zoveel mogelijk in hun eigen school de ondersteuning krijgen die zij nodig hebben. Deskundig betekent dat we investeren in de kennis van mentoren, docenten en ondersteuningscoördinatoren. Samen betekent dat we de schotten tussen onderwijs en jeugdhulp, tussen scholen en tussen besturen zo laag mogelijk maken."),
    P("Passend onderwijs gaat niet alleen over leerlingen die uitvallen. Het gaat ook over de hoogbegaafde leerling die zich verveelt, de nieuwkomer die de taal nog niet spreekt, de leerling met een chronische ziekte en de leerling die thuis een zware situatie heeft. Onze ambitie is dat al deze leerlingen een diploma of startkwalificatie halen die past bij wat zij kunnen, en dat zij met zelfvertrouwen de overstap naar vervolgonderwijs of werk maken."),
    P("De koers is vertaald in vijf speerpunten: een stevige basis op iedere school, snelle en eenvoudige toewijzing, een dekkend netwerk zonder thuiszitters, een goede terugkeer naar het regulier onderwijs en heldere informatie voor ouders en leerlingen. Bij elk speerpunt horen resultaten, die we in hoofdstuk 8 beschrijven."),
    H1("4 Het ondersteuningsaanbod"),
    H2("Basisondersteuning: wat iedere school biedt"),
    P("Basisondersteuning is het niveau van ondersteuning dat alle scholen voor voortgezet onderwijs in Rijnstreek-Oost hebben afgesproken en dat op alle 41 reguliere vestigingen aanwezig is, ongeacht bestuur, denominatie of onderwijstype. Het niveau is door het bestuur vastgesteld en geldt als ondergrens: wat daaronder valt, is geen passend onderwijs. Scholen mogen meer bieden en doen dat ook; wat zij extra bieden, staat in hun schoolondersteuningsprofiel."),
    P("Conform het landelijke referentiekader onderscheiden we in de basisondersteuning vier aspecten: basiskwaliteit, zoals de inspectie die beoordeelt; preventieve en licht curatieve interventies; de onderwijsondersteuningsstructuur van de school; en planmatig werken volgens de cyclus van handelingsgericht werken."),
    P("De uitwerking van deze vier aspecten in concrete standaarden staat in de Kwaliteitskaart Basisondersteuning VO Rijnstreek-Oost (bijlage 2). De kwaliteitskaart wordt na de publicatie van de landelijke norm basisondersteuning geactualiseerd."),
    P("Om de twee jaar voert het samenwerkingsverband op iedere vestiging een collegiale audit uit aan de hand van de kwaliteitskaart. Een auditteam van twee ondersteuningscoördinatoren van andere besturen en een medewerker van het bureau bezoekt de school, spreekt met leerlingen, mentoren en ouders en rapporteert aan de directeur en het bestuur. Bij tekortkomingen maakt de school een verbeterplan; na een jaar volgt een vervolgbezoek. De uitkomsten worden geanonimiseerd besproken in het bestuur."),
    H2("Extra ondersteuning en arrangementen"),
    P("Heeft een leerling meer nodig dan de basisondersteuning, dan bespreekt de school dat in het ondersteuningsteam van de school, waarin de ondersteuningscoördinator, de mentor, de orthopedagoog en de trajectbegeleider van het samenwerkingsverband zitten. Ouders en de leerling zelf worden uitgenodigd. Het ondersteuningsteam stelt een ontwikkelingsperspectief op en kiest een arrangement."),
    P("Ons aanbod bestaat uit vier niveaus die in elkaar overlopen:"),
    UL(
        "Niveau 1 – basisondersteuning op iedere school (zie hierboven).",
        "Niveau 2 – extra ondersteuning op de eigen school: schoolarrangementen zoals een trajectvoorziening, een rustplek met begeleiding, faalangstreductietraining, begeleiding bij autisme, een aangepast rooster, of ambulante begeleiding vanuit het vso. Scholen bekostigen deze arrangementen uit het schoolbudget.",
        "Niveau 3 – bovenschoolse voorzieningen van het samenwerkingsverband: OPDC De Overstap (tijdelijke plaatsing tot maximaal twee jaar voor leerlingen in vmbo en onderbouw havo met een ondersteuningsbehoefte op gedrag of leren), de Rebound (time-out van maximaal twaalf weken, met behoud van inschrijving op de eigen school), het Tussenportaal voor leerlingen die na ziekte of thuiszitten geleidelijk opbouwen, en de HB-klas voor hoogbegaafde leerlingen met onderpresteren.",
        "Niveau 4 – voortgezet speciaal onderwijs en praktijkonderwijs, waarvoor een toelaatbaarheidsverklaring of aanwijzing nodig is (hoofdstuk 5).",
    ),
    P("Leerlingen bewegen tussen de niveaus: wie in De Overstap zit, blijft ingeschreven bij het samenwerkingsverband en keert terug naar een reguliere school; wie in de Rebound zit, blijft ingeschreven op de eigen school. Vso-scholen bieden ambulante begeleiding in reguliere scholen aan, zodat expertise beschikbaar is waar de leerling is."),
    H2("Het dekkende netwerk"),
    P("Een dekkend netwerk betekent dat er voor iedere leerling in onze regio een passende plek is. Dat is geen vaststaand gegeven maar iets wat we elk jaar opnieuw moeten nagaan. Daarom maken we jaarlijks in januari een analyse van het netwerk. We verzamelen daarvoor de signalen van scholen en trajectbegeleiders over leerlingen voor wie geen passend aanbod is gevonden, de wachtlijsten van vso en jeugdhulp, de meldingen van leerplicht en de registratie van thuiszitters. De analyse wordt besproken in het bestuur en met de gemeenten, en leidt tot concrete acties met een eigenaar en een termijn."),
    P("Uit de analyse van januari 2025 kwamen drie witte vlekken naar voren: er is onvoldoende plek voor havo- en vwo-leerlingen met autisme die in een grote school vastlopen; de wachttijd voor een plek in het vso cluster 4 loopt op tot vier maanden; en er is geen passend aanbod voor leerlingen van 16 en 17 jaar die al lang geen onderwijs volgen. Voor het eerste punt start in augustus 2025 een kleinschalige havo/vwo-voorziening op twee locaties; voor het tweede maken we met de vso-besturen afspraken over tijdelijke uitbreiding van capaciteit vóór 1 januari 2026; voor het derde ontwikkelen we met het mbo en de gemeenten een route naar een entreeopleiding."),
    P("Voor thuiszitters hebben we een vaste werkwijze. Iedere school meldt een leerling die langer dan twee weken niet naar school gaat bij de trajectbegeleider. Binnen twee weken volgt een overleg met ouders, leerling, school, leerplicht en zo nodig jeugdhulp, dat resulteert in een plan. Lukt het niet binnen acht weken een passende plek te vinden, dan komt de leerling op de thuiszitterstafel, die maandelijks bijeenkomt onder leiding van de directeur van het samenwerkingsverband. De directeur heeft doorzettingsmacht: zij kan een school of voorziening opdragen een leerling tijdelijk te plaatsen. De zorgplicht blijft bij het schoolbestuur waar de leerling is ingeschreven of aangemeld."),
    H1("5 Toewijzing en toelaatbaarheid (vso, lwoo en pro)"),
    P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. Al deze besluiten worden genomen door de Commissie Toewijzing, die namens het bestuur handelt."),
    H2("De procedure"),
    P("De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De ondersteuningscoördinator dient via het digitale aanvraagsysteem een dossier in met het ontwikkelingsperspectief, de evaluatie van de ingezette ondersteuning, recente toetsgegevens en zo nodig onderzoeksverslagen. Ouders worden vooraf geïnformeerd en geven hun zienswijze; een leerling vanaf 12 jaar wordt gehoord. Voor leerlingen uit het primair onderwijs dient de vo-school van aanmelding de aanvraag in, op basis van het onderwijskundig rapport van de basisschool."),
    P("Het bureau toetst het dossier op volledigheid. Vervolgens brengen twee deskundigen ieder een eigen schriftelijk advies uit: een orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de vraag, zoals een kinder- en jeugdpsychiater, een arts of een maatschappelijk werker. De deskundigen zijn niet betrokken geweest bij de begeleiding van de leerling. De Commissie Toewijzing besluit binnen zes weken na ontvangst van het volledige dossier. Het besluit, met de adviezen, wordt aan ouders en school gestuurd."),
    H2("Wanneer is een leerling toelaatbaar tot het vso?"),
    P("De commissie geeft een TLV voor het vso af wanneer de ondersteuningsbehoefte van de leerling zodanig is dat een reguliere school met inzet van niveau 2 en 3 niet voldoende kan bieden, dat blijkt uit een geëvalueerd arrangement van ten minste zes maanden (behalve bij een duidelijke medische of verstandelijke indicatie), en dat de leerling aangewezen is op een combinatie van kleine groepen, een specifiek pedagogisch klimaat en specialistische begeleiding die alleen het vso biedt. Voor cluster 3 moet sprake zijn van een verstandelijke beperking (IQ lager dan 55 of lager dan 70 met bijkomende problematiek), een lichamelijke beperking of een langdurige ziekte die onderwijs in de reguliere setting onmogelijk maakt. Voor cluster 4 moet sprake zijn van ernstige gedrags- of psychiatrische problematiek die met diagnostisch onderzoek is onderbouwd."),
    P("Een TLV voor het vso wordt afgegeven voor één, twee of drie schooljaren, afhankelijk van het ontwikkelingsperspectief, en eindigt altijd op 31 juli. De commissie bepaalt de bekostigingscategorie: laag voor de meeste leerlingen in cluster 4 en voor ZML-leerlingen, midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met meervoudige beperkingen."),
    H2("Lwoo en pro"),
    P("Rijnstreek-Oost hanteert voor lwoo de landelijke criteria en heeft niet gekozen voor eigen criteria. Een leerling komt in aanmerking voor een aanwijzing lwoo bij een IQ tussen 75 en 90 en een leerachterstand van ten minste 25% op ten minste twee van de domeinen begrijpend lezen, technisch lezen, spellen en inzichtelijk rekenen, waarvan één begrijpend lezen of inzichtelijk rekenen; of bij een IQ tussen 91 en 120, een leerachterstand in deze zin en sociaal-emotionele problematiek die de schoolloopbaan belemmert. Een lwoo-aanwijzing geldt voor de duur van de opleiding."),
    P("Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school van aanmelding vraagt de toelaatbaarheid aan in maart van groep 8; de commissie besluit uiterlijk op 1 mei, zodat leerlingen tijdig weten waar zij terechtkunnen."),
    H2("Na afloop van de TLV"),
    P("Een TLV is tijdelijk. Wij vinden dat iedere leerling in het vso het recht heeft om, zodra dat kan, terug te keren naar een reguliere school, bij voorkeur een school dicht bij huis en in een passende onderwijssoort. Het vso werkt daarom vanaf de eerste dag met een ontwikkelingsperspectief waarin terugkeer als mogelijkheid is opgenomen. Voorwaarden voor terugkeer zijn dat de leerling voldoende stabiel is, dat de ondersteuningsbehoefte binnen niveau 1 tot en met 3 kan worden geboden en dat leerling en ouders de overstap willen."),
    P("De procedure is als volgt. Jaarlijks bespreekt het vso in de evaluatie van het ontwikkelingsperspectief of terugkeer mogelijk is. In het laatste jaar van de TLV neemt de vso-school uiterlijk op 1 februari het initiatief tot een overleg met ouders, leerling, de trajectbegeleider van het samenwerkingsverband en een mogelijke ontvangende school. Daarin wordt besloten of de leerling wordt teruggeplaatst, of een nieuwe TLV wordt aangevraagd. De trajectbegeleider zoekt samen met ouders een ontvangende school; die school meldt de leerling uiterlijk 1 april aan. Als de vso-school een nieuwe TLV nodig acht, dient zij de aanvraag in vóór 1 april, zodat de commissie vóór de zomer kan besluiten."),
    P("Na de overstap krijgt de leerling gedurende een jaar een overstaparrangement: ambulante begeleiding vanuit het vso, een vaste coach op de nieuwe school en een evaluatie na drie en na negen maanden. De ontvangende school krijgt daarvoor een vergoeding uit het budget voor bovenschoolse arrangementen. Blijkt de overstap niet te lukken, dan kan de leerling binnen het eerste half jaar zonder nieuwe aanvraag terug naar het vso."),
    H1("6 Ouders en leerlingen: vragen en antwoorden"),
    P("Ouders vroegen ons tijdens de ouderpanels om een hoofdstuk in gewone taal. Hieronder beantwoorden we de vragen die we het vaakst krijgen."),
    Q("Waar vind ik informatie over ondersteuning op de school van mijn kind?"),
    P("In de schoolgids en het schoolondersteuningsprofiel van de school. De ondersteuningscoördinator van de school is uw eerste aanspreekpunt. Daarnaast heeft onze website een aparte ouderpagina, met filmpjes over de route naar extra ondersteuning, een overzicht van alle bovenschoolse voorzieningen en een zoekfunctie per school. In oktober organiseren we drie informatieavonden voor ouders van leerlingen in groep 7 en 8, samen met de samenwerkingsverbanden PO, over de overstap naar het voortgezet onderwijs en de ondersteuning die daar mogelijk is. De ouderbrochure ‘Wegwijs in ondersteuning’ krijgt iedere brugklasleerling mee naar huis."),
    Q("Wat mag ik van iedere school verwachten?"),
    P("Iedere school biedt basisondersteuning. Wat dat precies inhoudt, leest u in de schoolgids en in onze kwaliteitskaart."),
    Q("Mijn kind heeft meer nodig dan de school nu biedt. Wat gebeurt er dan?"),
    P("De school bespreekt dit met u en met uw kind in het ondersteuningsteam. Samen zoekt u naar een arrangement, op school of in een bovenschoolse voorziening. U bent bij ieder gesprek welkom en u ontvangt een kopie van het ontwikkelingsperspectief."),
    Q("Wordt mijn kind zelf gehoord?"),
    P("Ja. Leerlingen worden bij het opstellen van het ontwikkelingsperspectief gehoord en kunnen hun mening geven over de doelen en de ondersteuning. In het ondersteuningsteam is er altijd een deel van het gesprek waarin de leerling zelf aan het woord is."),
    Q("Ik ben het niet eens met de school. Wat kan ik doen?"),
    P("Ga eerst in gesprek met de mentor of de ondersteuningscoördinator. Komt u er samen niet uit, dan kunt u contact opnemen met de trajectbegeleider van het samenwerkingsverband, die kan bemiddelen. Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten we in de loop van deze planperiode in; zodra het er is, leest u op onze website hoe u het kunt bereiken."),
    Q("Kan ik meepraten over het beleid?"),
    P("Ja. In de ondersteuningsplanraad zitten ouders en leerlingen. Daarnaast organiseren we twee keer per jaar een ouderpanel en een leerlingenpanel waarin we plannen voorleggen."),
    H1("7 Samenwerking met gemeenten en jeugdhulp"),
    P("Met de zeven gemeenten in ons gebied voeren we jaarlijks op overeenstemming gericht overleg. Het OOGO over dit ondersteuningsplan is op 1 april 2025 met overeenstemming afgerond. De gezamenlijke agenda voor 2025–2029 bevat vier thema’s: jeugdhulp in en om de school, thuiszitters en verzuim, de overgang naar mbo en arbeid, en leerlingenvervoer en huisvesting."),
    P("Op alle vestigingen werkt een jeugdhulpverlener van het lokale team een dag per week in de school. Voor leerlingen die onderwijs en zorg nodig hebben, bijvoorbeeld in het vso of in De Overstap, stellen we onderwijs-zorgarrangementen op waarin gemeente en samenwerkingsverband ieder hun deel financieren. In 2025 starten we met twee gemeenten een pilot met zorg in onderwijstijd op twee vso-scholen. Met de leerplichtafdelingen is een gezamenlijk verzuimprotocol afgesproken."),
    H1("8 Kwaliteitszorg en resultaten"),
    P("Kwaliteitszorg is voor ons een cyclus: we stellen doelen, voeren uit, meten en stellen bij. Per speerpunt hebben we voor deze planperiode beoogde resultaten vastgesteld, met een streefwaarde voor 2029."),
    TABLE(
        ("Speerpunt", "Beoogd resultaat", "Indicator", "Stand 2024", "Streefwaarde 2029"),
        ("Stevige basis", "Iedere vestiging voldoet aan de basisondersteuning", "% vestigingen zonder verbeterplan na audit", "78%", "100%"),
        ("Snelle toewijzing", "Ouders en scholen weten snel waar zij aan toe zijn", "% TLV-besluiten binnen 6 weken", "93%", "98%"),
        ("Dekkend netwerk", "Geen leerling langer dan 3 maanden thuis", "Aantal thuiszitters > 3 maanden op 1 oktober", "19", "≤ 5"),
        ("Terugkeer", "Meer leerlingen terug naar regulier", "Terugplaatsingen vso → vo per jaar", "22", "35"),
        ("Terugkeer", "Terugkeer is duurzaam", "% teruggeplaatste leerlingen na 1 jaar nog op vo-school", "81%", "90%"),
        ("Informatie", "Ouders voelen zich goed geïnformeerd", "Rapportcijfer ouders in tevredenheidspeiling", "6,4", "7,5"),
    ),
    P("De indicatoren worden bijgehouden in het dashboard van het samenwerkingsverband, dat ieder kwartaal wordt bijgewerkt met gegevens uit het aanvraagsysteem, de thuiszittersregistratie en DUO. Het bureau rapporteert elk kwartaal aan het bestuur; de OPR ontvangt de rapportage twee keer per jaar. In het jaarverslag beschrijven we welke resultaten zijn bereikt, welke middelen daarvoor zijn ingezet en welke bijstellingen nodig zijn. Om de twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en scholen. In 2027 voeren we een tussenevaluatie uit met de OPR en de gemeenten; de uitkomsten kunnen leiden tot bijstelling van de streefwaarden."),
    H1("9 Financieel beleid"),
    P("Rijnstreek-Oost ontvangt van het Rijk middelen voor lichte ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs, en middelen voor zware ondersteuning. Van de middelen voor zware ondersteuning wordt door DUO een deel rechtstreeks afgedragen aan de vso-scholen, op basis van het aantal leerlingen met een TLV en de bekostigingscategorie. Ook voor lwoo en pro vindt een afdracht plaats."),
    H2("Hoe verdelen we de middelen?"),
    P("Het bestuur stelt ieder jaar vóór 1 december de verdeling voor het volgende kalenderjaar vast, op voorstel van de directeur en na advies van de auditcommissie. Daarbij gelden de volgende regels:"),
    UL(
        "De middelen lichte ondersteuning die niet aan lwoo en pro zijn gebonden, worden volledig doorgegeven aan de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het voorafgaande jaar.",
        "Van de middelen zware ondersteuning worden eerst de afdrachten aan het vso, de kosten van het bureau (maximaal 5%) en de bovenschoolse voorzieningen gereserveerd.",
        "Het resterende deel wordt verdeeld over de schoolbesturen: iedere vestiging ontvangt een vaste voet en daarnaast een bedrag per leerling. Vestigingen met relatief veel leerlingen uit wijken met een hoge achterstandsscore ontvangen een opslag van 10% op het bedrag per leerling.",
        "Bovenschoolse arrangementen (zoals het overstaparrangement na terugkeer uit het vso) worden per leerling toegekend door de Commissie Toewijzing.",
    ),
    P("Als het aantal vso-leerlingen sterker stijgt dan begroot, wordt het bedrag per leerling in het volgende jaar naar rato verlaagd. Stijgt het aantal minder dan begroot, dan vloeit het verschil terug naar de schoolbesturen."),
    H2("Begroting"),
    P("De meerjarenbegroting van het samenwerkingsverband wordt ieder jaar in december door het bestuur vastgesteld en is daarom geen onderdeel van dit plan; zij is na vaststelling als bijlage 3 te vinden op onze website. Waaraan de besturen hun middelen besteden, leggen zij vast in hun eigen jaarplannen."),
    H2("Reserves"),
    P("Het samenwerkingsverband houdt een reserve aan om risico’s op te vangen, met name schommelingen in het aantal vso-leerlingen. Het bestuur hanteert een bandbreedte voor het weerstandsvermogen van 5 tot 10% van de jaarlijkse baten. Eind 2024 lag de reserve binnen die bandbreedte. Reserves boven de signaleringswaarde van de inspectie worden niet aangehouden."),
    H1("10 Organisatie, governance en medezeggenschap"),
    P("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de veertien schoolbesturen en stelt de begroting, de jaarrekening en het ondersteuningsplan vast. Het bestuur bestaat uit vijf leden die door de ledenvergadering worden benoemd; de directeur is belast met de dagelijkse leiding. Er is een auditcommissie die het bestuur adviseert over financiële zaken."),
    P("De ondersteuningsplanraad bestaat uit veertien leden: zeven personeelsleden en zeven ouders of leerlingen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wezenlijke wijzigingen daarvan. Het bestuur en de OPR vergaderen zes keer per jaar; daarnaast is er een jaarlijkse gezamenlijke studiedag."),
    P("Voor de eigen medewerkers van het bureau geldt een interne klachtenregeling. De inspectie bezocht het samenwerkingsverband in 2023 en beoordeelde de kwaliteitszorg en het financieel beheer als voldoende."),
    H1("11 Personeel, professionalisering, ICT en privacy"),
    P("Het bureau telt 38 medewerkers (31,5 fte), onder wie trajectbegeleiders, orthopedagogen, docenten en onderwijsassistenten in De Overstap en de Rebound, en de secretarissen van de Commissie Toewijzing. Alle trajectbegeleiders hebben een masteropleiding of volgen die. Ieder jaar besteden wij minimaal 2% van de loonsom aan scholing."),
    P("Voor scholen organiseren we een professionaliseringsaanbod: een leergang voor ondersteuningscoördinatoren, netwerkbijeenkomsten voor mentoren, trainingen over autisme, angst en hoogbegaafdheid, en intervisie voor orthopedagogen. Het aanbod is voor scholen kosteloos."),
    P("Het aanvraagsysteem is ingericht volgens de AVG. Alleen leden van de Commissie Toewijzing, de deskundigen en de secretarissen hebben toegang tot dossiers. Medische gegevens worden alleen opgevraagd als zij nodig zijn voor een besluit en worden drie jaar na het besluit verwijderd. Het samenwerkingsverband heeft een functionaris gegevensbescherming."),
    H1("12 Planning"),
    TABLE(
        ("Periode", "Activiteit"),
        ("2025", "Start havo/vwo-voorziening autisme; herziening ouderinformatie; actualisatie kwaliteitskaart"),
        ("2026", "Inrichting ouder- en jeugdsteunpunt; uitbreiding capaciteit vso cluster 4"),
        ("2027", "Tussenevaluatie met OPR en gemeenten; eerste audits nieuwe kwaliteitskaart"),
        ("2028–2029", "Eindevaluatie; voorbereiding nieuw ondersteuningsplan"),
    ),
    PB,
    H1("Bijlage 1 Begrippen en afkortingen"),
    TABLE(
        ("Begrip", "Betekenis"),
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle scholen, uitgewerkt in de kwaliteitskaart."),
        ("Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."),
        ("Dekkend netwerk", "Het geheel van voorzieningen waardoor er voor iedere leerling een passende plek is."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
        ("Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("Pro", "Praktijkonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "Regels voor het verdelen van de ondersteuningsmiddelen."),
        ("Vso", "Voortgezet speciaal onderwijs."),
    ),
    H1("Bijlage 2 Kwaliteitskaart basisondersteuning"),
    P("Afzonderlijk document, te downloaden via de website van het samenwerkingsverband."),
    H1("Bijlage 3 Meerjarenbegroting"),
    P("Afzonderlijk document; wordt jaarlijks in december vastgesteld."),
]
B_META = {"title": "Ondersteuningsplan 2025–2029 Rijnstreek-Oost", "author": "SWV VO Rijnstreek-Oost",
          "header": "Samen sterk voor elke leerling – ondersteuningsplan 2025–2029",
          "footer": "SWV VO Rijnstreek-Oost (VO 26-05)"}
B_LABEL = make_label(
    ["vo-rijnstreek-oost-op-2025-2029.pdf"], "vo",
    {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
     "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
     "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"},
    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
     "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    {"basisondersteuning": "Ch. 4 defines the agreed minimum for all 41 vestigingen (niveau) and describes the audit (borging), but the content is only the abstract four Referentiekader aspects; the concrete standards sit in the absent bijlage 2 Kwaliteitskaart.",
     "plaatsing": "Ch. 5: procedure (aanvraag by bevoegd gezag, dossier, two deskundigen, Commissie Toewijzing, 6 weeks) and criteria for vso cluster 3/4, lwoo (landelijke criteria) and pro; duur and categorie given; no bezwaar route described.",
     "terugstroom": "Hidden in ch. 5 'Na afloop van de TLV': policy and conditions, procedure with 1 February/1 April moments, overstaparrangement; ch. 2 gives terugplaatsing figures.",
     "financien": "Ch. 9 gives procedure (bestuur before 1 December) and criteria (per leerling, vaste voet, 10% opslag) for verdeling; the meerjarenbegroting is excluded from the plan and only referred to the website (bijlage 3), no amounts of besteding.",
     "dekkend-aanbod": "Ch. 4 four-level continuum incl. OPDC/Rebound/Tussenportaal; 'Het dekkende netwerk' yearly gap analysis, three witte vlekken with actions, thuiszitters route with doorzettingsmacht.",
     "resultaten": "Ch. 8 table of beoogde resultaten with streefwaarden 2029; monitoring via quarterly dashboard, reports to bestuur/OPR, jaarverslag; ch. 2 reports achieved results.",
     "ouders": "Ch. 6 Q&A: information channels (schoolgids, ouderpagina, informatieavonden, brochure) present; for disagreement only the school and the SWV's own trajectbegeleider, the OJSP is deferred ('richten we in de loop van deze planperiode in'); Onderwijsconsulenten only in the glossary."},
)
# ================================================================ PLAN C
# PO, large verband, .pdf from .docx; management summary, numbered paragraphs 3.2.1, Q&A for parents.
C_NAME = "Stichting Passend Primair Onderwijs Deltastad"
C_BLOCKS = [
    H0("Ondersteuningsplan 2025–2029"),
    P(C_NAME + " – samenwerkingsverband PO 29-07"),
    P("‘Ieder kind een plek die past’"),
    P("Status: definitief. Vastgesteld door de directeur-bestuurder op 15 april 2025, na goedkeuring door de raad van toezicht (14 april 2025), instemming van de ondersteuningsplanraad (3 april 2025) en OOGO met de gemeente Deltastad en de gemeenten Westmaas en Polderveen (27 maart 2025)."),
    PB,
    H1("Inhoud"),
    TOC(
        "Managementsamenvatting 3",
        "1 Inleiding 6",
        "  1.1 Aanleiding 6",
        "  1.2 Totstandkoming 6",
        "  1.3 Leeswijzer 7",
        "2 Context 8",
        "  2.1 De regio 8",
        "  2.2 Besturen en scholen 8",
        "  2.3 Leerlingen en ontwikkelingen 9",
        "3 Ondersteuning 11",
        "  3.1 Visie op ondersteuning 11",
        "  3.2 Basisondersteuning 12",
        "    3.2.1 Definitie en niveau 12",
        "    3.2.2 De standaarden 13",
        "    3.2.3 Schoolondersteuningsprofielen en schoolgids 15",
        "  3.3 Extra ondersteuning 16",
        "    3.3.1 Het ondersteuningsteam 16",
        "    3.3.2 Arrangementen 16",
        "    3.3.3 Bovenschoolse voorzieningen 17",
        "  3.4 Dekkend netwerk 18",
        "    3.4.1 Aanbod in samenhang 18",
        "    3.4.2 Thuiszitters en witte vlekken 19",
        "4 Toelaatbaarheid en terugplaatsing 21",
        "  4.1 Procedure 21",
        "  4.2 Beoordeling van de aanvraag 22",
        "  4.3 Deskundigen 22",
        "  4.4 Geldigheid en bekostigingscategorie 23",
        "  4.5 Bezwaar 23",
        "  4.6 Terugplaatsing en overplaatsing 24",
        "5 Ambities en resultaten 26",
        "6 Ouders 29",
        "7 Samenwerking met gemeenten en jeugdhulp 33",
        "8 Financiën 35",
        "9 Organisatie en governance 39",
        "10 Personeel en professionalisering 41",
        "11 Planning 42",
        "Bijlage Afkortingenlijst 43",
    ),
    PB,
    H1("Managementsamenvatting"),
    P("Deltastad is met 23 schoolbesturen, 164 basisscholen, vijf scholen voor speciaal basisonderwijs en zeven so-scholen het grootste samenwerkingsverband primair onderwijs in de provincie. Ruim 41.000 kinderen gaan in ons gebied naar school. Dit ondersteuningsplan beschrijft hoe wij de komende vier jaar passend onderwijs organiseren. De belangrijkste punten:"),
    OL(
        "Eén basis voor alle scholen. Alle 164 basisscholen bieden dezelfde basisondersteuning, vastgelegd in tien standaarden (§ 3.2).",
        "Ondersteuning dichtbij. Het ondersteuningsteam op school is de spil; arrangementen worden binnen vier weken toegekend (§ 3.3).",
        "Een dekkend netwerk. We brengen jaarlijks witte vlekken in kaart en pakken ze aan, met als ambitie nul thuiszitters in 2029 (§ 3.4).",
        "Zorgvuldige toelaatbaarheid. Een onafhankelijke commissie besluit binnen zes weken (hoofdstuk 4).",
        "Terug naar regulier waar het kan. Elk kind in sbo of so heeft een terugplaatsingsperspectief (§ 4.6).",
        "Ambities met streefwaarden. Voor elke ambitie formuleren we een meetbaar doel (hoofdstuk 5).",
        "Ouders als partner. Heldere informatie en onafhankelijke hulp via het Ouder- en Jeugdsteunpunt Delta (hoofdstuk 6).",
        "Transparante verdeling van geld. 68% van de middelen gaat rechtstreeks naar de schoolbesturen (hoofdstuk 8).",
    ),
    P("Het plan is tot stand gekomen na een uitgebreide evaluatie van het vorige plan, veertien werksessies met directeuren en intern begeleiders, drie ouderbijeenkomsten en een digitale raadpleging waaraan 1.140 ouders en leerkrachten deelnamen."),
    PB,
    H1("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Het ondersteuningsplan 2021–2025 loopt op 31 juli 2025 af. De wet schrijft voor dat een samenwerkingsverband ten minste eens in de vier jaar een nieuw plan vaststelt en dit vóór 1 mei aan de inspectie toezendt. Maar de aanleiding is niet alleen formeel. De afgelopen jaren is er veel veranderd: het lerarentekort is in de stad groter dan elders, de instroom van nieuwkomers is sterk gestegen, de druk op de jeugdhulp neemt toe en de landelijke politiek werkt aan een norm voor basisondersteuning. Dit plan speelt daarop in."),
    H2("1.2 Totstandkoming"),
    P("Het plan is opgesteld door een projectgroep van het bureau, met een klankbordgroep van vijf directeuren, vier intern begeleiders en twee leden van de ondersteuningsplanraad. Het concept is besproken in het directeurenberaad, het bestuurdersoverleg en de OPR. Op 27 maart 2025 vond het OOGO met de drie gemeenten plaats; het verslag daarvan is opgenomen in het dossier van het samenwerkingsverband. Met de samenwerkingsverbanden VO Deltastad en VO Westmaas is overleg gevoerd. De OPR stemde op 3 april 2025 in."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 schetst de context. Hoofdstuk 3 gaat over de ondersteuning op en tussen de scholen, hoofdstuk 4 over toelaatbaarheid en terugplaatsing. In hoofdstuk 5 staan onze ambities, in hoofdstuk 6 wat ouders van ons mogen verwachten. Hoofdstuk 7 beschrijft de samenwerking met gemeenten, hoofdstuk 8 de financiën. Hoofdstuk 9 tot en met 11 gaan over organisatie, personeel en planning. Afkortingen worden verklaard in de afkortingenlijst achterin."),
    H1("2 Context"),
    H2("2.1 De regio"),
    P("Het samenwerkingsverband omvat de gemeente Deltastad en de randgemeenten Westmaas en Polderveen. Het gebied kent grote verschillen: naast welvarende wijken liggen wijken waar meer dan de helft van de kinderen opgroeit in een gezin met een laag inkomen. In sommige stadsdelen spreekt een derde van de kinderen thuis een andere taal dan het Nederlands."),
    H2("2.2 Besturen en scholen"),
    P("Er zijn 23 schoolbesturen aangesloten, variërend van een bestuur met 41 scholen tot vier eenpitters. Naast de 164 basisscholen zijn er vijf sbo-scholen en zeven so-scholen, waarvan drie voor cluster 3 en vier voor cluster 4. Daarnaast zijn er twee scholen voor nieuwkomers en een school voor kinderen in een medisch kinderdagverblijf."),
    H2("2.3 Leerlingen en ontwikkelingen"),
    TABLE(
        ("Schoolsoort", "Leerlingen 1-10-2022", "Leerlingen 1-10-2024"),
        ("Basisonderwijs", "39.820", "39.115"),
        ("Speciaal basisonderwijs", "1.064", "1.102"),
        ("Speciaal onderwijs (cluster 3 en 4)", "1.233", "1.297"),
        ("Nieuwkomersonderwijs", "410", "655"),
    ),
    P("Het aantal leerlingen in het basisonderwijs daalt licht, terwijl het aantal kinderen in sbo en so licht stijgt. Ook het aantal nieuwkomers is sterk toegenomen. Die ontwikkelingen hebben gevolgen voor de capaciteit van voorzieningen en voor de begroting."),
    H1("3 Ondersteuning"),
    H2("3.1 Visie op ondersteuning"),
    P("Wij gaan uit van de mogelijkheden van kinderen, niet van hun beperkingen. Ieder kind heeft recht op onderwijs dat aansluit bij zijn of haar ontwikkeling, zo dicht mogelijk bij huis en samen met andere kinderen uit de buurt. Leerkrachten zijn de sleutel; zij moeten kunnen rekenen op ondersteuning van de intern begeleider, het schoolbestuur en het samenwerkingsverband. Ouders kennen hun kind het best en zijn daarom vanaf het begin betrokken."),
    H2("3.2 Basisondersteuning"),
    H3("3.2.1 Definitie en niveau"),
    P("Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies dat iedere basisschool in Deltastad binnen haar eigen ondersteuningsstructuur, onder regie en verantwoordelijkheid van de school, planmatig en op een overeengekomen kwaliteitsniveau uitvoert. De 23 besturen hebben dit niveau gezamenlijk vastgesteld; het geldt zonder uitzondering voor alle vestigingen van alle 164 basisscholen. Het niveau is beschreven in tien standaarden (zie 3.2.2). Een school die niet aan een standaard voldoet, maakt samen met haar bestuur en de onderwijsadviseur van het samenwerkingsverband een verbeterplan met een termijn van ten hoogste een jaar."),
    H3("3.2.2 De standaarden"),
    P("Het overzicht hieronder is vastgesteld in het bestuurdersoverleg van 9 december 2024."),
    TABLE(
        ("Nr.", "Standaard", "Wat ouders op iedere school zien"),
        ("1", "Ondersteuningsstructuur", "Een intern begeleider, een ondersteuningsteam dat minimaal vijf keer per jaar bijeenkomt en een vaste contactpersoon van het samenwerkingsverband."),
        ("2", "Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; doelen en aanpak per kind zijn vastgelegd en worden met ouders besproken."),
        ("3", "Lezen en dyslexie", "Werken volgens het protocol leesproblemen en dyslexie; extra leesinstructie in kleine groepjes; begeleiding bij vergoede dyslexiezorg."),
        ("4", "Rekenen en dyscalculie", "Werken volgens het protocol ernstige rekenproblemen en dyscalculie; extra instructie en inzet van hulpmiddelen."),
        ("5", "Sociale veiligheid en gedrag", "Een methode voor sociaal-emotioneel leren, een anti-pestprotocol en een gedragsspecialist of ib’er met gedragsexpertise."),
        ("6", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep."),
        ("7", "Taal en nieuwkomers", "Een NT2-aanbod voor kinderen die Nederlands als tweede taal leren, ook na de nieuwkomersperiode."),
        ("8", "Medische zorg", "Afspraken volgens het protocol medisch handelen; aanpassingen voor kinderen met een chronische ziekte."),
        ("9", "Fysieke toegankelijkheid", "Het gebouw is toegankelijk of er zijn afspraken over aanpassingen voor kinderen met een lichamelijke beperking."),
        ("10", "Samenwerking met ketenpartners", "Een schoolmaatschappelijk werker en de jeugdverpleegkundige zijn betrokken bij het ondersteuningsteam."),
    ),
    H3("3.2.3 Schoolondersteuningsprofielen en schoolgids"),
    P("Iedere school legt in haar schoolondersteuningsprofiel, en vanaf de inwerkingtreding van de nieuwe wet in de schoolgids, vast hoe zij de standaarden invult en welke extra ondersteuning zij daarnaast biedt. De onderwijsadviseurs van het samenwerkingsverband bespreken het profiel jaarlijks met de directeur en de intern begeleider, aan de hand van de tien standaarden."),
    H2("3.3 Extra ondersteuning"),
    H3("3.3.1 Het ondersteuningsteam"),
    P("Als de basisondersteuning niet voldoende is, komt een kind in het ondersteuningsteam van de school. Daarin zitten de intern begeleider, de leerkracht, de onderwijsadviseur van het samenwerkingsverband, de ouders en zo nodig de schoolmaatschappelijk werker, de jeugdverpleegkundige of een medewerker van het wijkteam. Het team stelt vast wat het kind nodig heeft en maakt een plan."),
    H3("3.3.2 Arrangementen"),
    P("Een arrangement is extra ondersteuning met een doel, een duur en een evaluatiemoment. Het samenwerkingsverband kent de volgende arrangementen toe: een individueel arrangement in de eigen school (bijvoorbeeld inzet van een specialist of een onderwijsassistent), een groepsarrangement op een school die een specifieke expertise heeft, en een plaatsing in een bovenschoolse voorziening. De onderwijsadviseur adviseert; de afdeling Toewijzing besluit binnen vier weken."),
    H3("3.3.3 Bovenschoolse voorzieningen"),
    UL(
        "De Plusklassen op zes locaties voor meer- en hoogbegaafde kinderen (één dag per week) en de voltijds HB-groepen op twee scholen.",
        "De Taalschool en de nieuwkomersklassen voor kinderen die korter dan een jaar in Nederland zijn.",
        "De Observatie- en Diagnostiekgroepen van het sbo (maximaal twaalf weken).",
        "Het Schakelpunt: kleine groepen voor kinderen met ernstige gedragsproblemen, als tussenstap voor maximaal een jaar, met behoud van inschrijving op de eigen school.",
        "Onderwijs-zorggroepen voor jonge kinderen met een ontwikkelingsachterstand, samen met de kinderdagcentra.",
    ),
    H2("3.4 Dekkend netwerk"),
    H3("3.4.1 Aanbod in samenhang"),
    P("Alle voorzieningen samen vormen een samenhangend geheel van ondersteuning, dat we in vijf niveaus beschrijven: basisondersteuning op iedere school (niveau 1), extra ondersteuning met een arrangement in de eigen school (niveau 2), een groepsarrangement of bovenschoolse voorziening (niveau 3), speciaal basisonderwijs (niveau 4) en speciaal onderwijs (niveau 5). Tussen de niveaus is beweging in twee richtingen mogelijk: sbo- en so-scholen werken via ambulante begeleiding in reguliere scholen, en kinderen uit bovenschoolse voorzieningen keren terug naar hun eigen school. Per wijk is er een ‘ondersteuningsroute’ waarin staat welke school welke expertise heeft."),
    H3("3.4.2 Thuiszitters en witte vlekken"),
    P("Ieder jaar in het voorjaar maken we samen met de leerplichtafdelingen en de scholen een analyse van kinderen die geen passende plek hebben: thuiszitters, kinderen met een vrijstelling, kinderen op een wachtlijst voor het so en kinderen die gedeeltelijk onderwijs krijgen. We bekijken per kind wat de oorzaak is en of er een patroon zichtbaar is. Bij een patroon spreken we van een witte vlek in het netwerk. Het bestuurdersoverleg besluit vóór de zomer welke witte vlekken worden aangepakt en wie verantwoordelijk is."),
    P("De analyse van 2024 liet twee witte vlekken zien: een tekort aan plaatsen in het so cluster 3 voor jonge kinderen met een ernstige meervoudige beperking, en het ontbreken van een aanbod voor hoogbegaafde kinderen met gedragsproblemen. Voor het eerste openen we samen met het kinderdagcentrum De Kim in augustus 2025 een onderwijs-zorggroep met twaalf plaatsen; voor het tweede start in januari 2026 een pilot op twee scholen. Voor thuiszitters geldt een vaste route: na vier weken verzuim zonder perspectief meldt de school het kind bij de onderwijsadviseur, die binnen tien werkdagen een overleg organiseert met ouders, school, leerplicht en wijkteam. Lukt het niet binnen drie maanden, dan beslist de directeur-bestuurder welke school of voorziening het kind tijdelijk opvangt."),
    H1("4 Toelaatbaarheid en terugplaatsing"),
    H2("4.1 Procedure"),
    P("Een toelaatbaarheidsverklaring (TLV) voor sbo of so wordt aangevraagd door het schoolbestuur van de school waar het kind staat ingeschreven of is aangemeld. De aanvraag verloopt in zes stappen:"),
    OL(
        "Bespreking in het ondersteuningsteam, met de ouders. Het team concludeert dat sbo of so nodig is.",
        "De intern begeleider vult het aanvraagformulier in het digitale dossier in en voegt het groeidocument, het ontwikkelingsperspectief, het onderwijskundig rapport en de zienswijze van de ouders toe.",
        "De afdeling Toewijzing controleert binnen vijf werkdagen de volledigheid.",
        "Twee deskundigen brengen ieder afzonderlijk advies uit (§ 4.3).",
        "De Commissie van Toelaatbaarheid (CvT), bestaande uit een onafhankelijk voorzitter, een orthopedagoog en een jeugdarts, beslist binnen zes weken na ontvangst van het volledige dossier. In de zomervakantie wordt deze termijn met de duur van de vakantie verlengd.",
        "De beschikking gaat naar de ouders en het schoolbestuur, met een afschrift van de adviezen. De sbo- of so-school kan het kind daarna inschrijven.",
    ),
    H2("4.2 Beoordeling van de aanvraag"),
    P("De CvT beoordeelt iedere aanvraag zorgvuldig en integraal, op basis van het dossier en de adviezen van de deskundigen, en kijkt daarbij naar het hele kind in zijn of haar context. De toetsingskaders die de CvT daarbij hanteert, worden in het schooljaar 2025–2026 geactualiseerd in het licht van de landelijke norm basisondersteuning; na vaststelling worden zij gepubliceerd op de website van het samenwerkingsverband."),
    H2("4.3 Deskundigen"),
    P("Bij iedere aanvraag brengen twee deskundigen advies uit. De eerste deskundige is een orthopedagoog of psycholoog van het samenwerkingsverband; de tweede is, afhankelijk van de vraag, een kinderarts, jeugdarts, kinderpsychiater of maatschappelijk werker uit een pool van externe deskundigen. Deskundigen die eerder bij het kind betrokken waren, adviseren niet."),
    H2("4.4 Geldigheid en bekostigingscategorie"),
    P("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een verplichte evaluatie na twee jaar. Een TLV voor het so wordt afgegeven voor één, twee of vier jaar. Bij een so-TLV stelt de CvT de bekostigingscategorie vast: laag, midden of hoog."),
    H2("4.5 Bezwaar"),
    P("Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij de directeur-bestuurder. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen; deze commissie hoort ouders en school en brengt advies uit. Daarna neemt de directeur-bestuurder een nieuw besluit."),
    H2("4.6 Terugplaatsing en overplaatsing"),
    P("Ons beleid is dat ieder kind dat sbo of so bezoekt een perspectief op terugkeer naar het regulier onderwijs heeft, tenzij de ondersteuningsbehoefte dat op lange termijn uitsluit. Terugkeer vindt bij voorkeur plaats naar een school in de eigen wijk, op een natuurlijk moment (na de zomer- of kerstvakantie) en met begeleiding. Voorwaarde is dat de ondersteuningsbehoefte van het kind kan worden opgevangen met de basisondersteuning en zo nodig een arrangement. Na terugkeer krijgt de ontvangende school een terugplaatsingsarrangement van een jaar, met ambulante begeleiding door de sbo- of so-school en een evaluatie na drie en na twaalf maanden."),
    P("De procedure: de sbo- of so-school evalueert ieder jaar het ontwikkelingsperspectief met de ouders en bespreekt daarbij uitdrukkelijk of terugplaatsing mogelijk is. In het laatste jaar van de TLV, uiterlijk in januari, organiseert de sbo- of so-school een overleg met ouders, de onderwijsadviseur en zo mogelijk een ontvangende school. Komen zij tot de conclusie dat terugplaatsing mogelijk is, dan meldt de ontvangende school het kind aan en start het terugplaatsingsarrangement. Is verder verblijf in sbo of so nodig, dan vraagt het schoolbestuur van de sbo- of so-school vóór 1 april een nieuwe TLV aan. Voor overplaatsing van het so naar het sbo of tussen so-scholen geldt dezelfde procedure."),
    H1("5 Ambities en resultaten"),
    P("In de vorige planperiode is de registratie van arrangementen en TLV’s veranderd en was de kwaliteit van de gegevens wisselend. We hebben er daarom voor gekozen in dit plan geen cijfermatige terugblik op te nemen."),
    P("Voor de periode 2025–2029 hebben we de volgende ambities vastgesteld. Bij iedere ambitie hoort een beoogd resultaat met een streefwaarde."),
    TABLE(
        ("Ambitie", "Beoogd resultaat in 2029"),
        ("Basisondersteuning op orde", "Alle 164 scholen voldoen aan alle tien standaarden; geen enkele school heeft langer dan een jaar een verbeterplan."),
        ("Snelle hulp", "95% van de arrangementen wordt binnen vier weken na aanvraag toegekend."),
        ("Geen thuiszitters", "Op 1 oktober 2029 is geen enkel kind langer dan drie maanden thuiszitter; het aantal vrijstellingen 5a is gehalveerd ten opzichte van 2024."),
        ("Thuisnabij", "Het deelnamepercentage sbo en so samen daalt van 5,8% naar 5,2%."),
        ("Terugkeer", "Jaarlijks keren ten minste 60 kinderen vanuit sbo of so terug naar het regulier onderwijs."),
        ("Tevreden ouders", "Ouders waarderen de ondersteuning van school en samenwerkingsverband gemiddeld met ten minste een 7,5."),
    ),
    P("Deze ambities zijn ambitieus maar haalbaar. Aan iedere ambitie is budget gekoppeld in de meerjarenbegroting (hoofdstuk 8)."),
    P("Het kwaliteitszorgsysteem van het samenwerkingsverband is in herontwerp. Op welke manier we de voortgang van deze ambities gaan volgen, welke gegevens we daarvoor verzamelen en hoe en wanneer we erover rapporteren, beschrijven we in het kwaliteitsplan 2026–2029. Dat kwaliteitsplan wordt uiterlijk in maart 2026 aan de raad van toezicht en de OPR voorgelegd."),
    H1("6 Ouders"),
    H2("6.1 Informatie voor ouders"),
    P("Ouders moeten kunnen weten welke ondersteuning er is en hoe zij die voor hun kind kunnen krijgen. Wij zorgen daarvoor op vier manieren. Ten eerste via de school: iedere school beschrijft in de schoolgids de basisondersteuning volgens de tien standaarden en de extra ondersteuning die zij biedt. Ten tweede via onze website, met een ouderdeel waarop in eenvoudige taal de ondersteuningsroute, de arrangementen, de bovenschoolse voorzieningen en de TLV-procedure worden uitgelegd, ook in het Engels, Turks en Arabisch. Ten derde via de Ouderwijzer, een informatiebrochure die ouders krijgen bij het eerste gesprek in het ondersteuningsteam. Ten vierde via de informatiebijeenkomsten die we drie keer per jaar in verschillende stadsdelen organiseren, samen met de wijkteams."),
    H2("6.2 Onafhankelijke ondersteuning"),
    P("Voor ouders die hulp willen van iemand die los staat van school en samenwerkingsverband, is er het Ouder- en Jeugdsteunpunt Delta. Het steunpunt wordt gefinancierd door de samenwerkingsverbanden PO en VO in de regio, maar werkt onafhankelijk en uitsluitend in het belang van kind en ouders. De ouder- en jeugdadviseurs beantwoorden vragen, gaan mee naar gesprekken op school en helpen bij meningsverschillen. Het steunpunt is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in de centrale bibliotheek. Daarnaast kunnen ouders terecht bij de Onderwijsconsulenten en, bij geschillen over toelating, verwijdering of het ontwikkelingsperspectief, bij de Geschillencommissie passend onderwijs."),
    H2("6.3 Vragen en antwoorden"),
    Q("Moet ik toestemming geven voor een arrangement?"),
    P("Een arrangement wordt altijd met u besproken. De school vraagt uw instemming met het ontwikkelingsperspectief, voor zover het gaat om het handelingsdeel."),
    Q("Hoe lang duurt het voordat mijn kind naar het sbo kan?"),
    P("Vanaf het moment dat de aanvraag compleet is, beslist de CvT binnen zes weken. Daarna kan uw kind worden ingeschreven."),
    Q("Mag mijn kind na het sbo terug naar een gewone basisschool?"),
    P("Ja, als dat past. Ieder jaar wordt met u besproken of terugkeer mogelijk is. Zie § 4.6."),
    Q("Wat als er geen plek is?"),
    P("Neem contact op met de intern begeleider of met het Ouder- en Jeugdsteunpunt Delta. Het samenwerkingsverband zoekt samen met u en de school naar een oplossing."),
    Q("Kan ik meedenken over het beleid?"),
    P("Ja. Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. U kunt ook deelnemen aan het ouderpanel dat twee keer per jaar bijeenkomt."),
    H1("7 Samenwerking met gemeenten en jeugdhulp"),
    P("Met de gemeenten Deltastad, Westmaas en Polderveen voeren wij structureel overleg. In het OOGO van maart 2025 zijn afspraken gemaakt over vier thema’s: jeugdhulp in de school, thuiszitters, leerlingenvervoer en onderwijshuisvesting. Op iedere school is een vaste contactpersoon van het wijkteam. Voor kinderen die onderwijs en zorg tegelijk nodig hebben, maken we onderwijs-zorgarrangementen waarin de gemeente de zorgcomponent betaalt en het samenwerkingsverband de onderwijscomponent."),
    P("Daarnaast werken we samen met de GGD, de kinderopvang (voor de doorgaande lijn vanuit de voorschoolse periode) en de samenwerkingsverbanden VO (voor de overstap naar het voortgezet onderwijs)."),
    H1("8 Financiën"),
    H2("8.1 Inkomsten"),
    P("Het samenwerkingsverband ontvangt jaarlijks circa € 38,6 miljoen aan rijksbijdragen voor lichte en zware ondersteuning. Daarvan wordt ongeveer € 14,9 miljoen door DUO rechtstreeks afgedragen aan de so-scholen, op basis van het aantal leerlingen met een TLV per 1 oktober en de bekostigingscategorie. Voor het sbo geldt de overdrachtsregeling: boven het landelijke deelnamepercentage van 2% draagt het samenwerkingsverband per leerling de bekostiging over aan het sbo-bestuur, met als peildatum 1 februari."),
    H2("8.2 Verdeelmodel"),
    P("De middelen die na de afdrachten overblijven, worden verdeeld volgens het verdeelmodel dat de directeur-bestuurder na advies van het bestuurdersoverleg en goedkeuring van de raad van toezicht vaststelt, jaarlijks vóór 1 november voor het volgende kalenderjaar. Het model kent drie onderdelen:"),
    UL(
        "Schoolbudgetten (68%): ieder schoolbestuur ontvangt een bedrag per leerling (in 2025: € 178), plus een opslag per leerling op scholen met een hoge achterstandsscore volgens de CBS-indicator (in 2025: € 42). Met het schoolbudget bekostigen besturen de extra ondersteuning op hun scholen en individuele arrangementen.",
        "Bovenschoolse voorzieningen (22%): de Plusklassen, het Schakelpunt, de nieuwkomersvoorzieningen en de onderwijs-zorggroepen ontvangen een vast budget per plaats.",
        "Organisatie (10%): bureau, CvT, deskundigen, onderwijsadviseurs en het Ouder- en Jeugdsteunpunt.",
    ),
    H2("8.3 Meerjarenbegroting"),
    TABLE(
        ("Bedragen x € 1.000", "2025", "2026", "2027", "2028"),
        ("Rijksbijdrage ondersteuning", "38.610", "38.420", "38.190", "37.950"),
        ("Afdracht so (DUO)", "-14.900", "-15.150", "-15.300", "-15.300"),
        ("Overdracht sbo", "-1.020", "-1.060", "-1.080", "-1.080"),
        ("Beschikbaar voor verdeling", "22.690", "22.210", "21.810", "21.570"),
        ("Schoolbudgetten besturen", "15.430", "15.100", "14.830", "14.670"),
        ("Bovenschoolse voorzieningen", "4.990", "4.890", "4.800", "4.740"),
        ("Organisatie en OJSP", "2.270", "2.220", "2.180", "2.160"),
        ("Resultaat", "0", "0", "0", "0"),
    ),
    H2("8.4 Reserves"),
    P("De algemene reserve bedroeg eind 2024 € 3,1 miljoen. Dat is binnen de bandbreedte die de raad van toezicht heeft vastgesteld (ten hoogste 7,5% van de baten). Er is geen sprake van bovenmatige reserves."),
    H2("8.5 Verantwoording"),
    P("Schoolbesturen verantwoorden jaarlijks vóór 1 juni in een vast format aan het samenwerkingsverband waaraan zij het schoolbudget hebben besteed, per school en per type ondersteuning. De onderwijsadviseurs bespreken die verantwoording met de directeuren."),
    H1("9 Organisatie en governance"),
    P("Stichting Passend Primair Onderwijs Deltastad heeft een raad van toezichtmodel. De directeur-bestuurder is het bevoegd gezag; de raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de aangesloten besturen. Het bestuurdersoverleg van de 23 besturen adviseert de directeur-bestuurder over alle belangrijke besluiten, waaronder het ondersteuningsplan, het verdeelmodel en de begroting."),
    P("Het bureau heeft 64 medewerkers, onder wie 28 onderwijsadviseurs, 9 orthopedagogen en psychologen en de medewerkers van het Schakelpunt. De ondersteuningsplanraad telt twaalf leden (zes ouders en zes personeelsleden), gekozen uit en door de medezeggenschapsraden."),
    H1("10 Personeel en professionalisering"),
    P("Het lerarentekort raakt de uitvoering van passend onderwijs direct. Wij ondersteunen scholen daarom met een professionaliseringsprogramma voor leerkrachten en intern begeleiders (onder meer over gedrag, trauma, NT2 en hoogbegaafdheid), met de inzet van ambulante begeleiders uit het sbo en so en met een pool van onderwijsassistenten die scholen kunnen inhuren voor arrangementen. Medewerkers van het bureau hebben een persoonlijk ontwikkelplan en volgen jaarlijks scholing."),
    H1("11 Planning"),
    TABLE(
        ("Wanneer", "Wat"),
        ("Augustus 2025", "Start onderwijs-zorggroep De Kim; nieuwe verdeling van kracht"),
        ("Schooljaar 2025–2026", "Actualisatie toetsingskaders CvT; kwaliteitsplan 2026–2029"),
        ("Januari 2026", "Pilot HB en gedrag"),
        ("2027", "Tussenevaluatie met OPR, besturen en gemeenten"),
        ("2028–2029", "Evaluatie en nieuw ondersteuningsplan"),
    ),
    PB,
    H1("Bijlage Afkortingenlijst"),
    TABLE(
        ("Afkorting", "Betekenis"),
        ("CvT", "Commissie van Toelaatbaarheid"),
        ("HB", "Hoogbegaafd(heid)"),
        ("MDO", "Multidisciplinair overleg"),
        ("OJSP", "Ouder- en jeugdsteunpunt"),
        ("OOGO", "Op overeenstemming gericht overleg"),
        ("OPP", "Ontwikkelingsperspectief"),
        ("OPR", "Ondersteuningsplanraad"),
        ("PDCA", "Plan-do-check-act, de cyclus van kwaliteitszorg waarmee resultaten worden gemonitord"),
        ("SBO", "Speciaal basisonderwijs"),
        ("SO", "Speciaal onderwijs"),
        ("SOP", "Schoolondersteuningsprofiel"),
        ("TLV", "Toelaatbaarheidsverklaring"),
    ),
]
C_META = {"title": "Ondersteuningsplan 2025–2029 Passend Primair Onderwijs Deltastad", "author": "SPPO Deltastad",
          "header": "SPPO Deltastad – Ondersteuningsplan 2025–2029",
          "footer": "Ieder kind een plek die past"}
C_LABEL = make_label(
    ["po-deltastad-op-2025-2029.pdf"], "po",
    {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.procedure",
     "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
     "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    {"basisondersteuning": "3.2.1 agreed level for all 164 schools; the concrete content is only in the standards table of 3.2.2; verbeterplan/jaarlijks gesprek as borging.",
     "plaatsing": "4.1 six-step procedure with CvT and 6-week term, 4.3-4.5 deskundigen, duur, categorie, bezwaar; but 4.2 gives no criteria ('integraal', toetsingskaders to be updated and published on the website).",
     "terugstroom": "4.6 policy (perspectief op terugkeer, conditions, terugplaatsingsarrangement) and procedure (yearly OPP evaluation, January overleg in last TLV year, new TLV before 1 April).",
     "financien": "8.2 verdeelmodel with procedure (before 1 November) and criteria (68/22/10, € 178 per leerling, opslag); 8.3 meerjarenbegroting table 2025-2028; 8.4 reserves; 8.5 verantwoording.",
     "dekkend-aanbod": "3.3.3/3.4.1 five-level continuum and bovenschoolse voorzieningen; 3.4.2 yearly witte-vlekken analysis, two gaps with actions, thuiszitters route.",
     "resultaten": "Ch. 5 table of beoogde resultaten 2029 with streefwaarden; no terugblik and monitoring deferred to the kwaliteitsplan 2026-2029 (March 2026); PDCA only in the afkortingenlijst.",
     "ouders": "6.1 four channels (schoolgids, website in four languages, Ouderwijzer, bijeenkomsten); 6.2 OJSP Delta, Onderwijsconsulenten, Geschillencommissie; 6.3 Q&A."},
)
# ================================================================ PLAN D
# VO, small verband, .docx; plain chapters, money under 'Geld en middelen', budget in a table.
D_NAME = "Samenwerkingsverband Voortgezet Onderwijs Kempenrand"
D_BLOCKS = [
    H0("Ondersteuningsplan Kempenrand 2025–2029"),
    P(D_NAME + " – VO 30-11"),
    P("Vastgesteld in de vergadering van het algemeen bestuur van 16 april 2025. Instemming ondersteuningsplanraad: 9 april 2025. OOGO gemeenten Kempen, Heiloo-Zuid en Bergeijkerveld: 2 april 2025."),
    PB,
    H1("Inhoudsopgave"),
    TOC(
        "Voorwoord",
        "1 Ons samenwerkingsverband",
        "2 Visie en koers",
        "3 Ondersteuning op school (basisondersteuning en extra ondersteuning)",
        "4 Toelaatbaarheid: vso, lwoo en praktijkonderwijs",
        "5 Thuiszitters en dekkend netwerk",
        "6 Geld en middelen",
        "7 Wat we willen bereiken en hoe we weten of het lukt",
        "8 Samenwerking met gemeenten",
        "9 Bestuur en medezeggenschap",
        "10 Communicatie",
        "11 Personeel, privacy en organisatie",
        "12 Planning",
        "Bijlage Begrippenlijst (o.a. terugplaatsing, basisondersteuning, ouder- en jeugdsteunpunt)",
    ),
    PB,
    H1("Voorwoord"),
    P("Kempenrand is een klein samenwerkingsverband. Vier schoolbesturen, negen vestigingen en ongeveer 7.400 leerlingen in een landelijke regio waar iedereen elkaar kent. Dat heeft voordelen: we hoeven niet alles in procedures te vangen en problemen worden vaak opgelost met een telefoontje. Maar het maakt ons ook kwetsbaar. Als een voorziening ontbreekt, is er niet vanzelf een alternatief om de hoek, en als een sleutelfiguur vertrekt, verdwijnt er veel kennis."),
    P("Dit ondersteuningsplan is het derde plan van Kempenrand. Het vorige plan was ambitieus en breed; dit plan is bewust compacter. We beschrijven waar we de komende vier jaar op inzetten en welke afspraken daarbij horen. Een aantal onderwerpen is uitgewerkt in afzonderlijke documenten, zoals het Handboek Toewijzing en de sociale kaart, die op onze website te vinden zijn. Andere onderwerpen, zoals de basisondersteuning, wachten op landelijke besluitvorming."),
    P("Wij danken de ondersteuningsplanraad, de directeuren, de ondersteuningscoördinatoren en de gemeenten voor hun inbreng. Samen zorgen we ervoor dat alle jongeren in de Kempenrand onderwijs krijgen dat bij hen past."),
    P("Jeroen Verhoeven, directeur-bestuurder"),
    H1("1 Ons samenwerkingsverband"),
    P("Het samenwerkingsverband omvat de gemeenten Kempen, Heiloo-Zuid en Bergeijkerveld. Er zijn vier aangesloten schoolbesturen met samen negen vestigingen: zes vestigingen voor vmbo, havo en vwo, een school voor praktijkonderwijs, een vso-school voor cluster 4 en een vso-locatie voor cluster 3 die deel uitmaakt van een bestuur buiten de regio."),
    TABLE(
        ("Vestiging", "Onderwijssoort", "Leerlingen 1-10-2024"),
        ("Kempencollege Noord", "vmbo-havo-vwo", "1.812"),
        ("Kempencollege Zuid", "vmbo", "1.044"),
        ("Sint-Willibrord Lyceum", "havo-vwo", "1.630"),
        ("Heiloo College", "vmbo-havo", "1.205"),
        ("Bergeijkerveld Scholengemeenschap", "vmbo-havo-vwo (2 locaties)", "1.198"),
        ("Praktijkschool De Kempen", "praktijkonderwijs", "286"),
        ("De Zandloper", "vso cluster 4", "158"),
        ("De Regenboog, locatie Kempen", "vso cluster 3", "71"),
        ("Totaal", "", "7.404"),
    ),
    P("Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een beleidsmedewerker, twee trajectbegeleiders, een orthopedagoog en een administratief medewerker. Het bureau is gehuisvest in het gemeentehuis van Kempen, wat de lijnen met leerplicht en jeugdhulp kort houdt."),
    P("De regio kent een krimpende bevolking. De gemeenten verwachten dat het aantal leerlingen in het voortgezet onderwijs tot 2030 met ongeveer 8% daalt. Dat heeft gevolgen voor de scholen, die kleiner worden, en voor de rijksbijdrage aan het samenwerkingsverband, die daalt."),
    H1("2 Visie en koers"),
    P("Iedere jongere in de Kempenrand verdient een plek waar hij of zij kan leren en zich kan ontwikkelen, met de ondersteuning die daarbij nodig is. Wij willen dat jongeren zoveel mogelijk in hun eigen omgeving naar school kunnen, samen met leeftijdgenoten, en dat zij de school verlaten met een diploma of een stevige stap richting werk. Dat vraagt om scholen die zich samen verantwoordelijk voelen, om docenten die weten wat zij kunnen doen en om korte lijnen met jeugdhulp."),
    P("Onze koers voor 2025–2029 bestaat uit drie lijnen. De eerste lijn is ‘niemand aan de kant’: we willen het aantal thuiszitters terugdringen en voorkomen dat jongeren tussen wal en schip vallen. De tweede lijn is ‘eerlijk verdelen’: de middelen moeten terechtkomen waar de ondersteuning wordt geboden. De derde lijn is ‘leren van resultaten’: we willen beter weten wat werkt, en daar onze keuzes op baseren."),
    P("We werken daarbij samen met ouders en leerlingen, met de samenwerkingsverbanden primair onderwijs in de regio, met het mbo en met de gemeenten. Passend onderwijs is geen zaak van het samenwerkingsverband alleen."),
    H2("2.1 Terugblik op de vorige planperiode"),
    P("Het ondersteuningsplan 2021–2025 is in het voorjaar van 2025 geëvalueerd met de directeuren, de ondersteuningscoördinatoren, de ondersteuningsplanraad en de gemeenten. De evaluatie leverde een gemengd beeld op. Positief was dat de samenwerking tussen de scholen is versterkt: ondersteuningscoördinatoren weten elkaar te vinden, er is een gezamenlijk scholingsaanbod en bij dreigende uitval wordt vaker over de grenzen van het eigen bestuur heen gekeken. Ook de verbinding met de jeugdhulp is verbeterd sinds het bureau in het gemeentehuis is gevestigd."),
    P("Minder positief was dat het plan veel voornemens bevatte die niet zijn uitgevoerd, omdat het bureau door langdurige ziekte en vertrek van medewerkers een jaar onderbezet was. Daarnaast bleek dat we onvoldoende gegevens verzamelden om te kunnen zeggen of onze inzet effect had. Die lessen hebben we meegenomen: dit plan bevat minder voornemens, en voor elk doel is vastgelegd hoe we meten of het lukt (hoofdstuk 7)."),
    P("Een derde les gaat over de overstap naar het mbo. Veel jongeren in de regio stromen na het vmbo door naar het mbo-college in Kempen, maar een deel van hen valt in het eerste jaar uit. De scholen en het mbo-college hebben in 2024 afspraken gemaakt over een warme overdracht en over loopbaanbegeleiding in het examenjaar. Die afspraken vallen buiten dit plan, maar we volgen ze met belangstelling."),
    H2("2.2 Passend onderwijs in een krimpregio"),
    P("De daling van het aantal leerlingen heeft gevolgen voor het onderwijsaanbod in de regio. Kleinere scholen kunnen minder specialistische expertise in huis hebben en minder keuzemogelijkheden bieden. Tegelijk biedt krimp kansen: kleinere groepen, meer persoonlijke aandacht en ruimte in gebouwen. De besturen hebben in 2024 een regionale visie op het onderwijsaanbod opgesteld, waarin afspraken staan over de spreiding van onderwijssoorten en profielen. Het samenwerkingsverband is bij de totstandkoming daarvan betrokken geweest, maar de regionale visie is een verantwoordelijkheid van de besturen."),
    P("Ook het lerarentekort raakt onze scholen, vooral in de tekortvakken en in het praktijkonderwijs. Het samenwerkingsverband kan dat probleem niet oplossen, maar draagt bij door scholing van docenten in het omgaan met verschillen en door de inzet van trajectbegeleiders die docenten ontlasten bij complexe leerlingsituaties."),
    H1("3 Ondersteuning op school (basisondersteuning en extra ondersteuning)"),
    P("In het vorige ondersteuningsplan was een uitgebreide paragraaf over basisondersteuning opgenomen. In 2024 heeft de minister aangekondigd dat er een landelijke norm voor basisondersteuning komt. De besturen in Kempenrand hebben daarom besloten de eigen afspraken over basisondersteuning niet opnieuw te formuleren, maar de landelijke norm af te wachten. Zodra die norm wettelijk is vastgelegd, herijken wij onze afspraken en leggen wij ze via een wijziging van dit plan aan de ondersteuningsplanraad voor. Tot die tijd blijven de afspraken uit het ondersteuningsplan 2021–2025 van kracht."),
    P("Wat iedere school daarnaast aan extra ondersteuning biedt, is beschreven in de schoolgidsen en schoolondersteuningsprofielen van de scholen."),
    H1("4 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
    P("Het samenwerkingsverband beslist over toelaatbaarheid tot het voortgezet speciaal onderwijs, over aanwijzingen voor leerwegondersteunend onderwijs en over toelaatbaarheid tot het praktijkonderwijs. De aanvraagprocedure – wie aanvraagt, welke stukken nodig zijn, wie besluit en binnen welke termijn – is vastgelegd in het Handboek Toewijzing Kempenrand, dat u vindt op onze website. In dit hoofdstuk beschrijven we de inhoudelijke criteria."),
    H2("4.1 Voortgezet speciaal onderwijs"),
    P("Een leerling is toelaatbaar tot het vso als aan de volgende voorwaarden is voldaan:"),
    OL(
        "De ondersteuningsbehoefte van de leerling is in kaart gebracht in een ontwikkelingsperspectief, en uit de evaluatie daarvan blijkt dat de leerling zich in het reguliere onderwijs niet of onvoldoende ontwikkelt.",
        "De school heeft gedurende ten minste twintig schoolweken extra ondersteuning geboden en deze planmatig geëvalueerd; deze voorwaarde geldt niet als de leerling vanuit het so of een medische setting instroomt.",
        "De leerling heeft een combinatie van kleine groepen, een specifiek pedagogisch-didactisch klimaat en intensieve, specialistische begeleiding nodig die geen van de reguliere vestigingen kan bieden.",
        "Voor cluster 4: er is sprake van ernstige en langdurige gedragsproblematiek of psychiatrische problematiek, onderbouwd met recent diagnostisch onderzoek (niet ouder dan twee jaar).",
        "Voor cluster 3: er is sprake van een verstandelijke beperking met een totaal-IQ lager dan 55, of lager dan 70 in combinatie met bijkomende problematiek; of van een lichamelijke beperking of langdurige ziekte die deelname aan het reguliere onderwijs structureel belemmert.",
    ),
    P("Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren en eindigt op 31 juli. De bekostigingscategorie is laag, tenzij er sprake is van een lichamelijke beperking (midden) of een meervoudige beperking (hoog)."),
    H2("4.2 Leerwegondersteunend onderwijs"),
    P("Kempenrand hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking als hij of zij een IQ heeft tussen 75 en 90 en een leerachterstand van 25% tot 50% op ten minste twee van de vier domeinen (inzichtelijk rekenen, begrijpend lezen, technisch lezen, spellen), waarvan één inzichtelijk rekenen of begrijpend lezen. Ook een leerling met een IQ tussen 91 en 120 komt in aanmerking als er een vergelijkbare leerachterstand is en er sociaal-emotionele problematiek (faalangst, prestatiemotivatie, emotionele instabiliteit) is die het leren belemmert. Een aanwijzing lwoo geldt voor de gehele opleiding in het vmbo."),
    H2("4.3 Praktijkonderwijs"),
    P("Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op ten minste twee domeinen, waaronder inzichtelijk rekenen of begrijpend lezen. Een leerling met een IQ tussen 75 en 80 komt alleen in aanmerking als uit het dossier blijkt dat het vmbo met lwoo niet haalbaar is. Toelaatbaarheid tot het praktijkonderwijs geldt voor onbepaalde tijd."),
    H1("5 Thuiszitters en dekkend netwerk"),
    P("Een overzicht van alle voorzieningen die in onze regio beschikbaar zijn, van de ondersteuning in de klas tot de vso-scholen en de voorzieningen van de jeugdhulp, staat in de sociale kaart op onze website. In dit hoofdstuk gaan we in op de plekken waar het netwerk nog niet sluitend is."),
    H2("5.1 Hoe we gaten in het netwerk vinden"),
    P("Twee keer per jaar, in november en in mei, houden we een netwerkanalyse. De trajectbegeleiders verzamelen daarvoor per school de jongeren voor wie in het afgelopen half jaar geen passend aanbod kon worden gevonden, of voor wie het aanbod pas na lange tijd beschikbaar kwam. Daarnaast gebruiken we de verzuimgegevens van leerplicht, de wachtlijsten van de vso-scholen en de signalen van de jeugdhulp. Wanneer drie of meer jongeren in een jaar tegen hetzelfde probleem aanlopen, spreken we van een gat in het netwerk. De directeur-bestuurder legt de analyse met een voorstel voor acties voor aan het algemeen bestuur, dat binnen twee maanden besluit."),
    P("De netwerkanalyse van november 2024 liet twee gaten zien. Ten eerste is er voor jongeren in de bovenbouw van havo en vwo die door angst of somberheid niet meer naar school komen, geen tussenvoorziening in de regio; zij zijn nu aangewezen op een voorziening op 45 minuten reizen. Ten tweede is er voor jongeren van 16 en 17 jaar zonder diploma die niet meer naar school gaan, geen route naar het mbo. Het algemeen bestuur heeft in januari 2025 besloten per 1 augustus 2025 op het Sint-Willibrord Lyceum een kleinschalige herstelgroep voor maximaal tien leerlingen te openen en met het mbo-college een entreeroute te ontwikkelen, die in februari 2026 start."),
    H2("5.2 Thuiszitters"),
    P("Iedere school meldt een leerling die vier weken of langer ongeoorloofd of geoorloofd afwezig is en voor wie geen terugkeerplan is, bij de trajectbegeleider van het samenwerkingsverband. De trajectbegeleider organiseert binnen tien schooldagen een overleg met de school, de leerplichtambtenaar en zo nodig de jeugdhulp. Als er na zes weken nog geen passende plek is, wordt de leerling besproken aan de thuiszitterstafel, die iedere maand bijeenkomt met de directeur-bestuurder, de leerplichtambtenaren van de drie gemeenten en een vertegenwoordiger van de jeugdhulp. De directeur-bestuurder kan een school vragen een leerling tijdelijk op te nemen. Op 1 oktober 2024 waren er in onze regio elf thuiszitters; zes van hen zaten langer dan drie maanden thuis."),
    H1("6 Geld en middelen"),
    P("Kempenrand ontvangt jaarlijks een rijksbijdrage voor lichte ondersteuning (inclusief lwoo en praktijkonderwijs) en voor zware ondersteuning. DUO houdt op die bijdrage de afdrachten voor het vso en het praktijkonderwijs in. Over wat overblijft, maken de besturen afspraken in het verdeelmodel."),
    H2("6.1 Zo verdelen we"),
    P("Het verdeelmodel wordt ieder jaar in oktober door het algemeen bestuur vastgesteld voor het volgende kalenderjaar, op voorstel van de directeur-bestuurder en na advies van de financiële commissie. Het model werkt als volgt. De lwoo-middelen worden doorgegeven aan de besturen naar rato van het aantal lwoo-leerlingen op 1 oktober. De overige middelen lichte ondersteuning gaan naar de besturen op basis van het totale leerlingaantal op 1 oktober: € 96 per leerling in 2025. Van de middelen zware ondersteuning betaalt het samenwerkingsverband eerst de afdrachten, het bureau, de trajectbegeleiding en de bovenschoolse voorzieningen; het restant wordt verdeeld met een vaste voet van € 25.000 per reguliere vestiging plus een bedrag per leerling. Besturen die meer vso-leerlingen hebben verwezen dan gemiddeld, dragen niet extra bij; dat is een bewuste keuze om verwijzing niet financieel te belasten."),
    H2("6.2 Zo besteden we"),
    P("De meerjarenbegroting hieronder laat zien waaraan het geld in de komende jaren wordt besteed. De bedragen zijn in euro’s en gebaseerd op de leerlingprognose van de gemeenten."),
    TABLE(
        ("Post", "2025", "2026", "2027", "2028"),
        ("Rijksbijdrage lichte ondersteuning (incl. lwoo/pro)", "4.960.000", "4.880.000", "4.790.000", "4.700.000"),
        ("Rijksbijdrage zware ondersteuning", "6.420.000", "6.310.000", "6.190.000", "6.080.000"),
        ("Afdracht vso en pro (DUO)", "-5.180.000", "-5.230.000", "-5.260.000", "-5.260.000"),
        ("Doorbetaling lwoo aan besturen", "-2.610.000", "-2.560.000", "-2.510.000", "-2.460.000"),
        ("Doorbetaling overige lichte ondersteuning", "-690.000", "-680.000", "-660.000", "-650.000"),
        ("Budgetten besturen (vaste voet en per leerling)", "-1.180.000", "-1.080.000", "-1.000.000", "-930.000"),
        ("Trajectbegeleiding en thuiszittersaanpak", "-420.000", "-430.000", "-440.000", "-450.000"),
        ("Herstelgroep en entreeroute", "-180.000", "-310.000", "-320.000", "-330.000"),
        ("Bureau en bestuur", "-480.000", "-490.000", "-500.000", "-510.000"),
        ("Resultaat", "-1.360.000", "-1.670.000", "-1.700.000", "-1.810.000"),
    ),
    P("Het negatieve resultaat wordt gedekt uit de reserve, die eind 2024 € 7,9 miljoen bedroeg. Dat is ruim boven de signaleringswaarde voor bovenmatige reserves. Met deze begroting brengen we de reserve in vier jaar terug tot ongeveer € 1,4 miljoen, wat past bij het risicoprofiel van een klein samenwerkingsverband."),
    H2("6.3 Verantwoording"),
    P("De besturen verantwoorden jaarlijks in hun jaarverslag en in een korte rapportage aan het samenwerkingsverband hoe zij de ontvangen middelen hebben ingezet. De financiële commissie bespreekt die rapportages."),
    H1("7 Wat we willen bereiken en hoe we weten of het lukt"),
    P("In het vorige plan hadden we veel doelen, maar weinig manieren om te weten of we ze haalden. Dit keer kiezen we voor vier doelen, elk met een meetpunt en een streefcijfer."),
    TABLE(
        ("Wat we willen bereiken", "Meetpunt", "Nu (2024)", "In 2029"),
        ("Minder jongeren thuis", "Thuiszitters langer dan drie maanden op 1 oktober", "6", "0"),
        ("Snellere hulp", "Dagen tussen melding en passend aanbod (mediaan)", "47", "30"),
        ("Meer jongeren met een diploma of entree", "% vso- en pro-leerlingen dat uitstroomt met diploma, certificaat of arbeid", "71%", "80%"),
        ("Tevreden scholen", "Waardering van het samenwerkingsverband door ondersteuningscoördinatoren", "7,1", "≥ 7,5"),
    ),
    P("Hoe we weten of het lukt: de trajectbegeleiders registreren iedere melding, elk aanbod en iedere thuiszittersbespreking in het registratiesysteem. De beleidsmedewerker maakt daar iedere vier maanden een overzicht van, dat wordt besproken in het directeurenoverleg en het algemeen bestuur. De uitstroomgegevens van vso en pro halen we jaarlijks uit de schoolgegevens en de gegevens van DUO. Eens per twee jaar vragen we ondersteuningscoördinatoren om hun waardering. In het jaarverslag rapporteren we per doel wat we bereikt hebben, wat het heeft gekost en wat we bijstellen. Halverwege de planperiode, in het voorjaar van 2027, bespreken we de tussenstand met de ondersteuningsplanraad en de gemeenten."),
    H1("8 Samenwerking met gemeenten"),
    P("De drie gemeenten en het samenwerkingsverband werken samen in het Regionaal Overleg Onderwijs en Jeugd, dat vier keer per jaar bijeenkomt. Het OOGO over dit plan vond op 2 april 2025 plaats en is met instemming van beide partijen afgesloten. Afgesproken is dat de gemeenten een jeugdhulpverlener per vestiging beschikbaar stellen, dat de leerplichtambtenaren deelnemen aan de thuiszitterstafel en dat gemeenten en samenwerkingsverband samen de herstelgroep financieren."),
    P("Daarnaast is er overleg over leerlingenvervoer, over de huisvesting van de praktijkschool en over de aansluiting op het mbo. Met de samenwerkingsverbanden primair onderwijs in de regio zijn afspraken gemaakt over de overstap van groep 8 naar het voortgezet onderwijs."),
    H1("9 Bestuur en medezeggenschap"),
    P("Kempenrand is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de vier schoolbesturen en houdt toezicht op de directeur-bestuurder, die het samenwerkingsverband leidt. Twee onafhankelijke leden met financiële en jeugdzorgexpertise vullen het algemeen bestuur aan. Het algemeen bestuur vergadert vijf keer per jaar."),
    P("De ondersteuningsplanraad bestaat uit acht leden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het bestuur stelt de OPR jaarlijks een scholingsbudget ter beschikking."),
    H1("10 Communicatie"),
    P("Het samenwerkingsverband communiceert met scholen via het directeurenoverleg, het netwerk ondersteuningscoördinatoren en een maandelijkse digitale nieuwsbrief. Met de gemeenten communiceren we via het Regionaal Overleg en via een jaarlijkse bijeenkomst voor wethouders en raadsleden. Op de website publiceren we het ondersteuningsplan, het jaarverslag, het Handboek Toewijzing en de sociale kaart."),
    P("Een communicatieplan voor ouders en leerlingen is in voorbereiding en verschijnt in het tweede kwartaal van 2026. Daarin nemen we ook een voorstel op over een ouder- en jeugdsteunpunt, waarover we met de samenwerkingsverbanden primair onderwijs in gesprek zijn."),
    H1("11 Personeel, privacy en organisatie"),
    P("Het samenwerkingsverband heeft 5,4 fte in dienst. De medewerkers van de herstelgroep worden in dienst genomen door het bestuur van het Sint-Willibrord Lyceum en door het samenwerkingsverband bekostigd. Iedere medewerker volgt jaarlijks scholing; de trajectbegeleiders zijn geregistreerd in het beroepsregister."),
    P("Persoonsgegevens worden verwerkt volgens de AVG en het privacyreglement van het samenwerkingsverband. Medische gegevens worden alleen opgevraagd als dat nodig is voor een besluit, en worden na drie jaar verwijderd. De functionaris gegevensbescherming is extern ingehuurd."),
    P("Voor de digitale dossiers gebruiken we een systeem dat wordt gedeeld met twee andere samenwerkingsverbanden. Scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen."),
    H1("12 Planning"),
    TABLE(
        ("Wanneer", "Wat"),
        ("1 augustus 2025", "Start herstelgroep Sint-Willibrord Lyceum"),
        ("Februari 2026", "Start entreeroute met mbo-college"),
        ("Tweede kwartaal 2026", "Communicatieplan ouders en leerlingen"),
        ("Na landelijke norm", "Herijking basisondersteuning"),
        ("Voorjaar 2027", "Tussenevaluatie met OPR en gemeenten"),
        ("2028–2029", "Evaluatie en nieuw plan"),
    ),
    PB,
    H1("Bijlage Begrippenlijst"),
    UL(
        "Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden, zoals handelingsgericht werken, een dyslexieprotocol en begeleiding bij faalangst.",
        "Dekkend netwerk: een samenhangend geheel van voorzieningen, zodat iedere jongere een passende plek heeft.",
        "Lwoo: leerwegondersteunend onderwijs.",
        "Ouder- en jeugdsteunpunt (OJSP): een onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en bij onenigheid met school.",
        "Onderwijsconsulenten: landelijke organisatie die ouders kosteloos adviseert.",
        "Pro: praktijkonderwijs.",
        "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de TLV.",
        "TLV: toelaatbaarheidsverklaring.",
        "Uitstroom: het vertrek van een leerling naar vervolgonderwijs of werk.",
        "Vso: voortgezet speciaal onderwijs.",
    ),
]
D_META = {"title": "Ondersteuningsplan Kempenrand 2025–2029", "author": "SWV VO Kempenrand",
          "header": "Ondersteuningsplan Kempenrand 2025–2029",
          "footer": "SWV VO Kempenrand – VO 30-11"}
D_LABEL = make_label(
    ["vo-kempenrand-op-2025-2029.docx"], "vo",
    {"plaatsing.criteria", "financien.verdeling", "financien.besteding", "dekkend-aanbod.lacunes",
     "resultaten.doelen", "resultaten.monitoring"},
    {"plaatsing": ["duur-categorie"], "financien": ["reserves", "verantwoording"],
     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    {"basisondersteuning": "Ch. 3 only defers (awaiting the landelijke norm, earlier plan 2021-2025 stays in force) and refers to schoolgidsen; the definition with examples is only in the begrippenlijst.",
     "plaatsing": "Ch. 4 lists criteria for vso (cluster 3/4), lwoo and pro plus duration and categorie, but the procedure (who applies, documents, deciding body, termijn) is only referred to the Handboek Toewijzing on the website.",
     "terugstroom": "Nothing in the body on return from vso; 'terugplaatsing' only in the TOC line and the begrippenlijst, 'uitstroom' is a near-miss.",
     "financien": "Under 'Geld en middelen': 6.1 verdeelmodel with procedure (October, algemeen bestuur) and criteria (€ 96 per leerling, vaste voet € 25.000); 6.2 meerjarenbegroting table with amounts; reserve and verantwoording.",
     "dekkend-aanbod": "Ch. 5 network analysis twice a year, two gaps with decided actions, thuiszitters route and thuiszitterstafel; the continuum itself is only referred to the sociale kaart on the website.",
     "resultaten": "Ch. 7 'Wat we willen bereiken en hoe we weten of het lukt': four goals with streefcijfers, registration, four-monthly overview, jaarverslag, tussenevaluatie 2027.",
     "ouders": "No information channels and no independent support in the body; ch. 10 Communicatie defers a communicatieplan voor ouders (Q2 2026) and an OJSP proposal; OJSP/Onderwijsconsulenten only in the begrippenlijst."},
)
# ================================================================ PLAN E
# PO, small verband, .html web version of the plan (chapter pages on one page).
E_NAME = "Samenwerkingsverband Primair Onderwijs Lindeland"
E_BLOCKS = [
    H0("Ondersteuningsplan 2025–2029 – webversie"),
    SMALL("Home › Over ons › Ondersteuningsplan. Deze webversie is gelijk aan het door het bestuur vastgestelde plan (PO 24-02, vastgesteld 23 april 2025). Een printbare versie kunt u bij het bureau opvragen."),
    TOC(
        "1. Welkom",
        "2. Over Lindeland",
        "3. Waar we voor staan",
        "4. Basisondersteuning: wat elke school biedt",
        "5. Toelaatbaarheid voor sbo en so",
        "6. Terugplaatsing na sbo of so",
        "7. Het aanbod in de regio en thuiszitters",
        "8. Geld: verdeling en begroting",
        "9. Kwaliteit en verantwoording",
        "10. Ouders",
        "11. Samenwerking met gemeenten",
        "12. Bestuur, OPR en organisatie",
        "13. Personeel, scholing en privacy",
        "14. Wat gaan we wanneer doen?",
        "15. Begrippen",
    ),
    H1("1. Welkom"),
    P("Welkom bij de webversie van het ondersteuningsplan 2025–2029 van Samenwerkingsverband Primair Onderwijs Lindeland. De inhoud van deze pagina is dezelfde als die van het plan dat het bestuur op 23 april 2025 heeft vastgesteld, nadat de ondersteuningsplanraad op 15 april 2025 had ingestemd en het op overeenstemming gericht overleg met de gemeenten Lindeland en Veenhuizen op 7 april 2025 was afgerond."),
    P("Lindeland is een klein samenwerkingsverband. We hebben bewust gekozen voor een plan op hoofdlijnen. Op een aantal punten zijn we nog volop in beweging: we werken vanaf 2026 samen met ons buurverband aan een gezamenlijk loket, en het verdeelmodel wordt herzien. Waar dat zo is, leest u dat in het plan. Wij werken dit plan ieder jaar bij in een voortgangsparagraaf, waarop de OPR instemmingsrecht heeft."),
    P("We hopen dat u het plan met interesse leest. Heeft u vragen of opmerkingen, dan horen we dat graag."),
    P("Saskia Hoekstra, directeur-bestuurder"),
    H1("2. Over Lindeland"),
    P("Samenwerkingsverband Lindeland is het samenwerkingsverband voor het primair onderwijs in de gemeenten Lindeland en Veenhuizen. Vijf schoolbesturen zijn aangesloten, met samen 24 basisscholen en één school voor speciaal basisonderwijs, De Linde. Er is geen so-school in ons gebied; kinderen die so nodig hebben, gaan naar scholen in de omliggende regio’s. Op 1 oktober 2024 gingen 4.310 kinderen naar een van onze scholen."),
    TABLE(
        ("Bestuur", "Scholen", "Leerlingen"),
        ("Stichting Primair Onderwijs Lindeland", "10", "1.790"),
        ("Stichting Katholiek Primair Onderwijs Veenhuizen", "7", "1.180"),
        ("Stichting Christelijk Primair Onderwijs De Akker", "5", "860"),
        ("Stichting Speciaal Basisonderwijs De Linde", "1", "118"),
        ("Vereniging Montessorischool Lindeland", "2", "362"),
        ("Totaal", "25", "4.310"),
    ),
    P("Het bureau is klein: de directeur-bestuurder, twee onderwijsconsulenten, een orthopedagoog en een managementassistent. Voor specialistische expertise werken we samen met de so-scholen in de regio en met een orthopedagogisch adviesbureau."),
    P("Lindeland is een landelijk gebied met veel kleine dorpsscholen. Zes scholen hebben minder dan honderd leerlingen, en voor een aantal daarvan is het de vraag of zij op lange termijn kunnen blijven bestaan. Kleine scholen hebben een grote waarde voor de dorpen, maar het is voor hen ook lastiger om specialistische kennis in huis te hebben. De besturen werken daarom samen in clusters van scholen die kennis en mensen delen. Het samenwerkingsverband ondersteunt die clusters met scholing en met de inzet van de onderwijsconsulenten. Daarnaast zien we een groeiend aantal kinderen van arbeidsmigranten, vooral in Veenhuizen, die bij binnenkomst nog geen Nederlands spreken."),
    H1("3. Waar we voor staan"),
    P("Wij willen dat ieder kind in Lindeland zich op school thuis voelt en kan leren wat het in zich heeft. Dat vraagt om goede leerkrachten, scholen die hun deuren openzetten voor kinderen met verschillende behoeften en een samenwerkingsverband dat ondersteunt waar nodig en loslaat waar het kan. We geloven in vertrouwen: scholen weten het best wat hun leerlingen nodig hebben, en wij zorgen voor de randvoorwaarden."),
    P("Drie woorden staan centraal in ons werk: nabij, samen en eenvoudig. Nabij, omdat kinderen het best in hun eigen dorp of wijk naar school gaan. Samen, omdat geen school alles alleen kan. Eenvoudig, omdat leerkrachten hun tijd aan kinderen moeten kunnen besteden en niet aan formulieren."),
    P("In de komende jaren willen we verder bouwen aan de samenwerking tussen scholen, aan de kennis van leerkrachten over gedrag en leren, en aan de verbinding tussen school en jeugdhulp. We doen dat samen met ouders en met de gemeenten."),
    H2("Hoe dit plan tot stand kwam"),
    P("Het plan is geschreven door de directeur-bestuurder en de onderwijsconsulenten, op basis van gesprekken met de directeuren en intern begeleiders van alle scholen. In november 2024 hebben we een werkconferentie gehouden waaraan ruim zestig leerkrachten, intern begeleiders, directeuren, bestuurders en medewerkers van de gemeenten deelnamen. Het concept is daarna besproken in het directeurenoverleg, in het algemeen bestuur en in drie vergaderingen van de ondersteuningsplanraad. De OPR heeft op 15 april 2025 ingestemd, met de afspraak dat de voortgangsparagrafen ook ter instemming worden voorgelegd."),
    P("Het plan is vóór 1 mei 2025 naar de inspectie gestuurd. Het geldt voor de schooljaren 2025–2026 tot en met 2028–2029."),
    H2("Wat de wet vraagt"),
    P("Volgens artikel 18a van de Wet op het primair onderwijs bevat een ondersteuningsplan onder meer een beschrijving van het samenhangend geheel van ondersteuningsvoorzieningen en de basisondersteuning, de procedure en criteria voor de verdeling en besteding van middelen, de procedure en criteria voor toelaatbaarheid tot sbo en so, de procedure en het beleid voor terugplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders. In de inhoudsopgave ziet u waar deze onderwerpen in dit plan aan bod komen."),
    H2("Terugblik: wat we leerden van het vorige plan"),
    P("Het vorige plan, voor de periode 2021–2025, was het eerste plan waarin alle scholen in Lindeland met dezelfde afspraken over basisondersteuning werkten. Dat heeft veel opgeleverd: leerkrachten en ouders weten beter wat ze van een school mogen verwachten, en de verschillen tussen scholen zijn kleiner geworden. Tegelijkertijd zagen we dat de administratieve last voor scholen hoog bleef, dat het aantal aanvragen voor extra ondersteuning sterk steeg en dat de samenwerking met de jeugdhulp afhankelijk bleef van de inzet van individuele mensen."),
    P("De belangrijkste les is dat een klein samenwerkingsverband kwetsbaar is. Met een bureau van vijf mensen kunnen we niet alles zelf. Daarom zoeken we de samenwerking op met ons buurverband De Vaart, met wie we een gezamenlijk loket voor toelaatbaarheid gaan inrichten en met wie we scholing, kennisdeling en de inhuur van specialistische expertise delen."),
    H2("Samenwerken met De Vaart"),
    P("Lindeland en De Vaart hebben in 2024 een samenwerkingsovereenkomst gesloten. De samenwerking betreft het loket toelaatbaarheid, de deskundigheidsbevordering van intern begeleiders, de inkoop van orthopedagogische expertise en de gezamenlijke financiering van het Ouder- en Jeugdsteunpunt Lindeland. Beide samenwerkingsverbanden blijven zelfstandig en houden hun eigen bestuur, ondersteuningsplanraad en ondersteuningsplan. Een stuurgroep met de beide directeuren-bestuurders en twee bestuurders komt zes keer per jaar bijeen om de voortgang te bewaken."),
    P("Voor de scholen verandert er in het begin weinig. Het loket wordt na de zomer van 2026 ingericht. De intern begeleiders worden in het voorjaar van 2026 uitgebreid geïnformeerd over de nieuwe werkwijze, en er is een overgangsregeling voor aanvragen die rond 1 augustus 2026 lopen."),
    P("Voor de komende periode betekent dit concreet dat we onze energie richten op de leerkracht in de klas. Uit de werkconferentie bleek dat leerkrachten vooral behoefte hebben aan iemand die meekijkt en meedenkt, op het moment dat het nodig is, en minder aan formulieren en overleggen. We willen de onderwijsconsulenten daarom vaker in de scholen laten zijn, en minder op het bureau. Ook willen we de drempel voor kortdurende hulp verlagen."),
    H1("4. Basisondersteuning: wat elke school biedt"),
    P("Alle schoolbesturen in Lindeland hebben samen afgesproken welke ondersteuning iedere school ten minste biedt. Dat noemen we de basisondersteuning. Het niveau geldt voor alle 24 basisscholen en is voor het laatst vastgesteld door het bestuur op 5 februari 2025. Een school mag meer bieden, maar nooit minder. Basisondersteuning vraagt geen aanvraag en geen toestemming van het samenwerkingsverband."),
    P("Concreet betekent dit dat u op iedere school in Lindeland het volgende aantreft:"),
    UL(
        "een intern begeleider, die ten minste twee dagen per week beschikbaar is voor leerkrachten en ouders;",
        "drie keer per jaar een groepsbespreking en een leerlingbespreking, waarin de leerkracht met de intern begeleider de ontwikkeling van alle kinderen bekijkt;",
        "een ondersteuningsteam, waarin ook een onderwijsconsulent van het samenwerkingsverband zit, voor kinderen over wie zorgen zijn;",
        "extra instructie in kleine groepjes voor kinderen die achterblijven met lezen, spelling of rekenen, en begeleiding volgens de protocollen dyslexie en dyscalculie;",
        "een aanbod voor kinderen die meer aankunnen, met verrijkingsstof in de groep;",
        "een programma voor sociaal-emotioneel leren, een pestprotocol en een aanpak voor kinderen met lichte gedragsproblemen, zoals een beloningssysteem of een rustplek in de klas;",
        "afspraken over medisch handelen en over het toedienen van medicijnen;",
        "een ontwikkelingsperspectief voor ieder kind dat op een eigen leerlijn werkt;",
        "een leerkracht die is geschoold in het werken met kinderen die het Nederlands als tweede taal leren.",
    ),
    P("Iedere twee jaar bezoekt een onderwijsconsulent de school voor een kwaliteitsgesprek over de basisondersteuning, aan de hand van een checklist. Als een school op onderdelen tekortschiet, maakt het schoolbestuur verbeterafspraken met een termijn."),
    H1("5. Toelaatbaarheid voor sbo en so"),
    P("Per 1 augustus 2026 gaan Lindeland en het samenwerkingsverband De Vaart samen werken met één loket voor toelaatbaarheid. Dat moet leiden tot snellere besluiten, meer expertise en minder verschillen tussen de regio’s. Procedure en criteria worden vastgelegd in een gezamenlijk reglement toelaatbaarheid, dat na instemming van beide ondersteuningsplanraden als aanvulling op dit plan wordt gepubliceerd. Tot 1 augustus 2026 blijft de huidige werkwijze van kracht."),
    H1("6. Terugplaatsing na sbo of so"),
    P("Kinderen die op De Linde of op een so-school zitten, kunnen terugkeren naar een basisschool. Zo verloopt dat:"),
    OL(
        "De sbo- of so-school evalueert ieder jaar in juni het ontwikkelingsperspectief met de ouders. Daarbij staat altijd de vraag op de agenda of het kind kan terugkeren naar een basisschool.",
        "In het laatste jaar van de toelaatbaarheidsverklaring organiseert de sbo- of so-school vóór 1 maart een overleg met de ouders, de onderwijsconsulent van het samenwerkingsverband en, als terugkeer in beeld is, de intern begeleider van een mogelijke ontvangende school.",
        "De onderwijsconsulent legt de uitkomst vast in een advies. De directeur-bestuurder van het samenwerkingsverband besluit binnen drie weken of het kind wordt teruggeplaatst of dat een nieuwe toelaatbaarheidsverklaring wordt aangevraagd.",
        "Bij terugplaatsing meldt de ouder het kind aan bij de ontvangende school. De overstap vindt plaats na de zomervakantie, tenzij ouders en scholen een ander moment afspreken. De toelaatbaarheidsverklaring eindigt op de dag van inschrijving op de basisschool.",
        "Drie maanden na de overstap is er een evaluatiegesprek met ouders, beide scholen en de onderwijsconsulent.",
    ),
    P("Welke uitgangspunten en voorwaarden wij voor terugplaatsing hanteren, en welke ondersteuning een kind en de ontvangende school na terugkeer krijgen, bepalen we opnieuw als het gezamenlijke loket met De Vaart is ingericht."),
    H1("7. Het aanbod in de regio en thuiszitters"),
    P("Een samenwerkingsverband moet zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen, zodat ieder kind een passende plek heeft. In Lindeland hebben we in de vorige planperiode gemerkt dat we daar te weinig zicht op hebben. Een volledige inventarisatie van het aanbod, van de voorzieningen op en tussen de scholen en van de plekken waar het nog ontbreekt, voeren we uit in het schooljaar 2025–2026, samen met De Vaart. De uitkomsten nemen we op in de eerste voortgangsparagraaf bij dit plan."),
    P("Ook thuiszitters hebben onze aandacht. Afspraken daarover maken we samen met de leerplichtambtenaren van beide gemeenten, in het kader van de nieuwe regionale aanpak die in 2026 van start gaat."),
    H1("8. Geld: verdeling en begroting"),
    P("Lindeland ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een deel daarvan wordt door DUO rechtstreeks afgedragen aan de so-scholen waar kinderen uit onze regio naartoe gaan. De rest verdelen we over de schoolbesturen, De Linde en het bureau."),
    P("Het verdeelmodel wordt in 2025 en 2026 herzien, omdat de besturen vinden dat het huidige model te weinig rekening houdt met de verschillen tussen scholen. Een werkgroep Financiën, met twee bestuurders, een directeur en de controller, werkt de nieuwe verdeelsystematiek en de bijbehorende criteria uit. Het algemeen bestuur beslist daarover naar verwachting in het najaar van 2026."),
    P("De meerjarenbegroting laat zien waaraan de middelen de komende jaren worden besteed:"),
    TABLE(
        ("Bedragen in €", "2025", "2026", "2027", "2028"),
        ("Baten: rijksbijdrage lichte en zware ondersteuning", "4.870.000", "4.790.000", "4.720.000", "4.650.000"),
        ("Afdrachten so (DUO)", "1.120.000", "1.150.000", "1.160.000", "1.160.000"),
        ("Overdracht sbo De Linde (groeiregeling)", "215.000", "220.000", "220.000", "220.000"),
        ("Doorbetaling aan schoolbesturen", "2.630.000", "2.540.000", "2.470.000", "2.410.000"),
        ("Onderwijsconsulenten en orthopedagoog", "410.000", "420.000", "430.000", "440.000"),
        ("Scholing en kennisdeling", "95.000", "95.000", "95.000", "95.000"),
        ("Bureau, bestuur en huisvesting", "330.000", "335.000", "340.000", "345.000"),
        ("Ouder- en Jeugdsteunpunt", "40.000", "45.000", "45.000", "45.000"),
        ("Saldo", "30.000", "-15.000", "-40.000", "-65.000"),
    ),
    P("De tekorten in 2026 tot en met 2028 worden gedekt uit de algemene reserve, die eind 2024 € 1,2 miljoen bedroeg."),
    H1("9. Kwaliteit en verantwoording"),
    P("Wij willen weten of wat we doen ook werkt. Daarom houden we een aantal gegevens bij in een dashboard: het aantal aanvragen voor extra ondersteuning, het aantal toelaatbaarheidsverklaringen en het deelnamepercentage sbo en so op 1 oktober, het aantal terugplaatsingen, en de tijd tussen aanvraag en besluit. De onderwijsconsulenten vullen het dashboard maandelijks aan. Het bestuur ontvangt ieder kwartaal een rapportage en bespreekt die met de directeur-bestuurder. In het jaarverslag, dat vóór 1 juli verschijnt, maken we op basis van het dashboard de balans op. Daarnaast vragen we ieder voorjaar aan de intern begeleiders en directeuren hoe zij de ondersteuning van het samenwerkingsverband waarderen, en nemen we de uitkomst op in het jaarverslag."),
    P("Het jaarverslag 2024 liet onder meer zien dat het deelnamepercentage sbo 2,7% bedroeg en so 1,3%, dat er 41 toelaatbaarheidsverklaringen werden afgegeven, dat zes kinderen vanuit sbo of so terugkeerden naar een basisschool en dat intern begeleiders de ondersteuning waardeerden met een 7,4."),
    P("Met de OPR hebben we afgesproken dat de beoogde resultaten voor deze planperiode worden vastgesteld nadat de evaluatie van het vorige plan is afgerond, in het voorjaar van 2026. Ze worden opgenomen in de eerste voortgangsparagraaf."),
    H1("10. Ouders"),
    P("Ouders zijn de eerste opvoeders van hun kind en kennen hun kind het best. Wij vinden het belangrijk dat zij vanaf het begin betrokken zijn bij gesprekken over hun kind. Ouders zijn altijd welkom in het ondersteuningsteam en worden gevraagd om mee te denken over het ontwikkelingsperspectief."),
    H2("Onafhankelijke hulp"),
    P("Soms lopen ouders vast, of zijn zij het niet eens met de school of met ons. Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Lindeland. Het steunpunt werkt onafhankelijk van scholen en samenwerkingsverband, uitsluitend in het belang van het kind. De medewerkers luisteren, denken mee, bemiddelen bij meningsverschillen en gaan zo nodig mee naar gesprekken. Het steunpunt is bereikbaar via een vast telefoonnummer op werkdagen van 9.00 tot 15.00 uur en via e-mail. Ouders kunnen ook kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt onze klachtenregeling; geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
    H2("Informatie"),
    P("Hoe wij ouders in de toekomst informeren over de ondersteuning in Lindeland, werken we uit in een communicatiestrategie die na de zomer van 2026 verschijnt. We betrekken ouders uit de OPR bij het opstellen daarvan."),
    H1("11. Samenwerking met gemeenten"),
    P("De gemeenten Lindeland en Veenhuizen en het samenwerkingsverband overleggen vier keer per jaar op bestuurlijk niveau. Het OOGO over dit plan vond plaats op 7 april 2025. Daarin is gesproken over jeugdhulp, leerlingenvervoer, onderwijshuisvesting en de gezamenlijke aanpak van verzuim. Beide gemeenten hebben ingestemd met het plan."),
    P("Ook met het samenwerkingsverband VO Veenstreek is overleg gevoerd, met name over de overstap van groep 8 naar de brugklas. De afspraken over een warme overdracht blijven van kracht."),
    H1("12. Bestuur, OPR en organisatie"),
    P("Lindeland is een stichting met een algemeen bestuur, waarin de vijf aangesloten schoolbesturen zitting hebben. Het algemeen bestuur houdt toezicht op de directeur-bestuurder. Daarnaast is er een onafhankelijke voorzitter. Het bestuur vergadert zes keer per jaar en stelt onder meer de begroting, het jaarverslag en het ondersteuningsplan vast."),
    P("De ondersteuningsplanraad heeft acht leden: vier ouders en vier personeelsleden. De OPR heeft instemmingsrecht op het ondersteuningsplan en op de voortgangsparagrafen. De OPR vergadert vijf keer per jaar, waarvan twee keer met de directeur-bestuurder."),
    P("De inspectie van het onderwijs heeft Lindeland in het najaar van 2023 bezocht in het kader van het vierjaarlijks onderzoek. De inspectie was positief over de korte lijnen met de scholen en over de betrokkenheid van de besturen. Zij vroeg aandacht voor de onderbouwing van beleidskeuzes en voor de vastlegging van afspraken. Die opmerkingen hebben we ter harte genomen bij het schrijven van dit plan, onder meer door de voortgangsparagraaf in te voeren en door het bestuur vaker te laten rapporteren."),
    P("Het samenwerkingsverband heeft een integriteitscode en een klokkenluidersregeling. Het bestuur evalueert jaarlijks het eigen functioneren en dat van de directeur-bestuurder. De jaarrekening wordt gecontroleerd door een onafhankelijke accountant."),
    P("Binnen het bureau zijn de taken als volgt verdeeld. De directeur-bestuurder is verantwoordelijk voor beleid, financiën en externe contacten. De onderwijsconsulenten zijn het aanspreekpunt voor de scholen en nemen deel aan de ondersteuningsteams. De orthopedagoog adviseert bij complexe vragen en verzorgt scholing. De managementassistent ondersteunt het bestuur, de OPR en het bureau. Bij afwezigheid van een medewerker kan Lindeland een beroep doen op collega’s van De Vaart."),
    H1("13. Personeel, scholing en privacy"),
    P("Het samenwerkingsverband heeft 3,8 fte in dienst. Voor scholen organiseren we een scholingsaanbod, waaronder een jaarlijkse studiedag voor intern begeleiders, een netwerk gedrag en trainingen over het werken met een ontwikkelingsperspectief. Met deze scholing willen we de handelingsbekwaamheid van leerkrachten vergroten."),
    P("Wij gaan zorgvuldig om met persoonsgegevens van kinderen. We verwerken alleen gegevens die nodig zijn voor onze taken, bewaren gegevens niet langer dan nodig en hebben een privacyreglement dat met de OPR is besproken."),
    P("Naast scholing investeren we in kennisdeling tussen scholen. Intern begeleiders van verschillende besturen komen vier keer per jaar samen in netwerken, waar zij casussen bespreken en van elkaar leren. Directeuren bezoeken elkaars scholen in het kader van collegiale consultatie. Leerkrachten kunnen op een dag per jaar meekijken op De Linde of op een so-school in de regio, om te zien hoe daar met kinderen wordt gewerkt."),
    P("Het digitale dossier waarin scholen aanvragen indienen, voldoet aan de eisen van de AVG. Alleen medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot de gegevens. Gegevens over gezondheid worden alleen verwerkt als dat voor een besluit nodig is en worden drie jaar na het besluit verwijderd. We hebben een functionaris gegevensbescherming, die we delen met De Vaart."),
    H1("14. Wat gaan we wanneer doen?"),
    TABLE(
        ("Wanneer", "Wat"),
        ("2025–2026", "Evaluatie vorig plan; inventarisatie aanbod; werkgroep verdeelmodel; voorbereiding loket met De Vaart"),
        ("Voorjaar 2026", "Eerste voortgangsparagraaf met beoogde resultaten en uitkomst inventarisatie"),
        ("1 augustus 2026", "Start gezamenlijk loket toelaatbaarheid"),
        ("Najaar 2026", "Besluit nieuw verdeelmodel; communicatiestrategie ouders"),
        ("2027–2029", "Uitvoering en jaarlijkse voortgangsparagraaf; evaluatie in 2028–2029"),
    ),
    H1("15. Begrippen"),
    TABLE(
        ("Begrip", "Uitleg"),
        ("Arrangement", "Extra ondersteuning voor een kind, bovenop de basisondersteuning."),
        ("Dekkend aanbod", "Voor ieder kind is er een passende plek."),
        ("Deskundigenadvies", "Advies van twee deskundigen dat nodig is voor een toelaatbaarheidsverklaring."),
        ("Sbo", "Speciaal basisonderwijs."),
        ("So", "Speciaal onderwijs."),
        ("Thuiszitter", "Een leerplichtig kind dat zonder vrijstelling niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een kind naar sbo of so mag."),
        ("Verdeelmodel", "De afspraken over hoe het geld wordt verdeeld."),
    ),
]
E_META = {"title": "Ondersteuningsplan 2025–2029 | SWV PO Lindeland", "author": "SWV PO Lindeland",
          "header": "SWV PO Lindeland | Home | Over ons | Ondersteuningsplan | Ouders | Scholen | Contact",
          "footer": "© Samenwerkingsverband Primair Onderwijs Lindeland · privacyverklaring · cookies"}
E_LABEL = make_label(
    ["po-lindeland-op-2025-2029.html"], "po",
    {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure", "financien.besteding",
     "resultaten.monitoring", "ouders.steunpunt"},
    {"basisondersteuning": ["borging"], "financien": ["reserves"], "resultaten": ["meetbaar"],
     "ouders": ["betrokkenheid"]},
    {"basisondersteuning": "Ch. 4 agreed minimum for all 24 basisscholen and a concrete list of what every school offers; biennial kwaliteitsgesprek as borging.",
     "plaatsing": "Ch. 5 only announces a joint loket from 1 August 2026 and defers procedure and criteria to a future reglement; deskundigenadvies/TLV only in the begrippen table.",
     "terugstroom": "Ch. 6 gives the procedure (yearly OPP evaluation, overleg before 1 March in last TLV year, decision by directeur-bestuurder, end of TLV, evaluation after 3 months); policy, conditions and support after return are deferred.",
     "financien": "Ch. 8 meerjarenbegroting table with amounts (besteding) and reserve; the verdeelmodel and its criteria are being revised by a werkgroep and not described.",
     "dekkend-aanbod": "Ch. 7 only defers the inventory of the aanbod and the gaps to 2025-2026 and the thuiszitters approach to 2026; no continuum, no gap handling.",
     "resultaten": "Ch. 9 describes monitoring (dashboard, quarterly report, jaarverslag, yearly survey) with 2024 figures, but the beoogde resultaten are deferred to the first voortgangsparagraaf (spring 2026).",
     "ouders": "Ch. 10 names OJSP Lindeland, Onderwijsconsulenten, klachtenregeling and Geschillencommissie (steunpunt); how parents are informed is deferred to a communicatiestrategie after summer 2026."},
)
# ================================================================ F (near-miss)
# A VO school's own 'ondersteuningsplan' (school level): not a plan of a samenwerkingsverband.
F_BLOCKS = [
    H0("Ondersteuningsplan 2025–2026"),
    P("Het Baken College – vmbo, havo, vwo – locatie Rijnoever"),
    P("Onderdeel van Stichting Voortgezet Onderwijs Rijnoever; aangesloten bij het samenwerkingsverband VO Rijnstreek-Oost"),
    P("Vastgesteld door de schoolleiding op 30 juni 2025; de medezeggenschapsraad heeft advies uitgebracht op 24 juni 2025."),
    H1("Inhoud"),
    TOC("1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op Het Baken", "4 De ondersteuningsstructuur en zorgniveaus",
        "5 Extra ondersteuning en arrangementen", "6 Aanvragen bij het samenwerkingsverband (TLV vso, lwoo, pro)",
        "7 Terugkeer uit het vso en de Rebound", "8 Middelen", "9 Ouders en leerlingen", "10 Evaluatie en resultaten", "11 Jaarplanning ondersteuning"),
    H1("1 Inleiding"),
    P("Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Rijnoever, in het schooljaar 2025–2026 de ondersteuning aan leerlingen organiseert. Het is een uitwerking voor onze eigen school van het ondersteuningsplan van het samenwerkingsverband VO Rijnstreek-Oost en van ons schoolondersteuningsprofiel. Het plan is bedoeld voor mentoren, docenten, het ondersteuningsteam en iedereen die wil weten hoe de zorg op onze school is geregeld. Het wordt ieder jaar in juni geëvalueerd en bijgesteld."),
    P("Het Baken telt op de locatie Rijnoever 1.386 leerlingen, verdeeld over vmbo basis-kader (met lwoo), vmbo-tl, havo en vwo. Ongeveer 14% van onze leerlingen heeft een vorm van extra ondersteuning."),
    H1("2 Onze leerlingen"),
    P("Onze leerlingen komen uit de stad en de omliggende dorpen. We zien de laatste jaren een toename van leerlingen met faalangst, somberheid en concentratieproblemen, en van leerlingen die thuis een zware situatie hebben. Ook het aantal leerlingen met een diagnose autisme of ADHD neemt toe. In het vmbo heeft 38% van de leerlingen een lwoo-aanwijzing."),
    TABLE(
        ("Kenmerk", "Aantal 1-10-2024"),
        ("Leerlingen met lwoo", "287"),
        ("Leerlingen met een ontwikkelingsperspectief", "61"),
        ("Leerlingen met een arrangement van het samenwerkingsverband", "23"),
        ("Leerlingen met een dyslexieverklaring", "142"),
    ),
    H1("3 Basisondersteuning op Het Baken"),
    P("De basisondersteuning is de ondersteuning die iedere leerling op Het Baken kan krijgen, zonder aanvraag. Zij is afgeleid van de kwaliteitskaart van het samenwerkingsverband. Op onze school betekent dit onder meer: een mentoruur per week in de onderbouw, huiswerkbegeleiding op maandag tot en met donderdag, faalangstreductietraining, examenvreestraining, een dyslexiecoach, begeleiding bij plannen en organiseren, een time-out ruimte met toezicht (de Haven) en een vertrouwenspersoon."),
    H1("4 De ondersteuningsstructuur en zorgniveaus"),
    P("We werken met vijf zorgniveaus:"),
    UL(
        "Niveau 1 – de docent en mentor in de klas: signaleren, differentiëren en contact met ouders.",
        "Niveau 2 – de teamleider en mentor: extra begeleiding en afspraken, besproken in de leerlingbespreking.",
        "Niveau 3 – het ondersteuningsteam van de school: ondersteuningscoördinator, orthopedagoog, zorgcoördinator en begeleiders.",
        "Niveau 4 – het zorgadviesteam (ZAT) met jeugdhulp, leerplicht en de jeugdarts.",
        "Niveau 5 – plaatsing in een voorziening buiten de school (Rebound, OPDC, vso).",
    ),
    P("Groepsbesprekingen vinden plaats in oktober, februari en mei. De leerlingbespreking is tweewekelijks per team. Het zorgadviesteam komt iedere zes weken bijeen."),
    H1("5 Extra ondersteuning en arrangementen"),
    P("Leerlingen die meer nodig hebben dan de basisondersteuning, krijgen een ontwikkelingsperspectief. De ondersteuningscoördinator stelt dat samen met de mentor, de ouders en de leerling op. Op school bieden we de volgende arrangementen: het Steunpunt (begeleiding voor leerlingen met autisme, met een eigen ruimte), een aangepast lesrooster, begeleiding door een ambulant begeleider van het vso en intensieve coaching. Voor arrangementen buiten de school doen wij een aanvraag bij het samenwerkingsverband."),
    H1("6 Aanvragen bij het samenwerkingsverband (TLV vso, lwoo, pro)"),
    P("Als wij een leerling niet de ondersteuning kunnen bieden die nodig is, vraagt de ondersteuningscoördinator namens het bestuur een toelaatbaarheidsverklaring voor het vso aan bij de Commissie Toewijzing van het samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband. Voor lwoo en pro verzorgt de onderbouwcoördinator in maart de aanvragen voor nieuwe brugklasleerlingen. Ouders worden altijd vooraf geïnformeerd en geven hun zienswijze."),
    H1("7 Terugkeer uit het vso en de Rebound"),
    P("Leerlingen die na een periode in het vso of de Rebound terugkomen, krijgen een vaste coach en een begeleidingsplan voor de eerste tien weken. De ondersteuningscoördinator houdt contact met de vso-school en de trajectbegeleider van het samenwerkingsverband."),
    H1("8 Middelen"),
    P("Het Baken ontvangt van het samenwerkingsverband via het schoolbestuur in 2025 een schoolbudget van € 412.000 en lwoo-middelen van € 1.180.000. Deze middelen worden ingezet voor de ondersteuningscoördinator (1,0 fte), de orthopedagoog (0,6 fte), het Steunpunt (2,4 fte), de Haven (1,0 fte onderwijsassistent), de dyslexiecoach en kleinere klassen in het vmbo basis-kader. Over de besteding leggen wij verantwoording af aan het bestuur."),
    H1("9 Ouders en leerlingen"),
    P("Ouders zijn onze partners. De mentor is het eerste aanspreekpunt. Ouders worden uitgenodigd voor de bespreking van het ontwikkelingsperspectief en ontvangen daar een kopie van. Informatie over de ondersteuning op school staat in de schoolgids en op onze website. Voor onafhankelijk advies verwijzen we ouders naar het ouder- en jeugdsteunpunt en de Onderwijsconsulenten. Leerlingen worden gehoord over hun ontwikkelingsperspectief."),
    H1("10 Evaluatie en resultaten"),
    P("Het ondersteuningsteam evalueert in juni de ondersteuning van het afgelopen schooljaar. Daarbij kijken we naar het aantal leerlingen met een ontwikkelingsperspectief dat de doelen heeft gehaald (2024–2025: 74%), het aantal leerlingen dat is doorverwezen naar het vso (6) en de tevredenheid van leerlingen over de begeleiding (7,3). Voor 2025–2026 is ons doel dat 80% van de leerlingen met een ontwikkelingsperspectief de doelen haalt."),
    H1("11 Jaarplanning ondersteuning"),
    TABLE(
        ("Maand", "Activiteit"),
        ("September", "Overdracht basisschool; kennismaking mentoren en ouders"),
        ("Oktober", "Groepsbesprekingen; start faalangsttraining"),
        ("Februari", "Groepsbesprekingen; evaluatie ontwikkelingsperspectieven"),
        ("Maart", "Aanvragen lwoo en pro voor nieuwe brugklassers"),
        ("Mei", "Groepsbesprekingen"),
        ("Juni", "Evaluatie ondersteuningsplan; vaststelling plan nieuw schooljaar"),
    ),
]
F_META = {"title": "Ondersteuningsplan 2025–2026 Het Baken College Rijnoever", "author": "Het Baken College",
          "header": "Het Baken College – Ondersteuningsplan 2025–2026", "footer": "Locatie Rijnoever"}
F_LABEL = make_nonplan_label(
    ["vo-school-het-baken-ondersteuningsplan.docx"], "vo",
    "A single VO school's own yearly 'ondersteuningsplan' (zorgniveaus, groepsbesprekingen, schoolbudget), adopted by the schoolleiding with MR advice; it refers to the SWV's plan for procedure and criteria. No samenwerkingsverband as author, no OPR consent, no OOGO, no planperiode: not an ondersteuningsplan of a samenwerkingsverband (domain 5.4 school-level near-miss).")
# ================================================================ registry
PLANS = [
    {"files": ["po-vlietlanden-op-2025-2029.docx"], "blocks": A_BLOCKS, "meta": A_META,
     "label_name": "po-vlietlanden-op-2025-2029.expected.yaml", "label": A_LABEL},
    {"files": ["vo-rijnstreek-oost-op-2025-2029.pdf"], "blocks": B_BLOCKS, "meta": B_META,
     "label_name": "vo-rijnstreek-oost-op-2025-2029.expected.yaml", "label": B_LABEL},
    {"files": ["po-deltastad-op-2025-2029.pdf"], "blocks": C_BLOCKS, "meta": C_META,
     "label_name": "po-deltastad-op-2025-2029.expected.yaml", "label": C_LABEL},
    {"files": ["vo-kempenrand-op-2025-2029.docx"], "blocks": D_BLOCKS, "meta": D_META,
     "label_name": "vo-kempenrand-op-2025-2029.expected.yaml", "label": D_LABEL},
    {"files": ["po-lindeland-op-2025-2029.html"], "blocks": E_BLOCKS, "meta": E_META,
     "label_name": "po-lindeland-op-2025-2029.expected.yaml", "label": E_LABEL},
    {"files": ["vo-school-het-baken-ondersteuningsplan.docx"], "blocks": F_BLOCKS, "meta": F_META,
     "label_name": "vo-school-het-baken-ondersteuningsplan.expected.yaml", "label": F_LABEL},
]


# ---------------------------------------------------------------- renderers
def _add_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = str(cell)
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    d.add_paragraph("")


def render_docx(blocks, meta, path):
    d = docx.Document()
    cp = d.core_properties
    cp.title = meta["title"]
    cp.author = meta.get("author", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = meta.get("author", "")
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    if meta.get("footer"):
        sec.footer.paragraphs[0].text = meta["footer"]
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "q":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            _add_table(d, val)
        elif kind == "toc":
            for line in val:
                d.add_paragraph(line)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


def render_html(blocks, meta, path):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{escape(meta['title'])}</title>", "</head>", "<body>"]
    if meta.get("header"):
        out.append(f'<header class="site-header"><p>{escape(meta["header"])}</p></header>')
    out.append("<main>")
    in_list = False
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{escape(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{escape(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{escape(val)}</p>")
        elif kind == "small":
            out.append(f"<p><em>{escape(val)}</em></p>")
        elif kind == "q":
            out.append(f"<p><strong>{escape(val)}</strong></p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{escape(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><ul>' + "".join(f"<li>{escape(i)}</li>" for i in val) + "</ul></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    if meta.get("footer"):
        out.append(f'<footer><p>{escape(meta["footer"])}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, meta, path):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, meta, src)
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for it in val:
                if isinstance(it, (list, tuple)):
                    n += sum(len(str(c).split()) for c in it)
                else:
                    n += len(str(it).split())
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        blocks, meta = plan["blocks"], plan["meta"]
        for fname in plan["files"]:
            p = OUT / fname
            if fname.endswith(".docx"):
                render_docx(blocks, meta, p)
            elif fname.endswith(".pdf"):
                render_pdf(blocks, meta, p)
            elif fname.endswith(".html"):
                render_html(blocks, meta, p)
            else:
                raise ValueError(fname)
        (OUT / plan["label_name"]).write_text(plan["label"], encoding="utf-8")
        print(f"{plan['label_name']}: {', '.join(plan['files'])} ({word_count(blocks)} words)")


if __name__ == "__main__":
    main()
