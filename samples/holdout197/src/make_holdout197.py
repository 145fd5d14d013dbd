#!/usr/bin/env python3
"""Generate holdout set 197: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Writes into the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless --convert-to pdf).
"""
import datetime
import random
import shutil
import subprocess
import tempfile
import zipfile
from html import escape
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Filler pools: sentences that use the vocabulary of the domain without addressing any criterion.
# ---------------------------------------------------------------------------------------------
POOLS = {
    "governance": [
        "De stichting kent een scheiding tussen bestuur en intern toezicht volgens het raad-van-toezichtmodel.",
        "De directeur-bestuurder is eindverantwoordelijk voor de dagelijkse gang van zaken van het bureau.",
        "De raad van toezicht bestaat uit vijf leden, van wie er drie op voordracht van de aangesloten schoolbesturen zijn benoemd.",
        "Het intern toezicht werkt met een toezichtkader dat in 2024 is geactualiseerd.",
        "De algemene vergadering van aangesloten besturen komt twee keer per jaar bijeen.",
        "Het bureau is gehuisvest in een bedrijfsverzamelgebouw nabij het station en is op werkdagen bereikbaar.",
        "Het managementstatuut regelt welke bevoegdheden de directeur-bestuurder aan de teamleiders heeft gemandateerd.",
        "Jaarlijks evalueert de raad van toezicht zijn eigen functioneren onder begeleiding van een externe adviseur.",
        "Besluiten van het bestuur worden vastgelegd in een besluitenlijst die op het intranet wordt gepubliceerd.",
        "De code goed bestuur van de sectorraad is onverkort van toepassing.",
        "Bij belangenverstrengeling treden bestuurders terug uit de besluitvorming over het betreffende onderwerp.",
        "De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen.",
    ],
    "personeel": [
        "Het bureau telt ongeveer negentien medewerkers, verdeeld over staf, secretariaat en het expertiseteam.",
        "Wij investeren in de deskundigheid van onze medewerkers via een jaarlijks scholingsplan.",
        "Het personeelsbeleid is erop gericht om medewerkers duurzaam inzetbaar te houden.",
        "Bij vacatures hanteren wij een open wervingsprocedure en een diverse selectiecommissie.",
        "Intervisie vindt zes keer per jaar plaats in vaste groepen.",
        "Het ziekteverzuim op het bureau lag het afgelopen jaar onder het sectorgemiddelde.",
        "Nieuwe collega's doorlopen een inwerkprogramma van drie maanden met een vaste buddy.",
        "De functiebeschrijvingen zijn in 2024 herzien in overleg met de personeelsgeleding.",
        "Ook de lerarentekorten in de regio raken ons: de werkdruk bij de scholen is onverminderd hoog.",
        "Jaarlijks voert iedere medewerker een ontwikkelgesprek met de leidinggevende.",
        "Het professionaliseringsaanbod voor scholen omvat netwerkbijeenkomsten voor ondersteuningscoordinatoren en intern begeleiders.",
        "Wij werken met een gesprekkencyclus die aansluit bij de cao.",
    ],
    "ict": [
        "Het bureau werkt met een beveiligde cloudomgeving en een digitaal dossiersysteem.",
        "Persoonsgegevens verwerken wij conform de AVG; er is een functionaris gegevensbescherming aangesteld.",
        "Datalekken worden binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens.",
        "Medewerkers volgen jaarlijks een e-learning over informatiebeveiliging.",
        "Er is een verwerkersovereenkomst gesloten met iedere leverancier die persoonsgegevens voor ons verwerkt.",
        "De website voldoet aan de toegankelijkheidsrichtlijnen voor digitale overheidsinformatie.",
        "Het privacyreglement is in 2025 geactualiseerd en ligt ter inzage op het bureau.",
        "Wachtwoorden en tweestapsverificatie zijn verplicht voor alle accounts.",
        "Archivering van dossiers gebeurt volgens de wettelijke bewaartermijnen.",
        "In de planperiode vervangen wij het huidige registratiesysteem door een nieuwe applicatie.",
    ],
    "visie": [
        "Wij geloven dat ieder kind het recht heeft zich te ontwikkelen in een veilige leeromgeving.",
        "Onderwijs is meer dan kennisoverdracht: het gaat ook om burgerschap, zelfvertrouwen en welbevinden.",
        "Wij kijken naar wat een leerling nodig heeft en niet naar wat een leerling mankeert.",
        "Samenwerking tussen school, leerling en thuis is daarbij vanzelfsprekend.",
        "Wij willen een lerende organisatie zijn die open staat voor signalen uit het veld.",
        "Inclusie zien wij als een beweging en niet als een eindpunt.",
        "Leraren verdienen vertrouwen en ruimte om hun vak uit te oefenen.",
        "De kracht van de regio zit in de verscheidenheid aan scholen en denominaties.",
        "Wij kiezen voor nabijheid: ondersteuning hoort zo dicht mogelijk bij de leerling te zijn.",
        "Daarbij zijn wij ons ervan bewust dat de middelen beperkt zijn en keuzes vragen.",
        "Wij werken vanuit vertrouwen, met heldere afspraken en korte lijnen.",
        "Onze kernwaarden zijn verbinding, eigenaarschap en lef.",
    ],
    "context": [
        "De regio kent een mix van stedelijk en landelijk gebied met kleine kernen.",
        "Het aantal leerlingen in de regio daalt naar verwachting licht in de komende jaren.",
        "De aangesloten besturen verschillen sterk in omvang, van eenpitters tot grote stichtingen.",
        "In het gebied liggen twee middelgrote steden en een groot aantal dorpen.",
        "De bevolking vergrijst, terwijl in enkele nieuwbouwwijken juist jonge gezinnen komen wonen.",
        "Het openbaar vervoer in het buitengebied is beperkt, wat de bereikbaarheid van scholen beinvloedt.",
        "De werkgelegenheid is geconcentreerd in logistiek, zorg en maakindustrie.",
        "Het aandeel nieuwkomers is de afgelopen jaren toegenomen.",
    ],
    "planning": [
        "De activiteiten in deze planperiode worden jaarlijks vertaald naar een jaarplan.",
        "De vergaderstukken worden een week voor de vergadering digitaal verspreid.",
        "Voor de zomervakantie wordt de jaarplanning van het bureau vastgesteld.",
        "Wijzigingen van het plan gedurende de planperiode worden voorgelegd aan de ondersteuningsplanraad.",
        "De jaarkalender met vergaderdata wordt voor de zomer gepubliceerd.",
        "Grote projecten krijgen een eigen projectplan met een projectleider.",
    ],
    "kennis": [
        "Kennisdeling tussen scholen is een van de sterkste instrumenten die wij hebben.",
        "In de leernetwerken komen professionals van verschillende besturen zes keer per jaar bijeen.",
        "Elk leernetwerk heeft een eigen thema, zoals gedrag in de klas, taalontwikkeling of samenwerken met jeugdhulp.",
        "De netwerkbijeenkomsten worden voorbereid door een kerngroep van drie collega's uit het veld.",
        "Jaarlijks organiseren wij een regionale studiedag met workshops en een keynote.",
        "De studiedag van 2025 trok ruim 400 deelnemers uit alle geledingen van de scholen.",
        "Goede voorbeelden worden gedeeld via korte filmpjes en een digitale kennisbank voor professionals.",
        "Wij stimuleren collegiale consultatie en klassenbezoeken over de grenzen van besturen heen.",
        "Met de lerarenopleidingen in de regio werken wij samen aan een minor over inclusief onderwijs.",
        "Startende leraren kunnen deelnemen aan een korte leergang over klassenmanagement.",
        "Het expertiseteam ontwikkelt nieuwe scholingsmodules op basis van vragen uit de praktijk.",
        "Voor schoolleiders is er een intervisiegroep die vier keer per jaar bijeenkomt.",
        "Deelname aan het professionaliseringsaanbod is kosteloos voor medewerkers van aangesloten scholen.",
        "Wij evalueren iedere bijeenkomst met een korte digitale vragenlijst onder de deelnemers.",
        "Onderzoek van hogescholen en universiteiten vertalen wij naar praktische handreikingen.",
    ],
    "vervoer": [
        "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten.",
        "Het samenwerkingsverband heeft daarin geen formele rol, maar signaleert knelpunten.",
        "De gemeenten stellen de verordening leerlingenvervoer vast en beslissen over aanvragen.",
        "Lange reistijden in het buitengebied zijn een terugkerend gespreksonderwerp met wethouders.",
        "Bij de planning van nieuwe schoolgebouwen vragen schoolbesturen aandacht voor rustige werkplekken.",
        "Het integraal huisvestingsplan van de grootste gemeente loopt tot 2035.",
        "Meerdere schoolgebouwen in de regio zijn verouderd en worden de komende jaren vervangen.",
        "Wij delen kennis over toegankelijke schoolgebouwen met de afdelingen huisvesting van de gemeenten.",
        "Over taxivervoer komen geregeld signalen binnen over wisselende chauffeurs.",
        "De gemeenten hebben een nieuw vervoerscontract aanbesteed dat ingaat per 1 augustus.",
        "Het bureau van het samenwerkingsverband is gevestigd in een gemeentelijk pand.",
        "Duurzaamheid speelt een steeds grotere rol bij nieuwbouw en renovatie.",
    ],
    "communicatie": [
        "Onze huisstijl is in 2024 vernieuwd om beter aan te sluiten bij de doelgroepen.",
        "Voor professionals verschijnt zes keer per jaar een digitale nieuwsbrief.",
        "Het bureau is actief op LinkedIn om vacatures en bijeenkomsten onder de aandacht te brengen.",
        "Schoolleiders ontvangen na iedere bestuursvergadering een korte samenvatting van de besluiten.",
        "Wij schrijven in heldere taal en vermijden jargon waar dat kan.",
        "Persvragen worden afgehandeld door de directeur-bestuurder.",
        "Bij ingrijpende besluiten maken wij vooraf een communicatieplan voor de betrokken scholen.",
        "Het jaarlijkse congres is ook een moment om de zichtbaarheid van het samenwerkingsverband te vergroten.",
        "Wij bezoeken jaarlijks alle directieoverleggen van de aangesloten besturen.",
        "Interne communicatie verloopt via een digitaal samenwerkingsplatform.",
        "Voor gemeenteraadsleden organiseren wij eens per jaar een werkbezoek.",
        "Wij meten periodiek hoe scholen de bereikbaarheid van het bureau ervaren.",
    ],
    "samenwerking": [
        "De aangesloten besturen hebben zich verbonden aan gezamenlijke afspraken die in de statuten zijn verankerd.",
        "In het directeurenoverleg worden voorstellen voorbereid die daarna naar het bestuur gaan.",
        "Grote en kleine besturen hebben een gelijkwaardige stem in het overleg.",
        "Wij hechten aan een cultuur waarin besturen elkaar aanspreken en van elkaar leren.",
        "Het regionaal overleg met het samenwerkingsverband aan de andere kant van de sector vindt vier keer per jaar plaats.",
        "Met de samenwerkingsverbanden in de buurregio's zijn afspraken gemaakt over leerlingen die over de grens naar school gaan.",
        "Besturen delen jaarlijks hun strategische plannen zodat ontwikkelingen op elkaar kunnen worden afgestemd.",
        "Bij fusies of sluitingen van scholen informeren besturen het samenwerkingsverband tijdig.",
        "De samenwerking met de kinderopvang en peuterspeelzalen valt buiten de reikwijdte van dit plan.",
        "Wij nemen deel aan het landelijke netwerk van samenwerkingsverbanden en de sectorraad.",
        "Het bestuur heeft een werkgroep ingesteld die de samenwerkingsafspraken periodiek herijkt.",
        "Er zijn afspraken gemaakt over de onderlinge uitwisseling van gegevens tussen besturen.",
    ],
}


