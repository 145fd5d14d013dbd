"""Plan 5: PO verband in a small municipality cluster (.md). Plan 'op hoofdlijnen' with many deferrals."""
import filler as F

P = dict(
    naam="Samenwerkingsverband Passend Onderwijs PO De Drie Marken", kortenaam="SWV De Drie Marken",
    code="PO 20-12", sector="po", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
    regio="de drie Marken", plaats="Oostermarke", gemeenten_tekst="Veenhuizerveld, Oostermarke en Drieborg",
    gebied="kleine dorpen en buurtschappen, met veel scholen onder de 100 leerlingen",
    n_besturen=4, n_leerlingen="3.150", n_scholen=29, fte="4,1",
    datum_vaststelling="17 april 2025", oogo_datum="10 februari 2025", opr_datum="3 april 2025",
    overlap_swv="het samenwerkingsverband VO Zuidoost-Drenthe", bestuurder="H. (Hilde) Scheper",
    wetsartikel="artikel 18a Wet op het primair onderwijs",
    planning_rijen=[["2025-2026", "Nulmeting; herziening verdeelmodel; gezamenlijke agenda met gemeenten"],
                    ["2026-2027", "Vaststellen beoogde resultaten; analyse aanbod"],
                    ["2027-2028", "Uitvoering"], ["2028-2029", "Evaluatie en nieuw plan"]],
)

BLOCKS = (
    F.voorwoord(P) + F.inleiding(P, extra=[
        ("p", "Dit plan is bewust een plan op hoofdlijnen. Als klein samenwerkingsverband met vier besturen "
              "kiezen wij voor een compact document; de uitwerking volgt in jaarplannen en reglementen.")]) +
    F.context(P, [["Soort onderwijs", "Scholen", "Leerlingen"], ["Basisonderwijs", "27", "3.020"],
                  ["Speciaal basisonderwijs", "1", "95"], ["Speciaal onderwijs (buiten de regio)", "-", "35 (teldatum)"]]) + [
        ("h2", "Kleine scholen, grote afstanden"),
        ("p", "Ruim de helft van onze scholen heeft minder dan honderd leerlingen. Combinatiegroepen zijn "
              "de regel. De dichtstbijzijnde so-school ligt op ruim veertig kilometer; leerlingen reizen met "
              "aangepast vervoer. Dit maakt dat wij sterk inzetten op wat scholen zelf kunnen en op "
              "samenwerking tussen scholen in hetzelfde dorp of dezelfde buurt. Schoolbesturen werken daarnaast "
              "samen in de regionale werkgroep krimp, waarin afspraken worden gemaakt over spreiding van "
              "scholen en huisvesting."),
    ] + F.visie(P) + F.landelijk(P) + F.dienstverlening(P) + [
        ("h1", "Basisondersteuning in De Drie Marken"),
        ("p", "In ons samenwerkingsverband betekent basisondersteuning: wat elke basisschool, ook de kleinste "
              "dorpsschool, ten minste zelf biedt aan alle leerlingen die dat nodig hebben. De vier besturen "
              "hebben dit als minimumniveau voor alle scholen vastgesteld. Het staat los van de omvang van de "
              "school; kleine scholen werken daarvoor samen in een cluster."),
        ("p", "Concreet gaat het om de volgende standaarden:"),
        ("table", [["Standaard", "Invulling"],
                   ["1. Zicht op ontwikkeling", "Leerlingvolgsysteem, twee keer per jaar groepsoverzicht en -plan"],
                   ["2. Intern begeleider", "Elke school heeft een IB'er; scholen onder 100 leerlingen delen een IB'er binnen het cluster (minimaal 1 dag per week per school)"],
                   ["3. Lezen en rekenen", "Dyslexieprotocol en ernstige rekenproblemen (ERWD); extra instructie in kleine groep"],
                   ["4. Gedrag", "Schoolbrede aanpak positief gedrag en sociale veiligheid; gedragsplan bij incidenten"],
                   ["5. Ontwikkelingsvoorsprong", "Verrijkingsaanbod in de groep en compacten van leerstof"],
                   ["6. Medisch handelen", "Protocol medisch handelen en medicijnverstrekking"],
                   ["7. Overgang", "Warme overdracht bij schoolwisseling en naar het vo"]]),
        ("p", "Scholen verantwoorden jaarlijks aan hun bestuur in hoeverre zij aan de standaarden voldoen."),
        ("h1", "Ondersteuning boven de basis"),
        ("p", "Wanneer de basisondersteuning niet toereikend is, kan een school een beroep doen op het "
              "samenwerkingsverband. De vorm daarvan wordt in het jaarplan beschreven. Een analyse van het "
              "aanbod in de regio en van eventuele witte vlekken voeren wij uit in 2026-2027."),
        ("p", "Aanvragen voor een toelaatbaarheidsverklaring voor het sbo of so verlopen volgens het Reglement "
              "Toelaatbaarheid van het samenwerkingsverband, dat op onze website is gepubliceerd."),
        ("h2", "Afloop van de TLV"),
        ("p", "Uiterlijk in februari van het laatste schooljaar waarvoor de TLV geldt, evalueert de sbo- of "
              "so-school het OPP en geeft zij schriftelijk aan of de leerling kan worden overgeplaatst naar "
              "een basisschool of dat een nieuwe TLV nodig is. Het bureau van het samenwerkingsverband "
              "ontvangt deze evaluatie voor 1 maart. De orthopedagoog van het samenwerkingsverband beoordeelt "
              "de evaluatie binnen vier weken. Wordt geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli "
              "en schrijft de leerling zich per 1 augustus in bij de gekozen basisschool. De directeur van het "
              "samenwerkingsverband informeert de sbo- of so-school en de basisschool schriftelijk."),
        ("h1", "Financiën"),
        ("p", "De middelen van het samenwerkingsverband worden op dit moment verdeeld volgens de systematiek "
              "uit het vorige ondersteuningsplan. Het verdeelmodel wordt in 2025-2026 herzien; het nieuwe model "
              "wordt daarna ter instemming aan de OPR voorgelegd."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "2.910", "2.860", "2.815", "2.770"],
                   ["Afdracht so (DUO)", "-720", "-715", "-710", "-705"],
                   ["Bekostiging sbo De Stapsteen", "-610", "-600", "-590", "-580"],
                   ["Middelen naar schoolbesturen", "-1.050", "-1.030", "-1.010", "-995"],
                   ["Ambulante begeleiding en orthopedagogiek", "-340", "-340", "-340", "-340"],
                   ["Bureau, bestuur en OPR", "-260", "-265", "-270", "-275"],
                   ["Saldo", "-70", "-90", "-105", "-125"]]),
        ("p", "De tekorten worden opgevangen uit de reserve, die eind 2024 € 1,1 miljoen bedroeg."),
        ("h1", "Monitoring en verantwoording"),
        ("p", "Het samenwerkingsverband verzamelt jaarlijks in november de kengetallen over deelname aan sbo "
              "en so, het aantal afgegeven TLV's, de doorlooptijd van aanvragen en de inzet van ambulante "
              "begeleiding. De directeur rapporteert hierover in het jaarverslag en bespreekt de uitkomsten "
              "met het bestuur en de OPR, die op basis daarvan het jaarplan bijstellen. Daarnaast bevraagt het "
              "samenwerkingsverband elke twee jaar alle intern begeleiders over de kwaliteit van de "
              "ondersteuning."),
        ("table", [["Kengetal", "2022", "2023", "2024"],
                   ["Deelname sbo (1 oktober)", "2,6%", "2,9%", "3,0%"],
                   ["Deelname so (1 oktober)", "1,0%", "1,1%", "1,1%"],
                   ["Afgegeven TLV's", "31", "36", "34"],
                   ["Gemiddelde doorlooptijd aanvraag (weken)", "7", "6", "6"]]),
        ("p", "De beoogde resultaten voor deze planperiode stellen wij vast na de nulmeting in het voorjaar "
              "van 2026."),
        ("h1", "Informatie en onafhankelijke ondersteuning"),
        ("p", "Informatie en een onafhankelijk ouder- en jeugdsteunpunt krijgen vorm zodra de landelijke "
              "regelgeving daarover in werking is getreden. Het samenwerkingsverband sluit daarvoor zo mogelijk "
              "aan bij de voorziening van het samenwerkingsverband VO."),
    ] +
    F.gemeenten(P, inhoud=False) + F.governance(P) + F.bedrijfsvoering(P) + F.opr(P, ouders_rol=False) + F.personeel(P) + F.kennis(P) + F.communicatie_scholen(P) +
    F.ict_privacy(P) + F.planning(P) +
    F.begrippen([["Dekkend aanbod", "Voor iedere leerling een passende plek"],
                 ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen"],
                 ["Sbo", "Speciaal basisonderwijs"], ["So", "Speciaal onderwijs"]])
)

