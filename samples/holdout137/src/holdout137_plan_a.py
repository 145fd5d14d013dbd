"""Plan A: VO, .docx, well-written, long. Terugstroom inside the TLV chapter, ouders inside
'Communicatie', financien under 'Geld en middelen'. Resultaten: goals without monitoring."""
from holdout137_filler import (P, voorwoord_vo, wettelijk_kader, visie_vo, regio, governance, opr, personeel,
                               privacy_ict, vaststelling, planning, begrippen, vo_mbo)

N = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Dommeldal", kort="SWV Dommeldal", code="VO 30-09",
         gemeenten="Dommelrode, Sint-Oedenhove, Aawijk en Vennebroek", regio="het Dommeldal",
         periode="2026-2030", bestuurder="drs. M.A. (Marieke) Verhoeven",
         oogo="11 februari 2026", opr="9 maart 2026", vastgesteld="23 maart 2026")

B = []
B += [("title", "Ondersteuningsplan 2026 – 2030"),
      ("subtitle", f"{N['naam']} ({N['code']})"),
      ("subtitle", "Samen sterk voor iedere jongere"),
      ("subtitle", "Versie 1.0 – vastgesteld 23 maart 2026"),
      ("pagebreak",), ("toc",), ("pagebreak",)]
B += voorwoord_vo(N)
B += [("h1", "1. Inleiding"),
      P("Dit ondersteuningsplan beschrijft hoe de aangesloten schoolbesturen in de periode 1 augustus 2026 tot en met "
        "31 juli 2030 passend onderwijs in het Dommeldal vormgeven. Het plan is bedoeld voor bestuurders, "
        "schoolleiders, ondersteuningsprofessionals, ouders, leerlingen en onze partners bij de gemeenten en in de "
        "jeugdhulp."),
      P("Bij het schrijven van het plan hebben we gekozen voor een compacte hoofdtekst. Waar de werkwijze per jaar kan "
        "veranderen, zoals de exacte bedragen per leerling, werken we die uit in het jaarplan. De kaders en de "
        "verdeelsleutels staan wel in dit plan.")]
B += wettelijk_kader(N, "vo")
B += [("h2", "Leeswijzer"),
      P("Hoofdstuk 2 beschrijft de regio. Hoofdstuk 3 bevat onze missie en visie. In de hoofdstukken 4 en 5 staat de "
        "ondersteuning op de scholen en daarbuiten. Hoofdstuk 6 gaat over de toelaatbaarheid tot het vso, het lwoo en "
        "het pro. Daarna volgen thuiszitters, de samenwerking met gemeenten, kwaliteit, communicatie, de middelen en "
        "de organisatie.")]
B += regio(N, "vo", [["Stichting Dommel College", "4 / 6", "5.412"],
                     ["Ons Voortgezet Onderwijs Aawijk", "2 / 3", "2.870"],
                     ["Vereniging Christelijk VO Vennebroek", "2 / 2", "1.936"],
                     ["Stichting Praktijkonderwijs Dommeldal", "1 / 1", "318"],
                     ["Stichting De Linde (vso cluster 4)", "1 / 2", "262"],
                     ["Totaal", "10 / 14", "10.798"]])
B += visie_vo(N)
B += [("h2", "Ambities voor de planperiode"),
      P("Voor de komende vier jaar kiezen we drie ambities: (1) de basis op orde op alle scholen, (2) meer "
        "ondersteuning in de eigen school en minder verwijzing naar bovenschoolse voorzieningen, en (3) geen jongere "
        "langer dan drie maanden zonder passend onderwijsaanbod. In hoofdstuk 9 zijn deze ambities vertaald in "
        "beoogde resultaten.")]

