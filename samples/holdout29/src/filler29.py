"""Neutral chapters that real plans contain (governance, OPR, personeel, ...).

These texts mention element words in passing but are written so that they do not address
any core criterion of the seven elements.
"""


def governance(naam, afk, besturen, scholen, rechtsvorm="stichting"):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{naam} is een {rechtsvorm} waarin {besturen} schoolbesturen samenwerken. Samen zijn zij "
              f"verantwoordelijk voor {scholen} scholen en vestigingen in de regio. Het samenwerkingsverband "
              f"heeft gekozen voor een scheiding van toezicht en bestuur. De directeur-bestuurder vormt het "
              f"bestuur in de zin van de statuten; de raad van toezicht, samengesteld uit bestuurders van de "
              f"aangesloten schoolbesturen en twee onafhankelijke leden, houdt toezicht op het beleid en op de "
              f"algemene gang van zaken."),
        ("p", f"De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
              f"controller, een secretariaat en een team van consulenten. Het bureau is gehuisvest in een "
              f"bedrijfsverzamelgebouw in het centrum van de regio en is goed bereikbaar met het openbaar "
              f"vervoer. De werkafspraken tussen bureau en scholen zijn vastgelegd in een managementstatuut "
              f"en in het toezichtskader van de raad van toezicht."),
        ("p", f"Twee keer per jaar komt het directeurenoverleg bijeen. Daarin bespreken de schoolleiders met "
              f"het bureau van {afk} de actuele ontwikkelingen, zoals personeelstekorten, de instroom van "
              f"nieuwkomers en de samenwerking met kinderopvang en jeugdhulp. Het overleg heeft geen formele "
              f"bevoegdheden, maar is voor het bestuur een belangrijke klankbordgroep. Daarnaast is er een "
              f"netwerk van intern begeleiders en ondersteuningscoördinatoren dat vier keer per jaar "
              f"samenkomt voor intervisie en kennisdeling."),
        ("p", f"De raad van toezicht hanteert de Code Goed Bestuur van de sectorraad en evalueert jaarlijks zijn "
              f"eigen functioneren. De statuten van {afk} bevatten een regeling voor geschillen tussen de "
              f"aangesloten besturen, zoals de wet voorschrijft. Tot nu toe is van die regeling geen gebruik "
              f"gemaakt: verschillen van inzicht worden in het bestuurlijk overleg opgelost."),
    ]


def opr(naam, afk, vo=False):
    geleding = "ouders en leerlingen" if vo else "ouders"
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", f"De ondersteuningsplanraad (OPR) van {naam} bestaat voor de helft uit personeelsleden en voor "
              f"de helft uit {geleding}. De leden worden afgevaardigd door de medezeggenschapsraden van de "
              f"aangesloten scholen. De OPR heeft instemmingsrecht op de vaststelling en op elke wijziging van "
              f"het ondersteuningsplan. Daarnaast heeft {afk} een eigen medezeggenschapsraad voor het "
              f"personeel van het bureau."),
        ("p", f"De OPR vergadert zes keer per jaar, waarvan twee keer samen met de directeur-bestuurder en "
              f"een keer met de raad van toezicht. De leden ontvangen een vergoeding voor hun inzet en kunnen "
              f"scholing volgen op kosten van het samenwerkingsverband. Het huishoudelijk reglement en het "
              f"medezeggenschapsreglement staan op de website. De OPR heeft in de voorbereiding van dit plan "
              f"meegelezen met de conceptversies en drie themabijeenkomsten bijgewoond."),
        ("p", "Wij vinden een goede relatie met de OPR belangrijk. De raad is niet alleen een formeel orgaan "
              "dat instemt of niet, maar ook een gesprekspartner die ons scherp houdt. Daarom delen wij "
              "conceptstukken vroegtijdig en nodigen wij de leden uit bij werkbezoeken aan scholen."),
    ]


def oogo(afk, gemeenten):
    return [
        ("h1", "Samenwerking met gemeenten"),
        ("p", f"{afk} werkt samen met de gemeenten {gemeenten}. Het op overeenstemming gericht overleg (OOGO) "
              f"over dit ondersteuningsplan heeft plaatsgevonden in het voorjaar, voordat het plan definitief "
              f"werd vastgesteld. Omgekeerd voeren wij OOGO over het jeugdbeleid van de gemeenten. In het "
              f"overleg kwamen onder meer het leerlingenvervoer, de onderwijshuisvesting, de aansluiting "
              f"tussen schoolondersteuning en jeugdhulp en de leerplicht aan de orde."),
        ("p", "Met de regionale leerplichtdienst zijn werkafspraken gemaakt over verzuim, vrijstellingen en "
              "het delen van gegevens. Daarnaast nemen beleidsmedewerkers van de gemeenten deel aan een "
              "ambtelijke werkgroep die eens per kwartaal bijeenkomt. De wethouders onderwijs en jeugd "
              "overleggen twee keer per jaar met de directeur-bestuurder."),
    ]


