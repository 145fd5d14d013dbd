"""Plan D: VO, table-heavy, delivered as PDF only.

Intended labels: basisondersteuning missing (chapter deferred to the landelijke norm; definition only in
glossary), plaatsing partial (criteria table incl. own lwoo-criteria, procedure only on website),
terugstroom partial (beleid yes, stappenplan deferred), financien missing (reference to a separate
Kadernota), dekkend-aanbod present, resultaten partial (monitoring dashboard with figures, no targets),
ouders present (inside 'Communicatie en klachten').
"""
from h32_common import Doc, governance, personeel, ict_privacy, planning, totstandkoming, wettelijk_kader, landelijke_ontwikkelingen, kennisdeling, bureau_huisvesting

NAAM = "Samenwerkingsverband VO Deltakust"
KORT = "Deltakust"


def build():
    d = Doc("Ondersteuningsplan Deltakust 2026-2030",
            header="Samenwerkingsverband VO Deltakust (VO 31-12) | Ondersteuningsplan 2026-2030",
            footer="Deltakust | www.deltakust-vo.nl | basisondersteuning - financieel kader - resultaten")
    d.titlepage("Ondersteuningsplan 2026-2030",
                NAAM + " (VO 31-12)",
                "Iedere jongere een plek aan de kust",
                "Vastgesteld door de directeur-bestuurder op 18 maart 2026 na instemming van de OPR")
    d.toc([
        "1 Voorwoord",
        "2 Deltakust in beeld",
        "3 Basisondersteuning",
        "4 Het ondersteuningsaanbod",
        "5 Thuiszitters en witte vlekken",
        "6 Toewijzing vso, pro en lwoo",
        "7 Terug naar het regulier onderwijs",
        "8 Financieel kader",
        "9 Monitoring en kwaliteit",
        "10 Communicatie en klachten",
        "11 Samenwerking met gemeenten",
        "12 Organisatie",
        "13 Medezeggenschap",
        "14 Personeel",
        "15 ICT en privacy",
        "16 Planning",
        "17 Totstandkoming",
        "18 Wettelijk kader en leeswijzer",
        "19 Landelijke ontwikkelingen",
        "20 Kennisdeling en netwerken",
        "21 Bureau en huisvesting",
        "Bijlage Begrippen",
    ])
    d.pb()

    d.h1("1 Voorwoord")
    d.p("Deltakust is een samenwerkingsverband in een bijzondere regio. Tussen de havensteden en de eilanden "
        "liggen grote afstanden, en niet elke jongere heeft een school om de hoek. Dat vraagt om creativiteit: "
        "voorzieningen dicht bij huis waar het kan, en goede afspraken over vervoer en samenwerking waar het "
        "moet.",
        "In dit plan leggen de 6 schoolbesturen vast hoe zij de komende vier jaar samenwerken. Wij hebben "
        "geprobeerd helder te zijn: wat staat er vast, wat gaan we nog uitzoeken. Sommige onderdelen kunnen wij "
        "pas goed invullen als landelijke keuzes gemaakt zijn; dat zeggen wij dan ook.",
        "Dank aan iedereen die heeft meegedacht, in het bijzonder de leerlingen van het jongerenpanel, de "
        "ondersteuningsplanraad en de gemeenten Zeehaven, Polderwijk, Kreekdorp en Eilandrade.",
        "Mr. S. de Kraker, directeur-bestuurder")

    d.h1("2 Deltakust in beeld")
    d.table([
        ["Kengetal", "Waarde (1 oktober 2025)"],
        ["schoolbesturen", "6"],
        ["vestigingen regulier vo", "17"],
        ["vestigingen praktijkonderwijs", "2"],
        ["vestigingen vso", "2 (cluster 3 en cluster 4)"],
        ["leerlingen regulier vo", "10.645"],
        ["leerlingen pro", "402"],
        ["leerlingen vso", "318"],
        ["gemeenten", "4"],
    ])
    d.p("De regio is uitgestrekt. Leerlingen van de eilanden reizen dagelijks met de veerboot; voor hen is een "
        "plaatsing op een voorziening in Zeehaven een reis van ruim een uur. In de planperiode daalt het aantal "
        "leerlingen naar verwachting met 6%, vooral op de eilanden. Twee besturen onderzoeken een fusie.")
    d.table([
        ["Gemeente", "Vestigingen vo", "Leerlingen"],
        ["Zeehaven", "8", "5.302"],
        ["Polderwijk", "5", "2.918"],
        ["Kreekdorp", "3", "1.680"],
        ["Eilandrade", "3", "1.147"],
    ])

    d.h1("3 Basisondersteuning")
    d.p("Het kabinet heeft een landelijke norm voor basisondersteuning aangekondigd. De besturen van Deltakust "
        "hebben besloten de eigen afspraken niet opnieuw te beschrijven zolang die norm niet is vastgesteld. Dit "
        "hoofdstuk wordt ingevuld zodra de landelijke norm bekend is; tot die tijd verwijzen wij naar de "
        "schoolgidsen van de scholen.")

    d.h1("4 Het ondersteuningsaanbod")
    d.p("Het aanbod van Deltakust loopt van ondersteuning binnen de eigen school tot het vso. Onderstaande tabel "
        "geeft het geheel.")
    d.table([
        ["Laag", "Wat", "Waar", "Voor wie", "Duur"],
        ["0", "basisondersteuning", "alle vestigingen", "alle leerlingen", "zie hoofdstuk 3"],
        ["1", "extra ondersteuning in de school: ondersteuningsteam, trajectklas of Focusklas", "13 vestigingen met trajectklas, 4 met Focusklas", "leerlingen die tijdelijk meer nodig hebben dan de klas biedt", "meestal 3-12 maanden"],
        ["2", "bovenschools: OPDC De Brug", "Zeehaven en Polderwijk", "leerlingen die (dreigen) vast te lopen; max. 20 weken, daarna terug naar eigen school of andere passende plek", "max. 20 weken, eenmaal verlengbaar"],
        ["3", "rebound Eilandrade", "Eilandrade", "eilandleerlingen met gedragsvragen", "max. 12 weken"],
        ["4", "onderwijs-zorgarrangement Het Baken", "Zeehaven", "leerlingen die onderwijs en jeugdhulp gecombineerd nodig hebben", "per leerling bepaald"],
        ["5", "vso en pro", "2 vso-scholen, 2 pro-scholen", "zie hoofdstuk 6", "volgens TLV"],
    ])
    d.h2("4.1 Bijzondere voorzieningen")
    d.table([
        ["Voorziening", "Doelgroep", "Plaatsen"],
        ["ISK Zeehaven", "nieuwkomers 12-18 jaar", "90"],
        ["Havo/vwo-plus Polderwijk", "hoogbegaafde leerlingen met onderpresteren", "24"],
        ["Hybride leren", "leerlingen die deels thuis, deels op school leren (medisch)", "15"],
        ["Schakeltraject vo-mbo", "pro- en vmbo-leerlingen richting entree/mbo 2", "40"],
    ])
    d.h2("4.2 Doorgaande lijn")
    d.ul([
        "po-vo: overstapprocedure met SWV PO Deltakust, warme overdracht vóór 15 maart",
        "vo-mbo: loopbaanbegeleiding en warme overdracht met ROC Deltakust",
        "vso-arbeid: samenwerking met werkgeversservicepunt",
    ])

    d.h1("5 Thuiszitters en witte vlekken")
    d.p("Een dekkend aanbod betekent ook: opmerken waar het niet lukt. Deltakust volgt thuiszitters samen met "
        "leerplicht en analyseert jaarlijks waar het aanbod tekortschiet.")
    d.h2("5.1 Aanpak thuiszitters")
    d.table([
        ["Stap", "Wat", "Wie", "Wanneer"],
        ["1", "melding dreigend thuiszitten", "school aan leerplicht en SWV", "na 3 weken (deels) verzuim"],
        ["2", "casusregie en plan", "trajectbegeleider SWV", "binnen 2 weken na melding"],
        ["3", "bespreking in het Thuiszittersoverleg Deltakust", "SWV, leerplicht, jeugdhulp, school", "elke 4 weken"],
        ["4", "escalatie bij geen perspectief", "directeur SWV en wethouder (doorzettingsmacht)", "na 3 maanden"],
    ])
    d.h2("5.2 Witte vlekken uit de netwerkanalyse 2025")
    d.table([
        ["Witte vlek", "Actie", "Wanneer", "Trekker"],
        ["geen rebound-plek voor leerlingen uit Kreekdorp", "uitbreiding OPDC met dependance Kreekdorp", "schooljaar 2027-2028", "bestuur OPDC"],
        ["wachtlijst cluster 4 vso (gemiddeld 9 weken)", "tijdelijke Focusklas-plaatsen met ambulante begeleiding vso", "vanaf 1 augustus 2026", "vso De Getijden"],
        ["geen aanbod voor jongeren met angstproblematiek op havo/vwo", "ontwikkeling hybride leerroute met jeugdhulp", "pilot 2026-2027", "SWV en gemeente Zeehaven"],
        ["zorgplicht bij eilandleerlingen onder druk door reistijd", "afspraak over plaatsing op dichtstbijzijnde passende school en vervoer", "2026", "besturen en gemeente Eilandrade"],
    ])
    d.p("Lukt het een bestuur niet om binnen de zorgplichttermijn een passende plek te vinden, dan organiseert "
        "het samenwerkingsverband binnen twee weken een plaatsingsoverleg met alle besturen in de regio.")

    d.h1("6 Toewijzing vso, pro en lwoo")
    d.p("De aanvraagprocedure, de termijnen en de samenstelling van de commissie die besluit, vindt u op "
        "www.deltakust-vo.nl/toewijzing. In dit plan staan de criteria.")
    d.h2("6.1 Criteria vso en pro")
    d.table([
        ["Voorziening", "Criteria"],
        ["vso cluster 3", "verstandelijke beperking (IQ < 70) of lichamelijke of langdurig medische beperking, en ondersteuningsbehoefte die in het regulier vo ook met OPDC of Focusklas niet te bieden is"],
        ["vso cluster 4", "psychiatrische of ernstige gedragsproblematiek die het leren langdurig belemmert, gedocumenteerd in een OPP met ten minste twee geëvalueerde interventieperiodes"],
        ["pro", "landelijke criteria: IQ 55-80 en leerachterstand ≥ 50% in twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
    ])
    d.h2("6.2 Eigen criteria lwoo")
    d.p("Deltakust maakt sinds 1 augustus 2023 gebruik van de mogelijkheid eigen lwoo-criteria te hanteren.")
    d.table([
        ["Criterium", "Omschrijving"],
        ["A", "leerachterstand van minimaal 1,5 jaar op begrijpend lezen of rekenen, gemeten met landelijk genormeerde toetsen"],
        ["B", "én een ondersteuningsbehoefte op werkhouding, faalangst of sociaal-emotioneel gebied, onderbouwd door de basisschool"],
        ["C", "IQ-onderzoek niet verplicht; alleen bij twijfel over pro"],
        ["Duur", "lwoo-aanwijzing voor 2 schooljaren, daarna herbeoordeling op basis van voortgang"],
    ])
    d.h2("6.3 Geldigheid, categorie en bezwaar")
    d.ul([
        "TLV vso: 1 of 2 schooljaren, tot en met 31 juli",
        "bekostigingscategorie laag, midden of hoog",
        "pro-toelaatbaarheid: voor de duur van de opleiding",
        "bezwaar: binnen 6 weken na het besluit; Deltakust is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
    ])

    d.h1("7 Terug naar het regulier onderwijs")
    d.p("Deltakust vindt dat een plaatsing in het vso tijdelijk moet zijn wanneer dat kan. Iedere vso-leerling "
        "heeft een uitstroomperspectief; voor een deel van de leerlingen is dat het regulier vo.")
    d.ul([
        "uitgangspunt: terugkeer naar een reguliere school zo dicht mogelijk bij huis",
        "voorwaarde: het OPP laat zien dat de leerling met de ondersteuning van laag 1 of 2 verder kan",
        "voorwaarde: leerling en ouders stemmen in",
        "de ontvangende school heeft zorgplicht en plaatst de leerling, ook halverwege het schooljaar",
        "nazorg: een ambulant begeleider van de vso-school begeleidt de leerling en de mentor gedurende één schooljaar",
        "terugvaloptie: bij vastlopen binnen het eerste halfjaar kan de leerling zonder nieuwe aanvraag terug naar de vso-school zolang de oude TLV nog geldt",
    ])
    d.p("Het stappenplan – wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie beslist – stellen "
        "wij in het schooljaar 2026-2027 op met de twee vso-scholen.")

    d.h1("8 Financieel kader")
    d.p("Het financieel kader maakt geen deel uit van dit ondersteuningsplan. De meerjarenbegroting, het "
        "allocatiemodel en de risicoparagraaf zijn opgenomen in de Kadernota Financiën Deltakust, die "
        "afzonderlijk wordt vastgesteld en te vinden is op www.deltakust-vo.nl/financien.")

    d.h1("9 Monitoring en kwaliteit")
    d.p("Deltakust werkt met een monitor die twee keer per jaar wordt gevuld. De monitor is de basis voor het "
        "gesprek in het bestuur, met de OPR en met de gemeenten. Streefwaarden voor de planperiode leggen wij vast "
        "in de voortgangsparagraaf 2027, nadat de vernieuwde monitor een volledig jaar heeft gedraaid.")
    d.table([
        ["Indicator", "2022-23", "2023-24", "2024-25", "Bron", "Frequentie"],
        ["deelnamepercentage vso", "3,1%", "3,0%", "2,9%", "DUO 1 oktober", "jaarlijks"],
        ["leerlingen in OPDC (instroom)", "96", "104", "117", "registratie OPDC", "2x per jaar"],
        ["% OPDC-leerlingen binnen 20 weken terug naar school", "71%", "74%", "78%", "registratie OPDC", "2x per jaar"],
        ["terugplaatsingen vso → regulier vo", "6", "9", "11", "opgave vso-scholen", "jaarlijks"],
        ["thuiszitters > 3 maanden (peildatum 1 juni)", "14", "11", "12", "leerplicht", "jaarlijks"],
        ["gemiddelde doorlooptijd TLV in weken", "5,8", "5,2", "5,4", "registratie SWV", "2x per jaar"],
        ["tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,1", "7,2", "ouderpeiling", "tweejaarlijks"],
    ])
    d.ul([
        "rapportage: monitor in februari en september aan bestuur en OPR",
        "jaarverslag: bereikte resultaten met toelichting per indicator",
        "evaluatie met besturen: jaarlijkse kwaliteitsdialoog in het voorjaar",
        "externe audit op de werkwijze van het OPDC: eens in de 3 jaar",
    ])

    d.h1("10 Communicatie en klachten")
    d.h2("10.1 Informatie voor ouders en leerlingen")
    d.table([
        ["Middel", "Inhoud", "Bereik"],
        ["website deltakust-vo.nl, rubriek 'Voor ouders'", "het ondersteuningsaanbod per laag, OPDC, vso, pro en lwoo, contactpersonen", "doorlopend"],
        ["oudergids 'Ondersteuning in het vo'", "overzicht van alle voorzieningen en hoe je ze bereikt; ook in eenvoudige taal", "via groep 8 en alle vo-scholen"],
        ["informatiebijeenkomsten", "per gemeente, voor ouders van leerlingen in groep 7-8 en klas 1", "2x per jaar"],
        ["schoolgids", "ondersteuning op de school zelf", "jaarlijks"],
        ["spreekuur op de eilanden", "maandelijks in de bibliotheek van Eilandrade", "maandelijks"],
    ])
    d.h2("10.2 Onafhankelijke ondersteuning")
    d.p("Ouders en jongeren die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
        "terecht bij het Ouder- en Jeugdsteunpunt Deltakust. Het steunpunt is onafhankelijk ondergebracht bij een "
        "welzijnsorganisatie, werkt uitsluitend in het belang van de jongere en is bereikbaar via telefoon, "
        "WhatsApp en spreekuren. Ook kunnen ouders zich wenden tot de Onderwijsconsulenten.")
    d.h2("10.3 Klachten en geschillen")
    d.ul([
        "klachtenregeling Deltakust: klachten over het samenwerkingsverband, via de landelijke klachtencommissie",
        "Geschillencommissie passend onderwijs: geschillen over toelating, verwijdering en OPP",
        "Landelijke Commissie voor Geschillen WMS: geschillen over medezeggenschap",
        "vertrouwenspersoon: extern, via de website",
    ])
    d.h2("10.4 Meepraten")
    d.ul([
        "jongerenpanel (15 leerlingen) adviseert het bestuur",
        "hoorrecht: leerlingen geven hun mening over het eigen OPP",
        "ouders en leerlingen in de OPR",
    ])

    d.h1("11 Samenwerking met gemeenten")
    d.table([
        ["Thema", "Afspraak"],
        ["jeugdhulp in het onderwijs", "schoolmaatschappelijk werk op alle vestigingen, gefinancierd door gemeenten"],
        ["onderwijs-zorgarrangementen", "Het Baken: gezamenlijke financiering, toegang via trajectbegeleider"],
        ["thuiszitters", "zie hoofdstuk 5; leerplicht neemt deel aan het Thuiszittersoverleg"],
        ["leerlingenvervoer en veerdienst", "afspraken over reistijd bij plaatsing op voorzieningen"],
        ["vo-arbeidsmarkt", "regionale aanpak voortijdig schoolverlaten (RMC)"],
    ])
    d.p("Het OOGO over het concept van dit plan vond plaats op 5 februari 2026 met de wethouders onderwijs van de "
        "vier gemeenten.")

    governance(d, NAAM, KORT, "2014", 4, 6, "12")
    d.h1("13 Medezeggenschap")
    d.p("De OPR telt acht leden: vier personeelsleden en vier ouders of leerlingen. De OPR heeft op 3 maart 2026 "
        "ingestemd met dit plan.")
    personeel(d, KORT, [
        ["Directeur", "1,0", "1,0"],
        ["Trajectbegeleiders", "4,0", "4,4"],
        ["Orthopedagogen", "2,2", "2,2"],
        ["Medewerkers OPDC (gedetacheerd)", "11,5", "12,0"],
        ["Staf en secretariaat", "2,0", "2,0"],
    ], "14")
    ict_privacy(d, KORT, "15", [
        ["Registratie aanvragen", "aanvragen en besluiten", "medewerkers SWV", "3 jaar na besluit"],
        ["Registratie OPDC", "in- en uitstroom", "OPDC, SWV", "5 jaar"],
        ["Monitor", "geaggregeerde cijfers", "staf", "onbeperkt (geanonimiseerd)"],
    ])
    planning(d, "16", [
        ["september", "monitor deel 2", "staf"],
        ["november", "informatiebijeenkomsten", "communicatie"],
        ["februari", "monitor deel 1", "staf"],
        ["maart", "netwerkanalyse bijwerken", "directeur"],
        ["juni", "jaarverslag", "directeur"],
    ], "De jaarcyclus van het samenwerkingsverband.")
    totstandkoming(d, "17", [
        ["september 2025", "netwerkanalyse afgerond"],
        ["november 2025", "jongerenpanel en ouderbijeenkomsten"],
        ["5 februari 2026", "OOGO"],
        ["10 februari 2026", "overleg SWV PO Deltakust"],
        ["3 maart 2026", "instemming OPR"],
        ["18 maart 2026", "vaststelling bestuur"],
    ], "De stappen op weg naar dit plan.")

    wettelijk_kader(d, "18", "vo", KORT)
    landelijke_ontwikkelingen(d, "19", reserves=False, ojsp=True)
    kennisdeling(d, "20", KORT)
    bureau_huisvesting(d, "21", KORT, "Zeehaven")

    d.h1("Bijlage Begrippen")
    d.table([
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen van het samenwerkingsverband bieden, zoals mentoraat, dyslexiebegeleiding en faalangsttraining"],
        ["Meerjarenbegroting", "begroting voor vier jaar met baten en lasten van het samenwerkingsverband"],
        ["Allocatiemodel", "verdeling van middelen over besturen op basis van leerlingaantallen en vaste voet"],
        ["Beoogde resultaten", "de doelen die het samenwerkingsverband voor de planperiode stelt"],
        ["OPDC", "orthopedagogisch-didactisch centrum"], ["TLV", "toelaatbaarheidsverklaring"],
        ["lwoo", "leerwegondersteunend onderwijs"], ["pro", "praktijkonderwijs"],
    ])
    return d


LABEL = {
    "documents": ["vo-deltakust.pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                 "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "plaatsing": ["duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 3 defers to a future landelijke norm and to the schoolgidsen; the continuum row 'laag 0' says only 'zie hoofdstuk 3'. The concrete definition exists only in the glossary (trap).",
        "plaatsing": "Ch. 6: criteria tables for vso, pro and own lwoo-criteria (opting out); procedure, termijnen and deciding commission only 'op www.deltakust-vo.nl/toewijzing'. 6.3 geldigheid/categorie/bezwaar.",
        "terugstroom": "Ch. 7: policy bullets (aim thuisnabij, conditions, nazorg one year AB, terugvaloptie) but the stappenplan (initiative, evaluation moments, decision) is deferred to 2026-2027. Figures in ch. 9.",
        "financien": "Ch. 8 only refers to a separately adopted Kadernota Financiën on the website; no amounts, no allocation rules; 'Meerjarenbegroting'/'Allocatiemodel' only in glossary, 'financieel kader' in TOC/footer.",
        "dekkend-aanbod": "Ch. 4 continuum table lagen 0-5 + bijzondere voorzieningen + doorgaande lijn; ch. 5 thuiszitters procedure and witte-vlekken table with actions and timeline; ch. 11 gemeenten/OZA.",
        "resultaten": "Ch. 9 monitoring table with achieved figures 2022-2025, sources, frequency and reporting, but target values are deferred to the voortgangsparagraaf 2027; no beoogde resultaten ('Beoogde resultaten' only in glossary).",
        "ouders": "Ch. 10 'Communicatie en klachten': channels table (website, oudergids, bijeenkomsten, spreekuur), OJSP and Onderwijsconsulenten, klachten/geschillen, hoorrecht and OPR.",
    },
}
