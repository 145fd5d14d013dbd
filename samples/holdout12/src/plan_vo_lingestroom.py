"""Plan 2: VO, PDF rendered from .docx with running headers/footers that contain element words."""

NAME = "vo-lingestroom-op2025"
SWV = "Samenwerkingsverband Voortgezet Onderwijs Lingestroom"

HEADER = ("SWV VO Lingestroom | Ondersteuningsplan 2025-2029 | basisondersteuning - toelaatbaarheid - "
          "terugplaatsing - financiën - resultaten - ouders")
FOOTER = "Ondersteuningsplan 2025-2029 | terugplaatsing en thuiszitters: zie hoofdstukindeling | versie 1.2"

BLOCKS = [
    ("title", [
        "Ondersteuningsplan 2025-2029",
        SWV + " (VO 26-11)",
        "Iedere leerling een passende plek",
        "Versie 1.2 - vastgesteld door het algemeen bestuur op 10 april 2025",
    ]),
    ("toc", [
        "1. Inleiding",
        "2. Missie en visie",
        "3. Kengetallen",
        "4. Basisondersteuning",
        "5. Ondersteuningsaanbod en dekkend netwerk",
        "6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
        "7. Financiën",
        "8. Ouders en leerlingen",
        "9. Kwaliteit en resultaten",
        "10. Samenwerking met gemeenten",
        "11. Organisatie en medezeggenschap",
        "12. Personeel",
        "13. Privacy en gegevensuitwisseling",
        "14. Planning",
        "Bijlage 1 Criteria toelaatbaarheid vso",
        "Bijlage 2 Begrippenlijst",
    ]),
    ("h1", "1. Inleiding"),
    ("p", "Dit is het ondersteuningsplan 2025-2029 van " + SWV + ". In het samenwerkingsverband werken zeven "
          "schoolbesturen samen met vijftien scholen voor voortgezet onderwijs, twee scholen voor "
          "praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs (vso). Het plan beschrijft wat "
          "wij de komende vier schooljaren samen willen bereiken en hoe wij dat organiseren."),
    ("p", "Dit plan is een plan op hoofdlijnen. De uitwerking vindt plaats in het jaarplan en in de "
          "jaarbegroting. Het plan bouwt voort op de evaluatie van het vorige ondersteuningsplan, die in het "
          "najaar van 2024 met scholen, ouders, leerlingen en gemeenten is uitgevoerd."),
    ("h1", "2. Missie en visie"),
    ("p", "Wij willen dat iedere jongere in de regio Lingestroom onderwijs volgt dat bij hem of haar past, zo "
          "dicht mogelijk bij huis en zo regulier als mogelijk. Wij geloven dat jongeren zich het best "
          "ontwikkelen in een veilige omgeving waarin zij gezien worden. Scholen, ouders, jongeren en "
          "ketenpartners zijn samen verantwoordelijk."),
    ("p", "Onze kernwaarden zijn: eigenaarschap, samen, vakmanschap en transparantie. Eigenaarschap betekent "
          "dat de school waar een leerling is aangemeld, verantwoordelijk blijft tot er een passende plek is. "
          "Samen betekent dat wij over de grenzen van besturen heen werken. Vakmanschap betekent dat we "
          "investeren in de kennis van mentoren en ondersteuningscoördinatoren. Transparantie betekent dat "
          "we open zijn over keuzes en geld."),
    ("p", "We streven ernaar dat scholen waar mogelijk van elkaars expertise gebruikmaken. In de komende "
          "periode zetten we in op vier speerpunten: sterke basisondersteuning, een dekkend netwerk zonder "
          "thuiszitters, een snelle en zorgvuldige toewijzing en een goede samenwerking met de jeugdhulp."),
    ("h1", "3. Kengetallen"),
    ("p", "Op 1 oktober 2024 telde het samenwerkingsverband 17.840 leerlingen in het regulier voortgezet "
          "onderwijs, 512 leerlingen in het praktijkonderwijs en 398 leerlingen in het vso. Daarnaast volgden "
          "2.310 leerlingen leerwegondersteunend onderwijs (lwoo). Het deelnamepercentage vso bedroeg 2,16 "
          "procent (landelijk 3,4 procent). Het samenwerkingsverband ligt in vijf gemeenten."),
    ("h2", "3.1 De regio"),
    ("p", "De regio Lingestroom is een gebied met een stedelijke kern en een groot landelijk gebied. Veel "
          "leerlingen reizen dagelijks meer dan tien kilometer naar school. Het openbaar vervoer in de "
          "dorpen is beperkt, wat gevolgen heeft voor de bereikbaarheid van bovenschoolse voorzieningen. De "
          "bevolking in de dorpen vergrijst, terwijl de stedelijke kern groeit door nieuwbouw. De "
          "leerlingenprognose laat tot 2029 een lichte daling zien in het landelijk gebied en een stijging in "
          "de stad. Het aantal nieuwkomers is de afgelopen twee jaar verdubbeld."),
    ("h2", "3.2 De scholen"),
    ("p", "De vijftien vo-scholen bieden samen alle onderwijssoorten van vmbo basis tot en met gymnasium. Vijf "
          "scholen bieden lwoo aan binnen het vmbo. De twee scholen voor praktijkonderwijs liggen in de stad "
          "en in het oostelijk deel van de regio. De drie vso-scholen bieden onderwijs aan leerlingen in "
          "cluster 3 en cluster 4, in de uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding."),
    ("h1", "4. Basisondersteuning"),
    ("p", "Basisondersteuning is het door het samenwerkingsverband afgesproken niveau van ondersteuning dat "
          "iedere school op iedere vestiging biedt. Het algemeen bestuur heeft dit niveau vastgesteld als "
          "ondergrens voor alle scholen. Het niveau omvat vier aspecten, ontleend aan het referentiekader "
          "passend onderwijs: basiskwaliteit zoals de inspectie die beoordeelt; preventieve en licht curatieve "
          "interventies; een goede onderwijsondersteuningsstructuur; en planmatig werken."),
    ("p", "De concrete invulling van de basisondersteuning beschrijft iedere school in het eigen "
          "schoolondersteuningsprofiel (SOP). Een gezamenlijke lijst van standaarden voor alle scholen wordt in "
          "2026 opgesteld, in afwachting van de landelijke norm basisondersteuning."),
    ("p", "Het samenwerkingsverband bespreekt het SOP eens per jaar met iedere school in het "
          "ontwikkelgesprek. Als een school onder de ondergrens blijft, maakt de directie een verbeterplan dat "
          "het samenwerkingsverband na zes maanden opnieuw bespreekt."),
    ("h1", "5. Ondersteuningsaanbod en dekkend netwerk"),
    ("h2", "5.1 Van basis naar specialistisch"),
    ("p", "Het ondersteuningsaanbod in Lingestroom bestaat uit vier lagen. De eerste laag is de "
          "basisondersteuning op iedere school. De tweede laag is extra ondersteuning binnen de school, zoals "
          "een trajectvoorziening of rebound-ruimte op de scholen die daarvoor een arrangement hebben, waar "
          "leerlingen tijdelijk een deel van de dag worden opgevangen. De derde laag zijn de bovenschoolse voorzieningen: "
          "het orthopedagogisch-didactisch centrum (OPDC) De Overstap voor leerlingen die tijdelijk niet in een "
          "reguliere klas kunnen functioneren (maximaal twaalf weken), de schakelklas voor leerlingen met een "
          "taalachterstand en de Internationale Schakelklas (ISK) voor nieuwkomers. De vierde laag is het "
          "voortgezet speciaal onderwijs en het praktijkonderwijs."),
    ("p", "Leerlingen met een extra ondersteuningsbehoefte krijgen een arrangement. Een arrangement wordt door "
          "de school aangevraagd bij het Ondersteuningsloket en bestaat uit onderwijstijd, begeleiding, "
          "expertise of middelen. Er zijn individuele arrangementen en groepsarrangementen, zoals de "
          "autismeklassen op twee havo/vwo-scholen en de plusklas voor hoogbegaafde leerlingen."),
    ("h2", "5.2 Dekkend netwerk en thuiszitters"),
    ("p", "Iedere schoolbestuur heeft zorgplicht. Als een school geen passende plek kan bieden, zoekt de school "
          "met hulp van het Ondersteuningsloket een andere school. Het samenwerkingsverband houdt een "
          "thuiszittersregistratie bij in samenwerking met het Regionaal Bureau Leerplicht. Iedere maand komt de "
          "thuiszitterstafel bijeen, met leerplicht, jeugdhulp, de school en het samenwerkingsverband. Voor "
          "iedere thuiszitter wordt binnen tien schooldagen een plan gemaakt met een casusregisseur."),
    ("p", "Jaarlijks in maart analyseert het samenwerkingsverband waar het netwerk niet dekkend is. In 2024 "
          "waren er wachtlijsten voor het vso cluster 4 en ontbrak een aanbod voor jongeren die door angst of "
          "depressie niet naar school gaan. Daarom openen wij in augustus 2025 een kleinschalige "
          "onderwijs-zorgvoorziening (16 plaatsen) samen met de gemeenten en een jeugd-GGZ-aanbieder."),
    ("h2", "5.3 Overstap van primair naar voortgezet onderwijs"),
    ("p", "Het samenwerkingsverband maakt samen met de twee samenwerkingsverbanden primair onderwijs in de "
          "regio afspraken over de overstap naar het voortgezet onderwijs. Basisscholen dragen leerlingen met "
          "een ondersteuningsbehoefte warm over: de intern begeleider, de ouders en de "
          "ondersteuningscoördinator van de vo-school hebben voor 1 mei een overdrachtsgesprek. Voor "
          "leerlingen uit het so en sbo organiseert het samenwerkingsverband in februari een "
          "overstapmarkt, waar vo- en vso-scholen hun ondersteuningsaanbod presenteren."),
    ("h2", "5.4 Hoogbegaafdheid"),
    ("p", "Met de subsidie voor hoogbegaafdheid heeft het samenwerkingsverband op twee scholen een plusklas "
          "ingericht en een netwerk van coördinatoren hoogbegaafdheid opgezet. Leerlingen die meer nodig "
          "hebben dan verrijking in de eigen klas, kunnen één dag per week een versneld of verdiepend "
          "programma volgen op een andere school."),
    ("h1", "6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
    ("h2", "6.1 Toelaatbaarheid vso"),
    ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
          "school waar de leerling is ingeschreven of aangemeld. De aanvraag gaat via het digitale "
          "Ondersteuningsloket en bevat het OPP, het onderwijskundig rapport, het handelingsdeel met de "
          "geëvalueerde interventies en de zienswijze van ouders en leerling. De Commissie Toewijzing van het "
          "samenwerkingsverband neemt binnen zes weken een besluit; in spoedgevallen binnen tien werkdagen."),
    ("p", "De criteria voor toelaatbaarheid tot het vso zijn opgenomen in bijlage 1 bij dit plan."),
    ("h2", "6.2 Deskundigen"),
    ("p", "De Commissie Toewijzing vraagt bij iedere aanvraag advies aan twee deskundigen. De eerste is een "
          "orthopedagoog of psycholoog, de tweede een deskundige die past bij de vraag (bijvoorbeeld een "
          "jeugdarts of maatschappelijk werker). Beide deskundigen geven een eigen schriftelijk advies."),
    ("h2", "6.3 Leerwegondersteunend onderwijs (lwoo)"),
    ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 en een "
          "leerachterstand van 1,5 tot 3 jaar op minimaal twee van de vier domeinen (begrijpend lezen, "
          "technisch lezen, spellen, inzichtelijk rekenen), waarvan één begrijpend lezen of inzichtelijk "
          "rekenen is; of een IQ tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele "
          "problematiek. De vo-school vraagt de aanwijzing lwoo aan bij het samenwerkingsverband voor 1 april "
          "van het jaar waarin de leerling instroomt. Het samenwerkingsverband beslist binnen vier weken."),
    ("h2", "6.4 Praktijkonderwijs (pro)"),
    ("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en "
          "80 en een leerachterstand van drie jaar of meer op minimaal twee domeinen, waarvan één begrijpend "
          "lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV pro aan; de Commissie "
          "Toewijzing besluit binnen vier weken, na advies van de orthopedagoog."),
    ("h2", "6.5 Geldigheid en bekostigingscategorie"),
    ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, tenzij de commissie een kortere of langere "
          "periode passend vindt (minimaal één, maximaal vier schooljaren). Een TLV pro geldt voor de gehele "
          "opleiding. Bij een TLV vso wordt de bekostigingscategorie laag, midden of hoog vastgesteld."),
    ("h2", "6.6 Bezwaar"),
    ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken bij het "
          "samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie (LBT) en "
          "beslist daarna op het bezwaar."),
    ("h1", "7. Financiën"),
    ("h2", "7.1 Verdeling van de middelen"),
    ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De middelen voor "
          "lichte ondersteuning (inclusief lwoo en pro) worden doorgegeven aan de schoolbesturen. Het "
          "budget lwoo wordt verdeeld naar rato van het aantal leerlingen met een aanwijzing lwoo op 1 oktober. "
          "De middelen voor praktijkonderwijs gaan op basis van het aantal leerlingen naar de twee pro-scholen."),
    ("p", "Van de middelen voor zware ondersteuning ontvangt ieder bestuur een basisbedrag van € 95 per "
          "leerling (teldatum 1 oktober) voor extra ondersteuning binnen de school. Arrangementen en de "
          "bovenschoolse voorzieningen worden door het Ondersteuningsloket toegekend op basis van de "
          "ondersteuningsbehoefte van de leerling; het OPDC en de ISK worden per beschikbare plaats bekostigd. "
          "De afdrachten aan het vso verlopen via DUO."),
    ("h2", "7.2 Begroting"),
    ("p", "De meerjarenbegroting 2025-2029 wordt jaarlijks door het algemeen bestuur vastgesteld en is te "
          "vinden op www.swvlingestroom.nl/financien. Een bestedingsplan per voorziening volgt."),
    ("h2", "7.3 Reserves en verantwoording"),
    ("p", "Het samenwerkingsverband heeft in 2023 zijn bovenmatige reserve afgebouwd. Het streven is een "
          "weerstandsvermogen tussen 4 en 8 procent. Schoolbesturen verantwoorden de inzet van middelen in "
          "het jaarlijkse ontwikkelgesprek."),
    ("h1", "8. Ouders en leerlingen"),
    ("h2", "8.1 Informatie"),
    ("p", "Ouders vinden op de website van het samenwerkingsverband een overzicht van alle voorzieningen, "
          "arrangementen en scholen, met per voorziening een korte beschrijving, de doelgroep en de manier "
          "van aanvragen. Ieder jaar verschijnt in oktober een ouderbrochure die via de basisscholen wordt "
          "verspreid aan ouders van leerlingen in groep 7 en 8. In november organiseert het "
          "samenwerkingsverband twee informatieavonden over ondersteuning in het voortgezet onderwijs. De "
          "scholen informeren ouders via de schoolgids en het SOP."),
    ("h2", "8.2 Onafhankelijke ondersteuning"),
    ("p", "Ouders en jongeren kunnen met vragen of bij onenigheid terecht bij het Ouder- en Jeugdsteunpunt "
          "Lingestroom. Het steunpunt is onafhankelijk, werkt alleen in het belang van de jongere en "
          "bundelt signalen voor het bestuur. Verder kunnen ouders een beroep doen op de Onderwijsconsulenten, "
          "de klachtenregeling van het samenwerkingsverband en de Geschillencommissie passend onderwijs."),
    ("h2", "8.3 De stem van de leerling"),
    ("p", "Leerlingen met een OPP hebben hoorrecht: zij mogen hun mening geven over het OPP. In de OPR zitten "
          "naast ouders en personeel ook twee leerlingen."),
    ("h1", "9. Kwaliteit en resultaten"),
    ("h2", "9.1 Beoogde resultaten"),
    ("ul", [
        "Het aantal thuiszitters (langer dan vier weken) daalt van 31 in 2024 naar maximaal 10 in 2029.",
        "90 procent van de aanvragen voor een TLV of arrangement wordt binnen zes weken afgehandeld.",
        "Het deelnamepercentage vso blijft onder 2,3 procent.",
        "80 procent van de leerlingen die het OPDC verlaten, zit na een jaar nog op een reguliere school.",
        "Ouders waarderen de ondersteuning gemiddeld met een 7,5 of hoger.",
    ]),
    ("h2", "9.2 Monitoring en verantwoording"),
    ("p", "Het samenwerkingsverband volgt de resultaten met een monitor die ieder kwartaal wordt bijgewerkt "
          "met gegevens uit het Ondersteuningsloket, de leerplichtregistratie en DUO. De directeur rapporteert "
          "twee keer per jaar aan het algemeen bestuur en de OPR. Eens per twee jaar houden we een "
          "tevredenheidspeiling onder ouders, leerlingen en scholen. De bereikte resultaten en de bijbehorende "
          "kosten staan in het jaarverslag, dat voor 1 juli op de website wordt gepubliceerd. Volgens de "
          "PDCA-cyclus stellen we het jaarplan bij als doelen niet worden gehaald."),
    ("h1", "10. Samenwerking met gemeenten"),
    ("p", "De samenwerking met de gemeenten is de afgelopen jaren versterkt. Iedere gemeente heeft een "
          "vaste beleidsmedewerker onderwijs die ieder kwartaal overlegt met de directeur van het "
          "samenwerkingsverband. Op bestuurlijk niveau overleggen de wethouders onderwijs en jeugd twee keer per "
          "jaar met het bestuur."),
    ("p", "Het samenwerkingsverband voert OOGO met de vijf gemeenten. Het OOGO over dit plan vond plaats op "
          "4 maart 2025. Afspraken gaan over de aansluiting onderwijs-jeugdhulp, thuiszitters, "
          "leerlingenvervoer en de overgang naar het mbo en de arbeidsmarkt. De gemeenten financieren "
          "schoolmaatschappelijk werk op alle scholen."),
    ("h1", "11. Organisatie en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zeven "
          "schoolbesturen. Het toezicht ligt bij een onafhankelijk toezichthoudend orgaan. De directeur is "
          "verantwoordelijk voor de uitvoering. De OPR bestaat uit acht leden en heeft op 27 maart 2025 "
          "ingestemd met dit plan."),
    ("p", "De OPR vergadert zes keer per jaar en heeft een eigen reglement. De leden worden voor drie jaar "
          "gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR krijgt "
          "ondersteuning van een ambtelijk secretaris en heeft een scholingsbudget. De directeur is bij een "
          "deel van iedere vergadering aanwezig om vragen te beantwoorden. Bij de voorbereiding van dit plan "
          "heeft de OPR in drie thema-avonden meegedacht over de speerpunten."),
    ("h1", "12. Personeel"),
    ("p", "Het samenwerkingsverband heeft een klein bureau van 9 fte. De medewerkers van het OPDC en de ISK "
          "zijn in dienst van de besturen. We investeren in de professionalisering van mentoren en "
          "ondersteuningscoördinatoren via een leernetwerk dat vijf keer per jaar bijeenkomt."),
    ("p", "Het samenwerkingsverband is werkgever voor het bureau en maakt gebruik van de cao vo. De "
          "consulenten van het Ondersteuningsloket hebben een achtergrond als orthopedagoog, "
          "schoolmaatschappelijk werker of ondersteuningscoördinator. Alle consulenten zijn geregistreerd bij "
          "het NVO of NIP of werken onder supervisie van een geregistreerd gedragswetenschapper. De werkdruk "
          "bij mentoren en ondersteuningscoördinatoren is een punt van zorg; in het jaarplan nemen we "
          "maatregelen op om administratieve lasten bij aanvragen te verminderen, zoals een digitaal "
          "groeidocument dat scholen ook voor hun eigen leerlingbesprekingen kunnen gebruiken."),
    ("h1", "13. Privacy en gegevensuitwisseling"),
    ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen om zijn wettelijke taken uit te "
          "voeren. Gegevens worden alleen gedeeld als dat nodig is voor het toekennen van ondersteuning of het "
          "beoordelen van een aanvraag, en altijd met medeweten van ouders. Medische gegevens worden bewaard "
          "tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming "
          "en een privacyreglement dat is vastgesteld na instemming van de OPR. Bij een datalek volgt het "
          "samenwerkingsverband het protocol van de Autoriteit Persoonsgegevens."),
    ("h1", "14. Planning"),
    ("p", "Overleg met het samenwerkingsverband primair onderwijs: 18 februari 2025. OOGO: 4 maart 2025. "
          "Instemming OPR: 27 maart 2025. Vaststelling algemeen bestuur: 10 april 2025. Toezending aan de "
          "inspectie: voor 1 mei 2025. Looptijd: 1 augustus 2025 tot en met 31 juli 2029."),
    ("pb",),
    ("h1", "Bijlage 1 Criteria toelaatbaarheid vso"),
    ("p", "Een leerling is toelaatbaar tot het vso als aan de volgende criteria wordt voldaan:"),
    ("ul", [
        "de school heeft de basisondersteuning en ten minste één arrangement aantoonbaar en gedurende "
        "minimaal twaalf weken ingezet en geëvalueerd in het OPP;",
        "de leerling heeft een ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie, "
        "lichamelijke of medische ondersteuning die de mogelijkheden van het regulier onderwijs, inclusief "
        "bovenschoolse voorzieningen, overstijgt;",
        "de leerling heeft een intensieve, langdurige combinatie van onderwijs en zorg nodig in een kleine "
        "groep met specialistische begeleiding;",
        "voor categorie midden of hoog: de leerling heeft een lichamelijke beperking, langdurige ziekte of "
        "meervoudige beperking die aanvullende verzorging vraagt.",
    ]),
    ("h1", "Bijlage 2 Begrippenlijst"),
    ("ul", [
        "Terugplaatsing: de terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs na "
        "afloop van de TLV.",
        "Overplaatsing: de overstap naar een andere school of onderwijssoort.",
        "Basisondersteuning: het afgesproken niveau van ondersteuning op iedere school.",
        "Dekkend netwerk: het geheel van voorzieningen in de regio.",
        "TLV: toelaatbaarheidsverklaring.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "OJSP: ouder- en jeugdsteunpunt.",
    ]),
]

