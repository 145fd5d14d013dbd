from common import *

blocks = [
TITLE("Ondersteuningsplan 2026–2030", "Koers op maatwerk, ruimte voor talent",
      "Stichting Samenwerkingsverband Voortgezet Onderwijs Hunzedal-Veenoord (VO 32-05)",
      "Versie na instemming OPR – 17 maart 2026"),
TOC,
H1("1 Inleiding en leeswijzer"),
P("Het samenwerkingsverband Hunzedal-Veenoord is een samenwerking van negen schoolbesturen voor voortgezet "
  "onderwijs en voortgezet speciaal onderwijs in de gemeenten Hunzedal, Veenoord, Westerbroek en Nieuw-Aalden. "
  "Samen zijn wij verantwoordelijk voor passend onderwijs aan ruim 9.800 leerlingen. Dit ondersteuningsplan "
  "beschrijft hoe wij die verantwoordelijkheid de komende vier schooljaren, van 1 augustus 2026 tot en met 31 juli "
  "2030, invullen."),
P("Het plan is geschreven voor schoolleiders, zorgcoördinatoren, mentoren, ouders, leerlingen, gemeenten en "
  "iedereen die wil weten hoe de ondersteuning in onze regio is georganiseerd. Wij hebben geprobeerd het plan "
  "leesbaar te houden. Waar mogelijk werken wij met tabellen en voorbeelden. Detailafspraken, zoals "
  "formulieren en werkinstructies, staan niet in dit plan maar in het handboek op onze website; de afspraken die "
  "rechten en plichten van leerlingen en ouders bepalen, staan wel in dit plan."),
P("Leeswijzer. Hoofdstuk 2 geeft een beeld van de regio en de kengetallen. In hoofdstuk 3 beschrijven wij onze "
  "missie, visie en ambities. Hoofdstuk 4 gaat over het ondersteuningsaanbod, van basisondersteuning tot vso. "
  "Hoofdstuk 5 beschrijft de toewijzing en de toelaatbaarheid, hoofdstuk 6 de terugkeer naar het reguliere "
  "voortgezet onderwijs. Hoofdstuk 7 gaat over het dekkend netwerk en thuiszitters, hoofdstuk 8 over ouders en "
  "leerlingen, hoofdstuk 9 over kwaliteitszorg, hoofdstuk 10 over de financiën en hoofdstuk 11 over organisatie en "
  "medezeggenschap. Hoofdstuk 12 beschrijft de aansluiting met het primair onderwijs en het mbo."),
P("Totstandkoming. Het plan is in het najaar van 2025 voorbereid door een schrijfgroep van zorgcoördinatoren, "
  "teamleiders en twee leden van de ondersteuningsplanraad. Het concept is besproken met de schoolleiders op 4 "
  "december 2025, met de gemeenten in het OOGO van 22 januari 2026 en met het samenwerkingsverband PO in de regio "
  "op 29 januari 2026. De OPR heeft op 17 maart 2026 ingestemd; het algemeen bestuur heeft het plan op 24 maart 2026 "
  "vastgesteld."),

H1("2 Het samenwerkingsverband in beeld"),
P("De regio Hunzedal-Veenoord is een uitgestrekt gebied met één middelgrote stad (Veenoord, 52.000 inwoners) en "
  "een groot aantal dorpen. Leerlingen reizen gemiddeld 11 kilometer naar school. Het aantal leerlingen in het "
  "voortgezet onderwijs daalt de komende jaren met circa 9%. Dat heeft gevolgen voor het onderwijsaanbod in de "
  "kleinere kernen: twee vestigingen zijn in de afgelopen planperiode samengevoegd."),
T(["Bestuur", "Scholen / vestigingen", "Onderwijssoorten", "Leerlingen 1-10-2025"],
  ["Stichting Hunzecollege", "3 vestigingen", "vmbo, havo, vwo", "2.410"],
  ["Veenoord Lyceum", "1 vestiging", "havo, vwo", "1.380"],
  ["CSG De Noorderpoort", "2 vestigingen", "vmbo, havo, vwo", "1.965"],
  ["Stichting Praktijkonderwijs Veenoord", "1 vestiging", "pro", "286"],
  ["Openbare Scholengroep Westerbroek", "2 vestigingen", "vmbo, mavo", "1.122"],
  ["Stichting Aldenstein", "2 vestigingen", "vmbo (met lwoo), havo", "1.508"],
  ["RK Scholengemeenschap Sint-Ludger", "1 vestiging", "mavo, havo, vwo", "702"],
  ["Stichting Kentalis Noord (vso cluster 2, geen lid)", "–", "vso cluster 2", "–"],
  ["De Veenborgh (vso cluster 3 en 4)", "2 locaties", "vso", "412"],
  ["Stichting Het Loo-Veld (vso cluster 4)", "1 locatie", "vso", "148"]),
T(["Deelname (peildatum 1 oktober)", "2022", "2023", "2024", "2025", "Landelijk 2025"],
  ["Leerlingen vo totaal", "10.240", "10.110", "9.950", "9.819", "–"],
  ["Aandeel lwoo", "9,8%", "9,5%", "9,2%", "9,0%", "8,6%"],
  ["Aandeel pro", "3,1%", "3,0%", "2,9%", "2,9%", "2,8%"],
  ["Aandeel vso", "5,4%", "5,6%", "5,7%", "5,6%", "3,7%"],
  ["Nieuwe TLV's vso", "134", "141", "138", "129", "–"],
  ["Leerlingen OPDC De Brug", "58", "63", "61", "66", "–"],
  ["Thuiszitters > 4 weken (1 oktober)", "23", "21", "16", "14", "–"]),
P("Het vso-percentage in onze regio ligt al jaren ruim boven het landelijk gemiddelde. Dat heeft historische "
  "oorzaken – de aanwezigheid van twee grote vso-scholen met een bovenregionale functie – maar ook te maken met de "
  "beperkte mogelijkheden van kleinere vo-scholen om leerlingen met complexe gedragsvragen op te vangen. Dit is een "
  "belangrijk aandachtspunt in dit plan."),

H1("3 Missie, visie en onze ambities"),
P("Missie. Iedere jongere in Hunzedal-Veenoord krijgt onderwijs dat past bij zijn of haar talenten en "
  "ondersteuningsbehoefte, zo dicht mogelijk bij huis, en verlaat het voortgezet onderwijs met een diploma, een "
  "startkwalificatie of een duurzaam perspectief op werk of dagbesteding."),
P("Visie. Wij gaan uit van de mogelijkheden van jongeren en niet van hun beperkingen. Ondersteuning is zo licht "
  "als mogelijk en zo zwaar als nodig. De mentor is de spil; de school organiseert de ondersteuning rond de "
  "leerling, het samenwerkingsverband zorgt voor een dekkend netwerk, expertise en middelen."),
P("Onze ambities. Voor de planperiode hebben wij vijf ambities geformuleerd, met bijbehorende beoogde resultaten. "
  "Deze ambities zijn in de werkconferentie van oktober 2025 met schoolleiders, zorgcoördinatoren en de OPR "
  "vastgesteld."),
T(["Ambitie", "Beoogd resultaat in 2030"],
  ["A. Basis op orde op iedere vestiging", "Alle vestigingen voldoen aan de tien standaarden basisondersteuning (2025: 15 van 19)."],
  ["B. Minder verwijzing naar het vso", "Het vso-percentage daalt van 5,6% naar 4,8%."],
  ["C. Meer leerlingen terug naar het regulier vo", "Jaarlijks keren ten minste 30 leerlingen vanuit vso of OPDC terug in het regulier vo (2025: 19)."],
  ["D. Niemand thuis", "Het aantal thuiszitters langer dan vier weken is in 2028 teruggebracht tot maximaal 5."],
  ["E. Ouders en leerlingen aan tafel", "Bij iedere OPP-bespreking is de leerling zelf aanwezig; 80% van de ouders is tevreden over de communicatie."]),

H1("4 Het ondersteuningsaanbod: van basis tot vso"),
P("Het ondersteuningsaanbod in Hunzedal-Veenoord is opgebouwd als een continuüm met vier lagen. De eerste laag is de "
  "basisondersteuning die iedere vestiging biedt. De tweede laag is de extra ondersteuning in de school, bekostigd uit "
  "het ondersteuningsbudget. De derde laag bestaat uit de bovenschoolse voorzieningen. De vierde laag is het vso en, "
  "voor leerlingen die daarop zijn aangewezen, het praktijkonderwijs."),
H2("4.1 Basisondersteuning op iedere vestiging"),
P("Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies, de "
  "ondersteuningsstructuur en het planmatig werken dat iedere vestiging van iedere school binnen het "
  "samenwerkingsverband minimaal biedt, ongeacht schoolsoort of bestuur. Het niveau is vastgelegd in tien standaarden. "
  "Elke vestiging werkt deze standaarden uit in haar schoolondersteuningsprofiel en schoolgids."),
T(["Domein", "Standaard: op iedere vestiging is ten minste aanwezig …"],
  ["Structuur", "een ondersteuningscoördinator (minimaal 0,4 fte per 500 leerlingen) en een intern ondersteuningsteam dat minimaal eens per zes weken overlegt"],
  ["Mentoraat", "een mentor per klas met tijd voor individuele gesprekken (minimaal drie per jaar per leerling)"],
  ["Leren", "begeleiding bij dyslexie en dyscalculie volgens protocol, met faciliteiten bij toetsen en examens"],
  ["Leren", "training studievaardigheden en executieve functies (plannen, organiseren)"],
  ["Gedrag", "een programma sociale veiligheid, anti-pestbeleid en een time-outvoorziening in de school"],
  ["Sociaal-emotioneel", "faalangstreductietraining en sociale vaardigheidstraining (SoVa)"],
  ["Zorg", "een schoolmaatschappelijk werker en een vaste jeugdarts of jeugdverpleegkundige"],
  ["Verzuim", "verzuimregistratie en een verzuimprotocol met melding aan leerplicht na 16 uur"],
  ["Medisch", "een protocol medisch handelen en aanpassingen voor leerlingen met een fysieke beperking"],
  ["Overgang", "warme overdracht bij instroom uit het po en bij uitstroom naar het mbo"]),
P("Borging. Iedere vestiging legt jaarlijks vóór 1 december in een zelfevaluatie vast in hoeverre zij aan de "
  "standaarden voldoet. Het samenwerkingsverband voert eens per twee jaar een gesprek met de schoolleiding op basis "
  "van deze zelfevaluatie, leerlingdossiers en een gesprek met mentoren. Voldoet een vestiging niet, dan volgt een "
  "verbeterafspraak met een termijn van maximaal één schooljaar."),
H2("4.2 Extra ondersteuning in de school"),
P("Extra ondersteuning is ondersteuning die verder gaat dan de tien standaarden, zoals een "
  "ondersteuningsvoorziening binnen de school (trajectvoorziening, ‘Rebound-in-school’), begeleiding door een "
  "gedragsspecialist of een individueel arrangement. Scholen bekostigen deze ondersteuning uit het "
  "ondersteuningsbudget dat zij van het samenwerkingsverband ontvangen. Voor iedere leerling met extra "
  "ondersteuning wordt een ontwikkelingsperspectiefplan (OPP) opgesteld, met de leerling en de ouders."),
H2("4.3 Bovenschoolse voorzieningen"),
UL("OPDC De Brug (Veenoord): tijdelijke opvang en onderwijs voor leerlingen die vastlopen in het regulier vo, in kleine groepen, maximaal één jaar, met als doel terugkeer naar regulier onderwijs. Capaciteit 70 plaatsen.",
   "Op de Rails: een kortdurend rebound-traject van 12 weken voor leerlingen met ernstige gedragsproblemen, met een dagdeel per week op de eigen school.",
   "Het Trajectpunt: begeleiding van thuiszitters en dreigende thuiszitters naar onderwijs, in samenwerking met de jeugdhulp.",
   "Flexcollege: een onderwijs-zorgarrangement voor jongeren met psychiatrische problematiek, samen met GGZ Noord.",
   "ISK Veenoord: internationale schakelklas voor nieuwkomers, maximaal twee jaar."),
H2("4.4 Vso, praktijkonderwijs en lwoo"),
P("Voor leerlingen die ook met extra ondersteuning niet in het regulier vo kunnen functioneren, zijn er de vso-scholen "
  "De Veenborgh (cluster 3 en 4) en Het Loo-Veld (cluster 4). Het praktijkonderwijs in Veenoord biedt onderwijs aan "
  "leerlingen die zijn aangewezen op een praktijkgerichte leerroute. Leerwegondersteunend onderwijs (lwoo) wordt "
  "geboden op vier vestigingen binnen het vmbo."),

H1("5 Toewijzing en toelaatbaarheid"),
P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
  "aanwijzing voor lwoo. Deze besluiten worden voorbereid door de Commissie Toelaatbaarheid en Arrangementen (TLA)."),
