"""Plan C: VO, Waddenkust. DOCX only; ouders hidden in 'Communicatie', unusual wording for basisondersteuning."""

TOC = [
    ("1", "Woord vooraf", "3"),
    ("2", "Terugblik 2022-2026", "4"),
    ("3", "Waar wij voor staan", "6"),
    ("4", "De vloer: wat elke school waarmaakt", "8"),
    ("5", "Als de vloer niet genoeg is", "10"),
    ("5.3", "Terug naar school", "12"),
    ("6", "Commissie Arrangeren en Toelaatbaarheid", "13"),
    ("7", "Communicatie en samenwerking", "16"),
    ("8", "Financiën", "19"),
    ("9", "Doelen voor 2030", "20"),
    ("10", "Organisatie en medezeggenschap", "22"),
    ("11", "Tot slot", "24"),
    ("", "Woordenlijst", "25"),
]

BLOCKS = [
    ("toc", TOC),
    ("h1", "1 Woord vooraf"),
    ("p", "Het Samenwerkingsverband Voortgezet Onderwijs Waddenkust (VO 21-05) verbindt elf schoolbesturen met 23 "
          "vestigingen tussen Harlingen-Noord en Dokkumer Ee, inclusief de scholen op de eilanden Amelân-West en "
          "Skylge-Oost. Het gebied is groot, dunbevolkt en heeft te maken met krimp. Dat maakt passend onderwijs hier "
          "anders dan in de Randstad: de dichtstbijzijnde vso-school ligt voor sommige leerlingen anderhalf uur reizen "
          "verderop, inclusief de boot."),
    ("p", "Dit ondersteuningsplan beschrijft wat wij de komende vier jaar samen willen waarmaken. Wij hebben geprobeerd "
          "het plan leesbaar te houden, in gewone taal en met zo min mogelijk afkortingen. Waar dat niet lukte, helpt de "
          "woordenlijst achterin."),
    ("p", "Wij danken de ondersteuningsplanraad, de gemeenten, de jeugdhulpaanbieders en vooral de leerlingen die ons "
          "vertelden wat zij van school nodig hebben. Een van hen schreef: 'Ik wil niet steeds opnieuw uitleggen wie ik "
          "ben.' Die zin hebben wij boven ons bureau gehangen."),
    ("p", "Sjoerd Hiemstra, directeur-bestuurder"),

    ("h1", "2 Terugblik 2022-2026"),
    ("p", "In de vorige planperiode heeft het verband veel gebouwd. Het loket werd één digitaal loket voor alle "
          "aanvragen, de reboundvoorziening verhuisde naar een eigen gebouw in Franeker-Zuid en de eilandscholen "
          "kregen een vaste ambulant begeleider die drie dagen per week overkomt. Ook is de samenwerking met de vijf "
          "gemeenten hechter geworden, onder meer door de gezamenlijke thuiszitterstafel."),
    ("p", "Niet alles ging goed. Scholen "
          "klaagden over de hoeveelheid formulieren en de personele bezetting van het loket wisselde sterk. Uit de "
          "terugkoppeling van scholen bleek ook dat de afspraken over wat elke school zelf moet bieden niet overal even "
          "bekend waren. Daarom hebben wij die afspraken in dit plan concreter gemaakt (hoofdstuk 4)."),
    ("p", "De terugblik laat ook zien dat de regio verandert. Het aantal leerlingen daalt, vooral op de eilanden en in "
          "de kleinere kernen. Tegelijk groeit het aantal leerlingen met complexe vragen, zoals angst, somberheid en "
          "schoolverzuim. Die combinatie vraagt om slimme keuzes: niet overal alles, maar wel overal een stevige vloer."),

    ("h1", "3 Waar wij voor staan"),
    ("p", "Ons verband wil dat elke jongere aan de Waddenkust kan leren op een school die bij hem of haar past, zo "
          "dichtbij huis als verantwoord is. Wij werken vanuit vertrouwen in de professional, met korte lijnen en zonder "
          "onnodige papierwinkel. Wij kijken naar de hele jongere: leren, thuis, vrije tijd en gezondheid horen bij "
          "elkaar."),
    ("p", "Vier waarden sturen ons handelen: nabijheid (ondersteuning zo dicht mogelijk bij de leerling), eigenaarschap "
          "(de school blijft verantwoordelijk, ook als anderen helpen), eenvoud (één plan, één loket, één gesprek) en "
          "samenwerking (met ouders, gemeenten en zorg)."),
    ("p", "Wij hechten eraan dat leerlingen zelf meepraten. Vanaf dit plan heeft elke jongere met een OPP het recht om "
          "bij de bespreking van dat plan aanwezig te zijn en zijn of haar mening te geven. Scholen leggen die mening "
          "vast in het OPP."),

    ("p", "Krimp is in onze regio geen voorspelling maar werkelijkheid. Sinds 2015 is het aantal leerlingen in het "
          "voortgezet onderwijs aan de Waddenkust met bijna een vijfde gedaald. Kleine vestigingen staan onder druk en "
          "besturen werken steeds vaker samen om een volledig onderwijsaanbod in de regio overeind te houden. Voor "
          "passend onderwijs betekent dit dat niet elke vestiging alle expertise zelf in huis kan hebben. Besturen "
          "delen daarom specialisten, zoals een gedragsspecialist of een dyslexiecoach, en wisselen kennis uit in "
          "regionale netwerken. Het uitgangspunt blijft dat een leerling niet hoeft te verhuizen of uren hoeft te "
          "reizen voor ondersteuning die dichtbij kan worden georganiseerd."),
    ("p", "Tegelijk biedt kleinschaligheid kansen. Op een school van driehonderd leerlingen kent iedereen elkaar, "
          "zien docenten snel wanneer het met een leerling niet goed gaat en zijn de lijnen met thuis kort. Die kracht "
          "willen wij behouden en benutten."),
    ("h1", "4 De vloer: wat elke school waarmaakt"),
    ("p", "In ons verband noemen wij de basisondersteuning 'de vloer'. De vloer is voor alle 23 vestigingen gelijk: "
          "geen school, groot of klein, op het vasteland of op een eiland, biedt minder. De besturen hebben deze vloer "
          "in 2025 vastgesteld; zij geldt voor iedere leerling, zonder aanvraag en zonder indicatie. Een school mag "
          "een leerling niet weigeren of doorverwijzen voor ondersteuning die op de vloer staat."),
    ("p", "Op de vloer staat het volgende. Elke school:"),
    ("bullets", [
        "heeft een ondersteuningscoördinator die ouders en leerlingen binnen drie schooldagen terugbelt;",
        "heeft een mentor per klas die elke leerling ten minste drie keer per jaar individueel spreekt;",
        "biedt dyslexie- en dyscalculiebegeleiding volgens het regionale protocol, inclusief voorleessoftware en extra tijd bij toetsen;",
        "biedt een training faalangst en een training sociale vaardigheden, op school of bij een buurschool;",
        "heeft een rustige werkplek (stilteruimte) die leerlingen zonder aanmelding kunnen gebruiken;",
        "werkt met een ondersteuningsteam waarin de jeugdverpleegkundige, een schoolmaatschappelijk werker en de leerplichtambtenaar zitting hebben;",
        "heeft een verzuimprotocol waarin een leerling na drie keer ongeoorloofd verzuim een gesprek krijgt met de mentor en ouders;",
        "biedt begeleiding bij plannen en huiswerk in de onderbouw (huiswerkklas of studiecoach);",
        "kan medische handelingen uitvoeren volgens het protocol medisch handelen, na scholing van twee medewerkers per vestiging;",
        "stelt een OPP op voor elke leerling die meer nodig heeft dan de vloer, binnen zes weken na het besluit daartoe.",
    ]),
    ("p", "De vloer is bewust concreet gemaakt, zodat ouders weten waar zij recht op hebben en scholen weten waar zij op "
          "worden aangesproken."),

    ("h1", "5 Als de vloer niet genoeg is"),
    ("h2", "5.1 Het ondersteuningsaanbod"),
    ("p", "Heeft een leerling meer nodig dan de vloer, dan zet de school eerst een arrangement op de eigen school in: "
          "extra begeleiding door een gespecialiseerde docent, een kleine groep voor een deel van de lessen, of "
          "ambulante begeleiding vanuit het vso. Is dat onvoldoende, dan zijn er bovenschoolse voorzieningen:"),
    ("bullets", [
        "OPDC Terpstra (Franeker-Zuid): voor vmbo-leerlingen met leer- en gedragsvragen, 45 plaatsen, maximaal twee jaar;",
        "Rebound De Haven: opvang van acht tot twaalf weken na een crisis op school, 12 plaatsen;",
        "ISK Noordkust: voor nieuwkomers, met een eigen eilandgroep op Skylge-Oost via afstandsonderwijs;",
        "Zorg-onderwijsgroep Wadwaard: onderwijs in combinatie met jeugdhulp voor leerlingen die tijdelijk niet in een gewone klas kunnen;",
        "Vso De Singel (cluster 4) en vso Lyndenstein-Noord (cluster 3), voor leerlingen met een toelaatbaarheidsverklaring.",
    ]),
    ("p", "Het praktijkonderwijs heeft drie locaties. Lwoo wordt geboden op alle vmbo-locaties, ook op de eilanden."),
    ("h2", "5.2 Waar het aanbod niet sluit"),
    ("p", "Het verband houdt een overzicht bij van leerlingen voor wie geen passende plek beschikbaar is. Elk najaar "
          "bespreken de besturen dit overzicht en besluiten zij welke gaten als eerste worden gedicht. Voor deze "
          "planperiode zijn drie gaten benoemd: er is geen aanbod voor hoogbegaafde leerlingen die thuis zijn "
          "vastgelopen, de eilanden hebben geen tussenvoorziening, en voor jongeren die 's ochtends behandeling krijgen "
          "is er geen middagonderwijs. Het verband start in augustus 2026 een deeltijdgroep voor hoogbegaafde "
          "leerlingen in Harlingen-Noord en richt in 2027 op beide eilanden een kleine flexgroep in."),
    ("h2", "5.3 Terug naar school"),
    ("p", "Thuiszitters zijn in ons verband de verantwoordelijkheid van iedereen. Een leerling die vier weken of "
          "langer niet naar school gaat, wordt binnen een week aangemeld bij de thuiszitterstafel, waar het verband, "
          "de leerplichtambtenaar, het gebiedsteam en de school samen een plan maken om de leerling stap voor stap weer "
          "naar school te laten gaan. Elke leerling krijgt een vaste trajectbegeleider. Lukt het binnen zes weken niet "
          "om tot overeenstemming te komen over een plek, dan wijst de directeur-bestuurder een school of voorziening "
          "aan die de leerling opneemt. Deze doorzettingsmacht is vastgelegd in de samenwerkingsovereenkomst tussen "
          "de besturen."),

    ("h2", "5.4 Onderwijs op de eilanden"),
    ("p", "Voor leerlingen op Amelân-West en Skylge-Oost is de afstand tot het vasteland een ondersteuningsvraag op "
          "zich. Een leerling die op het eiland vastloopt, kan niet zomaar een dag naar het OPDC in Franeker-Zuid. "
          "Daarom hebben de eilandscholen een eigen variant van het aanbod: een ambulant begeleider die drie dagen per "
          "week overkomt, een gedeelde orthopedagoog die via videoverbinding met leerlingen en docenten werkt, en de "
          "mogelijkheid om lessen van het OPDC op afstand te volgen. Leerlingen van de eilanden die toch op het "
          "vasteland naar school moeten, kunnen gebruikmaken van de doordeweekse huisvesting van de "
          "scholengemeenschap in Harlingen-Noord; het verband zorgt dat een mentor daar in de avonden bereikbaar is."),
    ("h2", "5.5 Nieuwkomers"),
    ("p", "De ISK Noordkust ontvangt jaarlijks tussen de negentig en honderdtwintig nieuwkomers, onder wie jongeren uit "
          "de opvanglocaties in de regio. Na gemiddeld anderhalf jaar stromen zij door naar het regulier voortgezet "
          "onderwijs, het praktijkonderwijs of het mbo. Een trajectbegeleider van de ISK blijft het eerste halfjaar na "
          "de overstap betrokken en bezoekt de leerling op de nieuwe school. Voor jongeren van zestien jaar en ouder is "
          "er een schakeltraject met het mbo in Leeuwarden-West."),
    ("h1", "6 Commissie Arrangeren en Toelaatbaarheid"),
    ("h2", "6.1 Taak"),
    ("p", "De Commissie Arrangeren en Toelaatbaarheid (CAT) beslist namens het verband over bovenschoolse "
          "arrangementen, over toelaatbaarheid tot het vso en tot het praktijkonderwijs, en over de aanwijzing voor "
          "leerwegondersteunend onderwijs."),
    ("h2", "6.2 Zo verloopt een aanvraag"),
    ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, of bij nieuwe leerlingen de school van "
          "aanmelding, dient de aanvraag in via het digitale loket. De aanvraag bevat het OPP met de evaluaties van het "
          "afgelopen halfjaar, het groeidocument, een verslag van het ondersteuningsteam en de zienswijze van ouders en "
          "leerling. Het loket bevestigt binnen vijf werkdagen de ontvangst en meldt wat eventueel ontbreekt."),
    ("p", "Twee deskundigen van het verband geven daarna elk een afzonderlijk, schriftelijk advies: altijd een "
          "orthopedagoog of psycholoog, en daarnaast een deskundige die past bij de vraag van de leerling, bijvoorbeeld "
          "een jeugdarts of een maatschappelijk werker. De deskundigen spreken in elk geval met de leerling en de "
          "ouders. De CAT neemt binnen vijf weken na de volledige aanvraag een besluit en stuurt dat met beide "
          "adviezen naar de school en de ouders. In spoedsituaties beslist de voorzitter van de CAT binnen vijf "
          "werkdagen over een tijdelijke plaatsing van ten hoogste drie maanden."),
    ("p", "In het besluit legt de CAT de bekostigingscategorie (laag, midden of hoog) en de geldigheidsduur vast. Een "
          "TLV geldt ten hoogste twee schooljaren en eindigt altijd op 31 juli."),
    ("h2", "6.3 Toetsingskader"),
    ("p", "De inhoudelijke toetsingskaders voor het vso, voor het praktijkonderwijs en voor lwoo worden in het schooljaar "
          "2026-2027 samen met de besturen opnieuw vastgesteld, in aansluiting op de landelijke ontwikkelingen. Tot dat "
          "moment weegt de CAT elke aanvraag op haar eigen merites."),
    ("h2", "6.4 Leerlingen van buiten de regio"),
    ("p", "Voor leerlingen die verhuizen of van buiten de regio komen, vraagt de school van aanmelding de TLV aan bij "
          "het verband waar de leerling woont. Het loket helpt scholen bij het vinden van het juiste verband en neemt "
          "zo nodig zelf contact op."),

    ("h1", "7 Communicatie en samenwerking"),
    ("h2", "7.1 Communicatie met scholen"),
    ("p", "Het verband brengt zes keer per jaar een digitale nieuwsbrief uit voor de scholen en organiseert twee keer "
          "per jaar een regiodag voor ondersteuningscoördinatoren. Scholen hebben een vaste contactpersoon bij het loket."),
    ("h2", "7.2 Wat ouders van ons horen"),
    ("p", "Ouders vinden op de Ouderwijzer, de ouderpagina van onze website, per school wat de school op de vloer biedt "
          "en welke extra ondersteuning er is, een overzicht van alle bovenschoolse voorzieningen met foto's en "
          "contactgegevens, en uitleg over de weg naar de CAT. De Ouderwijzer is er in het Nederlands, Fries, Engels en "
          "Arabisch. Bij de aanmelding in groep 8 krijgen alle ouders de folder 'Ondersteuning aan de Waddenkust'. Elke "
          "school neemt in de schoolgids een hoofdstuk op over de vloer en over de extra ondersteuning op die school. "
          "Twee keer per jaar houdt het verband een ouderavond, één op het vasteland en één online voor ouders op de "
          "eilanden."),
    ("h2", "7.3 Hulp die los staat van school en verband"),
    ("p", "Soms hebben ouders iemand nodig die niet bij de school of het verband hoort. Daarvoor is er Steunpunt Wad & "
          "Wijs, het ouder- en jeugdsteunpunt van de regio. Het steunpunt wordt uitgevoerd door de onafhankelijke "
          "Stichting Oudersteun Fryslân; de medewerkers zijn niet in dienst van een school of van het verband en "
          "handelen alleen in het belang van de jongere. Ouders en jongeren kunnen er terecht met vragen, bij "
          "onenigheid met school of als zij niet weten waar zij moeten beginnen; het steunpunt gaat zo nodig mee naar "
          "gesprekken. Wad & Wijs is bereikbaar via telefoon en WhatsApp op werkdagen van 9.00 tot 17.00 uur en houdt "
          "elke woensdagmiddag een inloopspreekuur in de bibliotheek van Harlingen-Noord."),
    ("p", "Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten bij vastgelopen situaties. "
          "Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie "
          "passend onderwijs. Tegen een besluit van de CAT kunnen ouders binnen zes weken bezwaar maken; het verband "
          "vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
    ("h2", "7.4 Samenwerking met gemeenten"),
    ("p", "Het OOGO met de vijf gemeenten vond plaats op 22 januari 2026. Verband en gemeenten hebben afgesproken dat "
          "het gebiedsteam aansluit bij elk ondersteuningsteam, dat de gemeenten het schoolmaatschappelijk werk "
          "bekostigen en dat de zorg-onderwijsgroep Wadwaard in 2026 wordt uitgebreid van acht naar twaalf plaatsen. "
          "Ook het leerlingenvervoer van en naar de eilanden kwam aan de orde; de gemeenten onderzoeken een "
          "gezamenlijke vervoersregeling."),

    ("h1", "8 Financiën"),
    ("p", "De financiële paragraaf van dit ondersteuningsplan, met de verdeelsystematiek en de meerjarenbegroting, "
          "wordt als afzonderlijk katern toegevoegd nadat de besturen in het najaar van 2026 een besluit hebben "
          "genomen over het nieuwe verdeelmodel."),
    ("p", "Het verband wil de beschikbare middelen doelmatig en zo dicht mogelijk bij de leerling inzetten."),

    ("h1", "9 Doelen voor 2030"),
    ("p", "Voor deze planperiode heeft het verband de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
          "ondersteuning nodig hebben:"),
    ("bullets", [
        "In 2030 zijn er op de telling van 1 oktober niet meer dan vijf thuiszitters die langer dan drie maanden "
        "geen onderwijs volgen (2025: veertien).",
        "In 2030 is de gemiddelde tijd tussen aanvraag en besluit van de CAT vier weken (2025: zeven weken).",
        "Ten minste 75 procent van de leerlingen die een OPDC-traject afronden, stroomt binnen twee jaar uit naar een "
        "reguliere school of naar het mbo.",
        "Ten minste 85 procent van de leerlingen met een OPP ervaart dat het plan hen echt helpt.",
        "Het aantal leerlingen op de eilanden dat voor ondersteuning naar het vasteland moet verhuizen, daalt van "
        "negen naar hooguit drie per jaar.",
    ]),
    ("p", "Hoe wij de voortgang op deze doelen gaan meten en waar en hoe vaak wij erover rapporteren, bepalen wij nadat "
          "het nieuwe datadashboard is aanbesteed; dat wordt in het voorjaar van 2027 verwacht."),

    ("h1", "10 Organisatie en medezeggenschap"),
    ("h2", "10.1 Bestuur"),
    ("p", "Het verband is een stichting met een directeur-bestuurder en een raad van toezicht. De elf aangesloten "
          "besturen vormen samen de adviesraad, die vier keer per jaar bijeenkomt. Besluiten over de verdeling van "
          "taken tussen de besturen worden in de adviesraad voorbereid."),
    ("h2", "10.2 Ondersteuningsplanraad"),
    ("p", "De ondersteuningsplanraad bestaat uit zestien leden: acht personeelsleden en acht ouders en leerlingen, "
          "afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft op 5 maart 2026 ingestemd met dit "
          "plan. Vanwege de afstanden vergadert de OPR afwisselend fysiek en online."),
    ("h2", "10.3 Bureau"),
    ("p", "Het bureau bestaat uit 9,6 fte, verdeeld over een kantoor in Leeuwarden-West en een steunpunt in "
          "Franeker-Zuid. De medewerkers reizen veel; het verband gebruikt daarom zoveel mogelijk videobellen. De "
          "medewerkers nemen deel aan een intervisiegroep met collega's van twee andere noordelijke verbanden."),
    ("h2", "10.4 Privacy en gegevens"),
    ("p", "Het verband verwerkt alleen de gegevens die nodig zijn om over arrangementen en toelaatbaarheid te beslissen. "
          "Gegevens worden drie jaar na het besluit vernietigd. Ouders kunnen het dossier van hun kind op verzoek "
          "inzien."),
    ("h2", "10.5 Personeel en scholing"),
    ("p", "De scholen aan de Waddenkust hebben moeite om vacatures te vervullen, vooral voor orthopedagogen en "
          "docenten in de exacte vakken. Het verband werkt daarom samen met de lerarenopleiding in Leeuwarden aan een "
          "traineeship passend onderwijs, waarin beginnende docenten twee jaar lang scholing krijgen in het omgaan met "
          "verschillen in de klas. Daarnaast organiseert het verband jaarlijks een scholingsaanbod voor mentoren."),

    ("h2", "10.6 Aansluiting op mbo en werk"),
    ("p", "Jongeren uit het praktijkonderwijs en het vso gaan na school vaak werken of starten op een entreeopleiding. "
          "Het verband wil dat deze overstap geen breuk wordt. Daarom lopen de loopbaanbegeleiders van het "
          "praktijkonderwijs en het vso in het laatste schooljaar samen op met de intakers van het mbo, en houdt een "
          "jobcoach van de gemeente na de overstap contact met de jongere. Jongeren die na de overstap dreigen uit te vallen, "
          "worden besproken met de regionale meld- en coördinatiefunctie voortijdig schoolverlaten."),
    ("p", "Voor havo- en vwo-leerlingen met een ondersteuningsbehoefte, bijvoorbeeld jongeren met autisme, maakt het "
          "verband afspraken met de hogescholen in Leeuwarden-West over een kennismakingsprogramma met studentbegeleiding "
          "in het examenjaar."),
    ("h2", "10.7 Leerlingen aan het woord"),
    ("p", "In 2025 heeft het verband een leerlingenpanel opgericht met twaalf jongeren uit verschillende schoolsoorten, "
          "onder wie leerlingen uit het vso en het OPDC. Het panel komt vier keer per jaar bijeen en geeft gevraagd en "
          "ongevraagd advies aan de directeur-bestuurder. Het panel las het concept van dit plan en adviseerde onder "
          "meer om de vloer in gewone taal te beschrijven, om leerlingen zelf te laten kiezen wie bij de bespreking van "
          "hun OPP aanwezig is, en om op elke school een vaste plek te hebben waar een leerling even tot rust kan komen. "
          "Die adviezen zijn overgenomen."),
    ("p", "Het panel heeft ook gevraagd om minder papier. Jongeren vertelden dat zij bij elke nieuwe hulpverlener "
          "opnieuw hun verhaal moeten doen. Het verband werkt daarom met de gemeenten aan één gezamenlijk plan voor "
          "jongeren die zowel onderwijsondersteuning als jeugdhulp ontvangen, zodat zij hun verhaal niet steeds opnieuw "
          "hoeven te vertellen."),
    ("h1", "11 Tot slot"),
    ("p", "Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het is op 12 maart 2026 vastgesteld door de "
          "directeur-bestuurder, na goedkeuring door de raad van toezicht, en vóór 1 mei 2026 aan de inspectie "
          "gezonden. Het overleg met het samenwerkingsverband PO over de overstap van groep 8 naar het vo vond plaats "
          "op 29 januari 2026. Daar is afgesproken dat de warme overdracht voor leerlingen met een OPP voortaan uiterlijk "
          "in mei plaatsvindt, zodat de vo-school de ondersteuning vóór de zomer kan voorbereiden. Ook is afgesproken "
          "dat de uitstroom van het vso naar het mbo beter wordt gevolgd."),

    ("p", "Wat vragen wij van de scholen in de komende vier jaar? Dat zij de vloer waarmaken, dat zij leerlingen die "
          "meer nodig hebben tijdig bespreken in het ondersteuningsteam, dat zij elkaar opzoeken als een leerling beter "
          "op een andere school op zijn plek is, en dat zij de stem van leerlingen serieus nemen. En wat mogen de "
          "scholen van het verband vragen? Een loket dat snel antwoordt, deskundigen die meedenken in plaats van "
          "oordelen, en een bestuur dat knopen doorhakt als het vastloopt. Zo willen wij samen werken aan onderwijs "
          "waarin elke jongere aan de Waddenkust meetelt."),
    ("h1", "Woordenlijst"),
    ("bullets", [
        "CAT: Commissie Arrangeren en Toelaatbaarheid.",
        "Criteria: de voorwaarden waaraan een aanvraag wordt getoetst.",
        "Financiën: de middelen van het verband, verdeeld volgens het verdeelmodel en de meerjarenbegroting.",
        "Lwoo: leerwegondersteunend onderwijs.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "Terugplaatsing: de terugkeer van een leerling uit het vso naar een reguliere school na afloop van de TLV.",
        "TLV: toelaatbaarheidsverklaring.",
        "Vloer: de basisondersteuning die elke school biedt.",
    ]),
]

