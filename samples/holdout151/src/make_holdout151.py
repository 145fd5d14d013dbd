#!/usr/bin/env python3
"""Generate holdout set 151: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx; PDFs are rendered with `soffice --headless --convert-to pdf`.
All organisations, people, addresses and figures are fictional.
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
# block helpers: ('title', t) ('h1', t) ('h2', t) ('p', t) ('ul', [..]) ('table', [[..],..])
# ---------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TB(rows):
    return ("table", rows)


def toc(chapters):
    out = [H1("Inhoudsopgave")]
    out.append(UL(*[f"{i}. {c}" for i, c in enumerate(chapters, 1)]))
    return out


# ---------------------------------------------------------------------------
# shared filler (parametrised; careful: no element substance in here)
# ---------------------------------------------------------------------------
def voorwoord(p):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Dit plan is het
        resultaat van ruim een jaar gesprekken met schoolbesturen, directeuren, intern begeleiders,
        ondersteuningscoördinatoren, gemeenten, de ondersteuningsplanraad en ketenpartners. In die
        gesprekken kwam steeds dezelfde vraag terug: wat hebben kinderen en jongeren in onze regio nodig
        om zich ononderbroken te kunnen ontwikkelen, en wat kunnen wij als scholen samen beter doen dan
        ieder afzonderlijk?"""),
        P(f"""De afgelopen planperiode was er een van grote veranderingen. De coronaperiode, het
        lerarentekort en de toegenomen vraag naar jeugdhulp hebben hun sporen nagelaten. Tegelijk zagen
        wij hoeveel veerkracht er in de scholen zit. Leraren die met een klein team en weinig middelen
        toch een arrangement voor een leerling wisten te organiseren, intern begeleiders die over de
        schoolgrenzen heen met elkaar meedachten en ouders die zich opnieuw betrokken toonden bij de
        school van hun kind. Dat verdient waardering."""),
        P(f"""Dit plan is bewust compacter van opzet dan zijn voorganger. Wij hebben geprobeerd te
        schrijven voor iedereen die met passend onderwijs te maken heeft: voor de leraar die wil weten
        waar hij terechtkan, voor het bestuur dat verantwoording aflegt en voor de ouder die zich afvraagt
        wat de school van zijn kind mag en moet doen. Waar dat niet volledig is gelukt, horen wij dat graag.
        Wij danken iedereen die heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad
        voor hun kritische en constructieve inbreng."""),
        P(f"""{p['bestuurder']}, directeur-bestuurder<br>{p['plaats']}, {p['datum']}"""),
    ]


def inleiding(p):
    wet = "artikel 18a van de Wet op het primair onderwijs" if p["sector"] == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    return [
        H1("Inleiding"),
        H2("Aanleiding en wettelijk kader"),
        P(f"""Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast.
        De wettelijke basis daarvoor is {wet}. De wet somt op wat een ondersteuningsplan in elk geval moet
        bevatten, onder meer de basisondersteuning, de procedure en criteria voor toelaatbaarheid, de
        terugplaatsing, de verdeling van middelen, de beoogde en bereikte resultaten en de informatie aan
        ouders. Dit plan is de opvolger van het ondersteuningsplan voor de vorige periode en geldt van
        1 augustus {p['start']} tot en met 31 juli {p['eind']}."""),
        P("""Het plan is vastgesteld door het bestuur van het samenwerkingsverband, na op overeenstemming
        gericht overleg met de gemeenten en na instemming van de ondersteuningsplanraad. Het plan wordt
        voor 1 mei aan de Inspectie van het Onderwijs toegezonden via het Internet Schooldossier."""),
        H2("Leeswijzer"),
        P("""Het plan begint met een schets van onze regio en onze missie en visie. Daarna volgen de
        inhoudelijke hoofdstukken. Het plan sluit af met hoofdstukken over organisatie, medezeggenschap,
        personeel en de planning. Achterin vindt u een begrippenlijst. Waar in de tekst over ouders wordt
        gesproken, bedoelen wij ook verzorgers en voogden."""),
    ]


def regio(p):
    gem = ", ".join(p["gemeenten"][:-1]) + " en " + p["gemeenten"][-1]
    soort = "basisscholen, scholen voor speciaal basisonderwijs en locaties voor speciaal onderwijs" \
        if p["sector"] == "po" else \
        "scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en locaties voor voortgezet speciaal onderwijs"
    return [
        H1("Onze regio"),
        P(f"""{p['naam']} ({p['code']}) omvat het grondgebied van de gemeenten {gem}. Bij het
        samenwerkingsverband zijn {p['nbesturen']} schoolbesturen aangesloten met samen {p['nscholen']}
        vestigingen: {soort}. Op de teldatum van 1 oktober 2024 telde de regio {p['nll']} leerlingen."""),
        P(f"""De regio kent een gemengd karakter. In de kernen rond {p['plaats']} wonen relatief veel jonge
        gezinnen, terwijl de kleinere dorpen te maken hebben met krimp. Het leerlingaantal daalt naar
        verwachting de komende jaren met ongeveer één procent per jaar. Dat heeft gevolgen voor de
        spreiding van scholen en voor de bereikbaarheid van voorzieningen. Ook het leerlingenvervoer, een
        taak van de gemeenten, staat daardoor onder druk."""),
        P("""De schoolbesturen verschillen sterk in omvang: van een eenpitter met één vestiging tot een
        bestuur met meer dan twintig scholen. Openbaar, protestants-christelijk, katholiek en algemeen
        bijzonder onderwijs zijn alle vertegenwoordigd. Die verscheidenheid vraagt om afspraken die
        voor iedereen werkbaar zijn, zonder dat de eigenheid van scholen verloren gaat."""),
        TB([["Kengetal", "2022", "2023", "2024"],
            ["Aantal vestigingen", str(p["nscholen"] + 2), str(p["nscholen"] + 1), str(p["nscholen"])],
            ["Aantal schoolbesturen", str(p["nbesturen"]), str(p["nbesturen"]), str(p["nbesturen"])],
            ["Aantal gemeenten", str(len(p["gemeenten"])), str(len(p["gemeenten"])), str(len(p["gemeenten"]))]]),
    ]


def visie(p, extra=""):
    lln = "kinderen" if p["sector"] == "po" else "jongeren"
    return [
        H1("Missie en visie"),
        H2("Missie"),
        P(f"""Wij zorgen er samen voor dat alle {lln} in de regio onderwijs krijgen dat bij hen past,
        zo dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. Elke {lln[:-2] if lln=='kinderen' else 'jongere'}
        doet ertoe."""),
        H2("Visie"),
        P(f"""Wij geloven dat passend onderwijs begint in de klas, bij een leraar die zijn leerlingen kent
        en die weet wat hij kan doen als het even niet gaat. Scholen, ouders en {lln} zijn daarbij
        partners. Het samenwerkingsverband is geen loket op afstand, maar een netwerk dat scholen
        verbindt en versterkt. Middelen volgen de behoefte van de leerling en niet andersom."""),
        P(f"""Inclusiever onderwijs is voor ons een richting, geen eindpunt. Wij geloven dat veel
        {lln} met een ondersteuningsbehoefte in het reguliere onderwijs tot hun recht kunnen komen. Tegelijk
        erkennen wij dat het speciaal onderwijs voor een deel van de {lln} de beste plek is en blijft.
        Het gaat niet om het ene of het andere, maar om de plek waar een leerling tot zijn recht komt.
        Een arrangement is daarbij een middel, nooit een doel op zich. {extra}"""),
        H2("Kernwaarden"),
        UL("Vertrouwen: wij gaan uit van de professionaliteit van scholen en leraren.",
           "Eigenaarschap: de school is eerst aan zet, het samenwerkingsverband ondersteunt.",
           "Samenwerking: wij lossen vraagstukken samen op, met ouders en ketenpartners.",
           "Transparantie: wij zijn open over keuzes, middelen en resultaten.",
           "Eenvoud: minder formulieren, meer tijd voor het kind."),
        P("""Deze kernwaarden zijn richtinggevend voor de keuzes in dit plan en voor de manier waarop het
        samenwerkingsverband zijn werk doet. Zij komen terug in de jaarplannen en in de gesprekken met
        schoolbesturen."""),
    ]


def governance(p):
    return [
        H1("Organisatie en governance"),
        P(f"""{p['naam']} is een stichting. De statuten zijn laatstelijk gewijzigd in 2022. Het
        samenwerkingsverband werkt met een raad-van-toezichtmodel: de directeur-bestuurder vormt het
        bestuur en de raad van toezicht houdt toezicht op beleid en bedrijfsvoering. De raad van toezicht
        bestaat uit vijf leden, van wie twee onafhankelijk. De schoolbesturen zijn verenigd in de
        algemene vergadering, die onder meer de leden van de raad van toezicht benoemt en het
        ondersteuningsplan goedkeurt."""),
        P("""Het bureau van het samenwerkingsverband is klein en slagvaardig. Naast de directeur-bestuurder
        werken er een beleidsmedewerker, een controller, een managementassistent, een aantal
        consulenten en orthopedagogen. Het bureau is gevestigd in een gedeeld pand met de
        leerplichtafdeling, wat de lijnen kort houdt."""),
        P("""Statutair is een geschillenregeling opgenomen voor geschillen tussen schoolbesturen onderling
        en tussen schoolbesturen en het samenwerkingsverband. In de afgelopen planperiode is daarvan
        geen gebruik gemaakt. De governancecode van de sector wordt gevolgd; afwijkingen worden in het
        jaarverslag toegelicht."""),
    ]


def opr(p, met_ouders=True):
    samenst = ("""De OPR bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR brengen het perspectief van
        gezinnen in; zij spreken met hun achterban via een jaarlijkse ouderavond.""" if met_ouders else
               """De OPR is ingesteld conform artikel 4a WMS. De leden worden afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen en worden ondersteund door een ambtelijk
        secretaris.""")
    return [
        H1("Medezeggenschap"),
        P(f"""Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) die instemmingsrecht heeft op
        het ondersteuningsplan en op wijzigingen daarvan. {samenst} De OPR vergadert zes keer per jaar, en
        de directeur-bestuurder is bij een deel van de vergaderingen aanwezig."""),
        P("""Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel
        van het bureau. Deze raad adviseert onder meer over het formatieplan en het
        professionaliseringsbeleid. Geschillen over instemming kunnen worden voorgelegd aan de Landelijke
        Commissie voor Geschillen WMS."""),
    ]


def oogo_procedureel(p):
    gem = ", ".join(p["gemeenten"])
    return [
        H1("Overleg met gemeenten"),
        P(f"""Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de
        colleges van burgemeester en wethouders van {gem}. Het OOGO vond plaats op {p['oogo']}. Er zijn
        geen punten van verschil vastgesteld. Het verslag van het OOGO is ter inzage bij het bureau."""),
        P("""Ook is overleg gevoerd met het samenwerkingsverband in de andere sector waarvan het gebied
        overlapt. Daaruit kwamen geen opmerkingen voort die tot aanpassing van dit plan hebben geleid."""),
    ]