H2("5.1 Procedure vso"),
OL("De school waar de leerling staat ingeschreven (of de school van aanmelding) bespreekt de leerling in het ondersteuningsteam, met ouders en leerling.",
   "De school dient de aanvraag in via het digitale loket, met het OPP, een evaluatie van de geboden ondersteuning, het handelingsdeel en de zienswijze van ouders en leerling.",
   "Twee onafhankelijke deskundigen – een orthopedagoog of psycholoog en een tweede deskundige afhankelijk van de problematiek – brengen ieder afzonderlijk een schriftelijk advies uit.",
   "De TLA-commissie besluit binnen zes weken na ontvangst van de volledige aanvraag; in spoedeisende gevallen binnen tien werkdagen.",
   "Ouders ontvangen het besluit met de adviezen van de deskundigen en een toelichting op de bezwaarmogelijkheid."),
H2("5.2 Criteria vso"),
P("Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte de mogelijkheden van de "
  "basisondersteuning én van de extra ondersteuning in de school en de bovenschoolse voorzieningen aantoonbaar "
  "overstijgt, (b) er gedurende ten minste zes maanden is gewerkt met een OPP dat is geëvalueerd, en (c) de leerling "
  "op meerdere domeinen (leren, gedrag, communicatie, zelfredzaamheid, medisch) een intensieve, langdurige "
  "ondersteuningsbehoefte heeft die een vso-setting vraagt. De commissie bepaalt de bekostigingscategorie (laag, "
  "midden of hoog). Een TLV wordt afgegeven voor één, twee of drie schooljaren en eindigt op 31 juli."),
