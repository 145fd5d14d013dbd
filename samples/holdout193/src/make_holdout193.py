#!/usr/bin/env python3
"""Generate holdout set 193: five fictional ondersteuningsplannen (mostly VO) and one near-miss.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 14, 9, 0, 0)


# ---------------------------------------------------------------- shared filler
def voorwoord(name, who):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan van {name} voor de periode 2026-2030. Het is het derde plan "
              "sinds de invoering van passend onderwijs in 2014, en het eerste dat we schrijven na de "
              "verbeteraanpak die het ministerie in 2020 in gang zette. Veel is in die jaren veranderd: de "
              "leerlingaantallen dalen, de vraag naar ondersteuning neemt toe, het lerarentekort raakt vrijwel "
              "elke school en de samenwerking met gemeenten en jeugdhulp is intensiever geworden dan iemand in "
              "2014 had verwacht."),
        ("p", "Dit plan is geen eindpunt maar een kompas. We hebben geprobeerd het kort en leesbaar te houden. "
              "Tegelijk wilden we recht doen aan de vele gesprekken die we het afgelopen jaar voerden met "
              "schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, gemeenten en "
              "ketenpartners. Hun opmerkingen, soms kritisch, soms bemoedigend, zijn in dit plan verwerkt. "
              "Wie dit plan leest, zal merken dat we bewust keuzes maken: niet alles kan tegelijk, en niet "
              "alles hoort bij het samenwerkingsverband."),
        ("p", "Ik wil iedereen die heeft meegedacht hartelijk bedanken, in het bijzonder de leden van de "
              "ondersteuningsplanraad, die het concept kritisch en constructief hebben gelezen. Ook dank aan de "
              "medewerkers van het bureau, die naast hun gewone werk tijd vrijmaakten om de vele versies van dit "
              "document te redigeren. We kijken uit naar de uitvoering, samen met alle scholen in de regio."),
        ("p", f"{who}, directeur-bestuurder"),
    ]


def totstandkoming(name, opr_text, oogo_dates):
    return [
        ("h1", "Totstandkoming van dit plan"),
        ("p", "De voorbereiding van dit plan begon in het voorjaar van 2024 met een evaluatie van het vorige plan. "
              "Een schrijfgroep van vier schoolleiders, twee ondersteuningscoördinatoren en twee medewerkers van "
              "het bureau maakte een eerste opzet. Die opzet is in drie regiobijeenkomsten besproken. De "
              "opbrengst van die bijeenkomsten is door de schrijfgroep verwerkt in een concept dat in januari "
              "2025 aan het algemeen bestuur is voorgelegd."),
        ("p", f"Over het concept is op overeenstemming gericht overleg (OOGO) gevoerd met de colleges van "
              f"burgemeester en wethouders van de gemeenten in ons gebied. Het OOGO vond plaats op {oogo_dates}. "
              "Er zijn geen geschilpunten overgebleven. Daarnaast is overleg gevoerd met het samenwerkingsverband "
              "primair onderwijs waarvan het gebied grotendeels samenvalt met het onze."),
        ("p", opr_text),
        ("p", "Het algemeen bestuur heeft het plan op 3 april 2025 definitief vastgesteld. Het plan is op 10 april "
              "2025 via het Internet Schooldossier aan de Inspectie van het Onderwijs toegezonden, ruim voor de "
              "wettelijke termijn van 1 mei."),
    ]


def governance(name):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{name} is een stichting. In de stichting participeren de schoolbesturen die scholen voor "
              "voortgezet onderwijs en voortgezet speciaal onderwijs in de regio in stand houden. Sinds 2021 "
              "werken we met een model waarin intern toezicht en bestuur zijn gescheiden: de directeur-"
              "bestuurder is het bestuur in de zin van de statuten, de raad van toezicht houdt toezicht en "
              "de algemene vergadering van aangesloten schoolbesturen stelt onder meer het ondersteuningsplan, "
              "de begroting en het jaarverslag vast."),
        ("p", "De raad van toezicht bestaat uit vijf leden, van wie er drie uit de kring van de schoolbesturen "
              "komen en twee onafhankelijk zijn. De raad werkt met een toezichtkader en een auditcommissie. De "
              "directeur-bestuurder legt in vier bestuursrapportages per jaar verantwoording af aan de raad. "
              "Het bureau van het samenwerkingsverband telt circa twaalf fte en is gehuisvest in een "
              "gezamenlijk pand met de leerplichtafdeling van de centrumgemeente."),
        ("p", "De schoolleiders ontmoeten elkaar zes keer per jaar in het directeurenoverleg. Dit overleg "
              "adviseert de directeur-bestuurder over beleid en uitvoering. De ondersteuningscoördinatoren van "
              "alle scholen vormen samen het netwerk ondersteuning; dit netwerk komt maandelijks bijeen en is "
              "de plek waar kennis wordt gedeeld, casuïstiek wordt besproken en nieuwe werkwijzen worden "
              "uitgeprobeerd. Het netwerk kent werkgroepen rond thema's als faalangst, autisme en "
              "hoogbegaafdheid."),
        ("p", "De code goed onderwijsbestuur van de VO-raad is leidend. Nevenfuncties van bestuurder en toezicht"
              "houders worden op de website gepubliceerd. Eens per twee jaar evalueert de raad van toezicht zijn "
              "eigen functioneren onder externe begeleiding."),
    ]


def personeel():
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de leraar voor de klas. Het lerarentekort treft ook onze "
              "regio: vooral in de exacte vakken, Duits en in het praktijkonderwijs zijn vacatures moeilijk "
              "vervulbaar. Het samenwerkingsverband is geen werkgever van leraren, maar ondersteunt de scholen "
              "met een gezamenlijk professionaliseringsaanbod. Dat aanbod wordt elk jaar opgesteld in overleg met "
              "het netwerk ondersteuning en richt zich in deze planperiode op drie thema's: omgaan met "
              "gedragsproblemen in de klas, het signaleren van angst- en stemmingsklachten, en het voeren van "
              "gesprekken met leerlingen over hun eigen ontwikkeling."),
        ("p", "Daarnaast kent het samenwerkingsverband een eigen expertiseteam. De medewerkers van dit team "
              "(orthopedagogen, gedragsspecialisten en een jeugdarts) worden ingezet voor consultatie en "
              "observatie op verzoek van scholen. Zij zijn in dienst van het samenwerkingsverband en werken "
              "volgens een vaste beroepscode. De formatie van het bureau blijft in de planperiode in principe "
              "gelijk. Bij vacatures kijken we eerst of taken slimmer belegd kunnen worden, bijvoorbeeld door "
              "detachering vanuit een school."),
        ("p", "Voor het personeel van het bureau geldt de cao vo. Het bureau heeft een eigen "
              "personeelsvertegenwoordiging. Het verzuim was de afgelopen jaren laag. We investeren in de "
              "vitaliteit van onze medewerkers en in goede begeleiding van nieuwe collega's."),
    ]


def ict_privacy():
    return [
        ("h1", "ICT, gegevensbescherming en privacy"),
        ("p", "Het samenwerkingsverband verwerkt gevoelige gegevens over leerlingen, zoals gegevens over hun "
              "gezondheid en ontwikkeling. Dat doen we alleen als het nodig is voor onze wettelijke taken. We "
              "hebben een functionaris gegevensbescherming aangesteld, die we delen met twee andere "
              "samenwerkingsverbanden. Het verwerkingsregister wordt jaarlijks geactualiseerd."),
        ("p", "Aanvragen en dossiers lopen via een beveiligde digitale omgeving. Scholen hebben alleen toegang "
              "tot de gegevens van hun eigen leerlingen. Gegevens worden niet langer bewaard dan de wet "
              "toestaat. Bij een datalek volgen we het protocol datalekken; medewerkers krijgen jaarlijks een "
              "korte training over informatiebeveiliging. In 2026 vervangen we het huidige systeem door een "
              "nieuwe applicatie die we samen met drie andere verbanden aanbesteden."),
        ("p", "Het bureau werkt volledig in de cloud. De ICT-ondersteuning is uitbesteed aan een externe "
              "partij met wie een verwerkersovereenkomst is gesloten. Eens per jaar laten we een "
              "penetratietest uitvoeren."),
    ]


def mbo_aansluiting():
    return [
        ("h1", "Overgangen: van po naar vo en van vo naar mbo"),
        ("p", "Overgangen zijn kwetsbare momenten in een schoolloopbaan. Voor de overstap van het primair naar "
              "het voortgezet onderwijs werken we met de POVO-procedure die in de regio is afgesproken. "
              "Basisscholen dragen via het overdrachtsdossier informatie over aan de vo-school. Bij leerlingen "
              "met een complexe vraag vindt een warme overdracht plaats: de intern begeleider, de mentor en "
              "de ondersteuningscoördinator van de nieuwe school spreken elkaar voor de zomervakantie."),
        ("p", "Voor de overstap naar het mbo werken we samen met de twee roc's in de regio. Het doorstroomdossier "
              "wordt digitaal overgedragen. Leerlingen uit het praktijkonderwijs en het vso die naar de "
              "entreeopleiding of naar werk gaan, worden na hun vertrek nog een jaar gevolgd door de school "
              "(nazorg). In de planperiode verkennen we samen met de gemeenten of een regionale "
              "overstapcoach voor kwetsbare jongeren haalbaar is."),
    ]


def nieuwkomers():
    return [
        ("h1", "Nieuwkomers"),
        ("p", "Het aantal nieuwkomers in de regio is de afgelopen jaren fors gestegen. Jongeren die de "
              "Nederlandse taal nog niet beheersen, starten in de internationale schakelklas (ISK). De ISK valt "
              "formeel niet onder het samenwerkingsverband, maar we werken nauw samen: leerlingen die na de ISK "
              "uitstromen naar het reguliere vo, worden bij de overstap begeleid. Voor jongeren met een "
              "ondersteuningsvraag die verder gaat dan taal, overleggen de ISK en de ontvangende school vooraf "
              "met elkaar."),
    ]



def terugblik(sector):
    school = "basisscholen" if sector == "po" else "vo-scholen"
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", f"De vorige planperiode stond in het teken van vereenvoudiging. We hebben het aantal formulieren "
              f"teruggebracht van elf naar vier, het aanvraagportaal vernieuwd en de doorlooptijd van aanvragen "
              f"verkort. De {school} gaven in de evaluatie aan dat de bereikbaarheid van het bureau is verbeterd. "
              "Tegelijk bleek dat de samenwerking tussen scholen onderling sterk afhangt van personen: waar een "
              "ondersteuningscoördinator of intern begeleider vertrekt, verdwijnt vaak ook kennis."),
        ("p", "De coronaperiode heeft veel van scholen gevraagd. Afspraken over studiedagen en netwerken zijn "
              "toen deels vervallen en pas in 2023 weer volledig opgepakt. Ook de wisselingen in de "
              "schoolleiding hebben invloed gehad: in vier jaar tijd wisselde bijna de helft van de "
              "schoolleiders. Dat maakt het belangrijk om afspraken goed vast te leggen en nieuwe collega's "
              "actief wegwijs te maken in het verband."),
        ("p", "De evaluatie is uitgevoerd door een extern bureau, op basis van interviews met 34 betrokkenen en "
              "een digitale vragenlijst onder schoolleiders en ondersteuningsspecialisten. Het evaluatierapport "
              "is besproken in het bestuur en met de ondersteuningsplanraad."),
    ]


def kennisdeling():
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", "Kennis delen is een kerntaak van het verband. We organiseren elk jaar een regionale studiedag voor "
              "alle medewerkers die met ondersteuning bezig zijn, met workshops die door collega's uit de scholen "
              "zelf worden gegeven. Daarnaast zijn er themanetwerken, bijvoorbeeld over autisme, over "
              "executieve functies en over meertaligheid. Deelname is vrijwillig maar wordt door de "
              "schoolleiders actief gestimuleerd."),
        ("p", "Een digitaal kennisplatform bundelt handreikingen, voorbeelddocumenten en korte video's. Het "
              "platform wordt beheerd door het bureau en gevuld door de netwerken. In 2025 werd het platform "
              "ruim 6.000 keer bezocht. We willen het platform de komende jaren verder uitbreiden met "
              "praktijkvoorbeelden uit de klas."),
        ("p", "Ook buiten de regio zoeken we verbinding. We nemen deel aan het landelijke netwerk van "
              "samenwerkingsverbanden, werken samen met een lectoraat van de hogeschool en ontvangen jaarlijks "
              "een delegatie van een verband elders in het land voor een uitwisseling."),
    ]


def arbeidsmarkt():
    return [
        ("h1", "Onderwijs en arbeidsmarkt"),
        ("p", "De regionale arbeidsmarkt vraagt om vakmensen in techniek, zorg, logistiek en de agrarische "
              "sector. Scholen werken met het bedrijfsleven samen in stages, gastlessen en bedrijfsbezoeken. "
              "Het praktijkonderwijs heeft een lange traditie van samenwerking met werkgevers, bijvoorbeeld "
              "via leerwerkplekken en branchecertificaten. Het vso-uitstroomprofiel arbeidsmarkt werkt met een "
              "eigen jobcoach."),
        ("p", "Het verband is geen partij in de arbeidsmarktregio, maar neemt deel aan het regionale overleg "
              "over kwetsbare jongeren in de overgang naar werk. Daarin zitten ook het UWV, de gemeenten en de "
              "roc's. We willen dat jongeren die het onderwijs verlaten, niet uit beeld raken. Scholen houden "
              "daarom na vertrek nog een jaar contact met oud-leerlingen die geen diploma of startkwalificatie "
              "hebben."),
    ]


def communicatie_prof():
    return [
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Het bureau communiceert met de scholen via een maandelijkse digitale nieuwsbrief voor "
              "schoolleiders en ondersteuningsspecialisten, via het kennisplatform en via de vaste "
              "contactpersonen per school. Belangrijke besluiten van het bestuur worden binnen een week na de "
              "vergadering gedeeld. Gemeenten ontvangen twee keer per jaar een bestuurlijke rapportage."),
        ("p", "Bij crises, bijvoorbeeld een ernstig incident op een school, staat het bureau klaar om mee te "
              "denken. Er is een protocol voor mediacontacten. Woordvoering ligt bij de directeur-bestuurder. "
              "In de planperiode vernieuwen we de huisstijl en maken we de website toegankelijker, onder meer "
              "door teksten op taalniveau B1 te schrijven."),
    ]


def ontwikkelagenda():
    return [
        ("h1", "Ontwikkelagenda van het bureau"),
        ("p", "Naast de inhoudelijke koers werkt het bureau in de planperiode aan een aantal organisatorische "
              "verbeteringen. We vervangen de administratieve software, we maken de werkprocessen van het "
              "bureau papierloos, we actualiseren het privacybeleid en we verhuizen in 2027 naar een "
              "duurzamer kantoor. Ook onderzoeken we of we taken op het gebied van inkoop en administratie "
              "kunnen delen met naburige samenwerkingsverbanden."),
        ("p", "Deze agenda is vooral intern gericht. Scholen merken er weinig van, behalve dat het portaal "
              "gebruiksvriendelijker wordt. Het bureau stelt elk jaar een intern werkplan op waarin deze "
              "verbeteringen zijn opgenomen, met een verantwoordelijke medewerker per onderdeel."),
    ]


def jeugdhulp():
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Onderwijs en jeugdhulp raken elkaar op veel plekken. Met de gemeenten hebben we afgesproken dat "
              "in elk ondersteuningsteam van een school een medewerker van het jeugdteam of wijkteam "
              "aansluit. Voor kinderen die zowel onderwijs als zorg nodig hebben, werken we met "
              "onderwijs-zorgarrangementen waarin school en jeugdhulp samen één plan maken. De bekostiging "
              "van de zorgcomponent ligt bij de gemeente."),
        ("p", "Daarnaast bespreken we in het bestuurlijk overleg met de wethouders thema's als "
              "leerlingenvervoer, onderwijshuisvesting en de aansluiting met voorschoolse voorzieningen. Twee "
              "keer per jaar is er een gezamenlijke bijeenkomst van intern begeleiders en jeugdprofessionals."),
    ]


def medezeggenschap_po():
    return [
        ("h1", "Medezeggenschap"),
        ("p", "De ondersteuningsplanraad (OPR) bestaat uit veertien leden, afgevaardigd door de "
              "medezeggenschapsraden van de aangesloten scholen: zeven ouders en zeven personeelsleden. De OPR "
              "heeft instemmingsrecht op het ondersteuningsplan en vergadert zes keer per jaar. De OPR heeft een "
              "eigen reglement en een eigen budget voor scholing. Een ambtelijk secretaris ondersteunt de raad."),
        ("p", "Het bureau heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het verband. "
              "Jaarlijks is er een gezamenlijk overleg tussen OPR, bestuur en directeur-bestuurder over de "
              "koers van het verband."),
    ]



def jaarcyclus_vo():
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan is het kader voor vier jaar. Elk jaar vertalen we het in een jaarplan met "
              "activiteiten, verantwoordelijken en planning. In september evalueert het directeurenoverleg het "
              "afgelopen schooljaar. In oktober en november wordt het concept-jaarplan besproken met de "
              "netwerken en de ondersteuningsplanraad. In december stelt de algemene ledenvergadering het "
              "jaarplan en de begroting vast. In mei volgt een tussentijdse bespreking van de voortgang van "
              "de activiteiten, in juni het jaarverslag."),
        ("p", "Halverwege de planperiode, in het voorjaar van 2028, houden we een tussenevaluatie van het plan "
              "als geheel. Als daaruit blijkt dat bijstelling nodig is, leggen we een gewijzigd plan voor aan de "
              "ondersteuningsplanraad. De voorbereiding van het volgende plan start in september 2028, zodat er "
              "voldoende tijd is voor overleg met scholen, gemeenten en OPR."),
        ("p", "De bestuurlijke vergaderingen vinden plaats volgens een vaste jaarplanning die voor het begin van "
              "het schooljaar wordt gepubliceerd op het kennisplatform voor scholen. Het bureau sluit in de "
              "zomervakantie drie weken; spoedeisende zaken kunnen dan via een noodnummer worden gemeld."),
    ]


def huisvesting_bureau():
    return [
        ("h1", "Bureau, huisvesting en bedrijfsvoering"),
        ("p", "Het bureau van het verband is gehuisvest in een bedrijfsverzamelgebouw aan de rand van het "
              "centrum. De financiële administratie en de salarisadministratie zijn uitbesteed aan een "
              "administratiekantoor dat voor meer samenwerkingsverbanden werkt. Een externe accountant "
              "controleert jaarlijks de jaarrekening. Het treasurystatuut is in 2024 geactualiseerd en gaat "
              "uit van risicomijdend beleggen."),
        ("p", "Inkoop van diensten gebeurt volgens een eenvoudig inkoopbeleid: boven een bepaald bedrag vragen "
              "we ten minste drie offertes. Contracten met externe partijen worden jaarlijks geëvalueerd. Het "
              "bureau streeft naar een kleine ecologische voetafdruk: we reizen zoveel mogelijk met het "
              "openbaar vervoer en vergaderen waar mogelijk digitaal."),
    ]


def jonge_kind_hb():
    return [
        ("h1", "Het jonge kind en meer- en hoogbegaafdheid"),
        ("p", "Een goede start begint voor de basisschool. In het project Goede Start werken peuteropvang, "
              "consultatiebureau en basisscholen samen bij de overdracht van kinderen met een "
              "ontwikkelingsvoorsprong of -achterstand. Elke peuterspeelzaal heeft een vaste contactpersoon "
              "bij de basisschool in de wijk. Bij zorgen over een kind vindt voor de vierde verjaardag een "
              "overdrachtsgesprek plaats. In de planperiode willen we de verbinding met de kinderopvang "
              "verder versterken."),
        ("p", "Met de landelijke subsidie voor meer- en hoogbegaafdheid hebben we de Kangoeroegroep uitgebreid "
              "naar drie locaties en een netwerk van talentbegeleiders opgezet. Elke school heeft nu een "
              "leerkracht met een opleiding op dit gebied. Na afloop van de subsidie wordt het netwerk "
              "voortgezet door de besturen zelf."),
        ("p", "Ook voor kinderen die thuis een andere taal spreken is aandacht. Scholen met veel nieuwkomers "
              "werken met een taalklas of met extra ondersteuning door een NT2-specialist. Het verband "
              "financiert deze voorzieningen niet, maar ondersteunt met kennisdeling."),
    ]


def overstap_po():
    return [
        ("h1", "De overstap naar het voortgezet onderwijs"),
        ("p", "In groep 8 maken kinderen de overstap naar het voortgezet onderwijs. Voor de meeste kinderen "
              "verloopt dat soepel. Voor kinderen met een ondersteuningsbehoefte maken basisschool en vo-school "
              "vroegtijdig afspraken. In het overstapoverleg, dat elk najaar plaatsvindt, bespreken intern "
              "begeleiders en ondersteuningscoördinatoren de kinderen voor wie een warme overdracht nodig is. "
              "Het onderwijskundig rapport wordt digitaal overgedragen via het regionale overstapservicepunt."),
        ("p", "Voor kinderen uit het sbo en so ligt de overstap soms anders: zij gaan naar het vso, het "
              "praktijkonderwijs of het reguliere vo met lwoo. Het vo-verband beslist over lwoo en "
              "praktijkonderwijs. Wij zorgen dat de informatie van de sbo- en so-scholen op tijd beschikbaar "
              "is, zodat het vo-verband voor 1 april kan beslissen."),
    ]



def leerlingstem():
    return [
        ("h1", "De stem van leerlingen"),
        ("p", "Leerlingen weten vaak heel goed wat hen helpt en wat niet. Toch werd hun mening in de vorige "
              "planperiode weinig gevraagd. Daarom organiseren we vanaf 2026 elk jaar een leerlingenpanel. "
              "In het panel praten twintig tot dertig leerlingen van verschillende scholen en leeftijden met "
              "medewerkers van het bureau over thema's die zij zelf aandragen, zoals de sfeer in de klas, "
              "pesten, druk rond toetsen en de hulp die zij van hun mentor of leerkracht krijgen."),
        ("p", "De opbrengst van het panel wordt vastgelegd in een korte rapportage die met schoolleiders en "
              "bestuur wordt besproken. Leerlingen krijgen terug wat er met hun inbreng is gedaan. Scholen "
              "worden aangemoedigd om ook op schoolniveau leerlingen te betrekken, bijvoorbeeld via de "
              "leerlingenraad of een klankbordgroep. Het panel wordt begeleid door een externe "
              "gespreksleider met ervaring in jongerenparticipatie, en deelname wordt beloond met een "
              "certificaat."),
    ]


# ---------------------------------------------------------------- plan 1 (VO, docx)
def plan1():
    name = "Samenwerkingsverband VO Lingewaard-Betuwe"
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030"),
          ("p", f"{name} (VO 25-14)"),
          ("p", "Vastgesteld door de algemene vergadering op 3 april 2025, met instemming van de OPR"),
          ("toc", ["Voorwoord", "1 Inleiding en totstandkoming", "2 Onze regio", "3 Missie en visie",
                   "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Toelaatbaarheid vso, lwoo en pro",
                   "7 Terugplaatsing en doorstroom", "8 Thuiszitters en dekkend netwerk",
                   "9 Geld en middelen", "10 Ambities en resultaten", "11 Communicatie",
                   "12 Organisatie en governance", "13 Personeel", "14 ICT en privacy", "Bijlage: Begrippenlijst"])]
    b += voorwoord(name, "Drs. M.A. (Marleen) Verhoeven")
    b += totstandkoming(name,
        "De ondersteuningsplanraad (OPR) heeft op 26 maart 2025 ingestemd met het plan. De OPR bestaat uit "
        "zes leden namens het personeel en zes leden namens ouders en leerlingen van de aangesloten scholen. "
        "De OPR heeft onder meer gevraagd om een duidelijker paragraaf over de communicatie richting ouders; "
        "die paragraaf is herschreven.", "12 en 19 februari 2025")
    b += [("h1", "Onze regio"),
          ("p", "Het samenwerkingsverband omvat de gemeenten Lingewaard, Overbetuwe, Neder-Betuwe en Buren. In "
                "het gebied staan 17 vestigingen van negen schoolbesturen: twaalf vestigingen voor vmbo, havo "
                "en/of vwo, twee scholen voor praktijkonderwijs en drie vso-locaties (cluster 3 en 4). In "
                "oktober 2024 telde het verband 14.310 leerlingen. De prognose laat een daling zien tot circa "
                "13.200 leerlingen in 2030, met grote verschillen tussen de kernen."),
          ("p", "Lwoo wordt gegeven op negen vestigingen, in de meeste gevallen geïntegreerd in de basis- en "
                "kaderberoepsgerichte leerweg. Eén school werkt met aparte lwoo-klassen van maximaal zestien "
                "leerlingen. De twee scholen voor praktijkonderwijs werken nauw samen met het regionale "
                "bedrijfsleven.")]
    b += [("h1", "Missie en visie"),
          ("p", "Iedere jongere in de Betuwe verdient een plek waar hij of zij zich kan ontwikkelen, zo dicht "
                "mogelijk bij huis en samen met leeftijdgenoten. Dat is de kern van onze missie. Wij geloven dat "
                "scholen dat het best kunnen als ze het samen doen: door expertise te delen, door elkaar aan te "
                "spreken en door te kijken naar wat een leerling nodig heeft in plaats van naar wat er "
                "ontbreekt."),
          ("p", "Onze visie rust op vier pijlers: (1) de leerling centraal, met ouders als partner; (2) "
                "ondersteuning zo licht als mogelijk en zo zwaar als nodig; (3) geen leerling tussen wal en "
                "schip; (4) vertrouwen in de professional, met heldere afspraken over verantwoording. Deze "
                "pijlers komen in elk hoofdstuk van dit plan terug."),
          ("p", "We willen de komende jaren minder tijd besteden aan formulieren en meer aan gesprekken. "
                "Aanvragen moeten eenvoudiger. Tegelijk blijven middelen schaars en is het onze plicht om "
                "verantwoord om te gaan met publiek geld. Goede resultaten voor leerlingen zijn uiteindelijk "
                "het enige dat telt.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is in ons verband het afgesproken minimumniveau van ondersteuning dat iedere "
                "vestiging van iedere aangesloten school aan elke leerling biedt, zonder dat daarvoor een "
                "aanvraag bij het samenwerkingsverband nodig is. De schoolbesturen hebben dit niveau in 2024 "
                "opnieuw vastgesteld; het geldt voor alle 17 vestigingen, ook voor de scholen voor "
                "praktijkonderwijs. Een school kan meer bieden, maar nooit minder."),
          ("p", "Concreet betekent dit dat ouders en leerlingen op elke school het volgende kunnen verwachten:"),
          ("ul", ["een mentor met ten minste één mentoruur per week en een individueel mentorgesprek minstens "
                  "drie keer per jaar;",
                  "een ondersteuningscoördinator die aanspreekpunt is voor leerlingen, ouders en externe partners;",
                  "een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de "
                  "jeugdverpleegkundige van de GGD, de schoolmaatschappelijk werker en de leerplichtambtenaar;",
                  "een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergrote opgaven en "
                  "voorleessoftware;",
                  "trainingen in faalangstreductie en sociale vaardigheden, binnen of buiten de school;",
                  "een anti-pestcoördinator en een veiligheidsplan;",
                  "een ontwikkelingsperspectief (OPP) voor elke leerling die meer nodig heeft dan het "
                  "reguliere programma, opgesteld binnen zes weken na het signaal;",
                  "een rustige werkplek (time-out- of trajectruimte) onder toezicht van een volwassene."]),
          ("p", "Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning invult. Het bureau "
                "bezoekt iedere vestiging eens per twee jaar voor een gesprek over de basisondersteuning aan "
                "de hand van de kwaliteitskaart; waar een school onder het afgesproken niveau zit, maakt de "
                "schoolleider binnen drie maanden een verbeterplan.")]
    b += [("h1", "Het ondersteuningscontinuüm"),
          ("p", "Ondersteuning in ons verband is georganiseerd in vier niveaus die op elkaar aansluiten. "
                "Niveau 1 is de basisondersteuning zoals hierboven beschreven. Niveau 2 is extra ondersteuning "
                "binnen de eigen school: een arrangement dat de school zelf uit haar schoolbudget bekostigt, "
                "zoals een plusklas, een tijdelijk aangepast rooster of inzet van een gedragsspecialist. Niveau "
                "3 is bovenschoolse ondersteuning: het Orthopedagogisch-Didactisch Centrum (OPDC) De Overstap in "
                "Elst, met plaats voor 45 leerlingen, de Rebound-voorziening voor leerlingen die tijdelijk uit "
                "de klas moeten, en het expertiseteam van het verband. Niveau 4 is het voortgezet speciaal "
                "onderwijs op de drie vso-locaties in de regio."),
          ("p", "Tussen de niveaus kan een leerling in beide richtingen bewegen. De ondersteuningscoördinator "
                "van de school is steeds de regisseur. Ook lwoo en praktijkonderwijs zien we als onderdeel "
                "van dit continuüm: lwoo wordt geïntegreerd aangeboden op negen vestigingen, praktijkonderwijs "
                "op twee scholen."),
          ("p", "Sinds 2023 kent het verband een bovenschools aanbod voor hoogbegaafde leerlingen die op hun "
                "eigen school vastlopen: de Denktank, één dag per week op een centrale locatie. Voor leerlingen "
                "die door psychische klachten tijdelijk niet volledig naar school kunnen, bestaat het "
                "onderwijs-zorgarrangement Ster, in samenwerking met de GGZ-aanbieder in Nijmegen.")]
    b += [("h1", "Toelaatbaarheid vso, lwoo en pro"),
          ("p", "Een school die voor een leerling een toelaatbaarheidsverklaring (TLV) voor het vso aanvraagt, "
                "doet dat via het digitale loket van het samenwerkingsverband. Ouders ondertekenen de aanvraag "
                "mede. De aanvraag bevat het OPP, een verslag van ten minste twee evaluaties daarvan en het "
                "advies van het ondersteuningsteam. De Commissie Toewijzing van het verband beoordeelt de "
                "aanvraag. De commissie vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
                "afhankelijk van de leerling, een tweede deskundige zoals een jeugdarts of maatschappelijk "
                "werker. De directeur-bestuurder besluit binnen zes weken na ontvangst van een volledige "
                "aanvraag."),
          ("p", "Aanvragen voor lwoo en een toelaatbaarheidsverklaring praktijkonderwijs voor leerlingen uit groep "
                "8 worden door de ontvangende vo-school uiterlijk 1 maart ingediend, zodat het besluit voor 15 "
                "april bekend is. Voor zij-instromers geldt een doorlopende procedure met dezelfde termijn van "
                "zes weken. Ook hier besluit de directeur-bestuurder na advies van de Commissie Toewijzing."),
          ("p", "De criteria waaraan de Commissie Toewijzing een aanvraag toetst, zijn voor vso, lwoo en pro "
                "uitgewerkt in het Kader Toewijzing en Toelaatbaarheid. Dat kader is te vinden op onze website "
                "en wordt jaarlijks geactualiseerd."),
          ("p", "Ouders en school die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken "
                "bij het samenwerkingsverband. Het bestuur vraagt dan advies aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    b += [("h1", "Terugplaatsing en doorstroom"),
          ("p", "Het beleid rond terugplaatsing vanuit het vso naar het reguliere vo herijken we samen met de "
                "drie vso-locaties. De uitkomst daarvan nemen we op in de eerstvolgende voortgangsparagraaf bij "
                "dit plan."),
         ]
    b += mbo_aansluiting()[1:]
    b += [("h1", "Thuiszitters en dekkend netwerk"),
          ("p", "Elke leerling heeft recht op onderwijs. Toch zaten er op de teldatum van 1 oktober 2024 in onze "
                "regio 23 jongeren langer dan vier weken zonder geoorloofde reden thuis, en hadden 31 jongeren "
                "een vrijstelling. Dat vinden we te veel."),
          ("p", "De aanpak is als volgt. Scholen melden verzuim en dreigend thuiszitten binnen vijf schooldagen "
                "bij de leerplichtambtenaar en bij het bureau. Elke maand is er een thuiszittersoverleg waaraan "
                "de leerplichtambtenaren, de jeugdteams van de vier gemeenten, de consulenten van het verband "
                "en waar nodig de GGZ deelnemen. Voor elke thuiszitter wordt binnen twee weken een "
                "regisseur aangewezen en een plan gemaakt. Komen partijen er niet uit, dan heeft de "
                "directeur-bestuurder doorzettingsmacht: hij of zij kan een school aanwijzen die de leerling "
                "tijdelijk plaatst, met financiering vanuit het verband."),
          ("p", "Eens per jaar maken we een analyse van het dekkend aanbod: voor welke groepen leerlingen is er "
                "in de regio geen passende plek? Die analyse bespreken we met schoolbesturen en gemeenten en "
                "leidt tot concrete afspraken. Uit de laatste analyse bleek een tekort aan plekken voor "
                "leerlingen met een combinatie van hoogbegaafdheid en autisme; daarvoor start in 2026 een "
                "kleinschalige voorziening. De zorgplicht van het schoolbestuur waar de leerling is aangemeld "
                "blijft daarbij onverkort gelden.")]
    b += [("h1", "Geld en middelen"),
          ("p", "Het verband ontvangt jaarlijks van de rijksoverheid middelen voor lichte en zware ondersteuning. "
                "Deze middelen verdelen we volgens een verdeelmodel dat in 2024 door de algemene vergadering is "
                "vastgesteld. De belangrijkste regels:"),
          ("ul", ["elke vestiging ontvangt een vaste voet van € 25.000 per jaar;",
                  "daarnaast ontvangt elke school een schoolbudget van € 146 per leerling op de teldatum van 1 "
                  "oktober;",
                  "scholen met lwoo ontvangen het lwoo-budget naar rato van het aantal leerlingen met een "
                  "lwoo-aanwijzing;",
                  "bovenschoolse arrangementen (OPDC, Rebound, Denktank, Ster) worden centraal bekostigd; een "
                  "school vraagt een plaats aan, het verband betaalt;",
                  "de afdracht voor vso wordt door DUO rechtstreeks ingehouden en komt ten laste van het verband."]),
          ("p", "Scholen verantwoorden de besteding van hun schoolbudget jaarlijks in een korte rapportage "
                "volgens een vast format. De meerjarenbegroting ziet er op hoofdlijnen als volgt uit "
                "(bedragen x € 1.000):"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte en zware ondersteuning", "19.850", "19.420", "19.010", "18.640"],
                     ["Afdracht vso (via DUO)", "-7.310", "-7.260", "-7.190", "-7.100"],
                     ["Schoolbudgetten en vaste voet", "2.515", "2.450", "2.390", "2.340"],
                     ["Lwoo- en pro-budget naar scholen", "5.620", "5.480", "5.350", "5.230"],
                     ["Bovenschoolse voorzieningen (OPDC, Rebound, Denktank, Ster)", "2.980", "2.980", "2.950", "2.900"],
                     ["Expertiseteam en thuiszittersaanpak", "620", "630", "640", "650"],
                     ["Bureau en bestuur", "780", "790", "800", "810"],
                     ["Saldo", "25", "-170", "-310", "-390"]]),
          ("p", "De negatieve saldi in 2027-2029 zijn bewust: we bouwen zo de reserve af die boven de "
                "signaleringswaarde uitkwam. Het weerstandsvermogen blijft boven de door het bestuur gestelde "
                "ondergrens van 5% van de baten.")]
    b += [("h1", "Ambities en resultaten"),
          ("p", "Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd voor leerlingen die "
                "extra ondersteuning nodig hebben:"),
          ("ul", ["in 2030 zitten er op de teldatum niet meer dan 8 leerlingen langer dan vier weken thuis;",
                  "ten minste 85% van de leerlingen die een bovenschools arrangement volgen, keert binnen een "
                  "jaar terug in een reguliere klas;",
                  "het aandeel leerlingen in het vso daalt van 3,9% naar 3,5% van het totaal;",
                  "90% van de leerlingen met een OPP verlaat de school met een diploma, certificaat of een "
                  "passende vervolgplek."]),
          ("p", "Hoe we de voortgang op deze ambities gaan volgen, welke bronnen we daarvoor gebruiken en op "
                "welke momenten we erover rapporteren, werken we in het eerste planjaar uit in een apart "
                "monitoringskader.")]
    b += [("h1", "Communicatie"),
          ("p", "Een goed verhaal wordt pas sterk als het gehoord wordt. Het bureau heeft een "
                "communicatiemedewerker die de website, de nieuwsbrief en de sociale media verzorgt."),
          ("p", "Ouders vinden op de website van het verband een ouderpagina met uitleg over de ondersteuning "
                "in de regio, de vier niveaus en het verschil tussen lwoo, praktijkonderwijs en vso. Elke "
                "school neemt in haar schoolgids op welke ondersteuning zij biedt en hoe ouders die kunnen "
                "aanvragen. Voor ouders van leerlingen in groep 8 organiseren we elk najaar samen met het "
                "po-verband twee informatieavonden over de overstap. Ook verschijnt drie keer per jaar een "
                "digitale ouderbrief."),
          ("p", "Soms lopen ouders vast of zijn ze het niet eens met de school of het verband. Zij kunnen dan "
                "terecht bij het Ouder- en Jeugdsteunpunt Betuwe, dat onafhankelijk van scholen en het verband "
                "werkt en een telefonisch spreekuur heeft op maandag, woensdag en vrijdag. Ouders kunnen ook "
                "kosteloos een beroep doen op de onderwijsconsulenten. Bij een geschil over toelating, "
                "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend "
                "onderwijs.")]
    b += governance(name)
    b += personeel()
    b += ict_privacy()
    b += nieuwkomers()
    b += [("h1", "Bijlage: Begrippenlijst"),
          ("gloss", [("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen bieden."),
                     ("Monitoring", "het volgen van resultaten aan de hand van indicatoren."),
                     ("OJSP", "ouder- en jeugdsteunpunt."),
                     ("Terugplaatsing", "de overstap van een leerling van het vso naar het reguliere vo na afloop "
                      "van de TLV, volgens de procedure van het verband."),
                     ("TLV", "toelaatbaarheidsverklaring voor vso of praktijkonderwijs."),
                     ("Verdeelmodel", "de regels volgens welke het verband middelen toekent.")])]
    return b


# ---------------------------------------------------------------- plan 2 (VO, docx + pdf)
def plan2():
    name = "Stichting Samenwerkingsverband Passend Onderwijs VO De Brug Oost"
    b = [("title", "Ondersteuningsplan De Brug Oost 2026-2030"),
         ("p", "Samenwerkingsverband VO 23-09 | concept ter instemming OPR, versie 4.2"),
         ("toc", ["1 Voorwoord", "2 Totstandkoming", "3 Kengetallen", "4 Koers", "5 Basisondersteuning",
                  "6 De ondersteuningsroute", "7 Toewijzing en toelaatbaarheid", "8 Kwaliteit en resultaten",
                  "9 Bekostiging", "10 Communicatie en voorlichting", "11 Governance", "12 Personeel",
                  "13 Overgangen", "14 ICT en privacy", "Afkortingen en begrippen"])]
    b += voorwoord(name, "Ir. J. (Johan) Kleinjan")
    b += totstandkoming(name,
        "De ondersteuningsplanraad heeft het concept in drie vergaderingen besproken. De OPR telt acht leden: "
        "vier uit het personeel en vier ouders of leerlingen. Op 24 maart 2025 heeft de OPR ingestemd, met "
        "het verzoek het plan na twee jaar tussentijds te evalueren.", "5 februari 2025")
    b += [("h1", "Kengetallen"),
          ("p", "De Brug Oost omvat zes gemeenten in de Achterhoek en Liemers. Aangesloten zijn zeven "
                "schoolbesturen met in totaal 14 vestigingen voor regulier voortgezet onderwijs, één school "
                "voor praktijkonderwijs met twee locaties, en twee vso-scholen. Op 1 oktober 2024 telde het "
                "verband 11.870 leerlingen, van wie 412 in het vso, 980 met lwoo en 356 in het "
                "praktijkonderwijs."),
          ("table", [["Teldatum", "Leerlingen totaal", "vso", "lwoo", "pro"],
                     ["1-10-2022", "12.240", "431", "1.012", "349"],
                     ["1-10-2023", "12.050", "420", "995", "351"],
                     ["1-10-2024", "11.870", "412", "980", "356"]])]
    b += [("h1", "Koers"),
          ("p", "Onze koers voor de komende vier jaar noemen we 'dichtbij en samen'. Dichtbij, omdat we "
                "geloven dat ondersteuning het best werkt als ze zo dicht mogelijk bij de leerling en de klas "
                "wordt georganiseerd. Samen, omdat geen school alle vragen alleen kan beantwoorden. We willen "
                "dat scholen van elkaar leren en dat de grens tussen regulier en speciaal onderwijs minder "
                "scherp wordt."),
          ("p", "Drie ambities geven richting: we versterken de ondersteuning in de klas, we maken de route naar "
                "extra ondersteuning eenvoudiger en we investeren in samenwerking met de gemeenten. Die "
                "ambities werken we per jaar uit in een jaarplan dat het bestuur vaststelt.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "Alle schoolbesturen hebben afgesproken dat iedere vestiging in ons verband ten minste het "
                "niveau van basisondersteuning biedt dat in het Referentiekader Basisondersteuning De Brug Oost "
                "is vastgelegd. Dit niveau geldt als ondergrens: geen enkele vestiging mag daaronder zitten, "
                "ook niet tijdelijk, en het bestuur van het verband spreekt een schoolbestuur daarop aan."),
          ("p", "Welke voorzieningen, interventies en expertise daar concreet onder vallen, staat in de Kaart "
                "Basisondersteuning (bijlage 2 bij dit plan). Die kaart wordt samen met de scholen elke twee "
                "jaar bijgewerkt."),
          ("p", "Het bureau voert jaarlijks met elke school een gesprek over de uitvoering van de "
                "basisondersteuning aan de hand van het schoolondersteuningsprofiel. Afspraken uit dat gesprek "
                "worden schriftelijk vastgelegd.")]
    b += [("h1", "De ondersteuningsroute"),
          ("p", "Ondersteuning in De Brug Oost verloopt langs een vaste route met vier treden. De eerste trede "
                "is de basisondersteuning op de eigen school. De tweede trede is een schoolarrangement: extra "
                "ondersteuning die de school zelf organiseert en bekostigt uit het schoolbudget, bijvoorbeeld "
                "een trajectvoorziening, een gedragsspecialist of een aangepast programma. De derde trede "
                "bestaat uit de bovenschoolse voorzieningen van het verband: het OPDC in Doetinchem voor "
                "leerlingen die tijdelijk buiten de reguliere klas onderwijs volgen, het Flexcollege voor "
                "leerlingen met psychische klachten en het ambulante team. De vierde trede is het vso."),
          ("p", "Een leerling kan tussen de treden op- en afschalen. Het ondersteuningsteam van de school bepaalt "
                "welke trede nodig is; het verband adviseert. Lwoo wordt op acht vestigingen gegeven; het "
                "praktijkonderwijs is een zelfstandige school met een eigen ondersteuningsstructuur. Samen "
                "vormen deze voorzieningen een samenhangend geheel binnen en tussen de scholen.")]
    b += [("h1", "Toewijzing en toelaatbaarheid"),
          ("h2", "Aanvraag TLV vso"),
          ("p", "Een TLV voor het vso wordt aangevraagd door het schoolbestuur van de school waar de leerling "
                "staat ingeschreven of is aangemeld. De procedure verloopt in vijf stappen:"),
          ("ol", ["de school bespreekt de leerling in het ondersteuningsteam en voert een gesprek met ouders en "
                  "leerling;",
                  "de school dient de aanvraag in via het digitale aanvraagportaal, met OPP, evaluaties en "
                  "handtekening van ouders;",
                  "de toewijzingscommissie van het verband controleert de aanvraag binnen vijf werkdagen op "
                  "volledigheid;",
                  "twee deskundigen, van wie één orthopedagoog of GZ-psycholoog, geven ieder een eigen "
                  "schriftelijk advies;",
                  "de directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag."]),
          ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren en vermeldt de bekostigingscategorie "
                "(laag, midden of hoog)."),
          ("h2", "Criteria vso"),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
          ("ul", ["de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school, ook met een "
                  "schoolarrangement of een bovenschoolse voorziening, kan bieden;",
                  "er is ten minste een half jaar gewerkt met een OPP dat twee keer is geëvalueerd, tenzij de "
                  "situatie van de leerling dat onmogelijk maakt;",
                  "de leerling heeft een structurele behoefte aan een kleine groep, een specifieke pedagogische "
                  "aanpak of intensieve zorg die in het vso wel geboden kan worden."]),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en pro volgt het verband de landelijke criteria. Een leerling komt in aanmerking voor "
                "lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee "
                "van de domeinen begrijpend lezen, rekenen/wiskunde, technisch lezen en spellen, of bij een IQ "
                "tussen 91 en 120 in combinatie met een achterstand en sociaal-emotionele problematiek. Voor "
                "pro geldt een IQ tussen 55 en 80 en een leerachterstand van ten minste 3 jaar op twee domeinen, "
                "waaronder begrijpend lezen of rekenen. De vo-school dient de aanvraag in voor 1 maart; de "
                "commissie besluit voor 1 mei. Een lwoo-aanwijzing geldt voor de duur van de opleiding."),
          ("h2", "Als de TLV afloopt"),
          ("p", "In het laatste schooljaar waarvoor een TLV geldt, start de vso-school uiterlijk op 1 november een "
                "evaluatie. De mentor en de commissie van begeleiding van de vso-school bespreken met ouders en "
                "leerling of terugkeer naar het reguliere vo mogelijk is. Vóór 1 februari meldt de vso-school "
                "de uitkomst bij het verband. Is terugkeer mogelijk, dan zoekt de vso-school samen met het "
                "bureau een passende vo-school en organiseert zij een warme overdracht met een "
                "overdrachtsgesprek tussen beide ondersteuningscoördinatoren. Is voortzetting nodig, dan vraagt "
                "de vso-school een nieuwe TLV aan volgens de gewone procedure. De TLV eindigt van rechtswege "
                "op de einddatum."),
          ("p", "Ons beleid is dat een vso-plaatsing waar mogelijk tijdelijk is. We willen dat elk jaar meer "
                "leerlingen terugkeren naar het regulier onderwijs. Voorwaarde is dat de ontvangende school de "
                "ondersteuning kan bieden die de leerling nodig heeft en dat de leerling zelf gemotiveerd is. "
                "Na de terugkeer begeleidt een ambulant begeleider van de vso-school de leerling en de nieuwe "
                "mentor gedurende een half jaar; de vso-school en de ontvangende school evalueren na drie en na "
                "zes maanden. Lukt terugkeer niet, dan is terugplaatsing in het vso zonder nieuwe wachttijd "
                "mogelijk.")]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Voor de planperiode streeft het verband naar de volgende resultaten voor leerlingen met een "
                "ondersteuningsbehoefte:"),
          ("table", [["Indicator", "Nulmeting 2024", "Doel 2030"],
                     ["Percentage leerlingen in vso", "3,5%", "3,0%"],
                     ["Leerlingen dat binnen 1 jaar terugkeert uit het OPDC", "68%", "80%"],
                     ["Terugplaatsingen vso naar regulier per jaar", "9", "20"],
                     ["Voortijdig schoolverlaters met OPP", "4,1%", "2,5%"],
                     ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"]]),
          ("p", "De bureaumedewerkers verzamelen twee keer per jaar de gegevens voor deze indicatoren uit DUO, "
                "de eigen registratie en de tevredenheidspeiling. In de kwaliteitskalender staat wanneer welke "
                "gegevens worden opgehaald. De uitkomsten worden in het voorjaar en het najaar besproken met de "
                "schoolleiders, de OPR en de raad van toezicht. In het jaarverslag rapporteren we per indicator "
                "de bereikte waarde en de verklaring van verschillen. Blijft een indicator twee jaar achter, "
                "dan stelt het bestuur een verbeteraanpak vast.")]
    b += [("h1", "Bekostiging"),
          ("p", "Het verband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. De "
                "middelen voor lichte ondersteuning verdelen we als volgt: 70% gaat rechtstreeks naar de "
                "schoolbesturen, naar rato van het aantal leerlingen op 1 oktober; 30% blijft bovenschools "
                "voor het OPDC, het Flexcollege en het ambulante team. De lwoo- en pro-middelen gaan "
                "integraal naar de scholen met lwoo-leerlingen of pro-leerlingen, naar rato van het aantal "
                "aanwijzingen. Schoolbesturen verantwoorden jaarlijks in een vast format waaraan het budget is "
                "besteed."),
          ("p", "De meerjarenbegroting 2026-2029 wordt na vaststelling door de algemene vergadering in december "
                "als aparte bijlage aan dit plan toegevoegd.")]
    b += [("h1", "Communicatie en voorlichting"),
          ("p", "Ouders en leerlingen moeten snel kunnen vinden welke ondersteuning er is. Daarom heeft elke "
                "school een vaste pagina 'Ondersteuning' in de schoolgids en op de website, met de naam van de "
                "ondersteuningscoördinator. Het verband geeft daarnaast de folder 'Extra hulp op school?' uit, "
                "die elke leerling in het eerste leerjaar mee naar huis krijgt. Op de website van het verband "
                "staat een overzicht van alle bovenschoolse voorzieningen met een korte film per voorziening. "
                "Twee keer per jaar organiseren we een ouderavond over een actueel thema, zoals de overstap naar "
                "het mbo of ondersteuning bij angstklachten."),
          ("p", "Scholen betrekken ouders bij het opstellen en evalueren van het OPP. Leerlingen vanaf 12 jaar "
                "praten mee over hun eigen ontwikkelingsperspectief.")]
    b += governance(name)
    b += personeel()
    b += mbo_aansluiting()
    b += ict_privacy()
    b += terugblik("vo")
    b += kennisdeling()
    b += arbeidsmarkt()
    b += [("h1", "Afkortingen en begrippen"),
          ("gloss", [("Dekkend aanbod", "een netwerk van voorzieningen waarin voor iedere leerling een passende "
                      "plek is; thuiszitters worden zo voorkomen."),
                     ("Meerjarenbegroting", "begroting van het verband voor vier jaar."),
                     ("Onderwijsconsulenten", "landelijke, onafhankelijke adviseurs voor ouders."),
                     ("OJSP", "ouder- en jeugdsteunpunt"),
                     ("Thuiszitter", "leerplichtige jongere die zonder geldige reden niet naar school gaat."),
                     ("TLV", "toelaatbaarheidsverklaring")])]
    return b


# ---------------------------------------------------------------- plan 3 (VO, pdf)
def plan3():
    name = "Samenwerkingsverband Voortgezet Onderwijs Zuiderzeekust"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", f"{name} (VO 24-03)"),
         ("toc", ["Voorwoord", "1 Waar we staan", "2 Missie, visie en kernwaarden", "3 Basisondersteuning en "
                  "schoolprofielen", "4 Het aanbod in de regio", "5 Niemand thuis", "6 Toewijzing: lwoo, pro en vso",
                  "7 Terugplaatsing", "8 Middelen", "9 Resultaatgericht werken", "10 Ouders en leerlingen",
                  "11 Organisatie", "12 Personeel", "Begrippenlijst"])]
    b += voorwoord(name, "Mr. H. (Hanneke) de Wolff")
    b += totstandkoming(name,
        "De ondersteuningsplanraad heeft op 20 maart 2025 ingestemd. De OPR bestaat uit twaalf leden; de helft "
        "vertegenwoordigt het personeel, de andere helft ouders en leerlingen.", "29 januari en 11 februari 2025")
    b += [("h1", "Waar we staan"),
          ("p", "Zuiderzeekust omvat de gemeenten Harderwijk, Ermelo, Nunspeet, Elburg en Oldebroek. In het "
                "verband werken zes schoolbesturen samen met 13 vestigingen voor regulier vo, één school voor "
                "praktijkonderwijs en één vso-school met twee locaties. Het totale leerlingaantal bedraagt "
                "ongeveer 10.400. De regio kent een sterke identiteitsgebonden traditie: vier van de zes "
                "besturen hebben een protestants-christelijke grondslag."),
          ("p", "Het vorige plan is in 2024 geëvalueerd. Belangrijkste lessen: de aanvraagroute was te "
                "ingewikkeld, de samenwerking met jeugdhulp kan beter en scholen willen meer ruimte om zelf "
                "keuzes te maken. Die lessen zijn in dit plan verwerkt.")]
    b += [("h1", "Missie, visie en kernwaarden"),
          ("p", "Wij willen dat iedere jongere in de regio onderwijs krijgt dat bij hem of haar past, zodat hij of "
                "zij zich kan ontwikkelen tot een zelfstandige en betrokken volwassene. We werken vanuit drie "
                "kernwaarden: vertrouwen, eigenaarschap en nabijheid. Scholen zijn eigenaar van de "
                "ondersteuning van hun leerlingen; het verband faciliteert, verbindt en spreekt aan."),
          ("p", "Goede resultaten voor alle leerlingen, ook voor wie het moeilijk heeft, zijn de maatstaf van "
                "ons werk. We denken daarbij niet alleen aan diploma's, maar ook aan welbevinden, zelfvertrouwen "
                "en een goede start in het vervolgonderwijs of op de arbeidsmarkt.")]
    b += [("h1", "Basisondersteuning en schoolprofielen"),
          ("p", "Elke school heeft een schoolondersteuningsprofiel dat eens per vier jaar wordt vastgesteld. "
                "De scholen hebben in de vorige planperiode elk een eigen invulling gekozen. Het referentiekader "
                "basisondersteuning voor de nieuwe planperiode stellen de schoolbesturen in de loop van 2027 "
                "gezamenlijk vast, in lijn met de landelijke norm die dan naar verwachting is uitgewerkt. Tot "
                "die tijd blijven de bestaande profielen van kracht.")]
    b += [("h1", "Het aanbod in de regio"),
          ("p", "Het aanbod in onze regio is opgebouwd als een continuüm. Elke school biedt, als het nodig is, "
                "schoolarrangementen: tijdelijke extra begeleiding die de school organiseert, bijvoorbeeld in "
                "een trajectklas of met een persoonlijk begeleider. Daarboven biedt het verband drie "
                "bovenschoolse voorzieningen: Rebound Zuiderzee (kortdurende opvang, maximaal twaalf weken, 16 "
                "plaatsen), het OPDC De Haven (een tot twee jaar, 40 plaatsen) en het Leerhuis, een "
                "onderwijs-zorgarrangement voor jongeren met psychiatrische problematiek in samenwerking met "
                "de jeugd-GGZ. Lwoo wordt op zeven vestigingen gegeven, praktijkonderwijs op één school. Het "
                "vso biedt onderwijs aan leerlingen met een TLV in de uitstroomprofielen vervolgonderwijs, "
                "arbeidsmarkt en dagbesteding."),
          ("p", "De voorzieningen sluiten op elkaar aan: een leerling kan van een schoolarrangement naar "
                "Rebound of het OPDC en weer terug, zonder nieuwe inschrijving. De regie blijft bij de school "
                "van inschrijving.")]
    b += [("h1", "Niemand thuis"),
          ("p", "Onder de titel 'Niemand thuis' werken we aan een regio zonder thuiszitters. Elke zes weken komt "
                "de Thuiszitterstafel bijeen: leerplicht, jeugdteams, het verband en de betrokken school. Alle "
                "leerlingen die langer dan vier weken niet of nauwelijks naar school gaan, worden daar "
                "besproken totdat er een passende plek is. Voor leerlingen voor wie in de regio geen passend "
                "aanbod bestaat, kan het verband een Route op maat financieren, bijvoorbeeld een combinatie "
                "van onderwijs op een zorgboerderij en begeleiding thuis. Elk voorjaar inventariseren we met de "
                "schoolbesturen en gemeenten voor welke leerlingen het aanbod tekortschiet en maken we daarover "
                "afspraken in het jaarplan."),
          ("p", "Schoolbesturen hebben zorgplicht. Als een school na aanmelding geen passende plek kan bieden, "
                "moet zij binnen tien weken een andere school vinden die dat wel kan. Het verband helpt daarbij "
                "met een plaatsingsadviseur.")]
    b += [("h1", "Toewijzing: lwoo, pro en vso"),
          ("p", "De aanvraagroute, de termijnen en de samenstelling van de toewijzingscommissie staan beschreven "
                "in het Handboek Toewijzing op www.zuiderzeekust-vo.nl. Hieronder staan de criteria die het "
                "verband hanteert."),
          ("table", [["Voorziening", "Criteria", "Duur"],
                     ["Lwoo", "IQ 75-90 en leerachterstand 25-50% op twee domeinen (begrijpend lezen, rekenen, "
                              "technisch lezen, spellen); of IQ 91-120 met achterstand én faalangst, "
                              "prestatiemotivatie of emotionele instabiliteit", "duur opleiding"],
                     ["Praktijkonderwijs", "IQ 55-80 en leerachterstand van minimaal 50% op twee domeinen, "
                              "waaronder begrijpend lezen of rekenen", "duur opleiding"],
                     ["Vso (categorie laag)", "ondersteuningsbehoefte die de mogelijkheden van regulier vo "
                              "inclusief bovenschoolse voorzieningen structureel te boven gaat, blijkend uit een "
                              "geëvalueerd OPP; of een medische/psychiatrische indicatie die plaatsing in "
                              "regulier vo onmogelijk maakt", "1-3 jaar"],
                     ["Vso (categorie midden/hoog)", "als laag, plus lichamelijke beperking of langdurige "
                              "ziekte (midden) of meervoudige beperking (hoog)", "1-4 jaar"]]),
          ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders bezwaar maken. Het verband is aangesloten "
                "bij de Landelijke Bezwaaradviescommissie.")]
    b += [("h1", "Terugplaatsing"),
          ("p", "Ons uitgangspunt is dat een plaatsing in het vso geen eindstation hoeft te zijn. Wij willen dat "
                "leerlingen die daar klaar voor zijn, terugkeren naar een reguliere school, bij voorkeur in hun "
                "eigen woonplaats. Voorwaarden daarvoor zijn dat de leerling zich in het vso stabiel heeft "
                "ontwikkeld, dat de ontvangende school de benodigde ondersteuning kan bieden en dat ouders en "
                "leerling de overstap steunen. Na terugkeer krijgt de leerling gedurende een volledig schooljaar "
                "een vaste coach vanuit het vso, die wekelijks contact heeft met leerling en mentor. De kosten "
                "van deze coach draagt het verband."),
          ("p", "Het stappenplan terugplaatsing, met de rolverdeling tussen vso-school, reguliere school en "
                "verband, wordt in het schooljaar 2026-2027 samen met de vso-school opgesteld.")]
    b += [("h1", "Middelen"),
          ("p", "Tabel 5 geeft de verdeling van de ondersteuningsmiddelen over de scholen weer; tabel 6 de "
                "meerjarenbegroting."),
          ("p", "Tabel 5. Verdeling ondersteuningsmiddelen"),
          ("table", [["Component", "Grondslag", "Bedrag 2026", "Toekenning"],
                     ["Schoolbudget lichte ondersteuning", "aantal leerlingen op 1 oktober t-1",
                      "€ 160 per leerling", "automatisch, per kwartaal"],
                     ["Vaste voet", "per vestiging", "€ 20.000", "automatisch, jaarlijks"],
                     ["Lwoo- en pro-budget", "aantal aanwijzingen op 1 oktober t-1", "landelijk bedrag per aanwijzing",
                      "automatisch"],
                     ["Route op maat", "op aanvraag school, na besluit Thuiszitterstafel", "max. € 15.000 per leerling",
                      "per besluit"],
                     ["Bovenschoolse voorzieningen", "vast budget per voorziening", "zie tabel 6",
                      "centraal, geen toekenning aan scholen"]]),
          ("p", "Tabel 6. Meerjarenbegroting (x € 1.000)"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Baten rijk (lichte + zware ondersteuning, lwoo, pro)", "17.200", "16.950", "16.700", "16.480"],
                     ["Afdracht vso", "-5.940", "-5.900", "-5.850", "-5.800"],
                     ["Schoolbudgetten en vaste voet", "1.944", "1.910", "1.880", "1.850"],
                     ["Lwoo- en pro-budget naar scholen", "6.320", "6.210", "6.110", "6.010"],
                     ["Rebound, OPDC en Leerhuis", "2.250", "2.250", "2.250", "2.250"],
                     ["Route op maat en coaching terugkeer", "360", "380", "390", "400"],
                     ["Bureau", "610", "615", "620", "625"],
                     ["Resultaat", "-224", "-315", "-400", "-455"]]),
          ("p", "Het negatieve resultaat wordt gedekt uit de algemene reserve.")]
    b += [("h1", "Resultaatgericht werken"),
          ("p", "Resultaatgericht werken betekent voor ons dat we steeds de vraag stellen wat een activiteit "
                "oplevert voor de leerling. Dat vraagt een cultuur waarin scholen elkaar durven aanspreken en "
                "waarin fouten bespreekbaar zijn. In de planperiode investeren we in die cultuur met "
                "intervisie tussen ondersteuningscoördinatoren en met gezamenlijke studiedagen."),
          ("p", "Beoogde resultaten per planjaar stellen we te zijner tijd vast in de jaarplannen.")]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders weten vaak niet waar ze moeten beginnen als hun kind vastloopt. Daarom geeft het verband "
                "de Ouderwijzer uit: een boekje van twaalf pagina's, op papier en online, waarin staat welke "
                "ondersteuning scholen en verband bieden, wie de ondersteuningscoördinator van elke school is en "
                "hoe een aanvraag verloopt. De Ouderwijzer wordt uitgedeeld op de voorlichtingsavonden voor "
                "ouders van leerlingen in groep 8 en ligt op alle scholen. Ieder schooljaar organiseert het "
                "verband twee inloopavonden in Harderwijk en Nunspeet."),
          ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
                "Zuiderzeekust. Het steunpunt is ondergebracht bij een stichting die los staat van de "
                "schoolbesturen; de twee ouderadviseurs kunnen meegaan naar gesprekken op school. Ouders kunnen "
                "ook gratis contact opnemen met de landelijke onderwijsconsulenten.")]
    b += governance(name)
    b += personeel()
    b += ict_privacy()
    b += mbo_aansluiting()
    b += nieuwkomers()
    b += kennisdeling()
    b += arbeidsmarkt()
    b += communicatie_prof()
    b += [("h1", "Begrippenlijst"),
          ("gloss", [("Basisondersteuning", "het geheel van preventieve en licht curatieve interventies dat elke "
                      "school binnen het verband biedt, zoals een mentoraat, een dyslexieprotocol en "
                      "faalangsttraining."),
                     ("Beoogde resultaten", "de doelen die het verband wil bereiken voor leerlingen met extra "
                      "ondersteuningsbehoefte."),
                     ("Terugplaatsing", "de overstap van vso naar regulier vo na afloop van de TLV."),
                     ("TLV", "toelaatbaarheidsverklaring")])]
    return b


# ---------------------------------------------------------------- plan 4 (VO, markdown)
def plan4():
    name = "Samenwerkingsverband VO Heuvelland-Maas"
    b = [("title", "Ondersteuningsplan Heuvelland-Maas 2026-2030"),
         ("p", "*VO 31-02 — versie voor de algemene vergadering, maart 2025*"),
         ("toc", ["1 Inleiding", "2 Missie en visie", "3 Het fundament: wat elke school biedt",
                  "4 Toelaatbaarheid", "5 Dekkend aanbod", "6 Terug naar het regulier onderwijs",
                  "7 Begroting", "8 Kwaliteit en monitoring", "9 Organisatie en medezeggenschap",
                  "10 Personeel", "11 Privacy", "Afkortingen"])]
    b += [("h1", "Inleiding"),
          ("p", f"Dit is het ondersteuningsplan van {name} voor de schooljaren 2026-2027 tot en met 2029-2030. "
                "Het plan beschrijft op hoofdlijnen hoe de acht aangesloten schoolbesturen samen zorgen voor "
                "passend onderwijs voor de ruim 9.000 leerlingen in Zuid-Limburg-West. Het plan is geschreven "
                "door een projectgroep van het bureau en besproken in het directeurenoverleg en in de "
                "ondersteuningsplanraad."),
          ("p", "Over het concept is op 6 februari 2025 op overeenstemming gericht overleg gevoerd met de "
                "wethouders onderwijs en jeugd van de zes gemeenten. Het verslag van dat overleg is bij het "
                "bureau op te vragen. De OPR, die in ons verband bestaat uit vijf personeelsleden en vijf "
                "leerlingen uit de bovenbouw, heeft op 25 maart 2025 ingestemd."),
          ("p", "Het plan is bewust compact gehouden. Details die vaker veranderen, staan in uitvoeringsregelingen "
                "en in de jaarplannen. Waar dat het geval is, geven we dat in de tekst aan.")]
    b += [("h1", "Missie en visie"),
          ("p", "Heuvelland-Maas wil dat elke jongere in de regio het onderwijs krijgt dat hij of zij nodig "
                "heeft, op een school in de buurt, samen met leeftijdgenoten. We werken vanuit de overtuiging dat "
                "de school de eerste en belangrijkste plek is waar ondersteuning plaatsvindt. Leerlingen en "
                "ouders moeten erop kunnen vertrouwen dat scholen samen verantwoordelijkheid nemen."),
          ("p", "In de afgelopen planperiode hebben we veel geïnvesteerd in de professionalisering van mentoren. "
                "Die lijn zetten we voort. Nieuw is dat we de stem van leerlingen een grotere plek geven: in de "
                "OPR, maar ook in een jaarlijks leerlingenpanel over de kwaliteit van de ondersteuning op "
                "school. Daarnaast willen we dat scholen vaker over de eigen grenzen heen kijken en dat expertise "
                "uit het vso in de reguliere scholen beschikbaar komt."),
          ("p", "We zijn een krimpregio. Het aantal leerlingen daalt tot 2030 met ongeveer 11%. Dat zet de "
                "spreiding van voorzieningen onder druk. Schoolbesturen zoeken naar nieuwe vormen van "
                "samenwerking, bijvoorbeeld een gedeelde vestiging in Gulpen.")]
    b += [("h1", "Het fundament: wat elke school biedt"),
          ("p", "Alle twintig vestigingen in Heuvelland-Maas hebben vastgelegd dat zij ten minste het volgende "
                "fundament bieden aan iedere leerling die het nodig heeft, zonder tussenkomst van het verband. "
                "Geen vestiging biedt minder; dit is de gezamenlijke ondergrens die in 2024 door alle besturen "
                "is ondertekend."),
          ("table", [["Onderdeel", "Wat de leerling mag verwachten"],
                     ["Mentoraat", "vaste mentor, mentoruur, minimaal drie individuele gesprekken per jaar"],
                     ["Ondersteuningscoördinator", "op elke vestiging, minimaal 0,4 fte per 500 leerlingen"],
                     ["Leerproblemen", "dyslexie- en dyscalculiebeleid met compenserende en dispenserende middelen"],
                     ["Sociaal-emotioneel", "faalangstreductietraining, sociale-vaardigheidstraining, anti-pestprogramma"],
                     ["Medisch handelen", "protocol medicijnverstrekking en medisch handelen"],
                     ["Ondersteuningsteam", "OT met schoolmaatschappelijk werk en jeugdarts, minimaal vijf keer per jaar"],
                     ["Ontwikkelingsperspectief", "OPP binnen acht weken, met evaluatie twee keer per jaar"]]),
          ("p", "De schoolleider is verantwoordelijk voor het fundament op zijn of haar vestiging.")]
    b += [("h1", "Toelaatbaarheid"),
          ("p", "Heuvelland-Maas beslist over toelaatbaarheid tot het vso en over praktijkonderwijs en lwoo. "
                "Voor lwoo hanteert het verband sinds 2022 eigen criteria (opting out)."),
          ("h2", "Procedure"),
          ("ol", ["De school van inschrijving of aanmelding bereidt de aanvraag voor met ouders en leerling.",
                  "De ondersteuningscoördinator dient de aanvraag in via het aanvraagportaal.",
                  "De Commissie Toelaatbaarheid (CT) bespreekt de aanvraag. De CT wint advies in van een "
                  "orthopedagoog en een tweede deskundige (jeugdarts, psychiater of maatschappelijk werker).",
                  "De directeur-bestuurder neemt binnen zes weken een besluit. Voor lwoo en pro voor "
                  "brugklassers geldt: aanvraag uiterlijk 15 februari, besluit uiterlijk 1 april.",
                  "Ouders en school ontvangen het besluit schriftelijk, met de duur (vso: maximaal drie jaar) en "
                  "bekostigingscategorie."]),
          ("h2", "Criteria"),
          ("p", "Toelaatbaar tot het vso is een leerling die een ondersteuningsbehoefte heeft op ten minste twee "
                "van de vier gebieden leren, gedrag, sociaal-emotioneel en fysiek-medisch, waarvoor in het "
                "regulier onderwijs, ook met inzet van het fundament en extra begeleiding, geen passend "
                "onderwijs mogelijk is. Dat moet blijken uit een OPP dat minstens één keer is geëvalueerd."),
          ("p", "Lwoo (eigen criteria): een leerling krijgt lwoo bij een leerachterstand van minstens anderhalf "
                "jaar op twee domeinen, of bij een achterstand op één domein in combinatie met een "
                "sociaal-emotionele ondersteuningsbehoefte die door de basisschool is onderbouwd. Een IQ-toets is "
                "niet verplicht. De aanwijzing geldt voor de hele opleiding."),
          ("p", "Praktijkonderwijs: landelijke criteria (IQ 55-80 en een achterstand van drie jaar of meer op "
                "twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen)."),
          ("p", "Bezwaar tegen een besluit kan binnen zes weken bij het verband worden ingediend. Het verband "
                "vraagt advies aan de Landelijke Bezwaaradviescommissie.")]
    b += [("h1", "Dekkend aanbod"),
          ("p", "Dit hoofdstuk wordt na de analyse dekkend aanbod, gepland in het voorjaar van 2026, aangevuld.")]
    b += [("h1", "Terug naar het regulier onderwijs"),
          ("p", "Uiterlijk zes maanden voor de einddatum van de TLV organiseert de vso-school een "
                "evaluatiegesprek met leerling, ouders en een consulent van het verband. In dat gesprek wordt "
                "vastgesteld of de leerling naar het regulier vo kan overstappen. De vso-school neemt het "
                "initiatief; de consulent legt de uitkomst vast in het dossier. Kan de leerling overstappen, "
                "dan meldt de vso-school de leerling aan bij een vo-school naar keuze van ouders; de "
                "ondersteuningscoördinatoren van beide scholen houden een overdrachtsgesprek en evalueren de "
                "overstap na tien weken. Is een nieuwe TLV nodig, dan dient de vso-school die aanvraag uiterlijk "
                "drie maanden voor de einddatum in. Zonder nieuwe aanvraag eindigt de TLV op de einddatum."),
          ("p", "Welke ambitie het verband heeft op terugplaatsing en onder welke voorwaarden, leggen we in de "
                "loop van het eerste planjaar vast in een notitie die de algemene vergadering vaststelt.")]
    b += [("h1", "Begroting"),
          ("p", "De verdeelsleutel van de middelen over de scholen stelt het bestuur jaarlijks vast; de uitwerking "
                "daarvan valt buiten dit plan. De meerjarenbegroting laat de besteding van de middelen zien "
                "(bedragen in euro's):"),
          ("table", [["Bestedingscategorie", "2026", "2027", "2028", "2029"],
                     ["Afdracht vso", "5.120.000", "5.060.000", "4.990.000", "4.930.000"],
                     ["Budgetten scholen lichte ondersteuning", "1.410.000", "1.380.000", "1.350.000", "1.320.000"],
                     ["Lwoo en pro", "4.870.000", "4.760.000", "4.650.000", "4.550.000"],
                     ["Commissie Toelaatbaarheid en consulenten", "410.000", "415.000", "420.000", "425.000"],
                     ["Professionalisering mentoren", "150.000", "150.000", "120.000", "120.000"],
                     ["Bureau en bestuur", "560.000", "565.000", "570.000", "575.000"],
                     ["Totaal lasten", "12.520.000", "12.330.000", "12.100.000", "11.920.000"],
                     ["Totaal baten", "12.460.000", "12.250.000", "12.050.000", "11.900.000"]]),
          ("p", "Het tekort in de eerste jaren dekken we uit de reserve, die daarmee in 2029 op het niveau van "
                "de signaleringswaarde komt.")]
    b += [("h1", "Kwaliteit en monitoring"),
          ("p", "Het bureau houdt een dashboard bij met per school en voor het verband als geheel: het aantal "
                "leerlingen met een OPP, het aantal TLV's per categorie, het aantal lwoo- en pro-aanwijzingen, "
                "de doorstroom vso-regulier, het voortijdig schoolverlaten van leerlingen met een OPP en de "
                "uitstroom naar vervolgonderwijs en werk. De gegevens komen uit DUO, het aanvraagportaal en een "
                "jaarlijkse uitvraag bij scholen op 1 november. Het dashboard wordt elk kwartaal besproken in "
                "het directeurenoverleg en twee keer per jaar in de raad van toezicht en de OPR. In het "
                "jaarverslag beschrijven we de bereikte resultaten en vergelijken we die met voorgaande jaren. "
                "Eens per vier jaar laten we een externe evaluatie uitvoeren."),
          ("p", "De beoogde resultaten voor de planperiode formuleren we samen met de scholen in de jaarplannen.")]
    b += [("h1", "Organisatie en medezeggenschap"),
          ("p", f"{name} is een vereniging van acht schoolbesturen. De algemene ledenvergadering (ALV) stelt het "
                "ondersteuningsplan, de begroting en het jaarverslag vast. De directeur-bestuurder is "
                "belast met het bestuur; een raad van toezicht van vier leden houdt toezicht. Het bureau telt "
                "zeven fte."),
          ("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en wordt "
                "geraadpleegd over de jaarplannen. De OPR vergadert vijf keer per jaar, waarvan één keer met de "
                "raad van toezicht. Leden krijgen een vergoeding en scholing via een externe trainer."),
          ("p", "Heuvelland-Maas werkt samen met andere samenwerkingsverbanden in Limburg op het gebied van "
                "inkoop, privacy en administratie. Met het po-verband in de regio is een convenant gesloten over "
                "de overstap van po naar vo.")]
    b += personeel()
    b += ict_privacy()
    b += mbo_aansluiting()
    b += nieuwkomers()
    b += terugblik("vo")
    b += kennisdeling()
    b += arbeidsmarkt()
    b += communicatie_prof()
    b += ontwikkelagenda()
    b += jaarcyclus_vo()
    b += huisvesting_bureau()
    b += leerlingstem()
    b += [("h1", "Afkortingen"),
          ("gloss", [("CT", "Commissie Toelaatbaarheid"),
                     ("DA", "dekkend aanbod: een sluitend netwerk van voorzieningen; zie ook thuiszitters"),
                     ("OJSP", "ouder- en jeugdsteunpunt, onafhankelijke hulp voor ouders"),
                     ("OPR", "ondersteuningsplanraad"),
                     ("TLV", "toelaatbaarheidsverklaring"),
                     ("Verdeelmodel", "regels voor het verdelen van de middelen over de scholen")])]
    return b


# ---------------------------------------------------------------- plan 5 (PO, docx)
def plan5():
    name = "Samenwerkingsverband Passend Primair Onderwijs Waterland-Oost"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", f"{name} (PO 27-11)"),
         ("toc", ["1 Voorwoord", "2 Onze regio en kengetallen", "3 Visie", "4 Basisondersteuning",
                  "5 Van basis naar speciaal: het continuüm", "6 Toelaatbaarheid sbo en so",
                  "7 De weg terug", "8 Thuiszitters", "9 Financiën", "10 Resultaten", "11 Ouders",
                  "12 Bestuur en organisatie", "13 Personeel en ICT", "Begrippenlijst"])]
    b += [("h1", "Voorwoord"),
          ("p", f"Met trots presenteren we het ondersteuningsplan van {name}. In dit plan beschrijven we wat "
                "we de komende vier jaar samen willen bereiken voor de ruim 13.000 kinderen in de basisscholen, "
                "de speciale scholen voor basisonderwijs en de scholen voor speciaal onderwijs in onze regio. "
                "Het plan is tot stand gekomen in nauwe samenwerking met intern begeleiders, directeuren, "
                "bestuurders, gemeenten en de ondersteuningsplanraad."),
          ("p", "We kiezen in dit plan voor een heldere lijn: het kind staat centraal, de basisschool is de "
                "eerste plek voor ondersteuning, en waar speciale ondersteuning nodig is, zorgen we dat een kind "
                "niet langer dan nodig buiten het reguliere onderwijs blijft. Veel onderdelen zijn op "
                "hoofdlijnen beschreven en worden uitgewerkt in het jaarplan. Wij danken iedereen die heeft "
                "bijgedragen."),
          ("p", "Drs. E. (Esther) Molenaar, directeur-bestuurder")]
    b += [("h1", "Onze regio en kengetallen"),
          ("p", "Waterland-Oost omvat de gemeenten Purmerend, Edam-Volendam, Waterland en Landsmeer. Er zijn elf "
                "schoolbesturen aangesloten met 58 basisscholen, twee sbo-scholen (De Vlonder en De Kwakel) en "
                "drie so-locaties. In oktober 2024 telde het verband 13.420 leerlingen. In het schooljaar "
                "2023-2024 gaf het verband 143 TLV's af, waarvan 61 voor het sbo en 82 voor het so."),
          ("p", "Het verband werkt sinds 2014 met een bureau van negen medewerkers, gevestigd in Purmerend. De "
                "samenwerking met de gemeenten verloopt via een gezamenlijke stuurgroep onderwijs-jeugd. Over "
                "dit plan is op 4 februari 2025 OOGO gevoerd. De OPR, met zeven ouders en zeven "
                "personeelsleden, stemde in op 18 maart 2025.")]
    b += [("h1", "Visie"),
          ("p", "Elk kind doet ertoe. We willen dat kinderen zo veel mogelijk thuisnabij naar school gaan, op een "
                "school waar zij zich veilig voelen en kunnen leren. Leraren moeten zich gesteund voelen door "
                "intern begeleiders, directeuren en het verband. Ouders zijn de eerste deskundigen als het om "
                "hun kind gaat."),
          ("p", "Wij geloven in de kracht van de basisschool. Investeren in de basis is investeren in alle "
                "kinderen. Daarom ligt het zwaartepunt van dit plan bij de ondersteuning in de klas, bij de "
                "deskundigheid van leraren en bij vroegtijdig signaleren. Tegelijk erkennen we dat sommige "
                "kinderen meer nodig hebben dan een reguliere basisschool kan bieden. Voor hen willen we snel "
                "en zonder bureaucratie de juiste plek vinden, en die plek moet tijdelijk zijn waar dat kan.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "In Waterland-Oost verstaan we onder basisondersteuning het geheel van ondersteuning dat elke "
                "basisschool, op elke locatie, minimaal biedt. Alle elf besturen hebben dit niveau in 2023 "
                "vastgelegd in de Standaard Basisondersteuning. Een school die de standaard niet haalt, maakt "
                "een ontwikkelplan dat het verband jaarlijks met de directeur bespreekt."),
          ("p", "De standaard omvat onder meer:"),
          ("ul", ["een intern begeleider met ten minste 0,2 fte per 200 leerlingen;",
                  "handelingsgericht werken met een groepsoverzicht en groepsplan, twee keer per jaar "
                  "geëvalueerd;",
                  "een dyslexieprotocol en een protocol ernstige rekenproblemen;",
                  "een aanbod voor kinderen die meer aankunnen, met een plusklas of verrijkingsmateriaal;",
                  "een programma voor sociale veiligheid en een anti-pestcoördinator;",
                  "een ondersteuningsteam met de jeugdverpleegkundige en de schoolmaatschappelijk werker, "
                  "minimaal vier keer per jaar;",
                  "inzet van een orthopedagoog van het verband voor consultatie, zonder aanvraag."]),
          ("p", "De directeur legt jaarlijks in het bestuursgesprek verantwoording af over de standaard.")]
    b += [("h1", "Van basis naar speciaal: het continuüm"),
          ("p", "Ondersteuning in Waterland-Oost loopt op in vijf niveaus. Niveau 1 en 2 zijn de "
                "basisondersteuning in de groep en in de school. Niveau 3 is een arrangement op de eigen school "
                "met inzet van het verband: een ambulant begeleider, een groepsarrangement voor kinderen met "
                "taalontwikkelingsproblemen of een individueel arrangement. Niveau 4 is een tijdelijke plaats "
                "in een van de bovenschoolse voorzieningen: de Kangoeroegroep voor meer- en hoogbegaafde "
                "kinderen en de observatiegroep De Steiger voor kinderen met complexe gedragsvragen (twaalf "
                "plaatsen, maximaal zes maanden). Niveau 5 is het sbo of so."),
          ("p", "Het verband zorgt dat de niveaus op elkaar aansluiten, zodat er geen wachttijden ontstaan tussen "
                "niveaus. Voor het jonge kind (2,5 tot 4 jaar) werken we met de voorschoolse voorzieningen "
                "samen in het project Goede Start.")]
    b += [("h1", "Toelaatbaarheid sbo en so"),
          ("p", "De procedure en de criteria voor toelaatbaarheid tot sbo en so zijn vastgelegd in het document "
                "'Toewijzingsprocedure 2026', dat als bijlage 5 bij dit plan hoort."),
          ("p", "Het aantal aanvragen is de afgelopen jaren stabiel gebleven. We verwachten dat de verdere "
                "versterking van de basisondersteuning op termijn tot minder verwijzingen leidt.")]
    b += [("h1", "De weg terug"),
          ("p", "Een plaats in het sbo of so is bij ons zelden bedoeld voor de hele schoolloopbaan. Het verband "
                "wil dat elk kind dat zich in het speciaal (basis)onderwijs voldoende heeft ontwikkeld, "
                "terugkeert naar een basisschool, zo dicht mogelijk bij huis. Dat kan als het kind de "
                "ondersteuning die het nog nodig heeft op een basisschool kan krijgen, eventueel met een "
                "arrangement van niveau 3, en als ouders het eens zijn. Na de terugkeer ontvangt de basisschool "
                "een terugkeerarrangement: een jaar lang ambulante begeleiding vanuit de sbo- of so-school en "
                "extra formatie van vier uur per week."),
          ("p", "Zo gaat het in de praktijk. Bij elke jaarlijkse evaluatie van het OPP bespreekt de commissie van "
                "begeleiding van de sbo- of so-school of terugkeer een optie is. In het laatste jaar van de TLV "
                "is die bespreking verplicht en neemt een consulent van het verband eraan deel. De sbo- of "
                "so-school neemt het initiatief; de ouders kiezen samen met de consulent een basisschool. De "
                "directeur van de ontvangende basisschool besluit over inschrijving, na een kennismaking met kind "
                "en ouders. Er volgt een wenperiode van maximaal zes weken, waarin het kind deels op de oude en "
                "deels op de nieuwe school is. Na drie maanden evalueren beide scholen met ouders en consulent. "
                "Een TLV die niet wordt verlengd, eindigt op de einddatum; het kind staat dan uiterlijk die "
                "dag ingeschreven op de basisschool."),
          ("p", "In 2023-2024 keerden 14 kinderen uit het sbo en 3 uit het so terug naar een basisschool.")]
    b += [("h1", "Thuiszitters"),
          ("p", "Geen kind hoort thuis te zitten. In 2024 waren er in onze regio 11 thuiszitters in de "
                "basisschoolleeftijd. Elke thuiszitter bespreken we binnen twee weken in het Overleg Passende "
                "Plek, met leerplicht, het wijkteam, de school en een consulent van het verband. Dit overleg "
                "wijst een regisseur aan en stelt binnen vier weken een plan op. Als er in de regio geen passende "
                "plek is, kan het verband een maatwerkarrangement bekostigen, ook buiten de regio."),
          ("p", "Jaarlijks brengen we in kaart welke vragen van kinderen in de regio niet beantwoord kunnen "
                "worden. De laatste analyse liet een tekort zien aan plekken voor jonge kinderen met een "
                "ernstige taalontwikkelingsstoornis die niet in cluster 2 terechtkunnen; samen met twee "
                "besturen zetten we daarvoor in 2026 een kleine groep op. Schoolbesturen houden zorgplicht voor "
                "kinderen die bij hen zijn aangemeld.")]
    b += [("h1", "Financiën"),
          ("p", "Het verband ontvangt ondersteuningsmiddelen van het rijk. Hoe die middelen over scholen en "
                "voorzieningen worden verdeeld en waaraan ze worden besteed, leggen we vast in het jaarplan en "
                "de jaarbegroting, die het bestuur elk jaar in december vaststelt. De meerjarenbegroting is p.m."),
          ("p", "We streven naar een sluitende begroting en zo min mogelijk bureaucratie. Middelen moeten zo "
                "veel mogelijk in de klas terechtkomen.")]
    b += [("h1", "Resultaten"),
          ("p", "Voor 2030 willen we het volgende bereiken:"),
          ("ul", ["het percentage leerlingen in sbo en so samen daalt van 3,1% naar 2,7%;",
                  "elke school haalt de Standaard Basisondersteuning;",
                  "er zijn op de teldatum geen kinderen langer dan drie maanden thuiszitter;",
                  "ten minste 20 kinderen per jaar keren terug van sbo of so naar een basisschool;",
                  "90% van de ouders is tevreden over de ondersteuning van hun kind."]),
          ("p", "We volgen deze doelen met een monitor. Het bureau verzamelt elk jaar op 1 oktober de gegevens "
                "van DUO en de eigen registraties en bij ouders via een korte vragenlijst in mei. De uitkomsten "
                "worden in juni besproken in het bestuur en de OPR en gepubliceerd in het jaarverslag, met per "
                "doel de bereikte stand. Wijkt een resultaat meer dan 10% af van de koers, dan maakt het "
                "bureau een analyse en een voorstel voor bijsturing.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn partner in de ondersteuning van hun kind. Scholen betrekken ouders bij het opstellen "
                "van het OPP en bij elke evaluatie."),
          ("p", "Soms verloopt het contact met de school moeizaam. Ouders die onafhankelijk advies of "
                "ondersteuning willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Waterland. De "
                "medewerkers van het steunpunt zijn niet in dienst van een school of bestuur en kunnen ouders "
                "begeleiden naar gesprekken. Ook kunnen ouders gratis contact opnemen met Onderwijsconsulenten. "
                "Geschillen over toelating of verwijdering kunnen worden voorgelegd aan de Geschillencommissie "
                "passend onderwijs.")]
    b += [("h1", "Bestuur en organisatie"),
          ("p", f"{name} is een stichting. Het bestuur bestaat uit een onafhankelijk voorzitter en vier "
                "bestuurders van aangesloten besturen, met een directeur-bestuurder die de dagelijkse leiding "
                "heeft. De algemene vergadering van alle besturen komt twee keer per jaar bijeen. De "
                "ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan."),
          ("p", "Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller, vier "
                "consulenten en twee administratieve krachten. Consulenten zijn aan een vaste groep scholen "
                "gekoppeld en vormen het eerste aanspreekpunt voor intern begeleiders. Zij nemen deel aan het "
                "ondersteuningsteam van scholen wanneer dat gevraagd wordt."),
          ("p", "Het verband werkt samen met het vo-verband in de regio aan een soepele overstap. Elk najaar "
                "worden de leerlingen met een ondersteuningsbehoefte in groep 8 besproken in het "
                "overstapoverleg. Ook met de gemeenten zijn er vaste overleggen over jeugdhulp, "
                "leerlingenvervoer en huisvesting.")]
    b += [("h1", "Personeel en ICT"),
          ("p", "Het tekort aan leraren en intern begeleiders raakt ook onze scholen. Het verband biedt een "
                "scholingsprogramma voor beginnende intern begeleiders en een netwerk voor directeuren. "
                "Samen met de pabo van Hogeschool Inholland bieden we stageplaatsen in het sbo en so aan."),
          ("p", "Het verband verwerkt persoonsgegevens alleen voor zijn wettelijke taken. Er is een "
                "functionaris gegevensbescherming. Aanvragen lopen via een beveiligde omgeving. Het bureau "
                "werkt in de cloud; de ICT-ondersteuning is uitbesteed."),
          ("p", "In de planperiode onderzoeken we of digitale leermiddelen kunnen bijdragen aan ondersteuning in "
                "de klas, bijvoorbeeld adaptieve oefenprogramma's en voorleessoftware. Scholen delen hun "
                "ervaringen in het netwerk van ICT-coördinatoren. Het verband stelt geen eisen aan de keuze "
                "van software, maar biedt wel een overzicht van programma's die in de regio goed werken.")]
    b += terugblik("po")
    b += jonge_kind_hb()
    b += overstap_po()
    b += leerlingstem()
    b += huisvesting_bureau()
    b += jeugdhulp()
    b += medezeggenschap_po()
    b += kennisdeling()
    b += communicatie_prof()
    b += ontwikkelagenda()
    b += [("h1", "Planning en jaarcyclus"),
          ("p", "Het ondersteuningsplan wordt elk jaar vertaald in een jaarplan met activiteiten, "
                "verantwoordelijken en planning. De jaarcyclus is als volgt: in september evalueren we het "
                "voorgaande jaar met de directeuren, in november bespreken we het concept-jaarplan in de OPR, "
                "in december stelt het bestuur jaarplan en begroting vast, en in juni volgt het jaarverslag. "
                "Halverwege de planperiode, in 2028, houden we een tussenevaluatie met alle betrokkenen."),
          ("p", "De directeurenbijeenkomsten vinden vier keer per jaar plaats, het IB-netwerk zes keer per jaar. "
                "Thema's voor 2026 zijn gedrag in de klas, het jonge kind en meer- en hoogbegaafdheid.")]
    b += [("h1", "Begrippenlijst"),
          ("gloss", [("Arrangement", "een pakket extra ondersteuning, bekostigd uit de middelen van het verband."),
                     ("Informatie voor ouders", "ouders vinden alle informatie over de ondersteuning op de "
                      "website van het verband en in de schoolgids."),
                     ("Meerjarenbegroting", "begroting voor vier jaar."),
                     ("Sbo", "speciaal basisonderwijs"),
                     ("TLV", "toelaatbaarheidsverklaring, afgegeven door het verband na advies van twee "
                      "deskundigen")])]
    return b


# ---------------------------------------------------------------- near-miss: school SOP (VO, pdf)
def sop():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026"),
         ("p", "Het Maaslandcollege — vmbo-havo-vwo met lwoo, locatie Venlo-Zuid"),
         ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op het Maaslandcollege",
                  "4 Extra ondersteuning", "5 Lwoo", "6 Samenwerkingsverband en TLV", "7 Ouders",
                  "8 Grenzen aan de ondersteuning", "9 Ambities"])]
    b += [("h1", "Inleiding"),
          ("p", "Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning het Maaslandcollege biedt "
                "aan leerlingen. Het profiel is vastgesteld door de schoolleiding na advies van de "
                "medezeggenschapsraad en maakt deel uit van de schoolgids. Het is bedoeld voor ouders, "
                "leerlingen, basisscholen en het samenwerkingsverband. Het ondersteuningsplan van het "
                "samenwerkingsverband VO Noord-Limburg vormt het kader; dit profiel beschrijft wat onze school "
                "daarbinnen doet.")]
    b += [("h1", "Onze school"),
          ("p", "Het Maaslandcollege telt 1.140 leerlingen, van wie 186 met lwoo. De school biedt de basis- en "
                "kaderberoepsgerichte leerweg, de gemengde en theoretische leerweg, havo en vwo. Er werken 112 "
                "medewerkers. De school heeft een eigen trajectvoorziening, het Kompas, waar leerlingen "
                "tijdelijk een aangepast programma volgen."),
          ("p", "Onze missie is: 'Iedereen telt mee'. We willen een veilige school zijn waar leerlingen hun "
                "talenten ontdekken. We werken met kleine teams per leerjaar, zodat docenten de leerlingen goed "
                "kennen.")]
    b += [("h1", "Basisondersteuning op het Maaslandcollege"),
          ("p", "Het samenwerkingsverband heeft vastgesteld welke basisondersteuning alle scholen minimaal bieden. "
                "Op het Maaslandcollege betekent dit:"),
          ("ul", ["een mentor per klas met een wekelijks mentoruur;",
                  "een ondersteuningscoördinator en twee leerlingbegeleiders;",
                  "een ondersteuningsteam dat zes keer per jaar bijeenkomt;",
                  "dyslexie- en dyscalculiefaciliteiten;",
                  "faalangstreductietraining en een sociale-vaardigheidstraining;",
                  "een vertrouwenspersoon en een anti-pestcoördinator."])]
    b += [("h1", "Extra ondersteuning"),
          ("p", "Voor leerlingen die meer nodig hebben, stellen we een ontwikkelingsperspectief (OPP) op. Extra "
                "ondersteuning kan bestaan uit begeleiding in het Kompas, inzet van een gedragsspecialist of "
                "een aangepast rooster. Voor leerlingen met autisme hebben we een prikkelarme werkplek en een "
                "vaste coach. De school krijgt hiervoor een budget van het samenwerkingsverband; hoe het "
                "samenwerkingsverband de middelen over de scholen verdeelt, staat in het ondersteuningsplan van "
                "het samenwerkingsverband."),
          ("p", "Daarnaast kunnen we een beroep doen op de bovenschoolse voorzieningen van het "
                "samenwerkingsverband, zoals het OPDC en het expertiseteam.")]
    b += [("h1", "Lwoo"),
          ("p", "Leerlingen met een lwoo-aanwijzing volgen les in kleinere klassen van maximaal 18 leerlingen in "
                "de onderbouw. Zij krijgen extra uren Nederlands en rekenen en een vaste coach. De aanvraag voor "
                "lwoo doet de school bij het samenwerkingsverband, op basis van het onderwijskundig rapport van "
                "de basisschool.")]
    b += [("h1", "Samenwerkingsverband en TLV"),
          ("p", "Soms kunnen we een leerling ondanks alle inzet niet bieden wat nodig is. Dan bespreken we met "
                "ouders de mogelijkheid van het vso. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het "
                "samenwerkingsverband nodig. De school stelt de aanvraag op samen met ouders; de commissie van "
                "het samenwerkingsverband besluit. Leerlingen die terugkeren uit het vso, begeleiden we met een "
                "overstapplan.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn onze partners. Zij worden uitgenodigd bij het opstellen van het OPP en bij de "
                "evaluaties. Informatie over ondersteuning vinden ouders in de schoolgids en op onze website. "
                "Bij klachten kunnen ouders terecht bij de klachtencommissie van het bestuur of bij het Ouder- "
                "en Jeugdsteunpunt van het samenwerkingsverband.")]
    b += [("h1", "Grenzen aan de ondersteuning"),
          ("p", "We kunnen geen onderwijs bieden aan leerlingen die voortdurend één-op-één begeleiding nodig "
                "hebben, aan leerlingen met ernstige agressieproblematiek en aan leerlingen die intensieve "
                "medische verpleging nodig hebben. In die gevallen zoeken we met ouders en samenwerkingsverband "
                "naar een passende plek (zorgplicht).")]
    b += [("h1", "Ambities"),
          ("p", "In schooljaar 2025-2026 willen we: het aantal leerlingen dat zonder diploma vertrekt verlagen, "
                "alle mentoren trainen in gespreksvoering en de samenwerking met jeugdhulp in school "
                "versterken. Resultaten bespreken we in de medezeggenschapsraad.")]
    b += [("h1", "Contact"),
          ("p", "Ondersteuningscoördinator: mevrouw A. Janssen, ondersteuning@maaslandcollege.example.nl. "
                "Locatiedirecteur: de heer P. Hermans.")]
    return b


# ---------------------------------------------------------------- renderers
def to_docx(blocks, path, header_text):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "holdout193"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = header_text
    d.sections[0].footer.paragraphs[0].text = header_text + " | pagina"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for i, it in enumerate(val):
                d.add_paragraph(f"{it}\t{3 + 2 * i}")
        elif kind == "gloss":
            for term, defi in val:
                p = d.add_paragraph()
                p.add_run(term + ": ").bold = True
                p.add_run(defi)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")
    d.save(path)


def to_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "ol":
            out.append("\n".join(f"{i}. {it}" for i, it in enumerate(val, 1)) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "gloss":
            out.append("\n".join(f"- **{t}**: {d}" for t, d in val) + "\n")
        elif kind == "table":
            rows = ["| " + " | ".join(val[0]) + " |", "|" + "---|" * len(val[0])]
            rows += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("\n".join(rows) + "\n")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout193_soffice_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- labels
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv):
    res = {}
    for e in ELEMS:
        vals = [crit[c] for c in CORE if c.startswith(e + ".")]
        if all(vals):
            res[e] = "present"
        elif any(vals) or adv.get(e):
            res[e] = "partial"
        else:
            res[e] = "missing"
    return res


def write_label(fname, documents, sector, false_crit, adv, notes):
    crit = {c: c not in false_crit for c in CORE}
    st = status(crit, adv)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {st[e]}" for e in ELEMS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e, lst in adv.items():
        lines.append(f"  {e}: [{', '.join(lst)}]")
    lines.append("notes:")
    for e, n in notes.items():
        lines.append(f"  {e}: \"{n}\"")
    (OUT / fname).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout193_build_"))
    try:
        # plan 1: docx
        to_docx(plan1(), OUT / "vo-lingewaard-betuwe.docx", "Ondersteuningsplan SWV VO Lingewaard-Betuwe 2026-2030")
        # plan 2: docx + pdf
        to_docx(plan2(), OUT / "vo-debrugoost.docx", "OP De Brug Oost 2026-2030 - concept")
        docx_to_pdf(OUT / "vo-debrugoost.docx", OUT / "vo-debrugoost.pdf")
        # plan 3: pdf only
        to_docx(plan3(), tmp / "vo-zuiderzeekust.docx", "Ondersteuningsplan Zuiderzeekust | basisondersteuning - toewijzing - terugplaatsing")
        docx_to_pdf(tmp / "vo-zuiderzeekust.docx", OUT / "vo-zuiderzeekust.pdf")
        # plan 4: markdown
        to_md(plan4(), OUT / "vo-heuvelland-maas.md")
        # plan 5: PO docx
        to_docx(plan5(), OUT / "po-waterland-oost.docx", "Ondersteuningsplan Waterland-Oost 2026-2030")
        # near-miss: school SOP as pdf
        to_docx(sop(), tmp / "vo-maaslandcollege-sop.docx", "Schoolondersteuningsprofiel Maaslandcollege")
        docx_to_pdf(tmp / "vo-maaslandcollege-sop.docx", OUT / "vo-maaslandcollege-sop.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    write_label("vo-lingewaard-betuwe.expected.yaml", ["vo-lingewaard-betuwe.docx"], "vo",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "ch. Basisondersteuning: agreed minimum for all 17 vestigingen plus bullet list of provisions; kwaliteitskaart visits",
                 "plaatsing": "ch. Toelaatbaarheid vso, lwoo en pro: procedure, termijnen, deskundigen, bezwaar; criteria only referred to Kader Toewijzing on website",
                 "terugstroom": "ch. Terugplaatsing en doorstroom only defers ('herijken ... voortgangsparagraaf'), rest is mbo-overstap; definition only in begrippenlijst",
                 "financien": "ch. Geld en middelen: verdeelmodel (vaste voet, EUR 146 per leerling) and meerjarenbegroting table 2026-2029",
                 "dekkend-aanbod": "ch. Het ondersteuningscontinuüm (4 niveaus) and ch. Thuiszitters en dekkend netwerk (overleg, doorzettingsmacht, jaarlijkse analyse)",
                 "resultaten": "ch. Ambities en resultaten: measurable targets, but monitoring deferred to a monitoringskader to be worked out",
                 "ouders": "ch. Communicatie: ouderpagina, schoolgids, informatieavonden; Ouder- en Jeugdsteunpunt Betuwe, onderwijsconsulenten"})
    write_label("vo-debrugoost.expected.yaml", ["vo-debrugoost.docx", "vo-debrugoost.pdf"], "vo",
                {"basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.lacunes", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "financien": ["verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. Basisondersteuning sets the level as floor for every vestiging, but content only in absent bijlage 2 (Kaart Basisondersteuning)",
                 "plaatsing": "ch. Toewijzing en toelaatbaarheid: 5-step vso procedure, vso criteria list, lwoo/pro criteria and dates",
                 "terugstroom": "hidden in TLV chapter, subsection 'Als de TLV afloopt': steps/dates plus policy and 6-month ambulante begeleiding",
                 "financien": "ch. Bekostiging: 70/30 verdeling and lwoo/pro rules; meerjarenbegroting deferred to a later annex, no amounts",
                 "dekkend-aanbod": "ch. De ondersteuningsroute gives 4-trede continuum; thuiszitters/dekkend aanbod only in begrippenlijst",
                 "resultaten": "ch. Kwaliteit en resultaten: indicator table nulmeting/doel 2030 plus twice-yearly data collection and reporting",
                 "ouders": "ch. Communicatie en voorlichting: schoolgids page, folder, ouderavonden; independent help (onderwijsconsulenten/OJSP) only in glossary"})
    write_label("vo-zuiderzeekust.expected.yaml", ["vo-zuiderzeekust.pdf"], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "terugstroom.procedure", "resultaten.doelen", "resultaten.monitoring"},
                {"plaatsing": ["duur-categorie", "bezwaar"]},
                {"basisondersteuning": "ch. Basisondersteuning en schoolprofielen defers the referentiekader to 2027; content only in begrippenlijst and running header",
                 "plaatsing": "ch. Toewijzing: criteria table for lwoo/pro/vso; procedure only referred to Handboek Toewijzing on website",
                 "terugstroom": "ch. Terugplaatsing: policy, conditions and a year of coaching; stappenplan deferred to 2026-2027",
                 "financien": "ch. Middelen: content only in tabel 5 (verdeling) and tabel 6 (meerjarenbegroting)",
                 "dekkend-aanbod": "ch. Het aanbod in de regio (continuum) and ch. Niemand thuis (Thuiszitterstafel, Route op maat, zorgplicht)",
                 "resultaten": "ch. Resultaatgericht werken is culture talk plus 'te zijner tijd in de jaarplannen'; 'beoogde resultaten' only in begrippenlijst",
                 "ouders": "ch. Ouders en leerlingen: Ouderwijzer, voorlichtingsavonden; Ouder- en Jeugdsteunpunt Zuiderzeekust, onderwijsconsulenten"})
    write_label("vo-heuvelland-maas.expected.yaml", ["vo-heuvelland-maas.md"], "vo",
                {"terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                 "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"]},
                {"basisondersteuning": "ch. 'Het fundament: wat elke school biedt': common floor for all 20 vestigingen plus table of provisions",
                 "plaatsing": "ch. Toelaatbaarheid: numbered procedure, vso criteria, own lwoo criteria (opting out), pro criteria, bezwaar",
                 "terugstroom": "ch. 'Terug naar het regulier onderwijs': procedure with evaluation 6 months before end; ambition/conditions deferred to a later notitie",
                 "financien": "ch. Begroting: meerjarenbegroting with amounts; verdeelsleutel explicitly left outside the plan",
                 "dekkend-aanbod": "ch. Dekkend aanbod is a deferral placeholder; DA/thuiszitters only in afkortingenlijst",
                 "resultaten": "ch. Kwaliteit en monitoring: dashboard, sources, quarterly/half-yearly reporting; beoogde resultaten deferred to jaarplannen",
                 "ouders": "no information or steunpunt text; OPR has staff and pupils only; OJSP only in afkortingenlijst"})
    write_label("po-waterland-oost.expected.yaml", ["po-waterland-oost.docx"], "po",
                {"plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "financien.besteding",
                 "ouders.informatie"},
                {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
                 "terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. Basisondersteuning: Standaard Basisondersteuning for every location with list of provisions",
                 "plaatsing": "ch. Toelaatbaarheid sbo en so only refers to absent bijlage 5; TLV counts in kengetallen and deskundigen in glossary are passing",
                 "terugstroom": "ch. 'De weg terug': policy, conditions, terugkeerarrangement and step-by-step practice incl. end of TLV",
                 "financien": "ch. Financiën defers verdeling/besteding to jaarplan, meerjarenbegroting 'p.m.'",
                 "dekkend-aanbod": "ch. Van basis naar speciaal (5 niveaus) and ch. Thuiszitters (Overleg Passende Plek, jaarlijkse analyse, zorgplicht)",
                 "resultaten": "ch. Resultaten: targets for 2030 plus monitor, data moments, reporting in jaarverslag",
                 "ouders": "ch. Ouders: OJSP Waterland, onderwijsconsulenten, geschillencommissie; how parents are informed only in begrippenlijst"})
    (OUT / "vo-maaslandcollege-sop.expected.yaml").write_text(
        "documents: [vo-maaslandcollege-sop.pdf]\n"
        "sector: vo\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"School-level schoolondersteuningsprofiel (SOP) of one VO school, adopted by the school "
        "leadership with MR advice; it refers to the SWV ondersteuningsplan as its frame. Uses basisondersteuning, "
        "TLV, lwoo, OPDC, OJSP vocabulary but is not an SWV plan (no planperiode, OPR, OOGO, verdeelmodel).\"\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