def filler(topic, rng, n):
    pool = POOLS[topic][:]
    rng.shuffle(pool)
    out = []
    while len(out) < n:
        out.extend(pool)
    return " ".join(out[:n])


# Block helpers --------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(items):
    return ("ul", items)


def TABLE(rows):
    return ("table", rows)


def TOC(items):
    return ("toc", items)


# Shared filler chapters --------------------------------------------------------------------
def voorwoord(c, rng):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Dit plan is tot stand gekomen "
          f"in een intensief traject met schoolleiders, ondersteuningscoordinatoren, de ondersteuningsplanraad, "
          f"gemeenten en ketenpartners. Wij danken iedereen die heeft meegedacht, meegeschreven en kritische "
          f"vragen heeft gesteld. " + filler("visie", rng, 3)),
        P("Het afgelopen jaar stond in het teken van reflectie. Wat hebben wij bereikt, waar schieten wij tekort en "
          "wat vraagt de komende periode van ons? Die vragen hebben wij met elkaar besproken in werkateliers en "
          "regiobijeenkomsten. De uitkomsten daarvan vindt u terug in dit plan. Het plan is nadrukkelijk geen "
          "eindpunt maar een kompas. " + filler("visie", rng, 2)),
        P(f"Wij wensen u veel leesplezier. Namens het bestuur, {c['bestuurder']}, directeur-bestuurder."),
    ]


def inleiding(c, rng):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"Sinds 1 augustus 2014 is {c['naam']} verantwoordelijk voor passend onderwijs in de regio. De wet schrijft "
          "voor dat een samenwerkingsverband ten minste eens per vier jaar een ondersteuningsplan vaststelt. Volgens de "
          "wet gaat zo'n plan onder meer in op de basisondersteuning, de verdeling en besteding van de middelen, de "
          "procedure en criteria voor toelaatbaarheid, het beleid rond terugplaatsing, de beoogde en bereikte "
          "resultaten en de manier waarop ouders worden geinformeerd. Deze opsomming is geen inhoudsopgave van dit "
          "plan; waar de onderwerpen worden uitgewerkt, leest u in de volgende hoofdstukken."),
        P("Het plan is geschreven voor bestuurders, schoolleiders, ondersteuningscoordinatoren, intern begeleiders, "
          "leden van de ondersteuningsplanraad, gemeenten en ketenpartners. Het is bewust compact gehouden; "
          "achtergronden en uitvoeringsdocumenten worden niet herhaald. " + filler("planning", rng, 3)),
        P("Het plan is vastgesteld na op overeenstemming gericht overleg met de gemeenten en na overleg met het "
          "aangrenzende samenwerkingsverband. " + filler("samenwerking", rng, 4) + " " + filler("context", rng, 3)),
        H2("Terugblik in het kort"),
        P("De afgelopen planperiode was turbulent. De coronaperiode, de krapte op de arbeidsmarkt en de komst van "
          "veel nieuwkomers vroegen veel van scholen. Tegelijkertijd zagen wij hoe professionals elkaar wisten te "
          "vinden en oplossingen bedachten die eerder ondenkbaar leken. " + filler("kennis", rng, 3) + " "
          + filler("visie", rng, 2)),
    ]


def context_chapter(c, rng, rows):
    return [
        H1("Context en kengetallen"),
        P(f"{c['naam']} ({c['code']}) is het samenwerkingsverband passend onderwijs voor {c['sectortekst']} in "
          f"de gemeenten {c['gemeenten']}. " + filler("context", rng, 4)),
        TABLE(rows),
        P("De kengetallen in bovenstaande tabel zijn ontleend aan de gegevens van DUO op de teldatum. "
          + filler("context", rng, 3)),
    ]


def visie_chapter(c, rng):
    return [
        H1("Missie en visie"),
        H2("Missie"),
        P(f"{c['naam']} zorgt er samen met de aangesloten schoolbesturen voor dat iedere jongere in de regio "
          "onderwijs krijgt dat past bij wat hij of zij kan en nodig heeft. " + filler("visie", rng, 3)),
        H2("Visie"),
        P(filler("visie", rng, 5)),
        P("Onze visie vraagt om een andere manier van kijken naar middelen, naar arrangementen en naar resultaten. "
          "Niet het formulier staat centraal, maar het gesprek. Niet de toelaatbaarheid, maar de vraag wat een "
          "leerling op dit moment nodig heeft. " + filler("visie", rng, 3)),
        H2("Ambities voor deze planperiode"),
        UL(["Wij zijn een betrouwbare partner voor de aangesloten besturen.",
            "Wij werken aan een lerende cultuur op het bureau.",
            "Het samenwerkingsverband is zichtbaar en benaderbaar.",
            "Wij gaan zorgvuldig en transparant om met publieke middelen."]),
        P("Deze ambities zijn richtinggevend; de uitwerking ervan vindt u in de volgende hoofdstukken."),
    ]


def governance_chapter(c, rng, opr_text):
    return [
        H1("Organisatie en governance"),
        P(filler("governance", rng, 8)),
        P(filler("governance", rng, 4)),
        H2("Medezeggenschap"),
        P(opr_text + " " + filler("governance", rng, 2)),
        H2("Bureau en expertiseteam"),
        P(filler("personeel", rng, 4)),
    ]


def personeel_chapter(c, rng):
    return [
        H1("Personeel en professionalisering"),
        P(filler("personeel", rng, 8)),
        P("De inzet van personeel uit de ondersteuningsmiddelen is een verantwoordelijkheid van de schoolbesturen "
          "als werkgever. Het samenwerkingsverband is zelf werkgever van het bureau en het expertiseteam. "
          + filler("personeel", rng, 3)),
    ]


def ict_chapter(c, rng):
    return [
        H1("ICT, privacy en gegevensbescherming"),
        P(filler("ict", rng, 8)),
        P("Voor de uitvoering van zijn wettelijke taken verwerkt het samenwerkingsverband ook bijzondere "
          "persoonsgegevens, zoals gegevens over gezondheid. Dat gebeurt alleen voor zover dat noodzakelijk is. "
          + filler("ict", rng, 3)),
    ]


def planning_chapter(c, rng, rows):
    return [
        H1("Planning en totstandkoming"),
        P(filler("planning", rng, 4)),
        TABLE(rows),
        P(filler("planning", rng, 2)),
    ]


