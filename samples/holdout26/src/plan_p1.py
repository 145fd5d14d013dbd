"""Plan 1: PO, Lingegouw (docx). Strong plan with two weak spots (TLV criteria, monitoring)."""
import filler as F

P = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Lingegouw", kortenaam="SWV Lingegouw",
    code="PO 29-11", sector="po", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
    regio="de Lingestreek", plaats="Geldermalsen", gemeenten_tekst="West Betuwe, Culemborg, Buren en Tiel",
    gebied="kleine kernen, twee middelgrote steden en uitgestrekt agrarisch gebied",
    n_besturen=11, n_leerlingen="14.200", n_scholen=68, fte="14,6",
    datum_vaststelling="26 maart 2025", oogo_datum="3 februari 2025", opr_datum="11 maart 2025",
    overlap_swv="het samenwerkingsverband VO Rivierenland", bestuurder="drs. M.A. (Marieke) van Doorn",
    wetsartikel="artikel 18a Wet op het primair onderwijs",
    planning_rijen=[["2025-2026", "Invoering nieuwe kaart basisondersteuning; start tweede observatiegroep"],
                    ["2026-2027", "Evaluatie verdeelmodel; herziening loketprocedure"],
                    ["2027-2028", "Uitbreiding onderwijs-zorgarrangementen in Tiel en Buren"],
                    ["2028-2029", "Evaluatie planperiode en voorbereiding nieuw ondersteuningsplan"]],
)

