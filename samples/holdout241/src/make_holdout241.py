#!/usr/bin/env python3
"""Generate holdout set 241: five fictional ondersteuningsplannen + one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
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

# ---------------------------------------------------------------------------
# block helpers: ("title", [lines]) ("toc", [lines]) ("h1", t) ("h2", t) ("p", t)
# ("bullets", [..]) ("table", [[..], ..]) ("pagebreak",)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def B(items):
    return ("bullets", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------
# shared filler (governance, personeel, ICT ...). Parameters decide which
# optional sentences appear so that filler never addresses a criterion that
# must stay unaddressed in a given plan.
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de
        invoering van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de verbeteraanpak
        passend onderwijs. Het plan is tot stand gekomen in een lang traject waarin schoolleiders,
        ondersteuningscoördinatoren, bestuurders, leden van de ondersteuningsplanraad en medewerkers van het
        bureau met elkaar in gesprek zijn gegaan. Wij danken iedereen die heeft meegedacht, meegeschreven en
        kritische vragen heeft gesteld. Een plan is pas iets waard als het in de scholen herkenbaar is; daarom
        hebben we geprobeerd om in gewone taal te schrijven en om steeds aan te geven wie waarvoor
        verantwoordelijk is."""),
        P(f"""{c['regio_zin']} Dat vraagt om een samenwerkingsverband dat dicht bij de scholen staat, dat
        snel kan schakelen en dat de verschillen tussen wijken serieus neemt. Tegelijk merken we dat de druk op
        het onderwijs toeneemt: het lerarentekort is in onze stad groter dan elders, de jeugdhulp kent lange
        wachtlijsten en het aantal leerlingen met een complexe vraag groeit. In dit plan kiezen we daarom voor
        focus. Niet alles wat wenselijk is, is ook haalbaar. Waar we keuzes maken, leggen we die uit."""),
        P(f"""Dit plan is geschreven voor de schoolbesturen, de scholen en hun teams, maar ook voor iedereen
        die wil weten hoe passend onderwijs in onze regio is georganiseerd. Wij hopen dat het een
        werkdocument wordt dat in de komende jaren vaak wordt opengeslagen. {c['directeur']},
        directeur-bestuurder."""),
    ]


def leeswijzer(c):
    return [
        P(f"""Het plan bestaat uit genummerde hoofdstukken met genummerde paragrafen, zodat in overleggen
        gemakkelijk naar een passage kan worden verwezen. Na de inleidende hoofdstukken over de context en de
        visie volgen de inhoudelijke hoofdstukken. Daarna komen de hoofdstukken over organisatie,
        medezeggenschap, samenwerking met de gemeenten, personeel en bedrijfsvoering. Het plan sluit af met
        een begrippenlijst en een lijst met afkortingen. Waar in de tekst wordt gesproken over 'de scholen',
        worden alle vestigingen bedoeld die onder het samenwerkingsverband vallen, inclusief de scholen voor
        {c['speciaal']}. Waar 'ouders' staat, kan ook 'verzorgers' worden gelezen."""),
    ]


def terugblik(c):
    return [
        P(f"""In de vorige planperiode is veel veranderd. Het bureau van {c['kort']} is verhuisd naar een
        centrale locatie die voor de scholen goed bereikbaar is met het openbaar vervoer. Het team is
        gegroeid en de taakverdeling tussen beleidsmedewerkers, consulenten en de administratie is
        opnieuw ingericht. Er is een nieuw registratiesysteem ingevoerd en er zijn nieuwe afspraken gemaakt
        over de manier waarop scholen en bureau met elkaar communiceren. De coronaperiode en de periode
        daarna hebben veel gevraagd van scholen; veel plannen uit het vorige ondersteuningsplan zijn
        daardoor later gestart dan voorzien."""),
        P("""Tijdens een reeks werksessies in het voorjaar hebben schoolleiders en ondersteuningscoördinatoren
        teruggekeken op wat goed ging en wat beter kon. Een terugkerend thema was de wens om minder papier en
        meer gesprek te organiseren. Ook werd gevraagd om meer duidelijkheid over rollen: wat doet de school,
        wat doet het bestuur en wat doet het samenwerkingsverband? Die vragen zijn meegenomen bij het schrijven
        van dit plan. De uitkomsten van de werksessies zijn vastgelegd in een verslag dat via het bureau
        beschikbaar is."""),
    ]


def context(c):
    rows = [["Kengetal", "Teldatum 1 oktober 2024"]] + c["kengetallen"]
    return [
        P(f"""{c['naam']} ({c['code']}) omvat {c['gebied']}. Het samenwerkingsverband is een stichting waarin
        {c['besturen']} schoolbesturen samenwerken. Samen verzorgen zij onderwijs op {c['scholen']}
        vestigingen. De leerlingpopulatie is divers: in sommige wijken spreekt meer dan de helft van de
        leerlingen thuis een andere taal dan het Nederlands, in andere wijken ligt het opleidingsniveau
        van ouders juist ver boven het landelijk gemiddelde. Die verschillen zien we terug in de vragen die
        scholen aan het samenwerkingsverband stellen."""),
        P("""De leerlingprognoses laten voor de komende jaren een lichte daling zien in de oudere wijken en
        een groei in de nieuwbouwgebieden aan de rand van de stad. Dat heeft gevolgen voor de spreiding van
        voorzieningen en voor de huisvestingsplannen van de besturen. De onderstaande tabel geeft enkele
        kengetallen; meer gegevens staan in de jaarlijkse monitor van DUO en in de openbare gegevens van de
        inspectie."""),
        T(rows),
    ]


def missie_visie(c):
    return [
        P(f"""Onze missie is kort: elke jongere in de regio krijgt onderwijs dat bij hem of haar past, zo
        dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. {c['kort']} is daarbij geen
        uitvoerder van onderwijs, maar een verband van schoolbesturen dat afspraken maakt, middelen
        beheert en besluiten neemt waar de wet dat vraagt. De scholen zijn en blijven verantwoordelijk
        voor het onderwijs en de ondersteuning die zij bieden."""),
        P("""Onze visie rust op vier uitgangspunten. Ten eerste: we kijken naar wat een leerling nodig heeft en
        niet naar labels of diagnoses. Ten tweede: de leraar is de belangrijkste factor; ondersteuning moet
        de leraar versterken en niet vervangen. Ten derde: we werken samen met ouders en met partners in de
        wijk, omdat onderwijs en opvoeding niet los van elkaar staan. Ten vierde: we gaan zorgvuldig om met
        publiek geld en leggen verantwoording af over wat we doen. Deze uitgangspunten zijn in werksessies
        met scholen vertaald naar ambities die in de volgende hoofdstukken terugkomen."""),
        P("""Passend onderwijs is geen project met een einddatum, maar een manier van werken. We zien dat
        scholen de afgelopen jaren veel hebben geïnvesteerd in het versterken van hun teams. Tegelijk horen
        we van leraren dat de groepen zwaarder worden en dat de tijd voor afstemming beperkt is. Ons
        antwoord daarop is niet meer regels, maar meer ruimte voor vakmanschap, gecombineerd met heldere
        afspraken over wat we van elkaar mogen verwachten."""),
    ]


def governance(c):
    out = [
        P(f"""{c['naam']} is een stichting met een raad van toezicht en een directeur-bestuurder. De
        aangesloten schoolbesturen vormen samen de algemene vergadering, die de statuten kan wijzigen,
        de leden van de raad van toezicht benoemt en het ondersteuningsplan bespreekt voordat de
        directeur-bestuurder het vaststelt. De raad van toezicht keurt de begroting en het jaarverslag
        goed en ziet toe op de naleving van de Code Goed Bestuur. De raad bestaat uit vijf leden met
        ervaring in onderwijs, financiën, jeugdhulp en openbaar bestuur; geen van hen is verbonden aan een
        aangesloten bestuur. De statuten bevatten een regeling voor geschilbeslechting tussen besturen."""),
        P("""De directeur-bestuurder wordt ondersteund door een managementteam en door het bureau. Het bureau
        bestaat uit consulenten, beleidsmedewerkers, een controller, een functionaris gegevensbescherming
        en een secretariaat. De consulenten zijn het eerste aanspreekpunt voor scholen en hebben elk een
        vaste set scholen. Daarnaast zijn er regionale netwerken van ondersteuningscoördinatoren en
        schoolleiders die vier tot zes keer per jaar bijeenkomen. In die netwerken worden ervaringen
        gedeeld, casussen besproken en beleidsvoorstellen voorbereid."""),
        P("""Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau.
        Deze raad heeft de gebruikelijke bevoegdheden op grond van de Wet medezeggenschap op scholen, voor
        zover die betrekking hebben op het eigen personeel. Besluiten over de organisatie van het bureau
        worden vooraf met de medezeggenschapsraad besproken."""),
    ]
    return out


def medezeggenschap(c):
    if c.get("opr_ouders"):
        s = f"""De ondersteuningsplanraad (OPR) telt {c['opr_leden']} leden: de helft wordt afgevaardigd uit het
        personeel van de scholen, de andere helft uit de ouders en leerlingen. De leden worden gekozen uit
        en door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan. Ouderleden brengen daarbij nadrukkelijk het
        perspectief in van gezinnen met een kind dat extra ondersteuning nodig heeft; de OPR voert daartoe
        jaarlijks een gesprek met een groep ouders."""
    else:
        s = f"""De ondersteuningsplanraad (OPR) telt {c['opr_leden']} leden die worden afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan."""
    return [
        P(s),
        P("""De directeur-bestuurder overlegt minimaal vijf keer per jaar met de OPR. De OPR ontvangt de
        stukken voor een vergadering twee weken van tevoren en kan zich laten ondersteunen door een externe
        adviseur. De kosten van scholing en ondersteuning van de OPR komen ten laste van het
        samenwerkingsverband. Het reglement van de OPR is in 2024 geactualiseerd en sluit aan op de
        wijzigingen in de Wet medezeggenschap op scholen."""),
    ]


def oogo(c):
    if c.get("oogo_vol"):
        return [
            P(f"""Met de gemeente {c['gemeente']} en de omliggende gemeenten voeren wij op overeenstemming
            gericht overleg (OOGO) over dit plan en over het jeugdbeleid van de gemeenten. Inhoudelijk
            werken wij samen op vier thema's: jeugdhulp in en om de school, leerlingenvervoer, thuiszitters en
            de aansluiting tussen onderwijs en arbeidsmarkt. Per wijk is er een vast aanspreekpunt bij het
            wijkteam voor de scholen in die wijk. Voor jongeren bij wie onderwijs
            en zorg niet los van elkaar kunnen worden gezien, zetten wij samen met de gemeente
            onderwijs-zorgarrangementen in, waarbij de gemeente de zorgcomponent en het samenwerkingsverband
            de onderwijscomponent financiert."""),
            P("""Het OOGO over het ontwerp van dit plan vond plaats in het voorjaar; de gemeenten hebben
            ingestemd met de hoofdlijnen. Verder is overleg gevoerd met het samenwerkingsverband voor het
            andere onderwijstype dat ons gebied overlapt."""),
        ]
    return [
        P(f"""Het op overeenstemming gericht overleg (OOGO) met de gemeente {c['gemeente']} over het ontwerp van
        dit plan is gevoerd op {c['oogo_datum']}. Van het overleg is een verslag gemaakt. Ook is overleg
        gevoerd met het samenwerkingsverband voor het andere onderwijstype waarvan het gebied het onze
        overlapt. De verdere samenwerkingsafspraken met de gemeente liggen vast in afzonderlijke
        documenten en maken geen deel uit van dit plan."""),
    ]


def personeel(c):
    return [
        P(f"""Het bureau van {c['kort']} telt ongeveer {c['fte']} fte. Het personeelsbeleid is erop gericht om
        deskundige, betrokken medewerkers aan te trekken en te behouden. Iedere medewerker heeft jaarlijks
        een ontwikkelgesprek en een budget voor scholing. We investeren in het gezamenlijk leren van
        consulenten, orthopedagogen en beleidsmedewerkers door intervisie en casuïstiekbesprekingen. Het
        ziekteverzuim lag de afgelopen jaren rond het landelijk gemiddelde."""),
        P("""Voor de scholen organiseert het samenwerkingsverband een professionaliseringsaanbod voor
        ondersteuningscoördinatoren, mentoren en teamleiders. Dat aanbod bestaat uit netwerkbijeenkomsten,
        korte trainingen en een jaarlijkse studiedag. De scholen en besturen blijven zelf verantwoordelijk voor
        hun personeelsbeleid en voor de formatie in de school. Het lerarentekort raakt vooral de scholen in de
        wijken met de grootste ondersteuningsvraag; het samenwerkingsverband kan dat tekort niet oplossen,
        maar denkt met besturen mee over slimme inzet van onderwijsassistenten en specialisten."""),
        P("""In de planperiode willen we de samenwerking tussen het reguliere en het speciaal onderwijs op
        personeelsgebied versterken. Denk aan uitwisseling van leraren, gezamenlijke scholing en
        meeloopdagen. Concrete afspraken daarover maken de besturen onderling."""),
    ]


