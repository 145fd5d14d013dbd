#!/usr/bin/env python3
"""Generate the holdout318 test set: five fictional ondersteuningsplannen and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# shared filler (written so that it does not address any element criterion)
# ---------------------------------------------------------------------------

def voorwoord(name, who, period):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {period} van {name}. Dit plan is het resultaat van "
              "een intensief traject waarin schoolleiders, intern begeleiders, ondersteuningscoördinatoren, "
              "bestuurders, gemeenten en de leden van de ondersteuningsplanraad met elkaar in gesprek zijn "
              "gegaan over de vraag wat passend onderwijs in onze regio de komende vier jaar betekent. We zijn "
              "dankbaar voor de betrokkenheid van al die mensen. Zonder hun inzet, hun kritische vragen en hun "
              "praktijkverhalen had dit plan er anders uitgezien."),
        ("p", "De afgelopen planperiode was er een van grote veranderingen. De naweeën van de schoolsluitingen, "
              "het lerarentekort en de toegenomen complexiteit van vragen van leerlingen hebben veel gevraagd van "
              "iedereen die in en om de school werkt. Tegelijk zagen we hoe scholen elkaar vonden, hoe "
              "teams creatief omgingen met beperkte middelen en hoe ouders en school samen zochten naar "
              "oplossingen. Die energie willen we vasthouden."),
        ("p", "Dit plan is geen eindpunt. Het is een kompas voor de komende jaren, dat we jaarlijks met elkaar "
              "bespreken. Waar nodig stellen we bij. We nodigen iedereen uit om met ons mee te denken, want "
              "passend onderwijs maken we samen. Ik wens u veel leesplezier."),
        ("p", f"{who}, directeur-bestuurder"),
    ]


def leeswijzer(name):
    return [
        ("h2", "Leeswijzer"),
        ("p", f"Het plan begint met een schets van de regio en van de organisatie van {name}. Daarna volgen de "
              "visie en de inhoudelijke hoofdstukken. De hoofdstukken over organisatie, medezeggenschap, "
              "samenwerking met gemeenten, personeel en privacy beschrijven de randvoorwaarden. Achter in het "
              "plan vindt u een begrippenlijst en een lijst met afkortingen. Waar in de tekst een bijlage wordt "
              "genoemd, is die bijlage los verkrijgbaar bij het bureau van het samenwerkingsverband."),
        ("p", "Wij hebben geprobeerd het plan leesbaar te houden voor ouders, leraren en bestuurders tegelijk. "
              "Dat betekent dat we soms vereenvoudigen. Waar u meer wilt weten, kunt u contact opnemen met het "
              "bureau."),
    ]


def visie(name, sector):
    kind = "kinderen" if sector == "po" else "jongeren"
    school = "basisschool" if sector == "po" else "middelbare school"
    return [
        ("h1", "Missie en visie"),
        ("p", f"{name} wil dat alle {kind} in de regio zich optimaal kunnen ontwikkelen. Wij geloven dat "
              f"ieder kind talenten heeft en dat de {school} de plek is waar die talenten tot bloei komen. "
              "Passend onderwijs is voor ons geen systeem van loketten en formulieren, maar een houding: "
              "kijken naar wat een leerling nodig heeft en daar samen antwoord op geven."),
        ("p", "Onze missie laat zich samenvatten in drie woorden: dichtbij, samen en deskundig. Dichtbij, "
              "omdat we vinden dat leerlingen zo veel mogelijk in hun eigen omgeving naar school moeten kunnen "
              "gaan. Samen, omdat geen school, geen bestuur en geen gemeente het alleen kan. Deskundig, omdat "
              "leraren de ruimte, de tijd en de kennis moeten krijgen om goed onderwijs te geven aan een steeds "
              "diversere groep leerlingen."),
        ("p", "Vanuit deze missie formuleren we enkele kernwaarden. Wij werken vanuit vertrouwen in de "
              "professional. Wij zijn transparant over keuzes en over de inzet van middelen. Wij handelen "
              "oplossingsgericht en zoeken niet naar schuldigen. Wij zien ouders als "
              "ervaringsdeskundigen als het om hun kind gaat. En wij zijn lerend: we durven onze eigen aanpak "
              "ter discussie te stellen."),
        ("p", "In de dagelijkse praktijk betekent dit dat we liever investeren in de kracht van de reguliere "
              "school dan in steeds nieuwe aparte voorzieningen, dat we bureaucratie willen terugdringen en dat "
              "we het gesprek over een arrangement of over toelaatbaarheid beginnen bij de vraag van de "
              "leerling, niet bij de regels. Deze visie is richtinggevend voor alle hoofdstukken die volgen."),
        ("p", "De visie is in het voorjaar besproken in drie regionale bijeenkomsten, waar ruim honderd "
              "deelnemers hun ideeën inbrachten. Opvallend vaak werd de wens uitgesproken om van elkaar te "
              "leren en om goede voorbeelden uit de ene school zichtbaar te maken voor de andere. Die wens "
              "nemen we mee in onze werkwijze."),
    ]


def regio(name, sector, boards):
    rows = [["Schoolbestuur", "Aantal scholen", "Leerlingen 1-10-2024"]] + boards
    n_school = sum(int(r[1]) for r in boards)
    kind = "basisscholen en scholen voor speciaal (basis)onderwijs" if sector == "po" else \
        "scholen voor voortgezet (speciaal) onderwijs"
    return [
        ("h1", "De regio en de organisatie"),
        ("p", f"Het werkgebied van {name} omvat vier gemeenten met samen ruim 140.000 inwoners. Het gebied "
              "bestaat uit een middelgrote stad met daaromheen een landelijk gebied met kernen van "
              "uiteenlopende grootte. De bevolkingsopbouw verschilt sterk per kern: in de stad groeit het "
              "aantal jonge gezinnen, in de kleinere dorpen daalt het aantal leerlingen al jaren."),
        ("p", f"Bij het samenwerkingsverband zijn {len(boards)} schoolbesturen aangesloten met samen "
              f"{n_school} {kind}. De onderstaande tabel geeft het overzicht per bestuur."),
        ("table", rows),
        ("p", "De teruglopende leerlingaantallen in het landelijk gebied hebben gevolgen voor de "
              "levensvatbaarheid van kleine scholen. Besturen werken daarom steeds vaker samen bij het "
              "inrichten van hun onderwijs. Dit raakt ook passend onderwijs: kleine teams hebben minder "
              "ruimte voor specialisaties en zijn kwetsbaar bij uitval."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in een bedrijfsverzamelgebouw in de stad "
              "en telt ongeveer twaalf medewerkers, onder wie beleidsmedewerkers, orthopedagogen, een "
              "controller en een managementassistent. Het bureau ondersteunt het bestuur en voert de "
              "wettelijke taken uit."),
    ]


def governance(name, model="raad van toezicht"):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{name} is een stichting. De aangesloten schoolbesturen vormen samen de algemene vergadering, "
              "die onder meer de statuten wijzigt en de leden van het toezichthoudend orgaan benoemt. Het "
              f"bestuur wordt gevormd door een onafhankelijke directeur-bestuurder; het toezicht ligt bij een "
              f"{model} van vijf leden, van wie drie afkomstig uit de kring van de aangesloten besturen en twee "
              "onafhankelijke leden."),
        ("p", "Met deze scheiding tussen bestuur en toezicht volgen wij de Code Goed Bestuur. Het "
              "toezichthoudend orgaan vergadert vijf keer per jaar en heeft een auditcommissie en een commissie "
              "onderwijs en kwaliteit. Het toezichtkader is in 2023 herzien en is te vinden op onze website."),
        ("p", "De directeur-bestuurder legt verantwoording af aan het toezichthoudend orgaan en overlegt "
              "structureel met de directeuren van de schoolbesturen in het directeurenoverleg. In dat overleg "
              "worden beleidsvoorstellen voorbereid en worden ervaringen uitgewisseld. Het overleg heeft geen "
              "formele bevoegdheden maar is in de praktijk een belangrijke plek voor afstemming."),
        ("p", "De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen en het "
              "samenwerkingsverband. Een geschil wordt eerst in onderling overleg besproken; lukt dat niet, dan "
              "kan het worden voorgelegd aan een onafhankelijke geschillencommissie. Sinds de oprichting is "
              "deze regeling niet gebruikt."),
        ("p", "Het samenwerkingsverband is werkgever van de medewerkers van het bureau en van de "
              "medewerkers die in de bovenschoolse teams werken. De arbeidsvoorwaarden volgen de geldende "
              "cao. Het personeelsbeleid wordt nader beschreven in het hoofdstuk Personeel."),
    ]


def opr(name, with_parents=True):
    who = ("De raad bestaat uit acht leden: vier ouders en vier personeelsleden, afgevaardigd door de "
           "medezeggenschapsraden van de aangesloten scholen. Ouderleden brengen het perspectief van "
           "gezinnen in; zij toetsen plannen aan de vraag of ze in de praktijk voor kinderen werken."
           if with_parents else
           "De raad bestaat uit acht leden die zijn afgevaardigd door de medezeggenschapsraden van de "
           "aangesloten scholen.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", f"{name} heeft een ondersteuningsplanraad (OPR). {who} De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan en op wijzigingen daarvan."),
        ("p", "De OPR vergadert zes keer per jaar. De directeur-bestuurder is bij een deel van de vergadering "
              "aanwezig om toelichting te geven. De raad krijgt ondersteuning van een ambtelijk secretaris en "
              "volgt jaarlijks een scholing. Met de OPR zijn afspraken gemaakt over de informatievoorziening "
              "en over de termijnen waarbinnen stukken worden aangeleverd."),
        ("p", "Daarnaast heeft het samenwerkingsverband, als werkgever, een eigen medezeggenschapsraad voor de "
              "medewerkers van het bureau en de bovenschoolse teams. Deze raad bespreekt onder meer het "
              "formatieplan en het scholingsbeleid."),
    ]


def oogo(name, rich=True):
    if not rich:
        return [
            ("h1", "Overleg met gemeenten"),
            ("p", f"Het concept van dit plan is op 13 maart 2025 besproken in het op overeenstemming gericht "
                  f"overleg (OOGO) met de wethouders onderwijs van de vier gemeenten in het werkgebied van "
                  f"{name}. Het verslag van dat overleg is vastgesteld op 10 april 2025. Daarnaast is het "
                  "concept voor overleg toegestuurd aan het samenwerkingsverband in de andere sector waarvan "
                  "het werkgebied overlapt; dat heeft geen opmerkingen gemaakt."),
            ("p", "De gemeenten en het samenwerkingsverband hebben afgesproken dat zij elkaar tijdig informeren "
                  "over nieuwe beleidsplannen. De procedure voor het OOGO, met daarin een regeling voor "
                  "geschillen, is in 2022 door beide partijen vastgesteld."),
        ]
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp raken elkaar dagelijks. {name} voert daarom twee keer per jaar "
              "bestuurlijk overleg met de wethouders onderwijs en jeugd van de vier gemeenten, en het "
              "concept van dit plan is op 20 maart 2025 besproken in het op overeenstemming gericht overleg "
              "(OOGO). De gemeenten hebben hun eigen beleidsplan jeugd op hun beurt met ons besproken."),
        ("p", "In de OOGO-agenda staan vijf gezamenlijke thema's: de aansluiting tussen ondersteuning op school "
              "en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, de overgang naar vervolgonderwijs en de "
              "aanpak van verzuim. Per thema is een werkgroep actief met een vertegenwoordiger van gemeenten "
              "en van scholen. Op iedere school is een schoolmaatschappelijk werker of jeugdprofessional "
              "van het lokale team verbonden, die de school en ouders snel kan verbinden met hulp."),
        ("p", "Voor leerlingen die naast onderwijs ook zorg nodig hebben, maken we onderwijs-zorgarrangementen. "
              "De school, de gemeente en de zorgaanbieder stellen samen één plan op, met één contactpersoon "
              "voor het gezin. De financiering van de zorgcomponent ligt bij de gemeente, het onderwijsdeel "
              "bij het samenwerkingsverband en het schoolbestuur."),
    ]


def personeel(name):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort "
              "raakt onze regio hard: op sommige scholen staan groepen structureel voor een onbevoegde "
              "invaller of worden groepen samengevoegd. Dat maakt het moeilijk om leerlingen met extra "
              "vragen goed te bedienen."),
        ("p", f"{name} is geen werkgever van de leraren; dat zijn de schoolbesturen. Wel kunnen wij bijdragen "
              "aan de deskundigheid van teams. Wij organiseren jaarlijks een leergang voor intern begeleiders en "
              "ondersteuningscoördinatoren, netwerkbijeenkomsten rond thema's als gedrag, taalontwikkeling en "
              "hoogbegaafdheid, en een jaarlijkse studiedag voor alle medewerkers in de regio."),
        ("p", "De orthopedagogen en gedragsspecialisten van het bureau worden ingezet als consulent voor "
              "scholen. Zij denken mee bij vragen over individuele leerlingen en over de aanpak in de groep. "
              "De consulenten zijn zelf in dienst van het samenwerkingsverband en nemen deel aan "
              "intervisie en scholing, zodat hun kennis actueel blijft."),
        ("p", "Bij de personeelsplanning van het bureau houden we rekening met de vergrijzing: binnen vijf jaar "
              "gaan vier medewerkers met pensioen. We werken daarom aan kennisoverdracht en aan het opleiden "
              "van jonge collega's. Nieuwe medewerkers krijgen een inwerkprogramma van een half jaar."),
        ("p", "Bij het opstellen van dit plan is ook gesproken met de personeelsgeleding van de OPR over de "
              "gevolgen voor het werk van leraren. Zij vroegen aandacht voor werkdruk en voor de tijd die "
              "leraren nodig hebben voor overleg over leerlingen. Die signalen nemen we serieus."),
    ]


def ict_privacy(name):
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", f"{name} verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en adviezen. Wij "
              "doen dat volgens de Algemene verordening gegevensbescherming (AVG). Er is een functionaris "
              "gegevensbescherming aangesteld die wij delen met twee andere samenwerkingsverbanden."),
        ("p", "Gegevens worden opgeslagen in een beveiligde digitale omgeving. Alleen medewerkers die de "
              "gegevens voor hun taak nodig hebben, krijgen toegang. Dossiers die betrekking hebben op "
              "toelaatbaarheid worden bewaard tot drie jaar na het besluit. Jaarlijks voeren wij een audit uit "
              "op de toegangsrechten en wordt een bewustwordingsbijeenkomst voor medewerkers georganiseerd."),
        ("p", "In de planperiode vervangen wij het huidige registratiesysteem door een nieuw systeem dat beter "
              "aansluit op de administratiesystemen van de scholen. De aanbesteding is gestart in 2024; de "
              "invoering is voorzien voor het schooljaar 2025-2026. Ook verbeteren wij de toegankelijkheid "
              "van onze website voor mensen met een visuele beperking."),
        ("p", "Een datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens. In 2024 is één "
              "datalek gemeld, waarbij een e-mail met een verslag aan de verkeerde ontvanger was gestuurd. "
              "Naar aanleiding daarvan zijn de werkinstructies aangescherpt."),
    ]


def planning(name, dates):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", f"Dit plan is in de periode september 2024 tot en met april 2025 tot stand gekomen. Een "
              "schrijfgroep met vertegenwoordigers van besturen, scholen en het bureau heeft de teksten "
              "voorbereid. Tussentijdse versies zijn besproken in het directeurenoverleg, met de OPR en in "
              "regionale bijeenkomsten."),
        ("table", [["Stap", "Datum"]] + dates),
        ("p", "Tijdens de planperiode stelt het bestuur jaarlijks een jaarplan en een begroting vast. Halverwege "
              "de periode bespreken bestuur en OPR of het plan moet worden bijgesteld. Wijzigingen die de inhoud van het plan "
              "raken, worden opnieuw ter instemming aan de OPR voorgelegd."),
    ]


def extra(name):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", f"{name} wil een lerende regio zijn. In de afgelopen jaren zijn op verschillende scholen "
              "waardevolle initiatieven ontstaan, zoals co-teaching in de onderbouw, het werken met "
              "leerlingpanels en de inzet van beeldcoaching bij startende leraren. Deze voorbeelden bleven tot "
              "nu toe vaak binnen de muren van één school. Wij willen ze beter zichtbaar maken."),
        ("p", "Daarom organiseren wij jaarlijks een regionale kennismarkt, waar teams elkaar hun aanpak laten "
              "zien. Ook starten wij een digitaal platform waarop leraren en intern begeleiders materialen, "
              "lesideeën en praktijkverhalen delen. Het platform wordt beheerd door twee medewerkers van het "
              "bureau en is toegankelijk voor alle medewerkers van de aangesloten scholen."),
        ("p", "Met de lerarenopleidingen in de regio werken wij samen in een academische werkplaats. Studenten "
              "doen onderzoek naar vragen die scholen zelf inbrengen, bijvoorbeeld over de inzet van "
              "onderwijsassistenten of over het gesprek met leerlingen over hun eigen leerproces. De "
              "uitkomsten worden gedeeld tijdens de kennismarkt en in de nieuwsbrief."),
        ("h1", "Integriteit en interne organisatie"),
        ("p", "Het samenwerkingsverband hanteert een integriteitscode voor bestuur, toezicht en medewerkers. "
              "Nevenfuncties van de directeur-bestuurder en van de leden van het toezichthoudend orgaan worden "
              "openbaar gemaakt. Er is een regeling voor het melden van vermoedens van misstanden door "
              "medewerkers, met een externe vertrouwenspersoon."),
        ("p", "De interne organisatie van het bureau is in 2024 vernieuwd. Er zijn drie teams: beleid en "
              "bestuursondersteuning, consulenten en bedrijfsvoering. Elk team heeft een coördinator die "
              "deelneemt aan het managementoverleg. Voor de bedrijfsvoering, waaronder salarisadministratie "
              "en ICT-beheer, maken wij gebruik van een administratiekantoor. De dienstverleningsovereenkomst "
              "wordt jaarlijks geëvalueerd."),
        ("p", "Het bureau werkt sinds 2023 grotendeels hybride. Medewerkers zijn twee dagen per week op "
              "kantoor en verder op scholen of thuis. Dit bevalt goed, maar vraagt om heldere afspraken over "
              "bereikbaarheid. Op werkdagen is het bureau tussen 8.30 en 16.30 uur telefonisch bereikbaar voor "
              "scholen en besturen. Ook de duurzaamheid van onze bedrijfsvoering krijgt aandacht: wij reizen "
              "waar mogelijk met het openbaar vervoer en het kantoor draait op groene stroom."),
    ]


def wettelijk_kader(name, sector):
    art = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder WVO 2020)"
    sp = "sbo en so" if sector == "po" else "vso, lwoo en pro"
    return [
        ("h2", "Wettelijk kader"),
        ("p", f"Het ondersteuningsplan is het belangrijkste beleidsdocument van {name}. De wet schrijft voor dat "
              "een samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Volgens "
              f"{art} bevat het plan in elk geval: de wijze waarop een samenhangend geheel van "
              "ondersteuningsvoorzieningen binnen en tussen de scholen wordt georganiseerd, inclusief de "
              "basisondersteuning; de procedure en criteria voor de verdeling en besteding van middelen, mede "
              f"in het licht van een meerjarenbegroting; de procedure en criteria voor toelaatbaarheid tot {sp}; "
              "de procedure en het beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte "
              "resultaten en de daaraan gekoppelde bekostiging; en de wijze waarop ouders worden geïnformeerd "
              "over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden."),
        ("p", "Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht "
              "overleg met de gemeenten en heeft de ondersteuningsplanraad ingestemd. Het plan wordt vóór 1 mei "
              "naar de Inspectie van het Onderwijs gestuurd. Dit plan volgt de wettelijke opbouw niet "
              "letterlijk; de hoofdstukindeling is gekozen vanuit de vragen die ouders en scholen ons het "
              "vaakst stellen."),
    ]


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("toc", entries)]


def begrippen(items):
    return [("h1", "Bijlage: Begrippenlijst"),
            ("table", [["Begrip", "Omschrijving"]] + items)]


def afkortingen(items):
    return [("h1", "Afkortingenlijst"), ("table", [["Afkorting", "Betekenis"]] + items)]


# ---------------------------------------------------------------------------
# Plan A — PO, docx
# ---------------------------------------------------------------------------

def plan_a():
    n = "Samenwerkingsverband Passend Primair Onderwijs Maas en Waal"
    s = "SWV Maas en Waal"
    b = []
    b += [("title", [n, "PO 30-09", "Ondersteuningsplan 2025-2029", "Vastgesteld door het bestuur op 24 april 2025"])]
    b += toc(["Voorwoord", "1. De regio en de organisatie", "2. Missie en visie",
              "3. Wat elke school biedt", "4. Extra ondersteuning en het dekkend netwerk",
              "5. Toelaatbaarheid en terugplaatsing", "6. Ambities en resultaten",
              "7. Communicatie", "8. Geld en middelen", "9. Organisatie en governance",
              "10. Medezeggenschap", "11. Samenwerking met gemeenten en jeugdhulp",
              "12. Personeel en professionalisering", "13. ICT, gegevens en privacy",
              "14. Totstandkoming en planning", "Bijlage: Begrippenlijst",
              "Bijlage 5: Criteria toelaatbaarheid (separaat)", "Bijlage 6: Ouder- en jeugdsteunpunt (separaat)"])
    b += voorwoord(s, "Marieke van Doorn", "2025-2029")
    b += leeswijzer(s)
    b += regio(s, "po", [["Stichting Maasland Primair", "14", "3.980"], ["Stichting Katholiek Onderwijs Waal", "11", "2.705"],
                         ["Vereniging Christelijk Onderwijs De Brug", "6", "1.412"], ["Openbaar Onderwijs Rivierenland", "9", "2.268"],
                         ["Stichting Speciaal Onderwijs De Linge (so)", "2", "318"], ["SBO De Kompasroos", "1", "164"]])
    b += visie(s, "po")
    b += [
        ("h1", "Wat elke school biedt"),
        ("p", "Alle besturen in het samenwerkingsverband hebben met elkaar afgesproken welke ondersteuning "
              "iedere school in de regio minimaal biedt. Dit noemen wij de basisondersteuning. De afspraak "
              "geldt voor elke vestiging van elke aangesloten basisschool, ongeacht denominatie of grootte. "
              "Een school die een onderdeel (nog) niet kan bieden, meldt dit aan het bureau en maakt een "
              "verbeterplan; de consulent van het samenwerkingsverband begeleidt dat traject."),
        ("p", "Ouders mogen op iedere school het volgende verwachten:"),
        ("ul", ["een intern begeleider met ten minste één dag per week per 200 leerlingen beschikbaarheid voor "
                "leerlingbesprekingen en overleg met ouders;",
                "een dyslexieprotocol volgens het landelijk protocol, met signalering in groep 2 en 3 en "
                "extra lees-instructie in een kleine groep;",
                "een aanpak voor rekenproblemen, inclusief signalering van ernstige rekenproblemen en "
                "dyscalculie;",
                "een schoolbreed programma voor sociaal-emotionele ontwikkeling en een pestprotocol;",
                "verrijkingsmateriaal en compacten voor leerlingen die meer aankunnen;",
                "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                "handelingsgericht werken met groepsplannen of groepsoverzichten en twee keer per jaar een "
                "groepsbespreking met de intern begeleider;",
                "de mogelijkheid om zonder wachttijd een consulent van het samenwerkingsverband te "
                "consulteren."]),
        ("p", "Ligt de vraag van een leerling buiten deze basisondersteuning, dan spreken we van extra "
              "ondersteuning. Het volgende hoofdstuk beschrijft hoe die wordt georganiseerd."),
        ("p", "Twee keer per planperiode voert het bureau met elke school een kwaliteitsgesprek over de "
              "basisondersteuning aan de hand van een kwaliteitskaart. De uitkomsten worden besproken met "
              "het bestuur van de school."),
        ("h1", "Extra ondersteuning en het dekkend netwerk"),
        ("p", "Passend onderwijs in Maas en Waal is opgebouwd in lagen. De eerste laag is de "
              "basisondersteuning op de eigen school. De tweede laag bestaat uit arrangementen op de eigen "
              "school met inzet van het samenwerkingsverband: een individueel arrangement (bijvoorbeeld extra "
              "begeleiding door een specialist of een onderwijsassistent), een groepsarrangement voor drie of "
              "meer leerlingen met een vergelijkbare vraag, of ambulante begeleiding door het so. De derde laag "
              "zijn de bovenschoolse voorzieningen: de taalklas voor nieuwkomers in de stad, de plusklas voor "
              "hoogbegaafde leerlingen op drie locaties en de observatiegroep bij SBO De Kompasroos. De vierde "
              "laag is het speciaal (basis)onderwijs."),
        ("table", [["Laag", "Voorziening", "Waar", "Toegang via"],
                   ["1", "Basisondersteuning", "elke school", "de school zelf"],
                   ["2", "Individueel of groepsarrangement", "eigen school", "aanvraag bij het Ondersteuningsloket"],
                   ["3", "Taalklas, plusklas, observatiegroep", "3 locaties", "Ondersteuningsloket"],
                   ["4", "SBO De Kompasroos, SO De Linge", "stad", "toelaatbaarheidsverklaring"]]),
        ("p", "Elk jaar in februari brengt het bureau in kaart waar het aanbod tekortschiet. We gebruiken daarvoor "
              "de wachtlijsten van de voorzieningen, de meldingen van leerplicht en de signalen uit het "
              "Ondersteuningsloket. In 2024 bleek er geen passend aanbod te zijn voor jonge kinderen met een "
              "ernstige taalontwikkelingsstoornis in het oosten van de regio; daarom starten we in augustus 2025 "
              "een tweede taalgroep in Druten. Wachttijden langer dan zes weken worden binnen een maand "
              "besproken in het directeurenoverleg, dat een oplossing moet aanwijzen."),
        ("p", "Voor thuiszitters geldt een vaste werkwijze. Zodra een leerling vier weken geen onderwijs heeft "
              "gevolgd, meldt de school dit bij de leerplichtambtenaar en bij het loket. Binnen twee weken volgt "
              "een overleg met ouders, school, leerplicht en een consulent, waarin een terugkeerplan wordt "
              "gemaakt. Het schoolbestuur behoudt de zorgplicht totdat een andere school de leerling heeft "
              "ingeschreven. Elk kwartaal bespreekt het bureau de lijst van thuiszitters met de "
              "leerplichtambtenaren van de vier gemeenten."),
        ("h1", "Toelaatbaarheid en terugplaatsing"),
        ("p", "Voor plaatsing in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so) is een "
              "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt gedaan "
              "door het bestuur van de school waar de leerling staat ingeschreven, na overleg met de ouders. De "
              "school levert het ontwikkelingsperspectief, het groeidocument en de zienswijze van de ouders "
              "aan bij het Ondersteuningsloket. De Commissie Toelaatbaarheid beslist binnen zes weken na "
              "ontvangst van het volledige dossier; zij vraagt daarbij advies aan een orthopedagoog en een "
              "tweede deskundige die niet bij de aanvraag betrokken zijn geweest. Het besluit wordt schriftelijk "
              "aan het schoolbestuur en de ouders meegedeeld."),
        ("p", "Aan welke voorwaarden een leerling moet voldoen om toelaatbaar te worden verklaard, is "
              "uitgewerkt in bijlage 5, Criteria toelaatbaarheid. Een TLV wordt in de regel afgegeven voor "
              "twee schooljaren; voor het so wordt tevens de bekostigingscategorie vastgesteld."),
        ("p", "Een plaatsing in het sbo of so hoeft niet blijvend te zijn. Ons beleid is dat iedere leerling "
              "die dat kan, terugkeert naar een reguliere basisschool, zo dicht mogelijk bij huis. Een "
              "terugplaatsing gebeurt alleen als de ouders, de speciale school en de ontvangende school "
              "verwachten dat de leerling daar met ondersteuning kan functioneren. De ontvangende school krijgt "
              "daarvoor een terugplaatsingsarrangement van het samenwerkingsverband van maximaal een jaar, met "
              "begeleiding door een leerkracht van de speciale school."),
        ("p", "De werkwijze is als volgt. Bij elke jaarlijkse evaluatie van het ontwikkelingsperspectief "
              "beoordeelt de commissie van begeleiding van de sbo- of so-school of terugplaatsing in beeld is. "
              "Uiterlijk 1 februari van het laatste jaar van de TLV neemt de speciale school het initiatief "
              "voor een overleg met ouders, een consulent van het samenwerkingsverband en een mogelijke "
              "ontvangende school. Blijkt terugkeer mogelijk, dan volgt een proefperiode van zes weken; de "
              "consulent adviseert daarna en het schoolbestuur van de ontvangende school besluit over "
              "inschrijving. Blijkt terugkeer niet mogelijk, dan vraagt de speciale school vóór 1 april een "
              "nieuwe TLV aan. Met het verstrijken van de TLV eindigt de grondslag voor het verblijf in het "
              "speciaal onderwijs."),
        ("h1", "Ambities en resultaten"),
        ("p", "In de vorige planperiode lag de nadruk op het bouwen van de structuur. Voor de komende vier jaar "
              "kiezen we voor vier ambities, die we hieronder vertalen naar beoogde resultaten voor leerlingen "
              "die extra ondersteuning nodig hebben."),
        ("table", [["Ambitie", "Beoogd resultaat in 2029"],
                   ["Thuisnabij onderwijs", "het deelnamepercentage sbo daalt van 2,4% naar ten hoogste 2,0%"],
                   ["Geen thuiszitters", "geen enkele leerling langer dan drie maanden zonder onderwijsaanbod"],
                   ["Snel duidelijkheid", "90% van de aanvragen bij het loket is binnen zes weken afgehandeld"],
                   ["Sterke basis", "alle scholen voldoen aan de afspraken over basisondersteuning"]]),
        ("p", "Hoe en wanneer wij deze resultaten gaan meten en rapporteren, beschrijven wij in het nieuwe "
              "kwaliteitskader dat in het eerste planjaar onder verantwoordelijkheid van de directeur-bestuurder "
              "wordt opgesteld. Tot dat kader gereed is, werken wij met de bestaande afspraken, die op dit "
              "moment worden herijkt."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband informeert ouders "
              "op verschillende manieren over de ondersteuningsmogelijkheden. Op de website staat per "
              "school het schoolondersteuningsprofiel en een overzicht van de bovenschoolse voorzieningen. "
              "Iedere school neemt in de schoolgids een vaste paragraaf op over passend onderwijs, met een "
              "verwijzing naar het samenwerkingsverband. Twee keer per jaar houden we een informatieavond "
              "voor ouders in de stad en één keer in het landelijk gebied. De folder 'Extra ondersteuning, "
              "hoe werkt dat?' is beschikbaar in het Nederlands, Arabisch, Turks en Pools en ligt op alle "
              "scholen."),
        ("p", "Voor professionals verschijnt vier keer per jaar een digitale nieuwsbrief. Daarnaast zijn wij actief "
              "op LinkedIn en publiceren wij jaarlijks een publieksversie van het jaarverslag."),
        ("p", "Over de inrichting van een ouder- en jeugdsteunpunt besluit het bestuur in het voorjaar van 2026, "
              "wanneer de landelijke regels duidelijk zijn. Een beschrijving volgt in bijlage 6."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Na aftrek van de afdrachten aan DUO voor leerlingen in het so resteert een bedrag dat wij als volgt "
              "verdelen. Iedere school ontvangt een vaste voet van € 6.000 en een bedrag van € 95 per leerling op "
              "de teldatum van 1 oktober; dit geld is bedoeld voor de uitvoering van de basisondersteuning en "
              "lichte arrangementen. Arrangementen in laag 2 en 3 worden aangevraagd bij het loket en "
              "toegekend op basis van het ontwikkelingsperspectief; de loketcommissie besluit binnen vier weken. "
              "Het bestuur stelt de bedragen jaarlijks vast bij de begroting in december."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen", "10.840", "10.720", "10.610", "10.530"],
                   ["Afdrachten so (DUO)", "3.120", "3.050", "2.980", "2.940"],
                   ["Schoolbudgetten (vaste voet + per leerling)", "1.190", "1.175", "1.160", "1.150"],
                   ["Arrangementen laag 2", "2.450", "2.450", "2.420", "2.400"],
                   ["Bovenschoolse voorzieningen laag 3", "1.380", "1.420", "1.420", "1.420"],
                   ["Sbo (incl. groeibekostiging)", "1.610", "1.580", "1.560", "1.540"],
                   ["Bureau, consulenten en loket", "1.020", "1.030", "1.040", "1.050"],
                   ["Resultaat", "-930", "-985", "-970", "-970"]]),
        ("p", "Het negatieve resultaat is bewust: de algemene reserve bedraagt eind 2024 € 3,9 miljoen en wordt "
              "in vier jaar afgebouwd tot de signaleringswaarde. Scholen verantwoorden jaarlijks in een korte "
              "rapportage waaraan zij hun schoolbudget hebben besteed."),
    ]
    b += governance(s)
    b += opr(s)
    b += oogo(s)
    b += personeel(s)
    b += ict_privacy(s)
    b += planning(s, [["Instemming OPR", "15 april 2025"], ["OOGO gemeenten", "20 maart 2025"],
                      ["Vaststelling bestuur", "24 april 2025"], ["Verzending Inspectie", "28 april 2025"]])
    b += begrippen([
        ["Basisondersteuning", "De afgesproken ondersteuning die elke school in het samenwerkingsverband biedt."],
        ["Bezwaar", "Ouders en besturen kunnen bezwaar maken tegen een besluit over toelaatbaarheid bij de Landelijke Bezwaaradviescommissie."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen en bij onenigheid."],
        ["Onderwijsconsulent", "Landelijk werkende, onafhankelijke adviseur die ouders helpt bij een vastgelopen situatie."],
        ["Terugplaatsing", "Overstap van een leerling van sbo of so naar het regulier onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Kwaliteitszorg", "Het systematisch volgen en verbeteren van de resultaten."],
    ])
    return b


# ---------------------------------------------------------------------------
# Plan B — VO, docx
# ---------------------------------------------------------------------------

def plan_b():
    n = "Samenwerkingsverband Voortgezet Onderwijs Kempenrand"
    s = "SWV VO Kempenrand"
    b = [("title", [n, "VO 30-07", "Ondersteuningsplan 2026-2030", "Versie ter instemming OPR, maart 2026"])]
    b += toc(["Voorwoord", "1. De regio en de organisatie", "2. Missie en visie", "3. Basisondersteuning",
              "4. Het ondersteuningscontinuüm", "5. Toewijzing: vso, lwoo en pro", "6. Doorstroom en overgangen",
              "7. Resultaten en kwaliteitszorg", "8. Ouders en leerlingen", "9. Financiën",
              "10. Organisatie en governance", "11. Medezeggenschap", "12. Samenwerking met gemeenten en jeugdhulp",
              "13. Personeel en professionalisering", "14. ICT, gegevens en privacy", "15. Totstandkoming en planning",
              "Bijlage: Begrippenlijst", "Afkortingenlijst"])
    b += voorwoord(s, "drs. Jeroen Hesselink", "2026-2030")
    b += leeswijzer(s)
    b += regio(s, "vo", [["Stichting Kempenrand College", "3", "4.310"], ["Ons Middelbaar Onderwijs", "4", "5.920"],
                         ["Stichting Praktijkonderwijs De Hoeve", "1", "312"], ["Stichting VSO Het Palet", "2", "455"]])
    b += visie(s, "vo")
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De basisondersteuning is het door alle aangesloten besturen vastgestelde niveau van ondersteuning "
              "dat op iedere vestiging van iedere school voor voortgezet onderwijs in Kempenrand aanwezig moet "
              "zijn. Het is de ondergrens: geen enkele vestiging mag daaronder zitten, en een leerling hoeft "
              "voor deze ondersteuning geen aanvraag te doen. Alles wat een vestiging daarbovenop biedt, is "
              "extra ondersteuning."),
        ("p", "Welke concrete voorzieningen daarbij horen, verschilt per vestiging en staat in het "
              "schoolondersteuningsprofiel dat elke school op haar eigen website publiceert. Het "
              "samenwerkingsverband verzamelt deze profielen niet centraal."),
        ("p", "Het bureau bespreekt elk jaar met iedere vestiging in een auditgesprek of de basisondersteuning "
              "op orde is. Wanneer een vestiging onder de ondergrens blijkt te zitten, maakt het bestuur binnen "
              "drie maanden een verbeterplan dat in het directeurenoverleg wordt besproken."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Tussen basisondersteuning en het voortgezet speciaal onderwijs ligt een breed continuüm van "
              "voorzieningen. Het samenwerkingsverband wil dat elke leerling een zo passend mogelijke plek "
              "heeft, zo veel mogelijk binnen het regulier onderwijs."),
        ("table", [["Niveau", "Aanbod", "Voor wie"],
                   ["1 Basis", "zie het schoolondersteuningsprofiel van de vestiging", "alle leerlingen"],
                   ["2 Extra op school", "ondersteuningsklas, trajectvoorziening, rebound-plekken op elke locatie", "leerlingen met een OPP"],
                   ["3 Bovenschools", "OPDC De Overstap (60 plaatsen), Time-out Kempenrand, Plusprogramma HB", "na besluit Toewijzingscommissie"],
                   ["4 Specialistisch", "vso Het Palet (cluster 4 en ZML), praktijkonderwijs De Hoeve", "met TLV of pro-beschikking"]]),
        ("p", "Kinderen die tussen de wal en het schip dreigen te raken, hebben onze bijzondere aandacht. Het "
              "bureau houdt een actueel overzicht bij van alle leerlingen die langer dan vier weken thuiszitten "
              "of niet ingeschreven staan, en van wachtlijsten bij OPDC en vso. Elke zes weken bespreekt het "
              "Thuiszittersoverleg, met leerplicht, jeugdhulp en de zorgcoördinatoren, iedere leerling op die "
              "lijst en wijst een regisseur aan. Als het aanbod structureel tekortschiet, zoals in 2025 bij "
              "leerlingen met autisme en een havo/vwo-perspectief, doet het bureau binnen drie maanden een "
              "voorstel aan het bestuur voor een nieuwe voorziening. Zo is per augustus 2026 de "
              "Autismegroep-plus op twee havo/vwo-locaties gestart."),
        ("p", "Iedere school houdt haar zorgplicht: een aangemelde leerling die extra ondersteuning nodig heeft, "
              "krijgt binnen zes (maximaal tien) weken een passend aanbod, op de eigen school of elders."),
        ("h1", "Toewijzing: vso, lwoo en pro"),
        ("p", "De Toewijzingscommissie (TWC) van het samenwerkingsverband beslist over toelaatbaarheid tot het "
              "voortgezet speciaal onderwijs (vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) "
              "en over toelaatbaarheid tot het praktijkonderwijs (pro). De tabel vat de procedure samen."),
        ("table", [["", "vso", "lwoo", "pro"],
                   ["Aanvrager", "bestuur van de school waar de leerling is ingeschreven of aangemeld", "VO-school van aanmelding", "pro-school van aanmelding"],
                   ["Stukken", "OPP, onderwijskundig rapport, zienswijze ouders en leerling", "onderwijskundig rapport, toetsgegevens", "onderwijskundig rapport, toetsgegevens, IQ-onderzoek"],
                   ["Criteria", "ondersteuningsbehoefte die niet binnen niveau 1-3 kan worden geboden, blijkend uit minimaal twee geëvalueerde arrangementen of een onderbouwde crisissituatie", "landelijke criteria (leerachterstand en IQ 75-90 of sociaal-emotionele problematiek)", "landelijke criteria (IQ 55-80 en leerachterstand op twee domeinen)"],
                   ["Deskundigen", "orthopedagoog of GZ-psycholoog plus een tweede deskundige, elk met een eigen schriftelijk advies", "orthopedagoog TWC", "orthopedagoog TWC"],
                   ["Beslistermijn", "binnen 4 weken na volledig dossier", "vóór 1 mei voorafgaand aan het schooljaar", "vóór 1 mei voorafgaand aan het schooljaar"],
                   ["Geldigheid", "1 tot 4 schooljaren, categorie laag, midden of hoog", "duur van de opleiding", "duur van de opleiding"]]),
        ("p", "Tegen een besluit van de TWC kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
              "die het bestuur adviseert over het bezwaar. Ouders ontvangen altijd een afschrift van de adviezen "
              "van de deskundigen."),
        ("h1", "Doorstroom en overgangen"),
        ("p", "De overgang van het primair naar het voortgezet onderwijs is een kwetsbaar moment. Met de "
              "samenwerkingsverbanden PO in de regio is een warme overdracht afgesproken: de basisschool "
              "draagt het onderwijskundig rapport over en voert voor leerlingen met een ondersteuningsbehoefte "
              "een gesprek met de ontvangende school."),
        ("p", "Ook de uitstroom naar het mbo en naar werk krijgt aandacht. Voor leerlingen uit het "
              "praktijkonderwijs en het vso is er een doorlopende lijn met de entreeopleidingen van het ROC en "
              "met de gemeentelijke werkgeversdienstverlening. Leerlingen met een uitstroomprofiel arbeid "
              "krijgen tot een jaar na het verlaten van school nazorg."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, streven we in deze planperiode de "
              "volgende resultaten na. De laatste kolom toont de bereikte waarde op 1 oktober 2025."),
        ("table", [["Indicator", "Streefwaarde 2030", "Stand 2025"],
                   ["Deelnamepercentage vso", "≤ 3,2%", "3,6%"],
                   ["Leerlingen langer dan 3 maanden thuis", "0", "7"],
                   ["OPDC-leerlingen terug naar eigen school binnen 1 jaar", "≥ 75%", "68%"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "≥ 7,5", "7,1"],
                   ["Voortijdig schoolverlaters vso/pro", "≤ 2%", "2,8%"]]),
        ("p", "Het bureau verzamelt de gegevens twee keer per jaar uit DUO-tellingen, het leerlingregistratiesysteem "
              "en een tevredenheidspeiling onder ouders. De directeur-bestuurder rapporteert in een halfjaarlijkse "
              "monitor aan het toezichthoudend orgaan en de OPR; in het jaarverslag worden de bereikte "
              "resultaten en de besteding van middelen per doel verantwoord. Wanneer een indicator twee "
              "metingen achter elkaar achterblijft, stelt het bestuur een verbeteractie vast."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen vinden op de website van het samenwerkingsverband een ouderpagina met uitleg "
              "over de ondersteuningsniveaus, het aanbod per school en de toewijzingsprocedures. Iedere school "
              "beschrijft in haar schoolgids welke ondersteuning zij biedt. Bij de aanmelding in groep 8 krijgen "
              "ouders de brochure 'Naar het vo met extra ondersteuning'. Twee keer per jaar is er een "
              "ouderavond over passend onderwijs."),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Kempenrand, dat onafhankelijk van de scholen werkt. Het steunpunt is bereikbaar "
              "via telefoon en e-mail op werkdagen en kan een ervaringsdeskundige ouder inzetten. Ouders kunnen "
              "daarnaast kosteloos gebruikmaken van de landelijke Onderwijsconsulenten en een klacht indienen "
              "bij de klachtencommissie van het schoolbestuur. Leerlingen worden bij de opstelling van hun OPP "
              "gehoord."),
        ("h1", "Financiën"),
        ("p", "De ondersteuningsmiddelen worden volgens het volgende verdeelmodel verdeeld. Na aftrek van de "
              "afdrachten voor vso en de middelen voor lwoo en pro ontvangt elk schoolbestuur een bedrag van "
              "€ 140 per ingeschreven leerling (teldatum 1 oktober) voor extra ondersteuning op niveau 2. De "
              "bovenschoolse voorzieningen op niveau 3 worden centraal bekostigd; het bestuur stelt daarvoor "
              "jaarlijks in november een budget vast op basis van het aantal plaatsen. De middelen voor lwoo "
              "en pro worden doorgegeven aan de scholen naar rato van het aantal aangewezen leerlingen."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten niveau 2", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Voorzieningen niveau 3", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De meerjarenbegroting wordt ingevuld zodra de Regeling bekostiging 2026 bekend is en wordt "
              "daarna als addendum aan dit plan toegevoegd."),
    ]
    b += governance(s)
    b += opr(s)
    b += oogo(s)
    b += personeel(s)
    b += ict_privacy(s)
    b += planning(s, [["OOGO gemeenten", "20 maart 2026"], ["Instemming OPR", "april 2026"],
                      ["Vaststelling bestuur", "april 2026"]])
    b += begrippen([
        ["Terugplaatsing", "Het teruggaan van een leerling uit het vso naar het regulier voortgezet onderwijs."],
        ["Doorstroom", "De overgang van po naar vo of van vo naar mbo."],
        ["Meerjarenbegroting", "Begroting met een vooruitblik over vier jaar."],
        ["Basisondersteuning", "Het afgesproken ondersteuningsniveau van iedere school."],
    ])
    b += afkortingen([["lwoo", "leerwegondersteunend onderwijs"], ["pro", "praktijkonderwijs"],
                      ["OPDC", "orthopedagogisch-didactisch centrum"], ["TWC", "Toewijzingscommissie"],
                      ["TLV", "toelaatbaarheidsverklaring"]])
    return b


# ---------------------------------------------------------------------------
# Plan C — PO, pdf
# ---------------------------------------------------------------------------

def plan_c():
    n = "Stichting Passend Onderwijs Lingegouw"
    s = "Passend Onderwijs Lingegouw"
    b = [("title", [n, "samenwerkingsverband PO 26-11", "Ondersteuningsplan 2025-2029"])]
    b += toc(["Voorwoord", "1. De regio en de organisatie", "2. Missie en visie", "3. Standaarden basisondersteuning",
              "4. Arrangeren", "5. Sbo en so: toelaatbaarheid", "6. Na het speciaal onderwijs",
              "7. Ouders als partner", "8. Financiën", "9. Kwaliteit en resultaten", "10. Organisatie en governance",
              "11. Medezeggenschap", "12. Samenwerking met gemeenten en jeugdhulp", "13. Personeel en professionalisering",
              "14. ICT, gegevens en privacy", "15. Totstandkoming en planning", "Bijlage: Begrippenlijst"])
    b += voorwoord(s, "Hanneke Verbeek", "2025-2029")
    b += leeswijzer(s)
    b += regio(s, "po", [["Stichting Lingewaard Scholen", "12", "2.840"], ["Stichting Protestants-Christelijk Primair Onderwijs", "8", "1.735"],
                         ["SKO Gouwe", "10", "2.310"], ["SBO Het Anker", "1", "142"], ["Stichting Mytylschool Linge (so)", "1", "96"]])
    b += visie(s, "po")
    b += [
        ("h1", "Standaarden basisondersteuning"),
        ("p", "Het algemeen bestuur heeft tien standaarden vastgesteld die samen het niveau van "
              "basisondersteuning in Lingegouw vormen. Deze standaarden zijn bindend voor alle scholen en "
              "alle locaties van de aangesloten besturen; een leerling kan erop rekenen, op welke school in "
              "de regio hij ook zit."),
        ("table", [["Nr", "Standaard", "Concreet betekent dit"],
                   ["1", "Leerlingvolgsysteem", "twee keer per jaar toetsing en analyse per groep"],
                   ["2", "Intern begeleider", "minimaal 0,4 fte per 200 leerlingen"],
                   ["3", "Dyslexie", "protocol leesproblemen en dyslexie; dagelijkse extra leestijd groep 3-4"],
                   ["4", "Dyscalculie", "protocol ernstige rekenproblemen, inzet concrete materialen"],
                   ["5", "Gedrag", "schoolbrede gedragsaanpak (bijv. PBS) en een gedragsspecialist via het SWV"],
                   ["6", "Meer- en hoogbegaafdheid", "signalering in groep 1-2 en compacten en verrijken in elke groep"],
                   ["7", "Taal / NT2", "woordenschatprogramma en NT2-aanbod in kleine groepjes"],
                   ["8", "Medisch handelen", "protocol medisch handelen, afspraken met GGD"],
                   ["9", "Ouders", "startgesprek met ouders aan het begin van elk schooljaar"],
                   ["10", "Ketenpartners", "vaste contactpersoon jeugdteam en schoolarts"]]),
        ("p", "De standaarden zijn opgenomen in de schoolondersteuningsprofielen. Eens per twee jaar kijkt een "
              "auditteam van intern begeleiders van andere besturen mee op iedere school."),
        ("h1", "Arrangeren"),
        ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school een arrangement aanvragen bij het "
              "Team Arrangeren van het samenwerkingsverband. Wij onderscheiden:"),
        ("ul", ["kortdurende arrangementen (tot 12 weken) voor observatie en handelingsadvies;",
                "langdurende arrangementen op de eigen school, met inzet van een onderwijsassistent of specialist;",
                "plaatsing in de Eureka-groep, een bovenschoolse voltijdvoorziening voor hoogbegaafde kinderen in groep 5-8;",
                "de Schakelklas voor nieuwkomers met een taalachterstand;",
                "plaatsing in het sbo (Het Anker) of het so (Mytylschool Linge en so-scholen buiten de regio)."]),
        ("p", "Deze voorzieningen vormen samen het ondersteuningscontinuüm van de regio. Het Team Arrangeren "
              "bewaakt de samenhang en zorgt dat de lijnen tussen de scholen kort zijn."),
        ("h1", "Sbo en so: toelaatbaarheid"),
        ("p", "Voor het speciaal basisonderwijs en het speciaal onderwijs geeft de Commissie van Toelaatbaarheid "
              "(CvT) een toelaatbaarheidsverklaring af. De procedure verloopt in vijf stappen:"),
        ("ul", ["Stap 1. De school bespreekt de leerling in het multidisciplinair overleg (MDO) met ouders en de consulent.",
                "Stap 2. Het schoolbestuur dient de aanvraag digitaal in met OPP, groeidocument en zienswijze van de ouders.",
                "Stap 3. Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een maatschappelijk werker of arts) brengen elk een eigen schriftelijk advies uit.",
                "Stap 4. De CvT besluit binnen 6 weken en zendt het besluit aan bestuur en ouders.",
                "Stap 5. Ouders melden hun kind aan bij de sbo- of so-school."]),
        ("p", "De CvT hanteert de volgende criteria. Een leerling is toelaatbaar tot het sbo als de basisschool "
              "ten minste een jaar een arrangement heeft ingezet dat aantoonbaar onvoldoende effect had, én de "
              "leerling een ondersteuningsbehoefte heeft op ten minste twee van de domeinen leren, gedrag en "
              "werkhouding die een kleine groep met een specialistisch team vraagt. Een leerling is toelaatbaar tot "
              "het so als daarnaast sprake is van een ernstige beperking (verstandelijk, lichamelijk, langdurig ziek "
              "of psychiatrisch) waardoor een gespecialiseerde onderwijsomgeving nodig is; de CvT bepaalt dan "
              "ook de bekostigingscategorie laag, midden of hoog. De TLV geldt tot en met 31 juli van het "
              "schooljaar waarin de leerling twaalf jaar wordt, tenzij de CvT een kortere duur bepaalt."),
        ("p", "Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken. Het bestuur "
              "vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "Na het speciaal onderwijs"),
        ("p", "Lingegouw vindt dat een verblijf in het sbo of so een tijdelijke en doelgerichte stap moet zijn "
              "waar dat kan. Ons uitgangspunt is dat kinderen teruggaan naar een reguliere school als hun "
              "ontwikkeling dat toelaat, bij voorkeur in hun eigen wijk of dorp. Een kind gaat pas terug als de "
              "ontvangende school de ondersteuning kan bieden die in het OPP staat. Na de overstap krijgt de "
              "ontvangende school gedurende een jaar begeleiding van de sbo- of so-school en een "
              "overgangsarrangement."),
        ("p", "Hoe dit in stappen verloopt, wie het initiatief neemt en op welke momenten wordt beoordeeld of een "
              "kind kan terugkeren, werken wij in het eerste planjaar samen met Het Anker en de Mytylschool uit "
              "in een draaiboek terugplaatsing."),
        ("h1", "Ouders als partner"),
        ("p", "Ouders zijn de eerste deskundigen van hun kind. Op de website van Lingegouw staat een "
              "ouderwijzer met uitleg over de standaarden basisondersteuning, de arrangementen en de route naar "
              "het speciaal (basis)onderwijs. Bij de start van een arrangement ontvangen ouders een folder en een "
              "persoonlijk gesprek met de consulent. Elke school vermeldt in de schoolgids de contactgegevens "
              "van het samenwerkingsverband. In 2024 zijn vier ouderavonden gehouden, deze traditie zetten we voort."),
        ("p", "Wanneer ouders en school er samen niet uitkomen, kunnen ouders kosteloos terecht bij het "
              "onafhankelijke Ouder- en Jeugdsteunpunt Linge, dat wordt uitgevoerd door een externe organisatie "
              "en geen verantwoording schuldig is aan de scholen. Ook kunnen zij een Onderwijsconsulent "
              "inschakelen of een klacht voorleggen aan de Landelijke Klachtencommissie Onderwijs."),
        ("h1", "Financiën"),
        ("p", "Het financieel beleid, met daarin de verdeling van de ondersteuningsmiddelen over de besturen en de "
              "meerjarenbegroting, wordt vastgelegd in het Financieel Kader 2025-2029. Het bestuur stelt dat kader "
              "in december 2025 vast, na advies van de auditcommissie."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Dit hoofdstuk wordt aangevuld na de evaluatie van de vorige planperiode, die in het najaar van 2025 "
              "wordt afgerond. [p.m.]"),
    ]
    b += governance(s, "raad van toezicht")
    b += opr(s)
    b += oogo(s)
    b += personeel(s)
    b += ict_privacy(s)
    b += extra(s)
    b += planning(s, [["OOGO gemeenten", "4 maart 2025"], ["Instemming OPR", "1 april 2025"],
                      ["Vaststelling bestuur", "17 april 2025"]])
    b += begrippen([
        ["Verdeelmodel", "Afspraken over hoe de ondersteuningsmiddelen over de schoolbesturen worden verdeeld."],
        ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor vier jaar."],
        ["Dekkend aanbod", "Een aanbod waarin voor iedere leerling een passende plek is; ook thuiszitters vallen hieronder."],
        ["Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband."],
        ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden geen onderwijs volgt."],
    ])
    return b


# ---------------------------------------------------------------------------
# Plan D — VO, pdf
# ---------------------------------------------------------------------------

def plan_d():
    n = "Samenwerkingsverband VO Hunzedal"
    s = "SWV Hunzedal"
    b = [("title", [n, "VO 20-03", "Ondersteuningsplan 2025-2029", "definitieve versie"])]
    b += toc(["Voorwoord", "1. De regio en de organisatie", "2. Missie en visie", "3. Routes naar ondersteuning",
              "4. Toelaatbaarheid vso en pro", "5. Vso en daarna", "6. Thuiszitters en wachtlijsten",
              "7. Monitoring", "8. Financieel beleid", "9. Organisatie en governance", "10. Medezeggenschap",
              "11. Samenwerking met gemeenten en jeugdhulp", "12. Personeel en professionalisering",
              "13. ICT, gegevens en privacy", "14. Totstandkoming en planning", "Begrippenlijst"])
    b += voorwoord(s, "Gerrit Mulder", "2025-2029")
    b += leeswijzer(s)
    b += wettelijk_kader(s, "vo")
    b += regio(s, "vo", [["Stichting Hunzecollege", "4", "3.610"], ["Scholengroep Veenkoloniën", "3", "2.880"],
                         ["Stichting VSO De Zwaai", "1", "270"], ["Praktijkschool Stadskanaal", "1", "240"]])
    b += visie(s, "vo")
    b += [
        ("h1", "Routes naar ondersteuning"),
        ("p", "In Hunzedal kennen we vier niveaus van ondersteuning. Niveau 1 is wat de school zelf "
              "organiseert. Niveau 2 zijn de arrangementen op de eigen school die met middelen van het "
              "samenwerkingsverband worden betaald: de ondersteuningsklas, de trajectvoorziening en individuele "
              "begeleiding. Niveau 3 is het bovenschoolse aanbod: het OPDC Hunzedal (40 plaatsen) voor leerlingen "
              "die tijdelijk niet in een reguliere klas kunnen functioneren, de Rebound (12 plaatsen) en het "
              "Hoogbegaafdheidsprogramma. Niveau 4 is het voortgezet speciaal onderwijs en het "
              "praktijkonderwijs."),
        ("p", "De route is steeds dezelfde: de school bespreekt de leerling in haar ondersteuningsteam, vraagt "
              "zo nodig een consulent van het samenwerkingsverband om mee te denken en dient een aanvraag in bij "
              "het Loket. Het Loket beslist binnen vier weken over een arrangement op niveau 2 of een plaats op "
              "niveau 3."),
        ("h1", "Toelaatbaarheid vso en pro"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan drie voorwaarden is voldaan: (a) de "
              "ondersteuningsbehoefte is zo intensief dat zij niet binnen niveau 1 tot en met 3 kan worden "
              "geboden; (b) op de reguliere school of het OPDC is ten minste zes maanden een arrangement "
              "uitgevoerd en geëvalueerd; (c) er is sprake van een stoornis of beperking die is vastgesteld door "
              "een bevoegde deskundige. In een crisissituatie kan van voorwaarde (b) worden afgeweken. Voor "
              "het praktijkonderwijs gelden de landelijke criteria voor IQ en leerachterstand. De "
              "bekostigingscategorie (laag, midden, hoog) volgt uit de aard van de beperking."),
        ("p", "De aanvraagprocedure wordt in het schooljaar 2025-2026 herzien. Het samenwerkingsverband "
              "onderzoekt of de aanvraag via het Loket kan verlopen of via een aparte commissie. De nieuwe "
              "werkwijze wordt na de evaluatie in het voorjaar van 2026 in een addendum bij dit plan "
              "beschreven."),
        ("h1", "Vso en daarna"),
        ("p", "Het samenwerkingsverband wil dat leerlingen in het vso, waar hun ontwikkeling dat toelaat, de "
              "overstap maken naar een reguliere school voor voortgezet onderwijs. Een overstap vindt alleen "
              "plaats als de leerling, de ouders en beide scholen erachter staan en de ontvangende school de "
              "ondersteuning uit het OPP kan bieden. Na terugkeer betaalt het samenwerkingsverband een "
              "terugkeerarrangement van maximaal € 7.500 per leerling, waarmee de reguliere school "
              "gedurende een schooljaar begeleiding inkoopt, bij voorkeur van de vso-school."),
        ("table", [["Moment", "Wat gebeurt er", "Wie"],
                   ["Elke jaarlijkse OPP-evaluatie", "beoordeling of overstap naar regulier vo in beeld is", "commissie van begeleiding vso"],
                   ["Uiterlijk 1 december, laatste TLV-jaar", "overstapgesprek met ouders, leerling, consulent en beoogde vo-school", "vso-school neemt initiatief"],
                   ["Vóór 1 maart", "besluit: overstap per 1 augustus of voortzetting in het vso", "ouders en vso-school, na advies consulent; de ontvangende school besluit over inschrijving"],
                   ["Eerste schooljaar na overstap", "evaluatie na 10 en 30 weken", "ontvangende school en vso-school"]]),
        ("h1", "Thuiszitters en wachtlijsten"),
        ("p", "Het aantal thuiszitters in Hunzedal is de afgelopen jaren gestegen. Iedere leerling die langer "
              "dan vier weken verzuimt, wordt gemeld bij het Loket en besproken in het Regionaal Overleg "
              "Thuiszitters, waar leerplicht, jeugdhulp en het samenwerkingsverband samen een plan maken. "
              "Binnen zes weken moet er een onderwijsaanbod zijn, zo nodig in het OPDC of via een "
              "onderwijs-zorgarrangement. Het bureau brengt ieder voorjaar in kaart welke groepen leerlingen "
              "geen passende plek vinden; het bestuur besluit dan over aanvulling van het aanbod. Zo is in "
              "2024 vastgesteld dat er te weinig plaatsen waren voor leerlingen met angstproblematiek, waarop "
              "een kleinschalige voorziening bij het Hunzecollege is gestart."),
        ("h1", "Monitoring"),
        ("p", "Wij willen een lerende organisatie zijn en streven naar goede resultaten voor alle leerlingen. "
              "Om te weten hoe het gaat, volgen wij vier keer per jaar een vaste set kengetallen: het aantal "
              "toelaatbaarheidsverklaringen per categorie, het deelnamepercentage vso en pro per peildatum, "
              "het aantal thuiszitters en de duur van hun verzuim, het aantal overstappen van vso naar regulier "
              "en de doorlooptijd van aanvragen bij het Loket. De controller stelt per kwartaal een rapportage op "
              "voor het bestuur. Eenmaal per jaar evalueren het bestuur en de OPR de uitkomsten in een "
              "gezamenlijke bijeenkomst, en de bereikte resultaten worden verantwoord in het jaarverslag."),
        ("h1", "Financieel beleid"),
        ("p", "Hunzedal kiest voor een schoolmodel. Het budget voor lichte ondersteuning en het deel van het "
              "budget voor zware ondersteuning dat na de vso-afdrachten overblijft, wordt verdeeld op basis van "
              "het aantal leerlingen per 1 oktober van het voorgaande jaar: € 185 per leerling gaat naar de "
              "schoolbesturen, die daaruit niveau 2 bekostigen. Niveau 3 wordt centraal gefinancierd. Schoolbesturen "
              "leveren jaarlijks vóór 1 mei een bestedingsverslag aan."),
        ("table", [["Begroting (bedragen in €)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "9.412.000", "9.280.000", "9.150.000", "9.050.000"],
                   ["Afdracht vso en groei", "3.960.000", "3.900.000", "3.860.000", "3.820.000"],
                   ["Lwoo en pro doorbetaling", "2.100.000", "2.080.000", "2.060.000", "2.040.000"],
                   ["Schoolbudgetten niveau 2", "1.238.000", "1.221.000", "1.205.000", "1.190.000"],
                   ["OPDC en Rebound", "1.350.000", "1.350.000", "1.350.000", "1.350.000"],
                   ["Terugkeerarrangementen", "60.000", "60.000", "75.000", "75.000"],
                   ["Bureau en Loket", "780.000", "790.000", "800.000", "810.000"]]),
    ]
    b += governance(s, "raad van toezicht")
    b += opr(s, with_parents=False)
    b += oogo(s)
    b += personeel(s)
    b += ict_privacy(s)
    b += extra(s)
    b += planning(s, [["OOGO gemeenten", "11 maart 2025"], ["Instemming OPR", "8 april 2025"],
                      ["Vaststelling bestuur", "22 april 2025"]])
    b += begrippen([
        ["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden; zie het SOP van de school."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos adviseert."],
        ["Beoogde resultaten", "Doelen die het samenwerkingsverband wil bereiken."],
    ])
    return b


# ---------------------------------------------------------------------------
# Plan E — PO, plain text
# ---------------------------------------------------------------------------

def plan_e():
    n = "Samenwerkingsverband Primair Passend Veluwezoom Oost"
    s = "SWV Veluwezoom Oost"
    b = [("title", [n, "PO 25-08", "Ondersteuningsplan 2026-2030"])]
    b += toc(["Voorwoord", "1. De regio en de organisatie", "2. Missie en visie", "3. Wat scholen bieden",
              "4. Toelaatbaarheid", "5. Terug naar de basisschool", "6. Doelen en opbrengsten",
              "7. Informatie en steun voor ouders", "8. Begroting", "9. Organisatie en governance",
              "10. Medezeggenschap", "11. Overleg met gemeenten", "12. Personeel en professionalisering",
              "13. ICT, gegevens en privacy", "14. Totstandkoming en planning", "Begrippenlijst"])
    b += voorwoord(s, "Anouk Smit", "2026-2030")
    b += leeswijzer(s)
    b += wettelijk_kader(s, "po")
    b += regio(s, "po", [["Stichting Veluwse Scholen", "15", "3.320"], ["Stichting Zoom Primair", "9", "2.105"],
                         ["Vereniging Reformatorisch Onderwijs", "3", "690"], ["SBO De Wegwijzer", "1", "151"]])
    b += visie(s, "po")
    b += [
        ("h1", "Wat scholen bieden"),
        ("p", "In onze regio hebben scholen in de afgelopen jaren veel geïnvesteerd in de ondersteuning van "
              "leerlingen. De inhoud van de basisondersteuning in Veluwezoom Oost bestaat uit de volgende "
              "voorzieningen, zoals beschreven na een inventarisatie in 2025: een intern begeleider, een leesspecialist en een aanpak volgens "
              "het dyslexieprotocol, een rekenspecialist, een methode voor sociaal-emotioneel leren, een "
              "kanjertraining of vergelijkbaar programma, een plusgroep of verrijkingsaanbod, een "
              "protocol voor medisch handelen en een vaste contactpersoon bij het sociaal team van de gemeente."),
        ("p", "Of deze voorzieningen een ondergrens vormen die op iedere school en iedere locatie aanwezig "
              "moet zijn, is nog niet afgesproken; tot dat moment bepaalt elk bestuur zelf welk deel ervan zijn "
              "scholen bieden. De werkgroep basisondersteuning legt in de loop van het schooljaar 2026-2027 een "
              "voorstel voor een gezamenlijk niveau aan het bestuur voor."),
        ("h1", "Toelaatbaarheid"),
        ("p", "De procedures en criteria voor toelaatbaarheid tot het sbo en het so zijn opgenomen in het "
              "Handboek Toewijzing Veluwezoom Oost, dat het bestuur afzonderlijk vaststelt en dat geen deel "
              "uitmaakt van dit plan. Zie www.swv-veluwezoomoost.nl/handboek."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Voor leerlingen in het sbo of so met een TLV die afloopt, geldt de volgende werkwijze."),
        ("ul", ["1. In oktober van het laatste TLV-jaar bespreekt de commissie van begeleiding van de sbo- of "
                "so-school bij de OPP-evaluatie of terugkeer naar een basisschool haalbaar is.",
                "2. Is dat zo, dan nodigt de intern begeleider van de speciale school vóór 15 december de ouders, "
                "een consulent van het samenwerkingsverband en de intern begeleider van de beoogde basisschool uit "
                "voor een overdrachtsgesprek.",
                "3. De beoogde basisschool beslist binnen vier weken na dat gesprek over inschrijving per 1 augustus.",
                "4. Is terugkeer niet haalbaar, dan vraagt de speciale school vóór 1 maart een nieuwe TLV aan.",
                "5. Na de overstap volgen evaluaties na drie en na zes maanden, met verslag aan de consulent."]),
        ("p", "Welke uitgangspunten en voorwaarden het samenwerkingsverband aan terugplaatsing verbindt en welke "
              "begeleiding een leerling na terugkeer krijgt, legt het bestuur vast in een notitie "
              "terugplaatsingsbeleid die nog moet worden opgesteld."),
        ("h1", "Doelen en opbrengsten"),
        ("p", "Voor de planperiode heeft het bestuur, na bespreking met de OPR, de volgende beoogde resultaten "
              "voor leerlingen met een ondersteuningsbehoefte vastgesteld."),
        ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Meer kinderen thuisnabij", "deelnamepercentage sbo + so (1 oktober)", "3,1%", "2,6%"],
                   ["Korte wachttijd", "gemiddelde doorlooptijd aanvraag arrangement", "7 weken", "4 weken"],
                   ["Tevreden ouders", "tevredenheid ouders over ondersteuning", "6,8", "7,5"],
                   ["Geslaagde terugkeer", "teruggeplaatste leerlingen na 1 jaar nog op de basisschool", "n.b.", "80%"]]),
        ("p", "De beleidsmedewerker kwaliteit verzamelt deze gegevens jaarlijks in november uit DUO-gegevens, het "
              "registratiesysteem en een digitale oudervragenlijst. De uitkomsten worden in januari besproken "
              "in het directeurenoverleg en in de OPR, en in het jaarverslag gepubliceerd, samen met de inzet "
              "van middelen per doel. Blijft een indicator achter, dan formuleert de directeur-bestuurder een "
              "verbeteractie die in het jaarplan wordt opgenomen."),
        ("h1", "Informatie en steun voor ouders"),
        ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, leggen wij vast in een "
              "communicatieplan dat in 2026 verschijnt."),
        ("p", "Ouders die vastlopen of het niet eens zijn met een school of met het samenwerkingsverband, "
              "kunnen terecht bij het Ouder- en Jeugdsteunpunt Veluwezoom. Het steunpunt is ondergebracht bij "
              "een onafhankelijke stichting, is op maandag tot en met donderdag telefonisch bereikbaar en "
              "biedt gratis een gesprek met een onafhankelijke adviseur. Ook kunnen ouders de landelijke "
              "Onderwijsconsulenten inschakelen en zich wenden tot de Geschillencommissie Passend Onderwijs."),
        ("h1", "Begroting"),
        ("p", "Het huidige verdeelmodel is in herziening. Een nieuw model, met criteria voor de verdeling over "
              "de besturen, wordt na overleg met de OPR in de loop van 2026 vastgesteld. De meerjarenbegroting "
              "hieronder laat zien waaraan de middelen de komende jaren worden besteed."),
        ("table", [["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdrachten so", "2.210", "2.180", "2.150", "2.120"],
                   ["Sbo De Wegwijzer (incl. groei)", "1.120", "1.100", "1.080", "1.060"],
                   ["Ondersteuningsbudget besturen", "2.890", "2.850", "2.820", "2.800"],
                   ["Arrangementen en consulenten", "940", "960", "980", "990"],
                   ["Bureau", "610", "620", "630", "640"],
                   ["Totaal lasten", "7.770", "7.710", "7.660", "7.610"],
                   ["Baten", "7.540", "7.480", "7.430", "7.380"]]),
        ("p", "De tekorten worden gedekt uit de reserve, die eind 2025 naar verwachting € 1,4 miljoen bedraagt."),
    ]
    b += governance(s, "raad van toezicht")
    b += opr(s)
    b += oogo(s, rich=False)
    b += personeel(s)
    b += ict_privacy(s)
    b += extra(s)
    b += planning(s, [["OOGO gemeenten", "13 maart 2025"], ["Instemming OPR", "9 april 2026"],
                      ["Vaststelling bestuur", "23 april 2026"]])
    b += begrippen([
        ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so; aanvraag door het schoolbestuur."],
        ["Bezwaar", "Tegen een TLV-besluit kan bezwaar worden gemaakt."],
        ["Dekkend aanbod", "Samenhangend geheel van voorzieningen binnen en tussen scholen."],
        ["Thuiszitter", "Leerling die zonder onderwijs thuis zit."],
        ["Arrangement", "Extra ondersteuning bovenop de basisondersteuning."],
    ])
    return b


# ---------------------------------------------------------------------------
# F — near miss: school-level ondersteuningsplan of a basisschool (html)
# ---------------------------------------------------------------------------

def near_miss():
    s = "OBS De Klimop"
    b = [("title", ["Ondersteuningsplan OBS De Klimop 2025-2026", "Zorg en ondersteuning in onze school",
                    "Onderdeel van de schoolgids; vastgesteld door de MR op 2 juli 2025"])]
    b += [
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Klimop de ondersteuning aan haar leerlingen "
              "organiseert. Het plan is bedoeld voor ouders, leerkrachten en onze partners. De Klimop is een "
              "openbare basisschool met 312 leerlingen in 13 groepen en maakt deel uit van Stichting Openbaar "
              "Onderwijs Zuidrand. De school is aangesloten bij het samenwerkingsverband passend onderwijs "
              "PO 28-04; het ondersteuningsplan van het samenwerkingsverband staat op de website van het "
              "samenwerkingsverband."),
        ("h1", "Onze visie op ondersteuning"),
        ("p", "Wij werken handelingsgericht. Dat betekent dat we uitgaan van wat een kind nodig heeft, dat we "
              "positieve kenmerken benutten en dat ouders en kind als partners worden gezien. Iedere leerkracht is "
              "verantwoordelijk voor de ondersteuning in de eigen groep; de intern begeleider ondersteunt hem of "
              "haar daarbij. We willen dat kinderen zich veilig voelen en met plezier leren."),
        ("h1", "Zorgniveaus in de groep"),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "Goed lesgeven in de groep, differentiatie in drie instructieniveaus", "leerkracht"],
                   ["2", "Extra instructie in een kleine groep", "leerkracht"],
                   ["3", "Specifieke interventies na overleg met de intern begeleider", "leerkracht en IB"],
                   ["4", "Inzet van externe deskundigheid, arrangement van het samenwerkingsverband", "IB, ouders en consulent"],
                   ["5", "Verwijzing naar sbo of so met een toelaatbaarheidsverklaring", "directie, ouders, SWV"]]),
        ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, in oktober, februari en juni, bespreekt de intern begeleider met iedere "
              "leerkracht de groep. We kijken naar de resultaten van de methodetoetsen en de toetsen uit het "
              "leerlingvolgsysteem, het welbevinden van de kinderen en de doelen in het groepsplan. Leerlingen "
              "die opvallen, bespreken we daarna in een leerlingbespreking. Ouders worden daarvan altijd op de "
              "hoogte gebracht."),
        ("p", "Als de ondersteuning op niveau 3 onvoldoende effect heeft, bespreken wij de leerling in het "
              "ondersteuningsteam (OT), met ouders, de intern begeleider, de leerkracht en een consulent van het "
              "samenwerkingsverband. Het OT kan besluiten een arrangement aan te vragen of een onderzoek te laten "
              "doen."),
        ("h1", "Onze basisondersteuning"),
        ("p", "Op De Klimop bieden wij: een dyslexieprotocol, een rekenprotocol, de Kanjertraining, een "
              "plusklas voor meerbegaafde leerlingen uit groep 5 tot en met 8, NT2-ondersteuning voor "
              "nieuwkomers, en een protocol medisch handelen. Wij hebben een intern begeleider (0,8 fte), een "
              "gedragsspecialist en een leesspecialist in het team. In ons schoolondersteuningsprofiel staat "
              "meer informatie."),
        ("h1", "Ontwikkelingsperspectief"),
        ("p", "Voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen, stellen wij een "
              "ontwikkelingsperspectiefplan (OPP) op. Het OPP wordt met ouders besproken; ouders hebben "
              "hoorrecht en wij vragen hun instemming met het handelingsdeel. Het OPP wordt twee keer per jaar "
              "geëvalueerd."),
        ("h1", "Verwijzing naar speciaal onderwijs"),
        ("p", "In een enkel geval komen we samen met ouders tot de conclusie dat een andere school beter "
              "past. Dan vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het "
              "samenwerkingsverband beslist daarover volgens zijn eigen procedure. In het schooljaar 2024-2025 "
              "zijn twee leerlingen naar het sbo gegaan en één naar het so. Eén leerling is vanuit het sbo "
              "teruggekomen naar onze school; zij kreeg een half jaar begeleiding vanuit het sbo."),
        ("h1", "Budget voor ondersteuning"),
        ("p", "De school ontvangt van het samenwerkingsverband via het bestuur jaarlijks een bedrag van ongeveer "
              "€ 38.000 voor ondersteuning. Wij besteden dit aan de inzet van een onderwijsassistent (0,6 fte) en "
              "aan de plusklas. Het bestuur verantwoordt de besteding aan het samenwerkingsverband."),
        ("h1", "Ouders"),
        ("p", "Wij informeren ouders via de schoolgids, de nieuwsbrief, de ouderapp en de tienminutengesprekken. "
              "Ouders zijn altijd welkom voor een gesprek met de leerkracht of de intern begeleider. Bij "
              "onenigheid over de ondersteuning kunnen ouders contact opnemen met de directeur, met de "
              "vertrouwenspersoon van het bestuur of met het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband."),
        ("h1", "Resultaten van onze school"),
        ("p", "In 2025 scoorde onze school op de doorstroomtoets boven de signaleringswaarde: 68% van de leerlingen "
              "behaalde 1F en 2F/1S. De inspectie beoordeelde de school in 2023 als voldoende. Wij willen in "
              "2026 het percentage 2F/1S voor lezen verhogen naar 70%."),
        ("h1", "Samenwerking met ketenpartners"),
        ("p", "De school werkt samen met het sociaal wijkteam, de jeugdarts van de GGD, logopedie op school en "
              "het centrum voor jeugd en gezin. Eens per zes weken is er een zorgoverleg op school."),
        ("h1", "Evaluatie van dit plan"),
        ("p", "Dit ondersteuningsplan wordt jaarlijks geëvalueerd door het team en besproken met de "
              "medezeggenschapsraad. De intern begeleider is eigenaar van het plan. Vragen over dit plan kunt u "
              "stellen aan de intern begeleider, mevrouw J. de Wit, via de ouderapp of telefonisch op school."),
        ("h1", "Jaarplanning zorg 2025-2026"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "startgesprekken met ouders, groepsoverdracht, plan van aanpak per groep"],
                   ["oktober", "eerste groepsbespreking; signalering sociaal-emotionele ontwikkeling"],
                   ["november", "leerlingbesprekingen; overleg met het sociaal wijkteam"],
                   ["januari", "middentoetsen leerlingvolgsysteem"],
                   ["februari", "tweede groepsbespreking, trendanalyse, evaluatie OPP's"],
                   ["maart", "voorlopig schooladvies groep 7; rapportgesprekken"],
                   ["april", "doorstroomtoets groep 8"],
                   ["juni", "derde groepsbespreking, eindtoetsen, evaluatie ondersteuningsplan met team en MR"],
                   ["juli", "overdracht naar de nieuwe leerkracht"]]),
        ("h1", "Dyslexie en leesproblemen"),
        ("p", "De Klimop volgt het protocol leesproblemen en dyslexie. In groep 2 signaleren wij risicokinderen "
              "met een screeningsinstrument. In groep 3 krijgen kinderen die achterblijven dagelijks twintig "
              "minuten extra leesinstructie in een kleine groep. Als na drie meetmomenten sprake blijft van een "
              "hardnekkig leesprobleem, stelt de school een leesdossier op en kunnen ouders hun kind via de "
              "gemeente laten onderzoeken op dyslexie. Kinderen met een dyslexieverklaring krijgen extra tijd "
              "bij toetsen, voorleessoftware en, waar nodig, vergrote teksten."),
        ("h1", "Meer- en hoogbegaafdheid"),
        ("p", "Wij signaleren in groep 1 en 2 met een signaleringslijst en bij de start van groep 3 opnieuw. Kinderen "
              "die meer aankunnen, krijgen in de eigen groep compacten en verrijken. Vanaf groep 5 kunnen zij een "
              "ochtend per week naar de plusklas van de school. Voor kinderen voor wie dit niet genoeg is, kan de "
              "school in overleg met ouders een aanvraag doen voor de bovenschoolse plusgroep van het bestuur."),
        ("h1", "Gedrag en sociale veiligheid"),
        ("p", "De Kanjertraining vormt de basis van onze aanpak. Ieder jaar meten wij de sociale veiligheid met een "
              "vragenlijst voor leerlingen vanaf groep 5. Wij hebben een pestprotocol en een anti-pestcoördinator. "
              "Bij ernstig of herhaald grensoverschrijdend gedrag stellen wij samen met ouders een "
              "gedragsplan op. De gedragsspecialist begeleidt leerkrachten met observaties en coaching in de klas."),
    ]
    return b


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------

def to_docx(blocks, path, header):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = header + " – basisondersteuning | toelaatbaarheid | ouders"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val[0], level=0)
            for line in val[1:]:
                d.add_paragraph(line)
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
        elif kind == "toc":
            for item in val:
                d.add_paragraph(item)
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.core_properties.author = "holdout318"
    d.core_properties.title = header
    d.save(str(path))


def to_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [line.upper() if i == 0 else line for i, line in enumerate(val)] + ["", ""]
        elif kind in ("h1", "h2"):
            out += ["", val, ("=" if kind == "h1" else "-") * len(val), ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["  " + (x if x[:2].rstrip(".").isdigit() else "- " + x) for x in val] + [""]
        elif kind == "toc":
            out += ["    " + x for x in val] + [""]
        elif kind == "table":
            widths = [max(len(r[j]) for r in val) for j in range(len(val[0]))]
            for i, r in enumerate(val):
                out.append(" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
                if i == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
    return "\n".join(out) + "\n"


def to_html(blocks, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
           "</head><body>", '<nav class="site"><a href="/">Home</a> · <a href="/ouders">Ouders</a> · '
           '<a href="/schoolgids">Schoolgids</a></nav>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out += [f'<p class="sub">{e(x)}</p>' for x in val[1:]]
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "toc"):
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer>OBS De Klimop · Stichting Openbaar Onderwijs Zuidrand</footer>", "</body></html>"]
    return "\n".join(out) + "\n"


def render_pdf(blocks, pdf_path, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout318_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    return "present" if all(vals) else ("partial" if any(vals) else None)


def write_label(path, documents, sector, false_crits, advisory, notes):
    crit = {f"{e}.{c}": f"{e}.{c}" not in false_crits for e, c in CORE}
    els = {}
    for el in ELEMENTS:
        st = status(crit, el)
        if st is None:
            st = "partial" if advisory.get(el) else "missing"
        els[el] = st
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    lines += [f"  {k}: [{', '.join(v)}]" for k, v in advisory.items() if v]
    lines.append("notes:")
    lines += [f'  {k}: "{v}"' for k, v in notes.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # A
    to_docx(plan_a(), OUT / "holdout318-po-maasenwaal.docx", "Ondersteuningsplan 2025-2029 SWV Maas en Waal")
    write_label(OUT / "holdout318-po-maasenwaal.expected.yaml", ["holdout318-po-maasenwaal.docx"], "po",
                {"plaatsing.criteria", "resultaten.monitoring", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Wat elke school biedt': agreed minimum for every vestiging + bullet list of voorzieningen",
                 "plaatsing": "procedure in 'Toelaatbaarheid en terugplaatsing' (aanvrager, loket, Commissie, 6 weken); criteria only in absent bijlage 5; bezwaar only in begrippenlijst",
                 "terugstroom": "hidden inside the TLV chapter: policy (thuisnabij, conditions, terugplaatsingsarrangement) and steps (1 februari, proefperiode, new TLV by 1 april)",
                 "financien": "under 'Geld en middelen': vaste voet + per leerling verdeling, loket decides arrangementen, meerjarenbegroting table with amounts",
                 "dekkend-aanbod": "'Extra ondersteuning en het dekkend netwerk': 4-layer table, yearly gap analysis (TOS-groep), thuiszitters procedure, zorgplicht",
                 "resultaten": "ch. 'Ambities en resultaten' has target table; measuring deferred to a future kwaliteitskader",
                 "ouders": "information channels under 'Communicatie'; steunpunt deferred to spring 2026 / absent bijlage 6, onderwijsconsulenten only in begrippenlijst"})

    # B
    to_docx(plan_b(), OUT / "holdout318-vo-kempenrand.docx", "SWV VO Kempenrand – Ondersteuningsplan 2026-2030")
    write_label(OUT / "holdout318-vo-kempenrand.expected.yaml", ["holdout318-vo-kempenrand.docx"], "vo",
                {"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning' defines the SWV-wide ondergrens but leaves the concrete voorzieningen to each school's SOP on its website",
                 "plaatsing": "ch. 'Toewijzing: vso, lwoo en pro': procedure/criteria/deskundigen/termijn/geldigheid in a table, bezwaar via LBT",
                 "terugstroom": "nothing on return from vso; only near-misses (doorstroom PO-VO, uitstroom mbo, OPDC return-to-own-school indicator) and a begrippenlijst entry",
                 "financien": "verdeelmodel (EUR 140 per leerling, centraal niveau 3) in 'Financiën'; meerjarenbegroting is all p.m., to be added as addendum",
                 "dekkend-aanbod": "'Het ondersteuningscontinuüm': table of 4 levels, thuiszittersoverleg, gap -> new voorziening, zorgplicht",
                 "resultaten": "'Resultaten en kwaliteitszorg': table with streefwaarden and stand 2025, halfjaarlijkse monitor, jaarverslag",
                 "ouders": "'Ouders en leerlingen': website/schoolgids/brochure/ouderavond, independent OJSP, Onderwijsconsulenten, klachtencommissie"})

    # C
    render_pdf(plan_c(), OUT / "holdout318-po-lingegouw.pdf", "Ondersteuningsplan Passend Onderwijs Lingegouw 2025-2029")
    write_label(OUT / "holdout318-po-lingegouw.expected.yaml", ["holdout318-po-lingegouw.pdf"], "po",
                {"terugstroom.procedure", "financien.verdeling", "financien.besteding", "dekkend-aanbod.lacunes",
                 "resultaten.doelen", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Standaarden basisondersteuning': ten binding standards for all locations, in a table",
                 "plaatsing": "'Sbo en so: toelaatbaarheid': 5 steps, CvT, 2 deskundigen, 6 weken, sbo/so criteria, duration, categorie, bezwaar",
                 "terugstroom": "'Na het speciaal onderwijs': policy (aim, condition, support after return) but steps/initiative/moments deferred to a draaiboek in year 1",
                 "financien": "'Financiën' only refers to a separate Financieel Kader adopted in December 2025; verdeelmodel/meerjarenbegroting only in begrippenlijst",
                 "dekkend-aanbod": "'Arrangeren' lists the continuum; no gap analysis, thuiszitters or zorgplicht (thuiszitter only in begrippenlijst)",
                 "resultaten": "'Kwaliteit en resultaten' is a p.m. placeholder; no targets or monitoring anywhere",
                 "ouders": "'Ouders als partner': website ouderwijzer, folder, schoolgids, ouderavonden; independent OJSP Linge, Onderwijsconsulent, klachtencommissie"})

    # D
    render_pdf(plan_d(), OUT / "holdout318-vo-hunzedal.pdf", "SWV Hunzedal – Ondersteuningsplan 2025-2029")
    write_label(OUT / "holdout318-vo-hunzedal.expected.yaml", ["holdout318-vo-hunzedal.pdf"], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"]},
                {"basisondersteuning": "no description; niveau 1 is only 'wat de school zelf organiseert'; term appears only in begrippenlijst (with 'zie het SOP')",
                 "plaatsing": "criteria for vso (a-c) and pro in 'Toelaatbaarheid vso en pro'; procedure explicitly deferred to an addendum after spring 2026",
                 "terugstroom": "'Vso en daarna': policy (conditions, terugkeerarrangement EUR 7.500) and a table of moments/actors (1 december, 1 maart, evaluations)",
                 "financien": "'Financieel beleid': schoolmodel EUR 185 per leerling, bestedingsverslag, begroting table 2025-2028 with amounts",
                 "dekkend-aanbod": "'Routes naar ondersteuning' (4 levels, OPDC, Rebound, Loket) + 'Thuiszitters en wachtlijsten' (ROT, 6 weeks, yearly gap inventory)",
                 "resultaten": "'Monitoring' describes quarterly kengetallen, yearly evaluation with OPR and jaarverslag, but no beoogde resultaten beyond 'streven naar goede resultaten'",
                 "ouders": "nothing addressed: OPR described without parents, OJSP/onderwijsconsulenten only in begrippenlijst, no information channels"})

    # E
    (OUT / "holdout318-po-veluwezoom.txt").write_text(to_txt(plan_e()), encoding="utf-8")
    write_label(OUT / "holdout318-po-veluwezoom.expected.yaml", ["holdout318-po-veluwezoom.txt"], "po",
                {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
                 "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie"},
                {"terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Wat scholen bieden' lists the content (voorzieningen) but states no agreed minimum for every school exists yet (each bestuur decides; deferred to 2026-2027)",
                 "plaatsing": "'Toelaatbaarheid' only refers to a separate Handboek Toewijzing / website; TLV/bezwaar text only in begrippenlijst",
                 "terugstroom": "'Terug naar de basisschool' gives 5 numbered steps with dates; policy/conditions/support after return deferred to a notitie still to be written",
                 "financien": "'Begroting': verdeelmodel in herziening (deferred to 2026) but meerjarenbegroting of lasten with amounts; reserve",
                 "dekkend-aanbod": "nothing: no continuum, no thuiszitters approach; OOGO chapter only procedural; dekkend aanbod/thuiszitter only in begrippenlijst",
                 "resultaten": "'Doelen en opbrengsten': table doel/indicator/nulmeting/streefwaarde + yearly collection, OPR discussion, jaarverslag",
                 "ouders": "informing parents deferred to a communicatieplan in 2026; independent OJSP Veluwezoom, Onderwijsconsulenten, geschillencommissie described"})

    # F near miss
    (OUT / "holdout318-notaplan-klimop.html").write_text(to_html(near_miss(), "Ondersteuningsplan OBS De Klimop 2025-2026"),
                                                         encoding="utf-8")
    (OUT / "holdout318-notaplan-klimop.expected.yaml").write_text(
        "documents: [holdout318-notaplan-klimop.html]\nsector: po\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
        "notes:\n  document: \"School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
        "OPP, schoolbudget), part of the schoolgids and adopted by the MR; it refers to the samenwerkingsverband's own plan, "
        "so it is not the plan of a samenwerkingsverband\"\n", encoding="utf-8")


if __name__ == "__main__":
    main()
