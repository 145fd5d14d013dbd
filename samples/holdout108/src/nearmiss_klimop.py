"""Near miss: a single basisschool's own 'ondersteuningsplan' (school-level zorgplan), .docx."""

HEADER = "OBS De Klimop - Ondersteuningsplan school 2025-2026"


def blocks():
    b = [
        ("title", "Ondersteuningsplan 2025-2026"),
        ("sub", "Openbare basisschool De Klimop, Dijkhuizen - onderdeel van Stichting Openbaar Onderwijs Dijkstreek - "
                "aangesloten bij Samenwerkingsverband Passend Onderwijs Kop van de Dijk PO"),
        ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Klimop",
                 "4 De ondersteuningsstructuur: vier niveaus", "5 Groepsbesprekingen en leerlingbesprekingen",
                 "6 Extra ondersteuning en arrangementen", "7 Aanvraag TLV en plaatsing sbo",
                 "8 Ouders", "9 Middelen en formatie", "10 Resultaten en evaluatie", "11 Jaarplanning zorg"]),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe de ondersteuning aan leerlingen op OBS De Klimop is "
              "georganiseerd in het schooljaar 2025-2026. Het plan is bedoeld voor het team, voor nieuwe collega's "
              "en voor de medezeggenschapsraad. Het sluit aan op het schoolondersteuningsprofiel (SOP) van onze "
              "school en op het ondersteuningsplan van het samenwerkingsverband Kop van de Dijk. Dit plan wordt "
              "ieder jaar in juni geëvalueerd door de intern begeleider en de directeur en besproken met het team."),
        ("p", "De Klimop is een openbare basisschool met 214 leerlingen in negen groepen. De school heeft een "
              "intern begeleider voor drie dagen per week, een onderwijsassistent en een leesspecialist. Het team "
              "werkt sinds 2021 volgens de principes van handelingsgericht werken."),
        ("h1", "2 Onze leerlingen"),
        ("p", "De leerlingpopulatie is de afgelopen jaren veranderd. Ongeveer een kwart van de leerlingen groeit "
              "meertalig op. In groep 3 tot en met 5 zitten relatief veel leerlingen met een leesachterstand. In "
              "de bovenbouw zien wij meer vragen rond werkhouding, concentratie en welbevinden. Vijf leerlingen "
              "werken met een ontwikkelingsperspectief op een eigen leerlijn voor rekenen."),
        ("h1", "3 Basisondersteuning op De Klimop"),
        ("p", "Onze basisondersteuning voldoet aan de afspraken van het samenwerkingsverband. Concreet betekent dit "
              "dat wij werken met een dyslexieprotocol, een aanbod voor meer- en hoogbegaafde leerlingen in de vorm "
              "van een verrijkingsgroep op dinsdagmiddag, de methode Kwink voor sociaal-emotionele ontwikkeling, "
              "een pestprotocol, een protocol medisch handelen en een ondersteuningsteam dat vier keer per jaar "
              "bijeenkomt met de schoolmaatschappelijk werker en de orthopedagoog van het samenwerkingsverband."),
        ("h1", "4 De ondersteuningsstructuur: vier niveaus"),
        ("bullets", ["Niveau 1: goed lesgeven in de groep; de leerkracht differentieert in drie instructieniveaus.",
                     "Niveau 2: extra begeleiding in de groep door de leerkracht, vastgelegd in het groepsoverzicht.",
                     "Niveau 3: specifieke ondersteuning na overleg met de intern begeleider; ouders worden "
                     "geïnformeerd en ondertekenen het handelingsplan.",
                     "Niveau 4: ondersteuning met inzet van externe deskundigen of een arrangement van het "
                     "samenwerkingsverband, besproken in het ondersteuningsteam."]),
        ("h1", "5 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met "
              "iedere leerkracht een groepsbespreking. Daarin worden de toetsresultaten geanalyseerd, de "
              "groepsoverzichten bijgesteld en leerlingen met een bijzondere vraag besproken. Leerlingen over wie "
              "de leerkracht zich zorgen maakt, worden aangemeld voor een leerlingbespreking. De afspraken worden "
              "vastgelegd in het leerlingvolgsysteem. Twee keer per jaar vindt een trendanalyse plaats die met het "
              "team wordt besproken."),
        ("p", "Bij de overdracht naar een nieuwe groep vindt in juni een overdrachtsgesprek plaats tussen de "
              "leerkrachten. Voor leerlingen met een OPP is de intern begeleider daarbij aanwezig."),
        ("h1", "6 Extra ondersteuning en arrangementen"),
        ("p", "Als de ondersteuning op niveau 3 onvoldoende effect heeft, bespreekt de intern begeleider de leerling in "
              "het ondersteuningsteam. Het ondersteuningsteam kan een arrangement aanvragen bij het bestuur, dat "
              "daarvoor een budget van het samenwerkingsverband ontvangt. In 2024-2025 had De Klimop drie "
              "arrangementen: twee voor gedragsbegeleiding en één voor een leerling met een fysieke beperking."),
        ("h1", "7 Aanvraag TLV en plaatsing sbo"),
        ("p", "Blijkt dat een leerling meer nodig heeft dan wij kunnen bieden, dan kan het bestuur een "
              "toelaatbaarheidsverklaring aanvragen bij de TLV-commissie van het samenwerkingsverband. De intern "
              "begeleider stelt het dossier samen en bespreekt dit vooraf met de ouders. De procedure, de termijnen "
              "en de criteria zijn die van het samenwerkingsverband; wij volgen de notitie 'Toelaatbaarheid Kop van "
              "de Dijk'. In 2024-2025 is voor één leerling een TLV sbo aangevraagd en toegekend."),
        ("p", "Leerlingen die vanuit het sbo terugkomen naar De Klimop, worden het eerste half jaar begeleid door "
              "een leerkracht van sbo De Sprong. De intern begeleider maakt bij de start een plan met de ouders."),
        ("h1", "8 Ouders"),
        ("p", "Ouders zijn partners in de ontwikkeling van hun kind. Wij informeren ouders drie keer per jaar in een "
              "tienminutengesprek en vaker als dat nodig is. Ouders worden altijd betrokken bij de inzet van "
              "ondersteuning op niveau 3 en 4. Informatie over passend onderwijs staat in de schoolgids en op de "
              "website van het samenwerkingsverband. Heeft u een klacht, dan kunt u terecht bij de "
              "vertrouwenspersoon van de school of bij de klachtencommissie van het bestuur."),
        ("h1", "9 Middelen en formatie"),
        ("p", "De school ontvangt van het bestuur een ondersteuningsbudget van € 31.500 voor 2025-2026. Dit bedrag wordt "
              "als volgt besteed: 0,4 fte onderwijsassistent (€ 19.000), de leesspecialist voor 4 uur per week "
              "(€ 8.500) en scholing van het team in het omgaan met gedrag (€ 4.000)."),
        ("h1", "10 Resultaten en evaluatie"),
        ("p", "Doelen voor 2025-2026: 80% van de leerlingen in groep 4 leest op AVI-niveau E4 of hoger; het aantal "
              "leerlingen met een leesachterstand in groep 5 daalt van 9 naar 6; alle leerlingen met een OPP "
              "halen ten minste 80% van hun tussendoelen. De intern begeleider rapporteert in juni aan het team en de "
              "medezeggenschapsraad."),
        ("h1", "11 Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders; groepsoverzichten opstellen"],
                   ["Oktober", "Toetsen en groepsbespreking 1"], ["November", "Ondersteuningsteam 1"],
                   ["Februari", "Toetsen en groepsbespreking 2; ondersteuningsteam 2"],
                   ["April", "Ondersteuningsteam 3; voorbereiding overstap groep 8"],
                   ["Juni", "Toetsen en groepsbespreking 3; evaluatie ondersteuningsplan; ondersteuningsteam 4"]]),
    ]
    return b


LABEL = dict(
    documents=["po-klimop-school-ondersteuningsplan.docx"], sector="po", looks_like_plan=False,
    elements={}, criteria={}, advisory_addressed={},
    notes={"document": "A single basisschool's own yearly ondersteuningsplan (zorgstructuur, groepsbesprekingen, "
                       "school budget); it only refers to the samenwerkingsverband's plan and procedures. "
                       "No SWV-level content, no OPR/OOGO, no planperiode of a verband."},
)
