"""Plan 2: small PO verband, plain house style, rendered to PDF."""
from common108 import filler, pick

META = dict(naam="Samenwerkingsverband Passend Onderwijs Kop van de Dijk PO", kort="SWV Kop van de Dijk",
            regio="Kop van de Dijk", sector="po", besturen="vier", scholen="23",
            leerlingen="4.120", gemeenten="Dijkhuizen, Polderwaard en Zandeloo")

HEADER = "SWV Kop van de Dijk PO (PO 29-11) - Ondersteuningsplan 2026-2030"


def blocks():
    f = filler(META)
    b = [
        ("title", "Ondersteuningsplan 2026 - 2030"),
        ("sub", "Samenwerkingsverband Passend Onderwijs Kop van de Dijk PO - 4 besturen, 23 basisscholen, 1 school voor sbo"),
        ("toc", ["1. Voorwoord", "2. Onze regio in het kort", "3. Visie", "4. Basisondersteuning",
                 "5. Toelaatbaarheid en plaatsing in sbo en so", "6. Dekkend aanbod", "7. Doelen en kwaliteit",
                 "8. Ouders", "9. Financiën", "10. Organisatie", "11. Jaarplanning", "Afkortingen en begrippen"]),
        ("pagebreak", None),
        ("h1", "1. Voorwoord"),
    ]
    b += pick(f, ["voorwoord", "wettelijk_kader"])
    b += [("h2", "Wat is er nieuw in dit plan?"),
          ("p", "Wie het vorige plan kent, zal een aantal veranderingen opmerken. Het plan is korter en "
                "geschreven in gewone taal, omdat wij willen dat ook leraren en ouders het lezen. De "
                "doorlooptijd van een TLV-aanvraag wordt verkort. Scholen gaan jaarlijks zelf na of zij het "
                "afgesproken basisniveau halen, in plaats van de vroegere vierjaarlijkse audit door een extern "
                "bureau. Er komt een ouderpagina op de website. En wij maken meer werk van de terugkeer van "
                "leerlingen uit het sbo en so naar een gewone basisschool. Wat niet verandert, is de manier waarop "
                "de vier besturen met elkaar samenwerken: in vertrouwen, met korte lijnen en met respect voor "
                "elkaars eigenheid. Ook de omvang van het bureau blijft gelijk. Het samenwerkingsverband blijft "
                "bewust klein en zet zoveel mogelijk geld en tijd in op de scholen zelf."),
          ("p", "Dit plan is geschreven door een kleine schrijfgroep van twee directeuren, een intern begeleider "
                "en de coördinator, met steun van de directeur-bestuurder. Tussentijdse versies zijn besproken in "
                "het bestuurlijk overleg, het ib-netwerk en de OPR. Op het concept kwamen ruim zestig reacties "
                "binnen, die wij zoveel mogelijk hebben verwerkt. Een overzicht van de reacties en wat wij ermee "
                "hebben gedaan, is aan de OPR toegezonden.")]
    b += [("h1", "2. Onze regio in het kort")] + pick(f, ["regio"])
    b += [("p", "Onze regio heeft één school voor speciaal basisonderwijs, sbo De Sprong in Dijkhuizen, met 96 "
                "leerlingen. Er is geen school voor speciaal onderwijs binnen de regiogrenzen; leerlingen met een "
                "TLV voor het so gaan naar scholen in de omliggende regio's.")]
    b += [("h2", "Terugblik")] + pick(f, ["terugblik_org"])
    b += [("h1", "3. Visie")] + pick(f, ["visie", "landelijk"])
    b += [("p", "Wij willen werken aan een dekkend aanbod in de regio, zodat elk kind een plek heeft. Dat is een "
                "ambitie die wij met alle partners delen.")]
    b += [
        ("h1", "4. Basisondersteuning"),
        ("p", "§4.1 Alle 23 basisscholen bieden hetzelfde basisniveau. De vier besturen hebben in 2023 afgesproken "
              "dat dit niveau voor iedere school en iedere locatie in de regio geldt, ongeacht de grootte of het "
              "bestuur, en dat het de ondergrens vormt waaronder geen school mag zakken. Het samenwerkingsverband "
              "komt pas in beeld als een leerling meer nodig heeft dan dit basisniveau."),
        ("p", "§4.2 Wat dit basisniveau op de scholen precies inhoudt, is te lezen in het schoolondersteuningsprofiel "
              "van iedere school, te vinden via de knop 'Scholen' op onze website. De profielen worden in 2026 "
              "geactualiseerd."),
        ("p", "§4.3 Scholen beoordelen jaarlijks met een zelfevaluatie of zij het afgesproken basisniveau halen. "
              "De uitkomsten worden met de coördinator van het samenwerkingsverband besproken; waar een school "
              "achterblijft, maakt zij verbeterafspraken met haar bestuur."),
        ("h1", "5. Toelaatbaarheid en plaatsing in sbo en so"),
        ("p", "§5.1 Aanvraag. Heeft een leerling meer nodig dan een basisschool kan bieden, dan kan het schoolbestuur "
              "een toelaatbaarheidsverklaring aanvragen bij de TLV-commissie van het samenwerkingsverband. De "
              "intern begeleider stelt het aanvraagdossier samen: het OPP, de verslagen van de laatste twee "
              "groeibesprekingen, het onderwijskundig rapport en het gespreksverslag met ouders. Ouders geven "
              "schriftelijk aan of zij de aanvraag steunen."),
        ("p", "§5.2 Behandeling. De TLV-commissie bestaat uit de coördinator (voorzitter), een orthopedagoog en een "
              "psycholoog van het samenwerkingsverband. Beide deskundigen geven afzonderlijk schriftelijk advies. "
              "De commissie nodigt ouders en school uit voor een gesprek. Het besluit wordt namens het bestuur "
              "genomen door de coördinator, binnen vijf weken na ontvangst van het volledige dossier."),
        ("p", "§5.3 Criteria. De criteria op grond waarvan de commissie beslist, staan in de notitie "
              "'Toelaatbaarheid Kop van de Dijk' (versie 2024), die op de website staat."),
        ("p", "§5.4 Geldigheid van de TLV. Een TLV voor het sbo geldt voor twee schooljaren, een TLV voor het so voor "
              "ten hoogste drie schooljaren. Een TLV is in onze regio bedoeld als tijdelijke plaatsing. Het "
              "samenwerkingsverband gaat ervan uit dat leerlingen terugkeren naar een reguliere school in hun eigen "
              "dorp of wijk zodra hun ontwikkeling dat toelaat, en dat de ontvangende basisschool daarbij niet "
              "alleen staat: de sbo-school of so-school begeleidt de leerling en de leraar op de nieuwe school "
              "gedurende het eerste half jaar, met een budget van het samenwerkingsverband van € 3.500 per "
              "leerling."),
        ("p", "§5.5 Uiterlijk in januari van het laatste geldigheidsjaar bespreekt de sbo- of so-school in de "
              "OPP-evaluatie met ouders of terugkeer mogelijk is. Adviseert de school terugkeer, dan zoekt zij met "
              "ouders een reguliere basisschool en vindt vóór 1 april een overdrachtsgesprek plaats met de "
              "intern begeleider van die school. Adviseert de school verlenging, dan dient zij vóór 1 maart een "
              "nieuwe aanvraag in bij de TLV-commissie, die volgens §5.2 beslist. Zonder nieuwe aanvraag eindigt de "
              "TLV op 31 juli en stapt de leerling na de zomer over naar de gekozen basisschool."),
        ("table", [["Moment", "Wie", "Wat"],
                   ["Jaarlijks (OPP-evaluatie)", "Sbo/so-school met ouders", "Bespreken of terugkeer haalbaar is"],
                   ["Januari laatste TLV-jaar", "Sbo/so-school", "Advies terugkeer of verlenging"],
                   ["Vóór 1 maart", "Sbo/so-school", "Eventueel nieuwe TLV-aanvraag"],
                   ["Vóór 1 april", "Sbo/so-school en ontvangende school", "Overdrachtsgesprek"],
                   ["31 juli", "-", "TLV eindigt"]]),
        ("h1", "6. Dekkend aanbod"),
        ("p", "Een inventarisatie van wat er in onze regio aan ondersteuning en voorzieningen beschikbaar is, en "
              "waar het nog ontbreekt, staat gepland voor het schooljaar 2026-2027. De uitkomsten worden als "
              "aanvulling op dit plan aan de OPR voorgelegd."),
        ("h1", "7. Doelen en kwaliteit"),
        ("p", "§7.1 Voor de planperiode hebben wij de volgende doelen gesteld:"),
        ("table", [["Doel", "Indicator", "Stand 2025", "Streefwaarde 2030"],
                   ["Leerlingen zoveel mogelijk thuisnabij", "Deelnamepercentage sbo (1 oktober)", "2,3%", "maximaal 2,3%"],
                   ["", "Deelnamepercentage so (1 oktober)", "1,7%", "maximaal 1,5%"],
                   ["Snelle besluiten", "Doorlooptijd TLV-aanvraag", "6,5 week", "binnen 5 weken"],
                   ["Terugkeer uit sbo", "Aantal leerlingen terug naar regulier per jaar", "3", "6"],
                   ["Basisniveau op orde", "Scholen die het basisniveau halen (zelfevaluatie)", "19 van 23", "23 van 23"],
                   ["Tevreden ouders", "Rapportcijfer ouderenquête", "7,1", "7,5 of hoger"]]),
        ("p", "§7.2 Elk jaar in november stelt het bureau een monitor op met de DUO-telling van 1 oktober, de "
              "registratie van TLV's en terugplaatsingen, de uitkomsten van de zelfevaluaties en de ouderenquête. "
              "De monitor wordt besproken in het bestuurlijk overleg en met de OPR, en de uitkomsten staan in het "
              "jaarverslag. In het voorjaar van 2028 vindt een tussenevaluatie plaats; daarin besluiten wij of de "
              "streefwaarden moeten worden bijgesteld."),
        ("h1", "8. Ouders"),
        ("p", "§8.1 Ouders moeten weten wat zij van de school en van het samenwerkingsverband kunnen verwachten. "
              "Daarom heeft elke school een paragraaf over passend onderwijs in de schoolgids, staat op onze "
              "website een ouderpagina met uitleg en filmpjes, en is er de brochure 'Passend onderwijs in de Kop' "
              "die de intern begeleider meegeeft bij het eerste gesprek over extra ondersteuning. Eenmaal per jaar "
              "houden wij samen met de sbo-school een ouderavond."),
        ("p", "§8.2 Het ouder- en jeugdsteunpunt voor onze regio is in voorbereiding. Zodra het steunpunt van start "
              "gaat, informeren wij ouders daarover via de scholen en de website."),
        ("h1", "9. Financiën"),
        ("p", "§9.1 Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van het budget gaat naar de "
              "besturen. Ieder bestuur ontvangt jaarlijks € 152 per leerling op basis van de telling van 1 oktober, "
              "aangevuld met een vaste voet van € 4.000 per school. Daarnaast houdt het samenwerkingsverband een "
              "budget aan voor de TLV-commissie, de terugkeerbegeleiding (§5.4) en het bureau. De besturen "
              "leggen in hun jaarverslag verantwoording af over de inzet van de ontvangen middelen."),
        ("p", "§9.2 Hoe het budget van het samenwerkingsverband over de jaren heen wordt ingezet, blijkt uit de "
              "meerjarenbegroting die het bestuur ieder najaar apart vaststelt en publiceert."),
        ("h1", "10. Organisatie"),
    ]
    b += pick(f, ["governance", "overlegstructuur", "opr"])
    b += [("p", "Het bureau bestaat uit een coördinator, een orthopedagoog, een psycholoog (0,6 fte) en een "
                "managementassistent. De directeur-bestuurder is voor 0,8 fte aangesteld."),
          ("p", "Het ontwerp van dit plan is op 10 februari 2026 in het op overeenstemming gericht overleg met de "
                "drie gemeenten besproken; het OOGO is afgesloten met overeenstemming.")]
    b += pick(f, ["werkdruk", "integriteit", "ict", "professionalisering", "conferentie", "communicatie_intern", "huisvesting"])
    b += [("h1", "11. Jaarplanning")] + pick(f, ["planning", "risico_algemeen"])
    b += [("table", [["Periode", "Activiteit"], ["September", "Start schooljaar, ib-netwerk 1"],
                     ["Oktober", "Teldatum 1 oktober; regioconferentie voorbereiden"],
                     ["November", "Monitor, regioconferentie, bestuurlijk overleg"],
                     ["Januari", "Concept-jaarplan naar directeuren en OPR"],
                     ["Maart", "Zelfevaluaties scholen; ib-netwerk 3"],
                     ["Juni", "Vaststelling jaarplan; afscheid groep 8-leerlingen met een TLV"]]),
          ("p", "De jaarplanning wordt ieder jaar in juni geactualiseerd en staat in het besloten deel van de "
                "website. Vergaderdata van de OPR worden in overleg met de voorzitter van de OPR vastgesteld.")]
    b += [
        ("h1", "Afkortingen en begrippen"),
        ("bullets", ["Dekkend aanbod: een aanbod waarin voor elk kind een passende plek is.",
                     "OJSP: ouder- en jeugdsteunpunt.", "OOGO: op overeenstemming gericht overleg.",
                     "Meerjarenbegroting: begroting over vier jaar.", "SOP: schoolondersteuningsprofiel.",
                     "TLV: toelaatbaarheidsverklaring.", "Thuiszitter: leerplichtige leerling die niet naar school gaat."]),
    ]
    return b


