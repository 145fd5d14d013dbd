"""Plan 5: PO, .docx whose headings are bold numbered Normal paragraphs (no heading styles)."""

NAME = "po-heuvelrand-op2025"
SWV = "Stichting Samenwerkingsverband Primair Onderwijs Heuvelrand-Oost"

BLOCKS = [
    ("title", [
        "Ondersteuningsplan 2025-2029",
        SWV + " (PO 26-05)",
        "Samen sterk voor ieder kind",
        "Vastgesteld door het bestuur op 3 april 2025",
    ]),
    ("toc", [
        "1 Voorwoord ............................................ 3",
        "2 Onze visie op passend onderwijs ...................... 4",
        "3 Het samenwerkingsverband ............................. 5",
        "4 Basisondersteuning ................................... 6",
        "5 Dekkend aanbod: van extra ondersteuning tot so ........ 7",
        "6 Toelaatbaarheid sbo en so ............................ 9",
        "7 Terugplaatsing ....................................... 10",
        "8 Financieel beleid en meerjarenbegroting .............. 11",
        "9 Ouders ............................................... 13",
        "10 Kwaliteitszorg en resultaten ........................ 14",
        "11 Samenwerking met gemeenten en jeugdhulp ............. 15",
        "12 Medezeggenschap en governance ....................... 16",
        "13 Personeel ........................................... 16",
        "14 Privacy ............................................. 17",
        "15 Totstandkoming en planning .......................... 17",
        "Bijlage 1 Stappenplan terugplaatsing ................... 18",
        "Bijlage 2 Begrippenlijst ............................... 19",
    ]),
    ("h1", "1 Voorwoord"),
    ("p", "Met dit ondersteuningsplan zet " + SWV + " de koers uit voor de schooljaren 2025-2029. In het "
          "samenwerkingsverband werken acht schoolbesturen samen. Zij zijn verantwoordelijk voor 38 "
          "basisscholen, één school voor speciaal basisonderwijs (De Horizon) en twee locaties voor speciaal "
          "onderwijs. In totaal gaat het om ongeveer 8.900 leerlingen in de gemeenten Heuvelrand, Bergharen en "
          "Oostervelde."),
    ("p", "Het vorige plan stond in het teken van het opbouwen van een eigen organisatie. Dit plan gaat over "
          "verdieping: de ondersteuning in de klas, de samenwerking met de jeugdhulp en een betere aansluiting "
          "tussen regulier en speciaal onderwijs. We zetten in op korte lijnen en minder bureaucratie. Het "
          "plan is geschreven samen met een werkgroep van directeuren, intern begeleiders en ouders uit de "
          "OPR."),
    ("p", "In het afgelopen jaar hebben we met veel mensen gesproken. In vier regiobijeenkomsten vertelden "
          "leraren wat zij nodig hebben om met de verschillen in hun groep om te gaan. Ouders gaven in een "
          "digitale peiling en in twee gespreksavonden aan waar zij tegenaan lopen. De gemeenten dachten mee "
          "over de aansluiting tussen onderwijs en jeugdhulp. Alle opbrengsten van deze gesprekken zijn "
          "gebruikt bij het schrijven van dit plan."),
    ("p", "Ik wil iedereen bedanken die heeft bijgedragen, en in het bijzonder de leden van de OPR, die "
          "kritisch en betrokken hebben meegelezen. - J. Verhoef, directeur-bestuurder"),
    ("h1", "2 Onze visie op passend onderwijs"),
    ("p", "Wij geloven dat ieder kind wil leren en zich wil ontwikkelen. Kinderen horen erbij, in hun eigen "
          "buurt, met hun eigen vriendjes. Daarom kiezen we voor thuisnabij onderwijs, waar mogelijk in een "
          "reguliere groep. Leraren zijn de sleutel: zij hebben ruimte, tijd en deskundigheid nodig om met "
          "verschillen om te gaan."),
    ("p", "Passend onderwijs is maatwerk, maar geen willekeur. De scholen en het samenwerkingsverband maken "
          "heldere afspraken over wie wat doet. Het samenwerkingsverband ondersteunt, faciliteert en verbindt. "
          "We werken vanuit vertrouwen en leggen verantwoording af over wat we doen."),
    ("p", "Wij zien ouders als ervaringsdeskundigen. Zij kennen hun kind het best. Daarom betrekken we ouders "
          "vanaf het eerste moment bij gesprekken over ondersteuning. Ook kinderen zelf hebben een stem: we "
          "vragen hen wat zij nodig hebben en wat zij ervan vinden. Tot slot willen wij dat scholen van "
          "elkaar leren. Goede voorbeelden delen we in netwerken en op studiedagen. Wat op de ene school "
          "werkt, kan op een andere school ook werken."),
    ("h1", "3 Het samenwerkingsverband"),
    ("p", "Het samenwerkingsverband is een stichting met een tweelaags bestuursmodel: een directeur-bestuurder "
          "en een raad van toezicht. De acht schoolbesturen zijn verenigd in het bestuurlijk overleg, dat "
          "adviseert over het ondersteuningsplan, de begroting en het verdeelmodel. Het bureau telt een "
          "directeur-bestuurder, een secretaris van de Commissie van Toelaatbaarheid, drie orthopedagogen, vier "
          "ambulant begeleiders en een controller (in totaal 9,2 fte)."),
    ("p", "De regio Heuvelrand-Oost bestaat uit drie gemeenten met een mix van kleine kernen en een "
          "middelgrote stad. De scholen verschillen sterk in grootte en leerlingpopulatie. Acht scholen hebben "
          "minder dan honderd leerlingen; vier scholen hebben er meer dan vierhonderd. In de stad wonen "
          "relatief veel gezinnen met een laag inkomen en veel kinderen met een andere thuistaal dan het "
          "Nederlands. In de dorpen speelt vooral de bereikbaarheid van voorzieningen een rol."),
    ("p", "Het bureau van het samenwerkingsverband is gevestigd in het Onderwijshuis in Heuvelrand, samen met "
          "de leerplichtafdeling en het jeugdgezondheidsteam. Die nabijheid maakt korte lijnen mogelijk."),
    ("h1", "4 Basisondersteuning"),
    ("p", "Basisondersteuning is het afgesproken niveau van ondersteuning dat alle 38 scholen van het "
          "samenwerkingsverband, op iedere vestiging, ten minste bieden aan iedere leerling. Het bestuur stelt "
          "dit niveau vast na advies van het bestuurlijk overleg. Het niveau is voor alle scholen gelijk; "
          "scholen kunnen meer bieden en beschrijven dat in hun schoolondersteuningsprofiel."),
    ("p", "De concrete basisondersteuningsvoorzieningen worden in het schooljaar 2025-2026 samen met de "
          "scholen uitgewerkt in een kwaliteitskaart basisondersteuning, waarbij we aansluiten op de "
          "landelijke norm. Tot die tijd beschrijft iedere school de eigen basisondersteuning in het SOP."),
    ("h1", "5 Dekkend aanbod: van extra ondersteuning tot so"),
    ("p", "5.1 Het continuüm. Het samenwerkingsverband kent een samenhangend aanbod van ondersteuning. Als de "
          "basisondersteuning niet voldoende is, zet de school extra ondersteuning in. Dat kan in de vorm van "
          "een arrangement op de eigen school (bijvoorbeeld ambulante begeleiding door De Horizon, een "
          "onderwijsassistent of een aangepast programma), een bovenschoolse voorziening of een plaatsing in "
          "het sbo of so. De bovenschoolse voorzieningen zijn: de Kangoeroeklas voor meer- en hoogbegaafde "
          "leerlingen (vier locaties, één ochtend per week); de Taalbrug voor nieuwkomers (twaalf maanden "
          "intensief taalonderwijs); de Overstapgroep voor leerlingen van 6 tot 10 jaar met gedragsproblemen "
          "(maximaal één jaar, met terugkeer naar de eigen school); en de Zorgklas, een onderwijs-zorgarrangement "
          "voor leerlingen die naast onderwijs ook dagbehandeling nodig hebben."),
    ("p", "5.2 De route. De IB'er bespreekt de leerling in het ondersteuningsteam (OT), waaraan ouders, de "
          "orthopedagoog van het samenwerkingsverband en zo nodig de jeugdverpleegkundige of het sociaal team "
          "deelnemen. Het OT stelt een arrangement voor. Het Team Toewijzing van het samenwerkingsverband "
          "besluit binnen drie weken."),
    ("p", "5.3 Leerlingen zonder passende plek. Iedere schoolbestuur heeft zorgplicht. Lukt het een school niet "
          "om binnen tien weken een passende plek te bieden of te vinden, dan meldt de school de leerling bij "
          "het samenwerkingsverband. De directeur-bestuurder roept dan binnen vijf werkdagen een "
          "casusoverleg bijeen met de betrokken besturen, leerplicht en jeugdhulp. Maandelijks bespreken het "
          "samenwerkingsverband en de leerplichtambtenaren alle thuiszitters en alle leerlingen met een "
          "vrijstelling. Eén keer per jaar maakt het samenwerkingsverband een analyse van leerlingen die "
          "buiten de regio moeten reizen of op een wachtlijst staan; op basis daarvan besluit het bestuur in "
          "het voorjaar of nieuwe voorzieningen nodig zijn. Zo is de Zorgklas in 2023 ontstaan."),
    ("p", "5.4 Doorgaande lijn. Het samenwerkingsverband maakt afspraken met de kinderopvang, de "
          "peuteropvang en het samenwerkingsverband voortgezet onderwijs over de overgangen in de "
          "schoolloopbaan. Peuters met een ondersteuningsbehoefte worden met toestemming van ouders warm "
          "overgedragen aan de basisschool. In groep 8 bespreken de basisschool, de vo-school en ouders in een "
          "overstapgesprek welke ondersteuning de leerling nodig heeft. Voor leerlingen uit het so en sbo "
          "begeleidt een ambulant begeleider de overstap tot de herfstvakantie van het eerste leerjaar."),
    ("h1", "6 Toelaatbaarheid sbo en so"),
    ("p", "6.1 Procedure. Het schoolbestuur van de school waar de leerling staat ingeschreven, dient de "
          "aanvraag voor een toelaatbaarheidsverklaring in bij het samenwerkingsverband. De aanvraag bevat het "
          "OPP, het verslag van het OT waarin ouders hun zienswijze hebben gegeven, en de gegevens over de "
          "ingezette ondersteuning. Twee deskundigen (een orthopedagoog of psycholoog en, afhankelijk van de "
          "leerling, een kinderpsychiater, jeugdarts of maatschappelijk werker) brengen ieder een eigen advies "
          "uit. De Commissie van Toelaatbaarheid neemt binnen zes weken een besluit. Een TLV so wordt afgegeven "
          "in categorie laag, midden of hoog, meestal voor twee schooljaren."),
    ("p", "6.2 Criteria. De Commissie van Toelaatbaarheid weegt ieder dossier zorgvuldig. Het nieuwe "
          "toetsingskader met de criteria voor toelaatbaarheid wordt in 2025 uitgewerkt en volgt als "
          "aanvulling op dit plan."),
    ("p", "6.3 Bezwaar. Ouders kunnen bezwaar maken tegen een besluit. Het samenwerkingsverband is aangesloten "
          "bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ("h1", "7 Terugplaatsing"),
    ("p", "Het samenwerkingsverband vindt dat een plaatsing in het sbo of so niet voor altijd hoeft te zijn. Ons "
          "beleid is dat iedere leerling in het speciaal (basis)onderwijs ieder jaar wordt bekeken op de "
          "mogelijkheid van terugkeer naar een basisschool, liefst in de eigen wijk. Voorwaarden zijn dat de "
          "leerling de leerstof in een reguliere groep kan volgen met de basisondersteuning en eventueel een "
          "arrangement, dat ouders instemmen en dat de ontvangende school voorbereid is. Na terugkeer krijgt de "
          "leerling een terugkeerarrangement: een ambulant begeleider van De Horizon of het so begeleidt de "
          "leerling en de leraar gedurende een half jaar. Het samenwerkingsverband betaalt dit arrangement. De "
          "stappen staan in bijlage 1."),
    ("h1", "8 Financieel beleid en meerjarenbegroting"),
    ("p", "8.1 Verdeling. Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware "
          "ondersteuning. Na aftrek van de afdrachten aan het so en het sbo verdelen we de middelen als volgt. "
          "Iedere school ontvangt een basisbedrag van € 150 per leerling (teldatum 1 oktober) voor de "
          "versterking van de ondersteuning in de school. Daarnaast kan een school arrangementen aanvragen bij "
          "het Team Toewijzing; toekenning gebeurt op basis van de ondersteuningsbehoefte in het OPP en de "
          "inzet van de school. Bovenschoolse voorzieningen worden per plaats bekostigd. Het bestuur stelt het "
          "verdeelmodel jaarlijks vast na advies van het bestuurlijk overleg."),
    ("p", "8.2 Besteding. Scholen besteden het basisbedrag aan extra IB-tijd, onderwijsassistentie, "
          "specialisten en scholing. In het jaarverslag legt ieder bestuur verantwoording af over de inzet. De "
          "meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
    ("table", ["Post", "2025", "2026", "2027", "2028"], [
        ["Rijksbijdrage ondersteuning", "8.610", "8.520", "8.430", "8.350"],
        ["Afdracht so en sbo", "3.240", "3.220", "3.200", "3.180"],
        ["Basisbedrag scholen", "1.335", "1.320", "1.305", "1.290"],
        ["Arrangementen", "1.480", "1.500", "1.500", "1.500"],
        ["Bovenschoolse voorzieningen", "1.120", "1.150", "1.150", "1.150"],
        ["Terugkeerarrangementen", "60", "60", "70", "70"],
        ["Bureau en organisatie", "1.290", "1.310", "1.330", "1.350"],
        ["Resultaat", "85", "-40", "-125", "-190"],
    ]),
    ("p", "8.3 Reserves. De reserve bedraagt € 1,3 miljoen. Het bestuur heeft besloten de reserve af te bouwen "
          "tot het niveau van het benodigde weerstandsvermogen (ongeveer € 700.000)."),
    ("h1", "9 Ouders"),
    ("p", "9.1 Informatie. Het samenwerkingsverband informeert ouders via de website, waar per voorziening "
          "staat wat de voorziening biedt en hoe een aanvraag loopt, en via een digitale nieuwsbrief voor "
          "ouders die drie keer per jaar verschijnt. Iedere school geeft ouders bij de aanmelding de "
          "ouderfolder van het samenwerkingsverband mee. De ondersteuning op de school zelf staat in de "
          "schoolgids."),
    ("p", "9.2 Onafhankelijke hulp. Ouders die er met de school niet uitkomen, kunnen terecht bij het Ouder- en "
          "Jeugdsteunpunt Heuvelrand, waar onafhankelijke ouderadviseurs met hen meedenken en meegaan naar "
          "gesprekken. Ook kunnen zij gebruikmaken van de Onderwijsconsulenten en van de klachtenregeling van "
          "het samenwerkingsverband."),
    ("p", "9.3 Ouders als partner. Ouders nemen deel aan het OT en worden gehoord bij iedere aanvraag. In de "
          "OPR zijn vier ouders vertegenwoordigd."),
    ("h1", "10 Kwaliteitszorg en resultaten"),
    ("p", "10.1 Beoogde resultaten. In het schooljaar 2025-2026 voeren wij een nulmeting uit. De beoogde "
          "resultaten voor deze planperiode worden daarna vastgesteld en volgen in het jaarplan."),
    ("p", "10.2 Monitoring. Het samenwerkingsverband volgt jaarlijks een vaste set kengetallen: het "
          "deelnamepercentage sbo en so (peildatum 1 oktober), het aantal TLV's en arrangementen, de "
          "doorlooptijd van aanvragen, het aantal terugplaatsingen, het aantal thuiszitters en vrijstellingen "
          "en de tevredenheid van ouders en scholen. De gegevens komen uit de registratie van het Team "
          "Toewijzing, DUO en de leerplichtadministratie. De directeur-bestuurder rapporteert ieder half jaar "
          "in een kwaliteitsrapportage aan de raad van toezicht, het bestuurlijk overleg en de OPR. Het "
          "jaarverslag beschrijft de bereikte resultaten en de kosten per voorziening. Eens in de twee jaar "
          "evalueren we de bovenschoolse voorzieningen met een externe evaluatie."),
    ("h1", "11 Samenwerking met gemeenten en jeugdhulp"),
    ("p", "Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de drie gemeenten. Het "
          "OOGO over dit plan vond plaats op 11 maart 2025. Speerpunten zijn: jeugdhulp in en om de school, "
          "de Zorgklas als gezamenlijk onderwijs-zorgarrangement, leerlingenvervoer, en de aanpak van "
          "thuiszitten samen met leerplicht. De sociale teams hebben op iedere school een vaste contactpersoon."),
    ("p", "Het samenwerkingsverband en de gemeenten hebben in 2024 een gezamenlijke agenda vastgesteld voor "
          "de periode tot 2028. Daarin staan afspraken over de inzet van schoolmaatschappelijk werk, de "
          "financiering van de Zorgklas, het delen van signalen tussen school en sociaal team en een "
          "gezamenlijke werkwijze bij vermoedens van huiselijk geweld. Twee keer per jaar is er een "
          "bestuurlijk overleg tussen de wethouders en de directeur-bestuurder. Daarnaast overleggen de "
          "beleidsmedewerkers van gemeenten en samenwerkingsverband iedere maand."),
    ("h1", "12 Medezeggenschap en governance"),
    ("p", "De ondersteuningsplanraad (OPR) bestaat uit acht leden, vier ouders en vier personeelsleden. De "
          "leden worden voor drie jaar gekozen door de medezeggenschapsraden van de scholen. De OPR vergadert "
          "vijf keer per jaar en heeft een eigen reglement en een ambtelijk secretaris. De OPR "
          "heeft op 25 maart 2025 ingestemd met dit ondersteuningsplan. Het samenwerkingsverband volgt de Code "
          "Goed Bestuur. De raad van toezicht keurt de begroting en het jaarverslag goed."),
    ("h1", "13 Personeel"),
    ("p", "De medewerkers van het samenwerkingsverband werken vanuit het bureau in Heuvelrand. Het "
          "samenwerkingsverband organiseert netwerken voor IB'ers en directeuren en een jaarlijkse "
          "studiedag over passend onderwijs. Ambulant begeleiders volgen een scholingstraject over "
          "coaching in de klas."),
    ("p", "Het samenwerkingsverband is een lerende organisatie. Medewerkers hebben ieder jaar een "
          "ontwikkelgesprek en maken een persoonlijk ontwikkelplan. De orthopedagogen zijn BIG- of "
          "NVO-geregistreerd en nemen deel aan intervisie. Voor leraren organiseert het samenwerkingsverband "
          "samen met de besturen een scholingsaanbod over gedrag, taalontwikkeling en het werken met "
          "verschillen. Nieuwe intern begeleiders krijgen in hun eerste jaar een coach van het "
          "samenwerkingsverband."),
    ("p", "Het lerarentekort raakt ook onze regio. Op een aantal scholen staan onbevoegden voor de klas of "
          "worden groepen samengevoegd. Het samenwerkingsverband ondersteunt deze scholen met extra inzet van "
          "ambulant begeleiders en met coaching van startende leraren. Samen met de besturen onderzoeken we "
          "of zij-instromers een verkort traject kunnen volgen over passend onderwijs."),
    ("h1", "14 Privacy"),
    ("p", "Het samenwerkingsverband verwerkt persoonsgegevens om arrangementen toe te kennen en over "
          "toelaatbaarheid te beslissen. Alleen medewerkers die de gegevens nodig hebben voor hun taak, hebben "
          "toegang tot het digitale dossier. Gegevens over gezondheid worden tot drie jaar na het besluit "
          "bewaard en daarna vernietigd. Ouders kunnen hun gegevens inzien en laten corrigeren. Het "
          "privacyreglement is op 14 januari 2025 vastgesteld na instemming van de OPR."),
    ("h1", "15 Totstandkoming en planning"),
    ("p", "Werkgroep ondersteuningsplan: september-december 2024. Overleg met het samenwerkingsverband VO: 4 "
          "maart 2025. OOGO: 11 maart 2025. Instemming OPR: 25 maart 2025. Vaststelling bestuur: 3 april 2025. "
          "Toezending aan de inspectie: voor 1 mei 2025. Looptijd: 1 augustus 2025 tot en met 31 juli 2029."),
    ("pb",),
    ("h1", "Bijlage 1 Stappenplan terugplaatsing"),
    ("ul", [
        "Stap 1 - Jaarlijks bij de evaluatie van het OPP (uiterlijk in maart) bespreekt de sbo- of so-school "
        "met ouders of terugkeer naar het basisonderwijs mogelijk is.",
        "Stap 2 - Is terugkeer mogelijk, dan meldt de sbo- of so-school dit voor 1 april bij het Team "
        "Toewijzing. Het initiatief kan ook van ouders komen.",
        "Stap 3 - Het Team Toewijzing zoekt samen met ouders een basisschool en organiseert een "
        "overdrachtsgesprek met de ontvangende school.",
        "Stap 4 - Het Team Toewijzing besluit binnen drie weken over het terugkeerarrangement.",
        "Stap 5 - De leerling start na de zomervakantie of, bij een TLV die mid-jaar afloopt, na een "
        "proefperiode van zes weken.",
        "Stap 6 - Na drie en na zes maanden evalueren de ontvangende school, de ambulant begeleider en ouders "
        "de terugplaatsing. Bij het aflopen van de TLV zonder terugkeer vraagt de school tijdig een nieuwe "
        "TLV aan.",
    ]),
    ("h1", "Bijlage 2 Begrippenlijst"),
    ("ul", [
        "Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school biedt.",
        "Beoogde resultaten: de doelen die het samenwerkingsverband wil bereiken.",
        "Criteria toelaatbaarheid: de voorwaarden waaronder een leerling een TLV krijgt.",
        "OT: ondersteuningsteam.",
        "OJSP: ouder- en jeugdsteunpunt.",
        "TLV: toelaatbaarheidsverklaring.",
    ]),
]

LABEL = {
    "documents": [NAME + ".docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 4 defines the common minimum level for all 38 scholen, but the concrete voorzieningen 'worden in 2025-2026 uitgewerkt' and are left to the SOPs; the IB'er/OT route in 5.2 is not framed as a basisondersteuning standard.",
        "plaatsing": "6.1 procedure (request, dossier, two deskundigen, CvT, 6 weeks, category); 6.2 criteria only deferred ('wordt in 2025 uitgewerkt en volgt').",
        "terugstroom": "Ch. 7 policy (yearly check, conditions, terugkeerarrangement); procedure in Bijlage 1 Stappenplan, which is included at the end.",
        "financien": "8.1 verdeelmodel (EUR 150 per leerling, Team Toewijzing, per plaats); 8.2 spending and 2025-2028 begroting table.",
        "dekkend-aanbod": "5.1 continuum with named bovenschoolse voorzieningen; 5.3 zorgplicht escalation, monthly thuiszittersoverleg, yearly gap analysis.",
        "resultaten": "10.1 beoogde resultaten deferred until after a nulmeting; 10.2 describes indicators, sources, half-yearly reporting and jaarverslag.",
        "ouders": "9.1 website, nieuwsbrief, ouderfolder; 9.2 OJSP, Onderwijsconsulenten, klachtenregeling.",
    },
}
