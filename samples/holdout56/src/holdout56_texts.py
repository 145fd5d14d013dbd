# -*- coding: utf-8 -*-
"""Content of holdout set 56 (fictional plans; any resemblance to real verbanden is accidental)."""


def T(t):
    return ("title", t)


def H(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TAB(*rows):
    return ("table", [list(r) for r in rows])


BR = ("pagebreak",)


def extra3(swv):
    return [H("Een woord van de raad van toezicht"),
            P("De raad van toezicht van %s heeft dit plan met belangstelling gelezen en besproken met de "
              "directeur-bestuurder. De raad ziet een plan dat voortbouwt op de ervaringen van de afgelopen jaren "
              "en dat realistisch is over wat een samenwerkingsverband kan bereiken. De raad zal in de komende "
              "jaren vooral letten op de uitvoering: doen we wat we hebben afgesproken, en merken kinderen, "
              "leerkrachten en ouders daar iets van? De raad bezoekt daarom ieder jaar enkele scholen en spreekt "
              "met de ondersteuningsplanraad. Wij danken allen die aan dit plan hebben bijgedragen en wensen het "
              "bestuur en de scholen veel succes met de uitvoering." % swv),
            H("Kansengelijkheid"),
            P("Kinderen en jongeren groeien in onze regio niet allemaal op met dezelfde kansen. Armoede, "
              "schulden, slechte huisvesting en een taalachterstand kunnen de ontwikkeling van een kind "
              "belemmeren, ook als er geen sprake is van een beperking. Die problemen lossen scholen niet alleen "
              "op. Het samenwerkingsverband vindt het wel belangrijk dat scholen er oog voor hebben en dat "
              "leerkrachten weten waar zij met hun zorgen terechtkunnen. In het scholingsprogramma besteden we "
              "daarom aandacht aan cultuursensitief werken en aan het voeren van gesprekken over geldzorgen. "
              "Kansengelijkheid is bovendien een vast thema in het directeurenoverleg."),
            H("Digitalisering en nieuwe technologie"),
            P("Digitale leermiddelen, adaptieve programma's en kunstmatige intelligentie veranderen het onderwijs "
              "snel. Voor leerlingen met een ondersteuningsbehoefte bieden ze kansen, bijvoorbeeld voorleessoftware "
              "of spraakherkenning, maar ook risico's, zoals overprikkeling en afhankelijkheid van schermen. "
              "Het samenwerkingsverband volgt deze ontwikkelingen en deelt goede voorbeelden via de netwerken van "
              "intern begeleiders en ondersteuningscoördinatoren. Een eigen visie op digitalisering hebben de "
              "besturen al; het samenwerkingsverband sluit daarbij aan en ontwikkelt geen apart beleid. Wel "
              "organiseren we in 2027 een regionale studiedag over technologie en inclusie, samen met de "
              "lerarenopleidingen. De opbrengsten van die dag delen we met alle scholen."),
            P("Tot slot besteden we aandacht aan informatieveiligheid. Steeds meer leerlinggegevens worden "
              "digitaal uitgewisseld tussen scholen, het samenwerkingsverband en externe partijen. Het bureau "
              "werkt daarom uitsluitend met beveiligde verbindingen, tweestapsverificatie en versleutelde "
              "bestanden. Medewerkers volgen jaarlijks een korte training over phishing en veilig werken. "
              "Incidenten worden geregistreerd en besproken in het managementoverleg.")]



def extra(swv, vervoer=True):
    b = [H("Werkdruk, lerarentekort en professionalisering"),
            P("Passend onderwijs staat of valt met de leerkracht. In alle gesprekken die we voor dit plan voerden, "
              "kwam de werkdruk naar voren. Leerkrachten ervaren dat groepen complexer worden en dat het lastig "
              "is om alle kinderen de aandacht te geven die ze verdienen. Tegelijk is het door het lerarentekort "
              "moeilijk om vacatures te vervullen, zeker voor intern begeleiders en specialisten. %s kan deze "
              "problemen niet alleen oplossen, maar wil wel bijdragen. Dat doen we op drie manieren. Ten eerste "
              "bieden we een gezamenlijk scholingsprogramma aan, met korte modules over onder meer "
              "gedragsvraagstukken, executieve functies, meertaligheid en samenwerken met ouders. Ten tweede "
              "faciliteren we netwerken van intern begeleiders, gedragsspecialisten en schoolleiders, waarin "
              "collega's van elkaar leren en casuïstiek bespreken. Ten derde zoeken we samen met de "
              "opleidingsinstituten in de regio naar manieren om studenten en zij-instromers beter voor te "
              "bereiden op de diversiteit in de klas. De scholingsagenda wordt elk jaar samen met de besturen "
              "opgesteld en geëvalueerd." % swv),
            P("Ook voor de eigen medewerkers van het bureau is professionalisering belangrijk. Medewerkers "
              "volgen jaarlijks scholing op hun vakgebied, nemen deel aan intervisie en zijn lid van landelijke "
              "netwerken. De directeur-bestuurder neemt deel aan het regionale bestuurdersoverleg en aan de "
              "landelijke bijeenkomsten van de sectorraad."),
            H("Jaarcyclus en planning"),
            P("Het ondersteuningsplan is het meerjarige kader. Ieder jaar vertalen we het plan naar een jaarplan "
              "met activiteiten, verantwoordelijken en een planning. De jaarcyclus ziet er als volgt uit. In het "
              "najaar stelt het bestuur de kaderbrief vast. In december volgen het jaarplan en de begroting voor "
              "het komende kalenderjaar. In het voorjaar vindt een tussentijdse bespreking plaats in het "
              "directeurenoverleg. In juni verschijnt het jaarverslag over het voorgaande jaar. De "
              "ondersteuningsplanraad wordt bij iedere stap geïnformeerd en heeft, waar de wet dat voorschrijft, "
              "instemmings- of adviesrecht. Halverwege de planperiode beoordelen we of het plan nog actueel is; "
              "grote wijzigingen leggen we als wijzigingsvoorstel aan de ondersteuningsplanraad voor."),
            H("Huisvesting en vervoer"),
            P("Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Voor "
              "passend onderwijs is het belangrijk dat schoolgebouwen toegankelijk zijn en ruimte bieden voor "
              "werken in kleine groepen. Bij nieuwbouw en renovatie adviseert het samenwerkingsverband op "
              "verzoek over de inrichting. Het leerlingenvervoer is een taak van de gemeenten; de gemeentelijke "
              "verordeningen bepalen wie in aanmerking komt. Scholen en samenwerkingsverband signaleren bij de "
              "gemeente wanneer lange reistijden een belemmering vormen.")]
    return b if vervoer else b[:4]


def extra2(swv):
    return [H("Samenwerking met andere samenwerkingsverbanden"),
            P("%s werkt samen met de samenwerkingsverbanden in de omliggende regio's. We wisselen kennis uit, "
              "stemmen procedures af voor leerlingen die over de grens naar school gaan en organiseren samen "
              "scholingsbijeenkomsten. In het provinciale netwerk van directeuren van samenwerkingsverbanden "
              "bespreken we landelijke ontwikkelingen en de gevolgen daarvan voor de regio. Waar het doelmatig "
              "is, kopen we diensten gezamenlijk in, zoals de functionaris gegevensbescherming, de "
              "accountantscontrole en de ICT-omgeving. Met het samenwerkingsverband in de andere sector in onze "
              "regio is er ieder kwartaal een overleg van de beide directeuren." % swv),
            H("Integriteit, klokkenluiders en verantwoording"),
            P("Het samenwerkingsverband werkt met publiek geld en wil daar transparant over zijn. De organisatie "
              "kent een integriteitscode, een regeling voor het melden van vermoedens van misstanden en een "
              "procuratieregeling. Het jaarverslag wordt voor 1 juli gepubliceerd en gedeponeerd. De accountant "
              "controleert de jaarrekening en rapporteert aan de raad van toezicht. Het samenwerkingsverband "
              "neemt deel aan de landelijke benchmark van samenwerkingsverbanden en gebruikt de uitkomsten om "
              "de eigen organisatie te verbeteren. Managementinformatie wordt ieder kwartaal besproken in het "
              "managementoverleg van het bureau."),
            H("Duurzaamheid en bedrijfsvoering"),
            P("In de bedrijfsvoering streven we naar eenvoud en zuinigheid. Het bureau werkt grotendeels "
              "digitaal, medewerkers reizen zo veel mogelijk met het openbaar vervoer en vergaderingen vinden, "
              "waar dat kan, online plaats. De huurovereenkomst van het kantoor loopt tot 2029; in 2028 bekijken "
              "we of we het kantoor willen delen met een ander samenwerkingsverband of met een van de "
              "aangesloten besturen. De administratie en salarisverwerking zijn uitbesteed aan een extern "
              "administratiekantoor, met wie jaarlijks een dienstverleningsgesprek plaatsvindt.")]



def landelijk(swv):
    return [H("Landelijke ontwikkelingen"),
            P("Dit plan verschijnt in een periode waarin er landelijk veel verandert. Na de evaluatie van passend "
              "onderwijs in 2020 werkt het ministerie met de sectorraden aan de verbeteraanpak, met onder meer "
              "maatregelen rond de reserves van samenwerkingsverbanden, de positie van ouders en leerlingen en "
              "de ontwikkeling naar inclusiever onderwijs. Het wetsvoorstel versterking positie ouders en "
              "leerlingen regelt onder andere het hoorrecht van leerlingen en de ouder- en jeugdsteunpunten. "
              "Daarnaast wordt gewerkt aan een landelijke norm voor de basisondersteuning en aan een "
              "vereenvoudiging van de bekostiging. Ook het lerarentekort, de toenemende vraag naar jeugdhulp en "
              "de krapte op de woningmarkt in onze regio hebben invloed op het onderwijs. %s volgt deze "
              "ontwikkelingen nauwgezet. Wanneer wetgeving of landelijke afspraken daartoe aanleiding geven, "
              "passen we dit plan tussentijds aan, uiteraard met instemming van de ondersteuningsplanraad. "
              "Veranderingen die geen wijziging van het plan vragen, verwerken we in het jaarplan." % swv),
            P("Tot slot noemen we de ontwikkeling naar meer samenwerking tussen regulier en speciaal onderwijs. "
              "Op verschillende plaatsen in het land ontstaan initiatieven waarbij een reguliere school en een "
              "school voor speciaal onderwijs onder één dak samenwerken. Ook in onze regio zijn besturen hierover "
              "in gesprek. Het samenwerkingsverband ondersteunt zulke initiatieven met kennis en, waar mogelijk, "
              "met een bijdrage uit het innovatiebudget. Uiteindelijk beslissen de schoolbesturen zelf over de "
              "inrichting van hun onderwijs en hun huisvesting.")]



def filler(swv, sector="po", skip=()):
    """Generic boilerplate that real plans carry; addresses none of the seven elements."""
    s = "basisonderwijs" if sector == "po" else "voortgezet onderwijs"
    b = []
    if "terugblik" not in skip:
        b += [H("Terugblik op de vorige planperiode"),
              P("In de afgelopen periode heeft %s de organisatie verder geprofessionaliseerd. Het bureau "
                "verhuisde naar een centraal gelegen pand, het aanvraagproces werd gedigitaliseerd en de "
                "samenwerking tussen de besturen kreeg vorm in vaste werkgroepen. Het plan is in het voorjaar "
                "van 2025 geëvalueerd in drie bijeenkomsten met directeuren, intern begeleiders of "
                "ondersteuningscoördinatoren en leden van de ondersteuningsplanraad. De belangrijkste lessen "
                "waren: houd het eenvoudig, zorg voor minder administratieve last voor scholen, en maak beter "
                "zichtbaar wat het samenwerkingsverband doet. Deze lessen hebben we meegenomen bij het schrijven "
                "van dit plan." % swv)]
    if "governance" not in skip:
        b += [H("Bestuur en toezicht"),
              P("%s is een stichting waarin de schoolbesturen van het %s in de regio samenwerken. Het bestuur "
                "is ingericht volgens het raad-van-toezichtmodel: een directeur-bestuurder bestuurt, de raad van "
                "toezicht houdt toezicht en de vergadering van schoolbesturen heeft een adviserende en "
                "agenderende rol. De statuten bevatten een regeling voor geschillen tussen de aangesloten "
                "besturen. De raad van toezicht vergadert vijf keer per jaar, werkt met een auditcommissie en "
                "een remuneratiecommissie en evalueert jaarlijks het eigen functioneren. De statuten, het "
                "bestuursreglement en het reglement raad van toezicht zijn in 2025 geactualiseerd." % (swv, s)),
              P("Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad. Nevenfuncties van "
                "bestuurder en toezichthouders worden jaarlijks gepubliceerd. Met het oog op de "
                "continuïteit is er een vervangingsregeling voor de directeur-bestuurder, waarin een van de "
                "schoolbestuurders bij langdurige afwezigheid tijdelijk de taken waarneemt.")]
    if "personeel" not in skip:
        b += [H("Personeel en professionalisering"),
              P("Het samenwerkingsverband is een kleine organisatie met een grote opdracht. Het bureau "
                "heeft medewerkers in dienst voor beleid, financiën, kwaliteit, secretariaat en de "
                "inhoudelijke ondersteuning van scholen. Waar nodig huren we expertise in. In de planperiode "
                "vragen het lerarentekort en de krapte aan orthopedagogen en psychologen om creatieve "
                "oplossingen. We werken daarom samen met andere samenwerkingsverbanden in de provincie aan een "
                "gezamenlijke flexpool en een traineeship voor startende gedragswetenschappers. Alle "
                "medewerkers hebben een persoonlijk ontwikkelplan en voeren jaarlijks een "
                "gesprekkencyclus. Het ziekteverzuim lag in 2025 onder het sectorgemiddelde.")]
    if "ict" not in skip:
        b += [H("ICT, privacy en gegevensbescherming"),
              P("Voor aanvragen, toewijzingen en registraties gebruikt het samenwerkingsverband een beveiligd "
                "digitaal systeem. Scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen. "
                "Het samenwerkingsverband heeft een privacyreglement, een verwerkingsregister en een "
                "functionaris gegevensbescherming. Bijzondere persoonsgegevens, zoals gezondheidsgegevens, "
                "worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken en worden niet langer "
                "bewaard dan de wettelijke termijn. Datalekken worden gemeld volgens het protocol "
                "datalekken. In 2026 laten we een externe audit uitvoeren op de informatiebeveiliging.")]
    if "totstandkoming" not in skip:
        b += [H("Totstandkoming van dit plan"),
              P("Dit plan is tussen september 2025 en maart 2026 tot stand gekomen. Een schrijfgroep met "
                "vertegenwoordigers van de besturen stelde de concepttekst op. De concepten zijn besproken in "
                "het directeurenoverleg, in twee bijeenkomsten met de ondersteuningsplanraad en in het "
                "op overeenstemming gericht overleg met de colleges van burgemeester en wethouders. Met het "
                "aangrenzende samenwerkingsverband is overleg gevoerd over de raakvlakken. Na instemming van de "
                "ondersteuningsplanraad is het plan vastgesteld en vóór 1 mei 2026 aan de Inspectie van het "
                "Onderwijs gezonden. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Jaarlijks "
                "werken we de plannen uit in een jaarplan met een bijbehorende jaarbegroting.")]
    return b


PLANS = {}
LABELS = {}

# ---------------------------------------------------------------------------------------------
# Plan 1: PO Zuidrand - house style with many tables (docx)
# ---------------------------------------------------------------------------------------------
Z = "SWV Zuidrand"
PLANS["po-zuidrand-2026-2030"] = {
    "format": "docx",
    "header": "Ondersteuningsplan 2026-2030 | Samenwerkingsverband Passend Primair Onderwijs Zuidrand PO 29-12",
    "footer": "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financien - Ouders - Resultaten",
    "blocks": [
        T("Ondersteuningsplan 2026-2030"),
        P("Samenwerkingsverband Passend Primair Onderwijs Zuidrand (PO 29-12)"),
        P("Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad "
          "op 17 maart 2026 en na afronding van het op overeenstemming gericht overleg met de gemeenten "
          "Zuidrand, Oosterveld en Hemmen op 10 maart 2026."),
        BR,
        H("Inhoudsopgave"),
        TAB(("Hoofdstuk", "Onderwerp", "Pagina"),
            ("1", "Voorwoord", "3"),
            ("2", "Ons samenwerkingsverband in cijfers", "4"),
            ("3", "Missie, visie en ambities", "6"),
            ("4", "Basisondersteuning: wat mag u van elke school verwachten", "8"),
            ("5", "Het ondersteuningscontinuüm en arrangementen", "11"),
            ("6", "Toelaatbaarheid sbo en so (inclusief terugplaatsing)", "14"),
            ("7", "Thuiszitters en dekkend aanbod", "18"),
            ("8", "Ouders en communicatie", "19"),
            ("9", "Kwaliteitszorg en resultaten", "20"),
            ("10", "Geld en middelen", "23"),
            ("11", "Organisatie, governance en medezeggenschap", "27"),
            ("12", "Personeel, ICT en privacy", "29"),
            ("13", "Planning 2026-2030", "31"),
            ("Bijlage 1", "Begrippen- en afkortingenlijst", "33")),
        BR,
        H("1. Voorwoord"),
        P("Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair Onderwijs "
          "Zuidrand. Het is ons derde plan sinds de invoering van passend onderwijs in 2014. In dit plan laten "
          "we zien hoe de elf aangesloten schoolbesturen en hun 58 scholen samen zorgen voor goed onderwijs "
          "voor alle kinderen in onze regio, ook voor kinderen die meer nodig hebben dan gemiddeld. Dat doen "
          "we niet alleen: leerkrachten, intern begeleiders, ouders, jeugdprofessionals en gemeenten dragen "
          "allemaal hun steentje bij."),
        P("Het vorige plan stond in het teken van 'de basis op orde'. De afgelopen vier jaar hebben we veel "
          "geleerd. We zagen dat scholen steeds beter in staat zijn om kinderen met een ondersteuningsbehoefte "
          "thuisnabij onderwijs te bieden. Tegelijk merken we dat de druk op leerkrachten toeneemt, dat het "
          "lerarentekort ook onze regio raakt en dat de vraag naar specialistische hulp groeit. Dit plan is "
          "daarom geen trendbreuk maar een doorontwikkeling: we bouwen voort op wat werkt en maken keuzes waar "
          "dat nodig is."),
        P("Wij danken iedereen die aan dit plan heeft meegeschreven: de werkgroepen van intern begeleiders, de "
          "directeurenoverleggen, de leden van de ondersteuningsplanraad, de beleidsmedewerkers van de "
          "gemeenten en de collega's van het bureau. Wij wensen u veel leesplezier. "
          "Drs. M. (Marloes) Verbeek, directeur-bestuurder."),
    ] + landelijk("Samenwerkingsverband Zuidrand") + [
        H("2. Ons samenwerkingsverband in cijfers"),
        P("Het samenwerkingsverband omvat de gemeenten Zuidrand, Oosterveld en Hemmen. In de tabel hieronder "
          "staan de belangrijkste kengetallen op de teldatum 1 februari 2025. Deze cijfers geven de context "
          "waarin dit plan tot stand kwam."),
        TAB(("Kengetal", "2023", "2024", "2025"),
            ("Aantal schoolbesturen", "11", "11", "11"),
            ("Aantal basisscholen (vestigingen)", "55", "54", "54"),
            ("Aantal sbo-scholen", "3", "3", "3"),
            ("Aantal so-scholen in de regio", "2", "2", "2"),
            ("Leerlingen basisonderwijs", "14.212", "14.055", "13.890"),
            ("Leerlingen sbo", "402", "396", "388"),
            ("Leerlingen so (cluster 3 en 4)", "231", "240", "244"),
            ("Deelnamepercentage sbo", "2,75%", "2,74%", "2,72%"),
            ("Deelnamepercentage so", "1,58%", "1,66%", "1,71%")),
        P("De leerlingaantallen dalen licht, vooral in de kleinere kernen van Hemmen. Voor de komende jaren "
          "verwachten de gemeenten een verdere daling van ongeveer één procent per jaar. Dat heeft gevolgen "
          "voor de rijksbijdrage die het samenwerkingsverband ontvangt; in hoofdstuk 10 gaan we daarop in."),
        H("3. Missie, visie en ambities"),
        P("Onze missie: ieder kind in de regio Zuidrand krijgt het onderwijs en de ondersteuning die het nodig "
          "heeft, zo dicht mogelijk bij huis. Onze visie is dat kinderen het beste leren in een omgeving waar ze "
          "zich veilig voelen, waar ze gezien worden en waar de leerkracht handelingsbekwaam is. Passend "
          "onderwijs is geen taak van het samenwerkingsverband alleen; het is een gezamenlijke "
          "verantwoordelijkheid van schoolbesturen, scholen, gemeenten en ketenpartners."),
        P("Voor de planperiode hebben we vier ambities geformuleerd: (1) een sterke basis op iedere school; (2) "
          "snelle, lichte ondersteuning zonder onnodige papierwinkel; (3) specialistische plekken voor de "
          "kinderen die dat echt nodig hebben; (4) een verbinding tussen onderwijs en jeugdhulp die in de praktijk "
          "werkt. Bij elke ambitie hoort een set doelen en indicatoren; die staan in hoofdstuk 9."),
        H("4. Basisondersteuning: wat mag u van elke school verwachten"),
        P("Basisondersteuning is het afgesproken niveau van ondersteuning dat iedere school en iedere vestiging "
          "binnen Samenwerkingsverband Zuidrand minimaal biedt, voor alle leerlingen, zonder dat daarvoor een "
          "aanvraag bij het samenwerkingsverband nodig is. De elf besturen hebben in het algemeen bestuur van "
          "november 2025 de Standaard Basisondersteuning Zuidrand vastgesteld. Deze standaard geldt voor alle "
          "54 basisscholen; geen enkele school mag eronder zitten. De standaard bestaat uit tien onderdelen; per "
          "onderdeel staat in de tabel wat u als ouder of leerkracht concreet op elke school terugziet."),
        TAB(("Nr.", "Onderdeel", "Wat u op elke school terugziet"),
            ("1", "Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
             "vier keer per jaar groepsbesprekingen; een ondersteuningsteam (OT) met IB'er, directeur, "
             "schoolmaatschappelijk werk en op afroep de orthopedagoog van het SWV."),
            ("2", "Handelingsgericht werken", "Groepsoverzichten en groepsplannen of blokplannen volgens HGW; "
             "twee keer per jaar een trendanalyse van de leerresultaten."),
            ("3", "Dyslexie en dyscalculie", "Werken volgens het Protocol Leesproblemen en Dyslexie en het "
             "Protocol ERWD; tijdige signalering vanaf groep 2; compenserende en dispenserende middelen."),
            ("4", "Sociaal-emotionele ontwikkeling", "Een schoolbreed programma voor sociaal-emotioneel leren, "
             "een anti-pestprotocol en jaarlijkse monitoring van sociale veiligheid."),
            ("5", "Gedrag", "Een gedragsprotocol; iedere school heeft minstens één leerkracht die de "
             "scholing 'Omgaan met gedrag' van het SWV heeft gevolgd."),
            ("6", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, verrijking in de klas "
             "en een plusaanbod binnen de school."),
            ("7", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere "
             "thuistaal, in samenwerking met de voorschool."),
            ("8", "Medische handelingen", "Een protocol medisch handelen; medicijnverstrekking volgens de "
             "richtlijn van de GGD."),
            ("9", "Fysieke toegankelijkheid", "Een toegankelijk gebouw of een afspraak met een nabijgelegen "
             "school van hetzelfde bestuur."),
            ("10", "Samenwerking ketenpartners", "Een vaste contactpersoon van het jeugdteam van de gemeente "
             "die minimaal zes keer per jaar op school aanwezig is.")),
        P("Scholen beschrijven in hun schoolgids hoe zij deze standaard invullen en wat zij daarboven bieden. "
          "Het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een 'kwaliteitsgesprek "
          "basisondersteuning' met directeur en IB'er. Blijkt dat een school een onderdeel niet realiseert, dan "
          "maakt het bestuur binnen drie maanden een verbeterplan; het samenwerkingsverband biedt daarbij "
          "begeleiding en kijkt na een half jaar opnieuw."),
        H("5. Het ondersteuningscontinuüm en arrangementen"),
        P("Niet elk kind heeft genoeg aan de basisondersteuning. Daarom kent Zuidrand een continuüm van "
          "ondersteuning in vier niveaus. Hoe hoger het niveau, hoe intensiever en specialistischer de "
          "ondersteuning. Het uitgangspunt is altijd dat we zo licht als mogelijk en zo zwaar als nodig "
          "ondersteunen."),
        TAB(("Niveau", "Wat", "Waar", "Wie beslist"),
            ("1 Basis", "Basisondersteuning volgens de standaard (hoofdstuk 4)", "Op elke school",
             "School"),
            ("2 Extra in de school", "Schoolarrangement: extra handen, specifieke methodiek, ambulante "
             "begeleiding", "Op de eigen school, uit het schoolbudget", "School (met OT)"),
            ("3 Bovenschools arrangement", "Plusklas, taalklas, observatiegroep, 'Zuidrand Dichtbij'-groep voor "
             "kinderen met ernstige gedragsproblematiek", "Op vier locaties in de regio",
             "Arrangementencommissie SWV"),
            ("4 Speciaal onderwijs", "Sbo of so (cluster 3 en 4)", "Drie sbo-scholen, twee so-scholen",
             "Commissie van Toelaatbaarheid (CvT)")),
        P("Een schoolarrangement (niveau 2) zet de school zelf in uit het schoolbudget. Voor een bovenschools "
          "arrangement (niveau 3) dient de school een aanvraag in bij de arrangementencommissie, na bespreking "
          "in het OT. De commissie besluit binnen vier weken. Bovenschoolse arrangementen duren in de regel "
          "twaalf tot twintig weken en worden halverwege en aan het eind geëvalueerd."),
        H("6. Toelaatbaarheid sbo en so"),
        P("Voor plaatsing in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so, cluster 3 en 4) "
          "is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De TLV wordt aangevraagd "
          "door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. Aanvragen lopen via "
          "het digitale aanvraagportaal. De Commissie van Toelaatbaarheid (CvT) neemt namens het bestuur het besluit."),
        H2("6.1 Procedure"),
        TAB(("Stap", "Wat gebeurt er", "Wie", "Termijn"),
            ("1", "Bespreking in het ondersteuningsteam; conclusie dat de ondersteuningsbehoefte de "
             "mogelijkheden van de school (ook met arrangement) overstijgt", "School, OT", "-"),
            ("2", "Indienen aanvraag met groeidocument, OPP, evaluatie van de geboden ondersteuning en "
             "onderwijskundig rapport", "Bevoegd gezag school", "-"),
            ("3", "Toets op volledigheid", "Secretaris CvT", "Binnen 5 werkdagen"),
            ("4", "Twee schriftelijke deskundigenadviezen: een orthopedagoog of psycholoog en, afhankelijk "
             "van de leerling, een tweede deskundige (bijv. kinderpsychiater, maatschappelijk werker, arts)",
             "Deskundigen, niet betrokken bij de aanvraag", "Binnen 3 weken"),
            ("5", "Besluit over toelaatbaarheid, soort onderwijs, bekostigingscategorie en duur", "CvT",
             "Binnen 6 weken na volledige aanvraag"),
            ("6", "Verzending TLV met volgnummer aan school en DUO", "Bureau SWV", "Binnen 5 werkdagen")),
        H2("6.2 Criteria"),
        P("De CvT verklaart een leerling toelaatbaar als aan alle voorwaarden in onderstaande tabel is voldaan. "
          "De CvT weegt de criteria per leerling; een diagnose alleen is nooit voldoende."),
        TAB(("Criterium", "Sbo", "So (cluster 3 en 4)"),
            ("Ondersteuningsbehoefte overstijgt basis en arrangementen", "Ja, aantoonbaar na minimaal een "
             "half jaar handelingsgericht werken met arrangement", "Ja, ook na inzet van bovenschools arrangement"),
            ("Aard van de behoefte", "Leer- en/of gedragsproblematiek waarvoor kleinere groepen en specifieke "
             "didactiek nodig zijn", "Ernstige gedrags- of psychiatrische problematiek (cluster 4), of "
             "verstandelijke, lichamelijke of meervoudige beperking / langdurige ziekte (cluster 3)"),
            ("Onderbouwing", "OPP met ontwikkelingsperspectief en uitstroombestemming", "OPP plus onderzoek "
             "of verslag van behandelaar, niet ouder dan twee jaar"),
            ("Perspectief", "Verwachting dat de leerling in het sbo tot ontwikkeling komt",
             "Onderwijs-zorgcombinatie noodzakelijk of structurele beperking")),
        H2("6.3 Duur en bekostigingscategorie"),
        P("Een TLV sbo wordt afgegeven voor twee schooljaren, een TLV so voor twee of vier schooljaren. Een TLV die "
          "in de loop van een schooljaar ingaat, loopt tot en met 31 juli van het laatste volle schooljaar. Voor "
          "het so bepaalt de CvT de bekostigingscategorie laag, midden of hoog op basis van de "
          "ondersteuningsbehoefte en het advies van de so-school."),
        H2("6.4 Afloop van de TLV en terugplaatsing"),
        P("Uiterlijk op 1 februari van het laatste schooljaar van de TLV bespreekt de sbo- of so-school in haar "
          "commissie van begeleiding of de leerling na afloop van de TLV verder kan in het basisonderwijs. De "
          "school meldt de uitkomst vóór 1 maart aan de CvT. Vraagt de school verlenging aan, dan volgt dezelfde "
          "procedure als bij een eerste aanvraag (stap 2 tot en met 6), inclusief twee deskundigenadviezen. Is "
          "verlenging niet nodig, dan neemt de sbo- of so-school contact op met de ontvangende basisschool en "
          "draagt de leerling over met een onderwijskundig rapport en een warme overdracht vóór 1 juni. De CvT "
          "registreert het einde van de TLV op 31 juli."),
        TAB(("Moment", "Actie terugplaatsing", "Wie"),
            ("1 februari laatste TLV-jaar", "Evaluatie in commissie van begeleiding", "S(b)o-school"),
            ("Vóór 1 maart", "Melding: verlenging aanvragen of terugplaatsen", "S(b)o-school aan CvT"),
            ("Vóór 1 juni", "Overdracht aan ontvangende school", "S(b)o-school en basisschool"),
            ("31 juli", "Einde TLV geregistreerd", "CvT")),
        H("7. Thuiszitters en dekkend aanbod"),
        P("Het samenwerkingsverband en de gemeenten hebben in het OOGO afgesproken de aanpak van thuiszitters "
          "opnieuw te bekijken. De werkgroep 'Iedereen naar school' brengt in het schooljaar 2026-2027 advies uit; "
          "op basis daarvan stellen we een nieuwe aanpak vast. Ook de vraag of het aanbod in de regio dekkend is "
          "en welke voorzieningen eventueel ontbreken, maakt deel uit van die opdracht. Tot die tijd blijft de "
          "bestaande werkwijze van kracht."),
        P("Met de gemeenten werken we samen in het Regionaal Overleg Onderwijs en Jeugd, dat zes keer per jaar "
          "bijeenkomt. Vaste onderwerpen zijn de inzet van de jeugdteams op school, leerlingenvervoer en de "
          "onderwijs-zorgarrangementen in het so."),
        H("8. Ouders en communicatie"),
        P("Ouders zijn de eerste en belangrijkste partners van de school. Het samenwerkingsverband vindt het "
          "belangrijk dat iedereen die bij passend onderwijs betrokken is, weet waar hij aan toe is. Onze "
          "communicatie richt zich in deze planperiode vooral op de scholen: intern begeleiders en directeuren "
          "ontvangen vier keer per jaar de nieuwsbrief 'Zuidrand Passend', en in het voorjaar organiseren wij een "
          "netwerkbijeenkomst voor IB'ers. Het communicatieplan voor de periode 2026-2030 wordt in het eerste "
          "planjaar opgesteld."),
        H("9. Kwaliteitszorg en resultaten"),
        P("Het samenwerkingsverband werkt met een kwaliteitscyclus (plan-do-check-act). Per ambitie hebben we "
          "doelen geformuleerd voor leerlingen die extra ondersteuning nodig hebben. In de tabel staan de "
          "beoogde resultaten, de indicator, de nulmeting en de streefwaarde voor 2030."),
        TAB(("Ambitie", "Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"),
            ("Sterke basis", "Alle scholen voldoen aan de Standaard Basisondersteuning", "% scholen op niveau "
             "bij kwaliteitsgesprek", "81%", "100%"),
            ("Snelle lichte ondersteuning", "Leerlingen krijgen binnen vier weken na de OT-bespreking "
             "ondersteuning", "% arrangementen gestart binnen 4 weken", "64%", "90%"),
            ("Specialistische plekken", "Leerlingen die extra ondersteuning krijgen, ontwikkelen zich volgens "
             "hun OPP", "% leerlingen met OPP dat het perspectief haalt", "onbekend (nulmeting 2026)", "80%"),
            ("Thuisnabij", "Minder leerlingen buiten de regio geplaatst", "Aantal leerlingen so buiten regio",
             "37", "25")),
        P("Monitoring gebeurt als volgt. Het bureau verzamelt twee keer per jaar (1 februari en 1 oktober) de "
          "gegevens uit het aanvraagportaal, de kwaliteitsgesprekken en de leerlingtellingen. De "
          "kwaliteitsmedewerker maakt hiervan een halfjaarrapportage voor het algemeen bestuur. Eenmaal per "
          "jaar verschijnt een jaarverslag met de bereikte resultaten, de besteding van de middelen per ambitie "
          "en een analyse van de verschillen met de streefwaarden. De raad van toezicht bespreekt de "
          "rapportages en de ondersteuningsplanraad ontvangt ze ter informatie. Halverwege de planperiode, in "
          "2028, voert een extern bureau een tussenevaluatie uit."),
        H("10. Geld en middelen"),
        H2("10.1 Verdeling van de ondersteuningsmiddelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. Na "
          "aftrek van de verplichte afdrachten aan het so en de groeiregeling sbo wordt het resterende budget "
          "verdeeld volgens het verdeelmodel in de tabel hieronder. Het algemeen bestuur kan het model alleen "
          "wijzigen na instemming van de OPR."),
        TAB(("Bestemming", "Verdeelsleutel", "Bedrag 2026"),
            ("Schoolbudgetten (niveau 2)", "€ 165 per leerling op teldatum 1 oktober, rechtstreeks naar het "
             "bestuur", "€ 2.290.000"),
            ("Bovenschoolse arrangementen (niveau 3)", "Op aanvraag, via arrangementencommissie", "€ 1.150.000"),
            ("Ondersteuning sbo boven 2%", "Volgens wettelijke overdracht", "€ 980.000"),
            ("Bureau en commissies", "Vast budget", "€ 610.000"),
            ("Innovatie en scholing", "Op projectvoorstel", "€ 140.000")),
        H2("10.2 Meerjarenbegroting"),
        TAB(("Post (x € 1.000)", "2026", "2027", "2028", "2029"),
            ("Baten rijksbijdrage", "11.850", "11.720", "11.600", "11.480"),
            ("Afdracht so", "5.930", "6.010", "6.050", "6.080"),
            ("Overdracht sbo", "980", "970", "960", "950"),
            ("Schoolbudgetten", "2.290", "2.260", "2.230", "2.200"),
            ("Bovenschoolse arrangementen", "1.150", "1.150", "1.130", "1.110"),
            ("Bureau en commissies", "610", "620", "630", "640"),
            ("Innovatie en scholing", "140", "100", "80", "60"),
            ("Resultaat", "-1.250", "-1.390", "-1.480", "-1.560")),
        P("De negatieve resultaten zijn bewust begroot: het samenwerkingsverband bouwt zijn reserve af tot het "
          "niveau van de signaleringswaarde. Eind 2025 bedroeg het eigen vermogen € 7,1 miljoen; de "
          "weerstandsratio komt eind 2029 uit op circa 9%. Schoolbesturen verantwoorden de besteding van de "
          "schoolbudgetten jaarlijks vóór 1 mei in een format van het samenwerkingsverband."),
    ] + filler("Samenwerkingsverband Zuidrand", skip=("governance", "personeel", "ict", "totstandkoming")) + [
        H("11. Organisatie, governance en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting. De schoolbesturen vormen samen het algemeen bestuur; "
          "de directeur-bestuurder is belast met het dagelijks bestuur. Het intern toezicht ligt bij een raad "
          "van toezicht van vijf onafhankelijke leden. De code goed bestuur van de PO-Raad is van toepassing."),
        P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en wordt gevoed door "
          "de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert vijf keer per jaar. Daarnaast "
          "heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        H("12. Personeel, ICT en privacy"),
        P("Het bureau heeft 9,4 fte in dienst: directeur-bestuurder, beleidsmedewerker, controller, "
          "kwaliteitsmedewerker, vier orthopedagogen en twee administratief medewerkers. De orthopedagogen "
          "ondersteunen de OT's op scholen en adviseren de CvT. In de planperiode investeren we in de "
          "deskundigheid van leerkrachten via het scholingsaanbod 'Zuidrand Leert'."),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de toewijzing van "
          "arrangementen en de beoordeling van toelaatbaarheid. Het aanvraagportaal voldoet aan de AVG; "
          "dossiers worden drie jaar na het besluit vernietigd. Er is een functionaris gegevensbescherming "
          "aangesteld die gedeeld wordt met twee andere samenwerkingsverbanden."),
    ] + extra(Z) + [
        H("13. Planning 2026-2030"),
        TAB(("Schooljaar", "Belangrijkste activiteiten"),
            ("2026-2027", "Nulmeting OPP-resultaten; advies werkgroep 'Iedereen naar school'; communicatieplan"),
            ("2027-2028", "Evaluatie verdeelmodel; tweede ronde kwaliteitsgesprekken"),
            ("2028-2029", "Externe tussenevaluatie; bijstelling streefwaarden"),
            ("2029-2030", "Evaluatie plan; voorbereiding ondersteuningsplan 2030-2034")),
        H("Bijlage 1. Begrippen- en afkortingenlijst"),
        TAB(("Begrip", "Betekenis"),
            ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden"),
            ("CvT", "Commissie van Toelaatbaarheid"),
            ("Dekkend aanbod", "Een passende plek voor ieder kind in de regio"),
            ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke informatie en hulp voor ouders"),
            ("Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij problemen rond plaatsing"),
            ("OPP", "Ontwikkelingsperspectiefplan"),
            ("OPR", "Ondersteuningsplanraad"),
            ("Terugplaatsing", "Overstap van sbo of so naar het basisonderwijs"),
            ("Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat"),
            ("TLV", "Toelaatbaarheidsverklaring")),
    ],
}

