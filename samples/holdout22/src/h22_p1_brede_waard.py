"""P1 - PO, very formal house style with hoofdstukken and artikelen (docx).

Weak spots: terugstroom missing (reserved article + deferral, glossary/TOC only);
financien partial (verdeling addressed, besteding only in absent bijlage 5 / p.m.);
resultaten partial (monitoring addressed, beoogde resultaten deferred to after a nulmeting).
"""

NAME = "po-brede-waard-ondersteuningsplan-2026-2030"
TITLE = "Ondersteuningsplan 2026-2030 SWV PPO De Brede Waard"

TEXT = r"""
!header Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Waard (PO 28-11) - Ondersteuningsplan 2026-2030
!title Ondersteuningsplan 2026-2030
!sub Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Waard
!sub Registratienummer PO 28-11
!sub Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 17 maart 2026 en na op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van de gemeenten Waardhoven, Lingemeer en Oud-Beemde op 5 maart 2026
!sub Planperiode: 1 augustus 2026 tot en met 31 juli 2030
!pagebreak

# Inhoudsopgave

Voorwoord

Hoofdstuk 1 Algemene bepalingen (artikelen 1 tot en met 3)

Hoofdstuk 2 Missie, visie en opdracht (artikelen 4 en 5)

Hoofdstuk 3 Basisondersteuning (artikelen 6 tot en met 8)

Hoofdstuk 4 Extra ondersteuning en het samenhangend geheel van voorzieningen (artikelen 9 tot en met 11)

Hoofdstuk 5 Toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs (artikelen 12 tot en met 15)

Hoofdstuk 6 Terugplaatsing en overplaatsing (artikel 16)

Hoofdstuk 7 Informatievoorziening aan en ondersteuning van ouders (artikelen 17 en 18)

Hoofdstuk 8 Middelen: verdeling, besteding en meerjarenbegroting (artikelen 19 tot en met 21)

Hoofdstuk 9 Kwaliteitszorg, beoogde en bereikte resultaten (artikelen 22 en 23)

Hoofdstuk 10 Bestuur, intern toezicht en medezeggenschap (artikelen 24 tot en met 26)

Hoofdstuk 11 Samenwerking met gemeenten en ketenpartners (artikel 27)

Hoofdstuk 12 Personeel, privacy en informatievoorziening (artikelen 28 tot en met 30)

Hoofdstuk 13 Slotbepalingen (artikelen 31 en 32)

Bijlage 1 Overzicht aangesloten schoolbesturen en vestigingen

Bijlage 5 Meerjarenbegroting 2026-2030

!pagebreak

# Voorwoord

Voor u ligt het ondersteuningsplan 2026-2030 van de Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Waard. Dit plan is het derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs op 1 augustus 2014. Het bestuur heeft ervoor gekozen het plan, evenals in de vorige planperiode, op te stellen in de vorm van een samenhangend stelsel van artikelen. Deze vorm sluit aan bij de juridische aard van het document: het ondersteuningsplan is het kader waarbinnen de aangesloten schoolbesturen, de directeur-bestuurder en de commissies van het samenwerkingsverband hun taken uitoefenen. Waar de artikelen dat vragen, is een toelichting opgenomen.

In de afgelopen planperiode is veel bereikt. De samenwerking tussen de schoolbesturen is verdiept, de ondersteuningsteams op de scholen zijn verder geprofessionaliseerd en het aantal leerlingen dat langdurig zonder onderwijs thuis zat, is afgenomen. Tegelijkertijd constateren wij dat de druk op het regulier onderwijs toeneemt, dat het lerarentekort ook in onze regio voelbaar is en dat de vraag naar speciale onderwijsvoorzieningen niet overal in gelijke mate daalt. Het plan dat voor u ligt, beoogt op deze ontwikkelingen een antwoord te geven, zonder de uitgangspunten van passend onderwijs los te laten.

Het plan is tot stand gekomen in nauwe samenwerking met de directeuren van de scholen, de intern begeleiders, de schoolbesturen, de ondersteuningsplanraad en de gemeenten. Wij danken allen die hebben bijgedragen aan de totstandkoming van dit plan, in het bijzonder de leden van de ondersteuningsplanraad, die het concept op een kritische en constructieve wijze hebben besproken.

Namens het algemeen bestuur,

mr. drs. H.J. van Oosterwijk, voorzitter, en drs. A.M. Kersbergen, directeur-bestuurder

# Hoofdstuk 1 Algemene bepalingen

## Artikel 1 Begripsbepalingen

In dit ondersteuningsplan wordt verstaan onder:

- a. samenwerkingsverband: de Stichting Samenwerkingsverband Passend Primair Onderwijs De Brede Waard, als bedoeld in artikel 18a van de Wet op het primair onderwijs;
- b. algemeen bestuur: het bestuur van het samenwerkingsverband, bestaande uit vertegenwoordigers van de aangesloten schoolbesturen;
- c. directeur-bestuurder: de door het algemeen bestuur benoemde functionaris aan wie de dagelijkse leiding en de uitvoering van het beleid zijn opgedragen;
- d. basisondersteuning: het geheel van preventieve en licht curatieve interventies dat binnen de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau wordt uitgevoerd;
- e. extra ondersteuning: alle ondersteuning die de basisondersteuning overstijgt;
- f. toelaatbaarheidsverklaring (TLV): de beschikking van het samenwerkingsverband waarin wordt verklaard dat een leerling toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs;
- g. terugplaatsing: de overgang van een leerling van het speciaal (basis)onderwijs naar het regulier basisonderwijs;
- h. overplaatsing: de overgang van een leerling naar een andere school of andere onderwijssoort;
- i. meerjarenbegroting: de begroting van het samenwerkingsverband voor het lopende en de drie daaropvolgende kalenderjaren;
- j. beoogde resultaten: de door het algemeen bestuur vastgestelde doelen voor leerlingen die extra ondersteuning nodig hebben;
- k. ouders: de ouders, voogden of verzorgers van een leerling;
- l. ouder- en jeugdsteunpunt: het onafhankelijke steunpunt als bedoeld in artikel 17 lid 4;
- m. OPR: de ondersteuningsplanraad als bedoeld in artikel 4a van de Wet medezeggenschap op scholen;
- n. OOGO: het op overeenstemming gericht overleg met de gemeenten als bedoeld in artikel 18a, negende lid, van de Wet op het primair onderwijs;
- o. commissie: de Commissie van Toelaatbaarheid van het samenwerkingsverband.

## Artikel 2 Reikwijdte

1. Dit ondersteuningsplan is van toepassing op alle vestigingen van de scholen voor basisonderwijs, speciaal basisonderwijs en speciaal onderwijs van de aangesloten schoolbesturen, voor zover gelegen in het werkgebied van het samenwerkingsverband.

2. Het werkgebied van het samenwerkingsverband omvat de gemeenten Waardhoven, Lingemeer en Oud-Beemde. Op 1 oktober 2025 waren bij het samenwerkingsverband 14 schoolbesturen aangesloten met in totaal 61 vestigingen van basisscholen, 2 scholen voor speciaal basisonderwijs en 3 vestigingen van scholen voor speciaal onderwijs van cluster 3 en 4. Het totaal aantal leerlingen bedroeg op die datum 13.408.

3. Het overzicht van de aangesloten schoolbesturen en vestigingen is opgenomen in bijlage 1.

## Artikel 3 Status en looptijd

1. Dit ondersteuningsplan geldt voor de periode van 1 augustus 2026 tot en met 31 juli 2030.

2. Het algemeen bestuur kan het plan tussentijds wijzigen. Een wijziging behoeft de instemming van de ondersteuningsplanraad en wordt, voor zover zij de onderwerpen betreft die in het op overeenstemming gericht overleg aan de orde zijn, voorgelegd aan de gemeenten.

3. Het plan wordt vóór 1 mei 2026 toegezonden aan de inspectie van het onderwijs.

# Hoofdstuk 2 Missie, visie en opdracht

## Artikel 4 Missie en visie

1. Het samenwerkingsverband heeft tot doel een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren, zodanig dat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en dat leerlingen die extra ondersteuning behoeven een zo passend mogelijke plaats in het onderwijs krijgen.

2. Het samenwerkingsverband gaat ervan uit dat ieder kind zich wil en kan ontwikkelen, dat de ondersteuning zo dicht mogelijk bij huis en zo veel mogelijk in de eigen groep wordt geboden en dat ouders, school en samenwerkingsverband gezamenlijk verantwoordelijk zijn voor een goede schoolloopbaan van het kind.

3. Het samenwerkingsverband stelt zich ten doel dat de inzet van middelen zichtbaar bijdraagt aan de resultaten van het onderwijs aan leerlingen met een ondersteuningsbehoefte, en dat de verantwoording daarover transparant is.

Toelichting. De missie en visie zijn in het voorjaar van 2025 herijkt in een reeks bijeenkomsten met directeuren, intern begeleiders, ouders en vertegenwoordigers van de gemeenten. Daarbij is vastgesteld dat de kernwaarden van de vorige planperiode - nabijheid, samenhang en vertrouwen - onverminderd richtinggevend zijn. Nieuw is de nadrukkelijke aandacht voor inclusiever onderwijs, in lijn met de landelijke ambitie dat in 2035 zo veel mogelijk kinderen samen naar school gaan.

## Artikel 5 Opdracht

1. Het samenwerkingsverband voert in ieder geval de volgende taken uit:
- a. het vaststellen van het ondersteuningsplan;
- b. het verdelen en toewijzen van de ondersteuningsmiddelen en -voorzieningen aan de scholen;
- c. het beoordelen of leerlingen toelaatbaar zijn tot het speciaal basisonderwijs of het speciaal onderwijs;
- d. het op verzoek van een schoolbestuur adviseren over de ondersteuningsbehoefte van een leerling.

2. De uitvoering van de taken genoemd in het eerste lid is opgedragen aan de directeur-bestuurder, met dien verstande dat de besluiten over toelaatbaarheid worden genomen door de directeur-bestuurder op advies van de commissie.

# Hoofdstuk 3 Basisondersteuning

## Artikel 6 Niveau van basisondersteuning

1. Het niveau van basisondersteuning is het door het algemeen bestuur vastgestelde minimum aan ondersteuning dat iedere vestiging van iedere aangesloten school voor basisonderwijs biedt, ongeacht het schoolbestuur waartoe de school behoort.

2. Een school kan in haar schoolondersteuningsprofiel een breder of intensiever aanbod beschrijven dan het niveau van basisondersteuning. Een school kan niet volstaan met een aanbod dat onder het niveau van basisondersteuning ligt.

3. Het niveau van basisondersteuning bestaat uit de standaarden genoemd in artikel 7.

## Artikel 7 Standaarden basisondersteuning

1. Iedere vestiging voldoet aan de volgende standaarden:
- a. de school voldoet aan de basiskwaliteit zoals die door de inspectie van het onderwijs wordt beoordeeld;
- b. de school beschikt over een intern begeleider met een afgeronde post-hbo- of masteropleiding op het gebied van leerlingbegeleiding, met ten minste 0,4 fte per 200 leerlingen;
- c. de school heeft een ondersteuningsteam dat ten minste zes keer per schooljaar bijeenkomt, waaraan naast de intern begeleider een orthopedagoog of schoolpsycholoog en, indien aan de orde, de jeugdverpleegkundige en de medewerker van het lokale team deelnemen;
- d. de school werkt handelings- en opbrengstgericht met groepsplannen of een vergelijkbare planmatige cyclus en een leerlingvolgsysteem waarin de ontwikkeling van iedere leerling ten minste twee keer per jaar wordt geanalyseerd;
- e. de school past het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskunde-problemen en Dyscalculie toe, inclusief de inzet van compenserende en dispenserende maatregelen;
- f. de school biedt in de groep gedifferentieerde instructie op drie niveaus en heeft voor leerlingen met een ontwikkelingsvoorsprong een verrijkingsaanbod binnen de groep;
- g. de school beschikt over een schoolbrede aanpak voor sociale veiligheid en positief gedrag, een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;
- h. de school heeft een protocol medisch handelen en kan eenvoudige medische handelingen laten uitvoeren volgens de afspraken in dat protocol;
- i. de school heeft een aanpak voor leerlingen met een taalachterstand, waaronder leerlingen met Nederlands als tweede taal;
- j. de school stelt voor iedere leerling met een individueel ondersteuningsaanbod een ontwikkelingsperspectief op en bespreekt dit ten minste eenmaal per schooljaar met de ouders.

2. De standaarden gelden vanaf 1 augustus 2026. Voor standaard b geldt een overgangstermijn tot 1 augustus 2027 voor scholen die op 1 augustus 2026 niet aan de formatieve norm voldoen.

## Artikel 8 Borging van de basisondersteuning

1. Iedere school beschrijft in de schoolgids op welke wijze zij aan de standaarden van artikel 7 voldoet.

2. De directeur-bestuurder voert eenmaal per twee jaar met iedere school een gesprek over de realisatie van de standaarden, op basis van een door de school ingevulde kwaliteitskaart basisondersteuning.

3. Indien een school niet aan een of meer standaarden voldoet, maakt het schoolbestuur binnen drie maanden een verbeterplan, waarover het algemeen bestuur wordt geïnformeerd.

# Hoofdstuk 4 Extra ondersteuning en het samenhangend geheel van voorzieningen

## Artikel 9 Het ondersteuningscontinuüm

1. Het samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen bestaat uit de volgende niveaus:
- a. niveau 1: basisondersteuning op iedere vestiging, overeenkomstig hoofdstuk 3;
- b. niveau 2: extra ondersteuning op de eigen school door middel van een arrangement, bekostigd uit het schoolbudget van het schoolbestuur, al dan niet met inzet van een consulent van het samenwerkingsverband;
- c. niveau 3: bovenschoolse voorzieningen van het samenwerkingsverband, te weten de observatiegroep De Brug (12 plaatsen), de voltijds plusklas voor hoogbegaafde leerlingen De Uitkijk (16 plaatsen), de nieuwkomersvoorziening te Waardhoven en het ambulant team gedrag;
- d. niveau 4: het speciaal basisonderwijs, verzorgd door sbo De Wilgenhof te Waardhoven en sbo Het Anker te Lingemeer;
- e. niveau 5: het speciaal onderwijs van cluster 3 en 4, verzorgd door de scholen voor speciaal onderwijs De Vlinder (cluster 3), Het Baken (cluster 4) en De Stroming (cluster 3 en 4, onderwijs-zorgarrangementen).

2. De plaatsing in een voorziening van niveau 3 vindt plaats op basis van een besluit van de directeur-bestuurder, op aanvraag van het schoolbestuur en na een bespreking in het ondersteuningsteam van de school.

## Artikel 10 Dekkend aanbod

1. Het samenwerkingsverband analyseert jaarlijks vóór 1 maart of het aanbod van voorzieningen dekkend is. Daartoe worden in ieder geval betrokken: de wachtlijsten van de bovenschoolse voorzieningen en het speciaal (basis)onderwijs, het aantal leerlingen dat onder de zorgplicht van een schoolbestuur valt maar niet binnen zes weken, met een verlenging van ten hoogste vier weken, een passende plaats heeft gevonden, en het aantal thuiszitters.

2. Indien uit de analyse blijkt dat voor een groep leerlingen geen passend aanbod bestaat, legt de directeur-bestuurder binnen drie maanden een voorstel voor aan het algemeen bestuur, inhoudende een nieuw of aangepast aanbod, de termijn waarbinnen het gerealiseerd wordt en de kosten daarvan.

3. Het samenwerkingsverband neemt deel aan de thuiszitterstafel van de gemeenten. Voor iedere leerling die langer dan vier weken zonder onderwijs thuis zit, wordt binnen twee weken een casusregisseur aangewezen. Indien binnen drie maanden geen onderwijsplek is gevonden, besluit de directeur-bestuurder, na overleg met de betrokken schoolbesturen, over de school die de leerling plaatst.

## Artikel 11 Overstap naar het voortgezet onderwijs

1. Het samenwerkingsverband maakt met het samenwerkingsverband voortgezet onderwijs Waardhoven en Lingestreek afspraken over een warme overdracht van leerlingen met een ondersteuningsbehoefte.

2. Het onderwijskundig rapport wordt uiterlijk 1 maart van het laatste leerjaar aan de school voor voortgezet onderwijs overgedragen.

# Hoofdstuk 5 Toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs

## Artikel 12 Aanvraag

1. Een toelaatbaarheidsverklaring wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven of, indien de leerling nog niet is ingeschreven, door het bevoegd gezag van de school waar de leerling is aangemeld.

2. De aanvraag wordt ingediend via het digitale ondersteuningsportaal van het samenwerkingsverband en gaat vergezeld van:
- a. het ontwikkelingsperspectief of groeidocument van de leerling, met de verslaglegging van ten minste twee evaluaties van het geboden aanbod;
- b. het verslag van de bespreking in het ondersteuningsteam;
- c. de zienswijze van de ouders;
- d. indien aanwezig, rapportages van onderzoek en van de jeugdhulp.

3. Een aanvraag die niet volledig is, wordt binnen vijf werkdagen teruggestuurd met vermelding van de ontbrekende stukken.

## Artikel 13 Commissie en deskundigenadvies

1. Het samenwerkingsverband heeft een Commissie van Toelaatbaarheid, bestaande uit ten minste twee orthopedagogen of psychologen en een maatschappelijk werker of jeugdarts.

2. Over iedere aanvraag brengen twee deskundigen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de problematiek, een tweede deskundige als bedoeld in artikel 34.8 van het Besluit bekostiging WPO. Een deskundige die bij de voorbereiding van de aanvraag betrokken is geweest, brengt geen advies uit.

3. De directeur-bestuurder beslist binnen zes weken na ontvangst van de volledige aanvraag. Deze termijn kan eenmaal met ten hoogste vier weken worden verlengd. De ouders ontvangen een afschrift van de adviezen en van het besluit.

## Artikel 14 Criteria

1. Een leerling is toelaatbaar tot het speciaal basisonderwijs indien is voldaan aan elk van de volgende criteria:
- a. de school heeft gedurende ten minste een half schooljaar de basisondersteuning en een arrangement van niveau 2 geboden, vastgelegd in het ontwikkelingsperspectief, en de evaluaties tonen aan dat de leerling onvoldoende profiteert van dit aanbod;
- b. de leerling heeft behoefte aan een kleine groep (maximaal 16 leerlingen) gedurende de gehele schooldag en aan een specifiek pedagogisch-didactisch klimaat dat de reguliere school ook met extra ondersteuning niet kan bieden;
- c. de ondersteuningsbehoefte van de leerling is niet in overwegende mate medisch of lichamelijk van aard.

2. Een leerling is toelaatbaar tot het speciaal onderwijs van cluster 3 indien sprake is van een verstandelijke beperking (IQ lager dan 70, of lager dan 55 voor categorie ZML), een langdurige lichamelijke ziekte of een lichamelijke beperking, waardoor de leerling is aangewezen op een onderwijsaanbod met intensieve zorg en begeleiding die in het regulier of speciaal basisonderwijs niet kan worden geboden.

3. Een leerling is toelaatbaar tot het speciaal onderwijs van cluster 4 indien sprake is van ernstige gedrags- of psychiatrische problematiek die zich in meerdere leefomgevingen voordoet, waarvoor een intensieve orthopedagogische aanpak in combinatie met jeugdhulp nodig is, en de eerder geboden ondersteuning in het regulier of speciaal basisonderwijs aantoonbaar ontoereikend is gebleken.

4. In afwijking van het eerste tot en met derde lid kan een leerling met spoed toelaatbaar worden verklaard indien de veiligheid van de leerling of van anderen acuut in het geding is. In dat geval geldt de toelaatbaarheidsverklaring voor ten hoogste zes maanden.

## Artikel 15 Geldigheidsduur, categorie en bezwaar

1. De toelaatbaarheidsverklaring voor het speciaal basisonderwijs wordt afgegeven tot en met 31 juli van het schooljaar waarin de leerling de leeftijd van dertien jaar bereikt. De toelaatbaarheidsverklaring voor het speciaal onderwijs wordt afgegeven voor ten hoogste twee schooljaren.

2. In de toelaatbaarheidsverklaring voor het speciaal onderwijs wordt de bekostigingscategorie laag, midden of hoog vermeld. Categorie midden wordt toegekend bij een lichamelijke beperking, categorie hoog bij een meervoudige beperking; in de overige gevallen geldt categorie laag.

3. Belanghebbenden kunnen binnen zes weken na de dag van bekendmaking bezwaar maken tegen een besluit over toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de directeur-bestuurder adviseert over het bezwaar.

# Hoofdstuk 6 Terugplaatsing en overplaatsing

## Artikel 16 Terug- en overplaatsing

[Gereserveerd.]

Toelichting. Het algemeen bestuur heeft in de evaluatie van de vorige planperiode vastgesteld dat de bestaande werkafspraken over terugplaatsing niet meer aansluiten bij de praktijk en bij de gewijzigde wet- en regelgeving. Het algemeen bestuur zal, na advies van de ondersteuningsplanraad, in de loop van het schooljaar 2026-2027 een regeling terug- en overplaatsing vaststellen, die na instemming van de ondersteuningsplanraad als artikel 16 in dit plan wordt opgenomen. Tot het moment van vaststelling worden hierover in dit plan geen regels gesteld.

# Hoofdstuk 7 Informatievoorziening aan en ondersteuning van ouders

## Artikel 17 Informatie aan ouders

1. Het samenwerkingsverband informeert ouders over de ondersteuningsvoorzieningen in het samenwerkingsverband door middel van:
- a. een ouderpagina op de website van het samenwerkingsverband, met een beschrijving van het niveau van basisondersteuning, de bovenschoolse voorzieningen, de scholen voor speciaal (basis)onderwijs en de procedure voor een toelaatbaarheidsverklaring;
- b. de brochure Passend onderwijs in De Brede Waard, die via iedere school aan ouders van nieuwe leerlingen wordt uitgereikt en beschikbaar is in het Nederlands, het Engels, het Arabisch, het Turks en het Pools;
- c. ten minste twee informatiebijeenkomsten per schooljaar voor ouders, in samenwerking met de oudervertegenwoordiging in de ondersteuningsplanraad;
- d. het telefonisch spreekuur voor ouders, op werkdagen van 9.00 tot 12.00 uur.

2. Iedere school vermeldt in de schoolgids welke ondersteuning de school biedt, hoe ouders bij de ondersteuning van hun kind worden betrokken en waar zij terecht kunnen met vragen over passend onderwijs.

3. De intern begeleider is op iedere school het eerste aanspreekpunt voor ouders. Ouders worden uitgenodigd voor iedere bespreking van hun kind in het ondersteuningsteam.

4. Ouders die onafhankelijke informatie, advies of ondersteuning wensen, kunnen zich wenden tot het Ouder- en Jeugdsteunpunt Waardhoven e.o., dat door het samenwerkingsverband wordt gefinancierd, maar onder verantwoordelijkheid van de Stichting MEE Waardland werkt en geen instructies van het samenwerkingsverband of van de schoolbesturen ontvangt. Het steunpunt is telefonisch, per e-mail en op afspraak op drie locaties bereikbaar en kan ouders bijstaan in gesprekken met school en samenwerkingsverband.

## Artikel 18 Onafhankelijke ondersteuning, klachten en geschillen

1. Bij een verschil van inzicht tussen ouders en school over de ondersteuning van hun kind kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten.

2. Het samenwerkingsverband heeft een klachtenregeling en is aangesloten bij de Landelijke Klachtencommissie Onderwijs.

3. Geschillen over de toelating en verwijdering van leerlingen en over het ontwikkelingsperspectief kunnen door ouders worden voorgelegd aan de Geschillencommissie passend onderwijs.

# Hoofdstuk 8 Middelen: verdeling, besteding en meerjarenbegroting

## Artikel 19 Verdeling van de ondersteuningsmiddelen

1. Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Op dit budget worden door de Dienst Uitvoering Onderwijs de bekostiging van het speciaal onderwijs en de groeibekostiging in mindering gebracht.

2. Het samenwerkingsverband hanteert een schoolmodel. Na aftrek van de afdrachten genoemd in het eerste lid, de overdracht aan het speciaal basisonderwijs, de kosten van de bovenschoolse voorzieningen en de kosten van de uitvoeringsorganisatie, wordt het resterende budget aan de schoolbesturen toegekend naar rato van het aantal leerlingen van hun scholen voor basisonderwijs op 1 oktober van het voorafgaande jaar.

3. Het samenwerkingsverband stelt bij de jaarlijkse begroting het bedrag per leerling vast. Een wijziging van de verdeelsystematiek behoeft de instemming van de ondersteuningsplanraad.

4. Voor de overdracht aan het speciaal basisonderwijs hanteert het samenwerkingsverband als peildatum 1 februari. Indien het aantal leerlingen van het speciaal basisonderwijs op de peildatum meer dan 2 procent bedraagt van het totaal aantal leerlingen in het basisonderwijs en het speciaal basisonderwijs samen, draagt het samenwerkingsverband de bekostiging over die volgt uit de toepassing van artikel 118, vierde lid, van de wet. Het aandeel van ieder schoolbestuur daarin wordt bepaald naar rato van het aantal leerlingen dat het schoolbestuur in het voorafgaande jaar naar het speciaal basisonderwijs heeft verwezen.

## Artikel 20 Besteding en meerjarenbegroting

1. De meerjarenbegroting 2026-2030 van het samenwerkingsverband is opgenomen in bijlage 5 bij dit ondersteuningsplan.

2. Het algemeen bestuur stelt jaarlijks vóór 1 december de begroting voor het volgende kalenderjaar vast, na advies van de raad van toezicht.

3. Baten en lasten per begrotingspost: p.m. (zie bijlage 5).

## Artikel 21 Verantwoording

1. Iedere schoolbestuur legt jaarlijks vóór 1 mei verantwoording af over de besteding van het schoolbudget in het voorafgaande kalenderjaar, door middel van het door het samenwerkingsverband vastgestelde verantwoordingsformat.

2. Het samenwerkingsverband verantwoordt de besteding van de middelen in het jaarverslag en de jaarrekening, die door een accountant worden gecontroleerd.

# Hoofdstuk 9 Kwaliteitszorg, beoogde en bereikte resultaten

## Artikel 22 Monitoring en verantwoording

1. Het samenwerkingsverband verzamelt jaarlijks de volgende gegevens:
- a. het deelnamepercentage aan het speciaal basisonderwijs en het speciaal onderwijs op 1 oktober, per gemeente en per schoolbestuur, in vergelijking met het landelijk gemiddelde;
- b. het aantal afgegeven toelaatbaarheidsverklaringen, naar soort en categorie, en de gemiddelde doorlooptijd van de aanvragen;
- c. het aantal leerlingen in de bovenschoolse voorzieningen en de duur van hun verblijf;
- d. het aantal thuiszitters en vrijstellingen, in samenwerking met de leerplichtambtenaren;
- e. de tevredenheid van scholen en ouders over de dienstverlening van het samenwerkingsverband, gemeten door middel van een tweejaarlijkse vragenlijst;
- f. de uitkomsten van de gesprekken over de basisondersteuning, bedoeld in artikel 8.

2. De directeur-bestuurder rapporteert twee keer per jaar aan het algemeen bestuur en de raad van toezicht over deze gegevens, in een voortgangsrapportage per 1 maart en in het jaarverslag. De ondersteuningsplanraad ontvangt beide documenten.

3. In het derde jaar van de planperiode laat het samenwerkingsverband een externe evaluatie uitvoeren naar de werking van het ondersteuningsplan.

## Artikel 23 Beoogde resultaten

1. Het algemeen bestuur stelt de beoogde resultaten voor de planperiode vast nadat in het schooljaar 2026-2027 een nulmeting op basis van de gegevens van artikel 22 heeft plaatsgevonden.

2. De beoogde resultaten worden na vaststelling opgenomen in het jaarplan van het samenwerkingsverband.

Toelichting. In de vorige planperiode waren de doelen naar het oordeel van het bestuur te weinig onderscheidend. Het bestuur hecht eraan nieuwe doelen pas te formuleren wanneer de gegevensverzameling op orde is.

# Hoofdstuk 10 Bestuur, intern toezicht en medezeggenschap

## Artikel 24 Bestuur en intern toezicht

1. Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit één vertegenwoordiger van ieder aangesloten schoolbestuur. De stemverhouding is vastgelegd in de statuten.

2. De dagelijkse leiding berust bij de directeur-bestuurder. Het intern toezicht wordt uitgeoefend door een raad van toezicht van drie onafhankelijke leden, die in het bijzonder toeziet op de rechtmatige en doelmatige besteding van de middelen.

3. De statuten bevatten een regeling voor de beslechting van geschillen tussen het samenwerkingsverband en de aangesloten schoolbesturen.

## Artikel 25 Medezeggenschap

1. Het samenwerkingsverband heeft een ondersteuningsplanraad, bestaande uit tien leden, van wie vijf leden uit en door de ouders en vijf leden uit en door het personeel, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen.

2. De ondersteuningsplanraad heeft instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan. De ondersteuningsplanraad heeft op 17 maart 2026 ingestemd met dit plan.

3. Het samenwerkingsverband heeft daarnaast een medezeggenschapsraad voor het eigen personeel.

## Artikel 26 Samenwerking met andere samenwerkingsverbanden

Het samenwerkingsverband heeft het ontwerp van dit plan op 3 februari 2026 besproken met het samenwerkingsverband voortgezet onderwijs Waardhoven en Lingestreek. Afspraken over de overstap zijn opgenomen in artikel 11.

# Hoofdstuk 11 Samenwerking met gemeenten en ketenpartners

## Artikel 27 Gemeenten en jeugdhulp

1. Het ontwerp van dit plan is op 5 maart 2026 in het op overeenstemming gericht overleg met de gemeenten Waardhoven, Lingemeer en Oud-Beemde besproken. Partijen hebben overeenstemming bereikt.

2. Het samenwerkingsverband en de gemeenten hebben afspraken gemaakt over de inzet van de lokale teams in de ondersteuningsteams van de scholen, over onderwijs-zorgarrangementen in het speciaal onderwijs, over het leerlingenvervoer en over de aanpak van thuiszitters, zoals bedoeld in artikel 10, derde lid.

3. Partijen evalueren de samenwerking jaarlijks in het bestuurlijk overleg passend onderwijs en jeugd.

# Hoofdstuk 12 Personeel, privacy en informatievoorziening

## Artikel 28 Personeel

1. Het samenwerkingsverband heeft eigen personeel in dienst voor de uitvoeringsorganisatie, de bovenschoolse voorzieningen en de consulenten. Op 1 januari 2026 bedroeg de formatie 24,6 fte.

2. Het samenwerkingsverband investeert in de deskundigheid van het eigen personeel en van de intern begeleiders van de scholen door middel van een jaarlijks scholingsaanbod en intervisie in netwerken van intern begeleiders.

Toelichting. Het lerarentekort raakt ook het samenwerkingsverband. De bovenschoolse voorzieningen kennen een hoog personeelsverloop. Het bestuur heeft daarom besloten de arbeidsvoorwaarden van het personeel van de bovenschoolse voorzieningen gelijk te trekken met die van het speciaal onderwijs en te investeren in een opleidingstraject voor zij-instromers. De middelen daarvoor worden opgenomen in de begroting.

## Artikel 29 Privacy

1. Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover dat noodzakelijk is voor de uitvoering van de taken genoemd in artikel 5, eerste lid, onder b, c en d.

2. De gegevens worden bewaard tot drie jaar na het besluit waarvoor zij zijn verwerkt. Het samenwerkingsverband heeft een functionaris voor gegevensbescherming en een privacyreglement.

## Artikel 30 Informatievoorziening en ICT

1. Aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden uitsluitend ingediend via het digitale ondersteuningsportaal. Het portaal voldoet aan de eisen van de Algemene verordening gegevensbescherming en wordt jaarlijks door een externe partij getoetst.

2. Het samenwerkingsverband publiceert het ondersteuningsplan, het jaarplan, de begroting, het jaarverslag en de jaarrekening op zijn website.

# Hoofdstuk 13 Slotbepalingen

## Artikel 31 Onvoorziene gevallen

In gevallen waarin dit plan niet voorziet, beslist de directeur-bestuurder, na overleg met de voorzitter van het algemeen bestuur.

## Artikel 32 Citeertitel en inwerkingtreding

1. Dit plan wordt aangehaald als Ondersteuningsplan De Brede Waard 2026-2030.

2. Dit plan treedt in werking op 1 augustus 2026.

Aldus vastgesteld door het algemeen bestuur in zijn vergadering van 24 maart 2026.

!pagebreak

# Bijlage 1 Overzicht aangesloten schoolbesturen en vestigingen

| Schoolbestuur | Aantal vestigingen | Leerlingen 1-10-2025 |
| Stichting Primair Onderwijs Waardhoven | 14 | 3.112 |
| Stichting Katholiek Onderwijs Lingemeer | 9 | 2.044 |
| Vereniging Christelijk Onderwijs De Beemden | 8 | 1.786 |
| Stichting Openbaar Onderwijs Oud-Beemde | 7 | 1.451 |
| Stichting Kindcentra Waardland | 6 | 1.390 |
| Overige schoolbesturen (9, met een tot vier vestigingen) | 17 | 3.209 |
| Speciaal basisonderwijs (2 scholen) | 2 | 416 |
| Totaal | 63 | 13.408 |

De bijlagen 2 tot en met 5 (regeling Commissie van Toelaatbaarheid, kwaliteitskaart basisondersteuning, reglement ondersteuningsplanraad en meerjarenbegroting 2026-2030) worden separaat gepubliceerd.
"""

