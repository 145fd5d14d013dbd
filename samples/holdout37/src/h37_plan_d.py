"""Plan D: PO, .docx, 'beleidsplan op hoofdlijnen'. Kempenland-Noord (PO 30-09)."""
from h37_common import ontwikkelingen, H1, H2, P, UL, TBL, governance, personeel, ict_privacy, inspectie, totstandkoming

C = {
    "swv": "Stichting Passend Primair Onderwijs Kempenland-Noord",
    "swv_kort": "PPO Kempenland-Noord",
    "besturen": "acht",
    "scholen": "vierenveertig",
    "fte": "7,4",
    "opr": "27 maart 2025",
    "tijdlijn": [
        ("mei 2024", "Bestuurlijke heidag: keuze voor een plan op hoofdlijnen"),
        ("oktober 2024", "Eerste concept naar directeuren en OPR"),
        ("11 maart 2025", "OOGO met de colleges van B&W van de vijf gemeenten"),
        ("18 maart 2025", "Overleg met SWV VO Kempenland"),
        ("27 maart 2025", "Instemming ondersteuningsplanraad"),
        ("3 april 2025", "Vaststelling door het algemeen bestuur"),
    ],
}

TITLE = "PPO Kempenland-Noord - Ondersteuningsplan 2025-2029 (op hoofdlijnen)"