LABELS["po-zuidrand-2026-2030"] = """documents: [po-zuidrand-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "H4 states the agreed minimum for all 54 schools and a 10-row table of concrete provisions; borging via kwaliteitsgesprek + verbeterplan."
  plaatsing: "H6.1 step table (bevoegd gezag, CvT, termijnen, two deskundigen) and H6.2 criteria table sbo/so; no bezwaar route anywhere."
  terugstroom: "Only procedure, hidden in H6.4 'Afloop van de TLV en terugplaatsing' (dates, actors, end of TLV); no policy aims, conditions or support after return."
  financien: "H10 'Geld en middelen': verdeelmodel table with per-leerling bedrag and meerjarenbegroting table; reserves and verantwoording addressed."
  dekkend-aanbod: "H5 continuum table (niveau 1-4); H7 thuiszitters/dekkend aanbod is only deferred to a werkgroep advice in 2026-2027, so lacunes not addressed."
  resultaten: "H9 table of beoogde resultaten with nulmeting/streefwaarde plus monitoring cycle (halfjaarrapportage, jaarverslag, tussenevaluatie)."
  ouders: "H8 'Ouders en communicatie' only says ouders are partners and describes communication to schools; communicatieplan deferred; OJSP/onderwijsconsulent only in the begrippenlijst."
"""

