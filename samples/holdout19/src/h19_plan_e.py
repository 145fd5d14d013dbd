"""Plan E: PO, Eemvallei. HTML web version; dekkend aanbod and toelaatbaarheid deferred/annex-only."""

TOC = [
    ("1", "Voorwoord", ""),
    ("2", "Wie wij zijn", ""),
    ("3", "Visie: ieder kind telt", ""),
    ("4", "Basisondersteuning: wat elke school biedt", ""),
    ("5", "Dekkend aanbod", ""),
    ("6", "Toelaatbaarheid sbo en so", ""),
    ("7", "Doorgaande lijnen", ""),
    ("8", "Ouders", ""),
    ("9", "Monitoring en verantwoording", ""),
    ("10", "Middelen", ""),
    ("11", "Organisatie en medezeggenschap", ""),
    ("12", "Professionalisering, ICT en privacy", ""),
    ("13", "Begrippenlijst", ""),
]

BLOCKS = [
    ("toc", TOC),
    ("h1", "1 Voorwoord"),
    ("p", "Welkom bij de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair "
          "Onderwijs Eemvallei (PO 26-04). Op deze pagina's leest u hoe de 14 schoolbesturen in de Eemvallei samen "
          "zorgen voor passend onderwijs aan ruim 21.000 kinderen op 78 basisscholen, drie scholen voor speciaal "
          "basisonderwijs en twee scholen voor speciaal onderwijs."),
    ("p", "Het ondersteuningsplan is ons belangrijkste beleidsdocument. Het is tot stand gekomen in een jaar waarin "
          "veel gebeurde: de nieuwe wetgeving over de positie van ouders en leerlingen, de discussie over een "
          "landelijke norm voor basisondersteuning, en bij ons in de regio de vraag hoe wij omgaan met groeiende "
          "wachtlijsten in de jeugdhulp. Niet alles is in dit plan al uitgewerkt. Waar dat zo is, zeggen wij dat "
          "eerlijk en geven wij aan wanneer de uitwerking volgt."),
    ("p", "Wij danken de intern begeleiders, directeuren, leerkrachten, ouders en kinderen die ons hun ervaringen "
          "vertelden. En wij danken de ondersteuningsplanraad voor de kritische en betrokken manier waarop zij dit plan "
          "heeft gelezen."),
    ("p", "Deze webversie is opgebouwd uit losse hoofdstukpagina's. U kunt elk hoofdstuk afzonderlijk lezen, maar de "
          "hoofdstukken hangen met elkaar samen. Wie wil weten wat een basisschool minimaal biedt, begint bij hoofdstuk "
          "4; wie wil weten hoe het geld wordt verdeeld, leest hoofdstuk 10. Een printbare versie van het volledige plan "
          "is op aanvraag verkrijgbaar bij het bureau van het verband."),
    ("p", "Marjolein Verbeek, directeur-bestuurder"),

    ("h1", "2 Wie wij zijn"),
    ("p", "Het samenwerkingsverband is een vereniging van 14 schoolbesturen voor openbaar, katholiek, protestants-"
          "christelijk, algemeen bijzonder en islamitisch onderwijs. Het werkgebied bestaat uit zes gemeenten rond de "
          "Eem, met twee stedelijke kernen en een groot landelijk gebied."),
    ("p", "De scholen verschillen sterk in omvang: van een dorpsschool met 46 leerlingen tot een kindcentrum met 720 "
          "leerlingen. In de stedelijke kernen groeit het aantal leerlingen; in de dorpen daalt het. Ongeveer 14 "
          "procent van de kinderen groeit op in een gezin met een laag inkomen. Het aandeel kinderen met een andere "
          "thuistaal dan het Nederlands varieert per school van 2 tot 60 procent."),
    ("p", "Tot het verband behoren de sbo-scholen De Wegwijzer, Het Baken en De Boomgaard, en de so-scholen De Eemhof "
          "(cluster 4) en Mariënhof (cluster 3)."),

    ("h2", "2.1 Leeswijzer"),
    ("p", "Dit plan volgt de onderwerpen die de Wet op het primair onderwijs voor een ondersteuningsplan voorschrijft, "
          "maar wij hebben ze geordend vanuit het perspectief van een kind en zijn school. Hoofdstuk 3 beschrijft onze "
          "visie, hoofdstuk 4 wat elke school biedt, hoofdstukken 5 tot en met 7 wat er gebeurt als een kind meer nodig "
          "heeft, hoofdstuk 8 de positie van ouders, hoofdstuk 9 hoe wij volgen wat wij doen en hoofdstuk 10 het geld. "
          "De hoofdstukken 11 en 12 gaan over de organisatie. Op de website zijn bij elk hoofdstuk de bijbehorende "
          "documenten te vinden."),
    ("h2", "2.2 Terugblik op de periode 2022-2026"),
    ("p", "In de vorige planperiode heeft het verband drie grote stappen gezet. Ten eerste zijn de standaarden voor "
          "basisondersteuning in 2024 herschreven en in 2025 door alle besturen vastgesteld; de eerste ronde audits is "
          "in het najaar van 2025 gestart. Ten tweede is het verband overgestapt van een expertisemodel, waarin het "
          "verband zelf veel ondersteuning inkocht, naar een schoolmodel waarin het geld grotendeels naar de besturen "
          "gaat. Ten derde is het dashboard Eemvallei in beeld ingericht, zodat besturen en OPR de ontwikkelingen per "
          "kwartaal kunnen volgen."),
    ("p", "De evaluatie van de vorige periode laat zien dat het deelnamepercentage sbo daalde van 2,5 naar 2,1 procent, "
          "terwijl het deelnamepercentage so vrijwel gelijk bleef. Het aantal terugplaatsingen steeg van 14 in 2021-2022 "
          "naar 27 in 2024-2025. Intern begeleiders gaven in een peiling aan dat zij meer grip hebben gekregen op de "
          "ondersteuning in de groep, maar ook dat de werkdruk is toegenomen. Scholen in de stedelijke kernen melden "
          "vaker dan scholen in de dorpen dat zij onvoldoende tijd hebben voor kinderen met complexe vragen."),
    ("h2", "2.3 Wettelijk kader en planperiode"),
    ("p", "Het samenwerkingsverband is ingesteld op grond van artikel 18a van de Wet op het primair onderwijs. Het "
          "verband stelt ten minste eens in de vier jaar een ondersteuningsplan vast, na op overeenstemming gericht "
          "overleg met de gemeenten en met instemming van de ondersteuningsplanraad. Dit plan geldt voor de schooljaren "
          "2026-2027 tot en met 2029-2030 en wordt vóór 1 mei 2026 aan de inspectie gezonden. Wijzigingen tijdens de "
          "planperiode, zoals de nog uit te werken hoofdstukken, worden als addendum ter instemming aan de OPR "
          "voorgelegd."),
    ("h2", "2.4 Identiteit en verscheidenheid"),
    ("p", "De veertien besturen in de Eemvallei verschillen in omvang, richting en traditie. Drie besturen hebben elk "
          "meer dan tien scholen; zes besturen hebben er één of twee. Die verscheidenheid is waardevol: ouders kunnen "
          "kiezen voor een school die past bij hun levensovertuiging. Tegelijk vraagt zij om heldere afspraken, zodat de "
          "ondersteuning voor een kind niet afhangt van het bestuur waar de school toe behoort. De standaarden voor "
          "basisondersteuning en de verdeelregels in dit plan gelden daarom voor alle besturen gelijk."),
    ("h2", "2.5 Kleine scholen"),
    ("p", "Ongeveer een kwart van de scholen in het verband heeft minder dan honderd leerlingen. Deze scholen hebben "
          "vaak combinatiegroepen en een intern begeleider die ook lesgeeft. Om de standaarden haalbaar te maken, "
          "werken kleine scholen samen in clusters van drie tot vijf scholen, met een gezamenlijke intern begeleider en "
          "een gezamenlijk schoolondersteuningsteam. Het verband ondersteunt de vorming van deze clusters."),
    ("h1", "3 Visie: ieder kind telt"),
    ("p", "Ieder kind in de Eemvallei heeft recht op onderwijs dat past. Wij geloven dat kinderen het meest leren in "
          "hun eigen omgeving, samen met kinderen uit de buurt, bij een leerkracht die hen kent. Daarom investeren wij "
          "in de basisschool: in leerkrachten, in intern begeleiders en in een sterke basis."),
    ("p", "Tegelijk weten wij dat niet elk kind op elke basisschool tot zijn recht komt. Speciaal basisonderwijs en "
          "speciaal onderwijs zijn waardevol en horen bij een goed stelsel. Het gaat er niet om hoeveel kinderen naar "
          "het sbo of so gaan, maar of elk kind de plek krijgt die het nodig heeft, en of die plek een opstap kan zijn."),
    ("p", "Wij werken vanuit vijf principes: handelingsgericht werken (kijken naar wat een kind nodig heeft), "
          "eigenaarschap bij de school, samen met ouders, eenvoud in procedures, en verantwoording over wat wij doen. "
          "Deze principes komen terug in alle hoofdstukken van dit plan."),

    ("p", "Achter deze principes zit een overtuiging over de rol van het samenwerkingsverband. Wij zijn er niet om "
          "scholen te vertellen hoe zij les moeten geven. Wij zijn er om ervoor te zorgen dat scholen niet alleen staan "
          "als een kind meer nodig heeft dan zij kunnen bieden, om afspraken te maken die voor alle besturen gelden, en "
          "om eerlijk te verdelen wat er te verdelen valt. Daarbij kijken wij nadrukkelijk naar de kinderen die het "
          "minst vanzelfsprekend hun weg vinden: kinderen met een complexe thuissituatie, nieuwkomers en kinderen van "
          "wie de ontwikkeling anders verloopt dan gemiddeld. Voor hen maakt een goed georganiseerd stelsel het "
          "grootste verschil."),
    ("h1", "4 Basisondersteuning: wat elke school biedt"),
    ("h2", "4.1 Eén norm voor alle scholen"),
    ("p", "Alle 78 basisscholen in de Eemvallei, op al hun locaties, bieden dezelfde basisondersteuning. De besturen "
          "hebben deze in 2025 vastgelegd in twaalf standaarden. Deze standaarden zijn het minimum: elke school voldoet "
          "eraan, en geen school kan een kind weigeren of doorsturen voor ondersteuning die onder de standaarden valt. "
          "Sbo- en so-scholen bieden deze basis eveneens, aangevuld met hun eigen specialistische aanbod."),
    ("h2", "4.2 De twaalf standaarden"),
    ("table", ["Nr.", "Standaard", "Wat dit concreet betekent"], [
        ["1", "Veilig schoolklimaat", "Een anti-pestprogramma, een aandachtsfunctionaris en jaarlijkse meting van de veiligheidsbeleving in groep 5 tot en met 8."],
        ["2", "Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar, met een groepsoverzicht en een plan per groep."],
        ["3", "Intern begeleider", "Ten minste één dag per week per 100 leerlingen een intern begeleider met een post-hbo-opleiding."],
        ["4", "Schoolondersteuningsteam", "Zes keer per jaar overleg met de intern begeleider, de jeugdverpleegkundige en een orthopedagoog van het verband."],
        ["5", "Dyslexie", "Werken volgens het protocol leesproblemen en dyslexie, inclusief signalering in groep 2 en 3 en begeleiding tot en met groep 8."],
        ["6", "Dyscalculie", "Werken volgens het protocol ernstige rekenwiskundeproblemen en dyscalculie."],
        ["7", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkings- en verdiepingsstof in de eigen groep."],
        ["8", "Taal en NT2", "Extra taalondersteuning voor kinderen met een taalachterstand of andere thuistaal, ten minste twee keer per week in een kleine groep."],
        ["9", "Sociaal-emotionele ontwikkeling", "Een programma voor sociaal-emotioneel leren en een volgsysteem."],
        ["10", "Gedrag", "Een gedragsprotocol en inzet van een gedragsspecialist (eigen of van het bestuur) binnen twee weken na een hulpvraag."],
        ["11", "Medisch handelen", "Een protocol medisch handelen en afspraken met ouders over medicijngebruik."],
        ["12", "OPP", "Een ontwikkelingsperspectief voor elk kind met een eigen leerlijn of extra ondersteuning, halfjaarlijks geëvalueerd met ouders."],
    ], "Standaarden basisondersteuning Eemvallei"),
    ("h2", "4.3 Toezicht op de standaarden"),
    ("p", "Eens in de drie jaar bezoekt een auditteam van twee intern begeleiders van andere besturen en een "
          "orthopedagoog van het verband elke school. Het team toetst de school aan de twaalf standaarden en legt de "
          "bevindingen vast in een auditrapport voor het bestuur. Haalt een school een standaard niet, dan maakt het "
          "bestuur binnen drie maanden een verbeterplan en volgt binnen een jaar een hercontrole."),
    ("p", "Wat een kind nodig heeft boven deze standaarden, noemen wij extra ondersteuning."),

    ("h1", "5 Dekkend aanbod"),
    ("p", "Dit hoofdstuk wordt ingevuld na afronding van de OOGO-ronde met de gemeenten in het najaar van 2026. Het "
          "zal dan ingaan op het aanbod van extra ondersteuning, de bovenschoolse voorzieningen, de aanpak van "
          "thuiszitters en de samenwerking met jeugdhulp."),

    ("h1", "6 Toelaatbaarheid sbo en so"),
    ("p", "De procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs "
          "zijn vastgelegd in het Reglement toelaatbaarheid Eemvallei (bijlage 3). De bijlage wordt als afzonderlijk "
          "document op de website geplaatst."),

    ("h1", "7 Doorgaande lijnen"),
    ("p", "Onder doorgaande lijnen verstaan wij de overgangen die een kind tijdens de basisschooltijd kan maken. De "
          "afspraken over de overstap naar het voortgezet onderwijs staan in het regionale POVO-protocol op de website "
          "van het verband en worden in dit plan niet herhaald."),
    ("h2", "7.1 Van sbo of so terug naar de wijkschool"),
    ("p", "Het verband wil dat kinderen in het sbo en so, waar dat kan, teruggaan naar een basisschool dicht bij huis. "
          "Een plaatsing in het speciaal (basis)onderwijs is voor ons in principe tijdelijk. Terugkeer is aan de orde als "
          "het kind zich zo heeft ontwikkeld dat de ondersteuning die het nog nodig heeft binnen de standaarden van de "
          "basisondersteuning plus een overgangsarrangement kan worden geboden, en als de ouders ermee instemmen. Een "
          "teruggeplaatst kind krijgt gedurende een jaar een overgangsarrangement: de sbo- of so-school begeleidt de "
          "ontvangende leerkracht twee uur per week, en het kind mag in die periode zonder nieuwe aanvraag terugkeren "
          "naar de sbo- of so-school als de terugplaatsing niet slaagt."),
    ("p", "De route is als volgt. De sbo- of so-school bespreekt bij elke halfjaarlijkse evaluatie van het OPP met de "
          "ouders of terugplaatsing haalbaar is; ook ouders kunnen dat gesprek aanvragen. Is terugplaatsing haalbaar, dan "
          "meldt de sbo- of so-school dit bij de trajectbegeleider van het verband. Die organiseert binnen vier weken een "
          "overleg tussen de sbo- of so-school, de beoogde basisschool en de ouders. De basisschool beslist binnen zes "
          "weken over de inschrijving; bij een positief besluit wordt een overgangsdatum bij voorkeur na een "
          "vakantie afgesproken. Uiterlijk zes maanden voor de einddatum van een TLV vindt deze bespreking in elk geval "
          "plaats. Na een half jaar en na een jaar evalueren de basisschool, de ouders en de trajectbegeleider de "
          "terugplaatsing."),
    ("p", "In het schooljaar 2024-2025 zijn 23 kinderen vanuit het sbo en 4 vanuit het so teruggeplaatst naar een "
          "basisschool in het verband."),
    ("h1", "8 Ouders"),
    ("h2", "8.1 Ouders als partner"),
    ("p", "Ouders kennen hun kind het best. Op elke school zijn ouders gesprekspartner bij het opstellen en evalueren "
          "van het OPP, en worden zij uitgenodigd voor elke bespreking van hun kind in het schoolondersteuningsteam. In de "
          "ondersteuningsplanraad hebben zes ouders zitting."),
    ("h2", "8.2 Informatie voor ouders"),
    ("p", "Een communicatieplan voor ouders is in voorbereiding en verschijnt in het voorjaar van 2027."),
    ("h2", "8.3 Onafhankelijke steun: Ouder- en Kindsteunpunt Eemvallei"),
    ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, of die het niet eens zijn met de school of het "
          "verband, kunnen terecht bij het Ouder- en Kindsteunpunt Eemvallei. Het steunpunt is onafhankelijk: het is "
          "ondergebracht bij Stichting Zet Eemland, die geen band heeft met de schoolbesturen, en het werkt alleen in het "
          "belang van het kind. De medewerkers luisteren, denken mee, bemiddelen bij onenigheid en gaan desgewenst mee "
          "naar gesprekken op school. Het steunpunt is bereikbaar via 033 - 201 44 80 en ouders@zet-eemland.nl, op "
          "maandag tot en met donderdag van 9.00 tot 16.00 uur. Komen ouders en school er samen niet uit, dan wijst het "
          "steunpunt de weg naar de Onderwijsconsulenten en naar de Geschillencommissie passend onderwijs."),

    ("h1", "9 Monitoring en verantwoording"),
    ("h2", "9.1 Wat wij volgen"),
    ("p", "Het verband verzamelt vier keer per jaar gegevens over de ondersteuning in de regio en legt die vast in het "
          "dashboard Eemvallei in beeld. Daarin staan onder meer: het deelnamepercentage sbo en so op de peildatum 1 "
          "oktober (vergeleken met het landelijk gemiddelde), het aantal afgegeven TLV's, het aantal terugplaatsingen, "
          "de doorlooptijd van aanvragen bij het loket, de uitkomsten van de auditbezoeken, en de tevredenheid van "
          "ouders en scholen, die elke twee jaar wordt gepeild."),
    ("p", "Op 1 oktober 2025 bedroeg het deelnamepercentage sbo 2,1 procent (landelijk 2,4 procent) en het "
          "deelnamepercentage so 1,6 procent (landelijk 1,7 procent). De gemiddelde doorlooptijd bij het loket was 31 "
          "werkdagen. In de oudertevredenheidspeiling van 2025 gaven ouders het verband gemiddeld een 7,1."),
    ("h2", "9.2 Hoe wij verantwoorden en bijsturen"),
    ("p", "Het dashboard wordt elk kwartaal besproken door de directeur-bestuurder en de besturen, en twee keer per "
          "jaar in de OPR. Elk jaar in juni analyseert het verband met de besturen de gegevens per bestuur en per school. "
          "Het jaarverslag, dat vóór 1 juli verschijnt, bevat de bereikte resultaten over het voorgaande kalenderjaar. "
          "In het voorjaar van 2028 laat het verband een tussenevaluatie uitvoeren door een onafhankelijk bureau."),
    ("h2", "9.3 Beoogde resultaten"),
    ("p", "Welke resultaten wij in deze planperiode willen bereiken, formuleren wij in het eerste planjaar samen met de "
          "schoolbesturen en de OPR. De uitkomst wordt in de zomer van 2027 als addendum aan dit plan toegevoegd."),

    ("h1", "10 Middelen"),
    ("h2", "10.1 Hoe wij de middelen verdelen"),
    ("p", "Het verband kiest voor een schoolmodel: het grootste deel van het geld gaat rechtstreeks naar de besturen, "
          "zodat scholen zelf de ondersteuning kunnen organiseren. Het algemeen bestuur stelt elk jaar vóór 1 juni de "
          "verdeling voor het volgende schooljaar vast volgens deze regels:"),
    ("bullets", [
        "Na aftrek van de afdrachten voor sbo en so en van de kosten van het bureau (ten hoogste 4 procent) ontvangen "
        "de besturen een bedrag per leerling op basis van de teldatum 1 oktober van het voorgaande jaar; voor 2026-2027 "
        "is dat € 142 per leerling.",
        "Scholen met een hoog aandeel leerlingen met een onderwijsachterstand ontvangen een toeslag van 20 procent op "
        "dat bedrag, volgens de CBS-achterstandsscores.",
        "Voor terugplaatsingsarrangementen ontvangt de sbo- of so-school € 2.400 per teruggeplaatst kind.",
        "Besturen die meer kinderen naar het sbo verwijzen dan het gemiddelde van het verband, dragen de extra kosten "
        "zelf via een verrekening op hun budget.",
    ]),
    ("h2", "10.2 Meerjarenbegroting"),
    ("table", ["Post", "2026", "2027", "2028", "2029"], [
        ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Afdrachten sbo en so", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Budgetten besturen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
    ], "Meerjarenbegroting (wordt ingevuld na vaststelling van de jaarbegroting 2027)"),
    ("h2", "10.3 Verantwoording door besturen"),
    ("p", "Besturen verantwoorden elk jaar vóór 1 mei in een vast format aan het verband waaraan zij de middelen hebben "
          "besteed, onderverdeeld naar personeel, scholing en materialen. Het verband bespreekt de verantwoording met elk "
          "bestuur in een bilateraal gesprek."),

    ("h1", "11 Organisatie en medezeggenschap"),
    ("p", "De vereniging heeft een algemeen bestuur van de 14 aangesloten besturen en een directeur-bestuurder die het "
          "dagelijks bestuur vormt. Het algemeen bestuur houdt toezicht op de directeur-bestuurder; twee onafhankelijke "
          "toezichthouders adviseren het algemeen bestuur. Het bureau telt 11 fte, waaronder vier orthopedagogen, "
          "drie trajectbegeleiders en een loketmedewerker."),
    ("p", "De ondersteuningsplanraad telt twaalf leden, zes ouders en zes personeelsleden, afgevaardigd door de "
          "medezeggenschapsraden van de scholen. De OPR heeft op 10 maart 2026 ingestemd met dit plan. Het concept is "
          "op 20 januari 2026 voorgelegd aan de zes gemeenten; de OOGO-ronde loopt nog. Met het samenwerkingsverband VO "
          "is op 3 februari 2026 overleg gevoerd."),

    ("p", "De OPR vergadert vijf keer per jaar en wordt ondersteund door een ambtelijk secretaris. De raad heeft een "
          "eigen reglement en een eigen scholingsbudget. Leden van de OPR nemen elk jaar deel aan een gezamenlijke "
          "bijeenkomst met het algemeen bestuur, waarin de voortgang van het ondersteuningsplan wordt besproken. "
          "Nieuwe leden krijgen een inwerkprogramma."),
    ("h1", "12 Professionalisering, ICT en privacy"),
    ("p", "Het verband biedt elk jaar een leergang voor startende intern begeleiders, een netwerk voor gedragsspecialisten "
          "en een kennisfestival voor alle leerkrachten in de regio. In 2026 start een pilot met een digitale "
          "ondersteuningsroute, waarin scholen het OPP en het groeidocument veilig kunnen delen met het loket. Het "
          "verband bewaart persoonsgegevens niet langer dan drie jaar na een besluit."),
    ("p", "Professionalisering is voor ons geen bijzaak. Uit gesprekken met leerkrachten bleek dat zij zich vaak "
          "handelingsverlegen voelen bij gedragsproblemen en bij kinderen die thuis veel meemaken. Daarom investeren "
          "wij de komende jaren in scholing over traumasensitief lesgeven en in coaching op de werkvloer door de "
          "gedragsspecialisten van de sbo-scholen."),
    ("p", "Het lerarentekort raakt ook de Eemvallei. Scholen in de stedelijke kernen hebben moeite om alle groepen te "
          "bemensen. Het verband ondersteunt de besturen door de inzet van onderwijsassistenten in de "
          "basisondersteuning mogelijk te maken en door samen met de pabo een minor passend onderwijs aan te bieden."),

    ("p", "Ten slotte investeert het verband in goed onderwijs aan het jonge kind. Veel ondersteuningsvragen zijn in de "
          "kleutergroepen al zichtbaar. Daarom volgen alle intern begeleiders in de planperiode een scholing over "
          "ontwikkelingsgericht observeren, en organiseert het verband jaarlijks een netwerkbijeenkomst voor "
          "kleuterleerkrachten over taalontwikkeling en spel."),
    ("p", "Het verband werkt op het gebied van ICT samen met twee andere samenwerkingsverbanden in de provincie. Zo delen "
          "de verbanden één beveiligde omgeving en één functionaris gegevensbescherming. Ouders kunnen bij het loket "
          "inzage vragen in de gegevens die over hun kind zijn vastgelegd."),
    ("h1", "13 Begrippenlijst"),
    ("bullets", [
        "Arrangement: een afgesproken pakket extra ondersteuning.",
        "Bezwaar: de mogelijkheid om tegen een besluit over een TLV op te komen, met advies van de Landelijke "
        "Bezwaaradviescommissie.",
        "Dekkend aanbod: een netwerk van voorzieningen waarin voor elk kind een passende plek is.",
        "Deskundigenadvies: het advies van twee deskundigen bij een aanvraag voor een TLV.",
        "Ouderinformatie: de informatie die het verband aan ouders geeft over de ondersteuning.",
        "Sbo: speciaal basisonderwijs.",
        "So: speciaal onderwijs.",
        "Thuiszitter: een leerplichtig kind dat zonder geldige reden geen onderwijs volgt.",
        "TLV: toelaatbaarheidsverklaring voor het sbo of so, met een geldigheidsduur en (voor het so) een "
        "bekostigingscategorie.",
    ]),
]