def blocks():
    b = []
    b.append(("title", [
        "Ondersteuningsplan op hoofdlijnen 2025-2029",
        "Stichting Passend Primair Onderwijs Kempenland-Noord",
        "Samenwerkingsverband PO 30-09",
        "Basisondersteuning | Dekkend aanbod | Toelaatbaarheid | Terugplaatsing | Financiën | Resultaten | Ouders",
    ]))
    b.append(("toc", [
        "1  Voorwoord",
        "2  Wettelijk kader en opzet van dit plan",
        "3  Koers 2025-2029",
        "4  Ondersteuning op school",
        "5  Toelaatbaarheid sbo en so",
        "6  Terug naar de basisschool",
        "7  Financiën",
        "8  Kwaliteit en resultaten",
        "9  Ouders",
        "10 Bestuur en organisatie",
        "11 Personeel",
        "12 ICT en privacy",
        "13 Totstandkoming",
        "Begrippenlijst",
    ]))
    b.append(H1("1 Voorwoord"))
    b += [
        P("Met dit ondersteuningsplan kiezen de acht besturen van Kempenland-Noord voor een compact plan op hoofdlijnen. "
          "Het vorige plan telde 96 pagina's en werd, eerlijk gezegd, weinig gelezen. Dit plan is korter en legt de "
          "nadruk op de afspraken die we samen maken. De uitwerking van die afspraken staat in jaarplannen, werkwijzers "
          "en op onze website."),
        P("Wij beseffen dat deze keuze ook risico's heeft. Niet alles wat in een ondersteuningsplan kan staan, staat er "
          "nu in. We hebben daarom bij elk hoofdstuk aangegeven waar de verdere uitwerking te vinden is of wanneer die "
          "volgt. De OPR heeft ons scherp gehouden op dat punt, en daar zijn we dankbaar voor."),
        P("Pieter van Aerle, voorzitter algemeen bestuur, en Yvonne Lemmens, directeur"),
    ]
    b.append(H1("2 Wettelijk kader en opzet van dit plan"))
    b += [
        P("Artikel 18a, achtste lid, van de Wet op het primair onderwijs schrijft voor dat het ondersteuningsplan in "
          "elk geval beschrijft: (a) hoe het samenwerkingsverband een samenhangend geheel van "
          "ondersteuningsvoorzieningen realiseert, met inbegrip van de basisondersteuningsvoorzieningen die op alle "
          "vestigingen aanwezig zijn; (b) de procedure en criteria voor de verdeling, besteding en toewijzing van de "
          "ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting; (c) de procedure en criteria voor de "
          "plaatsing van leerlingen in het sbo en so; (d) de procedure en het beleid voor terugplaatsing of "
          "overplaatsing naar het basisonderwijs; (e) de beoogde en bereikte kwalitatieve en kwantitatieve resultaten; "
          "en (f) de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over "
          "onafhankelijke ondersteuningsmogelijkheden voor ouders."),
        P("Het plan volgt niet de volgorde van de wet, maar die van de route die een kind doorloopt. Het begint bij de "
          "koers van het samenwerkingsverband, gaat daarna over de ondersteuning op school en de toelaatbaarheid, en "
          "eindigt bij geld, kwaliteit en ouders. Waar we naar andere documenten verwijzen, noemen we die met hun "
          "vindplaats."),
        P("Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Wijzigingen tussentijds worden ter instemming "
          "aan de OPR voorgelegd en aan de inspectie gemeld."),
    ]
    b.append(H1("3 Koers 2025-2029"))
    b += [
        P("Onze koers is samengevat in drie woorden: dichtbij, samen, eenvoudig. Dichtbij, omdat we geloven dat kinderen "
          "het best gedijen in hun eigen omgeving, met hun eigen leerkracht en hun eigen klasgenoten. Samen, omdat "
          "geen school het alleen kan en geen bestuur de ander hoeft te wantrouwen. Eenvoudig, omdat elke regel die we "
          "maken tijd kost die niet in de klas kan worden besteed."),
        P("De besturen hebben afgesproken dat zij elkaar aanspreken op die waarden. In het algemeen bestuur staat "
          "elk kwartaal een casus op de agenda waarin een van de scholen vertelt wat goed ging en wat niet. Zo leren we "
          "van elkaar en houden we de koers levend."),
        P("We hechten aan professionele ruimte. De schoolleider en het team kennen hun leerlingen, hun ouders en hun "
          "wijk. Het samenwerkingsverband schrijft daarom niet voor hoe scholen hun onderwijs inrichten. We bieden "
          "kaders, kennis en, waar nodig, geld."),
    ]
    b.append(H2("3a Ontwikkelingen in de omgeving"))
    b += ontwikkelingen(C, "po")
    b.append(H1("4 Ondersteuning op school"))
    b += [
        P("De besturen zijn verantwoordelijk voor de ondersteuning op hun scholen. In de vorige planperiode is bewust "
          "geen gezamenlijk niveau van basisondersteuning vastgelegd; de besturen wilden eerst ervaring opdoen met de "
          "nieuwe bekostiging. Met het oog op de landelijke norm basisondersteuning, waarvan de contouren in 2025 "
          "bekend werden, stellen wij het gezamenlijke niveau vast zodra de norm wettelijk is verankerd. Naar verwachting "
          "gebeurt dat in het schooljaar 2026-2027; het plan wordt op dat moment aangevuld."),
        P("Tot die tijd verwijzen wij voor de ondersteuning van iedere school naar haar schoolgids en haar "
          "schoolondersteuningsprofiel, zoals gepubliceerd op Scholen op de kaart."),
    ]
    b.append(H1("5 Toelaatbaarheid sbo en so"))
    b += [
        P("Het samenwerkingsverband beslist over de toelaatbaarheid van kinderen tot het speciaal basisonderwijs en "
          "het speciaal onderwijs in cluster 3 en 4. De aanvraagroute, de samenstelling van de commissie en de termijnen "
          "staan beschreven in de Werkwijzer Toelaatbaarheid op www.ppo-kempenland-noord.nl/werkwijzer. In dit plan "
          "leggen we de inhoudelijke criteria vast."),
        TBL([
            ["", "Speciaal basisonderwijs", "Speciaal onderwijs cluster 3 en 4"],
            ["Criterium 1", "De basisschool heeft ten minste een jaar extra ondersteuning geboden en geëvalueerd in het "
             "OPP, zonder voldoende resultaat", "Idem, of er is sprake van een situatie waarin de veiligheid van het kind "
             "of anderen acuut in gevaar is"],
            ["Criterium 2", "Het kind heeft structureel een kleinere groep en een intensievere didactische aanpak nodig",
             "Het kind heeft een ernstige beperking, stoornis of ziekte die een specialistische onderwijsomgeving vraagt"],
            ["Criterium 3", "Het verwachte uitstroomperspectief is in het sbo beter haalbaar dan in het basisonderwijs",
             "Onderwijs en zorg of behandeling moeten geïntegreerd worden aangeboden"],
            ["Criterium 4", "-", "Het sbo kan niet in de ondersteuningsbehoefte voorzien"],
            ["Geldigheid", "Tot het einde van de basisschoolperiode", "Twee schooljaren; categorie laag, midden of hoog"],
        ], widths=[2.5, 6.2, 6.2], caption="Tabel 5.1 Criteria toelaatbaarheid"),
        P("Aan een TLV so wordt een bekostigingscategorie verbonden. Categorie midden geldt voor kinderen met een "
          "lichamelijke beperking of langdurige ziekte, categorie hoog voor kinderen met een meervoudige beperking; in "
          "alle andere gevallen geldt categorie laag."),
    ]
    b.append(H1("6 Terug naar de basisschool"))
    b += [
        H2("6.1 Ons beleid"),
        P("Wij willen dat kinderen die in het sbo of so zitten, terugkeren naar een basisschool zodra dat verantwoord "
          "is. Daarbij gaan we uit van de school die het dichtst bij huis ligt, tenzij er redenen zijn om een andere "
          "school te kiezen. Een terugplaatsing is verantwoord als het kind de doelen uit zijn OPP grotendeels heeft "
          "bereikt, als het kind zelf en zijn ouders de overstap zien zitten, en als de ontvangende school met "
          "begeleiding kan bieden wat het kind nodig heeft."),
        P("Na de terugplaatsing krijgt de basisschool een terugplaatsingsarrangement voor een jaar: ambulante "
          "begeleiding door een leerkracht van de sbo- of so-school (twee uur per week) en een budget van € 2.500 voor "
          "extra handen in de klas."),
        H2("6.2 De procedure"),
        UL("Stap 1 - Elk jaar in het voorjaar bespreekt de sbo- of so-school in de OPP-evaluatie of terugplaatsing in "
           "beeld is. In het laatste jaar van een TLV so is dit gesprek verplicht en vindt het plaats vóór 1 februari.",
           "Stap 2 - Is terugplaatsing in beeld, dan meldt de sbo- of so-school dit vóór 1 maart bij de orthopedagoog van "
           "het samenwerkingsverband. Die zoekt samen met de ouders een ontvangende basisschool.",
           "Stap 3 - Binnen vier weken volgt een overdrachtsgesprek met de ontvangende school. De directeur van het "
           "samenwerkingsverband besluit over het terugplaatsingsarrangement.",
           "Stap 4 - De overstap vindt plaats bij de start van het nieuwe schooljaar of, als dat beter past, na een "
           "vakantie. Na zes weken en na zes maanden volgt een evaluatie met ouders en beide scholen.",
           "Stap 5 - Is terugplaatsing niet mogelijk, dan vraagt de so-school vóór 1 april een nieuwe TLV aan."),
    ]
    b.append(H1("7 Financiën"))
    b += [
        H2("7.1 Verdeling"),
        P("Kempenland-Noord werkt met een schoolmodel. Na aftrek van de afdrachten voor het sbo en so, de "
          "groeibekostiging, de kosten van de bovenschoolse taken en de bureaukosten gaat het resterende budget naar de "
          "besturen: € 185 per leerling op de teldatum 1 oktober van het voorafgaande jaar. De besturen beslissen zelf "
          "over de inzet op hun scholen. Het samenwerkingsverband betaalt de groeibekostiging sbo en so, waarbij de "
          "teldatum 1 februari wordt gehanteerd."),
        H2("7.2 Meerjarenbegroting"),
        TBL([
            ["Bedragen in euro's", "2025", "2026", "2027", "2028"],
            ["Baten lichte en zware ondersteuning", "9.410.000", "9.260.000", "9.140.000", "9.020.000"],
            ["Afdrachten sbo en so via DUO", "4.120.000", "4.080.000", "4.050.000", "4.010.000"],
            ["Groeibekostiging sbo en so", "310.000", "290.000", "280.000", "270.000"],
            ["Budget per leerling naar besturen", "2.330.000", "2.290.000", "2.240.000", "2.200.000"],
            ["Terugplaatsingsarrangementen", "60.000", "60.000", "65.000", "65.000"],
            ["Deskundigen en TLV-procedure", "240.000", "245.000", "250.000", "255.000"],
            ["Bureau en organisatie", "890.000", "905.000", "920.000", "935.000"],
            ["Inzet reserves (afbouw)", "-540.000", "-410.000", "-340.000", "-290.000"],
        ], widths=[6.0, 2.2, 2.2, 2.2, 2.2], caption="Tabel 7.1 Meerjarenbegroting 2025-2028"),
        H2("7.3 Reserves en verantwoording"),
        P("Eind 2024 bedroeg de algemene reserve € 3,2 miljoen. De signaleringswaarde van de inspectie ligt voor ons op "
          "€ 1,5 miljoen. Het verschil bouwen we in vier jaar af door extra budget aan de besturen toe te kennen. "
          "Besturen verantwoorden jaarlijks in hun jaarverslag hoe zij het budget per leerling hebben ingezet; het "
          "samenwerkingsverband bundelt die verantwoording in een overzicht voor de OPR."),
    ]
    b.append(H1("8 Kwaliteit en resultaten"))
    b += [
        H2("8.1 Monitoring"),
        P("Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In oktober verzamelen we de gegevens "
          "van DUO over het aantal leerlingen in sbo en so, het aantal afgegeven TLV's, het aantal terugplaatsingen en "
          "het aantal vrijstellingen. In december bespreken we deze gegevens met de besturen en de OPR. In het "
          "jaarverslag, dat vóór 1 juli verschijnt, rapporteren we over de bereikte resultaten. Daarnaast houden we "
          "eens per twee jaar een enquête onder intern begeleiders en directeuren."),
        H2("8.2 Terugblik 2021-2025"),
        TBL([
            ["Kengetal", "2021", "2022", "2023", "2024"],
            ["Deelnamepercentage sbo", "2,41%", "2,38%", "2,30%", "2,27%"],
            ["Deelnamepercentage so", "1,62%", "1,66%", "1,71%", "1,69%"],
            ["Afgegeven TLV's", "148", "152", "139", "141"],
            ["Terugplaatsingen naar basisonderwijs", "6", "9", "11", "8"],
        ], widths=[6.0, 2.0, 2.0, 2.0, 2.0], caption="Tabel 8.1 Bereikte kengetallen"),
        H2("8.3 Beoogde resultaten"),
        P("De beoogde resultaten voor deze planperiode worden in het voorjaar van 2026 samen met de besturen "
          "geformuleerd en in het jaarplan 2026-2027 opgenomen."),
    ]
    b.append(H1("9 Ouders"))
    b += [
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Elke school informeert ouders in de schoolgids "
          "over de ondersteuning die zij biedt. Het samenwerkingsverband heeft op zijn website een ouderpagina met "
          "uitleg over het sbo en so, de toelaatbaarheid en de terugplaatsing, en geeft de folder 'Wat als mijn kind "
          "extra ondersteuning nodig heeft?' uit, die via de scholen wordt verspreid. Elk najaar houden we in iedere "
          "gemeente een informatieavond over passend onderwijs."),
        P("Ouders worden betrokken bij het opstellen en evalueren van het OPP van hun kind. Zij worden uitgenodigd voor "
          "ieder overleg waarin hun kind wordt besproken."),
        P("Ouder- en jeugdsteunpunt: p.m. De inrichting volgt na inwerkingtreding van de wettelijke regeling."),
    ]
    b.append(H1("10 Bestuur en organisatie"))
    b += governance(C, opr_parents=True, mention_budget=True)
    b += inspectie(C)
    b.append(H1("11 Personeel"))
    b += personeel(C)
    b.append(H1("12 ICT en privacy"))
    b += ict_privacy(C)
    b.append(H1("13 Totstandkoming"))
    b += totstandkoming(C)
    b.append(H1("Begrippenlijst"))
    b += [
        UL("Arrangement: een pakket extra ondersteuning, in de school of bovenschools.",
           "Basisondersteuning: het door het samenwerkingsverband afgesproken geheel van preventieve en licht curatieve "
           "interventies, ondersteuningsstructuur, planmatig werken en basiskwaliteit dat iedere school biedt.",
           "Dekkend aanbod: een samenhangend geheel van voorzieningen waarin voor ieder kind een passende plek is.",
           "OJSP: ouder- en jeugdsteunpunt.",
           "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen rond toelating of thuiszitten.",
           "Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.",
           "TLV: toelaatbaarheidsverklaring."),
    ]
    return b
