"""P2 - PO, warm and plain house style written for parents and teachers (PDF).

Weak spots: plaatsing partial (criteria only 'in de Notitie Toelaatbaarheid op de website');
financien missing (chapter 'Over geld' only defers to a financieel beleidsplan to be adopted later;
verdeelmodel only in the woordenlijst); resultaten missing (only a deferral to an 'ambitiekaart').
Terugstroom is present but hidden inside the TLV chapter ('En daarna?').
"""

NAME = "po-samenkwartier-ondersteuningsplan-2026-2030"
TITLE = "Samen verder - Ondersteuningsplan Samenkwartier 2026-2030"

TEXT = r"""
!header Samen verder | Ondersteuningsplan 2026-2030 | Samenwerkingsverband Samenkwartier PO
!title Samen verder
!sub Ondersteuningsplan 2026-2030
!sub Samenwerkingsverband passend primair onderwijs Samenkwartier
!sub Voor de scholen, ouders en partners in de gemeenten Heerendal, Broekmolen en Ter Aar-Oost
!pagebreak

# Inhoud

1. Een woord vooraf

2. Wie zijn wij?

3. Waar we voor staan

4. Wat we hoorden

5. Wat elke school biedt

6. Als er meer nodig is

7. Naar een speciale school (en weer terug)

8. Geen kind tussen wal en schip

9. Communicatie: zo houden we u op de hoogte

10. Over geld

11. Samen met de gemeenten

12. Onze mensen en onze organisatie

13. Hoe dit plan tot stand kwam

14. Woordenlijst

!pagebreak

# 1. Een woord vooraf

Beste lezer,

Wat fijn dat u dit plan opent. Misschien bent u ouder van een kind dat wat meer hulp nodig heeft op school. Misschien bent u leerkracht, intern begeleider of directeur. Of misschien werkt u bij de gemeente, in het wijkteam of bij een jeugdhulpaanbieder. Voor u allemaal hebben we geprobeerd dit plan zo te schrijven dat het te lezen is zonder woordenboek. Dat is niet altijd gelukt: passend onderwijs kent nu eenmaal veel afkortingen. Achterin vindt u daarom een woordenlijst.

Dit plan beschrijft hoe de 48 basisscholen, de 3 scholen voor speciaal basisonderwijs en de 2 scholen voor speciaal onderwijs in onze regio samen zorgen voor onderwijs dat past bij elk kind. Het is een plan voor vier jaar: van 1 augustus 2026 tot en met 31 juli 2030. Het is ook een plan dat we samen hebben gemaakt. Meer dan driehonderd mensen dachten mee: ouders, leerkrachten, intern begeleiders, kinderen van de leerlingenraden, wethouders en mensen uit de jeugdhulp. Dank jullie wel daarvoor.

We kijken terug op vier jaar waarin veel is gebeurd. De coronatijd liet diepe sporen na bij kinderen en bij leerkrachten. Het tekort aan leerkrachten werd in sommige wijken heel voelbaar. En toch zagen we overal mensen die net dat stapje extra zetten. We zijn trots op wat de scholen samen hebben bereikt, en we weten ook dat het beter kan. Dat is waar dit plan over gaat.

Hartelijke groet,

Marieke Dolsma, directeur-bestuurder Samenkwartier

# 2. Wie zijn wij?

Samenkwartier is het samenwerkingsverband voor passend primair onderwijs in de gemeenten Heerendal, Broekmolen en Ter Aar-Oost. Negen schoolbesturen werken in Samenkwartier samen. Samen hebben zij 53 scholen, met ongeveer 11.200 leerlingen. De scholen zijn heel verschillend: van een dorpsschool met 45 kinderen in Ter Aar-Oost tot een groot kindcentrum met ruim 700 leerlingen in de nieuwbouwwijk Heerendal-Zuid. Er zijn openbare, katholieke, protestants-christelijke, algemeen bijzondere en islamitische scholen, een Daltonschool, twee Montessorischolen en een Jenaplanschool.

Samenkwartier is een stichting. Het bestuur bestaat uit de bestuurders van de negen schoolbesturen. Een raad van toezicht met drie onafhankelijke leden houdt toezicht. Marieke Dolsma is directeur-bestuurder en leidt het bureau van Samenkwartier in Heerendal. Op het bureau werken zo'n twintig mensen: consulenten, orthopedagogen, de begeleiders van het ambulant team, een secretariaat en een beleidsmedewerker.

Wij zijn er niet om het werk van de scholen over te nemen. De scholen zijn en blijven verantwoordelijk voor het onderwijs aan hun leerlingen. Samenkwartier is er om de scholen daarbij te helpen, om samen te regelen wat een school alleen niet kan, en om te beslissen wanneer een kind naar een speciale school kan. Dat laatste is een taak die de wet aan ons geeft.

# 3. Waar we voor staan

Ons motto is: samen verder. Dat betekent voor ons drie dingen.

Ten eerste: elk kind hoort erbij. Kinderen gaan het liefst naar school in hun eigen buurt, met de vriendjes uit de straat. Daar zetten we op in. Een speciale school is er voor kinderen die dat echt nodig hebben, en dan is het een goede plek, geen noodoplossing.

Ten tweede: we kijken naar wat een kind nodig heeft, niet naar wat er mis is. Een etiket of diagnose zegt weinig over wat een kind in de klas nodig heeft. Leerkrachten, ouders en het kind zelf weten dat vaak het beste. Daarom praten we mét het kind en mét de ouders, niet óver hen.

Ten derde: we doen het samen. Geen school, geen leerkracht en geen ouder hoeft het alleen te doen. Als een school vastloopt, denken collega's van andere scholen en de consulenten van Samenkwartier mee. Als er hulp van buiten school nodig is, zoeken we die samen met het wijkteam.

Die drie uitgangspunten komen in elk hoofdstuk van dit plan terug. Ze zijn ook de reden dat we op sommige plekken bewust kiezen voor ruimte voor scholen, in plaats van voor regels.

# 4. Wat we hoorden

Tussen september 2025 en januari 2026 organiseerden we twaalf gesprekstafels, een online vragenlijst en gesprekken met drie leerlingenraden. Dit zijn de dingen die we het vaakst hoorden.

Ouders vertelden dat zij niet altijd wisten waar ze met hun vragen terecht konden. Sommigen hoorden pas heel laat dat er twijfels waren over de plek van hun kind. Ze willen eerder betrokken worden en beter begrijpen hoe het werkt.

Leerkrachten vertelden dat de groepen zwaarder zijn geworden. Ze willen vooral hulp ín de klas, en liever vandaag dan over zes weken. Formulieren invullen kost veel tijd.

Intern begeleiders vroegen om duidelijkere afspraken: wat mag je van elke school verwachten, en wanneer mag je aankloppen bij Samenkwartier?

Kinderen zeiden iets wat we niet snel vergeten: "Ik wil gewoon dat de juf snapt waarom ik soms boos word." En: "Het is fijn als je weet wie je kan helpen."

Gemeenten en jeugdhulp vroegen om minder loketten en meer samen aan tafel.

Al deze opmerkingen hebben we gebruikt bij het schrijven van dit plan. Op een aantal plekken laten we zien wat we ermee hebben gedaan.

# 5. Wat elke school biedt

## Basisondersteuning: de afspraak die voor alle scholen geldt

Alle schoolbesturen in Samenkwartier hebben met elkaar afgesproken wat iedere school minimaal biedt aan ondersteuning. Dat noemen we de basisondersteuning. Het maakt dus niet uit op welke school in onze regio uw kind zit: deze ondersteuning is er op elke school en op elke locatie, zonder dat daarvoor een aanvraag nodig is. Scholen mogen meer doen, maar nooit minder. Wat een school daarnaast biedt, staat in de schoolgids van die school.

## Wat u van elke school mag verwachten

- Uw kind heeft een leerkracht die het kind goed kent, zijn ontwikkeling twee keer per jaar in kaart brengt en de lessen aanpast aan wat het kind nodig heeft, bijvoorbeeld met extra instructie aan de instructietafel of juist met verrijkingsstof.
- Elke school heeft een intern begeleider die de leerkrachten helpt, meedenkt met ouders en de ondersteuning in de school organiseert.
- Elke school heeft een ondersteuningsteam waarin de intern begeleider, een orthopedagoog en iemand van het wijkteam samen met ouders meedenken als een kind vastloopt. U wordt als ouder altijd uitgenodigd als het over uw kind gaat.
- Kinderen met lees- of rekenproblemen krijgen extra oefening volgens het dyslexie- en dyscalculieprotocol, en hulpmiddelen zoals voorleessoftware of een rekenkaart.
- Kinderen die veel meer aankunnen, krijgen uitdagende opdrachten in de klas.
- Elke school heeft een aanpak voor een veilige groep, werkt aan sociale vaardigheden en heeft een pestprotocol.
- Kinderen die Nederlands als tweede taal leren, krijgen extra taalaanbod.
- Elke school kan eenvoudige medische handelingen uitvoeren, zoals het geven van medicijnen, volgens een protocol dat met ouders wordt afgesproken.
- Als uw kind extra hulp krijgt, maakt de school samen met u een plan, dat minstens twee keer per jaar samen met u wordt besproken.
- Elke school zorgt voor een goede overdracht als uw kind naar een andere school of naar de middelbare school gaat.

## Hoe we dat bewaken

Elke twee jaar bezoekt een consulent van Samenkwartier samen met een intern begeleider van een andere school iedere school voor een 'kijkje in de keuken'. Daarbij gebruiken ze de kijkwijzer basisondersteuning. Als blijkt dat een school iets nog niet op orde heeft, maakt de school een verbeterplan. Het bestuur van Samenkwartier krijgt elk jaar een overzicht.

# 6. Als er meer nodig is

Soms is de basisondersteuning niet genoeg. Een kind blijft achter, wordt erg onrustig, of heeft het thuis zo moeilijk dat het op school niet meer lukt. Dan kijkt het ondersteuningsteam van de school, samen met u, wat er nodig is. Vaak kan de school dan zelf meer doen, bijvoorbeeld met een eigen onderwijsassistent of een aangepast rooster.

Lukt dat niet, dan kan de school de consulent van Samenkwartier inschakelen. Elke school heeft een vaste consulent. De consulent denkt mee, observeert in de klas en kan het ambulant team inzetten. Het ambulant team bestaat uit ervaren leerkrachten en gedragsspecialisten die een aantal weken of maanden in de klas komen om de leerkracht en het kind te helpen.

Voor sommige kinderen is tijdelijk een andere plek nodig. Daarvoor heeft Samenkwartier een paar voorzieningen buiten de eigen school:

- De Kleine Haven in Heerendal: een observatie- en time-outgroep voor kinderen van 4 tot 8 jaar, voor maximaal twaalf weken. Daarna gaat het kind terug naar de eigen school, of wordt samen met ouders een andere plek gezocht.
- Het Atelier in Broekmolen: twee dagdelen per week onderwijs voor kinderen die hoogbegaafd zijn en in de gewone klas vastlopen. De andere dagen zitten ze op hun eigen school.
- De Taalklas in Ter Aar-Oost: een jaar intensief Nederlands voor kinderen die net in Nederland zijn.
- Het onderwijs-zorgarrangement De Brug, in samenwerking met de jeugdhulp: voor kinderen die naast onderwijs ook dagelijks jeugdhulp nodig hebben. Onderwijs en zorg zijn daar op één plek.

En voor een kleine groep kinderen is een speciale school de beste plek. In onze regio zijn drie scholen voor speciaal basisonderwijs (De Horizon, De Springplank en Het Palet) en twee scholen voor speciaal onderwijs (De Sterrenboog voor kinderen met een verstandelijke of lichamelijke beperking en De Kim voor kinderen met ernstige gedragsproblemen of psychiatrische problemen). Zo ontstaat er een samenhangende keten: van de eigen klas, via extra hulp op school en tijdelijke voorzieningen, naar het speciaal (basis)onderwijs.

## Een voorbeeld: Daan

Daan (7 jaar, zijn naam is veranderd) zat in groep 4 van een basisschool in Broekmolen. Hij was slim, maar kon zich in de drukke klas slecht concentreren. Als het hem te veel werd, liep hij weg of werd hij boos. Zijn juf had al veel geprobeerd: een vaste plek vooraan, een koptelefoon, een kaart met pictogrammen. Het hielp een beetje, maar niet genoeg.

In het ondersteuningsteam werd Daan besproken, samen met zijn moeder. De intern begeleider schakelde de consulent van Samenkwartier in. Die kwam twee keer kijken in de klas en stelde voor het ambulant team in te zetten. Een gedragsspecialist kwam acht weken lang twee ochtenden per week. Zij leerde de juf om eerder te zien wanneer het misging, en leerde Daan om zelf aan te geven dat hij even pauze nodig had. Na de kerstvakantie ging het een stuk beter. Daan zit nog steeds op zijn eigen school, bij zijn eigen vriendjes.

Niet elk verhaal loopt zo. Maar het laat zien waar het ons om gaat: eerst kijken wat er in de eigen klas kan, met hulp van buiten als dat nodig is.

## Kinderen die meer aankunnen

We merken dat kinderen die hoogbegaafd zijn soms vastlopen, juist omdat ze zich vervelen of omdat ze zich anders voelen dan hun klasgenoten. Sommigen worden stil, anderen worden onrustig. Voor hen is Het Atelier er, maar we willen ook dat de eigen school weet wat ze kan doen. Daarom organiseren we voor leerkrachten en intern begeleiders bijeenkomsten over hoogbegaafdheid, en kan de consulent een specialist hoogbegaafdheid inschakelen die meedenkt over een passend aanbod in de klas.

# 7. Naar een speciale school (en weer terug)

## Wat is een toelaatbaarheidsverklaring?

Een kind kan alleen naar het speciaal basisonderwijs of het speciaal onderwijs als Samenkwartier een toelaatbaarheidsverklaring (TLV) heeft gegeven. Zo'n verklaring is een besluit van Samenkwartier. Het is dus geen advies, maar een officieel besluit, waar u het ook mee oneens kunt zijn.

## Hoe gaat het in zijn werk?

Stap 1. Het begint altijd met een gesprek tussen u en de school. De school vertelt waarom zij denkt dat een andere plek beter is. U vertelt hoe u het ziet.

Stap 2. Het ondersteuningsteam van de school bespreekt uw kind. De consulent van Samenkwartier is daarbij, en u ook.

Stap 3. Als het ondersteuningsteam dat nodig vindt, vraagt het schoolbestuur van de school van uw kind de TLV aan bij Samenkwartier. Dat gaat via een digitaal groeidocument, waarin staat wat er al is geprobeerd en wat dat heeft opgeleverd. Uw mening staat er ook in. Bent u het niet eens met de aanvraag, dan kunt u dat in het groeidocument opschrijven.

Stap 4. De Commissie Toelaatbaarheid van Samenkwartier bekijkt de aanvraag. Twee deskundigen geven ieder apart een schriftelijk advies: altijd een orthopedagoog of psycholoog, en daarnaast bijvoorbeeld een maatschappelijk werker, een jeugdarts of een kinderpsychiater. Deze deskundigen zijn niet zelf bij uw kind betrokken geweest. U krijgt een kopie van hun adviezen.

Stap 5. De directeur-bestuurder besluit binnen zes weken nadat de aanvraag compleet is. U en de school krijgen het besluit schriftelijk.

## Wanneer komt een kind in aanmerking?

Elk kind is anders, en daarom kijkt de commissie naar het hele verhaal van uw kind. De criteria die de commissie daarbij gebruikt, staan in de Notitie Toelaatbaarheid Samenkwartier, die u kunt downloaden op onze website. Heeft u vragen over de criteria, dan legt de consulent ze graag aan u uit.

## Hoe lang geldt een TLV?

Een TLV voor het speciaal basisonderwijs geldt in principe tot het einde van de basisschooltijd. Een TLV voor het speciaal onderwijs geldt meestal voor twee schooljaren. Voor het speciaal onderwijs staat in de TLV ook een categorie: laag, midden of hoog. Die categorie bepaalt hoeveel geld de speciale school voor uw kind ontvangt.

## Niet eens met het besluit?

Bent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken bij Samenkwartier. Samenkwartier vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. U kunt daar uw verhaal vertellen. Daarna neemt Samenkwartier een nieuw besluit.

## En daarna? Terug naar een gewone basisschool

Een speciale school is voor veel kinderen een goede plek. Maar het hoeft geen plek voor altijd te zijn. Wij vinden dat een kind terug moet kunnen naar een gewone basisschool, het liefst in de eigen buurt, als dat goed is voor het kind. Dat is ons beleid voor terugplaatsing, en alle scholen in Samenkwartier hebben dat afgesproken.

Terugplaatsing is alleen verstandig als aan drie voorwaarden is voldaan: het kind heeft zich zo ontwikkeld dat het met de ondersteuning van een gewone school verder kan; de nieuwe school kan die ondersteuning ook echt bieden; en u als ouder staat erachter.

Zo gaat het:

- Elk jaar bespreekt de speciale school in het gesprek over het ontwikkelingsperspectief met u of terugplaatsing een mogelijkheid is. Dat gesprek is er in elk geval in het voorjaar.
- In het laatste jaar van de TLV doet de speciale school altijd een herbeoordeling. De intern begeleider van de speciale school en de consulent van Samenkwartier kijken samen met u wat het beste is.
- Lijkt terugplaatsing verstandig, dan neemt de speciale school het initiatief. De consulent helpt bij het vinden van een basisschool die past. De nieuwe school beslist, na een kennismaking, of zij uw kind kan plaatsen.
- Vaak begint het met een proefperiode van zes weken, waarin uw kind een paar dagen per week op de nieuwe school is. Na de proefperiode beslissen de beide scholen samen met u of de overstap definitief wordt.
- Na de overstap komt een leerkracht van de speciale school een half jaar lang regelmatig langs op de nieuwe school, om de leerkracht en uw kind te helpen. Na drie en na zes maanden is er een evaluatie met u.
- Is terugplaatsing (nog) niet mogelijk en loopt de TLV af, dan vraagt de speciale school op tijd een nieuwe TLV aan, volgens dezelfde stappen als hierboven.

# 8. Geen kind tussen wal en schip

Elke school heeft zorgplicht. Dat betekent dat de school waar u uw kind aanmeldt, moet zorgen voor een passende plek: op de eigen school of op een andere school die uw kind kan toelaten. Lukt dat niet binnen zes weken (eventueel verlengd met vier weken), dan schakelt de school Samenkwartier in. De consulent zoekt dan samen met de school en u naar een plek.

Toch gebeurt het soms dat een kind thuis komt te zitten. Dat vinden we onacceptabel. Daarom hebben we samen met de leerplichtambtenaren van de drie gemeenten afgesproken:

- Zit een kind langer dan drie weken thuis zonder onderwijs, dan meldt de school dat bij Samenkwartier en bij leerplicht.
- Binnen een week is er een overleg met de school, de ouders, leerplicht, het wijkteam en Samenkwartier. Daar wordt één persoon aangewezen die de regie heeft.
- Lukt het niet om binnen zes weken een oplossing te vinden, dan beslist de directeur-bestuurder welke school het kind tijdelijk opvangt. Alle schoolbesturen hebben afgesproken dat zij zo'n besluit uitvoeren.

Elk jaar in februari bekijken we samen met de scholen en gemeenten waar het aanbod niet goed genoeg aansluit: waar wachtlijsten zijn, voor welke kinderen geen passende plek te vinden was, en welke vragen steeds terugkomen. Waar nodig maken we nieuwe afspraken of starten we een nieuwe voorziening. Zo is De Taalklas ontstaan, en zo onderzoeken we nu of er in Broekmolen een kleine groep nodig is voor kinderen die op school angstig zijn en niet meer durven te komen.

## De overstap naar de middelbare school

Ook de overstap naar de middelbare school is een moment waarop het mis kan gaan. Daarom hebben we met het samenwerkingsverband voortgezet onderwijs in onze regio afgesproken dat de basisschool en de middelbare school elkaar spreken over elk kind dat extra ondersteuning krijgt. Dat noemen we een warme overdracht. U bent daarbij welkom. Kinderen van de speciale scholen krijgen een extra kennismaking op hun nieuwe school, vóór de zomervakantie.

# 9. Communicatie: zo houden we u op de hoogte

Goede informatie begint op school. De intern begeleider en de leerkracht zijn voor u het eerste aanspreekpunt. Maar u kunt ook altijd bij Samenkwartier terecht. Zo houden we u op de hoogte over de ondersteuning in onze regio:

- Op onze website staat een aparte ouderpagina met uitleg over de basisondersteuning, de voorzieningen uit hoofdstuk 6, de speciale scholen en de stappen naar een TLV. De pagina is ook in eenvoudig Nederlands, het Engels, het Arabisch en het Oekraïens beschikbaar.
- Elke school geeft nieuwe ouders de folder Samen verder voor ouders. Die folder leggen we ook neer bij de consultatiebureaus en de wijkteams.
- Twee keer per jaar houden we een avond voor ouders, het Passend Onderwijs Café, wisselend in een van de drie gemeenten.
- In de schoolgids van elke school staat wat de school biedt aan ondersteuning.
- Het bureau van Samenkwartier heeft een ouderlijn: op werkdagen kunt u bellen of mailen met een consulent.

## Als u onafhankelijke hulp wilt

Soms wilt u met iemand praten die niet van de school en niet van Samenkwartier is. Dat kan. Het Ouder- en Jeugdsteunpunt Samenkwartier is een onafhankelijk steunpunt dat wordt uitgevoerd door de Stichting Oudersterk. De medewerkers zijn zelf ouder van een kind dat extra ondersteuning nodig had. Ze luisteren, geven informatie en kunnen met u mee naar een gesprek op school. Het steunpunt is gratis. Ook kinderen en jongeren kunnen er terecht. Het steunpunt is bereikbaar via een eigen telefoonnummer en een eigen website, en houdt spreekuur in de bibliotheken van Heerendal en Broekmolen.

Komt u er met de school niet uit, dan kunt u ook gratis hulp vragen van Onderwijsconsulenten, een landelijke organisatie die ouders en scholen helpt om samen een oplossing te vinden. En als het echt niet lukt, kunt u een klacht indienen bij de klachtencommissie of een geschil voorleggen aan de Geschillencommissie passend onderwijs.

# 10. Over geld

Passend onderwijs kost geld. Samenkwartier krijgt elk jaar geld van het Rijk voor de ondersteuning van kinderen die dat nodig hebben.

We hebben in de gesprekstafels gemerkt dat de vraag 'waar gaat het geld naartoe?' veel mensen bezighoudt. Dat begrijpen we. Het bestuur werkt op dit moment aan een nieuw financieel beleidsplan. Hoe het geld precies over de scholen wordt verdeeld en waaraan het de komende jaren wordt uitgegeven, beschrijven we in dat financieel beleidsplan en in de meerjarenbegroting, die het bestuur in het najaar van 2026 vaststelt, nadat de ondersteuningsplanraad zijn oordeel heeft gegeven. Die stukken maken geen deel uit van dit plan, maar worden na vaststelling op onze website geplaatst.

# 11. Samen met de gemeenten

Kinderen leven niet alleen op school. Als een kind het moeilijk heeft, spelen er vaak ook dingen thuis of in de buurt. Daarom werken we nauw samen met de gemeenten Heerendal, Broekmolen en Ter Aar-Oost. Dit plan is op 10 maart 2026 besproken in het op overeenstemming gericht overleg (OOGO) met de wethouders onderwijs en jeugd. De gemeenten hebben ingestemd met het plan.

We hebben met de gemeenten afgesproken dat elk ondersteuningsteam op school een vaste medewerker van het wijkteam heeft. Ook hebben we afspraken gemaakt over het leerlingenvervoer naar de speciale scholen, over het onderwijs-zorgarrangement De Brug en over de aanpak van thuiszitters (zie hoofdstuk 8). Twee keer per jaar bespreken we met de wethouders hoe het gaat.

# 12. Onze mensen en onze organisatie

Het werk van Samenkwartier wordt gedaan door mensen. Onze consulenten, orthopedagogen en de begeleiders van het ambulant team zijn het gezicht van Samenkwartier op de scholen. We vinden het belangrijk dat zij goed zijn opgeleid en tijd hebben om te leren. Daarom heeft iedere medewerker een persoonlijk ontwikkelplan en organiseren we vier keer per jaar een studiemiddag. Ook voor de intern begeleiders van de scholen organiseren we netwerkbijeenkomsten, waarin ze van elkaar leren.

Het lerarentekort raakt ook ons. Sommige vacatures in het ambulant team staan lang open. We werken daarom samen met de pabo in Heerendal aan een leerwerktraject voor studenten die later in het speciaal onderwijs of in een ambulant team willen werken.

Samenkwartier heeft een ondersteuningsplanraad (OPR). In de OPR zitten zes ouders en zes leerkrachten of andere medewerkers van de scholen. De OPR moet instemmen met dit plan. Dat heeft de OPR gedaan op 17 maart 2026. De OPR vergadert zes keer per jaar en praat ook mee over andere onderwerpen, zoals de communicatie met ouders.

Samenkwartier werkt met gegevens over kinderen, soms ook gevoelige gegevens, bijvoorbeeld bij een aanvraag voor een TLV. We gaan daar zorgvuldig mee om. We bewaren gegevens niet langer dan nodig en volgens de wet. Alleen mensen die de gegevens nodig hebben voor hun werk, kunnen erbij. Ons privacyreglement staat op de website.

Aanvragen en groeidocumenten gaan via een beveiligde digitale omgeving. In 2027 stappen we over op een nieuw systeem, dat gebruiksvriendelijker moet zijn voor scholen en ouders. Ouders krijgen dan ook zelf toegang tot het groeidocument van hun kind.

## En de resultaten?

Welke resultaten we met dit plan willen bereiken en hoe we gaan volgen of dat lukt, werken we in het eerste jaar van de planperiode samen met de scholen en de ondersteuningsplanraad uit in een ambitiekaart. Die ambitiekaart wordt in het schooljaar 2026-2027 vastgesteld.

# 13. Hoe dit plan tot stand kwam

Het schrijven van dit plan begon in het voorjaar van 2025 met een evaluatie van het vorige plan door het bestuur. Daarna volgden de gesprekstafels uit hoofdstuk 4. Een schrijfgroep met twee directeuren, twee intern begeleiders, een ouder uit de OPR en twee medewerkers van Samenkwartier maakte in december 2025 een eerste versie. Die is besproken met het bestuur, de raad van toezicht, de directeuren, de OPR en de gemeenten. Ook is het plan besproken met het samenwerkingsverband voortgezet onderwijs in onze regio, vooral over de overstap naar de middelbare school.

Het bestuur heeft het plan vastgesteld op 24 maart 2026. We hebben het plan vóór 1 mei 2026 naar de inspectie van het onderwijs gestuurd.

Dit plan is geen eindpunt. Elk jaar maken we een jaarplan, waarin staat wat we dat jaar gaan doen. In dat jaarplan kunnen we ook bijsturen als dat nodig is. Grote wijzigingen in dit plan leggen we altijd eerst voor aan de OPR.

Planning op hoofdlijnen:

| Wanneer | Wat |
| 2026-2027 | Nieuwe kijkwijzer basisondersteuning in gebruik; ambitiekaart vaststellen; financieel beleidsplan vaststellen |
| 2027-2028 | Nieuw digitaal systeem; onderzoek kleine groep Broekmolen afronden |
| 2028-2029 | Tussentijdse evaluatie van dit plan met scholen, ouders en gemeenten |
| 2029-2030 | Voorbereiding nieuw ondersteuningsplan |

# 14. Woordenlijst

Ambulant team: begeleiders van Samenkwartier die in de klas komen helpen.

Basisondersteuning: de ondersteuning die elke school minimaal biedt.

Groeidocument: het digitale dossier waarin staat wat een kind nodig heeft en wat er is geprobeerd.

Meerjarenbegroting: een begroting voor meerdere jaren vooruit.

OOGO: op overeenstemming gericht overleg, het overleg tussen Samenkwartier en de gemeenten.

OPR: ondersteuningsplanraad, de medezeggenschapsraad van het samenwerkingsverband.

Resultaten: wat we met ons werk willen bereiken voor kinderen.

SBO: speciaal basisonderwijs.

SO: speciaal onderwijs.

Terugplaatsing: de overstap van een speciale school naar een gewone basisschool.

TLV: toelaatbaarheidsverklaring, het besluit dat een kind naar het speciaal (basis)onderwijs mag.

Verdeelmodel: de manier waarop het samenwerkingsverband het geld over de schoolbesturen verdeelt.

Zorgplicht: de plicht van een school om te zorgen voor een passende plek voor een aangemeld kind.
"""

