# -*- coding: utf-8 -*-
"""Plan E: VO, markdown. 'Onze ambities 2026-2030' (op hoofdlijnen), SWV VO Deltapoort (fictional).

Design: basisondersteuning partial (niveau stated + borging, content in absent bijlage 2);
plaatsing missing (only reference to web 'Routewijzer Toewijzing'); terugstroom present
(ambitie 2); financien partial (meerjarenbegroting with amounts, verdeelmodel only referred to
the previous plan / under revision); dekkend-aanbod missing (only references, summary line,
verantwoording table, glossary); resultaten partial (monitoring described, targets deferred until
after the nulmeting); ouders partial (independent steunpunt present, information to parents
deferred to a new communicatieplan).
"""

NAME = "vo-ambities-deltapoort"
FORMATS = ["md"]


def blocks():
    B = []
    B.append(("title", [
        "Onze ambities 2026-2030",
        "Ondersteuningsplan op hoofdlijnen - Samenwerkingsverband Voortgezet Onderwijs Deltapoort (VO 28-03)",
        "Versie na instemming ondersteuningsplanraad, 17 maart 2026",
    ]))
    B.append(("h1", "Inhoud"))
    B.append(("toc", [
        "In een oogopslag",
        "1. Voorwoord",
        "2. Deltapoort in het kort",
        "3. Visie: waar we voor gaan",
        "4. Ambitie 1 - Een basis voor heel Deltapoort",
        "5. Ambitie 2 - Zo dichtbij als het kan",
        "6. Ambitie 3 - Leren van wat we doen",
        "7. Ambitie 4 - Eerlijk en zuinig met geld en middelen",
        "8. Ambitie 5 - Naast ouders en jongeren",
        "9. Toewijzing, dekkend aanbod en thuiszitters",
        "10. Organisatie en medezeggenschap",
        "11. Personeel, scholing en ICT",
        "12. Planning en vaststelling",
        "13. Verantwoording wettelijke eisen",
        "Bijlage 1. Begrippen",
    ]))

    B.append(("h1", "In een oogopslag"))
    B.append(("ul", [
        "**Basisondersteuning** - een gelijke basis op alle 24 vestigingen.",
        "**Toelaatbaarheid vso, pro en lwoo** - een heldere route met vaste termijnen.",
        "**Terugplaatsing** - het vso als tussenstap waar dat kan.",
        "**Financien** - een eenvoudig verdeelmodel en een meerjarenbegroting in balans.",
        "**Dekkend aanbod** - een plek voor iedere jongere; thuiszitten voorkomen.",
        "**Resultaten** - meten, leren en verantwoorden.",
        "**Ouders en jongeren** - goed geinformeerd en met een onafhankelijk steunpunt.",
    ]))

    B.append(("h1", "1. Voorwoord"))
    B.append(("p", "Dit is het ondersteuningsplan van Samenwerkingsverband Voortgezet Onderwijs Deltapoort voor de schooljaren 2026-2027 tot en met 2029-2030. We hebben bewust gekozen voor een plan op hoofdlijnen. Het vorige plan telde meer dan honderd pagina's en werd, zo bleek uit de evaluatie, vooral als naslagwerk gebruikt. Dit plan is korter en beschrijft onze ambities. Uitwerkingen - routes, protocollen, formulieren - staan op onze website en worden jaarlijks geactualiseerd. Zo kunnen we sneller inspelen op wat scholen, jongeren en ouders nodig hebben."))
    B.append(("p", "Passend onderwijs in Deltapoort staat er niet slecht voor. De samenwerking tussen de zes besturen is goed, de vso-scholen zijn stevig verbonden met het reguliere onderwijs en onze OPDC-voorziening wordt landelijk als voorbeeld genoemd. Maar er is ook reden tot zorg. Het aantal jongeren met psychische klachten groeit, de jeugdhulp heeft lange wachtlijsten en het personeelstekort maakt het moeilijker om jongeren in de klas de aandacht te geven die ze nodig hebben."))
    B.append(("p", "Dit plan is tot stand gekomen met inbreng van veel mensen: de schrijfgroep met een vertegenwoordiger van ieder bestuur, het netwerk van ondersteuningscoordinatoren, het jongerenpanel, de ondersteuningsplanraad en de vier gemeenten. Wij danken hen voor hun scherpe vragen en goede ideeen."))
    B.append(("p", "Namens het bestuur, drs. R. (Ruud) Hamers, directeur-bestuurder"))

    B.append(("h1", "2. Deltapoort in het kort"))
    B.append(("p", "Deltapoort omvat de gemeenten Rijnmond-Oost, Lekkerland, Waalhaven en Schiedijk. Zes schoolbesturen met samen 24 vestigingen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en drie vso-scholen zijn aangesloten. In het schooljaar 2025-2026 volgen ruim 21.000 jongeren voortgezet onderwijs binnen Deltapoort. Het gebied is divers: een grote stad met wijken waar veel kinderen opgroeien in armoede, en een landelijk gebied met dorpen waar de dichtstbijzijnde vso-school veertig minuten reizen is."))
    B.append(("p", "Het samenwerkingsverband is een stichting. Het bureau telt 15 fte en is gevestigd in Waalhaven. Naast het bureau voert Deltapoort de OPDC-voorziening De Brug uit, met een eigen team van 22 medewerkers."))
    B.append(("p", "De komende jaren daalt het aantal leerlingen in het voortgezet onderwijs in Deltapoort met ongeveer 5 procent. In de stad is de daling kleiner dan in de dorpen. Voor enkele kleine vestigingen betekent dat dat zij hun onderwijsaanbod moeten herzien; voor het samenwerkingsverband betekent het een lagere rijksbijdrage."))

    B.append(("h2", "2.1 Wat we leerden van het vorige plan"))
    B.append(("p", "Het ondersteuningsplan 2022-2026 was ambitieus. Het bevatte 34 doelen, verdeeld over acht thema's. In de evaluatie die een extern bureau in 2025 uitvoerde, bleek dat van veel doelen niet was vast te stellen of ze waren gehaald: er was geen nulmeting, de gegevens werden op verschillende manieren verzameld, of het doel was zo algemeen geformuleerd dat iedereen er iets anders onder verstond. Waar wel gegevens waren, was het beeld wisselend. De doorlooptijd van aanvragen daalde van 47 naar 38 dagen; het deelnamepercentage vso bleef met 3,3 procent vrijwel gelijk; het aantal jongeren met een OPP dat een diploma of certificaat haalde, steeg licht van 61 naar 63 procent."))
    B.append(("p", "De belangrijkste les is dat minder meer is. Daarom bevat dit plan vijf ambities in plaats van acht thema's, en een vaste set kengetallen in plaats van 34 losse doelen. Een tweede les is dat schoolleiders en ondersteuningscoordinatoren het plan pas gebruiken als het aansluit bij hun dagelijkse werk. Daarom is het plan kort en staan de uitwerkingen op de website, waar ze gemakkelijk te vinden en te actualiseren zijn."))
    B.append(("h2", "2.2 Jongeren aan het woord"))
    B.append(("p", "In de voorbereiding van dit plan spraken we met 46 jongeren uit het regulier vo, het praktijkonderwijs en het vso. Een paar uitspraken zijn ons bijgebleven. 'Ik wil niet steeds opnieuw mijn verhaal vertellen.' 'Mijn mentor is de belangrijkste persoon op school.' 'Het is fijn als er een plek is waar je even rustig kunt zitten.' 'Vraag het aan mij, niet alleen aan mijn ouders.' Die uitspraken hebben we als toetssteen gebruikt bij het schrijven. Het jongerenpanel van Deltapoort, met twaalf leden, heeft het concept gelezen en op drie punten om aanpassing gevraagd: meer aandacht voor de mentor, duidelijker taal, en een vaste plek voor jongeren in de ondersteuningsplanraad. Die aanpassingen zijn doorgevoerd."))
    B.append(("h2", "2.3 Leeswijzer"))
    B.append(("p", "Na de visie volgen vijf hoofdstukken, een per ambitie. Daarna beschrijven we in hoofdstuk 9 waar u informatie vindt die niet in dit plan zelf staat, en in de hoofdstukken 10 tot en met 12 de organisatie, het personeel en de planning. Hoofdstuk 13 zet de wettelijke eisen naast de hoofdstukken van dit plan. Moeilijke woorden en afkortingen worden uitgelegd in bijlage 1, achterin dit plan. Bijlagen die niet in dit document zijn opgenomen, vindt u op de website van Deltapoort."))
    B.append(("h1", "3. Visie: waar we voor gaan"))
    B.append(("p", "Deltapoort gelooft dat iedere jongere recht heeft op onderwijs dat bij hem of haar past, in een omgeving die veilig voelt, met volwassenen die hem of haar zien. Passend onderwijs is voor ons geen apart systeem, maar de manier waarop alle scholen werken. We kijken naar wat een jongere nodig heeft en wat hij of zij wil, en zoeken samen naar de beste weg. Jongeren en ouders zijn daarbij gesprekspartner."))
    B.append(("p", "We werken vanuit drie principes. Vertrouwen: scholen zijn professioneel en krijgen ruimte om zelf keuzes te maken. Eenvoud: we schrappen regels en formulieren die niet bijdragen aan de ondersteuning van jongeren. Verantwoording: we maken zichtbaar wat we doen, wat het kost en wat het oplevert."))
    B.append(("p", "Die principes zijn niet nieuw, maar we nemen ze in dit plan serieuzer dan voorheen. Vertrouwen betekent bijvoorbeeld dat we scholen niet langer vragen om voor iedere jongere een uitgebreid dossier aan te leggen voordat zij een consulent mogen raadplegen. Eenvoud betekent dat we het aantal overleggen tussen bureau en scholen terugbrengen en dat iedere school een vaste consulent heeft. Verantwoording betekent dat we ieder jaar openbaar maken wat we hebben gedaan en wat het heeft gekost, ook als dat niet goed nieuws is. We vragen de scholen om hetzelfde te doen in hun eigen jaarverslagen en schoolgidsen."))
    B.append(("p", "Bij alles wat we doen, stellen we de vraag: wat merkt de jongere hiervan? Een nieuw formulier, een extra overleg of een nieuw project dat die vraag niet kan beantwoorden, beginnen we niet. Die toets hebben we ook op dit plan zelf toegepast: onderdelen die voor jongeren geen verschil maken, zijn geschrapt of naar de website verplaatst."))
    B.append(("p", "De vijf ambities in dit plan beschrijven onze werkwijze voor de komende vier jaar. Welke resultaten voor jongeren we daarmee concreet beogen, leggen we pas vast nadat we in schooljaar 2026-2027 een nulmeting hebben gedaan; dat is bewust, omdat we in het vorige plan doelen formuleerden die we achteraf niet konden meten."))

    B.append(("h1", "4. Ambitie 1 - Een basis voor heel Deltapoort"))
    B.append(("p", "Een jongere moet op iedere school in Deltapoort op hetzelfde kunnen rekenen. Daarom hebben de zes besturen afgesproken dat alle 24 vestigingen hetzelfde niveau van basisondersteuning bieden: de Deltapoort-basis. Die basis geldt voor iedere afdeling en iedere leerweg. Een vestiging mag meer bieden, maar nooit minder. Voor ondersteuning die binnen de Deltapoort-basis valt, hoeft een school niets aan te vragen bij het samenwerkingsverband."))
    B.append(("p", "De concrete voorzieningen van de Deltapoort-basis - welke begeleiding, welke faciliteiten, welke expertise - zijn uitgewerkt in bijlage 2, de Kaart basisondersteuning."))
    B.append(("p", "Om te weten of de vestigingen de Deltapoort-basis waarmaken, brengen de consulenten van Deltapoort ieder schooljaar een bezoek aan iedere vestiging. Zij spreken met de ondersteuningscoordinator, een mentor en twee jongeren en vullen samen met de school de basiskaart in. Blijkt een vestiging op een onderdeel tekort te schieten, dan maken school en bestuur binnen twee maanden een verbeterplan. De directeur-bestuurder bespreekt de uitkomsten van alle bezoeken jaarlijks met het bestuur."))
    B.append(("p", "Daarnaast investeren we in de expertise van de scholen. We organiseren een leernetwerk voor ondersteuningscoordinatoren, een training voor mentoren in het voeren van gesprekken met jongeren en ouders, en een jaarlijkse conferentie over passend onderwijs. Scholen kunnen bij het bureau een consulent inschakelen voor advies over een individuele jongere of een groep."))

    B.append(("h1", "5. Ambitie 2 - Zo dichtbij als het kan"))
    B.append(("p", "Het vso is voor veel jongeren de beste plek. Maar het is voor een deel van hen ook een plek voor een bepaalde tijd. Deltapoort wil dat jongeren in het vso die dat kunnen, teruggaan naar een reguliere school, het liefst in hun eigen woonplaats."))
    B.append(("h2", "5.1 Ons beleid"))
    B.append(("p", "Uitgangspunt is dat een jongere in het vso met het uitstroomprofiel vervolgonderwijs terugkeert naar het reguliere voortgezet onderwijs zodra hij of zij daar met de Deltapoort-basis en eventueel een arrangement op school kan functioneren. We kijken daarvoor naar drie voorwaarden: de jongere laat in het OPP over een periode van ten minste zes maanden een stabiele ontwikkeling zien in werkhouding en gedrag; het niveau van de jongere sluit aan bij een reguliere leerweg of afdeling; en er is een reguliere vestiging die, met de jongere en de ouders, vertrouwen heeft in de overstap. Voor jongeren in het uitstroomprofiel arbeidsmarkt of dagbesteding is terugkeer naar regulier geen doel; zij worden voorbereid op werk of dagbesteding."))
    B.append(("p", "Een jongere die terugkeert, krijgt een terugkeerarrangement van een jaar: een ambulant begeleider van de vso-school komt in de eerste tien weken wekelijks op de nieuwe school, daarna elke twee weken; de nieuwe school wijst een vaste mentor aan; en de jongere kan de eerste drie maanden terugvallen op een vaste time-outplek op de vso-school. De kosten van het terugkeerarrangement draagt het samenwerkingsverband."))
    B.append(("h2", "5.2 Hoe de terugkeer verloopt"))
    B.append(("ol", [
        "Bij iedere OPP-evaluatie - twee keer per jaar - beoordeelt de vso-school of terugkeer in beeld is. Is dat zo, dan neemt de vso-school het initiatief en informeert zij de jongere, de ouders en de consulent van Deltapoort.",
        "In het laatste schooljaar waarvoor de TLV geldt, bespreekt de commissie van begeleiding van de vso-school uiterlijk 1 december voor iedere jongere of terugplaatsing, overplaatsing of voortzetting van het vso aan de orde is.",
        "Bij terugplaatsing of overplaatsing zoekt de consulent samen met de jongere en de ouders een passende reguliere vestiging. Die vestiging en de vso-school stellen voor 1 april samen het terugkeerarrangement op.",
        "De directeur van de vso-school en de directeur van de ontvangende vestiging nemen samen het besluit over de terugplaatsing; de consulent legt het besluit vast.",
        "Is voortzetting van het vso nodig, dan volgt de reguliere route voor een nieuwe TLV. Wordt die niet aangevraagd of niet afgegeven, dan eindigt de plaatsing op 31 juli.",
        "Na drie maanden en na een jaar evalueren de ontvangende school, de ambulant begeleider, de jongere en de ouders hoe het gaat.",
    ]))
    B.append(("p", "In schooljaar 2024-2025 keerden 11 jongeren vanuit het vso terug naar een reguliere vestiging; 9 van hen zaten een jaar later nog op die school."))

    B.append(("h1", "6. Ambitie 3 - Leren van wat we doen"))
    B.append(("p", "We willen weten wat passend onderwijs in Deltapoort oplevert. Daarvoor hebben we in het vorige plan te veel losse gegevens verzameld en te weinig gebruikt. Vanaf 2026 werken we met een vaste set kengetallen, die we op vaste momenten verzamelen en bespreken."))
    B.append(("table", ["Kengetal", "Bron", "Peilmoment", "Besproken in"], [
        ["Deelnamepercentage vso en praktijkonderwijs", "DUO", "1 oktober", "bestuur, november"],
        ["Aantal afgegeven TLV's per categorie", "registratie bureau", "31 juli", "bestuur, september"],
        ["Doorlooptijd van aanvraag tot besluit", "registratie bureau", "halfjaarlijks", "bestuur en netwerk oco's"],
        ["Terugplaatsingen vanuit vso en duurzaamheid na een jaar", "vso-scholen", "31 juli", "bestuur, september"],
        ["Diploma of certificaat van jongeren met een OPP", "scholen", "jaarlijks na de examens", "netwerk oco's, oktober"],
        ["Tevredenheid jongeren en ouders over de ondersteuning", "eigen peiling", "tweejaarlijks, voorjaar", "bestuur en OPR"],
    ]))
    B.append(("p", "Het bureau verwerkt de kengetallen in een dashboard dat voor besturen en scholen toegankelijk is. Twee keer per jaar schrijft de directeur-bestuurder een korte voortgangsnotitie voor het bestuur en de ondersteuningsplanraad. In het jaarverslag, dat voor 1 juli verschijnt, rapporteren we over alle kengetallen en over de inzet van de middelen. In schooljaar 2028-2029 laten we een externe evaluatie uitvoeren."))
    B.append(("p", "Streefwaarden per kengetal stellen we vast na de nulmeting in schooljaar 2026-2027. Het bestuur legt die streefwaarden ter instemming voor aan de ondersteuningsplanraad."))

    B.append(("h1", "7. Ambitie 4 - Eerlijk en zuinig met geld en middelen"))
    B.append(("p", "Deltapoort ontvangt jaarlijks ongeveer 24 miljoen euro van het Rijk voor lichte en zware ondersteuning en voor lwoo en praktijkonderwijs. Een groot deel daarvan gaat rechtstreeks naar de vso-scholen en naar de scholen voor praktijkonderwijs en lwoo. We willen dat het overige geld zo direct mogelijk bij de jongeren terechtkomt en dat de kosten van het bureau beperkt blijven."))
    B.append(("p", "Het verdeelmodel wordt in 2026 herzien. Tot de herziening blijft het verdeelmodel uit het ondersteuningsplan 2022-2026 van kracht."))
    B.append(("h2", "Meerjarenbegroting 2026-2029"))
    B.append(("table", ["Bedragen x 1.000 euro", "2026", "2027", "2028", "2029"], [
        ["Baten rijksbijdrage lichte en zware ondersteuning", "13.950", "13.780", "13.600", "13.420"],
        ["Baten lwoo en praktijkonderwijs", "10.120", "10.010", "9.890", "9.770"],
        ["Afdrachten DUO aan vso", "-6.840", "-6.790", "-6.740", "-6.690"],
        ["Doorbetaling lwoo en praktijkonderwijs", "-10.120", "-10.010", "-9.890", "-9.770"],
        ["Doorbetaling aan schoolbesturen (lichte ondersteuning)", "-4.150", "-4.080", "-4.010", "-3.940"],
        ["Bovenschoolse voorzieningen", "-1.760", "-1.760", "-1.740", "-1.720"],
        ["Terugkeerarrangementen", "-120", "-140", "-160", "-160"],
        ["Bureau en consulenten", "-1.290", "-1.300", "-1.310", "-1.320"],
        ["Resultaat", "-210", "-290", "-360", "-410"],
    ]))
    B.append(("p", "De negatieve resultaten zijn een bewuste keuze: het bestuur zet de reserve die boven de signaleringswaarde uitkomt in deze planperiode in. Eind 2025 bedroeg het eigen vermogen 4,1 miljoen euro; eind 2029 is dat naar verwachting 2,8 miljoen euro."))

    B.append(("h1", "8. Ambitie 5 - Naast ouders en jongeren"))
    B.append(("p", "Ouders en jongeren horen mee te beslissen over de ondersteuning. Jongeren hebben hoorrecht bij hun OPP: de school vraagt hun mening en legt die vast. Ouders worden uitgenodigd bij ieder overleg van het ondersteuningsteam over hun kind. In de ondersteuningsplanraad zitten vier ouders en twee jongeren, naast zes personeelsleden."))
    B.append(("p", "Soms lopen ouders of jongeren vast, of verschillen zij van mening met de school. Voor hen is er het Ouder- en Jeugdsteunpunt Deltapoort. Het steunpunt is in 2025 opgericht samen met de vier gemeenten en is ondergebracht bij een onafhankelijke stichting voor clientondersteuning; de medewerkers werken niet voor een school of voor het samenwerkingsverband. Het steunpunt luistert, denkt mee, gaat desgewenst mee naar gesprekken op school en kan bemiddelen. Het is bereikbaar per telefoon en mail en heeft op dinsdag en donderdag een inloopspreekuur in Waalhaven en Rijnmond-Oost. Daarnaast kunnen ouders terecht bij Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs. Het steunpunt bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met de directeur-bestuurder."))
    B.append(("p", "Hoe we ouders informeren over de ondersteuningsmogelijkheden in Deltapoort, herzien we in het nieuwe communicatieplan, dat in het najaar van 2026 gereed is."))

    B.append(("h1", "9. Toewijzing, dekkend aanbod en thuiszitters"))
    B.append(("p", "Hoe een jongere toelaatbaar wordt verklaard tot het vso of het praktijkonderwijs, en hoe de aanwijzing voor leerwegondersteunend onderwijs verloopt, leest u in de Routewijzer Toewijzing op www.swvdeltapoort.nl/routewijzer. De routewijzer wordt ieder jaar voor 1 augustus geactualiseerd."))
    B.append(("p", "Het overzicht van het ondersteuningsaanbod binnen en tussen de scholen staat in de Aanbodkaart Deltapoort op de website. Over thuiszitten zijn in de regio afspraken gemaakt in het Thuiszittersconvenant Deltapoort 2024; dat convenant wordt in 2027 herzien."))

    B.append(("h1", "10. Organisatie en medezeggenschap"))
    B.append(("p", "Deltapoort is een stichting met een raad van toezicht en een directeur-bestuurder. De raad van toezicht heeft vijf leden, van wie twee op voordracht van de schoolbesturen en drie onafhankelijk. De zes schoolbesturen vormen samen de Bestuurlijke Tafel, die de directeur-bestuurder adviseert en instemt met het ondersteuningsplan, de begroting en de jaarrekening."))
    B.append(("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert zes keer per jaar, waarvan vier keer met de directeur-bestuurder. Leden worden afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft een eigen budget voor scholing en ondersteuning en heeft een ambtelijk secretaris."))
    B.append(("p", "Het bureau van Deltapoort heeft een eigen medezeggenschapsraad. Het team van De Brug is vertegenwoordigd in die raad."))

    B.append(("p", "De raad van toezicht vergadert vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie. Deltapoort volgt de Code Goed Bestuur in het voortgezet onderwijs. Eens per twee jaar evalueert de raad van toezicht zijn eigen functioneren, waarvan eenmaal per vier jaar onder externe begeleiding. De directeur-bestuurder wordt jaarlijks beoordeeld door de remuneratiecommissie. De nevenfuncties van toezichthouders en directeur-bestuurder staan op de website."))
    B.append(("p", "Met het bestuur van OPDC De Brug - formeel een onderdeel van de stichting - is afgesproken dat de teamleider rechtstreeks verantwoording aflegt aan de directeur-bestuurder. De Brug heeft een eigen schoolplan en een eigen ondersteuningsstructuur."))
    B.append(("h1", "11. Personeel, scholing en ICT"))
    B.append(("p", "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het personeelsbeleid is een zaak van de besturen, maar Deltapoort draagt bij. We bieden een leernetwerk voor ondersteuningscoordinatoren, een training voor mentoren en een jaarlijkse conferentie. Nieuwe docenten volgen in hun eerste jaar een introductie over passend onderwijs. Medewerkers van het bureau volgen jaarlijks scholing; onze orthopedagogen zijn geregistreerd."))
    B.append(("p", "Het bureau werkt met een beveiligd digitaal systeem voor aanvragen en dossiers. Persoonsgegevens bewaren we niet langer dan nodig, en uiterlijk tot drie jaar na het laatste besluit. In 2027 vervangen we het systeem; de aanbesteding start in 2026. Een functionaris gegevensbescherming ziet toe op de naleving van de AVG."))
    B.append(("p", "We zoeken actief naar manieren om de administratieve last voor scholen te beperken. Zo vragen we niet meer om gegevens die al in het leerlingvolgsysteem van de school staan, en kunnen scholen hun OPP rechtstreeks uit hun eigen systeem aanleveren."))

    B.append(("p", "Het lerarentekort raakt ook Deltapoort. In de stad staan structureel vacatures open voor wiskunde, Nederlands en de beroepsgerichte vakken in het vmbo. Het samenwerkingsverband kan het tekort niet oplossen, maar kan wel helpen om de tijd van leraren en ondersteuners zo goed mogelijk te besteden. Daarom zetten we in op minder administratie, betere digitale ondersteuning en korte lijnen met de consulenten. Samen met de besturen verkennen we in 2026 of een regionale pool van onderwijsassistenten en jobcoaches mogelijk is. Ook stimuleren we dat ervaren medewerkers van de vso-scholen voor een deel van hun tijd in het reguliere onderwijs werken, zodat expertise zich verspreidt."))
    B.append(("p", "Duurzame inzetbaarheid van medewerkers op het bureau en bij De Brug is een aandachtspunt. Het ziekteverzuim lag in 2025 op 6,1 procent. Met een vitaliteitsprogramma, vaste werkdagen op kantoor en een strakke agenda voor overleggen willen we de werkdruk beheersbaar houden."))
    B.append(("p", "In de planperiode vervangen we ook de website van het samenwerkingsverband. Het besloten deel voor scholen krijgt een nieuwe opzet, met een zoekfunctie voor formulieren, handreikingen en verslagen van netwerkbijeenkomsten. Ondersteuningscoordinatoren krijgen toegang tot het dashboard met kengetallen van hun eigen vestiging, zodat zij die kunnen vergelijken met het gemiddelde van Deltapoort."))
    B.append(("p", "Deltapoort heeft een integriteitscode en een klokkenluidersregeling voor medewerkers. Klachten over het handelen van het samenwerkingsverband kunnen worden ingediend bij de landelijke klachtencommissie waarbij Deltapoort is aangesloten; de klachtenregeling staat op de website. In 2025 zijn twee klachten ingediend, die beide in der minne zijn geschikt."))
    B.append(("p", "Tot slot besteden we aandacht aan duurzaamheid. Het bureau in Waalhaven is in 2024 verduurzaamd; medewerkers reizen zoveel mogelijk met het openbaar vervoer of de fiets, en vergaderingen met scholen in de dorpen vinden waar mogelijk online plaats. De Brug heeft in 2025 een moestuin aangelegd, waarin jongeren onder begeleiding van een vrijwilliger werken aan hun zelfvertrouwen en hun werkhouding."))
    B.append(("h1", "12. Planning en vaststelling"))
    B.append(("table", ["Moment", "Wat"], [
        ["najaar 2025", "concept besproken met schrijfgroep, netwerk oco's en jongerenpanel"],
        ["5 februari 2026", "op overeenstemming gericht overleg met de vier gemeenten over het concept"],
        ["17 maart 2026", "instemming ondersteuningsplanraad"],
        ["24 maart 2026", "vaststelling door de directeur-bestuurder, na goedkeuring raad van toezicht"],
        ["voor 1 mei 2026", "toezending aan de inspectie"],
        ["2026-2027", "nulmeting kengetallen, nieuw verdeelmodel, communicatieplan"],
        ["2028-2029", "externe evaluatie"],
    ]))

    B.append(("h1", "13. Verantwoording wettelijke eisen"))
    B.append(("table", ["Artikel 17a lid 8 WVO", "In dit plan"], [
        ["a. samenhangend geheel van voorzieningen en basisondersteuning", "hoofdstuk 4 en 9"],
        ["b. verdeling, besteding en toewijzing van middelen; meerjarenbegroting", "hoofdstuk 7"],
        ["c. toelaatbaarheid vso, praktijkonderwijs en lwoo", "hoofdstuk 9"],
        ["d. terugplaatsing en overplaatsing naar het vo", "hoofdstuk 5"],
        ["e. beoogde en bereikte resultaten", "hoofdstuk 6"],
        ["f. informatie aan ouders en onafhankelijke ondersteuning", "hoofdstuk 8"],
    ]))

    B.append(("h1", "Bijlage 1. Begrippen"))
    B.append(("table", ["Begrip", "Betekenis"], [
        ["Arrangement", "Extra ondersteuning voor een jongere bovenop de basisondersteuning."],
        ["Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen zodat iedere jongere een passende plek heeft."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OPDC", "Orthopedagogisch-didactisch centrum; bij Deltapoort: De Brug."],
        ["Thuiszitter", "Jongere die zonder geldige reden langer dan vier weken geen onderwijs volgt."],
        ["TLV", "Toelaatbaarheidsverklaring voor vso of praktijkonderwijs; wordt afgegeven na advies van twee deskundigen."],
        ["Vso", "Voortgezet speciaal onderwijs."],
    ]))
    return B


LABEL = {
    "documents": ["vo-ambities-deltapoort.md"],
    "sector": "vo",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False,
        "plaatsing.criteria": False,
        "terugstroom.procedure": True,
        "terugstroom.beleid": True,
        "financien.verdeling": False,
        "financien.besteding": True,
        "dekkend-aanbod.continuum": False,
        "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False,
        "resultaten.monitoring": True,
        "ouders.informatie": False,
        "ouders.steunpunt": True,
    },
    "advisory": {
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "expect": {
        "basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
        "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "partial",
    },
    "notes": {
        "basisondersteuning": "Ambitie 1 (ch. 4) states the same 'Deltapoort-basis' for all 24 vestigingen (niveau) and yearly visits/verbeterplan (borging), but the concrete voorzieningen are only in 'bijlage 2, de Kaart basisondersteuning', which is not part of the document (only Bijlage 1 exists).",
        "plaatsing": "Nothing in body: ch. 9 refers to the web 'Routewijzer Toewijzing' for vso/pro/lwoo; the 'twee deskundigen' remark is only in the begrippenlijst (TLV entry); summary line and verantwoording table are traps. 'reguliere route voor een nieuwe TLV' in 5.2 is terugstroom, not the placement procedure.",
        "terugstroom": "Ambitie 2 (ch. 5): 5.1 policy (aim, three conditions, terugkeerarrangement) and 5.2 numbered procedure (initiative vso-school, 1 december, 1 april, joint decision, end 31 juli, evaluations); 2024-2025 figures (monitoring).",
        "financien": "Ambitie 4 'Eerlijk en zuinig met geld en middelen': meerjarenbegroting 2026-2029 with amounts (besteding) and reserve afbouw; the verdeelmodel is only 'herzien in 2026' and otherwise referred to the previous plan 2022-2026 - no procedure/criteria for verdeling.",
        "dekkend-aanbod": "Nothing in body: ch. 9 only refers to the web 'Aanbodkaart' and the 'Thuiszittersconvenant 2024'; the OOGO is only a procedural planning line; a budget line 'Bovenschoolse voorzieningen' and the glossary entry 'Dekkend aanbod' are no description of the continuum or of gap handling.",
        "resultaten": "Ambitie 3 (ch. 6): kengetallen table with source and peilmoment, dashboard, half-yearly notes, jaarverslag before 1 July, external evaluation (monitoring); the intended results/streefwaarden are explicitly deferred until after the nulmeting 2026-2027 (ch. 3 and 6) - no doelen. Ambition headings describe the way of working, not pupil results.",
        "ouders": "Ambitie 5 (ch. 8): independent Ouder- en Jeugdsteunpunt Deltapoort, Onderwijsconsulenten, Geschillencommissie (steunpunt); hoorrecht, OT invitations, OPR composition (betrokkenheid); how parents are informed about the support facilities is deferred to a communicatieplan 'in het najaar van 2026'; the vso-school informing parents about an individual terugkeer (5.2) is procedure, not information about the support facilities.",
    },
}