H2("5.3 Praktijkonderwijs en lwoo"),
P("Voor praktijkonderwijs en lwoo hanteert het samenwerkingsverband de landelijke criteria (IQ, leerachterstand en, "
  "voor lwoo, sociaal-emotionele problematiek). Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om "
  "eigen lwoo-criteria vast te stellen. De vo-school waar de leerling is aangemeld vraagt de toelaatbaarheid voor pro "
  "of de aanwijzing lwoo aan vóór 1 mei voorafgaand aan het schooljaar, met het onderwijskundig rapport van de "
  "basisschool en de uitslagen van het capaciteitenonderzoek. De TLA-commissie besluit binnen vier weken. Een "
  "aanwijzing lwoo geldt voor de duur van de vmbo-opleiding; een TLV pro voor de duur van de opleiding."),
H2("5.4 Bezwaar"),
P("Ouders (en leerlingen vanaf 16 jaar) die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen "
  "zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
  "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),

H1("6 Terugkeer naar het reguliere vo"),
P("Wij vinden dat het vso een tijdelijke plek moet zijn voor leerlingen voor wie dat mogelijk is. Ons beleid is dat "
  "iedere vso- en OPDC-leerling bij iedere evaluatie van het OPP wordt beoordeeld op de mogelijkheid van terugkeer "
  "naar het regulier vo, en dat terugkeer altijd wordt ondersteund met een overgangsarrangement. Voorwaarden voor "
  "terugkeer zijn dat de leerling in het OPP gestelde doelen op gedrag en werkhouding heeft bereikt, dat een "
  "ontvangende school is gevonden die de ondersteuning kan bieden en dat ouders en leerling instemmen."),
H2("6.1 Procedure"),
T(["Moment", "Wat gebeurt er", "Wie"],
  ["Jaarlijks (februari)", "Evaluatie OPP met de vraag: is terugkeer haalbaar per 1 augustus of eerder?", "Vso-school, ouders, leerling"],
  ["Laatste jaar van de TLV (uiterlijk 1 maart)", "Verplichte bespreking terugkeer of verlenging; bij verlenging nieuwe aanvraag bij TLA", "Vso-school, consulent SWV"],
  ["Na positief advies", "Zoeken ontvangende school; kennismaking; proefplaatsing van maximaal 8 weken", "Consulent SWV, ontvangende school"],
  ["Start terugkeer", "Overgangsarrangement van maximaal één jaar (ambulante begeleiding vanuit vso, € 4.500 uit SWV-budget)", "Vso-school, ontvangende school"],
  ["Na 3 en 12 maanden", "Evaluatie; bij terugval is terugkeer naar het vso mogelijk binnen de lopende TLV", "Consulent SWV"]),
P("De TLA-commissie besluit over verlenging van de TLV wanneer terugkeer (nog) niet haalbaar is. De consulent van "
  "het samenwerkingsverband is verantwoordelijk voor de regie op de terugkeer."),
H2("6.2 Cijfers"),
P("In 2024–2025 keerden 19 leerlingen terug uit het vso en 27 uit het OPDC. Van de leerlingen die in 2023–2024 "
  "terugkeerden, zat na een jaar 84% nog op de reguliere school."),

H1("7 Dekkend netwerk en thuiszitters"),
P("Een dekkend netwerk betekent dat voor iedere jongere in de regio een passend aanbod beschikbaar is. De scholen "
  "hebben zorgplicht: een school waar een leerling wordt aangemeld, moet binnen zes weken (eenmaal te verlengen met "
  "vier weken) een passende plek bieden op de eigen school of een andere school. Het samenwerkingsverband helpt "
  "daarbij als het de school niet lukt."),
H2("7.1 Witte vlekken"),
P("In 2025 hebben wij met alle scholen een analyse gemaakt van de leerlingen voor wie geen passend aanbod werd "
  "gevonden. Daaruit blijkt dat er te weinig aanbod is voor (1) havo/vwo-leerlingen met autisme die in een grote "
  "school vastlopen, (2) jongeren met een combinatie van psychiatrische problematiek en schoolverzuim en (3) "
  "nieuwkomers ouder dan 16 jaar. Voor groep 1 start in augustus 2026 een kleinschalige havo/vwo-afdeling op de "
  "locatie van het Veenoord Lyceum (36 plaatsen). Voor groep 2 wordt het Flexcollege uitgebreid van 16 naar 24 "
  "plaatsen. Voor groep 3 worden in 2027 afspraken gemaakt met het mbo over een entreetraject."),
H2("7.2 Thuiszitters"),
P("Alle thuiszitters en dreigende thuiszitters worden gemeld bij het Trajectpunt. Iedere twee weken komt de "
  "thuiszitterstafel bijeen (samenwerkingsverband, leerplicht, jeugdteams, scholen). Als er na acht weken geen "
  "oplossing is, zet de directeur-bestuurder zijn doorzettingsmacht in. Met de gemeenten is in het OOGO afgesproken "
  "dat jeugdhulp in onderwijstijd kan worden ingezet en dat leerlingenvervoer naar het OPDC mogelijk is."),

H1("8 Ouders en leerlingen"),
P("Ouders en leerlingen zijn onze belangrijkste partners. Wij informeren hen over de ondersteuning via:"),
UL("de website van het samenwerkingsverband met een aparte pagina voor ouders en een voor leerlingen;",
   "de schoolgids en het schoolondersteuningsprofiel van iedere vestiging;",
   "een informatiefolder over de route naar extra ondersteuning, die de zorgcoördinator aan ouders geeft bij de eerste OPP-bespreking;",
   "jaarlijkse informatieavonden in Veenoord en Westerbroek over de overstap van po naar vo."),
P("Ouders en leerlingen die vragen hebben, zich zorgen maken of het niet eens zijn met de school of het "
  "samenwerkingsverband, kunnen terecht bij het Ouderpunt Hunzedal, het onafhankelijke ouder- en jeugdsteunpunt "
  "van onze regio. Het Ouderpunt is bereikbaar via telefoon (0597-44 12 00), e-mail en een wekelijks spreekuur en "
  "werkt onafhankelijk van de scholen. Daarnaast kunnen zij gratis advies vragen bij de Onderwijsconsulenten en de "
  "Geschillencommissie passend onderwijs. Het Ouderpunt bundelt de signalen van ouders en rapporteert twee keer per "
  "jaar aan het bestuur."),
P("Leerlingen hebben hoorrecht: zij geven hun mening over hun OPP. In de OPR zitten naast personeelsleden drie "
  "ouders en drie leerlingen."),

H1("9 Kwaliteitszorg: meten is weten"),
P("Het samenwerkingsverband werkt planmatig aan kwaliteit. De ambities uit hoofdstuk 3 vormen het kader. De wijze "
  "waarop wij de resultaten monitoren, evalueren en rapporteren wordt nader uitgewerkt in het jaarplan 2026–2027, "
  "dat in september 2026 aan de OPR wordt voorgelegd."),

H1("10 Financiën"),
P("Het samenwerkingsverband ontvangt van OCW de middelen voor lichte ondersteuning (inclusief lwoo en pro) en zware "
  "ondersteuning. Na de verplichte verrekeningen voor vso, pro en lwoo via DUO verdelen wij het resterende budget "
  "volgens de volgende verdeelsleutel, die door het algemeen bestuur is vastgesteld:"),
UL("Ondersteuningsbudget scholen: een bedrag per leerling van € 118 (teldatum 1 oktober) plus een vaste voet van € 25.000 per vestiging, uitgekeerd aan het bestuur in twaalf maandelijkse termijnen.",
   "Bovenschoolse voorzieningen: OPDC De Brug, Op de Rails, Het Trajectpunt en Flexcollege ontvangen een vast budget op basis van hun capaciteit.",
   "Overgangsarrangementen en maatwerk: een centraal budget waaruit de TLA-commissie op aanvraag middelen toekent.",
   "Bureau en bestuur: maximaal 5% van de baten."),
P("De meerjarenbegroting 2026–2029 is opgenomen in bijlage 5. Het weerstandsvermogen wordt gehouden op het niveau "
  "van de signaleringswaarde van de inspectie."),

H1("11 Organisatie en medezeggenschap"),
P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. De schoolbesturen "
  "vormen samen het algemeen bestuur, dat de begroting en het ondersteuningsplan vaststelt. Het bureau telt 9,6 "
  "fte, waaronder vier consulenten, een orthopedagoog, een secretaris van de TLA-commissie en een beleidsmedewerker "
  "financiën."),
