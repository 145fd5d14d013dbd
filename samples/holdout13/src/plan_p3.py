"""P3 - PO, SWV Dommeldal, PDF (rendered from docx), bold-only headings, numbered paragraphs 'x.y'."""
from filler13 import bank

C = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Dommeldal", kort="SWV Dommeldal",
         periode="2026-2030", regio="het Dommeldal", gemeenten="Dommelen-Oost, Veldhoven-Kerk en Aalst-Waalre",
         inwoners="121.000", besturen="6", scholen="34", leerlingen="10.900", fte="12,4",
         oogo_datum="18 februari 2026", ander_verband="samenwerkingsverband VO De Dommelstroom",
         opr_datum="20 januari 2026", instemming="3 maart 2026", vastgesteld="12 maart 2026")

HEADER = "SWV Dommeldal (PO 30-06) | Ondersteuningsplan 2026-2030 | toelaatbaarheid en terugplaatsing"
FOOTER = "Dommeldal – samen voor een passende plek · financiën en resultaten in samenhang"


def blocks():
    F = bank(C)
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", "Stichting Samenwerkingsverband Passend Onderwijs Dommeldal",
                        "PO 30-06", "Dichtbij waar het kan, speciaal waar het moet"]))
    B.append(("h1", "Colofon"))
    B.append(("small", "Dit ondersteuningsplan is een uitgave van Stichting Samenwerkingsverband Passend "
                       "Onderwijs Dommeldal, Kerkakkers 3, 5551 BL Dommelen-Oost. Projectleiding: bureau "
                       "Dommeldal. Aan dit plan werkten mee: de kerngroep basisondersteuning, de commissie "
                       "toelaatbaarheid, de werkgroep terugplaatsing, de auditcommissie financiën en het "
                       "ouderpanel. Druk: Drukkerij Van Aken. Oplage: 150."))
    B.append(("pb",))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [("Leeswijzer", 3), ("Voorwoord", 4), ("1 Ons verband", 5), ("2 Visie", 6),
                      ("3 Basisondersteuning", 8), ("4 Dekkend aanbod", 12),
                      ("5 Toelaatbaarheid, terugplaatsing en overplaatsing", 15),
                      ("6 Ambities en resultaten", 19), ("7 Financiën", 21), ("8 Samen met ouders", 24),
                      ("9 Bestuur en medezeggenschap", 26), ("10 Gemeenten en jeugdhulp", 27),
                      ("11 Personeel en professionalisering", 28), ("12 ICT en privacy", 29),
                      ("13 Planning", 30), ("Afkortingen en begrippen", 31)]))
    B.append(("pb",))
    B.append(("h1", "Leeswijzer"))
    B.append(("p", "Elk hoofdstuk begint met een korte samenvatting. Hieronder vindt u de kern per hoofdstuk."))
    B.append(("table", [
        ["Hoofdstuk", "In één zin"],
        ["1 Ons verband", "Wie wij zijn en voor welke scholen wij werken."],
        ["2 Visie", "Waar wij voor staan en waar wij naartoe willen."],
        ["3 Basisondersteuning", "Het afgesproken niveau en de inhoud van de basisondersteuning per school."],
        ["4 Dekkend aanbod", "Het samenhangend geheel van voorzieningen en de aanpak van thuiszitters."],
        ["5 Toelaatbaarheid", "Hoe toelaatbaarheid tot sbo en so werkt en hoe terugplaatsing naar het "
                              "basisonderwijs verloopt."],
        ["6 Ambities en resultaten", "Beoogde resultaten en de monitoring daarvan."],
        ["7 Financiën", "De verdeling van de middelen, de meerjarenbegroting en de reserves."],
        ["8 Samen met ouders", "Informatie voor ouders en onafhankelijke ondersteuning."],
        ["9-13", "Bestuur, gemeenten, personeel, ICT en planning."]]))
    B.append(("h1", "Voorwoord"))
    B += F["voorwoord"]
    B.append(("h1", "1 Ons verband"))
    B += F["context"]
    B.append(("p", "1.3  In het verband staan twee scholen voor speciaal basisonderwijs (De Dommelhoeve en "
                   "Klimop) en één school voor speciaal onderwijs met afdelingen voor cluster 3 en cluster 4 "
                   "(De Boomgaard). Leerlingen met een zeer specifieke ondersteuningsbehoefte gaan ook naar "
                   "so-scholen buiten de regio."))
    B.append(("h1", "2 Visie"))
    B += F["visie"]
    B += F["missie"]

    # basisondersteuning present (unusual wording: 'de vloer'), tables spanning pages, borging advisory
    B.append(("h1", "3 Basisondersteuning"))
    B.append(("p", "3.1  De basisondersteuning is in Dommeldal de vloer waar geen enkele school onder zakt. "
                   "Alle 31 basisscholen van de zes besturen hebben zich eraan verbonden. Een ouder die zijn "
                   "kind op welke Dommeldal-school dan ook aanmeldt, kan rekenen op wat in de tabel hieronder "
                   "staat. Het is geen gemiddelde en geen streven, maar het minimum dat het bestuur op "
                   "14 november 2025 heeft vastgesteld."))
    B.append(("p", "3.2  De tabel is geordend naar tien domeinen. In de rechterkolom staat waaraan u kunt zien "
                   "dat de school het waarmaakt."))
    rows = [["Domein", "Wat elke school biedt", "Waaraan u het herkent"],
            ["1 Leren lezen", "Vroegtijdige signalering vanaf groep 2; intensieve leesbegeleiding van drie "
             "keer twintig minuten per week bij een achterstand.", "Leesplan in het groepsoverzicht"],
            ["2 Dyslexie", "Begeleiding volgens het landelijk protocol; compenserende en dispenserende "
             "maatregelen (vergroot lettertype, extra tijd, auditieve ondersteuning).", "Dyslexiekaart van de leerling"],
            ["3 Rekenen", "Diagnostische gesprekken en een rekeninterventie bij hardnekkige problemen.",
             "Handelingsplan rekenen"],
            ["4 Gedrag en welbevinden", "Een preventief programma voor de hele school, een gedragsspecialist "
             "of -coördinator, en korte interventies zoals een time-in plek in de klas.", "Gedragsprotocol"],
            ["5 Veiligheid", "Een anti-pestprotocol, een vertrouwenspersoon en een jaarlijkse veiligheidsmonitor.",
             "Veiligheidsplan"],
            ["6 Begaafdheid", "Signalering met een vast instrument, compacten en verrijken, een "
             "verrijkingsgroep minimaal één uur per week.", "Plusaanbod op het rooster"],
            ["7 Taal en meertaligheid", "Woordenschatonderwijs en NT2-ondersteuning voor leerlingen met "
             "een andere thuistaal.", "NT2-plan"],
            ["8 Werken in de groep", "Handelingsgericht werken in cycli van een half jaar; een "
             "groepsoverzicht per groep; klassenconsultatie door de intern begeleider.", "Groepsoverzicht"],
            ["9 Structuur", "Interne begeleiding met ten minste één dagdeel per week per 100 leerlingen; "
             "een ondersteuningsteam met de orthopedagoog van het verband, zes keer per jaar.", "Jaarplanning OT"],
            ["10 Medisch", "Een protocol medische handelingen en afspraken met de jeugdgezondheidszorg.",
             "Protocol op de website van de school"]]
    B.append(("table", rows))
    B.append(("p", "3.3  Scholen laten in hun schoolgids zien hoe zij de tien domeinen invullen. Eens per "
                   "twee jaar bezoekt een auditteam van het verband iedere school. Blijft een school op een "
                   "domein onder de vloer, dan stelt het bestuur van die school binnen drie maanden een "
                   "herstelplan op dat het verband volgt."))

    # dekkend aanbod present (continuum + lacunes), ketenpartners advisory
    B.append(("h1", "4 Dekkend aanbod"))
    B.append(("p", "4.1  Boven op de basisondersteuning kent Dommeldal een samenhangend geheel van "
                   "voorzieningen dat van licht naar zwaar loopt:"))
    B.append(("table", [
        ["Voorziening", "Voor wie", "Duur", "Aanvraag"],
        ["Arrangement op school (handen in de klas, specialistische begeleiding)", "Leerling met een hulpvraag "
         "die de basis overstijgt", "Tot 1 jaar", "Expertisepunt Dommeldal"],
        ["Groepsarrangement (bv. taalklas, rots-en-water-groep)", "Groepjes van 4-8 leerlingen",
         "10-20 weken", "Expertisepunt Dommeldal"],
        ["Observatieplaats De Kiem", "Leerling bij wie de ondersteuningsbehoefte onduidelijk is",
         "Maximaal 12 weken", "Expertisepunt en ouders"],
        ["Voltijd hoogbegaafdenklas De Uitdaging", "Hoogbegaafde leerlingen met vastgelopen schoolgang",
         "1-2 jaar", "Expertisepunt"],
        ["Speciaal basisonderwijs", "Zie 5.3", "Zie 5.3", "TLV"],
        ["Speciaal onderwijs cluster 3 en 4", "Zie 5.3", "Zie 5.3", "TLV"]]))
    B.append(("p", "4.2  Waar een kind ook jeugdhulp nodig heeft, stemmen school en sociaal team de "
                   "ondersteuning af in één plan. Met de gemeenten is afgesproken dat zorg onder schooltijd "
                   "mogelijk is via een onderwijs-zorgarrangement."))
    B.append(("p", "4.3  Niet elk kind vindt vanzelf een plek. Scholen melden een leerling die langer dan twee "
                   "weken thuiszit of geen passende plek heeft binnen vijf schooldagen bij het Expertisepunt en "
                   "bij leerplicht. Binnen tien schooldagen volgt een overleg 'Kind zonder plek' met school, "
                   "ouders, leerplicht en zo nodig jeugdhulp, dat een trajectbegeleider aanwijst en een "
                   "datum vastlegt waarop het kind weer (deels) naar school gaat. Casussen die na zes weken "
                   "niet zijn opgelost, gaan naar het bestuurlijk overleg, dat een school kan aanwijzen."))
    B.append(("p", "4.4  Uit de registratie blijkt dat vooral jonge kinderen met ernstige gedragsproblemen en "
                   "kinderen met een combinatie van een verstandelijke beperking en psychiatrische "
                   "problematiek lang wachten. Voor de eerste groep opent in 2027 een tweede "
                   "observatiegroep; voor de tweede groep maakt het verband afspraken met so-scholen buiten "
                   "de regio over tien reserveplaatsen."))
    B.append(("p", "4.5  Bij de doorstroom naar het voortgezet onderwijs zorgt de basisschool voor een warme "
                   "overdracht. Voor leerlingen met een arrangement schuift de orthopedagoog van het verband "
                   "aan bij het gesprek met de VO-school."))

    # plaatsing present + all advisory; NO terugplaatsing content despite heading
    B.append(("h1", "5 Toelaatbaarheid, terugplaatsing en overplaatsing"))
    B.append(("p", "5.1  Toelaatbaarheid gaat over de vraag of een leerling op een school voor sbo of so "
                   "ingeschreven mag worden. Het verband beslist daarover op verzoek van het schoolbestuur."))
    B.append(("p", "5.2  De procedure. Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met "
                   "ouders. Stap 2: het schoolbestuur dient de aanvraag in bij de Commissie Toelaatbaarheid "
                   "Dommeldal, met het groeidocument, het OPP, de opbrengst van de ingezette arrangementen en "
                   "het formulier 'zienswijze ouders'. Stap 3: twee deskundigen – een orthopedagoog of "
                   "GZ-psycholoog en een tweede deskundige die past bij de vraag (kinderarts, "
                   "maatschappelijk werker of jeugdarts) – geven ieder afzonderlijk een schriftelijk advies; "
                   "geen van beiden was eerder bij de leerling betrokken. Stap 4: de commissie besluit namens "
                   "het bestuur binnen vier weken na een volledige aanvraag. Ouders ontvangen het besluit en "
                   "de adviezen."))
    B.append(("p", "5.3  De criteria. De commissie verklaart een leerling toelaatbaar als aan alle "
                   "onderstaande voorwaarden voor de betreffende voorziening is voldaan."))
    B.append(("table", [
        ["Voorziening", "Criteria"],
        ["Sbo", "De leerling heeft gedurende ten minste twee perioden van een half jaar een arrangement "
                "gehad dat is geëvalueerd; de ontwikkeling stagneert op twee of meer domeinen; de behoefte aan "
                "een kleinere groep en specifieke didactiek is door beide deskundigen onderbouwd."],
        ["So cluster 3", "Er is sprake van een verstandelijke beperking (IQ lager dan 55), een lichamelijke "
                         "beperking of een langdurige ziekte waardoor de leerling aangewezen is op "
                         "onderwijs met zorg in de groep."],
        ["So cluster 4", "Ernstige gedrags- of psychiatrische problematiek die in het regulier en het sbo niet "
                         "hanteerbaar is gebleken, ook niet met een arrangement; behandeling of jeugdhulp is "
                         "gestart of aangevraagd."]]))
    B.append(("p", "5.4  Duur en categorie. Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. "
                   "Een TLV voor het so geldt voor twee schooljaren, voor leerlingen met een ernstige "
                   "meervoudige beperking tot het einde van de schoolloopbaan in het so; het verband bepaalt "
                   "de bekostigingscategorie (laag, midden of hoog) op advies van de deskundigen."))
    B.append(("p", "5.5  Bezwaar. Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken "
                   "bezwaar maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen, die het bestuur adviseert."))
    B.append(("p", "5.6  Leerlingen die van buiten de regio komen. Voor een leerling die verhuist, vraagt de "
                   "nieuwe school de TLV aan bij het verband van de woonplaats."))

    # resultaten partial: doelen yes, monitoring deferred
    B.append(("h1", "6 Ambities en resultaten"))
    B.append(("p", "6.1  Wij willen in 2030 de volgende resultaten hebben bereikt voor leerlingen die extra "
                   "ondersteuning nodig hebben:"))
    B.append(("table", [
        ["Ambitie", "Streefwaarde 2030", "Uitgangssituatie 2025"],
        ["Minder kinderen langer dan vier weken zonder passende plek", "0", "14"],
        ["Meer kinderen met een arrangement in de eigen school", "80% van de arrangementen op de eigen school", "66%"],
        ["Kortere wachttijd observatieplaats", "Maximaal 4 weken", "11 weken"],
        ["Tevredenheid van scholen over het Expertisepunt", "Ten minste 7,5", "6,9"],
        ["Deelname sbo en so samen", "Niet hoger dan 2,6%", "2,9%"]]))
    B.append(("p", "6.2  Hoe en wanneer wij meten of wij deze ambities halen, en hoe wij daarover rapporteren, "
                   "leggen wij vast in een monitoringsplan. Dat plan is op het moment van schrijven nog in "
                   "voorbereiding."))

    # financien partial: besteding (meerjarenbegroting) yes, verdeling deferred; reserves advisory
    B.append(("h1", "7 Financiën"))
    B.append(("p", "7.1  Het verband ontvangt jaarlijks ongeveer € 7,3 miljoen aan ondersteuningsmiddelen. "
                   "De meerjarenbegroting hieronder laat zien waaraan die worden besteed."))
    B.append(("table", [
        ["Lasten (bedragen in €)", "2026", "2027", "2028", "2029"],
        ["Afdracht so via DUO", "2.410.000", "2.430.000", "2.450.000", "2.450.000"],
        ["Groeibekostiging en overdracht sbo (2%-regeling)", "690.000", "680.000", "670.000", "660.000"],
        ["Middelen naar de schoolbesturen", "2.150.000", "2.150.000", "2.120.000", "2.100.000"],
        ["Arrangementen en Expertisepunt", "1.150.000", "1.180.000", "1.200.000", "1.200.000"],
        ["Observatieplaats en hoogbegaafdenklas", "420.000", "520.000", "540.000", "540.000"],
        ["Bureau en bestuur", "390.000", "395.000", "400.000", "405.000"],
        ["Totaal", "7.210.000", "7.355.000", "7.380.000", "7.355.000"]]))
    B.append(("p", "7.2  De verdeelsleutel voor de middelen naar de schoolbesturen wordt in 2026 herijkt. "
                   "Het nieuwe verdeelmodel volgt na besluitvorming in het bestuur in het voorjaar van 2027; "
                   "in de begroting is de post daarom als één bedrag opgenomen."))
    B.append(("p", "7.3  Het weerstandsvermogen bedraagt 7 procent van de baten. Het bestuur houdt de "
                   "signaleringswaarde van de inspectie aan; vermogen boven die waarde zet het in voor de "
                   "tweede observatiegroep (2027)."))

    # ouders present; betrokkenheid advisory
    B.append(("h1", "8 Samen met ouders"))
    B.append(("p", "8.1  Ouders vinden op de website van het verband de pagina 'Ik ben ouder' met uitleg over "
                   "basisondersteuning, arrangementen en toelaatbaarheid, en met een overzicht per school. "
                   "Iedere school geeft bij de intake de folder 'Passend onderwijs in Dommeldal'. Drie keer "
                   "per jaar is er een thema-avond voor ouders, en de Expertisepunt-consulent belt ouders "
                   "binnen een week na de aanvraag van een arrangement om uitleg te geven."))
    B.append(("p", "8.2  Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
                   "Dommeldal (telefonisch spreekuur op dinsdag en donderdag, 040-1234567), dat wordt "
                   "uitgevoerd door een organisatie die niet aan een schoolbestuur verbonden is. Ook de "
                   "onderwijsconsulenten van het ministerie zijn voor ouders beschikbaar. Klachten over het "
                   "verband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs."))
    B.append(("p", "8.3  Ouders zitten in het ouderpanel van het verband en in de OPR."))

    B.append(("h1", "9 Bestuur en medezeggenschap"))
    B += F["governance"]
    B += F["opr_ouders"]
    B.append(("h1", "10 Gemeenten en jeugdhulp"))
    B += F["oogo_keten"]
    B += F["oogo_proc"]
    B.append(("h1", "11 Personeel en professionalisering"))
    B += F["personeel"]
    B.append(("h1", "12 ICT en privacy"))
    B += F["ict"]
    B.append(("h1", "13 Planning"))
    B += F["planning"]
    B += F["vaststelling"]
    B += F["huisvesting"]
    B.append(("h1", "Afkortingen en begrippen"))
    B.append(("table", [
        ["Term", "Uitleg"],
        ["OJSP", "Ouder- en jeugdsteunpunt"], ["OT", "Ondersteuningsteam"],
        ["Overplaatsing", "Wisseling van een leerling van sbo/so naar een andere school"],
        ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het basisonderwijs, met "
                           "ondersteuning van het verband"],
        ["TLV", "Toelaatbaarheidsverklaring"], ["Verdeelmodel", "Regels voor de verdeling van middelen"],
        ["Monitoring", "Het systematisch volgen van resultaten"]]))
    return B


