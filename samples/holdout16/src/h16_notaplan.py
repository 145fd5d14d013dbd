# -*- coding: utf-8 -*-
"""Not-a-plan: 'Jaarplan 2026' of SWV PO Lindenhout (fictional), pdf.

It is an annual activity plan that works out the ondersteuningsplan 2024-2028 for one calendar
year; it lists activities for every element, uses the full vocabulary (basisondersteuning, TLV,
terugplaatsing, verdeelmodel, dekkend aanbod, resultaten, ouder- en jeugdsteunpunt), even has a
'koppeling met de wettelijke onderdelen' table - but it is not the ondersteuningsplan.
"""

NAME = "np-po-jaarplan-lindenhout"
FORMATS = ["pdf"]
HEADER = "Jaarplan 2026 | Samenwerkingsverband Passend Onderwijs Lindenhout PO 24-07"
FOOTER = "Jaarplan 2026 - uitwerking van het Ondersteuningsplan 2024-2028"


def blocks():
    B = []
    B.append(("title", [
        "Jaarplan 2026",
        "Samenwerkingsverband Passend Onderwijs Lindenhout (PO 24-07)",
        "Uitwerking van het ondersteuningsplan 2024-2028 voor het kalenderjaar 2026",
        "Vastgesteld door het bestuur op 9 december 2025; de ondersteuningsplanraad is geinformeerd op 16 december 2025",
    ]))
    B.append(("pagebreak",))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [
        "1. Inleiding: van ondersteuningsplan naar jaarplan",
        "2. Terugblik op 2025 in vogelvlucht",
        "3. Activiteiten 2026 per speerpunt",
        "   3.1 Basisondersteuning",
        "   3.2 Toelaatbaarheid en plaatsing",
        "   3.3 Terugplaatsing",
        "   3.4 Dekkend aanbod en thuiszitters",
        "   3.5 Ouders en jeugd",
        "   3.6 Resultaten en kwaliteitszorg",
        "   3.7 Financien",
        "4. Jaarbegroting 2026 op hoofdlijnen",
        "5. Jaarkalender 2026",
        "6. Koppeling met de wettelijke onderdelen van het ondersteuningsplan",
    ]))
    B.append(("pagebreak",))

    B.append(("h1", "1. Inleiding: van ondersteuningsplan naar jaarplan"))
    B.append(("p", "Het ondersteuningsplan 2024-2028 van Samenwerkingsverband Passend Onderwijs Lindenhout legt voor vier schooljaren vast hoe de aangesloten schoolbesturen passend onderwijs organiseren: de basisondersteuning, de toelaatbaarheid tot sbo en so, de terugplaatsing, de verdeling van de middelen, het dekkend aanbod, de beoogde resultaten en de informatie aan ouders. Dit jaarplan beschrijft welke activiteiten het bureau en de besturen in het kalenderjaar 2026 uitvoeren om dat plan te realiseren. Het jaarplan bevat geen nieuw beleid; waar het beleid wordt genoemd, verwijzen we naar de paragraaf van het ondersteuningsplan."))
    B.append(("p", "Het jaarplan volgt de planning-en-controlcyclus van Lindenhout. In december stelt het bestuur het jaarplan en de jaarbegroting vast; in juni en oktober volgen voortgangsrapportages; in mei verschijnt het jaarverslag over het voorgaande jaar. De ondersteuningsplanraad ontvangt het jaarplan ter informatie. Het jaarplan is geen wijziging van het ondersteuningsplan en vraagt daarom geen instemming."))
    B.append(("p", "Lindenhout omvat 38 basisscholen, twee sbo-scholen en een so-school met drie locaties, verdeeld over zes schoolbesturen in de gemeenten Lindenhout, Overhout en Beekzicht. Op 1 oktober 2025 telden de scholen samen 9.640 leerlingen."))

    B.append(("h1", "2. Terugblik op 2025 in vogelvlucht"))
    B.append(("p", "In 2025 zijn de meeste activiteiten uit het jaarplan uitgevoerd. De audit basisondersteuning is op 34 van de 38 scholen afgerond. Het digitale aanvraagportaal voor toelaatbaarheidsverklaringen is in gebruik genomen, waardoor de doorlooptijd daalde van 41 naar 35 dagen. De pilot terugplaatsing op sbo De Linde is gestart met vijf leerlingen. Het ouder- en jeugdsteunpunt is voorbereid; de start is verschoven naar 2026. De bovenmatige reserve is voor een derde ingezet. Het volledige verslag staat in het jaarverslag 2025, dat in mei 2026 verschijnt."))

    B.append(("h1", "3. Activiteiten 2026 per speerpunt"))
    B.append(("p", "Per speerpunt staat hieronder wat we in 2026 doen, wie verantwoordelijk is, wanneer het klaar is en welk budget ermee gemoeid is. De speerpunten volgen de hoofdstukken van het ondersteuningsplan 2024-2028."))

    B.append(("h2", "3.1 Basisondersteuning"))
    B.append(("p", "Het ondersteuningsplan (hoofdstuk 3) beschrijft de elf standaarden basisondersteuning die voor alle scholen gelden. In 2026 ligt de nadruk op de scholen die in de audit van 2025 op een of meer standaarden onvoldoende scoorden, en op de voorbereiding op de landelijke norm basisondersteuning."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Audit basisondersteuning op de 4 resterende scholen", "consulenten", "Q1", "binnen formatie"],
        ["Verbetergesprekken met 7 scholen met onvoldoende scores", "directeur en bestuurders", "Q2", "binnen formatie"],
        ["Vergelijking elf standaarden met landelijke norm basisondersteuning", "beleidsmedewerker", "Q3", "5.000 euro"],
        ["Scholing dyslexie en dyscalculie voor intern begeleiders (2 dagdelen)", "opleidingscoordinator", "Q4", "12.000 euro"],
    ]))

    B.append(("h2", "3.2 Toelaatbaarheid en plaatsing"))
    B.append(("p", "De procedure en criteria voor de toelaatbaarheid tot sbo en so staan in hoofdstuk 5 van het ondersteuningsplan. In 2026 verbeteren we de uitvoering."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Evaluatie digitaal aanvraagportaal met scholen", "loketcoordinator", "Q1", "binnen formatie"],
        ["Uitbreiding pool tweede deskundigen met 2 jeugdartsen", "directeur", "Q2", "18.000 euro"],
        ["Intervisie voor deskundigen over onafhankelijkheid van adviezen", "orthopedagoog", "Q3", "3.000 euro"],
        ["Kwartaalrapportage doorlooptijden TLV aan het bestuur", "loketcoordinator", "Q1-Q4", "binnen formatie"],
    ]))

    B.append(("h2", "3.3 Terugplaatsing"))
    B.append(("p", "Het beleid en de procedure voor terugplaatsing staan in hoofdstuk 6 van het ondersteuningsplan. De pilot op sbo De Linde loopt in 2026 door en wordt uitgebreid naar de so-school."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Pilot terugplaatsing uitbreiden naar so De Lindeboom (4 leerlingen)", "directies sbo/so", "Q3", "22.000 euro"],
        ["Tussenevaluatie pilot met ontvangende basisscholen", "consulent", "Q2", "binnen formatie"],
        ["Voorstel structurele inbedding in het ondersteuningsplan", "beleidsmedewerker", "Q4", "binnen formatie"],
    ]))

    B.append(("h2", "3.4 Dekkend aanbod en thuiszitters"))
    B.append(("p", "Het ondersteuningsplan (hoofdstuk 4) beschrijft het ondersteuningscontinuum en de aanpak van thuiszitten. In 2026 voeren we de derde jaarlijkse analyse van het dekkend aanbod uit en openen we een tweede plusklas."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Analyse dekkend aanbod 2026", "beleidsmedewerker", "Q4", "binnen formatie"],
        ["Opening tweede plusklas in Overhout", "bestuur Stichting Overhout", "Q3", "48.000 euro"],
        ["Maandelijks thuiszittersoverleg met leerplicht", "consulenten", "doorlopend", "binnen formatie"],
        ["Verkenning onderwijs-zorgarrangement met jeugdhulpaanbieder", "directeur met gemeenten", "Q4", "10.000 euro"],
    ]))

    B.append(("h2", "3.5 Ouders en jeugd"))
    B.append(("p", "Hoofdstuk 8 van het ondersteuningsplan beschrijft hoe ouders worden geinformeerd en waar zij onafhankelijke ondersteuning vinden. In 2026 start het ouder- en jeugdsteunpunt."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Start Ouder- en Jeugdsteunpunt Lindenhout", "directeur met gemeenten", "Q1", "65.000 euro"],
        ["Actualisering ouderbrochure en ouderpagina", "communicatiemedewerker", "Q2", "4.000 euro"],
        ["Twee informatieavonden voor ouders", "consulenten", "Q2 en Q4", "2.500 euro"],
    ]))

    B.append(("h2", "3.6 Resultaten en kwaliteitszorg"))
    B.append(("p", "De beoogde resultaten voor de planperiode staan in hoofdstuk 9 van het ondersteuningsplan. In 2026 maken we de monitoring eenvoudiger."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Jaarverslag 2025", "directeur en controller", "Q2", "binnen formatie"],
        ["Nieuw dashboard kengetallen", "beleidsmedewerker", "Q3", "9.000 euro"],
        ["Tevredenheidspeiling scholen", "bureau", "Q4", "3.500 euro"],
        ["Voorbereiding tussenevaluatie ondersteuningsplan", "directeur", "Q4", "binnen formatie"],
    ]))

    B.append(("h2", "3.7 Financien"))
    B.append(("p", "Het verdeelmodel en de meerjarenbegroting staan in hoofdstuk 10 van het ondersteuningsplan. In 2026 voeren we de afgesproken evaluatie van het verdeelmodel uit."))
    B.append(("table", ["Activiteit", "Verantwoordelijk", "Gereed", "Budget"], [
        ["Evaluatie verdeelmodel met de besturen", "controller", "Q3", "binnen formatie"],
        ["Verantwoording besturen over 2025 verwerken", "controller", "Q2", "binnen formatie"],
        ["Inzet bovenmatige reserve: tweede tranche", "bestuur", "Q4", "zie begroting"],
    ]))

    B.append(("h1", "4. Jaarbegroting 2026 op hoofdlijnen"))
    B.append(("p", "De onderstaande tabel vat de jaarbegroting 2026 samen. De volledige begroting, met toelichting, is een apart document."))
    B.append(("table", ["Post", "Begroting 2026 (euro)"], [
        ["Baten ondersteuningsmiddelen", "8.140.000"],
        ["Afdrachten sbo en so via DUO", "-4.420.000"],
        ["Schoolbudgetten aan besturen", "-1.690.000"],
        ["Arrangementen en bovenschoolse voorzieningen", "-1.120.000"],
        ["Activiteiten jaarplan (hoofdstuk 3)", "-202.000"],
        ["Bureau en loket", "-860.000"],
        ["Inzet reserve", "-152.000"],
    ]))

    B.append(("h1", "5. Jaarkalender 2026"))
    B.append(("table", ["Maand", "Wat"], [
        ["januari", "start ouder- en jeugdsteunpunt; teldatum groeiregeling 1 februari voorbereiden"],
        ["maart", "audit basisondersteuning afgerond; bestuursvergadering"],
        ["mei", "jaarverslag 2025; verantwoording besturen"],
        ["juni", "voortgangsrapportage 1; OPR-vergadering"],
        ["september", "opening plusklas Overhout"],
        ["oktober", "teldatum 1 oktober; voortgangsrapportage 2"],
        ["december", "jaarplan en begroting 2027; analyse dekkend aanbod"],
    ]))

    B.append(("h1", "6. Koppeling met de wettelijke onderdelen van het ondersteuningsplan"))
    B.append(("table", ["Onderdeel ondersteuningsplan (art. 18a lid 8 WPO)", "Hoofdstuk ondersteuningsplan 2024-2028", "Paragraaf jaarplan"], [
        ["a. voorzieningen en basisondersteuning", "3 en 4", "3.1 en 3.4"],
        ["b. middelen en meerjarenbegroting", "10", "3.7 en 4"],
        ["c. toelaatbaarheid sbo en so", "5", "3.2"],
        ["d. terugplaatsing", "6", "3.3"],
        ["e. resultaten", "9", "3.6"],
        ["f. ouders", "8", "3.5"],
    ]))
    return B


LABEL = {
    "documents": ["np-po-jaarplan-lindenhout.pdf"],
    "sector": "po",
    "looks_like_plan": False,
    "notes": {
        "why": "Jaarplan 2026 of a samenwerkingsverband: a one-year activity plan (activities, owners, quarters, budgets) that explicitly works out the separate Ondersteuningsplan 2024-2028 and refers to its chapters for all policy; it states it contains no new policy and needs no OPR consent. It uses all element vocabulary but is not the ondersteuningsplan.",
    },
}
