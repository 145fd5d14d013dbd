# -*- coding: utf-8 -*-
"""holdout9 content, part A: po-zuidwaard-concept (PO, concept draft) and vo-lingedelta (VO)."""

# =============================================================================
# Plan 1: PO concept draft, hand-numbered bold chapter titles, [nog aanvullen] / PM notes
# =============================================================================
P1_BODY = r"""
Inhoudsopgave

1. Voorwoord ........................................................ 3
2. Wie zijn wij ...................................................... 4
3. Visie en missie ................................................ 6
4. Basisondersteuning ............................................ 8
5. Ondersteuningsroute en arrangementen .......................... 10
6. Toelaatbaarheid en plaatsing SBO/SO ........................... 13
7. Terugplaatsing en overplaatsing ............................... 15
8. Dekkend netwerk en thuiszitters ............................... 16
9. Kwaliteit en resultaten ....................................... 19
10. Financiën en meerjarenbegroting .............................. 21
11. Communicatie .................................................. 24
12. Organisatie, governance en medezeggenschap .................... 26
13. Samenwerking met gemeenten (OOGO) ............................. 28
14. Personeel en professionalisering .............................. 29
15. Planning en vervolg ........................................... 30
Bijlage 1 Begrippenlijst ............................................ 31
Bijlage 2 Stroomschema toelaatbaarheid (volgt)
Bijlage 3 Meerjarenbegroting 2026-2030 (volgt)

!! Opmerking redactie: nummering en paginanummers kloppen nog niet, pas aan na laatste ronde. Graag reacties vóór 6 februari aan het bureau.

@page
#1 1. Voorwoord

Voor u ligt het concept van het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair Onderwijs Zuidwaard (PO 28-07). Het plan beschrijft hoe de twaalf schoolbesturen in onze regio de komende vier schooljaren samen zorgen voor passend onderwijs voor alle kinderen van vier tot en met twaalf jaar. Het is het derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014, en het eerste dat geheel is geschreven in de nieuwe werkgroepstructuur.

Het afgelopen jaar hebben we veel gesprekken gevoerd: met directeuren, intern begeleiders, leerkrachten, ouders, de ondersteuningsplanraad, jeugdhulppartners en de vier gemeenten in ons gebied. Die gesprekken lieten zien dat er veel goed gaat. Tegelijk hoorden we ook dat de wachttijden voor sommige voorzieningen te lang zijn, dat leerkrachten handelingsverlegenheid ervaren bij complexe gedragsvragen en dat ouders niet altijd weten waar zij terechtkunnen. Die signalen hebben een plek gekregen in dit plan.

Dit concept is nog niet compleet. Op een aantal plaatsen staan opmerkingen van de redactie en tekstdelen die nog worden aangevuld. Wij vragen de lezers van dit concept om vooral te reageren op de keuzes en de richting. De definitieve versie wordt na het OOGO en na instemming van de ondersteuningsplanraad vastgesteld door het algemeen bestuur en vóór 1 mei 2026 naar de inspectie gestuurd.

Wij danken iedereen die heeft meegedacht. In het bijzonder danken wij de leden van de werkgroepen, die naast hun gewone werk veel tijd in dit plan hebben gestoken.

Ria van Dorsten, directeur-bestuurder

#1 2. Wie zijn wij

Samenwerkingsverband Passend Primair Onderwijs Zuidwaard is een stichting waarin twaalf schoolbesturen samenwerken. Het verband omvat de gemeenten Zuidwaard, Oostmeer, Lekkerdijk en Brakel-Waard. In ons gebied staan 43 basisscholen met in totaal 47 vestigingen, drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs (één cluster 3 en één cluster 4 school). Op 1 oktober 2025 telden de basisscholen samen 14.310 leerlingen, het sbo 512 leerlingen en het so 268 leerlingen uit onze regio.

#2 2.1 Kengetallen

|Kengetal|2022|2023|2024|2025|
|Leerlingen basisonderwijs|14.880|14.702|14.515|14.310|
|Leerlingen sbo|498|505|509|512|
|Leerlingen so (uit de regio)|241|252|259|268|
|Deelnamepercentage sbo+so|4,8%|5,0%|5,2%|5,4%|
|Landelijk gemiddelde sbo+so|4,0%|4,1%|4,1%|4,2%|

Het leerlingaantal daalt langzaam, terwijl het aantal leerlingen in sbo en so stijgt. Dat betekent dat een groter deel van de middelen naar het speciaal (basis)onderwijs gaat. Dit is een van de redenen waarom dit plan sterk inzet op de ondersteuning in de basisschool.

#2 2.2 Terugblik op de vorige planperiode

In de vorige planperiode (2022-2026) lag de nadruk op het versterken van de ondersteuningsteams op de scholen en op de samenwerking met de lokale teams van de gemeenten. De bovenschoolse ondersteuningsteams zijn nu bij alle besturen ingericht. De samenwerking met de lokale teams is per gemeente verschillend van kwaliteit. Een uitgebreide terugblik staat in het jaarverslag 2024 van het samenwerkingsverband.

!! [nog aanvullen: korte samenvatting cijfers terugblik, Jeroen levert aan]

#1 3. Visie en missie

Onze missie is kort: elk kind in Zuidwaard krijgt het onderwijs en de ondersteuning die het nodig heeft, zo dicht mogelijk bij huis. Wij geloven dat kinderen het beste leren in een omgeving waar zij zich gezien voelen, waar leerkrachten tijd en ruimte hebben om af te stemmen op verschillen en waar ouders als partner worden betrokken.

Onze visie rust op vier uitgangspunten:
- Kansen voor elk kind. Geen kind valt tussen wal en schip; de schoolbesturen voelen zich samen verantwoordelijk.
- De leerkracht doet ertoe. Ondersteuning begint in de klas en de leerkracht moet daarbij goed worden toegerust.
- Samen met ouders. Ouders kennen hun kind het best en worden vanaf het begin betrokken.
- Eenvoud. Procedures zijn zo licht mogelijk; geld en tijd gaan zoveel mogelijk naar het kind en niet naar papier.

Deze uitgangspunten keren in ieder hoofdstuk terug. Zij vormen ook de toets voor nieuwe afspraken die in de loop van de planperiode worden gemaakt. In de werkgroepen is uitgebreid gesproken over de vraag wat 'inclusief' betekent voor onze regio. Wij kiezen bewust niet voor het woord inclusief als einddoel, maar voor 'zo thuisnabij als mogelijk, zo speciaal als nodig'.

Wij zien passend onderwijs als een gezamenlijke opdracht van scholen, besturen, gemeenten, jeugdhulp en ouders. Het samenwerkingsverband is daarin geen uitvoerder van ondersteuning, maar een organisatie die verbindt, faciliteert en waar nodig ook aanspreekt. Het samenwerkingsverband heeft een klein bureau met een directeur-bestuurder, een beleidsmedewerker, een controller en een team van vijf onderwijsadviseurs.

#1 4. Basisondersteuning

#2 4.1 Wat verstaan wij onder basisondersteuning

Basisondersteuning is in ons samenwerkingsverband de ondersteuning die iedere basisschool, op iedere vestiging, zelf aan alle leerlingen biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het is het minimumniveau dat de twaalf besturen met elkaar hebben afgesproken en dat voor alle 47 vestigingen gelijk is. Geen school mag onder dit niveau zitten; een school mag wel meer bieden en beschrijft dat dan in haar schoolondersteuningsprofiel. Het algemeen bestuur heeft het niveau van de basisondersteuning op 3 oktober 2025 opnieuw vastgesteld, na een ronde langs alle scholen.

Wat daarboven komt noemen wij extra ondersteuning. Extra ondersteuning wordt geboden in de vorm van een arrangement (zie hoofdstuk 5).

#2 4.2 Wat houdt de basisondersteuning in

!! [nog aanvullen — werkgroep basisondersteuning levert de lijst met standaarden en voorzieningen half februari aan; tekst volgt dan. Marieke]

!! PM tabel 'standaarden basisondersteuning' (vorige versie niet meer actueel, niet overnemen)

#2 4.3 Hoe bewaken wij het niveau

Het samenwerkingsverband voert elk voorjaar met ieder bestuur een ondersteuningsgesprek. Daarin wordt aan de hand van het schoolondersteuningsprofiel en een korte zelfevaluatie per vestiging besproken of de basisondersteuning op orde is. Blijkt een vestiging onder het afgesproken niveau te zitten, dan maakt het bestuur binnen drie maanden een verbeterplan, dat de onderwijsadviseur van het samenwerkingsverband een jaar lang volgt.

#1 5. Ondersteuningsroute en arrangementen

Wij werken met een doorlopend aanbod van ondersteuning in vijf niveaus. Het uitgangspunt is dat een kind de ondersteuning zo dicht mogelijk bij de eigen groep krijgt en alleen naar een zwaarder niveau gaat als dat echt nodig is.

|Niveau|Wat|Waar|Wie regelt het|
|1|Basisondersteuning (zie hoofdstuk 4)|Elke basisschool|School|
|2|Consultatie en advies door het ondersteuningsteam|Bovenschools, per bestuur|Onderwijsadviseur SWV, lokaal team|
|3|Extra ondersteuning: arrangement in de eigen school|Eigen basisschool|School met schoolbudget of arrangement SWV|
|4|Bovenschoolse voorziening (tijdelijk)|Taalklas Zuidwaard, Plusklas De Bolder, observatiegroep De Kade|Commissie arrangementen SWV|
|5|Speciaal basisonderwijs of speciaal onderwijs|3 sbo-scholen, 2 so-scholen (cluster 3 en 4)|Samenwerkingsverband|

#2 5.1 Het ondersteuningsteam

Ieder bestuur heeft een of meer bovenschoolse ondersteuningsteams (OT). Daarin zitten de onderwijsadviseur van het samenwerkingsverband, een orthopedagoog van het bestuur en een medewerker van het lokale team van de gemeente. Een school brengt een kind in het OT in als de eigen mogelijkheden niet voldoende blijken. Ouders zijn bij de bespreking van hun kind altijd uitgenodigd. Het OT komt ten minste zes keer per jaar bijeen.

#2 5.2 Arrangementen in de school

Voor kinderen die meer nodig hebben dan de basisondersteuning stelt de school samen met ouders en het OT een arrangement op. Een arrangement beschrijft het doel, de inzet (mensen, tijd, materialen), de duur en de evaluatie. De school betaalt arrangementen in eerste instantie uit het schoolbudget. Voor arrangementen die het schoolbudget te boven gaan kan het bestuur een aanvraag indienen bij de commissie arrangementen.

#2 5.3 Bovenschoolse voorzieningen

Het samenwerkingsverband heeft drie bovenschoolse voorzieningen. De Taalklas Zuidwaard biedt nieuwkomers van 6 tot 12 jaar een jaar intensief Nederlands, waarna zij doorstromen naar een basisschool in de eigen wijk. Plusklas De Bolder is een dagdeelvoorziening voor meer- en hoogbegaafde leerlingen voor wie de basisschool onvoldoende uitdaging kan bieden. Observatiegroep De Kade biedt ten hoogste twaalf weken observatie en diagnostiek aan jonge kinderen (4 tot 7 jaar) met complexe ontwikkelingsvragen, in samenwerking met de kinder- en jeugdpsychiatrie.

#2 5.4 Speciaal basisonderwijs en speciaal onderwijs

De drie sbo-scholen (De Wissel, Het Kompas en De Regenboog) en de twee so-scholen (De Linde, cluster 3, en Het Baken, cluster 4) vormen het specialistische deel van het aanbod. Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig (zie hoofdstuk 6). Leerlingen uit onze regio die op een so-school buiten de regio zitten, bijvoorbeeld voor cluster 3 met een zeer specifieke ondersteuningsbehoefte, vallen wel onder ons verband.

#2 5.5 Onderwijs-zorgarrangementen

Voor een kleine groep kinderen is een combinatie van onderwijs en zorg nodig. Met de gemeenten en de jeugdhulpaanbieders Kwadrant Jeugd en Lentis Kind hebben wij afspraken gemaakt over onderwijs-zorgarrangementen, waarbij zorg onder schooltijd op school wordt geboden. De gemeente betaalt het zorgdeel, het samenwerkingsverband of de school het onderwijsdeel. In 2025 liepen er 37 onderwijs-zorgarrangementen.

#1 6. Toelaatbaarheid en plaatsing SBO/SO

!! [nog aanvullen — tekst volgt na de evaluatie van de Commissie van Toelaatbaarheid in maart; zie mail Henk 12-12. Let op: nieuwe afspraken over de aanvraag en de beslissing nog niet besproken in AB]

!! PM stroomschema (bijlage 2)

#1 7. Terugplaatsing en overplaatsing

#2 7.1 Ons beleid

Een plaatsing in het sbo of so is in ons samenwerkingsverband geen eindstation. Wij willen dat kinderen die dat kunnen, terugkeren naar een reguliere basisschool, het liefst in hun eigen wijk. Dat is niet voor ieder kind haalbaar en ook niet voor ieder kind wenselijk; de ontwikkeling van het kind is leidend.

Voorwaarden voor een terugplaatsing zijn dat de ontwikkeling van het kind volgens het ontwikkelingsperspectief (OPP) laat zien dat het met ondersteuning in een reguliere groep kan functioneren, dat er een basisschool is die met een terugplaatsingsarrangement de benodigde ondersteuning kan bieden en dat ouders instemmen. Een overplaatsing van sbo naar so of andersom is mogelijk wanneer de ondersteuningsbehoefte daarom vraagt.

Na de terugkeer krijgt de ontvangende basisschool gedurende één schooljaar een terugplaatsingsarrangement van € 3.500 per leerling. Daarnaast blijft de leerkracht of ambulant begeleider van de sbo- of so-school in dat jaar beschikbaar voor begeleiding van de leerkracht van de basisschool, met ten minste vier bezoeken. Bij de overstap naar het voortgezet onderwijs wordt de ondersteuning van een teruggeplaatste leerling in de warme overdracht besproken.

#2 7.2 De procedure

Hoe het traject precies verloopt — wie het initiatief neemt, op welke momenten de ontwikkeling wordt geëvalueerd en wie beslist — werken wij in het schooljaar 2026-2027 samen met de sbo- en so-scholen uit in een stappenplan.

!! [nog aanvullen na overleg directeuren SBO/SO, 19 maart]

#1 8. Dekkend netwerk en thuiszitters

#2 8.1 Witte vlekken in beeld

Een dekkend netwerk betekent voor ons dat er voor ieder kind in de regio een passende plek is, binnen vier weken na het moment dat duidelijk wordt wat het kind nodig heeft. Om te weten of dat lukt, maakt het bureau elk jaar in oktober een analyse waarin de ondersteuningsvragen uit de ondersteuningsteams, de aanvragen bij de commissie arrangementen, de wachtlijsten van de voorzieningen en de meldingen van thuiszitters naast het aanbod worden gelegd. De uitkomst wordt besproken in het directeurenoverleg en in het algemeen bestuur, dat uiterlijk in december besluit over maatregelen.

De analyse van 2025 liet drie witte vlekken zien:
- Er is onvoldoende aanbod voor jonge kinderen (4-6 jaar) met ernstige gedragsproblemen die nog niet zijn gediagnosticeerd. Maatregel: in augustus 2026 start een tweede observatiegroep bij De Kade (8 plaatsen).
- De wachttijd voor het so cluster 4 liep op tot gemiddeld elf weken. Maatregel: met Het Baken is afgesproken dat vanaf januari 2026 een overbruggingsarrangement in de basisschool wordt geboden, betaald door het samenwerkingsverband.
- Voor hoogbegaafde kinderen met een dubbel bijzondere ondersteuningsbehoefte is er geen aanbod in de regio. Maatregel: in 2026-2027 onderzoeken wij met twee buurverbanden een gezamenlijke voorziening; tot die tijd kan de commissie arrangementen een individueel arrangement toekennen.

#2 8.2 Thuiszitters

Ieder kind dat langer dan twee weken niet naar school gaat, wordt door de school gemeld bij het samenwerkingsverband en bij de leerplichtambtenaar. Binnen vijf werkdagen na de melding organiseert de onderwijsadviseur een overleg met school, ouders, leerplicht en het lokale team. Lukt het niet om binnen zes weken een oplossing te vinden, dan wordt het kind besproken aan de Thuiszitterstafel Zuidwaard, waar het samenwerkingsverband, de gemeente en de jeugdhulp met doorzettingsmacht een plek regelen. Op 1 oktober 2025 waren er in ons verband 9 thuiszitters, van wie 3 langer dan drie maanden.

#2 8.3 Zorgplicht

Iedere school heeft zorgplicht. Als ouders hun kind aanmelden en de school kan de benodigde ondersteuning niet bieden, zoekt de school samen met ouders een school die dat wel kan. De besturen hebben afgesproken dat een kind in die periode niet thuis komt te zitten: de school van aanmelding biedt tijdelijk onderwijs totdat een passende plek is gevonden. Het samenwerkingsverband helpt bij het zoeken en kan bemiddelen tussen besturen.

#1 9. Kwaliteit en resultaten

#2 9.1 Wat willen we bereiken

In de planperiode 2026-2030 willen wij de volgende resultaten behalen voor kinderen die extra ondersteuning nodig hebben:

|Beoogd resultaat|Nu (1-10-2025)|Streefwaarde 2030|
|Deelnamepercentage sbo+so|5,4%|ten hoogste 4,6%|
|Thuiszitters langer dan 3 maanden|3|0 (vanaf 2028)|
|Wachttijd voorziening na besluit|gemiddeld 7 weken|ten hoogste 4 weken|
|Vestigingen met verbeterplan basisondersteuning|6|0|
|Kinderen met een onderwijs-zorgarrangement dat binnen 6 weken start|onbekend|90%|

Daarnaast willen wij dat leerkrachten zich beter toegerust voelen voor kinderen met gedragsvragen en dat ouders zich gehoord voelen in de ondersteuningsteams.

#2 9.2 Hoe we de resultaten volgen

!! [nog aanvullen: kwaliteitscyclus / PDCA — afstemmen met RvT en controller; hoe en wanneer we meten en rapporteren. Jeroen]

#1 10. Financiën en meerjarenbegroting

#2 10.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Daarvan wordt eerst de bekostiging van het speciaal onderwijs door DUO ingehouden. Voor het sbo draagt het samenwerkingsverband het deel boven de 2% af aan de besturen met een sbo-school.

#2 10.2 Verdeling van de middelen

Wij werken met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de besturen, zodat scholen zelf arrangementen kunnen inrichten. Na aftrek van de afdrachten aan sbo en so, de bovenschoolse voorzieningen en het bureau gaat 68% van de beschikbare middelen als schoolbudget naar de besturen. Het schoolbudget bestaat uit een vaste voet van € 7.500 per vestiging en een bedrag van € 142 per leerling op de teldatum 1 oktober van het voorgaande jaar. Het algemeen bestuur stelt de bedragen elk jaar in november vast bij de begroting.

De bovenschoolse voorzieningen en de arrangementen boven het schoolbudget worden toegekend door de commissie arrangementen. De commissie beslist binnen vier weken op een aanvraag van een bestuur en gebruikt daarbij drie criteria: de ondersteuningsbehoefte is beschreven in een OPP, de school heeft de mogelijkheden van het schoolbudget aantoonbaar benut en het arrangement heeft een concreet doel en einddatum.

Besturen verantwoorden de inzet van het schoolbudget jaarlijks vóór 1 mei met het verantwoordingsformat van het samenwerkingsverband, waarin per vestiging het aantal arrangementen en de ingezette formatie staan.

#2 10.3 Meerjarenbegroting 2026-2030

!! PM — volgt na vaststelling begroting 2026 in de AB-vergadering van december; cijfers controller nog niet binnen

|Post|2026|2027|2028|2029|2030|
|Baten|PM|PM|PM|PM|PM|
|Afdrachten sbo/so|PM|PM|PM|PM|PM|
|Schoolbudgetten|PM|PM|PM|PM|PM|
|Bovenschoolse voorzieningen|PM|PM|PM|PM|PM|
|Bureau en organisatie|PM|PM|PM|PM|PM|

#2 10.4 Reserves

!! [nog aanvullen: weerstandsvermogen en signaleringswaarde, na advies accountant]

#1 11. Communicatie

Goede communicatie is een voorwaarde voor passend onderwijs. In dit hoofdstuk beschrijven wij hoe wij scholen, partners en ouders informeren.

#2 11.1 Scholen en partners

Het bureau verstuurt zes keer per jaar een nieuwsbrief aan directeuren, intern begeleiders en partners. Op het besloten deel van de website staan formulieren, handreikingen en de verslagen van het directeurenoverleg.

#2 11.2 Ouders

Ouders vinden op de website www.swvzuidwaard.nl een aparte ouderpagina. Daar staat in begrijpelijke taal welke ondersteuning elke school biedt, welke arrangementen en bovenschoolse voorzieningen er zijn en hoe je daarvoor in aanmerking komt. De ouderfolder 'Passend onderwijs in Zuidwaard' is er in het Nederlands, Engels, Arabisch en Pools en ligt op iedere school. Iedere school beschrijft in de schoolgids en het schoolondersteuningsprofiel welke ondersteuning zij biedt en wie de contactpersoon is. Twee keer per jaar, in oktober en maart, organiseert het samenwerkingsverband een informatieavond voor ouders, afwisselend in Zuidwaard en Oostmeer.

#2 11.3 Onafhankelijke hulp voor ouders

Soms hebben ouders vragen die zij liever niet aan de school stellen, of zijn zij het niet eens met de school. Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Zuidwaard. Het steunpunt is ondergebracht bij Stichting MEE Rivierland en werkt los van de schoolbesturen en van het samenwerkingsverband. Ouders kunnen bellen op dinsdag en donderdag tussen 9.00 en 12.00 uur of een afspraak maken; de hulp is gratis. Ouders kunnen daarnaast gebruikmaken van de landelijke Onderwijsconsulenten, die bemiddelen als een passende plek niet lukt. Klachten over het samenwerkingsverband behandelt de klachtencommissie van de Stichting Onderwijsgeschillen; de klachtenregeling staat op de website.

#1 12. Organisatie, governance en medezeggenschap

Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. Het algemeen bestuur is gevormd door de twaalf aangesloten schoolbesturen en stelt onder meer de begroting, het jaarverslag en het ondersteuningsplan vast. De raad van toezicht bestaat uit vijf onafhankelijke leden en houdt toezicht op het beleid en de financiën. De directeur-bestuurder voert de dagelijkse leiding over het bureau.

De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert zes keer per jaar en heeft een eigen budget voor scholing. In dit concept is de OPR vanaf het begin betrokken geweest via twee thema-avonden.

Daarnaast is er een medezeggenschapsraad voor het personeel van het bureau. Het directeurenoverleg, met een directeur per bestuur, adviseert de directeur-bestuurder over de uitvoering.

!! [nog aanvullen: organogram]

#1 13. Samenwerking met gemeenten (OOGO)

Het samenwerkingsverband voert met de vier gemeenten op overeenstemming gericht overleg (OOGO) over dit ondersteuningsplan en over de jeugdplannen van de gemeenten. Het OOGO over dit concept is gepland op 20 maart 2026. Vaste onderwerpen zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, thuiszitters en de voorschoolse periode.

Met de gemeenten is afgesproken dat de lokale teams een vaste contactpersoon per bestuur hebben en aanschuiven in de bovenschoolse ondersteuningsteams. Voor onderwijs-zorgarrangementen is een gezamenlijk budget afgesproken. De samenwerking met de gemeente Brakel-Waard krijgt in 2026 extra aandacht, omdat daar een nieuw lokaal team start.

Het samenwerkingsverband overlegt ook met het samenwerkingsverband voortgezet onderwijs in de regio over de overstap van groep 8 naar de brugklas en over de leerlingen uit het sbo en so die naar het voortgezet onderwijs gaan.

#1 14. Personeel en professionalisering

Passend onderwijs staat of valt met goed toegeruste leerkrachten. Het samenwerkingsverband biedt jaarlijks een scholingsaanbod voor intern begeleiders en leerkrachten, met als thema's voor 2026 gedrag in de klas, omgaan met trauma en het werken met een OPP. De scholen zijn zelf verantwoordelijk voor de professionalisering van hun personeel; het samenwerkingsverband faciliteert kennisdeling tussen scholen via netwerken van intern begeleiders.

Het bureau heeft in 2025 11,4 fte. Door de krapte op de arbeidsmarkt is het lastig gebleken orthopedagogen te werven; in 2026 wordt samengewerkt met een hogeschool om stagiaires op te leiden.

Op het gebied van ICT werkt het bureau met een beveiligd dossiersysteem. Gegevens van leerlingen worden alleen gedeeld als dat voor de ondersteuning nodig is, en volgens de privacyregels die in het privacyreglement van het samenwerkingsverband staan.

#1 15. Planning en vervolg

|Wanneer|Wat|
|6 februari 2026|Reacties op concept|
|PM|Tweede concept naar directeurenoverleg|
|20 maart 2026|OOGO met gemeenten|
|april 2026|Instemming OPR|
|april 2026|Vaststelling algemeen bestuur|
|vóór 1 mei 2026|Toezending aan inspectie|

Het plan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. Halverwege de planperiode evalueren wij of bijstelling nodig is.

@page
#1 Bijlage 1 Begrippenlijst

|Begrip|Betekenis|
|Basisondersteuning|Het afgesproken niveau van ondersteuning dat alle scholen bieden.|
|TLV|Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so. Wordt afgegeven na advies van twee deskundigen; ouders kunnen bezwaar maken.|
|CvT|Commissie van Toelaatbaarheid.|
|Terugplaatsing|De terugkeer van een leerling uit sbo of so naar het reguliere basisonderwijs.|
|Meerjarenbegroting|Begroting voor meerdere jaren.|
|OJSP|Ouder- en jeugdsteunpunt.|
|OPP|Ontwikkelingsperspectiefplan.|
|OOGO|Op overeenstemming gericht overleg met de gemeenten.|
|OPR|Ondersteuningsplanraad.|
|Thuiszitter|Leerplichtig kind dat zonder geldige reden niet naar school gaat.|
"""

