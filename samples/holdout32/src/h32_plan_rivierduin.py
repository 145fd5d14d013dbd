"""Plan A: PO, table-heavy. docx + pdf.

Intended labels: basisondersteuning present (content only in a table), plaatsing partial (criteria
deferred), terugstroom missing (only a reference to an absent annex + glossary), financien present
(chapter 'Geld en middelen'), dekkend-aanbod present, resultaten partial (monitoring deferred),
ouders present (inside 'Communicatie').
"""
from h32_common import Doc, governance, personeel, ict_privacy, planning, totstandkoming, ict_systems_default

NAAM = "Samenwerkingsverband Passend Primair Onderwijs Rivierduin"
KORT = "Rivierduin"


def build():
    d = Doc("Ondersteuningsplan 2026-2030 Rivierduin",
            header="Ondersteuningsplan 2026-2030 | SWV PO Rivierduin (PO 31-02) | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen",
            footer="Vastgesteld door de directeur-bestuurder na instemming OPR | versie 1.0 definitief")
    d.titlepage("Ondersteuningsplan 2026-2030",
                "Elk kind een plek die past",
                NAAM + " (PO 31-02)",
                "Planperiode 1 augustus 2026 tot en met 31 juli 2030",
                "Versie 1.0 - definitief - maart 2026")
    d.toc([
        "1 Voorwoord ........ 3",
        "2 Het plan in tabellen ........ 4",
        "3 Wie wij zijn: kengetallen ........ 6",
        "4 Missie, visie en koers ........ 8",
        "5 Wat elke school biedt ........ 10",
        "6 Het ondersteuningscontinuüm ........ 13",
        "7 Toelaatbaarheid sbo en so ........ 16",
        "   7.4 Terugplaatsing en overplaatsing ........ 19",
        "8 Thuiszitters en passende plekken ........ 20",
        "9 Geld en middelen ........ 22",
        "10 Ambities 2026-2030 ........ 26",
        "11 Kwaliteitszorg en resultaten ........ 28",
        "12 Communicatie ........ 29",
        "13 Samenwerking met gemeenten (OOGO) ........ 31",
        "14 Organisatie en governance ........ 33",
        "15 Medezeggenschap ........ 35",
        "16 Personeel en professionalisering ........ 36",
        "17 ICT, informatiebeveiliging en privacy ........ 37",
        "18 Planning en jaarcyclus ........ 38",
        "19 Totstandkoming van dit plan ........ 39",
        "Bijlage A Begrippenlijst ........ 40",
        "Bijlage B Afkortingen ........ 42",
    ])
    d.pb()

    # 1 Voorwoord -----------------------------------------------------------
    d.h1("1 Voorwoord")
    d.p("Voor u ligt het derde ondersteuningsplan van Rivierduin. Het plan beschrijft hoe de 11 schoolbesturen "
        "in onze regio samen zorgen voor passend onderwijs voor ruim 15.000 kinderen in de basisschoolleeftijd. "
        "In de afgelopen jaren hebben wij veel geleerd. Scholen zijn beter toegerust, de lijnen met jeugdhulp "
        "zijn korter geworden en ouders weten ons beter te vinden. Tegelijk zien wij dat de druk op het onderwijs "
        "groot is: het lerarentekort, de complexere hulpvragen van kinderen en de wachtlijsten in de jeugdzorg "
        "vragen veel van iedereen.",
        "Dit plan is anders opgebouwd dan zijn voorgangers. Wij hebben gekozen voor tabellen en overzichten in "
        "plaats van lange beschouwingen. Zo kan iedereen – leraar, intern begeleider, ouder of bestuurder – snel "
        "vinden wat hij of zij zoekt. Achter de tabellen zit een gedeeld verhaal: wij willen dat elk kind zo "
        "thuisnabij mogelijk onderwijs krijgt dat past bij wat het nodig heeft.",
        "Mijn dank gaat uit naar de leden van de ondersteuningsplanraad, de wethouders en beleidsmedewerkers van "
        "de vier gemeenten, de intern begeleiders die meelazen en de ouders die in drie klankbordsessies hun "
        "ervaringen deelden. Zonder hen was dit plan niet geworden wat het nu is.",
        "Drs. M. van Beusekom, directeur-bestuurder")

    # 2 Het plan in tabellen ------------------------------------------------
    d.h1("2 Het plan in tabellen")
    d.p("Onderstaande tabel geeft per thema de kern van dit plan en het hoofdstuk waar u meer leest.")
    d.table([
        ["Thema", "Kern", "Hoofdstuk"],
        ["Basisondersteuning", "14 standaarden die elke vestiging biedt", "5"],
        ["Ondersteuningscontinuüm", "5 niveaus van basis tot so", "6"],
        ["Toelaatbaarheid", "aanvraag door schoolbestuur, besluit Commissie van Toelaatbaarheid", "7"],
        ["Terugplaatsing", "zie bijlage 7", "7.4"],
        ["Thuiszitters", "thuiszitterstafel per gemeente, escalatie binnen 3 maanden", "8"],
        ["Financiën", "schoolbudget per leerling plus arrangementenbudget", "9"],
        ["Ambities", "6 beoogde resultaten met streefwaarde 2030", "10"],
        ["Ouders", "ouderpagina, brochure, steunpunt", "12"],
    ])
    d.p("De tabel is een leeswijzer. Aan de tabel zelf kunnen geen rechten worden ontleend; de hoofdstukken zijn leidend.")

    # 3 Kengetallen -----------------------------------------------------------
    d.h1("3 Wie wij zijn: kengetallen")
    d.p("Rivierduin omvat de gemeenten Waalhaven, Duinmeer, Oosterweerd en Lingebroek. In het gebied staan 46 "
        "basisscholen met samen 52 vestigingen, 2 scholen voor speciaal basisonderwijs en 3 so-locaties van "
        "cluster 3 en 4. Het aantal leerlingen daalt licht; de prognose laat tot 2030 een daling van circa 4% zien.")
    d.table([
        ["Kengetal (teldatum 1 oktober)", "2022", "2023", "2024", "2025"],
        ["Leerlingen basisonderwijs", "15.412", "15.280", "15.198", "15.071"],
        ["Leerlingen sbo", "318", "326", "331", "340"],
        ["Leerlingen so (cluster 3 en 4)", "241", "238", "252", "259"],
        ["Aantal schoolbesturen", "12", "11", "11", "11"],
    ])
    d.p("De regio is deels landelijk: de kleinste "
        "school telt 38 leerlingen, de grootste 612. Ruim een derde van de scholen heeft minder dan 150 leerlingen.")
    d.table([
        ["Gemeente", "Inwoners", "Basisscholen", "Vestigingen", "Leerlingen bao 2025"],
        ["Waalhaven", "58.200", "19", "22", "6.240"],
        ["Duinmeer", "31.700", "11", "12", "3.610"],
        ["Oosterweerd", "24.900", "9", "10", "2.930"],
        ["Lingebroek", "19.300", "7", "8", "2.291"],
    ])

    # 4 Missie visie ----------------------------------------------------------
    d.h1("4 Missie, visie en koers")
    d.h2("4.1 Missie")
    d.p("Rivierduin zorgt er samen met de schoolbesturen voor dat ieder kind in de regio een passende "
        "onderwijsplek heeft en de ondersteuning krijgt die het nodig heeft om zich te ontwikkelen.")
    d.h2("4.2 Visie")
    d.ul([
        "thuisnabij waar het kan, specialistisch waar het moet",
        "de leraar in de klas staat centraal",
        "ouders zijn partner, niet klant",
        "ontschotting tussen onderwijs en jeugdhulp",
        "vertrouwen in professionals, verantwoording over keuzes",
        "middelen zo dicht mogelijk bij het kind",
    ])
    d.p("Wij geloven dat passend onderwijs geen systeem is maar een houding. Een school die zich afvraagt wat een "
        "kind nodig heeft, in plaats van wat er mis is met het kind, komt verder. Dat vraagt om leraren die zich "
        "gesteund voelen, om intern begeleiders met tijd en om schoolleiders die keuzes durven te maken. Ons "
        "samenwerkingsverband faciliteert; de scholen doen het werk.")
    d.h2("4.3 Koers: vier speerpunten")
    d.table([
        ["Speerpunt", "Waarom", "Uitwerking in"],
        ["Sterke basis", "de meeste kinderen zijn gebaat bij goede ondersteuning op de eigen school", "hoofdstuk 5"],
        ["Snelle route", "wachten is voor kinderen verloren tijd", "hoofdstuk 6 en 7"],
        ["Geen kind thuis", "elk kind hoort op school", "hoofdstuk 8"],
        ["Samen met de gemeente", "onderwijs en jeugdhulp versterken elkaar", "hoofdstuk 13"],
    ])

    # 5 Basisondersteuning ----------------------------------------------------
    d.h1("5 Wat elke school biedt")
    d.p("Het algemeen deel van de afspraken staat in de 'Standaard Basisondersteuning Rivierduin', door de ALV "
        "vastgesteld op 3 juni 2025. De standaard geldt als ondergrens voor alle 52 vestigingen van de aangesloten "
        "besturen: geen enkele vestiging biedt minder. Scholen mogen meer bieden en beschrijven dat in hun "
        "schoolgids. Wat boven de standaard uitgaat, heet bij ons extra ondersteuning (zie hoofdstuk 6).")
    d.table([
        ["Nr.", "Domein", "Standaard: dit kunt u op elke vestiging verwachten"],
        ["1", "Structuur", "een intern begeleider met minimaal 0,4 fte per 200 leerlingen en vaste overlegtijd"],
        ["2", "Structuur", "een ondersteuningsteam (school, SWV-consulent, jeugdverpleegkundige) dat minimaal 6x per jaar bijeenkomt"],
        ["3", "Planmatig werken", "groepsplannen of groepsoverzichten volgens handelingsgericht werken, 2x per jaar geëvalueerd"],
        ["4", "Planmatig werken", "een OPP voor elke leerling met een eigen leerlijn, binnen 6 weken na besluit opgesteld"],
        ["5", "Lezen en taal", "het Protocol Leesproblemen en Dyslexie, inclusief extra leestijd 3x20 minuten per week"],
        ["6", "Rekenen", "het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie"],
        ["7", "Gedrag", "een schoolbreed programma voor sociale veiligheid en een gedragsprotocol"],
        ["8", "Gedrag", "een time-in plek binnen de school en afspraken over de-escalatie"],
        ["9", "Begaafdheid", "signalering (bij de start van groep 1 en in groep 4) en compacten en verrijken in de groep"],
        ["10", "Taal/NT2", "extra taalaanbod voor kinderen met een taalachterstand, inclusief een NT2-leerlijn"],
        ["11", "Medisch", "een protocol medisch handelen en een aanspreekpunt voor medische zaken"],
        ["12", "Fysiek", "een toegankelijke begane grond of een alternatieve ruimte op de begane grond"],
        ["13", "Samenwerking", "een vaste schoolmaatschappelijk werker of jeugdhulpcontactpersoon"],
        ["14", "Overdracht", "warme overdracht bij de overstap naar een andere school of het VO"],
    ])
    d.h2("5.1 Borging")
    d.ul([
        "jaarlijkse zelfevaluatie per vestiging met de kwaliteitskaart basisondersteuning (14 standaarden, scores 1-4)",
        "om de twee jaar een audit door twee collega-IB'ers en een SWV-consulent",
        "score 1 op een standaard: verbeterplan binnen 3 maanden, besproken met het bestuur",
        "twee jaar achtereen onvoldoende: bestuurlijk gesprek met de directeur-bestuurder",
        "rapportage van de uitkomsten per bestuur aan de ALV in het najaar",
    ])

    # 6 Continuum -------------------------------------------------------------
    d.h1("6 Het ondersteuningscontinuüm")
    d.p("De ondersteuning in Rivierduin is in vijf niveaus georganiseerd. Niveau 1 en 2 vallen onder de "
        "basisondersteuning. Vanaf niveau 3 spreken we van extra ondersteuning. De niveaus sluiten op elkaar aan: "
        "een kind hoeft niet elk niveau te doorlopen, maar krijgt de ondersteuning die past.")
    d.table([
        ["Niveau", "Wat", "Waar", "Wie beslist", "Voorbeelden"],
        ["1", "ondersteuning in de groep", "eigen groep", "leraar", "differentiatie, extra instructie, time-in"],
        ["2", "ondersteuning in de school", "eigen school", "IB'er", "RT-moment, dyslexiebegeleiding, plusgroep"],
        ["3", "arrangement op de eigen school", "eigen school met expertise van buiten", "ondersteuningsteam + SWV-consulent", "individueel arrangement gedrag, ambulante begeleiding so"],
        ["4", "bovenschoolse voorziening", "Taalklas De Brug, Observatiegroep Het Anker, Plusklas Kompas", "loket SWV", "tijdelijke plaatsing tot maximaal 1 jaar, daarna terug naar eigen school"],
        ["5", "speciaal (basis)onderwijs", "2 sbo-scholen, 3 so-locaties", "Commissie van Toelaatbaarheid", "sbo, so cluster 3, so cluster 4"],
    ])
    d.h2("6.1 Voorzieningen op niveau 4")
    d.table([
        ["Voorziening", "Doelgroep", "Capaciteit", "Locatie"],
        ["Taalklas De Brug", "nieuwkomers 6-12 jaar", "32 plaatsen", "Waalhaven"],
        ["Observatiegroep Het Anker", "leerlingen met onduidelijke ondersteuningsvraag", "10 plaatsen", "Duinmeer"],
        ["Plusklas Kompas", "meer- en hoogbegaafde leerlingen, 1 dag per week", "48 plaatsen", "Oosterweerd en Waalhaven"],
        ["Onderwijs-zorggroep Vlinder", "jonge kinderen met ontwikkelingsvraag, samen met jeugdhulp", "12 plaatsen", "Lingebroek"],
    ])
    d.h2("6.2 De route")
    d.ol([
        "leraar signaleert en bespreekt met ouders en IB'er",
        "IB'er brengt de vraag in het ondersteuningsteam",
        "ondersteuningsteam stelt een plan op; zo nodig aanvraag arrangement bij het loket",
        "loket beslist binnen 4 weken over een arrangement of voorziening op niveau 3 of 4",
        "evaluatie na uiterlijk 6 maanden in het ondersteuningsteam",
    ])

    # 7 Toelaatbaarheid -------------------------------------------------------
    d.h1("7 Toelaatbaarheid sbo en so")
    d.p("Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
        "toelaatbaarheidsverklaring (TLV) van Rivierduin nodig. Cluster 1 en 2 vallen niet onder het "
        "samenwerkingsverband; daarvoor gelden landelijke procedures.")
    d.h2("7.1 Procedure")
    d.table([
        ["Stap", "Wat", "Wie", "Termijn"],
        ["1", "aanvraag TLV via het digitale aanvraagformulier", "schoolbestuur van de school waar de leerling is ingeschreven (of aangemeld)", "-"],
        ["2", "meesturen: OPP, verslag ondersteuningsteam, onderwijskundig rapport, zienswijze ouders", "school", "bij aanvraag"],
        ["3", "check op volledigheid", "loket", "binnen 5 werkdagen"],
        ["4", "schriftelijk advies van twee deskundigen", "orthopedagoog of psycholoog plus tweede deskundige", "binnen 3 weken"],
        ["5", "besluit", "Commissie van Toelaatbaarheid (CvT) namens de directeur-bestuurder", "binnen 6 weken na volledige aanvraag"],
        ["6", "besluit en beide adviezen naar ouders en school", "loket", "binnen 5 werkdagen na besluit"],
    ])
    d.h2("7.2 Deskundigen, looptijd en categorie")
    d.ul([
        "eerste deskundige: orthopedagoog-generalist of GZ-psycholoog, niet betrokken bij de aanvraag",
        "tweede deskundige afhankelijk van de leerling: kinderpsychiater, arts, maatschappelijk werker of pedagoog",
        "elke deskundige geeft een eigen, ondertekend advies",
        "looptijd TLV sbo: tot en met 31 juli van het schooljaar waarin de leerling 13 wordt",
        "looptijd TLV so: 2 schooljaren, bij ernstig meervoudige beperking tot einde so-leeftijd",
        "bekostigingscategorie so: laag, midden of hoog, vastgesteld op advies van de deskundigen",
    ])
    d.h2("7.3 Criteria")
    d.p("Of een leerling toelaatbaar is, beoordeelt de CvT per aanvraag. De criteria die de commissie daarbij "
        "hanteert, herijken wij in het schooljaar 2026-2027 samen met de sbo- en so-scholen. Na instemming van "
        "de ondersteuningsplanraad publiceren wij ze als 'Kader Toelaatbaarheid Rivierduin'. Tot dat moment "
        "gebruikt de commissie de werkwijze die zij in de afgelopen periode heeft opgebouwd.")
    d.h2("7.4 Terugplaatsing en overplaatsing")
    d.p("Voor terugplaatsing en overplaatsing van leerlingen uit het sbo en so naar het basisonderwijs volgen de "
        "scholen het Protocol Terug- en Doorplaatsing Rivierduin, dat als bijlage 7 bij dit plan hoort.")
    d.h2("7.5 Bezwaar")
    d.p("Ouders en schoolbesturen die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen 6 "
        "weken na de datum van het besluit bezwaar maken bij de directeur-bestuurder. Rivierduin is aangesloten "
        "bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies uitbrengt over het "
        "bezwaar. Daarna staat beroep open bij de rechtbank.")

    # 8 Thuiszitters ----------------------------------------------------------
    d.h1("8 Thuiszitters en passende plekken")
    d.p("Wij willen dat geen kind thuis zit zonder passend onderwijsaanbod. Wanneer een kind niet of nauwelijks "
        "naar school gaat, of wanneer geen school een passende plek heeft, schakelen de school en het "
        "samenwerkingsverband meteen.")
    d.table([
        ["Situatie", "Actie", "Wie", "Termijn"],
        ["leerling verzuimt 4 weken of langer", "melding bij leerplicht en SWV-consulent", "school", "binnen 1 week"],
        ["geen passende plek na aanmelding (zorgplicht)", "casusoverleg met SWV, andere school zoeken", "bestuur van aanmeldschool", "binnen 10 weken na aanmelding"],
        ["vastgelopen casus", "bespreking aan de thuiszitterstafel van de gemeente", "SWV, leerplicht, jeugdhulp, ouders", "maandelijks"],
        ["geen oplossing na 3 maanden", "escalatie naar directeur-bestuurder en wethouder (doorzettingsmacht)", "directeur-bestuurder", "binnen 2 weken na escalatie"],
    ])
    d.p("Jaarlijks brengt het loket in kaart waar wachtlijsten en witte vlekken ontstaan: welke vragen konden niet "
        "binnen de termijn worden beantwoord en welke voorzieningen ontbreken in de regio. Die analyse bespreekt "
        "het directeurenoverleg in maart; de directeur-bestuurder stelt daarna zo nodig een nieuwe voorziening "
        "voor aan de ALV. Zo is in 2024 de onderwijs-zorggroep Vlinder ontstaan.")

    # 9 Geld en middelen -----------------------------------------------------
    d.h1("9 Geld en middelen")
    d.p("Rivierduin ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Van het budget zware "
        "ondersteuning houdt DUO de afdrachten voor het so direct in. Met het restant werken wij volgens het "
        "verdeelmodel dat de ALV op 3 juni 2025 heeft vastgesteld.")
    d.h2("9.1 Verdeelmodel")
    d.table([
        ["Onderdeel", "Verdeelcriterium", "Bedrag 2026", "Wie besluit"],
        ["Schoolbudget", "per leerling op teldatum 1 oktober voorafgaand", "€ 178 per leerling", "vast, automatisch"],
        ["Vaste voet", "per vestiging (klein-scholenfactor)", "€ 6.500 per vestiging", "vast, automatisch"],
        ["Arrangementenbudget", "op aanvraag, criteria in de Regeling Arrangementen", "€ 1.210.000 totaal", "loket, binnen 4 weken"],
        ["Bovenschoolse voorzieningen", "exploitatiebijdrage per plaats", "€ 9.800 per plaats", "ALV (jaarlijks)"],
        ["Sbo-groeibekostiging", "peildatum 1 februari, conform wet", "raming € 240.000", "directeur-bestuurder"],
    ])
    d.p("De besturen ontvangen het schoolbudget en de vaste voet in vier termijnen. Zij zetten dit geld in om de "
        "basisondersteuning en de lichte extra ondersteuning op hun scholen te organiseren. Het "
        "arrangementenbudget wordt per leerling of per groep toegekend als de ondersteuningsbehoefte het niveau "
        "van de school overstijgt.")
    d.h2("9.2 Meerjarenbegroting")
    d.table([
        ["Bedragen x € 1.000", "2026", "2027", "2028", "2029", "2030"],
        ["Baten: ondersteuningsbudget lichte ondersteuning", "3.095", "3.072", "3.048", "3.021", "2.998"],
        ["Baten: ondersteuningsbudget zware ondersteuning (na afdracht so)", "4.410", "4.366", "4.330", "4.291", "4.260"],
        ["Baten: overige (gemeenten, projecten)", "185", "160", "160", "150", "150"],
        ["Totaal baten", "7.690", "7.598", "7.538", "7.462", "7.408"],
        ["Schoolbudgetten besturen", "3.020", "2.995", "2.970", "2.945", "2.920"],
        ["Vaste voet", "338", "338", "332", "332", "326"],
        ["Arrangementen", "1.210", "1.190", "1.180", "1.170", "1.160"],
        ["Bovenschoolse voorzieningen", "1.000", "1.000", "1.000", "980", "980"],
        ["Sbo (afdracht en groei)", "1.180", "1.170", "1.160", "1.150", "1.140"],
        ["Bureau, loket en deskundigen", "945", "960", "975", "990", "1.005"],
        ["Totaal lasten", "7.693", "7.653", "7.617", "7.567", "7.531"],
        ["Resultaat", "-3", "-55", "-79", "-105", "-123"],
    ])
    d.h2("9.3 Reserves en risico's")
    d.p("Het weerstandsvermogen bedroeg eind 2025 € 1,9 miljoen. Dat ligt onder de signaleringswaarde voor "
        "bovenmatige reserves. De geraamde negatieve resultaten worden bewust uit de reserve gedekt; eind 2030 "
        "resteert naar verwachting € 1,5 miljoen. Belangrijkste risico's: stijging van het aantal so-leerlingen "
        "(hogere afdracht) en onzekerheid over de rijksbekostiging.")
    d.h2("9.4 Verantwoording door besturen")
    d.p("Ieder bestuur levert uiterlijk 1 november een bestedingsverantwoording over het afgelopen schooljaar, "
        "per vestiging, in het format van Rivierduin. De controller analyseert de verantwoordingen; de uitkomst "
        "wordt met elk bestuur besproken in het jaarlijkse bestuursgesprek.")

    # 10 Ambities -------------------------------------------------------------
    d.h1("10 Ambities 2026-2030")
    d.p("Onderstaande beoogde resultaten gelden voor leerlingen die extra ondersteuning nodig hebben. Elke ambitie "
        "heeft een streefwaarde voor het einde van de planperiode.")
    d.table([
        ["Nr.", "Beoogd resultaat", "Streefwaarde 31 juli 2030"],
        ["A1", "leerlingen met een arrangement blijven op de eigen school", "ten minste 85% van de arrangementen zonder vervolgplaatsing sbo/so"],
        ["A2", "snelle ondersteuning", "90% van de loketbesluiten binnen 4 weken"],
        ["A3", "geen kind langer dan 3 maanden thuis", "0 leerlingen langer dan 3 maanden zonder aanbod"],
        ["A4", "alle vestigingen voldoen aan de standaard basisondersteuning", "100% score 2 of hoger op alle 14 standaarden"],
        ["A5", "tevreden ouders", "gemiddeld 7,5 of hoger op de oudertevredenheid over ondersteuning"],
        ["A6", "deelname sbo stabiliseert", "deelnamepercentage sbo maximaal 2,2%"],
    ])

    # 11 Kwaliteitszorg ------------------------------------------------------
    d.h1("11 Kwaliteitszorg en resultaten")
    d.p("Kwaliteitszorg is voor Rivierduin geen papieren exercitie. Wij willen leren van wat werkt. Hoe en wanneer "
        "wij de realisatie van de ambities uit hoofdstuk 10 volgen – indicatoren, bronnen, meetmomenten en de "
        "rapportage aan bestuur, ALV en OPR – werken wij uit in het Kwaliteitskader Rivierduin. Dat kader "
        "leggen wij in het voorjaar van 2027 ter instemming voor aan de ondersteuningsplanraad.")
    d.ul([
        "kwaliteitskader: in ontwikkeling",
        "dashboard: nader te bepalen",
        "evaluatiemomenten: volgen in het kwaliteitskader",
    ])

    # 12 Communicatie -------------------------------------------------------
    d.h1("12 Communicatie")
    d.p("Goede communicatie maakt passend onderwijs begrijpelijk. Wij communiceren met scholen, gemeenten, "
        "partners en ouders.")
    d.table([
        ["Middel", "Doelgroep", "Inhoud", "Frequentie"],
        ["website rivierduin-po.nl, ouderpagina", "ouders", "uitleg over basisondersteuning, arrangementen, voorzieningen en de TLV-route", "doorlopend bijgewerkt"],
        ["ouderbrochure 'Passend onderwijs in Rivierduin'", "ouders", "overzicht van de ondersteuning op school en in de regio; in het Nederlands, Engels, Arabisch en Pools", "jaarlijks herzien in juni"],
        ["schoolgids van elke school", "ouders", "verplicht hoofdstuk over de ondersteuning op die school met verwijzing naar de ouderpagina", "jaarlijks"],
        ["informatieavond passend onderwijs", "ouders", "uitleg en vragen, per gemeente", "2x per jaar (oktober en maart)"],
        ["nieuwsbrief", "scholen en partners", "ontwikkelingen, nieuwe voorzieningen", "6x per jaar"],
        ["jaarverslag", "iedereen", "verantwoording", "jaarlijks in juni"],
    ])
    d.h2("12.1 Onafhankelijke hulp voor ouders")
    d.p("Soms hebben ouders behoefte aan iemand die naast hen staat en los staat van school en "
        "samenwerkingsverband. Daarvoor kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Rivierduin, dat "
        "wordt uitgevoerd door een onafhankelijke stichting. Het steunpunt denkt mee, gaat mee naar gesprekken en "
        "bemiddelt bij verschillen van inzicht. Ouders bereiken het steunpunt telefonisch op werkdagen en via "
        "een contactformulier. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. "
        "Voor klachten over het samenwerkingsverband geldt de klachtenregeling van Rivierduin; het "
        "samenwerkingsverband is aangesloten bij de Geschillencommissie passend onderwijs en bij de landelijke "
        "klachtencommissie.")
    d.h2("12.2 Ouders als partner")
    d.ul([
        "ouders tekenen voor akkoord op het handelingsdeel van het OPP",
        "ouders worden uitgenodigd voor elk ondersteuningsteam over hun kind",
        "de helft van de OPR bestaat uit ouders",
        "klankbordgroep ouders komt 3x per jaar bijeen",
    ])

    # 13 OOGO ----------------------------------------------------------------
    d.h1("13 Samenwerking met gemeenten (OOGO)")
    d.p("Onderwijs en jeugdhulp raken elkaar dagelijks. Met de vier gemeenten voeren wij op overeenstemming gericht "
        "overleg (OOGO) over dit ondersteuningsplan en over de lokale jeugdplannen. Het OOGO over het concept van "
        "dit plan vond plaats op 29 januari 2026.")
    d.table([
        ["Thema", "Afspraak", "Trekker"],
        ["jeugdhulp in de school", "elke school heeft een vaste contactpersoon van het wijkteam", "gemeenten"],
        ["onderwijs-zorgarrangementen", "gezamenlijke financiering van Vlinder; nieuwe OZA via casusoverleg", "SWV en gemeente Lingebroek"],
        ["thuiszitters", "thuiszitterstafel per gemeente, zie hoofdstuk 8", "leerplicht"],
        ["leerlingenvervoer", "afstemming bij plaatsing op bovenschoolse voorziening", "gemeenten"],
        ["onderwijshuisvesting", "ruimte voor voorzieningen in IHP's", "gemeenten en besturen"],
    ])

    governance(d, NAAM, KORT, "2013", 5, 11, "14")

    d.h1("15 Medezeggenschap")
    d.p("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR telt acht leden: vier ouders en "
        "vier personeelsleden, gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR "
        "vergadert zes keer per jaar en ontvangt ondersteuning van een ambtelijk secretaris. Het bestuursbureau "
        "heeft een eigen medezeggenschapsraad voor personele zaken.")

    personeel(d, KORT, [
        ["Directeur-bestuurder", "1,0", "1,0"],
        ["Orthopedagogen/consulenten", "6,4", "6,8"],
        ["Loketmedewerkers", "1,6", "1,6"],
        ["Controller", "0,6", "0,6"],
        ["Secretariaat", "1,8", "1,8"],
    ], "16")
    ict_privacy(d, KORT, "17", ict_systems_default())
    planning(d, "18", [
        ["augustus", "start schooljaar, bijstellen jaarplan", "directeur-bestuurder"],
        ["oktober", "teldatum, informatieavond", "bureau"],
        ["november", "bestedingsverantwoordingen besturen", "controller"],
        ["december", "begroting ter goedkeuring RvT", "directeur-bestuurder"],
        ["maart", "analyse wachtlijsten en witte vlekken", "loket"],
        ["juni", "jaarverslag en jaarrekening", "controller"],
    ], "Het ondersteuningsplan wordt vertaald in een jaarplan met een jaarbegroting. De jaarcyclus ziet er zo uit.")
    totstandkoming(d, "19", [
        ["september 2025", "start schrijfgroep met IB'ers en directeuren"],
        ["november 2025", "drie klankbordsessies met ouders"],
        ["29 januari 2026", "OOGO met de vier gemeenten"],
        ["5 februari 2026", "overleg met SWV VO Rivierduin-Lek"],
        ["10 maart 2026", "instemming OPR"],
        ["17 maart 2026", "vaststelling door directeur-bestuurder na goedkeuring RvT"],
        ["april 2026", "toezending aan de inspectie"],
    ], "Het plan is in een jaar tot stand gekomen, in verschillende rondes met scholen, ouders en partners.")

    # Bijlagen ----------------------------------------------------------------
    d.h1("Bijlage A Begrippenlijst")
    d.table([
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "het afgesproken niveau van ondersteuning dat elke school in het samenwerkingsverband biedt"],
        ["Arrangement", "een pakket extra ondersteuning voor een leerling of groep, toegekend door het loket"],
        ["Terugplaatsing", "de overgang van een leerling van sbo of so naar het basisonderwijs, met een plan en nazorg"],
        ["Toelaatbaarheidscriteria", "de voorwaarden waaronder een leerling toelaatbaar is tot sbo of so, bijvoorbeeld wanneer de ondersteuningsbehoefte ook met een arrangement de mogelijkheden van de basisschool overstijgt"],
        ["Monitoring", "het periodiek volgen van de resultaten aan de hand van indicatoren en een dashboard"],
        ["Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen met vragen over onderwijs en ondersteuning"],
        ["Verevening", "de herverdeling van middelen zware ondersteuning tussen samenwerkingsverbanden"],
        ["Dekkend aanbod", "het geheel van voorzieningen waardoor voor elk kind een passende plek is"],
    ])
    d.h1("Bijlage B Afkortingen")
    d.table([
        ["Afkorting", "Voluit"],
        ["ALV", "Algemene Ledenvergadering"], ["CvT", "Commissie van Toelaatbaarheid"],
        ["IB'er", "intern begeleider"], ["OJSP", "ouder- en jeugdsteunpunt"],
        ["OOGO", "op overeenstemming gericht overleg"], ["OPP", "ontwikkelingsperspectiefplan"],
        ["OPR", "ondersteuningsplanraad"], ["OZA", "onderwijs-zorgarrangement"],
        ["sbo", "speciaal basisonderwijs"], ["so", "speciaal onderwijs"],
        ["TLV", "toelaatbaarheidsverklaring"], ["RvT", "Raad van Toezicht"],
    ])
    return d


