"""Plan D: PO, .docx. Basisondersteuning content listed but the common minimum level deferred to the
landelijke norm; TLV criteria without procedure; strong terugplaatsing chapter; money referred to the
jaarbegroting/annex; quality framework 'in ontwikkeling'; steunpunt described but informing parents deferred."""
from holdout137_filler import (communicatie_scholen, huisvesting_bureau, regionale_samenwerking, P, voorwoord_po,
                               wettelijk_kader, visie_po, regio, governance, opr, personeel, privacy_ict,
                               vaststelling, begrippen)

N = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Kempenpoort", kort="SWV De Kempenpoort",
         code="PO 30-11", gemeenten="Kempenhoven, Beekloon, Bergenrode en Aarle-Vennen", regio="de Kempenpoort",
         periode="2026-2030", bestuurder="H.J. (Henk) van Lieshout",
         oogo="21 januari 2026", opr="12 februari 2026", vastgesteld="5 maart 2026")

B = [("title", "Ondersteuningsplan"),
     ("subtitle", "Samen passend – 2026 tot 2030"),
     ("subtitle", f"{N['naam']} ({N['code']})"),
     ("pagebreak",), ("toc",), ("pagebreak",)]
B += voorwoord_po(N)
B += [("h1", "Inleiding"),
      P("Dit ondersteuningsplan beschrijft de afspraken van de schoolbesturen in de Kempenpoort over passend onderwijs "
        "voor de periode 2026-2030. Het plan is de opvolger van het plan 2022-2026. Het is tot stand gekomen in "
        "werkgroepen met intern begeleiders, directeuren en bestuurders, en in gesprek met ouders en gemeenten."),
      P("In dit plan leggen we het accent op de inhoud van de ondersteuning en op de route die een kind aflegt. "
        "Financiële en organisatorische uitwerkingen worden jaarlijks vastgesteld in het jaarplan en de begroting.")]
B += wettelijk_kader(N, "po")
B += regio(N, "po", [["Stichting Kempen Primair", "14 basisscholen", "3.120"],
                     ["Stichting Katholiek Onderwijs Beekloon", "9 basisscholen, 1 sbo", "2.210"],
                     ["Vereniging Protestants-Christelijk Onderwijs", "4 basisscholen", "760"],
                     ["Stichting Openbaar Onderwijs Bergenrode", "6 basisscholen", "1.280"],
                     ["Stichting De Korenaar (so cluster 3 en 4)", "1 so-school, 2 locaties", "235"],
                     ["Totaal", "33 basisscholen, 1 sbo, 1 so", "7.605"]])
B += visie_po(N)

B += [("h1", "Basisondersteuning"),
      P("Onder basisondersteuning verstaan we de ondersteuning die een school zonder aanvraag bij het "
        "samenwerkingsverband aan kinderen kan bieden. De scholen in de Kempenpoort werken handelingsgericht en "
        "beschrijven hun aanbod in het schoolondersteuningsprofiel en de schoolgids. In de werkgroep basisondersteuning "
        "is in 2025 geïnventariseerd wat de scholen op dit moment bieden. Op de scholen in de Kempenpoort vindt u:"),
      ("ul", ["een intern begeleider met ten minste één dag per week per 150 leerlingen;",
              "groeps- en leerlingbesprekingen, minimaal drie keer per jaar per groep;",
              "een dyslexieprotocol en vroegtijdige signalering van leesproblemen in groep 2 en 3;",
              "een aanbod voor kinderen die meer aankunnen (verrijkingsmateriaal, plusgroep op bovenschools niveau);",
              "een methode voor sociaal-emotionele ontwikkeling en een pestprotocol;",
              "consultatie van een orthopedagoog van het samenwerkingsverband, vier keer per jaar per school;",
              "een ontwikkelingsperspectiefplan voor kinderen die op een eigen leerlijn werken;",
              "samenwerking met de jeugdverpleegkundige en het sociaal wijkteam in een ondersteuningsteam."]),
      P("Of deze voorzieningen voor alle scholen het gezamenlijke minimumniveau worden, besluiten de besturen nadat "
        "de landelijke norm basisondersteuning is vastgesteld. Tot die tijd geldt het overzicht als inventarisatie van "
        "de huidige praktijk.")]

B += [("h1", "Het ondersteuningscontinuüm"),
      P("In de Kempenpoort onderscheiden we vijf niveaus van ondersteuning, die een doorlopende lijn vormen van de "
        "groep tot het speciaal onderwijs:"),
      ("table", [["Niveau", "Wat", "Wie"],
                 ["1", "Ondersteuning in de groep door de leerkracht, planmatig en handelingsgericht", "Leerkracht"],
                 ["2", "Extra zorg in de groep na een groepsbespreking, met kortdurende interventies", "Leerkracht, IB’er"],
                 ["3", "Ondersteuning met inzet van specialisten op school, na bespreking in het ondersteuningsteam",
                  "IB’er, orthopedagoog SWV"],
                 ["4", "Arrangement van het samenwerkingsverband in de eigen school of in een bovenschoolse groep "
                       "(bijv. de Taalklas, de Plusklas of de observatiegroep De Brug)", "Schoolbestuur, SWV"],
                 ["5", "Plaatsing in het sbo of so met een toelaatbaarheidsverklaring", "SWV, sbo/so"]]),
      P("Een kind kan op elk moment op- of afschalen. Ook kinderen in het sbo of so kunnen weer gebruikmaken van "
        "de ondersteuning van niveau 1 tot en met 4 wanneer zij terugkeren naar het basisonderwijs (zie het hoofdstuk "
        "Terug naar de basisschool).")]

