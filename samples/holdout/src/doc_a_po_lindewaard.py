from common import *

NAME = "Samenwerkingsverband Passend Primair Onderwijs Lindewaard"
blocks = [
TITLE("Samen thuisnabij", "Ondersteuningsplan 2026–2030",
      NAME + " (PO 31-04)",
      "Gemeenten Lindewaard, Oosterbroek, Heeswijk-Veld en Dorstvoort",
      "Vastgesteld door het algemeen bestuur op 9 maart 2026"),
TOC,
H1("1 Voorwoord"),
P("Voor u ligt het ondersteuningsplan 2026–2030 van het Samenwerkingsverband Passend Primair Onderwijs Lindewaard. "
  "Het is het derde plan sinds de invoering van de Wet passend onderwijs in 2014 en het is tot stand gekomen in een "
  "intensief traject met schoolbesturen, directeuren, intern begeleiders, de ondersteuningsplanraad (OPR), ouders en "
  "onze gemeentelijke partners. In ruim veertig gesprekken, drie regionale werkconferenties en een digitale "
  "ouderpeiling hebben wij opgehaald wat goed gaat, wat beter kan en waar wij de komende vier jaar samen onze "
  "energie in willen steken."),
P("De titel van dit plan, Samen thuisnabij, is niet toevallig gekozen. Wij willen dat ieder kind in onze regio "
  "zoveel mogelijk onderwijs krijgt in de eigen wijk of het eigen dorp, samen met broertjes, zusjes en "
  "vriendjes, en dat de ondersteuning naar het kind toe komt in plaats van andersom. Dat vraagt veel van "
  "leerkrachten en van scholen. Het vraagt ook dat wij als samenwerkingsverband duidelijk maken wat ouders "
  "op iedere school mogen verwachten, hoe de weg naar extra of speciale ondersteuning loopt en waar het geld "
  "naartoe gaat."),
P("Wij danken iedereen die heeft bijgedragen aan dit plan. In het bijzonder danken wij de leden van de OPR, die "
  "het concept kritisch hebben gelezen en op 23 maart 2026 hun instemming hebben verleend, en de wethouders "
  "onderwijs en jeugd van de vier gemeenten voor het constructieve op overeenstemming gericht overleg (OOGO) "
  "van 2 maart 2026."),
P("Drs. M.A. (Marieke) Verhoef-Lindeman, directeur-bestuurder"),
P("Ir. J. (Joost) van den Akker, voorzitter algemeen bestuur"),

H1("2 Samenvatting"),
P("Dit ondersteuningsplan beschrijft hoe de elf schoolbesturen in ons samenwerkingsverband er samen voor zorgen "
  "dat alle leerlingen een passende onderwijsplek krijgen. In hoofdstuk 3 kijken wij terug op de planperiode "
  "2022–2026 en presenteren wij de belangrijkste kengetallen. Hoofdstuk 4 bevat onze visie en koers. Hoofdstuk 5 "
  "beschrijft de onderwijszorgroute: van de basisondersteuning die iedere school biedt, via arrangementen en "
  "bovenschoolse voorzieningen, tot de ondersteuningstoewijzing voor het speciaal basisonderwijs (sbo) en het "
  "speciaal onderwijs (so). In hoofdstuk 6 staat hoe wij werken aan een thuisnabij en dekkend aanbod, en in "
  "hoofdstuk 7 hoe wij ouders informeren. Hoofdstuk 8 gaat over het geld, hoofdstuk 9 over kwaliteitszorg en de "
  "resultaten die wij willen bereiken. De hoofdstukken 10 en 11 beschrijven de organisatie en de samenwerking."),
P("De belangrijkste keuzes voor de komende periode zijn: (1) een aangescherpte, voor ouders leesbare set van twaalf "
  "standaarden basisondersteuning die op iedere vestiging gelden; (2) meer middelen rechtstreeks naar de scholen via "
  "een vast bedrag per leerling, met behoud van een bovenschools arrangementenbudget; (3) een kortere doorlooptijd "
  "van de ondersteuningstoewijzing; (4) een sluitende aanpak voor thuiszitters met de vier gemeenten; en (5) een "
  "dashboard waarmee wij twee keer per jaar zichtbaar maken of wij onze doelen halen."),

H1("3 Terugblik 2022–2026 en kengetallen"),
P("In de afgelopen planperiode is veel bereikt, maar niet alles wat wij ons hadden voorgenomen. De ambitie om het "
  "aantal leerlingen in het speciaal (basis)onderwijs te laten dalen tot het landelijk gemiddelde is niet gehaald; "
  "het deelnamepercentage sbo is licht gedaald, het percentage so is gestegen. Het aantal thuiszitters is wel "
  "substantieel afgenomen. De evaluatie van het vorige plan, uitgevoerd door een extern bureau in het najaar van "
  "2025, concludeert dat scholen de basisondersteuning beter op orde hebben dan in 2022, maar dat de verschillen "
  "tussen scholen groot blijven en dat ouders niet altijd weten wat zij van een school mogen verwachten."),
H2("3.1 Leerlingen en scholen"),
P("Ons samenwerkingsverband omvat het grondgebied van de gemeenten Lindewaard, Oosterbroek, Heeswijk-Veld en "
  "Dorstvoort. Op 1 oktober 2025 telden de 58 aangesloten basisscholen samen 11.412 leerlingen. Daarnaast zijn "
  "er twee scholen voor speciaal basisonderwijs (SBO De Wingerd in Lindewaard en SBO Het Palet in Dorstvoort) en drie "
  "locaties voor speciaal onderwijs in de regio: De Kroonsteen (cluster 4), De Lindeboom (cluster 3, zml en lz/lg) en "
  "de so-afdeling van Kindcentrum De Waard. Het leerlingaantal in de regio daalt: de prognose voor 2030 is circa "
  "10.700 leerlingen in het basisonderwijs."),
T(["Kengetal (peildatum 1 oktober)", "2021", "2022", "2023", "2024", "2025", "Landelijk 2025"],
  ["Leerlingen basisonderwijs", "12.068", "11.902", "11.760", "11.581", "11.412", "–"],
  ["Leerlingen sbo", "341", "336", "322", "318", "309", "–"],
  ["Deelnamepercentage sbo", "2,70%", "2,71%", "2,63%", "2,63%", "2,58%", "2,50%"],
  ["Leerlingen so (cluster 3 en 4)", "236", "244", "259", "268", "276", "–"],
  ["Deelnamepercentage so", "1,87%", "1,97%", "2,12%", "2,22%", "2,31%", "1,84%"],
  ["Afgegeven TLV's sbo", "104", "98", "95", "91", "88", "–"],
  ["Afgegeven TLV's so", "61", "66", "72", "70", "74", "–"],
  ["Thuiszitters langer dan 4 weken (telling 1 oktober)", "19", "17", "12", "9", "8", "–"]),
H2("3.2 Wat zeggen scholen en ouders?"),
P("In de tevredenheidspeiling van juni 2025 gaven de intern begeleiders het samenwerkingsverband gemiddeld een 7,4 "
  "(2022: 6,8). Zij waarderen vooral de snelheid van het arrangeerteam en de consultatie door de "
  "onderwijsadviseurs. Punten van kritiek waren de administratieve last bij aanvragen en de wachtlijst voor het "
  "so cluster 4. Van de 612 ouders die de ouderpeiling invulden, gaf 71% aan tevreden te zijn over de ondersteuning "
  "van hun kind; 38% wist niet wat de basisondersteuning op de school van hun kind inhoudt. Dat laatste cijfer is "
  "voor ons een belangrijke aanleiding geweest om de standaarden basisondersteuning te herschrijven in taal die "
  "ouders begrijpen."),

H1("4 Onze koers: visie en ambities"),
P("Wij geloven dat ieder kind recht heeft op een ononderbroken ontwikkeling en op onderwijs dat past bij wat het "
  "kan en nodig heeft. Passend onderwijs begint in de klas, bij een leerkracht die kinderen kent en die zich "
  "gesteund weet door een team, een intern begeleider, een schoolbestuur en een samenwerkingsverband. Wij kiezen "
  "daarom voor het schoolmodel: de verantwoordelijkheid en het grootste deel van de middelen liggen bij de "
  "scholen en hun besturen, het samenwerkingsverband faciliteert, verbindt en houdt toezicht op de afspraken."),
P("Onze missie luidt: ‘Elk kind een passende plek, zo dichtbij huis als het kan.’ Daaruit volgen vier ambities "
  "voor de periode 2026–2030, die in hoofdstuk 9 zijn uitgewerkt in meetbare doelen:"),
OL("Iedere school biedt aantoonbaar de afgesproken basisondersteuning (ambitie ‘basis op orde’).",
   "Ondersteuning komt zo snel mogelijk en zo thuisnabij mogelijk beschikbaar (ambitie ‘snel en dichtbij’).",
   "Geen kind zit thuis zonder passend onderwijsaanbod (ambitie ‘niemand buiten spel’).",
   "Ouders zijn goed geïnformeerd en worden als partner betrokken (ambitie ‘samen met ouders’)."),
P("Deze ambities sluiten aan bij de landelijke verbeteraanpak passend onderwijs en bij de ontwikkeling naar een "
  "landelijke norm voor basisondersteuning. Zodra die norm wettelijk is vastgelegd, passen wij onze standaarden "
  "daarop aan. Tot die tijd gelden de standaarden in paragraaf 5.1."),
P("Bij alles wat wij doen hanteren wij vijf uitgangspunten: we denken vanuit het kind en niet vanuit het systeem; "
  "we werken handelingsgericht en oplossingsgericht; we maken gebruik van elkaars expertise; we zijn transparant "
  "over keuzes en geld; en we leren van wat werkt. Deze uitgangspunten zijn in de werkconferenties van 2025 door "
  "directeuren en intern begeleiders opnieuw onderschreven."),

H1("5 De onderwijszorgroute in Lindewaard"),
P("De ondersteuning aan leerlingen is in Lindewaard georganiseerd in een route met vier niveaus, die wij de "
  "onderwijszorgroute noemen. Niveau 1 en 2 vallen onder de basisondersteuning; niveau 3 omvat extra ondersteuning "
  "in de vorm van arrangementen; niveau 4 is het speciaal (basis)onderwijs. Ouders worden op alle niveaus "
  "betrokken; vanaf niveau 2 wordt een groeidocument opgesteld dat samen met ouders wordt besproken."),
T(["Niveau", "Wat", "Wie", "Bekostiging"],
  ["1", "Basisondersteuning in de groep: goed onderwijs, differentiatie, preventieve interventies", "Leerkracht", "Lumpsum school"],
  ["2", "Basisondersteuning op schoolniveau: interne begeleiding, consultatie, lichte curatieve interventies", "IB'er, onderwijsadviseur SWV", "Schoolbudget SWV"],
  ["3", "Extra ondersteuning: arrangementen in of buiten de school", "Arrangeerteam, school", "Arrangementenbudget SWV"],
  ["4", "Speciaal basisonderwijs of speciaal onderwijs met TLV", "Commissie Toewijzing", "Afdracht via DUO / SWV"]),
H2("5.1 Basisondersteuning: wat elke school biedt"),
P("Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat iedere "
  "basisschool, op iedere vestiging, aan iedere leerling biedt, zonder dat daarvoor een aanvraag bij het "
  "samenwerkingsverband nodig is. Het niveau is vastgelegd in twaalf standaarden, die in 2025 met alle besturen "
  "zijn herijkt. Deze standaarden zijn een ondergrens: scholen mogen meer bieden en beschrijven dat in hun "
  "schoolondersteuningsprofiel en in de schoolgids. Wat een school niet kan bieden binnen deze standaarden, valt "
  "onder extra ondersteuning (niveau 3)."),
T(["Nr", "Standaard basisondersteuning", "Wat u als ouder op iedere school mag verwachten"],
  ["1", "Basiskwaliteit", "De school voldoet aan het toezichtkader van de inspectie en heeft geen oordeel ‘zeer zwak’."],
  ["2", "Ondersteuningsstructuur", "Er is een intern begeleider met minimaal 0,2 fte per 100 leerlingen en een vast overleg met het SWV (ondersteuningsteam, minimaal vier keer per jaar)."],
  ["3", "Handelingsgericht werken", "De school werkt met groepsoverzichten en een cyclus van signaleren, analyseren, plannen en evalueren; ouders worden bij zorgen binnen twee weken uitgenodigd."],
  ["4", "Leerlingvolgsysteem", "Ontwikkeling wordt twee keer per jaar met een genormeerd volgsysteem gevolgd en met ouders besproken."],
  ["5", "Dyslexie", "De school werkt volgens het Protocol Leesproblemen en Dyslexie, biedt interventies op niveau 1–3 en verzorgt het dossier voor vergoede zorg."],
  ["6", "Dyscalculie en rekenproblemen", "De school werkt volgens het Protocol ERWD en biedt een rekeninterventie van minimaal 12 weken."],
  ["7", "Sociale veiligheid en gedrag", "De school heeft een programma voor sociaal-emotioneel leren, een anti-pestcoördinator en een gedragsprotocol; bij gedragsproblemen is binnen vier weken een plan van aanpak."],
  ["8", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep, en toegang tot de bovenschoolse plusklas."],
  ["9", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, in samenwerking met de schakelklas."],
  ["10", "Medische en fysieke zorg", "Een protocol medisch handelen; de school is toegankelijk of treft binnen redelijke termijn aanpassingen."],
  ["11", "Ontwikkelingsperspectief", "Voor leerlingen die naar verwachting niet het eindniveau van groep 8 halen wordt een OPP opgesteld en jaarlijks met ouders geëvalueerd."],
  ["12", "Samenwerking met ketenpartners", "De school heeft een vaste contactpersoon van het lokale jeugdteam en van de jeugdgezondheidszorg."]),
P("Het samenwerkingsverband controleert of scholen de basisondersteuning daadwerkelijk bieden. Iedere school "
  "vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in; de onderwijsadviseur bespreekt deze met "
  "directeur en IB'er. Eens per vier jaar volgt een audit door twee collega-IB'ers van een ander bestuur. Als een "
  "school op één of meer standaarden onvoldoende scoort, maakt het bestuur binnen drie maanden een verbeterplan, "
  "waarvan de voortgang in het directeurenoverleg wordt gevolgd. Blijft verbetering uit, dan spreekt de "
  "directeur-bestuurder het schoolbestuur aan."),
H2("5.2 Extra ondersteuning: het arrangeerteam"),
P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school de leerling in het "
  "ondersteuningsteam (OT), met ouders en de onderwijsadviseur van het samenwerkingsverband. Als blijkt dat een "
  "arrangement nodig is, dient de school een aanvraag in bij het arrangeerteam. Het arrangeerteam komt iedere "
  "twee weken bijeen en neemt binnen vier weken een besluit. Arrangementen zijn er in drie vormen:"),
UL("Individueel arrangement in de school: extra handen in de klas, specifieke begeleiding of middelen, maximaal één schooljaar, met evaluatie na zes maanden.",
   "Groepsarrangement: bijvoorbeeld de taalklas, de bovenschoolse plusklas of een groep voor jonge risicoleerlingen.",
   "Onderwijszorgarrangement (OZA): onderwijs gecombineerd met jeugdhulp in onderwijstijd, gefinancierd door samenwerkingsverband en gemeente samen."),
H2("5.3 Bovenschoolse voorzieningen"),
P("Naast de arrangementen in de scholen kent onze regio een aantal bovenschoolse voorzieningen die samen met de "
  "scholen en de speciale scholen het ondersteuningscontinuüm vormen:"),
T(["Voorziening", "Voor wie", "Capaciteit", "Plaats"],
  ["Plusklas Lindewaard", "Meer- en hoogbegaafde leerlingen groep 5–8, één dagdeel per week", "96 plaatsen", "Lindewaard, Dorstvoort"],
  ["Schakelklas", "Nieuwkomers en leerlingen met grote taalachterstand", "2 groepen", "Oosterbroek"],
  ["Observatiegroep De Wingerd", "Kinderen 4–7 jaar van wie de ondersteuningsbehoefte nog onduidelijk is, maximaal 16 weken", "12 plaatsen", "Lindewaard"],
  ["Expertisepunt gedrag", "Consultatie en ambulante begeleiding vanuit De Kroonsteen", "circa 80 trajecten per jaar", "Regio"],
  ["Zorgklas De Lindeboom", "Kinderen met een medische of zeer intensieve zorgbehoefte, OZA", "8 plaatsen", "Heeswijk-Veld"]),
H2("5.4 Ondersteuningstoewijzing: naar het speciaal (basis)onderwijs"),
P("Soms kan een leerling, ook met een arrangement, niet (langer) op een reguliere basisschool worden begeleid. De "
  "leerling heeft dan een toelaatbaarheidsverklaring (TLV) nodig voor het sbo of het so. In Lindewaard beslist de "
  "Commissie Toewijzing namens het samenwerkingsverband over toelaatbaarheid. De procedure verloopt als volgt:"),
OL("Het bevoegd gezag van de school waar de leerling staat ingeschreven (of is aangemeld) dient de aanvraag digitaal in via het portaal, na bespreking in het OT.",
   "Bij de aanvraag zitten het groeidocument of OPP, het onderwijskundig rapport, een verslag van de geboden ondersteuning en de zienswijze van ouders.",
   "De secretaris van de Commissie Toewijzing toetst de aanvraag binnen vijf werkdagen op volledigheid.",
   "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een kinderpsychiater, maatschappelijk werker of arts). Deskundigen die betrokken waren bij de aanvraag geven geen advies.",
   "De Commissie Toewijzing neemt een besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders ontvangen een afschrift van beide adviezen en van het besluit.",
   "Bij een spoedsituatie (bijvoorbeeld dreigend thuiszitten) besluit de commissie binnen tien werkdagen."),
P("Een leerling is toelaatbaar tot het sbo als aan alle volgende criteria is voldaan: de ondersteuningsbehoefte "
  "overstijgt aantoonbaar de basisondersteuning en de mogelijkheden van een arrangement; er is minimaal een half jaar "
  "handelingsgericht gewerkt met een geëvalueerd plan; en de leerling heeft een onderwijsaanbod nodig in een kleine "
  "groep met een specifieke pedagogisch-didactische aanpak gedurende de hele schooldag. Een leerling is toelaatbaar "
  "tot het so als daarnaast sprake is van een intensieve, langdurige ondersteuningsbehoefte op het gebied van "
  "gedrag, ontwikkeling, lichamelijke of medische beperking die zo ingrijpend is dat een sbo-setting niet volstaat. "
  "Bij het so bepaalt de commissie ook de bekostigingscategorie (laag, midden of hoog) op basis van de "
  "ondersteuningsbehoefte."),
P("Een TLV voor het sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode; een TLV voor het so "
  "heeft een looptijd van één tot vier schooljaren en eindigt altijd op 31 juli. Voor jonge kinderen in de "
  "observatiegroep geldt een tijdelijke TLV van maximaal zestien weken."),
H2("5.5 Terug naar de basisschool"),
P("Ook terugplaatsing vanuit het speciaal (basis)onderwijs is een aandachtspunt. Het beleid hiervoor wordt in "
  "schooljaar 2026–2027 nader uitgewerkt in een notitie van de Commissie Toewijzing, die ter instemming aan de OPR "
  "wordt voorgelegd."),

H1("6 Thuisnabij en dekkend"),
P("Een dekkend aanbod betekent voor ons dat er voor iedere leerling in de regio een passende plek is, zo dichtbij "
  "huis als mogelijk. De scholen hebben zorgplicht; het samenwerkingsverband ondersteunt de besturen wanneer een "
  "passende plek niet snel te vinden is. Uit de analyse van 2025 blijken drie lacunes in ons aanbod:"),
UL("Voor jonge kinderen met ernstige gedragsproblemen is de wachtlijst voor het so cluster 4 opgelopen tot gemiddeld 14 weken.",
   "In het oostelijk deel van de regio (Heeswijk-Veld) is geen voltijds voorziening voor hoogbegaafde leerlingen; ouders wijken uit naar scholen buiten de regio.",
   "Kinderen met een combinatie van een medische en een leerbehoefte zijn moeilijk te plaatsen; zij zijn oververtegenwoordigd onder de thuiszitters."),
P("Wij pakken deze lacunes als volgt aan. Met De Kroonsteen is afgesproken dat vanaf augustus 2026 een "
  "tussenvoorziening met 10 plaatsen wordt ingericht, zodat kinderen op de wachtlijst niet thuiszitten. In 2027 "
  "start in Heeswijk-Veld een voltijds HB-groep, betaald uit de landelijke middelen voor hoogbegaafdheid en een "
  "bijdrage van het samenwerkingsverband. Voor kinderen met een medische en leerbehoefte wordt de zorgklas van De "
  "Lindeboom uitgebreid. Iedere maand bespreekt de thuiszittersoverleg (samenwerkingsverband, leerplicht, jeugdteams "
  "en besturen) alle leerlingen die langer dan vier weken geen onderwijs volgen; na acht weken heeft de "
  "directeur-bestuurder doorzettingsmacht om een tijdelijke plek af te dwingen."),
P("Met de vier gemeenten is in het OOGO afgesproken dat wij gezamenlijk investeren in onderwijszorgarrangementen, "
  "dat leerlingenvervoer naar de tussenvoorziening wordt geregeld en dat de jeugdteams een vaste contactpersoon per "
  "school hebben. Ook terugplaatsing is een onderwerp dat wij met de gemeenten willen bespreken."),

H1("7 Ouders"),
P("Ouders kennen hun kind het best. Wij zien ouders als partner en willen dat zij goed geïnformeerd zijn over de "
  "ondersteuningsmogelijkheden in onze regio. Wij informeren ouders langs verschillende wegen:"),
UL("De website www.swv-lindewaard.nl met een ouderpagina, waar de standaarden basisondersteuning, de onderwijszorgroute en alle voorzieningen in begrijpelijke taal worden uitgelegd.",
   "De ouderfolder ‘Wat mag ik verwachten?’, die iedere school bij aanmelding aan ouders meegeeft, ook beschikbaar in het Engels, Arabisch en Pools.",
   "De schoolgids en het schoolondersteuningsprofiel van iedere school, waarin de school beschrijft welke ondersteuning zij biedt bovenop de basisondersteuning.",
   "Twee keer per jaar een thema-avond voor ouders, in 2026 over dyslexie en over hoogbegaafdheid.",
   "Een vaste contactpersoon bij het samenwerkingsverband voor vragen over arrangementen en de Commissie Toewijzing."),
P("Ouders zijn altijd betrokken bij het opstellen en evalueren van het groeidocument en het OPP, en zij worden "
  "uitgenodigd voor het ondersteuningsteam. De OPR bestaat voor de helft uit ouders en heeft instemmingsrecht op "
  "dit plan."),
P("Het samenwerkingsverband richt, in lijn met de Wet versterking positie ouders en leerlingen, een ouder- en "
  "jeugdsteunpunt in. De vormgeving wordt in 2026–2027 uitgewerkt; de contactgegevens volgen op onze website."),

H1("8 Het geld: middelenverdeling en begroting"),
P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk de ondersteuningsmiddelen voor lichte en zware "
  "ondersteuning. Na aftrek van de afdrachten aan DUO voor het so en de bekostiging van het sbo boven de 2%-grens "
  "verdelen wij de middelen volgens het verdeelmodel dat het algemeen bestuur in december 2025 heeft vastgesteld."),
H2("8.1 Het verdeelmodel"),
UL("Schoolbudget: iedere school ontvangt € 145 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.500 per vestiging. Het budget wordt in twee termijnen (september en februari) aan het bestuur overgemaakt.",
   "Arrangementenbudget: het arrangeerteam kent arrangementen toe op basis van een aanvraag; een individueel arrangement bedraagt maximaal € 9.000 per schooljaar.",
   "Bovenschoolse voorzieningen: plusklas, schakelklas, observatiegroep en expertisepunt worden via een jaarlijkse dienstverleningsovereenkomst bekostigd.",
   "Organisatie: maximaal 6% van de baten gaat naar bureau, bestuur en huisvesting van het samenwerkingsverband."),
P("Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juni in een korte rapportage per "
  "school, waarin zij aangeven welke ondersteuning zij ervan hebben bekostigd en welke effecten dat had. De "
  "onderwijsadviseur bespreekt deze rapportage met de directeur."),
H2("8.2 Meerjarenbegroting 2026–2029"),
T(["(x € 1.000)", "2026", "2027", "2028", "2029"],
  ["Baten ondersteuningsmiddelen (lichte en zware ondersteuning)", "8.940", "8.770", "8.610", "8.470"],
  ["Af: afdracht so via DUO", "-3.310", "-3.290", "-3.240", "-3.200"],
  ["Af: afdracht sbo boven 2%", "-420", "-390", "-360", "-340"],
  ["Beschikbaar voor het samenwerkingsverband", "5.210", "5.090", "5.010", "4.930"],
  ["Schoolbudgetten (vast bedrag per leerling + vaste voet)", "2.030", "1.990", "1.950", "1.910"],
  ["Arrangementenbudget", "1.460", "1.420", "1.400", "1.380"],
  ["Bovenschoolse voorzieningen", "880", "920", "940", "940"],
  ["Thuiszitters en tussenvoorziening", "240", "260", "260", "260"],
  ["Organisatie en bestuur", "310", "315", "320", "325"],
  ["Totaal lasten", "4.920", "4.905", "4.870", "4.815"],
  ["Resultaat", "290", "185", "140", "115"]),
H2("8.3 Reserves en risico's"),
P("Het eigen vermogen bedroeg op 31 december 2025 € 1,9 miljoen. Conform de signaleringswaarde van de inspectie "
  "houden wij een weerstandsvermogen aan van circa 8% van de baten. De bovenmatige reserve is in 2023 en 2024 "
  "afgebouwd. De belangrijkste risico's zijn een verdere stijging van het so-percentage en daling van het "
  "leerlingaantal."),

H1("9 Kwaliteitszorg en resultaten: meten is weten"),
P("Wij werken met een kwaliteitscyclus volgens de PDCA-systematiek. De ambities uit hoofdstuk 4 zijn vertaald in "
  "beoogde resultaten met indicatoren en streefwaarden. Jaarlijks worden zij uitgewerkt in het jaarplan en de "
  "jaarbegroting."),
T(["Ambitie", "Beoogd resultaat 2030", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
  ["Basis op orde", "Alle scholen voldoen aan de twaalf standaarden", "% scholen met kwaliteitskaart ‘voldoende’ op alle standaarden", "74%", "100%"],
  ["Snel en dichtbij", "Kortere doorlooptijd ondersteuningstoewijzing", "Gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "maximaal 5 weken"],
  ["Snel en dichtbij", "Minder leerlingen in het so", "Deelnamepercentage so", "2,31%", "2,00%"],
  ["Niemand buiten spel", "Geen langdurige thuiszitters", "Aantal thuiszitters > 4 weken (1 oktober)", "8", "0"],
  ["Samen met ouders", "Ouders weten wat de school biedt", "% ouders dat de basisondersteuning kent (ouderpeiling)", "62%", "85%"]),
P("Wij volgen de resultaten met een dashboard dat twee keer per jaar (februari en september) wordt geactualiseerd "
  "met gegevens uit DUO, de registratie van de Commissie Toewijzing en het arrangeerteam, de leerplichttelling en "
  "de kwaliteitskaarten. Het dashboard wordt besproken in het algemeen bestuur, de OPR en het directeurenoverleg. "
  "In het jaarverslag leggen wij verantwoording af over de bereikte resultaten en de daaraan gekoppelde inzet van "
  "middelen. Halverwege de planperiode (najaar 2028) voeren wij een tussenevaluatie uit en stellen wij zo nodig de "
  "koers bij."),

H1("10 Organisatie, bestuur en medezeggenschap"),
P("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; het intern toezicht "
  "wordt uitgeoefend door de raad van toezicht, gevormd door vijf bestuurders van aangesloten schoolbesturen en twee "
  "onafhankelijke leden. Het bureau telt 14,2 fte, waaronder zeven onderwijsadviseurs, twee orthopedagogen, een "
  "secretaris van de Commissie Toewijzing, een controller en ondersteunend personeel."),
P("De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de "
  "medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar en heeft instemmingsrecht "
  "op het ondersteuningsplan en op wijzigingen daarvan. De medezeggenschapsraad van het bureau bestaat uit twee "
  "leden."),
P("Het plan is op 2 maart 2026 besproken in het OOGO met de gemeenten en op 16 februari 2026 afgestemd met het "
  "samenwerkingsverband VO in de regio. Na instemming van de OPR is het plan vóór 1 mei 2026 aan de inspectie "
  "toegezonden."),

H1("11 Samenwerking en professionalisering"),
P("Passend onderwijs vraagt voortdurend leren. Het samenwerkingsverband biedt daarom een jaarlijks scholingsaanbod "
  "voor leerkrachten en intern begeleiders, met onder meer cursussen over gedrag in de klas, executieve functies en "
  "het werken met het ontwikkelingsperspectief. Daarnaast organiseren wij vier netwerkbijeenkomsten per jaar voor "
  "intern begeleiders en een jaarlijkse studiedag voor directeuren. Het scholingsaanbod wordt kostendekkend "
  "aangeboden aan scholen buiten de regio."),
P("Met het samenwerkingsverband VO zijn afspraken gemaakt over de overstap van groep 8 naar het voortgezet "
  "onderwijs, met een warme overdracht voor alle leerlingen met een arrangement of OPP. Met de voorschoolse "
  "voorzieningen werken wij aan een doorgaande lijn voor jonge kinderen."),

H1("Bijlage 1 Begrippenlijst"),
T(["Begrip", "Omschrijving"],
  ["Arrangement", "Een op maat samengesteld pakket van extra ondersteuning voor een leerling of groep."],
  ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
  ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het so."],
  ["Dekkend aanbod", "Het geheel van voorzieningen waardoor iedere leerling een passende plek heeft."],
  ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar."],
  ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."],
  ["OPR", "Ondersteuningsplanraad."],
  ["Terugplaatsing", "De overgang van een leerling van het sbo of so naar het reguliere basisonderwijs, bijvoorbeeld na afloop van de TLV, met begeleiding door de ontvangende school."],
  ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so, afgegeven door het samenwerkingsverband."],
  ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden geen onderwijs volgt."],
  ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."]),
H1("Bijlage 2 Aangesloten scholen"),
P("Overzicht van de basisscholen die op 1 oktober 2025 bij het samenwerkingsverband waren aangesloten (afgeleid uit "
  "de leerlingtelling; de namen van de besturen zijn afgekort)."),
school_table(11, 56, ["Lindewaard", "Oosterbroek", "Heeswijk-Veld", "Dorstvoort", "Veldhuizen", "Ter Aa"],
             ["Stg. Lindeonderwijs", "Kindwijs", "PCBO Oosterbroek", "RK Scholengroep Dorstvoort", "Openbaar Onderwijs Heeswijk", "Stg. De Waard", "Stg. Primo Veld"]),
]

DOC = dict(
    slug="ho-po-lindewaard-2026", fmt="docx+pdf", sector="po", looks_like_plan=True,
    title="Ondersteuningsplan 2026–2030 SWV PO Lindewaard", toc=True,
    header="SWV PO Lindewaard  |  Ondersteuningsplan 2026–2030 ‘Samen thuisnabij’",
    footer="Vastgesteld AB 9 maart 2026",
    blocks=blocks,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"ouders": True},
    notes={
        "terugstroom": "Trap: heading '5.5 Terug naar de basisschool' (also in TOC) holds only a passing mention + deferral ('wordt in schooljaar 2026-2027 nader uitgewerkt in een notitie'); ch. 6 has another passing mention ('Ook terugplaatsing is een onderwerp dat wij met de gemeenten willen bespreken'); the only substantive definition is in Bijlage 1 Begrippenlijst, which does not count. No terugplaatsing figures anywhere (kengetallen table 3.1 has none) -> nothing addressed -> missing.",
        "ouders": "informatie: ch. 7 lists website/ouderpagina, ouderfolder, schoolgids/SOP, thema-avonden. steunpunt: OJSP only deferred ('wordt in 2026-2027 uitgewerkt; de contactgegevens volgen op onze website'); no onderwijsconsulenten, klachten or geschillen route anywhere (TLV section deliberately has no bezwaar route). OJSP in begrippenlijst does not count. Advisory betrokkenheid (OPR, OPP) addressed -> partial.",
        "plaatsing": "5.4: numbered procedure (bevoegd gezag, dossier, two deskundigen, Commissie Toewijzing, 6 weeks) and explicit sbo/so criteria + bekostigingscategorie + duration. No bezwaar (advisory only).",
        "financien": "8.1 verdeelmodel (€145 per leerling + vaste voet), 8.2 meerjarenbegroting table 2026-2029, 8.3 reserves.",
        "resultaten": "ch. 9 table with beoogde resultaten/indicatoren/streefwaarden + dashboard twice a year, jaarverslag, tussenevaluatie.",
    },
)
