#!/usr/bin/env python3
"""Generate the holdout152 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# document model: list of (kind, payload); kinds: title, h1, h2, p, ul, table, toc
# --------------------------------------------------------------------------------------------


def toc(doc):
    return [("h1", "Inhoudsopgave"), ("toc", [b[1] for b in doc if b[0] == "h1"])]


# --------------------------------------------------------------------------------------------
# shared filler (voorwoord, visie, governance, OPR, OOGO, personeel, ICT, planning)
# --------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat van "
              f"een intensief traject waarin schoolbesturen, directeuren, intern begeleiders, de ondersteuningsplanraad "
              f"en de gemeenten {c['gemeenten']} met elkaar in gesprek zijn gegaan over de vraag hoe wij de komende vier "
              f"jaar passend onderwijs in onze regio vormgeven. We hebben daarbij teruggekeken op de afgelopen "
              f"planperiode en vooruitgekeken naar wat er op ons afkomt."),
        ("p", "Passend onderwijs is geen project dat ooit af is. Het is een manier van werken waarin leerkrachten, "
              "ouders, ketenpartners en het samenwerkingsverband elke dag opnieuw zoeken naar de beste plek en de beste "
              "begeleiding voor een kind. Dat vraagt om vertrouwen, om korte lijnen en om de bereidheid om over de "
              "grenzen van de eigen school of het eigen bestuur heen te kijken. In de gesprekken die we voor dit plan "
              "voerden, hoorden we veel waardering voor wat er de afgelopen jaren is bereikt, maar ook zorgen: over "
              "het lerarentekort, over de toenemende complexiteit van de vragen in de klas en over de wachtlijsten in "
              "de jeugdhulp."),
        ("p", "Dit plan is bewust compact gehouden. We willen dat het een werkdocument is dat in de scholen gebruikt "
              "wordt, en niet een rapport dat in de kast verdwijnt. Waar nodig verwijzen we naar onderliggende "
              "documenten. Ik dank iedereen die heeft meegedacht en meegeschreven, en in het bijzonder de leden van de "
              "ondersteuningsplanraad voor hun kritische en betrokken bijdrage."),
        ("p", f"{c['director']}\ndirecteur-bestuurder {c['short']}"),
    ]


def leeswijzer(c):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. Dit plan "
              f"beschrijft hoe {c['short']} de wettelijke opdracht uitvoert om te komen tot een samenhangend geheel "
              f"van ondersteuningsvoorzieningen binnen en tussen de scholen. Het plan is bedoeld voor schoolbesturen, "
              f"schoolleiders en teams, voor ouders en voor onze partners in de gemeenten en de jeugdhulp."),
        ("p", "Het plan is als volgt opgebouwd. Na deze inleiding schetsen we de context van onze regio en de "
              "belangrijkste kengetallen. Daarna beschrijven we onze missie en visie. De hoofdstukken daarna gaan "
              "over de inhoud van de ondersteuning, over de organisatie en over de randvoorwaarden. Achterin vindt u "
              "een lijst met begrippen en afkortingen. Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers "
              "en voogden."),
    ]


def context(c, extra_rows=None):
    rows = [["Kengetal", "Waarde (1 oktober 2025)"],
            ["Aantal schoolbesturen", str(c['boards'])],
            ["Aantal scholen voor basisonderwijs" if c['sector'] == 'po' else "Aantal vestigingen vo",
             str(c['schools'])],
            ["Aantal leerlingen", c['pupils']],
            ["Gemeenten in het werkgebied", str(c['n_gem'])]]
    if extra_rows:
        rows += extra_rows
    return [
        ("h1", "Onze regio"),
        ("p", f"{c['name']} omvat de gemeenten {c['gemeenten']}. Het werkgebied kent zowel stedelijke kernen als een "
              f"uitgestrekt landelijk gebied met kleine dorpsscholen. De leerlingaantallen dalen in de kleine kernen "
              f"licht, terwijl in de grotere kernen nieuwbouwwijken juist zorgen voor groei. Dat maakt de spreiding "
              f"van voorzieningen een blijvend aandachtspunt. Ook leerlingenvervoer en onderwijshuisvesting komen "
              f"in onze gesprekken met gemeenten regelmatig terug."),
        ("p", "In de tabel hieronder staan de belangrijkste kengetallen. De cijfers zijn ontleend aan de "
              "teldatum van 1 oktober 2025 zoals geregistreerd bij DUO."),
        ("table", rows),
        ("p", "De samenstelling van de leerlingpopulatie verandert. Scholen zien meer kinderen met een "
              "taalachterstand, meer kinderen uit gezinnen met financiële zorgen en meer vragen rond gedrag en "
              "welbevinden. Tegelijk is het voor besturen steeds lastiger om vacatures te vervullen. Deze "
              "ontwikkelingen vormen de achtergrond van de keuzes die we in dit plan maken."),
    ]


def visie(c):
    return [
        ("h1", "Missie en visie"),
        ("h2", "Missie"),
        ("p", f"{c['short']} is er voor alle kinderen in de regio. Samen met de aangesloten schoolbesturen zorgen we "
              f"ervoor dat kinderen onderwijs krijgen dat bij hen past, in een omgeving waarin zij zich veilig voelen. "
              f"Het samenwerkingsverband is daarbij geen loket dat op afstand oordeelt, maar een partner die "
              f"meedenkt, verbindt en waar nodig faciliteert."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat ieder kind zich wil ontwikkelen en dat het onderwijs daar de voorwaarden voor moet "
              "scheppen. Wij kijken naar wat een kind nodig heeft, niet naar wat een kind mankeert. Wij gaan uit "
              "van de kracht van de leerkracht en van het team om die ondersteuning te bieden, en wij weten dat dit "
              "alleen lukt als die leerkracht zelf ook goed ondersteund wordt."),
        ("p", "Onze kernwaarden zijn: vertrouwen, eigenaarschap, samenwerking en transparantie. Vertrouwen betekent "
              "dat we uitgaan van de professionaliteit van scholen. Eigenaarschap betekent dat besturen zelf "
              "verantwoordelijk zijn voor de kwaliteit van hun ondersteuning. Samenwerking betekent dat we "
              "problemen niet over de schutting gooien. Transparantie betekent dat we open zijn over keuzes en "
              "dilemma's, ook richting ouders en gemeenten."),
        ("p", "Deze visie is in de afgelopen periode in meerdere bijeenkomsten met directeuren en intern "
              "begeleiders besproken. Zij sluit aan bij de landelijke verbeteraanpak passend onderwijs, waarin "
              "meer duidelijkheid, minder bureaucratie en betere samenwerking met zorg centraal staan."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['short']} is een stichting. Het bestuur van de stichting wordt gevormd door een directeur-bestuurder; "
              f"het intern toezicht ligt bij de raad van toezicht, die bestaat uit vertegenwoordigers van de "
              f"aangesloten schoolbesturen en twee onafhankelijke leden. De scheiding tussen bestuur en toezicht is "
              f"vastgelegd in de statuten en uitgewerkt in een bestuursreglement en een toezichtkader."),
        ("p", "De directeur-bestuurder is eindverantwoordelijk voor de uitvoering van dit plan, voor de "
              "bedrijfsvoering en voor de besluiten die het samenwerkingsverband op grond van de wet neemt. De raad "
              "van toezicht keurt de begroting en het jaarverslag goed en houdt toezicht op de rechtmatige en "
              "doelmatige inzet van middelen. Daarnaast is er een directeurenoverleg, waarin de schooldirecteuren "
              "per subregio elkaar ontmoeten, en een netwerk van intern begeleiders."),
        ("p", "Het bureau van het samenwerkingsverband is klein. Er werken een beleidsmedewerker, een "
              "controller, een secretariaatsmedewerker en een team van orthopedagogen en onderwijsadviseurs. Het "
              "bureau is gehuisvest in een verzamelgebouw waar ook het centrum voor jeugd en gezin gevestigd is, wat "
              "de samenwerking in de praktijk vergemakkelijkt."),
        ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen. "
              "In de afgelopen planperiode is daar geen gebruik van gemaakt."),
    ]


def opr(c, with_parents=True):
    comp = ("De OPR bestaat uit acht leden: vier personeelsleden en vier ouders, afgevaardigd vanuit de "
            "medezeggenschapsraden van de aangesloten scholen. " if with_parents else
            "De OPR bestaat uit acht leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) en een medezeggenschapsraad voor het "
              "personeel van het bureau. " + comp +
              "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert "
              "vijf keer per jaar met de directeur-bestuurder."),
        ("p", f"Het concept van dit plan is op {c['opr_date1']} aan de OPR voorgelegd. Na twee gesprekken en een "
              f"aantal aanpassingen heeft de OPR op {c['opr_date2']} ingestemd met dit plan. De OPR heeft daarbij "
              f"gevraagd om jaarlijks te worden meegenomen in de voortgang, wat we graag toezeggen."),
    ]


def oogo(c, content=True):
    b = [("h1", "Samenwerking met gemeenten")]
    b.append(("p", f"Het concept-ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO) "
                   f"met de gemeenten {c['gemeenten']}. Het formele OOGO vond plaats op {c['oogo_date']}. De "
                   f"gemeenten hebben ingestemd met het plan; het verslag van het OOGO is opgenomen in het "
                   f"dossier van het bestuur. Ook het overleg met het samenwerkingsverband "
                   f"{'voortgezet' if c['sector']=='po' else 'primair'} onderwijs in de regio heeft plaatsgevonden."))
    if content:
        b.append(("p", "Inhoudelijk werken we met de gemeenten samen op de thema's die in de regionale agenda "
                       "onderwijs-jeugd zijn vastgelegd: de aansluiting tussen onderwijs en jeugdhulp, de inzet van "
                       "schoolmaatschappelijk werk, leerlingenvervoer en de combinatie van onderwijs en zorg voor "
                       "kinderen die beide nodig hebben. Elke school heeft een vaste contactpersoon van het "
                       "gemeentelijke sociaal team. Voor onderwijs-zorgarrangementen bestaat een gezamenlijke "
                       "financieringsafspraak waarin de gemeente de zorgcomponent betaalt en het "
                       "samenwerkingsverband de onderwijscomponent."))
    else:
        b.append(("p", "De gemeenten en het samenwerkingsverband overleggen twee keer per jaar op bestuurlijk "
                       "niveau. De agenda van dat overleg wordt in overleg vastgesteld."))
    return b


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De uitvoering van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort "
              "raakt ook onze regio: op meerdere scholen staan groepen tijdelijk onder leiding van "
              "onderwijsassistenten of zij-instromers. Dat heeft gevolgen voor wat scholen kunnen bieden. Het "
              "samenwerkingsverband is geen werkgever van leerkrachten, maar draagt bij aan de professionalisering "
              "van teams."),
        ("p", "Jaarlijks organiseren we een studiedag voor intern begeleiders en een aanbod van korte "
              "scholingsmodules, bijvoorbeeld over gedrag in de klas, over het gesprek met ouders en over "
              "handelingsgericht werken. Scholen kunnen de orthopedagogen van het samenwerkingsverband inzetten "
              "voor teamscholing. De personeelsleden van het bureau volgen zelf een professionaliseringsplan dat "
              "jaarlijks met de directeur-bestuurder wordt besproken."),
        ("p", "De gevolgen van dit plan voor het personeel van het samenwerkingsverband zijn beperkt. De "
              "formatie van het bureau blijft in de planperiode naar verwachting gelijk. Bij vacatures kijken we "
              "eerst naar mogelijkheden binnen de aangesloten besturen."),
    ]


def ict(c):
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
              "gegevens over gezondheid. Dat doen we alleen voor zover dat nodig is voor de uitvoering van onze "
              "wettelijke taken. Wij hebben een functionaris gegevensbescherming aangesteld en een privacyreglement "
              "vastgesteld. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd."),
        ("p", "Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. Scholen hebben "
              "daarvoor per locatie een of twee accounts. Het gebruik van e-mail voor het versturen van "
              "leerlinggegevens is niet toegestaan. In de planperiode vervangen we het huidige systeem; de "
              "aanbesteding daarvan start in het voorjaar van 2026."),
    ]


def planning(c, evaluate=True):
    rows = [["Periode", "Activiteit"],
            ["voorjaar 2026", "vaststelling plan, toezending aan de inspectie vóór 1 mei"],
            ["schooljaar 2026-2027", "implementatie nieuwe werkwijze loket; scholing intern begeleiders"],
            ["schooljaar 2027-2028", "herziening digitale omgeving; actualisering begrippenlijst"],
            ["schooljaar 2029-2030", "voorbereiding nieuw ondersteuningsplan"]]
    b = [("h1", "Planning en jaarcyclus"),
         ("p", "Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. De uitwerking per jaar vindt plaats in "
               "het jaarplan, dat samen met de begroting in het najaar wordt vastgesteld. In de tabel staan de "
               "belangrijkste mijlpalen."),
         ("table", rows)]
    if evaluate:
        b.append(("p", "Wijzigingen van dit plan gedurende de planperiode worden ter instemming aan de OPR "
                       "voorgelegd."))
    return b


def wettelijk(c):
    po = c['sector'] == 'po'
    art = "artikel 18a van de Wet op het primair onderwijs" if po else "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    sp = "het speciaal basisonderwijs en het speciaal onderwijs" if po else "het voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs"
    return [
        ("h1", "Wettelijk kader"),
        ("p", f"De inhoud van het ondersteuningsplan is voorgeschreven in {art}. Het plan bevat in elk geval: de "
              f"wijze waarop het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen "
              f"realiseert, met inbegrip van de basisondersteuning op alle vestigingen; de procedure en criteria "
              f"voor de verdeling, besteding en toewijzing van de ondersteuningsmiddelen, mede in het licht van een "
              f"meerjarenbegroting; de procedure en criteria voor de plaatsing van leerlingen in {sp}; de procedure "
              f"en het beleid voor terugplaatsing of overplaatsing na afloop van de toelaatbaarheidsverklaring; de "
              f"beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben; "
              f"en de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over de "
              f"onafhankelijke ondersteuningsmogelijkheden voor ouders."),
        ("p", "Het plan wordt vastgesteld na op overeenstemming gericht overleg met de gemeenten en na instemming "
              "van de ondersteuningsplanraad, en wordt vóór 1 mei toegezonden aan de inspectie van het onderwijs. "
              "Daarnaast zijn de Wet medezeggenschap op scholen, de Algemene wet bestuursrecht en de Algemene "
              "verordening gegevensbescherming van belang voor ons werk. De Wet versterking positie ouders en "
              "leerlingen in het passend onderwijs brengt wijzigingen met zich mee voor de schoolgids en het "
              "schoolondersteuningsprofiel; wij volgen de invoering daarvan."),
    ]


def totstandkoming(c):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", f"De voorbereiding van dit plan startte in het voorjaar van 2025 met een evaluatie van het vorige "
              f"plan. Daarna zijn in de zomer en het najaar bijeenkomsten georganiseerd met schoolleiders, intern "
              f"begeleiders en ondersteuningscoördinatoren, met vertegenwoordigers van de "
              f"{'sbo- en so-scholen' if c['sector']=='po' else 'vso-scholen en het praktijkonderwijs'} en met "
              f"beleidsmedewerkers van de gemeenten. Ook is een digitale vragenlijst uitgezet onder leerkrachten en "
              f"mentoren; daarop reageerden ruim driehonderd mensen."),
        ("p", "Een schrijfgroep met twee schoolleiders, een intern begeleider, een bestuurder en de beleidsmedewerker "
              "van het bureau heeft op basis van die opbrengst een eerste concept geschreven. Dat concept is in "
              "december 2025 besproken in het directeurenoverleg en in een informele sessie met de "
              "ondersteuningsplanraad. De opmerkingen zijn verwerkt in het concept dat formeel is voorgelegd aan "
              "de OPR en aan de gemeenten."),
        ("p", "We hebben geprobeerd het plan leesbaar te houden. Technische onderwerpen, zoals de "
              "overdrachtsregelingen met DUO, hebben we zo kort mogelijk beschreven. Waar we nog niet alle antwoorden "
              "hebben, zeggen we dat eerlijk."),
    ]


def overstap(c):
    if c['sector'] == 'po':
        return [
            ("h1", "De overstap naar het voortgezet onderwijs"),
            ("p", "Elk jaar maken in onze regio ruim duizend leerlingen de overstap naar het voortgezet onderwijs. "
                  "Voor de meeste kinderen verloopt die overstap soepel. Voor kinderen met een ondersteuningsbehoefte "
                  "is een warme overdracht belangrijk: een gesprek tussen de basisschool en de vo-school, waarin het "
                  "onderwijskundig rapport wordt toegelicht. Het samenwerkingsverband vo in onze regio en wij hebben "
                  "afgesproken dat de overdrachtsgesprekken plaatsvinden tussen half maart en eind mei."),
            ("p", "Daarnaast werken we samen aan de doorlopende leerlijn voor kinderen die meer aankunnen en voor "
                  "kinderen die het praktijkonderwijs of het leerwegondersteunend onderwijs nodig hebben. De "
                  "aanmeldprocedure voor het voortgezet onderwijs valt onder verantwoordelijkheid van het "
                  "samenwerkingsverband vo."),
        ]
    return [
        ("h1", "Van vo naar mbo en werk"),
        ("p", "Leerlingen met een ondersteuningsbehoefte lopen meer risico om zonder startkwalificatie het onderwijs "
              "te verlaten. Samen met de mbo-instellingen in de regio organiseren we een warme overdracht voor "
              "leerlingen uit het vmbo en het praktijkonderwijs. De loopbaanbegeleiders van de scholen hebben "
              "daarvoor een jaarlijkse overdrachtsdag."),
        ("p", "Voor leerlingen uit het praktijkonderwijs en het vso die uitstromen naar werk of dagbesteding werken "
              "we samen met de regionale werkgeversservicepunten. Het uitstroomprofiel uit het OPP is daarbij "
              "het vertrekpunt."),
    ]


def kennisdeling(c):
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", "Het samenwerkingsverband faciliteert een aantal netwerken: het netwerk intern begeleiders of "
              "ondersteuningscoördinatoren, een netwerk gedragsspecialisten, een netwerk taal en een netwerk voor "
              "leerkrachten in de onderbouw. De netwerken komen vier tot zes keer per jaar bijeen. Een deel van de "
              "bijeenkomsten wordt verzorgd door de scholen zelf, zodat de kennis die in de regio aanwezig is beter "
              "wordt benut."),
        ("p", "Daarnaast werken we samen met de hogeschool in de regio aan praktijkgericht onderzoek. In de "
              "afgelopen periode is onderzoek gedaan naar de rol van onderwijsassistenten bij extra ondersteuning "
              "in de klas. De uitkomsten zijn gedeeld in een regionale kennisdag."),
        ("p", "Het bureau houdt een digitale kennisbank bij met handreikingen, voorbeelden van goede praktijk en "
              "formats. Scholen kunnen daar zelf documenten aan toevoegen."),
    ]


def bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", "De financiële administratie en de salarisadministratie van het samenwerkingsverband zijn "
              "uitbesteed aan een administratiekantoor. De jaarrekening wordt gecontroleerd door een "
              "onafhankelijke accountant. Het bureau werkt met een intern controleplan en een "
              "treasurystatuut dat past binnen de regeling beleggen, lenen en derivaten."),
        ("p", "Het bureau huurt kantoorruimte en vergaderruimte. Contracten voor ICT, schoonmaak en "
              "inkoop worden waar mogelijk samen met een van de aangesloten besturen afgesloten, om kosten "
              "te besparen."),
    ]


def begrippen(c, extra=()):
    rows = [["Begrip / afkorting", "Betekenis"],
            ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het "
                                   "samenwerkingsverband bieden."],
            ["Dekkend aanbod", "Een geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
            ["IB'er", "Intern begeleider."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jeugdigen terechtkunnen met vragen."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het "
                               "regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen."],
            ["Zorgplicht", "De plicht van een school om een aangemelde leerling een passende plek te bieden."]]
    rows += list(extra)
    return [("h1", "Begrippen en afkortingen"), ("table", rows)]


# --------------------------------------------------------------------------------------------
# Plan 1: SWV PO De Waterlinie (docx) - solid plan, resultaten monitoring and dekkend lacunes deferred
# --------------------------------------------------------------------------------------------

C1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie (PO 26-12)", short="SWV De Waterlinie",
          period="2026-2030", gemeenten="Lingestad, Waalkant en Bommelrade", n_gem=3, boards=9, schools=58,
          pupils="11.870", director="Marieke van Doorn", sector="po", opr_date1="20 januari 2026",
          opr_date2="10 maart 2026", oogo_date="3 februari 2026")


def plan1():
    c = C1
    body = []
    body += voorwoord(c) + leeswijzer(c) + wettelijk(c) + totstandkoming(c) + context(c) + visie(c)
    body += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Alle scholen van De Waterlinie hebben samen het niveau van basisondersteuning vastgesteld. Dit is "
              "de ondergrens: iedere vestiging van iedere aangesloten basisschool biedt deze ondersteuning, zonder "
              "dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Scholen mogen meer bieden, en veel "
              "scholen doen dat ook, maar niet minder. Het afgesproken niveau is in december 2025 door alle negen "
              "besturen bevestigd."),
        ("p", "Concreet betekent dit dat ouders op elke school het volgende mogen verwachten:"),
        ("ul", ["een intern begeleider met ten minste één dag per week per 200 leerlingen beschikbaar voor "
                "leerlingbesprekingen en overleg met ouders;",
                "een werkend leerlingvolgsysteem en minimaal twee groepsbesprekingen per jaar per groep;",
                "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                "begeleiding tot aan de vergoede diagnostiek;",
                "een aanbod voor kinderen die meer aankunnen dan het reguliere programma, binnen de eigen groep;",
                "een methode of programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
                "een aanpak voor kinderen met een taalachterstand, waaronder NT2-ondersteuning in de groep;",
                "afspraken over medisch handelen en een protocol voor het geven van medicijnen;",
                "een schoolondersteuningsteam waarin de intern begeleider, de ouders en zo nodig de orthopedagoog "
                "van het samenwerkingsverband samen een vraag bespreken."]),
        ("p", "Wat de school daarnaast biedt, staat in de schoolgids. Het samenwerkingsverband bespreekt eens per "
              "twee jaar met iedere school of de basisondersteuning op orde is, aan de hand van een korte "
              "zelfevaluatie en een schoolbezoek. Als een school onder het afgesproken niveau blijft, maakt de "
              "school met haar bestuur een verbeterplan met een termijn van maximaal één schooljaar."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Soms heeft een kind meer nodig dan de basisondersteuning. De school kan dan eerst zelf extra "
              "ondersteuning inzetten uit het schoolbudget (zie het hoofdstuk Geld en middelen). Als dat niet "
              "genoeg is, kan de school een arrangement aanvragen. We onderscheiden drie niveaus boven de "
              "basisondersteuning: een arrangement in de eigen school (bijvoorbeeld extra begeleiding door een "
              "specialist of een aangepaste leerroute), een plek in een van de twee bovenschoolse "
              "groepsvoorzieningen (de Schakelklas voor kinderen met een intensieve gedragsvraag en de "
              "Taalbrug voor nieuwkomers), en plaatsing in het speciaal basisonderwijs of speciaal onderwijs."),
        ("p", "In de regio staan twee scholen voor speciaal basisonderwijs (De Kade en De Wielewaal) en drie "
              "locaties voor speciaal onderwijs cluster 3 en 4. Samen met de reguliere scholen en de "
              "bovenschoolse voorzieningen vormen zij het ondersteuningsaanbod van de regio. Tussen de niveaus "
              "bestaan afspraken over consultatie: de sbo-scholen bieden collegiale consultatie aan de "
              "basisscholen in hun subregio."),
        ("h1", "Toelaatbaarheid en plaatsing"),
        ("h2", "De aanvraag"),
        ("p", "Een TLV voor het speciaal basisonderwijs of het speciaal onderwijs wordt aangevraagd door het "
              "schoolbestuur van de school waar de leerling staat ingeschreven. In de praktijk doet de intern "
              "begeleider dat namens het bestuur via de digitale omgeving. Bij de aanvraag horen het "
              "groeidocument of OPP, een verslag van het laatste overleg met ouders en de zienswijze van ouders. "
              "Ouders ondertekenen het groeidocument voor gezien."),
        ("h2", "Beoordeling en besluit"),
        ("p", "De aanvraag wordt beoordeeld door de Commissie Toelaatbaarheid van het samenwerkingsverband. Twee "
              "deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
              "afhankelijk van de vraag van het kind, een tweede deskundige zoals een maatschappelijk werker, "
              "jeugdarts of kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag. Op "
              "basis van de adviezen neemt de commissie namens de directeur-bestuurder binnen zes weken na "
              "ontvangst van een volledige aanvraag een besluit. Ouders ontvangen een afschrift van de adviezen."),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school "
              "heeft ten minste twee cycli van handelingsgericht werken met extra ondersteuning doorlopen en "
              "geëvalueerd; de ondersteuningsbehoefte ligt op meerdere domeinen (leren, gedrag, werkhouding) "
              "tegelijk; en een arrangement in de eigen school of een bovenschoolse voorziening is onvoldoende "
              "gebleken of aantoonbaar niet passend. Voor het so geldt daarnaast dat de ondersteuningsbehoefte "
              "zo intensief is dat een gespecialiseerde setting met kleine groepen en specifieke expertise "
              "(cluster 3 of 4) nodig is, of dat medische of lichamelijke beperkingen aanpassingen vragen die "
              "in het sbo niet te realiseren zijn."),
        ("p", "Bij een TLV voor het so bepaalt de commissie ook de bekostigingscategorie (laag, midden of hoog). "
              "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode; een TLV voor het so "
              "voor twee schooljaren, tot en met 31 juli. Ouders en school kunnen binnen zes weken bezwaar maken "
              "bij de directeur-bestuurder. Het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
        ("h2", "Na de TLV: terug naar het basisonderwijs"),
        ("p", "Een plek in het sbo of so is voor ons nooit vanzelfsprekend een eindstation. Het uitgangspunt is dat "
              "een kind teruggaat naar een basisschool zodra dat verantwoord kan, bij voorkeur dicht bij huis. "
              "Terugplaatsing is alleen aan de orde als het kind zich volgens het OPP zodanig heeft ontwikkeld dat "
              "de ondersteuningsbehoefte binnen de basisondersteuning plus een arrangement kan worden geboden, "
              "en als er een basisschool is die deze ondersteuning kan bieden."),
        ("p", "De sbo- of so-school bespreekt bij iedere jaarlijkse evaluatie van het OPP met de ouders of "
              "terugplaatsing in beeld is. In het laatste jaar van de TLV neemt de school uiterlijk in januari "
              "het initiatief tot een overleg met ouders, de beoogde basisschool en een orthopedagoog van het "
              "samenwerkingsverband. Als terugplaatsing niet passend is, vraagt de school vóór 1 april een nieuwe "
              "TLV aan. Besluiten alle partijen tot terugplaatsing, dan eindigt de TLV op 31 juli en start het kind "
              "na de zomer op de basisschool. De ontvangende school krijgt een terugplaatsingsarrangement van één "
              "schooljaar, met ambulante begeleiding vanuit de sbo- of so-school en een extra budget van "
              "€ 3.500. Na zes weken en na een half jaar vindt een evaluatie plaats."),
        ("h1", "Een passende plek voor ieder kind"),
        ("p", "Wij willen dat geen kind in onze regio tussen wal en schip valt. Het aantal thuiszitters is de "
              "afgelopen jaren niet gedaald. Hoe wij thuiszitters en kinderen zonder passende plek signaleren en "
              "welke stappen dan volgen, leggen we samen met de leerplichtambtenaren en de gemeenten vast in een "
              "regionaal protocol. Dat protocol wordt in het schooljaar 2026-2027 opgesteld."),
        ("p", "Ook de vraag waar in de regio nog voorzieningen ontbreken, bijvoorbeeld voor jonge kinderen met "
              "een ernstige gedragsvraag, nemen we mee in een analyse die we in 2027 uitvoeren."),
    ]
    body += oogo(c) + [
        ("h1", "Geld en middelen"),
        ("h2", "Hoe verdelen we het geld?"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Na aftrek van de afdrachten aan DUO voor het so en het sbo verdelen wij het resterende budget als "
              "volgt. Iedere school ontvangt een schoolbudget van € 145 per leerling (teldatum 1 oktober van het "
              "voorgaande jaar) plus een vaste voet van € 6.000 per vestiging. Dit budget gaat naar het "
              "schoolbestuur, dat het inzet voor extra ondersteuning op zijn scholen. Daarnaast houdt het "
              "samenwerkingsverband een budget aan voor arrangementen, die op aanvraag van de school worden "
              "toegekend door de Commissie Toelaatbaarheid, en voor de bovenschoolse voorzieningen."),
        ("p", "Besturen verantwoorden de inzet van het schoolbudget jaarlijks via een korte rapportage en het "
              "jaarverslag. De weerstandsratio van het samenwerkingsverband ligt op 0,12; de reserve boven de "
              "signaleringswaarde wordt in de planperiode ingezet voor de bovenschoolse voorzieningen."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "9.850", "9.780", "9.700", "9.640"],
                   ["Afdrachten DUO (so/sbo)", "4.310", "4.290", "4.260", "4.240"],
                   ["Schoolbudgetten besturen", "2.070", "2.050", "2.030", "2.010"],
                   ["Arrangementen", "1.250", "1.250", "1.230", "1.220"],
                   ["Bovenschoolse voorzieningen", "1.180", "1.160", "1.150", "1.140"],
                   ["Bureau en deskundigen", "980", "990", "1.000", "1.010"],
                   ["Resultaat", "60", "40", "30", "20"]]),
        ("h1", "Ambities en resultaten"),
        ("p", "Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd voor kinderen die extra "
              "ondersteuning nodig hebben:"),
        ("ul", ["het deelnamepercentage sbo daalt van 2,4% naar 2,0% in 2030;",
                "ten minste 10 leerlingen per jaar gaan vanuit sbo of so terug naar het basisonderwijs;",
                "de tijd tussen aanvraag en besluit over een arrangement is voor 90% van de aanvragen korter "
                "dan vier weken;",
                "alle scholen voldoen in 2028 aan het afgesproken niveau van basisondersteuning."]),
        ("p", "Hoe wij de voortgang op deze ambities gaan volgen en hoe we daarover rapporteren, werken we in het "
              "eerste planjaar uit in een monitor."),
    ]
    body += [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een maandelijkse nieuwsbrief en via het netwerk van intern begeleiders."),
        ("p", "Ouders informeren we op verschillende manieren over de ondersteuning in de regio. Op onze website "
              "staat per school een overzicht van de basisondersteuning en de extra ondersteuning die de school "
              "biedt, en een uitleg van de route naar een arrangement of TLV. Iedere school neemt deze informatie op "
              "in haar schoolgids. Twee keer per jaar organiseren we een informatieavond voor ouders, en we hebben "
              "een folder 'Passend onderwijs in De Waterlinie' die scholen meegeven bij een eerste gesprek over extra "
              "ondersteuning."),
        ("p", "Heeft u als ouder vragen, of komt u er met de school niet uit, dan kunt u terecht bij het Ouder- en "
              "Jeugdsteunpunt Waterlinie. Het steunpunt is onafhankelijk van scholen en van het "
              "samenwerkingsverband, is telefonisch bereikbaar op werkdagen en kan een onafhankelijke "
              "ouderbegeleider meesturen naar een gesprek op school. Daarnaast kunt u een beroep doen op de "
              "landelijke onderwijsconsulenten. Klachten over het samenwerkingsverband kunt u indienen bij de "
              "landelijke klachtencommissie van Stichting Onderwijsgeschillen."),
    ]
    body += opr(c) + personeel(c) + kennisdeling(c) + overstap(c) + ict(c) + bedrijfsvoering(c) + planning(c, evaluate=False) + begrippen(c)
    return [("title", "Ondersteuningsplan 2026-2030"), ("p", c['name'])] + toc(body) + body


L1 = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                                     financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                                     ouders="present"),
          criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                    "plaatsing.procedure": True, "plaatsing.criteria": True,
                    "terugstroom.procedure": True, "terugstroom.beleid": True,
                    "financien.verdeling": True, "financien.besteding": True,
                    "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                    "resultaten.doelen": True, "resultaten.monitoring": False,
                    "ouders.informatie": True, "ouders.steunpunt": True},
          advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                    "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                    "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
          notes={"basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': agreed minimum for every vestiging + concrete list; biennial check",
                 "plaatsing": "Ch. 'Toelaatbaarheid en plaatsing': aanvraag by bestuur, CvT, two deskundigen, 6 weeks, explicit sbo/so criteria, duration, LBT",
                 "terugstroom": "Hidden inside TLV chapter, subsection 'Na de TLV': policy (thuisnabij, conditions) + steps (January overleg, 1 April, 31 July, arrangement)",
                 "financien": "Under 'Geld en middelen': EUR 145 per leerling + vaste voet, arrangementen; meerjarenbegroting table 2026-2029",
                 "dekkend-aanbod": "Continuum in 'Extra ondersteuning en arrangementen'; thuiszitters/gaps deferred to a protocol in 2026-2027 and an analysis in 2027",
                 "resultaten": "'Ambities en resultaten' lists measurable targets, but monitoring is deferred ('werken we in het eerste planjaar uit')",
                 "ouders": "Inside 'Communicatie': website/schoolgids/folder/informatieavond + Ouder- en Jeugdsteunpunt, onderwijsconsulenten"})


# --------------------------------------------------------------------------------------------
# Plan 2: SWV PO Kempenland-Zuid (docx) - thin plan 'op hoofdlijnen'
# --------------------------------------------------------------------------------------------

C2 = dict(name="Samenwerkingsverband Kempenland-Zuid PO 30-07", short="Kempenland-Zuid", period="2026-2030",
          gemeenten="Eersel-Heide, Bladelveen en Reusel-Akkers", n_gem=3, boards=6, schools=34, pupils="6.410",
          director="drs. H.J.M. (Henk) Verhoeven", sector="po", opr_date1="4 december 2025",
          opr_date2="19 februari 2026", oogo_date="27 januari 2026")


def plan2():
    c = C2
    body = voorwoord(c) + [
        ("p", "Dit ondersteuningsplan is een plan op hoofdlijnen. De concrete uitwerking vindt plaats in "
              "onderliggende documenten zoals het Handboek Toewijzing en de jaarplannen."),
        ("h1", "Samenvatting"),
        ("p", "Kempenland-Zuid kiest in deze planperiode voor continuïteit. De ondersteuningsstructuur die in de "
              "afgelopen jaren is opgebouwd, blijft het fundament. Wel willen we de samenwerking met de gemeenten "
              "verder versterken, de administratieve lasten voor scholen verminderen en de kennis die in de scholen "
              "aanwezig is beter benutten. Het samenwerkingsverband blijft een kleine, wendbare organisatie die "
              "dicht bij de scholen staat."),
        ("p", "In de hoofdstukken hierna beschrijven we achtereenvolgens de basisondersteuning, de "
              "ondersteuningsstructuur, de toewijzing, de samenwerking met gemeenten, de financiën, de rol van "
              "ouders en de organisatie. Het plan sluit af met een planning, een begrippenlijst en een overzicht van "
              "de bijlagen. Wie snel wil weten wat dit plan betekent voor een individuele leerling, kan het beste "
              "beginnen bij het hoofdstuk over de ondersteuningsstructuur en daarna contact opnemen met de intern "
              "begeleider van de school."),
    ] + leeswijzer(c) + wettelijk(c) + totstandkoming(c) + context(c) + visie(c) + [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is de ondersteuning die iedere school binnen Kempenland-Zuid ten minste biedt. De "
              "aangesloten besturen hebben afgesproken dat dit niveau voor alle scholen en alle locaties gelijk is "
              "en dat een school niet onder dit niveau mag zakken. Het niveau is gebaseerd op de vier aspecten uit "
              "het referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur en planmatig werken."),
        ("p", "De standaarden voor basisondersteuning, met de concrete uitwerking per standaard, zijn opgenomen in "
              "bijlage 2 van dit plan. Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij aan deze "
              "standaarden voldoen."),
        ("h1", "Ondersteuningsstructuur en dekkend aanbod"),
        ("p", "Kempenland-Zuid werkt met een ondersteuningsstructuur in vijf niveaus. Niveau 1 en 2 vallen binnen "
              "de groep en de school: de leerkracht past het aanbod aan en bespreekt het kind in de "
              "groepsbespreking. Niveau 3 is de basisondersteuning waarbij de intern begeleider en het "
              "schoolondersteuningsteam betrokken zijn. Niveau 4 is extra ondersteuning met een arrangement "
              "vanuit het samenwerkingsverband: een individueel arrangement in de eigen school, een plek in de "
              "bovenschoolse observatiegroep De Brug (maximaal 12 weken) of deelname aan de plusklas voor "
              "kinderen die meer uitdaging nodig hebben. Niveau 5 is een plek in het sbo (De Ster in Bladelveen) "
              "of in het so (cluster 3 en 4, drie locaties in en net buiten de regio)."),
        ("p", "Om te zorgen dat er voor ieder kind een plek is, hanteren we de volgende werkwijze. Iedere school "
              "meldt een leerling die langer dan vier weken (geoorloofd of ongeoorloofd) niet naar school gaat, "
              "binnen een week bij het samenwerkingsverband en de leerplichtambtenaar. Binnen twee weken na de "
              "melding organiseert de consulent van het samenwerkingsverband een overleg met ouders, school, "
              "leerplicht en jeugdhulp, waarin een plan voor terugkeer wordt gemaakt. Lukt het niet om binnen "
              "drie maanden een passende plek te vinden, dan schaalt de directeur-bestuurder op naar het "
              "bestuurlijk overleg met de betrokken schoolbesturen en gemeente (doorbraakoverleg)."),
        ("p", "Eens per jaar analyseren we met de besturen en gemeenten de meldingen en de aanvragen van het "
              "afgelopen jaar. Waar we zien dat een groep kinderen structureel geen passende plek vindt, zoals in "
              "2025 bij jonge kinderen met een combinatie van leer- en gedragsvragen, ontwikkelen we samen een "
              "nieuw aanbod. Zo is in 2025 de kleuterobservatiegroep gestart in samenwerking met het sbo."),
        ("h1", "Toewijzing"),
        ("p", "Voor de toewijzing van arrangementen en toelaatbaarheidsverklaringen hanteert Kempenland-Zuid "
              "het Handboek Toewijzing 2026. Het handboek is een afzonderlijk document en staat op de website van "
              "het samenwerkingsverband. Het handboek wordt jaarlijks geactualiseerd."),
    ] + oogo(c) + [
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband hanteert een schoolmodel: het grootste deel van de middelen gaat "
              "rechtstreeks naar de schoolbesturen, zodat de ondersteuning zo dicht mogelijk bij het kind "
              "georganiseerd kan worden. Na aftrek van de verplichte afdrachten aan het speciaal (basis)onderwijs "
              "en de kosten van het bureau, ontvangen de besturen een bedrag per leerling op basis van het aantal "
              "leerlingen op 1 oktober van het voorgaande jaar. Voor 2026 is dat € 162 per leerling. Arrangementen "
              "op niveau 4 worden op aanvraag van de school toegekend uit een centraal arrangementenbudget; de "
              "bovenschoolse voorzieningen worden rechtstreeks door het samenwerkingsverband bekostigd."),
        ("p", "De meerjarenbegroting 2026-2029 wordt na vaststelling door de raad van toezicht als aanvulling op "
              "dit plan gepubliceerd."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze belangrijkste partners. Wij vinden het belangrijk dat ouders vanaf het eerste "
              "moment betrokken worden wanneer hun kind extra ondersteuning nodig heeft, en dat zij als "
              "gelijkwaardige gesprekspartner aan tafel zitten bij het opstellen van het OPP."),
        ("p", "Ouders worden op verschillende manieren geïnformeerd over de ondersteuningsmogelijkheden. Iedere "
              "school beschrijft in de schoolgids welke ondersteuning zij biedt en hoe ouders daarbij betrokken "
              "worden. Op de website van het samenwerkingsverband staat een ouderpagina met uitleg over "
              "passend onderwijs, de ondersteuningsstructuur en de contactgegevens van de consulenten. Nieuwe "
              "ouders ontvangen bij aanmelding op school de brochure 'Passend onderwijs in Kempenland-Zuid'."),
        ("p", "Voor onafhankelijke ondersteuning verwijzen wij ouders naar de informatie op onze website."),
    ] + opr(c) + personeel(c) + kennisdeling(c) + overstap(c) + ict(c) + bedrijfsvoering(c) + planning(c, evaluate=False) + begrippen(c) + [
        ("h1", "Bijlagen"),
        ("p", "Bijlage 1  Verslag OOGO\nBijlage 2  Standaarden basisondersteuning\nBijlage 3  Instemmingsbrief OPR\n"
              "(De bijlagen zijn als afzonderlijke documenten beschikbaar.)"),
    ]
    return [("title", "Ondersteuningsplan Kempenland-Zuid 2026-2030 — op hoofdlijnen"), ("p", c['name'])] \
        + toc(body) + body


L2 = dict(sector="po", elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="missing",
                                     financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing",
                                     ouders="partial"),
          criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                    "plaatsing.procedure": False, "plaatsing.criteria": False,
                    "terugstroom.procedure": False, "terugstroom.beleid": False,
                    "financien.verdeling": True, "financien.besteding": False,
                    "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                    "resultaten.doelen": False, "resultaten.monitoring": False,
                    "ouders.informatie": True, "ouders.steunpunt": False},
          advisory={"dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
          notes={"basisondersteuning": "Ch. 'Basisondersteuning' defines the agreed minimum for all locations; the concrete standards are only in absent 'bijlage 2' (Referentiekader 4 aspects alone is not content)",
                 "plaatsing": "Ch. 'Toewijzing' only refers to a separate Handboek Toewijzing on the website; no procedure or criteria in the plan",
                 "terugstroom": "Nothing in body; 'Terugplaatsing' appears only in the begrippenlijst",
                 "financien": "Ch. 'Financiën': schoolmodel, EUR 162 per leerling, arrangementenbudget (verdeling); meerjarenbegroting deferred and table is all p.m.",
                 "dekkend-aanbod": "Ch. 'Ondersteuningsstructuur en dekkend aanbod': 5 levels with voorzieningen; thuiszitters melding/overleg/doorbraakoverleg and yearly gap analysis",
                 "resultaten": "No intended results or monitoring anywhere; 'resultaat' only in voorwoord",
                 "ouders": "Ch. 'Ouders': schoolgids, website ouderpagina, brochure (informatie); independent support only 'zie website' (steunpunt not addressed)"})


# --------------------------------------------------------------------------------------------
# Plan 3: SWV PO Veluwezoom-Oost (pdf) - good plan with much content in tables; ouders missing
# --------------------------------------------------------------------------------------------

C3 = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Veluwezoom-Oost (PO 25-05)", short="SWV Veluwezoom-Oost",
          period="2026-2030", gemeenten="Rhedenberg, Dierenveld en Brummerloo", n_gem=3, boards=7, schools=41,
          pupils="7.935", director="Ingrid Hazenberg", sector="po", opr_date1="15 januari 2026",
          opr_date2="5 maart 2026", oogo_date="10 februari 2026")


def plan3():
    c = C3
    body = voorwoord(c) + leeswijzer(c) + wettelijk(c) + totstandkoming(c) + context(c, [["Deelnamepercentage sbo", "2,1%"],
                                                       ["Deelnamepercentage so", "1,6%"]]) + visie(c)
    body += [
        ("h1", "Terugblik op de planperiode 2022-2026"),
        ("p", "In de vorige planperiode hebben we vooral geïnvesteerd in de basis. Alle scholen hebben een "
              "schoolondersteuningsteam ingericht, en het aantal aanvragen voor arrangementen is gestabiliseerd. "
              "Minder goed ging het met de wachttijden in de jeugdhulp en met het vinden van een passende plek voor "
              "kinderen met complexe vragen. De evaluatie van de vorige periode, uitgevoerd door een extern bureau, "
              "heeft ons geholpen om in dit plan scherpere keuzes te maken."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Wij organiseren de ondersteuning in een doorgaande lijn van basis naar specialistisch. In de tabel "
              "staat per laag wat er wordt geboden, door wie en hoe de ondersteuning wordt ingezet."),
        ("table", [["Laag", "Wat", "Wie", "Toegang"],
                   ["Basisondersteuning", "Zie de standaarden hieronder; op iedere vestiging aanwezig",
                    "school (leerkracht, IB'er)", "geen aanvraag nodig"],
                   ["Lichte extra ondersteuning", "Inzet schoolbudget: RT, kortdurende trainingen, "
                    "consultatie orthopedagoog", "school", "besluit school"],
                   ["Arrangement", "Individueel of groepsarrangement (bijv. Kangoeroegroep, "
                    "gedragsspecialist in de klas)", "school + SWV", "aanvraag bij Loket"],
                   ["Bovenschoolse voorziening", "Observatie- en plaatsingsgroep Het Anker "
                    "(max. 16 weken)", "SWV", "aanvraag bij Loket"],
                   ["Speciaal basisonderwijs", "Twee sbo-scholen (Arnhem-Oost, Dieren)", "sbo", "TLV"],
                   ["Speciaal onderwijs", "Cluster 3 en 4, vier locaties", "so", "TLV"]]),
        ("h2", "Standaarden basisondersteuning"),
        ("p", "De besturen hebben afgesproken dat alle scholen van het samenwerkingsverband ten minste de "
              "volgende standaarden realiseren. Dit is het niveau van basisondersteuning in Veluwezoom-Oost."),
        ("table", [["Standaard", "Concreet betekent dit"],
                   ["1 Ondersteuningsstructuur", "IB'er aanwezig; schoolondersteuningsteam met orthopedagoog SWV "
                    "minimaal zes keer per jaar"],
                   ["2 Handelingsgericht werken", "groepsplannen of groepsoverzichten; twee groepsbesprekingen "
                    "per jaar"],
                   ["3 Dyslexie en dyscalculie", "werken volgens de landelijke protocollen; signalering vanaf groep 2"],
                   ["4 Gedrag", "schoolbrede aanpak positief gedrag; anti-pestcoördinator"],
                   ["5 Meer- en hoogbegaafdheid", "signalering en compacten/verrijken in de groep"],
                   ["6 Taal en NT2", "extra taalaanbod voor leerlingen met een taalachterstand"],
                   ["7 Medisch handelen", "protocol medisch handelen vastgesteld door het bestuur"],
                   ["8 Veiligheid", "jaarlijkse monitoring van sociale veiligheid"]]),
        ("p", "Het samenwerkingsverband bezoekt iedere school eens per twee jaar voor een gesprek over de "
              "standaarden (de kwaliteitskaart). Blijft een school achter, dan worden met het bestuur afspraken "
              "gemaakt over verbetering."),
        ("h1", "Thuiszitters en zorgplicht"),
        ("p", "Scholen hebben zorgplicht: zij moeten een aangemelde leerling een passende plek bieden, op de eigen "
              "school of op een andere school die de leerling kan toelaten. Als dat niet lukt, of als een leerling "
              "thuiszit, grijpt het samenwerkingsverband in. Iedere thuiszitter wordt binnen vijf schooldagen "
              "gemeld bij het Loket. Een casusregisseur van het samenwerkingsverband organiseert binnen tien "
              "schooldagen een overleg en bewaakt het plan tot de leerling weer naar school gaat. Het "
              "thuiszitterspact met de gemeenten, leerplicht en jeugdhulp is in 2025 vernieuwd."),
        ("p", "Jaarlijks brengen we met de besturen in kaart voor welke kinderen geen passend aanbod beschikbaar "
              "was. De uitkomst wordt besproken in de raad van toezicht en het OOGO; als er een tekort blijkt, stelt "
              "de directeur-bestuurder binnen drie maanden een voorstel op voor aanvullend aanbod."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven, vraagt de TLV aan bij het Loket. "
              "De aanvraag bevat het OPP, het verslag van het schoolondersteuningsteam en de handtekening van de "
              "ouders. Het Loket toetst de aanvraag op volledigheid (binnen vijf werkdagen). Twee deskundigen "
              "beoordelen de aanvraag: een orthopedagoog of GZ-psycholoog van het Loket en een tweede deskundige "
              "(maatschappelijk werker of jeugdarts) die niet bij de leerling betrokken is geweest. De "
              "directeur-bestuurder besluit binnen zes weken. Ouders ontvangen een afschrift van het besluit en de "
              "adviezen. Bezwaar kan binnen zes weken; het samenwerkingsverband vraagt advies aan de Landelijke "
              "Bezwaaradviescommissie."),
        ("table", [["Criteria voor toelaatbaarheid", "sbo", "so (cluster 3/4)"],
                   ["Ondersteuning in de basisschool inclusief arrangement is uitgevoerd en geëvalueerd", "ja", "ja"],
                   ["Ondersteuningsbehoefte op twee of meer domeinen", "ja", "ja"],
                   ["Behoefte aan een kleine groep (max. 16) en specialistische didactiek", "ja", "ja"],
                   ["Behoefte aan specialistische (para)medische zorg of intensieve gedragsbegeleiding "
                    "(groep max. 12)", "nee", "ja"],
                   ["Duur TLV", "tot einde basisschool", "twee schooljaren"],
                   ["Bekostigingscategorie", "n.v.t.", "laag/midden/hoog, vastgesteld door deskundigen"]]),
        ("h1", "Terugplaatsing"),
        ("p", "Veluwezoom-Oost vindt het belangrijk dat kinderen niet langer dan nodig in het speciaal "
              "(basis)onderwijs blijven. Ons beleid is dat bij iedere leerling in het sbo en so wordt gekeken of "
              "terugkeer naar een reguliere basisschool, bij voorkeur in de eigen woonkern, mogelijk is. "
              "Voorwaarde is dat de ondersteuningsbehoefte binnen de basisondersteuning met een arrangement kan "
              "worden opgevangen. De ontvangende basisschool krijgt voor een teruggeplaatste leerling een "
              "arrangement voor een jaar en begeleiding door de leerkracht van de sbo- of so-school."),
        ("p", "Een uitgewerkt stappenplan voor terugplaatsing, met de rollen van school, ouders en Loket en de "
              "momenten waarop dit aan bod komt, stellen we samen met de sbo- en so-scholen op. Het stappenplan is "
              "naar verwachting gereed vóór de zomer van 2027."),
        ("h1", "Financiën"),
        ("p", "De verdeling van de middelen volgt uit de onderstaande verdeelsleutel, vastgesteld door het bestuur "
              "na advies van het directeurenoverleg. De schoolbudgetten gaan naar de besturen op basis van het "
              "aantal leerlingen op 1 oktober t-1. Arrangementen worden per leerling toegekend door het Loket "
              "volgens de tarieven in de tabel."),
        ("table", [["Verdeelsleutel", "Bedrag / criterium"],
                   ["Schoolbudget", "€ 130 per leerling + € 4.500 vaste voet per vestiging"],
                   ["Individueel arrangement", "€ 2.500 (licht) of € 5.000 (intensief) per schooljaar"],
                   ["Groepsarrangement", "€ 28.000 per groep per schooljaar"],
                   ["Het Anker", "centraal bekostigd"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten Rijk", "6.640", "6.590", "6.550", "6.500"],
                   ["Afdrachten sbo/so", "3.020", "3.010", "2.990", "2.970"],
                   ["Schoolbudgetten", "1.215", "1.205", "1.195", "1.185"],
                   ["Arrangementen", "1.100", "1.090", "1.090", "1.080"],
                   ["Het Anker", "520", "520", "520", "520"],
                   ["Bureau, Loket en deskundigen", "750", "760", "770", "780"],
                   ["Saldo", "35", "5", "-15", "-35"]]),
        ("p", "Het negatieve saldo vanaf 2028 wordt gedekt uit de algemene reserve, die daarmee onder de "
              "signaleringswaarde blijft."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Onze beoogde resultaten voor leerlingen met een ondersteuningsbehoefte zijn:"),
        ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Thuiszitters langer dan 3 maanden", "14", "maximaal 5"],
                   ["Leerlingen die vanuit sbo/so terugkeren naar regulier", "6 per jaar", "12 per jaar"],
                   ["Scholen die voldoen aan alle standaarden basisondersteuning", "33 van 41", "41 van 41"],
                   ["Leerlingen met arrangement die OPP-doelen halen", "onbekend", "80%"]]),
        ("p", "Wij volgen de resultaten met een jaarlijkse monitor die in september wordt opgesteld op basis van "
              "de registratie van het Loket, de kwaliteitskaarten en de OPP-evaluaties die scholen aanleveren. De "
              "monitor wordt besproken met de besturen, de raad van toezicht en de OPR, en de bereikte resultaten "
              "worden gerapporteerd in het jaarverslag. Wijken de resultaten af van de streefwaarden, dan stelt het "
              "bestuur in het jaarplan bij."),
    ]
    body += oogo(c) + opr(c, with_parents=False) + personeel(c) + kennisdeling(c) + overstap(c) + ict(c) + bedrijfsvoering(c) + planning(c) + begrippen(c)
    return [("title", "Ondersteuningsplan 2026-2030 Veluwezoom-Oost"), ("p", c['name'])] + toc(body) + body


L3 = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                                     financien="present", **{"dekkend-aanbod": "present"}, resultaten="present",
                                     ouders="missing"),
          criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                    "plaatsing.procedure": True, "plaatsing.criteria": True,
                    "terugstroom.procedure": False, "terugstroom.beleid": True,
                    "financien.verdeling": True, "financien.besteding": True,
                    "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                    "resultaten.doelen": True, "resultaten.monitoring": True,
                    "ouders.informatie": False, "ouders.steunpunt": False},
          advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                    "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                    "resultaten": ["meetbaar"]},
          notes={"basisondersteuning": "Ch. 'Het ondersteuningscontinuüm', subsection 'Standaarden basisondersteuning': agreed minimum + 8 standards in a table",
                 "plaatsing": "Ch. 'Toelaatbaarheid': procedure in prose; criteria, duration, category only in a table",
                 "terugstroom": "Ch. 'Terugplaatsing': policy (thuisnabij, condition, arrangement after return) but the stappenplan is deferred to 2027; return figures in resultaten table",
                 "financien": "Ch. 'Financiën': verdeelsleutel and meerjarenbegroting in tables",
                 "dekkend-aanbod": "Continuum table + 'Thuiszitters en zorgplicht' (melding 5 days, casusregisseur, yearly gap analysis)",
                 "resultaten": "'Kwaliteit en resultaten': targets with nulmeting/streefwaarde + yearly monitor, jaarverslag",
                 "ouders": "No information route or independent support for parents; ouders only in passing (voorwoord, leeswijzer, TLV signature/afschrift)"})


# --------------------------------------------------------------------------------------------
# Plan 4: SWV VO Deltawaarden (pdf) - VO; financien and dekkend aanbod missing (draft placeholders)
# --------------------------------------------------------------------------------------------

C4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Deltawaarden (VO 28-04)", short="SWV VO Deltawaarden",
          period="2026-2030", gemeenten="Hoekse Waard, Oudeland en Strijenmonde", n_gem=3, boards=5, schools=17,
          pupils="9.220", director="R. (Rachid) El Amrani", sector="vo", opr_date1="29 januari 2026",
          opr_date2="12 maart 2026", oogo_date="16 februari 2026")


def plan4():
    c = C4
    body = voorwoord(c) + leeswijzer(c) + wettelijk(c) + totstandkoming(c) + context(c) + visie(c) + [
        ("h1", "Basisondersteuning in het voortgezet onderwijs"),
        ("p", "In Deltawaarden hebben de vijf schoolbesturen één niveau van basisondersteuning afgesproken dat "
              "geldt voor alle vestigingen, van praktijkonderwijs tot gymnasium. Het is de ondergrens van wat een "
              "leerling op iedere school kan verwachten."),
        ("p", "Op iedere vestiging is er ten minste: een ondersteuningscoördinator en een zorgadviesteam dat "
              "minstens zes keer per jaar bijeenkomt; een mentor met een vast mentoruur per week in leerjaar 1 en "
              "2; begeleiding bij dyslexie en dyscalculie, inclusief faciliteiten bij toetsen en examens; een "
              "training in studievaardigheden en executieve functies; een aanbod voor sociale vaardigheden en "
              "faalangst; een time-out- en opvangvoorziening met een vast aanspreekpunt; een aanpak voor verzuim "
              "in samenwerking met de jeugdarts; en afspraken over medisch handelen."),
        ("p", "De ondersteuningscoördinatoren bespreken jaarlijks met het samenwerkingsverband aan de hand van "
              "een kwaliteitskaart of de basisondersteuning op orde is."),
        ("h1", "Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "Wanneer toelaatbaar?"),
        ("p", "Voor toelating tot het praktijkonderwijs en de aanwijzing voor leerwegondersteunend onderwijs "
              "volgen wij de landelijke criteria. Voor praktijkonderwijs: een IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee van de domeinen begrijpend lezen, "
              "inzichtelijk rekenen, technisch lezen en spelling, waarvan één begrijpend lezen of inzichtelijk "
              "rekenen. Voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op "
              "twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele "
              "problematiek die het leren belemmert."),
        ("p", "Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo intensief en langdurig is "
              "dat deze ook met een arrangement binnen het regulier voortgezet onderwijs niet kan worden geboden; "
              "als een kleine groep met specialistische begeleiding nodig is; en als de school aantoonbaar de "
              "mogelijkheden van de basisondersteuning en extra ondersteuning heeft benut. Voor leerlingen met een "
              "(ernstige) verstandelijke beperking of langdurige ziekte volgen wij het advies van de deskundigen "
              "over de bekostigingscategorie."),
        ("h2", "De aanvraagprocedure"),
        ("p", "Met de invoering van het nieuwe digitale loket in het schooljaar 2026-2027 herzien we de "
              "aanvraagprocedures voor TLV's, lwoo en pro. De herziene procedures worden beschreven in een "
              "afzonderlijk procedureboek, dat na instemming van de OPR in de loop van 2027 verschijnt. Bij de "
              "beoordeling van een TLV zijn altijd twee onafhankelijke deskundigen betrokken."),
        ("h1", "Terug naar het regulier voortgezet onderwijs"),
        ("p", "Een vso-plaatsing is in Deltawaarden een tijdelijke plaatsing, tenzij de ontwikkeling van de "
              "leerling iets anders laat zien. Ons beleid is gericht op terugkeer naar het regulier vo waar dat "
              "kan, zodat een leerling een diploma in een reguliere leerweg kan halen. Voorwaarden zijn dat de "
              "leerling zich volgens het OPP voldoende heeft ontwikkeld om met een arrangement in een grotere "
              "groep te functioneren en dat een ontvangende school bereid is mee te werken. Na de overstap krijgt "
              "de leerling een overstaparrangement van een jaar, met coaching door een begeleider vanuit het vso."),
        ("p", "De procedure is als volgt. (1) De vso-school bespreekt bij de jaarlijkse OPP-evaluatie met ouders "
              "en leerling of terugkeer haalbaar is. (2) Is dat zo, dan meldt de vso-school dit vóór 1 februari bij "
              "het samenwerkingsverband. (3) De consulent van het samenwerkingsverband organiseert binnen vier "
              "weken een overstapgesprek met de vso-school, de beoogde vo-school, ouders en leerling. (4) De "
              "ontvangende school neemt een besluit over toelating en het overstaparrangement. (5) De TLV eindigt "
              "per 31 juli; als terugkeer niet haalbaar is, vraagt de vso-school in het laatste jaar van de TLV vóór "
              "1 april een nieuwe TLV aan. Na drie en na zes maanden evalueren de scholen de overstap."),
        ("h1", "Naar een dekkend netwerk"),
        ("p", "Dit hoofdstuk wordt na afronding van de gesprekken met de gemeenten in het najaar van 2026 "
              "ingevuld en als voortgangsparagraaf aan dit plan toegevoegd."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "Het samenwerkingsverband heeft voor deze planperiode de volgende beoogde resultaten vastgesteld: "
              "(a) 95% van de leerlingen met een arrangement stroomt door naar het volgende leerjaar of behaalt een "
              "diploma; (b) het aantal leerlingen dat vanuit het vso terugkeert naar het regulier vo stijgt van 9 "
              "naar 20 per jaar; (c) het aantal leerlingen dat zonder startkwalificatie het onderwijs verlaat, "
              "daalt jaarlijks; (d) alle vestigingen voldoen aan de basisondersteuning."),
        ("p", "Iedere school levert twee keer per jaar (in februari en juli) de gegevens aan over leerlingen met een "
              "arrangement en over hun voortgang. Het bureau verwerkt deze in een dashboard dat wordt besproken in "
              "het bestuur en in de OPR. In het jaarverslag rapporteren wij per doel de bereikte waarde. Eens per "
              "twee jaar voeren wij een audit uit bij de scholen."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Hoe wij ouders en leerlingen informeren over de ondersteuning op de scholen, leggen we vast in het "
              "communicatieplan 2027."),
        ("p", "Ouders en leerlingen die vragen hebben of het niet eens zijn met de school of met het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Deltawaarden. Het steunpunt "
              "werkt onafhankelijk, is gratis en kan helpen bij gesprekken of bij het zoeken naar een oplossing. "
              "Daarnaast kunnen ouders contact opnemen met de onderwijsconsulenten en kan een geschil worden "
              "voorgelegd aan de Geschillencommissie passend onderwijs."),
    ] + oogo(c, content=False) + [
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf, met de verdeelsystematiek en de meerjarenbegroting, wordt door het "
              "bestuur afzonderlijk vastgesteld in december 2026. Zie bijlage 5."),
    ] + opr(c) + personeel(c) + kennisdeling(c) + overstap(c) + ict(c) + bedrijfsvoering(c) + planning(c) + begrippen(c, [["LWOO", "Leerwegondersteunend onderwijs."],
                                                                     ["PrO", "Praktijkonderwijs."],
                                                                     ["VSO", "Voortgezet speciaal onderwijs."]])
    return [("title", "Ondersteuningsplan Deltawaarden 2026-2030 (concept ter instemming)"), ("p", c['name'])] \
        + toc(body) + body


L4 = dict(sector="vo", elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                                     financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="present",
                                     ouders="partial"),
          criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                    "plaatsing.procedure": False, "plaatsing.criteria": True,
                    "terugstroom.procedure": True, "terugstroom.beleid": True,
                    "financien.verdeling": False, "financien.besteding": False,
                    "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                    "resultaten.doelen": True, "resultaten.monitoring": True,
                    "ouders.informatie": False, "ouders.steunpunt": True},
          advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"],
                    "terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
          notes={"basisondersteuning": "Ch. 'Basisondersteuning in het voortgezet onderwijs': one level for all vestigingen + concrete list; kwaliteitskaart",
                 "plaatsing": "Criteria for pro/lwoo/vso given; aanvraagprocedure deferred to a procedureboek 'in de loop van 2027' (only 'two deskundigen' remains)",
                 "terugstroom": "Ch. 'Terug naar het regulier voortgezet onderwijs': policy, conditions, overstaparrangement and 5-step procedure",
                 "financien": "Ch. 'Financiën' only defers to a separate decision in December 2026 and an absent bijlage 5",
                 "dekkend-aanbod": "Ch. 'Naar een dekkend netwerk' is a placeholder to be filled in autumn 2026; OOGO text purely procedural",
                 "resultaten": "Ch. 'Resultaten en kwaliteitszorg': four intended results + twice-yearly data, dashboard, jaarverslag",
                 "ouders": "Steunpunt (OJSP, onderwijsconsulenten, geschillencommissie) given; informing parents deferred to communicatieplan 2027"})


# --------------------------------------------------------------------------------------------
# Plan 5: SWV PO Hollandse Venen (html web version) - leans on website 'Ondersteuningswijzer'
# --------------------------------------------------------------------------------------------

C5 = dict(name="Samenwerkingsverband Primair Onderwijs Hollandse Venen (PO 27-08)", short="SWV Hollandse Venen",
          period="2026-2030", gemeenten="Venendaal, Kromme Mijdrecht en Uithoornveld", n_gem=3, boards=8,
          schools=46, pupils="9.105", director="Ton Scheepmaker", sector="po", opr_date1="22 januari 2026",
          opr_date2="26 februari 2026", oogo_date="9 februari 2026")


def plan5():
    c = C5
    body = voorwoord(c) + leeswijzer(c) + wettelijk(c) + totstandkoming(c) + context(c) + visie(c) + [
        ("h1", "Ons ondersteuningsaanbod"),
        ("p", "Welke ondersteuning scholen in Hollandse Venen bieden, van de basis tot de meest specialistische "
              "vormen, vindt u in de Ondersteuningswijzer op onze website. Daar staat ook per school het "
              "schoolondersteuningsprofiel. We kiezen ervoor om dit niet in het plan zelf op te nemen, omdat het "
              "aanbod zich snel ontwikkelt en de website actueler is."),
        ("p", "De besturen zijn in 2025 gestart met een gezamenlijke herijking van de basisondersteuning. De "
              "uitkomst daarvan wordt verwerkt in de Ondersteuningswijzer zodra de landelijke norm voor "
              "basisondersteuning bekend is."),
        ("h1", "Als er geen plek is"),
        ("p", "Geen kind hoort thuis te zitten. Iedere school meldt een leerling die langer dan twee weken niet of "
              "slechts gedeeltelijk naar school gaat bij het Expertiseteam van het samenwerkingsverband. Het "
              "Expertiseteam neemt binnen drie werkdagen contact op met school en ouders en stelt samen met "
              "leerplicht en het lokale sociaal team binnen vier weken een plan op. Lukt het niet om een passende "
              "plek te vinden, dan komt de casus in het doorbraakoverleg, waarin bestuurders van "
              "samenwerkingsverband, schoolbesturen en gemeente met mandaat een oplossing afspreken."),
        ("p", "Het samenwerkingsverband houdt een register bij van alle thuiszitters en van aanmeldingen waarvoor "
              "geen passend aanbod kon worden gevonden. Tweemaal per jaar bespreken we dit register met de "
              "schoolbesturen. Als blijkt dat een bepaald aanbod in de regio ontbreekt, geeft het bestuur opdracht "
              "aan een of meer schoolbesturen om dat aanbod te ontwikkelen, met startfinanciering vanuit het "
              "samenwerkingsverband."),
        ("h1", "De route naar het speciaal (basis)onderwijs"),
        ("p", "Stap 1. De school bespreekt de leerling in het ondersteuningsteam, samen met ouders en de "
              "onderwijsadviseur van het samenwerkingsverband. Stap 2. Als het ondersteuningsteam een TLV "
              "adviseert, dient het schoolbestuur de aanvraag in bij de Commissie van Toelaatbaarheid, met het "
              "OPP en de zienswijze van ouders. Stap 3. De commissie vraagt advies aan twee deskundigen: een "
              "orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van het kind. Stap 4. "
              "De commissie besluit binnen vier weken na ontvangst van de volledige aanvraag. Stap 5. Ouders en "
              "school ontvangen het besluit met de adviezen van de deskundigen."),
        ("p", "Of een leerling toelaatbaar is, beoordelen de deskundigen per situatie, op basis van de "
              "ondersteuningsbehoefte van het kind. Wij werken bewust niet met vaste criteria, omdat ieder kind "
              "anders is."),
        ("p", "Bent u het niet eens met een besluit van de commissie, dan kunt u binnen zes weken bezwaar maken. "
              "Wij vragen over uw bezwaar advies aan de Landelijke Bezwaaradviescommissie."),
        ("h2", "Afloop van de TLV"),
        ("p", "In het laatste jaar van een TLV nodigt de sbo- of so-school de ouders, de onderwijsadviseur en, als "
              "terugkeer in beeld is, de beoogde basisschool uit voor een evaluatiegesprek. Dit gesprek vindt "
              "plaats vóór 1 maart. Op basis van de evaluatie van het OPP adviseert de school over verlenging of "
              "terugplaatsing. Bij verlenging dient het bestuur van de sbo- of so-school vóór 1 april een nieuwe "
              "aanvraag in; de commissie besluit vóór 1 juni. Wordt de TLV niet verlengd, dan eindigt deze op 31 "
              "juli en meldt de ouder het kind aan bij de nieuwe school."),
    ] + oogo(c) + [
        ("h1", "Begroting"),
        ("p", "Het huidige verdeelmodel blijft van kracht totdat het nieuwe verdeelmodel is vastgesteld. Dat "
              "gebeurt in de loop van 2027, na een evaluatie met de schoolbesturen. De begroting voor de "
              "planperiode ziet er als volgt uit."),
        ("table", [["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdrachten so en sbo", "3.480", "3.460", "3.440", "3.420"],
                   ["Middelen naar schoolbesturen", "2.150", "2.140", "2.130", "2.120"],
                   ["Expertiseteam en Commissie van Toelaatbaarheid", "860", "870", "880", "890"],
                   ["Onderwijs-zorgarrangementen", "400", "400", "400", "400"],
                   ["Bureau en bestuur", "420", "425", "430", "435"],
                   ["Totaal lasten", "7.310", "7.295", "7.280", "7.265"],
                   ["Totaal baten", "7.330", "7.300", "7.270", "7.240"]]),
        ("p", "De algemene reserve bedraagt eind 2025 € 610.000 en blijft onder de signaleringswaarde."),
        ("h1", "Kwaliteitszorg"),
        ("p", "De concrete beoogde resultaten voor de planperiode worden per schooljaar in het jaarplan opgenomen."),
        ("p", "Het samenwerkingsverband volgt zijn werk met een kwaliteitscyclus. Twee keer per jaar verzamelen we "
              "gegevens over het aantal TLV's, het aantal arrangementen, het aantal thuiszitters, de doorlooptijden "
              "van de commissie en de tevredenheid van scholen en ouders. Deze gegevens worden in een "
              "kwaliteitsrapportage besproken met het bestuur, de directeuren en de OPR. Eens per jaar houden we een "
              "kwaliteitsdag waarop we de uitkomsten met intern begeleiders analyseren. In het jaarverslag "
              "rapporteren we over de bereikte resultaten."),
        ("h1", "Wat ouders van ons mogen verwachten"),
        ("p", "Als uw kind extra ondersteuning nodig heeft, wilt u weten wat er mogelijk is. De school van uw kind "
              "is daarvoor het eerste aanspreekpunt; in de schoolgids leest u welke ondersteuning de school biedt. "
              "Daarnaast kunt u de Ondersteuningswijzer op onze website raadplegen, onze ouderbrochure (verkrijgbaar "
              "op school en bij het consultatiebureau) en de inloopspreekuren die de onderwijsadviseurs elke eerste "
              "woensdag van de maand houden in de bibliotheken van Venendaal en Uithoornveld."),
        ("p", "Komt u er met de school of met ons niet uit, of wilt u iemand die naast u staat? Het Ouder- en "
              "Jeugdsteunpunt Venen is onafhankelijk, kosteloos en bereikbaar via telefoon, e-mail en WhatsApp. De "
              "medewerkers kunnen met u meegaan naar een gesprek. U kunt ook gratis advies vragen aan een "
              "onderwijsconsulent of een klacht indienen bij de Landelijke Klachtencommissie Onderwijs."),
    ] + opr(c) + personeel(c) + kennisdeling(c) + overstap(c) + ict(c) + bedrijfsvoering(c) + planning(c) + begrippen(c)
    return [("title", "Ondersteuningsplan 2026-2030 — webversie"), ("p", c['name'])] + toc(body) + body


L5 = dict(sector="po", elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                                     financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                                     ouders="present"),
          criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                    "plaatsing.procedure": True, "plaatsing.criteria": False,
                    "terugstroom.procedure": True, "terugstroom.beleid": False,
                    "financien.verdeling": False, "financien.besteding": True,
                    "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                    "resultaten.doelen": False, "resultaten.monitoring": True,
                    "ouders.informatie": True, "ouders.steunpunt": True},
          advisory={"plaatsing": ["deskundigen", "bezwaar"], "financien": ["reserves"],
                    "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
          notes={"basisondersteuning": "Only a reference to the website Ondersteuningswijzer/SOPs and a deferral (herijking awaiting landelijke norm); glossary entry is a trap",
                 "plaatsing": "'De route naar het speciaal (basis)onderwijs': 5 steps, CvT, 4 weeks, deskundigen, bezwaar; explicitly no criteria ('per situatie')",
                 "terugstroom": "Subsection 'Afloop van de TLV': evaluation before 1 March, 1 April, 31 July; no policy aim/conditions/support after return",
                 "financien": "'Begroting': multi-year table with amounts; verdeelmodel only referred to ('huidige', new one in 2027)",
                 "dekkend-aanbod": "'Als er geen plek is': thuiszitters melding, Expertiseteam, doorbraakoverleg, register; continuum only via website reference",
                 "resultaten": "'Kwaliteitszorg': monitoring cycle described; intended results deferred to the jaarplan",
                 "ouders": "'Wat ouders van ons mogen verwachten': schoolgids, website, brochure, spreekuren + OJSP Venen, onderwijsconsulent"})


# --------------------------------------------------------------------------------------------
# Near-miss: a school's ondersteuningsprofiel/ondersteuningsplan (docx)
# --------------------------------------------------------------------------------------------


def nearmiss():
    return [
        ("title", "Schoolondersteuningsprofiel en ondersteuningsplan 2025-2026"),
        ("p", "OBS De Klimop, Lingestad — aangesloten bij Samenwerkingsverband De Waterlinie (PO 26-12)"),
        ("h1", "Inleiding"),
        ("p", "In dit document beschrijven wij hoe de ondersteuning op OBS De Klimop is georganiseerd. Het "
              "schoolondersteuningsprofiel (SOP) maakt deel uit van de schoolgids en is vastgesteld door de "
              "directeur na advies van de medezeggenschapsraad. Het samenwerkingsverband stelt het "
              "ondersteuningsplan voor de regio vast; dit document is de uitwerking voor onze eigen school."),
        ("h1", "Onze school"),
        ("p", "De Klimop is een openbare basisschool met 312 leerlingen in 13 groepen. Ongeveer 18% van de "
              "leerlingen heeft een taalachterstand. Het team bestaat uit 24 medewerkers, onder wie twee intern "
              "begeleiders, een gedragsspecialist en een rekenspecialist."),
        ("h1", "Basisondersteuning op De Klimop"),
        ("p", "Wij bieden de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Daarbij "
              "werken wij met vier zorgniveaus. Niveau 1: goed onderwijs in de groep voor alle leerlingen. Niveau 2: "
              "extra instructie en begeleiding in de groep. Niveau 3: specifieke interventies na bespreking met de "
              "intern begeleider, zoals remedial teaching of een sociale vaardigheidstraining. Niveau 4: inzet van "
              "externe deskundigen of een arrangement via het samenwerkingsverband."),
        ("p", "Iedere groep wordt drie keer per jaar besproken in een groepsbespreking met de intern "
              "begeleider. Leerlingen die extra zorg nodig hebben, worden daarnaast besproken in de "
              "leerlingbespreking. Voor leerlingen die op één of meer vakgebieden een eigen leerlijn volgen, stellen "
              "wij een ontwikkelingsperspectief op dat met ouders wordt besproken."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Als een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, bespreken wij "
              "de leerling in het schoolondersteuningsteam met de orthopedagoog van het samenwerkingsverband. "
              "Samen met ouders bekijken wij of een arrangement kan worden aangevraagd. In het schooljaar 2024-2025 "
              "hadden 7 leerlingen een arrangement."),
        ("h1", "Verwijzing naar het speciaal (basis)onderwijs"),
        ("p", "Soms is een andere school beter passend. In dat geval vraagt ons bestuur, na overleg met ouders, "
              "een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De procedure en de "
              "criteria staan in het ondersteuningsplan van het samenwerkingsverband. In 2024-2025 zijn 3 "
              "leerlingen naar het sbo gegaan."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn bij ons welkom. Bij zorgen over uw kind neemt de leerkracht contact met u op. U kunt "
              "altijd een afspraak maken met de intern begeleider. Met vragen over passend onderwijs kunt u ook "
              "terecht bij het Ouder- en Jeugdsteunpunt Waterlinie."),
        ("h1", "Grenzen aan onze ondersteuning"),
        ("p", "Wij kunnen niet alles bieden. Grenzen liggen bij leerlingen die langdurig intensieve één-op-één "
              "begeleiding nodig hebben, bij ernstig grensoverschrijdend gedrag dat de veiligheid van andere "
              "kinderen in gevaar brengt en bij medische handelingen die niet door leerkrachten kunnen worden "
              "uitgevoerd. In die gevallen zoeken wij samen met ouders en het samenwerkingsverband naar een passende "
              "plek, in het kader van onze zorgplicht."),
        ("h1", "Ambities van de school"),
        ("p", "Komend schooljaar willen wij ons verder ontwikkelen op het gebied van meer- en hoogbegaafdheid "
              "(start van een plusgroep in maart 2026) en op het gebied van gedrag (schoolbrede invoering van "
              "PBS). De kosten daarvan dragen wij uit het schoolbudget dat ons bestuur ontvangt van het "
              "samenwerkingsverband."),
    ]


LN = dict(notes={"document": "School-level SOP/'ondersteuningsplan' of one basisschool (OBS De Klimop): zorgniveaus, "
                             "groepsbesprekingen, its own arrangement numbers; it refers to the SWV plan but is not "
                             "the plan of a samenwerkingsverband (no planperiode, OOGO, OPR, verdeling of middelen)"})


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------


def to_docx(blocks, path, header):
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "holdout152"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
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
            for i, item in enumerate(val, 1):
                d.add_paragraph(f"{i}. {item}")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for ci, cell in enumerate(row):
                    t.cell(r, ci).text = cell
            d.add_paragraph("")
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-for-byte reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def to_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<header><nav><a href="#">Home</a> | <a href="#">Ondersteuningswijzer</a> | <a href="#">Ouders</a> | '
           '<a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append("<p>" + "<br>".join(html.escape(x) for x in val.split("\n")) + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + "</ul>")
        elif kind == "toc":
            out.append("<ol>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + "</ol>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{html.escape(x)}</th>" for x in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer>© Samenwerkingsverband Primair Onderwijs Hollandse Venen · privacyverklaring · "
            "cookies</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout152_make_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(path, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]"]
    if lab is None or "elements" not in lab:
        lines += ["sector: po", "looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:"]
        for k, v in (lab or {}).get("notes", {}).items():
            lines.append(f"  {k}: {q(v)}")
    else:
        lines += [f"sector: {lab['sector']}", "looks_like_plan: true",
                  "elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ORDER) + "}", "criteria:"]
        for k, v in lab["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for e in ORDER:
            if lab["advisory"].get(e):
                lines.append(f"  {e}: [{', '.join(lab['advisory'][e])}]")
        lines.append("notes:")
        for e in ORDER:
            lines.append(f"  {e}: {q(lab['notes'][e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    to_docx(plan1(), OUT / "po-waterlinie-2026.docx", "SWV De Waterlinie — Ondersteuningsplan 2026-2030")
    write_label(OUT / "po-waterlinie-2026.expected.yaml", ["po-waterlinie-2026.docx"], L1)
    to_docx(plan2(), OUT / "po-kempenland-zuid.docx", "Kempenland-Zuid | ondersteuningsplan op hoofdlijnen | "
                                                       "basisondersteuning · toewijzing · terugplaatsing · financiën")
    write_label(OUT / "po-kempenland-zuid.expected.yaml", ["po-kempenland-zuid.docx"], L2)
    docx_to_pdf(plan3(), OUT / "po-veluwezoom-oost.pdf", "Ondersteuningsplan Veluwezoom-Oost 2026-2030")
    write_label(OUT / "po-veluwezoom-oost.expected.yaml", ["po-veluwezoom-oost.pdf"], L3)
    docx_to_pdf(plan4(), OUT / "vo-deltawaarden.pdf", "CONCEPT — Ondersteuningsplan SWV VO Deltawaarden 2026-2030")
    write_label(OUT / "vo-deltawaarden.expected.yaml", ["vo-deltawaarden.pdf"], L4)
    to_html(plan5(), OUT / "po-hollandse-venen.html", "Ondersteuningsplan 2026-2030 | SWV PO Hollandse Venen")
    write_label(OUT / "po-hollandse-venen.expected.yaml", ["po-hollandse-venen.html"], L5)
    to_docx(nearmiss(), OUT / "sop-obs-de-klimop.docx", "OBS De Klimop — schoolondersteuningsprofiel")
    write_label(OUT / "sop-obs-de-klimop.expected.yaml", ["sop-obs-de-klimop.docx"], LN)


if __name__ == "__main__":
    main()
