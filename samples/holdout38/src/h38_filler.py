"""Element-neutral filler chapters shared (with variation) by the holdout38 plans.

Everything here is deliberately written so that it does NOT address any core or advisory
criterion of the seven elements: words such as ouders, middelen, resultaten, arrangement,
toelaatbaarheid occur only in passing. Element content lives in make_holdout38.py.
"""


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het resultaat van "
              f"ruim een jaar gesprekken met intern begeleiders, directeuren, bestuurders, leerkrachten, "
              f"ouders, gemeenten en onze ketenpartners. In al die gesprekken kwam steeds dezelfde vraag terug: "
              f"wat hebben kinderen nodig om zich op school te kunnen ontwikkelen, en wat hebben scholen nodig "
              f"om hen dat te kunnen bieden? Dit plan is ons antwoord op die vraag voor de komende vier schooljaren."),
        ("p", "Passend onderwijs is geen project meer; het is de gewone praktijk van elke dag. Toch merken wij dat "
              "de druk op scholen toeneemt. Het lerarentekort, de groei van het aantal kinderen met complexe "
              "vragen en de wachttijden in de jeugdhulp maken het werk niet eenvoudiger. Tegelijk zien we op "
              "veel plekken prachtige voorbeelden van scholen die met creativiteit en doorzettingsvermogen een "
              "plek bieden aan kinderen voor wie dat eerder niet vanzelfsprekend was. Dat vakmanschap willen we "
              "koesteren en versterken."),
        ("p", f"Wij danken de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, "
              f"de wethouders en beleidsmedewerkers van de gemeenten {c['gemeenten']} voor het open overleg, en "
              f"alle collega's die hebben meegeschreven. Dit plan is van ons allemaal."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(c, extra=""):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"{c['naam']} (registratienummer {c['code']}) is een samenwerkingsverband passend onderwijs als bedoeld "
              f"in {c['wet']}. Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan "
              f"vast. Dit plan geldt voor de schooljaren {c['periode']} en vervangt het vorige plan. Het plan beschrijft "
              f"op hoofdlijnen wat wij samen willen bereiken en hoe we dat organiseren; de uitwerking per jaar volgt "
              f"in het jaarplan en de jaarbegroting."),
        ("p", "Het plan is opgebouwd rond de onderwerpen die de wet voorschrijft, aangevuld met onderwerpen die wij "
              "zelf belangrijk vinden, zoals personeel, informatievoorziening en samenwerking in de regio. Waar een "
              "onderwerp uitgebreider is uitgewerkt, staat dat in de bijlagen. " + extra),
        ("p", "Omwille van de leesbaarheid spreken we in dit plan over 'de school' waar ook 'het schoolbestuur' "
              "bedoeld kan zijn, en over 'ouders' waar ook verzorgers en wettelijk vertegenwoordigers worden bedoeld."),
    ]


def regio(c):
    rows = [["Gemeente", "Aantal scholen", "Aantal leerlingen (1-10-2024)"]] + c["regio_rows"]
    return [
        ("h1", "Onze regio"),
        ("p", f"Het werkgebied van het samenwerkingsverband omvat de gemeenten {c['gemeenten']}. De regio kent een "
              f"mix van stedelijke wijken en kleine kernen. In de kleine kernen staan scholen met soms minder dan "
              f"zestig leerlingen, waar één leerkracht meerdere groepen of klassen begeleidt. In de stedelijke wijken "
              f"zien we grotere scholen met een grote diversiteit aan leerlingen en een groeiend aantal nieuwkomers."),
        ("p", f"Bij het samenwerkingsverband zijn {c['besturen']} schoolbesturen aangesloten. Zij verschillen sterk "
              f"in omvang: van eenpitters tot besturen met meer dan twintig scholen. De besturen zijn openbaar, "
              f"protestants-christelijk, rooms-katholiek, algemeen bijzonder of hebben een eigen "
              f"onderwijskundige signatuur. Die verscheidenheid zien wij als een kracht."),
        ("table", rows),
        ("p", "Voor de komende jaren wordt een lichte daling van het totale aantal leerlingen verwacht, met grote "
              "verschillen tussen kernen. Dit heeft gevolgen voor de scholen, maar ook voor de manier waarop wij "
              "expertise in de regio beschikbaar houden."),
    ]


