#!/usr/bin/env python3
"""Generate holdout229: five fictional ondersteuningsplannen (4 VO, 1 PO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("h1"|"h2"|"p"|"bullets"|"table"|"toc", payload)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def BL(items):
    return ("bullets", [" ".join(i.split()) for i in items])


def TB(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------
# Shared filler (element-neutral unless noted). Placeholders are filled per plan.
# ---------------------------------------------------------------------------
FILLER = {
    "voorwoord": """Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de invoering
        van passend onderwijs en het eerste dat we volledig samen met de schoolleiders, de ondersteuningscoördinatoren en
        de leden van de ondersteuningsplanraad hebben geschreven. In de afgelopen jaren is er veel veranderd: de
        leerlingaantallen in onze regio lopen op sommige plekken terug, de krapte op de arbeidsmarkt raakt alle scholen
        en de verwachtingen van ouders, leerlingen en gemeenten zijn gegroeid. Tegelijk zien we dat scholen elkaar beter
        weten te vinden dan ooit. Dit plan is daarom geen dik handboek geworden, maar een gezamenlijk verhaal over wat we
        willen bereiken en hoe we dat organiseren. Ik dank iedereen die heeft meegelezen, meegeschreven en kritische
        vragen heeft gesteld. Zonder die betrokkenheid was dit plan niet tot stand gekomen.""",
    "leeswijzer": """Dit plan volgt in grote lijnen de opbouw die de wet vraagt, maar we hebben ervoor gekozen de
        hoofdstukken te ordenen vanuit de vragen die scholen en ouders ons het vaakst stellen. Na de inleiding en een korte
        terugblik beschrijven we de regio en onze visie. Daarna volgen de hoofdstukken over ondersteuning, toewijzing,
        samenwerking en organisatie. Waar we in de tekst spreken over 'scholen' bedoelen we alle vestigingen van de
        aangesloten schoolbesturen. Waar we spreken over 'het verband' bedoelen we de stichting {naam}. Begrippen en
        afkortingen die in de tekst voorkomen, zijn achterin opgenomen. Het plan is vastgesteld voor de periode
        {periode}; jaarlijks stellen we een jaarplan en een begroting op waarin de activiteiten voor dat jaar worden
        uitgewerkt. Wijzigingen van betekenis leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad.""",
    "terugblik": """De vorige planperiode stond in het teken van bouwen aan vertrouwen. We zijn verhuisd naar een
        kantoor dat dichter bij de scholen ligt, we hebben een nieuwe website in gebruik genomen en het bestuur heeft de
        scheiding tussen toezicht en uitvoering verder doorgevoerd. De coronaperiode heeft veel van scholen gevraagd:
        afstandsonderwijs, inhaalprogramma's en een toename van vragen over welbevinden. Met de middelen uit het
        Nationaal Programma Onderwijs hebben scholen eigen programma's ingericht; die middelen vielen buiten de begroting
        van het verband. In de evaluatiegesprekken met schoolleiders kwam naar voren dat de samenwerking tussen scholen
        is gegroeid, maar dat de administratieve last rond aanvragen als zwaar wordt ervaren. Ook werd duidelijk dat de
        communicatie met ouders niet overal even soepel verloopt. Deze signalen hebben we meegenomen bij het schrijven
        van dit plan.""",
    "regio": """{naam} omvat het voortgezet onderwijs in de gemeenten {gemeenten}. Er zijn {n_besturen} schoolbesturen
        aangesloten met samen {n_scholen} schoollocaties en ongeveer {n_llg} leerlingen. De regio kent zowel stedelijke
        kernen als uitgestrekte plattelandsgebieden, wat betekent dat reisafstanden voor sommige leerlingen groot zijn.
        De prognoses laten voor de komende planperiode een lichte daling van het aantal leerlingen zien, vooral in de
        kleinere kernen. Dat heeft gevolgen voor de levensvatbaarheid van kleine vestigingen en voor de inzet van
        personeel. Het verband heeft de wettelijke code {code}. De aangesloten besturen verschillen in omvang, identiteit
        en onderwijskundige profilering; juist die verscheidenheid zien we als een kracht van de regio.""",
    "regio_po": """{naam} omvat het primair onderwijs in de gemeenten {gemeenten}. Er zijn {n_besturen} schoolbesturen
        aangesloten met samen {n_scholen} scholen en ongeveer {n_llg} leerlingen. De regio kent zowel dorpen met een
        kleine basisschool als wijken met grote scholen. De prognoses laten voor de komende planperiode een lichte daling
        van het aantal leerlingen zien, vooral in de kleinere kernen. Het verband heeft de wettelijke code {code}. De
        aangesloten besturen verschillen in omvang, identiteit en onderwijskundige profilering; juist die verscheidenheid
        zien we als een kracht van de regio.""",
    "visie": """Wij geloven dat iedere jongere recht heeft op onderwijs dat past bij wie hij of zij is en wil worden.
        Passend onderwijs is voor ons geen systeem maar een houding: kijken naar wat een leerling nodig heeft, in plaats
        van naar wat er mis is. Scholen, ouders en leerlingen zijn daarbij partners. We willen dat leerlingen zoveel
        mogelijk samen naar school gaan, dichtbij huis, met leeftijdgenoten uit hun eigen omgeving. Tegelijk erkennen we
        dat sommige leerlingen tijdelijk of langdurig een andere plek nodig hebben. Ook dan blijven we ons
        verantwoordelijk voelen. Onze visie laat zich samenvatten in drie woorden: nabij, samen en eerlijk. Nabij, omdat
        hulp zo dicht mogelijk bij de leerling hoort te zijn. Samen, omdat geen school dit alleen kan. Eerlijk, omdat we
        transparant willen zijn over wat wel en niet kan.""",
    "missie": """Het verband ondersteunt de aangesloten schoolbesturen bij het vervullen van hun zorgplicht en
        faciliteert samenwerking tussen scholen onderling en met partners buiten het onderwijs. Het verband is er niet om
        het werk van scholen over te nemen, maar om te verbinden, te versterken en waar nodig te beslissen. Onze missie
        is dat scholen zich gesteund voelen en dat leerlingen en hun ouders merken dat er een gezamenlijk vangnet is. Het
        verband neemt daarbij de rol van regisseur, kennismakelaar en toezichthouder op zich, afhankelijk van de vraag.""",
    "governance": """Het verband is een stichting. Het bestuur is georganiseerd volgens het raad-van-toezichtmodel:
        de directeur-bestuurder vormt het bestuur en wordt benoemd door de raad van toezicht. De raad van toezicht bestaat
        uit vijf leden, van wie drie op voordracht van de schoolbesturen en twee onafhankelijke leden. De algemene
        vergadering van schoolbesturen komt vier keer per jaar bijeen en stelt de kaders vast waarbinnen de
        directeur-bestuurder werkt. De statuten bevatten een regeling voor het beslechten van geschillen tussen
        besturen. De governancecode van de sector wordt toegepast; afwijkingen worden in het jaarverslag toegelicht.
        Het bestuur legt jaarlijks verantwoording af over het gevoerde beleid. Het managementstatuut beschrijft welke
        bevoegdheden zijn gemandateerd aan de medewerkers van het bureau.""",
    "opr_ouders": """De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders of leerlingen en zes
        personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. Juist de ouders in de OPR
        brengen het perspectief van gezinnen in: zij toetsen of het plan begrijpelijk is en of de ondersteuning
        aansluit bij wat thuis wordt ervaren. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen
        daarvan. Het bestuur overlegt minimaal vier keer per jaar met de OPR en betrekt de raad vroegtijdig bij
        beleidsvoornemens. De OPR ontvangt scholing, ambtelijke ondersteuning en een eigen budget.""",
    "opr_neutraal": """De ondersteuningsplanraad (OPR) is ingesteld conform artikel 4a van de Wet medezeggenschap op
        scholen en heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het bestuur overlegt
        minimaal vier keer per jaar met de OPR. De OPR beschikt over een reglement, een eigen budget en ambtelijke
        ondersteuning door het bureau. De raad heeft op {opr_datum} ingestemd met dit plan.""",
    "oogo": """Met de gemeenten in de regio voeren we op overeenstemming gericht overleg (OOGO) over het
        ondersteuningsplan en over de jeugdplannen van de gemeenten. Maar de samenwerking gaat verder dan het wettelijk
        verplichte overleg. Op iedere school werkt een schoolmaatschappelijk werker of jeugdprofessional die door de
        gemeente wordt gefinancierd en die zonder verwijzing laagdrempelig hulp kan bieden. Voor leerlingen die
        onderwijs en zorg tegelijk nodig hebben, sluiten school, jeugdhulpaanbieder en gemeente een
        onderwijs-zorgarrangement af, waarin staat wie welke taak heeft en wie welk deel betaalt. Twee keer per jaar
        komen beleidsmedewerkers van gemeenten en verband samen in een regionale werktafel, waar onder meer
        leerlingenvervoer, huisvesting en de aansluiting tussen schoolondersteuning en jeugdhulp op de agenda staan.""",
    "oogo_proc": """Het concept van dit plan is op {oogo_datum} besproken in het op overeenstemming gericht overleg met
        de colleges van burgemeester en wethouders van de gemeenten in de regio. Het verslag van dat overleg is
        beschikbaar bij het bureau van het verband. Ook heeft overleg plaatsgevonden met het samenwerkingsverband voor
        primair onderwijs in de regio.""",
    "personeel": """Het bureau van het verband is klein gehouden. Er werken een directeur-bestuurder, een
        beleidsmedewerker, een controller, een medewerker communicatie en een secretariaat, samen ongeveer {fte} fte.
        Het verband is werkgever voor deze medewerkers en volgt de cao voortgezet onderwijs. Jaarlijks voeren we met
        iedere medewerker een gesprekkencyclus, en er is een scholingsbudget per medewerker. Het ziekteverzuim was in de
        afgelopen jaren laag. Bij het werven van nieuwe medewerkers letten we op diversiteit en op ervaring in het
        onderwijs. Voor specialistische taken huren we waar nodig expertise in bij de aangesloten besturen, zodat kennis
        in de regio blijft. De personele gevolgen van dit plan voor de scholen zelf zijn besproken met de
        personeelsgeleding van de OPR.""",
    "ict": """Het verband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en adviezen. We
        doen dat zorgvuldig en volgens de Algemene verordening gegevensbescherming. Er is een functionaris
        gegevensbescherming aangesteld die wordt gedeeld met twee andere verbanden. Aanvragen lopen via een beveiligde
        digitale omgeving; e-mail met bijzondere persoonsgegevens wordt niet gebruikt. Gegevens worden niet langer
        bewaard dan nodig en uiterlijk drie jaar na het besluit vernietigd, tenzij de wet anders bepaalt. Datalekken
        worden gemeld volgens het protocol. Medewerkers volgen jaarlijks een training informatiebeveiliging. In de
        planperiode onderzoeken we of de digitale omgeving kan worden vervangen door een systeem dat beter aansluit op
        de leerlingvolgsystemen van de scholen.""",
    "kennis": """Kennisdeling is een van de manieren waarop het verband waarde toevoegt. Er zijn netwerken voor
        ondersteuningscoördinatoren, voor mentoren en voor teamleiders. Deze netwerken komen vier tot zes keer per jaar
        bijeen en bepalen grotendeels zelf hun agenda. Jaarlijks organiseert het verband een regionale studiedag met
        workshops die door medewerkers van scholen zelf worden verzorgd. Thema's in de afgelopen jaren waren onder meer
        executieve functies, omgaan met angst en schoolstress, en gesprekken met ouders in moeilijke situaties. Het
        verband stimuleert ook dat scholen bij elkaar in de keuken kijken: collega's lopen een dag mee op een andere
        school en delen wat ze daar zien.""",
    "planning": """De totstandkoming van dit plan verliep in drie fasen. In de eerste fase, in het voorjaar van 2025,
        hebben we gesprekken gevoerd met schoolleiders, ondersteuningscoördinatoren, leerlingen en ouders. In de tweede
        fase heeft een schrijfgroep de hoofdstukken opgesteld en besproken met het bestuur. In de derde fase is het
        concept voorgelegd aan de gemeenten en de ondersteuningsplanraad. Het plan is door het bestuur vastgesteld op
        {vast_datum} en vóór 1 mei toegezonden aan de Inspectie van het Onderwijs. De planning van activiteiten per jaar
        staat in het jaarplan; dit plan geeft de koers.""",
    "arbeidsmarkt": """Veel leerlingen in onze regio stromen na het voortgezet onderwijs door naar het mbo of direct
        naar werk. Samen met de mbo-instellingen en het regionale werkbedrijf organiseren we jaarlijks een netwerkdag
        over de overstap. Voor leerlingen in het praktijkonderwijs en het vso is de stap naar werk vaak het belangrijkste
        moment van hun schoolloopbaan; de scholen hebben daarvoor eigen stagecoördinatoren. Het verband ondersteunt dit
        door kennis te delen over regelingen en door de contacten met de gemeenten te onderhouden.""",
    "huisvesting": """Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Toch raken ze het werk van
        het verband. Een leerling die een plek krijgt op een school buiten de eigen gemeente, is voor het vervoer
        afhankelijk van de gemeentelijke verordening. Het verband heeft hierin geen beslissende rol, maar bespreekt
        knelpunten in het reguliere overleg met de gemeenten. Ook de huisvesting van bovenschoolse voorzieningen is
        onderwerp van gesprek, omdat geschikte ruimte in sommige kernen schaars is.""",
    "nt2": """In de regio wonen steeds meer jongeren die kort in Nederland zijn. Zij volgen eerst onderwijs in een
        internationale schakelklas (ISK). De overstap van de ISK naar een reguliere school verloopt niet altijd soepel,
        onder meer omdat de taalontwikkeling tijd kost. Het verband en de scholen voeren hierover overleg met de
        gemeenten. Dit onderwerp raakt aan passend onderwijs, maar valt grotendeels onder de bekostiging en organisatie
        van nieuwkomersonderwijs.""",
    "communicatie_alg": """Het verband communiceert via de website, een digitale nieuwsbrief voor scholen en
        sociale media. Het bureau is op werkdagen telefonisch bereikbaar. In de komende periode vernieuwen we de huisstijl
        en maken we de website toegankelijker, onder meer door teksten in eenvoudige taal aan te bieden. Besluiten van
        het bestuur worden binnen twee weken gepubliceerd.""",
    "inkoop": """Het verband koopt diensten in volgens een inkoopbeleid dat aansluit bij de regels voor
        aanbesteding. Bij de keuze van leveranciers weegt duurzaamheid mee. Contracten voor de digitale omgeving, de
        salarisadministratie en de accountant worden iedere vier jaar opnieuw bekeken. De huisvesting van het bureau
        wordt gehuurd van een van de aangesloten besturen. Het bureau werkt zoveel mogelijk papierloos; vergaderstukken
        worden digitaal verspreid en gearchiveerd volgens de archiefwet.""",
    "bestuurlijk": """Het verband werkt op bestuurlijk niveau samen met drie naburige verbanden voor voortgezet
        onderwijs. De directeuren-bestuurders komen vier keer per jaar bijeen om ervaringen uit te wisselen over
        governance, medezeggenschap en de relatie met de Inspectie. Ook vindt er overleg plaats met de sectorraad en
        met het landelijke steunpunt voor samenwerkingsverbanden. Nieuwe landelijke regels, zoals die rond het
        toezicht, worden in dit overleg besproken voordat zij in het eigen beleid worden verwerkt. Dit overleg heeft
        geen eigen bevoegdheden; besluiten blijven bij de eigen organen van ieder verband.""",
    "wettelijk": """Het ondersteuningsplan is verplicht op grond van {wet}. De wet schrijft voor dat het plan in elk
        geval beschrijft hoe het verband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief
        de basisondersteuning op alle vestigingen; de procedure en criteria voor de verdeling, besteding en toewijzing
        van de ondersteuningsmiddelen; de procedure en criteria voor toelaatbaarheid; de procedure en het beleid voor
        terugplaatsing en overplaatsing; de beoogde en bereikte resultaten; en de manier waarop ouders worden
        geïnformeerd, ook over onafhankelijke ondersteuningsmogelijkheden. Het plan wordt ten minste eens in de vier
        jaar vastgesteld, na op overeenstemming gericht overleg met de gemeenten en met instemming van de
        ondersteuningsplanraad, en vóór 1 mei aan de Inspectie van het Onderwijs gezonden.""",
    "landelijk": """Landelijk is er veel in beweging. Na de evaluatie van passend onderwijs in 2020 volgde de
        Verbeteraanpak met vijfentwintig maatregelen. Een daarvan betreft de reserves van samenwerkingsverbanden, een
        andere de wet die de positie van ouders en leerlingen versterkt. Die wet introduceert onder meer het hoorrecht
        en verplicht ieder verband een ouder- en jeugdsteunpunt in te richten. Ook wordt gewerkt aan een landelijke norm
        voor basisondersteuning. Voor ons betekent dit dat onderdelen van dit plan tijdens de looptijd mogelijk moeten
        worden aangepast. We volgen de ontwikkelingen via de sectorraad en passen het plan aan wanneer nieuwe
        wetgeving is vastgesteld; zulke wijzigingen leggen we opnieuw voor aan de ondersteuningsplanraad.""",
    "kansen": """Kansengelijkheid is een thema dat ons allemaal raakt. Het opleidingsniveau van ouders, de buurt
        waarin een leerling opgroeit en de vraag of er thuis ruimte is om huiswerk te maken, hebben nog altijd invloed
        op de schoolloopbaan. Scholen in de regio werken hieraan op hun eigen manier, bijvoorbeeld met verlengde
        schooldagen, huiswerkklassen en samenwerking met de bibliotheek. Het verband heeft hierin geen eigen taak, maar
        deelt goede voorbeelden en brengt scholen met elkaar in contact. We vinden het belangrijk dat een
        ondersteuningsvraag nooit wordt verward met een achterstand die voortkomt uit de thuissituatie.""",
    "slot": """Tot slot. Een plan is pas waardevol als het in de praktijk wordt gebruikt. Daarom maken we van dit
        plan ook een korte publieksversie en een poster voor de personeelskamers. We nodigen iedereen die met dit plan
        werkt uit om ons te laten weten waar het schuurt, wat onduidelijk is en wat beter kan. Het bureau verzamelt die
        reacties en bespreekt ze jaarlijks met het bestuur. Zo blijft het plan een levend document voor de hele
        periode waarvoor het is vastgesteld.""",
    "jaarcyclus": """De planning-en-controlcyclus van het verband kent vaste momenten. In het voorjaar stelt het
        bestuur een kaderbrief op met de uitgangspunten voor het volgende jaar. In het najaar volgen het jaarplan en de
        jaarbegroting, die de raad van toezicht vóór 31 december goedkeurt. Vóór 1 juli wordt het jaarverslag met de
        jaarrekening vastgesteld en gepubliceerd. De accountant controleert de jaarrekening en brengt verslag uit aan de
        raad van toezicht. Tussentijds ontvangt de raad twee bestuursrapportages.""",
    "personeel_scholen": """Dit plan heeft ook gevolgen voor het personeel van de scholen. Leraren merken dat de
        verscheidenheid in hun klassen toeneemt, terwijl het moeilijker wordt om vacatures te vullen. Onderwijsassistenten
        en begeleiders worden steeds belangrijker, maar hun positie is niet overal even goed geregeld. In de gesprekken
        met de personeelsgeleding van de ondersteuningsplanraad is afgesproken dat het verband jaarlijks met de
        besturen bespreekt hoe de werkdruk zich ontwikkelt en welke scholing nodig is. De besturen blijven
        verantwoordelijk voor hun eigen personeelsbeleid; het verband kan scholing gezamenlijk inkopen wanneer
        meerdere besturen dezelfde vraag hebben. Daarnaast stimuleren we dat zij-instromers en startende leraren een
        introductie krijgen in de manier waarop in de regio wordt samengewerkt.""",
    "risico": """Het bestuur voert jaarlijks een risicoanalyse uit. De belangrijkste risico's voor deze planperiode
        zijn de daling van het aantal leerlingen, wijzigingen in landelijke wet- en regelgeving, de groei van het
        aantal leerlingen in het speciaal onderwijs en de beschikbaarheid van gekwalificeerd personeel. Voor ieder
        risico is beschreven hoe groot de kans is, wat de gevolgen kunnen zijn en welke beheersmaatregelen het bestuur
        neemt. De raad van toezicht bespreekt de risicoanalyse bij de behandeling van de begroting.""",
}


def fill(key, ctx):
    return P(FILLER[key].format(**ctx))


# ---------------------------------------------------------------------------
# Plan A – large VO verband, docx. B pr, P pr, T pr (inside TLV chapter), F pr (Geld en middelen, table),
#          D pa (lacunes deferred), R pa (monitoring deferred), O pr (inside Communicatie)
# ---------------------------------------------------------------------------
def plan_a():
    c = dict(wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)", naam="Samenwerkingsverband VO De Brede Rivier", periode="2026-2030", code="VO 27-14",
             gemeenten="Aalsveld, Rivierdam, Oosterkamp, Wijkerbroek en Lindenhout", n_besturen=11,
             n_scholen=24, n_llg="21.400", fte="9,4", opr_datum="9 april 2026", vast_datum="16 april 2026",
             oogo_datum="3 maart 2026")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030"), P("Samenwerkingsverband VO De Brede Rivier (VO 27-14)"),
          P("Vastgesteld door de directeur-bestuurder op 16 april 2026, na instemming van de ondersteuningsplanraad.")]
    b += [("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Terugblik", "4 De regio", "5 Visie en missie",
                   "6 Basisondersteuning: wat elke school biedt", "7 Extra ondersteuning en dekkend aanbod",
                   "8 Toelaatbaarheid, lwoo en pro (incl. terugplaatsing)", "9 Kwaliteit en resultaten",
                   "10 Communicatie", "11 Samenwerking met gemeenten", "12 Organisatie en governance",
                   "13 Personeel en privacy", "14 Geld en middelen", "15 Totstandkoming",
                   "Bijlage A Begrippenlijst"])]
    b += [H1("1 Voorwoord"), fill("voorwoord", c), H1("2 Inleiding en leeswijzer"), fill("leeswijzer", c), fill("wettelijk", c),
          H1("3 Terugblik"), fill("terugblik", c), H1("4 De regio"), fill("regio", c), fill("nt2", c),
          H1("5 Visie en missie"), fill("visie", c), fill("missie", c)]
    b += [H1("6 Basisondersteuning: wat elke school biedt"),
          P("""Basisondersteuning is in ons verband het afgesproken minimum aan ondersteuning dat iedere vestiging van
             iedere aangesloten school biedt, ongeacht bestuur, schoolsoort of omvang. Het algemeen bestuur heeft dit
             minimum vastgelegd in twaalf afspraken, het 'Ondersteuningsfundament'. Een school mag meer bieden, maar
             nooit minder. Alles wat binnen deze afspraken valt, regelt de school zelf en zonder aanvraag bij het
             verband."""),
          P("De twaalf afspraken zijn:"),
          BL(["Iedere leerling heeft een mentor die minimaal één keer per zes weken een individueel gesprek voert.",
              "Iedere vestiging heeft een ondersteuningscoördinator met ten minste 0,5 fte per 600 leerlingen.",
              "Er is een intern ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met orthopedagoog of "
              "psycholoog, zorgcoördinator, jeugdarts en schoolmaatschappelijk werk.",
              "Leerlingen met dyslexie of dyscalculie krijgen de faciliteiten uit het regionale protocol: extra tijd, "
              "vergrote teksten, voorleessoftware en een aangepaste beoordeling van spelling.",
              "Er is een aanbod voor faalangstreductie en sociale vaardigheden (minimaal één training per jaar).",
              "Iedere vestiging heeft een time-outplek met begeleiding, zodat een leerling niet naar huis wordt "
              "gestuurd.",
              "Er is een protocol medisch handelen en een protocol rouw en verlies.",
              "Leerlingen met een ontwikkelingsperspectief krijgen dit binnen zes weken na de start van de extra "
              "ondersteuning.",
              "De school werkt handelingsgericht en bespreekt elke leerling minimaal twee keer per jaar in een "
              "leerlingbespreking.",
              "Er is een aanspreekpunt voor (hoog)begaafde leerlingen en een aanspreekpunt voor executieve functies.",
              "De school heeft een aanpak tegen pesten met een aangewezen coördinator.",
              "De overdracht vanuit het primair onderwijs verloopt via een warme overdracht voor iedere leerling met "
              "een ondersteuningsbehoefte."]),
          P("""Jaarlijks voert de beleidsmedewerker met iedere vestiging een gesprek aan de hand van de zelfevaluatie op
             deze twaalf afspraken. Blijkt een vestiging op een of meer afspraken onder het minimum te zitten, dan maakt
             het bestuur van die school binnen drie maanden een verbeterplan, dat in het volgende gesprek wordt
             besproken. Het schoolondersteuningsprofiel en de schoolgids van iedere school nemen de twaalf afspraken
             letterlijk over.""")]
    b += [H1("7 Extra ondersteuning en dekkend aanbod"),
          P("""Waar de basisondersteuning ophoudt, begint de extra ondersteuning. We onderscheiden vier niveaus die samen
             het ondersteuningscontinuüm van de regio vormen. Op niveau 1 gaat het om de basisondersteuning van
             hoofdstuk 6. Op niveau 2 biedt de school zelf een arrangement, zoals een plusklas, een
             begeleidingsgroep of een maatwerkrooster, betaald uit het schoolbudget. Op niveau 3 gaat het om
             bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum De Overstap (60 plaatsen), de
             reboundvoorziening Kompas (24 plaatsen, maximaal twaalf weken) en de tussenvoorziening voor leerlingen met
             een autismespectrumstoornis op de locatie Rivierdam (32 plaatsen). Niveau 4 is het voortgezet speciaal
             onderwijs (vso) en het praktijkonderwijs; in de regio zijn twee vso-scholen voor cluster 4, één voor
             cluster 3 en drie scholen voor praktijkonderwijs. Daarnaast bieden twee scholen lwoo in kleine klassen."""),
          P("""De bovenschoolse voorzieningen worden namens het verband bestuurd door twee van de aangesloten besturen,
             die daarover jaarlijks rapporteren aan de directeur-bestuurder. Of het aanbod in de regio echt dekkend is,
             weten we op dit moment niet goed genoeg. Een analyse van de witte vlekken in ons aanbod laten we in het
             schooljaar 2026-2027 uitvoeren; de uitkomsten en de maatregelen die daaruit volgen, nemen we op in de
             eerste voortgangsparagraaf bij dit plan. Ook een sluitende aanpak voor thuiszitters werken we samen met de
             leerplichtambtenaren pas in 2027 uit.""")]
    b += [H1("8 Toelaatbaarheid, lwoo en pro"),
          H2("8.1 Aanvraag van een toelaatbaarheidsverklaring vso"),
          P("""Een toelaatbaarheidsverklaring (TLV) voor het vso wordt altijd aangevraagd door het bevoegd gezag van de
             school waar de leerling is ingeschreven of is aangemeld. De aanvraag loopt via het digitale loket en bevat
             het ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg waarin de ouders en de
             leerling hun zienswijze hebben gegeven, en de evaluatie van de ondersteuning die al is geboden. De Commissie
             Toelaatbaarheid van het verband neemt namens de directeur-bestuurder het besluit, binnen zes weken na
             ontvangst van een volledige aanvraag. Vóór het besluit geven twee deskundigen ieder een eigen schriftelijk
             advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een jeugdarts, kinderpsychiater of
             maatschappelijk werker. Geen van beiden is betrokken geweest bij de aanvraag."""),
          H2("8.2 Criteria"),
          P("""Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: (a) de
             ondersteuningsbehoefte overstijgt aantoonbaar wat de school met basis- en extra ondersteuning kan bieden,
             blijkend uit ten minste twee geëvalueerde cycli van het ontwikkelingsperspectief; (b) de leerling heeft een
             onderwijsbehoefte die alleen in een kleine groep met specialistische begeleiding kan worden ingevuld; en (c)
             er is geen bovenschoolse voorziening op niveau 3 die de ondersteuning binnen twaalf maanden kan bieden. Voor
             directe toelating zonder voorafgaande cycli geldt de uitzondering bij ernstige medische of psychiatrische
             problematiek, onderbouwd door een behandelaar."""),
          P("""Voor het praktijkonderwijs en het lwoo hanteert het verband de landelijke criteria: toelaatbaar tot pro
             is een leerling met een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee van de
             vier domeinen; voor lwoo geldt een IQ tussen 75 en 90 of een leerachterstand van anderhalf tot drie jaar op
             twee domeinen, in combinatie met sociaal-emotionele problematiek bij de randgevallen. De school vraagt pro
             of lwoo aan via hetzelfde loket; de Commissie Toelaatbaarheid beslist binnen vier weken."""),
          H2("8.3 Duur, categorie en bezwaar"),
          P("""Een TLV vso geldt standaard tot en met 31 juli van het tweede volle schooljaar na afgifte. De commissie
             kent de bekostigingscategorie laag toe, tenzij sprake is van een lichamelijke beperking of langdurige ziekte
             (midden) of meervoudige beperking (hoog). Ouders en school kunnen binnen zes weken bezwaar maken; het
             verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het
             bestuur adviseert voordat het op het bezwaar beslist."""),
          H2("8.4 Afloop van de TLV"),
          P("""Uitgangspunt van ons beleid is dat een plaatsing in het vso tijdelijk is wanneer dat kan: een leerling
             keert terug naar een reguliere school als het ontwikkelingsperspectief laat zien dat de leerling daar met
             ondersteuning verder kan, bij voorkeur dicht bij huis. Overplaatsing naar een andere reguliere school dan de
             school van herkomst is toegestaan als die beter past. In het laatste jaar van de TLV, uiterlijk op 1
             februari, organiseert de vso-school een evaluatiegesprek met leerling, ouders en een ondersteuningscoördinator
             van een mogelijke ontvangende school. De vso-school adviseert; de Commissie Toelaatbaarheid besluit vóór 1
             mei of de leerling terugkeert of dat een nieuwe TLV nodig is. Bij terugkeer volgt een terugkeerarrangement
             van een jaar met ambulante begeleiding vanuit de vso-school. In 2024-2025 keerden 17 leerlingen terug naar
             het regulier onderwijs, tegen 11 het jaar ervoor.""")]
    b += [H1("9 Kwaliteit en resultaten"),
          P("""Voor deze planperiode hebben we de volgende beoogde resultaten vastgesteld voor leerlingen die extra
             ondersteuning nodig hebben:"""),
          BL(["In 2030 heeft 95% van de leerlingen met een ontwikkelingsperspectief een uitstroom die past bij het "
              "perspectief uit dat plan.",
              "Het deelnamepercentage vso daalt van 3,6% (2025) naar maximaal 3,2% in 2030, zonder dat leerlingen "
              "langer thuis zitten.",
              "Ten minste 80% van de leerlingen in een bovenschoolse voorziening keert binnen een jaar terug naar de "
              "eigen school.",
              "Ouders van leerlingen met extra ondersteuning waarderen de samenwerking met de school gemiddeld met "
              "een 7,5 of hoger."]),
          P("""Hoe we deze resultaten meten en wie daarover rapporteert, is nog niet uitgewerkt: het regionale dashboard
             is in ontwikkeling en de indicatoren worden pas vastgesteld zodra de koppeling met de leerlingvolgsystemen
             werkt. We verwachten dat in de loop van 2027 te kunnen beschrijven.""")]
    b += [H1("10 Communicatie"), fill("communicatie_alg", c),
          P("""Ouders horen van de school welke ondersteuning hun kind kan krijgen. Daarom bevat de schoolgids van iedere
             school de twaalf afspraken van het Ondersteuningsfundament, en geeft de mentor bij het eerste
             oudergesprek in de brugklas de folder 'Wegwijs in ondersteuning' mee. Het verband organiseert twee keer per
             jaar een online informatieavond voor ouders over extra ondersteuning, lwoo, pro en vso, en de website heeft
             een ouderpagina met de routes en contactpersonen per school."""),
          P("""Soms lopen ouders vast of zijn ze het niet eens met de school. Zij kunnen dan kosteloos terecht bij het
             Ouder- en Jeugdsteunpunt Wijzer, dat onafhankelijk van scholen en verband werkt en ouders en leerlingen
             informeert, adviseert en zo nodig begeleidt naar een gesprek. Ouders kunnen ook de landelijke
             onderwijsconsulenten inschakelen. Klachten over het verband behandelt de landelijke klachtencommissie waar
             het verband bij is aangesloten."""),
          fill("opr_ouders", c)]
    b += [H1("11 Samenwerking met gemeenten"), fill("oogo", c), fill("huisvesting", c), fill("arbeidsmarkt", c),
          H1("12 Organisatie en governance"), fill("governance", c),
          H1("13 Personeel en privacy"), fill("personeel", c), fill("ict", c), fill("kennis", c)]
    b += [H1("14 Geld en middelen"),
          P("""Het verband ontvangt van DUO het ondersteuningsbudget voor lichte en zware ondersteuning. Na aftrek van de
             afdrachten voor het vso en de kosten van het bureau verdelen we de middelen langs drie lijnen. Iedere
             vestiging ontvangt een vaste voet en daarnaast een bedrag per leerling, gebaseerd op de telling van 1
             oktober van het voorgaande jaar. De bovenschoolse voorzieningen krijgen een budget per plaats. De
             arrangementen op niveau 2 die een school niet uit eigen middelen kan dragen, worden op aanvraag door de
             Commissie Toelaatbaarheid toegekend, tot maximaal het bedrag in tabel 14.1."""),
          TB([["Onderdeel", "Criterium", "Bedrag 2026"],
              ["Vaste voet", "per vestiging", "€ 25.000"],
              ["Schoolbudget", "per leerling (telling 1 oktober)", "€ 96"],
              ["Bovenschoolse plaats", "per plaats per jaar", "€ 14.500"],
              ["Arrangement niveau 2", "per leerling per jaar, op aanvraag", "max. € 6.000"],
              ["Terugkeerarrangement", "per leerling, eenmalig", "€ 3.500"]]),
          P("Tabel 14.1 Verdeelmodel. De meerjarenbegroting staat in tabel 14.2 (bedragen x € 1.000)."),
          TB([["Post", "2026", "2027", "2028", "2029"],
              ["Baten ondersteuningsbudget", "18.940", "18.620", "18.310", "18.050"],
              ["Afdracht vso (DUO)", "-8.210", "-8.150", "-8.090", "-8.020"],
              ["Schoolbudgetten en vaste voet", "-2.650", "-2.610", "-2.570", "-2.530"],
              ["Bovenschoolse voorzieningen", "-5.080", "-5.080", "-5.000", "-4.950"],
              ["Arrangementen en terugkeer", "-1.700", "-1.600", "-1.550", "-1.500"],
              ["Bureau en OPR", "-1.120", "-1.140", "-1.160", "-1.180"],
              ["Resultaat", "180", "40", "-60", "-130"]]),
          P("""Het weerstandsvermogen bedraagt eind 2025 8,1% van de baten; de ondergrens is 5%. Scholen leggen jaarlijks
             vóór 1 maart met een vast verantwoordingsformat verantwoording af over de besteding van het schoolbudget en
             de arrangementen.""")]
    b += [H1("15 Totstandkoming"), fill("planning", c), fill("oogo_proc", c)]
    b += [H1("Bijlage A Begrippenlijst"),
          TB([["Begrip", "Betekenis"],
              ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
              ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
              ["Kwaliteitszorg", "Het systematisch meten en verbeteren van de resultaten."],
              ["OJSP", "Ouder- en jeugdsteunpunt."],
              ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier onderwijs."],
              ["TLV", "Toelaatbaarheidsverklaring."]])]
    return dict(name="vo-brede-rivier-2026", ctx=c, blocks=b,
                header="SWV VO De Brede Rivier · Ondersteuningsplan 2026-2030")


# ---------------------------------------------------------------------------
# Plan B – small VO verband, docx. B pa (inhoud only in absent bijlage), P pa (no criteria: 'maatwerk'),
#          T mi, F pa (meerjarenbegroting p.m.), D pr, R mi, O pa (steunpunt only a website reference)
# ---------------------------------------------------------------------------
def plan_b():
    c = dict(wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)", naam="Samenwerkingsverband VO Noordkust", periode="2026-2030", code="VO 20-02",
             gemeenten="Zeehaven, Wierum-Noord en Dijkstede", n_besturen=4, n_scholen=6, n_llg="5.200",
             fte="3,1", opr_datum="26 maart 2026", vast_datum="2 april 2026", oogo_datum="10 februari 2026")
    b = []
    b += [("title", "Ondersteuningsplan Samenwerkingsverband VO Noordkust 2026-2030"),
          P("Versie 1.0 – na instemming OPR")]
    b += [("toc", ["Voorwoord", "1 Inleiding", "2 Ons verband", "3 Visie", "4 Basisondersteuning",
                   "5 Het ondersteuningsnetwerk", "6 Toewijzing vso, pro en lwoo", "7 Terugplaatsing en doorstroom",
                   "8 Financiën", "9 Ouders en leerlingen", "10 Kwaliteitszorg en resultaten",
                   "11 Organisatie", "12 Vaststelling", "Begrippenlijst"])]
    b += [H1("Voorwoord"), fill("voorwoord", c), H1("1 Inleiding"), fill("leeswijzer", c), fill("wettelijk", c), fill("landelijk", c), fill("terugblik", c),
          H1("2 Ons verband"), fill("regio", c), fill("huisvesting", c),
          H1("3 Visie"), fill("visie", c), fill("missie", c), fill("kansen", c)]
    b += [H1("4 Basisondersteuning"),
          P("""In ons verband geldt één basisniveau voor alle zes vestigingen. Iedere vestiging voldoet aan de
             Kwaliteitskaart Basisondersteuning die het algemeen bestuur op 14 november 2025 heeft vastgesteld; een school
             die minder biedt, voldoet niet aan de afspraken in het verband. Wat dat basisniveau concreet inhoudt voor
             uw kind — welke begeleiding, welke faciliteiten en welke deskundigen — staat op de kwaliteitskaart in
             bijlage 2 bij dit plan."""),
          P("""Of scholen het basisniveau waarmaken, bekijken we via een collegiale visitatie die iedere vestiging eens
             in de twee jaar krijgt van twee ondersteuningscoördinatoren van andere scholen. Het visitatierapport gaat naar
             het bestuur van de school en naar de directeur-bestuurder; bij tekortkomingen volgt een vervolgbezoek binnen
             zes maanden.""")]
    b += [H1("5 Het ondersteuningsnetwerk"),
          P("""Ons netwerk is klein en overzichtelijk. Binnen de scholen is er de basisondersteuning en, voor leerlingen
             die meer nodig hebben, een ondersteuningsarrangement dat de school zelf uitvoert: bijvoorbeeld een
             steunpunt in de school, een trajectklas of individuele begeleiding door een ambulant begeleider. Tussen de
             scholen is er de reboundvoorziening Noordkust (16 plaatsen) voor leerlingen die tijdelijk uit de klas
             moeten, en de tussenvoorziening 'Het Anker' voor leerlingen die vastlopen door angst of somberheid (12
             plaatsen). Het vso voor cluster 4 vinden leerlingen op De Haven in Zeehaven; voor cluster 3 zijn ze
             aangewezen op een vso-school buiten de regio, in Groningen-Oost. Praktijkonderwijs wordt gegeven op twee
             locaties."""),
          P("""Ieder jaar vóór 1 maart maken we een aanbodkaart: welke leerlingen hebben we het afgelopen jaar geen
             passende plek kunnen bieden, hoe lang wachtten leerlingen op een plaats, en welke vragen kwamen steeds
             terug. In 2025 bleek zo dat er geen aanbod was voor hoogbegaafde leerlingen met faalangst en voor leerlingen
             die na een opname geleidelijk willen terugkomen. Voor beide groepen is per 1 augustus 2026 een
             maatwerktraject ingericht. Elke leerling die langer dan vier weken niet naar school gaat, wordt besproken in
             het maandelijkse thuiszittersoverleg met leerplicht, de jeugdarts en de betrokken school; binnen twee weken
             ligt er een plan met een eigenaar. Komen besturen er samen niet uit wie een leerling een plek biedt, dan
             beslist de directeur-bestuurder. Zo maken we de gezamenlijke zorgplicht concreet en willen we dat iedere
             thuiszitter weer terug naar school kan."""),
          fill("oogo", c)]
    b += [H1("6 Toewijzing vso, pro en lwoo"),
          P("""De school van inschrijving dient de aanvraag voor een toelaatbaarheidsverklaring, voor praktijkonderwijs
             of voor lwoo in bij de Toewijzingscommissie van het verband. Het aanvraagformulier wordt door ouders
             medeondertekend en bevat het ontwikkelingsperspectief, het onderwijskundig rapport en, voor pro en lwoo, de
             testgegevens. De commissie bestaat uit de directeur-bestuurder, een orthopedagoog en een jeugdarts; de
             orthopedagoog en de jeugdarts brengen elk een eigen deskundigenadvies uit. De commissie besluit binnen 30
             werkdagen en stuurt ouders een afschrift van de adviezen."""),
          P("""De commissie weegt iedere aanvraag afzonderlijk. Vaste toelatingscriteria hanteren we bewust niet, omdat
             in een kleine regio maatwerk voorop staat en iedere situatie anders is. Ouders die het niet eens zijn met
             het besluit, kunnen binnen zes weken bezwaar maken; het bestuur vraagt dan advies aan de Landelijke
             Bezwaaradviescommissie.""")]
    b += [H1("7 Terugplaatsing en doorstroom"),
          P("""Dit onderwerp hangt nauw samen met de afspraken die de vso-school De Haven maakt met de regio. Het gesprek
             daarover voeren we in het najaar van 2026; tot die tijd volgen we de praktijk van de afgelopen jaren.
             Terugkoppeling over de uitkomsten geven we aan de OPR.""")]
    b += [H1("8 Financiën"),
          P("""De middelen voor lichte ondersteuning gaan voor 85% rechtstreeks naar de vier schoolbesturen, naar rato van
             het aantal leerlingen op de teldatum van 1 oktober. De resterende 15% blijft bij het verband en wordt
             ingezet voor de reboundvoorziening, Het Anker en de maatwerktrajecten. De middelen voor zware ondersteuning
             gaan na aftrek van de afdrachten voor vso naar de tussenvoorzieningen, op basis van het aantal geplaatste
             leerlingen. Besturen leggen jaarlijks in een vast format verantwoording af over de inzet van hun deel."""),
          TB([["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
              ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Lasten schoolbesturen", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Lasten voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
          P("""De definitieve meerjarenbegroting volgt na vaststelling van de jaarrekening 2025 en wordt dan als
             addendum aan dit plan toegevoegd.""")]
    b += [H1("9 Ouders en leerlingen"),
          P("""Iedere school organiseert in oktober een informatieavond waar de ondersteuningscoördinator uitlegt welke
             ondersteuning de school biedt en hoe een arrangement wordt aangevraagd. Het verband geeft de folder 'Extra
             steun op school' uit, die bij de aanmelding in het voortgezet onderwijs aan alle ouders wordt meegegeven, en
             het schoolondersteuningsprofiel staat op de website van iedere school."""),
          P("""Voor onafhankelijk advies en voor hulp bij een meningsverschil met school verwijzen wij naar
             www.swvnoordkust.nl/ouders."""),
          fill("opr_ouders", c)]
    b += [H1("10 Kwaliteitszorg en resultaten"),
          P("""Kwaliteitszorg krijgt in de komende periode een vaste plek in de jaarcyclus van het verband. Hoe we dat
             precies inrichten, is nader uit te werken in het jaarplan 2026-2027. De resultaten van de
             tevredenheidspeiling onder de medewerkers van het bureau waren in 2025 goed.""")]
    b += [H1("11 Organisatie"), fill("governance", c), fill("personeel", c), fill("ict", c), fill("kennis", c),
          fill("communicatie_alg", c), fill("arbeidsmarkt", c), fill("nt2", c),
          H1("12 Vaststelling"), fill("planning", c), fill("oogo_proc", c), fill("slot", c)]
    b += [H1("Begrippenlijst"),
          TB([["Begrip", "Uitleg"],
              ["Terugplaatsing", "De overstap van een leerling uit het vso terug naar een reguliere school, na afloop "
                                 "van de toelaatbaarheidsverklaring."],
              ["Onderwijsconsulent", "Landelijke, onafhankelijke adviseur voor ouders."],
              ["Resultaten", "Wat het verband met de ondersteuning bereikt, gemeten aan de doelen."],
              ["Kwaliteitskaart", "Overzicht van de basisondersteuning (bijlage 2)."]])]
    return dict(name="vo-noordkust-2026", ctx=c, blocks=b,
                header="SWV VO Noordkust | Ondersteuningsplan 2026-2030 | terugplaatsing · kwaliteit · resultaten")


# ---------------------------------------------------------------------------
# Plan C – medium VO verband, pdf, 'op hoofdlijnen'. B pr, P mi (handboek reference), T pa (procedure deferred),
#          F mi (separate financieel kader), D pr (continuum only in table), R pr, O pr (unusual wording)
# ---------------------------------------------------------------------------
def plan_c():
    c = dict(wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)", naam="Stichting Samenwerkingsverband VO Eemvallei-Noord", periode="2026-2030", code="VO 26-08",
             gemeenten="Eemdorp, Hoogland-Noord, Baarnveld en Soestermeer", n_besturen=7, n_scholen=14,
             n_llg="11.800", fte="5,6", opr_datum="19 maart 2026", vast_datum="25 maart 2026",
             oogo_datum="17 februari 2026")
    b = []
    b += [("title", "Samen sterk voor elke leerling – Ondersteuningsplan op hoofdlijnen 2026-2030"),
          P("Stichting Samenwerkingsverband VO Eemvallei-Noord")]
    b += [("toc", ["1 Woord vooraf", "2 Waar we staan", "3 Waar we voor gaan", "4 Wat elke school in huis heeft",
                   "5 Van licht naar zwaar: het aanbod in de regio", "6 Toewijzing van speciale plekken",
                   "7 Terug naar regulier", "8 Wat we willen bereiken en hoe we dat volgen", "9 Samen met thuis",
                   "10 Partners", "11 Organisatie en medezeggenschap", "12 Financiën", "13 Tot slot",
                   "Afkortingen"])]
    b += [H1("1 Woord vooraf"), fill("voorwoord", c), fill("leeswijzer", c), fill("wettelijk", c), fill("landelijk", c),
          H1("2 Waar we staan"), fill("regio", c), fill("terugblik", c),
          H1("3 Waar we voor gaan"), fill("visie", c), fill("missie", c)]
    b += [H1("4 Wat elke school in huis heeft"),
          P("""Ouders vragen ons vaak: wat kan ik van iedere school verwachten? Het antwoord staat hieronder. Deze
             afspraken gelden voor alle veertien vestigingen zonder uitzondering en vormen samen de ondergrens van de
             ondersteuning in Eemvallei-Noord. Een leerling hoeft hiervoor niets aan te vragen."""),
          BL(["Een mentor die getraind is in het voeren van gesprekken met leerlingen en ouders.",
              "Een ondersteuningscoördinator met minimaal 0,4 fte per vestiging, die ook het aanspreekpunt voor ouders is.",
              "Faciliteiten bij dyslexie en dyscalculie volgens het gezamenlijke protocol.",
              "Een training faalangst en een training sociale vaardigheden, minimaal eens per jaar.",
              "Een opvangruimte waar een leerling met begeleiding kan afkoelen of tot rust komen.",
              "Begeleiding bij plannen en organiseren (executieve functies) door een vaste coach.",
              "Een protocol voor medische handelingen en voor leerlingen met een chronische ziekte.",
              "Een vast moment per jaar waarop het ondersteuningsteam met de jeugdarts en het "
              "schoolmaatschappelijk werk de leerlingen bespreekt."])]
    b += [H1("5 Van licht naar zwaar: het aanbod in de regio"),
          P("""Het overzicht hieronder laat zien welke ondersteuning er in de regio is, van licht tot zwaar."""),
          TB([["Voorziening", "Voor wie", "Waar"],
              ["Basisondersteuning", "alle leerlingen", "op elke vestiging (hoofdstuk 4)"],
              ["Ondersteuningsarrangement in de school", "leerlingen die meer nodig hebben dan de basis",
               "eigen school, uitgevoerd door eigen personeel"],
              ["Trajectvoorziening", "leerlingen die tijdelijk (deels) buiten de klas begeleiding nodig hebben",
               "op vijf vestigingen"],
              ["OPDC Het Kompas", "leerlingen vmbo met een combinatie van leer- en gedragsvragen", "Eemdorp"],
              ["Rebound De Brug", "leerlingen na een time-out of schorsing, maximaal 12 weken", "Baarnveld"],
              ["Praktijkonderwijs", "leerlingen met een pro-verklaring", "twee scholen"],
              ["Voortgezet speciaal onderwijs", "leerlingen met een TLV, cluster 3 en 4", "drie scholen"]]),
          P("""Jaarlijks op 1 februari maken we een analyse van de leerlingen voor wie geen passende plek beschikbaar was
             of die op een wachtlijst stonden. Die analyse bespreken we met de besturen, en bij een tekort aan plaatsen
             spreken we binnen drie maanden af welk bestuur extra aanbod organiseert. Leerlingen die niet naar school gaan,
             worden binnen twee weken besproken in het thuiszittersoverleg met leerplicht en jeugdhulp; er is altijd één
             regisseur. Als besturen het oneens blijven, heeft de directeur-bestuurder doorzettingsmacht om een plek
             toe te wijzen.""")]
    b += [H1("6 Toewijzing van speciale plekken"),
          P("""Hoe scholen een toelaatbaarheidsverklaring aanvragen en welke criteria het loket hanteert, is beschreven
             in het Handboek Toewijzing (bijlage 5). Het handboek wordt in de loop van het schooljaar 2026-2027
             geactualiseerd, zodat het aansluit op de nieuwe werkwijze van het loket. Tot die tijd blijft de huidige
             versie van kracht.""")]
    b += [H1("7 Terug naar regulier"),
          P("""Geen leerling blijft langer in het vso dan nodig. Terugkeer naar het regulier onderwijs is voor ons het
             uitgangspunt zodra het ontwikkelingsperspectief dat toelaat, en de leerling gaat bij voorkeur naar een
             school dicht bij huis. Een vso-leerling die terugkeert, krijgt in het eerste jaar op de ontvangende school
             een vaste terugkeercoach en kan terugvallen op de ambulante begeleiding van de vso-school. Overplaatsing naar
             een andere vso-school kan alleen als de ondersteuningsbehoefte daarom vraagt."""),
          P("""De precieze stappen — wie het initiatief neemt, wanneer het gesprek plaatsvindt en wie het besluit
             neemt — werken we samen met de vso-scholen uit in een protocol dat medio 2027 gereed moet zijn.""")]
    b += [H1("8 Wat we willen bereiken en hoe we dat volgen"),
          P("""Voor leerlingen die extra ondersteuning nodig hebben, willen we in deze planperiode het volgende bereiken:
             in 2030 staat geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod; 90% van de
             leerlingen in de trajectvoorzieningen zit binnen een schooljaar weer volledig in de eigen klas; het aantal
             leerlingen dat in het eerste jaar van het vso uitvalt, halveert ten opzichte van 2025 (toen 14); en
             leerlingen met een ontwikkelingsperspectief halen in 85% van de gevallen het uitstroomniveau dat in dat
             perspectief staat."""),
          P("""We volgen dit met een dashboard dat het bureau twee keer per jaar vult met gegevens van de scholen, de
             thuiszittersregistratie en de vso-scholen. Het bestuur bespreekt het dashboard in februari en september;
             de OPR ontvangt het ook. Eén keer per jaar voeren we met een leerlingenpanel een gesprek over de
             uitkomsten, en in het jaarverslag rapporteren we per doel wat is bereikt en welke bijsturing nodig is.
             Halverwege de planperiode, in 2028, laten we een externe evaluatie uitvoeren.""")]
    b += [H1("9 Samen met thuis"),
          P("""Goede ondersteuning begint bij een goed gesprek tussen school en thuis. Iedere school beschrijft in de
             schoolgids welke ondersteuning zij biedt, en de ondersteuningscoördinator is voor ouders het vaste
             aanspreekpunt. Het verband stuurt twee keer per jaar de 'Thuisbrief' aan alle ouders van brugklassers, houdt
             iedere eerste woensdag van de maand een inloopspreekuur in de bibliotheek van Eemdorp, en heeft op de website
             filmpjes over de weg naar extra ondersteuning."""),
          P("""Soms is het fijn als iemand onafhankelijk meedenkt. Dat kan bij het Ouder- en Jeugdsteunpunt
             Eemvallei: gratis, vertrouwelijk en los van school en verband. Het steunpunt is telefonisch bereikbaar,
             helpt ouders en leerlingen een gesprek met school voor te bereiden en gaat desgewenst mee. Ook de
             onderwijsconsulenten en de landelijke geschillencommissie passend onderwijs staan voor ouders open."""),
          P("""Leerlingen hebben bovendien het recht om gehoord te worden over hun ontwikkelingsperspectief; de
             scholen leggen vast hoe ze dat doen."""),
          fill("opr_ouders", c)]
    b += [H1("10 Partners"), fill("oogo", c), fill("arbeidsmarkt", c), fill("nt2", c),
          H1("11 Organisatie en medezeggenschap"), fill("governance", c), fill("personeel", c), fill("ict", c),
          fill("kennis", c), fill("communicatie_alg", c)]
    b += [H1("12 Financiën"),
          P("""De begroting en de verdeling van de ondersteuningsmiddelen maken geen deel uit van dit plan op
             hoofdlijnen. Ze staan in het Financieel Kader, dat het bestuur ieder jaar afzonderlijk vaststelt en dat op de
             website wordt gepubliceerd.""")]
    b += [H1("13 Tot slot"), fill("planning", c), fill("oogo_proc", c),
          H1("Afkortingen"),
          TB([["Afkorting", "Betekenis"], ["LWOO", "leerwegondersteunend onderwijs"],
              ["OPDC", "orthopedagogisch-didactisch centrum"], ["OPR", "ondersteuningsplanraad"],
              ["PrO", "praktijkonderwijs"], ["TLV", "toelaatbaarheidsverklaring (criteria: zie Handboek Toewijzing)"],
              ["MJB", "meerjarenbegroting"], ["VSO", "voortgezet speciaal onderwijs"]])]
    return dict(name="vo-eemvallei-noord-2026", ctx=c, blocks=b,
                header="Ondersteuningsplan op hoofdlijnen 2026-2030 – financiën, toewijzing en resultaten")


# ---------------------------------------------------------------------------
# Plan D – PO verband, pdf. B mi (glossary/TOC only, deferral), P pr, T pr, F pr, D pa (continuum deferred),
#          R pa (doelen deferred), O pa (informatie deferred, steunpunt in 'Klachten en geschillen')
# ---------------------------------------------------------------------------
def plan_d():
    c = dict(wet="artikel 18a van de Wet op het primair onderwijs", naam="Samenwerkingsverband Passend Primair Onderwijs De Kempenweide", periode="2026-2030",
             code="PO 30-09", gemeenten="Heiloo-Kempen, Bergenhout, Veldrijk en Zandvoort-Oost", n_besturen=9,
             n_scholen=71, n_llg="13.600", fte="7,0", opr_datum="1 april 2026", vast_datum="8 april 2026",
             oogo_datum="4 maart 2026")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030 – Samenwerkingsverband PPO De Kempenweide (PO 30-09)")]
    b += [("toc", ["1 Voorwoord", "2 Inleiding", "3 Onze regio", "4 Visie", "5 Basisondersteuning",
                   "6 Toelaatbaarheid sbo en so", "7 Terug naar de basisschool", "8 Geen kind tussen wal en schip",
                   "9 Resultaten en kwaliteitszorg", "10 Samenwerking met gemeenten en jeugdhulp",
                   "11 Klachten en geschillen", "12 Organisatie", "13 Financieel beleid", "14 Vaststelling",
                   "Bijlage 1 Begrippenlijst"])]
    b += [H1("1 Voorwoord"),
          P(FILLER["voorwoord"].format(**c).replace("voortgezet onderwijs", "primair onderwijs")),
          H1("2 Inleiding"), fill("leeswijzer", c), fill("wettelijk", c), fill("landelijk", c), fill("terugblik", c),
          H1("3 Onze regio"), fill("regio_po", c),
          P("""Alle basisscholen in de regio hebben van de Inspectie het oordeel voldoende of goed gekregen en voldoen
             daarmee aan de basiskwaliteit. In de regio staan twee scholen voor speciaal basisonderwijs en drie
             so-scholen."""),
          H1("4 Visie"), P(FILLER["visie"].format(**c).replace("iedere jongere", "ieder kind")), fill("missie", c)]
    b += [H1("5 Basisondersteuning"),
          P("""Op het moment van schrijven is de landelijke norm voor basisondersteuning nog niet wettelijk verankerd.
             Het verband stelt een eigen beschrijving van de basisondersteuning opnieuw vast zodra die norm er is. Tot dat
             moment verwijzen we naar de schoolondersteuningsprofielen van de afzonderlijke basisscholen, die op hun eigen
             websites staan.""")]
    b += [H1("6 Toelaatbaarheid sbo en so"),
          P("""Het bevoegd gezag van de basisschool vraagt de toelaatbaarheidsverklaring aan bij het Expertiseloket van
             het verband, nadat in een groeidocumentgesprek met ouders, leerkracht, intern begeleider en de
             onderwijsadviseur van het verband is vastgesteld dat de basisschool handelingsverlegen is. Het loket toetst
             de aanvraag op volledigheid binnen vijf werkdagen. Twee deskundigen geven ieder een schriftelijk advies: een
             orthopedagoog of gz-psycholoog, en een tweede deskundige die past bij de vraag (jeugdarts,
             maatschappelijk werker of kinderpsychiater). De Commissie van Toelaatbaarheid besluit binnen vier weken na
             een volledige aanvraag en stuurt ouders een afschrift van beide adviezen."""),
          P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als het groeidocument laat zien dat de
             basisschool ten minste twee periodes van zes maanden gericht extra ondersteuning heeft geboden zonder
             voldoende resultaat, én de leerling een ontwikkelingsvoorsprong of -achterstand of gedragsproblematiek heeft
             waarvoor een kleinere groep met specialistische begeleiding nodig is. Toelaatbaar tot het speciaal onderwijs
             cluster 3 is een leerling met een verstandelijke beperking (IQ lager dan 70), een lichamelijke beperking of
             een langdurige ziekte, die voortdurende specialistische zorg in de klas vraagt; cluster 4 is bedoeld voor
             leerlingen met ernstige gedrags- of psychiatrische problematiek waarbij behandeling en onderwijs moeten
             samengaan."""),
          P("""Een TLV geldt in de regel tot 1 augustus van het schooljaar waarin de leerling twaalf jaar wordt, met
             een tussentijdse evaluatie na twee jaar. Voor het so stelt de commissie de bekostigingscategorie vast: laag,
             midden (lichamelijk gehandicapt, langdurig ziek) of hoog (meervoudig gehandicapt). Tegen een besluit kunnen
             ouders en school binnen zes weken bezwaar maken; het verband legt het bezwaar voor advies voor aan de
             Landelijke Bezwaaradviescommissie TLV.""")]
    b += [H1("7 Terug naar de basisschool"),
          P("""Wij vinden dat een kind zo thuisnabij mogelijk naar school hoort te gaan. Daarom kijken sbo- en so-school
             bij iedere evaluatie van het ontwikkelingsperspectief, minimaal één keer per jaar, of terugplaatsing naar de
             basisschool mogelijk is. Voorwaarde is dat de ontvangende basisschool kan bieden wat in het perspectief
             staat. Na terugplaatsing krijgt de basisschool een terugplaatsingsarrangement van één jaar, met begeleiding
             door een leerkracht van de sbo- of so-school."""),
          BL(["Stap 1: de sbo- of so-school signaleert bij de jaarlijkse evaluatie dat terugplaatsing haalbaar is en "
              "bespreekt dit met ouders.",
              "Stap 2: de onderwijsadviseur van het verband zoekt met ouders een passende basisschool.",
              "Stap 3: in een overdrachtsgesprek spreken beide scholen af hoe de overgang verloopt; eventueel volgt "
              "een proefplaatsing van zes weken.",
              "Stap 4: de Commissie van Toelaatbaarheid beëindigt de TLV per de datum van inschrijving op de "
              "basisschool.",
              "Stap 5: na drie en twaalf maanden evalueren de scholen de terugplaatsing met ouders."]),
          P("""In het laatste jaar van een so-TLV start deze route uiterlijk op 1 maart, zodat vóór 1 juni duidelijk
             is of een nieuwe TLV wordt aangevraagd of de leerling teruggaat.""")]
    b += [H1("8 Geen kind tussen wal en schip"),
          P("""Een overzicht van het samenhangende aanbod in de regio — van ondersteuning in de groep tot speciaal
             onderwijs — werken we in 2026 uit in een 'Aanbodkaart PO'. Wel hebben we al scherpe afspraken over kinderen
             die buiten de boot dreigen te vallen. Iedere basisschool meldt een leerling die langer dan twee weken niet
             naar school gaat bij de onderwijsadviseur van het verband en bij leerplicht. Binnen vijf werkdagen is er een
             overleg met ouders, school, leerplicht en zo nodig het wijkteam; daar wordt één regisseur aangewezen. Lukt het
             niet om binnen zes weken een passende plek te vinden, dan beslist de directeur-bestuurder welk bestuur de
             leerling plaatst. Elk kwartaal bekijken we de wachtlijsten van de sbo- en so-scholen en de lijst van
             thuiszitters; bij structurele knelpunten stelt het bestuur binnen drie maanden een plan van aanpak vast.""")]
    b += [H1("9 Resultaten en kwaliteitszorg"),
          P("""De beoogde resultaten voor deze planperiode formuleren de besturen gezamenlijk in het eerste jaarplan,
             dat in het najaar van 2026 verschijnt."""),
          P("""Wat we wél vastleggen, is hoe we volgen en verantwoorden. Het bureau stelt ieder kwartaal een
             monitor op met het aantal aanvragen en TLV's per school, het deelnamepercentage sbo en so, het aantal
             terugplaatsingen, wachttijden en thuiszitters. De monitor gaat naar het bestuur en de OPR. Eén keer per jaar
             bespreken we met iedere schoolbestuurder de cijfers van zijn scholen, en in het jaarverslag rapporteren we
             over alle indicatoren. In 2024-2025 was het deelnamepercentage sbo 1,9% en so 1,4%; er waren 23
             terugplaatsingen.""")]
    b += [H1("10 Samenwerking met gemeenten en jeugdhulp"), fill("oogo", c), fill("huisvesting", c)]
    b += [H1("11 Klachten en geschillen"),
          P("""Ouders die er met de school niet uitkomen, kunnen gratis en vertrouwelijk terecht bij het Steunpunt
             Ouders De Kempenweide. Het steunpunt werkt onafhankelijk van scholen en verband, luistert, legt uit welke
             mogelijkheden er zijn en kan bemiddelen in een gesprek. Daarnaast kunnen ouders een beroep doen op de
             landelijke onderwijsconsulenten en op de Geschillencommissie passend onderwijs bij geschillen over toelating,
             verwijdering of het ontwikkelingsperspectief. Klachten over het verband zelf gaan naar de landelijke
             klachtencommissie."""),
          P("""Hoe we ouders voorlichten over het ondersteuningsaanbod van scholen en verband, wordt beschreven in het
             communicatieplan dat in 2026 verschijnt.""")]
    b += [H1("12 Organisatie"), fill("governance", c), fill("opr_ouders", c),
          P(FILLER["personeel"].format(**c).replace("cao voortgezet onderwijs", "cao primair onderwijs")),
          fill("ict", c),
          P(FILLER["kennis"].format(**c).replace("ondersteuningscoördinatoren, voor mentoren en voor teamleiders",
                                                 "intern begeleiders, voor bouwcoördinatoren en voor directeuren")), fill("personeel_scholen", c)]
    b += [H1("13 Financieel beleid"),
          P("""Het verband hanteert een schoolmodel: het grootste deel van de ondersteuningsmiddelen gaat naar de
             schoolbesturen. Ieder bestuur ontvangt € 175 per leerling op basis van de teldatum 1 februari van het
             voorgaande jaar. De afdrachten aan de sbo- en so-scholen en de groeibekostiging op de peildatum 1 februari
             worden vooraf ingehouden. Het verband houdt een budget aan voor het Expertiseloket, de onderwijsadviseurs,
             de terugplaatsingsarrangementen (€ 4.000 per leerling) en een calamiteitenfonds waarop besturen een beroep
             kunnen doen bij onverwacht hoge kosten."""),
          TB([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
              ["Baten rijk", "12.480", "12.320", "12.150", "11.990"],
              ["Afdracht sbo/so (DUO)", "-6.020", "-5.980", "-5.940", "-5.900"],
              ["Middelen naar besturen", "-2.380", "-2.350", "-2.320", "-2.290"],
              ["Expertiseloket en adviseurs", "-2.450", "-2.450", "-2.400", "-2.400"],
              ["Terugplaatsing en calamiteiten", "-480", "-480", "-460", "-460"],
              ["Bureau, OPR, governance", "-1.170", "-1.180", "-1.190", "-1.200"],
              ["Saldo", "-20", "-120", "-160", "-260"]]),
          P("""De negatieve saldi zijn bewust: de algemene reserve bedraagt € 2,1 miljoen en ligt boven de
             signaleringswaarde. Met deze begroting bouwen we de reserve af tot het niveau van het weerstandsvermogen dat
             het bestuur nodig acht (5% van de baten).""")]
    b += [H1("14 Vaststelling"), fill("planning", c), fill("oogo_proc", c)]
    b += [H1("Bijlage 1 Begrippenlijst"),
          TB([["Begrip", "Betekenis"],
              ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle "
                                     "scholen binnen het samenwerkingsverband minimaal bieden, zoals een "
                                     "dyslexieprotocol, een aanbod voor sociaal-emotionele ontwikkeling en "
                                     "handelingsgericht werken."],
              ["Dekkend aanbod", "Samenhangend geheel van voorzieningen in de regio."],
              ["Ouderinformatie", "Informatie voor ouders via website, schoolgids en informatieavonden."],
              ["SBO", "Speciaal basisonderwijs."], ["SO", "Speciaal onderwijs."],
              ["TLV", "Toelaatbaarheidsverklaring."]])]
    return dict(name="po-kempenweide-2026", ctx=c, blocks=b,
                header="SWV PPO De Kempenweide – Ondersteuningsplan 2026-2030")