BLOCKS = (
    F.voorwoord(P) + F.inleiding(P) +
    F.context(P, [["Soort onderwijs", "Scholen/vestigingen", "Leerlingen"],
                  ["Basisonderwijs", "62", "13.150"], ["Speciaal basisonderwijs", "3", "540"],
                  ["Speciaal onderwijs (cluster 3 en 4)", "3 locaties", "510"]]) +
    F.visie(P) + F.landelijk(P) + F.dienstverlening(P) + [
        ("h1", "Basisondersteuning"),
        ("h2", "Wat is basisondersteuning in Lingegouw?"),
        ("p", "Basisondersteuning is de ondersteuning die iedere basisschool in ons samenwerkingsverband "
              "biedt, op elke vestiging, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig "
              "is. De besturen hebben dit niveau samen afgesproken; het is een ondergrens. Geen school mag "
              "eronder zitten en scholen mogen meer bieden. Wat een school daarbovenop biedt, beschrijft zij "
              "in haar schoolondersteuningsprofiel en in de schoolgids."),
        ("p", "De afspraken zijn in 2024 herijkt in werkgroepen met intern begeleiders en directeuren. Daarbij "
              "is rekening gehouden met het advies over een landelijke norm. Zodra die norm wettelijk is "
              "vastgelegd, passen wij onze afspraken daarop aan."),
        ("h2", "Wat mag u van elke school verwachten?"),
        ("p", "Elke school in Lingegouw biedt in elk geval het volgende:"),
        ("bullets", [
            "een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een vast overleg met de leerkrachten over de ontwikkeling van iedere groep;",
            "handelingsgericht werken: groepsbesprekingen drie keer per jaar en leerlingbesprekingen wanneer de ontwikkeling stagneert;",
            "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief vroegtijdige signalering in groep 2 en 3;",
            "een aanbod voor leerlingen die meer uitdaging nodig hebben, in de eigen groep en waar nodig in een plusgroep;",
            "een methode of aanpak voor sociale veiligheid en een anti-pestcoördinator;",
            "een ondersteuningsteam waarin de school, ouders, de consulent van het samenwerkingsverband en zo nodig het lokale team meedenken;",
            "afspraken over medisch handelen en over het toedienen van medicijnen;",
            "een warme overdracht bij de overstap naar een andere school en naar het voortgezet onderwijs."]),
        ("h2", "Hoe we de basisondersteuning borgen"),
        ("p", "De consulent bespreekt jaarlijks met iedere school de kaart basisondersteuning. Scholen scoren "
              "zichzelf en de consulent toetst dit in een gesprek. Blijkt een school op onderdelen onder het "
              "afgesproken niveau te zitten, dan maakt het bestuur binnen drie maanden een verbeterplan, dat in "
              "het algemeen bestuur wordt besproken."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Wanneer de basisondersteuning voor een leerling niet toereikend is, kan de school extra "
              "ondersteuning inzetten. Wij onderscheiden vier niveaus, die samen het ondersteuningscontinuüm "
              "van Lingegouw vormen."),
        ("table", [["Niveau", "Wat", "Wie regelt het"],
                   ["1. Basisondersteuning", "Zie hoofdstuk 4, op iedere school", "School"],
                   ["2. Extra ondersteuning op school", "Arrangement op de eigen school, bijvoorbeeld extra begeleiding door een specialist of een onderwijsassistent", "School, met schoolbudget"],
                   ["3. Bovenschoolse arrangementen", "Observatiegroep De Brug (Tiel), taalklas voor nieuwkomers (Culemborg), voltijds HB-groep (Geldermalsen), ambulante begeleiding gedrag", "Samenwerkingsverband, via het loket"],
                   ["4. Speciaal (basis)onderwijs", "Drie sbo-scholen en drie so-locaties cluster 3 en 4", "Samenwerkingsverband (TLV)"]]),
        ("p", "Een arrangement op niveau 3 vraagt de school aan bij het loket van het samenwerkingsverband. "
              "Een consulent bespreekt de vraag met de school en de ouders in het ondersteuningsteam. Het "
              "loket beslist binnen vier weken. Arrangementen hebben een looptijd van maximaal een schooljaar "
              "en worden halverwege geëvalueerd."),
        ("h1", "Toelaatbaarheid en plaatsing in sbo en so"),
        ("h2", "De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
              "wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven. Bij "
              "leerlingen die nog niet op een school staan ingeschreven, vraagt de school van aanmelding aan. De "
              "aanvraag bevat het ontwikkelingsperspectiefplan, het verslag van het ondersteuningsteam en de "
              "zienswijze van de ouders."),
        ("h2", "Beoordeling en besluit"),
        ("p", "De Commissie Toelaatbaarheid van het samenwerkingsverband beoordeelt de aanvraag. Voor iedere "
              "aanvraag brengen twee deskundigen een eigen, schriftelijk advies uit: een orthopedagoog of "
              "psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een maatschappelijk "
              "werker, een kinderpsychiater of een arts. De deskundigen zijn niet betrokken geweest bij de "
              "aanvraag. De directeur-bestuurder neemt namens het samenwerkingsverband het besluit binnen zes "
              "weken na ontvangst van de volledige aanvraag. Ouders ontvangen een afschrift van de adviezen."),
        ("p", "Bij de beoordeling hanteert de commissie de criteria uit het Afwegingskader Toelaatbaarheid. "
              "Dit afwegingskader is door het algemeen bestuur vastgesteld en staat op onze website."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren. Een TLV voor het so wordt afgegeven "
              "voor één tot drie schooljaren, in de bekostigingscategorie laag, midden of hoog. Bij leerlingen "
              "met een blijvende, ernstige beperking kan de TLV worden afgegeven tot het einde van de "
              "basisschoolperiode."),
        ("h2", "Na afloop van de TLV: terug naar een basisschool"),
        ("p", "Wij willen dat leerlingen die in het sbo of so ondersteuning hebben gekregen, waar het kan weer "
              "naar een basisschool dicht bij huis gaan. Een plaatsing in het speciaal (basis)onderwijs is voor "
              "ons geen eindstation. Voorwaarde is dat de basisschool kan bieden wat de leerling nodig heeft en "
              "dat de leerling en ouders de overstap aandurven."),
        ("p", "De sbo- of so-school bespreekt in het laatste jaar van de TLV, uiterlijk in januari, in het "
              "multidisciplinair overleg of terugplaatsing mogelijk is. Daarbij staat het "
              "ontwikkelingsperspectief centraal. Is terugplaatsing haalbaar, dan zoekt de school samen met de "
              "ouders en de consulent een basisschool. De consulent organiseert een overdrachtsgesprek en "
              "eventueel een proefplaatsing van zes weken. Is verlenging nodig, dan vraagt de school een nieuwe "
              "TLV aan volgens de gewone procedure; het besluit ligt bij de directeur-bestuurder."),
        ("p", "De ontvangende basisschool kan voor de eerste twee jaar een terugplaatsingsarrangement "
              "aanvragen, bestaande uit ambulante begeleiding vanuit de sbo- of so-school en een budget van "
              "maximaal € 4.000 per schooljaar voor extra handen in de klas."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
              "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."),
        ("h1", "Een dekkend netwerk"),
        ("p", "Een dekkend aanbod betekent voor ons dat er voor iedere leerling in de regio een passende plek "
              "is, zonder wachttijd. Wij brengen twee keer per jaar, in oktober en maart, in kaart welke "
              "leerlingen geen passend aanbod hebben: thuiszitters, leerlingen op een wachtlijst voor het so en "
              "leerlingen met een (gedeeltelijke) vrijstelling. Dat doen wij samen met de leerplichtambtenaren."),
        ("p", "Voor iedere thuiszitter wordt binnen twee weken een casusregisseur aangewezen. Lukt het niet om "
              "binnen drie maanden een passend aanbod te realiseren, dan bespreekt de directeur-bestuurder de "
              "casus aan de regionale thuiszitterstafel, waar schoolbesturen, gemeente en jeugdhulp "
              "doorzettingsmacht hebben afgesproken. Witte vlekken die in de analyse naar voren komen, "
              "bijvoorbeeld het ontbreken van een aanbod voor jonge kinderen met ernstige gedragsproblemen in "
              "Buren, leiden tot een voorstel aan het algemeen bestuur voor een nieuwe voorziening."),
    ] +
    F.gemeenten(P) + [
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via de nieuwsbrief, het IB-netwerk en de consulenten."),
        ("p", "Voor ouders hebben wij een eigen oudersite binnen onze website, waarop in begrijpelijke taal "
              "staat welke ondersteuning iedere school biedt, welke arrangementen er zijn en hoe ouders die "
              "kunnen aanvragen. Elke school verwijst in haar schoolgids naar deze pagina's en neemt haar "
              "schoolondersteuningsprofiel op. Twee keer per jaar organiseren wij een informatieavond voor "
              "ouders van kinderen die extra ondersteuning krijgen. De folder 'Passend onderwijs in Lingegouw' "
              "is beschikbaar in het Nederlands, Engels, Arabisch en Pools."),
        ("p", "Ouders die er met de school niet uitkomen of onafhankelijk advies willen, kunnen terecht bij "
              "het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt werkt onafhankelijk van scholen en "
              "samenwerkingsverband, is telefonisch en via de app bereikbaar en kan een onafhankelijke "
              "begeleider meesturen naar gesprekken. Daarnaast kunnen ouders gebruikmaken van de "
              "Onderwijsconsulenten en van de klachtenregeling van het samenwerkingsverband."),
        ("h1", "Geld en middelen"),
        ("h2", "Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Van het budget voor zware ondersteuning gaat een groot deel rechtstreeks via DUO naar het speciaal "
              "onderwijs (afdrachten). Voor de groei van het sbo boven 2% van het leerlingenaantal betaalt het "
              "samenwerkingsverband de overdracht aan de sbo-scholen op basis van de teldatum 1 oktober; de "
              "peildatum voor de groeiregeling so is 1 februari."),
        ("h2", "Verdeling"),
        ("p", "Wij hanteren een schoolmodel. Ieder schoolbestuur ontvangt een schoolbudget van € 145 per "
              "leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.500 per "
              "vestiging. Het bestuur zet dit budget in voor extra ondersteuning op niveau 2. De bovenschoolse "
              "arrangementen op niveau 3 worden door het samenwerkingsverband zelf bekostigd en toegekend via "
              "het loket. Besturen leggen in hun jaarverslag per school verantwoording af over de besteding "
              "van het schoolbudget."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbekostiging", "12.840", "12.610", "12.420", "12.300"],
                   ["Afdrachten so via DUO", "-4.980", "-4.950", "-4.930", "-4.900"],
                   ["Overdracht sbo (groei boven 2%)", "-1.310", "-1.290", "-1.270", "-1.250"],
                   ["Schoolbudgetten besturen", "-2.500", "-2.470", "-2.440", "-2.410"],
                   ["Bovenschoolse arrangementen", "-2.210", "-2.180", "-2.150", "-2.150"],
                   ["Personeel en bureau", "-1.460", "-1.480", "-1.500", "-1.520"],
                   ["Resultaat", "-1.620", "-1.760", "-1.870", "-1.930"]]),
        ("p", "Het negatieve resultaat is bewust: de algemene reserve was eind 2024 € 7,9 miljoen en ligt "
              "daarmee boven de signaleringswaarde. Wij bouwen deze reserve in de planperiode af tot het niveau "
              "van de signaleringswaarde."),
        ("h1", "Ambities 2025-2029"),
        ("p", "Voor deze planperiode hebben wij met de besturen de volgende beoogde resultaten vastgesteld:"),
        ("table", [["Ambitie", "Beoogd resultaat in 2029"],
                   ["Thuisnabij onderwijs", "Het deelnamepercentage so daalt van 2,1% naar 1,8%"],
                   ["Geen thuiszitters", "Geen leerling zit langer dan drie maanden thuis zonder passend aanbod"],
                   ["Basisondersteuning op orde", "Alle scholen voldoen aan de kaart basisondersteuning"],
                   ["Terugplaatsing", "Jaarlijks keren ten minste 15 leerlingen uit sbo en so terug naar een basisschool"],
                   ["Tevredenheid", "Ouders waarderen de ondersteuning van hun kind gemiddeld met minimaal een 7"]]),
        ("p", "Hoe wij de voortgang op deze ambities meten en erover rapporteren, werken wij in het eerste "
              "planjaar uit in een monitoringsplan, samen met de besturen."),
    ] +
    F.governance(P) + F.bedrijfsvoering(P) + F.opr(P) + F.personeel(P) + F.kennis(P) + F.communicatie_scholen(P) + F.ict_privacy(P) + F.planning(P, met_monitoring=False) +
    F.begrippen([["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                 ["Resultaten", "Beoogde en bereikte resultaten van het samenwerkingsverband"],
                 ["Sbo", "Speciaal basisonderwijs"], ["So", "Speciaal onderwijs"]])
)

