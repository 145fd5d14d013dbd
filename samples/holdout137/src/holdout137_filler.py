"""Shared filler sections for the holdout137 plans.

Filler mentions element vocabulary in passing only; each function is written so that it does not
address any core or advisory criterion (unless its docstring says so).
"""


def P(t):
    return ("p", t)


def voorwoord_vo(n):
    return [
        ("h1", "Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {n['periode']} van {n['naam']}. Het is het derde plan sinds de "
          f"invoering van passend onderwijs in 2014 en het eerste plan dat we volledig samen met de scholen, de "
          f"ondersteuningsplanraad en de gemeenten {n['gemeenten']} hebben geschreven. In de afgelopen jaren is er veel "
          "bereikt, maar we zien ook dat de vraag naar ondersteuning groeit en dat de arbeidsmarkt onder druk staat. "
          "Dit plan laat zien welke keuzes we daarin maken."),
        P("Passend onderwijs is geen project meer, het is de manier waarop wij met elkaar onderwijs organiseren. Dat "
          "vraagt iets van mentoren, docenten, ondersteuningscoördinatoren, schoolleiders en bestuurders, en ook van "
          "ouders en leerlingen zelf. Wij zijn iedereen die heeft meegedacht – in werkgroepen, in de klankbordgroep, "
          "tijdens de regiobijeenkomsten in het voorjaar en in de vele gesprekken op de scholen – daarvoor zeer "
          "erkentelijk."),
        P("Een plan is pas waardevol als het in de praktijk iets betekent voor de leerling in de klas. We hopen dan ook "
          "dat dit document niet in de kast verdwijnt, maar wordt gebruikt: in de teams, in de medezeggenschap en in "
          "het gesprek met onze partners in de regio."),
        P(f"{n['bestuurder']}, directeur-bestuurder"),
    ]


def voorwoord_po(n):
    return [
        ("h1", "Voorwoord"),
        P(f"Met trots presenteren wij het ondersteuningsplan {n['periode']} van {n['naam']}. In dit plan beschrijven "
          "we hoe de schoolbesturen in onze regio de komende vier jaar samen invulling geven aan passend onderwijs "
          f"voor alle kinderen in {n['gemeenten']}. Het plan is tot stand gekomen in een traject van ruim een jaar, "
          "met bijeenkomsten voor intern begeleiders, directeuren, bestuurders, ouders en gemeenten."),
        P("De afgelopen planperiode stond in het teken van samen bouwen. De scholen hebben geïnvesteerd in het "
          "handelingsgericht werken, het samenwerkingsverband heeft zijn bureau opnieuw ingericht en samen met de "
          "gemeenten hebben we stappen gezet in de verbinding tussen onderwijs en jeugdhulp. Tegelijk zijn er zorgen: "
          "het lerarentekort raakt juist de kinderen die het meest nodig hebben, en de groei van het aantal kinderen "
          "in het speciaal onderwijs vraagt om bezinning."),
        P("Wij bedanken iedereen die aan dit plan heeft bijgedragen, in het bijzonder de leden van de "
          "ondersteuningsplanraad voor hun kritische en constructieve vragen."),
        P(f"Namens het bestuur, {n['bestuurder']}"),
    ]


def wettelijk_kader(n, sector):
    art = "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)" if sector == "vo" \
        else "artikel 18a van de Wet op het primair onderwijs"
    spec = "het voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs" \
        if sector == "vo" else "het speciaal basisonderwijs en het speciaal onderwijs"
    terug = "het voortgezet onderwijs" if sector == "vo" else "het basisonderwijs"
    return [
        ("h2", "Wettelijk kader"),
        P(f"Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De eisen aan "
          f"de inhoud staan in {art}. Het plan bevat volgens de wet in elk geval: de wijze waarop het "
          "samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de "
          "basisondersteuning die op alle scholen aanwezig is; de procedure en criteria voor de verdeling, besteding "
          f"en toewijzing van de ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting; de procedure en "
          f"criteria voor de toelating tot {spec}; de procedure en het beleid voor terugplaatsing of overplaatsing "
          f"naar {terug}; de beoogde en de bereikte resultaten en de daaraan verbonden financiering; en de wijze "
          "waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke "
          "ondersteuningsmogelijkheden."),
        P("Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht overleg "
          "(OOGO) met de gemeenten en overleg met het samenwerkingsverband in de andere sector. De "
          "ondersteuningsplanraad heeft instemmingsrecht. Het vastgestelde plan wordt vóór 1 mei toegezonden aan de "
          "Inspectie van het Onderwijs."),
    ]


