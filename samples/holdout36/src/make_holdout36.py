#!/usr/bin/env python3
"""Generate holdout set 36 for opcheck: five fictional ondersteuningsplannen and one near-miss.

Deterministic, no network. Writes into the parent folder of this script's folder
(samples/fresh/holdout36/). PDFs are rendered from .docx with LibreOffice
(`soffice --headless --convert-to pdf`).

Text mini-language used for the documents below (one block per blank-line-separated chunk):
  !T text      title-page title          !S text   title-page subtitle line
  [[TOC]]      inhoudsopgave built from the headings
  [[PB]]       page break
  # text       heading level 1            ## text   heading level 2
  - item       bullet list (all lines of the block)
  | a | b |    table (all lines of the block; first row is the header)
  other        paragraph
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime
import html as htmlmod
import hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# P1  PO, .docx + .pdf  -- complete, formal plan of a merged verband
# ---------------------------------------------------------------------------
P1_NAME = "po-rivierenland-west"
P1_HEADER = "Ondersteuningsplan 2026-2030 | SWV Passend Primair Onderwijs Rivierenland-West"
P1 = r"""
!T Ondersteuningsplan 2026-2030

!S Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West (PO 25-11)

!S Vastgesteld door het algemeen bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad op 7 april 2026

[[TOC]]

[[PB]]

# Voorwoord

Voor u ligt het eerste ondersteuningsplan van het Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West. Op 1 augustus 2025 zijn de samenwerkingsverbanden Rivierenland-Noord en Linge-Waal samengegaan. Dat was geen doel op zich: we wilden voorkomen dat ouders en scholen aan de ene kant van de rivier met andere afspraken te maken hebben dan aan de andere kant. In dit plan leggen we vast wat we de komende vier schooljaren samen willen bereiken en hoe we dat organiseren.

Het plan is tot stand gekomen in een intensief traject. Intern begeleiders, directeuren, bestuurders, leden van de ondersteuningsplanraad, ouders en medewerkers van de gemeenten hebben in werksessies meegedacht. Ook hebben we gesproken met leerlingen van twee sbo-scholen over wat zij belangrijk vinden. Hun opmerkingen zijn in dit plan terug te vinden, soms letterlijk.

Een ondersteuningsplan is geen boek dat in de kast staat. Het is het kader waarbinnen de scholen, de besturen en het bureau van het samenwerkingsverband elke dag werken. Wij danken iedereen die heeft bijgedragen en kijken uit naar de samenwerking in de komende planperiode.

Mr. H. (Hanneke) van Wijngaarden, directeur-bestuurder

# 1 Inleiding en wettelijk kader

## 1.1 Het samenwerkingsverband

Het samenwerkingsverband is een stichting waarin 9 schoolbesturen samenwerken. Samen zijn zij verantwoordelijk voor 71 basisscholen, 3 scholen voor speciaal basisonderwijs (sbo) en 4 scholen voor speciaal onderwijs (so) in de gemeenten Tiel, Culemborg, Geldermalsen-West, Neder-Betuwe, Buren, West Betuwe en Zaltbommel. Op de teldatum 1 oktober 2025 telde het samenwerkingsverband 17.940 leerlingen in het basisonderwijs, 512 leerlingen in het sbo en 361 leerlingen in het so.

## 1.2 Wettelijke opdracht

Artikel 18a van de Wet op het primair onderwijs (WPO) schrijft voor dat het samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Het plan beschrijft onder meer hoe we zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, welke basisondersteuning alle scholen bieden, hoe de middelen worden verdeeld en besteed, hoe de toelaatbaarheid tot sbo en so is geregeld, hoe terugplaatsing plaatsvindt, welke resultaten we beogen en hoe ouders worden geïnformeerd. De hoofdstukken van dit plan volgen grotendeels deze opsomming.

## 1.3 Totstandkoming en planperiode

Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het concept is besproken in het op overeenstemming gericht overleg (OOGO) met de zeven gemeenten op 10 maart 2026 en in het overleg met het samenwerkingsverband VO Rivierenland op 3 maart 2026. De ondersteuningsplanraad heeft op 7 april 2026 ingestemd. Het plan is vóór 1 mei 2026 aan de inspectie toegezonden.

# 2 Context en kengetallen

Omdat dit het eerste plan van het nieuwe samenwerkingsverband is, bevat dit hoofdstuk geen terugblik op een vorige planperiode. De verslagen van de twee voorgaande samenwerkingsverbanden zijn openbaar en blijven op de website beschikbaar. Hieronder staan enkele kengetallen die de context van dit plan schetsen.

| Kengetal (teldatum 1 oktober 2025) | Aantal |
| Leerlingen basisonderwijs | 17.940 |
| Leerlingen sbo | 512 |
| Leerlingen so (cluster 3 en 4) | 361 |
| Aantal basisscholen / sbo / so | 71 / 3 / 4 |
| Aantal schoolbesturen | 9 |

De regio kent een gemengd beeld. In de stedelijke kernen Tiel en Culemborg is het leerlingaantal stabiel; in de dorpen daalt het, waardoor een aantal scholen klein wordt. Een deel van de leerlingen spreekt thuis een andere taal dan het Nederlands. Het aantal gezinnen dat jeugdhulp ontvangt ligt boven het landelijk gemiddelde. Deze gegevens zijn meegenomen bij de keuzes in dit plan.

# 3 Missie, visie en ambities

## 3.1 Missie

Ieder kind in Rivierenland-West gaat naar een school die bij hem of haar past, zo dicht mogelijk bij huis, en krijgt daar de ondersteuning die nodig is om zich te ontwikkelen.

## 3.2 Visie

Wij geloven dat kinderen het best leren in een omgeving waarin zij gezien worden en waarin leraren, ouders en ondersteuners samen optrekken. Passend onderwijs begint in de klas, bij de leraar die het verschil maakt. Het samenwerkingsverband is er om scholen daarin te versterken, niet om het over te nemen. We kijken naar wat een kind nodig heeft, niet naar een etiket of diagnose. We werken handelingsgericht, we zoeken oplossingen dichtbij huis en we houden de administratieve last zo klein mogelijk.

## 3.3 Ambities 2026-2030

- Alle scholen bieden aantoonbaar dezelfde stevige basisondersteuning.
- Ondersteuning wordt zo thuisnabij mogelijk georganiseerd.
- Geen kind zit thuis zonder passend onderwijsaanbod.
- Onderwijs en jeugdhulp werken in en om de school als één team.
- Ouders weten waar zij terecht kunnen en voelen zich gehoord.

# 4 Basisondersteuning

## 4.1 Wat verstaan we onder basisondersteuning?

Basisondersteuning is het afgesproken niveau van ondersteuning dat iedere school van het samenwerkingsverband biedt, op iedere vestiging, aan iedere leerling die dat nodig heeft. Ouders mogen dit van elke school verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is door de besturen gezamenlijk vastgesteld en geldt als ondergrens: scholen mogen meer bieden, maar niet minder. De basisondersteuning wordt betaald uit de reguliere bekostiging van de scholen en uit het schoolbudget dat zij van het samenwerkingsverband ontvangen (zie hoofdstuk 9).

## 4.2 De standaarden basisondersteuning

De besturen hebben in 2025 tien standaarden afgesproken. Elke school in Rivierenland-West voldoet daaraan:

- Elke school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert.
- Elke school werkt handelingsgericht en planmatig: de leraar stelt onderwijsbehoeften vast, werkt met groepsplannen of groepsoverzichten en bespreekt leerlingen ten minste drie keer per jaar in een groepsbespreking.
- Elke school heeft een ondersteuningsteam (OT) waarin de intern begeleider, de ouders, de schoolcontactpersoon van het samenwerkingsverband en zo nodig de jeugdverpleegkundige of het sociaal team samen naar een leerling kijken.
- Elke school volgt het landelijke Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskunde-problemen en Dyscalculie, inclusief begeleiding in de klas en het gebruik van compenserende software.
- Elke school heeft een aanpak voor sociale veiligheid en sociaal-emotionele ontwikkeling, met een methode en een jaarlijkse monitoring van het welbevinden.
- Elke school biedt verrijking en verdieping voor leerlingen die meer aankunnen, in de groep en waar nodig in een plusgroep op school.
- Elke school biedt extra taalondersteuning aan leerlingen met een taalachterstand of een andere thuistaal.
- Elke school kan eenvoudige medische handelingen uitvoeren volgens het landelijke protocol medisch handelen, en is fysiek toegankelijk of maakt afspraken over aanpassingen.
- Elke school kan voor een leerling een ontwikkelingsperspectief (OPP) opstellen en bespreekt dat met ouders en, vanaf groep 6, met de leerling zelf.
- Elke school kan gebruikmaken van de consultatie en advisering door de schoolcontactpersoon van het samenwerkingsverband (orthopedagoog), zonder aanvraag.

## 4.3 Borging

Scholen beschrijven hun basisondersteuning en hun aanvullende mogelijkheden in de schoolgids. Het bureau van het samenwerkingsverband toetst de schoolgidsen elk jaar aan de tien standaarden. Eens in de twee jaar voert de schoolcontactpersoon met de directeur en de intern begeleider een kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een school niet aan een standaard, dan maakt het bestuur binnen drie maanden een verbeterplan en bespreekt de directeur-bestuurder de voortgang met het bestuur.

# 5 Extra ondersteuning en dekkend aanbod

## 5.1 Het ondersteuningscontinuüm

De ondersteuning in Rivierenland-West is opgebouwd in vier niveaus. Samen vormen zij het samenhangende geheel van ondersteuningsvoorzieningen binnen en tussen de scholen.

| Niveau | Wat | Waar | Toegang |
| 1 Basisondersteuning | tien standaarden (hoofdstuk 4) | elke school | geen aanvraag |
| 2 Extra ondersteuning op school | arrangement voor een leerling of groepje, bv. ambulante begeleiding, extra handen, gedragsspecialist | eigen school | schoolbudget of aanvraag arrangement bij het loket |
| 3 Bovenschoolse voorzieningen | observatiegroep De Brug (Tiel), plusklas bovenschools (3 locaties), taalklas voor nieuwkomers (Culemborg) | bovenschools | aanvraag bij het loket |
| 4 Speciaal (basis)onderwijs | sbo De Regenboog, sbo Het Baken, sbo De Wissel; so cluster 3 De Toermalijn en De Zonnewijzer; so cluster 4 De Kameleon en Het Kompas | sbo- en so-scholen | toelaatbaarheidsverklaring (hoofdstuk 6) |

Arrangementen op niveau 2 en 3 worden aangevraagd via het ondersteuningsloket. De school dient de aanvraag in met het groeidocument, na bespreking in het ondersteuningsteam en met instemming van de ouders. Het loket beslist binnen vier weken. Een arrangement duurt maximaal één schooljaar en wordt daarna geëvalueerd.

## 5.2 Onderwijs en zorg

Voor kinderen bij wie onderwijs en jeugdhulp samen nodig zijn, maken we onderwijszorgarrangementen. De gemeenten en het samenwerkingsverband financieren deze samen volgens de afspraken uit het OOGO (zie hoofdstuk 8). Voorbeelden zijn de combinatie van so en dagbehandeling in De Zonnewijzer en de inzet van jeugdhulp in de klas op drie basisscholen.

## 5.3 Dekkend aanbod: hoe we gaten opsporen en dichten

Elk jaar in november maakt het bureau een analyse van het dekkend aanbod. We gebruiken daarvoor de meldingen van het loket, de wachtlijsten van de bovenschoolse voorzieningen en het so, de vrijstellingen en de gegevens van de leerplichtambtenaren. De uitkomst bespreken we in het directeurenoverleg en in het bestuur. Voor elk gesignaleerd gat spreken we af wie een oplossing uitwerkt en wanneer. In de analyse van 2025 bleek bijvoorbeeld dat er te weinig plaatsen zijn voor jonge kinderen met ernstige gedragsproblemen; daarom start in augustus 2026 een tweede observatiegroep.

## 5.4 Thuiszitters

Elk kind dat langer dan vier weken geen onderwijs volgt, wordt binnen een week na melding besproken aan de thuiszitterstafel van het samenwerkingsverband en de leerplichtambtenaren. De tafel wijst een casusregisseur aan die binnen zes weken met school, ouders en jeugdhulp een plan maakt. Komen partijen er niet uit, dan besluit de directeur-bestuurder (doorzettingsmacht) welk bestuur de zorgplicht invult. Op 1 oktober 2025 waren er 14 thuiszitters in het basisonderwijs; ons doel is dat niemand langer dan drie maanden thuis zit.

# 6 Toelaatbaarheid tot sbo en so

## 6.1 Wanneer is een toelaatbaarheidsverklaring nodig?

Een leerling kan alleen worden ingeschreven op een sbo-school of een so-school (cluster 3 of 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. Voor cluster 1 en 2 geldt een eigen landelijke procedure via Visio, Bartiméus, Kentalis en Auris.

## 6.2 De procedure

- Stap 1: De school waar de leerling staat ingeschreven (of is aangemeld) bespreekt de leerling in het ondersteuningsteam. De ouders zijn daarbij aanwezig.
- Stap 2: Het bevoegd gezag van die school dient de aanvraag in bij de Commissie Toelaatbaarheid via het digitale loket. De aanvraag bevat het groeidocument of OPP, een onderwijskundig rapport, de verslagen van het ondersteuningsteam en de zienswijze van de ouders.
- Stap 3: Het loket controleert binnen vijf werkdagen of het dossier compleet is.
- Stap 4: Twee deskundigen brengen ieder een eigen schriftelijk advies uit (zie 6.4).
- Stap 5: De Commissie Toelaatbaarheid neemt namens het bestuur binnen zes weken na ontvangst van de complete aanvraag een besluit. Ouders en school krijgen het besluit en een afschrift van de deskundigenadviezen.

In spoedsituaties (bijvoorbeeld een dreigende thuiszitter) kan de commissie binnen tien werkdagen besluiten.

## 6.3 Criteria voor toelaatbaarheid

Een leerling is toelaatbaar tot het sbo als aan alle onderstaande voorwaarden is voldaan:

- de basisschool heeft de basisondersteuning en ten minste één arrangement gedurende minimaal zes maanden planmatig ingezet en geëvalueerd;
- de ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling vraagt om een kleinere groep, een aangepast programma of specifieke expertise die de basisschool ook met een arrangement niet kan bieden;
- de verwachting is dat de leerling in het sbo wel tot ontwikkeling komt.

Een leerling is toelaatbaar tot het so als daarnaast sprake is van een intensieve en langdurige ondersteuningsbehoefte die samenhangt met een verstandelijke beperking (cluster 3 ZML), een lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3 LG/LZ/MG), of ernstige gedrags- of psychiatrische problematiek (cluster 4), én het sbo niet aan die behoefte kan voldoen. Een diagnose alleen is nooit voldoende; doorslaggevend is wat de leerling nodig heeft.

## 6.4 Deskundigenadvies

De commissie besluit pas na advies van twee deskundigen. De eerste deskundige is altijd een orthopedagoog of psycholoog. De tweede deskundige is, afhankelijk van de leerling, een kinderpsychiater, maatschappelijk werker, jeugdarts, pedagoog of kinder- en jeugdpsycholoog. De deskundigen zijn niet betrokken geweest bij de aanvraag en adviseren ieder afzonderlijk.

## 6.5 Duur en bekostigingscategorie

Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor ten hoogste twee schooljaren, tenzij de ondersteuningsbehoefte naar verwachting blijvend is; dan geldt de TLV tot het einde van de basisschoolperiode. Bij een TLV so stelt de commissie de bekostigingscategorie vast: laag (cluster 4 en ZML), midden (LG/LZ) of hoog (MG).

## 6.6 Na afloop van de TLV: terugplaatsing

Het samenwerkingsverband vindt het belangrijk dat leerlingen die het kunnen, terugkeren naar het regulier basisonderwijs, bij voorkeur naar een school dicht bij huis. Een plaatsing in het sbo of so is voor ons geen eindstation. Terugplaatsing is aan de orde wanneer de ontwikkeling van de leerling volgens het OPP zo is verlopen dat de ondersteuningsbehoefte binnen de basisondersteuning en een arrangement van een basisschool kan worden opgevangen, en wanneer ouders en leerling daar achter staan.

Na de overstap krijgt de leerling een terugplaatsingsarrangement: gedurende twaalf maanden begeleidt een ambulant begeleider van de sbo- of so-school de leerling en de leraar op de nieuwe school. Het samenwerkingsverband betaalt dit arrangement uit de middelen voor niveau 3.

Een uitgewerkt stappenplan, met daarin wie het initiatief neemt, welke evaluatiemomenten er zijn en wie besluit, stellen we in de loop van schooljaar 2026-2027 samen met de sbo- en so-scholen op. Tot die tijd maken de scholen hierover per leerling eigen afspraken.

## 6.7 Bezwaar

Ouders en het bevoegd gezag die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) van Stichting Onderwijsgeschillen en beslist binnen zes weken na dat advies. Daarna staat beroep open bij de rechtbank.

# 7 Ouders

## 7.1 Ouders als partner

Ouders kennen hun kind het best. Wij verwachten van scholen dat zij ouders vanaf het eerste signaal betrekken. Ouders zijn aanwezig in het ondersteuningsteam, geven hun zienswijze op een aanvraag en worden betrokken bij het OPP. Ouders hebben zitting in de ondersteuningsplanraad.

## 7.2 Hoe informeren wij ouders?

- Op de website rivierenland-west.nl staat een ouderpagina met informatie over de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de route naar sbo en so.
- De brochure 'Wegwijzer passend onderwijs' is op elke school verkrijgbaar en in vier talen beschikbaar (Nederlands, Engels, Arabisch en Pools).
- Elke school beschrijft in de schoolgids welke ondersteuning zij biedt.
- Twee keer per jaar organiseert het samenwerkingsverband een informatieavond voor ouders, in het voorjaar in Tiel en in het najaar in Zaltbommel.
- Ouders kunnen op werkdagen het Ouderpunt van het samenwerkingsverband bellen of mailen.

