"""Plan C: VO, .docx. Draft-like plan with deferrals; glossary at the end.

Intended labels: basisondersteuning present, plaatsing partial (criteria in a table, procedure only in an
external 'Handboek' on the website), terugstroom partial (policy present, procedure deferred),
financien missing (separate 'Financieel kader'), dekkend-aanbod present, resultaten partial (monitoring
present, doelen deferred), ouders missing (chapter only a placeholder).
"""
from h38_filler import (bedrijfsvoering, voorwoord, leeswijzer, regio, visie, governance, opr, oogo, personeel, ict,
                        huisvesting_vervoer, planning)

C = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Kempenland-Noord", kort="SWV VO Kempenland-Noord",
    code="VO 30-09", periode="2025-2029",
    wet="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en volgende WVO 2020)",
    gemeenten="Kempenhout, Veldakker, Bladelheide en Duizelse Hoeven", bestuurder="mr. A.C. (Anouk) Verhoeven",
    besturen=7, fte=18, opr_start="oktober 2024", opr_concept="4 februari 2025",
    opr_instemming="25 maart 2025", oogo_datum="6 maart 2025", oogo_jaar="2022",
    buur_swv="de samenwerkingsverbanden PO 30-08 en PO 30-10",
    regio_rows=[["Kempenhout", "6", "5.410"], ["Veldakker", "3", "2.260"], ["Bladelheide", "2", "1.390"],
                ["Duizelse Hoeven", "2", "1.120"], ["Totaal", "13", "10.180"]],
)

TITLE = "Ondersteuningsplan 2025-2029 SWV VO Kempenland-Noord"
HEADER = "SWV VO Kempenland-Noord - Ondersteuningsplan 2025-2029 - versie ter instemming"
FOOTER = "VO 30-09 | Ouders, financiën en resultaten: zie de betreffende hoofdstukken"

TOC = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik 2021-2025", "3 Onze regio",
       "4 Visie, missie en kernwaarden", "5 Basisondersteuning", "6 Het ondersteuningscontinuüm",
       "7 Thuiszitters en een passende plek voor iedereen", "8 Toewijzing: vso, praktijkonderwijs en lwoo",
       "9 Terugplaatsing en overplaatsing", "10 Ouders en leerlingen", "11 Financiën en meerjarenbegroting",
       "12 Kwaliteitszorg en beoogde resultaten", "13 Organisatie en governance", "14 Medezeggenschap",
       "15 OOGO", "16 Vervoer en huisvesting", "17 Personeel", "18 ICT en privacy",
       "19 Aansluiting vo-mbo en arbeidsmarkt", "20 Planning", "Begrippenlijst"]