def ict_privacy(c):
    return [
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over
        gezondheid, voor zover dat nodig is voor de wettelijke taken. De verwerking is vastgelegd in een
        verwerkingsregister en wordt beschreven in de privacyverklaring. De functionaris
        gegevensbescherming ziet toe op naleving van de AVG. Dossiers worden niet langer bewaard dan
        wettelijk is toegestaan: gegevens over toelaatbaarheid worden drie jaar na het besluit vernietigd,
        tenzij een langere termijn noodzakelijk is."""),
        P("""Voor de uitwisseling van gegevens tussen scholen gebruiken wij de standaard Overstapservice
        Onderwijs (OSO). Gegevens worden met het bureau uitgewisseld via een beveiligde digitale omgeving met
        tweestapsverificatie. Medewerkers van het bureau
        volgen jaarlijks een training informatiebeveiliging. In de planperiode vervangen wij het huidige
        systeem door een nieuwe versie, waarbij we opnieuw toetsen welke gegevens echt nodig zijn.
        Datalekken worden gemeld volgens de interne procedure."""),
    ]


def vo_mbo(c):
    return [
        P("""De overgang van het primair naar het voortgezet onderwijs en van het voortgezet onderwijs naar
        het mbo zijn kwetsbare momenten. Samen met de samenwerkingsverbanden primair onderwijs en de
        mbo-instellingen in de regio werken wij aan een warme overdracht voor leerlingen die extra
        ondersteuning nodig hebben. Daarvoor gebruiken scholen het regionale overdrachtsformulier en
        organiseren zij overdrachtsgesprekken in het voorjaar. Voor leerlingen in het praktijkonderwijs
        en het vso met uitstroomprofiel arbeidsmarkt is de samenwerking met werkgevers en met het
        werkgeversservicepunt van belang."""),
        P("""Nieuwkomers volgen in de regio onderwijs in de internationale schakelklassen. De instroom van
        nieuwkomers is de afgelopen jaren sterk wisselend geweest. De besturen met een
        internationale schakelklas maken onderling afspraken over de capaciteit. Het samenwerkingsverband
        heeft daarin een signalerende rol."""),
    ]


def po_vo(c):
    return [
        P("""De overstap van de basisschool naar het voortgezet onderwijs is voor veel kinderen een grote
        stap. De scholen in onze regio gebruiken de gezamenlijke overstapkalender en het digitale
        overstapdossier. Leerkrachten van groep 8 en mentoren van de brugklas ontmoeten elkaar jaarlijks
        in een warme-overdrachtsbijeenkomst. Met het samenwerkingsverband voortgezet onderwijs zijn
        afspraken gemaakt over de aanlevering van gegevens voor leerlingen met een ondersteuningsvraag."""),
        P("""Ook de overgang van de voorschoolse voorziening naar groep 1 vraagt aandacht. Consultatiebureau,
        kinderopvang en scholen werken samen in de wijk, maar dat verloopt nog niet overal even soepel. De
        gemeente heeft hierin de regie; het samenwerkingsverband sluit aan waar dat zinvol is."""),
    ]


def planning(c):
    return [
        P("""De uitvoering van het plan wordt vertaald naar jaarplannen. Elk jaarplan bevat de activiteiten
        voor dat schooljaar, de verantwoordelijke medewerker en het budget. Het jaarplan wordt voor de
        zomer vastgesteld door de directeur-bestuurder, na bespreking in de algemene vergadering. Halverwege
        de planperiode maken wij een tussenbalans op en bespreken wij met de OPR of het plan moet worden
        bijgesteld."""),
        T([["Periode", "Activiteit"],
           ["september", "start schooljaar, netwerkbijeenkomsten ondersteuningscoördinatoren"],
           ["november", "bestuurlijk overleg, voorbereiding begroting"],
           ["december", "vaststelling begroting door raad van toezicht"],
           ["maart", "werksessies jaarplan met scholen"],
           ["juni", "vaststelling jaarplan en jaarverslag, overleg OPR"]]),
    ]


def totstandkoming(c):
    return [
        P(f"""Het ontwerp van dit plan is besproken in de algemene vergadering van schoolbesturen. Het OOGO met
        de gemeenten is gevoerd op {c['oogo_datum']}. De ondersteuningsplanraad heeft op {c['opr_datum']}
        ingestemd. De directeur-bestuurder heeft het plan vastgesteld op {c['vast_datum']}, waarna het
        vóór 1 mei aan de inspectie van het onderwijs is toegezonden. Het plan geldt voor de schooljaren
        {c['periode']}."""),
    ]


def begrippen(c, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Samenhangend geheel van ondersteuning voor een leerling of groep leerlingen."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Dekkend netwerk / dekkend aanbod", "Geheel van voorzieningen waardoor voor elke leerling een passende plek is."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."],
            ["Terugplaatsing", "Overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
            ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin de inzet van middelen is opgenomen."],
            ["Resultaten", "Wat het samenwerkingsverband met de ondersteuning wil bereiken en heeft bereikt."],
            ["Zorgplicht", "Plicht van het schoolbestuur om een passende onderwijsplek te bieden of te zoeken."]]
    rows += list(extra)
    return [T(rows)]


def afkortingen(c, extra=()):
    rows = [["Afkorting", "Betekenis"],
            ["AVG", "Algemene verordening gegevensbescherming"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"]]
    rows += list(extra)
    return [T(rows)]


# ---------------------------------------------------------------------------
# Plan A: VO Maasoever (docx)
# ---------------------------------------------------------------------------

def plan_a():
    c = dict(naam="Samenwerkingsverband VO Maasoever", kort="Maasoever", code="VO 28-11",
             periode="2026-2027 tot en met 2029-2030", directeur="drs. H.J. van Dalen",
             regio_zin="Maasoever is een grootstedelijk samenwerkingsverband met ruim 38.000 leerlingen in een stad die nooit stilstaat.",
             speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
             gebied="het grondgebied van de gemeente Maasoever en de twee randgemeenten ten zuiden van de rivier",
             besturen="veertien", scholen="71", gemeente="Maasoever", oogo_vol=True,
             oogo_datum="12 maart 2026", opr_datum="2 april 2026", vast_datum="9 april 2026",
             opr_ouders=True, opr_leden="zestien", fte="38",
             kengetallen=[["Leerlingen regulier vo", "36.412"], ["Leerlingen praktijkonderwijs", "1.284"],
                          ["Leerlingen vso", "1.071"], ["Vestigingen", "71"], ["Schoolbesturen", "14"]])
    blocks = [
        ("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Maasoever (VO 28-11)",
                   "Samen sterk voor elke jongere",
                   "Basisondersteuning - toelaatbaarheid en terugplaatsing - financiën - resultaten - ouders",
                   "Vastgesteld 9 april 2026"]),
        ("toc", ["1 Voorwoord", "2 Leeswijzer", "3 Terugblik", "4 Context en kengetallen", "5 Missie en visie",
                 "6 Basisondersteuning", "7 Het ondersteuningsaanbod", "8 Toewijzing en toelaatbaarheid",
                 "   8.1 Aanvraag  8.2 Commissie  8.3 Criteria  8.4 Duur  8.5 Bezwaar  8.6 Na de TLV",
                 "9 Thuiszitters en dekkend netwerk", "10 Communicatie", "11 Geld en middelen",
                 "12 Resultaten en kwaliteitszorg", "13 Bestuur en organisatie", "14 Medezeggenschap",
                 "15 Samenwerking met gemeenten", "16 Personeel", "17 ICT en privacy",
                 "18 Aansluiting en overgangen", "19 Planning", "20 Totstandkoming",
                 "Bijlage A Begrippenlijst", "Bijlage B Afkortingen"]),
        H1("1 Voorwoord"), *voorwoord(c),
        H1("2 Leeswijzer"), *leeswijzer(c),
        H1("3 Terugblik"), *terugblik(c),
        H1("4 Context en kengetallen"), *context(c),
        H1("5 Missie en visie"), *missie_visie(c),
        H1("6 Basisondersteuning"),
        H2("6.1 Wat we verstaan onder basisondersteuning"),
        P("""Basisondersteuning is in Maasoever het door alle veertien schoolbesturen vastgestelde minimum aan
        ondersteuning dat iedere vestiging van het reguliere voortgezet onderwijs, van praktijkonderwijs tot
        gymnasium, aan iedere leerling biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband
        nodig is. Het niveau is voor alle vestigingen gelijk; scholen kunnen meer bieden, maar niet minder.
        De afspraken zijn in januari 2026 door de algemene vergadering opnieuw bevestigd."""),
        H2("6.2 Wat iedere leerling op iedere school kan verwachten"),
        P("""Op iedere vestiging zijn in elk geval de volgende voorzieningen aanwezig:"""),
        B(["""een mentor die wekelijks ten minste één lesuur beschikbaar heeft voor mentorleerlingen en die
           twee keer per jaar een gesprek voert met leerling en ouders;""",
           """een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt is
           voor ouders, mentoren en externe partners;""",
           """een ondersteuningsteam (OT) dat minimaal zes keer per schooljaar bijeenkomt, met daarin de
           ondersteuningscoördinator, de jeugdprofessional van het wijkteam en op afroep de leerplichtambtenaar
           en de jeugdarts;""",
           """een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote opgaven en
           voorleessoftware;""",
           """een training faalangstreductie en een training sociale vaardigheden, minimaal één keer per jaar
           aangeboden;""",
           """een aanpak voor verzuim en een antipestprotocol met een aangewezen coördinator;""",
           """een protocol medisch handelen en afspraken over medicijnverstrekking;""",
           """een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt,
           opgesteld na overleg met ouders en, vanaf 12 jaar, met de leerling zelf, die daarbij zijn of haar
           mening kan geven (hoorrecht)."""]),
        H2("6.3 Borging"),
        P("""Iedere vestiging beschrijft de basisondersteuning en de extra ondersteuning in de schoolgids. Het
        samenwerkingsverband toetst jaarlijks met een kwaliteitskaart of alle onderdelen aanwezig zijn. Eens
        in de twee jaar voert een consulent samen met een collega-ondersteuningscoördinator van een andere
        school een audit uit. Ontbreekt een onderdeel, dan maakt de school binnen drie maanden een
        verbeterplan; de directeur-bestuurder bespreekt het verbeterplan met het betrokken schoolbestuur."""),
        H1("7 Het ondersteuningsaanbod"),
        H2("7.1 Van basis naar specialistisch"),
        P("""Het ondersteuningsaanbod in Maasoever is opgebouwd in vier niveaus die op elkaar aansluiten. Niveau 1
        is de basisondersteuning uit hoofdstuk 6. Niveau 2 is extra ondersteuning binnen de eigen school: elke
        school ontvangt een schoolbudget waarmee zij eigen arrangementen organiseert, zoals een
        time-outvoorziening, een trajectvoorziening of een kleine klas. Niveau 3 is bovenschoolse ondersteuning:
        het orthopedagogisch-didactisch centrum (OPDC) De Brug met 120 plaatsen en de Rebound met 40 plaatsen
        voor een tijdelijke plaatsing van maximaal twaalf weken, beide met terugkeer naar de eigen school als
        uitgangspunt. Niveau 4 is het voortgezet speciaal onderwijs en het praktijkonderwijs."""),
        H2("7.2 Leerwegondersteuning en praktijkonderwijs"),
        P("""Leerwegondersteuning wordt gegeven op alle vestigingen met een vmbo-basis- of kaderberoepsgerichte
        leerweg, in kleinere klassen of in een ondersteuningsuur per dag. Praktijkonderwijs wordt aangeboden op
        vijf locaties verspreid over de stad. Een deel van de vestigingen biedt een plusvoorziening voor
        hoogbegaafde leerlingen; drie scholen hebben een voltijds aanbod voor leerlingen met een
        ondersteuningsvraag op het gebied van autisme."""),
        H2("7.3 Onderwijs en zorg"),
        P("""Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, werkt het samenwerkingsverband
        samen met de wijkteams en met de aanbieders van specialistische jeugdhulp. Op de OPDC-locatie is
        een zorgaanbieder gehuisvest die behandeling biedt onder schooltijd."""),
        H1("8 Toewijzing en toelaatbaarheid"),
        H2("8.1 Aanvraag"),
        P("""Een toelaatbaarheidsverklaring voor het vso, een aanwijzing voor leerwegondersteuning of een
        toelaatbaarheidsverklaring voor het praktijkonderwijs wordt aangevraagd door het bevoegd gezag van de
        school waar de leerling staat ingeschreven of is aangemeld. De ondersteuningscoördinator dient de
        aanvraag in via het digitale loket Toewijzing, met het OPP, de evaluaties van de geboden ondersteuning
        en de zienswijze van ouders. Voor lwoo en pro levert de school daarnaast de toetsgegevens aan
        (intelligentie, leerachterstanden, sociaal-emotionele gegevens)."""),
        H2("8.2 Commissie Toewijzing en deskundigen"),
        P("""De Commissie Toewijzing neemt namens de directeur-bestuurder het besluit, binnen zes weken na
        ontvangst van een volledige aanvraag; in spoedsituaties binnen tien werkdagen. Bij iedere aanvraag
        voor het vso brengen twee deskundigen afzonderlijk een schriftelijk advies uit: een orthopedagoog of
        psycholoog en, afhankelijk van de hulpvraag, een kinder- en jeugdpsychiater, een maatschappelijk
        werker of een arts. Een deskundige die zelf bij de aanvraag betrokken was, adviseert niet."""),
        H2("8.3 Criteria"),
        P("""Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is voldaan:
        (a) de ondersteuningsbehoefte gaat aantoonbaar uit boven wat de reguliere school, inclusief de
        arrangementen op niveau 2 en 3, kan bieden; (b) de school heeft ten minste twee cycli van twaalf weken
        ondersteuning volgens het OPP uitgevoerd en geëvalueerd, tenzij de situatie van de leerling dat
        onverantwoord maakt; (c) het vso kan de leerling het onderwijs en de ondersteuning bieden die nodig
        zijn. Voor leerwegondersteuning en praktijkonderwijs hanteert Maasoever de landelijke criteria:
        lwoo bij een IQ tussen 75 en 90 met een leerachterstand van 25 tot 50 procent op ten minste twee
        domeinen, of bij een IQ tussen 91 en 120 met aanvullende sociaal-emotionele problematiek; pro bij een
        IQ tussen 55 en 80 en een leerachterstand van ten minste 50 procent op twee domeinen."""),
        H2("8.4 Duur en bekostigingscategorie"),
        P("""Een eerste TLV voor het vso geldt voor twee schooljaren; een verlenging kan voor maximaal drie
        schooljaren worden afgegeven. De commissie bepaalt de bekostigingscategorie laag, midden of hoog.
        Een aanwijzing voor lwoo geldt voor de duur van de opleiding."""),
        H2("8.5 Bezwaar"),
        P("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Maasoever is
        aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de
        directeur-bestuurder adviseert voordat op het bezwaar wordt beslist."""),
        H2("8.6 Na de TLV"),
        P("""In het laatste schooljaar waarvoor de TLV geldt, nodigt de vso-school vóór 1 februari de leerling,
        de ouders en de consulent van het samenwerkingsverband uit voor een evaluatiegesprek. De vso-school
        beoordeelt aan de hand van het OPP of de leerling kan overstappen naar het regulier voortgezet
        onderwijs. Vraagt de vso-school geen verlenging aan, dan eindigt de TLV op 31 juli en zoekt de
        vso-school samen met de ouders een reguliere school, waar de leerling per 1 augustus wordt
        ingeschreven. Vraagt de vso-school wel een verlenging aan, dan beslist de Commissie Toewijzing
        vóór 1 mei. Welke voorwaarden wij stellen aan terugplaatsing, welke doelen we daarmee nastreven en
        hoe de ontvangende school na de overstap wordt ondersteund, werken we in 2027 uit met de
        vso-besturen."""),
        H1("9 Thuiszitters en dekkend netwerk"),
        P("""Het samenwerkingsverband heeft de ambitie dat geen jongere in Maasoever zonder passend onderwijs
        thuis zit. Die ambitie delen we met de gemeente en met de afdeling Leerplicht. We merken dat het
        onderwerp thuiszitters in de stad veel aandacht krijgt, in de gemeenteraad en in de media."""),
        P("""Een nieuw thuiszittersprotocol, met afspraken over signalering, escalatie en doorzettingsmacht,
        wordt in het schooljaar 2026-2027 samen met Leerplicht opgesteld. Een analyse van de plekken waar
        het aanbod in de stad tekortschiet, volgt in de eerste voortgangsrapportage. Tot die tijd blijft
        het onderwerp vast agendapunt in het bestuurlijk overleg."""),
        H1("10 Communicatie"),
        H2("10.1 Communicatie met scholen en partners"),
        P("""Het samenwerkingsverband communiceert met scholen via een maandelijkse nieuwsbrief, het
        netwerk van ondersteuningscoördinatoren en het bestuurlijk overleg. Partners in de stad worden
        geïnformeerd via een halfjaarlijkse bijeenkomst. De website is in 2025 vernieuwd."""),
        H2("10.2 Ouders en leerlingen"),
        P("""Ouders vinden in de schoolgids van iedere school welke basisondersteuning en extra ondersteuning de
        school biedt. Op de website van Maasoever staat een ouderpagina met uitleg over het
        ondersteuningsaanbod, de arrangementen en de route naar het vso, in begrijpelijke taal en in vier
        talen (Nederlands, Engels, Arabisch en Turks). Twee keer per jaar organiseert het samenwerkingsverband
        een informatieavond 'Passend onderwijs in Maasoever' voor ouders van leerlingen in groep 8 en de
        brugklas; ondersteuningscoördinatoren bespreken de brochure 'Extra hulp op school' bij ieder
        intakegesprek."""),
        H2("10.3 Onafhankelijke hulp voor ouders"),
        P("""Ouders en jongeren die vragen hebben of het niet eens zijn met de school of met het
        samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Maasoever. Het steunpunt werkt
        onafhankelijk van scholen en bureau, is op werkdagen telefonisch en via de chat bereikbaar en kan een
        onafhankelijke ouderadviseur meesturen naar gesprekken op school. Daarnaast kunnen ouders een beroep
        doen op de onderwijsconsulenten en kunnen zij een geschil over de toelating of verwijdering van een
        leerling of over het OPP voorleggen aan de Geschillencommissie passend onderwijs."""),
        H1("11 Geld en middelen"),
        H2("11.1 Zo verdelen we de middelen"),
        P("""Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning en de middelen
        voor leerwegondersteuning en praktijkonderwijs. De verdeling volgt vaste regels die de algemene
        vergadering heeft vastgesteld. De middelen voor lwoo en pro gaan volledig naar de scholen die deze
        leerlingen onderwijs geven, op basis van het aantal leerlingen met een aanwijzing op 1 oktober. Elke
        vestiging ontvangt een schoolbudget van € 165 per leerling plus een vaste voet van € 20.000 per
        vestiging voor arrangementen op niveau 2. Bovenschoolse voorzieningen (OPDC en Rebound) worden centraal
        bekostigd. Het vso ontvangt de bekostiging via de afdracht die DUO verrekent op basis van de
        afgegeven TLV's."""),
        H2("11.2 Meerjarenbegroting"),
        T([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
           ["Baten rijksbijdragen", "41.820", "41.310", "40.950", "40.600"],
           ["Afdracht vso (DUO)", "17.240", "17.410", "17.550", "17.600"],
           ["Doorbetaling lwoo en pro", "13.980", "13.700", "13.450", "13.200"],
           ["Schoolbudgetten niveau 2", "7.430", "7.350", "7.280", "7.200"],
           ["OPDC en Rebound", "2.150", "2.150", "2.150", "2.150"],
           ["Bureau en personeel", "1.380", "1.400", "1.420", "1.440"],
           ["Resultaat", "-360", "-700", "-900", "-990"]]),
        P("""De begroting sluit in alle jaren met een negatief resultaat; dat is een bewuste keuze om de
        reserve af te bouwen."""),
        H2("11.3 Reserves en risico's"),
        P("""De algemene reserve bedroeg op 31 december 2024 € 6,1 miljoen. Het bestuur hanteert de
        signaleringswaarde van de inspectie als bovengrens en bouwt de reserve in de planperiode af tot
        ongeveer € 3,3 miljoen. De belangrijkste risico's zijn een stijging van het aantal TLV's en
        tegenvallende indexering van de rijksbijdrage."""),
        H2("11.4 Verantwoording door scholen"),
        P("""Scholen leggen jaarlijks vóór 1 maart verantwoording af over de besteding van het schoolbudget via
        een vast format, waarin zij per arrangement aangeven hoeveel leerlingen zijn bereikt en welke
        kosten zijn gemaakt."""),
        H1("12 Resultaten en kwaliteitszorg"),
        P("""Kwaliteitszorg is een gedeelde verantwoordelijkheid van scholen, besturen en samenwerkingsverband.
        In dit plan formuleren wij bewust nog geen resultaten. Wij willen eerst samen met scholen een
        kwaliteitskader ontwikkelen dat aansluit bij de kwaliteitszorg van de besturen. In de loop van 2027
        stellen we vast welke resultaten wij met de ondersteuning willen bereiken en op welke manier wij die
        gaan volgen; het kader wordt als voortgangsparagraaf aan dit plan toegevoegd."""),
        H1("13 Bestuur en organisatie"), *governance(c),
        H1("14 Medezeggenschap"), *medezeggenschap(c),
        H1("15 Samenwerking met gemeenten"), *oogo(c),
        H1("16 Personeel"), *personeel(c),
        H1("17 ICT en privacy"), *ict_privacy(c),
        H1("18 Aansluiting en overgangen"), *vo_mbo(c),
        H1("19 Planning"), *planning(c),
        H1("20 Totstandkoming"), *totstandkoming(c),
        H1("Bijlage A Begrippenlijst"), *begrippen(c, [["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"]]),
        H1("Bijlage B Afkortingen"), *afkortingen(c, [["OPDC", "Orthopedagogisch-didactisch centrum"], ["VSO", "Voortgezet speciaal onderwijs"]]),
    ]
    header = "Ondersteuningsplan Maasoever 2026-2030 | basisondersteuning · toelaatbaarheid · resultaten · ouders"
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": [], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 6.1 defines the common minimum per vestiging, 6.2 lists concrete provisions, 6.3 kwaliteitskaart/audit",
               "plaatsing": "ch. 8.1-8.5: vso/lwoo/pro application, Commissie Toewijzing within 6 weeks, criteria a-c plus national lwoo/pro criteria, two deskundigen, duration, LBT",
               "terugstroom": "procedure hidden in 8.6 'Na de TLV' (evaluation before 1 Feb, end 31 July, enrolment 1 Aug); conditions/aims/support after return deferred to 2027",
               "financien": "under 'Geld en middelen' 11.1 (per-leerling amount + vaste voet, lwoo/pro pass-through) and 11.2 multi-year table; reserves 11.3",
               "dekkend-aanbod": "ch. 7 gives a four-level continuum (OPDC, Rebound); ch. 9 on thuiszitters/gaps only states ambition and defers protocol and gap analysis",
               "resultaten": "ch. 12 explicitly formulates no results and defers the kader to 2027; title page, header and glossary mention 'resultaten' only",
               "ouders": "hidden in ch. 10 'Communicatie': schoolgids, ouderpagina, info-avonden (10.2) and OJSP, onderwijsconsulenten, geschillencommissie (10.3)"},
    )
    return dict(name="vo-swv-maasoever-ondersteuningsplan-2026-2030", fmt=["docx"], blocks=blocks,
                header=header, label=label)


