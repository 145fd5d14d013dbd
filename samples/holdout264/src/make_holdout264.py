#!/usr/bin/env python3
"""Generate the holdout264 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# block helpers: a document is a list of (kind, payload)
# ---------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(items):
    return ("ul", items)


def TABLE(rows):
    return ("table", rows)


def TITLE(lines):
    return ("title", lines)


def TOC(entries):
    return ("toc", entries)


# ---------------------------------------------------------------------------------------------
# shared filler (the prose real plans carry around the seven elements)
# ---------------------------------------------------------------------------------------------


def f_voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan sinds de invoering "
          f"van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de afronding van de Verbeteraanpak. "
          f"In de afgelopen periode hebben directeuren, intern begeleiders, leerkrachten, ouders en onze partners in "
          f"{c['region']} ons geholpen om scherp te krijgen waar we staan. We zijn trots op wat er is bereikt, maar we zien "
          f"ook dat de vraag naar ondersteuning verandert: de klassen in onze wijken zijn diverser dan ooit, er komen "
          f"ieder jaar nieuwe kinderen binnen die de Nederlandse taal nog niet spreken, en het lerarentekort raakt juist "
          f"de scholen die de meeste ondersteuning bieden."),
        P("Dit plan is geen dik beleidsdocument dat in de kast verdwijnt. We hebben geprobeerd in gewone taal op te "
          "schrijven wat scholen, ouders en gemeenten van het samenwerkingsverband kunnen verwachten en wat wij van hen "
          "vragen. Waar dat nodig is verwijzen we naar het jaarplan, dat elk jaar met de ondersteuningsplanraad wordt "
          "besproken. Ik dank iedereen die heeft meegelezen, meegedacht en soms ook stevig heeft meegediscussieerd. "
          "Dat was nodig, want passend onderwijs maak je samen."),
        P(f"{c['director']}, directeur-bestuurder"),
    ]


def f_context(c):
    return [
        H1("Ons samenwerkingsverband in cijfers en woorden"),
        P(f"{c['name']} (registratienummer {c['code']}) is een stichting waarin {c['boards']} schoolbesturen samenwerken. "
          f"Het werkgebied omvat {c['gemeenten']}. In het gebied staan {c['schools']} scholen. Op de teldatum 1 oktober 2024 "
          f"telden we {c['pupils']} leerlingen. Het gebied is volop in beweging: er wordt gebouwd, nieuwe wijken trekken "
          f"jonge gezinnen aan, en in de oudere wijken blijven de leerlingaantallen op sommige scholen teruglopen."),
        P(f"Onze leerlingpopulatie is meertalig. Op veel scholen spreekt meer dan de helft van de kinderen thuis een andere "
          f"taal dan het Nederlands; de grootste taalgroepen zijn {c['languages']}. Ieder jaar komen er enkele honderden "
          f"nieuwkomers bij, onder wie kinderen uit asielzoekersgezinnen, arbeidsmigranten uit Midden- en Oost-Europa en "
          f"gezinnen uit Oekraïne. Voor scholen betekent dit dat taalonderwijs, het leren kennen van gezinnen en het "
          f"samenwerken met tolken en wijkteams tot het dagelijkse werk horen. Ook de sociaaleconomische verschillen "
          f"tussen wijken zijn groot: in een deel van het gebied groeit een op de vier kinderen op in een gezin met een "
          f"laag inkomen, terwijl in andere delen de druk vooral uit hoge verwachtingen bestaat."),
        P("Deze gegevens zijn van belang voor het lezen van dit plan. Ondersteuning in onze regio gaat niet alleen over "
          "kinderen met een diagnose, maar ook over kinderen die door taal, armoede, een onderbroken schoolloopbaan of "
          "ingrijpende gebeurtenissen een achterstand hebben opgelopen. Het onderscheid tussen wat een school "
          "sowieso doet en wat extra is, vraagt daarom veel overleg."),
    ]


def f_visie(c, parents=True):
    return [
        H1("Missie, visie en ambities"),
        H2("Missie"),
        P(f"{c['short']} zorgt er samen met de aangesloten besturen voor dat ieder kind in {c['region']} onderwijs krijgt "
          "dat past bij wat het kan en nodig heeft, zo dicht mogelijk bij huis. Wij geloven dat kinderen het meest leren "
          "in een groep met leeftijdgenoten uit hun eigen buurt, en dat een school die goed aansluit bij de thuissituatie "
          "van een kind meer bereikt dan de beste voorziening op afstand."),
        H2("Visie"),
        P("Onze visie rust op drie pijlers. De eerste is dat ondersteuning begint in de klas: de leerkracht is de "
          "belangrijkste professional voor ieder kind. " + ("De tweede is dat ouders de deskundigen zijn over hun eigen kind en "
          "dat school en ouders elkaar nodig hebben. " if parents else "De tweede is dat scholen veel van elkaar kunnen "
          "leren en dat expertise niet binnen de muren van één school hoeft te blijven. ") + "De derde is dat meertaligheid een rijkdom is en geen probleem; een "
          "kind dat thuis Arabisch, Pools of Papiaments spreekt, heeft een talige bagage waarop het onderwijs kan "
          "voortbouwen. Vanuit deze pijlers willen we dat scholen handelingsgericht werken, dat zij de onderwijsbehoeften "
          "van kinderen centraal stellen en dat zij vroeg signaleren."),
        P("Daarnaast vinden we dat het samenwerkingsverband dienstbaar moet zijn aan de scholen. Wij zijn geen extra "
          "bestuurslaag maar een netwerkorganisatie die expertise deelt, middelen beschikbaar stelt en helpt als het even "
          "niet lukt. We willen minder papier en meer gesprek. Dat klinkt eenvoudig; in de praktijk vraagt het dat we "
          "onze eigen processen kritisch blijven bekijken."),
    ]


def f_governance(c, parents_in_opr=True):
    opr = ("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf personeelsleden en vijf ouders, afgevaardigd "
           "door de medezeggenschapsraden van de aangesloten scholen. " if parents_in_opr else
           "De ondersteuningsplanraad (OPR) bestaat uit tien leden die door de medezeggenschapsraden van de aangesloten "
           "scholen worden afgevaardigd. ")
    return [
        H1("Organisatie en governance"),
        P(f"{c['short']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder, die verantwoording "
          "aflegt aan de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie worden voorgedragen "
          "door de aangesloten schoolbesturen en twee onafhankelijk zijn. De schoolbesturen komen vier keer per jaar bijeen "
          "in de algemene vergadering van aangesloten besturen, waarin het jaarplan en de begroting worden besproken "
          "voordat de raad van toezicht deze goedkeurt. Het bestuur hanteert de Code Goed Bestuur in het " + c.get("sectornaam", "primair onderwijs") + "."),
        P(opr + "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer "
          "per jaar met de directeur-bestuurder. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad "
          "voor het personeel van het bureau."),
        P("Het bureau van het samenwerkingsverband is klein. Naast de directeur-bestuurder werken er een "
          "beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), een secretaresse, de "
          "medewerkers van het loket en een team van ondersteuners en orthopedagogen. De meeste ondersteuners zijn "
          "gedetacheerd vanuit de aangesloten besturen, zodat de kennis dicht bij de scholen blijft."),
    ]


def f_oogo(c, content=True):
    blocks = [H1("Samenwerking met gemeenten")]
    blocks.append(P(f"Het op overeenstemming gericht overleg (OOGO) over dit plan is gevoerd met de colleges van {c['gemeenten']}. "
                    f"Het overleg vond plaats op {c['oogo_date']}; de gemeenten hebben het concept besproken en schriftelijk "
                    "ingestemd. De overlegprocedure, inclusief de regeling voor het geval partijen het niet eens worden, is "
                    "vastgelegd in een afsprakenkader dat eens per vier jaar wordt herzien."))
    if content:
        blocks.append(P("Met de gemeenten hebben we afgesproken dat de wijkteams en de scholen elkaar vroeg weten te vinden. "
                        "Op iedere school is een vaste contactpersoon van het wijkteam of het jeugd- en gezinsteam "
                        "beschikbaar, en de gemeenten financieren samen met ons een aantal onderwijs-zorgarrangementen "
                        "waarin jeugdhulp onder schooltijd wordt gegeven. Andere gezamenlijke thema's zijn "
                        "leerlingenvervoer, onderwijshuisvesting, de aanpak van kinderarmoede en de voorschoolse educatie."))
    else:
        blocks.append(P("De gemeenten gaven aan dat zij het plan leesbaar vonden. Zij vroegen aandacht voor het tijdig "
                        "aanleveren van stukken; die opmerking nemen wij ter harte bij het volgende overleg."))
    return blocks


def f_personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("Het lerarentekort raakt ook onze regio hard. Vooral in de wijken met de grootste ondersteuningsvraag staan "
          "groepen geregeld zonder bevoegde leerkracht. Dat heeft gevolgen voor passend onderwijs: een invaller die de "
          "kinderen niet kent, kan minder goed signaleren en afstemmen. We willen de scholen daarom niet belasten met "
          "nieuwe procedures, maar juist ondersteunen met praktische hulp in de klas."),
        P("Het samenwerkingsverband organiseert ieder jaar een scholingsaanbod voor leerkrachten, intern begeleiders en "
          "directeuren. Thema's zijn onder meer omgaan met gedrag, traumasensitief lesgeven, meertaligheid in de klas, "
          "werken met een ontwikkelingsperspectief en het voeren van gesprekken met ouders met een andere culturele "
          "achtergrond. De netwerken van intern begeleiders komen vijf keer per jaar bij elkaar. We werken hierbij "
          "samen met de " + c.get("opleiding", "pabo's") + " in de regio, zodat studenten al tijdens hun opleiding kennismaken met passend onderwijs."),
        P("Voor het personeel van het bureau geldt de cao " + c.get("sectornaam", "primair onderwijs") + ". De formatie van het bureau wordt jaarlijks "
          "vastgesteld bij de begroting. Het bureau werkt met een gesprekkencyclus en een scholingsplan."),
    ]


def f_ict(c):
    return [
        H1("Privacy en digitale systemen"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen om zijn wettelijke taken uit te voeren. "
          "Daarbij houden we ons aan de Algemene verordening gegevensbescherming. Gegevens over de gezondheid van "
          "leerlingen verwerken we alleen voor zover dat nodig is voor het toekennen van ondersteuning en het beoordelen "
          "van aanvragen. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd."),
        P("Aanvragen worden digitaal ingediend via een beveiligd portaal. Alleen medewerkers die een dossier nodig hebben "
          "voor hun werk hebben toegang. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die gedeeld "
          "wordt met twee andere samenwerkingsverbanden. Datalekken worden gemeld volgens het protocol dat op het bureau "
          "beschikbaar is."),
    ]


def f_procesplan(c, parents=True):
    return [
        H1("Totstandkoming van dit plan"),
        P(f"Het plan is in de loop van 2024 voorbereid met een werkgroep van directeuren en intern begeleiders. In "
          + ("drie rondetafelgesprekken hebben ouders, leerkrachten en partners uit de jeugdhulp hun ervaringen gedeeld. " if parents
           else "drie bijeenkomsten hebben leerkrachten en schoolleiders hun ervaringen gedeeld. ")
          + f"Het concept is besproken in de algemene vergadering van aangesloten besturen. Het OOGO met de gemeenten vond "
          f"plaats op {c['oogo_date']}. De ondersteuningsplanraad stemde in op {c['opr_date']}. Het plan is vastgesteld "
          f"door de directeur-bestuurder op {c['vast_date']} en daarna voor 1 mei aan de Inspectie van het Onderwijs "
          "toegezonden."),
        P("Het plan geldt voor de schooljaren die in de titel staan, van 1 augustus tot en met 31 juli. Wijzigingen "
          "tijdens de planperiode worden aan de ondersteuningsplanraad voorgelegd. Elk jaar stellen we een jaarplan "
          "op waarin de activiteiten voor dat schooljaar staan."),
    ]


def f_nieuwkomers_context(c):
    return [
        H2("Meertaligheid en nieuwkomers"),
        P("Een groot deel van de kinderen in onze regio groeit meertalig op. Dat vraagt van leerkrachten dat zij "
          "onderscheid kunnen maken tussen een taalachterstand en een leer- of ontwikkelingsprobleem. In de praktijk "
          "wordt dat onderscheid niet altijd goed gemaakt; kinderen die nog maar kort Nederlands leren worden soms te "
          "snel aangemeld voor onderzoek, en kinderen met een echte ontwikkelingsvraag worden soms te lang gezien als "
          "'kinderen die de taal nog moeten leren'. We vinden dat beide fouten voorkomen moeten worden."),
        P("Ouders van nieuwkomers kennen het Nederlandse onderwijssysteem vaak nog niet. Begrippen als intern begeleider, "
          "groepsplan of ontwikkelingsperspectief zeggen hun weinig. Scholen werken daarom met tolken, "
          "sleutelfiguren uit de gemeenschappen en ouderconsulenten. Het samenwerkingsverband wil dit werk in deze "
          "planperiode beter zichtbaar maken en kennis hierover tussen scholen delen."),
    ]


def f_pl_planning(c):
    return [
        H1("Planning en ontwikkelagenda"),
        P("Naast het vaste werk hebben we voor de planperiode een ontwikkelagenda opgesteld. De onderwerpen zijn "
          "gekozen op basis van de gesprekken met scholen en partners. Per jaar werken we de activiteiten uit in het "
          "jaarplan."),
        TABLE([["Schooljaar", "Ontwikkelpunt"],
               ["2025-2026", "Vernieuwen van het digitale aanvraagportaal; scholing meertaligheid voor intern begeleiders"],
               ["2026-2027", "Herijking samenwerking met de jeugd- en gezinsteams; pilot met een gezamenlijke inloop voor ouders"],
               ["2027-2028", "Voorbereiding volgende planperiode; evaluatie van de netwerken"],
               ["2028-2029", "Opstellen nieuw ondersteuningsplan"]]),
    ]


def f_thuiszitters_full(c):
    return [
        H2("Thuiszitters en kinderen zonder passende plek"),
        P("Geen kind hoort thuis te zitten. Toch gebeurt het in onze regio nog steeds dat kinderen weken of maanden geen "
          "onderwijs krijgen. Iedere school meldt een leerling die langer dan vier weken niet of nauwelijks naar school "
          "gaat binnen vijf werkdagen bij de leerplichtambtenaar en bij het loket van het samenwerkingsverband. De "
          "ondersteuner van het samenwerkingsverband organiseert dan binnen twee weken een overleg met school, ouders, "
          "leerplicht en waar nodig het wijkteam, en er wordt een plan gemaakt met een datum waarop het kind weer "
          "(gedeeltelijk) onderwijs krijgt."),
        P("Lukt het niet om binnen zes weken een passende plek te vinden, dan schaalt de ondersteuner op naar de "
          "directeur-bestuurder. Die heeft met de besturen afgesproken dat hij in dat geval een school kan aanwijzen die "
          "het kind tijdelijk plaatst ('doorzettingsmacht'). Het aantal thuiszitters, vrijstellingen en kinderen op een "
          "wachtlijst wordt drie keer per jaar samen met de gemeenten besproken in het thuiszittersoverleg. Zo zien we "
          "waar het aanbod tekortschiet en welke voorziening er bij moet komen."),
    ]



def f_landelijk(c):
    return [
        H1("Landelijke ontwikkelingen"),
        P("Dit plan is geschreven in een periode waarin er landelijk veel verandert. Na de evaluatie van passend "
          "onderwijs in 2020 heeft de minister een verbeteraanpak ingezet met vijfentwintig maatregelen. Een deel daarvan "
          "is inmiddels uitgevoerd, zoals de afbouw van hoge reserves bij samenwerkingsverbanden en de versterking van de "
          "rol van de ondersteuningsplanraad. Andere maatregelen lopen nog, zoals de landelijke norm voor de "
          "basisondersteuning en de ontwikkeling naar inclusiever onderwijs in 2035."),
        P("Daarnaast heeft de Tweede Kamer ingestemd met een wet die de positie van ouders en leerlingen in het passend "
          "onderwijs versterkt. Ook zijn de regels rond vrijstellingen van de leerplicht aangescherpt. Voor het "
          "samenwerkingsverband betekenen deze ontwikkelingen dat dit plan tussentijds kan worden aangepast. Wij volgen "
          "de landelijke ontwikkelingen via de " + c.get("raad", "PO-Raad") + ", het Steunpunt Passend Onderwijs en de regionale overleggen van "
          "samenwerkingsverbanden, en bespreken de gevolgen met de besturen zodra daar aanleiding toe is."),
        P("Tot slot speelt de krapte op de arbeidsmarkt, die niet alleen het onderwijs maar ook de jeugdzorg en de "
          "kinderopvang raakt. Wachttijden bij de jeugd-ggz zijn in onze regio opgelopen tot meer dan een half jaar. "
          "Dat heeft gevolgen voor scholen, die langer met vragen blijven zitten waar zij zelf niet voor zijn toegerust."),
    ]


def f_kansengelijkheid(c):
    return [
        H1("Kansengelijkheid"),
        P("In een deel van onze wijken groeien veel kinderen op in armoede. Dat zien scholen elke dag: kinderen die "
          "zonder ontbijt naar school komen, gezinnen die krap wonen, ouders die met schulden kampen. Kinderen die "
          "zich zorgen maken over thuis, leren minder goed. Het samenwerkingsverband is geen armoedebestrijder, maar "
          "we willen wel dat scholen weten waar zij met deze signalen terechtkunnen."),
        P("Veel scholen doen mee aan het programma schoolmaaltijden, hebben een verlengde schooldag of bieden een "
          "zomerschool aan. Deze programma's worden bekostigd uit andere middelen dan de ondersteuningsmiddelen, zoals "
          "de middelen voor onderwijsachterstandenbeleid en de gemeentelijke budgetten. Het samenwerkingsverband "
          "brengt scholen met elkaar in contact, zodat goede voorbeelden snel worden gedeeld. In onze netwerken is "
          "kansengelijkheid een vast thema."),
    ]


def f_opr_werkwijze(c):
    return [
        H1("Medezeggenschap"),
        P("De ondersteuningsplanraad is voor ons een belangrijke gesprekspartner. De leden krijgen aan het begin van hun "
          "zittingstermijn een scholing over passend onderwijs en over hun rechten. De raad heeft een eigen budget voor "
          "ondersteuning door een externe adviseur. De raad stelt jaarlijks een activiteitenplan op en brengt "
          "verslag uit van zijn werkzaamheden. De vergaderingen zijn openbaar, tenzij de raad anders besluit."),
        P("Tussen de vergaderingen door heeft de voorzitter van de raad eens per zes weken een gesprek met de "
          "directeur-bestuurder. Zo blijven beide op de hoogte van wat er speelt. Bij een verschil van mening over de "
          "uitleg van het reglement kan de raad zich wenden tot de Landelijke Commissie voor Geschillen WMS."),
    ]


def f_kennisdeling(c):
    return [
        H1("Kennisdeling en netwerken"),
        P("Een van de sterke punten van ons samenwerkingsverband is dat scholen van elkaar leren. In de "
          "afgelopen jaren zijn netwerken ontstaan rond gedrag, jonge kind, meertaligheid en hoogbegaafdheid. De "
          "netwerken worden gedragen door de scholen zelf; het samenwerkingsverband faciliteert met ruimte, "
          "een coördinator en een klein budget. Elk netwerk komt vier tot zes keer per jaar bij elkaar."),
        P("Daarnaast organiseren we twee keer per jaar een studiemiddag voor alle intern begeleiders en eens per "
          "jaar een conferentie voor directeuren en bestuurders. Op de conferentie van 2024 stond de vraag centraal "
          "hoe scholen omgaan met de toegenomen werkdruk bij intern begeleiders. Uit die conferentie is een "
          "werkgroep voortgekomen die voorstellen doet om administratieve lasten te verminderen, bijvoorbeeld door "
          "formulieren te schrappen en dossiers te vereenvoudigen."),
        P("Ook de samenwerking met de opleidingen is een vorm van kennisdeling. Studenten van de " + c.get("opleiding", "pabo") + " lopen stage op "
          "scholen met een grote ondersteuningsvraag, en enkele intern begeleiders geven gastlessen."),
    ]


def f_po_vo(c):
    return [
        H1("De overstap naar het voortgezet onderwijs"),
        P("Ieder jaar maken ongeveer tweeduizend leerlingen in ons gebied de overstap naar het voortgezet onderwijs. "
          "Voor de meeste kinderen gaat dat goed. Voor kinderen met een ondersteuningsbehoefte is een zorgvuldige "
          "overdracht van groot belang. De basisscholen en de scholen voor voortgezet onderwijs werken met een "
          "gezamenlijke overstapprocedure en een digitaal overdrachtsdossier."),
        P("In het voorjaar vinden warme overdrachtsgesprekken plaats tussen de leerkracht van groep 8 en de mentor of "
          "zorgcoördinator van de nieuwe school. Het samenwerkingsverband VO in de regio is daarbij onze vaste partner; "
          "twee keer per jaar is er een bestuurlijk overleg tussen beide samenwerkingsverbanden."),
    ]


def f_bureau(c):
    return [
        H1("Het bureau en het loket"),
        P("Het bureau van het samenwerkingsverband is gevestigd in een bedrijfsverzamelgebouw nabij het station. Het "
          "loket is op werkdagen van 8.30 tot 16.30 uur bereikbaar voor scholen. De medewerkers van het loket "
          "beantwoorden vragen over aanvragen, registreren binnenkomende dossiers en bewaken de termijnen. Vragen "
          "van scholen worden binnen twee werkdagen beantwoord."),
        P("Het bureau werkt met een klein vast team en een flexibele schil. In de planperiode willen we het aantal "
          "vaste medewerkers gelijk houden en de inzet van externe adviseurs beperken. De kosten van het bureau zijn "
          "de afgelopen jaren stabiel gebleven."),
    ]


def f_vo_mbo(c):
    return [
        H1("Aansluiting op het mbo en de arbeidsmarkt"),
        P("Voor leerlingen in het vmbo, het praktijkonderwijs en het vso is een goede overstap naar vervolgonderwijs of "
          "werk van groot belang. De scholen werken met loopbaanoriëntatie en -begeleiding vanaf het eerste leerjaar. "
          "Met de mbo-instellingen in de regio zijn afspraken gemaakt over overdracht van dossiers en over "
          "meeloopdagen. Voor jongeren die dreigen uit te vallen is er de regionale aanpak voortijdig schoolverlaten."),
        P("Het praktijkonderwijs en het vso werken nauw samen met werkgevers in de regio. Leerlingen lopen stage in "
          "de zorg, de logistiek, de horeca en de techniek. Het samenwerkingsverband ondersteunt deze samenwerking "
          "door een netwerk van stagecoördinatoren te faciliteren."),
    ]


def f_isk(c):
    return [
        H1("Nieuwkomers in het voortgezet onderwijs"),
        P("Jaarlijks komen in onze regio zo'n 350 jongeren tussen 12 en 18 jaar aan die nog geen Nederlands spreken. "
          "Zij starten in een van de twee internationale schakelklassen. Daar leren zij in één tot twee jaar de "
          "Nederlandse taal en worden zij voorbereid op het regulier voortgezet onderwijs, het mbo of werk. Veel "
          "ISK-leerlingen hebben ingrijpende ervaringen achter de rug en een onderbroken schoolloopbaan."),
        P("De ISK's zijn geen onderdeel van het ondersteuningsbudget van het samenwerkingsverband; zij worden bekostigd "
          "via de regeling voor eerste opvang van nieuwkomers. Het samenwerkingsverband ziet wel een taak bij de "
          "doorstroom: mentoren in het regulier onderwijs weten vaak onvoldoende hoe zij deze leerlingen kunnen "
          "begeleiden. Daarom organiseren we scholing en een netwerk van ISK-contactpersonen."),
    ]


def f_begrippen(entries):
    return [H1("Begrippenlijst"), TABLE([["Begrip", "Betekenis"]] + entries)]


def f_afkortingen(entries):
    return [H1("Lijst van afkortingen"), TABLE([["Afkorting", "Betekenis"]] + entries)]


STD_BEGRIPPEN = [
    ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, inzet en duur."],
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
    ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
    ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so."],
    ["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling geen onderwijs volgt."],
    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
]

STD_AFK = [
    ["CvT", "Commissie van Toelaatbaarheid"], ["IB", "intern begeleider"], ["OJSP", "ouder- en jeugdsteunpunt"],
    ["OOGO", "op overeenstemming gericht overleg"], ["OPP", "ontwikkelingsperspectiefplan"],
    ["OPR", "ondersteuningsplanraad"], ["SBO", "speciaal basisonderwijs"], ["SO", "speciaal onderwijs"],
    ["SOP", "schoolondersteuningsprofiel"], ["TLV", "toelaatbaarheidsverklaring"], ["NT2", "Nederlands als tweede taal"],
]


# ---------------------------------------------------------------------------------------------
# Plan 1: PO, Haaglanden-Zuid (docx)
# ---------------------------------------------------------------------------------------------
C1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Haaglanden-Zuid", short="SPPO Haaglanden-Zuid",
          code="PO 28-31", period="2025-2029", region="Rijswijk, Den Haag-Zuidwest en Leidschendam",
          gemeenten="Den Haag, Rijswijk en Leidschendam-Voorburg", boards=11, schools=74, pupils="21.480",
          languages="Turks, Arabisch, Pools, Bulgaars, Papiaments, Engels en Oekraïens",
          director="M. El Idrissi", oogo_date="11 februari 2025", opr_date="18 maart 2025", vast_date="25 maart 2025")


def plan1():
    c = C1
    b = [TITLE([c['name'], f"Ondersteuningsplan {c['period']}", "Samen sterk voor ieder kind", f"Registratienummer {c['code']}"]),
         TOC(["Voorwoord", "1 Ons samenwerkingsverband in cijfers en woorden", "2 Missie, visie en ambities",
              "3 Wat iedere school biedt: basisondersteuning", "4 Extra ondersteuning en het dekkend aanbod",
              "5 Toelaatbaarheid en terugplaatsing", "6 Geld en middelen", "7 Kwaliteit en resultaten",
              "8 Communicatie", "9 Samenwerking met gemeenten", "10 Organisatie en governance",
              "11 Personeel en professionalisering", "12 Privacy en digitale systemen", "13 Planning",
              "Bijlage A Begrippenlijst", "Bijlage B Lijst van afkortingen"])]
    b += f_voorwoord(c) + f_context(c) + f_nieuwkomers_context(c) + f_visie(c)
    b += [
        H1("Wat iedere school biedt: basisondersteuning"),
        P("De besturen in ons samenwerkingsverband hebben samen vastgesteld wat iedere school, op iedere locatie, "
          "minimaal biedt. Dit noemen we de basisondersteuning. Het is geen streefbeeld maar een ondergrens: een school "
          "die hieraan niet voldoet, krijgt begeleiding van het samenwerkingsverband om binnen een jaar op niveau te "
          "komen. Ouders mogen ervan uitgaan dat zij op elke school in ons gebied het volgende aantreffen."),
        UL(["een intern begeleider met ten minste één dag per week per 200 leerlingen, die groepsbesprekingen en "
            "leerlingbesprekingen leidt;",
            "een aanpak voor dyslexie en dyscalculie volgens de landelijke protocollen, inclusief de aanvraag van "
            "vergoede diagnostiek;",
            "taalonderwijs voor kinderen die Nederlands als tweede taal leren, met een NT2-leerlijn en een "
            "taalcoördinator op iedere school met meer dan 25 procent meertalige leerlingen;",
            "een programma voor sociale veiligheid en een gedragsprotocol, met een aanspreekpunt pesten;",
            "aanbod voor kinderen die meer aankunnen (verrijking en compacten) in de eigen groep;",
            "afspraken over medisch handelen en een toegankelijk gebouw of een plan hoe de school dit oplost;",
            "handelingsgericht werken: de school stelt voor iedere leerling met een ondersteuningsvraag een plan op, "
            "bespreekt dit met ouders en evalueert het minimaal twee keer per jaar;",
            "een vaste contactpersoon van het wijkteam en een ondersteuningsteam waarin ook de ondersteuner van het "
            "samenwerkingsverband zitting heeft."]),
        P("Iedere school beschrijft in haar schoolgids hoe zij deze basisondersteuning invult. Eens per twee jaar voert "
          "het samenwerkingsverband met iedere school een gesprek aan de hand van de kwaliteitskaart basisondersteuning. "
          "Blijkt een school op onderdelen onder de ondergrens te zitten, dan maken bestuur en samenwerkingsverband een "
          "verbeterplan met een termijn van uiterlijk één schooljaar."),
        H1("Extra ondersteuning en het dekkend aanbod"),
        P("Waar de basisondersteuning niet genoeg is, volgt extra ondersteuning. Ons aanbod is opgebouwd in lagen die op "
          "elkaar aansluiten. In de eerste laag zet de school de eigen basisondersteuning in. In de tweede laag kan de "
          "school een arrangement aanvragen: een ondersteuner of specialist komt tijdelijk in de groep, of de leerling "
          "krijgt een individueel programma. In de derde laag zijn er bovenschoolse voorzieningen: twee "
          "nieuwkomersscholen en vijf nieuwkomersgroepen voor kinderen die korter dan een jaar in Nederland zijn, een "
          "observatiegroep voor jonge kinderen met een onduidelijke ontwikkelingsvraag, een voltijds "
          "hoogbegaafdheidsklas en twee taal-ontwikkelingsgroepen. In de vierde laag gaat het om het speciaal "
          "basisonderwijs (drie scholen) en het speciaal onderwijs cluster 3 en 4 (vier scholen in en direct rond het "
          "gebied)."),
        P("Om te weten of dit aanbod voldoende is, maken we ieder voorjaar een analyse van wachtlijsten, aanvragen die "
          "niet konden worden toegekend, leerlingen die buiten de regio zijn geplaatst en thuiszitters. De uitkomst wordt "
          "besproken met de besturen en leidt, waar een tekort zichtbaar is, tot een besluit over een nieuwe of "
          "uitgebreide voorziening. Zo is in 2024 de tweede observatiegroep gestart nadat bleek dat jonge kinderen "
          "gemiddeld vijf maanden op een plek wachtten."),
    ] + f_thuiszitters_full(c) + [
        H1("Toelaatbaarheid en terugplaatsing"),
        H2("De aanvraag"),
        P("Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
          "aangevraagd door het bestuur van de school waar het kind staat ingeschreven. De school levert via het portaal "
          "het groeidocument aan, met daarin het ontwikkelingsperspectief, de inzet van de afgelopen periode en de "
          "zienswijze van de ouders. Het loket controleert binnen vijf werkdagen of het dossier compleet is. De "
          "Commissie van Toelaatbaarheid (CvT) neemt binnen zes weken na ontvangst van het complete dossier een besluit."),
        H2("Wanneer is een kind toelaatbaar?"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer de school aantoonbaar gedurende ten minste "
          "twee cycli van handelingsgericht werken de basisondersteuning en een arrangement heeft ingezet, de "
          "ontwikkeling desondanks stagneert, en het kind naar verwachting meer baat heeft bij kleinere groepen en een "
          "meer specialistische aanpak. Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 wanneer het "
          "daarnaast een structurele ondersteuningsbehoefte heeft op het gebied van leren, gedrag of lichamelijke "
          "gezondheid die niet binnen een reguliere setting, ook niet met een arrangement, kan worden geboden. Een "
          "taalachterstand als gevolg van een korte verblijfsduur in Nederland is op zichzelf geen grond voor "
          "toelaatbaarheid."),
        H2("Deskundigen, duur en bezwaar"),
        P("Over iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de "
          "vraag, een jeugdarts, maatschappelijk werker of kinderpsychiater. Zij brengen ieder een eigen schriftelijk "
          "advies uit en zijn niet betrokken geweest bij de aanvraag. Een TLV voor het sbo geldt in de regel tot het einde "
          "van de basisschoolperiode; een TLV voor het so wordt afgegeven voor twee schooljaren, in categorie laag, midden "
          "of hoog. Ouders ontvangen een afschrift van de adviezen. Tegen het besluit kunnen ouders binnen zes weken "
          "bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen."),
        H2("Terug naar de basisschool"),
        P("Het samenwerkingsverband vindt dat een plaatsing in het speciaal (basis)onderwijs geen eindstation hoeft te "
          "zijn. Waar het kan, keert een kind terug naar een reguliere school, bij voorkeur in de eigen wijk. Voorwaarde "
          "is dat de ontvangende school de ondersteuning kan bieden die in het ontwikkelingsperspectief staat. Na de "
          "overstap krijgt de leerling gedurende een half jaar begeleiding van een ambulant begeleider van de sbo- of "
          "so-school, betaald uit een terugplaatsingsarrangement van het samenwerkingsverband."),
        P("Hoe het traject richting terugplaatsing precies loopt, welke momenten daarvoor in het schooljaar worden "
          "gebruikt en wie daarover beslist, werken we in het eerste planjaar samen met de directies van de sbo- en "
          "so-scholen uit tot een gezamenlijk stappenplan."),
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de "
          "afdrachten voor het speciaal onderwijs en de groeibekostiging van het speciaal basisonderwijs blijft er een "
          "bedrag over dat we verdelen. De verdeling gaat als volgt: ieder bestuur ontvangt per leerling "
          "(teldatum 1 oktober) een bedrag van € 142 als schoolbudget, plus een vaste voet van € 7.500 per locatie. "
          "Scholen met een hoge gewichtenscore ontvangen daarnaast € 45 per gewogen leerling. De arrangementen en "
          "bovenschoolse voorzieningen worden centraal bekostigd. Het bestuur van het samenwerkingsverband stelt de "
          "bedragen jaarlijks vast bij de begroting, na advies van de algemene vergadering."),
        P("Besturen besteden het schoolbudget aan de basisondersteuning en de eerste lijn van extra ondersteuning, zoals "
          "de inzet van intern begeleiders, taalspecialisten en onderwijsassistenten. Zij verantwoorden de besteding "
          "jaarlijks in een korte rapportage die het samenwerkingsverband opvraagt voor 1 maart."),
        TABLE([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Rijksbijdrage ondersteuning", "19.850", "19.610", "19.420", "19.300"],
               ["Afdrachten so en groeibekostiging sbo", "-6.940", "-6.880", "-6.850", "-6.820"],
               ["Schoolbudgetten besturen", "4.210", "4.170", "4.130", "4.100"],
               ["Arrangementen", "2.650", "2.650", "2.600", "2.600"],
               ["Bovenschoolse voorzieningen (incl. nieuwkomers)", "3.480", "3.480", "3.450", "3.420"],
               ["Sbo (boven de 2%)", "1.540", "1.520", "1.500", "1.480"],
               ["Bureau en loket", "1.080", "1.090", "1.100", "1.110"],
               ["Resultaat", "-50", "-180", "-210", "-230"]]),
        P("Het samenwerkingsverband houdt een weerstandsvermogen aan dat niet hoger is dan de signaleringswaarde van de "
          "Inspectie. De reserve boven die waarde is in 2023 afgebouwd; de negatieve resultaten in de tabel worden "
          "gedekt uit de resterende bestemmingsreserve voor de nieuwkomersvoorzieningen."),
        H1("Kwaliteit en resultaten"),
        P("Het samenwerkingsverband wil een lerende organisatie zijn. We vinden het belangrijk dat we kunnen laten zien "
          "wat passend onderwijs kinderen oplevert. De afgelopen jaren zijn de resultaten van onze inspanningen "
          "vooral besproken in de netwerken van intern begeleiders en in de vergaderingen van de besturen."),
        P("Welke resultaten we in deze planperiode precies willen bereiken, leggen we vast in een koersnotitie die in "
          "het najaar van 2025 aan de algemene vergadering wordt voorgelegd. Ook de manier waarop we die resultaten "
          "gaan volgen, maakt deel uit van die notitie."),
        H1("Communicatie"),
        P("Een goed samenwerkingsverband is zichtbaar. We communiceren met scholen via de nieuwsbrief voor intern "
          "begeleiders en directeuren, die zes keer per jaar verschijnt, en via de netwerkbijeenkomsten."),
        P("Ouders vinden op onze website een ouderpagina met uitleg over de basisondersteuning, de arrangementen, de "
          "bovenschoolse voorzieningen en de weg naar het speciaal (basis)onderwijs. De belangrijkste informatie is "
          "beschikbaar in het Nederlands, Engels, Turks, Arabisch, Pools en Oekraïens. Iedere school reikt bij de "
          "inschrijving de folder 'Wat mag u verwachten?' uit, en twee keer per jaar houden we een ouderavond in een "
          "wijkcentrum, met tolken. Scholen kunnen bij gesprekken met ouders kosteloos een tolk inzetten via het "
          "samenwerkingsverband."),
        P("Hebben ouders vragen, of lopen zij vast in het contact met school of samenwerkingsverband, dan kunnen zij "
          "terecht bij het Ouder- en Jeugdsteunpunt Haaglanden, een onafhankelijke organisatie die niet door de scholen "
          "wordt aangestuurd. De medewerkers denken mee, gaan mee naar gesprekken en kunnen verwijzen naar de "
          "Onderwijsconsulenten. Bij een klacht over het samenwerkingsverband geldt onze klachtenregeling; bij een geschil "
          "over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders naar de Geschillencommissie "
          "passend onderwijs."),
    ]
    b += f_oogo(c) + f_governance(c) + f_personeel(c) + f_ict(c) + f_pl_planning(c) + f_procesplan(c)
    b += f_begrippen(STD_BEGRIPPEN) + f_afkortingen(STD_AFK)
    return b


LABEL1 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 'Wat iedere school biedt': ondergrens for every location + bullet list; borging via kwaliteitskaart.",
           "plaatsing": "Ch. 'Toelaatbaarheid en terugplaatsing': loket/CvT 6 weeks, criteria sbo/so, two deskundigen, duration, LBT bezwaar.",
           "terugstroom": "Policy + support after return (half-year AB) inside the TLV chapter; the procedure is deferred ('werken we in het eerste planjaar uit').",
           "financien": "Under 'Geld en middelen': per-leerling/vaste voet verdeelmodel and meerjarenbegroting table 2025-2028.",
           "dekkend-aanbod": "Layered continuum incl. nieuwkomers/observatiegroep/HB; yearly gap analysis + thuiszitters escalation.",
           "resultaten": "Ch. 'Kwaliteit en resultaten' only defers both goals and monitoring to a 2025 koersnotitie.",
           "ouders": "Inside 'Communicatie': ouderpagina in 6 languages, folder, ouderavonden; independent OJSP Haaglanden + Onderwijsconsulenten."},
)


# ---------------------------------------------------------------------------------------------
# Plan 2: PO, Amstel-Noord (docx) -- thin plan
# ---------------------------------------------------------------------------------------------
C2 = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Amstel-Noord", short="SWV Amstel-Noord",
          code="PO 27-14", period="2025-2029", region="Amsterdam-Nieuw-West en Amstelveen-Noord",
          gemeenten="Amsterdam (stadsdeel Nieuw-West) en Amstelveen", boards=8, schools=52, pupils="15.930",
          languages="Arabisch (Marokkaans-Arabisch), Tamazight, Turks, Engels, Portugees en Tigrinya",
          director="J. de Koning-Bakker", oogo_date="28 januari 2025", opr_date="4 maart 2025", vast_date="13 maart 2025")


def plan2():
    c = C2
    b = [TITLE([c['name'], "Ondersteuningsplan", c['period'], "Versie ter instemming OPR, februari 2025"]),
         TOC(["1 Inleiding", "2 Context", "3 Missie en visie", "4 Basisondersteuning", "5 Ondersteuningsaanbod en dekkend netwerk",
              "6 Toewijzing: toelaatbaarheid, verlenging en terugkeer", "7 Financiën", "8 Doelen en resultaten",
              "9 Ouders en communicatie", "10 Governance", "11 Samenwerking gemeenten", "12 Personeel",
              "Bijlagen: begrippenlijst, afkortingen, meerjarenbegroting (bijlage 6)"])]
    b += [H1("Inleiding"),
          P(f"Dit is het ondersteuningsplan van {c['name']} voor de periode {c['period']}. Het plan beschrijft op "
            "hoofdlijnen hoe de aangesloten schoolbesturen samen passend onderwijs vormgeven. De uitwerking vindt plaats "
            "in jaarplannen en in de schoolgidsen van de scholen. In dit plan leest u ook hoe het samenwerkingsverband "
            "omgaat met toelaatbaarheid en met de middelen die het ontvangt. Kinderen en hun ouders staan in alles wat "
            "we doen centraal.")]
    b += [H1("Terugblik op de periode 2021-2025"),
          P("De vorige planperiode stond voor een belangrijk deel in het teken van de fusie van de twee voormalige "
            "samenwerkingsverbanden in Nieuw-West en Amstelveen-Noord tot één stichting, per 1 augustus 2021. Dat "
            "vroeg veel tijd: de statuten, de reglementen, de personeelsformatie en de ICT moesten worden samengevoegd. "
            "In 2022 is het bestuursmodel gewijzigd van een bestuur van schoolbestuurders naar een directeur-bestuurder "
            "met een raad van toezicht. Ook is het digitale aanvraagportaal ingevoerd, waardoor scholen niet langer "
            "papieren formulieren hoeven op te sturen."),
          P("Niet alles is gelukt. Een aantal voornemens uit het vorige plan is blijven liggen door de coronaperiode en "
            "door personeelswisselingen op het bureau. Scholen gaven in de evaluatie aan dat zij het samenwerkingsverband "
            "soms als bureaucratisch ervaren. In dit plan kiezen we daarom voor minder regels en kortere lijnen. De "
            "evaluatie van het vorige plan is met de besturen en de ondersteuningsplanraad besproken in het najaar van "
            "2024.")]
    b += f_context(c) + f_landelijk(c) + f_visie(c, parents=False)
    b += [
        H1("Basisondersteuning"),
        P("Onder basisondersteuning verstaan wij het door alle besturen vastgestelde minimumniveau van ondersteuning "
          "dat iedere school en iedere vestiging in ons samenwerkingsverband biedt, zonder dat daarvoor een aanvraag bij "
          "het samenwerkingsverband nodig is. Dit niveau geldt voor alle scholen gelijk, ongeacht het bestuur waartoe "
          "zij behoren. Het niveau is in 2021 door de algemene vergadering vastgesteld en in 2024 bevestigd."),
        P("Welke voorzieningen, interventies en expertise daar concreet onder vallen, is per school uitgewerkt in het "
          "schoolondersteuningsprofiel. De profielen van alle scholen zijn te raadplegen via de website van het "
          "samenwerkingsverband. Een gemeenschappelijke lijst wordt opgesteld zodra de landelijke norm "
          "basisondersteuning bekend is."),
        H1("Ondersteuningsaanbod en dekkend netwerk"),
        P("Het samenwerkingsverband wil dat er voor ieder kind een passende plek is. Het ondersteuningsaanbod in de "
          "regio is de afgelopen jaren flink veranderd en zal ook de komende jaren in beweging blijven. De inventarisatie "
          "van het aanbod en de analyse van witte vlekken zijn onderdeel van het project 'Samen dekkend', dat in het "
          "schooljaar 2025-2026 van start gaat; de uitkomsten worden na afronding in een addendum bij dit plan "
          "opgenomen."),
        H1("Toewijzing: toelaatbaarheid, verlenging en terugkeer"),
        H2("Aanvraag toelaatbaarheidsverklaring"),
        P("De aanvraag voor een toelaatbaarheidsverklaring wordt ingediend door het schoolbestuur van de school waar de "
          "leerling is ingeschreven of aangemeld. De intern begeleider vult samen met de leerkracht het groeidocument "
          "in en voegt het ontwikkelingsperspectiefplan en de verslagen van het ondersteuningsteam toe. De aanvraag "
          "gaat via het digitale portaal naar het Bureau Toewijzing. Binnen tien werkdagen neemt een consulent contact "
          "op met de school en wordt zo nodig een gesprek op school gepland. De Toewijzingscommissie, bestaande uit de "
          "manager toewijzing en twee orthopedagogen, besluit binnen zes weken na ontvangst van het volledige dossier. "
          "Het besluit wordt schriftelijk aan het bestuur bekendgemaakt."),
        P("Welke criteria de Toewijzingscommissie hanteert om te bepalen of een leerling toelaatbaar is tot het sbo of "
          "het so, wordt in de loop van het eerste planjaar opnieuw vastgesteld; tot die tijd weegt de commissie iedere "
          "aanvraag afzonderlijk."),
        H2("Verlenging en terugkeer"),
        P("Een toelaatbaarheidsverklaring heeft een einddatum. Het samenwerkingsverband gaat ervan uit dat kinderen "
          "zo mogelijk terugkeren naar een reguliere basisschool in de buurt van hun woonadres. Wij zien de sbo- en "
          "so-scholen daarom als tussenstation waar dat kan, en willen dat de terugkeer goed wordt voorbereid: een "
          "kind gaat pas over als de ontvangende school de benodigde begeleiding heeft geregeld en het kind op de "
          "s(b)o-school ten minste een half jaar stabiel heeft gefunctioneerd. De eerste zes maanden na de terugkeer houdt een begeleider van de s(b)o-school "
          "wekelijks contact met de nieuwe leerkracht en kan de ontvangende school kosteloos een arrangement inzetten."),
        P("Concreet verloopt het zo. De s(b)o-school bespreekt elk jaar in februari bij de evaluatie van het ontwikkelingsperspectief of "
          "terugkeer naar het regulier onderwijs tot de mogelijkheden behoort. In het laatste jaar van de "
          "toelaatbaarheidsverklaring doet de s(b)o-school vóór 1 maart een voorstel: terugkeer, of een aanvraag voor "
          "een nieuwe verklaring. Bij terugkeer zoekt de s(b)o-school een reguliere school en "
          "organiseert zij een warme overdracht; de Toewijzingscommissie wordt geïnformeerd en beoordeelt of een "
          "overgangsarrangement nodig is. Bij een aanvraag voor verlenging beoordeelt de commissie vóór 1 juni of "
          "voortzetting nodig is. Zonder nieuwe verklaring eindigt de plaatsing op 31 juli."),
        H1("Financiën"),
        P("De ondersteuningsmiddelen worden voor het grootste deel doorgezet naar de schoolbesturen. Het "
          "samenwerkingsverband hanteert daarvoor een verdeelmodel: na aftrek van de afdrachten aan DUO voor het so en "
          "het sbo en de kosten van het bureau ontvangt ieder bestuur een bedrag per leerling op basis van de teldatum "
          "1 oktober van het voorgaande jaar. Besturen met scholen in wijken met een hoge achterstandsscore krijgen een "
          "opslag van 20 procent op het bedrag per leerling. Het model is in 2023 door de algemene vergadering "
          "vastgesteld; de OPR is over het model geïnformeerd."),
        P("De besturen zijn vrij om de middelen in te zetten binnen de afspraken van dit plan. De meerjarenbegroting "
          "van het samenwerkingsverband is opgenomen in bijlage 6."),
        H1("Doelen en resultaten"),
        P("Voor de planperiode hebben we vier doelen geformuleerd voor kinderen die extra ondersteuning nodig hebben. "
          "In de tabel staat per doel de indicator, de stand bij de nulmeting (schooljaar 2023-2024) en de streefwaarde "
          "voor juli 2029."),
        TABLE([["Doel", "Indicator", "Nulmeting 2023-2024", "Streefwaarde 2029"],
               ["Meer kinderen krijgen ondersteuning in de eigen school", "Deelnamepercentage sbo + so (1 oktober)", "3,4%", "3,0%"],
               ["Kinderen wachten korter op een besluit", "Gemiddelde doorlooptijd TLV-aanvraag", "8,5 week", "maximaal 6 weken"],
               ["Meer kinderen keren terug", "Aantal terugplaatsingen vanuit s(b)o per jaar", "9", "20"],
               ["Scholen zijn tevreden over de ondersteuning", "Tevredenheid directeuren en IB'ers (schaal 1-10)", "6,6", "7,5"]]),
        P("De bureaumedewerker kwaliteit verzamelt de gegevens twee keer per jaar (peildata 1 oktober en 1 maart) uit "
          "de leerlingtelling van DUO, het aanvraagportaal en een korte vragenlijst onder directeuren en intern "
          "begeleiders. De uitkomsten worden in april en november besproken met de algemene vergadering en de OPR en "
          "staan in het jaarverslag, waarin we per doel aangeven of we op koers liggen en welke bijsturing nodig is."),
        H1("Ouders en communicatie"),
        P("Het samenwerkingsverband hecht aan goede communicatie. In de planperiode wordt een communicatieplan opgesteld. "
          "Daarin komt onder meer aan de orde hoe we de verschillende doelgroepen bereiken."),
    ]
    b += f_kansengelijkheid(c) + f_kennisdeling(c)
    b += f_governance(c, parents_in_opr=False) + f_opr_werkwijze(c) + f_oogo(c, content=False) + f_personeel(c)
    b += f_bureau(c) + f_ict(c) + f_pl_planning(c) + f_procesplan(c, parents=False)
    b += [H1("Bijlagen"), P("Bijlage 6, de meerjarenbegroting 2025-2029, wordt als afzonderlijk document aan de "
                            "ondersteuningsplanraad toegezonden.")]
    b += f_begrippen(STD_BEGRIPPEN + [["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen situaties."],
                                      ["Verdeelmodel", "De verdeling van ondersteuningsmiddelen over de besturen."]])
    b += f_afkortingen(STD_AFK)
    return b


LABEL2 = dict(
    sector="po",
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen"], "terugstroom": [], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Niveau defined as agreed minimum for every vestiging; concrete content only referred to SOPs on the website / list deferred to landelijke norm.",
           "plaatsing": "Procedure (bestuur, groeidocument, Toewijzingscommissie, 6 weeks) addressed; criteria deferred ('wordt opnieuw vastgesteld').",
           "terugstroom": "Inside the TLV chapter ('Verlenging en terugkeer'): policy, conditions, support after return and dated steps (februari, 1 maart, 1 juni, 31 juli).",
           "financien": "Verdeelmodel per leerling +20% opslag addressed; besteding/meerjarenbegroting only in absent bijlage 6 ('besturen zijn vrij').",
           "dekkend-aanbod": "Section 5 only states the aim and defers inventory and gap analysis to project 'Samen dekkend'; OOGO text is purely procedural.",
           "resultaten": "Goals table with indicators, nulmeting, streefwaarden; monitoring twice a year reported to AV/OPR and jaarverslag.",
           "ouders": "'Ouders en communicatie' only announces a communicatieplan; OJSP/Onderwijsconsulent appear only in the begrippenlijst."},
)


# ---------------------------------------------------------------------------------------------
# Plan 3: PO, Maasoever Rotterdam (pdf)
# ---------------------------------------------------------------------------------------------
C3 = dict(name="Samenwerkingsverband Primair Onderwijs Maasoever", short="SWV Maasoever",
          code="PO 28-22", period="2024-2028", region="Rotterdam-Zuid, Barendrecht en Ridderkerk",
          gemeenten="Rotterdam, Barendrecht en Ridderkerk", boards=14, schools=96, pupils="27.310",
          languages="Turks, Arabisch, Pools, Kaapverdisch Creools, Papiaments, Bulgaars en Roemeens",
          director="drs. A. Verhoeven", oogo_date="23 januari 2024", opr_date="27 februari 2024", vast_date="5 maart 2024")


def plan3():
    c = C3
    b = [TITLE([c['name'], f"Ondersteuningsplan {c['period']}", "Iedereen doet mee", c['code']]),
         TOC(["Voorwoord", "1 Terugblik op de vorige planperiode", "2 Ons samenwerkingsverband", "3 Koers",
              "4 Standaarden basisondersteuning", "5 Passende plekken", "6 Toelaatbaarheid sbo en so",
              "7 Financieel beleid", "8 Resultaten en kwaliteitszorg", "9 Ouders", "10 Organisatie",
              "11 Gemeenten", "12 Personeel", "Bijlage: begrippen en afkortingen"])]
    b += f_voorwoord(c)
    b += [H1("Terugblik op de vorige planperiode"),
          P("In de vorige planperiode (2020-2024) lag de nadruk op het dichter bij de scholen brengen van expertise. Het "
            "aantal ondersteuners in de wijken is verdubbeld, en de intern begeleiders geven aan dat zij sneller hulp "
            "krijgen. Tegelijk zagen we dat de leerlingaantallen in enkele wijken terugliepen, terwijl in Barendrecht "
            "juist nieuwe scholen nodig waren. De terugkoppeling uit de scholen heeft ons geholpen om keuzes te maken "
            "voor dit plan. De uitstroom naar het voortgezet onderwijs verliep in de meeste wijken goed; de warme "
            "overdracht met de VO-scholen is inmiddels standaard."),
          P("Een punt van zorg blijft de periode van de coronapandemie, waarin veel kinderen, met name nieuwkomers, "
            "vertraging hebben opgelopen. Die vertraging zien we nog steeds terug in de aanvragen.")]
    b += f_context(c) + f_nieuwkomers_context(c) + f_visie(c)
    b += [
        H1("Standaarden basisondersteuning"),
        P("De basisondersteuning is in ons samenwerkingsverband vastgelegd in acht standaarden. Deze standaarden vormen "
          "samen het niveau dat alle scholen en alle vestigingen minimaal realiseren; geen school zit eronder. Een "
          "school mag meer bieden, en veel scholen doen dat ook. De standaarden zijn opgesteld met de directeuren en "
          "intern begeleiders en in 2023 door alle besturen ondertekend."),
        TABLE([["Standaard", "Wat u op iedere school aantreft"],
               ["1 Ondersteuningsstructuur", "Intern begeleider, ondersteuningsteam dat minimaal 6 keer per jaar bijeenkomt, "
                "vaste ondersteuner van het SWV"],
               ["2 Taal en NT2", "NT2-aanbod in de groep, woordenschatprogramma, inzet van de thuistaal als steun"],
               ["3 Lezen en rekenen", "Dyslexie- en dyscalculieprotocol, extra instructiegroepen, verlengde instructie"],
               ["4 Gedrag en welbevinden", "Methode sociaal-emotioneel leren, gedragsprotocol, anti-pestcoördinator"],
               ["5 Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5, verrijkingsmateriaal, compacten"],
               ["6 Fysiek en medisch", "Protocol medisch handelen, afspraken met de jeugdarts"],
               ["7 Handelingsgericht werken", "Groepsoverzicht, OPP bij afwijkende leerroute, twee evaluaties per jaar"],
               ["8 Samenwerking", "Vaste contactpersoon wijkteam en schoolmaatschappelijk werk"]]),
        P("Het samenwerkingsverband bezoekt iedere school eens per drie jaar voor een gesprek over de standaarden. Van "
          "het gesprek wordt een kort verslag gemaakt dat met het bestuur wordt gedeeld."),
        H1("Passende plekken"),
        P("Ondanks alle inzet zijn er in onze regio kinderen voor wie geen passende plek beschikbaar is. Het "
          "samenwerkingsverband houdt daarom een actueel overzicht bij van de wachtlijsten bij het sbo, het so en de "
          "observatieplaatsen. Iedere maand bespreekt het loket met de directeuren van de speciale scholen welke kinderen "
          "wachten en hoe lang. Kinderen die langer dan acht weken wachten, krijgen een tussenoplossing op hun eigen "
          "school met extra begeleiding uit het zogenaamde overbruggingsbudget."),
        P("Wanneer een bestuur er niet in slaagt een passende plek te bieden aan een kind dat is aangemeld, treedt de "
          "escalatieregeling zorgplicht in werking: de directeur-bestuurder roept de betrokken besturen binnen tien "
          "werkdagen bij elkaar en zij spreken af welke school het kind plaatst."),
        P("Een beschrijving van de extra ondersteuning en van de bovenschoolse voorzieningen in het gebied, met wat zij "
          "bieden en voor wie, volgt in de 'sociale kaart passend onderwijs', die in 2025 gereed moet zijn."),
    ] + f_thuiszitters_full(c) + [
        H1("Toelaatbaarheid sbo en so"),
        P("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het "
          "speciaal onderwijs cluster 3 en 4. Het stappenplan voor de aanvraag, de formulieren en de termijnen vindt u "
          "op www.swvmaasoever.nl/toelaatbaarheid."),
        P("Bij het beoordelen van een aanvraag weegt de commissie de volgende criteria. Aan alle criteria van de "
          "betreffende kolom moet zijn voldaan."),
        TABLE([["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs cluster 3/4"],
               ["Inzet basisondersteuning", "Ten minste één jaar, gedocumenteerd in het groeidocument",
                "Ten minste één jaar, gedocumenteerd in het groeidocument"],
               ["Inzet extra ondersteuning", "Arrangement van minimaal 20 weken zonder voldoende effect",
                "Arrangement van minimaal 20 weken, of aantoonbaar niet haalbaar"],
               ["Ontwikkelingsbeeld", "Leerachterstand van meer dan 1,5 jaar op twee domeinen, niet alleen door taal",
                "Ernstige beperking in leren, gedrag of lichamelijk functioneren, vastgesteld door deskundige"],
               ["Groepsgrootte/setting", "Kind heeft een kleinere groep en meer structuur nodig",
                "Kind heeft specialistische behandeling of zorg in onderwijstijd nodig"]]),
        P("Bij elke aanvraag geven een orthopedagoog en een tweede deskundige (jeugdarts, psycholoog of "
          "maatschappelijk werker) ieder een eigen schriftelijk advies."),
        H1("Financieel beleid"),
        P("Het financieel beleid volgt de inhoudelijke keuzes van dit plan. De middelen voor lichte ondersteuning worden "
          "voor 70 procent verdeeld over de besturen naar rato van het aantal leerlingen op 1 oktober; 30 procent wordt "
          "verdeeld op basis van de CBS-onderwijsachterstandsscore van de scholen, omdat daar de ondersteuningsvraag "
          "het grootst is. De middelen voor zware ondersteuning gaan via DUO naar het so en worden voor het sbo "
          "aangevuld volgens de groeiregeling met peildatum 1 februari. Het bestuur van het samenwerkingsverband stelt "
          "de verdeling vast na bespreking in het directeurenoverleg en de algemene vergadering."),
        TABLE([["Meerjarenbegroting (bedragen in €)", "2024", "2025", "2026", "2027"],
               ["Baten ondersteuningsbekostiging", "25.940.000", "25.700.000", "25.410.000", "25.180.000"],
               ["Afdrachten so (DUO)", "8.120.000", "8.200.000", "8.260.000", "8.300.000"],
               ["Sbo boven 2%-norm en groeiregeling", "2.310.000", "2.280.000", "2.250.000", "2.220.000"],
               ["Doorbetaling besturen (lichte ondersteuning)", "11.470.000", "11.330.000", "11.140.000", "11.000.000"],
               ["Ondersteuners in de wijk", "2.150.000", "2.150.000", "2.150.000", "2.150.000"],
               ["Overbruggingsbudget en thuiszitters", "420.000", "420.000", "400.000", "400.000"],
               ["Bureau, loket, huisvesting", "1.410.000", "1.430.000", "1.450.000", "1.470.000"],
               ["Saldo", "60.000", "-110.000", "-240.000", "-360.000"]]),
        P("De negatieve saldi vanaf 2025 zijn bewust: daarmee brengen we de algemene reserve terug naar het niveau van "
          "het weerstandsvermogen dat past bij onze risico's (0,08 van de baten)."),
        H1("Resultaten en kwaliteitszorg"),
        P("We willen in deze planperiode de volgende resultaten bereiken voor leerlingen die extra ondersteuning nodig "
          "hebben:"),
        UL(["in 2028 wacht geen enkel kind langer dan acht weken op een passende plek (2023: 46 kinderen);",
            "het aantal thuiszitters langer dan drie maanden is in 2028 gedaald van 31 naar hooguit 10;",
            "90 procent van de ouders van wie het kind een arrangement kreeg, geeft aan dat de ondersteuning heeft "
            "geholpen (nulmeting 2024);",
            "alle scholen voldoen aan de acht standaarden basisondersteuning."]),
        P("Deze resultaten volgen we met het kwaliteitsdashboard van het samenwerkingsverband, dat elk kwartaal wordt "
          "bijgewerkt met de gegevens van het loket, de leerplichtadministratie en de tevredenheidspeiling onder ouders. "
          "Het bestuur rapporteert de bereikte resultaten twee keer per jaar aan de raad van toezicht en de OPR en in "
          "het jaarverslag. Blijft een resultaat achter, dan stellen we in het jaarplan van het volgende jaar een "
          "verbeteractie op."),
        H1("Ouders"),
        P("Ouders zijn de eerste partner van de school. Het samenwerkingsverband informeert ouders via de website, "
          "met een ouderpagina in zes talen (Nederlands, Engels, Turks, Arabisch, Pools en Bulgaars), en via een "
          "uitlegfilmpje met ondertiteling over de standaarden basisondersteuning en over de aanvraag van extra "
          "ondersteuning. Scholen delen de ouderfolder bij de intake uit en bespreken het schoolondersteuningsprofiel "
          "op de eerste ouderavond van het schooljaar. Voor ouders die moeilijk lezen organiseren we samen met de "
          "buurthuizen koffieochtenden waar een ondersteuner vragen beantwoordt."),
        P("Ouders met vragen kunnen altijd terecht bij de intern begeleider van hun school. Het ouder- en "
          "jeugdsteunpunt van ons samenwerkingsverband is nog in voorbereiding; zodra het van start gaat, informeren "
          "we ouders daarover via de scholen."),
    ]
    b += f_po_vo(c) + f_governance(c) + f_oogo(c) + f_personeel(c) + f_kennisdeling(c) + f_procesplan(c)
    b += f_begrippen(STD_BEGRIPPEN + [["Terugstroom", "Zie terugplaatsing."],
                                      ["Overbruggingsbudget", "Budget voor tijdelijke begeleiding op de eigen school."]])
    b += f_afkortingen(STD_AFK)
    return b


LABEL3 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"],
                        "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Eight standaarden as the minimum for all vestigingen, content only in the table.",
           "plaatsing": "Criteria sbo/so only in a table + two deskundigen; the procedure is only a website reference.",
           "terugstroom": "Nothing: only 'terugblik', 'terugliepen', 'terugkoppeling', 'uitstroom' and glossary entries.",
           "financien": "'Financieel beleid': 70/30 verdeling with criteria and deciding body, meerjarenbegroting 2024-2027.",
           "dekkend-aanbod": "Lacunes (wachtlijsten, zorgplicht escalation, thuiszitters) addressed; continuum deferred to the 'sociale kaart' (2025).",
           "resultaten": "Measurable targets + quarterly dashboard, reporting to RvT/OPR/jaarverslag.",
           "ouders": "Information channels in six languages addressed; only the school's IB'er for questions, OJSP 'nog in voorbereiding'."},
)


# ---------------------------------------------------------------------------------------------
# Plan 4: VO, Utrecht-West (pdf)
# ---------------------------------------------------------------------------------------------
C4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Utrecht-West", short="SWV VO Utrecht-West",
          code="VO 26-09", period="2025-2029", region="Utrecht-West, Leidsche Rijn en Vleuten-De Meern",
          gemeenten="Utrecht en Woerden", boards=9, schools=23, pupils="18.640",
          languages="Arabisch, Turks, Tamazight, Engels, Pools en Somalisch",
          director="drs. L. Jansen", sectornaam="voortgezet onderwijs", raad="VO-raad",
          opleiding="lerarenopleidingen", oogo_date="6 februari 2025", opr_date="13 maart 2025", vast_date="20 maart 2025")


def plan4():
    c = C4
    b = [TITLE([c['name'], f"Ondersteuningsplan {c['period']}", "Ruimte om te groeien", c['code']]),
         TOC(["1 Inleiding", "2 Ons samenwerkingsverband", "3 Visie", "4 Basisondersteuning", "5 Ondersteuningsroute en voorzieningen",
              "6 Lwoo, praktijkonderwijs en vso", "7 Ambities en resultaten", "8 Financiën en meerjarenbegroting",
              "9 Ouders en leerlingen", "10 Governance", "11 Gemeenten", "12 Personeel", "Begrippenlijst"])]
    b += [H1("Inleiding"),
          P(f"Voor u ligt het ondersteuningsplan van {c['name']}. Het samenwerkingsverband omvat alle scholen voor "
            "voortgezet onderwijs in het werkgebied: vmbo, havo, vwo, praktijkonderwijs en voortgezet speciaal onderwijs. "
            "Dit plan is geschreven voor schoolleiders, zorgcoördinatoren, mentoren, ouders en leerlingen. We hebben "
            "geprobeerd het kort te houden; details staan in het jaarplan."),
          P("Een bijzonder aandachtspunt in onze regio zijn de internationale schakelklassen (ISK). Veel leerlingen die "
            "als nieuwkomer starten, stromen na een of twee jaar door naar het regulier voortgezet onderwijs. Zij "
            "hebben daar vaak nog lange tijd ondersteuning nodig bij taal.")]
    b += f_context(c) + f_isk(c) + f_landelijk(c) + f_visie(c)
    b += [
        H1("Basisondersteuning"),
        P("De afspraken over de basisondersteuning in het voortgezet onderwijs worden in het schooljaar 2025-2026 door "
          "de schoolleiders herijkt, mede in het licht van de landelijke norm basisondersteuning. Na de herijking "
          "worden zij als wijziging aan dit plan toegevoegd en aan de ondersteuningsplanraad voorgelegd."),
        H1("Ondersteuningsroute en voorzieningen"),
        P("Ons ondersteuningsaanbod bestaat uit drie niveaus. Niveau 1 is de ondersteuning die de school zelf "
          "organiseert (zie hoofdstuk 4). Op niveau 2 kan een school met het samenwerkingsverband een arrangement afspreken "
          "voor een leerling of een groep, bijvoorbeeld een traject van het Ambulant Team, een plaats in de "
          "taalondersteuningsgroep na de ISK, of begeleiding door een jobcoach. Op niveau 3 zijn er de bovenschoolse "
          "voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De Brug met 60 plaatsen, de "
          "reboundvoorziening, de time-outplaatsen, drie scholen voor praktijkonderwijs en vijf vso-scholen."),
        P("De zorgcoördinator van de school bespreekt een leerling met een ondersteuningsvraag in het "
          "ondersteuningsteam, waarin ook de trajectbegeleider van het samenwerkingsverband zit. Lukt het niet binnen "
          "de school, dan zoekt de trajectbegeleider samen met school, ouders en leerling naar een passend arrangement "
          "of een passende plek."),
        P("Jaarlijks brengen we in kaart welke leerlingen niet of niet passend geplaatst zijn: thuiszitters, "
          "leerlingen met een vrijstelling, leerlingen op een wachtlijst voor het vso en leerlingen die buiten de regio "
          "naar school gaan. Voor iedere leerling die langer dan vier weken thuiszit, is er binnen tien werkdagen een "
          "casusoverleg met leerplicht en het jeugd- en gezinsteam. In 2024 zagen we dat er te weinig plaatsen waren voor "
          "leerlingen met autisme die wel havo of vwo aankunnen; daarom start in 2026 een kleine havo-vwo-groep bij "
          "een van de scholen, betaald door het samenwerkingsverband."),
        H1("Lwoo, praktijkonderwijs en vso"),
        H2("Procedure"),
        P("Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs (lwoo), over de "
          "toelaatbaarheid tot het praktijkonderwijs en over de toelaatbaarheid tot het voortgezet speciaal onderwijs. "
          "De aanvraag wordt ingediend door de school waar de leerling is aangemeld of ingeschreven. Voor leerlingen uit "
          "groep 8 loopt de aanvraag via de PO-VO-overstap: de basisschool levert uiterlijk 1 maart het onderwijskundig "
          "rapport en de toetsgegevens aan. De Commissie Toewijzing (twee orthopedagogen, een psycholoog en een "
          "secretaris) besluit binnen vier weken over lwoo en pro en binnen zes weken over vso."),
        H2("Criteria"),
        P("Voor het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand van "
          "ten minste drie jaar op twee van de vier domeinen). Voor lwoo volgt het samenwerkingsverband eveneens de "
          "landelijke criteria. Een leerling is toelaatbaar tot het vso wanneer zijn ondersteuningsbehoefte zo groot is "
          "dat ook met een arrangement op niveau 2 en een plaatsing in het OPDC geen ononderbroken ontwikkeling mogelijk "
          "is, vastgesteld door twee onafhankelijke deskundigen (een orthopedagoog of psycholoog en een tweede "
          "deskundige die past bij de vraag). De TLV vso wordt afgegeven voor maximaal twee schooljaren, in categorie "
          "laag, midden of hoog. Tegen een besluit kan bezwaar worden gemaakt bij de Landelijke Bezwaaradviescommissie."),
        H2("Terug of door naar het regulier voortgezet onderwijs"),
        P("Ons uitgangspunt is dat een plaatsing in het vso tijdelijk is als de leerling dat aankan. In het laatste jaar "
          "van de TLV voert de vso-school vóór 1 februari een gesprek met leerling en ouders over terugkeer of "
          "overplaatsing naar het regulier voortgezet onderwijs. De vso-school legt het advies voor aan de Commissie "
          "Toewijzing, die vóór 1 april besluit over een nieuwe TLV of over een overstaparrangement. Bij overstap regelt "
          "de trajectbegeleider een school en krijgt de leerling een jaar lang begeleiding door de eigen mentor van de "
          "vso-school (2 uur per week). Voorwaarde is dat de leerling het niveau van de ontvangende school aankan en dat "
          "de ontvangende school een contactpersoon aanwijst. In 2024 stapten 14 vso-leerlingen over naar het regulier "
          "onderwijs."),
        H1("Ambities en resultaten"),
        P("Voor deze planperiode hebben we de volgende beoogde resultaten vastgesteld:"),
        UL(["het aantal leerlingen dat langer dan vier weken thuiszit, daalt van 38 (2024) naar minder dan 15 (2029);",
            "80 procent van de leerlingen die het OPDC verlaten, zit een jaar later nog op de nieuwe school;",
            "het aantal overstappen van vso naar regulier voortgezet onderwijs stijgt naar 25 per jaar;",
            "alle ISK-leerlingen die doorstromen, krijgen in het eerste jaar ten minste twee uur taalondersteuning per week."]),
        P("Hoe we de voortgang op deze resultaten gaan meten en aan wie we daarover rapporteren, beschrijven we in het "
          "Kwaliteitskader dat na de zomer van 2026 verschijnt."),
        H1("Financiën en meerjarenbegroting"),
        P("Passend onderwijs kost geld, en de middelen zijn beperkt. De besturen hebben afgesproken dat het geld zoveel "
          "mogelijk in de klas terecht moet komen. De financiële paragraaf, met het verdeelmodel en de "
          "meerjarenbegroting, wordt na vaststelling van de begroting 2026 als afzonderlijk hoofdstuk aan dit plan "
          "toegevoegd."),
        H1("Ouders en leerlingen"),
        P("Ouders en leerlingen vinden informatie over de ondersteuningsmogelijkheden op de website van het "
          "samenwerkingsverband, in de brochure 'Extra ondersteuning in het vo', die in het Nederlands, Engels en "
          "Arabisch beschikbaar is, en in de schoolgids van iedere school. Tijdens de voorlichtingsavonden over de "
          "overstap naar het voortgezet onderwijs, in november en januari, presenteert het samenwerkingsverband zich "
          "aan ouders van leerlingen in groep 8. De trajectbegeleider is voor ouders rechtstreeks bereikbaar."),
        P("Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt Utrecht, dat "
          "gratis en vertrouwelijk meedenkt, en bij de Onderwijsconsulenten. Leerlingen hebben hoorrecht bij het "
          "opstellen van hun ontwikkelingsperspectief; op iedere school is uitgelegd hoe zij dat kunnen gebruiken."),
    ]
    b += f_vo_mbo(c) + f_kansengelijkheid(c) + f_governance(c) + f_opr_werkwijze(c) + f_oogo(c) + f_personeel(c)
    b += f_kennisdeling(c) + f_bureau(c) + f_ict(c) + f_procesplan(c)
    b += f_begrippen([
        ["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."],
        ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
        ["Meerjarenbegroting", "Begroting voor vier jaar, met verdeelmodel."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Kwaliteitskader", "Document waarin staat hoe het SWV resultaten meet en verantwoordt."]])
    return b


LABEL4 = dict(
    sector="vo",
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Only a deferral (herijking 2025-2026, later added); term otherwise only in TOC/begrippenlijst.",
           "plaatsing": "Ch. 6: lwoo/pro/vso procedure with Commissie Toewijzing and terms, national pro/lwoo criteria, vso criteria, deskundigen, duration, LBT.",
           "terugstroom": "Inside ch. 6 'Terug of door': policy, conditions, dated steps, decision body, support after return, 2024 figure.",
           "financien": "Ch. 8 only says the financial paragraph will be added after the 2026 begroting; nothing else.",
           "dekkend-aanbod": "Three levels with OPDC, rebound, pro, vso; yearly gap analysis, thuiszitters overleg, new havo-vwo group.",
           "resultaten": "Measurable beoogde resultaten listed; monitoring deferred to a Kwaliteitskader (2026).",
           "ouders": "Website, brochure in 3 languages, schoolgids, voorlichtingsavonden; OJSP Utrecht + Onderwijsconsulenten."},
)


# ---------------------------------------------------------------------------------------------
# Plan 5: PO, Zaanoever (html web version)
# ---------------------------------------------------------------------------------------------
C5 = dict(name="Passend Onderwijs Zaanoever", short="Passend Onderwijs Zaanoever",
          code="PO 27-09", period="2024-2028", region="Zaandam, Wormerland en Oostzaan",
          gemeenten="Zaanstad, Wormerland en Oostzaan", boards=7, schools=61, pupils="16.870",
          languages="Turks, Arabisch, Pools, Bulgaars, Engels en Tigrinya",
          director="R. Pinas", oogo_date="30 januari 2024", opr_date="12 maart 2024", vast_date="19 maart 2024")


def plan5():
    c = C5
    b = [TITLE([c['name'], f"Ondersteuningsplan {c['period']} (webversie)", c['code']]),
         TOC(["Welkom", "Over ons", "Visie", "Wat elke school biedt", "Van licht naar zwaar: het aanbod",
              "Toelaatbaarheid", "Terug naar het regulier onderwijs", "Begroting", "Monitoring", "Informatie voor ouders",
              "Bestuur en medezeggenschap", "Gemeenten", "Personeel", "Privacy", "Begrippen"])]
    b += [H1("Welkom"),
          P(f"Welkom bij de webversie van het ondersteuningsplan {c['period']} van {c['name']}. De pdf-versie met "
            "alle bijlagen kunt u downloaden onderaan deze pagina. Op deze pagina vindt u de hoofdstukken van het plan; "
            "de bijlagen zijn afzonderlijke documenten.")]
    b += f_context(c) + f_nieuwkomers_context(c) + f_visie(c)
    b += [
        H1("Wat elke school biedt"),
        P("Alle scholen in Zaanstad, Wormerland en Oostzaan hebben afgesproken wat zij minimaal bieden aan ieder kind. "
          "Dat is de basisondersteuning. Het is de ondergrens voor iedere school en iedere vestiging. U kunt er als "
          "ouder op rekenen dat de school van uw kind:"),
        UL(["kinderen volgt met een leerlingvolgsysteem en twee keer per jaar de groep bespreekt met de intern begeleider;",
            "een leesaanpak heeft voor kinderen met dyslexie, inclusief voorleessoftware vanaf groep 5;",
            "kinderen die Nederlands als tweede taal leren extra woordenschatlessen geeft in kleine groepjes;",
            "een aanpak voor gedrag heeft en ouders betrekt als het niet goed gaat;",
            "een plusaanbod heeft voor kinderen die meer aankunnen;",
            "samenwerkt met het Centrum voor Jeugd en Gezin en de jeugdarts;",
            "een ondersteuningsteam heeft waarin ouders aanschuiven als hun kind wordt besproken."]),
        H1("Van licht naar zwaar: het aanbod"),
        P("Als de basisondersteuning niet genoeg is, kan de school een arrangement aanvragen bij het "
          "ondersteuningsloket. Er zijn groepsarrangementen (bijvoorbeeld een taalklas voor nieuwkomers op vier "
          "locaties en een 'Rots-en-Water'-groep) en individuele arrangementen (een ambulant begeleider, een "
          "gedragsspecialist of een onderwijsassistent voor een aantal uren). Daarnaast zijn er bovenschoolse "
          "voorzieningen: de Kapoenklas voor jonge kinderen die veel structuur nodig hebben, een voltijds "
          "hoogbegaafdheidsgroep, twee sbo-scholen en drie so-scholen, waarvan één in Amsterdam-Noord."),
        P("Eens per jaar analyseert het loket met de besturen welke vragen het niet kon beantwoorden en waar kinderen op "
          "moesten wachten; op basis daarvan besluit het bestuur in juni of er een voorziening bij moet komen. Nieuw "
          "sinds 2023 is het Thuiszitterspact met de drie gemeenten: bij dreigend thuiszitten komt binnen een week een "
          "'doorbraakoverleg' bijeen met school, ouders, leerplicht en de jeugdhulpaanbieder."),
        H1("Toelaatbaarheid"),
        P("Soms is een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs de beste keuze voor een kind. "
          "Daarvoor is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. Hoe de aanvraag verloopt, "
          "welke criteria de commissie hanteert en hoe ouders hierbij betrokken zijn, staat in het Handboek "
          "Toewijzing en Toelaatbaarheid (bijlage 3)."),
        H1("Terug naar het regulier onderwijs"),
        P("De sbo- of so-school evalueert ieder jaar in het voorjaar het ontwikkelingsperspectief van de leerling. "
          "Blijkt uit de evaluatie dat de leerling mogelijk kan terugkeren, dan nodigt de intern begeleider van de "
          "speciale school de ouders en de ondersteuner van het loket uit voor een terugplaatsingsgesprek, uiterlijk "
          "in april. De ondersteuner zoekt daarna met de ouders een reguliere school en regelt een kennismaking. De "
          "directeur van de speciale school beslist in overleg met de ontvangende school over de datum van overstap, bij "
          "voorkeur na de zomervakantie. Is de einddatum van de toelaatbaarheidsverklaring bereikt zonder nieuwe "
          "aanvraag, dan schrijft de speciale school de leerling uit per 31 juli en wordt de leerling ingeschreven op de "
          "reguliere school."),
        H1("Begroting"),
        P("Onderstaande tabel geeft de meerjarenbegroting van het samenwerkingsverband. Het verdeelmodel waarmee de "
          "schoolbudgetten aan de besturen worden toegekend, wordt in 2024-2025 herzien; tot het nieuwe model is "
          "vastgesteld, ontvangen de besturen hetzelfde bedrag als in 2023-2024."),
        TABLE([["Bedragen x € 1.000", "2024", "2025", "2026", "2027"],
               ["Inkomsten ondersteuningsbekostiging", "15.720", "15.580", "15.440", "15.300"],
               ["Afdrachten so en sbo", "5.310", "5.340", "5.360", "5.380"],
               ["Schoolbudgetten besturen", "6.050", "5.980", "5.900", "5.830"],
               ["Arrangementen (loket)", "1.780", "1.760", "1.740", "1.720"],
               ["Bovenschoolse voorzieningen", "1.620", "1.620", "1.620", "1.600"],
               ["Thuiszitterspact (inclusief doorbraakoverleg)", "140", "140", "140", "140"],
               ["Bureau en ondersteuningsloket", "890", "900", "910", "920"],
               ["Saldo", "-70", "-160", "-230", "-290"]]),
        P("De besturen besteden hun schoolbudget aan de basisondersteuning en aan ondersteuning op school. Het saldo "
          "wordt gedekt uit de algemene reserve, die daarmee in 2027 uitkomt op het niveau van de signaleringswaarde."),
        H1("Monitoring"),
        P("Het samenwerkingsverband volgt de ontwikkelingen met een dashboard dat elk half jaar wordt bijgewerkt. Daarin "
          "staan onder meer het deelnamepercentage sbo en so op 1 oktober, het aantal toegekende arrangementen, het "
          "aantal thuiszitters, de doorlooptijd van aanvragen bij het loket en de tevredenheid van ouders over het "
          "loket. Het bestuur bespreekt het dashboard in mei en november met de algemene vergadering en de OPR, en de "
          "cijfers staan in het jaarverslag. In schooljaar 2023-2024 lag het deelnamepercentage sbo/so op 2,9 procent."),
        P("Welke streefwaarden we aan deze indicatoren verbinden, stellen we vast nadat de nulmeting in het voorjaar van "
          "2025 is afgerond."),
        H1("Informatie voor ouders"),
        P("Op deze website staat een aparte ouderpagina met uitleg over de basisondersteuning, de arrangementen en de "
          "bovenschoolse voorzieningen. Ook is er een folder in het Nederlands, Engels, Turks, Arabisch en Pools die "
          "scholen bij de aanmelding meegeven. Het loket houdt iedere woensdagochtend een telefonisch spreekuur voor "
          "ouders."),
        P("Wilt u onafhankelijk advies, of bent u het niet eens met de school of met het samenwerkingsverband? Dan kunt "
          "u contact opnemen met het Ouder- en Jeugdsteunpunt Zaanstreek-Waterland of met de Onderwijsconsulenten. "
          "Beide zijn onafhankelijk en gratis."),
    ]
    b += f_po_vo(c) + f_kansengelijkheid(c) + f_governance(c) + f_opr_werkwijze(c) + f_oogo(c) + f_personeel(c)
    b += f_kennisdeling(c) + f_bureau(c) + f_landelijk(c) + f_ict(c) + f_procesplan(c)
    b += [H1("Begrippen")] + f_begrippen(STD_BEGRIPPEN)[1:]
    return b


LABEL5 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Wat elke school biedt': ondergrens for every vestiging + bullet list for parents.",
           "plaatsing": "'Toelaatbaarheid' only refers to the absent Handboek (bijlage 3) for procedure and criteria.",
           "terugstroom": "'Terug naar het regulier onderwijs' gives steps, actors, April moment, 31 July end; no policy aims/conditions/support after return.",
           "financien": "Meerjarenbegroting table 2024-2027 (besteding); verdeelmodel 'wordt herzien', only 'same amount as last year' (no criteria).",
           "dekkend-aanbod": "'Van licht naar zwaar': arrangementen, bovenschoolse voorzieningen, sbo/so; yearly gap analysis and Thuiszitterspact.",
           "resultaten": "'Monitoring' dashboard twice a year, reported to AV/OPR/jaarverslag; streefwaarden deferred until after the nulmeting.",
           "ouders": "'Informatie voor ouders': ouderpagina, folder in 5 languages, spreekuur; OJSP Zaanstreek-Waterland + Onderwijsconsulenten."},
)


# ---------------------------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan / zorgplan of one basisschool (docx)
# ---------------------------------------------------------------------------------------------


def nearmiss():
    b = [TITLE(["IKC De Zeester", "Schoolondersteuningsplan 2025-2026", "Basisschool en kinderopvang, Den Haag-Transvaal",
                "Onderdeel van Stichting Haagse Scholen Samen"]),
         TOC(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Zeester", "4 Zorgniveaus en groepsbesprekingen",
              "5 Extra ondersteuning en het samenwerkingsverband", "6 Toelaatbaarheidsverklaring en verwijzing",
              "7 Ouders", "8 Financiën van de ondersteuning", "9 Evaluatie en resultaten", "10 Jaarplanning zorg"])]
    b += [
        H1("Inleiding"),
        P("Dit schoolondersteuningsplan beschrijft hoe IKC De Zeester de ondersteuning aan leerlingen organiseert in "
          "het schooljaar 2025-2026. Het plan is opgesteld door de intern begeleiders en de directie en besproken in de "
          "medezeggenschapsraad. Het is een uitwerking van het schoolondersteuningsprofiel en sluit aan bij het "
          "ondersteuningsplan van ons samenwerkingsverband, SPPO Haaglanden-Zuid. Dit plan wordt elk jaar opnieuw "
          "vastgesteld."),
        P("De Zeester is een integraal kindcentrum met 412 leerlingen en een peuteropvang. De school staat in een wijk "
          "waar meer dan dertig talen worden gesproken. Ongeveer 70 procent van onze leerlingen groeit meertalig op, en "
          "elk jaar stromen zo'n twintig kinderen in vanuit de nieuwkomersklas."),
        H1("Onze leerlingen"),
        P("Onze leerlingen komen vooral uit de wijken Transvaal en Schilderswijk. De grootste taalgroepen zijn Turks, "
          "Arabisch, Bulgaars, Pools en Papiaments. Veel ouders werken in ploegendiensten of hebben meerdere banen, "
          "waardoor het contact met school soms lastig te plannen is. De school heeft daarom een ouderkamer die elke "
          "ochtend open is en waar een ouderconsulent aanwezig is die Turks en Arabisch spreekt."),
        P("Op de teldatum 1 oktober 2024 had 31 procent van de leerlingen een schoolgewicht. Twaalf leerlingen hebben een "
          "ontwikkelingsperspectief met een eigen leerlijn; zes leerlingen krijgen een arrangement van het "
          "samenwerkingsverband."),
        H1("Basisondersteuning op De Zeester"),
        P("Onze basisondersteuning volgt de afspraken van het samenwerkingsverband. Concreet betekent dit op De Zeester: "
          "een intern begeleider voor de onderbouw en een voor de bovenbouw (samen 1,4 fte), een taalspecialist, een "
          "rekenspecialist, een gedragsspecialist, dagelijkse NT2-lessen in kleine groepjes, het dyslexieprotocol, de "
          "methode Kwink voor sociaal-emotioneel leren en een plusklas op donderdagmiddag."),
        UL(["Niveau 1: algemene zorg in de groep, volgens het groepsplan;",
            "Niveau 2: extra zorg in de groep door de leerkracht (verlengde instructie);",
            "Niveau 3: speciale zorg na een groepsbespreking, met inzet van een specialist;",
            "Niveau 4: zorg na overleg met het ondersteuningsteam, eventueel met externe deskundigen;",
            "Niveau 5: de leerling heeft ondersteuning nodig die de school niet kan bieden; aanvraag arrangement of TLV."]),
        H1("Zorgniveaus en groepsbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere "
          "leerkracht een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd, de groepsplannen "
          "bijgesteld en leerlingen besproken die opvallen. Na de groepsbespreking volgt waar nodig een "
          "leerlingbespreking met ouders. De leerkracht legt de afspraken vast in het leerlingvolgsysteem."),
        P("Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Daarin zitten de intern begeleiders, de "
          "schoolmaatschappelijk werker, de jeugdverpleegkundige van het CJG en de ondersteuner van het "
          "samenwerkingsverband. Ouders zijn altijd uitgenodigd als hun kind wordt besproken."),
        H1("Extra ondersteuning en het samenwerkingsverband"),
        P("Als de ondersteuning op school niet genoeg is, vraagt de intern begeleider bij het loket van het "
          "samenwerkingsverband een arrangement aan. De school gebruikt daarvoor het groeidocument. In het afgelopen jaar "
          "kregen zes leerlingen een individueel arrangement (vooral ambulante begeleiding bij gedrag) en nam de school "
          "deel aan een groepsarrangement voor taal."),
        H1("Toelaatbaarheidsverklaring en verwijzing"),
        P("Soms blijkt na een traject dat een leerling beter op zijn plek is in het speciaal basisonderwijs of het "
          "speciaal onderwijs. De school vraagt dan, na overleg met de ouders, een toelaatbaarheidsverklaring aan bij "
          "het samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van het "
          "samenwerkingsverband. In 2024-2025 werden drie leerlingen verwezen naar het sbo en één naar het so. Twee "
          "leerlingen zijn vanuit het sbo teruggeplaatst op De Zeester; zij krijgen het eerste halfjaar begeleiding van "
          "hun vorige school."),
        H1("Ouders"),
        P("Ouders worden betrokken bij alle stappen in de ondersteuning van hun kind. De leerkracht informeert ouders "
          "wanneer hun kind in een groepsplan extra aandacht krijgt. Bij een ontwikkelingsperspectief voeren we een "
          "gesprek met ouders voordat het plan wordt vastgesteld. Voor gesprekken zetten we zo nodig een tolk in. Ouders "
          "met vragen over passend onderwijs verwijzen we naar de website van het samenwerkingsverband en naar het "
          "Ouder- en Jeugdsteunpunt Haaglanden."),
        H1("Financiën van de ondersteuning"),
        P("De school ontvangt van het bestuur een ondersteuningsbudget dat afkomstig is uit de middelen van het "
          "samenwerkingsverband. Voor 2025-2026 bedraagt dit € 71.400. Het wordt besteed aan de formatie van de "
          "specialisten (€ 52.000), de plusklas (€ 8.900), scholing van het team (€ 6.500) en materialen (€ 4.000)."),
        H1("Evaluatie en resultaten"),
        P("In juni evalueert het team de ondersteuning. We kijken naar de resultaten van de leerlingen met een "
          "ontwikkelingsperspectief, naar de tevredenheid van ouders (ouderpeiling) en naar de doelen uit dit plan. "
          "Doelen voor 2025-2026: alle leerlingen met een OPP halen ten minste 80 procent van hun tussendoelen; "
          "de NT2-leerlingen in groep 3 lezen in juni op AVI-niveau M3 of hoger."),
        H1("Jaarplanning zorg"),
        TABLE([["Maand", "Activiteit"],
               ["September", "Startgesprekken met ouders en leerlingen; overdracht"],
               ["Oktober", "Toetsperiode en groepsbesprekingen; OT-overleg"],
               ["December", "Evaluatie OPP's; overleg met loket SWV"],
               ["Februari", "Toetsperiode, groepsbesprekingen, rapportgesprekken"],
               ["April", "Aanvragen TLV voor volgend schooljaar bij SWV"],
               ["Juni", "Toetsperiode, evaluatie zorgplan, overdracht naar nieuwe groep"]]),
        P("Dit plan is vastgesteld door de directie op 2 september 2025, na advies van de medezeggenschapsraad."),
    ]
    # padding with generic school prose so it is a realistic length
    b += [H1("Bijlage: werkwijze handelingsgericht werken"),
          P("Op De Zeester werken we handelingsgericht. Dat betekent dat we uitgaan van wat een kind nodig heeft, niet "
            "van wat er mis is. We kijken naar de onderwijsbehoeften van ieder kind en stemmen de instructie, de "
            "verwerking en de ondersteuning daarop af. Positieve aspecten van het kind, de leerkracht en de ouders zijn "
            "daarbij net zo belangrijk als de belemmeringen. Leerkrachten, ouders en het kind werken samen en de "
            "werkwijze is doelgericht, systematisch en transparant."),
          P("In de groepsbespreking hanteren we een vaste agenda: opbrengsten van de groep, leerlingen die opvallen, "
            "onderwijsbehoeften, bijstellen van het groepsplan en afspraken. De intern begeleider bewaakt dat de "
            "afspraken worden uitgevoerd en evalueert ze bij de volgende bespreking.")]
    return b


LABEL_NM = dict(
    sector="po",
    looks_like_plan=False,
    notes={"document": "School-level 'schoolondersteuningsplan' of one basisschool (IKC De Zeester): zorgniveaus, "
                       "groepsbesprekingen, own budget; it refers to the SWV's ondersteuningsplan for TLV procedure and "
                       "criteria. No samenwerkingsverband as author, no OOGO, no OPR, no planperiode of 4 years."},
)


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------


def to_docx(blocks, path, header):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = header + " | ondersteuning, toelaatbaarheid, financiën, ouders"
    for kind, x in blocks:
        if kind == "title":
            d.add_heading(x[0], level=0)
            for line in x[1:]:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for e in x:
                d.add_paragraph(e)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(x, level=1)
        elif kind == "h2":
            d.add_heading(x, level=2)
        elif kind == "p":
            d.add_paragraph(x)
        elif kind == "ul":
            for it in x:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(str(path))


def to_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
           "</head>", "<body>",
           f'<header><nav>Home | Over ons | Ondersteuningsplan | Ouders | Scholen | Contact</nav>'
           f"<p>{e(title)}</p></header>", "<main>"]
    for kind, x in blocks:
        if kind == "title":
            out.append(f"<h1>{e(x[0])}</h1>")
            out += [f"<p class=\"subtitle\">{e(l)}</p>" for l in x[1:]]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>' + "".join(f"<li><a href=\"#\">{e(t)}</a></li>" for t in x)
                       + "</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(x)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(x)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(x)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in x) + "</ul>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in x[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in x[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>Passend Onderwijs Zaanoever | Ondersteuningsplan | Ouders | Toelaatbaarheid | "
            "Privacyverklaring | Cookies</p><p><a href=\"#\">Download pdf met bijlagen</a></p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout264_soffice_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, docs, lab):
    data = {"documents": docs, "sector": lab["sector"], "looks_like_plan": lab.get("looks_like_plan", True),
            "elements": lab.get("elements", {}), "criteria": lab.get("criteria", {}),
            "advisory_addressed": {k: v for k, v in lab.get("advisory_addressed", {}).items() if v},
            "notes": lab["notes"]}
    (OUT / f"{name}.expected.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200),
                                               encoding="utf-8")


def words(blocks):
    n = 0
    for kind, x in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(x.split())
        elif kind in ("ul", "toc", "title"):
            n += sum(len(i.split()) for i in x)
        elif kind == "table":
            n += sum(len(c.split()) for r in x for c in r)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout264_docx_"))
    try:
        # plan 1: docx
        b1 = plan1()
        to_docx(b1, OUT / "po-haaglanden-zuid-op-2025-2029.docx", C1["name"])
        write_label("po-haaglanden-zuid-op-2025-2029", ["po-haaglanden-zuid-op-2025-2029.docx"], LABEL1)
        # plan 2: docx
        b2 = plan2()
        to_docx(b2, OUT / "po-amstel-noord-op-2025-2029.docx", C2["name"] + " – concept")
        write_label("po-amstel-noord-op-2025-2029", ["po-amstel-noord-op-2025-2029.docx"], LABEL2)
        # plan 3: pdf via docx (docx kept only in temp)
        b3 = plan3()
        d3 = tmpdir / "po-maasoever-op-2024-2028.docx"
        to_docx(b3, d3, C3["name"])
        docx_to_pdf(d3, OUT / "po-maasoever-op-2024-2028.pdf")
        write_label("po-maasoever-op-2024-2028", ["po-maasoever-op-2024-2028.pdf"], LABEL3)
        # plan 4: pdf via docx
        b4 = plan4()
        d4 = tmpdir / "vo-utrecht-west-op-2025-2029.docx"
        to_docx(b4, d4, C4["name"])
        docx_to_pdf(d4, OUT / "vo-utrecht-west-op-2025-2029.pdf")
        write_label("vo-utrecht-west-op-2025-2029", ["vo-utrecht-west-op-2025-2029.pdf"], LABEL4)
        # plan 5: html
        b5 = plan5()
        to_html(b5, OUT / "po-zaanoever-op-2024-2028.html", C5["name"] + " – Ondersteuningsplan 2024-2028")
        write_label("po-zaanoever-op-2024-2028", ["po-zaanoever-op-2024-2028.html"], LABEL5)
        # near-miss: docx
        bn = nearmiss()
        to_docx(bn, OUT / "ikc-de-zeester-schoolondersteuningsplan-2025.docx", "IKC De Zeester – schoolondersteuningsplan")
        write_label("ikc-de-zeester-schoolondersteuningsplan-2025", ["ikc-de-zeester-schoolondersteuningsplan-2025.docx"],
                    LABEL_NM)
        for n, b in [("plan1", b1), ("plan2", b2), ("plan3", b3), ("plan4", b4), ("plan5", b5), ("nearmiss", bn)]:
            print(n, words(b), "words")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
