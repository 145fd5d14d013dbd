"""Filler chapters that real ondersteuningsplannen contain (voorwoord, visie, governance, ...).
They use the element vocabulary only in passing; none of them addresses a core criterion."""


def voorwoord(c):
    return [
        ("h1", "%s Voorwoord" % c.get("nr_voorwoord", "")),
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Dit plan is het resultaat van een traject "
              "van ruim een jaar, waarin wij met schoolbesturen, directeuren, intern begeleiders, leerkrachten, "
              "ouders, de ondersteuningsplanraad en de gemeenten %s hebben gesproken over de vraag hoe wij "
              "passend onderwijs de komende jaren verder vormgeven. Wij danken iedereen die daaraan heeft "
              "bijgedragen: in werkgroepen, tijdens de regiobijeenkomsten en via de digitale enquête die door "
              "meer dan %s mensen is ingevuld." % (c["periode"], c["naam"], c["gemeenten"], c["respons"])),
        ("p", "Passend onderwijs is inmiddels meer dan tien jaar oud. Veel is bereikt, maar de opgave is niet "
              "kleiner geworden. Leerkrachten ervaren een grotere diversiteit in hun groepen, de krapte op de "
              "arbeidsmarkt is voelbaar op iedere school en de verwachtingen van de samenleving zijn hoog. "
              "Tegelijkertijd zien wij hoeveel er in de scholen gebeurt: teams die met elkaar zoeken naar wat "
              "een kind nodig heeft, besturen die over de eigen grenzen heen kijken en professionals uit "
              "onderwijs en jeugdhulp die elkaar steeds beter weten te vinden. Daarop bouwen wij voort."),
        ("p", "Dit plan is nadrukkelijk geen blauwdruk. Het beschrijft de koers en de afspraken die wij met "
              "elkaar hebben gemaakt; de uitwerking vindt plaats in de scholen en in de jaarplannen van het "
              "samenwerkingsverband. Wij hopen dat het plan leest als een gezamenlijke agenda en dat het "
              "houvast biedt aan iedereen die dagelijks met kinderen werkt. Wij kijken ernaar uit om samen met "
              "u de volgende stappen te zetten."),
        ("p", "%s, directeur-bestuurder\n%s, voorzitter raad van toezicht" % (c["directeur"], c["voorzitter"])),
    ]


def leeswijzer(c, verantwoording=True):
    slot = (" Jaarlijks stellen wij een jaarplan en een begroting op waarin de activiteiten voor dat jaar "
            "worden uitgewerkt; over de uitvoering leggen wij verantwoording af in het jaarverslag."
            if verantwoording else
            " Het plan wordt uitgewerkt in jaarplannen.")
    return [
        ("h2", "Leeswijzer"),
        ("p", "Het plan is zo opgebouwd dat ieder hoofdstuk afzonderlijk te lezen is. Hoofdstuk 1 schetst de "
              "context van het samenwerkingsverband en de wettelijke kaders. Daarna volgen onze missie en visie "
              "en de hoofdlijnen van de ondersteuning. In de laatste hoofdstukken komen de organisatie, de "
              "medezeggenschap en de planning aan bod. Waar in de tekst wordt gesproken over 'scholen' "
              "bedoelen wij alle vestigingen die onder het samenwerkingsverband vallen, tenzij anders "
              "vermeld. Een lijst met gebruikte begrippen en afkortingen is achterin opgenomen."),
        ("p", "Dit ondersteuningsplan is opgesteld op grond van artikel %s. Het plan geldt voor de periode "
              "%s." % (c["wetsartikel"], c["periode"]) + slot),
    ]


