#!/usr/bin/env python3
"""Generate the holdout177 test set: five fictional ondersteuningsplannen (VO-heavy, south and east
of the Netherlands) and one near-miss document (a school's ondersteuningsprofiel).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import zipfile
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------------------------------------
# shared filler (must not address any core or advisory criterion by itself)
# ---------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste plan dat we volledig samen met de "
              f"schoolbesturen in {c['regio']} hebben geschreven. In de afgelopen maanden spraken we met "
              f"directeuren, {c['coord']}, gemeenten, jeugdhulpaanbieders en leden van de ondersteuningsplanraad. "
              f"Die gesprekken waren open en soms ook confronterend: passend onderwijs is in onze regio nog lang "
              f"niet af."),
        ("p", f"Wat ons bindt, is de overtuiging dat iedere {c['kind']} recht heeft op onderwijs dat past, zo dicht "
              f"mogelijk bij huis. Ouders, leraren en leerlingen merken elke dag wat dat betekent. Soms gaat het "
              f"goed en zien we mooie resultaten; soms duurt het te lang voordat een {c['kind']} de juiste plek "
              f"heeft. Dit plan laat zien welke keuzes we daarin maken en welke middelen we daarvoor inzetten."),
        ("p", f"Een plan is geen eindpunt. Wij nodigen iedereen uit om met ons mee te blijven denken, kritisch te "
              f"zijn en ons aan te spreken als het beter kan. Ik dank alle betrokkenen voor hun inzet en "
              f"betrokkenheid bij de totstandkoming van dit document."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def inleiding(c, extra=""):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Een samenwerkingsverband stelt ten minste eenmaal in de vier jaar een ondersteuningsplan vast. "
              f"Dit plan beschrijft voor de periode {c['periode']} hoe {c['kort']} zijn wettelijke taken uitvoert en "
              f"welke ambities de aangesloten besturen delen. Het plan is vastgesteld door het bestuur, na "
              f"instemming van de ondersteuningsplanraad en na op overeenstemming gericht overleg met de "
              f"gemeenten in ons gebied."),
        ("p", f"Het plan is zo opgebouwd dat het zowel door professionals als door ouders gelezen kan worden. "
              f"Waar mogelijk hebben we vaktaal vermeden; achter in het plan staat een begrippenlijst. De "
              f"hoofdstukken kunnen los van elkaar worden gelezen. {extra}"),
    ]


def terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", f"Het vorige ondersteuningsplan stond in het teken van 'de basis op orde'. In die periode is veel "
              f"geïnvesteerd in de samenwerking tussen scholen onderling en tussen scholen en het bureau van het "
              f"samenwerkingsverband. De coronaperiode heeft de uitvoering van een aantal voornemens vertraagd. "
              f"Scholen gaven aan dat de administratieve last rond aanvragen en verantwoording als zwaar werd "
              f"ervaren; daar hebben we in de tussentijd op ingegrepen door formulieren te vereenvoudigen."),
        ("p", f"In 2025 hebben we het plan met de schoolleiders en de ondersteuningsplanraad geëvalueerd in drie "
              f"bijeenkomsten. De evaluatie leverde vooral procesinzichten op: de rolverdeling tussen bureau en "
              f"scholen moet helderder, de communicatie met het veld kan korter en de lijnen met de gemeenten "
              f"moeten steviger. Deze lessen zijn verwerkt in de opbouw en de toon van dit nieuwe plan."),
    ]


def regio(c):
    gem = ", ".join(c['gemeenten'][:-1]) + " en " + c['gemeenten'][-1]
    return [
        ("h1", "Onze regio"),
        ("p", f"{c['naam']} (registratiecode {c['code']}) omvat de gemeenten {gem}. In het gebied wonen ongeveer "
              f"{c['inwoners']} inwoners. Het samenwerkingsverband telt {c['besturen']} aangesloten schoolbesturen "
              f"met samen {c['scholen']} en ruim {c['leerlingen']} leerlingen op de teldatum 1 oktober 2025."),
        ("p", f"De regio kent een krimpende jeugdpopulatie: naar verwachting daalt het aantal leerlingen de komende "
              f"vier jaar met zes tot acht procent. Dit heeft gevolgen voor de spreiding van het onderwijsaanbod en "
              f"voor de bekostiging van het samenwerkingsverband, die grotendeels op leerlingaantallen is "
              f"gebaseerd. De afstanden in het landelijke deel van de regio zijn groot en het openbaar vervoer is "
              f"beperkt, wat het leerlingenvervoer tot een terugkerend gespreksonderwerp met gemeenten maakt. "
              f"{c.get('regio_extra', '')}"),
    ]


def visie(c):
    return [
        ("h1", "Visie, missie en ambities"),
        ("p", f"Onze missie luidt: 'Samen zorgen we dat elke {c['kind']} in {c['regio']} zich op school kan "
              f"ontwikkelen en erbij hoort.' Daarbij gaan wij uit van de mogelijkheden van de {c['kind']} en niet van "
              f"beperkingen. Wij geloven dat inclusie een richting is en geen eindtoestand, en dat scholen die "
              f"richting alleen samen kunnen volgen."),
        ("p", "Vier kernwaarden geven richting aan ons handelen:"),
        ("ul", ["Nabijheid: ondersteuning zo dicht mogelijk bij de klas en bij huis.",
                "Vertrouwen: we gaan uit van de professionaliteit van scholen en leraren.",
                "Eenvoud: zo weinig mogelijk bureaucratie rond arrangementen en aanvragen.",
                "Samenwerking: onderwijs, jeugdhulp en gemeenten werken vanuit één plan rond een gezin."]),
        ("p", "Uit deze waarden volgen onze ambities voor de planperiode. We willen dat leraren zich toegerust "
              "voelen, dat ouders zich gehoord voelen en dat de middelen van het samenwerkingsverband zo direct "
              "mogelijk bij de leerling terechtkomen. Deze ambities zijn bewust breed geformuleerd; in de "
              "hoofdstukken hierna wordt zichtbaar wat ze in de praktijk betekenen."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['kort']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder, die "
              f"verantwoording aflegt aan een raad van toezicht. De raad van toezicht bestaat uit vijf leden, van "
              f"wie drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. De "
              f"schoolbesturen vormen samen de algemene vergadering, die het ondersteuningsplan, de begroting en "
              f"het jaarverslag bespreekt voordat deze worden vastgesteld."),
        ("p", "Met deze inrichting voldoen wij aan de eisen van scheiding van bestuur en toezicht. De raad van "
              "toezicht houdt toezicht op de koers, op de kwaliteit van de uitvoering en op de rechtmatige "
              "besteding van middelen. De raad hanteert de Code Goed Bestuur van de sectorraad en evalueert "
              "jaarlijks zijn eigen functioneren."),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {c['plaats']}. Het bureau ondersteunt de "
              f"directeur-bestuurder bij de uitvoering van de taken en is het aanspreekpunt voor scholen, "
              f"gemeenten en ketenpartners."),
    ]


def opr(c, samenstelling=True):
    s = [("h1", "Medezeggenschap en ondersteuningsplanraad")]
    if samenstelling:
        s.append(("p", f"De ondersteuningsplanraad (OPR) van {c['kort']} telt twaalf leden. De helft van de leden is "
                       f"personeelslid van een aangesloten school; de andere helft bestaat uit ouders en leerlingen. "
                       f"Zij worden afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft "
                       f"instemmingsrecht op het ondersteuningsplan en op tussentijdse wijzigingen daarvan."))
    else:
        s.append(("p", f"De ondersteuningsplanraad (OPR) van {c['kort']} heeft instemmingsrecht op het "
                       f"ondersteuningsplan en op tussentijdse wijzigingen daarvan. De leden worden afgevaardigd door "
                       f"de medezeggenschapsraden van de aangesloten scholen."))
    s.append(("p", f"De OPR vergadert zes keer per jaar met de directeur-bestuurder. Voor de totstandkoming van dit "
                   f"plan is een werkgroep uit de OPR ingesteld die drie conceptversies heeft gelezen en van "
                   f"commentaar voorzien. De OPR heeft op {c['opr_datum']} ingestemd met het plan. Daarnaast heeft "
                   f"{c['kort']} een eigen medezeggenschapsraad voor het personeel van het bureau."))
    return s


def oogo(c):
    return [
        ("h1", "Samenwerking met gemeenten"),
        ("p", f"Met de gemeenten {', '.join(c['gemeenten'])} voeren wij op overeenstemming gericht overleg (OOGO) "
              f"over dit ondersteuningsplan en over de jeugdplannen van de gemeenten. Het OOGO over het concept "
              f"van dit plan vond plaats op {c['oogo_datum']}. Vaste onderwerpen op de gezamenlijke agenda zijn de "
              f"aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, thuiszitters "
              f"en de overgangen in de schoolloopbaan."),
        ("p", "Op uitvoeringsniveau werken scholen samen met de jeugd- en gezinsteams van de gemeenten. Elke school "
              "heeft een vaste contactpersoon van het wijkteam, die aanschuift bij het ondersteuningsteam wanneer "
              "dat nodig is. Voor leerlingen die naast onderwijs ook zorg nodig hebben, maken school, "
              "samenwerkingsverband en gemeente afspraken over een onderwijs-zorgarrangement, waarbij de "
              "gemeente de jeugdhulp en het samenwerkingsverband de onderwijsondersteuning bekostigt."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en deskundigheid"),
        ("p", f"Het bureau van {c['kort']} heeft een formatie van {c['fte']} fte. Daaronder vallen de "
              f"directeur-bestuurder, een controller, beleidsmedewerkers, orthopedagogen, trajectbegeleiders en "
              f"een secretariaat. Een deel van de medewerkers is gedetacheerd vanuit de aangesloten besturen; dat "
              f"versterkt de verbinding met de praktijk, maar vraagt ook om heldere afspraken over aansturing."),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Vacatures voor intern begeleiders, "
              "gedragsspecialisten en orthopedagogen zijn moeilijk te vervullen. Wij investeren daarom in "
              "scholing en in netwerken waarin professionals van elkaar leren. Het jaarlijkse scholingsaanbod "
              "wordt in overleg met de scholen samengesteld en omvat onder meer trainingen in "
              "oplossingsgericht werken, omgaan met trauma en het voeren van lastige gesprekken."),
        ("p", "De effecten van dit plan op het personeel van de scholen zijn met de ondersteuningsplanraad "
              "besproken. Het plan leidt niet tot gedwongen ontslagen of overplaatsingen van personeel."),
    ]


def ict(c):
    return [
        ("h1", "ICT, privacy en gegevensverwerking"),
        ("p", f"{c['kort']} verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor "
              f"zover dat nodig is voor de uitvoering van zijn wettelijke taken. Wij doen dat volgens de Algemene "
              f"verordening gegevensbescherming. Ook de gegevens die wij verwerken bij aanvragen voor "
              f"arrangementen of een toelaatbaarheidsverklaring vallen onder dit beleid. Een functionaris "
              f"gegevensbescherming ziet toe op de naleving."),
        ("p", "Scholen en bureau wisselen gegevens uit via een beveiligde digitale omgeving. Gegevens worden niet "
              "langer bewaard dan wettelijk is toegestaan. In 2026 vervangen wij het huidige registratiesysteem; "
              "de aanbesteding daarvoor is in voorbereiding. Datalekken worden gemeld volgens het protocol "
              "datalekken van het samenwerkingsverband."),
    ]


def mbo(c):
    return [
        ("h1", "Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        ("p", "Een goede overstap van het voortgezet onderwijs naar mbo, hbo of werk is voor jongeren met een "
              "ondersteuningsbehoefte extra kwetsbaar. Samen met de mbo-instellingen in de regio organiseren we "
              "jaarlijks een overdrachtsmoment waarop decanen en ondersteuningscoördinatoren van vo en mbo "
              "leerlingen bespreken die extra aandacht nodig hebben bij de overstap."),
        ("p", "Het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt werken samen met werkgevers en het "
              "regionale werkbedrijf aan duurzame plaatsing op de arbeidsmarkt. Wij ondersteunen "
              "deze samenwerking, maar de uitvoering ligt bij de scholen en de gemeenten."),
    ]


def planning(c, rows):
    return [
        ("h1", "Planning van de planperiode"),
        ("p", "De onderstaande tabel geeft de belangrijkste mijlpalen weer. De jaarplannen werken de planning verder "
              "uit; de OPR wordt jaarlijks over de voortgang geïnformeerd."),
        ("table", [["Schooljaar", "Mijlpalen"]] + rows),
    ]


def vaststelling(c):
    return [
        ("h1", "Vaststelling"),
        ("p", f"Dit ondersteuningsplan is na instemming van de ondersteuningsplanraad op {c['opr_datum']} en na "
              f"afronding van het OOGO op {c['oogo_datum']} vastgesteld door de directeur-bestuurder op "
              f"{c['vast_datum']}, en vóór 1 mei 2026 toegezonden aan de Inspectie van het Onderwijs."),
    ]


def landelijk(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk opnieuw in beweging is. Na de "
              "evaluatie van passend onderwijs in 2020 heeft het ministerie een verbeteraanpak gestart met "
              "maatregelen op het gebied van bekostiging, zeggenschap en samenwerking tussen onderwijs en zorg. "
              "Ook wordt gewerkt aan een landelijke norm voor basisondersteuning en aan een wet die de positie "
              "van ouders en leerlingen versterkt. Op het moment van schrijven is niet van alle onderdelen "
              "duidelijk wanneer zij in werking treden."),
        ("p", "Daarnaast speelt de ambitie van inclusiever onderwijs, zoals vastgelegd in het VN-verdrag inzake "
              "de rechten van personen met een handicap. Het kabinet heeft aangegeven dat het speciaal onderwijs "
              "en het regulier onderwijs de komende jaren dichter bij elkaar moeten komen. Wat dit precies betekent "
              "voor de regio, is nog niet te overzien. Wij volgen deze ontwikkelingen nauwgezet via de sectorraad en "
              "het landelijk netwerk van samenwerkingsverbanden en passen dit plan zo nodig tussentijds aan, na "
              "instemming van de ondersteuningsplanraad."),
        ("p", "Ten slotte merken wij dat de druk op de jeugdhulp en de wachtlijsten in de geestelijke "
              "gezondheidszorg hun weerslag hebben op scholen. Leraren zien vaker leerlingen met complexe "
              "vragen, terwijl de hulp buiten school niet altijd op tijd beschikbaar is. Dat is geen vraagstuk "
              "dat het onderwijs alleen kan oplossen."),
    ]


def netwerken(c):
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", f"Een belangrijke kracht van {c['kort']} is het netwerk van professionals. Er zijn vaste netwerken "
              f"voor {c['coord']}, voor gedragsspecialisten en voor schoolleiders. De netwerken komen vier tot zes "
              f"keer per jaar bijeen en worden voorgezeten door iemand uit het veld; het bureau faciliteert. In de "
              f"netwerken worden casussen besproken, wordt nieuwe kennis gedeeld en worden voorstellen voor beleid "
              f"voorbereid."),
        ("p", "Jaarlijks organiseren wij een studiedag voor alle medewerkers van de aangesloten scholen, met "
              "workshops van eigen collega's en van externe sprekers. Onderwerpen van de afgelopen jaren waren "
              "onder meer executieve functies, angst en somberheid bij jongeren, meertaligheid en de samenwerking "
              "met ouders. De studiedag wordt hoog gewaardeerd en blijft daarom bestaan."),
        ("p", "Daarnaast stimuleren wij dat scholen bij elkaar in de keuken kijken. Leraren kunnen een dag "
              "meelopen op een andere school, ook in het speciaal onderwijs. Deze uitwisseling draagt bij aan "
              "wederzijds begrip en aan het verspreiden van goede praktijken in de regio."),
    ]


def jaarcyclus(c):
    return [
        ("h1", "Planning- en controlcyclus"),
        ("p", "Het ondersteuningsplan is het strategische kader voor vier jaar. Het wordt jaarlijks vertaald in "
              "een jaarplan met concrete activiteiten. De directeur-bestuurder legt het jaarplan in het voorjaar "
              "voor aan de raad van toezicht en bespreekt het met de ondersteuningsplanraad. In december volgt de "
              "begroting voor het kalenderjaar en in juni het jaarverslag over het voorgaande jaar."),
        ("p", "Tussentijds rapporteert het bureau aan de raad van toezicht over de voortgang van het jaarplan en "
              "over bijzonderheden in de uitvoering. De accountant controleert jaarlijks de jaarrekening. De "
              "documenten uit deze cyclus worden na vaststelling gepubliceerd."),
        ("p", "Wij willen de cyclus de komende jaren eenvoudiger maken. Nu worden veel documenten apart opgesteld "
              "en besproken, wat veel tijd kost van bureau, scholen en medezeggenschap. Het streven is om jaarplan "
              "en begroting in één document samen te brengen."),
    ]


def participatie(c):
    mv = {"kind": "kinderen", "leerling": "leerlingen", "jongere": "jongeren"}[c['kind']]
    return [
        ("h1", f"De stem van {mv}"),
        ("p", f"Passend onderwijs gaat over {mv}, maar te vaak wordt over hen gesproken in plaats van met "
              f"hen. Wij willen hun ervaringen een vaste plek geven in ons beleid. Daarom organiseren wij jaarlijks "
              f"een panelgesprek met een groep van ongeveer vijftien leerlingen uit verschillende scholen en "
              f"schooltypen. Zij vertellen wat hen helpt en wat hen in de weg zit."),
        ("p", "De opbrengst van de panelgesprekken verwerken wij in het jaarplan. Zo leidde het panel van 2025 tot "
              "aandacht voor de overgang tussen lessen en pauzes, die voor veel leerlingen onrustig is, en voor het "
              "gebruik van begrijpelijke taal in brieven en formulieren. Ook scholen gebruiken de uitkomsten in hun "
              "eigen leerlingenraden."),
    ]


def krimp(c):
    return [
        ("h1", "Onderwijs in een krimpende regio"),
        ("p", "De daling van het aantal leerlingen zet de komende jaren door. Voor kleine vestigingen op het "
              "platteland wordt het moeilijker om een volledig aanbod aan leerwegen en profielen in stand te houden. "
              "De besturen werken daarom aan een gezamenlijk spreidingsplan, waarin zij afspraken maken over "
              "welke opleidingen op welke locatie worden aangeboden. Het samenwerkingsverband is bij deze "
              "gesprekken toehoorder."),
        ("p", "Krimp heeft ook gevolgen voor het personeel. Besturen zoeken naar manieren om goede leraren voor de "
              "regio te behouden, bijvoorbeeld door gezamenlijke vervangingspools en door het delen van "
              "vakdocenten tussen scholen. Voor de bekostiging van het samenwerkingsverband betekent krimp dat de "
              "inkomsten dalen, terwijl de vraag naar ondersteuning niet afneemt. Dat vraagt om scherpe keuzes in "
              "de komende jaren, die in de jaarplannen worden gemaakt."),
        ("p", "Tegelijk biedt de regio kansen. De kleinschaligheid maakt dat scholen, gemeenten en "
              "maatschappelijke partners elkaar goed kennen. De lijnen zijn kort en er is veel bereidheid om "
              "samen op te trekken. Die kracht willen wij in deze planperiode benutten."),
    ]


def regeldruk(c):
    return [
        ("h1", "Minder regels, meer tijd voor de leerling"),
        ("p", "Scholen geven al jaren aan dat zij veel tijd kwijt zijn aan formulieren, verantwoordingen en "
              "overleggen. Die tijd gaat af van de tijd voor leerlingen. Wij nemen dat signaal serieus. In de "
              "afgelopen periode zijn het aanvraagformulier en het format voor het groeidocument al ingekort. In "
              "deze planperiode gaan wij verder: elk formulier en elk overleg van het samenwerkingsverband wordt "
              "tegen het licht gehouden met de vraag of het echt nodig is."),
        ("p", "Daarbij hanteren wij drie vuistregels. We vragen geen informatie op die al bij een andere partij "
              "bekend is. We organiseren geen overleg zonder duidelijk doel en besluit. En we leggen alleen "
              "vast wat later nodig is voor een besluit of voor de wettelijke verantwoording. Scholen kunnen "
              "overbodige regels melden bij het bureau; de directeur-bestuurder rapporteert jaarlijks aan de "
              "raad van toezicht welke regels zijn geschrapt."),
        ("p", "Minder regels betekent niet minder zorgvuldigheid. Waar wettelijke eisen gelden, bijvoorbeeld op "
              "het gebied van privacy en rechtmatigheid, blijven wij die vanzelfsprekend volgen."),
    ]


def povo(c):
    return [
        ("h1", "Samenwerking met het primair onderwijs"),
        ("p", "Het samenwerkingsverband werkt nauw samen met de samenwerkingsverbanden primair onderwijs in de "
              "regio. Twee keer per jaar overleggen de directeuren over gemeenschappelijke thema's, zoals de "
              "overdracht van leerlingen, de afstemming met gemeenten en de scholing van professionals. Over dit "
              "ondersteuningsplan is overleg gevoerd met het samenwerkingsverband primair onderwijs, waarvan "
              "het gebied overlapt met het onze."),
        ("p", "Basisscholen en vo-scholen gebruiken een gezamenlijke kalender en een digitaal overdrachtsdossier. "
              "In de praktijk gaat de overdracht van de meeste leerlingen soepel. Aandachtspunt blijft de warme "
              "overdracht van leerlingen over wie de basisschool zorgen heeft, maar die geen formele "
              "ondersteuning ontvingen."),
    ]


def begrippen(items, titel="Bijlage: Begrippenlijst"):
    return [("h1", titel), ("table", [["Begrip", "Omschrijving"]] + [list(i) for i in items])]


# ---------------------------------------------------------------------------------------------
# Plan 1: VO Maas en Heuvelland (Zuid-Limburg) - docx + pdf
# ---------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband VO Maas en Heuvelland", kort="SWV Maas en Heuvelland", code="VO 31-05",
             periode="2026-2030", regio="Zuid-Limburg", coord="ondersteuningscoördinatoren", kind="jongere",
             bestuurder="drs. M. Hermans-Lemmens", gemeenten=["Meerssen", "Valkenburg aan de Geul", "Gulpen-Wittem",
             "Eijsden-Margraten", "Vaals"], inwoners="98.000", besturen="zes", scholen="negentien vestigingen voor "
             "vo, pro en vso", leerlingen="11.400", plaats="Valkenburg", fte="14,6", opr_datum="17 maart 2026",
             oogo_datum="3 maart 2026", vast_datum="24 maart 2026",
             regio_extra="Een deel van de leerlingen uit het Heuvelland gaat naar school in Maastricht of in Aken; "
                         "met de buurverbanden hebben we daarover afspraken gemaakt.")
    b = []
    b.append(("title", "Ondersteuningsplan 2026-2030"))
    b.append(("sub", "Samenwerkingsverband VO Maas en Heuvelland (VO 31-05) – 'Samen sterk in het Heuvelland'"))
    b.append(("sub", "Met hoofdstukken over basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, "
                     "resultaten en ouders"))
    b.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Terugblik op de vorige planperiode",
                      "4 Onze regio", "5 Visie, missie en ambities", "6 Het ondersteuningsaanbod",
                      "7 Zorgplicht en sluitend netwerk", "8 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
                      "9 Geld en middelen", "10 Wat we willen bereiken", "11 Kwaliteitszorg",
                      "12 Communicatie", "13 Samenwerking met gemeenten", "14 Organisatie en governance",
                      "15 Medezeggenschap", "16 Personeel", "17 ICT en privacy", "18 Planning",
                      "Bijlage: Begrippenlijst (o.a. terugplaatsing, TLV, OJSP)"]))
    b += voorwoord(c)
    b += inleiding(c, "Een samenvatting voor ouders is als aparte folder verkrijgbaar.")
    b += terugblik(c)
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Het ondersteuningsaanbod"),
        ("p", "Ons aanbod is opgebouwd in vier niveaus die op elkaar aansluiten. Zo ontstaat één samenhangend "
              "geheel van voorzieningen binnen en tussen de scholen: wat een school niet zelf kan bieden, wordt "
              "aangevuld door een andere school, door een bovenschoolse voorziening of door het vso."),
        ("table", [["Niveau", "Wat", "Waar"],
                   ["1 Basisondersteuning", "Wat elke vestiging zonder aanvraag biedt", "Alle 19 vestigingen"],
                   ["2 Extra ondersteuning op school", "Arrangementen uit het schoolbudget, o.a. Plusklas, "
                    "trajectvoorziening, autismeklas", "Per vestiging, zie ondersteuningsprofiel"],
                   ["3 Bovenschools", "OPDC De Geulbrug (kortdurend, max. 26 weken), Rebound Heuvelland, "
                    "Taalcentrum ISK", "Valkenburg en Meerssen"],
                   ["4 Gespecialiseerd", "vso cluster 3 en 4, praktijkonderwijs", "Twee vso-scholen, één pro-school"]]),
        ("h2", "Niveau 1: basisondersteuning"),
        ("p", "De schoolbesturen hebben afgesproken dat iedere vestiging in ons samenwerkingsverband – van "
              "praktijkonderwijs tot gymnasium – ten minste het hieronder beschreven niveau van "
              "basisondersteuning biedt. Dit is een ondergrens voor alle vestigingen: een school mag meer "
              "bieden, maar niet minder. Ouders kunnen op elke vestiging het volgende verwachten:"),
        ("ul", ["een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die voor ouders "
                "rechtstreeks bereikbaar is;",
                "een mentor die minimaal één lesuur per week beschikbaar heeft voor mentorgesprekken;",
                "een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergrote opgaven en "
                "voorleessoftware bij toetsen;",
                "trainingen faalangstreductie en sociale vaardigheden, minimaal twee keer per schooljaar;",
                "een ondersteuningsteam (OT) met de jeugdarts, de schoolmaatschappelijk werker en de "
                "leerplichtambtenaar, dat ten minste zes keer per jaar bijeenkomt;",
                "een ontwikkelingsperspectiefplan (OPP) binnen zes weken na het vaststellen van een "
                "ondersteuningsbehoefte die de basis overstijgt;",
                "een protocol medisch handelen en een prikkelarme werk- of time-outplek."]),
        ("p", "De naleving bespreken we jaarlijks in het kwaliteitsgesprek met elke vestiging aan de hand van de "
              "kwaliteitskaart basisondersteuning. Voldoet een vestiging op een onderdeel niet, dan maakt het "
              "bestuur binnen drie maanden een verbeterplan en volgt een hercontrole door het bureau."),
        ("h2", "Niveau 2 en 3: extra en bovenschoolse ondersteuning"),
        ("p", "Extra ondersteuning op niveau 2 bekostigen scholen uit hun schoolbudget. Voor leerlingen die "
              "tijdelijk meer nodig hebben dan hun school kan bieden, is er OPDC De Geulbrug. Een plaatsing duurt "
              "maximaal 26 weken; de leerling blijft ingeschreven op de eigen school, die ook verantwoordelijk "
              "blijft voor de terugkeer. Het OPDC heeft 40 plaatsen. Rebound Heuvelland biedt korte "
              "time-outtrajecten van zes tot tien weken voor leerlingen met gedragsproblemen."),
        ("h1", "Zorgplicht en sluitend netwerk"),
        ("p", "Elke school heeft zorgplicht: bij aanmelding onderzoekt de school of zij de leerling kan bieden wat "
              "nodig is en zoekt zij, als dat niet lukt, samen met ouders een passende plek elders. Om te "
              "voorkomen dat jongeren tussen wal en schip vallen, werken wij met het Overleg Sluitende Aanpak. "
              "Daarin bespreken het samenwerkingsverband, de leerplichtambtenaren en de jeugdteams maandelijks "
              "iedere jongere die langer dan vier weken niet of nauwelijks naar school gaat."),
        ("p", "Lukt het niet binnen acht weken een passend aanbod te vinden, dan escaleert de trajectbegeleider "
              "naar de directeur-bestuurder, die de betrokken besturen aanspreekt en zo nodig een tijdelijke "
              "plaats op het OPDC of een maatwerktraject financiert. Eenmaal per jaar analyseren we op basis van "
              "deze casussen waar ons aanbod gaten vertoont. Zo bleek in 2025 een aanbod te ontbreken voor "
              "jongeren met een hoog cognitief niveau en ernstige angstklachten; daarvoor start in augustus 2026 "
              "een kleinschalige voorziening in Meerssen."),
        ("h1", "Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de toelaatbaarheidsverklaring "
              "(TLV) aan bij de Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP met "
              "ten minste twee geëvalueerde ondersteuningsperiodes, het onderwijskundig rapport en de zienswijze "
              "van ouders en leerling. De commissie wint het advies in van twee deskundigen: een orthopedagoog "
              "of GZ-psycholoog en, afhankelijk van de leerling, een jeugdarts, kinderpsychiater of "
              "maatschappelijk werker. Deze deskundigen zijn niet betrokken geweest bij de aanvraag en geven elk "
              "een eigen schriftelijk advies. De directeur-bestuurder beslist namens het bestuur binnen zes weken "
              "na ontvangst van de volledige aanvraag."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende criteria is voldaan:"),
        ("table", [["Criterium", "Toelichting"],
                   ["A. Ondersteuningsbehoefte overstijgt niveau 1 t/m 3",
                    "Blijkt uit het OPP: twee ondersteuningsperiodes op school en, waar passend, een OPDC-traject "
                    "hebben onvoldoende effect gehad."],
                   ["B. Behoefte aan een structureel kleine groep",
                    "De leerling heeft gedurende de hele schooldag een groep van maximaal 12 leerlingen nodig."],
                   ["C. Meerdere domeinen",
                    "De behoefte speelt op ten minste twee domeinen: leren, gedrag, communicatie, "
                    "lichamelijk/medisch."],
                   ["D. Samenhang met zorg",
                    "Bij cluster 4: er is aantoonbaar samenwerking met jeugdhulp gezocht."]]),
        ("p", "De TLV geldt in de regel voor twee schooljaren en eindigt op 31 juli. De bekostigingscategorie "
              "is laag, tenzij de deskundigen op grond van een lichamelijke beperking of langdurige ziekte "
              "(categorie midden) of meervoudige beperkingen (categorie hoog) anders adviseren. Ouders en "
              "school kunnen binnen zes weken bezwaar maken; wij zijn aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "Leerwegondersteuning en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteren wij de landelijke criteria. De basisschool meldt uiterlijk 1 februari "
              "via de PO-VO-overdracht aan welke leerlingen mogelijk in aanmerking komen. De ontvangende vo-school "
              "vraagt de aanwijzing lwoo of de TLV pro aan; de Commissie Toewijzing toetst aan de hand van het "
              "capaciteitenonderzoek en de leerachterstanden en beslist vóór 1 juni, zodat de leerling in "
              "augustus kan starten. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
        ("h2", "Van vso terug naar regulier onderwijs"),
        ("p", "Ons uitgangspunt is dat geen jongere langer in het vso verblijft dan nodig is. Terugkeer naar "
              "een reguliere school is alleen verantwoord wanneer de ontvangende school de ondersteuning kan "
              "bieden die in het OPP is beschreven en de jongere en ouders de overstap zien zitten. Na de overstap "
              "krijgt iedere teruggeplaatste jongere ten minste één schooljaar een overstaparrangement: "
              "begeleiding door een ambulant begeleider van de vso-school, twee uur per week, bekostigd door het "
              "samenwerkingsverband."),
        ("p", "Het stappenplan zelf – wie het initiatief neemt, op welke momenten de mogelijkheid van terugkeer "
              "wordt besproken en wie daarover beslist – werken wij in het eerste planjaar samen met de "
              "vso-scholen uit. Tot die tijd handelen de scholen in onderling overleg."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksbekostiging voor lichte en zware ondersteuning "
              "en voor lwoo en pro. Na aftrek van de verplichte afdracht voor het vso verdelen wij de middelen "
              "volgens het volgende verdeelmodel:"),
        ("ul", ["iedere vestiging ontvangt een vaste voet van € 40.000;",
                "daarnaast een bedrag van € 210 per leerling op de teldatum 1 oktober van het voorgaande jaar;",
                "lwoo-middelen gaan naar rato van het aantal leerlingen met een aanwijzing lwoo naar de besturen;",
                "het OPDC, Rebound en het overstaparrangement worden centraal bekostigd."]),
        ("p", "Meerjarenbegroting (bedragen × € 1.000):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "14.210", "13.980", "13.720", "13.510"],
                   ["Afdracht vso", "6.120", "6.050", "5.990", "5.940"],
                   ["Schoolbudgetten (vaste voet + per leerling)", "3.150", "3.090", "3.030", "2.980"],
                   ["Lwoo en pro naar besturen", "2.860", "2.820", "2.770", "2.730"],
                   ["OPDC, Rebound, overstaparrangement", "1.380", "1.380", "1.360", "1.340"],
                   ["Bureau en personeel", "690", "700", "710", "720"],
                   ["Resultaat", "10", "-60", "-140", "-200"]]),
        ("p", "De negatieve resultaten zijn bewust begroot: wij bouwen de reserve af tot een weerstandsvermogen "
              "van 10 procent van de baten. Besturen verantwoorden jaarlijks vóór 1 oktober in een vast format "
              "hoe zij hun schoolbudget hebben besteed."),
        ("h1", "Wat we willen bereiken"),
        ("p", "Voor jongeren die extra ondersteuning nodig hebben, streven wij in deze planperiode de volgende "
              "resultaten na:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Doel 2030"],
                   ["Aantal thuiszitters langer dan 3 maanden", "23", "minder dan 8"],
                   ["OPDC-leerlingen terug op eigen school binnen 26 weken", "71%", "85%"],
                   ["Deelnamepercentage vso", "3,9%", "3,5%"],
                   ["Leerlingen met OPP dat hun diploma of certificaat haalt", "78%", "85%"]]),
        ("h1", "Kwaliteitszorg"),
        ("p", "Wij volgen de resultaten met een dashboard dat het bureau elk kwartaal bijwerkt uit de "
              "registratie van aanvragen, OPDC-trajecten en leerplichtgegevens. Twee keer per jaar bespreken we "
              "de uitkomsten met de schoolleiders en de OPR. In het jaarverslag, dat vóór 1 juli verschijnt, "
              "rapporteren we over de beoogde en bereikte resultaten en de daaraan verbonden bestedingen. Om de "
              "twee jaar houden we een tevredenheidsonderzoek onder ouders en scholen."),
        ("h1", "Communicatie"),
        ("p", "Goede informatie is een voorwaarde voor vertrouwen. Wij informeren ouders over het "
              "ondersteuningsaanbod op drie manieren: via onze website, waarop per vestiging het "
              "ondersteuningsprofiel en de paragraaf ondersteuning uit de schoolgids staan; via de brochure "
              "'Ondersteuning in het vo', die alle ouders van groep 8-leerlingen in november ontvangen; en via een "
              "jaarlijkse informatieavond in januari in Valkenburg."),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het "
              "onafhankelijke Ouder- en Jeugdsteunpunt Heuvelland, telefonisch bereikbaar op werkdagen van 9.00 "
              "tot 12.00 uur. Daarnaast kunnen zij een beroep doen op de landelijke onderwijsconsulenten en een "
              "klacht voorleggen aan de Geschillencommissie passend onderwijs. Ouders en jongeren worden "
              "betrokken bij het opstellen van het OPP; jongeren hebben daarbij hoorrecht."),
        ("p", "Naar scholen communiceren wij via een maandelijkse nieuwsbrief en via het netwerk "
              "ondersteuningscoördinatoren."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + ict(c) + mbo(c)
    b += planning(c, [["2026-2027", "Stappenplan terugplaatsing vaststellen; start voorziening Meerssen"],
                      ["2027-2028", "Evaluatie verdeelmodel; tevredenheidsonderzoek"],
                      ["2028-2029", "Tussenevaluatie plan met OPR"],
                      ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b += vaststelling(c)
    b += begrippen([("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
                    ("TLV", "Toelaatbaarheidsverklaring voor vso of pro."),
                    ("Terugplaatsing", "Overstap van een leerling uit het vso naar het regulier vo."),
                    ("OJSP", "Ouder- en jeugdsteunpunt."),
                    ("OPDC", "Orthopedagogisch-didactisch centrum."),
                    ("Verdeelmodel", "De regels volgens welke de middelen worden verdeeld.")])
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 2: VO Dinkel en Regge (Twente) - docx only
# ---------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Stichting Passend Voortgezet Onderwijs Dinkel en Regge", kort="PVO Dinkel en Regge",
             code="VO 23-08", periode="2026-2030", regio="Noordoost-Twente", coord="zorgcoördinatoren",
             kind="leerling", bestuurder="J.H.M. Oude Vrielink", gemeenten=["Oldenzaal", "Losser", "Dinkelland",
             "Tubbergen"], inwoners="112.000", besturen="vijf", scholen="veertien vestigingen", leerlingen="8.900",
             plaats="Oldenzaal", fte="9,8", opr_datum="10 maart 2026", oogo_datum="19 februari 2026",
             vast_datum="31 maart 2026",
             regio_extra="Door de ligging aan de Duitse grens komen jaarlijks enkele tientallen leerlingen uit "
                         "Duitsland naar scholen in ons gebied.")
    b = []
    b.append(("title", "Ondersteuningsplan PVO Dinkel en Regge 2026-2030"))
    b.append(("sub", "Versie voor instemming OPR – maart 2026"))
    b.append(("toc", ["Voorwoord", "Inleiding en leeswijzer", "Onze regio", "Visie, missie en ambities",
                      "Terugblik", "Basisondersteuning", "Een dekkend aanbod", "Doorstroom en overgangen",
                      "Financieel beleid", "Kwaliteitszorg", "Ouders en leerlingen", "Samenwerking met gemeenten",
                      "Organisatie", "Medezeggenschap", "Personeel", "ICT", "Planning",
                      "Bijlage A Afkortingen", "Bijlage C Handboek Toewijzing (TLV vso, lwoo, pro)"]))
    b += voorwoord(c)
    b += inleiding(c, "Dit plan beschrijft het beleid op hoofdlijnen. De procedures voor toelaatbaarheid tot het "
                      "vso, de aanwijzing lwoo en de toelaatbaarheid tot het praktijkonderwijs zijn opgenomen in "
                      "het Handboek Toewijzing Dinkel en Regge (bijlage C), dat jaarlijks wordt geactualiseerd "
                      "en afzonderlijk wordt gepubliceerd.")
    b += regio(c)
    b += visie(c)
    b += terugblik(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in Dinkel en Regge het door alle besturen afgesproken niveau van "
              "ondersteuning dat iedere vestiging biedt, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is. Het is de ondergrens voor alle veertien vestigingen."),
        ("p", "Wij volgen het landelijke referentiekader. Basisondersteuning bestaat daarin uit vier aspecten: "
              "basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, "
              "een onderwijsondersteuningsstructuur en planmatig werken. Hoe iedere school deze aspecten invult, "
              "staat in het schoolondersteuningsprofiel dat elke school op haar eigen website publiceert."),
        ("h1", "Een dekkend aanbod"),
        ("p", "Het aanbod in onze regio is opgebouwd als een doorlopende lijn. Op iedere school is er "
              "basisondersteuning. Daarboven bieden de scholen zelf extra ondersteuning via arrangementen: "
              "de Tussenvoorziening in Losser voor leerlingen met autisme, de Trajectklas in Oldenzaal en de "
              "Schakelklas voor nieuwkomers in Tubbergen. Bovenschools is er het OPDC Twentepoort (24 plaatsen, "
              "trajecten van maximaal een half jaar) en in het verlengde daarvan het vso van De Twentse Zoom "
              "en het praktijkonderwijs in Oldenzaal. Zo kan een leerling steeds een stap terug of vooruit zetten "
              "zonder van systeem te wisselen."),
        ("p", "Een dekkend aanbod betekent ook dat er voor iedere leerling een plek is. Elke maand komt de "
              "Thuiszitterstafel bijeen: de leerplichtambtenaren, de trajectbegeleiders van het "
              "samenwerkingsverband en de jeugdconsulenten bespreken daar alle leerlingen die niet of gedeeltelijk "
              "naar school gaan. Voor elke leerling wordt een regisseur aangewezen en binnen vier weken een "
              "plan gemaakt. Als scholen er samen niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht "
              "en kan hij een school verzoeken een leerling tijdelijk te plaatsen, met extra middelen uit het "
              "solidariteitsfonds. Op 1 oktober 2025 stonden er 17 leerlingen op de lijst."),
        ("p", "Wanneer blijkt dat een groep leerlingen structureel geen passend aanbod vindt, onderzoekt het "
              "bureau samen met de besturen of een nieuwe voorziening nodig is. Zo is in 2025 besloten tot een "
              "kleinschalig aanbod voor hoogbegaafde leerlingen die vastlopen."),
        ("h1", "Doorstroom en overgangen"),
        ("h2", "Van po naar vo"),
        ("p", "Bij de overstap van de basisschool naar het voortgezet onderwijs melden ouders hun kind aan bij de "
              "school van hun keuze. De vo-school beslist over de toelating en over plaatsing in de brugklas. "
              "De basisscholen en vo-scholen in de regio gebruiken hiervoor een gezamenlijke kalender en een "
              "digitaal overdrachtsdossier."),
        ("h2", "Van vso naar regulier vo"),
        ("p", "Wij willen dat leerlingen in het vso, waar dat kan, de overstap maken naar een reguliere "
              "school in hun eigen omgeving. Een overstap is mogelijk wanneer de leerling gedurende ten minste "
              "een half jaar stabiel functioneert in een grotere groep en de ontvangende school in staat is de "
              "ondersteuning uit het OPP over te nemen."),
        ("p", "Het initiatief ligt bij de vso-school. Bij de jaarlijkse evaluatie van het OPP in maart bespreekt "
              "de vso-school met ouders en leerling of terugkeer haalbaar is. Is dat zo, dan organiseert de "
              "trajectbegeleider van het samenwerkingsverband binnen vier weken een overstapgesprek met de "
              "ontvangende school. Daarna volgt een proefperiode van acht weken waarin de leerling op beide "
              "scholen staat ingeschreven. Na zes weken evalueren alle betrokkenen; de ontvangende school neemt "
              "daarna het besluit over definitieve toelating en de TLV wordt beëindigd. Een tweede evaluatie "
              "volgt zes maanden na de overstap."),
        ("p", "Na de overstap ontvangt de ontvangende school een terugkeerarrangement van € 3.500 per leerling, "
              "waarmee zij bijvoorbeeld een coach of extra mentoruren bekostigt. In schooljaar 2024-2025 maakten "
              "14 leerlingen de overstap van vso naar regulier vo; 12 van hen zaten een jaar later nog op de "
              "nieuwe school."),
        ("h2", "Van vo naar mbo"),
        ("p", "Voor de overstap naar het mbo verwijzen wij naar het hoofdstuk over vervolgonderwijs."),
        ("h1", "Financieel beleid"),
        ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning als volgt. 85 procent "
              "gaat naar de schoolbesturen naar rato van het aantal leerlingen op de teldatum 1 oktober van het "
              "voorgaande jaar. De overige 15 procent vormt het solidariteitsfonds, waaruit arrangementen voor "
              "individuele leerlingen worden bekostigd. Een school kan een aanvraag doen als de kosten van een "
              "arrangement meer dan € 5.000 per schooljaar bedragen; de directeur-bestuurder beslist binnen vier "
              "weken. Lwoo- en pro-middelen worden doorgegeven aan de besturen met een lwoo- of pro-locatie, naar "
              "rato van het aantal leerlingen."),
        ("p", "De meerjarenbegroting 2026-2030 stellen wij na de bekendmaking van de definitieve rijksbekostiging "
              "in december als afzonderlijk document vast. De bedragen per post zijn daarom in dit plan nog p.m. "
              "Besturen verantwoorden de besteding in hun jaarverslag in een vaste paragraaf passend onderwijs."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Solidariteitsfonds", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["OPDC", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Kwaliteitszorg"),
        ("p", "Wij hebben voor deze planperiode de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("table", [["Doel", "Indicator", "Streefwaarde 2030"],
                   ["Minder thuiszitters", "Leerlingen > 4 weken zonder onderwijs op 1 oktober", "≤ 8"],
                   ["Meer leerlingen in het regulier onderwijs", "Deelnamepercentage vso", "≤ 3,2%"],
                   ["Succesvolle OPDC-trajecten", "Aandeel leerlingen dat binnen 6 maanden terugkeert", "≥ 80%"],
                   ["Tevreden ouders", "Gemiddeld rapportcijfer oudertevredenheid", "≥ 7,5"]]),
        ("p", "De voortgang meten we met de kwaliteitskalender: in oktober verzamelt het bureau de telgegevens, in "
              "januari worden de OPDC-trajecten geanalyseerd en in mei voeren we een ouderpeiling uit. De "
              "uitkomsten bespreken we in juni met de besturen en de OPR en we rapporteren erover in het "
              "jaarverslag. Als een indicator twee jaar achtereen achterblijft, wordt een verbeterplan opgesteld."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders vinden informatie over de ondersteuning op de scholen in de schoolgids en op onze website. "
              "Elk najaar organiseren wij samen met de basisscholen een informatieavond voor ouders van leerlingen "
              "in groep 8. Onze folder 'Passend onderwijs in Dinkel en Regge' is beschikbaar in het Nederlands, "
              "het Duits, het Turks en het Arabisch en wordt via de scholen en de jeugdteams verspreid."),
        ("p", "Het wettelijk verplichte ouder- en jeugdsteunpunt richten wij in zodra de wet daartoe in werking "
              "treedt. Over de vorm en bereikbaarheid informeren wij ouders te zijner tijd."),
        ("p", "Ouders en leerlingen zijn vertegenwoordigd in de OPR. Ouders zijn gesprekspartner bij het opstellen "
              "van het OPP van hun kind."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + netwerken(c) + ict(c) + mbo(c) + landelijk(c)
    b += jaarcyclus(c) + krimp(c)
    b += planning(c, [["2026-2027", "Meerjarenbegroting vaststellen; ouder- en jeugdsteunpunt voorbereiden"],
                      ["2027-2028", "Evaluatie Thuiszitterstafel; actualisatie Handboek Toewijzing"],
                      ["2028-2029", "Tussenevaluatie met OPR"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += vaststelling(c)
    b += begrippen([("TLV", "Toelaatbaarheidsverklaring"), ("lwoo", "Leerwegondersteunend onderwijs"),
                    ("pro", "Praktijkonderwijs"), ("OPDC", "Orthopedagogisch-didactisch centrum"),
                    ("CvT", "Commissie van Toelaatbaarheid: beslist over TLV's op advies van twee deskundigen"),
                    ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
                    ("OJSP", "Ouder- en jeugdsteunpunt")], titel="Bijlage A Afkortingen")
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 3: VO Berkel-Slinge (Achterhoek) - markdown
# ---------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband VO Berkel-Slinge", kort="SWV Berkel-Slinge", code="VO 25-11",
             periode="2026-2030", regio="de Oost-Achterhoek", coord="ondersteuningscoördinatoren", kind="jongere",
             bestuurder="A. Wentink", gemeenten=["Berkelland", "Oost Gelre", "Winterswijk", "Aalten"],
             inwoners="125.000", besturen="vier", scholen="elf vestigingen", leerlingen="7.600",
             plaats="Eibergen", fte="8,2", opr_datum="5 maart 2026", oogo_datum="12 februari 2026",
             vast_datum="26 maart 2026")
    b = []
    b.append(("title", "Ondersteuningsplan Samenwerkingsverband VO Berkel-Slinge 2026-2030"))
    b.append(("sub", "Webversie. De opgemaakte pdf-versie met bijlagen staat op onze website."))
    b.append(("toc", ["Voorwoord", "Inleiding", "Onze regio", "Visie", "Basisondersteuning: wat elke school biedt",
                      "Het ondersteuningscontinuüm", "Toelaatbaarheid vso, lwoo en pro",
                      "Geld: begroting 2026-2029", "Samen met ouders en jongeren", "Samenwerking met gemeenten",
                      "Organisatie", "Medezeggenschap", "Personeel", "ICT en privacy", "Aansluiting mbo",
                      "Planning", "Begrippen (o.a. resultaatafspraken, verdeelmodel, thuiszitter)"]))
    b += voorwoord(c)
    b[-2] = ("p", "Een plan is geen eindpunt. De examenresultaten van onze scholen liggen al jaren boven het "
                  "landelijk gemiddelde; die kwaliteit willen we ook voor jongeren met een ondersteuningsbehoefte "
                  "waarmaken. Ik dank alle betrokkenen voor hun inzet bij de totstandkoming van dit document.")
    b += inleiding(c)
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "De vier besturen hebben een gemeenschappelijk niveau van basisondersteuning vastgesteld. Dat niveau "
              "geldt voor alle elf vestigingen, inclusief het praktijkonderwijs en de havo/vwo-afdelingen. In de "
              "tabel staat per domein wat ouders en jongeren op elke vestiging kunnen verwachten."),
        ("table", [["Domein", "Op elke vestiging aanwezig"],
                   ["Leren", "Dyslexie- en dyscalculiebeleid met hulpmiddelen; huiswerkklas vier middagen per week"],
                   ["Sociaal-emotioneel", "Faalangsttraining; weerbaarheidstraining in leerjaar 1 en 2"],
                   ["Gedrag", "Time-outprotocol met opvangruimte en begeleider"],
                   ["Structuur", "Ondersteuningscoördinator, vertrouwenspersoon, ondersteuningsteam met "
                                 "jeugdverpleegkundige, tweewekelijks spreekuur schoolmaatschappelijk werk"],
                   ["Medisch", "Protocol medisch handelen; aangepast rooster bij ziekte"],
                   ["Planmatig werken", "OPP binnen zes weken, evaluatie twee keer per jaar met ouders"]]),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Boven op de basisondersteuning bieden scholen extra ondersteuning, bijvoorbeeld in de vorm van een "
              "Plusklas of een individueel arrangement. Voor jongeren die tijdelijk niet in een reguliere klas "
              "kunnen functioneren, is er het OPDC Het Kompas in Groenlo (30 plaatsen), met een reboundtraject "
              "van maximaal twaalf weken en een langer OPDC-traject van maximaal een jaar. Daarna volgen het "
              "praktijkonderwijs en het vso cluster 3 en 4 in Winterswijk en Eibergen. Een jongere kan zo van "
              "licht naar zwaar en terug bewegen binnen één regio."),
        ("p", "Een sluitende aanpak voor thuiszitters en jongeren zonder passende plek is een van de opdrachten "
              "voor de komende planperiode; een werkgroep met gemeenten brengt daarover eind 2026 een voorstel "
              "uit."),
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("p", "De procedure voor een toelaatbaarheidsverklaring (TLV) verloopt in vijf stappen:"),
        ("ol", ["Het ondersteuningsteam van de school bespreekt met ouders en jongere dat een aanvraag wordt "
                "voorbereid en stelt het groeidocument op.",
                "Het bevoegd gezag dient de aanvraag in bij het Loket Berkel-Slinge, met groeidocument, OPP en "
                "zienswijze van ouders.",
                "Twee deskundigen – een orthopedagoog of psycholoog en een tweede deskundige – geven ieder "
                "afzonderlijk schriftelijk advies.",
                "De Commissie van Toelaatbaarheid (CvT) besluit namens het bestuur binnen vier weken.",
                "Ouders ontvangen het besluit en de adviezen. Binnen zes weken kunnen zij bezwaar maken bij de "
                "adviescommissie bezwaarschriften van het samenwerkingsverband."]),
        ("p", "De criteria waarop de CvT toetst, zijn te vinden op www.swvberkelslinge.nl/toelaatbaarheid. De "
              "commissie weegt elke aanvraag zorgvuldig en kijkt naar het totaalbeeld van de jongere."),
        ("p", "Voor lwoo en pro doet de vo-school de aanvraag vóór 1 maart van het jaar van instroom; het Loket "
              "beslist binnen zes weken. Een TLV pro en een aanwijzing lwoo gelden voor de gehele schoolloopbaan."),
        ("h2", "Na de TLV: terug naar het regulier vo"),
        ("p", "Het samenwerkingsverband wil dat jongeren in het vso zo snel als verantwoord terugkeren naar het "
              "regulier voortgezet onderwijs of, als dat beter past, doorstromen naar het mbo. Terugkeer is aan de "
              "orde als de jongere de doelen uit het OPP grotendeels heeft behaald en een reguliere vestiging de "
              "resterende ondersteuning binnen de basis- of extra ondersteuning kan bieden."),
        ("p", "Uiterlijk op 1 februari van het laatste jaar van de TLV bespreekt de commissie van begeleiding van "
              "de vso-school met ouders en jongere of terugkeer mogelijk is. De vso-school meldt de jongere "
              "daarna aan bij het Loket, dat binnen drie weken een passende reguliere vestiging zoekt. De "
              "ontvangende school besluit over toelating. Vanaf de overstap begeleidt een ambulant begeleider van "
              "het vso de jongere en de mentor gedurende een half jaar; na drie maanden volgt een evaluatiegesprek. "
              "Lukt de overstap niet, dan kan de CvT een nieuwe TLV afgeven."),
        ("h1", "Geld: begroting 2026-2029"),
        ("p", "Hoe de middelen over de schoolbesturen worden verdeeld, wordt in 2026 opnieuw vastgesteld: het "
              "huidige verdeelmodel loopt op 1 augustus 2026 af en een voorstel voor een nieuw model volgt na "
              "overleg met de besturen. De begroting hieronder is gebaseerd op de huidige bekostiging."),
        ("table", [["Lasten (× € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso", "4.310", "4.260", "4.200", "4.150"],
                   ["Schoolbudgetten", "2.120", "2.080", "2.050", "2.010"],
                   ["Lwoo en pro", "1.940", "1.910", "1.880", "1.850"],
                   ["OPDC Het Kompas", "1.050", "1.050", "1.030", "1.010"],
                   ["Bureau", "540", "550", "560", "570"],
                   ["Totaal", "9.960", "9.850", "9.720", "9.590"]]),
        ("h1", "Samen met ouders en jongeren"),
        ("p", "Ouders en jongeren vinden op www.swvberkelslinge.nl per school de ondersteuning die de school biedt, "
              "de contactgegevens van de ondersteuningscoördinator en uitleg over arrangementen en de "
              "TLV-procedure. Nieuwe ouders ontvangen bij aanmelding de brochure 'Ondersteuning op het vo'. Twee "
              "keer per jaar houden we een inloopavond in Eibergen en Winterswijk."),
        ("p", "Wie er met de school of het samenwerkingsverband niet uitkomt, kan gratis en onafhankelijk advies "
              "krijgen bij het Ouder- en Jongerensteunpunt Achterhoek, dat wordt bekostigd door de "
              "samenwerkingsverbanden maar onafhankelijk werkt. Ook kunnen ouders de onderwijsconsulenten "
              "inschakelen of een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
    ]
    b += oogo(c) + governance(c) + jaarcyclus(c) + opr(c) + participatie(c) + personeel(c) + netwerken(c)
    b += ict(c) + mbo(c) + landelijk(c) + krimp(c) + regeldruk(c)
    b += planning(c, [["2026-2027", "Nieuw verdeelmodel; voorstel thuiszittersaanpak"],
                      ["2027-2028", "Opzet monitor passend onderwijs (nader uit te werken)"],
                      ["2028-2029", "Tussenevaluatie met OPR"],
                      ["2029-2030", "Voorbereiding nieuw plan"]])
    b += vaststelling(c)
    b += begrippen([("Resultaatafspraken", "Afspraken over wat het samenwerkingsverband wil bereiken."),
                    ("Verdeelmodel", "Regels voor het verdelen van de ondersteuningsmiddelen."),
                    ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
                    ("Terugplaatsing", "Overstap van vso naar regulier onderwijs.")], titel="Begrippen")
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 4: PO De Kempenbrug (Brabant) - docx + pdf
# ---------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Kempenbrug", kort="SWV De Kempenbrug",
             code="PO 30-12", periode="2026-2030", regio="de Kempen", coord="intern begeleiders", kind="kind",
             bestuurder="mr. P. van den Boomen", gemeenten=["Bladel", "Eersel", "Reusel-De Mierden", "Bergeijk"],
             inwoners="78.000", besturen="vier", scholen="37 basisscholen, één sbo-school en twee so-locaties",
             leerlingen="7.100", plaats="Eersel", fte="7,4", opr_datum="12 maart 2026",
             oogo_datum="26 februari 2026", vast_datum="30 maart 2026")
    b = []
    b.append(("title", "Ondersteuningsplan 2026-2030"))
    b.append(("sub", "Samenwerkingsverband Passend Primair Onderwijs De Kempenbrug (PO 30-12)"))
    b.append(("toc", ["Voorwoord", "Inleiding en leeswijzer", "Terugblik", "Onze regio", "Visie",
                      "Basisondersteuning", "Extra ondersteuning en arrangementen", "Geen kind buiten beeld",
                      "Toelaatbaarheid sbo en so", "Wat kost het en wie betaalt", "Monitoring",
                      "Communicatie", "Samenwerking met gemeenten", "Organisatie", "Medezeggenschap",
                      "Personeel", "ICT en privacy", "Planning",
                      "Begrippenlijst (o.a. terugplaatsing, OJSP, beoogde resultaten)"]))
    v = voorwoord(c)
    v[2] = ("p", "Wat ons bindt, is de overtuiging dat ieder kind recht heeft op onderwijs dat past, zo dicht "
                 "mogelijk bij huis. In gesprekken met directeuren en intern begeleiders kwam steeds terug dat "
                 "dit vraagt om tijd, vakmanschap en middelen. Dit plan laat zien welke keuzes we maken.")
    b += v
    b += inleiding(c)
    b += terugblik(c)
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "In De Kempenbrug is basisondersteuning het niveau dat alle 37 basisscholen ten minste bieden. De "
              "besturen hebben dit niveau samen vastgesteld in twaalf standaarden. Geen enkele school mag "
              "daaronder zakken; een kind heeft op iedere basisschool in de Kempen recht op:"),
        ("ol", ["een intern begeleider met ten minste één dag per week per 150 leerlingen;",
                "vroegtijdige signalering met een leerlingvolgsysteem en groepsbesprekingen drie keer per jaar;",
                "een dyslexieprotocol en een dyscalculieprotocol, inclusief doorverwijzing naar vergoede zorg;",
                "een aanbod voor kinderen die meer aankunnen, zoals verrijkingsmateriaal en een plusgroep;",
                "een programma voor sociaal-emotionele ontwikkeling in alle groepen;",
                "een anti-pestcoördinator en een pestprotocol;",
                "afspraken over medisch handelen;",
                "consultatie van een orthopedagoog van het samenwerkingsverband binnen drie weken;",
                "een ondersteuningsteam met jeugdverpleegkundige en jeugdconsulent;",
                "handelingsgericht werken met groepsplannen of een vergelijkbare werkwijze;",
                "een OPP voor ieder kind met een eigen leerlijn;",
                "een ontwikkelingsgerichte overdracht naar het vo."]),
        ("p", "Twee keer per planperiode voert het samenwerkingsverband bij elke school een audit basisondersteuning "
              "uit. Scholen die niet aan alle standaarden voldoen, krijgen begeleiding van een orthopedagoog en "
              "een hersteltermijn van een jaar."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Als een kind meer nodig heeft dan de basis, vraagt de school een arrangement aan. Er zijn drie "
              "routes: een schoolarrangement uit het eigen schoolbudget, een bovenschools arrangement zoals de "
              "Taalklas Eersel of de Kempenplusklas voor hoogbegaafde kinderen, en ten slotte plaatsing in de "
              "sbo-school De Wissel of op een so-locatie. Deze voorzieningen vormen samen één doorlopende lijn, "
              "waarbij het kind zo lang mogelijk in de eigen omgeving blijft."),
        ("h1", "Geen kind buiten beeld"),
        ("p", "Iedere school heeft zorgplicht. Kan een school een kind niet de ondersteuning bieden die het "
              "nodig heeft, dan zoekt de school samen met het samenwerkingsverband een plek die wel past. Elk "
              "kwartaal brengen de leerplichtambtenaren en het samenwerkingsverband in beeld welke kinderen "
              "thuiszitten of een vrijstelling hebben. Voor elk kind maakt een casusregisseur binnen zes weken "
              "een plan. Signaleert het samenwerkingsverband dat een bepaalde groep kinderen stelselmatig geen "
              "plek vindt, dan legt de directeur-bestuurder een voorstel voor een nieuwe voorziening voor aan het "
              "bestuur; zo is in 2024 de Kempenplusklas ontstaan."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "De aanvraag voor een toelaatbaarheidsverklaring (TLV) voor sbo of so wordt ingediend door het "
              "schoolbestuur van de school waar het kind staat ingeschreven, na een multidisciplinair overleg met "
              "ouders. De Commissie Toelaatbaarheid van het samenwerkingsverband beoordeelt de aanvraag op basis van "
              "het groeidocument en het advies van twee deskundigen: een orthopedagoog of psycholoog en een "
              "tweede deskundige die past bij de vraag van het kind. De commissie beslist binnen zes weken."),
        ("table", [["Voorziening", "Criteria voor toelaatbaarheid"],
                   ["sbo", "Het kind heeft een ontwikkelingsachterstand van meer dan 1,5 jaar op ten minste twee "
                           "vakgebieden óf een ondersteuningsbehoefte op werkhouding/gedrag, die ondanks een "
                           "arrangement van minimaal een half jaar niet in de basisschool kan worden geboden."],
                   ["so cluster 3", "Verstandelijke, lichamelijke of meervoudige beperking waardoor het kind "
                                    "structureel een aangepast curriculum en zorg in de klas nodig heeft."],
                   ["so cluster 4", "Ernstige gedrags- of psychiatrische problematiek waarbij intensieve "
                                    "samenwerking met jeugdhulp noodzakelijk is en sbo niet volstaat."]]),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so geldt voor twee schooljaren, in "
              "categorie laag, midden of hoog. Tegen het besluit is bezwaar mogelijk bij de Landelijke "
              "Bezwaaradviescommissie."),
        ("h1", "Wat kost het en wie betaalt"),
        ("p", "De middelen voor lichte ondersteuning verdelen wij via schoolbudgetten: € 95 per leerling en een "
              "vaste voet van € 8.000 per school. Bovenschoolse arrangementen worden aangevraagd bij het "
              "samenwerkingsverband en toegekend op basis van het groeidocument, met een maximum van € 12.000 per "
              "kind per jaar. Het sbo en so worden bekostigd via de wettelijke afdrachten."),
        ("table", [["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "8.420", "8.300", "8.190", "8.080"],
                   ["Afdracht so en sbo", "4.900", "4.880", "4.850", "4.830"],
                   ["Schoolbudgetten", "970", "960", "950", "940"],
                   ["Bovenschoolse arrangementen", "1.560", "1.530", "1.500", "1.470"],
                   ["Kempenplusklas en Taalklas", "450", "450", "440", "440"],
                   ["Bureau", "520", "530", "540", "550"]]),
        ("h1", "Monitoring"),
        ("p", "Wij volgen de ontwikkeling van passend onderwijs in de Kempen nauwgezet. Iedere maand registreert "
              "het bureau het aantal aanvragen, TLV's, arrangementen en thuiszitters. Elk jaar in oktober "
              "bespreekt het bestuur een monitorrapportage, die daarna met de OPR wordt gedeeld en in het "
              "jaarverslag wordt opgenomen. In schooljaar 2024-2025 was het deelnamepercentage sbo 1,9% en so "
              "1,4%; er waren 6 thuiszitters."),
        ("p", "De beoogde resultaten voor de planperiode formuleren we na de nulmeting in schooljaar 2026-2027 in "
              "het jaarplan."),
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband communiceert met de scholen via een tweewekelijkse digitale nieuwsbrief "
              "voor directeuren en intern begeleiders, via het IB-netwerk dat vijf keer per jaar bijeenkomt en via "
              "het intranet 'Kempenwijzer'. Nieuwe directeuren krijgen een introductiegesprek met de "
              "directeur-bestuurder."),
    ]
    b += oogo(c) + governance(c) + jaarcyclus(c) + opr(c, samenstelling=False) + participatie(c) + personeel(c)
    b += netwerken(c) + ict(c) + landelijk(c) + krimp(c) + regeldruk(c)
    b += planning(c, [["2026-2027", "Nulmeting; beoogde resultaten in jaarplan; beleid terug- en overplaatsing "
                                    "opstellen"],
                      ["2027-2028", "Audit basisondersteuning ronde 1"],
                      ["2028-2029", "Tussenevaluatie met OPR"],
                      ["2029-2030", "Audit ronde 2; nieuw plan"]])
    b += vaststelling(c)
    b += begrippen([("Terugplaatsing", "Overstap van een kind van sbo of so naar de basisschool."),
                    ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders."),
                    ("Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken."),
                    ("TLV", "Toelaatbaarheidsverklaring"), ("sbo", "Speciaal basisonderwijs")])
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 5: VO Oosterschelde-Bevelanden (Zeeland) - pdf only
# ---------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband VO Oosterschelde-Bevelanden", kort="SWV Oosterschelde-Bevelanden",
             code="VO 41-02", periode="2026-2030", regio="de Bevelanden", coord="zorgcoördinatoren", kind="leerling",
             bestuurder="drs. K. Verhulst", gemeenten=["Goes", "Kapelle", "Reimerswaal", "Borsele",
             "Noord-Beveland"], inwoners="116.000", besturen="drie", scholen="negen vestigingen", leerlingen="6.800",
             plaats="Goes", fte="6,1", opr_datum="3 maart 2026", oogo_datum="17 februari 2026",
             vast_datum="20 maart 2026")
    b = []
    b.append(("title", "Ondersteuningsplan 2026-2030 – op hoofdlijnen"))
    b.append(("sub", "Samenwerkingsverband VO Oosterschelde-Bevelanden (VO 41-02)"))
    b.append(("toc", ["Voorwoord", "Inleiding", "Terugblik", "Onze regio", "Visie",
                      "Ondersteuning op school (basisondersteuning)", "Toelaatbaarheid", "Terug naar het regulier vo",
                      "Beoogde resultaten", "Ouders", "Financiën", "Organisatie", "Medezeggenschap", "Personeel",
                      "ICT", "Aansluiting mbo", "Planning", "Afkortingenlijst"]))
    b += voorwoord(c)
    b += inleiding(c, "Dit plan beschrijft op hoofdlijnen wat wij willen bereiken; de uitwerking volgt in "
                      "jaarplannen en protocollen.")
    b += terugblik(c)
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Ondersteuning op school (basisondersteuning)"),
        ("p", "Wat scholen aan ondersteuning bieden, staat in de ondersteuningsprofielen die iedere school "
              "publiceert. Het samenwerkingsverband maakt in schooljaar 2026-2027 met de besturen afspraken over "
              "een gemeenschappelijk niveau van basisondersteuning. Tot die tijd blijven de bestaande profielen "
              "van kracht."),
        ("p", "Ook het thema thuiszitters staat hoog op de agenda van het bestuur."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan de volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft ten minste twee ondersteuningsperiodes met een OPP uitgevoerd en geëvalueerd, en "
                "de ondersteuningsbehoefte is daarmee niet beantwoord;",
                "de leerling heeft langdurig een onderwijsomgeving nodig met een groep van ten hoogste twaalf "
                "leerlingen en een vaste begeleider;",
                "er is sprake van ernstige beperkingen op het gebied van gedrag, leren of gezondheid, vastgesteld "
                "door een deskundige."]),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste 50 procent op ten minste twee domeinen, waarvan één begrijpend "
              "lezen of inzichtelijk rekenen. Voor lwoo geldt een IQ tussen 75 en 90 met een leerachterstand van "
              "25 tot 50 procent op ten minste twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand "
              "in combinatie met sociaal-emotionele problematiek."),
        ("p", "De aanvraagprocedure, de samenstelling van de commissie en de termijnen worden beschreven in het "
              "protocol toewijzing, dat na vaststelling van dit plan op de website wordt gepubliceerd. Ouders die "
              "het niet eens zijn met een besluit, kunnen bezwaar maken; het samenwerkingsverband is aangesloten "
              "bij de Landelijke Bezwaaradviescommissie."),
        ("h1", "Terug naar het regulier vo"),
        ("p", "Bij iedere jaarlijkse evaluatie van het OPP in het vso, uiterlijk op 1 maart, bespreekt de "
              "vso-school met ouders en leerling of een overstap naar het regulier vo mogelijk is. Het initiatief "
              "ligt bij de vso-school. Bij een positief advies meldt de vso-school de leerling aan bij een "
              "vo-school en wijst het samenwerkingsverband een trajectbegeleider aan. De vo-school besluit over "
              "toelating. Bij een overstap eindigt de TLV op de dag van inschrijving op de nieuwe school; drie "
              "maanden na de overstap evalueren vso-school, vo-school en trajectbegeleider het verloop."),
        ("p", "Welke ondersteuning de leerling na de overstap krijgt en onder welke voorwaarden, leggen we vast in "
              "het beleidskader terugplaatsing, dat in voorbereiding is."),
        ("h1", "Beoogde resultaten"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte willen wij aan het eind van de planperiode het "
              "volgende hebben bereikt:"),
        ("table", [["Resultaat", "Streefwaarde 2030"],
                   ["Vso-leerlingen die uitstromen volgens het uitstroomprofiel in hun OPP", "≥ 90%"],
                   ["Leerlingen met een OPP die zonder vertraging hun diploma halen", "≥ 75%"],
                   ["Praktijkonderwijsleerlingen met een baan of vervolgopleiding na een jaar", "≥ 80%"]]),
        ("p", "Hoe en wanneer wij de voortgang meten, leggen we vast zodra de regionale onderwijsmonitor Zeeland "
              "gereed is; die wordt in 2027 verwacht."),
        ("h1", "Ouders"),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod, wordt beschreven in het communicatieplan "
              "2026, dat nog volgt."),
        ("p", "Ouders die vastlopen in hun contact met school of samenwerkingsverband kunnen terecht bij het "
              "onafhankelijke Ouder- en Jeugdsteunpunt Zeeland in Middelburg, dat gratis advies geeft en ouders "
              "desgewenst begeleidt bij gesprekken. Daarnaast kunnen ouders de onderwijsconsulenten inschakelen "
              "en een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
        ("h1", "Financiën"),
        ("p", "Het verdeelmodel en de meerjarenbegroting worden jaarlijks door het bestuur vastgesteld in de "
              "begroting van het samenwerkingsverband en zijn te vinden op onze website."),
    ]
    b += governance(c) + jaarcyclus(c) + opr(c) + participatie(c) + personeel(c) + netwerken(c) + ict(c) + mbo(c)
    b += landelijk(c) + krimp(c) + regeldruk(c) + povo(c)
    b += planning(c, [["2026-2027", "Afspraken basisondersteuning; protocol toewijzing publiceren"],
                      ["2027-2028", "Beleidskader terugplaatsing; aansluiten op onderwijsmonitor"],
                      ["2028-2029", "Tussenevaluatie met OPR"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    b += [("h1", "Vaststelling"),
          ("p", f"Dit plan is vastgesteld door de directeur-bestuurder op {c['vast_datum']}, na instemming van de "
                f"OPR op {c['opr_datum']}, en vóór 1 mei 2026 aan de inspectie gezonden.")]
    b += begrippen([("Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."),
                    ("OOGO", "Op overeenstemming gericht overleg met gemeenten."),
                    ("OPDC", "Orthopedagogisch-didactisch centrum."),
                    ("Dekkend aanbod", "Een passend aanbod voor iedere leerling."),
                    ("Verdeelmodel", "Regels voor het verdelen van middelen."),
                    ("Reserve", "Eigen vermogen van het samenwerkingsverband.")], titel="Afkortingenlijst")
    return c, b


# ---------------------------------------------------------------------------------------------
# Near-miss: school ondersteuningsprofiel (VO school) - html
# ---------------------------------------------------------------------------------------------

def nearmiss():
    b = [
        ("title", "Schoolondersteuningsprofiel 2025-2026 – Scholengemeenschap De Dinkelhorst, Oldenzaal"),
        ("sub", "Vmbo (met lwoo), havo, vwo en praktijkonderwijsafdeling – lid van PVO Dinkel en Regge (VO 23-08)"),
        ("h1", "Inleiding"),
        ("p", "Iedere school stelt ten minste eens in de vier jaar een schoolondersteuningsprofiel vast. Hierin "
              "beschrijft De Dinkelhorst welke ondersteuning wij bieden. Het profiel is onderdeel van onze "
              "schoolgids en is besproken met de medezeggenschapsraad. Het ondersteuningsplan van het "
              "samenwerkingsverband is het kader waarbinnen wij werken."),
        ("h1", "Basisondersteuning op De Dinkelhorst"),
        ("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken: mentoraat, "
              "een ondersteuningscoördinator, dyslexiebegeleiding, faalangsttraining en een ondersteuningsteam. "
              "Daarnaast hebben wij een huiswerkklas en een rustruimte."),
        ("h1", "Extra ondersteuning"),
        ("p", "Leerlingen in de vmbo-basis- en kaderberoepsgerichte leerweg met een aanwijzing lwoo krijgen les in "
              "kleinere klassen en extra begeleiding. Voor leerlingen met autisme hebben wij een arrangement met "
              "een eigen coach. Als een leerling meer nodig heeft, kan de school een plaatsing op het OPDC "
              "Twentepoort aanvragen of een toelaatbaarheidsverklaring voor het vso bij het samenwerkingsverband."),
        ("h1", "Onze grenzen"),
        ("p", "Wij kunnen geen ondersteuning bieden aan leerlingen die continu één-op-één begeleiding nodig hebben "
              "of verpleegkundige zorg gedurende de hele schooldag. In dat geval zoeken wij samen met ouders een "
              "passende school; wij hebben zorgplicht."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn partner in de ondersteuning. Zij worden betrokken bij het opstellen van het OPP. Voor "
              "onafhankelijk advies kunnen ouders terecht bij de onderwijsconsulenten. Klachten behandelen wij "
              "volgens de klachtenregeling van ons bestuur."),
        ("h1", "Ambities"),
        ("p", "In de komende jaren willen wij een schakelklas voor nieuwkomers starten en meer expertise op het "
              "gebied van hoogbegaafdheid opbouwen. Onze resultaten bespreken wij jaarlijks met de MR."),
    ]
    # enlarge with a realistic practical section
    b += [
        ("h1", "Praktische informatie"),
        ("p", "Aanmelden voor het nieuwe schooljaar kan tot 15 maart. De ondersteuningscoördinator, mevrouw "
              "Nijhuis, is bereikbaar via de receptie. Leerlingen van de praktijkonderwijsafdeling volgen vanaf "
              "leerjaar 3 een stage bij bedrijven in Oldenzaal en omgeving."),
        ("table", [["Functie", "Beschikbaarheid"], ["Ondersteuningscoördinator", "4 dagen per week"],
                   ["Orthopedagoog (via SWV)", "1 dag per week"], ["Schoolmaatschappelijk werk", "wekelijks spreekuur"]]),
    ]
    return b


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path, header_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout177"
    cp.author = "holdout177"
    cp.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan – concept ter instemming – pagina"
    n1 = 0
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            doc.add_heading(blk[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(blk[1]).runs[0].italic = True
        elif kind == "toc":
            doc.add_page_break()
            doc.add_heading("Inhoudsopgave", level=1)
            for i, e in enumerate(blk[1]):
                doc.add_paragraph(f"{e} .......... {3 + (2 * i) // 3}")
            doc.add_page_break()
        elif kind == "h1":
            n1 += 1
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "ul":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for ci, val in enumerate(row):
                    t.cell(r, ci).text = val
            doc.add_paragraph("")
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_md(blocks, path):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(f"# {blk[1]}\n")
        elif kind == "sub":
            out.append(f"*{blk[1]}*\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out += [f"- {e}" for e in blk[1]]
            out.append("")
        elif kind == "h1":
            out.append(f"## {blk[1]}\n")
        elif kind == "h2":
            out.append(f"### {blk[1]}\n")
        elif kind == "p":
            out.append(blk[1] + "\n")
        elif kind == "ul":
            out += [f"- {it}" for it in blk[1]]
            out.append("")
        elif kind == "ol":
            out += [f"{i + 1}. {it}" for i, it in enumerate(blk[1])]
            out.append("")
        elif kind == "table":
            rows = blk[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
           "</head>", "<body>",
           '<nav><a href="#">Home</a> | <a href="#">Ondersteuning</a> | <a href="#">Ouders</a> | '
           '<a href="#">Samenwerkingsverband</a></nav>', "<main>"]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(f"<h1>{e(blk[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(blk[1])}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(blk[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(blk[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(blk[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in blk[1]) + f"</{kind}>")
        elif kind == "table":
            rows = blk[1]
            out.append("<table border=\"1\"><tr>" + "".join(f"<th>{e(h)}</th>" for h in rows[0]) + "</tr>" +
                       "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in rows[1:]) +
                       "</table>")
    out += ["</main>", "<footer>© Scholengemeenschap De Dinkelhorst – Passend onderwijs, toelaatbaarheid, "
                       "ondersteuningsplan SWV</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout177_lo_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for blk in blocks:
        if blk[0] in ("p", "h1", "h2", "title", "sub"):
            n += len(blk[1].split())
        elif blk[0] in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in blk[1])
        elif blk[0] == "table":
            n += sum(len(v.split()) for r in blk[1] for v in r)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    header = "Ondersteuningsplan 2026-2030 | basisondersteuning · toelaatbaarheid · terugplaatsing · financiën"
    plans = [("vo-maas-heuvelland-2026-2030", plan1, ["docx", "pdf"]),
             ("vo-dinkel-regge-op-2026", plan2, ["docx"]),
             ("vo-berkel-slinge-ondersteuningsplan", plan3, ["md"]),
             ("po-kempenbrug-2026-2030", plan4, ["docx", "pdf"]),
             ("vo-oosterschelde-bevelanden-op", plan5, ["pdf"])]
    for name, fn, fmts in plans:
        c, blocks = fn()
        print(name, words(blocks), "words")
        if "md" in fmts:
            write_md(blocks, OUT / f"{name}.md")
        if "docx" in fmts or "pdf" in fmts:
            if "docx" in fmts:
                dpath = OUT / f"{name}.docx"
                write_docx(blocks, dpath, header)
            else:
                tmpd = Path(tempfile.mkdtemp(prefix="holdout177_src_"))
                dpath = tmpd / f"{name}.docx"
                write_docx(blocks, dpath, header)
            if "pdf" in fmts:
                to_pdf(dpath, OUT / f"{name}.pdf")
            if "docx" not in fmts:
                shutil.rmtree(dpath.parent, ignore_errors=True)
    nm = nearmiss()
    write_html(nm, OUT / "vo-dinkelhorst-schoolondersteuningsprofiel.html", nm[0][1])
    print("nearmiss", words(nm), "words")


if __name__ == "__main__":
    main()