B += [("h1", "Een passende plek voor ieder kind"),
      P("Iedere school heeft zorgplicht. Wanneer een school een kind na aanmelding niet zelf kan plaatsen, zoekt zij "
        "binnen zes weken (met eenmalig vier weken verlenging) een passende plek op een andere school. Kan dat niet, "
        "dan meldt de school het kind bij het samenwerkingsverband."),
      P("Het samenwerkingsverband houdt een actueel overzicht bij van kinderen die thuiszitten of die niet het "
        "onderwijs krijgen dat zij nodig hebben. Scholen melden een kind dat langer dan vier weken zonder passend "
        "onderwijs is, bij de coördinator thuiszitters van het samenwerkingsverband. De thuiszitterstafel – met "
        "leerplicht, jeugdhulp, het samenwerkingsverband en het betrokken schoolbestuur – bespreekt elk kind binnen "
        "twee weken na melding en maakt afspraken over een plan en een eigenaar. Lukt het niet om een oplossing te "
        "vinden, dan legt de coördinator de casus voor aan de directeur, die een school kan vragen om een kind "
        "tijdelijk op te nemen."),
      P("Jaarlijks bespreken de besturen in het bestuurlijk overleg de casussen waarvoor geen passend aanbod bleek te "
        "zijn. Daaruit kan de opdracht volgen om een nieuw arrangement te ontwikkelen. Zo is in 2024 de "
        "observatiegroep De Brug opgericht voor jonge kinderen met complexe ondersteuningsvragen, en in 2025 een "
        "ambulant aanbod voor kinderen met langdurige ziekte."),
      ("h2", "Samenwerking met gemeenten en jeugdhulp"),
      P("In het OOGO met de vier gemeenten is afgesproken dat op iedere school een vaste contactpersoon van het "
        "sociaal wijkteam is. In De Brug en in het so worden onderwijs-zorgarrangementen geboden, waarbij de gemeente de "
        "zorgcomponent financiert.")]

B += [("h1", "Toelaatbaarheid tot sbo en so"),
      P("Een kind kan alleen worden toegelaten tot het speciaal basisonderwijs of het speciaal onderwijs als het "
        "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) afgeeft. Het samenwerkingsverband geeft een TLV "
        "voor het sbo af wanneer:"),
      ("ul", ["de school de ondersteuning van niveau 1 tot en met 4 heeft ingezet en geëvalueerd, gedurende ten minste "
              "twee cycli van handelingsgericht werken;",
              "het kind een ondersteuningsbehoefte heeft op het gebied van leren en/of gedrag die vraagt om een kleine "
              "groep (circa 15 kinderen) met een specialistische aanpak gedurende de hele week;",
              "uit het OPP blijkt dat het kind de uitstroombestemming van de basisschool niet kan bereiken met de "
              "ondersteuning die de basisschool kan organiseren."]),
      P("Een TLV voor het so (cluster 3 of 4) wordt afgegeven wanneer daarnaast sprake is van een ernstige "
        "verstandelijke, lichamelijke of meervoudige beperking, een langdurige ziekte of ernstige gedrags- of "
        "psychiatrische problematiek, waardoor het kind is aangewezen op onderwijs in combinatie met zorg en "
        "behandeling die het sbo niet kan bieden."),
      P("Een TLV wordt in de regel voor twee schooljaren afgegeven. Voor kinderen met een blijvende, ernstige "
        "beperking kan de TLV gelden tot het einde van de basisschoolperiode."),
      P("De werkwijze van het Loket, waar aanvragen binnenkomen, wordt in het schooljaar 2025-2026 herzien. De nieuwe "
        "aanvraagprocedure wordt opgenomen in het jaarplan 2026-2027.")]

