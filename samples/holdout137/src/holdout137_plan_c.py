"""Plan C: VO, HTML web version 'op hoofdlijnen'. Site navigation names every element (trap);
toelaatbaarheid only refers to a web page; aanbod/thuiszitters deferred or referred to an annex;
financien only in tables; terugplaatsing has policy but no procedure; no independent support for parents."""
from holdout137_filler import (P, visie_vo, regio, governance, opr, personeel, privacy_ict, vaststelling, begrippen,
                               terugblik_proces, communicatie_scholen, regionale_samenwerking,
                               organisatieontwikkeling, huisvesting_bureau, risicomanagement)

N = dict(naam="Samenwerkingsverband Passend Onderwijs VO Kennemer-Oost", kort="SWV Kennemer-Oost", code="VO 27-13",
         gemeenten="Velserbroek-Oost, Spaarnwoude en Hillegeest", regio="Kennemer-Oost",
         periode="2026-2030", bestuurder="mr. S. (Samira) El Amrani",
         oogo="28 januari 2026", opr="18 februari 2026", vastgesteld="2 maart 2026")

B = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
     ("subtitle", f"{N['naam']} – {N['code']}"),
     ("toc",)]
B += [("h1", "Over dit plan"),
      P("Welkom bij de webversie van ons ondersteuningsplan. We hebben het plan dit keer bewust kort en leesbaar "
        "gehouden. Het plan beschrijft de koers op hoofdlijnen; de uitwerking staat in het jaarplan, in de "
        "procedurebeschrijvingen op deze website en in de bijlagen. Een printbare versie van deze pagina kunt u "
        "downloaden onderaan de pagina."),
      P("Dit plan is geschreven voor iedereen die met passend onderwijs in Kennemer-Oost te maken heeft: ouders, "
        "leerlingen, docenten, mentoren, ondersteuningscoördinatoren, schoolleiders, bestuurders en onze partners. "
        "We hebben geprobeerd zo weinig mogelijk vakjargon te gebruiken. Waar dat niet lukt, helpt de "
        "begrippenlijst onderaan deze pagina.")]
B += [("h1", "Samenvatting"),
      P("In de komende vier jaar werken we aan drie dingen: een sterke basis op elke school, het terugdringen van "
        "het aantal leerlingen dat het regulier onderwijs moet verlaten, en meer inzicht in wat de "
        "ondersteuningsmiddelen opleveren. We verdelen het geld zo dat het zo dicht mogelijk bij de leerling wordt "
        "ingezet. Ouders kunnen op de website en in de schoolgids vinden wat hun school biedt.")]
B += regio(N, "vo", [["Stichting Kennemer Lyceum", "2 / 2", "3.105"],
                     ["Stichting Openbaar VO Spaarnwoude", "3 / 4", "3.660"],
                     ["Vereniging Het Hillegeest College", "1 / 2", "1.480"],
                     ["Stichting Praktijkonderwijs Kennemer", "1 / 1", "260"],
                     ["Stichting Orion (vso)", "1 / 1", "195"],
                     ["Totaal", "8 / 10", "8.700"]])
B += [("h2", "Onze scholen"),
      P("Het Kennemer Lyceum is een categoraal gymnasium en atheneum met een lange geschiedenis in de regio. De school "
        "heeft een sterk profiel op het gebied van cultuur en internationalisering. Het Openbaar VO Spaarnwoude bestaat "
        "uit drie scholen: een brede scholengemeenschap voor vmbo-t, havo en vwo, een vmbo-school met de profielen zorg "
        "en welzijn, techniek en economie, en een kleine school voor tweetalig onderwijs. Het Hillegeest College is een "
        "christelijke scholengemeenschap met twee vestigingen, waarvan één in het landelijk gebied."),
      P("Het praktijkonderwijs in de regio wordt verzorgd door het Praktijkcollege Kennemer, dat nauw samenwerkt met "
        "bedrijven in de regio. Orion is de school voor voortgezet speciaal onderwijs in cluster 4, met de "
        "uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding."),
      P("De scholen verschillen sterk in omvang, populatie en cultuur. Dat is een kracht: leerlingen en ouders hebben "
        "iets te kiezen. Tegelijk vraagt het om goede afspraken, zodat de verschillen tussen scholen niet leiden tot "
        "verschillen in kansen voor leerlingen. Alle scholen werken met een leerlingvolgsysteem en nemen deel aan de "
        "landelijke monitor sociale veiligheid.")]
B += terugblik_proces(N) + visie_vo(N)
B += [("h2", "Onze koers"),
      P("De koers voor de planperiode is samengevat in het motto ‘Sterk in de basis, slim met middelen’. We kiezen "
        "ervoor om de scholen meer verantwoordelijkheid en meer middelen te geven, en om als samenwerkingsverband "
        "scherper te volgen wat die middelen opleveren. De bovenschoolse rol van het samenwerkingsverband wordt "
        "kleiner, de rol van de scholen groter.")]

