"""Plan B: VO, Kempenland-Oost. PDF only; criteria, budget, verdeling and results in tables with header rows."""

TOC = [
    ("1", "Samenvatting", "3"),
    ("2", "Ons verband in cijfers", "4"),
    ("", "Terugblik op de planperiode 2022-2026", "5"),
    ("3", "Visie en uitgangspunten", "6"),
    ("4", "Het ondersteuningsaanbod", "8"),
    ("4.1", "Basisondersteuning", "8"),
    ("4.2", "Arrangementen en voorzieningen", "9"),
    ("4.3", "Dekkend aanbod en thuiszitters", "11"),
    ("5", "Toewijzing en toelaatbaarheid", "12"),
    ("5.4", "Afloop van de TLV", "15"),
    ("6", "Ouders", "16"),
    ("7", "Doelen en kwaliteitszorg", "17"),
    ("8", "Financieel beleid", "19"),
    ("9", "Bestuur, medezeggenschap en gemeenten", "23"),
    ("10", "Professionalisering en organisatie", "25"),
    ("11", "Aansluiting op vervolgonderwijs en arbeidsmarkt", "26"),
    ("12", "Totstandkoming en planning", "27"),
    ("", "Afkortingen", "28"),
]

BLOCKS = [
    ("toc", TOC),
    ("h1", "1 Samenvatting"),
    ("p", "Dit ondersteuningsplan beschrijft hoe het Samenwerkingsverband Voortgezet Onderwijs Kempenland-Oost "
          "(VO 30-02) in de periode 2026-2030 passend onderwijs organiseert voor de ruim 11.000 leerlingen van de "
          "zes aangesloten besturen. Het plan bouwt voort op het plan 2022-2026. Het verband kiest in deze periode "
          "voor drie accenten: meer ondersteuning in de klas in plaats van daarbuiten, een eenvoudigere en snellere "
          "toewijzing, en scherpere sturing op wat de inzet van middelen oplevert."),
    ("p", "De belangrijkste keuzes zijn in tabellen samengevat, zodat lezers snel kunnen "
          "zien wat er is afgesproken. Waar een tabel de afspraak bevat, is de tekst eromheen bewust kort gehouden. "
          "Het plan is opgesteld in samenspraak met de besturen, de gemeenten en de ondersteuningsplanraad."),

    ("h1", "2 Ons verband in cijfers"),
    ("p", "Kempenland-Oost bestrijkt zeven gemeenten in het oosten van de Kempen. Het gebied kent één stedelijke kern "
          "en een groot landelijk gebied. De zes besturen verzorgen samen 15 vestigingen; daarnaast valt één school "
          "voor voortgezet speciaal onderwijs met drie locaties onder het verband."),
    ("table", ["Kengetal (peildatum 1 oktober 2025)", "Aantal"], [
        ["Aangesloten schoolbesturen", "6"],
        ["Vestigingen regulier vo (incl. pro)", "15"],
        ["Leerlingen regulier vo", "10.640"],
        ["Leerlingen praktijkonderwijs", "388"],
        ["Leerlingen met aanwijzing lwoo", "1.212"],
        ["Leerlingen vso (cluster 3 en 4)", "402"],
        ["Leerlingen OPDC", "54"],
        ["Leerlingen ISK", "131"],
    ], "Tabel 2.1 Kengetallen"),
    ("p", "De leerlingaantallen zijn de afgelopen drie jaar vrijwel stabiel gebleven. De ISK groeide door de komst van "
          "leerlingen uit Oekraïne en uit de opvanglocatie in Budel-Noord. De prognose van de gemeenten laat vanaf "
          "2028 een lichte daling zien in de dorpen en een stijging in de stedelijke kern."),

    ("h1", "Terugblik op de planperiode 2022-2026"),
    ("p", "De vorige planperiode begon in de nasleep van de coronajaren. Scholen zagen meer leerlingen met angst- en "
          "stemmingsklachten, meer verzuim en een grotere behoefte aan begeleiding in kleine groepen. Het verband heeft "
          "daarop gereageerd door het OPDC uit te breiden van 40 naar 60 plaatsen, door de rebound een eigen locatie te "
          "geven en door het loket te digitaliseren. In 2023 is het groeidocument ingevoerd dat alle scholen nu gebruiken."),
    ("p", "De evaluatie van het plan 2022-2026, uitgevoerd door een extern bureau in het voorjaar van 2025, leverde een "
          "gemengd beeld op. Het deelnamepercentage vso daalde van 4,1 naar 3,7 procent, maar bleef boven het landelijk "
          "gemiddelde. De doorlooptijd van aanvragen werd korter, van gemiddeld tien naar zeven en een halve week. Het "
          "aandeel arrangementen waarvan het doel werd gehaald, bleef steken op ongeveer twee derde. Scholen waardeerden "
          "de snelheid van het loket, maar vonden de verdeling van de middelen ondoorzichtig. Die bevindingen liggen ten "
          "grondslag aan de keuzes in dit plan, in het bijzonder aan de vaste verdeelsleutels in hoofdstuk 8 en de "
          "indicatoren in hoofdstuk 7."),
    ("p", "Ook de samenwerking met de gemeenten is in de vorige periode verstevigd. Waar jeugdhulp en onderwijs in 2022 "
          "nog vooral langs elkaar heen werkten, zitten jeugdconsulenten nu op vrijwel alle vestigingen aan tafel bij "
          "het ondersteuningsteam. Het onderwijs-zorgarrangement De Brug is in 2024 gestart als pilot en wordt in deze "
          "planperiode structureel."),
    ("h1", "3 Visie en uitgangspunten"),
    ("p", "Het verband werkt vanuit vijf uitgangspunten die de besturen in 2025 opnieuw hebben bevestigd."),
    ("bullets", [
        "Regulier waar het kan, speciaal waar het moet.",
        "De school is eigenaar van de ondersteuning; het verband is eigenaar van de verdeling en de toewijzing.",
        "Geen papieren werkelijkheid: één groeidocument, één keer het verhaal vertellen.",
        "Snel schakelen: de leerling wacht niet op de volgende vergadering.",
        "Middelen volgen de afspraak, niet de gewoonte.",
    ]),
    ("p", "Deze uitgangspunten zijn niet nieuw, maar de uitwerking wel. In de vorige planperiode lag de nadruk op het "
          "opbouwen van voorzieningen buiten de reguliere school. Nu wil het verband die expertise terugbrengen in "
          "de klas. Dat vraagt om docenten die zich gesteund voelen, om ondersteuningscoördinatoren met tijd en "
          "mandaat, en om besturen die elkaar aanspreken."),
    ("p", "Het verband ziet zichzelf daarbij nadrukkelijk als netwerkorganisatie. Het bureau is klein en blijft klein. "
          "De kennis zit in de scholen, in het vso en in de voorzieningen; het verband zorgt dat die kennis wordt "
          "gedeeld en dat niemand tussen wal en schip valt."),

    ("p", "De besturen hebben bij de voorbereiding van dit plan ook stilgestaan bij wat het verband niet is. Het verband "
          "is geen schoolbestuur en geen zorgaanbieder. Het neemt de verantwoordelijkheid van scholen niet over en "
          "organiseert geen onderwijs dat een school zelf kan verzorgen. Het verband beheert wel de gezamenlijke "
          "middelen, beslist over toelaatbaarheid, houdt het overzicht over de regio en spreekt besturen aan als "
          "afspraken niet worden nagekomen. Die rolverdeling is in 2025 vastgelegd in een herziene "
          "samenwerkingsovereenkomst tussen de besturen en het verband, die door alle zes besturen is ondertekend."),
    ("h1", "4 Het ondersteuningsaanbod"),
    ("h2", "4.1 Basisondersteuning"),
    ("p", "Op elke vestiging van elk aangesloten bestuur is een gelijk niveau van basisondersteuning aanwezig. De "
          "besturen hebben afgesproken dat geen vestiging onder dat niveau zakt, ongeacht schoolsoort of omvang. Het "
          "niveau sluit aan bij het referentiekader passend onderwijs en omvat vier aspecten: basiskwaliteit, "
          "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken."),
    ("p", "Welke concrete voorzieningen, interventies en deskundigheid daaronder vallen, is per aspect uitgewerkt in "
          "de Kwaliteitskaart Basisondersteuning Kempenland-Oost (bijlage 2). De naleving wordt bewaakt volgens het "
          "toezichtkader dat eveneens in bijlage 2 is opgenomen."),
    ("h2", "4.2 Arrangementen en voorzieningen"),
    ("p", "Boven de basisondersteuning kent het verband een samenhangend stelsel van extra ondersteuning, dat loopt "
          "van een licht arrangement op de eigen school tot plaatsing in het vso. Tabel 4.1 geeft het aanbod weer. "
          "Een school zet eerst de eigen mogelijkheden in; bovenschoolse voorzieningen volgen pas als de eigen "
          "school, ook met een arrangement, niet meer kan bieden wat de leerling nodig heeft."),
    ("table", ["Niveau", "Voorziening", "Doelgroep", "Capaciteit", "Maximale duur"], [
        ["1", "Licht arrangement op school (coaching, kleine groep, extra begeleiding)", "Leerlingen met een OPP in het regulier vo", "naar behoefte, binnen schoolbudget", "1 schooljaar, verlengbaar"],
        ["2", "Intensief arrangement op school (trajectklas, begeleiding door orthopedagoog)", "Leerlingen die vastlopen ondanks licht arrangement", "ca. 240 per jaar", "1 schooljaar"],
        ["3", "OPDC De Schakel", "Vmbo- en havoleerlingen met leer- en gedragsvragen", "60 plaatsen", "2 schooljaren"],
        ["3", "Rebound De Kering", "Leerlingen na time-out, schorsing of dreigende verwijdering", "16 plaatsen", "12 weken"],
        ["3", "ISK Kempenland", "Nieuwkomers 12-18 jaar", "140 plaatsen", "circa 2 schooljaren"],
        ["3", "Onderwijs-zorgarrangement De Brug (met gemeenten en jeugdhulp)", "Leerlingen die onderwijs en behandeling combineren", "12 plaatsen", "1 schooljaar"],
        ["4", "Vso De Wingerd (cluster 3 en 4, drie locaties)", "Leerlingen met een TLV vso", "ca. 400 leerlingen", "duur van de TLV"],
    ], "Tabel 4.1 Ondersteuningscontinuüm Kempenland-Oost"),
    ("p", "Het onderwijs-zorgarrangement De Brug wordt gezamenlijk gefinancierd door de zeven gemeenten (jeugdhulp) en "
          "het verband (onderwijs). De gemeenten leveren de behandelaar, het verband de leraar en de ruimte. De "
          "afspraken hierover zijn vastgelegd in het OOGO van 20 januari 2026 en worden jaarlijks geëvalueerd in het "
          "bestuurlijk overleg onderwijs-jeugd."),
    ("h2", "4.3 Dekkend aanbod en thuiszitters"),
    ("p", "Het verband heeft de wettelijke opdracht om te zorgen voor een dekkend aanbod. Een analyse van het "
          "ontbrekende aanbod, van de wachttijden en van de aanpak van thuiszitters volgt in een afzonderlijke notitie, "
          "die na vaststelling van dit plan aan de ondersteuningsplanraad wordt voorgelegd."),

    ("h1", "5 Toewijzing en toelaatbaarheid"),
    ("h2", "5.1 De weg van een aanvraag"),
    ("p", "Alle aanvragen voor intensieve arrangementen, plaatsing op het OPDC of in de rebound, en voor een "
          "toelaatbaarheidsverklaring (TLV) vso, verlopen via het Loket Kempenland-Oost. De procedure kent vijf "
          "stappen."),
    ("table", ["Stap", "Wat gebeurt er", "Wie", "Termijn"], [
        ["1", "Bespreking in het ondersteuningsteam van de school; opstellen of bijstellen van het OPP", "Ondersteuningscoördinator", "-"],
        ["2", "Indienen van de aanvraag met OPP, groeidocument en verslag MDO", "Bevoegd gezag van de school van inschrijving", "-"],
        ["3", "Controle op volledigheid", "Loketmedewerker", "binnen 5 werkdagen"],
        ["4", "Advies van twee deskundigen, ieder afzonderlijk en schriftelijk (een orthopedagoog of psycholoog en een tweede deskundige naar gelang de leerling)", "Deskundigen van het verband, niet betrokken bij de aanvraag", "binnen 3 weken"],
        ["5", "Besluit over de TLV en de bekostigingscategorie", "Commissie van Toelaatbaarheid (CvT), namens de directeur-bestuurder", "binnen 6 weken na volledige aanvraag"],
    ], "Tabel 5.1 Stappen toewijzing en toelaatbaarheid"),
    ("h2", "5.2 Criteria"),
    ("p", "De CvT toetst elke aanvraag aan de criteria in tabel 5.2 en kiest de bekostigingscategorie volgens tabel 5.3."),
    ("table", ["Nr.", "Criterium voor toelaatbaarheid vso", "Blijkt uit"], [
        ["1", "De school heeft ten minste één schooljaar (bij acute veiligheidsrisico's: acht weken) een arrangement van niveau 1 of 2 ingezet.", "OPP met evaluaties"],
        ["2", "Een voorziening van niveau 3 is ingezet zonder voldoende resultaat, of is aantoonbaar niet passend.", "Verslag MDO; advies voorziening"],
        ["3", "De ondersteuningsbehoefte vraagt voor het grootste deel van de schooltijd een kleine groep met gespecialiseerde begeleiding.", "Deskundigenadviezen"],
        ["4", "Het uitstroomprofiel van de leerling is met deze ondersteuning in het vso haalbaar.", "OPP"],
    ], "Tabel 5.2 Criteria toelaatbaarheid vso"),
    ("table", ["Categorie", "Wanneer", "Geldigheid TLV"], [
        ["Laag", "Leerlingen met gedrags- of psychiatrische problematiek of een lichte verstandelijke beperking (cluster 4, ZML)", "1 of 2 schooljaren"],
        ["Midden", "Leerlingen met een lichamelijke beperking of langdurige ziekte die verzorging nodig hebben (LG/LZ)", "2 schooljaren"],
        ["Hoog", "Leerlingen met meervoudige beperkingen (MG)", "tot en met het schooljaar waarin de leerling 20 wordt"],
    ], "Tabel 5.3 Bekostigingscategorie en geldigheid"),
    ("h2", "5.3 Lwoo en praktijkonderwijs"),
    ("p", "Voor praktijkonderwijs gelden de landelijke criteria (IQ 55-80 en leerachterstanden van ten minste drie "
          "jaar op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen). Voor lwoo hanteert "
          "het verband sinds 2018 eigen criteria ('opting out'): een leerling komt in aanmerking als hij een "
          "leerachterstand van ten minste anderhalf jaar heeft op twee domeinen, of een leerachterstand op één domein "
          "in combinatie met faalangst, prestatiemotivatie of emotionele instabiliteit. De vo-school vraagt lwoo aan "
          "via het loket vóór 1 maart; de CvT beslist binnen vier weken. Een aanwijzing lwoo geldt voor de gehele "
          "opleiding in het vmbo."),
    ("p", "Tegen een besluit van de CvT kan het aanvragende bevoegd gezag binnen zes weken bezwaar maken. Het verband "
          "vraagt daarover advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ("h2", "5.4 Afloop van de TLV"),
    ("p", "Een TLV is geen eindstation. Het verband streeft ernaar dat leerlingen die in het vso zijn gestabiliseerd "
          "terugkeren naar het regulier voortgezet onderwijs, bij voorkeur in de eigen woonkern. Terugkeer is aan de "
          "orde als het OPP laat zien dat de leerling de uitstroombestemming ook in het regulier kan halen, als de "
          "leerling ten minste een half jaar zonder ernstige incidenten in een groep van meer dan twaalf leerlingen "
          "heeft gefunctioneerd en als de leerling de overstap zelf wil."),
    ("p", "De procedure is als volgt. Uiterlijk op 1 februari van het laatste geldigheidsjaar van de TLV evalueert de "
          "vso-school het OPP en geeft zij het loket door of terugplaatsing, verlenging of overplaatsing naar een "
          "andere vso-school wordt voorgesteld. Bij terugplaatsing organiseert de loketconsulent vóór 1 april een "
          "overdrachtsgesprek met de beoogde reguliere school; die school beslist binnen zes weken over inschrijving. "
          "De TLV loopt af op 31 juli. De leerling krijgt het eerste jaar na terugkeer een terugkeerarrangement: "
          "ambulante begeleiding door de vso-school van drie uur per week in het eerste halfjaar en anderhalf uur in "
          "het tweede, bekostigd uit het budget zware ondersteuning. Bij verlenging dient de vso-school een nieuwe "
          "aanvraag in volgens tabel 5.1."),

    ("h1", "6 Ouders"),
    ("p", "Dit hoofdstuk wordt na de instemmingsprocedure met de ondersteuningsplanraad aangevuld."),

    ("h1", "7 Doelen en kwaliteitszorg"),
    ("h2", "7.1 Wat wij willen bereiken"),
    ("p", "In tabel 7.1 staan de beoogde resultaten voor leerlingen met een ondersteuningsbehoefte, met de stand van "
          "de nulmeting en de streefwaarde voor het einde van de planperiode."),
    ("table", ["Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030", "Bron"], [
        ["Deelnamepercentage vso (peildatum 1 oktober)", "3,7%", "3,2%", "DUO / Kijkglas"],
        ["Leerlingen met arrangement van wie het OPP-doel is gehaald", "64%", "80%", "Evaluatie arrangementen"],
        ["Doorlooptijd aanvraag TLV (gemiddeld)", "7,5 week", "5 weken", "Registratie loket"],
        ["Leerlingen OPDC die binnen 2 jaar regulier verder leren", "58%", "70%", "Registratie OPDC"],
        ["Terugplaatsingen vso naar regulier vo per jaar", "11", "15", "Registratie loket"],
        ["Tevredenheid scholen over het loket (schaal 1-10)", "6,6", "7,5", "Tweejaarlijkse peiling"],
        ["Leerlingen met lwoo die een diploma behalen binnen de nominale duur + 1 jaar", "87%", "90%", "DUO"],
    ], "Tabel 7.1 Beoogde resultaten 2026-2030"),
    ("h2", "7.2 Hoe wij volgen en bijsturen"),
    ("p", "Het bureau verzamelt de gegevens uit tabel 7.1 per kwartaal en rapporteert ze aan de directeur-bestuurder en "
          "het bestuurlijk overleg. Eens per jaar, in juni, bespreken de besturen de resultaten per vestiging in een "
          "analysegesprek; als een indicator twee jaar achter elkaar achterblijft, volgt een verbeterafspraak. De "
          "bereikte resultaten en de daarvoor ingezette middelen worden verantwoord in het jaarverslag, dat vóór 1 juli "
          "verschijnt en met de ondersteuningsplanraad wordt besproken. Halverwege de planperiode, in het voorjaar van "
          "2028, laat het verband een externe tussenevaluatie uitvoeren."),

    ("h1", "8 Financieel beleid"),
    ("h2", "8.1 Uitgangspunten"),
    ("p", "Het verband verdeelt de middelen volgens vaste sleutels die vooraf bekend zijn, zodat besturen kunnen "
          "plannen. De verdeling wordt elk jaar vóór 1 mei door de directeur-bestuurder vastgesteld, na advies van "
          "het bestuurlijk overleg. Tabel 8.1 geeft de sleutels."),
    ("table", ["Budget", "Verdeelsleutel", "Peildatum", "Ontvanger"], [
        ["Lichte ondersteuning (lwoo/pro)", "Doorbetaling naar rato van leerlingen met lwoo-aanwijzing of TLV pro", "1 oktober t-1", "Besturen met lwoo/pro"],
        ["Schoolbudget basis en niveau 1", "Vaste voet € 20.000 per vestiging + € 110 per leerling", "1 oktober t-1", "Besturen"],
        ["Arrangementen niveau 2", "Toekenning per leerling door CvT, € 4.500 tot € 9.000 per schooljaar", "op aanvraag", "Besturen"],
        ["Voorzieningen niveau 3", "Vast budget per plaats (OPDC € 15.200, rebound € 8.900, De Brug € 11.000)", "1 augustus", "Penvoerende besturen"],
        ["Terugkeerarrangementen", "€ 3.800 per teruggeplaatste leerling", "op aanvraag", "Vso De Wingerd"],
        ["Bureau en loket", "Maximaal 4,5% van de baten", "-", "Verband"],
    ], "Tabel 8.1 Verdeelsleutels"),
    ("h2", "8.2 Meerjarenbegroting"),
    ("table", ["Post (x € 1.000)", "2026", "2027", "2028", "2029"], [
        ["Baten lichte ondersteuning", "5.480", "5.480", "5.420", "5.390"],
        ["Baten zware ondersteuning", "9.870", "9.850", "9.790", "9.740"],
        ["Af: afdracht vso via DUO", "-5.960", "-5.800", "-5.610", "-5.450"],
        ["Totaal beschikbaar", "9.390", "9.530", "9.600", "9.680"],
        ["Doorbetaling lichte ondersteuning", "5.480", "5.480", "5.420", "5.390"],
        ["Schoolbudgetten", "1.470", "1.490", "1.510", "1.530"],
        ["Arrangementen niveau 2", "1.080", "1.150", "1.220", "1.280"],
        ["Voorzieningen niveau 3", "1.190", "1.190", "1.190", "1.190"],
        ["Terugkeerarrangementen", "42", "50", "57", "57"],
        ["Bureau en loket", "420", "425", "430", "432"],
        ["Saldo", "-292", "-255", "-227", "-199"],
    ], "Tabel 8.2 Meerjarenbegroting 2026-2029"),
    ("p", "De negatieve saldi zijn bewust: het verband bouwt zo de reserve af die in de vorige planperiode boven de "
          "signaleringswaarde uitkwam. Door de dalende afdracht aan het vso ontstaat ruimte die grotendeels naar de "
          "arrangementen op de scholen gaat."),
    ("h2", "8.3 Reserves en risico's"),
    ("p", "Het eigen vermogen bedroeg eind 2025 € 2,9 miljoen. De signaleringswaarde van de inspectie komt voor het "
          "verband uit op € 2,1 miljoen. Met de begrote tekorten daalt het vermogen tot circa € 1,9 miljoen eind 2029. "
          "De belangrijkste risico's zijn een stijging van het aantal TLV's in categorie hoog en een hogere instroom in "
          "de ISK; beide zijn in de risicoparagraaf van de jaarbegroting gekwantificeerd."),
    ("h2", "8.4 Verantwoording door besturen"),
    ("p", "Besturen verantwoorden jaarlijks vóór 1 april over het voorgaande kalenderjaar hoeveel zij aan "
          "basisondersteuning en arrangementen hebben besteed en voor hoeveel leerlingen. Niet bestede "
          "arrangementsgelden worden teruggevorderd."),

    ("h1", "9 Bestuur, medezeggenschap en gemeenten"),
    ("h2", "9.1 Bestuur en toezicht"),
    ("p", "Het verband is een vereniging. De algemene ledenvergadering bestaat uit de zes besturen. De dagelijkse "
          "leiding en het bestuur liggen bij de directeur-bestuurder; het toezicht bij een raad van toezicht van drie "
          "onafhankelijke leden. De raad van toezicht keurt de begroting, het jaarverslag en het ondersteuningsplan "
          "goed."),
    ("h2", "9.2 Ondersteuningsplanraad"),
    ("p", "De ondersteuningsplanraad heeft op 10 maart 2026 ingestemd met dit plan. De raad vergadert zes keer per "
          "jaar en wordt ondersteund door een ambtelijk secretaris."),
    ("h2", "9.3 Gemeenten"),
    ("p", "Het op overeenstemming gericht overleg met de zeven gemeenten vond plaats op 20 januari 2026. Naast de "
          "afspraken over De Brug zijn afspraken gemaakt over schoolmaatschappelijk werk (gefinancierd door de "
          "gemeenten, 0,2 fte per vestiging) en over de aansluiting van de jeugdconsulenten bij de ondersteuningsteams. "
          "Leerlingenvervoer en huisvesting zijn gemeentelijke taken en vallen buiten dit plan. Met het "
          "samenwerkingsverband PO is op 27 januari 2026 overleg gevoerd."),

    ("h1", "10 Professionalisering en organisatie"),
    ("p", "Het verband investeert in de deskundigheid van ondersteuningscoördinatoren, mentoren en docenten. Elk jaar "
          "is er een regionaal aanbod van korte scholingen, bijvoorbeeld over omgaan met angst en depressie bij "
          "jongeren, over executieve functies en over werken met het groeidocument. De netwerken van "
          "ondersteuningscoördinatoren, van zorgcoördinatoren in het praktijkonderwijs en van de ISK-docenten komen "
          "zes keer per jaar bijeen."),
    ("p", "Het bureau telt 7,8 fte: de directeur-bestuurder, een controller (0,4 fte), twee loketmedewerkers, drie "
          "orthopedagogen die als deskundige adviseren, en een managementassistent. Het bureau is gevestigd in het "
          "gebouw van de rebound De Kering. De ICT-omgeving voor aanvragen wordt gedeeld met twee andere verbanden in "
          "Brabant. Privacy: dossiers worden drie jaar na het besluit vernietigd; alleen loketmedewerkers, deskundigen "
          "en de CvT hebben toegang."),
    ("p", "In de planperiode wil het verband de samenwerking met het mbo versterken, met name voor leerlingen uit het "
          "praktijkonderwijs en het vso die doorstromen naar entreeopleidingen. Daarvoor loopt een pilot met twee "
          "mbo-instellingen in de regio, gefinancierd uit een regionale subsidie."),

    ("p", "Huisvesting en bereikbaarheid verdienen in een plattelandsregio blijvend aandacht. De voorzieningen op "
          "niveau 3 zijn geconcentreerd in de stedelijke kern, terwijl een derde van de leerlingen in de dorpen woont. "
          "Leerlingen die naar het OPDC of de rebound gaan, reizen daardoor soms meer dan een uur per dag. Het verband "
          "bespreekt met de gemeenten of een tweede locatie van het OPDC in het noorden van de regio haalbaar is. "
          "Daarnaast onderzoekt het verband samen met de besturen hoe leegstaande lokalen in krimpende dorpskernen "
          "kunnen worden benut voor kleinschalige groepen. Beide onderwerpen staan op de agenda van het bestuurlijk "
          "overleg onderwijs-jeugd in het najaar van 2026."),
    ("h1", "11 Aansluiting op vervolgonderwijs en arbeidsmarkt"),
    ("p", "Leerlingen uit het praktijkonderwijs, het vso en de lwoo-leerwegen stromen in Kempenland-Oost vooral uit "
          "naar de entreeopleidingen en de niveau-2-opleidingen van het mbo, of rechtstreeks naar werk. De overstap is "
          "voor een deel van hen kwetsbaar: zij verliezen de vertrouwde mentor, het kleine lokaal en de vaste structuur. "
          "Het verband maakt daarom met de twee mbo-instellingen in de regio afspraken over een warme overdracht voor "
          "alle leerlingen met een OPP, uiterlijk in mei van het examenjaar."),
    ("p", "Het praktijkonderwijs werkt met stages in de regio en met branchecertificaten. Het vso biedt met het "
          "uitstroomprofiel arbeidsmarkt een eigen route naar werk, in samenwerking met het werkbedrijf van de "
          "gemeenten. Het verband faciliteert een regionaal netwerk van stagecoördinatoren, dat vier keer per jaar "
          "bijeenkomt en een gezamenlijk bestand van leerbedrijven bijhoudt."),
    ("h1", "12 Totstandkoming en planning"),
    ("table", ["Moment", "Activiteit"], [
        ["april-juni 2025", "Externe evaluatie van het plan 2022-2026"],
        ["september 2025", "Werkconferentie met besturen, schoolleiders en ondersteuningscoördinatoren"],
        ["oktober-november 2025", "Schrijfgroep stelt het concept op"],
        ["december 2025", "Bespreking concept in de algemene ledenvergadering"],
        ["20 januari 2026", "OOGO met de zeven gemeenten"],
        ["27 januari 2026", "Overleg met het samenwerkingsverband PO"],
        ["10 maart 2026", "Instemming ondersteuningsplanraad"],
        ["24 maart 2026", "Goedkeuring raad van toezicht, vaststelling door de directeur-bestuurder"],
        ["april 2026", "Toezending aan de inspectie via het Internet Schooldossier"],
    ], "Tabel 12.1 Totstandkoming"),
    ("p", "Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Wijzigingen tijdens de planperiode worden "
          "ter instemming aan de ondersteuningsplanraad voorgelegd. Het verband werkt het plan jaarlijks uit in een "
          "jaarplan en een jaarbegroting."),
    ("h1", "Afkortingen"),
    ("table", ["Afkorting", "Betekenis"], [
        ["CvT", "Commissie van Toelaatbaarheid"],
        ["ISK", "Internationale Schakelklas"],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["OPR", "Ondersteuningsplanraad (ouders, leerlingen en personeel)"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Thuiszitter", "Leerplichtige jongere die zonder ontheffing geen onderwijs volgt"],
    ], None),
]

DOC = {
    "author": "SWV VO Kempenland-Oost",
    "title_lines": [
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Voortgezet Onderwijs Kempenland-Oost",
        "Samen passend, ook voor ouders",
    ],
    "header": "Ondersteuningsplan SWV VO Kempenland-Oost 2026-2030",
    "footer": "Kempenland-Oost · dekkend aanbod en informatie voor ouders",
    "blocks": BLOCKS,
}

LABEL = """documents: [vo-kempenland-tabellen.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "4.1 states one equal level for every vestiging (niveau) but only names the four Referentiekader aspects; the concrete voorzieningen are in 'bijlage 2' (Kwaliteitskaart), which is not part of the input (verwezen)."
  plaatsing: "Ch. 5: procedure only in table 5.1 (5 steps, bevoegd gezag, loket, two separate expert advices, CvT, 6 weeks); criteria in tables 5.2/5.3 (incl. categorie and geldigheid); lwoo opting-out criteria and pro in 5.3; bezwaar via LBT."
  terugstroom: "Hidden in 5.4 'Afloop van de TLV' inside the TLV chapter: conditions/aim (beleid), dated steps (1 Feb evaluation, overdracht before 1 April, decision in 6 weeks, TLV ends 31 July) and terugkeerarrangement; figure in table 7.1."
  financien: "Ch. 8: verdeelsleutels only in table 8.1 (decision before 1 May), meerjarenbegroting table 8.2 with amounts, reserves 8.3, verantwoording 8.4."
  dekkend-aanbod: "Continuum table 4.1 (levels 1-4, OPDC, rebound, ISK, OZA, vso) plus OOGO cooperation; gap analysis, wachttijden and thuiszitters are deferred in 4.3 to a separate notitie. Thuiszitter appears only in the Afkortingen list."
  resultaten: "Ch. 7 'Doelen en kwaliteitszorg': table 7.1 with nulmeting and streefwaarden, 7.2 quarterly monitoring, annual analysis in June, jaarverslag, mid-term evaluation 2028."
  ouders: "Ch. 6 'Ouders' is an empty placeholder ('wordt ... aangevuld'); parents only in passing (samenvatting, title-page slogan, footer) and in the Afkortingen (OJSP, OPR). TLV procedure does not describe a parent role; bezwaar is for the applying bevoegd gezag."
"""