def personeel(afk):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bureau van {afk} heeft ongeveer vijftien medewerkers in dienst. De consulenten zijn "
              f"orthopedagogen, psychologen of ervaren intern begeleiders met een masteropleiding. Zij werken "
              f"in vaste koppels met een aantal scholen, zodat zij de teams, de intern begeleiders en de "
              f"kinderen goed kennen. Voor de arbeidsvoorwaarden volgt het samenwerkingsverband de cao van de "
              f"sector."),
        ("p", "Het lerarentekort raakt ook ons. Scholen hebben moeite om vacatures te vervullen en "
              "ondersteuningsfuncties, zoals die van intern begeleider of onderwijsassistent, komen onder "
              "druk te staan. Wij ondersteunen de scholen met een regionaal scholingsaanbod, met "
              "netwerkbijeenkomsten en met een jaarlijkse studiedag voor alle teams. In de planperiode "
              "verkennen wij samen met de opleidingen in de regio of een gezamenlijke minor passend "
              "onderwijs haalbaar is."),
        ("p", "Voor onze eigen medewerkers geldt een professionaliseringsbudget per persoon en een "
              "gesprekscyclus met een ontwikkelgesprek en een beoordelingsgesprek. Registratie in het "
              "beroepsregister (NIP, NVO of Registerleraar) wordt gestimuleerd en door ons gefaciliteerd."),
    ]


def privacy_ict(afk):
    return [
        ("h1", "Privacy, gegevens en ICT"),
        ("p", f"{afk} verwerkt persoonsgegevens van leerlingen, waaronder gezondheidsgegevens, voor zover dat "
              f"nodig is voor de wettelijke taken. Wij hebben een functionaris gegevensbescherming aangesteld "
              f"die wij delen met enkele andere samenwerkingsverbanden. Dossiers worden bewaard tot drie jaar "
              f"na het laatste besluit en daarna vernietigd. Medewerkers tekenen een geheimhoudingsverklaring "
              f"en volgen jaarlijks een korte training over informatiebeveiliging."),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde webapplicatie. Scholen "
              "krijgen alleen toegang tot de dossiers van hun eigen leerlingen. Het gebruik van e-mail voor "
              "het versturen van leerlinggegevens is niet toegestaan. In de planperiode vervangen wij de "
              "huidige applicatie, waarvan het contract in 2026 afloopt; de aanbesteding gebeurt samen met "
              "twee andere verbanden."),
    ]


def planning(afk, start, eind):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", f"Dit ondersteuningsplan is tot stand gekomen in een traject van ruim een jaar. Wij hebben "
              f"gesprekken gevoerd met schoolleiders, intern begeleiders, leraren, ouders, de OPR, de "
              f"gemeenten en ketenpartners. Een klankbordgroep heeft de conceptteksten gelezen. Het plan "
              f"geldt van 1 augustus {start} tot en met 31 juli {eind}."),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in directeurenoverleg", f"november {start - 1}"],
                   ["OOGO met gemeenten", f"februari {start}"],
                   ["Overleg met het aangrenzende samenwerkingsverband", f"februari {start}"],
                   ["Instemming ondersteuningsplanraad", f"maart {start}"],
                   ["Vaststelling door het bestuur", f"april {start}"],
                   ["Toezending aan de inspectie", f"voor 1 mei {start}"]]),
        ("p", f"Ieder jaar stelt {afk} een jaarplan en een begroting op die op dit plan aansluiten. Wijzigingen "
              f"van betekenis worden als addendum aan de OPR voorgelegd."),
    ]


