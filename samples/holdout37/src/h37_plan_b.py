"""Plan B: VO, PDF with numbered articles (Artikel x.y), mixed one/two-column layout. Zuidwaard (VO 31-02)."""
from h37_common import H1, H2, P, UL, TBL, governance, personeel, ict_privacy, inspectie, totstandkoming

C = {
    "swv": "Stichting Passend Voortgezet Onderwijs Zuidwaard",
    "swv_kort": "Passend VO Zuidwaard",
    "besturen": "zeven",
    "scholen": "negentien",
    "fte": "11,2",
    "opr": "25 februari 2025",
    "tijdlijn": [
        ("maart 2024", "Evaluatie vorige planperiode met schoolleiders, OPR en gemeenten"),
        ("september 2024", "Concept hoofdstukken 1 tot en met 6"),
        ("november 2024", "Volledig concept naar bestuurders, OPR en gemeenten"),
        ("28 januari 2025", "OOGO met de vier gemeenten"),
        ("4 februari 2025", "Overleg met de PO-samenwerkingsverbanden 31-01 en 31-03"),
        ("25 februari 2025", "Instemming ondersteuningsplanraad"),
        ("20 maart 2025", "Vaststelling door het bestuur"),
    ],
}

TITLE = "Ondersteuningsplan Passend VO Zuidwaard 2025-2029 (VO 31-02)"


def art(n, t):
    return H2(f"Artikel {n} {t}")


