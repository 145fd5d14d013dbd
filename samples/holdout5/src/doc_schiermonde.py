"""Doc 5: concise VO plan with lwoo/pro, published as a web page (.html).
Samenwerkingsverband VO Schiermonde, VO 21-06 (fictional)."""
SLUG = "schiermonde-vo2106"
TITLE = "Ondersteuningsplan 2025-2029 | SWV VO Schiermonde"
NAV = ["Home", "Over ons", "Ouders & leerlingen", "Ouder- en jeugdsteunpunt", "Scholen", "Ondersteuningsplan", "Contact"]
SITE_HEADER = "Samenwerkingsverband VO Schiermonde (VO 21-06) - passend onderwijs in Schiermonde, Holwerd-Oost en Ternaard"
SITE_FOOTER = ("Vragen als ouder? Het ouder- en jeugdsteunpunt is bereikbaar op werkdagen via 0519-240 240. "
               "&copy; 2025 SWV VO Schiermonde - privacyverklaring - cookies")

BLOCKS = [
    ("title", ["Ondersteuningsplan 2025-2029", "Samenwerkingsverband VO Schiermonde (VO 21-06) - beknopte versie"]),
    ("h1", "1 Over dit plan"),
    ("p", "Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029 en is bedoeld voor scholen, gemeenten, ouders "
          "en leerlingen. Aangesloten zijn 4 besturen met 7 vo-scholen (waarvan 1 school voor praktijkonderwijs) en "
          "1 vso-school. OOGO met de drie gemeenten: 3 maart 2025. Instemming ondersteuningsplanraad: 20 maart 2025. "
          "Vastgesteld door het bestuur: 27 maart 2025."),
    ("h1", "2 Basisondersteuning"),
    ("p", "Basisondersteuning is wat alle zeven vo-scholen, op iedere vestiging, minimaal bieden aan iedere leerling, "
          "zonder toewijzing door het samenwerkingsverband. Het gaat om:"),
    ("bullets", ["een mentor per klas en een ondersteuningscoördinator op iedere vestiging;",
                 "faciliteiten en begeleiding bij dyslexie en dyscalculie;",
                 "trainingen faalangstreductie, sociale vaardigheden en executieve functies;",
                 "een time-out- en opvangvoorziening binnen de school en check-in/check-out;",
                 "een protocol medisch handelen;",
                 "een OPP voor iedere leerling met extra ondersteuning, twee keer per jaar geëvalueerd."]),
    ("h1", "3 Ondersteuningsroute"),
    ("p", "Lukt het met de basisondersteuning niet, dan volgen in deze volgorde: extra ondersteuning in de eigen school "
          "(trajectvoorziening op iedere school), plaatsing in het OPDC De Overstap (maximaal 12 maanden, 24 plaatsen), "
          "praktijkonderwijs en het voortgezet speciaal onderwijs (vso De Terp, cluster 4). De ondersteuningscoördinator "
          "vraagt een plek in De Overstap aan bij de Commissie Toelaatbaarheid."),
    ("h1", "4 Toelaatbaarheid vso, lwoo en pro"),
    ("h2", "4.1 Vso"),
    ("p", "Het bevoegd gezag van de school van inschrijving vraagt de TLV aan bij de Commissie Toelaatbaarheid, met "
          "het OPP en de evaluatie van de extra ondersteuning. Een orthopedagoog of psycholoog en een tweede "
          "deskundige brengen ieder een eigen advies uit. De commissie besluit binnen 6 weken. Criteria: de leerling "
          "heeft ten minste een jaar extra ondersteuning en/of De Overstap gehad zonder voldoende resultaat en heeft "
          "een structurele behoefte aan onderwijs in een kleine groep met intensieve begeleiding en zorg. Een TLV "
          "geldt voor twee schooljaren (categorie laag, midden of hoog)."),
    ("h2", "4.2 Lwoo"),
    ("p", "Schiermonde hanteert de landelijke criteria voor lwoo (geen opting-out). De vo-school dient de aanvraag in "
          "vóór 15 maart van het jaar van instroom met de gegevens uit het po (capaciteiten, leerachterstanden, "
          "sociaal-emotioneel functioneren). De Commissie Toelaatbaarheid besluit binnen 4 weken. Een aanwijzing lwoo "
          "geldt voor de hele schoolloopbaan in het vmbo."),
    ("h2", "4.3 Praktijkonderwijs"),
    ("p", "De praktijkschool dient de aanvraag in vóór 15 maart. Toelaatbaar is een leerling met een IQ van 55 tot en "
          "met 80 en een leerachterstand van 50% of meer op ten minste twee domeinen, waarvan één begrijpend lezen of "
          "inzichtelijk rekenen (landelijke criteria). Besluit binnen 4 weken; de TLV pro geldt voor de hele "
          "schoolloopbaan."),
    ("h1", "5 Terugplaatsing"),
    ("p", "In het laatste schooljaar waarvoor de TLV geldt, bespreekt de commissie van begeleiding van vso De Terp "
          "vóór 1 december het OPP. De vso-school legt vóór 15 januari een advies voor aan de Commissie "
          "Toelaatbaarheid: nieuwe TLV of overstap naar het vo. De commissie besluit binnen zes weken. Bij een overstap "
          "meldt de vso-school de leerling vóór 1 maart aan bij een vo-school; de TLV eindigt op 31 juli."),
    ("h1", "6 Middelen"),
    ("p", "Het verdeelmodel voor de schoolbudgetten wordt in 2026 herzien; de nieuwe verdeling volgt in een aparte "
          "notitie."),
    ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Baten ondersteuningsmiddelen", "6.310", "6.250", "6.180", "6.120"],
               ["Afdracht vso", "1.640", "1.660", "1.670", "1.680"],
               ["Afdracht pro en lwoo", "2.980", "2.950", "2.920", "2.900"],
               ["Schoolbudgetten extra ondersteuning", "780", "760", "740", "720"],
               ["OPDC De Overstap", "640", "650", "660", "670"],
               ["Bureau, commissie en deskundigen", "310", "315", "320", "325"],
               ["Saldo", "-40", "-135", "-130", "-175"]]),
    ("h1", "7 Doelen 2025-2029"),
    ("table", [["Doel", "Streefwaarde 2029"],
               ["Tevredenheid scholen over de Commissie Toelaatbaarheid", "Gemiddeld rapportcijfer minimaal 7,5"],
               ["Snellere besluiten", "90% van de TLV-besluiten binnen 4 weken"],
               ["Meer leerlingen terug vanuit De Overstap", "75% keert binnen 12 maanden terug naar een reguliere vo-school"],
               ["Deelname vso stabiel", "Deelnamepercentage vso niet boven 3,0%"]]),
    ("p", "Monitoring en evaluatie: p.m."),
]

