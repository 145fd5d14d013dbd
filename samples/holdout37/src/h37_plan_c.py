"""Plan C: PO, .docx. De Brede Stroom (PO 24-07)."""
from h37_common import ontwikkelingen, H1, H2, P, UL, TBL, governance, personeel, ict_privacy, totstandkoming

C = {
    "swv": "Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Stroom",
    "swv_kort": "SWV De Brede Stroom",
    "besturen": "elf",
    "scholen": "achtenvijftig",
    "fte": "9,8",
    "opr": "10 april 2025",
    "tijdlijn": [
        ("februari 2024", "Startbijeenkomst met directeuren en intern begeleiders"),
        ("juni 2024", "Vier themasessies (basisondersteuning, toelaatbaarheid, ouders, terugplaatsing)"),
        ("december 2024", "Concept besproken met bestuurders en OPR"),
        ("13 februari 2025", "OOGO met de gemeenten Stroomdal, Wetering en Noordhorst"),
        ("20 februari 2025", "Overleg met SWV VO De Brede Stroom"),
        ("10 april 2025", "Instemming ondersteuningsplanraad"),
        ("17 april 2025", "Vaststelling door het bestuur"),
    ],
}

TITLE = "Ondersteuningsplan 2025-2029 | Samenwerkingsverband PO De Brede Stroom"


