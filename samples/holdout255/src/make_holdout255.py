#!/usr/bin/env python3
"""Generate holdout set 255: five fictional ondersteuningsplannen (PO/VO) plus one near-miss document,
with hand-written labels (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Block model: ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [[cells], ...])
# ("toc", [entries]) — a table of contents (trap: element words only in the TOC)
# ----------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def L(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("table", [list(r) for r in rows])


def TOC(*entries):
    return ("toc", list(entries))


# ----------------------------------------------------------------------------------------------
# Shared filler (safe for every plan: no element criterion is addressed here)
# ----------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan
        sinds de invoering van de Wet passend onderwijs in 2014 en het eerste dat ik als directeur-bestuurder
        mag aanbieden. Het plan is tot stand gekomen in een jaar waarin veel gebeurde: de leerlingaantallen
        in onze regio lopen terug, het lerarentekort raakt ook {c['regio']}, en de landelijke
        verbeteraanpak passend onderwijs vraagt van samenwerkingsverbanden meer helderheid en minder
        vrijblijvendheid. Ik ben blij dat we dit plan samen met schoolbesturen, intern begeleiders,
        ondersteuningscoördinatoren, gemeenten en de ondersteuningsplanraad hebben kunnen schrijven."""),
        P(f"""In de gesprekken die we het afgelopen jaar voerden, kwam steeds dezelfde vraag terug: wat
        merkt een {c['leerling']} hier eigenlijk van? Een plan is pas iets waard als het in de klas,
        aan de keukentafel bij ouders en in de teamkamer van de school verschil maakt. Daarom hebben we
        geprobeerd minder te beschrijven wat we al jaren doen en meer te kiezen. Niet alles wat wenselijk is,
        is haalbaar met de middelen die ons ter beschikking staan, en niet alles wat haalbaar is, past bij
        wat scholen en leraren op dit moment kunnen dragen."""),
        P(f"""Ik wil iedereen bedanken die heeft meegedacht: de leden van de klankbordgroepen, de collega's van
        het bureau, de besturen die kritisch meelazen en de leden van de ondersteuningsplanraad, die ons
        scherp hielden. Ook dank aan de gemeenten {c['gemeenten']} voor het constructieve overleg. We zijn
        trots op wat scholen de afgelopen jaren hebben bereikt, en tegelijk realistisch over wat er nog
        moet gebeuren. Ik nodig u uit dit plan niet in één keer te lezen, maar het te gebruiken als
        naslagwerk bij de gesprekken die u de komende vier jaar voert."""),
        P(f"""{c['bestuurder']}, directeur-bestuurder {c['naam_kort']}"""),
    ]


def leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P(f"""Dit plan volgt grofweg de opbouw van het vorige ondersteuningsplan. Na de inleiding schetsen we de
        regio en de ontwikkelingen die op ons afkomen. Daarna beschrijven we onze visie en de koers voor de
        komende vier schooljaren. De inhoudelijke hoofdstukken volgen de vragen die scholen en
        {c['ouders_woord']} ons het vaakst stellen. Aan het eind vindt u hoofdstukken over organisatie,
        medezeggenschap, personeel en de totstandkoming van dit plan, en een begrippenlijst. Waar we in de
        tekst 'scholen' schrijven, bedoelen we alle vestigingen van de aangesloten schoolbesturen. Waar we
        'het bestuur' schrijven, bedoelen we het bestuur van het samenwerkingsverband, tenzij anders
        vermeld."""),
    ]


def regio(c):
    return [
        H1("De regio in beeld"),
        P(f"""{c['naam']} omvat de gemeenten {c['gemeenten']}. In het verband werken {c['n_besturen']}
        schoolbesturen samen, met in totaal {c['n_scholen']} scholen en ongeveer {c['n_ll']} leerlingen op
        de teldatum van 1 oktober 2024. De regio kent een stedelijke kern en een uitgestrekt landelijk
        gebied met kleine kernen, waar scholen soms minder dan honderd leerlingen hebben. De afstanden zijn
        in het buitengebied aanzienlijk; voor een deel van de leerlingen betekent dat lange reistijden en
        een afhankelijkheid van leerlingenvervoer dat door de gemeenten wordt georganiseerd."""),
        P(f"""De prognoses laten een teruglopend leerlingaantal zien: tot 2029 verwachten we een daling van
        ongeveer zes procent, ongelijk verdeeld over de gemeenten. In de stedelijke kern is de daling
        beperkt, in de kleine kernen loopt die op tot twaalf procent. Dat heeft gevolgen voor de
        levensvatbaarheid van kleine scholen en voor de rijksbekostiging die het samenwerkingsverband
        ontvangt, omdat die grotendeels afhankelijk is van het aantal leerlingen in de regio. Tegelijk zien
        we dat de ondersteuningsvragen in de klas complexer worden. Leraren noemen vooral gedrag, taal en
        de gevolgen van armoede en onveilige thuissituaties."""),
        P(f"""De besturen in het verband verschillen sterk in omvang. Er zijn drie grote besturen met meer dan
        tien scholen en een aantal eenpitters. Die verscheidenheid is een kracht, omdat scholen van elkaar
        kunnen leren, maar het vraagt ook om afspraken die voor een kleine school net zo goed werken als
        voor een grote stichting. In de gesprekken met besturen is meermaals gevraagd om eenvoud: minder
        formulieren, kortere lijnen en een bureau dat meedenkt in plaats van controleert."""),
    ]


def visie(c):
    extra = ("" if not c.get("ouders_in_visie", True) else
             """Ouders zijn daarbij onmisbaar: zij kennen hun kind het best.""")
    return [
        H1("Visie, missie en koers"),
        H2("Missie"),
        P(f"""{c['naam_kort']} bestaat om scholen in staat te stellen elke {c['leerling']} in de regio
        onderwijs te bieden dat past. Wij zijn geen school en geven zelf geen les; wij faciliteren,
        verbinden en maken keuzes over de inzet van gezamenlijke middelen. Onze missie in één zin: samen
        zorgen dat geen {c['leerling']} tussen wal en schip raakt."""),
        H2("Visie"),
        P(f"""Wij geloven dat kinderen en jongeren zich het best ontwikkelen in hun eigen omgeving, met
        leeftijdgenoten, zo dicht mogelijk bij huis. Inclusiever onderwijs is voor ons geen einddoel
        maar een richting. {extra} Leraren maken het verschil, en zij verdienen ondersteuning die dichtbij
        is, snel komt en niet verzandt in procedures. Wij kiezen voor vertrouwen in de professionals
        op de scholen en voor het gesprek boven het formulier."""),
        P(f"""Onze visie rust op vier uitgangspunten: de vraag van de {c['leerling']} staat centraal, niet het
        aanbod; we handelen zo vroeg mogelijk en zo licht als kan; we werken samen over de grenzen van
        school, bestuur en gemeente heen; en we zijn transparant over keuzes en dilemma's. Die
        uitgangspunten zijn in de afgelopen periode in klankbordsessies met scholen getoetst en breed
        onderschreven."""),
        H2("Koers voor de planperiode"),
        P(f"""Voor de periode {c['periode']} hebben we drie koerslijnen gekozen: versterken van de
        leraar in de klas, eenvoudiger samenwerking tussen onderwijs en jeugdhulp, en meer eigenaarschap
        bij schoolbesturen. Deze koerslijnen werken we jaarlijks uit in een jaarplan met activiteiten.
        Het jaarplan en de jaarbegroting worden door het bestuur vastgesteld en aan de
        ondersteuningsplanraad voorgelegd."""),
    ]


def ontwikkelingen(c):
    return [
        H1("Landelijke en regionale ontwikkelingen"),
        P(f"""Passend onderwijs staat niet stil. Na de landelijke evaluatie in 2020 heeft het kabinet een
        verbeteraanpak ingezet met een groot aantal maatregelen, van het terugdringen van bovenmatige
        reserves tot het versterken van de positie van ouders en leerlingen. In de brief van april 2025
        schetst de minister de volgende stap richting inclusiever onderwijs. Voor {c['naam_kort']} betekent
        dat: minder vrijblijvendheid, meer transparantie en een sterkere rol voor de scholen zelf. Wij volgen
        de landelijke ontwikkelingen nauwgezet en passen dit plan aan wanneer wet- en regelgeving daarom
        vragen, uiteraard na instemming van de ondersteuningsplanraad."""),
        P("""Tegelijk verandert de samenleving. Het aantal gezinnen dat in armoede leeft, is in onze regio niet
        gedaald. Jeugdhulp is schaarser geworden, wachttijden zijn lang, en gemeenten moeten bezuinigen op het
        sociaal domein. Leraren merken dat in de klas: een kind dat thuis onrust ervaart, komt niet altijd
        tot leren. Scholen kunnen niet alle maatschappelijke problemen oplossen, en dat is ook niet hun taak.
        Wel kunnen ze een veilige plek bieden waar kinderen gezien worden. Daarvoor is samenwerking nodig
        tussen onderwijs, gezinnen en de mensen die in wijken en dorpen werken."""),
        P("""Een derde ontwikkeling is de digitalisering. Nieuwe hulpmiddelen bieden kansen, bijvoorbeeld
        voorleessoftware en adaptieve leermiddelen, maar vragen ook om bewuste keuzes over privacy en
        schermtijd. De besturen hebben afgesproken hier in hun eigen beleid aandacht aan te besteden; het
        samenwerkingsverband organiseert kennisdeling waar scholen daar om vragen. Ten slotte noemen wij de
        arbeidsmarkt: het lerarentekort en het tekort aan specialisten zoals orthopedagogen en logopedisten
        maken dat niet alles wat wenselijk is, ook uitvoerbaar is. Dat dwingt ons tot keuzes, en die keuzes
        maken wij in dit plan zo zichtbaar mogelijk."""),
        P("""In de regio zelf is de afgelopen jaren geïnvesteerd in schoolgebouwen en in de samenwerking tussen
        onderwijs en gemeenten rond huisvesting. Enkele scholen zijn verbouwd of nieuw gebouwd,
        andere wachten daar nog op. Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de
        schoolbesturen; het samenwerkingsverband heeft daarin geen rol, maar wij merken wel dat een
        gebouw dat prikkelarme ruimtes en kleine werkplekken heeft, scholen helpt om meer kinderen te
        bedienen."""),
    ]


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"""{c['naam']} is een stichting. Het bestuur van de stichting wordt gevormd door een
        directeur-bestuurder; het interne toezicht ligt bij een raad van toezicht van vijf leden, van wie er
        drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. De
        schoolbesturen vormen samen de algemene vergadering (ALV), die onder meer het ondersteuningsplan en
        de meerjarenbegroting goedkeurt en de leden van de raad van toezicht benoemt. De statuten bevatten
        een geschillenregeling voor geschillen tussen de stichting en de aangesloten besturen."""),
        P(f"""De directeur-bestuurder wordt ondersteund door een klein bureau met een
        beleidsmedewerker, een controller, een secretariaat en een team van consulenten. Het bureau is
        gevestigd in {c['stad']}. De raad van toezicht hanteert de Code Goed Bestuur in het primair en
        voortgezet onderwijs en evalueert jaarlijks het eigen functioneren. Twee keer per jaar is er een
        bestuurlijk overleg met alle schoolbestuurders, waarin de uitvoering van het jaarplan wordt
        besproken."""),
        P("""In de afgelopen periode is het bestuursmodel herzien. De scheiding tussen bestuur en toezicht is
        aangescherpt en het mandaat van de directeur-bestuurder is vastgelegd in een managementstatuut. Het
        bureau werkt met een jaarlijkse planning- en controlcyclus met een voorjaars- en een
        najaarsrapportage aan de raad van toezicht."""),
    ]