def visie_vo(n):
    return [
        ("h1", "Missie en visie"),
        P(f"{n['kort']} is er voor alle jongeren in de regio. Onze missie luidt: ‘Iedere jongere een passende plek, "
          "dichtbij huis.’ Dat is geen belofte die het samenwerkingsverband alleen kan waarmaken; het is een opdracht "
          "die de scholen, de besturen en onze partners samen dragen."),
        P("Wij geloven dat jongeren het beste leren in een omgeving die aansluit bij wat zij kunnen en willen. Het "
          "regulier onderwijs is daarbij het vertrekpunt. Niet omdat het speciaal onderwijs minder waardevol zou zijn, "
          "maar omdat jongeren het recht hebben om samen met leeftijdgenoten uit hun eigen wijk of dorp naar school te "
          "gaan. Waar dat niet lukt, zoeken we naar de best passende oplossing, ook over de grenzen van scholen, "
          "besturen en sectoren heen."),
        P("Onze visie rust op vier pijlers. Ten eerste: de leerling staat centraal, niet het systeem of de "
          "financiering. Ten tweede: vertrouwen in de professional; de mentor en het team kennen de leerling het "
          "best. Ten derde: samen met ouders en leerling, want zij zijn ervaringsdeskundig. Ten vierde: één kind, één "
          "plan, met korte lijnen tussen onderwijs en jeugdhulp."),
        P("Deze pijlers vragen om een cultuur waarin scholen elkaar aanspreken, van elkaar leren en verantwoordelijkheid "
          "delen voor jongeren die tussen wal en schip dreigen te raken. Het samenwerkingsverband faciliteert, verbindt "
          "en jaagt aan. Het is uitdrukkelijk niet de bedoeling dat het samenwerkingsverband taken van de scholen "
          "overneemt."),
    ]


def visie_po(n):
    return [
        ("h1", "Visie en missie"),
        P(f"Alle kinderen in {n['regio']} verdienen een goede start. Onze missie is dat ieder kind onderwijs krijgt "
          "dat past bij zijn of haar mogelijkheden, zo veel als mogelijk in de eigen wijk of het eigen dorp. Wij werken "
          "vanuit de driehoek kind – ouders – school en gaan uit van de mogelijkheden van een kind, niet van zijn "
          "beperkingen."),
        P("Inclusiever onderwijs is voor ons de stip op de horizon. We weten dat dit een lange weg is. Het vraagt om "
          "scholen die zich verder ontwikkelen, om leerkrachten die zich gesteund voelen en om een goede samenwerking "
          "met jeugdhulp. Het samenwerkingsverband ziet zichzelf als netwerkorganisatie: de besturen zijn samen "
          "verantwoordelijk, het bureau ondersteunt."),
        P("Onze kernwaarden zijn: vertrouwen, eigenaarschap, transparantie en samen leren. Vertrouwen betekent dat we "
          "de professionals in de scholen de ruimte geven. Eigenaarschap betekent dat besturen hun zorgplicht serieus "
          "nemen. Transparantie betekent dat we open zijn over keuzes en geld. Samen leren betekent dat we elkaars "
          "expertise benutten, bijvoorbeeld in netwerken van intern begeleiders en directeuren."),
    ]