def blocks():
    b = []
    b.append(("title", [
        "Ondersteuningsplan 2025-2029",
        "Stichting Passend Voortgezet Onderwijs Zuidwaard",
        "Samenwerkingsverband VO 31-02",
        "Versie 1.3 - vastgesteld 20 maart 2025",
    ]))
    b.append(("toc", [
        "Hoofdstuk 1  Algemene bepalingen (artikelen 1.1 - 1.3)",
        "Hoofdstuk 2  Visie en ambities (artikelen 2.1 - 2.3)",
        "Hoofdstuk 3  Ondersteuning op de scholen (artikelen 3.1 - 3.4)",
        "Hoofdstuk 4  Toewijzing en toelaatbaarheid (artikelen 4.1 - 4.9)",
        "Hoofdstuk 5  Dekkend netwerk (artikelen 5.1 - 5.4)",
        "Hoofdstuk 6  Resultaten en kwaliteitszorg (artikelen 6.1 - 6.4)",
        "Hoofdstuk 7  Communicatie (artikelen 7.1 - 7.3)",
        "Hoofdstuk 8  Financieel kader (artikelen 8.1 - 8.3)",
        "Hoofdstuk 9  Bestuur, medezeggenschap en OOGO",
        "Hoofdstuk 10 Personeel, ICT en privacy",
        "Hoofdstuk 11 Slotbepalingen (artikelen 11.1 - 11.3)",
        "Bijlage 6   Meerjarenbegroting 2025-2029 (volgt)",
    ]))
    b.append(("cols", 2))
    b.append(H1("Hoofdstuk 1 Algemene bepalingen"))
    b += [
        art("1.1", "Begripsbepalingen"),
        P("In dit plan wordt verstaan onder:"),
        UL("basisondersteuning: het geheel van preventieve en licht curatieve interventies, de "
           "onderwijsondersteuningsstructuur, planmatig werken en de basiskwaliteit volgens het toezichtkader van de "
           "inspectie, zoals een school die binnen haar reguliere middelen biedt;",
           "extra ondersteuning: ondersteuning die de basisondersteuning te boven gaat en waarvoor een OPP wordt opgesteld;",
           "OJSP: het ouder- en jeugdsteunpunt, bedoeld in artikel 7.2;",
           "terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs na afloop "
           "van de toelaatbaarheidsverklaring;",
           "TLV: toelaatbaarheidsverklaring als bedoeld in artikel 40 van de Wet op de expertisecentra;",
           "verdeelmodel: de regels volgens welke de ondersteuningsmiddelen over de schoolbesturen worden verdeeld;",
           "CvT: de Commissie van Toelaatbaarheid van het samenwerkingsverband."),
        art("1.2", "Reikwijdte en looptijd"),
        P("1. Dit plan heeft betrekking op alle vestigingen van de scholen voor voortgezet onderwijs, praktijkonderwijs "
          "en voortgezet speciaal onderwijs in het werkgebied van het samenwerkingsverband, te weten de gemeenten "
          "Zuidwaard, Ooltdorp, Steenmaas en Kaaihoven. 2. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029."),
        art("1.3", "Wettelijke grondslag"),
        P("Dit plan is vastgesteld op grond van artikel 17a van de Wet op het voortgezet onderwijs, thans de "
          "overeenkomstige bepalingen van de Wet voortgezet onderwijs 2020.{{fn:Stb. 2020, 256. Waar in dit plan naar "
          "'artikel 17a WVO' wordt verwezen, wordt tevens de overeenkomstige bepaling van de WVO 2020 bedoeld.}} Waar "
          "dit plan en een regeling van een aangesloten bestuur elkaar tegenspreken, gaat dit plan voor, tenzij de wet "
          "anders bepaalt."),
    ]
    b.append(H1("Hoofdstuk 2 Visie en ambities"))
    b += [
        art("2.1", "Visie"),
        P("Wij willen dat iedere jongere in Zuidwaard een onderwijsplek heeft die bij hem past en waar hij zich "
          "gezien voelt. Passend onderwijs is voor ons geen systeem maar een houding: we kijken naar wat een jongere "
          "nodig heeft, niet naar wat hij mankeert. Die houding vraagt van scholen dat zij de ondersteuning zo dicht "
          "mogelijk bij de les organiseren, en van het samenwerkingsverband dat het de scholen daarin faciliteert in "
          "plaats van voorschrijft."),
        P("De afgelopen planperiode hebben we geleerd dat goede afspraken op papier niet genoeg zijn. Het gaat om de "
          "uitvoering in de klas, om de relatie tussen mentor en leerling en om het vertrouwen tussen scholen onderling. "
          "We investeren daarom in ontmoeting, in kennisdeling en in kortere lijnen tussen scholen, vso en jeugdhulp."),
        art("2.2", "Uitgangspunten"),
        UL("Thuisnabij waar het kan, specialistisch waar het moet.",
           "Eén jongere, één plan: het OPP is leidend, ook als jeugdhulp betrokken is.",
           "Geen jongere thuis: we zoeken altijd een tussenoplossing.",
           "Transparant over keuzes en geld: besluiten worden gemotiveerd en openbaar verantwoord."),
        art("2.3", "Ambities op hoofdlijnen"),
        P("Onze ambities voor de planperiode zijn vertaald in meetbare beoogde resultaten, die in hoofdstuk 6 staan. "
          "Het jaarplan werkt elk jaar uit welke activiteiten daarvoor nodig zijn."),
    ]
    b.append(H1("Hoofdstuk 3 Ondersteuning op de scholen"))
    b += [
        art("3.1", "Niveau van basisondersteuning"),
        P("1. Alle vestigingen van de aangesloten scholen bieden ten minste het niveau van basisondersteuning dat in "
          "het samenwerkingsverband is afgesproken. 2. Dit niveau is voor alle vestigingen gelijk, ongeacht schoolsoort "
          "of bestuur, en wordt door de gezamenlijke schoolbesturen vastgesteld. 3. Een school kan een leerling niet "
          "naar een andere school of voorziening verwijzen op grond van ondersteuning die tot dit niveau behoort."),
        art("3.2", "Invulling van de basisondersteuning"),
        P("Hoe een school de basisondersteuning concreet vormgeeft, welke voorzieningen, interventies en deskundigheid "
          "aanwezig zijn, beschrijft iedere school in haar schoolondersteuningsprofiel (SOP) en, met ingang van het "
          "schooljaar 2026-2027, in de schoolgids.{{fn:De SOP's zijn te raadplegen op de websites van de afzonderlijke "
          "scholen en worden niet als bijlage bij dit plan gevoegd.}} Het samenwerkingsverband kiest er bewust voor de "
          "invulling bij de scholen te leggen: de school kent haar leerlingen het best."),
        art("3.3", "Toetsing van de SOP's"),
        P("Het samenwerkingsverband beoordeelt eens in de twee jaar of de SOP's van alle vestigingen ten minste het "
          "afgesproken niveau beschrijven. Blijft een vestiging achter, dan maakt het bestuur binnen een half jaar "
          "afspraken met de directeur van het samenwerkingsverband over verbetering."),
        art("3.4", "Extra ondersteuning"),
        P("Heeft een leerling meer nodig dan de basisondersteuning, dan stelt de school een OPP op en kan zij, na "
          "bespreking in het ondersteuningsteam, een arrangement aanvragen als bedoeld in hoofdstuk 5."),
    ]
    b.append(H1("Hoofdstuk 4 Toewijzing en toelaatbaarheid"))
    b += [
        art("4.1", "Aanvraag van een TLV vso"),
        P("1. Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij de "
          "CvT. 2. De aanvraag bevat het OPP, het verslag van het ondersteuningsteam, het onderwijskundig rapport en de "
          "zienswijze van de ouders en, vanaf 16 jaar, van de leerling zelf. 3. De CvT bevestigt de ontvangst binnen vijf "
          "werkdagen en meldt daarbij of de aanvraag volledig is."),
        art("4.2", "Criteria voor toelaatbaarheid tot het vso"),
        P("Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"),
        UL("de school van herkomst heeft ten minste twee perioden van zes weken extra ondersteuning geboden en "
           "geëvalueerd, of er is sprake van een acute situatie als bedoeld in lid 3;",
           "de ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie of lichamelijke gezondheid is zo groot "
           "dat een reguliere school, ook met een arrangement op niveau 2 of 3, daarin niet kan voorzien;",
           "de leerling is aangewezen op een intensieve, gespecialiseerde onderwijsomgeving met een lage "
           "leerling-leraarratio en een geïntegreerd aanbod van onderwijs en zorg;",
           "er is een uitstroomperspectief dat in het vso haalbaar is."),
        P("In acute situaties, waarbij de veiligheid van de leerling of anderen in het geding is, kan de CvT afwijken "
          "van de eerste voorwaarde."),
        art("4.3", "Deskundigenadvies"),
        P("De CvT vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de "
          "ondersteuningsbehoefte, een jeugdarts, kinderpsychiater of maatschappelijk werker. Ieder brengt een eigen "
          "schriftelijk advies uit. Ouders ontvangen een afschrift van ieder advies."),
        art("4.4", "Besluit en termijn"),
        P("De CvT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit namens het bestuur. In "
          "spoedeisende gevallen besluit de CvT binnen vijf werkdagen."),
        art("4.5", "Geldigheidsduur en bekostigingscategorie"),
        P("Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren en geldt tot en met 31 juli van het laatste "
          "schooljaar. De CvT bepaalt de bekostigingscategorie laag, midden of hoog op basis van het "
          "deskundigenadvies."),
        art("4.6", "Leerwegondersteunend onderwijs"),
        P("1. Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 en een "
          "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of "
          "inzichtelijk rekenen is, of een IQ tussen 91 en 120 met een dergelijke leerachterstand en sociaal-emotionele "
          "problematiek. 2. De vo-school waar de leerling is aangemeld, dient de aanvraag vóór 1 april in. De CvT beslist "
          "binnen vier weken."),
        art("4.7", "Praktijkonderwijs"),
        P("Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van "
          "ten minste 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is. "
          "De aanvraag verloopt als in artikel 4.6, tweede lid. Een TLV pro geldt voor de gehele duur van het "
          "praktijkonderwijs."),
        art("4.8", "Bezwaar"),
        P("Tegen een besluit van de CvT kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken bij het "
          "bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen "
          "(LBT), waarbij het samenwerkingsverband is aangesloten."),
        art("4.9", "Plaatsing in het OPDC"),
        P("Een leerling kan voor ten hoogste een schooljaar in het OPDC De Overstap worden geplaatst. Vanaf de eerste "
          "week wordt gewerkt aan de terugkeer naar de eigen school of een andere reguliere school; de mentor van de "
          "school van herkomst bezoekt de leerling ten minste eens per maand. Een OPDC-plaatsing vraagt geen TLV."),
    ]
    b.append(("cols", 1, "cont"))
    b.append(H1("Hoofdstuk 5 Dekkend netwerk"))
    b += [
        art("5.1", "Het ondersteuningsaanbod"),
        P("Het samenwerkingsverband kent een samenhangend aanbod van ondersteuningsvoorzieningen binnen en tussen de "
          "scholen. Onderstaande tabel geeft het aanbod per niveau weer. De tabel wordt jaarlijks per 1 oktober "
          "geactualiseerd."),
        ("table", {"rows": [
            ["Niveau", "Voorziening", "Doelgroep", "Plaatsen", "Toegang"],
            ["1 Basis", "Basisondersteuning op alle vestigingen", "Alle leerlingen", "n.v.t.", "Direct"],
            ["2 Extra in school", "Ondersteuningsarrangementen (trajectvoorziening, kleine klas)", "Leerlingen met OPP", "per school", "Ondersteuningsteam"],
            ["", "Schakelklasvoorziening voor nieuwkomers (ISK)", "Nieuwkomers 12-18 jaar", "90", "Aanmelding"],
            ["3 Boven-schools", "OPDC De Overstap", "Leerlingen met leer- en gedragsproblematiek", "48", "Ondersteuningsarrangementscommissie"],
            ["", "Reboundvoorziening", "Tijdelijke time-out, max. 10 weken", "14", "Ondersteuningsarrangementscommissie"],
            ["", "Onderwijs-zorgarrangement Samen Sterk", "Leerlingen met psychiatrische problematiek", "16", "CvT en gemeente"],
            ["4 Speciaal", "Vso cluster 3 en 4 (drie scholen)", "Leerlingen met TLV", "ca. 420", "TLV"],
            ["", "Praktijkonderwijs (twee scholen)", "Leerlingen met TLV pro", "ca. 380", "TLV pro"],
        ], "widths": [2.0, 5.0, 4.0, 1.6, 2.6], "merges": [(2, 0, 3, 0), (4, 0, 6, 0), (7, 0, 8, 0)], "header_rows": 1,
            "caption": "Tabel 5.1 Ondersteuningscontinuüm Zuidwaard"}),
        ("cols", 2, "cont"),
        art("5.2", "Toegang en zorgplicht"),
        P("1. Scholen hebben zorgplicht: een school waar een leerling met een ondersteuningsbehoefte wordt aangemeld, "
          "zoekt een passende plek, op de eigen school of elders. 2. Lukt dat niet binnen zes weken, met een verlenging "
          "van ten hoogste vier weken, dan meldt de school de leerling bij het Plaatsingsloket van het "
          "samenwerkingsverband. 3. Het Plaatsingsloket bemiddelt en wijst zo nodig een school aan die de leerling "
          "voorlopig inschrijft."),
        art("5.3", "Thuiszitters en witte vlekken"),
        P("1. Iedere school meldt een leerling die langer dan twee weken geen onderwijs volgt bij leerplicht en bij de "
          "consulent van het samenwerkingsverband. 2. De thuiszitterstafel bespreekt iedere melding binnen tien "
          "werkdagen en stelt een plan op met een termijn. 3. Twee keer per jaar analyseert het samenwerkingsverband met "
          "de gemeenten de wachtlijsten, de thuiszitters en de leerlingen met een vrijstelling, om witte vlekken in het "
          "aanbod op te sporen. Elke witte vlek krijgt een actie met een eigenaar en een einddatum in het jaarplan."),
        P("In de analyse van het najaar van 2024 kwamen twee witte vlekken naar voren: er is geen passend aanbod voor "
          "jongeren met een combinatie van hoogbegaafdheid en autisme, en de wachttijd voor het onderwijs-"
          "zorgarrangement loopt op tot vier maanden. Voor beide is in het jaarplan 2025-2026 een actie opgenomen."),
        art("5.4", "Samenwerking met gemeenten en jeugdhulp"),
        P("Met de vier gemeenten is in het OOGO afgesproken dat jeugdhulp op school beschikbaar is via een vaste "
          "jeugdprofessional per vestiging, en dat de gemeenten de zorgcomponent van het onderwijs-zorgarrangement "
          "bekostigen. Afspraken over leerlingenvervoer en huisvesting blijven buiten dit plan."),
    ]
    b.append(H1("Hoofdstuk 6 Resultaten en kwaliteitszorg"))
    b += [
        art("6.1", "Beoogde resultaten"),
        P("Het samenwerkingsverband heeft voor de planperiode de volgende beoogde resultaten voor leerlingen met een "
          "ondersteuningsbehoefte vastgesteld. De nulmeting is van 1 oktober 2024."),
        ("table", {"rows": [
            ["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
            ["Thuiszitters langer dan 3 maanden", "11", "hoogstens 3"],
            ["Deelnamepercentage vso", "2,8%", "2,5%"],
            ["Besluiten CvT binnen termijn", "81%", "95%"],
            ["Leerlingen OPDC die binnen 1 jaar terugkeren naar regulier vo", "68%", "80%"],
            ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"],
        ], "widths": [4.2, 1.9, 1.9], "header_rows": 1, "caption": "Tabel 6.1 Beoogde resultaten"}),
        art("6.2", "Bereikte resultaten 2021-2025"),
        P("In de vorige planperiode daalde het aantal thuiszitters van 19 naar 11 en steeg het aandeel besluiten "
          "binnen de termijn van 64 naar 81 procent. Het deelnamepercentage vso bleef vrijwel gelijk. De "
          "tevredenheid van scholen over de consulenten steeg van 6,8 naar 7,6."),
        art("6.3", "Monitoring en verantwoording"),
        P("1. Het bureau houdt de indicatoren uit artikel 6.1 bij in een dashboard dat elk kwartaal wordt bijgewerkt "
          "met gegevens van DUO, leerplicht en de eigen registratie. 2. Het bestuur bespreekt het dashboard elk "
          "kwartaal; de RvT en de OPR ontvangen het twee keer per jaar. 3. In het jaarverslag legt het samenwerkingsverband "
          "verantwoording af over de bereikte resultaten en de ingezette middelen. 4. In het laatste planjaar voert een "
          "extern bureau een evaluatie uit, die de basis vormt voor het volgende plan."),
        art("6.4", "Tevredenheidsonderzoek"),
        P("Eens in de twee jaar houdt het samenwerkingsverband een tevredenheidsonderzoek onder scholen, ouders en "
          "leerlingen die met het samenwerkingsverband te maken hadden."),
    ]
    b.append(H1("Hoofdstuk 7 Communicatie"))
    b += [
        art("7.1", "Informatievoorziening"),
        P("1. Het samenwerkingsverband informeert ouders en leerlingen over het ondersteuningsaanbod via de rubriek "
          "'Voor ouders' op de website, via de brochure 'Extra steun op school, hoe werkt dat?' (beschikbaar in het "
          "Nederlands, Engels, Arabisch en Pools) en via de schoolgids van iedere school. 2. Ieder najaar organiseert het "
          "samenwerkingsverband in elke gemeente een informatieavond over het aanbod, toegankelijk voor alle ouders. "
          "3. Iedere school heeft een vast aanspreekpunt, meestal de ondersteuningscoördinator, die ouders wegwijs maakt "
          "in de voorzieningen."),
        art("7.2", "Onafhankelijke ondersteuning"),
        P("1. Ouders en leerlingen die vragen hebben over ondersteuning, of het niet eens zijn met de school of het "
          "samenwerkingsverband, kunnen terecht bij het ouder- en jeugdsteunpunt Zuidwaard (OJSP). Het OJSP wordt "
          "uitgevoerd door Stichting MEE & Co, die onafhankelijk is van de scholen; het is bereikbaar op werkdagen per "
          "telefoon, mail en app en houdt wekelijks een inloopspreekuur. 2. Ouders kunnen ook kosteloos een beroep doen op "
          "de Onderwijsconsulenten. 3. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
        art("7.3", "Communicatie met scholen en partners"),
        P("Het samenwerkingsverband verstuurt zes keer per jaar een digitale nieuwsbrief aan schoolleiders en "
          "ondersteuningscoördinatoren, en organiseert jaarlijks een regionale conferentie."),
    ]
    b.append(H1("Hoofdstuk 8 Financieel kader"))
    b += [
        art("8.1", "Verdeelmodel"),
        P("1. De ondersteuningsmiddelen worden, na aftrek van de afdrachten aan het vso en de kosten van de "
          "bovenschoolse voorzieningen, verdeeld volgens onderstaand model. 2. Peildatum is 1 oktober van het "
          "voorafgaande jaar. 3. Het bestuur stelt de bedragen jaarlijks vast na advies van de OPR."),
        ("table", {"rows": [
            ["Component", "Verdeelsleutel", "Bedrag 2025"],
            ["Vaste voet", "per vestiging", "€ 20.000"],
            ["Leerlingbudget", "per leerling regulier vo", "€ 112"],
            ["Lwoo", "per leerling met aanwijzing", "volledig doorbetaald"],
            ["Arrangementsbudget", "per toegekend arrangement", "€ 4.000 of € 8.000"],
        ], "widths": [3.0, 3.2, 2.0], "header_rows": 1, "caption": "Tabel 8.1 Verdeelmodel"}),
        art("8.2", "Besteding en meerjarenbegroting"),
        P("Waaraan de middelen in de planperiode worden besteed, en de verwachte ontwikkeling van baten en lasten, "
          "wordt uitgewerkt in de meerjarenbegroting 2025-2029. Deze wordt na vaststelling door het bestuur als "
          "bijlage 6 aan dit plan toegevoegd."),
        art("8.3", "Verantwoording door besturen"),
        P("Besturen verantwoorden jaarlijks vóór 1 juni de inzet van het leerlingbudget en de arrangementsbudgetten in "
          "het format van het samenwerkingsverband."),
    ]
    b.append(H1("Hoofdstuk 9 Bestuur, medezeggenschap en OOGO"))
    b += governance(C, opr_parents=True, mention_budget=True)
    b += inspectie(C)
    b += totstandkoming(C)
    b.append(H1("Hoofdstuk 10 Personeel, ICT en privacy"))
    b += personeel(C)
    b += ict_privacy(C)
    b.append(H1("Hoofdstuk 11 Slotbepalingen"))
    b += [
        art("11.1", "Wijziging"),
        P("Wijziging van dit plan behoeft de instemming van de OPR en wordt aan de inspectie gemeld."),
        art("11.2", "Citeertitel"),
        P("Dit plan kan worden aangehaald als: Ondersteuningsplan Passend VO Zuidwaard 2025-2029."),
        art("11.3", "Inwerkingtreding"),
        P("Dit plan treedt in werking op 1 augustus 2025."),
    ]
    return b