# ---------------------------------------------------------------------------
# Plan B: PO Amstelland-Noord (docx)
# ---------------------------------------------------------------------------

def plan_b():
    c = dict(naam="Stichting Samenwerkingsverband Passend Primair Onderwijs Amstelland-Noord",
             kort="Amstelland-Noord", code="PO 27-15", periode="2025-2026 tot en met 2028-2029",
             directeur="mevrouw A. Korpershoek MEd",
             regio_zin="Amstelland-Noord is een stedelijk samenwerkingsverband met ruim 27.000 leerlingen in het basisonderwijs.",
             speciaal="speciaal basisonderwijs en speciaal onderwijs",
             gebied="de noordelijke stadsdelen van Amstelstad en de gemeente Waterdam",
             besturen="elf", scholen="96", gemeente="Amstelstad", oogo_vol=True,
             oogo_datum="4 februari 2025", opr_datum="18 maart 2025", vast_datum="25 maart 2025",
             opr_ouders=False, opr_leden="twaalf", fte="24",
             kengetallen=[["Leerlingen basisonderwijs", "27.318"], ["Leerlingen sbo", "812"],
                          ["Leerlingen so (cluster 3 en 4)", "604"], ["Scholen", "96"], ["Besturen", "11"]])
    blocks = [
        ("title", ["Ondersteuningsplan 2025-2029", "Passend Primair Onderwijs Amstelland-Noord (PO 27-15)",
                   "Elk kind een plek", "Concept ter instemming OPR - versie 3.2"]),
        ("toc", ["1 Voorwoord", "2 Leeswijzer", "3 Terugblik", "4 Onze regio", "5 Missie en visie",
                 "6 Basisondersteuning", "7 Extra ondersteuning en het dekkend aanbod", "8 Toelaatbaarheid sbo en so",
                 "9 Terug naar de basisschool", "10 Financiën", "11 Opbrengsten en kwaliteit", "12 Bestuur",
                 "13 Medezeggenschap", "14 Gemeenten en jeugdhulp", "15 Personeel", "16 ICT en privacy",
                 "17 Overgangen", "18 Communicatie", "19 Jaarcyclus", "20 Totstandkoming",
                 "Bijlage 1 Begrippen", "Bijlage 2 Kwaliteitskaart basisondersteuning (website)",
                 "Bijlage 5 Toelaatbaarheidscriteria (separaat)"]),
        H1("1 Voorwoord"), *voorwoord(c),
        H1("2 Leeswijzer"), *leeswijzer(c),
        H1("3 Terugblik"), *terugblik(c),
        H1("4 Onze regio"), *context(c),
        H1("5 Missie en visie"), *missie_visie(c),
        H1("6 Basisondersteuning"),
        P("""Alle basisscholen in Amstelland-Noord bieden hetzelfde, door de elf besturen afgesproken niveau van
        basisondersteuning. Dat niveau is in 2024 opnieuw vastgesteld en geldt voor iedere school en iedere
        nevenvestiging; geen school mag daaronder zitten. Wat buiten dit niveau valt, is extra ondersteuning
        (hoofdstuk 7)."""),
        P("""Welke voorzieningen, interventies en expertise precies tot de basisondersteuning behoren, staat
        in de Kwaliteitskaart Basisondersteuning (bijlage 2), die op onze website wordt gepubliceerd en
        jaarlijks wordt geactualiseerd. Scholen nemen de kwaliteitskaart op in hun schoolondersteuningsprofiel.
        Een nieuwe versie, afgestemd op de landelijke norm basisondersteuning, volgt zodra die norm
        definitief is."""),
        H1("7 Extra ondersteuning en het dekkend aanbod"),
        H2("7.1 Een doorlopende reeks"),
        P("""Boven op de basisondersteuning kent Amstelland-Noord drie treden. Trede 1: extra ondersteuning in de
        eigen groep, betaald uit het schoolbudget, bijvoorbeeld een onderwijsassistent, een taalklas of
        begeleiding door een gedragsspecialist. Trede 2: een arrangement dat de school aanvraagt bij het
        samenwerkingsverband, zoals de observatieklas De Wissel (12 plaatsen), de bovenschoolse
        plusklassen voor meer- en hoogbegaafde kinderen op zes locaties, of ambulante begeleiding vanuit
        het so. Trede 3: plaatsing in het sbo (vier scholen) of het so (zeven scholen voor cluster 3 en 4).
        Tussen de treden bestaan geen harde grenzen; een kind kan gedeeltelijk in een arrangement en
        gedeeltelijk in de eigen groep onderwijs volgen."""),
        H2("7.2 Als er geen plek is"),
        P("""Iedere twee maanden inventariseert het bureau via de consulenten welke kinderen geen passende plek
        hebben, langer dan vier weken thuiszitten of op een wachtlijst staan. Deze kinderen worden besproken
        in het Thuiszittersoverleg met Leerplicht en de jeugdteams. Lukt het binnen zes weken niet om een
        plek te vinden, dan escaleert de consulent naar de directeur-bestuurder, die de betrokken
        schoolbesturen bijeenroept en zo nodig een tijdelijke plek afdwingt op grond van de afspraken over
        zorgplicht in het convenant 'Niemand thuis'. Eén keer per jaar analyseren we waar het aanbod
        tekortschiet; in 2024 leidde dat tot de opening van de observatieklas en van een tweede groep voor
        jonge kinderen met ernstige gedragsproblemen."""),
        H2("7.3 Samen met jeugdhulp"),
        P("""Op 40 scholen is een schoolmaatschappelijk werker uit het jeugdteam verbonden. Voor kinderen die
        onderwijs en zorg nodig hebben, stellen school, jeugdteam en samenwerkingsverband een
        onderwijs-zorgarrangement op, met een gezamenlijke financiering van gemeente en samenwerkingsverband."""),
        H1("8 Toelaatbaarheid sbo en so"),
        P("""Vraagt een kind meer dan de basisschool met extra ondersteuning kan bieden, dan kan de school een
        toelaatbaarheidsverklaring (TLV) aanvragen voor het sbo of het so. De intern begeleider dient de
        aanvraag digitaal in bij het Loket Toelaatbaarheid, met het groeidocument en het OPP; ouders
        ondertekenen de aanvraag. De consulent voert binnen drie weken een gesprek op school. Twee deskundigen
        - een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag een
        kinderpsychiater, een maatschappelijk werker of een arts - geven ieder een eigen schriftelijk advies.
        De Commissie van Toelaatbaarheid besluit binnen acht weken na ontvangst van de volledige aanvraag."""),
        P("""De criteria aan de hand waarvan de commissie beoordeelt of een leerling toelaatbaar is, zijn
        opgenomen in bijlage 5 'Toelaatbaarheidscriteria sbo en so'. Een TLV voor het sbo wordt afgegeven
        voor twee schooljaren; een TLV voor het so voor twee of vier schooljaren, met bekostigingscategorie
        laag, midden of hoog. Tegen het besluit kan binnen zes weken bezwaar worden gemaakt; de bezwaren
        worden voorgelegd aan de Landelijke Bezwaaradviescommissie."""),
        H1("9 Terug naar de basisschool"),
        H2("9.1 Uitgangspunt"),
        P("""Plaatsing in het sbo of so is voor veel kinderen tijdelijk. Ons beleid is dat ieder kind in het
        sbo of so jaarlijks de kans krijgt om te bekijken of terugkeer naar een basisschool mogelijk is. Een
        kind keert terug als zijn ondersteuningsbehoefte past binnen de basisondersteuning en de
        extra ondersteuning van een reguliere school in de buurt, en als ouders daarmee instemmen. Een
        teruggeplaatst kind houdt gedurende het eerste halfjaar recht op ambulante begeleiding vanuit de
        sbo- of so-school, en de ontvangende school ontvangt een terugkeerarrangement van twaalf uur
        onderwijsassistentie per week."""),
        H2("9.2 Werkwijze"),
        P("""Bij de jaarlijkse evaluatie van het OPP, uiterlijk in maart, beoordeelt de sbo- of so-school samen
        met ouders of terugplaatsing aan de orde is. Zo ja, dan meldt de school de leerling aan bij de
        consulent, die binnen vier weken een passende basisschool zoekt en een overdrachtsgesprek
        organiseert. Het kind begint bij voorkeur na de zomervakantie; de TLV vervalt op de dag van
        inschrijving. Na drie en na zes maanden evalueert de consulent met de ontvangende school. Eindigt
        de TLV zonder dat verlenging is aangevraagd, dan volgt dezelfde route."""),
        H2("9.3 Cijfers"),
        P("""In het schooljaar 2023-2024 keerden 31 kinderen uit het sbo en 6 kinderen uit het so terug naar
        het basisonderwijs."""),
        H1("10 Financiën"),
        H2("10.1 Verdeling"),
        P("""De middelen voor lichte ondersteuning gaan grotendeels rechtstreeks naar de scholen. Iedere school
        ontvangt een vaste voet van € 15.000 en een bedrag van € 140 per leerling, gebaseerd op het aantal
        leerlingen op 1 oktober van het voorgaande jaar. Scholen met een hoog aandeel leerlingen met een
        onderwijsachterstandsscore krijgen een opslag van 15 procent. Arrangementen op trede 2 worden
        toegekend door de consulent op basis van de aanvraag van de school. De bekostiging van sbo en so
        loopt via de afdracht op basis van de TLV's."""),
        H2("10.2 Begroting"),
        T([["Post", "2025", "2026", "2027", "2028"],
           ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Afdracht sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("""De meerjarenbegroting 2025-2028 wordt in december door de raad van toezicht vastgesteld en daarna
        aan dit plan toegevoegd. Het samenwerkingsverband heeft in 2023 de bovenmatige reserve afgebouwd; het
        weerstandsvermogen ligt nu rond de signaleringswaarde van de inspectie."""),
        H1("11 Opbrengsten en kwaliteit"),
        H2("11.1 Wat we willen bereiken"),
        T([["Doel voor leerlingen met extra ondersteuning", "Nulmeting 2024", "Streefwaarde 2029"],
           ["Deelname sbo en so samen", "5,1%", "4,5%"],
           ["Thuiszitters langer dan 4 weken", "23", "maximaal 8"],
           ["Terugkeer uit sbo/so per jaar", "37", "ten minste 45"],
           ["Kinderen met OPP die hun OPP-doelen halen", "61%", "75%"]]),
        H2("11.2 Hoe we de resultaten volgen"),
        P("""Het bureau verzamelt de indicatoren uit tabel 11.1 twee keer per jaar, op 1 oktober en 1 maart,
        uit het registratiesysteem en uit de OPP-evaluaties die scholen aanleveren. De uitkomsten worden per
        school en per bestuur besproken in het bestuurlijk overleg en gerapporteerd aan de raad van toezicht
        en de OPR. In het jaarverslag rapporteren we de bereikte resultaten naast de streefwaarden en leggen
        we uit welke middelen daarvoor zijn ingezet. Als een indicator twee metingen achter elkaar
        achterblijft, stellen we een verbeteraanpak op."""),
        H1("12 Bestuur"), *governance(c),
        H1("13 Medezeggenschap"), *medezeggenschap(c),
        H1("14 Gemeenten en jeugdhulp"), *oogo(c),
        H1("15 Personeel"), *personeel(c),
        H1("16 ICT en privacy"), *ict_privacy(c),
        H1("17 Overgangen"), *po_vo(c),
        H1("18 Communicatie"),
        P("""Het samenwerkingsverband communiceert vooral met schoolleiders, intern begeleiders en besturen.
        Daarvoor gebruiken we een tweewekelijkse nieuwsbrief voor intern begeleiders, een besloten
        kennisplatform met formats en handreikingen, en LinkedIn. Twee keer per jaar houden we een
        netwerkbijeenkomst voor intern begeleiders. Met de gemeenten en de jeugdteams hebben we vaste
        contactpersonen."""),
        H1("19 Jaarcyclus"), *planning(c),
        H1("20 Totstandkoming"), *totstandkoming(c),
        H1("Bijlage 1 Begrippen"), *begrippen(c, [["Sbo", "Speciaal basisonderwijs"], ["So", "Speciaal onderwijs"]]),
        *afkortingen(c),
    ]
    header = "SWV Amstelland-Noord | Ondersteuningsplan 2025-2029 | concept"
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
        notes={"basisondersteuning": "ch. 6 states the common level for every school, but the content is only in the Kwaliteitskaart (bijlage 2, website), not in the input",
               "plaatsing": "ch. 8 gives procedure (IB -> Loket, deskundigen, Commissie, 8 weeks), duration, bezwaar; criteria only in absent bijlage 5",
               "terugstroom": "ch. 9.1 policy (conditions, ambulante begeleiding, terugkeerarrangement), 9.2 steps and evaluation moments, 9.3 figures",
               "financien": "10.1 verdeling (vaste voet, EUR 140 per leerling, opslag); 10.2 budget table is entirely p.m. and deferred to December",
               "dekkend-aanbod": "7.1 treden continuum, 7.2 bi-monthly inventory, Thuiszittersoverleg, escalation, yearly gap analysis",
               "resultaten": "under 'Opbrengsten en kwaliteit': 11.1 targets table with nulmeting/streefwaarde, 11.2 twice-yearly monitoring and reporting",
               "ouders": "no text on informing parents or independent support; 'Communicatie' (ch. 18) addresses only schools/partners; OJSP only in afkortingen/begrippen; parents only in passing (signing the TLV request)"},
    )
    return dict(name="po-swv-amstelland-noord-ondersteuningsplan-2025-2029", fmt=["docx"], blocks=blocks,
                header=header, label=label)


# ---------------------------------------------------------------------------
# Plan C: VO Hofstad-Zuid (pdf)
# ---------------------------------------------------------------------------

def plan_c():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Hofstad-Zuid", kort="Hofstad-Zuid", code="VO 28-04",
             periode="2026-2027 tot en met 2029-2030", directeur="dr. R. Benali",
             regio_zin="Hofstad-Zuid is een grootstedelijk verband met 31.000 leerlingen, van de binnenstad tot de nieuwe wijken aan de kust.",
             speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
             gebied="de stadsdelen Zuid, Centrum en Kustwijk van Hofstad",
             besturen="negen", scholen="58", gemeente="Hofstad", oogo_vol=True,
             oogo_datum="20 februari 2026", opr_datum="26 maart 2026", vast_datum="2 april 2026",
             opr_ouders=True, opr_leden="veertien", fte="31",
             kengetallen=[["Leerlingen vo", "29.870"], ["Leerlingen pro", "905"], ["Leerlingen vso", "1.122"],
                          ["Vestigingen", "58"], ["Besturen", "9"]])
    blocks = [
        ("title", ["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Hofstad-Zuid (VO 28-04)",
                   "Koers houden"]),
        ("toc", ["Hoofdstuk 1 Inleiding", "1.1 Voorwoord", "1.2 Leeswijzer", "1.3 Terugblik",
                 "Hoofdstuk 2 Context", "Hoofdstuk 3 Missie, visie en koers",
                 "Hoofdstuk 4 Ondersteuning", "4.1 De ondergrens op elke school", "4.2 Het continuüm",
                 "4.3 Geen kind buiten beeld", "Hoofdstuk 5 Toegang tot vso, lwoo en pro",
                 "Hoofdstuk 6 Ouders en leerlingen", "Hoofdstuk 7 Koers en resultaten",
                 "Hoofdstuk 8 Bedrijfsvoering", "8.1 Hoe we het geld verdelen", "8.2 Meerjarenraming",
                 "Hoofdstuk 9 Organisatie en medezeggenschap", "Hoofdstuk 10 Samenwerking in de stad",
                 "Hoofdstuk 11 Personeel, ICT en privacy", "Hoofdstuk 12 Doorlopende lijnen",
                 "Hoofdstuk 13 Totstandkoming", "Begrippenlijst", "Afkortingen"]),
        H1("Hoofdstuk 1 Inleiding"), H2("1.1 Voorwoord"), *voorwoord(c), H2("1.2 Leeswijzer"), *leeswijzer(c),
        H2("1.3 Terugblik"), *terugblik(c),
        H1("Hoofdstuk 2 Context"), *context(c),
        H1("Hoofdstuk 3 Missie, visie en koers"), *missie_visie(c),
        P("""Een doorgaande lijn betekent voor ons ook dat een leerling die tijdelijk naar een andere
        voorziening gaat, de band met het regulier onderwijs niet verliest."""),
        H1("Hoofdstuk 4 Ondersteuning"),
        H2("4.1 De ondergrens op elke school"),
        P("""De negen besturen hebben afgesproken dat iedere vestiging in Hofstad-Zuid een gemeenschappelijke
        ondergrens aan ondersteuning waarmaakt: wat je als leerling of ouder op elke school mag verwachten,
        ongeacht schoolsoort of bestuur. Wat een school daarbovenop doet, staat in haar eigen profiel."""),
        T([["Onderdeel", "Wat elke school minimaal biedt"],
           ["Mentoraat", "Vaste mentor, mentoruur in leerjaar 1 tot en met 3, driehoeksgesprek twee keer per jaar"],
           ["Coördinatie", "Ondersteuningscoördinator als vast aanspreekpunt, bereikbaar voor ouders"],
           ["Ondersteuningsteam", "OT met jeugdprofessional en jeugdarts, minimaal acht keer per jaar"],
           ["Lezen en rekenen", "Dyslexie- en dyscalculiebeleid met compenserende en dispenserende maatregelen"],
           ["Sociaal-emotioneel", "Weerbaarheidstraining, faalangsttraining, antipestcoördinator"],
           ["Huiswerk en plannen", "Huiswerkbegeleiding of studieklas minimaal drie middagen per week"],
           ["Medisch", "Protocol medisch handelen, rustruimte"],
           ["OPP", "Ontwikkelingsperspectiefplan bij extra ondersteuning, met hoorrecht van de leerling"]]),
        H2("4.2 Het continuüm"),
        P("""Voorbij de ondergrens kent Hofstad-Zuid drie lagen. In de eigen school zet de school met het
        schoolbudget maatwerkarrangementen in, zoals een rebound-lokaal, een coach of een aangepast rooster.
        Tussen scholen bestaan vier bovenschoolse voorzieningen: het OPDC Duinzicht (80 plaatsen), een
        plusvoorziening voor leerlingen met autisme op twee havo/vwo-scholen, een tussenvoorziening voor
        nieuwkomers met trauma en een time-outvoorziening voor maximaal acht weken. De derde laag is het vso
        (vijf scholen) en het praktijkonderwijs (drie scholen). Leerwegondersteuning wordt op alle
        vmbo-vestigingen gegeven."""),
        H2("4.3 Geen kind buiten beeld"),
        P("""Iedere leerling die langer dan twee weken zonder onderwijs is of geen passende plek heeft, wordt door
        de school gemeld bij het bureau. Een casusregisseur van het samenwerkingsverband neemt binnen vijf
        werkdagen contact op met ouders, school en Leerplicht en stelt binnen vier weken een plan op. Lukt dat
        niet, dan wordt de leerling ingebracht aan de Doorbraaktafel, waar de directeur-bestuurder, de
        leerplichtambtenaar en de gemeente samen een oplossing afdwingen; het schoolbestuur met zorgplicht
        blijft verantwoordelijk tot een andere school de leerling heeft ingeschreven. Elk voorjaar analyseren
        wij de meldingen van het afgelopen jaar op patronen: welke vragen konden we niet beantwoorden, en welke
        voorziening ontbreekt? In 2025 leidde die analyse tot de tussenvoorziening voor nieuwkomers."""),
        H1("Hoofdstuk 5 Toegang tot vso, lwoo en pro"),
        H2("5.1 Wanneer is een leerling toelaatbaar?"),
        P("""Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte op het gebied van leren,
        gedrag, communicatie of lichamelijke of verstandelijke mogelijkheden zo groot of complex is dat
        de reguliere school die ook met bovenschoolse voorzieningen niet kan bieden, (2) uit het OPP blijkt dat
        de geboden ondersteuning gedurende ten minste zes maanden is uitgevoerd en geëvalueerd, en (3) het vso
        naar verwachting wel tot ontwikkeling van de leerling leidt. Bij een medische of psychiatrische
        crisissituatie kan van het tweede criterium worden afgeweken. Voor lwoo en pro gelden de landelijke
        criteria; Hofstad-Zuid maakt geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen."""),
        H2("5.2 Deskundigen"),
        P("""Bij iedere toelaatbaarheidsbeslissing voor het vso adviseren twee deskundigen: een orthopedagoog
        of psycholoog en een tweede deskundige die past bij de vraag van de leerling."""),
        H2("5.3 Werkwijze"),
        P("""De werkwijze van het loket toewijzing, de aanvraagformulieren en de termijnen worden beschreven in
        het Handboek Toewijzing, dat de directeur-bestuurder vóór 1 augustus 2026 vaststelt. Informatie over
        bezwaar is te vinden op onze website."""),
        H1("Hoofdstuk 6 Ouders en leerlingen"),
        P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders op verschillende
        manieren over de ondersteuning die in de stad beschikbaar is. De website 'Ouderwijzer Hofstad-Zuid'
        beschrijft per school de ondergrens, de extra ondersteuning en de bovenschoolse voorzieningen, met
        filmpjes in eenvoudige taal. Iedere school neemt de ondersteuning op in de schoolgids. In het najaar
        organiseren wij op drie plekken in de stad een informatieavond voor ouders van leerlingen in groep 8,
        samen met het samenwerkingsverband primair onderwijs. Ondersteuningscoördinatoren geven ouders bij
        de start van een arrangement de folder 'Wat kunt u verwachten?'."""),
        P("""Een ouder- en jeugdsteunpunt wordt vóór 2027 ingericht. Over de vorm, de bemensing en de
        onafhankelijkheid van het steunpunt zijn wij nog in gesprek met de gemeente en de OPR."""),
        H1("Hoofdstuk 7 Koers en resultaten"),
        P("""Voor de planperiode hebben we vijf beoogde resultaten geformuleerd voor leerlingen die extra
        ondersteuning nodig hebben:"""),
        B(["""in 2030 zit geen leerling langer dan drie maanden zonder passend onderwijsaanbod thuis;""",
           """het percentage leerlingen in het vso daalt van 3,8 naar 3,3 procent van het totaal;""",
           """ten minste 70 procent van de leerlingen die een bovenschoolse voorziening verlaat, keert
           terug naar de eigen school en zit daar een jaar later nog;""",
           """minimaal 85 procent van de leerlingen met een OPP stroomt uit met een diploma of een
           passende plek op de arbeidsmarkt;""",
           """de doorlooptijd van een aanvraag bij het loket bedraagt maximaal zes weken."""]),
        P("""Hoe we de voortgang op deze resultaten gaan volgen en waarover we rapporteren, bepalen we in het
        eerste jaar van de planperiode."""),
        H1("Hoofdstuk 8 Bedrijfsvoering"),
        H2("8.1 Hoe we het geld verdelen"),
        P("""Hofstad-Zuid kiest voor een schoolmodel: het grootste deel van het geld voor lichte ondersteuning
        gaat naar de scholen. De verdeling is gebaseerd op een normbedrag van € 180 per leerling, plus
        € 90 per leerling met een woonadres in een wijk met een hoge achterstandsscore volgens het CBS.
        Bovenschoolse voorzieningen worden vooraf bekostigd op basis van het aantal plaatsen. De middelen
        voor lwoo en pro worden op basis van de teldatum volledig doorgegeven aan de scholen. Wijzigingen in
        de verdeling stelt de algemene vergadering vast op voorstel van de directeur-bestuurder. Scholen
        verantwoorden de besteding jaarlijks in een kort verslag aan het bestuurlijk overleg."""),
        H2("8.2 Meerjarenraming"),
        T([["x € 1.000", "2026", "2027", "2028", "2029"],
           ["Rijksbijdrage ondersteuning", "36.200", "35.900", "35.700", "35.500"],
           ["Afdracht vso", "15.100", "15.000", "14.800", "14.600"],
           ["Lwoo en pro naar scholen", "11.400", "11.300", "11.200", "11.100"],
           ["Schoolbudgetten", "6.300", "6.250", "6.200", "6.150"],
           ["Bovenschoolse voorzieningen", "2.100", "2.200", "2.250", "2.300"],
           ["Casusregie en Doorbraaktafel", "420", "430", "440", "450"],
           ["Bureau", "1.150", "1.160", "1.170", "1.180"]]),
        H1("Hoofdstuk 9 Organisatie en medezeggenschap"), *governance(c), *medezeggenschap(c),
        H1("Hoofdstuk 10 Samenwerking in de stad"), *oogo(c),
        H1("Hoofdstuk 11 Personeel, ICT en privacy"), *personeel(c), *ict_privacy(c),
        H1("Hoofdstuk 12 Doorlopende lijnen"), *vo_mbo(c),
        H1("Hoofdstuk 13 Totstandkoming"), *totstandkoming(c), *planning(c),
        H1("Begrippenlijst"), *begrippen(c, [["Continuüm", "Reeks van ondersteuningsvormen van licht naar zwaar"]]),
        H1("Afkortingen"), *afkortingen(c),
    ]
    header = "Hofstad-Zuid | Ondersteuningsplan 2026-2030"
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen"], "terugstroom": [],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1 'ondergrens op elke school' (unusual wording) with content only in a table",
               "plaatsing": "5.1 criteria for vso, national lwoo/pro criteria; 5.3 defers the procedure to a Handboek Toewijzing still to be adopted; bezwaar only 'zie website'",
               "terugstroom": "no text on return from vso; only 'terugplaatsing' in the begrippenlijst and a passing 'doorgaande lijn' sentence in ch. 3 (4.2/ch. 7 concern return from bovenschoolse voorzieningen, not vso)",
               "financien": "'Bedrijfsvoering' 8.1 normbedrag per leerling + achterstandsopslag, 8.2 multi-year table",
               "dekkend-aanbod": "4.2 continuum (OPDC, plusvoorziening, vso/pro); 4.3 'Geen kind buiten beeld': casusregisseur, Doorbraaktafel, zorgplicht, yearly gap analysis",
               "resultaten": "ch. 7 lists five measurable intended results; how progress is monitored is deferred to the first plan year",
               "ouders": "ch. 6 informs parents (Ouderwijzer website, schoolgids, avonden, folder); the OJSP is only announced 'voor 2027'"},
    )
    return dict(name="vo-swv-hofstad-zuid-ondersteuningsplan-2026-2030", fmt=["pdf"], blocks=blocks,
                header=header, label=label)


# ---------------------------------------------------------------------------
# Plan D: VO Domstad-West (pdf)
# ---------------------------------------------------------------------------

def plan_d():
    c = dict(naam="Samenwerkingsverband VO Domstad-West", kort="Domstad-West", code="VO 26-02",
             periode="2025-2026 tot en met 2028-2029", directeur="ir. M. de Wit-Oosterhout",
             regio_zin="Domstad-West is een snelgroeiend stedelijk samenwerkingsverband met 24.500 leerlingen.",
             speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
             gebied="het westelijk deel van Domstad en de gemeenten Leidsewaard en Vechtmond",
             besturen="acht", scholen="44", gemeente="Domstad", oogo_vol=True,
             oogo_datum="6 maart 2025", opr_datum="10 april 2025", vast_datum="17 april 2025",
             opr_ouders=True, opr_leden="tien", fte="19",
             kengetallen=[["Leerlingen vo", "23.410"], ["Leerlingen pro", "640"], ["Leerlingen vso", "790"],
                          ["Vestigingen", "44"], ["Besturen", "8"]])
    blocks = [
        ("title", ["ONDERSTEUNINGSPLAN 2025 - 2029", "Samenwerkingsverband VO Domstad-West", "VO 26-02",
                   "Met basisondersteuning, dekkend aanbod en meerjarenbegroting"]),
        ("toc", ["1. Inleiding", "2. Context", "3. Missie en visie", "4. Basisondersteuning",
                 "5. Toewijzing: route naar vso, lwoo en pro", "   5.1 Aanvragen  5.2 Beoordelen  5.3 Wanneer toelaatbaar",
                 "   5.4 Looptijd  5.5 Einde van de TLV en daarna  5.6 Bezwaar",
                 "6. Dekkend netwerk en thuiszitters", "7. Kwaliteitsagenda", "8. Financieel beleid",
                 "9. Communicatie en voorlichting", "10. Klachten, bezwaar en geschillen", "11. Bestuur",
                 "12. Medezeggenschap", "13. Gemeenten", "14. Personeel en bureau", "15. Privacy",
                 "16. Overgangen", "17. Jaarcyclus en totstandkoming", "Bijlage I Begrippen",
                 "Bijlage II Afkortingen"]),
        H1("1. Inleiding"), *voorwoord(c), *leeswijzer(c), *terugblik(c),
        H1("2. Context"), *context(c),
        H1("3. Missie en visie"), *missie_visie(c),
        H1("4. Basisondersteuning"),
        P("""Basisondersteuning is een belangrijk fundament van passend onderwijs in Domstad-West. De minister
        heeft aangekondigd dat er een landelijke norm basisondersteuning komt. Wij wachten die norm af
        voordat wij nieuwe afspraken maken; de uitwerking van de basisondersteuning in dit plan is daarom
        voorbehouden aan een latere wijziging. Tot die tijd hanteren scholen het document 'Afspraken
        basisondersteuning 2019', dat niet bij dit plan is gevoegd."""),
        H1("5. Toewijzing: route naar vso, lwoo en pro"),
        H2("5.1 Aanvragen"),
        P("""De school waar de leerling is ingeschreven of aangemeld, doet de aanvraag bij het Toewijzingsloket.
        Voor het vso levert de school het OPP aan met ten minste twee evaluaties, het verslag van een
        multidisciplinair overleg waarbij ouders en leerling aanwezig waren, en het advies van de
        school voor vso. Voor lwoo en pro levert de school de gegevens van het onderzoek naar intelligentie
        en leerachterstanden aan; aanvragen voor het nieuwe schooljaar moeten vóór 1 april binnen zijn."""),
        H2("5.2 Beoordelen"),
        P("""Het loket controleert binnen vijf werkdagen of de aanvraag volledig is. Een orthopedagoog of GZ-
        psycholoog van het samenwerkingsverband en een tweede, onafhankelijke deskundige (jeugdarts,
        kinderpsychiater of maatschappelijk werker) brengen ieder afzonderlijk schriftelijk advies uit. De
        directeur-bestuurder besluit binnen zes weken na de volledigheidsverklaring. Het besluit wordt met
        de adviezen aan ouders en school verstuurd."""),
        H2("5.3 Wanneer toelaatbaar"),
        P("""Het samenwerkingsverband verklaart een leerling toelaatbaar tot het vso als de school aantoont dat
        de leerling een ondersteuningsbehoefte heeft die niet past binnen wat een reguliere school in
        Domstad-West redelijkerwijs kan bieden, dat de ondersteuning volgens het OPP is uitgevoerd en
        geëvalueerd, en dat het vso een reëel perspectief biedt op ontwikkeling. Bij ernstige
        gedragsproblemen met gevaar voor de leerling of anderen kan het samenwerkingsverband zonder
        eerdere evaluaties een tijdelijke TLV van zes maanden afgeven. Voor lwoo en pro gelden de landelijke
        criteria uit het Uitvoeringsbesluit WVO 2020."""),
        H2("5.4 Looptijd"),
        P("""Een TLV vso geldt voor ten hoogste drie schooljaren en vermeldt de bekostigingscategorie. Een
        TLV pro geldt voor de gehele opleiding."""),
        H2("5.5 Einde van de TLV en daarna"),
        P("""Het samenwerkingsverband wil dat leerlingen niet langer in het vso blijven dan nodig is.
        Terugkeer naar het regulier onderwijs is ons doel voor iedere leerling bij wie de
        ondersteuningsbehoefte dat toelaat; voorwaarde is dat een reguliere school met een arrangement de
        benodigde ondersteuning kan bieden en dat leerling en ouders de overstap willen. Na de overstap
        krijgt de ontvangende school gedurende één jaar een terugkeerbudget en coaching door de ambulant
        begeleider van de vso-school."""),
        P("""Uiterlijk zes maanden voor het einde van de TLV organiseert de vso-school een
        perspectiefgesprek met leerling, ouders, de consulent van het samenwerkingsverband en een vertegenwoordiger
        van de beoogde reguliere school. De vso-school stelt een overstapplan op; de consulent toetst het plan en
        de directeur-bestuurder besluit over een eventuele verlenging. Zonder verlenging schrijft de reguliere
        school de leerling in per de einddatum van de TLV. Na drie maanden evalueren consulent, school en
        ouders de overstap. In 2023-2024 stapten 38 leerlingen over van het vso naar het regulier vo, tegen
        29 een jaar eerder."""),
        H2("5.6 Bezwaar"),
        P("""Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken. De
        bezwaaradviescommissie van het samenwerkingsverband, met een onafhankelijke voorzitter, hoort
        ouders en school en adviseert de directeur-bestuurder."""),
        H1("6. Dekkend netwerk en thuiszitters"),
        P("""Het ondersteuningscontinuüm - de samenhang tussen de ondersteuning in de school, de bovenschoolse
        voorzieningen en het vso - wordt beschreven in de notitie 'Routekaart ondersteuning Domstad-West',
        die in het najaar van 2025 verschijnt."""),
        P("""Voor leerlingen die tussen wal en schip vallen hebben we wel een vaste aanpak. Scholen melden
        iedere leerling die langer dan tien schooldagen zonder onderwijs is bij het bureau. Een
        trajectbegeleider brengt binnen twee weken school, ouders, Leerplicht en jeugdhulp aan tafel. Is er
        na zes weken geen oplossing, dan beslist het Escalatieoverleg, waarin de directeur-bestuurder
        doorzettingsmacht heeft over de aangesloten besturen. Twee keer per jaar rapporteren wij aan het
        bestuur en aan de gemeente over het aantal thuiszitters en over de vragen waarvoor in de regio geen
        passend aanbod bleek te zijn; het bestuur besluit dan over het opvullen van die lacunes. Samen met de
        gemeenten financieren wij onderwijs-zorgarrangementen voor leerlingen die tijdelijk niet volledig
        naar school kunnen."""),
        H1("7. Kwaliteitsagenda"),
        P("""Tabel 7.1 vat de kwaliteitsagenda samen."""),
        T([["Beoogd resultaat", "Indicator", "Nu", "Streefwaarde 2029", "Hoe gemeten", "Rapportage"],
           ["Minder thuiszitters", "Leerlingen > 3 maanden zonder onderwijs", "14", "<= 5",
            "Registratie trajectbegeleiding, elk kwartaal", "Kwartaalrapportage bestuur, jaarverslag"],
           ["Meer terugkeer uit vso", "Overstap vso -> vo per jaar", "38", "50",
            "Telling 1 oktober", "Jaarverslag, OPR"],
           ["Passend diploma", "Leerlingen met OPP met diploma of startkwalificatie", "72%", "80%",
            "Uitstroomgegevens DUO", "Jaarverslag"],
           ["Snelle toewijzing", "Doorlooptijd aanvraag", "7,5 weken", "6 weken",
            "Loketregistratie", "Halfjaarrapportage"],
           ["Tevreden ouders", "Tevredenheid ouders over ondersteuning", "6,8", "7,5",
            "Enquête om de twee jaar", "Jaarverslag, OPR"]]),
        H1("8. Financieel beleid"),
        P("""Het financieel beleid van Domstad-West is gericht op een sluitende begroting en een verantwoorde
        reserve. De verdeelsystematiek van de middelen over scholen wordt in deze planperiode herzien. In de
        loop van 2027 stellen we de nieuwe verdeelsleutel vast, na een evaluatie met de besturen."""),
        T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
           ["Baten", "28.600", "28.900", "29.100", "29.300"],
           ["Afdracht vso", "11.200", "11.400", "11.500", "11.600"],
           ["Lwoo en pro", "9.100", "9.150", "9.200", "9.250"],
           ["Schoolbudgetten", "5.200", "5.250", "5.300", "5.350"],
           ["Thuiszittersaanpak en OZA", "900", "950", "1.000", "1.000"],
           ["Terugkeerbudgetten", "350", "380", "400", "420"],
           ["Bureau", "1.900", "1.950", "2.000", "2.050"]]),
        P("""De reserve bedraagt eind 2024 € 2,4 miljoen, ruim onder de signaleringswaarde; het bestuur
        houdt een weerstandsvermogen aan van minimaal 5 procent van de baten."""),
        H1("9. Communicatie en voorlichting"),
        P("""Iedere school publiceert in de schoolgids welke ondersteuning zij biedt. Het samenwerkingsverband
        heeft een website met een apart deel voor ouders, waar de route naar vso, lwoo en pro stap voor stap
        wordt uitgelegd en waar alle scholen met hun ondersteuningsaanbod zijn te vinden. Elk jaar in
        oktober houden wij een ouderavond over passend onderwijs; de presentatie wordt daarna op de website
        geplaatst. Ouders van leerlingen met een OPP worden door de school bij de jaarlijkse evaluatie
        gewezen op de website en de brochure 'Ondersteuning in Domstad-West'."""),
        H1("10. Klachten, bezwaar en geschillen"),
        P("""Ouders met vragen of een meningsverschil kunnen terecht bij het onafhankelijke Steunpunt Ouders
        Domstad, dat door de gemeente en de samenwerkingsverbanden samen wordt gefinancierd maar inhoudelijk
        los van beide werkt. Het steunpunt geeft advies, kan meegaan naar gesprekken en bemiddelen. Ook kunnen
        ouders kosteloos een onderwijsconsulent inschakelen. Klachten over het samenwerkingsverband kunnen worden
        ingediend bij de landelijke klachtencommissie waarbij het samenwerkingsverband is aangesloten;
        geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie
        passend onderwijs."""),
        H1("11. Bestuur"), *governance(c),
        H1("12. Medezeggenschap"), *medezeggenschap(c),
        H1("13. Gemeenten"), *oogo(c),
        H1("14. Personeel en bureau"), *personeel(c),
        H1("15. Privacy"), *ict_privacy(c),
        H1("16. Overgangen"), *vo_mbo(c),
        H1("17. Jaarcyclus en totstandkoming"), *planning(c), *totstandkoming(c),
        H1("Bijlage I Begrippen"), *begrippen(c),
        H1("Bijlage II Afkortingen"), *afkortingen(c, [["OZA", "Onderwijs-zorgarrangement"]]),
    ]
    header = "Ondersteuningsplan Domstad-West 2025-2029 — basisondersteuning en dekkend aanbod"
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4 only defers to the national norm and an absent 2019 document; title page, header and begrippenlijst are traps",
               "plaatsing": "ch. 5.1-5.6: application via Toewijzingsloket, deadlines, two deskundigen, decision within 6 weeks, vso criteria, national lwoo/pro criteria, looptijd, bezwaar",
               "terugstroom": "hidden inside the TLV chapter 5.5: aims/conditions/support after return, perspectiefgesprek 6 months before end, decision, evaluation; figures",
               "financien": "ch. 8 has a multi-year budget table; the verdeelsleutel is being revised and only fixed 'in de loop van 2027'",
               "dekkend-aanbod": "ch. 6: continuum referred to a Routekaart that is not included; thuiszitters/lacunes approach with escalation and reporting is concrete",
               "resultaten": "content only in table 7.1 (beoogd resultaat, indicator, streefwaarde, meting, rapportage)",
               "ouders": "ch. 9 'Communicatie en voorlichting' (schoolgids, ouderdeel website, ouderavond, brochure); ch. 10 Steunpunt Ouders, onderwijsconsulenten, geschillencommissie"},
    )
    return dict(name="vo-swv-domstad-west-ondersteuningsplan-2025-2029", fmt=["pdf"], blocks=blocks,
                header=header, label=label)