def landelijk(afk):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs is sinds 2014 van kracht. De landelijke evaluatie uit 2020 liet zien dat de "
              "bedoelingen van de wet breed gedragen worden, maar dat de uitvoering op onderdelen tekortschoot. "
              "Het kabinet heeft daarop een verbeteraanpak ingezet met maatregelen op het gebied van "
              "duidelijkheid, bekostiging, medezeggenschap en de positie van ouders en leerlingen. Een deel "
              "van die maatregelen is inmiddels wetgeving geworden, een ander deel is nog in voorbereiding."),
        ("p", "Daarnaast spelen er ontwikkelingen die niet direct over passend onderwijs gaan, maar er wel "
              "invloed op hebben: het lerarentekort, de vereenvoudiging van de bekostiging, de krapte in de "
              "jeugdzorg, de groeiende aandacht voor kansengelijkheid en de beweging naar inclusiever "
              "onderwijs, waarin reguliere en speciale scholen nauwer samenwerken. Ook de discussie over de "
              "positie van kinderen met een vrijstelling van de leerplicht speelt landelijk een grote rol."),
        ("p", f"{afk} volgt deze ontwikkelingen nauwgezet, onder meer via de sectorraad, de landelijke "
              f"netwerken van samenwerkingsverbanden en de regionale overleggen met andere verbanden. Waar "
              f"nieuwe wetgeving tijdens de planperiode in werking treedt, passen wij onze werkwijze aan en "
              f"leggen wij de wijziging zo nodig voor aan de ondersteuningsplanraad. Wij willen niet "
              f"vooruitlopen op wetgeving die nog niet is aangenomen, maar wel tijdig voorbereid zijn."),
        ("p", "Een belangrijk uitgangspunt daarbij is dat wij de werkdruk op scholen niet onnodig willen "
              "verhogen. Nieuwe verplichtingen voeren wij zo in dat zij aansluiten bij wat scholen al doen. "
              "Formulieren en procedures worden waar mogelijk vereenvoudigd, en wij vragen geen informatie op "
              "die wij al hebben."),
    ]


def toezicht_inspectie(afk):
    return [
        ("h1", "Toezicht door de inspectie"),
        ("p", f"De inspectie van het onderwijs houdt toezicht op samenwerkingsverbanden. Zij bezoekt {afk} "
              f"ten minste eens in de vier jaar en spreekt daarbij met het bestuur, de raad van toezicht, de "
              f"ondersteuningsplanraad, schoolleiders en partners. Bij het laatste bezoek waardeerde de "
              f"inspectie de samenwerking tussen de besturen en de kwaliteitscultuur als voldoende. Een "
              f"aandachtspunt was de aansluiting tussen de ambities en de uitvoering."),
        ("p", "Naast het vierjaarlijkse onderzoek voert de inspectie jaarlijks een risicoanalyse uit op basis "
              "van de jaarverslagen en de financiële gegevens. Het samenwerkingsverband levert het "
              "ondersteuningsplan en het jaarverslag aan via het Internet Schooldossier. Signalen die de "
              "inspectie van ouders of scholen ontvangt, kunnen aanleiding zijn voor een gesprek."),
        ("p", "Wij zien het toezicht als een kans om te leren. Daarom bereiden wij inspectiebezoeken voor met "
              "een zelfevaluatie, waarin wij ook de ervaringen van scholen verwerken. De uitkomsten van het "
              "bezoek bespreken wij met alle betrokken geledingen."),
    ]


def kennisdeling(afk):
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", f"Een samenwerkingsverband is meer dan een loket: het is een netwerk van professionals die van "
              f"elkaar leren. {afk} organiseert daarom een aantal vaste netwerken. Het netwerk van intern "
              f"begeleiders en ondersteuningscoördinatoren komt vier keer per jaar bijeen. Het netwerk van "
              f"gedragsspecialisten en het netwerk van taalcoördinatoren komen twee keer per jaar samen. "
              f"Daarnaast zijn er leergemeenschappen rond actuele thema's, die een jaar lang werken aan een "
              f"vraag uit de praktijk en hun bevindingen delen tijdens de jaarlijkse netwerkdag."),
        ("p", "De netwerken worden voorbereid door een kerngroep van deelnemers en een medewerker van het "
              "bureau. Zo sluiten de bijeenkomsten aan bij wat er op de werkvloer leeft. Presentaties en "
              "materialen worden gedeeld via een digitale leeromgeving die voor alle medewerkers van de "
              "aangesloten scholen toegankelijk is."),
        ("p", "Wij stimuleren ook dat scholen bij elkaar op bezoek gaan. Een school die met een bepaalde "
              "aanpak goede ervaringen heeft, kan andere scholen uitnodigen om te komen kijken. Het "
              "samenwerkingsverband vergoedt de vervangingskosten voor zulke bezoeken tot een afgesproken "
              "maximum per school per jaar. Ook leraren in opleiding en zij-instromers zijn welkom bij de "
              "netwerkbijeenkomsten."),
        ("p", "Tot slot werken wij samen met hogescholen en universiteiten in de regio. Studenten doen "
              "praktijkonderzoek op de scholen, en lectoren denken mee over vraagstukken waar wij zelf geen "
              "antwoord op hebben. Eén keer per jaar organiseren wij samen met een lectoraat een "
              "kennismiddag voor schoolleiders en bestuurders."),
    ]


