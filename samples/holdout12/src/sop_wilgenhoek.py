"""Not-a-plan: schoolondersteuningsprofiel (SOP) of one PO school that copies large parts of its SWV's plan."""

NAME = "sop-obs-wilgenhoek-2024"

BLOCKS = [
    ("title", [
        "Schoolondersteuningsprofiel 2024-2025",
        "OBS De Wilgenhoek, Lekkerdam",
        "Onderdeel van Stichting Openbaar Onderwijs Waardland, aangesloten bij Samenwerkingsverband Passend "
        "Primair Onderwijs Delta Noord (PO 28-14)",
        "Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2024",
    ]),
    ("toc", [
        "1. Inleiding",
        "2. Onze school",
        "3. Basisondersteuning op De Wilgenhoek",
        "4. Extra ondersteuning en grenzen van onze zorg",
        "5. Toelaatbaarheid sbo en so (uit het ondersteuningsplan van het samenwerkingsverband)",
        "6. Terugplaatsing",
        "7. Ouders",
        "8. Ambities van de school",
        "9. Financiën en middelen",
    ]),
    ("h1", "1. Inleiding"),
    ("p", "Iedere school in Nederland stelt ten minste eens in de vier jaar een schoolondersteuningsprofiel "
          "(SOP) op. In dit profiel beschrijft OBS De Wilgenhoek welke ondersteuning onze school biedt aan "
          "leerlingen, hoe wij dat organiseren en waar de grenzen van onze mogelijkheden liggen. Het SOP is "
          "vastgesteld door de directie, na advies van de medezeggenschapsraad (MR). Het profiel sluit aan op "
          "het ondersteuningsplan 2024-2028 van het samenwerkingsverband Delta Noord. Veel teksten in dit "
          "profiel zijn met toestemming overgenomen uit dat ondersteuningsplan."),
    ("p", "Dit SOP is bedoeld voor ouders, leerkrachten en voor het samenwerkingsverband. Het wordt ieder "
          "jaar in september besproken in het team en in de MR. De ondersteuning op de school staat ook "
          "samengevat in onze schoolgids."),
    ("h1", "2. Onze school"),
    ("p", "OBS De Wilgenhoek is een openbare basisschool in de wijk Wilgenhof in Lekkerdam. De school telt "
          "284 leerlingen in twaalf groepen. Ongeveer 30 procent van de leerlingen heeft een "
          "migratieachtergrond; de schoolweging ligt boven het landelijk gemiddelde. Het team bestaat uit 22 "
          "leerkrachten, een intern begeleider (0,8 fte), twee onderwijsassistenten, een gedragsspecialist "
          "en een rekenspecialist."),
    ("p", "Onze missie is: 'Samen groeien, ieder op zijn eigen manier'. Wij werken met het model van de "
          "Kanjertraining en met handelingsgericht werken. In de onderbouw werken we thematisch; in de "
          "bovenbouw met de methode voor begrijpend lezen en rekenen uit het leerlingvolgsysteem."),
    ("h1", "3. Basisondersteuning op De Wilgenhoek"),
    ("p", "Basisondersteuning is de ondersteuning die iedere school van het samenwerkingsverband, op iedere "
          "vestiging, zonder aparte aanvraag biedt aan alle leerlingen. Het algemeen bestuur van het "
          "samenwerkingsverband heeft het niveau vastgesteld in tien standaarden. Hieronder staat per "
          "standaard hoe De Wilgenhoek die invult."),
    ("table", ["Standaard samenwerkingsverband", "Invulling op De Wilgenhoek", "Score zelfevaluatie"], [
        ["IB'er minimaal 0,4 fte per 200 leerlingen", "IB'er 0,8 fte", "Voldoet"],
        ["Cyclus handelingsgericht werken, 3 groeps- en leerlingbesprekingen", "3 groepsbesprekingen per jaar, 2 leerlingbesprekingen", "Deels"],
        ["Dyslexie- en dyscalculieprotocol", "Protocol dyslexie aanwezig; dyscalculieprotocol in ontwikkeling", "Deels"],
        ["Aanbod meer- en hoogbegaafden in de groep", "Verrijkingsmap en compacten groep 3-8", "Voldoet"],
        ["Sociale veiligheid en gedrag", "Kanjertraining, anti-pestcoördinator", "Voldoet"],
        ["Taal en NT2", "Taalspecialist 1 dag per week", "Voldoet"],
        ["Protocol medisch handelen", "Aanwezig, jaarlijks met ouders besproken", "Voldoet"],
        ["OPP bij eigen leerlijn", "OPP voor 9 leerlingen", "Voldoet"],
        ["Consultatie orthopedagoog SWV binnen 3 weken", "Vaste orthopedagoog, elke 6 weken op school", "Voldoet"],
        ["SOT minimaal 4 keer per jaar", "SOT 5 keer per jaar", "Voldoet"],
    ]),
    ("p", "Op twee standaarden scoort de school 'deels'. In het schooljaar 2024-2025 stellen wij een "
          "dyscalculieprotocol vast en voeren wij een derde leerlingbespreking in."),
    ("h1", "4. Extra ondersteuning en grenzen van onze zorg"),
    ("p", "Wanneer de basisondersteuning niet voldoende is, bespreekt de IB'er de leerling in het "
          "schoolondersteuningsteam (SOT). Het SOT kan bij het Loket van het samenwerkingsverband een "
          "arrangement aanvragen, bijvoorbeeld ambulante begeleiding of extra handen in de klas. Onze school "
          "heeft in 2023-2024 voor zeven leerlingen een arrangement ontvangen."),
    ("p", "Wij kunnen veel kinderen goede ondersteuning bieden, maar er zijn grenzen. Die grenzen liggen bij "
          "leerlingen die voortdurend een-op-een begeleiding nodig hebben, bij ernstige agressie waardoor de "
          "veiligheid van andere kinderen in gevaar komt, en bij intensieve medische verzorging waarvoor "
          "geen deskundig personeel aanwezig is. Het gebouw heeft geen lift; voor leerlingen in een rolstoel "
          "is alleen de begane grond toegankelijk."),
    ("p", "Als wij een leerling niet de ondersteuning kunnen bieden die hij of zij nodig heeft, zoeken wij in "
          "overleg met ouders en het samenwerkingsverband een school die dat wel kan. Dat is onze zorgplicht."),
    ("h1", "5. Toelaatbaarheid sbo en so (uit het ondersteuningsplan van het samenwerkingsverband)"),
    ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt een "
          "toelaatbaarheidsverklaring (TLV) aan bij het Loket. De aanvraag bevat het groeidocument of OPP, het "
          "onderwijskundig rapport, de verslagen van het SOT en de zienswijze van de ouders. De Commissie "
          "Toelaatbaarheid (CTB) van het samenwerkingsverband neemt het besluit binnen zes weken na ontvangst "
          "van een volledige aanvraag. Voordat de CTB besluit, adviseren twee deskundigen ieder afzonderlijk "
          "en schriftelijk: een orthopedagoog of GZ-psycholoog en een tweede deskundige."),
    ("p", "Een leerling is toelaatbaar tot het sbo als de school de basisondersteuning en ten minste één "
          "arrangement gedurende minimaal zes maanden heeft ingezet en uit het OPP blijkt dat de leerling een "
          "ontwikkelingsachterstand heeft van meer dan anderhalf jaar op twee of meer vakgebieden, of dat de "
          "sociaal-emotionele ontwikkeling ernstig stagneert. Voor het so gelden aanvullende criteria. "
          "Ouders en schoolbesturen kunnen binnen zes weken bezwaar maken; het samenwerkingsverband is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie (LBT)."),
    ("p", "Op De Wilgenhoek vraagt de directeur namens het bestuur de TLV aan. In 2023-2024 zijn twee "
          "leerlingen met een TLV naar het sbo gegaan."),
    ("h1", "6. Terugplaatsing"),
    ("p", "Leerlingen die vanuit het sbo of so terugkeren naar De Wilgenhoek, krijgen een "
          "terugplaatsingsarrangement van het samenwerkingsverband: zes maanden begeleiding door een "
          "ambulant begeleider van de sbo- of so-school. Wij nemen een leerling terug als wij de ondersteuning "
          "kunnen bieden die hij of zij nodig heeft. De intern begeleider voert vooraf een gesprek met de "
          "sbo- of so-school en met ouders."),
    ("h1", "7. Ouders"),
    ("p", "Ouders zijn onze belangrijkste partner. Wij informeren ouders over de ondersteuning op onze school "
          "via de schoolgids, dit SOP op onze website, de informatieavond in september en de "
          "tien-minutengesprekken. Bij zorgen over hun kind kunnen ouders altijd een afspraak maken met de "
          "leerkracht of de intern begeleider."),
    ("p", "Komen ouders en school er samen niet uit, dan kunnen ouders terecht bij het Ouder- en "
          "Jeugdsteunpunt Delta van het samenwerkingsverband of bij de Onderwijsconsulenten. Voor klachten "
          "geldt de klachtenregeling van Stichting Openbaar Onderwijs Waardland."),
    ("h1", "8. Ambities van de school"),
    ("ul", [
        "In 2025 voldoet de school aan alle tien standaarden basisondersteuning.",
        "Alle leerkrachten volgen in 2024-2025 de cursus 'Omgaan met gedrag in de klas'.",
        "De school start in 2025 een plusgroep op schoolniveau voor leerlingen uit groep 6-8.",
        "We verbeteren de samenwerking met de buitenschoolse opvang en het wijkteam.",
    ]),
    ("h1", "9. Financiën en middelen"),
    ("p", "De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband "
          "(€ 245 per leerling). Voor De Wilgenhoek is dat in 2024 ongeveer € 69.600. De school besteedt dit "
          "bedrag aan de extra formatie van de intern begeleider, de gedragsspecialist en één "
          "onderwijsassistent. De school legt hierover verantwoording af aan het bestuur."),
]

LABEL = {
    "documents": [NAME + ".docx"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "advisory_addressed": {},
    "notes": {
        "document_type": "Schoolondersteuningsprofiel of a single basisschool (OBS De Wilgenhoek), adopted by the school director after MR advice; it copies the SWV's basisondersteuning standards, TLV procedure/criteria and terugplaatsing text, but is not the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode of the verband, verdeelmodel or meerjarenbegroting of the verband).",
    },
}