# ---------------------------------------------------------------------------
# Plan E: PO Eemvallei (html)
# ---------------------------------------------------------------------------

def plan_e():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Eemvallei", kort="Eemvallei", code="PO 26-08",
             periode="2026-2027 tot en met 2029-2030", directeur="J.P. Hoogendoorn",
             regio_zin="De Eemvallei is een verband van een middelgrote stad met een ring van dorpen; in de stad wonen twee op de drie leerlingen.",
             speciaal="speciaal basisonderwijs en speciaal onderwijs",
             gebied="de gemeenten Eemstad, Leusdorp en Baarnveen",
             besturen="zeven", scholen="83", gemeente="Eemstad", oogo_vol=False,
             oogo_datum="3 maart 2026", opr_datum="14 april 2026", vast_datum="21 april 2026",
             opr_ouders=False, opr_leden="acht", fte="14",
             kengetallen=[["Leerlingen bao", "19.650"], ["Leerlingen sbo", "498"], ["Leerlingen so", "377"],
                          ["Scholen", "83"], ["Besturen", "7"]])
    blocks = [
        ("title", ["Ondersteuningsplan 2026-2030 - webversie", "Samenwerkingsverband PO Eemvallei (PO 26-08)"]),
        ("toc", ["1 Welkom", "2 Waar we staan", "3 Waar we voor gaan", "4 Wat elke school altijd biedt",
                 "5 Naar het sbo of so", "6 Terug naar de basisschool", "7 Monitoring", "8 Steun voor ouders",
                 "9 Organisatie", "10 Medezeggenschap", "11 Gemeenten", "12 Personeel", "13 ICT en privacy",
                 "14 Overstap", "15 Jaarcyclus", "16 Totstandkoming", "Begrippen", "Afkortingen"]),
        H1("1 Welkom"), *voorwoord(c), *leeswijzer(c),
        H1("2 Waar we staan"), *terugblik(c), *context(c),
        H1("3 Waar we voor gaan"), *missie_visie(c),
        P("""Het samenwerkingsverband ontvangt middelen van het rijk en zet die in voor de ondersteuning van
        kinderen. De begroting wordt jaarlijks afzonderlijk vastgesteld en maakt geen deel uit van dit
        plan; zie daarvoor de jaarstukken op onze website."""),
        H1("4 Wat elke school altijd biedt"),
        P("""In de Eemvallei hebben de zeven besturen één ondergrens afgesproken die geldt voor elke school en
        elke locatie: het basisaanbod. Ieder kind kan op iedere school in de Eemvallei rekenen op:"""),
        B(["""een leerkracht die handelingsgericht werkt met een groepsoverzicht en een groepsplan dat drie keer
           per jaar wordt geëvalueerd;""",
           """een intern begeleider met ten minste één dag per week per 150 leerlingen;""",
           """een aanpak voor leesproblemen en ernstige enkelvoudige dyslexie volgens het landelijk protocol;""",
           """een aanbod voor meer- en hoogbegaafde kinderen binnen de groep (compacten en verrijken);""",
           """een sociaal-emotioneel volgsysteem en een antipestaanpak;""",
           """een ondersteuningsteam met de schoolcontactpersoon van het jeugdteam, vier keer per jaar;""",
           """een OPP voor elk kind dat extra ondersteuning krijgt of een eigen leerlijn volgt."""]),
        P("""Elk jaar bezoekt een consulent van het samenwerkingsverband iedere school om met de directeur en de
        intern begeleider het basisaanbod na te lopen aan de hand van een kijkwijzer. Ontbreken onderdelen, dan
        maakt het schoolbestuur afspraken over herstel binnen het schooljaar."""),
        H1("5 Naar het sbo of so"),
        P("""Het bevoegd gezag van de school vraagt de toelaatbaarheidsverklaring aan bij de Commissie
        Toelaatbaarheid van de Eemvallei. De intern begeleider vult het aanvraagformulier in en voegt het OPP,
        de evaluaties en het verslag van het ondersteuningsteam toe. Binnen twee weken voert de commissie
        een gesprek met school en ouders. Een orthopedagoog of psycholoog en een tweede deskundige, die per
        situatie wordt gekozen (jeugdarts, maatschappelijk werker of kinderpsychiater), geven ieder schriftelijk
        advies. De directeur-bestuurder besluit binnen zes weken."""),
        P("""Een kind is toelaatbaar tot het sbo als het basisaanbod en ten minste een half jaar extra
        ondersteuning op de eigen school onvoldoende ontwikkeling hebben opgeleverd en het sbo met
        kleinere groepen en meer specialistische begeleiding wel perspectief biedt. Een kind is
        toelaatbaar tot het so als het daarnaast een ondersteuningsbehoefte heeft die door ernst en
        complexiteit - een verstandelijke beperking, een lichamelijke beperking of langdurige ziekte,
        of ernstige gedrags- of psychiatrische problematiek - ook in het sbo niet kan worden beantwoord.
        De TLV sbo geldt twee schooljaren, de TLV so twee schooljaren met categorie laag, midden of hoog.
        Ouders en school kunnen binnen zes weken bezwaar maken; de Landelijke Bezwaaradviescommissie
        adviseert."""),
        H1("6 Terug naar de basisschool"),
        P("""Ons uitgangspunt is dat een kind in het sbo of so de kans houdt om terug te keren naar een
        basisschool zodra dat kan. Terugkeer is aan de orde wanneer het kind zich zo heeft ontwikkeld dat de
        ondersteuning past binnen wat een basisschool met extra ondersteuning kan bieden. De ontvangende
        basisschool krijgt een half jaar begeleiding van een ambulant begeleider uit het sbo of so, en het
        kind wordt het eerste jaar extra gevolgd door de intern begeleider. De precieze stappen, rollen en
        momenten worden beschreven in een afzonderlijk terugplaatsingsprotocol dat nog in ontwikkeling is."""),
        H1("7 Monitoring"),
        P("""Twee keer per jaar, in november en in mei, brengt het bureau een monitor uit met gegevens uit de
        eigen registratie en van DUO: het aantal aanvragen en afgegeven TLV's per school en per bestuur, de
        deelnamepercentages sbo en so, de doorlooptijd van aanvragen en de uitkomsten van de
        tevredenheidspeiling onder intern begeleiders. De monitor wordt besproken in het directeurenoverleg en
        de algemene vergadering en gaat naar de OPR; de jaarlijkse samenvatting staat in het jaarverslag.
        Concrete doelen formuleren we pas na de nulmeting in 2027."""),
        H1("8 Steun voor ouders"),
        P("""Soms komen ouders en school er samen niet uit. Ouders kunnen dan terecht bij het Ouder- en
        Jeugdsteunpunt Eemvallei. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, is
        bemand door twee ervaren ouderconsulenten en is bereikbaar via telefoon, e-mail en een wekelijks
        inloopspreekuur in de bibliotheek van Eemstad. Daarnaast kunnen ouders een onderwijsconsulent
        inschakelen of een geschil voorleggen aan de Geschillencommissie passend onderwijs."""),
        H1("9 Organisatie"), *governance(c),
        H1("10 Medezeggenschap"), *medezeggenschap(c),
        H1("11 Gemeenten"), *oogo(c),
        H1("12 Personeel"), *personeel(c),
        H1("13 ICT en privacy"), *ict_privacy(c),
        H1("14 Overstap"), *po_vo(c),
        H1("15 Jaarcyclus"), *planning(c),
        H2("15.1 Kennis delen"),
        P("""Het samenwerkingsverband organiseert elk jaar een kennisfestival voor leerkrachten, intern
        begeleiders en directeuren, met workshops die door collega's uit de regio worden gegeven. Daarnaast
        zijn er lerende netwerken rond thema's als taalontwikkeling, gedrag in de groep, jonge kinderen en
        het werken met een eigen leerlijn. De netwerken worden begeleid door een medewerker van het bureau en
        komen vier keer per jaar samen op wisselende scholen. Deelname is vrijwillig; de scholen bepalen zelf
        wie zij afvaardigen. Verslagen en materialen worden gedeeld via het kennisplatform voor scholen."""),
        H2("15.2 Het bureau"),
        P("""Het bureau van de Eemvallei is gevestigd in het centrum van Eemstad, op loopafstand van het
        station. Het bureau is op werkdagen geopend van 8.30 tot 17.00 uur. Consulenten werken een groot deel
        van de week op de scholen. Het bureau deelt het gebouw met het samenwerkingsverband voortgezet
        onderwijs; de secretariaten werken samen en gebruiken dezelfde vergaderruimten. In de planperiode
        onderzoeken de beide verbanden of verdere samenwerking in de bedrijfsvoering, bijvoorbeeld op het
        gebied van salarisadministratie, ICT en inkoop, voordelen oplevert. Een besluit daarover nemen de
        besturen niet eerder dan in 2028."""),
        H2("15.3 Duurzaamheid en inkoop"),
        P("""Bij inkoop en aanbesteding houden we rekening met duurzaamheid en met sociaal ondernemen. Het
        bureau werkt zoveel mogelijk papierloos, medewerkers reizen met het openbaar vervoer of de fiets en
        bijeenkomsten worden waar dat kan gehouden op scholen in plaats van in externe zalen. Catering wordt
        betrokken bij een leerwerkbedrijf uit de regio."""),
        H1("16 Totstandkoming"), *totstandkoming(c),
        H1("Begrippen"), *begrippen(c, [["Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen over scholen"]]),
        H1("Afkortingen"), *afkortingen(c),
    ]
    nav = ["Home", "Basisondersteuning", "Toelaatbaarheid", "Dekkend aanbod", "Financiën", "Ouders", "Contact"]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": [], "financien": [], "dekkend-aanbod": [], "resultaten": [], "ouders": []},
        notes={"basisondersteuning": "ch. 4 'Wat elke school altijd biedt': ondergrens for every location + concrete list; yearly kijkwijzer visit",
               "plaatsing": "ch. 5: application, commissie, two deskundigen, 6 weeks, sbo and so criteria, duration/category, bezwaar",
               "terugstroom": "ch. 6 gives policy (aim, condition, support after return); steps/roles/moments deferred to a protocol 'in ontwikkeling'",
               "financien": "only a passing remark in ch. 3 that the begroting is not part of the plan (website); 'Financiën' appears only in the nav menu, 'Verdeelmodel' only in begrippen",
               "dekkend-aanbod": "no continuum, no thuiszitters/gap handling, OOGO only as a date (ch. 11); 'Dekkend aanbod' only in nav menu and begrippenlijst",
               "resultaten": "ch. 7 'Monitoring' describes twice-yearly monitor and reporting; intended results deferred until after the 2027 nulmeting",
               "ouders": "ch. 8 describes the OJSP, onderwijsconsulenten and geschillencommissie; nothing on how parents are informed about the support facilities (nav 'Ouders' is a trap)"},
    )
    return dict(name="po-swv-eemvallei-ondersteuningsplan-2026-2030", fmt=["html"], blocks=blocks,
                header="Ondersteuningsplan Eemvallei 2026-2030", nav=nav, label=label)