def opr(c, met_ouders=True):
    samenstelling = ("""De OPR bestaat voor de helft uit ouders (in het vo: ouders of leerlingen) en
        voor de helft uit personeelsleden, afgevaardigd door de medezeggenschapsraden van de scholen.
        Ouderleden brengen het perspectief van gezinnen in en hebben actief meegelezen met de
        conceptteksten.""" if met_ouders else
                     """De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten
        scholen.""")
    return [
        H1("Medezeggenschap"),
        P(f"""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) met {c['opr_n']} leden.
        {samenstelling} De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen
        daarvan. De raad vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris.
        De OPR heeft een eigen reglement en een eigen scholingsbudget."""),
        P(f"""De OPR is in een vroeg stadium bij de totstandkoming van dit plan betrokken en heeft in drie
        themabijeenkomsten meegedacht. Op {c['opr_datum']} heeft de OPR ingestemd met het plan. Het
        bestuur heeft daarnaast een eigen medezeggenschapsraad voor het personeel in dienst van het
        samenwerkingsverband."""),
    ]


def oogo_proc(c):
    return [
        H2("Op overeenstemming gericht overleg (OOGO)"),
        P(f"""Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht
        overleg met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het verslag van dat
        overleg is opgenomen in het vaststellingsdossier. Er is ook overleg gevoerd met het
        samenwerkingsverband {c['ander_swv']}, waarvan het gebied grotendeels overlapt met het onze. Een
        geschil is niet aan de orde geweest."""),
    ]


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""Het samenwerkingsverband heeft ongeveer {c['fte']} fte in dienst. Het grootste deel daarvan
        zijn consulenten en begeleiders die op scholen werken; de overige medewerkers werken op het bureau.
        Wij zijn een kleine werkgever, en dat betekent dat we kwetsbaar zijn bij ziekte en vertrek. In de
        planperiode investeren we in duurzame inzetbaarheid, in goed werkgeverschap en in een strategische
        personeelsplanning die aansluit bij de ontwikkeling van de leerlingaantallen."""),
        P("""Kennisdeling tussen scholen is een van de sterkste instrumenten die we hebben. We faciliteren
        netwerken van intern begeleiders en ondersteuningscoördinatoren, organiseren twee keer per jaar een
        studiedag en stellen een scholingsaanbod samen dat aansluit bij de vragen van leraren. Dat aanbod
        is vrijblijvend; scholen kiezen zelf wat bij hun ontwikkeling past. De werkdruk op scholen is hoog,
        en we willen die niet verder verhogen met verplichte bijeenkomsten."""),
        P("""Het lerarentekort raakt ook de ondersteuning. Wanneer een school geen leraar voor de groep
        kan vinden, staat de ondersteuning van individuele leerlingen als eerste onder druk. Het
        samenwerkingsverband heeft hier geen directe oplossing voor, maar denkt mee met besturen over
        slimme inzet van onderwijsassistenten en over zij-instromers die bij ons een deel van hun
        inwerktraject kunnen volgen."""),
    ]


def ict_privacy(c):
    return [
        H1("ICT, gegevens en privacy"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen
        gegevens over gezondheid. Dat doen we alleen voor zover dat nodig is voor onze wettelijke taken en
        met inachtneming van de AVG. We hebben een functionaris gegevensbescherming aangesteld die we delen
        met twee andere samenwerkingsverbanden. Dossiers worden digitaal bewaard in een beveiligde omgeving;
        de bewaartermijn is drie jaar na het laatste besluit, tenzij een langere termijn wettelijk verplicht
        is."""),
        P("""In de planperiode vervangen we het huidige registratiesysteem, dat verouderd is en slecht aansluit
        op de leerlingadministratiesystemen van de scholen. Het nieuwe systeem moet dubbele registratie
        voorkomen en scholen minder administratieve last bezorgen. De aanbesteding loopt in het eerste
        planjaar; ingebruikname is voorzien in het tweede planjaar. Tot die tijd blijft de huidige werkwijze
        van kracht."""),
    ]


def totstandkoming(c):
    return [
        H1("Totstandkoming en planning"),
        P(f"""Dit plan is in ruim een jaar tot stand gekomen. In het voorjaar van 2024 hebben we het vorige plan
        geëvalueerd met besturen en de OPR. In het najaar volgden werksessies met intern begeleiders,
        ondersteuningscoördinatoren en directeuren. Het concept is in januari 2025 aan de besturen
        voorgelegd, daarna besproken in het OOGO op {c['oogo_datum']} en op {c['opr_datum']} door de OPR
        van instemming voorzien. Het bestuur heeft het plan vastgesteld op {c['vast_datum']}. Het plan is
        vóór 1 mei 2025 aan de inspectie van het onderwijs toegezonden."""),
        P(f"""Het plan geldt voor de schooljaren {c['periode']}, van 1 augustus 2025 tot en met 31 juli
        {c['eind']}. Wijzigingen tijdens de planperiode leggen we voor instemming voor aan de OPR. Jaarlijks
        maken we een jaarplan waarin we de koerslijnen vertalen naar activiteiten; het jaarplan wordt in
        juni vastgesteld voor het volgende schooljaar."""),
    ]


def slot(c):
    return [
        H1("Tot slot"),
        P(f"""Een ondersteuningsplan is een momentopname. De werkelijkheid op scholen verandert sneller dan
        een plan van vier jaar kan bijhouden. We zien dit plan daarom als een kompas, niet als een
        draaiboek. Heeft u vragen of opmerkingen over dit plan, dan kunt u contact opnemen met het bureau
        van {c['naam_kort']} in {c['stad']}."""),
    ]


def begrippen(c, items):
    return [H1("Bijlage: begrippenlijst en afkortingen"), T(["Begrip", "Betekenis"], *items)]


COMMON_GLOSSARY = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
    ["TLV", "Toelaatbaarheidsverklaring voor het speciaal (basis)onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling van het speciaal onderwijs terug naar het regulier onderwijs."],
    ["OPR", "Ondersteuningsplanraad."],
    ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat er voor elke leerling een passende plek is."],
    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek voor vragen van ouders en jongeren."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["SOP", "Schoolondersteuningsprofiel."],
]


# ==============================================================================================
# Plan 1 — PO, .docx — Rivierenland-Oost
# B present | P present | T partial (beleid missing; procedure inside TLV chapter) | F present
# ("Geld en middelen") | D partial (lacunes deferred) | R missing | O present (inside "Communicatie")
# ==============================================================================================
C1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Oost (PO 26-14)",
          naam_kort="SWV Rivierenland-Oost", periode="2025-2029", eind="2029", regio="Rivierenland-Oost",
          gemeenten="Maasdel, Oudewaard en Lingehoven", n_besturen=11, n_scholen=64, n_ll="13.900",
          leerling="kind", ouders_woord="ouders", bestuurder="Marleen van Gessel", stad="Oudewaard",
          opr_n=12, opr_datum="8 april 2025", oogo_datum="11 maart 2025", vast_datum="15 april 2025",
          ander_swv="VO Rivierenland (VO 26-07)", fte=23)


