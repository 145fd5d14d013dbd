"""Shared 'filler' chapters that real ondersteuningsplannen contain.

They mention element words (ouders, middelen, arrangement, toelaatbaarheid, resultaten) only in passing.
Flags switch off sentences that would address a criterion, so labels stay exact per plan.
"""


def voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014 en het eerste dat "
              f"volledig is geschreven na de landelijke evaluatie en de Verbeteraanpak passend onderwijs. "
              f"Wij hebben in de afgelopen periode veel geleerd. Niet alles wat we in het vorige plan hebben "
              f"opgeschreven, is ook zo uitgevoerd; soms omdat de praktijk weerbarstiger bleek, soms omdat "
              f"de omstandigheden veranderden. Denk aan de gevolgen van de coronaperiode, het lerarentekort "
              f"en de toenemende druk op de jeugdhulp in {p['regio']}."),
        ("p", "Het plan is tot stand gekomen in een intensief traject met schoolleiders, intern begeleiders, "
              "ondersteuningscoördinatoren, bestuurders, leden van de ondersteuningsplanraad en onze "
              "gemeentelijke partners. In bijeenkomsten op verschillende locaties hebben we opgehaald wat goed "
              "gaat en wat beter moet. Die gesprekken waren soms confronterend, maar altijd constructief. Wij "
              "danken iedereen die heeft meegedacht, meegelezen en meegeschreven voor de inzet."),
        ("p", "Een ondersteuningsplan is geen document dat in een la verdwijnt. Het is het kader waarbinnen "
              "scholen, besturen en het samenwerkingsverband de komende jaren keuzes maken. Tegelijkertijd is "
              "het plan niet uitputtend: de uitwerking vindt plaats in jaarplannen, in de "
              "schoolondersteuningsprofielen en in de afspraken die scholen met elkaar en met partners maken. "
              "Wij nodigen iedereen uit om ons aan te spreken op wat hier staat."),
        ("p", f"{p['plaats']}, {p['datum_vaststelling']}"),
        ("p", f"{p['bestuurder']}, directeur-bestuurder {p['kortenaam']}"),
    ]


def inleiding(p, extra=None):
    b = [
        ("h1", "Inleiding"),
        ("h2", "Wettelijk kader"),
        ("p", f"Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
              f"({p['wetsartikel']}). In het plan staat hoe het samenwerkingsverband de opdracht uit de wet "
              f"uitvoert: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, "
              f"zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen. De wet noemt een aantal "
              f"onderwerpen die het plan in elk geval moet bevatten. In de leeswijzer geven wij aan waar u deze "
              f"onderwerpen vindt."),
        ("h2", "Totstandkoming en procedure"),
        ("p", f"Het concept van dit plan is besproken in het directeurenoverleg en in het overleg van "
              f"bestuurders. Het op overeenstemming gericht overleg (OOGO) met de gemeenten {p['gemeenten_tekst']} "
              f"heeft plaatsgevonden op {p['oogo_datum']}. Daarnaast is het plan besproken met "
              f"{p['overlap_swv']}, waarvan het werkgebied met het onze overlapt. De ondersteuningsplanraad heeft "
              f"op {p['opr_datum']} ingestemd met het plan. Het algemeen bestuur heeft het plan vastgesteld op "
              f"{p['datum_vaststelling']}. Het plan is daarna voor 1 mei toegezonden aan de Inspectie van het "
              f"Onderwijs."),
        ("p", f"Het plan geldt voor de schooljaren {p['periode_lang']}. Tussentijdse wijzigingen leggen wij "
              f"voor aan de ondersteuningsplanraad; kleinere aanpassingen verwerken wij in de jaarlijkse "
              f"voortgangsparagraaf."),
        ("h2", "Leeswijzer"),
        ("p", "Na deze inleiding beschrijven wij onze regio en de belangrijkste kengetallen. Vervolgens staan onze "
              "missie en visie. Daarna volgen de inhoudelijke hoofdstukken over ondersteuning, toelaatbaarheid, "
              "samenwerking en middelen. Het plan sluit af met de organisatie, de planning en een "
              "begrippenlijst. Waar in de tekst wordt verwezen naar documenten op onze website, zijn die "
              "documenten geen onderdeel van dit plan, tenzij anders vermeld."),
    ]
    if extra:
        b += extra
    return b


