# -*- coding: utf-8 -*-
"""holdout9 content, part B2: po-kempenland-tabellen (PO, tables) and np-koersdocument-dommeldal."""

# =============================================================================
# Plan 5: PO plan with much content in tables; terugplaatsing inside the TLV chapter;
# chapter 6 only in the table of contents
# =============================================================================
P5_BODY = r"""
Inhoudsopgave

1   Inleiding ............................................................ 3
2   Visie, missie en kernwaarden ......................................... 5
3   Toelaatbaarheid ...................................................... 8
4   Basisondersteuning .................................................. 13
5   Geld en middelen .................................................... 15
6   Dekkend aanbod en thuiszitters ...................................... 18
7   Kwaliteit en resultaten ............................................. 20
8   Organisatie en bestuur .............................................. 23
9   Personeel, professionalisering en ICT ............................... 25
10  Planning 2026-2030 .................................................. 27
Begrippenlijst ......................................................... 28

@page
#1 Voorwoord

Dit ondersteuningsplan beschrijft de koers van Samenwerkingsverband Primair Onderwijs Kempenland-Noord voor de schooljaren 2026-2027 tot en met 2029-2030. Het is een plan van en voor de besturen en scholen, en het is het resultaat van een jaar lang praten, schrijven en schrappen. Wij hebben geprobeerd zoveel mogelijk in overzichtelijke tabellen te zetten, zodat directeuren en intern begeleiders snel kunnen vinden wat zij zoeken.

De vorige planperiode stond in het teken van het opbouwen van vertrouwen tussen de besturen. Dat vertrouwen is er nu. De komende periode willen wij het gesprek voeren over wat er in de klas gebeurt, en over de vraag hoe wij met minder middelen en minder leerkrachten hetzelfde of meer kunnen bereiken. Het dalende leerlingaantal in onze regio maakt keuzes onvermijdelijk.

Wij danken de directeuren, intern begeleiders, de leden van de werkgroepen en de ondersteuningsplanraad voor hun bijdragen.

Namens het bestuur,
Mw. drs. H. Smulders-van Aken, directeur-bestuurder

#1 1  Inleiding

#2 1.1 Wettelijk kader

Op grond van artikel 18a van de Wet op het primair onderwijs stelt het samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan wordt vastgesteld na op overeenstemming gericht overleg met de gemeenten, na overleg met het samenwerkingsverband voortgezet onderwijs en na instemming van de ondersteuningsplanraad. Het vastgestelde plan wordt vóór 1 mei naar de inspectie gezonden.

#2 1.2 Onze regio

Het samenwerkingsverband omvat de gemeenten Kempenland, Bladel-Noord en Hoogeloon. Elf schoolbesturen zijn aangesloten.

|Kenmerk|Aantal (1 oktober 2025)|
|Schoolbesturen|11|
|Basisscholen (vestigingen)|58 (63)|
|Scholen voor speciaal basisonderwijs|2|
|Scholen voor speciaal onderwijs in de regio|2|
|Leerlingen basisonderwijs|15.120|
|Leerlingen sbo|388|
|Leerlingen so uit de regio|301|
|Deelnamepercentage sbo|2,45%|
|Deelnamepercentage so|1,90%|

#2 1.3 Leerlingprognose

|Jaar|2026|2027|2028|2029|2030|
|Leerlingen bao (prognose)|14.930|14.760|14.590|14.450|14.300|

Het aantal leerlingen daalt met ruim één procent per jaar. Omdat de rijksbekostiging grotendeels per leerling wordt toegekend, dalen de inkomsten van het samenwerkingsverband mee.

#2 1.4 Totstandkoming

Het plan is voorbereid door vier werkgroepen van directeuren en intern begeleiders. Het concept is besproken in het directeurenberaad, in het bestuurlijk overleg en met de ondersteuningsplanraad. Het concept is op 5 februari 2026 besproken in het OOGO met de drie gemeenten en op 12 februari 2026 met het samenwerkingsverband voortgezet onderwijs. De ondersteuningsplanraad heeft op 9 april 2026 ingestemd met het plan.

#2 1.5 Terugblik op de planperiode 2022-2026

De vorige planperiode was de eerste waarin het samenwerkingsverband werkte met een onafhankelijke directeur-bestuurder en een raad van toezicht. De besturen hebben in die periode veel energie gestoken in de nieuwe governance en in de digitalisering van het Loket. Het digitale Loket werkt sinds januari 2024 voor alle besturen. De doorlooptijd van aanvragen is daardoor gedaald.

Minder ver kwamen wij met de afspraken over basisondersteuning en met de herziening van het verdeelmodel. Beide onderwerpen zijn doorgeschoven naar deze planperiode. Het bestuurlijk overleg heeft in 2025 geconcludeerd dat eerst een gezamenlijke visie op de rol van het samenwerkingsverband nodig was; die visie staat in hoofdstuk 2.

#2 1.6 Relatie met andere documenten

Dit ondersteuningsplan legt de kaders voor vier jaar vast. Het plan wordt elk jaar uitgewerkt in een jaarplan en een jaarbegroting, die het bestuur vaststelt na goedkeuring door de raad van toezicht. Over de uitvoering legt het samenwerkingsverband verantwoording af in het jaarverslag. De werkwijze van het Loket en de CvT is daarnaast beschreven in het Reglement Commissie van Toelaatbaarheid. Waar dit plan en het reglement verschillen, gaat dit plan voor.

#1 2  Visie, missie en kernwaarden

#2 2.1 Missie

Samenwerkingsverband Kempenland-Noord zorgt er samen met de besturen voor dat ieder kind in de regio onderwijs krijgt dat past bij zijn of haar mogelijkheden, zo thuisnabij als mogelijk.

#2 2.2 Visie

Wij geloven dat ieder kind zich wil ontwikkelen en dat de school de plek is waar dat gebeurt. Wij willen dat kinderen, ouders en leerkrachten ervaren dat de school er voor iedereen is. De leerkracht staat centraal: hij of zij kent het kind, signaleert wat het kind nodig heeft en stemt het onderwijs daarop af. De school wordt daarin ondersteund door de intern begeleider, door het bestuur en, waar nodig, door het samenwerkingsverband.

Wij zien het samenwerkingsverband als een netwerkorganisatie. Het bureau is klein en dienstbaar; de expertise zit in de scholen. Het samenwerkingsverband verbindt, stelt kaders en legt verantwoording af over de inzet van de middelen.

Passend onderwijs vraagt om keuzes. Niet alles kan overal, en niet ieder kind is het best geholpen op de dichtstbijzijnde school. Wij willen die keuzes samen maken, op basis van wat wij in de praktijk zien en van de cijfers die wij verzamelen. Daarbij hoort ook dat wij elkaar aanspreken als afspraken niet worden nagekomen, en dat wij successen met elkaar delen.

#2 2.3 Kernwaarden

|Kernwaarde|Wat betekent dat voor ons|
|Vertrouwen|Wij gaan uit van de professionaliteit van scholen en besturen en beperken controle tot wat nodig is.|
|Eigenaarschap|Besturen zijn verantwoordelijk voor de ondersteuning op hun scholen; het samenwerkingsverband faciliteert.|
|Eenvoud|Procedures zijn kort, formulieren zijn digitaal, besluiten worden snel genomen.|
|Transparantie|Wij zijn open over keuzes, cijfers en resultaten.|

#2 2.4 Ambities voor de planperiode

De vier ambities van dit plan zijn: (1) de basis op orde op iedere school, (2) snelle en zorgvuldige besluiten over toelaatbaarheid, (3) meer kinderen die na een periode in het sbo of so terugkeren naar een reguliere school en (4) een financieel gezond samenwerkingsverband. In hoofdstuk 7 zijn de ambities vertaald naar meetbare doelen.

#2 2.5 Wat wij van elkaar vragen

Het samenwerkingsverband vraagt van de besturen dat zij hun verantwoordelijkheid voor de ondersteuning op hun scholen actief nemen, de afspraken in dit plan naleven en bereid zijn om van elkaar te leren. Besturen vragen van het samenwerkingsverband dat het snel en zorgvuldig besluit, de middelen doelmatig inzet en transparant is over keuzes. Deze wederzijdse verwachtingen zijn in 2025 vastgelegd in een samenwerkingsovereenkomst, die als uitgangspunt dient voor het bestuurlijk overleg.

In de gesprekken over dit plan kwam steeds terug dat besturen behoefte hebben aan minder vergaderingen en meer inhoud. Wij hebben daarom het aantal overleggen teruggebracht: het bestuurlijk overleg komt vier keer per jaar bijeen, het directeurenberaad zes keer, en werkgroepen worden alleen ingesteld voor een afgebakende opdracht met een einddatum.

#1 3  Toelaatbaarheid

#2 3.1 Van aanvraag tot besluit

Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De route is als volgt.

|Stap|Wat gebeurt er|Wie|Termijn|
|1|De school bespreekt de leerling in het ondersteuningsteam en besluit, samen met de orthopedagoog van het bestuur, een aanvraag voor te bereiden|Intern begeleider en orthopedagoog van het bestuur|-|
|2|Het bevoegd gezag dient de aanvraag digitaal in bij het Loket Kempenland, met OPP, onderwijskundig rapport en verslag van het ondersteuningsteam|Schoolbestuur|-|
|3|Het Loket toetst de aanvraag op volledigheid|Secretaris CvT|binnen 5 werkdagen|
|4|Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een kinderarts, jeugdarts, maatschappelijk werker of kinderpsychiater. Deskundigen die bij de aanvraag betrokken waren, adviseren niet|Deskundigenpool SWV|binnen 3 weken|
|5|De Commissie van Toelaatbaarheid (CvT) besluit over de toelaatbaarheid en stelt de duur en de bekostigingscategorie vast|CvT: onafhankelijk voorzitter en twee leden|binnen 6 weken na volledige aanvraag|
|6|Het besluit wordt schriftelijk verzonden aan het bevoegd gezag van de aanvragende school en aan de ontvangende school|Loket|binnen 5 werkdagen na het besluit|

#2 3.1a Spoedaanvragen en herbeoordelingen

In uitzonderlijke situaties kan het bevoegd gezag een spoedaanvraag indienen. Het Loket plant dan binnen twee werkdagen een gesprek met de school en de deskundigen, en de CvT neemt binnen tien werkdagen een besluit. Een spoed-TLV geldt voor ten hoogste drie maanden; binnen die periode dient het bestuur van de ontvangende school een reguliere aanvraag in. Een aanvraag voor een nieuwe TLV na afloop van een lopende TLV volgt dezelfde route als een eerste aanvraag, met dien verstande dat het advies van de sbo- of so-school de plaats inneemt van het verslag van het ondersteuningsteam.

#2 3.2 Duur en bekostigingscategorie

|Soort TLV|Duur|Categorie|
|Sbo|tot het einde van de basisschoolperiode|n.v.t.|
|So cluster 3 (ZML, LG, LZ)|2 schooljaren; bij een blijvende beperking tot het einde van de so-periode|laag, midden of hoog volgens het deskundigenadvies|
|So cluster 4|1 of 2 schooljaren|laag|
|Spoed-TLV|ten hoogste 3 maanden|als reguliere TLV|

#2 3.3 Criteria

De criteria waarop de CvT aanvragen toetst, worden in de loop van het schooljaar 2026-2027 herijkt, samen met de sbo- en so-scholen. Tot die herijking weegt de CvT iedere aanvraag afzonderlijk.

#2 3.4 Kengetallen toelaatbaarheid

|Schooljaar|Aanvragen|Afgegeven TLV sbo|Afgegeven TLV so|Gemiddelde doorlooptijd|
|2022-2023|176|88|71|7,1 weken|
|2023-2024|189|92|80|6,8 weken|
|2024-2025|194|95|83|6,2 weken|

#2 3.5 Afloop van de TLV en terugplaatsing

Een TLV is in Kempenland-Noord in beginsel tijdelijk. Wij gaan ervan uit dat een kind na een periode in het sbo of so terugkeert naar een reguliere basisschool, bij voorkeur in de eigen woonkern, wanneer de ontwikkeling dat toelaat. Terugkeer is geen doel op zich: een kind keert alleen terug als het daar een reële kans van slagen heeft.

Voorwaarden voor terugplaatsing:
- de evaluatie van het OPP laat zien dat de leerling de doelen heeft bereikt die nodig zijn om in een reguliere groep te functioneren;
- er is een reguliere basisschool die, met de ondersteuning uit het terugplaatsingsarrangement, kan bieden wat de leerling nodig heeft;
- de sbo- of so-school heeft een overdrachtsdossier opgesteld.

|Moment|Wat gebeurt er|Wie|
|Elk jaar in mei|De sbo- of so-school evalueert het OPP en bekijkt of terugplaatsing in beeld is|Commissie van begeleiding sbo/so|
|Uiterlijk 1 december van het laatste TLV-jaar|De sbo- of so-school stelt, na een gesprek met de leerling, een advies op: terugplaatsing, overplaatsing of een nieuwe TLV|Commissie van begeleiding sbo/so|
|Uiterlijk 1 februari|Het advies gaat naar de CvT|Directeur sbo/so-school|
|Binnen 4 weken na het advies|De CvT besluit over terugplaatsing, overplaatsing naar een andere speciale school of een nieuwe TLV|CvT|
|Vóór 1 juni|Overdrachtsgesprek tussen de sbo/so-school en de ontvangende basisschool|Intern begeleiders beide scholen|
|Na 3 en na 12 maanden|Evaluatie van de terugplaatsing|Ontvangende school met consulent SWV|

Terugplaatsingsarrangement: de ontvangende school krijgt gedurende één schooljaar ten hoogste 40 uur begeleiding door de ambulante dienst van de sbo- of so-school en een leerkrachtcoach van het samenwerkingsverband. In het schooljaar 2024-2025 zijn 14 leerlingen uit het sbo en 3 leerlingen uit het so teruggeplaatst naar een reguliere basisschool.

#1 4  Basisondersteuning

Basisondersteuning is het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle basisscholen, op al hun vestigingen, bieden. De besturen hebben dit niveau gezamenlijk vastgesteld; het is voor alle 63 vestigingen gelijk.

Basisondersteuning bestaat, in lijn met het landelijke referentiekader, uit vier aspecten:

|Aspect|Omschrijving|
|Basiskwaliteit|Het niveau van onderwijskwaliteit dat de inspectie van iedere school vraagt.|
|Preventieve en licht curatieve interventies|Interventies die de school zelf inzet om problemen te voorkomen of vroeg aan te pakken.|
|Onderwijsondersteuningsstructuur|De manier waarop de school de ondersteuning heeft georganiseerd.|
|Planmatig werken|Handelingsgericht en cyclisch werken.|

Hoe iedere school deze aspecten concreet invult, beschrijft de school in haar schoolondersteuningsprofiel.

#1 5  Geld en middelen

#2 5.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. DUO houdt daarop de bekostiging van het so in.

#2 5.2 Verdeling

Het verdeelmodel wordt in 2026 herzien. Tot die herziening blijft de verdeling van toepassing zoals beschreven in het ondersteuningsplan 2022-2026.

#2 5.3 Meerjarenbegroting

|Bedragen x € 1.000|2026|2027|2028|2029|2030|
|Rijksbijdrage lichte en zware ondersteuning|12.480|12.330|12.190|12.060|11.940|
|Af: inhouding DUO so|-4.110|-4.090|-4.060|-4.040|-4.020|
|Beschikbaar|8.370|8.240|8.130|8.020|7.920|
|Afdracht sbo (2%-regeling en boven 2%)|3.210|3.180|3.150|3.120|3.090|
|Schoolbudgetten besturen|3.720|3.640|3.570|3.500|3.440|
|Loket, CvT en deskundigenpool|420|420|420|420|420|
|Terugplaatsingsarrangementen|90|110|120|130|130|
|Expertiseteam en leerkrachtcoaches|610|600|590|580|570|
|Bureau en organisatie|480|485|490|495|500|
|Totaal lasten|8.530|8.435|8.340|8.245|8.150|
|Resultaat|-160|-195|-210|-225|-230|

#2 5.4 Reserves

Op 31 december 2025 bedroeg het eigen vermogen van het samenwerkingsverband € 2,35 miljoen. Dat is boven de signaleringswaarde van € 1,6 miljoen. De begrote negatieve resultaten in 2026-2030 brengen het eigen vermogen terug tot ongeveer € 1,3 miljoen, wat in lijn is met het risicoprofiel dat de controller jaarlijks actualiseert.

#2 5.5 Risicoparagraaf

|Risico|Kans|Gevolg|Beheersmaatregel|
|Stijging deelname so boven prognose|middel|hogere inhouding DUO, minder schoolbudget|kwartaalmonitoring, buffer in reserve|
|Daling leerlingaantal sneller dan verwacht|middel|lagere rijksbijdrage|jaarlijkse bijstelling meerjarenbegroting|
|Loonkostenstijging zonder compensatie|laag|hogere lasten bureau|indexatie in begroting|
|Wijziging landelijke bekostiging|onbekend|onbekend|volgen landelijke ontwikkelingen via de PO-Raad|

#1 7  Kwaliteit en resultaten

#2 7.1 Ons kwaliteitskader

Onderstaande tabel is het kwaliteitskader van het samenwerkingsverband. Per ambitie staan de beoogde resultaten, de manier waarop wij meten en wanneer wij rapporteren.

|Ambitie|Beoogd resultaat|Nulmeting 2025|Streefwaarde 2030|Bron|Meetmoment|Rapportage|
|Basis op orde|Vestigingen die voldoen aan de afspraken over basisondersteuning|52 van 63|63 van 63|Audit door consulenten SWV (één keer per twee jaar)|voorjaar|jaarverslag en bestuurlijk overleg|
|Snelle besluiten|Gemiddelde doorlooptijd TLV|6,2 weken|ten hoogste 5 weken|Registratiesysteem Loket|doorlopend|kwartaalrapportage bestuur|
|Terugkeer|Teruggeplaatste leerlingen per jaar|17|ten minste 25|Registratie CvT|31 juli|jaarverslag|
|Terugkeer|Teruggeplaatste leerlingen die na 1 jaar nog op de reguliere school zitten|76%|ten minste 85%|Evaluatie na 12 maanden|31 juli|jaarverslag|
|Deelname|Deelnamepercentage sbo + so|4,35%|ten hoogste 4,0%|DUO, teldatum 1 oktober|1 oktober|jaarverslag|
|Financieel gezond|Eigen vermogen boven signaleringswaarde|€ 2,35 mln|binnen bandbreedte|jaarrekening|31 december|jaarrekening|

#2 7.2 Bereikte resultaten 2022-2026

|Doel vorige planperiode|Streefwaarde|Bereikt (2025)|
|Doorlooptijd TLV ten hoogste 6 weken|6 weken|6,2 weken|
|Alle besturen werken met het digitale Loket|11|11|
|Deelnamepercentage sbo+so ten hoogste 4,2%|4,2%|4,35%|

De directeur-bestuurder bespreekt de kwartaalrapportage in het bestuurlijk overleg. Het jaarverslag wordt vóór 1 juli vastgesteld en gepubliceerd.

#1 8  Organisatie en bestuur

#2 8.1 Rechtsvorm en governance

Het samenwerkingsverband is een stichting. De besturen van de aangesloten scholen vormen samen het bestuurlijk overleg, dat de directeur-bestuurder adviseert en de begroting en het jaarverslag bespreekt. De raad van toezicht bestaat uit vijf leden, van wie drie onafhankelijk. De raad keurt de begroting, het jaarverslag en het ondersteuningsplan goed.

#2 8.2 Commissies

|Commissie|Taak|Samenstelling|
|Commissie van Toelaatbaarheid|Besluiten over TLV's en terugplaatsing|Onafhankelijk voorzitter, twee leden|
|Auditcommissie|Advies over financiën en risico's|Twee leden raad van toezicht, controller|
|Directeurenberaad|Advies over uitvoering|Eén directeur per bestuur|

#2 8.3 Medezeggenschap

De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. Het reglement van de ondersteuningsplanraad is in 2025 geactualiseerd. De medewerkers van het bureau hebben een personeelsvertegenwoordiging.

#2 8.4 Bureau

Het bureau van het samenwerkingsverband is gevestigd in het Onderwijshuis Kempenland. In het gebouw zijn ook de bureaus van twee schoolbesturen en de leerplichtafdeling van de gemeente Kempenland gevestigd. Het bureau telt 9,6 fte: de directeur-bestuurder, een beleidsmedewerker, een controller, twee secretariaatsmedewerkers, de secretaris van de CvT en vier consulenten.

Het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur. Voor spoedaanvragen is de secretaris van de CvT ook buiten die tijden bereikbaar voor de intern begeleiders en directeuren van de aangesloten scholen. Het bureau voert jaarlijks een tevredenheidspeiling uit onder de besturen en scholen over de dienstverlening van het Loket; de uitkomsten worden besproken in het directeurenberaad.

#1 9  Personeel, professionalisering en ICT

#2 9.1 Personeel

Het samenwerkingsverband heeft de consulenten en leerkrachtcoaches zelf in dienst. De leden van de deskundigenpool worden per advies ingehuurd. De besturen zijn verantwoordelijk voor het personeel op de scholen. Het lerarentekort raakt ook onze regio: op 1 oktober 2025 stonden er bij de besturen samen 23 vacatures open.

Het samenwerkingsverband heeft in 2025 een eigen functiehuis ingevoerd, met functiebeschrijvingen voor consulenten, leerkrachtcoaches en secretariaatsmedewerkers. Het ziekteverzuim op het bureau was in 2025 3,2%. Alle medewerkers hebben jaarlijks een gesprek over hun ontwikkeling en inzetbaarheid. Het samenwerkingsverband volgt de cao primair onderwijs.

#2 9.2 Professionalisering

|Doelgroep|Aanbod 2026-2027|
|Intern begeleiders|Netwerk IB (4x per jaar), leergang handelingsgericht werken|
|Leerkrachten|Leerkrachtcoaching op verzoek, webinars gedrag|
|Directeuren|Intervisie passend onderwijs|
|Leden CvT en deskundigenpool|Jaarlijkse juridische scholing|

#2 9.3 ICT en privacy

Het samenwerkingsverband werkt met een digitaal loketsysteem. Gegevens worden verwerkt volgens de AVG en het privacyreglement van het samenwerkingsverband. Dossiers van TLV-aanvragen worden tot drie jaar na het besluit bewaard. Het samenwerkingsverband heeft een functionaris gegevensbescherming.

#2 9.4 Huisvesting en duurzaamheid

Het bureau huurt sinds 2023 ruimte in het Onderwijshuis Kempenland. Het huurcontract loopt tot 31 juli 2028. Het samenwerkingsverband heeft geen eigen gebouwen; de sbo- en so-scholen zijn eigendom van hun besturen of van de gemeenten. Het bureau werkt zoveel mogelijk papierloos en stimuleert reizen met het openbaar vervoer. Vergaderingen van het bestuurlijk overleg en de raad van toezicht vinden afwisselend fysiek en online plaats.

#1 10  Planning 2026-2030

|Schooljaar|Activiteiten|
|2026-2027|Herziening verdeelmodel; herijking criteria toelaatbaarheid; audit basisondersteuning|
|2027-2028|Tussenevaluatie ondersteuningsplan; tweede auditronde|
|2028-2029|Evaluatie terugplaatsingsarrangement|
|2029-2030|Voorbereiding ondersteuningsplan 2030-2034|

De planning wordt elk jaar in het jaarplan geactualiseerd. Het bestuurlijk overleg bespreekt de voortgang twee keer per jaar, in november en in juni. Halverwege de planperiode, in het voorjaar van 2028, vindt een tussenevaluatie plaats. Daarin kijken wij of de ambities uit hoofdstuk 2 nog passen bij de ontwikkelingen in de regio en of het plan moet worden bijgesteld. Bijstellingen van het plan worden voorgelegd aan de ondersteuningsplanraad.

@page
#1 Begrippenlijst

|Begrip|Omschrijving|
|Arrangement|Afspraak over extra ondersteuning voor een leerling of groep.|
|Basisondersteuning|Het afgesproken niveau van ondersteuning op alle scholen.|
|CvT|Commissie van Toelaatbaarheid.|
|Dekkend aanbod|Een aanbod van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is.|
|Ouder- en jeugdsteunpunt (OJSP)|Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs.|
|Onderwijsconsulenten|Landelijke organisatie die ouders gratis bijstaat bij problemen rond toelating of plaatsing.|
|OOGO|Op overeenstemming gericht overleg met de gemeenten.|
|OPP|Ontwikkelingsperspectiefplan.|
|Thuiszitter|Leerplichtig kind dat niet naar school gaat.|
|TLV|Toelaatbaarheidsverklaring.|
|Zorgplicht|Plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden.|
"""

