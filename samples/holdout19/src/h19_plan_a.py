"""Plan A: VO, Maas en Waalland. Rendered to .docx and .pdf; chapters 3-4 in a two-column section."""

TOC = [
    ("", "Voorwoord", "3"),
    ("1", "Inleiding en context", "4"),
    ("2", "Missie, visie en koers 2026-2030", "6"),
    ("3", "Basisondersteuning", "8"),
    ("4", "Extra ondersteuning en dekkend aanbod", "10"),
    ("4.5", "Thuiszitters en doorzettingsmacht", "13"),
    ("5", "Toelaatbaarheid vso, lwoo en pro", "14"),
    ("5.6", "Terugplaatsing en overplaatsing", "17"),
    ("6", "Ouders en leerlingen", "18"),
    ("7", "Kwaliteit en resultaten", "20"),
    ("8", "Samenwerking met gemeenten (OOGO)", "21"),
    ("9", "Organisatie, governance en medezeggenschap", "22"),
    ("10", "Geld en middelen", "24"),
    ("11", "Personeel, ICT en privacy", "27"),
    ("12", "Planning en totstandkoming", "28"),
    ("", "Begrippenlijst", "29"),
]

BLOCKS = [
    ("toc", TOC),
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Maas en Waalland (VO 26-11). "
          "Het is het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste plan dat wij schrijven "
          "na de fusie van de verbanden Maasland-Noord en Waalrand. Met dit plan willen wij laten zien hoe de acht "
          "aangesloten schoolbesturen, met samen 19 vestigingen en ruim 14.600 leerlingen, ervoor zorgen dat iedere "
          "jongere in onze regio een passende plek krijgt."),
    ("p", "Wij hebben dit plan niet achter het bureau geschreven. In het voorjaar van 2025 spraken wij in zes "
          "regiobijeenkomsten met ondersteuningscoördinatoren, mentoren, schoolleiders, jeugdprofessionals, "
          "leerplichtambtenaren en ook met ouders en leerlingen. Hun verhalen waren soms confronterend: over "
          "leerlingen die maanden thuis zaten, over formulieren die niemand begreep, over scholen die elkaar niet "
          "wisten te vinden. Tegelijk hoorden wij veel over wat wel werkt: een mentor die op tijd aan de bel trekt, een "
          "OPDC dat een leerling weer op de rails zet, een gemeente die snel schakelt. Die ervaringen vormen de "
          "ondergrond van dit plan."),
    ("p", "Het plan is vastgesteld door de directeur-bestuurder na goedkeuring door de raad van toezicht en na "
          "instemming van de ondersteuningsplanraad. Wij danken iedereen die heeft meegedacht en meegelezen. Passend "
          "onderwijs is nooit af; dit plan is dan ook vooral een afsprakenkader waarop u ons mag aanspreken."),
    ("p", "Drs. H. (Hanneke) van Rossum, directeur-bestuurder"),

    ("h1", "1 Inleiding en context"),
    ("h2", "1.1 Waarom een ondersteuningsplan"),
    ("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De wet op het "
          "voortgezet onderwijs schrijft voor welke onderwerpen daarin in elk geval aan de orde komen. Dit plan volgt "
          "in grote lijnen die wettelijke opbouw, maar wij hebben de hoofdstukken geordend langs de route die een "
          "leerling in de praktijk aflegt: van de ondersteuning die elke school biedt, via extra ondersteuning en "
          "bovenschoolse voorzieningen, naar het voortgezet speciaal onderwijs en weer terug."),
    ("h2", "1.2 Onze regio"),
    ("p", "Het werkgebied van het samenwerkingsverband omvat de gemeenten Maasdonk-West, Waalrand, Heerewaarden-Oost, "
          "Druten-Zuid en Lingehof. Het is een gebied met twee middelgrote kernen en veel kleine dorpen. Veel "
          "leerlingen reizen dagelijks meer dan vijftien kilometer naar school; de busverbindingen zijn beperkt en "
          "na 18.00 uur nagenoeg afwezig. Dat heeft gevolgen voor de bereikbaarheid van bovenschoolse voorzieningen en "
          "voor het leerlingenvervoer, een onderwerp dat wij met de gemeenten bespreken."),
    ("p", "In het verband werken acht schoolbesturen samen. Zij verzorgen alle schoolsoorten: praktijkonderwijs op twee "
          "locaties, vmbo op negen locaties, havo en vwo op zes locaties, en voortgezet speciaal onderwijs cluster 3 "
          "en cluster 4 op twee locaties. Daarnaast is er een Internationale Schakelklas (ISK) in Waalrand. Het "
          "leerlingaantal daalt licht: de prognose voor 1 oktober 2029 is 13.900 leerlingen. Die krimp raakt vooral de "
          "kleinere vmbo-locaties in de dorpen."),
    ("h2", "1.3 Wat er veranderde sinds het vorige plan"),
    ("p", "Sinds het vorige plan is de Wet voortgezet onderwijs 2020 in werking getreden, is de fusie tot één verband "
          "afgerond en heeft het verband een nieuwe directeur-bestuurder en een nieuw bureau in Druten-Zuid gekregen. "
          "Het loket passend onderwijs is heringericht en de samenwerking met de gemeenten is vastgelegd in een nieuw "
          "convenant. Ook het landelijke beleid bleef in beweging: de verbeteraanpak passend onderwijs, de afbouw van "
          "bovenmatige reserves en het wetsvoorstel over de positie van ouders en leerlingen. Wij hebben dit plan "
          "zoveel mogelijk op die ontwikkelingen afgestemd."),

    ("h1", "2 Missie, visie en koers 2026-2030"),
    ("h2", "2.1 Missie"),
    ("p", "Samenwerkingsverband VO Maas en Waalland zorgt er samen met de scholen voor dat iedere jongere in de regio "
          "onderwijs volgt dat past bij wat hij of zij kan en nodig heeft, zo dicht mogelijk bij huis en zo regulier "
          "als mogelijk."),
    ("h2", "2.2 Visie"),
    ("p", "Wij geloven dat ondersteuning het beste werkt als zij dichtbij de leerling wordt georganiseerd, in de klas, "
          "door de eigen mentor en docenten, met ouders als partner. Scholen zijn eigenaar van de ondersteuning; het "
          "samenwerkingsverband faciliteert, verbindt en ziet toe. Wij kijken naar wat een leerling nodig heeft, niet "
          "naar een etiket. Waar de school handelingsverlegen raakt, schalen wij snel en zonder bureaucratie op. "
          "Arrangementen zijn tijdelijk en gericht op terugkeer naar het gewone lesrooster."),
    ("p", "In onze visie is de leerling meer dan een dossier. Jongeren weten vaak zelf goed wat hen helpt. Daarom "
          "betrekken wij leerlingen bij gesprekken over hun ondersteuning en nemen wij hun inbreng serieus. Ook de "
          "professional staat centraal: wie leerlingen met een ondersteuningsbehoefte begeleidt, verdient tijd, "
          "scholing en collega's om mee te sparren."),
    ("h2", "2.3 Koers: vier ambities"),
    ("bullets", [
        "Elke school biedt dezelfde stevige basis, zodat ouders niet hoeven te zoeken naar een 'zorgschool'.",
        "Thuiszitten is een gezamenlijke verantwoordelijkheid van scholen, verband, gemeenten en jeugdhulp.",
        "Onderwijs en jeugdhulp werken als één team rond de leerling.",
        "Middelen worden transparant verdeeld en komen zo direct mogelijk in de klas terecht.",
    ]),
    ("p", "Deze ambities geven richting aan de keuzes in de volgende hoofdstukken. Ze zijn bewust geformuleerd als "
          "koers en niet als meetlat; de uitwerking gebeurt in de jaarplannen van het verband."),

    ("cols", 2),
    ("h1", "3 Basisondersteuning"),
    ("h2", "3.1 Eén ondergrens voor alle vestigingen"),
    ("p", "De acht besturen hebben afgesproken dat alle 19 vestigingen in het verband, van praktijkonderwijs tot "
          "gymnasium en inclusief de ISK, dezelfde basisondersteuning bieden. Deze afspraak vormt de ondergrens: geen "
          "vestiging biedt minder, en een school mag een leerling niet naar een andere school verwijzen voor "
          "ondersteuning die onder deze basis valt. Voor ouders betekent dit dat zij op iedere school in de regio op "
          "het onderstaande kunnen rekenen, zonder aanvraag bij het samenwerkingsverband en zonder extra kosten."),
    ("h2", "3.2 Wat elke school ten minste biedt"),
    ("bullets", [
        "Een mentor per klas met minimaal één uur per week mentortijd en een vast contactmoment met ouders in de eerste "
        "zes weken van het schooljaar.",
        "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt is voor "
        "ouders, mentoren en externe partners.",
        "Een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met de ondersteuningscoördinator, een "
        "schoolmaatschappelijk werker, de jeugdarts of jeugdverpleegkundige en de leerplichtambtenaar.",
        "Een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote opgaven en voorleessoftware.",
        "Trainingen faalangstreductie, sociale vaardigheden en examenvrees, op school of in regionaal verband.",
        "Begeleiding bij plannen en organiseren (executieve functies) in de onderbouw.",
        "Een protocol medisch handelen en een aangepaste pauzeruimte voor leerlingen met een lichamelijke beperking.",
        "Een time-outvoorziening op school met een vaste begeleider, zodat een leerling niet naar huis wordt gestuurd.",
        "Een aanpak voor verzuim en signalering volgens de regionale verzuimkaart.",
        "Een ontwikkelingsperspectiefplan (OPP) voor elke leerling die meer nodig heeft dan het reguliere aanbod.",
    ]),
    ("h2", "3.3 Hoe wij de basis bewaken"),
    ("p", "Elke vestiging legt in haar schoolondersteuningsprofiel en in de schoolgids vast hoe zij deze "
          "basisondersteuning invult. Het samenwerkingsverband voert elke twee jaar met iedere vestiging een "
          "kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning, waarbij ook leerlingdossiers worden "
          "ingezien. Voldoet een vestiging op een onderdeel niet aan de ondergrens, dan stelt het bestuur binnen drie "
          "maanden een verbeterplan op; het verband volgt de uitvoering en meldt het aan het algemeen overleg van "
          "besturen."),

    ("h1", "4 Extra ondersteuning en dekkend aanbod"),
    ("h2", "4.1 Een doorlopende route"),
    ("p", "Wanneer de basisondersteuning niet volstaat, volgt een leerling een vaste route. Binnen de eigen school kan "
          "een arrangement worden ingezet: kleine groepen, een trajectklas, extra begeleiding door een "
          "orthopedagoog of een coach. Het samenwerkingsverband kent daarvoor per vestiging budget toe (zie hoofdstuk "
          "10). Als dat niet genoeg is, volgt een bovenschoolse voorziening, en pas daarna het voortgezet speciaal "
          "onderwijs."),
    ("h2", "4.2 Bovenschoolse voorzieningen"),
    ("bullets", [
        "OPDC De Overstap (Waalrand): tijdelijke plaatsing van maximaal twee jaar voor vmbo- en havoleerlingen met "
        "leer- en gedragsproblemen, 60 plaatsen.",
        "Reboundvoorziening Kompas (Druten-Zuid): kortdurende opvang van zes tot twaalf weken na een incident of "
        "dreigende schorsing, 18 plaatsen.",
        "Internationale Schakelklas (ISK) Waalrand: nieuwkomers tussen 12 en 18 jaar, gemiddeld 1,5 jaar, met "
        "doorstroom naar alle schoolsoorten.",
        "Onderwijs-zorgarrangement Brug (in samenwerking met jeugdhulpaanbieder Lindenhof): combinatie van "
        "dagbehandeling en onderwijs voor leerlingen die (nog) niet volledig lesbaar zijn.",
        "Voortgezet speciaal onderwijs: vso De Horst (cluster 4) en vso Meander (cluster 3), beide met uitstroom naar "
        "arbeid, dagbesteding en vervolgonderwijs.",
    ]),
    ("h2", "4.3 Hoogbegaafdheid en nieuwkomers"),
    ("p", "Twee havo-vwo-locaties bieden een plusprogramma voor hoogbegaafde leerlingen die vastlopen. Voor "
          "nieuwkomers is de ISK het startpunt; na de ISK begeleidt een trajectbegeleider de overgang naar een "
          "reguliere school gedurende een half jaar."),
    ("h2", "4.4 Witte vlekken in het aanbod"),
    ("p", "Elk voorjaar brengen het loket en de besturen in kaart welke leerlingen geen passende plek vonden, welke "
          "wachtlijsten er zijn en waar aanbod ontbreekt. In 2025 bleek dat er geen passend aanbod is voor "
          "hoogbegaafde leerlingen met autisme die niet in een grote groep kunnen functioneren, en dat de wachtlijst "
          "van het OPDC in het voorjaar oploopt tot vijftien leerlingen. Het verband opent daarom per 1 augustus 2027 een "
          "kleinschalige groep van twaalf plaatsen op de havo-vwo-locatie in Lingehof en breidt het OPDC vanaf "
          "schooljaar 2026-2027 uit met een tweede instroommoment in februari."),
    ("h2", "4.5 Thuiszitters en doorzettingsmacht"),
    ("p", "Een leerling die langer dan vier weken zonder onderwijs thuis zit, wordt binnen vijf werkdagen besproken "
          "aan de regionale thuiszitterstafel van het verband, de leerplichtambtenaren en het lokale jeugdteam. Daar "
          "wordt een casusregisseur aangewezen die binnen drie weken met ouders en school een plan opstelt. Komen "
          "school, jeugdhulp en ouders er samen niet uit, dan neemt de directeur-bestuurder van het "
          "samenwerkingsverband een bindend besluit over de school of voorziening die de leerling opvangt "
          "(doorzettingsmacht), zoals vastgelegd in het convenant met de besturen. Het verband betaalt zo nodig "
          "tijdelijk de extra kosten van die plaatsing."),
    ("cols", 1),

    ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
    ("h2", "5.1 Aanvraag"),
    ("p", "Een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs wordt aangevraagd door het "
          "bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De school dient de aanvraag in "
          "via het digitale loket met het OPP, het groeidocument, het verslag van het laatste multidisciplinair overleg "
          "en de zienswijze van ouders en leerling. Het loket controleert binnen vijf werkdagen of het dossier compleet "
          "is."),
    ("h2", "5.2 Beoordeling en besluit"),
    ("p", "De Commissie Toelaatbaarheid van het verband beoordeelt de aanvraag. Twee deskundigen brengen elk een eigen, "
          "schriftelijk advies uit: een orthopedagoog of GZ-psycholoog en, afhankelijk van de leerling, een tweede "
          "deskundige zoals een jeugdarts, kinderpsychiater of maatschappelijk werker. Geen van beiden was betrokken "
          "bij de aanvraag. De commissie besluit binnen zes weken na ontvangst van het complete dossier; ouders "
          "ontvangen een afschrift van beide adviezen."),
    ("h2", "5.3 Criteria voor toelaatbaarheid"),
    ("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan:"),
    ("bullets", [
        "de school heeft ten minste zes maanden planmatig extra ondersteuning geboden, vastgelegd en geëvalueerd in het OPP;",
        "ook met een bovenschoolse voorziening (OPDC, rebound of onderwijs-zorgarrangement) kan niet worden voldaan "
        "aan de ondersteuningsbehoefte, of die voorziening is aantoonbaar niet passend;",
        "de leerling heeft structureel en in alle lessen intensieve, gespecialiseerde begeleiding in een kleine groep "
        "nodig, op het gebied van leren, gedrag of lichamelijke of verstandelijke mogelijkheden.",
    ]),
    ("p", "De TLV wordt afgegeven in categorie laag, tenzij de leerling vanwege een lichamelijke of meervoudige "
          "beperking verzorging of medische handelingen nodig heeft die in het vso een extra personele inzet vragen "
          "(categorie midden of hoog). De TLV is geldig tot en met 31 juli van het schooljaar waarin zij afloopt; de "
          "commissie kiest een looptijd van één, twee of drie schooljaren."),
    ("h2", "5.4 Leerwegondersteunend onderwijs en praktijkonderwijs"),
    ("p", "Het verband hanteert voor lwoo en pro de landelijke criteria. Voor praktijkonderwijs betekent dit een IQ "
          "tussen 55 en 80 en een leerachterstand van ten minste 50 procent op twee of meer domeinen, waarvan één "
          "begrijpend lezen of inzichtelijk rekenen. De basisschool of de ontvangende vo-school vraagt de aanwijzing "
          "lwoo of de TLV pro aan vóór 1 maart van groep 8; de commissie beslist binnen vier weken. Een aanwijzing "
          "lwoo geldt voor de duur van de opleiding."),
    ("h2", "5.5 Bezwaar"),
    ("p", "Het bevoegd gezag dat de aanvraag indiende kan binnen zes weken na dagtekening bezwaar maken tegen een "
          "afwijzing. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
          "die het bestuur adviseert voordat het op het bezwaar beslist."),
    ("h2", "5.6 Terugplaatsing en overplaatsing"),
    ("p", "Het verband vindt dat verblijf in het vso geen eindstation hoeft te zijn. Ons uitgangspunt is dat een "
          "leerling teruggaat naar een reguliere school zodra de ondersteuningsbehoefte dat toelaat en de leerling en "
          "ouders dat willen, bij voorkeur op de school waar de leerling vandaan kwam of een school dicht bij huis. "
          "Terugkeer gebeurt nooit halverwege een examenjaar. Een teruggeplaatste leerling krijgt gedurende ten minste "
          "het eerste jaar een overgangsarrangement: ambulante begeleiding vanuit de vso-school voor twee uur per "
          "week en een vaste coach op de ontvangende school, betaald uit het budget zware ondersteuning."),
    ("p", "In schooljaar 2024-2025 keerden negen leerlingen vanuit het vso terug naar een reguliere school in het "
          "verband. De stappen, beslismomenten en de rol van de commissie bij terugplaatsing leggen wij in het eerste "
          "planjaar vast in een afzonderlijk protocol terugplaatsing, dat wij daarna aan dit plan toevoegen."),

    ("h1", "6 Ouders en leerlingen"),
    ("h2", "6.1 Informatie over de ondersteuning"),
    ("p", "Ouders moeten kunnen weten wat zij van de scholen en van het verband mogen verwachten. Het verband houdt "
          "daarom een ouderpagina bij op de website met per vestiging het schoolondersteuningsprofiel, een overzicht "
          "van de bovenschoolse voorzieningen en de route naar het loket. Iedere ouder van een eersteklasser ontvangt "
          "in september de brochure 'Passend onderwijs in Maas en Waalland', die ook beschikbaar is in het Engels, "
          "Arabisch, Pools en Turks. Jaarlijks organiseert het verband in november twee informatieavonden voor "
          "ouders van leerlingen in groep 8 en de eerste klas. Op school is de ondersteuningscoördinator het eerste "
          "aanspreekpunt; in de schoolgids staat hoe ouders haar of hem bereiken."),
    ("h2", "6.2 Ouders als partner"),
    ("p", "Ouders worden betrokken bij het opstellen en evalueren van het OPP en zijn uitgenodigd bij elk "
          "multidisciplinair overleg over hun kind. Leerlingen vanaf twaalf jaar geven hun mening over hun eigen "
          "OPP. In de ondersteuningsplanraad heeft de helft van de leden zitting namens ouders en leerlingen."),
    ("h2", "6.3 Onafhankelijke ondersteuning"),
    ("p", "Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richt het verband in zodra de wettelijke regeling "
          "van kracht is. Tot die tijd verwijzen wij ouders naar de informatie op onze website."),

    ("h1", "7 Kwaliteit en resultaten"),
    ("p", "Het samenwerkingsverband werkt resultaatgericht en wil zich verantwoorden over wat het doet. De scholen in "
          "de regio presteren volgens het oordeel van de inspectie op of boven de norm, en de besturen voeren elk hun "
          "eigen kwaliteitszorg. Het verband sluit daarop aan."),
    ("p", "De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte en de wijze waarop wij die volgen, "
          "worden opgenomen in het jaarplan 2026-2027. Dat jaarplan verschijnt als afzonderlijk document na "
          "vaststelling van de begroting en is geen onderdeel van dit ondersteuningsplan."),

    ("h1", "8 Samenwerking met gemeenten (OOGO)"),
    ("p", "Het concept van dit plan is op 14 januari 2026 in een op overeenstemming gericht overleg besproken met de "
          "wethouders onderwijs en jeugd van de vijf gemeenten. Het overleg werd op 4 februari 2026 afgerond met een "
          "gezamenlijke verklaring. Het verband en de gemeenten hebben afgesproken dat elke vestiging een vaste "
          "contactpersoon van het lokale jeugdteam heeft, dat jeugdhulp onder schooltijd in het gebouw kan worden "
          "gegeven en dat de gemeenten en het verband het onderwijs-zorgarrangement Brug gezamenlijk financieren, in "
          "een verhouding van 60 procent gemeenten en 40 procent verband. Leerlingenvervoer en onderwijshuisvesting "
          "blijven gemeentelijke taken; deze onderwerpen komen twee keer per jaar aan de orde in het bestuurlijk "
          "overleg."),
    ("p", "Met het samenwerkingsverband PO in de regio is op 28 januari 2026 overleg gevoerd over de overstap van "
          "groep 8 naar het voortgezet onderwijs en over de aanvragen voor lwoo en pro."),

    ("h1", "9 Organisatie, governance en medezeggenschap"),
    ("h2", "9.1 Rechtsvorm"),
    ("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; het interne "
          "toezicht ligt bij een raad van toezicht van vijf leden, van wie drie onafhankelijk. De acht aangesloten "
          "schoolbesturen komen vier keer per jaar bijeen in het algemeen overleg van besturen, dat adviseert over de "
          "begroting, het jaarplan en dit ondersteuningsplan. De statuten bevatten een geschillenregeling voor "
          "geschillen tussen de besturen en het verband."),
    ("h2", "9.2 Bureau en loket"),
    ("p", "Het bureau van het verband telt 14,2 fte: de directeur-bestuurder, een controller, een beleidsmedewerker, "
          "drie loketconsulenten, vier orthopedagogen, twee trajectbegeleiders en secretariële ondersteuning. Het "
          "loket is op werkdagen bereikbaar voor scholen en voor vragen van ouders over de route naar "
          "ondersteuning."),
    ("h2", "9.3 Medezeggenschap"),
    ("p", "De ondersteuningsplanraad (OPR) telt twaalf leden. De OPR heeft instemmingsrecht op dit plan en heeft op "
          "10 maart 2026 ingestemd. Het verband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van "
          "het bureau."),

    ("h1", "10 Geld en middelen"),
    ("h2", "10.1 Inkomsten"),
    ("p", "Het verband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Van de zware "
          "ondersteuning houdt DUO rechtstreeks de bekostiging in van leerlingen met een TLV in het vso "
          "(afdrachten). Voor 2026 verwachten wij € 17,9 miljoen aan inkomsten, waarvan € 6,4 miljoen lichte "
          "ondersteuning en € 11,5 miljoen zware ondersteuning; na afdrachten resteert € 11,2 miljoen."),
    ("h2", "10.2 Zo verdelen wij"),
    ("p", "Het algemeen overleg van besturen adviseert en de directeur-bestuurder besluit jaarlijks vóór 1 juli over "
          "de verdeling voor het volgende schooljaar, binnen de volgende vaste regels:"),
    ("bullets", [
        "De middelen lichte ondersteuning gaan volledig naar de besturen met lwoo- en pro-locaties, naar rato van het "
        "aantal leerlingen met een aanwijzing lwoo of TLV pro op 1 oktober van het voorgaande jaar.",
        "Elke vestiging ontvangt voor de basisondersteuning een vaste voet van € 25.000 plus € 95 per ingeschreven "
        "leerling op 1 oktober van het voorgaande jaar.",
        "Bovenschoolse voorzieningen (OPDC, rebound, ISK-begeleiding, Brug) krijgen een vast budget per plaats "
        "(OPDC € 14.800, rebound € 9.200 per plaats per jaar).",
        "Individuele arrangementen worden door de Commissie Toelaatbaarheid toegekend op basis van het OPP, tot "
        "maximaal € 12.000 per leerling per jaar.",
        "Het verband houdt ten hoogste 5 procent van de inkomsten aan voor de eigen organisatie.",
    ]),
    ("h2", "10.3 Meerjarenbegroting"),
    ("table", ["Post (x € 1.000)", "2026", "2027", "2028", "2029"], [
        ["Inkomsten na afdrachten", "11.210", "11.050", "10.890", "10.760"],
        ["Lichte ondersteuning naar besturen", "6.400", "6.330", "6.250", "6.190"],
        ["Basisbudgetten vestigingen", "1.865", "1.838", "1.812", "1.788"],
        ["Bovenschoolse voorzieningen", "1.054", "1.142", "1.142", "1.142"],
        ["Individuele arrangementen", "1.150", "1.100", "1.050", "1.010"],
        ["Thuiszitters en doorzettingsmacht", "150", "150", "150", "150"],
        ["Bureau en loket", "560", "552", "545", "538"],
        ["Resultaat", "31", "-62", "-59", "-58"],
    ], "Tabel 10.1 Meerjarenbegroting 2026-2029"),
    ("p", "De uitgaven aan bovenschoolse voorzieningen stijgen in 2027 door de nieuwe kleinschalige groep in "
          "Lingehof. De kleine tekorten vanaf 2027 worden gedekt uit de algemene reserve."),
    ("h2", "10.4 Reserves en verantwoording"),
    ("p", "De algemene reserve bedroeg op 31 december 2025 € 1,6 miljoen, ofwel 9 procent van de baten. Het verband "
          "hanteert een bovengrens van 10 procent en een ondergrens van 5 procent. Besturen verantwoorden vóór 1 mei "
          "van elk jaar aan de hand van een vast format hoe zij de ontvangen middelen hebben besteed; bij onderbesteding "
          "van meer dan 10 procent wordt het verschil verrekend met het volgende jaar."),

    ("h1", "11 Personeel, ICT en privacy"),
    ("h2", "11.1 Personeel en professionalisering"),
    ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het verband organiseert daarom "
          "drie keer per jaar een netwerkbijeenkomst voor ondersteuningscoördinatoren en een leergang "
          "'Handelingsgericht werken in het vo' voor mentoren. Nieuwe ondersteuningscoördinatoren krijgen in hun "
          "eerste jaar een collega van een andere school als maatje. Het verband ziet het lerarentekort als risico: "
          "ondersteuning die op papier staat, moet ook door iemand worden gegeven."),
    ("h2", "11.2 ICT"),
    ("p", "Aanvragen bij het loket verlopen via een beveiligde digitale omgeving. Scholen kunnen daarin het "
          "groeidocument en het OPP uploaden; ouders krijgen een eigen inlog om de stukken over hun kind in te zien. "
          "In 2026 wordt de omgeving gekoppeld aan de leerlingadministratiesystemen van de scholen."),
    ("h2", "11.3 Privacy"),
    ("p", "Het verband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, alleen voor zover dat nodig is voor de "
          "toewijzing van ondersteuning en de beoordeling van toelaatbaarheid. Dossiers worden tot drie jaar na het "
          "besluit bewaard en daarna vernietigd. Het verband heeft een functionaris gegevensbescherming aangesteld, die "
          "wordt gedeeld met drie andere verbanden."),

    ("h1", "12 Planning en totstandkoming"),
    ("table", ["Datum", "Stap"], [
        ["september 2025", "Startbijeenkomst besturen en OPR"],
        ["november 2025", "Eerste concept besproken in het algemeen overleg van besturen"],
        ["14 januari 2026", "Start OOGO met de gemeenten"],
        ["28 januari 2026", "Overleg met het samenwerkingsverband PO"],
        ["4 februari 2026", "Afronding OOGO"],
        ["10 maart 2026", "Instemming ondersteuningsplanraad"],
        ["17 maart 2026", "Goedkeuring raad van toezicht en vaststelling"],
        ["vóór 1 mei 2026", "Toezending aan de inspectie"],
        ["1 augustus 2026", "Ingangsdatum plan"],
    ], "Tabel 12.1 Tijdpad"),
    ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Tussentijdse wijzigingen leggen wij ter "
          "instemming voor aan de OPR."),

    ("h1", "Begrippenlijst"),
    ("bullets", [
        "Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep.",
        "Basisondersteuning: het afgesproken geheel van ondersteuning dat alle scholen van het verband bieden.",
        "Doorzettingsmacht: de bevoegdheid om bij vastlopende casuïstiek een bindend besluit te nemen.",
        "Lwoo: leerwegondersteunend onderwijs.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "OJSP: ouder- en jeugdsteunpunt; een onafhankelijk steunpunt waar ouders en jongeren met vragen en bij "
        "onenigheid over ondersteuning terechtkunnen.",
        "Onderwijsconsulenten: onafhankelijke adviseurs die ouders kosteloos bijstaan bij vastgelopen situaties.",
        "Pro: praktijkonderwijs.",
        "Resultaten: de uitkomsten van het beleid voor leerlingen.",
        "Terugplaatsing: de overstap van het vso naar het regulier voortgezet onderwijs.",
        "TLV: toelaatbaarheidsverklaring.",
    ]),
]

