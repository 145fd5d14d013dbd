"""Shared boilerplate paragraphs (voorwoord, visie, governance, personeel, ICT, planning ...).

Every paragraph here is written so that it does NOT address any core or advisory criterion of the
seven elements: it only mentions element words in passing. Variants marked *_ouders / *_keten do
address an advisory criterion and are only used where the label says so.
"""


def bank(c):
    """c: dict with naam, kort, periode, regio, gemeenten, besturen, scholen, leerlingen, sectorwoord."""
    F = {}
    F["voorwoord"] = [
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van passend onderwijs en het eerste dat wij schrijven na "
              f"de landelijke verbeteraanpak. Wij hebben er bewust voor gekozen om het plan niet vanaf een "
              f"leeg vel te beginnen: veel van wat in de afgelopen jaren is opgebouwd, werkt goed en verdient "
              f"het om te worden voortgezet. Tegelijk vraagt de wereld om ons heen om scherpere keuzes. Het "
              f"lerarentekort, de toegenomen druk op de jeugdhulp en de maatschappelijke discussie over "
              f"inclusiever onderwijs raken iedere school in {c['regio']}."),
        ("p", f"Dit plan is tot stand gekomen in een intensief traject van ruim een jaar. Schoolleiders, "
              f"intern begeleiders, ondersteuningscoördinatoren, leraren, bestuurders, medewerkers van de "
              f"gemeenten en leden van de ondersteuningsplanraad hebben in werksessies meegedacht. Wij danken "
              f"iedereen die tijd en energie heeft gestoken in de gesprekken. Soms schuurde het, en dat is "
              f"goed: een plan dat niemand uitdaagt, verandert ook niets. Waar in dit plan ouders, middelen "
              f"of resultaten ter sprake komen, hebben wij geprobeerd zo eerlijk mogelijk te zijn over wat al "
              f"staat en wat nog moet groeien."),
        ("p", f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven. Het plan "
              f"is geen eindpunt, maar een gezamenlijke afspraak over de richting waarin {c['kort']} de "
              f"komende vier schooljaren wil bewegen."),
    ]
    F["visie"] = [
        ("p", f"Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen in een omgeving die bij "
              f"hem of haar past, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Dat is geen "
              f"vrijblijvende ambitie. Het vraagt van scholen, besturen en partners dat zij over de grenzen "
              f"van hun eigen organisatie heen kijken. Passend onderwijs is in onze ogen geen systeem van "
              f"loketten en formulieren, maar een manier van denken: wat heeft dit kind nodig, wat kan de "
              f"leraar daarvoor gebruiken, en wie kan daarbij helpen?"),
        ("p", f"Inclusiever onderwijs is de stip op de horizon. Het VN-verdrag inzake de rechten van "
              f"personen met een handicap en de Kinderrechtenverdragen vormen daarvoor het morele kompas. "
              f"Wij realiseren ons dat de weg ernaartoe lang is en dat niet elke school op hetzelfde moment "
              f"even ver is. Daarom kiezen wij voor een ontwikkelgerichte benadering: wij leren van "
              f"voorbeelden die werken, delen wat er goed gaat en durven te benoemen wat nog niet lukt."),
        ("p", f"Leraren zijn de sleutel. Zonder leraren die zich gesteund voelen, is elke ambitie op papier "
              f"zinloos. Daarom investeren wij in tijd, nabijheid en deskundigheid in de klas, en willen wij "
              f"de administratieve lasten die passend onderwijs met zich meebrengt verder terugdringen. "
              + (f"Ouders en leerlingen zien wij als partners: zij kennen het kind het best en hun perspectief "
                 if c.get("ouders_partner", True) else "Ook het perspectief van de leerling ")
              + (f"hoort bij elk gesprek." if c.get("ouders_partner", True) else "speelt mee in ons denken.")),
    ]
    F["missie"] = [
        ("p", f"{c['naam']} verbindt de aangesloten schoolbesturen in hun gezamenlijke opdracht om voor "
              f"iedere leerling in de regio een passende onderwijsplek te realiseren. Onze missie luidt: "
              f"'Samen zorgen wij dat geen kind tussen wal en schip valt.' Deze missie is in 2025 door het "
              f"bestuur herbevestigd na een reeks gesprekken met de achterban."),
        ("bul", ["Nabijheid: ondersteuning vindt zoveel mogelijk plaats in en rond de eigen school.",
                 "Vertrouwen: wij gaan uit van de professionaliteit van scholen en leraren.",
                 "Eenvoud: regels en procedures zijn niet ingewikkelder dan nodig.",
                 "Samenwerking: wij werken over de grenzen van besturen, sectoren en domeinen heen.",
                 "Transparantie: wij zijn open over keuzes, dilemma's en de inzet van middelen."]),
    ]
    F["context"] = [
        ("p", f"Het werkgebied van {c['kort']} omvat de gemeenten {c['gemeenten']}. In het gebied wonen "
              f"ongeveer {c['inwoners']} inwoners. Bij het verband zijn {c['besturen']} schoolbesturen "
              f"aangesloten met samen {c['scholen']} vestigingen en ruim {c['leerlingen']} leerlingen. Het "
              f"gebied kent zowel stedelijke kernen als uitgestrekte plattelandsdelen, met grote verschillen "
              f"in reisafstanden, voorzieningenniveau en bevolkingssamenstelling."),
        ("p", f"De demografische ontwikkeling verschilt per deelgebied. In de kernen groeit het aantal "
              f"leerlingen licht door nieuwbouw, terwijl in de kleinere dorpen sprake is van krimp. Dat "
              f"heeft gevolgen voor de levensvatbaarheid van kleine scholen en voor de manier waarop scholen "
              f"expertise kunnen bundelen. Besturen werken daarom steeds vaker samen in clusters."),
    ]
    F["governance"] = [
        ("p", f"{c['naam']} is een stichting in de zin van de wet. Het verband kent een scheiding tussen "
              f"bestuur en intern toezicht. De directeur-bestuurder vormt het bestuur en is eindverantwoordelijk "
              f"voor de uitvoering van de wettelijke taken. De raad van toezicht bestaat uit vijf leden, van wie "
              f"drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijke leden op "
              f"basis van een openbaar profiel worden geworven. De raad werkt volgens de Code Goed Bestuur."),
        ("p", f"Naast het formele bestuursmodel kent het verband een algemene vergadering van "
              f"schoolbesturen, die ten minste drie keer per jaar bijeenkomt. Daarnaast zijn er "
              f"regiegroepen per deelgebied, waarin schoolleiders en de staf van het verband afstemmen over de "
              f"uitvoering. De statuten en het bestuursreglement zijn in 2024 geactualiseerd en bevatten een "
              f"regeling voor de beslechting van geschillen tussen aangesloten besturen."),
        ("p", f"Het verband hecht aan een heldere rolverdeling. Schoolbesturen zijn verantwoordelijk voor de "
              f"kwaliteit van het onderwijs op hun scholen; het verband is verantwoordelijk voor de "
              f"wettelijke taken en voor het faciliteren van de samenwerking. Waar die rollen elkaar raken, "
              f"maken wij werkafspraken die jaarlijks in de algemene vergadering worden besproken."),
    ]
    F["opr_neutraal"] = [
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan en op "
              f"wijzigingen daarvan. De OPR vergadert zes keer per jaar en wordt ondersteund door een "
              f"ambtelijk secretaris. Het verband en de OPR hebben een medezeggenschapsreglement en een "
              f"medezeggenschapsstatuut vastgesteld. De OPR ontvangt jaarlijks een scholingsbudget en kan "
              f"zich laten adviseren door externe deskundigen."),
    ]
    F["opr_ouders"] = [
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan. De raad "
              f"telt tien leden: vijf ouders en vijf personeelsleden, afgevaardigd uit de "
              f"medezeggenschapsraden van de aangesloten scholen. Via de oudergeleding van de OPR denken "
              f"ouders mee over het beleid van het verband; de raad vergadert zes keer per jaar en voert "
              f"tweemaal per jaar een open gesprek met de directeur-bestuurder."),
    ]
    F["oogo_keten"] = [
        ("p", f"Met de gemeenten {c['gemeenten']} voert het verband op overeenstemming gericht overleg "
              f"(OOGO) over het ondersteuningsplan en over de jeugdplannen van de gemeenten. Gezamenlijke "
              f"thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
              f"onderwijshuisvesting en de inzet van praktijkondersteuners jeugd in de scholen. Afspraken "
              f"hierover zijn vastgelegd in een regionale agenda die jaarlijks wordt geactualiseerd."),
        ("p", f"In de afgelopen planperiode is geïnvesteerd in jeugdhulp op school. In iedere kern is een "
              f"vaste contactpersoon van het sociaal team verbonden aan de scholen, die binnen twee weken na "
              f"een signaal aanschuift bij het ondersteuningsteam. Onderwijs-zorgarrangementen worden "
              f"gezamenlijk door school, verband en gemeente vormgegeven, waarbij de gemeente de zorgcomponent "
              f"bekostigt."),
    ]
    F["oogo_proc"] = [
        ("p", f"Het concept van dit plan is voorgelegd aan de colleges van burgemeester en wethouders van "
              f"{c['gemeenten']}. Het op overeenstemming gericht overleg vond plaats op {c['oogo_datum']} en "
              f"is met een gezamenlijk verslag afgesloten. Ook is overleg gevoerd met het "
              f"{c['ander_verband']} waarvan het werkgebied overlapt."),
    ]
    F["personeel"] = [
        ("p", f"Het bureau van {c['kort']} telt ruim {c['fte']} fte. Het team bestaat uit de "
              f"directeur-bestuurder, een controller, een beleidsmedewerker, een managementassistent en een "
              f"team van orthopedagogen en consulenten. Het verband is zelf werkgever en volgt de cao van de "
              f"sector. Vacatures worden regionaal uitgezet; wij merken dat het ook voor ons steeds lastiger "
              f"wordt om ervaren orthopedagogen aan te trekken."),
        ("p", f"Wij investeren in de professionele ontwikkeling van onze eigen medewerkers. Iedere "
              f"medewerker heeft jaarlijks een ontwikkelgesprek en een persoonlijk scholingsbudget. In de "
              f"komende periode willen wij intervisie en collegiale consultatie verder versterken, en "
              f"kijken wij of detachering van medewerkers naar scholen de kennisdeling kan verbeteren."),
        ("p", f"Voor leraren en intern begeleiders organiseert het verband netwerkbijeenkomsten, "
              f"studiemiddagen en een jaarlijkse conferentie. Thema's worden opgehaald bij de scholen. "
              f"Recente thema's waren executieve functies, traumasensitief lesgeven, meertaligheid en "
              f"samenwerken met de jeugdhulp. De bijeenkomsten worden goed bezocht."),
    ]
    F["ict"] = [
        ("p", f"Het verband werkt met een digitaal dossiersysteem waarin scholen aanvragen voor "
              f"ondersteuning indienen. Het systeem voldoet aan de eisen van de Algemene verordening "
              f"gegevensbescherming (AVG). Met de leverancier is een verwerkersovereenkomst gesloten. "
              f"Medewerkers hebben uitsluitend toegang tot de gegevens die zij voor hun taak nodig hebben."),
        ("p", f"Het verband heeft een functionaris gegevensbescherming aangesteld, gedeeld met enkele andere "
              f"verbanden in de regio. Jaarlijks wordt een privacyscan uitgevoerd. Datalekken worden gemeld "
              f"volgens het interne protocol. Bewaartermijnen zijn vastgelegd in het privacyreglement; "
              f"gegevens over de gezondheid van leerlingen worden niet langer bewaard dan wettelijk is "
              f"toegestaan."),
        ("p", f"In de komende periode vervangen wij de verouderde kantoorautomatisering, stappen wij over op "
              f"een nieuwe samenwerkingsomgeving en onderzoeken wij of het dossiersysteem kan worden "
              f"gekoppeld aan de leerlingadministratiesystemen van de scholen, zodat gegevens niet dubbel "
              f"hoeven te worden ingevoerd."),
    ]
    F["planning"] = [
        ("p", f"De uitvoering van dit plan wordt vertaald naar jaarplannen. In ieder jaarplan staan de "
              f"activiteiten die het verband dat jaar oppakt, de verantwoordelijke medewerkers en de "
              f"planning. Het jaarplan wordt vóór de zomervakantie door het bestuur vastgesteld."),
        ("table", [["Schooljaar", "Accent in de uitvoering"],
                   ["2026-2027", "Inrichting nieuwe werkwijze, communicatie naar scholen, scholing staf"],
                   ["2027-2028", "Verdieping in de deelgebieden, vervanging dossiersysteem"],
                   ["2028-2029", "Uitbouw samenwerking met partners, voorbereiding nieuwe planperiode"],
                   ["2029-2030", "Afronding, schrijven van het volgende ondersteuningsplan"]]),
    ]
    F["vaststelling"] = [
        ("p", f"Dit plan is op {c['opr_datum']} voorgelegd aan de ondersteuningsplanraad, die op "
              f"{c['instemming']} heeft ingestemd. Het bestuur heeft het plan vastgesteld op "
              f"{c['vastgesteld']}. Het plan is vóór 1 mei 2026 via het Internet Schooldossier aan de "
              f"inspectie van het onderwijs toegezonden. Het plan geldt van 1 augustus 2026 tot en met "
              f"31 juli 2030."),
    ]
    F["huisvesting"] = [
        ("p", f"Het bureau van het verband is gevestigd in een verbouwd schoolgebouw, dat wordt gedeeld met "
              f"een kinderopvangorganisatie en de leerplichtadministratie van de gemeente. De "
              f"vergaderruimten zijn ook beschikbaar voor netwerkbijeenkomsten van scholen. In de komende "
              f"periode verduurzamen wij het gebouw in overleg met de eigenaar."),
    ]
    F["lerarentekort"] = [
        ("p", f"Het lerarentekort raakt ook de scholen in {c['regio']}. Vacatures blijven langer open, "
              f"invallers zijn schaars en ervaren collega's vertrekken naar andere sectoren. Dat heeft "
              f"gevolgen voor de ruimte die leraren ervaren om aandacht te geven aan verschillen tussen "
              f"leerlingen. Het verband kan het tekort niet oplossen, maar kan wel bijdragen door taken die "
              f"niet bij de leraar horen zoveel mogelijk weg te nemen, door zij-instromers te ondersteunen met "
              f"een inwerkprogramma en door samen met de besturen te investeren in onderwijsassistenten."),
        ("p", f"Samen met de pabo's en lerarenopleidingen in de regio onderzoeken wij of studenten al tijdens "
              f"hun opleiding kennis kunnen maken met het werk in de speciale voorzieningen. Een eerste "
              f"lichting van twaalf studenten loopt sinds september 2025 stage in een van de scholen van het "
              f"verband. De ervaringen zijn positief: studenten geven aan dat zij zich beter voorbereid voelen "
              f"op de diversiteit in de klas."),
    ]
    F["innovatie"] = [
        ("p", f"Het verband stimuleert vernieuwing met een innovatiefonds waarop scholen en besturen een "
              f"beroep kunnen doen voor kleinschalige experimenten. Voorwaarde is dat de school de "
              f"opbrengsten deelt met andere scholen, bijvoorbeeld in een netwerkbijeenkomst of een korte "
              f"publicatie. In de afgelopen jaren zijn onder meer experimenten uitgevoerd met co-teaching, "
              f"met flexibele roosters en met het inzetten van beeldbellen bij langdurig zieke leerlingen."),
        ("p", f"Daarnaast neemt het verband deel aan een landelijk onderzoeksnetwerk van verbanden en "
              f"hogescholen. Dat netwerk verzamelt praktijkkennis over wat werkt in de klas en vertaalt die "
              f"naar bruikbare handreikingen. Medewerkers van het verband nemen deel aan de "
              f"werkgroepen van het netwerk en brengen de opgedane kennis terug naar de scholen."),
    ]
    F["kennisdeling"] = [
        ("p", f"Kennis over ondersteuning zit verspreid over veel mensen: in de hoofden van ervaren "
              f"leraren, bij de specialisten op de scholen, bij de medewerkers van het verband en bij de "
              f"partners. Het verband wil die kennis beter ontsluiten. Daarom bouwen wij een digitale "
              f"kennisbank voor professionals, met praktijkvoorbeelden, protocollen en een overzicht van "
              f"specialisten die collega's willen adviseren. De kennisbank is alleen toegankelijk voor "
              f"medewerkers van de aangesloten scholen."),
        ("p", f"Voor schoolleiders en ondersteuningscoördinatoren organiseert het verband vier keer per jaar een "
              f"regionaal netwerk. Het netwerk bespreekt actuele ontwikkelingen, zoals wet- en regelgeving, "
              f"en wisselt ervaringen uit over lastige casuïstiek. De agenda wordt samen met de deelnemers "
              f"opgesteld; een vaste voorzitter uit de scholen bewaakt dat het overleg over de inhoud blijft gaan."),
    ]
    F["integriteit"] = [
        ("p", f"Het verband hanteert een integriteitscode voor bestuur, toezicht en medewerkers. De code "
              f"bevat afspraken over nevenfuncties, geschenken, belangenverstrengeling en het omgaan met "
              f"vertrouwelijke informatie. Daarnaast kent het verband een klokkenluidersregeling en een "
              f"vertrouwenspersoon voor medewerkers. Nevenfuncties van de directeur-bestuurder en van de "
              f"leden van de raad van toezicht worden jaarlijks in het bestuursverslag gepubliceerd."),
    ]
    return F
