"""P4 - PO, compact 'beleidsplan op hoofdlijnen' with many references to separate documents (.txt).

Weak spots: basisondersteuning partial (verband-wide minimum defined, only the four abstract
Referentiekader aspects; concrete standaarden only in the separate Kader Basisondersteuning);
plaatsing missing (procedure and criteria only in the separate Reglement Toelaatbaarheid; TLV
terms only in the begrippenlijst); dekkend-aanbod missing (only a reference to the Kaart Dekkend
Aanbod on the website). Terugstroom is present in unusual wording ('Terug naar de wijkschool').
"""

NAME = "po-kustzone-ondersteuningsplan-op-hoofdlijnen-2026-2030"
TITLE = "Ondersteuningsplan op hoofdlijnen 2026-2030 SWV PO Kustzone"

TEXT = r"""
!title Ondersteuningsplan op hoofdlijnen 2026-2030
!sub Samenwerkingsverband Passend Primair Onderwijs Kustzone (PO 26-04)
!sub Vastgesteld door het algemeen bestuur op 31 maart 2026
!sub Instemming ondersteuningsplanraad: 24 maart 2026. OOGO: 12 maart 2026.
!sub Webversie - de bijlagen en onderliggende documenten staan op www.swvkustzone.nl/documenten

# Inhoudsopgave

1. Samenvatting

2. Inleiding: een plan op hoofdlijnen

3. Ons samenwerkingsverband in cijfers

4. Koers 2026-2030

5. Basisondersteuning

6. Toelaatbaarheid sbo en so

7. Terug naar de wijkschool

8. Dekkend aanbod en thuiszitters

9. Ouders

10. Middelen en meerjarenbegroting

11. Beoogde resultaten en monitoring

12. Organisatie, governance en medezeggenschap

13. Samenwerking met gemeenten (OOGO)

14. Personeel en professionalisering

15. Planning en verantwoording

16. Overzicht onderliggende documenten

17. Begrippenlijst

# 1. Samenvatting

Dit ondersteuningsplan beschrijft op hoofdlijnen hoe het Samenwerkingsverband Passend Primair Onderwijs Kustzone in de periode 2026-2030 invulling geeft aan zijn wettelijke opdracht. Het plan is bewust beknopt. Het algemeen bestuur heeft ervoor gekozen de kaders in dit plan vast te leggen en de uitwerking op te nemen in afzonderlijke documenten, die elk hun eigen besluitvorming en actualisatie kennen. Zo blijft het plan leesbaar en kan de uitwerking worden bijgesteld zonder dat het hele plan opnieuw hoeft te worden vastgesteld.

De belangrijkste keuzes voor deze planperiode zijn: het versterken van de basisondersteuning op alle scholen; het verder terugdringen van het aantal leerlingen dat het speciaal onderwijs buiten de regio bezoekt; het vergroten van het aantal kinderen dat vanuit het speciaal (basis)onderwijs terugkeert naar een reguliere school; en een eenvoudiger verdeling van de middelen, waarbij het geld zo direct mogelijk bij de scholen terechtkomt.

# 2. Inleiding: een plan op hoofdlijnen

Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. De wet schrijft voor dat het plan ten minste eens in de vier jaar wordt vastgesteld en dat het een aantal onderwerpen bevat. In de afgelopen jaren is gebleken dat een uitvoerig plan, met alle procedures en formulieren, snel veroudert. In de vorige planperiode moest het plan daardoor drie keer tussentijds worden gewijzigd, telkens met een volledige instemmingsprocedure.

Daarom kiest Kustzone voor een plan op hoofdlijnen. In dit plan staan de uitgangspunten, de kaders en de ambities. De uitwerking is te vinden in de onderliggende documenten, die in hoofdstuk 16 zijn opgesomd. Deze documenten worden door het algemeen bestuur vastgesteld en, waar de wet dat vraagt, voorgelegd aan de ondersteuningsplanraad. Zij zijn te raadplegen op de website van het samenwerkingsverband.

Een plan op hoofdlijnen is geen vrijblijvend plan. Het algemeen bestuur heeft zich ertoe verplicht de onderliggende documenten actueel te houden en ze, net als dit plan, openbaar te maken. De ondersteuningsplanraad heeft bij zijn instemming gevraagd om een jaarlijkse rapportage over de stand van zaken van alle onderliggende documenten. Het algemeen bestuur heeft dat toegezegd; de rapportage maakt deel uit van het jaarverslag.

Dit plan is tot stand gekomen in een traject van ruim een jaar. Er zijn drie werkconferenties gehouden met directeuren en intern begeleiders, twee bijeenkomsten met ouders en een bestuurlijke conferentie met de wethouders van de vier gemeenten. Een klankbordgroep uit de ondersteuningsplanraad heeft het concept meegelezen.

## Status van dit plan en van de onderliggende documenten

De wet bepaalt dat het ondersteuningsplan een aantal onderwerpen omvat. Voor een deel van die onderwerpen volstaat dit plan met de hoofdlijnen en verwijst het naar een onderliggend document. Het algemeen bestuur stelt de onderliggende documenten vast en wijzigt ze niet dan nadat de ondersteuningsplanraad in de gelegenheid is gesteld daarover advies uit te brengen of, waar de wet dat voorschrijft, daarmee heeft ingestemd. Bij strijdigheid tussen dit plan en een onderliggend document gaat dit plan voor.

## Landelijke ontwikkelingen

Het plan is geschreven in een periode waarin op landelijk niveau veel in beweging is. Na de evaluatie van passend onderwijs in 2020 is de Verbeteraanpak passend onderwijs gestart. Daaruit vloeien onder meer voort: de Wet versterking positie ouders en leerlingen in het passend onderwijs, de afbouw van bovenmatige reserves bij samenwerkingsverbanden, de ontwikkeling van een landelijke norm voor basisondersteuning en de beweging naar inclusiever onderwijs, met 2035 als stip op de horizon. Ook de Wet vereenvoudiging bekostiging primair onderwijs heeft gevolgen voor de middelen van het samenwerkingsverband.

Kustzone volgt deze ontwikkelingen nauwgezet. Waar landelijke besluiten gevolgen hebben voor dit plan, stelt het algemeen bestuur het plan of het betreffende onderliggende document tussentijds bij. Het feit dat dit plan op hoofdlijnen is geschreven, maakt zulke bijstellingen eenvoudiger.

# 3. Ons samenwerkingsverband in cijfers

Kustzone omvat de gemeenten Zandvoort-Noord, Duinwijck, Strandhoven en Polderkust. Er zijn twaalf schoolbesturen aangesloten.

Kengetallen per 1 oktober 2025:

| Onderwerp | Aantal |
| Aangesloten schoolbesturen | 12 |
| Basisscholen (vestigingen) | 44 |
| Scholen voor speciaal basisonderwijs | 2 |
| Scholen voor speciaal onderwijs (cluster 3 en 4) in de regio | 2 |
| Leerlingen basisonderwijs | 9.870 |
| Leerlingen speciaal basisonderwijs | 268 |
| Leerlingen speciaal onderwijs (binnen en buiten de regio) | 231 |
| Deelnamepercentage sbo | 2,6% |
| Deelnamepercentage so | 2,2% |
| Leerlingen so buiten de regio | 64 |

Het aantal leerlingen in de regio daalt licht. De prognose voor 2030 is 9.400 leerlingen in het basisonderwijs. In de kustplaatsen is de krimp sterker dan in Polderkust, waar nieuwbouw voor instroom van jonge gezinnen zorgt. Een aantal kleine scholen in Strandhoven staat onder druk; de schoolbesturen voeren daarover overleg met de gemeente.

De regio kent een eigen karakter. In de zomermaanden verdubbelt het aantal inwoners van de kustplaatsen door het toerisme, en veel ouders werken in de horeca en de recreatie, met onregelmatige werktijden. In Polderkust werken veel ouders in de tuinbouw; een deel van hen is arbeidsmigrant uit Midden- en Oost-Europa. Scholen in Polderkust hebben daardoor een relatief groot aantal leerlingen dat Nederlands als tweede taal leert. Deze kenmerken vragen om flexibiliteit van scholen en om goede afspraken met de gemeenten over kinderopvang, taalonderwijs en jeugdhulp. Die afspraken worden in het OOGO en in het lokale onderwijsbeleid van de gemeenten gemaakt.

# 4. Koers 2026-2030

Kustzone wil dat ieder kind in de regio onderwijs krijgt dat bij hem of haar past, zo dicht mogelijk bij huis. Wij geloven dat de meeste kinderen het best tot hun recht komen op een school in hun eigen wijk of dorp, samen met andere kinderen uit de buurt. Het speciaal (basis)onderwijs is er voor kinderen voor wie dat niet of tijdelijk niet haalbaar is.

Wij werken vanuit vier principes:

- Dichtbij: ondersteuning wordt zoveel mogelijk in de klas en op de school geboden.
- Eenvoudig: zo min mogelijk bureaucratie; het geld gaat naar de scholen.
- Samen: schoolbesturen zijn gezamenlijk verantwoordelijk voor alle kinderen in de regio.
- Lerend: we volgen wat werkt en stellen bij.

Dichtbij betekent dat de leerkracht en de intern begeleider de eersten zijn die een ondersteuningsvraag oppakken, en dat hulp van buiten de school zo veel mogelijk in de school wordt geboden. Eenvoudig betekent dat het samenwerkingsverband geen eigen loketten opwerpt waar dat niet nodig is, dat formulieren kort zijn en dat het geld niet onnodig lang op de plank ligt. Samen betekent dat geen schoolbestuur zich kan terugtrekken op het eigen belang: een kind dat in de regio geen plek vindt, is de verantwoordelijkheid van alle besturen. Lerend betekent dat we niet alleen plannen maken, maar ook nagaan of ze werken, en dat we bereid zijn om bij te sturen.

Deze principes zijn vertaald naar vier ambities, die in hoofdstuk 11 meetbaar zijn gemaakt:

- Ambitie 1: alle scholen bieden aantoonbaar de afgesproken basisondersteuning.
- Ambitie 2: minder kinderen naar het speciaal onderwijs buiten de regio.
- Ambitie 3: meer kinderen keren terug van het speciaal (basis)onderwijs naar een reguliere school.
- Ambitie 4: ouders zijn tevreden over de informatie en begeleiding die zij krijgen.

## Terugblik op de planperiode 2022-2026

De koers voor 2026-2030 bouwt voort op de ervaringen van de afgelopen vier jaar. In die periode heeft Kustzone de bovenmatige reserve afgebouwd van € 2,3 miljoen naar € 1,1 miljoen, in lijn met het landelijke afbouwplan. Het Kader Basisondersteuning is in 2025 volledig herzien, nadat uit de zelfevaluaties bleek dat de oude standaarden te algemeen waren om mee te werken. Het aantal kinderen dat vanuit het speciaal (basis)onderwijs terugkeerde naar een reguliere school steeg van 4 in het schooljaar 2021-2022 naar 9 in het schooljaar 2024-2025. Ouders waardeerden de informatie en begeleiding in 2025 met gemiddeld een 6,9.

Niet alles ging zoals gehoopt. Het plan moest drie keer worden gewijzigd, de bestuurlijke besluitvorming over de verdeling van de middelen kostte veel tijd, en de verantwoording door schoolbesturen was lange tijd vrijblijvend. Deze lessen hebben geleid tot de keuze voor een plan op hoofdlijnen, een eenvoudiger verdeling van de middelen en een vast verantwoordingsformat.

# 5. Basisondersteuning

Onder basisondersteuning verstaat Kustzone het afgesproken niveau van ondersteuning dat iedere vestiging van iedere aangesloten basisschool minimaal biedt, onder eigen regie en zonder tussenkomst van het samenwerkingsverband. Dit niveau is voor alle scholen gelijk en is door het algemeen bestuur vastgesteld.

De basisondersteuning omvat vier aspecten, ontleend aan het landelijk Referentiekader passend onderwijs:

- basiskwaliteit: de kwaliteit van het onderwijs zoals die door de inspectie wordt beoordeeld;
- preventieve en licht curatieve interventies;
- de onderwijsondersteuningsstructuur van de school;
- planmatig werken.

De concrete standaarden waarmee deze aspecten zijn uitgewerkt, zijn vastgelegd in het Kader Basisondersteuning Kustzone 2025, dat het algemeen bestuur op 9 december 2025 heeft vastgesteld. Dit kader is als afzonderlijk document op de website gepubliceerd.

Iedere school beschrijft in haar schoolgids hoe zij invulling geeft aan de basisondersteuning. Eens in de twee jaar voert het samenwerkingsverband met iedere school een gesprek aan de hand van de zelfevaluatie basisondersteuning. Voldoet een school niet aan het kader, dan stelt het schoolbestuur een verbeterplan op met een termijn van ten hoogste een jaar.

# 6. Toelaatbaarheid sbo en so

Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs. De procedure en de criteria die daarbij gelden, zijn vastgelegd in het Reglement Toelaatbaarheid Kustzone, dat als bijlage C bij dit plan hoort en afzonderlijk wordt vastgesteld en gepubliceerd. Het reglement wordt in 2026 geactualiseerd.

# 7. Terug naar de wijkschool

Een plaats in het speciaal basisonderwijs of het speciaal onderwijs is voor Kustzone geen eindstation. Ons uitgangspunt is dat ieder kind dat daartoe in staat is, zo snel als verantwoord terugkeert naar een reguliere basisschool, bij voorkeur in de eigen wijk of het eigen dorp. Dat past bij onze koers (dichtbij) en bij ambitie 3.

Een terugkeer naar de wijkschool is verantwoord als het kind zich zodanig heeft ontwikkeld dat het met de basisondersteuning en, zo nodig, een tijdelijk extra aanbod op een reguliere school verder kan, als de ontvangende school bereid en in staat is dat aanbod te bieden, en als de ouders de overstap steunen.

Hoe het in zijn werk gaat:

- De school voor sbo of so bespreekt het ontwikkelingsperspectief van ieder kind twee keer per jaar met de ouders. In elk van deze gesprekken komt aan de orde of een terugkeer naar de wijkschool binnen een jaar haalbaar is.
- Uiterlijk 1 maart van ieder schooljaar meldt de sbo- of so-school aan het samenwerkingsverband welke kinderen in aanmerking komen voor terugkeer per het volgende schooljaar.
- De orthopedagoog van het samenwerkingsverband bespreekt deze kinderen vóór 1 april met de sbo- of so-school en de ouders en legt een advies vast. De directeur van het samenwerkingsverband besluit, op basis van dat advies, tot een terugkeertraject.
- In overleg met de ouders wordt een reguliere school gezocht; de directeur van die school beslist over de toelating.
- Vanaf dat moment geldt een overgangsperiode van twaalf weken, waarin het kind geleidelijk naar de nieuwe school gaat en een leerkracht van de sbo- of so-school de nieuwe leerkracht begeleidt. Na de overgangsperiode volgt een evaluatie met ouders en beide scholen; bij een positieve evaluatie wordt het kind definitief ingeschreven op de wijkschool en eindigt de geldigheid van de toelaatbaarheidsverklaring.
- Het samenwerkingsverband kent de ontvangende school voor het eerste jaar na terugkeer een terugkeerbudget toe van € 4.000 per kind voor extra begeleiding (zie hoofdstuk 10).
- Is een terugkeer nog niet verantwoord, dan geldt voor de voortzetting van de plaatsing het Reglement Toelaatbaarheid.

# 8. Dekkend aanbod en thuiszitters

Kustzone streeft naar een dekkend aanbod: voor ieder kind een passende plek. Het samenhangend geheel van voorzieningen in de regio, de bovenschoolse arrangementen en de afspraken over de aanpak van thuiszitters zijn beschreven in de Kaart Dekkend Aanbod Kustzone. De Kaart wordt jaarlijks door de directeur geactualiseerd en op de website gepubliceerd.

# 9. Ouders

Ouders zijn de eerste partners van de school. Kustzone vindt het belangrijk dat ouders weten wat zij van de school en van het samenwerkingsverband mogen verwachten, en waar zij terechtkunnen als het niet goed loopt.

Zo informeren wij ouders:

- via de website van Kustzone, met een ouderrubriek waarin de basisondersteuning, de ondersteuningsmogelijkheden in de regio en de gang van zaken bij een overstap naar het speciaal (basis)onderwijs in begrijpelijke taal worden uitgelegd;
- via de folder Kustzone voor ouders, die alle scholen bij de aanmelding van een nieuwe leerling meegeven;
- via de schoolgids van iedere school, waarin de school haar ondersteuningsaanbod en haar contactpersoon voor passend onderwijs vermeldt;
- via een jaarlijkse ouderavond per gemeente, samen met het centrum voor jeugd en gezin.

Onafhankelijke ondersteuning. Ouders die behoefte hebben aan onafhankelijk advies of aan iemand die met hen meedenkt of meegaat naar school, kunnen terecht bij het ouder- en jeugdsteunpunt De Ouderwijzer. De Ouderwijzer wordt door Kustzone gefinancierd, maar werkt onafhankelijk van het samenwerkingsverband en de schoolbesturen, onder de vlag van de stichting Zorgbelang Kust. Ouders kunnen de Ouderwijzer bellen, mailen of langskomen op het inloopspreekuur op woensdagochtend in Duinwijck. Verder kunnen ouders bij een verschil van mening met de school kosteloos een beroep doen op Onderwijsconsulenten. Geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.

Ouders als partner. Ouders worden door de school betrokken bij iedere bespreking van hun kind in het ondersteuningsteam en bij het opstellen en evalueren van het ontwikkelingsperspectief. Ook het kind zelf wordt gehoord: vanaf groep 5 wordt de mening van het kind over het ontwikkelingsperspectief vastgelegd. In de ondersteuningsplanraad zijn ouders met vier zetels vertegenwoordigd. Twee keer per jaar spreekt de directeur met de oudergeleding van de ondersteuningsplanraad over signalen die ouders bij de Ouderwijzer en bij de scholen inbrengen.

# 10. Middelen en meerjarenbegroting

Uitgangspunten. Kustzone hanteert een eenvoudig schoolmodel: het geld gaat zo direct mogelijk naar de schoolbesturen, die verantwoordelijk zijn voor de ondersteuning op hun scholen. Het samenwerkingsverband houdt alleen middelen centraal voor taken die niet door een afzonderlijk schoolbestuur kunnen worden uitgevoerd.

Verdeling. Na aftrek van de verplichte afdrachten aan het speciaal onderwijs en de overdracht aan het speciaal basisonderwijs, de kosten van het bureau en het solidariteitsfonds, wordt het budget aan de schoolbesturen toegekend op basis van een bedrag per leerling. Voor 2026 is dit bedrag vastgesteld op € 212 per leerling, op basis van het aantal leerlingen op 1 oktober 2025. Schoolbesturen met een school in een wijk met een hoge onderwijsachterstandsscore ontvangen een toeslag van 10% op het bedrag per leerling voor die school. Het solidariteitsfonds is bestemd voor schoolbesturen die in een jaar uitzonderlijk hoge kosten maken voor een individuele leerling; het algemeen bestuur beslist over toekenning op voordracht van de directeur.

Verantwoording. Schoolbesturen verantwoorden jaarlijks vóór 1 juli, in een korte rapportage volgens het format van Kustzone, hoe zij het budget hebben ingezet en wat dat heeft opgeleverd. Het samenwerkingsverband bundelt deze rapportages in het jaarverslag.

Meerjarenbegroting (bedragen x € 1.000):

| Post | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbekostiging | 10.420 | 10.260 | 10.090 | 9.940 |
| Afdrachten so (DUO) | -3.950 | -3.880 | -3.810 | -3.760 |
| Overdracht sbo | -1.620 | -1.590 | -1.560 | -1.530 |
| Netto beschikbaar | 4.850 | 4.790 | 4.720 | 4.650 |
| Schoolbudgetten (bedrag per leerling en toeslag) | 2.210 | 2.150 | 2.090 | 2.040 |
| Terugkeerbudgetten | 80 | 100 | 120 | 120 |
| Solidariteitsfonds | 250 | 250 | 250 | 250 |
| Ouder- en jeugdsteunpunt De Ouderwijzer | 95 | 95 | 95 | 95 |
| Bureau, orthopedagogen, commissie | 1.480 | 1.490 | 1.500 | 1.510 |
| Overige centrale voorzieningen | 780 | 780 | 780 | 780 |
| Resultaat | -45 | -75 | -115 | -145 |

Reserves. De algemene reserve bedroeg eind 2025 € 1,1 miljoen en ligt daarmee onder de signaleringswaarde. De begrote tekorten worden gedekt uit de reserve. De uitgebreide toelichting op de begroting en het risicoprofiel staan in het Financieel Beleidskader 2026-2030.

# 11. Beoogde resultaten en monitoring

De ambities uit hoofdstuk 4 zijn als volgt meetbaar gemaakt:

| Ambitie | Indicator | Stand 2025 | Doel 2030 |
| 1. Basisondersteuning op orde | Aantal scholen dat volgens de zelfevaluatie en het gesprek aan het Kader Basisondersteuning voldoet | 36 van 44 | 44 van 44 |
| 2. Minder so buiten de regio | Aantal leerlingen so buiten de regio | 64 | 40 |
| 3. Meer terugkeer | Aantal kinderen dat per schooljaar terugkeert naar een reguliere school | 9 | 20 |
| 4. Tevreden ouders | Gemiddeld rapportcijfer ouders voor informatie en begeleiding | 6,9 | 7,5 |

Monitoring. De directeur verzamelt de gegevens voor deze indicatoren ieder jaar per 1 oktober (aantallen leerlingen) en in het voorjaar (zelfevaluaties, oudertevredenheidspeiling, terugkeer). De resultaten worden gerapporteerd in het jaarverslag en besproken met het algemeen bestuur, de raad van toezicht en de ondersteuningsplanraad. Als een indicator twee jaar achter elkaar achterblijft bij de verwachte lijn, legt de directeur een verbetervoorstel voor aan het algemeen bestuur. In het voorjaar van 2028 vindt een tussenevaluatie plaats. De activiteiten waarmee de ambities worden nagestreefd, staan in het jaarplan.

Naast de cijfers hecht Kustzone aan het verhaal achter de cijfers. Daarom voert de directeur ieder voorjaar gesprekken met een wisselende groep intern begeleiders, directeuren van sbo- en so-scholen en ouders over de vraag wat de cijfers betekenen en waar zij verbeteringen zien. De uitkomsten van deze gesprekken worden samen met de indicatoren in het jaarverslag opgenomen, zodat het algemeen bestuur en de ondersteuningsplanraad een volledig beeld hebben.

# 12. Organisatie, governance en medezeggenschap

Kustzone is een vereniging. De leden zijn de aangesloten schoolbesturen. Het algemeen bestuur bestaat uit de bestuurders van de schoolbesturen en stelt onder meer het ondersteuningsplan, de begroting en het jaarverslag vast. Het intern toezicht is belegd bij een raad van toezicht van drie onafhankelijke leden. De dagelijkse leiding ligt bij de directeur, die een bureau aanstuurt met een orthopedagoog, twee consulenten, een beleidsmedewerker en een secretariaat.

De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden, gekozen uit de medezeggenschapsraden van de scholen. De ondersteuningsplanraad heeft op 24 maart 2026 met dit plan ingestemd. Het reglement van de ondersteuningsplanraad is op de website te vinden. De ondersteuningsplanraad vergadert ten minste vijf keer per jaar en heeft een eigen budget voor scholing en ondersteuning. Het algemeen bestuur betrekt de ondersteuningsplanraad vroegtijdig bij de voorbereiding van wijzigingen van dit plan en van de onderliggende documenten, door middel van een jaarlijkse themabijeenkomst en door de ondersteuningsplanraad in de gelegenheid te stellen ideeën in te brengen voordat een concept wordt opgesteld.

Rolverdeling. De ledenvergadering, waarin ieder schoolbestuur één stem heeft, benoemt de leden van de raad van toezicht en keurt de begroting en de jaarrekening goed. Het algemeen bestuur is verantwoordelijk voor het beleid; de directeur voert het beleid uit op basis van een managementstatuut. De raad van toezicht ziet toe op het bestuur en op de rechtmatige en doelmatige besteding van de middelen, en is werkgever van de directeur. Eén keer per jaar evalueren het algemeen bestuur en de raad van toezicht hun onderlinge samenwerking.

Klachten. Kustzone is aangesloten bij een landelijke klachtencommissie voor het onderwijs. Klachten over gedragingen of beslissingen van het samenwerkingsverband kunnen daar worden ingediend, nadat eerst met de directeur naar een oplossing is gezocht. De klachtenregeling staat op de website.

De statuten, het bestuursreglement en het reglement raad van toezicht zijn als afzonderlijke documenten vastgesteld.

# 13. Samenwerking met gemeenten (OOGO)

Het ontwerp van dit plan is op 12 maart 2026 besproken in het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van Zandvoort-Noord, Duinwijck, Strandhoven en Polderkust. Het verslag van dit overleg is als bijlage E op de website gepubliceerd. Het plan is ook besproken met het samenwerkingsverband voortgezet onderwijs Kust en Polder.

# 14. Personeel en professionalisering

Kustzone heeft een klein bureau met circa acht fte. Het personeelsbeleid is gericht op deskundigheid, continuïteit en een gezonde werkdruk. Voor de intern begeleiders van de scholen organiseert Kustzone vier netwerkbijeenkomsten per jaar en een jaarlijkse studiedag. De uitwerking staat in het Personeelsplan Kustzone.

Het lerarentekort is ook in onze regio merkbaar, vooral in de kustplaatsen. De schoolbesturen werken daarin samen in een regionaal samenwerkingsverband onderwijsarbeidsmarkt. Het samenwerkingsverband draagt bij door de intern begeleiders te ondersteunen, zodat de leerkrachten in de klas worden ontlast.

Werkdruk. Het werk op het bureau is de afgelopen jaren in omvang en complexiteit toegenomen. Het algemeen bestuur heeft daarom besloten de formatie in 2026 tijdelijk met één fte uit te breiden, om de uitvoering van de zelfevaluaties en de gesprekken over de basisondersteuning te kunnen waarborgen. In 2028 wordt bezien of deze uitbreiding structureel moet worden.

# 15. Planning en verantwoording

Het ondersteuningsplan wordt uitgewerkt in een jaarplan en een jaarbegroting, die het algemeen bestuur ieder jaar vóór 1 januari vaststelt. In het jaarverslag, dat vóór 1 juli verschijnt, legt het samenwerkingsverband verantwoording af over de uitvoering. Dit plan is vóór 1 mei 2026 aan de inspectie van het onderwijs toegezonden. Tussentijdse wijzigingen van dit plan worden eveneens aan de inspectie gemeld.

Jaarkalender:

| Maand | Activiteit |
| September | Start zelfevaluaties basisondersteuning; vaststelling bedrag per leerling op basis van prognose |
| Oktober | Teldatum 1 oktober; verzameling gegevens indicatoren |
| December | Vaststelling jaarplan en begroting door het algemeen bestuur |
| Maart | Melding kinderen voor terugkeer per volgend schooljaar (uiterlijk 1 maart) |
| April | Adviezen terugkeer; oudertevredenheidspeiling (tweejaarlijks) |
| Juni | Jaarverslag en jaarrekening; bespreking met OPR |
| Juli | Verantwoording schoolbesturen over het schoolbudget (uiterlijk 1 juli) |

## Risico's

| Risico | Gevolg | Beheersmaatregel |
| Daling leerlingaantal sterker dan verwacht | Lagere baten, druk op schoolbudgetten | Jaarlijkse actualisatie prognose; bedrag per leerling jaarlijks vastgesteld |
| Stijging so-deelname buiten de regio | Hogere afdrachten | Monitoring per kwartaal; bespreking in algemeen bestuur |
| Personeelstekort bureau | Vertraging uitvoering | Inhuur via netwerk samenwerkingsverbanden Noord-Holland-Kust |
| Wijziging landelijke regelgeving | Plan moet worden aangepast | Plan op hoofdlijnen; onderliggende documenten apart bij te stellen |

## Communicatie met scholen en partners

Het bureau informeert de scholen via een maandelijkse nieuwsbrief voor directeuren en intern begeleiders, en via de netwerkbijeenkomsten. Met de gemeenten vindt naast het OOGO twee keer per jaar een ambtelijk overleg plaats. Het ondersteuningsplan, het jaarplan, de begroting en het jaarverslag worden op de website gepubliceerd.

## ICT en privacy

Kustzone werkt met een digitaal dossier dat voldoet aan de eisen van de Algemene verordening gegevensbescherming. Persoonsgegevens van leerlingen worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken van het samenwerkingsverband, en niet langer bewaard dan de wet toestaat. De uitwerking staat in het privacyreglement.

# 16. Overzicht onderliggende documenten

| Document | Status | Vindplaats |
| Kader Basisondersteuning Kustzone 2025 | Vastgesteld 9 december 2025 | Website |
| Reglement Toelaatbaarheid Kustzone (bijlage C) | Actualisatie 2026 | Website |
| Kaart Dekkend Aanbod Kustzone | Jaarlijkse actualisatie | Website |
| Financieel Beleidskader 2026-2030 | Vastgesteld 31 maart 2026 | Website |
| Jaarplan 2026-2027 | Vast te stellen vóór 1 januari 2027 | Website |
| Verslag OOGO 12 maart 2026 (bijlage E) | Definitief | Website |
| Personeelsplan Kustzone | In herziening | Op aanvraag |
| Privacyreglement | Vastgesteld 2024 | Website |

# 17. Begrippenlijst

Arrangement: een pakket van extra ondersteuning voor een leerling of groep leerlingen, bovenop de basisondersteuning.

Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school minimaal biedt.

Bezwaar: de mogelijkheid om een besluit van het samenwerkingsverband, zoals een besluit over toelaatbaarheid, opnieuw te laten beoordelen.

Bovenschoolse voorziening: een voorziening van het samenwerkingsverband buiten de reguliere school, zoals een observatiegroep.

Commissie van Toelaatbaarheid: de commissie die het samenwerkingsverband adviseert over aanvragen voor een toelaatbaarheidsverklaring.

Deskundigenadvies: het advies van twee deskundigen, waaronder een orthopedagoog of psycholoog, dat nodig is voor een besluit over toelaatbaarheid.

Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat voor ieder kind een passende plek is.

OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.

OPR: ondersteuningsplanraad.

Sbo: speciaal basisonderwijs.

So: speciaal onderwijs.

Thuiszitter: een leerplichtig kind dat niet naar school gaat zonder dat daarvoor vrijstelling is verleend.

TLV: toelaatbaarheidsverklaring; het besluit dat een leerling toelaatbaar is tot het sbo of het so, met een geldigheidsduur en, voor het so, een bekostigingscategorie laag, midden of hoog.

Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden.
"""