def visie(c):
    return [
        ("h1", "Visie, missie en kernwaarden"),
        ("h2", "Missie"),
        ("p", f"{c['naam']} ondersteunt scholen, zodat elk kind onderwijs krijgt dat past bij wat het kan en nodig "
              f"heeft, zo dicht mogelijk bij huis. Wij doen dat samen met de schoolbesturen, die de eerste "
              f"verantwoordelijkheid dragen voor goed onderwijs, en met de partners om de school heen."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat kinderen het best tot hun recht komen in een omgeving waar zij gezien worden, waar "
              "verschillen normaal zijn en waar de leerkracht vertrouwen heeft in eigen kunnen. Ondersteuning is "
              "daarom in de eerste plaats een zaak van de school en de groep. Het samenwerkingsverband is er om "
              "scholen te versterken, om te verbinden en om te zorgen dat middelen terechtkomen waar ze het meest "
              "nodig zijn. We werken vanuit vertrouwen, met een lage administratieve last en heldere afspraken."),
        ("h2", "Kernwaarden"),
        ("ul", ["Verbinden: we zoeken de samenwerking op, binnen het onderwijs en daarbuiten.",
                "Vertrouwen: we gaan uit van de professionaliteit van de school.",
                "Vakmanschap: we investeren in kennis en kunde van de mensen die het werk doen.",
                "Transparantie: we zijn open over onze keuzes en leggen verantwoording af."]),
        ("p", "Deze waarden vormen de toets voor alle keuzes in dit plan. Ze zijn in een reeks werksessies met "
              "directeuren en intern begeleiders opgehaald en door het bestuur bekrachtigd. In de komende "
              "planperiode gebruiken we ze ook bij de werving van nieuwe medewerkers en bij de inrichting van "
              "onze overleggen."),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"Het samenwerkingsverband is een stichting. De statuten scheiden bestuur en intern toezicht. Het "
              f"bestuur wordt gevormd door een directeur-bestuurder, {c['bestuurder']}. Het toezicht ligt bij de "
              f"raad van toezicht, die bestaat uit vijf leden: drie leden op voordracht van de aangesloten "
              f"schoolbesturen en twee onafhankelijke leden. De bestuurders van de aangesloten schoolbesturen "
              f"vormen samen de algemene vergadering, die onder meer de statuten wijzigt en de leden van de raad "
              f"van toezicht benoemt."),
        ("p", "De raad van toezicht vergadert ten minste vijf keer per jaar en heeft een auditcommissie en een "
              "remuneratiecommissie. De raad hanteert de Code Goed Bestuur in het primair en voortgezet onderwijs "
              "als richtlijn en evalueert jaarlijks het eigen functioneren, eens in de drie jaar onder externe "
              "begeleiding. Het toezichtkader en het bestuursreglement zijn op de website gepubliceerd."),
        ("p", "Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel in dienst van het "
              "samenwerkingsverband. Daarnaast kent het samenwerkingsverband een ondersteuningsplanraad (OPR), "
              "zie hoofdstuk Medezeggenschap. Directeuren en intern begeleiders of ondersteuningscoördinatoren "
              "komen samen in regionale netwerken die zes keer per jaar bijeenkomen."),
        ("p", "Het samenwerkingsverband is statutair verplicht een regeling voor geschilbeslechting tussen de "
              "aangesloten besturen te hebben. Geschillen tussen besturen over de uitvoering van dit plan worden "
              "eerst in de algemene vergadering besproken; komen partijen er niet uit, dan volgt bindend advies "
              "van een onafhankelijke commissie van drie leden."),
    ]


