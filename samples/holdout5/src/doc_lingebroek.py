"""Doc 2: plain-language PO plan written for parents (.md). Stichting Samen Wijzer Lingebroek, PO 29-04 (fictional)."""
SLUG = "lingebroek-po2904-ouderversie"

BLOCKS = [
    ("title", ["Ons ondersteuningsplan 2025-2029, in gewone taal",
               "Samenwerkingsverband Samen Wijzer Lingebroek (PO 29-04)",
               "Voor ouders en verzorgers van kinderen op de basisschool",
               "Vastgesteld door het bestuur op 8 april 2025, met instemming van de ondersteuningsplanraad"]),
    ("toc", ["Waarom dit plan?", "Wat mag u van elke school verwachten?", "Wat als uw kind meer nodig heeft?",
             "Naar het speciaal (basis)onderwijs", "Naar de middelbare school", "Geld",
             "Wat willen we bereiken?", "Hoe houden wij u op de hoogte?", "Hulp nodig? U staat er niet alleen voor",
             "Woordenlijst"]),
    ("h1", "Waarom dit plan?"),
    ("p", "Elk kind verdient een school die bij hem of haar past. In onze regio werken 11 schoolbesturen samen in "
          "het samenwerkingsverband Samen Wijzer Lingebroek. Samen zijn dat 38 basisscholen, 1 school voor speciaal "
          "basisonderwijs (sbo De Wilgenhoek) en 2 scholen voor speciaal onderwijs. Elke vier jaar schrijven we een "
          "ondersteuningsplan. Het volledige plan is dik en ingewikkeld. Daarom hebben we deze versie geschreven: "
          "het plan in gewone taal. Het geldt van 1 augustus 2025 tot 31 juli 2029."),
    ("p", "Het aantal leerlingen in onze regio loopt de komende jaren terug. Dat maakt het belangrijk dat scholen "
          "goed samenwerken."),
    ("h1", "Wat mag u van elke school verwachten?"),
    ("p", "Alle 38 basisscholen hebben samen afgesproken wat ze minimaal aan ondersteuning bieden. Dat noemen we "
          "basisondersteuning. Het maakt niet uit op welke school of welke locatie uw kind zit: elke school biedt "
          "dit, zonder dat daar een aanvraag voor nodig is. Dit kunt u dus op iedere school verwachten:"),
    ("bullets", [
        "De leerkracht kijkt wat uw kind nodig heeft en past de lessen daarop aan.",
        "Er is een intern begeleider (IB'er) met wie u een afspraak kunt maken.",
        "Heeft uw kind moeite met lezen of rekenen? De school volgt een vast plan voor dyslexie en dyscalculie.",
        "Kan uw kind meer aan? Dan krijgt het extra uitdaging in de klas.",
        "De school heeft een aanpak tegen pesten en let op hoe uw kind zich voelt.",
        "Heeft uw kind medicijnen of medische hulp nodig? De school heeft daar vaste afspraken over.",
        "Spreekt uw kind nog niet goed Nederlands? Dan krijgt het extra taallessen.",
        "Twee keer per jaar bespreekt de school de ontwikkeling van uw kind met u.",
    ]),
    ("h1", "Wat als uw kind meer nodig heeft?"),
    ("p", "Soms is de basisondersteuning niet genoeg. Dan gaat de school met u in gesprek. Samen met u vult de "
          "school een groeidocument in. De school kan daarna hulp vragen aan het ondersteuningsteam. Daarin zitten "
          "de IB'er, een orthopedagoog van het samenwerkingsverband en soms iemand van het jeugdteam."),
    ("p", "Er zijn verschillende soorten extra hulp. Van licht naar zwaar:"),
    ("numbers", [
        "Extra ondersteuning op de eigen school, bijvoorbeeld een onderwijsassistent of een specialist die een paar uur per week helpt. Dit heet een arrangement.",
        "Een plek in een bovenschoolse groep, zoals de plusklas voor kinderen die meer aankunnen, of de taalklas voor nieuwkomers.",
        "Een plek op het speciaal basisonderwijs (sbo De Wilgenhoek).",
        "Een plek op een school voor speciaal onderwijs (so), voor kinderen met een lichamelijke beperking, een verstandelijke beperking, een langdurige ziekte of ernstige gedragsproblemen.",
    ]),
    ("h1", "Naar het speciaal (basis)onderwijs"),
    ("p", "Om naar het sbo of so te gaan, heeft uw kind een toelaatbaarheidsverklaring (TLV) nodig. Zo gaat dat:"),
    ("numbers", [
        "De school bespreekt met u dat uw kind misschien beter op een speciale school past.",
        "De school vraagt de TLV aan bij het Loket van het samenwerkingsverband. U mag uw mening op papier meegeven.",
        "Twee deskundigen, waaronder een orthopedagoog of psycholoog, bekijken het dossier. Zij geven allebei een eigen advies.",
        "De TLV-commissie beslist binnen 6 weken. U krijgt een brief met het besluit en een kopie van de adviezen.",
        "Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken.",
    ]),
    ("p", "Wanneer een kind toelaatbaar is voor het sbo of so, leest u in bijlage 4 'Criteria toelaatbaarheid'."),
    ("h1", "Naar de middelbare school"),
    ("p", "In groep 8 maakt uw kind de overstap naar het voortgezet onderwijs. De basisschool zorgt voor een warme "
          "overdracht: de leerkracht praat met de nieuwe school over wat uw kind nodig heeft. Zo gaat de doorstroom "
          "naar het voortgezet onderwijs zo soepel mogelijk."),
    ("h1", "Geld"),
    ("p", "Hoe het samenwerkingsverband het geld verdeelt en waaraan het wordt uitgegeven, leest u in de begroting "
          "op onze website: www.samenwijzer-lingebroek.nl/geld. Die begroting wordt elk jaar opnieuw vastgesteld."),
    ("h1", "Wat willen we bereiken?"),
    ("p", "Dit zijn onze doelen voor 2029:"),
    ("bullets", [
        "Elk kind dat extra hulp nodig heeft, krijgt binnen 6 weken een passend aanbod.",
        "Minder kinderen hoeven naar een speciale school: het deel van de kinderen op het sbo daalt van 2,4% naar 2,0%.",
        "Ouders geven het samenwerkingsverband gemiddeld minstens een 7,5 voor hoe zij geholpen worden.",
        "Alle scholen bieden de basisondersteuning zoals hierboven beschreven.",
    ]),
    ("p", "Hoe we bijhouden of we deze doelen halen, beschrijven we later in ons jaarplan."),
    ("h1", "Hoe houden wij u op de hoogte?"),
    ("bullets", [
        "Op www.samenwijzer-lingebroek.nl staat een ouderpagina met uitleg over alle vormen van ondersteuning.",
        "Elke school beschrijft in de schoolgids welke ondersteuning zij biedt (het schoolondersteuningsprofiel).",
        "Er is een ouderfolder, ook in eenvoudig Nederlands en in het Turks en Arabisch.",
        "Elke woensdagochtend is er een telefonisch spreekuur voor ouders: 0345-700 900.",
    ]),
    ("h1", "Hulp nodig? U staat er niet alleen voor"),
    ("p", "Heeft u vragen, of bent u het niet eens met de school? Praat eerst met de leerkracht of de IB'er. Komt u er "
          "samen niet uit, dan kunt u terecht bij onafhankelijke hulp:"),
    ("bullets", [
        "Ouder- en jeugdsteunpunt Lingebroek: luistert naar u, geeft advies en gaat zo nodig mee naar gesprekken. Het steunpunt is onafhankelijk van de scholen. Bel 0345-700 950 of mail steunpunt@samenwijzer-lingebroek.nl.",
        "Onderwijsconsulenten: landelijke, gratis en onafhankelijke hulp als het echt vastloopt (www.onderwijsconsulenten.nl).",
        "Klachten over het samenwerkingsverband kunt u indienen bij de klachtencommissie; de klachtenregeling staat op de website.",
    ]),
    ("h1", "Woordenlijst"),
    ("table", [["Woord", "Uitleg"],
               ["Terugplaatsing", "Een kind gaat van het sbo of so weer naar een gewone basisschool. De speciale school bekijkt elk jaar of dat kan; de ontvangende school krijgt een jaar lang extra hulp."],
               ["Verdeelmodel", "De regels waarmee het samenwerkingsverband het geld over de schoolbesturen verdeelt, bijvoorbeeld een bedrag per leerling."],
               ["Thuiszitter", "Een kind dat niet naar school gaat terwijl het wel leerplichtig is. Het samenwerkingsverband zoekt dan samen met leerplicht binnen een maand een plek."],
               ["TLV", "Toelaatbaarheidsverklaring: de 'toegangskaart' voor het sbo of so."]]),
]