P("De ondersteuningsplanraad telt twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd door "
  "de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband heeft "
  "een privacyreglement; gegevens van leerlingen worden na drie jaar na het besluit vernietigd."),
P("Deskundigheidsbevordering. Jaarlijks verzorgt het samenwerkingsverband een scholingsaanbod voor mentoren en "
  "zorgcoördinatoren, onder meer over autisme, executieve functies en het werken met het OPP. Een netwerk van "
  "zorgcoördinatoren komt zes keer per jaar bijeen. Het proces van professionalisering wordt projectmatig begeleid "
  "door een programmaleider."),

H1("12 Aansluiting po–vo en vo–mbo"),
P("De overstap van het primair naar het voortgezet onderwijs verloopt via de regionale overstapprocedure, met een "
  "warme overdracht voor leerlingen met een ondersteuningsbehoefte. In de doorstroomtafel bespreken po en vo vóór 1 "
  "april de leerlingen voor wie extra aandacht nodig is. Ook de uitstroom naar het mbo krijgt aandacht: alle "
  "leerlingen met een OPP krijgen een warme overdracht naar het mbo, en leerlingen uit het vso en pro worden bij de "
  "uitstroom naar werk of dagbesteding begeleid door de uitstroomcoördinator."),

H1("Bijlage 1 Begrippenlijst"),
T(["Begrip", "Betekenis"],
  ["Basisondersteuning", "Ondersteuning die iedere vestiging ten minste biedt."],
  ["Lwoo", "Leerwegondersteunend onderwijs."],
  ["Meerjarenbegroting", "Begroting over vier jaar, met baten en lasten per jaar."],
  ["OPDC", "Orthopedagogisch-didactisch centrum."],
  ["Pro", "Praktijkonderwijs."],
  ["TLA", "Commissie Toelaatbaarheid en Arrangementen."],
  ["TLV", "Toelaatbaarheidsverklaring."],
  ["Vso", "Voortgezet speciaal onderwijs."]),
