"""Plan D: VO, Drechtheuvel. PDF only; basisondersteuning deferred, TLV procedure only on website."""

TOC = [
    ("1", "Inleiding", "3"),
    ("2", "Het verband en de regio", "4"),
    ("3", "Koers en speerpunten", "6"),
    ("4", "Basisondersteuning", "8"),
    ("5", "Het ondersteuningsaanbod in de regio", "9"),
    ("6", "Thuiszitters, verzuim en doorzettingsmacht", "12"),
    ("7", "Toelaatbaarheid", "14"),
    ("8", "Van vso naar regulier", "16"),
    ("9", "Informatie en steun voor ouders en jongeren", "17"),
    ("10", "Resultaten en kwaliteitszorg", "19"),
    ("11", "Financiën", "22"),
    ("12", "Governance, OPR en OOGO", "25"),
    ("", "Begrippen", "27"),
]

BLOCKS = [
    ("toc", TOC),
    ("h1", "1 Inleiding"),
    ("p", "Dit is het ondersteuningsplan 2026-2030 van de Stichting Samenwerkingsverband Voortgezet Onderwijs "
          "Drechtheuvel (VO 28-09). Het plan beschrijft de afspraken die de negen aangesloten schoolbesturen hebben "
          "gemaakt over passend onderwijs voor de ruim 17.000 leerlingen in de regio. Het plan is het resultaat van "
          "een traject van ruim een jaar, waarin besturen, scholen, gemeenten, jeugdhulp, ouders en leerlingen hebben "
          "meegedacht."),
    ("p", "Het plan is bewust compact gehouden. Uitvoeringsafspraken, formulieren en protocollen staan op de website "
          "van het verband en worden jaarlijks geactualiseerd. Het plan zelf bevat de keuzes die voor vier jaar "
          "vastliggen en waarop het verband kan worden aangesproken."),
    ("p", "Het plan is op 3 maart 2026 met instemming van de ondersteuningsplanraad vastgesteld en gaat in op 1 "
          "augustus 2026."),

    ("h2", "Leeswijzer"),
    ("p", "Hoofdstuk 2 schetst het verband en de regio, hoofdstuk 3 de koers voor de komende vier jaar. De hoofdstukken "
          "4 tot en met 8 beschrijven de ondersteuning, van wat scholen zelf doen tot het voortgezet speciaal onderwijs "
          "en de weg terug. Hoofdstuk 9 gaat over informatie en steun voor ouders en jongeren, hoofdstuk 10 over wat wij "
          "willen bereiken en hoe wij dat volgen, hoofdstuk 11 over het geld en hoofdstuk 12 over bestuur, "
          "medezeggenschap en de samenwerking met gemeenten. Achterin staat een lijst met begrippen. De tekst van dit "
          "plan is leidend; de website bevat aanvullende uitvoeringsinformatie."),
    ("h1", "2 Het verband en de regio"),
    ("p", "Drechtheuvel omvat acht gemeenten in een gebied dat loopt van de verstedelijkte rivierzone tot het "
          "heuvelachtige achterland. De regio telt 21 vestigingen van voortgezet onderwijs, waarvan twee voor "
          "praktijkonderwijs, en twee scholen voor voortgezet speciaal onderwijs met samen vijf locaties. De grootste "
          "scholengemeenschap telt 2.400 leerlingen, de kleinste vmbo-locatie 180."),
    ("p", "De regio kent grote verschillen. In de rivierzone wonen relatief veel gezinnen met een laag inkomen en is "
          "het aandeel nieuwkomers hoog; in het achterland speelt vooral de bereikbaarheid van voorzieningen. Het "
          "leerlingaantal blijft tot 2030 naar verwachting stabiel, met een lichte groei in de rivierzone."),
    ("p", "Het verband werkt nauw samen met het samenwerkingsverband PO Drechtheuvel, met het mbo in de regio en met "
          "de acht gemeenten. In 2025 is een gezamenlijk regionaal expertisecentrum opgericht met het PO-verband, "
          "waarin orthopedagogen, ambulant begeleiders en jeugdhulpmedewerkers samenwerken."),

    ("table", ["Kengetal (1 oktober 2025)", "Aantal"], [
        ["Aangesloten schoolbesturen", "9"],
        ["Vestigingen regulier vo (incl. 2 pro)", "21"],
        ["Leerlingen regulier vo", "16.120"],
        ["Leerlingen praktijkonderwijs", "512"],
        ["Leerlingen vso", "648"],
        ["Leerlingen ISK", "210"],
        ["Gemeenten in het werkgebied", "8"],
    ], "Tabel 2.1 Het verband in cijfers"),
    ("p", "Het verband is in 2014 ontstaan uit twee oudere regionale samenwerkingsverbanden en heeft sindsdien een "
          "eigen identiteit ontwikkeld. De besturen verschillen in omvang en denominatie: van een groot openbaar bestuur "
          "met zes vestigingen tot een kleine reformatorische school met één locatie. Die verscheidenheid is een "
          "kracht, maar vraagt ook om duidelijke afspraken. Het verband hecht eraan dat elke jongere, ongeacht de "
          "richting van de school die de ouders kiezen, op dezelfde manier toegang heeft tot de regionale "
          "voorzieningen en tot het vso."),
    ("h1", "3 Koers en speerpunten"),
    ("p", "Het verband kiest voor de planperiode vier speerpunten. Zij zijn in 2025 in vier regionale werkateliers "
          "vastgesteld en in de besturenvergadering van november 2025 bekrachtigd."),
    ("bullets", [
        "Passend onderwijs begint in de klas: docenten krijgen de ruimte en de steun om met verschillen om te gaan.",
        "Niemand thuis: iedere jongere heeft binnen vier weken weer een onderwijsplek.",
        "Onderwijs en zorg als één systeem: jeugdhulp in en om de school.",
        "Transparant en lerend: het verband maakt zichtbaar wat het bereikt en stuurt daarop bij.",
    ]),
    ("p", "Deze speerpunten zijn in hoofdstuk 10 vertaald naar meetbare resultaten. Het verband wil daarmee voorkomen "
          "dat mooie woorden in een la verdwijnen."),
    ("p", "Het verband is zich ervan bewust dat het werk in de scholen gebeurt. De besturen blijven verantwoordelijk "
          "voor de kwaliteit van het onderwijs en de ondersteuning op hun scholen. Het verband stimuleert, verbindt en "
          "stelt kaders, en grijpt in als een leerling tussen wal en schip dreigt te raken."),

    ("h1", "4 Basisondersteuning"),
    ("p", "Op 24 april 2025 heeft het kabinet een advies over een landelijke norm voor basisondersteuning ontvangen. "
          "De besturen in Drechtheuvel hebben besloten geen eigen regionaal niveau meer vast te stellen zolang niet "
          "duidelijk is wanneer en in welke vorm die landelijke norm wettelijk wordt verankerd. Zodra dat duidelijk is, "
          "wordt dit hoofdstuk aangevuld; tot die tijd beschrijven de scholen hun ondersteuning in hun eigen schoolgids."),

    ("h1", "5 Het ondersteuningsaanbod in de regio"),
    ("h2", "5.1 Van lichte naar intensieve ondersteuning"),
    ("p", "Als een leerling meer nodig heeft dan de school in de klas kan bieden, is er in Drechtheuvel een opbouwend "
          "aanbod. De school zet eerst een schoolarrangement in: extra begeleiding door een coach of orthopedagoog, "
          "een tijdelijke kleine groep of een aangepast rooster. Scholen kunnen daarbij advies vragen aan het "
          "regionaal expertisecentrum. Als dat onvoldoende blijkt, volgt een regionale voorziening en pas daarna het "
          "voortgezet speciaal onderwijs."),
    ("h2", "5.2 Regionale voorzieningen"),
    ("table", ["Voorziening", "Voor wie", "Plaatsen", "Duur"], [
        ["OPDC Rivierzone", "Vmbo-leerlingen met leer- en gedragsproblemen die in een grote groep vastlopen", "72", "max. 2 schooljaren"],
        ["OPDC Heuvelland", "Havo/vwo-leerlingen met sociaal-emotionele problematiek", "30", "max. 1,5 schooljaar"],
        ["Rebound Drecht", "Leerlingen na schorsing, incidenten of dreigende verwijdering", "20", "8-12 weken"],
        ["ISK Drechtheuvel", "Nieuwkomers 12-18 jaar", "210", "1-2 schooljaren"],
        ["Onderwijs-zorgarrangement Tij", "Leerlingen met psychiatrische problematiek die onderwijs en behandeling combineren", "16", "tot 1 schooljaar"],
        ["Plusgroep Heuvelland", "Hoogbegaafde leerlingen die dreigen uit te vallen", "14", "1 schooljaar"],
    ], "Tabel 5.1 Regionale voorzieningen"),
    ("p", "Daarnaast zijn er twee scholen voor voortgezet speciaal onderwijs: vso De Linde (cluster 4) en vso Het "
          "Anker (cluster 3), met samen vijf locaties en ongeveer 650 leerlingen. Zij bieden de uitstroomprofielen "
          "vervolgonderwijs, arbeidsmarkt en dagbesteding."),
    ("h2", "5.3 Een dekkend netwerk"),
    ("p", "Twee keer per jaar, in oktober en maart, brengt het verband samen met de besturen in beeld waar het aanbod "
          "tekortschiet: welke leerlingen op een wachtlijst staan, welke aanvragen niet konden worden gehonoreerd en "
          "welke leerlingen buiten de regio onderwijs volgen omdat hier geen plek is. Op grond van de analyse van "
          "maart 2025 worden in deze planperiode twee gaten gedicht. De wachtlijst van OPDC Rivierzone, die in het "
          "voorjaar oploopt tot twintig leerlingen, wordt per 1 augustus 2026 weggewerkt door uitbreiding met twaalf "
          "plaatsen. Voor jongeren met een combinatie van autisme en angstproblematiek die nu buiten de regio naar "
          "school gaan, wordt in 2027 een kleinschalige groep van tien plaatsen ingericht bij vso De Linde, met "
          "doorstroom naar het regulier."),

    ("h2", "5.4 Nieuwkomers"),
    ("p", "De rivierzone ontvangt relatief veel nieuwkomers. De ISK Drechtheuvel groeide in drie jaar van 140 naar 210 "
          "leerlingen en heeft inmiddels drie locaties. Leerlingen volgen er een intensief programma Nederlands als "
          "tweede taal, aangevuld met rekenen, Engels, burgerschap en lichamelijke opvoeding. Na gemiddeld anderhalf "
          "jaar stromen zij door naar een reguliere vo-school, het praktijkonderwijs of het mbo. Een "
          "doorstroomcoördinator van de ISK begeleidt die overstap en blijft een halfjaar betrokken. Voor "
          "nieuwkomers met trauma werkt de ISK samen met een gespecialiseerde GGZ-aanbieder, die op de ISK-locaties "
          "spreekuren houdt."),
    ("h2", "5.5 Aansluiting op mbo en arbeid"),
    ("p", "Voor leerlingen uit het vso, het praktijkonderwijs en de OPDC's is de overgang naar mbo of werk een kwetsbaar "
          "moment. Het verband heeft met de twee ROC's in de regio afgesproken dat leerlingen met een OPP in het "
          "voorjaar van het laatste schooljaar een intakegesprek krijgen waarbij de huidige mentor aanwezig is. Het "
          "praktijkonderwijs en het vso werken daarnaast samen met het regionale werkbedrijf aan een route naar "
          "beschut werk en begeleid werken."),
    ("h1", "6 Thuiszitters, verzuim en doorzettingsmacht"),
    ("p", "In Drechtheuvel zaten op de telling van 1 oktober 2025 zesentwintig jongeren langer dan vier weken thuis "
          "zonder onderwijs, en hadden 41 jongeren een vrijstelling van de leerplicht. Het verband vindt dat te veel."),
    ("p", "De aanpak is als volgt. De school meldt een leerling die twee weken niet of nauwelijks op school is bij de "
          "leerplichtambtenaar en bij het loket van het verband. Binnen vijf werkdagen volgt een overleg met ouders, "
          "leerling, school, leerplicht en zo nodig jeugdhulp. Is na vier weken nog geen passende plek gevonden, dan "
          "wordt de leerling besproken aan de regionale thuiszittertafel. Lukt het ook dan niet, dan neemt de "
          "directeur-bestuurder binnen twee weken een bindend besluit over de school of voorziening waar de leerling "
          "onderwijs gaat volgen (doorzettingsmacht). Het verband draagt de extra kosten van die plaatsing gedurende "
          "maximaal een half jaar."),
    ("p", "Over vrijstellingen op grond van artikel 5 onder a van de Leerplichtwet maakt het verband met de gemeenten "
          "de afspraak dat elke vrijstelling jaarlijks wordt heroverwogen in een gesprek tussen leerplicht, ouders en "
          "een orthopedagoog van het verband."),

    ("h1", "7 Toelaatbaarheid"),
    ("h2", "7.1 Wanneer is een leerling toelaatbaar tot het vso?"),
    ("p", "Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs als hij of zij een ondersteuningsbehoefte "
          "heeft die het aanbod van de reguliere school, inclusief een schoolarrangement en de regionale voorzieningen, "
          "structureel overstijgt. Daarvan is sprake als aan elk van deze voorwaarden is voldaan:"),
    ("bullets", [
        "er is ten minste een half jaar een OPP uitgevoerd en geëvalueerd, waaruit blijkt dat de doelen met "
        "ondersteuning op de reguliere school niet haalbaar zijn;",
        "de leerling heeft voor de meeste lessen een groep van ten hoogste twaalf leerlingen met gespecialiseerde "
        "begeleiding nodig;",
        "er is sprake van een belemmering op het gebied van gedrag, psychiatrie, verstandelijke mogelijkheden, "
        "lichamelijke beperking of langdurige ziekte die deze ondersteuning noodzakelijk maakt;",
        "een regionale voorziening (tabel 5.1) biedt geen passend alternatief.",
    ]),
    ("h2", "7.2 Categorie en duur"),
    ("p", "De bekostigingscategorie is laag, tenzij de leerling een lichamelijke beperking of langdurige ziekte heeft "
          "die dagelijkse verzorging vraagt (midden) of meervoudig beperkt is (hoog). Een eerste TLV geldt voor "
          "twee schooljaren; een volgende TLV kan worden afgegeven tot het einde van de schoolloopbaan in het vso als "
          "de beperking blijvend is."),
    ("h2", "7.3 Praktijkonderwijs en lwoo"),
    ("p", "Voor praktijkonderwijs en lwoo gelden de landelijke criteria. Een leerling is toelaatbaar tot het "
          "praktijkonderwijs bij een IQ van 55 tot en met 80 en een leerachterstand van ten minste 50 procent op "
          "twee of meer van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan "
          "één begrijpend lezen of inzichtelijk rekenen. Voor lwoo gelden een IQ tussen 75 en 90 en een leerachterstand "
          "van 25 tot 50 procent op twee domeinen, of een IQ tussen 91 en 120 met daarnaast sociaal-emotionele "
          "problematiek."),
    ("h2", "7.4 Aanvragen"),
    ("p", "Hoe een aanvraag voor een TLV, een TLV pro of een aanwijzing lwoo verloopt, welke stukken nodig zijn en "
          "binnen welke termijn wordt beslist, staat in de Handleiding toelaatbaarheid op www.drechtheuvel-vo.nl/tlv."),

    ("h1", "8 Van vso naar regulier"),
    ("p", "Voor elke leerling met een TLV evalueert de vso-school jaarlijks in maart het OPP. In het laatste jaar van "
          "de TLV gebeurt dat uiterlijk op 1 februari, in een gesprek met de leerling, de ouders en de "
          "trajectbegeleider van het verband. De vso-school stelt in dat gesprek vast of terugplaatsing naar het "
          "regulier voortgezet onderwijs, verlenging van de TLV of overplaatsing naar een andere vso-school aan de orde "
          "is."),
    ("p", "Bij terugplaatsing doet de vso-school uiterlijk op 1 maart een aanmelding bij de beoogde reguliere school. "
          "De trajectbegeleider organiseert vóór 1 april een overdrachtsgesprek tussen beide scholen, de ouders en de "
          "leerling. De reguliere school beslist binnen zes weken na aanmelding over de toelating. De TLV eindigt op 31 "
          "juli; de leerling start op 1 augustus op de reguliere school. Bij een tussentijdse terugplaatsing volgt het "
          "verband dezelfde stappen met een termijn van tien weken."),
    ("p", "Onder welke voorwaarden terugplaatsing wordt nagestreefd en welke begeleiding een teruggeplaatste leerling "
          "ontvangt, legt het verband vast in een terugplaatsingskader dat in het schooljaar 2026-2027 aan de besturen "
          "en de OPR wordt voorgelegd."),

    ("h1", "9 Informatie en steun voor ouders en jongeren"),
    ("h2", "9.1 Informatie"),
    ("p", "Het verband informeert ouders via drie wegen. De website heeft een aparte rubriek 'Voor ouders' met per "
          "school de ondersteuning die er wordt geboden, een overzicht van de regionale voorzieningen en uitleg over "
          "toelaatbaarheid. In januari ontvangen ouders van alle leerlingen in groep 8 via de basisschool de "
          "ouderkrant 'Naar het vo in Drechtheuvel', met informatie over lwoo, praktijkonderwijs en extra "
          "ondersteuning. En elke vo-school organiseert in het eerste leerjaar een ouderavond waarop de "
          "ondersteuningscoördinator het aanbod van de school en de regio toelicht. Ouders met een taalachterstand "
          "kunnen bij het loket een gesprek met een tolk aanvragen."),
    ("h2", "9.2 Onafhankelijke steun"),
    ("p", "Ouders en jongeren die twijfelen of vastlopen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Drecht. Het "
          "steunpunt is ondergebracht bij de onafhankelijke cliëntondersteuningsorganisatie MEE Rivierzone en heeft "
          "twee ouderconsulenten en een jongerencoach. Het steunpunt luistert, legt uit, bemiddelt tussen ouders en "
          "school en gaat mee naar gesprekken. Het steunpunt brengt elk halfjaar anoniem verslag uit aan het bestuur van "
          "het verband over de signalen die het ontvangt. Daarnaast verwijst het verband naar de Onderwijsconsulenten "
          "en naar de Geschillencommissie passend onderwijs."),
    ("h2", "9.3 Ouders en leerlingen aan tafel"),
    ("p", "Ouders zijn gesprekspartner bij het OPP en bij elke aanvraag voor een voorziening of TLV. Leerlingen worden "
          "gehoord over hun OPP. In de ondersteuningsplanraad zitten zes ouders, twee leerlingen en acht medewerkers."),

    ("h1", "10 Resultaten en kwaliteitszorg"),
    ("h2", "10.1 Beoogde resultaten"),
    ("table", ["Speerpunt", "Indicator", "Nu (2025)", "Doel 2030"], [
        ["Passend in de klas", "Aantal leerlingen met schoolarrangement dat de OPP-doelen haalt", "61%", "75%"],
        ["Passend in de klas", "Deelnamepercentage vso op 1 oktober", "3,8%", "3,3%"],
        ["Niemand thuis", "Thuiszitters > 4 weken op 1 oktober", "26", "10"],
        ["Niemand thuis", "Vrijstellingen 5 onder a", "41", "30"],
        ["Onderwijs en zorg", "Vestigingen met jeugdhulp in de school", "12 van 21", "21 van 21"],
        ["Transparant en lerend", "Gemiddelde doorlooptijd TLV", "7 weken", "5 weken"],
    ], "Tabel 10.1 Beoogde resultaten"),
    ("h2", "10.2 Hoe wij meten en verantwoorden"),
    ("p", "Het verband meet de indicatoren uit tabel 10.1 twee keer per jaar, op 1 oktober en 1 maart, met gegevens "
          "van DUO, leerplicht, het loket en de scholen. De resultaten worden besproken in de besturenvergadering en in "
          "de OPR. Elk jaar verschijnt vóór 1 juli een jaarverslag met de bereikte resultaten, een toelichting per "
          "speerpunt en de middelen die ervoor zijn ingezet. Liggen de resultaten twee metingen op rij onder de "
          "verwachte lijn, dan stelt de directeur-bestuurder een verbeterplan op. In 2028 volgt een tussenevaluatie door "
          "een extern bureau."),
    ("p", "Over de vorige planperiode: het aantal thuiszitters daalde van 38 (2021) naar 26 (2025), de doorlooptijd van "
          "TLV-aanvragen bleef met zeven weken boven de eigen norm van zes weken, en het deelnamepercentage vso bleef "
          "met 3,8 procent boven het landelijk gemiddelde."),

    ("h1", "11 Financiën"),
    ("h2", "11.1 Verdeling"),
    ("p", "De verdeling van de middelen over de besturen blijft in 2026 gelijk aan die in de vorige planperiode. In "
          "het schooljaar 2026-2027 ontwikkelen de besturen een nieuw verdeelmodel, dat na instemming van de OPR als "
          "wijziging aan dit plan wordt toegevoegd."),
    ("h2", "11.2 Meerjarenbegroting"),
    ("table", ["Bedragen x € 1.000", "2026", "2027", "2028", "2029"], [
        ["Rijksbijdrage lichte ondersteuning", "8.140", "8.120", "8.110", "8.100"],
        ["Rijksbijdrage zware ondersteuning", "14.260", "14.220", "14.190", "14.160"],
        ["Afdracht vso (DUO)", "-7.820", "-7.700", "-7.560", "-7.410"],
        ["Overige baten (gemeenten, subsidies)", "610", "610", "480", "480"],
        ["Totaal baten", "15.190", "15.250", "15.220", "15.330"],
        ["Middelen naar besturen", "11.050", "11.050", "11.050", "11.050"],
        ["Regionale voorzieningen", "2.780", "2.940", "3.010", "3.010"],
        ["Thuiszitteraanpak en doorzettingsmacht", "250", "250", "250", "250"],
        ["Regionaal expertisecentrum", "520", "520", "520", "520"],
        ["Bureau, loket en bestuur", "690", "700", "710", "720"],
        ["Saldo", "-100", "-210", "-320", "-220"],
    ], "Tabel 11.1 Meerjarenbegroting 2026-2029"),
    ("p", "De stijging van de regionale voorzieningen in 2027 en 2028 hangt samen met de uitbreiding van OPDC "
          "Rivierzone en de nieuwe groep bij vso De Linde. Het overschot uit eerdere jaren wordt zo gericht ingezet."),
    ("h2", "11.3 Reserves"),
    ("p", "Het verband had eind 2025 een algemene reserve van € 3,4 miljoen. Na de begrote tekorten bedraagt de "
          "reserve eind 2029 naar verwachting € 2,55 miljoen, onder de signaleringswaarde voor bovenmatig eigen "
          "vermogen. Het verband houdt een weerstandsvermogen aan van ten minste 7 procent van de baten."),

    ("h1", "12 Governance, OPR en OOGO"),
    ("h2", "12.1 Governance"),
    ("p", "De stichting heeft een directeur-bestuurder en een raad van toezicht van vijf leden. De negen aangesloten "
          "besturen vormen de besturenvergadering, die adviseert over begroting, jaarverslag en beleid. De "
          "directeur-bestuurder legt ieder kwartaal verantwoording af aan de raad van toezicht."),
    ("h2", "12.2 OPR"),
    ("p", "De ondersteuningsplanraad telt zestien leden en heeft op 24 februari 2026 ingestemd met dit plan. De OPR "
          "heeft een eigen budget voor scholing en ondersteuning."),
    ("h2", "12.3 OOGO met de gemeenten"),
    ("p", "Het op overeenstemming gericht overleg met de acht gemeenten is op 27 januari 2026 afgerond. Afgesproken is "
          "dat jeugdhulp in alle vestigingen beschikbaar komt (zie tabel 10.1), dat gemeenten en verband het "
          "onderwijs-zorgarrangement Tij samen bekostigen, en dat de thuiszittertafel gezamenlijk wordt voorgezeten door "
          "leerplicht en het verband. Met het PO-verband is op 15 januari 2026 overleg gevoerd."),
    ("h2", "12.4 Toezending"),
    ("p", "Het plan wordt vóór 1 mei 2026 via het Internet Schooldossier aan de inspectie gezonden."),

    ("h2", "12.5 Personeel en professionalisering"),
    ("p", "Het bureau van het verband telt 12,5 fte, onder wie de directeur-bestuurder, een controller, vier "
          "orthopedagogen, drie trajectbegeleiders, twee loketmedewerkers en een beleidsadviseur. De orthopedagogen en "
          "trajectbegeleiders werken vanuit het regionaal expertisecentrum samen met hun collega's van het PO-verband."),
    ("p", "Het verband organiseert jaarlijks de Drechtheuvelse Dag voor alle docenten, mentoren en "
          "ondersteuningscoördinatoren, met workshops over onder meer omgaan met angst in de klas, executieve functies "
          "en het werken met jongeren die thuis veel meemaken. Daarnaast is er een leergang voor nieuwe "
          "ondersteuningscoördinatoren en een intervisienetwerk voor mentoren. Het verband ziet het tekort aan "
          "orthopedagogen en docenten als een van de grootste risico's voor de uitvoering van dit plan en werkt daarom "
          "samen met de lerarenopleidingen aan stageplaatsen op de OPDC's."),
    ("h2", "12.6 ICT en privacy"),
    ("p", "Alle aanvragen en dossiers worden verwerkt in een beveiligde digitale omgeving die het verband deelt met het "
          "PO-verband. Het verband verwerkt alleen de gegevens die nodig zijn voor de toewijzing van voorzieningen en "
          "voor besluiten over toelaatbaarheid, en vernietigt dossiers drie jaar na het laatste besluit. Er is een "
          "functionaris gegevensbescherming aangesteld en het verband heeft in 2025 een privacyaudit laten uitvoeren."),
    ("h2", "12.7 Totstandkoming"),
    ("p", "Het plan is opgesteld door een schrijfgroep van twee bestuurders, drie schoolleiders, twee "
          "ondersteuningscoördinatoren, een beleidsadviseur en de directeur-bestuurder. In de zomer van 2025 zijn vier "
          "werkateliers gehouden met in totaal 160 deelnemers. Het concept is in november 2025 besproken in de "
          "besturenvergadering, in december met de OPR en in januari 2026 in het OOGO. De raad van toezicht heeft het "
          "plan op 2 maart 2026 goedgekeurd, waarna de directeur-bestuurder het op 3 maart 2026 heeft vastgesteld. Het "
          "plan geldt van 1 augustus 2026 tot en met 31 juli 2030."),
    ("h1", "Begrippen"),
    ("bullets", [
        "Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat elke school biedt.",
        "Doorzettingsmacht: bevoegdheid om een bindend besluit te nemen over de plek van een leerling.",
        "OJSP: ouder- en jeugdsteunpunt.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "Rebound: tijdelijke opvang buiten de eigen school.",
        "TLV: toelaatbaarheidsverklaring voor het vso.",
        "Verdeelmodel: de regels waarmee het verband de middelen over de besturen verdeelt.",
    ]),
]