B += [("h1", "Basisondersteuning: wat elke school biedt"),
      P("Alle scholen in Kennemer-Oost hebben afgesproken welke ondersteuning op iedere vestiging minimaal aanwezig "
        "is. Dit is de basisondersteuning. Het is een ondergrens die voor elke school geldt, ongeacht het bestuur of "
        "de onderwijssoort. De scholen leggen de invulling vast in hun schoolgids. Concreet betekent dit dat u op "
        "elke school het volgende aantreft:"),
      ("ul", ["een mentor als eerste aanspreekpunt, met wekelijks mentoruur;",
              "een ondersteuningscoördinator en een ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts;",
              "begeleiding bij dyslexie en dyscalculie, inclusief examenfaciliteiten;",
              "een aanbod voor leerlingen met faalangst, somberheid of sociale problemen (training of coaching);",
              "een aanpak voor executieve functies: plannen, organiseren en huiswerk maken, in de onderbouw;",
              "een veilige school met een actief anti-pestbeleid en een vertrouwenspersoon;",
              "een aangepast programma voor leerlingen met een medische aandoening of na langdurige ziekte;",
              "begeleiding van meer- en hoogbegaafde leerlingen binnen de klas (compacten en verrijken)."]),
      P("Twee keer in de planperiode bezoekt een visitatiecommissie van collega-scholen iedere school om na te gaan "
        "of de basisondersteuning op orde is.")]

B += [("h1", "Ondersteuningsaanbod"),
      P("Het overzicht van de arrangementen en voorzieningen van het samenwerkingsverband wordt per 1 augustus 2026 "
        "opnieuw vastgesteld, omdat de scholen een groter deel van de middelen krijgen en zelf meer gaan inrichten. Het "
        "nieuwe overzicht verschijnt dan in de Ondersteuningswijzer op deze website."),
      P("Over thuiszitters en leerlingen voor wie (nog) geen passende plek is, zie het Thuiszittersprotocol "
        "Kennemer-Oost (bijlage 3).")]

B += [("h1", "Toelaatbaarheid"),
      P("Sommige leerlingen hebben een plek nodig in het voortgezet speciaal onderwijs, het praktijkonderwijs of "
        "hebben leerwegondersteuning nodig. Hoe een toelaatbaarheidsverklaring voor het vso of het pro, of een "
        "aanwijzing voor lwoo, wordt aangevraagd en beoordeeld, leest u op de pagina Toewijzing van deze website.")]

B += [("h1", "Terug naar het regulier onderwijs"),
      P("Wij vinden dat een plaatsing in het vso tijdelijk moet zijn wanneer dat kan. Ons uitgangspunt is dat een "
        "leerling die in het vso voldoende is gegroeid, de kans krijgt om zijn of haar opleiding in het regulier "
        "voortgezet onderwijs of het mbo af te maken. Terugplaatsing is mogelijk wanneer de leerling het niveau van de "
        "beoogde klas aankan, wanneer de leerling en ouders de overstap willen, en wanneer de ontvangende school met "
        "haar basisondersteuning en een schoolarrangement voldoende kan bieden."),
      P("Een leerling die terugkeert naar het regulier onderwijs, krijgt het eerste half jaar begeleiding van een "
        "ambulant begeleider uit het vso, die ook de mentor en de ondersteuningscoördinator van de ontvangende school "
        "adviseert. Het samenwerkingsverband vergoedt de ontvangende school daarvoor een vast bedrag van € 3.000 per "
        "leerling. Het stappenplan voor terugplaatsing stellen we in 2027 samen met de vso-scholen op.")]

B += [("h1", "Resultaten en kwaliteit"),
      P("We willen weten of de ondersteuningsmiddelen iets opleveren voor leerlingen. Daarom hebben we voor deze "
        "planperiode vier beoogde resultaten vastgesteld:"),
      ("ol", ["In 2030 is het aandeel leerlingen dat zonder diploma het voortgezet onderwijs verlaat bij leerlingen "
              "met een OPP gedaald van 9% (2025) naar 6%.",
              "In 2030 gaat minder dan 2% van alle leerlingen naar het vso (2025: 2,4%).",
              "Elk jaar keert ten minste 8% van de vso-leerlingen terug naar het regulier onderwijs of stroomt door "
              "naar het mbo met een diploma.",
              "Ouders waarderen de ondersteuning op school in het tevredenheidsonderzoek met gemiddeld ten minste een 7."]),
      P("We volgen deze resultaten met een dashboard, dat het bureau elk kwartaal bijwerkt met gegevens uit DUO, de "
        "leerlingadministratie van de scholen en onze eigen registratie. Twee keer per jaar bespreekt de "
        "directeur-bestuurder het dashboard met het bestuurlijk overleg en de OPR. Eens per twee jaar houden we een "
        "tevredenheidsonderzoek onder ouders en leerlingen. In het jaarverslag rapporteren we per resultaat wat is "
        "bereikt en welke middelen daarvoor zijn ingezet; als een resultaat achterblijft, stelt het bestuur de "
        "inzet bij in het volgende jaarplan.")]