def context(p, leerlingen_tabel):
    return [
        ("h1", "Onze regio in beeld"),
        ("p", f"{p['naam']} omvat de gemeenten {p['gemeenten_tekst']}. Het gebied kent een mix van "
              f"{p['gebied']}. In het samenwerkingsverband werken {p['n_besturen']} schoolbesturen samen. Zij "
              f"zijn samen verantwoordelijk voor het onderwijs aan ruim {p['n_leerlingen']} leerlingen op "
              f"{p['n_scholen']} scholen en vestigingen."),
        ("p", "De leerlingenaantallen in de regio dalen licht. De prognoses van de gemeenten laten zien dat deze "
              "daling de komende jaren doorzet, vooral in de kleinere kernen. Tegelijk zien scholen een "
              "toename van leerlingen met complexe vragen, onder meer op het gebied van gedrag, "
              "sociaal-emotionele ontwikkeling en taal. Ook het aantal nieuwkomers fluctueert sterk, "
              "afhankelijk van de opvang in de regio."),
        ("table", leerlingen_tabel),
        ("p", "Bron: DUO, teldatum 1 oktober 2024. De aantallen zijn afgerond."),
        ("p", "De schoolbesturen verschillen sterk in omvang: van eenpitters met één school tot besturen met meer "
              "dan twintig scholen. Dit heeft gevolgen voor de manier waarop ondersteuning is georganiseerd. "
              "Grotere besturen hebben vaak een eigen expertiseteam; kleinere besturen leunen meer op het "
              "samenwerkingsverband en op onderlinge afspraken."),
    ]


def visie(p):
    return [
        ("h1", "Missie en visie"),
        ("h2", "Missie"),
        ("p", f"{p['kortenaam']} zorgt er samen met de aangesloten schoolbesturen voor dat elk kind in de regio "
              f"onderwijs krijgt dat bij hem of haar past, zo dicht mogelijk bij huis. Wij doen dat door scholen "
              f"te versterken, door expertise te delen en door middelen zo in te zetten dat ze zo dicht mogelijk "
              f"bij de leerling terechtkomen."),
        ("h2", "Visie"),
        ("p", "Wij gaan uit van de mogelijkheden van kinderen en jongeren, niet van hun beperkingen. Iedere "
              "leerling heeft recht op onderwijs dat aansluit bij zijn of haar ontwikkeling. Leraren zijn de "
              "sleutel tot passend onderwijs; zij moeten zich gesteund weten door hun team, hun schoolleiding "
              "en door het samenwerkingsverband. Ouders zijn de eerste deskundigen als het gaat om hun kind. "
              "Samenwerking met jeugdhulp en gemeenten is geen extra taak, maar een voorwaarde om kinderen "
              "goed te laten opgroeien."),
        ("p", "Wij kiezen voor een samenwerkingsverband dat dienstbaar is aan de scholen. Het "
              "samenwerkingsverband neemt geen taken over die bij de school horen, maar faciliteert, "
              "verbindt en stelt kaders. De verantwoordelijkheid voor het onderwijs ligt bij de schoolbesturen; "
              "zij hebben zorgplicht. Het samenwerkingsverband is verantwoordelijk voor het geheel."),
        ("h2", "Kernwaarden"),
        ("bullets", ["Nabij: ondersteuning zo dicht mogelijk bij de leerling en de leraar.",
                     "Samen: besturen, scholen, partners en ouders trekken samen op.",
                     "Eenvoudig: zo min mogelijk bureaucratie, heldere routes.",
                     "Transparant: wij leggen uit wat we doen en waarom."]),
    ]