# ---------------- basisondersteuning (present)
B += [("h1", "4. Basisondersteuning"),
      P("Basisondersteuning is in ons samenwerkingsverband het geheel van ondersteuning dat iedere aangesloten school "
        "voor regulier voortgezet onderwijs, op iedere vestiging en in iedere leerweg, ten minste aan alle leerlingen "
        "biedt. De schoolbesturen hebben dit minimumniveau in 2025 gezamenlijk vastgelegd in de ‘Dommeldalstandaard’ "
        "en nemen het over in dit plan. Een school mag meer bieden dan de standaard, nooit minder. Voor het "
        "praktijkonderwijs en het vso geldt een aangepaste standaard die is afgestemd op hun doelgroep."),
      P("Ouders en leerlingen mogen op elke vestiging in elk geval het volgende verwachten:"),
      ("ul", ["Een vaste mentor die ten minste eens per week een contactmoment met de klas heeft en minimaal drie keer "
              "per jaar een individueel gesprek met de leerling voert.",
              "Een ondersteuningscoördinator op elke vestiging, met ten minste 0,4 fte per 500 leerlingen, die het "
              "aanspreekpunt is voor ouders, mentoren en externe partners.",
              "Een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, waarin in elk geval de "
              "ondersteuningscoördinator, de schoolmaatschappelijk werker en de jeugdarts deelnemen.",
              "Een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergroot lesmateriaal en "
              "voorleessoftware bij toetsen en examens.",
              "Trainingen in faalangstreductie, sociale vaardigheden en studievaardigheden, die minimaal één keer per "
              "schooljaar worden aangeboden.",
              "Huiswerkbegeleiding in de school op ten minste twee middagen per week.",
              "Een sociaal veiligheidsbeleid met een anti-pestcoördinator en een vertrouwenspersoon.",
              "Begeleiding van leerlingen met een chronische ziekte of lichamelijke beperking, inclusief afspraken over "
              "medisch handelen en aanpassingen in het rooster.",
              "Een ontwikkelingsperspectiefplan (OPP) dat binnen zes weken na de start van extra ondersteuning met "
              "ouders en leerling is besproken.",
              "Een time-out- of opvangvoorziening in de school waar een leerling tijdelijk onder begeleiding kan "
              "werken."]),
      ("h2", "4.1 Borging van de basisondersteuning"),
      P("Iedere school beschrijft in de schoolgids hoe zij de Dommeldalstandaard invult. Het bureau voert jaarlijks "
        "met elke school een kwaliteitsgesprek aan de hand van een kijkwijzer. Als een school op een onderdeel niet aan "
        "de standaard voldoet, stelt het schoolbestuur binnen drie maanden een verbeterplan op, waarvan de uitvoering "
        "in het volgende kwaliteitsgesprek wordt besproken.")]

# ---------------- continuum (dekkend part 1)
B += [("h1", "5. Extra ondersteuning en arrangementen"),
      P("Wanneer de basisondersteuning niet voldoende is, volgt extra ondersteuning. Het ondersteuningsaanbod in het "
        "Dommeldal is opgebouwd in vier niveaus die op elkaar aansluiten. Leerlingen kunnen tussen de niveaus op- en "
        "afschalen; het uitgangspunt is steeds de lichtst mogelijke vorm die passend is."),
      ("ul", ["Niveau 1 – basisondersteuning op elke school (hoofdstuk 4).",
              "Niveau 2 – extra ondersteuning in de eigen school, bekostigd uit het schoolbudget: bijvoorbeeld een "
              "ondersteuningsklas, een coach voor executieve functies, een plusklas of een aangepast rooster.",
              "Niveau 3 – bovenschoolse arrangementen van het samenwerkingsverband: het OPDC De Overstap, de "
              "reboundvoorziening en het arrangement Op Maat voor leerlingen met autisme en angstklachten.",
              "Niveau 4 – voortgezet speciaal onderwijs, met een toelaatbaarheidsverklaring (hoofdstuk 6)."]),
      ("table", [["Voorziening", "Doelgroep", "Duur", "Plaatsen"],
                 ["OPDC De Overstap", "Leerlingen vmbo/havo met ernstige gedrags- of leerproblemen", "1 tot 2 jaar", "48"],
                 ["Rebound", "Leerlingen die na een incident tijdelijk niet op school kunnen zijn", "12 weken", "16"],
                 ["Op Maat", "Leerlingen met autisme en angst, dreigend thuiszitten", "max. 1 jaar", "12"],
                 ["Ambulante begeleiding", "Leerlingen in het regulier met specialistische vraag", "per traject", "n.v.t."]]),
      P("Een school vraagt een bovenschools arrangement aan bij het loket van het samenwerkingsverband. Een "
        "trajectbegeleider neemt binnen vijf werkdagen contact op en bespreekt de aanvraag met school, ouders en "
        "leerling. Tijdens een arrangement blijft de leerling ingeschreven op de eigen school, die verantwoordelijk "
        "blijft voor de terugkeer.")]

