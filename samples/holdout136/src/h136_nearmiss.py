"""Near-miss: a school-level 'ondersteuningsplan' of one basisschool (not an SWV plan), .docx."""


def blocks():
    return [
        ("header", "OBS De Vlinderboom — Schoolondersteuningsplan 2025-2026"),
        ("title", "Ondersteuningsplan OBS De Vlinderboom 2025-2026"),
        ("sub", "Hoe wij op onze school de ondersteuning voor leerlingen organiseren — zorgniveaus, "
                "groepsbesprekingen en de samenwerking met ouders"),
        ("toc", ["1 Inleiding", "2 Onze school", "3 De zorgniveaus", "4 De cyclus van handelingsgericht werken",
                 "5 Groeps- en leerlingbesprekingen", "6 Het ondersteuningsteam", "7 Extra ondersteuning via het samenwerkingsverband",
                 "8 Ouders", "9 Taken en verantwoordelijkheden", "10 Jaarplanning zorg"]),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Vlinderboom de ondersteuning aan leerlingen "
              "organiseert. Het plan is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen "
              "weten hoe wij werken. Het plan wordt ieder jaar door de intern begeleider en de directeur "
              "geactualiseerd en met de medezeggenschapsraad besproken. Het sluit aan bij het "
              "schoolondersteuningsprofiel en bij het ondersteuningsplan van ons samenwerkingsverband "
              "Passend Onderwijs Lingestreek."),
        ("h1", "2 Onze school"),
        ("p", "OBS De Vlinderboom is een openbare basisschool in Asperen met 214 leerlingen in negen groepen. "
              "De school maakt deel uit van Stichting Openbaar Onderwijs Lingestreek. Ons team bestaat uit "
              "zeventien leerkrachten, twee onderwijsassistenten, een intern begeleider (0,6 fte) en een "
              "directeur. Wij werken met het Kanjertraining-programma en hebben een plusgroep voor leerlingen "
              "die meer aankunnen."),
        ("h1", "3 De zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Zorgniveau 1 is de algemene zorg door de leerkracht in de "
              "groep: goed lesgeven, differentiëren in drie instructieniveaus en het volgen van alle leerlingen. "
              "Zorgniveau 2 is extra zorg in de groep: de leerkracht geeft op basis van toetsgegevens of "
              "observaties verlengde instructie of extra oefentijd. Zorgniveau 3 is speciale zorg na "
              "consultatie van de intern begeleider: er wordt een handelingsplan opgesteld. Zorgniveau 4 is "
              "speciale zorg na onderzoek door een externe deskundige, bijvoorbeeld een orthopedagoog of "
              "logopedist. Zorgniveau 5 is de verwijzing naar speciaal (basis)onderwijs, waarvoor een "
              "toelaatbaarheidsverklaring van het samenwerkingsverband nodig is."),
        ("p", "De zorgniveaus 1 tot en met 3 vallen binnen de basisondersteuning van onze school. Voor "
              "zorgniveau 4 kan de school een arrangement aanvragen bij het samenwerkingsverband."),
        ("h1", "4 De cyclus van handelingsgericht werken"),
        ("p", "Wij werken volgens de cyclus van handelingsgericht werken in vier fasen: waarnemen, begrijpen, "
              "plannen en realiseren. Twee keer per jaar, na de toetsperiodes van januari en juni, analyseren "
              "de leerkrachten de resultaten van hun groep. Zij maken een groepsoverzicht waarin de "
              "onderwijsbehoeften van de leerlingen staan en stellen een groepsplan op voor rekenen, "
              "technisch lezen, begrijpend lezen en spelling. In het groepsplan staan de leerlingen in drie "
              "groepen: basis, verdiept en intensief."),
        ("p", "De resultaten van de methode-onafhankelijke toetsen worden in een trendanalyse besproken in het "
              "team. Daarbij kijken wij naar de opbrengsten per leerjaar en per vakgebied en vergelijken wij ze "
              "met de schoolnormen. De uitkomsten worden gebruikt voor het jaarplan van de school."),
        ("h1", "5 Groeps- en leerlingbesprekingen"),
        ("p", "Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met iedere leerkracht "
              "een groepsbespreking. Daarin worden het groepsoverzicht, het groepsplan en de sociaal-emotionele "
              "ontwikkeling van de groep besproken. Leerlingen over wie de leerkracht zich zorgen maakt, worden "
              "daarna in een leerlingbespreking besproken. Van iedere bespreking wordt een kort verslag gemaakt "
              "in ParnasSys."),
        ("p", "Leerlingen met een eigen leerlijn krijgen een ontwikkelingsperspectief (OPP). Het OPP wordt met "
              "ouders besproken en twee keer per jaar geëvalueerd. Vanaf groep 6 wordt ook de leerling zelf "
              "gevraagd naar zijn of haar mening over het OPP."),
        ("h1", "6 Het ondersteuningsteam"),
        ("p", "Als de ondersteuning in de groep en de begeleiding door de intern begeleider onvoldoende "
              "resultaat hebben, wordt de leerling besproken in het ondersteuningsteam (OT). Het OT bestaat uit "
              "de intern begeleider, de leerkracht, de ouders, de consulent van het samenwerkingsverband en "
              "zo nodig de schoolmaatschappelijk werker of de jeugdverpleegkundige. Het OT komt zes keer per "
              "jaar bijeen en stelt een plan van aanpak op met concrete afspraken en een evaluatiedatum."),
        ("h1", "7 Extra ondersteuning via het samenwerkingsverband"),
        ("p", "Soms heeft een leerling meer nodig dan onze school kan bieden. Dan kan de school bij het "
              "samenwerkingsverband een arrangement aanvragen, bijvoorbeeld voor extra begeleiding door een "
              "gedragsspecialist of ambulante begeleiding vanuit het speciaal onderwijs. De intern begeleider "
              "vult daarvoor samen met de leerkracht het groeidocument in. De ondersteuningsmiddelen die de "
              "school van het bestuur ontvangt, zetten wij vooral in voor onderwijsassistenten en voor de "
              "plusgroep."),
        ("p", "Als blijkt dat een leerling beter op zijn plek is in het speciaal basisonderwijs of het "
              "speciaal onderwijs, vraagt de directeur namens het bestuur een toelaatbaarheidsverklaring aan "
              "bij het samenwerkingsverband. Wij bereiden dat zorgvuldig voor met ouders. In de afgelopen drie "
              "jaar zijn vier leerlingen van onze school met een TLV naar het sbo gegaan. Eén leerling is na "
              "twee jaar sbo teruggekeerd op De Vlinderboom; wij hebben toen met de sbo-school een "
              "overdrachtsgesprek gehouden."),
        ("h1", "8 Ouders"),
        ("p", "Ouders zijn onze partners. Wij informeren ouders bij de start van het schooljaar op de "
              "informatieavond, via de schoolgids en via de nieuwsbrief. Bij zorgen nemen wij altijd zo snel "
              "mogelijk contact op met ouders. Ouders worden uitgenodigd voor de OT-besprekingen over hun kind "
              "en tekenen het OPP voor gezien. Heeft u een klacht, dan kunt u de klachtenregeling van onze "
              "stichting volgen of contact opnemen met de vertrouwenspersoon. Voor onafhankelijk advies kunt u "
              "terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "9 Taken en verantwoordelijkheden"),
        ("table", [["Wie", "Taken"],
                   ["Leerkracht", "Signaleren, groepsplan, eerste gesprek met ouders, uitvoeren van interventies."],
                   ["Intern begeleider", "Groeps- en leerlingbesprekingen, coördinatie OT, contact samenwerkingsverband, OPP's."],
                   ["Directeur", "Eindverantwoordelijk, aanvragen TLV namens bestuur, contact met bestuur."],
                   ["Onderwijsassistent", "Uitvoeren van extra instructie onder begeleiding van de leerkracht."]]),
        ("h1", "10 Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "Informatieavond ouders; startgesprekken"],
                   ["oktober", "Groepsbesprekingen ronde 1"],
                   ["januari", "Midden-toetsen; trendanalyse"],
                   ["februari", "Groepsbesprekingen ronde 2; OPP-evaluaties"],
                   ["juni", "Eind-toetsen; groepsbesprekingen ronde 3; overdracht naar volgend leerjaar"]]),
    ]