## 7.3 Onafhankelijke ondersteuning

Soms willen ouders advies van iemand die niet aan de school of het samenwerkingsverband verbonden is. Zij kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat onafhankelijk werkt en wordt gefinancierd door de samenwerkingsverbanden PO en VO samen. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten en op het landelijke informatiepunt Ouders & Onderwijs. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders terecht bij de Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband zelf behandelt de klachtencommissie volgens de klachtenregeling op de website.

# 8 Samenwerking met gemeenten en jeugdhulp

Het samenwerkingsverband voert met de zeven gemeenten ten minste twee keer per jaar bestuurlijk overleg. Gezamenlijke thema's in de planperiode zijn: jeugdhulp in en om de school, thuiszitters en verzuim, leerlingenvervoer, onderwijshuisvesting voor het speciaal onderwijs en de overgang van voorschoolse voorzieningen naar de basisschool. Iedere school heeft een vaste contactpersoon van het sociaal team. In 2027 evalueren we samen de onderwijszorgarrangementen. De afspraken uit het OOGO staan in het verslag van 10 maart 2026.

# 9 Financiën

## 9.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk het ondersteuningsbudget voor lichte en zware ondersteuning. Daarop wordt de bekostiging van leerlingen in het so en van de groei van het sbo door DUO in mindering gebracht. Voor 2026 bedragen de totale baten naar verwachting € 16.420.000.

## 9.2 Verdeelmodel

Het bestuur heeft gekozen voor een schoolmodel: het grootste deel van de middelen gaat naar de besturen, die ermee de basisondersteuning versterken en extra ondersteuning op hun scholen organiseren. De verdeling gaat als volgt:

- Elk bestuur ontvangt een schoolbudget van € 185 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 8.000 per schoolvestiging.
- Middelen voor arrangementen op niveau 2 en 3 worden door het loket toegekend op basis van een aanvraag; het loket toetst aan de criteria in de Regeling arrangementen.
- De afdrachten aan het so en de groeibekostiging van het sbo worden centraal betaald. Peildatum voor de groeiregeling sbo is 1 februari.
- Het bureau en de bovenschoolse voorzieningen worden centraal bekostigd.

Besturen leggen vóór 1 maart verantwoording af over de besteding van het schoolbudget in het vorige kalenderjaar, via een vast format. Niet bestede middelen boven 10 procent worden verrekend met het volgende schoolbudget.

## 9.3 Meerjarenbegroting

| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbudget (na afdrachten DUO) | 16.420 | 16.210 | 16.050 | 15.900 |
| Afdracht so / groei sbo | 5.980 | 6.040 | 6.090 | 6.120 |
| Schoolbudgetten besturen | 3.890 | 3.860 | 3.830 | 3.810 |
| Arrangementen niveau 2 en 3 | 2.450 | 2.400 | 2.350 | 2.300 |
| Bovenschoolse voorzieningen | 1.960 | 2.110 | 2.110 | 2.110 |
| Bureau, loket en Ouderpunt | 1.720 | 1.740 | 1.760 | 1.780 |
| Ouder- en Jeugdsteunpunt (aandeel) | 60 | 60 | 60 | 60 |
| Resultaat | 360 | 0 | -150 | -280 |

## 9.4 Reserves

Op 31 december 2025 bedroeg de algemene reserve € 3,1 miljoen. De signaleringswaarde volgens de methode van de inspectie is € 2,2 miljoen. Het bestuur heeft besloten het verschil in de planperiode in te zetten voor de tweede observatiegroep en de versterking van de basisondersteuning; dat is zichtbaar in de negatieve resultaten in 2028 en 2029.

# 10 Beoogde resultaten

We willen dat passend onderwijs in Rivierenland-West zichtbaar beter wordt. Daarom hebben we voor de planperiode de volgende beoogde resultaten vastgesteld:

| Beoogd resultaat | Streefwaarde juli 2030 |
| Alle scholen voldoen aan de tien standaarden basisondersteuning | 100% van de scholen |
| Deelnamepercentage so | ten hoogste 1,9% |
| Thuiszitters langer dan drie maanden | 0 |
| Doorlooptijd TLV-aanvraag | binnen 6 weken in 95% van de aanvragen |
| Leerlingen die vanuit sbo of so terugkeren naar het basisonderwijs | ten minste 20 per jaar |
| Tevredenheid ouders over informatie en ondersteuning | gemiddeld 7,5 of hoger |

Hoe we de voortgang op deze resultaten volgen en erover rapporteren, werken we uit in een monitoringskader. Dat kader wordt in de loop van 2027 opgesteld en ter informatie voorgelegd aan de ondersteuningsplanraad.

# 11 Organisatie, governance en medezeggenschap

## 11.1 Bestuur en toezicht

De stichting kent een directeur-bestuurder en een raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie worden voorgedragen door de besturen en twee onafhankelijke leden zijn. De besturen komen vier keer per jaar bijeen in de algemene vergadering, die onder meer het ondersteuningsplan en de begroting vaststelt. De taken en bevoegdheden zijn vastgelegd in de statuten en het bestuursreglement.

## 11.2 Bureau

Het bureau bestaat uit 14,6 fte: de directeur-bestuurder, een controller, een beleidsmedewerker, een secretaresse, zes schoolcontactpersonen (orthopedagogen), het loket met twee medewerkers en de coördinator van het Ouderpunt.

## 11.3 Ondersteuningsplanraad

De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en komt zes keer per jaar bijeen. Het samenwerkingsverband faciliteert scholing van OPR-leden.

## 11.4 Medezeggenschapsraad

Het personeel van het bureau heeft een eigen medezeggenschapsraad.

# 12 Personeel en professionalisering

Leraren en intern begeleiders zijn de belangrijkste factor in passend onderwijs. Het samenwerkingsverband organiseert een jaarlijks scholingsaanbod, een netwerk voor intern begeleiders en leernetwerken over gedrag en over meer- en hoogbegaafdheid. De schoolcontactpersonen nemen deel aan een intervisiegroep. In 2027 start een opleiding gedragsspecialist voor twintig leraren.

# 13 Privacy en ICT

Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor de wettelijke taken. Aanvragen lopen via een beveiligde digitale omgeving. Gegevens over gezondheid worden drie jaar na het besluit vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming en een privacyreglement.

# 14 Planning

| Schooljaar | Belangrijkste acties |
| 2026-2027 | start tweede observatiegroep; stappenplan terugplaatsing; monitoringskader |
| 2027-2028 | evaluatie onderwijszorgarrangementen; opleiding gedragsspecialist |
| 2028-2029 | actualisering scholingsaanbod; herijking Regeling arrangementen |
| 2029-2030 | voorbereiding nieuw ondersteuningsplan |

[[PB]]

# Bijlage Begrippenlijst

- Arrangement: een afgesproken pakket van extra ondersteuning voor een leerling of groep.
- Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.
- Bezwaar: de mogelijkheid om een besluit van het samenwerkingsverband te laten heroverwegen.
- Dekkend aanbod: een netwerk van voorzieningen waarin voor elk kind een passende plek is.
- LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
- OJSP: ouder- en jeugdsteunpunt.
- OOGO: op overeenstemming gericht overleg met de gemeenten.
- OPP: ontwikkelingsperspectief.
- OPR: ondersteuningsplanraad.
- Terugplaatsing: de overstap van een leerling van sbo of so terug naar een basisschool.
- TLV: toelaatbaarheidsverklaring.
"""

# ---------------------------------------------------------------------------
# P2  VO, .docx + .pdf  -- modern 'koers' style VO plan
# ---------------------------------------------------------------------------
P2_NAME = "vo-kempen-dommel"
P2_HEADER = "Samenwerkingsverband VO Kempen & Dommel - Ondersteuningsplan 2026-2030"
P2 = r"""
!T Samen sterk voor elke leerling

!S Ondersteuningsplan 2026-2030

!S Stichting Samenwerkingsverband Voortgezet Onderwijs Kempen & Dommel (VO 30-09)

!S Versie 1.0 - definitief, vastgesteld door het bestuur op 22 april 2026

[[TOC]]

[[PB]]

# Woord vooraf

Vier jaar geleden schreven we in ons vorige ondersteuningsplan dat we 'van systeem naar leerling' wilden. Dat is voor een deel gelukt. Scholen weten elkaar beter te vinden, het OPDC draait op volle kracht en het aantal leerlingen dat tussen wal en schip valt, is kleiner geworden. Tegelijk zien we nieuwe vragen: meer leerlingen met psychische klachten, krapte op de arbeidsmarkt, lange wachttijden in de jeugdhulp en leerlingen die vastlopen in de overgang naar het mbo.

Dit plan is het resultaat van gesprekken met schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, de ondersteuningsplanraad en de vijf gemeenten in onze regio. We hebben geprobeerd het plan kort en leesbaar te houden. Waar dat nodig is, verwijzen we naar uitwerkingen die het bestuur apart vaststelt.

Wij bedanken iedereen die heeft meegedacht. Samen zorgen we ervoor dat elke leerling in de Kempen en het Dommeldal een plek heeft waar hij of zij kan leren en groeien.

Namens het bestuur,
drs. R. (Ruud) Aarts, voorzitter
M. (Marloes) Hendrikx MSc, directeur

# 1 Over ons samenwerkingsverband

## 1.1 Wie zijn we?

Het samenwerkingsverband is een stichting van zeven schoolbesturen met samen 16 scholen voor voortgezet onderwijs, verdeeld over 22 vestigingen. Daaronder zijn twee scholen voor praktijkonderwijs, vier vestigingen met leerwegondersteunend onderwijs en twee scholen voor voortgezet speciaal onderwijs (cluster 3 en 4). Ons werkgebied omvat de gemeenten Eersel, Bladel, Bergeijk, Reusel-De Mierden en Veldhoven.

## 1.2 Leerlingen in cijfers

| Teldatum 1 oktober 2025 | Aantal leerlingen |
| Regulier vo (vmbo, havo, vwo) | 11.260 |
| waarvan met lwoo | 1.140 |
| Praktijkonderwijs | 430 |
| Voortgezet speciaal onderwijs | 298 |
| Totaal | 11.988 |

Het aantal leerlingen daalt de komende jaren naar verwachting met 1 tot 2 procent per jaar. Vooral in de basisberoepsgerichte leerweg en in het praktijkonderwijs merken scholen dat. Deze daling heeft gevolgen voor de inkomsten van het samenwerkingsverband en voor de spreiding van het onderwijsaanbod in de regio.

## 1.3 Wettelijk kader en totstandkoming

Dit ondersteuningsplan voldoet aan artikel 17a van de Wet op het voortgezet onderwijs (sinds 2021 overgenomen in de WVO 2020). Het plan loopt van 1 augustus 2026 tot en met 31 juli 2030. Het op overeenstemming gericht overleg met de gemeenten vond plaats op 5 maart 2026; het overleg met de samenwerkingsverbanden PO in de regio op 12 februari 2026. De ondersteuningsplanraad stemde in op 15 april 2026.

# 2 Onze uitgangspunten

Wij werken vanuit vijf uitgangspunten, die we samen met scholen, leerlingen en ouders hebben geformuleerd:

- De leerling staat centraal. We kijken naar wat een leerling nodig heeft, niet naar wat er toevallig beschikbaar is.
- Regulier waar het kan, speciaal waar het moet. We zoeken eerst naar een oplossing op de eigen school.
- Eén leerling, één plan. Onderwijs, jeugdhulp en ouders werken met één plan rond de leerling.
- Vertrouwen in de professional. De school en de mentor zijn de eerste aan zet; het samenwerkingsverband ondersteunt.
- Samen verantwoordelijk. De besturen dragen samen de zorg voor alle leerlingen in de regio.

Deze uitgangspunten zijn de toetssteen voor keuzes in de komende jaren, bijvoorbeeld wanneer middelen schaars zijn of wanneer een nieuwe voorziening wordt overwogen.

# 3 Basisondersteuning

Basisondersteuning is de ondersteuning die iedere school voor voortgezet onderwijs in ons samenwerkingsverband biedt, op iedere vestiging en voor iedere leerling. Het niveau is door de besturen samen afgesproken en is voor alle scholen gelijk; het is de ondergrens die ouders en leerlingen overal mogen verwachten. Wat daarboven nodig is, noemen we extra ondersteuning (hoofdstuk 4).

We volgen daarbij de vier aspecten van het landelijke referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en planmatig werken. De concrete uitwerking van de basisondersteuning per aspect is vastgelegd in het Kader Basisondersteuning VO Kempen & Dommel, dat als bijlage 2 bij dit plan hoort. Iedere school beschrijft daarnaast in de schoolgids hoe zij de basisondersteuning invult.

Het samenwerkingsverband bezoekt elke school eens per twee jaar voor een gesprek over de basisondersteuning aan de hand van het kader. Waar een school onder het afgesproken niveau blijft, maakt het bestuur van die school afspraken over verbetering en wordt dit in het bestuur van het samenwerkingsverband besproken.

# 4 Ondersteuningsroute en voorzieningen

## 4.1 Van basis naar speciaal

In ons samenwerkingsverband is de ondersteuning opgebouwd van licht naar zwaar:

| Niveau | Voorziening | Voor wie |
| Basisondersteuning | op elke school (bijlage 2) | alle leerlingen |
| Extra ondersteuning op school | trajectvoorziening of ondersteuningsklas op de eigen school, begeleiding door gedragsspecialist of orthopedagoog | leerlingen die tijdelijk meer nodig hebben dan de basis |
| Lwoo en praktijkonderwijs | leerwegondersteunend onderwijs op vier vestigingen; praktijkonderwijs op twee scholen | leerlingen met leerachterstanden |
| Bovenschools | OPDC De Overstap (Veldhoven), rebound, Internationale Schakelklas (ISK) | leerlingen die tijdelijk buiten de eigen school een plek nodig hebben |
| Voortgezet speciaal onderwijs | vso cluster 3 De Kempenhorst, vso cluster 4 Het Dommeldal College | leerlingen met een intensieve, langdurige ondersteuningsbehoefte |

## 4.2 De route

Als een mentor merkt dat een leerling vastloopt, bespreekt hij dat eerst met de ondersteuningscoördinator. Samen met de leerling en de ouders wordt gekeken wat nodig is. Volstaat de basisondersteuning niet, dan bespreekt het ondersteuningsteam van de school de leerling, zo nodig met de consulent van het samenwerkingsverband en de jeugdhulpverlener van het lokale team. De school kan daarna een arrangement inzetten uit eigen middelen of een plaats aanvragen in een bovenschoolse voorziening. Plaatsing in het OPDC is tijdelijk (maximaal één jaar) en altijd gericht op terugkeer naar een reguliere school.

## 4.3 Onderwijs en zorg samen

Met de vijf gemeenten hebben we in het OOGO afgesproken dat iedere school een vaste jeugdhulpverlener heeft, die op vaste momenten op school aanwezig is. Voor leerlingen die naast onderwijs intensieve zorg nodig hebben, maken we onderwijszorgarrangementen, bijvoorbeeld een combinatie van onderwijs op het vso en behandeling bij de GGZ-partner in Veldhoven.

## 4.4 Zorgplicht en witte vlekken

Iedere school heeft zorgplicht. Als de school waar een leerling is aangemeld geen passend aanbod kan doen, zoekt zij samen met ouders een andere school die dat wel kan. Lukt dat niet binnen de wettelijke termijn, dan schakelt de school de consulent van het samenwerkingsverband in. Het samenwerkingsverband brengt ieder voorjaar met de besturen in kaart voor welke leerlingen geen passende plek te vinden was (witte vlekken) en legt een voorstel voor nieuwe of aangepaste voorzieningen aan het bestuur voor. Voorbeelden uit de vorige periode zijn de start van de rebound-voorziening en een kleinschalige havo-groep voor leerlingen met autisme.

## 4.5 Thuiszitters

Een leerling die thuiszit of dreigt thuis te komen zitten, wordt binnen twee weken besproken aan de Onderwijs Zorg Tafel, waarin de school, de leerplichtambtenaar, de consulent van het samenwerkingsverband en het lokale team zitten. Zij stellen een plan op voor terugkeer naar onderwijs, met een regisseur en een datum voor evaluatie. Als het plan na drie maanden geen resultaat heeft, schaalt de directeur op naar de betrokken schoolbesturen en de wethouder.

# 5 Toelaatbaarheid: vso, lwoo en praktijkonderwijs

## 5.1 Toelaatbaarheid tot het vso

Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt een toelaatbaarheidsverklaring (TLV) aan bij de Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een verslag van het ondersteuningsteam, een overzicht van de ingezette ondersteuning en de zienswijze van ouders en leerling. De consulent van het samenwerkingsverband helpt de school bij het samenstellen van het dossier. De CvT beslist binnen zes weken na ontvangst van een volledige aanvraag. Leerlingen van buiten de regio die nog niet op een school zijn ingeschreven, kunnen via de vso-school een aanvraag laten doen.

De CvT geeft een TLV af als:

- de ondersteuningsbehoefte van de leerling zo intensief en langdurig is dat de reguliere school, ook met extra ondersteuning of een bovenschoolse voorziening, niet kan bieden wat nodig is; en
- aannemelijk is dat de leerling in het vso wel tot ontwikkeling komt; en
- de school kan aantonen dat de ondersteuning in de eigen school en, waar passend, in het OPDC is ingezet en geëvalueerd, tenzij de situatie dat duidelijk onmogelijk maakt (bijvoorbeeld bij een leerling die uit het so komt).

Voor het besluit vraagt de CvT advies aan twee deskundigen: altijd een orthopedagoog of psycholoog en daarnaast, afhankelijk van de vraag, een kinder- en jeugdpsychiater, een jeugdarts, een maatschappelijk werker of een pedagoog. De deskundigen adviseren ieder afzonderlijk en schriftelijk.

