"""P4 - VO, SWV VO Hollandse Waard, PDF (from docx), bold-only headings, 'Artikel N.n' numbering."""
from filler13 import bank

C = dict(naam="Samenwerkingsverband VO Hollandse Waard", kort="Hollandse Waard VO", periode="2026-2030",
         regio="de Hollandse Waard", gemeenten="Waardrecht, Nieuw-Lekkerdam en Sliedrecht-Noord",
         inwoners="176.000", besturen="5", scholen="12", leerlingen="9.400", fte="15,0",
         oogo_datum="26 februari 2026", ander_verband="samenwerkingsverband PO Waardrecht e.o.",
         opr_datum="3 februari 2026", instemming="24 maart 2026", vastgesteld="31 maart 2026",
         ouders_partner=False)

HEADER = "Hollandse Waard VO (VO 27-05) | Ondersteuningsplan 2026-2030 | Samen met ouders en scholen"
FOOTER = "Artikelnummering conform het Reglement Toewijzing · toewijzing – bekostiging – resultaten – ouders"


def blocks():
    F = bank(C)
    B = []
    B.append(("title", ["Ondersteuningsplan", "Samenwerkingsverband VO Hollandse Waard", "Planperiode 2026-2030",
                        "Met ouders, leerlingen en scholen naar een passende plek"]))
    B.append(("h1", "Colofon"))
    B.append(("small", "Samenwerkingsverband VO Hollandse Waard, Dijkweg 77, 3361 BA Waardrecht. Dit plan kwam "
                       "tot stand met inbreng van ouders, leerlingen, ondersteuningscoördinatoren, de "
                       "ondersteuningsplanraad en de gemeenten. Eindredactie: A. de Wit. Vormgeving: Grafisch "
                       "Atelier Waard. Het plan, de bijlagen en het Reglement Toewijzing 2026 staan op "
                       "www.hollandsewaard-vo.nl."))
    B.append(("pb",))
    B.append(("h1", "Inhoudsopgave"))
    B.append(("toc", [("Artikel 1  Voorwoord", 3), ("Artikel 2  Leeswijzer", 4), ("Artikel 3  Koers 2026-2030", 5),
                      ("Artikel 4  Wat elke school biedt", 7), ("Artikel 5  Thuiszitters en witte vlekken", 9),
                      ("Artikel 6  Toewijzing vso, lwoo en pro", 11), ("Artikel 7  Doorstroom en overstap", 12),
                      ("Artikel 8  Resultaten", 14), ("Artikel 9  Bekostiging en begroting", 16),
                      ("Artikel 10  Ouders en leerlingen", 19), ("Artikel 11  Bestuur en medezeggenschap", 20),
                      ("Artikel 12  Gemeenten", 21), ("Artikel 13  Personeel", 22), ("Artikel 14  ICT en privacy", 23),
                      ("Artikel 15  Planning", 24), ("Afkortingenlijst", 25)]))
    B.append(("pb",))
    B.append(("h1", "Artikel 1  Voorwoord"))
    B += F["voorwoord"]
    B.append(("h1", "Artikel 2  Leeswijzer"))
    B.append(("p", "2.1  Dit plan is opgebouwd in artikelen, zodat er eenvoudig naar verwezen kan worden. De "
                   "samenvatting per artikel:"))
    B.append(("bul", [
        "Artikel 3 – onze koers, visie en missie.",
        "Artikel 4 – het niveau en de inhoud van de basisondersteuning.",
        "Artikel 5 – het dekkend aanbod en de aanpak van thuiszitters.",
        "Artikel 6 – procedure en criteria voor toelaatbaarheid tot vso, lwoo en pro.",
        "Artikel 7 – terugplaatsing en overplaatsing vanuit het vso.",
        "Artikel 8 – beoogde en bereikte resultaten en de monitoring.",
        "Artikel 9 – verdeling en besteding van de middelen, de meerjarenbegroting.",
        "Artikel 10 – hoe ouders worden geïnformeerd en waar zij onafhankelijk terecht kunnen.",
        "Artikelen 11 tot en met 15 – bestuur, gemeenten, personeel, ICT en planning."]))
    B.append(("h1", "Artikel 3  Koers 2026-2030"))
    B += F["context"]
    B += F["visie"]
    B += F["missie"]

    # basisondersteuning partial: no agreed minimum (niveau false), but inventory of what all schools have
    B.append(("h1", "Artikel 4  Wat elke school biedt"))
    B.append(("p", "4.1  In Hollandse Waard bepaalt iedere school zelf hoe ver haar "
                   "basisondersteuning reikt. Het verband heeft er in deze planperiode bewust van afgezien een "
                   "gezamenlijke ondergrens vast te stellen: de besturen verschillen daarover van inzicht en "
                   "willen de landelijke norm basisondersteuning afwachten."))
    B.append(("p", "4.2  Een inventarisatie in het voorjaar van 2025 liet wel zien dat op alle twaalf scholen "
                   "het volgende aanwezig is, en leerlingen kunnen daar op elke school op rekenen:"))
    B.append(("bul", [
        "een ondersteuningscoördinator met ten minste 0,5 fte per 800 leerlingen;",
        "een mentoraat met wekelijks een mentoruur in klas 1 en 2;",
        "een dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen (extra tijd, voorleessoftware);",
        "een trainingsaanbod faalangst en sociale vaardigheden, twee keer per jaar;",
        "begeleiding bij plannen en organiseren (executieve functies) door een leerlingbegeleider;",
        "een vaste time-out- of opvangruimte met toezicht;",
        "een ondersteuningsteam dat eens per zes weken met de jeugdarts en de schoolmaatschappelijk werker overlegt."]))

    # dekkend aanbod partial: lacunes yes; continuum referred to online sociale kaart
    B.append(("h1", "Artikel 5  Thuiszitters en witte vlekken"))
    B.append(("p", "5.1  Het volledige overzicht van arrangementen en voorzieningen in de regio is niet in dit "
                   "plan opgenomen; het staat in de online Sociale Kaart Hollandse Waard."))
    B.append(("p", "5.2  Scholen melden iedere leerling die meer dan tien dagen ongeoorloofd of "
                   "ziekte-gerelateerd verzuimt bij het verband en bij leerplicht. Binnen vijf werkdagen "
                   "stelt de consulent met de school een terugkeerplan op; binnen zes weken moet de leerling "
                   "weer (deels) onderwijs volgen. Lukt dat niet, dan bespreekt het Regionaal Thuiszittersoverleg "
                   "de leerling; dit overleg kan een school aanwijzen waar de leerling tijdelijk terechtkan."))
    B.append(("p", "5.3  Twee keer per jaar inventariseert het verband welke leerlingen geen passend "
                   "aanbod hebben gekregen en waarom. In 2025 ging het om 17 leerlingen, vooral met een "
                   "combinatie van autisme en angst. Het verband heeft daarom met twee scholen afgesproken dat "
                   "zij vanaf 2027 samen een kleinschalige onderbouwgroep inrichten. Ook is de wachtlijst voor "
                   "het vso met de vso-school besproken; afgesproken is dat geen leerling langer dan acht weken "
                   "op een plek wacht."))

    # plaatsing missing: only reference to absent reglement
    B.append(("h1", "Artikel 6  Toewijzing vso, lwoo en pro"))
    B.append(("p", "6.1  Voor de toewijzing van voortgezet speciaal onderwijs, leerwegondersteunend onderwijs en "
                   "praktijkonderwijs hanteert het verband het Reglement Toewijzing 2026 (bijlage 5, separaat "
                   "gepubliceerd). Dat reglement maakt deel uit van dit plan, maar wordt vanwege de omvang "
                   "niet in dit document afgedrukt."))
    B.append(("p", "6.2  Het aantal afgegeven toelaatbaarheidsverklaringen en aanwijzingen is opgenomen in "
                   "artikel 8."))

    # terugstroom present (hidden under 'Doorstroom en overstap'), monitoring advisory
    B.append(("h1", "Artikel 7  Doorstroom en overstap"))
    B.append(("p", "7.1  Na het vmbo, de havo of het vwo stromen leerlingen door naar mbo, hbo of wo. Voor "
                   "leerlingen met een arrangement geldt een warme overdracht naar het vervolgonderwijs, die de "
                   "ondersteuningscoördinator verzorgt."))
    B.append(("p", "7.2  Een plaatsing in het vso is in Hollandse Waard nooit bij voorbaat een eindstation. "
                   "Wij willen dat iedere vso-leerling voor wie dat haalbaar is, overstapt naar een reguliere "
                   "school, het liefst in de eigen woonplaats. Voorwaarden zijn dat de leerling volgens zijn OPP "
                   "het niveau van de beoogde opleiding aankan, dat de gedrags- of zorgvraag stabiel is en dat "
                   "de ontvangende school de begeleiding uit het OPP kan bieden. Een overstapper krijgt een "
                   "overstaparrangement: zes maanden een coach van de vso-school, twee uur per week, bekostigd "
                   "door het verband, en een proefperiode van zes weken waarin de leerling nog op het vso "
                   "ingeschreven blijft."))
    B.append(("p", "7.3  De werkwijze is als volgt. De vso-school evalueert ieder jaar in januari het OPP en "
                   "beoordeelt daarbij of overstap mogelijk is. In het laatste jaar van de "
                   "toelaatbaarheidsverklaring voert de vso-school vóór 1 maart een perspectiefgesprek met de "
                   "leerling, de vso-mentor, de consulent van het verband en de ondersteuningscoördinator van een "
                   "mogelijke ontvangende school. De directeur van het verband besluit binnen vier weken daarna "
                   "over het overstaparrangement. De overstap vindt plaats na de kerstvakantie of per "
                   "1 augustus. Is overstap (nog) niet mogelijk, dan vraagt de vso-school vóór 1 april een "
                   "nieuwe verklaring aan; zonder nieuwe verklaring eindigt de plaatsing op 31 juli."))
    B.append(("p", "7.4  In het schooljaar 2024-2025 stapten 14 leerlingen van het vso over naar het regulier "
                   "voortgezet onderwijs; 11 van hen zaten een jaar later nog op die school."))

    # resultaten present, meetbaar advisory
    B.append(("h1", "Artikel 8  Resultaten"))
    B.append(("p", "8.1  Voor de planperiode heeft het bestuur de volgende beoogde resultaten vastgesteld:"))
    B.append(("table", [
        ["Nr.", "Beoogd resultaat", "Indicator", "2025 (bereikt)", "2030 (doel)"],
        ["R1", "Minder leerlingen zonder passend aanbod", "Aantal leerlingen > 6 weken zonder onderwijs", "17", "≤ 5"],
        ["R2", "Thuisnabij onderwijs", "Deelname vso op 1 oktober", "3,6%", "3,2%"],
        ["R3", "Overstap vso naar regulier", "Aantal overstappers per jaar", "14", "≥ 20"],
        ["R4", "Doelmatige toewijzing", "Doorlooptijd aanvraag tot besluit", "34 dagen", "≤ 25 dagen"],
        ["R5", "Tevreden scholen", "Gemiddeld oordeel ondersteuningscoördinatoren", "7,0", "≥ 7,5"],
        ["R6", "Lwoo en pro op peil", "Aantal TLV pro en aanwijzingen lwoo", "88 / 301", "stabiel"]]))
    B.append(("p", "8.2  Het verband verzamelt de gegevens per kwartaal uit DUO, het dossiersysteem en de "
                   "leerplichtregistratie. Elk kwartaal bespreekt het managementoverleg een rapportage; "
                   "twee keer per jaar gaat een analyse naar het bestuur en de OPR. In het jaarverslag "
                   "verantwoorden wij per resultaat wat is bereikt en welke middelen daarvoor zijn ingezet. "
                   "In 2028 laat het verband de voortgang extern evalueren."))

    # financien present, reserves + verantwoording advisory
    B.append(("h1", "Artikel 9  Bekostiging en begroting"))
    B.append(("p", "9.1  Het verband kiest voor een gemengd model. De middelen voor lichte ondersteuning gaan "
                   "voor 60 procent rechtstreeks naar de besturen: € 95 per leerling op de teldatum 1 oktober, "
                   "plus een vaste voet van € 25.000 per vestiging. De middelen voor lwoo en pro worden "
                   "doorgegeven aan de scholen met een lwoo- of pro-aanbod, naar rato van het aantal aangewezen "
                   "leerlingen op 1 oktober. De overige middelen houdt het verband voor arrangementen, die de "
                   "Commissie Arrangementen toekent als de school aantoont dat zij de eigen mogelijkheden heeft "
                   "benut, en voor de overstaparrangementen uit artikel 7."))
    B.append(("table", [
        ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
        ["Baten lichte ondersteuning", "4.820", "4.790", "4.760", "4.730", "4.700"],
        ["Baten lwoo en pro", "6.410", "6.380", "6.350", "6.320", "6.300"],
        ["Baten zware ondersteuning (na afdracht vso)", "1.950", "1.940", "1.930", "1.920", "1.910"],
        ["Lasten: directe toekenning besturen (60%)", "2.890", "2.870", "2.860", "2.840", "2.820"],
        ["Lasten: lwoo en pro naar scholen", "6.410", "6.380", "6.350", "6.320", "6.300"],
        ["Lasten: arrangementen", "1.650", "1.680", "1.700", "1.700", "1.700"],
        ["Lasten: overstaparrangementen", "120", "150", "180", "200", "200"],
        ["Lasten: groeibekostiging vso", "720", "700", "690", "680", "670"],
        ["Lasten: personeel verband en bureau", "1.510", "1.530", "1.550", "1.570", "1.590"],
        ["Saldo", "-120", "-200", "-280", "-340", "-370"]]))
    B.append(("p", "9.2  De algemene reserve bedraagt € 2,1 miljoen en ligt boven de signaleringswaarde. Het "
                   "bestuur bouwt het bovenmatige deel af via de tekorten in de begroting. Besturen leggen "
                   "jaarlijks in hun bestuursverslag verantwoording af over de besteding van de direct "
                   "toegekende middelen, met een door het verband vastgesteld format."))

    # ouders missing: deferral only
    B.append(("h1", "Artikel 10  Ouders en leerlingen"))
    B.append(("p", "10.1  Het verband herziet in 2026 zijn communicatie. Een nieuwe paragraaf over "
                   "voorlichting en over de positie van het ouder- en jeugdsteunpunt wordt als aanvulling op dit "
                   "plan aan de OPR voorgelegd, zodra de landelijke regelgeving daarover is uitgekristalliseerd."))

    B.append(("h1", "Artikel 11  Bestuur en medezeggenschap"))
    B += F["governance"]
    B += F["opr_neutraal"]
    B.append(("h1", "Artikel 12  Gemeenten"))
    B += F["oogo_keten"]
    B += F["oogo_proc"]
    B.append(("h1", "Artikel 13  Personeel"))
    B += F["personeel"]
    B += F["lerarentekort"]
    B.append(("h1", "Artikel 14  ICT en privacy"))
    B += F["ict"]
    B.append(("h1", "Artikel 15  Planning"))
    B += F["planning"]
    B += F["vaststelling"]
    B += F["huisvesting"]
    B.append(("h1", "Afkortingenlijst"))
    B.append(("table", [
        ["Afkorting", "Voluit"], ["CvT", "Commissie van Toelaatbaarheid"], ["LWOO", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"],
        ["PrO", "Praktijkonderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
        ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]]))
    return B


CRITERIA = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False}
ADVISORY = {"terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
STATUS = {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
          "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"}
NOTES = {
    "basisondersteuning": "Artikel 4.1 explicitly declines a shared minimum level (each school sets its own; waits for landelijke norm) so niveau is not addressed; 4.2 lists what all twelve schools in fact offer (inhoud).",
    "plaatsing": "Artikel 6 only refers to the separately published Reglement Toewijzing 2026 (bijlage 5, not in input); no procedure or criteria in the body. Leeswijzer line and abbreviation list (CvT, TLV) are traps.",
    "terugstroom": "Hidden in Artikel 7 'Doorstroom en overstap': 7.2 policy (not an eindstation, conditions, overstaparrangement), 7.3 procedure (January OPP evaluation, perspectiefgesprek before 1 March, decision in 4 weeks, 31 July); 7.4 figures.",
    "financien": "Artikel 9: mixed model (60% at EUR 95 per leerling + vaste voet, lwoo/pro pro rata, Commissie Arrangementen), five-year meerjarenbegroting table, reserve and bestuursverslag format.",
    "dekkend-aanbod": "Artikel 5.2-5.3 handle thuiszitters and gaps with terms and actions; the overview of provisions is only referred to the online Sociale Kaart (5.1), so continuum is not addressed. OZA/jeugdhulp in Artikel 12.",
    "resultaten": "Artikel 8.1 targets table with 2025 achieved and 2030 goals; 8.2 quarterly data collection, reporting to bestuur/OPR and jaarverslag, external evaluation 2028.",
    "ouders": "Artikel 10 only defers a future communication paragraph and the OJSP; 'ouders' appears only in title page, header, colophon, leeswijzer and voorwoord (traps). OPR described without parents' role.",
}