# ---------------- plaatsing (present) + terugstroom (present, inside this chapter)
B += [("h1", "6. Toelaatbaarheid vso, lwoo en pro"),
      ("h2", "6.1 Wie vraagt aan"),
      P("Een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs wordt aangevraagd door het "
        "bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld. In de praktijk doet de "
        "ondersteuningscoördinator dat, samen met ouders en leerling. Ouders geven hun zienswijze op de aanvraag; "
        "deze wordt bij het dossier gevoegd."),
      ("h2", "6.2 Stappen en termijnen"),
      ("ol", ["Stap 1: de school bespreekt de leerling in het ondersteuningsteam en stelt vast dat de ondersteuning "
              "uit niveau 1 tot en met 3 onvoldoende is gebleken. Het OPP met geëvalueerde doelen ligt ter tafel.",
              "Stap 2: de school dient de aanvraag in via het digitale aanvraagportaal, met het OPP, het onderwijskundig "
              "rapport, de verslagen van het ondersteuningsteam en de zienswijze van ouders.",
              "Stap 3: de Commissie Toelaatbaarheid (CTL) controleert binnen vijf werkdagen of het dossier compleet is.",
              "Stap 4: twee deskundigen die niet bij de aanvraag betrokken zijn geweest, brengen elk een eigen "
              "schriftelijk advies uit: een orthopedagoog of GZ-psycholoog, en afhankelijk van de leerling een tweede "
              "deskundige, zoals een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker.",
              "Stap 5: de directeur-bestuurder besluit namens het samenwerkingsverband binnen zes weken na ontvangst van "
              "de complete aanvraag. In spoedsituaties besluit de directeur-bestuurder binnen tien werkdagen.",
              "Stap 6: ouders en school ontvangen het besluit met volgnummer, en ouders ontvangen een afschrift van de "
              "deskundigenadviezen."]),
      ("h2", "6.3 Criteria voor het vso"),
      P("Een leerling is toelaatbaar tot het vso als aan alle onderstaande voorwaarden is voldaan:"),
      ("ul", ["de ondersteuningsbehoefte van de leerling overstijgt wat de reguliere school, ook met een arrangement van "
              "niveau 2 of 3, kan bieden; dit blijkt uit een traject van ten minste zestien weken met een geëvalueerd OPP;",
              "de leerling heeft gedurende de hele schooldag een combinatie nodig van onderwijs en intensieve "
              "begeleiding of behandeling in een kleine groep van ten hoogste twaalf leerlingen;",
              "voor cluster 3: er is sprake van een ernstige verstandelijke beperking (IQ lager dan 70) of van een "
              "lichamelijke beperking of ziekte die intensieve verzorging of medisch handelen vraagt die de reguliere "
              "school niet kan bieden;",
              "beide deskundigen adviseren positief over de toelaatbaarheid."]),
      P("In een crisissituatie kan zonder voorafgaand traject van zestien weken een TLV worden afgegeven, wanneer beide "
        "deskundigen vaststellen dat de veiligheid van de leerling of anderen in het geding is."),
      ("h2", "6.4 Leerwegondersteunend onderwijs en praktijkonderwijs"),
      P("Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria; van de mogelijkheid van ‘opting "
        "out’ maken we geen gebruik. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en "
        "een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen (begrijpend lezen, "
        "inzichtelijk rekenen, technisch lezen en spelling), waarvan één begrijpend lezen of inzichtelijk rekenen is. "
        "Voor lwoo geldt een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op twee domeinen, "
        "of een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek."),
      P("De vo-school waar de leerling is aangemeld dient de aanvraag uiterlijk 1 maart in. De commissie beoordeelt de "
        "aanvraag binnen vier weken; de aanwijzing voor lwoo geldt voor de duur van de opleiding in het vmbo. Een TLV "
        "voor het praktijkonderwijs geldt voor de gehele schoolloopbaan in het pro."),
      ("h2", "6.5 Duur, bekostigingscategorie en bezwaar"),
      P("Een TLV vso geldt in de regel twee schooljaren, bij een eerste plaatsing van een leerling jonger dan 14 jaar "
        "ten hoogste drie schooljaren. De CTL stelt de bekostigingscategorie (laag, midden of hoog) vast op basis van "
        "de ondersteuningsbehoefte en het cluster. Ouders en school kunnen binnen zes weken na de datum van het besluit "
        "bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt voor advies voorgelegd aan de Landelijke "
        "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarbij het verband is aangesloten."),
      ("h2", "6.6 Als de TLV afloopt: verlengen, terug of verder"),
      P("Een plaatsing in het vso is voor ons geen eindstation. Het samenwerkingsverband wil dat bij elke leerling in "
        "het vso aan het eind van de TLV-periode serieus wordt bekeken of terugkeer naar het regulier voortgezet "
        "onderwijs of overstap naar het mbo mogelijk is. Terugplaatsing is aan de orde wanneer de leerling zich de "
        "doelen uit het OPP grotendeels eigen heeft gemaakt, de begeleidingsbehoefte binnen niveau 2 of 3 kan worden "
        "opgevangen en de leerling en ouders de overstap zien zitten."),
      P("In het laatste jaar van de TLV neemt de vso-school uiterlijk 1 februari het initiatief tot een "
        "evaluatiegesprek met ouders, leerling, de trajectbegeleider van het samenwerkingsverband en – als terugkeer "
        "in beeld is – een vertegenwoordiger van de beoogde reguliere school. Uitkomst is één van drie routes: "
        "terugplaatsing naar het regulier, overstap naar vervolgonderwijs of een aanvraag voor een nieuwe TLV, waarover "
        "de CTL volgens de procedure van paragraaf 6.2 beslist."),
      P("Bij terugplaatsing kiezen ouders en leerling samen met de trajectbegeleider de ontvangende school. De overstap "
        "vindt bij voorkeur plaats per 1 augustus of na een vakantie. De ontvangende school krijgt een "
        "terugkeerarrangement: twintig weken ambulante begeleiding vanuit de vso-school en een eenmalig budget van "
        "€ 4.500. Na zes weken en na zes maanden evalueert de ontvangende school de overstap met ouders en leerling. De "
        "TLV eindigt op de dag waarop de leerling op de reguliere school is ingeschreven.")]

