"""Plan 2: PO, Zuiderkempen (docx + pdf). Content-only-in-table TLV criteria; several deferrals."""
import filler as F

P = dict(
    naam="Samenwerkingsverband Primair Passend Onderwijs Zuiderkempen", kortenaam="SWV Zuiderkempen",
    code="PO 31-04", sector="po", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
    regio="de Kempen", plaats="Eersel", gemeenten_tekst="Eersel, Bergeijk, Bladel, Reusel-De Mierden en Oirschot",
    gebied="dorpen met een sterk eigen karakter en enkele grotere kernen",
    n_besturen=7, n_leerlingen="9.800", n_scholen=47, fte="9,2",
    datum_vaststelling="9 april 2025", oogo_datum="20 januari 2025", opr_datum="25 maart 2025",
    overlap_swv="het samenwerkingsverband VO De Kempen", bestuurder="A.J. (Anton) Verhoeven MEd",
    wetsartikel="artikel 18a Wet op het primair onderwijs",
    planning_rijen=[["2025-2026", "Actualisatie kaart basisondersteuning; ouderpanel van start"],
                    ["2026-2027", "Afspraken over terugplaatsing met sbo en so; evaluatie verdeelmodel"],
                    ["2027-2028", "Tweede locatie observatiegroep"],
                    ["2028-2029", "Eindevaluatie en nieuw plan"]],
)

