# -*- coding: utf-8 -*-
"""Plan B: VO, docx. 'Vijf koerslijnen 2026-2030', SWV VO Kempenrand (fictional).

Design: basisondersteuning partial (niveau stated, inhoud left to schoolgidsen / later list);
plaatsing present (vso + lwoo + pro, scattered over koerslijn 2 and 3); terugstroom missing
(koerslijn 'Doorlopende lijnen' only covers PO-VO, OPDC return, vso uitstroom - near-misses);
financien present (verdeling in koerslijn 1 and 3, begroting table in koerslijn 5);
dekkend-aanbod partial (continuum present, lacunes deferred); resultaten present; ouders present
(inside 'Communicatie').
"""

NAME = "vo-koerslijnen-kempenrand"
FORMATS = ["docx"]
HEADER = "Vijf koerslijnen | Ondersteuningsplan SWV VO Kempenrand 2026-2030"
FOOTER = "SWV VO Kempenrand (VO 30-09) - definitieve versie na instemming OPR"


def blocks():
    B = []
    B.append(("title", [
        "Vijf koerslijnen",
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-09)",
        "Planperiode 1 augustus 2026 - 31 juli 2030",
    ]))
    B.append(("pagebreak",))
    B.append(("h1", "Inhoudsopgave"))
    B.append(("toc", [
        "Samenvatting - het plan in een notendop",
        "1 Inleiding en totstandkoming",
        "2 Onze regio en wat ons bezighoudt",
        "3 Waar we voor staan: missie, visie en kernwaarden",
        "4 Koerslijn 1 - Sterke scholen (basisondersteuning, middelen lichte ondersteuning)",
        "5 Koerslijn 2 - Snel de juiste hulp (toewijzing, TLV, lwoo en pro)",
        "6 Koerslijn 3 - Een passende plek voor iedereen (dekkend aanbod, vso-criteria)",
        "7 Koerslijn 4 - Doorlopende lijnen (overstap, terugstroom, uitstroom)",
        "8 Koerslijn 5 - Wendbaar en transparant (organisatie, communicatie, financien)",
        "9 Leren en verbeteren: resultaten en kwaliteitszorg",
        "10 Medezeggenschap, OOGO en overleg",
        "11 Verantwoording wettelijke eisen",
        "Bijlage: afkortingen en begrippen",
    ]))
    B.append(("pagebreak",))

    B.append(("h1", "Samenvatting - het plan in een notendop"))
    B.append(("p", "Kempenrand kiest voor vijf koerslijnen. Ze zijn een richting, geen afvinklijst. Kort gezegd betekent het plan het volgende voor de zeven onderwerpen die de wet van een ondersteuningsplan vraagt:"))
    B.append(("ul", [
        "Basisondersteuning - op alle scholen een herkenbare, gelijke basis.",
        "Toelaatbaarheid vso, lwoo en pro - transparant en binnen vaste termijnen.",
        "Terugstroom - leerlingen uit het vso keren waar het kan terug naar een reguliere vo-school.",
        "Financien - middelen volgen de leerling, met een sluitende meerjarenbegroting.",
        "Dekkend aanbod - geen leerling zonder passende plek; thuiszitten pakken we samen aan.",
        "Resultaten - meetbare doelen per koerslijn en jaarlijkse verantwoording.",
        "Ouders en leerlingen - goed geinformeerd, met een onafhankelijk steunpunt.",
    ]))

    B.append(("h1", "1 Inleiding en totstandkoming"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe de schoolbesturen in de regio Kempenrand de komende vier schooljaren samen invulling geven aan passend onderwijs. Het samenwerkingsverband omvat zeven schoolbesturen met negentien vestigingen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en drie vso-scholen die leerlingen uit onze regio opvangen. Ruim 17.400 leerlingen volgen onderwijs op een van deze scholen."))
    B.append(("p", "Anders dan in eerdere plannen volgen de hoofdstukken niet de volgorde van de wet. Tijdens de evaluatie van het vorige plan zeiden ondersteuningscoordinatoren, mentoren en leden van de ondersteuningsplanraad dat zij vooral wilden weten waar we naartoe werken en wat dat betekent voor hun dagelijkse praktijk. Daarom is het plan opgebouwd rond vijf koerslijnen. Achterin het plan staat een tabel die laat zien waar de wettelijk verplichte onderdelen te vinden zijn."))
    B.append(("p", "Het plan is tot stand gekomen in een open proces. Tussen maart en november 2025 spraken we met directies, ondersteuningscoordinatoren, leerlingen van de leerlingenraden, ouders, de vier gemeenten en het samenwerkingsverband primair onderwijs. Een schrijfgroep met vertegenwoordigers van alle besturen heeft de teksten opgesteld. Het algemeen bestuur heeft het plan op 12 februari 2026 voorlopig vastgesteld; na instemming van de ondersteuningsplanraad op 17 maart 2026 is het op 26 maart 2026 definitief vastgesteld en daarna voor 1 mei aan de inspectie toegezonden."))

    B.append(("h1", "2 Onze regio en wat ons bezighoudt"))
    B.append(("p", "De regio Kempenrand is een mengeling van een middelgrote stad en een ring van dorpen. Leerlingen reizen gemiddeld elf kilometer naar school; voor vso-leerlingen is dat het dubbele. Het aantal leerlingen in het voortgezet onderwijs daalt de komende jaren met ongeveer 6 procent, met de sterkste daling in de oostelijke kernen. Voor scholen met kleine afdelingen, zoals de basisberoepsgerichte leerweg, betekent dat dat zij hun aanbod moeten bundelen."))
    B.append(("p", "Op 1 oktober 2025 zaten 3,1 procent van onze leerlingen in het vso (landelijk 3,4 procent) en 2,9 procent in het praktijkonderwijs. Het aandeel leerlingen met een aanwijzing voor leerwegondersteunend onderwijs bedroeg 8,2 procent van de vmbo-leerlingen. Op de OPDC-voorziening De Overstap volgden in schooljaar 2024-2025 in totaal 96 leerlingen een traject."))
    B.append(("p", "Wat ons bezighoudt, is in de eerste plaats het tekort aan gekwalificeerd personeel, vooral mentoren en docenten met ervaring in het begeleiden van leerlingen met gedragsproblemen. Daarnaast zien we een groeiend aantal leerlingen met psychische klachten en faalangst, een toenemende druk op de jeugdhulp en lange wachtlijsten bij de specialistische GGZ. Die ontwikkelingen raken alle koerslijnen."))

    B.append(("h2", "2.1 Terugblik op het plan 2022-2026"))
    B.append(("p", "Het vorige ondersteuningsplan had drie speerpunten: eenvoudiger toewijzen, meer ondersteuning in de klas en een betere aansluiting met de jeugdhulp. Het eerste speerpunt is gerealiseerd: sinds 2023 is er een digitaal Toewijzingsloket en daalde de gemiddelde doorlooptijd van een vso-aanvraag van 49 naar 36 dagen. Het tweede speerpunt is deels gerealiseerd. Het aantal leerlingen met een OPP dat op de eigen school een diploma haalde, steeg van 59 naar 64 procent, maar het aantal nieuwe vso-plaatsingen uit klas 2 en hoger bleef met 58 per jaar vrijwel gelijk. Het derde speerpunt leverde veertien onderwijs-zorgarrangementen op, minder dan de twintig die we voor ogen hadden."))
    B.append(("p", "De externe evaluatie van het voorjaar van 2025 concludeerde dat Kempenrand een betrouwbare partner is voor scholen, maar dat het plan te veel activiteiten bevatte en te weinig keuzes. Ook vonden ouders de informatie over het samenwerkingsverband moeilijk te vinden. Die conclusies hebben we ter harte genomen: dit plan telt vijf koerslijnen, en de communicatie met ouders en leerlingen is een onderdeel van koerslijn 5."))
    B.append(("h1", "3 Waar we voor staan"))
    B.append(("p", "Onze missie: iedere jongere in Kempenrand krijgt onderwijs en ondersteuning die passen bij wie hij of zij is, en verlaat school met een diploma, certificaat of een duurzame plek op de arbeidsmarkt. Onze visie is dat ondersteuning zo licht als mogelijk en zo zwaar als nodig moet zijn, en zo dicht mogelijk bij de klas moet plaatsvinden. Leerlingen en ouders zijn gesprekspartner, niet alleen ontvanger."))
    B.append(("p", "Vier kernwaarden kleuren onze keuzes: eigenaarschap (de school waar de leerling staat ingeschreven is aan zet), samenhang (onderwijs en jeugdhulp werken als een team), eenvoud (minder formulieren, meer gesprek) en openheid (we maken keuzes en cijfers zichtbaar). Deze waarden zijn de maatlat voor iedere activiteit in dit plan."))

    B.append(("h1", "4 Koerslijn 1 - Sterke scholen"))
    B.append(("h2", "4.1 De basis als ondergrens"))
    B.append(("p", "Sterke scholen vangen het meeste op in de eigen klas. De zeven besturen hebben in 2024 vastgelegd dat alle negentien vestigingen van Kempenrand, ongeacht schoolsoort of bestuur, ten minste hetzelfde niveau van basisondersteuning bieden. Dat niveau is de regionale ondergrens: wat daaronder valt, mag een leerling op geen enkele school in Kempenrand missen, en een school kan voor een leerling die daarbinnen past geen extra middelen bij het samenwerkingsverband aanvragen. Wat een school boven die ondergrens biedt, is haar eigen profiel."))
    B.append(("p", "Welke voorzieningen onder die ondergrens vallen, beschrijft iedere school nu nog in haar schoolgids, in haar eigen woorden. Een gezamenlijke, concrete lijst die voor alle vestigingen gelijk is, stellen we op zodra de landelijke norm basisondersteuning is vastgesteld; we verwachten die uitwerking uiterlijk 1 augustus 2027 aan de ondersteuningsplanraad voor te leggen."))
    B.append(("h2", "4.2 Middelen voor lichte ondersteuning"))
    B.append(("p", "De middelen voor lichte ondersteuning verdeelt het samenwerkingsverband over de besturen via een vast bedrag per leerling. Het bedrag wordt berekend door het beschikbare budget lichte ondersteuning, na aftrek van de bovenschoolse voorzieningen en de bureaukosten, te delen door het totaal aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar. Voor 2026 komt dat neer op 212 euro per leerling. Scholen met meer dan 25 procent leerlingen uit postcodegebieden met een hoge onderwijsachterstandsscore ontvangen een opslag van 15 procent. Besturen verdelen het bedrag zelf over hun vestigingen."))
    B.append(("h2", "4.3 SMART-doelen koerslijn 1"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting 2024-2025", "2028", "2030"], [
        ["Meer leerlingen met extra ondersteuning halen een diploma op de eigen school", "% leerlingen met OPP dat diploma haalt op de school van inschrijving", "64%", "68%", "72%"],
        ["Minder tussentijdse overstap naar vso", "aantal nieuwe vso-TLV's voor leerlingen uit klas 2 en hoger", "58", "50", "45"],
        ["Leerlingen voelen zich veilig", "% leerlingen met OPP dat zich veilig voelt op school (jaarlijkse peiling)", "81%", "85%", "88%"],
    ]))

    B.append(("h1", "5 Koerslijn 2 - Snel de juiste hulp"))
    B.append(("h2", "5.1 Van vraag naar besluit"))
    B.append(("p", "Als een school een leerling niet meer passend kan ondersteunen, moet snel duidelijk zijn welke hulp wel past. Dat geldt voor een plaatsing in het vso, maar ook voor het praktijkonderwijs en het leerwegondersteunend onderwijs. In alle gevallen loopt de aanvraag via het Toewijzingsloket van Kempenrand. Het Loket is het enige adres voor scholen, en het werkt met een digitaal dossier."))
    B.append(("h3", "Toelaatbaarheid tot het vso"))
    B.append(("p", "Een aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven. Voor een leerling die nog niet op een school staat ingeschreven, dient het bevoegd gezag van de vso-school waar de leerling is aangemeld de aanvraag in. De aanvraag bevat het ontwikkelingsperspectiefplan met evaluaties, een verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling."))
    B.append(("ol", [
        "Het Loket bevestigt de ontvangst binnen vijf werkdagen en controleert de volledigheid.",
        "Twee deskundigen adviseren ieder schriftelijk: een orthopedagoog-generalist of GZ-psycholoog, en afhankelijk van de leerling een tweede deskundige (jeugdarts, maatschappelijk werker, kinder- en jeugdpsychiater of pedagoog). Zij zijn niet betrokken geweest bij de aanvraag.",
        "De Commissie van Toewijzing besluit namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag.",
        "De TLV wordt afgegeven voor een, twee of drie schooljaren, steeds tot en met 31 juli, in bekostigingscategorie laag, midden of hoog. Ouders ontvangen een afschrift van het besluit en van de deskundigenadviezen.",
    ]))
    B.append(("p", "Ouders en leerlingen die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het bestuur. Kempenrand is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat het op het bezwaar beslist."))
    B.append(("h3", "Lwoo en praktijkonderwijs"))
    B.append(("p", "Voor leerwegondersteunend onderwijs en praktijkonderwijs volgt Kempenrand de landelijke criteria; we hebben niet gekozen voor eigen lwoo-criteria. De basisschool levert in groep 8 uiterlijk 1 februari via het overstapdossier de gegevens aan: het onderwijskundig rapport, de didactische gegevens en, waar nodig, een capaciteitenonderzoek. De vo-school waar de leerling is aangemeld, dient de aanvraag voor 15 maart in bij het Loket. Het Loket beslist binnen vier weken, zodat de leerling voor de zomervakantie weet waar hij aan toe is. Een aanwijzing lwoo geldt voor de gehele vmbo-opleiding; een toelaatbaarheidsverklaring praktijkonderwijs voor de gehele duur van het praktijkonderwijs."))
    B.append(("h2", "5.2 SMART-doelen koerslijn 2"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting", "Streefwaarde 2030"], [
        ["Korte doorlooptijd vso-TLV", "gemiddelde doorlooptijd volledige aanvraag tot besluit", "36 dagen", "28 dagen"],
        ["Duidelijkheid voor de zomer", "% lwoo/pro-besluiten voor 1 mei", "91%", "100%"],
        ["Zorgvuldige besluiten", "% bezwaren dat gegrond wordt verklaard", "2 van 6", "0"],
    ]))

    B.append(("h1", "6 Koerslijn 3 - Een passende plek voor iedereen"))
    B.append(("h2", "6.1 Het ondersteuningscontinuum"))
    B.append(("p", "Kempenrand kent een opbouw in vier lagen. Iedere laag bouwt voort op de vorige en een leerling kan zich in beide richtingen door het continuum bewegen."))
    B.append(("table", ["Laag", "Wat", "Waar", "Toegang"], [
        ["1 Basis", "basisondersteuning volgens de regionale ondergrens", "alle 19 vestigingen", "geen aanvraag"],
        ["2 Extra op school", "arrangement op maat: begeleiding door een orthopedagoog of gedragsspecialist, time-outvoorziening, aangepast rooster, inzet van een jobcoach", "op de eigen school", "ondersteuningsteam van de school, budget van het bestuur"],
        ["3 Bovenschools", "OPDC De Overstap (max. 1 jaar, 60 plaatsen), Rebound Noord (12 weken), Taalhaven ISK voor nieuwkomers, HB-lab voor hoogbegaafde leerlingen", "drie locaties in de regio", "aanmelding via het Loket"],
        ["4 Gespecialiseerd", "vso cluster 3 en 4 (drie scholen), praktijkonderwijs (twee scholen)", "regionaal", "TLV of toelaatbaarheid pro via het Loket"],
    ]))
    B.append(("p", "Daarnaast bestaan er onderwijs-zorgarrangementen waarin een vso-school of De Overstap samenwerkt met een jeugdhulpaanbieder. De gemeenten betalen de jeugdhulpcomponent; het samenwerkingsverband de onderwijscomponent. Een arrangement wordt opgesteld door het ondersteuningsteam, een gezinscoach van het lokale team en de aanbieder samen."))
    B.append(("h2", "6.2 Wanneer is een leerling toelaatbaar tot het vso?"))
    B.append(("p", "De Commissie van Toewijzing toetst iedere aanvraag aan de volgende criteria. Een leerling is toelaatbaar tot het vso als aan alle drie is voldaan:"))
    B.append(("ol", [
        "De ondersteuningsbehoefte van de leerling is in het OPP beschreven en overstijgt aantoonbaar wat de school van inschrijving met de basisondersteuning en een arrangement op school (laag 2) kan bieden; de school heeft ten minste een arrangement gedurende twaalf weken uitgevoerd en geevalueerd, tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt.",
        "Een bovenschoolse voorziening (laag 3) biedt geen passend alternatief, of is al ingezet zonder voldoende resultaat.",
        "De leerling heeft structureel een combinatie van onderwijs en intensieve begeleiding nodig in een kleine groep, met specialistische expertise op het gebied van gedrag, psychiatrische problematiek (cluster 4), een verstandelijke beperking, een lichamelijke beperking of langdurige ziekte (cluster 3).",
    ]))
    B.append(("p", "Voor de bekostigingscategorie geldt: categorie laag, tenzij de leerling een lichamelijke beperking heeft (midden) of een meervoudige beperking (hoog). Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan een domein inzichtelijk rekenen of begrijpend lezen is. Voor lwoo gelden eveneens de landelijke criteria, met een leerachterstand van anderhalf tot drie jaar en een IQ tussen 75 en 120, of sociaal-emotionele problematiek die de ontwikkeling belemmert."))
    B.append(("h2", "6.3 Thuiszitten en ontbrekend aanbod"))
    B.append(("p", "Ook in Kempenrand zijn er jongeren die niet naar school gaan. Een gezamenlijke regionale aanpak van thuiszitten en een analyse van het aanbod dat in de regio ontbreekt, werken we in schooljaar 2026-2027 samen met de gemeenten en de leerplichtambtenaren uit. De resultaten daarvan leggen we voor aan de ondersteuningsplanraad."))
    B.append(("h2", "6.4 SMART-doelen koerslijn 3"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting", "Streefwaarde 2030"], [
        ["OPDC-trajecten werken", "% leerlingen dat na een traject op De Overstap een jaar later nog op een reguliere school zit", "74%", "85%"],
        ["Onderwijs en zorg samen", "aantal onderwijs-zorgarrangementen", "14", "25"],
    ]))

    B.append(("h1", "7 Koerslijn 4 - Doorlopende lijnen"))
    B.append(("p", "Overgangen zijn kwetsbare momenten. Leerlingen die extra ondersteuning nodig hebben, raken bij een overstap gemakkelijk het overzicht kwijt, en informatie gaat verloren. Deze koerslijn gaat over de overgangen tussen schoolsoorten en tussen onderwijs en arbeid."))
    B.append(("h2", "7.1 Van groep 8 naar de brugklas"))
    B.append(("p", "Met het samenwerkingsverband primair onderwijs hebben we een overstapkalender afgesproken. Voor leerlingen met een OPP vindt voor 1 april een warme overdracht plaats, waarbij de intern begeleider van de basisschool, de ondersteuningscoordinator van de vo-school en waar mogelijk de leerling zelf aanwezig zijn. So-leerlingen die naar het vso gaan, worden voor de zomer door de vso-school bezocht."))
    B.append(("h2", "7.2 Na De Overstap terug naar de eigen school"))
    B.append(("p", "Een traject op OPDC De Overstap duurt maximaal een jaar. De leerling blijft ingeschreven op de eigen school en keert na het traject terug naar de klas. Een trajectbegeleider van De Overstap begeleidt de leerling de eerste tien weken na de terugkeer. Rebound Noord werkt op dezelfde manier met trajecten van twaalf weken."))
    B.append(("h2", "7.3 Van vso en praktijkonderwijs naar werk of mbo"))
    B.append(("p", "Vso-leerlingen in het uitstroomprofiel arbeidsmarkt en leerlingen van het praktijkonderwijs worden in hun laatste jaar begeleid door een jobcoach. Met het UWV, de gemeenten en de regionale werkgevers is afgesproken dat iedere schoolverlater een plek heeft: werk, dagbesteding of een vervolgopleiding. Voor de overstap van vmbo naar mbo gebruiken we het regionale doorstroomdossier."))
    B.append(("h2", "7.4 SMART-doelen koerslijn 4"))
    B.append(("table", ["Doel", "Indicator", "Nulmeting", "Streefwaarde 2030"], [
        ["Warme overdracht voor alle leerlingen met OPP", "% OPP-leerlingen met warme overdracht voor 1 april", "83%", "100%"],
        ["Duurzame uitstroom vso/pro", "% schoolverlaters vso-arbeid en pro dat na een jaar nog werk of opleiding heeft", "77%", "85%"],
    ]))

    B.append(("h1", "8 Koerslijn 5 - Wendbaar en transparant"))
    B.append(("h2", "8.1 Organisatie"))
    B.append(("p", "Kempenrand is een vereniging. De leden zijn de zeven schoolbesturen; zij vormen de algemene ledenvergadering. De directeur-bestuurder bestuurt het samenwerkingsverband; een raad van toezicht met vier onafhankelijke leden houdt toezicht. Het bureau telt 11,2 fte en bestaat uit het Loket, de Commissie van Toewijzing, beleid, financien en secretariaat. De leidinggevende van OPDC De Overstap valt rechtstreeks onder de directeur-bestuurder."))
    B.append(("h2", "8.2 Communicatie"))
    B.append(("p", "Wendbaar en transparant zijn betekent ook dat iedereen kan weten wat er in het samenwerkingsverband gebeurt. Dat begint bij ouders en leerlingen. Op de website van Kempenrand staat een aparte ouderpagina met uitleg over de vier lagen van het continuum, de routes naar vso, lwoo en praktijkonderwijs en een overzicht van de bovenschoolse voorzieningen. De brochure 'Passend onderwijs in Kempenrand' is er in het Nederlands, Engels, Arabisch en Pools, en ligt bij de aanmelding op iedere vo-school. Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en wie de ondersteuningscoordinator is. Twee keer per jaar, in oktober en februari, organiseren we een informatieavond voor ouders van leerlingen in groep 8 en in de onderbouw van het vo."))
    B.append(("p", "Ouders en leerlingen die vastlopen, of die het gevoel hebben dat zij er met de school niet uitkomen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kempenrand. Het steunpunt werkt onafhankelijk van de scholen en het samenwerkingsverband: de medewerkers zijn in dienst van een welzijnsorganisatie en hebben een eigen telefoonnummer, mailadres en een wekelijks inloopspreekuur in de bibliotheek van de stad. Ook verwijzen we ouders naar Onderwijsconsulenten, die kosteloos advies en bemiddeling bieden. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband zelf behandelt de landelijke klachtencommissie waarbij Kempenrand is aangesloten."))
    B.append(("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. Scholen leggen de mening van de leerling vast en bespreken die met de leerling. De ondersteuningsplanraad bestaat voor de helft uit personeel en voor de helft uit ouders en leerlingen."))
    B.append(("h2", "8.3 Financien: meerjarenbegroting"))
    B.append(("p", "Naast de middelen voor lichte ondersteuning (koerslijn 1) ontvangt Kempenrand de middelen voor zware ondersteuning. Daarvan gaat het grootste deel via DUO naar de vso-scholen (afdrachten op basis van de TLV's op de teldatum 1 oktober en de groeiregeling op 1 februari). De bovenschoolse voorzieningen van laag 3 worden bekostigd met een vast budget per plaats dat in de begroting is opgenomen. Arrangementen op school worden betaald uit het bedrag per leerling. Voor praktijkonderwijs en lwoo ontvangen de scholen de bekostiging via het samenwerkingsverband, volgens het aantal aanwijzingen op 1 oktober."))
    B.append(("table", ["Bedragen x 1.000 euro", "2026", "2027", "2028", "2029"], [
        ["Baten ondersteuningsbudget (lichte en zware ondersteuning)", "14.820", "14.610", "14.380", "14.150"],
        ["Baten lwoo en pro", "9.940", "9.810", "9.700", "9.590"],
        ["Afdrachten DUO aan vso (incl. groeiregeling)", "-7.120", "-7.050", "-6.980", "-6.900"],
        ["Doorbetaling lwoo en pro aan scholen", "-9.940", "-9.810", "-9.700", "-9.590"],
        ["Bedrag per leerling aan besturen (lichte ondersteuning)", "-3.690", "-3.630", "-3.570", "-3.510"],
        ["OPDC De Overstap en Rebound Noord", "-2.210", "-2.210", "-2.180", "-2.150"],
        ["Taalhaven ISK en HB-lab", "-640", "-640", "-630", "-630"],
        ["Onderwijs-zorgarrangementen (onderwijsdeel)", "-410", "-450", "-480", "-480"],
        ["Bureau, Loket en Commissie van Toewijzing", "-1.020", "-1.030", "-1.040", "-1.050"],
        ["Resultaat", "-270", "-400", "-500", "-560"],
    ]))
    B.append(("p", "De negatieve resultaten zijn bewust: het bestuur bouwt in deze planperiode de reserve af tot het niveau van de signaleringswaarde. Eind 2025 bedroeg de algemene reserve 3,4 miljoen euro. Schoolbesturen verantwoorden jaarlijks voor 1 april in een korte rapportage hoe zij het bedrag per leerling hebben ingezet; de accountant controleert de rechtmatigheid van de uitgaven van het samenwerkingsverband."))

    B.append(("h1", "9 Leren en verbeteren"))
    B.append(("p", "De SMART-doelen per koerslijn vormen samen het resultatenkader van dit plan. We volgen ze met de Monitor Passend Onderwijs Kempenrand: een dashboard dat het bureau vult met gegevens uit het Loket, DUO, de leerlingvolgsystemen van de scholen en de jaarlijkse peiling onder leerlingen met een OPP. Het dashboard wordt per kwartaal bijgewerkt."))
    B.append(("p", "Twee keer per jaar bespreekt de directeur-bestuurder de stand van zaken met de algemene ledenvergadering en de raad van toezicht. In het jaarverslag, dat voor 1 juli verschijnt, rapporteren we per koerslijn de beoogde en bereikte resultaten en de middelen die daarvoor zijn ingezet. In het schooljaar 2027-2028 laten we een onafhankelijke tussenevaluatie uitvoeren; de uitkomst kan leiden tot bijstelling van streefwaarden, waarover de ondersteuningsplanraad instemmingsrecht heeft."))
    B.append(("p", "Op schoolniveau voeren de ondersteuningscoordinatoren jaarlijks een analyse uit van de resultaten van leerlingen met een OPP. Die analyses bespreken we in het netwerk ondersteuningscoordinatoren, zodat scholen van elkaar leren."))

    B.append(("h1", "10 Medezeggenschap, OOGO en overleg"))
    B.append(("p", "De ondersteuningsplanraad heeft op 17 maart 2026 ingestemd met dit plan. Het op overeenstemming gericht overleg met de gemeenten vond plaats op 4 februari 2026. Gespreksonderwerpen waren jeugdhulp in de school, leerlingenvervoer, onderwijshuisvesting van De Overstap en thuiszitten. De gemeenten hebben schriftelijk laten weten dat het overleg tot overeenstemming heeft geleid. Het overleg met het samenwerkingsverband primair onderwijs vond plaats op 21 januari 2026."))
    B.append(("p", "Met de gemeenten is afgesproken dat iedere vestiging een vaste contactpersoon heeft bij het lokale team, en dat de gemeenten en Kempenrand gezamenlijk de onderwijs-zorgarrangementen uitbreiden. Een bestuurlijk overleg met de wethouders vindt twee keer per jaar plaats."))

    B.append(("h1", "10a Personeel, ICT en planning"))
    B.append(("p", "Het personeelsbeleid is in de eerste plaats een verantwoordelijkheid van de schoolbesturen. Kempenrand ondersteunt met een gezamenlijk scholingsaanbod: een leergang voor mentoren over het begeleiden van leerlingen met gedragsproblemen, een netwerk voor ondersteuningscoordinatoren dat vijf keer per jaar bijeenkomt, en een jaarlijkse studiedag voor alle medewerkers van de ondersteuningsteams. Nieuwe docenten volgen in hun eerste jaar een introductiemodule passend onderwijs. Medewerkers van het bureau en van De Overstap volgen ieder jaar ten minste twee scholingsdagen; de orthopedagogen en psychologen zijn geregistreerd bij NIP of NVO."))
    B.append(("p", "Het lerarentekort raakt vooral de vmbo-afdelingen en de vso-scholen. Samen met de besturen onderzoeken we in 2026 of een gezamenlijke pool van onderwijsassistenten en gedragsspecialisten haalbaar is. Ook stimuleren we detacheringen tussen vso en regulier vo, zodat expertise zich door de regio verspreidt."))
    B.append(("p", "Het Toewijzingsloket werkt met een beveiligd digitaal dossier. Gegevens over de gezondheid van leerlingen verwerken we alleen als dat nodig is voor een besluit. Dossiers bewaren we tot drie jaar na het laatste besluit. Een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden, houdt toezicht."))
    B.append(("table", ["Schooljaar", "Mijlpalen"], [
        ["2026-2027", "nieuwe ouderpagina en brochure; uitwerking regionale lijst basisondersteuning; aanpak thuiszitten met gemeenten"],
        ["2027-2028", "tussenevaluatie; eventuele bijstelling streefwaarden"],
        ["2028-2029", "nieuw dossiersysteem Loket; evaluatie verdeling lichte ondersteuning"],
        ["2029-2030", "eindevaluatie; voorbereiding plan 2030-2034, OOGO en instemming OPR voor 1 mei 2030"],
    ]))
    B.append(("h1", "11 Verantwoording wettelijke eisen"))
    B.append(("table", ["Wettelijke eis (art. 17a lid 8 WVO / WVO 2020)", "Hoofdstuk"], [
        ["a. samenhangend geheel van ondersteuningsvoorzieningen, incl. basisondersteuning", "4 en 6"],
        ["b. verdeling, besteding en toewijzing van middelen, meerjarenbegroting", "4.2 en 8.3"],
        ["c. toelaatbaarheid vso, lwoo en pro", "5 en 6.2"],
        ["d. terugplaatsing en overplaatsing naar het vo", "7"],
        ["e. beoogde en bereikte resultaten", "SMART-tabellen en 9"],
        ["f. informatie aan ouders en onafhankelijke ondersteuning", "8.2"],
    ]))

    B.append(("h1", "Bijlage: afkortingen en begrippen"))
    B.append(("table", ["Afkorting / begrip", "Betekenis"], [
        ["HB", "Hoogbegaafdheid"],
        ["ISK", "Internationale schakelklas"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["Pro", "Praktijkonderwijs"],
        ["Terugstroom", "Terugplaatsing van een leerling uit het vso naar een reguliere vo-school, na afloop van de TLV."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"],
    ]))
    return B


LABEL = {
    "documents": ["vo-koerslijnen-kempenrand.docx"],
    "sector": "vo",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True,
        "plaatsing.criteria": True,
        "terugstroom.procedure": False,
        "terugstroom.beleid": False,
        "financien.verdeling": True,
        "financien.besteding": True,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True,
        "resultaten.monitoring": True,
        "ouders.informatie": True,
        "ouders.steunpunt": True,
    },
    "advisory": {
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "expect": {
        "basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
        "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present",
    },
    "notes": {
        "basisondersteuning": "4.1 states a regional minimum level for all 19 vestigingen (niveau), but the content is left to each schoolgids and a common list is deferred to 1 augustus 2027; continuum table only says 'volgens de regionale ondergrens'.",
        "plaatsing": "vso procedure in 5.1 (who applies, Loket, deskundigen, Commissie van Toewijzing, 6 weeks, duration/categorie, LBT bezwaar) and lwoo/pro procedure; the vso criteria sit in another koerslijn (6.2), pro/lwoo criteria (national) there too.",
        "terugstroom": "Nothing on return from vso to regular vo: koerslijn 4 (which the verantwoording table cites for lid 8d) covers PO-VO overstap, return after an OPDC/Rebound trajectory (pupil stays enrolled in regular school - not vso) and vso uitstroom to work. Only summary line, TOC and glossary entry 'Terugstroom'.",
        "financien": "Verdeling in koerslijn 1 (4.2: 212 euro per leerling, formula, teldatum, 15% opslag) and 8.3 (DUO afdrachten, budget per plaats, lwoo/pro doorbetaling); meerjarenbegroting table 2026-2029 in 8.3; reserve afbouw and verantwoording before 1 April.",
        "dekkend-aanbod": "Continuum in 6.1 (four-layer table, OZA); gaps/thuiszitters only deferred to 2026-2027 ('werken we ... uit'), OOGO list mentions thuiszitten as a topic only; no gap analysis, zorgplicht or thuiszitter approach.",
        "resultaten": "SMART tables per koerslijn with nulmeting and streefwaarden; ch. 9 Monitor (dashboard per kwartaal, twice-yearly reports, jaarverslag before 1 July, tussenevaluatie 2027-2028).",
        "ouders": "Inside 8.2 'Communicatie' under koerslijn 5: ouderpagina, brochure in four languages, schoolgids, informatieavonden (informatie); independent Ouder- en Jeugdsteunpunt Kempenrand, Onderwijsconsulenten, Geschillencommissie (steunpunt); hoorrecht and OPR composition (betrokkenheid).",
    },
}