# ---------------- lacunes (dekkend part 2)
B += [("h1", "7. Thuiszitters en dekkend netwerk"),
      P("Het samenwerkingsverband heeft de taak om te zorgen voor een dekkend netwerk van voorzieningen. Dat betekent "
        "dat voor iedere jongere in de regio een passende plek beschikbaar moet zijn. Scholen hebben zorgplicht: een "
        "school waar een leerling wordt aangemeld met een ondersteuningsbehoefte, moet binnen zes weken (met "
        "eenmalig vier weken verlenging) een passende plek bieden, op de eigen school of op een andere school die de "
        "leerling toelaat."),
      P("Jaarlijks in oktober voert het bureau een dekkendheidsscan uit. Daarvoor leveren alle scholen en de "
        "leerplichtambtenaren een overzicht van leerlingen voor wie geen passend aanbod beschikbaar was, van "
        "wachtlijsten en van aanvragen die niet konden worden gehonoreerd. De uitkomst wordt besproken in het "
        "directeurenoverleg. Als een tekort in het aanbod wordt vastgesteld, doet de directeur-bestuurder binnen drie "
        "maanden een voorstel voor een nieuw of aangepast arrangement. Zo is in 2025 het arrangement Op Maat ontstaan."),
      P("Voor individuele jongeren die (dreigen te) gaan thuiszitten, geldt een escalatieroute. De school meldt een "
        "leerling die langer dan vijf schooldagen ongeoorloofd of zonder aanbod afwezig is bij leerplicht en bij de "
        "trajectbegeleider. Het thuiszittersoverleg van samenwerkingsverband, leerplicht en jeugdhulp komt elke vier "
        "weken bijeen en maakt voor iedere jongere een plan met een eigenaar. Lukt het niet binnen tien werkdagen om "
        "een oplossing te vinden, dan zet de directeur-bestuurder zijn doorzettingsmacht in: hij kan een school of "
        "voorziening opdragen de leerling tijdelijk op te vangen.")]

B += [("h1", "8. Samenwerking met gemeenten en jeugdhulp"),
      P("De gemeenten en het samenwerkingsverband hebben een gedeelde opgave. In het OOGO hebben we afgesproken om in "
        "de planperiode te werken aan drie thema’s: jeugdhulp in en om de school, thuiszitters, en de overgang naar "
        "het mbo. Op alle vestigingen is een jeugdhulpmedewerker van het gemeentelijke team een vast deel van het "
        "ondersteuningsteam."),
      P("Voor jongeren die onderwijs en zorg in samenhang nodig hebben, bestaan onderwijs-zorgarrangementen op het OPDC "
        "en in het vso. De financiering wordt gedeeld: het onderwijsdeel komt uit de ondersteuningsmiddelen, het "
        "zorgdeel uit de Jeugdwet. De afspraken zijn vastgelegd in een convenant met de vier gemeenten."),
      P("Leerlingenvervoer en onderwijshuisvesting zijn gemeentelijke taken. Waar keuzes van het samenwerkingsverband "
        "gevolgen hebben voor deze taken, stemmen we vooraf af in het ambtelijk overleg.")]

