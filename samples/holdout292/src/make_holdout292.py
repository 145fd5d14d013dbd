#!/usr/bin/env python3
"""Generate the holdout292 test set: five fictional ondersteuningsplannen and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Simple document model: list of (kind, payload)
#   ("title", str) ("h1", str) ("h2", str) ("p", str) ("bullets", [str])
#   ("table", [[str]]) ("toc", [str]) ("header", str)
# ---------------------------------------------------------------------------


def fill(text, n):
    return text.format(**n)


def filler_blocks(n, which):
    """Generic filler that real plans carry; deliberately uses element vocabulary in passing."""
    F = {}
    F["voorwoord"] = [
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan {periode} van {naam}. Dit plan is tot stand gekomen in een "
              "intensief traject met schoolbesturen, directeuren, intern begeleiders, de ondersteuningsplanraad en de "
              "gemeenten in onze regio. Het plan beschrijft hoe wij de komende vier schooljaren samen werken aan "
              "passend onderwijs voor alle {leerlingen} leerlingen in onze regio. Het is geen eindpunt maar een "
              "vertrekpunt: we leren van wat goed ging en we kijken eerlijk naar wat beter moet."),
        ("p", "Passend onderwijs is mensenwerk. Achter elk arrangement, elke toelaatbaarheidsverklaring en elk "
              "gesprek met ouders staat een kind dat recht heeft op een goede plek. Wij danken iedereen die heeft "
              "meegedacht, meegeschreven en kritisch heeft meegelezen. In het bijzonder danken wij de leden van de "
              "ondersteuningsplanraad, die met hun vragen het plan scherper hebben gemaakt. Wij hopen dat dit plan "
              "richting geeft aan iedereen die in onze regio met kinderen werkt."),
        ("p", "{ondertekening}"),
    ]
    F["inleiding"] = [
        ("h1", "Inleiding"),
        ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan "
              "beschrijft de afspraken die de aangesloten schoolbesturen met elkaar hebben gemaakt en vormt de basis "
              "voor de jaarplannen en jaarbegrotingen van het samenwerkingsverband. {naam} (registratienummer {code}) "
              "omvat {scholen} scholen van {besturen} schoolbesturen in de gemeenten {gemeenten}."),
        ("p", "Dit plan is als volgt opgebouwd. Na de visie en missie beschrijven we de context van onze regio. "
              "Daarna volgen de inhoudelijke hoofdstukken over ondersteuning, toewijzing, financiën en kwaliteit. "
              "We sluiten af met de organisatie, de medezeggenschap en de planning. Waar in dit plan 'ouders' staat, "
              "bedoelen we ook verzorgers en andere wettelijk vertegenwoordigers. Waar 'school' staat, bedoelen we "
              "iedere vestiging van een aangesloten bestuur."),
    ]
    F["visie"] = [
        ("h1", "Visie en missie"),
        ("p", "Wij geloven dat ieder kind zich het beste ontwikkelt in een omgeving die dichtbij huis ligt, waar het "
              "zich veilig voelt en waar het wordt uitgedaagd. Thuisnabij onderwijs is voor ons geen slogan maar een "
              "opdracht. Dat vraagt van scholen dat zij breed kijken naar wat een kind nodig heeft, en van het "
              "samenwerkingsverband dat het de scholen daarin ondersteunt met kennis, middelen en netwerken."),
        ("p", "Onze missie is: samen zorgen dat elk kind in {regio} onderwijs krijgt dat bij hem of haar past. Dat "
              "doen we vanuit vier kernwaarden: vertrouwen, eigenaarschap, samenwerking en transparantie. Vertrouwen "
              "betekent dat we de professional in de school centraal stellen. Eigenaarschap betekent dat elk bestuur "
              "zich verantwoordelijk voelt voor alle kinderen in de regio, niet alleen voor de eigen leerlingen. "
              "Samenwerking betekent dat we over de grenzen van onderwijs en jeugdhulp heen kijken. Transparantie "
              "betekent dat we open zijn over keuzes, over middelen en over resultaten."),
        ("p", "Onze ambitie voor deze planperiode vatten we samen in drie woorden: dichtbij, deskundig en duidelijk. "
              "Dichtbij, omdat ondersteuning zo veel mogelijk in de eigen groep plaatsvindt. Deskundig, omdat leraren "
              "en intern begeleiders kunnen rekenen op expertise wanneer zij handelingsverlegen zijn. Duidelijk, "
              "omdat scholen, ouders en partners moeten weten waar zij aan toe zijn."),
    ]
    F["context"] = [
        ("h1", "Onze regio in beeld"),
        ("p", "{regio} is een regio met zowel stedelijke kernen als landelijke dorpen. De leerlingaantallen lopen in "
              "een deel van de dorpen terug, terwijl in de grotere kernen nieuwbouwwijken zorgen voor groei. Dat "
              "vraagt van de besturen dat zij hun scholen slim organiseren. Het samenwerkingsverband telt op de "
              "teldatum {leerlingen} leerlingen, verdeeld over {scholen} scholen. Daarvan zijn er {sbo} scholen "
              "voor speciaal basisonderwijs en {so} locaties voor speciaal onderwijs van cluster 3 en 4 binnen de "
              "grenzen van de regio."),
        ("p", "De besturen verschillen sterk in omvang: van een eenpitter met één school tot een bestuur met meer dan "
              "twintig scholen. Ook de denominatie verschilt: openbaar, protestants-christelijk, katholiek, "
              "algemeen-bijzonder en reformatorisch onderwijs zijn vertegenwoordigd. Deze verscheidenheid zien wij "
              "als een kracht, maar zij vraagt ook om heldere afspraken die voor iedereen gelden."),
    ]
    F["governance"] = [
        ("h1", "Organisatie en governance"),
        ("p", "{naam} is een stichting. Het bestuur bestaat uit de bestuurders van de aangesloten schoolbesturen en "
              "is verenigd in de algemene vergadering. De dagelijkse leiding ligt bij de directeur-bestuurder. "
              "Het intern toezicht is belegd bij een raad van toezicht van drie onafhankelijke leden. Bestuur en "
              "toezicht zijn zo van elkaar gescheiden, zoals de Code Goed Bestuur voorschrijft."),
        ("p", "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een beleidsmedewerker, een "
              "controller, een secretariaat en een team van ondersteuningsconsulenten. Het bureau is gevestigd in "
              "{plaats}. De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen, "
              "zoals de wet voorschrijft. Jaarlijks evalueert de raad van toezicht het functioneren van de "
              "directeur-bestuurder en legt daarover verantwoording af in het jaarverslag."),
    ]
    F["opr"] = [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De leden worden afgevaardigd door de "
              "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op de vaststelling en "
              "wijziging van het ondersteuningsplan. Daarnaast heeft het samenwerkingsverband voor het eigen personeel "
              "een medezeggenschapsraad. De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk "
              "secretaris. De OPR heeft op {opr_datum} ingestemd met dit plan."),
    ]
    F["oogo"] = [
        ("h1", "Samenwerking met gemeenten"),
        ("p", "Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
              "wethouders onderwijs en jeugd van de gemeenten {gemeenten}. Het OOGO vond plaats op {oogo_datum}. "
              "Gemeenten en samenwerkingsverband hebben afgesproken om jaarlijks een gezamenlijke agenda op te stellen "
              "met thema's als leerlingenvervoer, onderwijshuisvesting, de aansluiting tussen onderwijs en "
              "jeugdhulp en de inzet van schoolmaatschappelijk werk."),
        ("p", "Ook met het samenwerkingsverband voor voortgezet onderwijs in onze regio is overleg gevoerd over het "
              "ontwerpplan. De overstap van groep 8 naar het voortgezet onderwijs blijft een gezamenlijk aandachtspunt, "
              "met name de warme overdracht van leerlingen die extra begeleiding krijgen. Over de financiering van "
              "jeugdhulp in de school maken gemeenten en besturen afzonderlijke afspraken; die middelen vallen buiten "
              "de begroting van het samenwerkingsverband."),
    ]
    F["personeel"] = [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het samenwerkingsverband heeft zelf een beperkt aantal medewerkers in dienst. De ondersteuningsconsulenten "
              "zijn orthopedagogen en onderwijsspecialisten die scholen adviseren en meedenken in groeidocumenten en "
              "ontwikkelingsperspectieven. Het lerarentekort raakt ook onze regio. Wij merken dat het steeds lastiger "
              "wordt om ervaren intern begeleiders te vinden, en dat startende leraren vaak handelingsverlegen zijn "
              "bij gedragsvragen."),
        ("p", "Daarom investeren wij in een gezamenlijk scholingsaanbod: de Academie Passend Onderwijs. Hier volgen "
              "leraren, intern begeleiders en directeuren korte modules over gedrag, taalontwikkeling, executieve "
              "functies en het voeren van gesprekken met ouders. Het scholingsaanbod wordt jaarlijks samengesteld op "
              "basis van de vragen van scholen. Netwerkbijeenkomsten voor intern begeleiders vinden vier keer per jaar "
              "plaats."),
    ]
    F["ict"] = [
        ("h1", "ICT en gegevensbescherming"),
        ("p", "Voor de aanvraag van arrangementen en toelaatbaarheidsverklaringen gebruikt het samenwerkingsverband een "
              "beveiligde digitale omgeving. Scholen uploaden daar het groeidocument en de bijbehorende stukken. "
              "Medewerkers van het bureau hebben alleen toegang tot de dossiers die zij voor hun taak nodig hebben. "
              "Gegevens worden niet langer bewaard dan wettelijk toegestaan; dossiers over toelaatbaarheid worden drie "
              "jaar na het besluit vernietigd. Het samenwerkingsverband heeft een functionaris voor "
              "gegevensbescherming aangesteld en een verwerkingsregister opgesteld."),
    ]
    F["planning"] = [
        ("h1", "Planning en totstandkoming"),
        ("p", "Dit plan is in de periode {traject} opgesteld. Hieronder staat de planning van de vaststelling. Het "
              "plan wordt uiterlijk 1 mei voorafgaand aan de planperiode bij de Inspectie van het Onderwijs ingediend. "
              "Wijzigingen tijdens de planperiode leggen wij opnieuw ter instemming voor aan de ondersteuningsplanraad."),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in algemene vergadering", "{av_datum}"],
                   ["OOGO met gemeenten", "{oogo_datum}"],
                   ["Instemming OPR", "{opr_datum}"],
                   ["Definitieve vaststelling bestuur", "{vast_datum}"],
                   ["Indiening bij de Inspectie", "vóór 1 mei"]]),
    ]
    F["nieuwkomers"] = [
        ("h2", "Nieuwkomers"),
        ("p", "In onze regio wonen steeds meer gezinnen die recent naar Nederland zijn gekomen. Kinderen van deze "
              "gezinnen hebben vaak vooral taalondersteuning nodig. De gemeenten en besturen maken afspraken over "
              "nieuwkomersonderwijs; het samenwerkingsverband denkt mee wanneer er naast de taal ook een vraag naar "
              "extra ondersteuning is."),
    ]
    F["wettelijk"] = [
        ("h2", "Wettelijk kader"),
        ("p", "Het ondersteuningsplan is verplicht op grond van {wetsartikel}. Volgens de wet bevat het plan in elk "
              "geval: de wijze waarop het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen "
              "realiseert, inclusief de basisondersteuning op alle vestigingen; de procedure en criteria voor de "
              "verdeling, besteding en toewijzing van ondersteuningsmiddelen, mede in het licht van een "
              "meerjarenbegroting; de procedure en criteria voor de toelaatbaarheid tot {speciaal}; de procedure en "
              "het beleid voor terugplaatsing of overplaatsing na afloop van de toelaatbaarheidsverklaring; de "
              "beoogde en bereikte resultaten en de daaraan verbonden bekostiging; en de wijze waarop ouders worden "
              "geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden."),
        ("p", "Daarnaast schrijft de wet voor dat over het ontwerp op overeenstemming gericht overleg wordt gevoerd "
              "met de gemeenten, dat de ondersteuningsplanraad instemt en dat het plan vóór 1 mei bij de Inspectie "
              "wordt ingediend. Dit plan volgt deze eisen; waar onderwerpen in afzonderlijke documenten zijn "
              "uitgewerkt, geven wij dat aan."),
    ]
    F["landelijk"] = [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs bestaat sinds 2014. De landelijke evaluatie in 2020 liet zien dat er veel is "
              "bereikt, maar ook dat het stelsel onvoldoende duidelijkheid biedt aan ouders en scholen. Het kabinet "
              "heeft daarom een verbeteraanpak opgesteld met 25 maatregelen. Voor samenwerkingsverbanden gaat het onder "
              "meer om het afbouwen van bovenmatige reserves, het versterken van de positie van ouders en leerlingen "
              "en het ontwikkelen van een landelijke norm voor basisondersteuning. Ook de wet die het hoorrecht van "
              "leerlingen en een ouder- en jeugdsteunpunt regelt, heeft gevolgen voor ons werk."),
        ("p", "Daarnaast werkt het onderwijs aan de ambitie van inclusiever onderwijs in 2035. Dat betekent dat "
              "steeds meer kinderen met een beperking of chronische ziekte in het regulier onderwijs naar school gaan, "
              "en dat speciaal en regulier onderwijs meer met elkaar verweven raken. Wij volgen deze ontwikkelingen "
              "nauwgezet, maar zetten geen stappen vooruit op wetgeving die nog niet is aangenomen. Waar de "
              "landelijke kaders tijdens de planperiode veranderen, passen wij dit plan aan met instemming van de "
              "ondersteuningsplanraad."),
        ("p", "Ook het lerarentekort, de gevolgen van de coronaperiode voor het welbevinden van kinderen en de groei "
              "van het aantal kinderen met een jeugdhulpindicatie bepalen de context waarin scholen werken. Wij "
              "merken dat scholen vaker dan vroeger vragen om snelle, praktische hulp in de klas en minder behoefte "
              "hebben aan lange adviestrajecten."),
    ]
    F["vervoer"] = [
        ("h2", "Leerlingenvervoer en huisvesting"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn verantwoordelijkheden van de gemeenten. Toch hebben zij "
              "grote invloed op passend onderwijs: een kind dat elke dag anderhalf uur in een taxibus zit, begint "
              "vermoeid aan de schooldag. Wij bespreken daarom jaarlijks met de gemeenten de reistijden naar "
              "voorzieningen en de mogelijkheden van reistraining. De kosten van het vervoer worden door de gemeenten "
              "gedragen volgens hun eigen verordening. Bij nieuwbouw of renovatie van scholen vragen wij de gemeenten "
              "rekening te houden met ruimtes voor kleine groepjes, een prikkelarme werkplek en toegankelijkheid voor "
              "kinderen in een rolstoel."),
    ]
    F["kansen"] = [
        ("h2", "Kansengelijkheid"),
        ("p", "Niet ieder kind begint met dezelfde kansen. In een deel van onze wijken groeit een op de vijf kinderen "
              "op in armoede. Wij zien dat deze kinderen vaker worden besproken in ondersteuningsteams en vaker een "
              "arrangement krijgen. De middelen voor onderwijsachterstanden zijn geen ondersteuningsmiddelen en vallen "
              "buiten dit plan, maar wij zoeken wel de samenwerking met de besturen en gemeenten die deze middelen "
              "inzetten. Voorbeelden zijn de gezamenlijke inzet van schoolmaatschappelijk werk en de brede "
              "schoolontwikkeling in de kernen."),
    ]
    F["partners"] = [
        ("h2", "Netwerk en partners"),
        ("p", "Het samenwerkingsverband werkt samen met een groot aantal partners: de jeugdgezondheidszorg, de lokale "
              "teams, de jeugdhulpaanbieders, de kinderopvang, de leerplichtambtenaren, Veilig Thuis, de "
              "landelijke expertisecentra voor cluster 1 en 2, de hogescholen die leraren opleiden en de "
              "samenwerkingsverbanden in de aangrenzende regio's. Met elk van deze partners zijn contactpersonen "
              "afgesproken. Twee keer per jaar organiseren wij een netwerkbijeenkomst waarin wij actuele thema's "
              "bespreken. Dit jaar staan onder meer de aanpak van schoolverzuim en de samenwerking rond het jonge kind "
              "op de agenda."),
    ]
    F["bedrijfsvoering"] = [
        ("h2", "Bedrijfsvoering"),
        ("p", "Het bureau van het samenwerkingsverband huurt kantoorruimte in een schoolgebouw. De administratie "
              "wordt uitgevoerd door een administratiekantoor. Het samenwerkingsverband beschikt over een "
              "archiefbeleid, een integriteitscode, een klokkenluidersregeling en een reglement voor de raad van "
              "toezicht. Inkopen boven de Europese drempel worden openbaar aanbesteed. Medewerkers werken met "
              "laptops die door het samenwerkingsverband worden beheerd en met een beveiligde e-mailomgeving."),
    ]
    F["leeswijzer"] = [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan is geschreven voor verschillende lezers: bestuurders, directeuren, intern begeleiders, "
              "leraren, leden van de ondersteuningsplanraad, gemeenten en ouders. Niet iedereen zal alles lezen. Wie "
              "snel wil weten wat er verandert, leest de visie en de inhoudelijke hoofdstukken. Wie wil weten hoe "
              "het plan tot stand kwam en wie waarover beslist, leest de hoofdstukken over organisatie en planning. "
              "Cijfers over leerlingaantallen en besturen staan in het hoofdstuk over onze regio. Waar een begrip "
              "uitleg nodig heeft, is het opgenomen in de lijst achter in het plan."),
    ]
    F["oogo_proc"] = [
        ("h1", "Overleg met gemeenten en VO"),
        ("p", "Het ontwerp van dit plan is op {oogo_datum} besproken in het op overeenstemming gericht overleg (OOGO) "
              "met de wethouders van de gemeenten {gemeenten}. Van het overleg is een verslag gemaakt dat door beide "
              "partijen is ondertekend. Ook is het ontwerp voorgelegd aan het samenwerkingsverband voor voortgezet "
              "onderwijs waarvan het gebied overlapt met het onze; dat heeft geen opmerkingen gemaakt."),
    ]
    F["totstandkoming"] = [
        ("h2", "Hoe dit plan tot stand kwam"),
        ("p", "Het schrijven van dit plan begon met een reeks werksessies. In de eerste sessie keken directeuren en "
              "intern begeleiders terug op de afgelopen planperiode: wat werkte, waar liepen zij tegenaan, en wat "
              "willen zij behouden. In de tweede sessie bespraken de bestuurders de hoofdlijnen en de keuzes die "
              "daarbij horen. De ondersteuningsplanraad is vanaf het begin meegenomen en heeft in drie bijeenkomsten "
              "op conceptteksten gereageerd. Met de beleidsmedewerkers van de gemeenten is in een aparte bijeenkomst "
              "gesproken over de raakvlakken met het jeugdbeleid. Een schrijfgroep van vijf mensen heeft de teksten "
              "opgesteld; de directeur-bestuurder was eindverantwoordelijk."),
        ("p", "We hebben bewust gekozen voor een plan dat leesbaar is en niet te dik. Dat betekent dat niet alles tot "
              "in detail in dit plan staat. Jaarlijks stellen wij een jaarplan op, waarin de activiteiten voor dat "
              "jaar worden beschreven."),
    ]
    F["werkdruk"] = [
        ("h2", "Werkdruk en duurzame inzetbaarheid"),
        ("p", "Leraren en intern begeleiders ervaren een hoge werkdruk. Het samenwerkingsverband wil die werkdruk niet "
              "verhogen met extra formulieren of lange procedures. Daarom hebben wij de administratieve eisen bij "
              "aanvragen in de afgelopen jaren teruggebracht en werken wij met één digitaal groeidocument voor alle "
              "besturen. Voor de eigen medewerkers van het bureau heeft het samenwerkingsverband een beleid voor "
              "duurzame inzetbaarheid, met aandacht voor scholing, vitaliteit en een goede balans tussen werk en "
              "privé. Jaarlijks voert de directeur-bestuurder met iedere medewerker een gesprek over ontwikkeling en "
              "welbevinden."),
    ]
    out = []
    for key in which:
        for kind, payload in F[key]:
            if kind == "table":
                payload = [[fill(c, n) for c in row] for row in payload]
            elif isinstance(payload, str):
                payload = fill(payload, n)
            out.append((kind, payload))
    return out


# ---------------------------------------------------------------------------
# Plan 1: large PO verband, .docx
# ---------------------------------------------------------------------------
N1 = dict(wetsartikel="artikel 18a van de Wet op het primair onderwijs", speciaal="het speciaal basisonderwijs en het speciaal onderwijs", naam="Samenwerkingsverband Passend Primair Onderwijs Lingedelta", kort="SWV Lingedelta",
          code="PO 31-04", regio="de Lingedelta", leerlingen="18.420", scholen="94", besturen="14",
          gemeenten="Waalkoop, Dorrestein, Geldersveen en Lingewijk", sbo="3", so="4", plaats="Waalkoop",
          periode="2026-2030", opr_datum="17 maart 2026", oogo_datum="3 maart 2026", traject="maart 2025 tot maart 2026",
          av_datum="10 februari 2026", vast_datum="24 maart 2026",
          ondertekening="Namens het bestuur, drs. M.A. (Marieke) van Doorn, directeur-bestuurder, maart 2026")


def plan1():
    n = N1
    b = [("header", "SWV Lingedelta | Ondersteuningsplan 2026-2030 | PO 31-04"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Lingedelta (PO 31-04)"),
         ("p", "Versie 1.0, vastgesteld door het bestuur op 24 maart 2026"),
         ("toc", ["Voorwoord", "Inleiding", "Visie en missie", "Onze regio in beeld",
                  "1 Basisondersteuning: de belofte van elke school", "2 Extra ondersteuning en het dekkend aanbod",
                  "3 Toelaatbaarheid tot sbo en so", "3.6 Einde van de toelaatbaarheid", "4 Thuiszitters",
                  "5 Geld en middelen", "6 Resultaten en ambities", "7 Communicatie",
                  "Samenwerking met gemeenten", "Organisatie en governance", "Medezeggenschap",
                  "Personeel en professionalisering", "ICT en gegevensbescherming", "Planning en totstandkoming",
                  "Bijlage 1 Begrippenlijst"])]
    b += filler_blocks(n, ["voorwoord", "inleiding", "leeswijzer", "wettelijk", "visie", "landelijk", "context"])
    b += [
        ("h1", "1 Basisondersteuning: de belofte van elke school"),
        ("p", "Alle besturen in de Lingedelta hebben met elkaar afgesproken welke ondersteuning elke school, op elke "
              "vestiging, zonder aanvraag bij het samenwerkingsverband biedt. Deze afspraak noemen we de "
              "basisondersteuning. Zij geldt als ondergrens: geen enkele school in het samenwerkingsverband mag "
              "daaronder zitten, en scholen die meer bieden beschrijven dat in hun schoolgids. Het niveau is in "
              "december 2025 door de algemene vergadering vastgesteld en geldt voor de hele planperiode."),
        ("p", "De afspraken zijn uitgewerkt in zes standaarden. De tabel hieronder geeft per standaard aan wat ouders "
              "op iedere school mogen verwachten."),
        ("table", [["Standaard", "Wat elke school in de Lingedelta biedt"],
                   ["1 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                    "vier groepsbesprekingen per jaar; een ondersteuningsteam met de consulent van het SWV."],
                   ["2 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; extra leestijd "
                    "in groep 2 tot en met 4; voorleessoftware vanaf groep 5 voor leerlingen met een verklaring."],
                   ["3 Rekenen en dyscalculie", "Signalering volgens het Protocol ERWD; inzet van concreet materiaal "
                    "en verlengde instructie."],
                   ["4 Gedrag en welbevinden", "Een schoolbrede aanpak voor positief gedrag; een veiligheidsplan; "
                    "een aandachtsfunctionaris; kortdurende sociale-vaardigheidstraining in kleine groepjes."],
                   ["5 Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en groep 5; compacten en verrijken in de "
                    "eigen groep."],
                   ["6 Medisch handelen", "Een protocol medisch handelen; afspraken over medicijnverstrekking; "
                    "aangepast meubilair via het bestuur."]]),
        ("p", "Elke school toetst zichzelf jaarlijks aan deze standaarden met de kwaliteitskaart basisondersteuning. "
              "Eens per twee jaar voert een consulent van het samenwerkingsverband met de school een "
              "collegiale audit uit. Haalt een school een standaard niet, dan maakt het bestuur binnen drie maanden "
              "een verbeterplan, waarvan de voortgang in het bestuurlijk overleg wordt besproken."),
        ("h1", "2 Extra ondersteuning en het dekkend aanbod"),
        ("p", "Wanneer de basisondersteuning niet volstaat, is er extra ondersteuning. Wij onderscheiden vier "
              "niveaus, die samen ons ondersteuningscontinuüm vormen. Op niveau 1 werkt de school binnen de "
              "basisondersteuning. Op niveau 2 vraagt de school een arrangement aan bij het samenwerkingsverband: "
              "inzet van een specialist, een onderwijsassistent of een korte observatieplaatsing. Op niveau 3 gaat "
              "het om bovenschoolse voorzieningen: de taalklas in Waalkoop, de plusklas De Uitdaging, de "
              "observatiegroep Het Anker en de onderwijs-zorggroep in Geldersveen, waar jeugdhulp en onderwijs "
              "samen één programma bieden. Niveau 4 is plaatsing in het speciaal basisonderwijs of speciaal "
              "onderwijs."),
        ("p", "Tussen de niveaus bewegen leerlingen in beide richtingen. Het uitgangspunt is dat een leerling de "
              "lichtste vorm krijgt die past. De ondersteuningsconsulent bespreekt elke aanvraag met de school en "
              "ouders in een multidisciplinair overleg. Besluiten over arrangementen worden binnen vier weken genomen."),
        ("h2", "2.1 Witte vlekken en wachtlijsten"),
        ("p", "Elk voorjaar houden wij met de besturen een netwerkanalyse. Daarin leggen wij de aanvragen van het "
              "afgelopen jaar naast het bestaande aanbod en noteren wij voor welke leerlingen geen passende plek "
              "beschikbaar was. In 2025 bleek zo dat er geen voorziening was voor jonge kinderen met ernstige "
              "taalontwikkelingsproblemen in het oosten van de regio en dat de wachtlijst voor Het Anker opliep tot "
              "elf weken. Voor beide knelpunten stelt het bestuur een actie vast met een eigenaar en een datum: "
              "een tweede taalklas per 1 augustus 2026 en uitbreiding van Het Anker met acht plaatsen per januari "
              "2027. Kan een bestuur zijn zorgplicht niet waarmaken, dan belegt de directeur-bestuurder binnen tien "
              "werkdagen een casusoverleg waarin een andere school of voorziening wordt gevonden."),
        ("h1", "3 Toelaatbaarheid tot sbo en so"),
        ("h2", "3.1 Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar de "
              "leerling staat ingeschreven of is aangemeld. De aanvraag loopt via het Loket Toewijzing van het "
              "samenwerkingsverband. Ouders worden vooraf gehoord; hun zienswijze is een verplicht onderdeel van het "
              "dossier, naast het groeidocument, het ontwikkelingsperspectief en het onderwijskundig rapport."),
        ("h2", "3.2 Stappen en termijnen"),
        ("p", "Stap 1: de school bespreekt de leerling in het ondersteuningsteam. Stap 2: de school dient de aanvraag "
              "digitaal in. Stap 3: het Loket controleert binnen vijf werkdagen of het dossier compleet is. Stap 4: "
              "twee deskundigen geven ieder afzonderlijk schriftelijk advies; de eerste is een orthopedagoog of "
              "psycholoog, de tweede wordt gekozen naar de vraag van het kind, bijvoorbeeld een kinderarts of "
              "maatschappelijk werker. Geen van beiden is betrokken geweest bij de aanvraag. Stap 5: de "
              "Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van het complete "
              "dossier. Ouders ontvangen een afschrift van beide adviezen."),
        ("h2", "3.3 Wanneer is een leerling toelaatbaar"),
        ("p", "De commissie kijkt niet naar een diagnose maar naar wat een kind nodig heeft. Een leerling komt in "
              "aanmerking voor het speciaal basisonderwijs als de school aantoonbaar ten minste twee cycli "
              "handelingsgericht heeft gewerkt met inzet van een arrangement, en de leerling desondanks structureel een "
              "kleinere groep, meer nabijheid van een volwassene en een aangepast lesprogramma nodig heeft die een "
              "reguliere school ook met extra ondersteuning niet kan bieden. Voor het speciaal onderwijs geldt daarnaast "
              "dat de ondersteuningsbehoefte op meerdere domeinen tegelijk ligt (leren, gedrag, communicatie of "
              "lichamelijk functioneren) en dat specialistische expertise en behandeling in de onderwijstijd "
              "nodig zijn. Een gevaarlijke of onveilige situatie voor de leerling of anderen is een zelfstandige grond."),
        ("h2", "3.4 Duur en categorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een tussenevaluatie "
              "na twee jaar. Een TLV voor het so wordt afgegeven voor twee schooljaren, in de bekostigingscategorie "
              "laag, midden of hoog, afhankelijk van de begeleidings- en zorgintensiteit."),
        ("h2", "3.5 Niet eens met het besluit"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het "
              "bezwaar adviseert."),
        ("h2", "3.6 Einde van de toelaatbaarheid"),
        ("p", "Wij willen dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. Terugkeer "
              "naar een reguliere school dicht bij huis is het doel zodra het ontwikkelingsperspectief dat toelaat, "
              "maar nooit ten koste van een stabiele ontwikkeling. Daarom is in het laatste jaar van iedere TLV een "
              "evaluatiegesprek verplicht, uiterlijk 1 maart. Het initiatief ligt bij de sbo- of so-school, die de "
              "ouders, de consulent en zo mogelijk de ontvangende school uitnodigt. Blijkt terugkeer haalbaar, dan "
              "kiezen ouders samen met de consulent een basisschool en volgt een proefperiode van zes tot twaalf "
              "weken. De leerling krijgt na de overstap een terugkeerarrangement: een jaar ambulante begeleiding "
              "door de so- of sbo-school, betaald uit het budget arrangementen. Is terugkeer nog niet mogelijk, dan "
              "vraagt de school een nieuwe TLV aan volgens paragraaf 3.2. Het Loket registreert elk evaluatiegesprek "
              "en de uitkomst ervan."),
        ("h1", "4 Thuiszitters"),
        ("p", "Geen kind hoort thuis te zitten. Samen met de leerplichtambtenaren houden wij elk kwartaal een "
              "thuiszittersoverleg waarin iedere leerling die langer dan vier weken geen onderwijs volgt bij naam "
              "wordt besproken. Voor elke leerling wordt binnen twee weken een trajectbegeleider aangewezen. De "
              "directeur-bestuurder heeft doorzettingsmacht wanneer partijen het niet eens worden."),
        ("h1", "5 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek "
              "van de afdrachten aan DUO voor het so en de overdracht aan het sbo verdelen wij de middelen volgens een "
              "vast verdeelmodel. Iedere school ontvangt een bedrag van € 95 per leerling op de teldatum van 1 "
              "oktober voor de versterking van de basisondersteuning, plus een vaste voet van € 6.000 per vestiging. "
              "Daarnaast houdt het samenwerkingsverband een budget aan voor arrangementen op niveau 2 en 3, dat per "
              "aanvraag wordt toegekend door de Commissie Toelaatbaarheid. De verdeling wordt jaarlijks in november "
              "door de algemene vergadering bevestigd."),
        ("p", "Een meerjarenbegroting voor de planperiode nemen wij op zodra de jaarrekening 2025 is vastgesteld en "
              "de effecten van de nieuwe verevening bekend zijn; tot die tijd geldt de jaarbegroting. Ook de verdeling "
              "van de middelen over de posten personeel, arrangementen en voorzieningen werken wij in de jaarbegroting "
              "2027 verder uit. De scholen verantwoorden de besteding van het schoolbudget in hun jaarverslag."),
        ("h1", "6 Resultaten en ambities"),
        ("p", "In deze planperiode willen wij het volgende bereiken. Aan het einde van schooljaar 2029-2030:"),
        ("bullets", ["voldoen alle 94 scholen aan de zes standaarden basisondersteuning;",
                     "is het aantal thuiszitters langer dan drie maanden gedaald van 23 naar hooguit 8;",
                     "is de doorlooptijd van een TLV-aanvraag in ten minste 90% van de gevallen korter dan zes weken;",
                     "is het deelnamepercentage sbo/so gestabiliseerd rond 2,6%, onder het landelijk gemiddelde;",
                     "keert jaarlijks ten minste 10% van de leerlingen met een aflopende TLV terug naar het regulier onderwijs."]),
        ("p", "Hoe wij deze resultaten gaan volgen en waar wij erover rapporteren, werken wij in de loop van 2027 "
              "uit in een monitorings- en evaluatiekader, samen met de besturen. Tot die tijd blijft de "
              "verantwoording beperkt tot de wettelijk verplichte gegevens."),
        ("h1", "7 Communicatie"),
        ("p", "Communicatie is voor een groot samenwerkingsverband als het onze geen bijzaak. We communiceren met "
              "besturen, scholen, partners en niet in de laatste plaats met ouders. Ouders vinden op de ouderpagina "
              "van onze website per school de schoolgids met het ondersteuningsaanbod, een uitleg van de "
              "arrangementen en van de route naar het speciaal (basis)onderwijs, in eenvoudige taal en in vijf "
              "talen. Twee keer per jaar organiseren wij een ouderavond 'Passend onderwijs, hoe werkt het?'. Elke "
              "school reikt bij aanmelding de folder 'Wat mag u verwachten' uit."),
        ("p", "Soms lopen gesprekken vast of hebben ouders behoefte aan iemand die naast hen staat. Daarvoor is er het "
              "Ouder- en Jeugdsteunpunt Lingedelta, dat onafhankelijk van scholen en besturen werkt en bereikbaar is "
              "via telefoon en spreekuur in de bibliotheek van Waalkoop. Ouders kunnen ook terecht bij "
              "Onderwijsconsulenten en bij de Geschillencommissie Passend Onderwijs. Het steunpunt bundelt de signalen "
              "van ouders en bespreekt die twee keer per jaar met het bestuur."),
        ("p", "Voor interne communicatie gebruiken wij een nieuwsbrief voor intern begeleiders en directeuren, die "
              "zes keer per jaar verschijnt, en een jaarlijkse conferentie voor alle besturen."),
    ]
    b += filler_blocks(n, ["oogo", "vervoer", "partners", "governance", "opr", "personeel", "ict", "planning"])
    b += [
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "De afgesproken ondersteuning die elke school biedt."],
                   ["Terugplaatsing", "Overstap van sbo of so naar een reguliere basisschool."],
                   ["Meerjarenbegroting", "Begroting over meerdere jaren."],
                   ["OJSP", "Ouder- en jeugdsteunpunt."],
                   ["Monitoring", "Het systematisch volgen van resultaten."],
                   ["TLV", "Toelaatbaarheidsverklaring."]]),
    ]
    return b


LABEL1 = """documents: [po-lingedelta-ondersteuningsplan-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 1 defines the binding minimum for every vestiging; the concrete content sits only in the standards table; kwaliteitskaart + audit = borging"
  plaatsing: "ch. 3.1-3.5: requester, Loket, steps with termijnen, Commissie Toelaatbaarheid, criteria in 3.3 phrased as needs not diagnoses"
  terugstroom: "hidden in 3.6 'Einde van de toelaatbaarheid' inside the TLV chapter: aim/conditions, evaluation by 1 March, proefperiode, terugkeerarrangement"
  financien: "ch. 5 'Geld en middelen' gives the verdeelmodel (EUR 95 per leerling, vaste voet) but the meerjarenbegroting and spending split are deferred to later; no amounts per post"
  dekkend-aanbod: "ch. 2 four-level continuum with named voorzieningen; 2.1 netwerkanalyse with gaps and dated actions; ch. 4 thuiszitters"
  resultaten: "ch. 6 measurable doelen, but monitoring/evaluation explicitly deferred to 'in de loop van 2027'"
  ouders: "only under ch. 7 'Communicatie': ouderpagina, folder, ouderavonden; OJSP, Onderwijsconsulenten, GPO"
"""


# ---------------------------------------------------------------------------
# Plan 2: small PO verband, .pdf
# ---------------------------------------------------------------------------
N2 = dict(wetsartikel="artikel 18a van de Wet op het primair onderwijs", speciaal="het speciaal basisonderwijs en het speciaal onderwijs", naam="Samenwerkingsverband PO De Kleine Kernen", kort="SWV De Kleine Kernen", code="PO 31-11",
          regio="het Noorderzand", leerlingen="3.140", scholen="27", besturen="4",
          gemeenten="Noorderzand en Hoogeveld", sbo="1", so="1", plaats="Oostwold-Zand",
          periode="2026-2030", opr_datum="9 april 2026", oogo_datum="26 februari 2026", traject="juni 2025 tot april 2026",
          av_datum="20 januari 2026", vast_datum="14 april 2026",
          ondertekening="Het bestuur van SWV De Kleine Kernen, april 2026")


def plan2():
    n = N2
    b = [("header", "Ondersteuningsplan SWV De Kleine Kernen 2026-2030 - basisondersteuning - toewijzing - terugplaatsing"),
         ("title", "Samen klein, samen sterk"),
         ("p", "Ondersteuningsplan 2026-2030 van Samenwerkingsverband PO De Kleine Kernen (PO 31-11)"),
         ("toc", ["Voorwoord", "Inleiding", "Visie en missie", "Onze regio in beeld", "Wat elke school biedt",
                  "Arrangementen en voorzieningen", "Naar het sbo of so", "Geld en middelen",
                  "Wat we willen bereiken en hoe we dat volgen", "Ouders", "Samenwerking met gemeenten",
                  "Organisatie en governance", "Medezeggenschap", "Planning en totstandkoming",
                  "Begrippenlijst"])]
    b += filler_blocks(n, ["voorwoord", "inleiding", "wettelijk", "leeswijzer", "visie", "landelijk", "context", "kansen"])
    b += [
        ("p", "Een klein samenwerkingsverband heeft voordelen: de lijnen zijn kort en iedereen kent elkaar. Er zijn "
              "ook nadelen. Met één sbo-school en één so-locatie is de keuze beperkt, en sommige leerlingen reizen "
              "meer dan een uur per dag naar een voorziening buiten de regio. Het samenwerkingsverband heeft geen eigen "
              "bureau van betekenis: een coördinator van 0,8 fte, een secretaresse en twee orthopedagogen die "
              "worden ingehuurd bij een van de besturen."),
        ("h1", "Wat elke school biedt"),
        ("p", "Alle 27 scholen in De Kleine Kernen bieden hetzelfde minimum aan ondersteuning. Dat minimum noemen wij "
              "basisondersteuning. Het is door de vier besturen samen vastgesteld en geldt voor elke vestiging, "
              "ook voor de kleinste dorpsschool met 40 leerlingen. Wat een school boven dat minimum biedt, staat in "
              "haar schoolondersteuningsprofiel."),
        ("p", "Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, is beschreven in de "
              "Kwaliteitskaart Basisondersteuning De Kleine Kernen (bijlage 2). Scholen bespreken de kwaliteitskaart "
              "jaarlijks in het bestuurlijk overleg."),
        ("h1", "Arrangementen en voorzieningen"),
        ("p", "Als een school met de basisondersteuning een leerling niet voldoende kan helpen, kan zij bij het "
              "samenwerkingsverband een arrangement aanvragen. Ons aanbod is opgebouwd in treden. Trede 1 is de "
              "basisondersteuning op school. Trede 2 is een arrangement in de eigen school: extra handen in de groep, "
              "begeleiding door een gedragsspecialist of een taalspecialist, gedurende maximaal een schooljaar. "
              "Trede 3 is een bovenschoolse voorziening: de Rugzakgroep in Oostwold-Zand voor kinderen met een "
              "autismespectrumstoornis en de dagdeelplusklas voor meer- en hoogbegaafde leerlingen. Trede 4 is het "
              "speciaal basisonderwijs (sbs De Brug) en trede 5 het speciaal onderwijs (so De Zandloper, cluster 4, "
              "en scholen voor cluster 3 buiten de regio)."),
        ("p", "Daarnaast werken wij samen met de jeugdhulp in een onderwijs-zorgarrangement voor een klein aantal "
              "kinderen die zowel onderwijs als behandeling nodig hebben. Dit arrangement wordt samen met de gemeenten "
              "gefinancierd."),
        ("p", "Of ons aanbod dekkend is en voor welke kinderen er nog geen passende plek is, gaan wij in het eerste "
              "jaar van deze planperiode onderzoeken. De uitkomsten en de acties die daaruit volgen, worden opgenomen "
              "in het jaarplan 2027-2028. Het onderwerp thuiszitters staat op de OOGO-agenda."),
        ("h1", "Naar het sbo of so"),
        ("p", "Wanneer een leerling is aangewezen op het speciaal basisonderwijs of het speciaal onderwijs, vraagt het "
              "bestuur van de school waar de leerling is ingeschreven een toelaatbaarheidsverklaring aan bij de "
              "Toelaatbaarheidscommissie van het samenwerkingsverband. De school stuurt daarvoor het groeidocument, "
              "het ontwikkelingsperspectief en de zienswijze van ouders mee. De commissie bestaat uit de coördinator "
              "en twee orthopedagogen; een van de orthopedagogen en een externe jeugdarts of psycholoog brengen ieder "
              "een eigen advies uit. De commissie neemt binnen zes weken een besluit. Ouders ontvangen het besluit en "
              "de adviezen schriftelijk."),
        ("p", "Wanneer een leerling toelaatbaar is, leest u op onze website onder 'Toewijzing'. Een TLV wordt "
              "afgegeven voor maximaal twee schooljaren. Tegen het besluit kan bezwaar worden gemaakt bij de "
              "Landelijke Bezwaaradviescommissie."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband verdeelt zijn middelen volgens een eenvoudig model. Na aftrek van de "
              "afdrachten voor het so en de kosten van het bureau gaat 70% van het budget lichte ondersteuning naar de "
              "besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar. De besturen "
              "verdelen dit bedrag over hun scholen op basis van een eigen verdeling die zij jaarlijks aan het "
              "samenwerkingsverband melden. De overige 30% houdt het samenwerkingsverband centraal voor "
              "arrangementen op trede 2 en 3, die de coördinator per aanvraag toekent binnen een maximum van € 18.000 "
              "per arrangement per schooljaar."),
        ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten Rijk (lichte en zware ondersteuning)", "2.410", "2.385", "2.350", "2.330"],
                   ["Afdrachten so en sbo", "-1.020", "-1.010", "-1.000", "-995"],
                   ["Bureau en commissie", "-165", "-168", "-171", "-174"],
                   ["Budget besturen (70%)", "-855", "-845", "-830", "-820"],
                   ["Arrangementen trede 2 en 3", "-340", "-335", "-330", "-325"],
                   ["Onderwijs-zorgarrangement", "-40", "-40", "-40", "-40"],
                   ["Resultaat", "-10", "-13", "-21", "-24"]]),
        ("p", "De reserve bedraagt eind 2025 € 410.000. Wij bouwen de reserve in de planperiode af tot de "
              "signaleringswaarde, door de tekorten in de begroting bewust uit de reserve te dekken."),
        ("h1", "Wat we willen bereiken en hoe we dat volgen"),
        ("p", "Voor de planperiode hebben we vier doelen geformuleerd, elk met een meetbare indicator:"),
        ("table", [["Doel", "Indicator", "Nu (2025)", "Streven 2030"],
                   ["Kinderen krijgen thuisnabij onderwijs", "Aandeel leerlingen met TLV dat buiten de regio naar school gaat", "31%", "20%"],
                   ["Snelle hulp", "Gemiddelde tijd van aanvraag tot start arrangement", "9 weken", "5 weken"],
                   ["Tevreden ouders", "Rapportcijfer oudertevredenheid arrangementen", "6,9", "7,5"],
                   ["Sterke basis", "Scholen die voldoen aan de kwaliteitskaart", "22 van 27", "27 van 27"]]),
        ("p", "Twee keer per jaar, in februari en september, verzamelt de coördinator de cijfers uit de "
              "aanvraagadministratie en de oudervragenlijst. De cijfers worden besproken in het bestuurlijk overleg "
              "en met de OPR. Jaarlijks rapporteren wij in het jaarverslag over de bereikte resultaten en over de "
              "middelen die per trede zijn ingezet. Halverwege de planperiode, in 2028, evalueren wij de doelen en "
              "stellen ze zo nodig bij."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders op drie manieren. "
              "Elke school beschrijft in de schoolgids welke ondersteuning zij biedt en hoe ouders die kunnen "
              "aanvragen. Op de website van het samenwerkingsverband staat een ouderpagina met uitleg over "
              "arrangementen, de treden van ons aanbod en de weg naar het sbo of so. En iedere nieuwe ouder van een "
              "leerling met een arrangement krijgt de folder 'Uw kind en passend onderwijs'."),
        ("p", "Ouders worden altijd betrokken bij het opstellen van het ontwikkelingsperspectief en bij de aanvraag "
              "van een arrangement of TLV. De OPR bestaat voor de helft uit ouders."),
    ]
    b += filler_blocks(n, ["oogo", "vervoer", "partners", "governance", "bedrijfsvoering", "opr", "personeel", "werkdruk", "ict", "planning"])
    b += [
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Terugplaatsing", "Wanneer een leerling van het sbo of so teruggaat naar een gewone basisschool. "
                    "Dit gebeurt na afloop van de TLV als het kind dat aankan."],
                   ["Onafhankelijke ondersteuning", "Hulp aan ouders door een organisatie die los staat van de school, "
                    "zoals het ouder- en jeugdsteunpunt."],
                   ["Dekkend aanbod", "Een aanbod waarin voor elk kind een passende plek is."],
                   ["TLV", "Toelaatbaarheidsverklaring"],
                   ["Doorstroom", "De overgang van groep 8 naar het voortgezet onderwijs."]]),
    ]
    return b


LABEL2 = """documents: [po-kleine-kernen-ondersteuningsplan.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "'Wat elke school biedt' sets the minimum for every vestiging, but its content is only in bijlage 2 (Kwaliteitskaart), which is not part of the document"
  plaatsing: "'Naar het sbo of so' gives requester, dossier, commissie, deskundigen, 6 weeks; the criteria are only referred to the website"
  terugstroom: "only in the begrippenlijst (and running header); no body text on return from sbo/so"
  financien: "'Geld en middelen': 70/30 verdeling naar rato leerlingen, max per arrangement, meerjarenbegroting table with amounts, reserve"
  dekkend-aanbod: "'Arrangementen en voorzieningen' describes treden 1-5; gap analysis deferred to jaarplan 2027-2028, thuiszitters only named as OOGO topic; the 'thuisnabij' target in the results table is a goal, not gap handling"
  resultaten: "doelen table with indicators and targets; twice-yearly data collection, reporting in jaarverslag, mid-term evaluation"
  ouders: "'Ouders': schoolgids, ouderpagina, folder; no independent support for parents in body text (only glossary mentions steunpunt)"
"""


# ---------------------------------------------------------------------------
# Plan 3: large PO verband, Markdown
# ---------------------------------------------------------------------------
N3 = dict(wetsartikel="artikel 18a van de Wet op het primair onderwijs", speciaal="het speciaal basisonderwijs en het speciaal onderwijs", naam="Stichting Passend Primair Onderwijs Zuidoever", kort="SPPO Zuidoever", code="PO 31-22",
          regio="de Zuidoever", leerlingen="24.900", scholen="121", besturen="19",
          gemeenten="Havenstad, Kreekdijk, Polderwaard en Sint-Aldegonde", sbo="5", so="7", plaats="Havenstad",
          periode="2026-2030", opr_datum="5 maart 2026", oogo_datum="19 februari 2026", traject="april 2025 tot maart 2026",
          av_datum="29 januari 2026", vast_datum="12 maart 2026",
          ondertekening="Drs. R. (Rachid) El Amrani, directeur-bestuurder, en mr. E. (Els) Verhoef, voorzitter raad van toezicht")


def plan3():
    n = N3
    b = [("title", "Ondersteuningsplan 2026-2030 Stichting Passend Primair Onderwijs Zuidoever"),
         ("p", "Registratienummer PO 31-22. Vastgesteld door het bestuur op 12 maart 2026 na instemming van de OPR."),
         ("toc", ["Voorwoord", "Inleiding", "Visie en missie", "Onze regio in beeld", "Deel A Het fundament",
                  "A1 De ondergrens", "A2 Van licht naar intensief", "A3 Een plek voor elk kind",
                  "Deel B Toewijzing en doorstroom", "B1 Toelaatbaarheid", "B2 Terug naar de basisschool",
                  "Deel C Bekostiging", "Deel D Kwaliteit en opbrengsten", "Deel E Ouders en communicatie",
                  "Samenwerking met gemeenten", "Organisatie en governance", "Medezeggenschap",
                  "Personeel en professionalisering", "ICT en gegevensbescherming", "Planning en totstandkoming",
                  "Afkortingen"])]
    b += filler_blocks(n, ["voorwoord", "inleiding", "leeswijzer", "wettelijk", "visie", "landelijk", "context", "kansen"])
    b += [
        ("h1", "Deel A Het fundament"),
        ("h2", "A1 De ondergrens"),
        ("p", "Wat kan een gezin in de Zuidoever van elke school verwachten, of het nu gaat om een grote school in "
              "Havenstad of een dorpsschool in de polder? Daarover hebben de negentien besturen een harde afspraak "
              "gemaakt: de ondergrens. Onder die lat zakt geen enkele vestiging. De ondergrens is bindend vanaf "
              "1 augustus 2026 en is onderdeel van het toezichtkader van elk bestuur."),
        ("p", "Concreet betekent de ondergrens dat elk kind op elke school in de Zuidoever kan rekenen op:"),
        ("bullets", ["een intern begeleider die minimaal twee dagen per week op de vestiging aanwezig is;",
                     "vroegsignalering van taal-, lees- en rekenproblemen met een methode-onafhankelijke toets twee keer per jaar;",
                     "een aanpak voor dyslexie en dyscalculie volgens de landelijke protocollen, met compenserende en dispenserende maatregelen;",
                     "een schoolbreed programma voor sociale veiligheid en een vast aanspreekpunt bij pesten;",
                     "korte interventies in kleine groepjes (maximaal acht weken) bij lees-, reken- of gedragsvragen;",
                     "een ontwikkelingsperspectief binnen zes weken wanneer een kind op een eigen leerlijn komt;",
                     "een verrijkingsaanbod in de eigen groep voor kinderen die meer aankunnen;",
                     "afspraken over medicijngebruik en eenvoudige medische handelingen."]),
        ("h2", "A2 Van licht naar intensief"),
        ("p", "Boven de ondergrens kent de Zuidoever een doorlopende reeks van ondersteuning. Scholen kunnen "
              "kortdurend een beroep doen op het Expertiseteam (gedrag, taal, motoriek, jonge kind). Voor langere "
              "trajecten is er het groepsarrangement, waarbij scholen binnen een bestuur of wijk samen een specialist "
              "inzetten. Bovenschools zijn er de Kiemklas (jonge kinderen met een ontwikkelingsvoorsprong of "
              "-achterstand), de Steigerklas (tijdelijk herstel bij gedragsproblemen, maximaal twaalf weken), de "
              "Haventaalklas voor nieuwkomers en de voltijds hoogbegaafdenvoorziening Het Observatorium. Daarna komen "
              "de vijf sbo-scholen en zeven so-locaties, en voor kinderen die onderwijs en zorg tegelijk nodig hebben "
              "twee onderwijs-zorgarrangementen met de jeugd-ggz."),
        ("h2", "A3 Een plek voor elk kind"),
        ("p", "Ieder kwartaal brengt het bureau in kaart welke kinderen langer dan vier weken op een plek wachten, "
              "welke kinderen thuiszitten of een vrijstelling hebben, en welke aanvragen door gebrek aan capaciteit "
              "niet konden worden gehonoreerd. Dit overzicht gaat naar de Tafel Passende Plek, waaraan de "
              "leerplichtambtenaren, de jeugdteams en drie bestuurders deelnemen. De Tafel bespreekt elk kind bij naam "
              "en wijst binnen vijf werkdagen een regisseur aan. Structurele tekorten legt de Tafel één keer per jaar "
              "met een voorstel voor uitbreiding voor aan het bestuur; het bestuur besluit in de begrotingsronde. "
              "Zo is in 2025 besloten tot een tweede Steigerklas in Kreekdijk."),
        ("h1", "Deel B Toewijzing en doorstroom"),
        ("h2", "B1 Toelaatbaarheid"),
        ("p", "De manier waarop scholen een toelaatbaarheidsverklaring aanvragen, wie daarover adviseert en beslist, "
              "en de criteria die daarbij gelden, zijn vastgelegd in het Handboek Toewijzing Zuidoever. Het handboek "
              "wordt los van dit plan beheerd en is te vinden op de website van de stichting. Het samenwerkingsverband "
              "heeft in 2025 ruim 640 TLV's afgegeven."),
        ("h2", "B2 Terug naar de basisschool"),
        ("p", "Het speciaal (basis)onderwijs is in de Zuidoever een tussenstation waar dat kan, en een eindstation "
              "waar dat nodig is. Ons beleid is dat ieder kind in het sbo of so de kans krijgt om terug te keren naar "
              "een reguliere school, bij voorkeur in de eigen wijk. Voorwaarde is dat de ontvangende school met "
              "steun van het samenwerkingsverband kan bieden wat het kind nodig heeft. Na de overstap krijgt het kind "
              "minimaal een half jaar begeleiding door een ambulant begeleider van de sbo- of so-school, en de "
              "ontvangende school krijgt daarvoor een terugkeerarrangement van € 4.500."),
        ("p", "De werkwijze rond terugplaatsing, wie het initiatief neemt, op welke momenten wordt geëvalueerd en "
              "wie besluit, wordt in schooljaar 2026-2027 met de sbo- en so-scholen vastgelegd."),
        ("h1", "Deel C Bekostiging"),
        ("p", "De Zuidoever werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
              "besturen, zodat scholen zelf de ondersteuning kunnen organiseren. De verdeling kent drie stromen. "
              "Stroom 1: elk bestuur ontvangt € 110 per leerling (teldatum 1 oktober t-1). Stroom 2: besturen met "
              "scholen met een hoge onderwijsachterstandsscore ontvangen een opslag van 15% op stroom 1. Stroom 3: de "
              "bovenschoolse voorzieningen en het Expertiseteam worden centraal bekostigd. Het bestuur stelt de "
              "bedragen jaarlijks vast bij de begroting, na advies van de directeurenraad."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "19.850", "19.620", "19.480", "19.300"],
                   ["Afdrachten so (DUO) en overdracht sbo", "-11.200", "-11.150", "-11.100", "-11.050"],
                   ["Stroom 1 en 2 naar besturen", "-5.310", "-5.250", "-5.200", "-5.140"],
                   ["Stroom 3 bovenschools en Expertiseteam", "-2.450", "-2.380", "-2.330", "-2.280"],
                   ["Terugkeerarrangementen", "-180", "-180", "-180", "-180"],
                   ["Bureau", "-890", "-905", "-920", "-935"],
                   ["Saldo", "-180", "-245", "-250", "-285"]]),
        ("p", "Besturen leggen jaarlijks vóór 1 juni in een korte rapportage verantwoording af over de besteding van "
              "stroom 1 en 2."),
        ("h1", "Deel D Kwaliteit en opbrengsten"),
        ("p", "Wij volgen de ontwikkelingen in de Zuidoever via een dashboard dat het bureau elk kwartaal bijwerkt. "
              "Daarin staan het deelnamepercentage sbo en so (peildatum 1 oktober), het aantal afgegeven TLV's en "
              "arrangementen, de doorlooptijd van aanvragen, het aantal thuiszitters en vrijstellingen, en het aantal "
              "leerlingen dat vanuit het sbo of so naar het regulier onderwijs gaat. Het dashboard wordt ieder kwartaal "
              "besproken door bestuur en raad van toezicht. Eens per jaar houden wij een tevredenheidsonderzoek onder "
              "scholen en een onder ouders. In het jaarverslag rapporteren wij over de cijfers en over de uitgaven per "
              "voorziening; de OPR krijgt het jaarverslag ter bespreking."),
        ("p", "Welke resultaten wij in deze planperiode willen bereiken, stellen wij vast nadat in het eerste jaar "
              "een nulmeting is gedaan. Tot die tijd laten wij het dashboard voor zich spreken."),
        ("h1", "Deel E Ouders en communicatie"),
        ("p", "Het samenwerkingsverband communiceert vooral via de schoolbesturen. Wij vinden het belangrijk dat de "
              "school het eerste aanspreekpunt blijft. De stichting publiceert nieuws voor professionals op de website "
              "en via een maandelijkse nieuwsbrief."
              " Vragen over een individuele leerling worden altijd eerst met de school besproken."),
    ]
    b += filler_blocks(n, ["oogo", "vervoer", "partners", "governance", "bedrijfsvoering", "opr", "personeel", "werkdruk", "ict", "totstandkoming", "planning"])
    b += [
        ("h1", "Afkortingen"),
        ("bullets", ["OJSP - Ouder- en jeugdsteunpunt (onafhankelijke hulp voor ouders)",
                     "SOP - schoolondersteuningsprofiel",
                     "TLV - toelaatbaarheidsverklaring",
                     "CvT - Commissie van Toelaatbaarheid",
                     "LBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
                     "OOGO - op overeenstemming gericht overleg"]),
    ]
    return b


LABEL3 = """documents: [po-zuidoever-ondersteuningsplan.md]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
notes:
  basisondersteuning: "A1 'De ondergrens' (never says 'basisondersteuning'): binding minimum per vestiging plus eight concrete provisions"
  plaatsing: "B1 only refers to a separate Handboek Toewijzing on the website and gives a TLV count; procedure and criteria absent; TOC/afkortingen mention CvT/LBT"
  terugstroom: "B2 states policy, conditions and support after return (terugkeerarrangement); the procedure is deferred to 2026-2027"
  financien: "Deel C 'Bekostiging': schoolmodel with three streams, EUR 110 per leerling, meerjarenbegroting table"
  dekkend-aanbod: "A2 continuum with named voorzieningen; A3 quarterly gap overview, Tafel Passende Plek, thuiszitters"
  resultaten: "Deel D: quarterly dashboard, satisfaction surveys, jaarverslag = monitoring; intended results deferred until after a nulmeting"
  ouders: "heading 'Deel E Ouders en communicatie' but the text only covers news for professionals and 'school first'; no information channel for parents about support, no independent help (OJSP only in Afkortingen)"
"""


# ---------------------------------------------------------------------------
# Plan 4: VO verband, .pdf
# ---------------------------------------------------------------------------
N4 = dict(wetsartikel="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en volgende WVO 2020)", speciaal="het voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs", naam="Samenwerkingsverband VO Heuvelrand-Oost", kort="SWV VO Heuvelrand-Oost", code="VO 31-06",
          regio="Heuvelrand-Oost", leerlingen="11.760", scholen="16", besturen="7",
          gemeenten="Bergrode, Eikendaal en Heuvelveen", sbo="0", so="2", plaats="Eikendaal",
          periode="2026-2030", opr_datum="26 maart 2026", oogo_datum="11 maart 2026", traject="september 2025 tot maart 2026",
          av_datum="4 februari 2026", vast_datum="31 maart 2026",
          ondertekening="Ir. J.P. (Joost) Harmsen, directeur-bestuurder SWV VO Heuvelrand-Oost")


def plan4():
    n = dict(N4)
    b = [("header", "Ondersteuningsplan 2026-2030 | SWV VO Heuvelrand-Oost | VO 31-06"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Voortgezet Onderwijs Heuvelrand-Oost, VO 31-06"),
         ("toc", ["Voorwoord", "Inleiding", "Visie en missie", "1 Ondersteuning op school (basisondersteuning)",
                  "2 Het ondersteuningsaanbod", "3 Toewijzing: vso, lwoo en pro", "4 Doorstroom en overstap",
                  "5 Thuiszitters en zorgplicht", "6 Kwaliteitszorg", "7 Ouders en leerlingen", "8 Financieel beleid",
                  "Samenwerking met gemeenten", "Organisatie en governance", "Medezeggenschap",
                  "Personeel en professionalisering", "ICT en gegevensbescherming", "Planning en totstandkoming",
                  "Verklarende woordenlijst"])]
    fb = filler_blocks(n, ["voorwoord", "inleiding", "leeswijzer", "wettelijk", "visie", "landelijk", "kansen"])
    # adapt generic PO phrasing to VO
    fb = [(k, v.replace("groep 8 naar het voortgezet onderwijs", "het vmbo naar het mbo")
           if isinstance(v, str) else v) for k, v in fb]
    b += fb
    b += [
        ("h1", "Onze regio in beeld"),
        ("p", "In Heuvelrand-Oost volgen 11.760 leerlingen voortgezet onderwijs op zestien scholen van zeven "
              "besturen: vier brede scholengemeenschappen, drie categorale vmbo-scholen, twee scholen voor "
              "praktijkonderwijs, een categoraal gymnasium, twee havo/vwo-scholen, twee vso-locaties (cluster 4 en "
              "cluster 3) en twee kleine scholen voor reformatorisch onderwijs. De leerlingaantallen dalen de komende "
              "jaren met naar verwachting 6%. Ongeveer 14% van de leerlingen komt van buiten de regio."),
        ("h1", "1 Ondersteuning op school (basisondersteuning)"),
        ("p", "Het huidige referentiekader basisondersteuning dateert van 2014 en sluit niet meer aan bij de praktijk "
              "van onze scholen en bij de landelijke ontwikkelingen rond een norm voor basisondersteuning. De besturen "
              "hebben daarom afgesproken de afspraken over basisondersteuning in de loop van 2026-2027 opnieuw vast te "
              "stellen, zodra de landelijke norm bekend is. Het nieuwe kader wordt als wijziging van dit plan aan de "
              "OPR voorgelegd. Tot die tijd: p.m."),
        ("h1", "2 Het ondersteuningsaanbod"),
        ("p", "Een volledig overzicht van het ondersteuningsaanbod binnen en tussen de scholen, van de ondersteuning "
              "in de klas tot het vso, is opgenomen in de Ondersteuningsatlas Heuvelrand-Oost op onze website. De "
              "atlas wordt twee keer per jaar bijgewerkt."),
        ("h1", "3 Toewijzing: vso, lwoo en pro"),
        ("h2", "3.1 Toelaatbaarheid tot het vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag voor "
              "een toelaatbaarheidsverklaring vso in bij de Commissie Toewijzing. De aanvraag bevat het "
              "ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg en een overzicht van de "
              "ondersteuning die de school de afgelopen twaalf maanden heeft geboden. De Commissie Toewijzing vraagt "
              "advies aan een orthopedagoog of GZ-psycholoog en aan een tweede deskundige (jeugdarts, "
              "maatschappelijk werker of kinder- en jeugdpsychiater), die ieder een eigen schriftelijk advies geven. "
              "De directeur-bestuurder besluit binnen vier weken na ontvangst van een volledige aanvraag."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is voldaan: (a) "
              "de leerling heeft een ondersteuningsbehoefte op het gebied van gedrag, leren of lichamelijk "
              "functioneren die vraagt om een integraal onderwijs- en begeleidingsprogramma; (b) de reguliere school "
              "heeft, ook met een arrangement van het samenwerkingsverband, aantoonbaar niet in die behoefte kunnen "
              "voorzien, of het is evident dat dat niet zal lukken; (c) het vso kan wel bieden wat nodig is. De TLV "
              "wordt afgegeven voor de duur van het ontwikkelingsperspectief, ten hoogste drie schooljaren, in "
              "categorie laag, midden of hoog."),
        ("h2", "3.2 Leerwegondersteunend onderwijs"),
        ("p", "Heuvelrand-Oost hanteert de landelijke criteria voor lwoo. De school waar de leerling is aangemeld "
              "vraagt de aanwijzing voor lwoo aan bij de Commissie Toewijzing met de gegevens uit het "
              "basisschooladvies, de capaciteitentoets en de leerachterstanden. De commissie besluit binnen vier "
              "weken. Een aanwijzing geldt voor de hele schoolloopbaan in het vmbo."),
        ("h2", "3.3 Praktijkonderwijs"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en leerachterstanden op "
              "ten minste twee domeinen). De procedure is gelijk aan die voor lwoo; de TLV pro wordt afgegeven voor de "
              "duur van de opleiding."),
        ("h2", "3.4 Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid of lwoo kan binnen zes weken bezwaar worden gemaakt. Het "
              "samenwerkingsverband legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "4 Doorstroom en overstap"),
        ("p", "Onder doorstroom verstaan wij de overstap van het vso naar een reguliere vo-school. Het "
              "samenwerkingsverband wil dat leerlingen die het vso niet langer nodig hebben, zo snel mogelijk en met "
              "goede begeleiding naar een reguliere school gaan. Voorwaarden zijn dat het ontwikkelingsperspectief "
              "een reguliere uitstroom mogelijk maakt en dat de leerling en de ontvangende school zich er klaar voor "
              "voelen."),
        ("p", "De vso-school bespreekt jaarlijks, en in elk geval in het laatste jaar van de TLV vóór 1 februari, in "
              "een perspectiefgesprek of terugplaatsing mogelijk is. Bij dat gesprek zijn de leerling, de consulent van "
              "het samenwerkingsverband en een vertegenwoordiger van de beoogde school aanwezig. Besluiten de "
              "deelnemers tot overstap, dan start een overstaptraject van acht weken waarin de leerling al lessen volgt "
              "op de nieuwe school. De consulent legt het besluit vast. Na de overstap krijgt de leerling een jaar "
              "lang begeleiding van een coach van het vso (overstaparrangement). Lukt de overstap niet, dan kan de leerling binnen de looptijd "
              "van de TLV terug naar het vso. In 2025 maakten 19 leerlingen de overstap, tegen 11 in 2022."),
        ("h1", "5 Thuiszitters en zorgplicht"),
        ("p", "Wanneer een school er niet in slaagt een passende plek te bieden voor een aangemelde leerling, meldt "
              "zij dit binnen tien werkdagen bij het samenwerkingsverband. De consulent organiseert dan een "
              "plaatsingsoverleg met andere scholen. Elke zes weken bespreken het samenwerkingsverband en de "
              "leerplichtambtenaren van de drie gemeenten alle thuiszitters en leerlingen met een vrijstelling. "
              "Ontbreekt in de regio een voorziening, dan zoekt het samenwerkingsverband samen met de gemeenten een "
              "oplossing op maat en rapporteert het aan het bestuur. Uit dit overleg bleek in 2025 dat er voor "
              "leerlingen met ernstige angstproblematiek geen passend aanbod was; per augustus 2026 start daarom de "
              "Herstartgroep in Eikendaal met twaalf plaatsen."),
        ("h1", "6 Kwaliteitszorg"),
        ("p", "Het samenwerkingsverband stelt voor deze periode de volgende beoogde resultaten vast, met de "
              "uitgangssituatie van 2025:"),
        ("table", [["Resultaat", "2025", "Doel 2030"],
                   ["Thuiszitters langer dan 4 weken (peildatum 1 oktober)", "37", "< 15"],
                   ["Overstappen van vso naar regulier vo per jaar", "19", "30"],
                   ["Doorlooptijd TLV-aanvraag binnen 4 weken", "71%", "95%"],
                   ["Leerlingen in het vso (deelnamepercentage)", "3,9%", "3,5%"]]),
        ("p", "De consulenten registreren aanvragen, besluiten en overstappen in het leerlingvolgsysteem van het "
              "samenwerkingsverband. Elk kwartaal maakt de beleidsmedewerker een rapportage voor bestuur en raad van "
              "toezicht. Jaarlijks in juni bespreekt het bestuur met de OPR de stand van zaken, en in het jaarverslag "
              "staan de bereikte resultaten en de bijbehorende uitgaven. In 2028 laten wij een externe tussenevaluatie "
              "uitvoeren."),
        ("h1", "7 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen die vragen hebben of het niet eens zijn met de school of met het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Heuvelrand, dat wordt uitgevoerd "
              "door een onafhankelijke stichting en dat gratis advies, een luisterend oor en hulp bij gesprekken "
              "biedt. Ook kunnen zij een beroep doen op Onderwijsconsulenten, en geschillen over toelating, "
              "verwijdering of het ontwikkelingsperspectief voorleggen aan de Geschillencommissie Passend Onderwijs."),
        ("p", "Informatie voor ouders over het ondersteuningsaanbod komt op de nieuwe website van het "
              "samenwerkingsverband, die naar verwachting eind 2026 live gaat. Een ouderfolder volgt."),
        ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectiefplan. Scholen leggen vast "
              "hoe zij de mening van de leerling hebben meegewogen."),
        ("h1", "8 Financieel beleid"),
        ("p", "De begroting, de verdeling van de middelen over de scholen en de meerjarenraming zijn niet in dit "
              "plan opgenomen. Zij staan in het afzonderlijke document 'Financieel kader en meerjarenbegroting "
              "2026-2030', dat jaarlijks door het bestuur wordt vastgesteld. Het samenwerkingsverband voert een "
              "sober en doelmatig financieel beleid."),
    ]
    fb = filler_blocks(n, ["oogo", "vervoer", "partners", "governance", "bedrijfsvoering", "opr", "personeel", "werkdruk", "ict", "totstandkoming", "planning"])
    fb = [(k, v.replace("groep 8 naar het voortgezet onderwijs", "het vmbo naar het mbo")
           .replace("samenwerkingsverband voor voortgezet onderwijs", "samenwerkingsverband voor primair onderwijs")
           .replace("wethouders onderwijs en jeugd", "wethouders onderwijs, jeugd en werk")
           if isinstance(v, str) else v) for k, v in fb]
    b += fb
    b += [
        ("h1", "Verklarende woordenlijst"),
        ("table", [["Term", "Betekenis"],
                   ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies "
                    "dat elke school in het samenwerkingsverband biedt."],
                   ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor elke leerling een passende plek is."],
                   ["Meerjarenbegroting", "Begroting voor vier jaar met baten en lasten."],
                   ["Verdeelmodel", "De regels volgens welke middelen over de scholen worden verdeeld."],
                   ["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"],
                   ["Vso", "Voortgezet speciaal onderwijs"]]),
    ]
    return b


LABEL4 = """documents: [vo-heuvelrand-oost-ondersteuningsplan.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 1 only defers (new kader in 2026-2027, 'p.m.'); the definition is only in the woordenlijst and TOC"
  plaatsing: "ch. 3: vso procedure (bevoegd gezag, Commissie Toewijzing, two deskundigen, 4 weeks) and three-part criteria; lwoo and pro procedures; bezwaar"
  terugstroom: "under heading '4 Doorstroom en overstap': aim and conditions, perspectiefgesprek before 1 Feb in last TLV year, overstaptraject, one-year overstaparrangement, figures 2022/2025"
  financien: "ch. 8 refers to a separate 'Financieel kader en meerjarenbegroting' document; no verdeling or amounts in the plan"
  dekkend-aanbod: "ch. 2 refers the continuum to an online Ondersteuningsatlas; ch. 5 handles gaps, zorgplicht, thuiszitters, new Herstartgroep"
  resultaten: "under '6 Kwaliteitszorg': target table with baselines, quarterly reporting, jaarverslag, external mid-term evaluation"
  ouders: "ch. 7: OJSP, Onderwijsconsulenten, GPO = steunpunt; information for parents deferred to a future website and folder"
"""


# ---------------------------------------------------------------------------
# Plan 5: medium PO verband, .docx (thin plan)
# ---------------------------------------------------------------------------
N5 = dict(wetsartikel="artikel 18a van de Wet op het primair onderwijs", speciaal="het speciaal basisonderwijs en het speciaal onderwijs", naam="Samenwerkingsverband Primair Onderwijs Venen en Plassen", kort="SWV Venen en Plassen", code="PO 31-17",
          regio="Venen en Plassen", leerlingen="7.850", scholen="48", besturen="9",
          gemeenten="Plassendijk, Veenhoven en Ruigeveen", sbo="2", so="2", plaats="Veenhoven",
          periode="2026-2030", opr_datum="2 april 2026", oogo_datum="12 maart 2026", traject="oktober 2025 tot april 2026",
          av_datum="18 februari 2026", vast_datum="9 april 2026",
          ondertekening="A. (Anke) Brouwer-de Wit, directeur-bestuurder, namens het bestuur")


def plan5():
    n = N5
    b = [("header", "SWV Venen en Plassen - ondersteuningsplan 2026-2030 - resultaten - dekkend aanbod"),
         ("title", "Ondersteuningsplan Venen en Plassen 2026-2030"),
         ("p", "Samenwerkingsverband Primair Onderwijs Venen en Plassen (PO 31-17) - concept ter instemming OPR"),
         ("toc", ["Voorwoord", "Inleiding", "Visie en missie", "Onze regio in beeld", "1 Basisondersteuning",
                  "2 Dekkend aanbod", "3 Toelaatbaarheid sbo en so", "4 Terugplaatsing", "5 Financiën",
                  "6 Resultaten", "7 Samen met thuis", "Samenwerking met gemeenten", "Organisatie en governance",
                  "Medezeggenschap", "Personeel en professionalisering", "ICT en gegevensbescherming",
                  "Planning en totstandkoming", "Begrippen"])]
    b += filler_blocks(n, ["voorwoord", "inleiding", "wettelijk", "leeswijzer", "totstandkoming", "visie", "landelijk", "context"])
    b += [
        ("h2", "Onze kernwaarden in de praktijk"),
        ("p", "Kernwaarden zijn pas iets waard als je ze terugziet in het dagelijks werk. Vertrouwen zie je wanneer een "
              "consulent een intern begeleider niet controleert, maar samen met haar zoekt naar wat een kind nodig "
              "heeft. Eigenaarschap zie je wanneer een directeur een leerling van een andere school een plek aanbiedt "
              "omdat zijn eigen team die expertise heeft. Samenwerking zie je wanneer leerkracht, ouders en "
              "jeugdprofessional rond één tafel zitten en één plan maken. Transparantie zie je wanneer besturen elkaar "
              "aanspreken op de inzet van middelen en op de resultaten die zij daarmee boeken."),
        ("p", "In de werksessies voor dit plan vertelden directeuren vooral over de kracht van korte lijnen. In een "
              "regio als Venen en Plassen kennen mensen elkaar; een telefoontje is vaak genoeg om iets in gang te "
              "zetten. Tegelijk merken wij dat die informele cultuur kwetsbaar is wanneer mensen vertrekken. Daarom "
              "leggen wij in deze planperiode meer vast, zonder de menselijke maat te verliezen. Dat is geen "
              "tegenstelling: goede afspraken op papier maken ruimte voor het goede gesprek aan tafel."),
        ("h1", "1 Basisondersteuning"),
        ("p", "De besturen in Venen en Plassen hebben in 2025 opnieuw vastgesteld wat alle 48 scholen minimaal "
              "bieden. Deze basisondersteuning is het niveau dat op iedere vestiging aanwezig moet zijn; een school die "
              "dit niveau niet haalt, maakt met haar bestuur een plan van aanpak. Het gaat om het volgende."),
        ("bullets", ["Iedere school heeft een intern begeleider en een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt.",
                     "Leerkrachten werken handelingsgericht: zij stellen twee keer per jaar groepsplannen of groepsoverzichten op.",
                     "Er is een dyslexie- en dyscalculieprotocol en de school biedt voorleessoftware en extra tijd bij toetsen.",
                     "De school heeft een anti-pestprogramma en een aanpak voor sociaal-emotionele ontwikkeling.",
                     "Kinderen die meer aankunnen, krijgen verrijkingsstof in de eigen groep.",
                     "De school kan een ontwikkelingsperspectief opstellen en met ouders bespreken.",
                     "Bij medische vragen werkt de school volgens het protocol medisch handelen van het bestuur."]),
        ("h1", "2 Dekkend aanbod"),
        ("p", "Een dekkend aanbod is een belangrijke opdracht van ieder samenwerkingsverband. In Venen en Plassen "
              "zijn we trots op wat scholen al doen. In het eerste jaar van deze planperiode laten wij een "
              "inventarisatie maken van alle arrangementen en voorzieningen in de regio en van de plekken die "
              "ontbreken. Op basis daarvan stelt het bestuur in 2027 een Koersdocument Dekkend Aanbod vast. "
              "Thuiszitters en wachtlijsten komen daarin ook aan de orde."),
        ("h1", "3 Toelaatbaarheid sbo en so"),
        ("p", "Voor het speciaal basisonderwijs is een leerling toelaatbaar wanneer aan de volgende voorwaarden is "
              "voldaan: de leerling heeft een leerachterstand van meer dan een jaar op twee of meer vakgebieden "
              "of een ernstige gedragsproblematiek, de basisschool heeft met een arrangement ten minste een half jaar "
              "planmatig gewerkt aan de doelen uit het ontwikkelingsperspectief, en de leerling heeft een kleine groep "
              "en een intensief, structurerend pedagogisch klimaat nodig."),
        ("p", "Voor het speciaal onderwijs cluster 3 is een leerling toelaatbaar bij een ernstige verstandelijke, "
              "lichamelijke of meervoudige beperking waardoor hij of zij aangewezen is op een aangepast curriculum met "
              "zorg en begeleiding gedurende de hele schooldag. Voor cluster 4 geldt dat de leerling ernstige "
              "gedrags- of psychiatrische problemen heeft die het volgen van onderwijs in een reguliere setting "
              "onmogelijk maken, ook met de inzet van de jeugdhulp."),
        ("p", "Hoe de aanvraag verloopt, welke stukken nodig zijn en wie beslist, staat in de Routewijzer TLV "
              "(bijlage 5)."),
        ("h1", "4 Terugplaatsing"),
        ("p", "In het laatste jaar van iedere TLV organiseert de sbo- of so-school vóór 1 april een "
              "evaluatie-MDO met de ouders, de leerkracht, de intern begeleider van de mogelijke ontvangende "
              "basisschool en de consulent van het samenwerkingsverband. In dat overleg wordt aan de hand van het "
              "ontwikkelingsperspectief besproken of de leerling kan terugkeren naar het basisonderwijs. Adviseert "
              "het MDO terugkeer, dan besluit de directeur van de sbo- of so-school samen met de ontvangende school "
              "over de datum van overplaatsing. Adviseert het MDO voortzetting, dan vraagt de school uiterlijk "
              "1 mei een nieuwe TLV aan."),
        ("p", "Ons beleid voor terugplaatsing, met de doelen, de voorwaarden en de ondersteuning na terugkeer, "
              "stellen wij in het tweede planjaar op samen met de sbo- en so-scholen."),
        ("h1", "5 Financiën"),
        ("p", "Het verdeelmodel van Venen en Plassen wordt in 2026 herzien. De besturen willen meer middelen naar "
              "de scholen laten gaan. De nieuwe verdeelsleutel volgt na besluitvorming in de algemene vergadering; "
              "tot die tijd worden de middelen verdeeld zoals in voorgaande jaren."),
        ("p", "Onderstaande begroting laat zien waaraan het samenwerkingsverband de komende jaren zijn middelen "
              "besteedt (bedragen in euro's)."),
        ("table", [["Bestedingscategorie", "2026", "2027", "2028", "2029"],
                   ["Afdrachten so via DUO", "2.940.000", "2.910.000", "2.880.000", "2.860.000"],
                   ["Overdracht sbo (boven 2%)", "415.000", "405.000", "395.000", "390.000"],
                   ["Schoolbudgetten besturen", "1.120.000", "1.150.000", "1.180.000", "1.200.000"],
                   ["Arrangementen en consulenten", "610.000", "600.000", "590.000", "585.000"],
                   ["Bureau en huisvesting", "355.000", "360.000", "365.000", "370.000"],
                   ["Totaal lasten", "5.440.000", "5.425.000", "5.410.000", "5.405.000"]]),
        ("h1", "6 Resultaten"),
        ("p", "De resultaten van passend onderwijs worden gemaakt in de klas, door leerkrachten die elke dag het "
              "verschil maken. Het samenwerkingsverband ziet het als zijn taak om hen daarbij te ondersteunen. "
              "Wij zijn trots op wat er de afgelopen jaren is bereikt en kijken met vertrouwen naar de komende "
              "planperiode."),
        ("p", "Ook de komende jaren streven wij naar goede resultaten voor alle kinderen, zoveel mogelijk dicht bij "
              "huis. Wij zetten in op een cultuur waarin scholen van elkaar leren en successen met elkaar delen. Hoe "
              "wij de voortgang zichtbaar maken, bespreken wij te zijner tijd met de besturen en de "
              "ondersteuningsplanraad. Eén ding staat vast: achter ieder getal staat een kind, en dat kind is "
              "waar het om draait."),
        ("h1", "7 Samen met thuis"),
        ("p", "Wij willen dat ouders weten wat zij van de school en van het samenwerkingsverband kunnen verwachten. "
              "Daarom staat in de schoolgids van iedere school welke basisondersteuning en extra ondersteuning de "
              "school biedt. Op de website www.venenenplassen-po.nl vinden ouders een uitleg over arrangementen en "
              "de aanvraag van een TLV, met een stappenplan en veelgestelde vragen. Elk najaar is er een "
              "informatieavond voor ouders, en de consulenten houden maandelijks een inloopspreekuur in de "
              "bibliotheek van Veenhoven."),
        ("p", "Heeft u als ouder vragen over de ondersteuning van uw kind, of bent u het niet eens met de school, "
              "dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Venen en Plassen. Het steunpunt staat los van "
              "scholen en samenwerkingsverband en helpt kosteloos. Daarnaast kunt u contact opnemen met "
              "Onderwijsconsulenten of met de landelijke informatielijn van Ouders & Onderwijs."),
    ]
    b += filler_blocks(n, ["oogo_proc", "governance", "bedrijfsvoering", "opr", "personeel", "werkdruk", "ict", "planning"])
    b += [
        ("h1", "Begrippen"),
        ("table", [["Begrip", "Omschrijving"],
                   ["Dekkend aanbod", "Voor elk kind een passende plek in de regio."],
                   ["Resultaten", "Beoogde en bereikte resultaten van het samenwerkingsverband."],
                   ["Verdeelmodel", "Model voor de verdeling van middelen over besturen."],
                   ["Routewijzer TLV", "Stappenplan voor het aanvragen van een toelaatbaarheidsverklaring."]]),
    ]
    return b


LABEL5 = """documents: [po-venen-plassen-ondersteuningsplan.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "ch. 1: minimum on every vestiging plus seven concrete provisions; plan van aanpak when below level"
  plaatsing: "ch. 3 gives sbo and so cluster 3/4 criteria; procedure only referred to absent 'Routewijzer TLV (bijlage 5)'"
  terugstroom: "ch. 4: evaluatie-MDO before 1 April in last TLV year, who decides, new TLV by 1 May; policy (aims, conditions, support) deferred to year 2"
  financien: "ch. 5: multi-year spending table with amounts; verdeelmodel under revision, 'nieuwe verdeelsleutel volgt'"
  dekkend-aanbod: "ch. 2 only defers inventory and gap analysis to a 2027 Koersdocument; no continuum, gap handling or partner cooperation (OOGO chapter is purely procedural)"
  resultaten: "ch. 6 is praise and 'we streven naar' / 'te zijner tijd' without intended results or monitoring; 'resultaten' only in TOC, header and Begrippen"
  ouders: "ch. 7 'Samen met thuis': schoolgids, website, info evening, spreekuur; OJSP, Onderwijsconsulenten, Ouders & Onderwijs"
"""


# ---------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of a basisschool (.html)
# ---------------------------------------------------------------------------
def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026 OBS De Wilgenhoek"),
         ("p", "Openbare basisschool De Wilgenhoek, Veenhoven - aangesloten bij Samenwerkingsverband Primair Onderwijs "
               "Venen en Plassen (PO 31-17)"),
         ("toc", ["1 Inleiding", "2 De zorgniveaus op De Wilgenhoek", "3 Basisondersteuning op onze school",
                  "4 Extra ondersteuning en arrangementen", "5 Verwijzing naar sbo of so", "6 Ouders",
                  "7 Groepsbesprekingen en leerlingbesprekingen", "8 Jaarplanning zorg", "9 Taakomschrijving intern begeleider"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze 212 leerlingen "
               "organiseren. Het plan wordt elk schooljaar door de intern begeleider en de directie bijgesteld en met "
               "het team besproken. Het is een uitwerking van ons schoolondersteuningsprofiel en van het "
               "ondersteuningsplan van het samenwerkingsverband Venen en Plassen, dat voor alle scholen in de regio "
               "geldt. De medezeggenschapsraad heeft het plan op 3 oktober 2025 besproken."),
         ("h1", "2 De zorgniveaus op De Wilgenhoek"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1: algemene zorg door de leerkracht in de groep. Niveau 2: "
               "extra zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3: speciale zorg na een "
               "leerlingbespreking met de intern begeleider. Niveau 4: speciale zorg na consultatie van externe "
               "deskundigen, zoals de consulent van het samenwerkingsverband. Niveau 5: verwijzing naar het speciaal "
               "(basis)onderwijs."),
         ("h1", "3 Basisondersteuning op onze school"),
         ("p", "Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Daarnaast "
               "hebben wij een leesspecialist, een gedragsspecialist en een plusklas op donderdagochtend voor "
               "groep 5 tot en met 8. Wij werken met het dyslexieprotocol en met Kanjertraining."),
         ("h1", "4 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer een leerling meer nodig heeft dan wij in de groep kunnen bieden, vraagt de intern begeleider "
               "na overleg met de ouders een arrangement aan bij het samenwerkingsverband. In schooljaar 2024-2025 "
               "hadden vier leerlingen een arrangement, onder meer voor begeleiding door een onderwijsassistent."),
         ("h1", "5 Verwijzing naar sbo of so"),
         ("p", "Als blijkt dat onze school niet kan bieden wat een kind nodig heeft, bespreken we met de ouders een "
               "aanvraag voor een toelaatbaarheidsverklaring. De intern begeleider stelt het groeidocument op en het "
               "schoolbestuur dient de aanvraag in bij het samenwerkingsverband. Het samenwerkingsverband besluit. "
               "Vorig schooljaar werden twee leerlingen verwezen naar het speciaal basisonderwijs."),
         ("h1", "6 Ouders"),
         ("p", "Ouders zijn onze partners. Bij zorgen over een kind nemen wij altijd contact op met de ouders, en ouders "
               "kunnen altijd een afspraak maken met de leerkracht of de intern begeleider. Informatie over de "
               "ondersteuning staat in de schoolgids. Voor onafhankelijk advies verwijzen wij naar het Ouder- en "
               "Jeugdsteunpunt van het samenwerkingsverband."),
         ("h1", "7 Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking, na de "
               "afname van de methode-onafhankelijke toetsen in oktober, februari en juni. In de groepsbespreking "
               "worden het groepsoverzicht en het groepsplan doorgenomen. Leerlingen die extra aandacht nodig hebben, "
               "worden daarna besproken in een leerlingbespreking. Van iedere bespreking wordt een verslag gemaakt "
               "in ParnasSys."),
         ("h1", "8 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"],
                    ["September", "Startgesprekken met ouders en kinderen; overdracht"],
                    ["Oktober", "Toetsweek; groepsbesprekingen ronde 1"],
                    ["November", "Leerlingbesprekingen; ondersteuningsteam"],
                    ["Januari/februari", "Toetsweek; groepsbesprekingen ronde 2; adviesgesprekken groep 8"],
                    ["Maart", "Ondersteuningsteam; evaluatie arrangementen"],
                    ["Juni", "Toetsweek; groepsbesprekingen ronde 3; overdrachtsgesprekken"]]),
         ("h1", "9 Taakomschrijving intern begeleider"),
         ("p", "De intern begeleider coördineert de leerlingenzorg, begeleidt leerkrachten bij het opstellen van "
               "groepsplannen, voert gesprekken met ouders, onderhoudt contacten met externe instanties en het "
               "samenwerkingsverband, en bewaakt de kwaliteit van de zorg. De intern begeleider werkt drie dagen "
               "per week en is lid van het managementteam."),
         ]
    return b


LABEL_NM = """documents: [po-obs-wilgenhoek-ondersteuningsplan-school.html]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "school-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, IB-taak, jaarplanning zorg); it refers to the SWV's plan but is not itself an SWV plan: no verband-wide basisondersteuning, verdeling, OOGO, OPR or planperiode"
"""

# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def to_docx(blocks, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "holdout292"
    cp.author = "holdout292"
    for kind, payload in blocks:
        if kind == "header":
            d.sections[0].header.paragraphs[0].text = payload
        elif kind == "title":
            d.add_heading(payload, level=0)
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "bullets":
            for it in payload:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for i, it in enumerate(payload, 1):
                d.add_paragraph(f"{it} {'.' * 10} {i + 2}")
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def to_markdown(blocks):
    out = []
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"# {payload}\n")
        elif kind == "h1":
            out.append(f"## {payload}\n")
        elif kind == "h2":
            out.append(f"### {payload}\n")
        elif kind == "p":
            out.append(payload + "\n")
        elif kind == "bullets":
            out.append("\n".join(f"- {x}" for x in payload) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(payload, 1)) + "\n")
        elif kind == "table":
            rows = ["| " + " | ".join(payload[0]) + " |", "|" + "---|" * len(payload[0])]
            rows += ["| " + " | ".join(r) + " |" for r in payload[1:]]
            out.append("\n".join(rows) + "\n")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(blocks, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>", "</head>", "<body>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(payload)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{esc(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(payload)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(payload)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in payload) + "</ul>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ol>' + "".join(f"<li>{esc(x)}</li>" for x in payload) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{esc(c)}</th>" for c in payload[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in payload[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def docx_to_pdf(blocks, pdf_path):
    with tempfile.TemporaryDirectory(prefix="holdout292_pdf_") as tmp:
        tmp = Path(tmp)
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))


def word_count(blocks):
    n = 0
    for kind, payload in blocks:
        if isinstance(payload, str):
            n += len(payload.split())
        elif kind == "table":
            n += sum(len(c.split()) for r in payload for c in r)
        else:
            n += sum(len(x.split()) for x in payload)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-lingedelta-ondersteuningsplan-2026-2030", "docx", plan1, LABEL1),
        ("po-kleine-kernen-ondersteuningsplan", "pdf", plan2, LABEL2),
        ("po-zuidoever-ondersteuningsplan", "md", plan3, LABEL3),
        ("vo-heuvelrand-oost-ondersteuningsplan", "pdf", plan4, LABEL4),
        ("po-venen-plassen-ondersteuningsplan", "docx", plan5, LABEL5),
        ("po-obs-wilgenhoek-ondersteuningsplan-school", "html", nearmiss, LABEL_NM),
    ]
    for stem, fmt, fn, label in jobs:
        blocks = fn()
        target = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            to_docx(blocks, target)
        elif fmt == "pdf":
            docx_to_pdf(blocks, target)
        elif fmt == "md":
            target.write_text(to_markdown(blocks), encoding="utf-8")
        elif fmt == "html":
            target.write_text(to_html(blocks, blocks[0][1]), encoding="utf-8")
        (OUT / f"{stem}.expected.yaml").write_text(label, encoding="utf-8")
        print(f"{target.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