LABEL = r"""
documents: [po-kustzone-ondersteuningsplan-op-hoofdlijnen-2026-2030.txt]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: present, financien: present, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: []
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: []
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 5 defines the equal minimum for every vestiging, but only the four abstract Referentiekader aspects; the concrete standaarden are only in the separate Kader Basisondersteuning 2025 (not part of the input). Zelfevaluatie/verbeterplan = borging."
  plaatsing: "Ch. 6 only refers to the separate Reglement Toelaatbaarheid (bijlage C, 'wordt in 2026 geactualiseerd'); CvT, deskundigenadvies, bezwaar and TLV duration/categorie appear only in the begrippenlijst."
  terugstroom: "Ch. 7 'Terug naar de wijkschool': policy with aim, conditions and terugkeerbudget; procedure with OPP talks, 1 March report, 1 April advice, director decides, 12-week overgangsperiode, evaluation and end of the TLV. Indicator 3 in ch. 11 (monitoring)."
  financien: "Ch. 10: schoolmodel verdeling (EUR 212 per leerling, 10% toeslag, solidariteitsfonds criteria), meerjarenbegroting 2026-2029 table, reserves, verantwoording."
  dekkend-aanbod: "Ch. 8 only says 'we streven naar een dekkend aanbod' and refers continuum, bovenschoolse arrangementen and thuiszitters to the Kaart Dekkend Aanbod on the website; ch. 13 OOGO is procedural only (no agreements); terms otherwise only in TOC/begrippenlijst."
  resultaten: "Ch. 11 table of four ambitions with indicator, stand 2025 and doel 2030; monitoring paragraph (data moments, jaarverslag, escalation, tussenevaluatie 2028)."
  ouders: "Ch. 9: website ouderrubriek, folder, schoolgids, ouderavond; independent ouder- en jeugdsteunpunt De Ouderwijzer, Onderwijsconsulenten, GPO."
"""