SPEC = dict(
    name="po-lingegouw-ondersteuningsplan", formats=["docx"], blocks=BLOCKS,
    header="Ondersteuningsplan 2025-2029 | SWV Lingegouw PO 29-11",
    footer="SWV Passend Primair Onderwijs Lingegouw - vastgesteld 26 maart 2025",
    title_page=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Passend Primair Onderwijs Lingegouw (PO 29-11)",
                "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financiën - Resultaten - Ouders",
                "Vastgesteld door het algemeen bestuur op 26 maart 2025"],
    label=dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": [], "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"plaatsing": "Ch. 'Toelaatbaarheid en plaatsing': procedure, deskundigen, duur, bezwaar given; criteria only by reference to an 'Afwegingskader' on the website.",
               "terugstroom": "Addressed inside the TLV chapter (sub-section 'Na afloop van de TLV'): policy, steps in last TLV year, terugplaatsingsarrangement.",
               "financien": "Under heading 'Geld en middelen': schoolmodel EUR 145/leerling + vaste voet, meerjarenbegroting table.",
               "resultaten": "'Ambities 2025-2029' table gives measurable targets; monitoring deferred to a monitoringsplan 'in het eerste planjaar'.",
               "ouders": "Only under 'Communicatie': oudersite/schoolgids/folder and the Ouder- en Jeugdsteunpunt Rivierenland.",
               "basisondersteuning": "Ch. 'Basisondersteuning': minimum for every vestiging plus concrete bullet list and borging via kaart."}),
)