def integriteit(afk):
    return [
        ("h1", "Integriteit en verantwoording van het bestuur"),
        ("p", f"Het bestuur van {afk} legt verantwoording af aan de raad van toezicht en aan de aangesloten "
              f"schoolbesturen. Wij hanteren een integriteitscode voor bestuurders en medewerkers, met "
              f"regels over nevenfuncties, geschenken en belangenverstrengeling. Nevenfuncties van de "
              f"directeur-bestuurder en de leden van de raad van toezicht worden jaarlijks in het "
              f"bestuursverslag vermeld."),
        ("p", "Er is een klokkenluidersregeling voor medewerkers die een vermoeden van een misstand willen "
              "melden. De accountant controleert jaarlijks de jaarrekening en rapporteert aan de raad van "
              "toezicht. Het bezoldigingsbeleid volgt de regels van de Wet normering topinkomens en de "
              "cao voor bestuurders."),
        ("p", "Wij vinden het belangrijk dat het samenwerkingsverband een transparante organisatie is. "
              "Vergaderstukken van het bestuur en de raad van toezicht zijn, voor zover zij geen "
              "vertrouwelijke informatie bevatten, op verzoek in te zien. De jaarstukken worden op de "
              "website gepubliceerd."),
    ]


def terugblik_algemeen(afk):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", f"Voor de voorbereiding van dit plan hebben wij een brede consultatie gehouden. In het najaar "
              f"zijn vijf dialoogsessies georganiseerd: met schoolleiders, met intern begeleiders en "
              f"ondersteuningscoördinatoren, met leraren, met partners uit jeugdhulp en gemeenten, en met "
              f"leden van de medezeggenschapsraden. In totaal namen ruim 180 mensen deel. Daarnaast hield "
              f"{afk} een digitale vragenlijst die door ruim 600 professionals werd ingevuld."),
        ("p", "In de sessies kwamen steeds dezelfde thema's terug: de wens tot minder bureaucratie, de behoefte "
              "aan snelle en deskundige ondersteuning in de klas, de zorg over het lerarentekort en de vraag "
              "hoe kinderen met complexe vragen dichter bij huis onderwijs kunnen krijgen. Deze thema's "
              "hebben wij gebruikt als leidraad voor de hoofdstukken van dit plan."),
        ("p", "Een schrijfgroep, bestaande uit twee schoolleiders, een intern begeleider, een "
              "beleidsmedewerker en de directeur-bestuurder, heeft de teksten opgesteld. De conceptteksten "
              "zijn twee keer voorgelegd aan het directeurenoverleg en aan het bestuurlijk overleg. Wij "
              "danken iedereen die heeft bijgedragen voor de openheid en de betrokkenheid."),
    ]


def werkwijze_bureau(afk):
    return [
        ("h1", "Werkwijze en bereikbaarheid van het bureau"),
        ("p", f"Het bureau van {afk} is op werkdagen van 8.30 tot 17.00 uur telefonisch bereikbaar. Scholen "
              f"hebben een vaste contactpersoon die zij rechtstreeks kunnen bellen of mailen. Vragen die "
              f"binnenkomen via het algemene mailadres worden binnen twee werkdagen beantwoord of doorgezet "
              f"naar de juiste medewerker. In de schoolvakanties is het bureau beperkt bereikbaar; in de "
              f"zomervakantie is het twee weken gesloten."),
        ("p", "De medewerkers werken voor een deel op het bureau en voor een deel op de scholen. Wij vinden het "
              "belangrijk dat de consulenten zichtbaar zijn in de scholen, aanschuiven bij overleggen en "
              "weten wat er in de klassen speelt. Het bureau is ingericht als flexibele werkplek met "
              "vergaderruimtes die ook door scholen gebruikt kunnen worden voor bijeenkomsten."),
        ("p", "Voor de interne organisatie gebruiken wij een jaarkalender waarin alle vaste momenten staan: "
              "de vergaderingen van bestuur en raad van toezicht, de OPR, de netwerken, de studiedagen en de "
              "deadlines voor aanleveringen. De jaarkalender wordt voor de zomervakantie aan de scholen "
              "gestuurd, zodat zij de momenten in hun eigen planning kunnen opnemen."),
        ("p", "Wij werken zo veel mogelijk papierloos. Vergaderstukken worden digitaal verspreid, en voor "
              "overleggen op afstand gebruiken wij een beveiligde videoverbinding. Bij de keuze van "
              "leveranciers letten wij op duurzaamheid en op de verwerking van gegevens binnen de Europese "
              "Unie."),
    ]