LABEL = dict(
    documents=["po-kopvandedijk-2026.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                        "terugstroom": ["monitoring"], "financien": ["verantwoording"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 4: §4.1 agreed minimum for every school/location; content only referred to the SOPs on the website (§4.2); §4.3 zelfevaluatie = borging.",
        "plaatsing": "Ch. 5: §5.1-5.2 procedure (bestuur -> TLV-commissie, two deskundigen, 5 weeks), §5.4 duration; criteria only referred to a notitie on the website (§5.3). No bezwaar route.",
        "terugstroom": "Hidden inside TLV chapter §5.4-5.5 'Geldigheid van de TLV': policy (tijdelijk, thuisnabij, half year begeleiding, EUR 3.500) and procedure with dates (table); numbers in ch. 7.",
        "financien": "Ch. 9: verdeling (schoolmodel, EUR 152 per leerling + vaste voet) present; besteding/meerjarenbegroting only referred to a separately adopted budget (§9.2).",
        "dekkend-aanbod": "Ch. 6 is only a deferral (inventory planned 2026-2027); visie sentence and glossary 'Dekkend aanbod'/'Thuiszitter' are passing/glossary only; OOGO mentioned only as procedural step without content; ch. 2 merely names the one sbo school and that so pupils go outside the region (list of schools, not a continuum).",
        "resultaten": "Ch. 7 'Doelen en kwaliteit': goals table with baseline and streefwaarden; §7.2 annual monitor, OPR, jaarverslag, tussenevaluatie 2028.",
        "ouders": "Ch. 8: §8.1 schoolgids, ouderpagina, brochure, ouderavond; §8.2 OJSP only 'in voorbereiding' (deferral), no other independent help named.",
    },
)
