# -*- coding: utf-8 -*-
"""holdout9 content, part B: po-vallei-ouderversie (HTML), vo-rivierenland-compact (PDF),
po-kempenland-tabellen (DOCX) and the near-miss np-koersdocument-dommeldal (PDF)."""

from h9_plans_b2 import P5, NP  # noqa: E402

# =============================================================================
# Plan 3: plain-language version for parents (PO), HTML without heading elements
# =============================================================================
P3_BODY = r"""
Inhoud van deze ouderversie

1. Waarom deze ouderversie?
2. Wat is passend onderwijs?
3. Wie zijn wij?
4. Wat mag ik van elke school verwachten?
5. Mijn kind heeft meer nodig. Wat nu?
6. Welke hulp is er allemaal?
7. Naar het speciaal basisonderwijs of speciaal onderwijs
8. Terug naar een gewone basisschool
9. Geen passende plek? Thuis zonder school?
10. Wie betaalt dat allemaal?
11. Waar vind ik informatie?
12. Hulp nodig, of bent u het ergens niet mee eens?
13. Wie praat er mee?
14. Gemeente en jeugdhulp
15. Veelgestelde vragen
16. Woordenlijst

#1 1. Waarom deze ouderversie?

Elk samenwerkingsverband moet eens in de vier jaar een ondersteuningsplan maken. Ons nieuwe ondersteuningsplan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het volledige plan is meer dan zestig bladzijden lang en staat vol met moeilijke woorden. Daarom hebben wij deze ouderversie gemaakt. Hierin leest u in gewone taal wat het plan betekent voor u en uw kind.

Deze ouderversie is geschreven samen met ouders uit de ondersteuningsplanraad en met medewerkers van het ouder- en jeugdsteunpunt. Zij hebben de tekst gelezen en ons verteld wat nog niet duidelijk was. Wij hebben geprobeerd korte zinnen te gebruiken. Soms kan een moeilijk woord niet anders. Die woorden staan achteraan in de woordenlijst.

!! Tip: U kunt deze tekst ook laten voorlezen. Klik daarvoor op het luidsprekertje bovenaan de pagina.

#1 2. Wat is passend onderwijs?

Ieder kind is anders. Het ene kind leert snel lezen, het andere kind heeft er meer tijd voor nodig. Sommige kinderen hebben moeite met concentreren, met rekenen of met andere kinderen. Andere kinderen hebben een lichamelijke beperking of een ziekte. Passend onderwijs betekent dat scholen samen zorgen dat ieder kind onderwijs krijgt dat bij hem of haar past.

Sinds 2014 hebben scholen zorgplicht. Dat betekent: als u uw kind aanmeldt bij een school, moet die school zorgen voor een goede plek. Dat kan op de school zelf zijn, maar ook op een andere school die beter past. De school mag u niet zomaar wegsturen.

Alle basisscholen, scholen voor speciaal basisonderwijs en scholen voor speciaal onderwijs in onze regio werken samen. Dat doen zij in het samenwerkingsverband. Het samenwerkingsverband is dus geen school, maar een organisatie van de schoolbesturen samen.

#1 3. Wie zijn wij?

Wij zijn Samenwerkingsverband Passend Primair Onderwijs De Vallei (PO 25-05). In ons gebied liggen de gemeenten Veldhoven-Vallei, Baarlo-Oost en Wijkerbroek. Er zijn 52 basisscholen, twee scholen voor speciaal basisonderwijs (sbo) en drie scholen voor speciaal onderwijs (so). Samen hebben zij ongeveer 17.000 leerlingen. Tien schoolbesturen zijn lid van het samenwerkingsverband.

Het samenwerkingsverband heeft een klein kantoor in Veldhoven-Vallei. Daar werken de directeur, de medewerkers van de Commissie van Toelaatbaarheid, de consulenten passend onderwijs en de medewerkers die de administratie en het geld regelen.

Waar staan wij voor? Wij vinden dat ieder kind welkom moet zijn op een school dicht bij huis. Wij vinden dat ouders en school samen optrekken. En wij vinden dat regels er zijn om kinderen te helpen, niet om ze tegen te houden.

#1 4. Wat mag ik van elke school verwachten?

Alle basisscholen in De Vallei hebben samen afgesproken wat iedere school in ieder geval moet kunnen bieden. Dat heet basisondersteuning. Het is een ondergrens: elke school, ook elke dependance of nevenvestiging, moet dit bieden. U hoeft er niets voor aan te vragen. Een school mag meer bieden, maar niet minder.

Dit mag u van elke basisschool in De Vallei verwachten:
- Een leerkracht die de ontwikkeling van uw kind volgt en met u bespreekt, ten minste drie keer per jaar.
- Een intern begeleider (IB'er) die de leerkracht helpt als uw kind iets extra's nodig heeft. U kunt ook zelf een gesprek met de IB'er aanvragen.
- Extra hulp bij lezen en spellen volgens het dyslexieprotocol. De school kan een onderzoek naar dyslexie aanvragen als uw kind daarvoor in aanmerking komt.
- Extra hulp bij rekenen, in een klein groepje of alleen.
- Een plan en aanpak voor gedrag en omgaan met elkaar, voor de hele school. Elke school heeft een anti-pestcoördinator.
- Extra uitdaging voor kinderen die snel leren, bijvoorbeeld verrijkingswerk of een plusgroepje.
- Hulp bij het leren van de Nederlandse taal voor kinderen die Nederlands als tweede taal leren.
- Afspraken over medicijnen en medisch handelen, zodat een kind met bijvoorbeeld diabetes of epilepsie naar school kan.
- Een goede overdracht naar de volgende groep en naar de middelbare school.
- Een ondersteuningsteam waarin de school samen met u, een consulent van het samenwerkingsverband en, als dat nodig is, iemand van het jeugdteam meedenkt over uw kind.

Elke school schrijft in de schoolgids hoe zij deze basisondersteuning geeft. Het samenwerkingsverband bezoekt elke school eens in de twee jaar om te kijken of de basisondersteuning goed geregeld is.

!! Tip: Vraag op de school van uw kind naar de schoolgids en naar het schoolondersteuningsprofiel. Daarin staat ook wat de school extra kan bieden.

#1 5. Mijn kind heeft meer nodig. Wat nu?

Soms merkt u thuis, of merkt de leerkracht op school, dat het niet goed gaat met uw kind. Uw kind blijft achter, is vaak boos of verdrietig, of wil niet meer naar school. Wat dan?

Stap 1. U praat met de leerkracht. Samen kijkt u wat er aan de hand is en wat uw kind nodig heeft. Vaak kan de leerkracht al veel doen.

Stap 2. Helpt dat niet genoeg, dan schakelt de leerkracht de intern begeleider in. Die kijkt mee en geeft advies. Soms wordt uw kind een tijdje extra geholpen.

Stap 3. Is er nog meer nodig, dan wordt uw kind besproken in het ondersteuningsteam van de school. U bent daar altijd bij. In het ondersteuningsteam zit ook een consulent van het samenwerkingsverband.

Stap 4. De school kan samen met u een ontwikkelingsperspectiefplan (OPP) maken. Daarin staat wat uw kind nodig heeft, wat de doelen zijn en hoe de school uw kind gaat helpen. De school moet u om uw mening vragen over het OPP. Uw kind mag ook zelf zeggen wat het ervan vindt.

Stap 5. Als de school extra hulp nodig heeft die zij zelf niet kan bieden, kan de school een arrangement krijgen. Dat is een afspraak over extra hulp, bijvoorbeeld een specialist die op school komt of een plek in een speciale groep.

#1 6. Welke hulp is er allemaal?

U kunt de hulp zien als een trap. Hoe hoger de trede, hoe meer hulp, maar ook: hoe verder weg van de gewone groep. Wij proberen kinderen zo laag mogelijk op de trap te helpen, maar zo hoog als nodig.

|Trede|Wat is het?|Waar?|
|1|Basisondersteuning: wat elke school biedt (zie hoofdstuk 4)|Op elke basisschool|
|2|Extra hulp in de school, met advies van het ondersteuningsteam|Op de eigen school|
|3|Arrangement: extra hulp of een specialist, op maat voor uw kind|Op de eigen school|
|4|Een speciale groep voor een deel van de week, bijvoorbeeld de Plusklas, de Taalklas of de Kangoeroegroep|Op een andere basisschool in de regio|
|5|Speciaal basisonderwijs (sbo)|De Springplank of De Brug|
|6|Speciaal onderwijs (so)|De Wilg (cluster 3), De Vliegeraar (cluster 4) of Het Hoogeland (cluster 3 en 4, met zorg)|

Voor kinderen die onderwijs en zorg tegelijk nodig hebben, zijn er onderwijs-zorgarrangementen. Dan komt een zorgverlener onder schooltijd naar school, of gaat een kind een deel van de dag naar een zorgboerderij of dagbehandeling. Het samenwerkingsverband en de gemeente regelen dat samen.

Alle scholen en voorzieningen werken samen, zodat uw kind zonder onderbreking van de ene plek naar de andere kan. Als uw kind naar een andere school gaat, gaan de gegevens en de afspraken mee, als u daar toestemming voor geeft.

#1 7. Naar het speciaal basisonderwijs of speciaal onderwijs

Soms heeft een kind zoveel hulp nodig dat de gewone basisschool dat niet kan bieden, ook niet met een arrangement. Dan kan een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so) beter passen. Om daar naartoe te gaan is een toelaatbaarheidsverklaring (TLV) nodig. Dat is een besluit van het samenwerkingsverband.

#2 Wanneer kan mijn kind naar het sbo of so?

Uw kind kan een TLV voor het sbo krijgen als:
- de basisschool al ten minste een half jaar extra hulp heeft gegeven volgens een OPP, en dat is goed opgeschreven;
- uw kind in een kleine groep met meer structuur en meer aandacht beter kan leren;
- uw kind de hulp die het nodig heeft niet op de basisschool kan krijgen, ook niet met een arrangement.

Uw kind kan een TLV voor het so krijgen als daarnaast:
- uw kind een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte heeft, waardoor het speciale hulp nodig heeft (cluster 3), of
- uw kind ernstige gedragsproblemen of psychische problemen heeft, waardoor het in een gewone of kleine groep niet veilig kan leren (cluster 4);
- en het sbo onvoldoende kan bieden.

#2 Hoe gaat de aanvraag?

Stap 1. De school bespreekt met u dat een sbo of so misschien beter past. Dat gebeurt in het ondersteuningsteam.

Stap 2. De school vraagt de TLV aan bij de Commissie van Toelaatbaarheid van het samenwerkingsverband. Dat doet de school, niet u. De school stuurt het OPP, een verslag van het ondersteuningsteam en uw mening mee. U tekent de aanvraag ook.

Stap 3. Twee deskundigen bekijken de aanvraag. De eerste is altijd een orthopedagoog of een psycholoog. De tweede is bijvoorbeeld een kinderarts, een maatschappelijk werker of een kinderpsychiater. Zij geven ieder apart een schriftelijk advies. Zij hebben niet zelf aan de aanvraag meegewerkt.

Stap 4. De Commissie van Toelaatbaarheid besluit binnen zes weken. U en de school krijgen een brief met het besluit. U krijgt ook de adviezen van de deskundigen.

Stap 5. Als uw kind een TLV krijgt, meldt u uw kind aan bij de sbo- of so-school.

#2 Hoe lang geldt een TLV?

Een TLV voor het sbo geldt tot het einde van de basisschool. Een TLV voor het so geldt meestal twee schooljaren. Voor kinderen met een blijvende beperking kan de TLV langer gelden. In de TLV voor het so staat ook een categorie (laag, midden of hoog). Die bepaalt hoeveel ondersteuning de so-school krijgt.

#2 Niet eens met het besluit?

Bent u het niet eens met het besluit? Dan kunt u binnen zes weken bezwaar maken bij het samenwerkingsverband. Uw bezwaar wordt dan bekeken door de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Die geeft advies, en daarna neemt het samenwerkingsverband een nieuw besluit.

#1 8. Terug naar een gewone basisschool

Een plek op het sbo of so hoeft niet voor altijd te zijn. Wij vinden het belangrijk dat kinderen teruggaan naar een gewone basisschool als dat goed voor ze is. Het liefst een school dicht bij huis, zodat uw kind met kinderen uit de buurt naar school gaat.

#2 Wanneer kan mijn kind terug?

Uw kind kan terug als:
- het volgens het OPP zo goed vooruitgaat dat het op een gewone school kan meekomen, met wat extra hulp;
- er een basisschool is die de hulp kan bieden die uw kind dan nog nodig heeft;
- u als ouder ook vindt dat het goed is voor uw kind.

#2 Hoe gaat dat?

Elk jaar bespreekt de sbo- of so-school met u het OPP van uw kind. Daarbij kijkt de school ook of teruggaan naar een gewone school mogelijk is. In het laatste jaar van de TLV doet de school dat uiterlijk in februari, samen met u. Vindt de school, samen met u, dat uw kind terug kan? Dan maakt de school een plan voor de overstap. De Commissie van Toelaatbaarheid beslist vóór 1 april of uw kind teruggaat of een nieuwe TLV krijgt. Gaat uw kind terug, dan kan het eerst zes weken een paar dagen per week proefdraaien op de nieuwe school.

#2 Hulp na de overstap

Ook na de overstap staat uw kind er niet alleen voor. De nieuwe school krijgt een jaar lang begeleiding van een leerkracht van de sbo- of so-school. Die komt op school kijken en geeft de nieuwe leerkracht tips. Na drie maanden en na een jaar is er een gesprek met u, de nieuwe school en de oude school over hoe het gaat.

#1 9. Geen passende plek? Thuis zonder school?

Het kan gebeuren dat er even geen passende plek is voor uw kind, of dat uw kind thuis komt te zitten. Dat willen wij zoveel mogelijk voorkomen. Dit hebben wij afgesproken:
- De school waar u uw kind hebt aangemeld heeft zorgplicht. Die school zoekt binnen zes weken (soms tien weken) een passende plek, op de eigen school of op een andere school.
- Zolang er nog geen plek is, zorgt de school voor onderwijs. Uw kind mag dus niet zomaar thuis komen te zitten.
- Zit uw kind toch langer dan twee weken thuis? Dan meldt de school dit bij het samenwerkingsverband en bij de leerplichtambtenaar. Binnen een week is er een gesprek met u, de school, leerplicht en het jeugdteam.
- Lukt het dan nog niet? Dan bespreekt het Thuiszittersoverleg De Vallei uw kind. Daarin zitten de directeur van het samenwerkingsverband, de gemeente en de jeugdhulp. Zij kunnen knopen doorhakken.
- Elk jaar kijken wij samen met de scholen en de gemeenten voor welke kinderen er nog geen goede plek is in de regio. Daar maken wij dan afspraken over. Zo is in 2025 de Kangoeroegroep gestart voor jonge kinderen met een ontwikkelingsachterstand, omdat daar geen plek voor was.

#1 10. Wie betaalt dat allemaal?

Voor u als ouder kost extra ondersteuning niets. Het samenwerkingsverband krijgt geld van de overheid voor passend onderwijs. Hoe dat geld over de scholen wordt verdeeld en waaraan het precies wordt uitgegeven, leest u in hoofdstuk 9 van het volledige ondersteuningsplan op onze website.

#1 11. Waar vind ik informatie?

Wij vinden het belangrijk dat u goed weet welke hulp er is en hoe u die kunt krijgen. Daarom geven wij op verschillende manieren informatie:
- Op onze website www.swvdevallei.nl staat een aparte ouderpagina. Daar vindt u alle voorzieningen uit hoofdstuk 6, met een korte film over elke voorziening, en de stappen naar extra hulp.
- Iedere school heeft een contactpersoon passend onderwijs. Meestal is dat de intern begeleider. Zijn of haar naam staat in de schoolgids.
- In de schoolgids en het schoolondersteuningsprofiel van iedere school staat welke hulp de school biedt.
- Twee keer per jaar, in november en april, organiseren wij een ouderavond over passend onderwijs. De data staan op de website.
- Er is een folder 'Extra hulp op school' in het Nederlands, Turks, Arabisch, Engels en Oekraïens. U krijgt de folder van de school of kunt hem downloaden.
- Deze ouderversie van het ondersteuningsplan.

#1 12. Hulp nodig, of bent u het ergens niet mee eens?

Soms heeft u vragen die u liever niet aan de school stelt. Of u bent het niet eens met wat de school voorstelt. Dan kunt u terecht bij mensen die niet bij de school of het samenwerkingsverband horen.

Ouder- en Jeugdsteunpunt De Vallei. Het steunpunt is er voor ouders en kinderen. De medewerkers luisteren, geven uitleg, gaan mee naar gesprekken op school en helpen u uw weg te vinden. Het steunpunt is onafhankelijk: het werkt niet voor de school en niet voor het samenwerkingsverband. Hulp van het steunpunt is gratis. U kunt bellen (maandag tot en met donderdag 9.00 tot 16.00 uur), mailen of langskomen op het inloopspreekuur in de bibliotheek.

Onderwijsconsulenten. Dit is een landelijke organisatie. Een onderwijsconsulent kan helpen als u samen met de school geen oplossing vindt, bijvoorbeeld als uw kind thuis zit. Ook dat is gratis.

Klacht of geschil. Heeft u een klacht over de school? Dan kunt u eerst met de school praten en daarna naar de klachtencommissie van het schoolbestuur. Bent u het niet eens met een besluit over toelating, verwijdering of het OPP van uw kind? Dan kunt u naar de Geschillencommissie passend onderwijs.

#1 13. Wie praat er mee?

Ouders en leraren praten mee over het beleid van het samenwerkingsverband in de ondersteuningsplanraad (OPR). De OPR heeft twaalf leden: zes ouders en zes leraren of andere medewerkers van scholen. De OPR moet instemmen met het ondersteuningsplan. Dat heeft de OPR op 18 maart 2026 gedaan. Wilt u ook meepraten? Kijk dan op de website bij 'OPR'. Er komen elk jaar plaatsen vrij.

Ook uw kind mag meepraten. Kinderen met een OPP mogen zeggen wat zij van hun OPP vinden. De school vraagt daar op een manier naar die past bij de leeftijd van uw kind.

#1 14. Gemeente en jeugdhulp

Soms heeft een kind niet alleen op school hulp nodig, maar ook thuis. Dat regelt de gemeente. Het samenwerkingsverband praat daarom regelmatig met de gemeenten. Dat heet OOGO (op overeenstemming gericht overleg). Wij hebben afgesproken dat er in elk ondersteuningsteam iemand van het jeugdteam kan aanschuiven. Zo hoeft u uw verhaal niet steeds opnieuw te vertellen. Ook over leerlingenvervoer maken wij afspraken met de gemeente. Heeft uw kind vervoer nodig naar een sbo- of so-school? Dan vraagt u dat aan bij de gemeente waar u woont.

#1 15. Veelgestelde vragen

#3 Mijn kind heeft een diagnose. Krijgt het dan automatisch extra hulp?
Nee. Een diagnose zegt niet alles. Wij kijken naar wat uw kind nodig heeft in de klas, niet naar het label. Een kind met een diagnose kan het soms prima redden met de basisondersteuning, en een kind zonder diagnose kan veel hulp nodig hebben.

#3 Mag ik zelf een TLV aanvragen?
Nee, dat doet de school. Maar u bent er wel altijd bij betrokken. Zonder uw mening kan de aanvraag niet worden ingediend.

#3 Wat als de school zegt dat mijn kind niet welkom is?
Een school mag uw kind niet zomaar weigeren. Als de school zegt dat zij uw kind niet de juiste hulp kan bieden, moet zij samen met u een andere school zoeken. Neem bij twijfel contact op met het ouder- en jeugdsteunpunt.

#3 Mijn kind gaat bijna naar de middelbare school. Wat gebeurt er met de hulp?
De basisschool en de middelbare school praten met elkaar over wat uw kind nodig heeft. Dat heet een warme overdracht. Het samenwerkingsverband voor het voortgezet onderwijs regelt de hulp op de middelbare school.

#3 Ik ben het niet eens met de resultaten van het onderzoek naar mijn kind. Wat kan ik doen?
Bespreek dit eerst met de school. U kunt ook hulp vragen bij het ouder- en jeugdsteunpunt. Zij kunnen met u meegaan naar het gesprek.

#3 Worden de gegevens van mijn kind zomaar gedeeld?
Nee. Gegevens worden alleen gedeeld als dat nodig is om uw kind te helpen, en meestal alleen met uw toestemming. Het samenwerkingsverband bewaart gegevens niet langer dan nodig.

#1 16. Woordenlijst

|Woord|Wat betekent het?|
|Arrangement|Een afspraak over extra hulp voor uw kind of voor een groep kinderen.|
|Basisondersteuning|De hulp die iedere school in ieder geval moet bieden.|
|Begroting|Overzicht van wat het samenwerkingsverband verwacht uit te geven.|
|Intern begeleider (IB'er)|Leerkracht die op school de extra hulp regelt.|
|OPP|Ontwikkelingsperspectiefplan: plan met doelen en hulp voor één kind.|
|OPR|Ondersteuningsplanraad: ouders en leraren die meepraten met het samenwerkingsverband.|
|Resultaten|Wat het samenwerkingsverband met passend onderwijs heeft bereikt.|
|Sbo|Speciaal basisonderwijs.|
|So|Speciaal onderwijs.|
|TLV|Toelaatbaarheidsverklaring: besluit dat uw kind naar het sbo of so mag.|
|Zorgplicht|De plicht van de school om voor ieder aangemeld kind een passende plek te zoeken.|
"""

