from common import *

blocks = [
TITLE("Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Wadkust (VO 32-17)",
      "Regio Wadkust: gemeenten Harlinga, Dokwerd, Noordmarne en de eilanden Sterlân en Skylge",
      "Instemming OPR: 11 maart 2026 · OOGO: 26 februari 2026 · vastgesteld: 25 maart 2026"),
TOC,
H1("1. Over dit plan"),
P("Dit is het ondersteuningsplan van het Samenwerkingsverband VO Wadkust voor de schooljaren 2026-2027 tot en met "
  "2029-2030. Het samenwerkingsverband bestaat uit zes besturen met elf vestigingen voor voortgezet onderwijs, "
  "waaronder twee eilandscholen, een school voor praktijkonderwijs en een vso-school (De Golfslag, cluster 4 en "
  "zml). In totaal gaat het om 6.140 leerlingen (1 oktober 2025)."),
P("Het plan gaat over de ondersteuning die het samenwerkingsverband organiseert, toewijst en bekostigt. Wat scholen "
  "zelf binnen hun eigen mogelijkheden aan ondersteuning bieden, beschrijven zij in hun schoolgids; dat valt buiten "
  "het bestek van dit plan. Ook de basiskwaliteit van het onderwijs, waarop de inspectie toeziet, valt buiten dit "
  "plan."),
P("Kenmerkend voor onze regio zijn de grote afstanden en de eilanden. Een leerling van Skylge die niet op de "
  "eilandschool terecht kan, moet dagelijks de boot nemen of doordeweeks op de wal verblijven. Dat maakt thuisnabij "
  "onderwijs hier niet alleen een ideaal maar een harde voorwaarde."),
H1("2. Waar wij voor staan"),
P("Iedere jongere in de Wadkust-regio heeft recht op een plek waar hij of zij kan leren, zich veilig voelt en een "
  "diploma of een duurzaam perspectief kan halen. Wij willen dat jongeren daarvoor zo min mogelijk hoeven te reizen en "
  "zo min mogelijk van school hoeven te wisselen. Daarom investeren wij in voorzieningen dichtbij, in flexibele "
  "onderwijsroutes en in samenwerking met de jeugdhulp, het mbo en de gemeenten."),
P("Wij willen ook eerlijk zijn over wat niet lukt. In de afgelopen jaren zaten er jongeren thuis omdat er geen "
  "passende plek was, wachtten leerlingen te lang op een plek in het vso en ervoeren ouders de procedures als "
  "ingewikkeld. Dit plan is erop gericht dat te verbeteren."),
H1("3. Het ondersteuningsaanbod in de regio"),
P("Het samenwerkingsverband organiseert een samenhangend aanbod dat aansluit op wat de scholen zelf bieden:"),
T(["Voorziening", "Wat", "Voor wie", "Plaatsen"],
  ["Ondersteuningsklassen (op 6 vestigingen)", "Kleine klas met eigen mentor voor een deel van het rooster", "Leerlingen met leer- of gedragsvragen die in de reguliere klas vastlopen", "ca. 90"],
  ["Wadkust Ambulant", "Ambulante begeleiding door gedragsspecialisten en ASS-coaches", "Leerlingen op alle vestigingen, op verzoek van de school", "ca. 150 trajecten"],
  ["OPDC De Dijk (Harlinga)", "Tijdelijke plaatsing in een kleine setting, vmbo- en pro-niveau", "Leerlingen die tijdelijk niet op een reguliere school kunnen functioneren", "40"],
  ["Eilandarrangement", "Onderwijs op afstand plus begeleiding op de eilandschool", "Eilandleerlingen met een specifieke ondersteuningsbehoefte", "maatwerk"],
  ["Praktijkonderwijs Dokwerd", "Praktijkonderwijs met stage en arbeidstoeleiding", "Leerlingen met TLV pro", "210"],
  ["Lwoo", "Leerwegondersteunend onderwijs op 4 vmbo-vestigingen", "Leerlingen met aanwijzing lwoo", "ca. 480"],
  ["Vso De Golfslag", "Voortgezet speciaal onderwijs, cluster 4 en zml", "Leerlingen met TLV vso", "230"],
  ["OZA Tij", "Onderwijs-zorgarrangement met jeugd-GGZ", "Jongeren met psychiatrische problematiek", "12"]),
H2("3.1 Waar het aanbod tekortschiet"),
P("Jaarlijks inventariseren wij met de zorgcoördinatoren en leerplicht welke leerlingen geen passende plek hebben "
  "gevonden. In 2025 ging het om 31 jongeren, van wie 14 langer dan drie maanden thuis zaten. De belangrijkste "
  "oorzaken: een wachtlijst voor De Golfslag (gemiddeld 11 weken), geen passend aanbod voor havo/vwo-leerlingen met "
  "autisme in het noordelijk deel van de regio en het ontbreken van een tussenvoorziening op de eilanden."),
P("Wij nemen de volgende maatregelen: (1) met De Golfslag is afgesproken dat leerlingen op de wachtlijst tijdelijk "
  "onderwijs krijgen in een overbruggingsgroep op de OPDC-locatie; (2) in augustus 2027 opent een autismeklas "
  "havo/vwo in Noordmarne; (3) voor de eilanden ontwikkelen wij met de gemeenten een combinatie van "
  "afstandsonderwijs en begeleiding. Iedere thuiszitter wordt besproken in het regionale thuiszittersoverleg, waarin "
  "samenwerkingsverband, leerplicht, jeugdhulp en de school van inschrijving binnen vier weken een plan maken. Als "
  "er geen oplossing komt, neemt de directeur van het samenwerkingsverband de regie."),
H1("4. Toelaatbaarheid: vso, pro en lwoo"),
P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs en over de aanwijzing "
  "voor lwoo. De Commissie Ondersteuningstoewijzing (COT) neemt deze besluiten namens het bestuur."),
