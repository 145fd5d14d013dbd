"""Plan 3: VO, Waterland-Oost (docx). Basisondersteuning only by reference; no results chapter."""
import filler as F

P = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Waterland-Oost", kortenaam="SWV VO Waterland-Oost",
    code="VO 27-09", sector="vo", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
    regio="Waterland", plaats="Purmerend", gemeenten_tekst="Purmerend, Edam-Volendam en Waterland",
    gebied="een groeiende stad, toeristische kernen en veenweidegebied",
    n_besturen=6, n_leerlingen="11.400", n_scholen=14, fte="18,3",
    datum_vaststelling="15 april 2025", oogo_datum="6 maart 2025", opr_datum="8 april 2025",
    overlap_swv="het samenwerkingsverband PO Waterland", bestuurder="R. (Rachid) El Idrissi MBA",
    wetsartikel="artikel 17a WVO, thans artikel 2.47 e.v. Wet voortgezet onderwijs 2020",
    planning_rijen=[["2025-2026", "Actualisatie referentiekader basisondersteuning; nieuw registratiesysteem"],
                    ["2026-2027", "Herijking OPDC-capaciteit; aanpak thuiszitters met gemeenten"],
                    ["2027-2028", "Evaluatie lwoo-toewijzing"],
                    ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]],
)