LABEL = {
    "documents": [f"{SLUG}.html"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial",
                 "ouders": "missing"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": False, "ouders.steunpunt": False,
    },
    "advisory_addressed": ["plaatsing.deskundigen", "plaatsing.duur-categorie", "resultaten.meetbaar"],
    "notes": {
        "plaatsing": "Section 4: vso TLV (applicant, two deskundigen, 6 weeks, criteria, duration/category), lwoo "
                     "(national criteria, procedure, term) and pro (criteria, procedure).",
        "terugstroom": "Section 5 gives a procedure (evaluation in last TLV year, advice, commissie decides, end of TLV 31 July) "
                       "but no policy: no aim, conditions or support after return -> beleid not addressed. The goal "
                       "'75% keert terug vanuit De Overstap' concerns the OPDC, not vso terugplaatsing.",
        "financien": "Section 6 has a meerjarenbegroting with amounts (besteding) but the verdeelmodel is deferred "
                     "('wordt in 2026 herzien; ... volgt in een aparte notitie').",
        "dekkend-aanbod": "Section 3 describes the route/continuum (trajectvoorziening, OPDC, pro, vso); no gap analysis, "
                          "thuiszitters approach or zorgplicht.",
        "resultaten": "Section 7 lists goals with streefwaarden; 'Monitoring en evaluatie: p.m.' -> monitoring not addressed.",
        "ouders": "No body text on informing parents or independent support. 'ouders' only as a passing mention of the "
                  "audience (section 1); 'Ouders & leerlingen' and 'Ouder- en jeugdsteunpunt' only in the site navigation; "
                  "OJSP phone number only in the site footer. The OPR consent date (section 1) is a procedural fact "
                  "(EXT-OPR) and says nothing about parents' role.",
    },
}