# ---------------------------------------------------------------------------------------------
# Plan 2: PO De Delta - plain prose, rendered to PDF
# ---------------------------------------------------------------------------------------------
D = "Samenwerkingsverband De Delta"
PLANS["po-de-delta-2026-2030"] = {
    "format": "pdf",
    "header": "SWV De Delta PO 25-14 - Ondersteuningsplan 2026-2030",
    "blocks": [
        T("Samen sterk voor elk kind"),
        P("Ondersteuningsplan 2026-2030 van Samenwerkingsverband De Delta, passend primair onderwijs (PO 25-14)"),
        P("Versie 1.0, vastgesteld 2 april 2026"),
        H("Inhoud"),
        UL("1 Inleiding", "2 Waar we voor staan", "3 De regio", "4 Basisondersteuning", "5 Extra ondersteuning en "
           "het dekkend netwerk", "6 Toelaatbaarheid tot sbo en so", "7 Terug naar de basisschool",
           "8 Communicatie", "9 Samenwerking met gemeenten", "10 Financiën", "11 Kwaliteit en resultaten",
           "12 Organisatie", "13 Begrippen"),
        H("1 Inleiding"),
        P("Dit is het ondersteuningsplan van Samenwerkingsverband De Delta voor de schooljaren 2026-2027 tot en "
          "met 2029-2030. In het samenwerkingsverband werken negen schoolbesturen met samen 46 basisscholen, twee "
          "scholen voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs samen. Het plan beschrijft "
          "wat we de komende vier jaar willen bereiken en hoe we dat organiseren. Het is geschreven voor "
          "bestuurders, schoolleiders en intern begeleiders, maar ook voor ouders en voor onze partners bij de "
          "gemeenten. We hebben geprobeerd het plan leesbaar te houden. Wie meer wil weten over de uitvoering, "
          "vindt veel informatie op de website en in het jaarplan."),
        P("Passend onderwijs is inmiddels ruim tien jaar oud. De landelijke evaluatie liet zien dat de "
          "doelen niet overal zijn gehaald en de overheid werkt aan een verbeteraanpak. Ook in De Delta zien we "
          "dat de basis op veel scholen sterker is geworden, maar dat de verschillen tussen scholen groot blijven. "
          "Daarnaast zien we meer kinderen met complexe vragen, waarbij onderwijs en zorg elkaar nodig hebben. "
          "Dit plan kiest daarom voor drie speerpunten: een gelijke basis op alle scholen, snelle hulp dichtbij "
          "en goede samenwerking met jeugdhulp."),
    ] + filler(D, skip=("governance", "personeel", "ict", "totstandkoming")) + [
        H("2 Waar we voor staan"),
        P("Wij geloven dat ieder kind recht heeft op onderwijs dat past bij zijn mogelijkheden, in een "
          "omgeving waarin het zich veilig voelt. Wij gaan uit van wat een kind nodig heeft, niet van wat een "
          "kind mankeert. Leerkrachten maken het verschil; zij moeten daarom de ruimte, de kennis en de steun "
          "krijgen om passend onderwijs waar te maken. Scholen, besturen en het samenwerkingsverband zijn samen "
          "verantwoordelijk. Dat betekent dat we elkaar aanspreken, van elkaar leren en de middelen zo inzetten "
          "dat ze zo dicht mogelijk bij het kind terechtkomen. Onze kernwaarden zijn: vertrouwen, eenvoud en "
          "samen. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen en niet alles "
          "vastleggen in procedures. Eenvoud betekent dat we regels alleen maken als ze nodig zijn. Samen "
          "betekent dat geen school er alleen voor staat."),
    ] + landelijk(D) + [
        H("3 De regio"),
        P("De Delta omvat de gemeenten Deltastad, Waardhoven en Lingedorp, een gebied met een mix van een "
          "middelgrote stad en landelijke dorpen. Op 1 oktober 2025 telden de 46 basisscholen samen 11.930 "
          "leerlingen. De twee sbo-scholen hebben samen ongeveer 300 leerlingen; de drie so-scholen bedienen ook "
          "kinderen uit omliggende regio's. Het aantal leerlingen daalt in de dorpen en groeit licht in "
          "Deltastad door nieuwbouwwijken. Scholen in de stad hebben te maken met veel kinderen die thuis een "
          "andere taal spreken; in de dorpen zijn scholen vaak klein, met combinatiegroepen."),
        H("4 Basisondersteuning"),
        P("Basisondersteuning is in De Delta de ondersteuning die elke school binnen het samenwerkingsverband "
          "minimaal moet kunnen bieden, op iedere vestiging en voor ieder kind, zonder aanvraag bij het "
          "samenwerkingsverband en betaald uit de eigen middelen van de school. De besturen hebben afgesproken "
          "dat dit niveau voor alle scholen gelijk is; een school mag meer bieden, maar niet minder. Het niveau "
          "geldt ook voor de nevenvestigingen in de kleine kernen."),
        P("Welke voorzieningen precies onder de basisondersteuning vallen, staat in de Kwaliteitskaart "
          "Basisondersteuning De Delta (bijlage 2). De kwaliteitskaart is in 2022 opgesteld en wordt in het "
          "schooljaar 2026-2027 samen met de intern begeleiders geactualiseerd, mede in het licht van de "
          "landelijke norm basisondersteuning die het ministerie voorbereidt. Elke school beschrijft daarnaast "
          "in de schoolgids hoe zij de basisondersteuning vormgeeft."),
        P("Het samenwerkingsverband voert elk jaar met ieder schoolbestuur een bestuursgesprek, waarin de "
          "basisondersteuning een vast onderwerp is. Als uit signalen van ouders, de inspectie of het "
          "ondersteuningsteam blijkt dat een school de basisondersteuning niet waarmaakt, spreekt de "
          "directeur-bestuurder het schoolbestuur aan en worden verbeterafspraken gemaakt."),
        H("5 Extra ondersteuning en het dekkend netwerk"),
        P("Als een kind meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning "
          "inzetten. Dat gebeurt in drie lagen. In de eerste laag zet de school extra ondersteuning in uit het "
          "schoolbudget dat zij van het samenwerkingsverband ontvangt, bijvoorbeeld een onderwijsassistent, "
          "een remedial teacher of een specifieke training. In de tweede laag wordt het kind besproken in het "
          "ondersteuningsteam van de school, waarin de consulent van het samenwerkingsverband deelneemt; de "
          "consulent kan dan een arrangement toekennen, zoals ambulante begeleiding door een specialist van het "
          "so, plaatsing in de tijdelijke taalklas of de bovenschoolse plusgroep voor hoogbegaafde leerlingen, "
          "of een onderwijs-zorgarrangement samen met het wijkteam. In de derde laag gaat het om plaatsing op een "
          "school voor speciaal basisonderwijs of speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring "
          "nodig is (hoofdstuk 6). De sbo-scholen bieden daarnaast een observatieplek van maximaal twaalf weken "
          "aan kinderen over wie nog veel onduidelijk is."),
        P("Wij willen dat er voor ieder kind in de regio een passende plek is. Eens per jaar, in het voorjaar, "
          "maken wij daarom een analyse van het dekkend netwerk. We kijken dan naar de aanvragen die niet of "
          "laat konden worden toegekend, naar kinderen die op een wachtlijst staan, naar kinderen die buiten de "
          "regio naar school gaan en naar de meldingen van thuiszitters bij de leerplichtambtenaren. Uit de "
          "analyse van 2025 bleek bijvoorbeeld dat er geen passende plek was voor jonge kinderen met een "
          "ernstige ontwikkelingsachterstand die nog niet toe zijn aan het so; daarom start in augustus 2026 "
          "een kleinschalige groep op de so-school in Waardhoven. Lacunes bespreken we in het bestuur en met "
          "de gemeenten; het bestuur besluit welke voorziening nodig is en hoe die wordt bekostigd."),
        P("Voor thuiszitters geldt een vaste aanpak. Als een leerling langer dan vier weken niet of nauwelijks "
          "naar school gaat, meldt de school dit bij de leerplichtambtenaar en bij de consulent van het "
          "samenwerkingsverband. Binnen twee weken vindt een overleg plaats met ouders, school, leerplicht en "
          "zo nodig jeugdhulp, waarin een plan wordt gemaakt met een datum waarop de leerling weer (deels) naar "
          "school gaat. Lukt dat niet binnen drie maanden, dan schaalt de consulent op naar de directeur-"
          "bestuurder, die met de besturen een doorbraak zoekt. Het schoolbestuur waar de leerling is "
          "ingeschreven of aangemeld, houdt zorgplicht totdat een passende plek is gevonden."),
        H("6 Toelaatbaarheid tot sbo en so"),
        P("Een kind kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal "
          "onderwijs (cluster 3 en 4) als het samenwerkingsverband een toelaatbaarheidsverklaring heeft "
          "afgegeven. De aanvraag wordt gedaan door het schoolbestuur van de school waar het kind is ingeschreven "
          "of, bij een nieuwe leerling, is aangemeld. De aanvraag wordt voorbereid in het ondersteuningsteam en "
          "bevat het ontwikkelingsperspectief, een verslag van de ondersteuning die de school heeft geboden en de "
          "zienswijze van de ouders. Het loket van het samenwerkingsverband controleert of de aanvraag volledig "
          "is. Vervolgens geven twee deskundigen onafhankelijk van elkaar een schriftelijk advies: altijd een "
          "orthopedagoog of psycholoog, en daarnaast, afhankelijk van de situatie van het kind, een "
          "kinderpsychiater, een maatschappelijk werker, een arts of een pedagoog. Deze deskundigen zijn niet "
          "betrokken geweest bij de aanvraag. De commissie toelaatbaarheid neemt binnen zes weken na ontvangst van "
          "de volledige aanvraag een besluit. Ouders krijgen een afschrift van de deskundigenadviezen."),
        P("De commissie verklaart een kind toelaatbaar tot het sbo als de school aantoonbaar handelingsgericht "
          "heeft gewerkt, er minimaal een jaar een arrangement is ingezet en het kind desondanks niet tot "
          "ontwikkeling komt, en als het kind een kleine groep met specialistische begeleiding nodig heeft om zijn "
          "ontwikkelingsperspectief te halen. Een kind is toelaatbaar tot het so als er sprake is van een "
          "ondersteuningsbehoefte die ook in het sbo niet kan worden beantwoord, bijvoorbeeld door een "
          "verstandelijke beperking met een IQ lager dan ongeveer 70 in combinatie met beperkte "
          "zelfredzaamheid, een ernstige lichamelijke beperking of langdurige ziekte, of ernstige gedrags- of "
          "psychiatrische problematiek waardoor het kind een combinatie van onderwijs en behandeling nodig heeft. "
          "Bij het so bepaalt de commissie ook de bekostigingscategorie laag, midden of hoog. Een TLV sbo geldt in "
          "principe tot het einde van de basisschoolperiode; een TLV so geldt voor twee jaar. Ouders en school "
          "kunnen binnen zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H("7 Terug naar de basisschool"),
        P("Speciaal onderwijs is voor veel kinderen geen eindstation. Ons beleid is dat een kind zo lang in het "
          "sbo of so blijft als nodig is, en niet langer. Wij vinden terugplaatsing wenselijk wanneer het kind "
          "zich zo heeft ontwikkeld dat het met een arrangement op een basisschool verder kan, wanneer ouders dit "
          "steunen en wanneer er een basisschool in de buurt is die het kind kan bieden wat het nodig heeft. "
          "Om de overstap te laten slagen, krijgt de ontvangende basisschool een terugplaatsingsarrangement van "
          "het samenwerkingsverband: gedurende één schooljaar ambulante begeleiding door de sbo- of so-school en "
          "een budget voor extra handen in de klas."),
        P("De procedure is als volgt. De sbo- of so-school evalueert het ontwikkelingsperspectief van ieder kind "
          "twee keer per jaar. In het voorlaatste jaar van de TLV bespreekt de commissie van begeleiding van de "
          "school of terugplaatsing mogelijk is. Is dat zo, dan nodigt de school de ouders en de consulent van het "
          "samenwerkingsverband uit voor een overstapgesprek en wordt samen een basisschool gezocht. De "
          "basisschool en de speciale school stellen een overstapplan op met een proefperiode van zes weken. "
          "Na de proefperiode besluiten ouders, beide scholen en de consulent samen of de overstap definitief is. "
          "Als terugplaatsing niet haalbaar is, vraagt de speciale school uiterlijk drie maanden voor het einde "
          "van de TLV een nieuwe TLV aan."),
        H("8 Communicatie"),
        P("Goede communicatie is nodig om passend onderwijs te laten werken. Het samenwerkingsverband "
          "communiceert met scholen via de maandelijkse nieuwsbrief en het netwerk van intern begeleiders. Met "
          "ouders communiceren we op verschillende manieren. Op de website staat een aparte oudersectie waarin "
          "we in gewone taal uitleggen welke ondersteuning scholen bieden, welke arrangementen er zijn en hoe een "
          "aanvraag voor het sbo of so verloopt. Er is een ouderbrochure die scholen meegeven bij het eerste "
          "gesprek in het ondersteuningsteam. Twee keer per jaar organiseren we een informatieavond voor ouders "
          "van kinderen met een ondersteuningsbehoefte, en de scholen beschrijven hun ondersteuning in de "
          "schoolgids."),
        P("Soms hebben ouders vragen of zijn zij het niet eens met de school of het samenwerkingsverband. Zij "
          "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt De Delta. Het steunpunt is onafhankelijk van "
          "scholen en besturen, is op werkdagen telefonisch bereikbaar en kan meegaan naar gesprekken. Ouders "
          "kunnen ook contact opnemen met de onderwijsconsulenten, die landelijk kosteloos bemiddelen bij "
          "problemen rond toelating of thuiszitten. Voor klachten geldt de klachtenregeling van het "
          "samenwerkingsverband, dat is aangesloten bij de landelijke klachtencommissie van Onderwijsgeschillen."),
        H("9 Samenwerking met gemeenten"),
        P("Onderwijs en jeugdhulp zijn in De Delta nauw met elkaar verweven. Met de drie gemeenten voeren we "
          "ieder jaar op overeenstemming gericht overleg over de aansluiting tussen onderwijs en jeugdhulp. In "
          "de planperiode richten we ons op drie onderwerpen: de inzet van schoolmaatschappelijk werk op alle "
          "scholen, onderwijs-zorgarrangementen voor kinderen die naast onderwijs behandeling nodig hebben, en "
          "leerlingenvervoer. Het Regionaal Expertiseteam, waarin consulenten van het samenwerkingsverband en "
          "medewerkers van de wijkteams samenwerken, bespreekt complexe casussen binnen tien werkdagen."),
        H("10 Financiën"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een "
          "groot deel daarvan gaat rechtstreeks naar het speciaal onderwijs voor de leerlingen met een TLV. "
          "Voor het overige deel geldt het volgende verdeelmodel. Tachtig procent van de vrije middelen gaat als "
          "schoolbudget naar de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het "
          "voorgaande jaar; de besturen verdelen het budget over hun scholen en bespreken de inzet jaarlijks in het "
          "bestuursgesprek. Twintig procent blijft bovenschools voor de arrangementen van hoofdstuk 5, het "
          "loket, de consulenten en de commissie toelaatbaarheid. De groeibekostiging voor het sbo wordt op "
          "basis van de teldatum 1 februari vastgesteld en naar rato van het aantal leerlingen verrekend met de "
          "besturen."),
        P("De meerjarenbegroting 2026-2030 wordt jaarlijks in december door het bestuur vastgesteld en is "
          "na goedkeuring door de raad van toezicht te vinden op onze website. Daarin staan ook de reserves en "
          "de risicoanalyse."),
        H("11 Kwaliteit en resultaten"),
        P("Kwaliteitszorg is voor ons een manier van werken, geen afzonderlijk hoofdstuk. Het samenwerkingsverband "
          "werkt aan een nieuw kwaliteitskader dat aansluit bij het onderzoekskader van de inspectie. In het "
          "schooljaar 2026-2027 ontwikkelen we samen met de besturen een monitor waarmee we in beeld brengen "
          "wat de ondersteuning oplevert. Pas als de nulmeting beschikbaar is, formuleren we beoogde resultaten "
          "voor de leerlingen met extra ondersteuning. Tot die tijd richten we ons op de uitvoering van dit plan "
          "en bespreken we de voortgang in de reguliere overleggen."),
        H("12 Organisatie"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht, "
          "gevormd door de negen aangesloten schoolbesturen. Het bureau telt ongeveer acht fte. De "
          "ondersteuningsplanraad bestaat voor de helft uit ouders en voor de helft uit personeelsleden, "
          "afgevaardigd door de medezeggenschapsraden. De OPR heeft op 24 maart 2026 ingestemd met dit plan."),
    ] + filler(D, skip=("terugblik",)) + [
    ] + extra(D) + [
        H("13 Begrippen"),
        UL("Arrangement: een afgesproken vorm van extra ondersteuning voor een leerling of groep.",
           "Basisondersteuning: wat elke school minimaal biedt.",
           "Monitor passend onderwijs: overzicht van kengetallen en resultaten.",
           "OJSP: Ouder- en Jeugdsteunpunt.",
           "Terugplaatsing: overstap van sbo of so naar de basisschool.",
           "TLV: toelaatbaarheidsverklaring."),
    ],
}

LABELS["po-de-delta-2026-2030"] = """documents: [po-de-delta-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch.4 defines the equal minimum level for every vestiging, but the concrete voorzieningen are only in the absent Kwaliteitskaart (bijlage 2), to be updated in 2026-2027."
  plaatsing: "Ch.6 prose: bestuur applies, loket, two independent deskundigen, commissie decides within 6 weeks; sbo/so criteria, categorie, duur and LBT bezwaar."
  terugstroom: "Ch.7 'Terug naar de basisschool': policy (conditions, terugplaatsingsarrangement) and procedure (evaluations, overstapgesprek, proefperiode, new TLV 3 months before end)."
  financien: "Ch.10 gives the verdeelmodel (80/20, per leerling on 1 oktober, sbo-groei) but no amounts or begroting; meerjarenbegroting and reserves only referred to the website."
  dekkend-aanbod: "Ch.5: three layers of extra ondersteuning, yearly dekkend-netwerk analysis with an example gap, thuiszitters approach with zorgplicht escalation."
  resultaten: "Ch.11 only defers: a monitor is developed in 2026-2027 and beoogde resultaten follow after the nulmeting; 'resultaten' elsewhere only in passing/begrippen."
  ouders: "Ch.8 'Communicatie': oudersectie website, brochure, informatieavonden; independent OJSP, onderwijsconsulenten, klachtenregeling. OPR half parents (ch.12)."
"""

# ---------------------------------------------------------------------------------------------
# Plan 3: PO Heuvelland - question headings, rendered to PDF
# ---------------------------------------------------------------------------------------------
HV = "Samenwerkingsverband Heuvelland"
PLANS["po-heuvelland-2026-2030"] = {
    "format": "pdf",
    "header": "Ondersteuningsplan SWV Heuvelland PO 31-02 | 2026-2030",
    "blocks": [
        T("Ondersteuningsplan 2026-2030 Samenwerkingsverband Heuvelland"),
        P("Passend primair onderwijs in de gemeenten Heuvelland, Bergvliet en Stroombeek (PO 31-02)"),
        H("Inhoudsopgave"),
        OL("Waarom dit plan?", "Wie zijn wij?", "Wat kan ik van elke school verwachten?",
           "Wat als mijn kind meer nodig heeft?", "Wanneer kan een kind naar het sbo of so?",
           "Hoe zorgen we dat ieder kind een plek heeft?", "Hoe blijven ouders op de hoogte?",
           "Waar gaat het geld naartoe?", "Wat willen we bereiken?", "Hoe is het samenwerkingsverband "
           "georganiseerd?", "Hoe werken we samen met gemeenten?", "Hoe verloopt de overstap naar het "
           "voortgezet onderwijs?", "Begrippenlijst (basisondersteuning, terugplaatsing, OJSP, TLV)"),
        H("1. Waarom dit plan?"),
        P("Elk samenwerkingsverband moet minstens eens in de vier jaar een ondersteuningsplan vaststellen. Maar "
          "voor ons is dit plan meer dan een wettelijke plicht. Het is ons verhaal over hoe we in Heuvelland "
          "samen zorgen dat ieder kind passend onderwijs krijgt. We hebben gekozen voor een vorm met vragen, "
          "omdat we merken dat ouders, leerkrachten en partners vooral willen weten: wat betekent dit voor mij? "
          "Achter elke vraag staat ons antwoord, zo concreet als we het nu kunnen geven. Sommige onderdelen "
          "werken we in de loop van de planperiode verder uit in het jaarplan."),
        H("2. Wie zijn wij?"),
        P("Samenwerkingsverband Heuvelland is de stichting van zeven schoolbesturen met 38 basisscholen, één "
          "school voor speciaal basisonderwijs (De Brug, twee locaties) en twee scholen voor speciaal onderwijs. "
          "Samen gaat het om ongeveer 8.700 leerlingen. De regio is landelijk en heuvelachtig; veel scholen zijn "
          "klein en liggen ver uit elkaar. Dat maakt thuisnabij onderwijs extra belangrijk, want een plek in het "
          "speciaal onderwijs betekent voor veel kinderen een lange busrit. Het bureau van het "
          "samenwerkingsverband is gevestigd in Bergvliet en heeft een klein team: een directeur-bestuurder, "
          "twee orthopedagogen, drie onderwijsadviseurs, een secretaris van de commissie en een "
          "managementassistent. De financiële administratie is uitbesteed."),
    ] + landelijk(HV) + [
        H("3. Wat kan ik van elke school verwachten?"),
        P("Iedere basisschool in Heuvelland biedt hetzelfde minimum aan ondersteuning: de basisondersteuning. "
          "Dat hebben de zeven besturen met elkaar afgesproken, en het geldt voor alle 38 scholen en al hun "
          "locaties, groot of klein. U kunt als ouder op elke school in ieder geval het volgende verwachten. Er "
          "is een intern begeleider die het aanspreekpunt is voor ondersteuning. Leerkrachten volgen de "
          "ontwikkeling van uw kind met een leerlingvolgsysteem en bespreken minstens drie keer per jaar hoe "
          "het gaat. Kinderen die moeite hebben met lezen, spellen of rekenen krijgen extra instructie in een "
          "kleine groep, en de school volgt het dyslexieprotocol, inclusief de aanvraag van onderzoek als dat "
          "nodig is. Er is een aanpak voor sociale veiligheid en pesten. Voor kinderen die meer aankunnen, is er "
          "een verrijkingsaanbod. De school kan eenvoudige medische handelingen uitvoeren volgens een protocol. "
          "En de school werkt samen met het jeugd- en gezinsteam van de gemeente, dat op afspraak op school "
          "aanwezig is."),
        P("Het samenwerkingsverband controleert of scholen deze afspraken nakomen door de jaarlijkse "
          "schoolbezoeken van de onderwijsadviseurs en door de schoolgidsen te toetsen aan de afspraken."),
        H("4. Wat als mijn kind meer nodig heeft?"),
        P("Soms is de basisondersteuning niet genoeg. Dan kijkt de school eerst wat zij zelf extra kan doen, "
          "bijvoorbeeld met een onderwijsassistent of een aangepast programma, betaald uit het schoolbudget. "
          "Helpt dat onvoldoende, dan bespreekt de intern begeleider uw kind in het ondersteuningsteam, waarbij "
          "een onderwijsadviseur van het samenwerkingsverband aanschuift. Samen kan worden gekozen voor een "
          "arrangement: een afgesproken pakket extra ondersteuning, bijvoorbeeld begeleiding door een "
          "gedragsspecialist, een plek in de Kangoeroegroep voor meerbegaafde kinderen of een tijdelijke plaats "
          "in de observatiegroep van De Brug. Voor kinderen die naast onderwijs ook zorg nodig hebben, maken we "
          "samen met de gemeente een onderwijs-zorgarrangement. Pas als ook dat niet volstaat, komt een "
          "plaatsing in het speciaal (basis)onderwijs in beeld."),
        H("5. Wanneer kan een kind naar het sbo of so?"),
        P("Voor een plaats op De Brug of op een school voor speciaal onderwijs is een toelaatbaarheidsverklaring "
          "(TLV) nodig. Die vraagt de school aan, niet de ouders. De school bespreekt de aanvraag eerst in het "
          "ondersteuningsteam en stuurt dan het groeidocument, het ontwikkelingsperspectief en de verslagen van "
          "het ondersteuningsteam naar de commissie toewijzing van het samenwerkingsverband. De commissie vraagt "
          "twee deskundigen om advies: een orthopedagoog of psycholoog van het samenwerkingsverband die het kind "
          "niet kent, en een tweede deskundige die past bij de vraag, bijvoorbeeld een jeugdarts. Binnen zes "
          "weken neemt de commissie een besluit. Een TLV voor De Brug geldt voor twee jaar; een TLV voor het so "
          "geldt voor drie jaar, waarbij de commissie ook de bekostigingscategorie vaststelt."),
        P("Wanneer een kind precies toelaatbaar is, wordt vastgelegd in de Handreiking Toewijzing die het "
          "samenwerkingsverband in het eerste planjaar opstelt. Tot die tijd beoordeelt de commissie iedere "
          "aanvraag op maat."),
        H("6. Hoe zorgen we dat ieder kind een plek heeft?"),
        P("Alle ondersteuning in Heuvelland vormt samen één netwerk: de basisondersteuning op iedere school, de "
          "extra ondersteuning en arrangementen, de observatiegroep en de Kangoeroegroep, het sbo en het so. We "
          "willen dat dit netwerk dekkend is, zodat er voor ieder kind een passende plek is. Daarom houdt de "
          "commissie toewijzing een lijst bij van kinderen voor wie geen passende plek beschikbaar is of die "
          "langer dan zes weken moeten wachten. Iedere drie maanden bespreekt het bestuur deze lijst en "
          "beslist het over oplossingen, zoals een extra plaats in een groep of een nieuwe voorziening."),
        P("Een kind dat thuiszit, mag nooit uit beeld raken. Scholen melden iedere leerling die langer dan twee "
          "weken zonder geldige reden niet naar school gaat bij de leerplichtambtenaar en bij de "
          "thuiszitterscoördinator van het samenwerkingsverband. De coördinator roept binnen vijf werkdagen een "
          "overleg bijeen en blijft betrokken tot het kind weer naar school gaat. Het schoolbestuur blijft "
          "verantwoordelijk op grond van de zorgplicht. In 2025 hadden we gemiddeld vijf thuiszitters."),
        H("7. Hoe blijven ouders op de hoogte?"),
        P("Ouders vinden informatie over de ondersteuning in Heuvelland op verschillende plekken. De school "
          "beschrijft in de schoolgids welke ondersteuning zij biedt. Op de website van het samenwerkingsverband "
          "staat een ouderpagina met uitleg over de basisondersteuning, de arrangementen en de TLV. Nieuwe "
          "ouders ontvangen bij de aanmelding de folder 'Passend onderwijs in Heuvelland'. Eenmaal per jaar "
          "houden we een ouderavond in samenwerking met de ondersteuningsplanraad. Heeft u een vraag over de "
          "ondersteuning van uw kind, dan is de intern begeleider van de school het eerste aanspreekpunt; u "
          "kunt ook de directeur van de school benaderen."),
        H("8. Waar gaat het geld naartoe?"),
        P("Het samenwerkingsverband krijgt ieder jaar ongeveer 7,2 miljoen euro van het Rijk. Het grootste deel "
          "daarvan gaat rechtstreeks naar het speciaal onderwijs voor kinderen met een TLV. Het restant "
          "verdelen we zo: elke school krijgt een vast bedrag van € 8.000 plus € 120 per leerling op de "
          "teldatum, zodat ook kleine scholen een bruikbaar budget hebben. Arrangementen worden toegekend door "
          "het ondersteuningsteam op basis van de ondersteuningsbehoefte van het kind en betaald uit het "
          "bovenschoolse budget. De begroting ziet er als volgt uit."),
        TAB(("Begroting (bedragen in euro's)", "2026", "2027", "2028", "2029"),
            ("Inkomsten rijk", "7.210.000", "7.150.000", "7.080.000", "7.020.000"),
            ("Afdracht so en sbo", "4.300.000", "4.330.000", "4.350.000", "4.370.000"),
            ("Schoolbudgetten", "1.350.000", "1.340.000", "1.330.000", "1.320.000"),
            ("Arrangementen", "820.000", "820.000", "800.000", "780.000"),
            ("Thuiszitterscoördinator", "95.000", "97.000", "99.000", "101.000"),
            ("Bureau en commissie", "690.000", "700.000", "710.000", "720.000"),
            ("Saldo", "-45.000", "-137.000", "-209.000", "-271.000")),
        P("Scholen leggen ieder jaar verantwoording af over de inzet van hun schoolbudget via een korte "
          "rapportage aan het samenwerkingsverband."),
        H("9. Wat willen we bereiken?"),
        P("Voor de planperiode hebben we de volgende doelen voor kinderen met een ondersteuningsbehoefte. In 2030 "
          "gaat 95 procent van de kinderen met extra ondersteuning naar een school in de eigen gemeente. Geen "
          "enkel kind zit langer dan drie maanden thuis. Kinderen met een arrangement halen in ten minste 75 "
          "procent van de gevallen de doelen uit hun ontwikkelingsperspectief. Het aantal kinderen dat het "
          "speciaal onderwijs buiten de regio bezoekt, daalt van 41 naar 30. En op alle scholen is de "
          "basisondersteuning op het afgesproken niveau."),
        P("Hoe we de voortgang op deze doelen gaan meten en waarover we rapporteren, werken we uit in een "
          "kwaliteitskader dat in de loop van 2027 wordt vastgesteld."),
        H("10. Hoe is het samenwerkingsverband georganiseerd?"),
        P("Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. De "
          "zeven schoolbesturen vormen samen de Bestuurlijke Advies Raad. De ondersteuningsplanraad heeft twaalf "
          "leden: zes ouders en zes personeelsleden. De OPR stemde op 19 maart 2026 in met dit plan."),
    ] + filler(HV, skip=("governance", "terugblik")) + [
        H("11. Hoe werken we samen met gemeenten?"),
        P("Met de drie gemeenten hebben we het OOGO gevoerd op 5 maart 2026. We werken samen in de jeugd- en "
          "gezinsteams, die een vaste contactpersoon per school hebben. Daarnaast financieren gemeente en "
          "samenwerkingsverband samen de onderwijs-zorgarrangementen en is er afstemming over het "
          "leerlingenvervoer."),
        H("12. Hoe verloopt de overstap naar het voortgezet onderwijs?"),
        P("De overstap van groep 8 naar de brugklas is een belangrijk moment. Met het samenwerkingsverband "
          "voortgezet onderwijs in de regio hebben we afspraken over de warme overdracht van leerlingen met een "
          "ondersteuningsbehoefte. De basisschool vult vóór 1 maart het overdrachtsdossier in; de vo-school "
          "neemt bij twijfel contact op met de intern begeleider. Voor leerlingen die mogelijk lwoo of "
          "praktijkonderwijs nodig hebben, gelden de procedures van het vo-samenwerkingsverband."),
    ] + extra(HV) + extra2(HV) + extra3(HV)[2:] + filler(HV, skip=("governance", "personeel", "ict", "totstandkoming")) + [
        H("13. Begrippenlijst"),
        TAB(("Begrip", "Uitleg"),
            ("Basisondersteuning", "De ondersteuning die elke school biedt."),
            ("Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over een TLV bij de Landelijke "
             "Bezwaaradviescommissie."),
            ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."),
            ("Terugplaatsing", "De overstap van het sbo of so terug naar een gewone basisschool."),
            ("TLV", "Toelaatbaarheidsverklaring voor sbo of so.")),
    ],
}

LABELS["po-heuvelland-2026-2030"] = """documents: [po-heuvelland-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: []
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Q3 'Wat kan ik van elke school verwachten?': same minimum for all 38 schools plus a prose list of concrete provisions; borging via schoolbezoeken."
  plaatsing: "Q5: school applies, dossier, commissie toewijzing, two deskundigen, 6 weeks, duration and categorie; criteria deferred to a Handreiking Toewijzing in the first plan year. Bezwaar only in the begrippenlijst."
  terugstroom: "Nothing in the body; 'terugplaatsing' only in TOC line and begrippenlijst; Q12 is about the PO-VO overstap (near-miss)."
  financien: "Q8 'Waar gaat het geld naartoe?': vaste voet + per-leerling bedrag, arrangementen criterion, four-year begroting table."
  dekkend-aanbod: "Q4 continuum of layers and Q6 dekkend netwerk list, quarterly board decision, thuiszitters approach with zorgplicht."
  resultaten: "Q9 gives measurable beoogde resultaten, but how progress is measured/reported is deferred to a kwaliteitskader 'in de loop van 2027'."
  ouders: "Q7 informatie via schoolgids, ouderpagina, folder, ouderavond; the only help named is the school's IB'er/directeur (not independent); OJSP only in the begrippenlijst."
"""

# ---------------------------------------------------------------------------------------------
# Plan 4: PO Kempenland - 'op hoofdlijnen', docx
# ---------------------------------------------------------------------------------------------
K = "Samenwerkingsverband Kempenland"
PLANS["po-kempenland-2026-2030"] = {
    "format": "docx",
    "header": "Ondersteuningsplan op hoofdlijnen 2026-2030 - SWV Kempenland PO 30-09",
    "blocks": [
        T("Ondersteuningsplan op hoofdlijnen 2026-2030"),
        P("Samenwerkingsverband Kempenland, passend primair onderwijs (PO 30-09)"),
        H("Inhoud"),
        UL("1. Voorwoord", "2. Visie en koers", "3. Ondersteuning op school en in de regio",
           "4. Toelaatbaarheid en terugplaatsing", "5. Thuiszitters en zorgplicht", "6. Ouders",
           "7. Geld en middelen", "8. Kwaliteit", "9. Organisatie en medezeggenschap"),
        H("1. Voorwoord"),
        P("Met dit plan op hoofdlijnen kiest Samenwerkingsverband Kempenland bewust voor een compact document. "
          "Het plan beschrijft de koers; de uitwerking staat in het Handboek Ondersteuning, de Regeling "
          "toelaatbaarheid en het jaarplan. Zo kunnen we de uitvoering aanpassen zonder telkens het hele plan "
          "te wijzigen. Het plan is opgesteld door de directeur-bestuurder samen met een klankbordgroep van "
          "schoolleiders en intern begeleiders, en besproken met de ondersteuningsplanraad en de vier "
          "gemeenten in de Kempen. Wij realiseren ons dat een plan op hoofdlijnen vraagt om vertrouwen. "
          "Daarom nodigen wij iedereen uit om mee te denken over de uitwerking: in de klankbordgroep, in de "
          "netwerken van intern begeleiders en in de vergaderingen van de ondersteuningsplanraad. Het plan is "
          "pas af als het in de scholen werkt."),
    ] + landelijk(K) + [
        H("De Kempen in cijfers"),
        P("Kempenland omvat vier gemeenten met samen ongeveer 10.300 leerlingen in het basisonderwijs, verdeeld "
          "over 47 basisscholen, één school voor speciaal basisonderwijs met twee locaties en twee scholen voor "
          "speciaal onderwijs. De scholen zijn relatief klein: bijna de helft heeft minder dan 150 leerlingen. "
          "Het aantal leerlingen is de afgelopen vijf jaar met ruim zes procent gedaald en volgens de "
          "prognoses van de gemeenten zet die daling zich voort, al vlakt zij na 2028 af. In enkele dorpen "
          "staan scholen onder de opheffingsnorm en zijn besturen in gesprek over samenwerkingsscholen of "
          "fusies. Dat heeft gevolgen voor het onderwijs en de ondersteuning in die dorpen, omdat kleine "
          "scholen minder makkelijk specialistische kennis in huis kunnen hebben."),
        TAB(("Peildatum 1 oktober", "2023", "2024", "2025"),
            ("Leerlingen basisonderwijs", "10.640", "10.470", "10.310"),
            ("Leerlingen sbo", "221", "215", "218"),
            ("Leerlingen so", "176", "181", "189"),
            ("Aantal basisscholen", "48", "47", "47")),
        P("De regio heeft een sterke maakindustrie en een relatief lage werkloosheid. Veel ouders werken in "
          "ploegendienst, wat de bereikbaarheid voor gesprekken op school soms lastig maakt. Het aandeel "
          "kinderen met een migratieachtergrond is klein maar groeit, vooral door arbeidsmigratie uit "
          "Midden- en Oost-Europa."),
        H("2. Visie en koers"),
        P("Kempenland staat voor thuisnabij, inclusief en eenvoudig. Wij willen dat kinderen zo veel mogelijk "
          "naar school gaan in hun eigen dorp, samen met hun vriendjes. Wij willen dat scholen de ruimte krijgen "
          "om zelf te bepalen hoe zij de ondersteuning organiseren, omdat zij hun leerlingen het beste kennen. "
          "En wij willen de regels en formulieren beperken tot wat werkelijk nodig is. De koers voor de "
          "komende vier jaar rust op drie pijlers: vertrouwen in de professional, investeren in de leerkracht en "
          "verbinden met de zorg. Resultaten boeken we samen, niet door te sturen op cijfers maar door het "
          "gesprek te voeren over wat kinderen nodig hebben."),
        H("3. Ondersteuning op school en in de regio"),
        P("Het niveau van de basisondersteuning en de invulling daarvan worden beschreven in het Handboek "
          "Ondersteuning, dat in het voorjaar van 2027 verschijnt. Ook de opbouw van het "
          "ondersteuningsaanbod tussen de scholen, de arrangementen en de bovenschoolse voorzieningen werken we "
          "in het handboek uit. Tot het handboek is vastgesteld, gelden de afspraken uit de vorige planperiode."),
        H("4. Toelaatbaarheid en terugplaatsing"),
        P("Hoe een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs "
          "wordt aangevraagd en op grond van welke criteria, is vastgelegd in de Regeling toelaatbaarheid die op "
          "onze website staat."),
        P("Over terugplaatsing hebben de besturen duidelijke beleidsafspraken gemaakt. Het uitgangspunt is dat "
          "een plaatsing in het sbo of so tijdelijk is als dat kan. Bij iedere leerling met een TLV wordt vanaf "
          "het begin gekeken of een terugkeer naar de basisschool tot de mogelijkheden behoort. Terugplaatsing "
          "komt in beeld als de leerling de doelen uit het ontwikkelingsperspectief grotendeels heeft bereikt, "
          "als de leerling zich in een grotere groep staande kan houden en als ouders de overstap steunen. De "
          "basisschool die een teruggeplaatste leerling opneemt, ontvangt gedurende een jaar een "
          "terugkeerbudget van € 4.500 en begeleiding door de leerkracht van de speciale school. Ons streven is "
          "dat jaarlijks minstens tien leerlingen vanuit sbo en so terugkeren naar het basisonderwijs. Het "
          "stappenplan terugplaatsing, met de rollen en de momenten, staat in bijlage 5."),
        H("5. Thuiszitters en zorgplicht"),
        P("Geen kind hoort thuis te zitten. De schoolbesturen hebben zorgplicht: een school waar een kind met "
          "een ondersteuningsbehoefte wordt aangemeld, moet binnen zes weken (eenmaal te verlengen met vier "
          "weken) een passende plek bieden, op de eigen school of elders. Lukt dat niet, dan meldt de school dit "
          "bij het samenwerkingsverband. Voor kinderen die thuiszitten of dreigen thuis te zitten, hebben we "
          "het Kempenoverleg: een tafel met leerplicht, het samenwerkingsverband, de school en jeugdhulp die "
          "binnen tien werkdagen na melding bijeenkomt, een plan met een terugkeerdatum opstelt en iedere "
          "vier weken de voortgang bespreekt. Iedere zes maanden maken we met de gemeenten een overzicht van "
          "alle kinderen zonder passende plek en van de knelpunten in het aanbod; het bestuur bespreekt welke "
          "voorzieningen ontbreken. Op basis daarvan is in 2025 besloten tot een tweede time-outvoorziening "
          "in Bladel."),
        H("6. Ouders"),
        P("Ouders zijn onmisbaar. Zij kennen hun kind als geen ander en worden vanaf het begin betrokken bij "
          "het ondersteuningsteam en het opstellen van het ontwikkelingsperspectief. Over de "
          "ondersteuningsmogelijkheden informeren wij ouders via drie kanalen: de website met een aparte "
          "ouderpagina en uitlegfilmpjes, de schoolgidsen waarin iedere school haar aanbod beschrijft, en een "
          "jaarlijkse informatiemarkt 'Passend onderwijs in de Kempen' in oktober. Voor ouders die onafhankelijk "
          "advies zoeken of het niet eens zijn met een besluit, is er het Ouder- en Jeugdsteunpunt Kempen, dat "
          "wij samen met het vo-samenwerkingsverband financieren. Ouders kunnen daarnaast gebruikmaken van de "
          "onderwijsconsulenten en van de klachtenregeling."),
        H("7. Geld en middelen"),
        P("Het samenwerkingsverband verdeelt de middelen volgens een eenvoudig model. Na aftrek van de "
          "bekostiging van het speciaal onderwijs en de groeiregeling sbo gaat 85 procent van het resterende "
          "budget naar de schoolbesturen, op basis van het aantal leerlingen op 1 oktober (in 2026 € 182 per "
          "leerling). De besturen bepalen zelf hoe zij dit bedrag over hun scholen verdelen en leggen daarover "
          "in hun jaarverslag verantwoording af. De overige 15 procent is voor de bovenschoolse voorzieningen, "
          "het Kempenoverleg en het bureau."),
        TAB(("Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"),
            ("Totale baten", "9.640", "9.560", "9.470", "9.390"),
            ("Afdracht so / groei sbo", "5.210", "5.250", "5.290", "5.320"),
            ("Budget schoolbesturen", "3.040", "2.980", "2.910", "2.850"),
            ("Bovenschoolse voorzieningen", "330", "330", "320", "320"),
            ("Kempenoverleg en thuiszitters", "120", "120", "120", "120"),
            ("Bureau", "420", "430", "440", "450"),
            ("Resultaat", "520", "450", "390", "330")),
        P("Het positieve resultaat wordt toegevoegd aan de bestemmingsreserve innovatie. De reserves "
          "blijven onder de signaleringswaarde van de inspectie."),
        H("8. Kwaliteit"),
        P("Wij volgen de uitvoering van passend onderwijs met een vaste kwaliteitscyclus. Ieder jaar verzamelen "
          "wij op 1 oktober en 1 maart de kengetallen: het aantal TLV's per soort, de deelnamepercentages sbo en "
          "so, het aantal thuiszitters en vrijstellingen, de inzet van bovenschoolse voorzieningen en de "
          "tevredenheid van scholen en ouders over de ondersteuning (via een korte vragenlijst). Daarnaast "
          "voert een onderwijsadviseur jaarlijks met iedere school een ondersteuningsgesprek. De bevindingen "
          "worden gebundeld in de jaarlijkse monitor passend onderwijs, die in juni wordt besproken door bestuur, "
          "raad van toezicht en ondersteuningsplanraad, en die op de website wordt gepubliceerd. Concrete doelen "
          "per jaar worden in het jaarplan opgenomen."),
        H("9. Organisatie en medezeggenschap"),
        P("Kempenland is een vereniging van elf schoolbesturen. Het bestuur bestaat uit vijf bestuurders uit "
          "de aangesloten besturen en een onafhankelijk voorzitter; de directeur-bestuurder leidt het bureau. "
          "De ondersteuningsplanraad telt tien leden, vijf ouders en vijf personeelsleden. De OPR heeft op "
          "18 maart 2026 ingestemd met dit plan."),
    ] + filler(K) + [
    ] + extra(K) + extra2(K) + extra3(K) + [
        H("Afkortingen"),
        TAB(("Afkorting", "Betekenis"),
            ("BO", "Basisondersteuning"), ("CvT", "Commissie van Toelaatbaarheid"), ("OPP",
             "Ontwikkelingsperspectief"), ("OPR", "Ondersteuningsplanraad"), ("SBO", "Speciaal basisonderwijs"),
            ("SO", "Speciaal onderwijs"), ("TLV", "Toelaatbaarheidsverklaring")),
    ],
}

LABELS["po-kempenland-2026-2030"] = """documents: [po-kempenland-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: []
  plaatsing: []
  terugstroom: []
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch.3 only defers level and content to the Handboek Ondersteuning (spring 2027); otherwise only TOC/afkortingen."
  plaatsing: "Ch.4 first paragraph only refers to the Regeling toelaatbaarheid on the website; no procedure, criteria, deskundigen, duur or bezwaar in the text."
  terugstroom: "Ch.4 gives policy (aim, conditions, terugkeerbudget € 4.500) but the stappenplan is only in absent bijlage 5."
  financien: "Ch.7 'Geld en middelen': 85/15 model with per-leerling bedrag and a meerjarenbegroting table; reserves and bestuur verantwoording mentioned."
  dekkend-aanbod: "Ch.5 handles lacunes (zorgplicht, Kempenoverleg, six-monthly gap overview, new time-out voorziening); the continuum is deferred to the handboek in ch.3."
  resultaten: "Ch.8 describes monitoring (kengetallen twice a year, monitor in June, publication) but no intended results: 'concrete doelen per jaar in het jaarplan'."
  ouders: "Ch.6: website/schoolgids/informatiemarkt plus independent Ouder- en Jeugdsteunpunt Kempen, onderwijsconsulenten, klachtenregeling."
"""

# ---------------------------------------------------------------------------------------------
# Plan 5: VO Waterland - web version (HTML)
# ---------------------------------------------------------------------------------------------
W = "Samenwerkingsverband VO Waterland"
PLANS["vo-waterland-2026-2030"] = {
    "format": "html",
    "title": "Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Waterland (VO 27-11)",
    "blocks": [
        T("Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Waterland (VO 27-11)"),
        P("Home > Over ons > Ondersteuningsplan. Deze webversie is gelijk aan de door het bestuur op 26 maart "
          "2026 vastgestelde pdf-versie."),
        H("Inhoud"),
        UL("Inleiding", "Onze scholen", "Basisondersteuning", "Toewijzing: vso, lwoo en pro", "Terug naar het "
           "regulier vo", "Resultaten en kwaliteit", "Ouders en leerlingen", "Financiën", "Bestuur en "
           "medezeggenschap", "Begrippen"),
        H("Inleiding"),
        P("Samenwerkingsverband VO Waterland is het samenwerkingsverband voor voortgezet onderwijs in de "
          "gemeenten Waterland-Noord, Purmerdijk en Edamse Meer. Acht schoolbesturen met samen veertien scholen "
          "voor vmbo, havo, vwo en praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs werken "
          "in het samenwerkingsverband samen. Samen bedienen zij ruim 9.400 leerlingen. Dit plan beschrijft "
          "hoe wij in de periode 2026-2030 de toewijzing van ondersteuning organiseren en welke resultaten wij "
          "nastreven. De financiële uitwerking staat in het afzonderlijke Financieel kader 2026-2030. Het plan "
          "is tot stand gekomen in nauwe samenspraak met de ondersteuningscoördinatoren, de schoolleiders en de "
          "ondersteuningsplanraad. In drie werksessies in het najaar van 2025 hebben we de ervaringen met het "
          "vorige plan besproken en keuzes gemaakt voor de komende periode. Een belangrijke les was dat het "
          "vorige plan te veel beloofde en te weinig uitwerkte. Dit plan is daarom korter en richt zich op de "
          "onderwerpen waar het samenwerkingsverband zelf verantwoordelijk voor is."),
    ] + landelijk(W) + [
        H("Onze scholen"),
        P("In Waterland kunnen leerlingen kiezen uit een breed aanbod: drie brede scholengemeenschappen, vier "
          "scholen voor vmbo, vijf scholen voor havo en vwo, twee scholen voor praktijkonderwijs en twee vso-"
          "scholen. De scholen verschillen in grootte, denominatie en onderwijsconcept. Het aantal leerlingen "
          "blijft de komende jaren vrijwel stabiel. Steeds meer leerlingen kiezen voor een school in Amsterdam "
          "of Zaandam; de scholen in het noorden van de regio hebben daardoor te maken met krimp. Besturen "
          "spelen daarop in met profilering, bijvoorbeeld met technasia, tweetalig onderwijs en sportklassen. "
          "Het samenwerkingsverband vindt het belangrijk dat deze profilering niet leidt tot concurrentie op de "
          "rug van leerlingen die extra aandacht nodig hebben. In het bestuur is daarom afgesproken dat scholen "
          "elkaar informeren over veranderingen in hun aanbod en dat de aanmeldprocedure voor de brugklas "
          "voor alle scholen gelijk is: aanmelden in de centrale aanmeldweken in maart, met een tweede "
          "voorkeur voor het geval de school van eerste keuze vol is. De uitkomsten van de aanmelding worden "
          "elk jaar in april gedeeld met de basisscholen."),
        H("Basisondersteuning"),
        P("Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt. Het samenwerkingsverband "
          "gaat na of scholen doen wat zij beloven: de ondersteuningscoördinatoren voeren iedere twee jaar een "
          "collegiale visitatie uit op een andere school, en het samenwerkingsverband vergelijkt jaarlijks de "
          "schoolgidsen met de ervaringen uit de toewijzingen. Als blijkt dat een school tekortschiet, maakt de "
          "directeur-bestuurder daarover afspraken met het schoolbestuur. Een gezamenlijk vastgesteld niveau "
          "van basisondersteuning voor alle scholen is er in Waterland nog niet; we wachten daarvoor de "
          "landelijke norm af."),
        H("Leerlingen aan het woord"),
        P("In het voortgezet onderwijs zijn leerlingen zelf een belangrijke partij. Voor dit plan spraken we "
          "met ruim zestig leerlingen van verschillende scholen, in klassengesprekken en in een online "
          "vragenlijst. Leerlingen vertelden dat zij het belangrijk vinden dat er op school een vaste persoon "
          "is bij wie ze terechtkunnen, dat docenten hen serieus nemen en dat zij zelf mogen meepraten over de "
          "hulp die ze krijgen. Ook gaven zij aan dat ze zich soms 'een dossier' voelen in plaats van een "
          "leerling. Die boodschap nemen we ter harte. Het samenwerkingsverband organiseert "
          "daarnaast jaarlijks een leerlingenpanel dat meedenkt over de uitvoering van dit plan en dat één "
          "keer per jaar in gesprek gaat met het bestuur."),
        H("Aansluiting vo en mbo"),
        P("Een groot deel van onze leerlingen stroomt door naar het middelbaar beroepsonderwijs. De overgang "
          "van vmbo of praktijkonderwijs naar mbo is voor jongeren met een ondersteuningsbehoefte een kwetsbaar "
          "moment. Met de twee mbo-instellingen in de regio zijn afspraken gemaakt over de warme overdracht van "
          "gegevens, over intakegesprekken vóór de zomervakantie en over een vast contactpersoon per vo-school. "
          "Mentoren van het vo houden tot 1 oktober na de overstap contact met hun oud-leerlingen. In het "
          "regionale overleg over voortijdig schoolverlaten komen de resultaten van deze afspraken aan de orde."),
        H("Toewijzing: vso, lwoo en pro"),
        H2("Toelaatbaarheid vso"),
        P("Een leerling kan alleen naar het voortgezet speciaal onderwijs met een toelaatbaarheidsverklaring. "
          "De aanvraag wordt ingediend door de school waar de leerling staat ingeschreven of is aangemeld, via het "
          "Loket Waterland. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een overzicht van de ingezette "
          "ondersteuning en de zienswijze van ouders en leerling. Het loket laat twee deskundigen adviseren: een "
          "orthopedagoog of psycholoog en een tweede deskundige afhankelijk van de problematiek. De Commissie "
          "Toewijzing besluit binnen zes weken. Een leerling is toelaatbaar tot het vso als hij een intensieve "
          "combinatie van onderwijs en ondersteuning nodig heeft die het regulier vo, ook met een arrangement "
          "van het samenwerkingsverband, niet kan bieden, en als het ontwikkelingsperspectief aantoont dat de "
          "leerling in een kleine, gestructureerde setting met specialistische begeleiding beter tot "
          "ontwikkeling komt. Een TLV vso geldt voor twee jaar, of tot het einde van de schoolloopbaan bij "
          "leerlingen met een ernstige verstandelijke beperking. De commissie stelt ook de "
          "bekostigingscategorie vast. Tegen het besluit kunnen ouders binnen zes weken bezwaar maken bij de "
          "Landelijke Bezwaaradviescommissie."),
        H2("Leerwegondersteunend onderwijs"),
        P("Waterland hanteert de landelijke criteria voor lwoo. De basisschool levert vóór 1 februari de "
          "gegevens aan (schooladvies, toetsuitslagen op begrijpend lezen, rekenen en spelling, en waar nodig "
          "een capaciteitenonderzoek en een sociaal-emotionele vragenlijst). De Commissie Toewijzing besluit "
          "uiterlijk 15 april of de leerling is aangewezen op lwoo. Een aanwijzing lwoo geldt voor de hele "
          "vmbo-opleiding."),
        H2("Praktijkonderwijs"),
        P("Voor praktijkonderwijs zijn de landelijke criteria van toepassing: een IQ tussen 55 en 80 en een "
          "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één "
          "begrijpend lezen of inzichtelijk rekenen. De aanvraag verloopt via dezelfde route als bij lwoo; de "
          "Commissie Toewijzing geeft een TLV pro af voor de duur van de opleiding."),
        H("Terug naar het regulier vo"),
        P("Het samenwerkingsverband wil dat vso-leerlingen die dat kunnen, terugkeren naar een reguliere "
          "vo-school, zodat zij een regulier diploma kunnen halen. Voorwaarden zijn dat de leerling stabiel is, "
          "dat het niveau past bij een reguliere opleiding en dat leerling en ouders de overstap willen. "
          "Na de overstap krijgt de ontvangende school een overstaparrangement van zes maanden, waarin een "
          "begeleider van de vso-school de leerling en de mentor ondersteunt."),
        P("In het laatste jaar van de TLV evalueert de vso-school samen met leerling en ouders het "
          "ontwikkelingsperspectief. Uiterlijk 1 maart meldt de vso-school bij het loket of de leerling "
          "terugkeert of dat een nieuwe TLV wordt aangevraagd. Bij terugkeer organiseert de loketcoördinator "
          "een overstapgesprek met de ontvangende school; de overstap vindt bij voorkeur plaats aan het begin "
          "van een schooljaar. Na zes weken en na zes maanden evalueren beide scholen de overstap. In 2025 "
          "keerden negen leerlingen terug, van wie zeven na een jaar nog op de reguliere school zaten."),
        H("Resultaten en kwaliteit"),
        P("Voor leerlingen die extra ondersteuning nodig hebben, hebben we voor 2030 de volgende doelen: ten "
          "minste 85 procent van de leerlingen met een arrangement stroomt door naar het volgende leerjaar of "
          "behaalt een diploma; het aantal leerlingen dat het vo zonder startkwalificatie verlaat, daalt van 3,1 "
          "naar 2,0 procent; het aantal vso-leerlingen dat terugkeert naar het regulier vo stijgt naar 15 per "
          "jaar; en iedere TLV-aanvraag wordt binnen zes weken afgehandeld."),
        P("Het loket registreert alle aanvragen, besluiten en doorlooptijden. Twee keer per jaar maakt de "
          "beleidsmedewerker kwaliteit een rapportage met deze gegevens en met de cijfers van DUO over "
          "doorstroom en voortijdig schoolverlaten. De rapportage wordt besproken in het bestuur en met de "
          "ondersteuningscoördinatoren; in het jaarverslag leggen we verantwoording af over de bereikte "
          "resultaten ten opzichte van de doelen."),
        H("Ouders en leerlingen"),
        P("Ouders en leerlingen die vragen hebben over passend onderwijs of het oneens zijn met een school of met "
          "het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Waterland. Het steunpunt "
          "werkt onafhankelijk van de scholen, is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur, "
          "en kan bemiddelen in gesprekken. Ook kunnen ouders de landelijke onderwijsconsulenten inschakelen. "
          "Klachten kunnen worden voorgelegd aan de Landelijke Klachtencommissie Onderwijs. Hoe wij ouders in "
          "de komende jaren informeren over het ondersteuningsaanbod, werken we in 2027 uit in een nieuwe "
          "communicatiestrategie."),
        H("Financiën"),
        P("De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting zijn opgenomen in het Financieel "
          "kader 2026-2030, dat het bestuur afzonderlijk vaststelt. Dit kader is op te vragen bij het bureau."),
        H("Bestuur en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting met een algemeen bestuur van de acht schoolbesturen en "
          "een onafhankelijke directeur-bestuurder. Het op overeenstemming gericht overleg met de drie gemeenten "
          "over dit plan is op 11 maart 2026 afgerond. Met het samenwerkingsverband primair onderwijs is op 4 "
          "maart 2026 overleg gevoerd. De ondersteuningsplanraad heeft op 20 maart 2026 ingestemd."),
    ] + filler(W, sector="vo") + [
    ] + extra(W, vervoer=False) + extra2(W) + extra3(W) + [
        H("Begrippen"),
        UL("Basisondersteuning: het niveau van ondersteuning dat alle scholen bieden.",
           "Dekkend aanbod: voor iedere leerling een passende plek.",
           "OPDC: orthopedagogisch-didactisch centrum.",
           "Thuiszitter: leerplichtige jongere zonder passende plek.",
           "Verdeelmodel: de manier waarop middelen over scholen worden verdeeld."),
    ],
}

LABELS["vo-waterland-2026-2030"] = """documents: [vo-waterland-2026-2030.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: missing, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: []
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "Section 'Basisondersteuning' only describes checking schools (visitatie, schoolgids comparison) and says no common level exists yet; no level, no content."
  plaatsing: "'Toewijzing': vso TLV procedure, criteria, two deskundigen, duur, categorie, bezwaar; lwoo procedure with dates; pro with national criteria."
  terugstroom: "'Terug naar het regulier vo': aims, conditions, overstaparrangement; steps with 1 maart, evaluations; 2025 figures."
  financien: "Section 'Financiën' only refers to the separate Financieel kader 2026-2030 (not part of the input)."
  dekkend-aanbod: "No description of the provision continuum or of gaps/thuiszitters; 'dekkend aanbod', 'thuiszitter', OPDC only in the begrippen; OOGO mentioned only as a procedural date."
  resultaten: "'Resultaten en kwaliteit': measurable 2030 doelen plus registration, half-yearly rapportage and jaarverslag."
  ouders: "'Ouders en leerlingen': independent OJSP, onderwijsconsulenten, klachtencommissie; informing parents deferred to a 2027 communicatiestrategie."
"""

# ---------------------------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of a basisschool (not an SWV plan)
# ---------------------------------------------------------------------------------------------
PLANS["obs-de-regenboog-ondersteuningsplan-2026-2027"] = {
    "format": "docx",
    "header": "OBS De Regenboog - Ondersteuningsplan schooljaar 2026-2027",
    "blocks": [
        T("Ondersteuningsplan OBS De Regenboog 2026-2027"),
        P("Openbare basisschool De Regenboog, Deltastad. Aangesloten bij Samenwerkingsverband De Delta (PO 25-14). "
          "Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2026."),
        H("Inhoud"),
        UL("1 Inleiding", "2 Zorgniveaus op De Regenboog", "3 Basisondersteuning op onze school",
           "4 De ondersteuningscyclus: groepsbesprekingen en leerlingbesprekingen", "5 Extra ondersteuning en "
           "de TLV", "6 Ouders", "7 Middelen", "8 Resultaten en evaluatie", "9 Jaarplanning IB"),
        H("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe wij op OBS De Regenboog de ondersteuning van onze 312 "
          "leerlingen organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. Het is "
          "een uitwerking van ons schoolondersteuningsprofiel en van het ondersteuningsplan van het "
          "samenwerkingsverband. Het plan wordt ieder jaar door de intern begeleiders geactualiseerd."),
        H("2 Zorgniveaus op De Regenboog"),
        P("Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep: goed lesgeven met "
          "differentiatie in drie instructieniveaus. Niveau 2 is extra zorg in de groep, zoals verlengde "
          "instructie. Niveau 3 is speciale zorg na een leerlingbespreking met de intern begeleider. Niveau 4 "
          "is speciale zorg met hulp van externen, zoals de onderwijsadviseur van het samenwerkingsverband of "
          "een logopedist. Niveau 5 is verwijzing naar het speciaal (basis)onderwijs."),
        H("3 Basisondersteuning op onze school"),
        P("Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent dat "
          "op onze school: twee intern begeleiders (samen 0,8 fte), een dyslexiespecialist, een rekencoördinator, "
          "de Kanjertraining in alle groepen, een plusklas op woensdag en een taalklas voor nieuwkomers."),
        H("4 De ondersteuningscyclus"),
        P("Drie keer per jaar, na de toetsperiodes, houden de intern begeleiders groepsbesprekingen met iedere "
          "leerkracht. Daarin worden de groepsoverzichten en de resultaten van de methodetoetsen besproken. "
          "Leerlingen over wie zorgen zijn, komen in de leerlingbespreking. Als dat nodig is, wordt een "
          "handelingsplan of een ontwikkelingsperspectief opgesteld. Zes keer per jaar is er een overleg van het "
          "ondersteuningsteam met de schoolmaatschappelijk werker en de onderwijsadviseur van het "
          "samenwerkingsverband."),
        H("5 Extra ondersteuning en de TLV"),
        P("Als wij op school niet kunnen bieden wat een kind nodig heeft, vragen we bij het samenwerkingsverband "
          "een arrangement aan. Wanneer ook dat niet volstaat, kan de school in overleg met ouders een "
          "toelaatbaarheidsverklaring aanvragen voor het speciaal basisonderwijs of speciaal onderwijs. De "
          "procedure en de criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. Onze "
          "intern begeleider stelt het dossier samen. In het schooljaar 2025-2026 zijn vanuit onze school twee "
          "leerlingen naar het sbo gegaan. Eén leerling is vanuit het sbo teruggeplaatst in groep 6."),
        H("6 Ouders"),
        P("Ouders worden altijd betrokken bij de ondersteuning van hun kind. Na iedere leerlingbespreking neemt "
          "de leerkracht contact op met de ouders. Ouders tekenen voor akkoord op het ontwikkelingsperspectief. "
          "Informatie over de ondersteuning vinden ouders in de schoolgids en op Parro. Bij vragen of klachten "
          "kunnen ouders terecht bij de leerkracht, de intern begeleider, de directeur of de "
          "vertrouwenspersoon van de school, en zij kunnen het Ouder- en Jeugdsteunpunt van het "
          "samenwerkingsverband benaderen."),
        H("7 Middelen"),
        P("De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. In "
          "2026-2027 is dat € 42.000. Dit bedrag zetten wij in voor: een onderwijsassistent (0,6 fte, € 31.000), "
          "de plusklas (€ 6.000) en scholing van leerkrachten op het gebied van gedrag (€ 5.000)."),
        H("8 Resultaten en evaluatie"),
        P("Wij evalueren dit plan aan het eind van het schooljaar in het team. Onze doelen voor 2026-2027: 80 "
          "procent van de leerlingen met een OPP haalt de tussendoelen, en het aantal verwijzingen naar het "
          "sbo blijft maximaal twee. De resultaten worden opgenomen in het jaarverslag van de school."),
        H("9 Jaarplanning IB"),
        TAB(("Maand", "Activiteit"),
            ("September", "Startgesprekken, overdracht, groepsoverzichten"),
            ("November", "Groepsbesprekingen ronde 1"),
            ("Februari", "Toetsperiode midden; trendanalyse"),
            ("Maart", "Groepsbesprekingen ronde 2"),
            ("Juni", "Toetsperiode eind; evaluatie ondersteuningsplan"),
            ("Juli", "Overdracht naar nieuwe leerkracht")),
    ],
}

LABELS["obs-de-regenboog-ondersteuningsplan-2026-2027"] = """documents: [obs-de-regenboog-ondersteuningsplan-2026-2027.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB-jaarplanning, own budget share); it refers to the SWV plan for TLV procedure and criteria. Not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeelmodel, planperiode of a verband)."
"""
