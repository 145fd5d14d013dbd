"""P3 - VO, management style with tables, KPIs and a roadmap (docx + pdf).

Weak spots: terugstroom partial (policy and KPIs present, the procedure is being 'herijkt' and
only referred to); ouders partial (communication channels in a stakeholder table, but no
independent support: OJSP 'implementatie volgt', only mentor/ondersteuningscoordinator of the
school; LBT/OJSP only in the afkortingenlijst).
"""

NAME = "vo-lingedal-ondersteuningsplan-2026-2030"
TITLE = "Koersplan passend onderwijs 2026-2030 SWV VO Lingedal"

TEXT = r"""
!header SWV VO Lingedal (VO 27-08) | Koersplan passend onderwijs 2026-2030 | versie 1.0 definitief
!title Koersplan passend onderwijs 2026-2030
!sub Ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs Lingedal (VO 27-08)
!sub Versie 1.0 definitief - vastgesteld door het bestuur op 19 maart 2026
!sub Instemming ondersteuningsplanraad: 12 maart 2026 | OOGO gemeenten: 26 februari 2026
!pagebreak

# Inhoud

0. Managementsamenvatting

1. Inleiding en leeswijzer

2. Context en kengetallen

3. Koers: missie, visie en strategische pijlers

4. Ondersteuningsstructuur en dekkend aanbod

5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)

6. Doorstroom, overstap en terugplaatsing

7. Financieel kader en meerjarenbegroting

8. Kwaliteitszorg en resultaten

9. Stakeholdermanagement en communicatie

10. Governance, organisatie en bedrijfsvoering

11. Roadmap 2026-2030

Bijlage A. Afkortingenlijst

!pagebreak

# 0. Managementsamenvatting

Het Samenwerkingsverband Voortgezet Onderwijs Lingedal (hierna: SWV Lingedal) verbindt 7 schoolbesturen met 16 vestigingen voor regulier voortgezet onderwijs, 2 scholen voor praktijkonderwijs en 3 vestigingen voor voortgezet speciaal onderwijs. Op teldatum 1 oktober 2025 telde het verband 14.870 leerlingen. Dit koersplan is het ondersteuningsplan voor de periode 2026-2030 in de zin van artikel 17a WVO (thans artikel 2.47 en verder WVO 2020).

Het koersplan bouwt voort op de evaluatie van het ondersteuningsplan 2022-2026. De belangrijkste conclusies uit die evaluatie: de basisondersteuning is op alle vestigingen op niveau, maar verschilt in uitvoering sterk; de doorlooptijd van TLV-aanvragen is verkort van 38 naar 24 werkdagen; het aantal thuiszitters is gedaald maar blijft boven de regionale norm; de reserves zijn conform het afbouwplan teruggebracht tot onder de signaleringswaarde.

Strategische doelen 2026-2030 in één oogopslag:

| Pijler | Strategisch doel 2030 | Kern-KPI | Nulmeting 2024-2025 | Streefwaarde 2030 |
| 1. Sterke basis | Elke vestiging voldoet aantoonbaar aan alle 8 standaarden basisondersteuning | % vestigingen met audit-oordeel 'op niveau' | 81% | 100% |
| 2. Thuisnabij en inclusief | Meer leerlingen met een ondersteuningsbehoefte volgen regulier onderwijs | Deelnamepercentage vso (1 oktober) | 3,9% | 3,4% |
| 3. Geen thuiszitters | Geen leerling langer dan 3 maanden zonder passend onderwijs | Aantal absoluut verzuimers en thuiszitters > 3 mnd | 23 | 0 tot 5 |
| 4. Doorlopende lijnen | Soepele overgangen po-vo en vo-mbo | % leerlingen met ondersteuningsbehoefte met startkwalificatie of passende uitstroom | 86% | 92% |
| 5. Doelmatige inzet middelen | Middelen volgen de ondersteuningsbehoefte | % ondersteuningsmiddelen direct naar scholen en arrangementen | 84% | 88% |

# 1. Inleiding en leeswijzer

Dit koersplan beschrijft wat SWV Lingedal de komende vier jaar wil bereiken, hoe we dat organiseren en hoe we de middelen inzetten. Het plan is compact van opzet: tabellen en KPI's staan centraal, de toelichting is beknopt. Operationele uitwerking vindt plaats in de jaarplannen en de jaarbegrotingen; de verantwoording in het jaarverslag en de kwartaalrapportages.

Het plan volgt de wettelijke opdracht van het samenwerkingsverband: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen.

Totstandkoming. Het koersplan is opgesteld door een schrijfteam onder leiding van de directeur-bestuurder, op basis van de evaluatie 2022-2026, drie strategiesessies met schoolbestuurders en schoolleiders, een consultatieronde onder ondersteuningscoördinatoren en een bijeenkomst met het leerlingpanel. Het concept is besproken met de raad van toezicht, de OPR, de gemeenten en de po-samenwerkingsverbanden. Het plan is vóór 1 mei 2026 aan de inspectie toegezonden.

Leeswijzer: hoofdstuk 2 schetst de context, hoofdstuk 3 de koers. Hoofdstukken 4 tot en met 6 beschrijven het ondersteuningsaanbod en de toewijzing. Hoofdstuk 7 bevat het financieel kader, hoofdstuk 8 de kwaliteitszorg en resultaten. Hoofdstuk 9 beschrijft communicatie en stakeholders, hoofdstuk 10 de organisatie en hoofdstuk 11 de roadmap.

# 2. Context en kengetallen

Het werkgebied omvat de gemeenten Lingedal, Assendelft-Oost, Hoornwaard en Meerzicht. De regio kent een licht krimpend leerlingaantal in de periferie en groei in de stedelijke kern van Lingedal. Voor de planperiode wordt een daling van het totaal aantal leerlingen met circa 4% verwacht.

| Kengetal (teldatum 1 oktober) | 2023 | 2024 | 2025 | Prognose 2029 |
| Leerlingen regulier vo (incl. lwoo) | 13.102 | 13.011 | 12.944 | 12.420 |
| waarvan met lwoo-aanwijzing | 1.214 | 1.190 | 1.168 | 1.120 |
| Leerlingen praktijkonderwijs | 712 | 706 | 701 | 680 |
| Leerlingen vso (binnen en buiten de regio) | 598 | 601 | 580 | 540 |
| Deelnamepercentage vso | 4,0% | 4,0% | 3,9% | 3,7% |
| Deelnamepercentage pro | 4,9% | 4,9% | 4,8% | 4,8% |
| Leerlingen in bovenschoolse voorziening (OPDC) | 74 | 81 | 77 | 70 |

Het deelnamepercentage vso ligt boven het landelijk gemiddelde (3,4%). Dat verklaart voor een belangrijk deel de omvang van de afdrachten aan het vso en is een belangrijke reden voor pijler 2.

Landelijke context. Na de evaluatie van passend onderwijs in 2020 is de Verbeteraanpak passend onderwijs in gang gezet. Daarin staan onder meer de afbouw van bovenmatige reserves, de versterking van de positie van ouders en leerlingen en de ontwikkeling van een landelijke norm voor basisondersteuning centraal. Daarnaast werkt het kabinet aan de beweging naar inclusiever onderwijs, met als horizon 2035. Voor SWV Lingedal betekent dit dat de koers de komende jaren mogelijk tussentijds moet worden bijgesteld. Het koersplan is daarom zo opgezet dat de pijlers en KPI's stabiel blijven, terwijl de actielijnen jaarlijks in het jaarplan worden geactualiseerd.

Ontwikkelingen met impact op de planperiode: de Wet versterking positie ouders en leerlingen, de beoogde landelijke norm basisondersteuning, de doorontwikkeling van het ontwikkelingsperspectief, het lerarentekort (met name bij de bètavakken en in het vso), en de groeiende groep nieuwkomers in Lingedal-stad.

# 3. Koers: missie, visie en strategische pijlers

Missie. Iedere jongere in de regio Lingedal volgt onderwijs dat past, zo thuisnabij en zo regulier als mogelijk, en verlaat het onderwijs met een passend diploma of een duurzaam perspectief op werk of dagbesteding.

Visie. Passend onderwijs is een gezamenlijke verantwoordelijkheid van schoolbesturen, scholen, ouders, leerlingen en ketenpartners. Het samenwerkingsverband faciliteert, verbindt en stuurt op resultaat. Scholen krijgen ruimte om de ondersteuning zelf vorm te geven, binnen heldere afspraken over wat minimaal geboden wordt en over verantwoording.

Strategische pijlers. De koers is vertaald in vijf pijlers (zie managementsamenvatting): sterke basis, thuisnabij en inclusief, geen thuiszitters, doorlopende lijnen en doelmatige inzet van middelen. Elke pijler heeft een eigenaar in het managementteam, een set KPI's (hoofdstuk 8) en jaarlijkse actiepunten in het jaarplan.

## 3.1 Pijlers en actielijnen

| Pijler | Actielijnen 2026-2030 | Eigenaar |
| 1. Sterke basis | Nieuwe auditcyclus; scholing ondersteuningscoördinatoren; kennisdeling via de Lingedal Academie; afstemming met de landelijke norm basisondersteuning zodra die is vastgesteld | Beleidsmedewerker kwaliteit |
| 2. Thuisnabij en inclusief | Uitbreiding plusvoorzieningen binnen reguliere scholen; inzet vso-expertise in het regulier vo; terugkeerarrangement | Teamleider toewijzing |
| 3. Geen thuiszitters | Regionaal Thuiszittersoverleg; uitbreiding Rebound; afspraken met jeugdhulp over zorg in onderwijstijd | Teamleider trajectbegeleiding |
| 4. Doorlopende lijnen | Overstapafspraken po-vo; Route naar Werk; warme overdracht naar mbo | Teamleider toewijzing |
| 5. Doelmatige inzet middelen | Evaluatie schoolbudgetten; herziening verdeelmodel 2028; kwartaalrapportage met prognose afdrachten | Controller |

Toelichting pijler 1. De evaluatie 2022-2026 liet zien dat de basisondersteuning formeel op orde is, maar dat de uitvoering per vestiging sterk verschilt. De nadruk verschuift daarom van 'hebben' (is er een protocol, is er een functionaris) naar 'doen' (wordt het protocol toegepast, bereikt de ondersteuning de leerling). De audit wordt daarop aangepast: naast documentanalyse omvat de audit lesobservaties en gesprekken met leerlingen.

Toelichting pijler 2. Het relatief hoge deelnamepercentage vso vraagt om versterking van het regulier onderwijs. Dit betekent niet dat vso-plekken worden afgebouwd zonder alternatief. De ervaring leert dat leerlingen met een autismespectrumstoornis in een goed ingerichte plusvoorziening binnen een reguliere school vaak goed functioneren. Daarom wordt het aantal plusvoorzieningen in de planperiode uitgebreid van twee naar vier.

Toelichting pijler 5. De middelen voor passend onderwijs zijn beperkt en staan onder druk door de hoge afdrachten voor vso. Het bestuur wil dat de middelen zo direct mogelijk de leerling bereiken. De overhead van het samenwerkingsverband blijft onder de 6% van de netto beschikbare middelen.

# 4. Ondersteuningsstructuur en dekkend aanbod

## 4.1 Basisondersteuning

De basisondersteuning is het door het bestuur van SWV Lingedal vastgestelde minimumniveau van ondersteuning dat iedere vestiging voor regulier voortgezet onderwijs biedt, ongeacht schoolsoort of schoolbestuur. Het niveau is uitgewerkt in acht standaarden. De standaarden zijn bindend; een vestiging kan in de schoolgids aanvullend aanbod beschrijven.

| Nr. | Standaard basisondersteuning | Minimumnorm per vestiging |
| S1 | Ondersteuningscoördinatie | Ondersteuningscoördinator, minimaal 0,5 fte per 500 leerlingen |
| S2 | Mentoraat | Vaste mentor per klas met minimaal 1 uur mentoruur per week in leerjaar 1 en 2 |
| S3 | Zorg- en adviesteam | ZAT minimaal 6 keer per jaar, met jeugdarts, leerplicht en wijkteam/jeugdconsulent |
| S4 | Dyslexie en dyscalculie | Protocol, faciliteiten (extra tijd, auditieve ondersteuning, vergroting) en dyslexiecoach |
| S5 | Sociaal-emotionele ondersteuning | Faalangstreductietraining, SoVa-training en een vertrouwenspersoon |
| S6 | Executieve functies en studievaardigheden | Huiswerkbegeleiding of studieklas minimaal 3 middagen per week; training plannen en organiseren |
| S7 | Opvang en time-out | Een opvangruimte met vaste begeleider gedurende alle lesuren |
| S8 | Handelingsgericht werken | OPP voor elke leerling met extra ondersteuning, twee keer per jaar geëvalueerd met leerling en ouders |

Borging: iedere vestiging wordt eens per twee jaar geaudit door een auditteam (ondersteuningscoördinator van een andere school en een beleidsmedewerker van het SWV). Bij een oordeel 'niet op niveau' stelt de vestiging binnen drie maanden een verbeterplan op; de voortgang wordt besproken in het bestuurlijk overleg.

## 4.2 Ondersteuningscontinuüm

| Niveau | Omschrijving | Aanbieder | Toegang |
| 1 | Basisondersteuning (S1-S8) | Alle vestigingen | Direct, geen aanvraag |
| 2 | Extra ondersteuning op school: arrangementen (individueel of groep) | Vestiging, met schoolbudget | Besluit school, na ZAT |
| 3 | Bovenschoolse arrangementen: OPDC De Overstap (60 plaatsen), Rebound (tijdelijk, 12 weken), plusprogramma HB, ISK-instroomklas | SWV Lingedal | Toewijzingscommissie SWV |
| 4 | Praktijkonderwijs | 2 scholen voor pro | Toelaatbaarheid pro (hfdst. 5) |
| 5 | Voortgezet speciaal onderwijs, incl. onderwijs-zorgarrangementen | 3 vso-vestigingen, clusters 3 en 4 | TLV vso (hfdst. 5) |

Leerwegondersteunend onderwijs wordt op 9 vestigingen in het vmbo gegeven; zie paragraaf 5.3.

## 4.3 Dekkend aanbod en thuiszitters

SWV Lingedal stelt jaarlijks in november een Monitor Dekkend Aanbod op. Input: wachtlijsten OPDC en vso, casuïstiek zonder passende plek, meldingen vanuit de zorgplicht (aanmeldingen waarbij na 10 weken geen plek is gevonden), verzuimcijfers van leerplicht en signalen uit het OOGO. De monitor leidt tot een actielijst met eigenaar en deadline, vastgesteld door het bestuur in december.

Thuiszitters: iedere thuiszitter wordt binnen 5 werkdagen na melding besproken in het Regionaal Thuiszittersoverleg (SWV, leerplicht, jeugdhulp, school). Een trajectbegeleider van het SWV krijgt de regie. Na 8 weken zonder perspectief escaleert de trajectbegeleider naar de directeur-bestuurder, die met doorzettingsmacht een school aanwijst en een arrangement toekent. Doel: geen thuiszitters langer dan 3 maanden (KPI 3).

# 5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)

## 5.1 Toelaatbaarheid vso: proces

| Stap | Activiteit | Eigenaar | Termijn |
| 1 | Bespreking in ZAT; ontwikkelingsperspectief en groeidocument actueel | Ondersteuningscoördinator school | - |
| 2 | Aanvraag TLV via het ondersteuningsportaal, met OPP, evaluaties en zienswijze van leerling en ouders | Bevoegd gezag school van inschrijving | - |
| 3 | Ontvankelijkheidstoets | Secretariaat Commissie Toewijzing | 5 werkdagen |
| 4 | Twee onafhankelijke deskundigenadviezen (orthopedagoog/psycholoog + tweede deskundige) | Commissie Toewijzing | 15 werkdagen |
| 5 | Besluit TLV met geldigheidsduur en bekostigingscategorie | Directeur-bestuurder | Uiterlijk 6 weken na ontvankelijke aanvraag |
| 6 | Plaatsing | Vso-school (toelatingsbesluit) | - |

Geldigheidsduur: 1 schooljaar bij een eerste TLV voor een leerling jonger dan 14, overigens 2 schooljaren; bij blijvende, gestabiliseerde ondersteuningsbehoefte (bijvoorbeeld ZML of EMB) tot het einde van de vso-loopbaan. Bekostigingscategorie: laag (standaard), midden (lichamelijke beperking, LZ), hoog (meervoudige beperking).

## 5.2 Toelaatbaarheid vso: criteria

Een leerling is toelaatbaar tot het vso indien cumulatief:

- de ondersteuningsbehoefte de niveaus 1 tot en met 3 van het continuüm aantoonbaar overstijgt, blijkend uit ten minste twee geëvalueerde OPP-cycli (bij instroom vanuit po: het OPP van de basisschool of sbo);
- sprake is van een structurele behoefte aan een kleine groep, intensieve orthopedagogische begeleiding en/of specialistische zorg gedurende de hele schooldag;
- de problematiek zich voordoet op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, medisch-lichamelijk);
- een arrangement in het regulier onderwijs of in pro naar het oordeel van de deskundigen niet toereikend is.

Spoed-TLV: bij acute veiligheidsrisico's kan de directeur-bestuurder een TLV van maximaal 3 maanden afgeven; in die periode wordt de reguliere procedure doorlopen.

## 5.3 Leerwegondersteunend onderwijs

SWV Lingedal hanteert de landelijke criteria voor lwoo (geen opting out). De basisschool levert vóór 1 februari het onderwijskundig rapport met de gegevens over capaciteiten, leerachterstanden en sociaal-emotionele problematiek aan. De Commissie Toewijzing toetst de gegevens aan de landelijke criteria; bij twijfel wordt aanvullend psychodiagnostisch onderzoek uitgevoerd. De aanwijzing lwoo wordt door het SWV afgegeven vóór 1 april en geldt voor de duur van de vmbo-opleiding. Lwoo-middelen worden conform hoofdstuk 7 doorgezet naar de scholen met een lwoo-aanbod.

## 5.4 Toelaatbaarheid praktijkonderwijs

Het SWV beslist over toelaatbaarheid tot pro op basis van de landelijke criteria (IQ tussen 55 en 80 en leerachterstanden van ten minste 3 jaar op twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen). Procedure: aanvraag door de pro-school na aanmelding, toetsing door de Commissie Toewijzing, besluit binnen 4 weken, geldig voor de gehele schoolloopbaan in het pro. Bij leerlingen die niet volledig aan de criteria voldoen maar wel aangewezen zijn op pro, is een beargumenteerde afwijking mogelijk op basis van twee deskundigenadviezen.

## 5.5 Kwaliteit van het toewijzingsproces

De Commissie Toewijzing werkt met een kwaliteitshandboek waarin de werkwijze, de rolverdeling en de eisen aan de dossiers zijn vastgelegd. Jaarlijks wordt een steekproef van 10% van de dossiers intern getoetst op volledigheid, onafhankelijkheid van de deskundigen en motivering van het besluit. De uitkomsten worden gerapporteerd in het jaarverslag. Daarnaast voert de commissie twee keer per jaar casuïstiekbesprekingen met de ondersteuningscoördinatoren, om de toepassing van de criteria te bespreken en de aanvragen van scholen te verbeteren. Nieuwe leden van de commissie volgen een inwerkprogramma en worden het eerste jaar gekoppeld aan een ervaren collega.

# 6. Doorstroom, overstap en terugplaatsing

## 6.1 Overstap po-vo

De overstap van po naar vo is geregeld in de Overstapafspraken Lingedal, die jaarlijks met de twee po-samenwerkingsverbanden in de regio worden geactualiseerd. Kern: warme overdracht via het digitaal overstapdossier, met voor leerlingen met een ondersteuningsbehoefte een driegesprek (basisschool, vo-school, ouders) vóór 15 maart.

## 6.2 Terugplaatsing en overplaatsing: beleid

Beleidsuitgangspunten:

- Een plaatsing in het vso is waar mogelijk tijdelijk. Het SWV beschouwt terugkeer naar het regulier vo of pro als een volwaardig en gewenst perspectief voor iedere vso-leerling bij wie de ondersteuningsbehoefte dat toelaat.
- Terugplaatsing vindt plaats naar een reguliere school zo dicht mogelijk bij huis, bij voorkeur de school van herkomst.
- Voorwaarden: de ondersteuningsbehoefte past binnen niveau 1 tot en met 3 van het continuüm; de ontvangende school kan het benodigde arrangement bieden; leerling en ouders stemmen in.
- Na terugplaatsing ontvangt de ontvangende school het Terugkeerarrangement: gedurende 6 maanden 4 uur per week begeleiding door een ambulant begeleider van de vso-school, plus een vast bedrag van € 3.500 per leerling uit het centrale budget.
- Een overplaatsing tussen vso-scholen binnen de regio wordt alleen ondersteund als de nieuwe school beter aansluit bij het uitstroomprofiel van de leerling.

| KPI terugplaatsing | 2023-2024 | 2024-2025 | Streefwaarde per jaar vanaf 2027 |
| Aantal terugplaatsingen vso naar regulier vo/pro | 11 | 14 | 20 |
| % teruggeplaatste leerlingen na 1 jaar nog op de reguliere school | 73% | 79% | 85% |

## 6.3 Terugplaatsing: procedure

Het protocol terug- en overplaatsing uit 2019 is verouderd. In schooljaar 2026-2027 wordt het protocol, inclusief de rolverdeling tussen vso-school, SWV en ontvangende school, de evaluatiemomenten en de afronding van de TLV, samen met de vso-directeuren herijkt. Het herijkte protocol wordt na vaststelling door het bestuur gepubliceerd op de website van het SWV.

## 6.4 Overgang naar mbo en arbeid

Voor vso- en pro-leerlingen met uitstroomprofiel arbeid werkt het SWV samen met het regionaal werkbedrijf en de gemeenten in het netwerk Route naar Werk. Voor leerlingen met uitstroomprofiel vervolgonderwijs zijn afspraken gemaakt met het ROC Lingedal over warme overdracht en een entreeopleiding op maat.

## 6.5 Overstap binnen het vo

Leerlingen die binnen het regulier vo van school wisselen, bijvoorbeeld na een verhuizing of bij een op- of afstroom, worden overgedragen met een actueel overdrachtsdocument. Voor leerlingen met een arrangement zorgt de ontvangende school ervoor dat het arrangement zonder onderbreking wordt voortgezet.

# 7. Financieel kader en meerjarenbegroting

## 7.1 Verdeelmodel

SWV Lingedal hanteert een gemengd model. Na aftrek van de DUO-afdrachten voor vso en pro worden de middelen als volgt ingezet:

| Component | Verdeelsleutel | Besluitvorming |
| Schoolbudget lichte ondersteuning | € 265 per leerling regulier vo (teldatum 1 oktober t-1) plus vaste voet € 25.000 per vestiging | Jaarlijks bij begroting, bestuur |
| Lwoo-budget | Doorbetaling per leerling met aanwijzing lwoo, normbedrag rijksbekostiging | Automatisch, op basis van aanwijzingen |
| Bovenschoolse arrangementen (OPDC, Rebound, HB, ISK) | Centraal budget, toewijzing per leerling door Commissie Toewijzing | Directeur-bestuurder, binnen begroting |
| Maatwerkbudget zware casuïstiek | Op aanvraag, criteria: ondersteuning boven niveau 2, thuiszittersrisico, plan met einddatum | Commissie Toewijzing, max. € 15.000 per leerling per jaar |
| Terugkeerarrangement | € 3.500 per teruggeplaatste leerling | Automatisch bij terugplaatsing |

Scholen verantwoorden de inzet van het schoolbudget jaarlijks vóór 1 juni via het verantwoordingsformat (inzet formatie, aantal arrangementen, bereik). Het bestuur bespreekt de verantwoording in het bestuurlijk overleg.

## 7.2 Meerjarenbegroting 2026-2029 (bedragen x € 1.000)

| Post | 2026 | 2027 | 2028 | 2029 |
| Baten: ondersteuningsbekostiging lichte ondersteuning | 4.620 | 4.560 | 4.490 | 4.430 |
| Baten: ondersteuningsbekostiging zware ondersteuning | 11.980 | 11.850 | 11.700 | 11.560 |
| Baten: lwoo en pro | 9.740 | 9.650 | 9.560 | 9.480 |
| Af: afdrachten DUO vso | -7.310 | -7.150 | -6.980 | -6.830 |
| Af: afdrachten DUO pro | -5.020 | -4.990 | -4.950 | -4.920 |
| Netto beschikbaar | 13.990 | 13.920 | 13.820 | 13.720 |
| Lasten: schoolbudgetten lichte ondersteuning | 3.830 | 3.790 | 3.760 | 3.720 |
| Lasten: doorbetaling lwoo | 4.520 | 4.470 | 4.420 | 4.380 |
| Lasten: bovenschoolse arrangementen | 3.480 | 3.520 | 3.540 | 3.540 |
| Lasten: maatwerk en terugkeerarrangementen | 720 | 760 | 790 | 800 |
| Lasten: Commissie Toewijzing, trajectbegeleiding | 610 | 620 | 630 | 640 |
| Lasten: bureau en governance | 780 | 790 | 800 | 810 |
| Resultaat | 50 | -30 | -120 | -170 |

## 7.3 Reserves en risico's

Het weerstandsvermogen bedroeg per 31 december 2025 € 1,9 miljoen, onder de signaleringswaarde van de inspectie. Het bestuur hanteert een bandbreedte van 3 tot 5% van de totale baten. De negatieve resultaten in 2027-2029 zijn bewust begroot en passen binnen deze bandbreedte. Belangrijkste risico's: hogere vso-deelname dan geraamd, tekort aan vso-personeel, en wijzigingen in de rijksbekostiging. Beheersmaatregel: kwartaalrapportage aan het bestuur met prognose afdrachten.

# 8. Kwaliteitszorg en resultaten

## 8.1 KPI-dashboard

| KPI | Nulmeting 2024-2025 | Streefwaarde 2028 | Streefwaarde 2030 | Bron | Frequentie |
| % vestigingen basisondersteuning op niveau (audit) | 81% | 94% | 100% | Auditrapporten | Jaarlijks |
| Deelnamepercentage vso | 3,9% | 3,6% | 3,4% | DUO, 1 oktober | Jaarlijks |
| Thuiszitters > 3 maanden | 23 | 10 | 0-5 | Leerplicht, SWV | Kwartaal |
| Gemiddelde doorlooptijd TLV (werkdagen) | 24 | 20 | 20 | Ondersteuningsportaal | Kwartaal |
| Terugplaatsingen vso naar regulier | 14 | 18 | 20 | SWV-registratie | Jaarlijks |
| Passende uitstroom leerlingen met ondersteuningsbehoefte | 86% | 89% | 92% | DUO/ROC | Jaarlijks |
| Tevredenheid ouders over ondersteuning (schaal 1-10) | 6,8 | 7,2 | 7,5 | Tweejaarlijkse peiling | Tweejaarlijks |
| % middelen direct naar scholen en arrangementen | 84% | 86% | 88% | Jaarrekening | Jaarlijks |

## 8.2 Kwaliteitscyclus

SWV Lingedal werkt volgens een vaste PDCA-cyclus. Plan: koersplan en jaarplan met actiepunten per pijler. Do: uitvoering door scholen en SWV. Check: kwartaalrapportage aan het bestuur (KPI's met trend en verklaring), jaarlijkse analyse in het jaarverslag met een vergelijking van bereikte en beoogde resultaten, en per KPI de gekoppelde lasten uit de jaarrekening. Act: bijstelling van het jaarplan en zo nodig van het koersplan (met instemming van de OPR). In 2028 vindt een externe midterm review plaats.

De OPR ontvangt de kwartaalrapportages en bespreekt het jaarverslag met het bestuur. Het bestuur legt daarnaast verantwoording af aan de raad van toezicht en in het OOGO.

# 9. Stakeholdermanagement en communicatie

## 9.1 Stakeholderanalyse

| Stakeholder | Belang | Strategie | Eigenaar |
| Schoolbesturen en directies | Hoog | Partnerschap: bestuurlijk overleg, directeurenoverleg 6x per jaar | Directeur-bestuurder |
| Ondersteuningscoördinatoren | Hoog | Netwerk 5x per jaar, kennisdeling | Beleidsmedewerker kwaliteit |
| Ouders | Hoog | Informeren en betrekken, zie 9.2 | Communicatieadviseur |
| Leerlingen | Hoog | Leerlingpanel 2x per jaar | Beleidsmedewerker kwaliteit |
| Gemeenten en jeugdhulp | Hoog | OOGO, bestuurlijk overleg onderwijs-jeugd | Directeur-bestuurder |
| PO-samenwerkingsverbanden, ROC | Middel | Overstapafspraken | Teamleider toewijzing |
| Inspectie | Middel | Periodiek overleg, toezicht | Directeur-bestuurder |

## 9.2 Communicatie met ouders

| Middel | Inhoud | Frequentie | Doelgroep |
| Website SWV Lingedal, rubriek Ouders | Uitleg basisondersteuning per standaard, continuüm, OPDC, vso, pro, lwoo en toewijzingsprocedures | Continu, actualisatie per schooljaar | Alle ouders |
| Ouderbrochure Passend onderwijs in het vo (NL, EN, TR, AR, PL) | Wat mag ik verwachten van de school en van het SWV | Jaarlijks, verspreid via groep 8 en brugklas | Ouders groep 8 en leerjaar 1 |
| Informatieavonden in de vier gemeenten | Overstap po-vo, ondersteuning in het vo | Jaarlijks in november | Ouders groep 7 en 8 |
| Schoolgids van iedere vestiging | Ondersteuningsaanbod van de vestiging, contactpersoon | Jaarlijks | Ouders van de vestiging |
| Nieuwsbrief SWV | Ontwikkelingen passend onderwijs | 4x per jaar | Ouders (opt-in), scholen, partners |

Ouders met vragen over de ondersteuning van hun kind kunnen terecht bij de mentor of de ondersteuningscoördinator van de school. Het ouder- en jeugdsteunpunt waarin de Wet versterking positie ouders en leerlingen voorziet, wordt ingericht zodra de wettelijke bepalingen in werking treden; de opzet en de organisatievorm volgen in een separaat implementatieplan.

# 10. Governance, organisatie en bedrijfsvoering

## 10.1 Governance

SWV Lingedal is een stichting met een two-tier model: een directeur-bestuurder en een raad van toezicht van vijf leden, van wie drie onafhankelijk. De schoolbesturen vormen de Algemene Vergadering, die onder meer het koersplan en de begroting goedkeurt. De code goed bestuur van de VO-raad is van toepassing.

Medezeggenschap: de ondersteuningsplanraad (OPR) bestaat uit 8 leden (4 personeel, 2 ouders, 2 leerlingen). De OPR heeft instemmingsrecht op het koersplan en heeft op 12 maart 2026 ingestemd. Het SWV heeft daarnaast een MR voor het eigen personeel.

OOGO: het ontwerp is op 26 februari 2026 besproken met de wethouders van de vier gemeenten. Gemaakte afspraken betreffen de aansluiting jeugdhulp-onderwijs (jeugdconsulent in ieder ZAT), onderwijs-zorgarrangementen in het vso, leerlingenvervoer, thuiszitters en de aansluiting onderwijs-arbeidsmarkt. Het overleg met de po-samenwerkingsverbanden vond plaats op 4 februari 2026.

## 10.2 Organisatie

| Onderdeel | Taken | Formatie 2026 (fte) |
| Directie en staf | Strategie, financiën, kwaliteit, communicatie | 4,2 |
| Commissie Toewijzing | TLV vso, lwoo, pro, bovenschoolse arrangementen, maatwerk | 3,6 |
| Trajectbegeleiding | Thuiszitters, complexe casuïstiek | 3,0 |
| OPDC De Overstap en Rebound | Onderwijs en begeleiding | 14,8 |
| Totaal | | 25,6 |

## 10.3 Personeel en professionalisering

Het SWV investeert in de professionalisering van ondersteuningscoördinatoren, mentoren en docenten via de Lingedal Academie: jaarlijks circa 20 trainingen (onder meer omgaan met gedrag, executieve functies, HB, NT2). Voor het eigen personeel geldt een strategisch personeelsbeleid gericht op behoud en doorgroei, met aandacht voor werkdruk in het OPDC.

## 10.4 Informatievoorziening, ICT en privacy

Alle aanvragen en besluiten lopen via het ondersteuningsportaal. Data uit het portaal, DUO en de schooladministraties komen samen in het dashboard passend onderwijs, dat de KPI's uit hoofdstuk 8 ontsluit. Het SWV verwerkt persoonsgegevens conform de AVG en artikel 17a WVO (bewaartermijn 3 jaar na besluit); een functionaris gegevensbescherming is aangesteld en er wordt jaarlijks een DPIA op het portaal uitgevoerd.

## 10.5 Risicomanagement

| Risico | Kans | Impact | Beheersmaatregel | Eigenaar |
| Vso-deelname daalt minder dan geraamd, hogere afdrachten | Middel | Hoog | Kwartaalprognose afdrachten; buffer binnen bandbreedte reserves | Controller |
| Onvoldoende gekwalificeerd personeel OPDC | Hoog | Middel | Opleidingstraject zij-instromers; samenwerking met vso-scholen | Directeur-bestuurder |
| Vertraging implementatie auditcyclus | Middel | Middel | Extern auditpanel als achtervang | Beleidsmedewerker kwaliteit |
| Datakwaliteit dashboard onvoldoende | Middel | Middel | Datadefinities vastleggen; jaarlijkse controle met scholen | Functioneel beheerder |
| Wijziging wet- en regelgeving (bekostiging, landelijke norm) | Hoog | Middel | Monitoring via VO-raad; tussentijdse bijstelling koersplan | Directeur-bestuurder |
| Bestuurlijke verdeeldheid over verdeelmodel | Laag | Hoog | Evaluatie schoolbudgetten als gezamenlijke basis voor herziening in 2028 | Directeur-bestuurder |

## 10.7 Huisvesting en facilitaire zaken

Het OPDC De Overstap is gehuisvest in een voormalig schoolgebouw in Lingedal-stad, dat het SWV huurt van de gemeente. Het gebouw voldoet niet meer aan de eisen voor een prikkelarme leeromgeving. In het OOGO is afgesproken dat de gemeente in 2027 een haalbaarheidsonderzoek naar nieuwbouw of renovatie start. De Rebound is gehuisvest in een vleugel van een reguliere school, wat de terugkeer naar het regulier onderwijs vergemakkelijkt. Het bureau van het SWV deelt sinds 2024 een pand met het po-samenwerkingsverband, wat de samenwerking bij de overstap versterkt en kosten bespaart.

## 10.8 Planning- en controlcyclus

| Product | Inhoud | Vaststelling | Ter informatie aan |
| Jaarplan | Actiepunten per pijler, gekoppeld aan KPI's | Bestuur, vóór 1 juli | RvT, OPR |
| Begroting | Jaarbegroting en meerjarenraming | Bestuur, vóór 1 december; goedkeuring RvT | Algemene Vergadering, OPR |
| Kwartaalrapportage | KPI's, financiële realisatie, prognose afdrachten | Directeur-bestuurder | Bestuur, RvT, OPR |
| Jaarverslag en jaarrekening | Verantwoording beleid en financiën | Bestuur, vóór 1 juli; goedkeuring RvT | Algemene Vergadering, OPR, DUO |

## 10.6 Leerlingparticipatie

Het leerlingpanel, bestaande uit twaalf leerlingen van verschillende schoolsoorten, waaronder het vso en het praktijkonderwijs, komt twee keer per jaar bijeen. Het panel geeft advies over thema's als de aanpak van pesten, de inrichting van de opvangruimtes en de overstap naar het mbo. Het bestuur reageert schriftelijk op ieder advies.

# 11. Roadmap 2026-2030

| Periode | Mijlpaal | Pijler |
| Q3 2026 | Start nieuwe auditcyclus basisondersteuning | 1 |
| Q4 2026 | Monitor Dekkend Aanbod 2026 en actielijst | 2, 3 |
| Q2 2027 | Herijkt protocol terug- en overplaatsing vastgesteld | 2 |
| Q3 2027 | Uitbreiding Rebound naar 2 locaties | 3 |
| 2027 | Implementatieplan ouder- en jeugdsteunpunt | - |
| Q1 2028 | Midterm review koersplan (extern) | alle |
| 2028 | Herziening verdeelmodel, op basis van evaluatie schoolbudgetten | 5 |
| Q4 2029 | Evaluatie koersplan, start nieuw ondersteuningsplan | alle |

# Bijlage A. Afkortingenlijst

| Afkorting | Betekenis |
| AVG | Algemene verordening gegevensbescherming |
| DUO | Dienst Uitvoering Onderwijs |
| EMB | Ernstig meervoudig beperkt |
| HB | Hoogbegaafd(heid) |
| ISK | Internationale schakelklas |
| KPI | Kritieke prestatie-indicator |
| LBT | Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen |
| Lwoo | Leerwegondersteunend onderwijs |
| OJSP | Ouder- en jeugdsteunpunt |
| OOGO | Op overeenstemming gericht overleg |
| OPDC | Orthopedagogisch-didactisch centrum |
| OPP | Ontwikkelingsperspectief(plan) |
| OPR | Ondersteuningsplanraad |
| Pro | Praktijkonderwijs |
| TLV | Toelaatbaarheidsverklaring |
| Vso | Voortgezet speciaal onderwijs |
| ZAT | Zorg- en adviesteam |
| ZML | Zeer moeilijk lerend |
"""