def regio(n, sector, rows):
    table = [["Bestuur", "Scholen / vestigingen", "Leerlingen 1-10-2025"]] + rows
    what = "scholen voor voortgezet onderwijs, inclusief praktijkonderwijs en voortgezet speciaal onderwijs" \
        if sector == "vo" else "basisscholen, scholen voor speciaal basisonderwijs en so-locaties"
    return [
        ("h1", f"{n['kort']} in beeld"),
        P(f"Het samenwerkingsverband (registratienummer {n['code']}) omvat de gemeenten {n['gemeenten']}. Bij het "
          f"verband zijn {what} aangesloten. Het verband is een stichting; de aangesloten schoolbesturen zijn "
          "aangesloten via een aansluitingsovereenkomst."),
        ("table", table),
        P("De regio kent een gemengd karakter: een stedelijke kern met een relatief jonge bevolking en een landelijk "
          "gebied waar het leerlingaantal de komende jaren daalt. Volgens de prognoses van de gemeenten neemt het "
          "totale aantal leerlingen tot 2030 met ongeveer vier procent af. Dat heeft gevolgen voor de inkomsten van "
          "het samenwerkingsverband en voor de spreiding van het aanbod."),
        P("De regio kent een grote culturele diversiteit. Ongeveer één op de zes leerlingen spreekt thuis een andere "
          "taal dan het Nederlands. In twee gemeenten is sprake van een bovengemiddeld aandeel gezinnen met een laag "
          "inkomen. Dat vraagt om een goede verbinding met het sociaal domein."),
    ]


def governance(n, sector):
    return [
        ("h1", "Organisatie en bestuur"),
        P(f"{n['naam']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het toezicht ligt "
          "bij de raad van toezicht, die bestaat uit vijf leden die zijn voorgedragen door de aangesloten besturen en "
          "één onafhankelijk lid. Deze scheiding van bestuur en toezicht is in 2021 ingevoerd in lijn met de Code Goed "
          "Bestuur."),
        P("Naast de raad van toezicht kent het samenwerkingsverband een bestuurlijk overleg van alle aangesloten "
          "schoolbesturen. Dit overleg komt zes keer per jaar bijeen en adviseert de directeur-bestuurder over het "
          "beleid. Het directeurenoverleg bereidt beleid voor en is het platform voor afstemming tussen de scholen. "
          "Het netwerk van ondersteuningscoördinatoren en intern begeleiders komt maandelijks bijeen."),
        P("Het bureau van het samenwerkingsverband is gevestigd in een gebouw dat wordt gedeeld met de leerplichtafdeling "
          "van de regio. Het bureau bestaat uit een directeur-bestuurder, een beleidsmedewerker, een controller, twee "
          "secretariële medewerkers en een team van orthopedagogen en trajectbegeleiders. Het samenwerkingsverband "
          "heeft een eigen medezeggenschapsraad voor het personeel van het bureau."),
        P("De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen onderling en tussen "
          "besturen en het samenwerkingsverband. Tot nu toe is van deze regeling geen gebruik gemaakt."),
    ]


def opr(n, sector, with_parents=True):
    out = [("h2", "Ondersteuningsplanraad")]
    if with_parents:
        who = "ouders en leerlingen" if sector == "vo" else "ouders"
        out.append(P(f"De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes {who}, "
                     "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                     "instemmingsrecht op het ondersteuningsplan en wordt vier keer per jaar door de directeur-bestuurder "
                     "geïnformeerd over de voortgang. Leden krijgen een vergoeding en kunnen scholing volgen."))
    else:
        out.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
                     "vergadert vier keer per jaar met de directeur-bestuurder en heeft een eigen huishoudelijk "
                     "reglement. Het samenwerkingsverband faciliteert de OPR met secretariële ondersteuning en een "
                     "scholingsbudget."))
    out.append(P("Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken geweest. In drie "
                 "themabijeenkomsten is met de OPR gesproken over de concepthoofdstukken. De vragen van de OPR hebben "
                 "geleid tot aanscherpingen in de tekst."))
    return out


