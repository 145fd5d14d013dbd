#!/usr/bin/env python3
"""Generate holdout set 237: five fictional ondersteuningsplannen (4 VO, 1 PO) and one near-miss
document, plus their label files. Deterministic, no network. Output goes next to src/.

Formats: .docx (python-docx), .pdf (rendered from a temporary .docx by LibreOffice), .html.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def TAB(rows): return ("table", rows)
def TOC(lines): return ("toc", lines)
def TITLE(lines): return ("title", lines)
def PB(): return ("pagebreak", None)


# --------------------------------------------------------------------------------------------
# neutral filler shared by the plans (parameterised; written so that it addresses no element
# unless a flag explicitly asks for it)
def f_voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['per']} van {c['naam']}. Het is het vierde plan sinds de "
          f"invoering van passend onderwijs in 2014 en het eerste dat we volledig samen met de scholen hebben "
          f"geschreven in plaats van het uit te besteden aan een adviesbureau. Dat was soms een zoektocht. "
          f"Schoolleiders, ondersteuningscoördinatoren, mentoren, bestuurders en de medewerkers van ons bureau "
          f"hebben in werkateliers, klankbordgroepen en een groot aantal gesprekken aan tafel gezeten. Iedereen "
          f"kwam met eigen ervaringen, wensen en soms ook met frustraties over wat de afgelopen jaren niet goed ging."),
        P(f"Wat ons bindt, is de overtuiging dat iedere jongere in {c['regio']} recht heeft op onderwijs dat bij "
          f"hem of haar past, liefst zo dicht mogelijk bij huis en samen met leeftijdgenoten. Dat klinkt "
          f"vanzelfsprekend, maar de praktijk is weerbarstig. Het lerarentekort, de toegenomen complexiteit van "
          f"vragen en de lange wachttijden in de jeugdhulp maken het werk in de klas zwaarder. Tegelijk zien we "
          f"elke dag mooie voorbeelden van scholen die met creativiteit en doorzettingsvermogen een plek maken "
          f"voor leerlingen voor wie dat niet vanzelf gaat."),
        P(f"Dit plan is geen handboek. Het beschrijft de afspraken die we met elkaar maken en de koers die we "
          f"de komende vier schooljaren willen varen. De uitwerking volgt jaarlijks in het jaarplan. Wij danken "
          f"iedereen die heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad voor hun "
          f"kritische vragen en de wethouders en beleidsmedewerkers van de gemeenten voor de open gesprekken."),
        P(f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def f_leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P("Dit plan volgt in grote lijnen de opbouw van het vorige ondersteuningsplan. Na een schets van ons "
          "samenwerkingsverband en onze visie komen achtereenvolgens de ondersteuning op de scholen, de "
          "toewijzing van extra ondersteuning en de toelaatbaarheid tot het speciaal onderwijs, de terugkeer "
          "naar het regulier onderwijs, de inzet van middelen, de kwaliteit en resultaten, en de rol van ouders "
          "aan bod. We sluiten af met de organisatie, de medezeggenschap en de planning. Achterin vindt u een "
          "begrippenlijst en een lijst met afkortingen. Waar in de tekst 'scholen' staat, bedoelen we alle "
          "vestigingen van de aangesloten schoolbesturen, tenzij anders vermeld."),
    ]


def f_context(c):
    rows = [["Kenmerk", "Aantal"]] + c["kengetallen"]
    return [
        H1(f"{c['h_ctx']} Ons samenwerkingsverband"),
        P(f"{c['naam']} (registratienummer {c['code']}) is een stichting waarin {c['besturen']} schoolbesturen "
          f"samenwerken. Het werkgebied omvat de gemeenten {c['gemeenten']}. De regio kent een mix van "
          f"stedelijke kernen en landelijk gebied; de reisafstanden voor leerlingen verschillen daardoor sterk. "
          f"In de kleinere kernen is vaak maar één school beschikbaar, wat de keuze voor ouders en leerlingen "
          f"beperkt en extra vraagt van die school."),
        P("Onderstaande tabel geeft enkele kengetallen van ons verband op de teldatum 1 oktober 2025. De "
          "cijfers zijn ontleend aan DUO en aan de eigen registratie van het bureau en dienen uitsluitend "
          "ter beschrijving van de omvang van het verband."),
        TAB(rows),
        P("De demografische prognoses laten voor de komende planperiode een lichte daling van het aantal "
          "leerlingen zien, vooral in het landelijk gebied. Dat heeft gevolgen voor de levensvatbaarheid van "
          "kleine vestigingen en vraagt om goede afspraken tussen besturen over spreiding van onderwijs. Die "
          "afspraken worden buiten dit plan gemaakt, in het regionaal plan onderwijsvoorzieningen."),
    ]


def f_visie(c, extra=""):
    out = [
        H1(f"{c['h_visie']} Visie, missie en kernwaarden"),
        P(f"Onze missie is kort: samen zorgen dat iedere jongere in {c['regio']} onderwijs krijgt dat past. "
          "Samen, omdat geen school dit alleen kan. Iedere jongere, omdat we niemand willen kwijtraken. En "
          "onderwijs dat past, omdat het niet gaat om een plek op zich maar om een plek waar een leerling kan "
          "leren en zich kan ontwikkelen."),
        P("We geloven dat leerlingen het best tot hun recht komen in een omgeving waarin de lat hoog ligt en "
          "waarin tegelijk ruimte is voor verschillen. Dat vraagt van scholen dat zij handelingsgericht werken, "
          "uitgaan van wat een leerling nodig heeft en niet van wat een leerling mankeert. Het vraagt ook dat "
          "middelen zo dicht mogelijk bij de leerling worden ingezet, dat arrangementen niet verzanden in "
          "papierwerk en dat toelaatbaarheid tot het speciaal onderwijs geen doel op zich is."),
        P("Onze kernwaarden zijn:"),
        UL(["Vertrouwen: we gaan uit van de professionaliteit van scholen en van de goede bedoelingen van alle betrokkenen.",
            "Eigenaarschap: wie het probleem heeft, pakt het op, en wie het kan oplossen, helpt daarbij.",
            "Transparantie: we zijn open over keuzes, over geld en over wat wel en niet lukt.",
            "Verbinding: we zoeken de samenwerking op met gemeenten, jeugdhulp en het primair onderwijs."]),
        P("Deze waarden zijn niet nieuw. Ze stonden ook in het vorige plan. Wat wel nieuw is, is dat we ze "
          "concreter willen maken in ons dagelijks handelen: korter, sneller, met minder formulieren en met meer "
          "gesprekken. Het bureau van het samenwerkingsverband wil daarbij dienstbaar zijn aan de scholen en "
          "niet omgekeerd. We willen dat leerlingen, ouders en scholen weten waar zij aan toe zijn en dat we "
          "samen werken aan goede resultaten voor leerlingen die dat het hardst nodig hebben."),
    ]
    if extra:
        out.append(P(extra))
    return out


def f_terugblik(c):
    return [
        H1(f"{c['h_terug']} Terugblik op de vorige planperiode"),
        P("De vorige planperiode werd sterk beïnvloed door omstandigheden die niemand had voorzien. De "
          "schoolsluitingen tijdens de coronapandemie, de instroom van leerlingen uit Oekraïne en het "
          "oplopende lerarentekort vroegen veel van scholen en van ons bureau. Veel plannen zijn daardoor "
          "later of anders uitgevoerd dan bedoeld."),
        P("In gesprekken met schoolleiders en ondersteuningscoördinatoren kwam een aantal lessen steeds terug. "
          "Procedures waren te ingewikkeld en te veel gericht op verantwoording naar het samenwerkingsverband. "
          "De verschillen tussen scholen in de manier waarop zij ondersteuning organiseren, waren groot en niet "
          "altijd goed te verklaren. En de samenwerking met de jeugdhulp hing te veel af van personen. Deze "
          "lessen hebben we meegenomen in dit plan. Een uitgebreide evaluatie is in het voorjaar van 2025 met "
          "het bestuur besproken; dit plan herhaalt die niet."),
    ]


def f_governance(c):
    return [
        H1(f"{c['h_gov']} Organisatie en governance"),
        P(f"{c['naam']} is een stichting. De statuten zijn laatstelijk gewijzigd in 2023. Het bestuur wordt "
          "gevormd door een directeur-bestuurder die verantwoording aflegt aan een raad van toezicht van vijf "
          "leden. Twee leden worden voorgedragen door de aangesloten schoolbesturen, drie leden zijn "
          "onafhankelijk. De raad van toezicht houdt toezicht op het beleid, keurt de begroting en de "
          "jaarrekening goed en is werkgever van de directeur-bestuurder."),
        P("De aangesloten schoolbesturen komen minimaal vier keer per jaar bijeen in de algemene "
          "vergadering van aangeslotenen. Daar worden de hoofdlijnen van beleid besproken en worden de "
          "bestuurlijke afspraken gemaakt die de directeur-bestuurder vervolgens uitvoert. Het verband "
          "hanteert de Code Goed Bestuur van de sectorraad. Het bestuursreglement en het reglement raad van "
          "toezicht zijn op aanvraag verkrijgbaar."),
        P("Het bureau ondersteunt de directeur-bestuurder. Het bestaat uit een beleidsteam, een team "
          "consulenten en een secretariaat. De taakverdeling is vastgelegd in het managementstatuut. Het "
          "bureau is gevestigd in een verzamelgebouw waar ook de leerplichtafdeling van de grootste gemeente "
          "zit; dat bevordert de korte lijnen."),
    ]


def f_medezeggenschap(c, ouders_in_opr=True):
    samen = ("De OPR telt twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd "
             "vanuit de medezeggenschapsraden van de scholen. Juist de ouders in de OPR brengen de "
             "ervaringen van gezinnen in en toetsen voorstellen aan wat zij in de eigen omgeving horen."
             if ouders_in_opr else
             "De OPR telt twaalf leden die worden afgevaardigd vanuit de medezeggenschapsraden van de scholen.")
    return [
        H2("Medezeggenschap"),
        P("Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) met instemmingsrecht op het "
          "ondersteuningsplan en wijzigingen daarvan. " + samen + " De OPR vergadert zes keer per jaar, "
          "wordt ondersteund door een ambtelijk secretaris en heeft een eigen scholingsbudget."),
        P(f"De OPR heeft op {c['opr_datum']} ingestemd met dit plan. De raad heeft daarbij enkele "
          "aandachtspunten meegegeven die in het jaarplan worden opgepakt. Het verband heeft daarnaast een "
          "eigen medezeggenschapsraad voor het personeel van het bureau."),
    ]


def f_oogo(c, inhoudelijk=False):
    out = [
        H2("Op overeenstemming gericht overleg (OOGO)"),
        P(f"Over het concept van dit plan is op {c['oogo_datum']} op overeenstemming gericht overleg gevoerd "
          f"met de colleges van burgemeester en wethouders van de gemeenten in ons werkgebied. Het overleg is "
          "verlopen volgens de procedure die het verband en de gemeenten in 2022 hebben vastgelegd, inclusief "
          "de regeling voor het beslechten van geschillen. Er is overeenstemming bereikt; het verslag is bij "
          "het bureau op te vragen. Ook is overleg gevoerd met het samenwerkingsverband in de andere sector "
          "waarvan het gebied overlapt met het onze."),
    ]
    if inhoudelijk:
        out.append(P("Met de gemeenten hebben we afgesproken dat jeugdhulp in onderwijstijd wordt geboden "
                     "wanneer dat nodig is om een leerling naar school te laten gaan. Op iedere school is een "
                     "vaste contactpersoon van het lokale jeugdteam beschikbaar die aansluit bij het "
                     "ondersteuningsteam. Voor leerlingen die onderwijs en zorg gecombineerd nodig hebben, "
                     "zetten verband en gemeente samen onderwijs-zorgarrangementen op, waarbij de gemeente de "
                     "zorgcomponent en het verband de onderwijscomponent financiert. Leerlingenvervoer en "
                     "onderwijshuisvesting blijven de verantwoordelijkheid van de gemeenten."))
    return out


def f_personeel(c):
    return [
        H2("Personeel en professionalisering"),
        P(f"Het bureau heeft een formatie van {c['fte']} fte. Het verband is aangesloten bij de cao van de "
          "eigen sector. Bij werving letten we op een evenwichtige samenstelling van het team, zowel in "
          "deskundigheid als in achtergrond. Medewerkers hebben jaarlijks een gesprek over hun ontwikkeling; "
          "iedere medewerker heeft recht op een individueel scholingsbudget."),
        P("Voor de scholen organiseert het verband netwerken van ondersteuningscoördinatoren, mentoren en "
          "teamleiders. Deze netwerken komen vier tot zes keer per jaar bijeen en worden grotendeels door de "
          "scholen zelf vormgegeven. Daarnaast biedt het verband een leergang 'Omgaan met verschillen' aan "
          "voor startende leraren. De werkdruk in de scholen is een terugkerend punt van zorg; we proberen "
          "die niet te vergroten door extra registratie- of verantwoordingslasten."),
    ]


def f_ict_privacy(c):
    return [
        H2("ICT, gegevensbescherming en privacy"),
        P("Voor de uitwisseling van dossiers gebruikt het verband een beveiligd digitaal portaal. Scholen "
          "hebben alleen toegang tot de gegevens van hun eigen leerlingen. Het verband verwerkt persoonsgegevens "
          "waaronder gezondheidsgegevens alleen voor zover dat nodig is voor de wettelijke taken, en bewaart "
          "deze niet langer dan drie jaar na het laatste besluit. Er is een functionaris gegevensbescherming "
          "aangesteld die jaarlijks rapporteert aan de raad van toezicht. Het privacyreglement en het "
          "verwerkingsregister zijn op aanvraag beschikbaar."),
        P("In de komende planperiode vervangen we het huidige portaal door een nieuw systeem dat beter "
          "aansluit op de leerlingadministratiesystemen van de scholen. De aanbesteding daarvan start in 2026."),
    ]


def f_planning(c, met_evaluatie=True):
    rows = [["Schooljaar", "Belangrijkste activiteiten"]] + c["planning"]
    intro = ("Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan en een jaarbegroting. "
             "Onderstaande tabel geeft de globale planning voor de planperiode.")
    out = [H1(f"{c['h_plan']} Planning en vaststelling"), P(intro), TAB(rows)]
    if met_evaluatie:
        out.append(P("Halverwege de planperiode bespreken het bestuur en de OPR of bijstelling van het plan "
                     "nodig is. Wijzigingen worden opnieuw ter instemming aan de OPR voorgelegd."))
    out.append(P(f"Dit plan is vastgesteld door de directeur-bestuurder op {c['vast_datum']}, na instemming "
                 f"van de OPR en na OOGO met de gemeenten, en vóór 1 mei toegezonden aan de inspectie van het "
                 f"onderwijs. Het plan geldt van 1 augustus {c['per'][:4]} tot en met 31 juli {c['per'][-4:]}."))
    return out


def f_begrippen(c, extra=()):
    items = [
        "Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.",
        "Dekkend aanbod: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen, zodat iedere leerling een passende plek heeft.",
        "Ondersteuningsplanraad (OPR): medezeggenschapsorgaan met instemmingsrecht op het ondersteuningsplan.",
        "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs.",
        "Terugplaatsing: de overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs na afloop van de TLV.",
        "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal onderwijs.",
        "Verdeelmodel: de regels volgens welke het samenwerkingsverband de ondersteuningsmiddelen over de scholen verdeelt.",
        "Meerjarenbegroting: begroting voor meerdere jaren, waarin baten en lasten per jaar zijn opgenomen.",
        "Beoogde en bereikte resultaten: de doelen die het verband zich stelt en de mate waarin die zijn gehaald.",
        "Zorgplicht: de plicht van een schoolbestuur om een leerling met extra ondersteuningsbehoefte een passende plek te bieden.",
    ] + list(extra)
    return [H1("Bijlage A. Begrippenlijst"), UL(sorted(items))]


def f_afkortingen(c, vo=True):
    items = ["ALV – algemene vergadering van aangeslotenen", "AVG – Algemene verordening gegevensbescherming",
             "DUO – Dienst Uitvoering Onderwijs", "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
             "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg",
             "OPP – ontwikkelingsperspectiefplan", "OPR – ondersteuningsplanraad",
             "OT – ondersteuningsteam", "RvT – raad van toezicht", "SOP – schoolondersteuningsprofiel",
             "SWV – samenwerkingsverband", "TLV – toelaatbaarheidsverklaring"]
    if vo:
        items += ["LWOO – leerwegondersteunend onderwijs", "OPDC – orthopedagogisch-didactisch centrum",
                  "PrO – praktijkonderwijs", "VSO – voortgezet speciaal onderwijs", "ISK – internationale schakelklas"]
    else:
        items += ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs", "IB – intern begeleider"]
    return [H1("Bijlage B. Afkortingen"), UL(sorted(items))]


def f_arbeidsmarkt(c):
    return [
        H2("Aansluiting op vervolgonderwijs en arbeidsmarkt"),
        P("De scholen in ons verband werken samen met de mbo-instellingen in de regio aan loopbaanoriëntatie "
          "en -begeleiding. Er zijn jaarlijks open dagen, meeloopdagen en gezamenlijke voorlichtingsavonden. "
          "Het verband zelf heeft hierin geen uitvoerende rol maar faciliteert het regionale netwerk van "
          "decanen en zorgt dat de agenda's van de verschillende overleggen op elkaar aansluiten."),
    ]


def f_ontwikkelingen(c):
    return [
        H2("Landelijke en regionale ontwikkelingen"),
        P("Dit plan verschijnt in een periode waarin passend onderwijs landelijk opnieuw in beweging is. De "
          "Verbeteraanpak passend onderwijs, de ambitie om in 2035 te komen tot inclusiever onderwijs en de "
          "wetgeving over de positie van ouders en leerlingen vragen de komende jaren aandacht van ieder "
          "samenwerkingsverband. Wij volgen deze ontwikkelingen nauwgezet en passen ons beleid aan zodra "
          "nieuwe regelgeving van kracht wordt. Waar dat gevolgen heeft voor dit plan, leggen we een wijziging "
          "ter instemming voor aan de OPR."),
        P("Regionaal zien we drie bewegingen. In de eerste plaats daalt het aantal leerlingen in de kleinere "
          "kernen, waardoor scholen kleiner worden en minder specialistische kennis in huis kunnen houden. In de "
          "tweede plaats blijft het lastig om voldoende bevoegde leraren en onderwijsondersteuners te vinden, "
          "met name voor de vakken en functies waarin expertise rond ondersteuning nodig is. In de derde plaats "
          "nemen de wachttijden in de specialistische jeugdhulp nog niet af, waardoor scholen langer zelf de "
          "zorg rond een leerling dragen dan eigenlijk wenselijk is. Deze bewegingen vormen de achtergrond "
          "waartegen de keuzes in dit plan moeten worden gelezen."),
    ]


def f_scholencomm(c):
    return [
        H2("Kennisdeling tussen scholen"),
        P("Het bureau onderhoudt een digitale kennisbank voor medewerkers van de aangesloten scholen, met "
          "handreikingen, voorbeelddocumenten en verslagen van netwerkbijeenkomsten. Iedere maand verschijnt "
          "een nieuwsbrief voor schoolleiders en ondersteuningsspecialisten. Tweemaal per jaar organiseren we "
          "een studiemiddag waarop scholen elkaar laten zien hoe zij lastige situaties hebben aangepakt. Die "
          "middagen worden goed bezocht en leveren vaak nieuwe contacten tussen scholen op, ook tussen scholen "
          "van verschillende besturen die elkaar anders weinig zouden tegenkomen."),
    ]


def toc(lines):
    return [TOC(["Inhoudsopgave"] + lines), PB()]


# --------------------------------------------------------------------------------------------
# PLAN A – VO Vechtstreek-Oost (small), .docx
def plan_a():
    c = dict(naam="Samenwerkingsverband VO Vechtstreek-Oost", per="2026-2030", regio="de Vechtstreek",
             code="VO 23-11", besturen="vier", gemeenten="Dalfsen-Oost, Ommerkanaal en Vechtdal",
             bestuurder="M. (Marleen) Kuipers-Oosterveld", fte="6,4", opr_datum="10 maart 2026",
             oogo_datum="24 februari 2026", vast_datum="17 maart 2026",
             h_ctx="1.", h_visie="2.", h_terug="3.", h_gov="11.", h_plan="13.",
             kengetallen=[["Schoolbesturen", "4"], ["Vestigingen regulier vo (incl. pro)", "7"],
                          ["Leerlingen regulier vo", "6.214"], ["Waarvan met lwoo-aanwijzing", "612"],
                          ["Leerlingen praktijkonderwijs", "188"], ["Leerlingen vso (woonachtig in regio)", "139"]],
             planning=[["2026-2027", "Stappenplan terugplaatsing; kwaliteitskader; nieuw portaal"],
                       ["2027-2028", "Eerste meting doelen; herijking verdeling lwoo-middelen"],
                       ["2028-2029", "Tussentijdse bespreking plan met OPR"],
                       ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b = [TITLE(["Ondersteuningsplan 2026-2030", c["naam"], f"Registratienummer {c['code']}",
                "Samen sterk in de Vechtstreek", "Versie ter vaststelling, maart 2026"]), PB()]
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Visie, missie en kernwaarden",
              "3. Terugblik op de vorige planperiode", "4. Basisondersteuning: wat elke school biedt",
              "5. Extra ondersteuning en toewijzing (TLV vso, lwoo en pro)", "6. Na het vso: terugplaatsing",
              "7. Dekkend aanbod, thuiszitters en verzuim", "8. Samen met ouders", "9. Kwaliteit en resultaten",
              "10. Geld en middelen", "11. Organisatie en governance", "12. Samenwerking met gemeenten",
              "13. Planning en vaststelling", "Bijlage A. Begrippenlijst", "Bijlage B. Afkortingen"])
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c)
    b += f_visie(c, extra="Een volledige inventarisatie van het ondersteuningsaanbod op en tussen de scholen, "
                 "inclusief de bovenschoolse voorzieningen, maken we in het eerste planjaar. Wij zetten in op een "
                 "dekkend aanbod, maar hoe dat er in onze kleine regio uit moet zien, bepalen we pas als die "
                 "inventarisatie er ligt.")
    b += f_terugblik(c)
    b += [
        H1("4. Basisondersteuning: wat elke school biedt"),
        P("In Vechtstreek-Oost hebben de vier schoolbesturen met elkaar afgesproken welk niveau van "
          "basisondersteuning iedere vestiging ten minste biedt. Dit niveau is de gezamenlijke ondergrens van "
          "ons verband: geen enkele vestiging – van praktijkonderwijs tot gymnasium – zit eronder, ongeacht het "
          "profiel of de omvang van de school. Wat een school daarboven biedt, beschrijft zij in haar "
          "schoolgids. Het gaat om ondersteuning die een leerling krijgt zonder aanvraag bij het verband en "
          "zonder toestemming van buiten de school."),
        P("Concreet kunnen leerlingen en hun ouders op elke vestiging rekenen op:"),
        UL(["een eigen mentor met een wekelijks mentoruur in leerjaar 1 tot en met 3 en ten minste twee "
            "individuele gesprekken per schooljaar;",
            "een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, die het aanspreekpunt is "
            "voor ondersteuningsvragen;",
            "een dyslexie- en dyscalculieprotocol met vaste faciliteiten: extra tijd bij toetsen, vergrote "
            "opmaak, voorleessoftware en het gebruik van een rekenkaart;",
            "trainingen sociale vaardigheden en faalangstreductie in de onderbouw, minstens eenmaal per jaar;",
            "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de "
            "ondersteuningscoördinator, een orthopedagoog, de schoolmaatschappelijk werker en de jeugdarts;",
            "een rustige werkplek met toezicht voor leerlingen die tijdelijk niet in de klas kunnen werken;",
            "begeleiding bij medische handelingen volgens het gezamenlijke protocol medisch handelen."]),
        P("Deze afspraken zijn neergelegd in de Kwaliteitskaart Basisondersteuning. Jaarlijks bezoekt de "
          "kwaliteitsmedewerker van het verband iedere vestiging en loopt de kaart met de schoolleiding door. "
          "Blijkt een vestiging op een of meer punten onder de ondergrens te zitten, dan stelt het bestuur "
          "binnen drie maanden een verbeterplan op, dat het verband na zes maanden opnieuw toetst."),
        H1("5. Extra ondersteuning en toewijzing (TLV vso, lwoo en pro)"),
        P("Wanneer een leerling meer nodig heeft dan de school kan bieden, kan het schoolbestuur het "
          "samenwerkingsverband vragen om een toelaatbaarheidsverklaring voor het voortgezet speciaal "
          "onderwijs of om een aanwijzing voor leerwegondersteunend onderwijs of praktijkonderwijs. De "
          "Commissie Toewijzing van het verband behandelt al deze aanvragen."),
        H2("5.1 De aanvraag voor een TLV vso"),
        P("De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven, "
          "of waar de leerling is aangemeld. De route verloopt in vijf stappen:"),
        TAB([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
             ["1", "Bespreking in het ondersteuningsteam van de school; besluit om een TLV aan te vragen", "School", "-"],
             ["2", "Samenstellen dossier: OPP met evaluaties, onderwijskundig rapport, zienswijze van ouders en leerling", "Ondersteuningscoördinator", "binnen 2 weken"],
             ["3", "Indienen via het digitale portaal bij de Commissie Toewijzing", "Schoolbestuur", "-"],
             ["4", "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijv. kinderpsychiater of maatschappelijk werker). Zij zijn niet betrokken geweest bij de aanvraag.", "Commissie Toewijzing", "binnen 4 weken"],
             ["5", "Besluit en toezending aan school en ouders, met een kopie van beide adviezen", "Directeur-bestuurder", "binnen 6 weken na volledige aanvraag"]]),
        P("Een TLV wordt afgegeven voor ten hoogste twee schooljaren en eindigt altijd op 31 juli. De "
          "commissie stelt tevens de bekostigingscategorie vast; dat is categorie laag, tenzij uit het dossier "
          "blijkt dat de leerling een lichamelijke beperking of langdurige ziekte heeft (midden) of meervoudig "
          "beperkt is (hoog)."),
        P("Bij de beoordeling weegt de commissie de ondersteuningsbehoefte van de leerling. De toetsingscriteria "
          "waarop de commissie haar advies baseert, zijn uitgewerkt in het Toetsingskader Toewijzing. Dat kader "
          "wordt na vaststelling door het bestuur als bijlage 3 aan dit plan toegevoegd."),
        H2("5.2 Lwoo en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs levert de basisschool via het overstapdossier vóór 1 maart de "
          "benodigde gegevens aan bij de vo-school van aanmelding. Die school dient de aanvraag vóór 15 maart "
          "in bij de Commissie Toewijzing, die vóór 1 mei besluit. Bij leerlingen die later instromen, besluit "
          "de commissie binnen zes weken."),
        H2("5.3 Bezwaar"),
        P("Ouders en het schoolbestuur die het niet eens zijn met een besluit over toelaatbaarheid, kunnen "
          "binnen zes weken bezwaar maken bij de directeur-bestuurder. Het verband is aangesloten bij de "
          "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
        H1("6. Na het vso: terugplaatsing"),
        P("Een plaatsing in het vso is in Vechtstreek-Oost in beginsel tijdelijk, waar dat voor de leerling "
          "kan. Leerlingen die in het vso voldoende zijn gegroeid, keren terug naar een reguliere vestiging, "
          "zo dicht mogelijk bij huis. Voorwaarden zijn dat uit het OPP blijkt dat de leerling met de "
          "basisondersteuning en lichte aanvullende begeleiding kan functioneren, en dat de ontvangende "
          "school, de ouders en de leerling zelf achter de overstap staan. Terugkeer mag niet leiden tot "
          "een onderbreking van de schoolloopbaan; een leerling stapt daarom bij voorkeur over aan het begin "
          "van een schooljaar of na een toetsperiode."),
        P("Na terugkeer krijgt iedere leerling een terugplaatsingsarrangement van één schooljaar: een vaste "
          "coach op de nieuwe school met twee uur begeleiding per week, en gedurende de eerste zes maanden "
          "ambulante begeleiding vanuit de vso-school. Het verband stelt daarvoor per leerling een vast "
          "bedrag beschikbaar (zie hoofdstuk 10)."),
        P("Hoe de overgang stap voor stap verloopt – wie het initiatief neemt, op welke momenten in het "
          "laatste jaar van de TLV wordt geëvalueerd en wie uiteindelijk beslist – leggen we in schooljaar "
          "2026-2027 samen met de vso-scholen vast in een stappenplan terugplaatsing."),
        H1("7. Dekkend aanbod, thuiszitters en verzuim"),
        P("Thuiszitters hebben onze volle aandacht. Ieder kind dat niet naar school gaat, is er één te veel. "
          "In 2026 stellen we samen met de leerplichtambtenaren van de drie gemeenten een nieuwe werkwijze "
          "vast; tot die tijd blijven de bestaande afspraken van kracht. Het onderwerp dekkend aanbod komt "
          "terug na de inventarisatie die in hoofdstuk 2 is aangekondigd."),
        H1("8. Samen met ouders"),
        P("Ouders kennen hun kind het best. Zij zijn voor ons en voor de scholen de eerste gesprekspartner. "
          "Om goed mee te kunnen praten, moeten ouders weten welke ondersteuning er is en hoe zij die kunnen "
          "krijgen. Het verband informeert ouders op de volgende manieren:"),
        UL(["de ouderpagina op de website van het verband, met per vestiging een overzicht van de "
            "basisondersteuning en de extra ondersteuning die de school biedt;",
            "de brochure 'Passend onderwijs in de Vechtstreek', die iedere groep-8-leerling via de "
            "basisschool meekrijgt bij de aanmelding voor het voortgezet onderwijs;",
            "twee informatieavonden per schooljaar, in het najaar en in het voorjaar, in Ommerkanaal en Vechtdal;",
            "de schoolgids van iedere school, waarin de school haar ondersteuningsaanbod beschrijft."]),
        P("Soms lopen gesprekken vast, of willen ouders eerst onafhankelijk advies. Ouders en jongeren "
          "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Vechtstreek, dat wij samen met het "
          "samenwerkingsverband primair onderwijs financieren maar dat onafhankelijk van beide verbanden "
          "werkt. Het steunpunt heeft een telefonisch spreekuur op maandag, woensdag en vrijdag en kan "
          "desgewenst met ouders meegaan naar een gesprek op school. Daarnaast kunnen ouders gratis een "
          "beroep doen op de landelijke Onderwijsconsulenten. Bij een geschil over toelating, verwijdering "
          "of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        H1("9. Kwaliteit en resultaten"),
        P("Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld voor leerlingen met een "
          "ondersteuningsbehoefte:"),
        TAB([["Doel", "Streefwaarde 2030"],
             ["Leerlingen met een OPP die op hun reguliere school blijven", "ten minste 90%"],
             ["Leerlingen met extra ondersteuning die uitstromen met diploma of naar passend vervolg", "ten minste 95%"],
             ["Doorlooptijd aanvraag TLV vso tot besluit", "maximaal 6 weken"],
             ["Tevredenheid van ouders over de ondersteuning (schaal 1-10)", "gemiddeld 7,5 of hoger"]]),
        P("Hoe we deze doelen gaan volgen, wie daarover rapporteert en op welke momenten, werken we uit in "
          "een kwaliteitskader dat in de loop van schooljaar 2026-2027 verschijnt."),
        H1("10. Geld en middelen"),
        P("Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning, voor lwoo en voor "
          "praktijkonderwijs. Van de middelen voor zware ondersteuning houdt DUO de bekostiging van de "
          "vso-leerlingen in. Wat resteert, verdelen we als volgt over de besturen:"),
        UL(["een vaste voet van € 25.000 per vestiging, zodat ook kleine vestigingen een basisformatie voor "
            "ondersteuning kunnen bekostigen;",
            "een bedrag van € 118 per leerling, op basis van het leerlingaantal op 1 oktober van het "
            "voorafgaande jaar;",
            "de lwoo- en pro-middelen worden volledig doorgegeven aan de scholen op basis van het aantal "
            "leerlingen met een aanwijzing op 1 oktober;",
            "een vast bedrag van € 4.500 per terugplaatsingsarrangement, uitgekeerd aan de ontvangende school."]),
        P("Het bestuur stelt de verdeling jaarlijks in december vast, na bespreking in de algemene vergadering. "
          "De meerjarenbegroting ziet er als volgt uit (bedragen × € 1.000):"),
        TAB([["Post", "2026", "2027", "2028", "2029"],
             ["Baten lichte ondersteuning", "1.412", "1.398", "1.380", "1.366"],
             ["Baten zware ondersteuning", "2.506", "2.480", "2.455", "2.430"],
             ["Baten lwoo en pro", "3.940", "3.905", "3.870", "3.840"],
             ["Afdracht vso (DUO)", "-1.820", "-1.830", "-1.835", "-1.840"],
             ["Budgetten schoolbesturen (voet + per leerling)", "-908", "-900", "-893", "-887"],
             ["Doorgegeven lwoo- en pro-middelen", "-3.940", "-3.905", "-3.870", "-3.840"],
             ["Terugplaatsingsarrangementen", "-45", "-54", "-54", "-54"],
             ["Ouder- en jeugdsteunpunt (aandeel)", "-38", "-38", "-39", "-39"],
             ["Bureau en commissie", "-702", "-712", "-722", "-731"],
             ["Resultaat", "5", "-56", "-88", "-105"]]),
        P("De negatieve resultaten vanaf 2027 zijn bewust: het verband bouwt de reserve af tot een "
          "weerstandsvermogen van 5% van de baten, de signaleringswaarde die het bestuur hanteert."),
    ]
    b += f_governance(c) + f_medezeggenschap(c) + f_personeel(c) + f_ict_privacy(c)
    b += [H1("12. Samenwerking met gemeenten")] + f_oogo(c, inhoudelijk=False)[1:] + f_arbeidsmarkt(c)
    b += f_planning(c) + f_begrippen(c) + f_afkortingen(c)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": [], "financien": ["reserves"], "dekkend-aanbod": [],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.4 states the agreed minimum for every vestiging and lists concrete provisions; Kwaliteitskaart audit = borging.",
               "plaatsing": "Ch.5 has a 5-step table (who applies, deskundigen, decision within 6 weeks) and lwoo/pro dates, but the toetsingscriteria are deferred to an absent 'bijlage 3'.",
               "terugstroom": "Ch.6 gives policy (aim, conditions, 1-year arrangement) but the step-by-step procedure is deferred to a 2026-2027 stappenplan.",
               "financien": "Ch.10 'Geld en middelen': vaste voet + per-leerling verdeling and a 2026-2029 meerjarenbegroting table; 5% weerstandsvermogen.",
               "dekkend-aanbod": "Only an ambition and deferrals (inventarisatie in first year, thuiszitters werkwijze 'in 2026'); OOGO text is procedural only; glossary/TOC traps.",
               "resultaten": "Ch.9 has a target table, but how results are monitored/reported is deferred to a future kwaliteitskader; terugblik has no figures.",
               "ouders": "Ch.8 lists website/brochure/informatieavonden/schoolgids and the independent OJSP + Onderwijsconsulenten; OPR parents = betrokkenheid."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN B – VO Delta-Noord (large), .pdf
def plan_b():
    c = dict(naam="Stichting Samenwerkingsverband VO Delta-Noord", per="2026-2030", regio="Delta-Noord",
             code="VO 28-14", besturen="21", gemeenten="Havenstad, Noordwaard, Kreekrug, Polderzijl en Schiedijk",
             bestuurder="drs. A.R. (Arjen) Bloemendaal", fte="24,8", opr_datum="3 maart 2026",
             oogo_datum="5 februari 2026", vast_datum="12 maart 2026",
             h_ctx="1.", h_visie="2.", h_terug="3.", h_gov="8.", h_plan="10.",
             kengetallen=[["Schoolbesturen", "21"], ["Vestigingen (incl. pro en vso)", "64"],
                          ["Leerlingen regulier vo", "41.380"], ["Leerlingen praktijkonderwijs", "1.502"],
                          ["Leerlingen vso", "1.177"], ["Gemeenten", "5"]],
             planning=[["2026-2027", "Oprichting ouder- en jeugdsteunpunt; jaarplan met kwaliteitsparagraaf"],
                       ["2027-2028", "Audit basisondersteuning ronde 1; opening extra plekken OPDC"],
                       ["2028-2029", "Audit basisondersteuning ronde 2"],
                       ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b = [TITLE(["Koers 2030", "Ondersteuningsplan 2026-2030", c["naam"], f"({c['code']})",
                "Vastgesteld maart 2026"]), PB()]
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Visie, missie en kernwaarden",
              "3. Terugblik op de vorige planperiode", "4. Toewijzing en toelaatbaarheid", "   4.1 Basisondersteuning",
              "   4.2 Het ondersteuningscontinuüm", "   4.3 TLV vso", "   4.4 Lwoo en pro", "   4.5 Afloop en verlenging van de TLV",
              "5. Thuiszitters en dekkend netwerk", "6. Ouders en communicatie", "7. Geld en middelen",
              "8. Organisatie en governance", "9. Kwaliteit en resultaten", "10. Planning en vaststelling",
              "Bijlage A. Begrippenlijst", "Bijlage B. Afkortingen"])
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [
        H1("4. Toewijzing en toelaatbaarheid"),
        P("In dit hoofdstuk beschrijven we hoe ondersteuning in Delta-Noord is opgebouwd en hoe leerlingen "
          "toegang krijgen tot extra en specialistische ondersteuning."),
        H2("4.1 Basisondersteuning"),
        P("Basisondersteuning is in ons verband de afgesproken ondergrens van ondersteuning die op alle 64 "
          "vestigingen aanwezig is, ook op het praktijkonderwijs en op de categorale gymnasia. Het algemeen "
          "bestuur heeft dit niveau in 2024 vastgesteld als gemeenschappelijke norm voor alle aangesloten "
          "scholen; geen vestiging mag daaronder zitten en geen leerling hoeft ervoor een aanvraag te doen."),
        P("Welke voorzieningen, interventies en expertise precies onder de basisondersteuning vallen, is per "
          "onderdeel uitgeschreven in de Kaart Basisondersteuning, die iedere vestiging in haar schoolgids en "
          "op haar eigen website publiceert. Voor de inhoud verwijzen we daarom naar de schoolgidsen van de "
          "afzonderlijke vestigingen."),
        P("Het verband toetst elke twee jaar via een audit door een collega-school en een medewerker van het "
          "bureau of de vestiging aan de afgesproken norm voldoet. Bij tekortkomingen maakt de schoolleiding "
          "binnen drie maanden een verbeterplan dat het bestuur van de school aan het verband voorlegt."),
        H2("4.2 Het ondersteuningscontinuüm"),
        P("Boven op de basisondersteuning kent Delta-Noord een continuüm in vier niveaus, dat we samen met "
          "de schoolbesturen hebben ingericht:"),
        TAB([["Niveau", "Voorziening", "Toegang"],
             ["1", "Basisondersteuning op iedere vestiging", "Geen aanvraag"],
             ["2", "Extra ondersteuning op de eigen school: schoolarrangementen zoals een trajectklas, "
                   "begeleiding door een gedragsspecialist of een aangepast rooster", "Besluit schoolleiding op basis van OPP"],
             ["3", "Bovenschoolse voorzieningen: OPDC De Overstap (96 plaatsen), Reboundvoorziening Havenstad, "
                   "Flexcollege voor leerlingen met psychische problematiek, ISK voor nieuwkomers, "
                   "plusvoorziening voor hoogbegaafde leerlingen", "Plaatsing via het Loket, na consultatie consulent"],
             ["4", "Voortgezet speciaal onderwijs (cluster 3 en 4) en onderwijs-zorgarrangementen", "TLV"]]),
        P("Scholen kunnen hun leerlingen via het Loket aanmelden voor een bovenschoolse voorziening. De "
          "consulent van het verband adviseert de school en zoekt samen met de school naar de best passende "
          "plek. Plaatsing in een bovenschoolse voorziening is in principe tijdelijk en gericht op terugkeer "
          "naar de eigen school."),
        H2("4.3 De toelaatbaarheidsverklaring vso"),
        P("Een TLV vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling is "
          "ingeschreven. De school dient de aanvraag in via het Loket met een dossier dat ten minste bestaat "
          "uit het OPP met twee evaluaties, het verslag van het multidisciplinair overleg, een onderwijskundig "
          "rapport en de zienswijze van de ouders. De Commissie van Toelaatbaarheid (CvT) beoordeelt het dossier, "
          "vraagt de adviezen van twee deskundigen op en adviseert de directeur-bestuurder, die binnen zes "
          "weken na ontvangst van een volledig dossier besluit. De eerste deskundige is altijd een "
          "orthopedagoog of psycholoog; de tweede deskundige wordt per leerling gekozen. Beide deskundigen "
          "brengen afzonderlijk schriftelijk advies uit en zijn niet betrokken geweest bij de aanvraag."),
        P("Een leerling is toelaatbaar tot het vso als aan alle onderstaande criteria is voldaan:"),
        UL(["de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school inclusief niveau 2 en "
            "3 kan bieden, wat blijkt uit een OPP dat ten minste twee keer is geëvalueerd;",
            "de leerling heeft structureel een kleine groep, een intensieve pedagogische aanpak of een "
            "specialistische behandelcomponent nodig die binnen het regulier onderwijs niet beschikbaar is;",
            "beide deskundigen onderschrijven dat het vso het best passende onderwijsaanbod is;",
            "bij de keuze voor het vso is nagegaan of een onderwijs-zorgarrangement in het regulier onderwijs "
            "een alternatief is."]),
        P("De CvT bepaalt ook de bekostigingscategorie: laag voor leerlingen met gedrags- of psychiatrische "
          "problematiek en voor zeer moeilijk lerende leerlingen, midden voor leerlingen met een lichamelijke "
          "beperking of langdurige ziekte, hoog voor meervoudig beperkte leerlingen. Een TLV wordt afgegeven "
          "voor twee schooljaren, bij zeer moeilijk lerende leerlingen voor de gehele schoolloopbaan."),
        H2("4.4 Lwoo en praktijkonderwijs"),
        P("Delta-Noord hanteert voor lwoo en praktijkonderwijs de landelijke criteria. Een leerling komt in "
          "aanmerking voor lwoo als het IQ tussen 75 en 90 ligt en er een leerachterstand is van 25 tot 50% "
          "op twee van de vier domeinen, of bij een IQ tussen 91 en 120 in combinatie met sociaal-emotionele "
          "problematiek. Toelaatbaarheid tot praktijkonderwijs geldt bij een IQ tussen 55 en 80 en een "
          "leerachterstand van ten minste 50% op twee domeinen, waarvan één begrijpend lezen of inzichtelijk "
          "rekenen. De vo-school van aanmelding dient de aanvraag in bij het Loket; de CvT besluit voor "
          "leerlingen uit groep 8 vóór 15 april, voor overige leerlingen binnen vier weken."),
        H2("4.5 Afloop en verlenging van de TLV"),
        P("Uitgangspunt van Delta-Noord is dat geen leerling langer in het vso blijft dan nodig is. Wanneer "
          "een leerling dat kan, keert hij of zij terug naar het regulier onderwijs, bij voorkeur naar een "
          "school in de eigen woonplaats. Voorwaarde is dat de ontvangende school met een schoolarrangement "
          "(niveau 2) de ondersteuning kan bieden die uit het OPP volgt. Een terugkeer wordt altijd begeleid: "
          "de leerling krijgt het overgangsarrangement 'Warme Landing' van ten hoogste twaalf maanden, waarin "
          "een ambulant begeleider van de vso-school wekelijks meekijkt en de ontvangende school extra "
          "begeleidingsuren inzet."),
        P("De procedure verloopt als volgt. Uiterlijk 1 februari van het laatste jaar van de TLV voert de "
          "vso-school een evaluatiegesprek met leerling, ouders en de consulent van het verband, waarin het "
          "OPP wordt besproken. De vso-school brengt daarna vóór 1 maart een schriftelijk advies uit: "
          "terugplaatsing, overplaatsing naar een andere vorm van onderwijs of verlenging. Bij een advies "
          "tot terugplaatsing zoekt de consulent samen met de ouders een passende reguliere school en vindt "
          "vóór 1 juni een overdrachtsgesprek plaats. De TLV eindigt op 31 juli. Adviseert de vso-school "
          "verlenging, dan beslist de CvT op dezelfde wijze als bij een eerste aanvraag."),
        H1("5. Thuiszitters en dekkend netwerk"),
        P("Een dekkend netwerk betekent voor ons dat er voor iedere jongere een passende plek is en dat we "
          "tijdig zien waar dat niet lukt. Daarom analyseren we elk voorjaar met de schoolbesturen en de "
          "gemeenten waar het aanbod tekortschiet: welke leerlingen staan op een wachtlijst, welke leerlingen "
          "zitten thuis, en voor welke groepen is er geen passend aanbod. De uitkomst van die analyse leidt "
          "tot concrete afspraken in het jaarplan, met een verantwoordelijke en een datum."),
        P("Iedere maand komt de thuiszitterstafel bijeen, met de leerplichtambtenaren, de consulenten van het "
          "verband, het jeugdteam en zo nodig de betrokken school. Elke thuiszitter krijgt binnen twee weken "
          "een casusregisseur. Lukt het niet om binnen drie maanden een oplossing te vinden, dan gebruikt de "
          "directeur-bestuurder zijn doorzettingsmacht: hij wijst een school of voorziening aan die de "
          "leerling opvangt, op kosten van het verband."),
        P("Uit de analyse van 2025 bleek dat er te weinig plaatsen zijn voor leerlingen met autisme die een "
          "havo- of vwo-diploma kunnen halen. In 2027 openen twee besturen samen een kleinschalige voorziening "
          "van 40 plaatsen; het verband financiert de aanloopkosten. Ook de zorgplicht pakken de besturen "
          "gezamenlijk op: als een school binnen tien weken geen plek vindt, neemt het Loket de regie."),
    ]
    b += f_oogo(c, inhoudelijk=True)
    b += [
        H1("6. Ouders en communicatie"),
        P("Ouders hebben recht op heldere informatie over wat scholen en het verband aan ondersteuning "
          "bieden. We informeren ouders via:"),
        UL(["de ouderpagina op onze website, met een zoekfunctie waarmee ouders per vestiging de "
            "basisondersteuning en de schoolarrangementen kunnen bekijken;",
            "de ouderfolder 'Wat als mijn kind extra hulp nodig heeft?', beschikbaar in zes talen;",
            "de schoolgidsen van de scholen;",
            "een wekelijks telefonisch spreekuur van de consulenten van het verband."]),
        P("Voor onafhankelijk advies zullen ouders terecht kunnen bij het ouder- en jeugdsteunpunt dat "
          "het verband in de loop van schooljaar 2026-2027 opricht. Zodra het steunpunt operationeel is, "
          "maken we de contactgegevens en de werkwijze bekend."),
        H1("7. Geld en middelen"),
        P("Delta-Noord hanteert een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
          "schoolbesturen, zodat scholen zelf de ondersteuning kunnen organiseren die hun leerlingen nodig "
          "hebben. De verdeling gebeurt volgens het volgende verdeelmodel:"),
        UL(["de lichte-ondersteuningsmiddelen gaan volledig naar de besturen, naar rato van het "
            "leerlingaantal op 1 oktober van het voorgaande jaar (circa € 162 per leerling);",
            "uit de middelen voor zware ondersteuning betaalt het verband eerst de afdracht vso, de "
            "bovenschoolse voorzieningen en het bureau; het restant gaat per leerling naar de besturen;",
            "bovenschoolse voorzieningen worden bekostigd per plaats (OPDC € 11.500 per plaats per jaar);",
            "lwoo- en pro-middelen worden doorgegeven op basis van het aantal aangewezen leerlingen."]),
        P("Schoolbesturen verantwoorden de besteding jaarlijks in een vast format in hun jaarverslag; het "
          "verband bespreekt die verantwoording met ieder bestuur in het najaar."),
        TAB([["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsbekostiging", "27.840", "27.610", "27.350", "27.120"],
             ["Baten lwoo en pro", "19.215", "19.100", "18.960", "18.820"],
             ["Afdracht vso via DUO", "-12.960", "-13.050", "-13.120", "-13.200"],
             ["Middelen naar schoolbesturen", "-26.410", "-26.160", "-25.870", "-25.590"],
             ["Bovenschoolse voorzieningen", "-4.620", "-5.080", "-5.080", "-5.080"],
             ["Thuiszitterstafel en doorzettingsmacht", "-310", "-310", "-320", "-320"],
             ["Ouder- en jeugdsteunpunt", "-120", "-240", "-245", "-250"],
             ["Bureau en CvT", "-2.890", "-2.940", "-2.990", "-3.040"],
             ["Saldo", "-255", "-1.070", "-1.315", "-1.540"]]),
        P("De reserve van het verband bedroeg eind 2025 € 6,1 miljoen. De tekorten in de begroting zijn "
          "bewust: de reserve wordt afgebouwd tot de signaleringswaarde van de inspectie."),
    ]
    b += f_governance(c) + f_medezeggenschap(c) + f_personeel(c) + f_ict_privacy(c) + f_arbeidsmarkt(c)
    b += [
        H1("9. Kwaliteit en resultaten"),
        P("Delta-Noord wil een lerende organisatie zijn die resultaatgericht werkt. De beoogde resultaten en "
          "de manier waarop we die volgen, beschrijven we in het jaarplan 2026-2027. Dat jaarplan verschijnt "
          "na vaststelling op onze website. De leerresultaten van de scholen zelf vallen onder het toezicht "
          "van de inspectie en worden hier niet besproken."),
    ]
    b += f_planning(c, met_evaluatie=False) + f_begrippen(c) + f_afkortingen(c)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": [], "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "§4.1 defines the agreed minimum for all 64 vestigingen, but the content is only referred to the schools' Kaart Basisondersteuning / schoolgidsen (not in the plan).",
               "plaatsing": "§4.3 procedure (bevoegd gezag, dossier, CvT, 2 deskundigen, 6 weeks) and vso criteria list + categories; §4.4 lwoo/pro criteria and dates.",
               "terugstroom": "Hidden in §4.5 'Afloop en verlenging van de TLV' inside the TLV chapter: policy (aim, conditions, Warme Landing) and dated steps to 31 juli.",
               "financien": "Ch.7 'Geld en middelen': verdeelmodel with per-leerling amounts and a 2026-2029 meerjarenbegroting table; reserve, verantwoording in jaarverslag.",
               "dekkend-aanbod": "§4.2 four-level continuum table; ch.5 annual gap analysis, thuiszitterstafel, doorzettingsmacht, zorgplicht; OOGO with jeugdhulp/OZA.",
               "resultaten": "Ch.9 only says results and monitoring will be in the jaarplan on the website; 'resultaatgericht' and leerresultaten are passing mentions.",
               "ouders": "Ch.6 lists website/folder/schoolgids/spreekuur; the independent steunpunt is only announced ('zal ... oprichten'); OPR parents = betrokkenheid."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN C – VO Heuvelland-Maas (medium), .pdf
def plan_c():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelland-Maas", per="2025-2029",
             regio="Heuvelland-Maas", code="VO 31-07", besturen="negen",
             gemeenten="Maasdal, Heuvelrand, Geuldorp en Sint-Aldegonde",
             bestuurder="J.W.M. (Jos) Vanderhoven", fte="11,2", opr_datum="18 maart 2025",
             oogo_datum="6 maart 2025", vast_datum="25 maart 2025",
             h_ctx="1.", h_visie="2.", h_terug="3.", h_gov="10.", h_plan="11.",
             kengetallen=[["Schoolbesturen", "9"], ["Vestigingen", "22"], ["Leerlingen regulier vo", "15.806"],
                          ["Leerlingen vso", "402"], ["Leerlingen praktijkonderwijs", "431"]],
             planning=[["2025-2026", "Nulmeting indicatoren; nieuw communicatieplan"],
                       ["2026-2027", "Herziening thuiszittersprotocol; addendum terugplaatsing"],
                       ["2027-2028", "Tussenevaluatie met OPR"],
                       ["2028-2029", "Voorbereiding nieuw plan"]])
    b = [TITLE(["Ondersteuningsplan", c["naam"], c["code"], "Planperiode 1 augustus 2025 - 31 juli 2029"]), PB()]
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Visie, missie en kernwaarden",
              "3. Terugblik op de vorige planperiode", "4. De ondersteuningsstandaarden", "5. Ondersteuningsniveaus",
              "6. Toelaatbaarheid vso, lwoo en pro", "7. Doorstroom en uitstroom", "8. Kwaliteitszorg en resultaten",
              "9. Financieel beleid", "10. Organisatie en governance", "    Communicatie",
              "11. Planning en vaststelling", "Bijlage A. Begrippenlijst", "Bijlage B. Afkortingen"])
    v = f_voorwoord(c)
    v[2] = P("Dit plan is geen handboek. Het beschrijft de afspraken die we met elkaar maken en de koers die "
             "we de komende vier schooljaren willen varen. De uitwerking volgt jaarlijks in het jaarplan. Wij "
             "danken iedereen die heeft bijgedragen, in het bijzonder de wethouders en beleidsmedewerkers van "
             "de gemeenten voor de open gesprekken.")
    b += v + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [
        H1("4. De ondersteuningsstandaarden"),
        P("Alle besturen in Heuvelland-Maas hebben zich verbonden aan tien ondersteuningsstandaarden. Samen "
          "vormen zij het niveau van basisondersteuning dat op iedere vestiging van iedere aangesloten school "
          "aanwezig is. Het is een minimum: scholen kunnen meer bieden, maar niet minder. De standaarden zijn "
          "in 2024 door de schoolleiders zelf opgesteld en door het bestuur vastgesteld."),
        TAB([["Nr.", "Standaard", "Wat betekent dit voor de leerling"],
             ["1", "Mentoraat", "Elke leerling heeft een mentor die hem kent en minstens drie keer per jaar spreekt."],
             ["2", "Ondersteuningscoördinator", "Op iedere vestiging is een vaste coördinator bereikbaar."],
             ["3", "Leesproblemen en dyslexie", "Faciliteiten volgens het gezamenlijke dyslexieprotocol."],
             ["4", "Rekenproblemen en dyscalculie", "Rekenbegeleiding en toegestane hulpmiddelen."],
             ["5", "Sociaal-emotionele ontwikkeling", "Een training weerbaarheid of faalangst in de onderbouw."],
             ["6", "Gedrag", "Een schoolbrede aanpak gedrag (zoals PBS) en een time-outvoorziening met begeleiding."],
             ["7", "Executieve functies", "Begeleiding bij plannen en organiseren, o.a. huiswerkklas."],
             ["8", "Medisch handelen", "Afspraken volgens protocol; een opgeleide medewerker per vestiging."],
             ["9", "Ondersteuningsteam", "Een OT met orthopedagoog, schoolmaatschappelijk werk en jeugdarts."],
             ["10", "Handelingsgericht werken", "Een OPP binnen zes weken als blijkt dat de leerling meer nodig heeft."]]),
        H1("5. Ondersteuningsniveaus"),
        P("De ondersteuning in Heuvelland-Maas is georganiseerd in vier niveaus die op elkaar aansluiten. "
          "Niveau 1 is de basisondersteuning uit hoofdstuk 4. Niveau 2 is extra ondersteuning binnen de "
          "school, zoals een trajectvoorziening of begeleiding door een ambulant begeleider, waarvoor de "
          "school een arrangement inzet uit het eigen budget. Niveau 3 omvat de bovenschoolse voorzieningen "
          "van het verband: het OPDC in Maasdal (60 plaatsen), de Plusklas voor leerlingen met een "
          "ontwikkelingsvoorsprong en de internationale schakelklas in Heuvelrand. Niveau 4 is het voortgezet "
          "speciaal onderwijs, met twee vso-scholen in de regio (cluster 3 en cluster 4)."),
        P("Een school die voor een leerling de grens van niveau 2 bereikt, bespreekt de leerling in het "
          "ondersteuningsteam en kan daarna een plaats in een bovenschoolse voorziening aanvragen bij het "
          "Centraal Aanmeldpunt. Daarnaast zijn er onderwijs-zorgarrangementen voor leerlingen die onderwijs en "
          "dagbehandeling combineren."),
        P("Thuiszitters: het huidige thuiszittersprotocol wordt herzien. Wij verwachten dat het vernieuwde "
          "protocol in 2027, na afstemming met de leerplichtambtenaren, opnieuw wordt vastgesteld."),
    ]
    b += f_oogo(c, inhoudelijk=True)
    b += [
        H1("6. Toelaatbaarheid vso, lwoo en pro"),
        H2("6.1 Procedure vso"),
        P("De aanvraag van een toelaatbaarheidsverklaring wordt gedaan door het schoolbestuur van de school "
          "waar de leerling is ingeschreven. Het schoolbestuur dient via het Centraal Aanmeldpunt een dossier "
          "in met het OPP, de evaluaties daarvan en het verslag van het ondersteuningsteam. De Commissie "
          "Toelaatbaarheid (CTL) vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en een "
          "tweede deskundige die past bij de problematiek van de leerling. Binnen zes weken na ontvangst van "
          "het volledige dossier neemt de CTL namens het bestuur een besluit. De TLV wordt afgegeven voor "
          "twee schooljaren, in de bekostigingscategorie die past bij de beperking van de leerling."),
        H2("6.2 Criteria vso"),
        TAB([["Criterium", "Toelichting"],
             ["A. Ondersteuning in het regulier onderwijs is ontoereikend",
              "De school heeft de niveaus 1 tot en met 3 aantoonbaar benut; het OPP is ten minste twee keer geëvalueerd."],
             ["B. Ondersteuningsbehoefte op meerdere domeinen",
              "Er is sprake van een blijvende behoefte op ten minste twee domeinen: leren, gedrag, communicatie, fysiek of medisch."],
             ["C. Specifieke onderwijsbehoefte",
              "De leerling heeft een kleine groep, een hoge mate van structuur of een specialistische behandelcomponent nodig."],
             ["D. Perspectief",
              "Het vso biedt een realistisch uitstroomperspectief dat in het regulier onderwijs niet haalbaar is."]]),
        H2("6.3 Lwoo en praktijkonderwijs"),
        P("Voor lwoo en pro gelden de landelijke criteria (lwoo: IQ 75-90 en leerachterstand 25-50% op twee "
          "domeinen; pro: IQ 55-80 en leerachterstand van 50% of meer op twee domeinen). De basisschool levert "
          "de gegevens aan via het overdrachtsdossier; de vo-school van aanmelding vraagt de aanwijzing of "
          "toelaatbaarheid aan bij het Centraal Aanmeldpunt vóór 1 april; de CTL besluit binnen vier weken."),
        H1("7. Doorstroom en uitstroom"),
        P("De overstap van het primair naar het voortgezet onderwijs verloopt volgens de regionale "
          "POVO-afspraken met warme overdracht voor leerlingen met een ondersteuningsbehoefte. Aan het eind "
          "van de schoolloopbaan stromen vso-leerlingen uit naar het mbo, naar arbeid of naar dagbesteding; "
          "het uitstroomprofiel bepaalt de route. Het beleid voor terug- en overplaatsing vanuit het vso wordt "
          "in het eerste planjaar herzien en als addendum aan dit plan toegevoegd."),
        H1("8. Kwaliteitszorg en resultaten"),
        P("Voor de planperiode 2025-2029 hebben we de volgende beoogde resultaten geformuleerd voor leerlingen "
          "die extra ondersteuning nodig hebben:"),
        TAB([["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
             ["Deelnamepercentage vso (peildatum 1 oktober)", "2,5%", "2,1%"],
             ["Leerlingen met OPP dat op de reguliere school wordt afgerond", "71%", "80%"],
             ["Gemiddelde doorlooptijd aanvraag bovenschoolse voorziening", "7 weken", "4 weken"],
             ["Schoolleiders tevreden over ondersteuning door het verband", "6,8", "7,5"]]),
        P("We volgen deze indicatoren twee keer per jaar in een dashboard dat de beleidsmedewerker kwaliteit "
          "samenstelt uit DUO-gegevens en de eigen registratie. Het dashboard wordt besproken in de algemene "
          "vergadering en met de raad van toezicht. Eens per jaar verantwoordt het verband de bereikte "
          "resultaten in het jaarverslag, met een vergelijking met de streefwaarden en een toelichting op "
          "afwijkingen. Elke twee jaar houden we een tevredenheidspeiling onder schoolleiders en "
          "ondersteuningscoördinatoren. Blijft een indicator achter, dan stelt het bestuur in het volgende "
          "jaarplan bijsturingsmaatregelen vast."),
        H1("9. Financieel beleid"),
        P("De ondersteuningsmiddelen worden verdeeld volgens een gemengd model. Uit de zware-"
          "ondersteuningsmiddelen betaalt het verband eerst de verplichte afdracht vso en de bovenschoolse "
          "voorzieningen. Het restant en de lichte-ondersteuningsmiddelen gaan naar de schoolbesturen volgens "
          "deze verdeelsleutel:"),
        UL(["70% op basis van het aantal leerlingen op 1 oktober van het voorgaande schooljaar;",
            "20% op basis van het aandeel leerlingen in de basisberoepsgerichte en kaderberoepsgerichte leerweg;",
            "10% als vaste voet per vestiging."]),
        P("Het bestuur stelt de verdeelsleutel vast na instemming van de algemene vergadering; de bedragen "
          "worden jaarlijks vóór 1 juli aan de besturen bekendgemaakt."),
        TAB([["Meerjarenbegroting", "2025", "2026", "2027", "2028"],
             ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("De meerjarenbegroting 2025-2029 wordt na vaststelling van de jaarrekening 2024 in dit plan "
          "ingevoegd."),
    ]
    b += f_governance(c) + f_medezeggenschap(c, ouders_in_opr=False) + f_personeel(c) + f_ict_privacy(c)
    b += [
        H2("Communicatie"),
        P("Heldere communicatie is een randvoorwaarde voor passend onderwijs. Een nieuw communicatieplan, "
          "inclusief de manier waarop we leerlingen en hun ouders bereiken en wijzen op de mogelijkheden "
          "voor onafhankelijk advies, wordt in 2026 opgesteld. Tot dan verwijzen we naar www.swv-heuvellandmaas.nl."),
    ]
    b += f_arbeidsmarkt(c) + f_planning(c) + f_begrippen(c) + f_afkortingen(c)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": []},
        notes={"basisondersteuning": "Ch.4 'De ondersteuningsstandaarden': ten standards = minimum on every vestiging, in a table (the word basisondersteuning is used once).",
               "plaatsing": "Ch.6: schoolbestuur applies via Centraal Aanmeldpunt, CTL with 2 deskundigen decides within 6 weeks; criteria A-D only in a table; lwoo/pro criteria and dates.",
               "terugstroom": "Ch.7 'Doorstroom en uitstroom' is PO-VO overstap and vso uitstroom (near-misses); terug- en overplaatsing policy is deferred to an addendum.",
               "financien": "Ch.9 gives a verdeelsleutel (70/20/10) but the meerjarenbegroting table is all 'p.m.' and deferred.",
               "dekkend-aanbod": "Ch.5 four-level continuum incl. OPDC/Plusklas/ISK/vso, OOGO with jeugdhulp; thuiszitters only a deferral ('in 2027 opnieuw vastgesteld'), no gap handling.",
               "resultaten": "Ch.8 indicator table with nulmeting/streefwaarde plus twice-yearly dashboard, jaarverslag, tevredenheidspeiling.",
               "ouders": "No information channels, no independent help, no parent role: 'Communicatie' only defers to a 2026 plan and the website; OPR described without parents."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN D – VO Amstelkust (large), .html
def plan_d():
    c = dict(naam="Samenwerkingsverband VO Amstelkust", per="2026-2030", regio="Amstelkust",
             code="VO 27-12", besturen="30", gemeenten="Amstelveld, Duinwijk, Kustmeer, Oudeveen en Zandpoort",
             bestuurder="mr. S. (Samira) El Amrani", fte="31,5", opr_datum="26 februari 2026",
             oogo_datum="2 februari 2026", vast_datum="9 maart 2026",
             h_ctx="1.", h_visie="2.", h_terug="3.", h_gov="9.", h_plan="10.",
             kengetallen=[["Schoolbesturen", "30"], ["Vestigingen", "71"], ["Leerlingen regulier vo", "48.950"],
                          ["Leerlingen vso", "1.460"], ["Leerlingen praktijkonderwijs", "1.690"],
                          ["Leerlingen in ISK", "610"]],
             planning=[["2026-2027", "Herijking verdeelmodel; beleidsuitgangspunten terugplaatsing"],
                       ["2027-2028", "Gezamenlijke ondergrens basisondersteuning vastgesteld"],
                       ["2028-2029", "Tussenevaluatie plan met OPR"],
                       ["2029-2030", "Voorbereiding nieuw plan"]])
    b = [TITLE(["Ondersteuningsplan 2026-2030 (webversie)", c["naam"], c["code"]])]
    b += [TOC(["Op deze pagina", "1. Ons samenwerkingsverband", "2. Visie, missie en kernwaarden",
               "3. Terugblik", "4. Basisondersteuning", "5. Toewijzing: TLV, lwoo en pro",
               "6. Het ondersteuningsaanbod en dekkend netwerk", "7. Terugplaatsing en overplaatsing",
               "8. Communicatie", "9. Organisatie en governance", "Financiën", "Resultaten", "10. Planning",
               "Begrippenlijst", "Afkortingen"])]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [
        H1("4. Basisondersteuning"),
        P("Een verbandbreed afgesproken niveau van basisondersteuning – een gezamenlijke ondergrens waaraan "
          "iedere vestiging moet voldoen – heeft Amstelkust nog niet vastgesteld. De besturen hebben "
          "afgesproken dat eerst de landelijke norm basisondersteuning wordt afgewacht; de gezamenlijke "
          "ondergrens stellen we in schooljaar 2027-2028 vast."),
        P("Wel hebben we in 2025 geïnventariseerd welke voorzieningen nu al op alle 71 vestigingen aanwezig "
          "zijn. Ouders en leerlingen treffen op elke school in Amstelkust aan:"),
        UL(["een mentor en een ondersteuningscoördinator als vaste aanspreekpunten;",
            "faciliteiten bij dyslexie en dyscalculie, zoals extra tijd en voorleessoftware;",
            "een ondersteuningsteam met in ieder geval een orthopedagoog en de jeugdarts;",
            "een aanbod gericht op sociaal-emotionele ontwikkeling, meestal in de vorm van een training;",
            "een time-out- of opvangruimte met begeleiding;",
            "begeleiding bij medische handelingen volgens protocol."]),
        H1("5. Toewijzing: TLV, lwoo en pro"),
        P("Informatie over de aanvraag van een toelaatbaarheidsverklaring vso, over de aanwijzing voor lwoo en "
          "over de toelaatbaarheid tot het praktijkonderwijs vindt u op de pagina Toewijzing van onze website "
          "(www.swv-amstelkust.nl/toewijzing). Die pagina wordt actueel gehouden en maakt geen deel uit van "
          "dit ondersteuningsplan."),
        H1("6. Het ondersteuningsaanbod en dekkend netwerk"),
        P("Amstelkust kent een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de "
          "scholen. Het aanbod is opgebouwd van licht naar zwaar:"),
        TAB([["Laag", "Wat", "Voor wie"],
             ["Basis", "Voorzieningen op iedere school (zie hoofdstuk 4)", "Alle leerlingen"],
             ["Extra op school", "Schoolarrangementen: trajectklassen, kleine klassen, begeleiding door ambulant begeleiders", "Leerlingen met een OPP"],
             ["Bovenschools", "OPDC Amstelkust (120 plaatsen), Rebound Duinwijk, ISK (3 locaties), HB-klas Zandpoort, "
                              "Time-Outvoorziening Kustmeer", "Leerlingen die tijdelijk buiten de eigen school onderwijs nodig hebben"],
             ["Speciaal", "Vijf vso-scholen cluster 3 en 4, onderwijs-zorgarrangementen met de jeugdhulp", "Leerlingen met een TLV"]]),
        P("Om te zorgen dat er geen leerlingen tussen wal en schip vallen, werken we met een dekkend "
          "netwerk. Twee keer per jaar brengen de consulenten van het verband samen met leerplicht in kaart "
          "welke jongeren thuiszitten, een vrijstelling hebben of op een wachtlijst staan. Voor elke thuiszitter "
          "wordt binnen tien schooldagen een plan gemaakt met een vaste trajectbegeleider. Het Thuiszitterspact "
          "met de vijf gemeenten regelt dat na zes weken zonder oplossing de directeur-bestuurder een school "
          "of voorziening aanwijst. Blijkt uit de analyse dat voor een groep leerlingen structureel geen "
          "passend aanbod is, dan legt het verband binnen drie maanden een voorstel voor een nieuwe "
          "voorziening aan de besturen voor. Zo is in 2025 besloten tot uitbreiding van de Time-Outvoorziening."),
        P("Schoolbesturen nemen hun zorgplicht gezamenlijk waar: lukt het een school niet om binnen de wettelijke "
          "termijn een passende plek te bieden, dan schakelt zij de trajectbegeleider in, die de regie overneemt."),
    ]
    b += f_oogo(c, inhoudelijk=True)
    b += [
        H1("7. Terugplaatsing en overplaatsing"),
        P("Terugplaatsing naar het regulier onderwijs verloopt in Amstelkust via een vaste route. Uiterlijk "
          "1 maart van het laatste schooljaar waarvoor de TLV geldt, organiseert de vso-school een "
          "perspectiefgesprek met de leerling, de ouders en de trajectbegeleider van het verband. In dat "
          "gesprek wordt aan de hand van het OPP beoordeeld of terugplaatsing, overplaatsing of voortzetting "
          "van het vso aan de orde is. De directeur van de vso-school neemt het besluit over terugplaatsing, in "
          "overeenstemming met de ontvangende school; de trajectbegeleider zoekt met de ouders een passende "
          "school. De overdracht vindt plaats vóór 1 juli, de TLV eindigt op 31 juli en drie maanden na de "
          "overstap volgt een evaluatiegesprek op de nieuwe school."),
        P("Onze beleidsuitgangspunten voor terugplaatsing herijken we in 2026-2027."),
        H1("8. Communicatie"),
        P("Goede communicatie met ouders en leerlingen is essentieel. Ouders worden over het "
          "ondersteuningsaanbod geïnformeerd via de website van het verband, waarop per school de "
          "ondersteuningsmogelijkheden staan, via de schoolgids van iedere school, via de digitale nieuwsbrief "
          "voor ouders die vier keer per jaar verschijnt en via de jaarlijkse ouderavonden 'Passend onderwijs "
          "in de brugklas' die in oktober op alle vestigingen worden gehouden."),
        P("Voor onafhankelijke informatie en ondersteuning kunnen ouders en jongeren terecht bij het Ouder- en "
          "Jeugdsteunpunt Amstelkust, een zelfstandige stichting die door het verband wordt gefinancierd maar "
          "onafhankelijk werkt en alleen het belang van de leerling dient. Het steunpunt is bereikbaar per "
          "telefoon, e-mail en chat, en houdt wekelijks inloopspreekuur in Amstelveld en Duinwijk. Ouders kunnen "
          "ook gebruikmaken van de landelijke Onderwijsconsulenten. Klachten over het verband kunnen worden "
          "ingediend bij de klachtencommissie waarbij het verband is aangesloten."),
    ]
    b += f_governance(c) + f_medezeggenschap(c) + f_personeel(c) + f_ict_privacy(c) + f_arbeidsmarkt(c)
    b += f_ontwikkelingen(c) + f_scholencomm(c)
    b += [
        H2("Financiën"),
        P("Het verdeelmodel wordt in 2026 herzien. Het nieuwe model wordt na instemming van de OPR in het "
          "jaarplan 2027 opgenomen. De begroting voor de planperiode ziet er als volgt uit (× € 1.000):"),
        TAB([["Post", "2026", "2027", "2028", "2029"],
             ["Ondersteuningsbekostiging Rijk", "33.120", "32.890", "32.600", "32.350"],
             ["Lwoo en pro", "22.300", "22.150", "21.990", "21.840"],
             ["Afdrachten vso", "-15.900", "-16.020", "-16.100", "-16.180"],
             ["Ondersteuningsbudgetten schoolbesturen", "-18.400", "-18.100", "-17.800", "-17.550"],
             ["Lwoo- en pro-middelen naar scholen", "-22.300", "-22.150", "-21.990", "-21.840"],
             ["OPDC, Rebound, Time-Out en HB-klas", "-6.250", "-6.480", "-6.480", "-6.480"],
             ["Thuiszitterspact en trajectbegeleiding", "-820", "-840", "-860", "-880"],
             ["Ouder- en Jeugdsteunpunt", "-290", "-295", "-300", "-305"],
             ["Bureau en organisatie", "-3.110", "-3.170", "-3.230", "-3.290"],
             ["Saldo", "-11.650", "-12.015", "-12.170", "-12.325"]]),
        P("Het structureel negatieve saldo wordt gedekt uit de reserve, die eind 2025 € 49,3 miljoen bedroeg. "
          "Daarmee wordt de bovenmatige reserve conform de afspraken met het ministerie binnen de planperiode "
          "afgebouwd tot de signaleringswaarde."),
        H2("Resultaten"),
        P("Amstelkust stelt zich voor 2030 de volgende doelen voor leerlingen met een ondersteuningsbehoefte: "
          "het aantal thuiszitters langer dan drie maanden daalt van 58 (oktober 2025) naar minder dan 20; het "
          "percentage leerlingen dat na een OPDC-traject binnen twee jaar op een reguliere school een diploma "
          "haalt, stijgt van 64% naar 75%; en ten minste 80% van de ouders beoordeelt de ondersteuning als "
          "voldoende of goed."),
        P("Deze doelen monitoren we met een vast dashboard dat elk kwartaal wordt bijgewerkt en door het "
          "bestuur met de besturen wordt besproken. Jaarlijks rapporteren we de bereikte resultaten in het "
          "jaarverslag en bespreken we ze met de OPR; in het voorjaar van 2028 laten we een externe "
          "tussenevaluatie uitvoeren."),
    ]
    b += f_planning(c) + f_begrippen(c) + f_afkortingen(c)
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": [], "plaatsing": [], "terugstroom": [],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.4 lists provisions found at all 71 vestigingen (inventory), but states explicitly that no agreed verband-wide minimum exists yet (to be set 2027-2028).",
               "plaatsing": "Ch.5 only refers to the website page 'Toewijzing' which is not part of the plan; no procedure, criteria, deskundigen or bezwaar in the body.",
               "terugstroom": "Ch.7 gives a dated route (perspectiefgesprek before 1 maart, decision by vso director, overdracht before 1 juli, evaluation after 3 months) but policy is deferred ('herijken we in 2026-2027').",
               "financien": "Section 'Financiën' has a 2026-2029 begroting with amounts and reserve afbouw, but the verdeelmodel is 'in 2026 herzien' and not described.",
               "dekkend-aanbod": "Ch.6 layered table of provisions plus twice-yearly gap mapping, Thuiszitterspact, doorzettingsmacht, zorgplicht route; OOGO with jeugdhulp.",
               "resultaten": "Section 'Resultaten' near the end: numeric targets for 2030 and quarterly dashboard, jaarverslag, external mid-term evaluation.",
               "ouders": "Found under '8. Communicatie': website/schoolgids/nieuwsbrief/ouderavonden and the independent OJSP Amstelkust, Onderwijsconsulenten, klachtencommissie."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN E – PO De Lingebrug, .docx
def plan_e():
    c = dict(naam="Samenwerkingsverband PO De Lingebrug", per="2026-2030", regio="het Lingegebied",
             code="PO 26-08", besturen="twaalf", gemeenten="Lingewaard-Zuid, Betuwehof en Tielerwaard-Oost",
             bestuurder="drs. H. (Hanneke) van Dorsser", fte="9,6", opr_datum="12 maart 2026",
             oogo_datum="19 februari 2026", vast_datum="20 maart 2026",
             h_ctx="1.", h_visie="2.", h_terug="3.", h_gov="10.", h_plan="11.",
             kengetallen=[["Schoolbesturen", "12"], ["Basisscholen", "58"], ["Scholen voor sbo", "2"],
                          ["So-locaties (cluster 3 en 4)", "3"], ["Leerlingen basisonderwijs", "14.730"]],
             planning=[["2026-2027", "Nulmeting en vaststelling beoogde resultaten; nieuwe ouderwebsite"],
                       ["2027-2028", "Herijking basisondersteuning na landelijke norm"],
                       ["2028-2029", "Tussenevaluatie plan"],
                       ["2029-2030", "Voorbereiding nieuw plan"]])
    b = [TITLE(["Ondersteuningsplan 2026-2030", c["naam"], c["code"], "Samen bouwen aan passend onderwijs"]), PB()]
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Visie, missie en kernwaarden", "3. Terugblik",
              "4. Basisondersteuning", "5. Toelaatbaarheid sbo en so", "6. Van sbo en so terug naar de basisschool",
              "7. Een passende plek voor ieder kind", "8. Monitoring en resultaten", "9. Ouders",
              "10. Organisatie en governance", "   Financiën", "11. Planning", "Bijlage A. Begrippenlijst",
              "Bijlage B. Afkortingen"])
    v = f_voorwoord(c)
    v[1] = P("Wat ons bindt, is de overtuiging dat ieder kind in het Lingegebied recht heeft op onderwijs dat "
             "bij hem of haar past, het liefst op de basisschool om de hoek, samen met de kinderen uit de "
             "buurt. Dat klinkt vanzelfsprekend, maar de praktijk is weerbarstig. Het lerarentekort en de "
             "lange wachttijden in de jeugdhulp maken het werk in de groep zwaarder. Tegelijk zien we elke dag "
             "leerkrachten en intern begeleiders die met creativiteit een plek maken voor kinderen voor wie "
             "dat niet vanzelf gaat.")
    b += v + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [
        H1("4. Basisondersteuning"),
        P("De afspraken over basisondersteuning uit het vorige plan worden op dit moment herijkt. Omdat een "
          "landelijke norm basisondersteuning in voorbereiding is, hebben de besturen besloten daarop te "
          "wachten. De nieuwe afspraken worden na vaststelling van die norm als aanvulling op dit plan "
          "toegevoegd; zie de planning in hoofdstuk 11."),
        H1("5. Toelaatbaarheid sbo en so"),
        P("De aanvraagroute voor een toelaatbaarheidsverklaring wordt per 1 augustus 2026 opnieuw ingericht "
          "en gedigitaliseerd. De nieuwe werkwijze beschrijven we in de Handreiking TLV, die voor de zomer van "
          "2026 aan de scholen wordt toegezonden."),
        P("De criteria waaraan een aanvraag wordt getoetst, blijven ongewijzigd:"),
        TAB([["Voorziening", "Een leerling is toelaatbaar wanneer"],
             ["Speciaal basisonderwijs",
              "de basisschool de ondersteuning uit het OPP ten minste een half jaar heeft uitgevoerd en geëvalueerd; "
              "de leerling aantoonbaar is aangewezen op een kleinere groep en een specifieke didactische of "
              "pedagogische aanpak; en de leerling naar verwachting op de basisschool niet tot ontwikkeling komt."],
             ["So cluster 3",
              "de leerling zeer moeilijk lerend is (IQ lager dan 55) of een lichamelijke beperking of langdurige "
              "ziekte heeft die de ontwikkeling ernstig belemmert, en de sbo-aanpak onvoldoende is."],
             ["So cluster 4",
              "er sprake is van ernstige gedrags- of psychiatrische problematiek die blijkt uit diagnostiek, en "
              "een behandel- of zorgcomponent in de onderwijssetting nodig is."]]),
        P("Iedere aanvraag wordt beoordeeld op basis van de adviezen van twee deskundigen: een orthopedagoog "
          "of psycholoog, en een tweede deskundige die past bij de vraag van het kind. Een TLV voor het sbo "
          "geldt tot het einde van de basisschoolperiode; een TLV voor het so wordt afgegeven voor twee "
          "schooljaren in categorie laag, midden of hoog. Ouders die het niet eens zijn met een besluit, "
          "kunnen binnen zes weken bezwaar maken; het verband laat zich daarbij adviseren door de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("6. Van sbo en so terug naar de basisschool"),
        P("De Lingebrug vindt dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Ons beleid "
          "is erop gericht dat kinderen die dat kunnen, terugkeren naar een basisschool zo dicht mogelijk bij "
          "huis. Terugkeer is aan de orde wanneer uit het OPP blijkt dat het kind zich zodanig heeft "
          "ontwikkeld dat de basisschool, eventueel met een arrangement, aan de onderwijsbehoefte kan voldoen. "
          "Na de terugkeer begeleidt een ambulant begeleider van de sbo- of so-school het kind en de leerkracht "
          "gedurende ten minste zes maanden; in die periode is er maandelijks overleg tussen beide scholen."),
        P("Stap voor stap gaat dat als volgt:"),
        UL(["Jaarlijks vóór 1 maart bespreekt de commissie van begeleiding van de sbo- of so-school alle "
            "leerlingen in het OPP-gesprek met ouders; daarbij wordt expliciet de vraag gesteld of terugkeer "
            "mogelijk is.",
            "Is terugkeer in beeld, dan neemt de sbo- of so-school het initiatief en nodigt zij de ouders, de "
            "beoogde basisschool en de consulent van het verband uit voor een overstapgesprek.",
            "De basisschool beslist na dat gesprek, binnen vier weken, over de toelating; de consulent bewaakt "
            "de termijn.",
            "In het laatste jaar van een TLV voor het so is dit gesprek verplicht; de TLV eindigt op 31 juli "
            "en de overstap vindt plaats na de zomervakantie.",
            "Na drie en na zes maanden evalueren beide scholen met de ouders hoe het gaat."]),
        H1("7. Een passende plek voor ieder kind"),
        P("Een overzicht van de arrangementen en voorzieningen tussen basisonderwijs en speciaal onderwijs "
          "stellen we in 2026 op. Wel is al helder hoe we voorkomen dat kinderen zonder passende plek komen "
          "te zitten. Twee keer per jaar brengen de consulenten samen met de leerplichtambtenaren in kaart "
          "welke kinderen thuiszitten, een vrijstelling hebben of op een wachtlijst voor sbo of so staan. "
          "Maandelijks is er het casusoverleg 'Niemand Thuis', waarin voor ieder kind zonder passende plek "
          "binnen vier weken een oplossing wordt gezocht. Lukt dat niet, dan beslist de directeur-bestuurder, "
          "die een school aanwijst waar het kind tijdelijk onderwijs krijgt."),
        P("De besturen hebben afgesproken dat een school die de zorgplicht niet kan waarmaken, binnen zes "
          "weken na aanmelding de consulent inschakelt. De consulent zoekt dan samen met ouders en besturen "
          "een passende school. De wachtlijsten van het sbo worden elk kwartaal aan het bestuur gerapporteerd; "
          "zijn er meer dan tien wachtende kinderen, dan spreken de sbo-besturen een tijdelijke uitbreiding af."),
    ]
    b += f_oogo(c, inhoudelijk=True)
    b += [
        H1("8. Monitoring en resultaten"),
        P("De Lingebrug volgt jaarlijks een vaste set indicatoren: het deelnamepercentage sbo en so op 1 "
          "oktober, het aantal afgegeven TLV's, het aantal thuiszitters en vrijstellingen, het aantal "
          "terugplaatsingen en de doorlooptijd van aanvragen. De cijfers worden verzameld in een dashboard "
          "dat twee keer per jaar wordt besproken door het bestuur en de intern begeleiders. Eens per jaar "
          "rapporteren we de uitkomsten in het jaarverslag, dat in juni aan de OPR wordt voorgelegd. Elke twee "
          "jaar houden we een tevredenheidspeiling onder scholen."),
        P("Op 1 oktober 2025 bedroeg het deelnamepercentage sbo 2,2% en het deelnamepercentage so 1,4%; er "
          "waren 9 thuiszitters en 6 kinderen werden teruggeplaatst naar het basisonderwijs."),
        P("De beoogde resultaten per indicator stellen we vast na de nulmeting in schooljaar 2026-2027."),
        H1("9. Ouders"),
        P("Ouders zijn de eerste partners van school. Zij worden altijd betrokken bij het opstellen van het "
          "OPP en zijn aanwezig bij het overleg in het ondersteuningsteam. De informatie voor ouders over het "
          "ondersteuningsaanbod is in herziening; een nieuwe ouderwebsite volgt in 2026-2027."),
        P("Ouders die onafhankelijk advies willen of met de school of het verband van mening verschillen, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt is onafhankelijk van scholen "
          "en verband, is bereikbaar via telefoon en e-mail en kan ouders begeleiden in gesprekken. Daarnaast "
          "kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten, en bij een geschil over "
          "toelating, verwijdering of het OPP op de Geschillencommissie passend onderwijs. Voor klachten over "
          "het verband geldt de klachtenregeling van het verband."),
    ]
    b += f_governance(c) + f_medezeggenschap(c) + f_personeel(c) + f_ict_privacy(c)
    b += f_ontwikkelingen(c) + f_scholencomm(c)
    b += [
        H2("Financiën"),
        P("Het verband ontvangt middelen voor passend onderwijs die ten goede komen aan de kinderen in de regio. "
          "Het financieel kader voor de planperiode wordt na vaststelling van de begroting 2026 door het "
          "algemeen bestuur uitgewerkt. De begroting 2026 en de meerjarenraming zijn opgenomen in bijlage 6."),
    ]
    b += f_planning(c) + f_begrippen(c) + f_afkortingen(c, vo=False)
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.4 only says the afspraken are being herijkt and will be added later; definition only in the begrippenlijst (trap).",
               "plaatsing": "Ch.5 has a criteria table for sbo/so cluster 3/4 plus deskundigen, duration/category, bezwaar, but the aanvraagroute is deferred to a future Handreiking TLV.",
               "terugstroom": "Ch.6: policy (aim, conditions, 6 months ambulante begeleiding) and a step list (who initiates, before 1 maart, 4 weeks, TLV end 31 juli, evaluations); ch.8 reports 6 terugplaatsingen.",
               "financien": "'Financiën' (a subsection under governance) only says the kader will be worked out and points to an absent bijlage 6; no verdeling, no amounts.",
               "dekkend-aanbod": "Ch.7 'Een passende plek voor ieder kind': gap mapping, 'Niemand Thuis', zorgplicht route, sbo wachtlijst rule; overview of arrangementen/voorzieningen deferred to 2026.",
               "resultaten": "Ch.8 describes indicators, dashboard, jaarverslag and reports 2025 figures, but beoogde resultaten are deferred until after the nulmeting.",
               "ouders": "Ch.9: independent OJSP Rivierenland, Onderwijsconsulenten, Geschillencommissie; information for parents 'in herziening', new website 'volgt'."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# NEAR-MISS – school-level ondersteuningsplan / SOP of a VO school, .docx
def nearmiss():
    b = [TITLE(["Ondersteuningsplan 2025-2026", "Christelijk College De Waterpoort",
                "Locatie vmbo en praktijkroute", "Schoolondersteuningsprofiel en zorgstructuur"]), PB(),
         TOC(["Inhoudsopgave", "1. Inleiding", "2. Onze school", "3. Basisondersteuning op De Waterpoort",
              "4. Extra ondersteuning en arrangementen", "5. Het ondersteuningsteam", "6. Toelaatbaarheid en verwijzing",
              "7. Terugplaatsing vanuit het vso", "8. Middelen", "9. Ouders", "10. Resultaten en evaluatie"]), PB(),
         H1("1. Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe Christelijk College De Waterpoort, locatie vmbo, in schooljaar "
           "2025-2026 de ondersteuning aan haar leerlingen organiseert. Het is ons schoolondersteuningsprofiel "
           "en bevat tevens de beschrijving van onze zorgstructuur. Het plan is besproken met de "
           "medezeggenschapsraad van de school en wordt elk schooljaar opnieuw vastgesteld door de "
           "locatiedirecteur. De Waterpoort is aangesloten bij Samenwerkingsverband VO Vechtstreek-Oost; de "
           "afspraken van het samenwerkingsverband staan in het ondersteuningsplan van dat verband en worden "
           "hier niet herhaald."),
         H1("2. Onze school"),
         P("De Waterpoort is een christelijke school voor vmbo basis, kader en gemengde leerweg, met een "
           "praktijkroute. De locatie telt 742 leerlingen en 68 medewerkers. Veel leerlingen komen uit de "
           "dorpen rond Ommerkanaal. Ongeveer een derde van onze leerlingen heeft een aanwijzing voor "
           "leerwegondersteunend onderwijs. We werken in kleine teams per leerjaar en met vaste "
           "mentoren die de leerlingen twee jaar begeleiden."),
         H1("3. Basisondersteuning op De Waterpoort"),
         P("Onze school biedt ten minste de basisondersteuning die in het samenwerkingsverband is afgesproken. "
           "Concreet betekent dat op onze locatie: een mentor per klas met een wekelijks mentoruur, een "
           "ondersteuningscoördinator (0,8 fte), een dyslexiecoach, faalangst- en sova-trainingen in leerjaar "
           "1 en 2, huiswerkbegeleiding op dinsdag en donderdag, een Time-In-lokaal met vaste begeleider en "
           "een vertrouwenspersoon. Leerlingen met dyslexie krijgen een dyslexiepas met de faciliteiten "
           "waarop zij recht hebben."),
         H1("4. Extra ondersteuning en arrangementen"),
         P("Wanneer de basisondersteuning niet volstaat, stelt de mentor samen met de ondersteuningscoördinator "
           "een ontwikkelingsperspectiefplan op. De school kan dan een arrangement inzetten, zoals de "
           "Rebound-lessen op school, begeleiding door de gedragsspecialist of een aangepast rooster. De "
           "arrangementen worden bekostigd uit het ondersteuningsbudget dat de school van het bestuur ontvangt. "
           "We evalueren een OPP ten minste twee keer per jaar met de leerling en de ouders."),
         H1("5. Het ondersteuningsteam"),
         P("Het ondersteuningsteam (OT) van de locatie komt elke zes weken bijeen. Vaste leden zijn de "
           "ondersteuningscoördinator, de orthopedagoog, de schoolmaatschappelijk werker, de jeugdarts en de "
           "contactpersoon van het lokale jeugdteam. Leerlingen worden ingebracht door de mentor of de "
           "teamleider, altijd na overleg met de ouders. Het OT adviseert over de te nemen stappen en houdt "
           "de voortgang bij in het leerlingvolgsysteem."),
         H1("6. Toelaatbaarheid en verwijzing"),
         P("Heeft een leerling meer nodig dan onze school kan bieden, dan kan ons bestuur bij het "
           "samenwerkingsverband een toelaatbaarheidsverklaring voor het vso aanvragen of een plaats in het "
           "OPDC. De ondersteuningscoördinator bereidt de aanvraag voor met het OPP en de evaluaties; de "
           "ouders geven hun zienswijze. Het samenwerkingsverband beslist over de aanvraag volgens zijn "
           "eigen procedure. Voor lwoo en praktijkonderwijs verzorgt de afdeling toelating de aanvraag bij "
           "het samenwerkingsverband."),
         H1("7. Terugplaatsing vanuit het vso"),
         P("De Waterpoort staat open voor leerlingen die vanuit het vso of het OPDC terugkeren. Wij voeren dan "
           "een kennismakingsgesprek met leerling en ouders en stellen een plan op voor de eerste maanden. "
           "Een vaste coach begeleidt de leerling in de eerste periode op school."),
         H1("8. Middelen"),
         P("De school ontvangt van het bestuur een ondersteuningsbudget, waarvan de hoogte afhangt van de "
           "verdeling binnen het samenwerkingsverband. In 2025-2026 besteedt de locatie dit budget aan de "
           "formatie van de ondersteuningscoördinator, de dyslexiecoach, de gedragsspecialist en het "
           "Time-In-lokaal. De lwoo-middelen worden ingezet voor kleinere klassen in de basisberoepsgerichte "
           "leerweg."),
         H1("9. Ouders"),
         P("Ouders zijn onze partners. Zij worden betrokken bij het OPP en uitgenodigd voor het OT-overleg "
           "over hun kind. De schoolgids en de website van de school bevatten informatie over de "
           "ondersteuning. Ouders die onafhankelijk advies zoeken, kunnen contact opnemen met het Ouder- en "
           "Jeugdsteunpunt Vechtstreek. Klachten worden behandeld volgens de klachtenregeling van het bestuur."),
         H1("10. Resultaten en evaluatie"),
         P("Aan het eind van het schooljaar evalueert de school de ondersteuning. In 2024-2025 haalde 96% van "
           "onze examenkandidaten een diploma; van de leerlingen met een OPP was dat 91%. Het OT bespreekt de "
           "evaluatie in juni en stelt verbeterpunten vast voor het volgende schooljaar. De resultaten worden "
           "gedeeld met de medezeggenschapsraad."),
         ]
    label = dict(
        sector="vo", looks_like_plan=False, elements={}, criteria={},
        notes={"document": "School-level 'ondersteuningsplan' / schoolondersteuningsprofiel of one VO school (De Waterpoort), adopted yearly by the locatiedirecteur and MR; it refers to the SWV's plan and is not itself an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode, verdeelmodel)."})
    return {}, b, label


# --------------------------------------------------------------------------------------------
# renderers
def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "holdout237"
    cp.last_modified_by = "holdout237"
    cp.revision = 1
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(24 if i == 0 else 14)
        elif kind == "toc":
            doc.add_paragraph(val[0], style="Heading 1")
            for line in val[1:]:
                doc.add_paragraph(line)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-identical per run."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_html(blocks, path, title, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:4px}nav{background:#eef;padding:1em}</style>",
           "</head>", "<body>", f'<header class="site-header"><p>{e(header_text)}</p></header>']
    main_open = False
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f"<p class=\"subtitle\">{e(line)}</p>")
        elif kind == "toc":
            out.append(f'<nav aria-label="inhoud"><h2>{e(val[0])}</h2><ul>')
            out += [f"<li><a href=\"#\">{e(x)}</a></li>" for x in val[1:]]
            out.append("</ul></nav>")
            out.append("<main>")
            main_open = True
        elif kind == "pagebreak":
            continue
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(x)}</th>" for x in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    if main_open:
        out.append("</main>")
    out.append(f'<footer><p>{e(footer_text)}</p></footer>')
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout237_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def write_label(label, docs, stem):
    data = {"documents": docs, "sector": label["sector"], "looks_like_plan": label["looks_like_plan"],
            "elements": label["elements"], "criteria": label["criteria"]}
    if label["looks_like_plan"]:
        assert list(label["criteria"]) == CORE
        for el, st in label["elements"].items():
            vals = [label["criteria"][k] for k in CORE if k.startswith(el + ".")]
            adv = label["advisory_addressed"].get(el, [])
            exp = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
            assert exp == st, (stem, el, st, exp)
        data["advisory_addressed"] = label["advisory_addressed"]
    data["notes"] = label["notes"]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200)
    (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("vo-vechtstreek-oost-2026", "docx", plan_a),
        ("vo-delta-noord-2026", "pdf", plan_b),
        ("vo-heuvelland-maas-2025", "pdf", plan_c),
        ("vo-amstelkust-2026", "html", plan_d),
        ("po-lingebrug-2026", "docx", plan_e),
        ("nearmiss-waterpoort-schoolplan", "docx", nearmiss),
    ]
    for stem, fmt, fn in jobs:
        c, blocks, label = fn()
        naam = c.get("naam", "Christelijk College De Waterpoort")
        per = c.get("per", "2025-2026")
        header = (f"{naam} | Ondersteuningsplan {per} | basisondersteuning · toelaatbaarheid · "
                  f"terugplaatsing · financiën · resultaten · ouders")
        footer = f"{naam} – concept ter vaststelling – pagina's genummerd per hoofdstuk"
        name = f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, OUT / name, header, footer)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / name, header, footer)
        elif fmt == "html":
            write_html(blocks, OUT / name, f"Ondersteuningsplan {per} – {naam}", header, footer)
        write_label(label, [name], stem)
        print("wrote", name)


if __name__ == "__main__":
    main()