B += [("h1", "Financiën"),
      P("In de onderstaande tabellen staan de verdeling en de begroting."),
      ("table", [["Onderdeel", "Verdeelsleutel", "Ontvanger"],
                 ["Lichte ondersteuning", "100% naar rato leerlingaantal 1 oktober t-1", "Schoolbesturen"],
                 ["Schoolbudget extra ondersteuning", "€ 210 per leerling + € 20.000 per vestiging", "Scholen"],
                 ["Lwoo en pro", "Bedrag per leerling met beschikking/TLV op teldatum", "Scholen met lwoo/pro"],
                 ["Terugkeerbudget", "€ 3.000 per teruggeplaatste leerling", "Ontvangende school"],
                 ["Afdracht vso", "Wettelijke verrekening via DUO", "Vso-scholen"],
                 ["Bureau", "Vast budget, max. 6% van de baten", "Samenwerkingsverband"]]),
      ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten", "7.820", "7.760", "7.690", "7.640"],
                 ["Afdracht vso", "2.510", "2.470", "2.420", "2.380"],
                 ["Lichte ondersteuning", "1.700", "1.690", "1.675", "1.665"],
                 ["Schoolbudgetten", "2.025", "2.015", "2.005", "1.995"],
                 ["Lwoo en pro", "1.150", "1.140", "1.130", "1.125"],
                 ["Terugkeerbudget", "45", "45", "50", "50"],
                 ["Bureau", "455", "455", "455", "455"],
                 ["Saldo", "-65", "-55", "-45", "-30"]]),
      P("De reserve is eind 2025 € 1,2 miljoen; het negatieve saldo wordt hieruit gedekt.")] + risicomanagement(N)

B += [("h1", "Informatie voor ouders"),
      P("Wat uw kind op school aan ondersteuning kan krijgen, staat in de schoolgids van de school. Op deze website "
        "staat per school een korte samenvatting met de contactgegevens van de ondersteuningscoördinator. Elk jaar in "
        "januari organiseren we, samen met het samenwerkingsverband primair onderwijs, een informatiemarkt voor ouders "
        "van leerlingen in groep 7 en 8 over ondersteuning in het voortgezet onderwijs. Daarnaast sturen we twee keer "
        "per jaar een digitale nieuwsbrief voor ouders, die u via deze website kunt ontvangen."),
      P("Over de inrichting van een ouder- en jeugdsteunpunt besluit het bestuur in de loop van het schooljaar "
        "2026-2027.")]

B += governance(N, "vo") + huisvesting_bureau(N) + opr(N, "vo") + organisatieontwikkeling(N) + personeel(N, "vo")
B += communicatie_scholen(N) + regionale_samenwerking(N, "vo") + privacy_ict(N) + vaststelling(N)
B += begrippen("vo")

PLAN_C = dict(
    name="vo-kennemer-oost-op-2026-2030", formats=["html"], title="Ondersteuningsplan 2026-2030 | SWV Kennemer-Oost",
    nav=["Home", "Over ons", "Basisondersteuning", "Toelaatbaarheid", "Terugplaatsing", "Thuiszitters",
         "Ouders & Ouder- en jeugdsteunpunt", "Financiën", "Contact"],
    footer="© 2026 SWV Kennemer-Oost · Ouders · Scholen · Privacy · Klachten",
    blocks=B,
    label=dict(
        documents=["vo-kennemer-oost-op-2026-2030.html"], sector="vo",
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                  "financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        expect={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
        notes={"basisondersteuning": "'Basisondersteuning: wat elke school biedt': minimum for every vestiging plus an eight-item list; visitatie twice per period.",
               "plaatsing": "'Toelaatbaarheid' only refers to the web page 'Toewijzing'; nav menu item and glossary do not count.",
               "terugstroom": "'Terug naar het regulier onderwijs' gives aims, conditions and after-care (AB half year, EUR 3.000) but the stappenplan is deferred to 2027; results goal 3 is a terugstroom target.",
               "financien": "Only in two tables under 'Financiën': verdeelsleutels per budget line and meerjarenbegroting 2026-2029 with amounts.",
               "dekkend-aanbod": "'Ondersteuningsaanbod' defers the overview of arrangementen to 1 Aug 2026 and refers thuiszitters to an absent bijlage 3; nothing on continuum or gaps.",
               "resultaten": "'Resultaten en kwaliteit': four measurable goals with baselines and a quarterly dashboard, twice-yearly discussion, jaarverslag reporting.",
               "ouders": "'Informatie voor ouders': schoolgids, website summary, information market, newsletter; the ouder- en jeugdsteunpunt is still to be decided (only in nav/footer/glossary)."}),
)