def opr(c, with_parents=True):
    samenstelling = ("De OPR telt twaalf leden: zes leden uit de personeelsgeleding en zes leden uit de "
                     "oudergeleding, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
                     if with_parents else
                     "De OPR telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
                     "scholen volgens het reglement van de OPR.")
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad heeft instemmingsrecht op de vaststelling en op iedere wijziging van het "
              "ondersteuningsplan (artikel 14a Wet medezeggenschap op scholen). " + samenstelling +
              " De OPR vergadert zes keer per jaar en ontvangt daarvoor een faciliteitenvergoeding."),
        ("p", f"Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In {c['opr_start']} heeft de "
              f"OPR in een themabijeenkomst zijn speerpunten meegegeven. Het concept is op {c['opr_concept']} aan de "
              f"OPR voorgelegd. De OPR heeft op {c['opr_instemming']} ingestemd met het plan, onder de voorwaarde dat "
              f"de raad jaarlijks wordt geïnformeerd over de voortgang van de uitwerking. Het bestuur heeft die "
              f"voorwaarde overgenomen."),
        ("p", "Om de OPR goed toe te rusten, organiseert het samenwerkingsverband jaarlijks een scholingsavond "
              "voor nieuwe leden en is er budget voor externe ondersteuning van de raad. De OPR heeft een eigen "
              "ambtelijk secretaris. Het jaarverslag van de OPR wordt op de website gepubliceerd."),
    ]


def oogo(c):
    return [
        ("h1", "Op overeenstemming gericht overleg (OOGO)"),
        ("p", f"Het ondersteuningsplan mag pas worden vastgesteld nadat over het ontwerp op overeenstemming gericht "
              f"overleg is gevoerd met de colleges van burgemeester en wethouders van de gemeenten in het "
              f"werkgebied. Het OOGO over dit plan vond plaats op {c['oogo_datum']} met de wethouders onderwijs "
              f"en jeugd van {c['gemeenten']}. Het verslag van dat overleg is door alle partijen ondertekend."),
        ("p", f"Het OOGO volgt de procedure die het samenwerkingsverband en de gemeenten in {c['oogo_jaar']} hebben "
              f"vastgelegd, inclusief een regeling voor het geval partijen geen overeenstemming bereiken. Van die "
              f"geschillenregeling is bij dit plan geen gebruik gemaakt. Daarnaast is het ontwerp besproken met "
              f"{c['buur_swv']}, waarvan het werkgebied overlapt met het onze."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft {c['fte']} fte in dienst: orthopedagogen, psychologen, "
              f"consulenten, een beleidsmedewerker, een controller en secretariële ondersteuning. Medewerkers "
              f"worden benoemd door de directeur-bestuurder en vallen onder de cao van de sector. Wij voeren "
              f"jaarlijks gesprekken met elke medewerker over ontwikkeling, werkbelasting en vitaliteit."),
        ("p", "Het lerarentekort raakt ook ons werk. Wanneer scholen hun formatie niet rond krijgen, staat de "
              "ondersteuning in de groep als eerste onder druk. Wij willen daarom niet alleen scholen ondersteunen "
              "bij individuele vragen, maar ook investeren in kennisdeling. Elk jaar organiseren we een "
              "studiedag voor intern begeleiders en ondersteuningscoördinatoren, en leergemeenschappen rond "
              "thema's als gedrag, taalontwikkeling en meer- en hoogbegaafdheid."),
        ("p", "Ook onze eigen professionals ontwikkelen zich. Orthopedagogen en psychologen houden hun "
              "registratie bij, consulenten volgen een gezamenlijke leergang en er is jaarlijks een "
              "scholingsbudget per medewerker. We streven ernaar dat het team van het samenwerkingsverband een "
              "afspiegeling is van de expertise die de scholen vragen."),
    ]


def ict(c):
    return [
        ("h1", "Informatievoorziening, ICT en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, ook gegevens over gezondheid, "
              "voor zover dat nodig is voor zijn wettelijke taken. Wij hanteren een privacyreglement dat is "
              "afgestemd met de OPR en met de functionaris gegevensbescherming. Gegevens worden niet langer "
              "bewaard dan nodig; voor dossiers rond besluiten geldt een bewaartermijn van drie jaar na het "
              "besluit. Medewerkers hebben alleen toegang tot dossiers waarvoor zij een taak hebben."),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligd platform. In de komende "
              "planperiode vervangen we het huidige systeem, omdat de leverancier de ondersteuning beëindigt. "
              "Bij de keuze voor een nieuw systeem betrekken we intern begeleiders, de privacyfunctionaris en een "
              "afvaardiging van de OPR. Een datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens."),
        ("p", "Ook de eigen bedrijfsvoering wordt verder gedigitaliseerd: vergaderstukken worden via een "
              "bestuursportaal gedeeld en het archief wordt in het eerste planjaar opgeschoond volgens de "
              "selectielijst."),
    ]