P3 = {
    "name": "po-vallei-ouderversie",
    "formats": ["html"],
    "spec": {
        "doc_title": "Ondersteuningsplan 2026-2030 in gewone taal - SWV PPO De Vallei",
        "header": "SWV Passend Primair Onderwijs De Vallei | Home > Ouders > Ondersteuningsplan in gewone taal",
        "footer": "© Samenwerkingsverband PPO De Vallei (PO 25-05) — ouderversie van het ondersteuningsplan 2026-2030",
        "title_lines": [
            ("Het ondersteuningsplan 2026-2030 in gewone taal", 22, True),
            ("Voor ouders en verzorgers", 14, False),
            ("Samenwerkingsverband Passend Primair Onderwijs De Vallei (PO 25-05)", 11, False),
        ],
        "style": {},
        "body": P3_BODY,
    },
    "label": {
        "sector": "po",
        "looks_like_plan": True,
        "criteria": {
            "basisondersteuning.niveau": True,
            "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True,
            "plaatsing.criteria": True,
            "terugstroom.procedure": True,
            "terugstroom.beleid": True,
            "financien.verdeling": False,
            "financien.besteding": False,
            "dekkend-aanbod.continuum": True,
            "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False,
            "resultaten.monitoring": False,
            "ouders.informatie": True,
            "ouders.steunpunt": True,
        },
        "advisory": {
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"],
        },
        "expect_status": {"basisondersteuning": "present", "plaatsing": "present",
                          "terugstroom": "present", "financien": "missing",
                          "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"},
        "notes": {
            "basisondersteuning": "Ch. 4 'Wat mag ik van elke school verwachten?': agreed ondergrens for every school/vestiging plus a ten-item list; two-yearly school visit (borging).",
            "plaatsing": "Ch. 7 in plain language: criteria for sbo and so (cluster 3/4), five-step aanvraag via Commissie van Toelaatbaarheid with two deskundigen, decision within six weeks, duration/categorie, bezwaar via LBT.",
            "terugstroom": "Ch. 8 'Terug naar een gewone basisschool': aim (thuisnabij), conditions, yearly OPP review, February check in last TLV year, CvT decides before 1 April, six-week proefplaatsing, one year of begeleiding.",
            "financien": "Ch. 10 'Wie betaalt dat allemaal?' only says extra support is free for parents, the SWV gets government money, and refers to chapter 9 of the full plan on the website; 'Begroting' only in the woordenlijst -> missing.",
            "dekkend-aanbod": "Ch. 6 'trap' table with six levels and named voorzieningen, OZA; ch. 9 zorgplicht, thuiszitters escalation, yearly gap review with the Kangoeroegroep example.",
            "resultaten": "No intended or achieved results of the SWV and no monitoring; only near-misses (OPP 'doelen' for one child, 'resultaten van het onderzoek' in the FAQ, 'Resultaten' in the woordenlijst).",
            "ouders": "Ch. 11 channels (ouderpagina with films, contactpersoon, schoolgids/SOP, ouderavonden, folder in 5 languages); ch. 12 Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
        },
    },
}