H1("Bijlage 2 Vestigingen en contactpersonen"),
P("Onderstaand overzicht vermeldt per vestiging de ondersteuningscoördinator als eerste aanspreekpunt voor ouders."),
T(["Vestiging", "Plaats", "Ondersteuningscoördinator", "Lwoo"],
  ["Hunzecollege Centrum", "Veenoord", "mw. A. Bakker", "ja"],
  ["Hunzecollege Oost", "Veenoord", "dhr. R. Dijkstra", "ja"],
  ["Hunzecollege Westerbroek", "Westerbroek", "mw. S. Kuipers", "nee"],
  ["Veenoord Lyceum", "Veenoord", "mw. L. de Vries", "nee"],
  ["De Noorderpoort Mavo", "Nieuw-Aalden", "dhr. T. Smit", "nee"],
  ["De Noorderpoort havo/vwo", "Veenoord", "mw. E. Mulder", "nee"],
  ["Praktijkschool Veenoord", "Veenoord", "dhr. P. Hoekstra", "n.v.t."],
  ["OSG Westerbroek Vmbo", "Westerbroek", "mw. J. Visser", "ja"],
  ["OSG Westerbroek Mavo", "Hunzedal", "dhr. K. Bos", "nee"],
  ["Aldenstein Vmbo", "Hunzedal", "mw. M. Meijer", "ja"],
  ["Aldenstein Havo", "Hunzedal", "dhr. W. de Boer", "nee"],
  ["Sint-Ludger", "Veenoord", "mw. C. Jansen", "nee"],
  ["De Veenborgh vso Noord", "Veenoord", "dhr. H. Veenstra", "n.v.t."],
  ["De Veenborgh vso Zuid", "Hunzedal", "mw. I. Postma", "n.v.t."],
  ["Het Loo-Veld", "Nieuw-Aalden", "dhr. G. Wierenga", "n.v.t."]),