def governance(p):
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{p['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur "
              f"(de vergadering van bestuurders). De dagelijkse leiding ligt bij de directeur-bestuurder, die "
              f"verantwoording aflegt aan de Raad van Toezicht. De scheiding tussen bestuur en toezicht is "
              f"vastgelegd in de statuten en in het bestuursreglement. De statuten bevatten een regeling voor "
              f"geschillen tussen de aangesloten besturen."),
        ("p", "De Raad van Toezicht bestaat uit vijf leden, van wie drie onafhankelijk zijn en twee worden "
              "voorgedragen door de schoolbesturen. De raad komt minimaal vijf keer per jaar bijeen, houdt "
              "toezicht op het beleid en de financiële gang van zaken en is werkgever van de "
              "directeur-bestuurder. De raad hanteert de Code Goed Bestuur van de sectorraad."),
        ("h2", "Bureau"),
        ("p", f"Het bureau van het samenwerkingsverband is gevestigd in {p['plaats']}. Op het bureau werken "
              f"een directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), een "
              f"managementassistent en het team van consulenten en orthopedagogen. Het bureau is bereikbaar op "
              f"werkdagen van 8.30 tot 16.30 uur."),
        ("h2", "Overlegstructuur"),
        ("table", [["Overleg", "Deelnemers", "Frequentie"],
                   ["Algemeen bestuur", "Bestuurders van de aangesloten besturen", "6 keer per jaar"],
                   ["Raad van Toezicht", "Vijf leden", "5 keer per jaar"],
                   ["Directeurenoverleg", "Schooldirecteuren per subregio", "4 keer per jaar"],
                   ["Netwerk IB/ondersteuningscoördinatoren", "IB'ers en coördinatoren", "5 keer per jaar"],
                   ["Ondersteuningsplanraad", "Afgevaardigden uit de MR'en", "5 keer per jaar"]]),
    ]


def opr(p, ouders_rol=True):
    if ouders_rol:
        samenstelling = ("De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders"
                         + (" of leerlingen" if p["sector"] == "vo" else "")
                         + ", afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De "
                           "oudergeleding brengt nadrukkelijk het perspectief van gezinnen in bij de bespreking "
                           "van het plan.")
    else:
        samenstelling = ("De OPR bestaat uit acht leden die worden afgevaardigd vanuit de medezeggenschapsraden "
                         "van de aangesloten scholen.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) op grond van artikel 4a van de "
              "Wet medezeggenschap op scholen. " + samenstelling + " De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan en op wijzigingen daarvan."),
        ("p", "De directeur-bestuurder overlegt ten minste vijf keer per jaar met de OPR. De OPR ontvangt alle "
              "stukken die nodig zijn voor een goede taakuitoefening, waaronder de jaarbegroting, het "
              "jaarverslag en de voortgangsparagraaf. Het samenwerkingsverband heeft daarnaast een eigen "
              "medezeggenschapsraad voor het personeel van het bureau. De OPR heeft een eigen reglement en een "
              "budget voor scholing en ondersteuning."),
    ]


def gemeenten(p, inhoud=True):
    b = [("h1", "Samenwerking met gemeenten"),
         ("p", f"Het samenwerkingsverband voert met de gemeenten {p['gemeenten_tekst']} op overeenstemming gericht "
               f"overleg over het ondersteuningsplan. Omgekeerd voeren de gemeenten OOGO met ons over hun "
               f"beleidsplannen jeugd. Het formele OOGO over dit plan vond plaats op {p['oogo_datum']}. De "
               f"procedure, inclusief de regeling bij verschil van inzicht, is vastgelegd in een afsprakenkader "
               f"dat in 2019 door alle partijen is ondertekend.")]
    if inhoud:
        b += [("p", "Naast het formele overleg is er een ambtelijke werkgroep onderwijs-jeugd die zes keer per jaar "
                    "bijeenkomt. Hierin zijn de beleidsmedewerkers onderwijs en jeugd van de gemeenten, de "
                    "leerplichtambtenaren en het samenwerkingsverband vertegenwoordigd. Gezamenlijke thema's "
                    "zijn: jeugdhulp in en om de school, onderwijs-zorgarrangementen voor leerlingen die zowel "
                    "onderwijs als zorg nodig hebben, leerlingenvervoer, onderwijshuisvesting en de aansluiting "
                    "van de lokale teams op de scholen."),
              ("p", "Iedere school heeft een vaste contactpersoon van het lokale team of het wijkteam. Deze "
                    "contactpersoon sluit aan bij het ondersteuningsteam van de school wanneer er vragen zijn "
                    "die het onderwijs overstijgen. Voor onderwijs-zorgarrangementen hebben gemeenten en "
                    "samenwerkingsverband een gezamenlijke financieringsregeling, waarbij de gemeente de "
                    "zorgcomponent betaalt en het samenwerkingsverband of het schoolbestuur de "
                    "onderwijscomponent.")]
    else:
        b += [("p", "Inhoudelijke afspraken over jeugdhulp in en om de school worden in de komende periode "
                    "uitgewerkt in een gezamenlijke agenda met de gemeenten. Die agenda is op het moment van "
                    "vaststellen van dit plan nog niet gereed.")]
    return b


def personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft {p['fte']} fte in dienst. Daarnaast wordt expertise ingehuurd "
              f"of gedetacheerd vanuit de schoolbesturen en het speciaal onderwijs. Het personeelsbeleid is "
              f"gericht op behoud van deskundigheid, duurzame inzetbaarheid en een gezonde werkdruk. Alle "
              f"medewerkers hebben jaarlijks een gesprekkencyclus met hun leidinggevende."),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Scholen geven aan dat het steeds lastiger wordt "
              "om onderwijsassistenten en gespecialiseerde leraren te vinden. Het samenwerkingsverband "
              "ondersteunt de besturen door scholing aan te bieden, door kennisdeling tussen scholen te "
              "organiseren en door een regionale pool van ambulant begeleiders in stand te houden."),
        ("p", "Het professionaliseringsaanbod van het samenwerkingsverband bestaat uit netwerkbijeenkomsten voor "
              "intern begeleiders en ondersteuningscoördinatoren, studiedagen over thema's als gedrag, trauma "
              "en meertaligheid, en intervisie voor consulenten. Het aanbod wordt jaarlijks samengesteld op "
              "basis van de vragen van scholen."),
    ]


def ict_privacy(p):
    return [
        ("h1", "Privacy en informatievoorziening"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
              "arrangementen en toelaatbaarheidsverklaringen. Wij doen dat op basis van de AVG en de "
              "onderwijswetgeving. Gegevens over gezondheid verwerken wij alleen voor zover dat nodig is voor de "
              "uitvoering van onze wettelijke taken. Dossiers worden bewaard tot drie jaar na het besluit, "
              "tenzij een langere termijn wettelijk is voorgeschreven."),
        ("p", "Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen "
              "leveren stukken uitsluitend via deze omgeving aan. Het samenwerkingsverband heeft een "
              "functionaris gegevensbescherming (gedeeld met enkele andere samenwerkingsverbanden) en een "
              "privacyreglement dat met instemming van de OPR is vastgesteld. Datalekken worden gemeld via de "
              "daarvoor geldende procedure."),
        ("p", "In de planperiode vervangen wij het huidige registratiesysteem. De nieuwe applicatie moet het "
              "mogelijk maken om aanvragen sneller af te handelen en om beter inzicht te krijgen in de inzet "
              "van arrangementen. De aanbesteding vindt plaats in 2025-2026."),
    ]


def planning(p, met_monitoring=True):
    b = [("h1", "Planning en ontwikkelagenda"),
         ("p", "Onderstaande tabel geeft de belangrijkste ontwikkelingen per schooljaar weer. Het jaarplan "
               "werkt de activiteiten verder uit."),
         ("table", [["Schooljaar", "Belangrijkste ontwikkelingen"]] + p["planning_rijen"])]
    if met_monitoring:
        b += [("p", "De uitvoering van het plan wordt jaarlijks besproken met het algemeen bestuur, de Raad van "
                    "Toezicht en de OPR aan de hand van de voortgangsparagraaf.")]
    else:
        b += [("p", "Het jaarplan wordt jaarlijks voor 1 juli vastgesteld door het algemeen bestuur.")]
    return b