CRITERIA = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
ADVISORY = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"]}
STATUS = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
          "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"}
NOTES = {
    "basisondersteuning": "Ch. 3 '3.1 de vloer waar geen enkele school onder zakt' (minimum for all 31 basisscholen) + ten-domain table spanning pages; 3.3 audit/herstelplan.",
    "plaatsing": "Ch. 5: 5.2 numbered steps (OT, Commissie Toelaatbaarheid, two deskundigen, 4 weeks); 5.3 criteria table sbo/so-3/so-4; 5.4 duration/category; 5.5 bezwaar via LBT.",
    "terugstroom": "Nothing in the body: the chapter 5 heading, the leeswijzer, the running header, colophon and glossary name terugplaatsing/overplaatsing, but ch. 5 contains no return procedure or policy. 4.5 is PO-VO doorstroom (near-miss).",
    "financien": "Ch. 7 meerjarenbegroting 2026-2029 with amounts (besteding) and 7.3 reserves; 7.2 defers the verdeelsleutel to spring 2027, so no distribution criteria.",
    "dekkend-aanbod": "Ch. 4 continuum table (arrangementen, observatieplaats, HB-klas, sbo, so) and 4.3-4.4 'Kind zonder plek' procedure, registered waiting groups and actions; OZA.",
    "resultaten": "6.1 ambitie/streefwaarde table; 6.2 defers how and when results are measured/reported to a monitoringsplan 'nog in voorbereiding'.",
    "ouders": "Ch. 8 'Samen met ouders': website page, folder, thema-avonden, consulent call; OJSP Dommeldal with phone, onderwijsconsulenten, klachtencommissie; ouderpanel/OPR.",
}
