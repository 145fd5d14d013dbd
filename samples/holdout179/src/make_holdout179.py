#!/usr/bin/env python3
"""Generate the holdout179 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import re
import shutil
import subprocess
import tempfile
import datetime
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# generic filler (what real plans contain around the legal elements)
# --------------------------------------------------------------------------------------------


def sect_terms(p):
    if p["sector"] == "po":
        return dict(reg="basisscholen", spec="sbo- en so-scholen", lln="leerlingen van 4 tot 13 jaar",
                    spec_short="s(b)o", sectorword="primair onderwijs", other="het samenwerkingsverband voortgezet onderwijs",
                    wet="artikel 18a van de Wet op het primair onderwijs")
    return dict(reg="scholen voor voortgezet onderwijs", spec="vso-scholen en scholen voor praktijkonderwijs",
                lln="leerlingen van 12 tot 18 jaar", spec_short="vso", sectorword="voortgezet onderwijs",
                other="de samenwerkingsverbanden primair onderwijs in de regio",
                wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)")


def voorwoord(p):
    t = sect_terms(p)
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Dit plan is tot stand gekomen in "
              f"een periode waarin passend onderwijs opnieuw volop in de belangstelling staat. De landelijke "
              f"verbeteraanpak, de discussie over een landelijke norm en de krapte op de arbeidsmarkt vragen veel "
              f"van onze {t['reg']} en van de {t['spec']} in de regio {p['region']}. Tegelijk zien we elke dag hoeveel "
              f"leraren, intern begeleiders, ondersteuningscoördinatoren en schoolleiders doen om ieder kind een goede "
              f"plek te geven. Dit plan is daarom vooral een plan van en voor de scholen."),
        ("p", f"Het plan is in de loop van {p['year0']} geschreven door een werkgroep met vertegenwoordigers van de "
              f"schoolbesturen, de directeuren, de ondersteuningsplanraad en het bureau van het samenwerkingsverband. "
              f"In vier bijeenkomsten met schoolleiders en twee werksessies met de ondersteuningsplanraad hebben wij "
              f"de concepthoofdstukken besproken. Wij danken iedereen die heeft meegelezen, meegedacht en kritische "
              f"vragen heeft gesteld. Die vragen hebben het plan beter gemaakt, ook waar we nog niet alle antwoorden "
              f"hebben."),
        ("p", f"Dit document wordt ter instemming voorgelegd aan de ondersteuningsplanraad en is besproken in het "
              f"op overeenstemming gericht overleg met de gemeenten {', '.join(p['gemeenten'])}. Wij hopen dat het "
              f"plan richting geeft en tegelijk ruimte laat voor de eigen kleur van iedere school."),
        ("p", f"{p['director']}, directeur-bestuurder"),
    ]


def leeswijzer(p):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 beschrijft wie wij zijn en vanuit welke visie wij werken. De daaropvolgende hoofdstukken "
              "volgen grotendeels de onderwerpen die de wet voor een ondersteuningsplan noemt, maar niet altijd in "
              "dezelfde volgorde. Wie wil nagaan waar een wettelijk onderwerp staat, vindt achter in dit plan een "
              "overzicht waarin de wettelijke eisen aan de hoofdstukken zijn gekoppeld. Een lijst met begrippen en "
              "afkortingen is eveneens als bijlage opgenomen. Waar in de tekst 'ouders' staat, bedoelen wij ook "
              "verzorgers en voogden; waar 'school' staat, bedoelen wij iedere vestiging."),
    ]


def terugblik(p):
    t = sect_terms(p)
    return [
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", f"De afgelopen vier jaar stonden in het teken van het versterken van de samenwerking tussen de "
              f"besturen en het dichter bij de school organiseren van expertise. In de vorige planperiode is het "
              f"bureau van het samenwerkingsverband verhuisd naar een centrale locatie in {p['town']}, is een nieuw "
              f"registratiesysteem ingevoerd en is de overlegstructuur met de schoolleiders vereenvoudigd. De "
              f"evaluatie die wij in het voorjaar van {p['year0']} met de besturen hebben gehouden, laat zien dat "
              f"scholen de korte lijnen met het bureau waarderen, maar dat de administratieve last nog als hoog "
              f"wordt ervaren."),
        ("p", f"Ook de samenwerking met de {t['spec']} is verdiept. Er zijn gezamenlijke studiedagen georganiseerd "
              f"en meerdere netwerken van intern begeleiders en ondersteuningscoördinatoren zijn opnieuw opgestart na "
              f"de coronaperiode. Niet alles is gelukt: de voorgenomen digitale kennisbank is niet van de grond "
              f"gekomen en het project rond hoogbegaafdheid heeft vertraging opgelopen door personeelswisselingen. "
              f"De lessen uit die evaluatie hebben wij meegenomen in de keuzes in dit plan."),
    ]


def kengetallen(p, with_percentages=True):
    t = sect_terms(p)
    rows = [["Onderdeel", "Aantal (1 oktober %s)" % p["year0"]],
            ["Aangesloten schoolbesturen", str(p["n_besturen"])],
            ["Vestigingen regulier", str(p["n_scholen"])],
            ["Vestigingen %s" % t["spec_short"], str(p["n_spec"])],
            ["Leerlingen regulier", p["n_lln"]],
            ["Gemeenten in het werkgebied", str(len(p["gemeenten"]))]]
    blocks = [
        ("h2", "Regio en kengetallen"),
        ("p", f"Het werkgebied van {p['short']} omvat de gemeenten {', '.join(p['gemeenten'])}. Het is een gebied "
              f"met zowel stedelijke kernen als kleine dorpen. De bevolkingsprognoses laten voor de komende jaren een "
              f"lichte daling van het aantal {t['lln']} zien, met grote verschillen tussen de kernen. In de grotere "
              f"kernen blijft het leerlingaantal stabiel, in de kleinere dorpen staan enkele scholen onder druk. Dat "
              f"heeft gevolgen voor de spreiding van voorzieningen en voor het leerlingenvervoer, een onderwerp dat wij "
              f"met de gemeenten bespreken."),
        ("table", rows),
        ("p", "De cijfers in deze tabel zijn ontleend aan de telgegevens van DUO. Ze worden jaarlijks in het jaarverslag "
              "geactualiseerd."),
    ]
    if with_percentages:
        blocks.append(("p", f"Het deelnamepercentage aan het {t['spec_short']} lag op de teldatum van {p['year0']} op "
                            f"{p['deelname']}, iets boven het landelijk gemiddelde. Dit percentage is in de afgelopen drie "
                            f"jaar licht gestegen."))
    return blocks


def missie_visie(p):
    t = sect_terms(p)
    return [
        ("h1", "1 Wie wij zijn en waar wij voor staan"),
        ("h2", "1.1 Missie"),
        ("p", f"{p['name']} is een stichting waarin {p['n_besturen']} schoolbesturen samenwerken om de opdracht van "
              f"passend onderwijs in de regio {p['region']} waar te maken. Onze missie luidt: 'Samen zorgen wij dat "
              f"ieder kind in onze regio zich kan ontwikkelen op een school die bij hem of haar past, zo dicht mogelijk "
              f"bij huis.' Wij zijn geen schoolbestuur en geven zelf geen onderwijs; wij faciliteren, verbinden en "
              f"maken afspraken waar besturen en scholen zich samen aan committeren. De wettelijke opdracht is "
              f"vastgelegd in {t['wet']}."),
        ("h2", "1.2 Visie"),
        ("p", "Wij geloven dat kinderen en jongeren het beste leren als zij zich gezien voelen. Passend onderwijs begint "
              "daarom in de klas, bij een leraar die het verschil ziet en erop inspeelt. Ondersteuning is geen doel op "
              "zich, maar een middel om ontwikkeling mogelijk te maken. Wij kiezen voor een benadering waarin het "
              "perspectief van het kind, de ouders en de leraar samen komen. Wij praten met ouders, niet over ouders. "
              "Wij kijken naar wat een kind nodig heeft en niet in de eerste plaats naar wat een kind heeft."),
        ("p", "Wij hechten aan vertrouwen en eigenaarschap. Besturen en scholen zijn eigenaar van de ondersteuning die "
              "zij bieden; het samenwerkingsverband maakt afspraken over de randvoorwaarden en ondersteunt waar "
              "nodig. Middelen moeten zo dicht mogelijk bij het kind terechtkomen. Verantwoording is voor ons geen "
              "controle-instrument maar een manier om samen te leren. Wij willen een lerende organisatie zijn, die "
              "resultaten niet alleen in cijfers maar ook in verhalen zichtbaar maakt."),
        ("h2", "1.3 Kernwaarden"),
        ("ul", ["Thuisnabij: een plek zo dicht mogelijk bij huis, in de eigen omgeving.",
                "Samen: besturen, scholen, ouders en partners delen de verantwoordelijkheid.",
                "Eenvoud: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor het kind.",
                "Transparantie: wij zijn open over keuzes, geld en opbrengsten."]),
        ("h2", "1.4 Ambities voor de planperiode"),
        ("p", f"In de periode {p['period']} willen wij de ingezette lijn voortzetten. Wij richten ons op drie ambities: "
              f"de kwaliteit van de ondersteuning in de school versterken, de samenwerking met jeugdhulp verstevigen en "
              f"de organisatie eenvoudiger maken. Deze ambities vertalen wij jaarlijks in een jaarplan met bijbehorende "
              f"jaarbegroting. Het jaarplan wordt besproken met de ondersteuningsplanraad en vastgesteld door het "
              f"bestuur."),
    ]


def governance(p, parents_in_opr=True):
    t = sect_terms(p)
    if parents_in_opr:
        opr = (f"De ondersteuningsplanraad (OPR) bestaat uit {p['opr']} leden. De helft van de leden is ouder van een "
               f"leerling op een van de aangesloten scholen, de andere helft is personeelslid. De leden worden "
               f"afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan "
               f"en vergadert vijf keer per jaar met de directeur-bestuurder.")
    else:
        opr = (f"De ondersteuningsplanraad (OPR) bestaat uit {p['opr']} leden, afgevaardigd vanuit de "
               f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
               f"ondersteuningsplan en vergadert vijf keer per jaar met de directeur-bestuurder. Het huishoudelijk "
               f"reglement van de OPR is in {p['year0']} geactualiseerd.")
    return [
        ("h1", "%s Organisatie, governance en medezeggenschap" % p["ch_gov"]),
        ("h2", "%s.1 Bestuursmodel" % p["ch_gov"]),
        ("p", f"{p['short']} is een stichting met een raad van toezicht en een directeur-bestuurder. De algemene "
              f"vergadering van aangesloten schoolbesturen stelt het ondersteuningsplan, de begroting en het jaarverslag "
              f"vast, op voorstel van de directeur-bestuurder en na goedkeuring door de raad van toezicht. De raad van "
              f"toezicht bestaat uit vijf onafhankelijke leden en hanteert de Code Goed Bestuur. De statuten bevatten "
              f"een geschillenregeling, zoals de wet voorschrijft. Het scheiden van bestuur en toezicht is in "
              f"{int(p['year0']) - 4} ingevoerd en wordt als helder en werkbaar ervaren."),
        ("p", f"Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller (0,6 fte), een "
              f"secretariaat en een team van orthopedagogen en consulenten. Het bureau is gehuisvest in {p['town']}. "
              f"Het directeurenoverleg komt zes keer per jaar bijeen en adviseert over beleid en uitvoering."),
        ("h2", "%s.2 Ondersteuningsplanraad" % p["ch_gov"]),
        ("p", opr),
        ("p", "De ondersteuningsplanraad ontvangt alle relevante stukken tijdig en kan zich laten scholen. Voor "
              "scholing en ondersteuning van de OPR is jaarlijks een vast bedrag begroot. De OPR heeft het concept van "
              "dit plan in drie sessies besproken en schriftelijk gereageerd; de reactie van het bestuur op de "
              "opmerkingen is als notitie aan de OPR verstrekt."),
        ("h2", "%s.3 Medezeggenschap en bestuurlijke verhoudingen" % p["ch_gov"]),
        ("p", f"Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het "
              f"bureau. Besluiten over de organisatie van het bureau worden aan deze raad voorgelegd. Met "
              f"{t['other']} vindt twee keer per jaar bestuurlijk overleg plaats over de overgang tussen de sectoren en "
              f"over het ondersteuningsplan; het overleg over het concept van dit plan vond plaats op "
              f"{p['date_overleg']}."),
    ]


def oogo(p, substantive=True):
    blocks = [("h1", "%s Samenwerking met gemeenten (OOGO)" % p["ch_oogo"])]
    if substantive:
        blocks += [
            ("p", f"Met de gemeenten {', '.join(p['gemeenten'])} voeren wij op overeenstemming gericht overleg (OOGO). "
                  f"Onderwijs en jeugdhulp raken elkaar op veel plaatsen: bij de inzet van jeugdhulp op school, bij "
                  f"leerlingenvervoer, bij onderwijshuisvesting en bij kinderen die niet naar school gaan. De afspraken "
                  f"die wij met de gemeenten maken, zijn vastgelegd in een gezamenlijke agenda die jaarlijks wordt "
                  f"geactualiseerd. Daarin staan onder meer de inzet van schoolmaatschappelijk werk, de "
                  f"praktijkondersteuner jeugd op school en de afspraken over onderwijs-zorgarrangementen."),
            ("p", "Het OOGO over het concept van dit ondersteuningsplan heeft plaatsgevonden op "
                  f"{p['date_oogo']}. De gemeenten hebben ingestemd met het concept. Eerder in dat jaar is het "
                  "lokaal jeugdbeleid van de gemeenten in OOGO besproken. Wij zien het OOGO niet als verplichting "
                  "maar als de plek waar wij gezamenlijk de schotten tussen onderwijs en zorg kleiner maken."),
        ]
    else:
        blocks += [
            ("p", f"Het concept van dit ondersteuningsplan is op {p['date_oogo']} besproken in het op overeenstemming "
                  f"gericht overleg met de colleges van burgemeester en wethouders van de gemeenten "
                  f"{', '.join(p['gemeenten'])}. Overeenstemming is bereikt; het verslag van het overleg is bij het "
                  f"bestuur beschikbaar. De procedure voor het OOGO, inclusief een geschillenregeling, is in "
                  f"{int(p['year0']) - 3} met de gemeenten overeengekomen."),
            ("p", "Over de inhoudelijke agenda met de gemeenten maken wij in het eerste planjaar nieuwe afspraken. "
                  "Tot die tijd blijft de bestaande overlegcyclus met de wethouders onderwijs en jeugd gehandhaafd."),
        ]
    return blocks


def personeel_ict(p):
    return [
        ("h1", "%s Personeel, professionalisering en ICT" % p["ch_pers"]),
        ("h2", "%s.1 Personeel van het samenwerkingsverband" % p["ch_pers"]),
        ("p", "Het samenwerkingsverband heeft eigen medewerkers in dienst en maakt daarnaast gebruik van gedetacheerd "
              "personeel van de aangesloten besturen. Het personeelsbeleid is gericht op behoud en ontwikkeling van "
              "deskundigheid. Iedere medewerker voert jaarlijks een ontwikkelgesprek; er is een scholingsbudget per "
              "fte. De krapte op de arbeidsmarkt raakt ook ons: vacatures voor orthopedagogen en gedragsspecialisten "
              "zijn lastig te vervullen. Wij werken daarom samen met de opleidingen in de regio en bieden stageplaatsen "
              "aan."),
        ("p", "Het ondersteuningsplan heeft beperkte gevolgen voor het personeel van de scholen. Waar arrangementen "
              "worden omgezet of bovenschoolse voorzieningen veranderen, wordt dit tijdig met de betrokken besturen "
              "en hun medezeggenschapsraden besproken. De personeelsgeleding van de OPR is nadrukkelijk gevraagd naar "
              "de werkdruk in de scholen; die signalen nemen wij mee in het jaarplan."),
        ("h2", "%s.2 Professionalisering" % p["ch_pers"]),
        ("p", "Wij organiseren jaarlijks een programma van bijeenkomsten voor leraren, intern begeleiders, "
              "ondersteuningscoördinatoren en schoolleiders. Thema's in de afgelopen jaren waren onder meer "
              "executieve functies, traumasensitief lesgeven, meertaligheid en het voeren van gesprekken met ouders. "
              "De netwerken worden door de deelnemers zelf geagendeerd. Een leerkracht die een specialisatie wil "
              "volgen, kan een bijdrage aanvragen uit het professionaliseringsfonds."),
        ("h2", "%s.3 ICT en privacy" % p["ch_pers"]),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligd systeem. Het samenwerkingsverband "
              "heeft een functionaris gegevensbescherming aangesteld en een privacyreglement vastgesteld. Gegevens over "
              "de gezondheid van leerlingen worden alleen verwerkt voor zover dat voor de wettelijke taken nodig is en "
              "worden niet langer bewaard dan toegestaan. Medewerkers volgen jaarlijks een korte training "
              "informatiebeveiliging. De overstap naar een nieuw registratiesysteem is gepland voor het tweede "
              "planjaar."),
    ]


def kennisdeling(p):
    return [
        ("h2", "%s.4 Kennisdeling en innovatie" % p["ch_pers"]),
        ("p", f"Wij willen dat goede voorbeelden zich snel door de regio verspreiden. Daarom organiseert het "
              f"samenwerkingsverband ieder voorjaar een regionale inspiratiedag waarop scholen elkaar laten zien wat zij "
              f"hebben ontwikkeld, van co-teaching tot een aanpak voor meertalige gezinnen. Scholen die een vernieuwend "
              f"idee willen uitproberen, kunnen een kleine innovatiesubsidie aanvragen; een jury met schoolleiders en een "
              f"lid van de OPR kiest jaarlijks enkele projecten. De opbrengsten worden gedeeld via korte filmpjes en een "
              f"praktijkboekje."),
        ("p", f"Met de lerarenopleiding en een lectoraat inclusief onderwijs in de regio werken wij samen aan "
              f"praktijkgericht onderzoek. Studenten doen hun afstudeeronderzoek op vragen die scholen in {p['region']} "
              f"zelf formuleren, bijvoorbeeld over de inzet van onderwijsassistenten, over de werkdruk van intern "
              f"begeleiders of over de samenwerking met kinderopvang en voorschoolse voorzieningen. Wij vinden het "
              f"belangrijk dat kennis niet alleen bij specialisten ligt, maar ook bij de leraar in de klas. Daarom "
              f"stimuleren wij collegiale consultatie, intervisie en het bij elkaar in de klas kijken, ook tussen "
              f"besturen. In de planperiode onderzoeken wij of een gezamenlijke academie voor onderwijsondersteunend "
              f"personeel haalbaar is. Een besluit daarover nemen de besturen niet eerder dan in het derde planjaar."),
    ]


def vervoer_huisvesting(p):
    return [
        ("h2", "%s.5 Leerlingenvervoer en onderwijshuisvesting" % p["ch_pers"]),
        ("p", f"Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten, maar zij raken direct aan "
              f"passend onderwijs. Een leerling die op grote afstand van huis naar school gaat, zit soms meer dan een "
              f"uur per dag in een taxibusje. Wij hebben met de gemeenten {', '.join(p['gemeenten'])} afgesproken dat "
              f"signalen over lange reistijden, wisselende chauffeurs en ophaaltijden die niet aansluiten op de "
              f"schooltijden bij de gemeenten worden gemeld. De gemeenten besluiten zelf over de vervoersvoorziening en "
              f"de eigen bijdrage van ouders; het samenwerkingsverband heeft daarin geen rol en geen budget."),
        ("p", f"Ook bij huisvesting is samenwerking nodig. Scholen die extra ruimten nodig hebben voor een "
              f"prikkelarme werkplek, een time-outruimte of een groep met een andere inrichting, zijn afhankelijk van "
              f"de integrale huisvestingsplannen van de gemeenten. Het samenwerkingsverband levert desgevraagd "
              f"informatie over leerlingaantallen en prognoses aan, zodat die plannen rekening houden met de "
              f"ontwikkeling van het aantal leerlingen in de regio. Het bureau van het samenwerkingsverband zelf is "
              f"gehuisvest in een gehuurd pand in {p['town']}; het huurcontract loopt tot {int(p['year0']) + 5}. In de "
              f"planperiode bekijken wij of het bureau kan verhuizen naar een locatie die beter met het openbaar "
              f"vervoer bereikbaar is, zodat ouders en leerlingen het bureau ook zonder auto kunnen bezoeken."),
    ]


def planning(p):
    y = int(p["year0"])
    rows = [["Moment", "Activiteit"],
            ["januari %d" % y, "Concept besproken in directeurenoverleg"],
            ["februari %d" % y, "Concept naar OPR en gemeenten"],
            [p["date_oogo"], "Op overeenstemming gericht overleg met gemeenten"],
            [p["date_opr"], "Instemming ondersteuningsplanraad"],
            [p["date_vast"], "Vaststelling door algemene vergadering"],
            ["vóór 1 mei %d" % y, "Toezending aan de inspectie"],
            ["1 augustus %d" % y, "Inwerkingtreding plan"]]
    return [
        ("h1", "%s Planning, vaststelling en looptijd" % p["ch_plan"]),
        ("p", f"Dit ondersteuningsplan heeft een looptijd van vier schooljaren, van 1 augustus {y} tot en met 31 juli "
              f"{y + 4}. Het plan wordt jaarlijks uitgewerkt in een jaarplan. Tussentijdse wijzigingen van het plan "
              f"worden opnieuw ter instemming aan de ondersteuningsplanraad voorgelegd. De onderstaande tabel geeft de "
              f"stappen in de totstandkoming van dit plan weer."),
        ("table", rows),
        ("p", "Het plan wordt na vaststelling gepubliceerd op de website van het samenwerkingsverband en via het "
              "Internet Schooldossier aan de inspectie toegezonden."),
    ]


def thuiszitters_passing(p):
    return ("p", "Het aantal thuiszitters is een terugkerend onderwerp in de gesprekken met leerplicht en de "
                 "gemeenten. Wij delen de zorg dat ieder kind recht heeft op onderwijs.")


def toc_block():
    return ("toc",)


def legal_appendix(p, mapping):
    t = sect_terms(p)
    rows = [["Wettelijke eis (%s, lid 8)" % ("art. 18a WPO" if p["sector"] == "po" else "art. 17a WVO"), "Hoofdstuk/paragraaf in dit plan"]]
    rows += mapping
    return [
        ("h1", "Bijlage A Wettelijke eisen en vindplaats in dit plan"),
        ("p", "In onderstaand overzicht is voor iedere wettelijke eis aangegeven in welk hoofdstuk of welke paragraaf "
              "van dit plan het onderwerp aan de orde komt. Het overzicht is opgesteld ten behoeve van de "
              "ondersteuningsplanraad en de inspectie."),
        ("table", rows),
    ]


def glossary(p, entries):
    return [("h1", "Bijlage B Begrippen en afkortingen"), ("table", [["Begrip", "Betekenis"]] + entries)]


# --------------------------------------------------------------------------------------------
# plan 1: PO, docx (Lingebetuwe)
# --------------------------------------------------------------------------------------------

P1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Linge-Betuwe (PO 25-91)", short="SWV Linge-Betuwe",
          sector="po", region="Linge-Betuwe", gemeenten=["Lingedal", "Betuwezand", "Heukelwaard"],
          town="Lingedal", period="2026-2030", year0="2026", director="drs. M.A. (Marieke) Verschoor",
          n_besturen=11, n_scholen=64, n_spec=5, n_lln="14.870", deelname="2,9 procent", opr=12,
          date_overleg="14 januari 2026", date_oogo="4 maart 2026", date_opr="25 maart 2026", date_vast="8 april 2026",
          ch_gov=8, ch_oogo=9, ch_pers=10, ch_plan=12)


def plan1():
    p = P1
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", p["name"]),
         ("sub", "Samen sterk voor ieder kind — versie ter instemming OPR, maart 2026"), ("pagebreak",),
         toc_block()]
    b += voorwoord(p)
    b += [("h1", "Samenvatting"),
          ("p", "Dit plan beschrijft hoe de elf schoolbesturen in Linge-Betuwe de komende vier jaar passend onderwijs "
                "vormgeven. De belangrijkste keuzes zijn: een vastgesteld basisniveau van ondersteuning op alle 64 "
                "vestigingen; een eenvoudiger route voor toelaatbaarheid tot sbo en so; een verdeling van middelen "
                "die grotendeels via een bedrag per leerling naar de besturen gaat; en een set van vijf doelen waarop "
                "wij ons jaarlijks verantwoorden. Op een aantal punten is het plan nadrukkelijk nog in ontwikkeling. "
                "Dat geldt voor de werkwijze rond terugplaatsing en voor de analyse van witte vlekken in het aanbod. "
                "Ouders vinden in hoofdstuk 7 hoe zij worden geïnformeerd."),
          ]
    b += leeswijzer(p)
    b += missie_visie(p)
    b += terugblik(p) + kengetallen(p)
    # basisondersteuning: present
    b += [("h1", "2 Wat elke school biedt: basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die iedere school binnen ons samenwerkingsverband aan ieder kind "
                "biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De elf besturen hebben "
                "in de algemene vergadering van 12 november 2025 afgesproken dat de onderstaande standaarden gelden als "
                "ondergrens voor alle 64 vestigingen, ongeacht bestuur, denominatie of omvang. Een school mag meer "
                "bieden, niet minder. Ouders kunnen deze ondersteuning dus op iedere basisschool in de regio "
                "verwachten."),
          ("h2", "2.1 De standaarden"),
          ("ul", ["Iedere vestiging heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die "
                  "groepsbesprekingen voert en het ondersteuningsteam van de school coördineert.",
                  "Iedere vestiging werkt met het landelijke Protocol Leesproblemen en Dyslexie en het Protocol "
                  "Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief signalering vanaf groep 2.",
                  "Iedere vestiging heeft een schoolbrede aanpak voor gedrag en sociale veiligheid (zoals PBS of een "
                  "vergelijkbare methodiek) en een jaarlijkse monitoring van sociale veiligheid.",
                  "Iedere vestiging biedt verrijking en verdieping voor leerlingen die meer aankunnen, met een "
                  "aanbod buiten de reguliere leerstof ten minste één uur per week.",
                  "Iedere vestiging kan een ontwikkelingsperspectief (OPP) opstellen en evalueert dit twee keer per "
                  "jaar met ouders.",
                  "Iedere vestiging voert eenvoudige medische handelingen uit volgens het bestuursprotocol medisch "
                  "handelen.",
                  "Iedere vestiging kan binnen twee weken een consulent van het samenwerkingsverband inschakelen voor "
                  "consultatie en observatie (preventieve ambulante begeleiding)."]),
          ("h2", "2.2 Borging"),
          ("p", "De standaarden zijn opgenomen in de kwaliteitskaart basisondersteuning. Iedere school vult de kaart "
                "jaarlijks in vóór 1 november; de uitkomsten worden in de bestuursgesprekken besproken. Voldoet een "
                "vestiging op een standaard niet, dan stelt het bestuur binnen drie maanden een verbeterplan op, "
                "waarvan de uitvoering het jaar erop opnieuw wordt bekeken."),
          ("h2", "2.3 Grens met extra ondersteuning"),
          ("p", "Als een kind meer nodig heeft dan de standaarden, spreken wij van extra ondersteuning. De school "
                "bespreekt het kind dan in het ondersteuningsteam met ouders en een consulent. Hoofdstuk 3 beschrijft "
                "welke vormen van extra ondersteuning er zijn."),
          ]
    # dekkend aanbod: continuum present, lacunes deferred
    b += [("h1", "3 Het ondersteuningscontinuüm"),
          ("p", "Ons aanbod is opgebouwd in vier niveaus die op elkaar aansluiten. Niveau 1 is de basisondersteuning in "
                "de groep en de school (hoofdstuk 2). Niveau 2 is extra ondersteuning binnen de eigen school met een "
                "arrangement van het samenwerkingsverband, bijvoorbeeld extra handen in de groep, een individueel "
                "traject met een gedragsspecialist of aanpassingen voor een kind met een fysieke beperking. Niveau 3 "
                "betreft bovenschoolse voorzieningen: de plusklassen op vier locaties, de taalklas voor nieuwkomers in "
                "Lingedal, de observatiegroep 'De Brug' voor jonge kinderen met een onduidelijk ontwikkelingsbeeld, en "
                "de kortdurende time-outvoorziening bij sbo De Kolk. Niveau 4 is plaatsing in het speciaal "
                "basisonderwijs (twee scholen) of het speciaal onderwijs (drie locaties, cluster 3 en 4)."),
          ("p", "Een kind kan tussen de niveaus op en af bewegen. Arrangementen op niveau 2 en 3 worden aangevraagd via "
                "het ondersteuningsloket en toegekend voor ten hoogste één schooljaar. De consulent van de school "
                "begeleidt de aanvraag. Voor onderwijs-zorgarrangementen werken wij samen met de jeugdhulpaanbieders "
                "die door de gemeenten zijn gecontracteerd."),
          ("h2", "3.1 Witte vlekken en thuiszitters"),
          ("p", "Of ons aanbod voor alle kinderen toereikend is, weten wij op dit moment niet goed genoeg. Een "
                "verkenning naar witte vlekken staat voor het schooljaar 2027-2028 op de planning; de uitkomsten "
                "en een eventuele aanpak worden dan aan dit plan toegevoegd."),
          thuiszitters_passing(p),
          ]
    # plaatsing: present; criteria in table
    b += [("h1", "4 Toelaatbaarheid tot sbo en so"),
          ("h2", "4.1 De route"),
          ("p", "Het schoolbestuur van de school waar het kind staat ingeschreven, vraagt de toelaatbaarheidsverklaring "
                "aan bij de Commissie Toelaatbaarheid van het samenwerkingsverband. Aan de aanvraag gaan ten minste "
                "twee besprekingen in het ondersteuningsteam van de school vooraf, waarbij ouders aanwezig zijn. Het "
                "dossier bevat het OPP met evaluaties, het onderwijskundig rapport, de handelingsplannen van het laatste "
                "jaar en de zienswijze van ouders."),
          ("ul", ["Stap 1: de school dient de aanvraag digitaal in via het ondersteuningsloket.",
                  "Stap 2: het loket toetst binnen vijf werkdagen of het dossier compleet is.",
                  "Stap 3: twee deskundigen geven ieder afzonderlijk een schriftelijk advies. De eerste is altijd een "
                  "orthopedagoog of psycholoog; de tweede is, afhankelijk van de vraag, een maatschappelijk werker, "
                  "arts, kinderpsychiater of pedagoog. Geen van beiden is bij de aanvraag betrokken geweest.",
                  "Stap 4: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier. "
                  "Ouders ontvangen een afschrift van beide adviezen.",
                  "Stap 5: de ontvangende sbo- of so-school beslist over de inschrijving."]),
          ("h2", "4.2 Waarop wij toetsen"),
          ("p", "De commissie toetst de aanvraag aan de volgende criteria. Alle criteria moeten worden beantwoord; de "
                "commissie weegt ze in samenhang."),
          ("table", [["Voorziening", "Een leerling is toelaatbaar als …"],
                     ["Speciaal basisonderwijs", "de ondersteuningsbehoefte op twee of meer gebieden (leren, gedrag, "
                      "werkhouding) de mogelijkheden van de basisondersteuning en van een arrangement op niveau 2 "
                      "overstijgt; én een arrangement van ten minste zes maanden is uitgevoerd en geëvalueerd; én een "
                      "kleinere groep met een specifiek pedagogisch klimaat noodzakelijk is."],
                     ["Speciaal onderwijs cluster 3", "sprake is van een ernstige verstandelijke, lichamelijke of "
                      "meervoudige beperking of langdurige ziekte waardoor de leerling een intensieve, specialistische "
                      "aanpak nodig heeft die het sbo niet kan bieden."],
                     ["Speciaal onderwijs cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek "
                      "die in de thuissituatie en op school zichtbaar is, waarbij inzet van jeugdhulp en een "
                      "sbo-aanbod onvoldoende is gebleken of naar het oordeel van beide deskundigen onvoldoende zal "
                      "zijn."]]),
          ("h2", "4.3 Duur, categorie en bezwaar"),
          ("p", "Een toelaatbaarheidsverklaring voor het sbo geldt tot het einde van de basisschoolperiode. Voor het so "
                "geldt een TLV in principe twee schooljaren, steeds eindigend op 31 juli. De commissie bepaalt de "
                "bekostigingscategorie (laag, midden of hoog) op basis van de beperking. Ouders en het schoolbestuur "
                "kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt voorgelegd aan "
                "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarna het bestuur binnen zes "
                "weken na het advies beslist."),
          ]
    # terugstroom: beleid present, procedure deferred
    b += [("h1", "5 Terug naar een reguliere school"),
          ("p", "Geen kind hoort langer in het speciaal (basis)onderwijs dan nodig. Uitgangspunt van ons beleid is dat "
                "een leerling die zich zo heeft ontwikkeld dat het regulier onderwijs weer passend is, terugkeert naar "
                "een basisschool, bij voorkeur in de eigen wijk of het eigen dorp. Voorwaarde is dat de ontvangende "
                "school kan aansluiten bij de ondersteuningsbehoefte zoals beschreven in het OPP en dat ouders de "
                "overstap steunen."),
          ("p", "Na de overstap krijgt de ontvangende school gedurende één schooljaar een terugkeerarrangement van "
                "€ 4.500 per leerling en ambulante begeleiding vanuit de sbo- of so-school, met een vaste begeleider "
                "die de leerling al kent. Na zes maanden vindt een tussenevaluatie met ouders plaats."),
          ("p", "Hoe de afweging rond het aflopen van een TLV precies verloopt — wie het gesprek start, op welk moment "
                "en wie uiteindelijk beslist — leggen wij in het eerste planjaar samen met de sbo- en so-scholen vast "
                "in een draaiboek. Tot dat draaiboek er is, handelen scholen naar eigen inzicht."),
          ]
    # resultaten: present
    b += [("h1", "6 Kwaliteit en opbrengsten"),
          ("p", "Wij willen weten of wat wij doen ook werkt. Daarom hebben wij voor deze planperiode vijf doelen "
                "geformuleerd voor leerlingen met een ondersteuningsbehoefte, met een streefwaarde voor 2030."),
          ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Leerlingen met een arrangement van wie de doelen in het OPP grotendeels zijn bereikt", "71%", "85%"],
                     ["Thuiszitters langer dan drie maanden", "9", "0"],
                     ["Ouders tevreden over de ondersteuning (ouderpeiling)", "7,1", "7,8"],
                     ["Scholen die op alle standaarden basisondersteuning voldoen", "52 van 64", "64 van 64"],
                     ["Aanvragen TLV afgehandeld binnen zes weken", "78%", "95%"]]),
          ("p", "De voortgang meten wij met de monitor passend onderwijs. Scholen leveren twee keer per jaar (februari en "
                "juli) gegevens aan over arrangementen en OPP-doelen; het bureau combineert die met de DUO-telgegevens "
                "en de registraties van het loket. De controller stelt per kwartaal een bestuursrapportage op met de "
                "stand van de indicatoren en de bijbehorende uitgaven. In het jaarverslag rapporteren wij per doel de "
                "bereikte waarde en de inzet van middelen; in een jaarlijkse evaluatiesessie met de OPR en de "
                "directeuren bespreken wij of bijstelling nodig is."),
          ]
    # ouders: informatie present, steunpunt only web reference
    b += [("h1", "7 Ouders"),
          ("p", "Ouders zijn de eerste deskundigen van hun kind. Wij vinden het belangrijk dat zij vanaf het begin "
                "betrokken zijn bij gesprekken over ondersteuning en dat zij het OPP mede ondertekenen."),
          ("p", "Over de ondersteuningsmogelijkheden informeren wij ouders op verschillende manieren. Iedere school "
                "beschrijft in de schoolgids de standaarden uit hoofdstuk 2 en het extra aanbod van de school. Op onze "
                "website staat een ouderpagina met uitleg over arrangementen, de TLV-route en de bovenschoolse "
                "voorzieningen. Twee keer per jaar organiseren wij een informatieavond voor ouders, en bij iedere "
                "aanvraag ontvangen ouders de folder 'Extra ondersteuning: hoe werkt het?'."),
          ("p", "Voor ouders die onafhankelijk advies zoeken of het niet eens zijn met de school, staat op de website "
                "een overzicht met contactgegevens."),
          ]
    b += governance(p) + oogo(p) + personeel_ict(p) + kennisdeling(p)
    # financien under 'Geld en middelen' inside planning? separate chapter
    b += [("h1", "11 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na "
                "verrekening van de afdrachten aan het so en de groeibekostiging van het sbo resteert het budget dat "
                "wij in de regio inzetten."),
          ("h2", "11.1 Zo verdelen wij"),
          ("p", "Het grootste deel van het budget gaat rechtstreeks naar de schoolbesturen: € 118 per leerling op de "
                "teldatum van 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging voor "
                "scholen met minder dan 150 leerlingen. Arrangementen op niveau 2 en 3 worden toegekend door het "
                "ondersteuningsloket op basis van de aanvraag; de bedragen per arrangement staan in de "
                "arrangementenkaart (individueel arrangement € 3.000 tot € 9.000 per jaar). De algemene vergadering "
                "stelt de verdeling jaarlijks vóór 1 juli vast."),
          ("h2", "11.2 Meerjarenbegroting"),
          ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbudget", "13.480", "13.320", "13.150", "13.010"],
                     ["Afdrachten so en groeibekostiging sbo", "-5.910", "-5.860", "-5.820", "-5.790"],
                     ["Budget schoolbesturen (per leerling)", "1.755", "1.730", "1.705", "1.680"],
                     ["Arrangementen niveau 2 en 3", "2.840", "2.810", "2.780", "2.750"],
                     ["Bovenschoolse voorzieningen", "1.620", "1.620", "1.600", "1.600"],
                     ["Terugkeerarrangementen", "90", "90", "90", "90"],
                     ["Bureau en consulenten", "1.210", "1.190", "1.170", "1.160"],
                     ["Resultaat", "55", "20", "-15", "-60"]]),
          ("p", "De algemene reserve bedraagt eind 2025 € 1,4 miljoen. Het bestuur hanteert een "
                "weerstandsvermogen van ten minste 5 en ten hoogste 10 procent van de baten; het bedrag daarboven wordt "
                "in de planperiode ingezet voor de bovenschoolse voorzieningen. Besturen verantwoorden de besteding van "
                "het budget per leerling jaarlijks vóór 1 april in een korte verantwoordingsrapportage."),
          ]
    b += planning(p)
    b += legal_appendix(p, [["a. samenhangend geheel van voorzieningen, incl. basisondersteuning", "H2, H3"],
                            ["b. verdeling en besteding middelen, meerjarenbegroting", "H11"],
                            ["c. procedure en criteria toelaatbaarheid sbo en so", "H4"],
                            ["d. terugplaatsing en overplaatsing", "H5"],
                            ["e. beoogde en bereikte resultaten", "H6"],
                            ["f. informatie aan ouders en onafhankelijke ondersteuning", "H7"],
                            ["g-j. groei- en overdrachtsregelingen sbo/so", "H11"]])
    b += glossary(p, [["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                      ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
                      ["Onderwijsconsulent", "Onafhankelijke deskundige die ouders kosteloos bijstaat bij een "
                       "verschil van mening met school of samenwerkingsverband."],
                      ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over "
                       "passend onderwijs."],
                      ["TLV", "Toelaatbaarheidsverklaring."],
                      ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."],
                      ["OPR", "Ondersteuningsplanraad."], ["OOGO", "Op overeenstemming gericht overleg."]])
    return b


# --------------------------------------------------------------------------------------------
# plan 2: VO, docx (Kempenrand)
# --------------------------------------------------------------------------------------------

P2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-97)", short="SWV VO Kempenrand",
          sector="vo", region="Kempenrand", gemeenten=["Eersel-Akker", "Bladelhoven", "Reusel-Heide", "Bergeijkerveld"],
          town="Bladelhoven", period="2026-2030", year0="2026", director="J.P. (Joost) van Heeswijk MEd",
          n_besturen=8, n_scholen=14, n_spec=3, n_lln="11.240", deelname="3,4 procent", opr=10,
          date_overleg="21 januari 2026", date_oogo="11 maart 2026", date_opr="1 april 2026", date_vast="15 april 2026",
          ch_gov=7, ch_oogo=8, ch_pers=10, ch_plan=11)


def plan2():
    p = P2
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", p["name"]),
         ("sub", "Iedere leerling een passende plek — concept voor instemming van de OPR"), ("pagebreak",),
         toc_block()]
    b += voorwoord(p)
    b += [("h1", "Samenvatting"),
          ("p", "In dit plan beschrijven de acht schoolbesturen in de Kempenrand hoe zij de komende vier jaar "
                "samenwerken. Wij houden vast aan een gelijk basisniveau op alle vestigingen, verbeteren de route naar "
                "het vso en de toewijzing van lwoo en praktijkonderwijs, en versterken de tussenvoorziening. Het "
                "hoofdstuk over kwaliteit en resultaten is in deze versie beknopt; een uitgewerkt kwaliteitskader "
                "volgt. Communicatie met ouders en leerlingen krijgt een eigen hoofdstuk."),
          ]
    b += leeswijzer(p)
    b += missie_visie(p)
    b += terugblik(p) + kengetallen(p, with_percentages=False)
    # basisondersteuning: niveau present, inhoud missing
    b += [("h1", "2 Basisondersteuning"),
          ("p", "Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies dat "
                "binnen de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen "
                "kwaliteitsniveau wordt uitgevoerd. De acht besturen hebben afgesproken dat dit niveau voor alle "
                "veertien vestigingen gelijk is: het is de ondergrens die elke vestiging, van praktijkonderwijs tot "
                "gymnasium, waarmaakt, en die in de algemene vergadering is vastgesteld."),
          ("p", "Welke concrete voorzieningen daar per vestiging onder vallen, verschilt naar schoolsoort en staat in "
                "de schoolgids van iedere school. Een gezamenlijke, per vestiging toetsbare lijst van voorzieningen "
                "stellen wij op in het schooljaar 2026-2027, in afwachting van de landelijke norm."),
          ]
    # dekkend aanbod: present
    b += [("h1", "3 Een dekkend netwerk"),
          ("h2", "3.1 Van school tot vso"),
          ("p", "Ons netwerk van ondersteuning kent drie lagen. In de school is er de basisondersteuning en, voor "
                "leerlingen die meer nodig hebben, extra ondersteuning met middelen van het samenwerkingsverband: "
                "trajectgroepen, een ondersteuningsklas, coaching door een gedragsspecialist of een aangepast rooster. "
                "Bovenschools bieden wij de tussenvoorziening 'De Overstap' (OPDC, 48 plaatsen, kortdurend tot één "
                "jaar), de reboundvoorziening voor leerlingen die tijdelijk niet in de eigen school kunnen functioneren "
                "(maximaal twaalf weken) en het onderwijs-zorgarrangement 'Tussentijd' voor jongeren met psychiatrische "
                "problematiek, samen met de jeugd-GGZ. Daarnaast zijn er drie vso-scholen en twee scholen voor "
                "praktijkonderwijs in de regio."),
          ("h2", "3.2 Gaten in het netwerk opsporen en dichten"),
          ("p", "Iedere maand komt het thuiszittersoverleg bijeen met leerplicht, de consulenten van het "
                "samenwerkingsverband en de jeugdconsulenten van de gemeenten. Elke jongere die langer dan vier weken "
                "niet of gedeeltelijk naar school gaat, wordt daar besproken, met een concreet plan en een eigenaar. "
                "Lukt het na twee overleggen niet om een passende plek te vinden, dan zet de directeur-bestuurder de "
                "doorzettingsmacht in die de besturen hem hebben toegekend: hij wijst een school aan die de leerling "
                "tijdelijk plaatst."),
          ("p", "Elk voorjaar analyseren wij de wachtlijsten van de voorzieningen, de casussen uit het "
                "thuiszittersoverleg en de afwijzingen bij aanmelding. Waar structureel geen passend aanbod blijkt, "
                "doet het bureau vóór 1 juni een voorstel aan de algemene vergadering. Op die manier is in 2024 de "
                "reboundvoorziening uitgebreid en is in 2025 een aanbod voor hoogbegaafde jongeren met "
                "faalangst gestart."),
          ]
    # plaatsing present + terugstroom present inside the TLV chapter
    b += [("h1", "4 Toewijzing van vso, lwoo en praktijkonderwijs"),
          ("h2", "4.1 Het Toewijzingsteam"),
          ("p", "Besluiten over toelaatbaarheid neemt het Toewijzingsteam van het samenwerkingsverband, namens het "
                "bestuur. De school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in, met het "
                "groeidocument, het OPP, de evaluaties van de ingezette ondersteuning en de zienswijze van ouders en "
                "leerling. Het Toewijzingsteam vraagt twee deskundigen om ieder een eigen schriftelijk advies: een "
                "orthopedagoog of GZ-psycholoog en, afhankelijk van de situatie, een jeugdarts, maatschappelijk werker "
                "of kinder- en jeugdpsychiater. Het besluit volgt binnen acht weken na ontvangst van de volledige "
                "aanvraag."),
          ("h2", "4.2 Wanneer een leerling naar het vso kan"),
          ("ul", ["de ondersteuningsbehoefte overstijgt wat de school met basis- en extra ondersteuning kan bieden, "
                  "ook na inzet van een bovenschoolse voorziening van ten minste zes maanden;",
                  "de leerling heeft een structurele, intensieve begeleiding nodig in een kleine groep met "
                  "specialistische expertise op het gebied van gedrag, psychiatrie of een (meervoudige) beperking;",
                  "beide deskundigen onderschrijven dat het vso de passende plek is."]),
          ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren en vermeldt de bekostigingscategorie. "
                "Bezwaar kan binnen zes weken bij het bestuur; het bestuur vraagt advies aan de Landelijke "
                "Bezwaaradviescommissie."),
          ("h2", "4.3 Lwoo en praktijkonderwijs"),
          ("p", "Voor leerwegondersteunend onderwijs en praktijkonderwijs hanteren wij de landelijke criteria. Een "
                "leerling wordt aangewezen op lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar "
                "op ten minste twee van de vier domeinen, of bij een IQ tussen 91 en 120 met die leerachterstand en "
                "sociaal-emotionele problematiek. Toelaatbaar tot het praktijkonderwijs is een leerling met een IQ "
                "tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één "
                "begrijpend lezen of inzichtelijk rekenen. De vo-school vraagt aan vóór 1 maart van het jaar van "
                "instroom; het Toewijzingsteam beslist vóór 15 april. De aanwijzing lwoo geldt voor de duur van de "
                "opleiding."),
          ("h2", "4.4 Afloop van de TLV en de overstap naar het regulier vo"),
          ("p", "Wij willen dat jongeren in het vso die dat aankunnen, de overstap naar een reguliere vo-school maken, "
                "liefst in de eigen woonplaats en bij voorkeur op een moment dat aansluit bij het schooljaar. Een "
                "overstap is aan de orde als de doelen in het OPP zijn bereikt en de jongere met extra ondersteuning "
                "in het regulier onderwijs kan functioneren; ouders en leerling moeten de overstap willen."),
          ("p", "In het laatste jaar van iedere TLV organiseert de vso-school in oktober of november een "
                "perspectiefgesprek met ouders, de leerling, de consulent van het samenwerkingsverband en, als een "
                "ontvangende school in beeld is, de ondersteuningscoördinator daarvan. De vso-school legt de uitkomst "
                "vóór 1 februari voor aan het Toewijzingsteam, dat beslist over een nieuwe TLV of over de overstap. "
                "Bij een overstap stelt het samenwerkingsverband een overstaparrangement van een jaar beschikbaar "
                "(begeleiding door de vso-school en extra formatie op de ontvangende school), dat na drie en na negen "
                "maanden wordt geëvalueerd."),
          ]
    # kwaliteit: resultaten missing (deferral)
    b += [("h1", "5 Kwaliteitszorg en resultaten"),
          ("p", "Een goed kwaliteitssysteem is voor ons onmisbaar. Wij werken aan een nieuw kwaliteitskader waarin "
                "beoogde resultaten voor leerlingen met extra ondersteuning en de manier waarop wij die volgen, worden "
                "vastgelegd. Dat kader wordt in de loop van het schooljaar 2026-2027 met de besturen en de OPR "
                "opgesteld en als aanvulling op dit plan ter instemming voorgelegd. Tot die tijd blijft de "
                "bestaande werkwijze van kwaliteitsgesprekken met de besturen van kracht."),
          ]
    # ouders inside 'Communicatie en contact': present
    b += [("h1", "6 Communicatie en contact"),
          ("p", "Het samenwerkingsverband communiceert met scholen, besturen, gemeenten, ouders en leerlingen. Voor "
                "scholen is er een tweewekelijkse nieuwsbrief en een besloten kennisbank. Voor de gemeenten zijn er de "
                "vaste OOGO-momenten en een jaarlijkse rapportage."),
          ("p", "Ouders en leerlingen informeren wij over het ondersteuningsaanbod via de website, met per school een "
                "pagina over de extra ondersteuning en de bovenschoolse voorzieningen; via de schoolgidsen; via een "
                "informatieavond in november voor ouders van leerlingen in groep 8; en via een korte animatie die "
                "scholen in de mentorles gebruiken. Iedere ouder die met de consulent te maken krijgt, ontvangt de "
                "brochure 'Jouw route in het vo'."),
          ("p", "Wie onafhankelijke hulp zoekt, kan terecht bij het Ouder- en Jeugdsteunpunt Kempenrand, dat los van "
                "scholen en samenwerkingsverband werkt en bereikbaar is via telefoon, mail en een wekelijks "
                "inloopspreekuur in Bladelhoven. Ouders kunnen daarnaast kosteloos een onderwijsconsulent "
                "inschakelen. Bij een geschil over toelating, verwijdering of het OPP kunnen zij zich wenden tot de "
                "Geschillencommissie passend onderwijs; bij klachten over het samenwerkingsverband tot de landelijke "
                "klachtencommissie waarbij wij zijn aangesloten."),
          ]
    b += governance(p) + oogo(p)
    b += [("h1", "9 Bekostiging en toekenning"),
          ("p", "Het budget voor lichte ondersteuning verdelen wij over de besturen op basis van twee componenten: "
                "€ 95 per leerling op de teldatum 1 oktober en een vaste voet van € 25.000 per vestiging. Voor "
                "arrangementen boven op dat budget dient een school een aanvraag in bij het Toewijzingsteam; de "
                "toekenning gebeurt aan de hand van de arrangementenkaart met drie zwaarteniveaus. De bekostiging van "
                "lwoo en praktijkonderwijs verloopt via de verrekening met DUO. Het bestuur stelt de verdeling "
                "jaarlijks vast bij de begroting, na advies van het directeurenoverleg."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("p", "De bedragen in de meerjarenbegroting worden ingevuld na vaststelling van de begroting 2026 door de "
                "algemene vergadering in december."),
          ]
    b += personeel_ict(p) + kennisdeling(p) + planning(p)
    b += legal_appendix(p, [["a. samenhangend geheel, incl. basisondersteuning", "H2, H3"],
                            ["b. verdeling en besteding, meerjarenbegroting", "H9"],
                            ["c. procedure en criteria vso, lwoo en pro", "H4"],
                            ["d. terugplaatsing en overplaatsing naar vo", "§4.4"],
                            ["e. beoogde en bereikte resultaten", "H5"],
                            ["f. informatie aan ouders en onafhankelijke ondersteuning", "H6"]])
    b += glossary(p, [["Basisondersteuning", "Afgesproken ondersteuning op alle vestigingen."],
                      ["Beoogde resultaten", "De doelen die het samenwerkingsverband voor leerlingen met een "
                       "ondersteuningsbehoefte nastreeft."],
                      ["OPDC", "Orthopedagogisch-didactisch centrum."], ["Lwoo", "Leerwegondersteunend onderwijs."],
                      ["PrO", "Praktijkonderwijs."], ["TLV", "Toelaatbaarheidsverklaring."],
                      ["Meerjarenbegroting", "Begroting voor ten minste vier jaar."]])
    return b


# --------------------------------------------------------------------------------------------
# plan 3: PO, pdf (Duinstreek)
# --------------------------------------------------------------------------------------------

P3 = dict(name="Samenwerkingsverband Primair Passend Duinstreek-Noord (PO 27-94)", short="SWV Duinstreek-Noord",
          sector="po", region="Duinstreek-Noord", gemeenten=["Zandvoorde", "Noordwijkerduin", "Helmstede"],
          town="Helmstede", period="2026-2030", year0="2026", director="A. (Annelies) de Graaf-Zwart",
          n_besturen=9, n_scholen=51, n_spec=4, n_lln="11.930", deelname="2,4 procent", opr=10,
          date_overleg="20 januari 2026", date_oogo="2 maart 2026", date_opr="23 maart 2026", date_vast="31 maart 2026",
          ch_gov=9, ch_oogo=10, ch_pers=11, ch_plan=12)


def plan3():
    p = P3
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", p["name"]),
         ("sub", "Vastgesteld door de algemene vergadering onder voorbehoud van instemming OPR"), ("pagebreak",),
         toc_block()]
    b += voorwoord(p)
    b += [("h1", "Samenvatting"),
          ("p", "Iedere school in Duinstreek-Noord maakt een vastgesteld minimum aan ondersteuning waar. De route naar "
                "het sbo en so blijft in de kern gelijk, met een nieuw toetsingskader. Het verdeelmodel wordt herzien. "
                "Wij formuleren vier doelen voor de planperiode en blijven investeren in de voorlichting aan ouders "
                "en in het Ouder- en Jeugdsteunpunt."),
          ]
    b += leeswijzer(p) + missie_visie(p) + terugblik(p) + kengetallen(p)
    b += [("h1", "2 Wat iedere school minimaal waarmaakt"),
          ("p", "De besturen in Duinstreek-Noord hebben één ondergrens afgesproken voor alle 51 locaties. Die "
                "ondergrens is bindend: een bestuur dat een vestiging in ons werkgebied heeft, zorgt dat deze "
                "vestiging de onderstaande voorzieningen biedt. Ouders die een school kiezen, mogen erop rekenen dat "
                "deze voorzieningen er zijn, wat er ook in de schoolgids staat."),
          ("table", [["Domein", "Wat ouders op iedere school aantreffen"],
                     ["Leren", "Signalering van lees- en rekenproblemen vanaf groep 2, dyslexiebegeleiding volgens "
                      "protocol, verlengde instructie in iedere groep."],
                     ["Gedrag en welbevinden", "Een schoolbrede gedragsaanpak, een anti-pestcoördinator, jaarlijkse "
                      "meting van sociale veiligheid."],
                     ["Meer- en hoogbegaafdheid", "Compacten en verrijken; toegang tot de bovenschoolse "
                      "verrijkingsgroep één dagdeel per week."],
                     ["Organisatie", "Een intern begeleider, een ondersteuningsteam met ouders dat ten minste vier keer "
                      "per jaar bijeenkomt, een OPP voor iedere leerling met eigen leerlijn."],
                     ["Fysiek en medisch", "Toegankelijk gebouw of aangepaste ruimte; uitvoering van eenvoudige "
                      "medische handelingen."]]),
          ("p", "Eens per twee jaar bezoekt een auditteam van twee intern begeleiders van andere besturen iedere "
                "school en toetst de tabel. De bevindingen gaan naar het bestuur van de school, dat binnen een half "
                "jaar verbeteringen doorvoert."),
          ]
    b += [("h1", "3 Samen een sluitend aanbod"),
          ("p", "Boven op de basis kunnen scholen extra ondersteuning inzetten: een arrangement in de school, een "
                "plaats in een van de drie bovenschoolse groepen (taal, gedrag, jonge risicoleerlingen), of "
                "begeleiding door het ambulant team van het samenwerkingsverband. Voor kinderen die het meeste nodig "
                "hebben zijn er het sbo (twee scholen) en het so (twee scholen, cluster 3 en 4). Onderwijs-"
                "zorgarrangementen worden samen met de jeugdteams van de drie gemeenten ingericht."),
          ("p", "Het bureau houdt per kwartaal een overzicht bij van kinderen zonder passende plek, wachtlijsten en "
                "thuiszitters. Iedere casus krijgt binnen een week een casusregisseur. Signalen van tekorten in het "
                "aanbod worden twee keer per jaar in het directeurenoverleg besproken; besluiten over een nieuwe "
                "voorziening neemt de algemene vergadering. Scholen hebben zorgplicht; lukt het een school niet om "
                "binnen tien weken een passende plek te bieden, dan zoekt de casusregisseur met de besturen verder."),
          ]
    b += [("h1", "4 Toelaatbaarheid"),
          ("h2", "4.1 Aanvraag en besluit"),
          ("p", "De school vraagt de TLV aan bij de Commissie van Toelaatbaarheid (CvT) na bespreking in het "
                "ondersteuningsteam, met instemming of zienswijze van ouders. De CvT vraagt een orthopedagoog van het "
                "samenwerkingsverband en een tweede deskundige om advies, beiden niet eerder bij het kind betrokken. "
                "De CvT besluit binnen zes weken; ouders en school ontvangen het besluit met de adviezen. De TLV "
                "vermeldt de duur (sbo tot het einde van de basisschool; so één tot drie jaar) en voor het so de "
                "bekostigingscategorie."),
          ("h2", "4.2 Toetsingskader"),
          ("p", "De criteria waaraan de CvT een aanvraag toetst, zijn uitgewerkt in het Toetsingskader TLV "
                "(bijlage 5 bij dit plan)."),
          ("h2", "4.3 Bezwaar"),
          ("p", "Tegen het besluit kan binnen zes weken bezwaar worden gemaakt bij het bestuur van het "
                "samenwerkingsverband, dat advies vraagt aan de Landelijke Bezwaaradviescommissie."),
          ("h2", "4.4 Terugplaatsing"),
          ("p", "Het beleid rond terugplaatsing uit het s(b)o herijken wij samen met de speciale scholen; het "
                "resultaat wordt als addendum bij dit plan gevoegd zodra het gereed is."),
          ]
    b += [("h1", "5 Doelen voor 2030"),
          ("p", "Voor leerlingen die extra ondersteuning nodig hebben, streven wij in deze planperiode vier "
                "resultaten na:"),
          ("ul", ["In 2030 krijgt ten minste 90 procent van de leerlingen met een arrangement dat arrangement op de "
                  "eigen school of een school in de eigen kern.",
                  "Het aantal thuiszitters is in 2030 teruggebracht tot nul kinderen die langer dan drie maanden thuis "
                  "zitten.",
                  "Ten minste 80 procent van de leerlingen met een OPP bereikt het uitstroomniveau dat bij de start "
                  "van het OPP is vastgesteld.",
                  "Geen enkele TLV-aanvraag duurt langer dan zes weken."]),
          ("p", "Hoe wij de voortgang op deze doelen zichtbaar maken, welke gegevens wij verzamelen en hoe wij "
                "erover rapporteren, wordt uitgewerkt in een monitoringsplan dat wij in de loop van 2026 samen met de "
                "besturen opstellen."),
          ]
    b += [("h1", "6 Ouders"),
          ("p", "Wij informeren ouders over het aanbod via de schoolgidsen (die de tabel uit hoofdstuk 2 overnemen), "
                "de website met een ouderwijzer, een jaarlijkse ouderavond per gemeente en een folder die bij iedere "
                "aanvraag voor een arrangement wordt meegegeven. Het ondersteuningsteam van de school bespreekt met "
                "ouders wat de mogelijkheden zijn."),
          ("p", "Ouders die onafhankelijk advies of steun willen, kunnen zich wenden tot het Ouder- en Jeugdsteunpunt "
                "Duinstreek (spreekuur op woensdag in de bibliotheek van Helmstede) of tot de landelijke "
                "onderwijsconsulenten. Bij een meningsverschil over een TLV staat de bezwaarprocedure uit §4.3 open; "
                "voor andere geschillen de Geschillencommissie passend onderwijs."),
          ]
    b += [("h1", "7 Geld en middelen"),
          ("p", "Over de verdeling van de ondersteuningsmiddelen over besturen en scholen is in de algemene "
                "vergadering nog geen overeenstemming bereikt. Een voorstel voor een nieuw verdeelmodel wordt "
                "nader uitgewerkt; tot de vaststelling daarvan blijven de bedragen van schooljaar 2025-2026 "
                "voorlopig gehandhaafd."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "10.950", "10.870", "10.790", "10.720"],
                     ["Afdrachten so/sbo", "-4.630", "-4.610", "-4.600", "-4.590"],
                     ["Middelen naar besturen", "3.910", "3.880", "3.850", "3.820"],
                     ["Bovenschoolse groepen", "1.020", "1.020", "1.000", "1.000"],
                     ["Ambulant team", "640", "640", "630", "630"],
                     ["Bureau, CvT en casusregie", "720", "700", "690", "680"],
                     ["Saldo", "30", "20", "20", "0"]]),
          ("p", "Deze begroting is gebaseerd op de leerlingprognose van de gemeenten en op ongewijzigde rijksbijdragen."),
          ]
    b += [("h1", "8 Terugblik en vooruitblik: het thuiszitterspact"),
          ("p", "In 2023 ondertekenden de besturen, de gemeenten en leerplicht het thuiszitterspact. Dit pact is in "
                "deze planperiode onverminderd van kracht. Het vormt de basis voor de casusregie uit hoofdstuk 3."),
          ]
    b += governance(p) + oogo(p) + personeel_ict(p) + kennisdeling(p) + vervoer_huisvesting(p) + planning(p)
    b += legal_appendix(p, [["a. samenhangend geheel, incl. basisondersteuning", "H2, H3"],
                            ["b. verdeling en besteding, meerjarenbegroting", "H7"],
                            ["c. procedure en criteria sbo en so", "H4, bijlage 5"],
                            ["d. terugplaatsing/overplaatsing", "§4.4"],
                            ["e. resultaten", "H5"],
                            ["f. ouders", "H6"]])
    b += glossary(p, [["Terugplaatsing", "De overstap van een leerling van sbo of so naar het regulier onderwijs, "
                       "na evaluatie van het OPP aan het einde van de TLV-periode."],
                      ["Verdeelmodel", "De regels waarmee middelen over besturen worden verdeeld."],
                      ["CvT", "Commissie van Toelaatbaarheid."], ["OPP", "Ontwikkelingsperspectief."],
                      ["Monitoring", "Het systematisch volgen van resultaten."]])
    return b


# --------------------------------------------------------------------------------------------
# plan 4: VO, pdf (IJsselvallei-Zuid)
# --------------------------------------------------------------------------------------------

P4 = dict(name="Stichting Samenwerkingsverband VO IJsselvallei-Zuid (VO 23-98)", short="SWV IJsselvallei-Zuid",
          sector="vo", region="IJsselvallei-Zuid", gemeenten=["Brummelo", "Voorsterveen", "Epe-Heerde Oost"],
          town="Brummelo", period="2026-2030", year0="2026", director="drs. R. (Rutger) Hoogendijk",
          n_besturen=6, n_scholen=11, n_spec=2, n_lln="8.610", deelname="3,1 procent", opr=8,
          date_overleg="27 januari 2026", date_oogo="9 maart 2026", date_opr="30 maart 2026", date_vast="13 april 2026",
          ch_gov=7, ch_oogo=8, ch_pers=9, ch_plan=10)


def plan4():
    p = P4
    b = [("title", "Ondersteuningsplan 2026-2030"), ("sub", p["name"]),
         ("sub", "Versie ter instemming, maart 2026"), ("pagebreak",), toc_block()]
    b += voorwoord(p)
    b += [("h1", "Samenvatting"),
          ("p", "Dit plan legt de nadruk op drie thema's: een eerlijke verdeling van middelen, heldere criteria voor "
                "vso, lwoo en praktijkonderwijs, en meetbare doelen. Basisondersteuning, het dekkend aanbod en de "
                "informatie aan ouders werken wij in het eerste planjaar verder uit."),
          ]
    b += leeswijzer(p) + missie_visie(p) + terugblik(p) + kengetallen(p)
    b += [("h2", "Een regio in beweging"),
          ("p", "De IJsselvallei-Zuid krijgt de komende jaren te maken met een dalend aantal leerlingen in het "
                "voortgezet onderwijs. Volgens de prognoses neemt het aantal leerlingen tot 2032 met ongeveer elf "
                "procent af, vooral in de dorpen aan de oostkant van het gebied. Twee besturen onderzoeken een "
                "bestuurlijke fusie; een kleine vmbo-locatie in Voorsterveen gaat naar verwachting in 2028 op in de "
                "hoofdvestiging. Deze ontwikkelingen hebben gevolgen voor de spreiding van schoolsoorten en voor de "
                "reistijd van leerlingen. Wij volgen ze nauwgezet en bespreken ze jaarlijks met de besturen in de "
                "strategische dag van de algemene vergadering. Ook het lerarentekort speelt: in de exacte vakken en "
                "in de techniekprofielen van het vmbo zijn vacatures langdurig onvervuld. De besturen werken samen in "
                "een regionaal opleidingsnetwerk om zij-instromers te werven en te begeleiden."),
          ]
    b += [("h1", "2 Basisondersteuning"),
          ("p", "Op 1 augustus 2026 wordt naar verwachting een landelijke norm voor basisondersteuning bekend. Zodra "
                "die norm is vastgesteld, bepalen wij met de besturen hoe wij deze in de regio toepassen. Deze "
                "paragraaf wordt dan aangevuld."),
          ("h1", "3 Dekkend aanbod"),
          ("p", "Een actueel overzicht van ons dekkend aanbod volgt in het jaarplan 2026-2027."),
          ]
    b += [("h1", "4 Toelaatbaarheid vso, lwoo en pro"),
          ("p", "De aanvraagroute, de termijnen en het beslisorgaan zijn te vinden op www.swv-ijsselvallei-zuid.nl/tlv. "
                "Hieronder staan de criteria die bij de beoordeling worden gehanteerd."),
          ("table", [["Voorziening", "Criteria"],
                     ["vso", "Er is sprake van een ernstige en langdurige ondersteuningsbehoefte op het gebied van gedrag, "
                      "psychiatrie, ziekte of beperking; de vo-school heeft gedurende ten minste twee periodes van "
                      "twaalf weken een arrangement uitgevoerd en geëvalueerd; de leerling heeft een kleine groep en "
                      "specialistische begeleiding nodig gedurende de hele schooldag."],
                     ["lwoo", "Landelijke criteria: IQ 75-90 met een leerachterstand van 1,5 tot 3 jaar op ten minste "
                      "twee domeinen, of IQ 91-120 met die achterstand en sociaal-emotionele problematiek."],
                     ["pro", "Landelijke criteria: IQ 55-80 en een leerachterstand van ten minste 3 jaar op ten minste "
                      "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."]]),
          ("p", "Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren, met bekostigingscategorie laag, midden "
                "of hoog."),
          ("h2", "4.1 Einde van een TLV"),
          ("p", "Uiterlijk in januari van het laatste TLV-jaar nodigt de vso-school ouders, leerling en de consulent "
                "van het samenwerkingsverband uit voor een evaluatie van het OPP. De vso-school doet daarna een "
                "voorstel: een nieuwe TLV of een overstap naar een vo-school. Het samenwerkingsverband beslist vóór "
                "1 april. Wanneer een overstap het voorstel is, zoekt de consulent met ouders een ontvangende school en "
                "vindt in mei een overdrachtsgesprek plaats."),
          ("p", "Welke uitgangspunten het samenwerkingsverband hanteert bij een terugkeer naar het regulier onderwijs "
                "en welke ondersteuning de ontvangende school dan krijgt, is onderwerp van een beleidsnotitie die in "
                "2026-2027 verschijnt."),
          ]
    b += [("h1", "5 Resultaten die wij willen bereiken"),
          ("table", [["Beoogd resultaat", "Indicator", "Norm 2030"],
                     ["Meer leerlingen met extra ondersteuning halen een diploma", "Diplomapercentage leerlingen met OPP",
                      "ten minste 85%"],
                     ["Minder thuiszitters", "Thuiszitters > 4 weken op 1 oktober", "maximaal 3"],
                     ["Snelle toewijzing", "TLV-besluiten binnen 6 weken", "95%"],
                     ["Vso-leerlingen stromen uit naar werk of vervolgonderwijs", "Uitstroom vso met bestendig perspectief",
                      "ten minste 80%"]]),
          ("p", "De indicatoren worden gemeten in januari en juni met gegevens uit de leerlingadministratie, DUO en de "
                "registratie van het bureau. De directeur-bestuurder rapporteert twee keer per jaar aan de algemene "
                "vergadering en de OPR; in het jaarverslag staan de bereikte waarden naast de normen, met een toelichting "
                "per indicator. Bij een afwijking van meer dan tien procent stelt het bestuur een verbeteractie vast."),
          ]
    b += [("h1", "6 Geld en middelen"),
          ("p", "De middelen voor lichte ondersteuning verdelen wij volledig naar de besturen: 70 procent op basis van "
                "het aantal leerlingen op 1 oktober en 30 procent op basis van het aantal leerlingen in de "
                "basisberoepsgerichte en kaderberoepsgerichte leerweg en het praktijkonderwijs. De verdeling wordt "
                "jaarlijks in de algemene vergadering van juni vastgesteld. Aanvragen voor een individueel "
                "arrangement worden door het bureau getoetst aan de hand van het arrangementenreglement; de "
                "toekenning is maximaal € 7.500 per leerling per jaar."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten lichte ondersteuning", "3.260", "3.210", "3.170", "3.130"],
                     ["Baten zware ondersteuning", "6.940", "6.880", "6.830", "6.790"],
                     ["Afdracht vso via DUO", "-4.980", "-4.950", "-4.930", "-4.910"],
                     ["Verdeling lichte ondersteuning naar besturen", "3.260", "3.210", "3.170", "3.130"],
                     ["Individuele arrangementen", "930", "920", "910", "900"],
                     ["Tussenvoorziening", "780", "780", "770", "770"],
                     ["Bureau en consulenten", "250", "240", "240", "240"]]),
          ("p", "De reserve van het samenwerkingsverband is per 31 december 2025 afgebouwd tot de signaleringswaarde."),
          ]
    b += [("h1", "6a Ouders en leerlingen"),
          ("p", "Dit hoofdstuk wordt aangevuld zodra de inrichting van het ouder- en jeugdsteunpunt in de regio "
                "bekend is (verwacht in 2027)."),
          ]
    b += governance(p, parents_in_opr=False) + oogo(p, substantive=False) + personeel_ict(p) + kennisdeling(p) + vervoer_huisvesting(p) + planning(p)
    b += legal_appendix(p, [["a. samenhangend geheel, incl. basisondersteuning", "H2, H3"],
                            ["b. verdeling en besteding, meerjarenbegroting", "H6"],
                            ["c. procedure en criteria vso, lwoo en pro", "H4"],
                            ["d. terugplaatsing naar vo", "§4.1"],
                            ["e. resultaten", "H5"],
                            ["f. ouders", "H6a"]])
    b += glossary(p, [["Basisondersteuning", "De preventieve en licht curatieve interventies die iedere school binnen "
                       "de ondersteuningsstructuur planmatig en op een afgesproken kwaliteitsniveau uitvoert."],
                      ["Dekkend aanbod", "Samenhangend geheel van voorzieningen binnen en tussen scholen, zodat "
                       "iedere leerling een passende plek heeft."],
                      ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jongeren."],
                      ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
                      ["TLV", "Toelaatbaarheidsverklaring."]])
    return b


# --------------------------------------------------------------------------------------------
# plan 5: PO, markdown (Hunzedal)
# --------------------------------------------------------------------------------------------

P5 = dict(name="Samenwerkingsverband Passend Onderwijs Hunzedal PO (PO 20-95)", short="SWV Hunzedal",
          sector="po", region="Hunzedal", gemeenten=["Hunzemonde", "Gasselterveld", "Annerhoven", "Drouwenmeer"],
          town="Annerhoven", period="2026-2030", year0="2026", director="H.J. (Hennie) Bruins",
          n_besturen=7, n_scholen=58, n_spec=3, n_lln="9.450", deelname="2,1 procent", opr=8,
          date_overleg="28 januari 2026", date_oogo="5 maart 2026", date_opr="26 maart 2026", date_vast="9 april 2026",
          ch_gov=7, ch_oogo=8, ch_pers=9, ch_plan=10)


def plan5():
    p = P5
    b = [("title", "Ondersteuningsplan 2026-2030 — plan op hoofdlijnen"), ("sub", p["name"]),
         ("sub", "Webversie, ter instemming aan de ondersteuningsplanraad"), toc_block()]
    b += voorwoord(p)
    b += [("h1", "Samenvatting"),
          ("p", "Dit is een plan op hoofdlijnen. Wij beschrijven het niveau van ondersteuning dat iedere school "
                "biedt, hoe kinderen uit het speciaal onderwijs terug kunnen naar een school in het dorp, en hoe wij "
                "voorkomen dat kinderen thuis komen te zitten. Toelaatbaarheid en financiën zijn geregeld in "
                "afzonderlijke documenten van het bestuur."),
          ]
    b += leeswijzer(p) + missie_visie(p) + terugblik(p) + kengetallen(p)
    b += [("h1", "2 Het basisniveau in Hunzedal"),
          ("p", "Alle 58 scholen in het Hunzedal, van de eenpitter in Drouwenmeer tot de grote kindcentra in "
                "Annerhoven, bieden hetzelfde basisniveau. Dat niveau is in 2025 door de zeven besturen vastgesteld "
                "en geldt als minimum; het is niet afhankelijk van de keuze van een bestuur of de grootte van een "
                "school. Concreet betekent dit dat op iedere school:"),
          ("ul", ["een intern begeleider werkzaam is en de leerlingen twee keer per jaar in groepsbesprekingen "
                  "worden besproken;",
                  "kinderen met lees- of rekenproblemen tijdig worden gesignaleerd en volgens de protocollen "
                  "dyslexie en dyscalculie worden begeleid;",
                  "een aanpak voor sociale veiligheid en gedrag is, met een contactpersoon voor kinderen en ouders;",
                  "leerkrachten handelingsgericht werken met een groepsplan of groepsoverzicht;",
                  "kinderen die meer aankunnen een verrijkingsaanbod krijgen;",
                  "een school binnen tien werkdagen een orthopedagoog van het samenwerkingsverband kan raadplegen."]),
          ("p", "In de jaarlijkse schoolbezoeken van de orthopedagoog loopt de school deze lijst na met de directeur."),
          ]
    b += [("h1", "3 Toelaatbaarheid"),
          ("p", "Voor de procedure rond toelaatbaarheidsverklaringen verwijzen wij naar het Reglement "
                "Toelaatbaarheid van het samenwerkingsverband, dat afzonderlijk door het bestuur wordt vastgesteld."),
          ]
    b += [("h1", "4 Onderwijs dichtbij huis"),
          ("h2", "4.1 Ieder kind een plek"),
          ("p", "Een overzicht van alle arrangementen en voorzieningen, met de school- en zorgvoorzieningen per "
                "gemeente, houden wij bij op de sociale kaart op onze website."),
          ("p", "Twee keer per jaar zetten wij naast elkaar welke kinderen op een wachtlijst staan, welke kinderen "
                "(gedeeltelijk) thuis zitten en voor welke vragen scholen geen passend antwoord hadden. Die analyse "
                "maken wij samen met leerplicht en de jeugdteams. Voor ieder kind dat langer dan vier weken thuis zit, "
                "wijst het samenwerkingsverband binnen vijf werkdagen een trajectbegeleider aan die met school, ouders "
                "en jeugdhulp een terugkeerplan opstelt en dat iedere zes weken bijstelt. Blijkt uit de analyse dat een "
                "bepaalde vraag structureel onbeantwoord blijft, dan legt het bureau binnen drie maanden een voorstel "
                "voor een nieuwe voorziening of samenwerking voor aan het bestuur. Zo is in 2024 de "
                "zorg-onderwijsgroep in Gasselterveld ontstaan."),
          ("h2", "4.2 Terug naar de buurtschool"),
          ("p", "Wij vinden dat kinderen zo veel mogelijk naar school moeten kunnen gaan met kinderen uit hun eigen "
                "dorp. Daarom streven wij ernaar dat kinderen uit het sbo en so, wanneer zij dat aankunnen, "
                "terugkeren naar een basisschool in de buurt. Voorwaarden zijn dat de ontvangende school de "
                "ondersteuning uit het OPP kan bieden en dat het kind en de ouders eraan toe zijn. Na de overstap "
                "ontvangt de basisschool een jaar lang begeleiding van de speciale school en een bedrag voor extra "
                "handen in de groep."),
          ("p", "Ieder jaar in maart bespreekt de speciale school bij ieder kind het OPP met de ouders en de "
                "orthopedagoog van het samenwerkingsverband, en bij kinderen van wie de TLV afloopt in ieder geval in "
                "het laatste jaar. Als terugkeer haalbaar lijkt, stelt de speciale school dat voor; de orthopedagoog "
                "van het samenwerkingsverband neemt het besluit, na een proefperiode van zes weken op de ontvangende "
                "school. Zes maanden na de overstap volgt een evaluatie; blijkt de overstap niet te werken, dan kan "
                "binnen twee weken een nieuwe TLV worden aangevraagd."),
          ]
    b += [("h1", "5 Resultaten"),
          ("p", "Wij volgen de ontwikkeling van kinderen met extra ondersteuning met de Hunzedal-monitor. Iedere school "
                "levert in juni per arrangement de evaluatie van het OPP aan; het bureau verzamelt daarnaast het aantal "
                "thuiszitters, de wachttijden en het aantal terugplaatsingen. De bevindingen worden in september in "
                "een rapportage aan het bestuur, de OPR en de directeuren gepresenteerd en in het jaarverslag "
                "opgenomen, waarna de besturen in een verbetersessie afspreken wat anders moet."),
          ("p", "Welke beoogde resultaten wij ons voor deze planperiode stellen, bepalen wij in het najaar van 2026, "
                "zodra de eerste rapportage van de monitor beschikbaar is."),
          ]
    b += [("h1", "6 Ouders"),
          ("p", "Een communicatieplan voor ouders, met een overzicht van de manieren waarop ouders over het "
                "ondersteuningsaanbod worden geïnformeerd, is in voorbereiding."),
          ("p", "Ouders die twijfelen, vastlopen of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Hunzedal. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, "
                "kosteloos, en bereikbaar via een gratis telefoonnummer en op afspraak in Annerhoven. Daarnaast "
                "kunnen ouders een onderwijsconsulent inschakelen en een geschil voorleggen aan de "
                "Geschillencommissie passend onderwijs."),
          ]
    b += [("h1", "6a Financiën"),
          ("p", "De financiële paragraaf van dit plan verschijnt als apart document bij de begroting 2026-2027. De "
                "middelen blijven in ieder geval zo dicht mogelijk bij het kind."),
          ]
    b += governance(p) + oogo(p) + personeel_ict(p) + kennisdeling(p) + vervoer_huisvesting(p) + planning(p)
    b += legal_appendix(p, [["a. samenhangend geheel, incl. basisondersteuning", "H2, H4"],
                            ["b. verdeling en besteding, meerjarenbegroting", "H6a"],
                            ["c. procedure en criteria sbo en so", "H3"],
                            ["d. terugplaatsing", "§4.2"],
                            ["e. resultaten", "H5"],
                            ["f. ouders", "H6"]])
    b += glossary(p, [["Basisniveau", "De ondersteuning die iedere school biedt."],
                      ["Bedrag per leerling", "Deel van de ondersteuningsmiddelen dat per leerling naar de besturen gaat."],
                      ["TLV", "Toelaatbaarheidsverklaring, afgegeven door het samenwerkingsverband."],
                      ["Deskundigenadvies", "Advies van twee deskundigen bij een TLV-aanvraag."],
                      ["Meerjarenbegroting", "Begroting over vier jaar."]])
    return b


# --------------------------------------------------------------------------------------------
# near-miss: school-level ondersteuningsplan (docx)
# --------------------------------------------------------------------------------------------

def nearmiss():
    extra = [
        ("p", "Onze school is aangesloten bij het samenwerkingsverband passend onderwijs in de regio. De afspraken over "
              "basisondersteuning, toelaatbaarheid en de verdeling van middelen worden daar gemaakt; dit plan beschrijft "
              "hoe wij die afspraken binnen onze eigen school vertalen naar de dagelijkse praktijk in de groepen."),
    ]
    b = [("title", "Ondersteuningsplan obs De Wilgenhoek"), ("sub", "Schooljaar 2025-2026"),
         ("sub", "Vastgesteld door de directie, met advies van de MR"), ("pagebreak",), toc_block(),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe obs De Wilgenhoek de ondersteuning aan leerlingen organiseert. Het "
               "plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het wordt ieder jaar in juni "
               "geëvalueerd en bijgesteld. Het is een aanvulling op ons schoolondersteuningsprofiel en op de schoolgids.")]
    b += extra
    b += [("h1", "2 De zorgniveaus in onze school"),
          ("p", "Wij werken met vijf ondersteuningsniveaus. Niveau 1 is goed onderwijs in de groep voor alle "
                "leerlingen, met differentiatie in drie instructieniveaus. Niveau 2 is extra begeleiding in de groep "
                "door de leerkracht, bijvoorbeeld verlengde instructie of pre-teaching. Niveau 3 is speciale "
                "begeleiding na bespreking met de intern begeleider, zoals RT buiten de groep of een aangepast "
                "programma. Niveau 4 is ondersteuning met inzet van externe deskundigen, na bespreking in het "
                "ondersteuningsteam. Niveau 5 is een arrangement of verwijzing, in overleg met het "
                "samenwerkingsverband."),
          ("p", "De basisondersteuning die onze school biedt, bestaat onder meer uit het dyslexieprotocol, een "
                "plusgroep op dinsdagochtend, de Kanjertraining in alle groepen en een vaste intern begeleider "
                "(0,6 fte). Ouders kunnen dit ook lezen in ons schoolondersteuningsprofiel."),
          ("h1", "3 De zorgcyclus"),
          ("p", "Drie keer per jaar houdt de intern begeleider groepsbesprekingen met iedere leerkracht. Na de "
                "toetsperiodes in januari en juni worden de resultaten van de groep geanalyseerd en wordt het "
                "groepsoverzicht bijgesteld. Leerlingen die opvallen, worden besproken in een leerlingbespreking. "
                "Wanneer de ondersteuning op niveau 3 onvoldoende effect heeft, wordt de leerling met ouders besproken "
                "in het ondersteuningsteam, waarin ook de schoolmaatschappelijk werker en een orthopedagoog van het "
                "samenwerkingsverband zitting hebben."),
          ("p", "Voor iedere leerling met een eigen leerlijn stelt de school een ontwikkelingsperspectief op. Het OPP "
                "wordt twee keer per jaar met ouders geëvalueerd; ouders ondertekenen het handelingsdeel. Vanaf dit "
                "schooljaar worden leerlingen zelf ook gehoord over hun OPP."),
          ("h1", "4 Groepsbesprekingen en leerlingbesprekingen"),
          ("p", "De groepsbespreking volgt een vast format: wat gaat goed in de groep, welke leerlingen hebben iets "
                "extra nodig, wat heeft de leerkracht nodig. De afspraken worden vastgelegd in het leerlingvolgsysteem. "
                "Leerlingbesprekingen worden gepland op verzoek van leerkracht, intern begeleider of ouders."),
          ("p", "Onze toetskalender omvat de methodetoetsen, de niet-methodetoetsen van het leerlingvolgsysteem in "
                "januari en juni, de signaleringslijst sociaal-emotionele ontwikkeling in november en april, en de "
                "doorstroomtoets in groep 8. De resultaten worden in het team besproken tijdens twee "
                "opbrengstvergaderingen per jaar."),
          ("h1", "5 Verwijzing naar speciaal (basis)onderwijs"),
          ("p", "Als blijkt dat onze school niet kan bieden wat een leerling nodig heeft, bespreken wij met ouders de "
                "mogelijkheid van een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs. Het bestuur "
                "vraagt dan een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Daarvoor stelt de intern "
                "begeleider het dossier samen. Het samenwerkingsverband beslist; de criteria en termijnen staan in het "
                "ondersteuningsplan van het samenwerkingsverband. Leerlingen die terugkomen uit het sbo, ontvangen wij "
                "met een warme overdracht."),
          ("h1", "6 Ouders"),
          ("p", "Ouders zijn partner. Zij worden betrokken bij iedere stap vanaf niveau 3 en zijn aanwezig bij het "
                "ondersteuningsteam. Bij vragen kunnen ouders terecht bij de leerkracht, daarna bij de intern "
                "begeleider en de directeur. Voor onafhankelijk advies kunnen ouders contact opnemen met het ouder- en "
                "jeugdsteunpunt van het samenwerkingsverband. Klachten worden behandeld volgens de klachtenregeling "
                "van het bestuur."),
          ("h1", "7 Middelen en formatie"),
          ("p", "De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen van het samenwerkingsverband. "
                "Dit schooljaar bedraagt dat € 31.400. Wij zetten dit in voor 0,3 fte onderwijsassistent voor de "
                "groepen 3 en 4 en voor scholing van het team in handelingsgericht werken. Daarnaast is er een "
                "arrangement van het samenwerkingsverband voor één leerling in groep 6."),
          ("h1", "8 Professionalisering van het team"),
          ("p", "Het team volgt dit jaar een traject rond executieve functies en een studiedag over meertaligheid. "
                "De intern begeleider neemt deel aan het IB-netwerk van het samenwerkingsverband. Twee leerkrachten "
                "volgen de opleiding tot gedragsspecialist."),
          ("h1", "9 Evaluatie en jaarplanning"),
          ("table", [["Maand", "Activiteit"], ["september", "Startgesprekken met ouders"],
                     ["november", "Groepsbesprekingen ronde 1"], ["januari", "Toetsperiode en analyse"],
                     ["maart", "Groepsbesprekingen ronde 2"], ["juni", "Toetsperiode, evaluatie OPP's, evaluatie plan"]]),
          ("p", "De evaluatie van dit plan wordt besproken met het team en voorgelegd aan de medezeggenschapsraad."),
          ]
    # pad with more school-level prose so length is realistic
    b += [("h1", "10 Bijzondere aandachtspunten"),
          ("h2", "10.1 Meer- en hoogbegaafdheid"),
          ("p", "Leerlingen die meer aankunnen, worden gesignaleerd met een signaleringsinstrument in groep 1, 3 en 5. "
                "Zij krijgen compacting en verrijking in de groep en kunnen vanaf groep 5 deelnemen aan de plusgroep. "
                "Voor enkele leerlingen is deelname aan de bovenschoolse verrijkingsklas van ons bestuur mogelijk."),
          ("h2", "10.2 Nieuwkomers"),
          ("p", "Kinderen die kort in Nederland zijn, krijgen het eerste jaar dagelijks een half uur extra "
                "taalonderwijs van een onderwijsassistent. De school werkt samen met de taalklas in de gemeente."),
          ("h2", "10.3 Medisch handelen"),
          ("p", "Het bestuursprotocol medisch handelen is van toepassing. Bij leerlingen met diabetes of epilepsie "
                "maken wij met ouders een individueel plan."),
          ]
    return b


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------

def headings(blocks):
    return [(k[0], k[1]) for k in blocks if k[0] in ("h1", "h2")]


def render_docx(blocks, path, header_text):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    fixed = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan — basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · ouders"
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            doc.add_heading(blk[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(blk[1])
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for lvl, txt in headings(blocks):
                doc.add_paragraph(("    " if lvl == "h2" else "") + txt)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "ul":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = c
            doc.add_paragraph("")
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-identical across runs."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout179.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def render_md(blocks, path):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append("# " + blk[1] + "\n")
        elif kind == "sub":
            out.append("*" + blk[1] + "*\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            for lvl, txt in headings(blocks):
                out.append(("    - " if lvl == "h2" else "- ") + txt)
            out.append("")
        elif kind == "h1":
            out.append("## " + blk[1] + "\n")
        elif kind == "h2":
            out.append("### " + blk[1] + "\n")
        elif kind == "p":
            out.append(blk[1] + "\n")
        elif kind == "ul":
            out.extend("- " + it for it in blk[1])
            out.append("")
        elif kind == "table":
            rows = blk[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path, final_pdf):
    tmp = Path(tempfile.mkdtemp(prefix="holdout179_pdf_"))
    try:
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + prof.as_uri(), "--convert-to", "pdf",
                        "--outdir", str(tmp), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(final_pdf))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for blk in blocks:
        if blk[0] in ("p", "h1", "h2", "title", "sub"):
            n += len(blk[1].split())
        elif blk[0] == "ul":
            n += sum(len(x.split()) for x in blk[1])
        elif blk[0] == "table":
            n += sum(len(c.split()) for r in blk[1] for c in r)
    return n


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]

LABELS = {
    "po-lingebetuwe-op2026": dict(
        documents=["po-lingebetuwe-op2026.docx"], sector="po",
        false=["terugstroom.procedure", "dekkend-aanbod.lacunes", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H2 'Wat elke school biedt': minimum for all 64 vestigingen plus seven concrete standards; borging via kwaliteitskaart (2.2).",
               "plaatsing": "H4: five-step route with CvT, two separate deskundigen, 6-week term; criteria for sbo/so only in the table of 4.2; duration/categorie/LBT in 4.3.",
               "terugstroom": "H5 'Terug naar een reguliere school' gives policy (aim, conditions, terugkeerarrangement EUR 4.500) but who/when/decides is deferred to a draaiboek in the first plan year.",
               "financien": "Under H11 'Geld en middelen': EUR 118 per leerling + vaste voet, arrangementenkaart; meerjarenbegroting 2026-2029 table; reserves and verantwoording.",
               "dekkend-aanbod": "H3 describes the four-level continuum; witte vlekken analysis deferred to 2027-2028 (3.1) and thuiszitters only mentioned in passing.",
               "resultaten": "H6 'Kwaliteit en opbrengsten': five goals with nulmeting/streefwaarde table and half-yearly monitor, quarterly reports, jaarverslag.",
               "ouders": "H7: informatie via schoolgids, website, information evenings, folder; independent help only as 'overzicht op de website' (OJSP/onderwijsconsulent only in the begrippenlijst; the TLV bezwaar in 4.3 is not independent support)."}),
    "vo-kempenrand-op2026": dict(
        documents=["vo-kempenrand-op2026.docx"], sector="vo",
        false=["basisondersteuning.inhoud", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H2 defines the level as ondergrens for all 14 vestigingen, but the concrete voorzieningen are left to the schoolgidsen and a list deferred to 2026-2027.",
               "plaatsing": "H4 'Toewijzing': Toewijzingsteam, dossier, two deskundigen, 8 weeks; vso criteria in 4.2; lwoo/pro national criteria and dates in 4.3.",
               "terugstroom": "Hidden in §4.4 of the TLV chapter: policy (aim, conditions, overstaparrangement) and procedure (perspectiefgesprek in last TLV year, decision by Toewijzingsteam before 1 Feb).",
               "financien": "H9 'Bekostiging en toekenning' gives verdeling (EUR 95 per leerling + vaste voet, arrangementenkaart) but meerjarenbegroting is all p.m.",
               "dekkend-aanbod": "H3: three-layer continuum (OPDC De Overstap, rebound, OZA, vso/pro) and monthly thuiszittersoverleg, doorzettingsmacht, yearly gap analysis.",
               "resultaten": "H5 'Kwaliteitszorg en resultaten' only defers the kwaliteitskader to 2026-2027; no goals or monitoring anywhere; the ambities in 1.4 are organisational and the bijlage A mapping to H5 is a trap.",
               "ouders": "Inside H6 'Communicatie en contact': website, schoolgidsen, groep-8 avond, brochure; Ouder- en Jeugdsteunpunt Kempenrand, onderwijsconsulent, geschillencommissie."}),
    "po-duinstreek-op2026": dict(
        documents=["po-duinstreek-op2026.pdf"], sector="po",
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
               "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H2 'Wat iedere school minimaal waarmaakt': binding ondergrens for all 51 locaties, content only in the domain table; audits every two years.",
               "plaatsing": "H4.1 gives the CvT procedure (deskundigen, 6 weeks, duration, categorie) but criteria are only referred to the absent bijlage 5 Toetsingskader.",
               "terugstroom": "§4.4 only defers ('herijken ... addendum'); the substantive definition exists only in the begrippenlijst; nothing addressed.",
               "financien": "H7 'Geld en middelen': meerjarenbegroting table with amounts, but verdeelmodel not agreed and 'nader uitgewerkt'.",
               "dekkend-aanbod": "H3 'Samen een sluitend aanbod': continuum of arrangementen, bovenschoolse groepen, sbo/so; quarterly overview of pupils without place, casusregisseur, zorgplicht.",
               "resultaten": "H5 lists four measurable goals for 2030 but how progress is measured/reported is deferred to a monitoringsplan in 2026.",
               "ouders": "H6: schoolgidsen, website ouderwijzer, ouderavond, folder; Ouder- en Jeugdsteunpunt Duinstreek, onderwijsconsulenten, geschillencommissie."}),
    "vo-ijsselvallei-op2026": dict(
        documents=["vo-ijsselvallei-op2026.pdf"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"plaatsing": ["duur-categorie"], "financien": ["reserves"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H2 only waits for the landelijke norm ('wordt dan aangevuld'); definition only in begrippenlijst.",
               "plaatsing": "H4 criteria for vso/lwoo/pro in a table and TLV duration/categorie, but route, termijnen and beslisorgaan are only referred to a web page.",
               "terugstroom": "§4.1 'Einde van een TLV' gives the procedure (evaluation in January of last year, decision before 1 April), policy and support on return deferred to a beleidsnotitie.",
               "financien": "H6 'Geld en middelen': 70/30 verdeling, arrangementenreglement max EUR 7.500, meerjarenbegroting table.",
               "dekkend-aanbod": "H3 only defers to the jaarplan; OOGO chapter is purely procedural; thuiszitters only as a result indicator and in the glossary.",
               "resultaten": "H5: table of beoogde resultaten with indicators and 2030 norms; measured January/June, reported twice a year and in jaarverslag.",
               "ouders": "H6a 'Ouders en leerlingen' is an empty deferral to 2027; OJSP only in the begrippenlijst; OPR described without parents."}),
    "po-hunzedal-op2026": dict(
        documents=["po-hunzedal-op2026.md"], sector="po",
        false=["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "financien.besteding",
               "dekkend-aanbod.continuum", "resultaten.doelen", "ouders.informatie"],
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H2 'Het basisniveau in Hunzedal': one minimum for all 58 scholen with a concrete list; checked during yearly visits.",
               "plaatsing": "H3 only refers to a separate Reglement Toelaatbaarheid; TLV/deskundigenadvies appear only in the begrippenlijst; nothing addressed.",
               "terugstroom": "§4.2 'Terug naar de buurtschool': policy (thuisnabij, conditions, a year of support) and procedure (March OPP review, proposal by special school, decision by SWV orthopedagoog, proefperiode).",
               "financien": "H6a defers the financial paragraph to a separate document; 'Bedrag per leerling'/'Meerjarenbegroting' only in the begrippenlijst.",
               "dekkend-aanbod": "§4.1: gap analysis twice a year, trajectbegeleider within 5 days, new provisions; but the continuum is only referred to the sociale kaart on the website.",
               "resultaten": "H5: Hunzedal-monitor with June data, September report and jaarverslag; intended results deferred to autumn 2026.",
               "ouders": "H6: communication plan 'in voorbereiding'; independent help at Ouder- en Jeugdsteunpunt Hunzedal, onderwijsconsulent, geschillencommissie."}),
}


def status(elem, false):
    crit = [c for c in CORE if c.startswith(elem + ".")]
    nf = sum(1 for c in crit if c in false)
    if nf == 0:
        return "present"
    if nf == len(crit):
        return None  # decided by advisory
    return "partial"


def write_label(name, lab):
    false = set(lab["false"])
    elems = {}
    for e in ELEMS:
        s = status(e, false)
        if s is None:
            s = "partial" if lab["advisory"].get(e) else "missing"
        elems[e] = s
    lines = ["documents: [%s]" % ", ".join(lab["documents"]), "sector: %s" % lab["sector"],
             "looks_like_plan: true",
             "elements: {%s}" % ", ".join("%s: %s" % (e, elems[e]) for e in ELEMS), "criteria:"]
    for c in CORE:
        lines.append("  %s: %s" % (c, "false" if c in false else "true"))
    lines.append("advisory_addressed:")
    for e in ELEMS:
        if lab["advisory"].get(e):
            lines.append("  %s: [%s]" % (e, ", ".join(lab["advisory"][e])))
    lines.append("notes:")
    for e in ELEMS:
        lines.append('  %s: "%s"' % (e, lab["notes"][e].replace('"', "'")))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = [("po-lingebetuwe-op2026", plan1(), "docx", P1), ("vo-kempenrand-op2026", plan2(), "docx", P2),
             ("po-duinstreek-op2026", plan3(), "pdf", P3), ("vo-ijsselvallei-op2026", plan4(), "pdf", P4),
             ("po-hunzedal-op2026", plan5(), "md", P5)]
    for name, blocks, fmt, p in plans:
        wc = word_count(blocks)
        assert wc >= 3000, (name, wc)
        header = "Ondersteuningsplan %s · %s" % (p["period"], p["short"])
        if fmt == "docx":
            render_docx(blocks, OUT / (name + ".docx"), header)
        elif fmt == "pdf":
            tmpd = Path(tempfile.mkdtemp(prefix="holdout179_docx_"))
            try:
                src = tmpd / (name + ".docx")
                render_docx(blocks, src, header)
                to_pdf(src, OUT / (name + ".pdf"))
            finally:
                shutil.rmtree(tmpd, ignore_errors=True)
        else:
            render_md(blocks, OUT / (name + ".md"))
        write_label(name, LABELS[name])
        print(name, fmt, wc, "words")
    nm = nearmiss()
    render_docx(nm, OUT / "nearmiss-obs-wilgenhoek-schoolplan.docx", "Ondersteuningsplan obs De Wilgenhoek 2025-2026")
    (OUT / "nearmiss-obs-wilgenhoek-schoolplan.expected.yaml").write_text(
        "documents: [nearmiss-obs-wilgenhoek-schoolplan.docx]\nsector: po\nlooks_like_plan: false\n"
        "elements: {}\ncriteria: {}\nnotes:\n"
        "  document: \"School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, zorgcyclus, "
        "groepsbesprekingen, school budget EUR 31.400) adopted by the directie with MR advice; it refers to the "
        "samenwerkingsverband's own plan and has no OPR, OOGO, SWV code or planperiode.\"\n", encoding="utf-8")
    print("nearmiss", word_count(nm), "words")


if __name__ == "__main__":
    main()