# =============================================================================
# Plan 4: compact VO plan 'op hoofdlijnen', two sentences per element, rendered to PDF
# =============================================================================
P4_BODY = r"""
Inhoud

Voorwoord
1. Inleiding en leeswijzer
2. Het samenwerkingsverband in vogelvlucht
3. Basisondersteuning
4. Toelaatbaarheid vso, pro en lwoo
5. Terugplaatsing
6. Financiën
7. Dekkend aanbod en thuiszitters
8. Resultaten en kwaliteitszorg
9. Ouders en leerlingen
10. Samenwerking met gemeenten
11. Organisatie, governance en medezeggenschap
12. Personeel en deskundigheid
13. Privacy en ICT
14. Totstandkoming en vaststelling
Bijlage A. Afkortingen
(Bijlage B Meerjarenbegroting, bijlage C Handboek Toewijzing en bijlage D Sociale Kaart zijn afzonderlijke documenten)

@page
#1 Voorwoord

Dit is het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost (VO 31-04). Anders dan het vorige plan, dat bijna honderd pagina's telde, is dit plan bewust kort gehouden. Het bestuur heeft gekozen voor een plan op hoofdlijnen, dat de kaders vastlegt en de uitwerking overlaat aan het jaarplan, de handboeken en de scholen zelf. Wij denken dat een kort plan beter wordt gelezen, en dat het meer ruimte laat om in te spelen op veranderingen in de komende vier jaar.

De afgelopen periode heeft ons geleerd dat plannen pas iets betekenen als zij in de school zichtbaar worden. Daarom hebben wij in de voorbereiding vooral gesproken met mentoren, ondersteuningscoördinatoren en teamleiders. Hun ervaringen hebben de keuzes in dit plan gevormd. Ook de ondersteuningsplanraad, de gemeenten en het samenwerkingsverband primair onderwijs hebben meegelezen.

Wij danken alle betrokkenen voor hun inzet en hun kritische blik. Het resultaat is een plan dat compact is, maar wel richting geeft.

A. de Kruijf, directeur-bestuurder

#1 1. Inleiding en leeswijzer

Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De wet schrijft voor welke onderwerpen daarin in elk geval aan de orde komen. Dit plan volgt die onderwerpen in de hoofdstukken 3 tot en met 9. De hoofdstukken 10 tot en met 14 beschrijven de organisatie en de totstandkoming.

Het plan is geschreven voor de schoolbesturen en de scholen, voor de ondersteuningsplanraad en voor onze partners. Een samenvatting voor ouders en leerlingen verschijnt na de vaststelling. Waar dit plan verwijst naar de handboeken of de sociale kaart, gaat het om documenten die het bestuur afzonderlijk vaststelt en jaarlijks actualiseert.

#2 Wettelijk kader

De taken van het samenwerkingsverband zijn vastgelegd in de Wet op het voortgezet onderwijs 2020 (eerder artikel 17a WVO). Het samenwerkingsverband verdeelt de middelen voor ondersteuning, beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over lwoo, en stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht overleg met de gemeenten, overlegt het met het samenwerkingsverband primair onderwijs en vraagt het de instemming van de ondersteuningsplanraad. Het plan wordt vóór 1 mei van het jaar waarin het ingaat naar de inspectie gestuurd. De inspectie houdt toezicht op het samenwerkingsverband en bezoekt het ten minste eens in de vier jaar. Het laatste inspectiebezoek vond plaats in november 2024; de inspectie beoordeelde de kwaliteitszorg en het financieel beheer als voldoende.

#2 Waarom een plan op hoofdlijnen?

Het vorige ondersteuningsplan was volledig, maar werd weinig gelezen. Scholen gaven aan dat zij de weg naar de juiste informatie niet konden vinden in een document van honderd pagina's, en dat veel onderdelen al na een jaar verouderd waren. Het bestuur heeft daarom besloten om in het ondersteuningsplan alleen vast te leggen wat voor vier jaar vaststaat, en de uitwerking onder te brengen in documenten die jaarlijks kunnen worden bijgesteld:
- het Handboek Toewijzing (aanvragen, commissie, termijnen, formulieren);
- het Handboek Arrangeren (hoe scholen en het samenwerkingsverband arrangementen inzetten);
- de Sociale Kaart Rivierenland-Oost (overzicht van voorzieningen en partners);
- het jaarplan en de jaarbegroting;
- het Referentiekader Basisondersteuning.
Deze documenten worden door het bestuur vastgesteld na advies van de Algemene Vergadering. Wijzigingen in de handboeken die de inhoud van dit plan raken, worden voorgelegd aan de ondersteuningsplanraad.

Het plan beslaat de schooljaren 2026-2027 tot en met 2029-2030. Het bestuur evalueert het plan in het voorjaar van 2028 en stelt het zo nodig bij, na instemming van de ondersteuningsplanraad.

#1 2. Het samenwerkingsverband in vogelvlucht

Het samenwerkingsverband is een stichting van zes schoolbesturen in de gemeenten Tielerwaard, Maasveld en Geldermalsen-Oost. Het verband telt elf scholen voor voortgezet onderwijs met vijftien vestigingen, één school voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs. Op 1 oktober 2025 zaten er 8.640 leerlingen in het regulier voortgezet onderwijs, 287 in het praktijkonderwijs en 312 leerlingen uit de regio in het vso.

|Kengetal 1 oktober|2023|2024|2025|
|Leerlingen vo (regulier)|8.815|8.702|8.640|
|Leerlingen praktijkonderwijs|279|281|287|
|Leerlingen met lwoo|902|894|880|
|Leerlingen vso uit de regio|296|305|312|
|Deelnamepercentage vso|3,3%|3,4%|3,5%|

|School|Plaats|Schoolsoort|Bestuur|
|Lingecollege|Tiel|vmbo, havo, vwo|Stichting VO Rivierenland|
|RSG Maasveld|Maasveld|vmbo-t, havo, vwo|Stichting VO Rivierenland|
|Christelijk College De Waard|Tiel|havo, vwo|Vereniging CVO Betuwe|
|Vmbo De Poort|Geldermalsen-Oost|vmbo b/k/g|Vereniging CVO Betuwe|
|Montessori Lyceum Rivierenland|Tiel|mavo, havo, vwo|Stichting Montessori Oost|
|Heerbaan College|Tielerwaard|vmbo, mavo|Stichting Heerbaan|
|Groen College Rivierenland|Geldermalsen-Oost|vmbo groen|Stichting Groen Onderwijs|
|Katholieke Scholengemeenschap St. Maarten|Tiel|vmbo, havo, vwo (3 vestigingen)|Stichting KO Rivierenland|
|Gymnasium Tielerwaard|Tiel|vwo|Stichting VO Rivierenland|
|Maasveld Mavo|Maasveld|mavo|Stichting Heerbaan|
|Vakschool Oost|Tiel|vmbo b/k|Stichting KO Rivierenland|
|Praktijkschool Rivierenland|Tiel|praktijkonderwijs|Stichting VO Rivierenland|
|De Ambelt-Oost|Tiel|vso (cluster 4)|Stichting Speciaal Onderwijs Gelderland|

Het samenwerkingsverband kent een gemengd gebied met een stedelijke kern en veel kleine kernen. Leerlingen reizen vaak met de bus of fiets naar een school in Tiel of Geldermalsen. Het aantal leerlingen daalt de komende jaren naar verwachting met ongeveer twee procent per jaar. Dat heeft gevolgen voor het aanbod van de kleinere vestigingen en voor de middelen.

#2 Terugblik op 2022-2026

In de vorige planperiode is veel werk verzet. De besturen hebben de zorgplicht gezamenlijk opgepakt, de commissie toewijzing is geprofessionaliseerd en er is een eerste digitale aanvraagomgeving ingericht. Tegelijk bleek dat de grote hoeveelheid afspraken en formulieren scholen veel tijd kostte. Ook waren de onderlinge verschillen tussen scholen groot, zowel in de manier waarop zij ondersteuning organiseren als in de mate waarin zij gebruikmaken van de voorzieningen van het samenwerkingsverband.

|Terugblik (schooljaar)|2022-2023|2023-2024|2024-2025|
|Aanvragen TLV vso|104|111|118|
|Aanvragen TLV pro|86|81|90|
|Aanwijzingen lwoo|231|226|219|
|Gemiddelde doorlooptijd aanvraag|5,9 weken|6,4 weken|5,7 weken|

De evaluatie van het vorige plan is besproken in de Algemene Vergadering en met de ondersteuningsplanraad. De belangrijkste les is dat minder regels en meer vertrouwen in de professional de kwaliteit ten goede komen, mits de afspraken die er zijn helder zijn en worden nageleefd.

#2 Kenmerken van de regio

De regio kent relatief veel leerlingen in het vmbo: ongeveer 58% van de leerlingen in het derde leerjaar volgt een vmbo-leerweg, tegen 50% landelijk. Het aandeel leerlingen uit gezinnen met een laag inkomen ligt in de stedelijke kern boven het landelijk gemiddelde. In de dorpen speelt juist de bereikbaarheid van voorzieningen een rol. Scholen zien een toename van leerlingen met angst- en stemmingsklachten en van leerlingen die moeite hebben met de overgang naar het voortgezet onderwijs. Het aantal nieuwkomers is sinds 2022 gegroeid, met name door de komst van jongeren uit Oekraïne.

#2 Missie en visie

Onze missie is dat iedere jongere in Rivierenland-Oost een plek heeft waar hij of zij kan leren en zich kan ontwikkelen tot een zelfstandige volwassene. Wij geloven in de kracht van de reguliere school, in korte lijnen en in vertrouwen in de professional. Wij zien ouders en leerlingen als partners en willen dat de stem van de leerling gehoord wordt.

#1 3. Basisondersteuning

Het niveau en de inhoud van de basisondersteuning zijn vastgelegd in het Referentiekader Basisondersteuning VO Rivierenland-Oost 2024, dat geen onderdeel is van dit plan. Het referentiekader wordt in 2027 herzien.

#1 4. Toelaatbaarheid vso, pro en lwoo

Een leerling is toelaatbaar tot het vso als hij een ondersteuningsbehoefte heeft die de mogelijkheden van de reguliere school, ook met een arrangement en een bovenschoolse voorziening, structureel overstijgt, wat blijkt uit een OPP met ten minste twee geëvalueerde handelingsperiodes van elk minimaal twaalf weken; voor het praktijkonderwijs en lwoo hanteren wij de landelijke criteria (pro: IQ 55-80 en een leerachterstand van ten minste drie jaar op twee domeinen; lwoo: IQ 75-90 en een leerachterstand van anderhalf tot drie jaar). De aanvraagroute, de termijnen en de samenstelling van de commissie zijn beschreven in het Handboek Toewijzing (bijlage C).

#1 5. Terugplaatsing

In januari van het laatste jaar van de TLV evalueert de vso-school samen met de leerling en de ouders het OPP en stelt zij een advies op over terugplaatsing naar het regulier voortgezet onderwijs of verlenging van de TLV. De Commissie Toewijzing beslist uiterlijk 1 april op dat advies; bij een besluit tot terugplaatsing meldt de vso-school de leerling vóór 1 mei aan bij de vo-school van keuze.

#1 6. Financiën

Na inhouding van de vso-bekostiging door DUO gaan de lwoo- en pro-middelen naar rato van het aantal leerlingen met lwoo of een TLV pro op 1 oktober naar de besturen, en ontvangt elk bestuur voor lichte ondersteuning € 190 per leerling plus € 15.000 per vestiging; het restant bekostigt de bovenschoolse voorzieningen en het bureau. De meerjarenbegroting voor de planperiode is als volgt (bedragen x € 1.000):

|Post|2026|2027|2028|2029|
|Baten (na inhouding vso)|6.480|6.390|6.300|6.220|
|Lwoo en pro naar besturen|2.860|2.820|2.790|2.760|
|Lichte ondersteuning naar besturen|1.870|1.840|1.810|1.780|
|Bovenschoolse voorzieningen|1.180|1.180|1.160|1.150|
|Bureau en organisatie|610|620|630|640|
|Saldo|-40|-70|-90|-110|

#1 7. Dekkend aanbod en thuiszitters

Een overzicht van alle voorzieningen en arrangementen in de regio staat in de Sociale Kaart Rivierenland-Oost (bijlage D), die jaarlijks wordt geactualiseerd. Elke leerling die langer dan drie weken niet naar school gaat, wordt binnen vijf werkdagen besproken in het Thuiszittersoverleg met leerplicht en gemeente, en het bureau rapporteert elk kwartaal aan het bestuur welke leerlingen geen passende plek hebben en waar wachtlijsten ontstaan, waarna het bestuur binnen twee maanden maatregelen vaststelt.

#1 8. Resultaten en kwaliteitszorg

De doelen voor deze planperiode stellen wij vast in het eerste planjaar, na een nulmeting in het najaar van 2026. Het bureau verzamelt twee keer per jaar de kengetallen over deelname aan vso, pro en lwoo, doorlooptijden van aanvragen, thuiszitters en voortijdig schoolverlaten in een dashboard, bespreekt die met het bestuur en de ondersteuningsplanraad en rapporteert de bereikte resultaten, met de bijbehorende kosten, jaarlijks in het jaarverslag.

#1 9. Ouders en leerlingen

Ouders en leerlingen die vragen hebben over ondersteuning of het niet eens zijn met de school, kunnen gratis terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland (telefoon 0344 - 61 22 80, ook via WhatsApp), dat los staat van de scholen en het samenwerkingsverband. Daarnaast kunnen zij de landelijke Onderwijsconsulenten inschakelen, en bij een geschil over toelating, verwijdering of het OPP de Geschillencommissie passend onderwijs.

#1 10. Samenwerking met gemeenten

Het samenwerkingsverband werkt nauw samen met de drie gemeenten. Jaarlijks voeren wij op overeenstemming gericht overleg (OOGO) over het ondersteuningsplan en de jeugdplannen. In de planperiode staan vier thema's centraal: de aansluiting tussen onderwijs en jeugdhulp, het terugdringen van verzuim, leerlingenvervoer en de overgang naar mbo en arbeid.

Met de gemeenten is afgesproken dat iedere school een vaste jeugdprofessional heeft die deelneemt aan het ondersteuningsteam. De gemeenten bekostigen deze inzet. Daarnaast is er een gezamenlijke regeling voor onderwijs-zorgarrangementen, waarbij het onderwijsdeel door het samenwerkingsverband en het zorgdeel door de gemeente wordt betaald. Het OOGO over dit plan is op 4 maart 2026 zonder geschil afgerond.

In de jeugdplannen van de gemeenten is opgenomen dat de gemeenten en het samenwerkingsverband jaarlijks een gezamenlijke analyse maken van het gebruik van jeugdhulp door leerlingen, zodat de inzet van beide partijen beter op elkaar kan worden afgestemd. Ook over de ontwikkeling van het leerlingenvervoer en de huisvesting van scholen met een regionale functie worden de gemeenten betrokken.

De samenwerking met de gemeenten is de afgelopen jaren gegroeid, maar niet overal even sterk. Het verschil tussen de gemeenten in de manier waarop jeugdhulp is georganiseerd, maakt afstemming soms lastig. Wij willen de komende jaren vooral investeren in vaste gezichten en korte lijnen.

#2 Ontwikkelagenda

Naast de vaste taken wil het samenwerkingsverband in de planperiode een aantal onderwerpen verder verkennen. Het gaat om onderwerpen waarvan wij nu nog niet weten wat de beste aanpak is, en waarover wij eerst met scholen, gemeenten en de ondersteuningsplanraad in gesprek willen:
- de mogelijkheden van een gezamenlijke aanpak met de gemeenten voor jongeren met psychische klachten die op de wachtlijst van de jeugd-GGZ staan;
- de vraag of een regionale tussenvoorziening voor jongeren van 16 tot 18 jaar zonder startkwalificatie nodig is;
- de invoering van de nieuwe wetgeving over het ouder- en jeugdsteunpunt en het hoorrecht van leerlingen;
- de gevolgen van de landelijke norm voor basisondersteuning, zodra die bekend is.
Over de uitkomsten van deze verkenningen besluit het bestuur in het jaarplan.

#1 11. Organisatie, governance en medezeggenschap

Het samenwerkingsverband is een stichting met een bestuur en een raad van toezicht. Het bestuur bestaat uit een onafhankelijke directeur-bestuurder; de raad van toezicht bestaat uit vier leden, van wie twee op voordracht van de schoolbesturen. De schoolbesturen komen viermaal per jaar bijeen in de Algemene Vergadering, die advies geeft over de begroting, het jaarplan en het ondersteuningsplan.

Het bureau van het samenwerkingsverband is gevestigd in Tiel. Het bureau bestaat uit de directeur-bestuurder, een beleidsadviseur, een controller (0,5 fte), een secretaresse, de commissie toewijzing en een team van vier trajectbegeleiders.

De ondersteuningsplanraad bestaat uit tien leden: vijf personeelsleden en vijf ouders of leerlingen. De leden worden gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert ten minste vijf keer per jaar. Eens per jaar overlegt de OPR met de raad van toezicht. De OPR heeft op 19 maart 2026 met dit plan ingestemd.

Het samenwerkingsverband stelt elk jaar vóór 1 juli een jaarrekening op, die wordt gecontroleerd door een onafhankelijke accountant. De raad van toezicht heeft een auditcommissie die twee keer per jaar met de controller en de accountant spreekt over de financiële positie, het treasurybeleid en de rechtmatigheid van de uitgaven. Het samenwerkingsverband belegt alleen in spaarrekeningen bij Nederlandse banken.

Het samenwerkingsverband heeft een klachtenregeling voor klachten over het samenwerkingsverband zelf, en is aangesloten bij de Stichting Onderwijsgeschillen.

#2 Reserves en risico's

Op 31 december 2025 bedroeg de algemene reserve van het samenwerkingsverband € 1,04 miljoen, iets boven de signaleringswaarde die volgens de landelijke rekenregel voor ons verband op € 0,93 miljoen ligt. De begrote negatieve saldi in de meerjarenbegroting brengen de reserve in 2029 terug tot ongeveer € 0,73 miljoen. De controller actualiseert jaarlijks de risicoparagraaf; de grootste risico's zijn een verdere stijging van het aantal leerlingen in het vso, waardoor de inhouding door DUO toeneemt, en de daling van het leerlingaantal.

#1 12. Personeel en deskundigheid

De kwaliteit van de ondersteuning wordt bepaald door de mensen die het werk doen. Het samenwerkingsverband investeert daarom in de deskundigheid van ondersteuningscoördinatoren, mentoren en docenten. Jaarlijks is er een scholingsprogramma met thema's als gedrag, mentale gezondheid, executieve functies en het werken met een OPP. Er zijn netwerken voor ondersteuningscoördinatoren, zorgcoördinatoren van het praktijkonderwijs en orthopedagogen.

Het samenwerkingsverband heeft zelf geen personeel in dienst voor de uitvoering van ondersteuning in de scholen; de medewerkers van de bovenschoolse voorzieningen zijn in dienst van een van de schoolbesturen en worden gedetacheerd. Het bureau telt 7,8 fte. Wij zien dat het moeilijker wordt om gekwalificeerde orthopedagogen en gedragsspecialisten te vinden. Daarom werken wij samen met de Hogeschool Rivierenland aan een traineeship.

De leden van de commissie toewijzing volgen jaarlijks een scholing over de juridische aspecten van hun werk, zoals de eisen aan deskundigenadviezen en de Algemene wet bestuursrecht. De trajectbegeleiders hebben elke zes weken intervisie onder leiding van een externe begeleider. Nieuwe ondersteuningscoördinatoren volgen in hun eerste jaar een inwerkprogramma van vijf bijeenkomsten.

Het welzijn van medewerkers in de school staat onder druk. Werkdruk wordt vaak genoemd als knelpunt bij het bieden van extra ondersteuning. Het samenwerkingsverband wil daarom de administratieve last voor scholen verminderen, bijvoorbeeld door één digitaal aanvraagformulier voor alle arrangementen en door kortere verslagen.

#2 Leerlingen aan het woord

Het samenwerkingsverband hecht aan de stem van leerlingen. Leerlingen met een OPP worden gehoord over de ondersteuning die zij krijgen. In de ondersteuningsplanraad hebben twee leerlingen zitting. Eens per jaar organiseren wij een leerlingenpanel waarin jongeren uit het regulier onderwijs, het praktijkonderwijs en het vso vertellen wat zij van hun school en hun ondersteuning vinden. De uitkomsten worden besproken in de Algemene Vergadering.

#1 13. Privacy en ICT

Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor een toelaatbaarheidsverklaring of een arrangement. Wij houden ons aan de Algemene verordening gegevensbescherming. Gegevens over de gezondheid worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken en worden bewaard tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden.

Gegevens worden uitgewisseld via een beveiligde digitale omgeving. Medewerkers van scholen krijgen alleen toegang tot de dossiers van hun eigen leerlingen. Ouders kunnen inzage vragen in de gegevens die over hun kind zijn vastgelegd.

#1 14. Totstandkoming en vaststelling

|Datum|Stap|
|september - december 2025|Gesprekken met scholen, partners en OPR|
|13 januari 2026|Concept besproken in de Algemene Vergadering|
|4 maart 2026|OOGO met de gemeenten afgerond|
|10 maart 2026|Overleg met SWV PO Rivierenland-Oost|
|19 maart 2026|Instemming ondersteuningsplanraad|
|26 maart 2026|Vaststelling door de directeur-bestuurder, na goedkeuring raad van toezicht|
|april 2026|Toezending aan de inspectie|

Na de vaststelling wordt het plan gepubliceerd op de website van het samenwerkingsverband en toegezonden aan de schoolbesturen, de scholen, de gemeenten en het samenwerkingsverband primair onderwijs. De directeur-bestuurder licht het plan in het najaar van 2026 toe in de directeurenoverleggen van de besturen en in een bijeenkomst voor ondersteuningscoördinatoren.

Het plan wordt uitgewerkt in een jaarplan en een jaarbegroting. Het jaarplan bevat de activiteiten en de planning voor het komende schooljaar. Het jaarverslag legt verantwoording af over de uitvoering.

@page
#1 Bijlage A. Afkortingen

|Afkorting|Betekenis|
|AVG|Algemene verordening gegevensbescherming|
|Lwoo|Leerwegondersteunend onderwijs|
|OJSP|Ouder- en jeugdsteunpunt|
|OOGO|Op overeenstemming gericht overleg|
|OPP|Ontwikkelingsperspectiefplan|
|OPR|Ondersteuningsplanraad|
|Pro|Praktijkonderwijs|
|SOP|Schoolondersteuningsprofiel: beschrijving van de basisondersteuning en extra ondersteuning van een school|
|TLV|Toelaatbaarheidsverklaring|
|Vso|Voortgezet speciaal onderwijs|
"""