def communicatie_scholen(afk):
    return [
        ("h1", "Communicatie met scholen en professionals"),
        ("p", f"Goede communicatie met de scholen is een voorwaarde voor een goed werkend samenwerkingsverband. "
              f"{afk} verstuurt elke maand een digitale nieuwsbrief aan schoolleiders, intern begeleiders en "
              f"ondersteuningscoördinatoren. Daarin staan actuele ontwikkelingen, data van netwerken en "
              f"scholingen, en korte verhalen uit de praktijk. Schoolleiders ontvangen daarnaast na elke "
              f"bestuursvergadering een korte samenvatting van de besluiten."),
        ("p", "Op het besloten deel van de website vinden professionals formulieren, handreikingen en "
              "presentaties. Wij zorgen ervoor dat documenten actueel zijn en voorzien van een datum. Oude "
              "versies worden gearchiveerd. Eens per jaar vragen wij scholen hoe zij de communicatie "
              "ervaren en wat beter kan; de laatste peiling gaf een gemiddeld rapportcijfer van 7,4."),
        ("p", "Wij gebruiken bewust eenvoudige taal. Afkortingen en vaktermen leggen wij uit, en lange "
              "documenten krijgen een samenvatting op één pagina. Voor nieuwe medewerkers op scholen is er "
              "een welkomstpakket met uitleg over de organisatie van het samenwerkingsverband, de "
              "contactpersonen en de belangrijkste afspraken."),
    ]


def risicos_uitvoering(afk):
    return [
        ("h1", "Risico's voor de uitvoering"),
        ("p", f"Bij het schrijven van dit plan hebben wij nagedacht over wat de uitvoering kan bemoeilijken. "
              f"Het grootste risico is het tekort aan personeel, zowel op de scholen als bij partners in de "
              f"jeugdhulp. Als leraren, intern begeleiders of specialisten ontbreken, komt de ondersteuning "
              f"in de klas onder druk te staan. {afk} kan dit probleem niet alleen oplossen, maar draagt bij "
              f"via scholing, netwerken en regionale samenwerking met opleidingen."),
        ("p", "Een tweede risico is de onzekerheid over landelijke wet- en regelgeving. Wijzigingen kunnen "
              "ertoe leiden dat afspraken in dit plan tussentijds moeten worden aangepast. Een derde risico "
              "is de toenemende complexiteit van de vragen van kinderen en gezinnen, waardoor scholen vaker "
              "handelingsverlegen raken. Wij bespreken deze risico's twee keer per jaar in het bestuur en "
              "nemen zo nodig maatregelen in het jaarplan."),
    ]


def huisvesting_bureau(afk):
    return [
        ("h1", "Huisvesting en faciliteiten"),
        ("p", f"Het bureau van {afk} huurt een verdieping in een kantoorgebouw dat ook door andere "
              f"maatschappelijke organisaties wordt gebruikt. Het huurcontract loopt tot eind 2027. In de "
              f"planperiode onderzoeken wij of het bureau kan verhuizen naar een schoolgebouw, zodat de "
              f"medewerkers nog dichter bij de praktijk werken en de scholen makkelijker binnenlopen. Bij die "
              f"afweging spelen de bereikbaarheid voor alle scholen in de regio, de kosten en de "
              f"beschikbaarheid van gespreksruimtes een rol."),
        ("p", "Voor bijeenkomsten met grotere groepen huren wij zalen bij scholen of bij culturele "
              "instellingen in de regio. Daarmee ondersteunen wij lokale voorzieningen en voorkomen wij dat "
              "deelnemers ver moeten reizen. De vergaderingen van de raad van toezicht en de OPR vinden "
              "afwisselend op het bureau en op een van de scholen plaats, zodat de leden de scholen ook van "
              "binnen leren kennen."),
        ("p", "Wij letten bij de inrichting en het gebruik van de werkplekken op duurzaamheid: het gebouw "
              "heeft zonnepanelen, medewerkers reizen zo veel mogelijk met de fiets of het openbaar vervoer, "
              "en afval wordt gescheiden ingezameld."),
    ]