def context(c):
    return [
        ("h1", "%s Het samenwerkingsverband in beeld" % c.get("nr_context", "1")),
        ("p", "%s (%s) is een stichting waarin %s schoolbesturen samenwerken. Het werkgebied omvat de "
              "gemeenten %s. In het gebied wonen ongeveer %s inwoners. Het is een gebied met zowel stedelijke "
              "kernen als kleine dorpen; de afstanden tussen scholen lopen op tot ruim twintig kilometer. "
              "Dat heeft gevolgen voor de bereikbaarheid van speciale voorzieningen en voor het "
              "leerlingenvervoer, dat door de gemeenten wordt georganiseerd."
              % (c["naam"], c["code"], c["besturen"], c["gemeenten"], c["inwoners"])),
        ("p", "Bij het samenwerkingsverband zijn %s aangesloten. Op de teldatum 1 oktober 2025 telden "
              "deze scholen samen %s leerlingen. De prognoses van de gemeenten laten tot 2030 een lichte "
              "daling van het leerlingaantal zien, met verschillen tussen de kernen: in de grotere kernen "
              "blijft het aantal leerlingen stabiel, in de kleinere dorpen neemt het af. Meerdere besturen "
              "bereiden zich voor op fusies of samenwerkingsscholen." % (c["scholen"], c["leerlingen"])),
        ("p", "De besturen verschillen in omvang en identiteit. Naast openbare besturen zijn er katholieke, "
              "protestants-christelijke en algemeen bijzondere besturen aangesloten, evenals een bestuur voor "
              "een Vrije School. Die diversiteit zien wij als een kracht. Het samenwerkingsverband respecteert de "
              "autonomie van de besturen en hun scholen en richt zich op datgene wat alleen samen kan."),
        ("p", "Het samenwerkingsverband heeft een klein bureau met %s fte, gevestigd in %s. Het bureau "
              "ondersteunt het bestuur, organiseert de netwerken van intern begeleiders en directeuren en "
              "voert de wettelijke taken uit." % (c["fte"], c["vestiging"])),
    ]


def visie(c):
    return [
        ("h1", "%s Missie en visie" % c.get("nr_visie", "2")),
        ("h2", "Missie"),
        ("p", "Ieder kind in onze regio verdient onderwijs dat past bij wie het is en wat het nodig heeft, zo "
              "dicht mogelijk bij huis en samen met leeftijdgenoten. Wij willen dat geen enkel kind tussen wal en "
              "schip valt. Dat vraagt om scholen die zich samen verantwoordelijk voelen, om professionals die "
              "elkaar kennen en om ouders die als partner worden gezien."),
        ("h2", "Visie"),
        ("p", "Wij gaan uit van de mogelijkheden van kinderen, niet van hun beperkingen. De leerkracht doet "
              "ertoe: zij of hij maakt in de groep het verschil. Daarom investeren wij in de deskundigheid van "
              "leerkrachten en in goede ondersteuning van de leerkracht in de klas. Wij werken "
              "handelingsgericht: wij kijken naar wat een kind nodig heeft om zich te ontwikkelen en wat de "
              "leerkracht nodig heeft om dat te bieden. Labels en diagnoses zijn niet leidend."),
        ("p", "Wij geloven in de kracht van samenwerking. Geen school kan alles alleen, en geen bestuur hoeft "
              "dat ook. Door expertise te delen, van elkaar te leren en elkaar aan te spreken, bouwen wij aan een "
              "regio waarin scholen elkaar versterken. Wij hebben daarbij oog voor de werkdruk in de scholen: "
              "nieuwe afspraken moeten het werk lichter maken, niet zwaarder."),
        ("p", "Onze kernwaarden zijn: vertrouwen, eigenaarschap, transparantie en nabijheid. Vertrouwen "
              "betekent dat wij professionals de ruimte geven. Eigenaarschap betekent dat scholen en besturen "
              "zich verantwoordelijk voelen voor alle kinderen in de regio. Transparantie betekent dat wij open "
              "zijn over keuzes en over de inzet van middelen. Nabijheid betekent dat ondersteuning zo dicht "
              "mogelijk bij het kind en de leerkracht wordt georganiseerd."),
        ("h2", "Ambities op hoofdlijnen"),
        ("p", "In de gesprekken ter voorbereiding op dit plan kwamen steeds dezelfde thema's terug: meer "
              "handen in de klas, snellere hulp zonder bureaucratie, betere aansluiting tussen onderwijs en "
              "jeugdhulp, en meer aandacht voor kinderen die meer aankunnen. Deze thema's vormen de rode draad "
              "van dit plan en komen in de volgende hoofdstukken terug."),
    ]