# ---------------------------------------------------------------------------
# F: near miss - a VO school's own 'ondersteuningsplan' (docx)
# ---------------------------------------------------------------------------

def doc_f():
    blocks = [
        ("title", ["Ondersteuningsplan 2025-2026", "Singelcollege Maasoever - havo, vwo, vmbo-tl",
                   "Zorgstructuur en ondersteuningsaanbod van onze school"]),
        ("toc", ["1 Inleiding", "2 Onze basisondersteuning", "3 De zorgniveaus", "4 Het ondersteuningsteam",
                 "5 Extra ondersteuning en arrangementen", "6 Verwijzing naar vso en OPDC",
                 "7 Ouders", "8 Budget en formatie", "9 Evaluatie en resultaten", "10 Jaarplanning"]),
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe het Singelcollege leerlingen begeleidt die extra aandacht
        nodig hebben. Het plan is bedoeld voor medewerkers van de school, voor ouders en voor de
        medezeggenschapsraad. Het Singelcollege is een school voor havo, vwo en vmbo-theoretische leerweg
        met ongeveer 1.450 leerlingen en maakt deel uit van het Samenwerkingsverband VO Maasoever. De afspraken
        van het samenwerkingsverband over basisondersteuning en toelaatbaarheid staan in het ondersteuningsplan
        van het samenwerkingsverband; dit document beschrijft hoe onze school die afspraken uitvoert. Het plan
        wordt elk schooljaar door de ondersteuningscoördinator geactualiseerd en door de schoolleiding
        vastgesteld, na advies van de medezeggenschapsraad."""),
        H1("2 Onze basisondersteuning"),
        P("""Iedere leerling van het Singelcollege heeft een mentor die in de onderbouw wekelijks een mentoruur
        geeft. Leerlingen met dyslexie of dyscalculie krijgen een dyslexiepas met faciliteiten zoals extra tijd
        en voorleessoftware. In de brugklas volgen alle leerlingen een training studievaardigheden. Er is een
        antipestcoördinator, een vertrouwenspersoon en een rustruimte. De school biedt faalangstreductietraining
        en een sociale-vaardigheidstraining in kleine groepen. Deze onderdelen vormen samen onze
        basisondersteuning, zoals ook beschreven in ons schoolondersteuningsprofiel."""),
        H1("3 De zorgniveaus"),
        P("""We werken met vier zorgniveaus. Niveau 1 is de zorg in de klas door de vakdocent. Niveau 2 is de
        begeleiding door de mentor, die signalen verzamelt en met ouders bespreekt. Niveau 3 is de
        ondersteuning door de ondersteuningscoördinator en de interne specialisten (remedial teacher,
        faalangsttrainer, schoolmaatschappelijk werker). Niveau 4 is de inzet van externe partners via het
        ondersteuningsteam, of een aanvraag bij het samenwerkingsverband."""),
        P("""Signalen over een leerling worden besproken in de leerlingbespreking die drie keer per jaar per
        klas plaatsvindt. De mentor legt afspraken vast in het leerlingvolgsysteem. Wanneer een leerling
        meer nodig heeft dan niveau 2, meldt de mentor de leerling aan bij de ondersteuningscoördinator
        via het interne aanmeldformulier."""),
        H1("4 Het ondersteuningsteam"),
        P("""Het ondersteuningsteam (OT) komt elke drie weken bijeen. Vaste leden zijn de ondersteuningscoördinator,
        de teamleider, de schoolmaatschappelijk werker, de jeugdarts van de GGD en de leerplichtambtenaar. Op
        uitnodiging sluiten de consulent van het samenwerkingsverband en de jeugdprofessional van het wijkteam
        aan. Ouders worden uitgenodigd bij de bespreking van hun kind; leerlingen vanaf 16 jaar worden zelf
        uitgenodigd. Van elke bespreking wordt een kort verslag gemaakt dat met ouders wordt gedeeld."""),
        H1("5 Extra ondersteuning en arrangementen"),
        P("""Voor leerlingen die meer nodig hebben dan de basisondersteuning stelt de school een
        ontwikkelingsperspectiefplan (OPP) op. Het OPP wordt samen met ouders en leerling opgesteld en twee
        keer per jaar geëvalueerd. Vanuit het schoolbudget van het samenwerkingsverband biedt de school de
        volgende arrangementen: een trajectklas voor maximaal twaalf leerlingen, individuele coaching door een
        gedragsspecialist, een aangepast rooster en de inzet van een onderwijsassistent in de klas. Voor
        hoogbegaafde leerlingen is er een verrijkingsprogramma met een eigen coördinator."""),
        H1("6 Verwijzing naar vso en OPDC"),
        P("""Als de ondersteuning op school onvoldoende blijkt, kan de school in overleg met ouders een
        plaatsing in het OPDC De Brug aanvragen of een toelaatbaarheidsverklaring voor het voortgezet
        speciaal onderwijs. De aanvraag wordt voorbereid door de ondersteuningscoördinator en ingediend bij het
        loket Toewijzing van het samenwerkingsverband, dat over de toelaatbaarheid beslist. De school levert
        daarvoor het OPP met de evaluaties en het verslag van het OT aan. Tijdens de aanvraag blijft de
        leerling op het Singelcollege ingeschreven en zorgt de school voor een passend aanbod."""),
        P("""Leerlingen die na een periode in het OPDC terugkeren, worden begeleid door hun mentor en de
        ondersteuningscoördinator. Na zes weken volgt een evaluatiegesprek met ouders."""),
        H1("7 Ouders"),
        P("""Ouders zijn voor ons partners. De mentor is het eerste aanspreekpunt. Ouders worden uitgenodigd voor
        de driehoeksgesprekken in november en maart en kunnen altijd een afspraak maken met de
        ondersteuningscoördinator. Informatie over de ondersteuning op school staat in de schoolgids en op de
        website van de school. Bij onenigheid kunnen ouders contact opnemen met de teamleider en daarna met
        de schoolleiding; de klachtenregeling van het bestuur staat op de website. Ouders kunnen ook terecht
        bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."""),
        H1("8 Budget en formatie"),
        P("""De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning van
        ongeveer € 260.000 per jaar. Daarnaast zet de school eigen middelen in. Het budget wordt besteed aan de
        formatie van de ondersteuningscoördinator (1,0 fte), de trajectklas (1,6 fte), de remedial teacher
        (0,6 fte), een onderwijsassistent (0,8 fte) en trainingen. Aan het einde van het jaar verantwoordt de
        school de besteding aan het samenwerkingsverband."""),
        T([["Post", "Bedrag"], ["Ondersteuningscoördinator", "€ 92.000"], ["Trajectklas", "€ 118.000"],
           ["Remedial teaching", "€ 41.000"], ["Trainingen en materiaal", "€ 12.000"]]),
        H1("9 Evaluatie en resultaten"),
        P("""Aan het eind van elk schooljaar evalueert het OT de ondersteuning. We kijken naar het aantal
        leerlingen met een OPP, het aantal leerlingen dat de trajectklas succesvol afrondt, het verzuim en de
        tevredenheid van ouders en leerlingen. Doel voor 2025-2026 is dat 80 procent van de leerlingen in de
        trajectklas binnen een half jaar volledig terugkeert in de eigen klas. De resultaten worden opgenomen
        in het jaarverslag van de school en besproken met de medezeggenschapsraad."""),
        H1("10 Jaarplanning"),
        T([["Maand", "Activiteit"], ["september", "start trainingen, kennismaking mentoren"],
           ["november", "driehoeksgesprekken, eerste leerlingbespreking"],
           ["februari", "tweede leerlingbespreking, evaluatie OPP's"],
           ["maart", "driehoeksgesprekken"], ["juni", "evaluatie OT, actualisatie ondersteuningsplan"]]),
    ]
    label = dict(sector="vo", looks_like_plan=False,
                 note="School-level 'ondersteuningsplan' of one VO school (zorgniveaus, OT, school budget); it refers to the SWV's plan but is not an ondersteuningsplan of a samenwerkingsverband: no OPR/OOGO, no verband-wide verdeling, TLV decisions belong to the SWV")
    return dict(name="vo-singelcollege-schoolondersteuningsplan-2025-2026", fmt=["docx"], blocks=blocks,
                header="Singelcollege - ondersteuningsplan school 2025-2026", label=label)


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------

def render_docx(doc_spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = doc_spec["header"]
    for blk in doc_spec["blocks"]:
        kind = blk[0]
        if kind == "title":
            for i, line in enumerate(blk[1]):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(22 if i == 0 else 14)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in blk[1]:
                d.add_paragraph(line)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "bullets":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph()
    d.save(str(path))


def render_html(doc_spec, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc_spec['header'])}</title>", "</head>", "<body>",
           "<header><nav><ul>" + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in doc_spec.get("nav", []))
           + "</ul></nav></header>", "<main>"]
    for blk in doc_spec["blocks"]:
        kind = blk[0]
        if kind == "title":
            out.append(f"<h1>{e(blk[1][0])}</h1>")
            out += [f'<p class="subtitle">{e(x)}</p>' for x in blk[1][1:]]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' + "".join(f"<li>{e(x)}</li>" for x in blk[1])
                       + "</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(blk[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(blk[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(blk[1])}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in blk[1]) + "</ul>")
        elif kind == "table":
            rows = blk[1]
            s = "<table><thead><tr>" + "".join(f"<th>{e(x)}</th>" for x in rows[0]) + "</tr></thead><tbody>"
            s += "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in rows[1:])
            out.append(s + "</tbody></table>")
    out += ["</main>", f"<footer><p>{e(doc_spec['header'])} - Samenwerkingsverband PO Eemvallei - "
            "Ouders - Financiën - Privacy</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(doc_spec, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout241_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(doc_spec, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(spec, files):
    lab = spec["label"]
    lines = [f"documents: [{', '.join(files)}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan") is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {q(lab['note'])}"]
    else:
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{k}: {lab['elements'][k]}" for k in ELEMENTS) + "}")
        lines.append("criteria:")
        for k, v in lab["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k in ELEMENTS:
            lines.append(f"  {k}: [{', '.join(lab['advisory'][k])}]")
        lines.append("notes:")
        for k in ELEMENTS:
            lines.append(f"  {k}: {q(lab['notes'][k])}")
    (OUT / f"{spec['name']}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    for spec in (plan_a(), plan_b(), plan_c(), plan_d(), plan_e(), doc_f()):
        files = []
        for fmt in spec["fmt"]:
            p = OUT / f"{spec['name']}.{fmt}"
            {"docx": render_docx, "html": render_html, "pdf": render_pdf}[fmt](spec, p)
            files.append(p.name)
        write_label(spec, files)
        print("wrote", ", ".join(files))


if __name__ == "__main__":
    main()