LABEL = r"""
documents: [vo-lingedal-ondersteuningsplan-2026-2030.docx, vo-lingedal-ondersteuningsplan-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1: binding minimum for every vestiging plus table S1-S8 with minimumnormen; audit every two years (borging)."
  plaatsing: "5.1 process table (applicant, Commissie Toewijzing, two deskundigen, 6 weeks, duration/categorie); 5.2 vso criteria; 5.3 lwoo procedure (landelijke criteria) and 5.4 pro procedure/criteria. No bezwaar route anywhere except LBT in the afkortingenlijst."
  terugstroom: "6.2 gives policy (temporary vso, thuisnabij, conditions, Terugkeerarrangement) and a KPI table; 6.3 only says the protocol (roles, evaluatiemomenten, einde TLV) will be herijkt in 2026-2027 and published later - procedure not addressed."
  financien: "7.1 verdeelmodel table with amounts per leerling/vaste voet/criteria; 7.2 meerjarenbegroting 2026-2029 table; 7.3 reserves."
  dekkend-aanbod: "4.2 continuum table levels 1-5 with OPDC/Rebound/HB/ISK; 4.3 Monitor Dekkend Aanbod, zorgplicht signals, thuiszitters escalation with doorzettingsmacht; 10.1 OOGO agreements."
  resultaten: "Management summary and 8.1 KPI dashboard with nulmeting and streefwaarden 2028/2030; 8.2 PDCA with quarterly reporting and yearly beoogd-vs-bereikt analysis."
  ouders: "9.2 table of channels (website, brochure in 5 languages, meetings, schoolgids, nieuwsbrief); independent help is absent: only mentor/ondersteuningscoordinator of the school, OJSP 'wordt ingericht ... opzet volgt', OJSP/LBT only in the afkortingenlijst."
"""