BLOCKS = (
    F.voorwoord(P) + F.inleiding(P) +
    F.context(P, [["Onderwijssoort", "Scholen/locaties", "Leerlingen"],
                  ["Regulier vo (vmbo, havo, vwo)", "10", "10.150"], ["Praktijkonderwijs", "1", "420"],
                  ["Vso (cluster 3 en 4)", "2", "560"], ["OPDC De Overstap", "1", "45 plaatsen"]]) +
    F.visie(P) + F.landelijk(P) + F.dienstverlening(P) + [
        ("h1", "Basisondersteuning en extra ondersteuning"),
        ("h2", "Basisondersteuning"),
        ("p", "De basisondersteuning in Waterland-Oost is vastgelegd in het Referentiekader Basisondersteuning "
              "VO Waterland (bijlage 2 bij dit plan). In de planperiode actualiseren wij het referentiekader in "
              "het licht van de landelijke norm; tot die tijd blijft de versie van 2021 van kracht."),
        ("h2", "Extra ondersteuning op school"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, stelt de school een "
              "ontwikkelingsperspectiefplan op en zet zij extra ondersteuning in uit haar eigen "
              "ondersteuningsbudget: bijvoorbeeld begeleiding door een gedragsspecialist, een time-out- of "
              "opvangvoorziening in de school, of een aangepast rooster."),
        ("h2", "Bovenschoolse voorzieningen"),
        ("table", [["Voorziening", "Doelgroep", "Capaciteit"],
                   ["OPDC De Overstap", "Leerlingen die tijdelijk (max. 1 jaar) niet in het reguliere vo kunnen functioneren", "45"],
                   ["Rebound Waterland", "Kortdurende time-out (8-12 weken) bij gedragsproblemen", "16"],
                   ["Ambulante begeleiding cluster 3 en 4", "Leerlingen met een beperking of stoornis in het regulier vo", "ca. 120 trajecten"],
                   ["Schakelklas nieuwkomers (ISK-route)", "Nieuwkomers 12-18 jaar", "60"],
                   ["Vso De Kreek en vso Het Baken", "Leerlingen met een TLV vso", "560"]]),
        ("p", "Samen vormen deze voorzieningen met de basis- en extra ondersteuning op de scholen het "
              "ondersteuningscontinuüm van ons samenwerkingsverband. Plaatsing op het OPDC en in de Rebound "
              "verloopt via de Commissie Toewijzing."),
        ("h2", "Thuiszitters"),
        ("p", "Het aantal thuiszitters is in Waterland al jaren een punt van zorg. Een gezamenlijke aanpak met "
              "de gemeenten en leerplicht werken wij in 2026-2027 uit."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "Commissie Toewijzing"),
        ("p", "Alle aanvragen voor een toelaatbaarheidsverklaring vso, voor leerwegondersteunend onderwijs en "
              "voor praktijkonderwijs worden ingediend door de school waar de leerling is ingeschreven of is "
              "aangemeld, via het digitale aanvraagportaal. De Commissie Toewijzing (CT) van het "
              "samenwerkingsverband beoordeelt de aanvraag. De CT bestaat uit een voorzitter (de "
              "directeur-bestuurder of diens plaatsvervanger), twee orthopedagogen en een GZ-psycholoog."),
        ("h2", "Vso"),
        ("p", "Bij een aanvraag voor een TLV vso brengen twee deskundigen afzonderlijk advies uit, van wie ten "
              "minste één orthopedagoog of psycholoog. De CT besluit binnen zes weken na ontvangst van de "
              "complete aanvraag. Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is "
              "voldaan: (1) de school heeft ten minste zes maanden extra ondersteuning geboden volgens een OPP "
              "en dit aantoonbaar geëvalueerd; (2) een bovenschoolse voorziening is overwogen en niet passend "
              "of niet toereikend gebleken; (3) de ondersteuningsbehoefte vraagt om een combinatie van "
              "onderwijs en zorg in een kleine, gespecialiseerde setting gedurende het grootste deel van de "
              "schooldag. De TLV geldt voor één tot maximaal drie schooljaren en vermeldt de "
              "bekostigingscategorie (laag, midden of hoog)."),
        ("h2", "Lwoo en praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee van de domeinen begrijpend lezen, "
              "inzichtelijk rekenen, technisch lezen en spellen, waarvan een van de eerste twee). Het "
              "samenwerkingsverband heeft voor lwoo gekozen voor eigen criteria (opting out): een leerling "
              "komt in aanmerking voor lwoo wanneer hij een achterstand heeft van anderhalf tot drie jaar op "
              "begrijpend lezen of rekenen én sociaal-emotionele of motivationele belemmeringen heeft die met "
              "een OPP zijn onderbouwd. De aanwijzing lwoo geldt voor de gehele vmbo-opleiding. Aanvragen "
              "voor het eerste leerjaar worden uiterlijk 1 maart ingediend; de CT besluit voor 1 mei."),
        ("h2", "Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid vso of pro kan binnen zes weken bezwaar worden gemaakt "
              "bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie (LBT)."),
        ("h2", "Terugkeer naar het regulier onderwijs"),
        ("p", "Het samenwerkingsverband wil dat een vso-leerling die daaraan toe is, zo snel mogelijk een "
              "plek krijgt in het reguliere vo of het praktijkonderwijs. Uitgangspunt is een school zo dicht "
              "mogelijk bij huis, in een niveau dat past bij het ontwikkelingsperspectief. Terugkeer is alleen "
              "verantwoord als de ontvangende school de ondersteuning kan bieden die de leerling nodig heeft. "
              "De ontvangende school krijgt daarom voor een jaar een terugkeerarrangement van het "
              "samenwerkingsverband: ambulante begeleiding vanuit het vso en een vast aanspreekpunt in het "
              "ondersteuningsteam. De precieze route, de evaluatiemomenten en de taakverdeling tussen vso, "
              "ontvangende school en samenwerkingsverband worden nog met de vso-scholen afgestemd."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen vinden op de website van het samenwerkingsverband een overzicht van alle "
              "voorzieningen, de route naar extra ondersteuning en contactgegevens van de consulenten. Iedere "
              "school neemt in haar schoolgids een paragraaf over ondersteuning op, die wij jaarlijks "
              "aanleveren. In september organiseren wij op iedere school een informatieavond voor ouders van "
              "leerlingen in de brugklas die extra ondersteuning krijgen. Ouders van leerlingen met een "
              "aanvraag bij de CT krijgen een brief met uitleg over de procedure en een afschrift van de "
              "adviezen."),
        ("p", "Voor onafhankelijke hulp kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
              "Waterland, dat het samenwerkingsverband samen met het SWV PO financiert maar dat onafhankelijk "
              "werkt. Het steunpunt luistert, adviseert en bemiddelt bij verschil van inzicht met school. "
              "Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten en, bij geschillen over "
              "toelating, verwijdering of het OPP, op de Geschillencommissie passend onderwijs."),
        ("h1", "Financieel beleid"),
        ("h2", "Inkomsten en verdeling"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, zware ondersteuning, "
              "lwoo en praktijkonderwijs. De middelen lwoo en pro gaan op basis van het aantal aangewezen "
              "leerlingen op 1 oktober naar de besturen met een lwoo- of pro-voorziening (€ 4.350 per lwoo-"
              "leerling, € 5.100 per pro-leerling). De middelen lichte ondersteuning worden verdeeld op basis "
              "van leerlingaantallen: € 165 per leerling, met een vaste voet van € 25.000 per school. De "
              "bovenschoolse voorzieningen bekostigt het samenwerkingsverband centraal."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["(bedragen in €)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "16.420.000", "16.280.000", "16.150.000", "16.050.000"],
                   ["Afdracht vso (DUO)", "-6.300.000", "-6.270.000", "-6.250.000", "-6.220.000"],
                   ["Lwoo en pro naar besturen", "-5.140.000", "-5.100.000", "-5.060.000", "-5.030.000"],
                   ["Lichte ondersteuning naar besturen", "-2.230.000", "-2.210.000", "-2.190.000", "-2.170.000"],
                   ["OPDC, Rebound, AB en ISK", "-2.350.000", "-2.350.000", "-2.350.000", "-2.350.000"],
                   ["Bureau en personeel", "-760.000", "-770.000", "-780.000", "-790.000"],
                   ["Saldo", "-360.000", "-420.000", "-480.000", "-510.000"]]),
        ("p", "De negatieve saldi worden gedekt uit de algemene reserve, die daarmee naar verwachting eind 2028 "
              "onder de signaleringswaarde uitkomt. De besturen verantwoorden de besteding van de middelen "
              "lichte ondersteuning in een jaarlijkse verantwoordingsrapportage per school."),
        ("h1", "Kwaliteitszorg en resultaten"),
        ("p", "Het samenwerkingsverband hecht aan goede kwaliteitszorg. Beoogde en bereikte resultaten worden "
              "uitgewerkt in het jaarplan 2025-2026, dat het algemeen bestuur afzonderlijk vaststelt. Daarin "
              "wordt ook beschreven welke indicatoren wij gaan hanteren."),
    ] +
    F.gemeenten(P) + F.governance(P) + F.bedrijfsvoering(P) + F.opr(P) + F.personeel(P) + F.kennis(P) + F.communicatie_scholen(P) + F.ict_privacy(P) +
    F.planning(P, met_monitoring=False) +
    F.begrippen([["CT", "Commissie Toewijzing"], ["Lwoo", "Leerwegondersteunend onderwijs"],
                 ["OPDC", "Orthopedagogisch-didactisch centrum"], ["Pro", "Praktijkonderwijs"],
                 ["Vso", "Voortgezet speciaal onderwijs"],
                 ["Beoogde resultaten", "Doelen die het samenwerkingsverband voor leerlingen wil bereiken"]])
)

