"""Plan 1: PO, .docx with Word heading styles ('Heading 1'/'Heading 2'), numbered '1.' / '1.1'."""

NAME = "po-deltanoord-op2024"
SWV = "Samenwerkingsverband Passend Primair Onderwijs Delta Noord"

BLOCKS = [
    ("title", [
        "Ondersteuningsplan 2024-2028",
        SWV + " (PO 28-14)",
        "Samen zorgen voor passend onderwijs dichtbij huis",
        "Vastgesteld door het algemeen bestuur op 18 april 2024",
        "Basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - ouders - resultaten",
    ]),
    ("toc", [
        "1. Voorwoord",
        "2. Visie en uitgangspunten",
        "3. Het samenwerkingsverband in cijfers",
        "4. Basisondersteuning",
        "5. Extra ondersteuning en dekkend aanbod",
        "6. Toelaatbaarheid tot sbo en so",
        "7. Terugplaatsing en overplaatsing",
        "8. Financiën",
        "9. Ouders",
        "10. Resultaten en ambities",
        "11. Governance en medezeggenschap",
        "12. Samenwerking met gemeenten (OOGO)",
        "13. Personeel en professionalisering",
        "14. Planning en vaststelling",
        "Bijlage 1 Begrippenlijst",
        "Bijlage 2 Meerjarenbegroting 2024-2028",
    ]),
    ("h1", "1. Voorwoord"),
    ("p", "Voor u ligt het ondersteuningsplan 2024-2028 van " + SWV + ". Het is het derde ondersteuningsplan "
          "sinds de invoering van de Wet passend onderwijs in 2014. In dit plan leggen de elf aangesloten "
          "schoolbesturen vast hoe zij samen zorgen voor een zo passend mogelijke plek voor ieder kind in de "
          "gemeenten Ameide-Waard, Lekkerdam, Oosterzande en Nieuw-Vreeland. Het plan is tot stand gekomen in "
          "gesprekken met directeuren, intern begeleiders, de ondersteuningsplanraad (OPR), de gemeenten en "
          "een klankbordgroep van ouders."),
    ("p", "We kijken met trots terug op wat in de vorige planperiode is bereikt, maar we zien ook dat het werk "
          "niet af is. De vraag naar ondersteuning groeit, het lerarentekort raakt de scholen hard en de "
          "wachttijden in de jeugdhulp zijn lang. We streven ernaar om ook in deze omstandigheden waar mogelijk "
          "thuisnabij onderwijs te bieden. Dit plan is daarvoor ons kompas voor de komende vier schooljaren."),
    ("p", "Wij danken iedereen die heeft meegedacht en wensen u veel leesplezier. - Drs. M. van Ommeren, "
          "directeur-bestuurder"),

    ("h1", "2. Visie en uitgangspunten"),
    ("p", "Ieder kind heeft recht op onderwijs dat past bij zijn of haar mogelijkheden. Wij gaan uit van wat "
          "een kind nodig heeft en niet van een diagnose of label. Onderwijs vindt bij voorkeur plaats op de "
          "school in de eigen wijk of het eigen dorp. Waar dat niet lukt, zoeken we samen met ouders naar een "
          "plek die zo dicht mogelijk bij huis ligt."),
    ("p", "Onze uitgangspunten zijn: (1) de leraar doet ertoe: ondersteuning begint in de groep; (2) ouders "
          "zijn partner; (3) we werken handelingsgericht en vanuit vertrouwen; (4) we organiseren expertise zo "
          "dicht mogelijk bij de leerling; (5) middelen volgen de ondersteuningsbehoefte en niet andersom. "
          "Deze uitgangspunten komen terug in alle hoofdstukken van dit plan."),
    ("p", "We streven naar inclusiever onderwijs. Dat betekent niet dat speciaal onderwijs overbodig wordt: "
          "voor een deel van de kinderen blijft een plek in het speciaal basisonderwijs (sbo) of het speciaal "
          "onderwijs (so) de beste keuze. Wel willen we dat reguliere scholen meer kinderen kunnen opvangen, "
          "onder meer door kennis uit het sbo en so naar de basisscholen te brengen."),

    ("h1", "3. Het samenwerkingsverband in cijfers"),
    ("p", "Het samenwerkingsverband is een stichting waarin elf schoolbesturen samenwerken. Zij zijn samen "
          "verantwoordelijk voor 64 basisscholen, twee scholen voor speciaal basisonderwijs (De Kaap en "
          "Het Baken) en drie so-locaties voor cluster 3 en 4. Op 1 oktober 2023 telde het samenwerkingsverband "
          "14.312 leerlingen in het basisonderwijs, 268 leerlingen in het sbo en 197 leerlingen in het so."),
    ("p", "Het deelnamepercentage sbo bedroeg op die peildatum 1,87 procent en het deelnamepercentage so 1,38 "
          "procent. Beide liggen iets onder het landelijk gemiddelde. Het leerlingenaantal in de regio daalt "
          "licht; de prognose voor 2028 is 13.700 leerlingen in het basisonderwijs."),

    ("h1", "4. Basisondersteuning"),
    ("h2", "4.1 Het niveau van basisondersteuning"),
    ("p", "Basisondersteuning is de ondersteuning die iedere school van het samenwerkingsverband, op iedere "
          "vestiging, zonder aparte aanvraag biedt aan alle leerlingen. Het algemeen bestuur heeft in januari "
          "2024 het niveau van de basisondersteuning opnieuw vastgesteld. Dit niveau is een ondergrens: geen "
          "school mag eronder zitten, scholen mogen er wel bovenuit gaan. Wat een school daarnaast biedt, staat "
          "in het schoolondersteuningsprofiel (SOP)."),
    ("h2", "4.2 Wat biedt iedere school?"),
    ("p", "De afspraken over de basisondersteuning zijn vastgelegd in tien standaarden. Iedere school in Delta "
          "Noord biedt ten minste:"),
    ("ul", [
        "een intern begeleider (IB'er) met een formatie van minimaal 0,4 fte per 200 leerlingen, die de "
        "ondersteuning op school coördineert;",
        "een cyclus van handelingsgericht werken met ten minste drie groepsbesprekingen en drie "
        "leerlingbesprekingen per schooljaar;",
        "een dyslexieprotocol en een dyscalculieprotocol, inclusief vroegsignalering vanaf groep 2;",
        "een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep (verrijking en compacten);",
        "een aanpak voor sociale veiligheid en gedrag met een schoolbreed programma (bijvoorbeeld PBS of "
        "Kanjertraining) en een anti-pestcoördinator;",
        "ondersteuning bij taalachterstand en NT2 in de groep, met inzet van een taalspecialist;",
        "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
        "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling met een eigen leerlijn;",
        "consultatie van de orthopedagoog van het samenwerkingsverband binnen drie weken na een vraag van de "
        "school;",
        "een schoolondersteuningsteam (SOT) dat ten minste vier keer per jaar bijeenkomt, met de IB'er, de "
        "directeur, de orthopedagoog en zo nodig de jeugdverpleegkundige of het wijkteam.",
    ]),
    ("h2", "4.3 Borging"),
    ("p", "Iedere school vult jaarlijks de kwaliteitskaart basisondersteuning in. Eens per twee jaar voert een "
          "auditteam van twee collega-directeuren en een medewerker van het samenwerkingsverband een audit uit. "
          "Scholen die een standaard niet halen, maken binnen drie maanden een verbeterplan; het "
          "samenwerkingsverband biedt daarbij begeleiding."),

    ("h1", "5. Extra ondersteuning en dekkend aanbod"),
    ("h2", "5.1 Het ondersteuningscontinuüm"),
    ("p", "Wij onderscheiden vijf niveaus van ondersteuning. Niveau 1 en 2 vallen binnen de basisondersteuning "
          "(ondersteuning in de groep en in de school). Niveau 3 is extra ondersteuning op de eigen school met "
          "hulp van buiten de school, bijvoorbeeld een arrangement met ambulante begeleiding. Niveau 4 is een "
          "bovenschoolse voorziening. Niveau 5 is een plaatsing in het sbo of so."),
    ("p", "Binnen niveau 3 en 4 kent het samenwerkingsverband de volgende arrangementen en voorzieningen: "
          "individuele arrangementen (ambulante begeleiding, extra handen in de klas, een onderwijsassistent "
          "voor maximaal één jaar); de taalklas voor nieuwkomers in Lekkerdam; de Plusklas Delta voor "
          "hoogbegaafde leerlingen (één dag per week, op drie locaties); de observatiegroep De Brug, waar "
          "leerlingen van 4 tot 7 jaar maximaal zes maanden worden geobserveerd; en de onderwijs-zorggroep "
          "Kompas, waar onderwijs en jeugdhulp samen een groep van acht leerlingen begeleiden."),
    ("h2", "5.2 De ondersteuningsroute"),
    ("p", "Als een school vastloopt, bespreekt de IB'er de leerling in het SOT. Het SOT stelt samen met ouders "
          "de ondersteuningsbehoefte vast en kan een arrangement aanvragen bij het Loket van het "
          "samenwerkingsverband. Het Loket besluit binnen vier weken over een arrangement. Ouders zijn bij "
          "ieder SOT-gesprek over hun kind uitgenodigd."),
    ("h2", "5.3 Dekkend aanbod en thuiszitters"),
    ("p", "Het samenwerkingsverband brengt twee keer per jaar in kaart welke leerlingen geen passende plek "
          "hebben. Daarvoor houdt het samenwerkingsverband samen met de leerplichtambtenaren van de vier "
          "gemeenten het thuiszittersoverleg, vier keer per jaar. Iedere leerling die langer dan vier weken "
          "niet naar school gaat, wordt daar besproken en krijgt binnen twee weken een trajectbegeleider."),
    ("p", "Uit de analyse van 2023 bleek dat er een witte vlek is voor jonge kinderen met ernstige "
          "gedragsproblematiek die ook jeugdhulp nodig hebben. Daarom start in augustus 2025 een tweede "
          "onderwijs-zorggroep. Komen schoolbesturen er samen niet uit, dan heeft de directeur-bestuurder "
          "doorzettingsmacht: hij kan een school vragen een leerling tijdelijk te plaatsen, met een arrangement "
          "dat het samenwerkingsverband betaalt. Zo geven de besturen samen invulling aan hun zorgplicht."),

    ("h1", "6. Toelaatbaarheid tot sbo en so"),
    ("h2", "6.1 Procedure"),
    ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt een "
          "toelaatbaarheidsverklaring (TLV) aan bij het Loket. De aanvraag bevat het groeidocument of OPP, het "
          "onderwijskundig rapport, de verslagen van het SOT en de zienswijze van de ouders. De Commissie "
          "Toelaatbaarheid (CTB) van het samenwerkingsverband neemt het besluit binnen zes weken na ontvangst "
          "van een volledige aanvraag. Ouders krijgen een afschrift van het besluit en van de adviezen."),
    ("h2", "6.2 Deskundigenadvies"),
    ("p", "Voordat de CTB besluit, adviseren twee deskundigen ieder afzonderlijk en schriftelijk. De eerste "
          "deskundige is altijd een orthopedagoog of GZ-psycholoog. De tweede deskundige is, afhankelijk van de "
          "vraag, een kinderpsychiater, maatschappelijk werker, jeugdarts of pedagoog. Deskundigen die de "
          "aanvraag hebben voorbereid, adviseren niet over dezelfde leerling."),
    ("h2", "6.3 Criteria"),
    ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school heeft "
          "de basisondersteuning en ten minste één arrangement van niveau 3 gedurende minimaal zes maanden "
          "ingezet; uit het OPP blijkt dat de leerling een ontwikkelingsachterstand heeft van meer dan anderhalf "
          "jaar op twee of meer vakgebieden, of dat de sociaal-emotionele ontwikkeling in de reguliere groep "
          "ernstig stagneert; en de benodigde aanpassingen vragen een kleinere groep en een intensiteit die de "
          "reguliere school niet kan bieden."),
    ("p", "Een leerling is toelaatbaar tot het so als daarnaast blijkt dat de leerling een langdurige, "
          "intensieve en specialistische ondersteuning nodig heeft vanwege een verstandelijke beperking (IQ "
          "lager dan 70), een lichamelijke beperking of langdurige ziekte, of ernstige gedrags- of psychiatrische "
          "problematiek, en dat onderwijs en zorg nauw op elkaar moeten aansluiten."),
    ("h2", "6.4 Duur en bekostigingscategorie"),
    ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
          "twee schooljaren, met uitzondering van leerlingen met een ernstig meervoudige beperking (EMB), voor "
          "wie de TLV tot het einde van de schoolloopbaan geldt. De CTB bepaalt bij een TLV so de "
          "bekostigingscategorie laag, midden of hoog."),
    ("h2", "6.5 Bezwaar"),
    ("p", "Ouders en schoolbesturen kunnen binnen zes weken bezwaar maken tegen een besluit over "
          "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."),

    ("h1", "7. Terugplaatsing en overplaatsing"),
    ("p", "Het samenwerkingsverband wil dat leerlingen in het sbo en so terugkeren naar het reguliere onderwijs "
          "als dat voor hen mogelijk en wenselijk is. Uitgangspunt is dat terugplaatsing alleen plaatsvindt "
          "als de ontvangende basisschool de ondersteuning kan bieden die de leerling nodig heeft en als ouders "
          "ermee instemmen. Een terugplaatsing is geen doel op zich: het belang van het kind staat voorop."),
    ("p", "Iedere leerling die terugkeert naar een basisschool krijgt een terugplaatsingsarrangement: gedurende "
          "zes maanden begeleidt een ambulant begeleider van de sbo- of so-school de leerling en de nieuwe "
          "leraar, in totaal 40 uur. Het samenwerkingsverband betaalt dit arrangement uit het "
          "arrangementenbudget. Overplaatsing van sbo naar so of andersom gebeurt alleen met een nieuwe TLV."),
    ("p", "Hoe de procedure voor terugplaatsing precies verloopt, wie het initiatief neemt en op welke momenten "
          "dit wordt besproken, werken wij in het schooljaar 2024-2025 samen met de sbo- en so-scholen uit in "
          "een protocol terugplaatsing. Tot die tijd is terugplaatsing maatwerk."),

    ("h1", "8. Financiën"),
    ("h2", "8.1 Inkomsten"),
    ("p", "Het samenwerkingsverband ontvangt van DUO een budget voor lichte en zware ondersteuning. Voor 2024 "
          "bedraagt het totale ondersteuningsbudget € 13.912.000. Daarvan gaat een deel rechtstreeks via DUO naar "
          "het so (de afdracht) en naar het sbo boven de 2 procent."),
    ("h2", "8.2 Verdeling van de middelen"),
    ("p", "Het samenwerkingsverband werkt met een schoolmodel. De middelen worden als volgt verdeeld: ieder "
          "schoolbestuur ontvangt € 245 per leerling (teldatum 1 oktober van het voorgaande jaar) voor de "
          "basis- en extra ondersteuning op de eigen scholen, plus een vaste voet van € 8.000 per vestiging. "
          "Het arrangementenbudget (niveau 3 en 4) kent het Loket toe op basis van een aanvraag; de criteria "
          "daarvoor zijn de ondersteuningsbehoefte uit het OPP en de inzet van de basisondersteuning. Het "
          "algemeen bestuur stelt het verdeelmodel jaarlijks vast bij de begroting."),
    ("h2", "8.3 Besteding en verantwoording"),
    ("p", "De besturen besteden de middelen aan de IB-formatie boven de basisformatie, onderwijsassistenten "
          "voor leerlingen met extra ondersteuning, ambulante begeleiding en scholing. De besturen leggen "
          "jaarlijks voor 1 mei verantwoording af via een verantwoordingsformat. De meerjarenbegroting met de "
          "bedragen per post staat in bijlage 2."),
    ("h2", "8.4 Reserves"),
    ("p", "De algemene reserve bedroeg eind 2023 € 1.640.000. De signaleringswaarde van de inspectie wordt "
          "daarmee niet overschreden. We houden een weerstandsvermogen aan van ongeveer 5 procent van de baten."),

    ("h1", "9. Ouders"),
    ("h2", "9.1 Onafhankelijke ondersteuning voor ouders"),
    ("p", "Ouders die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht "
          "bij het Ouder- en Jeugdsteunpunt Delta. Het steunpunt werkt onafhankelijk van de scholen, is "
          "bereikbaar via telefoon en e-mail en kan een onafhankelijke ouderadviseur laten meegaan naar een "
          "gesprek. Daarnaast kunnen ouders gratis een beroep doen op de Onderwijsconsulenten en kunnen zij bij "
          "een geschil over toelating, verwijdering of het OPP terecht bij de Geschillencommissie passend "
          "onderwijs."),
    ("h2", "9.2 Informatie aan ouders"),
    ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de regio, werken we uit in een "
          "communicatieplan dat in 2025 verschijnt."),
    ("h2", "9.3 Betrokkenheid van ouders"),
    ("p", "Ouders zijn partner bij het opstellen en evalueren van het OPP en worden uitgenodigd voor het SOT. "
          "In de OPR hebben zes ouders zitting. Zij hebben instemmingsrecht op dit ondersteuningsplan."),

    ("h1", "10. Resultaten en ambities"),
    ("h2", "10.1 Beoogde resultaten 2024-2028"),
    ("p", "Voor de komende planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
          "ondersteuningsbehoefte vastgesteld:"),
    ("ul", [
        "het totale deelnamepercentage sbo en so blijft in 2028 onder 3,3 procent;",
        "in 2027 is er geen enkele leerling die langer dan drie maanden thuiszit zonder onderwijsaanbod;",
        "95 procent van de TLV-aanvragen is binnen zes weken afgehandeld;",
        "ten minste 10 leerlingen per jaar keren met een terugplaatsingsarrangement terug naar het "
        "basisonderwijs;",
        "alle scholen voldoen in 2026 aan alle tien standaarden van de basisondersteuning;",
        "ten minste 80 procent van de ouders van leerlingen met een arrangement is tevreden over de "
        "ondersteuning.",
    ]),
    ("h2", "10.2 Monitoring"),
    ("p", "Op welke manier de resultaten worden gevolgd en gerapporteerd, wordt uitgewerkt in het jaarplan "
          "2024-2025 (p.m.)."),

    ("h1", "11. Governance en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder is verantwoordelijk voor de "
          "dagelijkse leiding en de uitvoering van dit plan. De raad van toezicht bestaat uit vijf leden, van "
          "wie drie onafhankelijk. Het algemeen bestuur, waarin alle elf schoolbesturen zitting hebben, stelt "
          "het ondersteuningsplan, de begroting en het verdeelmodel vast."),
    ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) van twaalf leden: zes ouders en zes "
          "personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR vergadert zes "
          "keer per jaar. Daarnaast is er een medezeggenschapsraad voor het personeel van het "
          "samenwerkingsverband zelf."),
    ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen schoolbesturen. Het "
          "samenwerkingsverband houdt zich aan de Code Goed Bestuur in het primair onderwijs."),

    ("h1", "12. Samenwerking met gemeenten (OOGO)"),
    ("p", "Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de vier gemeenten in "
          "de regio. Het OOGO over dit plan vond plaats op 12 maart 2024. Gemeenten en samenwerkingsverband "
          "hebben afgesproken samen te werken aan: de aansluiting tussen de ondersteuning op school en de "
          "jeugdhulp; een sluitende aanpak voor thuiszitters; leerlingenvervoer; onderwijshuisvesting voor de "
          "bovenschoolse voorzieningen; en de inzet van schoolmaatschappelijk werk."),
    ("p", "Iedere school heeft een vaste contactpersoon in het lokale wijkteam. We streven ernaar dat "
          "jeugdhulp waar mogelijk op school wordt geboden, zodat leerlingen minder lestijd missen. De "
          "gemeenten en het samenwerkingsverband financieren de onderwijs-zorggroep Kompas samen."),

    ("h1", "13. Personeel en professionalisering"),
    ("p", "Het samenwerkingsverband heeft 14,6 fte in dienst: een directeur-bestuurder, vier orthopedagogen, "
          "zes ambulant begeleiders, twee trajectbegeleiders en ondersteunend personeel. De medewerkers worden "
          "aangesteld onder de cao primair onderwijs."),
    ("p", "Wij investeren in de deskundigheid van leraren en IB'ers via de Delta Academie. Jaarlijks bieden we "
          "ten minste acht scholingen aan, onder meer over gedrag, hoogbegaafdheid en het werken met een OPP. "
          "IB'ers komen vier keer per jaar samen in een netwerk."),

    ("h1", "14. Planning en vaststelling"),
    ("p", "Het concept van dit plan is besproken in het directeurenoverleg op 6 februari 2024. Het OOGO met de "
          "gemeenten vond plaats op 12 maart 2024. Het overleg met het samenwerkingsverband voortgezet onderwijs "
          "vond plaats op 19 maart 2024. De OPR heeft op 9 april 2024 ingestemd. Het algemeen bestuur heeft het "
          "plan vastgesteld op 18 april 2024. Het plan is voor 1 mei 2024 naar de inspectie gestuurd en geldt "
          "van 1 augustus 2024 tot en met 31 juli 2028."),

    ("pb",),
    ("h1", "Bijlage 1 Begrippenlijst"),
    ("ul", [
        "Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school biedt.",
        "Terugplaatsing: de overstap van een leerling uit het sbo of so naar het basisonderwijs.",
        "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in het sbo of so.",
        "OPP: ontwikkelingsperspectiefplan.",
        "OJSP: ouder- en jeugdsteunpunt.",
        "OPR: ondersteuningsplanraad.",
        "OOGO: op overeenstemming gericht overleg met gemeenten.",
        "Dekkend aanbod: een netwerk van voorzieningen zodat iedere leerling een passende plek heeft.",
        "Monitoring: het volgen van resultaten aan de hand van kengetallen.",
    ]),
    ("h1", "Bijlage 2 Meerjarenbegroting 2024-2028"),
    ("p", "Bedragen in euro's, op basis van de leerlingenprognose van januari 2024."),
    ("table", ["Post", "2024", "2025", "2026", "2027"], [
        ["Baten ondersteuningsbudget (DUO)", "13.912.000", "13.740.000", "13.580.000", "13.410.000"],
        ["Afdracht so (via DUO)", "-4.020.000", "-4.010.000", "-3.990.000", "-3.950.000"],
        ["Afdracht sbo boven 2%", "-310.000", "-300.000", "-290.000", "-280.000"],
        ["Schoolbudgetten besturen (€ 245 p.l. + vaste voet)", "-4.018.000", "-3.960.000", "-3.900.000", "-3.850.000"],
        ["Arrangementen niveau 3 en 4", "-2.350.000", "-2.400.000", "-2.420.000", "-2.420.000"],
        ["Onderwijs-zorggroepen en observatiegroep", "-910.000", "-1.150.000", "-1.150.000", "-1.150.000"],
        ["Terugplaatsingsarrangementen", "-60.000", "-70.000", "-80.000", "-80.000"],
        ["Personeel en organisatie samenwerkingsverband", "-1.880.000", "-1.920.000", "-1.950.000", "-1.980.000"],
        ["Resultaat", "364.000", "-70.000", "-200.000", "-300.000"],
    ]),
    ("p", "Het negatieve resultaat vanaf 2025 wordt gedekt uit de algemene reserve, in lijn met het "
          "bestedingsplan reserves."),
]

