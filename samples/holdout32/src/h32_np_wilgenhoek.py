"""Near-miss: a SCHOOL-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen),
full of samenwerkingsverband vocabulary, but not the ondersteuningsplan of a samenwerkingsverband."""
from h32_common import Doc


def build():
    d = Doc("Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
            header="OBS De Wilgenhoek - Ondersteuningsplan 2025-2026 - onderdeel van het schoolplan",
            footer="OBS De Wilgenhoek, Wilgenlaan 12, Turfhaven | aangesloten bij SWV Passend Onderwijs Veenstreek (PO 31-17)")
    d.titlepage("Ondersteuningsplan 2025-2026",
                "OBS De Wilgenhoek",
                "Hoe wij op onze school de ondersteuning aan leerlingen organiseren",
                "Vastgesteld door de directie, besproken in de MR op 30 september 2025")
    d.toc([
        "1 Inleiding",
        "2 Onze school in cijfers",
        "3 Basisondersteuning op De Wilgenhoek",
        "4 De zorgniveaus 1 tot en met 5",
        "5 Groepsbesprekingen en leerlingbesprekingen",
        "6 Het ondersteuningsteam",
        "7 Extra ondersteuning via het samenwerkingsverband",
        "8 Aanvraag toelaatbaarheidsverklaring",
        "9 Ouders",
        "10 Middelen",
        "11 Opbrengsten",
        "12 Jaarplanning zorg",
    ])
    d.pb()
    d.h1("1 Inleiding")
    d.p("Dit ondersteuningsplan beschrijft hoe het team van OBS De Wilgenhoek de ondersteuning aan leerlingen "
        "organiseert in het schooljaar 2025-2026. Het plan is een uitwerking van ons schoolondersteuningsprofiel "
        "en hoort bij het schoolplan 2023-2027. Het is bedoeld voor leerkrachten, de intern begeleider, "
        "onderwijsassistenten en voor ouders die willen weten hoe wij werken.",
        "Onze school is aangesloten bij het Samenwerkingsverband Passend Onderwijs Veenstreek. Het "
        "samenwerkingsverband heeft een eigen ondersteuningsplan voor de hele regio; dat plan is leidend voor de "
        "afspraken tussen de scholen. Dit document gaat alleen over onze eigen school.")
    d.h1("2 Onze school in cijfers")
    d.table([
        ["Gegeven", "2023-2024", "2024-2025", "2025-2026"],
        ["leerlingen op 1 oktober", "243", "238", "241"],
        ["groepen", "10", "10", "10"],
        ["leerlingen met een OPP", "6", "7", "6"],
        ["leerlingen met een arrangement van het SWV", "4", "5", "3"],
        ["verwijzingen naar sbo of so", "2", "1", "-"],
        ["leerlingen met dyslexieverklaring", "14", "15", "13"],
    ])
    d.h1("3 Basisondersteuning op De Wilgenhoek")
    d.p("Basisondersteuning is de ondersteuning die wij aan alle leerlingen kunnen bieden, zonder aanvraag bij het "
        "samenwerkingsverband. Op onze school betekent dat:")
    d.ul([
        "een intern begeleider, 3 dagen per week",
        "een onderwijsassistent voor extra instructie in groep 3 tot en met 5",
        "een leesspecialist die het dyslexieprotocol coördineert",
        "de Kanjertraining in alle groepen",
        "een plusgroep voor leerlingen die meer aankunnen, één ochtend per week",
        "een rustige werkplek op de gang bij elke groep",
    ])
    d.h1("4 De zorgniveaus 1 tot en met 5")
    d.table([
        ["Zorgniveau", "Omschrijving", "Wie"],
        ["1", "algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus", "leerkracht"],
        ["2", "extra zorg in de groep: verlengde instructie, extra oefentijd", "leerkracht"],
        ["3", "speciale zorg na intern onderzoek: handelingsplan, begeleiding door onderwijsassistent", "leerkracht en IB'er"],
        ["4", "speciale zorg na extern onderzoek: ondersteuningsteam, arrangement via het SWV", "IB'er, ondersteuningsteam"],
        ["5", "verwijzing naar sbo of so met een toelaatbaarheidsverklaring", "directie, IB'er, ouders"],
    ])
    d.h1("5 Groepsbesprekingen en leerlingbesprekingen")
    d.p("Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking. Daarin bespreken "
        "zij de toetsresultaten, het groepsoverzicht en de leerlingen die extra aandacht vragen. Na elke "
        "groepsbespreking past de leerkracht het groepsplan aan. Leerlingen over wie zorgen blijven, komen in de "
        "leerlingbespreking met het hele team.")
    d.table([
        ["Moment", "Wat", "Wie"],
        ["oktober", "groepsbespreking 1: startsituatie", "leerkracht, IB'er"],
        ["februari", "groepsbespreking 2: na middentoetsen", "leerkracht, IB'er"],
        ["juni", "groepsbespreking 3: na eindtoetsen, overdracht", "leerkracht, IB'er, nieuwe leerkracht"],
        ["november en april", "leerlingbespreking", "hele team"],
    ])
    d.h1("6 Het ondersteuningsteam")
    d.p("Het ondersteuningsteam (OT) van onze school komt zes keer per jaar bijeen. Vaste leden zijn de intern "
        "begeleider, de directeur, de consulent van het samenwerkingsverband en de contactpersoon van het sociaal "
        "team. Ouders worden altijd uitgenodigd wanneer hun kind besproken wordt. Het OT kan besluiten een "
        "onderzoek te laten doen, een arrangement aan te vragen of een doorverwijzing naar jeugdhulp voor te "
        "stellen.")
    d.h1("7 Extra ondersteuning via het samenwerkingsverband")
    d.p("Als de basisondersteuning van onze school niet voldoende is, vraagt de intern begeleider bij de consulent "
        "van het samenwerkingsverband een arrangement aan. Dat kan bijvoorbeeld een periode van begeleiding door een "
        "gedragsspecialist zijn, of extra handen in de klas. Het samenwerkingsverband beslist over de aanvraag. Wij "
        "evalueren elk arrangement na zes maanden met ouders en de consulent.")
    d.h1("8 Aanvraag toelaatbaarheidsverklaring")
    d.p("Soms is een speciale school beter voor een leerling. Dan vraagt ons schoolbestuur een "
        "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De IB'er stelt het dossier samen met "
        "het OPP, de verslagen van het OT en het onderwijskundig rapport. Ouders geven hun zienswijze. Het "
        "samenwerkingsverband beslist; voor de criteria en de procedure verwijzen wij naar het ondersteuningsplan "
        "van het samenwerkingsverband. Als een leerling later terugkomt vanuit het sbo, bereiden wij dat samen "
        "met de sbo-school voor.")
    d.h1("9 Ouders")
    d.p("Wij zien ouders als partners. Ouders worden altijd geïnformeerd als hun kind extra ondersteuning krijgt. "
        "Informatie over de ondersteuning op onze school staat in de schoolgids en op de website. Bij vragen "
        "kunnen ouders terecht bij de leerkracht en de intern begeleider. Voor onafhankelijk advies verwijzen wij "
        "naar het Ouder- en Jeugdsteunpunt van het samenwerkingsverband. Klachten behandelen wij volgens de "
        "klachtenregeling van ons bestuur.")
    d.h1("10 Middelen")
    d.p("Onze school ontvangt via het bestuur een deel van het schoolbudget van het samenwerkingsverband. In "
        "2025-2026 is dat € 46.000. Wij zetten dit in voor de onderwijsassistent (0,6 fte), de uren van de "
        "leesspecialist en scholing van het team in handelingsgericht werken.")
    d.table([
        ["Inzet middelen 2025-2026", "Bedrag"],
        ["onderwijsassistent 0,6 fte", "€ 31.500"],
        ["leesspecialist (uitbreiding 4 uur per week)", "€ 9.000"],
        ["teamscholing handelingsgericht werken", "€ 5.500"],
    ])
    d.h1("11 Opbrengsten")
    d.p("Wij volgen de resultaten van onze leerlingen met het leerlingvolgsysteem en de eindtoets in groep 8. In "
        "2024-2025 haalde 96% van de leerlingen het fundamentele niveau 1F voor lezen en 93% voor rekenen. Het "
        "streefdoel voor 2025-2026 is 95% op beide onderdelen. Voor leerlingen met een OPP kijken wij of zij de "
        "doelen uit hun eigen leerlijn halen; dat was in 2024-2025 bij vijf van de zeven leerlingen zo.")
    d.h1("12 Jaarplanning zorg")
    d.table([
        ["Maand", "Activiteit"],
        ["september", "startgesprekken met ouders, overdracht"],
        ["oktober", "groepsbespreking 1"],
        ["januari", "middentoetsen"],
        ["februari", "groepsbespreking 2, adviesgesprekken groep 8"],
        ["april", "eindtoets groep 8"],
        ["juni", "eindtoetsen, groepsbespreking 3, overdracht naar nieuwe leerkracht"],
    ])
    return d


LABEL = {
    "documents": ["np-po-wilgenhoek-schoolondersteuningsplan.docx"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "School-level 'Ondersteuningsplan' of one basisschool (OBS De Wilgenhoek): zorgniveaus 1-5, groepsbesprekingen, school budget share and eindtoets results. It explicitly says the samenwerkingsverband has its own regional plan that is leading; this is not an SWV ondersteuningsplan despite SWV vocabulary (TLV, arrangement, basisondersteuning, OJSP, SWV code in footer).",
    },
}