De CvT bepaalt bij een TLV de bekostigingscategorie (laag, midden of hoog). Een TLV wordt in de regel afgegeven voor twee schooljaren; bij leerlingen met een blijvende beperking kan de TLV worden afgegeven tot het einde van de schoolloopbaan.

## 5.2 Looptijd en afloop van de TLV

Wij willen dat een plaatsing in het vso niet langer duurt dan nodig. Leerlingen die zich goed hebben ontwikkeld, moeten de kans krijgen terug te keren naar het regulier onderwijs, of door te stromen naar een reguliere opleiding in het mbo. Voorwaarde is dat de leerling en de ouders dat willen en dat het OPP laat zien dat de leerling met de ondersteuning van de reguliere school verder kan.

Dat gaat als volgt. De vso-school evalueert het OPP van iedere leerling ten minste eenmaal per jaar. In het laatste jaar van de TLV bespreekt de vso-school vóór 1 februari met de leerling, de ouders en de consulent van het samenwerkingsverband of terugplaatsing, overplaatsing of verlenging aan de orde is. Adviseert de vso-school terugplaatsing, dan zoekt de consulent samen met ouders een passende reguliere school en organiseert hij vóór 1 mei een overdrachtsgesprek tussen beide scholen. De ontvangende school beslist over de inschrijving; het samenwerkingsverband bewaakt dat de overstap vóór de zomervakantie rond is. Is verdere plaatsing in het vso nodig, dan vraagt de vso-school tijdig een nieuwe TLV aan bij de CvT.

Na terugplaatsing ontvangt de reguliere school een overstaparrangement: een ambulant begeleider van de vso-school begeleidt de leerling en de mentor gedurende het eerste schooljaar. Na drie en na zes maanden is er een evaluatie. Loopt de terugplaatsing vast, dan kan de leerling met voorrang terugkeren naar het vso zolang de oude TLV geldig is.

## 5.3 Leerwegondersteunend onderwijs (lwoo)

Ons samenwerkingsverband hanteert de landelijke criteria voor lwoo. De basisschool of de vo-school waar de leerling is aangemeld, vraagt de aanwijzing voor lwoo aan bij het samenwerkingsverband, met het onderwijskundig rapport en de gegevens over de leerachterstanden (op twee of meer domeinen tussen 25 en 50 procent) en het IQ. Een medewerker van het bureau toetst de aanvraag aan de landelijke criteria. De aanwijzing geldt voor de hele schoolloopbaan in het vmbo.

## 5.4 Praktijkonderwijs

Voor toelating tot het praktijkonderwijs is een TLV pro nodig. Het samenwerkingsverband hanteert de landelijke criteria (IQ tussen 55 en 80 en leerachterstanden van 50 procent of meer op twee of meer domeinen, waarvan ten minste één in begrijpend lezen of inzichtelijk rekenen). De school voor praktijkonderwijs dient de aanvraag in; de CvT beslist binnen vier weken.

# 6 Communicatie

## 6.1 Communicatie met scholen

We willen dat iedereen die met passend onderwijs te maken heeft, snel de juiste informatie kan vinden. Voor scholen verschijnt vier keer per jaar een nieuwsbrief. Ondersteuningscoördinatoren komen zes keer per jaar bijeen in het netwerk ondersteuning.

## 6.2 Ouders en leerlingen

Ouders en leerlingen informeren we op verschillende manieren:

- Op www.vokempendommel.nl staat voor ouders en leerlingen uitgelegd welke ondersteuning er is, welke voorzieningen er in de regio zijn en hoe je daar terechtkomt.
- De folder 'Passend onderwijs in de Kempen' wordt in groep 8 via de basisscholen aan alle ouders verstrekt.
- Iedere vo-school beschrijft in de schoolgids wat zij biedt aan ondersteuning en wie het aanspreekpunt is.
- In oktober organiseren we samen met de vo-scholen een voorlichtingsavond voor ouders van kinderen die extra ondersteuning nodig hebben.

Ouders en leerlingen die vragen hebben over de ondersteuning, kunnen terecht bij de mentor of de ondersteuningscoördinator van de school, of bij het bureau van het samenwerkingsverband.

Samen met de samenwerkingsverbanden PO onderzoeken we in 2026-2027 hoe een ouder- en jeugdsteunpunt in onze regio vorm kan krijgen. Het voorstel daarvoor volgt.

# 7 Financiën

## 7.1 Uitgangspunten

Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder de middelen voor lwoo en pro) en voor zware ondersteuning. Wij verdelen de middelen zo dat zij zo dicht mogelijk bij de leerling terechtkomen en de administratieve lasten beperkt blijven.

## 7.2 Verdeling

- De middelen voor lwoo en pro worden doorgegeven aan de besturen van de scholen met lwoo en pro, naar rato van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober.
- Iedere school ontvangt voor extra ondersteuning een bedrag van € 165 per leerling (teldatum 1 oktober van het voorgaande jaar), met een minimum van € 40.000 per vestiging.
- Het OPDC, de rebound en de ISK worden rechtstreeks door het samenwerkingsverband bekostigd; de besturen betalen geen bijdrage per geplaatste leerling.
- De afdracht aan het vso wordt door DUO ingehouden op basis van de TLV's en de peildatum 1 oktober; voor groei na 1 oktober geldt de groeiregeling met peildatum 1 februari.

Besturen verantwoorden jaarlijks in hun jaarverslag hoe zij de ondersteuningsmiddelen hebben ingezet.

## 7.3 Begroting

De meerjarenbegroting voor de planperiode wordt ieder jaar in december door het bestuur vastgesteld en na instemming van de ondersteuningsplanraad gepubliceerd op de website. De meerjarenbegroting 2027-2030 wordt na vaststelling aan dit plan toegevoegd.

# 8 Kwaliteit

Een nieuw kwaliteitskader voor het samenwerkingsverband is in ontwikkeling. Hierin komen de doelen voor deze planperiode en de manier waarop we die volgen. Het kader wordt in het schooljaar 2026-2027 samen met de besturen opgesteld en aan de ondersteuningsplanraad voorgelegd.

# 9 Organisatie en medezeggenschap

## 9.1 Bestuursmodel

Het samenwerkingsverband heeft een two-tier bestuursmodel. Het bestuur bestaat uit de bestuurders van de zeven schoolbesturen en houdt toezicht. De directeur is bestuurder in de zin van de statuten en is verantwoordelijk voor de dagelijkse leiding. Een auditcommissie adviseert het bestuur over financiële zaken.

## 9.2 Het bureau

Het bureau telt 9,8 fte, waaronder vijf consulenten, een secretaris van de CvT en een beleidsadviseur financiën. Het bureau is gevestigd in Veldhoven.

## 9.3 Ondersteuningsplanraad

De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen. Zij worden gekozen uit en door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en kan het bestuur gevraagd en ongevraagd adviseren. Om de stem van leerlingen beter te horen, start in 2026 een leerlingenpanel dat twee keer per jaar met de OPR spreekt.

# 10 Personeel en deskundigheid

Scholen hebben steeds meer moeite om goede ondersteuners te vinden. Het samenwerkingsverband organiseert daarom een regionale pool van gedragsspecialisten en orthopedagogen, die scholen tijdelijk kunnen inhuren. Daarnaast financieren we een opleiding voor mentoren, 'De mentor als spil', waaraan jaarlijks veertig mentoren deelnemen. Ook verkennen we met het mbo en de pabo hoe we studenten beter kunnen voorbereiden op het werken met leerlingen die extra ondersteuning nodig hebben.

De werkdruk in het onderwijs is hoog, en dat geldt zeker voor mentoren en ondersteuningscoördinatoren. In de gesprekken over dit plan gaven zij aan dat vooral het vele overleg en de registratie tijd kosten die zij liever aan leerlingen besteden. Het samenwerkingsverband heeft daarom in 2025 de formulieren voor aanvragen ingekort en werkt met één digitaal dossier per leerling dat met toestemming kan worden gedeeld. In deze planperiode onderzoeken we samen met de scholen welke overleggen kunnen worden samengevoegd. Ook bekijken we of onderwijsassistenten een grotere rol kunnen krijgen in de begeleiding van leerlingen, onder verantwoordelijkheid van een docent. Besturen blijven zelf verantwoordelijk voor hun personeelsbeleid; het samenwerkingsverband denkt mee en deelt goede voorbeelden.

# 11 Overgangen

## 11.1 Van po naar vo

Leerlingen met een ondersteuningsbehoefte worden door de basisschool vóór 1 maart besproken met de vo-school van voorkeur (warme overdracht). Voor leerlingen met een TLV so die overstappen naar het vso, zorgt het samenwerkingsverband VO dat de nieuwe TLV vóór 1 juni is afgegeven.

## 11.2 Van vo naar mbo en arbeid

Samen met het Summa College en het Koning Willem I College organiseren we een warme overdracht voor alle leerlingen met extra ondersteuning. Voor leerlingen uit het praktijkonderwijs en het vso die naar werk gaan, werken we samen met het Werkbedrijf en de gemeenten.

# 12 Bijzondere groepen en thema's

## 12.1 Meer- en hoogbegaafde leerlingen

Met de extra middelen voor hoogbegaafdheid die het samenwerkingsverband in 2023 ontving, zijn op drie scholen verrijkingsprogramma's gestart en is een netwerk van talentcoördinatoren opgericht. In deze planperiode bouwen we dat netwerk uit. Scholen delen hun programma's, zodat een leerling die op de eigen school onvoldoende uitdaging vindt, een deel van de week op een andere school kan volgen. De kosten hiervan dragen de scholen zelf; het samenwerkingsverband faciliteert de coördinatie.

## 12.2 Nieuwkomers

Leerlingen die korter dan twee jaar in Nederland zijn, volgen eerst onderwijs in de Internationale Schakelklas in Veldhoven. Daarna stromen zij door naar een reguliere school of naar het mbo. De ISK werkt nauw samen met de gemeenten en met het COA over de opvang van gezinnen. Het aantal nieuwkomers schommelt sterk; de ISK heeft daarom een flexibele formatie.

## 12.3 Onderwijstijd en maatwerk

Sommige leerlingen kunnen tijdelijk niet het volledige programma volgen. Scholen kunnen dan in overleg met de inspectie en de leerplichtambtenaar een aangepast programma bieden. Het samenwerkingsverband adviseert scholen hierover en bespreekt met de gemeenten welke ondersteuning nodig is om deze leerlingen weer volledig naar school te laten gaan.

## 12.4 Privacy

Bij de aanvraag van een TLV en bij de bespreking van leerlingen aan de Onderwijs Zorg Tafel worden persoonsgegevens gedeeld. Dat gebeurt alleen met toestemming van ouders (en leerling vanaf 16 jaar), tenzij de wet anders bepaalt. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming, die we delen met drie andere samenwerkingsverbanden. Gegevens over de gezondheid van een leerling bewaren we niet langer dan drie jaar na het besluit.

## 12.5 Leerlingenvervoer en huisvesting

Het leerlingenvervoer is een taak van de gemeenten. Omdat de vso-scholen en het praktijkonderwijs in de grotere kernen liggen, reizen veel leerlingen lang. In het OOGO hebben we afgesproken dat gemeenten en samenwerkingsverband samen kijken naar reistijden bij nieuwe voorzieningen. Over onderwijshuisvesting voeren de schoolbesturen zelf overleg met de gemeenten; het samenwerkingsverband schuift aan wanneer het om bovenschoolse voorzieningen gaat.

# 13 Planning 2026-2030

| Jaar | Wat |
| 2026-2027 | kwaliteitskader; verkenning ouder- en jeugdsteunpunt; start leerlingenpanel |
| 2027-2028 | evaluatie OPDC en rebound; herziening Kader Basisondersteuning |
| 2028-2029 | onderzoek naar vso-aanbod in de regio |
| 2029-2030 | nieuw ondersteuningsplan |

[[PB]]

# Bijlage 1 Afkortingen

| Afkorting | Betekenis |
| CvT | Commissie van Toelaatbaarheid |
| ISK | Internationale Schakelklas |
| lwoo | leerwegondersteunend onderwijs |
| OJSP | ouder- en jeugdsteunpunt |
| OOGO | op overeenstemming gericht overleg |
| OPDC | orthopedagogisch-didactisch centrum |
| OPP | ontwikkelingsperspectiefplan |
| OPR | ondersteuningsplanraad |
| pro | praktijkonderwijs |
| TLV | toelaatbaarheidsverklaring |
| vso | voortgezet speciaal onderwijs |

De bijlagen 2 (Kader Basisondersteuning) en 3 (Meerjarenbegroting) zijn als afzonderlijke documenten beschikbaar.
"""

# ---------------------------------------------------------------------------
# P3  PO, .md  -- plain-language web version of a plan 'op hoofdlijnen'
# ---------------------------------------------------------------------------
P3_NAME = "po-veluwezoom-oost"
P3 = r"""
!T Ondersteuningsplan 2026-2030 Passend Onderwijs Veluwezoom-Oost

!S Samenwerkingsverband PO 25-06 Veluwezoom-Oost - webversie, juni 2026

[[TOC]]

# Voorwoord

Beste lezer,

Dit is het ondersteuningsplan van Passend Onderwijs Veluwezoom-Oost voor de schooljaren 2026-2027 tot en met 2029-2030. We hebben ervoor gekozen om het plan in gewone taal te schrijven, zodat ook ouders en leraren het kunnen lezen zonder woordenboek. Moeilijke woorden leggen we uit in de woordenlijst achterin.

Het plan is op hoofdlijnen. Dat betekent dat we hier beschrijven wat we willen bereiken en welke afspraken er gelden. Hoe we dat elk jaar precies aanpakken, staat in ons jaarplan. Het jaarplan en de begroting stellen we elk jaar opnieuw vast.

We wensen u veel leesplezier.

Joost Brinkman, directeur-bestuurder

# Samenvatting

In dit plan staat hoe de scholen in Veluwezoom-Oost samen zorgen voor passend onderwijs. De belangrijkste punten:

- Elke basisschool biedt dezelfde basisondersteuning. In hoofdstuk 4 leest u wat dat is.
- Heeft een kind meer nodig, dan kan de school extra ondersteuning of een arrangement regelen. Soms is een plek in het sbo of so beter. Daarvoor is een toelaatbaarheidsverklaring nodig.
- Ouders kunnen met vragen terecht bij de school, bij ons Ouderinfopunt en bij een onafhankelijk steunpunt.
- Het grootste deel van het geld gaat naar de scholen zelf.
- Wij meten elk jaar of we onze doelen halen en vertellen daarover in het jaarverslag.

# Leeswijzer

In hoofdstuk 1 vertellen we wie we zijn. Hoofdstuk 2 kijkt terug op de afgelopen vier jaar. In hoofdstuk 3 staat onze koers. De hoofdstukken 4 tot en met 6 gaan over de ondersteuning zelf: wat elke school biedt, welke extra hulp er is en hoe een kind naar het speciaal (basis)onderwijs kan gaan. Hoofdstuk 7 gaat over communicatie, ook met ouders. Daarna volgen samenwerking, resultaten, geld en organisatie.

# 1 Wie zijn wij?

Passend Onderwijs Veluwezoom-Oost is het samenwerkingsverband voor het primair onderwijs in de gemeenten Rheden, Rozendaal en Doesburg en een deel van de gemeente Arnhem. Er werken acht schoolbesturen samen. Zij hebben samen 38 basisscholen, 2 scholen voor speciaal basisonderwijs (sbo) en 2 scholen voor speciaal onderwijs (so). In oktober 2025 zaten er 8.310 kinderen op onze basisscholen, 296 in het sbo en 158 in het so.

Het samenwerkingsverband is een vereniging. De leden zijn de schoolbesturen. Er is een klein bureau met een directeur-bestuurder, een orthopedagoog-coördinator, een secretariaat en een financieel medewerker.

# 2 Terugblik 2022-2026

In het vorige plan hadden we drie doelen. Hieronder staat wat daarvan terecht is gekomen.

| Doel 2022-2026 | Wat we bereikt hebben (juli 2026) |
| Alle scholen hebben een ondersteuningsteam met een vaste orthopedagoog | bereikt: 38 van de 38 scholen |
| Het deelnamepercentage sbo en so samen daalt van 5,9% naar 5,0% | deels bereikt: 5,4% op 1 oktober 2025 |
| Ten minste 80% van de scholen is tevreden over de snelheid van het loket | bereikt: 86% tevreden in de peiling van 2025 |

We zien dat het werken met vaste orthopedagogen op school goed bevalt. Leraren krijgen sneller advies en minder kinderen worden doorverwezen. De daling van het deelnamepercentage ging minder snel dan we hoopten. Dat komt vooral doordat er meer jonge kinderen met ernstige gedragsproblemen zijn aangemeld. Van de leerlingen die in 2025 het sbo verlieten, ging 81 procent naar het vmbo en 19 procent naar het praktijkonderwijs of het vso; deze uitstroom past bij wat we verwachten.

# 3 Onze koers

Wij vinden dat ieder kind recht heeft op goed onderwijs, zo dicht mogelijk bij huis. Daarom investeren we vooral in de gewone basisschool. Leraren moeten kinderen met een extra vraag kunnen helpen. Daar hebben zij tijd, kennis en soms extra handen voor nodig.

Onze koers voor 2026-2030 heet 'Sterk in de klas'. Dat betekent:

- We zorgen dat elke school dezelfde stevige basisondersteuning biedt.
- We brengen de hulp naar het kind, in plaats van het kind naar de hulp.
- We werken samen met jeugdhulp, zodat een kind één plan heeft.
- We houden de regels eenvoudig en de papierwinkel klein.

# 4 Wat mag u van elke school verwachten?

## 4.1 Basisondersteuning