LABEL = {
    "documents": [NAME + ".docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                 "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": False, "ouders.steunpunt": True,
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
        "basisondersteuning": "4.1 defines the minimum level for every vestiging; 4.2 lists ten concrete standards; 4.3 audit/kwaliteitskaart.",
        "plaatsing": "6.1-6.5: Loket/CTB procedure with 6-week term, two deskundigen, explicit sbo and so criteria, duration/category, LBT bezwaar.",
        "terugstroom": "Ch. 7 gives policy (conditions, 6-month terugplaatsingsarrangement) but defers the procedure to a protocol to be written in 2024-2025.",
        "financien": "8.2 verdeelmodel (EUR 245 per leerling + vaste voet, Loket criteria); 8.3 spending + meerjarenbegroting in Bijlage 2, which is included at the end.",
        "dekkend-aanbod": "5.1 five-level continuum with named arrangementen; 5.3 thuiszittersoverleg, witte-vlek analysis and action, doorzettingsmacht.",
        "resultaten": "10.1 lists measurable beoogde resultaten; 10.2 monitoring only deferred to the jaarplan ('p.m.').",
        "ouders": "9.1 names OJSP, Onderwijsconsulenten, Geschillencommissie; 9.2 informing parents is only deferred to a 2025 communicatieplan.",
    },
}
