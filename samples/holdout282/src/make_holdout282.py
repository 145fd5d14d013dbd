#!/usr/bin/env python3
"""Generate the holdout282 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------
# generic filler (parametrised; switches keep it from addressing elements it must not address)
# --------------------------------------------------------------------------------------------

def sec_words(c):
    return "speciaal basisonderwijs en speciaal onderwijs" if c["sector"] == "po" else "voortgezet speciaal onderwijs, praktijkonderwijs en leerwegondersteunend onderwijs"


def filler_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat van "
              f"een traject van ruim een jaar waarin schoolbesturen, directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, de ondersteuningsplanraad en de gemeenten {c['gem']} met elkaar in "
              f"gesprek zijn geweest over de vraag wat passend onderwijs in onze regio betekent. Wij danken "
              f"iedereen die heeft meegedacht, meegeschreven en kritisch heeft meegelezen."),
        ("p", "Passend onderwijs is geen project dat ooit af is. Elke leerling is anders, elke klas is anders en "
              "de vragen waar leraren dagelijks voor staan veranderen mee met de samenleving. Het lerarentekort, "
              "de toegenomen druk op de jeugdhulp en de complexiteit van de vragen die op scholen afkomen maken "
              "het werk er niet eenvoudiger op. Tegelijk zien we elke dag hoeveel er wél lukt: leraren die met "
              "kleine aanpassingen een groot verschil maken, teams die samen een oplossing vinden, scholen die "
              "elkaar helpen wanneer de eigen mogelijkheden ophouden."),
        ("p", f"In dit plan kiezen wij bewust voor een compacte opzet. We beschrijven de hoofdlijnen van ons "
              f"beleid en maken keuzes zichtbaar. Waar dat nodig is, verwijzen we naar de jaarplannen die het "
              f"bestuur jaarlijks vaststelt. Wij hopen dat dit plan voor scholen, ouders en partners een "
              f"bruikbaar kompas is voor de komende vier jaar."),
        ("p", f"{c['director']}, directeur-bestuurder {c['short']}"),
    ]


def filler_inleiding(c, extra=""):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"{c['name']} (regiocode {c['code']}) is een van de samenwerkingsverbanden passend onderwijs in "
              f"Nederland. Het samenwerkingsverband is een stichting waarin {c['boards']} schoolbesturen "
              f"samenwerken. Samen zijn zij verantwoordelijk voor {c['schools']} scholen en locaties, waaronder "
              f"scholen voor {sec_words(c)}. De wet schrijft voor dat het samenwerkingsverband ten minste eens "
              f"in de vier jaar een ondersteuningsplan vaststelt. Dit plan geldt voor de schooljaren {c['period']}."),
        ("p", "Het plan is als volgt opgebouwd. Na deze inleiding blikken we kort terug op de vorige planperiode en "
              "schetsen we de regio. Daarna volgen onze missie en visie. In de daaropvolgende hoofdstukken komen "
              "de ondersteuning op de scholen, de toewijzing van extra ondersteuning, de toelaatbaarheid, "
              "de middelen en de samenwerking met ouders en partners aan bod. We sluiten af met de organisatie, "
              "de medezeggenschap en de planning. Achter in het plan vindt u een begrippenlijst. " + extra),
    ]


def filler_terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van het versterken van de samenwerking tussen de scholen "
              "en het vereenvoudigen van de werkwijze van het samenwerkingsverband. Het bureau is verhuisd naar "
              "een centrale locatie, het aantal overlegtafels is teruggebracht en de administratieve lasten voor "
              "scholen zijn verminderd doordat aanvragen digitaal kunnen worden ingediend."),
        ("p", "Ook hebben we geleerd dat goede bedoelingen niet vanzelf leiden tot een andere praktijk. De "
              "evaluatie die in het voorjaar van 2024 met directeuren en intern begeleiders is gehouden, liet zien "
              "dat scholen behoefte hebben aan meer duidelijkheid over wat zij van het samenwerkingsverband "
              "kunnen verwachten, aan minder overleg en aan meer ondersteuning in de klas. Die signalen hebben we "
              "meegenomen bij het schrijven van dit plan. Daarnaast vroegen de besturen om een heldere verdeling "
              "van rollen tussen bestuur, bureau en scholen; die rolverdeling is in 2024 in een nieuw "
              "bestuursreglement vastgelegd."),
        ("p", "Een aantal ambities uit het vorige plan is niet of maar gedeeltelijk gerealiseerd. Dat had "
              "verschillende oorzaken: de coronaperiode, wisselingen in het bureau en de krapte op de "
              "arbeidsmarkt. We nemen deze ambities niet automatisch over, maar hebben opnieuw gewogen wat nodig "
              "is en wat haalbaar is."),
    ]


def filler_context(c):
    rows = [["Kenmerk", "Aantal"], ["Deelnemende schoolbesturen", str(c["boards"])],
            ["Scholen en locaties", str(c["schools"])], ["Leerlingen (1 oktober 2024)", c["pupils"]],
            ["Gemeenten in het werkgebied", str(len(c["gem"].split(",")) + 1)],
            ["Medewerkers bureau (fte)", c["fte"]]]
    return [
        ("h1", "De regio in beeld"),
        ("p", f"Het werkgebied van {c['short']} omvat de gemeenten {c['gem']}. Het is een gebied met zowel "
              f"stedelijke kernen als uitgestrekte plattelandsgebieden. De afstanden tussen scholen zijn op "
              f"sommige plaatsen groot, wat gevolgen heeft voor het leerlingenvervoer en voor de bereikbaarheid "
              f"van gespecialiseerde voorzieningen."),
        ("p", "De leerlingaantallen in de regio dalen licht. Prognoses laten zien dat die daling de komende jaren "
              "doorzet, met uitzondering van enkele groeikernen waar nieuwbouwwijken worden opgeleverd. Voor "
              "scholen betekent dit dat zij keuzes moeten maken over hun omvang en hun profiel."),
        ("table", rows),
        ("p", "Bron: DUO-telgegevens en eigen registratie van het samenwerkingsverband."),
    ]


def filler_visie(c):
    return [
        ("h1", "Missie, visie en ambities"),
        ("h2", "Missie"),
        ("p", f"{c['short']} wil dat elk kind in de regio zich optimaal kan ontwikkelen, zo dicht mogelijk bij huis, "
              "samen met leeftijdgenoten. Wij zijn er voor de scholen, zodat de scholen er kunnen zijn voor de "
              "leerlingen."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat de leraar het verschil maakt. Goede ondersteuning begint in de klas, bij een leraar "
              "die zich gesteund weet door een team, een intern begeleider en een bestuur. Het samenwerkingsverband "
              "is geen loket dat beslist over rugzakjes, maar een netwerk dat expertise verbindt. We werken vanuit "
              "vertrouwen en zijn tegelijk transparant over wat we doen en wat het oplevert."),
        ("p", "Ondersteuning is pas passend wanneer zij aansluit bij de mogelijkheden van het kind én bij de "
              "mogelijkheden van de school. Dat vraagt om eerlijke gesprekken, om het benutten van elkaars "
              "kracht en om de bereidheid om over de grenzen van de eigen school of het eigen bestuur heen te "
              "kijken. Inclusiever onderwijs is voor ons een richting, geen eindpunt."),
        ("h2", "Kernwaarden"),
        ("ul", ["Nabijheid: ondersteuning zo dicht mogelijk bij de leerling en de leraar.",
                "Eenvoud: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor het kind.",
                "Samen: besturen zijn gezamenlijk verantwoordelijk voor alle leerlingen in de regio.",
                "Lerend: we evalueren, we stellen bij en we delen wat werkt."]),
        ("p", "Deze kernwaarden zijn richtinggevend voor de keuzes in dit plan. Ze zijn in 2024 in drie "
              "werksessies met besturen, directeuren en intern begeleiders opgesteld en door het bestuur "
              "vastgesteld."),
    ]


def filler_governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{c['short']} is een stichting. Het bestuursmodel kent een scheiding tussen bestuur en intern "
              "toezicht. De directeur-bestuurder vormt het bestuur en is belast met de dagelijkse leiding van de "
              "organisatie. Het intern toezicht wordt uitgeoefend door de raad van toezicht, die bestaat uit "
              "vijf leden, van wie twee onafhankelijke leden. De raad van toezicht keurt onder meer het "
              "ondersteuningsplan, het jaarverslag en de begroting goed."),
        ("p", "Het algemeen overleg van schoolbestuurders (het 'bestuurdersoverleg') adviseert de directeur-"
              "bestuurder over strategische vraagstukken en komt vijf keer per jaar bijeen. Het samenwerkingsverband "
              "hanteert de Code Goed Bestuur in het primair en voortgezet onderwijs als leidraad. Tegenstrijdige "
              "belangen worden gemeld en vastgelegd; leden van de raad van toezicht worden voor vier jaar benoemd "
              "en kunnen eenmaal worden herbenoemd."),
        ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten "
              "schoolbesturen. In de afgelopen planperiode is deze regeling niet gebruikt. Het bureau bestaat uit "
              "een directeur-bestuurder, een controller, een beleidsmedewerker, een secretariaat en een team van "
              "orthopedagogen en consulenten. De consulenten zijn aan vaste scholen gekoppeld."),
    ]


def filler_opr(c, parents_role=True):
    out = [("h1", "Medezeggenschap")]
    if parents_role:
        out.append(("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De leden worden "
                         "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De helft van de "
                         "leden is ouder, de andere helft personeelslid. Via de OPR denken ouders actief mee over "
                         "het beleid; de OPR heeft instemmingsrecht op het ondersteuningsplan."))
    else:
        out.append(("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) met instemmingsrecht op "
                         "het ondersteuningsplan. De OPR vergadert zes keer per jaar met de directeur-bestuurder."))
    out.append(("p", "Daarnaast heeft het samenwerkingsverband als werkgever een eigen medezeggenschapsraad voor het "
                     "personeel van het bureau. Het huishoudelijk reglement en het medezeggenschapsreglement zijn in "
                     "2023 geactualiseerd. Leden van de OPR ontvangen een vergoeding en kunnen scholing volgen via "
                     "een externe aanbieder. De directeur-bestuurder en de OPR voeren jaarlijks een "
                     "evaluatiegesprek over de samenwerking."))
    return out


def filler_oogo(c):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp hebben elkaar nodig. {c['short']} voert met de gemeenten {c['gem']} op "
              "overeenstemming gericht overleg (OOGO) over dit ondersteuningsplan en over de jeugdbeleidsplannen "
              "van de gemeenten. Daarnaast is er viermaal per jaar een ambtelijk overleg."),
        ("p", "Gezamenlijke thema's voor deze planperiode zijn: de aansluiting tussen ondersteuning op school en "
              "jeugdhulp, onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben, "
              "leerlingenvervoer en onderwijshuisvesting. Op elke school is een vaste contactpersoon van het "
              "wijkteam of jeugdteam beschikbaar, die periodiek aanschuift bij het ondersteuningsteam."),
        ("p", "Voor de bekostiging van onderwijs-zorgarrangementen is een convenant gesloten waarin is "
              "vastgelegd dat gemeente en samenwerkingsverband ieder een deel van de kosten dragen. Het "
              "convenant wordt jaarlijks geëvalueerd in het OOGO."),
    ]


def filler_personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van de ondersteuning staat of valt met de mensen die haar bieden. Het samenwerkingsverband "
              "investeert daarom in de deskundigheid van leraren, intern begeleiders en ondersteuningscoördinatoren. "
              "Er is een jaarlijks scholingsaanbod met onder meer trainingen in handelingsgericht werken, "
              "gedragsregulatie, omgaan met trauma en het werken met ontwikkelingsperspectieven."),
        ("p", "Voor intern begeleiders en ondersteuningscoördinatoren zijn er lerende netwerken die vijf keer per "
              "jaar bijeenkomen. In deze netwerken worden casussen besproken en wordt kennis gedeeld over nieuwe "
              "werkwijzen. Directeuren komen twee keer per jaar bijeen in een regionale bijeenkomst."),
        ("p", "Het bureau heeft in totaal {fte} fte in dienst. De orthopedagogen zijn BIG- of NVO-geregistreerd. "
              "Het personeelsbeleid van het bureau is vastgelegd in een strategisch personeelsplan. Vanwege het "
              "tekort aan gedragswetenschappers werkt het bureau samen met een hogeschool en biedt het stageplaatsen "
              "aan studenten pedagogiek.".format(fte=c["fte"])),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Scholen geven aan dat het steeds lastiger wordt om "
              "onderwijsassistenten en specialisten te vinden. Samen met de besturen onderzoeken we hoe we "
              "schaarse expertise slimmer kunnen delen, bijvoorbeeld door bovenschoolse specialisten."),
    ]


def filler_ict(c, parents=True):
    extra = (" Ouders kunnen een kopie opvragen van de gegevens die het samenwerkingsverband over hun kind "
             "heeft vastgelegd." if parents else "")
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
              "arrangementen en toelaatbaarheidsverklaringen. Wij houden ons aan de Algemene verordening "
              "gegevensbescherming (AVG). Er is een functionaris gegevensbescherming aangesteld en er is een "
              "privacyreglement dat jaarlijks wordt geëvalueerd." + extra),
        ("p", "Aanvragen worden ingediend via een beveiligde digitale omgeving. Gegevens worden niet langer bewaard "
              "dan nodig; voor gegevens over de gezondheid van leerlingen gelden de bewaartermijnen uit de wet. "
              "Medewerkers van het bureau tekenen een geheimhoudingsverklaring. Datalekken worden gemeld bij de "
              "Autoriteit Persoonsgegevens volgens het daarvoor geldende protocol."),
        ("p", "In de komende periode vervangen we het registratiesysteem door een nieuwe applicatie die beter "
              "aansluit op de leerlingadministratiesystemen van de scholen. Bij de overstap wordt een "
              "gegevensbeschermingseffectbeoordeling (DPIA) uitgevoerd."),
    ]


def filler_planning(c, oogo_date, opr_date, vast_date):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", f"Het concept van dit plan is besproken met de schoolbesturen, de directeuren en het bureau. Het "
              f"op overeenstemming gericht overleg met de gemeenten vond plaats op {oogo_date}. Met het "
              f"aangrenzende samenwerkingsverband is overleg gevoerd over de overlap in het werkgebied. De "
              f"ondersteuningsplanraad heeft op {opr_date} ingestemd. Het bestuur heeft het plan vastgesteld op "
              f"{vast_date}, waarna het vóór 1 mei 2025 aan de inspectie is toegezonden."),
        ("p", "Het ondersteuningsplan wordt uitgewerkt in jaarplannen. In het jaarplan staan de activiteiten voor "
              "het komende schooljaar, de verantwoordelijken en de planning. Het jaarplan wordt in juni door het "
              "bestuur vastgesteld, na advies van het bestuurdersoverleg. Het plan kan tussentijds worden "
              "gewijzigd; een wijziging vraagt opnieuw de instemming van de ondersteuningsplanraad."),
        ("table", [["Periode", "Activiteit"],
                   ["september - december", "Uitvoering jaarplan, schoolbezoeken"],
                   ["januari - maart", "Tussentijdse bespreking met besturen"],
                   ["april - juni", "Opstellen en vaststellen jaarplan volgend schooljaar"],
                   ["juli - augustus", "Voorbereiding nieuw schooljaar"]]),
    ]


def filler_samenvatting(c):
    return [
        ("h1", "Samenvatting"),
        ("p", f"Dit ondersteuningsplan beschrijft op hoofdlijnen hoe {c['short']} de komende vier jaar wil werken. "
              "Het plan is geschreven voor schoolbesturen, directeuren, intern begeleiders en "
              "ondersteuningscoördinatoren, maar ook voor ouders, gemeenten en andere partners die willen weten "
              "waar het samenwerkingsverband voor staat."),
        ("p", "De belangrijkste keuzes in dit plan zijn de volgende. Wij versterken de leraar in de klas, omdat "
              "daar het verschil wordt gemaakt. Wij verminderen de bureaucratie rond aanvragen, zodat er meer tijd "
              "overblijft voor het kind. Wij maken de samenwerking tussen besturen verder concreet, omdat geen "
              "enkele school alle vragen alleen kan beantwoorden. En wij zijn transparant over wat we doen, wat "
              "het kost en wat het oplevert."),
        ("p", "De hoofdstukken over de ondersteuning, de toelaatbaarheid, de middelen, de resultaten en de "
              "ouders vormen samen de kern van dit plan. De hoofdstukken over organisatie, medezeggenschap, "
              "personeel en ICT beschrijven de randvoorwaarden. Elk jaar vertalen we het plan naar een jaarplan "
              "met concrete activiteiten."),
    ]


def filler_ontwikkelingen(c):
    return [
        ("h1", "Ontwikkelingen in de omgeving"),
        ("p", "Het onderwijs staat niet stil, en passend onderwijs evenmin. Na de landelijke evaluatie van passend "
              "onderwijs in 2020 heeft de minister een verbeteraanpak aangekondigd met een groot aantal "
              "maatregelen. Een deel daarvan raakt samenwerkingsverbanden direct, zoals de afspraken over het "
              "afbouwen van bovenmatige reserves, de versterking van de positie van ouders en leerlingen en de "
              "ontwikkeling van een landelijke norm voor basisondersteuning."),
        ("p", "Het wetsvoorstel versterking positie ouders en leerlingen bevat onder meer een hoorrecht voor "
              "leerlingen bij het opstellen van het ontwikkelingsperspectief en de verplichting voor "
              "samenwerkingsverbanden om een ouder- en jeugdsteunpunt in te richten. Wanneer de wet in werking "
              "treedt, is bij het schrijven van dit plan nog niet bekend."),
        ("p", "Daarnaast zien we in de regio een aantal maatschappelijke ontwikkelingen die invloed hebben op de "
              "scholen: de toename van het aantal leerlingen met een migratieachtergrond, de groeiende vraag naar "
              "jeugdhulp en de wachtlijsten in de specialistische zorg, de krapte op de arbeidsmarkt en de "
              "druk op de bestaanszekerheid van gezinnen. Deze ontwikkelingen vragen om flexibiliteit van scholen "
              "en van het samenwerkingsverband."),
        ("p", "Ten slotte werken scholen aan de versterking van de basisvaardigheden taal, rekenen, burgerschap en "
              "digitale geletterdheid. Wij sluiten daar waar mogelijk bij aan, bijvoorbeeld door in de lerende "
              "netwerken aandacht te besteden aan goed lees- en rekenonderwijs voor leerlingen die extra "
              "ondersteuning nodig hebben."),
    ]


def filler_kennis(c):
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", "Kennis die op één school aanwezig is, moet ook andere scholen kunnen helpen. Het samenwerkingsverband "
              "organiseert daarom jaarlijks een regionale studiedag voor alle medewerkers van de aangesloten "
              "scholen, met workshops die door leraren zelf worden verzorgd. Daarnaast is er een digitale "
              "kennisbank met voorbeelden, formats en instrumenten die scholen vrij kunnen gebruiken."),
        ("p", "Met de lerarenopleidingen in de regio zijn afspraken gemaakt over stages en over het opnemen van "
              "thema's als gedrag, meertaligheid en hoogbegaafdheid in het curriculum. Ook werken we samen met "
              "andere samenwerkingsverbanden in de provincie, bijvoorbeeld in een gezamenlijk inkooptraject voor "
              "scholing en in een werkgroep die ervaringen uitwisselt over de nieuwe wetgeving."),
        ("p", "Het bureau publiceert tweemaal per jaar een overzicht van de scholingsactiviteiten en evalueert "
              "elke activiteit met een korte vragenlijst onder de deelnemers."),
    ]


def filler_bureau(c):
    return [
        ("h1", "Huisvesting bureau en integriteit"),
        ("p", f"Het bureau van {c['short']} is gehuisvest in een bedrijfsverzamelgebouw dat goed bereikbaar is met "
              "het openbaar vervoer. Er zijn spreekkamers en een vergaderruimte die ook door scholen kan worden "
              "gebruikt. Het huurcontract loopt tot 2028; bij verlenging wordt gekeken naar een locatie die "
              "dichter bij een van de grotere scholen ligt."),
        ("p", "Het samenwerkingsverband heeft een integriteitscode, een regeling voor het melden van "
              "vermoedens van misstanden (klokkenluidersregeling) en een vertrouwenspersoon voor medewerkers "
              "van het bureau. Nevenfuncties van de directeur-bestuurder en de leden van de raad van toezicht "
              "worden openbaar gemaakt. Het bureau werkt zoveel mogelijk papierloos en streeft naar een "
              "duurzame bedrijfsvoering."),
    ]


def glossary(c, terms):
    return [("h1", "Bijlage: begrippenlijst en afkortingen"),
            ("table", [["Begrip / afkorting", "Betekenis"]] + terms)]


GLOSS_PO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende plek is."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren van de inkomsten en uitgaven van het samenwerkingsverband."],
    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jeugdigen."],
    ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["OPR", "Ondersteuningsplanraad."],
    ["SBO", "Speciaal basisonderwijs."],
    ["SO", "Speciaal onderwijs (cluster 3 en 4)."],
    ["SOP", "Schoolondersteuningsprofiel."],
    ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het reguliere basisonderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
    ["Zorgplicht", "De plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."],
]
GLOSS_VO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle vo-scholen bieden."],
    ["Bezwaar", "Procedure waarmee ouders een besluit over een TLV kunnen aanvechten."],
    ["Dekkend aanbod", "Geheel van voorzieningen zodat iedere leerling een passende plek heeft."],
    ["LWOO", "Leerwegondersteunend onderwijs."],
    ["Meerjarenbegroting", "Begroting over vier jaar."],
    ["OJSP", "Ouder- en jeugdsteunpunt."],
    ["OPDC", "Orthopedagogisch-didactisch centrum."],
    ["OPR", "Ondersteuningsplanraad."],
    ["PrO", "Praktijkonderwijs."],
    ["Resultaten", "De beoogde en bereikte uitkomsten van het beleid voor leerlingen."],
    ["Terugplaatsing", "Overstap van vso naar regulier voortgezet onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring."],
    ["VSO", "Voortgezet speciaal onderwijs."],
]


# --------------------------------------------------------------------------------------------
# Plan 1: PO Rivierland (docx)
# --------------------------------------------------------------------------------------------

def plan1():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs Rivierland", short="SWV Rivierland",
             code="PO 29-07", sector="po", period="2025-2029", gem="Maasdel, Waaloever en Linge-Oost",
             boards=9, schools=71, pupils="14.820", fte="11,4", director="Marieke van den Heuvel")
    b = [("title", "Ondersteuningsplan 2025-2029"), ("title2", c["name"] + " (" + c["code"] + ")"),
         ("title2", "Samen sterk voor ieder kind - vastgesteld door het bestuur op 11 maart 2025"), ("pagebreak",),
         ("toc",)]
    b += filler_voorwoord(c) + filler_samenvatting(c) + filler_inleiding(c) + filler_terugblik(c) + filler_context(c) + filler_visie(c)
    b += [
        ("h1", "Ondersteuning op school"),
        ("p", "Elke school in Rivierland biedt basisondersteuning. Met alle schoolbesturen is afgesproken welke "
              "ondersteuning iedere vestiging, van de kleinste dorpsschool tot de grootste stadsschool, ten minste "
              "aan elk kind biedt zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Deze "
              "gezamenlijke ondergrens is in het bestuurdersoverleg van november 2024 vastgesteld en geldt voor "
              "de gehele planperiode. Scholen mogen meer bieden; minder is niet toegestaan."),
        ("p", "De tabel hieronder laat zien wat die afspraak concreet inhoudt. Wie een kind inschrijft op een "
              "school in Rivierland, mag ervan uitgaan dat het onderstaande aanwezig is."),
        ("table", [["Onderdeel", "Wat elke school in Rivierland ten minste heeft"],
                   ["Structuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt"],
                   ["Lezen en dyslexie", "Het dyslexieprotocol wordt gevolgd; extra leestijd en auditieve ondersteuning (voorleessoftware) vanaf groep 4"],
                   ["Rekenen", "Interventies volgens het protocol ernstige rekenproblemen en dyscalculie, inclusief verlengde instructie"],
                   ["Gedrag", "Een schoolbreed gedragsprogramma (zoals PBS of Kanjertraining) en een aandachtsfunctionaris"],
                   ["Meer- en hoogbegaafdheid", "Compacten en verrijken voor leerlingen die meer aankunnen; signalering met een vast instrument"],
                   ["Fysiek", "Een rustige werkplek buiten de groep en een toegankelijk gebouw op de begane grond"],
                   ["Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking"]]),
        ("p", "Het bureau bezoekt elke school eens per twee jaar en loopt dan samen met de directeur de tabel "
              "langs. Waar een onderdeel ontbreekt, maakt de school binnen drie maanden een verbeterplan."),
        ("h1", "Ondersteuningsstructuur en arrangementen"),
        ("p", "De ondersteuning in Rivierland is opgebouwd als een doorlopende lijn. Op niveau 1 en 2 doet de "
              "school wat zij in het kader van de basisondersteuning biedt. Op niveau 3 kan de school een "
              "arrangement inzetten uit het eigen schoolbudget of met hulp van de consulent van het "
              "samenwerkingsverband, bijvoorbeeld een taalklas, een rekenspecialist of een gedragsspecialist. "
              "Op niveau 4 zijn er bovenschoolse voorzieningen: de plusklas voor hoogbegaafde leerlingen, de "
              "kortdurende observatiegroep 'De Oversteek' en de taalschool voor nieuwkomers. Niveau 5 is het "
              "speciaal basisonderwijs (twee sbo-scholen) en het speciaal onderwijs (drie so-scholen, cluster 3 "
              "en 4)."),
        ("p", "Tussen de niveaus bestaan vaste overgangen: het ondersteuningsteam van de school bepaalt wanneer een "
              "leerling van niveau 2 naar 3 gaat, de consulent is betrokken bij niveau 4 en voor niveau 5 is een "
              "toelaatbaarheidsverklaring nodig."),
        ("h2", "Thuiszitters en witte vlekken"),
        ("p", "Wij vinden dat geen kind thuis hoort te zitten. Tegelijk moeten we eerlijk zijn: we weten op dit "
              "moment onvoldoende waar ons aanbod tekortschiet. Een analyse van de plekken waar het aanbod "
              "ontoereikend is, voeren we uit in het schooljaar 2026-2027; de aanpak die daaruit volgt, nemen we "
              "op in een latere versie van dit plan. Tot die tijd blijft het bestaande thuiszittersoverleg van de "
              "gemeenten het aanspreekpunt."),
    ]
    b += filler_oogo(c)
    b += [
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Wanneer de ondersteuningsbehoefte van een leerling de mogelijkheden van de reguliere school en de "
              "bovenschoolse voorzieningen overstijgt, kan het schoolbestuur een toelaatbaarheidsverklaring (TLV) "
              "aanvragen. Alleen het schoolbestuur van de school waar de leerling staat ingeschreven of is "
              "aangemeld kan een aanvraag doen."),
        ("h2", "Stappen"),
        ("ul", ["Stap 1: de school bespreekt de leerling in het ondersteuningsteam en stelt een OPP op met een evaluatie van ten minste twee ondersteuningsperioden.",
                "Stap 2: het schoolbestuur dient de aanvraag digitaal in bij de Commissie Toelaatbaarheid, met het OPP, het groeidocument en de zienswijze van ouders.",
                "Stap 3: twee deskundigen (een orthopedagoog of psycholoog en, afhankelijk van de leerling, een maatschappelijk werker, arts of kinderpsychiater) geven ieder afzonderlijk schriftelijk advies.",
                "Stap 4: de commissie neemt namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag een besluit.",
                "Stap 5: school en ouders ontvangen het besluit met een volgnummer."]),
        ("h2", "Criteria"),
        ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de "
              "basisondersteuning en ten minste één arrangement op niveau 3 of 4 zijn aantoonbaar ingezet en "
              "geëvalueerd; de leerling heeft een ontwikkelingsachterstand of gedragsproblematiek die een kleine "
              "groep en een specialistisch pedagogisch klimaat vraagt; en de reguliere school heeft beargumenteerd "
              "waarom zij niet kan voorzien. Voor het so geldt daarnaast dat de ondersteuningsvraag ook met de "
              "expertise van het sbo niet kan worden beantwoord, of dat sprake is van een ernstige "
              "verstandelijke of lichamelijke beperking of langdurige ziekte."),
        ("p", "Een TLV sbo wordt afgegeven voor de duur van twee schooljaren; een TLV so voor twee of vier "
              "schooljaren, in categorie laag, midden of hoog. Ouders die het niet eens zijn met een besluit "
              "kunnen binnen zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "Na afloop van een toelaatbaarheidsverklaring"),
        ("p", "Plaatsing in het sbo of so is voor ons geen eindstation. Wij willen dat leerlingen die zich in het "
              "speciaal (basis)onderwijs goed hebben ontwikkeld, waar het kan weer naar een gewone school in de "
              "eigen wijk gaan. Een terugkeer is aan de orde wanneer de leerling de ondersteuning van de "
              "reguliere school met een arrangement aankan en ouders en school dat beiden verantwoord vinden. "
              "Na de overstap krijgt de ontvangende school gedurende een jaar een terugkeerarrangement van "
              "het samenwerkingsverband, zodat de begeleiding niet stopt op de eerste schooldag."),
        ("p", "Hoe het traject concreet verloopt, wanneer het wordt geëvalueerd en wie daarover het laatste woord "
              "heeft, leggen we vast in een werkinstructie die in de loop van 2026 verschijnt."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
              "aftrek van de verplichte afdrachten voor sbo en so verdelen we het beschikbare budget volgens een "
              "vast model. Elk schoolbestuur krijgt een bedrag van € 128 per leerling (teldatum 1 oktober van het "
              "voorafgaande jaar) voor de basis- en extra ondersteuning op de eigen scholen. Daarnaast is er een "
              "solidariteitsbudget van € 310.000 waaruit bovenschoolse arrangementen worden betaald; scholen "
              "vragen die aan via de consulent, en het bureau toetst de aanvraag aan de criteria uit het "
              "arrangementenkader (onderbouwde ondersteuningsbehoefte, evaluatie van het eerdere aanbod)."),
        ("p", "Schoolbesturen verantwoorden jaarlijks in hun bestuursverslag hoe zij het bedrag per leerling "
              "hebben ingezet. Het samenwerkingsverband houdt een weerstandsvermogen aan van maximaal 5 procent "
              "van de baten; wat daarboven komt, wordt aan de scholen uitgekeerd."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "12.410", "12.295", "12.180", "12.060"],
                   ["Afdracht sbo/so", "-5.940", "-5.880", "-5.830", "-5.790"],
                   ["Bedrag per leerling naar besturen", "1.897", "1.880", "1.862", "1.845"],
                   ["Solidariteitsbudget arrangementen", "310", "310", "300", "300"],
                   ["Bovenschoolse voorzieningen", "2.150", "2.180", "2.200", "2.200"],
                   ["Bureau en organisatie", "1.480", "1.500", "1.520", "1.540"],
                   ["Resultaat", "633", "545", "468", "385"]]),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het bureau verzorgt een nieuwsbrief voor scholen "
              "die vier keer per jaar verschijnt, en deelt nieuws via de website."),
        ("p", "Ouders vinden op onze website een overzicht van de voorzieningen per school, de brochure 'Wat als "
              "mijn kind extra hulp nodig heeft?' en de schoolondersteuningsprofielen. Elke school neemt een "
              "beschrijving van de ondersteuning op in haar schoolgids. Twee keer per jaar organiseren we een "
              "informatieavond voor ouders van kinderen in groep 1-2 en voor ouders van kinderen met een "
              "ondersteuningsvraag."),
        ("p", "Komen ouders er met de school niet uit, of willen zij onafhankelijk advies, dan kunnen zij terecht "
              "bij het Ouder- en Jeugdsteunpunt Rivierland (telefonisch op werkdagen en via een inloopspreekuur "
              "in Maasdel). Ook kunnen zij een onderwijsconsulent inschakelen of een klacht indienen bij de "
              "landelijke klachtencommissie waarbij het samenwerkingsverband is aangesloten."),
    ]
    b += filler_ontwikkelingen(c) + filler_personeel(c) + filler_kennis(c) + filler_governance(c) + filler_bureau(c) + filler_opr(c) + filler_ict(c)
    b += filler_planning(c, "17 februari 2025", "4 maart 2025", "11 maart 2025")
    b += [("p", "Beoogde resultaten voor leerlingen met extra ondersteuning formuleren we in het eerste jaarplan, "
                "dat in het najaar van 2025 verschijnt. Bij het volgende plan kijken we terug.")]
    b += glossary(c, GLOSS_PO + [["Resultaten", "Wat het beleid oplevert voor leerlingen."]])
    return c, b


# --------------------------------------------------------------------------------------------
# Plan 2: VO Kustregio (docx + pdf)
# --------------------------------------------------------------------------------------------

def plan2():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kustregio", short="SWV VO Kustregio",
             code="VO 27-02", sector="vo", period="2025-2029", gem="Zeeduin, Helmstrand en Oostvliet",
             boards=6, schools=19, pupils="11.340", fte="8,2", director="Ruud Kloosterman")
    b = [("title", "Ondersteuningsplan"), ("title2", c["name"]), ("title2", "Planperiode 1 augustus 2025 - 31 juli 2029"),
         ("pagebreak",), ("toc",)]
    b += filler_voorwoord(c) + filler_samenvatting(c) + filler_inleiding(c) + filler_context(c) + filler_visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle scholen voor voortgezet onderwijs in de Kustregio bieden hetzelfde, met de besturen afgesproken "
              "niveau van basisondersteuning. Dat niveau is de ondergrens voor elke vestiging, ongeacht leerweg "
              "of denominatie, en wordt door het bestuur voor vier jaar vastgesteld."),
        ("p", "Welke voorzieningen, interventies en expertise daar precies onder vallen, is uitgewerkt in de "
              "Kaart Basisondersteuning Kustregio (bijlage 2 bij dit plan). Iedere school neemt de kaart over in "
              "haar schoolgids."),
        ("h1", "Van lichte naar zware ondersteuning"),
        ("p", "Het ondersteuningsaanbod in de Kustregio kent vier lagen. Laag 1 is de basisondersteuning op "
              "iedere school. Laag 2 is extra ondersteuning binnen de school: een trajectvoorziening, "
              "faalangstreductietraining, examentraining voor leerlingen met dyslexie en begeleiding door de "
              "zorgcoördinator, betaald uit het budget lichte ondersteuning. Laag 3 is bovenschools: het "
              "orthopedagogisch-didactisch centrum (OPDC) 'De Kering' voor tijdelijke plaatsing van maximaal "
              "twaalf weken, de Op-de-rails-voorziening voor leerlingen met verzuim en het zorgklasaanbod "
              "vmbo. Laag 4 is het voortgezet speciaal onderwijs en het praktijkonderwijs."),
        ("p", "Leerlingen bewegen tussen de lagen op basis van het advies van het ondersteuningsteam van de "
              "school, waarbij de trajectbegeleider van het samenwerkingsverband aanschuift vanaf laag 3."),
        ("h2", "Dekkend netwerk en thuiszitters"),
        ("p", "Het samenwerkingsverband houdt met de leerplichtambtenaren een gezamenlijke registratie bij van "
              "alle leerlingen die langer dan vier weken niet naar school gaan. Elke zes weken bespreekt de "
              "thuiszitterstafel iedere leerling op die lijst; binnen drie maanden moet er een plan liggen. Als "
              "een school aangeeft geen passende plek te hebben, geldt de zorgplicht: het bestuur zoekt zelf een "
              "plek en kan het samenwerkingsverband vragen een doorzettingsmacht-overleg te beleggen. Eens per "
              "jaar maken we met de besturen een analyse van de groepen leerlingen voor wie het aanbod tekort "
              "schiet (zoals hoogbegaafde leerlingen met een dubbel bijzondere ondersteuningsbehoefte), en "
              "besluiten we over een nieuwe voorziening of uitbreiding."),
    ]
    b += filler_oogo(c)
    b += [
        ("h1", "Toewijzing: vso, praktijkonderwijs en lwoo"),
        ("p", "De Commissie Toewijzing beslist namens het bestuur over toelaatbaarheid tot het vso, het "
              "praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De tabel geeft de "
              "procedure per route."),
        ("table", [["Route", "Aanvrager", "Criteria", "Termijn en duur"],
                   ["VSO", "Schoolbestuur van de school van inschrijving", "Ondersteuningsbehoefte overstijgt laag 1-3 aantoonbaar; OPP met twee geëvalueerde periodes; advies van orthopedagoog of psycholoog en een tweede deskundige", "Besluit binnen 6 weken; TLV voor 1, 2 of 3 jaar, categorie laag/midden/hoog"],
                   ["Praktijkonderwijs", "Schoolbestuur pro-school", "Landelijke criteria: IQ 55-80 en leerachterstand van minimaal 3 jaar op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen", "Besluit binnen 4 weken; voor de hele schoolloopbaan"],
                   ["LWOO", "Schoolbestuur van de vo-school", "Landelijke criteria: IQ 75-90 en leerachterstand van 1,5 tot 3 jaar; of IQ 91-120 met sociaal-emotionele problematiek", "Besluit binnen 4 weken; voor de duur van de opleiding"]]),
        ("p", "Ouders kunnen tegen een besluit binnen zes weken bezwaar maken bij het bestuur; die vraagt advies "
              "aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "Terug naar het regulier voortgezet onderwijs"),
        ("p", "Het samenwerkingsverband wil dat iedere vso-leerling voor wie dat haalbaar is, een diploma of "
              "certificaat haalt in het reguliere vo of in het mbo. Wij hanteren daarbij drie voorwaarden: de "
              "leerling kan het onderwijsprogramma van de ontvangende school volgen, de benodigde ondersteuning "
              "past binnen laag 1 tot en met 3, en leerling en ouders staan achter de overstap. Na terugkeer "
              "ontvangt de leerling gedurende een schooljaar een terugkeerarrangement (€ 4.500, betaald door het "
              "samenwerkingsverband) met een vaste mentor."),
        ("ul", ["In het laatste jaar van de TLV zet de vso-school de leerling op de agenda van het overstapoverleg (oktober).",
                "De trajectbegeleider en de vso-school toetsen samen of een overstap mogelijk is en zoeken een ontvangende school.",
                "Vóór 1 april besluit de Commissie Toewijzing of de leerling terugkeert of dat een nieuwe TLV nodig is.",
                "Na zes weken en na drie maanden evalueren vso-school, ontvangende school en ouders de overstap.",
                "De TLV eindigt op 31 juli; de ontvangende school neemt de leerling per 1 augustus in."]),
        ("p", "In 2023-2024 keerden 14 van de 212 vso-leerlingen terug naar het regulier vo."),
        ("h1", "Middelen"),
        ("p", "De rijksmiddelen voor ondersteuning worden als volgt verdeeld. Na aftrek van de afdrachten aan vso "
              "en de bekostiging van pro en lwoo krijgt elke school een vast budget lichte ondersteuning van "
              "€ 95 per leerling plus € 12.000 per vestiging. De bovenschoolse voorzieningen (laag 3) worden "
              "centraal bekostigd. Voor individuele arrangementen dienen scholen een aanvraag in bij het loket; "
              "de Commissie Toewijzing kent die toe aan de hand van het arrangementenkader."),
        ("p", "De meerjarenbegroting 2025-2029 wordt na vaststelling door het bestuur als afzonderlijk document "
              "gepubliceerd. Op het moment van schrijven zijn de bedragen nog niet bekend."),
        ("table", [["Begroting", "2025", "2026", "2027", "2028"],
                   ["Budget lichte ondersteuning scholen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Kwaliteit en opbrengsten"),
        ("p", "Het samenwerkingsverband stuurt op een beperkt aantal doelen. De tabel laat per doel de "
              "uitgangssituatie, de streefwaarde en de manier van meten zien."),
        ("table", [["Doel", "Uitgangssituatie 2024", "Streefwaarde 2029", "Hoe gemeten"],
                   ["Minder thuiszitters", "23 leerlingen langer dan 4 weken thuis", "Maximaal 8", "Registratie thuiszitterstafel, elk kwartaal"],
                   ["Meer leerlingen met OPP halen diploma of startkwalificatie", "71%", "80%", "DUO-uitstroomgegevens, jaarlijks"],
                   ["Kortere duur plaatsing OPDC", "gemiddeld 16 weken", "maximaal 12 weken", "Registratie OPDC, halfjaarlijks"],
                   ["Tevredenheid scholen over trajectbegeleiding", "6,8", "7,5", "Enquête, tweejaarlijks"]]),
        ("p", "Twee keer per jaar rapporteert het bureau de stand van zaken aan het bestuur en de OPR. In het "
              "jaarverslag verantwoorden we de bereikte resultaten en de daarvoor ingezette middelen. Als een "
              "doel niet in de goede richting beweegt, stelt het bestuur het jaarplan bij."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn partners. Op de website staat per school wat die school aan ondersteuning "
              "biedt, met een korte uitleg over lwoo, pro en vso. Er is een brochure in het Nederlands, Engels, "
              "Arabisch en Pools. Bij de overstap van groep 8 naar het vo organiseren we in november een "
              "voorlichtingsavond over extra ondersteuning in het vo."),
        ("p", "Over een onafhankelijk steunpunt waar ouders met vragen of bij onenigheid terechtkunnen, maken we "
              "in de loop van de planperiode afspraken met de gemeenten."),
    ]
    b += filler_ontwikkelingen(c) + filler_personeel(c) + filler_kennis(c) + filler_governance(c) + filler_bureau(c) + filler_opr(c) + filler_ict(c)
    b += filler_planning(c, "3 februari 2025", "18 maart 2025", "25 maart 2025")
    b += glossary(c, GLOSS_VO)
    return c, b


# --------------------------------------------------------------------------------------------
# Plan 3: PO Heuvelland (docx + pdf)
# --------------------------------------------------------------------------------------------

def plan3():
    c = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Heuvelland PO", short="SWV Heuvelland",
             code="PO 23-11", sector="po", period="2025-2029", gem="Bergen-Zuid, Kalkveld en Geuldal",
             boards=7, schools=48, pupils="8.960", fte="7,0", director="Peter Houben")
    b = [("title", "Ondersteuningsplan 2025-2029"), ("title2", c["name"]), ("title2", "Versie na instemming OPR"),
         ("pagebreak",), ("toc",)]
    b += filler_voorwoord(c) + filler_samenvatting(c) + filler_inleiding(c) + filler_terugblik(c) + filler_context(c) + filler_visie(c)
    b += [
        ("h1", "Wat elke school biedt"),
        ("p", "De besturen in Heuvelland hebben een gezamenlijk profiel van basisondersteuning vastgesteld. Het "
              "is de lat waar iedere schoollocatie minimaal overheen moet: ook een kleine school met twee "
              "combinatiegroepen biedt dit. De onderdelen staan in onderstaande tabel."),
        ("table", [["Domein", "Basisondersteuning op elke locatie"],
                   ["Preventief", "Vroegsignalering met een leerlingvolgsysteem; groepsbespreking drie keer per jaar; handelingsgericht werken"],
                   ["Leren", "Aanbod voor leerlingen met dyslexie en dyscalculie volgens de landelijke protocollen; verlengde instructie; compacten en verrijken"],
                   ["Sociaal-emotioneel", "Een methode voor sociaal-emotioneel leren; anti-pestcoördinator; time-out-afspraken"],
                   ["Expertise", "Intern begeleider op elke locatie; toegang tot een orthopedagoog van het samenwerkingsverband binnen twee weken"],
                   ["Fysiek en medisch", "Rustplek; protocol medisch handelen"]]),
        ("p", "Het profiel wordt eens per twee jaar besproken in het directeurenoverleg."),
        ("h1", "Een dekkend aanbod"),
        ("p", "In Heuvelland werken we met een continuüm van ondersteuning. Naast de basisondersteuning kan iedere "
              "school extra ondersteuning inzetten uit het schoolbudget: individuele begeleiding, een "
              "onderwijsassistent voor een groep, een time-out-traject. Bovenschools zijn er de Kangoeroegroep "
              "voor meerbegaafde leerlingen, de observatieklas 'Het Kompas' (maximaal één schooljaar) en de "
              "schakelklas voor nieuwkomers. Daarboven staan het sbo (één school, twee locaties) en het so "
              "(cluster 3 en 4)."),
        ("p", "Om te zorgen dat er voor ieder kind een plek is, houden we de thuiszitters bij in een maandelijkse "
              "registratie met de leerplichtambtenaren. Elk kind dat langer dan drie weken thuis zit, wordt binnen "
              "tien werkdagen besproken in het Regionaal Plaatsingsoverleg, waarin besturen, leerplicht en jeugdhulp "
              "samen een plek zoeken. Blijkt een type ondersteuning structureel te ontbreken, dan stelt het "
              "bestuur een werkgroep in die binnen zes maanden een voorstel doet voor een nieuwe voorziening. Zo "
              "is in 2024 de plusvoorziening voor jonge kinderen met complexe gedragsproblemen ontstaan."),
    ]
    b += filler_oogo(c)
    b += [
        ("h1", "Toelaatbaarheidsverklaringen"),
        ("p", "Een toelaatbaarheidsverklaring voor sbo of so wordt aangevraagd door het bevoegd gezag van de school "
              "van inschrijving via het digitale loket. De aanvraag bevat het ontwikkelingsperspectiefplan, een "
              "verslag van het multidisciplinair overleg en de evaluaties van de geboden ondersteuning. Het "
              "secretariaat controleert binnen vijf werkdagen of de aanvraag volledig is."),
        ("p", "De TLV-commissie bestaat uit een orthopedagoog (voorzitter) en een jeugdarts of maatschappelijk "
              "werker; beide leden adviseren schriftelijk. De commissie adviseert de directeur-bestuurder, die "
              "binnen vier weken na ontvangst van de complete aanvraag besluit. De TLV wordt afgegeven voor "
              "maximaal twee schooljaren."),
        ("p", "De inhoudelijke criteria aan de hand waarvan de commissie beoordeelt of een leerling toelaatbaar "
              "is, stellen we gedurende het eerste planjaar opnieuw vast in overleg met de directeuren van sbo en "
              "so. Ook de terugplaatsing is daarbij onderwerp van gesprek."),
        ("h1", "Middelen en begroting"),
        ("p", "De verdeling van de ondersteuningsmiddelen gebeurt in twee delen. Deel A (70 procent van het "
              "vrij besteedbare budget) gaat naar de schoolbesturen op basis van het aantal leerlingen op 1 "
              "oktober. Deel B (30 procent) blijft bij het samenwerkingsverband voor bovenschoolse voorzieningen "
              "en arrangementen. Een school kan uit deel B een arrangement krijgen als de orthopedagoog van het "
              "samenwerkingsverband vaststelt dat de ondersteuningsvraag boven de basisondersteuning uitgaat."),
        ("table", [["Meerjarenbegroting (bedragen in euro)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuning", "7.410.000", "7.330.000", "7.260.000", "7.190.000"],
                   ["Afdrachten sbo en so", "3.620.000", "3.600.000", "3.580.000", "3.560.000"],
                   ["Deel A naar schoolbesturen", "2.650.000", "2.600.000", "2.560.000", "2.520.000"],
                   ["Deel B voorzieningen en arrangementen", "1.140.000", "1.130.000", "1.120.000", "1.110.000"],
                   ["Totaal lasten", "7.410.000", "7.330.000", "7.260.000", "7.190.000"]]),
        ("p", "De reserve van het samenwerkingsverband is in 2024 teruggebracht tot het niveau van de "
              "signaleringswaarde van de inspectie."),
        ("h1", "Onze ambities en resultaten"),
        ("p", "Voor deze planperiode hebben we drie ambities geformuleerd die direct over leerlingen gaan:"),
        ("ul", ["In 2029 gaat ten minste 95 procent van de leerlingen uit Heuvelland naar een school in de eigen regio.",
                "Het aantal thuiszitters daalt van 17 (peildatum 1 oktober 2024) naar minder dan 5.",
                "Het deelnamepercentage sbo en so blijft onder het landelijk gemiddelde."]),
        ("p", "Hoe we de voortgang op deze ambities meten en waarover we rapporteren, werken we uit in het "
              "monitoringskader dat in 2026 verschijnt."),
    ]
    b += filler_ontwikkelingen(c) + filler_personeel(c) + filler_kennis(c) + filler_governance(c) + filler_bureau(c) + filler_opr(c, parents_role=False) + filler_ict(c, parents=False)
    b += filler_planning(c, "20 januari 2025", "26 februari 2025", "6 maart 2025")
    b += glossary(c, GLOSS_PO)
    return c, b


# --------------------------------------------------------------------------------------------
# Plan 4: VO Lingestroom (plain text)
# --------------------------------------------------------------------------------------------

def plan4():
    c = dict(name="Samenwerkingsverband VO Lingestroom", short="SWV Lingestroom", code="VO 25-09", sector="vo",
             period="2025-2029", gem="Lingedam, Appelscha-Oost en Rijkerswaard", boards=5, schools=14,
             pupils="9.115", fte="6,5", director="Sanne de Wit")
    b = [("title", "ONDERSTEUNINGSPLAN 2025-2029"), ("title2", c["name"] + " (" + c["code"] + ")"), ("toc",)]
    b += filler_voorwoord(c) + filler_samenvatting(c) + filler_inleiding(c) + filler_terugblik(c) + filler_context(c) + filler_visie(c)
    b += [
        ("h1", "Ondersteuning op de vo-scholen"),
        ("p", "De afspraken over basisondersteuning actualiseren we zodra de landelijke norm basisondersteuning "
              "bekend is; het bestuur verwacht daarover in 2026 te besluiten. Tot die tijd beschrijft iedere "
              "school haar eigen aanbod in de schoolgids."),
        ("h1", "Het netwerk rond de leerling"),
        ("p", "Een overzicht van het samenhangende aanbod van scholen en bovenschoolse voorzieningen (de "
              "'ondersteuningsroute Lingestroom') is in ontwikkeling."),
        ("h2", "Iedere leerling een plek"),
        ("p", "Het samenwerkingsverband houdt samen met het Regionaal Bureau Leerplicht een lijst bij van "
              "leerlingen zonder passende onderwijsplek. De lijst wordt elke maand bijgewerkt."),
        ("table", [["Situatie", "Wie is aan zet", "Binnen welke termijn"],
                   ["Leerling 4 weken geen onderwijs", "School meldt bij leerplicht en SWV", "Direct"],
                   ["Geen plek gevonden door eigen school", "Bestuur (zorgplicht) met casusregisseur SWV", "6 weken"],
                   ["Nog steeds geen plek", "Escalatieoverleg besturen + gemeente", "Binnen 2 weken na melding"],
                   ["Structureel tekort aan plekken", "Bestuur SWV besluit over nieuwe voorziening", "Jaarlijks, in maart"]]),
        ("p", "Zorgplicht is voor ons geen papieren begrip: het bestuur dat een leerling niet kan plaatsen, blijft "
              "verantwoordelijk tot een andere school de leerling heeft ingeschreven."),
    ]
    b += filler_oogo(c)
    b += [
        ("h1", "Toelaatbaarheid"),
        ("p", "Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo intensief is dat die niet "
              "binnen een reguliere vo-school met extra arrangement kan worden geboden, blijkend uit ten minste "
              "twee geëvalueerde handelingsperiodes in het OPP, en als sprake is van een of meer van: ernstige "
              "gedrags- of psychiatrische problematiek, een verstandelijke beperking (IQ lager dan 70), een "
              "lichamelijke beperking of langdurige ziekte die dagelijks specialistische zorg vraagt."),
        ("p", "Voor praktijkonderwijs en lwoo hanteert Lingestroom de landelijke criteria (pro: IQ 55-80 en een "
              "leerachterstand van ten minste drie jaar op twee van de vier domeinen; lwoo: IQ 75-90 met een "
              "leerachterstand van anderhalf tot drie jaar, of IQ 91-120 met sociaal-emotionele problematiek)."),
        ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de commissie staan op "
              "www.swvlingestroom.nl/toelaatbaarheid."),
        ("h2", "Terugkeer uit het vso"),
        ("ul", ["Stap 1: in het laatste jaar van de TLV bespreekt de vso-school in november de leerling in het overgangsoverleg met de casusregisseur.",
                "Stap 2: de vso-school stelt een overdrachtsdossier op en benadert een reguliere vo-school.",
                "Stap 3: de Commissie Toelaatbaarheid besluit vóór 1 maart of de TLV eindigt.",
                "Stap 4: de ontvangende school en de vso-school evalueren tien weken na de overstap."]),
        ("p", "Het beleid ten aanzien van terugplaatsing en overplaatsing formuleert het bestuur in het voorjaar van "
              "2026."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf van dit plan is ondergebracht in het afzonderlijke Meerjarenbestedingsplan "
              "dat het bestuur ieder jaar in december vaststelt. Daarin komen ook de middelen voor "
              "arrangementen aan de orde."),
        ("h1", "Wat we willen bereiken en hoe we dat volgen"),
        ("table", [["Beoogd resultaat", "Indicator", "Nu (2024)", "Doel 2028"],
                   ["Minder leerlingen zonder passende plek", "Aantal thuiszitters > 4 weken", "19", "< 6"],
                   ["Meer leerlingen in regulier vo", "Deelnamepercentage vso", "3,9%", "3,4%"],
                   ["Soepele overgang po-vo", "Leerlingen met OPP die na jaar 1 nog op dezelfde school zitten", "82%", "90%"]]),
        ("p", "De indicatoren worden elk kwartaal bijgewerkt in het dashboard van het bureau. In de maanden "
              "januari en juni bespreekt het bestuur de cijfers met de schoolleiders; de OPR ontvangt dezelfde "
              "rapportage. In het jaarverslag rapporteren we welke resultaten zijn bereikt, en na twee jaar laat "
              "het bestuur een externe tussenevaluatie uitvoeren."),
        ("h1", "Communicatie met ouders en leerlingen"),
        ("p", "Elke vo-school houdt in september een ouderavond waar de ondersteuningscoördinator het "
              "ondersteuningsaanbod van school en samenwerkingsverband toelicht. Op de website van het "
              "samenwerkingsverband staat een digitale wegwijzer 'Extra hulp op school' met uitleg over "
              "arrangementen, lwoo, pro en vso. Ouders ontvangen bij iedere aanvraag een folder."),
        ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen bellen of mailen met het Ouder- en "
              "Jeugdsteunpunt Lingestroom, dat los van de scholen staat. Het steunpunt kan meegaan naar "
              "gesprekken en verwijst zo nodig naar de onderwijsconsulenten of de Geschillencommissie passend "
              "onderwijs."),
    ]
    b += filler_ontwikkelingen(c) + filler_personeel(c) + filler_kennis(c) + filler_governance(c) + filler_bureau(c) + filler_opr(c) + filler_ict(c)
    b += filler_planning(c, "10 februari 2025", "12 maart 2025", "19 maart 2025")
    b += glossary(c, GLOSS_VO + [["Verdeelmodel", "Afspraken over de verdeling van de middelen over de scholen."]])
    return c, b


# --------------------------------------------------------------------------------------------
# Plan 5: PO Waterland (pdf only)
# --------------------------------------------------------------------------------------------

def plan5():
    c = dict(name="Samenwerkingsverband Primair Onderwijs Waterland-Noord", short="SWV Waterland-Noord",
             code="PO 27-05", sector="po", period="2025-2029", gem="Polderveen, Kwadijk-Noord en Schardam",
             boards=8, schools=56, pupils="10.430", fte="9,1", director="Annelies Brouwer")
    b = [("title", "Ondersteuningsplan 2025-2029"), ("title2", c["name"]), ("title2", "Koers houden"),
         ("pagebreak",), ("toc",)]
    b += filler_voorwoord(c) + filler_samenvatting(c) + filler_inleiding(c) + filler_terugblik(c) + filler_context(c) + filler_visie(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "In Waterland-Noord heeft het bestuur vastgesteld dat het niveau van basisondersteuning voor iedere "
              "vestiging gelijk is: het is een gedeelde ondergrens waar geen school onder mag zakken, ook niet "
              "tijdelijk. Scholen die het niveau (nog) niet halen, worden door het bureau gevolgd met een "
              "jaarlijkse audit en krijgen een verbetertraject van maximaal een jaar."),
        ("p", "De uitwerking in concrete voorzieningen is onderwerp van het traject 'Basis op orde', dat loopt tot "
              "de zomer van 2026."),
        ("h1", "Toelaatbaarheid"),
        ("p", "De toelaatbaarheid tot sbo en so is geregeld in het Handboek Toewijzing 2025, dat als afzonderlijk "
              "document bij dit plan hoort."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Ieder kind in het sbo of so heeft een ontwikkelingsperspectief dat jaarlijks wordt besproken. "
              "Ons uitgangspunt is dat terugkeer naar een basisschool in de eigen woonplaats bij elke evaluatie "
              "serieus wordt overwogen. Dat doen we als de leerling de leerstof en het groepsgrootte-regime van "
              "de basisschool naar verwachting aankan en de ontvangende school met een arrangement de nodige "
              "begeleiding kan bieden. Na de overstap blijft een ambulant begeleider van de sbo- of so-school "
              "nog een half jaar beschikbaar voor de leerkracht."),
        ("table", [["Moment", "Wie", "Wat"],
                   ["Start laatste TLV-jaar (september)", "Sbo/so-school", "Evaluatie OPP en advies: terug of verlengen"],
                   ["Uiterlijk 1 december", "Sbo/so-school met ouders", "Keuze ontvangende basisschool; kennismaking"],
                   ["Uiterlijk 1 maart", "Directeur-bestuurder SWV", "Besluit: einde TLV of nieuwe aanvraag"],
                   ["Januari - juni", "Beide scholen", "Wendag(en) en warme overdracht"],
                   ["Oktober na de overstap", "Ontvangende school, ambulant begeleider", "Evaluatie; zo nodig bijsturing"]]),
        ("h1", "Financiën"),
        ("p", "Het verdeelmodel wordt in het schooljaar 2025-2026 herzien; tot die tijd hanteren we de bestaande "
              "afspraken. De meerjarenbegroting ziet er als volgt uit."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten zware ondersteuning", "6.950", "6.880", "6.810", "6.740"],
                   ["Baten lichte ondersteuning", "1.210", "1.200", "1.190", "1.180"],
                   ["Afdrachten sbo/so", "4.020", "3.990", "3.960", "3.930"],
                   ["Schoolbudgetten", "2.300", "2.270", "2.240", "2.210"],
                   ["Arrangementen", "980", "980", "970", "970"],
                   ["Ambulante begeleiding en terugkeer", "320", "330", "330", "330"],
                   ["Bureau en personeel", "610", "620", "630", "640"]]),
        ("h1", "Kwaliteitszorg"),
        ("p", "De kwaliteitscyclus van het samenwerkingsverband volgt vier stappen: plannen, uitvoeren, meten en "
              "bijstellen. In november en mei verzamelt het bureau gegevens over het aantal arrangementen, het "
              "aantal TLV's, de doorlooptijden en de ontwikkeling van leerlingen met een OPP (vanuit de "
              "leerlingvolgsystemen). De uitkomsten worden besproken met de schoolbesturen en de OPR en "
              "gepubliceerd in het jaarverslag, met een vergelijking met het voorgaande jaar."),
        ("p", "Welke resultaten we in deze planperiode willen bereiken, bepalen we na de nulmeting in het najaar "
              "van 2025."),
        ("h1", "Ouders"),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod, beschrijven we in het communicatieplan dat "
              "nog wordt opgesteld."),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Waterland-Noord, dat onafhankelijk adviseert en kan bemiddelen. Ook kunnen zij "
              "gratis een onderwijsconsulent inschakelen of een klacht indienen bij de klachtencommissie van het "
              "schoolbestuur."),
        ("p", "Een beschrijving van het dekkend aanbod in Waterland-Noord volgt in het jaarplan 2025-2026."),
        ("h1", "Speerpunten voor het eerste planjaar"),
        ("p", "Het eerste jaar van deze planperiode is een opbouwjaar. Veel van wat in dit plan op hoofdlijnen "
              "staat, krijgt in 2025-2026 zijn vorm. Het bestuur heeft daarvoor de volgende speerpunten benoemd, "
              "die in het jaarplan verder worden uitgewerkt:"),
        ("ul", ["afronden van het traject 'Basis op orde', met een voorstel aan het bestuurdersoverleg in het voorjaar van 2026;",
                "een nieuw verdeelmodel, waarover de OPR en de besturen in de loop van het schooljaar worden geconsulteerd;",
                "de nulmeting als vertrekpunt voor de beoogde resultaten van de planperiode;",
                "het communicatieplan, inclusief een nieuwe website en een vernieuwde huisstijl;",
                "de actualisering van het Handboek Toewijzing en van de formulieren voor aanvragen."]),
        ("p", "Over de voortgang van deze speerpunten rapporteert de directeur-bestuurder in iedere vergadering van "
              "de raad van toezicht. Waar speerpunten vertraging oplopen, wordt dat gemeld aan de OPR, met een "
              "toelichting en een aangepaste planning. Het is nadrukkelijk de bedoeling dat deze onderdelen vóór "
              "het einde van het tweede planjaar als wijziging aan dit plan worden toegevoegd, zodat de OPR "
              "daarover kan beslissen."),
    ]
    b += filler_ontwikkelingen(c) + filler_personeel(c) + filler_kennis(c) + filler_governance(c) + filler_bureau(c) + filler_opr(c) + filler_ict(c)
    b += filler_planning(c, "13 februari 2025", "5 maart 2025", "12 maart 2025")
    b += glossary(c, GLOSS_PO)
    return c, b


# --------------------------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of a basisschool (html)
# --------------------------------------------------------------------------------------------

def nearmiss_html():
    parts = []
    P = lambda t: parts.append(f"<p>{t}</p>")
    H = lambda t, n=2: parts.append(f"<h{n}>{t}</h{n}>")
    H("Schoolondersteuningsplan IKC De Vlinderboom 2025-2026", 1)
    P("Openbaar integraal kindcentrum De Vlinderboom, Kalkveld. Onderdeel van Stichting Openbaar Onderwijs Geuldal. "
      "Aangesloten bij het samenwerkingsverband passend onderwijs van de regio.")
    H("Inhoud")
    parts.append("<ul><li>1 Inleiding</li><li>2 Visie op ondersteuning</li><li>3 Zorgniveaus op De Vlinderboom</li>"
                 "<li>4 De rol van de intern begeleider</li><li>5 Groepsbesprekingen en leerlingbesprekingen</li>"
                 "<li>6 Basisondersteuning en extra ondersteuning</li><li>7 Aanvraag TLV en arrangementen</li>"
                 "<li>8 Ouders</li><li>9 Middelen</li><li>10 Resultaten</li><li>11 Jaarplanning zorg</li></ul>")
    H("1 Inleiding")
    P("Dit ondersteuningsplan beschrijft hoe wij op De Vlinderboom de ondersteuning aan onze leerlingen hebben "
      "georganiseerd. Het plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het wordt "
      "elk schooljaar door de directie en de intern begeleider geactualiseerd en ter informatie aan de MR "
      "voorgelegd. Het plan is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het "
      "ondersteuningsplan van het samenwerkingsverband.")
    P("De Vlinderboom telt 312 leerlingen in 13 groepen. Ongeveer een kwart van onze leerlingen heeft een "
      "meertalige achtergrond. In het gebouw zijn ook een kinderdagverblijf en een buitenschoolse opvang gevestigd.")
    H("2 Visie op ondersteuning")
    P("Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar wat het mankeert. "
      "Leerkrachten zijn verantwoordelijk voor alle kinderen in hun groep. Zij worden daarin ondersteund door de "
      "intern begeleider, de onderwijsassistenten en externe deskundigen. Ouders zijn ervaringsdeskundigen als "
      "het om hun kind gaat; we betrekken hen vanaf het eerste signaal.")
    P("Ons uitgangspunt is dat kinderen zoveel mogelijk in hun eigen groep worden begeleid. Alleen wanneer dat "
      "nodig is, werken kinderen korte tijd buiten de groep, bijvoorbeeld in de plusgroep of bij de "
      "leesspecialist. Wij geloven in hoge verwachtingen en in het versterken van wat goed gaat.")
    H("3 Zorgniveaus op De Vlinderboom")
    parts.append("<table border='1'><tr><th>Niveau</th><th>Omschrijving</th><th>Wie</th></tr>"
                 "<tr><td>1</td><td>Algemene zorg in de groep: basisaanbod, convergente differentiatie</td><td>Leerkracht</td></tr>"
                 "<tr><td>2</td><td>Extra zorg in de groep: verlengde instructie, intensief arrangement</td><td>Leerkracht</td></tr>"
                 "<tr><td>3</td><td>Speciale zorg na intern onderzoek: handelingsplan</td><td>Leerkracht en IB'er</td></tr>"
                 "<tr><td>4</td><td>Speciale zorg na extern onderzoek: OPP, inzet consulent samenwerkingsverband</td><td>IB'er, externe deskundige</td></tr>"
                 "<tr><td>5</td><td>Verwijzing naar sbo of so met een TLV</td><td>Directie, samenwerkingsverband</td></tr></table>")
    H("4 De rol van de intern begeleider")
    P("De intern begeleider (0,8 fte) coördineert de ondersteuning. Zij voert de groepsbesprekingen, begeleidt "
      "leerkrachten bij het opstellen van groepsplannen en OPP's, onderhoudt contacten met externe partners en "
      "bewaakt de zorgkalender. De IB'er neemt deel aan het IB-netwerk van het bestuur en aan de lerende "
      "netwerken van het samenwerkingsverband.")
    P("Daarnaast heeft de intern begeleider een coachende rol richting het team. Zij observeert in de groepen, "
      "voert collegiale consultatie uit en organiseert twee keer per jaar een studiemiddag over een "
      "ondersteuningsthema, zoals executieve functies of werken met meertalige kinderen.")
    H("5 Groepsbesprekingen en leerlingbesprekingen")
    P("Drie keer per jaar, na de afname van de toetsen in oktober, februari en juni, voert de IB'er met iedere "
      "leerkracht een groepsbespreking. Aan de hand van de toetsresultaten en observaties bespreken zij de "
      "groep als geheel en de leerlingen die opvallen. Leerlingen over wie zorgen bestaan, worden besproken in "
      "een leerlingbespreking. Indien nodig schuift de consulent van het samenwerkingsverband of de "
      "schoolmaatschappelijk werker aan in het ondersteuningsteam (zes keer per jaar).")
    P("Van elke bespreking wordt een kort verslag gemaakt in het leerlingvolgsysteem. Afspraken worden na zes "
      "tot acht weken geëvalueerd. Ouders worden voor de bespreking van hun kind in het ondersteuningsteam altijd "
      "uitgenodigd.")
    H("6 Basisondersteuning en extra ondersteuning")
    P("Onze basisondersteuning omvat onder meer: het dyslexieprotocol, een aanbod voor meer- en hoogbegaafde "
      "leerlingen (plusgroep op dinsdagochtend), de Kanjertraining, een taalklas voor nieuwkomers en een "
      "time-outruimte. Wat wij daarnaast bieden, staat in ons schoolondersteuningsprofiel. Extra ondersteuning "
      "vragen wij aan bij het samenwerkingsverband in de vorm van een arrangement.")
    H("7 Aanvraag TLV en arrangementen")
    P("Als blijkt dat een leerling meer nodig heeft dan wij kunnen bieden, vraagt de directie via het bestuur "
      "een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider verzamelt daarvoor "
      "het OPP, de handelingsplannen en de verslagen van het ondersteuningsteam. Het samenwerkingsverband neemt "
      "het besluit; de criteria en de procedure zijn te vinden in het ondersteuningsplan van het "
      "samenwerkingsverband. In het afgelopen schooljaar zijn voor twee leerlingen TLV's aangevraagd.")
    P("Voor een arrangement in de eigen school (bijvoorbeeld extra inzet van een onderwijsassistent) vult de "
      "IB'er het aanvraagformulier in. De consulent bespreekt de aanvraag met de school en adviseert over de "
      "inzet. Een arrangement duurt meestal een half jaar en wordt dan geëvalueerd.")
    H("8 Ouders")
    P("Ouders worden bij zorgen over hun kind altijd zo snel mogelijk geïnformeerd door de leerkracht. Zij "
      "tekenen het OPP voor akkoord op het handelingsdeel. Bij vragen over de ondersteuning kunnen ouders een "
      "afspraak maken met de intern begeleider. Informatie over de ondersteuning staat in de schoolgids. Als "
      "ouders het niet eens zijn met de school, kunnen zij zich wenden tot de klachtencontactpersoon of het "
      "ouder- en jeugdsteunpunt van het samenwerkingsverband.")
    H("9 Middelen")
    P("De school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband. Dit jaar is dat "
      "€ 41.600. Wij zetten dit bedrag in voor 0,6 fte onderwijsassistent en voor de plusgroep. De inzet "
      "van de middelen wordt verantwoord in het schooljaarverslag.")
    H("10 Resultaten")
    P("De resultaten van onze ondersteuning volgen we via het leerlingvolgsysteem. In het schooljaar 2024-2025 "
      "haalde 87 procent van de leerlingen in groep 8 ten minste het referentieniveau 1F voor lezen en rekenen. "
      "Onze ambitie is dat alle leerlingen met een OPP de doelen van hun uitstroomprofiel halen.")
    H("11 Jaarplanning zorg")
    parts.append("<table border='1'><tr><th>Maand</th><th>Activiteit</th></tr>"
                 "<tr><td>september</td><td>Startgesprekken met ouders en kinderen</td></tr>"
                 "<tr><td>oktober</td><td>Toetsen en groepsbesprekingen ronde 1</td></tr>"
                 "<tr><td>januari/februari</td><td>Midden-toetsen, groepsbesprekingen ronde 2</td></tr>"
                 "<tr><td>maart</td><td>Evaluatie OPP's, voorlopig advies groep 7</td></tr>"
                 "<tr><td>juni</td><td>Eindtoetsen, groepsbesprekingen ronde 3, overdracht naar volgende groep</td></tr></table>")
    P("Vastgesteld door de directie op 2 september 2025. De MR heeft kennisgenomen van dit plan op 16 september 2025.")
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang='nl'><head><meta charset='utf-8'>"
            "<title>Ondersteuningsplan IKC De Vlinderboom</title></head>\n<body>\n" + body + "\n</body></html>\n")


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------

def numbered(blocks):
    """Number h1/h2 headings; returns new block list and TOC lines."""
    out, toc, n1, n2 = [], [], 0, 0
    for blk in blocks:
        if blk[0] == "h1":
            n1 += 1
            n2 = 0
            t = f"{n1} {blk[1]}"
            toc.append(t)
            out.append(("h1", t))
        elif blk[0] == "h2":
            n2 += 1
            t = f"{n1}.{n2} {blk[1]}"
            toc.append("    " + t)
            out.append(("h2", t))
        else:
            out.append(blk)
    return out, toc


def write_docx(c, blocks, path):
    blocks, toc = numbered(blocks)
    d = docx.Document()
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = f"{c['short']} | Ondersteuningsplan {c['period']} | basisondersteuning - toelaatbaarheid - ouders"
    d.sections[0].footer.paragraphs[0].text = f"{c['name']} - {c['code']}"
    for blk in blocks:
        k = blk[0]
        if k == "title":
            d.add_heading(blk[1], 0)
        elif k == "title2":
            d.add_paragraph(blk[1])
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "toc":
            d.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, t in enumerate(toc):
                d.add_paragraph(f"{t} ........ {3 + i}")
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "h1":
            d.add_heading(blk[1], 1)
        elif k == "h2":
            d.add_heading(blk[1], 2)
        elif k == "p":
            d.add_paragraph(blk[1])
        elif k == "ul":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
            d.add_paragraph()
    d.save(str(path))


def write_txt(c, blocks, path):
    blocks, toc = numbered(blocks)
    lines = []
    for blk in blocks:
        k = blk[0]
        if k in ("title", "title2"):
            lines += [blk[1]]
        elif k == "toc":
            lines += ["", "INHOUD", ""] + toc + ["", "=" * 72]
        elif k == "h1":
            lines += ["", "", blk[1].upper(), "=" * len(blk[1])]
        elif k == "h2":
            lines += ["", blk[1], "-" * len(blk[1])]
        elif k == "p":
            lines += ["", blk[1]]
        elif k == "ul":
            lines += [""] + ["  * " + it for it in blk[1]]
        elif k == "table":
            rows = blk[1]
            w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            lines.append("")
            for i, r in enumerate(rows):
                lines.append("| " + " | ".join(r[j].ljust(w[j]) for j in range(len(r))) + " |")
                if i == 0:
                    lines.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout282_pdf_"))
    try:
        prof = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(docx_path)], check=True, capture_output=True, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def blocks_words(blocks):
    n = 0
    for blk in blocks:
        if blk[0] in ("p", "h1", "h2", "title", "title2"):
            n += len(blk[1].split())
        elif blk[0] == "ul":
            n += sum(len(x.split()) for x in blk[1])
        elif blk[0] == "table":
            n += sum(len(x.split()) for r in blk[1] for x in r)
    return n


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def status(crit, el, adv):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(path, documents, sector, false_crit, adv, notes):
    crit = {k: (k not in false_crit) for k in CORE}
    els = {e: status(crit, e, adv) for e in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if adv.get(e):
            lines.append(f"  {e}: [{', '.join(adv[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {q(notes[e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = {}

    # plan 1
    c, b = plan1()
    write_docx(c, b, OUT / "po-rivierland.docx")
    report["po-rivierland"] = blocks_words(b)
    write_label(OUT / "po-rivierland.expected.yaml", ["po-rivierland.docx"], "po",
                {"terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Ondersteuning op school': agreed minimum for every vestiging + table of concrete content; school visits = borging",
                 "plaatsing": "ch. 'Toelaatbaarheid tot sbo en so': stappen 1-5, commissie, 6 weken, criteria, 2 deskundigen, duur/categorie, bezwaar/LBT",
                 "terugstroom": "only inside TLV chapter, subsection 'Na afloop van een TLV': policy (aim, conditions, terugkeerarrangement) but procedure/evaluation/decider deferred to a 2026 werkinstructie",
                 "financien": "ch. 'Geld en middelen': EUR 128 per leerling + solidariteitsbudget criteria, meerjarenbegroting table, 5% weerstandsvermogen, verantwoording in bestuursverslag",
                 "dekkend-aanbod": "ch. 'Ondersteuningsstructuur en arrangementen' gives niveau 1-5 continuum; 'Thuiszitters en witte vlekken' defers gap analysis to 2026-2027; OOGO chapter = ketenpartners",
                 "resultaten": "no results content; planning chapter defers beoogde resultaten to first jaarplan; 'Resultaten' only in begrippenlijst",
                 "ouders": "in ch. 'Communicatie': website, brochure, schoolgids, informatieavonden + Ouder- en Jeugdsteunpunt, onderwijsconsulent, klachtencommissie; OPR parents = betrokkenheid"})

    # plan 2
    c, b = plan2()
    write_docx(c, b, OUT / "vo-kustregio.docx")
    to_pdf(OUT / "vo-kustregio.docx", OUT / "vo-kustregio.pdf")
    report["vo-kustregio"] = blocks_words(b)
    write_label(OUT / "vo-kustregio.expected.yaml", ["vo-kustregio.docx", "vo-kustregio.pdf"], "vo",
                {"basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning' states the common minimum for every vestiging, but the content is only in absent 'bijlage 2' (Kaart Basisondersteuning)",
                 "plaatsing": "ch. 'Toewijzing: vso, praktijkonderwijs en lwoo': table with aanvrager, criteria (vso, pro, lwoo), termijnen, duur/categorie, deskundigen; bezwaar paragraph",
                 "terugstroom": "ch. 'Terug naar het regulier voortgezet onderwijs': aims, 3 conditions, terugkeerarrangement + stepwise procedure with dates and evaluations; 14/212 figure",
                 "financien": "ch. 'Middelen': verdeling (EUR 95 p.l. + EUR 12.000 per vestiging, loket/arrangementenkader) but meerjarenbegroting deferred and table is all p.m.",
                 "dekkend-aanbod": "ch. 'Van lichte naar zware ondersteuning': lagen 1-4 incl. OPDC; 'Dekkend netwerk en thuiszitters': registration, thuiszitterstafel, zorgplicht, annual gap analysis",
                 "resultaten": "ch. 'Kwaliteit en opbrengsten': goals table with baseline/streefwaarde and measurement, half-yearly reporting, jaarverslag",
                 "ouders": "ch. 'Ouders en leerlingen': website, brochure in 4 languages, voorlichtingsavond; independent steunpunt only deferred ('in de loop van de planperiode'); the TLV bezwaar route counts under plaatsing.bezwaar, not as a steunpunt"})

    # plan 3
    c, b = plan3()
    write_docx(c, b, OUT / "po-heuvelland.docx")
    to_pdf(OUT / "po-heuvelland.docx", OUT / "po-heuvelland.pdf")
    report["po-heuvelland"] = blocks_words(b)
    write_label(OUT / "po-heuvelland.expected.yaml", ["po-heuvelland.docx", "po-heuvelland.pdf"], "po",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "resultaten.monitoring",
                 "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "ch. 'Wat elke school biedt': common lat for every schoollocatie + table of concrete voorzieningen per domain",
                 "plaatsing": "ch. 'Toelaatbaarheidsverklaringen': applicant, loket, commission, deskundigen, 4 weeks, max 2 years; criteria deferred to first planjaar",
                 "terugstroom": "nothing: only a passing 'ook de terugplaatsing is onderwerp van gesprek' and the begrippenlijst entry",
                 "financien": "ch. 'Middelen en begroting': deel A 70% per leerling / deel B 30% with allocation criterion; meerjarenbegroting in euro; reserve sentence",
                 "dekkend-aanbod": "ch. 'Een dekkend aanbod': continuum basis-extra-bovenschools-sbo/so; thuiszitters registration, Regionaal Plaatsingsoverleg, werkgroep for missing provisions",
                 "resultaten": "ch. 'Onze ambities en resultaten': three measurable ambitions, but monitoring deferred to a 2026 monitoringskader",
                 "ouders": "no information or steunpunt content; OPR paragraph does not describe parents; OJSP only in begrippenlijst"})

    # plan 4
    c, b = plan4()
    write_txt(c, b, OUT / "vo-lingestroom.txt")
    report["vo-lingestroom"] = blocks_words(b)
    write_label(OUT / "vo-lingestroom.expected.yaml", ["vo-lingestroom.txt"], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum"},
                {"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Ondersteuning op de vo-scholen' only defers until the landelijke norm (2026); term only in begrippenlijst",
                 "plaatsing": "ch. 'Toelaatbaarheid': vso criteria + national pro/lwoo criteria, but procedure/termijnen/commission only referred to website",
                 "terugstroom": "subsection 'Terugkeer uit het vso' (inside Toelaatbaarheid): 4-step procedure with dates and decider; beleid deferred to spring 2026",
                 "financien": "ch. 'Financiën' only refers to separate Meerjarenbestedingsplan; verdeelmodel only in begrippenlijst",
                 "dekkend-aanbod": "overview of samenhangend aanbod 'in ontwikkeling'; 'Iedere leerling een plek' table covers thuiszitters/zorgplicht/escalatie (lacunes); OOGO chapter",
                 "resultaten": "ch. 'Wat we willen bereiken en hoe we dat volgen': indicator table with targets + quarterly dashboard, reporting, jaarverslag, external evaluation",
                 "ouders": "ch. 'Communicatie met ouders en leerlingen': ouderavond, digital wegwijzer, folder + independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten"})

    # plan 5 (pdf only, rendered from a temporary docx)
    c, b = plan5()
    tmpd = Path(tempfile.mkdtemp(prefix="holdout282_p5_"))
    try:
        write_docx(c, b, tmpd / "po-waterland-noord.docx")
        to_pdf(tmpd / "po-waterland-noord.docx", OUT / "po-waterland-noord.pdf")
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    report["po-waterland-noord"] = blocks_words(b)
    write_label(OUT / "po-waterland-noord.expected.yaml", ["po-waterland-noord.pdf"], "po",
                {"basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
                 "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"},
                {"basisondersteuning": ["borging"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning': bestuur fixed an equal ondergrens for every vestiging + audit (borging); concrete voorzieningen deferred to traject 'Basis op orde' (2026)",
                 "plaatsing": "ch. 'Toelaatbaarheid' only refers to the separate Handboek Toewijzing 2025 (not part of the input)",
                 "terugstroom": "ch. 'Terug naar de basisschool': policy (uitgangspunt, conditions, ambulant begeleider after return) + table with moments, actors, decider, evaluation",
                 "financien": "ch. 'Financiën': meerjarenbegroting table with amounts; verdeelmodel 'wordt herzien', existing afspraken not described",
                 "dekkend-aanbod": "no continuum or gap handling; description of dekkend aanbod deferred to jaarplan; term only in begrippenlijst",
                 "resultaten": "ch. 'Kwaliteitszorg': cycle, data collection in Nov/May, reporting to besturen/OPR/jaarverslag; beoogde resultaten deferred until after nulmeting",
                 "ouders": "ch. 'Ouders': steunpunt (OJSP, onderwijsconsulent, klachtencommissie) but informing parents deferred to a communicatieplan"})

    # near-miss
    (OUT / "ikc-vlinderboom-schoolondersteuningsplan.html").write_text(nearmiss_html(), encoding="utf-8")
    (OUT / "ikc-vlinderboom-schoolondersteuningsplan.expected.yaml").write_text(
        "documents: [ikc-vlinderboom-schoolondersteuningsplan.html]\nsector: po\nlooks_like_plan: false\n"
        "elements: {}\ncriteria: {}\nnotes:\n  document: \"School-level ondersteuningsplan of one basisschool "
        "(zorgniveaus, IB'er, groepsbesprekingen, school budget); it refers to the samenwerkingsverband's plan but "
        "is not an ondersteuningsplan of a samenwerkingsverband\"\n", encoding="utf-8")

    for k, v in report.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