def huisvesting_vervoer(c):
    return [
        ("h1", "Leerlingenvervoer, huisvesting en jeugdbeleid van de gemeenten"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn verantwoordelijkheden van de gemeenten. De kosten "
              "daarvan vallen buiten de begroting van het samenwerkingsverband. Wel is het voor kinderen belangrijk "
              "dat de vervoersregeling aansluit bij de schooltijden en dat een school die groeit ook de ruimte "
              "heeft om die groei op te vangen. Wij brengen signalen van scholen hierover in bij het periodieke "
              "overleg met de beleidsmedewerkers van de gemeenten."),
        ("p", "De gemeenten voeren ook een eigen jeugdbeleid met preventieve activiteiten in wijken en kernen. "
              "Het samenwerkingsverband neemt deel aan de regionale beleidstafel jeugd, waar het als toehoorder "
              "aanwezig is. Over de financiering van jeugdhulp beslissen de gemeenten zelf."),
    ]


def planning(c, rows):
    return [
        ("h1", "Planning van de planperiode"),
        ("p", "Onderstaand overzicht toont per schooljaar de belangrijkste activiteiten. Het is een werkplanning, "
              "geen uitputtende lijst: de precieze activiteiten worden elk jaar in het jaarplan opgenomen."),
        ("table", [["Schooljaar", "Activiteiten"]] + rows),
    ]


def bedrijfsvoering(c):
    return [
        ("h1", "Bedrijfsvoering en bureau"),
        ("p", f"Het bureau van {c['kort']} is gevestigd in een gehuurd kantoor dat het samenwerkingsverband deelt "
              f"met twee andere onderwijsorganisaties. Gespreksruimtes zijn beschikbaar voor overleggen met "
              f"scholen en ketenpartners. De medewerkers werken voor een deel op de scholen zelf; de "
              f"werkplekken op het bureau zijn daarom flexibel ingericht."),
        ("p", "De salarisadministratie, de financiële administratie en de ICT-ondersteuning zijn uitbesteed aan "
              "een administratiekantoor dat ook voor een aantal aangesloten besturen werkt. De dienstverlening "
              "wordt jaarlijks geëvalueerd aan de hand van afgesproken prestatie-indicatoren, zoals de tijdigheid "
              "van rapportages en de afhandeltijd van vragen. Het contract loopt tot en met 2027 en wordt daarna "
              "opnieuw aanbesteed, samen met andere samenwerkingsverbanden in de provincie."),
        ("p", "Het samenwerkingsverband wil een goede werkgever zijn. Het ziekteverzuim lag in het afgelopen jaar "
              "onder het sectorgemiddelde. Wij bieden medewerkers de mogelijkheid om hybride te werken, met "
              "duidelijke afspraken over bereikbaarheid voor scholen. Nieuwe medewerkers volgen een "
              "inwerkprogramma van drie maanden met een vaste buddy."),
        ("p", "Bij inkoop en aanbesteding volgen wij het inkoopbeleid dat de raad van toezicht heeft goedgekeurd. "
              "Voor opdrachten boven de Europese drempelwaarde wordt Europees aanbesteed. Duurzaamheid en "
              "social return zijn criteria bij iedere aanbesteding."),
        ("h1", "Samenwerking met scholen en netwerken"),
        ("p", "Het samenwerkingsverband bestaat bij de gratie van de scholen. Wij investeren daarom in korte "
              "lijnen: iedere school heeft een vaste contactpersoon bij het samenwerkingsverband, die de school "
              "ten minste drie keer per jaar bezoekt en die bereikbaar is voor vragen over procedures, "
              "formulieren en scholing. Directeuren ontmoeten elkaar in een regionaal directeurenoverleg, "
              "intern begeleiders en ondersteuningscoördinatoren in hun eigen netwerk."),
        ("p", "In deze netwerken wisselen professionals ervaringen uit, bespreken zij (geanonimiseerd) lastige "
              "situaties en worden nieuwe ontwikkelingen in wet- en regelgeving toegelicht. Eens per jaar is er "
              "een regionale conferentie voor alle medewerkers van de aangesloten scholen, met workshops die "
              "door de scholen zelf worden verzorgd. Het thema van de conferentie wordt gekozen door een "
              "programmacommissie met leerkrachten uit de regio."),
    ]