def oogo_inhoud(p):
    gem = ", ".join(p["gemeenten"])
    return [
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P(f"""Onderwijs en jeugdhulp hebben elkaar nodig. Met de gemeenten {gem} voeren wij minimaal twee
        keer per jaar bestuurlijk overleg en jaarlijks het OOGO. De gezamenlijke agenda kent vier thema's:
        de aansluiting tussen de ondersteuning op school en de jeugdhulp van de gemeente, thuiszitters en
        verzuim, leerlingenvervoer en onderwijshuisvesting."""),
        P("""Op elke school is een vaste contactpersoon van het lokale team of wijkteam beschikbaar, die
        aanschuift bij het ondersteuningsteam van de school. Waar een leerling zowel onderwijs als zorg
        nodig heeft, maken school, gemeente en zorgaanbieder samen een onderwijs-zorgarrangement, met
        afspraken over wie wat betaalt. Zorg in onderwijstijd wordt waar mogelijk vanuit één plan
        georganiseerd."""),
        P(f"""Het concept van dit plan is in het OOGO besproken op {p['oogo']}. De gemeenten hebben
        ingestemd met de voorgenomen thema's; een punt van aandacht blijft de wachttijd in de
        specialistische jeugdhulp."""),
    ]


def personeel(p):
    return [
        H1("Personeel en professionalisering"),
        P("""Het lerarentekort raakt passend onderwijs direct. Een leraar die de handen vol heeft aan een
        onvolledig team, heeft minder ruimte voor leerlingen die extra aandacht nodig hebben. Wij zetten
        daarom in op het versterken van de professionals die er zijn. Het samenwerkingsverband
        organiseert jaarlijks een studiedag voor intern begeleiders en ondersteuningscoördinatoren, en
        biedt netwerkbijeenkomsten rond thema's als gedrag, meer- en hoogbegaafdheid, taal en
        executieve functies."""),
        P("""De eigen formatie van het bureau bedraagt in 2025 ruim tien fte. Bij de inzet van
        orthopedagogen en consulenten kiezen wij voor vaste gezichten per school, zodat scholen weten bij
        wie zij terechtkunnen. Werkdruk is een vast onderwerp in het overleg met de eigen
        medezeggenschapsraad. Het professionaliseringsbudget per medewerker is vastgelegd in het
        formatieplan."""),
        P("""Kennisdeling tussen regulier en speciaal onderwijs vinden wij belangrijk. Leraren uit het
        speciaal onderwijs geven gastlessen en coaching op reguliere scholen, en omgekeerd lopen leraren
        mee in het speciaal onderwijs. Deze uitwisseling wordt per schooljaar georganiseerd via het
        kennisnetwerk."""),
    ]


