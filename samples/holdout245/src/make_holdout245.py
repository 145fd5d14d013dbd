#!/usr/bin/env python3
"""Generate holdout set 245: five fictional ondersteuningsplannen (VO/PO) and one near-miss.

Deterministic, no network. Writes documents and <name>.expected.yaml label files into the
folder one level above this script. PDFs are rendered from .docx with LibreOffice (soffice).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Shared filler chapters (written so that they do NOT address any core or advisory criterion)
# ----------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord: waarom ligt dit plan voor u?"),
        ("p", f"Beste lezer, voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. "
              "We hebben geprobeerd dit plan zo te schrijven dat iedereen het kan lezen: ouders, leraren, "
              "mentoren, schoolleiders, bestuurders en natuurlijk de leden van onze ondersteuningsplanraad. "
              "Daarom hebben we gekozen voor korte hoofdstukken met een vraag als kop. Waar we vaktaal "
              "gebruiken, vindt u achterin een begrippenlijst."),
        ("p", "De afgelopen vier jaar hebben we veel geleerd. We hebben gemerkt dat passend onderwijs "
              "vooral mensenwerk is. Een goed gesprek tussen een mentor, een leerling en zijn ouders doet "
              "vaak meer dan een dik dossier. Tegelijk zien we dat de vragen ingewikkelder worden: meer "
              "leerlingen met angstklachten, meer leerlingen die moeite hebben om elke dag naar school te "
              "gaan, en scholen die kampen met een tekort aan leraren. Dat vraagt om keuzes, en dit plan "
              "laat zien welke keuzes wij maken."),
        ("p", "Dit plan is tot stand gekomen in gesprek met veel mensen. We hebben bijeenkomsten "
              "georganiseerd met schoolleiders en ondersteuningscoördinatoren, we hebben gesproken met "
              "wethouders en beleidsmedewerkers van de gemeenten, en we hebben een avond gehouden waarop "
              "iedereen mee kon praten. We willen iedereen die heeft meegedacht hartelijk bedanken. Wij "
              "hopen dat u dit plan niet in een la legt, maar er af en toe in bladert. En als u iets mist "
              "of het ergens niet mee eens bent: laat het ons weten."),
        ("p", f"Namens het bestuur en het team van {c['kort']},"),
        ("p", f"{c['directeur']}, directeur-bestuurder"),
    ]


def wie_zijn_wij(c):
    return [
        ("h1", "Wie zijn wij eigenlijk?"),
        ("p", f"{c['naam']} (registratienummer {c['code']}) is een stichting waarin {c['besturen']} "
              f"schoolbesturen samenwerken. Samen hebben zij {c['scholen']} scholen met in totaal "
              f"{c['vestigingen']} vestigingen in de gemeenten {c['gemeenten']}. Op deze scholen zitten "
              f"ongeveer {c['leerlingen']} leerlingen. Wij zijn dus geen school, maar een organisatie van "
              "en voor scholen. Ons kantoor is klein: een team van ongeveer twaalf mensen, onder wie "
              "consulenten, een beleidsmedewerker, een secretariaat en een controller."),
        ("p", "Ons werkgebied is afwisselend. Er zijn stedelijke kernen met grote scholengemeenschappen, "
              "maar ook dorpen waar leerlingen elke dag een flink stuk moeten fietsen of met de bus naar "
              "school gaan. Dat heeft gevolgen voor de manier waarop we werken: wat in de stad vanzelf "
              "spreekt, is op het platteland soms lastig te organiseren. Het aantal leerlingen in de regio "
              "daalt de komende jaren licht. Vooral in de kleinere kernen zullen scholen dat merken."),
        ("p", "Wat doen wij dan wel? Kort gezegd: wij zorgen dat de scholen samen kunnen waarmaken wat de "
              "wet van ons vraagt. We maken afspraken, we verdelen wat er te verdelen valt, we nemen "
              "besluiten die de wet bij ons neerlegt en we helpen scholen als het ingewikkeld wordt. We "
              "doen dat niet alleen: de scholen zijn aan zet, wij faciliteren en verbinden."),
        ("table", [["Kengetal", "Peildatum 1 oktober 2025"],
                   ["Aantal schoolbesturen", str(c['besturen'])],
                   ["Aantal scholen", str(c['scholen'])],
                   ["Aantal vestigingen", str(c['vestigingen'])],
                   ["Aantal leerlingen (afgerond)", c['leerlingen']],
                   ["Aantal gemeenten in het werkgebied", str(c['n_gemeenten'])]]),
    ]


def visie(c):
    partner = (" Ouders kennen hun kind het best; wij zien hen als partner." if c.get('parents_ok', True)
               else "")
    return [
        ("h1", "Waar staan we voor?"),
        ("p", "Onze missie is eenvoudig te zeggen en moeilijk te doen: iedere jongere in onze regio "
              "verdient onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis, samen met "
              "leeftijdgenoten waar dat kan." + partner),
        ("p", "Daaruit volgen een paar uitgangspunten die u in het hele plan terugziet. Ten eerste: we "
              "kijken naar wat een leerling nodig heeft, niet naar een etiket. Een diagnose kan helpen om "
              "iets te begrijpen, maar bepaalt niet wat een leerling kan. Ten tweede: de school is de plek "
              "waar het gebeurt. Wij geloven dat de meeste vragen het best worden opgelost in de klas, door "
              "leraren die hun leerlingen kennen. Ten derde: we werken zo licht als het kan en zo zwaar als "
              "het moet. Ten vierde: we doen het samen, ook met partners buiten het onderwijs."),
        ("p", "In de vorige planperiode hebben we deze uitgangspunten ook al gebruikt. Wat nieuw is, is dat "
              "we meer nadruk willen leggen op de stem van de leerling zelf. Jongeren weten vaak heel goed "
              "wat wel en niet werkt. We willen hen daarom vaker en eerder betrekken bij gesprekken over "
              "hun eigen ontwikkeling, en ook bij het beleid van het samenwerkingsverband. Een eerste "
              "stap is een leerlingenpanel dat twee keer per jaar met het bestuur in gesprek gaat."),
        ("p", "Ten slotte: we willen een lerende organisatie zijn. Dat klinkt als een cliché, maar we "
              "menen het. We proberen nieuwe dingen uit, we kijken eerlijk naar wat niet werkt en we "
              "stoppen ook met dingen als ze niets opleveren. Leerlingen halen nu eenmaal betere resultaten "
              "op een school waar ook de volwassenen blijven leren."),
    ]


def terugblik(c):
    return [
        ("h1", "Hoe kijken we terug op de vorige periode?"),
        ("p", "De vorige planperiode was er een met hobbels. De coronajaren lieten hun sporen na, het "
              "lerarentekort werd in sommige vakken nijpend en het aantal vragen over sociaal-emotionele "
              "problemen nam toe. Tegelijk is er veel gelukt. Scholen werken meer samen dan vroeger, "
              "ondersteuningscoördinatoren weten elkaar te vinden en de lijnen met de gemeenten zijn korter "
              "geworden."),
        ("p", "We hebben de vorige periode geëvalueerd met een reeks gesprekken op de scholen en een "
              "digitale vragenlijst. Uit die gesprekken kwamen drie lessen naar voren. Eén: houd het "
              "eenvoudig. Formulieren en procedures werden als te zwaar ervaren. Twee: investeer in "
              "mensen, niet in papier. Drie: wees duidelijker over wat je van elkaar mag verwachten. Die "
              "lessen hebben we meegenomen bij het schrijven van dit plan."),
        ("p", "Niet alles wat we ons vier jaar geleden voornamen, is gelukt. Sommige plannen bleken te "
              "ambitieus, andere werden ingehaald door de werkelijkheid. We vinden het belangrijk om dat "
              "eerlijk te zeggen. Een plan is een kompas, geen dienstregeling."),
    ]


def governance(c):
    return [
        ("h1", "Wie beslist er bij ons?"),
        ("p", f"{c['naam']} is een stichting. De dagelijkse leiding ligt bij de directeur-bestuurder. "
              "Het toezicht ligt bij een raad van toezicht die bestaat uit bestuurders van de aangesloten "
              "schoolbesturen en twee onafhankelijke leden. Deze scheiding tussen bestuur en toezicht is "
              "vastgelegd in de statuten en in het toezichtkader. De raad van toezicht komt zes keer per jaar "
              "bijeen en heeft een auditcommissie en een remuneratiecommissie."),
        ("p", "Naast de formele organen is er een directeurenoverleg waarin de schoolleiders van alle "
              "scholen zitten. Hier wordt beleid voorbereid en worden ervaringen gedeeld. Het "
              "directeurenoverleg neemt geen besluiten, maar zonder draagvlak in dit overleg komt er in de "
              "praktijk weinig van de grond. Verder is er een netwerk van ondersteuningscoördinatoren dat "
              "zes keer per jaar bijeenkomt en een aantal werkgroepen die tijdelijk aan een thema werken."),
        ("p", "De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen onderling, "
              "zoals de wet voorschrijft. In de afgelopen periode is die regeling niet gebruikt. We houden "
              "ons aan de Code Goed Bestuur van de sectorraad en leggen daar jaarlijks verantwoording over "
              "af. Integriteit, transparantie en het voorkomen van belangenverstrengeling zijn daarbij "
              "vaste gesprekspunten."),
    ]


def opr(c):
    if c.get('parents_ok', True):
        samenstelling = ("De OPR bestaat voor de helft uit personeelsleden en voor de helft uit ouders en "
                         "leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de scholen. ")
    else:
        samenstelling = "De leden worden afgevaardigd vanuit de medezeggenschapsraden van de scholen. "
    return [
        ("h1", "Wie praat er mee over dit plan?"),
        ("p", "Een ondersteuningsplan wordt niet zomaar vastgesteld. De ondersteuningsplanraad (OPR) moet "
              "ermee instemmen. " + samenstelling +
              "De OPR vergadert ongeveer zes keer per jaar en heeft een eigen reglement en een eigen "
              "budget voor scholing en ondersteuning."),
        ("p", "Bij de voorbereiding van dit plan hebben we de OPR vroeg betrokken. In drie werksessies zijn "
              "de hoofdlijnen besproken voordat er een tekst lag. De OPR heeft daarbij vooral gevraagd om "
              "heldere taal en om minder vrijblijvendheid. Het samenwerkingsverband heeft zelf ook een "
              "medezeggenschapsraad voor het eigen personeel; die praat mee over zaken die het bureau "
              "betreffen."),
    ]


def oogo(c, substantive=True):
    out = [("h1", "Hoe werken we samen met de gemeenten?")]
    if substantive:
        out += [
            ("p", "Onderwijs en jeugdhulp raken elkaar voortdurend. Een leerling die thuis in de knel zit, "
                  "laat dat op school merken, en andersom. Daarom werken wij nauw samen met de gemeenten in "
                  "ons gebied. Met elke gemeente is er een contactpersoon, en twee keer per jaar is er een "
                  "bestuurlijk overleg met de wethouders onderwijs en jeugd."),
            ("p", "Samen met de gemeenten hebben we afgesproken dat op iedere school een vaste "
                  "jeugdprofessional van het wijkteam beschikbaar is, die de school kent en snel kan "
                  "schakelen. Voor leerlingen die zowel onderwijs als zorg nodig hebben, maken we "
                  "onderwijs-zorgarrangementen waarin school en jeugdhulp samen één plan maken. De "
                  "gemeente betaalt het zorgdeel, het onderwijs het onderwijsdeel. Leerlingenvervoer en "
                  "onderwijshuisvesting blijven taken van de gemeente; we stemmen die af waar nodig."),
        ]
    out += [
        ("p", f"Over het concept van dit plan is op overeenstemming gericht overleg (OOGO) gevoerd met de "
              f"colleges van burgemeester en wethouders op {c['oogo_datum']}. Ook is er overleg geweest met "
              f"het samenwerkingsverband {c['buur']}, waarvan het gebied overlapt met het onze. Het verslag "
              "van het OOGO is opgenomen in het archief van het samenwerkingsverband."),
    ]
    return out


def personeel(c):
    return [
        ("h1", "Wat betekent dit plan voor het personeel?"),
        ("p", "Passend onderwijs staat of valt met de mensen die het doen. Leraren, mentoren, "
              "onderwijsassistenten, ondersteuningscoördinatoren, orthopedagogen en schoolleiders: zij "
              "maken elke dag het verschil. Tegelijk staan zij onder druk. Het lerarentekort is in onze regio "
              "voelbaar, vooral in de bètavakken en in het praktijkgerichte onderwijs. We willen daarom "
              "zuinig zijn op de mensen die er zijn."),
        ("p", "Wij bieden een scholingsaanbod dat scholen samen met ons hebben samengesteld. Denk aan "
              "trainingen over het werken met leerlingen met autisme, over omgaan met angst en "
              "schoolverzuim, en over het voeren van een goed gesprek met ouders. Daarnaast organiseren we "
              "intervisie voor ondersteuningscoördinatoren en leernetwerken voor mentoren. Nieuwe collega's "
              "krijgen een introductieprogramma over passend onderwijs in de regio."),
        ("p", "Het bureau van het samenwerkingsverband heeft zelf ook personeel in dienst. Voor hen geldt "
              "de cao voortgezet onderwijs of primair onderwijs, afhankelijk van hun functie. We voeren met "
              "iedere medewerker jaarlijks een ontwikkelgesprek. Bij het aannemen van nieuwe medewerkers "
              "letten we op ervaring in het onderwijs en op de vaardigheid om te verbinden."),
        ("p", "Dit plan heeft voor het personeel van de scholen geen directe gevolgen voor de formatie. "
              "Wel vragen we van scholen dat zij deskundigheid op peil houden en delen. Het netwerk van "
              "orthopedagogen en het netwerk van ondersteuningscoördinatoren zijn daar belangrijke plekken "
              "voor. We vragen scholen om collega's ruimte te geven om aan deze netwerken deel te nemen."),
    ]


def ict(c):
    return [
        ("h1", "Hoe gaan we om met gegevens en ICT?"),
        ("p", "Bij ons werk hebben we soms gevoelige informatie nodig over leerlingen. We gaan daar "
              "zorgvuldig mee om. We vragen alleen de gegevens die echt nodig zijn, we bewaren ze niet "
              "langer dan de wet toestaat en we zorgen dat alleen de mensen die ermee moeten werken erbij "
              "kunnen. We hebben een functionaris gegevensbescherming, die wij delen met enkele andere "
              "samenwerkingsverbanden in de provincie."),
        ("p", "Dossiers worden uitgewisseld via een beveiligde digitale omgeving. E-mail met bijlagen over "
              "leerlingen gebruiken we niet meer. In de komende periode vervangen we het huidige systeem, "
              "omdat de leverancier ermee stopt. We betrekken ondersteuningscoördinatoren bij de keuze voor "
              "een nieuw systeem, zodat het aansluit bij hun dagelijkse werk."),
        ("p", "Ons privacyreglement staat op onze website. Daarin staat ook welke rechten ouders en "
              "leerlingen hebben, zoals het recht om gegevens in te zien of te laten corrigeren. Bij een "
              "datalek volgen we het protocol dat in het reglement is opgenomen."),
    ]


def aansluiting(c):
    return [
        ("h1", "Hoe gaat de overstap van de basisschool en naar het mbo?"),
        ("p", "Overstappen is spannend, voor leerlingen en voor hun ouders. Jaarlijks stappen in onze regio "
              "enkele duizenden leerlingen over van de basisschool naar het voortgezet onderwijs, en van het "
              "vmbo naar het mbo. Met het samenwerkingsverband primair onderwijs hebben we een gezamenlijke "
              "kalender voor aanmelding, overdracht en warme overdrachtsgesprekken."),
        ("p", "Bij de overstap naar het mbo werken we samen met de mbo-instellingen in de regio. Er zijn "
              "doorstroomprogramma's, meeloopdagen en een gezamenlijke afspraak over het overdragen van "
              "informatie. Ook hier geldt: een goede overdracht begint ruim voor de zomervakantie."),
    ]


def planning(c):
    return [
        ("h1", "Wanneer gebeurt wat?"),
        ("p", "Dit plan geldt voor vier schooljaren. Elk jaar maken we een jaarplan waarin staat welke "
              "activiteiten we dat jaar oppakken. Het jaarplan wordt in juni besproken met de OPR en het "
              "directeurenoverleg."),
        ("table", [["Moment", "Wat"],
                   [c['oogo_datum'], "OOGO met de gemeenten over het concept"],
                   [c['opr_datum'], "Instemming ondersteuningsplanraad"],
                   [c['vast_datum'], "Vaststelling door het bestuur"],
                   ["vóór 1 mei 2026", "Toezending aan de Inspectie van het Onderwijs"],
                   ["1 augustus 2026", "Ingang van het plan"]]),
        ("p", "Het plan kan tussentijds worden aangepast als de wet verandert of als er iets belangrijks "
              "gebeurt. Ook dan is instemming van de OPR nodig."),
    ]


def ontwikkelingen(c):
    return [
        ("h1", "Welke ontwikkelingen komen op ons af?"),
        ("p", "Een plan voor vier jaar schrijf je niet in een vacuüm. Er gebeurt veel in het onderwijs en "
              "in de samenleving, en dat heeft invloed op ons werk. We noemen de belangrijkste ontwikkelingen "
              "die we de komende jaren verwachten, zonder te doen alsof we precies weten hoe ze uitpakken."),
        ("p", "In de eerste plaats de krimp. In een deel van onze regio loopt het aantal leerlingen terug. "
              "Kleinere scholen krijgen het moeilijker om een breed aanbod in stand te houden. Besturen praten "
              "met elkaar over samenwerking en soms over fusie. Wij volgen die gesprekken en denken mee waar "
              "het de ondersteuning van leerlingen raakt."),
        ("p", "In de tweede plaats het lerarentekort. Scholen moeten creatief zijn om alle lessen te laten "
              "doorgaan. Dat gaat soms ten koste van de tijd voor begeleiding. We willen niet dat leerlingen "
              "die extra aandacht nodig hebben daar het eerst de dupe van worden, en we blijven daarover in "
              "gesprek met de schoolleiders."),
        ("p", "In de derde plaats de landelijke plannen voor passend en inclusiever onderwijs. Het ministerie "
              "werkt aan een landelijke norm en aan een route naar inclusiever onderwijs richting 2035. Wat dat "
              "precies gaat betekenen, is nog niet duidelijk. Wel is duidelijk dat de rol van "
              "samenwerkingsverbanden verandert: minder uitvoeren, meer regisseren. We bereiden ons daarop "
              "voor door met de besturen te verkennen welke taken in de toekomst waar het best belegd zijn."),
        ("p", "Ten slotte de digitalisering en de opkomst van nieuwe technologie in de klas. Die biedt kansen, "
              "bijvoorbeeld voor leerlingen met leesproblemen, maar ook risico's voor privacy en voor de "
              "concentratie van leerlingen. Scholen maken daar hun eigen afwegingen in; wij organiseren "
              "bijeenkomsten waarin ze ervaringen kunnen uitwisselen."),
    ]


def leerlingstem(c):
    return [
        ("h1", "Wat vinden leerlingen ervan?"),
        ("p", "We hebben voor dit plan gesproken met ruim veertig leerlingen van verschillende scholen en "
              "niveaus. We vroegen hen wat zij belangrijk vinden als het gaat om hulp op school. De "
              "antwoorden waren verrassend eensgezind. Leerlingen willen vooral een volwassene die naar hen "
              "luistert en die ze kunnen vertrouwen. Ze willen niet steeds opnieuw hun verhaal hoeven te "
              "vertellen. En ze willen niet dat hulp voelt als een straf of als iets waardoor ze opvallen in "
              "de klas."),
        ("p", "Een leerling uit klas 3 zei het zo: 'Het helpt als mijn mentor gewoon even vraagt hoe het gaat, "
              "niet alleen als het slecht gaat.' Een andere leerling vertelde dat een rustige plek in de school "
              "voor haar het verschil maakte. We nemen die verhalen serieus. Het leerlingenpanel dat we gaan "
              "oprichten, krijgt de opdracht om ons scherp te houden op dit soort eenvoudige maar belangrijke "
              "dingen."),
        ("p", "De gesprekken leverden ook kritische geluiden op. Sommige leerlingen vonden dat ze te weinig "
              "werden betrokken bij besluiten over hun eigen begeleiding, of dat de informatie te ingewikkeld "
              "was. Die kritiek hebben we meegenomen in de manier waarop dit plan is geschreven."),
    ]


def header_page(c, toc):
    blocks = [
        ("title", f"Ondersteuningsplan {c['periode']}"),
        ("p", c['naam']),
        ("p", c['ondertitel']),
        ("p", f"Registratienummer {c['code']} · vastgesteld {c['vast_datum']}"),
        ("pb",),
        ("h1", "Inhoud"),
    ]
    for i, t in enumerate(toc, 1):
        blocks.append(("toc", f"{i}. {t}\t{2 + i * 2}"))
    blocks.append(("pb",))
    return blocks


def begrippen(items):
    rows = [["Begrip", "Betekenis"]] + [list(x) for x in items]
    return [("h1", "Begrippenlijst"), ("table", rows)]


# ----------------------------------------------------------------------------------------------
# Plan 1: VO, docx — mostly complete; financien besteding and resultaten monitoring deferred
# ----------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Lingedal", kort="SWV VO Lingedal",
             code="VO 28-14", periode="2026-2030", besturen=9, scholen=14, vestigingen=19,
             gemeenten="Geldermalsen-Oost, Lingewaard-Zuid, Vuren en Asperen", n_gemeenten=4,
             leerlingen="11.400", directeur="M. (Marloes) van Dijk-Hendriks",
             ondertitel="Samen zorgen dat elke leerling op de goede plek zit",
             oogo_datum="10 februari 2026", opr_datum="17 maart 2026", vast_datum="31 maart 2026",
             buur="PO Lingedal (PO 28-06)")
    toc = ["Voorwoord: waarom ligt dit plan voor u?", "Wie zijn wij eigenlijk?", "Waar staan we voor?",
           "Hoe kijken we terug op de vorige periode?", "Wat mag u van elke school verwachten?",
           "En als een leerling meer nodig heeft?", "Hoe komt een leerling in het vso, lwoo of pro?",
           "Hoe zorgen we dat niemand thuis komt te zitten?", "Hoe houden we u op de hoogte? (Communicatie)",
           "Wat willen we bereiken?", "Hoe is het geld verdeeld?", "Hoe werken we samen met de gemeenten?",
           "Wie beslist er bij ons?", "Wie praat er mee over dit plan?",
           "Wat betekent dit plan voor het personeel?", "Hoe gaan we om met gegevens en ICT?",
           "Wanneer gebeurt wat?", "Begrippenlijst (terugplaatsing, resultaten, meerjarenbegroting, ouder- en jeugdsteunpunt)"]
    b = header_page(c, toc)
    b += voorwoord(c) + wie_zijn_wij(c) + visie(c) + terugblik(c)
    b += [
        ("h1", "Wat mag u van elke school verwachten?"),
        ("p", "Dit is misschien wel de belangrijkste vraag in dit plan. Het antwoord: op elke school van "
              "ons samenwerkingsverband, en op elke vestiging van die school, krijgt uw kind dezelfde "
              "basis. De veertien scholen hebben met elkaar afgesproken welk minimum iedere vestiging "
              "biedt. Dat noemen we de basisondersteuning. Geen school mag daaronder zitten; een school "
              "mag natuurlijk wel méér doen. De afspraken zijn vastgelegd in de 'Lingedalse standaard' "
              "die het bestuur in januari 2026 heeft vastgesteld, en die standaard staat hieronder volledig."),
        ("p", "Concreet betekent dit dat u op elke vestiging het volgende mag verwachten:"),
        ("ul", ["een mentor die uw kind kent, wekelijks een mentoruur geeft en minstens drie keer per jaar "
                "een gesprek met leerling en ouders voert;",
                "een ondersteuningscoördinator die aanspreekpunt is voor leerlingen, ouders en collega's en "
                "die het ondersteuningsteam van de school voorzit;",
                "een dyslexie- en dyscalculieprotocol met vaste afspraken over extra tijd, vergrote teksten, "
                "voorleessoftware en het gebruik van een rekenkaart;",
                "begeleiding bij plannen en organiseren (executieve functies), in kleine groepjes of "
                "individueel, gedurende maximaal tien weken;",
                "een sociale vaardigheids- of faalangsttraining, minstens twee keer per schooljaar;",
                "een time-out- of opvangruimte met een vaste begeleider, zodat een leerling even tot rust kan "
                "komen zonder naar huis te worden gestuurd;",
                "een protocol medisch handelen en afspraken over leerlingen met een chronische ziekte;",
                "een aanpak voor verzuim, waarbij na drie keer ongeoorloofd verzuim de leerplichtambtenaar "
                "en de jeugdarts worden betrokken;",
                "toegang tot een orthopedagoog of psycholoog voor observatie en advies (via het eigen "
                "bestuur of via het samenwerkingsverband)."]),
        ("p", "Hoe weten we dat scholen dit echt doen? Elke school beschrijft in haar schoolgids hoe zij "
              "de standaard invult. Eens per twee jaar bezoekt een team van twee ondersteuningscoördinatoren "
              "van andere scholen de school voor een collegiale audit aan de hand van een kwaliteitskaart. "
              "Als een school onder de standaard zit, maakt de schoolleider binnen zes weken een "
              "verbeterplan dat de directeur-bestuurder met de school bespreekt."),
        ("h1", "En als een leerling meer nodig heeft?"),
        ("p", "Soms is de basis niet genoeg. Dan kijken we samen wat er meer nodig is. We werken met vier "
              "niveaus die op elkaar aansluiten, zodat er geen gat zit tussen wat een school zelf kan en wat "
              "een speciale voorziening biedt:"),
        ("table", [["Niveau", "Wat is het?", "Waar?"],
                   ["1 Basisondersteuning", "De Lingedalse standaard (zie vorige hoofdstuk)", "Elke vestiging"],
                   ["2 Extra ondersteuning op school", "Arrangement op maat, bijvoorbeeld een "
                    "trajectvoorziening, extra begeleiding of een aangepast rooster", "Eigen school, "
                    "betaald uit het schoolbudget"],
                   ["3 Bovenschools arrangement", "Tijdelijke plaatsing in het OPDC 'De Overstap' of een "
                    "rebound-traject van maximaal 16 weken", "OPDC in Geldermalsen-Oost"],
                   ["4 Voortgezet speciaal onderwijs", "Vso cluster 3 of 4, met TLV", "Drie vso-scholen in "
                    "en net buiten de regio"]]),
        ("p", "Het ondersteuningsteam van de school bespreekt of een leerling naar een volgend niveau moet. "
              "Daarbij is altijd een consulent van het samenwerkingsverband aanwezig als het gaat om niveau 3 "
              "of 4. Ook de jeugdprofessional van het wijkteam schuift aan als dat helpt."),
        ("h1", "Hoe komt een leerling in het vso, lwoo of pro?"),
        ("p", "Voor het voortgezet speciaal onderwijs (vso) heeft een leerling een "
              "toelaatbaarheidsverklaring (TLV) nodig. Die wordt afgegeven door onze Commissie "
              "Toelaatbaarheid. Zo gaat het:"),
        ("ul", ["Stap 1. De school waar de leerling is ingeschreven (of aangemeld) dient de aanvraag in. Ouders "
                "tekenen mee voor gezien en geven hun zienswijze.",
                "Stap 2. Bij de aanvraag zit het ontwikkelingsperspectiefplan (OPP), een verslag van het "
                "ondersteuningsteam en een overzicht van wat de school al heeft geprobeerd.",
                "Stap 3. Twee deskundigen geven ieder apart een schriftelijk advies: altijd een orthopedagoog "
                "of psycholoog, en daarnaast, afhankelijk van de leerling, een jeugdarts, maatschappelijk "
                "werker of kinderpsychiater. Zij waren niet bij de aanvraag betrokken.",
                "Stap 4. De commissie besluit binnen zes weken na ontvangst van een volledige aanvraag. Ouders "
                "krijgen het besluit en de adviezen van de deskundigen schriftelijk."]),
        ("p", "Wanneer geeft de commissie een TLV af? Een leerling is toelaatbaar tot het vso als aan alle "
              "drie de volgende voorwaarden is voldaan: (a) de leerling heeft een ondersteuningsbehoefte die "
              "de mogelijkheden van niveau 1 tot en met 3 aantoonbaar overstijgt; (b) de school heeft "
              "minstens twee doelgerichte arrangementen van elk minstens drie maanden uitgevoerd en "
              "geëvalueerd, of er is sprake van een acute situatie; (c) het vso kan het "
              "ontwikkelingsperspectief van de leerling aantoonbaar beter waarmaken. De commissie kijkt "
              "daarbij naar onderwijsbehoeften, niet naar een diagnose."),
        ("p", "Een TLV geldt in de regel twee schooljaren, tot en met 31 juli. De commissie bepaalt ook de "
              "bekostigingscategorie (laag, midden of hoog). Bent u het niet eens met het besluit? Dan kunt u "
              "binnen zes weken bezwaar maken. Wij vragen daarover advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)."),
        ("p", "Voor leerwegondersteunend onderwijs (lwoo) en praktijkonderwijs (pro) gelden de landelijke "
              "criteria; wij gebruiken geen eigen lwoo-criteria. De vo-school vraagt de aanwijzing lwoo of "
              "de TLV pro aan via ons digitale loket, vóór 1 maart van het jaar waarin de leerling instroomt. "
              "De Commissie Toelaatbaarheid toetst de gegevens (intelligentie, leerachterstanden, "
              "sociaal-emotionele problematiek) en beslist binnen vier weken."),
        ("h2", "En daarna: terug naar een gewone school?"),
        ("p", "Een plaatsing in het vso is niet voor altijd bedoeld. Ons uitgangspunt is dat een leerling "
              "teruggaat naar het regulier voortgezet onderwijs zodra dat verantwoord is. Dat doel staat "
              "vanaf de eerste dag in het OPP. Voorwaarde is dat de leerling de ondersteuning die hij nog "
              "nodig heeft op een reguliere school kan krijgen en dat de ontvangende school daarin is "
              "meegenomen."),
        ("p", "Elk jaar evalueert de vso-school met de leerling en de ouders het OPP. In het laatste jaar van "
              "de TLV organiseert de vso-school uiterlijk 1 februari een overleg met ouders, leerling, een "
              "consulent van ons en de beoogde reguliere school. Daar wordt besloten: terug naar regulier, of "
              "een nieuwe aanvraag voor een TLV. Wordt het regulier, dan eindigt de TLV op 31 juli en start de "
              "leerling na de zomer op de nieuwe school. Het samenwerkingsverband betaalt dan een "
              "overstaparrangement van een half jaar, waarin een begeleider van de vso-school de leerling en "
              "de mentor op de nieuwe school ondersteunt. Na drie maanden is er een evaluatiegesprek."),
        ("h1", "Hoe zorgen we dat niemand thuis komt te zitten?"),
        ("p", "Elke leerling hoort op school. Toch zijn er in onze regio nog steeds jongeren die thuiszitten, "
              "soms maandenlang. Dat accepteren we niet. Onze aanpak:"),
        ("ul", ["Elke school meldt een leerling die langer dan vier weken niet of nauwelijks naar school gaat "
                "bij de thuiszitterstafel van het samenwerkingsverband.",
                "De thuiszitterstafel (consulent, leerplicht, jeugdhulp, school) komt elke twee weken bijeen "
                "en maakt binnen twee weken een plan met een eigenaar.",
                "Lukt het niet binnen drie maanden, dan schaalt de consulent op naar de directeur-bestuurder, "
                "die doorzettingsmacht heeft om een school of voorziening een plaats te laten bieden.",
                "Eens per jaar analyseren we met de gemeenten voor welke groepen er geen passend aanbod is "
                "(bijvoorbeeld hoogbegaafde leerlingen met angstklachten). Daaruit volgen afspraken over "
                "nieuwe voorzieningen."]),
        ("p", "Scholen hebben zorgplicht: wie een leerling aanmeldt met een ondersteuningsvraag, krijgt "
              "binnen zes (eventueel tien) weken een passende plek aangeboden, op de eigen school of op een "
              "andere school. Lukt dat niet, dan helpt ons bureau de school bij het zoeken."),
        ("h1", "Hoe houden we u op de hoogte? (Communicatie)"),
        ("p", "Goede informatie is de basis voor een goed gesprek. Wij informeren ouders op verschillende "
              "manieren over de ondersteuning in de regio. Op onze website staat per school een overzicht "
              "van de ondersteuning die de school biedt, met een link naar de schoolgids. Elk najaar "
              "organiseren we twee informatieavonden voor ouders van leerlingen in groep 8 en klas 1, samen "
              "met het samenwerkingsverband PO. Daarnaast is er een folder 'Wat als mijn kind extra hulp "
              "nodig heeft?' die elke school bij het intakegesprek meegeeft, ook in het Engels, Arabisch en "
              "Pools."),
        ("p", "Soms heeft u behoefte aan iemand die niet bij de school of bij ons hoort. Dan kunt u terecht "
              "bij het Ouder- en Jeugdsteunpunt Rivierenland. Dat is onafhankelijk en gratis; een "
              "medewerker denkt met u mee, gaat eventueel mee naar gesprekken en kan u doorverwijzen naar de "
              "onderwijsconsulenten van het ministerie. Komt u er met de school niet uit, dan kunt u een "
              "klacht indienen via de klachtenregeling van het schoolbestuur of een geschil voorleggen aan "
              "de Geschillencommissie passend onderwijs."),
        ("h1", "Wat willen we bereiken?"),
        ("p", "We hebben voor deze planperiode vijf doelen voor leerlingen die extra ondersteuning nodig "
              "hebben. We hebben ze zo concreet mogelijk gemaakt:"),
        ("ul", ["In 2030 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod.",
                "Het percentage leerlingen in het vso daalt van 3,4% naar hooguit 3,0%.",
                "Ten minste 90% van de leerlingen met een arrangement op niveau 2 rondt het schooljaar af op "
                "de eigen school.",
                "Van de leerlingen die het OPDC verlaten, stroomt minstens 80% door naar een reguliere school.",
                "Elke leerling met een OPP heeft ten minste twee keer per jaar een gesprek waarin hij zelf "
                "zijn doelen bespreekt."]),
        ("p", "Hoe we deze doelen precies gaan volgen, welke cijfers we verzamelen en wanneer we erover "
              "rapporteren, werken we in het eerste planjaar uit in een monitor. Die monitor is op het moment "
              "van schrijven nog niet klaar."),
        ("h1", "Hoe is het geld verdeeld?"),
        ("p", "Het samenwerkingsverband krijgt van het Rijk geld voor lichte en zware ondersteuning. Een "
              "deel daarvan gaat rechtstreeks naar het vso (de afdracht voor leerlingen met een TLV). Wat "
              "overblijft verdelen we volgens een vaste verdeelsleutel die het bestuur in 2025 heeft "
              "vastgesteld:"),
        ("ul", ["Elke school krijgt een schoolbudget op basis van het aantal leerlingen op 1 oktober van het "
                "voorgaande jaar, vermeerderd met een opslag voor vestigingen met meer dan 15% leerlingen uit "
                "postcodegebieden met een lage sociaal-economische status.",
                "Bovenschoolse arrangementen (OPDC, rebound) worden niet over de scholen verdeeld maar "
                "centraal ingekocht; scholen betalen geen eigen bijdrage.",
                "Het lwoo- en pro-budget geven we volledig door aan de scholen die lwoo of pro bieden, naar "
                "rato van het aantal aangewezen leerlingen.",
                "Scholen kunnen voor een individuele leerling een aanvullend arrangement aanvragen bij de "
                "consulent; die beslist binnen drie weken op basis van het OPP."]),
        ("p", "Hoeveel geld er naar elk van deze posten gaat en hoe de begroting er de komende jaren uitziet, "
              "leest u in de meerjarenbegroting 2026-2030. Die wordt na vaststelling door de raad van toezicht "
              "als bijlage 6 aan dit plan toegevoegd."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c)
    b += begrippen([
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."),
        ("Meerjarenbegroting", "Begroting voor meerdere jaren, met bedragen per post."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."),
        ("Resultaten", "Wat het samenwerkingsverband bereikt voor leerlingen met extra ondersteuning."),
        ("Terugplaatsing", "Het teruggaan van een leerling van het vso naar het regulier onderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
    ])
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat mag u van elke school verwachten?': Lingedalse standaard for every vestiging plus a full list; collegial audit = borging.",
               "plaatsing": "'Hoe komt een leerling in het vso, lwoo of pro?': 4 steps, criteria (a)-(c), two deskundigen, 2 years/category, LBT bezwaar; lwoo/pro via loket.",
               "terugstroom": "Hidden as sub-section 'En daarna: terug naar een gewone school?' inside the TLV chapter: policy, conditions, 1 Feb meeting, TLV ends 31 July, overstaparrangement.",
               "financien": "'Hoe is het geld verdeeld?' gives the verdeelsleutel; amounts/meerjarenbegroting deferred to absent bijlage 6 -> besteding not addressed.",
               "dekkend-aanbod": "Continuum table of 4 niveaus + thuiszitterstafel, doorzettingsmacht, yearly gap analysis, zorgplicht.",
               "resultaten": "'Wat willen we bereiken?' lists five measurable doelen; monitoring explicitly deferred to a monitor 'nog niet klaar'.",
               "ouders": "Found under '(Communicatie)': website, folder, info evenings; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachten/geschillen."},
    )
    return c, b, label


# ----------------------------------------------------------------------------------------------
# Plan 2: VO, docx — money under 'Geld en middelen', terugstroom and dekkend aanbod missing
# ----------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Samenwerkingsverband VO De Brede Stroom", kort="De Brede Stroom", code="VO 30-03",
             periode="2026-2030", besturen=6, scholen=10, vestigingen=13,
             gemeenten="Stroomdal, Westerbroek en Hallum-Oost", n_gemeenten=3, leerlingen="8.200",
             directeur="drs. P. (Peter) Oosterhuis",
             ondertitel="Een plan voor ouders, leerlingen en iedereen die in het onderwijs werkt",
             oogo_datum="3 februari 2026", opr_datum="10 maart 2026", vast_datum="24 maart 2026",
             buur="PO Stroomdal (PO 30-01)")
    toc = ["Voorwoord: waarom ligt dit plan voor u?", "Wie zijn wij eigenlijk?", "Waar staan we voor?",
           "Wat is basisondersteuning?", "Wat als het op school niet lukt? Toelaatbaarheid vso, lwoo en pro",
           "Geld en middelen", "Doen we wat we beloven?", "Wat kunnen ouders van ons verwachten?",
           "Hoe kijken we terug op de vorige periode?", "Hoe gaat de overstap van de basisschool en naar het mbo?",
           "Hoe werken we samen met de gemeenten?", "Wie beslist er bij ons?", "Wie praat er mee over dit plan?",
           "Wat betekent dit plan voor het personeel?", "Hoe gaan we om met gegevens en ICT?",
           "Wanneer gebeurt wat?", "Welke ontwikkelingen komen op ons af?",
           "Wat vinden leerlingen ervan?", "Begrippenlijst"]
    b = header_page(c, toc)
    b += voorwoord(c) + wie_zijn_wij(c) + visie(c)
    b += [
        ("h1", "Wat is basisondersteuning?"),
        ("p", "Basisondersteuning is de ondersteuning die elke school in ons samenwerkingsverband biedt, "
              "zonder dat daar een aanvraag of een apart budget voor nodig is. Het bestuur heeft in 2024 één "
              "gezamenlijk niveau vastgesteld dat voor alle tien scholen en alle dertien vestigingen geldt. "
              "Geen vestiging mag daaronder zakken."),
        ("p", "Welke voorzieningen daar precies bij horen, beschrijft iedere school voorlopig zelf in haar "
              "schoolgids. Een gezamenlijke, uitgewerkte lijst met wat u overal kunt verwachten, stellen we "
              "op in het schooljaar 2026-2027, zodra de landelijke norm voor basisondersteuning bekend is. "
              "Tot die tijd is de schoolgids van uw school het aanspreekpunt."),
        ("h1", "Wat als het op school niet lukt? Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Soms heeft een leerling meer nodig dan een reguliere school kan bieden. Dan kan een plek in het "
              "voortgezet speciaal onderwijs (vso) de beste oplossing zijn. Daarvoor is een "
              "toelaatbaarheidsverklaring (TLV) nodig."),
        ("p", "Wie vraagt aan? Het bevoegd gezag van de school waar de leerling staat ingeschreven. De "
              "ondersteuningscoördinator vult samen met de ouders het aanvraagformulier in en voegt het "
              "groeidocument en het laatste OPP toe. De aanvraag gaat naar het Loket Toewijzing van De Brede "
              "Stroom. Het loket controleert binnen vijf werkdagen of de aanvraag compleet is. Daarna "
              "vraagt het loket advies aan twee deskundigen: een GZ-psycholoog of orthopedagoog en een "
              "tweede deskundige die past bij de vraag van de leerling. De directeur van het loket neemt het "
              "besluit binnen zes weken na de complete aanvraag."),
        ("p", "Het loket geeft een TLV af als: de leerling een ernstige en langdurige beperking in leren of "
              "gedrag heeft die blijkt uit het groeidocument; de school de mogelijkheden van extra "
              "ondersteuning aantoonbaar heeft benut gedurende minstens zes maanden; en de deskundigen "
              "beiden adviseren dat het vso beter aansluit bij het perspectief van de leerling. Bij een "
              "acute veiligheidssituatie kan het loket van de termijn van zes maanden afwijken."),
        ("p", "Een TLV wordt afgegeven voor één, twee of drie schooljaren, in categorie laag, midden of hoog. "
              "Het loket kiest categorie midden of hoog alleen bij een lichamelijke of meervoudige beperking."),
        ("p", "Voor lwoo en praktijkonderwijs volgen we de landelijke criteria. De school levert de "
              "testgegevens aan vóór 15 februari; het loket beslist vóór 1 april zodat de leerling op tijd "
              "weet waar hij aan toe is."),
        ("p", "Ook terugplaatsing vanuit het vso heeft onze aandacht."),
        ("h1", "Geld en middelen"),
        ("p", "Hoe komt het geld bij de leerling terecht? Dat is een vraag die we vaak krijgen. Het antwoord "
              "staat in dit hoofdstuk. De Brede Stroom ontvangt jaarlijks ongeveer 11,8 miljoen euro. Na aftrek "
              "van de afdrachten aan het vso (voor leerlingen met een TLV) en aan het praktijkonderwijs en "
              "lwoo verdelen we het geld als volgt:"),
        ("ul", ["Vaste voet per school: € 40.000, zodat ook kleine scholen een ondersteuningscoördinator "
                "kunnen betalen.",
                "Bedrag per leerling: € 152 per ingeschreven leerling op 1 oktober.",
                "Een arrangementenpot die het loket toekent op aanvraag, op basis van het OPP en een "
                "begroting van de school, tot maximaal € 12.000 per leerling per jaar."]),
        ("p", "In de tabel hieronder ziet u waaraan het geld de komende jaren wordt besteed (bedragen in "
              "euro's, afgerond):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso", "4.950.000", "4.900.000", "4.850.000", "4.800.000"],
                   ["Lwoo en pro (doorbetaling)", "2.600.000", "2.580.000", "2.560.000", "2.540.000"],
                   ["Schoolbudgetten (vaste voet + per leerling)", "1.650.000", "1.640.000", "1.630.000", "1.620.000"],
                   ["Arrangementenpot", "1.400.000", "1.420.000", "1.440.000", "1.460.000"],
                   ["Bureau, loket en consulenten", "820.000", "830.000", "840.000", "850.000"],
                   ["Scholing en netwerken", "180.000", "180.000", "180.000", "180.000"],
                   ["Totaal", "11.600.000", "11.550.000", "11.500.000", "11.450.000"]]),
        ("p", "De reserve van het samenwerkingsverband ligt boven de signaleringswaarde van de Inspectie. "
              "We bouwen die af door in 2026 en 2027 jaarlijks € 200.000 extra in de arrangementenpot te "
              "stoppen. Scholen verantwoorden de besteding van hun schoolbudget jaarlijks in een kort "
              "formulier dat bij het jaarverslag wordt gevoegd."),
        ("h1", "Doen we wat we beloven?"),
        ("p", "We willen dat passend onderwijs iets oplevert voor leerlingen. Daarom hebben we afgesproken "
              "wat we in 2030 willen zien:"),
        ("ul", ["85% van de leerlingen met een arrangement haalt een diploma of startkwalificatie op de "
                "school waar het arrangement begon (nu 78%).",
                "Het aantal vrijstellingen van de leerplicht op grond van artikel 5a daalt met de helft.",
                "Leerlingen met een OPP geven hun ondersteuning gemiddeld minimaal een 7 in de "
                "tevredenheidspeiling."]),
        ("p", "Twee keer per jaar, in november en in mei, verzamelt het bureau de cijfers uit de "
              "leerlingadministratie, de arrangementenregistratie en de tevredenheidspeiling. Die cijfers "
              "bespreken we in een kwaliteitsgesprek met elke school. Eén keer per jaar rapporteren we in het "
              "jaarverslag welke resultaten zijn bereikt, en wat de arrangementen per leerling hebben gekost. "
              "De OPR krijgt deze rapportage vóór 1 juli."),
        ("h1", "Wat kunnen ouders van ons verwachten?"),
        ("p", "Ouders moeten kunnen weten wat er mogelijk is. Daarom zetten wij op onze website een "
              "overzicht van de ondersteuning per school, met de schoolgidsen erbij. Bij de aanmelding in "
              "klas 1 krijgt elke ouder onze brochure 'Ondersteuning in De Brede Stroom'. In maart "
              "organiseren we een ouderavond over het aanvragen van extra hulp."),
        ("p", "Wilt u onafhankelijk advies? Een overzicht van organisaties waar u terechtkunt, plaatsen we "
              "op onze website zodra het ouder- en jeugdsteunpunt in onze regio is ingericht."),
    ]
    b += terugblik(c) + aansluiting(c) + oogo(c, substantive=False) + governance(c) + opr(c) + personeel(c)
    b += ict(c) + planning(c) + ontwikkelingen(c) + leerlingstem(c)
    b += begrippen([
        ("Dekkend aanbod", "Een netwerk van voorzieningen waardoor elke leerling een passende plek heeft."),
        ("Terugplaatsing", "Een leerling gaat van het vso terug naar een reguliere school."),
        ("Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijke plek voor vragen van ouders en jongeren."),
        ("Arrangement", "Extra ondersteuning op maat voor een leerling."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ])
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                            "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat is basisondersteuning?': one level for all vestigingen (niveau), but content left to schoolgidsen and a list 'stellen we op in 2026-2027' -> inhoud not addressed.",
               "plaatsing": "Loket Toewijzing: who applies, dossier, two deskundigen, 6 weeks; three criteria; lwoo/pro with national criteria and dates.",
               "terugstroom": "Only the one-line passing mention 'Ook terugplaatsing ... heeft onze aandacht' and the glossary entry; nothing substantive.",
               "financien": "Under 'Geld en middelen': vaste voet, per-leerling bedrag, arrangementenpot; 2026-2029 table with amounts; reserves and school verantwoording.",
               "dekkend-aanbod": "No continuum or thuiszitters/gap handling; OOGO only procedural; 'dekkend aanbod' and 'thuiszitter' only in the begrippenlijst.",
               "resultaten": "'Doen we wat we beloven?': targets for 2030 plus twice-yearly data collection, kwaliteitsgesprek and jaarverslag reporting. (The 5a-vrijstellingen target is a doel, not gap handling.)",
               "ouders": "Website, brochure, ouderavond = informatie; independent help deferred ('zodra het ouder- en jeugdsteunpunt is ingericht') -> steunpunt false. OPR half ouders/leerlingen = betrokkenheid."},
    )
    return c, b, label


# ----------------------------------------------------------------------------------------------
# Plan 3: PO, pdf — criteria deferred, terugplaatsing procedure referred to website, no resultaten
# ----------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Heuvelland-West", kort="SWV Heuvelland-West",
             code="PO 31-12", periode="2026-2030", besturen=11, scholen=58, vestigingen=63,
             gemeenten="Heuvelrand, Vijlenberg, Gulpdal en Eckelrade", n_gemeenten=4, leerlingen="9.900",
             directeur="J. (Jos) Ramakers", ondertitel="Elk kind een passende plek, dichtbij huis",
             oogo_datum="27 januari 2026", opr_datum="3 maart 2026", vast_datum="17 maart 2026",
             buur="VO Heuvelland (VO 31-04)")
    toc = ["Voorwoord: waarom ligt dit plan voor u?", "Wie zijn wij eigenlijk?", "Waar staan we voor?",
           "Wat biedt elke basisschool?",
           "Hoe kom je op een sbo- of so-school?", "Kan een kind weer terug naar de basisschool?",
           "Waar gaat het geld naartoe?", "Wat doen we voor kinderen zonder passende plek?",
           "Waar kunnen ouders terecht?", "Hoe werken we samen met de gemeenten?", "Wie beslist er bij ons?",
           "Wie praat er mee over dit plan?", "Wat betekent dit plan voor het personeel?",
           "Hoe gaan we om met gegevens en ICT?", "Wanneer gebeurt wat?",
           "Welke ontwikkelingen komen op ons af?", "Begrippenlijst (resultaten, kwaliteitszorg, dekkend aanbod)"]
    b = header_page(c, toc)
    b += voorwoord(c) + wie_zijn_wij(c) + visie(c)
    b += [
        ("h1", "Wat biedt elke basisschool?"),
        ("p", "Alle 58 basisscholen in Heuvelland-West hebben samen afgesproken wat elke school en elke "
              "vestiging minimaal biedt. Dit is de basisondersteuning. Ze geldt ook voor de kleinste "
              "dorpsschool met twee combinatiegroepen. Wat de afspraak inhoudt:"),
        ("table", [["Onderdeel", "Wat u mag verwachten"],
                   ["Intern begeleider", "Op elke vestiging een intern begeleider (ib'er) met minstens "
                    "één dag per week per 100 leerlingen"],
                   ["Lezen en rekenen", "Dyslexieprotocol en protocol ernstige rekenproblemen; "
                    "extra instructie in kleine groepjes"],
                   ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren in alle groepen "
                    "en een pestprotocol"],
                   ["Meer- en hoogbegaafdheid", "Verrijkingsstof in de klas en een plusgroep op elke school "
                    "of in samenwerking met een buurschool"],
                   ["Taal", "Extra woordenschatonderwijs voor kinderen met een taalachterstand"],
                   ["Medisch handelen", "Een protocol en afspraken met ouders over medicijngebruik"],
                   ["Planmatig werken", "Groepsbesprekingen drie keer per jaar; ouders worden bij "
                    "leerlingbesprekingen uitgenodigd"],
                   ["Ondersteuningsteam", "Twee keer per jaar (en op verzoek) een ondersteuningsteam "
                    "met ib'er, ouders, schoolmaatschappelijk werk en de consulent van het SWV"]]),
        ("p", "Wat de basisondersteuning voor een school betekent, staat ook in de schoolgids. Het "
              "samenwerkingsverband kijkt elke twee jaar tijdens een schoolbezoek of de afspraken worden "
              "nagekomen."),
        ("p", "Hoe de extra ondersteuning tussen de basisondersteuning en het speciaal (basis)onderwijs wordt "
              "ingericht, herijken we. Het nieuwe ondersteuningsmodel wordt in het voorjaar van 2027 aan de "
              "OPR voorgelegd."),
        ("h1", "Hoe kom je op een sbo- of so-school?"),
        ("p", "In ons gebied zijn drie scholen voor speciaal basisonderwijs (sbo) en twee scholen voor "
              "speciaal onderwijs (so) cluster 3 en 4. Een kind kan daar alleen naartoe met een "
              "toelaatbaarheidsverklaring (TLV). De aanvraag verloopt zo:"),
        ("ul", ["De basisschool bespreekt het kind in het ondersteuningsteam, samen met de ouders.",
                "Het bestuur van de basisschool dient de aanvraag digitaal in bij de Commissie van "
                "Toelaatbaarheid (CvT), met het OPP, het groeidocument en de zienswijze van de ouders.",
                "Een orthopedagoog en een tweede deskundige (bijvoorbeeld een jeugdarts of "
                "maatschappelijk werker) geven ieder apart advies.",
                "De CvT besluit binnen zes weken. Ouders en school krijgen het besluit schriftelijk.",
                "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. De "
                "bezwaaradviescommissie van het samenwerkingsverband adviseert het bestuur."]),
        ("p", "De CvT weegt iedere aanvraag zorgvuldig af en kijkt naar het hele kind. Een vast kader met "
              "criteria voor sbo en so ontwikkelen we in het schooljaar 2026-2027 samen met de scholen."),
        ("h1", "Kan een kind weer terug naar de basisschool?"),
        ("p", "Ja. Wij vinden dat een kind in het sbo of so zo mogelijk teruggaat naar een gewone "
              "basisschool, bij voorkeur een school dicht bij huis. Dat is voor ons geen bijzaak: we willen "
              "dat het aantal kinderen dat terugkeert de komende jaren groeit. Voorwaarden zijn dat het kind "
              "zich in het sbo of so voldoende heeft ontwikkeld, dat de ouders de terugkeer steunen en dat "
              "de ontvangende basisschool de ondersteuning kan bieden die het kind nog nodig heeft."),
        ("p", "Na de terugkeer krijgt de basisschool een jaar lang begeleiding van een ambulant begeleider "
              "van de sbo- of so-school, en kan de school een terugkeerbudget van € 3.000 aanvragen voor "
              "extra handen in de klas."),
        ("p", "Hoe en wanneer een terugplaatsing precies wordt bekeken, verschilt per sbo- en so-school. Het "
              "terugplaatsingsprotocol vindt u op de website van het samenwerkingsverband."),
        ("h1", "Waar gaat het geld naartoe?"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk ondersteuningsmiddelen. Het bestuur verdeelt "
              "die volgens deze regels:"),
        ("ul", ["Schoolbesturen krijgen € 165 per leerling op de teldatum van 1 februari, voor de "
                "basisondersteuning.",
                "Voor kinderen met een TLV betaalt het samenwerkingsverband de afdracht aan het sbo en so.",
                "Een centraal ondersteuningsbudget blijft bij het samenwerkingsverband; een bestuur kan "
                "daaruit per leerling maximaal € 9.500 per jaar ontvangen, op aanvraag bij de consulent.",
                "Jaarlijks vóór 1 december stelt het bestuur de begroting vast; scholen horen vóór 1 januari "
                "welk bedrag zij krijgen."]),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdracht sbo en so", "6.120", "6.050", "5.980", "5.900"],
                   ["Budget per leerling naar besturen", "1.630", "1.610", "1.600", "1.590"],
                   ["Centraal ondersteuningsbudget", "820", "840", "860", "880"],
                   ["Thuiszittersaanpak en maatwerk", "150", "150", "150", "150"],
                   ["Bureau en CvT", "690", "700", "710", "720"],
                   ["Totaal lasten", "9.410", "9.350", "9.300", "9.240"]]),
        ("h1", "Wat doen we voor kinderen zonder passende plek?"),
        ("p", "Het komt voor dat een kind tijdelijk geen school heeft die bij hem past, of dat een kind "
              "thuiszit. Dat willen we zo snel mogelijk oplossen. Elke school meldt een kind dat langer dan "
              "twee weken niet naar school gaat bij de leerplichtambtenaar en bij onze consulent. Binnen "
              "tien schooldagen is er een overleg met ouders, school, leerplicht en jeugdhulp, waarin een "
              "plan wordt gemaakt met één regisseur. Lukt het na acht weken niet, dan neemt de "
              "directeur-bestuurder de regie en kan hij een school vragen het kind tijdelijk op te nemen. "
              "Eén keer per jaar maken we met de gemeenten een analyse van de kinderen voor wie geen passend "
              "aanbod was, en bespreken we welke voorziening in de regio ontbreekt."),
        ("h1", "Waar kunnen ouders terecht?"),
        ("p", "Heeft u als ouder een vraag of loopt u vast in het contact met de school? Dan kunt u gratis "
              "terecht bij het Steunpunt Ouders Heuvelland. Dat steunpunt is onafhankelijk van de scholen en "
              "van het samenwerkingsverband. U kunt ook contact opnemen met de onderwijsconsulenten van "
              "Onderwijsconsulenten.nl. Bij een klacht over de school geldt de klachtenregeling van het "
              "schoolbestuur; geschillen over toelating of het OPP kunt u voorleggen aan de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Hoe we ouders beter gaan informeren over de ondersteuning in de regio, is een van de "
              "ontwikkelpunten voor de komende planperiode."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c) + ontwikkelingen(c)
    b += begrippen([
        ("Basisondersteuning", "De afgesproken ondersteuning die elke school biedt."),
        ("Dekkend aanbod", "Voor elk kind een passende plek."),
        ("Kwaliteitszorg", "Het volgen en verbeteren van de resultaten van het samenwerkingsverband."),
        ("Resultaten", "Wat we willen bereiken en hebben bereikt voor kinderen met extra ondersteuning."),
        ("Sbo", "Speciaal basisonderwijs."),
        ("So", "Speciaal onderwijs (cluster 3 en 4)."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ])
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat biedt elke basisschool?': minimum for every vestiging + content table; two-yearly school visit = borging.",
               "plaatsing": "Procedure steps (bestuur applies, CvT, two deskundigen, 6 weeks, bezwaar) but criteria deferred ('ontwikkelen we in 2026-2027').",
               "terugstroom": "'Kan een kind weer terug naar de basisschool?': aims, conditions, aftercare = beleid; procedure only referred to a protocol on the website.",
               "financien": "'Waar gaat het geld naartoe?': per-leerling bedrag, arrangement rules, dates + 2026-2029 begroting table.",
               "dekkend-aanbod": "Thuiszitters/no-place approach with regie and yearly gap analysis = lacunes; continuum of extra support explicitly deferred to a 2027 model.",
               "resultaten": "No intended results or monitoring anywhere; 'resultaten'/'kwaliteitszorg' only in TOC/begrippenlijst and visie prose.",
               "ouders": "Steunpunt Ouders Heuvelland, onderwijsconsulenten, klachten/geschillen = steunpunt; informing parents only named as a 'ontwikkelpunt'."},
    )
    return c, b, label


# ----------------------------------------------------------------------------------------------
# Plan 4: VO, pdf — 'op hoofdlijnen'; basis deferred, procedure in absent bijlage, no money, no ouders
# ----------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband VO Kempenrand", kort="SWV Kempenrand", code="VO 30-08",
             periode="2026-2030", besturen=5, scholen=8, vestigingen=11,
             gemeenten="Kempenrand, Bergeijkse Hoef en Luyksveld", n_gemeenten=3, leerlingen="6.300",
             directeur="A. (Anouk) Verhoeven", ondertitel="Beleidsplan op hoofdlijnen",
             oogo_datum="5 februari 2026", opr_datum="24 maart 2026", vast_datum="7 april 2026",
             buur="PO Kempenrand (PO 30-09)", parents_ok=False)
    toc = ["Voorwoord: waarom ligt dit plan voor u?", "Wie zijn wij eigenlijk?", "Waar staan we voor?",
           "Basisondersteuning: wat is dat?", "Welke ondersteuning is er in de regio?",
           "Wanneer kan een leerling naar het vso of pro?", "Terug naar het regulier: hoe gaat dat?",
           "Hoe volgen we of het werkt?", "Financiën", "Ouders en communicatie",
           "Hoe werken we samen met de gemeenten?", "Wie beslist er bij ons?", "Wie praat er mee over dit plan?",
           "Wat betekent dit plan voor het personeel?", "Hoe gaan we om met gegevens en ICT?",
           "Wanneer gebeurt wat?", "Welke ontwikkelingen komen op ons af?",
           "Wat vinden leerlingen ervan?", "Begrippenlijst"]
    b = header_page(c, toc)
    b += voorwoord(c) + wie_zijn_wij(c) + visie(c) + terugblik(c)
    b += [
        ("h1", "Basisondersteuning: wat is dat?"),
        ("p", "Over de basisondersteuning maken de besturen in de loop van 2027 nieuwe afspraken, in lijn met "
              "de landelijke norm die het ministerie voorbereidt. Het heeft weinig zin om nu een eigen lijst "
              "vast te leggen die over een jaar weer moet worden aangepast. Tot die tijd verwijzen we naar de "
              "schoolgidsen van de scholen."),
        ("h1", "Welke ondersteuning is er in de regio?"),
        ("p", "Binnen Kempenrand is de ondersteuning opgebouwd als een trap met vier treden. Elke trede "
              "sluit aan op de vorige:"),
        ("ul", ["Trede 1: de ondersteuning die de school zelf in de klas en in de mentorles biedt.",
                "Trede 2: een arrangement op de eigen school, bijvoorbeeld in de trajectklas of het "
                "leerlingondersteuningscentrum van de school, met een eigen begeleider.",
                "Trede 3: een tijdelijke plaatsing in het orthopedagogisch-didactisch centrum 'Het "
                "Kantelpunt' (maximaal één schooljaar) of in de rebound (maximaal 12 weken), waarna de "
                "leerling teruggaat naar de eigen school.",
                "Trede 4: het voortgezet speciaal onderwijs of het praktijkonderwijs."]),
        ("p", "Waar loopt het vast? Wij houden maandelijks een thuiszitterstafel met leerplicht, de "
              "wijkteams en de betrokken scholen. Iedere leerling die langer dan vier weken thuiszit, wordt "
              "daar besproken tot er een plek is. Elk voorjaar maken we samen met de gemeenten een overzicht "
              "van groepen leerlingen voor wie het aanbod tekortschiet. In 2025 bleek zo dat er geen plek was "
              "voor jongeren met ernstige angstklachten; daarom start in 2026 een kleinschalige "
              "onderwijs-zorgvoorziening in Luyksveld, samen met een jeugdhulpaanbieder."),
        ("h1", "Wanneer kan een leerling naar het vso of pro?"),
        ("p", "Een leerling komt in aanmerking voor een TLV voor het vso als hij een ernstige, langdurige "
              "ondersteuningsbehoefte heeft op het gebied van gedrag, leren of gezondheid, als de reguliere "
              "school en het Kantelpunt samen minstens één schooljaar aantoonbaar hebben geprobeerd aan die "
              "behoefte te voldoen, en als het vso een reëel perspectief biedt op diploma, vervolgonderwijs "
              "of arbeid. Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en "
              "een leerachterstand van drie jaar of meer op twee van de vier domeinen, waarvan één "
              "begrijpend lezen of inzichtelijk rekenen is. Een TLV geldt in de regel twee schooljaren."),
        ("p", "De aanvraagprocedure, de termijnen en de formulieren staan in het Handboek Toewijzing "
              "(bijlage C)."),
        ("h1", "Terug naar het regulier: hoe gaat dat?"),
        ("p", "Wij willen dat leerlingen in het vso waar mogelijk terugkeren naar een reguliere school. "
              "Terugkeer is het doel als de leerling zich zo heeft ontwikkeld dat hij met ondersteuning van "
              "trede 2 op een reguliere school verder kan, en als hij dat zelf ook wil. De leerling houdt na "
              "terugkeer een jaar lang een vaste coach van de vso-school."),
        ("p", "Het verloop is als volgt. In januari van het laatste TLV-jaar bespreekt de vso-school in het "
              "OPP-gesprek of terugkeer haalbaar is. Is dat zo, dan neemt de vso-school contact op met een "
              "passende reguliere school en met de consulent van Kempenrand. Vóór 1 april besluit het "
              "samenwerkingsverband, op advies van de consulent, of de TLV afloopt of verlengd wordt. De "
              "leerling loopt in mei en juni een aantal dagen mee op de nieuwe school. De TLV eindigt op 31 "
              "juli. In oktober en in februari is er een evaluatie met leerling, ouders en beide scholen."),
        ("p", "In het schooljaar 2024-2025 keerden 17 leerlingen vanuit het vso terug naar het regulier "
              "onderwijs; in 2023-2024 waren dat er 12."),
        ("h1", "Hoe volgen we of het werkt?"),
        ("p", "Het bureau houdt twee keer per jaar een monitor bij met onder andere het aantal thuiszitters, "
              "het aantal TLV's, het aantal leerlingen in het Kantelpunt en de rebound, de terugkeer vanuit "
              "het vso en de doorstroom na een arrangement. De uitkomsten worden besproken met de "
              "schoolleiders, de raad van toezicht en de OPR, en verantwoord in het jaarverslag. Bij "
              "opvallende afwijkingen voert de directeur-bestuurder een gesprek met de betrokken school."),
        ("p", "Welke concrete doelen we voor deze planperiode nastreven, formuleren we na de "
              "evaluatie van het Kantelpunt in het najaar van 2026."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf, met de verdeling van de middelen over de scholen en de "
              "meerjarenbegroting, wordt toegevoegd als bijlage D zodra het bestuur de nieuwe "
              "verdeelsystematiek heeft vastgesteld."),
        ("h1", "Ouders en communicatie"),
        ("p", "Dit hoofdstuk is nog in bewerking en volgt in de definitieve versie."),
    ]
    b += oogo(c) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c) + ontwikkelingen(c) + leerlingstem(c)
    b += begrippen([
        ("Basisondersteuning", "Het minimumniveau van ondersteuning dat iedere school in het "
                               "samenwerkingsverband biedt, zoals mentoraat, dyslexiebegeleiding en faalangsttraining."),
        ("Meerjarenbegroting", "De begroting van het samenwerkingsverband voor vier jaar."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders terechtkunnen met vragen."),
        ("Kantelpunt", "Het OPDC van Kempenrand."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Pro", "Praktijkonderwijs."),
    ])
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"]},
        notes={"basisondersteuning": "Chapter exists but only defers ('in de loop van 2027') and refers to schoolgidsen; the definition with examples is only in the begrippenlijst.",
               "plaatsing": "vso and pro criteria given; procedure referred to absent 'Handboek Toewijzing (bijlage C)' -> procedure not addressed (verwezen); the 'voor 1 april besluit het SWV' sentence is about ending/extending a TLV (terugstroom).",
               "terugstroom": "'Terug naar het regulier': aims, conditions, coach (beleid) + January OPP talk, decision before 1 April, TLV ends 31 July, evaluations; 17/12 returns.",
               "financien": "Chapter 'Financiën' only defers to bijlage D; no verdeling or begroting anywhere.",
               "dekkend-aanbod": "'Welke ondersteuning is er in de regio?': four treden incl. OPDC/rebound/vso + thuiszitterstafel and yearly gap analysis with new voorziening.",
               "resultaten": "'Hoe volgen we of het werkt?': twice-yearly monitor, reporting to RvT/OPR/jaarverslag; doelen deferred to autumn 2026.",
               "ouders": "'Ouders en communicatie' says only 'volgt in de definitieve versie'; steunpunt only in begrippenlijst; OPR described without parents."},
    )
    return c, b, label


# ----------------------------------------------------------------------------------------------
# Plan 5: VO, html — web version; plaatsing only a website link, money table without verdeelsleutel
# ----------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband VO Eem en Vallei-Noord", kort="SWV Eem en Vallei-Noord",
             code="VO 26-11", periode="2026-2030", besturen=7, scholen=12, vestigingen=15,
             gemeenten="Eemhoek, Baarnveld, Soestervallei en Leusdorp", n_gemeenten=4, leerlingen="10.100",
             directeur="R. (Rachid) el Amrani", ondertitel="Webversie van het ondersteuningsplan",
             oogo_datum="12 februari 2026", opr_datum="19 maart 2026", vast_datum="2 april 2026",
             buur="PO Eem en Vallei (PO 26-05)")
    toc = ["Voorwoord: waarom ligt dit plan voor u?", "Wie zijn wij eigenlijk?", "Waar staan we voor?",
           "Wat doet elke school voor mijn kind?", "Wat als mijn kind meer nodig heeft?",
           "Hoe krijgt mijn kind een plek in het vso? (toelaatbaarheid)", "Hoe komt mijn kind terug?",
           "Wat willen we bereiken en hoe meten we dat?", "Hoe wordt het geld besteed?",
           "Waar vind ik informatie en hulp?", "Hoe werken we samen met de gemeenten?",
           "Hoe gaat de overstap van de basisschool en naar het mbo?", "Wie beslist er bij ons?",
           "Wie praat er mee over dit plan?", "Wat betekent dit plan voor het personeel?",
           "Hoe gaan we om met gegevens en ICT?", "Wanneer gebeurt wat?", "Welke ontwikkelingen komen op ons af?",
           "Wat vinden leerlingen ervan?", "Begrippenlijst"]
    b = header_page(c, toc)
    b += voorwoord(c) + wie_zijn_wij(c) + visie(c)
    b += [
        ("h1", "Wat doet elke school voor mijn kind?"),
        ("p", "Het korte antwoord: op elke school in Eem en Vallei-Noord kunt u rekenen op hetzelfde "
              "stevige fundament. De twaalf scholen hebben samen vastgelegd wat elke vestiging minstens "
              "moet kunnen. Dit noemen we de basisondersteuning, en ze geldt voor vwo, havo en vmbo. Het "
              "fundament bestaat uit deze afspraken:"),
        ("ul", ["Uw kind heeft een vaste mentor en u krijgt binnen twee werkdagen antwoord op een vraag.",
                "Op elke vestiging werkt een zorgcoördinator (ondersteuningscoördinator) en is er een "
                "schoolmaatschappelijk werker of jeugdprofessional aanwezig.",
                "Er is een steunpunt in de school waar leerlingen terechtkunnen voor huiswerkbegeleiding, "
                "rust of een gesprek.",
                "Elke school biedt dyslexiefaciliteiten (extra tijd, auditieve ondersteuning) en een "
                "aanpak voor rekenproblemen.",
                "Elke school heeft een anti-pestcoördinator en een aanpak voor sociale veiligheid.",
                "Elke school biedt trainingen voor faalangst, examenvrees en sociale vaardigheden."]),
        ("h1", "Wat als mijn kind meer nodig heeft?"),
        ("p", "Als het fundament niet genoeg is, zijn er meer mogelijkheden, die als schakels op elkaar "
              "aansluiten. Eerst kijkt de school wat er binnen de eigen muren kan, zoals een "
              "individueel arrangement met een begeleider of een aangepast rooster. Daarna kan het "
              "ondersteuningsteam van de school een bovenschools arrangement inzetten: het "
              "orthopedagogisch-didactisch centrum 'De Schakel' voor leerlingen die tijdelijk in een kleine "
              "groep moeten werken, of een onderwijs-zorgarrangement samen met de jeugdhulp van de "
              "gemeente. Pas als ook dat niet genoeg is, komt het voortgezet speciaal onderwijs in beeld. "
              "Zo ontstaat een doorlopende lijn van licht naar zwaar, binnen en tussen de scholen."),
        ("p", "Thuiszitters: daarover maken we in de loop van 2027 nieuwe afspraken met de gemeenten."),
        ("h1", "Hoe krijgt mijn kind een plek in het vso? (toelaatbaarheid)"),
        ("p", "Voor het vso heeft een leerling een toelaatbaarheidsverklaring nodig. Alles over de aanvraag, "
              "ook voor lwoo en praktijkonderwijs, vindt u op onze website onder 'Toewijzing'."),
        ("h1", "Hoe komt mijn kind terug?"),
        ("p", "Elke leerling in het vso heeft een ontwikkelingsperspectiefplan dat twee keer per jaar met "
              "leerling en ouders wordt besproken. In het laatste schooljaar waarvoor de "
              "toelaatbaarheidsverklaring geldt, voert de vso-school uiterlijk 1 maart een "
              "perspectiefgesprek met ouders, leerling en een consulent van het samenwerkingsverband. Als "
              "een overstap naar het regulier onderwijs kan, meldt de vso-school de leerling aan bij een "
              "reguliere school, draagt zij het dossier over en plant zij een warme overdracht in juni. Als "
              "dat niet kan, vraagt de vso-school een nieuwe TLV aan. De oude TLV eindigt op 31 juli."),
        ("p", "Ons beleid voor terugplaatsing, met de doelen, de voorwaarden en de begeleiding na terugkeer, "
              "wordt in het schooljaar 2026-2027 opnieuw vastgesteld."),
        ("h1", "Wat willen we bereiken en hoe meten we dat?"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereiken:"),
        ("table", [["Doel", "Nu (2025)", "Streefwaarde 2030"],
                   ["Leerlingen met een arrangement die op hun school blijven", "81%", "90%"],
                   ["Leerlingen uit De Schakel die binnen een jaar terug zijn op school", "64%", "75%"],
                   ["Leerlingen zonder diploma die de school verlaten met een arrangement", "38", "minder dan 25"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
        ("p", "Elk kwartaal haalt het bureau de cijfers op uit de registratie van arrangementen en het "
              "verzuimregister. In maart en oktober bespreken we ze met de schoolleiders en de OPR. Elk jaar "
              "publiceren we in het jaarverslag welke resultaten we hebben bereikt en wat het heeft gekost. "
              "Halverwege de planperiode laten we een extern bureau een evaluatie uitvoeren."),
        ("h1", "Hoe wordt het geld besteed?"),
        ("p", "Hieronder ziet u de meerjarenbegroting. De bedragen zijn in euro's."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso", "5.300.000", "5.250.000", "5.200.000", "5.150.000"],
                   ["Lwoo en pro", "2.900.000", "2.880.000", "2.860.000", "2.840.000"],
                   ["Schoolbudgetten", "1.900.000", "1.900.000", "1.900.000", "1.900.000"],
                   ["OPDC De Schakel", "950.000", "960.000", "970.000", "980.000"],
                   ["Onderwijs-zorgarrangementen", "300.000", "300.000", "300.000", "300.000"],
                   ["Bureau", "760.000", "770.000", "780.000", "790.000"]]),
        ("p", "Volgens welke verdeelsleutel de schoolbudgetten over de scholen worden verdeeld, besluit het "
              "bestuur in december 2026. Tot die tijd blijft de huidige toekenning ongewijzigd."),
        ("h1", "Waar vind ik informatie en hulp?"),
        ("p", "Op deze website vindt u per school de ondersteuning die de school biedt, met de schoolgids en "
              "de contactgegevens van de ondersteuningscoördinator. Elk jaar in november is er een "
              "ouderavond 'Passend onderwijs in de praktijk', en scholen bespreken de mogelijkheden bij de "
              "kennismaking in klas 1. Onze nieuwsbrief verschijnt vier keer per jaar."),
        ("p", "Wilt u met iemand praten die los staat van de school? Bel of mail dan het Ouder- en "
              "Jeugdsteunpunt Eem en Vallei. Daar werken onafhankelijke ouderconsulenten die met u "
              "meedenken, bemiddelen en meegaan naar gesprekken. Komt u er niet uit, dan kunt u een klacht "
              "indienen bij de klachtencommissie van het schoolbestuur, of terecht bij de "
              "onderwijsconsulenten."),
    ]
    b += oogo(c) + aansluiting(c) + governance(c) + opr(c) + personeel(c) + ict(c) + planning(c) + ontwikkelingen(c) + leerlingstem(c)
    b += begrippen([
        ("Bezwaar", "Als u het niet eens bent met een besluit over toelaatbaarheid, kunt u bezwaar maken."),
        ("Deskundigenadvies", "Advies van twee deskundigen bij een aanvraag voor een TLV."),
        ("TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in het vso; geldt voor een of meer jaren."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("Thuiszitter", "Leerling die zonder passend onderwijs thuis zit."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
    ])
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat doet elke school voor mijn kind?': agreed fundament for every vestiging + list.",
               "plaatsing": "Only 'heeft een TLV nodig' + reference to the website page 'Toewijzing'; bezwaar/deskundigen/duur only in the begrippenlijst; 'pas als ook dat niet genoeg is, komt het vso in beeld' is continuum prose, not criteria.",
               "terugstroom": "'Hoe komt mijn kind terug?': steps, 1 March gesprek, TLV ends 31 July (procedure); beleid deferred to 2026-2027.",
               "financien": "'Hoe wordt het geld besteed?': 2026-2029 begroting table (besteding); verdeelsleutel deferred to December 2026.",
               "dekkend-aanbod": "Continuum of schakels (school, OPDC, OZA, vso); thuiszitters deferred ('in de loop van 2027').",
               "resultaten": "Table with baseline and streefwaarden 2030 + quarterly data, twice-yearly discussion, jaarverslag, mid-term evaluation.",
               "ouders": "'Waar vind ik informatie en hulp?': website per school, ouderavond, nieuwsbrief; Ouder- en Jeugdsteunpunt, klachtencommissie, onderwijsconsulenten."},
    )
    return c, b, label


# ----------------------------------------------------------------------------------------------
# Near-miss: a VO school's own 'ondersteuningsplan' (school level)
# ----------------------------------------------------------------------------------------------

def nearmiss():
    c = dict(naam="Het Baken College, locatie Zuid")
    b = [("title", "Ondersteuningsplan 2025-2026"), ("p", "Het Baken College, locatie Zuid (havo/vwo/vmbo-tl)"),
         ("p", "Onderdeel van het schoolplan · vastgesteld door de schoolleiding, besproken in de MR"), ("pb",),
         ("h1", "Inhoud"),
         ("toc", "1. Waarom dit ondersteuningsplan?\t2"), ("toc", "2. Basisondersteuning op Het Baken\t3"),
         ("toc", "3. Zorgniveaus en het ondersteuningsteam\t4"), ("toc", "4. Extra ondersteuning en arrangementen\t6"),
         ("toc", "5. Samenwerking met het samenwerkingsverband\t7"), ("toc", "6. Ouders\t8"),
         ("toc", "7. Jaarplanning zorg\t9"), ("pb",)]
    b += [
        ("h1", "1. Waarom dit ondersteuningsplan?"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken College op locatie Zuid de ondersteuning van "
              "leerlingen organiseert in het schooljaar 2025-2026. Het is een uitwerking van ons "
              "schoolondersteuningsprofiel en van de afspraken binnen het samenwerkingsverband VO waarbij onze "
              "school is aangesloten. Het plan is bedoeld voor mentoren, docenten, het zorgteam en ouders. "
              "Het ondersteuningsplan van het samenwerkingsverband zelf vindt u op de website van het "
              "samenwerkingsverband; dit document gaat alleen over onze school."),
        ("p", "Elk jaar evalueren we dit plan in juni met het zorgteam en passen we het aan voor het nieuwe "
              "schooljaar. De medezeggenschapsraad wordt geïnformeerd."),
        ("h1", "2. Basisondersteuning op Het Baken"),
        ("p", "Onze basisondersteuning volgt de afspraken van het samenwerkingsverband. Op locatie Zuid "
              "betekent dat: mentoraat met een wekelijks mentoruur, een zorgcoördinator, twee "
              "leerlingbegeleiders, een dyslexiecoach, faalangsttraining in klas 2 en 3, een time-outlokaal "
              "en een vertrouwenspersoon. Ook werkt er op dinsdag en donderdag een jeugdprofessional van het "
              "wijkteam in de school."),
        ("h1", "3. Zorgniveaus en het ondersteuningsteam"),
        ("p", "We werken met vier zorgniveaus. Niveau 1 is de zorg in de klas door de docent. Niveau 2 is "
              "extra begeleiding door de mentor, bijvoorbeeld een plan van aanpak na een leerlingbespreking. "
              "Niveau 3 is ondersteuning door de leerlingbegeleider of de zorgcoördinator. Niveau 4 is "
              "inschakeling van het ondersteuningsteam (OT), met externe partners."),
        ("p", "Het OT komt elke twee weken bijeen. Vaste leden zijn de zorgcoördinator (voorzitter), de "
              "teamleider, de schoolmaatschappelijk werker, de jeugdarts (op afroep), de leerplichtambtenaar "
              "(op afroep) en de consulent van het samenwerkingsverband. Een mentor meldt een leerling aan "
              "met het aanmeldformulier in Magister. Ouders worden vooraf geïnformeerd en zijn welkom bij "
              "de bespreking."),
        ("p", "Groepsbesprekingen vinden drie keer per jaar plaats, na elke rapportperiode. De mentor "
              "bereidt de bespreking voor met de resultaten van de leerlingen en signalen uit de les. "
              "Leerlingen die opvallen, worden besproken in de leerlingbespreking per leerjaar."),
        ("h1", "4. Extra ondersteuning en arrangementen"),
        ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning, kan de school een arrangement "
              "inzetten. Dat kan binnen de school (bijvoorbeeld het Rustpunt, een aangepast rooster of "
              "begeleiding door de ambulant begeleider) of buiten de school via het samenwerkingsverband. "
              "Voor elke leerling met een arrangement stellen we een ontwikkelingsperspectiefplan (OPP) op. "
              "Het OPP wordt twee keer per jaar met ouders en leerling besproken; de leerling heeft "
              "hoorrecht."),
        ("p", "De middelen voor arrangementen ontvangt de school als schoolbudget van het "
              "samenwerkingsverband. De zorgcoördinator beheert het budget en legt in het jaarverslag van de "
              "school verantwoording af over de besteding."),
        ("h1", "5. Samenwerking met het samenwerkingsverband"),
        ("p", "Als de school een leerling niet de ondersteuning kan bieden die hij nodig heeft, zoeken we "
              "samen met ouders en het samenwerkingsverband naar een andere plek. Voor het vso vraagt de "
              "school een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De zorgcoördinator "
              "stelt het dossier samen. Over de toelaatbaarheid beslist het samenwerkingsverband, niet de "
              "school. Leerlingen die terugkomen uit het vso of het OPDC krijgen bij ons een vaste mentor "
              "en een begeleider."),
        ("p", "Voor lwoo levert de school de gegevens aan bij het samenwerkingsverband. Locatie Zuid biedt "
              "geen praktijkonderwijs; leerlingen met een TLV pro verwijzen we naar een pro-school in de "
              "regio."),
        ("h1", "6. Ouders"),
        ("p", "Ouders zijn onze partners. De mentor is het eerste aanspreekpunt. Bij vragen over extra "
              "ondersteuning kunnen ouders contact opnemen met de zorgcoördinator. Informatie over de "
              "ondersteuning staat in de schoolgids en op de website van de school. Voor onafhankelijk "
              "advies kunnen ouders terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband. "
              "Bij klachten geldt de klachtenregeling van de stichting."),
        ("h1", "7. Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"], ["September", "Kennismakingsgesprekken mentor, leerling en ouders"],
                   ["Oktober", "Screening klas 1 (dyslexie, rekenen, sociaal-emotioneel)"],
                   ["November", "Eerste groepsbespreking; OPP-gesprekken"],
                   ["Februari", "Tweede groepsbespreking; aanvragen lwoo-gegevens voor nieuwe brugklassers"],
                   ["April", "OPP-evaluaties; overleg met vso-scholen over terugkeer"],
                   ["Juni", "Derde groepsbespreking; evaluatie ondersteuningsplan; warme overdracht"]]),
        ("p", "Contact: zorgcoördinator locatie Zuid, e-mail zorg.zuid@hetbaken-voorbeeld.nl."),
    ]
    # padding with school-level prose so the document has realistic length
    b += [
        ("h1", "Bijlage: veelgestelde vragen van ouders"),
        ("p", "Mijn kind heeft dyslexie. Wat moet ik doen? Lever de dyslexieverklaring in bij de "
              "dyslexiecoach. Uw kind krijgt dan een dyslexiepas met de faciliteiten waar het recht op heeft, "
              "zoals extra tijd bij toetsen en het gebruik van voorleessoftware."),
        ("p", "Mijn kind voelt zich niet veilig in de klas. Bij wie kan ik terecht? Neem contact op met de "
              "mentor. Als dat niet helpt, kunt u de anti-pestcoördinator of de vertrouwenspersoon "
              "benaderen. Samen maken we een plan."),
        ("p", "Mijn kind is vaak ziek. Wat gebeurt er dan? De mentor houdt het verzuim bij. Bij veel "
              "ziekteverzuim nodigen we u en uw kind uit voor een gesprek met de jeugdarts. Dat is geen "
              "straf, maar bedoeld om samen te kijken hoe uw kind zo goed mogelijk onderwijs kan volgen."),
    ]
    label = dict(
        sector="vo", looks_like_plan=False, elements={}, criteria={},
        notes={"document": "School-level 'ondersteuningsplan' of one VO school location (zorgniveaus, OT, "
                           "jaarplanning zorg), adopted by the schoolleiding; it explicitly says the SWV's own "
                           "plan is elsewhere. Not an ondersteuningsplan of a samenwerkingsverband."},
    )
    return c, b, label


# ----------------------------------------------------------------------------------------------
# Renderers
# ----------------------------------------------------------------------------------------------

def to_docx(blocks, path, header_text):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = header_text
    d.sections[0].footer.paragraphs[0].text = header_text + " · concept voor OPR en gemeenten"
    for bl in blocks:
        k = bl[0]
        if k == "title":
            d.add_heading(bl[1], level=0)
        elif k == "h1":
            d.add_heading(bl[1], level=1)
        elif k == "h2":
            d.add_heading(bl[1], level=2)
        elif k in ("p", "toc"):
            d.add_paragraph(bl[1])
        elif k == "ul":
            for it in bl[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "table":
            rows = bl[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
    d.save(str(path))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(blocks, path, header_text):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{esc(header_text)}</title></head><body>",
           f'<header><p class="site">{esc(header_text)}</p></header><main>']
    in_toc = False
    for bl in blocks:
        k = bl[0]
        if k != "toc" and in_toc:
            out.append("</ol></nav>")
            in_toc = False
        if k == "title":
            out.append(f"<h1>{esc(bl[1])}</h1>")
        elif k == "h1":
            if bl[1] == "Inhoud":
                out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
                in_toc = True
                continue
            out.append(f"<h2>{esc(bl[1])}</h2>")
        elif k == "h2":
            out.append(f"<h3>{esc(bl[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{esc(bl[1])}</p>")
        elif k == "toc":
            out.append(f"<li>{esc(bl[1].split(chr(9))[0].split('. ', 1)[1])}</li>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in bl[1]) + "</ul>")
        elif k == "table":
            rows = bl[1]
            h = "".join(f"<th>{esc(v)}</th>" for v in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows[1:])
            out.append(f"<table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>")
    out.append(f"</main><footer><p>{esc(header_text)} · Contact · Privacy · Toegankelijkheid</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout245_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header_text)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
EL_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def write_label(stem, docs, label):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {label['elements'][e]}" for e in EL_ORDER) + "}")
        lines.append("criteria:")
        for k in CRIT_ORDER:
            lines.append(f"  {k}: {'true' if label['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for e in EL_ORDER:
            if e in label.get("advisory_addressed", {}):
                lines.append(f"  {e}: [{', '.join(label['advisory_addressed'][e])}]")
    else:
        lines += ["elements: {}", "criteria: {}"]
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {yaml.safe_dump(v, default_style=chr(34), width=10000).strip()}")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    jobs = [(plan1, "vo-lingedal-ondersteuningsplan-2026-2030", "docx"),
            (plan2, "vo-brede-stroom-op-2026-2030", "docx"),
            (plan3, "po-heuvelland-west-op-2026-2030", "pdf"),
            (plan4, "vo-kempenrand-op-hoofdlijnen-2026-2030", "pdf"),
            (plan5, "vo-eem-vallei-noord-op-2026-2030", "html"),
            (nearmiss, "vo-het-baken-schoolondersteuningsplan-2025-2026", "docx")]
    for fn, stem, fmt in jobs:
        c, blocks, label = fn()
        head = f"{c['naam']} · Ondersteuningsplan"
        name = f"{stem}.{fmt}"
        if fmt == "docx":
            to_docx(blocks, OUT / name, head)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / name, head)
        else:
            to_html(blocks, OUT / name, head)
        write_label(stem, [name], label)
        print("wrote", name)


if __name__ == "__main__":
    main()