LABEL = r"""
documents: [po-brede-waard-ondersteuningsplan-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: missing, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Art. 6 defines the verband-wide minimum for every vestiging; art. 7 lists ten concrete standaarden; art. 8 kwaliteitskaart/verbeterplan (borging)."
  plaatsing: "Art. 12-15: aanvraag by bevoegd gezag, dossier, CvT, two separate deskundigen, 6 weeks; sbo/cluster 3/cluster 4 criteria; duration, categorie, LBT bezwaar."
  terugstroom: "Hoofdstuk 6 / art. 16 is '[Gereserveerd.]' with a deferral to 2026-2027; the word only occurs in the TOC and the begripsbepalingen (art. 1 g/h). TLV validity (art. 15) is plaatsing, not a return procedure."
  financien: "Art. 19 gives the schoolmodel verdeling (per-leerling, peildatum, 2%-overdracht); besteding: meerjarenbegroting only in absent bijlage 5 and 'p.m.' in art. 20; art. 21 covers verantwoording (advisory)."
  dekkend-aanbod: "Art. 9 five-level continuum with named voorzieningen; art. 10 yearly dekkendheidsanalyse, zorgplicht, thuiszitterstafel and escalation; art. 27 gemeenten."
  resultaten: "Art. 22 describes monitoring indicators and reporting; art. 23 defers the beoogde resultaten until after a 2026-2027 nulmeting (doelen not addressed)."
  ouders: "Art. 17: website ouderpagina, brochure in 5 languages, meetings, spreekuur; art. 17 lid 4 independent OJSP, art. 18 Onderwijsconsulenten/klachten/GPO."
"""