def personeel(n, sector):
    return [
        ("h1", "Personeel en professionalisering"),
        P("Passend onderwijs staat of valt met de mensen in de school. Het lerarentekort treft de regio, in het "
          "bijzonder de vakken in de bètarichting en het speciaal onderwijs. Het samenwerkingsverband is geen "
          "werkgever van de leraren; dat zijn de besturen. Wel heeft het verband een rol in de professionalisering "
          "op het gebied van ondersteuning."),
        P("Het samenwerkingsverband organiseert jaarlijks een studiedag voor ondersteuningsprofessionals en faciliteert "
          "lerende netwerken. Thema’s in de afgelopen jaren waren onder meer executieve functies, omgaan met "
          "angst en somberheid, en traumasensitief lesgeven. Nieuwe thema’s worden in overleg met de netwerken gekozen."),
        P("Het personeel van het bureau bestaat uit ruim twaalf fte. Bij vacatures zoeken we nadrukkelijk naar mensen "
          "met ervaring in het onderwijs. De komende periode investeren we in de deskundigheid van het eigen team op "
          "het gebied van data en analyse en in de samenwerking met de jeugdhulpprofessionals."),
        P("Het effect van dit plan op het personeel van de scholen is besproken met de personeelsgeleding van de OPR. "
          "Er worden geen verschuivingen in formatie verwacht die niet al binnen de besturen zijn voorzien."),
    ]


def privacy_ict(n):
    return [
        ("h1", "Privacy en informatievoorziening"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder andere bij aanvragen voor "
          "ondersteuning. Daarbij houden we ons aan de Algemene verordening gegevensbescherming (AVG). Het verband "
          "heeft een privacyreglement en een functionaris gegevensbescherming, die wordt gedeeld met twee andere "
          "samenwerkingsverbanden."),
        P("Aanvragen en dossiers worden digitaal verwerkt in een beveiligde omgeving. Alleen medewerkers die de "
          "gegevens nodig hebben voor hun taak hebben toegang. Gegevens worden niet langer bewaard dan nodig; voor "
          "besluiten over toelaatbaarheid geldt de wettelijke bewaartermijn. Bij het delen van gegevens met "
          "ketenpartners vragen we vooraf toestemming, tenzij de wet anders bepaalt."),
        P("In de komende periode vervangen we het huidige registratiesysteem. Het nieuwe systeem moet beter aansluiten "
          "op de leerlingadministratiesystemen van de scholen en minder administratieve last opleveren."),
    ]


def vaststelling(n):
    return [
        ("h1", "Totstandkoming en vaststelling"),
        P(f"Het concept van dit ondersteuningsplan is op {n['oogo']} besproken in het OOGO met de wethouders onderwijs "
          f"en jeugd. De ondersteuningsplanraad heeft op {n['opr']} ingestemd met het plan. Het plan is op "
          f"{n['vastgesteld']} vastgesteld door de directeur-bestuurder, na goedkeuring door de raad van toezicht, en "
          "daarna toegezonden aan de Inspectie van het Onderwijs."),
    ]


def planning(n, rows):
    return [
        ("h1", "Planning en jaarcyclus"),
        P("Het ondersteuningsplan geeft de koers voor vier jaar. De uitwerking vindt jaarlijks plaats in een jaarplan "
          "en een begroting. Onderstaand overzicht geeft de belangrijkste momenten in het jaar weer."),
        ("table", [["Moment", "Wat", "Wie"]] + rows),
    ]