def extra_chapters(c, rng):
    return [
        H1("Kennisdeling en deskundigheidsbevordering"),
        P(filler("kennis", rng, 8)),
        P(filler("kennis", rng, 6)),
        H1("Samenwerking tussen besturen"),
        P(filler("samenwerking", rng, 7)),
        P(filler("samenwerking", rng, 5)),
        H1("Leerlingenvervoer en onderwijshuisvesting"),
        P(filler("vervoer", rng, 8)),
        H1("Communicatie en zichtbaarheid"),
        P(filler("communicatie", rng, 9)),
        H2("Professionele netwerken"),
        P(filler("kennis", rng, 4) + " " + filler("governance", rng, 3)),
        H2("Jaarlijkse overlegcyclus"),
        P(filler("samenwerking", rng, 5) + " " + filler("planning", rng, 3)),
        P(filler("communicatie", rng, 4) + " " + filler("governance", rng, 3)),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 1: VO, Word, with a separate Deel B (procedures) inside the same document.
# BO present, PL present (Deel B), TS present (inside TLV chapter of Deel B), FI partial (besteding
# deferred), DA present, RE partial (monitoring deferred), OU missing.
# ---------------------------------------------------------------------------------------------
def plan_rivierland():
    rng = random.Random(1971)
    c = dict(naam="Samenwerkingsverband VO Rivierland-Oost", code="VO 25-14", periode="2026-2030",
             sectortekst="het voortgezet onderwijs", gemeenten="Zaltrecht, Beusichem-Noord, Lingehoven en Asperwaard",
             bestuurder="drs. M.J. (Marieke) van Harten")
    b = []
    b.append(("title", [c["naam"], f"Ondersteuningsplan {c['periode']}", "Deel A: beleid en Deel B: procedures",
                         "Vastgesteld door het bestuur op 14 april 2026"]))
    b.append(TOC(["Deel A - Beleid", "1 Voorwoord", "2 Context en kengetallen", "3 Missie en visie",
                  "4 Basisondersteuning: de basis op orde", "5 Het ondersteuningscontinuum en dekkend aanbod",
                  "6 Geld en middelen", "7 Resultaten en kwaliteitszorg", "8 Ouders en leerlingen",
                  "9 Organisatie en governance", "10 Personeel en professionalisering", "11 ICT en privacy",
                  "Deel B - Procedures", "B1 Ondersteuningsroute", "B2 Toelaatbaarheid vso, lwoo en pro (incl. terugplaatsing)",
                  "B3 Bezwaar", "Bijlage: Begrippenlijst", "Bijlage: Planning"]))
    b.append(H1("DEEL A - BELEID"))
    b += voorwoord(c, rng)
    b += inleiding(c, rng)
    b += context_chapter(c, rng, [["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"],
                                  ["Leerlingen regulier vo", "14.212", "14.105", "13.988"],
                                  ["Leerlingen vso", "402", "417", "409"],
                                  ["Leerlingen praktijkonderwijs", "611", "598", "604"],
                                  ["Leerlingen met lwoo", "1.590", "1.544", "1.531"],
                                  ["Aangesloten scholen (vestigingen)", "21", "21", "22"]])
    b += visie_chapter(c, rng)
    # Basisondersteuning present
    b.append(H1("Basisondersteuning: de basis op orde"))
    b.append(P("In de regio hebben de schoolbesturen samen afgesproken welke ondersteuning iedere vestiging van iedere "
               "aangesloten school voor voortgezet onderwijs minimaal biedt, zonder dat daarvoor een aanvraag bij het "
               "samenwerkingsverband nodig is. Deze afspraak noemen wij 'de gedeelde ondergrens'. Geen vestiging mag "
               "daaronder zakken, ook niet een kleine nevenvestiging; scholen mogen er uiteraard wel boven uitgaan."))
    b.append(P("Concreet kan een ouder of leerling op elke vestiging het volgende verwachten:"))
    b.append(UL(["een ondersteuningscoordinator met minimaal 0,4 fte per 500 leerlingen en een vast aanspreekpunt per leerjaar;",
                 "een dyslexie- en dyscalculieprotocol met faciliteiten als verlengde toetstijd, voorleessoftware en vergroot lettertype;",
                 "een training faalangstreductie en een sociale-vaardigheidstraining die minimaal twee keer per jaar start;",
                 "begeleiding bij executieve functies (plannen, organiseren) door een mentor of studiecoach;",
                 "een time-out- of opvangruimte onder toezicht van een volwassene tijdens alle lesuren;",
                 "een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt met schoolmaatschappelijk werk en de jeugdarts;",
                 "een protocol medisch handelen en afspraken over toegankelijkheid van het gebouw."]))
    b.append(P("Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een kwaliteitsdialoog aan de hand "
               "van de kwaliteitskaart basisondersteuning. Blijkt een onderdeel niet op orde, dan maakt het schoolbestuur "
               "binnen drie maanden een verbeterplan dat het samenwerkingsverband na een half jaar opnieuw toetst."))
    b.append(P("Wat niet onder deze gedeelde ondergrens valt, noemen wij extra ondersteuning. Die wordt in hoofdstuk 5 "
               "beschreven."))
    # Dekkend aanbod present
    b.append(H1("Het ondersteuningscontinuum en dekkend aanbod"))
    b.append(P("Het aanbod in de regio is opgebouwd in vier treden. Trede 1 is de gedeelde ondergrens op iedere vestiging. "
               "Trede 2 bestaat uit extra ondersteuning binnen de eigen school, zoals een Flexklas of een "
               "auti-vriendelijke stamgroep, bekostigd uit het schoolbudget. Trede 3 betreft de bovenschoolse voorzieningen: "
               "het OPDC De Brug (80 plaatsen, maximaal een jaar), het Reboundtraject Lingehoven (24 plaatsen, twaalf weken) "
               "en de schakelklas voor nieuwkomers. Trede 4 is het voortgezet speciaal onderwijs: twee vso-scholen cluster 4 "
               "en een vso-locatie cluster 3 in Zaltrecht, plus het praktijkonderwijs op drie locaties."))
    b.append(P("Om te weten waar het aanbod tekortschiet, houdt het loket een 'vacaturebank' bij van leerlingen voor wie "
               "binnen zes weken geen passende plek is gevonden. Elke leerling op die lijst wordt binnen vijf werkdagen "
               "besproken in het casusoverleg zorgplicht met de betrokken besturen en leerplicht; de school van aanmelding houdt "
               "de zorgplicht tot een plek is gevonden. Tweemaal per jaar analyseert het bureau de lijst op patronen; "
               "in 2025 leidde dat tot de opening van een tussenvoorziening voor leerlingen met angstklachten "
               "(16 plaatsen). Voor thuiszitters geldt dat binnen tien schooldagen een trajectbegeleider wordt aangewezen."))
    b.append(P("Met de gemeenten is in het OOGO afgesproken dat jeugdhulp op school (onderwijs-zorgarrangementen) "
               "gezamenlijk wordt gefinancierd volgens een vaste verdeelsleutel van 50/50."))
    # Financien partial: verdeling yes, besteding deferred
    b.append(H1("Geld en middelen"))
    b.append(P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek "
               "van de wettelijke afdrachten aan vso en praktijkonderwijs blijft een bedrag over dat volgens het "
               "verdeelmodel 'geld volgt leerling' wordt toegekend:"))
    b.append(TABLE([["Onderdeel verdeelmodel", "Grondslag", "Toekenning"],
                    ["Schoolbudget", "EUR 265 per leerling op 1 oktober t-1", "aan het schoolbestuur, per kwartaal"],
                    ["Vaste voet", "EUR 18.000 per vestiging", "aan het schoolbestuur, per 1 augustus"],
                    ["Bovenschoolse voorzieningen", "plaatsen x normbedrag", "aan het bevoegd gezag OPDC"],
                    ["Lwoo/pro", "landelijke bekostiging, doorgesluisd", "op basis van aanwijzingen per 1 oktober"]]))
    b.append(P("Het bestuur stelt de bedragen jaarlijks in december vast na advies van het directeurenoverleg."))
    b.append(P("Een meerjarenbegroting maakt geen deel uit van dit plan. Hoe de middelen in de jaren 2026-2030 worden "
               "ingezet, laten wij afhangen van de uitkomst van de herijking van de landelijke bekostiging; de "
               "meerjarenraming komt in een later stadium aan de orde in de jaarbegroting."))
    # Resultaten partial: doelen yes, monitoring deferred
    b.append(H1("Resultaten en kwaliteitszorg"))
    b.append(P("Voor deze planperiode hebben wij de volgende beoogde resultaten geformuleerd:"))
    b.append(UL(["Het aantal leerlingen dat langer dan vier weken thuiszit, daalt van 31 (2025) naar maximaal 15 in 2030.",
                 "90% van de leerlingen die het OPDC verlaten, zit een jaar later nog op een reguliere school.",
                 "Het deelnamepercentage vso blijft onder 3,0%.",
                 "Alle vestigingen voldoen in 2028 aantoonbaar aan de gedeelde ondergrens."]))
    b.append(P("Hoe wij deze resultaten gaan volgen, welke bronnen wij gebruiken en wanneer wij erover rapporteren, "
               "is onderwerp van het kwaliteitskader dat het bureau in overleg met de besturen nog moet opstellen. "
               "Tot die tijd blijft dit een ontwikkelpunt."))
    # Ouders missing - only passing
    b.append(H1("Ouders en leerlingen"))
    b.append(P("Ouders en leerlingen zijn onmisbaar. Wij vinden het belangrijk dat zij zich gehoord voelen. Dit thema "
               "krijgt in de komende periode nadere invulling; in de tussentijd verwijzen wij naar de scholen."))
    b += governance_chapter(c, rng, "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden die zijn afgevaardigd door "
                                    "de medezeggenschapsraden van de aangesloten scholen. De OPR heeft op 2 april 2026 "
                                    "ingestemd met dit plan.")
    b += personeel_chapter(c, rng)
    b += ict_chapter(c, rng)
    b += extra_chapters(c, rng)
    # DEEL B
    b.append(H1("DEEL B - PROCEDURES"))
    b.append(P("Deel B hoort bij dit ondersteuningsplan en is door hetzelfde bestuur vastgesteld. Het bevat de "
               "uitvoeringsregels die in deel A op hoofdlijnen zijn genoemd."))
    b.append(H1("B1 Ondersteuningsroute"))
    b.append(P("Wanneer de ondersteuning op school niet toereikend is, bespreekt het ondersteuningsteam de leerling. "
               "De ondersteuningscoordinator kan een consulent van het samenwerkingsverband inschakelen. "
               + filler("planning", rng, 2)))
    b.append(H1("B2 Toelaatbaarheid vso, lwoo en pro"))
    b.append(H2("B2.1 Aanvraag vso"))
    b.append(P("Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, dient de aanvraag "
               "digitaal in bij de Commissie Toelaatbaarheid (CT). Bij de aanvraag horen het ontwikkelingsperspectiefplan, "
               "een verslag van de handelingsgerichte evaluatie van de afgelopen zes maanden en de zienswijze van ouders. "
               "Binnen vijf werkdagen bevestigt het secretariaat de ontvangst; de CT beslist binnen zes weken na een "
               "volledige aanvraag."))
    b.append(P("Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog-generalist en, "
               "afhankelijk van de leerling, een jeugdarts, kinderpsychiater of maatschappelijk werker. Geen van beiden "
               "is betrokken geweest bij de aanvraag."))
    b.append(H2("B2.2 Wanneer is een leerling toelaatbaar?"))
    b.append(P("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (a) de "
               "ondersteuningsbehoefte overstijgt aantoonbaar trede 1 tot en met 3; (b) er is minimaal een half jaar "
               "planmatig gewerkt met een OPP en dit is geevalueerd; (c) de leerling heeft een intensieve combinatie van "
               "onderwijs en zorg nodig die in een groep van maximaal twaalf leerlingen moet worden geboden; en (d) er is "
               "geen reguliere voorziening binnen redelijke reisafstand die dit kan bieden. De categorie (laag, midden of "
               "hoog) volgt uit de cluster-3-indeling. De TLV geldt voor ten hoogste twee schooljaren en loopt af op 31 juli."))
    b.append(P("Voor het praktijkonderwijs gelden de landelijke criteria (IQ 55-80 en leerachterstand van drie jaar of "
               "meer op twee domeinen). Voor lwoo hanteert het samenwerkingsverband eigen criteria ('opting out'): "
               "de leerling heeft een leerachterstand van ten minste anderhalf jaar op twee domeinen of een "
               "sociaal-emotionele problematiek die het leren belemmert; de aanwijzing geldt voor de duur van de "
               "opleiding. De school vraagt lwoo en pro aan via hetzelfde digitale loket als vso."))
    b.append(H2("B2.3 Afloop van de TLV en terugkeer"))
    b.append(P("In het laatste schooljaar waarin de TLV geldt, organiseert de vso-school uiterlijk 1 februari een "
               "evaluatiegesprek met ouders, leerling en een consulent van het samenwerkingsverband. Daarin wordt aan de "
               "hand van het OPP bepaald of de leerling terug kan naar een reguliere vo-school. Is dat het geval, dan "
               "meldt de vso-school de leerling uiterlijk 1 maart aan bij de beoogde school, die een terugkeerarrangement "
               "opstelt. Besluit de CT dat verdere vso-plaatsing nodig is, dan volgt een nieuwe aanvraag volgens B2.1."))
    b.append(P("Ons uitgangspunt is dat een vso-plaatsing tijdelijk is waar dat kan. Een terugkeer vindt alleen plaats als "
               "de ontvangende school het benodigde arrangement kan bieden. Na terugkeer krijgt de leerling gedurende "
               "een jaar begeleiding van een ambulant begeleider van de vso-school; de kosten daarvan (maximaal EUR 4.500 "
               "per leerling) draagt het samenwerkingsverband. Het aantal terugplaatsingen wordt jaarlijks in het "
               "jaarverslag opgenomen (2024-2025: 11 leerlingen)."))
    b.append(H1("B3 Bezwaar"))
    b.append(P("Ouders die het niet eens zijn met een besluit van de CT kunnen binnen zes weken bezwaar maken bij het "
               "bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    b.append(H1("Bijlage: Begrippenlijst"))
    b.append(TABLE([["Begrip", "Omschrijving"],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen."],
                    ["Onderwijsconsulent", "Onafhankelijke deskundige die ouders adviseert bij geschillen over passend onderwijs."],
                    ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                    ["Monitoring", "Het systematisch volgen van resultaten."],
                    ["OPR", "Ondersteuningsplanraad."], ["TLV", "Toelaatbaarheidsverklaring."]]))
    b += planning_chapter(c, rng, [["Datum", "Stap"], ["januari 2026", "concept besproken met directeuren"],
                                   ["10 maart 2026", "OOGO met de vier gemeenten"], ["2 april 2026", "instemming OPR"],
                                   ["14 april 2026", "vaststelling bestuur"], ["28 april 2026", "toezending Inspectie"]])
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "ch. 'Basisondersteuning: de basis op orde' defines 'gedeelde ondergrens' for every vestiging and lists provisions; kwaliteitskaart visits = borging",
               "plaatsing": "Deel B, B2.1/B2.2: CT procedure with termijnen, two deskundigen, vso criteria (a)-(d), pro/lwoo criteria; B3 bezwaar",
               "terugstroom": "hidden in Deel B B2.3 'Afloop van de TLV en terugkeer' inside the TLV chapter: steps/dates and policy with support after return",
               "financien": "'Geld en middelen' gives verdeelmodel table; meerjarenbegroting explicitly excluded/deferred to a later jaarbegroting, so besteding not addressed",
               "dekkend-aanbod": "four 'treden' continuum plus vacaturebank/casusoverleg zorgplicht for gaps and thuiszitters",
               "resultaten": "beoogde resultaten listed with numbers; how they are monitored deferred to a kwaliteitskader still to be drafted",
               "ouders": "chapter 'Ouders en leerlingen' only defers; steunpunt/onderwijsconsulent appear only in the begrippenlijst"})
    return b, c, labels