DOC = {
    "author": "SWV VO Drechtheuvel",
    "title_lines": [
        "Ondersteuningsplan 2026-2030",
        "Stichting Samenwerkingsverband VO Drechtheuvel (VO 28-09)",
        "Samen sterk in basisondersteuning en passend onderwijs",
    ],
    "header": "Drechtheuvel VO · Ondersteuningsplan 2026-2030 · Basisondersteuning op orde",
    "footer": "SWV VO Drechtheuvel · www.drechtheuvel-vo.nl",
    "blocks": BLOCKS,
}

LABEL = """documents: [vo-drechtheuvel-hoofdlijnen.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 has the heading but only defers: no regional level until a landelijke norm is enacted, schools describe it in their own schoolgids. Word also in title page, running header and Begrippen only."
  plaatsing: "Ch. 7 gives vso criteria (7.1), categorie and duur (7.2) and pro/lwoo criteria (7.3), but who applies, steps, deciding body and termijnen are only on a website handleiding (7.4, verwezen)."
  terugstroom: "Ch. 8 'Van vso naar regulier': dated procedure (yearly OPP evaluation, 1 Feb/1 Mar/1 Apr steps, decision within 6 weeks, TLV ends 31 July); aims, conditions and support after return deferred to a terugplaatsingskader in 2026-2027."
  financien: "Ch. 11: meerjarenbegroting table with amounts (besteding) and reserves, but verdeling only 'blijft gelijk aan de vorige planperiode' plus a new model to be developed (deferral/reference)."
  dekkend-aanbod: "Ch. 5 continuum with table 5.1 of voorzieningen, 5.3 twice-yearly gap analysis with two concrete actions; ch. 6 thuiszitters approach and doorzettingsmacht; OOGO agreements 12.3."
  resultaten: "Ch. 10: table 10.1 with indicators, baseline and 2030 targets; 10.2 measurement twice a year, jaarverslag before 1 July, verbeterplan, tussenevaluatie; achieved figures of previous period."
  ouders: "Ch. 9: website rubriek, ouderkrant, ouderavond, tolk (informatie); independent OJSP Drecht at MEE, Onderwijsconsulenten, Geschillencommissie (steunpunt); role in OPP and OPR (betrokkenheid)."
"""
