"""P4: VO plan mid-revision (concept, docx)."""
from filler29 import governance, opr, personeel, privacy_ict, landelijk, toezicht_inspectie, kennisdeling, integriteit, terugblik_algemeen, werkwijze_bureau, communicatie_scholen, risicos_uitvoering, huisvesting_bureau

NAAM = "Samenwerkingsverband VO Zuid-Kennemerland Oost"
AFK = "SWV ZKO"
HEADER = "CONCEPT 0.7 - ter bespreking in OPR en AB - niet verspreiden"


def blocks():
    b = [
        ("title", "Ondersteuningsplan 2027-2031 (concept 0.7)"),
        ("p", f"{NAAM} (VO 27-11). Versie 0.7, 12 januari 2026. Wijzigingen ten opzichte van versie 0.6 "
              "zijn verwerkt na de OPR-bijeenkomst van 9 december 2025."),
        ("table", [["Versie", "Datum", "Status"],
                   ["0.5", "oktober 2025", "eerste schrijfversie, werkgroep"],
                   ["0.6", "november 2025", "besproken met directeuren"],
                   ["0.7", "januari 2026", "ter bespreking OPR en AB; hoofdstuk 4, 5 en 9 in herziening"]]),
        ("h1", "Inhoud"),
        ("bullets", ["1 Voorwoord", "2 Terugblik 2022-2026", "3 Koers en ambities",
                     "4 Ondersteuningsmodel en basisondersteuning [in herziening]",
                     "5 Toewijzing vso, lwoo en pro [in herziening]", "6 Terugkeer naar het regulier onderwijs",
                     "7 Thuiszitters en zorgplicht", "8 Ouders en leerlingen", "9 Financiën [in herziening]",
                     "10 Kwaliteit en resultaten", "11 Organisatie", "12 Medezeggenschap", "13 Personeel",
                     "14 Privacy", "15 Vervolgproces"]),
        ("h1", "1. Voorwoord"),
        ("p", "Dit is een werkversie van het nieuwe ondersteuningsplan. Het algemeen bestuur heeft in het "
              "najaar van 2025 besloten het ondersteuningsmodel ingrijpend te herzien: de huidige "
              "verdeling van ondersteuning over scholen, bovenschoolse voorzieningen en vso past niet meer bij "
              "de leerlingenstromen en bij de landelijke ontwikkelingen rond de norm basisondersteuning. "
              "Omdat dat besluit pas in juni 2026 valt, zijn enkele hoofdstukken nog niet geschreven. Wij "
              "leggen deze versie toch aan de OPR voor, zodat de raad vroeg kan meedenken over de hoofdlijnen."),
        ("p", "Opmerkingen op deze versie kunnen tot 1 maart 2026 worden gestuurd naar de beleidsmedewerker. "
              "Versie 0.8 verschijnt in april; de definitieve versie wordt na het OOGO en de instemming van de "
              "OPR vastgesteld. [Opmerking secretariaat: data nog afstemmen met de planning van het AB.]"),
        ("h1", "2. Terugblik 2022-2026"),
        ("p", "In de afgelopen planperiode heeft het samenwerkingsverband veel bereikt. Het aantal leerlingen "
              "dat langer dan drie maanden thuiszat daalde van 22 naar 11. De wachtlijst voor het vso is "
              "verdwenen. Tegelijk groeide het aantal leerlingen in het vso van 2,9% naar 3,4% van alle "
              "leerlingen, en signaleren scholen dat de druk op mentoren en ondersteuningscoördinatoren "
              "toeneemt. De evaluatie met scholen, ouders en leerlingen liet zien dat het huidige model te "
              "complex is: er zijn te veel loketten en te veel verschillende aanvraagroutes."),
        ("p", "Ouders gaven in de evaluatie aan dat zij vaak niet weten bij wie zij terecht kunnen. Leerlingen "
              "zeiden dat zij graag vaker zelf aan tafel zitten als er over hen wordt besloten. Beide punten "
              "nemen wij mee in het nieuwe plan."),
        ("h1", "3. Koers en ambities"),
        ("p", "Onze koers voor de komende vier jaar laat zich samenvatten in drie woorden: dichtbij, eenvoudig "
              "en samen. Dichtbij, omdat wij ondersteuning zo veel mogelijk in de eigen school willen "
              "organiseren. Eenvoudig, omdat ouders, leerlingen en scholen één route en één loket moeten "
              "hebben. Samen, omdat geen school dit alleen kan en omdat jeugdhulp, gemeenten en mbo onmisbare "
              "partners zijn."),
        ("p", "De ambities hebben wij in hoofdstuk 10 uitgewerkt in concrete doelen. Voor de meeste doelen is "
              "een nulmeting beschikbaar uit de monitor van het samenwerkingsverband."),
        ("h1", "4. Ondersteuningsmodel en basisondersteuning [in herziening]"),
        ("p", "[Dit hoofdstuk wordt herschreven na het besluit van het AB in juni 2026 over het nieuwe "
              "ondersteuningsmodel en de aansluiting op de landelijke norm basisondersteuning. De tekst van "
              "versie 0.5 is vervallen. Nieuwe tekst volgt in versie 0.8.]"),
        ("h1", "5. Toewijzing vso, lwoo en pro [in herziening]"),
        ("p", "[De toewijzingsroutes worden samengevoegd tot één loket. De werkgroep toewijzing levert in maart "
              "2026 een voorstel op. Tekst volgt in versie 0.8; tot de vaststelling van dit plan blijven de "
              "huidige regelingen van kracht.]"),
        ("h1", "6. Terugkeer naar het regulier onderwijs"),
        ("p", "Wij willen dat een plek in het vso voor zoveel mogelijk leerlingen een tussenstap is. Ons "
              "beleid is daarom dat terugkeer naar een reguliere vo-school bij iedere leerling in het vso "
              "wordt overwogen, en dat een reguliere school een leerling die terugkeert niet mag weigeren "
              "zolang zij de gevraagde ondersteuning redelijkerwijs kan bieden. Voorwaarden voor terugkeer zijn "
              "dat de leerling in het vso stabiel functioneert, dat het onderwijsniveau aansluit bij een "
              "reguliere leerweg en dat ouders en leerling achter de overstap staan."),
        ("p", "Een leerling die terugkeert, krijgt in het eerste jaar een vaste coach op de nieuwe school en "
              "houdt de mogelijkheid om tijdelijk terug te vallen op begeleiding vanuit de vso-school "
              "(zogenaamde 'warme terugval'). Scholen ontvangen hiervoor een terugkeervergoeding. Hoe de "
              "overstap stap voor stap verloopt, wie het initiatief neemt en wanneer er wordt geëvalueerd, "
              "spreken wij met de vso-scholen af in de nieuwe toewijzingsregeling (zie hoofdstuk 5)."),
        ("h1", "7. Thuiszitters en zorgplicht"),
        ("p", "Iedere jongere hoort op school. Wanneer een leerling langer dan vier weken niet of maar "
              "gedeeltelijk naar school gaat, meldt de school dit binnen een week bij het samenwerkingsverband "
              "en bij leerplicht. Een thuiszittersconsulent van het samenwerkingsverband sluit binnen tien "
              "werkdagen aan bij een overleg met ouders, leerling en school, en stelt samen met hen een "
              "terugkeerplan op met een einddatum. Lukt dat niet, dan wordt de leerling besproken aan de "
              "Regionale Doorbraaktafel, waar ook gemeente en jeugdhulp beslissingsbevoegd aan tafel zitten."),
        ("p", "Scholen hebben zorgplicht. Meldt zich een leerling bij een school die de benodigde ondersteuning "
              "niet kan bieden, dan zoekt die school met ouders een andere school en betrekt zij daarbij het "
              "samenwerkingsverband. Elk kwartaal analyseren wij de meldingen: voor welke leerlingen bleek "
              "geen passende plek beschikbaar, en waarom? In 2025 waren dat vooral leerlingen met een "
              "combinatie van psychiatrische problematiek en een havo/vwo-niveau. Die analyse is de basis voor "
              "de keuzes in het nieuwe ondersteuningsmodel."),
        ("h1", "8. Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen rekenen op onafhankelijke hulp als zij er met school niet "
              "uitkomen. Samen met drie andere samenwerkingsverbanden in de regio financieren wij het Ouder- en "
              "Jeugdsteunpunt Kennemerland. Medewerkers van het steunpunt werken los van scholen en "
              "samenwerkingsverband, luisteren naar ouders en jongeren, gaan mee naar gesprekken en helpen bij "
              "het vinden van de weg naar bijvoorbeeld de Onderwijsconsulenten of de Geschillencommissie "
              "Passend Onderwijs. Het steunpunt is bereikbaar via telefoon, mail en een wekelijks inloopuur."),
        ("p", "[De paragraaf over de informatievoorziening aan ouders wordt herschreven samen met het nieuwe "
              "communicatieplan; zie vervolgproces.]"),
        ("h1", "9. Financiën [in herziening]"),
        ("p", "[Volgt na besluitvorming over het ondersteuningsmodel. De controller werkt de verdeling en de "
              "meerjarenbegroting uit in een apart voorstel voor het AB.]"),
        ("h1", "10. Kwaliteit en resultaten"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in deze planperiode de "
              "volgende resultaten bereiken:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Doel 2031"],
                   ["Leerlingen die langer dan 3 maanden thuiszitten", "11", "0"],
                   ["Leerlingen met een OPP die het OPP-doel halen", "71%", "85%"],
                   ["Leerlingen vso met een diploma of certificaat bij uitstroom", "58%", "70%"],
                   ["Leerlingen die vanuit vso terugkeren naar regulier vo", "3,2%", "8%"],
                   ["Leerlingen die zich gehoord voelen bij hun OPP", "niet gemeten", "80%"]]),
        ("p", "Wij volgen de resultaten met de monitor passend onderwijs. Scholen leveren twee keer per jaar, "
              "op 1 oktober en 1 maart, gegevens aan over OPP's, verzuim, thuiszitters en uitstroom. Het "
              "bureau analyseert de gegevens en bespreekt ze in een kwaliteitsgesprek met iedere school. De "
              "uitkomsten worden twee keer per jaar gerapporteerd aan het AB en de OPR, en jaarlijks in het "
              "jaarverslag gepubliceerd. De leerlingbeleving meten wij met een korte vragenlijst bij elke "
              "OPP-evaluatie. Blijft een resultaat achter, dan stellen wij met de scholen een "
              "verbeteractie op voor het volgende jaarplan."),
    ]
    b += governance(NAAM, AFK, 8, 21, "vereniging")
    b += opr(NAAM, AFK, vo=True)
    b += landelijk(AFK)
    b += toezicht_inspectie(AFK)
    b += kennisdeling(AFK)
    b += integriteit(AFK)
    b += terugblik_algemeen(AFK)
    b += werkwijze_bureau(AFK)
    b += communicatie_scholen(AFK)
    b += risicos_uitvoering(AFK)
    b += huisvesting_bureau(AFK)
    b += personeel(AFK)
    b += privacy_ict(AFK)
    b += [("h1", "15. Vervolgproces"),
          ("table", [["Stap", "Wanneer"],
                     ["Reactie OPR op versie 0.7", "tot 1 maart 2026"],
                     ["Besluit AB ondersteuningsmodel", "juni 2026"],
                     ["Versie 0.8 met hoofdstuk 4, 5, 8 en 9", "september 2026"],
                     ["OOGO met gemeenten", "november 2026"],
                     ["Instemming OPR en vaststelling", "februari 2027"],
                     ["Toezending inspectie", "voor 1 mei 2027"]]),
          ("p", "Omdat het nieuwe plan pas per 1 augustus 2027 kan ingaan, verlengt het AB het huidige plan "
                "met één schooljaar, met instemming van de OPR.")]
    return b