def begrippen(sector, extra=()):
    rows = [
        ["Arrangement", "Een afgestemd pakket van ondersteuning voor een leerling of groep leerlingen."],
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
                               "scholen bieden."],
        ["Bekostigingscategorie", "Categorie laag, midden of hoog die bij een TLV hoort."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor elke leerling een passende plek heeft."],
        ["Meerjarenbegroting", "Begroting voor vier jaar van de inkomsten en uitgaven van het samenwerkingsverband."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke informatie en steun voor ouders en jongeren."],
        ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "Overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ]
    if sector == "vo":
        rows += [["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                 ["OPDC", "Orthopedagogisch-didactisch centrum."], ["Vso", "Voortgezet speciaal onderwijs."]]
    else:
        rows += [["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs."], ["IB’er", "Intern begeleider."]]
    rows += [list(r) for r in extra]
    rows.sort(key=lambda r: r[0].lower())
    return [("h1", "Bijlage: Begrippen en afkortingen"), ("table", [["Begrip", "Betekenis"]] + rows)]


def vo_mbo(n):
    return [
        ("h1", "Aansluiting vo – mbo en arbeidsmarkt"),
        P("Een deel van onze leerlingen stroomt na het vmbo of het praktijkonderwijs door naar het mbo of naar werk. "
          "Voor jongeren met een ondersteuningsbehoefte is die overgang kwetsbaar. Samen met de twee roc’s in de regio "
          "werken we aan een warme overdracht. In de laatste jaren is een gezamenlijk overdrachtsformulier ontwikkeld "
          "en worden overdrachtsgesprekken gevoerd voor jongeren bij wie dat nodig is."),
        P("Voor leerlingen van het praktijkonderwijs en het voortgezet speciaal onderwijs in de uitstroomprofielen "
          "arbeidsmarkt en dagbesteding is de samenwerking met werkgevers en met de gemeentelijke afdelingen werk en "
          "inkomen van belang. De scholen hebben hierin een eigen netwerk; het samenwerkingsverband sluit aan bij het "
          "regionale platform voortijdig schoolverlaten."),
        P("Nieuwkomers volgen in de regio onderwijs in de internationale schakelklas (ISK). De ISK valt buiten de "
          "ondersteuningsmiddelen, maar wij zien dat een deel van de nieuwkomers ook een ondersteuningsbehoefte heeft. "
          "Hierover zijn we met de ISK in gesprek."),
    ]


def communicatie_scholen(n):
    return [
        ("h1", "Communicatie met scholen en partners"),
        P("Het samenwerkingsverband is een netwerkorganisatie. Dat betekent dat we veel tijd steken in het onderhouden "
          "van contacten met de scholen, de besturen en de partners in de regio. De directeur-bestuurder en de "
          "beleidsmedewerker leggen elk jaar een werkbezoek af bij iedere school. Daarnaast is er voor professionals een "
          "besloten deel van de website met formats, handreikingen en de agenda van de netwerken."),
        P("Voor medewerkers van scholen verschijnt een digitale nieuwsbrief met nieuws over regelingen, scholing en "
          "goede voorbeelden uit de regio. Eens per jaar organiseren we een regiodag voor alle professionals, met "
          "workshops en een inspirerende spreker. De opkomst daarbij is altijd hoog en de evaluaties zijn positief."),
        P("Richting gemeenten en andere partners communiceren we via het ambtelijk overleg en via de periodieke "
          "bestuurlijke overleggen. We streven ernaar om zo open mogelijk te zijn over onze plannen en keuzes."),
    ]


def huisvesting_bureau(n):
    return [
        ("h2", "Huisvesting en bedrijfsvoering van het bureau"),
        P("Het bureau huurt kantoorruimte in een bedrijfsverzamelgebouw. De administratie en de salarisadministratie "
          "zijn uitbesteed aan een administratiekantoor dat voor meer samenwerkingsverbanden werkt. De ICT-omgeving "
          "van het bureau is in 2024 vernieuwd; alle medewerkers werken in een beveiligde cloudomgeving. In de komende "
          "periode onderzoeken we of we de huisvesting kunnen delen met een ander samenwerkingsverband."),
    ]


def regionale_samenwerking(n, sector):
    ander = "het samenwerkingsverband primair onderwijs" if sector == "vo" else "het samenwerkingsverband voortgezet onderwijs"
    return [
        ("h1", "Regionale en landelijke ontwikkelingen"),
        P(f"Met {ander} in de regio is overleg gevoerd over het concept van dit plan. Beide verbanden werken samen in "
          "een gezamenlijk bureau-overleg, dat zes keer per jaar bijeenkomt. Onderwerpen zijn onder meer de afstemming "
          "van scholingsaanbod, de gezamenlijke inkoop van diensten en de uitwisseling van kennis."),
        P("Landelijk is passend onderwijs volop in beweging. Na de evaluatie van passend onderwijs in 2020 heeft het "
          "ministerie een verbeteraanpak opgesteld met een groot aantal maatregelen. Sommige daarvan zijn inmiddels "
          "ingevoerd, andere zijn nog in voorbereiding, zoals de landelijke norm voor basisondersteuning en de "
          "ontwikkeling naar inclusiever onderwijs. Het samenwerkingsverband volgt deze ontwikkelingen nauwgezet via "
          "de sectorraad en het steunpunt passend onderwijs. Wanneer landelijke wijzigingen daartoe aanleiding geven, "
          "wordt dit plan tussentijds aangepast, met instemming van de ondersteuningsplanraad."),
        P("Ook de krapte op de arbeidsmarkt en de ontwikkeling van de jeugdzorg in de regio hebben invloed op ons werk. "
          "Wij bespreken deze ontwikkelingen jaarlijks met de besturen in een strategiedag."),
    ]


def organisatieontwikkeling(n):
    return [
        ("h1", "Organisatieontwikkeling"),
        P("Het bureau van het samenwerkingsverband is de afgelopen jaren gegroeid. Daarmee is ook de behoefte ontstaan "
          "aan een heldere inrichting van taken en verantwoordelijkheden. In 2025 is een nieuw functiehuis vastgesteld, "
          "met functiebeschrijvingen voor onder meer beleidsmedewerker, controller en secretaresse."),
        P("Wij investeren in een professionele cultuur waarin medewerkers elkaar feedback geven en van elkaar leren. "
          "Er zijn jaarlijks gesprekken met alle medewerkers over hun ontwikkeling en duurzame inzetbaarheid. Het "
          "ziekteverzuim van het bureau was de afgelopen jaren laag."),
        P("Daarnaast werken we aan het verminderen van de administratieve lasten voor scholen. Formulieren worden "
          "vereenvoudigd, dubbele uitvraag van gegevens wordt voorkomen en waar mogelijk gebruiken we gegevens die al "
          "in de systemen van de scholen staan."),
    ]


def terugblik_proces(n):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        P("De vorige planperiode begon midden in de nasleep van de coronapandemie. Scholen hadden hun handen vol aan het "
          "inhalen van achterstanden en aan het welbevinden van leerlingen. In die context heeft het samenwerkingsverband "
          "gekozen voor rust en continuïteit: weinig nieuwe projecten, en vooral het versterken van wat er al was."),
        P("Organisatorisch is er veel veranderd. Er is een nieuwe directeur-bestuurder aangetreden, het bestuursmodel "
          "is aangepast en de ondersteuningsplanraad is na de verkiezingen van 2023 grotendeels vernieuwd. Het bureau "
          "is verhuisd en er is een nieuw registratiesysteem in gebruik genomen."),
        P("In gesprekken met scholen en partners hoorden we dat het samenwerkingsverband als betrouwbare partner wordt "
          "gezien, maar dat de procedures soms als ingewikkeld worden ervaren. Ook werd gevraagd om meer zichtbaarheid "
          "van het samenwerkingsverband in de scholen. Die signalen hebben we meegenomen bij het schrijven van dit plan."),
    ]


def risicomanagement(n):
    return [
        ("h2", "Risicomanagement"),
        P("Het samenwerkingsverband loopt financiële risico’s, bijvoorbeeld door een stijging van het aantal leerlingen "
          "in het speciaal onderwijs, door dalende leerlingaantallen en door onzekerheid over landelijke "
          "bekostigingsregels. Jaarlijks maakt de controller een risicoanalyse die met de raad van toezicht wordt "
          "besproken. Op basis daarvan wordt de gewenste omvang van de reserve bepaald."),
    ]
