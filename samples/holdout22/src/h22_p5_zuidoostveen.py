"""P5 - VO plan with extensive vso / pro / lwoo content (PDF).

Weak spots: basisondersteuning missing (no common level yet, deferred to 2027; the word sits in the
title page, TOC and begrippenlijst); ouders missing (communication chapter only for professionals,
parent paragraph 'in voorbereiding ... addendum'; 'ouders' in the running header, voorwoord and
begrippenlijst); dekkend-aanbod partial (rich continuum, but gap analysis / thuiszitters deferred
and referred to an old convenant on the website).
"""

NAME = "vo-zuidoost-veen-ondersteuningsplan-2026-2030"
TITLE = "Ondersteuningsplan 2026-2030 SWV VO Zuidoost-Veen"

TEXT = r"""
!header Ondersteuningsplan 2026-2030 | SWV VO Zuidoost-Veen (VO 24-03) | samen met ouders, leerlingen en scholen
!title Ondersteuningsplan 2026-2030
!sub Samenwerkingsverband Voortgezet Onderwijs Zuidoost-Veen (VO 24-03)
!sub Basisondersteuning, extra ondersteuning en specialistische ondersteuning in samenhang
!sub Vastgesteld door het bestuur op 26 maart 2026, na instemming van de ondersteuningsplanraad op 23 maart 2026
!pagebreak

# Inhoudsopgave

1. Voorwoord

2. Het samenwerkingsverband

3. Missie en visie

4. Terugblik op de planperiode 2022-2026

5. Het ondersteuningsaanbod
5.1 Basisondersteuning
5.2 Extra ondersteuning in de school
5.3 Bovenschoolse voorzieningen: OPDC De Schakel en Rebound
5.4 Leerwegondersteunend onderwijs
5.5 Praktijkonderwijs
5.6 Voortgezet speciaal onderwijs
5.7 Onderwijs en zorg
5.8 Nieuwkomers
5.9 Hoogbegaafde leerlingen

6. Toelaatbaarheid en toewijzing
6.1 Toelaatbaarheid vso
6.2 Lwoo: eigen criteria (opting out)
6.3 Toelaatbaarheid praktijkonderwijs
6.4 Toewijzing OPDC

7. Terugplaatsing, overplaatsing en doorstroom

8. Doorlopende leerlijnen en uitstroom

9. Dekkend netwerk en thuiszitters

10. Geld en middelen

11. Kwaliteitszorg en resultaten

12. Bestuur, medezeggenschap en samenwerking

13. Personeel, ICT en privacy

14. Communicatie

15. Begrippenlijst

!pagebreak

# 1. Voorwoord

Met trots presenteren wij het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet Onderwijs Zuidoost-Veen. In dit plan leggen de schoolbesturen vast hoe zij de komende vier jaar samen zorgen voor passend onderwijs voor alle jongeren in de gemeenten Veendam-Zuid, Ter Haar, Nieuw-Pekelo en Westerbroek.

Zuidoost-Veen is een regio met een sterke traditie in het praktijkonderwijs en het voortgezet speciaal onderwijs. Bijna een op de tien leerlingen in onze regio volgt praktijkonderwijs of voortgezet speciaal onderwijs, ruim boven het landelijk gemiddelde. Dat is voor een deel te verklaren uit de sociaaleconomische situatie van de regio en uit de aanwezigheid van een aantal bovenregionale vso-voorzieningen. Het is ook een opdracht: wij willen dat jongeren die met ondersteuning in het regulier onderwijs kunnen slagen, die kans ook krijgen.

Dit plan is het resultaat van een intensief traject met schoolleiders, ondersteuningscoördinatoren, docenten, ouders, leerlingen en gemeenten. Wij danken iedereen voor de betrokkenheid.

Drs. P.J. Haaksma, directeur-bestuurder

# 2. Het samenwerkingsverband

In het samenwerkingsverband werken acht schoolbesturen samen. Het verband omvat:

| Schoolsoort | Scholen / vestigingen | Leerlingen 1-10-2025 |
| Vmbo (met lwoo) | 7 vestigingen | 3.960 |
| Havo/vwo en brede scholengemeenschappen | 5 vestigingen | 4.410 |
| Praktijkonderwijs | 3 scholen (Veendam-Zuid, Nieuw-Pekelo, Westerbroek) | 742 |
| Voortgezet speciaal onderwijs cluster 3 | De Esch (ZML, LG/LZ) | 236 |
| Voortgezet speciaal onderwijs cluster 4 | Het Kompas, De Brug | 318 |
| Totaal | 17 | 9.666 |

Daarnaast volgen 71 leerlingen uit de regio vso buiten het samenwerkingsverband, veelal in een residentiële setting of in een gespecialiseerde voorziening voor leerlingen met autisme.

Ontwikkelingen in de regio. Het aantal leerlingen in het voortgezet onderwijs in Zuidoost-Veen daalt tot 2030 naar verwachting met 7%. De krimp is het sterkst in Ter Haar en Nieuw-Pekelo. Twee schoolbesturen onderzoeken een fusie van hun vmbo-vestigingen in Nieuw-Pekelo. Tegelijkertijd groeit de vraag naar vso-plaatsen voor leerlingen met complexe psychiatrische problematiek, en neemt het aantal nieuwkomers toe door de opvang van vluchtelingen in Veendam-Zuid. Het lerarentekort is in de regio minder groot dan in de Randstad, maar doet zich sterk voor in het vso en bij technische vakken.

Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. Het bureau telt 31 medewerkers, van wie 19 in het OPDC De Schakel en de Rebound-voorziening.

# 3. Missie en visie

Missie: iedere jongere in Zuidoost-Veen ontwikkelt zich in een passende onderwijsomgeving tot een zelfstandig en betrokken burger, met een diploma, een certificaat of een duurzaam perspectief op werk of dagbesteding.

Visie: wij geloven in onderwijs zo regulier als mogelijk en zo speciaal als nodig. De ondersteuning volgt de jongere, niet andersom. Scholen, samenwerkingsverband, gemeenten en zorgaanbieders werken als één netwerk. Wij sturen op doorlopende lijnen en op een goede aansluiting op vervolgonderwijs en arbeidsmarkt. En wij maken onze keuzes transparant, zodat iedereen kan zien wat wij doen en wat dat oplevert.

Deze visie vertaalt zich in vier uitgangspunten voor de planperiode. Ten eerste: expertise gaat naar de leerling toe, niet de leerling naar de expertise; vso-scholen delen hun kennis met het regulier onderwijs. Ten tweede: iedere plaatsing buiten de reguliere school heeft een doel en een einddatum, tenzij de aard van de beperking dat onmogelijk maakt. Ten derde: het praktijkonderwijs en het vso zijn volwaardige onderdelen van het onderwijslandschap, met een eigen kwaliteit en een eigen opdracht richting arbeid en participatie. Ten vierde: het samenwerkingsverband stuurt op resultaten en legt daar open verantwoording over af.

# 4. Terugblik op de planperiode 2022-2026

In het ondersteuningsplan 2022-2026 formuleerde het samenwerkingsverband vijf doelen. In de tabel staat wat daarvan is bereikt.

| Doel 2022-2026 | Nulmeting 2021 | Beoogd 2025 | Bereikt 2025 |
| Deelnamepercentage vso omlaag | 6,1% | 5,5% | 5,7% |
| Meer terugplaatsingen vso naar vo/pro per jaar | 6 | 15 | 12 |
| Doorlooptijd TLV-aanvraag (werkdagen) | 41 | 30 | 27 |
| Uitstroom pro naar werk of mbo, na 1 jaar nog actief | 74% | 80% | 81% |
| Leerlingen OPDC binnen 1 jaar terug in regulier vo | 58% | 70% | 66% |

Het beeld is gemengd. De doorlooptijden zijn fors verbeterd en het praktijkonderwijs presteert boven verwachting. Het deelnamepercentage vso is gedaald, maar minder dan beoogd. De terugplaatsingen blijven achter bij de ambitie. Deze conclusies liggen aan de basis van de keuzes in dit plan.

# 5. Het ondersteuningsaanbod

## 5.1 Basisondersteuning

Het samenwerkingsverband heeft in de vorige planperiode geen gezamenlijk niveau van basisondersteuning vastgesteld; iedere school beschrijft haar eigen ondersteuningsaanbod in de schoolgids. Het bestuur acht het niet zinvol een eigen norm vast te stellen zolang de landelijke norm basisondersteuning niet definitief is. Het bestuur zal in de loop van 2027, na het verschijnen van de landelijke norm, een gezamenlijk niveau van basisondersteuning vaststellen en dit na instemming van de ondersteuningsplanraad aan dit plan toevoegen.

## 5.2 Extra ondersteuning in de school

Iedere vmbo-, havo- en vwo-vestiging ontvangt van het samenwerkingsverband een budget voor extra ondersteuning (zie hoofdstuk 10). Met dit budget organiseren de scholen extra ondersteuning in de vorm van arrangementen, zoals een trajectklas of een plusvoorziening binnen de school, een kleine klas in de onderbouw, intensieve begeleiding door een gedragsspecialist of een aangepast programma voor leerlingen met een chronische ziekte. De school stelt voor iedere leerling met een arrangement een ontwikkelingsperspectief op.

Vier vmbo-scholen hebben een trajectvoorziening (Trajectum-model) waar leerlingen met gedragsproblemen tijdelijk kunnen worden opgevangen zonder de school te verlaten. Twee havo/vwo-scholen hebben een plusvoorziening voor leerlingen met autisme (klassen van maximaal 16 leerlingen, vaste mentor, prikkelarme ruimte).

## 5.3 Bovenschoolse voorzieningen: OPDC De Schakel en Rebound

OPDC De Schakel in Veendam-Zuid is een orthopedagogisch-didactisch centrum in de zin van de wet. Het biedt plaats aan 48 leerlingen in de onderbouw van het vmbo (basis en kader) die, met of zonder lwoo, tijdelijk meer structuur en begeleiding nodig hebben dan een reguliere vmbo-school kan bieden. Het verblijf duurt in de regel één tot twee jaar; de leerling blijft ingeschreven op de school van herkomst. Het doel is terugkeer naar het reguliere vmbo.

De Rebound-voorziening in Nieuw-Pekelo biedt plaats aan 12 leerlingen van alle schoolsoorten die door gedragsproblemen tijdelijk niet op hun school kunnen functioneren. Het verblijf is maximaal twaalf weken, met een mogelijkheid tot verlenging met zes weken.

## 5.4 Leerwegondersteunend onderwijs

Lwoo is in Zuidoost-Veen geen aparte voorziening, maar een vorm van extra ondersteuning binnen de basis- en kaderberoepsgerichte leerweg van het vmbo en, in een beperkt aantal gevallen, in de gemengde en theoretische leerweg. Alle zeven vmbo-vestigingen bieden lwoo. Het samenwerkingsverband heeft gebruikgemaakt van de mogelijkheid om eigen criteria voor lwoo vast te stellen (opting out); zie paragraaf 6.2. De lwoo-middelen worden per school toegekend volgens hoofdstuk 10.

Iedere vmbo-vestiging met lwoo biedt ten minste: kleinere klassen in leerjaar 1 en 2 (maximaal 20 leerlingen), een vaste mentor met een extra mentoruur, remediale hulp bij taal en rekenen en een praktijkgerichte leerroute.

## 5.5 Praktijkonderwijs

De drie scholen voor praktijkonderwijs bieden onderwijs aan leerlingen die op basis van de landelijke criteria toelaatbaar zijn tot het praktijkonderwijs. Het praktijkonderwijs leidt op voor arbeid, vervolgonderwijs (entreeopleiding) of dagbesteding. Alle drie de scholen werken met branchecertificaten en hebben een eigen stage- en werkplekbureau. De scholen werken samen in het Regionaal Praktijkonderwijs Netwerk, dat gezamenlijke stageplaatsen werft en de overgang naar het mbo ondersteunt.

## 5.6 Voortgezet speciaal onderwijs

Het vso in Zuidoost-Veen bestaat uit drie scholen:

- De Esch (cluster 3) verzorgt vso voor leerlingen met een verstandelijke beperking (ZML), voor leerlingen met een lichamelijke beperking (LG) en voor langdurig zieke leerlingen (LZ). De school biedt de uitstroomprofielen dagbesteding, arbeidsmarktgericht en, voor LG/LZ-leerlingen, vervolgonderwijs tot en met havo.
- Het Kompas (cluster 4) verzorgt vso voor leerlingen met ernstige gedrags- of psychiatrische problematiek. De school biedt de uitstroomprofielen arbeidsmarktgericht en vervolgonderwijs (vmbo-tl, havo).
- De Brug (cluster 4) is een vso-voorziening in samenwerking met de jeugdhulpaanbieder Veenstroom, voor leerlingen die naast onderwijs dagelijkse behandeling nodig hebben.

De vso-scholen werken samen met het samenwerkingsverband in het Vso-netwerk, waarin afspraken worden gemaakt over plaatsing, terugplaatsing en de inzet van ambulante expertise in het regulier onderwijs.

## 5.7 Onderwijs en zorg

Voor leerlingen die naast onderwijs jeugdhulp nodig hebben, zijn met de vier gemeenten afspraken gemaakt over onderwijs-zorgarrangementen. De gemeenten financieren de zorgcomponent; het samenwerkingsverband en de school de onderwijscomponent. In iedere school is een jeugdhulpverlener van het lokale team verbonden aan het zorg- en adviesteam. Afspraken over zorg in onderwijstijd zijn vastgelegd in het convenant Onderwijs en Zorg Zuidoost-Veen.

## 5.8 Nieuwkomers

Nieuwkomers van 12 tot 18 jaar volgen onderwijs in de internationale schakelklas (ISK) van het Veenlandcollege in Veendam-Zuid. Na gemiddeld twee jaar stromen zij door naar het regulier vo, het praktijkonderwijs of het mbo.

## 5.9 Hoogbegaafde leerlingen

Met middelen uit de landelijke subsidieregeling hoogbegaafdheid heeft het samenwerkingsverband in 2024 het programma Verder Denken opgezet. Twee havo/vwo-scholen bieden een plusklas in de onderbouw voor leerlingen die hoogbegaafd zijn en vastlopen in het reguliere programma, bijvoorbeeld door onderpresteren of sociaal-emotionele problemen. Leerlingen van andere scholen kunnen één dag per week aan de plusklas deelnemen. Daarnaast is een netwerk van HB-coördinatoren ingericht, dat de scholen ondersteunt bij compacten en verrijken en bij het signaleren van onderpresteerders in het vmbo.

# 6. Toelaatbaarheid en toewijzing

## 6.1 Toelaatbaarheid vso

Aanvraag. Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij leerlingen die nog niet zijn ingeschreven, van de school van aanmelding) vraagt de toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid en Arrangementen (CTA) van het samenwerkingsverband. De aanvraag bevat het ontwikkelingsperspectief, een verslag van de evaluaties van de geboden ondersteuning, het verslag van een gesprek met de leerling en, indien beschikbaar, diagnostische gegevens.

Deskundigen. Twee deskundigen brengen onafhankelijk van elkaar schriftelijk advies uit: een orthopedagoog of psycholoog, en een tweede deskundige die past bij de problematiek (jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker). De deskundigen zijn niet betrokken geweest bij de aanvraag.

Besluit. De directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag, op advies van de CTA. In spoedgevallen is een besluit binnen vijf werkdagen mogelijk; in dat geval geldt de TLV voor ten hoogste drie maanden.

Criteria. Een leerling is toelaatbaar tot het vso als:

- de school aantoonbaar de ondersteuning heeft geboden die redelijkerwijs van haar kan worden verwacht, inclusief een arrangement in de school en, waar passend, een traject in het OPDC of de Rebound; en
- de leerling gedurende de hele schooldag is aangewezen op een zeer kleine groep, een specialistische pedagogische aanpak of medische of fysieke voorzieningen die het regulier onderwijs en het praktijkonderwijs niet kunnen bieden; en
- bij cluster 3: sprake is van een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die het leren ernstig belemmert; bij cluster 4: sprake is van ernstige gedrags- of psychiatrische problematiek in meerdere domeinen.

Duur en categorie. De TLV wordt afgegeven voor de duur van één, twee of vier schooljaren, afhankelijk van de verwachte ontwikkeling; voor ZML-leerlingen en leerlingen met een meervoudige beperking tot het einde van de vso-loopbaan. De CTA stelt de bekostigingscategorie vast: laag, midden (LG/LZ) of hoog (meervoudige beperking).

## 6.2 Lwoo: eigen criteria (opting out)

Het samenwerkingsverband hanteert sinds 1 augustus 2020 eigen criteria voor lwoo. Reden is dat de landelijke criteria naar het oordeel van de schoolbesturen te veel op testscores leunen en te weinig op de ondersteuningsbehoefte.

Criteria. Een leerling is aangewezen op lwoo als:

- de leerling naar verwachting de basis- of kaderberoepsgerichte leerweg volgt; en
- de leerling op ten minste één van de domeinen begrijpend lezen of rekenen een achterstand heeft van ten minste anderhalf jaar, of sprake is van sociaal-emotionele problematiek (faalangst, prestatiemotivatie, emotionele instabiliteit) die het leren belemmert; en
- de basisschool in het onderwijskundig rapport onderbouwt dat de leerling extra begeleiding in een kleinere klas nodig heeft.

Procedure. De basisschool levert het onderwijskundig rapport met de benodigde gegevens vóór 1 februari aan via het overstapdossier. De vo-school van aanmelding vraagt de aanwijzing lwoo aan. De CTA beoordeelt de aanvraag aan de hand van de criteria en het onderwijskundig rapport. De directeur-bestuurder besluit vóór 15 april.

Duur. Een aanwijzing lwoo geldt voor de duur van de opleiding in de basis- of kaderberoepsgerichte leerweg. Bij een overstap naar de gemengde of theoretische leerweg blijft de aanwijzing van kracht.

## 6.3 Toelaatbaarheid praktijkonderwijs

Voor praktijkonderwijs gelden de landelijke criteria (een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spelling, waarvan één inzichtelijk rekenen of begrijpend lezen). De aanvraag wordt door de school voor praktijkonderwijs ingediend na aanmelding van de leerling. De CTA toetst de aanvraag; de directeur-bestuurder besluit binnen vier weken. Een toelaatbaarheidsverklaring praktijkonderwijs is geldig zolang de leerling praktijkonderwijs volgt.

## 6.4 Toewijzing OPDC

Plaatsing in het OPDC De Schakel vindt plaats op aanvraag van de school van herkomst, na bespreking in het zorg- en adviesteam. De CTA beoordeelt of de leerling is aangewezen op het OPDC en stelt met de school een plaatsingsplan met einddatum op. Toewijzing aan de Rebound verloopt via een snelle route: het zorg- en adviesteam meldt aan, de coördinator Rebound beslist binnen vijf werkdagen.

# 7. Terugplaatsing, overplaatsing en doorstroom

Het samenwerkingsverband ziet het vso als een tussenstation waar dat kan, en als een eindstation waar dat nodig is. Voor leerlingen in het vso cluster 4 en de LG/LZ-afdeling van De Esch geldt het uitgangspunt dat terugplaatsing naar het regulier vo of het praktijkonderwijs steeds wordt overwogen. Voor ZML-leerlingen is terugplaatsing in de regel niet aan de orde. De terugblik laat zien dat het aantal terugplaatsingen achterblijft; daarom scherpt het samenwerkingsverband de aanpak aan.

Beleid. Een terugplaatsing vindt plaats als de leerling met een arrangement in de reguliere school of in het praktijkonderwijs verder kan, bij voorkeur op een school in de eigen woonplaats. Het samenwerkingsverband stelt voor iedere teruggeplaatste leerling gedurende een jaar een terugplaatsingsarrangement beschikbaar: begeleiding door een ambulant begeleider van de vso-school (gemiddeld drie uur per week) en een budget van € 5.000 voor de ontvangende school. De ontvangende school wijst een vaste coach aan.

Procedure.

- Bij iedere leerling in het vso wordt het ontwikkelingsperspectief twee keer per jaar geëvalueerd met de leerling. In de evaluatie in het voorjaar wordt vastgelegd of terugplaatsing binnen een jaar haalbaar lijkt.
- In het laatste jaar van de TLV voert de vso-school vóór 1 februari een herbeoordeling uit. De vso-school neemt het initiatief en betrekt de CTA.
- Als terugplaatsing haalbaar wordt geacht, zoekt de trajectbegeleider van het samenwerkingsverband samen met de vso-school een ontvangende school. De ontvangende school beslist over toelating; bij verschil van inzicht tussen scholen beslist de directeur-bestuurder over de vraag welke school het arrangement biedt.
- De overstap vindt bij voorkeur plaats bij de start van een schooljaar, na een proefplaatsing van vier tot acht weken. Na drie en na twaalf maanden evalueren de ontvangende school, de ambulant begeleider en de trajectbegeleider de voortgang.
- Als terugplaatsing niet haalbaar is, vraagt de vso-school vóór 1 april een nieuwe TLV aan volgens paragraaf 6.1.

Overplaatsing. Een overplaatsing tussen vso-scholen of van het OPDC naar het vso verloopt via de CTA. Leerlingen uit het OPDC keren na afloop van het plaatsingsplan terug naar hun school van herkomst of stromen door naar een andere school die beter aansluit.

Doorstroom pro-vmbo. Leerlingen in het praktijkonderwijs die het kunnen, krijgen de mogelijkheid om door te stromen naar de basisberoepsgerichte leerweg, met lwoo. De scholen voor praktijkonderwijs en vmbo hebben daarover een doorstroomconvenant gesloten.

# 8. Doorlopende leerlijnen en uitstroom

Overstap po-vo. Het samenwerkingsverband maakt jaarlijks met de twee samenwerkingsverbanden primair onderwijs in de regio afspraken over de overstap. Leerlingen met een ondersteuningsbehoefte worden in een warme overdracht besproken tussen de basisschool en de school voor voortgezet onderwijs. Voor leerlingen uit het speciaal basisonderwijs en het speciaal onderwijs is er een apart overstapoverleg in januari.

Vo-mbo. Met het ROC Zuidoost-Veen zijn afspraken gemaakt over de doorlopende ondersteuningslijn: een overdrachtsdocument voor iedere leerling met een ondersteuningsbehoefte, een intakegesprek met de ondersteuningscoördinator van het ROC vóór 1 juni, en een entreeopleiding op locatie van twee scholen voor praktijkonderwijs.

Arbeid en dagbesteding. Voor vso- en pro-leerlingen met uitstroomprofiel arbeid werkt het samenwerkingsverband samen met het Werkbedrijf Veenland en de gemeenten. Iedere leerling met dit uitstroomprofiel krijgt in het laatste schooljaar een jobcoach, die de leerling tot een jaar na uitstroom blijft volgen. Voor leerlingen met uitstroomprofiel dagbesteding wordt de overgang in het laatste schooljaar voorbereid met de zorgaanbieder en de gemeente.

# 9. Dekkend netwerk en thuiszitters

Het samenwerkingsverband wil dat iedere jongere in de regio een passende plek heeft. Een actuele analyse van de dekkendheid van het netwerk en een geactualiseerde aanpak van thuiszitters ontbreken op dit moment. In het schooljaar 2026-2027 stelt het samenwerkingsverband, samen met de gemeenten en leerplicht, een analyse dekkend netwerk op; de aanpak van thuiszitters wordt daarin meegenomen. Tot die tijd blijven de afspraken uit het convenant Thuiszitters Zuidoost-Veen uit 2019 van kracht; dit convenant is te vinden op de website van het samenwerkingsverband.

# 10. Geld en middelen

## 10.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, zware ondersteuning, lwoo en praktijkonderwijs. De bekostiging van het vso en van het praktijkonderwijs wordt door DUO rechtstreeks aan de scholen betaald en op de middelen van het samenwerkingsverband in mindering gebracht (afdrachten).

## 10.2 Verdeling

De middelen worden als volgt verdeeld:

- Budget extra ondersteuning: € 190 per leerling in het regulier vo (teldatum 1 oktober van het voorafgaande jaar), met een vaste voet van € 40.000 per vestiging.
- Lwoo-middelen: per vmbo-vestiging op basis van het aantal leerlingen met een aanwijzing lwoo op 1 oktober, tegen € 3.850 per leerling. Het samenwerkingsverband houdt 5% centraal voor de uitvoering van de lwoo-procedure.
- Praktijkonderwijs: de scholen voor praktijkonderwijs ontvangen naast de rijksbekostiging een aanvullend budget van € 600 per leerling voor stagebegeleiding en jobcoaching.
- Vso: naast de afdrachten ontvangen de vso-scholen een bijdrage voor ambulante expertise en terugplaatsingsarrangementen (zie hoofdstuk 7).
- Centraal: OPDC, Rebound, CTA, trajectbegeleiding, bureau.

Schoolbesturen verantwoorden jaarlijks vóór 1 juli de inzet van de ontvangen middelen in een format dat het bestuur vaststelt. Bij structurele onderbesteding kan het bestuur het budget het volgende jaar verlagen.

## 10.3 Meerjarenbegroting (bedragen x € 1.000)

| Post | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte en zware ondersteuning | 12.840 | 12.700 | 12.560 | 12.400 |
| Rijksbijdrage lwoo en pro | 10.110 | 9.990 | 9.860 | 9.750 |
| Afdrachten vso (DUO) | -8.420 | -8.250 | -8.080 | -7.920 |
| Afdrachten pro (DUO) | -5.730 | -5.680 | -5.630 | -5.580 |
| Beschikbaar | 8.800 | 8.760 | 8.710 | 8.650 |
| Budget extra ondersteuning scholen | 2.210 | 2.190 | 2.170 | 2.150 |
| Lwoo-middelen vmbo | 3.220 | 3.180 | 3.150 | 3.110 |
| Aanvullend budget pro | 445 | 440 | 435 | 430 |
| OPDC De Schakel en Rebound | 1.640 | 1.660 | 1.680 | 1.700 |
| Terugplaatsingsarrangementen en ambulante expertise vso | 330 | 380 | 420 | 450 |
| CTA, trajectbegeleiding en bureau | 1.010 | 1.020 | 1.030 | 1.040 |
| Resultaat | -55 | -110 | -175 | -230 |

## 10.4 Reserves

Het eigen vermogen bedroeg eind 2025 € 2,4 miljoen. Het bestuur heeft besloten de reserve in deze planperiode terug te brengen tot de signaleringswaarde, door bewust negatief te begroten. De extra uitgaven komen vooral ten goede aan terugplaatsingsarrangementen en het OPDC.

# 11. Kwaliteitszorg en resultaten

## 11.1 Beoogde resultaten 2026-2030

| Resultaatgebied | Indicator | Stand 2025 | Doel 2028 | Doel 2030 |
| Thuisnabij onderwijs | Deelnamepercentage vso | 5,7% | 5,3% | 5,0% |
| Terugplaatsing | Aantal terugplaatsingen vso naar vo/pro per jaar | 12 | 18 | 22 |
| OPDC | % leerlingen binnen 1 jaar terug in regulier vo | 66% | 72% | 75% |
| Uitstroom pro | % na 1 jaar nog actief op werk of in mbo | 81% | 82% | 84% |
| Uitstroom vso arbeid | % leerlingen met uitstroomprofiel arbeid met een baan na 1 jaar | 54% | 60% | 65% |
| Doorlooptijd | Gemiddelde doorlooptijd TLV (werkdagen) | 27 | 25 | 25 |

## 11.2 Monitoring en verantwoording

Het samenwerkingsverband houdt een monitor passend onderwijs bij, gevoed door DUO-gegevens, de registratie van de CTA, de gegevens van de scholen over arrangementen en de uitstroomgegevens van de scholen voor praktijkonderwijs en vso. Twee keer per jaar, in februari en september, rapporteert de directeur-bestuurder aan het bestuur en de raad van toezicht over de stand van de indicatoren, met een toelichting bij afwijkingen. In het jaarverslag worden de bereikte resultaten vergeleken met de beoogde resultaten, en worden de uitgaven per resultaatgebied verantwoord. De ondersteuningsplanraad ontvangt de rapportages. In 2028 voert een extern bureau een tussenevaluatie uit.

# 12. Bestuur, medezeggenschap en samenwerking

Bestuur. Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; de raad van toezicht bestaat uit vijf leden, onder wie twee leden op voordracht van de schoolbesturen en drie onafhankelijke leden. De schoolbesturen hebben zich in een samenwerkingsovereenkomst verbonden aan de uitvoering van dit plan.

Medezeggenschap. De ondersteuningsplanraad bestaat uit acht leden uit de medezeggenschapsraden van de aangesloten scholen, samengesteld overeenkomstig artikel 4a van de Wet medezeggenschap op scholen. De ondersteuningsplanraad heeft op 23 maart 2026 ingestemd met dit plan.

Gemeenten. Het ontwerp van dit plan is op 9 maart 2026 besproken in het op overeenstemming gericht overleg met de gemeenten Veendam-Zuid, Ter Haar, Nieuw-Pekelo en Westerbroek. De afspraken over onderwijs en zorg (paragraaf 5.7) en over arbeid en dagbesteding (hoofdstuk 8) zijn in dit overleg bevestigd. Het leerlingenvervoer en de onderwijshuisvesting van het vso zijn eveneens besproken.

Samenwerkingsovereenkomst. In de samenwerkingsovereenkomst hebben de schoolbesturen afgesproken dat zij de besluiten van het samenwerkingsverband over toelaatbaarheid, lwoo en toewijzing aan het OPDC uitvoeren, dat zij de middelen besteden overeenkomstig dit plan en dat zij deelnemen aan de netwerken van het samenwerkingsverband. Geschillen tussen schoolbesturen en het samenwerkingsverband worden voorgelegd aan een onafhankelijke geschillencommissie, zoals de statuten voorschrijven.

Kwaliteitszorg bestuur. De raad van toezicht evalueert jaarlijks zijn eigen functioneren en dat van de directeur-bestuurder. Eens in de vier jaar vindt een externe evaluatie van de governance plaats; de eerstvolgende in 2027.

Overleg primair onderwijs. Het plan is op 17 februari 2026 besproken met de samenwerkingsverbanden primair onderwijs Veenkoloniën-Zuid en Westerbroek e.o.

# 13. Personeel, ICT en privacy

Personeel. Het samenwerkingsverband heeft 31 medewerkers in dienst. Het OPDC en de Rebound kampen met een hoog verloop; het samenwerkingsverband investeert daarom in een eigen opleidingstraject voor zij-instromers en in een teamcoach. Voor ondersteuningscoördinatoren en lwoo-coördinatoren van de scholen organiseert het samenwerkingsverband netwerkbijeenkomsten en een jaarlijkse conferentie.

Professionalisering. Het samenwerkingsverband biedt scholen een scholingsaanbod rond gedrag, autisme, executieve functies en het werken met het ontwikkelingsperspectief. In de planperiode wordt daarnaast een leergang voor mentoren in het vmbo ontwikkeld, in samenwerking met de lerarenopleiding van de Hogeschool Veenland. Vso-scholen stellen hun expertise beschikbaar via consultatie en ambulante begeleiding in het regulier vo; de afspraken daarover zijn vastgelegd in het Vso-netwerk.

ICT. Aanvragen voor TLV's, lwoo-aanwijzingen en OPDC-plaatsingen verlopen via het digitale ondersteuningsloket. In 2027 wordt het loket gekoppeld aan het overstapdossier po-vo.

Privacy. Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, voor zover nodig voor de toewijzing van ondersteuning en de beoordeling van toelaatbaarheid. Gegevens worden bewaard tot drie jaar na het besluit. Er is een privacyreglement en een functionaris gegevensbescherming.

# 14. Communicatie

Het samenwerkingsverband communiceert met scholen en professionals via de website (rubriek Voor professionals), een digitale nieuwsbrief voor ondersteuningscoördinatoren en schoolleiders (zes keer per jaar) en de jaarlijkse conferentie passend onderwijs.

Een afzonderlijke paragraaf over de informatievoorziening aan ouders en leerlingen, en over de onafhankelijke ondersteuning die voor hen beschikbaar is, wordt op dit moment voorbereid. Deze paragraaf wordt na instemming van de ondersteuningsplanraad als addendum aan dit plan toegevoegd.

# 15. Begrippenlijst

Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat iedere school in het samenwerkingsverband biedt.

CTA: Commissie Toelaatbaarheid en Arrangementen.

Lwoo: leerwegondersteunend onderwijs.

OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt voor ouders en jongeren.

OPDC: orthopedagogisch-didactisch centrum.

OPP: ontwikkelingsperspectief.

OPR: ondersteuningsplanraad.

Ouders: ouders, voogden en verzorgers.

Pro: praktijkonderwijs.

Thuiszitter: een leerplichtige jongere die zonder vrijstelling niet naar school gaat.

TLV: toelaatbaarheidsverklaring.

Vso: voortgezet speciaal onderwijs.

Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden.
"""

