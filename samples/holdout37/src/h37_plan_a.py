"""Plan A: VO, two-column PDF (+ the source .docx). Oostervalk (VO 29-04)."""
from h37_common import H1, H2, P, UL, TBL, governance, personeel, ict_privacy, inspectie, totstandkoming

C = {
    "swv": "Stichting Samenwerkingsverband Voortgezet Onderwijs Oostervalk",
    "swv_kort": "SWV Oostervalk",
    "besturen": "negen",
    "scholen": "zesentwintig",
    "fte": "14,6",
    "opr": "18 maart 2025",
    "tijdlijn": [
        ("januari 2024", "Start evaluatie ondersteuningsplan 2021-2025 met schoolleiders en bestuurders"),
        ("april 2024", "Werksessies ondersteuningscoördinatoren (vier regio's)"),
        ("oktober 2024", "Eerste concept besproken in de algemene vergadering"),
        ("4 maart 2025", "OOGO met de colleges van B&W van de zes gemeenten"),
        ("11 maart 2025", "Overleg met SWV PO Oostervalk en SWV PO De Vallei"),
        ("18 maart 2025", "Instemming ondersteuningsplanraad"),
        ("8 april 2025", "Vaststelling door de directeur-bestuurder na goedkeuring RvT"),
    ],
}

TITLE = "Ondersteuningsplan 2025-2029 SWV VO Oostervalk"