# ---------------------------------------------------------------------------------------------
# Plan 2: VO, PDF. BO partial (inhoud only on website), PL partial (criteria deferred), TS missing,
# FI present (under 'Geld en middelen' + table), DA partial (lacunes only in absent bijlage),
# RE present, OU present (inside 'Communicatie').
# ---------------------------------------------------------------------------------------------
def plan_kempenrand():
    rng = random.Random(1972)
    c = dict(naam="Stichting Passend Voortgezet Onderwijs Kempenrand", code="VO 30-09", periode="2025-2029",
             sectortekst="het voortgezet onderwijs", gemeenten="Bergeijkerveld, Valkenhorst, Eersel-Zuid en Hapert-Akkers",
             bestuurder="ir. J.P. (Joost) Verhoeven")
    b = []
    b.append(("title", [c["naam"], "Ondersteuningsplan 2025-2029", "'Samen sterk voor elke leerling'",
                         "Definitieve versie, vastgesteld 22 april 2025"]))
    b.append(TOC(["1 Voorwoord", "2 Context en kengetallen", "3 Missie en visie", "4 Basisondersteuning",
                  "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid en terugplaatsing",
                  "7 Kwaliteit en resultaten", "8 Communicatie", "9 Geld en middelen", "10 Organisatie en governance",
                  "11 Personeel", "12 ICT en privacy", "13 Planning", "Afkortingenlijst"]))
    b += voorwoord(c, rng)
    b += inleiding(c, rng)
    b += context_chapter(c, rng, [["Teldatum", "Regulier vo", "Vso", "PrO", "Lwoo"],
                                  ["1-10-2022", "9.870", "251", "388", "1.102"],
                                  ["1-10-2023", "9.802", "266", "379", "1.088"],
                                  ["1-10-2024", "9.751", "273", "381", "1.079"]])
    b += visie_chapter(c, rng)
    b.append(H1("Basisondersteuning"))
    b.append(P("Basisondersteuning is in Kempenrand het door alle schoolbesturen gezamenlijk vastgestelde niveau van "
               "ondersteuning dat elke vestiging van elke aangesloten school biedt, binnen de eigen organisatie en "
               "zonder tussenkomst van het samenwerkingsverband. Het niveau geldt voor alle schoolsoorten, van "
               "praktijkonderwijs tot gymnasium, en wordt elke vier jaar herzien."))
    b.append(P("Welke voorzieningen, interventies en expertise daar precies onder vallen, is uitgewerkt in de "
               "Kwaliteitskaart Basisondersteuning die op www.kempenrand-vo.nl/kwaliteitskaart staat. De scholen "
               "vertalen de kaart naar hun eigen schoolgids."))
    b.append(H1("Extra ondersteuning en arrangementen"))
    b.append(P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een arrangement "
               "inzetten. Het aanbod loopt van licht naar zwaar: (1) een individueel arrangement op de eigen school, "
               "bijvoorbeeld extra coaching of een aangepast rooster; (2) een plaats in een van de drie "
               "Op-Maat-klassen die scholen gezamenlijk organiseren voor leerlingen met een autismespectrumstoornis; "
               "(3) een tijdelijke plaatsing in het Orthopedagogisch-Didactisch Centrum (OPDC) De Kempenpoort, "
               "maximaal twee jaar, met begeleide terugkeer naar de school van herkomst; (4) het praktijkonderwijs "
               "op twee locaties; (5) voortgezet speciaal onderwijs bij De Horizon (cluster 4) en Het Baken (cluster 3). "
               "Binnen iedere school stemt de ondersteuningscoordinator de arrangementen af met het ondersteuningsteam."))
    b.append(P("De aanpak van thuiszitters en de analyse van witte vlekken in het aanbod zijn vastgelegd in het "
               "Regionaal Thuiszitterspact (bijlage 6). Wij verwijzen daarnaar."))
    b.append(H1("Toelaatbaarheid en terugplaatsing"))
    b.append(P("Een school die meent dat een leerling is aangewezen op vso, praktijkonderwijs of lwoo, meldt de "
               "leerling aan bij het Toewijzingsloket. Het loket toetst of het dossier compleet is (OPP, "
               "onderwijskundig rapport, handelingsplan, zienswijze ouders) en legt het binnen tien werkdagen voor "
               "aan de Commissie van Toelaatbaarheid. De commissie bestaat uit een orthopedagoog, een GZ-psycholoog en "
               "een voorzitter. Zij neemt binnen acht weken na ontvangst een besluit; ouders en school ontvangen het "
               "besluit en de deskundigenadviezen schriftelijk."))
    b.append(P("Onder welke voorwaarden een leerling toelaatbaar is, legt de commissie vast in een afwegingskader "
               "dat in de loop van het schooljaar 2025-2026 wordt vastgesteld. Tot dat moment beoordeelt de "
               "commissie iedere aanvraag op haar eigen merites."))
    b.append(P("Terugplaatsing naar het reguliere onderwijs is een belangrijk aandachtspunt voor de komende jaren."))
    b.append(H1("Kwaliteit en resultaten"))
    b.append(P("In de vorige planperiode hebben wij ons drie doelen gesteld. De tabel laat zien wat daarvan "
               "terechtkwam en wat wij voor 2029 beogen."))
    b.append(TABLE([["Indicator", "Doel 2024", "Bereikt 2024", "Doel 2029"],
                    ["Toegekende arrangementen op maat", ">= 80", "86", ">= 95"],
                    ["Deelname vso", "<= 2,8%", "2,7%", "<= 2,6%"],
                    ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,0", "7,3", "7,5"],
                    ["Doorlooptijd TLV-aanvraag (werkdagen)", "< 40", "37", "< 30"]]))
    b.append(P("De directeur-bestuurder rapporteert elk kwartaal over deze indicatoren aan het bestuur aan de hand van "
               "een dashboard met gegevens van DUO, leerplicht en de eigen registratie. Eens per jaar vindt een "
               "tevredenheidspeiling onder ouders en scholen plaats; de uitkomsten worden met een analyse opgenomen "
               "in het jaarverslag en besproken met de OPR. Bij een afwijking van meer dan tien procent van een "
               "streefwaarde stelt het bureau een verbeteraanpak op."))
    b.append(H1("Communicatie"))
    b.append(P(filler("planning", rng, 2) + " Onze website is het centrale informatiepunt voor scholen."))
    b.append(P("Voor ouders publiceren wij jaarlijks in augustus de ouderbrochure 'Wegwijs in ondersteuning', die via "
               "alle scholen wordt verspreid en in het Nederlands, Engels, Pools en Arabisch beschikbaar is. Daarin "
               "staat welke ondersteuning scholen bieden en hoe arrangementen worden aangevraagd. Twee keer per jaar "
               "organiseren wij een ouderavond in Valkenhorst. Ouders kunnen daarnaast op werkdagen bellen met de "
               "ouderlijn van het bureau."))
    b.append(P("Ouders die een onafhankelijk advies willen of het oneens zijn met de school of het "
               "samenwerkingsverband, verwijzen wij naar het Ouder- en Jeugdsteunpunt Kempen, dat los van de "
               "scholen staat en kosteloos meedenkt, en naar de Onderwijsconsulenten. Klachten kunnen worden "
               "ingediend bij de Landelijke Klachtencommissie Onderwijs."))
    b.append(H1("Geld en middelen"))
    b.append(P("Wij kiezen voor een verdeelmodel waarin de middelen zo direct mogelijk bij de scholen terechtkomen. "
               "Het verdeelmodel kent drie stromen: (1) elk schoolbestuur ontvangt een bedrag van EUR 195 per leerling "
               "op de teldatum 1 oktober van het voorgaande jaar; (2) voor het OPDC ontvangt het bevoegd gezag een vast "
               "bedrag per plaats (EUR 14.800); (3) de arrangementen op maat worden per aanvraag toegekend door het loket "
               "tot een maximum van EUR 7.500 per leerling per jaar. Schoolbesturen leggen in hun jaarverslag verantwoording "
               "af over de besteding aan de hand van een vast format."))
    b.append(TABLE([["Meerjarenbegroting (x EUR 1.000)", "2025", "2026", "2027", "2028"],
                    ["Baten lichte ondersteuning", "3.910", "3.880", "3.850", "3.820"],
                    ["Baten zware ondersteuning", "6.020", "5.990", "5.950", "5.930"],
                    ["Afdracht vso en pro", "-5.210", "-5.260", "-5.290", "-5.300"],
                    ["Schoolbudgetten", "1.900", "1.890", "1.875", "1.860"],
                    ["OPDC", "1.184", "1.184", "1.184", "1.184"],
                    ["Arrangementen op maat", "720", "700", "690", "690"],
                    ["Bureau en expertiseteam", "840", "845", "850", "855"],
                    ["Resultaat", "76", "-9", "-89", "-89"]]))
    b.append(P("De algemene reserve bedraagt eind 2024 EUR 1,9 mln; dat ligt boven de signaleringswaarde. De "
               "negatieve resultaten vanaf 2026 zijn bewust begroot om de reserve af te bouwen."))
    b += governance_chapter(c, rng, "De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier "
                                    "ouders of leerlingen. De OPR heeft op 7 april 2025 ingestemd.")
    b += personeel_chapter(c, rng)
    b += ict_chapter(c, rng)
    b += extra_chapters(c, rng)
    b += planning_chapter(c, rng, [["Moment", "Activiteit"], ["februari 2025", "OOGO gemeenten"],
                                   ["7 april 2025", "instemming OPR"], ["22 april 2025", "vaststelling"]])
    b.append(H1("Afkortingenlijst"))
    b.append(TABLE([["Afkorting", "Betekenis"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                    ["TLV", "Toelaatbaarheidsverklaring, ook bij terugplaatsing relevant"],
                    ["Terugplaatsing", "Terugkeer van een leerling van vso naar regulier vo"],
                    ["OJSP", "Ouder- en jeugdsteunpunt"]]))
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
                      **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen"], "financien": ["reserves", "verantwoording"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 'Basisondersteuning' defines the common level; the concrete content is only on a website kwaliteitskaart (not in the input)",
               "plaatsing": "ch. 'Toelaatbaarheid en terugplaatsing' gives loket/CvT procedure with termijnen; criteria deferred to an afwegingskader to be set in 2025-2026",
               "terugstroom": "only a one-line 'belangrijk aandachtspunt' plus TOC heading and afkortingenlijst; OPDC 'begeleide terugkeer' is not vso return",
               "financien": "'Geld en middelen': three-stream verdeelmodel with amounts and a 2025-2028 meerjarenbegroting table; reserve paragraph",
               "dekkend-aanbod": "ch. 'Extra ondersteuning en arrangementen' gives a 5-step continuum; thuiszitters/witte vlekken only by reference to absent bijlage 6",
               "resultaten": "ch. 'Kwaliteit en resultaten' table with targets and achieved values plus kwartaal dashboard/jaarverslag cycle",
               "ouders": "inside ch. 'Communicatie': brochure, ouderavond, ouderlijn; Ouder- en Jeugdsteunpunt Kempen and Onderwijsconsulenten"})
    return b, c, labels