def begrippen(extra_rows):
    rows = [["Begrip / afkorting", "Omschrijving"],
            ["AB", "Ambulante begeleiding"],
            ["Arrangement", "Geheel van extra ondersteuning voor een leerling of groep leerlingen"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning binnen het samenwerkingsverband"],
            ["IB'er", "Intern begeleider"],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Terugplaatsing", "Overgang van een leerling uit het speciaal onderwijs naar het regulier onderwijs"]]
    rows += extra_rows
    return [("h1", "Begrippenlijst"), ("table", rows)]


def landelijk(p):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. Na de "
              "evaluatie van de Wet passend onderwijs in 2020 heeft het ministerie samen met de sectorraden, "
              "ouder- en leerlingenorganisaties en de vakbonden een verbeteraanpak opgesteld. Die aanpak bevat "
              "maatregelen op het gebied van duidelijkheid, financiële sturing, verantwoording, de positie van "
              "ouders en leerlingen en de samenwerking tussen onderwijs en zorg. Een aantal maatregelen is "
              "inmiddels uitgevoerd, andere lopen nog."),
        ("p", "Daarnaast is de beweging naar inclusiever onderwijs ingezet. Het kabinet heeft uitgesproken dat "
              "het onderwijs in 2035 inclusiever moet zijn: meer kinderen met een beperking moeten samen met "
              "andere kinderen naar school kunnen gaan, in de eigen wijk of het eigen dorp. Wat dat precies "
              "betekent voor de verhouding tussen regulier en speciaal onderwijs, is nog niet uitgewerkt. Wij "
              "volgen de landelijke ontwikkelingen nauwgezet en betrekken de schoolbesturen bij de vertaling naar "
              "onze regio."),
        ("p", "Ook de landelijke discussie over de rol van samenwerkingsverbanden raakt ons. Er is politieke "
              "aandacht voor de omvang van reserves, voor de transparantie van bestedingen en voor de "
              "bureaucratie die scholen ervaren. Tegelijk wordt van samenwerkingsverbanden verwacht dat zij "
              "regie voeren op een sluitend aanbod en dat zij meer doen voor specifieke groepen, zoals "
              "hoogbegaafde leerlingen, nieuwkomers en leerlingen met een medische of psychische kwetsbaarheid. "
              "Wij zien het als onze taak om in die spanning heldere keuzes te maken en die uit te leggen."),
        ("p", "Tot slot noemen wij de arbeidsmarkt. Het tekort aan leraren, intern begeleiders, "
              "orthopedagogen en jeugdhulpverleners heeft directe gevolgen voor de mogelijkheden van scholen. "
              "Ambities in dit plan moeten daarom realistisch zijn. Wij kiezen liever voor minder, maar goed "
              "uitgevoerd, dan voor veel dat op papier mooi oogt."),
    ]


def bedrijfsvoering(p):
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", f"De bedrijfsvoering van {p['kortenaam']} is sober en doelmatig ingericht. De financiële "
              f"administratie, de salarisadministratie en de ICT-ondersteuning zijn uitbesteed aan een "
              f"administratiekantoor dat voor meer samenwerkingsverbanden werkt. Het bureau beschikt over een "
              f"planning-en-controlcyclus met een kadernota in het voorjaar, een begroting in het najaar en "
              f"kwartaalrapportages aan het bestuur en de Raad van Toezicht. De accountant controleert jaarlijks "
              f"de jaarrekening."),
        ("p", "Het bureau is gehuisvest in een bedrijfsverzamelgebouw dat goed bereikbaar is met het openbaar "
              "vervoer. Gesprekken met scholen vinden zoveel mogelijk op de scholen zelf plaats. Wij "
              "werken digitaal waar het kan; vergaderingen van het netwerk worden afwisselend fysiek en online "
              "gehouden. Bij de inkoop van diensten volgen wij het inkoopbeleid dat het bestuur in 2023 heeft "
              "vastgesteld."),
        ("p", "De organisatorische risico's worden jaarlijks besproken in het managementoverleg van het "
              "bureau. Belangrijke organisatorische risico's zijn de afhankelijkheid van enkele "
              "sleutelmedewerkers en de kwetsbaarheid van de uitbestede administratie. Met het "
              "administratiekantoor zijn afspraken gemaakt over continuïteit en vervanging."),
    ]