LABEL = {
    "documents": ["po-rivierduin.docx", "po-rivierduin.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 5: ALV-vastgestelde standaard as ondergrens for all 52 vestigingen; the 14 concrete standards exist only in a table; 5.1 borging list.",
        "plaatsing": "Ch. 7.1/7.2/7.5 give steps table, deciding CvT, termijnen, deskundigen, looptijd, categorie, bezwaar; 7.3 defers the criteria to a 'Kader Toelaatbaarheid' (2026-2027). Glossary defines 'Toelaatbaarheidscriteria' (trap).",
        "terugstroom": "Only 7.4 refers to 'bijlage 7' Protocol Terug- en Doorplaatsing, which is not part of the document; TOC, running header, summary table ('zie bijlage 7') and glossary entry 'Terugplaatsing' are traps. 6: 'daarna terug naar eigen school' concerns niveau-4 bovenschoolse voorziening, not s(b)o.",
        "financien": "Ch. 9 'Geld en middelen': verdeelmodel table with criteria and euro amounts, meerjarenbegroting 2026-2030 table, reserves 9.3, verantwoording 9.4.",
        "dekkend-aanbod": "Ch. 6 continuum table niveau 1-5 + niveau-4 voorzieningen; ch. 8 thuiszitters/zorgplicht/witte vlekken table and yearly gap analysis; ch. 13 OOGO/OZA.",
        "resultaten": "Ch. 10 table of beoogde resultaten with streefwaarden 2030; ch. 11 defers how results are measured/reported to a Kwaliteitskader (voorjaar 2027) with 'in ontwikkeling'/'nader te bepalen'. Kengetallen in ch. 3 are context, not a monitoring description.",
        "ouders": "Ch. 12 'Communicatie' table (ouderpagina, brochure in 4 talen, schoolgids, informatieavonden) and 12.1 OJSP, Onderwijsconsulenten, klachten/Geschillencommissie; 12.2 ouders as partner.",
    },
}