# ---------------- resultaten (partial: doelen yes, monitoring deferred)
B += [("h1", "9. Kwaliteit en beoogde resultaten"),
      P("Het samenwerkingsverband wil laten zien wat passend onderwijs oplevert voor jongeren. Daarom hebben we onze "
        "ambities vertaald in beoogde resultaten voor de leerlingen die extra ondersteuning nodig hebben. De "
        "streefwaarden gelden voor het einde van de planperiode (31 juli 2030)."),
      ("table", [["Beoogd resultaat", "Streefwaarde 2030"],
                 ["Geen jongere langer dan drie maanden zonder passend onderwijsaanbod", "0 jongeren"],
                 ["Leerlingen met een bovenschools arrangement keren binnen een jaar terug naar de eigen school",
                  "ten minste 70%"],
                 ["Leerlingen met een OPP behalen een diploma of startkwalificatie, binnen nominale duur plus één jaar",
                  "ten minste 85%"],
                 ["Aandeel leerlingen in het vso ten opzichte van het totaal", "maximaal 2,3%"],
                 ["Waardering door ouders van de ondersteuning op school", "gemiddeld 7,5 of hoger"]]),
      P("Deze doelen vormen het vertrekpunt voor de jaarplannen. Hoe en wanneer we de voortgang op deze resultaten "
        "meten en aan wie we daarover rapporteren, werken we in het eerste planjaar uit in een monitoringskader dat "
        "samen met de scholen wordt ontwikkeld. Het kwaliteitszorgsysteem van het samenwerkingsverband wordt in "
        "dezelfde periode herzien.")]

# ---------------- ouders (present, inside Communicatie)
B += [("h1", "10. Communicatie"),
      P("Goede communicatie is een voorwaarde voor samenwerking. Het samenwerkingsverband communiceert met scholen, "
        "besturen, gemeenten, partners, ouders en leerlingen. Voor de scholen verschijnt zes keer per jaar een digitale "
        "nieuwsbrief; besturen worden geïnformeerd via het bestuurlijk overleg."),
      ("h2", "10.1 Ouders en leerlingen"),
      P("Ouders worden op verschillende manieren geïnformeerd over de ondersteuning in het Dommeldal. Op de website "
        "staat voor iedere school een overzicht van de basisondersteuning en de extra ondersteuning, met de naam van de "
        "ondersteuningscoördinator. Elke school neemt deze informatie op in de schoolgids. Ouders van leerlingen in "
        "groep 8 ontvangen via de basisschool de brochure ‘Passend onderwijs in het Dommeldal’, en in november "
        "organiseren we samen met het PO-verband twee informatieavonden over de overstap naar het voortgezet onderwijs. "
        "Ouders van een leerling voor wie een arrangement of TLV wordt aangevraagd, krijgen van de trajectbegeleider "
        "een folder over de procedure en een persoonlijk gesprek."),
      P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Dommeldal. Het "
        "steunpunt wordt bemand door twee ervaringsdeskundige ouderadviseurs, is bereikbaar via een eigen telefoonnummer "
        "en e-mailadres en werkt los van het bureau van het samenwerkingsverband. Bij een vastgelopen situatie kunnen "
        "ouders ook gratis een onderwijsconsulent inschakelen. Klachten over het samenwerkingsverband kunnen worden "
        "voorgelegd aan de Landelijke Klachtencommissie Onderwijs; geschillen over zorgplicht of toelating aan de "
        "Geschillencommissie passend onderwijs."),
      P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. Leerlingen met een OPP hebben hoorrecht: zij geven "
        "hun mening over hun ontwikkelingsperspectief, en de school legt die vast.")]