H2("4.1 Vso"),
P("De aanvraag voor een TLV vso wordt ingediend door het bevoegd gezag van de school waar de leerling is "
  "ingeschreven of aangemeld. De school voegt het OPP, een overzicht van de ingezette ondersteuning en de evaluatie "
  "daarvan, en de zienswijze van ouders en leerling toe. Een orthopedagoog of psycholoog van het samenwerkingsverband "
  "en een tweede, per situatie gekozen deskundige (bijvoorbeeld een jeugdarts of kinder- en jeugdpsychiater) geven "
  "ieder een afzonderlijk schriftelijk advies. De COT besluit binnen zes weken; ouders krijgen een afschrift van de "
  "adviezen. Een leerling is toelaatbaar tot het vso als (a) de ondersteuning op de reguliere school en in de "
  "voorzieningen van het samenwerkingsverband aantoonbaar ontoereikend is gebleken of evident ontoereikend zal zijn, "
  "en (b) de leerling een langdurige, intensieve ondersteuningsbehoefte heeft op ten minste twee van de domeinen "
  "leren, gedrag, communicatie, zelfredzaamheid en medische zorg. De TLV wordt afgegeven voor twee schooljaren, in "
  "bekostigingscategorie laag, midden of hoog."),
H2("4.2 Praktijkonderwijs en lwoo"),
P("Voor pro en lwoo gelden de landelijke criteria. De vo-school waaraan de leerling is aangemeld, vraagt de TLV pro "
  "of de aanwijzing lwoo aan bij de COT, uiterlijk 15 april, met het onderwijskundig rapport van de basisschool en "
  "de uitslagen van het psychologisch onderzoek. De COT beslist binnen vier weken. Twijfelgevallen worden besproken "
  "met een orthopedagoog."),
H2("4.3 Bezwaar"),
P("Tegen een besluit van de COT kunnen ouders binnen zes weken bezwaar maken. Het samenwerkingsverband vraagt advies "
  "aan de Landelijke Bezwaaradviescommissie."),