BLOCKS = (
    F.voorwoord(P) + F.inleiding(P) +
    F.context(P, [["Soort onderwijs", "Scholen/vestigingen", "Leerlingen"],
                  ["Basisonderwijs", "44", "9.230"], ["Speciaal basisonderwijs", "2", "330"],
                  ["Speciaal onderwijs", "1 (cluster 4, met nevenvestiging)", "240"]]) +
    F.visie(P) + F.landelijk(P) + F.dienstverlening(P) + [
        ("h1", "Terugblik op de planperiode 2021-2025"),
        ("p", "In de vorige planperiode stonden drie speerpunten centraal: versterken van de basis, "
              "thuisnabij onderwijs en minder bureaucratie. De belangrijkste uitkomsten zetten wij hieronder "
              "op een rij, gebaseerd op de jaarlijkse monitor."),
        ("table", [["Indicator", "Streefwaarde 2025", "Bereikt (1-10-2024)"],
                   ["Deelnamepercentage sbo", "2,0%", "2,3%"],
                   ["Deelnamepercentage so", "1,2%", "1,1%"],
                   ["Doorlooptijd aanvraag arrangement", "max. 4 weken", "gemiddeld 3,5 week"],
                   ["Thuiszitters langer dan 3 maanden", "0", "4"],
                   ["Tevredenheid scholen over loket", "7,5", "7,8"]]),
        ("p", "De daling van het so-percentage is bereikt; de sbo-deelname is gestegen, vooral door een "
              "toename van jonge leerlingen met gedragsvragen. Dat is een van de redenen om in deze periode "
              "een observatiegroep voor kleuters op te zetten."),
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in Zuiderkempen het niveau van ondersteuning dat alle scholen, op elke "
              "vestiging, minimaal bieden. Het is een gezamenlijke afspraak van de besturen en de ondergrens "
              "waaraan iedere school moet voldoen. Extra ondersteuning begint waar de basisondersteuning "
              "ophoudt."),
        ("p", "De concrete invulling van de basisondersteuning is beschreven in de Kaart Basisondersteuning "
              "Zuiderkempen (bijlage 1) en wordt per school toegelicht in het schoolondersteuningsprofiel. De "
              "kaart wordt in 2025-2026 geactualiseerd."),
        ("h1", "Het ondersteuningsaanbod"),
        ("p", "Ons ondersteuningsaanbod is opgebouwd als een trap. Op iedere treede is duidelijk wie "
              "verantwoordelijk is en hoe het aanbod wordt ingezet."),
        ("table", [["Treede", "Aanbod", "Toegang"],
                   ["Basis", "Basisondersteuning op alle scholen", "Direct, door de school"],
                   ["Extra op school", "Schoolarrangementen: extra begeleiding, aangepast programma, onderwijsassistentie", "School, uit schoolbudget"],
                   ["Bovenschools", "Observatiegroep 't Startpunt (4-7 jaar), plusklas voor meer- en hoogbegaafde leerlingen, NT2-schakelklas, ambulante begeleiding cluster 3 en 4", "Aanvraag bij het Ondersteuningsloket"],
                   ["Speciaal", "Sbo De Wieken (Bladel), sbo Het Kompas (Oirschot), so De Zwaluw (cluster 4)", "Toelaatbaarheidsverklaring"]]),
        ("p", "Voor leerlingen die onderwijs en jeugdhulp tegelijk nodig hebben, zijn er "
              "onderwijs-zorgarrangementen op twee locaties, in samenwerking met de gemeenten."),
        ("h2", "Thuiszitters en leerlingen zonder passende plek"),
        ("p", "Iedere maand ontvangt het samenwerkingsverband van de leerplichtambtenaren een overzicht van "
              "leerlingen die langer dan vier weken geen onderwijs volgen. De trajectbegeleider neemt binnen "
              "vijf werkdagen contact op met de school en stelt samen met de school en de ouders een plan op. "
              "Als blijkt dat er structureel een voorziening ontbreekt, bijvoorbeeld voor kinderen met een "
              "combinatie van autisme en angstklachten, dan bespreekt het algemeen bestuur een voorstel om dit "
              "gat te dichten. Wachtlijsten voor het so worden per kwartaal gemonitord."),
        ("h1", "Toelaatbaarheid"),
        ("p", "De school waar de leerling is ingeschreven, vraagt de toelaatbaarheidsverklaring aan via het "
              "Ondersteuningsloket. Het dossier bestaat uit het OPP, het verslag van het multidisciplinair "
              "overleg en de zienswijze van ouders. De orthopedagoog van het loket en een tweede deskundige "
              "(afhankelijk van de vraag een jeugdarts, maatschappelijk werker of psycholoog) geven ieder "
              "afzonderlijk schriftelijk advies. De Commissie van Toelaatbaarheid besluit binnen zes weken. "
              "Een TLV sbo geldt voor twee schooljaren; een TLV so geldt voor maximaal drie schooljaren en "
              "vermeldt de bekostigingscategorie."),
        ("p", "De commissie toetst de aanvraag aan de volgende criteria:"),
        ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                   ["Sbo", "de basisschool aantoonbaar ten minste een jaar handelingsgericht heeft gewerkt met een OPP en een schoolarrangement; de ontwikkeling van de leerling op twee of meer gebieden structureel achterblijft; én een kleinere groep met specialistische begeleiding nodig is."],
                   ["So cluster 3 (laag/midden/hoog)", "er sprake is van een verstandelijke, lichamelijke of meervoudige beperking waardoor de leerling is aangewezen op een onderwijsprogramma met een sterk aangepast tempo en/of intensieve verzorging; de categorie volgt uit de intensiteit van de verzorging."],
                   ["So cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft die het functioneren in een sbo- of basisschoolgroep onmogelijk maakt, ook met ambulante begeleiding en een onderwijs-zorgarrangement."]]),
        ("p", "Over terugplaatsing uit sbo en so naar het basisonderwijs maken wij in de loop van 2026-2027 "
              "nadere afspraken met de speciale scholen."),
        ("h1", "Financiën"),
        ("h2", "Verdeelmodel"),
        ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning volgens een "
              "verdeelsleutel die in 2023 door het algemeen bestuur is vastgesteld. Ieder bestuur ontvangt "
              "jaarlijks per 1 januari € 118 per leerling op basis van de teldatum 1 oktober, aangevuld met "
              "€ 40 per gewogen leerling op basis van de CBS-onderwijsachterstandsindicator. Bovenschoolse "
              "arrangementen worden per leerling toegekend door het Ondersteuningsloket, op basis van de "
              "criteria in het arrangementenoverzicht."),
        ("h2", "Begroting"),
        ("p", "De meerjarenbegroting wordt jaarlijks in december door het algemeen bestuur vastgesteld en na "
              "goedkeuring door de Raad van Toezicht op onze website gepubliceerd. In dit plan is daarom "
              "geen begroting opgenomen."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Voor de periode 2025-2029 streven wij de volgende resultaten na voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("bullets", ["het deelnamepercentage sbo daalt naar 2,0% in 2029;",
                     "er zijn geen leerlingen die langer dan drie maanden thuiszitten;",
                     "80% van de leerlingen met een bovenschools arrangement kan na afloop in de eigen groep verder;",
                     "de gemiddelde doorlooptijd van een TLV-aanvraag is maximaal vijf weken."]),
        ("p", "Wij volgen deze resultaten met een monitor die twee keer per jaar wordt gevuld met gegevens uit "
              "DUO, het loketsysteem en de thuiszittersregistratie. De uitkomsten bespreken wij in het algemeen "
              "bestuur en met de OPR. Eens per jaar houden wij een tevredenheidspeiling onder scholen en ouders. "
              "Over de bereikte resultaten rapporteren wij in het jaarverslag; bij afwijkingen stelt de "
              "directeur-bestuurder bijsturing voor (plan-do-check-act)."),
        ("h1", "Ouders"),
        ("p", "Ouders worden geïnformeerd over de ondersteuningsmogelijkheden via de website van het "
              "samenwerkingsverband, de schoolgids en het schoolondersteuningsprofiel van iedere school, en "
              "via de consulent die bij het ondersteuningsteam aansluit. Voor nieuwe ouders is er een korte "
              "film over de route naar extra ondersteuning. Het ouderpanel, dat in 2025-2026 start, denkt mee "
              "over onze communicatie."),
        ("p", "Het samenwerkingsverband richt, zodra de wet daartoe verplicht, samen met het "
              "samenwerkingsverband VO een ouder- en jeugdsteunpunt in. De vorm en de bereikbaarheid worden "
              "in de loop van 2026 bepaald."),
    ] +
    F.gemeenten(P) + F.governance(P) + F.bedrijfsvoering(P) + F.opr(P) + F.personeel(P) + F.kennis(P) + F.communicatie_scholen(P) + F.ict_privacy(P) + F.planning(P) +
    F.begrippen([["Ondersteuningsloket", "Loket van het samenwerkingsverband voor aanvragen"],
                 ["CvT", "Commissie van Toelaatbaarheid"], ["Meerjarenbegroting", "Begroting voor vier jaar"]])
)

