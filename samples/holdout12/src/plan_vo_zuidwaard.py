"""Plan 4: VO, plain .txt export with CAPITALS headings."""

NAME = "vo-zuidwaard-op2024"
SWV = "Samenwerkingsverband Voortgezet Onderwijs Zuidwaard"

BLOCKS = [
    ("title", [
        "ONDERSTEUNINGSPLAN 2024-2028",
        SWV + " (VO 27-08)",
        "Tekstversie voor de website (export uit het documentbeheersysteem, opmaak vervallen)",
        "Vastgesteld 16 april 2024",
    ]),
    ("toc", [
        "1 VOORWOORD",
        "2 VISIE EN KOERS",
        "3 TERUGBLIK OP DE VORIGE PLANPERIODE",
        "4 BASISONDERSTEUNING",
        "5 EXTRA ONDERSTEUNING EN VOORZIENINGEN",
        "6 TOELAATBAARHEID VSO, LWOO EN PRO",
        "7 TERUGPLAATSING EN OVERPLAATSING",
        "8 FINANCIEN",
        "9 OUDERS EN LEERLINGEN",
        "10 RESULTATEN",
        "11 BESTUUR, OPR EN OOGO",
        "12 PERSONEEL EN PROFESSIONALISERING",
        "13 PRIVACY",
        "14 PLANNING",
        "BIJLAGE 1 BEGRIPPENLIJST",
        "BIJLAGE 2 MONITORINGSKADER EN KENGETALLEN",
    ]),
    ("h1", "1 Voorwoord"),
    ("p", "Voor u ligt het ondersteuningsplan 2024-2028 van " + SWV + ". Zes schoolbesturen met in totaal "
          "twaalf scholen voor voortgezet onderwijs, een school voor praktijkonderwijs en twee scholen voor "
          "voortgezet speciaal onderwijs werken hierin samen. Samen zijn zij verantwoordelijk voor ongeveer "
          "13.500 leerlingen in de gemeenten Zuidwaard, Hoekendam en Molenveen."),
    ("p", "Dit plan is geschreven in een tijd van grote uitdagingen. Het aantal leerlingen met een "
          "ondersteuningsvraag neemt toe, net als het aantal jongeren met psychische problemen. Tegelijk staan "
          "scholen onder druk door het lerarentekort. We streven ernaar om met dit plan scholen te versterken "
          "en de ondersteuning dichter bij de leerling te organiseren."),
    ("p", "Dit plan is tot stand gekomen na een uitgebreid traject. In het najaar van 2023 hebben we "
          "gesprekken gevoerd met schoolleiders, ondersteuningscoördinatoren, mentoren, ouders, leerlingen en "
          "ketenpartners. Een schrijfgroep met vertegenwoordigers van alle besturen heeft de teksten "
          "voorbereid. De OPR is vanaf het begin betrokken geweest en heeft in twee themabijeenkomsten "
          "meegedacht. Wij danken iedereen voor de bijdrage. Het samenwerkingsverband gaat de komende jaren "
          "graag verder in gesprek over de uitvoering van dit plan."),
    ("p", "Het plan is een tekstversie: de vormgegeven pdf met figuren en foto's is op te vragen bij het "
          "bureau. Tabellen zijn in deze versie als tekst weergegeven, met een verticale streep tussen de "
          "kolommen."),
    ("h1", "2 Visie en koers"),
    ("p", "Iedere jongere verdient een passende plek in het onderwijs, waar hij of zij een diploma of "
          "startkwalificatie kan halen of duurzaam kan uitstromen naar werk of dagbesteding. Wij werken vanuit "
          "drie principes: de leerling centraal, de school als eerste verantwoordelijke en het "
          "samenwerkingsverband als regisseur en vangnet."),
    ("p", "Onze koers voor 2024-2028 bestaat uit vier lijnen: (1) versterken van de basisondersteuning en de "
          "rol van de mentor; (2) meer ondersteuning in de reguliere klas en minder verwijzing naar het vso; (3) "
          "terugplaatsing uit het vso waar dat kan; (4) een stevige samenwerking met jeugdhulp en gemeenten."),
    ("p", "Wij willen dat het samenwerkingsverband zichtbaar en bereikbaar is voor scholen, ouders en "
          "jongeren. Daarom is het bureau in 2023 verhuisd naar een centrale plek naast het station van "
          "Zuidwaard. Scholen hebben een vaste consulent die ten minste één keer per maand op school is. De "
          "consulent denkt mee over leerlingen, adviseert over arrangementen en verbindt de school met "
          "jeugdhulp en andere partners."),
    ("p", "Bij alles wat wij doen, stellen wij de vraag: wat betekent dit voor de jongere in de klas? "
          "Regels en procedures zijn er om jongeren te helpen, niet om scholen bezig te houden. Daarom houden "
          "wij de aanvraagformulieren kort, werken wij met een digitaal groeidocument dat met de leerling "
          "meegaat en voeren wij gesprekken liever aan tafel dan per e-mail."),
    ("h1", "3 Terugblik op de vorige planperiode"),
    ("p", "In de periode 2020-2024 heeft het samenwerkingsverband de basisondersteuning beschreven in "
          "zestien standaarden, het Ondersteuningsloket ingericht en de doorlooptijd van TLV-aanvragen "
          "verkort van gemiddeld negen naar vijf weken. Het deelnamepercentage vso daalde van 3,1 naar 2,7 "
          "procent. Niet gelukt is het verhogen van het aantal terugplaatsingen naar het beoogde aantal van "
          "tien per jaar. De cijfers staan in bijlage 2."),
    ("h1", "4 Basisondersteuning"),
    ("h2", "4.1 Definitie en niveau"),
    ("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat alle scholen "
          "binnen het samenwerkingsverband, op al hun vestigingen, planmatig en op een afgesproken niveau "
          "uitvoeren. Het niveau is door de zes besturen gezamenlijk vastgesteld en geldt als minimum voor "
          "iedere school, ook voor de school voor praktijkonderwijs."),
    ("h2", "4.2 Standaarden"),
    ("p", "Iedere school biedt ten minste:"),
    ("ul", [
        "een mentor voor iedere leerling, met minimaal één mentorgesprek per leerling per periode;",
        "een ondersteuningscoördinator en een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar "
        "bijeenkomt;",
        "een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergroting en voorleessoftware;",
        "een trainingsaanbod sociale vaardigheden en faalangstreductie;",
        "begeleiding bij executieve functies (plannen en organiseren) en huiswerkbegeleiding in de school;",
        "een time-out- of opvangruimte met begeleiding tijdens alle lesuren;",
        "een aanbod voor leerlingen met een lichte taalachterstand (NT2-ondersteuning);",
        "afspraken over medisch handelen en een protocol voor leerlingen met een chronische ziekte;",
        "een orthopedagoog of psycholoog die de school ten minste één dag per week ondersteunt;",
        "een OPP voor iedere leerling met extra ondersteuning, met hoorrecht voor de leerling;",
        "een warme overdracht vanuit het primair onderwijs voor iedere leerling met een "
        "ondersteuningsbehoefte.",
    ]),
    ("h2", "4.3 Toetsing"),
    ("p", "Het samenwerkingsverband toetst eens per twee jaar met een audit of iedere school de "
          "standaarden haalt. De uitkomsten worden besproken in het bestuursoverleg."),
    ("h1", "5 Extra ondersteuning en voorzieningen"),
    ("p", "Extra ondersteuning is alle ondersteuning die verder gaat dan de basisondersteuning. Het "
          "samenwerkingsverband kent een continuüm van ondersteuning in drie niveaus. Op niveau 1 biedt de "
          "school extra ondersteuning binnen de eigen school met een schoolarrangement, bijvoorbeeld een "
          "individuele begeleider, een aangepast rooster of een plaats in een kleine ondersteuningsklas. Op "
          "niveau 2 zet het samenwerkingsverband bovenschoolse voorzieningen in: het OPDC Zuidwaard "
          "(tijdelijke plaatsing van maximaal zes maanden met terugkeer naar de eigen school), de "
          "Reboundvoorziening (maximaal twaalf weken), de ISK voor nieuwkomers en een onderwijs-zorgarrangement "
          "met de jeugd-GGZ. Op niveau 3 volgt de leerling voortgezet speciaal onderwijs of "
          "praktijkonderwijs."),
    ("p", "Een school vraagt een bovenschoolse voorziening aan via het Ondersteuningsloket. De "
          "ondersteuningscoördinator overlegt vooraf met de consulent van het samenwerkingsverband. Het Loket "
          "besluit binnen drie weken."),
    ("p", "Thuiszitters: we streven ernaar dat geen enkele jongere thuiszit. Een gezamenlijke aanpak met "
          "leerplicht en de gemeenten wordt in 2025 uitgewerkt."),
    ("p", "Overstap po-vo. Samen met het samenwerkingsverband primair onderwijs is een overstapprotocol "
          "afgesproken. Basisscholen melden leerlingen met een ondersteuningsbehoefte voor 1 februari aan bij "
          "het overstapoverleg, waar de basisschool, de beoogde vo-school en de consulent bespreken welke "
          "ondersteuning nodig is. Ouders worden voor dit overleg uitgenodigd."),
    ("p", "Overstap vo-mbo. Voor leerlingen met een arrangement of een OPP in het laatste leerjaar maakt de "
          "school een overstapdossier. De ondersteuningscoördinator van de vo-school heeft een "
          "overdrachtsgesprek met de loopbaanbegeleider van de mbo-instelling. Afspraken hierover staan in "
          "het regionale convenant doorlopende leerlijnen vo-mbo, dat in 2023 is vernieuwd."),
    ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
    ("h2", "6.1 Procedure vso"),
    ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de "
          "toelaatbaarheidsverklaring aan bij het Ondersteuningsloket. Bij de aanvraag horen het OPP, het "
          "verslag van het multidisciplinair overleg (MDO) waarin ouders en leerling hun mening hebben "
          "gegeven, en de adviezen van twee deskundigen: een orthopedagoog of psycholoog en een tweede "
          "deskundige die niet bij de aanvraag betrokken was. De Commissie Toelaatbaarheid adviseert de "
          "directeur-bestuurder, die binnen zes weken besluit. Het besluit vermeldt de geldigheidsduur (in de "
          "regel één of twee schooljaren) en de bekostigingscategorie."),
    ("p", "De criteria voor toelaatbaarheid zijn opgenomen in bijlage 5 (Toetsingskader TLV)."),
    ("h2", "6.2 Lwoo en pro"),
    ("p", "Voor de aanwijzing lwoo en de toelaatbaarheid tot het praktijkonderwijs meldt de vo-school de "
          "leerling voor 1 maart aan bij het Ondersteuningsloket, met het onderwijskundig rapport van de "
          "basisschool en de uitslagen van het capaciteitenonderzoek en de didactische toetsen. Het "
          "samenwerkingsverband volgt de landelijke regels; de toetsing gebeurt door de orthopedagoog van het "
          "Loket. Het besluit volgt binnen vier weken, uiterlijk op 15 april. Een aanwijzing lwoo geldt voor de "
          "duur van de opleiding; een TLV pro voor de hele schoolloopbaan in het praktijkonderwijs."),
    ("h2", "6.3 Bezwaar"),
    ("p", "Ouders en leerlingen van 18 jaar en ouder kunnen binnen zes weken bezwaar maken. Het "
          "samenwerkingsverband laat zich adviseren door de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen."),
    ("h1", "7 Terugplaatsing en overplaatsing"),
    ("h2", "7.1 Beleid"),
    ("p", "Het samenwerkingsverband wil dat jongeren uit het vso terugkeren naar het regulier voortgezet "
          "onderwijs als zij daar een diploma kunnen halen en de benodigde ondersteuning binnen de "
          "basisondersteuning of met een arrangement kan worden geboden. Terugplaatsing gebeurt altijd met "
          "instemming van ouders en leerling. De vso-school en de ontvangende school maken samen een "
          "overstapplan. De leerling krijgt na terugkeer een terugplaatsingsarrangement van zes maanden, met "
          "begeleiding door een ambulant begeleider van de vso-school (twee uur per week), betaald door het "
          "samenwerkingsverband."),
    ("h2", "7.2 Procedure"),
    ("p", "Stap 1: bij iedere jaarlijkse evaluatie van het OPP bespreekt de vso-school met ouders en "
          "leerling of terugplaatsing mogelijk is. Stap 2: uiterlijk op 1 februari van het laatste jaar van de "
          "TLV meldt de vso-school aan het Ondersteuningsloket of de leerling terugkeert naar het regulier vo, "
          "overstapt naar mbo of praktijkonderwijs, of een nieuwe TLV nodig heeft. Stap 3: bij terugkeer "
          "zoekt de consulent van het samenwerkingsverband samen met ouders een passende vo-school en is er "
          "een overdrachtsgesprek voor 1 mei. Stap 4: de directeur-bestuurder kent het "
          "terugplaatsingsarrangement toe. Stap 5: na drie en na zes maanden evalueren de ontvangende school, "
          "de ambulant begeleider en ouders de terugplaatsing. Is een nieuwe TLV nodig, dan vraagt de "
          "vso-school die voor 1 april aan volgens de procedure van hoofdstuk 6."),
    ("h1", "8 Financien"),
    ("h2", "8.1 Verdeelmodel"),
    ("p", "De middelen lichte ondersteuning, lwoo en pro worden volledig doorgegeven aan de schoolbesturen: lwoo "
          "naar rato van het aantal leerlingen met een aanwijzing op 1 oktober, pro op basis van het aantal "
          "leerlingen in het praktijkonderwijs. Van de middelen zware ondersteuning ontvangt ieder bestuur "
          "€ 110 per leerling voor schoolarrangementen. De bovenschoolse voorzieningen worden bekostigd met "
          "€ 9.500 per plaats per jaar. Het Ondersteuningsloket kent individuele arrangementen toe binnen "
          "een budgetplafond dat het bestuur jaarlijks vaststelt. De afdracht aan het vso verloopt via DUO."),
    ("h2", "8.2 Meerjarenbegroting"),
    ("p", "p.m. (de meerjarenbegroting wordt na vaststelling van de begroting 2025 toegevoegd)"),
    ("h2", "8.3 Reserves"),
    ("p", "Het samenwerkingsverband houdt een reserve aan die niet hoger is dan de signaleringswaarde van de "
          "inspectie."),
    ("h1", "9 Ouders en leerlingen"),
    ("h2", "9.1 Informatievoorziening"),
    ("p", "Het samenwerkingsverband informeert ouders over de ondersteuningsmogelijkheden via de website, met "
          "een aparte pagina per voorziening en een stroomschema van de ondersteuningsroute. Daarnaast is er "
          "een ouderfolder die iedere basisschool in groep 8 meegeeft, en een jaarlijkse voorlichtingsavond in "
          "januari. De scholen beschrijven hun ondersteuning in de schoolgids. De consulenten van het "
          "samenwerkingsverband houden iedere woensdagmiddag een inloopspreekuur voor ouders."),
    ("h2", "9.2 Onafhankelijke steun"),
    ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
          "Zuidwaard, dat wordt uitgevoerd door een onafhankelijke stichting. Ook kunnen zij contact opnemen "
          "met de Onderwijsconsulenten. Bij klachten over het samenwerkingsverband geldt de klachtenregeling; "
          "bij geschillen over toelating, verwijdering of het OPP kunnen ouders terecht bij de "
          "Geschillencommissie passend onderwijs."),
    ("h1", "10 Resultaten"),
    ("h2", "10.1 Beoogde resultaten"),
    ("p", "Voor 2028 willen we de volgende resultaten bereiken voor leerlingen met een "
          "ondersteuningsbehoefte:"),
    ("ul", [
        "het deelnamepercentage vso daalt van 2,7 naar 2,4 procent;",
        "ten minste 12 leerlingen per jaar keren terug van het vso naar het regulier vo;",
        "85 procent van de leerlingen in het OPDC keert binnen zes maanden terug naar een reguliere klas;",
        "90 procent van de leerlingen met een arrangement behaalt een diploma of stroomt passend uit;",
        "alle scholen halen in 2026 de zestien standaarden basisondersteuning.",
    ]),
    ("h2", "10.2 Monitoring"),
    ("p", "Hoe wij de resultaten volgen en erover rapporteren, staat in het monitoringskader in bijlage 2."),
    ("h1", "11 Bestuur, OPR en OOGO"),
    ("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht "
          "van vijf leden. De zes schoolbesturen vormen het bestuurlijk overleg. De ondersteuningsplanraad "
          "telt twaalf leden: ouders, leerlingen en personeel. De OPR heeft op 8 april 2024 ingestemd met dit "
          "plan."),
    ("p", "Het bestuurlijk overleg vergadert zes keer per jaar. Het adviseert de directeur-bestuurder over "
          "het verdeelmodel, de begroting en het jaarplan. De raad van toezicht houdt toezicht op de "
          "directeur-bestuurder en keurt de begroting, de jaarrekening en het ondersteuningsplan goed. De "
          "raad van toezicht heeft een auditcommissie en een commissie kwaliteit. Eens per jaar is er een "
          "gezamenlijke vergadering van de raad van toezicht en de OPR."),
    ("p", "De OPR heeft een eigen reglement en wordt ondersteund door een ambtelijk secretaris. De leden "
          "worden voor drie jaar gekozen door de medezeggenschapsraden van de scholen. In de OPR zitten vier "
          "ouders, vier personeelsleden en vier leerlingen. De leerlingleden worden voorbereid in een "
          "leerlingenpanel dat twee keer per jaar bijeenkomt en waarin ook leerlingen uit het vso en het "
          "praktijkonderwijs meepraten."),
    ("p", "Het OOGO met de drie gemeenten vond plaats op 20 maart 2024. Afgesproken thema's zijn de "
          "aansluiting onderwijs-jeugdhulp, de inzet van jeugdhulp in de school, leerlingenvervoer en de "
          "overgang naar mbo en werk. Het overleg met het samenwerkingsverband primair onderwijs vond plaats "
          "op 14 maart 2024."),
    ("p", "Met de gemeenten is afgesproken dat jeugdhulp zo veel mogelijk op school wordt geboden. Iedere "
          "vo-school heeft een jeugd- en gezinswerker van het lokale team die twee dagdelen per week op "
          "school is. De gemeenten en het samenwerkingsverband financieren samen het onderwijs-zorgarrangement "
          "met de jeugd-GGZ. Over leerlingenvervoer naar het vso en het praktijkonderwijs stemmen het "
          "samenwerkingsverband en de gemeenten ieder voorjaar af."),
    ("h1", "12 Personeel en professionalisering"),
    ("p", "Het samenwerkingsverband heeft 8,4 fte in dienst, waaronder drie consulenten, twee orthopedagogen "
          "en een beleidsmedewerker. Het personeel van het OPDC is in dienst van het penvoerende bestuur. We "
          "bieden jaarlijks een scholingsprogramma voor mentoren en ondersteuningscoördinatoren."),
    ("p", "Professionalisering is een belangrijk middel om de basisondersteuning te versterken. Het "
          "samenwerkingsverband organiseert iedere twee maanden een leernetwerk voor ondersteuningscoördinatoren, "
          "waarin casuïstiek wordt besproken en nieuwe interventies worden uitgewisseld. Voor mentoren is er "
          "een basistraining 'de mentor als spil', die in de komende vier jaar op alle scholen wordt gegeven. "
          "Docenten kunnen deelnemen aan korte trainingen over omgaan met angst, autisme en ADHD in de klas. "
          "Het samenwerkingsverband werkt daarbij samen met de lerarenopleiding in de regio."),
    ("h1", "13 Privacy"),
    ("p", "Het samenwerkingsverband verwerkt persoonsgegevens voor de toewijzing van ondersteuning en de "
          "beoordeling van TLV-aanvragen. Het samenwerkingsverband deelt geen gegevens zonder medeweten van "
          "ouders en leerling (vanaf 16 jaar). Gegevens over de gezondheid van leerlingen worden maximaal "
          "drie jaar na het besluit bewaard. Er is een privacyreglement; vragen kunnen worden gesteld aan de "
          "functionaris gegevensbescherming."),
    ("h1", "14 Planning"),
    ("p", "Concept in bestuurlijk overleg: 6 februari 2024. Overleg SWV PO: 14 maart 2024. OOGO: 20 maart "
          "2024. Instemming OPR: 8 april 2024. Vaststelling: 16 april 2024. Naar de inspectie: voor 1 mei 2024. "
          "Looptijd: 1 augustus 2024 tot en met 31 juli 2028."),
    ("h1", "Bijlage 1 Begrippenlijst"),
    ("ul", [
        "Dekkend netwerk: het geheel van voorzieningen zodat er voor iedere jongere een passende plek is.",
        "Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.",
        "Zorgplicht: de plicht van een schoolbestuur om een passende plek te bieden.",
        "Meerjarenbegroting: de begroting voor meerdere jaren.",
        "TLV: toelaatbaarheidsverklaring.",
        "MDO: multidisciplinair overleg.",
    ]),
    ("h1", "Bijlage 2 Monitoringskader en kengetallen"),
    ("p", "Het samenwerkingsverband volgt de resultaten met een vaste set indicatoren. De gegevens komen uit "
          "het Ondersteuningsloket, DUO (peildatum 1 oktober), de leerplichtadministratie en de jaarlijkse "
          "tevredenheidspeiling. De directeur-bestuurder rapporteert twee keer per jaar (maart en oktober) aan "
          "het bestuurlijk overleg, de raad van toezicht en de OPR. In het jaarverslag, dat voor 1 juli "
          "verschijnt, staan de bereikte resultaten naast de kosten per voorziening. Worden doelen niet "
          "gehaald, dan stelt het bestuur het jaarplan bij."),
    ("table", ["Indicator", "2020", "2023", "Streefwaarde 2028"], [
        ["Deelnamepercentage vso", "3,1%", "2,7%", "2,4%"],
        ["Terugplaatsingen vso naar regulier vo", "4", "9", "12 per jaar"],
        ["Gemiddelde doorlooptijd TLV", "9 weken", "5 weken", "4 weken"],
        ["Leerlingen OPDC terug in reguliere klas binnen 6 maanden", "71%", "80%", "85%"],
        ["Tevredenheid ouders (rapportcijfer)", "6,8", "7,2", "7,5"],
    ]),
]

LABEL = {
    "documents": [NAME + ".txt"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "4.1 minimum level for all vestigingen; 4.2 eleven concrete standards; 4.3 biennial audit.",
        "plaatsing": "6.1/6.2 give vso and lwoo/pro procedure with deciding body and terms, but vso criteria are only 'bijlage 5', which is not included, and lwoo/pro only 'volgt de landelijke regels'.",
        "terugstroom": "7.1 policy (conditions, 6-month arrangement) and 7.2 five-step procedure with dates.",
        "financien": "8.1 verdeelmodel with amounts per leerling/plaats; 8.2 meerjarenbegroting is 'p.m.'; no spending overview.",
        "dekkend-aanbod": "Ch. 5 three-level continuum with OPDC, Rebound, ISK, OZA; thuiszitters only 'we streven ernaar' + aanpak 'wordt in 2025 uitgewerkt'; zorgplicht only in the begrippenlijst.",
        "resultaten": "10.1 targets; 10.2 refers to Bijlage 2, which is included and describes indicators, sources and reporting cycle.",
        "ouders": "9.1 website, ouderfolder, voorlichtingsavond, spreekuur; 9.2 OJSP, Onderwijsconsulenten, klachtenregeling, Geschillencommissie.",
    },
}