def plan1():
    c = C1
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        P(c["naam"] + " — 'Dichtbij waar het kan'"),
        TOC("Voorwoord", "1 De regio in beeld", "2 Visie, missie en koers",
            "3 Basisondersteuning: wat elke school biedt", "4 Van basis naar speciaal: het ondersteuningsaanbod",
            "5 Toelaatbaarheid en terugplaatsing", "6 Resultaten en kwaliteitszorg", "7 Communicatie",
            "8 Samenwerking met gemeenten", "9 Geld en middelen", "10 Organisatie en governance",
            "11 Medezeggenschap", "12 Personeel en professionalisering", "13 ICT, gegevens en privacy",
            "14 Totstandkoming en planning", "Bijlage: begrippenlijst"),
    ]
    b += voorwoord(c) + leeswijzer(c) + regio(c) + visie(c) + ontwikkelingen(c)
    b += [
        H1("3 Basisondersteuning: wat elke school biedt"),
        P("""Basisondersteuning is in ons verband geen vrijblijvend begrip. Alle elf besturen hebben
        afgesproken dat iedere vestiging van iedere aangesloten basisschool ten minste het hieronder
        beschreven niveau biedt. Dat niveau is de ondergrens voor de hele regio: een kind hoeft er geen
        aanvraag voor te doen, en een school kan niet kiezen een onderdeel over te slaan. Wat een school
        daarboven biedt, beschrijft zij in haar schoolondersteuningsprofiel en in de schoolgids."""),
        P("""Concreet kunnen ouders op elke school in Rivierenland-Oost het volgende verwachten:"""),
        L("""een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die de ondersteuning in de school
        coördineert en aanspreekpunt is voor ouders;""",
          """handelingsgericht en planmatig werken: elke groep heeft een groepsoverzicht en twee keer per
          jaar een groepsbespreking met de intern begeleider;""",
          """een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief vroege signalering
          in groep 2 en 3 en extra leestijd of -begeleiding voor kinderen die uitvallen;""",
          """een schoolbrede aanpak voor gedrag en sociale veiligheid, met een jaarlijkse monitoring van het
          welbevinden en een aandachtsfunctionaris;""",
          """aanbod voor kinderen die meer aankunnen: verrijking en compacten in de eigen groep;""",
          """een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt, waarin de consulent van het
          samenwerkingsverband en de jeugdprofessional van de gemeente aanschuiven;""",
          """een protocol medisch handelen en afspraken over toediening van medicijnen;""",
          """preventieve ambulante begeleiding: een school kan zonder aanvraag tot tien uur per kind per
          schooljaar advies van een consulent inzetten."""),
        P("""Het bureau bezoekt elke school eens per twee jaar met de 'kwaliteitskaart basisondersteuning'.
        Blijkt een school onder het afgesproken niveau te zitten, dan maakt het bestuur van die school
        binnen drie maanden een verbeterplan dat in het bestuurlijk overleg wordt gevolgd."""),
        H1("4 Van basis naar speciaal: het ondersteuningsaanbod"),
        P("""Ons ondersteuningsaanbod is opgebouwd in vier lagen die op elkaar aansluiten. Laag 1 is de
        basisondersteuning van hoofdstuk 3. Laag 2 is extra ondersteuning op de eigen school: via een
        arrangement dat de school aanvraagt bij het Ondersteuningsloket, bijvoorbeeld extra begeleiding door
        een gedragsspecialist, een taalaanbod of een aangepast programma. Laag 3 bestaat uit de bovenschoolse
        voorzieningen: de observatiegroep De Kade in Oudewaard (12 plaatsen, maximaal 16 weken), de
        plusklassen voor meer- en hoogbegaafde kinderen op vier locaties (één dag per week) en de taalklas
        voor nieuwkomers in Maasdel. Laag 4 is het gespecialiseerd onderwijs: sbo De Meander en sbo 't
        Palet, so De Wilgenhof (cluster 4) en so Het Anker (cluster 3, inclusief een EMB-groep), plus
        twee onderwijs-zorgarrangementen met een kinderdagcentrum."""),
        P("""Tussen de lagen is bewegen mogelijk in beide richtingen. Een kind kan tijdelijk naar de
        observatiegroep en daarna terug naar de eigen school, of vanuit een arrangement alsnog naar het sbo.
        Het Ondersteuningsloket is de toegang tot laag 2, 3 en 4."""),
        P("""Of dit aanbod dekkend is voor alle kinderen in de regio, weten we op dit moment onvoldoende.
        In de loop van het schooljaar 2025-2026 laten we een onderzoek uitvoeren naar mogelijke witte
        vlekken en naar de groep kinderen die nu geen passende plek heeft; de aanpak die daaruit volgt,
        nemen we op in een wijziging van dit plan. Het aantal thuiszitters vraagt onze aandacht."""),
        H1("5 Toelaatbaarheid en terugplaatsing"),
        H2("5.1 Wie vraagt aan en hoe verloopt het"),
        P("""Een toelaatbaarheidsverklaring (TLV) voor het sbo of so wordt aangevraagd door het schoolbestuur
        van de school waar het kind staat ingeschreven. De stappen staan in het onderstaande schema."""),
        T(["Stap", "Wat", "Wie", "Termijn"],
          ["1", "Bespreking in het ondersteuningsteam, met ouders; OPP en groeidocument bijgewerkt", "School", "—"],
          ["2", "Aanvraag met groeidocument, OPP en zienswijze van ouders bij het Ondersteuningsloket", "Schoolbestuur", "—"],
          ["3", "Twee schriftelijke deskundigenadviezen: een orthopedagoog of psycholoog en een tweede deskundige (bv. maatschappelijk werker, kinderarts)", "Loket", "binnen 3 weken"],
          ["4", "Besluit door de Commissie van Toelaatbaarheid (CvT) namens het bestuur", "CvT", "binnen 6 weken na complete aanvraag"],
          ["5", "Schriftelijk besluit aan schoolbestuur en ouders, met kopie van de adviezen", "Loket", "binnen 1 week na besluit"]),
        H2("5.2 Wanneer is een kind toelaatbaar"),
        P("""De CvT verklaart een kind toelaatbaar tot het sbo als aan alle drie de volgende voorwaarden is
        voldaan: (a) de basisondersteuning en ten minste één arrangement van minimaal een half jaar zijn
        ingezet en geëvalueerd; (b) de onderwijsbehoefte vraagt om een kleinere groep en een aangepast
        programma voor het grootste deel van de week; (c) de ontwikkeling stagneert ondanks (a), blijkend uit
        het OPP. Voor het so (cluster 3 of 4) geldt daarnaast dat de ondersteuningsbehoefte structureel
        medische, lichamelijke of ernstige gedragsmatige of psychiatrische componenten heeft waarvoor
        specialistische expertise en een intensieve samenwerking met zorg nodig zijn."""),
        P("""Een TLV sbo geldt in de regel twee schooljaren; een TLV so één tot drie schooljaren, steeds tot en
        met 31 juli. Bij een TLV so bepaalt de CvT de bekostigingscategorie laag, midden of hoog op grond
        van het advies van de deskundigen. Ouders en school kunnen binnen zes weken bezwaar maken; het bestuur
        vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H2("5.3 Aan het eind van de TLV"),
        P("""Ongeveer een half jaar voor het einde van de TLV, uiterlijk op 1 februari, bespreekt de sbo- of
        so-school in een multidisciplinair overleg met ouders en de consulent van het samenwerkingsverband
        of het kind kan terugkeren naar een reguliere basisschool. De uitkomst wordt vastgelegd in het OPP.
        Adviseert het overleg terugkeer, dan zoekt de speciale school samen met ouders een basisschool en
        meldt het kind daar aan; adviseert het overleg voortzetting, dan dient het bestuur van de speciale
        school vóór 1 april een nieuwe aanvraag in bij de CvT, die de gewone stappen van 5.1 volgt."""),
        P("""Ons terugplaatsingsbeleid — wat we ermee willen bereiken, onder welke voorwaarden en welke
        begeleiding een kind na terugkeer krijgt — werken we in het komende jaar uit met de sbo- en
        so-scholen. Een voorstel ligt voor de zomer van 2026 bij het bestuur."""),
        H1("6 Resultaten en kwaliteitszorg"),
        P("""Scholen en besturen zijn zelf verantwoordelijk voor de kwaliteit van hun onderwijs. Het
        samenwerkingsverband wil daar niet dubbel op toezien. Wel willen we weten of wat we samen doen
        effect heeft. Een nieuw kwaliteitskader voor het samenwerkingsverband, met de resultaten die we
        nastreven en de manier waarop we die volgen, is nog in voorbereiding. Het bestuur stelt dat kader
        naar verwachting in het voorjaar van 2026 vast, na bespreking met de OPR. Tot die tijd verwijzen we
        naar de afspraken die besturen in hun eigen kwaliteitszorg hanteren."""),
        H1("7 Communicatie"),
        P("""Goede communicatie begint bij de vraag wie we willen bereiken. Voor scholen verschijnt zes keer
        per jaar een nieuwsbrief; voor gemeenten en jeugdhulp organiseren we twee keer per jaar een
        regiobijeenkomst."""),
        P("""Ouders willen vooral weten wat hun kind kan verwachten. Daarom staat op onze website een
        ouderpagina met per school een link naar het schoolondersteuningsprofiel, een uitleg van de vier
        lagen van het aanbod en van de TLV-route, en een veelgestelde-vragenlijst. Elke school neemt in de
        schoolgids een vaste paragraaf op over de basisondersteuning en over het samenwerkingsverband. De
        folder 'Extra ondersteuning voor uw kind' (ook in het Arabisch, Pools en Turks) wordt uitgereikt
        bij elk eerste OT-gesprek. Twee keer per jaar is er een informatieavond voor ouders in Oudewaard en
        in Maasdel."""),
        P("""Soms zijn ouders het niet eens met de school, of willen zij met iemand praten die los staat van
        school en samenwerkingsverband. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt
        Rivierenland, dat onafhankelijk is gefinancierd en gratis advies en begeleiding naar gesprekken
        biedt (telefoon en spreekuur op woensdag). Ook kunnen ouders de landelijke Onderwijsconsulenten
        inschakelen. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de
        Geschillencommissie passend onderwijs."""),
        H1("8 Samenwerking met gemeenten"),
    ]
    b += oogo_proc(c)
    b += [
        P("""Met de drie gemeenten zijn afspraken gemaakt over de jeugdprofessional in het ondersteuningsteam
        van elke school, over de bekostiging van de twee onderwijs-zorgarrangementen (gemeente betaalt de
        zorgcomponent, het samenwerkingsverband de onderwijscomponent) en over leerlingenvervoer naar het
        speciaal onderwijs."""),
        H1("9 Geld en middelen"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware
        ondersteuning. Daarvan gaat eerst de afdracht voor het so en de groeibekostiging van het sbo af, die
        DUO rechtstreeks verrekent. Het restant verdelen we volgens een verdeelmodel dat in de ALV is
        vastgesteld:"""),
        L("""Schoolbudget: € 205 per leerling (teldatum 1 oktober voorafgaand aan het schooljaar), jaarlijks
          aan het schoolbestuur toegekend; besturen verdelen het over hun scholen en zetten het in voor laag 2.""",
          """Vaste voet: € 6.000 per vestiging, zodat kleine scholen een minimale formatie voor ondersteuning
          kunnen dragen.""",
          """Arrangementen: aanvragen bij het Ondersteuningsloket worden toegekend op basis van het OPP; het
          loket beslist binnen vier weken.""",
          """Bovenschoolse voorzieningen en consulenten: centraal bekostigd."""),
        P("""Meerjarenbegroting (bedragen x € 1.000):"""),
        T(["Post", "2025", "2026", "2027", "2028"],
          ["Baten ondersteuningsbudget", "14.850", "14.610", "14.390", "14.180"],
          ["Afdracht so en groeibekostiging sbo", "5.920", "5.880", "5.850", "5.820"],
          ["Schoolbudgetten besturen", "3.230", "3.180", "3.130", "3.080"],
          ["Arrangementen laag 2", "2.100", "2.100", "2.050", "2.000"],
          ["Bovenschoolse voorzieningen", "1.450", "1.450", "1.420", "1.400"],
          ["Consulenten en bureau", "2.020", "2.010", "1.990", "1.960"],
          ["Resultaat", "130", "-10", "-50", "-80"]),
        P("""Per 1 januari 2025 bedraagt de algemene reserve € 2,1 miljoen, boven de signaleringswaarde. Het
        bestuur bouwt het meerdere in vier jaar af via de tekorten in bovenstaande begroting. Besturen leggen
        jaarlijks vóór 1 mei in een korte rapportage verantwoording af over de besteding van het
        schoolbudget."""),
    ]
    b += governance(c) + opr(c) + personeel(c) + ict_privacy(c) + totstandkoming(c) + slot(c)
    b += begrippen(c, COMMON_GLOSSARY + [
        ["Resultaten", "Beoogde en bereikte resultaten van het samenwerkingsverband."],
        ["CvT", "Commissie van Toelaatbaarheid."]])
    return b


