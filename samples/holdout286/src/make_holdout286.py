#!/usr/bin/env python3
"""Generate the holdout286 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document (a school's own ondersteuningsprofiel), plus their label files.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
PREFIX = "holdout286"

# ---------------------------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ("title", [lines]) ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [rows])
#   ("toc", [lines]) ("pagebreak", None)
# ---------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


def TOC(lines):
    return ("toc", lines)


def BR():
    return ("pagebreak", None)


# ---------------------------------------------------------------------------------------------
# shared filler (deliberately vague on the seven elements; words occur only in passing)
# ---------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde
        ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014 en het eerste dat volledig
        is geschreven na de landelijke evaluatie en de Verbeteraanpak passend onderwijs. Er is in de afgelopen
        jaren veel gebeurd. De coronaperiode liet zien hoe kwetsbaar het onderwijs aan {c['kinderen']} met een
        ondersteuningsbehoefte kan zijn, het tekort aan leraren en specialisten drukte op alle scholen en de
        verwachtingen van ouders, gemeenten en de overheid zijn gegroeid. Tegelijkertijd zagen we hoeveel er
        mogelijk is wanneer scholen, besturen en partners de handen ineenslaan."""),
        P(f"""Dit plan is tot stand gekomen in een intensief traject. In het voorjaar van 2025 hielden we
        drie werkconferenties met directeuren, {c['ib']} en leraren; daarna volgden gesprekken met de
        besturen, de gemeenten {c['gemeenten_tekst']} en de ondersteuningsplanraad. Wij danken iedereen die
        heeft meegedacht, meegelezen en kritische vragen heeft gesteld. Juist die vragen hebben het plan
        scherper gemaakt, ook al hebben we niet elke wens kunnen honoreren."""),
        P("""Een ondersteuningsplan is geen eindpunt. Het is een afsprakenkader voor vier schooljaren, dat we
        elk jaar vertalen naar een jaarplan en dat we tussentijds bijstellen wanneer de praktijk daarom
        vraagt. Wij nodigen iedereen uit om ons aan te spreken op wat we in dit plan beloven, en om met ons
        mee te denken over wat beter kan. Passend onderwijs is geen project van het samenwerkingsverband
        alleen: het gebeurt elke dag in de klas."""),
        P(f"""{c['directeur']}, directeur-bestuurder"""),
    ]


def wettelijk_kader(c):
    art = "artikel 18a WPO" if c["sector"] == "po" else "artikel 17a WVO (thans artikel 2.47 e.v. WVO 2020)"
    return [
        H2("Wettelijk kader"),
        P(f"""Het samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast
        ({art}). De wet noemt onderwerpen die het plan in elk geval moet bevatten: de wijze waarop een
        samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de
        basisondersteuning; de procedure en criteria voor de verdeling en besteding van middelen; de
        procedure en criteria voor toelaatbaarheid tot het speciaal onderwijs; het beleid voor
        terugplaatsing en overplaatsing; de beoogde en bereikte resultaten; en de wijze waarop ouders worden
        geïnformeerd, ook over onafhankelijke ondersteuningsmogelijkheden. Voordat het plan wordt vastgesteld,
        voeren we op overeenstemming gericht overleg (OOGO) met de gemeenten en heeft de
        ondersteuningsplanraad instemmingsrecht. Het plan wordt vóór 1 mei aan de Inspectie van het
        Onderwijs gezonden."""),
    ]


def terugblik(c):
    return [
        H1("Terugblik op de vorige planperiode"),
        P(f"""De vorige planperiode stond in het teken van verbinding. We hebben de werkwijze van het
        bureau vernieuwd, een nieuw digitaal registratiesysteem ingevoerd en de scholen samengebracht in
        leernetwerken per gemeente. Er zijn mooie initiatieven ontstaan: scholen die expertise met elkaar
        delen, leraren die bij elkaar in de klas kijken en besturen die gezamenlijk investeren in
        specialisten. Ook waren er tegenvallers. Het lerarentekort maakte het lastig om plannen uit te
        voeren en een aantal afspraken bleek in de praktijk minder eenduidig dan we dachten."""),
        P(f"""In 2025 liet {c['kort']} de werking van het verband extern evalueren door een onafhankelijk
        adviesbureau. De evaluatie leverde drie lessen op die richting geven aan dit plan. Ten eerste: maak
        afspraken eenduidiger, zodat iedereen weet wat er van hem of haar wordt verwacht. Ten tweede: houd
        beter bij wat werkt en wat niet, zodat we van elkaar kunnen leren. Ten derde: communiceer helderder
        met scholen, partners en ouders. Die lessen komen in de volgende hoofdstukken terug. Wij zijn
        trots op wat er in de afgelopen jaren is bereikt, maar we zijn ons er ook van bewust dat de opgave
        groot blijft."""),
    ]


def regio(c):
    rows = [["Gemeente", "Aantal scholen", "Leerlingen (1 oktober 2025)"]] + c["regio_rows"]
    return [
        H1("Regio en kengetallen"),
        P(f"""{c['naam']} ({c['code']}) is actief in de gemeenten {c['gemeenten_tekst']}. Het
        werkgebied is een mengeling van kleine dorpen en middelgrote kernen; in het landelijke deel daalt het
        aantal leerlingen, in de grotere kernen is het aantal stabiel. Bij het verband zijn
        {c['n_besturen']} schoolbesturen aangesloten. Zij zijn samen verantwoordelijk voor {c['scholen_tekst']}.
        De besturen verschillen sterk in omvang: van een eenpitter tot een bestuur met meer dan twintig
        scholen. Die verscheidenheid is een kracht, maar vraagt ook om afspraken die voor iedereen werken."""),
        T(rows),
        P("""De prognoses laten voor de planperiode een lichte daling van het totale aantal leerlingen zien.
        Dat heeft gevolgen voor de rijksbekostiging en vraagt om voorzichtigheid bij nieuwe verplichtingen.
        Tegelijk neemt de complexiteit van de ondersteuningsvragen toe, zeggen scholen en partners. De
        kengetallen worden jaarlijks geactualiseerd."""),
    ]


def visie(c):
    return [
        H1("Missie en visie"),
        P(f"""Onze missie is kort: {c['missie']} Wij geloven dat {c['kinderen']} het best leren in een
        omgeving die hen kent, dichtbij huis, samen met leeftijdgenoten. Dat vraagt om scholen die zich
        verantwoordelijk voelen voor alle {c['kinderen']} in hun buurt, om leraren die handelingsbekwaam zijn
        en om een samenwerkingsverband dat faciliteert in plaats van voorschrijft."""),
        P("""Onze visie rust op vier pijlers. Ten eerste: uitgaan van mogelijkheden, niet van beperkingen.
        Ten tweede: vroeg signaleren en snel handelen, zodat problemen niet groter worden dan nodig. Ten
        derde: samenwerken met iedereen die bij de ontwikkeling betrokken is. Ten vierde: transparantie over
        keuzes en middelen. Deze pijlers zijn geen loze woorden; we toetsen er onze besluiten aan."""),
        P("""Uit die pijlers volgen onze ambities voor de komende planperiode. Wij willen dat elke school
        een stevige basis heeft, dat extra ondersteuning zonder onnodige bureaucratie beschikbaar is, dat
        specialistische plekken worden ingezet voor wie ze echt nodig heeft en dat de overgangen in de
        schoolloopbaan soepel verlopen. Over de uitwerking van die ambities leest u in de volgende
        hoofdstukken."""),
    ]


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"""{c['naam']} is een {c['rechtsvorm']}. De aangesloten schoolbesturen vormen samen de
        {c['ledenorgaan']}, die de hoofdlijnen van beleid bepaalt, het ondersteuningsplan vaststelt en de
        begroting goedkeurt. De dagelijkse leiding is in handen van de directeur-bestuurder. Het interne
        toezicht is belegd bij een raad van toezicht van vijf leden, van wie drie onafhankelijk zijn. Zo
        zijn bestuur en toezicht gescheiden, zoals de Code Goed Bestuur vraagt."""),
        P(f"""Het bureau van het samenwerkingsverband telt {c['fte_bureau']} fte. Er werken consulenten,
        orthopedagogen, een beleidsmedewerker, een controller en een secretariaat. Het bureau is gevestigd
        in {c['vestiging']}. De consulenten zijn elk gekoppeld aan een aantal scholen en zijn het eerste
        aanspreekpunt voor directeuren en {c['ib']}. Regelmatig overleggen de directeur-bestuurder en de
        bestuurders over de koers in het bestuurlijk overleg; daarnaast is er een directeurenoverleg per
        gemeente."""),
        P("""De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen. Het
        samenwerkingsverband heeft een klokkenluidersregeling en een integriteitscode voor medewerkers en
        toezichthouders. De raad van toezicht vergadert vijfmaal per jaar en heeft een auditcommissie en een
        remuneratiecommissie."""),
    ]


def medezeggenschap(c, ouders_in_opr=True):
    samenstelling = (
        "De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders"
        + (" of leerlingen" if c["sector"] == "vo" else "")
        + ", afgevaardigd door de medezeggenschapsraden van de scholen."
        if ouders_in_opr
        else "De leden van de OPR worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
    )
    return [
        H1("Medezeggenschap"),
        P(f"""Het samenwerkingsverband kent een ondersteuningsplanraad (OPR). {samenstelling} De OPR heeft
        instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR heeft met dit plan
        ingestemd op {c['opr_datum']}. Daarnaast heeft het samenwerkingsverband een eigen
        medezeggenschapsraad voor het personeel van het bureau."""),
        P("""De OPR vergadert zes keer per jaar. De directeur-bestuurder is bij het eerste deel van elke
        vergadering aanwezig. De leden krijgen jaarlijks een scholing aangeboden en kunnen gebruikmaken van
        een onafhankelijke ambtelijk secretaris. Het reglement en het huishoudelijk reglement van de OPR zijn
        in 2024 geactualiseerd."""),
    ]


def oogo(c, inhoudelijk=True):
    out = [
        H1("Samenwerking met gemeenten"),
        P(f"""Over het concept van dit plan is op overeenstemming gericht overleg (OOGO) gevoerd met de
        colleges van burgemeester en wethouders van {c['gemeenten_tekst']}. Het OOGO vond plaats op
        {c['oogo_datum']}; de gemeenten hebben ingestemd met het concept. Ook is overleg gevoerd met het
        samenwerkingsverband {c['ander_swv']} waarvan het werkgebied het onze overlapt. De procedure voor het
        OOGO, inclusief de regeling bij geschillen, is vastgelegd in een convenant uit 2023."""),
    ]
    if inhoudelijk:
        out.append(
            P(f"""Met de gemeenten werken we samen op de grens van onderwijs en jeugdhulp. In iedere gemeente
            is een vaste contactpersoon van het lokale team verbonden aan de scholen; die schuift aan bij het
            ondersteuningsteam wanneer een leerling ook thuis ondersteuning nodig heeft. Samen met de
            gemeenten financieren we onderwijs-zorgarrangementen, waarbij een jeugdhulpaanbieder in de school
            werkt, zodat zorg onder schooltijd niet tot lesuitval leidt. De afspraken daarover staan in de
            gezamenlijke regionale agenda onderwijs-jeugd {c['periode']}.""")
        )
    else:
        out.append(
            P("""Inhoudelijke afspraken over de aansluiting tussen onderwijs en jeugdhulp worden in de loop
            van het eerste planjaar uitgewerkt in een regionale agenda; die agenda maakt geen deel uit van dit
            plan.""")
        )
    out.append(
        P("""Andere thema's van het overleg zijn leerlingenvervoer, onderwijshuisvesting en de
        voorschoolse educatie. Dat zijn taken van de gemeenten; het samenwerkingsverband denkt mee waar dat
        helpt.""")
    )
    return out


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Daarom investeren
        de besturen en het samenwerkingsverband samen in de deskundigheid van leraren, {c['ib']} en
        specialisten. Het samenwerkingsverband organiseert jaarlijks een studiedag, een reeks
        netwerkbijeenkomsten en een leergang voor startende {c['ib']}. Scholen kunnen daarnaast een beroep
        doen op collega's van andere scholen via het expertisenetwerk."""),
        P("""Het lerarentekort raakt ook de ondersteuning. Specialisten zijn schaars en vacatures blijven
        lang open. Het samenwerkingsverband stelt zich daarom terughoudend op bij het werven van eigen
        personeel, om te voorkomen dat we concurreren met de scholen. Waar mogelijk detacheren we
        medewerkers vanuit de besturen. Voor de eigen medewerkers van het bureau geldt een
        professionaliseringsbudget per fte en een jaarlijkse gesprekkencyclus."""),
        P("""Werkdruk is een terugkerend onderwerp in gesprekken met scholen. Wij willen de
        administratieve last verminderen door formulieren te vereenvoudigen en door gegevens die al
        bekend zijn niet opnieuw te vragen. In het jaarplan nemen we concrete acties op."""),
    ]