def blocks():
    b = []
    b.append(("title", [
        "Ondersteuningsplan 2025 - 2029",
        "Samenwerkingsverband Passend Primair Onderwijs De Brede Stroom (PO 24-07)",
        "Concept ter vaststelling, versie 17 april 2025",
    ]))
    b.append(("toc", [
        "Begrippenlijst ..................................................... 3",
        "1  Voorwoord ....................................................... 4",
        "2  Inleiding en leeswijzer ......................................... 4",
        "3  Visie en missie ................................................. 5",
        "4  Onze scholen en de regio ........................................ 6",
        "5  Ondersteuning in De Brede Stroom ................................ 7",
        "6  Toelaatbaarheid tot sbo en so ................................... 10",
        "7  Na het speciaal (basis)onderwijs ................................ 13",
        "8  Financiën ....................................................... 14",
        "9  Communicatie en samenwerking .................................... 14",
        "10 Organisatie en bestuur .......................................... 16",
        "11 Personeel ....................................................... 17",
        "12 ICT en privacy .................................................. 18",
        "13 Planning en activiteiten ........................................ 18",
        "Bijlage 4 Meerjarenbegroting 2025-2029",
        "Bijlage 5 Handreiking terug- en overplaatsing",
    ]))
    b.append(H1("Begrippenlijst"))
    b += [
        UL("Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep leerlingen.",
           "Beoogde resultaten: de resultaten die het samenwerkingsverband in de planperiode wil bereiken voor leerlingen "
           "met een ondersteuningsbehoefte, met indicatoren en streefwaarden.",
           "Dekkend aanbod: een aanbod waarin voor ieder kind een passende plek beschikbaar is.",
           "Meerjarenbegroting: de begroting voor de planperiode, met baten en lasten per jaar.",
           "OJSP: ouder- en jeugdsteunpunt.",
           "Sbo: speciaal basisonderwijs. So: speciaal onderwijs (cluster 3 en 4).",
           "Terugplaatsing: de overstap van een leerling van het sbo of so naar een basisschool.",
           "TLV: toelaatbaarheidsverklaring.",
           "Verdeelmodel: de regels volgens welke de ondersteuningsmiddelen over de besturen worden verdeeld."),
    ]
    b.append(H1("1 Voorwoord"))
    b += [
        P("Beste lezer, voor u ligt het ondersteuningsplan van De Brede Stroom voor de jaren 2025 tot en met 2029. Het "
          "plan is geschreven in een tijd waarin er veel verandert. De wet over de positie van ouders en leerlingen is "
          "aangenomen, er komt een landelijke norm voor basisondersteuning en de leerlingaantallen in onze regio lopen "
          "terug. Tegelijk zien we dat de vragen van kinderen complexer worden en dat scholen het moeilijk hebben om "
          "voldoende personeel te vinden."),
        P("In dit plan kiezen we voor duidelijke afspraken waar dat kan, en voor ruimte waar scholen die nodig hebben. "
          "We hebben het plan samen met directeuren, intern begeleiders, bestuurders, ouders in de OPR en de gemeenten "
          "geschreven. Ik dank iedereen voor de open gesprekken. Dit plan is van ons allemaal."),
        P("Marloes de Wit-Hendriks, directeur-bestuurder"),
    ]
    b.append(H1("2 Inleiding en leeswijzer"))
    b += [
        P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan "
          "beschrijft hoe de aangesloten scholen samen zorgen voor passend onderwijs voor alle kinderen in de regio. "
          "Dit plan gaat in op 1 augustus 2025 en loopt tot en met 31 juli 2029."),
        P("In hoofdstuk 3 leest u onze visie. Hoofdstuk 4 schetst de regio. Hoofdstuk 5 beschrijft wat elke school "
          "biedt en hoe de ondersteuning tussen scholen is georganiseerd. Hoofdstuk 6 gaat over de toelaatbaarheid "
          "tot het speciaal basisonderwijs en het speciaal onderwijs, hoofdstuk 7 over de weg terug. In hoofdstuk 8 "
          "leest u hoe de middelen worden verdeeld en besteed, en in hoofdstuk 9 hoe we ouders informeren en waar zij "
          "terecht kunnen. Daarna volgen de hoofdstukken over organisatie, personeel, ICT en planning. De beoogde "
          "resultaten zijn in elk hoofdstuk verwerkt."),
    ]
    b.append(H1("3 Visie en missie"))
    b += [
        P("Ieder kind hoort erbij. Dat is de kern van onze missie. Kinderen gaan bij voorkeur naar school in hun eigen "
          "wijk of dorp, samen met hun vriendjes en vriendinnetjes. Pas als een kind daar echt niet tot zijn recht "
          "komt, kijken we verder. Ook dan blijven we uitgaan van wat het kind kan, en van wat het nodig heeft om zich "
          "te ontwikkelen."),
        P("We werken vanuit vier waarden: vertrouwen, verbinding, vakmanschap en verantwoordelijkheid. Vertrouwen "
          "betekent dat we uitgaan van de professionaliteit van de leraar en de intern begeleider. Verbinding betekent "
          "dat we de schotten tussen onderwijs en jeugdhulp zo laag mogelijk maken. Vakmanschap betekent dat we "
          "investeren in kennis. Verantwoordelijkheid betekent dat we elkaar aanspreken als het niet goed gaat."),
        P("We zetten de beschikbare middelen zo dicht mogelijk bij het kind in. Bureaucratie houden we beperkt: een "
          "school hoeft het samenwerkingsverband niet om toestemming te vragen voor wat zij zelf kan regelen. Het "
          "samenwerkingsverband is er om scholen te helpen, niet om ze te controleren."),
        P("Resultaatgericht werken is voor ons geen doel op zich. We willen dat elke leraar zich gesteund voelt en dat "
          "elk kind zich welkom voelt. Dat vraagt om een cultuur van samen leren, waarin fouten gemaakt mogen worden "
          "en waarin successen worden gedeeld."),
    ]
    b.append(H1("4 Onze scholen en de regio"))
    b += [
        P("De Brede Stroom omvat de gemeenten Stroomdal, Wetering en Noordhorst. In het gebied staan 52 basisscholen, "
          "twee scholen voor speciaal basisonderwijs (De Kompasroos en Het Baken) en vier locaties voor speciaal "
          "onderwijs in cluster 3 en 4. Samen hebben de scholen ruim 13.400 leerlingen. De elf schoolbesturen verschillen "
          "sterk in omvang: het grootste bestuur heeft achttien scholen, de vier kleinste hebben er elk één."),
        P("De regio is gemengd: Stroomdal is een middelgrote stad met een aantal wijken met veel kinderen die opgroeien "
          "in armoede, Wetering en Noordhorst zijn landelijke gemeenten met kleine dorpsscholen. In de kleinste scholen "
          "zitten minder dan vijftig leerlingen. Dat vraagt om maatwerk en om samenwerking tussen scholen van "
          "verschillende besturen. De eindtoetsresultaten van de scholen liggen gemiddeld rond het landelijk gemiddelde."),
    ]
    b.append(H2("4a Ontwikkelingen in de omgeving"))
    b += ontwikkelingen(C, "po")
    b.append(H1("5 Ondersteuning in De Brede Stroom"))
    b += [
        H2("5.1 Basisondersteuning: wat u van elke school mag verwachten"),
        P("In De Brede Stroom hebben de besturen één gezamenlijk niveau van basisondersteuning afgesproken. Dat niveau "
          "geldt voor elke school en elke locatie in het samenwerkingsverband, ook voor de kleinste dorpsschool. Het "
          "is de ondergrens: elke school biedt deze ondersteuning zonder dat daarvoor een aanvraag of een TLV nodig is. "
          "In de tabel hieronder staat wat ouders op iedere school kunnen verwachten."),
        TBL([
            ["Onderdeel", "Wat elke school biedt"],
            ["Ondersteuningsstructuur", "Een intern begeleider met ten minste één dag per week per 150 leerlingen; "
             "vier groepsbesprekingen per jaar; een ondersteuningsteam met de schoolmaatschappelijk werker"],
            ["Lezen en rekenen", "Een dyslexieprotocol en een dyscalculieprotocol; extra instructie in kleine groepjes; "
             "compenserende middelen zoals voorleessoftware"],
            ["Gedrag en welbevinden", "Een schoolbreed programma voor sociaal-emotioneel leren; een anti-pestprotocol; "
             "een aandachtsfunctionaris voor de meldcode"],
            ["Meer- en hoogbegaafdheid", "Compacten en verrijken van de lesstof in de eigen groep"],
            ["Taal", "Extra taalondersteuning voor kinderen met een taalachterstand of een andere thuistaal"],
            ["Medisch", "Een protocol medisch handelen; afspraken met de jeugdverpleegkundige"],
        ], widths=[4.0, 11.0], caption="Tabel 5.1 Basisondersteuning in De Brede Stroom"),
        H2("5.2 Extra ondersteuning en arrangementen"),
        P("Heeft een kind meer nodig dan de basisondersteuning, dan bespreekt de intern begeleider het kind in het "
          "ondersteuningsteam van de school. Daarin zitten naast de intern begeleider en de ouders ook de "
          "onderwijsspecialist van het samenwerkingsverband en waar nodig een medewerker van het sociale wijkteam. Het "
          "ondersteuningsteam kan een arrangement inzetten in de eigen school, bijvoorbeeld extra begeleiding door een "
          "onderwijsassistent of een gedragsspecialist."),
        P("Naast de ondersteuning op de eigen school zijn er bovenschoolse voorzieningen: twee taalklassen voor "
          "nieuwkomers, een plusklas voor meer- en hoogbegaafde kinderen op drie locaties, en de observatiegroep De "
          "Kijkdoos voor jonge kinderen van vier tot zes jaar bij wie nog onduidelijk is wat zij nodig hebben. Voor "
          "kinderen die meer nodig hebben dan een basisschool met arrangement kan bieden, zijn er het speciaal "
          "basisonderwijs en het speciaal onderwijs (zie hoofdstuk 6)."),
        P("Zo ontstaat een doorlopende reeks: basisondersteuning op elke school, extra ondersteuning met een "
          "arrangement op de eigen school, een bovenschoolse voorziening, en ten slotte het sbo of so. Het "
          "ondersteuningsteam adviseert over de stap die het best bij het kind past."),
        H2("5.3 Is ons aanbod dekkend?"),
        P("Of ons aanbod voor alle kinderen voldoende is en waar het tekortschiet, gaan we in de eerste twee jaar van "
          "de planperiode nader onderzoeken. De aanpak van thuiszitten is onderwerp van het lopende overleg met de "
          "gemeenten en wordt, als dat overleg is afgerond, via een wijziging aan dit plan toegevoegd."),
    ]
    b.append(H1("6 Toelaatbaarheid tot sbo en so"))
    b += [
        H2("6.1 De procedure"),
        P("Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het schoolbestuur van de "
          "school waar het kind staat ingeschreven. De aanvraag wordt voorbereid in het ondersteuningsteam en "
          "digitaal ingediend bij de Commissie Toelaatbaarheid (CTB) van het samenwerkingsverband. Bij de aanvraag "
          "horen het groeidocument met het OPP, de evaluaties van de geboden ondersteuning en de zienswijze van de "
          "ouders. De CTB beslist binnen zes weken na ontvangst van een volledige aanvraag. Bij acute situaties beslist de "
          "CTB binnen tien werkdagen."),
        H2("6.2 Wanneer is een kind toelaatbaar?"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer de basisschool, ook met een arrangement, "
          "langer dan een jaar onvoldoende tegemoet kan komen aan de ondersteuningsbehoefte op het gebied van leren, "
          "gedrag of ontwikkeling; wanneer het kind een intensieve aanpak in een kleinere groep nodig heeft; en wanneer "
          "het OPP een uitstroomperspectief laat zien dat in het sbo beter haalbaar is."),
        P("Een kind is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) wanneer er daarnaast sprake is van "
          "een ernstige beperking of stoornis die een specialistische onderwijsomgeving vraagt met een geïntegreerd "
          "aanbod van onderwijs en zorg of behandeling; wanneer het sbo daarin niet kan voorzien; en wanneer de "
          "deskundigen dit onderschrijven. Voor kinderen met een ernstige meervoudige beperking (EMB) volgt de CTB een "
          "verkorte route."),
        H2("6.3 Deskundigen"),
        P("De CTB wint voor iedere aanvraag het advies in van twee deskundigen: een orthopedagoog of psycholoog en een "
          "tweede deskundige, afhankelijk van het kind een kinderarts, een maatschappelijk werker of een "
          "kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag."),
        H2("6.4 Duur en categorie"),
        P("Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor twee schooljaren. Bij het "
          "so vermeldt de TLV de bekostigingscategorie laag, midden of hoog."),
        H2("6.5 Bezwaar"),
        P("Ouders die het niet eens zijn met een besluit van de CTB, kunnen binnen zes weken bezwaar maken. Het bestuur "
          "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ]
    b.append(H1("7 Na het speciaal (basis)onderwijs"))
    b += [
        P("Een plaatsing in het sbo of so is voor ons geen eindstation. Wij vinden dat ieder kind dat met passende "
          "ondersteuning weer op een basisschool kan functioneren, daar ook de kans toe moet krijgen, bij voorkeur op "
          "een school in de eigen woonomgeving. Terugplaatsing is dus altijd een vraag die bij de evaluatie van het "
          "OPP op tafel ligt."),
        P("Terugplaatsing komt in beeld wanneer het kind in het sbo of so de doelen uit zijn OPP haalt, wanneer zijn "
          "gedrag en werkhouding stabiel zijn en wanneer een basisschool in de buurt de benodigde ondersteuning kan "
          "bieden. Na de overstap krijgt de ontvangende basisschool gedurende ten minste een half jaar begeleiding van "
          "een leerkracht van de sbo- of so-school, en het kind houdt zo nodig een eigen arrangement. De ouders worden "
          "in elke fase betrokken."),
        P("De stappen, de betrokkenen, de beslismomenten en de termijnen zijn uitgewerkt in de Handreiking terug- en "
          "overplaatsing, die als bijlage 5 bij dit plan hoort."),
    ]
    b.append(H1("8 Financiën"))
    b += [
        P("De financiële uitwerking van dit ondersteuningsplan, waaronder de systematiek van verdeling en de "
          "meerjarenbegroting, wordt na de herijking van het bekostigingsmodel vastgelegd in een afzonderlijk "
          "Financieel kader 2025-2029. Dat kader wordt uiterlijk in december 2025 door het bestuur vastgesteld, na "
          "instemming van de OPR."),
    ]
    b.append(H1("9 Communicatie en samenwerking"))
    b += [
        H2("9.1 Communicatie met scholen"),
        P("Scholen ontvangen maandelijks een nieuwsbrief. Intern begeleiders komen vier keer per jaar samen in het "
          "IB-netwerk, directeuren twee keer per jaar in de directeurenbijeenkomst. Elke school heeft een vaste "
          "onderwijsspecialist als contactpersoon."),
        H2("9.2 Ouders"),
        P("Ouders moeten weten waar zij aan toe zijn. Daarom vertelt elke school in haar schoolgids welke ondersteuning "
          "zij biedt. Het samenwerkingsverband heeft op zijn website een aparte ouderpagina met uitleg over "
          "basisondersteuning, arrangementen, de bovenschoolse voorzieningen en het sbo en so. Ouders die hun kind "
          "aanmelden, krijgen de folder 'Passend onderwijs in De Brede Stroom'. Twee keer per jaar organiseren we een "
          "informatieavond voor ouders, afwisselend in Stroomdal en in een van de dorpen."),
        P("Soms hebben ouders een vraag die ze liever niet aan de school stellen, of zijn ze het niet eens met een "
          "beslissing. Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt De Brede Stroom. Het steunpunt is "
          "onafhankelijk van scholen en samenwerkingsverband en wordt bemand door twee ervaren ouderadviseurs van "
          "Stichting Ouderkracht. Ouders kunnen ook kosteloos contact opnemen met de Onderwijsconsulenten. Het "
          "samenwerkingsverband heeft een klachtenregeling; klachten worden behandeld door een onafhankelijke "
          "klachtencommissie."),
        H2("9.3 Samenwerking met gemeenten"),
        P("Met de gemeenten Stroomdal, Wetering en Noordhorst voeren we vier keer per jaar overleg. Er is een "
          "schoolmaatschappelijk werker voor elke school, bekostigd door de gemeenten. Samen werken we aan een "
          "sluitende aanpak van onderwijs en jeugdhulp, onder meer via het gezamenlijke overleg van intern begeleiders "
          "en wijkteams."),
    ]
    b.append(H1("10 Organisatie en bestuur"))
    b += governance(C, opr_parents=True, mention_budget=False)
    b.append(H1("11 Personeel"))
    b += personeel(C)
    b.append(H1("12 ICT en privacy"))
    b += ict_privacy(C)
    b.append(H1("13 Planning en activiteiten"))
    b += totstandkoming(C)
    b += [
        P("Voor de planperiode staan de volgende activiteiten op de agenda:"),
        TBL([
            ["Schooljaar", "Activiteiten"],
            ["2025-2026", "Invoeren nieuw groeidocument; scholing intern begeleiders; start onderzoek aanbod"],
            ["2026-2027", "Aanpassen basisondersteuning aan de landelijke norm; ouderavonden in alle gemeenten"],
            ["2027-2028", "Evaluatie bovenschoolse voorzieningen; vernieuwen website"],
            ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"],
        ], widths=[3.0, 12.0], caption="Tabel 13.1 Activiteitenplanning"),
    ]
    return b