def blocks():
    c = C
    b = [("title", "Ondersteuningsplan 2025-2029"), ("sub", c["naam"] + " (" + c["code"] + ")"),
         ("sub", "Versie ter instemming aan de ondersteuningsplanraad"), ("toc", TOC), ("pagebreak", None)]
    b += voorwoord(c)
    b += leeswijzer(c)
    b += [
        ("h1", "Terugblik 2021-2025"),
        ("p", "De afgelopen planperiode stond in het teken van de herinrichting van het ondersteuningsaanbod. "
              "Het OPDC De Overstap verhuisde naar een nieuw gebouw, de rebound-voorziening werd uitgebreid en "
              "alle scholen kregen een ondersteuningscoördinator met ten minste 0,4 fte."),
        ("p", "In cijfers: het deelnamepercentage vso daalde van 3,6% (1 oktober 2021) naar 3,1% (1 oktober "
              "2024); het aantal leerlingen in het praktijkonderwijs bleef stabiel rond de 410; het aantal "
              "langdurig absolute verzuimers (thuiszitters langer dan drie maanden) nam af van 23 naar 14. "
              "Het aantal terugplaatsingen uit het vso naar het regulier voortgezet onderwijs bleef laag: 9 in "
              "2023-2024. De evaluatie van het vorige plan is besproken met het bestuur en de OPR."),
    ]
    b += regio(c)
    b += visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het geheel van afspraken over de ondersteuning "
              "die iedere vestiging van iedere aangesloten vo-school biedt, voor elke leerling en zonder "
              "aanvraag. De besturen hebben dit niveau in 2024 herijkt; het is bindend voor alle scholen, van het "
              "gymnasium tot de vmbo-basisberoepsgerichte leerweg. Concreet betekent dit dat een leerling op "
              "iedere school kan rekenen op:"),
        ("ul", ["een mentor die de leerling ten minste drie keer per jaar individueel spreekt;",
                "een ondersteuningscoördinator en een intern zorgoverleg dat minimaal eens per zes weken bijeenkomt;",
                "faciliteiten bij dyslexie en dyscalculie (extra tijd, vergroot lettertype, voorleessoftware, "
                "rekenkaart) volgens het schoolprotocol;",
                "een training faalangstreductie en een training sociale vaardigheden in leerjaar 1 en 2;",
                "begeleiding bij het plannen en organiseren van schoolwerk (executieve functies), onder meer via "
                "huiswerkklas;",
                "een time-out- of opvangplek in de school met toezicht van een volwassene;",
                "inzet van de schoolmaatschappelijk werker en de jeugdarts binnen twee weken na een signaal;",
                "een ontwikkelingsperspectief voor leerlingen die extra ondersteuning krijgen."]),
        ("p", "Iedere school beschrijft in haar schoolgids hoe zij deze afspraken invult. Het samenwerkingsverband "
              "bezoekt elke school eens per twee jaar om de basisondersteuning te bespreken."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Het ondersteuningsaanbod in de regio is opgebouwd als een continuüm in vier niveaus. Elke stap "
              "is pas aan de orde als de vorige niet toereikend blijkt; tegelijk kan een leerling altijd terug "
              "naar een lichter niveau."),
        ("table", [["Niveau", "Aanbod", "Waar"],
                   ["1 Basis", "basisondersteuning volgens hoofdstuk 5", "alle vestigingen"],
                   ["2 Extra op school", "schoolarrangementen: Trajectklas, Plusprogramma hoogbegaafdheid, "
                    "ondersteuningsklas in leerjaar 1-2", "acht scholen, toegankelijk voor leerlingen van andere scholen"],
                   ["3 Bovenschools", "OPDC De Overstap (tijdelijk, max. 12 maanden), Rebound Kempenhout "
                    "(max. 12 weken), Internationale Schakelklas (ISK), onderwijs-zorgarrangement Kompas",
                    "centraal in Kempenhout"],
                   ["4 Specialistisch", "praktijkonderwijs (twee scholen), vso cluster 3 en 4 "
                    "(De Kempenborg en Het Wielewaal)", "Kempenhout en Veldakker"]]),
        ("p", "Het onderwijs-zorgarrangement Kompas is samen met de gemeenten en twee jeugdhulpaanbieders "
              "ingericht voor leerlingen die onderwijs en behandeling combineren. De leerling blijft "
              "ingeschreven op de eigen school."),
        ("h1", "Thuiszitters en een passende plek voor iedereen"),
        ("p", "Het samenwerkingsverband voert regie op de vraag of iedere jongere in de regio een passende plek "
              "heeft. Samen met de afdeling leerplicht houden wij een maandelijkse thuiszitterstafel, waar elke "
              "jongere die langer dan vier weken niet naar school gaat op naam wordt besproken. Voor iedere "
              "jongere wordt een casusregisseur aangewezen. Lukt het niet om binnen zes weken een oplossing te "
              "vinden, dan kan de directeur-bestuurder een school aanwijzen die de jongere tijdelijk inschrijft "
              "(doorzettingsmacht, vastgelegd in de overeenkomst met de besturen)."),
        ("p", "Ieder najaar analyseren we met de besturen de wachtlijsten van het vso, het OPDC en de "
              "jeugdhulp. Waar leerlingen structureel op een plek wachten, spreken we binnen drie maanden een "
              "oplossing af, zoals een tijdelijke extra groep of een overbruggingsarrangement. De zorgplicht "
              "van de school van aanmelding blijft gelden tot een passende plek is gevonden."),
        ("h1", "Toewijzing: vso, praktijkonderwijs en lwoo"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en "
              "over de aanwijzing voor leerwegondersteunend onderwijs. Wij volgen voor lwoo en pro de landelijke "
              "criteria; voor het vso hanteren wij eigen criteria. De volgende tabel geeft ze weer."),
        ("table", [["Voorziening", "Een leerling komt in aanmerking als"],
                   ["Praktijkonderwijs", "IQ tussen 55 en 80 én leerachterstand van drie jaar of meer op twee van "
                    "de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)"],
                   ["Lwoo", "IQ tussen 75 en 90 met een leerachterstand van 1,5 tot 3 jaar op twee domeinen, of IQ "
                    "91-120 met een leerachterstand én sociaal-emotionele problematiek (landelijke criteria)"],
                   ["Vso cluster 3", "een verstandelijke, lichamelijke of meervoudige beperking of langdurige "
                    "ziekte waardoor de leerling ook met een bovenschools arrangement (niveau 3) niet tot "
                    "ontwikkeling komt"],
                   ["Vso cluster 4", "ernstige gedrags- of psychiatrische problematiek die ook na ten minste "
                    "drie maanden inzet op niveau 3 of in het OPDC een ononderbroken ontwikkeling in het regulier "
                    "vo onmogelijk maakt"]]),
        ("p", "Hoe een school een aanvraag indient, welke stukken nodig zijn en hoe de besluitvorming verloopt, "
              "staat in het Handboek Toewijzing op www.swvkempenland-noord.nl. In het schooljaar 2025-2026 "
              "wordt een nieuwe, digitale aanvraagroute ingevoerd."),
        ("h1", "Terugplaatsing en overplaatsing"),
        ("p", "Het vso is voor een deel van de leerlingen een tijdelijke plek. Ons beleid is erop gericht dat "
              "een leerling terugkeert naar het regulier voortgezet onderwijs of overstapt naar het "
              "praktijkonderwijs zodra dat verantwoord is, bij voorkeur aan het begin van een schooljaar of na "
              "een vakantie. Voorwaarden zijn dat het ontwikkelingsperspectief een uitstroomniveau aangeeft dat "
              "het regulier vo biedt, dat de leerling gedurende ten minste een half jaar stabiel heeft "
              "gefunctioneerd en dat er een ontvangende school is die de benodigde ondersteuning op niveau 2 kan "
              "bieden."),
        ("p", "Een leerling die terugkeert, krijgt een terugkeerarrangement: gedurende het eerste jaar begeleidt "
              "een coach van de vso-school de leerling en de mentor op de nieuwe school, en kan de leerling "
              "tijdelijk terugvallen op de opvangplek van de ontvangende school. Overplaatsing naar het OPDC als "
              "tussenstap is mogelijk."),
        ("p", "De stappen, de evaluatiemomenten en de wijze van besluitvorming worden uitgewerkt door de "
              "werkgroep vso-vo en in een stappenplan vastgelegd; dit stappenplan verschijnt naar verwachting in "
              "het voorjaar van 2026."),
        ("h1", "Ouders en leerlingen"),
        ("p", "[Tekst volgt na bespreking in de OPR-vergadering van april 2025.]"),
        ("h1", "Financiën en meerjarenbegroting"),
        ("p", "Het financieel beleid, het verdeelmodel en de meerjarenbegroting zijn opgenomen in het "
              "afzonderlijke document 'Financieel kader 2025-2029', dat gelijktijdig met dit plan door het "
              "bestuur wordt vastgesteld en jaarlijks wordt geactualiseerd."),
        ("h1", "Kwaliteitszorg en beoogde resultaten"),
        ("p", "Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus (plan-do-check-act). Wij "
              "verzamelen elk jaar per school en voor het samenwerkingsverband als geheel de volgende gegevens: "
              "het deelnamepercentage vso en praktijkonderwijs op 1 oktober, het aantal thuiszitters en "
              "vrijstellingen, de doorlooptijd van aanvragen, het aantal terugplaatsingen, de uitstroom uit het "
              "OPDC en de tevredenheid van scholen. Deze gegevens staan in een dashboard dat scholen en bestuur "
              "kunnen inzien."),
        ("p", "Twee keer per jaar bespreekt de directeur-bestuurder de cijfers met de raad van toezicht en de "
              "OPR; in het jaarverslag rapporteren we de bereikte resultaten, zowel in cijfers als in "
              "beschrijvingen van wat er op scholen is veranderd. Eens per twee jaar laten we een externe "
              "evaluatie uitvoeren van één voorziening."),
        ("p", "De ambities en streefwaarden voor de planperiode 2025-2029 worden vastgesteld nadat de "
              "besturen in het najaar van 2025 een gezamenlijke koerssessie hebben gehouden. Zij worden als "
              "addendum aan dit plan toegevoegd."),
    ]
    b += governance(c)
    b += opr(c, with_parents=False)
    b += oogo(c)
    b += huisvesting_vervoer(c)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += [
        ("h1", "Aansluiting vo-mbo en arbeidsmarkt"),
        ("p", "Een groot deel van onze leerlingen stroomt uit naar het mbo. Met de twee roc's in de regio maken "
              "wij afspraken over de overstap, met name voor leerlingen uit het praktijkonderwijs, het vmbo "
              "basisberoepsgericht en het vso. Sinds 2023 is er een gezamenlijke overstapcoach die leerlingen "
              "met een kwetsbare positie tot drie maanden na de start in het mbo volgt."),
        ("p", "Voor jongeren die vanuit het praktijkonderwijs of het vso direct naar werk gaan, werken de "
              "scholen samen met het werkgeversservicepunt van de regio. De gemeenten zijn hierin "
              "verantwoordelijk voor de begeleiding na school."),
    ]
    b += planning(c, [["2025-2026", "digitale aanvraagroute; koerssessie en addendum ambities"],
                      ["2026-2027", "stappenplan terugplaatsing in werking; externe evaluatie OPDC"],
                      ["2027-2028", "herijking basisondersteuning"],
                      ["2028-2029", "evaluatie en nieuw plan"]])
    b += [
        ("pagebreak", None),
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Uitleg"],
                   ["Basisondersteuning", "Afgesproken ondersteuning op elke school."],
                   ["Commissie Toewijzing", "Commissie die namens het bestuur over toelaatbaarheid en lwoo beslist."],
                   ["Lwoo", "Leerwegondersteunend onderwijs."],
                   ["Meerjarenbegroting", "Begroting voor vier jaar, opgenomen in het Financieel kader."],
                   ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren."],
                   ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij vastgelopen schoolsituaties."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."],
                   ["Pro", "Praktijkonderwijs."],
                   ["Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."],
                   ["Vso", "Voortgezet speciaal onderwijs."]]),
    ]
    return b