P1 = {
    "name": "po-zuidwaard-concept",
    "formats": ["docx"],
    "spec": {
        "doc_title": "Concept ondersteuningsplan 2026-2030 SWV PPO Zuidwaard",
        "author": "J. Verbeek",
        "header": "CONCEPT versie 0.7 — 14 januari 2026 — niet verspreiden",
        "footer": "Ondersteuningsplan 2026-2030 | SWV PPO Zuidwaard (PO 28-07) | concept",
        "title_lines": [
            ("CONCEPT v0.7", 12, True),
            ("Ondersteuningsplan 2026-2030", 24, True),
            ("Samenwerkingsverband Passend Primair Onderwijs Zuidwaard", 14, False),
            ("PO 28-07", 12, False),
            ("Basisondersteuning • Toelaatbaarheid • Terugplaatsing • Financiën • Ouders", 10, False),
        ],
        "style": {"font": "Calibri", "size": 11,
                  "h1": {"bold": True, "size": 14, "space_before": 12},
                  "h2": {"bold": True, "size": 11},
                  "bullets": "typed"},
        "body": P1_BODY,
    },
    "label": {
        "sector": "po",
        "looks_like_plan": True,
        "criteria": {
            "basisondersteuning.niveau": True,
            "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False,
            "plaatsing.criteria": False,
            "terugstroom.procedure": False,
            "terugstroom.beleid": True,
            "financien.verdeling": True,
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
            "financien": ["verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"],
        },
        "expect_status": {"basisondersteuning": "partial", "plaatsing": "missing",
                          "terugstroom": "partial", "financien": "partial",
                          "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        "notes": {
            "basisondersteuning": "4.1 defines the agreed minimum for all 47 vestigingen (niveau); 4.2 'Wat houdt de basisondersteuning in' is only a '[nog aanvullen]' / 'PM tabel' note, so inhoud is not addressed; 4.3 covers borging.",
            "plaatsing": "Chapter 6 'Toelaatbaarheid en plaatsing SBO/SO' contains only drafting notes ('tekst volgt', 'PM stroomschema', bijlage 2 absent); 5.4 merely says a TLV is needed; deskundigen/bezwaar appear only in the begrippenlijst -> missing.",
            "terugstroom": "7.1 gives policy (aim, conditions, EUR 3.500 terugplaatsingsarrangement, ambulant support); 7.2 defers the procedure to a stappenplan in 2026-2027.",
            "financien": "10.2 gives the verdeelmodel (68% schoolbudget, vaste voet EUR 7.500 + EUR 142 per leerling, commissie arrangementen criteria) and verantwoording; the meerjarenbegroting in 10.3 is a table of PM cells, so besteding is not addressed.",
            "dekkend-aanbod": "Chapter 5 five-level continuum table + voorzieningen; 8.1-8.3 yearly gap analysis with three witte vlekken and measures, thuiszitters approach, zorgplicht; chapter 13 OOGO.",
            "resultaten": "9.1 table with streefwaarden 2030 (doelen); 9.2 'Hoe we de resultaten volgen' is only a '[nog aanvullen]' note; the terugblik refers to the jaarverslag 2024 -> monitoring not addressed.",
            "ouders": "Addressed inside chapter 11 'Communicatie': 11.2 ouderpagina, folder in 4 languages, schoolgids/SOP, informatieavonden; 11.3 Ouder- en Jeugdsteunpunt Zuidwaard, Onderwijsconsulenten, klachtencommissie.",
        },
    },
}

