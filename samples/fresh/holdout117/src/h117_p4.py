# ---------------------------------------------------------------- plan 4: Utrecht VO (docx)
def plan4():
    N = "Samenwerkingsverband VO Utrecht Stad en Vecht"
    T = "Ondersteuningsplan 2025-2029 SWV VO Utrecht Stad en Vecht"
    B = [("title", T),
         ("p", "Samenwerkingsverband voortgezet onderwijs Utrecht Stad en Vecht (VO 26-94)"),
         ("p", "Gemeenten Utrecht en Stichtse Vecht - ondersteuningsplan op hoofdlijnen, planperiode 2025-2029"),
         ("pagebreak", None),
         ("toc", [("1 Samenvatting", 3), ("2 Context", 4), ("3 Koers en kernwaarden", 6), ("4 Basisondersteuning", 8),
                  ("5 Dekkend aanbod", 9), ("6 Toelaatbaarheid vso, lwoo en pro", 10), ("7 Doorlopende lijnen", 12),
                  ("7.1 Overstap po-vo", 12), ("7.2 De weg terug naar het reguliere vo", 13), ("7.3 Van vo naar mbo", 14),
                  ("8 Onderwijs en jeugdhulp in de buurt", 15), ("9 Opbrengsten van passend onderwijs", 17), ("10 Financiën", 20),
                  ("11 Ouders en leerlingen", 23), ("12 Governance en medezeggenschap", 24), ("13 Personeel", 26), ("14 Privacy en ICT", 27),
                  ("Afkortingen en begrippen", 28)]),
         ("h1", "1 Samenvatting"),
         ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de 34 vo-scholen in Utrecht en Stichtse Vecht samen "
               "zorgen voor passend onderwijs. Het is bewust een compact plan: veel uitwerking vindt plaats in jaarplannen en in "
               "afspraken tussen scholen. Het plan richt zich op vier thema's: de weg terug uit het vso, de samenwerking met de "
               "buurtteams, meetbare opbrengsten en een toekomstbestendige begroting."),
         ("p", "De afgelopen planperiode stond in het teken van groei. Door de bouw van nieuwe wijken in Leidsche Rijn en Rijnenburg "
               "nam het aantal leerlingen toe, en er kwamen twee nieuwe scholen bij. Tegelijk zagen we dat de vraag naar "
               "ondersteuning complexer wordt, met meer leerlingen die kampen met angst, somberheid en schoolverzuim. Dit plan "
               "moet ons helpen om in die dynamiek koers te houden."),
         ("h1", "2 Context"),
         ("p", "Het verband omvat 34 scholen voor voortgezet onderwijs van 14 besturen, waaronder 4 scholen voor "
               "praktijkonderwijs, en 7 vso-scholen in de regio. Op 1 oktober 2024 telde het verband 31.450 leerlingen in het "
               "regulier vo. De stad Utrecht kent tien wijken, van Overvecht en Kanaleneiland tot Leidsche Rijn en Vleuten-De "
               "Meern. In elke wijk werken buurtteams Jeugd en Gezin, die voor ouders en jongeren het eerste aanspreekpunt zijn "
               "voor vragen over opvoeden en opgroeien. In Stichtse Vecht werken de gemeentelijke jeugdteams."),
         ("table", [["Kengetal", "2022", "2023", "2024"], ["Leerlingen regulier vo", "30.210", "30.880", "31.450"],
                    ["Leerlingen vso (woonachtig in regio)", "1.040", "1.065", "1.070"], ["Leerlingen pro", "1.190", "1.210", "1.230"],
                    ["Afgegeven TLV's vso", "212", "231", "226"]]),
         ("h1", "3 Koers en kernwaarden"),
         ("p", "Wij geloven dat iedere jongere het recht heeft om zich te ontwikkelen tot een zelfstandig en betrokken burger. "
               "Onze kernwaarden zijn: nabij, samen, eigenaarschap en eerlijkheid. Nabij betekent dat ondersteuning zo dicht "
               "mogelijk bij de leerling en zijn omgeving wordt georganiseerd. Samen betekent dat school, jeugdhulp en "
               "gemeente niet naast elkaar maar met elkaar werken. Eigenaarschap betekent dat de school waar de leerling "
               "staat ingeschreven verantwoordelijk blijft. Eerlijkheid betekent dat we transparant zijn over wat we bereiken "
               "en wat niet."),
         ("p", "Deze kernwaarden vormen het kompas bij alle keuzes in dit plan. Ze zijn tot stand gekomen in een reeks "
               "bijeenkomsten met schoolleiders, zorgcoördinatoren, jongeren uit de leerlingenraden en medewerkers van de "
               "buurtteams."),
         ("h1", "4 Basisondersteuning"),
         ("p", "De afspraken over de basisondersteuning in het verband worden in schooljaar 2025-2026 opnieuw vastgesteld in het "
               "regionale document 'Basis in Utrecht'. Dat document maakt geen deel uit van dit plan. In afwachting daarvan "
               "verwijzen wij naar de schoolgidsen van de afzonderlijke scholen."),
         ("h1", "5 Dekkend aanbod"),
         ("p", "Het overzicht van de arrangementen en voorzieningen binnen en tussen de scholen wordt in de loop van schooljaar "
               "2025-2026 opgesteld als 'Aanbodkaart VO Utrecht'. Ook een gezamenlijke aanpak voor thuiszitters en jongeren "
               "zonder passende plek werken we in 2026 samen met Leerplicht Utrecht en de gemeente Stichtse Vecht uit."),
         ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
         ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en wie beslist, leest u in de Routekaart toelaatbaarheid op "
               "de website van het verband. In dit plan leggen we de inhoudelijke criteria vast."),
         ("h2", "6.1 Criteria vso"),
         ("p", "Een leerling is toelaatbaar tot het vso als aan elk van de volgende voorwaarden is voldaan:"),
         ("bullets", ["de school heeft de ondersteuning binnen de eigen school gedurende ten minste twintig schoolweken ingezet en geëvalueerd in het OPP, tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt;",
                      "de leerling heeft op het gebied van leren, gedrag, communicatie of lichamelijke en medische zorg een ondersteuningsbehoefte die structureel de inzet van specialistische expertise en een kleine groep (maximaal twaalf leerlingen) vereist;",
                      "de verwachting is onderbouwd dat de leerling in het vso beter tot ontwikkeling komt en een uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding) kan realiseren dat in het regulier vo niet haalbaar is."]),
         ("p", "De TLV vso wordt afgegeven voor ten hoogste twee schooljaren. De bekostigingscategorie is laag, tenzij de "
               "ondersteuningsbehoefte aantoonbaar overeenkomt met de landelijke profielen voor midden (lichamelijk gehandicapt) "
               "of hoog (meervoudig gehandicapt)."),
         ("h2", "6.2 Criteria lwoo en pro"),
         ("p", "Het verband heeft niet gekozen voor eigen lwoo-criteria en volgt de landelijke criteria. Een leerling komt in "
               "aanmerking voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste twee "
               "domeinen, of bij een IQ tussen 91 en 120 met een dergelijke achterstand en sociaal-emotionele problematiek "
               "(faalangst, prestatiemotivatie of emotionele instabiliteit) die het leren belemmert. Voor praktijkonderwijs "
               "geldt een IQ tussen 55 en 80 en een leerachterstand van 50 procent of meer op ten minste twee domeinen."),
         ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken bij het bestuur van het "
               "verband. Het bestuur laat zich adviseren door de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         ("h1", "7 Doorlopende lijnen"),
         ("h2", "7.1 Overstap po-vo"),
         ("p", "De overstap van het basisonderwijs naar het vo verloopt in Utrecht via de Utrechtse POVO-afspraken, die samen "
               "met de samenwerkingsverbanden voor primair onderwijs zijn gemaakt. Basisscholen dragen leerlingen met een "
               "ondersteuningsbehoefte warm over; het vo neemt vóór 1 april contact op met de basisschool."),
         ("h2", "7.2 De weg terug naar het reguliere vo"),
         ("p", "Een TLV is bij ons een tijdelijk besluit. We vinden dat elke jongere in het vso de kans moet krijgen om terug te "
               "keren naar een reguliere school als dat past bij zijn ontwikkeling, en dat die terugkeer goed begeleid moet "
               "worden. Voorwaarden voor terugkeer zijn dat de doelen uit het OPP die tot de TLV leidden in voldoende mate zijn "
               "bereikt, dat de jongere en zijn ouders de overstap willen, en dat er een vo-school is die met een "
               "overgangsarrangement kan bieden wat nodig is. Na de overstap blijft de vso-school twaalf maanden betrokken."),
         ("p", "Zo gaat het in de praktijk. In januari van het laatste TLV-jaar bespreekt de commissie van begeleiding van de "
               "vso-school iedere leerling. Ziet de commissie perspectief op terugkeer, dan nodigt de vso-school vóór 1 maart de "
               "trajectbegeleider van het verband, de leerling en de ouders uit voor een overstapgesprek. De trajectbegeleider "
               "zoekt in overleg met de ouders een reguliere school en legt binnen vier weken een terugkeervoorstel voor aan de "
               "directeur van het verband, die over het overgangsarrangement besluit. De leerling start bij voorkeur na een "
               "vakantie; na drie en na negen maanden volgt een evaluatie met de ontvangende school. Ziet de commissie geen "
               "perspectief, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan; in die aanvraag moet staan waarom "
               "terugkeer nog niet mogelijk is."),
         ("h2", "7.3 Van vo naar mbo"),
         ("p", "Met de mbo-instellingen in de regio, waaronder het ROC Midden Nederland, zijn afspraken gemaakt over de warme "
               "overdracht van jongeren met een ondersteuningsbehoefte en over de entreeopleiding. Scholen voor praktijkonderwijs "
               "werken met de gemeente Utrecht samen in de aanpak naar werk."),
         ("h1", "8 Onderwijs en jeugdhulp in de buurt"),
         ("p", "In het OOGO met de gemeenten Utrecht en Stichtse Vecht zijn drie afspraken gemaakt. Ten eerste is aan iedere "
               "vo-school een vaste medewerker van het buurtteam Jeugd en Gezin verbonden, die op school spreekuur houdt en "
               "aanschuift bij het zorgadviesteam. Ten tweede financieren gemeente en verband samen de onderwijs-zorgarrangementen "
               "voor jongeren die naast onderwijs intensieve jeugdhulp nodig hebben; de gemeente betaalt de zorg, het verband het "
               "onderwijsdeel. Ten derde is er een vast aanspreekpunt bij de Raad voor de Kinderbescherming en bij "
               "Samen Veilig Midden-Nederland voor jongeren met een jeugdbeschermingsmaatregel."),
         ("p", "Het OOGO over dit plan vond plaats op 11 maart 2025. Punten van aandacht voor de komende jaren zijn het "
               "leerlingenvervoer naar vso-scholen buiten de regio en de huisvesting van de groeiende pro-scholen."),
         ("h1", "9 Opbrengsten van passend onderwijs"),
         ("h2", "9.1 Wat we willen bereiken"),
         ("table", [["Opbrengst", "Maat", "Stand 2023-2024", "Doel 2028-2029"],
                    ["Thuisnabij onderwijs", "Percentage leerlingen in vso (peildatum 1 oktober)", "3,4%", "3,1%"],
                    ["Terugkeer", "Aantal leerlingen dat per schooljaar terugkeert van vso naar regulier vo", "18", "30"],
                    ["Duurzame terugkeer", "Percentage teruggekeerde leerlingen dat na een jaar nog in het regulier vo zit", "72%", "85%"],
                    ["Snelle besluiten", "Doorlooptijd TLV-aanvraag", "gem. 6,5 week", "alle binnen 6 weken"],
                    ["Tevredenheid scholen", "Rapportcijfer in de tweejaarlijkse scholenpeiling", "6,8", "7,5"]]),
         ("h2", "9.2 Hoe we de opbrengsten volgen"),
         ("p", "Het verband verzamelt elk kwartaal de gegevens uit het dossiersysteem en jaarlijks de gegevens van DUO en de "
               "vso-scholen. De trajectbegeleiders houden per teruggekeerde leerling bij of die na zes en twaalf maanden nog op "
               "de reguliere school is. Eens per jaar, in de junivergadering, bespreekt het bestuur een opbrengstenrapportage waarin "
               "per doel de stand, de trend en de ingezette middelen staan. De rapportage wordt daarna aan de OPR voorgelegd en op "
               "de website gepubliceerd. Blijft een doel twee jaar achter, dan wordt het beleid bijgesteld in het jaarplan."),
         ("h1", "10 Financiën"),
         ("p", "Hoe de middelen voor lichte en zware ondersteuning over de besturen worden verdeeld, wordt in 2026 opnieuw "
               "bepaald: de huidige verdeelsleutel loopt af op 31 juli 2026 en een nieuwe is nog niet vastgesteld. Het bestuur "
               "wil daarover eerst met de scholen in gesprek."),
         ("p", "De meerjarenbegroting laat zien waaraan het verband de middelen de komende jaren besteedt:"),
         ("table", [["Besteding (x € 1.000)", "2025", "2026", "2027", "2028"],
                    ["Middelen naar schoolbesturen (lichte ondersteuning)", "9.850", "9.900", "9.950", "9.950"],
                    ["Onderwijsdeel onderwijs-zorgarrangementen", "1.420", "1.480", "1.520", "1.520"],
                    ["Overgangsarrangementen terugkeer vso-vo", "540", "620", "700", "780"],
                    ["Trajectbegeleiding en commissie", "1.310", "1.330", "1.350", "1.370"],
                    ["Bureau en bestuur", "880", "895", "905", "915"],
                    ["Totaal lasten", "14.000", "14.225", "14.425", "14.535"],
                    ["Totaal baten (na afdracht vso)", "13.650", "13.800", "13.950", "14.050"],
                    ["Saldo (ten laste van reserve)", "-350", "-425", "-475", "-485"]]),
         ("p", "De algemene reserve bedroeg eind 2024 € 5,8 miljoen. Met de geplande tekorten daalt zij naar circa € 4,1 miljoen "
               "eind 2028, ruim boven de risicobuffer van € 2,2 miljoen die het bestuur op basis van een risicoanalyse heeft "
               "vastgesteld."),
         ("h1", "11 Ouders en leerlingen"),
         ("p", "Hoe en via welke kanalen wij ouders en leerlingen over het ondersteuningsaanbod informeren, leggen we vast in een "
               "communicatieplan dat in 2026 verschijnt."),
         ("p", "Ouders en leerlingen die er met de school niet uitkomen of onafhankelijk advies willen, kunnen terecht bij het "
               "Ouder- en Jeugdsteunpunt Utrecht. Dat steunpunt is onafhankelijk van scholen en verband, luistert, geeft advies en "
               "kan meegaan naar gesprekken. Daarnaast kunnen zij gebruikmaken van de Onderwijsconsulenten en, bij een geschil "
               "over toelating, verwijdering of het OPP, van de Geschillencommissie passend onderwijs."),
         ("h1", "12 Governance en medezeggenschap"),
    ]
    B += governance(N, "14 besturen voor voortgezet onderwijs in Utrecht en Stichtse Vecht", "drs. H. (Hanneke) de Groot", "vijf")
    B += opr_procedure("1 april 2025", "11 maart 2025", "8 april 2025")
    B += [("h1", "13 Personeel")] + personeel("het verband", "21") + professionalisering()
    B += [("h1", "14 Privacy en ICT")] + ict_privacy("Het verband")
    B += [("h1", "Afkortingen en begrippen"),
          ("bullets", ["Basisondersteuning - het niveau van ondersteuning dat elke school in het verband biedt.",
                       "Dekkend aanbod - het geheel van voorzieningen waardoor iedere jongere een passende plek heeft.",
                       "lwoo - leerwegondersteunend onderwijs.", "OJSP - Ouder- en Jeugdsteunpunt.", "OPDC - orthopedagogisch-didactisch centrum.",
                       "pro - praktijkonderwijs.", "TLV - toelaatbaarheidsverklaring.", "vso - voortgezet speciaal onderwijs."])]
    labels = {
        "sector": "vo",
        "elements": {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present", "financien": "partial",
                     "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False, "plaatsing.procedure": False,
                     "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": True, "dekkend-aanbod.continuum": False,
                     "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": True},
        "advisory": {"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.4 only defers to the absent regional document 'Basis in Utrecht' and refers to schoolgidsen; TOC and begrippenlijst are traps.",
            "plaatsing": "Ch.6 opens by referring the procedure to a 'Routekaart' on the website; 6.1/6.2 give vso, lwoo and pro criteria, TLV duration/category and bezwaar via LBT.",
            "terugstroom": "7.2 'De weg terug naar het reguliere vo' under 'Doorlopende lijnen': policy with conditions and 12 months involvement, plus procedure with dates, actors and evaluations.",
            "financien": "Ch.10: verdeelsleutel explicitly not yet set (deferred to 2026); meerjarenbegroting by spending category 2025-2028 with amounts; reserves.",
            "dekkend-aanbod": "Ch.5 'Dekkend aanbod' defers both the Aanbodkaart and the thuiszittersaanpak to 2025-2026; only advisory ketenpartners addressed (ch.8 OOGO, buurtteams, OZA financing) -> partial.",
            "resultaten": "Ch.9 'Opbrengsten van passend onderwijs': goals table with stand and doel; 9.2 quarterly data, yearly opbrengstenrapportage to bestuur/OPR/website.",
            "ouders": "Ch.11: information channels deferred to a 2026 communicatieplan; OJSP Utrecht, Onderwijsconsulenten and GPO addressed; OPR composition with parents (betrokkenheid).",
        },
    }
    return "utr-vo-stadenvecht", T, "SWV VO Utrecht Stad en Vecht - Ondersteuningsplan op hoofdlijnen", B, labels