SPEC = dict(
    name="po-drie-marken-ondersteuningsplan", formats=["md"], blocks=BLOCKS,
    header="", footer="SWV PO De Drie Marken (PO 20-12) - Ondersteuningsplan 2025-2029 op hoofdlijnen",
    title_page=["Ondersteuningsplan 2025-2029 op hoofdlijnen", "Samenwerkingsverband Passend Onderwijs PO De Drie Marken (PO 20-12)",
                "Gemeenten Veenhuizerveld, Oostermarke en Drieborg",
                "Over basisondersteuning, toelaatbaarheid, terugplaatsing, dekkend aanbod, resultaten en ouders"],
    label=dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": [], "plaatsing": [], "terugstroom": [],
                            "financien": ["reserves"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
                            "ouders": []},
        notes={"basisondersteuning": "Ch. 'Basisondersteuning in De Drie Marken': minimum for all schools plus 7 standards in a table.",
               "plaatsing": "Only a reference to the 'Reglement Toelaatbaarheid' on the website (inside 'Ondersteuning boven de basis'); no procedure, criteria, deskundigen or bezwaar.",
               "terugstroom": "Sub-section 'Afloop van de TLV': dated steps and deciding actors, but no policy aims, conditions or support after return.",
               "financien": "Meerjarenbegroting table with amounts; verdeling only 'volgens de systematiek uit het vorige plan', model to be revised.",
               "dekkend-aanbod": "Support above the basis 'wordt in het jaarplan beschreven', gap analysis deferred to 2026-2027, OOGO content deferred; glossary trap only.",
               "resultaten": "Ch. 'Monitoring en verantwoording' gives kengetallen, reporting cycle; intended results deferred until after the nulmeting in 2026.",
               "ouders": "Only a deferral ('krijgen vorm zodra de landelijke regelgeving ...'); OPR described without parents; parents otherwise only in vision prose and glossary."}),
)