Alle basisscholen in ons samenwerkingsverband hebben afgesproken wat zij ten minste bieden. Dat noemen we de basisondersteuning. Het is hetzelfde op elke school en op elke locatie. Voor basisondersteuning hoeft niemand iets aan te vragen: het hoort gewoon bij de school.

Op elke school kunt u rekenen op:

- een intern begeleider (IB'er) die de ondersteuning in de school regelt en het aanspreekpunt is voor ouders;
- een vaste orthopedagoog van het samenwerkingsverband, die de school adviseert en met ouders kan meedenken;
- een ondersteuningsteam waarin ouders, school, orthopedagoog en zo nodig de jeugdverpleegkundige of iemand van het sociaal team samen overleggen;
- begeleiding bij dyslexie en dyscalculie volgens de landelijke protocollen;
- een aanpak voor pesten en sociale veiligheid en lessen in sociale vaardigheden;
- extra uitdaging voor kinderen die meer aankunnen, in de eigen klas;
- extra hulp bij taal voor kinderen die thuis een andere taal spreken;
- hulp bij eenvoudige medische handelingen, zoals het geven van medicijnen, volgens een protocol;
- een ontwikkelingsperspectief (OPP) als een kind een eigen leerroute nodig heeft.

## 4.2 Hoe weten we dat scholen dit doen?

Elke school schrijft in de schoolgids hoe zij de basisondersteuning uitvoert. De orthopedagoog van het samenwerkingsverband bespreekt dit elk jaar met de directeur en de IB'er. Als een school iets nog niet goed op orde heeft, maakt zij een plan van aanpak. Het bestuur van die school is daarvoor verantwoordelijk.

# 5 Extra ondersteuning

## 5.1 Van licht naar zwaar

Sommige kinderen hebben meer nodig dan de basisondersteuning. Dan kan de school extra ondersteuning regelen. Die is er in verschillende vormen:

- Extra ondersteuning op de eigen school. De school gebruikt hiervoor haar schoolbudget, bijvoorbeeld voor een onderwijsassistent of een gedragsspecialist.
- Een arrangement van het samenwerkingsverband. Dat is een pakket met extra hulp voor één kind of een kleine groep, bijvoorbeeld begeleiding door een ambulant begeleider van het so.
- Een plek in een bovenschoolse groep: de Kanjerklas voor jonge kinderen met gedragsproblemen in Velp, of de plusgroep Denkwijs voor hoogbegaafde kinderen in Dieren (één dag per week).
- Een plaats op een school voor speciaal basisonderwijs: De Lindenhof in Velp of De Zonnewijzer in Dieren.
- Een plaats op een school voor speciaal onderwijs: Het Veluwezoomcollege (cluster 4) of De Bongerd (cluster 3).
- Onderwijs-zorgarrangementen: onderwijs en jeugdhulp samen, bijvoorbeeld een deel van de week school en een deel van de week behandeling.

## 5.2 Hoe vraagt de school een arrangement aan?

De school bespreekt het kind eerst in het ondersteuningsteam, samen met de ouders. Als het team vindt dat er een arrangement nodig is, vult de IB'er het aanvraagformulier in bij het Loket. Het Loket beslist binnen vier weken. Een arrangement duurt meestal een half jaar of een jaar. Daarna kijkt de school met ouders en orthopedagoog of het gewerkt heeft.

## 5.3 Witte vlekken en thuiszitters

Een analyse van de witte vlekken in ons aanbod en een aanpak voor kinderen die thuiszitten, werken we uit in het jaarplan 2027. Dat doen we nadat we er in het najaar van 2026 met de gemeenten over hebben gesproken.

# 6 Naar het speciaal (basis)onderwijs

## 6.1 Wat is een toelaatbaarheidsverklaring?

Een kind kan alleen naar het sbo of het so als het samenwerkingsverband daarvoor een toelaatbaarheidsverklaring (TLV) geeft. Zonder TLV mag de sbo- of so-school het kind niet inschrijven.

## 6.2 Hoe gaat de aanvraag?

1. De basisschool bespreekt het kind in het ondersteuningsteam, samen met de ouders.
2. Het schoolbestuur vraagt de TLV aan bij het Loket. Bij de aanvraag zitten het OPP, een verslag van het ondersteuningsteam en de mening van de ouders.
3. Twee deskundigen geven ieder een eigen advies. Eén van hen is altijd een orthopedagoog of psycholoog. De ander is bijvoorbeeld een jeugdarts of maatschappelijk werker. Zij zijn niet zelf bij het kind betrokken geweest.
4. De TLV-commissie van het samenwerkingsverband neemt binnen zes weken een besluit.
5. Ouders en school krijgen een brief met het besluit en een kopie van de adviezen.

Een TLV voor het sbo geldt tot het einde van de basisschool. Een TLV voor het so geldt voor twee schooljaren, in categorie laag, midden of hoog.

## 6.3 Waar let de commissie op?

Op welke gronden de commissie een TLV afgeeft, staat in de notitie 'Afwegingskader toelaatbaarheid'. Die notitie is te vinden op onze website onder 'Documenten'.

## 6.4 Niet eens met het besluit?

Bent u het niet eens met het besluit? Dan kunt u binnen zes weken bezwaar maken bij het samenwerkingsverband. Wij vragen dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. In de brief met het besluit staat hoe u dat doet.

# 7 Communicatie

## 7.1 Met scholen

Scholen krijgen elke maand de nieuwsbrief 'Passend Nieuws'. De directeuren en IB'ers komen vier keer per jaar bij elkaar in een netwerk. Daar delen we ervaringen en nieuwe afspraken.

## 7.2 Met ouders

Ouders moeten weten wat er mogelijk is voor hun kind. Daarom:

- staat op onze website een aparte ouderpagina met uitleg over de basisondersteuning, de arrangementen, het sbo en het so, en de aanvraag van een TLV;
- hebben we een ouderfolder die elke school meegeeft bij de aanmelding;
- staat in de schoolgids van elke school welke ondersteuning de school biedt;
- houden we twee keer per jaar een ouderavond, samen met de scholen;
- kunnen ouders met vragen bellen of mailen met het Ouderinfopunt van het samenwerkingsverband. Daar werkt een medewerker die zelf ouder is van een kind in het so.

## 7.3 Hulp van buiten

Soms loopt het gesprek tussen ouders en school vast. Dan kunnen ouders gratis hulp vragen bij het Ouder- en Jeugdsteunpunt Veluwe. Dat steunpunt is onafhankelijk: het hoort niet bij de school en niet bij het samenwerkingsverband. Ook kunnen ouders terecht bij de Onderwijsconsulenten, die helpen als een kind geen passende plek heeft of als er een conflict is. Voor een geschil over toelating of verwijdering kunnen ouders naar de Geschillencommissie passend onderwijs.

# 8 Samenwerking met gemeenten en jeugdhulp

Kinderen en gezinnen krijgen soms hulp van school en van de gemeente tegelijk. Dan is het belangrijk dat die hulp goed op elkaar aansluit. Daarom hebben we met de gemeenten afgesproken:

- elke school heeft een vaste contactpersoon van het sociaal team;
- jeugdhulp kan in de school worden gegeven, onder schooltijd, als dat beter is voor het kind;
- voor onderwijs-zorgarrangementen betalen gemeente en samenwerkingsverband elk een deel.

Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 19 februari 2026.

# 9 Resultaten: wat willen we bereiken?

## 9.1 Onze doelen voor 2030

| Doel | Hoe meten we het? | Streefwaarde 2030 |
| Elke school voldoet aan de basisondersteuning | jaarlijks gesprek orthopedagoog met school | 100% van de scholen |
| Minder kinderen naar sbo en so | deelnamepercentage op 1 oktober (DUO) | 4,8% |
| Ouders zijn tevreden over de hulp voor hun kind | ouderpeiling, eens per twee jaar | gemiddeld 7,5 |
| Leraren voelen zich gesteund | lerarenpeiling, eens per twee jaar | 80% tevreden |
| Arrangementen werken | evaluatie van elk arrangement | 75% van de doelen behaald |

## 9.2 Zo houden we het bij

We verzamelen de gegevens elk jaar in het voorjaar. De directeur-bestuurder bespreekt ze in mei met de besturen en met de ondersteuningsplanraad. In het jaarverslag, dat vóór 1 juli op de website staat, laten we zien welke resultaten we hebben bereikt en hoeveel geld we daaraan hebben besteed. Als een doel uit beeld raakt, passen we in het jaarplan onze aanpak aan.

# 10 Geld en middelen

## 10.1 Waar komt het geld vandaan?

Het samenwerkingsverband krijgt geld van de overheid voor extra ondersteuning. Voor 2026 is dat ongeveer 7,9 miljoen euro. Een deel daarvan gaat direct naar het so en het sbo, omdat zij voor elk kind met een TLV geld krijgen. Dat wordt door DUO ingehouden.

## 10.2 Hoe verdelen we het geld?

Wij geven het grootste deel van het geld aan de scholen, zodat zij zelf hulp kunnen organiseren. De verdeling is als volgt:

- Elke school krijgt een schoolbudget van € 150 per leerling. Het aantal leerlingen op 1 oktober van het jaar ervoor telt.
- Voor arrangementen houdt het samenwerkingsverband een pot aan. Het Loket beslist over de aanvragen aan de hand van de Regeling arrangementen.
- De orthopedagogen, de bovenschoolse groepen en het bureau worden centraal betaald.

Scholen laten elk jaar in maart zien waaraan zij het schoolbudget hebben uitgegeven.

## 10.3 Begroting 2026-2029

| Bedragen in euro's | 2026 | 2027 | 2028 | 2029 |
| Inkomsten (na inhouding DUO) | 4.120.000 | 4.060.000 | 4.010.000 | 3.980.000 |
| Schoolbudgetten | 1.250.000 | 1.230.000 | 1.215.000 | 1.200.000 |
| Arrangementen | 980.000 | 960.000 | 940.000 | 930.000 |
| Orthopedagogen op school | 840.000 | 850.000 | 860.000 | 870.000 |
| Bovenschoolse groepen | 610.000 | 620.000 | 630.000 | 640.000 |
| Bureau en Ouderinfopunt | 420.000 | 425.000 | 430.000 | 435.000 |
| Saldo | 20.000 | -25.000 | -65.000 | -95.000 |

De reserve van het samenwerkingsverband was eind 2025 € 1,1 miljoen. De tekorten in 2027-2029 betalen we uit die reserve. Daarna houden we een buffer van ongeveer € 900.000 over.

# 11 Organisatie

## 11.1 Bestuur

De algemene ledenvergadering (ALV) bestaat uit de acht schoolbesturen. De ALV stelt onder meer het ondersteuningsplan, de begroting en het jaarverslag vast. Het dagelijks bestuur ligt bij de directeur-bestuurder. Een toezichthoudend bestuur van drie personen houdt toezicht. De leden van het toezichthoudend bestuur worden benoemd door de ALV en zijn niet werkzaam bij een van de schoolbesturen. Zij vergaderen vijf keer per jaar en spreken één keer per jaar met de ondersteuningsplanraad. De directeur-bestuurder heeft een managementstatuut waarin staat welke besluiten zij zelf mag nemen en welke besluiten naar de ALV gaan. Zo kan het bureau snel handelen, terwijl de besturen over de grote lijnen blijven beslissen. Elk jaar bespreken de ALV en het toezichthoudend bestuur samen hoe de samenwerking verloopt en of er iets moet veranderen in de manier van werken.

## 11.2 Ondersteuningsplanraad

In de ondersteuningsplanraad (OPR) zitten vier ouders en vier leraren van de scholen. De OPR moet instemmen met het ondersteuningsplan. Dat heeft de OPR op 26 maart 2026 gedaan. De OPR praat ook mee over het jaarplan en de begroting.

## 11.3 Privacy

Bij aanvragen voor een arrangement of TLV delen wij alleen gegevens die echt nodig zijn. Ouders geven daarvoor toestemming, behalve als de wet zegt dat het zonder toestemming mag. We bewaren gegevens niet langer dan nodig.

# 12 Overige onderwerpen

## 12.1 Van voorschool naar basisschool

Steeds meer kinderen die extra ondersteuning nodig hebben, worden al op de peuterspeelzaal of het kinderdagverblijf opgemerkt. Wij willen dat de basisschool die informatie op tijd krijgt. Daarom is er een overdrachtsformulier dat de voorschool, met toestemming van ouders, aan de basisschool geeft. In Rheden en Doesburg is er bovendien een warme overdracht: de pedagogisch medewerker en de leerkracht van groep 1 praten samen over het kind. De gemeenten betalen de voorschoolse educatie; het samenwerkingsverband helpt bij de afspraken.

## 12.2 Van basisschool naar voortgezet onderwijs

Voor kinderen die extra ondersteuning nodig hebben, is de overstap naar het voortgezet onderwijs een spannend moment. De basisscholen en de scholen van het samenwerkingsverband VO Arnhem en omgeving hebben afgesproken dat de basisschool deze kinderen vóór 1 maart bespreekt met de nieuwe school. Ouders zijn daarbij welkom.

## 12.3 Kinderen die meer aankunnen

Ook kinderen die veel meer aankunnen dan hun klasgenoten, hebben soms extra ondersteuning nodig. Zij vervelen zich, raken gedemotiveerd of laten thuis ander gedrag zien dan op school. Elke school biedt verrijking in de klas. Voor kinderen die meer nodig hebben, is er de plusgroep Denkwijs in Dieren. Kinderen gaan daar één dag per week naartoe en werken de rest van de week op hun eigen school aan hun eigen plan. In 2027 onderzoeken we of er ook in Velp een plusgroep kan komen. Daarvoor gebruiken we een deel van de landelijke subsidie voor hoogbegaafdheid die het samenwerkingsverband in 2024 kreeg.

## 12.4 De stem van kinderen

We vinden het belangrijk dat kinderen zelf meepraten over hun onderwijs. Vanaf groep 6 praten kinderen mee over hun eigen OPP. Elk jaar vragen we in een korte enquête aan kinderen in de bovenbouw van het sbo en het so hoe zij hun school ervaren. De uitkomsten bespreken we met de directeuren. In 2026 houden we voor het eerst een kinderpanel met kinderen uit groep 7 en 8 van drie scholen.

## 12.5 Leraren en ondersteuners

Goede leraren zijn het belangrijkste voor passend onderwijs. Het samenwerkingsverband organiseert elk jaar een studiedag voor alle IB'ers en een cursusaanbod voor leraren over gedrag, taal en hoogbegaafdheid. Scholen kunnen ook een training op maat aanvragen bij de orthopedagoog. Omdat er in de regio weinig invalleraren zijn, kijken we samen met de besturen naar slimme oplossingen, zoals het delen van onderwijsassistenten tussen scholen. Nieuwe leraren krijgen in hun eerste jaar een introductie over passend onderwijs in onze regio.

## 12.6 Digitale zaken

Aanvragen voor arrangementen en TLV's gaan via een beveiligde digitale omgeving. Scholen hebben daar een eigen account. In 2027 vervangen we het huidige systeem door een eenvoudiger programma dat ook door de samenwerkingsverbanden in de buurt wordt gebruikt. Scholen krijgen daarvoor een korte training.

## 12.7 Jaarplanning

| Wanneer | Wat |
| september | startbijeenkomst IB'ers en directeuren |
| november | ouderavond (1) |
| maart | verantwoording schoolbudgetten door scholen |
| mei | resultaten bespreken met besturen en OPR |
| juni | ouderavond (2); jaarverslag |
| juli | jaarplan en begroting volgend jaar vastgesteld |

# 13 Hoe is dit plan gemaakt?

Aan dit plan hebben veel mensen meegewerkt. In het voorjaar van 2025 hielden we vier werksessies met directeuren, IB'ers en leraren. Daar bespraken we wat goed ging in de afgelopen jaren en wat beter moest. In het najaar van 2025 spraken we met ouders tijdens twee ouderavonden en met een groep kinderen van het sbo. Een schrijfgroep met twee directeuren, een IB'er, een orthopedagoog en een lid van de ondersteuningsplanraad maakte daarna het concept. Het concept is besproken met de besturen, met de gemeenten en met het samenwerkingsverband voor het voortgezet onderwijs in onze regio. De ondersteuningsplanraad heeft in drie vergaderingen vragen gesteld en voorstellen gedaan. Een deel daarvan hebben we overgenomen, bijvoorbeeld de afspraak dat ouders altijd een kopie krijgen van de adviezen van de deskundigen.

# 14 Tot slot

Dit plan geldt tot en met 31 juli 2030. Elk jaar maken we een jaarplan met de concrete stappen voor dat jaar. Heeft u vragen of opmerkingen over dit plan? Mail dan naar info@pove-oost.nl.

# Woordenlijst

- Arrangement: een afgesproken pakket met extra hulp voor een kind.
- Basisondersteuning: de hulp die elke school in het samenwerkingsverband biedt.
- Dekkend aanbod: voor elk kind is er een passende plek.
- IB'er: intern begeleider.
- OJSP: Ouder- en Jeugdsteunpunt.
- OPP: ontwikkelingsperspectief, een plan voor een kind met een eigen leerroute.
- Sbo: speciaal basisonderwijs.
- So: speciaal onderwijs.
- Terugplaatsing: een kind gaat van het sbo of so terug naar een gewone basisschool.
- Thuiszitter: een kind dat niet naar school gaat en geen onderwijs krijgt.
- TLV: toelaatbaarheidsverklaring.
- Zorgplicht: de plicht van een school om voor een aangemeld kind een passende plek te zoeken.
"""

# ---------------------------------------------------------------------------
# P4  VO, .html  -- web version of a VO plan that delegates a lot to a handbook
# ---------------------------------------------------------------------------
P4_NAME = "vo-kust-en-polder"
P4 = r"""
!T Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Kust & Polder

!S Samenwerkingsverband voortgezet onderwijs VO 27-02 - Den Helder, Schagen, Hollands Kroon en Texel

!S Webversie van het plan zoals vastgesteld door het algemeen bestuur op 16 april 2026

[[TOC]]

# Voorwoord

Passend onderwijs is in de Kop van Noord-Holland geen abstract begrip. Het gaat over de leerling uit Den Oever die elke dag een uur reist naar zijn school, over de leerling op Texel die na een lange periode thuis weer een paar uur per dag naar school gaat, en over de mentor in Schagen die met een klas van 28 leerlingen toch tijd vindt voor dat ene gesprek. Dit plan gaat over hen.

De afgelopen jaren hebben we veel geleerd. We weten beter wat werkt en wat niet. We hebben gemerkt dat afspraken op papier weinig betekenen als de mensen die ze moeten uitvoeren niet zijn betrokken. Daarom hebben we dit plan samen met de scholen geschreven en hebben we bewust gekozen voor een compact plan, met uitwerkingen die we makkelijker kunnen aanpassen.

Ik dank de schoolleiders, ondersteuningscoördinatoren, consulenten, de leden van de ondersteuningsplanraad en onze partners bij de gemeenten voor hun inzet. Samen zorgen we ervoor dat leerlingen, hun ouders en de scholen in de Kop op ons kunnen rekenen.

Ingrid Zeeman, directeur

# Inleiding

## Waarom dit plan?

Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan op. Dit plan beschrijft hoe de scholen voor voortgezet onderwijs in de Kop van Noord-Holland samen zorgen voor passend onderwijs voor alle leerlingen, ook voor leerlingen die extra ondersteuning nodig hebben. Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030.

## Leeswijzer

Het plan bestaat uit een algemeen deel (hoofdstuk 1 tot en met 3) en een uitvoeringsdeel (hoofdstuk 4 tot en met 13). Een aantal onderwerpen is uitgewerkt in afzonderlijke documenten die het bestuur vaststelt en die op onze website te vinden zijn, zoals het Handboek Toewijzing en de Voorzieningenwijzer. Zo kunnen we die documenten actueel houden zonder het hele plan te wijzigen.


## Relatie met andere documenten

Dit plan hoort bij een aantal afzonderlijke documenten, die het algemeen bestuur vaststelt en die op de website staan:

- het Handboek Toewijzing 2026, met de werkwijze van het samenwerkingsverband bij aanvragen;
- de Voorzieningenwijzer, een online overzicht van de ondersteuning in de regio;
- de Regeling arrangementen;
- het jaarplan en de jaarbegroting, die ieder jaar in december worden vastgesteld;
- het jaarverslag, dat vóór 1 juli verschijnt.

Wijzigingen in deze documenten die de inhoud van het ondersteuningsplan raken, worden voorgelegd aan de ondersteuningsplanraad. Kleine, technische aanpassingen, zoals een nieuw adres of een gewijzigd formulier, worden alleen gemeld.

## Totstandkoming

Het concept van dit plan is in januari 2026 besproken met schoolleiders en ondersteuningscoördinatoren. Het op overeenstemming gericht overleg met de vier gemeenten vond plaats op 4 maart 2026. Het overleg met het samenwerkingsverband PO Kop van Noord-Holland was op 11 februari 2026. De ondersteuningsplanraad heeft op 8 april 2026 ingestemd met het plan.

# 1 Het samenwerkingsverband in vogelvlucht

Het samenwerkingsverband Kust & Polder is een vereniging van zes schoolbesturen. In de regio staan 11 scholen voor voortgezet onderwijs met in totaal 15 vestigingen, waaronder twee scholen voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs met twee locaties. Texel heeft één brede scholengemeenschap.

| Kengetallen 1 oktober 2025 | Aantal |
| Leerlingen regulier vo | 8.420 |
| Leerlingen praktijkonderwijs | 365 |
| Leerlingen vso | 214 |
| Aantal vestigingen | 15 |
| Aantal gemeenten | 4 |

De regio krimpt. Tot 2030 neemt het aantal leerlingen naar verwachting met ruim 9 procent af. Dat zet de spreiding van het onderwijsaanbod onder druk, vooral op Texel en in Hollands Kroon. Scholen werken daarom steeds vaker samen, bijvoorbeeld in gezamenlijke profielen in de bovenbouw van het vmbo. Ook de afstand speelt een rol. Leerlingen uit de kleine kernen in Hollands Kroon reizen soms meer dan een uur per dag naar school, en voor leerlingen op Texel is de boot een vast onderdeel van de dag. Bij elke keuze voor een nieuwe voorziening of een andere spreiding van het aanbod houden we daarom rekening met reistijd en bereikbaarheid. De vier gemeenten verschillen onderling sterk, van de havenstad Den Helder tot het agrarische Hollands Kroon. Dat zie je terug in de vragen die scholen krijgen: in Den Helder meer leerlingen uit gezinnen met schulden of een militaire achtergrond, op het platteland meer leerlingen die na het vmbo direct willen gaan werken.

# 2 Visie en kernwaarden

Wij willen dat iedere jongere in de Kop van Noord-Holland onderwijs volgt dat past bij zijn mogelijkheden en dat hem voorbereidt op een zelfstandig leven. Daarbij horen vier kernwaarden:

- Nabij: ondersteuning zo dicht mogelijk bij de leerling en bij de eigen school.
- Samen: scholen, gemeenten en zorgpartners trekken samen op.
- Eenvoudig: heldere afspraken, korte lijnen, weinig bureaucratie.
- Verantwoord: we kunnen laten zien wat we doen en wat het oplevert.

Deze kernwaarden vragen iets van iedereen. Van scholen vragen we dat zij eerst kijken wat zij zelf kunnen doen, en dat zij elkaar helpen wanneer een leerling op de eigen school niet verder kan. Van het bureau vragen we dat het dienstverlenend is en snel reageert. Van het bestuur vragen we dat het keuzes maakt in het belang van de hele regio, ook wanneer dat voor een afzonderlijke school minder gunstig uitpakt. De kernwaarden zijn in januari 2026 besproken met alle schoolleiders en worden gebruikt bij de jaarlijkse bespreking van het jaarplan.

# 3 Terugblik op de vorige planperiode

In de periode 2022-2026 hebben we ingezet op drie thema's: versterking van de ondersteuning in de school, een betere aanpak van thuiszitten en een betere samenwerking met de jeugdhulp. Op alle drie de thema's zijn stappen gezet. Iedere school heeft nu een ondersteuningscoördinator met voldoende uren en een ondersteuningsteam dat wekelijks bijeenkomt. De gezamenlijke thuiszitterslijst met de leerplichtafdelingen is in 2023 ingevoerd. Met de gemeenten is de inzet van jeugdhulpverleners op school structureel geregeld.

Niet alles is gelukt. De samenwerking tussen de scholen op Texel en de scholen op het vasteland bleek lastiger dan gedacht, onder meer door de reisafstand. Ook is de administratieve last voor scholen bij aanvragen nog te groot. In de evaluatie met de schoolleiders in november 2025 is afgesproken dat het aanvraagformulier wordt vereenvoudigd en dat consulenten vaker op school aanwezig zijn in plaats van op het bureau.

De evaluatie heeft ook geleid tot de keuze om dit plan compacter te maken en uitwerkingen in afzonderlijke documenten op te nemen.

# 4 Basisondersteuning

## 4.1 Het afgesproken niveau

Alle scholen van het samenwerkingsverband bieden op elke vestiging hetzelfde niveau van basisondersteuning. Dit niveau is door de besturen in 2024 vastgesteld en geldt als minimum voor alle scholen, van praktijkonderwijs tot gymnasium. Het is de ondersteuning die een leerling mag verwachten zonder dat daarvoor een arrangement of toewijzing nodig is.

## 4.2 Wat houdt de basisondersteuning in?

Iedere school in ons samenwerkingsverband biedt ten minste:

- een mentor voor iedere leerling, met ten minste één individueel gesprek per periode;
- een ondersteuningscoördinator en een ondersteuningsteam dat wekelijks bijeenkomt;
- begeleiding bij dyslexie en dyscalculie, inclusief faciliteiten bij toetsen en examens (extra tijd, voorleessoftware, vergrote opgaven);
- trainingen in sociale vaardigheden en faalangstreductie;
- begeleiding bij plannen en organiseren (executieve functies), zoals huiswerkbegeleiding in de school;
- een time-out- of opvangplek in de school waar een leerling tijdelijk tot rust kan komen, met begeleiding;
- een aanpak voor pesten en een anti-pestcoördinator;
- een verzuimcoördinator die verzuim vroeg signaleert en samenwerkt met de leerplichtambtenaar;
- een aanspreekpunt voor meer- en hoogbegaafde leerlingen;
- een schoolmaatschappelijk werker of een vaste contactpersoon van het lokale team.

## 4.3 Toezicht op de basisondersteuning

Jaarlijks voert het samenwerkingsverband met iedere school een gesprek over de basisondersteuning. De school laat daarbij aan de hand van de checklist basisondersteuning zien hoe zij de afspraken uitvoert. Blijkt een onderdeel onvoldoende, dan maakt de school een verbeterplan. Het bestuur van het samenwerkingsverband bespreekt jaarlijks het totaalbeeld.

# 5 Toewijzing en toelaatbaarheid

De procedures en criteria voor toelaatbaarheid tot het voortgezet speciaal onderwijs en het praktijkonderwijs, en voor de aanwijzing voor leerwegondersteunend onderwijs, zijn vastgelegd in het Handboek Toewijzing 2026. Het algemeen bestuur stelt het handboek afzonderlijk vast, na advies van de ondersteuningscoördinatoren. Het handboek is te vinden op onze website onder 'Voor scholen'.

# 6 Terugplaatsing en overplaatsing

## 6.1 Werkwijze

De school voor vso evalueert het ontwikkelingsperspectief van iedere leerling jaarlijks. In het laatste jaar van de TLV bespreekt de vso-school vóór 1 maart met de leerling en de consulent van het samenwerkingsverband of de leerling kan terugkeren naar het regulier voortgezet onderwijs, kan overstappen naar een andere school, of in het vso blijft. Adviseert de commissie van begeleiding van de vso-school terugplaatsing, dan legt zij dat advies met het OPP voor aan het samenwerkingsverband. De consulent neemt binnen twee weken contact op met de beoogde reguliere school en plant een overdrachtsgesprek. Het samenwerkingsverband besluit vóór 1 mei of de terugplaatsing doorgaat. De TLV eindigt op 31 juli van het laatste jaar. Is voortzetting van het vso nodig, dan geldt de werkwijze uit het Handboek Toewijzing.

## 6.2 Beleid

Het beleid rond terugplaatsing - de doelen, de voorwaarden en de begeleiding na de terugkeer - herijken we in 2026-2027 samen met de vso-school en de reguliere scholen. Het herijkte beleid wordt in het Handboek Toewijzing opgenomen.

# 7 Een passende plek voor iedere leerling

## 7.1 Voorzieningen

Een actueel overzicht van de ondersteuning die scholen en bovenschoolse voorzieningen bieden, en van de route daarnaartoe, staat in de Voorzieningenwijzer op onze website. De Voorzieningenwijzer wordt los van dit plan bijgehouden.

## 7.2 Zorgplicht

Bij aanmelding van een leerling met een ondersteuningsbehoefte onderzoekt de school binnen zes weken (eenmaal verlengbaar met vier weken) of zij de leerling een passende plek kan bieden. Kan dat niet, dan zoekt de school actief een andere school die dat wel kan en die bereid is de leerling toe te laten. Scholen melden het bij het samenwerkingsverband als dit niet binnen de termijn lukt; de consulent helpt dan bij het zoeken.

## 7.3 Thuiszitters en verzuim

Samen met de vier leerplichtafdelingen houden we een gezamenlijke lijst bij van jongeren die thuiszitten of die langdurig relatief verzuimen. Iedere jongere op de lijst heeft binnen twee weken een vaste casusregisseur van het samenwerkingsverband of van de gemeente. Elke zes weken bespreken de regisseurs alle jongeren in het thuiszittersoverleg. Lukt het niet om binnen drie maanden een passend aanbod te vinden, dan besluit de directeur na overleg met de betrokken besturen welk bestuur het aanbod organiseert.

## 7.4 Witte vlekken

Elk jaar in januari analyseren we met de besturen en de gemeenten voor welke groepen jongeren in de regio geen passend aanbod bestaat. We gebruiken daarvoor de thuiszitterslijst, de meldingen van de consulenten en de wachtlijsten van de vso-school. De uitkomst leidt tot concrete afspraken in het jaarplan. Zo is in 2025 een kleinschalige plek voor jongeren met angstklachten gestart op de havo/vwo-locatie in Den Helder.

# 8 Samenwerking met gemeenten en jeugdhulp

De vier gemeenten en het samenwerkingsverband hebben in het OOGO afgesproken dat iedere school een vaste jeugdhulpverlener van het lokale team heeft en dat jeugdhulp waar mogelijk op school wordt gegeven. Voor jongeren die onderwijs en zorg tegelijk nodig hebben, is er het Zorg- en Onderwijsoverleg, waarin het samenwerkingsverband en de gemeenten afspraken maken over financiering. Ook werken we samen aan de aansluiting op het mbo en de arbeidsmarkt, met Clusius College en ROC Kop van Noord-Holland.

Met de gemeenten bespreken we daarnaast het leerlingenvervoer van vso-leerlingen op Texel, die dagelijks met de boot reizen, en de huisvesting van de nieuwe locatie voor praktijkonderwijs in Schagen.

# 9 Overgangen

## 9.1 Van po naar vo

De basisscholen en de vo-scholen in de Kop hebben een gezamenlijk overstapprotocol. Basisscholen dragen leerlingen met een ondersteuningsbehoefte vóór 1 maart warm over aan de vo-school waar zij worden aangemeld. Voor leerlingen die mogelijk lwoo of praktijkonderwijs nodig hebben, worden de gegevens uiterlijk 1 februari verzameld. De afspraken zijn gemaakt in het overleg met het samenwerkingsverband PO.

## 9.2 Van vo naar mbo en werk

Leerlingen die de overstap naar het mbo maken, krijgen een warme overdracht als zij op het vo extra ondersteuning kregen. Het mbo is in de regio vertegenwoordigd in het netwerk ondersteuningscoördinatoren. Voor leerlingen uit het praktijkonderwijs en het vso die gaan werken, is er een jobcoach via de gemeenten en het werkgeversservicepunt. We zien dat een deel van deze jongeren in het eerste jaar uitvalt; met de gemeenten zoeken we naar manieren om de nazorg te versterken.

## 9.3 ICT en dossiers

Aanvragen bij het samenwerkingsverband lopen via een digitaal aanvraagportaal. In 2026 sluiten alle scholen aan op hetzelfde portaal, zodat dossiers bij een overstap tussen scholen eenvoudiger kunnen worden overgedragen. De consulenten werken met een beveiligde digitale omgeving voor de thuiszitterslijst, die alleen toegankelijk is voor betrokken medewerkers van het samenwerkingsverband en de leerplichtafdelingen.

# 10 Resultaten

## 10.1 Monitoring

Het samenwerkingsverband volgt de ontwikkeling van passend onderwijs in de regio met een dashboard. Daarin staan onder meer het aantal afgegeven TLV's en aanwijzingen, de deelnamepercentages vso en praktijkonderwijs (peildatum 1 oktober, vergeleken met het landelijk gemiddelde), het aantal thuiszitters en vrijstellingen, de doorlooptijd van aanvragen en het aantal terugplaatsingen. Elk kwartaal rapporteert de directeur de stand aan het bestuur. Eens in de twee jaar houden we een tevredenheidsonderzoek onder scholen. In het jaarverslag, dat vóór 1 juli verschijnt, verantwoorden we welke resultaten zijn bereikt en welke middelen daarvoor zijn ingezet; het jaarverslag wordt in juni besproken met de ondersteuningsplanraad.

## 10.2 Doelen

De beoogde resultaten voor deze planperiode stellen we vast nadat in het voorjaar van 2027 de nulmeting met het nieuwe dashboard is afgerond. Het bestuur legt ze dan voor aan de ondersteuningsplanraad.

# 11 Financiën

## 11.1 Baten

Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Na de inhouding van de bekostiging van het vso door DUO resteren in 2026 naar verwachting € 7,3 miljoen aan baten.

## 11.2 Verdeelsystematiek

- De middelen voor praktijkonderwijs en lwoo gaan naar de besturen van de scholen die dat onderwijs verzorgen, naar het aantal leerlingen met een TLV pro of een aanwijzing lwoo op 1 oktober.
- Elke school ontvangt een basisbudget voor extra ondersteuning van € 120 per leerling plus een vaste voet van € 25.000 per vestiging. Scholen op Texel krijgen een toeslag van € 15.000 vanwege hun geïsoleerde ligging.
- Voor individuele arrangementen dienen scholen een aanvraag in bij het samenwerkingsverband; de toekenning gebeurt op basis van de Regeling arrangementen.
- De bovenschoolse voorzieningen, de consulenten en het bureau worden centraal bekostigd.

Scholen leggen jaarlijks vóór 1 april verantwoording af over de besteding van het basisbudget en de arrangementen.

## 11.3 Meerjarenbegroting

| x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten (na inhouding vso) | 7.300 | 7.150 | 6.980 | 6.840 |
| Lwoo en pro naar besturen | 3.410 | 3.340 | 3.260 | 3.190 |
| Basisbudget scholen | 1.420 | 1.390 | 1.360 | 1.330 |
| Arrangementen | 690 | 690 | 680 | 670 |
| Bovenschoolse voorzieningen | 980 | 980 | 960 | 950 |
| Consulenten en bureau | 860 | 870 | 880 | 890 |
| Resultaat | -60 | -120 | -160 | -190 |

## 11.4 Reserves

De algemene reserve bedroeg op 31 december 2025 € 2,4 miljoen, boven de signaleringswaarde van € 1,6 miljoen. De geplande negatieve resultaten brengen de reserve in 2029 terug tot rond de signaleringswaarde.

## 11.5 Risico's

De belangrijkste financiële risico's voor het samenwerkingsverband zijn de daling van het aantal leerlingen, een stijging van het aantal leerlingen in het vso (waardoor de inhouding door DUO toeneemt) en een stijging van de loonkosten boven de indexatie. Het bestuur laat elk jaar een risicoanalyse maken. Bij een groei van het vso met meer dan 10 procent wordt de hoogte van het basisbudget per leerling opnieuw bezien. Voor het OOGO is afgesproken dat de gemeenten en het samenwerkingsverband elkaar tijdig informeren over bezuinigingen die gevolgen hebben voor de ander.

# 12 Organisatie

## 12.1 Bestuur en toezicht

De vereniging kent een algemeen bestuur, waarin de zes besturen vertegenwoordigd zijn, en een directeur die met mandaat de dagelijkse leiding heeft. Het algemeen bestuur houdt toezicht op de directeur en stelt het ondersteuningsplan, de begroting en het jaarverslag vast. Een onafhankelijke voorzitter leidt de vergaderingen.

## 12.2 Bureau en personeel

Het bureau van het samenwerkingsverband telt 7,4 fte. Vier consulenten ondersteunen de scholen bij leerlingen met complexe vragen en begeleiden trajecten rond thuiszitters. De consulenten werken ieder voor een vast cluster van scholen. Het bureau is gevestigd in Schagen en heeft een werkplek op Texel.

## 12.3 Kwaliteit van de organisatie

Het bureau werkt met een eenvoudige jaarcyclus. In september worden de werkafspraken voor het jaar gemaakt, in februari volgt een tussentijdse bespreking in het team en in juni een evaluatie. Klachten en suggesties van scholen worden geregistreerd en in het teamoverleg besproken. Eens in de twee jaar laat het bureau een externe audit uitvoeren op de dossiervorming en de privacy. Medewerkers hebben jaarlijks een ontwikkelgesprek met de directeur. De directeur legt verantwoording af aan het algemeen bestuur via een bestuursrapportage, die naast de financiële stand ook ontwikkelingen in het personeel en het ziekteverzuim bevat.

## 12.4 Ondersteuningsplanraad

De ondersteuningsplanraad bestaat uit tien leden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert vijf keer per jaar, waarvan één keer samen met het algemeen bestuur.

## 12.5 Professionalisering

Het samenwerkingsverband organiseert een jaarlijks congres voor mentoren en ondersteuningscoördinatoren en biedt scholen een scholingsaanbod over gedrag, angst en somberheid, en over executieve functies. In 2027 start een leergang 'Ondersteuningscoördinator in de Kop' voor nieuwe coördinatoren.

## 12.6 Privacy

Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zijn wettelijke taken. Er is een privacyreglement en een functionaris gegevensbescherming. Dossiers worden drie jaar na het laatste besluit vernietigd.

## 12.7 Communicatie met scholen en partners

Het samenwerkingsverband wil een herkenbare en bereikbare partner zijn. Schoolleiders en ondersteuningscoördinatoren ontvangen maandelijks een digitale nieuwsbrief met actuele informatie over regelingen, scholing en ontwikkelingen in de regio. De website bevat een besloten deel voor scholen met formulieren, het Handboek Toewijzing en de Regeling arrangementen. Twee keer per jaar organiseren we een regiobijeenkomst voor schoolleiders, consulenten en medewerkers van de lokale teams. Met de gemeenten is er elk kwartaal een ambtelijk overleg en twee keer per jaar een bestuurlijk overleg met de wethouders onderwijs en jeugd.

## 12.8 Governance

Het samenwerkingsverband volgt de Code Goed Bestuur van de VO-raad. De scheiding tussen bestuur en toezicht is geregeld door het mandaat aan de directeur en het toezichtkader van het algemeen bestuur. Jaarlijks evalueert het algemeen bestuur zijn eigen functioneren. De accountant controleert de jaarrekening en rapporteert aan het algemeen bestuur.

# 13 Planning

| Schooljaar | Activiteit |
| 2026-2027 | nulmeting dashboard; herijking terugplaatsingsbeleid; start leergang ondersteuningscoördinatoren |
| 2027-2028 | vaststelling beoogde resultaten; evaluatie basisbudget |
| 2028-2029 | evaluatie Handboek Toewijzing |
| 2029-2030 | nieuw ondersteuningsplan |

# Afkortingen en begrippen

- Lwoo: leerwegondersteunend onderwijs.
- OJSP: ouder- en jeugdsteunpunt.
- OOGO: op overeenstemming gericht overleg.
- OPP: ontwikkelingsperspectiefplan.
- OPR: ondersteuningsplanraad.
- Pro: praktijkonderwijs.
- TLV: toelaatbaarheidsverklaring.
- Vso: voortgezet speciaal onderwijs.
- Onderwijsconsulent: onafhankelijk adviseur voor ouders en scholen bij problemen rond een passende plek.
"""

# ---------------------------------------------------------------------------
# P5  PO, .pdf only  -- compact plan that delegates several items to separate documents
# ---------------------------------------------------------------------------
P5_NAME = "po-liemers-achterhoek"
P5_HEADER = "Ondersteuningsplan 2026-2030 - SWV PO Liemers Achterhoek-Zuid"
P5 = r"""
!T Ondersteuningsplan 2026-2030

!S Samenwerkingsverband Passend Onderwijs Liemers Achterhoek-Zuid (PO 25-13)

!S Zevenaar, april 2026

[[TOC]]

[[PB]]

# Voorwoord

Met dit ondersteuningsplan zetten we de koers uit voor de komende vier schooljaren. Het is een compact plan. In de vorige planperiode merkten we dat een dik plan met veel details snel verouderde en dat scholen er weinig mee deden. Daarom beschrijven we in dit plan de hoofdlijnen en de afspraken die voor iedereen gelden. Uitwerkingen die vaker veranderen, zoals het financieel kader en het kader voor de basisondersteuning, stellen we apart vast. Ze worden net als dit plan besproken met de ondersteuningsplanraad.

Het plan is geschreven in een periode waarin veel verandert in het passend onderwijs. De landelijke norm voor basisondersteuning komt eraan, de wet over de positie van ouders en leerlingen verandert de rol van het samenwerkingsverband en het lerarentekort raakt ook onze scholen. We hebben geprobeerd daar in dit plan rekening mee te houden, zonder alles al te willen vastleggen.

Wij danken de directeuren, intern begeleiders, orthopedagogen, ouders en leden van de ondersteuningsplanraad die met ons hebben meegedacht.

Drs. A. (Anouk) Roelofs, directeur-bestuurder

# Samenvatting

Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de elf schoolbesturen van het samenwerkingsverband de komende vier jaar samen zorgen voor passend onderwijs. Het plan is compacter dan het vorige. Een aantal onderwerpen is uitgewerkt in afzonderlijke kaders die het algemeen bestuur vaststelt: het Kader Basisondersteuning, het Financieel Kader en de Route TLV.

In deze planperiode leggen we de nadruk op drie zaken. Ten eerste willen we dat meer kinderen die in het speciaal (basis)onderwijs zitten, kunnen terugkeren naar een basisschool, en dat zij daar goed worden begeleid. Ten tweede willen we de administratieve last voor scholen verder verminderen. Ten derde krijgen ouders en kinderen een sterkere positie, onder meer door het nieuwe Ouder- en Jeugdsteunpunt en het hoorrecht voor leerlingen.

Wij meten twee keer per jaar of we op koers liggen en doen daarvan verslag in het jaarverslag.

# 1 Inleiding

## 1.1 Doel van dit plan

Het samenwerkingsverband is verplicht ten minste eens in de vier jaar een ondersteuningsplan vast te stellen (artikel 18a Wet op het primair onderwijs). In het plan leggen de schoolbesturen vast hoe zij samen zorgen dat alle leerlingen in de regio een passende onderwijsplek krijgen. Het plan is bedoeld voor schoolbesturen, directeuren, intern begeleiders en leraren, maar ook voor ouders, gemeenten en andere partners.

## 1.2 Planperiode en totstandkoming

Het plan loopt van 1 augustus 2026 tot en met 31 juli 2030. De hoofdlijnen zijn in het najaar van 2025 besproken in drie regiobijeenkomsten met directeuren en intern begeleiders. Het concept is op 17 februari 2026 besproken in het op overeenstemming gericht overleg met de gemeenten Zevenaar, Duiven, Westervoort, Montferland, Doesburg en Doetinchem (deel), en op 24 februari 2026 met het samenwerkingsverband VO. De ondersteuningsplanraad heeft op 31 maart 2026 ingestemd. Het algemeen bestuur heeft het plan op 9 april 2026 vastgesteld. Het plan is op 14 april 2026 aan de inspectie gezonden.

## 1.3 Samenhang met andere documenten

Dit plan wordt aangevuld met:

- het Kader Basisondersteuning (in herziening, zie hoofdstuk 5);
- het Financieel Kader 2026-2030 met het verdeelmodel en de meerjarenbegroting;
- de Route TLV, waarin de aanvraagprocedure voor een toelaatbaarheidsverklaring staat;
- het jaarplan en de jaarbegroting, die elk jaar worden vastgesteld.

# 2 Ons samenwerkingsverband

## 2.1 Kerngegevens

| Kerngegeven (1 oktober 2025) | Aantal |
| Schoolbesturen | 11 |
| Basisscholen | 58 |
| Scholen voor speciaal basisonderwijs | 2 |
| Scholen voor speciaal onderwijs | 3 |
| Leerlingen basisonderwijs | 12.470 |
| Leerlingen sbo | 318 |
| Leerlingen so | 244 |

## 2.2 De regio

Het werkgebied bestaat uit een mix van kleine steden en dorpen. In Zevenaar en Duiven groeit het aantal leerlingen door nieuwbouwwijken; in de kleinere kernen van Montferland daalt het. Ruim een derde van de basisscholen heeft minder dan 150 leerlingen. Kleine scholen hebben het moeilijker om specialistische kennis in huis te hebben. Dat vraagt om samenwerking tussen scholen en besturen.

## 2.3 Rechtsvorm

Het samenwerkingsverband is een vereniging. De leden zijn de elf schoolbesturen. De vereniging heeft een algemeen bestuur, waarin alle besturen zitting hebben, en een directeur-bestuurder aan wie het algemeen bestuur de dagelijkse leiding en de uitvoering van de wettelijke taken heeft gemandateerd. Een toezichtscommissie van drie onafhankelijke leden houdt toezicht.

## 2.4 Besturen en scholen

| Schoolbestuur | Basisscholen | Sbo | So |
| Stichting Primair Onderwijs Liemers | 14 | 1 | 0 |
| Stichting Katholiek Onderwijs Zevenaar-Duiven | 11 | 0 | 0 |
| Stichting Openbaar Onderwijs Montferland | 9 | 0 | 0 |
| Stichting Christelijk Onderwijs Achterhoek-Zuid | 8 | 1 | 0 |
| Stichting Speciaal Onderwijs Gelderland-Oost | 0 | 0 | 3 |
| Zes eenpitters en kleinere besturen | 16 | 0 | 0 |

De besturen verschillen sterk in omvang. De grotere besturen hebben eigen stafmedewerkers en orthopedagogen in dienst; de kleinere besturen maken meer gebruik van de diensten van het bureau van het samenwerkingsverband. In het algemeen bestuur heeft ieder bestuur één stem, ongeacht zijn omvang.

# 3 Terugblik 2022-2026

De vorige planperiode stond in het teken van de fusie van de bureaus van de voormalige samenwerkingsverbanden Liemers en Achterhoek-Zuid. Het samenvoegen van twee organisaties, twee werkwijzen en twee verdeelmodellen kostte meer tijd dan verwacht. Inmiddels werkt het bureau vanuit één locatie en met één digitaal systeem.

Het deelnamepercentage sbo en so samen daalde van 4,7 procent in 2022 naar 4,4 procent in 2025. Het aantal terugplaatsingen bleef met 6 tot 9 per jaar achter bij wat we hadden gehoopt. In de evaluatie met de sbo- en so-scholen kwam naar voren dat onduidelijkheid over de begeleiding na de overstap een belangrijke drempel was. Dat hebben we in dit plan aangepakt (hoofdstuk 7).

De scholen gaven in de evaluatie aan dat zij de administratieve last rond aanvragen nog steeds hoog vinden. Het aantal formulieren is al teruggebracht van negen naar vier; in deze planperiode willen we dat verder vereenvoudigen. De ondersteuningsplanraad gaf aan dat hij graag eerder bij beleidsvorming betrokken wil worden. Daarom bespreekt de OPR voortaan de hoofdlijnen van het jaarplan voordat het wordt uitgewerkt.

# 4 Koers 2026-2030

## 4.1 Waar we voor staan

Elk kind hoort erbij. Wij willen dat kinderen in onze regio opgroeien en naar school gaan in hun eigen omgeving, met hun vriendjes uit de buurt. Dat lukt niet altijd, maar het is wel ons vertrekpunt. Het samenwerkingsverband is van en voor de scholen: we versterken wat scholen doen en nemen het niet over.

## 4.2 Vier koersuitspraken

- We investeren in de leraar. Die maakt het verschil voor kinderen die extra ondersteuning nodig hebben.
- We brengen kennis en expertise dichter bij de scholen.
- We houden het eenvoudig: zo min mogelijk formulieren en zo veel mogelijk tijd voor het kind.
- We werken samen met ouders en met de jeugdhulp, vanuit het belang van het kind.

## 4.3 Wat betekent dit voor scholen?

Scholen krijgen in deze planperiode meer ruimte om zelf keuzes te maken. Zij weten het best wat hun leerlingen nodig hebben. Tegelijk vragen we van scholen dat zij verantwoording afleggen over wat zij doen en dat zij samenwerken met andere scholen in hun kern of gemeente. Directeuren van scholen in dezelfde kern komen minimaal vier keer per jaar bij elkaar in een kernoverleg.

# 5 Basisondersteuning

In 2025 heeft de minister een advies over een landelijke norm voor basisondersteuning ontvangen. Wij willen ons kader daarop laten aansluiten. Daarom herzien we in het schooljaar 2026-2027 samen met de schoolbesturen het Kader Basisondersteuning. Het nieuwe kader leggen we in het voorjaar van 2027 ter instemming voor aan de ondersteuningsplanraad. Tot die tijd blijft het kader uit het ondersteuningsplan 2022-2026 van kracht.

# 6 Toelaatbaarheid tot sbo en so

## 6.1 Algemeen

Voor inschrijving op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraagprocedure, de benodigde documenten en de termijnen staan beschreven in de Route TLV, die op de website van het samenwerkingsverband staat.

## 6.2 Criteria sbo

Een leerling is toelaatbaar tot het speciaal basisonderwijs als:

- de basisschool de leerling ten minste een half jaar handelingsgericht heeft begeleid, met een OPP, en dit aantoonbaar onvoldoende resultaat heeft gehad;
- de leerling een ontwikkelingsachterstand heeft van meer dan anderhalf jaar op ten minste twee kerngebieden, of een ondersteuningsbehoefte op het gebied van gedrag, werkhouding of sociaal-emotionele ontwikkeling heeft die in een groep van 25 tot 30 leerlingen niet te bieden is;
- de leerling baat heeft bij een kleinere groep (12 tot 16 leerlingen) en een meer gespecialiseerde aanpak, en verwacht wordt dat hij zich daar beter ontwikkelt.

## 6.3 Criteria so

Een leerling is toelaatbaar tot het speciaal onderwijs als de ondersteuningsbehoefte zo intensief is dat ook het sbo die niet kan bieden, en als er sprake is van een of meer van de volgende situaties:

- een verstandelijke beperking (IQ lager dan ongeveer 55), waardoor de leerling is aangewezen op een zeer praktisch en individueel programma (cluster 3, ZML);
- een lichamelijke beperking of langdurige ziekte waardoor de leerling intensieve verzorging of medische begeleiding in de school nodig heeft (cluster 3, LG/LZ);
- ernstige gedrags- of psychiatrische problemen waardoor de leerling een zeer gestructureerde omgeving met gespecialiseerde begeleiding nodig heeft (cluster 4).

Bij twijfel tussen sbo en so wegen vooral de intensiteit van de ondersteuningsbehoefte en de noodzaak van zorg in de school.

## 6.4 Duur en categorie

Een TLV voor het sbo en voor het so wordt afgegeven voor twee schooljaren. Daarna wordt opnieuw beoordeeld. Voor so-leerlingen legt de TLV de bekostigingscategorie vast (laag, midden of hoog).

# 7 Terug naar het regulier onderwijs

## 7.1 Ons beleid

Wij vinden dat een plaatsing in het speciaal (basis)onderwijs zo kort moet duren als nodig is. Zodra een leerling met ondersteuning op een basisschool verder kan, willen we dat hij daar naartoe gaat, bij voorkeur naar een school in de eigen woonplaats. Terugplaatsing is aan de orde als de ondersteuningsbehoefte is afgenomen tot een niveau dat een basisschool kan bieden, de leerling sociaal-emotioneel stabiel is en ouders de overstap steunen. Een leerling die teruggaat, krijgt steun: een ambulant begeleider van de sbo- of so-school begeleidt de leerling en de nieuwe leraar het eerste half jaar, en de orthopedagoog van het samenwerkingsverband blijft in die periode betrokken.

## 7.2 Hoe gaat terugplaatsing?

- De sbo- of so-school evalueert het OPP van elke leerling twee keer per jaar, in november en in mei, met de ouders.
- In het laatste jaar van de TLV bespreekt de school bij de evaluatie in november of terugplaatsing mogelijk is. Ook ouders kunnen op elk moment om zo'n bespreking vragen.
- Als school en ouders terugplaatsing zien zitten, zoeken zij samen met de orthopedagoog van het samenwerkingsverband een passende basisschool. De ouders melden hun kind daar aan.
- De sbo- of so-school en de nieuwe basisschool maken vóór 1 april een overdrachtsplan met afspraken over de begeleiding.
- De nieuwe basisschool beslist over de toelating. De overstap vindt bij voorkeur plaats na de zomervakantie; de TLV eindigt dan op 31 juli.
- Is terugplaatsing niet mogelijk, dan vraagt de sbo- of so-school tijdig een nieuwe beoordeling aan.

## 7.3 Tussen sbo en so

Ook een overstap van so naar sbo kan passend zijn. Hiervoor geldt dezelfde werkwijze. Het samenwerkingsverband geeft in dat geval een TLV voor het sbo af.

# 8 Ouders

## 8.1 Ouders als partner

Ouders zijn de eerste deskundigen als het om hun kind gaat. Scholen betrekken ouders bij het opstellen en evalueren van het OPP en bij gesprekken in het ondersteuningsteam. Bij een aanvraag voor een TLV geven ouders hun zienswijze. In de ondersteuningsplanraad zijn ouders vertegenwoordigd.

## 8.2 Informatievoorziening

Hoe het samenwerkingsverband ouders informeert over de ondersteuningsmogelijkheden in de regio, werken we uit in een communicatieplan. Dat plan verschijnt in het voorjaar van 2027.

## 8.3 Onafhankelijke hulp voor ouders

Soms hebben ouders behoefte aan hulp van iemand die los staat van de school en het samenwerkingsverband. Vanaf 1 augustus 2026 kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Liemers-Achterhoek. Het steunpunt is onafhankelijk, gratis en werkt voor ouders en kinderen in het primair en voortgezet onderwijs. Medewerkers denken mee bij vragen en helpen als ouders en school er samen niet uitkomen, bijvoorbeeld door een gesprek te begeleiden. Het steunpunt is bereikbaar via telefoon, e-mail en een spreekuur in Zevenaar en Doetinchem. Daarnaast kunnen ouders gebruikmaken van de Onderwijsconsulenten. Bij een geschil met de school over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs.

## 8.4 Nieuwe wetgeving

De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt enkele veranderingen met zich mee. Leerlingen krijgen hoorrecht: zij mogen hun mening geven over hun OPP. Scholen passen hun werkwijze daarop aan; de orthopedagogen helpen hierbij met voorbeelden van gesprekken met kinderen. Verder moet elk samenwerkingsverband een ouder- en jeugdsteunpunt hebben. Ons samenwerkingsverband heeft daar samen met het samenwerkingsverband VO al op voorgesorteerd (zie 8.3). Het steunpunt brengt de signalen die het van ouders en jongeren krijgt twee keer per jaar in bij het algemeen bestuur.

# 9 Kwaliteit en resultaten

## 9.1 Beoogde resultaten

Voor deze planperiode hebben we de volgende beoogde resultaten geformuleerd:

| Resultaat | Indicator | Streefwaarde 2030 |
| Meer kinderen in het regulier onderwijs | deelnamepercentage sbo + so op 1 oktober | van 4,4% (2025) naar 4,0% |
| Meer kinderen keren terug uit sbo en so | aantal terugplaatsingen per schooljaar | van 9 (2024-2025) naar ten minste 15 |
| Terugplaatsingen zijn duurzaam | leerlingen na 1 jaar nog op de basisschool | ten minste 85% |
| Leraren voelen zich ondersteund | tevredenheid leraren over advies orthopedagoog | ten minste 7,5 |
| Ouders voelen zich gehoord | tevredenheid ouders in ouderpeiling | ten minste 7,0 |

## 9.2 Hoe we de resultaten volgen

Het bureau verzamelt de gegevens voor de indicatoren twee keer per jaar, in november (na de teldatum) en in juni. De gegevens komen uit de leerlingadministratie (DUO), de registratie van het samenwerkingsverband en de tevredenheidspeilingen, die eens in de twee jaar worden gehouden. De directeur-bestuurder rapporteert de uitkomsten aan het algemeen bestuur en de ondersteuningsplanraad. In het jaarverslag, dat uiterlijk 1 juli verschijnt, beschrijven we welke resultaten zijn bereikt en wat we daarvan hebben geleerd. Blijven resultaten achter, dan past het bestuur het jaarplan aan.

## 9.3 Kwaliteitscyclus

Het samenwerkingsverband werkt volgens een jaarlijkse cyclus van plannen, uitvoeren, evalueren en bijstellen. Het jaarplan wordt in juni vastgesteld en in het jaarverslag geëvalueerd. Halverwege de planperiode, in het voorjaar van 2028, houden we met scholen en ouders een tussenevaluatie van dit plan.

# 10 Financiën

De verdeling van de ondersteuningsmiddelen over de schoolbesturen, de criteria daarvoor en de meerjarenbegroting zijn opgenomen in het Financieel Kader 2026-2030. Het algemeen bestuur stelt het Financieel Kader afzonderlijk vast en actualiseert het jaarlijks bij de vaststelling van de begroting in december. De begroting 2027 en de geactualiseerde meerjarenraming volgen in december 2026.

# 11 Organisatie en medezeggenschap

## 11.1 Het bureau

Het bureau van het samenwerkingsverband is gevestigd in Zevenaar. Er werken een directeur-bestuurder, een beleidsmedewerker, een controller, twee secretariaatsmedewerkers en acht orthopedagogen. De orthopedagogen beoordelen onder meer de aanvragen voor een TLV en zijn betrokken bij terugplaatsingen.

## 11.2 Ondersteuningsplanraad

De ondersteuningsplanraad telt tien leden: vijf ouders en vijf personeelsleden. De leden worden gekozen door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op de afzonderlijke kaders die daarbij horen, zoals het Kader Basisondersteuning. De OPR vergadert zes keer per jaar en heeft een eigen budget voor scholing en ondersteuning.

## 11.3 Medezeggenschap personeel

Het personeel van het bureau is vertegenwoordigd in de medezeggenschapsraad van het samenwerkingsverband.

## 11.4 Klachten over het samenwerkingsverband

Het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs. De klachtenregeling staat op de website.

# 12 Personeel en professionalisering

Het lerarentekort raakt ook de scholen in onze regio. Vooral kleine scholen hebben moeite om vacatures voor intern begeleiders en leraren in te vullen. Het samenwerkingsverband kan dit probleem niet oplossen, maar wel helpen. Zo organiseren we jaarlijks een opleiding voor beginnende intern begeleiders en een netwerk voor ervaren IB'ers. Orthopedagogen geven op verzoek teamscholing over onderwerpen als gedrag, executieve functies en taalontwikkeling. In 2027 starten we samen met de pabo in Doetinchem een traject waarin studenten een deel van hun stage lopen in het sbo of so.

Ook de orthopedagogen van het samenwerkingsverband blijven zich ontwikkelen. Zij nemen deel aan intervisie, volgen jaarlijks ten minste één cursus en houden hun registratie als gedragswetenschapper bij. Nieuwe medewerkers van het bureau krijgen een inwerkprogramma van drie maanden, waarin zij meelopen met ervaren collega's en kennismaken met de besturen. Het samenwerkingsverband voert een eigen personeelsbeleid, afgestemd op de cao primair onderwijs, met aandacht voor duurzame inzetbaarheid en een goede balans tussen werk en privé. Het ziekteverzuim van het bureau lag in 2025 op 3,8 procent.

# 13 Privacy en gegevensbescherming

Bij de beoordeling van een aanvraag voor een TLV verwerkt het samenwerkingsverband persoonsgegevens, waaronder soms gegevens over de gezondheid van een kind. Dat gebeurt alleen voor zover dat voor de wettelijke taak nodig is. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming. Gegevens worden uiterlijk drie jaar na het besluit vernietigd. Ouders kunnen het dossier van hun kind inzien. Medewerkers van het bureau hebben een geheimhoudingsplicht en werken alleen in de beveiligde digitale omgeving. Bij een datalek volgt het bureau het protocol datalekken en meldt het lek zo nodig binnen 72 uur bij de Autoriteit Persoonsgegevens.

# 14 Communicatie met scholen en partners

Het samenwerkingsverband informeert de scholen via een tweewekelijkse digitale nieuwsbrief voor directeuren en intern begeleiders en via het besloten scholenportaal, waar formulieren, de Route TLV en de kaders te vinden zijn. Twee keer per jaar organiseren we een regiobijeenkomst voor alle directeuren. De directeur-bestuurder bezoekt jaarlijks alle schoolbesturen. Met de gemeenten is er vier keer per jaar ambtelijk overleg en twee keer per jaar bestuurlijk overleg.

# 15 Huisvesting en ICT

Het bureau huurt kantoorruimte in het gemeentehuis van Zevenaar. In Doetinchem is een flexwerkplek beschikbaar voor orthopedagogen. Het samenwerkingsverband gebruikt een digitaal aanvraagsysteem dat in 2024 is ingevoerd. In 2027 wordt het systeem gekoppeld aan de leerlingadministratiesystemen van de scholen, zodat scholen gegevens niet dubbel hoeven in te voeren. Het bureau werkt in een beveiligde cloudomgeving; medewerkers volgen jaarlijks een training informatiebeveiliging.

# 16 Ontwikkelagenda

| Wanneer | Wat | Wie |
| 2026-2027 | herziening Kader Basisondersteuning | directeur-bestuurder met besturen |
| voorjaar 2027 | communicatieplan ouders | beleidsmedewerker |
| 2027-2028 | evaluatie Route TLV | orthopedagogen |
| voorjaar 2028 | tussenevaluatie ondersteuningsplan | bureau, besturen, OPR |
| 2029-2030 | voorbereiding nieuw ondersteuningsplan | algemeen bestuur |

[[PB]]

# Bijlage Begrippenlijst

- Basisondersteuning: de ondersteuning die alle scholen van het samenwerkingsverband ten minste bieden.
- Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat er voor ieder kind een passende plek is.
- Financieel Kader: het document waarin verdeelmodel en meerjarenbegroting zijn vastgelegd.
- OJSP: Ouder- en Jeugdsteunpunt.
- OOGO: op overeenstemming gericht overleg.
- OPP: ontwikkelingsperspectief.
- OPR: ondersteuningsplanraad.
- Thuiszitter: een leerplichtig kind dat zonder geldige reden geen onderwijs volgt.
- TLV: toelaatbaarheidsverklaring.
- Verdeelmodel: de afspraken over de verdeling van de ondersteuningsmiddelen over de besturen.
"""

# ---------------------------------------------------------------------------
# N  VO, .docx  -- NOT an SWV plan: the annual ondersteuningsplan of one VO school
# ---------------------------------------------------------------------------
N_NAME = "np-vo-school-ondersteuningsplan"
N_HEADER = "Het Vaartcollege - Ondersteuningsplan schooljaar 2026-2027"
N = r"""
!T Ondersteuningsplan 2026-2027

!S Het Vaartcollege - scholengemeenschap voor vmbo, havo en vwo, Hoogeveen

!S Vastgesteld door de schoolleiding op 1 juli 2026, met advies van de medezeggenschapsraad

[[TOC]]

[[PB]]

# 1 Inleiding

Dit ondersteuningsplan beschrijft hoe Het Vaartcollege in het schooljaar 2026-2027 de ondersteuning van leerlingen organiseert. Het plan is bedoeld voor mentoren, docenten, het ondersteuningsteam en de schoolleiding, en geeft ouders en leerlingen inzicht in onze werkwijze. Het plan wordt elk jaar geëvalueerd en bijgesteld.

Het Vaartcollege maakt deel uit van het samenwerkingsverband VO Zuidwest-Drenthe. De afspraken in het ondersteuningsplan van het samenwerkingsverband zijn voor ons leidend; dit schoolplan beschrijft hoe wij die afspraken binnen onze school uitvoeren. Wat wij aan ondersteuning bieden, staat ook in ons schoolondersteuningsprofiel en in de schoolgids.

# 2 Onze school in cijfers

| Afdeling | Leerlingen 1 oktober 2025 |
| vmbo basis/kader (met lwoo) | 412 |
| vmbo gemengd/theoretisch | 388 |
| havo | 534 |
| vwo | 301 |
| Totaal | 1.635 |

Ongeveer 22 procent van onze leerlingen heeft een vorm van extra ondersteuning. 196 leerlingen in de basis- en kaderberoepsgerichte leerweg hebben een aanwijzing voor leerwegondersteunend onderwijs.

# 3 Ondersteuningsstructuur

## 3.1 Zorgniveaus

Op Het Vaartcollege onderscheiden we vier niveaus van ondersteuning:

- Niveau 1: ondersteuning in de klas door de docent en de mentor (differentiatie, mentorgesprekken, huiswerkbegeleiding).
- Niveau 2: ondersteuning door specialisten binnen de school, zoals de dyslexiecoach, de faalangsttrainer en de remedial teacher.
- Niveau 3: begeleiding in het Leerplein, onze interne trajectvoorziening, met een eigen begeleider en een aangepast rooster.
- Niveau 4: ondersteuning met inzet van externe partners of een plaatsing buiten de school, bijvoorbeeld in het OPDC van het samenwerkingsverband of in het voortgezet speciaal onderwijs.

## 3.2 Het ondersteuningsteam

Het ondersteuningsteam (OT) bestaat uit de ondersteuningscoördinator, de orthopedagoog, de schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar. Het OT komt iedere week bijeen en bespreekt leerlingen op verzoek van de mentor of de teamleider. Ouders en leerling worden uitgenodigd voor de bespreking.

## 3.3 Rollen

- De mentor is het eerste aanspreekpunt voor leerling en ouders.
- De teamleider is verantwoordelijk voor de leerlingbegeleiding in zijn afdeling.
- De ondersteuningscoördinator coördineert de ondersteuning en is contactpersoon voor het samenwerkingsverband.
- De orthopedagoog doet onderzoek, adviseert docenten en stelt samen met de mentor het ontwikkelingsperspectiefplan op.

# 4 Basisondersteuning op Het Vaartcollege

Wij bieden de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Op onze school betekent dat onder meer: dyslexie- en dyscalculiebegeleiding met faciliteiten bij toetsen, een faalangstreductietraining, een training sociale vaardigheden, huiswerkbegeleiding, een time-outruimte met toezicht, een anti-pestcoördinator en een aanspreekpunt voor hoogbegaafde leerlingen. Deze voorzieningen zijn voor iedere leerling beschikbaar zonder aanvraag.

# 5 Extra ondersteuning

## 5.1 Het Leerplein

Het Leerplein is bedoeld voor leerlingen die tijdelijk niet de hele dag in de klas kunnen functioneren. Leerlingen werken er een deel van de dag onder begeleiding aan hun schoolwerk en aan persoonlijke doelen. Een plaatsing duurt maximaal twaalf weken en wordt iedere vier weken geëvalueerd met leerling, ouders en mentor.

## 5.2 Lwoo

Leerlingen met een aanwijzing voor lwoo zitten in kleinere klassen (maximaal 18 leerlingen) en krijgen extra uren Nederlands en rekenen. De aanwijzing wordt aangevraagd door de basisschool of door ons bij het samenwerkingsverband.

## 5.3 Ontwikkelingsperspectiefplan

Voor iedere leerling met extra ondersteuning stelt de school een ontwikkelingsperspectiefplan (OPP) op. Ouders en leerling worden gehoord over het plan; vanaf 2026 heeft de leerling hoorrecht. Het OPP wordt twee keer per jaar geëvalueerd.

# 6 Verwijzing naar OPDC en vso

Als de ondersteuning op school onvoldoende is, kan de ondersteuningscoördinator een aanvraag doen bij het samenwerkingsverband voor plaatsing in het OPDC of voor een toelaatbaarheidsverklaring voor het vso. De aanvraag gaat volgens de procedure van het samenwerkingsverband. De school levert het OPP, het verslag van het OT en de zienswijze van ouders aan.

Leerlingen die vanuit het vso of het OPDC terugkomen naar Het Vaartcollege, krijgen de eerste maanden een vaste begeleider in het Leerplein en een wekelijks gesprek met de mentor. Na drie maanden evalueren we de terugkeer met leerling, ouders en de ambulant begeleider van het vso.

# 7 Samenwerking met ouders

Wij zien ouders als partners. Ouders worden betrokken bij iedere stap in de ondersteuning van hun kind. Informatie over onze ondersteuning staat in de schoolgids en op de website. Twee keer per jaar organiseren we een ouderavond over een ondersteuningsthema, bijvoorbeeld faalangst of plannen. Ouders die het niet eens zijn met de school, kunnen terecht bij de teamleider, daarna bij de rector, en uiteindelijk bij de klachtencommissie van het bestuur. Ook kunnen zij zich wenden tot het ouder- en jeugdsteunpunt van het samenwerkingsverband.

# 8 Middelen en formatie

De school ontvangt van het samenwerkingsverband een budget voor extra ondersteuning en lwoo-middelen. Voor 2026-2027 zet de school de middelen als volgt in:

| Inzet | fte | Bedrag |
| Ondersteuningscoördinator | 1,0 | € 98.000 |
| Orthopedagoog | 0,8 | € 82.000 |
| Begeleiders Leerplein | 2,0 | € 156.000 |
| Dyslexiecoach en remedial teaching | 0,6 | € 47.000 |
| Kleinere klassen lwoo | 4,2 | € 372.000 |
| Trainingen (faalangst, sova) | - | € 18.000 |
| Totaal | 8,6 | € 773.000 |

# 9 Resultaten en evaluatie

In 2025-2026 hebben 61 leerlingen het Leerplein bezocht; 52 van hen zijn volledig teruggekeerd in de klas. Vier leerlingen zijn verwezen naar het OPDC en twee naar het vso. Het aantal thuiszitters op onze school was op 1 juli 2026 nul. Voor 2026-2027 willen we dat ten minste 85 procent van de leerlingen na het Leerplein volledig in de klas terugkeert. De ondersteuningscoördinator evalueert het plan in juni 2027 met het OT en de schoolleiding.

# 10 Professionalisering

Alle nieuwe mentoren volgen de interne mentorentraining. In 2026-2027 staat voor alle docenten een studiedag over executieve functies gepland. De begeleiders van het Leerplein volgen een cursus over angst en somberheid bij jongeren.

# 11 Jaarplanning ondersteuning

| Periode | Activiteit |
| september | kennismaking mentoren met leerlingen met een OPP |
| oktober | groepsbesprekingen leerjaar 1 en 2 |
| januari | evaluatie OPP's (1) |
| maart | warme overdracht nieuwe brugklassers |
| juni | evaluatie OPP's (2) en evaluatie ondersteuningsplan |

# Afkortingen

- lwoo: leerwegondersteunend onderwijs
- OPDC: orthopedagogisch-didactisch centrum
- OPP: ontwikkelingsperspectiefplan
- OT: ondersteuningsteam
- SOP: schoolondersteuningsprofiel
- TLV: toelaatbaarheidsverklaring
- vso: voortgezet speciaal onderwijs
"""

# ---------------------------------------------------------------------------
# Labels (Part A contract of the shared domain.md)
# ---------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]
CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}

LABELS = {
    P1_NAME: dict(
        documents=[P1_NAME + ".docx", P1_NAME + ".pdf"], sector="po", looks_like_plan=True,
        false=["terugstroom.procedure", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "present: ch. 4.1 defines the shared minimum level for every school/vestiging; 4.2 lists ten concrete standaarden; 4.3 borging (schoolgids check, kwaliteitskaart).",
            "plaatsing": "present: ch. 6.2 five-step procedure (bevoegd gezag, Commissie Toelaatbaarheid, 6 weeks); 6.3 criteria sbo and so; 6.4 two deskundigen; 6.5 duration/categorie; 6.7 bezwaar via LBT.",
            "terugstroom": "partial: 6.6 (inside the TLV chapter) gives policy (aim thuisnabij, conditions, 12-month terugplaatsingsarrangement); the procedure (initiative, evaluation moments, decision) is deferred to a stappenplan 'in de loop van schooljaar 2026-2027'.",
            "financien": "present: ch. 9.2 verdeelmodel (EUR 185 per leerling + vaste voet EUR 8.000, loket for arrangements, verantwoording before 1 March); 9.3 meerjarenbegroting 2026-2029 with amounts; 9.4 reserves.",
            "dekkend-aanbod": "present: 5.1 four-level continuum table with named voorzieningen; 5.3 yearly analysis of gaps and actions; 5.4 thuiszitterstafel/doorzettingsmacht; 5.2 and ch. 8 OOGO/jeugdhulp.",
            "resultaten": "partial: ch. 10 table of beoogde resultaten with streefwaarden 2030; how progress is measured/reported is deferred to a monitoringskader 'in de loop van 2027'; no terugblik (first plan after merger).",
            "ouders": "present: ch. 7.2 channels (ouderpagina, Wegwijzer brochure in four languages, schoolgids, info evenings, Ouderpunt); 7.3 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
        }),
    P2_NAME: dict(
        documents=[P2_NAME + ".docx", P2_NAME + ".pdf"], sector="vo", looks_like_plan=True,
        false=["basisondersteuning.inhoud", "financien.besteding", "resultaten.doelen", "resultaten.monitoring",
               "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "partial: ch. 3 states the shared level for every vestiging and the four abstract Referentiekader aspects, but the concrete content is only in 'Kader Basisondersteuning' bijlage 2, which is not part of the document; borging via school visits.",
            "plaatsing": "present: ch. 5.1 vso procedure (bevoegd gezag -> CvT, dossier, 6 weeks) and three criteria, two deskundigen, categorie and duration; 5.3 lwoo and 5.4 pro procedure with national criteria. No bezwaar route.",
            "terugstroom": "present, hidden in ch. 5.2 'Looptijd en afloop van de TLV': policy and conditions, procedure (yearly OPP evaluation, before 1 Feb/1 May, consulent, receiving school decides), overstaparrangement after return.",
            "financien": "partial: ch. 7.2 verdeling (lwoo/pro pass-through, EUR 165 per leerling with minimum, central OPDC funding, DUO afdracht); 7.3 defers the meerjarenbegroting to the website/'wordt na vaststelling toegevoegd'; no amounts of spending.",
            "dekkend-aanbod": "present: 4.1 continuum table from basis to vso with OPDC/rebound/ISK; 4.4 zorgplicht and yearly witte-vlekken inventory; 4.5 Onderwijs Zorg Tafel for thuiszitters; 4.3 OOGO/jeugdhulp.",
            "resultaten": "missing: no goals and no monitoring; ch. 8 'Kwaliteit' only says a kwaliteitskader with goals and monitoring is 'in ontwikkeling' for 2026-2027.",
            "ouders": "partial: ch. 6.2 (under 'Communicatie') lists website, folder, schoolgids and voorlichtingsavond; independent help is absent - only school/SWV contacts, and the ouder- en jeugdsteunpunt is still being explored ('het voorstel volgt').",
        }),
    P3_NAME: dict(
        documents=[P3_NAME + ".md"], sector="po", looks_like_plan=True,
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "present: ch. 4.1 'Wat mag u van elke school verwachten?' - same level at every school/location plus a concrete list; 4.2 yearly check by the orthopedagoog.",
            "plaatsing": "partial: ch. 6.2 gives the procedure (OT, bestuur applies at Loket, two deskundigen, TLV-commissie within 6 weeks), 6.2 duration/categorie, 6.4 bezwaar; the criteria are only referred to a notitie 'Afwegingskader toelaatbaarheid' on the website (6.3).",
            "terugstroom": "missing: terugplaatsing occurs only in the woordenlijst; ch. 2 only reports sbo 'uitstroom' to vmbo/pro.",
            "financien": "present: ch. 10 'Geld en middelen' - verdeling (EUR 150 per leerling, arrangementenpot via Loket, central costs), begroting 2026-2029 with amounts, reserve and yearly accounting by schools.",
            "dekkend-aanbod": "partial: ch. 5.1 describes the continuum from school budget to so and onderwijs-zorgarrangementen (ch. 8 with gemeenten); gaps and thuiszitters are deferred to the jaarplan 2027 (5.3).",
            "resultaten": "present: ch. 2 terugblik with achieved results; ch. 9.1 doelen with indicators and streefwaarden; 9.2 yearly data collection, reporting to besturen/OPR and jaarverslag.",
            "ouders": "present, inside ch. 7 'Communicatie': 7.2 ouderpagina, folder, schoolgids, ouderavond, Ouderinfopunt; 7.3 independent Ouder- en Jeugdsteunpunt Veluwe, Onderwijsconsulenten, Geschillencommissie.",
        }),
    P4_NAME: dict(
        documents=[P4_NAME + ".html"], sector="vo", looks_like_plan=True,
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
               "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "present: ch. 4.1 same minimum level on every vestiging; 4.2 ten concrete provisions; 4.3 yearly check with checklist.",
            "plaatsing": "missing: ch. 5 'Toewijzing en toelaatbaarheid' only refers to the separately adopted Handboek Toewijzing 2026 on the website; no procedure, criteria, deskundigen, duration or bezwaar in the text.",
            "terugstroom": "partial: ch. 6.1 gives the procedure (yearly OPP evaluation, last TLV year before 1 March, consulent, SWV decides before 1 May, TLV ends 31 July); the policy (aims, conditions, support after return) is deferred in 6.2 ('herijken we in 2026-2027'); dashboard counts terugplaatsingen (10.1).",
            "financien": "present: ch. 11.2 verdeelsystematiek (pass-through lwoo/pro, EUR 120 per leerling + vaste voet, Texel toeslag, Regeling arrangementen); 11.3 meerjarenbegroting with amounts; 11.4 reserves, 11.5 risks.",
            "dekkend-aanbod": "partial: ch. 7.2-7.4 zorgplicht, thuiszitterslijst with casusregisseur and escalation, yearly witte-vlekken analysis; the continuum of provisions is only referred to the online Voorzieningenwijzer (7.1).",
            "resultaten": "partial: ch. 10.1 monitoring (dashboard indicators, quarterly reports, survey, jaarverslag); intended results are deferred until after the nulmeting in spring 2027 (10.2).",
            "ouders": "missing: no information channels and no independent support in the body; parents appear only in passing (voorwoord) and OJSP/onderwijsconsulent only in the afkortingenlijst; OPR composition does not mention parents.",
        }),
    P5_NAME: dict(
        documents=[P5_NAME + ".pdf"], sector="po", looks_like_plan=True,
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "ouders.informatie"],
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "missing: ch. 5 only says the Kader Basisondersteuning is being revised (spring 2027) and that the kader of the previous plan (not included) stays in force; term otherwise only in TOC/begrippenlijst.",
            "plaatsing": "partial: ch. 6.2-6.3 give criteria for sbo and so and 6.4 duration/categorie, but the procedure is only referred to the 'Route TLV' on the website (6.1).",
            "terugstroom": "present: ch. 7.1 policy with conditions and ambulante begeleiding after return; 7.2 procedure (OPP evaluation Nov/May, last TLV year, overdrachtsplan before 1 April, TLV ends 31 July); figures in ch. 3 and 9.1.",
            "financien": "missing: ch. 10 refers verdeling, criteria and meerjarenbegroting to the separate Financieel Kader and defers the begroting 2027 ('volgen in december 2026'); no amounts or allocation rules in the text.",
            "dekkend-aanbod": "missing: no description of the support continuum and no approach to gaps/thuiszitters; OOGO appears only as a procedural date (1.2), 'dekkend aanbod'/'thuiszitter' only in the begrippenlijst.",
            "resultaten": "present: ch. 9.1 table of beoogde resultaten with indicators and streefwaarden; 9.2 data collection twice a year, reporting to bestuur/OPR, jaarverslag; ch. 3 achieved figures.",
            "ouders": "partial: ch. 8.3 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie (and 11.4 klachten); how parents are informed is deferred to a communicatieplan 'in het voorjaar van 2027' (8.2).",
        }),
    N_NAME: dict(
        documents=[N_NAME + ".docx"], sector="vo", looks_like_plan=False,
        why="Annual school-level 'ondersteuningsplan' of one VO school (Het Vaartcollege): zorgniveaus, ondersteuningsteam, own budget; it refers to the plan of its samenwerkingsverband as leading and is not itself an SWV plan (no planperiode of 4 years, no OPR consent, no OOGO, adopted by a schoolleiding).",
    ),
}


def yaml_label(name, lab):
    q = lambda t: '"' + t.replace('\\', '\\\\').replace('"', '\\"') + '"'
    out = ["documents: [" + ", ".join(lab["documents"]) + "]",
           "sector: " + lab["sector"],
           "looks_like_plan: " + ("true" if lab["looks_like_plan"] else "false")]
    if not lab["looks_like_plan"]:
        out += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:", "  document: " + q(lab["why"])]
        return "\n".join(out) + "\n"
    crit = {}
    for el in ELEMENTS:
        for c in CORE[el]:
            crit[el + "." + c] = (el + "." + c) not in lab["false"]
    status = {}
    for el in ELEMENTS:
        vals = [crit[el + "." + c] for c in CORE[el]]
        if all(vals):
            status[el] = "present"
        elif any(vals) or lab["advisory"].get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    out.append("elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}")
    out.append("criteria:")
    out += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    out.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            out.append(f"  {el}: [" + ", ".join(lab["advisory"][el]) + "]")
    out.append("notes:")
    for el in ELEMENTS:
        out.append(f"  {el}: " + q(lab["notes"][el]))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Parsing and rendering
# ---------------------------------------------------------------------------
def parse(text):
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [l for l in chunk.split("\n") if l.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("!T "):
            blocks.append(("title", first[3:]))
        elif first.startswith("!S "):
            blocks.append(("subtitle", first[3:]))
        elif first == "[[TOC]]":
            blocks.append(("toc", None))
        elif first == "[[PB]]":
            blocks.append(("pb", None))
        elif first.startswith("## "):
            blocks.append(("h2", first[3:]))
        elif first.startswith("# "):
            blocks.append(("h1", first[2:]))
        elif first.startswith("- "):
            blocks.append(("ul", [l[2:] for l in lines]))
        elif re.match(r"^\d+\. ", first):
            blocks.append(("ol", [re.sub(r"^\d+\. ", "", l) for l in lines]))
        elif first.startswith("|"):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
            blocks.append(("table", rows))
        else:
            blocks.append(("p", lines))
    return blocks


def toc_entries(blocks):
    return [(k, v) for k, v in blocks if k in ("h1", "h2")]


FIXED_DT = datetime.datetime(2026, 4, 20, 9, 0, 0)


def normalise_zip(path):
    """Rewrite a .docx with fixed timestamps and member order so the output is reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_docx(blocks, path, header_text, author):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = next((v for k, v in blocks if k == "title"), "")
    if header_text:
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = header_text
        sec.footer.paragraphs[0].text = "Versie april 2026"
    for kind, val in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(26)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.font.size = Pt(13)
        elif kind == "toc":
            doc.add_page_break()
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(16)
            for k, v in toc_entries(blocks):
                doc.add_paragraph(("    " if k == "h2" else "") + v)
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "p":
            p = doc.add_paragraph()
            for n, line in enumerate(val):
                if n:
                    p.add_run().add_break(WD_BREAK.LINE)
                p.add_run(line)
    doc.save(path)
    normalise_zip(path)


def render_md(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val)
        elif kind == "subtitle":
            out.append("*" + val + "*")
        elif kind == "toc":
            out.append("## Inhoudsopgave")
            out.append("\n".join(("  " if k == "h2" else "") + "- " + v for k, v in toc_entries(blocks)))
        elif kind == "pb":
            out.append("---")
        elif kind == "h1":
            out.append("## " + val)
        elif kind == "h2":
            out.append("### " + val)
        elif kind == "ul":
            out.append("\n".join("- " + i for i in val))
        elif kind == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(val, 1)))
        elif kind == "table":
            rows = ["| " + " | ".join(r) + " |" for r in val]
            rows.insert(1, "|" + "---|" * len(val[0]))
            out.append("\n".join(rows))
        elif kind == "p":
            out.append("  \n".join(val))
    return "\n\n".join(out) + "\n"


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def render_html(blocks, site_name):
    e = htmlmod.escape
    title = next((v for k, v in blocks if k == "title"), "")
    body = []
    for kind, val in blocks:
        if kind == "title":
            body.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            body.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "toc":
            items = []
            for k, v in toc_entries(blocks):
                cls = ' class="sub"' if k == "h2" else ""
                items.append(f'<li{cls}><a href="#{slug(v)}">{e(v)}</a></li>')
            body.append('<nav class="toc"><h2>Inhoud</h2><ul>' + "".join(items) + "</ul></nav>")
        elif kind == "pb":
            body.append("<hr>")
        elif kind == "h1":
            body.append(f'<h2 id="{slug(val)}">{e(val)}</h2>')
        elif kind == "h2":
            body.append(f'<h3 id="{slug(val)}">{e(val)}</h3>')
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "ol":
            body.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol>")
        elif kind == "table":
            head = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:])
            body.append(f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>")
        elif kind == "p":
            body.append("<p>" + "<br>".join(e(l) for l in val) + "</p>")
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<style>body{{font-family:Arial,sans-serif;max-width:60em;margin:auto}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:3px 6px}} nav li.sub{{margin-left:1.5em}}</style>
</head>
<body>
<header class="site-header"><a href="/">{e(site_name)}</a> | <a href="/over-ons">Over ons</a> | <a href="/documenten">Documenten</a> | <a href="/contact">Contact</a></header>
<main>
{chr(10).join(body)}
</main>
<footer>&copy; 2026 {e(site_name)} - privacyverklaring - cookies</footer>
</body>
</html>
"""


def to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="h36pdf_")
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        data = open(produced, "rb").read()
        # fixed metadata so that repeated runs give identical bytes (same lengths keep xref offsets valid)
        data = re.sub(rb"/(CreationDate|ModDate)\(D:\d{14}", lambda m: b"/" + m.group(1) + b"(D:20260420090000", data)
        fixed_id = hashlib.md5(os.path.basename(pdf_path).encode()).hexdigest().upper().encode()
        data = re.sub(rb"<[0-9A-F]{32}>", b"<" + fixed_id + b">", data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + fixed_id, data)
        with open(pdf_path, "wb") as f:
            f.write(data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    o = lambda f: os.path.join(OUT, f)
    # P1: docx + pdf
    b = parse(P1)
    render_docx(b, o(P1_NAME + ".docx"), P1_HEADER, "SWV PPO Rivierenland-West")
    to_pdf(o(P1_NAME + ".docx"), o(P1_NAME + ".pdf"))
    # P2: docx + pdf
    b = parse(P2)
    render_docx(b, o(P2_NAME + ".docx"), P2_HEADER, "SWV VO Kempen & Dommel")
    to_pdf(o(P2_NAME + ".docx"), o(P2_NAME + ".pdf"))
    # P3: markdown
    with open(o(P3_NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(render_md(parse(P3)))
    # P4: html
    with open(o(P4_NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(render_html(parse(P4), "Samenwerkingsverband VO Kust & Polder"))
    # P5: pdf only (rendered from a temporary docx)
    tmpd = tempfile.mkdtemp(prefix="h36p5_")
    try:
        tmp_docx = os.path.join(tmpd, P5_NAME + ".docx")
        render_docx(parse(P5), tmp_docx, P5_HEADER, "SWV PO Liemers Achterhoek-Zuid")
        to_pdf(tmp_docx, o(P5_NAME + ".pdf"))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    # N: near-miss docx
    render_docx(parse(N), o(N_NAME + ".docx"), N_HEADER, "Het Vaartcollege")
    # labels
    for name, lab in LABELS.items():
        with open(o(name + ".expected.yaml"), "w", encoding="utf-8") as f:
            f.write(yaml_label(name, lab))
    print("written to", OUT)


if __name__ == "__main__":
    main()