# ---------------------------------------------------------------------------------------------
# Plan 3: PO, Word. BO present, PL partial (procedure only on website), TS partial (policy yes,
# procedure missing), FI missing, DA present, RE present (content only in a table), OU partial.
# ---------------------------------------------------------------------------------------------
def plan_waterland():
    rng = random.Random(1973)
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Waterland-Noord", code="PO 27-06",
             periode="2026-2030", sectortekst="het primair onderwijs",
             gemeenten="Purmerzijl, Edamsdorp, Oosthuizerpolder en Landsmeerwijk",
             bestuurder="mr. A. (Anouk) de Boer")
    b = []
    b.append(("title", [c["naam"], "Ondersteuningsplan 2026-2030", "Concept ter instemming OPR",
                         "versie 0.9 - 3 maart 2026"]))
    b.append(TOC(["1 Voorwoord", "2 Context en kengetallen", "3 Missie en visie", "4 Wat elke school biedt",
                  "5 Het netwerk van voorzieningen", "6 Sbo en so: toelaatbaarheid", "7 Van sbo/so terug naar de basisschool",
                  "8 Financien", "9 Opbrengsten van passend onderwijs", "10 Ouders", "11 Organisatie", "12 Personeel",
                  "13 ICT en privacy", "14 Begrippenlijst"]))
    b += voorwoord(c, rng)
    b += inleiding(c, rng)
    b += context_chapter(c, rng, [["Kengetal (1-10-2025)", "Aantal"], ["Basisscholen", "58"],
                                  ["Sbo-scholen", "2"], ["So-locaties cluster 3/4", "3"],
                                  ["Leerlingen basisonderwijs", "11.460"], ["Deelnamepercentage sbo", "1,9%"],
                                  ["Deelnamepercentage so", "1,6%"]])
    b += visie_chapter(c, rng)
    b.append(H1("Wat elke school biedt"))
    b.append(P("De schoolbesturen in Waterland-Noord hebben afgesproken dat iedere basisschool, op elke locatie, "
               "hetzelfde minimum aan ondersteuning waarborgt. Dit minimum, onze basisondersteuning, is bindend: een "
               "school kan er niet onder gaan zitten. Ouders kunnen op iedere school rekenen op:"))
    b.append(UL(["een intern begeleider met minimaal een dag per week per 150 leerlingen;",
                 "signalering en begeleiding bij dyslexie volgens het landelijke protocol, inclusief toegang tot EED-zorg;",
                 "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep, met verrijkingsmateriaal;",
                 "een anti-pestprogramma en een methode voor sociaal-emotionele ontwikkeling;",
                 "handelingsgericht werken met groepsbesprekingen drie keer per jaar;",
                 "een vaste contactpersoon van het samenwerkingsverband voor consultatie binnen tien werkdagen."]))
    b.append(P("Wat de school daarbovenop organiseert, heet extra ondersteuning."))
    b.append(H1("Het netwerk van voorzieningen"))
    b.append(P("Waterland-Noord werkt met een getrapt netwerk. Op de eigen school wordt de basisondersteuning geboden, "
               "aangevuld met arrangementen die de school uit het schoolbudget bekostigt. Bovenschools zijn er de "
               "Taalklas voor nieuwkomers, twee Plusklassen en de observatiegroep 'De Sluis' (acht plaatsen, twaalf "
               "weken). Daarnaast zijn er de sbo-scholen De Kreek en Het Wad, en so-locaties van cluster 3 en 4."))
    b.append(P("Wij houden maandelijks een signaleringslijst bij van kinderen die langer dan vier weken zonder passend "
               "aanbod zijn of op een wachtlijst staan. Het zorgplichtoverleg met leerplicht en de betrokken schoolbesturen "
               "bespreekt iedere nieuwe melding binnen twee weken en wijst een casusregisseur aan. Structurele tekorten "
               "agenderen wij bij het OOGO; zo is in 2025 besloten een tweede observatiegroep te starten."))
    b.append(H1("Sbo en so: toelaatbaarheid"))
    b.append(P("Hoe een school een toelaatbaarheidsverklaring aanvraagt, welke formulieren nodig zijn en welke "
               "termijnen gelden, leest u op onze website onder 'Voor scholen'. Hieronder beschrijven wij de criteria "
               "die de commissie hanteert."))
    b.append(TABLE([["Voorziening", "Een leerling is toelaatbaar als ..."],
                    ["Sbo", "de leerling ondanks een jaar planmatige extra ondersteuning met OPP een achterstand heeft van "
                            "meer dan 1,5 jaar op twee vakgebieden en een kleinere groep (<= 16) nodig heeft"],
                    ["So cluster 3", "sprake is van een verstandelijke, lichamelijke of langdurige ziekte-gerelateerde "
                                     "beperking waardoor de leerling zonder specialistische zorg in de klas niet tot leren komt"],
                    ["So cluster 4", "ernstige gedrags- of psychiatrische problematiek bestaat die, ondanks inzet van jeugdhulp, "
                                     "veiligheid en leren in een reguliere of sbo-groep onmogelijk maakt"]]))
    b.append(P("De TLV wordt afgegeven tot het einde van het schooljaar waarin de leerling twaalf wordt, tenzij de "
               "commissie een kortere duur noodzakelijk acht."))
    b.append(H1("Van sbo/so terug naar de basisschool"))
    b.append(P("Waterland-Noord wil dat een plaatsing in sbo of so geen eindstation is. Wij streven ernaar dat elk kind "
               "dat het kan, terugkeert naar een basisschool zo dicht mogelijk bij huis. Voorwaarde is dat de ontvangende "
               "school de ondersteuning kan bieden die het OPP aangeeft. Na de terugkeer bekostigt het samenwerkingsverband "
               "een overgangsarrangement van maximaal zes maanden met begeleiding door de leerkracht van de sbo- of so-school. "
               "Lukt terugkeer niet, dan heeft het kind recht op een passende plek in het speciaal (basis)onderwijs."))
    b.append(P("De precieze stappen, wie het initiatief neemt en wanneer wordt geevalueerd, werken wij in 2026 uit "
               "samen met de directeuren van sbo en so."))
    b.append(H1("Financien"))
    b.append(P("Het samenwerkingsverband ontvangt middelen van het Rijk. " + filler("governance", rng, 1) +
               " Het verdeelmodel en de meerjarenbegroting worden als afzonderlijke documenten door het bestuur "
               "vastgesteld en zijn geen onderdeel van dit ondersteuningsplan."))
    b.append(H1("Opbrengsten van passend onderwijs"))
    b.append(P("Onderstaande tabel bevat onze beoogde en bereikte resultaten."))
    b.append(TABLE([["Doel", "Nulmeting 2024-2025", "Streefwaarde 2030", "Bron en moment van meten"],
                    ["Kinderen zonder passend aanbod > 4 weken", "14", "<= 5", "signaleringslijst, maandelijks"],
                    ["Deelname sbo + so", "3,5%", "<= 3,2%", "DUO-telling 1 oktober, jaarlijks"],
                    ["Terugkeer naar basisschool binnen 2 jaar na plaatsing", "6%", "12%", "eigen registratie, jaarlijks"],
                    ["Scholen die voldoen aan de basisondersteuning", "81%", "100%", "schoolbezoek, tweejaarlijks"],
                    ["Tevredenheid ouders over begeleiding", "7,1", ">= 7,5", "oudervragenlijst, jaarlijks in mei"]]))
    b.append(P("Het bureau rapporteert de uitkomsten per kwartaal aan het bestuur en jaarlijks in het jaarverslag; de "
               "evaluatie wordt elk jaar in juni met de OPR besproken."))
    b.append(H1("Ouders"))
    b.append(P("Ouders worden geinformeerd via de schoolgids van hun school, die een hoofdstuk over ondersteuning "
               "moet bevatten, en via de oudersite van het samenwerkingsverband met uitleg over sbo, so en arrangementen. "
               "Bij het eerste gesprek over extra ondersteuning krijgen ouders de folder 'Uw kind heeft meer nodig'. "
               "Jaarlijks is er een informatiebijeenkomst voor ouders in Purmerzijl."))
    b.append(P("Onafhankelijke ondersteuning voor ouders: p.m."))
    b += governance_chapter(c, rng, "De OPR bestaat uit tien leden, van wie vijf ouders. Zij hebben instemmingsrecht "
                                    "op dit plan en op iedere wijziging ervan.")
    b += personeel_chapter(c, rng)
    b += ict_chapter(c, rng)
    b += extra_chapters(c, rng)
    b.append(H1("Begrippenlijst"))
    b.append(TABLE([["Begrip", "Uitleg"], ["Verdeelmodel", "Regels voor de verdeling van ondersteuningsmiddelen over de scholen"],
                    ["Meerjarenbegroting", "Begroting voor de gehele planperiode, met bedragen per jaar"],
                    ["Aanvraagprocedure TLV", "De stappen om een toelaatbaarheidsverklaring aan te vragen"],
                    ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders"],
                    ["Terugplaatsing", "Overstap van sbo/so naar het regulier basisonderwijs"]]))
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial", financien="missing",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 'Wat elke school biedt': binding minimum per locatie with a concrete list",
               "plaatsing": "ch. 'Sbo en so: toelaatbaarheid': criteria table per sbo/so cluster and TLV duration; procedure only referred to the website",
               "terugstroom": "ch. 'Van sbo/so terug naar de basisschool': policy (aim, conditions, overgangsarrangement) but steps/initiator/evaluation deferred to 2026",
               "financien": "ch. 'Financien' only says verdeelmodel and meerjarenbegroting are separate documents; terms only in begrippenlijst",
               "dekkend-aanbod": "'Het netwerk van voorzieningen': getrapt netwerk plus signaleringslijst/zorgplichtoverleg for gaps",
               "resultaten": "content only in a table in 'Opbrengsten van passend onderwijs': nulmeting, streefwaarde, bron/moment; quarterly reporting",
               "ouders": "ch. 'Ouders': schoolgids, oudersite, folder; independent support is 'p.m.' (OPR parents = betrokkenheid)"})
    return b, c, labels