DOC = {
    "author": "SWV VO Waddenkust",
    "title_lines": [
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Voortgezet Onderwijs Waddenkust (VO 21-05)",
        "Een stevige vloer onder elke leerling",
    ],
    "header": "SWV VO Waddenkust - Ondersteuningsplan 2026-2030 - terugplaatsing, financiën, ouders",
    "footer": "Waddenkust · samen passend onderwijs",
    "blocks": BLOCKS,
}

LABEL = """documents: [vo-waddenkust.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'De vloer': the word basisondersteuning appears once; 'de vloer' is the same for all 23 vestigingen (niveau) with a ten-item list (inhoud)."
  plaatsing: "Ch. 6: procedure complete (bevoegd gezag, dossier, two separate expert advices, CAT decides within 5 weeks, spoed route, categorie/duur); criteria deferred in 6.3 ('toetsingskaders ... in 2026-2027 opnieuw vastgesteld', 'op haar eigen merites')."
  terugstroom: "Nothing on return from vso. Traps: heading 5.3 'Terug naar school' is about thuiszitters; 'Terugblik', 'terugkoppeling', warme overdracht PO-VO and vso->mbo uitstroom in ch. 11; TLV end date only (6.2); definition only in Woordenlijst; word in running header."
  financien: "Ch. 8 only defers the verdeelsystematiek and meerjarenbegroting to a separate katern after an autumn 2026 decision, plus a generic 'doelmatig' sentence; municipal funding of schoolmaatschappelijk werk (7.4) is not SWV financien; glossary/header only."
  dekkend-aanbod: "Ch. 5: continuum (arrangement on school, AB, OPDC, rebound, ISK, zorg-onderwijsgroep, vso); 5.2 gap overview with three named gaps and actions; 5.3 thuiszitterstafel and doorzettingsmacht; OOGO in 7.4."
  resultaten: "Ch. 9 lists five measurable beoogde resultaten with baselines, but how they are measured/reported is deferred until a dashboard is procured (2027)."
  ouders: "Inside ch. 7 'Communicatie en samenwerking': 7.2 Ouderwijzer, folder, schoolgids, ouderavonden; 7.3 independent OJSP Wad & Wijs, Onderwijsconsulenten, Geschillencommissie, bezwaar; OPR composition in 10.2."
"""