H1("5. De overstap en de uitstroom"),
P("Voor alle leerlingen met een ondersteuningsbehoefte is er een warme overdracht van het primair onderwijs naar het "
  "voortgezet onderwijs. De doorstroom van vmbo naar mbo en de uitstroom van pro en vso naar werk, dagbesteding of "
  "vervolgonderwijs worden begeleid door de uitstroomcoördinatoren van de scholen. Het samenwerkingsverband "
  "ontvangt jaarlijks een terugkoppeling over de bestendigheid van de uitstroom."),
H1("6. Ouders en leerlingen"),
P("Ouders en leerlingen vinden informatie over het ondersteuningsaanbod op www.swvwadkust.nl, in de brochure "
  "‘Extra steun op school’ (ook in het Fries en het Engels) en bij de zorgcoördinator van de school. Bij de "
  "aanvraag van een TLV ontvangen ouders een informatiebrief over de procedure. Twee keer per jaar houden wij een "
  "informatiebijeenkomst, een op de wal en een op een van de eilanden."),
P("Voor onafhankelijke ondersteuning kunnen ouders en jongeren terecht bij Steunpunt Wad, het ouder- en "
  "jeugdsteunpunt dat het samenwerkingsverband samen met het samenwerkingsverband PO heeft ingericht en dat "
  "onafhankelijk werkt. Ook kunnen zij de Onderwijsconsulenten inschakelen. Het samenwerkingsverband heeft een "
  "klachtenregeling en is aangesloten bij de Geschillencommissie passend onderwijs."),
H1("7. Financiën"),
P("Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning. Na verrekening van vso, pro "
  "en lwoo via DUO verdelen wij de middelen als volgt. Iedere vestiging ontvangt een basisbedrag van € 40.000 plus € "
  "85 per leerling; de eilandscholen krijgen een eilandtoeslag van € 30.000 vanwege de kleine schaal. De "
  "voorzieningen uit hoofdstuk 3 worden centraal bekostigd. Scholen verantwoorden de besteding jaarlijks in een "
  "rapportage aan het samenwerkingsverband."),
T(["x € 1.000", "2026", "2027", "2028", "2029"],
  ["Baten lichte en zware ondersteuning", "11.830", "11.620", "11.390", "11.200"],
  ["Verrekening vso, pro, lwoo (DUO)", "-7.910", "-7.840", "-7.770", "-7.690"],
  ["Budget vestigingen", "1.040", "1.020", "1.000", "985"],
  ["Voorzieningen (OPDC, ambulant, ondersteuningsklassen, OZA)", "2.180", "2.210", "2.190", "2.170"],
  ["Thuiszitters en overbrugging", "160", "170", "170", "170"],
  ["Bureau en bestuur", "430", "435", "440", "445"],
  ["Saldo", "110", "-55", "-180", "-260"]),
P("De negatieve saldi vanaf 2027 worden gedekt uit de bestemmingsreserve passend onderwijs (€ 1,2 miljoen eind "
  "2025); daarmee wordt de bovenmatige reserve in de planperiode afgebouwd. De basisbekostiging van de scholen zelf "
  "valt buiten dit plan."),
H1("8. Doelen voor 2030"),
UL("Het aantal thuiszitters langer dan drie maanden is in 2030 teruggebracht van 14 naar maximaal 3.",
   "De wachttijd voor het vso is in 2028 maximaal 6 weken.",
   "90% van de eilandleerlingen met een ondersteuningsbehoefte volgt onderwijs op het eigen eiland.",
   "Het aandeel leerlingen in het vso daalt van 3,7% naar 3,4%."),
