"""Plan E: VO, .html web version.

Intended labels: basisondersteuning partial (content described, no agreed minimum level: niveau missing),
plaatsing missing (separate 'Toewijzingsprotocol' explicitly not part of the plan), terugstroom present,
financien present (besteding only in a table), dekkend-aanbod partial (lacunes present, continuum deferred),
resultaten missing (deferral only), ouders partial (steunpunt present, informatie deferred).
"""
from h38_filler import (bedrijfsvoering, voorwoord, leeswijzer, regio, visie, governance, opr, oogo, personeel, ict,
                        huisvesting_vervoer, planning)

C = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Zeekust", kort="SWV VO Zeekust",
    code="VO 27-03", periode="2024-2028",
    wet="artikel 17a van de Wet op het voortgezet onderwijs",
    gemeenten="Strandvliet, Duinrade en Havenburg", bestuurder="drs. R. (Rachid) El Amrani",
    besturen=5, fte=12, opr_start="mei 2023", opr_concept="16 januari 2024",
    opr_instemming="12 maart 2024", oogo_datum="7 februari 2024", oogo_jaar="2021",
    buur_swv="het samenwerkingsverband PO 27-01 Zeekust",
    regio_rows=[["Strandvliet", "5", "4.620"], ["Duinrade", "3", "2.980"], ["Havenburg", "3", "2.150"],
                ["Totaal", "11", "9.750"]],
)

TITLE = "Ondersteuningsplan 2024-2028 | SWV VO Zeekust"
HEADER = "swvzeekust.nl - Home > Over ons > Ondersteuningsplan 2024-2028"
FOOTER = "© Samenwerkingsverband VO Zeekust (VO 27-03) - Toewijzing - Resultaten - Ouders - Contact"

TOC = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie, missie en kernwaarden",
       "4 Basisondersteuning", "5 Toewijzing van vso, praktijkonderwijs en lwoo",
       "6 Een passende plek voor elke jongere", "7 Terug naar het regulier voortgezet onderwijs",
       "8 Financieel beleid", "9 Ouders en leerlingen", "10 Resultaten en kwaliteit",
       "11 Organisatie en governance", "12 Medezeggenschap", "13 OOGO", "14 Vervoer, huisvesting en jeugd",
       "15 Personeel", "16 ICT en privacy", "17 Planning", "Begrippenlijst"]