DOC = {
    "author": "SWV VO Maas en Waalland",
    "title_lines": [
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband VO Maas en Waalland (VO 26-11)",
        "Vastgesteld op 17 maart 2026",
    ],
    "header": "SWV VO Maas en Waalland  ·  Ondersteuningsplan 2026-2030",
    "footer": "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Ouders · Resultaten",
    "blocks": BLOCKS,
}

LABEL = """documents: [vo-maaswaal-tweekolom.docx, vo-maaswaal-tweekolom.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 (two-column section): 3.1 one ondergrens for all 19 vestigingen, 3.2 list of ten provisions, 3.3 biennial kwaliteitskaart check and verbeterplan."
  plaatsing: "Ch. 5: 5.1 aanvraag by bevoegd gezag via loket with dossier, 5.2 Commissie Toelaatbaarheid decides within 6 weeks after two separate expert advices, 5.3 three vso criteria plus categorie/looptijd, 5.4 pro/lwoo national criteria and timing, 5.5 bezwaar via LBT."
  terugstroom: "Only in 5.6 inside the TLV chapter: policy (thuisnabij, not mid examenjaar, overgangsarrangement with AB) and a figure (9 pupils), but the steps/beslismomenten are deferred to a protocol to be written in the first planjaar."
  financien: "Ch. 10 'Geld en middelen': verdeling rules (vaste voet EUR 25.000 + EUR 95/leerling, lwoo/pro share, budget per plaats, decision before 1 July) and meerjarenbegroting table 2026-2029; reserves and accountability in 10.4."
  dekkend-aanbod: "Ch. 4 (two-column): route basis -> arrangement -> OPDC/rebound/ISK/OZA -> vso; 4.4 annual gap analysis with concrete actions; 4.5 thuiszitterstafel and doorzettingsmacht; ch. 8 OOGO agreements."
  resultaten: "Ch. 7 only says the verband works 'resultaatgericht' and defers beoogde resultaten and monitoring to a separate jaarplan 2026-2027 that is not part of the plan; ambitions in 2.3 are explicitly 'koers en niet als meetlat'; footer/TOC/glossary mentions only."
  ouders: "6.1 informs parents (ouderpagina, multilingual brochure, two information evenings, SOP per vestiging) and 6.2 role in OPP/OPR; independent help is deferred in 6.3 (OJSP 'zodra de wettelijke regeling van kracht is', otherwise website). OJSP/onderwijsconsulenten appear only in the Begrippenlijst; TLV bezwaar in 5.5 is for the applying bevoegd gezag, and the loket (9.2) is the verband's own desk, so neither is independent parent support."
"""