def governance(c):
    return [
        ("h1", "%s Organisatie en governance" % c["nr_gov"]),
        ("p", "Het samenwerkingsverband is een stichting. De statuten zijn laatstelijk gewijzigd op %s. "
              "Het bestuur van de stichting wordt gevormd door een directeur-bestuurder; de raad van toezicht "
              "houdt toezicht en bestaat uit vijf leden, van wie drie afkomstig zijn uit de aangesloten "
              "besturen en twee onafhankelijk zijn. De algemene vergadering van schoolbesturen (het "
              "bestuurlijk overleg) adviseert de directeur-bestuurder over de hoofdlijnen van beleid en wordt "
              "betrokken bij de vaststelling van dit plan en van de begroting." % c["statuten"]),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in een toezichtkader en een "
              "bestuursreglement. De raad van toezicht werkt met een auditcommissie en een commissie "
              "kwaliteit. De directeur-bestuurder legt verantwoording af aan de raad van toezicht volgens een "
              "vaste jaarcyclus. De Code Goed Bestuur in het primair onderwijs wordt gevolgd; afwijkingen worden "
              "in het jaarverslag toegelicht."),
        ("p", "Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), "
              "een managementassistent en een team van consulenten passend onderwijs. De consulenten zijn de "
              "eerste aanspreekpunten voor de scholen. Zij zijn als orthopedagoog of psycholoog opgeleid en "
              "werken ieder voor een vast cluster scholen."),
        ("p", "Het samenwerkingsverband heeft geen eigen scholen in beheer. Waar in dit plan voorzieningen "
              "worden genoemd die door een school of bestuur worden uitgevoerd, gebeurt dat op basis van een "
              "overeenkomst tussen het samenwerkingsverband en dat bestuur."),
    ]


def opr(c, neutraal=False):
    if neutraal:
        samen = ("De ondersteuningsplanraad telt acht leden die worden afgevaardigd door de "
                 "medezeggenschapsraden van de aangesloten scholen.")
    else:
        samen = ("De ondersteuningsplanraad (OPR) telt acht leden: vier ouders en vier personeelsleden, "
                 "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen.")
    return [
        ("h1", "%s Medezeggenschap" % c["nr_opr"]),
        ("p", samen + " De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
              "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel "
              "van het bureau."),
        ("p", "De OPR is vanaf het begin betrokken geweest bij de totstandkoming van dit plan. In de periode "
              "%s zijn zes bijeenkomsten gehouden waarin concepthoofdstukken zijn besproken. De OPR heeft op "
              "%s ingestemd met het plan. De directeur-bestuurder overlegt minimaal vier keer per jaar met de "
              "OPR; de agenda wordt gezamenlijk vastgesteld. De OPR beschikt over een eigen budget voor "
              "scholing en ondersteuning." % (c["opr_periode"], c["opr_datum"])),
        ("p", "Wij vinden het belangrijk dat de OPR haar achterban kan raadplegen. Daarom worden conceptteksten "
              "tijdig gedeeld en ondersteunt het bureau de OPR bij het organiseren van een jaarlijkse "
              "bijeenkomst voor de medezeggenschapsraden van de scholen."),
    ]