P5 = {
    "name": "po-kempenland-tabellen",
    "formats": ["docx"],
    "spec": {
        "doc_title": "Ondersteuningsplan 2026-2030 SWV PO Kempenland-Noord",
        "author": "H. Smulders",
        "header": "SWV PO Kempenland-Noord — Ondersteuningsplan 2026-2030 — voor besturen, scholen, ouders en partners",
        "footer": "PO 30-11 | vastgesteld 16 april 2026",
        "title_lines": [
            ("Samenwerkingsverband Primair Onderwijs Kempenland-Noord", 14, False),
            ("ONDERSTEUNINGSPLAN 2026-2030", 24, True),
            ("Basisondersteuning | Toelaatbaarheid | Dekkend aanbod | Ouders", 10, False),
        ],
        "style": {"font": "Calibri", "size": 10.5,
                  "h1": {"bold": False, "size": 16, "color": "2E74B5", "space_before": 16},
                  "h2": {"bold": True, "size": 11},
                  "bullets": "style", "table_size": 8.5},
        "body": P5_BODY,
    },
    "label": {
        "sector": "po",
        "looks_like_plan": True,
        "criteria": {
            "basisondersteuning.niveau": True,
            "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True,
            "plaatsing.criteria": False,
            "terugstroom.procedure": True,
            "terugstroom.beleid": True,
            "financien.verdeling": False,
            "financien.besteding": True,
            "dekkend-aanbod.continuum": False,
            "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True,
            "resultaten.monitoring": True,
            "ouders.informatie": False,
            "ouders.steunpunt": False,
        },
        "advisory": {
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves"],
            "resultaten": ["meetbaar"],
        },
        "expect_status": {"basisondersteuning": "partial", "plaatsing": "partial",
                          "terugstroom": "present", "financien": "partial",
                          "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "missing"},
        "notes": {
            "basisondersteuning": "Ch. 4 defines the level agreed for all 63 vestigingen (niveau) but only copies the four abstract aspects of the referentiekader and refers the concrete content to each school's SOP -> inhoud not addressed; the audit in the 7.1 table counts as borging.",
            "plaatsing": "3.1 six-step table (bevoegd gezag, Loket, two deskundigen, CvT, termijnen) and 3.2 duration/category table; 3.3 defers the criteria to a herijking in 2026-2027 ('weegt iedere aanvraag afzonderlijk'), so criteria not addressed.",
            "terugstroom": "Hidden in 3.5 'Afloop van de TLV en terugplaatsing' inside the Toelaatbaarheid chapter: policy (tijdelijk, eigen woonkern, conditions, terugplaatsingsarrangement 40 uur) and a procedure table with dates and CvT decision; 2024-2025 figures.",
            "financien": "Ch. 5 'Geld en middelen': 5.2 refers the verdeling to the previous plan 2022-2026 (not part of the input) -> verdeling not addressed; 5.3 meerjarenbegroting 2026-2030 with amounts; 5.4 reserves.",
            "dekkend-aanbod": "Chapter 6 'Dekkend aanbod en thuiszitters' appears only in the inhoudsopgave (body jumps from 5 to 7); dekkend aanbod/thuiszitter/zorgplicht only in the begrippenlijst; the OOGO is mentioned only as a procedural date in 1.4 -> missing.",
            "resultaten": "Content only in tables: 7.1 kwaliteitskader with beoogd resultaat, nulmeting, streefwaarde, bron, meetmoment, rapportage; 7.2 bereikte resultaten vorige periode.",
            "ouders": "No section on informing parents or independent support; OJSP/Onderwijsconsulenten only in the begrippenlijst, 'ouders' only in the running header, title-page keyword line and one visie sentence -> missing.",
        },
    },
}

# =============================================================================
# Not a plan: Koersdocument of a schoolbestuur (PO), rendered to PDF
# =============================================================================
NP_BODY = r"""
Inhoud
1. Voorwoord
2. Wie wij zijn
3. Onze opdracht
4. Koersuitspraak 1: Goed onderwijs, stevige basis
5. Koersuitspraak 2: Passend onderwijs voor elk kind
6. Koersuitspraak 3: Ouders als partner
7. Koersuitspraak 4: Sterke professionals
8. Koersuitspraak 5: Gezond en duurzaam
9. Hoe wij de koers volgen

#1 1. Voorwoord

Voor u ligt het koersdocument 2025-2029 van Stichting Katholiek Primair Onderwijs Dommeldal. Dit document beschrijft waar onze zestien scholen de komende vier jaar samen naartoe werken. Het is tot stand gekomen na gesprekken met leerkrachten, directeuren, ouders, kinderen, de gemeenschappelijke medezeggenschapsraad (GMR) en de raad van toezicht. Het koersdocument is het kader voor de schoolplannen die iedere school voor dezelfde periode opstelt.

Wij hebben gemerkt hoe betrokken iedereen is bij onze scholen. Die betrokkenheid is onze grootste kracht. Tegelijk staan wij voor forse uitdagingen: het lerarentekort, dalende leerlingaantallen in de kleinere kernen en de toenemende ondersteuningsvragen van kinderen. Dit koersdocument geeft richting aan hoe wij daarmee omgaan.

Drs. M. Hendriks, voorzitter college van bestuur

#1 2. Wie wij zijn

Stichting Katholiek Primair Onderwijs Dommeldal is het bevoegd gezag van vijftien basisscholen en één school voor speciaal basisonderwijs (De Kameleon) in de gemeenten Dommeldal, Sint-Oedenrode-Zuid en Nijnsel. Samen hebben onze scholen ongeveer 4.900 leerlingen en 430 medewerkers. Het bestuursbureau ondersteunt de scholen op het gebied van onderwijs en kwaliteit, personeel, financiën, huisvesting en ICT.

Alle scholen van de stichting zijn aangesloten bij Samenwerkingsverband Passend Primair Onderwijs De Kempen (PO 30-08). Het ondersteuningsplan van dat samenwerkingsverband is leidend voor de afspraken over basisondersteuning, toelaatbaarheid en de verdeling van de ondersteuningsmiddelen. Ons college van bestuur is lid van het algemeen bestuur van het samenwerkingsverband.

#1 3. Onze opdracht

Onze missie: wij bieden ieder kind onderwijs dat het uitdaagt om te worden wie het kan zijn, in een veilige omgeving die geworteld is in de katholieke traditie en open staat voor iedereen. Onze kernwaarden zijn verbondenheid, vertrouwen, verantwoordelijkheid en vakmanschap.

Onze scholen zijn verschillend. Een kleine dorpsschool met 80 leerlingen heeft andere vragen dan een stadsschool met 450 leerlingen. Het koersdocument laat daarom ruimte voor eigen keuzes van de scholen, binnen gezamenlijke koersuitspraken.

#1 4. Koersuitspraak 1: Goed onderwijs, stevige basis

Wij willen dat alle kinderen goed leren lezen, schrijven en rekenen. De resultaten op de eindtoets liggen op de meeste scholen rond het landelijk gemiddelde, maar op vier scholen daaronder. In 2029 behalen al onze scholen ten minste de signaleringswaarden van de inspectie voor de referentieniveaus 1F en 2F/1S.

Wat gaan wij doen?
- Iedere school werkt met een bewezen effectieve methode voor technisch en begrijpend lezen.
- Scholen delen kennis over de basisvaardigheden in een stichtingsbreed netwerk.
- De kwaliteitsmedewerker van het bestuursbureau bezoekt iedere school twee keer per jaar.

#1 5. Koersuitspraak 2: Passend onderwijs voor elk kind

Wij willen dat ieder kind op een van onze scholen de ondersteuning krijgt die het nodig heeft, zo dicht mogelijk bij huis. Onze scholen bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Dat betekent onder meer dat iedere school een intern begeleider heeft, werkt met het dyslexieprotocol en een aanbod heeft voor kinderen die meer uitdaging nodig hebben. De schoolondersteuningsprofielen van onze scholen staan in de schoolgidsen.

Voor kinderen die meer nodig hebben, zetten onze scholen arrangementen in. Daarvoor gebruiken wij het schoolbudget dat wij van het samenwerkingsverband ontvangen (in 2025: € 1,9 miljoen voor de hele stichting). Het bestuur verdeelt dit budget over de scholen op basis van leerlingaantallen en de ondersteuningsbehoefte die uit de groepsoverzichten blijkt. Een deel (€ 250.000) houden wij centraal voor de stichtingsbrede plusklas en de inzet van twee orthopedagogen.

Als een kind meer nodig heeft dan een basisschool kan bieden, vraagt het bestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring aan voor het sbo of so. Onze eigen sbo-school De Kameleon is voor veel kinderen de eerste keuze. Wij willen dat kinderen van De Kameleon, waar dat kan, weer terugkeren naar een basisschool van de stichting. De Kameleon biedt daarvoor ambulante begeleiding.

Thuiszitten willen wij voorkomen. Onze scholen melden dreigend verzuim tijdig bij leerplicht en bij het samenwerkingsverband.

Wat gaan wij doen?
- In 2026 heeft iedere school een tweede intern begeleider of een gedragsspecialist.
- Wij openen in 2027 een tweede plusklas in Sint-Oedenrode-Zuid.
- Iedere verwijzing naar het sbo of so wordt vooraf besproken met een orthopedagoog van het bestuursbureau.

#1 6. Koersuitspraak 3: Ouders als partner

Ouders kennen hun kind het best. Wij willen dat ouders zich welkom voelen en betrokken zijn bij het leren van hun kind. Iedere school informeert ouders via de schoolgids, de schoolapp en ten minste drie oudergesprekken per jaar. Bij extra ondersteuning worden ouders altijd betrokken bij het opstellen van het ontwikkelingsperspectief.

Ouders praten mee in de medezeggenschapsraden van de scholen en in de GMR. Ouders met vragen over passend onderwijs verwijzen wij naar de intern begeleider en naar het ouder- en jeugdsteunpunt van het samenwerkingsverband. Klachten behandelen wij volgens de klachtenregeling van de stichting.

Wat gaan wij doen?
- Iedere school organiseert jaarlijks een ouderpanel.
- In 2026 onderzoeken wij de tevredenheid van ouders op alle scholen.

#1 7. Koersuitspraak 4: Sterke professionals

Goed onderwijs begint bij goede leerkrachten. Het lerarentekort raakt ook onze scholen. Wij investeren in het opleiden van nieuwe leerkrachten via de opleidingsschool, in het behouden van ervaren collega's en in het slim organiseren van het werk, bijvoorbeeld met onderwijsassistenten en vakspecialisten.

Wat gaan wij doen?
- Ieder jaar starten ten minste twaalf zij-instromers en studenten in een leer-werktraject.
- Iedere medewerker heeft jaarlijks een ontwikkelgesprek.
- Het ziekteverzuim daalt van 7,1% naar ten hoogste 5,5%.

#1 8. Koersuitspraak 5: Gezond en duurzaam

De stichting is financieel gezond. De begroting 2025 sluit met een klein positief resultaat. De reserves liggen boven de signaleringswaarde van de inspectie; het bovenmatig deel zetten wij de komende jaren in voor onderwijskwaliteit. Wij maken onze schoolgebouwen duurzamer: in 2029 zijn vier gebouwen van het gas af.

|Bedragen x € 1.000|2025|2026|2027|2028|
|Rijksbijdragen|38.200|38.050|37.700|37.400|
|Ondersteuningsmiddelen SWV|1.900|1.880|1.850|1.820|
|Personele lasten|32.100|32.300|32.150|31.900|
|Resultaat|180|-120|-90|40|

#1 9. Hoe wij de koers volgen

Iedere school vertaalt dit koersdocument naar een schoolplan en jaarplannen. Het college van bestuur bespreekt twee keer per jaar met iedere directeur de voortgang. De GMR en de raad van toezicht worden jaarlijks geïnformeerd via het jaarverslag van de stichting. Halverwege de periode, in 2027, evalueren wij het koersdocument met alle betrokkenen.
"""

NP = {
    "name": "np-koersdocument-dommeldal",
    "formats": ["pdf"],
    "spec": {
        "doc_title": "Koersdocument 2025-2029 Stichting KPO Dommeldal",
        "author": "Bestuursbureau KPO Dommeldal",
        "header": "Koersdocument 2025-2029 — Stichting Katholiek Primair Onderwijs Dommeldal",
        "footer": "Koers 2025-2029 'Elk kind telt'",
        "title_lines": [
            ("Elk kind telt", 26, True),
            ("Koersdocument 2025-2029", 18, False),
            ("Stichting Katholiek Primair Onderwijs Dommeldal", 13, False),
            ("Passend onderwijs • Ouders • Resultaten • Middelen", 10, False),
        ],
        "style": {"font": "Georgia", "size": 10.5,
                  "h1": {"bold": True, "size": 14, "space_before": 12},
                  "h2": {"bold": True, "size": 11},
                  "bullets": "typed"},
        "body": NP_BODY,
    },
    "label": {
        "sector": "po",
        "looks_like_plan": False,
        "notes": {
            "document_type": "Koersdocument (strategic plan) of one schoolbestuur (Stichting KPO Dommeldal, 16 schools), not an ondersteuningsplan of a samenwerkingsverband: it refers to the SWV's ondersteuningsplan as the governing document, has no OPR/OOGO/planperiode of an SWV, and its passend-onderwijs text (basisondersteuning, arrangementen, TLV, terugkeer, ouders, middelen, reserves) describes the board's own schools.",
        },
    },
}