LABEL = {
    "documents": [NAME + ".pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
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
        "basisondersteuning": "Ch. 4 defines the SWV-wide minimum (4 referentiekader aspects only); concrete content is left to each school's SOP and a list 'wordt in 2026 opgesteld'.",
        "plaatsing": "6.1-6.6: vso procedure via Ondersteuningsloket/Commissie Toewijzing with terms; vso criteria in Bijlage 1 (included); lwoo and pro criteria and procedure in 6.3-6.4.",
        "terugstroom": "Terugplaatsing appears only in the running header/footer and the begrippenlijst (Bijlage 2); no body text on return from vso (the OPDC return target in 9.1 concerns a regular-sector voorziening, not vso).",
        "financien": "7.1 gives allocation rules (lwoo naar rato, EUR 95 per leerling, Loket toekenning); 7.2 only refers to the begroting on the website and says a bestedingsplan 'volgt'.",
        "dekkend-aanbod": "5.1 four-layer continuum with OPDC, ISK, arrangementen; 5.2 thuiszitterstafel, yearly gap analysis and new voorziening.",
        "resultaten": "9.1 measurable targets; 9.2 quarterly monitor, reporting to AB/OPR, jaarverslag, PDCA.",
        "ouders": "8.1 website, ouderbrochure, informatieavonden; 8.2 OJSP, Onderwijsconsulenten, klachtenregeling, Geschillencommissie.",
    },
}
