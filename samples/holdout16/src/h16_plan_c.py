# -*- coding: utf-8 -*-
"""Plan C: VO, pdf (rendered from docx). 'Ambitieplan passend onderwijs 2026-2030', SWV VO Zeeduin.

Design: basisondersteuning present; plaatsing partial (criteria present, procedure only in a
web 'Handboek Toewijzing'); terugstroom partial (policy present in ambitie 2, procedure deferred);
financien missing (only a reference to a separate 'Financieel kader'); dekkend-aanbod present
(scattered over ambitie 2 and 3); resultaten partial (SMART doelen, monitoring deferred to a
future kwaliteitskader); ouders present (ambitie 4).
"""

NAME = "vo-ambitieplan-zeeduin"
FORMATS = ["pdf"]
HEADER = "Ambitieplan passend onderwijs 2026-2030 - Samenwerkingsverband VO Zeeduin"
FOOTER = "VO 27-05 | ondersteuningsplan ex artikel 17a WVO"


def blocks():
    B = []
    B.append(("title", [
        "Ambitieplan passend onderwijs 2026-2030",
        "Ondersteuningsplan van Samenwerkingsverband VO Zeeduin (VO 27-05)",
        "Vastgesteld door het bestuur op 19 maart 2026",
    ]))
    B.append(("pagebreak",))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [
        "In een oogopslag",
        "1 Woord vooraf",
        "2 Zeeduin in beeld",
        "3 Onze koers: missie, visie en vijf ambities",
        "4 Ambitie 1 - Iedere school een thuisbasis",
        "5 Ambitie 2 - Ieder talent een plek",
        "6 Ambitie 3 - Niemand thuis",
        "7 Ambitie 4 - Samen met ouders en leerlingen",
        "8 Ambitie 5 - Vakmanschap en verbinding",
        "9 Organisatie, medezeggenschap en financien",
        "10 Zo houden we koers: resultaten",
        "11 Verantwoording wettelijke eisen",
        "12 Begrippen",
    ]))
    B.append(("pagebreak",))

    B.append(("h1", "In een oogopslag"))
    B.append(("table", ["Onderwerp", "Onze belofte"], [
        ["Basisondersteuning", "Tien afspraken die op iedere vestiging gelden."],
        ["Toelaatbaarheid (vso, pro, lwoo)", "Heldere criteria en een snelle route."],
        ["Terugplaatsing", "Het vso is een tussenstation, geen eindstation."],
        ["Financien", "Een transparant verdeelmodel en een sluitende meerjarenbegroting."],
        ["Dekkend aanbod", "Voor iedere jongere een plek, geen thuiszitters."],
        ["Resultaten", "Meetbare doelen, jaarlijks gevolgd en verantwoord."],
        ["Ouders", "Goede informatie en een onafhankelijk steunpunt."],
    ]))

    B.append(("h1", "1 Woord vooraf"))
    B.append(("p", "Met dit ambitieplan zet Samenwerkingsverband VO Zeeduin de koers uit voor de schooljaren 2026-2027 tot en met 2029-2030. Het plan vervangt het ondersteuningsplan 2022-2026. De titel is bewust gekozen: we willen niet alleen vastleggen wat de wet van ons vraagt, maar vooral laten zien wat we samen willen bereiken voor de ruim 12.000 jongeren die in onze kustregio naar het voortgezet onderwijs gaan."))
    B.append(("p", "Het plan is het resultaat van een traject waarin we meer dan dertig gesprekken voerden: met leerlingen, ouders, mentoren, ondersteuningscoordinatoren, schoolleiders, jeugdhulpaanbieders en de drie gemeenten. Wat opviel, was hoeveel mensen dezelfde wens uitspraken: meer eenvoud, minder papier en meer tijd voor de jongere zelf. Die wens loopt als een rode draad door het plan."))
    B.append(("p", "Het plan is ook een uitnodiging. Aan scholen om de afspraken in hun eigen praktijk te vertalen, aan partners om met ons mee te denken en aan jongeren en ouders om ons te laten weten wanneer het beter kan."))
    B.append(("p", "Het bestuur dankt de schrijfgroep, de ondersteuningsplanraad en alle gesprekspartners. Wij hopen dat dit plan in de scholen gaat leven en dat het ons over vier jaar in staat stelt te laten zien dat we verschil hebben gemaakt."))

    B.append(("p", "Namens het bestuur, mr. A. (Anouk) van Dijk, voorzitter, en J. (Jeroen) Bosman, directeur"))
    B.append(("p", "Leeswijzer: hoofdstuk 2 schetst de regio, hoofdstuk 3 onze koers en de hoofdstukken 4 tot en met 8 de vijf ambities. Daarna volgen de organisatie, de wijze waarop we koers houden en een overzicht van de wettelijke eisen."))
    B.append(("h1", "2 Zeeduin in beeld"))
    B.append(("p", "Zeeduin omvat de gemeenten Zandvoort-Noord, Duinrand en Kustwijk. Vijf schoolbesturen met samen dertien vestigingen voor vmbo, havo en vwo, een school voor praktijkonderwijs en twee vso-scholen maken deel uit van het samenwerkingsverband. Daarnaast volgen leerlingen uit de regio onderwijs op vso-scholen buiten de regio, vooral voor cluster 3."))
    B.append(("p", "De regio is toeristisch en seizoensgebonden. Veel ouders werken in de horeca of in de zorg, met onregelmatige diensten. De huizenprijzen zijn hoog, wat het voor jonge leraren lastig maakt om in de regio te wonen. In de kernen aan zee daalt het aantal jongeren; in Duinrand groeit het door nieuwbouw. Ongeveer 9 procent van de leerlingen heeft een migratieachtergrond; het aantal nieuwkomers is sinds 2022 sterk gestegen."))
    B.append(("p", "Op 1 oktober 2025 zat 3,6 procent van de leerlingen uit Zeeduin in het vso en 2,4 procent in het praktijkonderwijs. Het aantal jongeren dat langer dan vier weken niet naar school ging, bedroeg op de telling van 1 maart 2025 in totaal 27."))

    B.append(("h2", "2.1 Hoe dit plan tot stand kwam"))
    B.append(("p", "De voorbereiding begon in januari 2025 met een startbijeenkomst voor alle schoolleiders en ondersteuningscoordinatoren. Daarna volgden drie rondes. In de eerste ronde haalden we op wat goed ging en wat beter moest; in de tweede ronde werkten schrijfgroepen per ambitie de teksten uit; in de derde ronde legden we het concept voor aan de besturen, de gemeenten, de jongerenraad en de ondersteuningsplanraad. De ondersteuningsplanraad heeft het concept in twee vergaderingen besproken en veertien vragen gesteld, die allemaal schriftelijk zijn beantwoord. Een aantal antwoorden heeft tot aanpassing van de tekst geleid, onder meer over de rol van jongeren bij hun eigen OPP."))
    B.append(("p", "We hebben er bewust voor gekozen het plan niet langs de artikelen van de wet op te bouwen. De gesprekken lieten zien dat mensen in de scholen zich meer herkennen in ambities dan in wetsartikelen. Voor wie het plan naast de wet wil leggen, is er in hoofdstuk 11 een overzicht."))
    B.append(("h2", "2.2 Wat ons bezighoudt"))
    B.append(("p", "De kustregio heeft eigen uitdagingen. Door de seizoensgebonden economie wisselt de samenstelling van sommige klassen sterk: in het voorjaar komen gezinnen van seizoenswerkers, in het najaar vertrekken zij weer. Voor die jongeren is continuiteit in onderwijs en ondersteuning lastig. Daarnaast zien de scholen een toename van jongeren met angst- en stemmingsklachten, vaak in combinatie met schoolverzuim. De jeugd-GGZ heeft wachttijden van vier tot acht maanden. Tot slot is het lerarentekort in de kustplaatsen groter dan in het binnenland, vooral in de vakken wiskunde, Nederlands en de techniekvakken in het vmbo."))
    B.append(("p", "Tegelijk heeft de regio sterke punten. De scholen kennen elkaar goed, de lijnen met de gemeenten zijn kort en er is een rijk verenigingsleven en een actieve vrijwilligerssector die jongeren perspectief kunnen bieden buiten school. Die kracht van de gemeenschap willen we benutten."))
    B.append(("h1", "3 Onze koers"))
    B.append(("p", "Missie: Zeeduin zorgt ervoor dat iedere jongere in de regio een passende onderwijsplek heeft, waar hij of zij zich veilig voelt en zich kan ontwikkelen tot een zelfstandig en betrokken volwassene. Visie: passend onderwijs is geen apart systeem naast het gewone onderwijs, maar een manier van kijken. We kijken naar wat een jongere nodig heeft, niet naar het etiket. We zetten middelen en mensen in waar ze het meeste effect hebben."))
    B.append(("p", "Uit deze missie en visie volgen vijf ambities. Ze zijn tot stand gekomen in de gesprekken van 2025 en door de ondersteuningsplanraad van commentaar voorzien. Iedere ambitie kent een korte inleiding, de afspraken die we maken en een tabel met SMART-doelen voor 2030."))

    B.append(("h1", "4 Ambitie 1 - Iedere school een thuisbasis"))
    B.append(("p", "Een jongere moet op iedere school in Zeeduin kunnen rekenen op dezelfde stevige basis. Daarom hebben de vijf besturen de basisondersteuning opnieuw vastgesteld. De tien afspraken hieronder gelden voor alle dertien vestigingen en voor iedere afdeling, van basisberoepsgerichte leerweg tot gymnasium. Ze vormen samen het minimum dat een ouder op elke school mag verwachten; het is geen plafond."))
    B.append(("ol", [
        "Iedere vestiging heeft een ondersteuningscoordinator met ten minste 0,5 fte per 600 leerlingen en een ondersteuningsteam dat om de zes weken bijeenkomt.",
        "Iedere leerling heeft een mentor die hem of haar wekelijks spreekt; in leerjaar 1 en 2 is er een mentoruur per week.",
        "Er is een dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd, vergrote teksten, voorleessoftware en het gebruik van een rekenmachine.",
        "Er is een aanbod faalangstreductietraining en een training sociale vaardigheden, minimaal een keer per jaar.",
        "Er is een time-outvoorziening (een ruimte met begeleiding) tijdens alle lesuren.",
        "Er is een aanbod voor huiswerkbegeleiding en leren leren in de onderbouw.",
        "Er is een coach executieve functies voor leerlingen die vastlopen in planning en organisatie.",
        "Er is een protocol medisch handelen en een protocol voor leerlingen met langdurige ziekte, inclusief afspraken over onderwijs op afstand.",
        "Er is een aanbod voor meer- en hoogbegaafde leerlingen: versnellen, verrijken of verbreden.",
        "Er is een schoolmaatschappelijk werker of jeugdprofessional die ten minste een dagdeel per week op school aanwezig is.",
    ]))
    B.append(("p", "Iedere school beschrijft in haar schoolgids hoe zij deze afspraken invult en wat zij daarnaast biedt. De consulenten van Zeeduin bezoeken iedere vestiging jaarlijks met de kijkwijzer basisondersteuning. Voldoet een school aan een afspraak niet, dan spreken bestuur en consulent een hersteltermijn van ten hoogste zes maanden af."))
    B.append(("table", ["SMART-doel ambitie 1", "Nulmeting 2025", "Streefwaarde 2030"], [
        ["Vestigingen die aan alle tien afspraken voldoen", "9 van 13", "13 van 13"],
        ["Leerlingen met een OPP dat op de eigen school het diploma haalt", "61%", "70%"],
        ["Leerlingen in de onderbouw met extra ondersteuning die zonder doubleren naar leerjaar 3 gaan", "78%", "85%"],
    ]))

    B.append(("h1", "5 Ambitie 2 - Ieder talent een plek"))
    B.append(("h2", "5.1 De trap van ondersteuning"))
    B.append(("p", "Niet iedere jongere vindt zijn plek in een gewone klas met basisondersteuning. Daarom heeft Zeeduin een trap van ondersteuning. Op de eerste trede staat de basis van ambitie 1. Op de tweede trede staat de extra ondersteuning op de eigen school: een arrangement dat het ondersteuningsteam samen met de jongere opstelt, zoals een begeleidingstraject bij de orthopedagoog, een aangepast lesprogramma of een plaats in de trajectklas van de school. Op de derde trede staan de bovenschoolse voorzieningen: het OPDC De Branding (maximaal een jaar), de Kustrebound (tien weken), de Taalhaven voor nieuwkomers en de Zeeduin Academie voor hoogbegaafde leerlingen met een ondersteuningsvraag. Op de vierde trede staan het praktijkonderwijs en het vso. Daarnaast zijn er onderwijs-zorgarrangementen, waarbij een jeugdhulpaanbieder in de school werkt."))
    B.append(("p", "Voor nieuwkomers is de Taalhaven de eerste stap. Jongeren leren er in een tot twee jaar Nederlands en stromen daarna door naar een passende afdeling van een reguliere school, waar een taalcoach hen het eerste halfjaar blijft volgen. Voor hoogbegaafde jongeren die vastlopen biedt de Zeeduin Academie een programma van een dag per week naast het reguliere rooster, gericht op leren leren, motivatie en omgaan met faalangst. Jongeren blijven ingeschreven op hun eigen school."))
    B.append(("h2", "5.2 Wanneer toelaatbaar?"))
    B.append(("p", "Een jongere is toelaatbaar tot het vso als uit het ontwikkelingsperspectief blijkt dat zijn of haar ondersteuningsbehoefte de mogelijkheden van de eerste drie treden structureel overstijgt. Daarvan is sprake als aan ten minste twee van de volgende indicatoren is voldaan: de jongere heeft gedurende het hele schooldag een kleine groep van ten hoogste twaalf leerlingen nodig; de jongere heeft voortdurend nabijheid van een volwassene nodig voor veiligheid of zelfregulatie; de jongere heeft een aangepast curriculum nodig dat op een reguliere school niet te organiseren is; de jongere heeft intensieve medische of verzorgende handelingen nodig gedurende de schooldag. Een bovenschoolse voorziening moet zijn overwogen en beargumenteerd afgewezen."))
    B.append(("p", "Voor praktijkonderwijs en leerwegondersteunend onderwijs gelden de landelijke criteria. Voor praktijkonderwijs: een IQ van 55 tot en met 80 en een leerachterstand van ten minste drie jaar op ten minste twee domeinen, waaronder inzichtelijk rekenen of begrijpend lezen. Voor lwoo: een IQ van 75 tot en met 120 en een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of een IQ van 91 tot en met 120 met een leerachterstand op een domein en sociaal-emotionele problematiek."))
    B.append(("p", "Een toelaatbaarheidsverklaring voor het vso geldt in Zeeduin in de regel voor twee schooljaren, in categorie laag, midden of hoog. Voor jongeren met een ernstig meervoudige beperking kan een TLV worden afgegeven tot het einde van de vso-periode."))
    B.append(("p", "De route van aanvraag tot besluit - wie de aanvraag indient, welke stukken nodig zijn, wie besluit en binnen welke termijn - staat in het Handboek Toewijzing op www.swvzeeduin.nl/toewijzing. Met de digitalisering van het aanvraagproces in 2026 krijgt het handboek een nieuwe versie."))
    B.append(("h2", "5.3 Het vso als tussenstation"))
    B.append(("p", "Zeeduin ziet het vso nadrukkelijk als een tussenstation voor jongeren voor wie dat kan. Ons beleid is dat iedere jongere in het vso met het uitstroomprofiel vervolgonderwijs het perspectief houdt op een terugkeer naar het reguliere vo. Terugplaatsing komt aan de orde zodra de jongere in het OPP de doelen voor zelfregulatie en werkhouding gedurende ten minste een half jaar stabiel haalt, het vso-programma aansluit bij het niveau van een reguliere afdeling en een reguliere vestiging kan bieden wat de jongere dan nog nodig heeft. Jongeren met het uitstroomprofiel arbeidsmarkt of dagbesteding worden niet teruggeplaatst maar voorbereid op werk of dagbesteding."))
    B.append(("p", "Wie terugkeert, krijgt een terugkeerarrangement. Een ambulant begeleider van de vso-school blijft gedurende een schooljaar betrokken, de ontvangende school wijst een vaste mentor aan, en de eerste acht weken gelden als proefperiode waarin de jongere nog ingeschreven blijft op het vso. Lukt het niet, dan kan de jongere terug naar zijn vso-plek. Hoe de terugkeer stap voor stap verloopt - wie het initiatief neemt, wanneer we evalueren en wie beslist - leggen de vso-scholen en de reguliere scholen vast in een gezamenlijk stappenplan dat in de loop van schooljaar 2026-2027 gereedkomt."))
    B.append(("table", ["SMART-doel ambitie 2", "Nulmeting 2025", "Streefwaarde 2030"], [
        ["Jongeren dat na een OPDC-traject een jaar later nog op een reguliere school zit", "71%", "85%"],
        ["Jongeren uit het vso met uitstroomprofiel vervolgonderwijs dat terugkeert naar het reguliere vo", "6 per jaar", "15 per jaar"],
        ["Vso-leerlingen op een school buiten de regio", "64", "45"],
    ]))

    B.append(("h1", "6 Ambitie 3 - Niemand thuis"))
    B.append(("p", "Iedere jongere die niet naar school gaat, is er een te veel. Thuiszitten heeft vaak een lange voorgeschiedenis, en hoe langer het duurt, hoe moeilijker de terugkeer. We zetten in op vroeg signaleren en snel schakelen."))
    B.append(("h2", "6.1 Waar het aanbod tekortschiet"))
    B.append(("p", "Ieder voorjaar voert Zeeduin de Dekkend-aanbodscan uit. Ondersteuningscoordinatoren, leerplicht, de lokale teams en de vso-scholen melden dan welke jongeren geen passende plek konden vinden, op welke voorziening een wachtlijst staat en welke vragen niet beantwoord konden worden. Het bureau bundelt de meldingen per type vraag. Het bestuur besluit voor de zomer welke voorziening wordt uitgebreid of opgezet. Zo ontstond in 2024 de Zeeduin Academie, na signalen over hoogbegaafde jongeren met faalangst die uitvielen."))
    B.append(("h2", "6.2 De Thuiszitterstafel"))
    B.append(("p", "Iedere jongere die langer dan twee weken niet naar school gaat, wordt door de school gemeld bij leerplicht en bij de consulent van Zeeduin. Binnen tien werkdagen komt de Thuiszitterstafel bijeen met de school, leerplicht, het lokale team en de jongere en ouders. Er wordt een plan gemaakt met een vaste regisseur en een datum voor de eerste evaluatie. Lukt het niet om binnen acht weken een plek te vinden, dan escaleert de regisseur naar de directeur van Zeeduin, die een school of voorziening kan aanwijzen die de jongere tijdelijk opvangt."))
    B.append(("p", "Besturen dragen samen de zorgplicht. Een school die bij aanmelding geen passende plek kan bieden, zoekt in overleg met de consulent binnen de wettelijke termijn een andere school in de regio. Het netwerk ondersteuningscoordinatoren heeft daarvoor een afgesproken wisselprotocol."))
    B.append(("table", ["SMART-doel ambitie 3", "Nulmeting 2025", "Streefwaarde 2030"], [
        ["Thuiszitters langer dan vier weken (telling 1 maart)", "27", "hooguit 10"],
        ["Vrijstellingen op grond van artikel 5a Leerplichtwet", "19", "hooguit 12"],
        ["Gemiddelde tijd tot een plan aan de Thuiszitterstafel", "17 werkdagen", "10 werkdagen"],
    ]))

    B.append(("h1", "7 Ambitie 4 - Samen met ouders en leerlingen"))
    B.append(("p", "Ouders kennen hun kind het best. Zij moeten kunnen begrijpen welke ondersteuning er is en hoe ze die kunnen krijgen. Jongeren zelf horen mee te praten over hun eigen ondersteuning."))
    B.append(("h2", "7.1 Hoe ouders weten wat er is"))
    B.append(("p", "Op de website van Zeeduin staat de Ouderwijzer: een digitale gids die in gewone taal uitlegt wat de tien afspraken van de basisondersteuning zijn, welke extra ondersteuning en bovenschoolse voorzieningen er zijn en hoe je daar terechtkomt. De Ouderwijzer is ook als folder verkrijgbaar en wordt bij de aanmelding op iedere school meegegeven. Scholen beschrijven hun ondersteuning in de schoolgids. Ieder najaar houdt Zeeduin samen met de basisscholen twee informatieavonden voor ouders van leerlingen in groep 7 en 8 over de overstap naar het vo en de ondersteuning die daar mogelijk is."))
    B.append(("h2", "7.2 Waar ouders onafhankelijk hulp vinden"))
    B.append(("p", "Sinds 2025 heeft Zeeduin een ouder- en jeugdsteunpunt: Wegwijs Zeeduin. Wegwijs is onafhankelijk van de scholen en van het samenwerkingsverband; de medewerkers zijn in dienst van MEE en geven gratis advies aan ouders en jongeren die vragen hebben of het niet eens zijn met de school. Wegwijs is bereikbaar via telefoon, app en een spreekuur op woensdagmiddag. Ouders kunnen ook terecht bij Onderwijsconsulenten. Tegen een besluit over toelaatbaarheid kunnen ouders bezwaar maken; Zeeduin vraagt daarover advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."))
    B.append(("h2", "7.3 Jongeren praten mee"))
    B.append(("p", "Jongeren hebben hoorrecht bij hun OPP. Zeeduin heeft een jongerenpanel van twaalf leerlingen dat twee keer per jaar met de directeur spreekt. In de ondersteuningsplanraad zitten drie ouders en drie leerlingen naast zes personeelsleden."))
    B.append(("table", ["SMART-doel ambitie 4", "Nulmeting 2025", "Streefwaarde 2030"], [
        ["Ouders van leerlingen met een OPP die weten waar zij terechtkunnen met vragen", "58%", "80%"],
        ["Leerlingen met een OPP die aangeven dat hun mening is meegenomen", "63%", "80%"],
    ]))

    B.append(("h1", "8 Ambitie 5 - Vakmanschap en verbinding"))
    B.append(("p", "De kwaliteit van passend onderwijs wordt bepaald door de mensen in de school. Zeeduin investeert daarom in vakmanschap: een leergang voor mentoren, een netwerk voor ondersteuningscoordinatoren, intervisie voor time-outbegeleiders en een jaarlijkse studiedag voor alle scholen. Nieuwe docenten volgen in hun eerste jaar een module over passend onderwijs."))
    B.append(("p", "Verbinding gaat over de samenwerking met partners. Met de drie gemeenten voerden we op 27 januari 2026 op overeenstemming gericht overleg over dit plan. Afgesproken is dat er op iedere vestiging een jeugdprofessional aanwezig is, dat de gemeenten en Zeeduin gezamenlijk de onderwijs-zorgarrangementen uitbreiden, en dat het leerlingenvervoer voor vso-leerlingen wordt afgestemd op de lestijden. Met het samenwerkingsverband primair onderwijs is overleg gevoerd over de overstap van groep 8 naar het vo. Met het mbo werken we samen aan de overstap voor jongeren met een ondersteuningsbehoefte."))
    B.append(("p", "Het personeelsbeleid blijft een verantwoordelijkheid van de besturen. Zeeduin draagt bij door gezamenlijke scholing en door het uitwisselen van expertise tussen vso en regulier vo, bijvoorbeeld door detachering van ambulant begeleiders."))

    B.append(("h2", "8.1 Huisvesting en leerlingenvervoer"))
    B.append(("p", "De OPDC-voorziening De Branding is gehuisvest in een voormalige basisschool in Duinrand. Het gebouw wordt in 2027 aangepast, zodat er ook ruimte is voor de Kustrebound. De gemeente Duinrand is als eigenaar verantwoordelijk voor de aanpassing; Zeeduin en de gemeente hebben afgesproken dat de verbouwing in de zomervakantie plaatsvindt. Voor jongeren die naar een vso-school buiten de regio gaan, regelen de gemeenten het leerlingenvervoer. We signaleren dat reistijden van meer dan een uur per richting voor sommige jongeren een reden zijn om uit te vallen, en hebben dat in het overleg met de gemeenten aan de orde gesteld."))
    B.append(("h2", "8.2 Planning 2026-2030"))
    B.append(("table", ["Schooljaar", "Wat we doen"], [
        ["2026-2027", "digitalisering aanvraagroute; stappenplan terugkeer vso; kwaliteitskader Zeeduin; aanpassing gebouw De Branding"],
        ["2027-2028", "uitbreiding Zeeduin Academie naar tweede locatie; vernieuwing Ouderwijzer"],
        ["2028-2029", "tweede ronde kijkwijzer basisondersteuning met nieuwe afspraken uit de landelijke norm"],
        ["2029-2030", "voorbereiding ambitieplan 2030-2034; OOGO en instemming OPR voor 1 mei 2030"],
    ]))
    B.append(("h2", "8.3 Van vo naar mbo en werk"))
    B.append(("p", "De overstap van het vmbo naar het mbo is voor jongeren met een ondersteuningsbehoefte een kwetsbaar moment. Met de twee mbo-instellingen in de regio hebben we afgesproken dat iedere jongere met een OPP in het examenjaar een intakegesprek heeft op de mbo-opleiding van zijn keuze, samen met de mentor. De ondersteuningscoordinator van de vo-school draagt de relevante informatie over, met toestemming van de jongere en de ouders. Het mbo wijst een vaste studieloopbaanbegeleider aan die de jongere de eerste tien weken intensief volgt. Jongeren uit het praktijkonderwijs en uit het vso met het uitstroomprofiel arbeidsmarkt krijgen in hun laatste jaar een jobcoach, die ook het eerste jaar na school betrokken blijft."))
    B.append(("p", "Met werkgevers in de regio, vooral in de horeca, de zorg en de bouw, werken we aan leerwerkplekken voor jongeren uit het praktijkonderwijs en het vso. De gemeenten ondersteunen dat met hun werkgeversservicepunt. Voor jongeren die (nog) niet kunnen werken, zoeken we samen met de gemeenten een passende vorm van dagbesteding."))
    B.append(("h1", "9 Organisatie, medezeggenschap en financien"))
    B.append(("p", "Zeeduin is een stichting met een bestuur van vijf leden, afkomstig van de aangesloten schoolbesturen, en een onafhankelijke voorzitter. De dagelijkse leiding ligt bij de directeur, die verantwoording aflegt aan het bestuur. Het bureau telt 8,4 fte. De ondersteuningsplanraad heeft op 10 maart 2026 ingestemd met dit plan."))
    B.append(("p", "Het financiele beleid, het verdeelmodel en de meerjarenbegroting zijn vastgelegd in het afzonderlijke document Financieel kader Zeeduin 2026-2030, dat het bestuur gelijktijdig met dit plan vaststelt. Dat document wordt jaarlijks geactualiseerd."))
    B.append(("p", "Het bureau van Zeeduin bestaat uit de directeur, drie consulenten, een orthopedagoog, een secretaris van de commissie die over toelaatbaarheid adviseert, een beleidsmedewerker en een officemanager. De consulenten zijn ieder gekoppeld aan vier of vijf vestigingen en zijn daar vast aanspreekpunt. Het bureau is gevestigd in het Onderwijshuis in Kustwijk, samen met leerplicht en het jongerenloket van de gemeente. De ondersteuningsplanraad telt twaalf leden en vergadert zes keer per jaar, waarvan drie keer met de directeur. De raad heeft een ambtelijk secretaris en een eigen scholingsbudget."))
    B.append(("p", "Zeeduin verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor de beoordeling van aanvragen en de begeleiding van thuiszitters. De bewaartermijn is drie jaar na het laatste besluit. Het privacyreglement staat op de website."))

    B.append(("h1", "10 Zo houden we koers"))
    B.append(("p", "De SMART-doelen bij iedere ambitie geven aan wat we in 2030 willen hebben bereikt. Hoe we de voortgang op die doelen meten, hoe vaak we dat doen en op welke manier we erover rapporteren, leggen we vast in het kwaliteitskader van Zeeduin. Dat kader wordt opgesteld in overleg met de besturen en verschijnt in het voorjaar van 2027."))

    B.append(("h1", "11 Verantwoording wettelijke eisen"))
    B.append(("table", ["Onderdeel art. 17a lid 8 WVO", "Vindplaats"], [
        ["a. ondersteuningsvoorzieningen en basisondersteuning", "hoofdstuk 4 en 5.1"],
        ["b. middelen: verdeling, besteding, toewijzing, meerjarenbegroting", "hoofdstuk 9 / Financieel kader Zeeduin 2026-2030"],
        ["c. toelaatbaarheid vso, lwoo, pro", "paragraaf 5.2"],
        ["d. terugplaatsing en overplaatsing", "paragraaf 5.3"],
        ["e. beoogde en bereikte resultaten", "SMART-tabellen, hoofdstuk 10"],
        ["f. ouders: informatie en onafhankelijke ondersteuning", "hoofdstuk 7"],
    ]))

    B.append(("h1", "12 Begrippen"))
    B.append(("table", ["Begrip", "Uitleg"], [
        ["Bekostiging", "De middelen die het samenwerkingsverband van het Rijk ontvangt voor lichte en zware ondersteuning."],
        ["Meerjarenbegroting", "Begroting voor ten minste vier jaar waarin baten en lasten van het samenwerkingsverband staan."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Thuiszitter", "Jongere die langer dan vier weken niet naar school gaat zonder vrijstelling."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelmodel", "Regels volgens welke het samenwerkingsverband middelen over de scholen verdeelt."],
    ]))
    return B