# ---------------- financien (present, under Geld en middelen)
B += [("h1", "11. Geld en middelen"),
      P("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 9,6 miljoen aan rijksbijdragen voor lichte en zware "
        "ondersteuning en voor lwoo en pro. Van dit bedrag wordt eerst de afdracht aan DUO voor de bekostiging van het "
        "vso afgetrokken. De overige middelen verdelen we volgens het verdeelmodel dat de besturen in 2025 hebben "
        "vastgesteld."),
      ("h2", "11.1 Verdeelmodel"),
      ("ul", ["Lichte ondersteuning: de rijksmiddelen voor lichte ondersteuning worden voor 100% doorgezet naar de "
              "schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar.",
              "Schoolbudget extra ondersteuning: iedere vestiging ontvangt een vaste voet van € 25.000 en daarnaast "
              "€ 145 per leerling.",
              "Lwoo en pro: de middelen worden doorbetaald aan de scholen met lwoo en pro, op basis van het aantal "
              "leerlingen met een aanwijzing of TLV op de teldatum.",
              "Bovenschoolse arrangementen en de bureaukosten worden centraal gefinancierd; scholen betalen geen "
              "eigen bijdrage voor het OPDC of de rebound.",
              "Terugkeerarrangementen (paragraaf 6.6) worden per leerling toegekend."]),
      P("Scholen verantwoorden jaarlijks vóór 1 juli in een vast format waaraan zij het schoolbudget hebben besteed. "
        "De bestuurlijke verantwoording vindt plaats via de jaarrekening."),
      ("h2", "11.2 Meerjarenbegroting"),
      ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                 ["Baten rijksbijdragen", "9.610", "9.540", "9.450", "9.370"],
                 ["Afdracht vso (DUO)", "2.980", "2.950", "2.910", "2.880"],
                 ["Lichte ondersteuning naar besturen", "2.140", "2.120", "2.100", "2.080"],
                 ["Schoolbudgetten extra ondersteuning", "1.915", "1.905", "1.890", "1.875"],
                 ["Lwoo en pro doorbetaling", "1.310", "1.295", "1.280", "1.265"],
                 ["OPDC, rebound en Op Maat", "820", "830", "840", "850"],
                 ["Terugkeerarrangementen", "45", "55", "60", "60"],
                 ["Bureau, personeel en huisvesting", "520", "525", "530", "535"],
                 ["Resultaat", "-120", "-140", "-160", "-175"]]),
      P("De negatieve resultaten zijn bewust begroot: het samenwerkingsverband bouwt de reserve af tot het "
        "weerstandsvermogen van 5% dat de raad van toezicht als ondergrens heeft vastgesteld.")]

B += governance(N, "vo") + opr(N, "vo") + personeel(N, "vo") + vo_mbo(N) + privacy_ict(N)
B += planning(N, [["September", "Jaarplan en begroting volgend jaar in voorbereiding", "Bureau"],
                  ["Oktober", "Dekkendheidsscan", "Bureau, scholen, leerplicht"],
                  ["December", "Vaststelling begroting", "Directeur-bestuurder, RvT"],
                  ["Juni", "Vaststelling jaarrekening", "Directeur-bestuurder, RvT"]])
B += vaststelling(N)
B += begrippen("vo", extra=[("CTL", "Commissie Toelaatbaarheid."), ("Rebound", "Tijdelijke opvang buiten de school.")])

PLAN_A = dict(
    name="vo-dommeldal-op-2026-2030", formats=["docx"], number=True, title="Ondersteuningsplan 2026-2030 SWV VO Dommeldal",
    header="SWV VO Dommeldal – Ondersteuningsplan 2026-2030", footer="Ondersteuningsplan 2026-2030 | pagina",
    blocks=B,
    label=dict(
        documents=["vo-dommeldal-op-2026-2030.docx"], sector="vo",
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        expect={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        notes={"basisondersteuning": "H4 defines the Dommeldalstandaard as minimum for every vestiging and lists ten concrete provisions; 4.1 borging via kwaliteitsgesprek.",
               "plaatsing": "H6.1-6.5: applicant, six steps with termijnen, two deskundigen, vso criteria, national lwoo/pro criteria, duration/category, bezwaar via LBT.",
               "terugstroom": "Only inside the TLV chapter, 6.6: policy (conditions, terugkeerarrangement) and procedure (vso-school initiates by 1 Feb, evaluations, TLV ends at enrolment).",
               "financien": "H11 'Geld en middelen': verdeelmodel with amounts per leerling and meerjarenbegroting table 2026-2029.",
               "dekkend-aanbod": "H5 four-level continuum with table; H7 dekkendheidsscan, thuiszittersoverleg and doorzettingsmacht; H8 OOGO/onderwijs-zorgarrangementen.",
               "resultaten": "H9 has a table of beoogde resultaten with streefwaarden, but how they are measured/reported is deferred to a monitoringskader to be developed in year one.",
               "ouders": "Only in H10 'Communicatie' (10.1): website, schoolgids, brochure, information evenings; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachten/geschillen."}),
)
