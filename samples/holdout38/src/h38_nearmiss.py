"""Near-miss F: a school-level 'ondersteuningsplan' of one basisschool (not of a samenwerkingsverband).
Rendered as .txt. Uses the SWV vocabulary heavily (basisondersteuning, TLV, terugplaatsing, middelen,
ouders, resultaten, OPR, arrangement) but describes the internal zorgstructuur of one school.
"""

TITLE = "Ondersteuningsplan 2025-2026 IKC De Wilgenhoek"
HEADER = "IKC De Wilgenhoek - Stichting Kindwijs Rivierenland - Ondersteuningsplan 2025-2026"
FOOTER = "Vastgesteld door de directie op 2 juli 2025, met instemming van de medezeggenschapsraad op 26 juni 2025"

TOC = ["1 Inleiding", "2 Onze school en onze leerlingen", "3 Basisondersteuning op De Wilgenhoek",
       "4 De vijf ondersteuningsniveaus", "5 De cyclus van groepsbesprekingen",
       "6 Extra ondersteuning via het samenwerkingsverband", "7 Verwijzing naar sbo of so en terugplaatsing",
       "8 Ouders als partner", "9 Inzet van middelen", "10 Resultaten en evaluatie", "11 Jaarplanning IB"]


def blocks():
    b = [("title", "Ondersteuningsplan 2025-2026"), ("sub", "IKC De Wilgenhoek, Waalhaven (brinnummer 12AB)"),
         ("toc", TOC)]
    b += [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op IKC De Wilgenhoek de ondersteuning aan onze "
              "leerlingen organiseren. Het is een werkdocument voor het team: leerkrachten, onderwijsassistenten "
              "en de intern begeleider gebruiken het bij de planning van het schooljaar. Het plan sluit aan bij "
              "ons schoolondersteuningsprofiel (SOP) en bij het ondersteuningsplan van het samenwerkingsverband "
              "SPPO Rivierenland-West (PO 26-11), waarbij onze school is aangesloten."),
        ("p", "Het plan wordt elk jaar in juni geactualiseerd door de intern begeleider en de directeur en "
              "besproken in het team en in de medezeggenschapsraad."),
        ("h1", "2 Onze school en onze leerlingen"),
        ("p", "De Wilgenhoek is een integraal kindcentrum met 312 leerlingen in 13 groepen en een peuteropvang "
              "met 24 kindplaatsen. Ongeveer een op de vijf leerlingen spreekt thuis een andere taal dan het "
              "Nederlands. In het schooljaar 2024-2025 hadden 19 leerlingen een ontwikkelingsperspectief; voor 6 "
              "leerlingen liep een arrangement vanuit het samenwerkingsverband."),
        ("h1", "3 Basisondersteuning op De Wilgenhoek"),
        ("p", "Wij bieden de basisondersteuning zoals die in ons samenwerkingsverband is afgesproken. Op onze "
              "school betekent dat onder meer: een intern begeleider (vier dagen per week), een "
              "gedragsspecialist (één dag), twee keer per jaar groepsbesprekingen, werken volgens het protocol "
              "Leesproblemen en Dyslexie, een kanjertraining in alle groepen en een taalklas voor kinderen met "
              "een taalachterstand."),
        ("h1", "4 De vijf ondersteuningsniveaus"),
        ("ul", ["Niveau 1: goed lesgeven in de groep - de leerkracht.",
                "Niveau 2: extra zorg in de groep - de leerkracht, na overleg met collega's.",
                "Niveau 3: speciale zorg na consultatie van de intern begeleider.",
                "Niveau 4: speciale zorg met externe deskundigen (consulent samenwerkingsverband, logopedist, "
                "jeugdverpleegkundige).",
                "Niveau 5: verwijzing of arrangement via het samenwerkingsverband."]),
        ("h1", "5 De cyclus van groepsbesprekingen"),
        ("p", "Na iedere toetsperiode (januari en juni) analyseert de leerkracht de resultaten van de groep en "
              "bespreekt deze met de intern begeleider. In de groepsbespreking bepalen we welke leerlingen "
              "verlengde instructie, verrijking of een individuele aanpak krijgen. Leerlingen over wie zorgen "
              "bestaan, worden besproken in een leerlingbespreking; zo nodig volgt een ondersteuningsteam (OT) "
              "met ouders, de consulent van het samenwerkingsverband en de jeugdverpleegkundige."),
        ("p", "In oktober en maart houden we een kindgesprek met iedere leerling van groep 5 tot en met 8 over "
              "zijn of haar doelen."),
        ("h1", "6 Extra ondersteuning via het samenwerkingsverband"),
        ("p", "Als wij handelingsverlegen zijn, vragen wij via het Loket van het samenwerkingsverband een "
              "schoolarrangement aan. De intern begeleider stelt het groeidocument op, ouders tekenen voor "
              "akkoord en de consulent sluit aan bij het OT. Een arrangement duurt meestal een half jaar; we "
              "evalueren het na tien weken."),
        ("h1", "7 Verwijzing naar sbo of so en terugplaatsing"),
        ("p", "Wanneer een leerling ondanks een arrangement onvoldoende tot ontwikkeling komt, kan de school bij "
              "het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aanvragen. De procedure en de "
              "criteria zijn die van het samenwerkingsverband; de intern begeleider begeleidt ouders in dit "
              "traject. In 2024-2025 zijn twee leerlingen naar het sbo gegaan."),
        ("p", "Wij staan open voor terugplaatsing van leerlingen uit het sbo of so. Als een sbo-school een "
              "leerling bij ons aanmeldt, houden wij een overdrachtsgesprek en bekijken wij in het OT welke "
              "ondersteuning nodig is."),
        ("h1", "8 Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Wij betrekken ouders bij iedere stap: bij het eerste signaal "
              "neemt de leerkracht contact op, bij de leerlingbespreking worden ouders geïnformeerd en bij het OT "
              "zijn zij aanwezig. Het ontwikkelingsperspectief wordt met ouders besproken en door hen "
              "ondertekend. Informatie over de ondersteuning op onze school staat in de schoolgids en in ons "
              "SOP. Voor onafhankelijk advies kunnen ouders contact opnemen met het ouder- en jeugdsteunpunt "
              "van het samenwerkingsverband."),
        ("h1", "9 Inzet van middelen"),
        ("p", "De school ontvangt via het bestuur een deel van het ondersteuningsbudget van het "
              "samenwerkingsverband. In 2025-2026 zetten wij die middelen in voor: de gedragsspecialist (0,2 fte), "
              "een onderwijsassistent voor de taalklas (0,6 fte) en scholing van het team in "
              "handelingsgericht werken. De directeur legt hierover verantwoording af aan het bestuur."),
        ("h1", "10 Resultaten en evaluatie"),
        ("p", "Wij evalueren dit plan in juni. Doelen voor 2025-2026: 80% van de leerlingen met een OPP haalt "
              "de tussendoelen; de eindtoetsresultaten liggen op of boven de signaleringswaarde; de "
              "ouderstevredenheid over de ondersteuning is ten minste een 7,5."),
        ("h1", "11 Jaarplanning IB"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "startgesprekken ouders; groepsoverzichten"],
                   ["oktober", "kindgesprekken; OT-ronde 1"],
                   ["januari", "toetsperiode; groepsbesprekingen"],
                   ["maart", "kindgesprekken; OT-ronde 2"],
                   ["juni", "toetsperiode; groepsbesprekingen; evaluatie ondersteuningsplan"]]),
    ]
    return b