def ict_privacy(p):
    return [
        H1("Informatievoorziening en privacy"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en
        adviezen. Wij doen dat volgens de Algemene verordening gegevensbescherming en de bepalingen in de
        onderwijswetgeving. Gegevens over gezondheid worden alleen verwerkt voor zover dat nodig is voor
        de wettelijke taken en worden niet langer bewaard dan drie jaar na het besluit. Het
        samenwerkingsverband heeft een functionaris gegevensbescherming, die gedeeld wordt met twee
        andere samenwerkingsverbanden."""),
        P("""Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen
        loggen in met tweefactorauthenticatie. In 2025 wordt de omgeving vervangen; het nieuwe systeem
        sluit aan op de administratiesystemen van de scholen. Datalekken worden gemeld en geregistreerd
        volgens de meldprocedure."""),
    ]


def vaststelling(p):
    return [
        H1("Planning en vaststelling"),
        P(f"""Dit plan is tot stand gekomen in de periode september 2024 tot en met maart 2025. Na
        werksessies met directeuren, intern begeleiders en ondersteuningscoördinatoren is een eerste concept
        besproken in de algemene vergadering. Het tweede concept is voorgelegd aan de gemeenten en aan de
        ondersteuningsplanraad."""),
        TB([["Stap", "Datum"],
            ["Bespreking concept in algemene vergadering", "22 januari 2025"],
            ["OOGO met gemeenten", p["oogo"]],
            ["Instemming ondersteuningsplanraad", p["opr_datum"]],
            ["Vaststelling door het bestuur", p["vast_datum"]],
            ["Toezending aan de Inspectie", "voor 1 mei 2025"]]),
        P("""Wijzigingen van het plan gedurende de planperiode worden opnieuw ter instemming aan de
        ondersteuningsplanraad voorgelegd."""),
    ]



def samenvatting(p):
    return [
        H1("Dit plan in het kort"),
        P(f"""Dit ondersteuningsplan beschrijft hoe de scholen van {p['naam']} de komende vier jaar samen
        werken aan passend onderwijs. Het plan is geen handboek: het beschrijft keuzes en afspraken op het
        niveau van het samenwerkingsverband. Scholen werken die keuzes uit in hun eigen beleid, en het
        bureau van het samenwerkingsverband vertaalt ze jaarlijks in een jaarplan."""),
        P("""Wie snel wil weten wat er verandert ten opzichte van de vorige periode, kan de volgende
        punten onthouden. Wij zetten minder in op formulieren en meer op gesprekken. Wij vragen scholen om
        eerder aan de bel te trekken, zodat een vraag niet eerst groot hoeft te worden voordat er hulp
        komt. Wij maken de rol van het bureau kleiner waar scholen het zelf kunnen, en sterker waar
        niemand anders het doet. En wij kijken nadrukkelijker naar de samenwerking met gemeenten, omdat
        veel vragen van kinderen en gezinnen niet bij de schooldeur ophouden."""),
        P("""De hoofdstukken volgen grotendeels de opbouw die de wet voorschrijft. Achterin het plan staat
        een begrippenlijst met de afkortingen die in passend onderwijs veel worden gebruikt."""),
    ]


def bedrijfsvoering(p):
    return [
        H1("Bedrijfsvoering"),
        P(f"""Het bureau van {p['kort']} is gehuisvest in {p['plaats']}, in een verzamelgebouw dat ook
        ruimte biedt aan overleggen met scholen en ketenpartners. Het pand is goed bereikbaar met het
        openbaar vervoer. De huurovereenkomst loopt tot 2028; in 2027 bekijken wij of de huisvesting dan
        nog past bij de omvang van de organisatie."""),
        P("""De administratie is uitbesteed aan een administratiekantoor dat ook voor een aantal van de
        aangesloten schoolbesturen werkt. De salarisadministratie, de inkoop van kantoorartikelen en de
        ICT-ondersteuning zijn via raamovereenkomsten geregeld. Bij nieuwe aanbestedingen volgen wij de
        inkoopregels die voor publieke organisaties gelden, en wij houden rekening met duurzaamheid en
        social return."""),
        P("""Voor de werkplekken van de medewerkers gebruiken wij laptops en een cloudomgeving. Vergaderen
        gebeurt zowel fysiek als online. Medewerkers werken deels thuis; afspraken daarover zijn
        vastgelegd in een thuiswerkregeling die met de personeelsgeleding van de medezeggenschapsraad is
        afgestemd. Het ziekteverzuim van het bureau lag de afgelopen jaren onder het sectorgemiddelde."""),
    ]


def kennisdeling(p):
    return [
        H1("Kennisdeling en innovatie"),
        P("""Onderwijs verandert snel. Nieuwe inzichten over leren, over de invloed van schermgebruik en
        over de rol van kunstmatige intelligentie in de klas vragen om een lerende houding van scholen en
        van het samenwerkingsverband zelf. Wij organiseren daarom twee keer per jaar een kennismarkt waar
        scholen laten zien waar zij mee bezig zijn, en wij ondersteunen kleine pilots met een
        innovatiebudget waarvoor scholen een kort voorstel kunnen indienen."""),
        P("""In de vorige periode liepen onder meer pilots met co-teaching, met een gezamenlijke aanpak van
        begrijpend lezen en met het inzetten van onderwijsassistenten in de onderbouw. De ervaringen zijn
        gedeeld via korte filmpjes en praatplaten. Wij werken samen met een hogeschool in de regio, die
        studenten laat afstuderen op vragen uit de scholen. Zo ontstaat een kennisbasis die niet afhankelijk
        is van één persoon of één school."""),
        P("""Ook de samenwerking met andere samenwerkingsverbanden in de provincie levert veel op. Wij
        wisselen ervaringen uit over werkwijzen, delen instrumenten en organiseren gezamenlijke
        scholingen voor consulenten en orthopedagogen."""),
    ]


def begrippen(items):
    out = [H1("Bijlage: Begrippenlijst")]
    out.append(TB([["Begrip", "Omschrijving"]] + [list(i) for i in items]))
    return out


BEGRIPPEN_PO = [
    ("Arrangement", "Afspraken over extra ondersteuning voor een leerling of groep, met inzet van middelen en expertise."),
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
    ("Bekostigingscategorie", "Categorie laag, midden of hoog op de toelaatbaarheidsverklaring voor het so."),
    ("Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is."),
    ("Meerjarenbegroting", "Begroting over meerdere jaren, waarin inkomsten en uitgaven van het samenwerkingsverband zijn opgenomen."),
    ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en leerlingen."),
    ("Onderwijsconsulenten", "Landelijke organisatie die ouders en scholen onafhankelijk adviseert bij vastgelopen situaties."),
    ("OOGO", "Op overeenstemming gericht overleg met de gemeenten."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("OPR", "Ondersteuningsplanraad."),
    ("SBO", "Speciaal basisonderwijs."),
    ("SO", "Speciaal onderwijs (cluster 3 en 4)."),
    ("Terugplaatsing", "De overstap van een leerling van sbo of so naar het regulier basisonderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring, afgegeven door het samenwerkingsverband."),
    ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de schoolbesturen."),
]

BEGRIPPEN_VO = [
    ("Arrangement", "Afspraken over extra ondersteuning voor een leerling, met inzet van middelen en expertise."),
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
    ("Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."),
    ("Lwoo", "Leerwegondersteunend onderwijs in het vmbo."),
    ("Meerjarenbegroting", "Begroting over vier jaar van het samenwerkingsverband."),
    ("OJSP", "Ouder- en jeugdsteunpunt."),
    ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Pro", "Praktijkonderwijs."),
    ("Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring voor het vso, lwoo of pro."),
    ("Vso", "Voortgezet speciaal onderwijs."),
    ("Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden aan een aangemelde leerling."),
]


# ===========================================================================
# PLAN 1: PO, docx + pdf
# ===========================================================================
P1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Linge en Betuwe", kort="SWV Linge en Betuwe",
          code="PO 91-04", sector="po", periode="2025-2029", start=2025, eind=2029,
          gemeenten=["Lingehoven", "Overbetuwe-West", "Zandwaard"], nscholen=58, nbesturen=9, nll="11.240",
          plaats="Lingehoven", bestuurder="drs. M.A. (Marieke) van Doorn", datum="maart 2025",
          oogo="11 februari 2025", opr_datum="18 maart 2025", vast_datum="25 maart 2025")


def plan1():
    p = P1
    ch = ["Voorwoord", "Inleiding", "Onze regio", "Missie en visie", "Basisondersteuning",
          "Extra ondersteuning en arrangementen", "Dekkend netwerk en thuiszitters",
          "Toelaatbaarheid sbo en so", "Ambities en beoogde resultaten", "Communicatie",
          "Geld en middelen", "Samenwerking met gemeenten en jeugdhulp", "Organisatie en governance",
          "Medezeggenschap", "Personeel en professionalisering", "Planning en vaststelling",
          "Bijlage: Begrippenlijst"]
    b = [("title", f"Ondersteuningsplan {p['periode']}"), P(p["naam"] + " (" + p["code"] + ")"),
         P("Samen zorgen voor elk kind")]
    b += toc(ch)
    b += voorwoord(p) + inleiding(p) + regio(p) + visie(p)
    b += [
        H1("Basisondersteuning"),
        P("""Basisondersteuning is de ondersteuning die elke school van ons samenwerkingsverband, op elke
        vestiging, aan iedere leerling biedt. De schoolbesturen hebben dit niveau samen afgesproken en
        het geldt als ondergrens: geen enkele school mag eronder zitten. Het niveau is vastgelegd in de
        zes standaarden hieronder. Voor ouders betekent dit dat zij bij iedere basisschool in de regio
        ten minste deze ondersteuning kunnen verwachten, zonder dat daarvoor een aanvraag bij het
        samenwerkingsverband nodig is."""),
        UL("""Standaard 1 – Ondersteuningsstructuur: elke school heeft een intern begeleider met ten minste
           één dag per week per 200 leerlingen, een ondersteuningsteam dat minimaal vier keer per jaar
           bijeenkomt en een vaste orthopedagoog van het samenwerkingsverband.""",
           """Standaard 2 – Handelingsgericht werken: de school volgt de ontwikkeling van alle leerlingen
           met een leerlingvolgsysteem, houdt drie keer per jaar groepsbesprekingen en legt voor
           leerlingen die dat nodig hebben een ontwikkelingsperspectief vast.""",
           """Standaard 3 – Lezen en rekenen: de school werkt met het landelijk protocol leesproblemen en
           dyslexie en met het protocol ernstige reken-wiskundeproblemen en dyscalculie, inclusief
           extra instructie in kleine groepjes.""",
           """Standaard 4 – Gedrag en welbevinden: de school gebruikt een methode voor sociaal-emotioneel
           leren, heeft een anti-pestcoördinator en kan een kortdurende gedragsinterventie bieden,
           zoals een time-in-plek of een begeleidingsplan met dagelijkse check-in.""",
           """Standaard 5 – Verschillen in leren: de school biedt verrijking en compacting voor leerlingen
           die meer aankunnen en heeft een aanpak voor leerlingen met een taalachterstand.""",
           """Standaard 6 – Medisch handelen en fysieke toegankelijkheid: de school heeft een protocol
           medisch handelen en kan eenvoudige aanpassingen in het gebouw of de lesroutine doen."""),
        P("""Het samenwerkingsverband gaat eens in de twee jaar met iedere school in gesprek over de
        standaarden aan de hand van een kwaliteitskaart die de school zelf invult. Blijkt een school op
        een standaard onder het afgesproken niveau te zitten, dan maakt het bestuur binnen drie maanden
        een verbeterplan, waarvan de uitvoering in het volgende gesprek wordt besproken."""),
        H1("Extra ondersteuning en arrangementen"),
        P("""Soms is de basisondersteuning niet genoeg. Dan kan de school extra ondersteuning organiseren.
        Wij onderscheiden vier niveaus, die samen het ondersteuningscontinuüm in onze regio vormen."""),
        TB([["Niveau", "Wat", "Waar"],
            ["1. Basis", "Basisondersteuning volgens de zes standaarden", "Elke school"],
            ["2. Extra in de school", "Schoolarrangement: inzet van extra handen, specialist of materiaal", "Eigen school, met middelen van het bestuur"],
            ["3. Bovenschools", "Bovenschoolse voorzieningen: taalklas, plusklas, observatiegroep 'De Brug', ambulante begeleiding", "Bij een van de scholen in de regio"],
            ["4. Speciaal", "Speciaal basisonderwijs en speciaal onderwijs cluster 3 en 4", "Twee sbo-scholen en drie so-locaties"]]),
        P("""De stap van niveau 1 naar niveau 2 zet de school zelf, in overleg met ouders en het
        ondersteuningsteam. Voor niveau 3 doet de school een aanvraag bij het samenwerkingsverband; een
        consulent beoordeelt samen met de school welke voorziening past. De observatiegroep 'De Brug' biedt
        plaats aan twaalf leerlingen die tijdelijk (maximaal twintig weken) buiten de eigen groep worden
        begeleid, waarna zij terugkeren naar hun school of een vervolgplek krijgen."""),
        H1("Dekkend netwerk en thuiszitters"),
        P("""Een dekkend netwerk betekent dat voor elke leerling een passende plek beschikbaar is. Wij
        brengen jaarlijks in kaart waar dat niet lukt. Bronnen zijn de wachtlijsten van sbo en so, de
        meldingen van thuiszitters bij leerplicht en de signalen van consulenten. In de monitor over
        schooljaar 2023-2024 bleken twee witte vlekken: een plek voor jonge kinderen met een zeer
        intensieve zorgbehoefte en een aanbod voor kinderen met angstklachten die niet naar school
        gaan."""),
        P("""Voor de eerste groep start in augustus 2025 een kleinschalige onderwijs-zorggroep in
        Zandwaard, samen met een zorgaanbieder. Voor de tweede groep werken wij aan een
        herstartprogramma op drie locaties. Thuiszitters bespreken wij binnen tien schooldagen na de
        melding aan de thuiszitterstafel, met leerplicht, de school, het wijkteam en de consulent. Als
        partijen er samen niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht om een
        tijdelijke plek te organiseren. Schoolbesturen blijven daarbij volledig aan hun zorgplicht
        gehouden."""),
        H1("Toelaatbaarheid sbo en so"),
        H2("De aanvraag"),
        P("""Wanneer een school en het ondersteuningsteam concluderen dat een leerling is aangewezen op het
        speciaal basisonderwijs of het speciaal onderwijs, vraagt het bevoegd gezag van de school waar de
        leerling staat ingeschreven een toelaatbaarheidsverklaring (TLV) aan bij de Commissie
        Toelaatbaarheid van het samenwerkingsverband. De aanvraag bevat het groeidocument met het
        ontwikkelingsperspectief, een verslag van het multidisciplinair overleg en het onderwijskundig
        rapport."""),
        H2("Stappen en termijnen"),
        UL("Stap 1: de school dient de volledige aanvraag digitaal in; de commissie bevestigt de ontvangst binnen vijf werkdagen.",
           """Stap 2: twee deskundigen geven elk afzonderlijk schriftelijk advies: een orthopedagoog of
           psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede deskundige
           (bijvoorbeeld een maatschappelijk werker, kinderpsychiater of jeugdarts). Deskundigen die bij de
           aanvraag betrokken waren, adviseren niet.""",
           "Stap 3: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige aanvraag.",
           "Stap 4: het besluit wordt verzonden aan de school, met afschrift van de adviezen."),
        H2("Criteria"),
        P("""Een leerling is toelaatbaar tot het sbo als uit het groeidocument blijkt dat de school de
        basisondersteuning en een schoolarrangement van ten minste zes maanden heeft ingezet, de
        ontwikkeling van de leerling ondanks die inzet stagneert, en de leerling is aangewezen op
        onderwijs in een kleinere groep met een specifiek pedagogisch klimaat. Een leerling is toelaatbaar
        tot het so als daarnaast blijkt dat de ondersteuningsbehoefte op meerdere gebieden (leren, gedrag,
        zorg, medische of lichamelijke situatie) zo groot is dat ook het sbo geen passende plek kan
        bieden, bijvoorbeeld bij een zeer moeilijk lerende leerling of bij ernstige gedragsproblematiek
        in combinatie met een psychiatrische diagnose."""),
        H2("Duur en bekostigingscategorie"),
        P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt
        afgegeven voor twee schooljaren, voor leerlingen met een ernstig meervoudige beperking voor de
        gehele schoolperiode. Bij een TLV so stelt de commissie ook de bekostigingscategorie vast (laag,
        midden of hoog), op basis van de aard van de beperking."""),
        H2("Terugplaatsing"),
        P("""Het samenwerkingsverband wil dat leerlingen niet langer in het speciaal (basis)onderwijs
        blijven dan nodig is. Uitgangspunt is dat een leerling thuisnabij terugkeert naar het reguliere
        onderwijs zodra zijn ontwikkeling dat toelaat en een reguliere school de benodigde ondersteuning
        kan bieden. Een terugplaatsing mag niet leiden tot een breuk in de ondersteuning: de ontvangende
        school krijgt voor ten minste een half jaar een terugplaatsingsarrangement met ambulante
        begeleiding vanuit de sbo- of so-school."""),
        P("""Het stappenplan voor terugplaatsing, waarin komt te staan wie het initiatief neemt en op welke
        momenten de mogelijkheid wordt bekeken, stellen wij in het schooljaar 2025-2026 samen met de
        sbo- en so-scholen op."""),
        H1("Ambities en beoogde resultaten"),
        P("""Voor de planperiode hebben wij vier ambities geformuleerd, elk met een beoogd resultaat voor
        leerlingen die extra ondersteuning nodig hebben."""),
        TB([["Ambitie", "Beoogd resultaat eind planperiode"],
            ["Meer leerlingen thuisnabij", "Het deelnamepercentage so daalt van 1,9% naar 1,6%."],
            ["Geen thuiszitters langer dan drie maanden", "Op 1 augustus 2029 is er geen enkele leerling die langer dan drie maanden thuiszit."],
            ["Snelle hulp", "95% van de TLV-aanvragen is binnen zes weken afgehandeld."],
            ["Tevreden ouders", "Ouders waarvan het kind een arrangement heeft, geven gemiddeld ten minste een 7,5."]]),
        P("""Hoe wij de voortgang op deze ambities gaan meten, welke bronnen wij gebruiken en aan wie wij
        daarover rapporteren, leggen wij vast in een monitoringskader dat in de loop van 2026 gereed
        moet zijn."""),
        H1("Communicatie"),
        P("""Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert
        met scholen via een maandelijkse nieuwsbrief en via de netwerken van intern begeleiders."""),
        P("""Ouders informeren wij over de ondersteuning in de regio via de ouderpagina op onze website,
        met uitleg over basisondersteuning, arrangementen en de route naar sbo en so. Iedere school
        beschrijft in haar schoolgids welke ondersteuning zij biedt en verwijst naar die pagina. Twee
        keer per jaar organiseren wij een informatieavond voor ouders van kinderen in groep 1 en 2, en
        de folder 'Passend onderwijs in Linge en Betuwe' ligt op iedere school en bij het
        consultatiebureau."""),
        P("""Een ouder- en jeugdsteunpunt voor onze regio is in voorbereiding. Zodra bekend is waar ouders
        met vragen of bij onenigheid terechtkunnen, volgt een aanvulling op dit plan."""),
        H1("Geld en middelen"),
        H2("Inkomsten"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning.
        Na aftrek van de afdrachten aan het so via DUO resteert het bedrag dat wij zelf verdelen."""),
        H2("Verdeling"),
        P("""Wij verdelen de middelen volgens een schoolmodel. Elk schoolbestuur ontvangt jaarlijks een
        bedrag per leerling van € 165, gebaseerd op het aantal leerlingen op 1 oktober van het voorgaande
        jaar, plus een vaste voet van € 6.000 per vestiging. Daarmee bekostigt het bestuur de
        basisondersteuning en de schoolarrangementen. De bovenschoolse voorzieningen en de
        observatiegroep worden centraal bekostigd. Het bestuur van het samenwerkingsverband stelt de
        bedragen jaarlijks vast bij de begroting, na advies van de algemene vergadering."""),
        H2("Meerjarenbegroting"),
        TB([["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Inkomsten ondersteuningsbudget", "9.420", "9.310", "9.190", "9.080"],
            ["Afdracht so via DUO", "-3.150", "-3.090", "-3.020", "-2.960"],
            ["Bedrag per leerling en vaste voet besturen", "-2.200", "-2.180", "-2.150", "-2.120"],
            ["Bovenschoolse voorzieningen en observatiegroep", "-1.640", "-1.640", "-1.620", "-1.600"],
            ["Sbo (groeiregeling en overdracht)", "-1.480", "-1.460", "-1.440", "-1.420"],
            ["Bureau en personeel", "-980", "-990", "-1.000", "-1.010"],
            ["Resultaat", "-30", "-50", "-40", "-30"]]),
        P("""De reserve bedraagt eind 2024 € 1,1 miljoen en blijft boven de signaleringswaarde. Het
        geplande negatieve resultaat wordt uit de reserve gedekt."""),
    ]
    b += oogo_inhoud(p) + governance(p) + opr(p) + personeel(p) + vaststelling(p)
    b += begrippen(BEGRIPPEN_PO)
    return b


LABEL1 = dict(
    documents=["po-lingebetuwe-2025.docx", "po-lingebetuwe-2025.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H. Basisondersteuning: verband-wide minimum for every vestiging + six standards; kwaliteitskaart as borging.",
           "plaatsing": "H. Toelaatbaarheid: Commissie Toelaatbaarheid, steps with termijnen, sbo/so criteria, two deskundigen, duur + categorie; no bezwaar route.",
           "terugstroom": "Subsection Terugplaatsing inside the TLV chapter gives policy (thuisnabij, arrangement after return); the procedure is deferred ('stellen wij in 2025-2026 op').",
           "financien": "H. Geld en middelen: schoolmodel € 165 per leerling + vaste voet, who sets it; meerjarenbegroting table 2025-2028.",
           "dekkend-aanbod": "Continuum table (niveaus 1-4) + H. Dekkend netwerk: yearly gap monitor, witte vlekken, thuiszitterstafel, doorzettingsmacht.",
           "resultaten": "Beoogde resultaten table with targets; how progress is measured/reported is deferred to a monitoringskader 'in de loop van 2026'.",
           "ouders": "H. Communicatie: website ouderpagina, schoolgids, folder, informatieavonden; independent steunpunt only 'in voorbereiding ... volgt'. OPR parents = betrokkenheid."},
)


# ===========================================================================
# PLAN 2: VO, docx + pdf
# ===========================================================================
P2 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kennemer Duin", kort="SWV VO Kennemer Duin",
          code="VO 92-11", sector="vo", periode="2025-2029", start=2025, eind=2029,
          gemeenten=["Duinrand", "Velsermeer", "Heemsloot", "Kennemerhout"], nscholen=21, nbesturen=7,
          nll="14.870", plaats="Velsermeer", bestuurder="J.P. (Jeroen) Kuipers MBA", datum="april 2025",
          oogo="4 maart 2025", opr_datum="1 april 2025", vast_datum="10 april 2025")


def plan2():
    p = P2
    ch = ["Voorwoord", "Dit plan in het kort", "Inleiding", "Onze regio", "Missie en visie", "Basisondersteuning",
          "Het ondersteuningsaanbod", "Thuiszitters en zorgplicht", "Toelaatbaarheid vso, lwoo en pro",
          "Doorlopende leerlijnen", "Communicatie en voorlichting", "Financieel beleid",
          "Samenwerking met gemeenten en jeugdhulp", "Organisatie en governance", "Medezeggenschap",
          "Personeel en professionalisering", "Informatievoorziening en privacy", "Kennisdeling en innovatie", "Bedrijfsvoering", "Planning en vaststelling",
          "Bijlage: Begrippenlijst"]
    b = [("title", f"Ondersteuningsplan {p['periode']}"), P(p["naam"] + " (" + p["code"] + ")"),
         P("Iedere jongere een passende plek")]
    b += toc(ch)
    b += voorwoord(p) + samenvatting(p) + inleiding(p) + regio(p) + visie(p, "Dat vraagt om resultaatgericht werken, zonder dat cijfers het gesprek over de jongere vervangen.")
    b += [
        H1("Basisondersteuning"),
        P("""Alle scholen in ons samenwerkingsverband bieden een gelijk, door de besturen afgesproken
        minimumniveau van basisondersteuning, op elke vestiging en in elke leerweg. Dat niveau is de
        ondergrens: een school kan meer bieden, maar nooit minder. Wat boven dat niveau uitgaat, heet in
        dit plan extra ondersteuning."""),
        P("""De concrete invulling van dat niveau – welke voorzieningen, interventies en expertise ouders en
        leerlingen op iedere school kunnen verwachten – leggen wij vast in de Kaart Basisondersteuning VO.
        Die kaart is in bewerking en wordt in het voorjaar van 2026 aan de ondersteuningsplanraad
        voorgelegd. Tot die tijd verwijzen wij naar de schoolgidsen van de scholen."""),
        H1("Het ondersteuningsaanbod"),
        P("""Ons ondersteuningsaanbod kent drie niveaus die op elkaar aansluiten. Samen vormen zij het
        samenhangend geheel van voorzieningen in en tussen de scholen."""),
        UL("""Niveau 1 – In de school: extra ondersteuning binnen de eigen school, boven op de
           basisondersteuning en afhankelijk van het profiel van de school, zoals een ondersteuningsklas, een rustruimte met begeleiding, faalangsttraining en coaching door
           de ondersteuningscoördinator. Elke school ontvangt daarvoor middelen voor lichte ondersteuning.""",
           """Niveau 2 – Bovenschools: het OPDC 'De Brug' in Velsermeer (plaats voor 60 leerlingen, maximaal
           één jaar, met als doel terugkeer naar een reguliere school of doorstroom naar een passende
           vervolgplek), de reboundvoorziening (kortdurend, 12 weken, voor leerlingen met ernstige
           gedragsproblemen) en de nieuwkomersvoorziening (ISK) voor jongeren die korter dan twee jaar in
           Nederland zijn.""",
           """Niveau 3 – Speciaal: het voortgezet speciaal onderwijs (twee vso-scholen cluster 4 en één
           cluster-3-school) en het praktijkonderwijs op twee locaties. Daarnaast plaatsen wij jaarlijks
           ongeveer 40 leerlingen op vso-scholen buiten de regio, vooral voor specifieke medische
           problematiek."""),
        P("""De toegang tot niveau 2 loopt via het Loket van het samenwerkingsverband. Een consulent
        bespreekt de vraag binnen tien werkdagen met de school, en het Loket besluit over plaatsing in het
        OPDC of de rebound. Daarnaast bieden wij onderwijs-zorgarrangementen voor jongeren die door
        psychiatrische problematiek tijdelijk geen volledig rooster kunnen volgen."""),
        H1("Thuiszitters en zorgplicht"),
        P("""Geen jongere hoort thuis te zitten. Toch zijn er in onze regio steeds jongeren die langer dan vier weken niet naar school gaan. Samen met de
        leerplichtambtenaren houden wij een gezamenlijke lijst bij die elke maand wordt geactualiseerd.
        Elke jongere op die lijst heeft binnen twee weken een casusregisseur, die met school, ouders,
        leerplicht en jeugdhulp een plan maakt. Lukt dat niet, dan schaalt de casusregisseur op naar de
        thuiszitterstafel, die elke zes weken bijeenkomt."""),
        P("""Bij het in kaart brengen van de thuiszitterslijst zien wij waar ons aanbod tekortschiet. In
        2024 bleek er een wachtlijst van drie maanden voor het OPDC en ontbrak een passende plek voor
        hoogbegaafde jongeren met een autismespectrumstoornis. Daarom breiden wij het OPDC in 2025 uit met
        vijftien plaatsen en starten wij in 2026 met een kleine havo/vwo-groep voor deze doelgroep. De
        schoolbesturen hebben afgesproken dat bij aanmelding van een leerling met een
        ondersteuningsbehoefte de zorgplicht ligt bij de school van aanmelding; lukt het niet binnen tien
        weken een plek te vinden, dan schakelt de school het Loket in."""),
        H1("Toelaatbaarheid vso, lwoo en pro"),
        H2("Vso"),
        P("""Een TLV voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling is
        ingeschreven of aangemeld. De school stuurt het groeidocument, het ontwikkelingsperspectief en de
        zienswijze van ouders en leerling naar de Commissie van Toelaatbaarheid (CvT). De CvT vraagt advies
        aan twee deskundigen: een orthopedagoog of GZ-psycholoog en, afhankelijk van de jongere, een tweede
        deskundige zoals een jeugdarts of maatschappelijk werker. Beide adviezen worden afzonderlijk en
        schriftelijk uitgebracht. De CvT besluit binnen zes weken na ontvangst van het volledige dossier en
        stuurt het besluit met de adviezen naar school en ouders."""),
        P("""De CvT weegt iedere aanvraag op haar eigen merites; een vaste set toelaatbaarheidscriteria
        voor het vso is in ontwikkeling. Een TLV wordt in de regel afgegeven voor twee schooljaren en
        vermeldt de bekostigingscategorie laag, midden of hoog."""),
        P("""Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband
        is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur
        adviseert over het bezwaar."""),
        H2("Lwoo en pro"),
        P("""Voor leerwegondersteunend onderwijs en praktijkonderwijs loopt de aanvraag via de vo-school van
        aanmelding. De basisschool levert in groep 8 het onderwijskundig rapport en de
        toetsgegevens aan; de vo-school vult het aanvraagformulier in en dient het vóór 1 maart in bij de
        CvT. De CvT besluit vóór 1 mei, zodat de jongere op tijd weet waar hij aan toe is. De criteria voor
        lwoo en pro zijn opgenomen in de Regeling lwoo en pro (bijlage 3)."""),
        H1("Doorlopende leerlijnen"),
        P("""De overstap van de basisschool naar het voortgezet onderwijs is een kwetsbaar moment. Met het
        PO-samenwerkingsverband hebben wij een overstapkalender afgesproken. Scholen voeren een warme
        overdracht voor iedere leerling met een ondersteuningsbehoefte; de doorstroom van PO naar VO
        verloopt zo zonder onnodig verlies van informatie. Ook voor de overstap van vmbo naar mbo maken wij
        afspraken met de mbo-instellingen in de regio, zoals een gezamenlijke warme overdracht en een
        loopbaangesprek in het laatste leerjaar. Uitstroom naar arbeid wordt begeleid door de
        praktijkscholen, in samenwerking met het werkgeversservicepunt."""),
        H1("Communicatie en voorlichting"),
        P("""Het samenwerkingsverband communiceert actief en in begrijpelijke taal. Scholen ontvangen
        tweemaandelijks een nieuwsbrief; besturen worden via de algemene vergadering geïnformeerd."""),
        P("""Ouders en leerlingen informeren wij over het ondersteuningsaanbod via de website, met een apart
        deel voor ouders en een deel voor jongeren, via de ouderbrochure 'Van groep 8 naar de brugklas',
        die op alle basisscholen wordt uitgedeeld, en via een informatieavond in november voor ouders van
        leerlingen in groep 8. Elke vo-school beschrijft in de schoolgids welke ondersteuning zij biedt en
        wie de ondersteuningscoördinator is."""),
        P("""Wie vragen heeft of het niet eens is met de school of met het samenwerkingsverband, kan terecht
        bij het Ouder- en Jeugdsteunpunt Kennemer Duin. Het steunpunt werkt onafhankelijk van de
        schoolbesturen en het samenwerkingsverband, is bereikbaar via telefoon, e-mail en een wekelijks
        inloopspreekuur in de bibliotheek van Velsermeer, en kan meegaan naar gesprekken op school. Ouders
        kunnen daarnaast gratis een beroep doen op Onderwijsconsulenten. Voor geschillen over toelating,
        verwijdering en het ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie
        passend onderwijs; klachten over het samenwerkingsverband zelf worden behandeld volgens de
        klachtenregeling."""),
        H1("Financieel beleid"),
        P("""Het samenwerkingsverband verdeelt de middelen volgens een verdeelmodel dat in 2024 met de
        schoolbesturen is herzien. Uitgangspunten zijn: geld volgt de leerling, scholen kunnen meerjarig
        plannen en de verdeling is eenvoudig uit te leggen."""),
        UL("""Lichte ondersteuning: elk bestuur ontvangt per leerling op de teldatum een bedrag van € 145,
           plus € 80 per lwoo-leerling, om de basis- en extra ondersteuning in de school te bekostigen.""",
           """Bovenschoolse voorzieningen (OPDC, rebound, ISK) worden centraal bekostigd op basis van een
           vast aantal plaatsen.""",
           """Vso en pro: de afdrachten via DUO komen voor rekening van het samenwerkingsverband; bij
           groei boven de teldatum van 1 oktober wordt groeibekostiging betaald volgens de peildatum van
           1 februari.""",
           """Het bestuur van het samenwerkingsverband stelt het verdeelmodel vast na instemming van de
           ondersteuningsplanraad; schoolbesturen leggen jaarlijks verantwoording af over de besteding in een
           korte verantwoordingsrapportage."""),
        TB([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Baten ondersteuningsbudget", "12.850", "12.790", "12.700", "12.610"],
            ["Baten lwoo en pro", "7.210", "7.180", "7.150", "7.110"],
            ["Afdrachten vso en pro (DUO)", "-8.940", "-8.900", "-8.860", "-8.820"],
            ["Lichte ondersteuning naar besturen", "-5.980", "-5.950", "-5.920", "-5.890"],
            ["OPDC, rebound en ISK", "-3.120", "-3.180", "-3.180", "-3.180"],
            ["Onderwijs-zorgarrangementen", "-560", "-560", "-540", "-540"],
            ["Bureau, Loket en CvT", "-1.390", "-1.410", "-1.430", "-1.450"],
            ["Saldo", "70", "-30", "-80", "-160"]]),
    ]
    b += oogo_inhoud(p) + governance(p) + opr(p) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + vaststelling(p)
    b += begrippen(BEGRIPPEN_VO)
    return b


LABEL2 = dict(
    documents=["vo-kennemerduin-2025.docx", "vo-kennemerduin-2025.pdf"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H. Basisondersteuning states the agreed minimum for all vestigingen, but the content is deferred to a 'Kaart Basisondersteuning VO' (voorjaar 2026) / schoolgidsen.",
           "plaatsing": "Vso procedure (CvT, two deskundigen, 6 weeks, bezwaar LBT) and lwoo/pro procedure with dates; vso criteria 'in ontwikkeling', lwoo/pro criteria only in absent bijlage 3.",
           "terugstroom": "No terugplaatsing content; only the begrippenlijst entry and PO-VO/vmbo-mbo doorstroom and OPDC 'terugkeer' (near-misses).",
           "financien": "H. Financieel beleid: verdeelmodel bullets (€ 145 per leerling, € 80 per lwoo) + meerjarenbegroting only as a table; verantwoordingsrapportage.",
           "dekkend-aanbod": "H. Het ondersteuningsaanbod (niveaus 1-3, OPDC/rebound/ISK/vso/pro) + H. Thuiszitters en zorgplicht (lijst, thuiszitterstafel, gaps and actions).",
           "resultaten": "No intended results or monitoring anywhere; only 'resultaatgericht' in visie and a begrippenlijst entry.",
           "ouders": "Inside H. Communicatie en voorlichting: website, brochure, infoavond, schoolgids; independent OJSP, Onderwijsconsulenten, Geschillencommissie."},
)


# ===========================================================================
# PLAN 3: PO, html web version
# ===========================================================================
P3 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Heuvelland-Noord", kort="SWV Heuvelland-Noord",
          code="PO 93-02", sector="po", periode="2025-2029", start=2025, eind=2029,
          gemeenten=["Berghem", "Valkenrade", "Geulzicht"], nscholen=44, nbesturen=5, nll="7.960",
          plaats="Berghem", bestuurder="L. (Loes) Hendrix-Wolters", datum="februari 2025",
          oogo="28 januari 2025", opr_datum="25 februari 2025", vast_datum="5 maart 2025")


def plan3():
    p = P3
    ch = ["Voorwoord", "Dit plan in het kort", "Inleiding", "Onze regio", "Missie en visie", "Terugblik 2021-2025",
          "Wat elke school biedt", "Het ondersteuningsaanbod", "Toelaatbaarheid en terugplaatsing",
          "Resultaten en kwaliteitszorg", "Ouders", "Financiën", "Samenwerking met gemeenten en jeugdhulp",
          "Organisatie en governance", "Medezeggenschap", "Personeel en professionalisering",
          "Kennisdeling en innovatie", "Bedrijfsvoering", "Planning en vaststelling", "Bijlage: Begrippenlijst"]
    b = [("title", f"Ondersteuningsplan {p['periode']}"), P(p["naam"] + " (" + p["code"] + ") – webversie")]
    b += toc(ch)
    b += voorwoord(p) + samenvatting(p) + inleiding(p) + regio(p) + visie(p)
    b += [
        H1("Terugblik 2021-2025"),
        P("""In de vorige planperiode stonden drie doelen centraal: minder verwijzingen naar het speciaal
        onderwijs, snellere toewijzing en meer tevredenheid bij scholen. Het deelnamepercentage so daalde
        van 2,3% (1 oktober 2020) naar 2,0% (1 oktober 2024), het deelnamepercentage sbo bleef stabiel op
        2,4%. De gemiddelde doorlooptijd van een TLV-aanvraag daalde van negen naar vijf weken. De
        tevredenheid van scholen over de ondersteuning door het samenwerkingsverband steeg van een 6,8
        naar een 7,6. Het doel om het aantal terugplaatsingen te verdubbelen is niet gehaald: het
        bleef rond de negen per jaar."""),
        H1("Wat elke school biedt"),
        P("""In Heuvelland-Noord hebben de besturen afgesproken welke basisondersteuning iedere school, op
        iedere vestiging, minimaal biedt. Dit is het niveau waarop ouders kunnen rekenen, ongeacht de
        school die zij kiezen. De afspraken staan in onderstaande tabel."""),
        TB([["Thema", "Wat u op elke school mag verwachten"],
            ["Ondersteuningsstructuur", "Een intern begeleider, een ondersteuningsteam met een orthopedagoog van het SWV, vaste overlegmomenten met ouders"],
            ["Lezen en spelling", "Werken volgens het dyslexieprotocol, signalering in groep 2 en 3, extra leestijd in kleine groep"],
            ["Rekenen", "Signalering en extra instructie volgens het protocol dyscalculie"],
            ["Gedrag", "Een schoolbrede gedragsaanpak, anti-pestprotocol, korte begeleidingstrajecten"],
            ["Meer- en hoogbegaafdheid", "Signalering, compacten en verrijken in de groep"],
            ["Taal en NT2", "Extra taalaanbod voor kinderen met een taalachterstand of een andere thuistaal"],
            ["Medisch", "Protocol medisch handelen, samenwerking met de jeugdarts"]]),
        P("""Scholen beschrijven in hun schoolgids hoe zij deze afspraken invullen. Het samenwerkingsverband
        bekijkt tijdens het jaarlijkse schoolgesprek of de afspraken worden nagekomen."""),
        H1("Het ondersteuningsaanbod"),
        P("""Als de basisondersteuning niet genoeg is, zijn er in de regio verschillende vormen van extra
        ondersteuning. Samen vormen zij een doorlopend aanbod van licht naar intensief:"""),
        UL("Een arrangement in de eigen groep, met extra begeleiding of expertise van buiten de school.",
           "De plusklas op vier locaties voor kinderen die meer uitdaging nodig hebben (een dagdeel per week).",
           "De taalklas in Berghem voor nieuwkomers (maximaal een jaar, daarna naar de eigen basisschool).",
           "De observatiegroep 'Het Kompas' voor jonge kinderen van wie de ondersteuningsvraag nog onduidelijk is (maximaal zestien weken).",
           "Het speciaal basisonderwijs: sbo De Wingerd en sbo Het Talent.",
           "Het speciaal onderwijs cluster 3 en 4: drie scholen in de regio en een aantal plekken daarbuiten."),
        P("""Een consulent van het samenwerkingsverband denkt met de school mee over de best passende vorm.
        Een analyse van witte vlekken in dit aanbod en een aanpak voor thuiszitters volgen na de evaluatie
        van het lopende thuiszittersconvenant; te zijner tijd informeren wij de ondersteuningsplanraad
        daarover."""),
        H1("Toelaatbaarheid en terugplaatsing"),
        H2("Wanneer is een leerling toelaatbaar?"),
        P("""De stappen van de aanvraag, het loket en de beslistermijnen vindt u in de routekaart op onze
        website (www.swv-heuvellandnoord.nl/routekaart). Hieronder staan de criteria die bepalen of een
        leerling toelaatbaar is."""),
        TB([["Voorziening", "Een leerling is toelaatbaar als"],
            ["Sbo", "de basisondersteuning en ten minste één arrangement aantoonbaar zijn ingezet en geëvalueerd; de leerling een achterstand heeft van meer dan een jaar op ten minste twee vakgebieden of ernstige gedragsproblemen in de groep; en de leerling een kleinere groep met specialistische begeleiding nodig heeft"],
            ["So cluster 3", "de leerling zeer moeilijk lerend is (IQ lager dan 55) of een lichamelijke of meervoudige beperking heeft waardoor hij is aangewezen op specialistische zorg en begeleiding gedurende de schooldag"],
            ["So cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft die ook met sbo-ondersteuning niet tot een veilig leerklimaat leidt"]]),
        P("""Een TLV voor het sbo is geldig tot het einde van de basisschoolperiode; een TLV voor het so
        wordt afgegeven voor ten hoogste drie schooljaren."""),
        H2("Na de TLV: terug naar de basisschool"),
        P("""Wij vinden dat kinderen zo thuisnabij mogelijk naar school moeten kunnen. Als een kind zich in
        het sbo of so zo heeft ontwikkeld dat het met ondersteuning weer naar een reguliere school kan,
        dan streven wij naar terugplaatsing. Voorwaarden zijn dat de ontvangende school de benodigde
        ondersteuning kan bieden en dat ouders instemmen. Na de overstap ontvangt de basisschool een
        terugplaatsingsarrangement van een jaar: ambulante begeleiding door de leerkracht van het sbo of
        so, en extra formatie van vier uur per week."""),
        P("""De sbo- of so-school bespreekt bij iedere jaarlijkse evaluatie van het ontwikkelingsperspectief
        of terugplaatsing mogelijk is. In het laatste jaar van de TLV neemt de school uiterlijk in januari
        contact op met de consulent van het samenwerkingsverband. Samen met ouders wordt dan besloten of
        de leerling terugkeert, of dat een verlenging van de TLV nodig is. Bij terugkeer zoekt de consulent
        met ouders een passende basisschool en wordt een proefperiode van zes weken afgesproken, waarna de
        inschrijving definitief wordt. De TLV eindigt op 31 juli van het laatste jaar."""),
        H1("Resultaten en kwaliteitszorg"),
        P("""Voor de komende planperiode hebben wij de volgende resultaten beoogd voor leerlingen die extra
        ondersteuning nodig hebben:"""),
        TB([["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
            ["Deelnamepercentage so", "2,0%", "1,8%"],
            ["Deelnamepercentage sbo", "2,4%", "2,2%"],
            ["Terugplaatsingen uit sbo/so per jaar", "9", "15"],
            ["Doorlooptijd TLV-aanvraag", "5 weken", "4 weken"],
            ["Tevredenheid ouders over arrangementen", "7,1", "7,5"]]),
        P("""Wij volgen deze indicatoren in een dashboard dat ieder kwartaal wordt bijgewerkt met gegevens
        uit DUO en de registratie van het loket. Eens per jaar
        houden wij een tevredenheidspeiling onder ouders en scholen. De directeur-bestuurder rapporteert
        de bereikte resultaten twee keer per jaar aan de raad van toezicht en jaarlijks in het jaarverslag,
        dat ook met de ondersteuningsplanraad wordt besproken. Blijven resultaten achter, dan worden in het
        volgende jaarplan maatregelen opgenomen."""),
        H1("Ouders"),
        P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij worden betrokken bij het
        opstellen en evalueren van het ontwikkelingsperspectief en zijn uitgenodigd bij elk
        ondersteuningsteam waarin hun kind wordt besproken."""),
        P("""Over het ondersteuningsaanbod informeren wij ouders via de ouderpagina op onze website, de
        folder 'Passend onderwijs in Heuvelland-Noord' (in het Nederlands, Engels, Arabisch en Pools) die
        op alle scholen en consultatiebureaus ligt, en een informatieavond per gemeente in het najaar.
        Iedere school vermeldt in de schoolgids haar ondersteuning en de contactgegevens van het
        samenwerkingsverband."""),
        P("""Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt
        Heuvelland, dat niet onder het samenwerkingsverband valt, en bij Onderwijsconsulenten. Zijn ouders
        het niet eens met een besluit over een TLV, dan kunnen zij bezwaar maken bij het
        samenwerkingsverband; het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie.
        Klachten worden behandeld volgens de klachtenregeling."""),
        H1("Financiën"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De begroting
        2025 en de meerjarenbegroting 2025-2028, inclusief het verdeelmodel, vindt u in bijlage 4
        'Financieel kader'. De accountant controleert jaarlijks de jaarrekening."""),
    ]
    b += oogo_inhoud(p) + governance(p) + opr(p) + personeel(p) + kennisdeling(p) + bedrijfsvoering(p) + vaststelling(p)
    b += begrippen(BEGRIPPEN_PO)
    return b


LABEL3 = dict(
    documents=["po-heuvelland-2025.html"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H. 'Wat elke school biedt': agreed minimum for every vestiging; content only in the table; yearly schoolgesprek.",
           "plaatsing": "Criteria table sbo/so + TLV duration; the procedure (steps, loket, termijnen) is only referred to the routekaart on the website.",
           "terugstroom": "Subsection 'Na de TLV' inside the TLV chapter: policy (thuisnabij, conditions, arrangement) + procedure (yearly OPP evaluation, January contact, decision, proefperiode, end 31 July).",
           "financien": "H. Financiën only refers to absent bijlage 4; 'middelen'/'jaarrekening' mentions carry no verdeling or begroting.",
           "dekkend-aanbod": "H. Het ondersteuningsaanbod lists the continuum; gap analysis and thuiszitters approach deferred ('volgen na de evaluatie ... te zijner tijd').",
           "resultaten": "H. Resultaten en kwaliteitszorg: indicator table with nulmeting/streefwaarde + quarterly dashboard, RvT, jaarverslag; Terugblik gives achieved figures.",
           "ouders": "H. Ouders: website, multilingual folder, infoavonden, schoolgids; OJSP Heuvelland, Onderwijsconsulenten, bezwaar/klachten."},
)


# ===========================================================================
# PLAN 4: VO, markdown, 'op hoofdlijnen'
# ===========================================================================
P4 = dict(naam="Samenwerkingsverband VO Eemvallei-Zuid", kort="SWV Eemvallei-Zuid",
          code="VO 94-05", sector="vo", periode="2025-2029", start=2025, eind=2029,
          gemeenten=["Eemstede", "Hoevelaken-Oost", "Woudenveld"], nscholen=16, nbesturen=6, nll="10.420",
          plaats="Eemstede", bestuurder="drs. R. (Rachid) el Amrani", datum="maart 2025",
          oogo="19 februari 2025", opr_datum="20 maart 2025", vast_datum="27 maart 2025")


def plan4():
    p = P4
    ch = ["Voorwoord", "Dit plan in het kort", "Inleiding", "Onze regio", "Missie en visie", "Terugblik", "Koers op hoofdlijnen",
          "Toelaatbaarheid en vso", "Thuiszitters en verzuim", "Doelen en monitoring", "Financiën",
          "Overleg met gemeenten", "Organisatie en governance", "Medezeggenschap",
          "Personeel en professionalisering", "Informatievoorziening en privacy", "Kennisdeling en innovatie", "Bedrijfsvoering", "Planning en vaststelling",
          "Bijlage: Begrippenlijst"]
    b = [("title", f"Ondersteuningsplan {p['periode']} – op hoofdlijnen"), P(p["naam"] + " (" + p["code"] + ")")]
    b += toc(ch)
    b += voorwoord(p) + samenvatting(p) + inleiding(p) + regio(p) + visie(p)
    b += [
        H1("Terugblik"),
        P("""De evaluatie van het vorige plan liet zien dat de scholen de samenwerking waarderen, maar dat
        het plan te veel beloofde. Van de twaalf speerpunten zijn er vijf volledig gerealiseerd. Het aantal
        jongeren in het vso daalde van 412 naar 389; het aantal thuiszitters bleef met gemiddeld achttien
        per teldatum te hoog. Daarom kiest dit plan voor minder doelen, die wij wel meetbaar maken."""),
        H1("Koers op hoofdlijnen"),
        P("""Dit plan is een beleidsplan op hoofdlijnen. De scholen bepalen zelf hoe zij de ondersteuning
        organiseren; het samenwerkingsverband beschrijft het wat. Wat scholen aan basisondersteuning bieden,
        bepalen zij vooralsnog zelf. Een gezamenlijk niveau van basisondersteuning voor alle scholen
        spreken de besturen in de loop van 2026 af."""),
        P("""Ook het overzicht van het ondersteuningsaanbod in en tussen de scholen maken wij niet langer
        in dit plan op. Een actueel overzicht staat op de sociale kaart op onze website
        (www.swv-eemvallei-zuid.nl/aanbod), zodat wijzigingen niet tot een nieuw plan hoeven te leiden."""),
        P("""In de komende vier jaar richten wij ons op drie koersen: thuiszitters terug naar onderwijs,
        een kortere weg naar de juiste plek, en versterking van de leraar in de klas. De uitwerking per
        jaar staat in de jaarplannen, die telkens met de ondersteuningsplanraad worden besproken."""),
        P("""Voor scholen betekent deze koers dat zij meer ruimte krijgen om zelf keuzes te maken, en dat het
        samenwerkingsverband minder vaak vooraf toetst. Daar staat tegenover dat wij scholen vragen open te
        zijn over hun werkwijze en hun ervaringen te delen in de netwerken van ondersteuningscoördinatoren.
        De directeuren van de scholen bespreken de voortgang van de koersen twee keer per jaar in het
        directeurenoverleg, dat ook de agenda voor de kennismarkten voorbereidt."""),
        H1("Toelaatbaarheid en vso"),
        P("""De procedures en criteria voor toelaatbaarheid tot het vso, voor de aanwijzing voor lwoo en voor
        de toelaatbaarheid tot het praktijkonderwijs zijn vastgelegd in de afzonderlijke Regeling
        toelaatbaarheid, die te vinden is op www.swv-eemvallei-zuid.nl/regelingen."""),
        H2("Afloop van de TLV"),
        P("""Elke TLV voor het vso heeft een einddatum, altijd 31 juli van een schooljaar. In het laatste
        schooljaar van de TLV evalueert de vso-school het ontwikkelingsperspectief op twee vaste momenten:
        in oktober en in maart. Bij beide evaluaties is de consulent van het samenwerkingsverband
        aanwezig. Na de evaluatie in maart stelt de vso-school vast of de leerling naar een school voor
        regulier voortgezet onderwijs kan overstappen; zo ja, dan meldt de vso-school de leerling vóór
        1 april aan bij de vo-school van keuze en stuurt zij het onderwijskundig rapport mee. Zo nee, dan
        volgt een verlenging volgens de Regeling toelaatbaarheid."""),
        H1("Thuiszitters en verzuim"),
        P("""Thuiszitters zijn het grootste knelpunt in ons dekkend aanbod. Wij werken daarom met een
        regionale thuiszittersaanpak, afgesproken met de leerplichtafdelingen van de drie gemeenten."""),
        UL("""Signaleren: scholen melden elke jongere die vier weken of langer geheel of gedeeltelijk
           verzuimt bij leerplicht en bij het samenwerkingsverband. Leerplicht en samenwerkingsverband
           houden één gezamenlijke registratie bij.""",
           """Bespreken: binnen tien schooldagen na de melding bespreekt de thuiszitterstafel de jongere,
           met school, leerplicht, jeugdhulp en een consulent. Er wordt één casusregisseur aangewezen.""",
           """Doorzetten: komt er binnen zes weken geen passende plek, dan beslist de directeur-bestuurder
           op grond van de doorzettingsmacht die de besturen hem hebben gegeven.""",
           """Leren: twee keer per jaar analyseren wij de registratie op patronen, zoals wachtlijsten,
           ontbrekend aanbod of leeftijdsgroepen die vaak uitvallen. De analyse leidt tot concrete acties
           in het jaarplan; in 2024 leidde dit tot extra plekken voor jongeren met angstklachten."""),
        P("""De zorgplicht blijft bij het bestuur waar de jongere is ingeschreven of aangemeld. Kan een
        school binnen tien weken na aanmelding geen passende plek bieden, dan schakelt zij het
        samenwerkingsverband in."""),
        H1("Doelen en monitoring"),
        P("""Wij hebben voor leerlingen met een ondersteuningsbehoefte vier doelen geformuleerd voor de
        periode 2025-2029:"""),
        UL("Doel 1: het aantal jongeren dat langer dan drie maanden thuiszit daalt van 18 naar maximaal 6.",
           "Doel 2: 90% van de jongeren met een ondersteuningsbehoefte stroomt uit met een diploma of een passende vervolgplek (nulmeting 2024: 82%).",
           "Doel 3: de tijd tussen melding en plek in de juiste voorziening is maximaal acht weken (2024: gemiddeld dertien weken).",
           "Doel 4: het aandeel jongeren in het vso daalt van 3,7% naar 3,4% van het totaal."),
        P("""De voortgang volgen wij met een dashboard dat gevoed wordt met DUO-gegevens, de
        thuiszittersregistratie en de registratie van de Commissie van Toelaatbaarheid. Het dashboard
        wordt ieder halfjaar besproken in de algemene vergadering en met de ondersteuningsplanraad. In het
        jaarverslag rapporteren wij per doel de bereikte waarde en de inzet van middelen. Halverwege de
        planperiode, in 2027, laten wij een externe tussenevaluatie uitvoeren."""),
        H1("Financiën"),
        H2("Verdeling van de middelen"),
        P("""De middelen worden verdeeld volgens het volgende verdeelmodel, dat het bestuur jaarlijks
        vaststelt na advies van de algemene vergadering:"""),
        TB([["Onderdeel", "Verdeelsleutel"],
            ["Middelen lichte ondersteuning", "€ 152 per leerling op de teldatum 1 oktober, rechtstreeks naar het schoolbestuur"],
            ["Lwoo", "Bedrag per lwoo-leerling volgens de landelijke bekostiging, doorbetaald aan de vmbo-scholen"],
            ["Vso en pro", "Afdracht via DUO op basis van het aantal leerlingen op 1 oktober; groeibekostiging op 1 februari"],
            ["Thuiszittersaanpak", "Centraal budget; inzet per jongere op besluit van de thuiszitterstafel"]]),
        H2("Meerjarenbegroting"),
        P("""Meerjarenbegroting: p.m. — volgt na vaststelling van de begroting 2026 door het bestuur."""),
    ]
    b += oogo_procedureel(p) + governance(p) + opr(p, met_ouders=False) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + vaststelling(p)
    b += begrippen(BEGRIPPEN_VO)
    return b


LABEL4 = dict(
    documents=["vo-eemvallei-2025.md"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Koers op hoofdlijnen: schools decide themselves 'vooralsnog'; a common level is deferred to 'in de loop van 2026'. Only the begrippenlijst defines it.",
           "plaatsing": "Procedures and criteria for vso/lwoo/pro referred to a separate Regeling on the website; nothing in the body.",
           "terugstroom": "Subsection 'Afloop van de TLV': steps, evaluation moments, who decides, end 31 July; no policy aims, conditions or support after return.",
           "financien": "Verdeelmodel table (per leerling, lwoo, vso/pro, who sets it); meerjarenbegroting 'p.m. — volgt'.",
           "dekkend-aanbod": "H. Thuiszitters en verzuim: registration, thuiszitterstafel, doorzettingsmacht, gap analysis; continuum only on the website sociale kaart.",
           "resultaten": "H. Doelen en monitoring: four measurable goals + dashboard, halfjaarlijkse bespreking, jaarverslag, tussenevaluatie.",
           "ouders": "No information channels or independent support; only passing mentions ('ouders' in visie/voorwoord) and OJSP in the begrippenlijst."},
)


# ===========================================================================
# PLAN 5: PO, pdf only
# ===========================================================================
P5 = dict(naam="Samenwerkingsverband Primair Onderwijs Zeeklei", kort="SWV Zeeklei",
          code="PO 95-08", sector="po", periode="2024-2028", start=2024, eind=2028,
          gemeenten=["Kleidijk", "Oostpolder", "Havenzijl", "Mosselkerke"], nscholen=49, nbesturen=8, nll="8.730",
          plaats="Kleidijk", bestuurder="A.C. (Anneke) de Visser-Jansen", datum="maart 2024",
          oogo="13 februari 2024", opr_datum="12 maart 2024", vast_datum="21 maart 2024")


def plan5():
    p = P5
    ch = ["Voorwoord", "Dit plan in het kort", "Inleiding", "Onze regio", "Missie en visie", "Basisondersteuning",
          "Toelaatbaarheidsverklaringen", "Terug naar de basisschool", "Kwaliteitszorg", "Ouders",
          "Financiën", "Overleg met gemeenten", "Organisatie en governance", "Medezeggenschap",
          "Personeel en professionalisering", "Informatievoorziening en privacy", "Kennisdeling en innovatie", "Bedrijfsvoering", "Planning en vaststelling",
          "Bijlage: Begrippenlijst"]
    b = [("title", f"Ondersteuningsplan {p['periode']}"), P(p["naam"] + " (" + p["code"] + ")")]
    b += toc(ch)
    b += voorwoord(p) + samenvatting(p) + inleiding(p) + regio(p)
    b += visie(p, """Het samenwerkingsverband heeft de wettelijke opdracht een samenhangend geheel van
        ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren. Het overzicht van die
        voorzieningen en de aanpak van thuiszitters nemen wij op in het jaarplan 2024-2025.""")
    b += [
        H1("Basisondersteuning"),
        P("""De schoolbesturen in Zeeklei hebben een gemeenschappelijk niveau van basisondersteuning
        afgesproken. Dat niveau geldt voor alle scholen en alle vestigingen van het samenwerkingsverband;
        het is de ondersteuning die elk kind op elke school krijgt als het dat nodig heeft. Iedere school
        biedt in elk geval:"""),
        UL("een intern begeleider en een ondersteuningsteam waaraan een orthopedagoog deelneemt;",
           "een leerlingvolgsysteem en drie groepsbesprekingen per jaar;",
           "een ontwikkelingsperspectiefplan voor leerlingen die op een eigen leerlijn werken;",
           "een dyslexie- en een dyscalculieprotocol met begeleiding in kleine groepjes;",
           "een aanpak voor sociale veiligheid en een anti-pestcoördinator;",
           "aanbod voor kinderen die meer aankunnen (verrijking in de klas);",
           "een protocol medisch handelen en afspraken met de jeugdverpleegkundige."),
        P("""Scholen leggen in hun jaarverslag aan het eigen bestuur verantwoording af over hoe zij dit niveau
        waarmaken. Eens per jaar bezoekt een
        consulent elke school voor een gesprek over de basisondersteuning."""),
        H1("Toelaatbaarheidsverklaringen"),
        P("""Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een
        toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De route is als volgt."""),
        UL("""1. De school bespreekt de leerling in het ondersteuningsteam, waarbij ouders aanwezig zijn, en
           stelt het groeidocument op.""",
           """2. Het schoolbestuur dient de aanvraag in bij het Loket Toewijzing van het
           samenwerkingsverband, met het groeidocument, het ontwikkelingsperspectiefplan en de zienswijze
           van ouders.""",
           """3. Twee deskundigen beoordelen de aanvraag afzonderlijk: een orthopedagoog of psycholoog en een
           tweede deskundige die past bij de vraag van het kind (kinderarts, maatschappelijk werker of
           kinderpsychiater).""",
           """4. De Commissie Toewijzing besluit binnen vijf weken na ontvangst van de complete aanvraag en
           stuurt het besluit en de adviezen naar school en ouders."""),
        P("""De Commissie Toewijzing geeft een TLV sbo af als de school aantoonbaar de basisondersteuning en
        een arrangement heeft ingezet, de leerling structureel onvoldoende profiteert van het onderwijs in
        een reguliere groep (blijkend uit het groeidocument over ten minste twee evaluatieperiodes) en de
        leerling een groep van maximaal zestien leerlingen met een orthopedagogisch klimaat nodig heeft.
        Een TLV so wordt afgegeven als de leerling daarnaast intensieve specialistische begeleiding of zorg
        nodig heeft gedurende de gehele schooldag, vanwege een verstandelijke, lichamelijke of meervoudige
        beperking (cluster 3) of ernstige gedrags- of psychiatrische problematiek (cluster 4)."""),
        P("""Een TLV so wordt afgegeven voor twee schooljaren met bekostigingscategorie laag, midden of hoog.
        Een TLV sbo loopt tot het einde van de basisschool. Ouders die het niet eens zijn met het besluit,
        kunnen binnen zes weken bezwaar maken; het samenwerkingsverband vraagt dan advies aan de Landelijke
        Bezwaaradviescommissie."""),
        H1("Terug naar de basisschool"),
        P("""Wij willen dat een plaatsing in het sbo of so geen eindstation is. Een leerling gaat terug naar
        een reguliere basisschool als het ontwikkelingsperspectief laat zien dat het kind daar met de
        basisondersteuning en eventueel een arrangement verder kan, en als ouders en kind daar klaar voor
        zijn. De ontvangende school krijgt een terugplaatsingsarrangement van maximaal een schooljaar,
        waarin een leerkracht van de sbo- of so-school de school coacht."""),
        P("""De sbo- en so-scholen bespreken elk jaar in het voorjaar bij de evaluatie van het OPP of
        terugplaatsing aan de orde is. Het initiatief ligt bij de sbo- of so-school; ook ouders kunnen
        erom vragen. Zes maanden voor het einde van een TLV so vindt altijd een overleg plaats met ouders,
        de so-school en de consulent van het samenwerkingsverband. De Commissie Toewijzing besluit dan over
        verlenging of terugplaatsing."""),
        H1("Kwaliteitszorg"),
        P("""Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Ieder kwartaal verzamelt het
        bureau gegevens over het aantal aanvragen, de doorlooptijd van TLV-aanvragen, het deelnamepercentage
        sbo en so op 1 oktober, en het aantal terugplaatsingen. Deze gegevens worden
        in een kwartaalrapportage aan het bestuur en de raad van toezicht voorgelegd. Jaarlijks houden wij
        een tevredenheidsonderzoek onder scholen. In het jaarverslag rapporteren wij de bereikte cijfers en
        vergelijken wij deze met het landelijk gemiddelde."""),
        P("""De beoogde resultaten voor deze planperiode formuleren wij na de nulmeting in het voorjaar van
        2024 en nemen wij op in het jaarplan."""),
        H1("Ouders"),
        P("""Ouders zijn partners in de ondersteuning van hun kind. Zij zijn aanwezig bij het
        ondersteuningsteam en geven hun zienswijze bij iedere aanvraag."""),
        P("""Hoe wij ouders voortaan informeren over het ondersteuningsaanbod in de regio, werken wij uit in
        het communicatieplan 2024-2025."""),
        P("""Ouders die onafhankelijk advies willen of het niet eens zijn met de school, kunnen contact
        opnemen met het Ouder- en Jeugdsteunpunt Zeeklei (telefonisch bereikbaar op werkdagen van 9.00 tot
        17.00 uur) of met Onderwijsconsulenten. Beide werken los van de scholen en het
        samenwerkingsverband. Daarnaast kunnen ouders een klacht indienen bij de klachtencommissie waarbij
        het samenwerkingsverband is aangesloten."""),
        H1("Financiën"),
        P("""Het huidige verdeelmodel wordt in het schooljaar 2024-2025 herzien. De nieuwe verdeelsleutel en
        de criteria voor toekenning van middelen aan de schoolbesturen volgen na besluitvorming in de
        algemene vergadering."""),
        P("""De meerjarenbegroting hieronder laat zien waaraan de middelen worden besteed."""),
        TB([["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
            ["Baten zware ondersteuning", "6.410", "6.350", "6.290", "6.220"],
            ["Baten lichte ondersteuning", "1.160", "1.150", "1.140", "1.130"],
            ["Afdracht so (DUO)", "-2.890", "-2.860", "-2.830", "-2.800"],
            ["Sbo: groeiregeling en overdracht", "-1.230", "-1.210", "-1.200", "-1.180"],
            ["Middelen naar schoolbesturen", "-2.150", "-2.150", "-2.120", "-2.100"],
            ["Terugplaatsingsarrangementen", "-120", "-140", "-160", "-160"],
            ["Loket, Commissie Toewijzing en consulenten", "-940", "-960", "-980", "-990"],
            ["Overig bureau", "-310", "-310", "-310", "-310"],
            ["Saldo", "-70", "-130", "-170", "-190"]]),
        P("""De tekorten worden gedekt uit de reserve, die eind 2023 € 2,4 miljoen bedroeg en daarmee boven
        de signaleringswaarde lag."""),
    ]
    b += oogo_procedureel(p) + governance(p) + opr(p) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + vaststelling(p)
    b += begrippen(BEGRIPPEN_PO)
    return b


LABEL5 = dict(
    documents=["po-zeeklei-2024.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H. Basisondersteuning: common level for all vestigingen + list of seven provisions; yearly consulent visit.",
           "plaatsing": "H. Toelaatbaarheidsverklaringen: numbered route, Loket/Commissie Toewijzing, 5 weeks, sbo and so criteria, deskundigen, duur/categorie, bezwaar.",
           "terugstroom": "H. Terug naar de basisschool: conditions, arrangement after return, yearly OPP evaluation, initiative, meeting 6 months before TLV end, decision.",
           "financien": "Verdeelmodel under revision ('volgen na besluitvorming'); meerjarenbegroting table with amounts shows besteding.",
           "dekkend-aanbod": "Only the statutory aim quoted in visie and a deferral to the jaarplan; no continuum, no thuiszitters/gaps; OOGO is procedural only.",
           "resultaten": "H. Kwaliteitszorg: quarterly data, rapportage, jaarverslag (monitoring); beoogde resultaten deferred to the jaarplan.",
           "ouders": "H. Ouders: informing parents deferred to communicatieplan; OJSP Zeeklei, Onderwijsconsulenten, klachtencommissie address steunpunt."},
)


# ===========================================================================
# NEAR-MISS: school-level ondersteuningsplan of one basisschool (html)
# ===========================================================================
def nearmiss():
    b = [("title", "Ondersteuningsplan 2024-2025 – Openbare Basisschool De Vlonder"),
         P("Zorg en ondersteuning op De Vlonder, Rijnoord – vastgesteld door team en MR, september 2024")]
    b += toc(["Inleiding", "Onze leerlingen", "De ondersteuningsstructuur", "Zorgniveaus 1 tot en met 5",
              "De groepsbespreking en leerlingbespreking", "Samenwerking met ouders",
              "Extra ondersteuning via het samenwerkingsverband", "Verwijzing naar sbo of so",
              "Terugplaatsing", "Budget en middelen", "Evaluatie en resultaten", "Jaarplanning zorg"])
    b += [
        H1("Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe wij op De Vlonder de zorg en ondersteuning voor onze
        leerlingen organiseren. Het plan is bedoeld voor het team, voor nieuwe collega's en voor ouders die
        willen weten hoe de school werkt. Het plan wordt ieder schooljaar geactualiseerd door de intern
        begeleider en besproken in het team en in de medezeggenschapsraad. Het plan sluit aan op ons
        schoolondersteuningsprofiel en op het ondersteuningsplan van het samenwerkingsverband Passend
        Primair Onderwijs Rivierduinen, waarbij onze school is aangesloten."""),
        H1("Onze leerlingen"),
        P("""De Vlonder telt 236 leerlingen in tien groepen. Ongeveer twintig procent van de leerlingen heeft
        een andere thuistaal dan Nederlands. In groep 3 en 4 zien wij de laatste jaren meer kinderen met
        een taalachterstand, en in de bovenbouw een toename van kinderen met faalangst en
        concentratieproblemen. Zeven leerlingen werken met een ontwikkelingsperspectiefplan."""),
        H1("De ondersteuningsstructuur"),
        P("""De groepsleerkracht is verantwoordelijk voor alle leerlingen in de groep. De intern begeleider
        (IB'er, drie dagen per week) coördineert de zorg, ondersteunt leerkrachten en voert de
        leerlingbesprekingen. Het ondersteuningsteam bestaat uit de IB'er, de directeur, de orthopedagoog
        van het samenwerkingsverband en de schoolmaatschappelijk werker; op afroep sluiten de jeugdarts en
        de contactpersoon van het wijkteam aan. Wij werken handelingsgericht: we kijken naar wat een kind
        nodig heeft, niet naar wat het mankeert."""),
        H1("Zorgniveaus 1 tot en met 5"),
        UL("Niveau 1: goed lesgeven in de groep volgens het directe instructiemodel.",
           "Niveau 2: extra instructie in de groep voor leerlingen die dat nodig hebben (verlengde instructietafel).",
           "Niveau 3: specifieke interventies na overleg met de IB'er, vastgelegd in het groepsplan.",
           "Niveau 4: ondersteuning met inzet van externe deskundigen, na bespreking in het ondersteuningsteam.",
           "Niveau 5: verwijzing naar een school voor speciaal basisonderwijs of speciaal onderwijs."),
        H1("De groepsbespreking en leerlingbespreking"),
        P("""Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houdt de IB'er met elke
        leerkracht een groepsbespreking. Daarin worden de resultaten van de groep en van individuele
        leerlingen besproken en wordt het groepsplan bijgesteld. Leerlingen over wie zorgen bestaan, worden
        ingebracht in de leerlingbespreking of het ondersteuningsteam."""),
        H1("Samenwerking met ouders"),
        P("""Ouders worden altijd betrokken als wij ons zorgen maken over hun kind. Wij nodigen ouders uit
        voor een gesprek voordat een kind in het ondersteuningsteam wordt besproken, en ouders geven
        toestemming voor onderzoek of bespreking met externe deskundigen. Ouders kunnen met vragen altijd
        terecht bij de leerkracht of de IB'er. Voor onafhankelijk advies verwijzen wij naar het Ouder- en
        Jeugdsteunpunt van het samenwerkingsverband."""),
        H1("Extra ondersteuning via het samenwerkingsverband"),
        P("""Als de ondersteuning die wij zelf kunnen bieden niet genoeg is, kunnen wij een arrangement
        aanvragen bij het samenwerkingsverband. De IB'er stelt de aanvraag op met het groeidocument. Onze
        school kan gebruikmaken van de observatiegroep 'De Brug' en van de plusklas."""),
        H1("Verwijzing naar sbo of so"),
        P("""Wanneer een kind op niveau 5 komt, vraagt de directeur namens het bestuur een
        toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De IB'er bereidt het dossier voor.
        Het samenwerkingsverband besluit; de procedure staat in het ondersteuningsplan van het
        samenwerkingsverband."""),
        H1("Terugplaatsing"),
        P("""Kinderen die vanuit het sbo of so terugkomen naar De Vlonder, krijgen een warme overdracht en
        een wenperiode. De IB'er is het vaste aanspreekpunt."""),
        H1("Budget en middelen"),
        P("""Onze school ontvangt van het bestuur een ondersteuningsbudget van ongeveer € 42.000 per jaar.
        Dat besteden wij aan de formatie van de IB'er, aan remedial teaching en aan materialen."""),
        H1("Evaluatie en resultaten"),
        P("""Aan het eind van het schooljaar evalueren wij dit plan met het team. Wij kijken naar de
        resultaten op de toetsen, naar de doorstroom naar het voortgezet onderwijs en naar de
        tevredenheid van ouders en leerlingen."""),
        H1("Jaarplanning zorg"),
        TB([["Maand", "Activiteit"],
            ["September", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
            ["Oktober", "Groepsbesprekingen na toetsperiode"],
            ["Januari", "Midden-toetsen; leerlingbesprekingen"],
            ["Februari", "Groepsbesprekingen; adviesgesprekken groep 8"],
            ["Juni", "Eind-toetsen; groepsbesprekingen; evaluatie ondersteuningsplan"]]),
    ]
    return b


LABEL6 = dict(
    documents=["school-devlonder-ondersteuningsplan.html"], sector="po", looks_like_plan=False,
    elements={}, criteria={}, advisory={},
    notes={"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, IB'er) that refers to the SWV's plan; not a samenwerkingsverband plan (no OPR, OOGO, verdeling, TLV decisions of its own)."},
)


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------
def to_docx(blocks, path, header):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = header + " – vastgesteld"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            for part in val.split("<br>"):
                doc.add_paragraph(part.strip())
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
    doc.save(str(path))


def to_html(blocks, path, header):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(header)}</title></head><body>",
           f'<header><p class="site">{e(header)}</p><nav><a href="#">Home</a> | <a href="#">Ouders</a> | '
           f'<a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append("<p>" + "<br>".join(e(x.strip()) for x in val.split("<br>")) + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in val[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    out.append(f"<footer><p>© 2025 {e(header)} · Privacyverklaring · Cookies</p></footer></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_md(blocks, path, header):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append("  \n".join(x.strip() for x in val.split("<br>")) + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out.extend("| " + " | ".join(r) + " |" for r in val[1:])
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory(prefix="holdout151_") as td:
        td = Path(td)
        src = td / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(td), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(td / (docx_path.stem + ".pdf"), pdf_path)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(lab, name):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {lab['elements'][k]}" for k in ELEMS) + "}")
        lines.append("criteria:")
        lines += [f"  {c}: {'true' if lab['criteria'][c] else 'false'}" for c in CORE]
    else:
        lines += ["elements: {}", "criteria: {}"]
    if lab["advisory"]:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in lab["advisory"].items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in lab["notes"].items()]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(lab):
    if not lab["looks_like_plan"]:
        return
    for el in ELEMS:
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st = "present"
        elif any(vals) or lab["advisory"].get(el):
            st = "partial"
        else:
            st = "missing"
        assert st == lab["elements"][el], (lab["documents"], el, st)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-lingebetuwe-2025", plan1(), P1, LABEL1, ["docx", "pdf"]),
        ("vo-kennemerduin-2025", plan2(), P2, LABEL2, ["docx", "pdf"]),
        ("po-heuvelland-2025", plan3(), P3, LABEL3, ["html"]),
        ("vo-eemvallei-2025", plan4(), P4, LABEL4, ["md"]),
        ("po-zeeklei-2024", plan5(), P5, LABEL5, ["pdf"]),
    ]
    for name, blocks, p, lab, fmts in jobs:
        check_label(lab)
        header = f"Ondersteuningsplan {p['periode']} | {p['kort']}"
        if "docx" in fmts or "pdf" in fmts:
            if "docx" in fmts:
                dpath = OUT / f"{name}.docx"
                to_docx(blocks, dpath, header)
                if "pdf" in fmts:
                    docx_to_pdf(dpath, OUT / f"{name}.pdf")
            else:
                with tempfile.TemporaryDirectory(prefix="holdout151_src_") as td:
                    dpath = Path(td) / f"{name}.docx"
                    to_docx(blocks, dpath, header)
                    docx_to_pdf(dpath, OUT / f"{name}.pdf")
        if "html" in fmts:
            to_html(blocks, OUT / f"{name}.html", header)
        if "md" in fmts:
            to_md(blocks, OUT / f"{name}.md", header)
        write_label(lab, name)
    to_html(nearmiss(), OUT / "school-devlonder-ondersteuningsplan.html", "OBS De Vlonder – Ondersteuningsplan")
    write_label(LABEL6, "school-devlonder-ondersteuningsplan")


if __name__ == "__main__":
    main()