# ---------------------------------------------------------------------------
# Plan E – large VO verband, Markdown. B pa (only borging), P pa (procedure deferred; criteria present),
#          T pa (procedure present; beleid deferred), F pa (verdeling deferred; begroting present),
#          D mi, R pr, O mi
# ---------------------------------------------------------------------------
def plan_e():
    c = dict(wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)", naam="Samenwerkingsverband Voortgezet Onderwijs Veenlanden", periode="2026-2030", code="VO 22-05",
             gemeenten="Veenhuizen-Zuid, Turfstede, Oude Wijk, Moerdal en Drentheveld", n_besturen=14,
             n_scholen=31, n_llg="26.900", fte="12,2", opr_datum="2 april 2026", vast_datum="9 april 2026",
             oogo_datum="12 maart 2026")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Veenlanden")]
    b += [("toc", ["1 Voorwoord", "2 Leeswijzer", "3 Terugblik", "4 De regio", "5 Visie en missie",
                   "6 Basisondersteuning", "7 Dekkend netwerk en thuiszitters", "8 Toelaatbaarheid vso, pro en lwoo",
                   "9 Terugplaatsing", "10 Resultaten", "11 Ouders en leerlingen", "12 Organisatie",
                   "13 Financiën", "14 Vaststelling", "Begrippen"])]
    b += [H1("1 Voorwoord"), fill("voorwoord", c),
          P("""Veenlanden is een groot verband met veel besturen, en dat maakt het schrijven van één gezamenlijk plan
             niet eenvoudig. Iedere bestuurder brengt eigen ervaringen en prioriteiten mee, en niet over elk onderwerp
             waren we het vanaf het begin eens. Juist daarom zijn we trots dat dit plan er ligt. Het is een plan van
             alle besturen samen, geschreven in de overtuiging dat we elkaar nodig hebben. Ik wens iedereen die ermee aan
             de slag gaat veel inspiratie en wijsheid toe."""),
          H2("Ondertekening"), P("De directeur-bestuurder, namens het bestuur van het verband."),
          H1("2 Leeswijzer"), fill("leeswijzer", c), fill("wettelijk", c), fill("landelijk", c),
          H1("3 Terugblik"), fill("terugblik", c), H1("4 De regio"), fill("regio", c),
          P("""De tabel hieronder geeft het aantal leerlingen per schoolsoort op de teldatum van 1 oktober. Opvallend is
             de verschuiving van de gemengde en theoretische leerweg naar de havo, die zich al enkele jaren voordoet.
             In de kleinere kernen daalt het aantal brugklassers sneller dan in de steden. Drie besturen hebben daarom
             afspraken gemaakt over het gezamenlijk aanbieden van kleine profielen in de bovenbouw van het vmbo. Voor
             de scholen betekent de krimp dat formatie en huisvesting onder druk staan; voor het bureau dat de
             leerlingaantallen zorgvuldig worden gevolgd, omdat ze de basis vormen voor veel afspraken met de
             besturen en gemeenten."""),
          TB([["Schoolsoort", "2023", "2024", "2025"],
              ["Vmbo basis/kader", "5.210", "5.120", "5.040"],
              ["Vmbo gemengd/theoretisch", "6.340", "6.180", "6.020"],
              ["Havo", "7.020", "7.210", "7.390"],
              ["Vwo", "7.450", "7.480", "7.510"],
              ["Totaal regulier", "26.020", "25.990", "25.960"]]),
          H1("5 Visie en missie"), fill("visie", c), fill("missie", c), fill("kansen", c)]
    b += [H1("6 Basisondersteuning"),
          P("""In Veenlanden bepaalt iedere school zelf welke basisondersteuning zij biedt en beschrijft dat in de
             schoolgids; het verband schrijft geen gezamenlijk minimum voor. Wel toetst het bureau ieder jaar in
             september of de schoolgids van elke vestiging een volledige beschrijving van de basisondersteuning bevat.
             Ontbreekt die, dan spreekt de directeur-bestuurder het bevoegd gezag daarop aan en volgt binnen acht weken
             een herziene schoolgids.""")]
    b += [H1("7 Dekkend netwerk en thuiszitters"),
          P("""Dit hoofdstuk wordt aangevuld na afronding van de gesprekken met de gemeenten in het najaar van
             2026.""")]
    b += [H1("8 Toelaatbaarheid vso, pro en lwoo"),
          P("""De aanvraagprocedure voor toelaatbaarheidsverklaringen wordt in het voorjaar van 2026 vernieuwd en
             daarna als werkinstructie voor de scholen gepubliceerd. De criteria liggen wel vast:"""),
          TB([["Voorziening", "Toelaatbaar als …"],
              ["VSO cluster 4", "de leerling ernstige gedrags- of psychiatrische problemen heeft, de reguliere school "
                                "aantoonbaar een jaar lang een arrangement heeft geboden zonder voldoende effect, en "
                                "onderwijs en behandeling gecombineerd nodig zijn"],
              ["VSO cluster 3", "de leerling een IQ onder 70, een lichamelijke beperking of een langdurige ziekte "
                                "heeft die dagelijkse specialistische begeleiding vraagt"],
              ["Praktijkonderwijs", "IQ 55–80 en leerachterstand van minimaal drie jaar op ten minste twee van de "
                                    "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spelling"],
              ["Lwoo", "IQ 75–90 en een leerachterstand van 1,5 tot 3 jaar op twee domeinen, of IQ 91–120 met "
                       "achterstand én sociaal-emotionele problematiek"]]),
          P("""Een TLV vso wordt in principe afgegeven voor twee schooljaren in bekostigingscategorie laag; voor
             leerlingen met een meervoudige beperking geldt categorie hoog en een looptijd tot het einde van de
             schoolloopbaan.""")]
    b += [H1("9 Terugplaatsing"),
          P("""Over de uitgangspunten van ons terugplaatsingsbeleid voeren we in 2026 het gesprek met de besturen van
             de vso-scholen; tot die tijd is er geen apart beleid. De procedure zelf ligt wel vast:"""),
          BL(["Uiterlijk op 1 februari van het laatste TLV-jaar nodigt de vso-school de leerling, de mentor en een "
              "ondersteuningscoördinator van een mogelijke ontvangende school uit voor een evaluatiegesprek.",
              "De vso-school stuurt binnen twee weken een advies naar het Toewijzingsteam van het verband: "
              "terugplaatsing, overplaatsing of verlenging.",
              "Het Toewijzingsteam besluit vóór 1 april; bij verlenging vraagt de vso-school een nieuwe TLV aan.",
              "Bij terugplaatsing schrijft de ontvangende school de leerling per 1 augustus in; de TLV eindigt "
              "op 31 juli.",
              "Na drie maanden evalueren de vso-school en de ontvangende school de overstap."])]
    b += [H1("10 Resultaten"),
          P("""Beoogde resultaten voor leerlingen met een extra ondersteuningsbehoefte in de periode 2026-2030:"""),
          TB([["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
              ["Leerlingen met OPP die het verwachte uitstroomniveau halen", "78%", "88%"],
              ["Deelnamepercentage vso", "4,1%", "3,6%"],
              ["Voortijdig schoolverlaters onder vso- en pro-leerlingen", "6,2%", "4,0%"],
              ["Leerlingen die binnen het eerste jaar na terugplaatsing weer uitvallen", "21%", "10%"]]),
          P("""De scholen leveren ieder jaar per 1 oktober de gegevens aan via de regionale monitor; het bureau
             combineert die met DUO-gegevens over uitstroom en verzuim. De directeur-bestuurder rapporteert twee keer per
             jaar aan het bestuur en de OPR. In het jaarverslag staan per doel de bereikte waarden en een toelichting;
             bij een afwijking van meer dan vijf procentpunt stelt het bestuur een verbeteraanpak vast.""")]
    b += [H1("11 Ouders en leerlingen"), P("p.m.")]
    b += [H1("12 Organisatie"), fill("governance", c), fill("opr_neutraal", c), fill("personeel", c), fill("ict", c),
          fill("kennis", c), fill("personeel_scholen", c), fill("inkoop", c), fill("bestuurlijk", c), fill("jaarcyclus", c), fill("risico", c)]
    b += [H1("13 Financiën"),
          P("""De verdeling van de middelen over de schoolbesturen wordt herzien. Het nieuwe verdeelmodel stellen we in
             de loop van 2026 vast; tot die tijd geldt de verdeling van het schooljaar 2025-2026 voort. De
             meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"""),
          TB([["Post", "2026", "2027", "2028", "2029"],
              ["Baten ondersteuningsbekostiging", "24.310", "24.020", "23.760", "23.500"],
              ["Afdrachten vso en pro", "-13.900", "-13.850", "-13.800", "-13.760"],
              ["Middelen naar schoolbesturen", "-8.100", "-8.000", "-7.900", "-7.800"],
              ["Toewijzingsteam en monitor", "-760", "-770", "-780", "-790"],
              ["Bureau en OPR", "-1.450", "-1.470", "-1.490", "-1.510"],
              ["Saldo", "100", "-70", "-210", "-360"]]),
          P("""Het weerstandsvermogen is eind 2025 € 3,4 miljoen. Het bestuur heeft bepaald dat het verband maximaal 6%
             van de baten aanhoudt; het bedrag daarboven wordt in de planperiode afgebouwd, zoals de tekorten in de
             meerjarenbegroting laten zien.""")]
    b += [H1("14 Vaststelling"), fill("planning", c), fill("oogo_proc", c), fill("slot", c)]
    b += [H1("Begrippen"),
          TB([["Begrip", "Uitleg"],
              ["Dekkend netwerk", "Een samenhangend aanbod van voorzieningen waardoor elke leerling een passende plek "
                                  "heeft; thuiszitters worden zo voorkomen."],
              ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en leerlingen terecht kunnen "
                       "met vragen en bij meningsverschillen."],
              ["Basisondersteuning", "Het niveau van ondersteuning dat elke school minimaal biedt."],
              ["Verdeelmodel", "De manier waarop middelen over besturen worden verdeeld."]])]
    return dict(name="vo-veenlanden-2026", ctx=c, blocks=b, header=None)