LABEL = {
    "documents": ["vo-ambitieplan-zeeduin.pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False,
        "plaatsing.criteria": True,
        "terugstroom.procedure": False,
        "terugstroom.beleid": True,
        "financien.verdeling": False,
        "financien.besteding": False,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True,
        "resultaten.monitoring": False,
        "ouders.informatie": True,
        "ouders.steunpunt": True,
    },
    "advisory": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "expect": {
        "basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
        "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present",
    },
    "notes": {
        "basisondersteuning": "Ambitie 1 (ch. 4): ten afspraken valid for all 13 vestigingen as the minimum; concrete list; kijkwijzer visits and hersteltermijn = borging.",
        "plaatsing": "5.2 gives vso criteria (two of four indicators) and national pro/lwoo criteria, duration and categorie; the procedure (who applies, documents, who decides, termijn) is only referred to the web 'Handboek Toewijzing'. Bezwaar route appears in 7.2 (ouders chapter); ch. 9 staffing only mentions 'een secretaris van de commissie die over toelaatbaarheid adviseert' in passing.",
        "terugstroom": "5.3 'Het vso als tussenstation' (inside the ambitie about places) gives policy, conditions and terugkeerarrangement; the step-by-step procedure is deferred to a stappenplan 'in de loop van schooljaar 2026-2027'. SMART table has a terugkeer figure (monitoring advisory).",
        "financien": "Only ch. 9 sentence referring to the separate 'Financieel kader Zeeduin 2026-2030', the summary row, the verantwoording table and glossary entries (Bekostiging, Meerjarenbegroting, Verdeelmodel); no amounts, model or budget in the body. 'middelen' in visie is passing.",
        "dekkend-aanbod": "Continuum in 5.1 'trap van ondersteuning' (four treden, OZA); gaps in ambitie 3: Dekkend-aanbodscan, Thuiszitterstafel with escalation, zorgplicht wisselprotocol; OOGO agreements in ch. 8.",
        "resultaten": "SMART tables per ambition (doelen, with nulmeting); ch. 10 defers how progress is measured and reported to a kwaliteitskader 'verschijnt in het voorjaar van 2027' - no monitoring.",
        "ouders": "Ambitie 4 (ch. 7): Ouderwijzer on website and folder, schoolgids, informatieavonden (informatie); independent steunpunt Wegwijs Zeeduin, Onderwijsconsulenten, LBT bezwaar, Geschillencommissie (steunpunt); hoorrecht, OPR composition (betrokkenheid).",
    },
}
