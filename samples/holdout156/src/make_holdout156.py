#!/usr/bin/env python3
"""Generate the holdout156 test set for opcheck: five fictional ondersteuningsplannen
(PO and VO, .docx/.pdf/.html) and one near-miss school document, plus label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# block helpers
# ---------------------------------------------------------------------------
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def TABLE(header, rows, caption=None): return ("table", header, rows, caption)
def TOC(): return ("toc",)
def BREAK(): return ("break",)


def toc_entries(blocks):
    out, n = [], 0
    for b in blocks:
        if b[0] == "h1":
            out.append(b[1])
    return out

# ---------------------------------------------------------------------------
# shared filler (parametrised); texts mention element words only in passing
# ---------------------------------------------------------------------------
def voorwoord(v):
    return [H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is het derde plan dat de aangesloten "
          f"schoolbesturen samen opstellen sinds de invoering van de Wet passend onderwijs in augustus 2014. In de afgelopen "
          f"jaren is er veel gebeurd. De coronaperiode, het lerarentekort en de toegenomen complexiteit van de vragen van "
          f"leerlingen hebben veel gevraagd van de scholen in {v['regio']}. Tegelijk zien we dat de samenwerking tussen scholen, "
          f"besturen, ouders en gemeenten sterker is geworden. Dat is een goede basis om de komende vier jaar verder te bouwen."),
        P("Dit plan is tot stand gekomen in een intensief proces. In werksessies met directeuren, intern begeleiders, "
          "ondersteuningscoördinatoren en vertegenwoordigers van de ondersteuningsplanraad hebben we besproken wat goed gaat "
          "en wat beter kan. Ook de gemeenten en de jeugdhulpaanbieders hebben meegedacht. We danken iedereen die daaraan "
          "heeft bijgedragen voor de openheid en de kritische vragen. Het plan is daardoor niet alleen een verplicht document "
          "voor de inspectie geworden, maar hopelijk ook een kompas voor de dagelijkse praktijk."),
        P("Passend onderwijs blijft mensenwerk. Geen model, geen protocol en geen verdeelsleutel vervangt het gesprek tussen "
          "een leerkracht, een kind en zijn ouders. Met dit plan willen we vooral de voorwaarden scheppen waaronder dat gesprek "
          "goed gevoerd kan worden. We wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven."),
        P(f"{v['bestuurder']}, directeur-bestuurder {v['kort']}")]


def leeswijzer(v, chapters):
    return [H2("Leeswijzer"),
        P("Dit ondersteuningsplan is als volgt opgebouwd. Na deze inleiding schetsen we de context van het "
          "samenwerkingsverband en onze visie op passend onderwijs. Daarna beschrijven we de inhoudelijke onderwerpen die "
          "de wet voorschrijft en de keuzes die we daarin maken. We sluiten af met de organisatie, de planning en de bijlagen. "
          "Wie snel wil weten wat dit plan betekent voor een individuele leerling, kan het beste beginnen bij de hoofdstukken "
          + ", ".join(chapters) + ". In de begrippenlijst achterin worden de belangrijkste termen toegelicht.")]


def wettelijk_kader(v):
    wet = "artikel 18a van de Wet op het primair onderwijs" if v["sector"] == "po" else "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    plaats = "het speciaal basisonderwijs en het speciaal onderwijs" if v["sector"] == "po" else "het voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs"
    return [H2("Wettelijk kader"),
        P(f"Het samenwerkingsverband is op grond van {wet} verplicht ten minste eenmaal per vier jaar een ondersteuningsplan "
          "vast te stellen. De wet schrijft voor dat het plan in elk geval ingaat op: het samenhangend geheel van "
          "ondersteuningsvoorzieningen, inclusief de basisondersteuning die op alle vestigingen aanwezig is; de procedure en "
          "criteria voor de verdeling, besteding en toewijzing van de ondersteuningsmiddelen, mede in het licht van een "
          f"meerjarenbegroting; de procedure en criteria voor de plaatsing van leerlingen in {plaats}; de procedure en het beleid "
          "voor terugplaatsing of overplaatsing; de beoogde en bereikte resultaten en de daaraan verbonden financiering; en de "
          "wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke "
          "ondersteuningsmogelijkheden."),
        P("Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht overleg (OOGO) met de "
          "colleges van burgemeester en wethouders van de gemeenten in het werkgebied en overleg met het samenwerkingsverband "
          "in de andere sector. De ondersteuningsplanraad heeft instemmingsrecht op het plan. Het vastgestelde plan wordt vóór "
          "1 mei toegezonden aan de inspectie van het onderwijs.")]


def context(v):
    rows = [[g, str(n)] for g, n in v["gemeenten"]]
    blocks = [H1("Ons samenwerkingsverband"),
        P(f"{v['naam']} (registratienummer {v['code']}) is een stichting waarin {v['besturen']} schoolbesturen samenwerken. "
          f"Het werkgebied omvat de gemeenten " + ", ".join(g for g, _ in v["gemeenten"]) + f". In totaal gaat het om "
          f"{v['scholen']} scholen met op de teldatum van 1 oktober 2024 ongeveer {v['leerlingen']} leerlingen. "
          f"{v['typen']}"),
        P("De regio kent grote verschillen. In de kernen aan de rand van het werkgebied zijn de scholen klein en soms "
          "kwetsbaar, terwijl in de grotere plaatsen juist sprake is van groei door nieuwbouwwijken. Het aantal leerlingen "
          "met een migratieachtergrond neemt toe, evenals het aantal nieuwkomers. De gemeenten signaleren een stijging van "
          "het aantal gezinnen met meervoudige problematiek. Deze ontwikkelingen hebben gevolgen voor de vragen waarmee "
          "scholen te maken krijgen en daarmee voor de ondersteuning die nodig is."),
        TABLE(["Gemeente", "Aantal scholen"], rows, "Tabel: scholen per gemeente (peildatum 1 oktober 2024)"),
        P("De leerlingaantallen in de regio dalen licht. Volgens de prognoses van de gemeenten zal het aantal leerlingen tot "
          "2029 met ongeveer vier procent afnemen. Dit raakt de scholen direct, want het heeft gevolgen voor de formatie "
          "en de kwetsbaarheid van kleine scholen.")]
    return blocks


def visie(v, ouders=True):
    pijler3 = ("De derde is dat we samenwerken met ouders als ervaringsdeskundigen van hun kind." if ouders else
               "De derde is dat schoolbesturen zich samen verantwoordelijk weten voor alle kinderen in de regio.")
    return [H1("Visie en missie"),
        P(f"Onze missie is kort samen te vatten: elk kind in {v['regio']} krijgt onderwijs dat bij hem of haar past, zo dicht "
          "mogelijk bij huis en samen met leeftijdsgenoten waar dat kan. Wij geloven dat kinderen het meest leren als ze zich "
          "gezien en veilig voelen, en dat verschillen tussen kinderen normaal zijn. Een school die goed omgaat met verschillen "
          "is een betere school voor alle kinderen."),
        P("Onze visie rust op vier pijlers. De eerste is dat we uitgaan van de onderwijsbehoeften van het kind en niet van "
          "een label of een diagnose. De tweede is dat de professional in de klas centraal staat: daar wordt passend onderwijs "
          "gemaakt of gebroken. " + pijler3 + " De vierde is "
          "dat onderwijs en jeugdhulp elkaar versterken in plaats van langs elkaar heen te werken."),
        P("Deze pijlers vertalen zich in een aantal kernwaarden die we hanteren bij alle keuzes in dit plan: vertrouwen, "
          "eigenaarschap, transparantie en eenvoud. Vertrouwen betekent dat we professionals de ruimte geven en niet alles "
          "vooraf dichtregelen. Eigenaarschap betekent dat schoolbesturen zich samen verantwoordelijk voelen voor alle "
          "leerlingen in de regio. Transparantie betekent dat we open zijn over keuzes en over de inzet van middelen. Eenvoud "
          "betekent dat procedures niet ingewikkelder zijn dan nodig."),
        P("Wij realiseren ons dat deze visie ambitieus is. Niet alles zal in vier jaar gerealiseerd zijn. Maar een visie "
          "geeft richting, en juist in een tijd van lerarentekort en krappe budgetten is het belangrijk om te weten waar we "
          "naartoe willen.")]


def governance(v, jaarverslag=True):
    b = [H1("Organisatie en governance"),
        P(f"{v['kort']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder, die verantwoording aflegt "
          "aan de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de "
          "aangesloten schoolbesturen en twee onafhankelijke leden. De algemene vergadering van aangesloten besturen "
          "benoemt de leden van de raad van toezicht en keurt de statuten goed. Het samenwerkingsverband hanteert de Code "
          "Goed Bestuur van de sectorraad."),
        P("De directeur-bestuurder wordt ondersteund door een klein bestuursbureau met een beleidsmedewerker, een "
          "controller, een managementassistent en een team van orthopedagogen en consulenten. Het bureau is gehuisvest in "
          f"{v['bureau']}. De organisatie is bewust klein gehouden: het grootste deel van de middelen hoort in de scholen."),
        P("Naast de formele organen kent het samenwerkingsverband een directeurenoverleg, een netwerk van intern begeleiders "
          "en een beleidsgroep met de stafmedewerkers onderwijs van de besturen. Deze overleggen hebben geen formele "
          "bevoegdheden, maar zijn van groot belang voor het draagvlak en de uitvoering van het beleid.")]
    if jaarverslag:
        b.append(P("De directeur-bestuurder stelt jaarlijks een jaarverslag en een jaarrekening op, die na goedkeuring door de "
                   "raad van toezicht worden gepubliceerd. De accountant controleert de jaarrekening op getrouwheid en "
                   "rechtmatigheid."))
    b.append(P("Conflicten tussen aangesloten besturen over de uitvoering van de taken van het samenwerkingsverband worden "
               "voorgelegd aan een geschillencommissie zoals vastgelegd in de statuten."))
    return b


def opr(v, parents=True):
    b = [H2("Medezeggenschap: de ondersteuningsplanraad")]
    if parents:
        b.append(P("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden, afgevaardigd "
                   "vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
                   "ondersteuningsplan en wordt daarnaast gevraagd mee te denken over de jaarplannen. De OPR vergadert zes keer "
                   "per jaar en heeft een eigen budget voor scholing en ondersteuning. De ouderleden brengen nadrukkelijk het "
                   "perspectief van ouders in."))
    else:
        b.append(P("De ondersteuningsplanraad (OPR) is samengesteld volgens het medezeggenschapsreglement van het "
                   "samenwerkingsverband. De raad vergadert zes keer per jaar en heeft een eigen budget voor scholing."))
    b.append(P(f"De OPR heeft op {v['opr_datum']} ingestemd met dit ondersteuningsplan. Het samenwerkingsverband heeft "
               "daarnaast een eigen medezeggenschapsraad voor het personeel van het bestuursbureau."))
    return b


def oogo(v, substantive=True):
    gs = ", ".join(g for g, _ in v["gemeenten"])
    b = [H1("Samenwerking met gemeenten")]
    if substantive:
        b += [P(f"Het samenwerkingsverband werkt nauw samen met de gemeenten {gs}. Onderwijs en jeugdhulp hebben elkaar nodig: "
                "veel leerlingen met een ondersteuningsbehoefte hebben ook thuis of in hun vrije tijd ondersteuning nodig. "
                "In het op overeenstemming gericht overleg (OOGO) maken we afspraken over onderwerpen waar onderwijs en "
                "gemeenten elkaar raken: jeugdhulp in en om de school, leerlingenvervoer, onderwijshuisvesting, leerplicht en "
                "de aansluiting tussen onderwijs en zorg."),
              P("Concreet is afgesproken dat elke school een vaste contactpersoon heeft bij het lokale jeugdteam, die ten minste "
                "zes keer per jaar aansluit bij het ondersteuningsteam van de school. Voor leerlingen die naast onderwijs ook "
                "zorg nodig hebben onder schooltijd, worden onderwijs-zorgarrangementen afgesproken waarin school, "
                "jeugdhulpaanbieder en gemeente de inzet en financiering vastleggen."),
              P(f"Het OOGO over het ontwerp van dit plan heeft plaatsgevonden op {v['oogo_datum']}. De gemeenten hebben "
                "ingestemd met het ontwerp en hebben enkele aandachtspunten meegegeven, die in dit plan zijn verwerkt.")]
    else:
        b += [P(f"Het ontwerp van dit plan is op {v['oogo_datum']} besproken in het op overeenstemming gericht overleg (OOGO) "
                f"met de colleges van burgemeester en wethouders van de gemeenten {gs}. Het verslag van dat overleg is opgenomen "
                "in het vaststellingsdossier. De gemeenten hebben geen zienswijze ingediend die tot aanpassing van het plan heeft "
                "geleid. Het overleg met het samenwerkingsverband in de andere sector heeft schriftelijk plaatsgevonden.")]
    return b


def personeel(v):
    return [H1("Personeel en professionalisering"),
        P("Goed onderwijs staat of valt met goede leraren. Het lerarentekort raakt ook onze regio: op verschillende scholen "
          "staan groepen regelmatig zonder vaste leerkracht en intern begeleiders worden ingezet voor lesgevende taken. Dit "
          "heeft directe gevolgen voor de ondersteuning die leerlingen krijgen. Het samenwerkingsverband kan het tekort niet "
          "oplossen, maar kan wel bijdragen aan het behoud en de ontwikkeling van professionals."),
        P("Het samenwerkingsverband biedt daarom een scholingsaanbod voor leraren, intern begeleiders en directeuren. Thema's "
          "zijn onder meer omgaan met gedrag, werken met een ontwikkelingsperspectief, handelingsgericht werken en "
          "samenwerken met ouders. Daarnaast organiseren we netwerkbijeenkomsten waar professionals ervaringen uitwisselen. "
          "Het aanbod wordt jaarlijks afgestemd op de vragen van de scholen."),
        P("Het personeel van het bestuursbureau valt onder de cao van de sector. Het samenwerkingsverband heeft "
          f"{v['fte']} fte in dienst. Voor de orthopedagogen en consulenten geldt een eigen professionaliseringsplan. We "
          "investeren in intervisie en in de registratie van orthopedagogen als generalist."),
        P("Een aandachtspunt is de positie van medewerkers die via een arrangement in de school werken maar in dienst zijn "
          "van een ander bestuur. Zij vallen formeel onder hun eigen werkgever, maar werken dagelijks in een andere "
          "schoolcultuur. We maken afspraken met de besturen over begeleiding en scholing van deze medewerkers.")]


def ict(v, tlv=True):
    b = [H1("Privacy en ICT"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen gegevens over "
          "gezondheid. Dat doen we alleen voor zover dat noodzakelijk is voor de wettelijke taken. We hebben een "
          "privacyreglement, een functionaris gegevensbescherming die we delen met een aantal andere samenwerkingsverbanden, "
          "en een register van verwerkingen. Medewerkers ondertekenen een geheimhoudingsverklaring.")]
    if tlv:
        b.append(P("Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. Scholen hebben alleen toegang "
                   "tot de dossiers van hun eigen leerlingen. Gegevens worden bewaard tot drie jaar na het besluit waarop zij "
                   "betrekking hebben en daarna vernietigd."))
    b.append(P("In de planperiode vervangen we de huidige registratieomgeving, omdat de leverancier de ondersteuning beëindigt. "
               "Bij de keuze voor een nieuw systeem staan gebruiksgemak voor scholen en informatiebeveiliging voorop. De "
               "aanbesteding vindt plaats in 2026."))
    return b


def begrippen(v, extra=()):
    po = v["sector"] == "po"
    items = [
        ("Arrangement", "een samenhangend geheel van ondersteuning, afgestemd op de behoefte van een leerling of groep."),
        ("Basisondersteuning", "het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden."),
        ("Bekostigingscategorie", "de categorie (laag, midden, hoog) die bepaalt welke bekostiging een school voor (v)so ontvangt."),
        ("Dekkend aanbod", "een netwerk van voorzieningen waardoor elke leerling een passende plek heeft."),
        ("Meerjarenbegroting", "een begroting voor meerdere jaren waarin inkomsten en uitgaven worden geraamd."),
        ("Onderwijsconsulenten", "landelijke organisatie die ouders en scholen onafhankelijk adviseert bij problemen rond passend onderwijs."),
        ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
        ("Resultaten", "de beoogde en bereikte uitkomsten van het beleid van het samenwerkingsverband."),
        ("Terugplaatsing", "de overstap van een leerling van het " + ("s(b)o naar het basisonderwijs" if po else "vso naar het regulier voortgezet onderwijs") + "."),
        ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het " + ("sbo of so" if po else "vso") + "."),
        ("Verdeelmodel", "de systematiek waarmee de ondersteuningsmiddelen over de besturen worden verdeeld."),
        ("Zorgplicht", "de plicht van een schoolbestuur om een passende onderwijsplek aan te bieden aan een aangemelde leerling."),
    ] + list(extra)
    items.sort()
    return [H1("Bijlage: begrippenlijst"), UL([f"{k}: {d}" for k, d in items])]


def afkortingen(v):
    ab = ["AB – algemeen bestuur", "CvT – commissie van toelaatbaarheid", "HGW – handelingsgericht werken",
          "IB – intern begeleider", "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg",
          "OPP – ontwikkelingsperspectiefplan", "OPR – ondersteuningsplanraad", "OT – ondersteuningsteam",
          "SOP – schoolondersteuningsprofiel", "SWV – samenwerkingsverband", "TLV – toelaatbaarheidsverklaring"]
    if v["sector"] == "po":
        ab += ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs"]
    else:
        ab += ["LWOO – leerwegondersteunend onderwijs", "OPDC – orthopedagogisch-didactisch centrum",
               "PrO – praktijkonderwijs", "VSO – voortgezet speciaal onderwijs"]
    return [H1("Bijlage: afkortingen"), UL(sorted(ab))]


def ontwikkelingen(v, reserves=True, ojsp=True):
    b = [H1("Landelijke ontwikkelingen"),
        P("De evaluatie van passend onderwijs in 2020 liet zien dat de doelen van de wet slechts ten dele zijn bereikt. "
          "Het kabinet heeft daarop een verbeteraanpak ingezet met vijfentwintig maatregelen. Een aantal daarvan raakt "
          "samenwerkingsverbanden direct, zoals de versterking van het interne toezicht, de verplichte betrokkenheid van "
          "de ondersteuningsplanraad bij de jaarplannen en de aanscherping van de regels rond vrijstellingen van de "
          "leerplicht. Ook de ambitie om in 2035 te komen tot inclusiever onderwijs, waarin meer kinderen samen naar "
          "school gaan, heeft gevolgen voor de manier waarop we de komende jaren werken.")]
    if reserves:
        b.append(P("Landelijk is veel aandacht besteed aan de reserves van samenwerkingsverbanden. Verbanden met een reserve "
                   "boven de signaleringswaarde moesten een plan maken om die af te bouwen. Ook in onze regio heeft dat geleid "
                   "tot een kritische blik op de begroting."))
    if ojsp:
        b.append(P("Met de Wet versterking positie ouders en leerlingen krijgen leerlingen hoorrecht bij het opstellen van hun "
                   "ontwikkelingsperspectief, verhuist de beschrijving van de ondersteuning naar de schoolgids en krijgt "
                   "elk samenwerkingsverband de taak een ouder- en jeugdsteunpunt in te richten. De precieze datum van "
                   "inwerkingtreding is bij het schrijven van dit plan nog niet bekend."))
    b.append(P("Daarnaast werkt het ministerie aan een landelijke norm voor basisondersteuning. Zodra die norm wettelijk "
               "is verankerd, zullen we onze eigen afspraken daaraan toetsen en waar nodig aanpassen. Tot slot houdt het "
               "lerarentekort de sector in zijn greep; elke maatregel in dit plan moet ook uitvoerbaar zijn voor scholen "
               "die al onder druk staan."))
    return b


def terugblik(v):
    return [H2("Terugblik 2021-2025"),
        P("De afgelopen planperiode stond in het teken van continuïteit en professionalisering van de organisatie. Er is "
          "een nieuwe directeur-bestuurder aangetreden, de governance is aangepast aan het scheiden van bestuur en toezicht "
          "en het bestuursbureau is verhuisd naar een locatie die beter bereikbaar is voor scholen. In 2022 is de "
          "werkwijze van het bureau doorgelicht door een extern bureau. Dat leidde tot een heldere taakverdeling tussen "
          "bureau en besturen en tot kortere lijnen met de intern begeleiders."),
        P("Ook de coronaperiode heeft haar sporen nagelaten. Scholen hebben in korte tijd veel moeten improviseren, en "
          "de nationale middelen voor herstel van achterstanden zijn via de scholen zelf ingezet. Het samenwerkingsverband "
          "heeft in die periode vooral een verbindende rol gespeeld: het delen van kennis en het organiseren van overleg "
          "tussen besturen. De lessen uit die periode, zoals de waarde van korte lijnen en snelle besluitvorming, nemen we "
          "mee in dit plan."),
        P("Tot slot is in de vorige periode de samenwerking met de andere samenwerkingsverbanden in de provincie "
          "geïntensiveerd. We delen een functionaris gegevensbescherming en een controller, en stemmen beleid af waar "
          "leerlingen over de grenzen van de verbanden heen naar school gaan.")]


def overstap_vo(v):
    return [H1("Samenwerking met het voortgezet onderwijs"),
        P("De overstap van de basisschool naar het voortgezet onderwijs is voor veel leerlingen een spannend moment, en "
          "zeker voor leerlingen met een ondersteuningsbehoefte. Het samenwerkingsverband PO en het samenwerkingsverband "
          "VO in de regio hebben daarom afspraken gemaakt over de doorstroom van groep 8 naar de brugklas. De basisschool "
          "draagt leerlingen met een OPP warm over aan de vo-school, bij voorkeur in een gesprek met ouders, leerling, "
          "de intern begeleider en de ondersteuningscoördinator van de vo-school."),
        P("Voor de aanvraag van leerwegondersteunend onderwijs en praktijkonderwijs is het samenwerkingsverband VO "
          "verantwoordelijk. De basisscholen leveren daarvoor tijdig het onderwijskundig rapport en de toetsgegevens aan. "
          "Jaarlijks evalueren beide verbanden de overstap in een gezamenlijke bijeenkomst met basisscholen en vo-scholen."),
        P("Het overleg over het ontwerp van dit ondersteuningsplan met het samenwerkingsverband VO heeft plaatsgevonden "
          "in februari. Er zijn geen punten van verschil naar voren gekomen.")]


def planning(v, rows):
    return [H1("Planning en uitvoering"),
        P("Dit ondersteuningsplan is een plan op hoofdlijnen voor vier jaar. Jaarlijks stellen we een jaarplan op waarin de "
          "activiteiten voor het komende schooljaar concreet worden gemaakt. Het jaarplan wordt besproken met de "
          "ondersteuningsplanraad en het directeurenoverleg. Onderstaande tabel geeft de belangrijkste mijlpalen weer."),
        TABLE(["Periode", "Activiteit"], rows, "Tabel: planning hoofdlijnen"),
        P("Wanneer tussentijdse wijzigingen van het plan nodig zijn, bijvoorbeeld door nieuwe wetgeving, leggen we die voor "
          "aan de ondersteuningsplanraad. Kleine wijzigingen verwerken we in een jaarlijkse voortgangsparagraaf.")]

# ---------------------------------------------------------------------------
# PLAN 1 — PO Rivierenland (docx): good, long plan
# ---------------------------------------------------------------------------
V1 = dict(naam="Samenwerkingsverband Passend Onderwijs Rivierenland-Oost", kort="SWV Rivierenland-Oost", code="PO 26-09",
          periode="2025-2029", regio="Rivierenland-Oost", sector="po", besturen=14, scholen=71, leerlingen="15.200",
          gemeenten=[("Tielwaard", 22), ("Maasdriel-Oost", 14), ("Geldermalsen-Noord", 19), ("Culemhoven", 16)],
          typen="Het gaat om 66 basisscholen, 3 scholen voor speciaal basisonderwijs (De Wissel, De Brug en Het Baken) en 2 scholen voor speciaal onderwijs cluster 4 en cluster 3 (De Sterrenberg en Het Palet).",
          bestuurder="Drs. M. (Marieke) van den Heuvel", bureau="Tielwaard", opr_datum="18 maart 2025",
          oogo_datum="4 maart 2025", fte="14,6", header="Ondersteuningsplan 2025-2029 | SWV Rivierenland-Oost")


def plan1():
    v = V1
    b = [("title", "Ondersteuningsplan 2025-2029", [v["naam"], f"Registratienummer {v['code']}",
          "Vastgesteld door het bestuur op 25 maart 2025, na instemming van de OPR op 18 maart 2025"]), TOC()]
    b += voorwoord(v)
    b += [H1("Inleiding")] + [P("Het ondersteuningsplan beschrijft hoe de schoolbesturen in Rivierenland-Oost samen zorgen "
          "voor een passende onderwijsplek en passende ondersteuning voor alle leerlingen. Het plan geldt voor de periode van "
          "1 augustus 2025 tot en met 31 juli 2029. Het vervangt het plan 2021-2025, dat met een jaar is verlengd vanwege de "
          "landelijke ontwikkelingen rond de norm voor basisondersteuning.")]
    b += leeswijzer(v, ["4 (basisondersteuning)", "6 (toelaatbaarheid)", "9 (communicatie)"]) + wettelijk_kader(v)
    b += [H2("Terugblik op de vorige planperiode"),
          P("In de vorige planperiode hebben we vooral gebouwd aan de organisatie. Het ondersteuningsloket is ingericht als "
            "één centraal aanspreekpunt voor scholen. De consulenten van het samenwerkingsverband zijn gekoppeld aan vaste "
            "scholen. Er is geïnvesteerd in de samenwerking met de jeugdteams. De evaluatie met schoolleiders en intern "
            "begeleiders in het voorjaar van 2024 leverde een aantal lessen op: procedures werden als te bureaucratisch "
            "ervaren, de rol van het samenwerkingsverband was niet voor iedereen helder, en de verschillen tussen scholen in "
            "wat zij bieden waren groter dan wenselijk. Deze lessen zijn meegenomen in dit plan.")]
    b += context(v) + visie(v)
    b += [H1("Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is in Rivierenland-Oost het geheel van afspraken over de ondersteuning die iedere basisschool "
            "en iedere vestiging van een basisschool in ons samenwerkingsverband ten minste biedt, zonder dat daarvoor een "
            "aanvraag bij het samenwerkingsverband nodig is. Het bestuur heeft deze afspraken na instemming van de OPR "
            "vastgesteld als de ondergrens voor alle 66 basisscholen. Een school mag meer bieden, maar niet minder."),
          P("De afspraken zijn uitgewerkt in tien standaarden. Ouders mogen van elke school in de regio het volgende "
            "verwachten:"),
          UL(["een intern begeleider die ten minste één dag per week per 150 leerlingen beschikbaar is voor ondersteuning;",
              "een ondersteuningsteam (OT) dat minimaal vier keer per jaar bijeenkomt, waarin ouders worden uitgenodigd als "
              "hun kind wordt besproken;",
              "handelingsgericht werken: groepsplannen of groepsoverzichten die drie keer per jaar worden geëvalueerd;",
              "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief extra "
              "leesbegeleiding in groep 3 en 4;",
              "een aanbod voor leerlingen die meer aankunnen, zoals verrijkingsmateriaal en compacten in elke groep;",
              "een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
              "een gedragsspecialist of toegang tot een gedragsspecialist binnen het bestuur;",
              "een aanbod voor kinderen met een taalachterstand, waaronder NT2-ondersteuning;",
              "afspraken over medisch handelen, zodat een kind met een medische behoefte (bijvoorbeeld diabetes) op school "
              "kan blijven;",
              "een ontwikkelingsperspectiefplan (OPP) voor elke leerling die extra ondersteuning krijgt, opgesteld met "
              "ouders."]),
          P("Elke school beschrijft in haar schoolgids hoe zij deze standaarden invult. Het samenwerkingsverband bezoekt elke "
            "school eens per twee jaar in een zogenoemde ondersteuningsdialoog, waarin de kwaliteitskaart basisondersteuning "
            "wordt doorgelopen. Scholen die op één of meer standaarden onvoldoende scoren, maken binnen drie maanden een "
            "verbeterplan met hun bestuur; het samenwerkingsverband volgt de uitvoering daarvan."),
          H1("Het ondersteuningscontinuüm: van basis naar speciaal"),
          P("Niet elke leerling heeft genoeg aan de basisondersteuning. Voor leerlingen die meer nodig hebben, kent "
            "Rivierenland-Oost een opbouw in vijf niveaus. Op elk niveau is duidelijk wie verantwoordelijk is en welke "
            "voorzieningen beschikbaar zijn."),
          TABLE(["Niveau", "Wat", "Waar / wie"],
                [["1", "Basisondersteuning in de groep", "Leerkracht, met IB"],
                 ["2", "Basisondersteuning met inzet van het ondersteuningsteam", "School, OT, consulent SWV"],
                 ["3", "Extra ondersteuning: arrangement in de eigen school", "School met budget van bestuur of SWV"],
                 ["4", "Bovenschoolse voorziening: plusklas, observatiegroep De Overstap, taalklas nieuwkomers", "Besturen gezamenlijk, SWV"],
                 ["5", "Speciaal basisonderwijs of speciaal onderwijs", "Sbo De Wissel, De Brug, Het Baken; so De Sterrenberg (cluster 4), Het Palet (cluster 3)"]],
                "Tabel: ondersteuningsniveaus"),
          P("Een arrangement op niveau 3 wordt door de school aangevraagd bij het ondersteuningsloket, dat binnen vier weken "
            "beslist. Arrangementen duren maximaal een schooljaar en worden halverwege geëvalueerd. De observatiegroep De "
            "Overstap biedt plaats aan twaalf leerlingen die gedurende maximaal twaalf weken worden geobserveerd, waarna een "
            "advies volgt over de meest passende plek. Leerlingen die zijn aangewezen op onderwijs dat in de regio niet "
            "bestaat, zoals cluster 3-onderwijs voor leerlingen met een lichamelijke beperking, kunnen terecht bij scholen "
            "buiten de regio waarmee we afspraken hebben gemaakt."),
          H1("Dekkend netwerk en thuiszitters"),
          P("Ondanks het continuüm zijn er leerlingen voor wie (tijdelijk) geen passende plek is. Het samenwerkingsverband "
            "voert daarom ieder jaar in november een analyse uit van het aanbod: met de besturen, de leerplichtambtenaren en de "
            "jeugdteams inventariseren we welke leerlingen thuiszitten, welke leerlingen op een wachtlijst staan en voor welke "
            "vragen geen passend aanbod bestaat. De uitkomsten worden besproken in het directeurenoverleg en leiden tot "
            "concrete afspraken in het jaarplan."),
          P("Uit de analyse van 2024 bleek dat er vooral een tekort is aan plekken voor jonge kinderen (4 tot 7 jaar) met "
            "ernstige gedragsproblemen in combinatie met een ontwikkelingsachterstand. Daarom start per 1 augustus 2026 in "
            "Tielwaard een onderwijs-zorggroep voor acht kinderen, die samen met een jeugdhulpaanbieder wordt vormgegeven."),
          P("Voor thuiszitters geldt een vaste werkwijze. Zodra een leerling langer dan vier weken niet of nauwelijks naar "
            "school gaat, meldt de school dit bij het samenwerkingsverband. Binnen drie weken na de melding komt een "
            "thuiszitterstafel bijeen met school, ouders, leerplicht, jeugdteam en een consulent van het samenwerkingsverband. "
            "Daar wordt een plan gemaakt met een concrete termijn voor terugkeer naar onderwijs. Het samenwerkingsverband "
            "ziet erop toe dat de zorgplicht van het schoolbestuur wordt nagekomen en kan doorzettingsmacht inzetten als "
            "partijen er niet uitkomen."),
          H1("Toelaatbaarheid tot het speciaal (basis)onderwijs"),
          H2("Procedure"),
          P("Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de toelaatbaarheidsverklaring aan bij "
            "het ondersteuningsloket. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een verslag van het laatste OT, "
            "het onderwijskundig rapport en de zienswijze van de ouders. Is de aanvraag volledig, dan bespreekt de commissie van "
            "toelaatbaarheid (CvT) de aanvraag. De CvT vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog, en "
            "afhankelijk van de leerling een tweede deskundige zoals een maatschappelijk werker of een kinderpsychiater. Beide "
            "deskundigen geven een eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. Het bestuur van "
            "het samenwerkingsverband besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders ontvangen een "
            "kopie van de deskundigenadviezen."),
          H2("Criteria"),
          P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan: de "
            "school heeft de basisondersteuning en ten minste één arrangement op niveau 3 gedurende minimaal zes maanden "
            "planmatig uitgevoerd en geëvalueerd; de ontwikkeling van de leerling stagneert ondanks deze inzet op meerdere "
            "gebieden; en de onderwijsbehoeften vragen om een kleinere groep en een specialistische aanpak gedurende de hele "
            "schooldag. Voor het speciaal onderwijs geldt daarnaast dat de leerling is aangewezen op een combinatie van "
            "onderwijs en intensieve zorg of behandeling die het sbo niet kan bieden, of dat de veiligheid van de leerling of "
            "anderen in een reguliere setting niet te garanderen is."),
          H2("Duur, bekostigingscategorie en bezwaar"),
          P("Een TLV voor het sbo geldt voor twee schooljaren; een TLV voor het so voor ten hoogste drie schooljaren, tot en "
            "met 31 juli van het laatste jaar. Bij een TLV so stelt de CvT de bekostigingscategorie vast (laag, midden of hoog). "
            "Ouders en school kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband; het bezwaar wordt voorgelegd "
            "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("Na de TLV: terug naar de basisschool"),
          P("Een TLV is in onze visie geen eindstation. Het beleid van het samenwerkingsverband is dat een leerling na een "
            "periode in het s(b)o terugkeert naar een reguliere basisschool zodra zijn onderwijsbehoeften dat toelaten, bij "
            "voorkeur naar een school dicht bij huis. Daarom geven we TLV's voor het sbo bewust af voor twee jaar, zodat "
            "terugkeer vóór het einde van de TLV altijd aan de orde komt. Voorwaarden voor terugplaatsing zijn dat de "
            "ontvangende school de ondersteuning uit het OPP kan bieden en dat ouders instemmen met de overstap. Na "
            "terugplaatsing ontvangt de basisschool gedurende één schooljaar een terugplaatsingsarrangement van € 4.500 en "
            "begeleiding door een ambulant begeleider van de s(b)o-school."),
          P("De precieze stappen, wie het initiatief neemt en op welke momenten de terugkeer wordt geëvalueerd, leggen we "
            "vast in het protocol Terug- en overplaatsing, dat in de loop van schooljaar 2025-2026 samen met de s(b)o-scholen "
            "wordt opgesteld."),
          H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 13,4 miljoen aan ondersteuningsmiddelen van het Rijk. "
            "Daarvan gaat een groot deel direct naar de scholen voor speciaal onderwijs, via afdrachten die DUO verrekent. "
            "Het overige budget verdelen we volgens een schoolmodel: het geld gaat zoveel mogelijk naar de schoolbesturen, "
            "zodat scholen zelf ondersteuning kunnen organiseren."),
          P("De verdeling verloopt als volgt. Elk bestuur ontvangt een bedrag van € 185 per leerling (teldatum 1 oktober van "
            "het voorgaande jaar) voor de uitvoering van de basisondersteuning en arrangementen in de eigen scholen. Daarnaast "
            "ontvangt elke school een vaste voet van € 6.000, zodat ook kleine scholen een minimale ondersteuningsstructuur "
            "kunnen bekostigen. Bovenschoolse voorzieningen worden centraal bekostigd. Het bestuur van het samenwerkingsverband "
            "stelt de bedragen jaarlijks vast bij de begroting, na advies van het directeurenoverleg. Besturen verantwoorden de "
            "besteding in een jaarlijkse rapportage volgens een vast format."),
          TABLE(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                [["Baten ondersteuningsmiddelen", "13.420", "13.310", "13.150", "13.020"],
                 ["Afdrachten so (DUO)", "4.900", "4.950", "5.000", "5.000"],
                 ["Afdrachten sbo boven 2%", "1.610", "1.580", "1.560", "1.540"],
                 ["Middelen naar besturen (per leerling + vaste voet)", "3.240", "3.200", "3.150", "3.110"],
                 ["Bovenschoolse voorzieningen", "1.450", "1.520", "1.560", "1.560"],
                 ["Onderwijs-zorggroep (vanaf aug. 2026)", "0", "180", "430", "430"],
                 ["Bestuursbureau en loket", "1.380", "1.400", "1.420", "1.440"],
                 ["Resultaat", "840", "480", "30", "-60"]], "Tabel: meerjarenbegroting"),
          P("Het samenwerkingsverband had eind 2024 een algemene reserve van € 2,1 miljoen. Op basis van de risicoanalyse "
            "is een buffer van € 900.000 voldoende. Het meerdere zetten we in de planperiode in voor de onderwijs-zorggroep en "
            "voor tijdelijke extra middelen voor kleine scholen."),
          H1("Wat we willen bereiken"),
          P("Dit plan heeft alleen zin als het iets oplevert voor leerlingen. Daarom hebben we voor de planperiode de volgende "
            "beoogde resultaten geformuleerd voor leerlingen die extra ondersteuning nodig hebben:"),
          UL(["90% van de leerlingen met een arrangement op niveau 3 blijft op de eigen school;",
              "leerlingen met een OPP halen gemiddeld ten minste 75% van de doelen uit hun OPP;",
              "het deelnamepercentage sbo daalt van 2,6% naar 2,2%, doordat meer leerlingen met een arrangement op de "
              "eigen school blijven;",
              "jaarlijks keren ten minste 15 leerlingen vanuit het s(b)o terug naar een reguliere basisschool;",
              "80% van de ouders van leerlingen met een arrangement is tevreden over de ondersteuning."]),
          P("Hoe we deze resultaten gaan meten, welke bronnen we daarvoor gebruiken en hoe en wanneer we erover rapporteren, "
            "werken we in het eerste planjaar uit in een monitorings- en verantwoordingskader."),
          H1("Communicatie"),
          P("Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met scholen via een "
            "maandelijkse nieuwsbrief en via het netwerk van intern begeleiders."),
          P("Ouders informeren we langs verschillende wegen over de ondersteuningsmogelijkheden in de regio. Op de website "
            "staat een ouderpagina met uitleg over de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en "
            "de procedure voor het s(b)o. De brochure 'Passend onderwijs in Rivierenland-Oost' wordt via alle scholen aan "
            "ouders van nieuwe leerlingen verstrekt en is ook in het Arabisch, Turks en Pools beschikbaar. Elke school neemt "
            "in de schoolgids een vaste paragraaf over het ondersteuningsaanbod op. Twee keer per jaar organiseren we een "
            "informatieavond voor ouders."),
          P("Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij het "
            "Ouder- en Jeugdsteunpunt Rivierenland-Oost. Dit steunpunt werkt onafhankelijk van scholen en besturen, is "
            "telefonisch en per mail bereikbaar en biedt een onafhankelijke ouderadviseur die met ouders meegaat naar "
            "gesprekken. Daarnaast wijzen we ouders op Onderwijsconsulenten en op de landelijke Geschillencommissie passend "
            "onderwijs en de klachtenregeling van het samenwerkingsverband."),
          P("Ouders zijn gelijkwaardige partners. Bij het opstellen van een OPP en bij een aanvraag voor een TLV worden "
            "ouders altijd betrokken, en via de ouderleden van de OPR hebben ouders invloed op het beleid.")]
    b += oogo(v) + governance(v, jaarverslag=False) + opr(v) + personeel(v) + ict(v)
    b += planning(v, [["2025-2026", "Opstellen protocol terug- en overplaatsing; monitoringskader"],
                      ["2026-2027", "Start onderwijs-zorggroep; eerste ronde ondersteuningsdialogen"],
                      ["2027-2028", "Tussentijdse evaluatie; herijking bedrag per leerling"],
                      ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])
    b += begrippen(v) + afkortingen(v)
    lab = dict(documents=["po-rivierenland-oost-2025-2029.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': minimum for all 66 schools, ten standards, borging via ondersteuningsdialoog.",
               "plaatsing": "Ch. 'Toelaatbaarheid tot het speciaal (basis)onderwijs': procedure, criteria sbo/so, two deskundigen, duration, LBT bezwaar.",
               "terugstroom": "Policy (aim, conditions, terugplaatsingsarrangement) sits inside the TLV chapter under 'Na de TLV'; steps/initiator/evaluation moments deferred to a protocol to be written in 2025-2026.",
               "financien": "Ch. 'Geld en middelen': per-leerling bedrag + vaste voet, who sets it, meerjarenbegroting table, reserves.",
               "dekkend-aanbod": "Continuum table (5 niveaus) and ch. 'Dekkend netwerk en thuiszitters' with yearly gap analysis and thuiszitterstafel.",
               "resultaten": "Ch. 'Wat we willen bereiken' lists measurable targets; how results are measured/reported is deferred to a monitoring framework; no achieved results reported.",
               "ouders": "Ch. 'Communicatie': website ouderpagina, brochure, schoolgids, info evenings; OJSP, Onderwijsconsulenten, klachtenregeling."})
    return "po-rivierenland-oost-2025-2029", b, lab, v

# ---------------------------------------------------------------------------
# PLAN 2 — PO De Kempenstroom (pdf)
# ---------------------------------------------------------------------------
V2 = dict(naam="Stichting Samenwerkingsverband PO De Kempenstroom", kort="SWV De Kempenstroom", code="PO 30-04",
          periode="2025-2029", regio="de Kempenstroom", sector="po", besturen=9, scholen=48, leerlingen="9.850",
          gemeenten=[("Bergeijkhoven", 12), ("Eersel-West", 9), ("Reusel aan de Stroom", 8), ("Valkenhorst", 19)],
          typen="Het gaat om 45 basisscholen, 2 scholen voor speciaal basisonderwijs (De Kempkes en 't Startblok) en één so-school voor cluster 3 en 4 (De Horizon).",
          bestuurder="Dhr. J. (Joost) Verhagen MEd", bureau="Valkenhorst", opr_datum="2 april 2025",
          oogo_datum="11 maart 2025", fte="8,2", header="SWV De Kempenstroom – Ondersteuningsplan 2025-2029 – versie OPR")


def plan2():
    v = V2
    b = [("title", "Ondersteuningsplan 2025 – 2029", [v["naam"], f"Brinnummer samenwerkingsverband {v['code']}",
          "Samen zorgen voor passend onderwijs in de Kempen", "Definitieve versie na instemming OPR"]), TOC()]
    b += voorwoord(v)
    b += [H1("Inleiding"), P("Met dit ondersteuningsplan leggen de negen schoolbesturen in de Kempenstroom vast hoe zij "
          "de komende vier jaar samenwerken aan passend onderwijs. Het plan is bewust compact gehouden. Veel uitwerkingen "
          "staan in het jaarplan en in de documenten van de scholen zelf, zoals de schoolondersteuningsprofielen.")]
    b += leeswijzer(v, ["3 (basisondersteuning)", "5 (toelaatbaarheid)", "7 (ouders)"]) + wettelijk_kader(v)
    b += context(v)
    b += [TABLE(["Kengetal (1 oktober)", "2022", "2023", "2024"],
                [["Leerlingen basisonderwijs", "9.610", "9.540", "9.470"],
                 ["Leerlingen sbo", "214", "221", "229"],
                 ["Leerlingen so", "138", "141", "152"],
                 ["Deelnamepercentage sbo", "2,2%", "2,3%", "2,4%"],
                 ["Deelnamepercentage so", "1,4%", "1,5%", "1,5%"]], "Tabel: kengetallen")]
    b += visie(v)
    b += [H1("Basisondersteuning"),
          P("Basisondersteuning is het door de schoolbesturen in het samenwerkingsverband afgesproken niveau van "
            "ondersteuning dat op alle vestigingen van alle aangesloten basisscholen wordt geboden, onder regie van de school "
            "en zonder tussenkomst van het samenwerkingsverband. Het algemeen bestuur heeft dit niveau in 2023 opnieuw "
            "vastgesteld. Het niveau geldt voor alle 45 basisscholen, ook voor kleine dorpsscholen."),
          P("De basisondersteuning bestaat uit vier onderdelen, ontleend aan het landelijke referentiekader: de "
            "basiskwaliteit zoals de inspectie die beoordeelt; preventieve en licht curatieve interventies; de "
            "onderwijsondersteuningsstructuur van de school; en planmatig werken volgens de cyclus van handelingsgericht "
            "werken."),
          P("Wat een school concreet biedt binnen deze vier onderdelen, leest u in het schoolondersteuningsprofiel van de "
            "school. Een overzicht van alle profielen wordt op de website van het samenwerkingsverband geplaatst zodra alle "
            "scholen hun profiel in 2025-2026 hebben geactualiseerd."),
          H1("Het ondersteuningsaanbod in de Kempenstroom"),
          P("Het samenwerkingsverband streeft naar een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen "
            "de scholen. Dat aanbod is als volgt opgebouwd."),
          P("In de eerste plaats is er de basisondersteuning op elke school. Wanneer die niet volstaat, kan de school via de "
            "consulent van het samenwerkingsverband een arrangement aanvragen. We onderscheiden individuele arrangementen "
            "(bijvoorbeeld extra begeleiding door een onderwijsassistent of inzet van een gedragsspecialist gedurende een "
            "schooljaar) en groepsarrangementen, waarbij meerdere scholen samen een voorziening inrichten. Voorbeelden van "
            "groepsarrangementen zijn de taalklas voor nieuwkomers in Valkenhorst, de plusklassen voor meer- en "
            "hoogbegaafde leerlingen op vier locaties en de ambulante dienst van de so-school, die leraren in het regulier "
            "onderwijs coacht bij leerlingen met complex gedrag."),
          P("Voor leerlingen die meer nodig hebben dan een arrangement, zijn er de sbo-scholen De Kempkes en 't Startblok "
            "en de so-school De Horizon. De Horizon heeft een afdeling voor zeer moeilijk lerende kinderen en een afdeling "
            "voor kinderen met psychiatrische of gedragsproblematiek. Voor cluster 3-onderwijs aan leerlingen met een "
            "lichamelijke beperking en voor kinderen met een ernstig meervoudige beperking maken we gebruik van scholen in "
            "Eindhoven en Tilburg."),
          P("Een analyse van de witte vlekken in dit aanbod voeren we uit in 2026. De uitkomsten en de acties die daaruit "
            "volgen, worden in een addendum bij dit plan vastgelegd."),
          H1("Toelaatbaarheid"),
          P("Voor plaatsing op een sbo-school of so-school is een toelaatbaarheidsverklaring (TLV) van het "
            "samenwerkingsverband nodig. De procedure verloopt in vijf stappen:"),
          UL(["Stap 1 – De school bespreekt de leerling in het ondersteuningsteam, waarbij ouders en de consulent van het SWV "
              "aanwezig zijn. Het team stelt vast dat de ondersteuningsbehoefte de mogelijkheden van de school te boven gaat.",
              "Stap 2 – Het bevoegd gezag van de school dient de aanvraag in bij het samenwerkingsverband, met het OPP, het "
              "groeidocument en de zienswijze van de ouders.",
              "Stap 3 – Twee deskundigen van de Commissie Toelaatbaarheid, een orthopedagoog-generalist en een tweede "
              "deskundige (psycholoog, kinderpsychiater, maatschappelijk werker of arts) brengen ieder afzonderlijk een "
              "schriftelijk advies uit.",
              "Stap 4 – De directeur-bestuurder besluit binnen zes weken na ontvangst van een volledige aanvraag. Ouders "
              "ontvangen het besluit en een kopie van de adviezen.",
              "Stap 5 – Na het besluit meldt de ouder de leerling aan bij de sbo- of so-school."]),
          P("De commissie hanteert de volgende criteria. Een leerling is toelaatbaar tot het sbo wanneer de reguliere school "
            "aantoonbaar een jaar lang een arrangement heeft ingezet dat onvoldoende effect had, en de leerling structureel "
            "aangewezen is op een kleine groep met een specifieke didactische en pedagogische aanpak. Een leerling is "
            "toelaatbaar tot het so wanneer daarnaast sprake is van een beperking, stoornis of ziekte die intensieve "
            "specialistische ondersteuning vereist die het sbo niet kan bieden, of van een combinatie van onderwijs en zorg "
            "gedurende de hele schooldag."),
          P("Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie na twee jaar; een TLV so "
            "voor twee schooljaren, in bekostigingscategorie laag, midden of hoog. Tegen een besluit kunnen ouders en de school "
            "binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
          H2("Einde van de TLV en terugplaatsing"),
          P("Het samenwerkingsverband wil dat leerlingen niet langer in het speciaal (basis)onderwijs verblijven dan nodig is. "
            "Ons beleid is dat terugplaatsing naar een reguliere basisschool bij elke evaluatie serieus wordt overwogen en dat "
            "leerlingen bij terugkeer zo mogelijk naar een school in hun eigen woonplaats gaan. Een leerling die terugkeert, "
            "krijgt standaard een terugkeerarrangement: gedurende zes maanden begeleidt een leerkracht van de sbo- of so-school "
            "de ontvangende leerkracht, en de ontvangende school kan een extra arrangement aanvragen zonder wachttijd."),
          P("De procedure is als volgt. Uiterlijk in februari van het laatste jaar van de TLV voert de so-school (bij sbo: na "
            "twee jaar) een evaluatiegesprek met ouders en de consulent van het samenwerkingsverband op basis van het OPP. "
            "Daarin wordt besloten of de leerling terug kan naar het regulier onderwijs, of een verlenging nodig is, of dat "
            "een overstap naar een andere school voor speciaal onderwijs passender is. De so-school neemt het initiatief; "
            "bij terugplaatsing zoekt zij samen met ouders een ontvangende school en regelt zij een warme overdracht vóór 1 juni. "
            "Is verlenging nodig, dan vraagt de so-school vóór 1 april een nieuwe TLV aan."),
          H1("Financiën"),
          P("De middelen voor passend onderwijs worden verdeeld volgens een model dat in 2022 door het algemeen bestuur is "
            "vastgesteld. Het uitgangspunt is dat de middelen zoveel mogelijk de scholen bereiken."),
          UL(["Elk schoolbestuur ontvangt € 112 per leerling voor de basisondersteuning en de inzet van intern begeleiding.",
              "Elke school ontvangt een vaste voet van € 4.000.",
              "Individuele arrangementen worden toegekend door de consulent op basis van het OPP, tot een maximum van € 12.000 "
              "per arrangement per schooljaar.",
              "Groepsarrangementen worden bekostigd naar rato van het aantal deelnemende leerlingen.",
              "De verdeling wordt jaarlijks in het voorjaar vastgesteld door het algemeen bestuur op basis van de teldatum "
              "1 oktober."]),
          P("De meerjarenbegroting 2025-2028 wordt in december 2025 door het algemeen bestuur vastgesteld en daarna als "
            "bijlage 5 aan dit plan toegevoegd. In onderstaande tabel zijn de bedragen daarom nog niet ingevuld."),
          TABLE(["Begrotingspost", "2025", "2026", "2027", "2028"],
                [["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Middelen besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Organisatie", "p.m.", "p.m.", "p.m.", "p.m."]], "Tabel: meerjarenbegroting (in te vullen)"),
          H1("Ouders"),
          P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Ouders worden door de school betrokken bij het "
            "opstellen van het OPP."),
          P("Het samenwerkingsverband informeert ouders over de ondersteuningsvoorzieningen via de website, waar per "
            "voorziening een korte beschrijving staat, via de folder 'Wat als mijn kind meer nodig heeft?' die elke school "
            "meegeeft bij een eerste OT-gesprek, en via twee ouderinformatieavonden per jaar. De consulenten zijn op "
            "werkdagen telefonisch bereikbaar voor vragen van ouders."),
          P("Voor onafhankelijk advies kunnen ouders terecht bij de Kempenwijzer, het ouder- en jeugdsteunpunt dat wij samen "
            "met het VO-samenwerkingsverband financieren maar dat inhoudelijk onafhankelijk werkt. Bij een meningsverschil "
            "verwijzen we ouders ook naar Onderwijsconsulenten en de Geschillencommissie passend onderwijs."),
          H1("Kwaliteitszorg en resultaten"),
          P("Het kwaliteitszorgsysteem van het samenwerkingsverband is volop in ontwikkeling. In 2026 stellen we een "
            "kwaliteitskader vast, waarin ook de ambities voor de planperiode een plaats krijgen. Tot die tijd sluiten we aan "
            "bij de kwaliteitszorg van de besturen.")]
    b += oogo(v) + governance(v) + opr(v) + personeel(v) + ict(v)
    b += planning(v, [["2025", "Vaststelling meerjarenbegroting; actualisatie SOP's"],
                      ["2026", "Kwaliteitskader; analyse witte vlekken"],
                      ["2027", "Evaluatie verdeelmodel"], ["2028", "Voorbereiding nieuw plan"]])
    b += begrippen(v) + afkortingen(v)
    lab = dict(documents=["po-kempenstroom-2025-2029.pdf"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
                      **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning' defines the level for all vestigingen but only copies the four referentiekader aspects; concrete content is referred to the schools' SOPs / future website overview.",
               "plaatsing": "Ch. 'Toelaatbaarheid': 5 steps, two separate deskundigen, 6-week term, criteria sbo/so, duration/category, LBT.",
               "terugstroom": "Inside the TLV chapter, subsection 'Einde van de TLV en terugplaatsing': policy, terugkeerarrangement, procedure with dates and initiator.",
               "financien": "Ch. 'Financiën': verdeelmodel with amounts and criteria; meerjarenbegroting deferred to December 2025 / absent bijlage 5, table only 'p.m.'.",
               "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod' describes the continuum; gap analysis (witte vlekken) deferred to a 2026 addendum; no thuiszitters approach.",
               "resultaten": "No intended or achieved results; 'Kwaliteitszorg en resultaten' only defers to a 2026 kwaliteitskader; kengetallen table is context only.",
               "ouders": "Ch. 'Ouders': website, folder, info evenings, consulenten; Kempenwijzer OJSP, Onderwijsconsulenten, Geschillencommissie."})
    return "po-kempenstroom-2025-2029", b, lab, v

# ---------------------------------------------------------------------------
# PLAN 3 — PO Waterland-Zuid (html), plan op hoofdlijnen
# ---------------------------------------------------------------------------
V3 = dict(naam="Samenwerkingsverband Primair Onderwijs Waterland-Zuid", kort="SWV Waterland-Zuid", code="PO 27-02",
          periode="2024-2028", regio="Waterland-Zuid", sector="po", besturen=7, scholen=39, leerlingen="8.300",
          gemeenten=[("Purmerhaven", 21), ("Edam-Waterdijk", 9), ("Landsmeerveld", 9)],
          typen="Het gaat om 36 basisscholen, 2 sbo-scholen (De Schakel en Het Kompas) en 1 so-school (De Waterlelie, cluster 4).",
          bestuurder="Mw. A. (Anouk) de Boer", bureau="Purmerhaven", opr_datum="26 maart 2024",
          oogo_datum="12 maart 2024", fte="6,4", header="")


def plan3():
    v = V3
    b = [("title", "Ondersteuningsplan 2024-2028: Samen Sterk in Waterland-Zuid", [v["naam"], v["code"],
          "Een plan op hoofdlijnen"]), TOC()]
    b += voorwoord(v)
    b += [H1("Inleiding"),
          P("Dit ondersteuningsplan is een plan op hoofdlijnen. Het beschrijft wat we als samenwerkingsverband willen "
            "bereiken en welke kaders we daarbij hanteren. Hoe scholen binnen die kaders werken, is aan de scholen en de "
            "besturen zelf. Uitwerkingen staan in het jaarplan, in de bijlagen en op onze website.")]
    b += wettelijk_kader(v) + terugblik(v) + context(v) + visie(v) + ontwikkelingen(v, reserves=False)
    b += [H1("Basisondersteuning"),
          P("In Waterland-Zuid hebben de besturen afgesproken welke ondersteuning elke basisschool, op elke locatie, ten "
            "minste biedt. Deze afspraken vormen de ondergrens; scholen kunnen in hun schoolgids aangeven dat zij meer bieden. "
            "Concreet betekent de basisondersteuning in onze regio dat elke school beschikt over:"),
          UL(["een intern begeleider met voldoende tijd, en een ondersteuningsteam dat ouders uitnodigt;",
              "een leerlingvolgsysteem en een cyclus van handelingsgericht werken met groepsbesprekingen drie keer per jaar;",
              "een aanpak voor leesproblemen en dyslexie volgens het protocol, en voor rekenproblemen en dyscalculie;",
              "een aanbod voor kinderen die meer aankunnen, in ieder geval verrijking in de groep;",
              "een programma voor sociale veiligheid en een aanpak bij gedragsproblemen, met een aandachtsfunctionaris;",
              "een protocol medisch handelen;",
              "de mogelijkheid om een consulent van het samenwerkingsverband in te schakelen voor advies over een leerling."]),
          H1("De ondersteuningsroute en het aanbod"),
          P("Als de basisondersteuning niet genoeg is, bespreekt de school de leerling in het ondersteuningsteam met de "
            "consulent. Samen bepalen zij of een arrangement nodig is. Arrangementen zijn er in drie vormen: een arrangement "
            "in de eigen groep (bijvoorbeeld extra handen of specialistische begeleiding), een plaats in een bovenschoolse "
            "groep (de Taalschool voor nieuwkomers, de Pluspunt-klas voor hoogbegaafde leerlingen en de observatiegroep "
            "Tij) en tot slot het speciaal (basis)onderwijs op De Schakel, Het Kompas of De Waterlelie. Samen vormen zij "
            "een doorlopende lijn van licht naar zwaar."),
          P("Het samenwerkingsverband houdt twee keer per jaar bij welke leerlingen geen passende plek hebben, op een "
            "wachtlijst staan of thuiszitten. Dit gebeurt in het Thuiszittersoverleg met leerplicht en jeugdhulp. Voor elke "
            "leerling die thuiszit, wordt binnen twee weken een casusregisseur aangewezen die een plan maakt. Tekorten die "
            "we zo signaleren, bespreken we met de besturen; zo is in 2023 besloten tot uitbreiding van de observatiegroep "
            "met zes plaatsen."),
          H1("Toelaatbaarheid en terugplaatsing"),
          P("Het bevoegd gezag van de school vraagt een toelaatbaarheidsverklaring aan via het digitale aanmeldformulier. "
            "De commissie van toelaatbaarheid van het samenwerkingsverband beoordeelt de aanvraag, vraagt het advies van "
            "twee deskundigen en neemt binnen zes weken een besluit. Ouders ontvangen het besluit schriftelijk."),
          P("De criteria voor toelaatbaarheid tot het sbo en het so zijn opgenomen in bijlage 3 (Criteria toelaatbaarheid "
            "Waterland-Zuid)."),
          H1("Middelen"),
          P("De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting maken geen deel uit van dit plan. Het "
            "bestuur stelt deze jaarlijks vast in de begroting, die na vaststelling te vinden is op "
            "www.swvwaterlandzuid.nl/financien."),
          H1("Resultaten"),
          P("Wij willen dat de inzet van het samenwerkingsverband zichtbaar iets oplevert voor leerlingen met een "
            "ondersteuningsbehoefte. Daarom hebben we voor de planperiode meetbare doelen vastgesteld:"),
          TABLE(["Doel", "Nulmeting (2023)", "Streefwaarde 2028"],
                [["Aantal thuiszitters langer dan 4 weken", "14", "maximaal 5"],
                 ["Doorlooptijd TLV-aanvraag (werkdagen)", "38", "maximaal 30"],
                 ["Scholen die basisondersteuning volledig bieden", "29 van 36", "36 van 36"],
                 ["Ouders tevreden over arrangement", "71%", "85%"],
                 ["Leerlingen met arrangement die op eigen school blijven", "84%", "90%"]], "Tabel: doelen planperiode"),
          P("We volgen deze doelen met onze ondersteuningsmonitor. Twee keer per jaar, in januari en juni, verzamelen we de "
            "gegevens uit de registratie van het loket, de thuiszitterslijst en een korte vragenlijst onder ouders en "
            "scholen. De resultaten bespreken we met het directeurenoverleg en de OPR, en we rapporteren erover in het "
            "jaarverslag. Worden doelen niet gehaald, dan stellen we in het jaarplan bij."),
          H1("Ouders"),
          P("Ouders vinden informatie over de ondersteuningsmogelijkheden op onze website, in de schoolgids van hun school en "
            "in de ouderfolder die elke school uitreikt bij de intake. Eén keer per jaar houden we in elke gemeente een "
            "informatieavond over passend onderwijs. De consulenten beantwoorden vragen van ouders via een vast telefonisch "
            "spreekuur op dinsdag- en donderdagochtend."),
          P("Een onafhankelijk ouder- en jeugdsteunpunt wordt in de loop van 2026 ingericht. Nadere informatie daarover "
            "volgt zodra de landelijke regelgeving bekend is.")]
    b += overstap_vo(v) + oogo(v) + governance(v) + opr(v) + personeel(v) + ict(v)
    b += planning(v, [["2024-2025", "Uitbreiding observatiegroep; nulmeting tevredenheid"],
                      ["2025-2026", "Inrichting ouder- en jeugdsteunpunt"],
                      ["2026-2027", "Tussenevaluatie doelen"], ["2027-2028", "Evaluatie en nieuw plan"]])
    b += begrippen(v) + afkortingen(v)
    lab = dict(documents=["po-waterland-zuid-2024-2028.html"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="missing",
                      **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning': minimum for every school/location plus a concrete list.",
               "plaatsing": "Ch. 'Toelaatbaarheid en terugplaatsing': procedure (who applies, CvT, two deskundigen, 6 weeks); criteria only referred to an absent bijlage 3.",
               "terugstroom": "Nothing: the word appears only in a chapter heading, the TOC and the begrippenlijst.",
               "financien": "Ch. 'Middelen' states verdeling and meerjarenbegroting are not in the plan and refers to the website.",
               "dekkend-aanbod": "Ch. 'De ondersteuningsroute en het aanbod': continuum and thuiszittersoverleg / gap handling.",
               "resultaten": "Ch. 'Resultaten': table with nulmeting and streefwaarden; monitor twice a year, reporting in jaarverslag.",
               "ouders": "Ch. 'Ouders': website, schoolgids, folder, info evenings; independent steunpunt deferred to 2026."})
    return "po-waterland-zuid-2024-2028", b, lab, v

# ---------------------------------------------------------------------------
# PLAN 4 — VO Heuvelland (docx)
# ---------------------------------------------------------------------------
V4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelland", kort="SWV VO Heuvelland", code="VO 26-11",
          periode="2025-2029", regio="het Heuvelland", sector="vo", besturen=6, scholen=17, leerlingen="12.700",
          gemeenten=[("Zeisterhout", 6), ("Heuvelrug-Oost", 5), ("Doornwijk", 4), ("Woudenburcht", 2)],
          typen="Het gaat om 13 scholen voor regulier voortgezet onderwijs (vmbo, havo en vwo), 2 scholen voor praktijkonderwijs en 2 scholen voor voortgezet speciaal onderwijs (De Boog, cluster 4, en Het Anker, cluster 3). Het OPDC De Brug is een voorziening van het samenwerkingsverband.",
          bestuurder="Dr. R. (Rob) Kuipers", bureau="Zeisterhout", opr_datum="9 april 2025",
          oogo_datum="20 maart 2025", fte="23,5", header="SWV VO Heuvelland | Ondersteuningsplan 2025-2029")


def plan4():
    v = V4
    b = [("title", "Ondersteuningsplan 2025-2029", [v["naam"], f"{v['code']}", "Iedere leerling een passende plek"]), TOC()]
    b += voorwoord(v)
    b += [H1("Inleiding"), P("Dit is het ondersteuningsplan van het samenwerkingsverband voortgezet onderwijs in het "
          "Heuvelland. Het plan beschrijft de kaders voor de ondersteuning van leerlingen op de zeventien scholen in onze "
          "regio, de toelating tot het vso, het leerwegondersteunend onderwijs en het praktijkonderwijs, en de manier waarop "
          "we de middelen inzetten.")]
    b += wettelijk_kader(v) + context(v) + visie(v)
    b += [H1("Basisondersteuning"),
          P("De basisondersteuning van de vo-scholen in het Heuvelland is vastgelegd in het Kader Basisondersteuning VO "
            "Heuvelland 2025, dat als bijlage 2 bij dit plan hoort. Scholen nemen hun invulling van de basisondersteuning op "
            "in hun schoolgids."),
          H1("Ondersteuningsaanbod en dekkend netwerk"),
          P("Het aanbod in het Heuvelland is opgebouwd als een continuüm, van de ondersteuning die scholen zelf bieden tot "
            "het voortgezet speciaal onderwijs. Voor leerlingen die meer nodig hebben, kunnen scholen een arrangement "
            "inzetten uit de middelen lichte ondersteuning, zoals een trajectvoorziening in de school, een faalangst- of "
            "examentraining, of inzet van een jeugdhulpmedewerker in de school. Daarnaast zijn er bovenschoolse voorzieningen:"),
          UL(["OPDC De Brug: tijdelijke opvang (maximaal een schooljaar) voor leerlingen die in het regulier vo vastlopen, "
              "met als doel terugkeer naar de eigen school;",
              "de Rebound in Doornwijk: een time-outvoorziening van maximaal twaalf weken;",
              "de Schakelklas voor nieuwkomers (ISK-afdeling) in Zeisterhout;",
              "onderwijs-zorgarrangementen voor leerlingen die onderwijs combineren met dagbehandeling;",
              "het vso op De Boog en Het Anker, en praktijkonderwijs op twee locaties."]),
          P("Om na te gaan of het netwerk dekkend is, maakt het samenwerkingsverband elk jaar in het voorjaar een "
            "netwerkanalyse. We kijken naar wachtlijsten, naar leerlingen die buiten de regio onderwijs volgen, naar "
            "vrijstellingen van de leerplicht en naar thuiszitters. In de analyse van 2024 kwamen twee lacunes naar voren: "
            "onvoldoende plaatsen voor hoogbegaafde leerlingen met sociaal-emotionele problemen, en een wachtlijst van "
            "gemiddeld tien weken voor het vso cluster 4. Voor beide zijn in dit plan acties opgenomen: een HB-voorziening "
            "op twee havo/vwo-scholen per augustus 2026, en twaalf extra plaatsen bij De Boog vanaf 2025-2026."),
          P("Voor thuiszitters hanteren we het Thuiszitterspact Heuvelland. Elke leerling die thuiszit, wordt binnen vijf "
            "schooldagen gemeld bij het samenwerkingsverband; binnen twee weken volgt een casusoverleg met school, leerplicht "
            "en jeugdhulp. De zorgplicht blijft bij het schoolbestuur, maar het samenwerkingsverband neemt de regie als na "
            "zes weken geen plek is gevonden."),
          H1("Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
          H2("Voortgezet speciaal onderwijs"),
          P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij de "
            "Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP, het verslag van het "
            "multidisciplinair overleg en de zienswijze van ouders en leerling. Twee deskundigen (een orthopedagoog of "
            "psycholoog en, afhankelijk van de casus, een jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater) "
            "brengen ieder een eigen advies uit. De Commissie Toewijzing besluit namens het bestuur binnen vijf weken."),
          P("Criteria: een leerling is toelaatbaar tot het vso als (a) de school aantoonbaar de basisondersteuning en ten "
            "minste één arrangement heeft ingezet, (b) de leerling ook met inzet van OPDC of onderwijs-zorgarrangement niet "
            "tot ontwikkeling komt in het regulier vo, en (c) de leerling is aangewezen op een integraal aanbod van onderwijs "
            "en specialistische begeleiding in kleine groepen. Voor leerlingen van het so die doorstromen naar het vso geldt "
            "een verkorte procedure op basis van het OPP."),
          P("Een TLV vso wordt afgegeven voor twee schooljaren, bij de overgang vanuit so voor het volledige eerste "
            "schooljaar plus één jaar. De commissie bepaalt de bekostigingscategorie. Bezwaar is mogelijk binnen zes weken; "
            "het samenwerkingsverband legt bezwaren voor aan de Landelijke Bezwaaradviescommissie."),
          H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria (leerachterstand, IQ-range en "
            "sociaal-emotionele problematiek). De school van aanmelding dient de aanvraag in vóór 1 maart van groep 8, met "
            "het onderwijskundig rapport en de testgegevens. De commissie besluit binnen vier weken. Een aanwijzing lwoo geldt "
            "voor de duur van de opleiding; een TLV pro voor de hele schoolloopbaan in het praktijkonderwijs."),
          H1("Terug naar het regulier vo"),
          P("Het samenwerkingsverband vindt dat een vso-leerling moet kunnen terugkeren naar het regulier voortgezet "
            "onderwijs zodra dat passend is. Uitgangspunt is dat de leerling het diploma haalt op het hoogst mogelijke niveau, "
            "en dat de overstap zorgvuldig wordt begeleid. De vso-school bekijkt bij elke OPP-evaluatie of terugplaatsing "
            "mogelijk is."),
          P("Uiterlijk zes maanden voor het einde van de TLV organiseert de vso-school een overleg met de leerling, de ouders, "
            "een consulent van het samenwerkingsverband en, indien bekend, de beoogde vo-school. Daarin wordt besloten over "
            "terugplaatsing, een nieuwe TLV of uitstroom naar mbo of arbeid. Bij terugplaatsing volgt een proefperiode van "
            "acht weken, waarin de leerling al deels op de vo-school lessen volgt; daarna volgt een definitieve inschrijving. "
            "De ontvangende school krijgt een overstaparrangement van € 6.000 en ambulante begeleiding vanuit de vso-school "
            "gedurende een half jaar. De consulent bewaakt de termijnen."),
          H1("Financiën"),
          P("Onderstaande tabellen geven de verdeling van de middelen en de meerjarenbegroting weer."),
          TABLE(["Verdeling naar scholen", "Grondslag", "Bedrag 2025"],
                [["Middelen lichte ondersteuning", "per leerling (teldatum 1 oktober)", "€ 141"],
                 ["Ondersteuningsbudget zware ondersteuning", "per leerling", "€ 96"],
                 ["Vaste voet per school", "per vestiging", "€ 25.000"],
                 ["Lwoo-middelen", "per lwoo-leerling", "conform landelijk bedrag"],
                 ["OPDC-plaats", "per geplaatste leerling", "centraal bekostigd"]], "Tabel: verdeelsleutel"),
          TABLE(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                [["Rijksbijdrage lichte ondersteuning", "3.850", "3.820", "3.790", "3.760"],
                 ["Rijksbijdrage zware ondersteuning", "7.940", "7.880", "7.820", "7.770"],
                 ["Lwoo en pro", "9.120", "9.050", "8.990", "8.930"],
                 ["Afdrachten vso", "5.210", "5.300", "5.350", "5.350"],
                 ["Doorbetaling naar scholen", "12.880", "12.780", "12.680", "12.590"],
                 ["OPDC De Brug en Rebound", "1.650", "1.690", "1.720", "1.750"],
                 ["HB-voorziening en extra plaatsen De Boog", "120", "380", "420", "420"],
                 ["Bureau en commissie", "1.060", "1.080", "1.100", "1.120"]], "Tabel: meerjarenbegroting"),
          P("Het bestuur stelt de verdeelsleutel jaarlijks in november vast. Scholen leggen verantwoording af over de inzet "
            "van middelen in hun jaarverslag."),
          H1("Kwaliteit en resultaten"),
          P("Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Kwartaalrapportages aan het bestuur bevatten "
            "het aantal aanvragen en toewijzingen, wachttijden, thuiszitters en de inzet van OPDC en Rebound. Elk jaar in "
            "mei wordt een tevredenheidsonderzoek onder ouders, leerlingen en scholen gehouden. Het jaarverslag bevat een "
            "analyse van de bereikte resultaten, die met de OPR en de raad van toezicht wordt besproken."),
          TABLE(["Bereikt", "2021-2022", "2022-2023", "2023-2024"],
                [["Deelname vso", "3,9%", "3,8%", "4,1%"],
                 ["Thuiszitters (peildatum 1 oktober)", "31", "27", "24"],
                 ["Terugplaatsingen vso naar vo", "9", "12", "11"],
                 ["Terugkeer vanuit OPDC naar eigen school", "68%", "71%", "74%"]], "Tabel: bereikte resultaten"),
          P("Nieuwe streefwaarden voor de planperiode bepalen we na de evaluatie in het najaar van 2025; ze worden "
            "opgenomen in het jaarplan 2026."),
          H1("Ouders en leerlingen"),
          P("Een communicatieplan richting ouders en leerlingen stellen we op in schooljaar 2025-2026."),
          P("Ouders of leerlingen die het niet eens zijn met een besluit of een school, kunnen voor onafhankelijk advies "
            "terecht bij Onderwijsconsulenten. Het samenwerkingsverband heeft een klachtenregeling en is aangesloten bij de "
            "landelijke klachtencommissie en de Geschillencommissie passend onderwijs. Leerlingen hebben hoorrecht bij hun "
            "OPP en worden gehoord bij een TLV-aanvraag.")]
    b += oogo(v) + governance(v) + opr(v) + personeel(v) + ict(v)
    b += planning(v, [["2025-2026", "Extra plaatsen De Boog; communicatieplan; streefwaarden"],
                      ["2026-2027", "Start HB-voorziening"], ["2027-2028", "Evaluatie OPDC"],
                      ["2028-2029", "Nieuw ondersteuningsplan"]])
    b += begrippen(v) + afkortingen(v)
    lab = dict(documents=["vo-heuvelland-2025-2029.docx"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="present",
                      **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                            "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning' only refers to an absent bijlage 2 and to the schoolgids; definition only in the begrippenlijst.",
               "plaatsing": "Ch. 'Toelaatbaarheid vso, lwoo en praktijkonderwijs': Commissie Toewijzing, deskundigen, 5 weeks, vso criteria, lwoo/pro procedure, duration, bezwaar.",
               "terugstroom": "Ch. 'Terug naar het regulier vo': policy, overleg 6 months before TLV end, proefperiode, overstaparrangement.",
               "financien": "Ch. 'Financiën': content almost only in tables (verdeelsleutel, meerjarenbegroting), plus who sets it.",
               "dekkend-aanbod": "Ch. 'Ondersteuningsaanbod en dekkend netwerk': continuum, OPDC/Rebound, yearly netwerkanalyse with lacunes and actions, thuiszitterspact.",
               "resultaten": "Ch. 'Kwaliteit en resultaten': monitoring cycle and achieved figures, but new targets deferred to the 2026 jaarplan.",
               "ouders": "Ch. 'Ouders en leerlingen': informing parents deferred to a communicatieplan; Onderwijsconsulenten, klachten/geschillen present."})
    return "vo-heuvelland-2025-2029", b, lab, v

# ---------------------------------------------------------------------------
# PLAN 5 — PO Duinrand (pdf), weak plan
# ---------------------------------------------------------------------------
V5 = dict(naam="Stichting Passend Primair Onderwijs Duinrand", kort="Passend PO Duinrand", code="PO 28-06",
          periode="2025-2029", regio="de Duinrand", sector="po", besturen=11, scholen=52, leerlingen="11.400",
          gemeenten=[("Noordwijkerveen", 14), ("Katwijkhout", 17), ("Teylingerduin", 13), ("Lisserbroek-Zuid", 8)],
          typen="Het gaat om 49 basisscholen, 2 sbo-scholen (De Duinroos en De Startbaan) en een so-school (De Vuurtoren).",
          bestuurder="Mw. drs. L. (Linda) Hoogland", bureau="Katwijkhout", opr_datum="15 april 2025",
          oogo_datum="25 maart 2025", fte="9,0", header="Passend PO Duinrand – OP 2025-2029")


def plan5():
    v = V5
    b = [("title", "Ondersteuningsplan 2025-2029", [v["naam"], v["code"], "Samen op koers"]), TOC()]
    b += voorwoord(v)
    b += [H1("Inleiding"),
          P("Dit ondersteuningsplan geeft de koers van Passend PO Duinrand voor de komende vier jaar. Het plan is "
            "bedoeld voor schoolbesturen, scholen, gemeenten en andere partners. Het plan vervangt het ondersteuningsplan "
            "2021-2025. Het is opgesteld door het bestuursbureau in opdracht van de directeur-bestuurder, besproken in "
            "het directeurenoverleg en in twee bijeenkomsten met de intern begeleiders, en voorgelegd aan de raad van "
            "toezicht. De teksten zijn waar mogelijk kort gehouden; uitwerkingen volgen in de jaarplannen.")]
    b += wettelijk_kader(v) + terugblik(v) + context(v) + visie(v, ouders=False) + ontwikkelingen(v, ojsp=False)
    b += [H1("Basisondersteuning"),
          P("De aangesloten besturen hebben met elkaar vastgesteld wat elke school in de Duinrand ten minste biedt. Dat is "
            "de basisondersteuning: zij geldt voor alle 49 basisscholen en al hun locaties en wordt betaald uit de eigen "
            "middelen van de scholen en het budget dat besturen van het samenwerkingsverband ontvangen."),
          P("Tot de basisondersteuning in de Duinrand behoren in elk geval:"),
          UL(["een intern begeleider en een ondersteuningsteam op elke school;",
              "een doorgaande lijn in het volgen van leerlingen met toetsen en observaties;",
              "extra instructie in kleine groepjes bij lees-, spelling- en rekenproblemen, en de dyslexiezorg volgens het "
              "landelijke protocol;",
              "een aanpak voor sociaal-emotionele ontwikkeling en een gedragsprotocol;",
              "een ontwikkelingsperspectief voor leerlingen die op een eigen leerlijn werken;",
              "verrijkingsstof voor leerlingen die meer aankunnen;",
              "afspraken over medicijngebruik en medische handelingen."]),
          H1("Toelaatbaarheid"),
          P("Voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs hanteert Passend PO Duinrand "
            "de procedure en de criteria zoals beschreven op www.passendpoduinrand.nl/toelaatbaarheid. In het schooljaar "
            "2023-2024 zijn 118 toelaatbaarheidsverklaringen afgegeven."),
          H1("Terugplaatsing"),
          P("Voor leerlingen op de sbo- en so-scholen geldt de volgende werkwijze. In het laatste schooljaar van de TLV "
            "evalueert de sbo- of so-school vóór 1 februari het ontwikkelingsperspectief in een multidisciplinair overleg "
            "waaraan een orthopedagoog van het samenwerkingsverband deelneemt. Blijkt uit die evaluatie dat de leerling kan "
            "terugkeren naar het basisonderwijs, dan legt de directeur van de sbo- of so-school vóór 1 maart contact met een "
            "basisschool en stelt samen met de intern begeleider van die school een overdrachtsdossier op. Het "
            "samenwerkingsverband besluit vóór 1 april of de leerling per het nieuwe schooljaar wordt teruggeplaatst of dat "
            "een nieuwe TLV nodig is. "
            "De leerling start na de zomervakantie op de nieuwe school."),
          H1("Financiën"),
          P("Het verdeelmodel wordt in 2025 herzien in een werkgroep van besturen. Tot de besluitvorming is afgerond, blijft "
            "de huidige systematiek van kracht. De meerjarenbegroting ziet er als volgt uit:"),
          TABLE(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                [["Baten Rijk (ondersteuningsbekostiging)", "9.980", "9.900", "9.830", "9.760"],
                 ["Overige baten", "120", "110", "110", "110"],
                 ["Afdrachten so via DUO", "3.410", "3.450", "3.480", "3.480"],
                 ["Afdrachten sbo (groeiregeling)", "880", "870", "860", "850"],
                 ["Schoolbudgetten besturen", "3.900", "3.860", "3.830", "3.800"],
                 ["Arrangementen en expertise-inzet", "900", "920", "920", "920"],
                 ["Personeel bureau en orthopedagogen", "820", "830", "840", "850"],
                 ["Huisvesting en overige lasten", "150", "150", "150", "150"],
                 ["Saldo", "40", "-70", "-140", "-180"]], "Tabel: meerjarenbegroting 2025-2028"),
          P("De negatieve saldi vanaf 2026 worden gedekt uit de algemene reserve, die eind 2024 € 1,6 miljoen bedroeg. De "
            "reserve blijft daarmee boven de signaleringswaarde."),
          H1("Ondersteuningsaanbod in de regio"),
          P("Het samenwerkingsverband brengt in 2026 het volledige ondersteuningsaanbod in de regio in kaart in een "
            "zogenoemde aanbodkaart. Op basis daarvan formuleren we, samen met de besturen, hoe we komen tot een dekkend "
            "aanbod. De uitkomsten worden in de voortgangsparagraaf bij dit plan opgenomen."),
          H1("Resultaten"),
          P("Voor de planperiode hebben de besturen de volgende resultaten afgesproken voor leerlingen die extra "
            "ondersteuning nodig hebben:"),
          UL(["het percentage leerlingen in sbo en so samen blijft onder 3,5% (2024: 3,7%);",
              "de tevredenheid van intern begeleiders over de ondersteuning door het samenwerkingsverband stijgt van 6,8 "
              "naar ten minste 7,5;",
              "jaarlijks keren ten minste 10 leerlingen terug van sbo of so naar het basisonderwijs (2024: 6);",
              "in 2027 voldoet ten minste 85% van de scholen aan alle afspraken over de basisondersteuning, in 2029 alle "
              "scholen."]),
          P("De directeur-bestuurder rapporteert twee keer per jaar aan het bestuur over deze resultaten, op basis van de "
            "gegevens van DUO (peildatum 1 oktober), de registratie van het samenwerkingsverband en de verslagen van de "
            "jaarlijkse schoolbezoeken. In het jaarverslag worden de bereikte resultaten naast de afgesproken resultaten gezet "
            "en toegelicht; afwijkingen leiden tot bijstelling in het jaarplan."),
          H1("Communicatie"),
          P("Het samenwerkingsverband communiceert met scholen en professionals via een nieuwsbrief die zes keer per jaar "
            "verschijnt, via het IB-netwerk en via de website. Directeuren en intern begeleiders ontvangen na elke "
            "bestuursvergadering een korte samenvatting van de besluiten. Eén keer per jaar organiseren we een "
            "inspiratiedag voor alle medewerkers van de aangesloten scholen.")]
    b += oogo(v, substantive=False) + governance(v) + opr(v, parents=False) + [
          H2("Intern toezicht en inspectie"),
          P("De raad van toezicht houdt toezicht op het bestuur en staat de directeur-bestuurder met raad terzijde. De raad "
            "werkt met een toezichtkader dat in 2023 is geactualiseerd, en kent een auditcommissie en een commissie onderwijs. "
            "Eén keer per jaar voert de raad een zelfevaluatie uit, eens in de drie jaar onder externe begeleiding. De raad "
            "spreekt ten minste twee keer per jaar met de ondersteuningsplanraad en één keer per jaar met een delegatie van "
            "directeuren."),
          P("De inspectie van het onderwijs heeft het samenwerkingsverband in het voorjaar van 2023 bezocht in het kader van "
            "het vierjaarlijks onderzoek. Het oordeel was voldoende. De inspectie gaf als ontwikkelpunten mee dat de "
            "verantwoording van het bestuur aan de raad van toezicht scherper kan en dat de planning-en-controlcyclus beter "
            "aansluit bij het schooljaar dan bij het kalenderjaar. Beide punten zijn inmiddels opgepakt: de rapportages "
            "verschijnen voortaan per schooljaar en het jaarplan volgt de cyclus van het schooljaar.")] + personeel(v) + ict(v, tlv=False)
    b += planning(v, [["2025", "Herziening verdeelmodel"], ["2026", "Aanbodkaart"],
                      ["2027", "Tussenevaluatie"], ["2028", "Nieuw ondersteuningsplan"]])
    b += begrippen(v) + afkortingen(v)
    lab = dict(documents=["po-duinrand-2025-2029.pdf"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="partial",
                      **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning': minimum for all 49 schools and locations plus a concrete list.",
               "plaatsing": "Ch. 'Toelaatbaarheid' only refers to the website and gives a count of TLVs; no procedure, criteria, deskundigen, duration or bezwaar anywhere.",
               "terugstroom": "Ch. 'Terugplaatsing': steps, actors and dates, but no policy (aims, conditions, support after return).",
               "financien": "Ch. 'Financiën': meerjarenbegroting table with amounts; verdeelmodel under revision and not described.",
               "dekkend-aanbod": "Ch. 'Ondersteuningsaanbod in de regio' only defers to a 2026 aanbodkaart; OOGO section is procedural only.",
               "resultaten": "Ch. 'Resultaten': targets with baselines; twice-yearly reporting and jaarverslag comparison.",
               "ouders": "Nothing: 'Communicatie' is about schools and professionals; OPR text does not describe parents' role."})
    return "po-duinrand-2025-2029", b, lab, v

# ---------------------------------------------------------------------------
# 6 — near miss: school-level ondersteuningsprofiel/plan of one basisschool (docx)
# ---------------------------------------------------------------------------
def nearmiss():
    v = dict(sector="po", header="OBS De Vlinderboom – Schoolondersteuningsprofiel 2024-2025")
    b = [("title", "Schoolondersteuningsprofiel en ondersteuningsplan 2024-2025",
          ["OBS De Vlinderboom, Purmerhaven", "Onderdeel van Stichting Openbaar Onderwijs Waterrijk",
           "Aangesloten bij Samenwerkingsverband Primair Onderwijs Waterland-Zuid (PO 27-02)"]), TOC(),
         H1("Inleiding"),
         P("Dit document beschrijft hoe OBS De Vlinderboom de ondersteuning aan haar leerlingen organiseert. Het is "
           "tegelijk ons schoolondersteuningsprofiel (SOP) en ons interne ondersteuningsplan voor het schooljaar "
           "2024-2025. De medezeggenschapsraad heeft advies uitgebracht over dit document. De Vlinderboom is een openbare "
           "basisschool met 312 leerlingen in twaalf groepen, gelegen in de wijk Overwhere-Noord van Purmerhaven."),
         P("Wij zijn aangesloten bij het samenwerkingsverband Waterland-Zuid. In het ondersteuningsplan van het "
           "samenwerkingsverband zijn de afspraken over de basisondersteuning, de toelaatbaarheid tot het speciaal "
           "(basis)onderwijs en de verdeling van de middelen vastgelegd. In dit document beschrijven we hoe wij die "
           "afspraken op onze school uitvoeren."),
         H1("Onze visie op ondersteuning"),
         P("Op De Vlinderboom mag ieder kind zijn wie het is. We werken vanuit de gedachte dat kinderen verschillend zijn "
           "en dat de leerkracht het verschil maakt. We werken handelingsgericht: we kijken naar wat een kind nodig heeft "
           "en wat de leerkracht nodig heeft om dat te bieden. Ouders zien we als partners; zij kennen hun kind het best."),
         H1("De zorgniveaus op onze school"),
         P("Wij werken met vijf zorgniveaus."),
         TABLE(["Zorgniveau", "Inhoud", "Wie"],
               [["1", "Goed lesgeven in de groep, differentiatie in drie niveaus", "Leerkracht"],
                ["2", "Extra instructie en begeleiding in de groep", "Leerkracht, met onderwijsassistent"],
                ["3", "Specifieke interventies na groepsbespreking met de IB'er", "Leerkracht en IB'er"],
                ["4", "Inschakelen externe deskundigen via het ondersteuningsteam; OPP", "IB'er, OT, consulent SWV"],
                ["5", "Verwijzing naar speciaal (basis)onderwijs via een TLV", "Bestuur en samenwerkingsverband"]],
               "Tabel: zorgniveaus De Vlinderboom"),
         H1("Basisondersteuning op De Vlinderboom"),
         P("Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent dit "
           "op De Vlinderboom: een intern begeleider (0,8 fte), een ondersteuningsteam dat zes keer per jaar bijeenkomt, "
           "dyslexiebegeleiding volgens protocol, een plusgroep voor meerbegaafde leerlingen op dinsdagmiddag, de methode "
           "Kwink voor sociaal-emotionele ontwikkeling en een onderwijsassistent die extra instructie geeft in groep 3 tot "
           "en met 5."),
         H1("Groepsbesprekingen en leerlingbesprekingen"),
         P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de IB'er met elke leerkracht "
           "de groep. Leerlingen bij wie de ontwikkeling stagneert, worden besproken in een leerlingbespreking. Ouders worden "
           "vooraf geïnformeerd en uitgenodigd bij het ondersteuningsteam als hun kind wordt besproken."),
         H1("Extra ondersteuning en arrangementen"),
         P("Wanneer de basisondersteuning niet volstaat, vraagt de school via de consulent van het samenwerkingsverband een "
           "arrangement aan. In 2023-2024 hadden acht leerlingen van onze school een arrangement, waarvan vijf voor gedrag "
           "en drie voor leren. De middelen die het bestuur van het samenwerkingsverband ontvangt, zet de school in voor de "
           "onderwijsassistent (€ 38.000) en voor scholing van het team in gedragsaanpak (€ 6.500)."),
         H1("Verwijzing naar het speciaal (basis)onderwijs en terugplaatsing"),
         P("Als de school ook met een arrangement niet kan bieden wat een kind nodig heeft, bespreken we met ouders een "
           "verwijzing naar het speciaal basisonderwijs of het speciaal onderwijs. Het bestuur vraagt dan een "
           "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. In 2023-2024 zijn twee leerlingen verwezen naar "
           "sbo De Schakel. Kinderen die terugkeren uit het sbo, worden bij ons warm ontvangen; de IB'er maakt met de "
           "sbo-school afspraken over de overdracht."),
         H1("Samenwerking met ouders"),
         P("Ouders worden vanaf de eerste zorgen betrokken. Zij ondertekenen het OPP. Bij vragen of zorgen kunnen ouders "
           "terecht bij de leerkracht, de IB'er of de directeur. Voor onafhankelijk advies verwijzen wij naar "
           "Onderwijsconsulenten. Onze klachtenregeling staat in de schoolgids."),
         H1("Grenzen aan onze ondersteuning"),
         P("De grenzen van onze mogelijkheden liggen bij kinderen die intensieve één-op-één begeleiding gedurende de hele dag "
           "nodig hebben, bij ernstig en langdurig grensoverschrijdend gedrag waarbij de veiligheid van andere kinderen in "
           "het geding komt, en bij kinderen met een ernstige lichamelijke beperking, omdat ons gebouw geen lift heeft."),
         H1("Ontwikkelpunten 2024-2025"),
         UL(["Scholing van het team in het werken met executieve functies.",
             "Uitbreiding van de plusgroep naar groep 4.",
             "Evaluatie van de inzet van de onderwijsassistent in juni 2025."]),
         H1("Resultaten"),
         P("In 2023-2024 behaalde 96% van onze leerlingen in groep 8 ten minste het fundamentele niveau 1F voor lezen en "
           "rekenen. Van de acht leerlingen met een arrangement hebben er zes hun doelen uit het OPP gehaald.")]
    lab = dict(documents=["obs-de-vlinderboom-sop-2024-2025.docx"], sector="po", looks_like_plan=False,
               elements={}, criteria={},
               notes={"document": "School-level schoolondersteuningsprofiel/intern ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, own budget); it refers to the SWV's plan but is not an ondersteuningsplan of a samenwerkingsverband."})
    return "obs-de-vlinderboom-sop-2024-2025", b, lab, v

# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------
def render_docx(blocks, v, path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "holdout156"
    cp.created = datetime.datetime(2025, 3, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 12, 0, 0)
    cp.title = blocks[0][1]
    if v.get("header"):
        doc.sections[0].header.paragraphs[0].text = v["header"]
    doc.styles["Normal"].font.size = Pt(10.5)
    chapters = toc_entries(blocks)
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            doc.add_heading(blk[1], level=0)
            for line in blk[2]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, c in enumerate(chapters, 1):
                doc.add_paragraph(f"{i}. {c} {'.' * 8} {2 + 2 * i}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(f"{chapters.index(blk[1]) + 1}. {blk[1]}", level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "ul":
            for it in blk[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            _, header, rows, cap = blk
            if cap:
                doc.add_paragraph(cap).runs[0].italic = True
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                t.cell(0, j).text = h
            for i, r in enumerate(rows, 1):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
    doc.save(str(path))


def render_html(blocks, v, path):
    e = html.escape
    chapters = toc_entries(blocks)
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">', f"<title>{e(blocks[0][1])}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto} table{border-collapse:collapse} "
           "td,th{border:1px solid #888;padding:3px 6px}</style></head><body>",
           f'<header class="site"><p>{e(V3["naam"])} &middot; <a href="/">Home</a> &middot; <a href="/ouders">Ouders</a> '
           '&middot; <a href="/scholen">Scholen</a> &middot; <a href="/terugplaatsing">Terugplaatsing</a> &middot; '
           '<a href="/financien">Financi&euml;n</a></p></header>', "<main>"]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(f"<h1>{e(blk[1])}</h1>")
            out += [f'<p class="subtitle">{e(x)}</p>' for x in blk[2]]
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ol>' + "".join(
                f'<li><a href="#h{i}">{e(c)}</a></li>' for i, c in enumerate(chapters, 1)) + "</ol></nav>")
        elif kind == "h1":
            i = chapters.index(blk[1]) + 1
            out.append(f'<h2 id="h{i}">{i}. {e(blk[1])}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(blk[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(blk[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in blk[1]) + "</ul>")
        elif kind == "table":
            _, header, rows, cap = blk
            t = ["<table>"]
            if cap:
                t.append(f"<caption>{e(cap)}</caption>")
            t.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
    out += ["</main>", '<footer><p>&copy; 2024 SWV Waterland-Zuid &middot; Privacyverklaring &middot; '
            'Contact &middot; Ondersteuningsplan &middot; Begrippenlijst</p></footer>', "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, v, path, tmp):
    src = tmp / (path.stem + ".docx")
    render_docx(blocks, v, src)
    profile = (tmp / "lo_profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    shutil.copyfile(tmp / (path.stem + ".pdf"), path)


def word_count(blocks):
    n = 0
    for blk in blocks:
        if blk[0] in ("h1", "h2", "p"):
            n += len(blk[1].split())
        elif blk[0] == "ul":
            n += sum(len(x.split()) for x in blk[1])
        elif blk[0] == "table":
            n += sum(len(" ".join(r).split()) for r in blk[2])
        elif blk[0] == "title":
            n += len(" ".join(blk[2]).split())
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout156_gen_"))
    try:
        jobs = [(plan1, "docx"), (plan2, "pdf"), (plan3, "html"), (plan4, "docx"), (plan5, "pdf"), (nearmiss, "docx")]
        for fn, fmt in jobs:
            name, blocks, lab, v = fn()
            path = OUT / f"{name}.{fmt}"
            if fmt == "docx":
                render_docx(blocks, v, path)
            elif fmt == "pdf":
                render_pdf(blocks, v, path, tmp)
            else:
                render_html(blocks, v, path)
            assert lab["documents"] == [path.name], (lab["documents"], path.name)
            with open(OUT / f"{name}.expected.yaml", "w", encoding="utf-8") as fh:
                yaml.safe_dump(lab, fh, sort_keys=False, allow_unicode=True, width=200)
            print(f"{path.name}: {word_count(blocks)} words")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
