#!/usr/bin/env python3
"""Generate the holdout293 test set: five fictional ondersteuningsplannen and one near-miss.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------
# shared filler (parametrised); written so that it does not address any core criterion
# --------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de "
              f"verbeteraanpak passend onderwijs. In de afgelopen jaren hebben de {c['nbesturen']} aangesloten "
              f"schoolbesturen, hun scholen en onze partners in de regio {c['regio']} veel geleerd over wat werkt "
              f"en wat niet. Dat leerproces is in dit plan zichtbaar: minder grote woorden, meer afspraken die "
              f"scholen, ouders en gemeenten herkennen."),
        ("p", f"Het plan is tot stand gekomen in een intensief traject. In het najaar van 2025 organiseerden we "
              f"vier werkateliers met schoolleiders, ondersteuningscoördinatoren, intern begeleiders, mentoren en "
              f"jeugdprofessionals. Ook {c.get('meedenkers', 'leerlingen en ouders')} hebben meegedacht tijdens "
              f"twee avonden in {c['plaats']}. Hun opmerkingen over bereikbaarheid, wachttijden en de taal van "
              f"onze documenten hebben we zo goed mogelijk verwerkt. Waar dat nog niet gelukt is, zeggen we dat "
              f"eerlijk."),
        ("p", f"Passend onderwijs blijft mensenwerk. Geen plan kan de aandacht vervangen van een docent die "
              f"een leerling echt ziet. Wat een plan wel kan, is richting geven, middelen bundelen en afspraken "
              f"vastleggen die niet afhankelijk zijn van toeval. Dat is de ambitie van dit document. Ik dank "
              f"iedereen die heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad, die het "
              f"concept kritisch en constructief hebben gelezen."),
        ("p", f"{c['directeur']}, directeur-bestuurder {c['kort']}"),
    ]


def inleiding(c, extra=""):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              f"Dit plan beschrijft hoe {c['kort']} ervoor zorgt dat leerlingen in het {c['sectorwoord']} in "
              f"onze regio een zo passend mogelijke plek krijgen. Het plan geldt voor de schooljaren "
              f"{c['periode']} en gaat in op 1 augustus 2026."),
        ("p", f"Het samenwerkingsverband omvat het grondgebied van de gemeenten {c['gemeenten']}. Er zijn "
              f"{c['nbesturen']} schoolbesturen aangesloten met samen {c['nscholen']} scholen en vestigingen. "
              f"Het plan is geschreven voor iedereen die met passend onderwijs te maken heeft: schoolleiders, "
              f"docenten, ondersteuningsprofessionals, medezeggenschapsraden, gemeenten, jeugdhulpaanbieders en "
              f"natuurlijk ouders en leerlingen. We hebben geprobeerd het plan leesbaar te houden; achterin vindt "
              f"u een begrippenlijst met de afkortingen die in het onderwijs helaas onvermijdelijk zijn."),
        ("p", "Dit plan is een kaderdocument. Jaarlijks werken we de ambities uit in een jaarplan met een "
              "bijbehorende jaarbegroting. Het jaarplan wordt, net als wijzigingen in dit plan, voorgelegd aan "
              "de ondersteuningsplanraad. " + extra),
    ]


def visie(c):
    return [
        ("h1", "Missie en visie"),
        ("p", f"Onze missie is kort: elke leerling in {c['regio']} ontwikkelt zich ononderbroken en gaat naar "
              f"een school die bij hem of haar past, zo dicht mogelijk bij huis. Daarachter ligt een visie die "
              f"de afgelopen jaren is gegroeid. Wij geloven dat ondersteuning het best werkt als zij dichtbij de "
              f"leerling wordt georganiseerd, in de klas en op de school waar de leerling al is. We geloven ook "
              f"dat scholen dat niet alleen kunnen. Daarom werken scholen, besturen en ketenpartners samen, delen "
              f"zij kennis en dragen zij gezamenlijk verantwoordelijkheid."),
        ("p", "Uit de visie volgen vijf uitgangspunten die in alle hoofdstukken terugkomen:"),
        ("ul", ["Uitgaan van wat een leerling nodig heeft, niet van labels of diagnoses;",
                "Ouders en leerlingen zijn gesprekspartner en worden serieus genomen;",
                "Zo licht als mogelijk, zo zwaar als nodig;",
                "Vertrouwen in de professionaliteit van scholen, met heldere afspraken en verantwoording;",
                "Eenvoud: minder formulieren, kortere lijnen, snellere besluiten."]),
        ("p", "Deze uitgangspunten klinken vanzelfsprekend. In de praktijk staan ze regelmatig onder druk, "
              "bijvoorbeeld door het lerarentekort, door wachtlijsten in de jeugdhulp en door de toenemende "
              "complexiteit van de vragen waar scholen mee te maken krijgen. Juist dan is het van belang dat we "
              "terug kunnen vallen op gedeelde waarden. De visie is in een gezamenlijke studiedag met alle "
              "schoolleiders herijkt en door het algemeen bestuur vastgesteld."),
    ]


def terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", f"In de vorige planperiode heeft {c['kort']} een aantal organisatorische stappen gezet. Het "
              f"bureau is verhuisd naar een centrale locatie in {c['plaats']}, de digitale aanvraagomgeving is "
              f"vernieuwd en de samenwerking met de gemeenten is vastgelegd in een convenant. Ook is de "
              f"governance aangepast aan de Code Goed Bestuur. De coronaperiode heeft de uitvoering van een "
              f"aantal voornemens vertraagd; sommige daarvan komen in dit plan opnieuw terug."),
        ("p", "Een externe evaluatie in 2025 leverde drie lessen op. Ten eerste: scholen waarderen korte "
              "lijnen met het bureau, maar ervaren de administratieve last nog als hoog. Ten tweede: de "
              "verschillen tussen scholen in de manier waarop zij ondersteuning organiseren zijn groot, wat "
              "kansen biedt om van elkaar te leren. Ten derde: de samenwerking met jeugdhulp is in de kern goed, "
              "maar kwetsbaar door personeelsverloop. Deze lessen hebben we meegenomen bij het schrijven van "
              "dit plan."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['naam']} is een {c['rechtsvorm']} waarin de aangesloten schoolbesturen samenwerken. Het "
              f"samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De "
              f"directeur-bestuurder is belast met het bestuur en wordt daarbij ondersteund door een klein "
              f"bureau. Het toezicht ligt bij een raad van toezicht die bestaat uit vijf leden, van wie twee "
              f"onafhankelijk. De algemene ledenvergadering van schoolbesturen stelt de statuten, het "
              f"ondersteuningsplan en de hoofdlijnen van beleid vast."),
        ("p", "Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller, een "
              "secretaresse en een team van consulenten en orthopedagogen. Het bureau ondersteunt scholen, "
              "organiseert het overleg tussen besturen en verzorgt de uitvoering van de wettelijke taken. De "
              "besturen zijn vertegenwoordigd in een directeurenoverleg dat zes keer per jaar bijeenkomt en "
              "dient als klankbord voor nieuw beleid."),
        ("p", "Het samenwerkingsverband hanteert een toezichtkader en een bestuursreglement. Jaarlijks "
              "evalueert de raad van toezicht zijn eigen functioneren. De accountant controleert de "
              "jaarrekening en rapporteert aan de raad van toezicht. Belangenverstrengeling wordt voorkomen "
              "doordat bestuurders van aangesloten schoolbesturen geen zitting hebben in de raad van toezicht. "
              "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen."),
    ]


def medezeggenschap(c, ouders_rol=True):
    samenstelling = ("De OPR bestaat voor de helft uit personeelsleden en voor de helft uit ouders en "
                     "leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. "
                     "Juist de inbreng van de ouder- en leerlinggeleding maakt de OPR waardevol: zij houden ons "
                     "voor hoe het beleid uitpakt aan de keukentafel."
                     if ouders_rol else
                     "De leden van de OPR worden afgevaardigd vanuit de medezeggenschapsraden van de "
                     "aangesloten scholen.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) en een eigen "
              "medezeggenschapsraad voor het personeel van het bureau. De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan en op wijzigingen daarvan. " + samenstelling),
        ("p", "De OPR vergadert vijf keer per jaar en heeft een eigen budget voor scholing en ondersteuning. "
              "Een ambtelijk secretaris notuleert de vergaderingen. Eens per jaar is er een gezamenlijk overleg "
              "met de raad van toezicht. De OPR heeft een huishoudelijk reglement dat op verzoek beschikbaar is."),
    ]


def oogo(c, inhoudelijk=True):
    if not inhoudelijk:
        return [
            ("h1", "Overleg met gemeenten"),
            ("p", f"Het concept van dit plan is op 3 februari 2026 in op overeenstemming gericht overleg (OOGO) "
                  f"voorgelegd aan de colleges van burgemeester en wethouders van {c['gemeenten']}. De "
                  f"gemeenten hebben laten weten geen bezwaar te hebben tegen vaststelling. Het verslag van het "
                  f"overleg is ter inzage bij het bureau. Ook heeft overleg plaatsgevonden met het "
                  f"samenwerkingsverband {c['ander_swv']} over de delen van het plan die de andere sector raken."),
        ]
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp raken elkaar dagelijks. Het samenwerkingsverband voert daarom met de "
              f"gemeenten {c['gemeenten']} een op overeenstemming gericht overleg (OOGO) over het "
              f"ondersteuningsplan en over de jeugdplannen van de gemeenten. In 2025 is een gezamenlijke "
              f"agenda opgesteld met vier thema's: de inzet van schoolmaatschappelijk werk, "
              f"onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben, "
              f"leerlingenvervoer en onderwijshuisvesting."),
        ("p", "Per school is er een vaste contactpersoon van het wijkteam of de jeugdhulpaanbieder die "
              "aansluit bij het ondersteuningsteam van de school. Voor leerlingen die onderwijs en zorg "
              "combineren, zoals een dagbehandeling naast een deel van de schoolweek, maken school, "
              "zorgaanbieder en gemeente één gezamenlijk plan. De financiering van de zorgcomponent loopt via "
              "de gemeente, de onderwijscomponent via de school."),
        ("p", f"Het concept van dit plan is op 3 februari 2026 in OOGO besproken. De resultaten van de "
              f"OOGO-gesprekken zijn in de tekst verwerkt. Ook is overleg gevoerd met het "
              f"samenwerkingsverband {c['ander_swv']}."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en deskundigheid"),
        ("p", "Goed onderwijs aan leerlingen met een ondersteuningsbehoefte staat of valt met de "
              "deskundigheid van leraren en ondersteuners. Het lerarentekort treft ook onze regio. Scholen "
              "werken daarom steeds vaker met onderwijsassistenten, zij-instromers en onbevoegde krachten. Dat "
              "vraagt om extra begeleiding en scholing. Het samenwerkingsverband organiseert jaarlijks een "
              "scholingsaanbod voor mentoren, ondersteuningscoördinatoren en intern begeleiders."),
        ("p", "Daarnaast faciliteren we lerende netwerken rond thema's als gedrag, executieve functies, "
              "hoogbegaafdheid, trauma-sensitief lesgeven en meertaligheid. Deze netwerken worden door scholen "
              "zelf getrokken; het bureau zorgt voor ruimte, een begeleider en een bescheiden budget. Het "
              "personeel van het bureau zelf valt onder de cao van de sector. Het samenwerkingsverband heeft "
              "een strategisch personeelsbeleid met aandacht voor duurzame inzetbaarheid, verzuim en opleiding. "
              "Het consequentieonderzoek voor personeel is met de personeelsgeleding van de OPR besproken; dit "
              "plan heeft geen gevolgen voor de rechtspositie van medewerkers van de aangesloten besturen."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
              "gegevens over gezondheid. Dat gebeurt alleen voor zover dat nodig is voor onze wettelijke "
              "taken. Er is een functionaris gegevensbescherming aangesteld die wordt gedeeld met een aantal "
              "andere samenwerkingsverbanden. Met scholen en leveranciers zijn verwerkersovereenkomsten "
              "afgesloten."),
        ("p", "Aanvragen en dossiers worden verwerkt in een beveiligde digitale omgeving. Medewerkers hebben "
              "alleen toegang tot de gegevens die zij voor hun werk nodig hebben. Gegevens worden niet langer "
              "bewaard dan wettelijk is toegestaan. Datalekken worden gemeld volgens het protocol datalekken. "
              "In 2026 vindt een nieuwe data protection impact assessment plaats. Het samenwerkingsverband "
              "werkt bij de keuze van software samen met andere verbanden om de kosten te beperken."),
    ]


def planning(c, extra=""):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", f"Het concept van dit plan is besproken in het directeurenoverleg en met de raad van toezicht. "
              f"Het OOGO met de gemeenten vond plaats op 3 februari 2026. De ondersteuningsplanraad heeft op "
              f"{c['opr_datum']} ingestemd met het plan. Het bestuur heeft het plan op {c['vaststelling']} "
              f"definitief vastgesteld, waarna het vóór 1 mei 2026 aan de inspectie is toegezonden."),
        ("p", "Dit plan loopt vier jaar. Halverwege de planperiode, in het voorjaar van 2028, vindt een "
              "tussentijdse bespreking plaats met de OPR. Wijzigingen worden als voortgangsparagraaf "
              "toegevoegd. " + extra),
    ]


def aansluiting(c):
    if c["sector"] == "vo":
        return [
            ("h1", "Aansluiting po-vo en vo-mbo"),
            ("p", "Overgangen zijn kwetsbare momenten. Bij de overstap van de basisschool naar het voortgezet "
                  "onderwijs zorgen de scholen voor een warme overdracht via het overstapdossier. Het "
                  "samenwerkingsverband organiseert met het primair onderwijs twee keer per jaar een "
                  "overstapoverleg waarin signalen over aanmeldingen worden besproken."),
            ("p", "Bij de overstap naar het mbo en naar arbeid werken de scholen samen met de regionale "
                  "mbo-instellingen en het regionaal meld- en coördinatiepunt voortijdig schoolverlaten. "
                  "Voor leerlingen uit het praktijkonderwijs en het vso is de begeleiding naar werk onderdeel "
                  "van de regionale aanpak met het werkgeversservicepunt."),
        ]
    return [
        ("h1", "Doorgaande lijn voorschool, basisschool en voortgezet onderwijs"),
        ("p", "Overgangen zijn kwetsbare momenten. Voor jonge kinderen werken scholen samen met "
              "kinderopvang en peuterspeelzalen; een warme overdracht is de norm. Bij de overstap naar het "
              "voortgezet onderwijs gebruiken de scholen het digitale overstapdossier en organiseren zij waar "
              "nodig een gesprek met de ontvangende school."),
        ("p", "Met het samenwerkingsverband voor voortgezet onderwijs is afgesproken dat signalen over "
              "leerlingen die extra aandacht nodig hebben tijdig worden gedeeld, met toestemming van ouders."),
    ]


def kennisdeling(c):
    return [
        ("h1", "Kennisdeling en professionalisering"),
        ("p", f"Binnen {c['kort']} is veel kennis aanwezig, maar die zit vaak op één school of bij één "
              f"persoon. We willen die kennis beter laten stromen. Daarom organiseren we elk jaar in november "
              f"een regionale studiedag voor alle ondersteuningsprofessionals, met workshops die door collega's "
              f"van de scholen zelf worden gegeven. In het voorjaar volgt een kleinere bijeenkomst voor "
              f"schoolleiders over leiderschap en inclusie."),
        ("p", "Daarnaast stimuleren we collegiale consultatie tussen scholen. Een docent die vastloopt in de "
              "begeleiding van een leerling, kan een collega van een andere school uitnodigen om mee te kijken. "
              "Het bureau houdt een overzicht bij van collega's die daarvoor beschikbaar zijn en van hun "
              "expertise. Ook werken we samen met de lerarenopleidingen in de regio: studenten lopen stage in "
              "ondersteuningsvoorzieningen en doen praktijkonderzoek naar vragen die scholen zelf aandragen."),
        ("p", "Professionalisering is geen doel op zich. De vraag die we steeds stellen is: wat merkt de "
              "leerling ervan? Scholingsactiviteiten worden daarom na afloop kort geëvalueerd met de "
              "deelnemers, en de opbrengsten worden gedeeld in het directeurenoverleg."),
    ]


def communicatie_professionals(c):
    return [
        ("h1", "Informatievoorziening aan scholen en partners"),
        ("p", f"Voor professionals in de scholen en bij ketenpartners beheert {c['kort']} een besloten "
              f"kennisbank met formats, procedures en contactgegevens. Intern begeleiders, "
              f"ondersteuningscoördinatoren en schoolleiders ontvangen zes keer per jaar een digitale "
              f"nieuwsbrief met actualiteiten, wijzigingen in werkwijzen en aankondigingen van bijeenkomsten."),
        ("p", "Nieuwe medewerkers van scholen krijgen een introductiebijeenkomst waarin het bureau uitlegt hoe "
              "het samenwerkingsverband werkt en wie waarvoor aanspreekbaar is. Voor bestuurders en "
              "toezichthouders organiseren we één keer per jaar een bestuurlijke conferentie."),
    ]


def ontwikkelagenda(c):
    return [
        ("h1", "Ontwikkelagenda"),
        ("p", "De volgende organisatorische activiteiten staan voor de planperiode op de agenda. Het jaarplan "
              "werkt deze verder uit."),
        ("table", [["Schooljaar", "Activiteit"],
                   ["2026-2027", "Vernieuwing van de kennisbank voor professionals; privacy-audit"],
                   ["2027-2028", "Evaluatie van het convenant met de gemeenten; tussenbespreking plan met OPR"],
                   ["2028-2029", "Verkenning van samenwerking met buurverbanden op het gebied van inkoop"],
                   ["2029-2030", "Voorbereiding van het volgende ondersteuningsplan"]]),
    ]


def samenwerkingscultuur(c):
    return [
        ("h1", "Hoe we samenwerken"),
        ("p", f"Een samenwerkingsverband is pas zo sterk als de samenwerking tussen de mensen die het vormen. "
              f"De besturen in {c['regio']} verschillen in grootte, denominatie en onderwijsvisie. Dat is een "
              f"rijkdom, maar het vraagt ook om heldere spelregels. We hebben daarom afgesproken dat we "
              f"problemen eerst samen op tafel leggen voordat we naar formele procedures grijpen, dat we elkaars "
              f"keuzes respecteren zolang die binnen de gezamenlijke kaders passen, en dat we transparant zijn "
              f"over wat wel en niet lukt."),
        ("p", "Het directeurenoverleg is de plek waar deze cultuur het meest zichtbaar is. Daar worden casussen "
              "besproken, dilemma's gedeeld en voorstellen voorbereid voordat ze naar het bestuur gaan. "
              "Eens per jaar evalueren de deelnemers het overleg zelf: hoe verlopen de vergaderingen, voelt "
              "iedereen zich gehoord, en welke onderwerpen verdienen meer aandacht? De uitkomsten worden "
              "gebruikt om de agenda en de werkwijze aan te passen."),
        ("p", "Ook de verhouding tussen het bureau en de scholen is onderwerp van gesprek. Het bureau wil "
              "dienstverlenend zijn zonder de verantwoordelijkheid van scholen over te nemen. Consulenten "
              "werken daarom vanuit een vaste koppeling met een aantal scholen, zodat zij de context kennen en "
              "snel kunnen schakelen."),
    ]


def bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering en huisvesting van het bureau"),
        ("p", f"Het bureau van {c['kort']} is gehuisvest in een gedeeld kantoorgebouw in {c['plaats']}, samen "
              f"met een aantal maatschappelijke organisaties. Dat maakt korte lijnen mogelijk en houdt de "
              f"huisvestingslasten beperkt. Spreekkamers kunnen flexibel worden gebruikt voor gesprekken met "
              f"scholen en partners. In de planperiode onderzoeken we of het bureau ook op één of twee dagen "
              f"per week aanwezig kan zijn op een locatie in het andere deel van de regio."),
        ("p", "De salarisadministratie, de financiële administratie en het ICT-beheer zijn uitbesteed aan een "
              "administratiekantoor dat voor meer onderwijsorganisaties werkt. Inkoop vindt plaats volgens een "
              "inkoopbeleid dat aansluit bij de Europese aanbestedingsregels. Het bureau werkt zoveel mogelijk "
              "papierloos, stimuleert reizen met het openbaar vervoer en compenseert de uitstoot van "
              "dienstreizen. Deze keuzes passen bij de maatschappelijke rol die het samenwerkingsverband wil "
              "vervullen."),
        ("p", "Het bureau kent een jaarcyclus van planning en control: in het voorjaar wordt het jaarplan "
              "voorbereid, in het najaar volgen de bestuursrapportages. Risico's op het gebied van personeel, "
              "ICT en continuïteit van het bureau worden twee keer per jaar met de raad van toezicht "
              "besproken."),
    ]


def begrippen(items):
    return [("h1", "Bijlage: Begrippen- en afkortingenlijst"),
            ("table", [["Begrip", "Betekenis"]] + [[a, b] for a, b in items])]


GLOSSARY_VO = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor elke leerling een passende plek is."),
    ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ("Lwoo", "Leerwegondersteunend onderwijs."),
    ("Meerjarenbegroting", "Begroting voor meerdere jaren waarin de inzet van middelen wordt vastgelegd."),
    ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren."),
    ("OOGO", "Op overeenstemming gericht overleg met gemeenten."),
    ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Pro", "Praktijkonderwijs."),
    ("SOP", "Schoolondersteuningsprofiel."),
    ("Terugplaatsing", "De overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in het vso."),
    ("Vso", "Voortgezet speciaal onderwijs."),
]

GLOSSARY_PO = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school in het samenwerkingsverband biedt."),
    ("Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het so."),
    ("Dekkend aanbod", "Alle voorzieningen samen, zodat er voor ieder kind een passende plek is."),
    ("IB'er", "Intern begeleider."),
    ("OJSP", "Ouder- en jeugdsteunpunt."),
    ("OOGO", "Op overeenstemming gericht overleg."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Sbo", "Speciaal basisonderwijs."),
    ("So", "Speciaal onderwijs (cluster 3 en 4)."),
    ("Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het regulier basisonderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring."),
    ("Verdeelmodel", "De regels waarmee het samenwerkingsverband de ondersteuningsmiddelen verdeelt."),
]


def toc_from(blocks):
    """Table of contents from h1/h2 blocks with invented page numbers."""
    rows, page, n1, n2 = [], 3, 0, 0
    for b in blocks:
        if b[0] == "h1":
            n1 += 1
            n2 = 0
            page += 2
            rows.append(f"{n1}  {b[1]}{' ' * 3}{'.' * 20} {page}")
        elif b[0] == "h2":
            n2 += 1
            page += 1
            rows.append(f"    {n1}.{n2}  {b[1]}{' ' * 3}{'.' * 16} {page}")
    return [("h1toc", "Inhoudsopgave"), ("toc", rows)]


def numbered(blocks):
    out, n1, n2 = [], 0, 0
    for b in blocks:
        if b[0] == "h1":
            n1 += 1
            n2 = 0
            out.append(("h1", f"{n1}. {b[1]}"))
        elif b[0] == "h2":
            n2 += 1
            out.append(("h2", f"{n1}.{n2} {b[1]}"))
        else:
            out.append(b)
    return out


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------

def write_docx(path, title_lines, blocks, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    doc.add_paragraph(title_lines[0], style="Title")
    for line in title_lines[1:]:
        doc.add_paragraph(line)
    doc.add_page_break()
    for b in blocks:
        kind = b[0]
        if kind == "h1toc":
            doc.add_heading(b[1], level=1)
        elif kind == "toc":
            for row in b[1]:
                doc.add_paragraph(row)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
    doc.core_properties.title = title_lines[0]
    doc.core_properties.author = "holdout293"
    fixed = datetime(2026, 3, 1, 12, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_printed = fixed
    doc.core_properties.revision = 1
    doc.save(str(path))
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite the .docx with fixed zip timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def docx_to_pdf(docx_path, pdf_target):
    tmp = Path(tempfile.mkdtemp(prefix="holdout293_pdf_"))
    profile = Path(tempfile.mkdtemp(prefix="holdout293_lo_profile_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def write_html(path, title_lines, blocks, header_text, footer_text):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title_lines[0])}</title>", "</head>", "<body>",
             f'<header><p class="site">{e(header_text)}</p></header>', "<main>",
             f"<h1>{e(title_lines[0])}</h1>"]
    for line in title_lines[1:]:
        parts.append(f'<p class="subtitle">{e(line)}</p>')
    anchor = 0
    for b in blocks:
        kind = b[0]
        if kind == "h1toc":
            parts.append(f'<nav><h2>{e(b[1])}</h2>')
        elif kind == "toc":
            parts.append("<ul>" + "".join(f"<li>{e(r.strip())}</li>" for r in b[1]) + "</ul></nav>")
        elif kind in ("h1", "h2"):
            anchor += 1
            tag = "h2" if kind == "h1" else "h3"
            parts.append(f'<{tag} id="s{anchor}">{e(b[1])}</{tag}>')
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join(f"<th>{e(x)}</th>" for x in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>"
            parts.append(s + "</tbody></table>")
    parts += ["</main>", f"<footer><p>{e(footer_text)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def write_md(path, title_lines, blocks):
    out = [f"# {title_lines[0]}", ""] + [l + "  " for l in title_lines[1:]] + [""]
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h1toc"):
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "toc":
            out += [f"- {r.strip()}" for r in b[1]] + [""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif kind == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(crit, el, advisory):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(stem, documents, sector, crit=None, advisory=None, notes=None, plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if plan else 'false'}"]
    if not plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        lines += [f"  document: {q(notes['document'])}"]
    else:
        st = {el: status_from(crit, el, advisory) for el in ELEMENTS}
        lines.append("elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append(f"  {el}: [{', '.join(advisory[el])}]")
        lines.append("notes:")
        for el in ELEMENTS:
            lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Plan 1: VO, large verband, .docx
# --------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost", kort="SWV VO Rivierenland-Oost",
             code="VO 26-04", periode="2026-2030", regio="Rivierenland-Oost", plaats="Tielerwaard",
             gemeenten="Tielerwaard, Maasdijk, Linge-Oost, Beesdonk en Haaften-Veld", nbesturen=14,
             nscholen=31, sector="vo", sectorwoord="voortgezet onderwijs", rechtsvorm="stichting",
             directeur="drs. M.A. (Marieke) van Ommeren", ander_swv="PO Rivierenland-Oost (PO 26-03)",
             opr_datum="10 maart 2026", vaststelling="24 maart 2026")
    body = []
    body += voorwoord(c) + inleiding(c) + visie(c) + terugblik(c)
    body += [
        ("h1", "Onze regio in cijfers"),
        ("p", "Op de teldatum 1 oktober 2025 telde het samenwerkingsverband 21.410 leerlingen in het "
              "regulier voortgezet onderwijs, 612 leerlingen in het praktijkonderwijs en 498 leerlingen in het "
              "voortgezet speciaal onderwijs. De prognose laat tot 2030 een daling van ongeveer 6 procent zien, "
              "vooral in de kleinere kernen."),
        ("table", [["Schooljaar", "Regulier vo", "Pro", "Vso", "Totaal"],
                   ["2023-2024", "21.880", "598", "476", "22.954"],
                   ["2024-2025", "21.650", "604", "489", "22.743"],
                   ["2025-2026", "21.410", "612", "498", "22.520"],
                   ["2029-2030 (prognose)", "20.150", "590", "480", "21.220"]]),
        ("h1", "Het ondersteuningsaanbod"),
        ("h2", "De ondergrens: wat elke vestiging waarmaakt"),
        ("p", "De aangesloten besturen hebben met elkaar afgesproken welke ondersteuning iedere vestiging van "
              "iedere school in Rivierenland-Oost ten minste biedt, ongeacht schoolsoort of denominatie. Wij "
              "noemen dit de ondergrens; in de wet heet het basisondersteuning. Een leerling hoeft hiervoor "
              "niets aan te vragen en er is geen apart budget per leerling mee gemoeid. Geen enkele vestiging "
              "mag onder deze ondergrens zakken; scholen mogen er wel bovenuit gaan en beschrijven dat in hun "
              "schoolgids."),
        ("p", "Concreet kan iedere ouder op iedere vestiging het volgende verwachten:"),
        ("ul", ["een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen en een vast "
                "ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt;",
                "een mentor die twee keer per jaar een voortgangsgesprek voert met leerling en ouders;",
                "een dyslexie- en dyscalculieprotocol met compenserende en dispenserende maatregelen, "
                "inclusief voorleessoftware en extra tijd bij toetsen;",
                "trainingen sociale vaardigheden, faalangstreductie en examenvrees, op school of via een "
                "vaste partner;",
                "begeleiding bij plannen en organiseren (executieve functies) in de onderbouw;",
                "een time-out- of opvangvoorziening met een vaste medewerker tijdens alle lesuren;",
                "een aanbod voor meer- en hoogbegaafde leerlingen (verrijking, versnelling of compacten);",
                "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                "een ontwikkelingsperspectief (OPP) voor elke leerling die extra ondersteuning krijgt, "
                "dat minimaal jaarlijks met leerling en ouders wordt geëvalueerd."]),
        ("p", "Elke school legt in de kwaliteitsdialoog met het samenwerkingsverband, één keer per jaar in "
              "het voorjaar, vast hoe zij aan deze ondergrens voldoet. Blijkt een vestiging op onderdelen "
              "onder de ondergrens te zitten, dan maakt het schoolbestuur binnen drie maanden een "
              "verbeterplan, waarvan de uitvoering in de volgende dialoog wordt besproken."),
        ("h2", "Van lichte naar intensieve ondersteuning"),
        ("p", "Boven de ondergrens kent het samenwerkingsverband een opbouw in vier lagen. Laag 1 is de "
              "basisondersteuning zoals hierboven beschreven. Laag 2 omvat de extra ondersteuning binnen de "
              "eigen school, zoals een ondersteuningsklas, een trajectgroep of individuele begeleiding door "
              "een ambulant begeleider; scholen bekostigen deze uit hun schoolbudget. Laag 3 bestaat uit de "
              "bovenschoolse voorzieningen van het samenwerkingsverband: het OPDC De Overstap in Tielerwaard "
              "(maximaal 60 plaatsen, verblijf van in principe één jaar) en de reboundvoorziening Kompaan "
              "(time-out tot twaalf weken). Laag 4 is het voortgezet speciaal onderwijs, met twee vso-scholen "
              "in de regio voor cluster 4 en één voor cluster 3."),
        ("p", "Tussen de lagen bestaan doorlopende lijnen. Een leerling die een plek in het OPDC krijgt, blijft "
              "ingeschreven op de stamschool, die ook verantwoordelijk blijft voor het vervolg. Voor "
              "leerlingen die tijdelijk onderwijs en zorg combineren, zijn er onderwijs-zorgarrangementen die "
              "samen met de gemeenten worden gefinancierd."),
        ("h2", "Geen leerling tussen wal en schip"),
        ("p", "Scholen hebben zorgplicht: wie een leerling aanmeldt, krijgt binnen zes weken (eenmaal met vier "
              "weken te verlengen) een passende plek aangeboden, op de eigen school of elders. Wanneer een "
              "school er niet in slaagt, of een leerling langer dan vier weken geen onderwijs volgt, meldt de "
              "school de leerling bij het Meldpunt Thuiszitters van het samenwerkingsverband. Binnen tien "
              "schooldagen bespreekt de casustafel, met leerplicht, het wijkteam en de betrokken scholen, een "
              "oplossing. Lukt dat niet, dan heeft de directeur-bestuurder doorzettingsmacht en wijst een school "
              "of voorziening aan."),
        ("p", "Twee keer per jaar analyseert het bureau alle meldingen. Blijkt dat voor een groep leerlingen "
              "structureel geen passend aanbod bestaat, zoals in 2025 voor jongeren met ernstige angstklachten, "
              "dan stelt het directeurenoverleg binnen een half jaar een voorstel op om deze lacune te "
              "dichten."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Toelaatbaarheidsverklaring vso"),
        ("p", "Het bestuur van de school waar de leerling is ingeschreven of aangemeld vraagt de "
              "toelaatbaarheidsverklaring (TLV) aan bij de Commissie Toewijzing van het samenwerkingsverband. "
              "De aanvraag loopt via het digitale portaal Kompas en bevat het OPP, het verslag van het "
              "multidisciplinair overleg, de handelingsadviezen die al zijn uitgevoerd en de zienswijze van de "
              "ouders en de leerling."),
        ("ol", ["Stap 1: de ondersteuningscoördinator bespreekt de aanvraag vooraf met de consulent van het "
                "samenwerkingsverband;",
                "Stap 2: de school dient de volledige aanvraag in; de commissie bevestigt binnen vijf werkdagen "
                "de ontvangst;",
                "Stap 3: twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of "
                "psycholoog en, afhankelijk van de leerling, een jeugdarts, kinderpsychiater of maatschappelijk "
                "werker. Geen van beiden is bij de aanvraag betrokken geweest;",
                "Stap 4: de Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige aanvraag; "
                "ouders ontvangen het besluit en een afschrift van de deskundigenadviezen."]),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan: de "
              "ondersteuningsbehoefte is in het OPP beschreven; de reguliere school heeft ten minste twee "
              "evaluatiecycli van extra ondersteuning uitgevoerd, of een deskundige verklaart dat dit "
              "aantoonbaar zinloos is; de leerling heeft een structurele behoefte aan een kleine groep, "
              "intensieve gedragsmatige of medische begeleiding of een aangepast curriculum dat de reguliere "
              "school ook met laag 2 en 3 niet kan bieden; en er is een vso-school die de benodigde "
              "ondersteuning kan leveren."),
        ("p", "De TLV vermeldt de bekostigingscategorie laag, midden of hoog en geldt in de regel voor twee "
              "schooljaren, tot uiterlijk 31 juli van het tweede jaar. Ouders die het niet eens zijn met een "
              "besluit, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de "
              "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria; er is geen sprake van "
              "opting out. De school waar de leerling is aangemeld vraagt vóór 1 maart de aanwijzing lwoo of de "
              "TLV pro aan bij de Commissie Toewijzing, met de gegevens uit het overstapdossier en de "
              "capaciteitentest. Voor pro is een IQ tussen 55 en 80 en een leerachterstand van ten minste drie "
              "jaar op twee domeinen vereist, waarvan één begrijpend lezen of rekenen. De commissie besluit "
              "binnen vier weken."),
        ("h2", "Duur en afloop van de TLV"),
        ("p", "Een vso-plaatsing is voor ons geen eindstation. Ons beleid is dat iedere leerling in het vso, "
              "waar dat verantwoord is, de kans krijgt om terug te keren naar het regulier voortgezet onderwijs "
              "of door te stromen naar een passende vervolgplek. Voorwaarde is dat de school van terugkeer de "
              "ondersteuning uit het OPP kan bieden en dat leerling en ouders achter de overstap staan."),
        ("p", "De procedure is als volgt. In oktober van het laatste TLV-jaar houdt de vso-school een "
              "perspectiefgesprek met leerling, ouders en een consulent van het samenwerkingsverband. Uiterlijk "
              "1 februari adviseert de vso-school, op basis van de OPP-evaluatie, over verlenging of terugkeer. "
              "Bij terugkeer zoekt de consulent samen met ouders een ontvangende school en organiseert hij een "
              "overdrachtsgesprek. Verlenging is alleen mogelijk via een nieuwe aanvraag bij de Commissie "
              "Toewijzing vóór 1 april. Zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
        ("p", "Na terugkeer krijgt de ontvangende school een terugkeerarrangement van € 4.500 voor één "
              "schooljaar, bedoeld voor begeleiding door een ambulant begeleider van de vso-school. Na drie en "
              "na negen maanden evalueert de consulent de overstap met school, leerling en ouders. In 2024-2025 "
              "keerden 31 leerlingen vanuit het vso terug naar het regulier onderwijs."),
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband wil voor ouders vindbaar en begrijpelijk zijn. Op de website staat per "
              "school welke ondersteuning zij biedt, met een link naar de schoolgids. Nieuwe ouders ontvangen "
              "via de scholen de brochure 'Wegwijs in ondersteuning', in eenvoudige taal en in vier talen. "
              "Twee keer per jaar organiseren we een informatieavond voor ouders van leerlingen in groep 8 en "
              "in de brugklas. Ouders van wie het kind een TLV-procedure doorloopt, krijgen een persoonlijke "
              "brief met uitleg over de stappen."),
        ("p", "Soms lopen gesprekken vast. Ouders en jongeren kunnen dan terecht bij het Ouder- en "
              "Jeugdsteunpunt Wijzer. Dat steunpunt is onafhankelijk van scholen en samenwerkingsverband, "
              "gratis en bereikbaar per telefoon, mail en op een wekelijks inloopspreekuur. Wijzer kan ook een "
              "onderwijsconsulent inschakelen. Voor klachten is er de klachtenregeling van het "
              "samenwerkingsverband; geschillen over de zorgplicht kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Intern werken we aan een nieuwe huisstijl en een nieuwsbrief voor scholen, die vier keer per "
              "jaar verschijnt."),
    ]
    body += oogo(c)
    body += [
        ("h1", "Ambities en beoogde resultaten"),
        ("p", "Voor de planperiode heeft het bestuur vier ambities geformuleerd voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ("ul", ["In 2030 volgt 95 procent van de leerlingen met extra ondersteuning onderwijs op de eigen "
                "reguliere school (2025: 91 procent);",
                "Geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod;",
                "Het aandeel leerlingen in het vso daalt van 2,2 naar 2,0 procent;",
                "80 procent van de leerlingen die vanuit het OPDC terugkeren, zit na een jaar nog op de "
                "stamschool."]),
        ("p", "Hoe we de voortgang op deze ambities gaan volgen, en wie daarover wanneer rapporteert, werken we "
              "in het eerste planjaar uit in een apart monitoringsplan."),
    ]
    body += governance(c) + medezeggenschap(c) + personeel(c)
    body += [
        ("h1", "Financiën"),
        ("h2", "Verdeling van de middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks de rijksbekostiging voor lichte en zware "
              "ondersteuning. Na aftrek van de verplichte afdracht aan DUO voor het vso en het "
              "praktijkonderwijs verdelen we de middelen volgens een vast verdeelmodel:"),
        ("ul", ["Schoolbudget lichte ondersteuning: € 148 per leerling op basis van de teldatum 1 oktober, "
                "uitgekeerd aan het schoolbestuur;",
                "Budget laag 3: de bovenschoolse voorzieningen krijgen een vast bedrag per plaats;",
                "Terugkeerarrangementen en maatwerk voor thuiszitters: op aanvraag, beoordeeld door het bureau;",
                "Bureau en uitvoering: maximaal 6 procent van de totale baten."]),
        ("p", "Wijzigingen in het verdeelmodel worden ter instemming aan de OPR voorgelegd."),
        ("h2", "Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2030 wordt na vaststelling door het bestuur in december 2026 als "
              "bijlage 6 aan dit plan toegevoegd."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdracht vso/pro", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h2", "Reserves"),
        ("p", "Het weerstandsvermogen van het samenwerkingsverband bedroeg eind 2025 7,8 procent. Het bestuur "
              "hanteert een signaleringswaarde van 5 procent; reserves daarboven worden in de planperiode "
              "ingezet voor de thuiszittersaanpak."),
    ]
    body += aansluiting(c) + kennisdeling(c) + communicatie_professionals(c) + samenwerkingscultuur(c)
    body += ict_privacy(c) + ontwikkelagenda(c) + planning(c)
    body += begrippen(GLOSSARY_VO)
    blocks = toc_from(body) + numbered(body)
    title = ["Ondersteuningsplan 2026-2030", "Samen sterk voor elke leerling",
             "Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost (VO 26-04)",
             "Vastgesteld op 24 maart 2026"]
    return c, title, blocks


def label1(stem, docs):
    crit = {k: True for k in CORE}
    crit["financien.besteding"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Hfst 'Het ondersteuningsaanbod', § 'De ondergrens': agreed minimum for every vestiging plus a concrete list; borging via kwaliteitsdialoog.",
        "plaatsing": "Hfst 'Toewijzing en toelaatbaarheid': vso TLV steps, Commissie Toewijzing, 6 weeks, explicit criteria, two deskundigen, LBT; lwoo/pro procedure.",
        "terugstroom": "Hidden in § 'Duur en afloop van de TLV' inside the TLV chapter: policy aims/conditions, October-February-April procedure, terugkeerarrangement; no heading 'terugplaatsing'.",
        "financien": "'Verdeling van de middelen' gives the verdeelmodel (EUR 148 per leerling, categories); the meerjarenbegroting is deferred to absent bijlage 6 and its table is all p.m. -> besteding not addressed (no budget with amounts).",
        "dekkend-aanbod": "Four-layer continuum (basis, school, OPDC/rebound, vso) and Meldpunt Thuiszitters/casustafel/doorzettingsmacht with lacune analysis.",
        "resultaten": "Hfst 'Ambities en beoogde resultaten' has measurable targets; monitoring deferred to a future monitoringsplan.",
        "ouders": "Under the heading 'Communicatie': website, brochure, informatieavonden, and independent Ouder- en Jeugdsteunpunt Wijzer, onderwijsconsulent, klachten.",
    }
    write_label(stem, docs, "vo", crit, adv, notes)


# --------------------------------------------------------------------------------------------
# Plan 2: VO, small verband, .pdf (rendered from a temporary .docx)
# --------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Samenwerkingsverband VO De Waardlanden", kort="SWV De Waardlanden", code="VO 28-02",
             periode="2026-2030", regio="de Waardlanden", plaats="Oudewaard",
             gemeenten="Oudewaard en Zuiderzijl", nbesturen=3, nscholen=6, sector="vo",
             sectorwoord="voortgezet onderwijs", rechtsvorm="vereniging", directeur="H. (Hans) Kortekaas",
             ander_swv="PO De Waardlanden (PO 28-01)", opr_datum="17 februari 2026",
             vaststelling="3 maart 2026")
    body = []
    body += voorwoord(c)
    body += inleiding(c, "Omdat wij een klein samenwerkingsverband zijn, hebben we gekozen voor een compact plan "
                         "op hoofdlijnen; de scholen bepalen binnen deze kaders zelf hoe zij de ondersteuning "
                         "organiseren.")
    body += [
        ("h1", "Wie zijn wij"),
        ("p", "De Waardlanden is een van de kleinste samenwerkingsverbanden voor voortgezet onderwijs in "
              "Nederland. Drie schoolbesturen werken samen: een openbare scholengemeenschap met drie "
              "vestigingen, een christelijke school voor vmbo en havo en een school voor praktijkonderwijs. "
              "Samen bieden zij onderwijs aan ruim 4.100 leerlingen. Voor het vso zijn wij aangewezen op "
              "scholen in de omliggende regio's; 71 leerlingen uit onze regio gaan daar naar school."),
        ("p", "De kleine schaal heeft voordelen: iedereen kent elkaar en afspraken zijn snel gemaakt. Er zijn "
              "ook nadelen: bij ziekte van één medewerker van het bureau ligt een deel van het werk stil, en "
              "voor sommige specialistische vragen zijn we afhankelijk van buren."),
    ]
    body += visie(c)
    body += [
        ("h1", "Ondersteuning in onze scholen"),
        ("h2", "Basisondersteuning"),
        ("p", "Alle zes vestigingen in De Waardlanden bieden dezelfde basisondersteuning. Dat is de "
              "gezamenlijke ondergrens die de drie besturen in 2019 hebben afgesproken en die voor elke "
              "leerling op elke vestiging geldt, ongeacht de leerweg. Basisondersteuning wordt door de school "
              "zelf geboden, zonder tussenkomst van het samenwerkingsverband."),
        ("p", "Wat de basisondersteuning per vestiging concreet inhoudt, leest u in de "
              "schoolondersteuningsprofielen op de websites van de scholen. De gezamenlijke standaarden worden "
              "in schooljaar 2026-2027 herijkt, mede in het licht van de landelijke norm basisondersteuning "
              "die het ministerie voorbereidt."),
        ("h2", "Het ondersteuningscontinuüm"),
        ("p", "Boven de basisondersteuning is de ondersteuning in De Waardlanden in drie treden georganiseerd. "
              "De eerste trede is de extra ondersteuning op de eigen school: elke vestiging heeft een "
              "trajectvoorziening waar leerlingen voor een deel van de week begeleiding krijgen van een "
              "trajectbegeleider, naast hun gewone lessen. De tweede trede is de bovenschoolse "
              "reboundvoorziening Het Anker in Oudewaard, met twaalf plaatsen, waar leerlingen maximaal "
              "zestien weken verblijven en daarna terugkeren naar hun school. De derde trede is het voortgezet "
              "speciaal onderwijs buiten de regio, waarvoor een TLV nodig is."),
        ("p", "Scholen kunnen daarnaast bij het samenwerkingsverband een individueel arrangement aanvragen "
              "wanneer een leerling tijdelijk meer nodig heeft dan de trajectvoorziening kan bieden, "
              "bijvoorbeeld een job coach of een onderwijsassistent voor enkele uren per week."),
        ("h2", "Thuiszitters"),
        ("p", "Ook in onze regio komen thuiszitters voor, al gaat het om kleine aantallen. Het is een thema "
              "dat ons zeer aan het hart gaat. In de komende planperiode bezinnen we ons samen met leerplicht "
              "op een passende aanpak."),
        ("h1", "Toelaatbaarheid"),
        ("h2", "Aanvraag van een TLV voor het vso"),
        ("p", "Een TLV wordt aangevraagd door het bestuur van de school waar de leerling staat ingeschreven. "
              "De ondersteuningscoördinator stuurt de aanvraag, met het OPP, het groeidocument en de "
              "zienswijze van ouders, naar het Loket van het samenwerkingsverband. Het Loket controleert de "
              "aanvraag binnen vijf werkdagen op volledigheid. Vervolgens brengen een orthopedagoog en een "
              "tweede deskundige, bijvoorbeeld een jeugdarts of een maatschappelijk werker, ieder een "
              "schriftelijk advies uit. De Commissie Toelaatbaarheid en Ondersteuning (CTO) neemt binnen vijf "
              "weken na de volledige aanvraag een besluit."),
        ("p", "De inhoudelijke criteria voor toelaatbaarheid tot het vso stelt het bestuur in het schooljaar "
              "2026-2027 opnieuw vast. Tot die tijd beoordeelt de CTO iedere aanvraag als maatwerk."),
        ("p", "Een TLV wordt afgegeven voor één of twee schooljaren en vermeldt de bekostigingscategorie. "
              "Ouders die het niet eens zijn met een besluit, kunnen bezwaar maken; de bezwaarprocedure volgt "
              "de Algemene wet bestuursrecht en het samenwerkingsverband is aangesloten bij de LBT."),
        ("h2", "Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro volgen wij de landelijke regels. De school waar de leerling is aangemeld dient "
              "de aanvraag in bij het Loket, dat de gegevens controleert en binnen vier weken namens het "
              "bestuur besluit. Lwoo wordt in De Waardlanden alleen op de vmbo-afdelingen geboden."),
        ("h2", "Terugplaatsing"),
        ("p", "Een uitgewerkt beleid voor terugplaatsing vanuit het vso naar het regulier voortgezet "
              "onderwijs nemen we op in de eerste voortgangsparagraaf bij dit plan. Omdat alle vso-scholen "
              "buiten onze regio liggen, vergt dat afstemming met de buurverbanden."),
        ("h1", "Geld en middelen"),
        ("p", "De Waardlanden ontvangt jaarlijks circa € 3,9 miljoen aan rijksmiddelen voor ondersteuning. "
              "Daarvan gaat eerst de verplichte afdracht voor het vso af. Het resterende bedrag wordt volgens "
              "een vaste sleutel verdeeld: 70 procent gaat naar de schoolbesturen, naar rato van het aantal "
              "leerlingen op 1 oktober van het voorgaande jaar; 30 procent blijft bij het samenwerkingsverband "
              "voor Het Anker, de individuele arrangementen en het bureau. Individuele arrangementen worden "
              "toegekend door de CTO op basis van een aanvraag met OPP; het maximum is € 6.000 per leerling "
              "per schooljaar."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte en zware ondersteuning", "3.910", "3.860", "3.800", "3.750"],
                   ["Afdracht vso (DUO)", "1.020", "1.010", "995", "980"],
                   ["Schoolbudgetten besturen (70%)", "2.023", "1.995", "1.964", "1.939"],
                   ["Reboundvoorziening Het Anker", "420", "420", "425", "425"],
                   ["Individuele arrangementen", "250", "240", "230", "220"],
                   ["Bureau en medezeggenschap", "197", "195", "186", "186"],
                   ["Resultaat", "0", "0", "0", "0"]]),
        ("p", "De algemene reserve bedraagt € 410.000. Dat is voldoende om de risico's af te dekken, zoals "
              "een onverwachte groei van het aantal vso-leerlingen. Schoolbesturen verantwoorden de besteding "
              "van hun schoolbudget jaarlijks in een korte rapportage aan het bureau."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte streven we in deze planperiode de volgende "
              "resultaten na:"),
        ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Leerlingen met arrangement dat het diploma haalt in de beoogde leerweg", "78%", "85%"],
                   ["Leerlingen uit Het Anker terug op eigen school na 16 weken", "74%", "85%"],
                   ["Deelname vso (percentage van alle leerlingen)", "1,7%", "1,6%"],
                   ["Gemiddelde doorlooptijd TLV-aanvraag", "6,5 week", "5 week"]]),
        ("p", "Het bureau verzamelt deze gegevens twee keer per jaar, in februari en september, in een "
              "dashboard. Het dashboard wordt besproken in het bestuur en in de OPR. Eens per jaar voeren we "
              "met iedere school een kwaliteitsgesprek over de eigen cijfers. In het jaarverslag rapporteren we "
              "de bereikte resultaten naast de streefwaarden, met een toelichting bij afwijkingen."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders worden geïnformeerd via de scholen, via de website van het samenwerkingsverband en via "
              "de jaarlijkse ouderavond in januari, waar de ondersteuningscoördinatoren van alle vestigingen "
              "uitleg geven over het aanbod. Elke school geeft ouders bij de start van een traject een folder "
              "over de trajectvoorziening en Het Anker."),
        ("p", "Ouders en leerlingen zijn vertegenwoordigd in de OPR en worden betrokken bij het opstellen van "
              "het OPP. Voor onafhankelijk advies verwijzen we ouders naar de links op onze website. Het ouder- "
              "en jeugdsteunpunt dat de wet voorschrijft, richten we samen met de PO-verbanden in; de vorm is "
              "nog onderwerp van gesprek."),
    ]
    body += oogo(c) + governance(c) + medezeggenschap(c) + personeel(c) + aansluiting(c)
    body += kennisdeling(c) + communicatie_professionals(c) + samenwerkingscultuur(c)
    body += ict_privacy(c) + ontwikkelagenda(c) + planning(c) + begrippen(GLOSSARY_VO)
    blocks = toc_from(body) + numbered(body)
    title = ["Ondersteuningsplan 2026-2030", "Klein en dichtbij",
             "Samenwerkingsverband VO De Waardlanden (VO 28-02)"]
    return c, title, blocks


def label2(stem, docs):
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
              "dekkend-aanbod.lacunes", "ouders.steunpunt"]:
        crit[k] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "§ Basisondersteuning states the shared minimum for all six vestigingen, but the content is only referred to the schools' SOPs on their websites and the standards are to be 'herijkt' in 2026-2027.",
        "plaatsing": "§ Aanvraag TLV: requester, Loket, two deskundigen, CTO within 5 weeks; criteria explicitly deferred to 2026-2027 ('maatwerk'), lwoo/pro only 'landelijke regels'.",
        "terugstroom": "§ Terugplaatsing (listed in the TOC and glossary) only defers the policy to a future voortgangsparagraaf; nothing addressed.",
        "financien": "Under 'Geld en middelen': 70/30 verdeelsleutel by leerlingaantal, arrangement maximum, and a meerjarenbegroting table with amounts; reserves and school accounting.",
        "dekkend-aanbod": "§ Ondersteuningscontinuüm describes three treden; § Thuiszitters is only a passing mention with a deferral, no way of finding/handling gaps.",
        "resultaten": "Hfst 'Resultaten en kwaliteit': table with nulmeting and streefwaarden, dashboard twice a year, kwaliteitsgesprek, jaarverslag.",
        "ouders": "Informing via website, ouderavond, folder is present; independent help is only 'links op onze website' and an OJSP whose form is still under discussion.",
    }
    write_label(stem, docs, "vo", crit, adv, notes)


# --------------------------------------------------------------------------------------------
# Plan 3: VO, large verband, .html web version
# --------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs VO Groot-Amstelmond", kort="SWV Groot-Amstelmond",
             code="VO 27-11", periode="2026-2030", regio="Groot-Amstelmond", plaats="Amstelmond",
             gemeenten="Amstelmond, Veenhoven en Diemerwaard", nbesturen=22, nscholen=48, sector="vo",
             sectorwoord="voortgezet onderwijs", rechtsvorm="stichting", directeur="dr. S. (Samira) El Idrissi",
             ander_swv="PO Groot-Amstelmond (PO 27-10)", opr_datum="4 maart 2026", vaststelling="18 maart 2026")
    body = []
    body += voorwoord(c) + inleiding(c) + visie(c)
    body += [
        ("h1", "Onze regio"),
        ("p", "Groot-Amstelmond is een stedelijke regio met 48 vestigingen voor voortgezet onderwijs, "
              "waaronder vier scholen voor praktijkonderwijs, drie vso-scholen en een internationale "
              "schakelklas. Ruim 33.000 jongeren gaan hier naar school. De regio kent grote verschillen tussen "
              "wijken in inkomen, gezondheid en woonsituatie, en een groot aandeel leerlingen is meertalig "
              "opgegroeid."),
        ("p", "Een aanzienlijk deel van de leerlingen woont buiten de gemeente waar hun school staat. Dat "
              "maakt de samenwerking met de drie gemeenten en de vervoersregio belangrijk, bijvoorbeeld voor "
              "leerlingenvervoer naar het vso."),
        ("h1", "Wat elke school biedt"),
        ("p", "In Groot-Amstelmond geldt één niveau van basisondersteuning voor alle 48 vestigingen, "
              "vastgesteld door de 22 besturen in de algemene vergadering van november 2025. Het is de "
              "ondergrens: geen vestiging biedt minder, ongeacht onderwijsniveau of grootte. Iedere ouder kan "
              "op iedere vestiging rekenen op de voorzieningen in de tabel hieronder."),
        ("table", [["Domein", "Wat elke vestiging ten minste biedt"],
                   ["Structuur", "Ondersteuningscoördinator, zorg- en adviesteam (ZAT) met jeugdarts en "
                                 "leerplicht, zes keer per jaar"],
                   ["Leren", "Dyslexie- en dyscalculiebeleid met hulpmiddelen, huiswerkbegeleiding, "
                             "ondersteuning Nederlands als tweede taal"],
                   ["Gedrag en welbevinden", "Anti-pestcoördinator, training sociale vaardigheden, "
                                              "faalangstreductietraining, opvanglokaal alle lesuren"],
                   ["Executieve functies", "Begeleiding plannen en organiseren in leerjaar 1 en 2"],
                   ["Talent", "Verrijkingsaanbod voor (hoog)begaafde leerlingen"],
                   ["Medisch", "Protocol medisch handelen, afspraken over medicatie en verzuim door ziekte "
                               "(met jeugdarts)"],
                   ["Planmatig werken", "OPP voor iedere leerling met extra ondersteuning, halfjaarlijks "
                                        "geëvalueerd"]]),
        ("p", "Het bureau toetst elke twee jaar met een interne audit of vestigingen dit niveau halen."),
        ("h1", "Ondersteuningsroute en voorzieningen"),
        ("p", "De ondersteuning in Groot-Amstelmond is opgebouwd als een route met vier stations. Station 1 "
              "is de basisondersteuning. Station 2 zijn de arrangementen op de school zelf, zoals een "
              "plusklas, een time-in-voorziening of begeleiding door een gedragsspecialist. Station 3 zijn de "
              "bovenschoolse voorzieningen: twee OPDC's met samen 140 plaatsen, de Herstartgroep voor "
              "leerlingen die na langdurig verzuim weer instromen, en de Taalbrug voor nieuwkomers. Station 4 "
              "is het vso."),
        ("p", "Scholen in dezelfde wijk werken samen in vijf ondersteuningsclusters. In een cluster delen "
              "scholen een gedragsspecialist en een schoolmaatschappelijk werker, en kunnen leerlingen "
              "tijdelijk een deel van hun lessen op een andere school volgen."),
        ("h2", "Niemand tussen wal en schip"),
        ("p", "Als een school een leerling geen passende plek kan bieden, of een leerling meer dan twee weken "
              "niet naar school gaat, meldt de school dit direct bij het Plaatsingsloket van het "
              "samenwerkingsverband. Binnen drie weken is er een casustafel met school, ouders, leerplicht en "
              "jeugdhulp. Elke melding wordt geregistreerd. Het samenwerkingsverband houdt een actuele lijst "
              "bij van leerlingen zonder passende plek en bespreekt die maandelijks met de leerplichtambtenaren. "
              "Blijkt een type aanbod te ontbreken, dan zet het bestuur een ontwikkeltraject op, zoals in 2025 "
              "voor de Herstartgroep."),
        ("h1", "Toewijzing"),
        ("p", "Het Toewijzingsreglement 2026 (bijlage C) beschrijft hoe scholen een TLV voor het vso, een "
              "aanwijzing lwoo of een TLV pro aanvragen, welke criteria gelden, wie adviseert en hoe bezwaar "
              "werkt. Het reglement wordt afzonderlijk vastgesteld en is via de website te raadplegen."),
        ("h1", "Van vso terug naar het vo"),
        ("p", "Wij vinden dat het vso voor veel jongeren een tijdelijke plek kan zijn. Ons beleid is erop "
              "gericht dat elke leerling voor wie dat haalbaar is, binnen de looptijd van de TLV terugkeert "
              "naar het regulier voortgezet onderwijs of doorstroomt naar het mbo. Terugkeer is mogelijk "
              "wanneer de leerling stabiel functioneert, de ondersteuningsbehoefte past binnen station 2 of 3 "
              "van een reguliere school, en een ontvangende school bereid is de leerling in te schrijven."),
        ("p", "Na terugkeer houdt de leerling recht op steun: de ontvangende school krijgt voor twaalf maanden "
              "een terugkeerbudget voor begeleiding, en de vso-school blijft in die periode beschikbaar voor "
              "consultatie. De stappen, de rolverdeling en de evaluatiemomenten leggen we vast in het nog op "
              "te stellen terugkeerprotocol."),
        ("h1", "Middelen"),
        ("h2", "Verdeelmodel"),
        ("p", "Het huidige verdeelmodel loopt af op 31 juli 2026. Een nieuw verdeelmodel wordt in de loop van "
              "schooljaar 2026-2027 met de besturen uitgewerkt en volgt als addendum bij dit plan."),
        ("h2", "Begroting 2026-2029"),
        ("p", "De meerjarenbegroting laat zien waaraan het samenwerkingsverband de middelen de komende jaren "
              "besteedt. Bedragen zijn in duizenden euro's."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "31.400", "31.050", "30.700", "30.300"],
                   ["Afdracht vso en pro", "17.900", "17.850", "17.800", "17.700"],
                   ["Ondersteuningsmiddelen scholen", "7.300", "7.100", "6.950", "6.800"],
                   ["OPDC's en Herstartgroep", "3.650", "3.650", "3.600", "3.550"],
                   ["Taalbrug nieuwkomers", "650", "650", "600", "600"],
                   ["Casustafels en thuiszittersaanpak", "480", "480", "470", "460"],
                   ["Bureau, OPR en huisvesting", "1.420", "1.420", "1.380", "1.290"],
                   ["Saldo", "0", "-100", "-100", "-100"]]),
        ("p", "De negatieve saldi vanaf 2027 worden gedekt uit de bestemmingsreserve die in 2025 is gevormd."),
        ("h1", "Ouders en jongeren"),
        ("p", "Het samenwerkingsverband hecht aan een goede relatie met ouders. Hoe wij ouders informeren over "
              "het ondersteuningsaanbod, werken we in 2027 uit in een nieuw communicatieplan."),
        ("p", "Ouders en jongeren die vastlopen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Amstelmond. Het steunpunt is onafhankelijk, kosteloos en houdt elke woensdagmiddag spreekuur in "
              "de bibliotheek; daarnaast is het telefonisch bereikbaar op werkdagen. Medewerkers van het "
              "steunpunt kunnen meegaan naar gesprekken op school. Bij een geschil kunnen ouders een "
              "onderwijsconsulent inschakelen of de zaak voorleggen aan de Geschillencommissie passend "
              "onderwijs."),
    ]
    body += oogo(c) + governance(c) + medezeggenschap(c) + personeel(c) + aansluiting(c)
    body += kennisdeling(c) + communicatie_professionals(c) + samenwerkingscultuur(c) + ict_privacy(c)
    body += ontwikkelagenda(c) + bedrijfsvoering(c)
    body += planning(c, "Welke resultaten we met dit plan nastreven, leggen we in het najaar van 2026 samen met de "
                        "OPR vast.")
    body += begrippen(GLOSSARY_VO)
    blocks = toc_from(body) + numbered(body)
    title = ["Ondersteuningsplan 2026-2030 (webversie)", "Iedereen doet mee",
             "Samenwerkingsverband Passend Onderwijs VO Groot-Amstelmond (VO 27-11)"]
    return c, title, blocks


def label3(stem, docs):
    crit = {k: True for k in CORE}
    for k in ["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
              "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"]:
        crit[k] = False
    adv = {"basisondersteuning": ["borging"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Hfst 'Wat elke school biedt': one level for all 48 vestigingen; the concrete content is only in the table.",
        "plaatsing": "Hfst 'Toewijzing' only refers to the separate Toewijzingsreglement (bijlage C, not part of the input) and the website; nothing in the body -> missing (report as verwezen).",
        "terugstroom": "Hfst 'Van vso terug naar het vo': aims, conditions and support after return; steps/roles/evaluation deferred to a future terugkeerprotocol.",
        "financien": "§ Verdeelmodel: the current model expires and the new one 'volgt als addendum' -> no procedure/criteria for distribution (the budget line 'Ondersteuningsmiddelen scholen' is an amount, not a criterion); the meerjarenbegroting table addresses besteding; reserve covers deficits.",
        "dekkend-aanbod": "Four stations, clusters, OPDC's; 'Niemand tussen wal en schip' with Plaatsingsloket, casustafel within 3 weeks, monthly list.",
        "resultaten": "No results section; 'resultaten' occurs only in passing (OOGO) and as a deferral in 'Totstandkoming' (to be set in autumn 2026).",
        "ouders": "Independent OJSP Amstelmond, onderwijsconsulent, geschillencommissie present; how parents are informed is deferred to a 2027 communicatieplan.",
    }
    write_label(stem, docs, "vo", crit, adv, notes)


# --------------------------------------------------------------------------------------------
# Plan 4: PO, .docx
# --------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Stichting Samenwerkingsverband Passend Primair Onderwijs Heuvelland",
             kort="SWV PPO Heuvelland", code="PO 31-05", periode="2026-2030", regio="het Heuvelland",
             plaats="Valkenheuvel", gemeenten="Valkenheuvel, Gulpdal, Eijsberg en Margraten-Zuid", nbesturen=9,
             nscholen=58, sector="po", sectorwoord="primair onderwijs", rechtsvorm="stichting",
             directeur="J.W. (Jan-Willem) Crombach", ander_swv="VO Zuid-Limburg Heuvelland (VO 31-06)",
             opr_datum="12 maart 2026", vaststelling="26 maart 2026",
             meedenkers="medewerkers van kinderopvang en jeugdhulp")
    body = []
    body += voorwoord(c) + inleiding(c) + visie(c) + terugblik(c)
    body += [
        ("h1", "Kengetallen"),
        ("p", "Het samenwerkingsverband telt 55 basisscholen, twee scholen voor speciaal basisonderwijs "
              "(De Wingerd en De Kei) en één school voor speciaal onderwijs cluster 3 en 4 met twee locaties. "
              "Op 1 oktober 2025 gingen 11.960 kinderen naar een basisschool, 402 naar het sbo en 231 naar het "
              "so. De krimp in het Heuvelland zet door: tot 2030 wordt een daling van 8 procent verwacht, met "
              "grote gevolgen voor kleine dorpsscholen."),
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning bestaat uit vier onderdelen: de basiskwaliteit zoals de inspectie die "
              "beoordeelt, preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en "
              "planmatig, handelingsgericht werken. Concreet rekenen wij de volgende voorzieningen tot de "
              "basisondersteuning:"),
        ("ul", ["een intern begeleider die vier keer per jaar groepsbesprekingen en leerlingbesprekingen "
                "voert met elke leerkracht;",
                "een dyslexieprotocol volgens het landelijk protocol, met vroegsignalering in groep 2 en 3 en "
                "doorverwijzing naar vergoede zorg bij ernstige enkelvoudige dyslexie;",
                "een rekenprotocol voor ernstige rekenproblemen;",
                "een methode voor sociaal-emotionele ontwikkeling en een anti-pestprogramma;",
                "verlengde instructie en preteaching in de klas;",
                "een aanbod voor kinderen die meer aankunnen (verrijkingsmaterialen, compacten);",
                "afspraken met de jeugdverpleegkundige en het schoolmaatschappelijk werk;",
                "een OPP voor elk kind dat op een of meer vakgebieden een eigen leerlijn volgt."]),
        ("p", "Elke school beschrijft in haar schoolondersteuningsprofiel in hoeverre zij deze voorzieningen "
              "biedt; de scholen verschillen daarin aanzienlijk, mede door hun omvang. Een gezamenlijk "
              "minimumniveau dat voor alle scholen geldt, heeft het samenwerkingsverband nog niet vastgesteld. "
              "De besturen spreken in schooljaar 2026-2027 af of en hoe zo'n ondergrens er komt."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Over de inrichting van extra ondersteuning en de arrangementen binnen en tussen de scholen maken "
              "de besturen in 2026-2027 nieuwe afspraken, in samenhang met de herziening van de "
              "basisondersteuning. Tot die tijd gelden de werkwijzen van de afzonderlijke besturen."),
        ("h2", "Thuiszitters en zorgplicht"),
        ("p", "Wanneer ouders hun kind aanmelden, heeft het schoolbestuur zorgplicht. Kan de school zelf geen "
              "passend aanbod doen, dan zoekt zij binnen zes weken, eenmaal te verlengen met vier weken, een "
              "andere school die dat wel kan. Lukt dat niet, dan meldt de school het kind bij de Overlegtafel "
              "Passend Aanbod van het samenwerkingsverband. Die tafel komt binnen vijf werkdagen na een melding "
              "bijeen, met de leerplichtambtenaar, een consulent jeugd van de gemeente en de betrokken "
              "scholen, en spreekt af wie welk deel van de oplossing levert."),
        ("p", "Daarnaast houdt de consulent thuiszitters een overzicht bij van alle kinderen die langer dan "
              "vier weken geen onderwijs volgen of een vrijstelling hebben. Elk kwartaal bespreekt het bestuur "
              "dat overzicht met de gemeenten. Blijkt uit de meldingen dat een voorziening ontbreekt, "
              "bijvoorbeeld voor jonge kinderen met een ernstige taalontwikkelingsstoornis, dan geeft de "
              "directeur-bestuurder opdracht tot een verkenning met de s(b)o-scholen."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Het bestuur van de school waar een kind is ingeschreven vraagt de toelaatbaarheidsverklaring "
              "aan bij de Commissie van Toelaatbaarheid (CvT). De intern begeleider stelt samen met de "
              "leerkracht het groeidocument op, met daarin de ondersteuningsbehoefte, de geboden hulp en de "
              "zienswijze van de ouders. De procedure verloopt in vier stappen:"),
        ("ol", ["Multidisciplinair overleg op school, met een orthopedagoog van het samenwerkingsverband;",
                "Digitale indiening van het groeidocument bij de CvT;",
                "Advies van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van het kind, "
                "een kinderarts, jeugdarts of maatschappelijk werker, elk met een eigen schriftelijk advies;",
                "Besluit van de CvT binnen zes weken, schriftelijk aan school en ouders, met een afschrift van "
                "de adviezen."]),
        ("p", "Een kind is toelaatbaar tot het sbo als de ondersteuningsbehoefte de mogelijkheden van de "
              "basisschool structureel overstijgt, blijkend uit ten minste een jaar planmatige extra "
              "ondersteuning met OPP, en het kind baat heeft bij een kleinere groep met meer structuur en "
              "specialistische begeleiding. Een kind is toelaatbaar tot het so als daarnaast sprake is van "
              "een ernstige beperking in de verstandelijke, lichamelijke of sociaal-emotionele ontwikkeling "
              "die intensieve specialistische begeleiding vraagt, of van een meervoudige beperking."),
        ("p", "Een TLV sbo geldt voor ten hoogste drie schooljaren; een TLV so voor twee schooljaren, met "
              "bekostigingscategorie laag, midden of hoog. Tegen een besluit kan binnen zes weken bezwaar "
              "worden gemaakt; het bestuur vraagt advies aan de LBT."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Het samenwerkingsverband gaat ervan uit dat een plaatsing in het s(b)o waar mogelijk tijdelijk "
              "is. Ons beleid is dat elk kind in het laatste jaar van de TLV wordt besproken met het oog op "
              "terugkeer naar een basisschool dicht bij huis. Voorwaarden zijn dat de ontwikkeling volgens het "
              "OPP stabiel verloopt en dat een basisschool de benodigde ondersteuning kan bieden, zo nodig "
              "met een overgangsarrangement."),
        ("p", "De s(b)o-school start uiterlijk in januari van het laatste TLV-jaar de evaluatie van het OPP, "
              "samen met ouders. In maart adviseert de s(b)o-school aan de CvT. Kiest de CvT voor terugkeer, "
              "dan regelt de s(b)o-school met de ontvangende basisschool een warme overdracht en blijft zij "
              "een half jaar beschikbaar voor coaching van de nieuwe leerkracht. Een nieuwe TLV kan alleen "
              "worden aangevraagd vóór 1 mei; anders eindigt de TLV op 31 juli. Het overgangsarrangement "
              "bestaat uit twee dagdelen per week begeleiding in het eerste halfjaar na terugkeer."),
        ("h1", "Kwaliteitszorg"),
        ("p", "Het samenwerkingsverband volgt zijn werk met een jaarlijkse monitor. Daarin staan per bestuur "
              "het aantal afgegeven TLV's, het aantal terugplaatsingen, het aantal thuiszitters en "
              "vrijstellingen, de doorlooptijden van aanvragen en de uitstroom naar het voortgezet onderwijs "
              "van kinderen met een OPP. Het bureau stelt de monitor in september op; het bestuur bespreekt "
              "de uitkomsten in oktober met de OPR en in november in een kwaliteitsdialoog met elk "
              "schoolbestuur. In het jaarverslag rapporteren we de bereikte resultaten."),
        ("p", "De beoogde resultaten voor de planperiode worden geformuleerd in de jaarplannen."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, wordt na vaststelling "
              "van de begroting 2027 door het bestuur als addendum aan dit plan toegevoegd. Tot die tijd "
              "blijven de bestaande afspraken over de middelen van kracht."),
    ]
    body += oogo(c) + governance(c) + medezeggenschap(c, ouders_rol=False) + personeel(c)
    body += aansluiting(c) + kennisdeling(c) + communicatie_professionals(c) + samenwerkingscultuur(c)
    body += ict_privacy(c) + ontwikkelagenda(c) + planning(c)
    body += begrippen(GLOSSARY_PO + [("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders met vragen over passend onderwijs.")])
    blocks = toc_from(body) + numbered(body)
    title = ["Ondersteuningsplan Passend Primair Onderwijs Heuvelland 2026-2030",
             "Stichting Samenwerkingsverband PPO Heuvelland (PO 31-05)", "Concept ter vaststelling"]
    return c, title, blocks


def label4(stem, docs):
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.niveau", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
              "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"]:
        crit[k] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "Concrete list of voorzieningen, but the plan says explicitly that no common minimum for all schools has been set (to be agreed in 2026-2027).",
        "plaatsing": "Hfst 'Toelaatbaarheid tot sbo en so': CvT, groeidocument, four steps, two deskundigen, 6 weeks, separate sbo and so criteria, duration, category, LBT.",
        "terugstroom": "Hfst 'Terug naar de basisschool': policy aims/conditions, January-March-1 May-31 July procedure, warme overdracht and overgangsarrangement.",
        "financien": "Only a deferral: financial paragraph 'als addendum toegevoegd' after the 2027 budget; 'middelen'/'begroting' elsewhere only in passing; glossary 'Verdeelmodel' is a trap.",
        "dekkend-aanbod": "Extra ondersteuning/arrangementen deferred to 2026-2027 (no continuum); § 'Thuiszitters en zorgplicht' addresses gaps via Overlegtafel Passend Aanbod, quarterly overview.",
        "resultaten": "Hfst 'Kwaliteitszorg' (no 'resultaten' heading): annual monitor, OPR, kwaliteitsdialoog, jaarverslag; intended results deferred to jaarplannen.",
        "ouders": "No parent information or independent help anywhere; only passing mentions (visie, zienswijze in TLV dossier, warme overdracht) and OJSP in the glossary.",
    }
    write_label(stem, docs, "po", crit, adv, notes)


# --------------------------------------------------------------------------------------------
# Plan 5: PO, .pdf (rendered from a temporary .docx)
# --------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Kempenrand", kort="SWV PO Kempenrand", code="PO 30-09",
             periode="2026-2030", regio="de Kempenrand", plaats="Bergeijkhoven",
             gemeenten="Bergeijkhoven, Loonse Heide en Reusel-West", nbesturen=6, nscholen=34, sector="po",
             sectorwoord="primair onderwijs", rechtsvorm="vereniging", directeur="A. (Anouk) Verhoeven",
             ander_swv="VO Kempenrand (VO 30-10)", opr_datum="19 februari 2026", vaststelling="5 maart 2026")
    body = []
    body += voorwoord(c) + inleiding(c) + visie(c) + terugblik(c)
    body += [
        ("h1", "Basisondersteuning"),
        ("p", "Het samenwerkingsverband heeft in 2025 een werkgroep van intern begeleiders en directeuren "
              "ingesteld die de basisondersteuning opnieuw gaat beschrijven, in lijn met de landelijke norm "
              "waaraan het ministerie werkt. De uitkomst wordt na instemming van de OPR als aanvulling op dit "
              "plan gepubliceerd. Tot die tijd verwijzen wij naar de schoolondersteuningsprofielen van de "
              "scholen."),
        ("h1", "Een passend aanbod voor ieder kind"),
        ("p", "Het samenwerkingsverband wil dat voor ieder kind in de Kempenrand een passende plek "
              "beschikbaar is, zo thuisnabij als mogelijk. In de loop van de planperiode brengen we samen met "
              "de besturen in kaart welke voorzieningen er zijn en waar witte vlekken zitten. De uitkomsten "
              "verwerken we in de eerste voortgangsparagraaf."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Hoe een school een toelaatbaarheidsverklaring aanvraagt, welke stappen en termijnen daarbij "
              "gelden en wie beslist, staat in de Handreiking TLV op www.swvkempenrand.nl. Hieronder staan de "
              "criteria waaraan een aanvraag wordt getoetst."),
        ("table", [["Toelaatbaar tot", "Criteria (alle van toepassing)"],
                   ["Speciaal basisonderwijs", "Minimaal twee cycli van handelingsgericht werken met OPP zijn "
                                               "uitgevoerd en geëvalueerd; de achterstand op twee of meer "
                                               "vakgebieden is groter dan één jaar of het gedrag belemmert "
                                               "structureel het leren in een groep van 25 of meer; het kind "
                                               "heeft een kleinere groep en een specialistische aanpak nodig."],
                   ["Speciaal onderwijs, categorie laag", "Als sbo, en daarnaast een ernstige beperking in de "
                                                          "sociaal-emotionele ontwikkeling of een "
                                                          "verstandelijke beperking (IQ onder 70) die "
                                                          "intensieve begeleiding de hele schooldag vraagt."],
                   ["Speciaal onderwijs, categorie midden/hoog", "Een lichamelijke, langdurig-medische of "
                                                                 "meervoudige beperking die verpleegkundige "
                                                                 "of lichamelijke verzorging onder schooltijd "
                                                                 "vraagt."]]),
        ("p", "Een TLV geldt voor twee schooljaren, tot 31 juli van het tweede jaar. Ouders kunnen tegen een "
              "besluit bezwaar maken; het bestuur laat zich daarbij adviseren door de LBT."),
        ("h2", "Einde van de TLV"),
        ("p", "In het laatste jaar van de TLV evalueert de s(b)o-school vóór 1 februari het OPP met ouders en "
              "met de basisschool van herkomst. De s(b)o-school stuurt vóór 1 april een advies aan het "
              "samenwerkingsverband: verlenging via een nieuwe aanvraag, of beëindiging. Bij beëindiging meldt "
              "de s(b)o-school het kind, in overleg met de ouders, aan bij een basisschool naar keuze van de "
              "ouders. De TLV eindigt dan op 31 juli."),
        ("h1", "Financieel beleid"),
        ("h2", "Hoe we verdelen"),
        ("p", "De middelen voor lichte ondersteuning gaan grotendeels rechtstreeks naar de scholen. Elke school "
              "ontvangt een vaste voet van € 7.500 en een bedrag van € 115 per leerling op de teldatum van "
              "1 oktober. Daarnaast kunnen scholen trajectmiddelen aanvragen voor een kind dat tijdelijk "
              "intensieve begeleiding nodig heeft; het bureau beslist binnen drie weken op basis van het OPP. "
              "Per kind is maximaal € 5.000 per schooljaar beschikbaar. De kosten van het sbo boven de "
              "2-procentsgrens en van het so worden centraal verrekend."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen in euro's", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "6.840.000", "6.720.000", "6.610.000", "6.500.000"],
                   ["Afdracht so en sbo boven 2%", "3.360.000", "3.340.000", "3.320.000", "3.300.000"],
                   ["Schoolbudgetten (vaste voet en per leerling)", "1.875.000", "1.840.000", "1.810.000",
                    "1.780.000"],
                   ["Trajectmiddelen", "640.000", "620.000", "600.000", "580.000"],
                   ["Ouder- en kindsteunpunt", "85.000", "85.000", "85.000", "85.000"],
                   ["Bureau en medezeggenschap", "610.000", "615.000", "620.000", "625.000"],
                   ["Resultaat", "270.000", "220.000", "175.000", "130.000"]]),
        ("p", "Scholen verantwoorden de besteding van hun schoolbudget jaarlijks in het bestuursverslag van "
              "hun bestuur en in een korte rapportage aan het samenwerkingsverband. De reserve bleef eind 2025 "
              "onder de signaleringswaarde."),
        ("h1", "Resultaten"),
        ("p", "Het bestuur heeft voor deze planperiode de volgende beoogde resultaten vastgesteld voor "
              "kinderen met een ondersteuningsbehoefte:"),
        ("table", [["Resultaat", "2025", "Doel 2030"],
                   ["Kinderen met OPP die het geplande uitstroomniveau halen", "72%", "80%"],
                   ["Thuiszitters langer dan drie maanden", "6", "0"],
                   ["Deelname sbo (percentage leerlingen)", "2,9%", "2,5%"],
                   ["Tevredenheid ouders over de TLV-procedure (schaal 1-10)", "6,8", "7,5"]]),
        ("p", "Het bureau meet deze indicatoren jaarlijks op 1 oktober en rapporteert erover in het "
              "jaarverslag. In een halfjaarlijkse voortgangsrapportage aan bestuur en OPR staan de tussenstand "
              "en eventuele bijsturing. Eens per twee jaar laat het samenwerkingsverband een oudertevredenheids-"
              "onderzoek uitvoeren."),
        ("h1", "Informatie en steun voor ouders"),
        ("p", "Ouders vinden op de website van het samenwerkingsverband per school een overzicht van de "
              "ondersteuning die de school biedt, met een link naar het schoolondersteuningsprofiel. Bij "
              "aanmelding op een school krijgen ouders de folder 'Extra hulp op school, hoe werkt dat?'. Twee "
              "keer per jaar organiseert het samenwerkingsverband een informatiebijeenkomst voor ouders in "
              "Bergeijkhoven en Reusel-West."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Kindsteunpunt Kempenrand. "
              "Het steunpunt staat los van scholen en samenwerkingsverband, is kosteloos en gaat op verzoek "
              "mee naar gesprekken. Ouders kunnen ook een onderwijsconsulent inschakelen. Klachten over het "
              "samenwerkingsverband kunnen worden ingediend bij de landelijke klachtencommissie waarbij het "
              "samenwerkingsverband is aangesloten."),
    ]
    body += oogo(c, inhoudelijk=False) + governance(c) + medezeggenschap(c) + personeel(c) + aansluiting(c)
    body += kennisdeling(c) + communicatie_professionals(c) + samenwerkingscultuur(c)
    body += ict_privacy(c) + bedrijfsvoering(c) + ontwikkelagenda(c) + planning(c) + begrippen(GLOSSARY_PO)
    blocks = toc_from(body) + numbered(body)
    title = ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Primair Onderwijs Kempenrand (PO 30-09)",
             "Basisondersteuning, toelaatbaarheid, dekkend aanbod en middelen"]
    return c, title, blocks


def label5(stem, docs):
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"]:
        crit[k] = False
    adv = {"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Hfst 'Basisondersteuning' only defers to a werkgroep/aanvulling and the SOPs; the word appears otherwise only in title page, footer slogan, TOC and glossary.",
        "plaatsing": "Criteria for sbo and so categories are given only in a table; the procedure (steps, termijnen, who decides) is referred to a Handreiking on the website.",
        "terugstroom": "§ 'Einde van de TLV' inside the toelaatbaarheid chapter gives the procedure (1 Feb, 1 April, 31 July); no policy aims, conditions or support after return.",
        "financien": "Hfst 'Financieel beleid': vaste voet + per-leerling amounts, trajectmiddelen criteria, meerjarenbegroting table, verantwoording and reserve.",
        "dekkend-aanbod": "'Een passend aanbod voor ieder kind' is an aspiration plus deferral; OOGO section is procedural only; thuiszitters appears only as a target in the results table.",
        "resultaten": "Hfst 'Resultaten': table with 2025 values and 2030 goals; measured yearly, halfjaarlijkse voortgangsrapportage, jaarverslag.",
        "ouders": "Hfst 'Informatie en steun voor ouders': website per school, folder, bijeenkomsten; independent Ouder- en Kindsteunpunt, onderwijsconsulent, klachtencommissie.",
    }
    write_label(stem, docs, "po", crit, adv, notes)


# --------------------------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan / schoolondersteuningsprofiel of one VO school (.md)
# --------------------------------------------------------------------------------------------

def nearmiss():
    body = [
        ("h1", "Inleiding"),
        ("p", "Dit is het ondersteuningsplan van Scholengemeenschap Het Baken, locatie Oudewaard (vmbo-basis "
              "tot en met vwo). Het plan beschrijft hoe onze school de ondersteuning aan leerlingen organiseert "
              "en vormt tegelijk ons schoolondersteuningsprofiel (SOP). Het Baken is aangesloten bij het "
              "samenwerkingsverband VO De Waardlanden; het ondersteuningsplan van het samenwerkingsverband is "
              "de basis voor dit document. De medezeggenschapsraad van de school heeft advies uitgebracht over "
              "dit plan, dat geldt voor het schooljaar 2025-2026."),
        ("h1", "Basisondersteuning op Het Baken"),
        ("p", "Op Het Baken bieden wij de basisondersteuning die in het samenwerkingsverband is afgesproken. "
              "Dat betekent onder meer: een mentor voor elke klas, een ondersteuningscoördinator, een "
              "zorg- en adviesteam dat zes keer per jaar vergadert, een dyslexiecoach, faalangstreductietraining "
              "en een opvanglokaal. In leerjaar 1 en 2 volgen alle leerlingen het vak 'Leren leren'."),
        ("h1", "Zorgniveaus binnen de school"),
        ("p", "Wij werken met vier zorgniveaus. Niveau 1 is de ondersteuning in de les door de docent. Niveau 2 "
              "is begeleiding door de mentor, met gesprekken en afspraken over planning. Niveau 3 is "
              "ondersteuning door de interne specialisten: de dyslexiecoach, de faalangsttrainer, de "
              "counselor. Niveau 4 is de trajectvoorziening 'De Haven', waar leerlingen een deel van de week "
              "in een kleine groep werken. Voor niveau 4 stelt de ondersteuningscoördinator een OPP op, dat "
              "twee keer per jaar met leerling en ouders wordt besproken."),
        ("h1", "Leerlingbesprekingen en groepsbesprekingen"),
        ("p", "Na iedere periode vinden er groepsbesprekingen plaats per klas. De mentor bereidt deze voor met "
              "de cijferoverzichten en de signalen van collega's. Leerlingen over wie zorgen zijn, worden "
              "ingebracht in de leerlingbespreking van het ondersteuningsteam. Resultaten van toetsen en "
              "methode-onafhankelijke toetsen worden per afdeling geanalyseerd."),
        ("h1", "Als de school niet genoeg kan bieden"),
        ("p", "Soms heeft een leerling meer nodig dan Het Baken kan bieden. Dan bespreken wij met ouders de "
              "mogelijkheden binnen het samenwerkingsverband, zoals de reboundvoorziening Het Anker of een "
              "plaatsing in het voortgezet speciaal onderwijs. Voor het vso is een toelaatbaarheidsverklaring "
              "(TLV) nodig; de school vraagt die aan bij het samenwerkingsverband. Leerlingen die na een periode "
              "in het vso of Het Anker terugkeren, krijgen van ons een vaste mentor en een startgesprek. Voor "
              "lwoo volgen wij de regels van het samenwerkingsverband."),
        ("h1", "Middelen"),
        ("p", "Het Baken ontvangt via het schoolbestuur een budget voor lichte ondersteuning van het "
              "samenwerkingsverband. Wij besteden dit aan de trajectvoorziening De Haven (circa 2 fte), de "
              "dyslexiecoach en de faalangsttrainingen."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de ouderportal en de "
              "ouderavonden. Ouders met vragen of klachten over de ondersteuning kunnen eerst terecht bij de "
              "mentor en de ondersteuningscoördinator. Komen we er samen niet uit, dan kunnen ouders contact "
              "opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de "
              "klachtencommissie van ons bestuur."),
        ("h1", "Ambities van de school"),
        ("p", "Dit schooljaar willen wij het aantal leerlingen dat gebruikmaakt van De Haven en daarna zonder "
              "extra ondersteuning verder kan, vergroten. Daarnaast scholen wij alle mentoren in het voeren "
              "van driehoeksgesprekken met leerling en ouders."),
        ("h1", "Contact"),
        ("p", "Ondersteuningscoördinator: mevrouw L. de Wit. Teamleider onderbouw: de heer R. Pranger. Het "
              "volledige schoolondersteuningsprofiel is opvraagbaar bij de administratie."),
    ]
    title = ["Ondersteuningsplan Het Baken 2025-2026", "Scholengemeenschap Het Baken, locatie Oudewaard",
             "Schoolondersteuningsprofiel en zorgstructuur"]
    return title, toc_from(body) + body


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(x.split()) for r in b[1] for x in r)
    return n


def main():
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout293_docx_"))
    try:
        # plan 1: docx
        c, title, blocks = plan1()
        stem = "vo-rivierenland-oost-op-2026-2030"
        write_docx(OUT / f"{stem}.docx", title, blocks, f"{c['kort']} ({c['code']}) | Ondersteuningsplan 2026-2030",
                   "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Middelen · Resultaten · Ouders")
        label1(stem, [f"{stem}.docx"])
        print(stem, word_count(blocks))

        # plan 2: pdf
        c, title, blocks = plan2()
        stem = "vo-waardlanden-op-2026-2030"
        tmp_docx = tmpdir / f"{stem}.docx"
        write_docx(tmp_docx, title, blocks, f"{c['kort']} | Ondersteuningsplan 2026-2030",
                   "Ondersteuningsplan De Waardlanden - terugplaatsing en thuiszitters: zie hoofdstuk 4 en 5")
        docx_to_pdf(tmp_docx, OUT / f"{stem}.pdf")
        label2(stem, [f"{stem}.pdf"])
        print(stem, word_count(blocks))

        # plan 3: html
        c, title, blocks = plan3()
        stem = "vo-groot-amstelmond-op-2026-2030"
        write_html(OUT / f"{stem}.html", title, blocks,
                   "Home | Over ons | Ondersteuningsplan | Ouders | Toelaatbaarheid | Resultaten | Contact",
                   "© 2026 SWV Groot-Amstelmond · Ouder- en Jeugdsteunpunt · Informatie voor ouders · Privacy")
        label3(stem, [f"{stem}.html"])
        print(stem, word_count(blocks))

        # plan 4: docx
        c, title, blocks = plan4()
        stem = "po-heuvelland-op-2026-2030"
        write_docx(OUT / f"{stem}.docx", title, blocks, f"{c['kort']} | Concept ondersteuningsplan",
                   "Financiën en meerjarenbegroting: zie addendum | Informatie voor ouders: www.ppoheuvelland.nl")
        label4(stem, [f"{stem}.docx"])
        print(stem, word_count(blocks))

        # plan 5: pdf
        c, title, blocks = plan5()
        stem = "po-kempenrand-op-2026-2030"
        tmp_docx = tmpdir / f"{stem}.docx"
        write_docx(tmp_docx, title, blocks, f"{c['kort']} ({c['code']})",
                   "Basisondersteuning op orde, overal - een dekkend aanbod voor ieder kind")
        docx_to_pdf(tmp_docx, OUT / f"{stem}.pdf")
        label5(stem, [f"{stem}.pdf"])
        print(stem, word_count(blocks))

        # near-miss: md
        title, blocks = nearmiss()
        stem = "vo-het-baken-schoolondersteuningsplan-2025"
        write_md(OUT / f"{stem}.md", title, blocks)
        write_label(stem, [f"{stem}.md"], "vo", plan=False, notes={
            "document": "School-level 'ondersteuningsplan'/SOP of one VO school (zorgniveaus, leerlingbesprekingen); it "
                        "refers to the samenwerkingsverband's plan but is not itself the plan of a samenwerkingsverband."})
        print(stem, word_count(blocks))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
