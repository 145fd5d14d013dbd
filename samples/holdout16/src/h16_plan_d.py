# -*- coding: utf-8 -*-
"""Plan D: PO, pdf (rendered from docx). 'Koersplan 2026-2030 - Groeien in de wijk', SWV PO Heidezoom.

Design: basisondersteuning missing (only deferral to the landelijke norm + schoolgids reference,
summary line, verantwoording table, glossary); plaatsing present (sbo and so, deskundigen, duur);
terugstroom partial (procedure in the TLV koers, policy deferred); financien present ('Gezond en
eerlijk'); dekkend-aanbod partial (gaps/thuiszitters/zorgplicht present, the overview of provisions
deferred to a 'Kaart van Heidezoom'); resultaten missing (action tables look like SMART tables
but are activities; results and monitoring deferred to the jaarplan); ouders partial (information
channels present inside 'Communicatie', independent support deferred to 2027).
"""

NAME = "po-koersplan-heidezoom"
FORMATS = ["pdf"]
HEADER = "Koersplan 2026-2030 | Samenwerkingsverband Passend Onderwijs PO Heidezoom"
FOOTER = "Ondersteuningsplan in de zin van artikel 18a WPO - PO 25-12"


def blocks():
    B = []
    B.append(("title", [
        "Groeien in de wijk",
        "Koersplan 2026-2030 - ondersteuningsplan van Samenwerkingsverband Passend Onderwijs PO Heidezoom (PO 25-12)",
        "Definitief, vastgesteld door het algemeen bestuur op 18 maart 2026",
    ]))
    B.append(("pagebreak",))
    B.append(("h1", "Inhoudsopgave"))
    B.append(("toc", [
        "Samenvatting",
        "1. Een woord vooraf",
        "2. Heidezoom: de regio en het samenwerkingsverband",
        "3. Waar we voor staan",
        "4. Koers 1 - Sterk in de wijk (basisondersteuning en resultaten)",
        "5. Koers 2 - Op de juiste plek (toelaatbaarheid sbo en so, terugplaatsing)",
        "6. Koers 3 - Samen sluitend (dekkend aanbod, thuiszitters)",
        "7. Koers 4 - Open en dichtbij (ouders, communicatie)",
        "8. Koers 5 - Gezond en eerlijk (geld en middelen)",
        "9. Bestuur, toezicht en medezeggenschap",
        "10. Samen met de gemeenten",
        "11. Mensen en middelen: personeel, huisvesting, ICT",
        "12. Verantwoording wettelijke eisen",
        "Bijlage 1. Begrippenlijst",
    ]))
    B.append(("pagebreak",))

    B.append(("h1", "Samenvatting"))
    B.append(("p", "Basisondersteuning: iedere school biedt een stevige basis. Toelaatbaarheid: helder, snel en zorgvuldig. Terugplaatsing: waar het kan terug naar de wijk. Financien: een eerlijk verdeelmodel en een gezonde begroting. Dekkend aanbod: een sluitend netwerk zonder thuiszitters. Resultaten: we sturen op meetbare doelen. Ouders: goed geinformeerd en onafhankelijk ondersteund. Dat is, in zeven zinnen, waar dit koersplan voor staat."))

    B.append(("h1", "1. Een woord vooraf"))
    B.append(("p", "Groeien in de wijk. Dat is de titel die we na lang zoeken voor dit koersplan hebben gekozen. Het drukt uit waar het ons om gaat: kinderen groeien op in een wijk of dorp, met vriendjes uit de straat, met een school om de hoek. Passend onderwijs hoort daar zoveel mogelijk bij te passen. Het samenwerkingsverband is geen doel op zich, maar een middel om scholen en partners in de wijk sterker te maken."))
    B.append(("p", "Dit koersplan is het ondersteuningsplan van Heidezoom voor de schooljaren 2026-2027 tot en met 2029-2030. Het is compacter dan de vorige plannen. We hebben ervoor gekozen om op hoofdlijnen te beschrijven welke koers we varen, en de uitwerking per jaar in het jaarplan op te nemen. Zo blijft het plan leesbaar en kunnen we bijsturen wanneer dat nodig is."))
    B.append(("p", "In de voorbereiding spraken we met schoolleiders, intern begeleiders, leerkrachten, de directies van het sbo en so, de gemeenten en de ondersteuningsplanraad. Ook haalden we bij drie ouderavonden in Heidestein, Zoomdorp en Brakel ervaringen op. Dank aan allen die hebben bijgedragen."))
    B.append(("p", "Een koersplan is een kompas, geen routebeschrijving. Het geeft richting, maar laat ruimte voor de schoolbesturen en scholen om hun eigen weg te vinden. Dat past bij Heidezoom: negen besturen met verschillende identiteiten, van openbaar tot protestants-christelijk en van een eenpitter in Brakel tot een bestuur met veertien scholen in Heidestein. Wat ons bindt, is de overtuiging dat kinderen in de wijk horen op te groeien en dat scholen dat samen beter kunnen dan alleen. We vragen van iedereen die met dit koersplan werkt om het kritisch te blijven volgen en ons te laten weten wat beter kan."))
    B.append(("p", "Hans Verbeek, voorzitter algemeen bestuur, en Yvonne Kramer, directeur"))

    B.append(("h1", "2. Heidezoom: de regio en het samenwerkingsverband"))
    B.append(("p", "Samenwerkingsverband Passend Onderwijs PO Heidezoom omvat de gemeenten Heidestein, Zoomdorp en Brakel. Negen schoolbesturen met 46 basisscholen, twee scholen voor speciaal basisonderwijs en een school voor speciaal onderwijs met twee locaties (cluster 3 en cluster 4) zijn aangesloten. Samen bieden zij onderwijs aan ongeveer 11.300 kinderen. De scholen verschillen sterk in grootte: de kleinste dorpsschool telt 41 leerlingen, de grootste stadsschool bijna 600."))
    B.append(("p", "In de vorige planperiode hebben we een centraal loket opgericht, een netwerk voor intern begeleiders opgezet en de samenwerking met de lokale teams van de gemeenten verstevigd. Ook hebben we het verdeelmodel vereenvoudigd. Die stappen vormen het vertrekpunt voor dit koersplan."))
    B.append(("p", "De regio kent een aantal uitdagingen. In de dorpen van Brakel krimpen scholen, waardoor fusies aan de orde zijn. In Heidestein groeit de nieuwbouwwijk De Akkers snel, met veel jonge gezinnen. De wachtlijsten in de jeugdhulp zijn lang. En zoals overal is het moeilijk om leerkrachten en intern begeleiders te vinden."))

    B.append(("h2", "2.1 Hoe dit koersplan tot stand kwam"))
    B.append(("p", "In het voorjaar van 2025 hebben we de balans opgemaakt van de vorige planperiode, in gesprekken met de besturen, de directeuren en het netwerk van intern begeleiders. Daarna hebben vier werkgroepen - een per koers, waarbij koers 4 en 5 samen zijn opgepakt - de teksten voorbereid. In september en oktober 2025 is het concept besproken op drie regiobijeenkomsten, een in iedere gemeente. In november volgde een bespreking met de ondersteuningsplanraad, die schriftelijk vragen heeft gesteld. Het aangepaste concept is in januari 2026 besproken met de gemeenten en in februari opnieuw met de ondersteuningsplanraad."))
    B.append(("p", "Omdat het koersplan compacter is dan zijn voorgangers, werken we met een vaste cyclus. Ieder jaar in juni stelt het algemeen bestuur het jaarplan voor het volgende schooljaar vast, met de acties uit de actieplannen van dit koersplan. In december volgt de begroting. De ondersteuningsplanraad ontvangt het jaarplan ter informatie en wordt om instemming gevraagd als het jaarplan het koersplan op wezenlijke punten wijzigt."))
    B.append(("p", "Leeswijzer: na de hoofdstukken over de regio en onze uitgangspunten volgen de vijf koersen. Ieder hoofdstuk eindigt met een actieplan. De hoofdstukken 9 tot en met 11 gaan over de organisatie. Hoofdstuk 12 laat zien waar de wettelijke onderdelen staan; achterin staat een begrippenlijst."))
    B.append(("h1", "3. Waar we voor staan"))
    B.append(("p", "Heidezoom staat voor thuisnabij, passend onderwijs voor ieder kind. We werken vanuit drie uitgangspunten. Ten eerste: de school is aan zet. Schoolbesturen en scholen hebben de zorgplicht en de professionele ruimte; het samenwerkingsverband ondersteunt en verbindt. Ten tweede: we kijken naar wat een kind nodig heeft, niet naar een diagnose of label. Ten derde: onderwijs en jeugdhulp zijn partners, met korte lijnen in de wijk."))
    B.append(("p", "Die uitgangspunten vertalen we in vijf koersen. Bij iedere koers beschrijven we waar het over gaat, wat we doen en welke acties we in de komende jaren uitvoeren. De koersen worden jaarlijks uitgewerkt in het jaarplan en de jaarbegroting."))

    B.append(("h1", "4. Koers 1 - Sterk in de wijk"))
    B.append(("h2", "4.1 Waar deze koers over gaat"))
    B.append(("p", "Deze koers gaat over de kracht van de gewone basisschool. Scholen in Heidezoom werken al jaren handelingsgericht en de intern begeleiders vormen een sterk netwerk. Tegelijk is het landelijke beeld in beweging: het kabinet heeft een landelijke norm basisondersteuning aangekondigd. De afspraken over basisondersteuning binnen Heidezoom herijken we zodra die norm wettelijk is vastgelegd. Tot die tijd beschrijft iedere school haar ondersteuning in de eigen schoolgids."))
    B.append(("h2", "4.2 Wat we doen"))
    B.append(("p", "We versterken het netwerk van intern begeleiders met zes bijeenkomsten per jaar, waarin zij casuistiek bespreken en kennis delen over onder meer gedrag, taalontwikkeling en meer- en hoogbegaafdheid. We bieden scholen de mogelijkheid om de consulenten van het samenwerkingsverband in te schakelen voor consultatie en observatie. En we organiseren een jaarlijkse Heidezoomdag voor alle leerkrachten, dit jaar met als thema het jonge kind."))
    B.append(("p", "De beoogde resultaten van het samenwerkingsverband en de wijze waarop we die volgen, werken we uit in het jaarplan 2026-2027, dat het algemeen bestuur in juni 2026 vaststelt."))
    B.append(("h2", "4.3 Actieplan koers 1"))
    B.append(("table", ["Wat", "Wie", "Wanneer"], [
        ["Netwerk intern begeleiders: zes bijeenkomsten per jaar", "beleidsmedewerker", "doorlopend"],
        ["Consultatieregeling evalueren met de besturen", "directeur", "voorjaar 2027"],
        ["Herijking afspraken basisondersteuning na landelijke norm", "algemeen bestuur", "na wettelijke vaststelling"],
        ["Heidezoomdag", "bureau", "jaarlijks oktober"],
    ]))

    B.append(("h1", "5. Koers 2 - Op de juiste plek"))
    B.append(("h2", "5.1 Waar deze koers over gaat"))
    B.append(("p", "Soms heeft een kind meer nodig dan een basisschool kan bieden, ook met extra hulp. Dan kan het speciaal basisonderwijs of het speciaal onderwijs de juiste plek zijn. Deze koers gaat over de route daarnaartoe en weer terug."))
    B.append(("h2", "5.2 De aanvraag van een toelaatbaarheidsverklaring"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar het kind is ingeschreven. Voor een kind dat nog niet op school zit, zoals een kleuter die vanuit een medisch kinderdagverblijf komt, vraagt het bevoegd gezag van de sbo- of so-school waar het kind is aangemeld de TLV aan. Bij de aanvraag horen het groeidocument met het ontwikkelingsperspectief, de verslagen van ten minste twee besprekingen in het ondersteuningsteam, en de zienswijze van de ouders."))
    B.append(("p", "Het loket van Heidezoom controleert binnen een week of de aanvraag volledig is. Vervolgens geven twee deskundigen ieder apart een schriftelijk advies. De eerste is een orthopedagoog of psycholoog in dienst van het samenwerkingsverband; de tweede wordt per aanvraag gekozen uit een pool van deskundigen (jeugdarts, maatschappelijk werker, kinderpsychiater, pedagoog). Deskundigen die het kind al kennen uit de begeleiding, doen niet mee. Op basis van de adviezen besluit de TLV-commissie namens de directeur binnen zes weken na ontvangst van de volledige aanvraag. De ouders en beide scholen ontvangen het besluit en de deskundigenadviezen."))
    B.append(("p", "Een TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin het kind twaalf jaar wordt, met een tussentijdse evaluatie na twee jaar. Een TLV voor het so geldt voor twee schooljaren. De TLV-commissie stelt bij een so-TLV de bekostigingscategorie vast: laag, tenzij sprake is van een lichamelijke beperking (midden) of een meervoudige beperking (hoog)."))
    B.append(("h2", "5.3 Wanneer toelaatbaar tot sbo en so?"))
    B.append(("table", ["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"], [
        ["Ondersteuningsbehoefte", "Het kind heeft gedurende de hele schooldag een kleinere groep (tot 16 kinderen) en een aangepast tempo nodig.", "Het kind heeft een groep van maximaal 12 kinderen en specialistische begeleiding of verzorging nodig."],
        ["Wat al is geprobeerd", "De basisschool heeft ten minste een half jaar extra ondersteuning geboden volgens een OPP, en dat is geevalueerd.", "Idem; of de situatie laat dit niet toe vanwege veiligheid of medische redenen."],
        ["Perspectief", "Uitstroom naar vmbo basis/kader of praktijkonderwijs verwacht, of ontwikkeling stagneert op twee of meer vakgebieden.", "Er is sprake van een verstandelijke, lichamelijke of meervoudige beperking (cluster 3) of ernstige gedrags- of psychiatrische problematiek (cluster 4)."],
        ["Niet toelaatbaar als", "de vraag met een arrangement op de basisschool kan worden beantwoord.", "de vraag in het sbo kan worden beantwoord."],
    ]))
    B.append(("h2", "5.4 Afloop van de TLV"))
    B.append(("p", "In oktober van het laatste schooljaar waarvoor de TLV geldt, bespreekt de sbo- of so-school in de commissie van begeleiding of het kind teruggeplaatst, overgeplaatst of verder in het speciaal (basis)onderwijs begeleid moet worden. De school neemt daarvoor zelf het initiatief en nodigt de consulent van het samenwerkingsverband uit. Uiterlijk 1 maart stuurt de school haar advies aan het loket. Adviseert de school verlenging, dan is het advies tegelijk een nieuwe TLV-aanvraag en volgt de route van paragraaf 5.2. Adviseert de school terugplaatsing, dan neemt de consulent contact op met de beoogde basisschool en plant voor 1 mei een overdrachtsgesprek. De TLV eindigt op 31 juli."))
    B.append(("p", "Ons beleid voor terugplaatsing actualiseren we in 2027, na de evaluatie van de pilot Terug naar de wijk die twee sbo-scholen in 2025 zijn gestart."))
    B.append(("h2", "5.5 Actieplan koers 2"))
    B.append(("table", ["Wat", "Wie", "Wanneer"], [
        ["Digitaal aanvraagportaal voor TLV's in gebruik", "loket", "1 januari 2027"],
        ["Pool van tweede deskundigen uitbreiden", "directeur", "schooljaar 2026-2027"],
        ["Evaluatie pilot Terug naar de wijk", "sbo-directies en consulent", "voorjaar 2027"],
    ]))

    B.append(("h1", "6. Koers 3 - Samen sluitend"))
    B.append(("h2", "6.1 Waar deze koers over gaat"))
    B.append(("p", "Een sluitend netwerk betekent dat er voor ieder kind een plek is. We weten dat dat niet altijd lukt. Er zijn kinderen die thuiszitten, kinderen die op een wachtlijst staan en kinderen voor wie geen school in de regio een passend antwoord heeft."))
    B.append(("h2", "6.2 Zicht op wat ontbreekt"))
    B.append(("p", "Scholen melden ieder kind dat langer dan twee weken niet of slechts gedeeltelijk naar school gaat bij de leerplichtambtenaar en bij het loket. De consulent neemt binnen vijf werkdagen contact op met de school. Iedere maand bespreekt het Thuiszittersoverleg - de consulenten, de leerplichtambtenaren van de drie gemeenten en een vertegenwoordiger van de lokale teams - alle gemelde kinderen. Voor ieder kind wordt een regisseur aangewezen en een plan gemaakt met een datum waarop het kind weer (gedeeltelijk) onderwijs volgt. Lukt dat niet binnen zes weken, dan beslist de directeur over de inzet van een tijdelijke onderwijsplek of een onderwijs-zorgarrangement; zij heeft daarvoor doorzettingsmacht gekregen van de besturen."))
    B.append(("p", "Twee keer per jaar, in januari en juni, maakt het loket een overzicht van de wachtlijsten bij sbo, so en de jeugdhulp, en van de signalen van scholen over kinderen voor wie geen passend aanbod bestaat. Het algemeen bestuur bespreekt dat overzicht en besluit welke ontbrekende voorzieningen worden opgezet of uitgebreid, en welk bestuur daarvoor verantwoordelijk is."))
    B.append(("p", "Kan een school bij aanmelding geen passende plek bieden, dan zoekt zij via de Plaatsingstafel van Heidezoom samen met andere scholen binnen zes weken een school die dat wel kan. De Plaatsingstafel komt om de twee weken bijeen."))
    B.append(("h2", "6.3 Het aanbod in kaart"))
    B.append(("p", "Een overzicht van alle voorzieningen binnen en tussen de scholen - van de basis tot het so, inclusief de bovenschoolse voorzieningen en de onderwijs-zorgarrangementen - brengen we in 2026 in kaart in de Kaart van Heidezoom. Die kaart wordt onderdeel van het jaarplan 2027."))
    B.append(("h2", "6.4 Actieplan koers 3"))
    B.append(("table", ["Wat", "Wie", "Wanneer"], [
        ["Kaart van Heidezoom opstellen", "beleidsmedewerker", "december 2026"],
        ["Convenant thuiszitters vernieuwen met gemeenten", "directeur en wethouders", "september 2026"],
        ["Plaatsingstafel evalueren", "loket", "juni 2027"],
    ]))

    B.append(("h1", "7. Koers 4 - Open en dichtbij"))
    B.append(("h2", "7.1 Waar deze koers over gaat"))
    B.append(("p", "Openheid is belangrijk voor iedereen die met Heidezoom te maken heeft: scholen, partners, en vooral ouders. Deze koers gaat over communicatie en informatie."))
    B.append(("h2", "7.2 Communicatie"))
    B.append(("p", "Voor ouders is er de Oudergids Heidezoom. De gids legt in eenvoudige taal uit welke ondersteuning een kind op school kan krijgen, wat een ondersteuningsteam doet, wanneer en hoe een arrangement of een plek in het sbo of so mogelijk is, en wat er van ouders wordt gevraagd. De gids is gedrukt beschikbaar op iedere school en bij de consultatiebureaus, en staat online op de ouderpagina van de website, ook in het Engels, Turks en Arabisch. In de schoolgids van iedere school staat een verwijzing naar de Oudergids en de naam van de intern begeleider als eerste aanspreekpunt."))
    B.append(("p", "Het loket houdt iedere dinsdagochtend een telefonisch spreekuur waar ouders vragen kunnen stellen over de ondersteuning en over lopende aanvragen. Twee keer per jaar organiseren we in iedere gemeente een informatiebijeenkomst voor ouders van jonge kinderen, samen met de voorschoolse voorzieningen."))
    B.append(("p", "Voor ouders die onafhankelijk advies zoeken, richten we samen met de gemeenten een ouder- en jeugdsteunpunt in. De vorm en de start daarvan staan nog open; we verwachten hierover in 2027 een besluit."))
    B.append(("p", "Voor scholen verschijnt vier keer per jaar de nieuwsbrief Zoom In. Bestuurders en directeuren ontvangen na iedere vergadering van het algemeen bestuur een korte terugkoppeling."))
    B.append(("h2", "7.3 Actieplan koers 4"))
    B.append(("table", ["Wat", "Wie", "Wanneer"], [
        ["Oudergids actualiseren", "communicatiemedewerker", "jaarlijks voor 1 augustus"],
        ["Besluit over ouder- en jeugdsteunpunt", "algemeen bestuur met gemeenten", "2027"],
        ["Nieuwe website", "bureau", "voorjaar 2027"],
    ]))

    B.append(("h1", "8. Koers 5 - Gezond en eerlijk"))
    B.append(("h2", "8.1 Geld en middelen"))
    B.append(("p", "Heidezoom ontvangt jaarlijks ongeveer 9,6 miljoen euro aan ondersteuningsmiddelen. Ruim de helft daarvan wordt door DUO rechtstreeks afgedragen aan het sbo en so, voor kinderen met een TLV en als groeibekostiging op de peildatum 1 februari. Over het deel dat overblijft, maken de besturen samen afspraken."))
    B.append(("h2", "8.2 Eerlijk verdelen"))
    B.append(("p", "Het verdeelmodel van Heidezoom kent drie onderdelen. Ten eerste ontvangt ieder schoolbestuur een schoolbudget: 140 euro per leerling op de teldatum 1 februari van het voorgaande jaar, plus een vaste voet van 7.500 euro per school. Het bestuur verdeelt dat budget over zijn scholen en besteedt het aan ondersteuning binnen de school. Ten tweede is er een loketbudget, waaruit het loket op aanvraag van een school ondersteuningsbudgetten toekent voor individuele leerlingen met een OPP; het maximum is 9.000 euro per leerling per schooljaar en de toekenning geldt voor ten hoogste een schooljaar. Ten derde is er een solidariteitsbudget voor besturen die door een ongewoon hoog aantal TLV's in de problemen komen; het algemeen bestuur besluit daarover op voorstel van de directeur."))
    B.append(("p", "Schoolbesturen verantwoorden jaarlijks voor 1 mei in een verantwoordingsformulier hoe zij het schoolbudget hebben besteed. Het samenwerkingsverband houdt een weerstandsvermogen aan van 5 tot 8 procent van de baten."))
    B.append(("h2", "8.3 Meerjarenbegroting"))
    B.append(("table", ["x 1.000 euro", "2026", "2027", "2028", "2029"], [
        ["Baten ondersteuningsmiddelen", "9.610", "9.520", "9.440", "9.360"],
        ["Afdrachten DUO sbo en so (incl. groeibekostiging)", "-5.180", "-5.150", "-5.120", "-5.090"],
        ["Schoolbudgetten aan besturen", "-1.930", "-1.910", "-1.890", "-1.870"],
        ["Loketbudget individuele leerlingen", "-1.150", "-1.150", "-1.130", "-1.110"],
        ["Solidariteitsbudget", "-150", "-150", "-150", "-150"],
        ["Thuiszittersaanpak en tijdelijke onderwijsplekken", "-260", "-260", "-260", "-260"],
        ["Bureau, loket en TLV-commissie", "-840", "-850", "-860", "-870"],
        ["Saldo", "100", "50", "30", "10"],
    ]))
    B.append(("h2", "8.4 Actieplan koers 5"))
    B.append(("table", ["Wat", "Wie", "Wanneer"], [
        ["Evaluatie verdeelmodel", "controller", "najaar 2027"],
        ["Nieuw verantwoordingsformulier", "controller", "1 januari 2027"],
    ]))

    B.append(("h1", "9. Bestuur, toezicht en medezeggenschap"))
    B.append(("p", "Heidezoom is een vereniging. De negen schoolbesturen vormen de algemene ledenvergadering. Het algemeen bestuur bestaat uit vijf bestuurders, gekozen uit en door de leden, en een onafhankelijk voorzitter. Het algemeen bestuur houdt toezicht op de directeur, die met mandaat de dagelijkse leiding heeft. Een auditcommissie adviseert het algemeen bestuur over financiele zaken."))
    B.append(("p", "De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden, afgevaardigd uit de medezeggenschapsraden. De OPR heeft op 11 maart 2026 ingestemd met dit koersplan. Het bureau heeft een eigen personeelsvertegenwoordiging."))

    B.append(("p", "Het algemeen bestuur vergadert zes keer per jaar. De directeur en de voorzitter bereiden de vergaderingen voor. Heidezoom volgt de Code Goed Bestuur van de PO-Raad. Bestuurders melden nevenfuncties, die op de website worden gepubliceerd, en zij nemen niet deel aan besluiten waarbij hun eigen schoolbestuur een direct belang heeft, zoals de toekenning uit het solidariteitsbudget. Eens per jaar houdt het algemeen bestuur een zelfevaluatie, onder begeleiding van een externe adviseur."))
    B.append(("p", "De ondersteuningsplanraad vergadert vijf keer per jaar, waarvan drie keer met de directeur. De leden ontvangen een vacatievergoeding en kunnen een scholingsaanbod volgen bij een landelijke organisatie voor medezeggenschap. De OPR heeft een eigen ambtelijk secretaris en een reglement, dat in 2025 is geactualiseerd."))
    B.append(("h1", "10. Samen met de gemeenten"))
    B.append(("p", "Op 29 januari 2026 voerden Heidezoom en de drie gemeenten op overeenstemming gericht overleg over dit koersplan. Afspraken zijn gemaakt over een vaste contactpersoon van het lokale team voor iedere school, over de aanpak van thuiszitten (zie koers 3), over de afstemming van jeugdhulp en onderwijs in onderwijs-zorgarrangementen en over het leerlingenvervoer naar sbo en so. De gemeenten en Heidezoom hebben een gezamenlijke regiegroep die vier keer per jaar bijeenkomt."))
    B.append(("p", "Met het samenwerkingsverband voortgezet onderwijs is gesproken over de overstap van groep 8 naar het voortgezet onderwijs, in het bijzonder voor kinderen uit het sbo en so."))

    B.append(("h1", "11. Mensen en middelen: personeel, huisvesting, ICT"))
    B.append(("p", "Het bureau van Heidezoom telt 9,1 fte: een directeur, vier consulenten (orthopedagogen), een loketmedewerker, een beleidsmedewerker, een controller en een communicatiemedewerker. Medewerkers volgen jaarlijks scholing; de orthopedagogen zijn BIG- of NVO-geregistreerd. Het bureau is gehuisvest in het onderwijscentrum in Heidestein, samen met de leerplichtambtenaren."))
    B.append(("p", "Het loket werkt met een beveiligd digitaal dossier. Persoonsgegevens worden bewaard tot drie jaar na het laatste besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden."))
    B.append(("p", "Het lerarentekort raakt ook de ondersteuning. Heidezoom kan geen leraren opleiden, maar draagt bij door de Heidezoomdag, het netwerk van intern begeleiders en een gezamenlijke vacaturebank voor onderwijsassistenten met de schoolbesturen."))

    B.append(("h2", "11.1 Duurzaamheid en huisvesting"))
    B.append(("p", "Het bureau verhuist in 2027 naar het nieuwe Onderwijscentrum Heidestein, dat ook de leerplichtambtenaren en het lokale team huisvest. Het gebouw is energieneutraal. Medewerkers reizen zoveel mogelijk met het openbaar vervoer of de fiets; voor bezoeken aan dorpsscholen zijn twee elektrische deelauto's beschikbaar. De gemeente Heidestein is eigenaar van het gebouw; Heidezoom huurt de ruimten voor tien jaar."))
    B.append(("h2", "11.2 Planning en vaststelling van dit koersplan"))
    B.append(("table", ["Datum", "Stap"], [
        ["november 2025", "concept besproken met de ondersteuningsplanraad"],
        ["29 januari 2026", "op overeenstemming gericht overleg met de drie gemeenten"],
        ["11 maart 2026", "instemming ondersteuningsplanraad"],
        ["18 maart 2026", "vaststelling door het algemeen bestuur"],
        ["april 2026", "toezending aan de inspectie van het onderwijs"],
        ["juni 2026", "vaststelling jaarplan 2026-2027"],
    ]))
    B.append(("h2", "11.3 Communicatie met scholen en partners"))
    B.append(("p", "Naast de nieuwsbrief Zoom In werkt Heidezoom met een besloten deel van de website, waar scholen formulieren, handreikingen en de verslagen van netwerkbijeenkomsten vinden. Intern begeleiders en directeuren ontvangen een eigen inlog. Voor gemeenten en partners in de jeugdhulp publiceren we twee keer per jaar een bestuurlijke rapportage met nieuws over de organisatie, de bezetting van het bureau en de planning van bijeenkomsten. Persvragen worden beantwoord door de directeur. In de planperiode vernieuwen we de huisstijl en de website; de nieuwe website wordt toegankelijk volgens de richtlijnen voor digitale toegankelijkheid."))
    B.append(("h2", "11.4 Risico's"))
    B.append(("p", "Het koersplan kent een aantal risico's. Het belangrijkste is het personeelstekort, waardoor scholen minder ruimte hebben om kinderen met extra ondersteuningsbehoeften in de groep te begeleiden. Een tweede risico is de daling van het leerlingaantal in Brakel, die kan leiden tot sluiting van dorpsscholen en langere reistijden. Een derde risico zijn de wachttijden in de jeugdhulp, die het werk van scholen verzwaren. Het algemeen bestuur bespreekt de risico's twee keer per jaar aan de hand van een risicoregister dat de directeur bijhoudt."))
    B.append(("h1", "12. Verantwoording wettelijke eisen"))
    B.append(("table", ["Artikel 18a lid 8 WPO", "Waar in dit koersplan"], [
        ["a. samenhangend geheel van ondersteuningsvoorzieningen, basisondersteuning op alle vestigingen", "koers 1 en koers 3"],
        ["b. verdeling, besteding, toewijzing van middelen; meerjarenbegroting", "koers 5"],
        ["c. toelaatbaarheid sbo en so: procedure en criteria", "koers 2, 5.2-5.3"],
        ["d. terugplaatsing en overplaatsing: procedure en beleid", "koers 2, 5.4"],
        ["e. beoogde en bereikte resultaten", "actieplannen koers 1 tot en met 5"],
        ["f. informatie aan ouders en onafhankelijke ondersteuning", "koers 4"],
    ]))

    B.append(("h1", "Bijlage 1. Begrippenlijst"))
    B.append(("table", ["Begrip", "Omschrijving"], [
        ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies, de ondersteuningsstructuur en het handelingsgericht werken dat iedere school binnen Heidezoom biedt."],
        ["Groeidocument", "Document waarin de school de ontwikkeling en ondersteuningsbehoefte van een kind beschrijft."],
        ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders die vastlopen in het zoeken naar passend onderwijs."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Resultaten", "De beoogde en bereikte kwantitatieve en kwalitatieve resultaten van het onderwijs aan kinderen die extra ondersteuning nodig hebben."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
    ]))
    return B


LABEL = {
    "documents": ["po-koersplan-heidezoom.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": False,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True,
        "plaatsing.criteria": True,
        "terugstroom.procedure": True,
        "terugstroom.beleid": False,
        "financien.verdeling": True,
        "financien.besteding": True,
        "dekkend-aanbod.continuum": False,
        "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False,
        "resultaten.monitoring": False,
        "ouders.informatie": True,
        "ouders.steunpunt": False,
    },
    "advisory": {
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "expect": {
        "basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
        "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial",
    },
    "notes": {
        "basisondersteuning": "Koers 1 only says the afspraken are herijkt after the landelijke norm and that each school describes its support in its schoolgids; no SWV-wide level, no content, no borging. The word appears in the samenvatting, TOC, verantwoording table ('koers 1 en koers 3') and begrippenlijst.",
        "plaatsing": "Koers 2: 5.2 applicant, dossier, loket, two separate deskundigen, TLV-commissie, 6 weeks, duration and categorie; 5.3 criteria table sbo vs so. No bezwaar route.",
        "terugstroom": "5.4 'Afloop van de TLV' gives the procedure (October evaluation, initiative by school, advice by 1 March, overdrachtsgesprek before 1 May, end 31 July); the policy is deferred ('actualiseren we in 2027, na de evaluatie van de pilot').",
        "financien": "Koers 5 'Gezond en eerlijk' / 8.1 'Geld en middelen': three-part verdeelmodel (140 euro per leerling, vaste voet 7.500, loketbudget max 9.000, solidariteitsbudget) and meerjarenbegroting 2026-2029 table; verantwoording before 1 May and weerstandsvermogen (advisory).",
        "dekkend-aanbod": "Gaps handled in Koers 3 6.2 (thuiszitters reporting, monthly Thuiszittersoverleg, doorzettingsmacht, twice-yearly wachtlijst overview, Plaatsingstafel for zorgplicht); the overview of provisions basis-to-so is deferred to the 'Kaart van Heidezoom' (6.3). OOGO agreements in ch. 10 (ketenpartners).",
        "resultaten": "Nothing addressed: the 'actieplan' tables list activities/owners/dates, not results for pupils; 4.2 defers beoogde resultaten and their monitoring to the jaarplan 2026-2027; no figures. Only samenvatting, TOC, verantwoording table ('actieplannen') and glossary mention resultaten.",
        "ouders": "Information channels inside 7.2 'Communicatie' (Oudergids in four languages, ouderpagina, schoolgids, telefonisch spreekuur, informatiebijeenkomsten); independent support deferred ('de vorm en de start staan nog open ... in 2027'); Onderwijsconsulenten only in the begrippenlijst. Zienswijze ouders in TLV and OPR composition = betrokkenheid.",
    },
}