P4 = {
    "name": "vo-rivierenland-compact",
    "formats": ["pdf"],
    "spec": {
        "doc_title": "Ondersteuningsplan 2026-2030 op hoofdlijnen SWV VO Rivierenland-Oost",
        "author": "SWV VO Rivierenland-Oost",
        "header": "Ondersteuningsplan op hoofdlijnen 2026-2030",
        "footer": "SWV VO Rivierenland-Oost (VO 31-04)",
        "title_lines": [
            ("Ondersteuningsplan 2026-2030", 22, True),
            ("op hoofdlijnen", 16, False),
            ("Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost", 12, False),
            ("Basisondersteuning — Toelaatbaarheid — Terugplaatsing — Financiën — Dekkend aanbod — Resultaten — Ouders", 9, False),
        ],
        "style": {"font": "Times New Roman", "size": 11,
                  "h1": {"bold": True, "size": 12, "underline": True, "space_before": 10},
                  "h2": {"italic": True, "size": 11},
                  "bullets": "dash", "center_title": False},
        "body": P4_BODY,
    },
    "label": {
        "sector": "vo",
        "looks_like_plan": True,
        "criteria": {
            "basisondersteuning.niveau": False,
            "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False,
            "plaatsing.criteria": True,
            "terugstroom.procedure": True,
            "terugstroom.beleid": False,
            "financien.verdeling": True,
            "financien.besteding": True,
            "dekkend-aanbod.continuum": False,
            "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False,
            "resultaten.monitoring": True,
            "ouders.informatie": False,
            "ouders.steunpunt": True,
        },
        "advisory": {
            "dekkend-aanbod": ["ketenpartners"],
            "ouders": ["betrokkenheid"],
        },
        "expect_status": {"basisondersteuning": "missing", "plaatsing": "partial",
                          "terugstroom": "partial", "financien": "present",
                          "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"},
        "notes": {
            "basisondersteuning": "Ch. 3 consists of two sentences that only refer to the Referentiekader Basisondersteuning 2024 ('geen onderdeel van dit plan') and its revision in 2027; SOP only in the afkortingenlijst -> missing.",
            "plaatsing": "Ch. 4 sentence 1 gives vso criteria and the national pro/lwoo criteria with IQ ranges; sentence 2 refers the aanvraagroute, termijnen and commission to the absent Handboek Toewijzing (bijlage C) -> procedure not addressed.",
            "terugstroom": "Ch. 5 two sentences give the procedure (January evaluation in last TLV year by vso-school with pupil and parents, Commissie Toewijzing decides by 1 April, aanmelding before 1 May) but no policy (aims, conditions, support after return).",
            "financien": "Ch. 6 one sentence with the verdeling (pro rata lwoo/pro, EUR 190 per leerling + EUR 15.000 per vestiging) and a meerjarenbegroting table 2026-2029; two sentences do address both criteria.",
            "dekkend-aanbod": "Ch. 7 refers the overview of voorzieningen to the absent Sociale Kaart (bijlage D) -> continuum not addressed; thuiszitters overleg within 5 days and quarterly gap reporting with measures -> lacunes addressed; ch. 10 OOGO/OZA = ketenpartners.",
            "resultaten": "Ch. 8: goals deferred to the first plan year after a nulmeting (doelen not addressed); dashboard twice a year, discussion with bestuur/OPR, jaarverslag with costs (monitoring addressed).",
            "ouders": "Ch. 9 names the independent Ouder- en Jeugdsteunpunt Rivierenland, Onderwijsconsulenten and Geschillencommissie (steunpunt); nowhere says how parents are informed about the support facilities (the parent summary only 'verschijnt na de vaststelling').",
        },
    },
}

DOCS = [P3, P4, P5, NP]