def blocks():
    c = C
    b = [("title", "Ondersteuningsplan 2024-2028"), ("sub", c["naam"] + " - " + c["code"]),
         ("toc", TOC)]
    b += voorwoord(c)
    b += leeswijzer(c, "Deze webversie is gelijk aan de vastgestelde pdf-versie.")
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij de ondersteuning die een school binnen haar eigen "
              "organisatie en met haar eigen middelen biedt, zonder aanvraag bij het samenwerkingsverband. Op "
              "basis van de schoolondersteuningsprofielen beschrijven wij hieronder waaruit die ondersteuning "
              "bestaat:"),
        ("ul", ["mentoraat met wekelijkse mentorles in de onderbouw;",
                "een ondersteuningsteam met ondersteuningscoördinator, vertrouwenspersoon en "
                "schoolmaatschappelijk werk;",
                "dyslexie- en dyscalculiebegeleiding met hulpmiddelen en aangepaste toetsing;",
                "trainingen faalangst, examenvrees en weerbaarheid;",
                "huiswerkbegeleiding en ondersteuning bij plannen en organiseren;",
                "een orthopedagoog die de school adviseert bij vragen over leren en gedrag;",
                "een protocol voor medische handelingen en voor leerlingen met een chronische ziekte."]),
        ("p", "Welke van deze onderdelen iedere vestiging ten minste moet bieden, is binnen het "
              "samenwerkingsverband nog niet afgesproken. De scholen verschillen op dit punt. Wij wachten "
              "daarvoor de landelijke norm basisondersteuning af en nemen na de invoering daarvan een besluit."),
        ("h1", "Toewijzing van vso, praktijkonderwijs en lwoo"),
        ("p", "De wijze waarop het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet "
              "speciaal onderwijs en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend "
              "onderwijs, is vastgelegd in het Toewijzingsprotocol 2024. Het bestuur stelt dat protocol jaarlijks "
              "afzonderlijk vast; het maakt geen deel uit van dit ondersteuningsplan."),
        ("h1", "Een passende plek voor elke jongere"),
        ("p", "Het samenwerkingsverband is er verantwoordelijk voor dat geen jongere tussen wal en schip valt. "
              "Daarvoor hebben de besturen de volgende afspraken gemaakt:"),
        ("ul", ["Scholen melden iedere leerling die twee weken ongeoorloofd of vier weken in totaal afwezig is bij "
                "leerplicht én bij de trajectbegeleider van het samenwerkingsverband.",
                "Iedere maand komt de thuiszitterstafel bijeen: leerplicht, de trajectbegeleiders, het "
                "jeugdteam van de gemeente en de betrokken school. Voor iedere thuiszitter wordt binnen twee "
                "weken een plan gemaakt met een datum waarop de jongere weer (gedeeltelijk) naar school gaat.",
                "Als scholen het niet eens worden over wie een jongere een plek biedt, beslist de "
                "directeur-bestuurder binnen vijf werkdagen (doorzettingsmacht).",
                "Vindt een school van aanmelding binnen de wettelijke termijn geen passende plek, dan schakelt "
                "zij de trajectbegeleider in, die binnen tien werkdagen samen met de besturen een school vindt "
                "die de jongere kan inschrijven.",
                "Twee keer per jaar brengt het samenwerkingsverband met de besturen in kaart voor welke groepen "
                "jongeren geen passend aanbod in de regio is (witte vlekken) en waar wachtlijsten ontstaan. Het "
                "bestuur neemt op basis daarvan binnen drie maanden een besluit over de aanpak."]),
        ("p", "Een overzicht van het samenhangende ondersteuningsaanbod binnen en tussen de scholen – de "
              "Ondersteuningskaart Zeekust – is in voorbereiding en wordt gepubliceerd bij de eerste "
              "voortgangsrapportage over dit plan."),
        ("h1", "Terug naar het regulier voortgezet onderwijs"),
        ("p", "Voor het samenwerkingsverband is het vso nooit een eindstation zonder meer. Wij willen dat iedere "
              "vso-leerling voor wie dat haalbaar is, terugkeert naar een reguliere vo-school, of overstapt naar "
              "het praktijkonderwijs, zo dicht mogelijk bij huis. Terugkeer is aan de orde als het "
              "ontwikkelingsperspectief laat zien dat de leerling het niveau van een reguliere leerweg aankan "
              "en als de benodigde begeleiding op een reguliere school te organiseren is."),
        ("p", "Werkwijze: ieder jaar in januari bespreekt de vso-school bij de evaluatie van het "
              "ontwikkelingsperspectief met de leerling en de ouders of terugkeer mogelijk is. Adviseert de "
              "vso-school terugkeer, dan meldt zij de leerling vóór 1 maart aan bij het Loket Terugkeer van het "
              "samenwerkingsverband. De trajectbegeleider zoekt binnen vier weken samen met ouders en leerling "
              "een ontvangende school. Vso-school en ontvangende school stellen een overstapplan op; de "
              "directeur van de ontvangende school besluit over inschrijving. De toelaatbaarheidsverklaring "
              "eindigt op de dag van inschrijving op de nieuwe school. Na drie en na zes maanden evalueren beide "
              "scholen met ouders en leerling hoe het gaat."),
        ("p", "Iedere teruggeplaatste leerling krijgt een terugkeerarrangement van ten hoogste twaalf maanden: "
              "een vaste coach van de vso-school, tijdelijk een aangepast rooster en de mogelijkheid om in de "
              "eerste maanden één dag per week op de vso-school te blijven. Het samenwerkingsverband vergoedt de "
              "ontvangende school hiervoor een vast bedrag (zie hoofdstuk 8)."),
        ("h1", "Financieel beleid"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning, voor "
              "leerwegondersteunend onderwijs en voor praktijkonderwijs. DUO houdt op de middelen voor zware "
              "ondersteuning de bekostiging van het vso in. De verdeling van de overige middelen volgt de "
              "volgende regels, die het bestuur na instemming van de OPR heeft vastgesteld:"),
        ("table", [["Middelen", "Verdeling", "Moment"],
                   ["Lichte ondersteuning", "90% naar de besturen naar rato van het aantal leerlingen op 1 oktober "
                    "t-1 (2024: € 118 per leerling); 10% blijft bij het samenwerkingsverband voor trajectbegeleiding",
                    "vier termijnen per jaar"],
                   ["Lwoo en pro", "volledig naar de scholen, naar rato van het aantal lwoo- en pro-leerlingen op "
                    "1 oktober t-1", "maandelijks"],
                   ["Zware ondersteuning (na afdracht vso)", "budget voor terugkeerarrangementen (€ 6.500 per "
                    "leerling) en voor de thuiszitterstafel", "na toekenning"]]),
        ("p", "De besturen verantwoorden de inzet van de middelen in een jaarlijkse verantwoordingsrapportage "
              "die vóór 1 mei bij het samenwerkingsverband binnen is. Het bestuur houdt een weerstandsvermogen "
              "aan tussen 5 en 8 procent van de baten; reserves daarboven worden aan de besturen uitgekeerd."),
        ("h2", "Meerjarenbegroting 2024-2028"),
        ("table", [["x € 1.000", "2024", "2025", "2026", "2027"],
                   ["Baten lichte ondersteuning", "1.355", "1.340", "1.325", "1.310"],
                   ["Baten zware ondersteuning", "4.980", "4.930", "4.890", "4.850"],
                   ["Baten lwoo en pro", "6.210", "6.150", "6.090", "6.040"],
                   ["Afdracht vso", "-4.020", "-3.990", "-3.950", "-3.920"],
                   ["Besturen lichte ondersteuning", "1.220", "1.206", "1.193", "1.179"],
                   ["Scholen lwoo en pro", "6.210", "6.150", "6.090", "6.040"],
                   ["Terugkeerarrangementen", "130", "156", "182", "195"],
                   ["Thuiszitterstafel en trajectbegeleiding", "465", "470", "480", "490"],
                   ["Bureau en bestuur", "480", "490", "500", "505"],
                   ["Saldo", "40", "-42", "-180", "-179"]]),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen die vastlopen, een vraag hebben of het oneens zijn met de school of met het "
              "samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders & Jongeren Zeekust. Het steunpunt "
              "is onafhankelijk van de schoolbesturen, wordt bemand door twee ervaringsdeskundige "
              "ouderadviseurs en een jongerenwerker, is gratis en houdt elke woensdagmiddag spreekuur in de "
              "bibliotheek van Strandvliet. Het steunpunt kan ook doorverwijzen naar de Onderwijsconsulenten. "
              "Geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders voorleggen "
              "aan de Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband aan de "
              "klachtencommissie."),
        ("p", "Leerlingen hebben het recht gehoord te worden over hun ontwikkelingsperspectief. Scholen leggen "
              "de mening van de leerling vast in het ontwikkelingsperspectief."),
        ("p", "Een nieuwe website voor ouders, met informatie over het ondersteuningsaanbod op de scholen, en "
              "bijbehorende folders worden in het schooljaar 2024-2025 samen met de oudergeleding van de OPR "
              "ontwikkeld."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "In 2024-2025 voert het samenwerkingsverband een nulmeting uit. Op basis daarvan worden de "
              "beoogde resultaten voor de planperiode geformuleerd en wordt beschreven hoe wij die gaan volgen. "
              "Deze resultaatparagraaf wordt na instemming van de OPR aan dit plan toegevoegd."),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += huisvesting_vervoer(c)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += planning(c, [["2024-2025", "nulmeting; ouderwebsite; Ondersteuningskaart Zeekust"],
                      ["2025-2026", "besluit gezamenlijk niveau basisondersteuning"],
                      ["2026-2027", "vernieuwing Toewijzingsprotocol"],
                      ["2027-2028", "nieuw ondersteuningsplan"]])
    b += [
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Commissie van Toelaatbaarheid", "Commissie die namens het bestuur beslist over een TLV; "
                    "zij laat zich adviseren door twee deskundigen."],
                   ["Dekkend aanbod", "Samenhangend geheel van ondersteuningsvoorzieningen."],
                   ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
                   ["Monitor", "Overzicht van kengetallen en resultaten van het samenwerkingsverband."],
                   ["Ouderpagina", "Informatie voor ouders op de website van het samenwerkingsverband."],
                   ["TLV", "Toelaatbaarheidsverklaring voor het vso, geldig voor één of meer schooljaren."],
                   ["Thuiszitterstafel", "Maandelijks casusoverleg over thuiszitters."]]),
    ]
    return b