LABEL = {
    "documents": [f"{SLUG}.md"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                 "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": ["plaatsing.deskundigen", "plaatsing.bezwaar", "resultaten.meetbaar",
                           "ouders.betrokkenheid", "dekkend-aanbod.ketenpartners"],
    "notes": {
        "plaatsing": "Section 'Naar het speciaal (basis)onderwijs' gives the TLV steps (school -> Loket, two deskundigen, "
                     "TLV-commissie within 6 weeks, bezwaar). The criteria are referred to 'bijlage 4 Criteria toelaatbaarheid', "
                     "which is not part of the input -> criteria not addressed (report as verwezen).",
        "terugstroom": "No body text on return from sbo/so. Only near-misses: 'doorstroom naar het voortgezet onderwijs' / "
                       "warme overdracht (PO-VO), 'loopt terug' (pupil numbers). 'Terugplaatsing' is only in the Woordenlijst.",
        "financien": "Heading 'Geld' whose body only refers to the begroting on the website -> nothing addressed. "
                     "'Verdeelmodel' (with 'bedrag per leerling') only in the Woordenlijst.",
        "dekkend-aanbod": "Continuum light-to-heavy (arrangement, plusklas/taalklas, sbo, so) is described; no gap analysis, "
                          "thuiszitters or zorgplicht in body ('Thuiszitter' only in the Woordenlijst) -> lacunes not addressed.",
        "resultaten": "Goals for 2029 with numbers (6 weeks, sbo 2,4% -> 2,0%, 7,5 satisfaction); how they are monitored is "
                      "deferred ('beschrijven we later in ons jaarplan').",
    },
}