def blocks():
    b = []
    b.append(("title", [
        "Samen verder, dichtbij",
        "Ondersteuningsplan 2025-2029",
        "Stichting Samenwerkingsverband Voortgezet Onderwijs Oostervalk (VO 29-04)",
        "Vastgesteld op 8 april 2025",
        "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Ouders - Financiën - Resultaten",
    ]))
    b.append(("cols", 2))
    b.append(("toc", [
        "1  Voorwoord ........................................ 3",
        "2  Visie en missie .................................. 3",
        "3  De regio in cijfers .............................. 4",
        "4  Basisondersteuning ............................... 5",
        "5  Toelaatbaarheid tot vso, lwoo en pro ............. 7",
        "6  Dekkend aanbod en thuiszitters ................... 9",
        "7  Ouders ........................................... 11",
        "8  Geld en middelen ................................. 11",
        "9  Kwaliteit en resultaten .......................... 13",
        "10 Organisatie, governance en medezeggenschap ....... 14",
        "11 Personeel en professionalisering ................. 15",
        "12 ICT en privacy ................................... 16",
        "13 Totstandkoming en planning ....................... 16",
        "Bijlage A Begrippenlijst ............................ 17",
        "Bijlage B Instemmingsbrief OPR (separaat) ........... -",
    ]))
    b.append(H1("1 Voorwoord"))
    b += [
        P("Voor u ligt het ondersteuningsplan 2025-2029 van het samenwerkingsverband voortgezet onderwijs Oostervalk. "
          "Het is het derde plan sinds de invoering van passend onderwijs in 2014, en het eerste dat we schreven na de "
          "landelijke verbeteraanpak. Het plan beschrijft hoe de negen aangesloten schoolbesturen samen zorgen voor een "
          "passende plek voor iedere jongere in de regio, en welke afspraken daarbij gelden.{{fn:Artikel 17a, achtste lid, "
          "WVO; sinds 1 augustus 2021 geregeld in artikel 2.47 en volgende van de Wet voortgezet onderwijs 2020.}}"),
        P("We hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen die ermee werkt: bestuurders, "
          "schoolleiders, mentoren, ondersteuningscoördinatoren en onze partners bij de gemeenten. Het plan is korter "
          "dan zijn voorganger. Waar afspraken technisch zijn, hebben we ze in artikelen en tabellen gezet, zodat ze "
          "makkelijk terug te vinden zijn."),
        P("Veel dank aan iedereen die heeft meegedacht, en in het bijzonder aan de leden van de ondersteuningsplanraad, "
          "die kritisch en constructief met ons hebben meegelezen. Het plan is geen eindpunt. We blijven het gesprek "
          "voeren over wat goed gaat en wat beter moet, elke dag opnieuw, met de jongere en zijn ouders als "
          "vertrekpunt.\n\nH. (Hanneke) Verbrugge, directeur-bestuurder"),
    ]
    b.append(H1("2 Visie en missie"))
    b += [
        P("Onze missie is eenvoudig geformuleerd: iedere jongere in de regio Oostervalk volgt onderwijs dat bij hem of "
          "haar past, zo dicht mogelijk bij huis, en verlaat school met een diploma, certificaat of een duidelijk "
          "perspectief op werk of vervolgonderwijs. Dat lukt alleen als scholen, besturen en partners elkaar vertrouwen "
          "en elkaar aanspreken."),
        P("Onze visie rust op vier pijlers. Nabijheid: ondersteuning wordt zo veel mogelijk geboden in de eigen klas en "
          "op de eigen school. Eigenaarschap: scholen en besturen zijn samen verantwoordelijk voor alle jongeren, niet "
          "alleen voor de jongeren die al bij hen staan ingeschreven. Eenvoud: regels en procedures zijn zo licht als "
          "mogelijk en zo zwaar als nodig. Vakmanschap: we investeren in de deskundigheid van de mensen die het werk doen."),
        P("Deze pijlers zijn geen loze woorden. Ze vormen de toets voor elke afspraak in dit plan. Bij iedere nieuwe "
          "regel stellen we de vraag of die de nabijheid vergroot, het eigenaarschap versterkt, de eenvoud bewaart en "
          "het vakmanschap benut. Waar dat niet zo is, schrappen we de regel of passen we hem aan."),
        P("De afgelopen jaren is het gesprek over passend onderwijs in Nederland veranderd. Na de evaluatie van 2020 "
          "kwam de verbeteraanpak met vijfentwintig maatregelen. Een aantal daarvan, zoals de aanpak van hoge reserves "
          "en het versterken van de positie van leerlingen, heeft direct gevolgen voor samenwerkingsverbanden. We hebben "
          "die maatregelen waar mogelijk in dit plan verwerkt."),
    ]
    b.append(H1("3 De regio in cijfers"))
    b += [
        P("Het samenwerkingsverband omvat de gemeenten Oostervalk, Heerdenburg, Molenwijk, Lindeveld, Aa en Hunzebroek en "
          "Zandhoven. Het gebied is deels stedelijk en deels landelijk; de reistijd voor leerlingen uit de buitengebieden "
          "kan oplopen tot een uur. Openbaar vervoer is in de avonduren beperkt."),
        ("table", {"rows": [
            ["Kengetal (teldatum 1 oktober 2024)", "Aantal"],
            ["Leerlingen regulier vo (incl. lwoo)", "14.212"],
            ["Leerlingen praktijkonderwijs", "486"],
            ["Leerlingen vso (cluster 3 en 4)", "431"],
            ["Aangesloten schoolbesturen", "9"],
            ["Scholen en vestigingen", "26"],
            ["Gemeenten in het werkgebied", "6"],
        ], "widths": [5.5, 2.2], "header_rows": 1, "merges": [], "caption": "Tabel 3.1 Kengetallen. Bron: DUO."}),
        P("De leerlingaantallen dalen licht, vooral in het landelijke oosten van de regio. Voor de komende vijf jaar "
          "verwachten we een daling van ongeveer zes procent. Dat heeft gevolgen voor het aanbod van kleinere "
          "vestigingen en voor de bekostiging van het samenwerkingsverband, die grotendeels afhankelijk is van het "
          "aantal leerlingen."),
    ]
    b.append(H1("4 Basisondersteuning"))
    b += [
        H2("4.1 Wat we verstaan onder basisondersteuning"),
        P("Basisondersteuning is in Oostervalk de ondersteuning die elke vestiging van elke aangesloten school ten minste "
          "biedt, ongeacht de leerweg, de denominatie of het bestuur. Het is een gezamenlijke ondergrens die de "
          "negen besturen met elkaar hebben afgesproken; een school mag meer bieden, nooit minder. Voor de jongere "
          "betekent dit dat hij of zij op iedere school in de regio op hetzelfde minimum kan rekenen, zonder dat daar "
          "een aanvraag bij het samenwerkingsverband voor nodig is."),
        P("De afspraken zijn vastgelegd in twaalf standaarden, verdeeld over vier domeinen. In de tabel hieronder staat "
          "per standaard wat op elke vestiging aanwezig is. De tabel is onderdeel van de afspraak; de tekst van de "
          "standaard gaat voor als er twijfel bestaat over de uitleg.{{fn:De standaarden zijn in de algemene vergadering "
          "van 12 december 2024 vastgesteld en gelden vanaf 1 augustus 2025.}}"),
        ("table", {"rows": [
            ["Domein", "Standaard", "Wat elke vestiging ten minste biedt"],
            ["Ondersteunings-structuur", "1", "Een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, bereikbaar op alle lesdagen"],
            ["", "2", "Een mentor per klas met ten minste één mentoruur per week en een individueel gesprek per periode"],
            ["", "3", "Een intern zorg- en adviesteam dat ten minste zes keer per jaar bijeenkomt"],
            ["Leerproblemen", "4", "Dyslexie- en dyscalculiebeleid met faciliteiten: extra tijd, voorleessoftware, vergroot lettertype"],
            ["", "5", "Huiswerkbegeleiding op school voor leerjaar 1 en 2, vier middagen per week"],
            ["", "6", "Examentraining en faalangstreductietraining in de examenklassen"],
            ["Sociaal-emotioneel en gedrag", "7", "Een SEL-training in leerjaar 1 voor alle leerlingen; een sociale-vaardigheidstraining in kleine groepen"],
            ["", "8", "Een aanpak tegen pesten met een anti-pestcoördinator"],
            ["", "9", "Een time-in-ruimte of opvangplek met toezicht tijdens alle lesuren"],
            ["Medisch en fysiek", "10", "Een protocol medisch handelen en een BHV-team"],
            ["", "11", "Aangepast rooster mogelijk bij chronische ziekte, in overleg met de jeugdarts"],
            ["", "12", "Samenwerking met de jeugdarts en de schoolmaatschappelijk werker, spreekuur op school"],
        ], "widths": [2.6, 1.0, 4.4], "merges": [(1, 0, 3, 0), (4, 0, 6, 0), (7, 0, 9, 0), (10, 0, 12, 0)],
            "header_rows": 1, "caption": "Tabel 4.1 Standaarden basisondersteuning Oostervalk 2025"}),
        H2("4.2 Hoe we de basisondersteuning borgen"),
        P("Elke vestiging vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Eens in de twee jaar "
          "bezoekt een auditteam, bestaande uit een ondersteuningscoördinator van een andere school en een consulent "
          "van het samenwerkingsverband, de vestiging. Voldoet een vestiging niet aan een standaard, dan stelt het "
          "bestuur binnen drie maanden een verbeterplan op. De directeur-bestuurder bespreekt de voortgang twee keer per "
          "jaar met het betrokken bestuur.{{fn:Zie de Kwaliteitskaart basisondersteuning (bijlage 3 bij het jaarplan; niet "
          "in dit document opgenomen).}}"),
        H2("4.3 Extra ondersteuning"),
        P("Wat een school biedt boven de basisondersteuning, heet extra ondersteuning. Die staat per school beschreven in "
          "het schoolondersteuningsprofiel (SOP) en, sinds de nieuwe wetgeving, in de schoolgids. Voor extra "
          "ondersteuning stelt de school een ontwikkelingsperspectiefplan (OPP) op. Hoe extra ondersteuning binnen en "
          "tussen scholen is georganiseerd, staat in hoofdstuk 6."),
    ]
    b.append(H1("5 Toelaatbaarheid tot vso, lwoo en pro"))
    b += [
        P("Dit hoofdstuk beschrijft hoe het samenwerkingsverband besluit over de toelaatbaarheid van jongeren tot het "
          "voortgezet speciaal onderwijs (vso), over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over "
          "de toelaatbaarheid tot het praktijkonderwijs (pro). De afspraken zijn genummerd zodat scholen er in "
          "correspondentie naar kunnen verwijzen."),
        H2("5.1 De aanvraag"),
        P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de jongere "
          "staat ingeschreven of is aangemeld. De aanvraag wordt ingediend via het digitale groeidocument bij de "
          "Commissie Toelaatbaarheid en Arrangementen (CTA). Bij de aanvraag horen in elk geval: het OPP met de "
          "evaluatie van de geboden ondersteuning over ten minste de laatste zes maanden, het onderwijskundig rapport, "
          "het verslag van het multidisciplinair overleg (MDO) waarin de aanvraag is besproken en, indien aanwezig, "
          "rapportages van jeugdhulp."),
        H2("5.2 Deskundigenadvies"),
        P("Voor iedere aanvraag winnen wij het advies in van twee deskundigen. De eerste deskundige is altijd een "
          "orthopedagoog of GZ-psycholoog. De tweede deskundige is, afhankelijk van de vraag, een kinder- en "
          "jeugdpsychiater, een maatschappelijk werker, een arts of een pedagoog. Beide deskundigen brengen ieder een "
          "eigen, ondertekend schriftelijk advies uit. Een deskundige die betrokken was bij het opstellen van de "
          "aanvraag, adviseert niet over die aanvraag."),
        H2("5.3 Besluit en termijn"),
        P("De CTA besluit namens de directeur-bestuurder binnen zes weken na ontvangst van de volledige aanvraag. De "
          "termijn kan eenmaal met vier weken worden verlengd wanneer aanvullend onderzoek nodig is; de aanvrager "
          "ontvangt daarvan schriftelijk bericht. Het besluit wordt gemotiveerd en vermeldt het volgnummer, de "
          "ingangsdatum, de einddatum en de bekostigingscategorie."),
        H2("5.4 Toetsingskader"),
        P("De CTA toetst iedere aanvraag zorgvuldig en in samenhang met het OPP. De inhoudelijke maatstaven voor "
          "toelaatbaarheid krijgen hun beslag in het Afwegingskader toelaatbaarheid vso, waaraan een werkgroep van "
          "orthopedagogen en vso-directeuren op dit moment de laatste hand legt. Tot dat kader is vastgesteld, weegt "
          "de CTA elke aanvraag op haar eigen merites.{{fn:Het afwegingskader gaat naar verwachting in het voorjaar van "
          "2026 ter instemming naar de OPR; het wordt daarna als bijlage aan dit plan gehecht.}}"),
        H2("5.5 Duur en bekostigingscategorie"),
        P("Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren en eindigt op 31 juli van het laatste schooljaar. "
          "Wordt de TLV in de loop van een schooljaar afgegeven, dan telt het restant van dat schooljaar niet mee. De "
          "TLV vermeldt de bekostigingscategorie laag, midden of hoog. Categorie midden en hoog worden alleen afgegeven "
          "wanneer het deskundigenadvies daar uitdrukkelijk om vraagt."),
        H2("5.6 Einde, verlenging en vervolg van de TLV"),
        P("Wij gaan ervan uit dat een plaatsing in het vso in beginsel tijdelijk is. Het doel is dat iedere jongere voor "
          "wie dat haalbaar is, zijn schoolloopbaan vervolgt in het regulier voortgezet onderwijs, op een school zo "
          "dicht mogelijk bij huis. Voorwaarde is dat uit de evaluatie van het OPP blijkt dat de jongere met de "
          "ondersteuning die een reguliere school kan bieden, eventueel aangevuld met een overstaparrangement, zijn "
          "uitstroomperspectief kan halen."),
        P("Het initiatief ligt bij de vso-school. In het laatste schooljaar van de TLV evalueert de vso-school vóór "
          "1 december het OPP met de jongere. Is een overstap naar het regulier vo haalbaar, dan organiseert de vso-school "
          "vóór 1 maart een overstapgesprek met de consulent van het samenwerkingsverband en een reguliere school die "
          "in aanmerking komt. De CTA neemt binnen vier weken daarna een besluit over het overstaparrangement. Na een "
          "proefplaatsing van zes tot acht weken volgt een evaluatie; na drie maanden volgt een tweede evaluatiemoment "
          "met de ontvangende school en de consulent. Is een overstap niet haalbaar, dan vraagt de vso-school vóór "
          "1 april een nieuwe TLV aan volgens 5.1."),
        P("Na de overstap ontvangt de ontvangende school een overstaparrangement voor ten hoogste één schooljaar. Dat "
          "arrangement bestaat uit ambulante begeleiding door de vso-school van vier uur per week in de eerste periode "
          "en twee uur per week daarna, plus een budget van € 3.500 voor aanvullende ondersteuning op de nieuwe school. "
          "De consulent blijft het hele eerste jaar het aanspreekpunt voor de school."),
        H2("5.7 Lwoo en praktijkonderwijs"),
        P("Aanvragen voor lwoo en pro worden door het bevoegd gezag van de vo-school waar de leerling is aangemeld "
          "ingediend via hetzelfde digitale systeem, uiterlijk 1 mei voorafgaand aan het schooljaar. De CTA beslist "
          "binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro geldt voor de duur van "
          "de inschrijving in het praktijkonderwijs. Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om "
          "eigen criteria voor lwoo vast te stellen.{{fn:Zie de Regeling lwoo en pro Oostervalk op de website van het "
          "samenwerkingsverband.}}"),
    ]
    b.append(H1("6 Dekkend aanbod en thuiszitters"))
    b += [
        H2("6.1 Het ondersteuningscontinuüm"),
        P("Het aanbod in Oostervalk is opgebouwd in vier niveaus die op elkaar aansluiten. Op niveau 1 biedt elke "
          "vestiging de basisondersteuning uit hoofdstuk 4. Op niveau 2 biedt de school extra ondersteuning in de "
          "eigen school, zoals een trajectklas, een plusklas of een kleine-klasvoorziening; welke school wat biedt, staat "
          "in het overzicht ondersteuningsvoorzieningen dat jaarlijks wordt geactualiseerd. Op niveau 3 zijn er "
          "bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De Brug met veertig plaatsen, een "
          "reboundvoorziening met twaalf plaatsen voor tijdelijke opvang van ten hoogste twaalf weken, en de "
          "onderwijs-zorgarrangementen die we samen met de gemeenten financieren. Op niveau 4 staan de drie "
          "vso-scholen in de regio (cluster 3 en 4) en de twee scholen voor praktijkonderwijs."),
        P("Een jongere en zijn school komen van het ene niveau naar het volgende via het ondersteuningsteam van de "
          "school. Daarin zitten de ondersteuningscoördinator, de mentor, de consulent van het samenwerkingsverband en "
          "waar nodig de jeugdhulp. Het ondersteuningsteam bepaalt of de school zelf verder kan, of dat een arrangement "
          "op niveau 2 of 3 wordt aangevraagd bij de CTA."),
        H2("6.2 Witte vlekken en thuiszitters"),
        P("Elk jaar in januari maken we met de schoolleiders, de vso-scholen, leerplicht en de gemeenten een "
          "dekkendheidsanalyse. We kijken naar wachtlijsten bij voorzieningen, naar jongeren die tussen wal en schip "
          "vallen en naar aanmeldingen die geen plek vonden. De uitkomst bespreken we in de algemene vergadering; "
          "knelpunten krijgen een eigenaar en een datum. In de analyse van 2025 bleek dat er geen passend aanbod is voor "
          "hoogbegaafde jongeren met ernstige angstklachten; vóór 1 augustus 2026 start daarvoor een pilot op twee "
          "locaties."),
        P("Een jongere die langer dan vier weken thuiszit zonder onderwijs, wordt binnen een week besproken aan de "
          "thuiszitterstafel. Daar schuiven leerplicht, de school, de consulent en de jeugdhulp aan. Komt er binnen zes "
          "weken geen oplossing, dan neemt de directeur-bestuurder de regie (doorzettingsmacht) en wijst zij een school "
          "aan die de jongere voorlopig opvangt. Daarmee vullen wij de zorgplicht van de besturen gezamenlijk in."),
        H2("6.3 Samenwerking met gemeenten"),
        P("Met de zes gemeenten voeren we twee keer per jaar bestuurlijk overleg. In het OOGO van 4 maart 2025 zijn "
          "afspraken gemaakt over jeugdhulp op school, de onderwijs-zorgarrangementen, leerlingenvervoer en de aanpak "
          "van thuiszitten. De onderwijs-zorgarrangementen worden voor de helft door de gemeenten en voor de helft "
          "door het samenwerkingsverband bekostigd."),
    ]
    b.append(H1("7 Ouders"))
    b += [
        P("Dit hoofdstuk wordt na de consultatieronde met de ondersteuningsplanraad in het najaar van 2025 aangevuld en "
          "via een wijziging van het plan opnieuw ter instemming voorgelegd."),
    ]
    b.append(H1("8 Geld en middelen"))
    b += [
        H2("8.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt van DUO het budget voor lichte en zware ondersteuning, het budget voor lwoo "
          "en pro en de middelen voor de verevening, die voor Oostervalk inmiddels is afgerond. Van die inkomsten "
          "worden de bedragen afgetrokken die DUO rechtstreeks aan de vso-scholen betaalt voor de jongeren met een TLV "
          "(de afdrachten)."),
        H2("8.2 Verdeling over de besturen"),
        P("Het algemeen deel van de ondersteuningsmiddelen verdelen we volgens een schoolmodel. Iedere vestiging ontvangt "
          "een vaste voet van € 25.000; daarbovenop ontvangt het bestuur € 95 per leerling op de teldatum 1 oktober van "
          "het voorafgaande jaar. Lwoo- en pro-middelen worden volledig doorgegeven aan de besturen die lwoo en pro "
          "verzorgen, naar rato van het aantal leerlingen met een aanwijzing. Middelen voor arrangementen op niveau 2 en "
          "3 worden per arrangement door de CTA toegekend; de hoogte volgt uit de arrangementenkaart (€ 2.500, € 5.000 "
          "of € 9.000 per jaar). De directeur-bestuurder stelt de verdeling jaarlijks vast bij de begroting, na advies "
          "van de algemene vergadering."),
        H2("8.3 Meerjarenbegroting"),
        ("table", {"rows": [
            ["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Baten", "", "", "", ""],
            ["Rijksbijdrage ondersteuning", "11.840", "11.620", "11.410", "11.230"],
            ["Lwoo en pro", "6.960", "6.880", "6.790", "6.700"],
            ["Lasten", "", "", "", ""],
            ["Afdrachten vso (DUO)", "5.410", "5.330", "5.250", "5.190"],
            ["Schoolbudgetten vaste voet en per leerling", "3.990", "3.930", "3.870", "3.810"],
            ["Doorbetaling lwoo en pro", "6.960", "6.880", "6.790", "6.700"],
            ["Arrangementen niveau 2 en 3 / OPDC", "1.620", "1.640", "1.660", "1.680"],
            ["Onderwijs-zorgarrangementen", "310", "320", "330", "330"],
            ["Bureau, personeel en huisvesting", "1.180", "1.200", "1.220", "1.240"],
            ["Resultaat", "-670", "-800", "-920", "-990"],
        ], "widths": [4.0, 1.0, 1.0, 1.0, 1.0], "merges": [(1, 0, 1, 4), (4, 0, 4, 4)], "header_rows": 1,
            "caption": "Tabel 8.1 Meerjarenbegroting 2025-2028"}),
        P("De negatieve resultaten zijn bewust begroot. Het samenwerkingsverband had eind 2024 een reserve van € 4,1 "
          "miljoen; daarmee lag het weerstandsvermogen boven de signaleringswaarde. Met de begrote tekorten brengen we de "
          "reserve in vier jaar terug naar het niveau van de signaleringswaarde. Besturen leggen jaarlijks vóór 1 mei in "
          "een vast format verantwoording af over de besteding van hun schoolbudget."),
    ]
    b.append(H1("9 Kwaliteit en resultaten"))
    b += [
        P("Wat willen we aan het eind van deze planperiode bereikt hebben voor jongeren die extra ondersteuning nodig "
          "hebben? We hebben onze ambities vertaald in vijf beoogde resultaten voor 31 juli 2029:"),
        UL("Er zijn in de regio niet meer dan vijf jongeren die langer dan drie maanden thuiszitten zonder onderwijs.",
           "Ten minste 90 procent van de besluiten van de CTA wordt binnen zes weken genomen.",
           "Het deelnamepercentage vso daalt van 2,9 naar ten hoogste 2,6 procent.",
           "Ten minste vijftien jongeren per jaar maken de overstap van het vso naar het regulier vo en volgen daar na "
           "een jaar nog steeds onderwijs.",
           "Alle vestigingen voldoen aan de twaalf standaarden basisondersteuning."),
        P("Op welke wijze we de voortgang op deze resultaten meten, bijhouden en verantwoorden, werken we uit in een "
          "monitoringsplan; de contouren daarvan worden in het eerste planjaar met de besturen verkend."),
    ]
    b.append(H1("10 Organisatie, governance en medezeggenschap"))
    b += governance(C, opr_parents=False, mention_budget=True)
    b += inspectie(C)
    b.append(H1("11 Personeel en professionalisering"))
    b += personeel(C)
    b.append(H1("12 ICT en privacy"))
    b += ict_privacy(C)
    b.append(H1("13 Totstandkoming en planning"))
    b += totstandkoming(C)
    b += [
        P("In de planperiode werken we aan vier projecten: de herziening van het digitale groeidocument (2025-2026), "
          "het afwegingskader toelaatbaarheid (2025-2026), de pilot voor hoogbegaafde jongeren met angstklachten "
          "(2026-2027) en de herinrichting van het OPDC in een nieuw gebouw (2027-2028). Voor elk project is een "
          "projectleider aangewezen die twee keer per jaar rapporteert aan de directeur-bestuurder."),
    ]
    b.append(H1("Bijlage A Begrippenlijst"))
    b += [
        UL("Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden.",
           "CTA: Commissie Toelaatbaarheid en Arrangementen.",
           "Lwoo: leerwegondersteunend onderwijs.",
           "OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen "
           "over ondersteuning en bij onenigheid met school of samenwerkingsverband.",
           "Onderwijsconsulent: onafhankelijk adviseur die ouders kosteloos bijstaat bij problemen rond toelating, "
           "verwijdering of thuiszitten.",
           "OPP: ontwikkelingsperspectiefplan.",
           "Terugplaatsing: de overstap van een jongere uit het vso naar het regulier voortgezet onderwijs.",
           "TLV: toelaatbaarheidsverklaring.",
           "Verevening: de landelijke herverdeling van middelen voor zware ondersteuning."),
    ]
    return b