# ---------------------------------------------------------------------------------------------
# Plan 4: VO, HTML. BO missing, PL present (lwoo/pro + vso), TS present, FI partial (verdeling p.m.),
# DA partial (continuum only by reference; lacunes present), RE missing, OU present.
# ---------------------------------------------------------------------------------------------
def plan_heuvelzoom():
    rng = random.Random(1974)
    c = dict(naam="SWV VO Heuvelzoom", code="VO 31-02", periode="2026-2030", sectortekst="het voortgezet onderwijs",
             gemeenten="Heuvelrade, Simpelvoort, Gulpenberg en Vaalsbroek", bestuurder="dr. R. (Roel) Smeets")
    b = []
    b.append(("title", [c["naam"], "Ondersteuningsplan 2026-2030 (webversie)", "Laatst bijgewerkt 30 april 2026"]))
    b.append(TOC(["Voorwoord", "Context en kengetallen", "Missie en visie", "Ondersteuning op school",
                  "Dekkend netwerk", "Toelaatbaarheid: vso, lwoo en pro", "Terugplaatsing en overplaatsing",
                  "Financieel kader", "Resultaten", "Informatie en steun voor ouders", "Organisatie en governance",
                  "Personeel", "ICT en privacy", "Begrippen"]))
    b += voorwoord(c, rng)
    b += inleiding(c, rng)
    b += context_chapter(c, rng, [["Jaar", "Leerlingen vo", "Vso", "Pro", "Lwoo"],
                                  ["2023", "7.410", "198", "275", "802"], ["2024", "7.322", "204", "281", "790"],
                                  ["2025", "7.260", "210", "279", "781"]])
    b += visie_chapter(c, rng)
    b.append(H1("Ondersteuning op school"))
    b.append(P("Iedere school beschrijft in haar schoolgids welke ondersteuning zij biedt. Het samenwerkingsverband "
               "respecteert de eigenheid van de scholen en schrijft geen uniforme invulling voor. Naast de "
               "basisondersteuning zijn er op veel scholen specifieke programma's, bijvoorbeeld voor hoogbegaafde "
               "leerlingen of voor sporttalenten. " + filler("visie", rng, 2)))
    b.append(H1("Dekkend netwerk"))
    b.append(P("Een overzicht van alle arrangementen en voorzieningen in de regio, van schoolinterne trajecten tot het "
               "vso, is te vinden in de Sociale Kaart Heuvelzoom op onze website en wordt daar actueel gehouden."))
    b.append(P("Geen jongere mag tussen wal en schip vallen. Daarom geldt: wanneer een school een aangemelde of "
               "ingeschreven leerling niet zelf kan plaatsen, blijft die school verantwoordelijk totdat een andere school "
               "de leerling heeft ingeschreven (zorgplicht). Kan binnen acht weken geen plek worden gevonden, dan escaleert "
               "de school naar het Doorbraakoverleg onder voorzitterschap van de directeur-bestuurder, waaraan leerplicht, "
               "de gemeentelijke jeugdconsulent en de betrokken bestuurders deelnemen. Het Doorbraakoverleg neemt binnen "
               "tien werkdagen een besluit over de plek en de financiering. Elke thuiszitter wordt tweewekelijks besproken "
               "in het thuiszittersoverleg; eens per jaar stelt het bureau een analyse op van de plekken die ontbreken."))
    b.append(H1("Toelaatbaarheid: vso, lwoo en pro"))
    b.append(H2("Route"))
    b.append(P("Stap 1: de school bespreekt de leerling in het ondersteuningsteam en stelt met ouders en leerling "
               "het OPP op. Stap 2: de school dient via het portaal een aanvraag in bij het Bureau Toewijzing, met OPP, "
               "evaluatie en zienswijze van ouders en leerling. Stap 3: twee onafhankelijke deskundigen (een "
               "orthopedagoog of psycholoog en, per leerling bepaald, een tweede deskundige) brengen ieder een eigen "
               "schriftelijk advies uit. Stap 4: de Toewijzingscommissie besluit binnen zes weken. Stap 5: ouders "
               "ontvangen het besluit met de adviezen; zij kunnen binnen zes weken bezwaar maken, waarna het bestuur "
               "advies vraagt aan de Landelijke Bezwaaradviescommissie."))
    b.append(H2("Criteria"))
    b.append(P("Vso: de leerling is toelaatbaar wanneer (1) de school aantoonbaar de mogelijkheden van het reguliere "
               "vo en het OPDC heeft benut, (2) de ondersteuningsvraag structureel een combinatie van onderwijs en "
               "behandeling vraagt die alleen in het vso beschikbaar is, en (3) dit blijkt uit een OPP dat minimaal "
               "een keer is geevalueerd. De TLV geldt een of twee schooljaren; de bekostigingscategorie is laag, tenzij "
               "sprake is van een lichamelijke beperking (midden) of meervoudige beperking (hoog)."))
    b.append(P("Lwoo en pro: Heuvelzoom volgt de landelijke criteria (leerachterstand, IQ en, waar nodig, "
               "sociaal-emotionele problematiek). De aanwijzing lwoo geldt voor de hele opleiding; een TLV pro voor "
               "de duur van het praktijkonderwijs."))
    b.append(H1("Terugplaatsing en overplaatsing"))
    b.append(P("Heuvelzoom ziet plaatsing in het vso als een tijdelijke stap wanneer de ontwikkeling van de leerling "
               "dat toelaat. Ons beleid: een leerling keert terug naar het regulier vo zodra het OPP laat zien dat de "
               "ondersteuningsbehoefte binnen de mogelijkheden van een reguliere school valt, bij voorkeur een school "
               "dicht bij huis. De ontvangende school krijgt een terugkeerbudget van EUR 6.000 voor een jaar "
               "begeleiding."))
    b.append(P("Werkwijze: zes maanden voor het einde van de TLV beoordeelt de vso-school samen met ouders en "
               "leerling of terugkeer mogelijk is. Adviseert de vso-school terugkeer, dan zoekt de consulent van "
               "Heuvelzoom binnen vier weken een school; het besluit ligt bij de Toewijzingscommissie. Na drie en na "
               "negen maanden vindt een evaluatie plaats. Overplaatsing naar een andere vso-school verloopt via "
               "dezelfde commissie."))
    b.append(H1("Financieel kader"))
    b.append(P("Het verdeelmodel wordt in de planperiode herijkt. Hoe de middelen over de scholen worden verdeeld, "
               "staat voorlopig op p.m.; het bestuur neemt daarover naar verwachting eind 2026 een besluit."))
    b.append(TABLE([["Begroting (x EUR 1.000)", "2026", "2027", "2028", "2029"],
                    ["Inkomsten ondersteuningsbekostiging", "7.940", "7.880", "7.810", "7.760"],
                    ["Afdrachten vso/pro", "4.380", "4.410", "4.420", "4.430"],
                    ["Middelen naar schoolbesturen", "2.250", "2.200", "2.150", "2.110"],
                    ["Doorbraakoverleg en maatwerk", "310", "320", "330", "330"],
                    ["Terugkeerbudgetten", "90", "90", "90", "90"],
                    ["Bureau", "910", "920", "930", "940"]]))
    b.append(P("Bovenstaande begroting is bij het vaststellen van dit plan door het bestuur goedgekeurd."))
    b.append(H1("Resultaten"))
    b.append(P("Heuvelzoom werkt resultaatgericht. Een resultatenparagraaf met doelen en indicatoren wordt toegevoegd "
               "bij de eerste actualisatie van dit plan."))
    b.append(H1("Informatie en steun voor ouders"))
    b.append(P("Ouders vinden op de pagina 'Voor ouders' van onze website uitleg over ondersteuning, toelaatbaarheid en "
               "hun rechten; bij elke aanvraag ontvangen zij een informatiebrief met de naam van de consulent. De "
               "scholen nemen de informatie over in hun schoolgids. Ouders kunnen twee keer per jaar terecht op een "
               "inloopavond."))
    b.append(P("Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
               "Zuid-Limburg, dat niet onder het samenwerkingsverband valt, en bij de Onderwijsconsulenten. Bij "
               "geschillen over toelating of verwijdering kunnen ouders zich wenden tot de Geschillencommissie "
               "Passend Onderwijs."))
    b += governance_chapter(c, rng, "De OPR telt acht leden. De helft is ouder of leerling. De OPR stemde op 16 april "
                                    "2026 in met dit plan.")
    b += personeel_chapter(c, rng)
    b += ict_chapter(c, rng)
    b += extra_chapters(c, rng)
    b.append(H1("Begrippen"))
    b.append(TABLE([["Begrip", "Betekenis"],
                    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden"],
                    ["Kwaliteitszorg", "Het cyclisch meten en verbeteren van resultaten"],
                    ["Verdeelmodel", "Afspraken over de verdeling van de middelen"]]))
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 'Ondersteuning op school' leaves content to each schoolgids, no common level; definition only in 'Begrippen'",
               "plaatsing": "'Toelaatbaarheid: vso, lwoo en pro': 5-step route, two deskundigen, commissie, termijnen, criteria, duur/categorie, bezwaar",
               "terugstroom": "'Terugplaatsing en overplaatsing': policy with terugkeerbudget and werkwijze with timing, decider, evaluations",
               "financien": "'Financieel kader': verdeelmodel is p.m.; a 2026-2029 begroting table with amounts addresses besteding",
               "dekkend-aanbod": "'Dekkend netwerk': continuum only via Sociale Kaart on website; zorgplicht/Doorbraakoverleg/thuiszittersoverleg address lacunes",
               "resultaten": "'Resultaten' only promises a paragraph at the first actualisatie",
               "ouders": "'Informatie en steun voor ouders': website page, letter, inloopavond; OJSP Zuid-Limburg, Onderwijsconsulenten"})
    return b, c, labels


