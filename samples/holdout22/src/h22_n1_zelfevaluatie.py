"""N1 - NOT an ondersteuningsplan: a zelfevaluatie of the expiring ondersteuningsplan of a PO
samenwerkingsverband (docx). Uses the full vocabulary (basisondersteuning, TLV, terugplaatsing,
meerjarenbegroting, OJSP, OPR, OOGO, planperiode) but evaluates the old plan and gives
recommendations for the next one; it adopts no policy, procedure or budget itself.
"""

NAME = "zelfevaluatie-swv-hofland-po-ondersteuningsplan-2022-2026"
TITLE = "Zelfevaluatie ondersteuningsplan 2022-2026 SWV PO Hofland"

TEXT = r"""
!header Zelfevaluatie ondersteuningsplan 2022-2026 | Samenwerkingsverband Passend Primair Onderwijs Hofland (PO 27-12)
!title Zelfevaluatie ondersteuningsplan 2022-2026
!sub Samenwerkingsverband Passend Primair Onderwijs Hofland (PO 27-12)
!sub Opgesteld ter voorbereiding op het ondersteuningsplan 2026-2030 en ten behoeve van het vierjaarlijks onderzoek van de inspectie van het onderwijs
!sub Besproken met het algemeen bestuur op 14 oktober 2025 en met de ondersteuningsplanraad op 21 oktober 2025
!pagebreak

# Inhoud

1. Inleiding en doel van deze zelfevaluatie

2. Werkwijze en bronnen

3. Samenvatting van de oordelen

4. Evaluatie per onderdeel van het ondersteuningsplan 2022-2026
4.1 Basisondersteuning
4.2 Dekkend aanbod en thuiszitters
4.3 Toelaatbaarheid sbo en so
4.4 Terugplaatsing en overplaatsing
4.5 Financiën en meerjarenbegroting
4.6 Beoogde en bereikte resultaten
4.7 Ouders en informatievoorziening

5. Governance, medezeggenschap en OOGO

6. Sterkte-zwakteanalyse

7. Aanbevelingen voor het ondersteuningsplan 2026-2030

Bijlage: kengetallen 2021-2025

# 1. Inleiding en doel van deze zelfevaluatie

Het ondersteuningsplan 2022-2026 van het Samenwerkingsverband Passend Primair Onderwijs Hofland loopt af op 31 juli 2026. Voordat het nieuwe ondersteuningsplan wordt opgesteld, heeft het bestuur een zelfevaluatie laten uitvoeren. Deze zelfevaluatie heeft drie doelen: verantwoording afleggen over de uitvoering van het lopende plan, lessen trekken voor het nieuwe plan, en de inspectie van het onderwijs een beeld geven van de wijze waarop het samenwerkingsverband zijn eigen kwaliteit bewaakt.

Deze zelfevaluatie is uitdrukkelijk geen ondersteuningsplan. Zij bevat geen nieuw beleid, geen procedures en geen begroting. Waar in dit document wordt gesproken over basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten of ouders, gaat het om de vraag in hoeverre de afspraken uit het plan 2022-2026 zijn nagekomen en wat dat betekent voor het nieuwe plan. De keuzes zelf worden gemaakt in het ondersteuningsplan 2026-2030, dat in het voorjaar van 2026 ter instemming aan de ondersteuningsplanraad wordt voorgelegd.

De evaluatie is uitgevoerd door een werkgroep van twee directeuren, twee intern begeleiders, de beleidsmedewerker kwaliteit van het samenwerkingsverband en een extern adviseur. Twee leden van de ondersteuningsplanraad hebben als toehoorder aan de bijeenkomsten van de werkgroep deelgenomen.

# 2. Werkwijze en bronnen

De werkgroep heeft voor ieder hoofdstuk van het ondersteuningsplan 2022-2026 drie vragen beantwoord: wat hadden we ons voorgenomen, wat is er gebeurd, en wat vinden we daarvan? Elk onderdeel kreeg een oordeel op een vierpuntsschaal: onvoldoende, matig, voldoende of goed.

Gebruikte bronnen:

- de jaarverslagen 2022, 2023 en 2024 en de voortgangsrapportage over het eerste halfjaar van 2025;
- de kengetallen van DUO en de registratie van de Commissie van Toelaatbaarheid;
- een enquête onder directeuren en intern begeleiders (respons 71%) en een enquête onder ouders van leerlingen met een arrangement of een toelaatbaarheidsverklaring (respons 34%);
- vier focusgroepen: met intern begeleiders, met directeuren van sbo- en so-scholen, met ouders en met medewerkers van de lokale teams;
- het rapport van het vorige inspectieonderzoek (2021) en de reactie daarop;
- de verslagen van het op overeenstemming gericht overleg met de gemeenten.

Beperkingen. De respons op de ouderenquête was lager dan gehoopt, en ouders van kinderen in het speciaal onderwijs zijn oververtegenwoordigd. De uitkomsten van die enquête moeten daarom met voorzichtigheid worden gelezen.

# 3. Samenvatting van de oordelen

| Onderdeel ondersteuningsplan 2022-2026 | Oordeel | Kern van de bevinding |
| Basisondersteuning | Matig | Standaarden zijn helder, maar de borging is niet uitgevoerd zoals bedoeld |
| Dekkend aanbod en thuiszitters | Voldoende | Aantal thuiszitters gedaald; wachtlijst observatiegroep blijft |
| Toelaatbaarheid sbo en so | Goed | Doorlooptijd verkort, deskundigenadvies op orde |
| Terugplaatsing en overplaatsing | Onvoldoende | Afspraken onbekend bij scholen, weinig terugplaatsingen |
| Financiën en meerjarenbegroting | Voldoende | Reserves afgebouwd; verantwoording door schoolbesturen wisselend |
| Beoogde en bereikte resultaten | Matig | Doelen deels niet meetbaar geformuleerd |
| Ouders en informatievoorziening | Voldoende | Ouder- en jeugdsteunpunt goed gevonden; website verouderd |
| Governance en medezeggenschap | Goed | Scheiding bestuur en toezicht functioneert |

# 4. Evaluatie per onderdeel van het ondersteuningsplan 2022-2026

## 4.1 Basisondersteuning

Voornemen. Het plan 2022-2026 beschreef negen standaarden voor de basisondersteuning en kondigde een tweejaarlijkse audit op iedere school aan.

Bevindingen. De standaarden zijn bij directeuren en intern begeleiders goed bekend: 88% van de respondenten kan ze benoemen. De audits zijn echter slechts op 19 van de 52 scholen uitgevoerd, vooral door personele krapte op het bureau. Uit de uitgevoerde audits blijkt dat de standaard over het ontwikkelingsperspectief en de standaard over medisch handelen het vaakst niet worden gehaald. Intern begeleiders geven aan dat de standaarden op onderdelen te algemeen zijn om in een audit te toetsen.

Oordeel: matig.

## 4.2 Dekkend aanbod en thuiszitters

Voornemen. Het plan beoogde een jaarlijkse analyse van het aanbod en een daling van het aantal thuiszitters.

Bevindingen. De jaarlijkse analyse is twee keer uitgevoerd (2023 en 2025). Naar aanleiding daarvan is in 2024 een tweede observatiegroep gestart. Het aantal thuiszitters langer dan drie maanden daalde van 17 (2021) naar 8 (2025). De wachtlijst voor de observatiegroepen bedraagt nog steeds gemiddeld zeven weken. De samenwerking met de lokale teams wordt door intern begeleiders wisselend gewaardeerd: in twee gemeenten positief, in de derde gemeente kritisch.

Oordeel: voldoende.

## 4.3 Toelaatbaarheid sbo en so

Voornemen. Het plan kondigde een digitaal aanvraagproces en een kortere doorlooptijd aan.

Bevindingen. Het digitale aanvraagproces is in 2023 ingevoerd. De gemiddelde doorlooptijd daalde van 34 naar 22 werkdagen. In alle onderzochte dossiers waren twee afzonderlijke deskundigenadviezen aanwezig. In de verslagperiode zijn drie bezwaarschriften ingediend; in geen van de gevallen is het besluit herzien. Scholen geven aan dat de criteria voor toelaatbaarheid tot het sbo in de praktijk ruimer worden toegepast dan het plan beschrijft.

Oordeel: goed.

## 4.4 Terugplaatsing en overplaatsing

Voornemen. Het plan bevatte een korte paragraaf over terugplaatsing, met de afspraak dat sbo- en so-scholen jaarlijks bekijken of terugplaatsing mogelijk is.

Bevindingen. In de focusgroep bleek dat de meeste reguliere scholen de afspraken niet kennen. Het aantal terugplaatsingen lag in de planperiode tussen 3 en 6 per jaar. Er is geen registratie van de redenen waarom terugplaatsing niet doorging. Ouders in de focusgroep gaven aan dat het initiatief vaak bij hen moest liggen.

Oordeel: onvoldoende.

## 4.5 Financiën en meerjarenbegroting

Voornemen. Het plan beschreef een schoolmodel met een bedrag per leerling en een centraal budget voor bovenschoolse voorzieningen, en de afbouw van de bovenmatige reserve.

Bevindingen. De reserve is conform het afbouwplan teruggebracht van € 3,8 miljoen (2021) naar € 1,6 miljoen (2024). De verantwoording door schoolbesturen over de besteding van het schoolbudget is in kwaliteit zeer wisselend: vier van de elf schoolbesturen leverden in 2024 een verantwoording die de vragen uit het format beantwoordde. De meerjarenbegroting in het plan bleek na de indexering van 2023 snel verouderd.

Oordeel: voldoende.

## 4.6 Beoogde en bereikte resultaten

Voornemen. Het plan bevatte zes doelen, waarvan drie met een streefwaarde.

Bevindingen. Van de drie doelen met een streefwaarde is er één behaald (doorlooptijd TLV), één nagenoeg behaald (thuiszitters) en één niet behaald (deelnamepercentage so). De drie doelen zonder streefwaarde ("de samenwerking met jeugdhulp versterken", "de ouderbetrokkenheid vergroten", "de kwaliteit van de basisondersteuning verbeteren") konden niet worden geëvalueerd. De rapportage aan het bestuur gebeurde jaarlijks, maar de ondersteuningsplanraad ontving de cijfers niet altijd tijdig.

Oordeel: matig.

## 4.7 Ouders en informatievoorziening

Voornemen. Het plan beschreef de website, een ouderfolder en de samenwerking met het ouder- en jeugdsteunpunt.

Bevindingen. Het ouder- en jeugdsteunpunt Hofland werd in de planperiode door 412 ouders benaderd; ouders die er gebruik van maakten, waarderen het met een 8,1. Tegelijk gaf 46% van de respondenten op de ouderenquête aan het steunpunt niet te kennen. De ouderpagina op de website is sinds 2022 niet inhoudelijk bijgewerkt. De ouderfolder is alleen in het Nederlands beschikbaar.

Oordeel: voldoende.

# 5. Governance, medezeggenschap en OOGO

De scheiding tussen bestuur en intern toezicht functioneert naar tevredenheid. De raad van toezicht heeft in de planperiode twee keer een zelfevaluatie uitgevoerd. De ondersteuningsplanraad is volledig bezet en heeft met alle wijzigingen van het plan ingestemd; wel vraagt de OPR om eerder betrokken te worden bij de voorbereiding van beleid. Het op overeenstemming gericht overleg met de gemeenten heeft jaarlijks plaatsgevonden; de agenda werd vooral gevuld met het leerlingenvervoer.

# 6. Sterkte-zwakteanalyse

| Sterk | Zwak |
| Snelle en zorgvuldige toelaatbaarheidsprocedure | Borging basisondersteuning niet uitgevoerd |
| Daling aantal thuiszitters | Terugplaatsing onbekend en weinig benut |
| Gezonde financiële positie na afbouw reserves | Doelen deels niet meetbaar |
| Goed gewaardeerd ouder- en jeugdsteunpunt | Informatie aan ouders verouderd en eentalig |

| Kansen | Bedreigingen |
| Landelijke norm basisondersteuning | Lerarentekort en personeelskrapte op het bureau |
| Wet versterking positie ouders en leerlingen | Stijgende vraag naar so in één gemeente |
| Nieuwe jeugdhulpafspraken in de regio | Onzekerheid over rijksbekostiging na 2027 |

# 7. Aanbevelingen voor het ondersteuningsplan 2026-2030

De werkgroep beveelt het bestuur aan om in het ondersteuningsplan 2026-2030:

- de standaarden voor de basisondersteuning toetsbaar te formuleren en een haalbare auditcyclus vast te leggen;
- een volledige procedure en een helder beleid voor terugplaatsing op te nemen, met rollen, momenten en ondersteuning na terugkeer;
- alle beoogde resultaten meetbaar te formuleren, met een nulmeting en streefwaarden;
- de meerjarenbegroting jaarlijks te actualiseren en de verantwoording door schoolbesturen te vereenvoudigen;
- de informatie aan ouders te vernieuwen, in meerdere talen aan te bieden en het ouder- en jeugdsteunpunt beter zichtbaar te maken;
- de ondersteuningsplanraad eerder bij de voorbereiding te betrekken.

Het bestuur heeft deze aanbevelingen op 14 oktober 2025 overgenomen als uitgangspunt voor het schrijven van het nieuwe ondersteuningsplan.

# Bijlage: kengetallen 2021-2025

| Kengetal (1 oktober) | 2021 | 2022 | 2023 | 2024 | 2025 |
| Leerlingen basisonderwijs | 12.480 | 12.390 | 12.310 | 12.240 | 12.160 |
| Deelnamepercentage sbo | 2,3% | 2,3% | 2,2% | 2,2% | 2,1% |
| Deelnamepercentage so | 1,9% | 2,0% | 2,0% | 2,1% | 2,1% |
| Afgegeven TLV's | 231 | 244 | 238 | 226 | 219 |
| Terugplaatsingen | 4 | 6 | 3 | 5 | 4 |
| Thuiszitters > 3 maanden | 17 | 15 | 12 | 10 | 8 |
"""

LABEL = r"""
documents: [zelfevaluatie-swv-hofland-po-ondersteuningsplan-2022-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A zelfevaluatie of the expiring ondersteuningsplan 2022-2026 of a PO verband: it scores how the old plan was carried out and recommends what the 2026-2030 plan should contain, and says explicitly that it holds no policy, procedures or budget. It has all the plan vocabulary (basisondersteuning, TLV, terugplaatsing, meerjarenbegroting, OJSP, OPR, OOGO) but it is not an ondersteuningsplan."
"""