LABEL = r"""
documents: [po-samenkwartier-ondersteuningsplan-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: []
  financien: []
  dekkend-aanbod: [ketenpartners]
  resultaten: []
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 5: binding agreement of all boards on a minimum at every school/location, ten concrete items ('Wat u van elke school mag verwachten'), kijkwijzer visits (borging)."
  plaatsing: "Ch. 7 steps 1-5 (school board applies, groeidocument, commissie with two separate deskundigen, decision within 6 weeks), duration/categorie and LBT bezwaar; the criteria are only referred to the Notitie Toelaatbaarheid on the website."
  terugstroom: "Hidden at the end of ch. 7 'En daarna?': policy with three conditions and support after return; yearly OPP talk, herbeoordeling in last TLV year, speciale school initiates, proefperiode, evaluations, new TLV if needed."
  financien: "Ch. 10 'Over geld' only says the Rijk pays and defers verdeling/besteding to a financieel beleidsplan and meerjarenbegroting to be adopted in autumn 2026 (not part of the plan); 'verdeelmodel' only in the woordenlijst; TLV categorie money remark is plaatsing."
  dekkend-aanbod: "Ch. 6 continuum (eigen school, consulent/ambulant team, four bovenschoolse voorzieningen, 3 sbo, 2 so) and ch. 8 zorgplicht, thuiszitters escalation, yearly February gap analysis; ch. 11 gemeenten."
  resultaten: "Only the deferral 'En de resultaten?' in ch. 12 (ambitiekaart to be set in 2026-2027) passing words in the voorwoord/woordenlijst, and a bare planning row 'Tussentijdse evaluatie van dit plan' (2028-2029); no goals and no monitoring of results."
  ouders: "Ch. 9 'Communicatie': ouderpagina in several languages, folder, Passend Onderwijs Cafe, schoolgids, ouderlijn; independent Ouder- en Jeugdsteunpunt (Stichting Oudersterk), Onderwijsconsulenten, klachten/GPO."
"""