def oogo_inhoudelijk(c):
    return [
        ("h1", "%s Samenwerking met gemeenten en jeugdhulp" % c["nr_oogo"]),
        ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Kinderen die thuis of in hun ontwikkeling "
              "vastlopen, lopen vaak ook op school vast. Het samenwerkingsverband en de gemeenten %s hebben "
              "daarom een gezamenlijke agenda opgesteld. De belangrijkste afspraken zijn: iedere school heeft "
              "een vaste contactpersoon van het lokale jeugdteam die aanschuift bij het ondersteuningsteam; "
              "jeugdhulp onder schooltijd wordt volgens een gezamenlijk afwegingskader ingezet; en voor "
              "kinderen die onderwijs en zorg combineren worden onderwijs-zorgarrangementen gemaakt met "
              "gezamenlijke financiering." % c["gemeenten"]),
        ("p", "Het op overeenstemming gericht overleg (OOGO) over dit ondersteuningsplan vond plaats op %s. "
              "De gemeenten hebben ingestemd met de hoofdlijnen. Onderwerpen in het OOGO waren onder meer het "
              "leerlingenvervoer, de onderwijshuisvesting van speciale voorzieningen, de aansluiting tussen "
              "onderwijs en jeugdhulp en de aanpak van verzuim. Met het samenwerkingsverband %s is overleg "
              "gevoerd over de overstap naar het voortgezet onderwijs." % (c["oogo_datum"], c["ander_swv"])),
        ("p", "Twee keer per jaar is er een bestuurlijk overleg tussen de wethouders onderwijs en jeugd en "
              "de directeur-bestuurder. Op ambtelijk niveau is er iedere zes weken overleg. Gezamenlijke "
              "projecten worden gevolgd in een werkgroep waarin leerplicht, jeugdteams en het "
              "samenwerkingsverband zijn vertegenwoordigd."),
    ]


def oogo_procedureel(c):
    return [
        ("h1", "%s Overleg met gemeenten" % c["nr_oogo"]),
        ("p", "Het ondersteuningsplan wordt pas vastgesteld nadat op overeenstemming gericht overleg (OOGO) "
              "met de colleges van burgemeester en wethouders van %s heeft plaatsgevonden. Het OOGO over deze "
              "conceptversie staat gepland voor %s. Het verslag van het OOGO wordt na afloop als bijlage bij de "
              "definitieve versie gevoegd. Ook vindt overleg plaats met het samenwerkingsverband %s, waarvan het "
              "werkgebied met het onze overlapt." % (c["gemeenten"], c["oogo_datum"], c["ander_swv"])),
    ]


def personeel(c):
    return [
        ("h1", "%s Personeel en professionalisering" % c["nr_pers"]),
        ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen die het werk doen. Het "
              "lerarentekort raakt ook onze regio: op de peildatum waren %s vacatures onvervuld, vooral in de "
              "kleinere kernen. Het samenwerkingsverband kan dat probleem niet oplossen, maar draagt bij door "
              "scholing en kennisdeling zo te organiseren dat leerkrachten er direct iets aan hebben." % c["vacatures"]),
        ("p", "Jaarlijks organiseert het samenwerkingsverband een scholingsaanbod voor leerkrachten, intern "
              "begeleiders en directeuren. Thema's in de afgelopen jaren waren onder meer executieve functies, "
              "traumasensitief lesgeven, het werken met groepsplannen en het voeren van gesprekken met ouders. "
              "Het netwerk van intern begeleiders komt vijf keer per jaar bijeen en wordt door de intern "
              "begeleiders zelf voorbereid. Nieuw is het netwerk voor onderwijsassistenten, dat in 2025 is "
              "gestart en dat wij de komende jaren verder uitbouwen."),
        ("p", "Het personeel van het bureau valt onder de cao primair onderwijs. De consulenten zijn "
              "geregistreerd bij het NIP of de NVO en volgen jaarlijks intervisie. Het samenwerkingsverband "
              "heeft een gesprekscyclus met functionerings- en beoordelingsgesprekken en een eigen "
              "scholingsbudget voor bureaumedewerkers."),
        ("p", "Het effect van het plan op het personeel van de scholen bespreken wij jaarlijks met de "
              "personeelsgeleding van de OPR. Daarbij gaat het onder meer om de inzet van "
              "onderwijsassistenten, de taakbelasting van intern begeleiders en de mogelijkheden voor "
              "detachering van specialisten uit het speciaal onderwijs."),
    ]