# =============================================================================
# Plan 2: VO plan, unnumbered bold/caps chapter titles, 'Geld en middelen'
# =============================================================================
P2_BODY = r"""
INHOUD

Voorwoord
Samenvatting
Onze regio
Visie en ambitie
Wat elke school biedt
Het ondersteuningsaanbod
Toewijzing en toelaatbaarheid (vso, pro en lwoo)
Doorgaande lijnen
Geld en middelen
Kwaliteit en ontwikkeling
Ouders en leerlingen
Samenwerking met gemeenten en jeugdhulp
Organisatie en medezeggenschap
Personeel, scholing en ICT
Begrippen en afkortingen

@page
#1 Voorwoord

Met trots presenteren wij het ondersteuningsplan 2026-2030 van Samenwerkingsverband Voortgezet Onderwijs Lingedelta (VO 30-09). In dit verband werken acht schoolbesturen met samen veertien scholen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs samen aan passend onderwijs voor ongeveer 11.900 jongeren.

De afgelopen vier jaar hebben wij veel bereikt. Het orthopedagogisch-didactisch centrum De Brug is uitgebreid, alle scholen werken met een ondersteuningscoördinator en de samenwerking met de gemeenten is verstevigd. Tegelijk zien wij dat de vragen van jongeren complexer worden. Meer leerlingen hebben last van angst en somberheid, en de wachtlijsten in de jeugd-GGZ zijn lang. Scholen merken dat in de klas.

Dit plan is tot stand gekomen in nauwe samenwerking met de scholen, de ondersteuningsplanraad, de gemeenten Lingedelta, Asperen-West en Hoogwaard, en het samenwerkingsverband primair onderwijs in onze regio. De ondersteuningsplanraad heeft op 24 maart 2026 ingestemd met het plan. Het OOGO met de gemeenten is op 11 maart 2026 afgerond.

Wij hopen dat dit plan voor scholen, ouders, leerlingen en partners een helder kompas is voor de komende jaren.

Drs. P. Oosterhout, directeur-bestuurder

#1 Samenvatting

Het samenwerkingsverband wil dat iedere jongere in Lingedelta een diploma of een passende plek op de arbeidsmarkt haalt, op een school die zo dicht mogelijk bij huis staat. Daarvoor zetten wij in op vier ambities: een stevige basis op elke school, snelle en eenvoudige toegang tot extra ondersteuning, minder jongeren die thuis zitten of uitvallen en een goede samenwerking met jeugdhulp. In dit plan leest u wat elke school biedt, welk aanbod er daarnaast is, hoe leerlingen toegang krijgen tot het voortgezet speciaal onderwijs, het praktijkonderwijs en het leerwegondersteunend onderwijs, hoe het geld wordt verdeeld en welke resultaten wij willen halen.

#1 Onze regio

Het samenwerkingsverband omvat drie gemeenten met samen ongeveer 190.000 inwoners. Het gebied is deels stedelijk (Lingedelta-stad) en deels landelijk. De scholen liggen verspreid; voor leerlingen uit de dorpen is de reistijd naar een school voor vso of praktijkonderwijs soms meer dan een half uur.

|Kengetal (1 oktober)|2023|2024|2025|
|Leerlingen regulier vo|11.240|11.180|11.050|
|Leerlingen praktijkonderwijs|402|398|415|
|Leerlingen met lwoo|1.310|1.296|1.288|
|Leerlingen vso (uit de regio)|431|447|455|
|Deelnamepercentage vso|3,6%|3,7%|3,8%|
|Landelijk deelnamepercentage vso|3,5%|3,5%|3,6%|

Het aantal leerlingen daalt licht. Het deelnamepercentage vso ligt iets boven het landelijk gemiddelde.

#2 Terugblik op 2022-2026

In het vorige ondersteuningsplan stonden drie thema's centraal: de versterking van de ondersteuningscoördinatoren, de uitbreiding van het OPDC en een betere samenwerking met de gemeenten. Op alle drie de thema's is vooruitgang geboekt. Alle scholen hebben nu een ondersteuningscoördinator met voldoende uren, het OPDC is uitgebreid van 40 naar 60 plaatsen en in elk ondersteuningsteam neemt een jeugdprofessional deel.

Minder goed ging het met de doorlooptijd van aanvragen: die liep in 2024 op tot gemiddeld negen weken, onder meer door ziekte bij het Loket en door een stijging van het aantal aanvragen. Sinds de komst van een tweede orthopedagoog is de doorlooptijd weer gedaald. Ook zien wij dat de tevredenheid van ouders over de informatie nog achterblijft; dat punt pakken wij in deze planperiode op.

De evaluatie van het vorige plan is besproken met de ondersteuningsplanraad, de directeuren, de gemeenten en een klankbordgroep van zes ondersteuningscoördinatoren. Hun conclusies zijn meegenomen in de keuzes van dit plan.

#1 Visie en ambitie

Wij geloven dat iedere jongere talent heeft en recht heeft op onderwijs dat daarbij past. Passend onderwijs is voor ons geen systeem, maar een houding: de school kijkt naar wat een leerling nodig heeft en zoekt samen met de leerling en de ouders naar de beste aanpak. Wij willen dat leerlingen meepraten over hun eigen ondersteuning; dat is sinds de invoering van het hoorrecht ook wettelijk vastgelegd.

Onze ambities voor 2026-2030 zijn:
- Elke school biedt dezelfde stevige basisondersteuning.
- Extra ondersteuning is snel beschikbaar, zonder onnodige bureaucratie.
- Geen jongere zit thuis zonder passend aanbod.
- Onderwijs en jeugdhulp werken in en om de school samen.

De ambities zijn uitgewerkt in concrete doelen in het hoofdstuk Kwaliteit en ontwikkeling.

#1 Wat elke school biedt

Alle scholen voor voortgezet onderwijs in ons samenwerkingsverband bieden dezelfde basisondersteuning. Dat is het niveau dat de besturen samen hebben afgesproken en dat op iedere vestiging aanwezig moet zijn, ongeacht schoolsoort of denominatie. Ouders en leerlingen kunnen er dus op rekenen dat de volgende voorzieningen op iedere school van het samenwerkingsverband aanwezig zijn:

- een mentor per klas met ten minste één uur per week mentortijd en een startgesprek met leerling en ouders in de eerste zes weken;
- een ondersteuningscoördinator met een aanstelling van ten minste 0,4 fte per 500 leerlingen;
- een ondersteuningsteam (OT) waarin ten minste de ondersteuningscoördinator, de schoolmaatschappelijk werker, de jeugdarts of jeugdverpleegkundige en de leerplichtambtenaar zitten;
- begeleiding bij dyslexie en dyscalculie volgens het protocol van het samenwerkingsverband, met compenserende en dispenserende middelen (extra tijd, voorleessoftware, vergroot lettertype);
- trainingen in sociale vaardigheden, faalangstreductie en examenvrees, ten minste één keer per jaar;
- een rustige plek in de school waar een leerling met overprikkeling tijdelijk kan werken;
- begeleiding bij executieve functies (plannen en organiseren) door een mentor of coach;
- ondersteuning bij taalachterstand, waaronder NT2-begeleiding voor leerlingen die korter dan vier jaar in Nederland zijn;
- een protocol medisch handelen en een protocol voor leerlingen met een chronische ziekte;
- een aanbod voor meer- en hoogbegaafde leerlingen (verrijking of versnelling).

Elke school beschrijft deze basisondersteuning, en wat zij daarboven biedt, in de schoolgids. Het samenwerkingsverband bezoekt iedere school eens per twee jaar voor een kwaliteitsgesprek over de basisondersteuning; scholen die niet aan het niveau voldoen, krijgen een jaar de tijd en ondersteuning van een adviseur om dat te herstellen.

#1 Het ondersteuningsaanbod

Het aanbod in het samenwerkingsverband is opgebouwd in vier niveaus, van licht naar zwaar. Samen vormen zij het samenhangende geheel van voorzieningen binnen en tussen de scholen.

#3 Niveau 1 – basisondersteuning.
Wat elke school biedt, zoals hierboven beschreven.

#3 Niveau 2 – extra ondersteuning in de school.
Scholen zetten met het budget lichte ondersteuning arrangementen in voor leerlingen die meer nodig hebben, zoals een plusvoorziening of een 'time-in'-lokaal, individuele begeleiding door een gedragsspecialist of een aangepast lesrooster. Elke school heeft een of meer van deze arrangementen; het aanbod per school staat in het schoolondersteuningsprofiel.

#3 Niveau 3 – bovenschoolse voorzieningen.
Het orthopedagogisch-didactisch centrum (OPDC) De Brug biedt 60 plaatsen voor leerlingen die tijdelijk niet op hun eigen school kunnen functioneren. Een traject duurt in de regel twaalf tot twintig weken, waarna de leerling terugkeert naar de eigen school. Daarnaast zijn er de reboundvoorziening Kompas (kortdurend, 10 weken) en de Internationale Schakelklas (ISK) voor nieuwkomers.

#3 Niveau 4 – gespecialiseerd onderwijs.
Voortgezet speciaal onderwijs op De Horizon (cluster 4) en Het Spectrum (cluster 3), praktijkonderwijs op het Lingecollege Praktijk en het Praktijkcollege Hoogwaard, en leerwegondersteunend onderwijs op acht vmbo-scholen.

#3 Hoogbegaafde leerlingen en nieuwkomers.
Voor hoogbegaafde leerlingen bieden drie scholen een versneld of verrijkt programma (havo/vwo-plus), waar leerlingen van andere scholen in het samenwerkingsverband ook terecht kunnen. Nieuwkomers volgen eerst één tot twee jaar de ISK in Lingedelta-stad en stromen daarna door naar een reguliere school of naar het mbo. Voor leerlingen met een chronische ziekte werkt het samenwerkingsverband samen met de consulenten onderwijsondersteuning zieke leerlingen van het academisch ziekenhuis.

Wij streven ernaar dat dit aanbod dekkend is. Of er hiaten in het aanbod zijn en waar leerlingen tussen wal en schip raken, brengen wij in 2027 in beeld met een nieuwe netwerkanalyse. Het aantal thuiszitters is ook in onze regio een zorg; de aanpak werken wij samen met leerplicht uit in het jaarplan 2026-2027.

#1 Toewijzing en toelaatbaarheid (vso, pro en lwoo)

#2 Het Loket Lingedelta

Alle aanvragen voor een toelaatbaarheidsverklaring (TLV) voor het vso, een TLV voor het praktijkonderwijs of een aanwijzing voor lwoo komen binnen bij het Loket Lingedelta van het samenwerkingsverband. Het Loket wordt bemand door twee orthopedagogen en een secretaris.

#2 De aanvraag van een TLV voor het vso

De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling staat ingeschreven of, bij een nieuwe leerling, waar de leerling is aangemeld. De school levert het volgende dossier aan: het OPP met ten minste twee geëvalueerde periodes, het verslag van het OT, het onderwijskundig rapport en de zienswijze van ouders en leerling. Het Loket controleert binnen vijf werkdagen of het dossier compleet is.

Daarna vragen wij advies aan twee deskundigen: een orthopedagoog of GZ-psycholoog, en afhankelijk van de leerling een tweede deskundige (bijvoorbeeld een jeugdarts, kinderpsychiater of maatschappelijk werker). Beide deskundigen geven een eigen, schriftelijk advies. Een deskundige die betrokken was bij de aanvraag adviseert niet. De Commissie Toewijzing, bestaande uit de directeur-bestuurder en twee leden die niet bij de school zijn betrokken, neemt binnen zes weken na ontvangst van het complete dossier een besluit. Ouders en school ontvangen het besluit schriftelijk, samen met een afschrift van de adviezen.

#2 Wanneer is een leerling toelaatbaar tot het vso

Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:
- de ondersteuningsbehoefte is zo groot of zo specifiek dat de reguliere school ook met een arrangement op niveau 2 en, waar passend, een traject op niveau 3 geen passend onderwijs kan bieden;
- dat blijkt uit een OPP waarin de ondersteuning gedurende ten minste zes maanden is uitgevoerd en geëvalueerd, of uit een crisissituatie waarin de veiligheid van de leerling of anderen in het geding is;
- het vso kan de leerling een perspectief bieden op vervolgonderwijs, arbeid of dagbesteding dat in het regulier onderwijs niet haalbaar is.
Leerlingen die rechtstreeks uit het so komen en voor wie de ondersteuningsbehoefte onveranderd is, kunnen met een verkorte procedure een TLV krijgen.

De TLV wordt afgegeven voor een bepaalde duur: in de regel twee schooljaren, bij een blijvende beperking (bijvoorbeeld bij een ernstige verstandelijke beperking) tot het einde van de schoolloopbaan. De commissie bepaalt ook de bekostigingscategorie (laag, midden of hoog) op basis van de ondersteuningsbehoefte en het advies van de vso-school.

#2 Praktijkonderwijs en lwoo

Voor praktijkonderwijs en lwoo volgt het samenwerkingsverband de landelijke criteria. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo gelden een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar, of sociaal-emotionele problematiek die het leren belemmert. De vo-school vraagt de TLV pro of de aanwijzing lwoo aan bij het Loket, uiterlijk 1 maart van het jaar van de overstap; de Commissie Toewijzing besluit binnen vier weken. Een aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo.

#1 Doorgaande lijnen

Wij vinden het belangrijk dat leerlingen zonder onderbreking van school naar school kunnen gaan.

#3 Van primair naar voortgezet onderwijs.
Met het samenwerkingsverband primair onderwijs hebben wij afgesproken dat elke leerling met een ondersteuningsbehoefte een warme overdracht krijgt: de basisschool en de vo-school bespreken de leerling vóór 1 april. Leerlingen uit het sbo en so krijgen een extra overdrachtsgesprek met de ondersteuningscoördinator.

#3 Van voortgezet onderwijs naar mbo en arbeid.
Met de mbo-instellingen Lingecollege MBO en ROC Rivierdelta zijn afspraken gemaakt over de doorstroom van kwetsbare leerlingen. Leerlingen uit het praktijkonderwijs en het vso worden met een uitstroomperspectief naar arbeid gevolgd tot één jaar na uitstroom.

#3 Aansluiting op de arbeidsmarkt.
Voor leerlingen uit het praktijkonderwijs en het vso met een uitstroomprofiel arbeid werken de scholen samen met het regionale werkbedrijf en met werkgevers in de regio. Stages beginnen in het praktijkonderwijs al in het tweede leerjaar. Na de uitstroom houden de scholen een jaar lang contact met de oud-leerling en de werkgever (nazorg), zodat uitval tijdig wordt gesignaleerd.

#3 Tussen scholen.
Als een leerling binnen het samenwerkingsverband van de ene reguliere vo-school naar een andere overstapt, gaat het dossier mee en blijft een lopend arrangement ten minste tot het einde van het schooljaar bestaan.

#1 Geld en middelen

#2 Waar het geld vandaan komt

Het samenwerkingsverband ontvangt jaarlijks ongeveer € 14,2 miljoen aan rijksmiddelen voor lichte en zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Daarvan houdt DUO de bekostiging van het vso (circa € 5,9 miljoen) direct in.

#2 Hoe het geld wordt verdeeld

De middelen worden volgens een vaste verdeelsleutel verdeeld, die het algemeen bestuur jaarlijks bij de begroting vaststelt:
- De middelen voor lwoo en praktijkonderwijs gaan volledig naar de besturen van de scholen met lwoo en pro, naar rato van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober.
- Voor lichte ondersteuning krijgt ieder bestuur € 165 per leerling (teldatum 1 oktober van het voorafgaande jaar) plus een vaste voet van € 20.000 per vestiging.
- Het OPDC en de rebound worden centraal bekostigd; besturen betalen geen eigen bijdrage.
- Individuele arrangementen boven het schoolbudget vraagt een school aan bij het Loket. De Commissie Toewijzing beslist binnen vier weken, op basis van het OPP en een begroting van het arrangement.

Besturen leggen jaarlijks vóór 1 juni verantwoording af over de besteding van het schoolbudget, met een overzicht per school van arrangementen, ingezette formatie en resultaten.

#2 Meerjarenbegroting

|Bedragen x € 1.000|2026|2027|2028|2029|
|Baten rijksbijdrage (na inhouding vso)|8.310|8.240|8.190|8.150|
|Lwoo en pro naar besturen|4.020|3.990|3.985|3.970|
|Schoolbudgetten lichte ondersteuning|2.215|2.190|2.170|2.150|
|OPDC De Brug en rebound Kompas|1.360|1.380|1.390|1.400|
|Individuele arrangementen|420|420|410|410|
|Bureau, Loket en organisatie|540|550|560|570|
|Resultaat|-245|-290|-325|-350|

De tekorten in de begroting zijn bewust: het samenwerkingsverband bouwt zijn reserve af. Op 31 december 2025 bedroeg de algemene reserve € 2,9 miljoen, boven de signaleringswaarde. Met de begrote tekorten komt de reserve in 2029 op ongeveer € 1,7 miljoen, binnen de bandbreedte die het bestuur hanteert.

#1 Kwaliteit en ontwikkeling

#2 Onze doelen

|Doel|Indicator|Stand 2025|Streefwaarde 2030|
|Stevige basis op elke school|Scholen die bij het kwaliteitsgesprek voldoen aan de basisondersteuning|11 van 14|14 van 14|
|Snelle toegang|Doorlooptijd aanvraag tot besluit TLV vso|gemiddeld 7,5 week|ten hoogste 6 weken|
|Minder uitval|Voortijdig schoolverlaters met ondersteuningsbehoefte|2,4%|ten hoogste 1,5%|
|Deelname vso|Deelnamepercentage vso|3,8%|ten hoogste 3,5%|
|Tevredenheid|Ouders tevreden over de ondersteuning (peiling)|6,9|ten minste 7,5|

#2 Hoe wij meten en verantwoorden

Het bureau verzamelt twee keer per jaar, op 1 oktober en 1 maart, de gegevens over deelname, doorlooptijden, arrangementen en verzuim in een dashboard. De gegevens komen uit DUO, het registratiesysteem van het Loket en de verzuimregistratie. De directeur-bestuurder bespreekt het dashboard met het algemeen bestuur en de raad van toezicht. Elke twee jaar houden wij een tevredenheidspeiling onder ouders, leerlingen en scholen. De bereikte resultaten en de kosten per voorziening rapporteren wij jaarlijks in het jaarverslag, dat vóór 1 juli wordt gepubliceerd en met de ondersteuningsplanraad wordt besproken. Als een doel niet wordt gehaald, stelt het bestuur in het jaarplan een verbeteractie vast.

#1 Ouders en leerlingen

#2 Informatie

Ouders en leerlingen vinden informatie over de ondersteuning op de website www.swvlingedelta.nl, met een aparte pagina voor ouders en een voor leerlingen. Op de ouderpagina staat per school welke extra ondersteuning er is, met een korte uitleg van het OPDC, de rebound, het vso, het praktijkonderwijs en lwoo. Iedere school informeert ouders via de schoolgids en tijdens de informatieavond voor nieuwe brugklassers. In november organiseren wij samen met het samenwerkingsverband PO een informatieavond voor ouders van leerlingen in groep 7 en 8 met een ondersteuningsbehoefte.

#2 Betrokkenheid

Ouders en leerlingen worden betrokken bij het opstellen en evalueren van het OPP. Een leerling vanaf 12 jaar wordt gehoord over zijn ondersteuning; vanaf 16 jaar tekent de leerling zelf voor akkoord. In de ondersteuningsplanraad zijn ouders en leerlingen vertegenwoordigd.

#2 Ouder- en jeugdsteunpunt

Het samenwerkingsverband werkt aan de oprichting van een ouder- en jeugdsteunpunt. Hoe het steunpunt wordt ingericht, bij welke organisatie het wordt ondergebracht en hoe ouders het kunnen bereiken, wordt in het schooljaar 2026-2027 voorbereid met de ondersteuningsplanraad.

#1 Samenwerking met gemeenten en jeugdhulp

Met de drie gemeenten voeren wij twee keer per jaar bestuurlijk overleg en jaarlijks OOGO over het ondersteuningsplan en de jeugdplannen. Afspraken voor de planperiode zijn:
- in elk ondersteuningsteam van een school neemt een jeugdprofessional van de gemeente deel, met vaste uren per school;
- de gemeenten financieren de jeugdhulp in het OPDC (twee jeugdhulpverleners);
- bij leerlingen met complexe problematiek wordt binnen twee weken een gezamenlijk overleg gepland;
- voor leerlingenvervoer naar vso en praktijkonderwijs gelden de verordeningen van de gemeenten.

Thuiszitters, leerlingenvervoer, huisvesting en de aansluiting op de arbeidsmarkt zijn vaste onderwerpen van het OOGO.

#1 Organisatie en medezeggenschap

Het samenwerkingsverband is een vereniging. De leden zijn de acht schoolbesturen, die samen de algemene ledenvergadering vormen. Het intern toezicht is belegd bij een raad van toezicht met drie onafhankelijke leden. De directeur-bestuurder is eindverantwoordelijk voor het bureau, het Loket, het OPDC en de rebound.

De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR heeft een eigen ambtelijk secretaris en jaarlijks overleg met de raad van toezicht.

#1 Personeel, scholing en ICT

Het samenwerkingsverband heeft 38 medewerkers, van wie 29 in het OPDC en de rebound. Wij investeren in scholing van ondersteuningscoördinatoren en mentoren via de Academie Lingedelta, met jaarlijks een programma over gedrag, mentale gezondheid en het werken met het OPP. Docenten van reguliere scholen kunnen meelopen in het OPDC om van de aanpak te leren.

Het samenwerkingsverband hecht aan een goede werkgeversrol. Medewerkers van het OPDC en de rebound hebben jaarlijks een ontwikkelgesprek, volgen ten minste één scholing per jaar en hebben tweewekelijks intervisie. Het ziekteverzuim in het OPDC lag in 2025 op 6,8%; met een programma gericht op werkdruk en veiligheid willen wij dat terugbrengen.

Voor het Loket gebruiken wij een beveiligd digitaal aanvraagsysteem. Persoonsgegevens worden bewaard tot drie jaar na het besluit en daarna vernietigd, volgens het privacyreglement.

@page
#1 Begrippen en afkortingen

|Afkorting/begrip|Betekenis|
|Basisondersteuning|Ondersteuning die iedere school biedt.|
|Lwoo|Leerwegondersteunend onderwijs.|
|OJSP|Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs.|
|OPDC|Orthopedagogisch-didactisch centrum.|
|Onderwijsconsulenten|Landelijke organisatie die ouders en scholen gratis adviseert bij een dreigende vastgelopen schoolsituatie.|
|Pro|Praktijkonderwijs.|
|Terugplaatsing|Terugkeer van een leerling uit het vso naar het reguliere voortgezet onderwijs na afloop van de TLV.|
|Thuiszitter|Leerplichtige jongere die niet naar school gaat.|
|TLV|Toelaatbaarheidsverklaring.|
|Vso|Voortgezet speciaal onderwijs.|
"""