SPEC = dict(
    name="po-zuiderkempen-ondersteuningsplan", formats=["docx", "pdf"], blocks=BLOCKS,
    header="SWV Zuiderkempen PO 31-04 - Ondersteuningsplan 2025-2029",
    footer="Ondersteuningsplan SWV Zuiderkempen - versie OPR 25 maart 2025",
    title_page=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Primair Passend Onderwijs Zuiderkempen",
                "PO 31-04", "Samen sterk voor elk kind in de Kempen"],
    label=dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning' defines the level for every vestiging, but the content is only in absent 'bijlage 1' / SOPs.",
               "plaatsing": "Ch. 'Toelaatbaarheid': procedure in prose; criteria only in a table (sbo, so cl.3, so cl.4).",
               "terugstroom": "Only a deferral at the end of 'Toelaatbaarheid' ('in de loop van 2026-2027 nadere afspraken') plus TOC/glossary/planning table.",
               "financien": "Verdeelmodel with amounts per leerling given; no begroting ('jaarlijks vastgesteld ... op onze website').",
               "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod' table (trap) plus thuiszitters sub-section.",
               "resultaten": "Terugblik table with achieved figures, targets in 'Kwaliteit en resultaten', monitor twice a year.",
               "ouders": "Information channels given; OJSP only promised ('zodra de wet daartoe verplicht ... in de loop van 2026')."}),
)