def ict(c):
    return [
        ("h1", "%s Privacy, gegevensbescherming en ICT" % c["nr_ict"]),
        ("p", "Voor de uitvoering van zijn taken verwerkt het samenwerkingsverband persoonsgegevens van "
              "leerlingen, waaronder in sommige gevallen gegevens over gezondheid. Dat gebeurt op grond van de "
              "wet en met inachtneming van de Algemene verordening gegevensbescherming (AVG). Het "
              "samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming die "
              "gedeeld wordt met twee andere samenwerkingsverbanden."),
        ("p", "Dossiers worden uitgewisseld via een beveiligde digitale omgeving (%s). Scholen leveren "
              "gegevens aan via deze omgeving en niet per e-mail. Toegang is beperkt tot medewerkers die de "
              "gegevens voor hun taak nodig hebben. Dossiers worden niet langer bewaard dan de wettelijke "
              "termijn; daarna worden zij vernietigd. Datalekken worden gemeld volgens het protocol datalekken."
              % c["systeem"]),
        ("p", "In de planperiode vervangen wij de huidige website en het registratiesysteem. Doel is dat "
              "scholen minder dubbel hoeven te registreren en dat rapportages eenvoudiger worden. De keuze voor "
              "een nieuw systeem wordt gemaakt samen met twee andere samenwerkingsverbanden in de provincie."),
    ]


def planning(c, items):
    rows = [["Periode", "Activiteit", "Wie"]] + items
    return [
        ("h1", "%s Planning en jaarcyclus" % c["nr_plan"]),
        ("p", "Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Elk jaar in het voorjaar bespreken de "
              "directeur-bestuurder en het bestuurlijk overleg de voortgang en worden de prioriteiten voor het "
              "volgende schooljaar bepaald. Het jaarplan en de begroting worden voor 1 januari vastgesteld. "
              "Onderstaand overzicht geeft de belangrijkste mijlpalen in de planperiode."),
        ("table", rows),
        ("p", "Als zich in de planperiode belangrijke wijzigingen voordoen, bijvoorbeeld door nieuwe "
              "wetgeving, passen wij het plan tussentijds aan. Een wijziging van het plan wordt ter instemming "
              "aan de OPR voorgelegd."),
    ]


def po_vo(c):
    return [
        ("h2", "Overstap naar het voortgezet onderwijs"),
        ("p", "Jaarlijks stromen ongeveer %s leerlingen uit naar het voortgezet onderwijs. De overstap "
              "verloopt volgens de regionale POVO-procedure: de basisschool geeft in groep 8 een schooladvies, "
              "er is een warme overdracht tussen de leerkracht van groep 8 en de mentor of zorgcoördinator in "
              "het voortgezet onderwijs en het onderwijskundig rapport wordt digitaal overgedragen. Voor "
              "leerlingen met een ondersteuningsbehoefte vindt in maart een extra overdrachtsgesprek plaats. "
              "Het samenwerkingsverband %s en ons samenwerkingsverband evalueren de procedure jaarlijks."
              % (c["uitstroom_vo"], c["ander_swv"])),
    ]


def thuiszitters(c):
    return [
        ("h2", "Thuiszitters en verzuim"),
        ("p", "Ieder kind hoort op school. Toch zijn er in onze regio kinderen die (tijdelijk) geen onderwijs "
              "volgen. Op 1 oktober 2025 waren dat er %s, van wie %s langer dan drie maanden. Scholen melden "
              "een dreigende thuiszitter binnen vijf schooldagen na het ontstaan van de situatie bij de "
              "consulent van het samenwerkingsverband en bij leerplicht. Binnen tien schooldagen vindt een "
              "overleg plaats met school, ouders, leerplicht en zo nodig jeugdhulp, waarin een plan wordt "
              "gemaakt met een concreet doel en een datum van evaluatie." % (c["thuiszitters"], c["lang"])),
        ("p", "Maandelijks bespreekt het thuiszittersoverleg (samenwerkingsverband, leerplicht en de "
              "jeugdteams) alle bekende thuiszitters. Lukt het niet om binnen drie maanden een passende plek "
              "te vinden, dan schaalt de consulent op naar de directeur-bestuurder, die de betrokken "
              "schoolbesturen bijeenroept. Het samenwerkingsverband kan dan een maatwerkarrangement "
              "financieren, ook als dat buiten de regio wordt uitgevoerd. Vrijstellingen van de leerplicht "
              "worden jaarlijks samen met leerplicht geanalyseerd."),
    ]