LABEL1 = dict(
    documents=["po-rivierenland-oost-2025.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
              "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.3 defines the verband-wide minimum for every vestiging and lists concrete provisions; kwaliteitskaart = borging.",
           "plaatsing": "Ch.5.1 step table (CvT, 6 weeks, two deskundigen) and 5.2 criteria for sbo/so, duration, category, LBT bezwaar.",
           "terugstroom": "Procedure (MDO by 1 Feb, new request by 1 April) sits inside TLV ch.5.3; policy explicitly deferred to summer 2026.",
           "financien": "Under 'Geld en middelen': verdeelmodel (EUR 205 per leerling, vaste voet) and 2025-2028 budget table; reserve.",
           "dekkend-aanbod": "Ch.4 four-layer continuum; gap analysis deferred to 2025-2026 study, thuiszitters only mentioned in passing.",
           "resultaten": "Ch.6 only defers the quality framework to spring 2026; 'resultaten' appears in TOC/glossary/voorwoord only.",
           "ouders": "Inside ch.7 'Communicatie': ouderpagina, schoolgids paragraph, folder, info evenings; OJSP and Onderwijsconsulenten."},
)


# ==============================================================================================
# Plan 2 — VO, .docx + .pdf — Drechtmond
# B partial (niveau only; inhoud referred to SOPs/website + deferred) | P present (vso, lwoo, pro) |
# T present (unusual wording "Terug naar de eigen regio") | F partial (verdeling yes; besteding in
# absent bijlage 5) | D present | R present | O missing ("Communicatie" is about schools/gemeenten)
# ==============================================================================================
C2 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Drechtmond (VO 28-05)",
          naam_kort="SWV VO Drechtmond", periode="2025-2029", eind="2029", regio="de Drechtmond",
          gemeenten="Zwijnsloot, Alblasweer en Papendam", n_besturen=7, n_scholen=19, n_ll="11.400",
          leerling="leerling", ouders_woord="leerlingen", bestuurder="drs. Johan Verbeek",
          stad="Zwijnsloot", opr_n=10, opr_datum="3 april 2025", oogo_datum="5 maart 2025",
          vast_datum="10 april 2025", ander_swv="PO Drechtmond (PO 28-06)", fte=31,
          ouders_in_visie=False)