LABEL = r"""
documents: [vo-zuidoost-veen-ondersteuningsplan-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: []
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: []
notes:
  basisondersteuning: "5.1 states there is no common level and defers it to 2027 (after the landelijke norm); each school only describes its own offer in the schoolgids. The word is in the title page subtitle, TOC and begrippenlijst only. The lwoo minimum in 5.4 is extra ondersteuning (lwoo), not basisondersteuning."
  plaatsing: "6.1 vso procedure (bevoegd gezag, CTA, two deskundigen, 6 weeks, spoed) and criteria, duration and categorie; 6.2 own lwoo criteria/procedure/duration (opting out); 6.3 pro; 6.4 OPDC. No bezwaar route."
  terugstroom: "Ch. 7: policy (tussenstation, conditions, terugplaatsingsarrangement EUR 5.000 + AB) and procedure (OPP evaluations, herbeoordeling before 1 Feb in last TLV year, vso school initiates, trajectbegeleider, proefplaatsing, evaluations, new TLV before 1 April)."
  financien: "Ch. 10 'Geld en middelen': verdeling per leerling/vaste voet/lwoo/pro, meerjarenbegroting 2026-2029 table, reserves, verantwoording."
  dekkend-aanbod: "Ch. 5.2-5.8 give a rich continuum (school arrangements, OPDC, Rebound, lwoo, pro, three vso schools, OZA, ISK); ch. 9 says the gap analysis and thuiszitters approach are missing and will be drawn up in 2026-2027, with only a reference to the 2019 convenant on the website."
  resultaten: "Ch. 4 achieved results vs goals 2022-2026; 11.1 target table 2028/2030; 11.2 monitor, twice-yearly reporting, jaarverslag beoogd vs bereikt with costs."
  ouders: "Ch. 14 communicates only with professionals and defers the parent paragraph (information and independent support) to a future addendum; OPR composition does not mention parents; TLV/terugplaatsing procedures involve only 'de leerling'; 'ouders' appears only in the running header, the voorwoord and the begrippenlijst (OJSP definition)."
"""