SPEC = dict(
    name="vo-waterland-oost-ondersteuningsplan", formats=["docx"], blocks=BLOCKS,
    header="Ondersteuningsplan SWV VO Waterland-Oost (VO 27-09) 2025-2029",
    footer="Definitieve versie na instemming OPR 8 april 2025",
    title_page=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Voortgezet Onderwijs Waterland-Oost",
                "VO 27-09", "Basisondersteuning, toewijzing, financiën en resultaten"],
    label=dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": [], "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Only a reference to absent 'bijlage 2' (Referentiekader) plus title page, TOC and glossary; nothing in the body says what the level or content is.",
               "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid': CT procedure, vso criteria, pro (national) and own lwoo criteria, bezwaar via LBT.",
               "terugstroom": "Sub-section 'Terugkeer naar het regulier onderwijs' (inside the TLV chapter) gives aims, conditions and terugkeerarrangement; the route/evaluation moments are explicitly 'nog ... afgestemd'.",
               "dekkend-aanbod": "Continuum table of voorzieningen; thuiszitters approach deferred to 2026-2027, no gap analysis.",
               "resultaten": "Ch. 'Kwaliteitszorg en resultaten' only defers to the jaarplan 2025-2026.",
               "ouders": "Ch. 'Ouders en leerlingen': website/schoolgids/info-avond plus OJSP Waterland, Onderwijsconsulenten, GPO."}),
)