def plan2():
    c = C2
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        P(c["naam"] + " — 'Samen sterk voor elke leerling'"),
        TOC("Voorwoord", "1 De regio in beeld", "2 Visie, missie en koers", "3 Ondersteuning in de school",
            "4 Het netwerk van voorzieningen", "5 Toewijzing: vso, lwoo en praktijkonderwijs",
            "6 Terug naar de eigen regio", "7 Wat we willen bereiken en hoe we dat volgen",
            "8 Financieel beleid", "9 Communicatie", "10 Organisatie en governance", "11 Medezeggenschap",
            "12 Personeel en professionalisering", "13 ICT, gegevens en privacy",
            "14 Totstandkoming en planning", "Bijlage: begrippenlijst",
            "Bijlage 5: meerjarenbegroting (afzonderlijk document)"),
    ]
    b += voorwoord(c) + leeswijzer(c) + regio(c) + visie(c) + ontwikkelingen(c)
    b += [
        H1("3 Ondersteuning in de school"),
        P("""Onder basisondersteuning verstaan wij het afgesproken minimum aan ondersteuning dat alle
        vestigingen van alle aangesloten vo-scholen bieden, voor iedere leerling, zonder dat daarvoor een
        aanvraag bij het samenwerkingsverband nodig is. Dat minimum geldt voor de hele Drechtmond, van
        praktijkonderwijs tot gymnasium. Wat daarbovenop komt, noemen we extra ondersteuning."""),
        P("""Welke voorzieningen dat op de eigen school concreet zijn, leest u in het schoolondersteuningsprofiel
        van de school, dat op de website van iedere school staat. De gezamenlijke standaarden zelf worden in
        het schooljaar 2025-2026 herijkt, mede in het licht van de landelijke norm basisondersteuning; tot die
        tijd blijven de afspraken uit het vorige plan van toepassing."""),
        P("""Jaarlijks bespreekt de directeur-bestuurder met elk schoolbestuur of de basisondersteuning op
        alle vestigingen op orde is; afwijkingen worden vastgelegd in het bestuurlijk verslag en leiden tot
        een verbeterafspraak."""),
        H1("4 Het netwerk van voorzieningen"),
        P("""Ons netwerk bestaat uit vier treden. Op de eigen school: basis- en extra ondersteuning, waaronder
        de ondersteuningsklassen op zes scholen (maximaal 14 leerlingen) en de plusvoorziening voor
        hoogbegaafde leerlingen op het Erasmus Lyceum. Tussen de scholen: het OPDC De Brug (60 plaatsen,
        tijdelijk, gemiddeld 6 maanden) en de reboundvoorziening Kompas (20 plaatsen, maximaal 13 weken) voor
        leerlingen die tijdelijk niet in de klas kunnen functioneren. Daarnaast de ISK Drechtmond voor
        nieuwkomers. In het voortgezet speciaal onderwijs: vso De Rietkraag (cluster 4), vso Het Spectrum
        (cluster 3) en de vso-afdeling van het regionale epilepsiecentrum buiten de regio. En tot slot twee
        onderwijs-zorgarrangementen met jeugdhulpaanbieder Levant, waar onderwijs en behandeling op één
        locatie worden gecombineerd; de gemeenten betalen de zorg, wij het onderwijs."""),
        P("""Dekkend is het netwerk pas als we weten wie er buiten valt. Daarom houden wij samen met de
        afdeling leerplicht een thuiszittersregister bij. Elke leerling die langer dan vier weken zonder
        passend onderwijs thuis zit, wordt binnen twee weken besproken aan de Thuiszitterstafel
        (samenwerkingsverband, leerplicht, wijkteam en het betrokken schoolbestuur); de
        trajectbegeleider van het samenwerkingsverband houdt regie tot de leerling weer onderwijs volgt.
        Bij geen oplossing binnen zes weken schakelt de directeur-bestuurder de escalatieroute met de
        wethouders in. Uit de analyse van 2024 bleek een tekort aan plaatsen voor havo/vwo-leerlingen met
        autisme; in 2026 opent daarom een kleinschalige havo-vwo-voorziening (24 plaatsen) op het Calvijn
        College. De wachtlijst bij het OPDC (12 leerlingen in januari 2025) brengen we terug door vier
        extra plaatsen vanaf 1 augustus 2025."""),
        H1("5 Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("5.1 Voortgezet speciaal onderwijs"),
        P("""De aanvraag voor een TLV vso wordt gedaan door het bestuur van de school waar de leerling is
        ingeschreven of aangemeld, via het digitale aanvraagformulier bij de Commissie Toewijzing. De aanvraag
        bevat het OPP, het verslag van het multidisciplinair overleg en een overzicht van de ingezette
        ondersteuning. De Commissie Toewijzing vraagt advies aan twee deskundigen: een orthopedagoog-generalist
        of GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, arts of
        maatschappelijk werker). Beide deskundigen brengen afzonderlijk schriftelijk advies uit en zijn niet
        betrokken geweest bij de aanvraag. De commissie besluit binnen zes weken na ontvangst van de volledige
        aanvraag."""),
        P("""Een leerling is toelaatbaar tot het vso als (1) de mogelijkheden van de reguliere school, inclusief
        een tijdelijk traject in OPDC De Brug of een ondersteuningsklas, aantoonbaar zijn benut, (2) de
        leerling een ondersteuningsbehoefte heeft op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel,
        medisch-lichamelijk) die structureel specialistische expertise en een kleine setting vraagt, en (3)
        de verwachting is dat de leerling binnen het vso het uitstroomperspectief uit het OPP wel kan
        realiseren. De TLV geldt voor één of twee schooljaren, tot 31 juli; de commissie kent de
        bekostigingscategorie laag, midden of hoog toe."""),
        H2("5.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Voor lwoo hanteert de Drechtmond de landelijke criteria (geen opting out). De vo-school vraagt de
        aanwijzing lwoo vóór 1 maart aan bij de Commissie Toewijzing met de gegevens uit het
        onderwijskundig rapport en de capaciteitentest; de commissie beslist binnen vier weken. Voor
        praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en leerachterstanden op ten minste
        twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen); de procedure is gelijk aan die
        voor lwoo, met een TLV pro die geldt voor de duur van de opleiding."""),
        H1("6 Terug naar de eigen regio"),
        P("""Het vso is voor ons geen eindstation. Wij willen dat iedere leerling die dat aankan, zo snel als
        verantwoord is terugkeert naar een reguliere vo-school, bij voorkeur dicht bij huis. Terugkeer is
        aan de orde als de doelen uit het OPP voor het grootste deel zijn bereikt en de ondersteuning die
        de leerling nog nodig heeft binnen de basis- en extra ondersteuning van een reguliere school kan
        worden geboden."""),
        P("""Werkwijze: de vso-school evalueert het OPP van iedere leerling elk jaar in februari. In het laatste
        jaar van de TLV stelt de vso-school uiterlijk 1 februari samen met de trajectbegeleider van het
        samenwerkingsverband vast of terugkeer mogelijk is. Zo ja, dan meldt de vso-school de leerling vóór 1
        april aan bij een vo-school en volgt een warme overdracht. Zo nee, dan vraagt het bestuur van de
        vso-school een nieuwe TLV aan bij de Commissie Toewijzing. Leerlingen die terugkeren krijgen een
        overstaparrangement: een half jaar ambulante begeleiding door een begeleider van de vso-school, betaald
        door het samenwerkingsverband. In 2023-2024 keerden 14 leerlingen terug; wij streven naar 20 per jaar."""),
        H1("7 Wat we willen bereiken en hoe we dat volgen"),
        P("""Voor leerlingen met een ondersteuningsbehoefte hebben wij de volgende beoogde resultaten voor de
        planperiode vastgesteld:"""),
        T(["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
          ["Deelnamepercentage vso", "3,9%", "3,4%"],
          ["Thuiszitters langer dan 3 maanden", "17", "maximaal 5"],
          ["Leerlingen OPDC binnen 1 jaar terug op school", "71%", "85%"],
          ["Doorlooptijd TLV-aanvraag (gemiddeld)", "7 weken", "5 weken"],
          ["Tevredenheid scholen over ondersteuning", "6,8", "7,5"]),
        P("""Wij volgen deze indicatoren met een halfjaarlijkse monitor die het bureau op de peildata 1 oktober
        en 1 maart opstelt uit de DUO-gegevens, het thuiszittersregister en de eigen registratie. De monitor
        wordt besproken in het bestuurlijk overleg en met de OPR; in het jaarverslag rapporteren wij de
        bereikte resultaten naast de kosten per voorziening. Halverwege de planperiode, in 2027, evalueren
        wij de doelen en stellen ze zo nodig bij."""),
        H1("8 Financieel beleid"),
        P("""De middelen lichte ondersteuning worden volledig doorgezet naar de schoolbesturen: € 185 per
        leerling op de teldatum 1 oktober, plus een vaste voet van € 25.000 per vestiging. De middelen voor
        lwoo en pro gaan naar de scholen met een lwoo-aanbod en naar de praktijkscholen op basis van het
        aantal aanwijzingen en TLV's pro. Arrangementen en plaatsingen in OPDC De Brug en rebound Kompas
        worden centraal bekostigd en door de Commissie Toewijzing toegekend op basis van het OPP."""),
        P("""Het weerstandsvermogen ligt met 9% binnen de door het bestuur vastgestelde bandbreedte van 5-10%."""),
        P("""De meerjarenbegroting 2025-2029, met de verdeling van de middelen over de posten, is opgenomen in
        bijlage 5 bij dit plan. De bestedingsplannen van de scholen volgen na vaststelling van de begroting
        in december."""),
        H1("9 Communicatie"),
        P("""Wij communiceren met scholen via een maandelijkse nieuwsbrief voor ondersteuningscoördinatoren,
        via het professionalsgedeelte van onze website en via de regiobijeenkomsten. Met gemeenten is er een
        kwartaaloverleg op ambtelijk niveau. Een communicatieplan dat ook de andere doelgroepen bedient,
        volgt in het eerste planjaar."""),
    ]
    b += [H1("Samenwerking met gemeenten")] + oogo_proc(c)
    b += governance(c) + opr(c, met_ouders=False) + personeel(c) + ict_privacy(c) + totstandkoming(c) + slot(c)
    b += begrippen(c, COMMON_GLOSSARY + [
        ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen situaties."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."]])
    return b


LABEL2 = dict(
    documents=["vo-drechtmond-2025.docx", "vo-drechtmond-2025.pdf"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
              "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie"],
                        "terugstroom": ["monitoring"],
                        "financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Ch.3 defines the minimum for all vestigingen, but the concrete provisions are referred to school SOPs/websites and the standards are being 'herijkt'.",
           "plaatsing": "Ch.5: vso request, Commissie Toewijzing, two deskundigen, 6 weeks, criteria (1)-(3), duration/category; lwoo and pro procedure+criteria. No bezwaar.",
           "terugstroom": "Ch.6 'Terug naar de eigen regio' (no 'terugplaatsing' word): aim/conditions, yearly OPP evaluation, 1 Feb/1 April steps, overstaparrangement; 14 returns.",
           "financien": "Ch.8 gives verdeling (EUR 185 per leerling, vaste voet, central arrangements) but the meerjarenbegroting is only in absent bijlage 5; spending plans 'volgen'.",
           "dekkend-aanbod": "Ch.4 four treden incl. OPDC/rebound/vso/OZA; thuiszittersregister, Thuiszitterstafel, autism gap action 2026, wachtlijst.",
           "resultaten": "Ch.7 targets table with nulmeting/streefwaarde and half-yearly monitor, jaarverslag, mid-term evaluation.",
           "ouders": "No body text on informing parents or independent support; 'Communicatie' addresses schools/gemeenten and defers a plan; OJSP/Onderwijsconsulenten only in glossary."},
)


# ==============================================================================================
# Plan 3 — PO, .pdf — De Kempenrand
# B missing (TOC/glossary/passing + deferral) | P partial (procedure yes, criteria deferred) |
# T present | F present (content only in tables) | D present | R partial (doelen yes, monitoring
# deferred) | O partial (informatie yes, steunpunt only "zie website")
# ==============================================================================================
C3 = dict(naam="Samenwerkingsverband Passend Onderwijs De Kempenrand (PO 30-08)",
          naam_kort="SWV De Kempenrand", periode="2025-2029", eind="2029", regio="de Kempenrand",
          gemeenten="Heerlo, Bergeijkerveld, Eersel-Heide en Vessem-Over", n_besturen=9, n_scholen=52,
          n_ll="9.700", leerling="kind", ouders_woord="ouders", bestuurder="Peter Smulders", stad="Heerlo",
          opr_n=8, opr_datum="27 maart 2025", oogo_datum="18 februari 2025", vast_datum="9 april 2025",
          ander_swv="VO Kempen (VO 30-04)", fte=17)


def plan3():
    c = C3
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        P(c["naam"] + " — 'Elk kind een plek'"),
        TOC("Voorwoord", "1 De regio in beeld", "2 Visie, missie en koers",
            "3 Basisondersteuning en extra ondersteuning", "4 Het aanbod in de Kempenrand",
            "5 Toelaatbaarheid, verlenging en terugplaatsing", "6 Beoogde resultaten",
            "7 Waar het geld heen gaat", "8 Ouders", "9 Samenwerking met gemeenten",
            "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel", "13 ICT en privacy",
            "14 Totstandkoming", "Bijlage: begrippenlijst"),
    ]
    b += voorwoord(c) + leeswijzer(c) + regio(c) + visie(c) + ontwikkelingen(c)
    b += [
        H1("3 Basisondersteuning en extra ondersteuning"),
        P("""De afspraken over basisondersteuning uit het plan 2021-2025 zijn in 2024 met de besturen
        geëvalueerd. De uitkomst was dat de afspraken te algemeen waren en op scholen verschillend werden
        uitgelegd. Wij hebben daarom besloten het nieuwe referentiekader pas vast te stellen wanneer de
        landelijke norm basisondersteuning definitief is. Tot dat moment beschrijft iedere school haar eigen
        ondersteuning in de schoolgids. Het bestuur verwacht het nieuwe kader in 2026 aan de OPR voor te
        leggen."""),
        H1("4 Het aanbod in de Kempenrand"),
        P("""Wanneer de school handelingsverlegen raakt, kan zij een beroep doen op het samenwerkingsverband.
        Het aanbod is als volgt opgebouwd:"""),
        T(["Niveau", "Voorziening", "Toegang"],
          ["Extra ondersteuning op school", "Arrangement (individueel of groep), max. 1 schooljaar, o.a. gedragsbegeleiding, taal, executieve functies", "Aanvraag bij het Loket door de school"],
          ["Bovenschools", "Observatiegroep De Vlonder (8 plaatsen, 12 weken); Taalklas nieuwkomers Heerlo; plusklas hoogbegaafdheid (2 locaties)", "Via het Loket"],
          ["Onderwijs-zorg", "Zorgklas met jeugdhulpaanbieder Combinatie Kempen (10 plaatsen)", "Loket + gemeentelijke beschikking"],
          ["Speciaal basisonderwijs", "sbo De Wissel (Heerlo), sbo De Kring (Vessem-Over)", "TLV sbo"],
          ["Speciaal onderwijs", "so De Horizon (cluster 4), so Mariënhof (cluster 3), buiten de regio: so Kempenhaeghe", "TLV so"]),
        P("""Leerlingen die geen plek vinden, verliezen we niet uit het oog. Iedere school meldt een kind dat
        meer dan vier weken niet naar school gaat bij de consulent van het samenwerkingsverband. Die
        organiseert binnen tien werkdagen een overleg met de leerplichtambtenaar, ouders, school en het
        lokale team, en legt een plan vast met een datum van terugkeer. Twee keer per jaar bespreekt het
        bestuur met de wethouders een overzicht van wachtlijsten en van plekken die ontbreken. In 2024
        bleek er geen passend aanbod voor jonge kinderen met een ernstige taalontwikkelingsstoornis die geen
        cluster 2-indicatie hebben; vanaf januari 2026 biedt sbo De Wissel daarvoor een taal-gedragsgroep."""),
        H1("5 Toelaatbaarheid, verlenging en terugplaatsing"),
        H2("5.1 De aanvraag"),
        P("""Het bestuur van de school waar het kind is ingeschreven vraagt de TLV aan bij het Loket. Bij de
        aanvraag horen het groeidocument, het OPP, een verslag van het ondersteuningsteam en de zienswijze
        van ouders. Het Loket wint advies in bij twee deskundigen: een orthopedagoog of psycholoog, en een
        tweede deskundige die past bij de vraag van het kind. De Commissie Toelaatbaarheid neemt binnen zes
        weken een besluit namens het bestuur; ouders en school krijgen het besluit en de adviezen
        schriftelijk."""),
        P("""De criteria voor toelaatbaarheid tot het sbo en het so herzien wij in het eerste planjaar. Tot het
        bestuur nieuwe criteria heeft vastgesteld, weegt de commissie elke aanvraag op haar eigen merites."""),
        H2("5.2 Na de TLV: terug naar de basisschool"),
        P("""Het uitgangspunt van ons beleid is dat het speciaal (basis)onderwijs een tijdelijke plek kan zijn.
        Wanneer een kind zich in het sbo of so zo heeft ontwikkeld dat een reguliere basisschool met
        begeleiding passend is, heeft terugplaatsing de voorkeur, het liefst naar een school in de eigen
        woonkern. Voorwaarden zijn dat ouders instemmen en dat de ontvangende school de ondersteuning uit het
        OPP kan bieden. Het samenwerkingsverband bekostigt na terugplaatsing een terugkeerarrangement van
        maximaal een jaar begeleiding door de sbo- of so-school."""),
        T(["Moment", "Actie", "Wie"],
          ["Jaarlijks (november)", "Evaluatie OPP: is terugplaatsing in beeld?", "sbo/so-school met ouders"],
          ["Laatste TLV-jaar, vóór 1 februari", "Overleg over terugplaatsing of verlenging; consulent SWV sluit aan", "sbo/so-school, consulent"],
          ["Vóór 1 april", "Aanmelding bij basisschool óf aanvraag nieuwe TLV", "sbo/so-school resp. bestuur"],
          ["Na terugplaatsing", "Terugkeerarrangement; evaluatie na 3 en 12 maanden", "Ontvangende school"]),
        H1("6 Beoogde resultaten"),
        P("""Voor de planperiode 2025-2029 hebben we voor kinderen die extra ondersteuning nodig hebben de
        volgende beoogde resultaten geformuleerd:"""),
        L("""het aantal kinderen dat langer dan een maand thuiszit, daalt van 21 (2024) naar maximaal 8 in 2029;""",
          """80% van de kinderen in een arrangement blijft na afloop op de eigen school;""",
          """het aantal terugplaatsingen vanuit sbo en so stijgt van 9 naar 15 per jaar;""",
          """het deelnamepercentage sbo blijft onder 2,0%."""),
        P("""Hoe we de voortgang op deze resultaten meten, wie daarover rapporteert en wanneer, leggen we vast
        in het kwaliteitshandboek van het samenwerkingsverband, dat in 2026 verschijnt."""),
        H1("7 Waar het geld heen gaat"),
        P("""De onderstaande tabellen zijn door de ALV vastgesteld."""),
        T(["Verdeelcomponent", "Grondslag", "Bedrag 2025-2026", "Besluit door"],
          ["Schoolbudget", "Aantal leerlingen op 1 oktober", "€ 190 per leerling", "ALV (jaarlijks in juni)"],
          ["Basisbedrag kleine scholen", "Vestiging < 150 leerlingen", "€ 7.500 per vestiging", "ALV"],
          ["Arrangementen", "Toekenning door het Loket op basis van OPP", "max. € 9.000 per arrangement", "Loket"],
          ["Bovenschoolse voorzieningen", "Centraal, capaciteitsbekostiging", "zie begroting", "Bestuur"]),
        T(["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
          ["Rijksbijdrage ondersteuning", "10.420", "10.260", "10.110", "9.980"],
          ["Afdrachten so/sbo (DUO)", "4.310", "4.290", "4.260", "4.240"],
          ["Schoolbudgetten", "1.840", "1.810", "1.790", "1.760"],
          ["Arrangementen", "1.620", "1.600", "1.570", "1.540"],
          ["Bovenschoolse voorzieningen + zorgklas", "1.180", "1.190", "1.190", "1.190"],
          ["Bureau en consulenten", "1.390", "1.380", "1.360", "1.350"],
          ["Saldo", "80", "-10", "-60", "-100"]),
        H1("8 Ouders"),
        P("""Ouders van kinderen met een ondersteuningsvraag kunnen bij het Ouderloket van het
        samenwerkingsverband terecht met vragen over het aanbod en de procedures (telefonisch op werkdagen,
        e-mail binnen twee werkdagen beantwoord). Op de website staat de brochure 'Wegwijs in de
        Kempenrand', met de voorzieningen per niveau, de route via het Loket en de sbo- en so-scholen. Iedere
        school reikt de brochure uit bij de eerste bespreking in het ondersteuningsteam en vermeldt het
        Ouderloket in de schoolgids."""),
        P("""Voor onafhankelijke ondersteuning verwijzen wij ouders naar de pagina 'Hulp voor ouders' op onze
        website."""),
        H1("9 Samenwerking met gemeenten"),
    ]
    b += oogo_proc(c)
    b += [P("""Met de gemeenten is afgesproken dat de jeugdhulp in de zorgklas door de gemeenten wordt
        bekostigd en dat het lokale team aansluit bij elk ondersteuningsteam.""")]
    b += governance(c) + opr(c) + personeel(c) + ict_privacy(c) + totstandkoming(c) + slot(c)
    b += begrippen(c, COMMON_GLOSSARY + [
        ["Basisondersteuningsvoorzieningen", "Voorzieningen die op alle scholen aanwezig zijn."],
        ["Loket", "Toegang tot extra ondersteuning en TLV."]])
    return b


LABEL3 = dict(
    documents=["po-kempenrand-2025.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
              "ouders": "partial"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.3 only says the old agreements were evaluated and the new kader waits for the landelijke norm (2026); schools describe their own; glossary/TOC only.",
           "plaatsing": "Ch.5.1 procedure (Loket, dossier, two deskundigen, Commissie, 6 weeks) but criteria are deferred: 'weegt elke aanvraag op haar eigen merites'.",
           "terugstroom": "Ch.5.2 policy (tijdelijk, woonkern, conditions, terugkeerarrangement) plus timing table inside the TLV chapter.",
           "financien": "Ch.7 'Waar het geld heen gaat': distribution criteria and 2025-2028 budget only in tables.",
           "dekkend-aanbod": "Ch.4 table of levels/voorzieningen incl. zorgklas; thuiszitter procedure, wachtlijst overview, TOS gap closed Jan 2026.",
           "resultaten": "Ch.6 lists measurable intended results; how they are measured/reported is deferred to a 2026 kwaliteitshandboek.",
           "ouders": "Ch.8 Ouderloket, brochure, schoolgids = informatie; independent support only a reference to a website page."},
)


# ==============================================================================================
# Plan 4 — VO, .md — Vechtdal-Noord
# B present | P partial (criteria yes; procedure only in website handboek) | T missing (glossary +
# deferral) | F partial (besteding table yes; verdeling deferred) | D missing (deferrals) |
# R present | O present (heading "Thuis en school", unusual wording)
# ==============================================================================================
C4 = dict(naam="Samenwerkingsverband VO Vechtdal-Noord (VO 23-09)",
          naam_kort="SWV Vechtdal-Noord", periode="2025-2029", eind="2029", regio="Vechtdal-Noord",
          gemeenten="Ommerveen, Dalfsum en Hardenbroek", n_besturen=5, n_scholen=12, n_ll="8.300",
          leerling="leerling", ouders_woord="ouders en leerlingen", bestuurder="Ingrid Zwiers-Bakker",
          stad="Ommerveen", opr_n=8, opr_datum="1 april 2025", oogo_datum="25 februari 2025",
          vast_datum="14 april 2025", ander_swv="PO Vechtdal (PO 23-03)", fte=9)


def plan4():
    c = C4
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        P(c["naam"] + " — vastgesteld door de directeur-bestuurder op 14 april 2025"),
        TOC("Voorwoord", "1 De regio in beeld", "2 Visie, missie en koers", "3 De basis op elke school",
            "4 Dekkend aanbod en thuiszitters", "5 Toelaatbaarheid vso, lwoo en pro",
            "6 Terugplaatsing en overplaatsing", "7 Resultaten", "8 Thuis en school",
            "9 Financiën en meerjarenbegroting", "10 Organisatie en governance", "11 Medezeggenschap",
            "12 Personeel en professionalisering", "13 ICT, gegevens en privacy", "14 Totstandkoming",
            "Bijlage: begrippenlijst"),
    ]
    b += voorwoord(c) + leeswijzer(c) + regio(c) + visie(c) + ontwikkelingen(c)
    b += [
        H1("3 De basis op elke school"),
        P("""De twaalf scholen in Vechtdal-Noord hebben één gezamenlijke standaard afgesproken: de 'Basis
        Vechtdal'. Dit is wat iedere vestiging, van praktijkschool tot gymnasium, minimaal aan iedere leerling
        biedt, zonder tussenkomst van het samenwerkingsverband. Een school mag meer bieden, nooit minder."""),
        T(["Onderdeel", "Wat een leerling op elke vestiging kan verwachten"],
          ["Mentoraat", "Een vaste mentor met minimaal één individueel gesprek per periode; mentoruur in leerjaar 1 en 2"],
          ["Ondersteuningscoördinator", "Per vestiging ten minste 0,5 fte ondersteuningscoördinatie en een zorg- en adviesteam dat maandelijks overlegt"],
          ["Leren", "Dyslexie- en dyscalculieprotocol, faciliteiten (extra tijd, voorleessoftware), huiswerkbegeleiding"],
          ["Sociaal-emotioneel", "Faalangst- en sociale-vaardigheidstraining, anti-pestprogramma, vertrouwenspersoon"],
          ["Executieve functies", "Begeleiding bij plannen en organiseren; check-in/check-out voor leerlingen die dat nodig hebben"],
          ["Opvang", "Een time-out- of opvangruimte met toezicht gedurende de hele lesdag"],
          ["Medisch", "Protocol medisch handelen; afspraken over aanpassingen bij chronische ziekte"]),
        P("""Elke school laat in het eerste planjaar een zelfevaluatie op de Basis Vechtdal zien aan de andere
        scholen (collegiale visitatie); daarna eens per twee jaar."""),
        H1("4 Dekkend aanbod en thuiszitters"),
        P("""Een overzicht van het ondersteuningsaanbod binnen en tussen de scholen, de 'Kaart van het
        aanbod', wordt in het schooljaar 2025-2026 opgesteld en daarna als addendum aan dit plan toegevoegd.
        Daarin nemen we ook op welke plekken er in de regio ontbreken."""),
        P("""Het aantal thuiszitters in Vechtdal-Noord is hoger dan we willen. Een aanpak werken we samen met de
        afdelingen leerplicht van de drie gemeenten uit; de eerste verkenning vindt plaats in het najaar van
        2025."""),
        H1("5 Toelaatbaarheid vso, lwoo en pro"),
        P("""Een leerling is in Vechtdal-Noord toelaatbaar tot het vso wanneer: (a) de Basis Vechtdal en een
        aanvullend traject op de eigen school van ten minste twintig weken zijn ingezet en geëvalueerd in het
        OPP; (b) de leerling op minimaal twee van de vier domeinen (leren, werkhouding, gedrag,
        medisch-lichamelijk) een ondersteuningsbehoefte heeft die de mogelijkheden van een reguliere setting
        structureel overstijgt; en (c) het uitstroomprofiel uit het OPP in het vso haalbaar is. Voor
        leerlingen met een ernstige meervoudige beperking geldt (a) niet. De TLV vso geldt in de regel twee
        schooljaren."""),
        P("""Voor lwoo en praktijkonderwijs volgt Vechtdal-Noord de landelijke criteria: voor lwoo een IQ
        tussen 75 en 90 met een leerachterstand van 25 tot 50% op ten minste twee domeinen, of een IQ tussen
        91 en 120 met een dergelijke achterstand en sociaal-emotionele problematiek; voor pro een IQ tussen 55
        en 80 met een leerachterstand van 50% of meer op ten minste twee domeinen."""),
        P("""Hoe een school een TLV of een aanwijzing lwoo aanvraagt, welke stukken nodig zijn en hoe lang
        de behandeling duurt, is beschreven in het Handboek Toewijzing op onze website."""),
        H1("6 Terugplaatsing en overplaatsing"),
        P("""Het beleid voor leerlingen van wie de TLV afloopt, stellen we in 2026 op samen met vso De
        Vlietstroom en vso De Ruimte. Tot die tijd volgen we de afspraken die de vso-scholen zelf hanteren."""),
        H1("7 Resultaten"),
        P("""Wat willen we in 2029 bereikt hebben voor jongeren die extra ondersteuning nodig hebben? We kiezen
        vier resultaatafspraken, elk met een nulmeting en een streefwaarde:"""),
        T(["Resultaatafspraak", "2024 (nulmeting)", "2029 (streefwaarde)"],
          ["Deelname vso (peildatum 1 oktober)", "4,4%", "4,0%"],
          ["Lwoo-leerlingen die zonder vertraging een diploma halen", "78%", "85%"],
          ["Leerlingen met een OPP die hun OPP-doelen grotendeels halen", "niet gemeten", "75%"],
          ["Tevredenheid ouders over de informatie van school en SWV", "6,9", "7,5"]),
        P("""De controller verzamelt de cijfers twee keer per jaar (februari en september) uit DUO, de
        registratie van de Commissie Toewijzing en een korte enquête onder scholen en ouders. De uitkomsten
        staan in de voortgangsrapportage die in het bestuurlijk overleg en met de OPR wordt besproken;
        in het jaarverslag verantwoorden we per resultaatafspraak wat bereikt is. In de vorige planperiode
        daalde de vso-deelname van 4,9% naar 4,4%; het doel van 4,5% is daarmee gehaald."""),
        H1("8 Thuis en school"),
        P("""Vaders, moeders en verzorgers moeten kunnen weten waar hun kind recht op heeft. Iedere
        vestiging zet de Basis Vechtdal en haar eigen extra ondersteuning in de schoolgids, en de mentor
        bespreekt de ondersteuning bij het eerste oudergesprek in leerjaar 1. Het samenwerkingsverband
        publiceert de 'Ondersteuningswijzer' (papier en online, ook in eenvoudige taal) met alle
        voorzieningen en de weg ernaartoe, en organiseert elk jaar in oktober een informatieavond voor
        ouders van nieuwe brugklassers."""),
        P("""Loopt het gesprek met school vast, of wil een gezin een second opinion van iemand die los staat van
        school en samenwerkingsverband, dan kan het terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt
        IJssel-Vecht (gratis, ook via WhatsApp, met ervaringsdeskundige ouders). Daarnaast kunnen zij
        een onderwijsconsulent van Onderwijsconsulenten inschakelen, en voor klachten over het
        samenwerkingsverband geldt de klachtenregeling met de Landelijke Klachtencommissie Onderwijs."""),
        H1("9 Financiën en meerjarenbegroting"),
        P("""Het verdeelmodel van het samenwerkingsverband wordt in 2025 herijkt. Welke middelen ieder
        schoolbestuur ontvangt en volgens welke criteria, volgt na het besluit van de ALV in december 2025;
        tot die tijd staat de verdeling per bestuur op p.m."""),
        T(["Meerjarenbegroting (bedragen in €)", "2025", "2026", "2027", "2028"],
          ["Baten rijksbijdrage", "9.870.000", "9.720.000", "9.560.000", "9.430.000"],
          ["Afdrachten vso (DUO)", "3.950.000", "3.930.000", "3.900.000", "3.880.000"],
          ["Lwoo en pro", "3.410.000", "3.350.000", "3.300.000", "3.250.000"],
          ["Middelen naar schoolbesturen (totaal)", "1.600.000", "1.580.000", "1.560.000", "1.540.000"],
          ["Commissie Toewijzing en bureau", "760.000", "760.000", "750.000", "750.000"],
          ["Resultaat", "150.000", "100.000", "50.000", "10.000"]),
        H1("Samenwerking met gemeenten"),
    ]
    b += oogo_proc(c)
    b += governance(c) + opr(c) + personeel(c) + ict_privacy(c) + totstandkoming(c) + slot(c)
    b += begrippen(c, COMMON_GLOSSARY + [
        ["Overplaatsing", "Overstap van vso naar een andere school."],
        ["Thuiszitter", "Leerplichtige jongere die zonder vrijstelling niet naar school gaat."]])
    return b


LABEL4 = dict(
    documents=["vo-vechtdal-noord-2025.md"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
              "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["duur-categorie"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.3 'Basis Vechtdal': minimum for every vestiging plus table of concrete provisions; collegiale visitatie.",
           "plaatsing": "Ch.5 gives vso criteria (a)-(c) and national lwoo/pro criteria, but the application procedure is only a reference to the website handboek.",
           "terugstroom": "Ch.6 only defers the policy to 2026 with the vso schools; 'terugplaatsing' otherwise only in TOC/glossary.",
           "financien": "Ch.9 has a 2025-2028 meerjarenbegroting table (besteding), but the verdeelmodel is 'herijkt' and per-bestuur distribution is p.m.",
           "dekkend-aanbod": "Ch.4 (despite its heading) only defers the 'Kaart van het aanbod' and the thuiszitters approach; OOGO section is procedural only.",
           "resultaten": "Ch.7 four resultaatafspraken with nulmeting/streefwaarde, twice-yearly data collection, voortgangsrapportage, jaarverslag.",
           "ouders": "Ch.8 'Thuis en school': schoolgids, mentor, Ondersteuningswijzer, info evening; independent OJSP IJssel-Vecht, Onderwijsconsulenten, klachtenregeling."},
)


# ==============================================================================================
# Plan 5 — PO, .html — Lage Venen
# B present (unusual wording) | P missing (absent bijlage 2, glossary) | T partial (beleid yes,
# procedure deferred to handboek) | F missing (separate 'Financieel kader' on website) |
# D partial (lacunes yes, continuum deferred) | R partial (monitoring yes, doelen deferred) |
# O partial (steunpunt yes, informatie deferred)
# ==============================================================================================
C5 = dict(naam="Samenwerkingsverband Primair Onderwijs Lage Venen (PO 27-04)",
          naam_kort="SWV Lage Venen", periode="2025-2029", eind="2029", regio="de Lage Venen",
          gemeenten="Veenhoorn, Rijpwetering-Oost en Noorderplas", n_besturen=8, n_scholen=38,
          n_ll="7.600", leerling="kind", ouders_woord="ouders", bestuurder="Hanneke Lindeboom",
          stad="Veenhoorn", opr_n=10, opr_datum="2 april 2025", oogo_datum="4 maart 2025",
          vast_datum="16 april 2025", ander_swv="VO Lage Venen e.o. (VO 27-02)", fte=14)


def plan5():
    c = C5
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        P(c["naam"] + " — webversie"),
        TOC("Voorwoord", "1 De regio in beeld", "2 Visie, missie en koers",
            "3 Wat u op iedere school mag verwachten", "4 Geen kind zonder plek",
            "5 Toelaatbaarheid en terugplaatsing", "6 Resultaten volgen", "7 Ouders en het steunpunt",
            "8 Geld", "9 Organisatie en governance", "10 Medezeggenschap", "11 Personeel",
            "12 ICT en privacy", "13 Totstandkoming", "Bijlage 2: Handboek Toelaatbaarheid",
            "Begrippenlijst"),
    ]
    b += voorwoord(c) + leeswijzer(c) + regio(c) + visie(c) + ontwikkelingen(c)
    b += [
        H1("3 Wat u op iedere school mag verwachten"),
        P("""Alle 38 basisscholen in de Lage Venen hebben zich verbonden aan dezelfde ondergrens. Het maakt
        voor een kind dus niet uit of het in Veenhoorn of in Noorderplas naar school gaat: deze ondersteuning
        is er op iedere locatie, zonder aanvraag en zonder wachttijd. Het is de vloer, niet het plafond."""),
        L("""Vroegsignalering: alle kinderen worden vanaf groep 1 gevolgd met een leerlingvolgsysteem;
          opvallende signalen worden binnen zes weken besproken met de intern begeleider.""",
          """Lezen en rekenen: een dyslexieprotocol en een dyscalculieprotocol, met extra instructie in een
          kleine groep (minimaal drie keer per week twintig minuten) voor kinderen die uitvallen.""",
          """Gedrag en veiligheid: een schoolbreed gedragsprogramma, een pestprotocol en een jaarlijkse
          veiligheidsmeting; bij escalatie een vaste time-in-plek binnen de school.""",
          """Meer- en hoogbegaafdheid: compacten en verrijken in de groep, en een verrijkingsgroep op school of
          in samenwerking met een nabije school.""",
          """Nederlands als tweede taal: extra taalaanbod voor kinderen die korter dan twee jaar in Nederland
          zijn.""",
          """Deskundigheid: een intern begeleider met een geregistreerde opleiding, en zes keer per jaar een
          ondersteuningsteam met een orthopedagoog van het samenwerkingsverband."""),
        P("""Iedere twee jaar voert het bureau met elke school een 'basisgesprek' aan de hand van deze lijst;
        de uitkomst gaat naar het schoolbestuur."""),
        H1("4 Geen kind zonder plek"),
        P("""Een overzicht van alle arrangementen en voorzieningen in de regio, van extra ondersteuning op
        school tot het speciaal onderwijs, komt in 2026 beschikbaar op de website."""),
        P("""Wel weten we precies wat we doen als een kind buiten de boot dreigt te vallen. Iedere school meldt
        elk kind dat langer dan twee weken ongeoorloofd of zonder passend aanbod thuis zit, binnen drie
        werkdagen bij het Thuiszittersoverleg (samenwerkingsverband, leerplicht, jeugdteam). Binnen tien
        werkdagen ligt er een plan met een terugkeerdatum. Komen school, bestuur en hulpverlening er binnen
        zes weken niet uit, dan gebruikt de directeur-bestuurder de doorzettingsmacht die de besturen hem of
        haar hebben gegeven: hij of zij wijst een school of voorziening aan die het kind binnen twee weken
        opvangt. Maandelijks brengen we de wachtlijsten van het speciaal onderwijs in beeld; in 2024 bleek
        er een tekort aan plekken voor jonge kinderen met een ernstige meervoudige beperking. Met
        zorgaanbieder De Lindenhoeve maken we afspraken om dat vóór 1 augustus 2026 op te lossen."""),
        H1("5 Toelaatbaarheid en terugplaatsing"),
        P("""De procedure en de criteria voor een toelaatbaarheidsverklaring voor sbo of so staan in het Handboek
        Toelaatbaarheid, dat als bijlage 2 bij dit plan hoort."""),
        P("""Een plek in het speciaal (basis)onderwijs is voor ons geen eindpunt. Wij willen dat kinderen die
        dat aankunnen, terugkeren naar een basisschool, bij voorkeur de school in hun eigen dorp of wijk.
        Terugkeer ligt voor de hand als de ontwikkeling uit het OPP dat toelaat en de basisschool de nog
        benodigde ondersteuning kan bieden met de basisondersteuning en een lichte aanvulling. Na de overstap
        begeleidt de sbo- of so-school de nieuwe leerkracht en het kind gedurende een schooljaar, met ten
        minste vier consultaties. Het stappenplan voor terugplaatsing wordt opgenomen in het vernieuwde Handboek
        Toelaatbaarheid dat na de zomer van 2025 verschijnt."""),
        H1("6 Resultaten volgen"),
        P("""Welke resultaten we in deze planperiode nastreven, formuleren we nadat in het voorjaar van 2026 een
        nulmeting is uitgevoerd."""),
        P("""Hoe we volgen, staat wel vast. Elk kwartaal verzamelt het bureau uit de eigen registratie en de
        DUO-gegevens het aantal arrangementen, de deelname aan sbo en so (in oktober 2024: sbo 1,8%, so 1,4%),
        het aantal thuiszitters en de wachttijden. Het dashboard wordt besproken in het bestuurlijk
        overleg; eens per jaar houden we een tevredenheidspeiling onder scholen en ouders. Het jaarverslag
        beschrijft per onderdeel van dit plan wat er bereikt is, en de OPR bespreekt het jaarverslag elk
        jaar in juni."""),
        H1("7 Ouders en het steunpunt"),
        P("""Hoe we ouders voortaan informeren, werken we uit bij de vernieuwing van onze website in 2026."""),
        P("""Soms botsen de verwachtingen van ouders en school. Voor een luisterend oor, advies of iemand die
        meegaat naar een gesprek, kunnen ouders gratis terecht bij Steunpunt Ouders Lage Venen, het
        onafhankelijke ouder- en jeugdsteunpunt dat door het samenwerkingsverband wordt gefinancierd maar er
        inhoudelijk los van staat. Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen. Klachten over
        het samenwerkingsverband worden behandeld volgens de klachtenregeling, met beroep op de Landelijke
        Klachtencommissie Onderwijs."""),
        H1("8 Geld"),
        P("""Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk om passend onderwijs mogelijk
        te maken. De financiële paragraaf, met het verdeelmodel, de meerjarenbegroting en het beleid voor
        reserves, is opgenomen in het afzonderlijke document 'Financieel kader 2025-2029', dat op de website
        staat."""),
        H1("Samenwerking met gemeenten"),
    ]
    b += oogo_proc(c)
    b += governance(c) + opr(c) + personeel(c) + ict_privacy(c) + totstandkoming(c) + slot(c)
    b += begrippen(c, COMMON_GLOSSARY + [
        ["Deskundigenadvies", "Advies van twee deskundigen bij een TLV-aanvraag."],
        ["Verdeelmodel", "Regels volgens welke het SWV middelen over besturen verdeelt."]])
    return b


LABEL5 = dict(
    documents=["po-lage-venen-2025.html"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial",
              "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.3 'Wat u op iedere school mag verwachten': same ondergrens for all 38 schools plus concrete list; basisgesprek = borging.",
           "plaatsing": "Ch.5 only refers to Handboek Toelaatbaarheid 'bijlage 2', which is not part of the document; TLV/deskundigen only in glossary.",
           "terugstroom": "Ch.5 gives aim, conditions and support after return; the stappenplan is deferred to the new handboek.",
           "financien": "Ch.8 'Geld' refers the verdeelmodel and meerjarenbegroting to a separate website document; only passing mentions of middelen.",
           "dekkend-aanbod": "Ch.4 thuiszitters procedure, doorzettingsmacht, wachtlijst monitoring, EMB gap; the overview of voorzieningen is deferred to 2026.",
           "resultaten": "Ch.6 quarterly dashboard, peiling, jaarverslag, OPR (monitoring); intended results deferred until after the 2026 nulmeting.",
           "ouders": "Ch.7 independent Steunpunt Ouders Lage Venen, Onderwijsconsulenten, klachtenregeling; how parents are informed is deferred to 2026."},
)


# ==============================================================================================
# Near-miss — school-level "ondersteuningsplan" of one VO school (.txt)
# ==============================================================================================

def nearmiss():
    return [
        ("title", "Ondersteuningsplan 2025-2026 — Het Baken College, locatie Noord"),
        P("""Vmbo-havo-vwo, onderdeel van Stichting Baken Onderwijs. Vastgesteld door de schoolleiding op 1
        juli 2025, met advies van de deelraad."""),
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Noord, de ondersteuning van
        leerlingen organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor medewerkers van de
        locatie: mentoren, docenten, de ondersteuningscoördinator en het zorg- en adviesteam. Het is
        afgeleid van het schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het
        samenwerkingsverband VO waarbij onze school is aangesloten. Ouders vinden een samenvatting in de
        schoolgids."""),
        H1("2 Zorgniveaus op onze locatie"),
        P("""Wij werken met vier zorgniveaus. Niveau 1 is de ondersteuning door de docent in de les. Niveau 2 is
        de begeleiding door de mentor, met een mentorgesprek per periode en het mentoruur. Niveau 3 is de
        ondersteuning door de ondersteuningscoördinator en de interne specialisten (dyslexiecoach,
        faalangsttrainer, begeleider executieve functies). Niveau 4 is het zorg- en adviesteam (ZAT), waarin
        ook de jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker zitten. De
        basisondersteuning van onze school omvat niveau 1 tot en met 3."""),
        H1("3 Leerlingbesprekingen en groepsbesprekingen"),
        P("""Na iedere rapportperiode is er per klas een groepsbespreking met alle docenten van die klas,
        voorgezeten door de teamleider. Leerlingen over wie zorgen bestaan, worden ingebracht in de
        leerlingbespreking. De mentor is verantwoordelijk voor het vastleggen van afspraken in het
        leerlingvolgsysteem en voor de terugkoppeling naar ouders en leerling binnen een week."""),
        H1("4 Ontwikkelingsperspectief"),
        P("""Voor leerlingen die extra ondersteuning krijgen, stelt de ondersteuningscoördinator binnen zes
        weken een ontwikkelingsperspectiefplan (OPP) op. Ouders en leerling worden gehoord over het OPP
        (hoorrecht) en ondertekenen het handelingsdeel. Het OPP wordt twee keer per jaar geëvalueerd."""),
        H1("5 Arrangementen en lwoo"),
        P("""Leerlingen met een aanwijzing lwoo volgen les in kleinere klassen in de basis- en kaderberoepsgerichte
        leerweg. Voor leerlingen die meer nodig hebben dan onze basisondersteuning, kan de
        ondersteuningscoördinator een arrangement aanvragen bij het samenwerkingsverband. Wanneer de
        school niet langer in de ondersteuning kan voorzien, bespreken wij met ouders een overstap, en zo nodig
        vraagt het bestuur een toelaatbaarheidsverklaring vso aan. De procedure daarvoor is die van het
        samenwerkingsverband."""),
        H1("6 Rebound en time-out"),
        P("""Leerlingen die tijdelijk niet in de les kunnen functioneren, kunnen gebruikmaken van de
        Trajectvoorziening in lokaal 0.14. Bij langer durende problemen kan een plaatsing in de regionale
        reboundvoorziening worden aangevraagd."""),
        H1("7 Samenwerking met ouders"),
        P("""Ouders zijn partner in de ondersteuning van hun kind. Zij worden uitgenodigd voor het
        startgesprek in september en voor de OPP-evaluaties. Vragen over ondersteuning kunnen ouders stellen
        aan de mentor of de ondersteuningscoördinator. Klachten worden behandeld volgens de klachtenregeling
        van Stichting Baken Onderwijs."""),
        H1("8 Middelen en formatie"),
        P("""De locatie ontvangt van het bestuur een ondersteuningsbudget dat is afgeleid van de middelen
        lichte ondersteuning die het bestuur van het samenwerkingsverband ontvangt. Voor 2025-2026 is
        1,8 fte ondersteuningscoördinatie, 0,6 fte dyslexiecoach en 0,4 fte faalangsttraining begroot.
        Resultaten van de ondersteuning worden besproken in de jaarlijkse evaluatie van de zorgstructuur."""),
        H1("9 Jaarplanning zorg 2025-2026"),
        T(["Maand", "Activiteit"],
          ["September", "Startgesprekken, overdracht vanuit PO"],
          ["November", "Groepsbesprekingen periode 1"],
          ["Februari", "OPP-evaluaties, aanvragen lwoo nieuwe brugklassers"],
          ["April", "Groepsbesprekingen periode 3"],
          ["Juni", "Evaluatie zorgstructuur; bijstellen dit plan"]),
    ]