# ---------------------------------------------------------------------------------------------
# Plan 5: PO, PDF. BO present, PL missing (absent handboek), TS partial (procedure yes, beleid deferred),
# FI present, DA missing, RE partial (monitoring yes, doelen deferred), OU partial (steunpunt only).
# ---------------------------------------------------------------------------------------------
def plan_duinstreek():
    rng = random.Random(1975)
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Duinstreek", code="PO 28-11", periode="2026-2030",
             sectortekst="het primair onderwijs", gemeenten="Noordwijkerduin, Katwijkerhout en Voorhoutveen",
             bestuurder="drs. E. (Esra) Yilmaz")
    b = []
    b.append(("title", [c["naam"], "Ondersteuningsplan 2026-2030", "Vastgesteld 9 april 2026"]))
    b.append(TOC(["1 Voorwoord", "2 Context", "3 Missie en visie", "4 Basisondersteuning",
                  "5 Dekkend netwerk en thuiszitters", "6 Toelaatbaarheid sbo en so", "7 Na de TLV",
                  "8 Financien en meerjarenbegroting", "9 Kwaliteitszorg", "10 Ouders", "11 Organisatie",
                  "12 Personeel", "13 ICT en privacy", "14 Planning"]))
    b += voorwoord(c, rng)
    b += inleiding(c, rng)
    b += context_chapter(c, rng, [["Kengetal", "2025"], ["Basisscholen", "37"], ["Sbo", "1"], ["So", "2 locaties"],
                                  ["Leerlingen", "7.915"]])
    b += visie_chapter(c, rng)
    b.append(H1("Basisondersteuning"))
    b.append(P("In Duinstreek is basisondersteuning het geheel aan ondersteuning dat elke basisschool en elke "
               "nevenlocatie van een aangesloten bestuur ten minste levert. De besturen hebben dit niveau samen "
               "vastgesteld in tien standaarden. Op iedere school treft u in elk geval aan:"))
    b.append(TABLE([["Standaard", "Wat u mag verwachten"],
                    ["1 Zorgstructuur", "intern begeleider, leerlingvolgsysteem, groepsbespreking 3x per jaar"],
                    ["2 Lezen", "dyslexieprotocol met extra leestijd en voorleessoftware vanaf groep 3"],
                    ["3 Rekenen", "protocol ernstige rekenproblemen en dyscalculie"],
                    ["4 Gedrag", "schoolbreed gedragsprogramma en een aandachtsfunctionaris"],
                    ["5 Welbevinden", "jaarlijkse monitoring sociale veiligheid"],
                    ["6 Meer- en hoogbegaafdheid", "compacten en verrijken in de groep"],
                    ["7 NT2", "aanvullend taalaanbod voor leerlingen met een taalachterstand"],
                    ["8 Medisch", "protocol medisch handelen en toegankelijk gebouw"],
                    ["9 Samenwerking", "schoolmaatschappelijk werk en jeugdverpleegkundige op afroep"],
                    ["10 Executieve functies", "aanpak voor plannen en organiseren vanaf groep 6"]]))
    b.append(H1("Dekkend netwerk en thuiszitters"))
    b.append(P("Dit hoofdstuk wordt aangevuld nadat in het najaar van 2026 de gesprekken met gemeenten en jeugdhulp "
               "zijn afgerond."))
    b.append(H1("Toelaatbaarheid sbo en so"))
    b.append(P("Voor aanvragen van een toelaatbaarheidsverklaring volgen scholen het Handboek Toewijzing Duinstreek "
               "(bijlage 3). Daarin staan de stappen, de criteria en de samenstelling van de commissie."))
    b.append(H1("Na de TLV"))
    b.append(P("Iedere sbo- en so-school bespreekt elk jaar in maart met ouders de voortgang van het kind aan de hand "
               "van het OPP. In het laatste jaar van de TLV vraagt de school uiterlijk 1 december een gesprek aan met de "
               "consulent van het samenwerkingsverband. Consulent en school stellen samen vast of het kind kan "
               "terugkeren naar een basisschool; de directeur van het samenwerkingsverband neemt het besluit voor "
               "1 maart, zodat de ontvangende school zich kan voorbereiden."))
    b.append(P("Onder welke voorwaarden en met welke begeleiding een terugkeer plaatsvindt, krijgt in deze "
               "planperiode zijn beslag."))
    b.append(H1("Financien en meerjarenbegroting"))
    b.append(P("Duinstreek verdeelt de middelen volgens het schoolmodel. Ieder bestuur ontvangt jaarlijks in twee "
               "termijnen (augustus en januari) EUR 180 per leerling op basis van de telling van 1 oktober, plus een "
               "vaste voet van EUR 9.500 per school. Het samenwerkingsverband houdt een deel in voor het bureau en voor "
               "de afdrachten aan sbo en so. Besturen verantwoorden de inzet in een jaarlijkse rapportage volgens een "
               "vast format, die voor 1 juni bij het bureau binnen is."))
    b.append(TABLE([["Meerjarenbegroting (EUR)", "2026", "2027", "2028", "2029", "2030"],
                    ["Baten", "6.812.000", "6.760.000", "6.705.000", "6.660.000", "6.620.000"],
                    ["Afdrachten sbo/so", "3.905.000", "3.930.000", "3.940.000", "3.950.000", "3.960.000"],
                    ["Schoolbudgetten", "1.776.000", "1.760.000", "1.745.000", "1.730.000", "1.715.000"],
                    ["Bureau en consulenten", "720.000", "730.000", "740.000", "750.000", "760.000"],
                    ["Innovatiefonds", "250.000", "250.000", "200.000", "150.000", "150.000"],
                    ["Saldo", "161.000", "90.000", "80.000", "80.000", "35.000"]]))
    b.append(H1("Kwaliteitszorg"))
    b.append(P("Duinstreek werkt volgens een vaste kwaliteitscyclus. Drie keer per jaar verzamelt het bureau gegevens "
               "over deelname sbo en so (DUO), het aantal toelaatbaarheidsverklaringen, het aantal kinderen zonder "
               "onderwijsplek en de tevredenheid van scholen en ouders. In november bespreekt het bestuur een "
               "kwaliteitsrapportage; de bevindingen komen met een analyse in het jaarverslag, dat met de OPR wordt "
               "besproken en op de website wordt geplaatst. Schoolbezoeken vinden tweejaarlijks plaats."))
    b.append(P("Welke resultaten wij in deze planperiode willen bereiken, leggen wij vast in het jaarplan 2026-2027."))
    b.append(H1("Ouders"))
    b.append(P("Ouders die er met de school niet uitkomen of een luisterend oor zoeken, kunnen kosteloos terecht bij "
               "het Ouder- en Jeugdsteunpunt Bollenstreek. Dit steunpunt is onafhankelijk van scholen en "
               "samenwerkingsverband. Daarnaast kunnen ouders een beroep doen op een onderwijsconsulent en bij een "
               "geschil over toelating of verwijdering naar de Geschillencommissie Passend Onderwijs."))
    b.append(P("Hoe wij ouders over het ondersteuningsaanbod informeren, werken wij uit in een communicatieplan."))
    b += governance_chapter(c, rng, "De OPR heeft op 31 maart 2026 ingestemd met dit plan.")
    b += personeel_chapter(c, rng)
    b += ict_chapter(c, rng)
    b += extra_chapters(c, rng)
    b += planning_chapter(c, rng, [["Datum", "Stap"], ["12 februari 2026", "OOGO met de drie gemeenten"],
                                   ["31 maart 2026", "instemming OPR"], ["9 april 2026", "vaststelling bestuur"]])
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"financien": ["verantwoording"]},
        notes={"basisondersteuning": "ch. 'Basisondersteuning': ten standaarden for every school/nevenlocatie, content only in a table",
               "plaatsing": "ch. 'Toelaatbaarheid sbo en so' only refers to Handboek Toewijzing (bijlage 3), which is not part of the input",
               "terugstroom": "ch. 'Na de TLV' gives steps/dates/decider for return; conditions and support after return deferred ('krijgt zijn beslag')",
               "financien": "schoolmodel EUR 180 per leerling + vaste voet; meerjarenbegroting 2026-2030 table; verantwoording format",
               "dekkend-aanbod": "chapter 'Dekkend netwerk en thuiszitters' only says it will be added after autumn 2026",
               "resultaten": "'Kwaliteitszorg' describes the monitoring cycle; intended results deferred to jaarplan 2026-2027",
               "ouders": "'Ouders': OJSP Bollenstreek, onderwijsconsulent, geschillencommissie; informing parents deferred to a communicatieplan"})
    return b, c, labels


