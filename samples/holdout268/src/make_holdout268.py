#!/usr/bin/env python3
"""Generate holdout set 268: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------------------
# shared filler (no element content; passing mentions only)
# ---------------------------------------------------------------------------

def voorwoord(n):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {n['periode']} van {n['naam']}. Dit plan is het resultaat "
              f"van een lang en zorgvuldig traject waarin schoolbesturen, directeuren, intern begeleiders, "
              f"ouders, gemeenten en partners uit de jeugdhulp met ons hebben meegedacht. In bijeenkomsten op "
              f"scholen, in de regiotafels en in de ondersteuningsplanraad hebben we besproken wat goed gaat "
              f"en wat beter kan. Dat leverde veel op: energie, ideeën, maar ook kritische vragen."),
        ("p", "We kijken met trots terug op wat de afgelopen jaren is bereikt. Tegelijkertijd zien we dat de "
              "vraag naar ondersteuning verandert. Kinderen komen met complexere vragen de school binnen, het "
              "lerarentekort raakt ook onze scholen en de middelen staan onder druk. Het is daarom belangrijk "
              "dat we keuzes maken en die keuzes helder uitleggen aan iedereen die bij het onderwijs "
              "betrokken is."),
        ("p", f"Dit plan is geen eindpunt. Het is een kompas voor de komende vier jaar, dat we ieder jaar via "
              f"het jaarplan concreet maken. Ik dank iedereen die heeft bijgedragen, in het bijzonder de leden "
              f"van de ondersteuningsplanraad voor hun scherpe blik en hun betrokkenheid."),
        ("p", f"{n['directeur']}, directeur-bestuurder {n['kort']}"),
    ]


def inleiding_wettelijk(n, sector="po"):
    special = "speciaal basisonderwijs en speciaal onderwijs" if sector == "po" else \
        "voortgezet speciaal onderwijs, leerwegondersteunend onderwijs en praktijkonderwijs"
    back = "het basisonderwijs" if sector == "po" else "het voortgezet onderwijs"
    wet = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)"
    return [
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Waarom een ondersteuningsplan?"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
              f"De wet ({wet}) noemt een aantal onderwerpen die in het plan aan de orde moeten komen. "
              f"Kort samengevat gaat het om de basisondersteuning, de verdeling en besteding van de middelen, "
              f"de toelaatbaarheid tot het {special}, de terugplaatsing naar {back}, de beoogde en bereikte "
              f"resultaten en de informatie aan ouders. Waar u deze onderwerpen in dit plan terugvindt, leest "
              f"u in de leeswijzer."),
        ("p", "Het plan is opgesteld voor schoolbesturen, directies en teams, maar ook voor ouders en voor onze "
              "partners. We hebben geprobeerd het leesbaar te houden. Waar vaktaal onvermijdelijk is, verwijzen "
              "we naar de begrippenlijst achterin."),
        ("h2", "1.2 Totstandkoming"),
        ("p", f"Het concept is in het najaar van 2025 besproken met de schoolbesturen in de algemene "
              f"vergadering, met de directeuren in het directeurenoverleg en met de gemeenten "
              f"{n['gemeenten']} in het op overeenstemming gericht overleg (OOGO). Het overleg met het "
              f"aangrenzende samenwerkingsverband is gevoerd op {n['overleg_datum']}. De ondersteuningsplanraad "
              f"heeft op {n['opr_datum']} ingestemd met het plan. Het plan is daarna vastgesteld door het "
              f"bestuur en voor 1 mei toegezonden aan de Inspectie van het Onderwijs."),
        ("h2", "1.3 Leeswijzer"),
        ("p", "Na deze inleiding schetsen we in hoofdstuk 2 de context van ons samenwerkingsverband. Daarna "
              "volgen de visie en de inhoudelijke hoofdstukken. We sluiten af met de organisatie, de "
              "planning en de bijlagen. Iedere paragraaf begint met een korte samenvatting in een kader, "
              "zodat de lezer snel kan zien waar het over gaat."),
    ]


def context(n, percentages=True):
    blocks = [
        ("h1", "2 Ons samenwerkingsverband"),
        ("h2", "2.1 Regio en besturen"),
        ("p", f"{n['naam']} ({n['code']}) omvat de gemeenten {n['gemeenten']}. In het samenwerkingsverband "
              f"werken {n['besturen']} schoolbesturen samen. Zij zijn verantwoordelijk voor {n['scholen']} "
              f"scholen met in totaal ongeveer {n['leerlingen']} leerlingen. Het gebied kent zowel stedelijke "
              f"kernen als kleine dorpen met scholen van minder dan honderd leerlingen. Die verscheidenheid "
              f"vraagt om maatwerk in de manier waarop we samenwerken."),
        ("p", "De scholen verschillen in denominatie, grootte en onderwijsconcept. We kennen openbare, "
              "katholieke, protestants-christelijke en algemeen bijzondere scholen, een Daltonschool, twee "
              "Montessorischolen en een Jenaplanschool. Juist die diversiteit zien we als een kracht: "
              "scholen kunnen van elkaar leren en elkaar aanvullen."),
        ("h2", "2.2 Ontwikkeling van het leerlingenaantal"),
        ("p", "Het aantal leerlingen in de regio daalt licht. De prognoses van de gemeenten laten tot 2030 een "
              "verdere krimp zien van enkele procenten per jaar, met uitzondering van twee nieuwbouwwijken "
              "waar juist groei wordt verwacht. Dit heeft gevolgen voor de formatie van de scholen en "
              "daarmee ook voor de mogelijkheden om ondersteuning in de klas te organiseren."),
    ]
    if percentages:
        blocks += [("p", f"Het deelnamepercentage speciaal basisonderwijs lag op 1 oktober 2024 op "
                         f"{n['sbo_pct']}%, het deelnamepercentage speciaal onderwijs op {n['so_pct']}%. Beide "
                         f"liggen iets boven het landelijk gemiddelde.")]
    return blocks


def visie(n, ouders_bullet=True):
    bullets = ["Kansen en talenten van kinderen staan voorop, niet hun beperkingen.",
               "We werken handelingsgericht en oplossingsgericht.",
               "Ouders zijn partners; hun kennis van het kind is onmisbaar.",
               "We organiseren zo min mogelijk bureaucratie rond ondersteuning.",
               "We leren van elkaar en delen expertise tussen scholen."]
    if not ouders_bullet:
        bullets.pop(2)
    return [
        ("h1", "3 Visie, missie en ambities"),
        ("h2", "3.1 Missie"),
        ("p", f"{n['kort']} wil dat ieder kind in de regio onderwijs krijgt dat past bij wat het nodig heeft, "
              f"zo thuisnabij als mogelijk. We doen dat samen: schoolbesturen, scholen, ouders, gemeenten en "
              f"partners. Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waar zij zich "
              f"gezien en gehoord voelen."),
        ("h2", "3.2 Visie"),
        ("p", "Onze visie rust op drie pijlers. De eerste is vertrouwen: we gaan ervan uit dat professionals "
              "in de school het beste weten wat een kind nodig heeft, en we geven hen de ruimte om dat te "
              "doen. De tweede is eigenaarschap: schoolbesturen zijn samen verantwoordelijk voor een goede "
              "plek voor ieder kind. De derde is samenhang: onderwijs en jeugdhulp werken niet langs elkaar "
              "heen maar met elkaar."),
        ("ul", bullets),
        ("h2", "3.3 Ambities voor de planperiode"),
        ("p", "De komende jaren willen we de kwaliteit van het onderwijs aan kinderen met een "
              "ondersteuningsbehoefte verder versterken. We willen dat de schoolteams zich toegerust voelen, "
              "dat ondersteuning vaker in de eigen klas plaatsvindt en dat procedures eenvoudiger worden. "
              "Deze ambities zijn richtinggevend; in de jaarplannen maken we ze concreet."),
    ]


def governance(n, ouders_in_opr=True):
    opr_txt = (f"De ondersteuningsplanraad (OPR) bestaat uit {n['opr_leden']} leden: de helft ouders en de "
               f"helft personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten "
               f"scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert vijf keer per "
               f"jaar. Ouders in de OPR brengen het perspectief van gezinnen in; zij worden gevraagd mee te "
               f"denken over de toegankelijkheid van procedures.") if ouders_in_opr else \
              ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De raad "
               "stelt zijn eigen huishoudelijk reglement vast en vergadert volgens een jaarrooster.")
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Juridische structuur"),
        ("p", f"{n['naam']} is een stichting. Het bestuur is ingericht volgens het raad-van-toezichtmodel: "
              f"de directeur-bestuurder is belast met het bestuur, de raad van toezicht houdt toezicht. De "
              f"algemene vergadering van schoolbesturen stelt de begroting, het jaarverslag en het "
              f"ondersteuningsplan vast op voorstel van de directeur-bestuurder. De raad van toezicht bestaat "
              f"uit vijf leden, van wie er drie onafhankelijk zijn."),
        ("p", "De statuten bevatten een regeling voor geschillen tussen de aangesloten schoolbesturen. Bij "
              "geschillen over de uitvoering van de taken van het samenwerkingsverband kan een bestuur zich "
              "wenden tot de landelijke geschillencommissie passend onderwijs."),
        ("h2", "Medezeggenschap"),
        ("p", opr_txt),
        ("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel "
              "in dienst van de stichting. Deze raad adviseert over personele zaken en de werkorganisatie."),
        ("h2", "Werkorganisatie"),
        ("p", f"Het bureau van {n['kort']} telt ongeveer {n['fte']} fte, verdeeld over staf, "
              f"ondersteuningsadviseurs, orthopedagogen en secretariaat. Het bureau is gehuisvest in "
              f"{n['bureau']}. De werkorganisatie wordt aangestuurd door de directeur-bestuurder, "
              f"ondersteund door een managementteam van twee teamleiders."),
    ]


def oogo_full(n, sector="po"):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp raken elkaar voortdurend. {n['kort']} voert daarom niet alleen het "
              f"wettelijk verplichte OOGO over het ondersteuningsplan, maar werkt ook dagelijks samen met de "
              f"gemeenten {n['gemeenten']}. Gezamenlijke thema's zijn onder meer de aansluiting tussen "
              f"schoolondersteuning en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, "
              f"thuiszitters en de overgang naar het " + ("voortgezet onderwijs." if sector == "po" else "mbo.")),
        ("p", "Op iedere school is een vaste contactpersoon van het lokale jeugd- en gezinsteam beschikbaar. "
              "Deze contactpersoon schuift aan bij het ondersteuningsteam van de school als dat nodig is, zodat "
              "een gezin niet van loket naar loket hoeft. Waar onderwijs en zorg samen nodig zijn, kunnen "
              "school, gemeente en zorgaanbieder een onderwijs-zorgarrangement afspreken, waarbij ieder de "
              "eigen financiering inbrengt."),
        ("p", "Tweemaal per jaar vindt een bestuurlijk overleg plaats met de wethouders onderwijs en jeugd. "
              "Ambtelijk is er maandelijks contact. De afspraken uit het OOGO worden vastgelegd in een "
              "gezamenlijke agenda, die jaarlijks wordt geactualiseerd."),
    ]


def personeel(n, sector="po"):
    ib = "intern begeleiders" if sector == "po" else "ondersteuningscoördinatoren"
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de mensen in de school. Leraren, intern begeleiders en "
              "onderwijsassistenten moeten zich toegerust voelen om verschillen tussen kinderen op te vangen. "
              "Het lerarentekort maakt dit niet eenvoudiger: op sommige scholen staan onbevoegden voor de "
              "klas en is de intern begeleider ook groepsleerkracht."),
        ("p", f"{n['kort']} biedt daarom een scholingsaanbod voor {ib} en leraren. Jaarlijks "
              f"organiseren we een netwerk {ib} per subregio, een studiedag en een aantal "
              f"masterclasses over thema's als gedrag, executieve functies, trauma-sensitief lesgeven en "
              f"meertaligheid. Scholen kunnen daarnaast gebruikmaken van coaching op de werkvloer door de "
              f"ondersteuningsadviseurs."),
        ("ul", [f"netwerk {ib} (vijf bijeenkomsten per jaar);",
                "leergang gedrag in de klas voor leraren (acht bijeenkomsten);",
                "intervisie voor schoolleiders over passend onderwijs;",
                "een jaarlijkse regionale studiedag in het voorjaar."]),
        ("p", "De medewerkers van het bureau werken volgens een eigen professionaliseringsplan. Zij volgen "
              "registraties bij hun beroepsvereniging en nemen deel aan landelijke netwerken."),
    ]


def ict_privacy(n):
    return [
        ("h1", "Privacy, ICT en gegevensbeheer"),
        ("p", "Voor de uitvoering van onze taken verwerken wij persoonsgegevens van leerlingen, soms ook "
              "gegevens over gezondheid. Wij doen dat zorgvuldig en volgens de Algemene verordening "
              "gegevensbescherming. Het samenwerkingsverband heeft een functionaris gegevensbescherming en "
              "een privacyreglement dat door de OPR is besproken."),
        ("p", "Aanvragen en dossiers worden digitaal verwerkt in een beveiligde omgeving. Alleen medewerkers "
              "die het dossier nodig hebben voor hun taak hebben toegang. Gegevens worden niet langer bewaard "
              "dan de wettelijke termijnen toestaan. Scholen wisselen gegevens uit via een beveiligde "
              "verbinding; e-mail met bijlagen met leerlinggegevens is niet toegestaan."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. Dit systeem moet beter "
              "aansluiten op de leerlingvolgsystemen van de scholen, zodat gegevens niet dubbel hoeven te "
              "worden ingevoerd."),
    ]


def planning(n, extra=None):
    rows = [["Periode", "Activiteit", "Verantwoordelijk"],
            ["voorjaar 2026", "Vaststelling jaarplan 2026-2027", "directeur-bestuurder"],
            ["najaar 2026", "Implementatie nieuw registratiesysteem", "bureau"],
            ["2027", "Tussentijdse evaluatie ondersteuningsplan", "bestuur en OPR"],
            ["2028", "Herijking scholingsaanbod", "teamleider expertise"],
            ["najaar 2029", "Start voorbereiding nieuw ondersteuningsplan", "directeur-bestuurder"]]
    if extra:
        rows.extend(extra)
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan beslaat vier schooljaren. Iedere zomer stellen we een jaarplan op "
              "waarin we de ambities uit dit plan vertalen naar activiteiten. Het jaarplan wordt besproken "
              "in de algemene vergadering en ter informatie gedeeld met de OPR. De onderstaande tabel geeft "
              "de belangrijkste mijlpalen."),
        ("table", rows),
    ]


def extra_filler(n, sector="po"):
    nxt = "het voortgezet onderwijs" if sector == "po" else "het mbo"
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs is sinds 2014 van kracht. Na de evaluatie in 2020 heeft het kabinet een "
              "verbeteraanpak ingezet met maatregelen op het gebied van onder meer de bekostiging, de "
              "reserves van samenwerkingsverbanden, het toezicht en de positie van ouders en leerlingen. "
              "Enkele van deze maatregelen zijn inmiddels in wetgeving omgezet; andere zijn nog in "
              "voorbereiding. Wij volgen deze ontwikkelingen nauwgezet."),
        ("p", "Het wetsvoorstel versterking positie ouders en leerlingen verplicht ieder samenwerkingsverband "
              "op termijn tot het inrichten van een ouder- en jeugdsteunpunt en verplaatst de beschrijving "
              "van de ondersteuning van het schoolondersteuningsprofiel naar de schoolgids. Daarnaast werkt "
              "de minister aan een landelijke norm voor de basisondersteuning. Zodra de definitieve teksten "
              "bekend zijn, bekijken we wat dit betekent voor onze afspraken en passen we dit plan zo nodig "
              "aan via de jaarlijkse voortgangsparagraaf."),
        ("p", "Ook de ontwikkeling naar inclusiever onderwijs, zoals verwoord in de langetermijnvisie van het "
              "ministerie, vraagt om een reactie van de regio. Wij gaan hierover in de planperiode in gesprek "
              "met de besturen van het speciaal onderwijs en met de gemeenten."),
        ("h1", "Leerlingenvervoer en huisvesting"),
        ("p", "Het leerlingenvervoer is een verantwoordelijkheid van de gemeenten. Voor veel kinderen die een "
              "school buiten de eigen woonplaats bezoeken, is vervoer een voorwaarde om naar school te kunnen. "
              "Het samenwerkingsverband heeft geen zeggenschap over toekenning van vervoer, maar signaleert "
              "knelpunten, bijvoorbeeld lange reistijden of wisselende chauffeurs, bij de gemeente."),
        ("p", "Ook de huisvesting van scholen is een gemeentelijke taak. In het integraal huisvestingsplan "
              "van de gemeenten wordt rekening gehouden met ruimte voor kleine groepen, prikkelarme "
              "werkplekken en spreekkamers voor jeugdhulp in de school. Het samenwerkingsverband denkt mee "
              "bij nieuwbouw en renovatie."),
        ("h1", "Overgangen in de schoolloopbaan"),
        ("p", f"Iedere overgang is voor kinderen een kwetsbaar moment: van de voorschool naar de school, van "
              f"groep 8 naar {nxt}, maar ook de overstap tussen scholen bij een verhuizing. Scholen "
              f"gebruiken voor de overdracht het digitaal overdrachtsdossier. Het samenwerkingsverband "
              f"organiseert jaarlijks een overdrachtsmarkt waar scholen elkaar ontmoeten."),
        ("p", "Voor de overdracht gelden de regionale afspraken die de besturen met elkaar hebben gemaakt. "
              "De school van herkomst draagt de verantwoordelijkheid voor een volledige en tijdige "
              "overdracht; de ontvangende school neemt bij vragen contact op."),
        ("h1", "Bedrijfsvoering"),
        ("p", f"De bedrijfsvoering van {n['kort']} is ingericht op rechtmatigheid en doelmatigheid. De "
              f"financiële administratie is uitbesteed aan een administratiekantoor. Jaarlijks controleert "
              f"een externe accountant de jaarrekening. Het bureau hanteert een treasurystatuut en een "
              f"inkoopbeleid; opdrachten boven de aanbestedingsgrens worden openbaar aanbesteed."),
        ("p", "Bij de inkoop van diensten kijken we nadrukkelijk naar duurzaamheid en naar de kwaliteit van "
              "de dienstverlening. Overeenkomsten met externe partijen worden eens per drie jaar "
              "heroverwogen."),
    ]


def innovatie(n):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", f"{n['kort']} wil een lerende organisatie zijn. Daarom investeren we in kennisdeling tussen "
              f"scholen en in kleinschalige pilots. Scholen kunnen een voorstel indienen voor een pilot die "
              f"bijdraagt aan inclusiever onderwijs, bijvoorbeeld co-teaching, een prikkelarme leeromgeving "
              f"of het werken met digitale hulpmiddelen voor leerlingen met leesproblemen. Een kleine "
              f"werkgroep van directeuren beoordeelt de voorstellen."),
        ("p", "Pilots duren in de regel twee schooljaren. De opgedane kennis wordt gedeeld tijdens de "
              "regionale studiedag en op het digitale platform. Wij werken daarbij samen met een "
              "hogeschool en met een lectoraat inclusief onderwijs, dat studenten laat meekijken en "
              "praktijkonderzoek doet. Zo ontstaat een verbinding tussen de praktijk in de klas en nieuwe "
              "inzichten uit onderzoek."),
        ("p", "Tot slot nemen we deel aan landelijke netwerken van samenwerkingsverbanden en aan de "
              "regionale kennisagenda. Wat we daar leren, brengen we terug naar het directeurenoverleg en "
              "het netwerk van de ondersteuningsadviseurs."),
    ]


def arbeidsmarkt(n):
    return [
        ("h1", "Aansluiting onderwijs en arbeidsmarkt"),
        ("p", "Voor leerlingen in het praktijkonderwijs, het vso en de basisberoepsgerichte leerweg is de "
              "overgang naar vervolgonderwijs of werk een belangrijk moment. De scholen werken samen met het "
              "regionale mbo, het UWV, het werkgeversservicepunt en de gemeenten. Stages en "
              "leerwerktrajecten worden in de regio gezamenlijk georganiseerd, zodat leerlingen een brede "
              "keuze hebben."),
        ("p", "Voor jongeren in een kwetsbare positie maken de scholen afspraken over nazorg in het eerste jaar "
              "na het verlaten van de school. De gemeenten zijn verantwoordelijk voor de regionale aanpak "
              "voortijdig schoolverlaten; de scholen melden jongeren die dreigen uit te vallen bij het "
              "regionaal meld- en coördinatiepunt."),
        ("p", "Het samenwerkingsverband heeft in deze aansluiting vooral een verbindende rol. We brengen "
              "partijen bij elkaar, delen gegevens over uitstroom waar dat mag en agenderen knelpunten in het "
              "bestuurlijk overleg met de gemeenten."),
    ]


def begrippen(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Bezwaar", "Formele procedure tegen een besluit van het samenwerkingsverband."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat ieder kind een passende plek heeft."],
            ["Meerjarenbegroting", "Begroting van baten en lasten voor meerdere jaren."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "Overgang van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
            ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor het s(b)o of vso."]]
    rows.extend(extra)
    return [("h1", "Bijlage: Begrippenlijst en afkortingen"), ("table", rows)]


# ---------------------------------------------------------------------------
# Plan A: PO, docx
# ---------------------------------------------------------------------------
NA = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Linge en Dijk", kort="SWV Linge en Dijk",
          code="PO 29-41", periode="2026-2030", gemeenten="Dijkwaard, Lingerode en Oosterbemmel",
          besturen=11, scholen=58, leerlingen="11.400", overleg_datum="14 januari 2026",
          opr_datum="10 februari 2026", directeur="drs. M. van Ingen", sbo_pct="2,4", so_pct="1,9",
          opr_leden=12, fte=14, bureau="Dijkwaard")


def plan_a():
    n = NA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", n["naam"] + " (" + n["code"] + ")"),
         ("p", "Versie ter vaststelling, februari 2026"),
         ("toc", None)]
    b += voorwoord(n) + inleiding_wettelijk(n) + context(n, percentages=False) + visie(n)
    b += [
        ("h1", "4 Basisondersteuning"),
        ("p", "In ons samenwerkingsverband hebben alle schoolbesturen afgesproken welke ondersteuning iedere "
              "school, op iedere vestiging, ten minste biedt. Dit noemen we de basisondersteuning. Het is "
              "een ondergrens: geen enkele school mag daaronder zakken, en veel scholen bieden meer. Een "
              "ouder die zijn kind aanmeldt op welke school in Linge en Dijk dan ook, mag erop rekenen dat "
              "de onderstaande voorzieningen er zijn, zonder dat daarvoor een aanvraag bij het "
              "samenwerkingsverband nodig is."),
        ("h2", "4.1 Wat iedere school biedt"),
        ("ul", ["een intern begeleider met minimaal een halve dag per week per honderd leerlingen;",
                "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de ouders aan tafel "
                "als het om hun kind gaat;",
                "een dyslexie- en dyscalculieprotocol, met signalering vanaf groep 2;",
                "een aanbod voor kinderen die meer uitdaging nodig hebben (plusgroep of verrijking in de klas);",
                "een aanpak voor sociale veiligheid en een anti-pestprogramma;",
                "handelingsgericht werken met groepsbesprekingen drie keer per jaar;",
                "een ontwikkelingsperspectief (OPP) voor iedere leerling die afwijkt van het reguliere "
                "programma, opgesteld na overleg met de ouders;",
                "toegang tot de orthopedagoog van het samenwerkingsverband voor consultatie."]),
        ("h2", "4.2 Hoe wij de basisondersteuning borgen"),
        ("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Eens per twee "
              "jaar voert een ondersteuningsadviseur met de directie en de intern begeleider een "
              "kwaliteitsgesprek aan de hand van de kwaliteitskaart. Blijkt een school onder het afgesproken "
              "niveau te zitten, dan maken bestuur en samenwerkingsverband een verbeterafspraak met een "
              "termijn van uiterlijk een schooljaar."),
        ("h1", "5 Extra ondersteuning en het dekkend aanbod"),
        ("p", "Wanneer de basisondersteuning niet toereikend is, kan een school extra ondersteuning "
              "inzetten. In Linge en Dijk zien wij de ondersteuning als een doorlopende reeks die loopt van "
              "de basisondersteuning in de eigen klas, via arrangementen op de eigen school en in de regio, "
              "naar het speciaal basisonderwijs en het speciaal onderwijs."),
        ("table", [["Niveau", "Wat", "Waar"],
                   ["1. Basis", "Basisondersteuning volgens de afspraken in hoofdstuk 4", "Alle scholen"],
                   ["2. Extra in de school", "Schoolarrangement: extra handen, specifieke methodiek, "
                    "begeleiding door specialist", "Eigen school"],
                   ["3. Bovenschools", "Taalklas nieuwkomers, plusklas hoogbegaafden, "
                    "observatiegroep jonge kind", "Drie locaties in de regio"],
                   ["4. Speciaal", "Speciaal basisonderwijs (twee scholen), speciaal onderwijs cluster 3 "
                    "en 4 (drie locaties)", "Dijkwaard, Lingerode"]]),
        ("p", "Deze voorzieningen vormen samen ons aanbod. Scholen en voorzieningen werken met elkaar samen: "
              "specialisten uit het speciaal onderwijs geven consultatie en ambulante begeleiding op de "
              "basisscholen, en leerlingen van de observatiegroep stromen in overleg door naar de "
              "passende plek."),
        ("h2", "5.1 Witte vlekken"),
        ("p", "Wij weten dat ons aanbod niet voor ieder kind sluitend is. Welke groepen kinderen nu tussen "
              "wal en schip vallen, en wat we daaraan doen, brengen we in het eerste jaar van de planperiode "
              "in kaart. De uitkomsten en een aanpak voor kinderen die (dreigen) thuis (te) zitten volgen "
              "in het jaarplan 2027-2028."),
        ("h1", "6 Toelaatbaarheid en plaatsing"),
        ("p", "Voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs hanteert het "
              "samenwerkingsverband het Protocol Toelaatbaarheid, opgenomen als bijlage 5 bij dit plan. "
              "Dit protocol wordt jaarlijks geactualiseerd."),
        ("h1", "7 Van speciaal naar regulier"),
        ("p", "Een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is wat ons betreft "
              "nooit vanzelfsprekend voor de hele schoolloopbaan. Ons beleid is dat bij ieder kind in het "
              "s(b)o regelmatig wordt bekeken of een overstap naar een reguliere basisschool mogelijk is, "
              "en dat zo'n overstap wordt gemaakt wanneer het kind daar met ondersteuning goed kan "
              "functioneren. Terugkeer is geen doel op zich: het belang van het kind gaat voor."),
        ("p", "Voorwaarden voor een succesvolle overstap zijn volgens ons dat de ontvangende school vooraf "
              "kennismaakt met het kind, dat de leerkracht van de s(b)o-school een warme overdracht doet en "
              "dat er in het eerste jaar na de overstap een terugkeerarrangement beschikbaar is: een budget "
              "van maximaal € 4.500 waarmee de reguliere school begeleiding of extra handen kan inzetten. "
              "Ook blijft de s(b)o-school het eerste halfjaar beschikbaar voor consultatie."),
        ("p", "De concrete stappen, de rolverdeling tussen s(b)o-school, basisschool en samenwerkingsverband "
              "en de momenten waarop de mogelijkheid van terugkeer wordt besproken, worden in het schooljaar "
              "2026-2027 samen met de sbo- en so-scholen uitgewerkt in een werkwijzer."),
    ]
    b += [
        ("h1", "8 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
              "Een groot deel daarvan is bij voorbaat bestemd voor de bekostiging van leerlingen in het "
              "speciaal onderwijs en het speciaal basisonderwijs. Wat resteert, verdelen wij volgens "
              "vaste regels over de schoolbesturen en de voorzieningen van het samenwerkingsverband."),
        ("h2", "8.1 Zo verdelen we"),
        ("ul", ["Ieder schoolbestuur ontvangt een schoolbudget van € 135 per leerling (teldatum 1 oktober "
                "van het voorgaande jaar), aangevuld met een vaste voet van € 6.000 per school.",
                "Scholen met veel leerlingen met een laag opleidingsniveau van de ouders (CBS-indicator) "
                "ontvangen een opslag van € 40 per leerling boven de drempelwaarde.",
                "Bovenschoolse voorzieningen (taalklas, plusklas, observatiegroep) worden rechtstreeks door het "
                "samenwerkingsverband bekostigd.",
                "Arrangementen voor individuele leerlingen worden toegekend door de commissie arrangeren na "
                "een aanvraag van de school; de commissie besluit binnen vier weken."]),
        ("p", "Schoolbesturen verantwoorden jaarlijks in een korte rapportage waaraan het schoolbudget is "
              "besteed. Deze rapportages worden besproken in de algemene vergadering."),
        ("h2", "8.2 Meerjarenbegroting"),
        ("table", [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "9.860", "9.720", "9.610", "9.540"],
                   ["Afdracht sbo en so", "5.210", "5.180", "5.150", "5.120"],
                   ["Schoolbudgetten besturen", "1.890", "1.860", "1.840", "1.820"],
                   ["Bovenschoolse voorzieningen", "1.150", "1.150", "1.120", "1.100"],
                   ["Arrangementen en terugkeerarrangementen", "640", "620", "610", "600"],
                   ["Bureau en personeel", "930", "940", "950", "960"],
                   ["Saldo", "40", "-30", "-60", "-60"]]),
        ("p", "De reserve van het samenwerkingsverband bedraagt eind 2025 circa € 1,2 miljoen. Conform de "
              "afspraken uit de verbeteraanpak houden we niet meer aan dan de signaleringswaarde; de negatieve "
              "saldi vanaf 2027 worden uit de reserve gedekt."),
    ]
    b += governance(n) + oogo_full(n)
    b += [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. We communiceren met schoolbesturen, scholen, "
              "gemeenten, ouders en partners. Voor iedere doelgroep kiezen we de middelen die passen."),
        ("h2", "Communicatie met ouders"),
        ("p", "Ouders vinden op onze website een speciale ouderpagina met uitleg over de basisondersteuning, "
              "de arrangementen en de bovenschoolse voorzieningen, in eenvoudige taal en met korte filmpjes. "
              "Iedere school neemt in de schoolgids een vaste paragraaf op over wat de school biedt en hoe "
              "ouders bij de intern begeleider terechtkunnen. Twee keer per jaar organiseren we een "
              "ouderavond per subregio, en er is een folder 'Passend onderwijs in Linge en Dijk' die scholen "
              "bij het intakegesprek meegeven."),
        ("p", "Komen ouders en school er samen niet uit, of willen ouders onafhankelijk advies, dan kunnen zij "
              "contact opnemen met het Ouder- en Jeugdsteunpunt Rivierenland, dat los van scholen en "
              "samenwerkingsverband werkt. Ook kunnen ouders een onderwijsconsulent inschakelen; dit is "
              "kosteloos. Bij een klacht over het samenwerkingsverband geldt onze klachtenregeling, met "
              "beroep bij de landelijke klachtencommissie."),
        ("h2", "Interne communicatie"),
        ("p", "Scholen ontvangen vier keer per jaar een nieuwsbrief. Intern begeleiders hebben toegang tot een "
              "digitaal platform met documenten, formulieren en kennisbank. Bestuurders worden geïnformeerd "
              "via de algemene vergadering. De resultaten van de jaarlijkse tevredenheidspeiling onder "
              "scholen worden gedeeld in de nieuwsbrief."),
    ]
    b += personeel(n) + extra_filler(n) + innovatie(n) + ict_privacy(n) + planning(n)
    b += begrippen()
    return b


A_LABEL = dict(
    documents=["po-lingedijk-2026.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
                        "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4: agreed minimum per vestiging plus concrete list; 4.2 kwaliteitskaart/verbeterafspraak.",
           "plaatsing": "H6 only refers to Protocol Toelaatbaarheid 'bijlage 5', which is not in the document; TLV only in begrippenlijst.",
           "terugstroom": "H7 'Van speciaal naar regulier' gives policy, conditions and terugkeerarrangement; steps/roles deferred to a werkwijzer in 2026-2027.",
           "financien": "H8 'Geld en middelen': verdeelregels (EUR 135/ll, vaste voet) and meerjarenbegroting table; reserve paragraph.",
           "dekkend-aanbod": "H5 table of niveaus 1-4 = continuum; 5.1 'Witte vlekken' defers gaps/thuiszitters to jaarplan 2027-2028.",
           "resultaten": "No intended results or monitoring; 'resultaten' only in passing (wet summary, tevredenheidspeiling).",
           "ouders": "Content sits in 'Communicatie' chapter: ouderpagina/schoolgids/folder and Ouder- en Jeugdsteunpunt/onderwijsconsulent."},
)


# ---------------------------------------------------------------------------
# Plan B: PO, docx
# ---------------------------------------------------------------------------
NB = dict(naam="Stichting Samenwerkingsverband Kempenrand PO", kort="Kempenrand PO", code="PO 31-17",
          periode="2026-2030", gemeenten="Heezenrode, Bergveld, Lierop-Oost en Zandhoven", besturen=9,
          scholen=44, leerlingen="8.900", overleg_datum="3 december 2025", opr_datum="27 januari 2026",
          directeur="J.A. Rutten", sbo_pct="2,1", so_pct="1,6", opr_leden=10, fte=11, bureau="Bergveld")


def plan_b():
    n = NB
    b = [("title", "Samen passend. Ondersteuningsplan Kempenrand PO 2026-2030"),
         ("p", n["naam"]), ("toc", None)]
    b += voorwoord(n) + inleiding_wettelijk(n) + context(n) + visie(n, ouders_bullet=False)
    b += [
        ("h1", "4 Terugblik 2022-2026"),
        ("p", "In de vorige planperiode hebben we ingezet op het versterken van de basisondersteuning en het "
              "terugdringen van het aantal aanvragen voor het speciaal basisonderwijs. Het aantal leerlingen "
              "in het sbo daalde van 212 op 1 oktober 2021 naar 188 op 1 oktober 2025. Het aantal "
              "thuiszitters bleef schommelen tussen vier en negen."),
        ("p", "Uit de evaluatie met de OPR bleek dat procedures als ingewikkeld worden ervaren en dat "
              "scholen behoefte hebben aan meer nabije expertise. Beide punten nemen we mee in dit plan."),
        ("h1", "5 Basisondersteuning"),
        ("p", "De basisondersteuning is het door alle besturen van Kempenrand PO vastgestelde minimum aan "
              "ondersteuning dat op iedere vestiging van iedere aangesloten school beschikbaar is. Het niveau "
              "is voor alle scholen gelijk; scholen mogen erboven zitten, niet eronder. De algemene "
              "vergadering heeft dit niveau op 12 juni 2025 opnieuw bevestigd."),
        ("p", "Welke voorzieningen, interventies en deskundigheid precies tot de basisondersteuning behoren, "
              "is uitgewerkt in de Kwaliteitskaart Basisondersteuning Kempenrand (bijlage 2). Scholen "
              "verwerken deze kaart in hun schoolondersteuningsprofiel."),
        ("p", "Iedere twee jaar bezoekt een auditteam van twee intern begeleiders van andere scholen de school "
              "en toetst aan de kwaliteitskaart. Het verslag gaat naar het bevoegd gezag en naar het "
              "samenwerkingsverband."),
        ("h1", "6 Van basis naar speciaal: ons aanbod"),
        ("p", "Kempenrand PO kent een aanbod dat opklimt in intensiteit. Na de basisondersteuning volgen "
              "schoolarrangementen, waarbij de school met middelen van het samenwerkingsverband extra "
              "begeleiding inzet. Daarna volgen de regionale voorzieningen: de Kempenklas voor leerlingen "
              "met gedragsvragen (twee locaties, maximaal veertien leerlingen per groep), de "
              "Taalbrug voor nieuwkomers en de Plusacademie voor hoogbegaafde leerlingen op een dag per week. "
              "Het sbo De Zandloper en de so-scholen De Horizon (cluster 4) en Het Anker (cluster 3) vormen "
              "het speciale deel van het aanbod."),
        ("p", "Alle voorzieningen werken met een gezamenlijk overdrachtsformulier en een vaste "
              "contactpersoon, zodat de overstap van de ene naar de andere voorziening soepel verloopt."),
        ("h2", "6.1 Als er (nog) geen plek is"),
        ("p", "Het samenwerkingsverband houdt een actueel overzicht bij van alle kinderen die langer dan vier "
              "weken niet of gedeeltelijk naar school gaan. Dit overzicht wordt iedere maand besproken met "
              "leerplicht. Voor ieder kind wordt binnen tien schooldagen een casusregisseur aangewezen; deze "
              "organiseert een overleg met ouders, school, leerplicht en zo nodig jeugdhulp en legt een "
              "plan met datum vast. Lukt het niet om binnen zes weken een passende plek te vinden, dan "
              "beslist de directeur-bestuurder (doorzettingsmacht) welke school het kind tijdelijk opvangt. "
              "Elk half jaar analyseren we welke vragen het bestaande aanbod niet beantwoordt; deze analyse "
              "leidde eerder tot de oprichting van de Kempenklas."),
        ("h1", "7 Toelaatbaarheid"),
        ("h2", "7.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring voor het sbo of so wordt aangevraagd door het bevoegd gezag van "
              "de school waar het kind staat ingeschreven, of - bij een kind zonder school - door de school "
              "waar het is aangemeld. De aanvraag gaat digitaal naar het Loket Toelaatbaarheid en bevat "
              "het ontwikkelingsperspectief, een verslag van het laatste overleg met ouders en de "
              "handelingsplannen van het afgelopen jaar."),
        ("ol", ["Stap 1: het loket controleert binnen vijf werkdagen of de aanvraag compleet is.",
                "Stap 2: twee deskundigen - een orthopedagoog en, afhankelijk van het kind, een "
                "kinderpsycholoog, maatschappelijk werker of arts - geven elk afzonderlijk een schriftelijk "
                "advies. Geen van beiden was betrokken bij de aanvraag.",
                "Stap 3: de Commissie Toelaatbaarheid bespreekt de aanvraag en de adviezen.",
                "Stap 4: de directeur-bestuurder neemt binnen zes weken na ontvangst van de complete "
                "aanvraag een besluit en stuurt dit aan school en ouders."]),
        ("p", "Een TLV geldt in de regel voor twee schooljaren; voor het so wordt daarnaast de "
              "bekostigingscategorie (laag, midden of hoog) vermeld. Ouders en school kunnen binnen zes "
              "weken bezwaar maken. Het samenwerkingsverband vraagt dan advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "7.2 Wanneer is een kind toelaatbaar?"),
        ("p", "De criteria waarop de Commissie Toelaatbaarheid haar oordeel baseert, worden in de loop van "
              "2026 herijkt samen met de sbo- en so-scholen. Tot het nieuwe afwegingskader is vastgesteld, "
              "weegt de commissie iedere aanvraag op haar eigen merites."),
        ("h2", "7.3 Terug naar de basisschool"),
        ("p", "Kempenrand PO wil dat kinderen niet langer dan nodig in het speciaal (basis)onderwijs "
              "verblijven. Ons uitgangspunt is dat een kind terugkeert naar een reguliere basisschool "
              "wanneer zijn ontwikkelingsperspectief laat zien dat het daar met een arrangement verder kan. "
              "We vragen van basisscholen dat zij een terugkerend kind met voorrang plaatsen, en we "
              "bekostigen in het eerste jaar een begeleider die een dag per week op de nieuwe school "
              "aanwezig is."),
        ("p", "In het laatste jaar van iedere TLV bespreekt de sbo- of so-school uiterlijk in januari met "
              "ouders of terugplaatsing mogelijk is. De school nodigt daarvoor de beoogde basisschool en de "
              "ondersteuningsadviseur uit. Adviseert dit overleg terugplaatsing, dan maakt de s(b)o-school "
              "een overstapplan met een startdatum, meestal 1 augustus. Is verlenging nodig, dan vraagt de "
              "s(b)o-school uiterlijk 1 maart een nieuwe TLV aan; anders eindigt de TLV op de einddatum. "
              "Zes weken en een half jaar na de overstap evalueren de beide scholen met ouders hoe het gaat."),
    ]
    b += [
        ("h1", "8 Financiën"),
        ("h2", "8.1 Verdeling"),
        ("p", "Na aftrek van de verplichte afdrachten voor sbo en so verdelen wij de ondersteuningsmiddelen "
              "als volgt. Ieder schoolbestuur ontvangt € 118 per leerling voor schoolarrangementen. De "
              "regionale voorzieningen ontvangen een vast budget op basis van het aantal plaatsen "
              "(€ 14.200 per plaats per jaar). Voor individuele arrangementen boven € 5.000 dient de school "
              "een aanvraag in bij het samenwerkingsverband; de ondersteuningsadviseur toetst de aanvraag aan "
              "drie voorwaarden: er is een OPP, de basisondersteuning is aantoonbaar ingezet en ouders zijn "
              "betrokken."),
        ("h2", "8.2 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2029 wordt in december 2025 door de algemene vergadering "
              "vastgesteld en na vaststelling aan dit plan toegevoegd."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolarrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Regionale voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "9 Wat willen we bereiken en hoe weten we of het werkt?"),
        ("p", "Voor kinderen met een ondersteuningsbehoefte hebben we voor deze planperiode vier "
              "uitkomsten geformuleerd. Bij iedere uitkomst hoort een meetpunt."),
        ("table", [["Uitkomst voor kinderen", "Meetpunt", "Streefwaarde 2030"],
                   ["Kinderen met een OPP halen de in het OPP vastgelegde tussendoelen",
                    "percentage OPP's met behaalde tussendoelen", "ten minste 75%"],
                   ["Kinderen met een arrangement blijven op hun eigen school",
                    "aandeel arrangementen zonder verwijzing binnen twee jaar", "80%"],
                   ["Geen kind zit langer dan drie maanden thuis", "aantal thuiszitters > 3 maanden", "0"],
                   ["Kinderen in de Kempenklas keren binnen twee jaar terug naar de eigen school",
                    "percentage teruggekeerde leerlingen", "60%"]]),
        ("p", "Iedere school levert twee keer per jaar (peildata 1 februari en 1 juli) de gegevens aan via "
              "het registratiesysteem. Het bureau maakt er een dashboard van dat in de algemene vergadering "
              "en in de OPR wordt besproken. In het jaarverslag rapporteren we de bereikte waarden naast de "
              "streefwaarden en lichten we afwijkingen toe. Halverwege de planperiode voert een externe "
              "partij een evaluatie uit."),
    ]
    b += governance(n, ouders_in_opr=False)
    b += [
        ("h1", "Gemeenten"),
        ("p", f"Met de gemeenten {n['gemeenten']} voeren we het wettelijke OOGO. Jaarlijks stellen we een "
              f"gezamenlijke agenda op. Daarin staan afspraken over de inzet van schoolmaatschappelijk werk, "
              f"de jeugdconsulent op school en onderwijs-zorgarrangementen voor kinderen die zowel onderwijs "
              f"als zorg nodig hebben."),
    ]
    b += personeel(n) + extra_filler(n) + innovatie(n) + ict_privacy(n) + planning(n)
    b += begrippen([["Ouderpagina", "Pagina op de website met informatie voor ouders."],
                    ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij vastgelopen situaties."]])
    return b


B_LABEL = dict(
    documents=["po-kempenrand-2026.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H5 defines the agreed minimum per vestiging, but the content is only in absent 'bijlage 2' Kwaliteitskaart.",
           "plaatsing": "7.1 gives full procedure (loket, 2 deskundigen, 6 weeks, bezwaar LBT); 7.2 defers criteria ('in de loop van 2026 herijkt').",
           "terugstroom": "Hidden inside TLV chapter 7.3: policy (voorrang, begeleider) and procedure (January talk, overstapplan, 1 maart, evaluations).",
           "financien": "8.1 verdeling with amounts; 8.2 meerjarenbegroting table is all 'p.m.' and deferred to December.",
           "dekkend-aanbod": "H6 continuum basis->arrangement->regional->sbo/so; 6.1 casusregisseur, doorzettingsmacht, half-yearly gap analysis.",
           "resultaten": "H9 in unusual wording ('uitkomsten', 'meetpunt'): targets table plus peildata, dashboard, jaarverslag.",
           "ouders": "No information route or independent support described; ouderpagina/onderwijsconsulent only in begrippenlijst, OPR without parent role."},
)


# ---------------------------------------------------------------------------
# Plan C: PO, pdf
# ---------------------------------------------------------------------------
NC = dict(naam="Samenwerkingsverband Primair Onderwijs Zoomdal", kort="SWV Zoomdal", code="PO 25-33",
          periode="2025-2029", gemeenten="Zoomdal, Ermveen en Hattemerbroek", besturen=7, scholen=39,
          leerlingen="7.250", overleg_datum="18 november 2024", opr_datum="21 januari 2025",
          directeur="E. Hoekstra-Brink", sbo_pct="2,9", so_pct="1,7", opr_leden=8, fte=9, bureau="Ermveen")


def plan_c():
    n = NC
    b = [("title", "Ondersteuningsplan SWV Zoomdal 2025-2029"),
         ("p", "Elk kind een passende plek"), ("toc", None)]
    b += voorwoord(n) + inleiding_wettelijk(n) + context(n) + visie(n)
    b += [
        ("h1", "4 Wat iedere school biedt"),
        ("p", "Alle scholen in Zoomdal hebben zich verbonden aan één gezamenlijke ondergrens voor "
              "ondersteuning. Deze ondergrens geldt voor elke vestiging en is op 4 april 2024 door de "
              "besturen vastgesteld. Voor ouders betekent dit: op elke school in de regio is het volgende "
              "geregeld."),
        ("table", [["Domein", "Wat ouders mogen verwachten"],
                   ["Leren", "Signalering van lees-, spel- en rekenproblemen; extra instructie in kleine "
                    "groep; dyslexieprotocol tot en met stap 3"],
                   ["Gedrag en welbevinden", "Een schoolbrede aanpak positief gedrag; sociaal-emotionele "
                    "monitoring twee keer per jaar; een aandachtsfunctionaris"],
                   ["Organisatie", "Een intern begeleider; een ondersteuningsteam waarin ouders meepraten; "
                    "een OPP waar nodig"],
                   ["Expertise", "Consultatie van de orthopedagoog van het SWV binnen drie weken; "
                    "kennis van meer- en hoogbegaafdheid bij ten minste één teamlid"]]),
        ("h1", "5 Ons netwerk van voorzieningen"),
        ("p", "Rond de basisondersteuning heeft Zoomdal een netwerk van voorzieningen gebouwd. "
              "Scholen kunnen een arrangement aanvragen voor extra begeleiding op de eigen school. Daarnaast "
              "zijn er drie Zoomdal-klassen (gedrag, taal, jonge kind), het sbo De Brug met twee locaties en "
              "so-school De Wending voor cluster 4. Voor cluster 3 werken we samen met een so-school buiten de "
              "regio. Het netwerk is zo opgebouwd dat een kind zo dicht mogelijk bij huis zo licht als "
              "mogelijk wordt ondersteund, en pas naar een zwaardere voorziening gaat als de lichtere niet "
              "volstaat."),
        ("h2", "5.1 Geen kind buiten beeld"),
        ("p", "Het aantal thuiszitters in onze regio is beperkt, maar ieder kind dat thuiszit is er een "
              "te veel. Het bestuur zal in de loop van 2026 een plan van aanpak thuiszitters vaststellen, "
              "samen met leerplicht en de gemeenten. Tot die tijd blijven de huidige afspraken gelden."),
        ("h1", "6 Toelating tot sbo en so"),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs of het speciaal onderwijs als aan alle "
              "volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft de basisondersteuning en ten minste één arrangement aantoonbaar ingezet "
                "gedurende minimaal zes maanden;",
                "het ontwikkelingsperspectief laat zien dat het kind ook met extra ondersteuning in het "
                "reguliere onderwijs niet tot ontwikkeling komt;",
                "de ondersteuningsbehoefte overstijgt wat de regionale Zoomdal-klassen bieden;",
                "voor so: er is sprake van een ernstige gedrags- of psychiatrische problematiek (cluster 4) of "
                "een verstandelijke, lichamelijke of meervoudige beperking (cluster 3) die intensieve "
                "begeleiding in een kleine groep vereist;",
                "voor sbo: het kind heeft een leer- of ontwikkelingsachterstand waarbij het tempo en de "
                "groepsgrootte van het sbo nodig zijn."]),
        ("p", "Hoe de aanvraag verloopt, wie welke stukken aanlevert en binnen welke termijn een besluit "
              "volgt, is beschreven in het Handboek Toewijzing op www.swvzoomdal.nl/handboek."),
        ("h1", "7 Financiën"),
        ("p", "Zoomdal werkt sinds 2015 met een verdeelmodel waarbij een deel van de middelen naar de "
              "besturen gaat en een deel centraal blijft. Dit model is toe aan herziening. In de loop van "
              "het schooljaar 2025-2026 stelt de algemene vergadering een nieuw verdeelmodel vast; "
              "de verdeelsleutel en de criteria worden dan toegevoegd als aanvulling op dit plan."),
        ("p", "De onderstaande meerjarenbegroting laat zien waaraan de middelen in de planperiode worden "
              "besteed."),
        ("table", [["Lasten (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Afdracht so (cluster 3 en 4)", "3.420", "3.390", "3.380", "3.360"],
                   ["Afdracht sbo (inclusief groei)", "1.980", "1.960", "1.940", "1.920"],
                   ["Middelen naar besturen", "1.310", "1.290", "1.280", "1.270"],
                   ["Zoomdal-klassen", "620", "640", "640", "650"],
                   ["Arrangementen", "480", "470", "460", "450"],
                   ["Bureau, personeel en huisvesting", "690", "700", "710", "720"],
                   ["Totaal lasten", "8.500", "8.450", "8.410", "8.370"],
                   ["Totaal baten", "8.460", "8.430", "8.400", "8.390"]]),
        ("h1", "8 Ambities voor kinderen"),
        ("p", "Wij hebben de volgende beoogde resultaten geformuleerd voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("ul", ["in 2029 volgt ten minste 85% van de leerlingen met een arrangement onderwijs op de eigen "
                "basisschool;",
                "het deelnamepercentage sbo daalt tot 2,5%;",
                "leerlingen in de Zoomdal-klassen maken op rekenen en lezen ten minste de groei die in hun OPP "
                "is vastgelegd;",
                "geen enkele leerling wacht langer dan acht weken op een passende plek."]),
        ("p", "Hoe we de voortgang op deze ambities gaan volgen, welke gegevens we verzamelen en hoe we "
              "erover rapporteren, werken we uit in het kwaliteitskader dat in 2026 verschijnt."),
    ]
    b += governance(n) + oogo_full(n)
    b += [
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij willen dat zij goed "
              "weten wat er mogelijk is. Daarom informeren wij ouders op verschillende manieren:"),
        ("ul", ["via de website www.swvzoomdal.nl, met een ouderroute die per situatie uitlegt welke "
                "ondersteuning er is;",
                "via de schoolgids van iedere school, waarin de basisondersteuning en de extra "
                "ondersteuning van die school staan;",
                "via een jaarlijkse informatieavond per gemeente, in samenwerking met de "
                "ouderverenigingen;",
                "via een folder in vijf talen die de intern begeleider met ouders bespreekt bij de start "
                "van een arrangement."]),
        ("p", "Over een onafhankelijk steunpunt waar ouders terechtkunnen met vragen of bij verschil van "
              "mening, maken wij in 2026 afspraken met de gemeenten. Tot dan verwijzen scholen ouders naar "
              "de eigen intern begeleider."),
        ("p", "Leerlingen krijgen de gelegenheid hun mening te geven over hun OPP. De school legt vast hoe "
              "zij dat doet."),
    ]
    b += personeel(n) + extra_filler(n) + innovatie(n) + ict_privacy(n) + planning(n)
    b += begrippen([["Terugplaatsingsoverleg", "Overleg over de overstap van s(b)o naar regulier onderwijs."]])
    return b


C_LABEL = dict(
    documents=["po-zoomdal-2025.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="partial",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4 'Wat iedere school biedt': common floor for every vestiging plus content table.",
           "plaatsing": "H6 lists toelaatbaarheid criteria; procedure only referred to Handboek Toewijzing on the website.",
           "terugstroom": "Nothing in the body; 'terugplaatsing' only in the wet summary in 1.1 and the begrippenlijst.",
           "financien": "H7: verdeelmodel deferred ('in de loop van 2025-2026'); meerjarenbegroting table gives besteding.",
           "dekkend-aanbod": "H5 continuum is addressed; 5.1 thuiszitters approach deferred to 2026 -> lacunes not addressed, so partial.",
           "resultaten": "H8 'Ambities voor kinderen' has measurable beoogde resultaten; monitoring deferred to kwaliteitskader 2026.",
           "ouders": "'Ouders en leerlingen': website/schoolgids/folder; independent steunpunt deferred to 2026 afspraken."},
)


# ---------------------------------------------------------------------------
# Plan D: PO, pdf
# ---------------------------------------------------------------------------
ND = dict(naam="Samenwerkingsverband Weidebeek Primair Onderwijs", kort="SWV Weidebeek", code="PO 22-48",
          periode="2026-2030", gemeenten="Weidebeek, Ruurlo-Noord en Harderveld", besturen=6, scholen=31,
          leerlingen="5.600", overleg_datum="9 december 2025", opr_datum="3 februari 2026",
          directeur="mr. A.S. Kooiman", sbo_pct="2,2", so_pct="1,5", opr_leden=8, fte=7, bureau="Harderveld")


def plan_d():
    n = ND
    b = [("title", "Ondersteuningsplan 2026-2030"), ("p", n["naam"] + " - " + n["code"]),
         ("p", "Concept 2.3 - vastgesteld door de algemene vergadering"), ("toc", None)]
    b += voorwoord(n) + inleiding_wettelijk(n) + context(n) + visie(n)
    b += [
        ("h1", "4 Terugblik vorige planperiode"),
        ("p", "In 2022-2026 lag de nadruk op het vereenvoudigen van de toewijzing en op het terugdringen van "
              "de wachttijd voor een besluit. De gemiddelde doorlooptijd van een aanvraag daalde van 9 naar "
              "5 weken. Het aantal afgegeven toelaatbaarheidsverklaringen bleef stabiel rond de 70 per jaar."),
        ("p", "Het ondersteuningsplan 2022-2026 bevatte een hoofdstuk over de basisondersteuning. De "
              "besturen hebben afgesproken de basisondersteuning opnieuw te definiëren zodra de landelijke "
              "norm bekend is; de nieuwe beschrijving wordt in een volgende versie van dit plan opgenomen."),
        ("h1", "5 Arrangeren en toewijzen"),
        ("h2", "5.1 Route naar sbo of so"),
        ("p", "De school van inschrijving (het bevoegd gezag) dient de aanvraag voor een "
              "toelaatbaarheidsverklaring in bij de Commissie Arrangeren en Toewijzen (CAT). De intern "
              "begeleider bereidt de aanvraag voor samen met ouders; ouders tekenen voor gezien en kunnen "
              "hun zienswijze toevoegen. De CAT bestaat uit een orthopedagoog-generalist, een GZ-psycholoog "
              "en een jeugdarts; de orthopedagoog en een tweede deskundige geven ieder een eigen "
              "schriftelijk advies. Binnen vier weken na ontvangst van de volledige aanvraag neemt de "
              "directeur-bestuurder namens het samenwerkingsverband het besluit."),
        ("p", "Een kind komt voor een TLV in aanmerking wanneer (1) de ondersteuningsbehoefte van het kind "
              "blijkens het OPP structureel groter is dan wat de reguliere school met inzet van een "
              "arrangement kan bieden, (2) de school handelingsgericht heeft gewerkt en de ingezette "
              "interventies minimaal twee evaluatiecycli zijn gevolgd, en (3) de benodigde ondersteuning "
              "- kleine groep, specialistische begeleiding, aangepast curriculum - in het sbo of so wel "
              "beschikbaar is. Voor so geldt daarnaast dat sprake moet zijn van een diagnose of "
              "classificatie die de noodzaak van speciaal onderwijs onderbouwt."),
        ("p", "De TLV voor het sbo geldt voor de resterende basisschoolperiode, maar wordt na drie jaar "
              "geëvalueerd; een TLV so geldt twee jaar, met bekostigingscategorie laag, tenzij de CAT "
              "midden of hoog adviseert. Tegen het besluit kunnen ouders bezwaar maken bij het "
              "samenwerkingsverband, dat de Landelijke Bezwaaradviescommissie om advies vraagt."),
        ("h2", "5.2 Heroriëntatie aan het einde van de TLV-periode"),
        ("p", "Weidebeek kiest ervoor dat een verblijf in het s(b)o tijdelijk kan zijn. Aan het eind van elke "
              "TLV-periode kijken we niet alleen of verlenging nodig is, maar vooral of het kind zich met "
              "steun verder kan ontwikkelen in een reguliere groep. Een overstap naar de basisschool krijgt "
              "de voorkeur wanneer het OPP dat toelaat; de ontvangende school krijgt dan een "
              "overstaparrangement van een jaar en de ambulante begeleiding van de s(b)o-school loopt "
              "door tot de herfstvakantie."),
        ("ol", ["Acht maanden voor de einddatum van de TLV zet de s(b)o-school de heroriëntatie op de "
                "agenda van het OPP-gesprek met ouders.",
                "De s(b)o-school stelt samen met ouders en de ondersteuningsadviseur vast of een overstap "
                "haalbaar is en welke school in aanmerking komt.",
                "De ontvangende school en de s(b)o-school stellen een overstapplan op; de directeur-"
                "bestuurder kent het overstaparrangement toe.",
                "Na tien weken en na een half jaar volgt een evaluatie op de nieuwe school; de TLV "
                "eindigt op de einddatum."]),
        ("h1", "6 Middelen"),
        ("p", "Een overzicht van de verdeling en de besteding staat in de onderstaande tabellen."),
        ("table", [["Verdeling ondersteuningsmiddelen", "Grondslag", "Bedrag 2026"],
                   ["Schoolbudget", "per leerling (teldatum 1 oktober)", "€ 142"],
                   ["Vaste voet", "per school", "€ 5.000"],
                   ["Arrangement individueel", "op aanvraag, toekenning door CAT", "max. € 7.500 per leerling"],
                   ["Overstaparrangement", "per teruggeplaatste leerling", "€ 4.000"],
                   ["Groeibekostiging sbo", "peildatum 1 februari", "conform wettelijke regeling"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage", "6.020", "5.960", "5.900", "5.850"],
                   ["Afdracht sbo en so", "3.480", "3.450", "3.430", "3.410"],
                   ["Schoolbudgetten en vaste voet", "950", "940", "930", "920"],
                   ["Arrangementen", "720", "710", "700", "690"],
                   ["Overstaparrangementen", "60", "60", "70", "70"],
                   ["Bureau en CAT", "780", "790", "800", "810"],
                   ["Resultaat", "30", "10", "-30", "-50"]]),
        ("h1", "7 Kwaliteit en opbrengsten"),
        ("p", "Het samenwerkingsverband richt zich in deze planperiode op de volgende resultaten voor "
              "leerlingen met een extra ondersteuningsbehoefte:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Doel 2030"],
                   ["Leerlingen met arrangement die na twee jaar op de eigen school zijn", "71%", "80%"],
                   ["Leerlingen met OPP die het uitstroomperspectief halen", "64%", "75%"],
                   ["Teruggeplaatste leerlingen die na een jaar nog op de basisschool zijn", "n.b.", "85%"],
                   ["Gemiddelde doorlooptijd aanvraag TLV", "5 weken", "4 weken"]]),
        ("p", "De kwaliteitsmedewerker verzamelt de gegevens elk half jaar uit de registratie van de CAT en "
              "de leerlingvolgsystemen. De uitkomsten worden besproken in een kwaliteitsdialoog met ieder "
              "bestuur en opgenomen in het jaarverslag, met een toelichting waar doelen niet worden gehaald."),
        ("h1", "8 Ouders"),
        ("p", "Ouders worden geïnformeerd via de website van het samenwerkingsverband, de schoolgids en een "
              "brochure over arrangeren en toewijzen die iedere intern begeleider bij het eerste gesprek "
              "uitreikt. Ouders die onafhankelijk advies zoeken of het niet eens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij Steunpunt Ouders Weidebeek, een onafhankelijk "
              "ouder- en jeugdsteunpunt, bij de onderwijsconsulenten of bij de Geschillencommissie "
              "Passend Onderwijs."),
    ]
    b += governance(n)
    b += [
        ("h1", "OOGO"),
        ("p", f"Het concept van dit plan is op {n['overleg_datum']} in het OOGO besproken met de "
              f"wethouders van de gemeenten {n['gemeenten']}. Het verslag van dit overleg is opgenomen "
              f"in het archief van het samenwerkingsverband."),
    ]
    b += personeel(n) + extra_filler(n) + innovatie(n) + ict_privacy(n) + planning(n)
    b += begrippen([["CAT", "Commissie Arrangeren en Toewijzen."]])
    return b


D_LABEL = dict(
    documents=["po-weidebeek-2026.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="present",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Only a deferral in H4 terugblik ('nieuwe beschrijving in een volgende versie') plus begrippenlijst.",
           "plaatsing": "5.1 'Route naar sbo of so' (CAT): procedure, three criteria, deskundigen, duur/categorie, bezwaar.",
           "terugstroom": "5.2 'Heroriëntatie aan het einde van de TLV-periode': policy + numbered steps, under 'Arrangeren en toewijzen'.",
           "financien": "H6 'Middelen' content only in tables: verdeling grondslagen and meerjarenbegroting.",
           "dekkend-aanbod": "No continuum of provisions, no gaps/thuiszitters approach; OOGO only procedural; terms only in begrippenlijst.",
           "resultaten": "H7 'Kwaliteit en opbrengsten': nulmeting/doel table, half-yearly data collection, kwaliteitsdialoog, jaarverslag.",
           "ouders": "H8 website/schoolgids/brochure plus Steunpunt Ouders Weidebeek, onderwijsconsulenten, geschillencommissie."},
)


# ---------------------------------------------------------------------------
# Plan E: VO, html
# ---------------------------------------------------------------------------
NE = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Hoge Berm", kort="SWV VO Hoge Berm", code="VO 28-19",
          periode="2026-2030", gemeenten="Hoge Berm, Staverden-Oost en Kleiweerd", besturen=5, scholen=14,
          leerlingen="9.800", overleg_datum="26 november 2025", opr_datum="20 januari 2026",
          directeur="drs. H. Wolters", sbo_pct="-", so_pct="-", opr_leden=10, fte=10, bureau="Kleiweerd")


def plan_e():
    n = NE
    b = [("title", "Ondersteuningsplan SWV VO Hoge Berm 2026-2030"), ("p", n["code"]), ("toc", None)]
    b += voorwoord(n) + inleiding_wettelijk(n, "vo")
    b += [
        ("h1", "2 Ons samenwerkingsverband"),
        ("p", f"{n['naam']} omvat de gemeenten {n['gemeenten']}. Vijf schoolbesturen met veertien "
              f"vestigingen voor vmbo, havo, vwo en praktijkonderwijs en twee vso-scholen werken samen. "
              f"Ongeveer {n['leerlingen']} leerlingen volgen onderwijs in ons gebied. Het deelnamepercentage "
              f"vso bedroeg op 1 oktober 2024 3,4%, het aandeel leerlingen met lwoo 11%."),
    ] + visie(n)
    b += [
        ("h1", "4 Basisondersteuning op iedere vestiging"),
        ("p", "De basisondersteuning is het niveau van ondersteuning dat alle VO-scholen in Hoge Berm, op "
              "elke vestiging, ten minste bieden. Het is door de besturen vastgesteld en geldt ook voor "
              "de havo- en vwo-afdelingen. Concreet betekent dit:"),
        ("ul", ["iedere vestiging heeft een ondersteuningscoördinator en een zorgadviesteam dat ten minste "
                "eens per zes weken bijeenkomt;",
                "mentoren voeren twee keer per jaar een ontwikkelgesprek met leerling en ouders;",
                "er is een aanbod voor dyslexie en dyscalculie (faciliteiten bij toetsen, voorleessoftware);",
                "er is een time-outvoorziening met begeleiding op de vestiging;",
                "faalangstreductietraining en sociale-vaardigheidstraining worden jaarlijks aangeboden;",
                "iedere vestiging heeft een aandachtsfunctionaris en een aanpak voor verzuim."]),
        ("h1", "5 Het ondersteuningscontinuüm"),
        ("p", "Boven de basisondersteuning kennen we drie lagen. Op de vestiging zelf bieden scholen een "
              "ondersteuningsarrangement, bijvoorbeeld een begeleider voor een leerling met autisme of een "
              "aangepast rooster. Bovenschools is er het OPDC De Overstap, waar leerlingen maximaal een jaar "
              "verblijven met als doel terugkeer naar de eigen school, en de Rebound voor een korte time-out "
              "van acht weken. Het vso (cluster 3 en 4) vormt de meest gespecialiseerde laag. Lwoo en "
              "praktijkonderwijs maken deel uit van dit continuüm."),
        ("p", "Welke leerlingen nu geen passende plek vinden, en hoe wij met hen omgaan, staat beschreven in "
              "ons Thuiszittersprotocol op de website van het samenwerkingsverband."),
        ("h1", "6 Toewijzing vso, lwoo en pro"),
        ("h2", "6.1 Toelaatbaarheid vso"),
        ("p", "De VO-school waar de leerling is ingeschreven vraagt de TLV vso aan bij de Commissie "
              "Toewijzing. De commissie vraagt advies aan een orthopedagoog of psycholoog en aan een tweede "
              "deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater). Binnen zes weken besluit "
              "de directeur. Een leerling is toelaatbaar als de ondersteuningsbehoefte de mogelijkheden van "
              "het OPDC en van een arrangement op de vestiging aantoonbaar overstijgt, het OPP dit "
              "onderbouwt en de school ten minste een half jaar een arrangement heeft ingezet. De TLV geldt "
              "in de regel tot het einde van het schooljaar volgend op het besluit. Bezwaar is mogelijk "
              "binnen zes weken; de Landelijke Bezwaaradviescommissie adviseert."),
        ("h2", "6.2 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteert Hoge Berm de landelijke criteria (leerachterstand, IQ-range en, "
              "voor lwoo, sociaal-emotionele problematiek). De basisschool levert uiterlijk 1 februari het "
              "onderwijskundig rapport en de testgegevens aan; de VO-school vraagt de aanwijzing lwoo of de "
              "TLV pro aan. De commissie besluit uiterlijk 1 april, zodat ouders voor de zomer weten waar "
              "zij aan toe zijn. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
        ("h2", "6.3 Terugkeer uit het vso"),
        ("p", "In het voorlaatste half jaar van de TLV vso bespreekt de vso-school met leerling en ouders of "
              "overstap naar het regulier voortgezet onderwijs mogelijk is. De vso-school meldt de leerling "
              "uiterlijk 1 maart aan bij het overstapoverleg van de Commissie Toewijzing, waarin de "
              "vso-school, de beoogde VO-school en de ondersteuningscoördinator zitten. Het overleg "
              "besluit over de overstap en de startdatum; wordt geen overstap geadviseerd, dan vraagt de "
              "vso-school een nieuwe TLV aan. Op de nieuwe school vindt na zes weken een evaluatiegesprek "
              "plaats."),
        ("h1", "7 Kwaliteitszorg"),
        ("p", "Het samenwerkingsverband verzamelt elk kwartaal gegevens over aanvragen, arrangementen, "
              "verzuim, thuiszitters, OPDC-plaatsingen en uitstroom. Deze gegevens komen samen in een "
              "dashboard dat het bestuur, de directeuren en de OPR ontvangen. Eens per jaar bespreken we "
              "met iedere school in een kwaliteitsgesprek wat de cijfers zeggen en rapporteren we de "
              "uitkomsten in het jaarverslag. Na twee jaar laten we de werking van het OPDC extern "
              "evalueren."),
        ("h1", "8 Geld"),
        ("p", "De middelen van het samenwerkingsverband worden ingezet voor de ondersteuning van leerlingen. "
              "De meerjarenbegroting en het verdeelmodel worden jaarlijks in een afzonderlijk document "
              "door het bestuur vastgesteld en maken geen deel uit van dit plan."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Bij vragen of als ouders of leerlingen het oneens zijn met de school of met een besluit van "
              "het samenwerkingsverband, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Hoge Berm. "
              "Dit steunpunt werkt onafhankelijk van de scholen, is gratis en kan bemiddelen. Daarnaast "
              "kunnen ouders de onderwijsconsulenten inschakelen of een geschil voorleggen aan de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Hoe we ouders en leerlingen informeren over het ondersteuningsaanbod, werken we uit in het "
              "communicatieplan 2026-2027."),
    ]
    b += governance(n) + oogo_full(n, "vo") + personeel(n, "vo") + arbeidsmarkt(n) + extra_filler(n, "vo") + innovatie(n) + ict_privacy(n) + planning(n)
    b += begrippen([["Lwoo", "Leerwegondersteunend onderwijs."], ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["Pro", "Praktijkonderwijs."]])
    return b


E_LABEL = dict(
    documents=["vo-hogeberm-2026.html"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4: agreed level for every vestiging plus concrete list.",
           "plaatsing": "H6 6.1 vso procedure+criteria+deskundigen+duur+bezwaar; 6.2 lwoo/pro procedure with national criteria.",
           "terugstroom": "6.3 gives steps/actors/evaluation (procedure); no aims, conditions or support after return (beleid).",
           "financien": "H8 'Geld' only says budget and verdeelmodel are in a separate document, not part of the plan.",
           "dekkend-aanbod": "H5 continuum with OPDC/Rebound/vso; gaps/thuiszitters only referred to a protocol on the website.",
           "resultaten": "H7 'Kwaliteitszorg' covers monitoring/reporting; no intended results for pupils stated.",
           "ouders": "H9 OJSP/onderwijsconsulenten/geschillencommissie; informing parents deferred to communicatieplan 2026-2027."},
)


# ---------------------------------------------------------------------------
# Near miss: school-level ondersteuningsplan/SOP of one basisschool (docx)
# ---------------------------------------------------------------------------

def near_miss():
    b = [("title", "Ondersteuningsplan OBS De Wilgenhoek 2025-2026"),
         ("p", "Schoolondersteuningsprofiel en zorgstructuur van de school - onderdeel van de schoolgids"),
         ("toc", None),
         ("h1", "1 Inleiding"),
         ("p", "OBS De Wilgenhoek is een openbare basisschool met 236 leerlingen in tien groepen. Wij zijn "
               "aangesloten bij het samenwerkingsverband passend onderwijs in onze regio. Dit "
               "ondersteuningsplan beschrijft hoe wij op onze school de ondersteuning aan leerlingen "
               "organiseren: de zorgniveaus, de groepsbesprekingen, de rol van de intern begeleider en de "
               "samenwerking met ouders. Het plan is besproken in het team en in de medezeggenschapsraad."),
         ("p", "Het ondersteuningsplan van het samenwerkingsverband zelf, met de afspraken over "
               "toelaatbaarheid en de verdeling van middelen tussen de besturen, is te vinden op de website "
               "van het samenwerkingsverband. Dit document gaat alleen over onze school."),
         ("h1", "2 Onze basisondersteuning"),
         ("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Wij "
               "werken handelingsgericht. Elke leerkracht differentieert in drie niveaus en plant "
               "verlengde instructie aan de instructietafel. Wij hebben een dyslexiespecialist in het team "
               "en een gedragsspecialist die twee ochtenden per week beschikbaar is."),
         ("h1", "3 Zorgniveaus"),
         ("table", [["Zorgniveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep", "leerkracht"],
                    ["2", "Extra zorg in de groep na groepsbespreking", "leerkracht en IB'er"],
                    ["3", "Speciale zorg na consultatie van de intern begeleider", "IB'er"],
                    ["4", "Zorg met externe deskundigen (ondersteuningsteam)", "IB'er, orthopedagoog SWV"],
                    ["5", "Verwijzing: aanvraag TLV bij het samenwerkingsverband", "directie en bestuur"]]),
         ("h2", "3.1 Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de methodeonafhankelijke toetsen in oktober, februari en juni, "
               "bespreekt de intern begeleider met iedere leerkracht de groep. Daarbij komen de resultaten "
               "van de toetsen, het welbevinden en de onderwijsbehoeften van individuele kinderen aan bod. "
               "Leerlingen over wie de leerkracht zich zorgen maakt, worden besproken in de "
               "leerlingbespreking."),
         ("h2", "3.2 Het ondersteuningsteam"),
         ("p", "Als de ondersteuning op niveau 3 onvoldoende effect heeft, bespreken we het kind in het "
               "ondersteuningsteam. Hierin zitten de intern begeleider, de ouders, de leerkracht, de "
               "orthopedagoog van het samenwerkingsverband en zo nodig de jeugdconsulent. Samen stellen we "
               "een ontwikkelingsperspectief op of vragen we een arrangement aan."),
         ("h1", "4 Ouders"),
         ("p", "Wij zien ouders als partners. Ouders worden altijd uitgenodigd als hun kind in het "
               "ondersteuningsteam wordt besproken. Bij de start van een arrangement of een OPP tekenen "
               "ouders voor akkoord. Met vragen kunnen ouders terecht bij de leerkracht en de intern "
               "begeleider. Voor onafhankelijk advies kunnen ouders contact opnemen met het ouder- en "
               "jeugdsteunpunt in de regio."),
         ("h1", "5 Extra ondersteuning en verwijzing"),
         ("p", "Soms heeft een kind meer nodig dan wij kunnen bieden. Dan vraagt het bestuur, na overleg met "
               "ouders, bij het samenwerkingsverband een toelaatbaarheidsverklaring aan voor het speciaal "
               "basisonderwijs of het speciaal onderwijs. Het samenwerkingsverband beslist. Wij begeleiden "
               "ouders bij het bezoeken van de nieuwe school en zorgen voor een warme overdracht."),
         ("p", "Komt een leerling vanuit het sbo terug naar onze school, dan maken we samen met de sbo-school "
               "een plan voor de eerste maanden."),
         ("h1", "6 Grenzen aan onze ondersteuning"),
         ("p", "Wij kunnen niet alle kinderen de ondersteuning bieden die zij nodig hebben. Grenzen liggen "
               "bij ernstig grensoverschrijdend gedrag dat de veiligheid van andere kinderen in gevaar "
               "brengt, bij medische handelingen die wij niet verantwoord kunnen uitvoeren en bij een "
               "ondersteuningsbehoefte die een veel kleinere groep vraagt dan wij hebben."),
         ("h1", "7 Middelen van de school"),
         ("p", "Onze school ontvangt via het bestuur een budget van het samenwerkingsverband. Dit jaar zetten "
               "wij dat in voor de gedragsspecialist (0,4 fte) en voor een onderwijsassistent op de "
               "onderbouw (20 uur per week)."),
         ("h1", "8 Kwaliteit en resultaten"),
         ("p", "Wij evalueren onze ondersteuning jaarlijks in het team. De resultaten van de "
               "groepsbesprekingen en de opbrengsten van de toetsen bespreken we twee keer per jaar met de "
               "medezeggenschapsraad. Dit schooljaar werken we aan het verbeteren van het begrijpend lezen "
               "in de groepen 5 tot en met 8."),
         ("h1", "9 Jaarplanning zorg 2025-2026"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "Startgesprekken met ouders en kinderen"],
                    ["oktober", "Toetsen en eerste groepsbespreking"],
                    ["november", "Leerlingbespreking, ondersteuningsteam"],
                    ["februari", "Midden-toetsen en tweede groepsbespreking"],
                    ["juni", "Eind-toetsen, derde groepsbespreking, overdracht naar volgende groep"]]),
         ]
    return b


NEAR_LABEL = dict(
    documents=["nap-wilgenhoek-schoolplan.docx"], sector="po", looks_like_plan=False, elements={}, criteria={},
    notes={"document": "School-level 'ondersteuningsplan'/SOP of one basisschool (zorgniveaus, groepsbesprekingen); "
                       "it refers to the SWV's own plan on the website and is not an ondersteuningsplan of a samenwerkingsverband."},
)


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

def headings(blocks):
    return [t for k, t in blocks if k in ("h1", "h2")]


def write_docx(blocks, path, header):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "holdout268"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = header + " - ondersteuningsplan"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, h in enumerate(headings(blocks)):
                d.add_paragraph(h + " " + "." * 8 + " " + str(3 + 2 * i))
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
        elif kind == "ol":
            for item in val:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")
    d.save(str(path))


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header><p>{e(title)}</p><nav><a href="#">Home</a> | <a href="#">Ouders</a> | '
           f'<a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{e(h)}</li>" for h in headings(blocks)]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>{e(title)} - Alle rechten voorbehouden</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout268_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def yaml_label(label):
    order = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
    lines = [f"documents: [{', '.join(label['documents'])}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {label['elements'][k]}" for k in order) + "}")
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label["advisory_addressed"].items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: \"{v}\"")
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-lingedijk-2026", "docx", plan_a(), A_LABEL, NA["kort"] + " | Ondersteuningsplan 2026-2030"),
        ("po-kempenrand-2026", "docx", plan_b(), B_LABEL, NB["kort"] + " | Samen passend 2026-2030"),
        ("po-zoomdal-2025", "pdf", plan_c(), C_LABEL, NC["kort"] + " | Ondersteuningsplan 2025-2029"),
        ("po-weidebeek-2026", "pdf", plan_d(), D_LABEL, ND["kort"] + " | OP 2026-2030"),
        ("vo-hogeberm-2026", "html", plan_e(), E_LABEL, NE["kort"] + " | Ondersteuningsplan 2026-2030"),
        ("nap-wilgenhoek-schoolplan", "docx", near_miss(), NEAR_LABEL, "OBS De Wilgenhoek | Schoolgids 2025-2026"),
    ]
    for stem, fmt, blocks, label, header in jobs:
        target = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, target, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, target, header)
        else:
            write_html(blocks, target, header)
        (OUT / f"{stem}.expected.yaml").write_text(yaml_label(label), encoding="utf-8")
        print("wrote", target.name)


if __name__ == "__main__":
    main()