LABEL_NM = dict(
    documents=["vo-baken-college-schoolondersteuningsplan.txt"], sector="vo", looks_like_plan=False,
    elements={}, criteria={},
    notes={"document": "School-level ondersteuningsplan of one VO location (zorgniveaus, ZAT, leerlingbesprekingen, "
                       "jaarplanning zorg); not a samenwerkingsverband plan: no SWV as author, no OPR/OOGO, no planperiode."},
)


# ----------------------------------------------------------------------------------------------
# Renderers
# ----------------------------------------------------------------------------------------------

def to_docx(blocks, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.created = datetime.datetime(2025, 4, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 4, 15, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    for kind, val in blocks:
        if kind == "title":
            cp.title = val
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in val:
                doc.add_paragraph(e)
            doc.add_page_break()
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


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
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"- {e}" for e in val) + "\n")
        elif kind == "table":
            rows = [[c.replace("|", "/") for c in r] for r in val]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def to_html(blocks):
    e = html.escape
    title = next(v for k, v in blocks if k == "title")
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           '<header><p class="site">Samenwerkingsverband Lage Venen · Ondersteuning · Ouders · '
           'Toelaatbaarheid · Financiën · Contact</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{e(x)}</li>" for x in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", '<footer><p>© 2025 Samenwerkingsverband PO Lage Venen · Privacy · '
            'Ouder- en jeugdsteunpunt · Klachtenregeling</p></footer>', "</body>", "</html>"]
    return "\n".join(out) + "\n"