# ---------------------------------------------------------------------------------------------
# Near-miss: a VO school's own 'ondersteuningsplan' / schoolondersteuningsprofiel.
# ---------------------------------------------------------------------------------------------
def school_document():
    rng = random.Random(1976)
    b = []
    b.append(("title", ["Comenius Scholengemeenschap Zaltrecht", "Schoolondersteuningsplan 2025-2026",
                         "Onderdeel van de schoolgids", "aangesloten bij Samenwerkingsverband VO Rivierland-Oost"]))
    b.append(TOC(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op het Comenius", "4 Extra ondersteuning",
                  "5 Toelaatbaarheid en doorverwijzing", "6 Ouders", "7 Financien", "8 Resultaten"]))
    b.append(H1("Inleiding"))
    b.append(P("Dit schoolondersteuningsplan beschrijft hoe het Comenius, een school voor vmbo, havo en vwo met 1.450 "
               "leerlingen, de ondersteuning aan zijn eigen leerlingen organiseert. Het plan is opgesteld door het "
               "zorgteam en besproken met de medezeggenschapsraad van de school. Het ondersteuningsplan van het "
               "samenwerkingsverband is richtinggevend; dit document is daarvan de uitwerking op schoolniveau. "
               + filler("visie", rng, 4)))
    b.append(H1("Onze leerlingen"))
    b.append(P("Ongeveer 12% van onze leerlingen heeft een vorm van extra ondersteuning. In de onderbouw gaat het vooral "
               "om dyslexie, faalangst en planningsproblemen; in de bovenbouw vaker om psychische klachten. "
               + filler("context", rng, 3)))
    b.append(H1("Basisondersteuning op het Comenius"))
    b.append(P("Iedere leerling heeft een mentor die wekelijks een mentoruur verzorgt. De ondersteuningscoordinator "
               "mevrouw Lammers (0,8 fte) coordineert het zorgteam. Wij bieden een dyslexiecoach, een faalangsttraining, "
               "een huiswerkklas vier middagen per week en een rustruimte. Het zorgteam komt elke twee weken bijeen "
               "op dinsdag. " + filler("visie", rng, 3)))
    b.append(P("Zorgniveau 1 is de ondersteuning in de klas door de vakdocent; zorgniveau 2 is de mentor; zorgniveau 3 "
               "is het zorgteam; zorgniveau 4 is externe hulp via het ondersteuningsteam; zorgniveau 5 is verwijzing "
               "via het samenwerkingsverband."))
    b.append(H1("Extra ondersteuning"))
    b.append(P("Binnen de school hebben wij de Trajectklas (maximaal tien leerlingen), waar leerlingen tijdelijk "
               "kunnen werken met begeleiding van een ambulant begeleider. Plaatsing gebeurt in overleg met "
               "ouders en mentor. Wij maken gebruik van arrangementen van het samenwerkingsverband wanneer onze "
               "mogelijkheden ophouden. " + filler("personeel", rng, 3)))
    b.append(H1("Toelaatbaarheid en doorverwijzing"))
    b.append(P("Als wij een leerling niet meer passend kunnen begeleiden, vraagt de ondersteuningscoordinator namens "
               "de school een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Wij bereiden het dossier "
               "voor en bespreken dit vooraf met ouders. Het samenwerkingsverband beslist. Wij blijven betrokken bij "
               "leerlingen die van het vso terugkeren naar onze school."))
    b.append(H1("Ouders"))
    b.append(P("Ouders worden uitgenodigd voor het mentorgesprek, drie keer per jaar. Het ontwikkelingsperspectief "
               "bespreken wij altijd met ouders en leerling. Vragen over ondersteuning kunnen via de mentor of "
               "rechtstreeks bij de ondersteuningscoordinator worden gesteld. " + filler("visie", rng, 2)))
    b.append(H1("Financien"))
    b.append(P("De school ontvangt van het samenwerkingsverband een schoolbudget dat vooral wordt ingezet voor de "
               "formatie van het zorgteam en de Trajectklas. De schoolleiding legt in het jaarverslag van de "
               "stichting verantwoording af over de besteding."))
    b.append(H1("Resultaten"))
    b.append(P("In 2024-2025 stroomden 96% van de leerlingen met extra ondersteuning door naar het volgende leerjaar "
               "of behaalden hun diploma. De examenresultaten lagen boven het landelijk gemiddelde. "
               + filler("planning", rng, 3)))
    b.append(H1("Jaarkalender zorgteam"))
    b.append(TABLE([["Maand", "Activiteit"], ["september", "screening brugklas"], ["november", "eerste leerlingbespreking"],
                    ["februari", "evaluatie OPP's"], ["juni", "overdracht naar nieuwe mentoren"]]))
    b.append(P(filler("ict", rng, 5) + " " + filler("personeel", rng, 5) + " " + filler("visie", rng, 6)))
    labels = dict(sector="vo", looks_like_plan=False,
                  note="School-level schoolondersteuningsplan of one VO school (zorgniveaus, zorgteam, mentor, MR), "
                       "not the ondersteuningsplan of a samenwerkingsverband: it refers to the SWV's plan as a separate "
                       "document, has no OPR/OOGO, no verdeelmodel, and the SWV decides on TLVs.")
    return b, labels


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------
def render_docx(blocks, path, header):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = header + " - ondersteuningsplan, resultaten, ouders, financien"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val[0], level=0)
            for line in val[1:]:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for item in val:
                d.add_paragraph(item)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = "holdout197"
    cp.last_modified_by = "holdout197"
    cp.created = cp.modified = datetime.datetime(2026, 1, 1)
    cp.revision = 1
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the docx zip with fixed timestamps so output is byte-identical across runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def render_html(blocks, path, title):
    parts = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
             f"<title>{escape(title)}</title>",
             "<style>body{font-family:sans-serif;max-width:52em;margin:auto}nav{background:#eef}"
             "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style></head><body>",
             f'<header><p class="site">{escape(title)} | Home | Voor ouders | Voor scholen | Contact</p></header>']
    n = 0
    for kind, val in blocks:
        if kind == "title":
            parts.append("<h1>" + escape(val[0]) + "</h1>")
            parts += ["<p><em>" + escape(x) + "</em></p>" for x in val[1:]]
        elif kind == "toc":
            parts.append("<nav><h2>Inhoud</h2><ol>")
            parts += [f'<li><a href="#h{i + 1}">{escape(x)}</a></li>' for i, x in enumerate(val)]
            parts.append("</ol></nav><main>")
        elif kind == "h1":
            n += 1
            parts.append(f'<h2 id="h{n}">{escape(val)}</h2>')
        elif kind == "h2":
            parts.append(f"<h3>{escape(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{escape(val)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{escape(x)}</th>" for x in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            parts.append("<table>" + "".join(rows) + "</table>")
    parts.append("</main><footer><p>&copy; 2026 " + escape(title) +
                 " - Ouders | Financien | Resultaten | Privacy | Cookies</p></footer></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout197_pdf_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp), str(docx_path)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, lab):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {q(lab['note'])}"]
    else:
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in CORE]
        if lab["advisory"]:
            lines.append("advisory_addressed:")
            lines += [f"  {e}: [{', '.join(v)}]" for e, v in lab["advisory"].items()]
        else:
            lines.append("advisory_addressed: {}")
        lines.append("notes:")
        lines += [f"  {e}: {q(lab['notes'][e])}" for e in ELEMENTS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    # 1 VO Word with Deel B
    blocks, c, lab = plan_rivierland()
    render_docx(blocks, OUT / "vo-rivierland-oost-2026.docx", f"{c['naam']} | Ondersteuningsplan {c['periode']}")
    write_label(OUT / "vo-rivierland-oost-2026.expected.yaml", ["vo-rivierland-oost-2026.docx"], lab)
    # 2 VO PDF
    blocks, c, lab = plan_kempenrand()
    tmpdocx = OUT / "vo-kempenrand-2025.docx"
    render_docx(blocks, tmpdocx, f"{c['naam']} | OP {c['periode']}")
    to_pdf(tmpdocx, OUT / "vo-kempenrand-2025.pdf")
    tmpdocx.unlink()
    write_label(OUT / "vo-kempenrand-2025.expected.yaml", ["vo-kempenrand-2025.pdf"], lab)
    # 3 PO Word
    blocks, c, lab = plan_waterland()
    render_docx(blocks, OUT / "po-waterland-noord-2026.docx", f"{c['naam']} | CONCEPT")
    write_label(OUT / "po-waterland-noord-2026.expected.yaml", ["po-waterland-noord-2026.docx"], lab)
    # 4 VO HTML
    blocks, c, lab = plan_heuvelzoom()
    render_html(blocks, OUT / "vo-heuvelzoom-2026.html", c["naam"])
    write_label(OUT / "vo-heuvelzoom-2026.expected.yaml", ["vo-heuvelzoom-2026.html"], lab)
    # 5 PO PDF
    blocks, c, lab = plan_duinstreek()
    tmpdocx = OUT / "po-duinstreek-2026.docx"
    render_docx(blocks, tmpdocx, f"{c['naam']} | Ondersteuningsplan")
    to_pdf(tmpdocx, OUT / "po-duinstreek-2026.pdf")
    tmpdocx.unlink()
    write_label(OUT / "po-duinstreek-2026.expected.yaml", ["po-duinstreek-2026.pdf"], lab)
    # 6 near-miss
    blocks, lab = school_document()
    render_docx(blocks, OUT / "vo-comenius-schoolondersteuningsplan.docx", "Comenius Scholengemeenschap - zorgteam")
    write_label(OUT / "vo-comenius-schoolondersteuningsplan.expected.yaml",
                ["vo-comenius-schoolondersteuningsplan.docx"], lab)


if __name__ == "__main__":
    main()