P("Hoe wij de voortgang op deze doelen volgen, werken wij uit in het jaarplan 2026-2027."),
H1("9. Samenwerking met gemeenten en jeugdhulp"),
P("Onderwijs en jeugdhulp raken elkaar in onze regio op veel plaatsen. In het op overeenstemming gericht overleg "
  "(OOGO) van 26 februari 2026 hebben het samenwerkingsverband en de vijf gemeenten afgesproken: iedere vestiging "
  "heeft een vaste contactpersoon van het gebiedsteam; jeugdhulp kan onder schooltijd op school worden geboden; "
  "het leerlingenvervoer naar de OPDC-locatie en naar De Golfslag wordt binnen twee weken na plaatsing geregeld; en "
  "de gemeenten en het samenwerkingsverband financieren samen het onderwijs-zorgarrangement Tij. Voor de eilanden "
  "is afgesproken dat de gemeenten de overtocht en het verblijf op de wal van leerlingen die daarop zijn "
  "aangewezen, bekostigen."),
P("Met de leerplichtambtenaren van de Regionale Meld- en Coördinatiefunctie voortijdig schoolverlaten werken wij "
  "samen in het thuiszittersoverleg. Twee keer per jaar bespreken de wethouders onderwijs en jeugd met het bestuur "
  "van het samenwerkingsverband de gezamenlijke agenda. Onderwerpen voor de komende periode zijn onder meer de "
  "aansluiting tussen school en jeugd-GGZ, onderwijshuisvesting voor de ondersteuningsklassen en de inzet van "
  "jongerenwerk rond de scholen."),
H1("10. Organisatie en medezeggenschap"),
P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een toezichthoudend bestuur van "
  "bestuurders van de aangesloten besturen. De OPR bestaat uit acht leden (vier personeelsleden, twee ouders, twee "
  "leerlingen) en heeft op 11 maart 2026 ingestemd met dit plan. Het bureau (5,2 fte) is gevestigd in Harlinga. "
  "Jaarlijks biedt het samenwerkingsverband een scholingsaanbod voor mentoren aan over basisvaardigheden in "
  "gesprekstechniek en over het werken met het OPP."),
]

DOC = dict(
    slug="ho-vo-wadkust-2026", fmt="md", sector="vo", looks_like_plan=True,
    title="Ondersteuningsplan 2026-2030 SWV VO Wadkust", blocks=blocks,
    elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    notes={
        "basisondersteuning": "Explicitly out of scope (ch. 1: what schools offer themselves is in their schoolgids, 'valt buiten het bestek van dit plan'). No agreed minimum level, no content, no borging. Near-misses: 'basiskwaliteit' (inspectie, ch. 1), 'basisbekostiging' (ch. 7), 'basisvaardigheden' (ch. 9), 'basisbedrag' (ch. 7) -> missing.",
        "terugstroom": "Nothing on return from vso/pro to regular vo. Near-misses: 'warme overdracht', 'doorstroom', 'uitstroom', 'terugkoppeling' (ch. 5), 'een op de wal' etc. -> missing.",
        "resultaten": "doelen: ch. 8 four measurable goals for 2030. monitoring: only 'Hoe wij de voortgang op deze doelen volgen, werken wij uit in het jaarplan 2026-2027' (deferral); the 2025 inventory in 3.1 is gap analysis (dekkend-aanbod), and the uitstroom 'terugkoppeling' in ch. 5 is not SWV results monitoring -> partial.",
        "plaatsing": "ch. 4: vso procedure + criteria + deskundigen + duration/category, pro/lwoo procedure with national criteria, bezwaar.",
        "financien": "ch. 7: verdeling (basisbedrag + per leerling + eilandtoeslag), meerjarenbegroting table, reserves.",
        "dekkend-aanbod": "ch. 3 voorzieningen table (continuum) + 3.1 gaps, measures, thuiszittersoverleg.",
        "ouders": "ch. 6: website, brochure, informatiebrief, bijeenkomsten + Steunpunt Wad (OJSP), Onderwijsconsulenten, klachtenregeling/Geschillencommissie.",
    },
)