# ---------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of one VO school (HTML)
# ---------------------------------------------------------------------------
def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026 – Scholengemeenschap De Linde, locatie havo/vwo"),
         ("toc", ["1 Inleiding", "2 Onze ondersteuningsstructuur", "3 Basisondersteuning op De Linde",
                  "4 Extra ondersteuning en arrangementen", "5 Lwoo, vso en toelaatbaarheid",
                  "6 Ouders", "7 Middelen", "8 Evaluatie en resultaten"]),
         H1("1 Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe De Linde, locatie havo/vwo, de ondersteuning van leerlingen in het
            schooljaar 2025-2026 organiseert. Het plan is opgesteld door het zorgteam en besproken met de
            medezeggenschapsraad. De school is aangesloten bij het samenwerkingsverband VO in de regio; het
            ondersteuningsplan van dat samenwerkingsverband is leidend, dit plan beschrijft de uitwerking op onze
            school. Het plan wordt ieder jaar geactualiseerd en is een bijlage bij de schoolgids."""),
         H1("2 Onze ondersteuningsstructuur"),
         P("""Onze ondersteuning is opgebouwd in vier zorgniveaus. Op niveau 1 signaleert de vakdocent en biedt hij
            ondersteuning in de les. Op niveau 2 neemt de mentor de regie, voert gesprekken met de leerling en ouders en
            bespreekt de leerling in de leerlingbespreking van het team. Op niveau 3 wordt de leerling besproken in het
            zorgteam met de ondersteuningscoördinator, de teamleider en de schoolpsycholoog. Op niveau 4 komt het
            ondersteuningsteam bijeen met externe partners: de jeugdarts, de leerplichtambtenaar, het wijkteam en de
            consulent van het samenwerkingsverband. Groepsbesprekingen vinden drie keer per jaar plaats, na iedere
            rapportperiode."""),
         H1("3 Basisondersteuning op De Linde"),
         P("""De basisondersteuning van onze school bestaat uit het mentoraat, begeleiding bij dyslexie en dyscalculie,
            een faalangsttraining in klas 2 en 3, huiswerkbegeleiding, een rustruimte en een aanspreekpunt
            hoogbegaafdheid. Deze basisondersteuning staat ook in ons schoolondersteuningsprofiel. Wat het
            samenwerkingsverband als basisondersteuning voor alle scholen heeft afgesproken, staat in het
            ondersteuningsplan van het samenwerkingsverband."""),
         H1("4 Extra ondersteuning en arrangementen"),
         P("""Als de basisondersteuning niet voldoende is, stelt de ondersteuningscoördinator samen met de mentor, de
            leerling en de ouders een ontwikkelingsperspectief op. De school kan dan een arrangement bieden: individuele
            begeleiding door onze ambulant begeleider, een aangepast rooster of plaatsing in het Leerplein, waar leerlingen
            een deel van de dag onder begeleiding werken. Voor een plek op de bovenschoolse voorziening van het
            samenwerkingsverband doet de ondersteuningscoördinator een aanvraag bij het loket van het
            samenwerkingsverband."""),
         H1("5 Lwoo, vso en toelaatbaarheid"),
         P("""Onze locatie biedt geen lwoo; leerlingen met lwoo vinden een plek op de vmbo-locatie van De Linde. Als een
            leerling is aangewezen op het voortgezet speciaal onderwijs, vraagt de school bij het samenwerkingsverband een
            toelaatbaarheidsverklaring aan. Het samenwerkingsverband beslist daarover volgens zijn eigen procedure. De
            school blijft verantwoordelijk voor de leerling tot er een passende plek is gevonden (zorgplicht).
            Terugplaatsing van een leerling uit het vso naar onze school bespreken we met de vso-school en het
            samenwerkingsverband."""),
         H1("6 Ouders"),
         P("""Ouders zijn onze belangrijkste partners. De mentor neemt in de eerste zes weken van het schooljaar contact op
            met alle ouders. Ouders van leerlingen met een ontwikkelingsperspectief worden minimaal drie keer per jaar
            uitgenodigd voor een gesprek. Bij vragen of klachten kunnen ouders terecht bij de mentor, de teamleider of de
            vertrouwenspersoon van de school. Informatie over onafhankelijke ondersteuning voor ouders staat op de
            website van het samenwerkingsverband en bij het ouder- en jeugdsteunpunt."""),
         H1("7 Middelen"),
         P("""De school ontvangt via het bestuur middelen van het samenwerkingsverband voor extra ondersteuning. Die
            middelen zetten we in voor de ondersteuningscoördinator (0,8 fte), de ambulant begeleider (0,6 fte), het
            Leerplein en scholing van mentoren. De verantwoording loopt via het bestuur."""),
         H1("8 Evaluatie en resultaten"),
         P("""Aan het einde van het schooljaar evalueren we dit plan met het zorgteam en de MR. We kijken daarbij naar het
            aantal leerlingen met een ontwikkelingsperspectief, het aantal aanvragen bij het samenwerkingsverband en
            de tevredenheid van leerlingen en ouders. De resultaten nemen we op in het jaarverslag van de school.""")]
    return dict(name="nearmiss-linde-schoolplan-2025", blocks=b)


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_docx(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if plan.get("header"):
        doc.sections[0].header.paragraphs[0].text = plan["header"]
        doc.sections[0].footer.paragraphs[0].text = "Ondersteuningsplan " + plan["ctx"]["periode"]
    for kind, val in plan["blocks"]:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
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


def write_md(plan, path):
    out = []
    for kind, val in plan["blocks"]:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out += ["- " + x for x in val]
            out.append("")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bullets":
            out += ["- " + x for x in val]
            out.append("")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def write_html(plan, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">']
    title = next(v for k, v in plan["blocks"] if k == "title")
    out.append("<title>%s</title></head><body>" % e(title))
    for kind, val in plan["blocks"]:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "toc":
            out.append("<nav><h2>Inhoud</h2><ol>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ol></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in val)
            out.append("<table>%s</table>" % rows)
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(plan, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout229_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(plan, src)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv, el):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


LABELS = {
    "vo-brede-rivier-2026": dict(
        documents=["vo-brede-rivier-2026.docx"], sector="vo",
        false=["dekkend-aanbod.lacunes", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H6: minimum for every vestiging + twelve concrete afspraken; yearly zelfevaluatie "
                                  "gesprek and verbeterplan (borging).",
            "plaatsing": "H8.1-8.3: loket, Commissie Toelaatbaarheid, 6 weeks, two own deskundigenadviezen; vso "
                         "criteria (a)-(c), pro/lwoo criteria; duur 2 jaar, categorie, LBT bezwaar.",
            "terugstroom": "Hidden in H8.4 'Afloop van de TLV' inside the TLV chapter: policy (tijdelijk, thuisnabij, "
                           "terugkeerarrangement) and procedure (1 februari gesprek, besluit voor 1 mei); 17 vs 11.",
            "financien": "H14 'Geld en middelen': verdeelmodel with vaste voet/per leerling (amounts only in table "
                         "14.1) and meerjarenbegroting table 14.2; weerstandsvermogen, verantwoordingsformat.",
            "dekkend-aanbod": "H7 continuum niveau 1-4 with named voorzieningen; gap analysis and thuiszitters aanpak "
                              "are deferred to 2026-2027/2027, so lacunes not addressed. OOGO/OZA in H11.",
            "resultaten": "H9 lists measurable beoogde resultaten; how they are measured/reported is explicitly "
                          "not yet worked out (dashboard 'in ontwikkeling', 2027).",
            "ouders": "Inside H10 'Communicatie': schoolgids, folder 'Wegwijs', informatieavonden (informatie); "
                      "Ouder- en Jeugdsteunpunt Wijzer + onderwijsconsulenten (steunpunt); OPR parents.",
        }),
    "vo-noordkust-2026": dict(
        documents=["vo-noordkust-2026.docx"], sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "financien.besteding", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4: one basisniveau for all vestigingen (niveau), but its content is only in "
                                  "'bijlage 2' kwaliteitskaart which is not part of the document; visitatie = borging.",
            "plaatsing": "H6: Toewijzingscommissie, dossier, 30 werkdagen, two deskundigen, bezwaar LBT; explicitly "
                         "no criteria ('maatwerk').",
            "terugstroom": "H7 'Terugplaatsing en doorstroom' only defers (gesprek najaar 2026); term only in TOC, "
                           "glossary and running header; 'thuiszitter weer terug naar school' in H5 is a near-miss.",
            "financien": "H8: 85/15 verdeling by teldatum 1 oktober (verdeling); meerjarenbegroting is all p.m. and "
                         "'volgt' as addendum, so besteding not addressed; verantwoording format.",
            "dekkend-aanbod": "H5: continuum in/between schools (arrangement, rebound, Het Anker, vso, pro) and yearly "
                              "aanbodkaart, maatwerktrajecten, thuiszittersoverleg, doorzettingsmacht.",
            "resultaten": "H10 only defers kwaliteitszorg ('nader uit te werken'); 'resultaten' of staff survey is "
                          "passing; word in header/glossary only.",
            "ouders": "H9: informatieavond, folder, SOP on website (informatie); independent help only as a "
                      "website reference, so steunpunt not addressed; onderwijsconsulent only in glossary.",
        }),
    "vo-eemvallei-noord-2026": dict(
        documents=["vo-eemvallei-noord-2026.pdf"], sector="vo",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
               "financien.besteding"],
        advisory={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"], "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "H4 'Wat elke school in huis heeft': ondergrens for all 14 vestigingen plus a "
                                  "concrete list (unusual heading, no 'basisondersteuning' in the heading).",
            "plaatsing": "H6 only refers to Handboek Toewijzing (bijlage 5, absent) and defers its update; TLV "
                         "criteria also 'zie Handboek' in the abbreviation list only.",
            "terugstroom": "H7 'Terug naar regulier': policy (uitgangspunt, thuisnabij, terugkeercoach) yes; the "
                           "steps/initiative/decision are deferred to a protocol 'medio 2027'.",
            "financien": "H12 only refers to a separate Financieel Kader on the website; no verdeling, no "
                         "begroting anywhere (MJB only in abbreviation list; running header mentions financien).",
            "dekkend-aanbod": "H5: continuum only in the table 'Van licht naar zwaar'; yearly analysis 1 februari, "
                              "thuiszittersoverleg, doorzettingsmacht; OOGO/OZA in H10.",
            "resultaten": "H8 'Wat we willen bereiken en hoe we dat volgen': measurable targets and a twice-yearly "
                          "dashboard, jaarverslag, external evaluation 2028.",
            "ouders": "H9 'Samen met thuis': schoolgids, Thuisbrief, inloopspreekuur (informatie); OJSP Eemvallei "
                      "+ onderwijsconsulenten (steunpunt); hoorrecht and OPR parents.",
        }),
    "po-kempenweide-2026": dict(
        documents=["po-kempenweide-2026.pdf"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "dekkend-aanbod.continuum",
               "resultaten.doelen", "ouders.informatie"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5 defers to a future landelijke norm and refers to school SOP websites; the "
                                  "only definition/content is in the Begrippenlijst (bijlage 1); 'basiskwaliteit' "
                                  "in H3 is Inspectie, not basisondersteuning.",
            "plaatsing": "H6: Expertiseloket, two deskundigen, CvT within 4 weeks; sbo and so cluster 3/4 criteria; "
                         "duur to age 12, categorie, LBT bezwaar.",
            "terugstroom": "H7 'Terug naar de basisschool': thuisnabij policy + arrangement, steps 1-5, last-year "
                           "route from 1 maart.",
            "financien": "H13 'Financieel beleid': schoolmodel EUR 175 per leerling, afdrachten, budgets; "
                         "meerjarenbegroting table; reserve afbouw.",
            "dekkend-aanbod": "H8: overview of the coherent aanbod deferred to 'Aanbodkaart PO' (2026); thuiszitters "
                              "procedure, regisseur, doorzettingsmacht, wachtlijsten per kwartaal = lacunes.",
            "resultaten": "H9: beoogde resultaten deferred to first jaarplan; quarterly monitor, jaarverslag and "
                          "2024-2025 figures = monitoring.",
            "ouders": "Steunpunt Ouders + onderwijsconsulenten only inside H11 'Klachten en geschillen'; "
                      "informing parents deferred to a communicatieplan (2026); 'Ouderinformatie' only in glossary.",
        }),
    "vo-veenlanden-2026": dict(
        documents=["vo-veenlanden-2026.md"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "financien": ["reserves"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "H6: no verband-wide minimum and no content (each school decides); only the yearly "
                                  "schoolgids check and aanspreken = borging, so partial.",
            "plaatsing": "H8: procedure deferred ('wordt in het voorjaar van 2026 vernieuwd'); criteria table for "
                         "vso 3/4, pro, lwoo; duur and categorie stated.",
            "terugstroom": "H9: procedure steps (1 februari, advies, besluit voor 1 april, 31 juli); policy "
                           "explicitly absent ('geen apart beleid').",
            "financien": "H13: verdeelmodel deferred to 'in de loop van 2026'; meerjarenbegroting with amounts and "
                         "weerstandsvermogen present.",
            "dekkend-aanbod": "H7 only defers; dekkend netwerk/thuiszitters only in TOC and Begrippen; OOGO only "
                              "as a procedural date in H14.",
            "resultaten": "H10: doelen table with nulmeting/streefwaarde, monitor per 1 oktober, rapportage, "
                          "jaarverslag.",
            "ouders": "H11 'Ouders en leerlingen' is 'p.m.'; OJSP only in Begrippen; OPR described without parents' "
                      "role.",
        }),
}


def write_label(key, lab):
    crit = {k: (k not in lab["false"]) for k in CORE}
    adv = lab["advisory"]
    elements = {el: status(crit, adv, el) for el in ELEMENTS}
    data = {"documents": lab["documents"], "sector": lab["sector"], "looks_like_plan": True,
            "elements": elements, "criteria": crit,
            "advisory_addressed": {el: adv[el] for el in ELEMENTS if adv.get(el)},
            "notes": lab["notes"]}
    (OUT / (key + ".expected.yaml")).write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def main():
    a, b, c, d, e, n = plan_a(), plan_b(), plan_c(), plan_d(), plan_e(), near_miss()
    write_docx(a, OUT / (a["name"] + ".docx"))
    write_docx(b, OUT / (b["name"] + ".docx"))
    docx_to_pdf(c, OUT / (c["name"] + ".pdf"))
    docx_to_pdf(d, OUT / (d["name"] + ".pdf"))
    write_md(e, OUT / (e["name"] + ".md"))
    write_html(n, OUT / (n["name"] + ".html"))
    for key, lab in LABELS.items():
        write_label(key, lab)
    nm = {"documents": [n["name"] + ".html"], "sector": "vo", "looks_like_plan": False, "elements": {},
          "criteria": {}, "advisory_addressed": {},
          "notes": {"document": "School-level ondersteuningsplan of one VO school (zorgniveaus, zorgteam, MR, "
                                "schoolgids-bijlage); it refers to the samenwerkingsverband's own plan as leading, "
                                "so it is not an ondersteuningsplan of a samenwerkingsverband."}}
    (OUT / (n["name"] + ".expected.yaml")).write_text(
        yaml.safe_dump(nm, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


if __name__ == "__main__":
    main()
