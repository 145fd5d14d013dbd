"""Not-a-plan: jaarverslag 2025 of a VO samenwerkingsverband (PDF only)."""

TOC = [
    ("1", "Voorwoord van de directeur-bestuurder", "3"),
    ("2", "Het verband in 2025", "4"),
    ("3", "Verantwoording over het ondersteuningsplan 2022-2026", "6"),
    ("3.1", "Basisondersteuning", "6"),
    ("3.2", "Toelaatbaarheid en terugplaatsing", "8"),
    ("3.3", "Dekkend aanbod en thuiszitters", "10"),
    ("3.4", "Ouders", "11"),
    ("4", "Verslag van de raad van toezicht", "12"),
    ("5", "Verslag van de ondersteuningsplanraad", "13"),
    ("6", "Financieel verslag 2025", "14"),
    ("7", "Vooruitblik 2026", "18"),
]

BLOCKS = [
    ("toc", TOC),
    ("h1", "1 Voorwoord van de directeur-bestuurder"),
    ("p", "Met genoegen bied ik u het jaarverslag 2025 aan van Stichting Samenwerkingsverband Voortgezet Onderwijs "
          "Zuid-Veluwe Passend (VO 25-12). In dit verslag leggen wij verantwoording af over het kalenderjaar 2025, het "
          "vierde jaar van ons ondersteuningsplan 2022-2026. Het bestuursverslag en de jaarrekening vormen samen het "
          "jaarverslag in de zin van de Regeling jaarverslaggeving onderwijs."),
    ("p", "2025 was een jaar van afronden en vooruitkijken. Wij hebben de laatste doelen van het huidige plan "
          "geëvalueerd en tegelijk het nieuwe ondersteuningsplan 2026-2030 voorbereid, dat in maart 2026 is vastgesteld "
          "en als afzonderlijk document is gepubliceerd. Dit jaarverslag beschrijft wat er in 2025 is gebeurd; voor het "
          "beleid van de komende jaren verwijzen wij naar dat nieuwe plan."),
    ("p", "Ik dank de scholen, de besturen, de ondersteuningsplanraad, de gemeenten en alle medewerkers van het "
          "bureau voor hun inzet in een jaar dat door personeelstekorten en lange wachtlijsten in de jeugdhulp niet "
          "eenvoudig was."),
    ("p", "Drs. R. Kamphuis, directeur-bestuurder"),

    ("h1", "2 Het verband in 2025"),
    ("p", "Aan het samenwerkingsverband zijn zeven schoolbesturen verbonden, met samen 17 vestigingen voor regulier "
          "voortgezet onderwijs, twee locaties voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs. "
          "Op 1 oktober 2025 telde het verband 12.410 leerlingen in het regulier vo, 402 leerlingen in het "
          "praktijkonderwijs en 371 leerlingen in het vso."),
    ("table", ["Kengetal", "2023", "2024", "2025"], [
        ["Leerlingen regulier vo", "12.580", "12.495", "12.410"],
        ["Leerlingen met aanwijzing lwoo", "1.301", "1.288", "1.262"],
        ["Leerlingen praktijkonderwijs", "396", "401", "402"],
        ["Leerlingen vso", "388", "379", "371"],
        ["Deelnamepercentage vso", "2,9%", "2,8%", "2,8%"],
        ["Afgegeven TLV's vso", "121", "114", "109"],
        ["Terugplaatsingen vso naar regulier", "7", "10", "12"],
        ["Thuiszitters langer dan 4 weken (1 oktober)", "19", "17", "13"],
    ], "Tabel 2.1 Kengetallen 2023-2025"),
    ("p", "Het bureau telde eind 2025 10,4 fte. In 2025 vertrokken twee orthopedagogen; beide vacatures zijn vervuld. "
          "Het ziekteverzuim bedroeg 3,1 procent."),

    ("h1", "3 Verantwoording over het ondersteuningsplan 2022-2026"),
    ("p", "In het ondersteuningsplan 2022-2026 heeft het verband twaalf doelen geformuleerd. Hieronder verantwoorden "
          "wij per thema wat in 2025 is gerealiseerd. De volledige doelen en de afspraken zelf staan in het "
          "ondersteuningsplan; dit verslag herhaalt ze niet."),
    ("h2", "3.1 Basisondersteuning"),
    ("p", "In 2025 zijn zes vestigingen bezocht in het kader van de driejaarlijkse audit basisondersteuning. Vijf "
          "vestigingen voldeden aan alle afspraken; één vestiging voldeed niet aan de afspraak over de inzet van een "
          "ondersteuningscoördinator en heeft een verbeterplan opgesteld. De hercontrole is gepland voor mei 2026. "
          "Het doel uit het ondersteuningsplan, dat alle vestigingen in 2025 voldoen aan de basisondersteuning, is "
          "daarmee bijna gehaald."),
    ("h2", "3.2 Toelaatbaarheid en terugplaatsing"),
    ("p", "De Commissie Toelaatbaarheid ontving in 2025 131 aanvragen voor een TLV vso, waarvan er 109 zijn toegekend, "
          "14 zijn afgewezen en 8 zijn ingetrokken. De gemiddelde doorlooptijd bedroeg 5,8 weken, binnen de norm van "
          "zes weken uit het ondersteuningsplan. Er werden twee bezwaren ingediend; in beide gevallen adviseerde de "
          "Landelijke Bezwaaradviescommissie het besluit in stand te laten. Daarnaast werden 318 aanwijzingen lwoo en 97 "
          "TLV's pro afgegeven."),
    ("p", "Het aantal terugplaatsingen van het vso naar het regulier onderwijs steeg van 10 naar 12. Het doel van "
          "15 terugplaatsingen per jaar is nog niet gehaald. Uit de evaluatie blijkt dat teruggeplaatste leerlingen die "
          "ambulante begeleiding kregen vaker op de nieuwe school bleven dan leerlingen zonder begeleiding."),
    ("h2", "3.3 Dekkend aanbod en thuiszitters"),
    ("p", "Het OPDC had in 2025 gemiddeld 48 leerlingen; 71 procent van de leerlingen die het OPDC verlieten, stroomde "
          "door naar een reguliere school. De reboundvoorziening ving 34 leerlingen op. Het aantal thuiszitters daalde "
          "van 17 naar 13. In twee situaties heeft de directeur-bestuurder zijn doorzettingsmacht gebruikt. Het "
          "onderwijs-zorgarrangement met de gemeenten is in 2025 met vier plaatsen uitgebreid."),
    ("h2", "3.4 Ouders"),
    ("p", "De ouderpagina van de website werd in 2025 ruim 9.000 keer bezocht. De twee informatieavonden trokken samen "
          "240 ouders. Het ouder- en jeugdsteunpunt, dat het verband sinds 2024 samen met het PO-verband financiert, "
          "behandelde 87 vragen van ouders en jongeren; in 11 gevallen werd bemiddeld tussen ouders en school. De "
          "tevredenheidspeiling onder ouders leverde een gemiddeld cijfer van 7,0 op."),

    ("h1", "4 Verslag van de raad van toezicht"),
    ("p", "De raad van toezicht vergaderde in 2025 zes keer met de directeur-bestuurder. Vaste onderwerpen waren de "
          "kwartaalrapportages, de voortgang van het nieuwe ondersteuningsplan en de afbouw van de reserves. De raad "
          "keurde de begroting 2026 en het jaarverslag 2024 goed en voerde in november het jaarlijkse "
          "functioneringsgesprek met de directeur-bestuurder. De raad heeft zichzelf in 2025 geëvalueerd onder "
          "begeleiding van een extern adviseur. De accountant heeft de raad in juni over de controle van de jaarrekening "
          "2024 geïnformeerd."),
    ("p", "De raad bestaat uit vier leden. De bezoldiging van de leden blijft binnen de normen van de WNT. In 2025 is "
          "één lid herbenoemd voor een tweede termijn."),

    ("h1", "5 Verslag van de ondersteuningsplanraad"),
    ("p", "De ondersteuningsplanraad kwam in 2025 zeven keer bijeen. De raad besprak de jaarrekening 2024, de "
          "begroting 2026 en, in drie extra bijeenkomsten, het concept van het nieuwe ondersteuningsplan. De OPR heeft "
          "in december 2025 een eerste reactie gegeven op het concept en in maart 2026 ingestemd met het definitieve "
          "plan. De OPR volgde in 2025 een scholing over de begroting van het verband."),

    ("h1", "6 Financieel verslag 2025"),
    ("h2", "6.1 Staat van baten en lasten"),
    ("table", ["Bedragen x € 1.000", "Begroting 2025", "Realisatie 2025", "Realisatie 2024"], [
        ["Rijksbijdragen", "16.840", "17.120", "16.510"],
        ["Overige baten", "220", "265", "240"],
        ["Totaal baten", "17.060", "17.385", "16.750"],
        ["Doorbetalingen aan schoolbesturen", "12.960", "13.010", "12.540"],
        ["Personeelslasten", "1.020", "1.064", "980"],
        ["Overige lasten", "410", "432", "398"],
        ["Afdrachten vso (via DUO, onder rijksbijdragen verrekend)", "2.950", "2.910", "2.980"],
        ["Totaal lasten", "17.340", "17.416", "16.898"],
        ["Resultaat", "-280", "-31", "-148"],
    ], "Tabel 6.1 Staat van baten en lasten 2025"),
    ("p", "Het resultaat is € 249.000 gunstiger dan begroot, vooral door hogere rijksbijdragen na de "
          "loonbijstelling. De doorbetalingen aan schoolbesturen zijn verlopen volgens het verdeelmodel uit het "
          "ondersteuningsplan 2022-2026."),
    ("h2", "6.2 Balans en reserves"),
    ("p", "Het eigen vermogen bedroeg op 31 december 2025 € 2,31 miljoen (2024: € 2,34 miljoen). Het eigen vermogen "
          "ligt daarmee onder de signaleringswaarde van de inspectie van € 2,45 miljoen. De solvabiliteit bedroeg 0,71 en "
          "de liquiditeit 3,2. De reserves zijn conform het bestedingsplan uit 2021 verder afgebouwd."),
    ("h2", "6.3 Continuïteitsparagraaf"),
    ("p", "De meerjarenbegroting en de continuïteitsparagraaf zijn opgenomen in de begroting 2026, die als afzonderlijk "
          "document is vastgesteld. Het verband verwacht tot en met 2028 kleine negatieve resultaten. Belangrijkste "
          "risico's zijn de ontwikkeling van het aantal TLV's in de hogere bekostigingscategorieën en de mogelijke "
          "invoering van een landelijke norm voor basisondersteuning."),
    ("h2", "6.4 Controleverklaring"),
    ("p", "De accountant heeft bij de jaarrekening 2025 een goedkeurende controleverklaring afgegeven, met een "
          "goedkeurend oordeel over de rechtmatigheid van de bestedingen."),

    ("h1", "7 Vooruitblik 2026"),
    ("p", "Per 1 augustus 2026 gaat het nieuwe ondersteuningsplan 2026-2030 in. In 2026 richt het verband zich op de "
          "invoering daarvan: het nieuwe verdeelmodel, de uitbreiding van het OPDC en de voorbereiding op het wettelijke "
          "ouder- en jeugdsteunpunt. In het jaarverslag 2026 leggen wij daarover verantwoording af."),
]

DOC = {
    "author": "SWV VO Zuid-Veluwe Passend",
    "title_lines": [
        "Jaarverslag 2025",
        "Stichting Samenwerkingsverband VO Zuid-Veluwe Passend (VO 25-12)",
        "Bestuursverslag en jaarrekening",
    ],
    "header": "Jaarverslag 2025 · SWV VO Zuid-Veluwe Passend",
    "footer": "Verantwoording ondersteuningsplan 2022-2026",
    "blocks": BLOCKS,
}

LABEL = """documents: [np-vo-jaarverslag-zuidveluwe.pdf]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Jaarverslag 2025 (bestuursverslag + jaarrekening) of a VO samenwerkingsverband: it reports realised figures on basisondersteuning audits, TLV's, terugplaatsingen, thuiszitters, ouders and the financial statements, and explicitly refers to the separately published ondersteuningsplan 2022-2026 / 2026-2030 for the policy itself. An annual report is a near-miss (domain A.3, B 5.4), not an ondersteuningsplan."
"""