DOC = {
    "author": "SWV PPO Eemvallei",
    "title_lines": [
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Passend Primair Onderwijs Eemvallei (PO 26-04)",
        "Webversie, vastgesteld 17 maart 2026",
    ],
    "header": "SWV PPO Eemvallei - Ondersteuningsplan 2026-2030 (webversie)",
    "footer": "© Samenwerkingsverband PPO Eemvallei · Informatie voor ouders · Dekkend aanbod · Toelaatbaarheid · Privacyverklaring",
    "blocks": BLOCKS,
}

LABEL = """documents: [po-eemvallei-web.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4: one minimum for all 78 schools (4.1), twelve standaarden with concrete content only in a table (4.2), three-yearly audit and verbeterplan (4.3)."
  plaatsing: "Ch. 6 only refers to 'bijlage 3' (Reglement toelaatbaarheid), which is not part of the input; deskundigenadvies, bezwaar, geldigheidsduur and bekostigingscategorie appear only in the Begrippenlijst; nav/footer links only."
  terugstroom: "Hidden in 7.1 under 'Doorgaande lijnen': policy (thuisnabij, conditions, overgangsarrangement, safe return) and route (evaluation moments, trajectbegeleider, 4/6-week terms, at the latest 6 months before TLV end, evaluations after return), plus figures."
  financien: "Ch. 10 'Middelen': verdeling rules (schoolmodel, EUR 142 per leerling, toeslag, decision before 1 June) and verantwoording, but the meerjarenbegroting table contains only 'p.m.'."
  dekkend-aanbod: "Ch. 5 is a placeholder deferred until after the OOGO round; no continuum of extra support or voorzieningen, no thuiszitters approach; a plain list of sbo/so schools (ch. 2) and definitions in the Begrippenlijst do not count."
  resultaten: "Ch. 9: quarterly dashboard, indicators, reported 2025 figures, June analysis, jaarverslag, tussenevaluatie (monitoring); beoogde resultaten deferred to an addendum in summer 2027 (9.3)."
  ouders: "8.3 independent Ouder- en Kindsteunpunt with contacts, Onderwijsconsulenten, Geschillencommissie (steunpunt); 8.1 parents as partner and in OPR; how parents are informed about support facilities is deferred to a communicatieplan (8.2). Footer link 'Informatie voor ouders' is page chrome."
"""