def ict_privacy(c):
    return [
        H1("ICT en privacy"),
        P(f"""Het samenwerkingsverband werkt met een beveiligd digitaal registratiesysteem waarin aanvragen,
        dossiers en besluiten worden vastgelegd. Scholen hebben alleen toegang tot de gegevens van hun eigen
        leerlingen. Medewerkers van het bureau hebben toegang voor zover hun taak dat vereist. Met alle
        besturen zijn verwerkersovereenkomsten gesloten."""),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen
        voor zover dat nodig is voor de wettelijke taken. Gegevens die zijn verstrekt voor een besluit over
        toelaatbaarheid worden tot drie jaar na dat besluit bewaard en daarna vernietigd. Het
        samenwerkingsverband heeft een functionaris gegevensbescherming (FG) aangesteld, gedeeld met twee
        andere samenwerkingsverbanden. Datalekken worden gemeld volgens het protocol."""),
    ]


def totstandkoming(c):
    return [
        H1("Totstandkoming en vaststelling"),
        P(f"""Het schrijven van dit plan begon in september 2024 met een startnotitie van het bestuur. Daarin
        stonden de uitgangspunten: een plan dat leesbaar is, dat aansluit bij de wet en dat ruimte laat voor
        de eigenheid van scholen en besturen. Een schrijfgroep van vijf mensen, met vertegenwoordigers van
        de besturen, het bureau en de {c['ib']}, maakte een eerste opzet. Die opzet is in drie rondes
        besproken: met de directeuren, met de bestuurders en met de ondersteuningsplanraad."""),
        P(f"""De tijdlijn van de vaststelling was als volgt. Het bestuur stelde het concept op 14 januari 2026
        voorlopig vast. Het op overeenstemming gericht overleg met de gemeenten vond plaats op
        {c['oogo_datum']}; de ondersteuningsplanraad stemde in op {c['opr_datum']}. Daarna heeft de
        {c['ledenorgaan']} het plan definitief vastgesteld, waarna het vóór 1 mei 2026 via het Internet
        Schooldossier aan de Inspectie van het Onderwijs is gezonden. Het plan treedt in werking op 1
        augustus 2026."""),
        P("""Wijzigingen in de looptijd van het plan worden op dezelfde manier behandeld: eerst het bestuur,
        dan, waar de wet dat vraagt, de gemeenten en de ondersteuningsplanraad. Kleine redactionele
        aanpassingen, zoals gewijzigde namen van scholen of contactpersonen, verwerken we zonder nieuwe
        procedure en melden we in de nieuwsbrief aan de scholen."""),
    ]


def kennisdeling(c):
    return [
        H1("Kennisdeling en leernetwerken"),
        P(f"""Kennis over ondersteuning zit in de hoofden van mensen. Om die kennis te laten stromen,
        organiseert het samenwerkingsverband leernetwerken: groepen van zes tot tien scholen die drie keer per
        jaar bij elkaar komen rond een zelfgekozen thema, zoals executieve functies, rekenen of het jonge
        kind. De netwerken worden begeleid door een medewerker van het bureau en sluiten af met een korte
        opbrengst die op het intranet wordt gedeeld."""),
        P(f"""Daarnaast zijn er intervisiegroepen voor {c['ib']} en een jaarlijkse kennismarkt waar scholen
        laten zien waar zij trots op zijn. Wij merken dat scholen elkaar steeds beter weten te vinden, ook
        over de grenzen van besturen heen. Dat willen we de komende jaren verder stimuleren, onder meer door
        een digitale expertisekaart waarop scholen laten zien welke specialismen zij in huis hebben, en door
        het uitwisselen van leraren voor een dag."""),
    ]


def planning(c, rows):
    return [
        H1("Planning van de planperiode"),
        P("""Onderstaande planning geeft op hoofdlijnen aan wanneer we welke activiteiten oppakken. De
        uitwerking per jaar gebeurt in het jaarplan, dat het bestuur jaarlijks vóór de zomer vaststelt."""),
        T([["Schooljaar", "Activiteit"]] + rows),
    ]


def begrippen(entries):
    rows = [["Begrip", "Omschrijving"]] + entries
    return [H1("Bijlage: Begrippenlijst"), T(rows)]


def afkortingen(entries):
    return [H1("Bijlage: Afkortingen"), UL([f"{a} – {b}" for a, b in entries])]


# ---------------------------------------------------------------------------------------------
# Plan A  (PO, .docx)  SWV Zuiderveld
# ---------------------------------------------------------------------------------------------
A = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Zuiderveld", kort="SWV Zuiderveld",
    code="PO 31-04", sector="po", periode="2026-2030", kinderen="kinderen", ib="intern begeleiders",
    gemeenten_tekst="Ammerstede, Holtwijk, Wervenhoek en Zuiderveld", n_besturen=9,
    scholen_tekst="58 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-locaties",
    directeur="Marieke Oudendijk", missie="ieder kind een passende plek, zo dicht mogelijk bij huis.",
    rechtsvorm="stichting", ledenorgaan="algemene vergadering van besturen", fte_bureau="14,6",
    vestiging="Holtwijk", opr_datum="17 maart 2026", oogo_datum="3 februari 2026",
    ander_swv="VO Zuiderveld-Holtwijk (VO 31-05)",
    regio_rows=[["Ammerstede", "12", "2.310"], ["Holtwijk", "19", "4.480"], ["Wervenhoek", "9", "1.545"],
                ["Zuiderveld", "18", "4.065"], ["Totaal", "58 (+ 2 sbo, 3 so)", "12.400"]],
)


def plan_a():
    c = A
    d = [("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")",
                    "Samen sterk in de basis",
                    "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Resultaten · Ouders",
                    "Conceptversie ter instemming voorgelegd aan de OPR"]), BR()]
    d.append(TOC(["Inhoudsopgave", "1 Voorwoord", "2 Inleiding en leeswijzer", "3 Terugblik op de vorige planperiode", "4 Regio en kengetallen", "5 Missie en visie", "6 Basisondersteuning", "7 Extra ondersteuning en dekkend aanbod", "8 Toelaatbaarheid sbo en so", "9 Terugplaatsing", "10 Financiën", "11 Resultaten en kwaliteit", "12 Ouders", "13 Samenwerking met gemeenten", "14 Organisatie en governance", "15 Medezeggenschap", "16 Totstandkoming en vaststelling", "17 Personeel en professionalisering", "18 ICT en privacy", "19 Planning van de planperiode", "Bijlage: Begrippenlijst", "Bijlage: Afkortingen"]))
    d.append(BR())
    d += voorwoord(c)
    d += [H1("Inleiding en leeswijzer"),
          P("""Dit plan beschrijft hoe het samenwerkingsverband en de aangesloten besturen in de periode 1
          augustus 2026 tot en met 31 juli 2030 vormgeven aan passend onderwijs. Het plan is geschreven voor
          schoolleiders, intern begeleiders en leraren, voor de besturen, voor de gemeenten en voor ouders
          die willen weten wat zij van de scholen in onze regio mogen verwachten."""),
          P("""In hoofdstuk 6 leest u wat elke school biedt. Hoofdstuk 7 beschrijft het aanbod daarboven en
          hoe we zorgen dat er voor ieder kind een plek is. In hoofdstuk 8 en 9 komen de toelaatbaarheid tot
          het speciaal (basis)onderwijs en de terugplaatsing aan bod; hoofdstuk 10 gaat over de middelen en
          hoofdstuk 11 over resultaten en kwaliteit. Hoofdstuk 12 is gewijd aan ouders.""")]
    d += wettelijk_kader(c)
    d += terugblik(c)
    d += regio(c)
    d += visie(c)
    # --- basisondersteuning: PRESENT (niveau + inhoud, table) + borging
    d += [H1("Basisondersteuning"),
          P("""Basisondersteuning is in ons samenwerkingsverband het afgesproken minimumniveau van
          ondersteuning dat elke basisschool, op iedere vestiging, zelf biedt, zonder aanvraag bij het
          samenwerkingsverband en zonder aparte toekenning. De negen besturen hebben de standaarden voor
          deze basisondersteuning op 9 oktober 2025 in de algemene vergadering vastgesteld. Ze gelden voor
          alle 58 basisscholen, ongeacht bestuur, denominatie of omvang. Een school mag meer bieden, nooit
          minder."""),
          P("""In de tabel hieronder staat per domein wat ouders op iedere school mogen verwachten. De
          standaarden zijn bewust concreet geformuleerd, zodat een ouder, een leraar of een consulent kan
          nagaan of de school eraan voldoet."""),
          T([["Domein", "Wat u op elke school in ons verband mag verwachten"],
             ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
              "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt; een vaste consulent van het SWV."],
             ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; signalering in groep 2 "
              "tot en met 4; extra leestijd en begeleiding in kleine groepen; doorverwijzing voor onderzoek naar "
              "ernstige enkelvoudige dyslexie."],
             ["Rekenen", "Werken volgens het Protocol Ernstige Reken-Wiskunde-problemen en Dyscalculie; "
              "een verlengde instructie in de groep; inzet van concreet materiaal."],
             ["Gedrag en welbevinden", "Een schoolbrede aanpak voor sociale veiligheid; jaarlijkse monitoring "
              "van welbevinden; een aandachtsfunctionaris; een gedragsspecialist beschikbaar via het bestuur."],
             ["Meer- en hoogbegaafdheid", "Compacten en verrijken van de leerstof in alle groepen; een "
              "verrijkingsaanbod buiten de groep van minimaal één uur per week."],
             ["Taal en nieuwkomers", "Een aanbod woordenschat en NT2-ondersteuning in de groep; een leerkracht "
              "met NT2-scholing per school."],
             ["Medische handelingen", "Een protocol medisch handelen dat met ouders wordt afgestemd."],
             ["Handelingsgericht werken", "Groepsplannen of groepsoverzichten twee keer per jaar geëvalueerd; "
              "een ontwikkelingsperspectief (OPP) voor iedere leerling met een eigen leerlijn."]]),
          H2("Hoe we de basis bewaken"),
          P("""Elke school beschrijft haar basisondersteuning in de schoolgids. Eens per twee jaar voert de
          consulent samen met de directeur een audit uit aan de hand van de kwaliteitskaart basisondersteuning.
          Voldoet een school op een standaard niet, dan stelt de school binnen drie maanden een
          verbeterplan op, dat het bestuur bewaakt. Het samenwerkingsverband bespreekt de uitkomsten van de
          audits jaarlijks met de besturen.""")]
    # --- dekkend aanbod: PRESENT (continuum + lacunes) + ketenpartners via oogo(inhoudelijk)
    d += [H1("Extra ondersteuning en dekkend aanbod"),
          P("""Wanneer een kind meer nodig heeft dan de basisondersteuning, kan de school extra
          ondersteuning inzetten. Het aanbod in onze regio is opgebouwd in vier lagen, die op elkaar
          aansluiten. Het uitgangspunt is steeds de lichtste vorm die passend is."""),
          T([["Laag", "Wat", "Waar en voor wie"],
             ["1 Basis", "Basisondersteuning (hoofdstuk 6)", "Iedere school, alle kinderen"],
             ["2 Extra op school", "Schoolarrangement: extra begeleiding, aangepaste leerlijn, inzet specialist",
              "De eigen school; aangevraagd door de school bij de consulent"],
             ["3 Bovenschools", "Observatiegroep De Brug (8 plaatsen), taalklas nieuwkomers in Holtwijk, plusklas "
              "in Zuiderveld en Ammerstede, ambulante begeleiding vanuit het so",
              "Kinderen van alle scholen; toewijzing door het loket van het SWV"],
             ["4 Speciaal", "Sbo De Wilg en sbo Het Anker; so-locaties cluster 3 en cluster 4",
              "Kinderen met een toelaatbaarheidsverklaring (hoofdstuk 8)"]]),
          P("""De scholen en besturen vullen elkaar aan: niet elke school hoeft alles te kunnen, maar samen
          moeten de scholen in een gemeente alle kinderen een plek kunnen bieden. Als een school een kind niet
          kan plaatsen, zoekt het bestuur samen met het loket een passende school; dat is de zorgplicht die
          de besturen met elkaar delen."""),
          H2("Waar het aanbod tekortschiet"),
          P("""Jaarlijks in maart brengt het bureau samen met de besturen in beeld waar het aanbod
          tekortschiet: wachtlijsten bij de observatiegroep en het so, kinderen die thuiszitten of een
          vrijstelling hebben, en kinderen voor wie geen passende plek werd gevonden. Dit noemen we de
          witte-vlekkenanalyse. Voor elke gevonden lacune stelt het bureau binnen drie maanden met de
          betrokken besturen een actieplan op, met een eigenaar en een termijn."""),
          P("""Voor kinderen die thuiszitten geldt een vaste aanpak. Iedere zes weken is er een
          thuiszittersoverleg met leerplicht en het lokale team. Zit een kind langer dan vier weken thuis
          zonder perspectief, dan escaleert de consulent naar de directeur-bestuurder, die doorzettingsmacht
          heeft en een school of voorziening kan vragen het kind op te vangen, met bekostiging van het
          samenwerkingsverband.""")]
    # --- plaatsing: PRESENT (procedure + criteria) + deskundigen, duur-categorie, bezwaar
    d += [H1("Toelaatbaarheid sbo en so"),
          P("""Voor plaatsing op een school voor speciaal basisonderwijs (sbo) of een school voor speciaal
          onderwijs (so, cluster 3 en 4) is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband
          nodig. Cluster 1 en 2 vallen niet onder het samenwerkingsverband; daarvoor gelden landelijke
          procedures."""),
          H2("De procedure in stappen"),
          UL(["Stap 1 – De school bespreekt het kind in het ondersteuningsteam, met ouders en consulent, en "
              "concludeert dat het kind is aangewezen op sbo of so.",
              "Stap 2 – Het bevoegd gezag van de school waar het kind staat ingeschreven dient de aanvraag in via "
              "het digitale loket, met het groeidocument, het ontwikkelingsperspectief en de zienswijze van de ouders.",
              "Stap 3 – De Commissie Toelaatbaarheid (CvT) controleert binnen vijf werkdagen of het dossier "
              "compleet is.",
              "Stap 4 – Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
              "psycholoog en, afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een maatschappelijk "
              "werker, kinderarts of kinderpsychiater). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
              "Stap 5 – De directeur-bestuurder besluit namens het bestuur binnen zes weken na ontvangst van de "
              "complete aanvraag. Ouders en school ontvangen het besluit en een afschrift van de adviezen."]),
          H2("Criteria"),
          T([["Voorziening", "Toelaatbaar wanneer"],
             ["Sbo", "De ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, "
              "communicatie en zelfredzaamheid groter is dan de basisschool met een schoolarrangement kan bieden; "
              "en de school aantoonbaar ten minste twee cycli handelingsgericht heeft gewerkt met extern advies."],
             ["So cluster 3", "Het kind is aangewezen op een zeer intensieve, specialistische ondersteuning "
              "wegens een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte, én deze "
              "ondersteuning in het sbo niet kan worden geboden."],
             ["So cluster 4", "Het kind ernstige gedrags- of psychiatrische problemen heeft die ook met "
              "bovenschoolse ondersteuning (laag 3) niet in het regulier of sbo op te vangen zijn, én jeugdhulp "
              "betrokken is of is geweest."]]),
          H2("Duur, categorie en bezwaar"),
          P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt
          afgegeven voor één of twee schooljaren en eindigt altijd op 31 juli; bij een so-TLV bepaalt de CvT
          de bekostigingscategorie laag, midden of hoog. Ouders die het niet eens zijn met het besluit kunnen
          binnen zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is
          aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het
          bezwaar adviseert.""")]
    # --- terugstroom: PARTIAL (procedure yes, beleid deferred)
    d += [H1("Terugplaatsing"),
          P("""In het laatste jaar van de TLV bekijken we of een kind kan terugkeren naar het
          basisonderwijs. Daarvoor geldt de volgende procedure. Uiterlijk 1 februari van het laatste
          TLV-jaar evalueert de sbo- of so-school het ontwikkelingsperspectief, samen met de ouders en de
          consulent van het samenwerkingsverband. De school formuleert daarna een voorstel: terugplaatsing
          naar een basisschool, overplaatsing naar een andere school, of een nieuwe aanvraag voor een TLV. Bij
          terugplaatsing meldt de sbo- of so-school het kind vóór 1 april aan bij de ontvangende
          basisschool. Bij een nieuwe aanvraag beslist de CvT volgens de procedure van hoofdstuk 8. Lukt
          geen van beide vóór 31 juli, dan verlengt de CvT de TLV eenmalig met een half jaar."""),
          P("""Welke doelen wij als verband met terugplaatsing nastreven, onder welke voorwaarden een kind
          terug kan en welke ondersteuning het na de terugkeer krijgt, is onderwerp van de werkgroep Terugkeer.
          Die werkgroep komt in schooljaar 2026-2027 met een voorstel, dat daarna aan de OPR wordt voorgelegd.""")]
    # --- financien: PARTIAL (verdeling yes, besteding p.m.)
    d += [H1("Financiën"),
          P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning.
          De verdeling over de besturen gebeurt volgens een vast verdeelmodel, dat het algemeen bestuur
          jaarlijks in december voor het volgende kalenderjaar vaststelt. Het model kent drie stappen."""),
          T([["Stap", "Verdeling", "Criterium"],
             ["1", "Afdrachten sbo en so", "Eerst worden de verplichte afdrachten aan sbo en so (teldatum 1 "
              "oktober en groei op 1 februari) gereserveerd."],
             ["2", "Schoolbudget naar besturen", "Vaste voet van € 6.500 per school plus € 142 per leerling, "
              "op basis van het leerlingaantal op 1 oktober van het voorgaande jaar."],
             ["3", "Bovenschoolse arrangementen", "Toekenning per kind door het loket, als het kind voldoet "
              "aan de criteria voor laag 3 (hoofdstuk 7)."]]),
          P("""Besturen verantwoorden jaarlijks in hun bestuursverslag hoe zij het schoolbudget hebben
          ingezet. Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves volgens de
          landelijke methodiek en houdt een weerstandsvermogen aan van ten hoogste 5 procent van de
          baten."""),
          H2("Meerjarenbegroting"),
          P("""Meerjarenbegroting 2026-2030: p.m. De meerjarenbegroting wordt na vaststelling van de
          begroting 2026 door het algemeen bestuur als bijlage 5 aan dit plan toegevoegd.""")]
    # --- resultaten: MISSING (heading only, deferral)
    d += [H1("Resultaten en kwaliteit"),
          P("""Dit hoofdstuk is in deze conceptversie nog niet ingevuld. De beoogde resultaten voor de
          planperiode, en de manier waarop we die gaan volgen, worden opgenomen in de eerste
          voortgangsrapportage, die in het najaar van 2026 aan de OPR wordt voorgelegd.""")]
    # --- ouders: PRESENT (informatie + steunpunt) + betrokkenheid
    d += [H1("Ouders"),
          P("""Ouders kennen hun kind het best. Zij zijn vanaf het eerste gesprek partner in het
          ondersteuningsteam en tekenen mee voor het ontwikkelingsperspectief. Ouders zijn ook
          vertegenwoordigd in de ondersteuningsplanraad."""),
          H2("Hoe wij ouders informeren"),
          P("""Op de ouderpagina van onze website staat per school welke basisondersteuning en welke extra
          ondersteuning zij biedt, met een link naar de schoolgids. Alle scholen geven ouders bij de
          aanmelding de brochure 'Wegwijs in passend onderwijs' mee, waarin staat welke voorzieningen er in de
          regio zijn en hoe je ze aanvraagt. Twee keer per jaar organiseren we een informatieavond per
          gemeente, in het voorjaar en in het najaar. De consulent van de school is voor ouders bereikbaar
          voor vragen over het aanbod."""),
          H2("Onafhankelijke hulp"),
          T([["Vraag of probleem", "Waar kunt u terecht"],
             ["U wilt onafhankelijk advies of iemand die met u meedenkt", "Ouder- en Jeugdsteunpunt Zuiderveld, "
              "ondergebracht bij stichting Kompasnaald, los van scholen en samenwerkingsverband; telefonisch "
              "spreekuur op dinsdag en donderdag"],
             ["U komt er met school en verband niet uit", "Onderwijsconsulenten (landelijk, gratis)"],
             ["U heeft een klacht of geschil over toelating, verwijdering of het OPP",
              "Geschillencommissie passend onderwijs; klachtenregeling van het samenwerkingsverband"]])]
    d += oogo(c, inhoudelijk=True)
    d += governance(c)
    d += medezeggenschap(c, ouders_in_opr=True)
    d += totstandkoming(c)
    d += personeel(c)
    d += ict_privacy(c)
    d += planning(c, [["2026-2027", "Invoering nieuwe standaarden basisondersteuning; werkgroep Terugkeer"],
                      ["2027-2028", "Eerste ronde audits kwaliteitskaart; herziening loket"],
                      ["2028-2029", "Tweede ronde audits; voorbereiding nieuw plan"],
                      ["2029-2030", "Opstellen ondersteuningsplan 2030-2034"]])
    d += begrippen([["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning."],
                    ["Dekkend aanbod", "Samenhangend geheel van voorzieningen in de regio."],
                    ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                    ["Resultaten", "Beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."],
                    ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het basisonderwijs."],
                    ["TLV", "Toelaatbaarheidsverklaring."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."]])
    d += afkortingen([("CvT", "Commissie Toelaatbaarheid"), ("OOGO", "op overeenstemming gericht overleg"),
                      ("OPP", "ontwikkelingsperspectief"), ("OPR", "ondersteuningsplanraad"),
                      ("sbo", "speciaal basisonderwijs"), ("so", "speciaal onderwijs"),
                      ("SWV", "samenwerkingsverband"), ("TLV", "toelaatbaarheidsverklaring")])
    return d


# ---------------------------------------------------------------------------------------------
# Plan B  (VO, .docx)  SWV VO Kempenbroek
# ---------------------------------------------------------------------------------------------
B = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Kempenbroek", kort="SWV VO Kempenbroek",
    code="VO 30-09", sector="vo", periode="2026-2030", kinderen="leerlingen", ib="ondersteuningscoördinatoren",
    gemeenten_tekst="Bruggeloo, Kempenbroek, Oost-Heide en Zandvliet", n_besturen=6,
    scholen_tekst="14 scholen voor voortgezet onderwijs met 21 vestigingen, een school voor praktijkonderwijs "
                  "en twee vso-scholen",
    directeur="Rachid el Idrissi", missie="iedere jongere een diploma of startkwalificatie, op een school die past.",
    rechtsvorm="vereniging", ledenorgaan="algemene ledenvergadering", fte_bureau="11,2", vestiging="Kempenbroek",
    opr_datum="24 maart 2026", oogo_datum="10 februari 2026", ander_swv="PO Kempenland (PO 30-08)",
    regio_rows=[["Bruggeloo", "3", "1.870"], ["Kempenbroek", "8", "4.960"], ["Oost-Heide", "3", "1.720"],
                ["Zandvliet", "3", "1.250"], ["Totaal", "17", "9.800"]],
)


def plan_b():
    c = B
    d = [("title", ["Ondersteuningsplan 2026-2030", c["naam"], c["code"], "Koers op kansen",
                    "Vastgesteld door de algemene ledenvergadering op 31 maart 2026"]), BR()]
    d.append(TOC(["Inhoud", "1 Voorwoord", "2 Inleiding", "3 Terugblik op de vorige planperiode", "4 Regio en kengetallen", "5 Missie en visie", "6 Het ondersteuningsaanbod", "   6.1 Basisondersteuning", "   6.2 Extra ondersteuning en bovenschoolse voorzieningen", "   6.3 Toelaatbaarheid vso, lwoo en pro", "   6.4 Terugplaatsing en overplaatsing naar het vo", "   6.5 Thuiszitters en zorgplicht", "7 Ouders en leerlingen", "8 Ambities en resultaten", "9 Financieel beleid", "10 Samenwerking met gemeenten", "11 Organisatie en governance", "12 Medezeggenschap", "13 Totstandkoming en vaststelling", "14 Personeel en professionalisering", "15 ICT en privacy", "16 Planning", "Begrippenlijst", "Afkortingen"]))
    d.append(BR())
    d += voorwoord(c)
    d += [H1("Inleiding"),
          P("""Dit ondersteuningsplan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het beschrijft de
          afspraken die de zes besturen met elkaar hebben gemaakt over passend onderwijs in het voortgezet
          onderwijs in onze regio. Het plan is opgesteld door het bureau van het samenwerkingsverband, in
          nauwe samenspraak met de ondersteuningscoördinatoren en de schoolleiders."""),
          P("""Het plan is bewust compact gehouden. Waar afspraken in een apart document zijn uitgewerkt,
          vermelden we dat. Uitvoeringsafspraken die vaker wijzigen, zoals formulieren en termijnen van het
          loket, staan op onze website.""")]
    d += wettelijk_kader(c)
    d += terugblik(c)
    d += regio(c)
    d += visie(c)
    d += [H1("Het ondersteuningsaanbod")]
    # --- basisondersteuning: PARTIAL (niveau yes, inhoud no: only 4-aspect definition + SOP reference)
    d += [H2("Basisondersteuning"),
          P("""Basisondersteuning is de afspraak van alle besturen over het niveau van ondersteuning dat
          iedere vestiging van iedere school in het samenwerkingsverband minimaal biedt. Dit niveau is
          vastgelegd in de Kempenbroek-standaard, die de algemene ledenvergadering in 2024 heeft
          vastgesteld, en geldt voor alle 21 vestigingen. Geen vestiging mag onder dit niveau zakken."""),
          P("""De standaard volgt de vier aspecten van het landelijke referentiekader: basiskwaliteit,
          preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig
          werken. Welke voorzieningen dit op een school concreet oplevert, beschrijft iedere school in haar
          schoolondersteuningsprofiel, dat op de website van de school staat.""")]
    # --- dekkend aanbod: PARTIAL (continuum yes, lacunes by website reference only) + ketenpartners (oogo)
    d += [H2("Extra ondersteuning en bovenschoolse voorzieningen"),
          P("""Boven op de basisondersteuning kent het samenwerkingsverband een aanbod in drie niveaus. Samen
          met de basis vormen die een doorlopende reeks, van lichte ondersteuning in de klas tot
          gespecialiseerd onderwijs. Leerlingen stromen zo nodig tussen de niveaus, en de stamschool blijft
          verantwoordelijk zolang de leerling daar ingeschreven staat."""),
          T([["Niveau", "Voorziening", "Toegang"],
             ["1", "Basisondersteuning op iedere vestiging", "Direct, via de mentor"],
             ["2", "Ondersteuning in de school: trajectvoorziening, rebound-plek, schoolarrangement met "
              "inzet van een orthopedagoog of gedragsspecialist", "Via de ondersteuningscoördinator"],
             ["3", "Bovenschools: OPDC De Overstap (40 plaatsen, maximaal 16 weken, daarna terug naar de "
              "stamschool), Taalcentrum Kempenbroek voor nieuwkomers (ISK), onderwijs-zorgklas in Zandvliet",
              "Aanvraag door de school bij het loket"],
             ["4", "Vso De Horizon (cluster 4) en vso Het Palet (cluster 3)", "Met een TLV (paragraaf 6.3)"]]),
          P("""Praktijkonderwijs en leerwegondersteunend onderwijs zijn onderdeel van dit aanbod; de
          toegang daartoe beschrijven we in paragraaf 6.3.""")]
    # --- plaatsing: PRESENT (vso + lwoo + pro procedure & criteria) + deskundigen, duur-categorie
    d += [H2("Toelaatbaarheid vso, lwoo en pro"),
          P("""Het samenwerkingsverband besluit over de toelaatbaarheid tot het voortgezet speciaal onderwijs
          (vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot
          het praktijkonderwijs (pro). Voor alle drie geldt dat het bevoegd gezag van de school waar de
          leerling is aangemeld of ingeschreven de aanvraag indient bij het Loket Toewijzing."""),
          T([["", "Vso", "Lwoo", "Pro"],
             ["Aanvrager", "Vo-school of vso-school waar de leerling is aangemeld/ingeschreven",
              "Vo-school waar de leerling is aangemeld", "School voor praktijkonderwijs"],
             ["Dossier", "OPP, onderwijskundig rapport, verslag MDO met ouders", "Onderwijskundig rapport, "
              "toetsgegevens, capaciteitenonderzoek", "Onderwijskundig rapport, toetsgegevens, "
              "capaciteitenonderzoek, sociaal-emotioneel onderzoek"],
             ["Termijn aanvraag", "Doorlopend", "Vóór 1 maart voor het eerste leerjaar", "Vóór 1 maart"],
             ["Besluit", "Commissie Toewijzing binnen 6 weken", "Commissie Toewijzing binnen 4 weken",
              "Commissie Toewijzing binnen 4 weken"],
             ["Duur", "1, 2 of 3 schooljaren; bekostigingscategorie laag, midden of hoog",
              "Voor de duur van de vmbo-opleiding", "Voor de duur van de opleiding"]]),
          P("""Bij elke vso-aanvraag adviseren twee deskundigen, elk met een eigen schriftelijk advies: een
          orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van de leerling, zoals
          een jeugdarts of maatschappelijk werker. De Commissie Toewijzing weegt de adviezen en besluit."""),
          P("""Criteria vso: een leerling is toelaatbaar als zijn ondersteuningsbehoefte structureel, op
          meerdere gebieden, de mogelijkheden van niveau 1 tot en met 3 overstijgt, als de school aantoonbaar
          een arrangement op niveau 2 of 3 heeft ingezet en geëvalueerd, en als een onderwijszorgarrangement
          in het regulier onderwijs niet toereikend is. Voor lwoo en pro hanteert het samenwerkingsverband de
          landelijke criteria: voor lwoo een IQ tussen 75 en 90 met een leerachterstand van 25 tot 50 procent
          op twee van de vier domeinen, of een IQ tussen 91 en 120 met een leerachterstand én
          sociaal-emotionele problematiek; voor pro een IQ tussen 55 en 80 met een leerachterstand van ten
          minste 50 procent op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is.
          Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te
          stellen.""")]
    # --- terugstroom: MISSING (p.m.)
    d += [H2("Terugplaatsing en overplaatsing naar het vo"),
          P("""p.m. – De tekst van deze paragraaf volgt na afstemming met de directies van de twee
          vso-scholen.""")]
    d += [H2("Thuiszitters en zorgplicht"),
          P("""De aanpak van thuiszitters en de afspraken over de zorgplicht zijn regionaal vastgelegd in het
          Regionaal Thuiszittersprotocol Kempenbroek. Dit protocol is te vinden op de website van de
          afdeling leerplicht van de gemeente Kempenbroek.""")]
    # --- ouders: PARTIAL (informatie yes, steunpunt deferred) + betrokkenheid
    d += [H1("Ouders en leerlingen"),
          P("""Ouders en leerlingen zijn onmisbaar bij goede ondersteuning. Leerlingen denken mee over hun
          eigen ontwikkelingsperspectief en hebben hoorrecht. In de ondersteuningsplanraad zijn ouders en
          leerlingen vertegenwoordigd."""),
          P("""Ouders worden over de ondersteuningsvoorzieningen geïnformeerd via drie kanalen. Op de website
          van het samenwerkingsverband staat een overzicht van alle voorzieningen van niveau 2, 3 en 4, met
          per voorziening een korte uitleg en de manier van aanmelden. Elke school neemt in haar schoolgids
          een hoofdstuk op over de ondersteuning op die school, met de naam van de
          ondersteuningscoördinator als aanspreekpunt. In november organiseert het samenwerkingsverband in
          iedere gemeente een informatieavond voor ouders van leerlingen in groep 8 die extra ondersteuning
          nodig hebben."""),
          P("""Het samenwerkingsverband bereidt de inrichting van een ouder- en jeugdsteunpunt voor. Over de
          vorm, de partner en de bereikbaarheid besluit het bestuur uiterlijk in december 2026.""")]
    # --- resultaten: PRESENT (doelen + monitoring) + meetbaar
    d += [H1("Ambities en resultaten"),
          P("""Voor de planperiode hebben we vijf ambities geformuleerd. Bij elke ambitie hoort een
          indicator met een nulmeting en een streefwaarde voor 2030."""),
          T([["Ambitie", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
             ["Meer leerlingen thuisnabij", "Deelnamepercentage vso (peildatum 1 oktober)", "3,9%", "≤ 3,5%"],
             ["Snelle toegang", "Besluiten Commissie Toewijzing binnen termijn", "81%", "95%"],
             ["Kort in het OPDC", "Leerlingen OPDC binnen 16 weken terug op de stamschool", "64%", "80%"],
             ["Diploma", "Leerlingen met lwoo die een vmbo-diploma halen", "88%", "92%"],
             ["Tevreden ouders", "Gemiddeld rapportcijfer ouderenquête", "6,9", "7,5"]]),
          P("""Wij volgen de voortgang als volgt. Het bureau verzamelt twee keer per jaar, per 1 oktober en per
          1 maart, de gegevens uit het registratiesysteem en de DUO-telling en zet die in een dashboard per
          school en per bestuur. In november voert de directeur-bestuurder met elk bestuur een
          kwaliteitsgesprek over de cijfers. Eens per twee jaar houden we een ouderenquête. De bereikte
          resultaten rapporteren we jaarlijks in het jaarverslag aan de ledenvergadering en de OPR; in 2028
          volgt een tussenevaluatie van het plan, waarin we zo nodig de streefwaarden bijstellen.""")]
    # --- financien: PRESENT (verdeling + besteding table) + reserves + verantwoording
    d += [H1("Financieel beleid"),
          P("""Het samenwerkingsverband ontvangt rijksmiddelen voor lichte ondersteuning, zware
          ondersteuning, lwoo en pro. De verdeling gebeurt volgens de volgende regels, die de algemene
          ledenvergadering vaststelt bij de begroting. Van de middelen voor lichte ondersteuning gaat 80
          procent naar de besturen, naar rato van het aantal leerlingen op 1 oktober (in 2026 circa € 96 per
          leerling); 20 procent blijft bij het samenwerkingsverband voor de voorzieningen op niveau 3.
          Middelen voor lwoo en pro worden doorbetaald aan de besturen met een lwoo- of pro-licentie, per
          leerling met een aanwijzing of TLV. De afdrachten voor het vso worden door DUO ingehouden op het
          budget voor zware ondersteuning; het restant financiert de niveau 3-voorzieningen en de
          onderwijs-zorgklas."""),
          T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten rijksbijdrage", "21.480", "21.120", "20.860", "20.610"],
             ["Afdrachten vso", "6.940", "6.820", "6.700", "6.600"],
             ["Lwoo- en pro-middelen naar besturen", "8.310", "8.190", "8.080", "7.970"],
             ["Lichte ondersteuning naar besturen (80%)", "2.720", "2.680", "2.650", "2.620"],
             ["OPDC De Overstap en niveau 3-voorzieningen", "2.350", "2.350", "2.330", "2.300"],
             ["Bureau, loket en deskundigen", "1.040", "1.060", "1.080", "1.090"],
             ["Resultaat", "120", "20", "20", "30"]]),
          P("""Besturen verantwoorden de besteding van hun middelen in een jaarlijkse rapportage per school
          aan het samenwerkingsverband. Het weerstandsvermogen blijft binnen de signaleringswaarde; de
          reserve die boven die waarde uitkwam, is in 2023 en 2024 afgebouwd.""")]
    d += oogo(c, inhoudelijk=True)
    d += governance(c)
    d += medezeggenschap(c, ouders_in_opr=True)
    d += totstandkoming(c)
    d += personeel(c)
    d += ict_privacy(c)
    d += planning(c, [["2026-2027", "Besluit ouder- en jeugdsteunpunt; nieuw dashboard"],
                      ["2027-2028", "Herziening Kempenbroek-standaard"],
                      ["2028-2029", "Tussenevaluatie van het plan"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    d += begrippen([["Basisondersteuning", "Het niveau van ondersteuning dat iedere vestiging biedt."],
                    ["Lwoo", "Leerwegondersteunend onderwijs."],
                    ["Pro", "Praktijkonderwijs."],
                    ["Terugplaatsing", "Het terugkeren van een leerling van het vso naar het regulier vo na afloop van de TLV."],
                    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
                    ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden of te zoeken."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."]])
    d += afkortingen([("ISK", "internationale schakelklas"), ("lwoo", "leerwegondersteunend onderwijs"),
                      ("OPDC", "orthopedagogisch-didactisch centrum"), ("OPR", "ondersteuningsplanraad"),
                      ("pro", "praktijkonderwijs"), ("TLV", "toelaatbaarheidsverklaring"),
                      ("vso", "voortgezet speciaal onderwijs")])
    return d


# ---------------------------------------------------------------------------------------------
# Plan C  (PO, .pdf)  SWV Lindewijk
# ---------------------------------------------------------------------------------------------
C = dict(
    naam="Stichting Samenwerkingsverband Primair Onderwijs Lindewijk", kort="SWV Lindewijk", code="PO 24-02",
    sector="po", periode="2026-2030", kinderen="kinderen", ib="intern begeleiders",
    gemeenten_tekst="Lindewijk, Aaldonk en Veenhoven", n_besturen=5,
    scholen_tekst="34 basisscholen, één school voor speciaal basisonderwijs en één so-school",
    directeur="Joost van Harten", missie="goed onderwijs voor ieder kind, in de eigen omgeving waar dat kan.",
    rechtsvorm="stichting", ledenorgaan="algemene vergadering", fte_bureau="7,8", vestiging="Aaldonk",
    opr_datum="12 maart 2026", oogo_datum="28 januari 2026", ander_swv="VO Lindewijk e.o. (VO 24-03)",
    regio_rows=[["Lindewijk", "16", "3.120"], ["Aaldonk", "11", "1.980"], ["Veenhoven", "7", "1.000"],
                ["Totaal", "34 (+ 1 sbo, 1 so)", "6.100"]],
)


def plan_c():
    c = C
    d = [("title", ["Ondersteuningsplan 2026-2030", c["naam"], c["code"],
                    "Met ouders, voor kinderen: een dekkend aanbod in Lindewijk, Aaldonk en Veenhoven"]), BR()]
    d.append(TOC(["Inhoudsopgave", "1 Voorwoord", "2 Inleiding", "3 Terugblik", "4 Regio en kengetallen", "5 Missie en visie", "6 Wat elke school biedt", "7 Passend aanbod in de regio", "8 Naar het sbo of so – en weer terug", "9 Geld en middelen", "10 Waar we in 2030 willen staan", "11 Samenwerking met gemeenten", "12 Organisatie en governance", "13 Medezeggenschap", "14 Kennisdeling en leernetwerken", "15 Totstandkoming en vaststelling", "16 Personeel en professionalisering", "17 ICT en privacy", "18 Planning", "Bijlage: Begrippenlijst", "Bijlage: Afkortingen"]))
    d.append(BR())
    d += voorwoord(c)
    d += [H1("Inleiding"),
          P("""Dit ondersteuningsplan beschrijft de afspraken van de vijf besturen in ons samenwerkingsverband
          voor de schooljaren 2026-2027 tot en met 2029-2030. Het is korter dan zijn voorganger: we hebben
          gekozen voor een plan dat leest als een afsprakenlijst en niet als een beleidsnota. Wat niet
          in dit plan staat, is ook niet afgesproken."""),
          P("""Het plan begint met een terugblik en een beschrijving van de regio. Daarna volgen de
          afspraken over de ondersteuning op de scholen, over het sbo en so, over het geld en over onze
          ambities. Het plan sluit af met de organisatie en de planning.""")]
    d += wettelijk_kader(c)
    d += terugblik(c)
    d += regio(c)
    d += visie(c)
    # --- basisondersteuning: PRESENT with unusual wording + borging
    d += [H1("Wat elke school biedt"),
          P("""De vijf besturen hebben een gezamenlijke ondergrens afgesproken, de Lindewijkse Basiskaart. Wat
          op die kaart staat, is op iedere locatie van iedere school in ons verband beschikbaar, ongeacht het
          bestuur en ongeacht de grootte van de school. Het is dus geen streven maar een afspraak. Wat een
          school daarbovenop biedt, is extra."""),
          T([["Onderdeel van de Basiskaart", "Concreet"],
             ["Vroeg signaleren", "Alle kinderen worden twee keer per jaar besproken in een groepsbespreking met "
              "de intern begeleider; bij zorgen volgt binnen vier weken een leerlingbespreking."],
             ["Begeleiding bij leesproblemen", "Dyslexieprotocol; extra leesinstructie van minimaal drie keer "
              "twintig minuten per week voor kinderen in de zwakste groep."],
             ["Sociale veiligheid", "Een gedragsprotocol en een anti-pestcoördinator; een methode voor "
              "sociaal-emotioneel leren in alle groepen."],
             ["Uitdagen van snelle leerders", "Compacten en verrijken; een verrijkingsgroep per school."],
             ["Fysieke toegankelijkheid", "Iedere school is rolstoeltoegankelijk of heeft een afspraak met een "
              "toegankelijke school in de buurt."],
             ["Expertise dichtbij", "Een vaste orthopedagoog van het samenwerkingsverband die elke school "
              "minimaal zes keer per jaar bezoekt."]]),
          P("""Elk jaar controleert het samenwerkingsverband per school of de Basiskaart wordt waargemaakt,
          door een gesprek met de directeur en intern begeleider en een steekproef van dossiers. Scholen die
          op een onderdeel tekortschieten, maken afspraken met hun bestuur over herstel binnen het
          schooljaar.""")]
    # --- dekkend aanbod: MISSING (deferral only)
    d += [H1("Passend aanbod in de regio"),
          P("""Een samenhangend overzicht van de extra ondersteuning en de voorzieningen tussen de scholen
          brengen we in het eerste planjaar in kaart. De uitkomsten worden opgenomen in een addendum bij dit
          plan, dat na instemming van de OPR wordt vastgesteld. Over kinderen die thuiszitten maken we in de
          loop van 2026 nadere afspraken met de gemeenten.""")]
    # --- plaatsing: PARTIAL (procedure yes, criteria deferred) + deskundigen, duur-categorie
    # --- terugstroom: PRESENT (inside the TLV chapter) + monitoring
    d += [H1("Naar het sbo of so – en weer terug"),
          H2("Aanvragen van een toelaatbaarheidsverklaring"),
          P("""Een kind kan alleen naar De Vlonder (sbo) of De Meander (so) met een toelaatbaarheidsverklaring
          van het samenwerkingsverband. De aanvraag verloopt zo. De basisschool vult het aanvraagformulier in
          het registratiesysteem in en voegt het groeidocument en het verslag van de laatste
          leerlingbespreking toe. Het bevoegd gezag ondertekent de aanvraag. Binnen tien werkdagen kijkt de
          Commissie van Toelaatbaarheid of de aanvraag compleet is; is zij dat niet, dan krijgt de school
          twee weken om aan te vullen. Daarna vragen we twee deskundigen om elk een eigen schriftelijk advies:
          altijd een orthopedagoog of psycholoog, en een tweede deskundige die past bij de vraag. De commissie
          neemt haar besluit binnen vijf weken na de complete aanvraag en legt het vast in het systeem; de
          school ontvangt het besluit per brief."""),
          P("""Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor één tot drie
          schooljaren, met de bekostigingscategorie laag, midden of hoog."""),
          P("""Criteria: een nieuw criteriakader voor de toelaatbaarheid tot sbo en so wordt in de loop van
          schooljaar 2026-2027 door de Commissie van Toelaatbaarheid opgesteld en daarna aan de
          ondersteuningsplanraad voorgelegd."""),
          H2("Na afloop van de verklaring"),
          P("""Ons uitgangspunt is dat een verblijf in het sbo of so een tussenstap kan zijn. Wij willen dat
          ieder kind dat zich in het sbo of so zo heeft ontwikkeld dat het weer in een basisschool kan
          leren, ook echt teruggaat, het liefst naar een school in de eigen wijk. Voorwaarden zijn dat het
          kind op de domeinen uit zijn ontwikkelingsperspectief de afgesproken doelen heeft gehaald en dat de
          ontvangende school in staat is het kind met een terugkeerarrangement te begeleiden. Na de terugkeer
          krijgt de basisschool gedurende een half jaar begeleiding van een leerkracht van De Vlonder of De
          Meander en een budget voor extra handen in de klas."""),
          T([["Moment", "Wat gebeurt er", "Wie"],
             ["Oktober van elk TLV-jaar", "Evaluatie OPP: is terugkeer in beeld?", "Sbo/so-school"],
             ["Uiterlijk 1 maart laatste TLV-jaar", "Voorstel: terugkeer, verlenging of overplaatsing",
              "Sbo/so-school, na overleg met de orthopedagoog van het SWV"],
             ["Vóór 1 april", "Besluit over een nieuwe TLV of bevestiging terugkeer",
              "Commissie van Toelaatbaarheid"],
             ["Mei-juni", "Warme overdracht, kennismaking en proefdagen", "Sbo/so-school en ontvangende school"],
             ["31 juli", "Einde TLV; start terugkeerarrangement op 1 augustus", "Samenwerkingsverband"]]),
          P("""In schooljaar 2024-2025 keerden negen kinderen vanuit het sbo en twee kinderen vanuit het so
          terug naar een basisschool.""")]
    # --- financien: PRESENT (under 'Geld en middelen', in tables) + reserves
    d += [H1("Geld en middelen"),
          P("""Het samenwerkingsverband kiest voor een eenvoudige verdeling. Na aftrek van de afdrachten voor
          sbo en so en de kosten van het bureau gaat het budget naar de besturen. Elk bestuur ontvangt een
          bedrag per leerling, op basis van de leerlingtelling van 1 oktober van het jaar daarvoor. De
          algemene vergadering stelt het bedrag elk jaar in november vast; voor 2026 is dat € 176 per
          leerling. Daarnaast is er een solidariteitsbudget voor besturen met een hoog aandeel kinderen met
          een zware ondersteuningsvraag; de verdeling daarvan gebeurt op basis van het aantal
          schoolarrangementen van het voorgaande jaar."""),
          T([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Rijksbijdrage lichte en zware ondersteuning", "7.890", "7.760", "7.640", "7.520"],
             ["Afdrachten sbo De Vlonder (incl. groei 1 februari)", "1.920", "1.880", "1.850", "1.830"],
             ["Afdrachten so De Meander", "2.310", "2.290", "2.270", "2.250"],
             ["Budget per leerling naar besturen", "1.074", "1.050", "1.030", "1.010"],
             ["Solidariteitsbudget", "400", "400", "380", "360"],
             ["Orthopedagogen Basiskaart", "610", "620", "630", "640"],
             ["Terugkeerarrangementen", "120", "130", "140", "140"],
             ["Bureau en commissie", "890", "900", "910", "920"],
             ["Inzet reserve", "-", "-70", "-150", "-210"]]),
          P("""De algemene reserve bedraagt eind 2025 € 1,9 miljoen. Dat is meer dan de signaleringswaarde;
          het verschil zetten we in de jaren 2027-2029 in, zoals de begroting laat zien.""")]
    # --- resultaten: PARTIAL (doelen yes, monitoring deferred) + meetbaar
    d += [H1("Waar we in 2030 willen staan"),
          P("""Wij hebben voor de planperiode de volgende beoogde resultaten geformuleerd voor kinderen die
          extra ondersteuning nodig hebben."""),
          T([["Beoogd resultaat", "In 2030"],
             ["Minder kinderen hoeven naar het sbo", "Deelname sbo van 2,6% naar 2,1% van de leerlingen"],
             ["Terugkeer wordt gewoon", "Ten minste 15 kinderen per jaar keren terug naar een basisschool"],
             ["Iedere school waarmaakt de Basiskaart", "100% van de scholen voldoet aan alle onderdelen"],
             ["Snelle besluiten", "95% van de TLV-besluiten binnen vijf weken"]]),
          P("""Op welke manier, met welke bronnen en op welke momenten we deze doelen volgen, leggen we vast in
          een monitoringsplan dat nog wordt opgesteld.""")]
    d += oogo(c, inhoudelijk=False)
    d += governance(c)
    d += medezeggenschap(c, ouders_in_opr=False)
    d += kennisdeling(c)
    d += totstandkoming(c)
    d += personeel(c)
    d += ict_privacy(c)
    d += planning(c, [["2026-2027", "Criteriakader TLV; addendum passend aanbod; afspraken gemeenten"],
                      ["2027-2028", "Eerste inzet reserve; herijking Basiskaart"],
                      ["2028-2029", "Vervolg inzet reserve"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    d += begrippen([["Basiskaart", "Gezamenlijke ondergrens van ondersteuning (basisondersteuning)."],
                    ["Dekkend aanbod", "Het geheel van voorzieningen waardoor ieder kind een passende plek heeft."],
                    ["Ouders", "Ouders, voogden of verzorgers van een kind."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk informatiepunt voor ouders en kinderen."],
                    ["Thuiszitter", "Leerplichtig kind dat niet naar school gaat."],
                    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]])
    d += afkortingen([("CvT", "Commissie van Toelaatbaarheid"), ("OPP", "ontwikkelingsperspectief"),
                      ("OPR", "ondersteuningsplanraad"), ("sbo", "speciaal basisonderwijs"),
                      ("so", "speciaal onderwijs"), ("TLV", "toelaatbaarheidsverklaring")])
    return d


# ---------------------------------------------------------------------------------------------
# Plan D  (VO, .pdf)  SWV VO Eemvallei-Noord
# ---------------------------------------------------------------------------------------------
D = dict(
    naam="Samenwerkingsverband VO Eemvallei-Noord", kort="SWV Eemvallei-Noord", code="VO 26-05", sector="vo",
    periode="2026-2030", kinderen="leerlingen", ib="ondersteuningscoördinatoren",
    gemeenten_tekst="Eemvoorde, Hoornbeek en Wilsum", n_besturen=7,
    scholen_tekst="elf scholen voor voortgezet onderwijs, een school voor praktijkonderwijs en een vso-school",
    directeur="Anneloes Brinkhuis", missie="elke jongere op weg naar een plek in de samenleving.",
    rechtsvorm="stichting", ledenorgaan="algemene vergadering", fte_bureau="9,4", vestiging="Eemvoorde",
    opr_datum="19 maart 2026", oogo_datum="5 februari 2026", ander_swv="PO Eemvallei (PO 26-04)",
    regio_rows=[["Eemvoorde", "6", "4.610"], ["Hoornbeek", "4", "2.540"], ["Wilsum", "3", "1.150"],
                ["Totaal", "13", "8.300"]],
)


def plan_d():
    c = D
    d = [("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")", "Elke jongere telt",
                    "Basisondersteuning – toewijzing – terugplaatsing – middelen – communicatie met ouders"]), BR()]
    d.append(TOC(["Inhoud", "1 Voorwoord", "2 Inleiding", "3 Basisondersteuning", "4 Het ondersteuningscontinuüm", "5 Toewijzing en toelaatbaarheid", "   5.1 Criteria", "   5.2 Procedure", "   5.3 Terug naar het regulier vo", "6 Monitoring en verantwoording", "7 Middelen", "8 Communicatie", "9 Terugblik", "10 Regio en kengetallen", "11 Missie en visie", "12 Samenwerking met gemeenten", "13 Organisatie en governance", "14 Medezeggenschap", "15 Totstandkoming en vaststelling", "16 Personeel en professionalisering", "17 ICT en privacy", "18 Planning", "Begrippenlijst", "Afkortingen"]))
    d.append(BR())
    d += voorwoord(c)
    d += [H1("Inleiding"),
          P("""In dit plan beschrijven de zeven besturen van het samenwerkingsverband hoe zij in de periode
          2026-2030 samen zorgen voor passend onderwijs aan alle jongeren in de gemeenten Eemvoorde,
          Hoornbeek en Wilsum. Het plan gaat eerst in op de ondersteuning zelf en de toewijzing, daarna op
          monitoring, middelen en communicatie. De achtergrond (terugblik, regio, visie) en de organisatie
          staan in de tweede helft."""),
          P("""Bij dit plan horen vijf bijlagen, die afzonderlijk zijn gepubliceerd: het referentiekader
          basisondersteuning (bijlage 3), het reglement Commissie Toewijzing (bijlage 4), het
          OOGO-verslag, de instemmingsbrief van de OPR en de jaarbegroting 2026.""")]
    d += wettelijk_kader(c)
    # --- basisondersteuning: MISSING (deferral + absent annex)
    d += [H1("Basisondersteuning"),
          P("""Het profiel basisondersteuning van het samenwerkingsverband wordt in schooljaar 2026-2027
          herijkt in het licht van de landelijke norm basisondersteuning. Tot die herijking is afgerond,
          verwijzen wij voor de basisondersteuning naar het referentiekader basisondersteuning VO 2022, dat
          als bijlage 3 bij dit plan hoort.""")]
    # --- dekkend aanbod: PRESENT (continuum + lacunes) + ketenpartners
    d += [H1("Het ondersteuningscontinuüm"),
          P("""Het samenwerkingsverband werkt met een continuüm van ondersteuning: van licht naar zwaar, van
          in de klas naar buiten de school, en zo kort als mogelijk. Elke stap in het continuüm is
          aanvullend op de vorige."""),
          T([["Stap", "Ondersteuning", "Plaats"],
             ["A", "Basis (zie hoofdstuk 3)", "Eigen school"],
             ["B", "Schoolspecifieke extra ondersteuning: ondersteuningsklas, faalangst- en examentraining, "
              "begeleiding door een ambulant begeleider, maatwerkrooster", "Eigen school"],
             ["C", "Tijdelijke plaatsing in Eemhuis (OPDC, 30 plaatsen) of de reboundvoorziening; "
              "onderwijs-zorgarrangement met jeugdhulp in de school", "Bovenschools, Eemvoorde"],
             ["D", "Praktijkonderwijs; vso De Eemhorst (cluster 3 en 4); vso buiten de regio", "Speciale setting"]]),
          P("""De scholen hebben onderling afgesproken dat zij de zorgplicht gezamenlijk waarmaken: lukt
          het een school niet om binnen tien weken een passende plek te vinden voor een aangemelde
          leerling, dan neemt de trajectbegeleider van het samenwerkingsverband het over en zoekt binnen
          vier weken een plek op een andere school of voorziening."""),
          H2("Wie valt er tussen wal en schip?"),
          P("""Eens per kwartaal maakt het samenwerkingsverband met de leerplichtambtenaren een overzicht van
          alle thuiszitters, absoluut verzuimers en jongeren met een vrijstelling. Per jongere wordt een
          casusregisseur benoemd. Structurele tekorten die daarbij zichtbaar worden, zoals wachtlijsten bij
          het vso of het ontbreken van een plek voor hoogbegaafde jongeren met gedragsproblemen, leggen we
          voor aan het bestuurlijk overleg; dat besluit binnen zes maanden over een oplossing, zoals het
          openen van een nieuwe voorziening of het inkopen van plaatsen buiten de regio. In 2025 leidde dit
          tot de start van een kleinschalige HB-groep in Hoornbeek.""")]
    # --- plaatsing: PARTIAL (criteria yes, procedure by website reference) + duur-categorie
    # --- terugstroom: PRESENT + monitoring
    d += [H1("Toewijzing en toelaatbaarheid"),
          H2("Criteria"),
          P("""Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is
          voldaan: de leerling heeft een ondersteuningsbehoefte die structureel en op meerdere gebieden
          (leren, gedrag, sociaal-emotioneel, fysiek-medisch) de stappen A tot en met C overstijgt; de school
          heeft stap B en C aantoonbaar ingezet of gemotiveerd overgeslagen; en de leerling heeft een
          specialistische setting nodig met een kleine groep en een intensieve behandeling of verzorging. De
          TLV wordt afgegeven voor één of twee schooljaren in de bekostigingscategorie laag, tenzij de
          leerling door een lichamelijke of meervoudige beperking is aangewezen op categorie midden of hoog."""),
          T([["Voorziening", "Criteria"],
             ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand op ten minste twee domeinen; of IQ 91-120, "
              "leerachterstand en sociaal-emotionele problematiek"],
             ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste drie jaar op "
              "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
             ["Vso cluster 3", "Zie boven; daarnaast een verstandelijke of lichamelijke beperking of langdurige ziekte"],
             ["Vso cluster 4", "Zie boven; daarnaast ernstige gedrags- of psychiatrische problematiek"]]),
          H2("Procedure"),
          P("""De procedure voor het aanvragen van een toelaatbaarheidsverklaring, een aanwijzing lwoo of een
          toelaatbaarheidsverklaring pro, met de termijnen en formulieren, staat op
          www.eemvallei-noord.nl/toewijzing en in het reglement Commissie Toewijzing (bijlage 4)."""),
          H2("Terug naar het regulier vo"),
          P("""Het samenwerkingsverband wil dat een plaatsing in het vso geen eindstation is wanneer een
          leerling zich zo ontwikkelt dat een reguliere school weer mogelijk is. Het doel is dat jongeren die
          dat kunnen hun diploma in het regulier vo halen. Een terugplaatsing komt in beeld wanneer de
          leerling in het vso de doelen uit het ontwikkelingsperspectief heeft bereikt, wanneer de
          gedragsproblematiek zo is verminderd dat een grote groep haalbaar is, en wanneer de ontvangende
          school de benodigde begeleiding kan bieden. De ontvangende school krijgt voor het eerste jaar een
          terugplaatsingsarrangement: wekelijkse begeleiding door een ambulant begeleider van De Eemhorst en
          een vaste coach in de school."""),
          P("""De procedure is als volgt. Het initiatief ligt bij de vso-school, maar ouders en leerling kunnen
          ook zelf om een gesprek vragen. In het laatste jaar van de TLV bespreekt de commissie van begeleiding
          van de vso-school vóór 1 december het ontwikkelingsperspectief met de leerling en de ouders. Komt
          terugplaatsing in beeld, dan meldt de vso-school de leerling vóór 1 maart aan bij een vo-school en
          volgt er een proefplaatsing van zes weken. De trajectbegeleider van het samenwerkingsverband
          beslist, na advies van beide scholen, of de terugplaatsing doorgaat; de TLV loopt af op 31 juli.
          Is terugplaatsing niet haalbaar, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan. Het
          samenwerkingsverband evalueert iedere terugplaatsing na drie en na twaalf maanden."""),
          P("""In 2023-2024 werden acht leerlingen teruggeplaatst, in 2024-2025 elf.""")]
    # --- resultaten: PARTIAL (monitoring yes, doelen deferred) + meetbaar (reported figures)
    d += [H1("Monitoring en verantwoording"),
          P("""Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen: het
          deelnamepercentage vso en pro op 1 oktober (bron DUO), het aantal afgegeven TLV's en aanwijzingen
          lwoo, de doorlooptijd van aanvragen, het aantal thuiszitters, het aantal leerlingen in Eemhuis en
          de duur van hun verblijf, en de tevredenheid van scholen en ouders. Het bureau verzamelt de gegevens
          per kwartaal en bespreekt ze twee keer per jaar met elk bestuur in een monitorgesprek. De resultaten
          worden in het jaarverslag gerapporteerd aan de algemene vergadering, de raad van toezicht en de OPR.
          Het deelnamepercentage vso bedroeg op 1 oktober 2025 3,2 procent (landelijk 3,5 procent)."""),
          P("""Concrete beoogde resultaten per ambitie worden geformuleerd in het jaarplan 2026-2027.""")]
    # --- financien: PARTIAL (besteding yes, verdeling deferred) + reserves
    d += [H1("Middelen"),
          P("""De onderstaande meerjarenbegroting laat zien waaraan het samenwerkingsverband de middelen in de
          planperiode besteedt."""),
          T([["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Afdrachten vso en pro (DUO)", "5.980", "5.910", "5.860", "5.820"],
             ["Ondersteuningsbudgetten scholen", "3.140", "3.120", "3.090", "3.050"],
             ["Eemhuis (OPDC) en rebound", "1.460", "1.480", "1.500", "1.520"],
             ["Onderwijs-zorgarrangementen", "320", "340", "360", "360"],
             ["Terugplaatsingsarrangementen", "90", "95", "100", "100"],
             ["Bureau, trajectbegeleiding en commissie", "910", "920", "940", "950"],
             ["Totaal lasten", "11.900", "11.865", "11.850", "11.800"]]),
          P("""De verdeelsystematiek, dat wil zeggen de manier waarop de ondersteuningsbudgetten over de
          besturen en scholen worden verdeeld, wordt in 2026 herzien. Het algemeen bestuur neemt daarover
          naar verwachting in het najaar van 2026 een besluit. Het weerstandsvermogen ligt met 7 procent
          onder de signaleringswaarde; extra reservevorming is niet voorzien.""")]
    # --- ouders: PRESENT inside 'Communicatie' + betrokkenheid
    d += [H1("Communicatie"),
          P("""Het samenwerkingsverband communiceert met scholen, partners en ouders. Met scholen gebeurt dat
          via de nieuwsbrief, het ondersteuningscoördinatorenoverleg en het directieoverleg; met partners via
          het regionale netwerk onderwijs-jeugd."""),
          P("""Voor ouders en leerlingen heeft de website een aparte ingang, 'Voor ouders', met een overzicht
          van alle stappen van het continuüm (hoofdstuk 4), de voorzieningen per school en een uitleg over
          lwoo, pro en vso. Iedere vo-school neemt in de schoolgids op welke ondersteuning zij biedt en wie de
          ondersteuningscoördinator is. In januari houden we een voorlichtingsavond voor ouders van
          leerlingen in groep 8, samen met het samenwerkingsverband PO; de folder 'Extra steun op het vo'
          wordt via alle basisscholen verspreid en is ook in het Engels, Arabisch en Pools beschikbaar."""),
          P("""Ouders die onafhankelijk advies willen, of die er met de school niet uitkomen, kunnen terecht bij
          het Steunpunt Ouders en Jeugd Eemvallei. Dat steunpunt is ondergebracht bij een onafhankelijke
          stichting en bereikbaar per telefoon, e-mail en via een inloopspreekuur in de bibliotheek van
          Eemvoorde. Daarnaast wijzen we ouders op de Onderwijsconsulenten en op de Geschillencommissie passend
          onderwijs. Ouders en leerlingen hebben zitting in de OPR, en leerlingen worden gehoord bij het
          opstellen van hun ontwikkelingsperspectief.""")]
    d += terugblik(c)
    d += regio(c)
    d += visie(c)
    d += oogo(c, inhoudelijk=True)
    d += governance(c)
    d += medezeggenschap(c, ouders_in_opr=True)
    d += totstandkoming(c)
    d += personeel(c)
    d += ict_privacy(c)
    d += planning(c, [["2026-2027", "Herijking basisondersteuning; nieuwe verdeelsystematiek"],
                      ["2027-2028", "Uitbreiding HB-groep; evaluatie Eemhuis"],
                      ["2028-2029", "Onderzoek naar onderwijs-zorgarrangementen"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    d += begrippen([["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat elke "
                     "school binnen de eigen ondersteuningsstructuur biedt, onder regie van de school, zo nodig met "
                     "expertise van buiten, met een planmatige werkwijze en op het niveau van de basiskwaliteit."],
                    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
                    ["Verdeelmodel", "De regels voor de verdeling van de ondersteuningsmiddelen over de besturen."],
                    ["Procedure toelaatbaarheid", "De stappen van aanvraag tot besluit over een TLV."],
                    ["Terugplaatsing", "De overgang van het vso naar het regulier vo."]])
    d += afkortingen([("OPDC", "orthopedagogisch-didactisch centrum"), ("lwoo", "leerwegondersteunend onderwijs"),
                      ("pro", "praktijkonderwijs"), ("TLV", "toelaatbaarheidsverklaring"),
                      ("vso", "voortgezet speciaal onderwijs"), ("HB", "hoogbegaafd(heid)")])
    return d


# ---------------------------------------------------------------------------------------------
# Plan E  (PO, .md)  Coöperatie Passend Onderwijs Hoogeveld
# ---------------------------------------------------------------------------------------------
E = dict(
    naam="Coöperatie Passend Onderwijs Hoogeveld", kort="Passend Onderwijs Hoogeveld", code="PO 22-08", sector="po",
    periode="2026-2030", kinderen="kinderen", ib="intern begeleiders",
    gemeenten_tekst="Hoogeveld, Drieborg, Marledijk, Sint-Aarle en Westerkamp", n_besturen=11,
    scholen_tekst="71 basisscholen, drie scholen voor speciaal basisonderwijs en twee so-scholen",
    directeur="Sandra Kooistra", missie="samen zorgen dat geen kind buiten de boot valt.",
    rechtsvorm="coöperatie", ledenorgaan="algemene ledenvergadering", fte_bureau="16,0", vestiging="Drieborg",
    opr_datum="26 maart 2026", oogo_datum="11 februari 2026", ander_swv="VO Hoogeveld-Marledijk (VO 22-09)",
    regio_rows=[["Hoogeveld", "22", "5.240"], ["Drieborg", "17", "3.610"], ["Marledijk", "13", "2.880"],
                ["Sint-Aarle", "10", "2.150"], ["Westerkamp", "9", "2.020"], ["Totaal", "71 (+ 3 sbo, 2 so)", "15.900"]],
)


def plan_e():
    c = E
    d = [("title", ["Ondersteuningsplan 2026-2030 op hoofdlijnen", c["naam"] + " (" + c["code"] + ")",
                    "Niemand buiten de boot"])]
    d.append(TOC(["Inhoud", "1. Voorwoord", "2. Inleiding", "3. Terugblik", "4. Regio en kengetallen", "5. Missie en visie", "6. Basisondersteuning", "7. Toelaatbaarheid sbo en so", "8. Terugplaatsing", "9. Thuiszitters en passende plekken", "10. Ouders", "11. Resultaten", "12. Financiën", "13. Samenwerking met gemeenten", "14. Organisatie en governance", "15. Medezeggenschap", "16. Kennisdeling en leernetwerken", "17. Totstandkoming en vaststelling", "18. Personeel en professionalisering", "19. ICT en privacy", "20. Planning", "Bijlage: Begrippenlijst", "Bijlage: Afkortingen"]))
    d += voorwoord(c)
    d += [H1("Inleiding"),
          P("""Dit is een plan op hoofdlijnen. De elf besturen hebben ervoor gekozen de uitvoeringsregels niet
          in het ondersteuningsplan zelf op te nemen, maar in afzonderlijke documenten die jaarlijks kunnen
          worden bijgesteld: het Toewijzingsreglement (bijlage 2) en het Financieel Kader (bijlage 3). Deze
          bijlagen worden afzonderlijk gepubliceerd."""),
          P("""Hoofdstuk 6 beschrijft de basisondersteuning, hoofdstuk 7 de toelaatbaarheid tot sbo en so,
          hoofdstuk 8 de terugplaatsing en hoofdstuk 9 de aanpak van thuiszitten. Daarna volgen ouders,
          resultaten en financiën.""")]
    d += wettelijk_kader(c)
    d += terugblik(c)
    d += regio(c)
    d += visie(c)
    # --- basisondersteuning: PARTIAL (inhoud yes, niveau explicitly not yet agreed)
    d += [H1("Basisondersteuning"),
          P("""Onder basisondersteuning verstaan wij de ondersteuning die een school biedt zonder tussenkomst
          van de coöperatie. Uit de inventarisatie die we in 2025 op alle scholen hebben gehouden, blijkt dat
          deze ondersteuning op de scholen bestaat uit:"""),
          UL(["een intern begeleider en een ondersteuningsteam dat leerlingen met zorgen bespreekt;",
              "een dyslexie- en dyscalculieprotocol, met extra instructie in kleine groepjes;",
              "een aanpak voor sociale veiligheid en een methode voor sociaal-emotioneel leren;",
              "compacten en verrijken voor kinderen die meer aankunnen;",
              "een ontwikkelingsperspectief voor kinderen met een eigen leerlijn;",
              "NT2-ondersteuning voor nieuwkomers in de eigen groep."]),
          P("""Deze lijst is een beschrijving van wat scholen nu doen. Een gezamenlijk afgesproken
          minimumniveau dat voor alle scholen geldt, hebben de besturen nog niet vastgesteld; dat volgt uit
          het traject 'Stevige basis', dat in schooljaar 2026-2027 start en rekening houdt met de landelijke
          norm basisondersteuning.""")]
    # --- plaatsing: MISSING (reference to absent bijlage 2)
    d += [H1("Toelaatbaarheid sbo en so"),
          P("""De procedure en de criteria voor de toelaatbaarheid tot het speciaal basisonderwijs en het
          speciaal onderwijs zijn opgenomen in het Toewijzingsreglement (bijlage 2). Het reglement wordt
          jaarlijks door het bestuur van de coöperatie geactualiseerd.""")]
    # --- terugstroom: PARTIAL (beleid yes, procedure via absent bijlage 2)
    d += [H1("Terugplaatsing"),
          P("""Wij vinden dat het speciaal (basis)onderwijs er is voor zolang als nodig, en niet langer. Ons
          beleid is erop gericht dat kinderen na een periode in het sbo of so terugkeren naar een basisschool
          zodra hun ontwikkeling dat toelaat, bij voorkeur naar een school dicht bij huis. Terugkeer is aan de
          orde wanneer het kind zich in de kleine setting zo heeft ontwikkeld dat het met de basisondersteuning
          en een tijdelijk arrangement in een reguliere groep kan functioneren, en wanneer ouders en beide
          scholen dat onderschrijven. Na de terugkeer krijgt het kind gedurende ten minste een jaar een
          terugkeerarrangement: begeleiding door een leerkracht van de sbo- of so-school in de nieuwe klas en
          een vast aanspreekpunt voor de ouders. Scholen die een kind terugnemen, gaan voor in de
          professionalisering die het samenwerkingsverband aanbiedt."""),
          P("""Hoe en wanneer de terugkeer precies verloopt, wie het initiatief neemt en wie besluit, is
          uitgewerkt in het Toewijzingsreglement (bijlage 2).""")]
    # --- dekkend aanbod: PARTIAL (lacunes yes, continuum via website) + ketenpartners
    d += [H1("Thuiszitters en passende plekken"),
          P("""Een overzicht van alle arrangementen en voorzieningen in onze regio staat op de sociale kaart op
          onze website en wordt daar actueel gehouden."""),
          P("""Wij willen weten welke kinderen geen passende plek hebben, en waarom. Daarom houden we samen met
          de vijf leerplichtafdelingen een actuele lijst bij van alle kinderen die thuiszitten, een
          vrijstelling hebben of op een wachtlijst voor het sbo of so staan. Die lijst wordt iedere maand
          besproken aan de thuiszitterstafel, waaraan leerplicht, het lokale team, de jeugdarts en een
          consulent van de coöperatie deelnemen. Voor ieder kind wordt binnen twee weken een plan gemaakt,
          met één regisseur. Zit een kind na acht weken nog thuis, dan gebruikt de directeur-bestuurder de
          doorzettingsmacht die de besturen haar hebben gegeven: zij wijst een school of voorziening aan die
          het kind tijdelijk opvangt. Tweemaal per jaar analyseren we de lijst op patronen; waar blijkt dat
          een type plek structureel ontbreekt, doet het bureau binnen drie maanden een voorstel aan de
          ledenvergadering om die plek te realiseren, zo nodig samen met de gemeenten en jeugdhulpaanbieders.""")]
    # --- ouders: PARTIAL (steunpunt yes, informatie deferred) + betrokkenheid
    d += [H1("Ouders"),
          P("""Ouders zijn volwaardig gesprekspartner. Zij denken mee over het ontwikkelingsperspectief van hun
          kind, en kinderen worden vanaf groep 6 zelf gehoord. Ouders hebben zitting in de
          ondersteuningsplanraad."""),
          P("""Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Hoogeveld. Het
          steunpunt is ondergebracht bij de stichting MEE Hoogeveld en werkt los van de scholen en de
          coöperatie. Ouders kunnen er bellen, mailen of een afspraak maken; een ouderadviseur kan meegaan naar
          een gesprek op school. Komen ouders er met de school niet uit, dan kunnen zij een beroep doen op de
          Onderwijsconsulenten of een klacht indienen bij de klachtencommissie van het bestuur of bij de
          Geschillencommissie passend onderwijs."""),
          P("""Hoe wij ouders over de ondersteuningsvoorzieningen informeren, werken we uit in een
          communicatieplan, dat in het voorjaar van 2027 verschijnt.""")]
    # --- resultaten: PRESENT (doelen + monitoring) + meetbaar
    d += [H1("Resultaten"),
          P("""Voor deze planperiode hebben we de volgende beoogde resultaten vastgesteld. Ze zijn afgeleid
          van de evaluatie van het vorige plan."""),
          T([["Beoogd resultaat", "Indicator", "Stand 2025", "Doel 2030"],
             ["Kinderen zitten niet thuis", "Kinderen langer dan 4 weken thuis zonder onderwijs (peildatum 1 "
              "oktober)", "17", "≤ 5"],
             ["Thuisnabij onderwijs", "Deelnamepercentage sbo + so", "4,1%", "3,6%"],
             ["Terugkeer", "Kinderen dat binnen 2 jaar na plaatsing terugkeert naar een basisschool", "6%", "12%"],
             ["Tevreden ouders", "Ouders die het steunpunt een voldoende geven", "n.v.t. (nieuw)", "80%"]]),
          P("""Het bureau meet deze indicatoren twee keer per jaar: op 1 oktober met de DUO-telling en de
          thuiszitterslijst, en op 1 maart met een eigen uitvraag bij de scholen. Ouderoordelen worden
          jaarlijks in juni met een korte enquête opgehaald. De uitkomsten worden besproken in de
          ledenvergadering en de OPR en gepubliceerd in het jaarverslag. Wanneer een indicator twee metingen
          achter elkaar achterblijft, stelt het bureau een verbeteraanpak voor.""")]
    # --- financien: MISSING (reference to absent Financieel Kader)
    d += [H1("Financiën"),
          P("""De verdeling van de middelen, de meerjarenbegroting en de afspraken over reserves zijn
          vastgelegd in het Financieel Kader 2026-2030 (bijlage 3), dat de algemene ledenvergadering elk jaar
          bij de begroting actualiseert.""")]
    d += oogo(c, inhoudelijk=True)
    d += governance(c)
    d += medezeggenschap(c, ouders_in_opr=True)
    d += kennisdeling(c)
    d += totstandkoming(c)
    d += personeel(c)
    d += ict_privacy(c)
    d += planning(c, [["2026-2027", "Start traject 'Stevige basis'"],
                      ["2027-2028", "Communicatieplan; nieuwe sociale kaart"],
                      ["2028-2029", "Evaluatie thuiszitterstafel"],
                      ["2029-2030", "Nieuw ondersteuningsplan"]])
    d += begrippen([["Arrangement", "Afspraken over extra ondersteuning voor een kind."],
                    ["Meerjarenbegroting", "Begroting voor de hele planperiode, met bedragen per jaar."],
                    ["Toelaatbaarheidsverklaring (TLV)", "Besluit dat een kind toelaatbaar is tot sbo of so; "
                     "de procedure kent een aanvraag door de school en een besluit van de commissie."],
                    ["Verdeelmodel", "Manier waarop de middelen over de besturen worden verdeeld."],
                    ["Informatievoorziening ouders", "Het informeren van ouders over de mogelijkheden van ondersteuning."]])
    d += afkortingen([("OJSP", "ouder- en jeugdsteunpunt"), ("OOGO", "op overeenstemming gericht overleg"),
                      ("OPR", "ondersteuningsplanraad"), ("sbo", "speciaal basisonderwijs"),
                      ("so", "speciaal onderwijs"), ("TLV", "toelaatbaarheidsverklaring")])
    return d


# ---------------------------------------------------------------------------------------------
# F: near-miss: a single school's schoolondersteuningsprofiel / ondersteuningsplan (.html)
# ---------------------------------------------------------------------------------------------


def near_miss():
    d = [("title", ["Schoolondersteuningsprofiel en ondersteuningsplan 2025-2026",
                    "Openbare basisschool De Kring, Holtwijk",
                    "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Zuiderveld (PO 31-04)"])]
    d += [H1("Inleiding"),
          P("""Dit is het ondersteuningsplan van obs De Kring. Het beschrijft hoe wij op onze school de
          ondersteuning aan onze leerlingen organiseren, en vormt tegelijk ons schoolondersteuningsprofiel
          (SOP). Het plan is besproken in het team en heeft instemming gekregen van de medezeggenschapsraad
          op 2 oktober 2025. Het plan geldt voor één schooljaar en wordt jaarlijks geëvalueerd in de
          teamvergadering van juni."""),
          P("""De Kring telt 214 leerlingen in negen groepen. Het team bestaat uit vijftien leerkrachten, een
          intern begeleider (0,6 fte), een onderwijsassistent en een gedragsspecialist die wij delen met
          basisschool De Esdoorn. Onze school maakt deel uit van Stichting Openbaar Onderwijs Holtwijk en is
          aangesloten bij het samenwerkingsverband Zuiderveld, dat een eigen ondersteuningsplan heeft."""),
          H1("Onze visie op ondersteuning"),
          P("""Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar wat het
          mankeert. Leerkrachten zijn de spil; de intern begeleider coacht hen. Ouders zijn partner: we
          bespreken zorgen altijd eerst met hen."""),
          H1("Zorgniveaus op De Kring"),
          T([["Niveau", "Wat", "Wie"],
             ["1", "Algemene zorg in de groep: goede instructie, differentiatie in drie niveaus", "Leerkracht"],
             ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
             ["3", "Speciale zorg na een leerlingbespreking: handelingsplan, onderwijsassistent",
              "Leerkracht en intern begeleider"],
             ["4", "Zorg met extern onderzoek of advies, ondersteuningsteam met consulent van het SWV",
              "Intern begeleider, ouders, consulent"],
             ["5", "Arrangement van het samenwerkingsverband of verwijzing naar sbo/so", "Ondersteuningsteam"]]),
          H1("Groepsbesprekingen en leerlingbesprekingen"),
          P("""Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern
          begeleider met iedere leerkracht een groepsbespreking. We bespreken het groepsoverzicht, de
          resultaten op de methodetoetsen en de LVS-toetsen en het welbevinden. Kinderen over wie we ons
          zorgen maken, komen in de leerlingbespreking. Ouders worden daarvan vooraf op de hoogte gesteld."""),
          H1("Basisondersteuning op De Kring"),
          P("""Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Daarnaast
          hebben wij expertise op het gebied van taal en lezen (twee leesspecialisten) en werken wij met een
          plusklas voor groep 5 tot en met 8. Wij hebben minder mogelijkheden voor kinderen die intensieve
          medische verzorging nodig hebben, omdat het gebouw geen lift heeft."""),
          UL(["Dyslexie: signalering vanaf groep 2; extra leestijd; voorleessoftware vanaf groep 5.",
              "Gedrag: Kanjertraining in alle groepen; time-out-afspraken; gedragsspecialist op afroep.",
              "Meer- en hoogbegaafdheid: plusklas op donderdag; compacten en verrijken.",
              "Medisch: protocol medisch handelen; EHBO-ers in het team."]),
          H1("Extra ondersteuning en arrangementen"),
          P("""Als een kind meer nodig heeft dan wij met de basisondersteuning kunnen bieden, vragen wij bij
          het samenwerkingsverband een arrangement aan. Vorig schooljaar hadden wij vier
          schoolarrangementen: drie voor gedrag en één voor een leerling met een ernstige spraak- en
          taalontwikkelingsstoornis. Het geld voor deze arrangementen zetten wij in voor extra uren van de
          onderwijsassistent."""),
          H1("Verwijzing naar sbo of so"),
          P("""Soms blijkt dat een kind beter op zijn plek is in het speciaal basisonderwijs of het speciaal
          onderwijs. Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig, die het samenwerkingsverband
          afgeeft. De intern begeleider bereidt de aanvraag voor met de ouders; de directeur ondertekent. In
          2024-2025 is voor twee leerlingen een TLV aangevraagd en toegekend. Eén leerling is vanuit het sbo
          teruggekeerd naar onze school."""),
          H1("Ouders"),
          P("""Wij informeren ouders via de schoolgids, de nieuwsbrief, de ouderapp en de
          tien-minutengesprekken. Bij zorgen over de ontwikkeling nodigen wij ouders uit voor een gesprek met
          de leerkracht en de intern begeleider. Ouders kunnen voor onafhankelijk advies ook terecht bij het
          ouder- en jeugdsteunpunt van het samenwerkingsverband. De school kent een klachtenregeling; de
          contactpersoon is juf Yvonne."""),
          H1("Resultaten en evaluatie"),
          P("""Onze eindtoetsresultaten lagen de afgelopen drie jaar boven de signaleringswaarde. In 2024-2025
          behaalde 68 procent van de leerlingen in groep 8 het referentieniveau 1S voor lezen. Wij evalueren
          dit ondersteuningsplan jaarlijks en stellen het zo nodig bij."""),
          H1("Middelen"),
          P("""De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband
          (in 2025 € 31.200). Wij besteden dit aan de intern begeleider, de gedragsspecialist en de
          plusklas."""),
          H1("Professionalisering van het team"),
          P("""In 2025-2026 volgt het team een scholing over executieve functies. Twee leerkrachten volgen de
          opleiding tot specialist jonge kind. De intern begeleider neemt deel aan het netwerk van intern
          begeleiders van het samenwerkingsverband.""")]
    return d


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------


def write_docx(doc_model, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, payload in doc_model:
        if kind == "title":
            for i, line in enumerate(payload):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
        elif kind == "toc":
            doc.add_paragraph(payload[0]).runs[0].bold = True
            for line in payload[1:]:
                doc.add_paragraph(line)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "ul":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.core_properties.title = header_text
    doc.core_properties.author = "holdout286 generator"
    doc.save(str(path))


def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def write_md(doc_model, path):
    lines = []
    n = 0
    for kind, payload in doc_model:
        if kind == "title":
            lines.append("# " + payload[0])
            lines += ["**" + x + "**" for x in payload[1:]]
        elif kind == "toc":
            lines.append("## " + payload[0])
            lines += ["- " + x for x in payload[1:]]
        elif kind == "h1":
            if payload.startswith("Bijlage"):
                lines.append("## " + payload)
            else:
                n += 1
                lines.append(f"## {n}. {payload}")
        elif kind == "h2":
            lines.append("### " + payload)
        elif kind == "p":
            lines.append(payload)
        elif kind == "ul":
            lines += ["- " + x for x in payload]
        elif kind == "table":
            lines.append(md_table(payload))
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(doc_model, path, title):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title)}</title>", "</head>", "<body>"]
    for kind, payload in doc_model:
        if kind == "title":
            parts.append(f"<h1>{e(payload[0])}</h1>")
            parts += [f"<p class=\"sub\">{e(x)}</p>" for x in payload[1:]]
        elif kind == "h1":
            parts.append(f"<h2>{e(payload)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(payload)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(payload)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in payload) + "</ul>")
        elif kind == "table":
            rows = [("<tr>" + "".join(f"<th>{e(x)}</th>" for x in payload[0]) + "</tr>")]
            rows += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in payload[1:]]
            parts.append("<table border=\"1\">" + "".join(rows) + "</table>")
    parts += ["</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(doc_model, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout286_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(doc_model, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, criteria, advisory, notes):
    """criteria: set of 'element.crit' that are addressed; advisory: dict element -> list."""
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true"]
    status = {}
    for el in ELEMENTS:
        cores = [f"{el}.{c}" for e, c in CORE if e == el]
        hit = [x in criteria for x in cores]
        if all(hit):
            status[el] = "present"
        elif any(hit) or advisory.get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines.append("elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for e, c in CORE:
        lines.append(f"  {e}.{c}: {'true' if f'{e}.{c}' in criteria else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status


def write_label_notplan(name, documents, sector, note):
    text = (f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\n"
            f"elements: {{}}\ncriteria: {{}}\nadvisory_addressed: {{}}\nnotes:\n  document: {q(note)}\n")
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # A
    na = f"{PREFIX}-po-zuiderveld"
    write_docx(plan_a(), OUT / f"{na}.docx", "SWV Zuiderveld | Ondersteuningsplan 2026-2030 (concept)",
               "Concept – niet verspreiden | basisondersteuning · toelaatbaarheid · ouders")
    write_label(na, [f"{na}.docx"], "po",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
                 "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H6 Basisondersteuning: minimum for every vestiging (ALV 9-10-2025) plus table of standards per domain; audit via kwaliteitskaart.",
                 "plaatsing": "H8: five numbered steps (bevoegd gezag, CvT, two separate deskundigen, decision within 6 weeks) and a criteria table sbo/so cl3/cl4; duration, category, bezwaar/LBT.",
                 "terugstroom": "H9: procedure with dates (1 februari evaluation, voorstel, 1 april aanmelding, CvT, 31 juli) but aims/conditions/support after return deferred to werkgroep Terugkeer 2026-2027.",
                 "financien": "H10: verdeelmodel table (afdrachten, vaste voet EUR 6.500 + EUR 142 per leerling, arrangementen via loket); meerjarenbegroting 'p.m.' / absent bijlage 5, so besteding not addressed.",
                 "dekkend-aanbod": "H7: four-layer table basis/extra/bovenschools/sbo-so and witte-vlekkenanalyse each March, thuiszittersoverleg, escalation and doorzettingsmacht; OOGO chapter covers jeugdhulp/OZA.",
                 "resultaten": "H11 'Resultaten en kwaliteit' exists but says it is not yet filled in (deferral to voortgangsrapportage); only title page/glossary otherwise.",
                 "ouders": "H12 Ouders: website per-school overview, brochure, info evenings (informatie); table 'Waar kunt u terecht' with OJSP, Onderwijsconsulenten, GPO (steunpunt)."})
    # B
    nb = f"{PREFIX}-vo-kempenbroek"
    write_docx(plan_b(), OUT / f"{nb}.docx", "Ondersteuningsplan 2026-2030 | SWV VO Kempenbroek (VO 30-09)",
               "Koers op kansen")
    write_label(nb, [f"{nb}.docx"], "vo",
                {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
                 "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
                 "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"},
                {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "6.1: level binding for all 21 vestigingen (Kempenbroek-standaard), but content is only the 4-aspect referentiekader definition plus a pointer to each school's SOP on its website.",
                 "plaatsing": "6.3: procedure table vso/lwoo/pro (aanvrager, dossier, termijn, Commissie Toewijzing, duur/categorie), two deskundigen, criteria for vso and national lwoo/pro criteria.",
                 "terugstroom": "6.4 heading exists but body is 'p.m. - tekst volgt'; OPDC return to stamschool (6.2, H8) is not return from vso.",
                 "financien": "H9 Financieel beleid: 80/20 split lichte ondersteuning per leerling on 1 oktober, lwoo/pro pass-through; meerjarenbegroting table 2026-2029; reserves and school accountability.",
                 "dekkend-aanbod": "6.2: niveau 1-4 table (basis, in-school, OPDC/ISK/OZA, vso) = continuum; 6.5 thuiszitters/zorgplicht only refers to a municipal website protocol, so lacunes not addressed.",
                 "resultaten": "H8 Ambities en resultaten: indicator table with nulmeting and streefwaarde 2030 plus monitoring twice a year, dashboard, kwaliteitsgesprekken, jaarverslag.",
                 "ouders": "H7: website overview, schoolgids chapter, November info evening (informatie); OJSP only 'wordt voorbereid, besluit december 2026', no independent help named."})
    # C
    nc = f"{PREFIX}-po-lindewijk"
    docx_to_pdf(plan_c(), OUT / f"{nc}.pdf", "SWV Lindewijk – Ondersteuningsplan 2026-2030", "PO 24-02")
    write_label(nc, [f"{nc}.pdf"], "po",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                 "resultaten.doelen"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "H6 'Wat elke school biedt': 'Lindewijkse Basiskaart' is the agreed floor at every location of every school, with a concrete table; yearly check.",
                 "plaatsing": "H8.1: procedure (form, bevoegd gezag, CvT completeness check, two deskundigen, decision within 5 weeks, duration/category) but criteria explicitly deferred to a criteriakader in 2026-2027.",
                 "terugstroom": "Hidden in TLV chapter H8 'Na afloop van de verklaring': policy (aim, conditions, half-year support) and a table of moments/actors up to 31 juli; 2024-2025 figures.",
                 "financien": "H9 'Geld en middelen': EUR 176 per leerling set yearly in November, solidariteitsbudget criterion, and a 2026-2029 begroting table; reserve above signaleringswaarde spent down.",
                 "dekkend-aanbod": "H7 'Passend aanbod in de regio' only defers: overview in first plan year addendum, thuiszitters afspraken 'in de loop van 2026'; OOGO text is procedural and defers content; glossary/title only.",
                 "resultaten": "H10 'Waar we in 2030 willen staan': targets table (doelen) but how they are followed is deferred to a monitoringsplan 'dat nog wordt opgesteld'.",
                 "ouders": "No information channels and no independent support anywhere; OPR described without parents; ouders only in passing, title page and glossary."})
    # D
    nd = f"{PREFIX}-vo-eemvallei"
    docx_to_pdf(plan_d(), OUT / f"{nd}.pdf", "Ondersteuningsplan 2026-2030 SWV VO Eemvallei-Noord",
                "VO 26-05 | Elke jongere telt")
    write_label(nd, [f"{nd}.pdf"], "vo",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
                 "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring",
                 "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 heading only defers (herijking 2026-2027) and points to absent bijlage 3; definition appears only in the begrippenlijst; continuum row A says 'zie hoofdstuk 3'.",
                 "plaatsing": "5.1 criteria for vso (three conditions), lwoo, pro, cluster 3/4 with duration/category; 5.2 procedure only refers to website and absent bijlage 4.",
                 "terugstroom": "5.3 'Terug naar het regulier vo': aims, conditions, terugplaatsingsarrangement, plus procedure (initiative, 1 december, 1 maart, proefplaatsing, decision by trajectbegeleider, 31 juli) and figures.",
                 "financien": "H7 Middelen: lasten table 2026-2029 = besteding; verdeelsystematiek to be revised with decision 'naar verwachting najaar 2026', so verdeling not addressed.",
                 "dekkend-aanbod": "H4 continuum table A-D plus zorgplicht agreement (10 + 4 weeks) and quarterly thuiszitters overview with escalation to bestuurlijk overleg (lacunes).",
                 "resultaten": "H6 'Monitoring en verantwoording': indicator set, quarterly collection, monitor talks, jaarverslag, 2025 figure; beoogde resultaten deferred to jaarplan 2026-2027.",
                 "ouders": "Inside H8 'Communicatie': website 'Voor ouders', schoolgids, January evening, translated folder; Steunpunt Ouders en Jeugd Eemvallei, Onderwijsconsulenten, GPO."})
    # E
    ne = f"{PREFIX}-po-hoogeveld"
    write_md(plan_e(), OUT / f"{ne}.md")
    write_label(ne, [f"{ne}.md"], "po",
                {"basisondersteuning.inhoud", "terugstroom.beleid", "dekkend-aanbod.lacunes",
                 "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
                {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H6 lists concrete provisions found at the schools, but states that a jointly agreed minimum level for all schools has not yet been set (traject 'Stevige basis').",
                 "plaatsing": "H7 only refers to the Toewijzingsreglement (bijlage 2), which is not part of the input; TLV procedure text appears only in the begrippenlijst.",
                 "terugstroom": "H8: policy (aim, conditions, one-year terugkeerarrangement) but 'hoe en wanneer ... wie besluit' is referred to absent bijlage 2, so procedure not addressed.",
                 "financien": "H12 Financien only refers to the Financieel Kader (bijlage 3), not part of the input; no amounts or rules anywhere; glossary defines verdeelmodel/meerjarenbegroting.",
                 "dekkend-aanbod": "H9: thuiszitterslijst, monthly thuiszitterstafel, doorzettingsmacht, twice-yearly gap analysis (lacunes); the overview of arrangementen/voorzieningen only on the website sociale kaart.",
                 "resultaten": "H11 Resultaten: table of beoogde resultaten with 2025 stand and 2030 target; measured twice a year (1 oktober / 1 maart), enquete, jaarverslag.",
                 "ouders": "H10: OJSP Hoogeveld, Onderwijsconsulenten, klachten/GPO (steunpunt); informing parents deferred to a communicatieplan in spring 2027."})
    # F near-miss
    nf = f"{PREFIX}-sop-obs-dekring"
    write_html(near_miss(), OUT / f"{nf}.html", "Schoolondersteuningsprofiel en ondersteuningsplan 2025-2026 – obs De Kring")
    write_label_notplan(nf, [f"{nf}.html"], "po",
                        "A single basisschool's own ondersteuningsplan/schoolondersteuningsprofiel (zorgniveaus, "
                        "groepsbesprekingen, MR consent, one school year); it only refers to the samenwerkingsverband, "
                        "so it is not an ondersteuningsplan of a samenwerkingsverband.")


if __name__ == "__main__":
    main()