B += [("h1", "Terug naar de basisschool"),
      P("Het samenwerkingsverband wil dat kinderen die in het sbo of so zitten, de kans krijgen om terug te keren naar "
        "een basisschool wanneer dat in hun belang is. Uitgangspunten zijn: terugplaatsing gebeurt alleen als het kind "
        "er aantoonbaar aan toe is; ouders worden vanaf het begin betrokken; en het kind wordt op de nieuwe school niet "
        "aan zijn lot overgelaten. De ontvangende basisschool krijgt gedurende het eerste jaar begeleiding van een "
        "ambulant begeleider van het sbo of so en kan een arrangement van niveau 4 aanvragen zonder de gebruikelijke "
        "voorafgaande cycli."),
      P("De werkwijze is als volgt. Elk jaar in het OPP-gesprek bespreekt de sbo- of so-school met ouders of "
        "terugplaatsing in beeld is. In het laatste jaar van de TLV maakt de commissie van begeleiding van de sbo- of "
        "so-school vóór 1 maart een evaluatie en een advies: terugplaatsing, overplaatsing naar een andere vorm van "
        "onderwijs of een aanvraag voor een nieuwe TLV. Bij een advies tot terugplaatsing zoeken de school en ouders "
        "samen met de consulent van het samenwerkingsverband een basisschool; er volgt een overdrachtsgesprek met de "
        "IB’er van die school en een proefperiode van zes weken. Na de proefperiode en aan het einde van het eerste "
        "schooljaar wordt de terugplaatsing met ouders geëvalueerd. De TLV vervalt op het moment van inschrijving op "
        "de basisschool.")]

B += [("h1", "Middelen"),
      P("De ondersteuningsmiddelen van het samenwerkingsverband worden ingezet om de ambities uit dit plan waar te "
        "maken. De verdeling van de middelen en "
        "de meerjarenbegroting worden jaarlijks vastgesteld in het jaarplan en de begroting; deze documenten maken "
        "geen deel uit van dit ondersteuningsplan. Zie bijlage 4 voor de begroting 2026."),
      P("Een toelichting op de financiële positie van het samenwerkingsverband volgt na vaststelling van de "
        "jaarrekening 2025.")]

B += [("h1", "Kwaliteitszorg"),
      P("Het kwaliteitskader van het samenwerkingsverband is in ontwikkeling. In het tweede planjaar wordt het kader "
        "vastgesteld, waarna het in het jaarplan wordt opgenomen. Tot die tijd werken we met de werkwijze uit de vorige "
        "planperiode.")]

B += [("h1", "Ouders"),
      P("Ouders zijn partner in het onderwijs aan hun kind. Ouders worden betrokken bij het opstellen en evalueren "
        "van het OPP en bij elke aanvraag voor een arrangement of TLV. Ouders zijn vertegenwoordigd in de "
        "ondersteuningsplanraad."),
      P("Hoe het samenwerkingsverband ouders informeert over de ondersteuning in de regio, leggen we vast in een "
        "communicatieplan dat in het najaar van 2026 verschijnt."),
      P("Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij "
        "het Ouderpunt Kempenpoort, het onafhankelijke ouder- en jeugdsteunpunt van de regio. Het Ouderpunt is "
        "ondergebracht bij een welzijnsorganisatie, wordt bemand door een ervaren ouderadviseur en is elke werkdag "
        "telefonisch bereikbaar. Ouders kunnen ook een onderwijsconsulent inschakelen. Geschillen over toelating of "
        "verwijdering kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.")]

B += governance(N, "po") + huisvesting_bureau(N) + opr(N, "po") + personeel(N, "po") + communicatie_scholen(N)
B += regionale_samenwerking(N, "po") + privacy_ict(N) + vaststelling(N)
B += begrippen("po", extra=[("Loket", "Plaats waar aanvragen voor arrangementen en TLV’s binnenkomen."),
                            ("Ouderpunt", "Ouder- en jeugdsteunpunt van de Kempenpoort.")])

PLAN_D = dict(
    name="po-kempenpoort-ondersteuningsplan-2026-2030", formats=["docx"], number=True,
    title="Ondersteuningsplan 2026-2030 SWV PPO De Kempenpoort",
    header="Ondersteuningsplan SWV De Kempenpoort 2026-2030", footer="",
    blocks=B,
    label=dict(
        documents=["po-kempenpoort-ondersteuningsplan-2026-2030.docx"], sector="po",
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        expect={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                "financien": "missing", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        notes={"basisondersteuning": "'Basisondersteuning' lists current provisions, but whether they become the common minimum for all schools is explicitly postponed until the landelijke norm.",
               "plaatsing": "'Toelaatbaarheid tot sbo en so' gives sbo and so criteria and TLV duration; the procedure (Loket) is being revised and deferred to jaarplan 2026-2027.",
               "terugstroom": "'Terug naar de basisschool': policy (conditions, AB for a year, arrangement without cycles) and procedure (evaluation before 1 March, proefperiode, evaluations, TLV ends at enrolment).",
               "financien": "'Middelen' defers verdeling and meerjarenbegroting to the annual jaarplan/begroting and an absent bijlage 4; the financial position is also deferred.",
               "dekkend-aanbod": "Five-level continuum table; 'Een passende plek voor ieder kind': zorgplicht, thuiszitterstafel within two weeks, yearly review of gaps leading to new arrangements; OOGO.",
               "resultaten": "'Kwaliteitszorg' only says the kwaliteitskader is in development; no intended results or monitoring anywhere.",
               "ouders": "'Ouders': Ouderpunt Kempenpoort, onderwijsconsulent, Geschillencommissie; how parents are informed is deferred to a communicatieplan in autumn 2026."}),
)