P2 = {
    "name": "vo-lingedelta",
    "formats": ["docx", "pdf"],
    "spec": {
        "doc_title": "Ondersteuningsplan 2026-2030 SWV VO Lingedelta",
        "author": "bureau SWV Lingedelta",
        "header": "Ondersteuningsplan SWV VO Lingedelta 2026-2030",
        "footer": "SWV VO Lingedelta (VO 30-09) — vastgesteld door de ALV op 2 april 2026",
        "title_lines": [
            ("Ondersteuningsplan", 26, True),
            ("2026 – 2030", 20, False),
            ("Samenwerkingsverband Voortgezet Onderwijs Lingedelta", 14, True),
            ("VO 30-09", 11, False),
        ],
        "style": {"font": "Arial", "size": 10,
                  "h1": {"bold": True, "size": 13, "caps": True, "space_before": 14, "color": "1F3864"},
                  "h2": {"bold": True, "size": 11},
                  "bullets": "style"},
        "body": P2_BODY,
    },
    "label": {
        "sector": "vo",
        "looks_like_plan": True,
        "criteria": {
            "basisondersteuning.niveau": True,
            "basisondersteuning.inhoud": True,
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
            "ouders.steunpunt": False,
        },
        "advisory": {
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        "expect_status": {"basisondersteuning": "present", "plaatsing": "present",
                          "terugstroom": "missing", "financien": "present",
                          "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
        "notes": {
            "basisondersteuning": "'Wat elke school biedt': agreed level on every vestiging plus a ten-item list of voorzieningen; borging via a two-yearly kwaliteitsgesprek.",
            "plaatsing": "'Toewijzing en toelaatbaarheid': Loket, dossier, two deskundigen, Commissie Toewijzing within 6 weeks; vso criteria list, pro/lwoo national criteria with IQ ranges; duration and bekostigingscategorie. No bezwaar route.",
            "terugstroom": "Nothing on return from vso: only near-misses (OPDC pupils return to their own school, warme overdracht PO-VO, doorstroom to mbo/uitstroomperspectief) and 'Terugplaatsing' in the begrippenlijst.",
            "financien": "'Geld en middelen': verdeelsleutel (EUR 165 per leerling + vaste voet EUR 20.000, lwoo/pro pass-through, arrangementen via commissie), meerjarenbegroting 2026-2029 in x EUR 1.000, reserve EUR 2,9 mln, verantwoording vóór 1 juni.",
            "dekkend-aanbod": "'Het ondersteuningsaanbod' gives the four-level continuum (OPDC, rebound, ISK, vso, pro, lwoo); gaps/thuiszitters are only 'wij streven ernaar' and deferred to a netwerkanalyse in 2027 and the jaarplan 2026-2027, so lacunes not addressed; OOGO chapter = ketenpartners.",
            "resultaten": "'Kwaliteit en ontwikkeling': goals table with indicators and streefwaarden; dashboard twice a year, peiling, jaarverslag before 1 July.",
            "ouders": "'Ouders en leerlingen' -> Informatie (website ouderpagina, schoolgids, informatieavond) addressed; the ouder- en jeugdsteunpunt is only being prepared in 2026-2027 (deferral); Onderwijsconsulenten/OJSP appear only in the begrippenlijst.",
        },
    },
}

DOCS = [P1, P2]