def dienstverlening(p):
    return [
        ("h1", "Werkwijze en dienstverlening aan scholen"),
        ("p", "Iedere school heeft een vaste contactpersoon bij het samenwerkingsverband. De contactpersoon "
              "bezoekt de school ten minste drie keer per jaar, denkt mee bij vragen van de intern begeleider of "
              "ondersteuningscoördinator en verbindt de school met andere scholen die vergelijkbare vragen "
              "hebben. Het samenwerkingsverband streeft naar zo min mogelijk administratieve last: formulieren "
              "zijn kort, en informatie die al bij de school bekend is, vragen wij niet opnieuw op."),
        ("p", "Daarnaast organiseert het bureau netwerken en leergemeenschappen rond actuele thema's. In de "
              "vorige planperiode waren dat onder meer het jonge kind, rekenen, executieve functies en het "
              "werken met het groepsplan. Scholen waarderen deze netwerken, al blijkt het lastig om leraren "
              "vrij te roosteren. In deze periode verschuiven wij daarom een deel van de netwerken naar korte "
              "online sessies aan het eind van de middag."),
        ("p", "Het bureau verzorgt jaarlijks een startbijeenkomst voor nieuwe directeuren en intern begeleiders, "
              "waarin de werkwijze van het samenwerkingsverband wordt toegelicht. De presentatie en het "
              "handboek voor scholen staan in het besloten deel van de website."),
    ]


def kennis(p):
    return [
        ("h1", "Kennisontwikkeling en samenwerking met opleidingen"),
        ("p", "Passend onderwijs vraagt om leraren die zich toegerust voelen op de diversiteit in hun groep. "
              "Het samenwerkingsverband werkt daarom samen met de regionale lerarenopleidingen en met de "
              "opleidingsscholen van de aangesloten besturen. Studenten lopen stage op scholen met een "
              "specifiek aanbod en in het speciaal onderwijs, en docenten van de opleidingen nemen deel aan "
              "onze netwerkbijeenkomsten. Zo sluit wat studenten leren beter aan bij de praktijk in de regio."),
        ("p", "Met een hogeschool in de regio loopt een praktijkgericht onderzoek naar de vraag wat leraren "
              "helpt om leerlingen met gedragsvragen in de eigen groep te houden. De eerste uitkomsten worden "
              "in 2026 verwacht. Wij delen de uitkomsten met alle scholen en gebruiken ze bij de keuze van "
              "ons professionaliseringsaanbod. Daarnaast nemen wij deel aan een landelijk leernetwerk van "
              "samenwerkingsverbanden, waarin ervaringen worden uitgewisseld over onderwerpen als "
              "verantwoording, medezeggenschap en de inrichting van het bureau."),
        ("p", "Kennis die op scholen aanwezig is, willen wij beter benutten. Veel scholen hebben leraren met een "
              "specialisatie, bijvoorbeeld in taal, gedrag of het jonge kind. In een digitale expertisekaart "
              "laten scholen zien welke specialisten zij hebben en onder welke voorwaarden die ook voor andere "
              "scholen beschikbaar zijn. De expertisekaart wordt beheerd door het bureau en twee keer per jaar "
              "bijgewerkt."),
    ]


def communicatie_scholen(p):
    return [
        ("h1", "Communicatie met scholen, besturen en partners"),
        ("p", "Het samenwerkingsverband is een netwerkorganisatie. Heldere communicatie met besturen, "
              "schoolleiders, intern begeleiders, ondersteuningscoördinatoren en partners is daarom essentieel. "
              "Wij versturen zes keer per jaar een digitale nieuwsbrief voor professionals, met nieuws over "
              "regelgeving, netwerkbijeenkomsten en voorbeelden uit de praktijk. Besturen ontvangen na iedere "
              "vergadering van het algemeen bestuur een korte terugkoppeling die zij kunnen delen met hun "
              "directeuren."),
        ("p", "De website bevat een professionaldeel met formulieren, handreikingen en de jaarplanning van het "
              "bureau. Bij wijzigingen in werkwijzen informeren wij scholen ten minste twee maanden voor de "
              "ingangsdatum. Partners zoals de lokale teams, jeugdgezondheidszorg en leerplicht ontvangen de "
              "nieuwsbrief ook en worden uitgenodigd voor de jaarlijkse regiobijeenkomst in het voorjaar, "
              "waarin wij terugblikken op het afgelopen jaar en vooruitkijken naar het volgende."),
        ("p", "Wij merken dat scholen en partners het samenwerkingsverband soms nog zien als een loket op "
              "afstand. Door vaker op scholen aanwezig te zijn, willen wij dat beeld veranderen. Ook de "
              "jaarlijkse schoolbezoeken van de directeur-bestuurder dragen daaraan bij."),
    ]