H1("Bijlage 3 Kalender planperiode"),
T(["Wanneer", "Wat"],
  ["september (jaarlijks)", "Jaarplan en begroting ter bespreking in de OPR"],
  ["1 oktober", "Teldatum leerlingen"],
  ["december", "Zelfevaluatie basisondersteuning vestigingen"],
  ["februari", "Evaluatie OPP's vso-leerlingen (zie hoofdstuk 6)"],
  ["vóór 1 mei 2030", "Nieuw ondersteuningsplan naar de inspectie"]),
P("Bijlage 4 (OOGO-verslag) en bijlage 5 (meerjarenbegroting 2026–2029) zijn als afzonderlijke documenten "
  "gepubliceerd."),
]

DOC = dict(
    slug="ho-vo-hunzedal-2026", fmt="docx+pdf", sector="vo", looks_like_plan=True,
    title="Ondersteuningsplan 2026–2030 SWV VO Hunzedal-Veenoord", toc=True,
    header="Ondersteuningsplan 2026–2030 · SWV VO Hunzedal-Veenoord",
    footer="VO 32-05",
    font="Arial", font_size=10.5,
    blocks=blocks,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    notes={
        "financien": "ch. 10 gives the verdeelsleutel (€118 per leerling + vaste voet, budgets for voorzieningen) -> verdeling true; besteding: 'De meerjarenbegroting 2026-2029 is opgenomen in bijlage 5' but bijlage 5 is not in the document (end of Bijlage 3: published separately) and no amounts of a begroting appear anywhere -> besteding false -> partial. Should also be reported as a 'verwezen' reference to an absent annex.",
        "resultaten": "doelen: ch. 3 table of ambities with beoogde resultaten 2030 (numbers). monitoring: ch. 9 'Kwaliteitszorg: meten is weten' only defers ('wordt nader uitgewerkt in het jaarplan 2026-2027'); kengetallen tables in ch. 2 / figures in 6.2 are reported figures (advisory meetbaar), not a description of how results are monitored -> partial.",
        "plaatsing": "ch. 5: vso procedure (steps, TLA-commissie, 2 deskundigen, 6 weken), criteria (5.2), pro/lwoo with national criteria and procedure (5.3), bezwaar LBT (5.4).",
        "terugstroom": "ch. 6 'Terugkeer naar het reguliere vo': policy + conditions + overgangsarrangement; procedure table 6.1; figures 6.2.",
        "ouders": "ch. 8: website/schoolgids/folder/informatieavonden + Ouderpunt Hunzedal (independent OJSP), Onderwijsconsulenten, Geschillencommissie.",
        "dekkend-aanbod": "continuum ch. 4 (four layers, 4.3 bovenschoolse voorzieningen); lacunes ch. 7 (witte vlekken with actions, thuiszitterstafel, doorzettingsmacht).",
    },
)