def to_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(val.upper() + "\n" + "=" * len(val) + "\n")
        elif kind in ("h1", "h2"):
            out.append(val + "\n" + "-" * len(val) + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join(f"  * {i}" for i in val) + "\n")
        elif kind == "toc":
            out.append("INHOUD\n" + "\n".join(val) + "\n")
        elif kind == "table":
            out.append("\n".join("  " + " | ".join(r) for r in val) + "\n")
    return "\n".join(out)


def docx_to_pdf(blocks, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout255_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(label, name):
    stem = name.rsplit(".", 1)[0]
    path = OUT / f"{stem}.expected.yaml"
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(label, fh, allow_unicode=True, sort_keys=False, width=200)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    to_docx(plan1(), OUT / "po-rivierenland-oost-2025.docx")
    write_label(LABEL1, "po-rivierenland-oost-2025.docx")

    to_docx(plan2(), OUT / "vo-drechtmond-2025.docx")
    docx_to_pdf(plan2(), OUT / "vo-drechtmond-2025.pdf")
    write_label(LABEL2, "vo-drechtmond-2025.docx")

    docx_to_pdf(plan3(), OUT / "po-kempenrand-2025.pdf")
    write_label(LABEL3, "po-kempenrand-2025.pdf")

    (OUT / "vo-vechtdal-noord-2025.md").write_text(to_md(plan4()), encoding="utf-8")
    write_label(LABEL4, "vo-vechtdal-noord-2025.md")

    (OUT / "po-lage-venen-2025.html").write_text(to_html(plan5()), encoding="utf-8")
    write_label(LABEL5, "po-lage-venen-2025.html")

    (OUT / "vo-baken-college-schoolondersteuningsplan.txt").write_text(to_txt(nearmiss()), encoding="utf-8")
    write_label(LABEL_NM, "vo-baken-college-schoolondersteuningsplan.txt")


if __name__ == "__main__":
    main()
