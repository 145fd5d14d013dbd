#!/usr/bin/env python3
"""Generate the holdout231 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (via LibreOffice) and .html, plus their label files.

Deterministic, no network. Output goes to the folder above this script's folder.
Usage: python3 make_holdout231.py
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Document model: list of blocks (kind, payload)
#   ("title", str) ("sub", str) ("h1", str) ("h2", str) ("p", str) ("ul", [str]) ("ol", [str])
#   ("table", [[str, ...], ...])  first row = header  ("toc", [str])  ("pb", None)
# ---------------------------------------------------------------------------------------------


def P(*texts):
    return [("p", t) for t in texts]


# ----------------------------------- shared filler ---------------------------------------------

def voorwoord(naam, regio, voorzitter, variant):
    a = [
        f"Voor u ligt het ondersteuningsplan 2026-2030 van {naam}. Het is het derde plan sinds de invoering "
        f"van passend onderwijs in 2014 en het eerste dat volledig na de evaluatie van de vorige planperiode is "
        f"geschreven. In de afgelopen jaren is in {regio} veel gebeurd: de leerlingaantallen zijn veranderd, "
        f"het lerarentekort drukt op de scholen en de vraag naar ondersteuning is complexer geworden. Tegelijk "
        f"zien we hoeveel leraren, intern begeleiders, ondersteuningscoördinatoren en schoolleiders dagelijks "
        f"doen om ieder kind een goede plek te geven.",
        f"Dit plan is tot stand gekomen in gesprek met velen. Schoolbesturen, directeuren, ouders, leerlingen, "
        f"medewerkers van het bureau, jeugdhulpaanbieders en de gemeenten hebben meegedacht in werksessies, "
        f"klankbordgroepen en bijeenkomsten. Wij danken iedereen die daaraan heeft bijgedragen, in het bijzonder "
        f"de leden van de ondersteuningsplanraad, die het concept kritisch en constructief hebben gelezen.",
    ]
    b = [
        "Een ondersteuningsplan is geen eindpunt. Het is een afsprakenkader waarmee we de komende vier jaar "
        "verder bouwen. Niet alles is af; dat hoort bij een plan dat wil aansluiten bij wat er in de klas "
        "gebeurt. Wij hopen dat het plan richting geeft, dat het herkenbaar is voor iedereen die met onze "
        "leerlingen werkt en dat de resultaten van ons gezamenlijke werk zichtbaar worden in de klas.",
        f"Namens het bestuur,\n{voorzitter}",
    ]
    if variant == 2:
        a[0] = a[0].replace("Het is het derde plan", "Het is inmiddels het derde plan")
    return a + b


def leeswijzer(hoofdstukken):
    tekst = ("Dit plan is zo opgebouwd dat ieder hoofdstuk ook los te lezen is. " +
             " ".join(hoofdstukken) +
             " Achter in het plan vindt u een begrippenlijst. Waar in dit plan 'ouders' staat, bedoelen wij "
             "ook verzorgers en voogden. Waar 'school' staat, bedoelen wij iedere vestiging van een school die "
             "bij het samenwerkingsverband is aangesloten.")
    return P(tekst)


def context(naam, regio, gemeenten, besturen, scholen, leerlingen, sector):
    soort = ("basisscholen, scholen voor speciaal basisonderwijs en locaties voor speciaal onderwijs"
             if sector == "po" else
             "scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en drie vso-locaties")
    return P(
        f"{naam} omvat het grondgebied van de gemeenten {gemeenten}. In {regio} zijn {besturen} schoolbesturen "
        f"aangesloten met samen {scholen} {soort}. Op de teldatum 1 oktober 2025 telden deze scholen samen "
        f"{leerlingen} leerlingen. De regio kent een mix van stedelijk en landelijk gebied; de afstanden tussen "
        f"de kleinere kernen zijn voor sommige leerlingen aanzienlijk, wat gevolgen heeft voor het "
        f"leerlingenvervoer en voor de bereikbaarheid van voorzieningen.",
        "De bevolkingsprognoses laten voor de komende planperiode een lichte daling van het aantal leerlingen "
        "zien in de landelijke kernen en een stabiel beeld in de grotere kernen. Het aantal nieuwkomers "
        "schommelt sterk van jaar tot jaar. Ook het aantal leerlingen met een complexe ondersteuningsvraag, "
        "waarbij onderwijs en jeugdhulp samen moeten optrekken, neemt volgens de scholen toe. Deze "
        "ontwikkelingen vragen om wendbaarheid van scholen en van het samenwerkingsverband.",
    )


def visie(naam, kernwoorden):
    k = ", ".join(kernwoorden[:-1]) + " en " + kernwoorden[-1]
    return P(
        f"Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht "
        f"mogelijk bij huis en samen met leeftijdgenoten waar dat kan. {naam} is er om de scholen daarin te "
        f"ondersteunen. Onze kernwaarden zijn {k}.",
        "Passend onderwijs is in de eerste plaats een opdracht van de scholen zelf. Het samenwerkingsverband "
        "faciliteert, verbindt en houdt het geheel in het oog. Wij werken vanuit vertrouwen en spreken elkaar "
        "aan wanneer afspraken niet worden nagekomen. Wij kijken naar wat een leerling nodig heeft, niet naar "
        "labels of diagnoses. Het gesprek tussen leraar, leerling en ouders staat centraal; het "
        "samenwerkingsverband sluit aan waar de school handelingsverlegen raakt.",
        "Onze missie voor deze planperiode luidt: samen zorgen dat geen kind tussen wal en schip valt. Die "
        "missie vertalen wij in ambities die in de hoofdstukken hierna terugkomen. We zijn ons ervan bewust "
        "dat ambities alleen betekenis krijgen wanneer ze in de dagelijkse praktijk herkenbaar zijn, en dat "
        "vraagt om geduld, om vakmanschap en om een lange adem.",
    )


def governance(naam, rechtsvorm, toezicht):
    return P(
        f"{naam} is een {rechtsvorm}. Het bestuur wordt gevormd door een directeur-bestuurder, die "
        f"verantwoordelijk is voor de dagelijkse leiding van het bureau en voor de uitvoering van dit plan. "
        f"Het intern toezicht is belegd bij {toezicht}. De toezichthouders zijn afkomstig van de aangesloten "
        f"schoolbesturen, aangevuld met onafhankelijke leden met expertise op het gebied van financiën en "
        f"jeugdhulp.",
        "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in een bestuursreglement. De "
        "statuten bevatten ook een regeling voor het beslechten van geschillen tussen de aangesloten besturen, "
        "zoals de wet voorschrijft. De toezichthouders keuren jaarlijks de begroting en het jaarverslag goed en "
        "voeren ten minste eenmaal per jaar een evaluatiegesprek met de directeur-bestuurder.",
        "Het bureau van het samenwerkingsverband is gehuisvest in een bedrijfsverzamelgebouw dat centraal in de "
        "regio ligt. Het bureau bestaat uit een directeur-bestuurder, een beleidsmedewerker, een controller, "
        "twee secretariaatsmedewerkers en een team van orthopedagogen en onderwijsspecialisten.",
    )


def opr(naam, leden, met_ouders, datum):
    tekst = [f"De ondersteuningsplanraad (OPR) van {naam} heeft instemmingsrecht op dit plan. "
             f"De OPR heeft op {datum} met het plan ingestemd."]
    if met_ouders:
        tekst.append(
            f"De OPR bestaat uit {leden} leden. De helft van de leden is ouder, de andere helft is medewerker "
            "van een aangesloten school. Ouders in de OPR brengen het perspectief van gezinnen in; zij worden "
            "door het samenwerkingsverband gefaciliteerd met scholing en een vergoeding.")
    tekst.append(
        "De OPR vergadert zes keer per jaar met de directeur-bestuurder. Naast het instemmingsrecht op het "
        "ondersteuningsplan heeft de OPR recht op informatie over de uitvoering ervan. Het medezeggenschaps"
        "reglement en het medezeggenschapsstatuut zijn op de website gepubliceerd.")
    return P(" ".join(tekst[:1]), *tekst[1:])


def oogo(gemeenten, substantief, datum):
    if not substantief:
        return P(
            f"Het op overeenstemming gericht overleg (OOGO) over dit plan met de gemeenten {gemeenten} is "
            f"gevoerd op {datum}. Het verslag van dit overleg is bij het bestuur bekend. Ook is het plan "
            f"besproken met het samenwerkingsverband voor het andere onderwijstype in de regio.")
    return P(
        f"Het op overeenstemming gericht overleg (OOGO) over dit plan met de gemeenten {gemeenten} is gevoerd op "
        f"{datum}. De gemeenten en het samenwerkingsverband hebben in het OOGO een gezamenlijke agenda vastgesteld "
        "met drie thema's: de aansluiting tussen onderwijs en jeugdhulp, gezond opgroeien en "
        "de overgangen tussen onderwijssoorten.",
        "Op iedere school is een vaste jeugdprofessional van het lokale team beschikbaar die aansluit bij het "
        "ondersteuningsteam van de school. Voor leerlingen die naast onderwijs ook zorg nodig hebben, "
        "bekostigen gemeenten en samenwerkingsverband samen onderwijs-zorgarrangementen; de afspraken over de "
        "verdeling van de kosten staan in een convenant dat tot 2028 loopt. De jeugdgezondheidszorg en het "
        "samenwerkingsverband stemmen hun scholingsaanbod voor scholen op elkaar af.",
        "Onderwerpen als leerlingenvervoer en onderwijshuisvesting zijn gemeentelijke taken. Het "
        "samenwerkingsverband adviseert de gemeenten daarover wanneer dat voor passend onderwijs van belang is.",
    )


def personeel_ict(naam):
    return P(
        "De kwaliteit van passend onderwijs valt en staat met de mensen in de school. Het samenwerkingsverband "
        "investeert daarom in professionalisering: er is een jaarlijks scholingsaanbod voor intern begeleiders "
        "en ondersteuningscoördinatoren, er zijn netwerken per thema (gedrag, taal, hoogbegaafdheid) en "
        "nieuwe leraren kunnen deelnemen aan een introductieprogramma over passend onderwijs in de regio.",
        "Het personeel van het bureau valt onder de cao van de sector. Het samenwerkingsverband heeft geen eigen "
        "leraren in dienst; specialisten die op scholen werken zijn in dienst van een schoolbestuur of worden "
        "ingehuurd. Bij vacatures wordt gezocht naar een evenwichtige samenstelling van het team, zodat kennis "
        "van gedrag, leren, ontwikkeling en jeugdhulp in het bureau aanwezig is.",
        f"Voor de registratie van aanvragen, arrangementen en toelaatbaarheidsverklaringen gebruikt {naam} een "
        "beveiligde digitale omgeving. Scholen en ouders hebben toegang tot het dossier van de leerling voor "
        "zover dat voor hun rol nodig is. Het samenwerkingsverband verwerkt persoonsgegevens volgens de AVG; "
        "er is een functionaris gegevensbescherming aangesteld en een privacyreglement vastgesteld. "
        "Gezondheidsgegevens worden niet langer bewaard dan de wettelijke termijn.",
    )


def planning(rows):
    return [("p", "De totstandkoming van dit plan verliep volgens onderstaande planning."),
            ("table", [["Wanneer", "Wat"]] + rows),
            ("p", "Het plan is op dezelfde dag na vaststelling naar de Inspectie van het Onderwijs gezonden. "
                  "Jaarlijks stellen wij een jaarplan op waarin de activiteiten voor het komende schooljaar "
                  "concreet worden gemaakt.")]


def nieuwkomers_hb(sector):
    leerling = "kinderen" if sector == "po" else "jongeren"
    return P(
        f"In de regio wonen relatief veel {leerling} die nog maar kort in Nederland zijn. Voor hen is er een "
        "nieuwkomersvoorziening waar zij intensief Nederlands leren voordat zij instromen in het reguliere "
        "onderwijs. De gemeenten en het samenwerkingsverband overleggen jaarlijks over de capaciteit.",
        f"Ook {leerling} met een ontwikkelingsvoorsprong of een hoge begaafdheid hebben recht op een passend "
        "aanbod. Met de tijdelijke middelen voor hoogbegaafdheid is in de afgelopen jaren een netwerk van "
        "specialisten opgebouwd. In deze planperiode willen wij die kennis behouden en verder verspreiden over "
        "de scholen.",
    )


def terugblik(naam):
    return P(
        f"In de vorige planperiode heeft {naam} vooral geïnvesteerd in de eigen organisatie. Het bureau is "
        "kleiner en wendbaarder geworden, de aanvraagprocedures zijn gedigitaliseerd en de overlegstructuur met "
        "de schoolbesturen is vereenvoudigd: in plaats van vier overleggen per maand is er nu één "
        "bestuurlijk overleg en één netwerk van ondersteuningsspecialisten.",
        "De evaluatie die in het voorjaar van 2025 is uitgevoerd, liet zien dat scholen het samenwerkingsverband "
        "beter weten te vinden dan vier jaar geleden, maar ook dat de administratieve last rond aanvragen als "
        "zwaar wordt ervaren. Leraren gaven aan dat zij meer behoefte hebben aan meedenken in de klas dan aan "
        "formulieren. Die lessen hebben wij meegenomen bij het schrijven van dit plan.",
        "Wat ons ook is opgevallen, is hoe verschillend scholen omgaan met vergelijkbare vragen. De ene school "
        "lost met een paar kleine aanpassingen op wat op een andere school tot een aanvraag leidt. Wij willen "
        "die verschillen niet wegpoetsen, maar wel beter begrijpen en van elkaar leren.",
    )


def kennisdeling(sector):
    doel = "de overstap naar het voortgezet onderwijs" if sector == "po" else "de overstap naar het mbo"
    return P(
        "Kennis over passend onderwijs zit vooral in de hoofden van mensen. Het samenwerkingsverband wil die "
        "kennis beter benutten door leraren en specialisten met elkaar te verbinden. Daarvoor organiseren wij "
        "jaarlijks een regionale kennisdag, faciliteren wij intervisiegroepen en houden wij een digitale "
        "kennisbank bij met praktijkvoorbeelden, instrumenten en protocollen.",
        "Scholen kunnen bij elkaar op bezoek gaan met een vergoeding voor vervanging. In de afgelopen jaren "
        "bleek dat zo'n bezoek vaak meer oplevert dan een cursus: leraren zien hoe een collega een "
        "klassenmanagementaanpak toepast of hoe een school de ruimte anders heeft ingericht.",
        f"Een bijzonder aandachtspunt is {doel}. Samen met de scholen aan weerszijden van die overgang werken "
        "wij aan een warme overdracht, zodat wat een leerling nodig heeft niet opnieuw hoeft te worden "
        "uitgezocht. Daarvoor wordt een gezamenlijk overdrachtsformulier gebruikt.",
    )


def uitdagingen():
    return P(
        "De komende jaren staan in het teken van een aantal uitdagingen die niet door het "
        "samenwerkingsverband alleen kunnen worden opgelost. Het lerarentekort is in onze regio voelbaar: "
        "vacatures voor intern begeleiders en specialisten blijven soms maanden open. Dat maakt het lastig "
        "om de afspraken uit dit plan overal op dezelfde manier uit te voeren.",
        "Daarnaast zien wij dat de grens tussen onderwijs en zorg soms onduidelijk is. Ouders weten niet altijd "
        "bij wie zij moeten zijn, en professionals verwijzen soms naar elkaar door. Het samenwerkingsverband "
        "wil die grens in deze planperiode samen met de partners in de regio scherper maken.",
        "Tot slot vraagt de landelijke discussie over een norm voor basisondersteuning en over de "
        "ontwikkeling naar inclusiever onderwijs om een open houding. Wij volgen die ontwikkelingen en passen "
        "het plan aan als de wet- en regelgeving daartoe aanleiding geeft.",
    )


def privacy_lang():
    return P(
        "Bij alles wat het samenwerkingsverband doet, gaat het om gegevens van kinderen en hun gezinnen. "
        "Zorgvuldigheid staat daarom voorop. Alleen medewerkers die een gegeven nodig hebben voor hun taak "
        "hebben toegang. Dossiers worden versleuteld opgeslagen en na afloop van de bewaartermijn vernietigd. "
        "Datalekken worden gemeld bij de functionaris gegevensbescherming, die jaarlijks aan het bestuur "
        "rapporteert.",
        "Voor het delen van gegevens met partners buiten het onderwijs, zoals jeugdhulpaanbieders, is "
        "toestemming van ouders het uitgangspunt. Het privacyreglement beschrijft de uitzonderingen waarin "
        "de wet gegevensdeling zonder toestemming toestaat.",
    )


def huisvesting_vervoer(gemeenten):
    return P(
        f"Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten {gemeenten}. Toch raken zij "
        "direct aan passend onderwijs. Een school die een leerling met een lichamelijke beperking wil "
        "ontvangen, heeft soms een aanpassing van het gebouw nodig: een lift, een invalidentoilet of een "
        "prikkelarme ruimte. Een leerling die naar een school buiten de eigen woonplaats gaat, is vaak "
        "afhankelijk van vervoer dat door de gemeente wordt geregeld.",
        "Het samenwerkingsverband heeft hierin geen eigen bevoegdheden. Wel brengen wij signalen van scholen "
        "in bij het periodieke ambtelijke overleg, en vragen wij de gemeenten bij de herziening van de "
        "verordening leerlingenvervoer rekening te houden met de reistijd van jonge kinderen. Bij de planning "
        "van nieuwbouw of renovatie van schoolgebouwen adviseert het samenwerkingsverband desgevraagd over "
        "ruimtes die voor ondersteuning nodig zijn.",
    )


def colofon(naam, adres):
    return P(f"{naam}\n{adres}\nTelefoon 0800 - 020 30 40 (gratis, op werkdagen van 9.00 tot 16.00 uur)",
             "Tekst: bureau van het samenwerkingsverband, met bijdragen van de werkgroepen. Vormgeving: "
             "eigen beheer. Aan de inhoud van dit document kunnen geen rechten worden ontleend; bij verschil "
             "tussen deze versie en het door het bestuur vastgestelde plan is het vastgestelde plan leidend.")


def begrippen(rows):
    return [("p", "In dit plan gebruiken wij de volgende begrippen."),
            ("table", [["Begrip", "Betekenis"]] + rows)]


STD_BEGRIPPEN = [
    ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de "
                           "ondersteuningsstructuur van iedere school wordt uitgevoerd."],
    ["Dekkend aanbod", "Een geheel van voorzieningen waarmee voor iedere leerling een passende plek "
                       "beschikbaar is."],
    ["Meerjarenbegroting", "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over "
                                 "passend onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier "
                       "onderwijs."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar "
                                         "is tot het speciaal (basis)onderwijs."],
    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband met zijn beleid wil bereiken."],
    ["Zorgplicht", "De plicht van het schoolbestuur om een leerling die extra ondersteuning nodig heeft "
                   "een passende plek aan te bieden."],
]


def afkortingen(extra=()):
    rows = [["OOGO", "Op overeenstemming gericht overleg"], ["OPR", "Ondersteuningsplanraad"],
            ["OPP", "Ontwikkelingsperspectiefplan"], ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"], ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["IB'er", "Intern begeleider"], ["AB", "Ambulante begeleiding"]] + [list(e) for e in extra]
    return [("table", [["Afkorting", "Betekenis"]] + rows)]


# =============================================================================================
# Plan 1: PO Deltaland (.docx), numbered headings
# =============================================================================================

def plan1():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Deltaland"
    kort = "SWV Deltaland"
    ch = ["1 Voorwoord", "2 Leeswijzer", "3 Deltaland in beeld", "4 Visie en missie",
          "5 Wat elke school biedt", "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid tot sbo en so",
          "8 Communicatie", "9 Samenwerking met gemeenten", "10 Organisatie en bestuur", "11 Medezeggenschap",
          "12 Mensen en middelen van het bureau", "13 Geld en middelen", "14 Kwaliteit en planning",
          "15 Begrippenlijst en afkortingen"]
    toc = ch[:6] + ["7 Toelaatbaarheid tot sbo en so", "   7.4 Bezwaar", "   7.5 Terugplaatsing"] + ch[7:13] + \
        ["   13.2 Meerjarenbegroting", "14 Kwaliteit en planning", "   14.1 Beoogde en bereikte resultaten"] + ch[14:]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{naam} (PO 28-09)"),
         ("sub", "Vastgesteld door het bestuur op 24 maart 2026 na instemming van de OPR"),
         ("pb", None), ("h1", "Inhoud"), ("toc", toc), ("pb", None),
         ("h1", ch[0])]
    b += P(*voorwoord(naam, "de Deltaregio", "mw. drs. H.A. Verhoef, directeur-bestuurder", 1))
    b += [("h1", ch[1])]
    b += leeswijzer([
        "Hoofdstuk 5 beschrijft de basisondersteuning, hoofdstuk 6 de extra ondersteuning.",
        "In hoofdstuk 7 leest u hoe toelaatbaarheid tot het speciaal (basis)onderwijs is geregeld.",
        "Hoofdstuk 8 gaat over de informatie aan ouders. Hoofdstuk 13 beschrijft de financiën.",
        "Hoofdstuk 14 gaat over kwaliteit, resultaten en planning."])
    b += [("h1", ch[2])]
    b += context(naam, "de Deltaregio", "Zuidhaven, Molenwaard-Oost en Kreekrug", 14, 71, "14.620", "po")
    b += [("table", [["Schoolsoort", "Aantal scholen", "Leerlingen 1-10-2025"],
                     ["Basisonderwijs", "66", "13.780"], ["Speciaal basisonderwijs", "3", "412"],
                     ["Speciaal onderwijs (cluster 3 en 4)", "2", "428"]])]
    b += [("h1", ch[3])]
    b += visie(kort, ["nabijheid", "vakmanschap", "eigenaarschap", "vertrouwen"])

    b += [("h1", ch[4]), ("h2", "5.1 Het afgesproken niveau")]
    b += P(
        "Alle besturen in Deltaland hebben afgesproken dat iedere vestiging van iedere aangesloten basisschool "
        "ten minste hetzelfde niveau van basisondersteuning biedt. Dat niveau is voor het laatst vastgesteld in "
        "de algemene ledenvergadering van 12 november 2025 en geldt voor de hele planperiode. Geen school mag "
        "onder deze ondergrens zakken; scholen mogen wel meer bieden en beschrijven dat in hun schoolgids.",
        "Wat ouders op iedere school in Deltaland mogen verwachten, ongeacht welke school zij kiezen:")
    b += [("ul", [
        "een intern begeleider die ten minste twee dagen per week beschikbaar is voor leerlingbesprekingen, "
        "overleg met ouders en het aansturen van de ondersteuning;",
        "een dyslexie- en een dyscalculieprotocol dat volgens de landelijke protocollen wordt uitgevoerd, "
        "inclusief signalering vanaf groep 2 en begeleiding tot en met groep 8;",
        "een methode voor sociaal-emotioneel leren en een anti-pestprogramma, met een vaste pestcoördinator;",
        "een aanbod voor leerlingen die meer aankunnen (verrijking en compacten) in iedere groep;",
        "handelingsgericht werken met groepsplannen of groepsoverzichten en drie keer per jaar een "
        "groepsbespreking;",
        "een schoolondersteuningsteam dat zes keer per jaar bijeenkomt, met de jeugdverpleegkundige en de "
        "jeugdprofessional van het lokale team;",
        "afspraken over medisch handelen en over het geven van medicijnen, vastgelegd in een protocol;",
        "een aanbod voor leerlingen met een taalachterstand, waaronder NT2-ondersteuning tot een jaar na "
        "instroom."])]
    b += [("h2", "5.2 Hoe wij dit borgen")]
    b += P(
        "Iedere school neemt de basisondersteuning op in de schoolgids. Het samenwerkingsverband bezoekt iedere "
        "school eens in de twee jaar voor een kwaliteitsgesprek aan de hand van de Kwaliteitskaart "
        "Basisondersteuning. Blijkt een school op een onderdeel onder het afgesproken niveau te zitten, dan "
        "maakt het schoolbestuur binnen drie maanden een verbeterplan; de directeur-bestuurder bespreekt de "
        "voortgang met het schoolbestuur na zes maanden.")

    b += [("h1", ch[5])]
    b += P(
        "Wanneer de basisondersteuning voor een leerling niet volstaat, kan de school extra ondersteuning "
        "inzetten. Deltaland onderscheidt drie treden boven de basis. In de eerste trede zet de school zelf "
        "extra ondersteuning in uit het schoolbudget, bijvoorbeeld een remedial teacher of een kleine "
        "instructiegroep. In de tweede trede vraagt de school een arrangement aan bij het samenwerkingsverband: "
        "begeleiding door een specialist van het expertiseteam, een observatieplaatsing of een "
        "onderwijs-zorgarrangement met jeugdhulp. In de derde trede gaat de leerling naar een van de drie "
        "scholen voor speciaal basisonderwijs of naar het speciaal onderwijs in de regio.",
        "Daarnaast kent de regio twee bovenschoolse voorzieningen: de Taalklas in Zuidhaven voor leerlingen met "
        "ernstige taal- en spraakproblemen die geen cluster 2-indicatie hebben, en de Kanjerklas in Kreekrug, "
        "een kleine groep binnen een reguliere basisschool voor leerlingen met gedragsproblematiek die "
        "tijdelijk een intensiever pedagogisch klimaat nodig hebben. Beide voorzieningen zijn bedoeld als "
        "tussenstap; de leerling blijft ingeschreven op de eigen school.",
        "Over thuiszitters en leerlingen voor wie nog geen passende plek is gevonden, maken wij in het schooljaar "
        "2026-2027 nieuwe afspraken met de gemeenten. Die afspraken worden daarna als aanvulling op dit plan "
        "vastgesteld.")

    b += [("h1", "7 Toelaatbaarheid tot sbo en so"), ("h2", "7.1 Wie vraagt aan")]
    b += P(
        "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
        "aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. In "
        "de praktijk doet de intern begeleider dat namens het bestuur, nadat het schoolondersteuningsteam de "
        "aanvraag heeft besproken met de ouders. De aanvraag gaat digitaal naar het Loket van Deltaland en "
        "bevat het groeidocument, het ontwikkelingsperspectief en de zienswijze van de ouders.")
    b += [("h2", "7.2 Van aanvraag tot besluit")]
    b += [("ol", [
        "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
        "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog "
        "en, afhankelijk van de leerling, een tweede deskundige zoals een maatschappelijk werker, arts of "
        "kinderpsychiater. Geen van beiden is betrokken geweest bij de aanvraag.",
        "De Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van het "
        "complete dossier.",
        "Ouders en school ontvangen het besluit en een afschrift van beide adviezen."])]
    b += P(
        "Een TLV voor het sbo geldt in Deltaland tot het einde van de basisschoolperiode; een TLV voor het so "
        "wordt afgegeven voor twee schooljaren, met de bekostigingscategorie laag, midden of hoog.")
    b += [("h2", "7.3 Criteria")]
    b += P(
        "De criteria waarmee de Commissie Toelaatbaarheid beoordeelt of een leerling toelaatbaar is, worden in "
        "het voorjaar van 2026 herzien door een werkgroep van intern begeleiders en orthopedagogen. Tot de "
        "herziening is afgerond, beoordeelt de commissie iedere aanvraag op maat.")
    b += [("h2", "7.4 Bezwaar")]
    b += P(
        "Ouders of het schoolbestuur die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen "
        "zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Deltaland is aangesloten bij de "
        "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat het "
        "op het bezwaar beslist.")
    b += [("h2", "7.5 Terugplaatsing")]
    b += P(
        "Deltaland wil dat een verblijf in het speciaal (basis)onderwijs zo kort duurt als verantwoord is. Het "
        "uitgangspunt is dat een leerling teruggaat naar een reguliere basisschool, bij voorkeur in de eigen "
        "wijk, zodra het ontwikkelingsperspectief laat zien dat de leerling met extra ondersteuning in het "
        "regulier onderwijs verder kan. Voorwaarden zijn dat de ontvangende school de ondersteuning kan bieden "
        "die in het OPP staat, en dat ouders en leerling de overstap zien zitten.",
        "De procedure is als volgt. De sbo- of so-school bespreekt bij iedere evaluatie van het OPP (twee keer "
        "per jaar) of terugplaatsing aan de orde is. In het laatste schooljaar van de TLV neemt de school in "
        "oktober het initiatief tot een overgangsgesprek met ouders, de ontvangende basisschool en een "
        "orthopedagoog van het Loket. Wanneer alle partijen terugplaatsing haalbaar vinden, stelt de "
        "ontvangende school een overstapplan op; de Commissie Toelaatbaarheid stelt vast dat geen nieuwe TLV "
        "nodig is en de TLV eindigt op 31 juli. Vindt de school dat verlenging nodig is, dan vraagt het bestuur "
        "van de s(b)o-school vóór 1 maart een nieuwe TLV aan.",
        "Na de overstap krijgt de ontvangende school een terugkeerarrangement: een half jaar begeleiding door "
        "de ambulant begeleider van de s(b)o-school en een budget van € 3.500 voor extra handen in de klas. Na "
        "drie en na zes maanden evalueren school, ouders en begeleider de overstap.")

    b += [("h1", ch[7])]
    b += P(
        "Goede communicatie is voor Deltaland geen bijzaak. In dit hoofdstuk beschrijven we hoe we met scholen, "
        "ketenpartners en ouders communiceren.",
        "Iedere ouder van een leerling in Deltaland ontvangt bij inschrijving op de basisschool de folder "
        "'Passend onderwijs in Deltaland', die de school namens het samenwerkingsverband uitreikt. Daarin "
        "staat wat de basisondersteuning is, hoe extra ondersteuning werkt en bij wie ouders terechtkunnen. "
        "De website van het samenwerkingsverband heeft een aparte ouderpagina met filmpjes over het "
        "schoolondersteuningsteam en de TLV-procedure. Twee keer per jaar organiseert Deltaland een "
        "informatieavond voor ouders, afwisselend in Zuidhaven en Kreekrug. Ook de schoolgids van iedere school "
        "verwijst naar deze informatie.",
        "Ouders die een onafhankelijk advies willen of het niet eens zijn met de school, kunnen terecht bij het "
        "Ouder- en Jeugdsteunpunt Deltaland. Het steunpunt is ondergebracht bij een onafhankelijke stichting, "
        "is telefonisch bereikbaar op werkdagen en kan een ouder ook begeleiden naar een gesprek op school. "
        "Daarnaast kunnen ouders een beroep doen op de landelijke onderwijsconsulenten en, bij een geschil over "
        "toelating of verwijdering, op de Geschillencommissie passend onderwijs. Klachten over het "
        "samenwerkingsverband zelf behandelt de Landelijke Klachtencommissie Onderwijs.")

    b += [("h1", ch[8])]
    b += oogo("Zuidhaven, Molenwaard-Oost en Kreekrug", True, "10 februari 2026")
    b += nieuwkomers_hb("po")
    b += [("h1", ch[9])]
    b += governance(kort, "vereniging van schoolbesturen", "de algemene ledenvergadering")
    b += [("h1", ch[10])]
    b += opr(kort, 12, True, "17 maart 2026")
    b += [("h1", ch[11])]
    b += personeel_ict(kort)

    b += [("h1", ch[12]), ("h2", "13.1 Verdeling")]
    b += P(
        "Deltaland ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. Na aftrek van de "
        "overdrachtsverplichtingen aan sbo en so verdelen wij de middelen volgens een vast model. Iedere "
        "school ontvangt een schoolbudget van € 165 per leerling op basis van de teldatum 1 oktober van het "
        "voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. Scholen met meer dan 15% leerlingen "
        "met een hoog achterstandsscore ontvangen een opslag van € 40 per leerling. Arrangementen in de tweede "
        "trede worden aangevraagd bij het Loket en toegekend als het ondersteuningsteam heeft vastgesteld dat "
        "de basisondersteuning en het schoolbudget niet toereikend zijn; een arrangement heeft een maximum "
        "van € 9.000 per leerling per schooljaar.",
        "De schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks in een vast format dat "
        "vóór 1 november bij het bureau binnen moet zijn.")
    b += [("h2", "13.2 Meerjarenbegroting"),
          ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage ondersteuning", "11.840", "11.710", "11.590", "11.470"],
                     ["Overdracht sbo en so", "-5.210", "-5.180", "-5.150", "-5.120"],
                     ["Schoolbudgetten", "2.890", "2.860", "2.830", "2.800"],
                     ["Arrangementen tweede trede", "1.450", "1.450", "1.420", "1.400"],
                     ["Bovenschoolse voorzieningen (Taalklas, Kanjerklas)", "780", "790", "800", "810"],
                     ["Terugkeerarrangementen", "60", "70", "70", "70"],
                     ["Bureau en expertiseteam", "1.310", "1.330", "1.350", "1.370"],
                     ["Resultaat", "140", "30", "-30", "-100"]])]
    b += P(
        "Het weerstandsvermogen bedroeg eind 2025 7% van de baten en blijft daarmee onder de signaleringswaarde "
        "van de Inspectie. Het negatieve resultaat in 2028 en 2029 wordt bewust ingezet om het niveau van "
        "de schoolbudgetten te handhaven.")

    b += [("h1", ch[13])]
    b += P(
        "Het samenwerkingsverband werkt met een cyclus van plannen, uitvoeren, evalueren en bijstellen. Het "
        "ondersteuningsplan geeft de richting; jaarlijks werken wij dat uit in een jaarplan. Welke resultaten "
        "wij in deze planperiode willen bereiken en hoe we die gaan volgen, leggen we vast in het eerste "
        "jaarplan, dat in september 2026 verschijnt.")
    b += planning([["september 2025", "Startbijeenkomst met schoolbesturen"],
                   ["oktober-december 2025", "Werksessies met directeuren, IB'ers en ouders"],
                   ["10 februari 2026", "OOGO met de drie gemeenten"],
                   ["17 maart 2026", "Instemming OPR"], ["24 maart 2026", "Vaststelling door het bestuur"]])
    b += [("h1", ch[14])]
    b += begrippen(STD_BEGRIPPEN + [["Terugkeerarrangement", "Tijdelijke begeleiding na terugplaatsing."]])
    b += afkortingen([("sbo", "Speciaal basisonderwijs"), ("so", "Speciaal onderwijs")])
    return b


LABEL1 = dict(
    documents=["po-deltaland-ondersteuningsplan-2026-2030.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"],
                        "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Hfst 5: agreed minimum for every vestiging (ALV 12-11-2025) plus a concrete list; 5.2 Kwaliteitskaart borging.",
        "plaatsing": "Hfst 7: procedure, two deskundigen, termijn, duration and bezwaar are there, but 7.3 defers the criteria (herzien voorjaar 2026, 'op maat').",
        "terugstroom": "Hidden in 7.5 inside the TLV chapter: aims/conditions/terugkeerarrangement (beleid) and OPP evaluation, October initiative, end of TLV 31 July (procedure).",
        "financien": "Under 'Geld en middelen' (hfst 13): verdeelmodel with amounts per leerling and criteria for arrangementen, meerjarenbegroting table 2026-2029, reserves.",
        "dekkend-aanbod": "Hfst 6 describes the continuum (three treden, Taalklas/Kanjerklas); thuiszitters/no-place pupils only deferred to 2026-2027 afspraken -> lacunes not addressed.",
        "resultaten": "Only a deferral in hfst 14 ('leggen we vast in het eerste jaarplan') and TOC entry 14.1 / glossary 'Beoogde resultaten' -> missing.",
        "ouders": "Inside hfst 8 'Communicatie': folder, website, informatieavonden (informatie) and Ouder- en Jeugdsteunpunt, onderwijsconsulenten (steunpunt).",
    })


# =============================================================================================
# Plan 2: VO Kromme Rijn en Eem (.pdf from .docx), question headings
# =============================================================================================

def plan2():
    naam = "Samenwerkingsverband VO Kromme Rijn en Eem"
    kort = "het samenwerkingsverband"
    q = ["Waarom dit plan?", "Hoe ziet onze regio eruit?", "Waar staan we voor?",
         "Wat mag een leerling van iedere school verwachten?",
         "Welk ondersteuningsaanbod is er in de regio?",
         "Hoe komt een leerling in het vso, het praktijkonderwijs of het lwoo?",
         "Kan een leerling terug van het vso naar het regulier onderwijs?",
         "Hoe wordt het geld verdeeld?", "Wat willen we bereiken en hoe houden we dat bij?",
         "Hoe worden ouders en leerlingen geïnformeerd?", "Met wie werken we samen?",
         "Hoe is het samenwerkingsverband georganiseerd?", "Wie denkt er mee?",
         "Hoe is dit plan tot stand gekomen?", "Begrippen"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{naam} (VO 26-05)"), ("sub", "Samen verder, dichtbij de leerling"),
         ("pb", None), ("h1", "Inhoudsopgave"), ("toc", q), ("pb", None),
         ("h1", q[0])]
    b += P(*voorwoord(naam, "de regio Kromme Rijn en Eem", "dhr. R. Lanting MBA, directeur-bestuurder", 2))
    b += leeswijzer(["Ieder hoofdstuk begint met een vraag die ouders, leerlingen of leraren ons stellen.",
                     "Het antwoord op die vraag vindt u in het hoofdstuk zelf."])
    b += [("h1", q[1])]
    b += context(naam, "de regio", "Kromwijk, Eemstede, Rijnenburg en Houten-Oost", 11, 24, "19.350", "vo")
    b += terugblik("het samenwerkingsverband")
    b += [("h1", q[2])]
    b += visie("Het samenwerkingsverband", ["nabijheid", "doorlopende lijnen", "samenwerking", "transparantie"])

    b += [("h1", q[3])]
    b += P(
        "Alle 24 vestigingen in het samenwerkingsverband bieden ten minste de afgesproken basisondersteuning. "
        "Het niveau daarvan is door het algemeen bestuur vastgesteld en geldt voor iedere vestiging, ongeacht "
        "schoolsoort of denominatie. Het is de ondergrens: geen vestiging biedt minder, en een school die meer "
        "biedt, maakt dat zichtbaar in haar schoolgids.",
        "Welke voorzieningen, interventies en expertise dit niveau concreet inhoudt, is per onderdeel "
        "uitgewerkt in de Kwaliteitskaart Basisondersteuning VO (bijlage 2 bij dit plan).",
        "Iedere twee jaar bezoekt een auditteam van twee ondersteuningscoördinatoren van andere scholen en een "
        "medewerker van het samenwerkingsverband iedere vestiging. Het team toetst of de vestiging het "
        "afgesproken niveau haalt. Is dat niet zo, dan volgt binnen een schooljaar een hernieuwde audit.")

    b += [("h1", q[4])]
    b += P(
        "Het ondersteuningsaanbod in de regio is opgebouwd in vier niveaus. Niveau 1 is de basisondersteuning "
        "op iedere school. Op niveau 2 biedt de school extra ondersteuning binnen de eigen muren: een "
        "ondersteuningsruimte, trajectbegeleiding, een faalangst- of examenvreesaanpak of een begeleider "
        "passend onderwijs. Scholen ontvangen daarvoor middelen van het samenwerkingsverband. Op niveau 3 "
        "gaat het om bovenschoolse arrangementen: het OPDC De Brug in Eemstede, waar leerlingen maximaal "
        "twaalf weken onderwijs en begeleiding krijgen en daarna terugkeren naar hun school, en de "
        "Overstapklas voor leerlingen die na een lange afwezigheid weer naar school gaan. Niveau 4 is het "
        "voortgezet speciaal onderwijs, met drie vso-locaties in de regio.",
        "Elk najaar maakt het samenwerkingsverband een dekkendheidsanalyse. Scholen melden via het "
        "ondersteuningsloket iedere leerling die langer dan vier weken zonder passend onderwijs thuis zit of "
        "voor wie binnen de regio geen passende plek is. Deze leerlingen worden binnen tien werkdagen besproken "
        "aan de Thuiszitterstafel, met leerplicht, jeugdhulp, het schoolbestuur en ouders. Wanneer de tafel er "
        "niet uitkomt, neemt de directeur-bestuurder een doorzettingsbesluit, waarbij een school kan worden "
        "gevraagd een leerling tijdelijk te plaatsen. Blijkt uit de analyse dat een type voorziening ontbreekt, "
        "dan legt het bureau binnen drie maanden een voorstel aan het bestuur voor. Zo bleek in 2024 dat er "
        "geen aanbod was voor hoogbegaafde leerlingen met faalangst; daarvoor is nu een plusklas gestart.",
        "Het schoolbestuur waar een leerling wordt aangemeld, heeft zorgplicht. Als een school geen passende "
        "plek kan bieden, zoekt zij samen met ouders binnen zes weken een andere school. Het "
        "ondersteuningsloket helpt daarbij.")

    b += [("h1", q[5])]
    b += P(
        "Voor het vso, het praktijkonderwijs en het leerwegondersteunend onderwijs geeft het "
        "samenwerkingsverband een besluit af. De school van aanmelding of inschrijving doet de aanvraag via het "
        "digitale loket. Bij een vso-aanvraag geven twee deskundigen ieder een eigen schriftelijk advies: een "
        "orthopedagoog of psycholoog en een tweede deskundige (jeugdarts, maatschappelijk werker of "
        "kinder- en jeugdpsychiater). De Commissie Toewijzing besluit binnen zes weken. Voor pro en lwoo "
        "besluit de commissie binnen vier weken op basis van de toetsgegevens uit het onderwijskundig rapport.")
    b += [("table", [["Voorziening", "Criteria", "Duur"],
                     ["vso", "De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van niveau 1 t/m 3 "
                      "overstijgt; ten minste één arrangement op niveau 2 of 3 is geëvalueerd en ontoereikend "
                      "gebleken; de ondersteuning op onderwijs, gedrag of gezondheid vraagt om een kleine groep "
                      "en specialistische begeleiding gedurende de hele schooldag.",
                      "Twee schooljaren; categorie laag, tenzij lichamelijke of meervoudige beperking (midden/hoog)"],
                     ["pro", "Landelijke criteria: IQ 55-80 en een leerachterstand van ten minste drie jaar op "
                      "twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen.",
                      "Gehele opleiding"],
                     ["lwoo", "Landelijke criteria: IQ 75-90 (of 91-120 met sociaal-emotionele problematiek) en "
                      "een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen.",
                      "Gehele vmbo-opleiding"]])]

    b += [("h1", q[6])]
    b += P(
        "Over terugplaatsing vanuit het vso maken wij in deze planperiode nieuwe afspraken. De werkgroep "
        "Doorstroom, met de drie vso-scholen en vier reguliere scholen, brengt daarover in het voorjaar van 2027 "
        "advies uit aan het bestuur. Het beleid dat daaruit volgt, nemen wij op in de voortgangsparagraaf bij "
        "dit plan.")

    b += [("h1", q[7])]
    b += P(
        "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning volgens een vast verdeelmodel. "
        "Iedere school ontvangt € 142 per ingeschreven leerling (teldatum 1 oktober van het voorgaande jaar). "
        "Scholen met een praktijkonderwijs- of vmbo-basisafdeling krijgen daarbovenop € 55 per leerling in die "
        "afdelingen, omdat daar de ondersteuningsvraag aantoonbaar groter is. Middelen voor arrangementen op "
        "niveau 3 worden niet over de scholen verdeeld, maar toegekend per leerling op aanvraag, als de "
        "Commissie Toewijzing vaststelt dat niveau 2 niet toereikend is.",
        "De scholen leggen jaarlijks vóór 1 december verantwoording af over de besteding van de middelen, "
        "in een vast format met een inhoudelijke en een financiële paragraaf.",
        "De meerjarenbegroting 2026-2029 wordt in december 2025 door het algemeen bestuur vastgesteld en "
        "daarna op de website geplaatst.",
        "Het weerstandsvermogen is in de vorige planperiode afgebouwd tot onder de signaleringswaarde; de "
        "bovenmatige reserve is volledig ingezet voor de Overstapklas en extra formatie op niveau 2.")

    b += [("h1", q[8])]
    b += P(
        "Voor deze planperiode hebben wij vijf beoogde resultaten geformuleerd voor leerlingen die extra "
        "ondersteuning nodig hebben:")
    b += [("ol", [
        "In 2030 zit geen leerling langer dan drie maanden thuis zonder passend aanbod (nulmeting 2025: 17 "
        "leerlingen).",
        "Ten minste 85% van de leerlingen die het OPDC De Brug verlaten, zit een jaar later nog op de school "
        "van terugkeer.",
        "Het deelnamepercentage vso blijft op of onder 3,2% (2025: 3,4%).",
        "Ten minste 90% van de arrangementen op niveau 2 wordt afgesloten met het behalen van de doelen uit het "
        "OPP.",
        "Negen van de tien ouders geven bij de jaarlijkse oudertevredenheidspeiling aan dat zij zich gehoord "
        "voelen bij het opstellen van het OPP."])]
    b += P(
        "Het bureau houdt deze resultaten bij in een monitor die twee keer per jaar wordt besproken met de "
        "ondersteuningscoördinatoren en het bestuur. Scholen leveren daarvoor per 1 februari en 1 juli "
        "gegevens aan over arrangementen, OPP's en thuiszitters. In het jaarverslag rapporteren wij over de "
        "bereikte resultaten en over de kosten die daarbij horen. Halverwege de planperiode, in 2028, laten wij "
        "een onafhankelijke tussenevaluatie uitvoeren.")

    b += [("h1", q[9])]
    b += P(
        "Ouders vinden informatie over het ondersteuningsaanbod op de website van het samenwerkingsverband, in "
        "de schoolgids van iedere school en in de brochure 'Passend onderwijs in tien vragen', die alle "
        "basisscholen in de regio in groep 7 aan ouders meegeven. In oktober organiseert het "
        "samenwerkingsverband in iedere gemeente een voorlichtingsavond voor ouders van leerlingen in groep 8 "
        "over de overstap naar het voortgezet onderwijs. Leerlingen worden geïnformeerd via hun mentor en via "
        "een korte animatie die scholen in de mentorles laten zien.",
        "Ouders zijn partner bij het opstellen van het OPP; zij tekenen voor het handelingsdeel, en leerlingen "
        "hebben het recht hun mening over het OPP te geven.",
        "Een ouder- en jeugdsteunpunt richten wij in zodra de wet ons daartoe verplicht. Hoe dat steunpunt eruit "
        "gaat zien en waar het wordt ondergebracht, bepalen wij in overleg met de OPR.")

    b += [("h1", q[10])]
    b += oogo("Kromwijk, Eemstede, Rijnenburg en Houten-Oost", True, "3 februari 2026")
    b += nieuwkomers_hb("vo")
    b += [("h1", q[11])]
    b += governance("Het samenwerkingsverband", "stichting", "een raad van toezicht")
    b += personeel_ict("Het samenwerkingsverband")
    b += kennisdeling("vo")
    b += uitdagingen()
    b += [("h1", q[12])]
    b += opr("het samenwerkingsverband", 10, True, "9 maart 2026")
    b += [("h1", q[13])]
    b += planning([["najaar 2025", "Evaluatie vorig plan en werksessies"],
                   ["3 februari 2026", "OOGO met gemeenten"], ["9 maart 2026", "Instemming OPR"],
                   ["16 maart 2026", "Vaststelling door het bestuur"]])
    b += [("h1", q[14])]
    b += begrippen(STD_BEGRIPPEN + [["OPDC", "Orthopedagogisch-didactisch centrum."],
                                    ["Praktijkonderwijs (pro)", "Schoolsoort voor leerlingen die op "
                                     "arbeid worden voorbereid."]])
    b += afkortingen([("lwoo", "Leerwegondersteunend onderwijs"), ("vso", "Voortgezet speciaal onderwijs"),
                      ("pro", "Praktijkonderwijs")])
    return b


LABEL2 = dict(
    documents=["vo-kromme-rijn-eem-ondersteuningsplan.pdf"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="missing", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Wat mag een leerling ... verwachten?': minimum for all 24 vestigingen stated, but the content is only in bijlage 2 (Kwaliteitskaart), which is absent; audit = borging.",
        "plaatsing": "vso/pro/lwoo chapter: aanvraag via loket, two deskundigen, Commissie Toewijzing, termijnen; criteria and duration in the table.",
        "terugstroom": "Heading exists but the text only defers to werkgroep Doorstroom advice in 2027 / voortgangsparagraaf; glossary entry is a trap.",
        "financien": "'Hoe wordt het geld verdeeld?': per-leerling amounts and arrangement criteria (verdeling), reserves; the meerjarenbegroting is only announced ('wordt vastgesteld en op de website geplaatst').",
        "dekkend-aanbod": "Four-level continuum incl. OPDC/Overstapklas, dekkendheidsanalyse, Thuiszitterstafel, doorzettingsbesluit, zorgplicht; OOGO chapter for ketenpartners.",
        "resultaten": "Five numbered beoogde resultaten with targets, monitor twice a year, jaarverslag, tussenevaluatie 2028.",
        "ouders": "Informatie via website, schoolgids, brochure, voorlichtingsavonden; the OJSP is only promised ('zodra de wet ons verplicht'), no independent help named.",
    })


# =============================================================================================
# Plan 3: PO Heuvelrug-Vallei (.pdf from .docx), unnumbered headings
# =============================================================================================

def plan3():
    naam = "Stichting Samenwerkingsverband Passend Onderwijs Heuvelrug-Vallei"
    kort = "Heuvelrug-Vallei"
    hs = ["Voorwoord", "Onze regio", "Waar we voor staan", "Basisondersteuning",
          "Extra ondersteuning, arrangementen en speciale voorzieningen", "Thuiszitters en dekkend aanbod",
          "Toelaatbaarheid", "Terug naar de basisschool", "Onze ambities tot 2030",
          "Samenwerking met gemeenten en jeugdhulp", "Bestuur en organisatie", "Medezeggenschap",
          "Professionalisering en ICT", "Financiën", "Planning en totstandkoming",
          "Begrippenlijst", "Afkortingen"]
    b = [("title", "Ondersteuningsplan 2026 – 2030"), ("sub", naam), ("sub", "PO 26-04"),
         ("pb", None), ("h1", "Inhoud"), ("toc", hs), ("pb", None), ("h1", hs[0])]
    b += P(*voorwoord(naam, "de Heuvelrug en de Gelderse Vallei", "ir. J.P. de Ridder, voorzitter bestuur", 1))
    b += [("h1", hs[1])]
    b += context(naam, "onze regio", "Heuveldorp, Valleistad en Bosrijk", 9, 58, "11.240", "po")
    b += [("h2", "Terugblik")]
    b += terugblik(kort)
    b += [("h1", hs[2])]
    b += visie(kort, ["nieuwsgierigheid", "samenwerking", "betrouwbaarheid", "kwaliteit"])

    b += [("h1", hs[3])]
    b += P(
        "In Heuvelrug-Vallei is basisondersteuning het niveau van ondersteuning dat iedere basisschool, op "
        "iedere locatie, zonder aanvraag bij het samenwerkingsverband biedt. De besturen hebben dat niveau "
        "samen vastgesteld in tien standaarden. Iedere school voldoet aan alle tien; dat is de gezamenlijke "
        "ondergrens.",
        "De tien standaarden zijn: (1) de school voldoet aan de basiskwaliteit volgens de Inspectie; (2) er is "
        "een intern begeleider met een afgeronde opleiding; (3) de school werkt met een leerlingvolgsysteem en "
        "analyseert de opbrengsten twee keer per jaar; (4) leerlingen met dyslexie of ernstige "
        "rekenproblemen worden begeleid volgens het landelijke protocol; (5) er is een aanbod voor "
        "sociaal-emotionele ontwikkeling en een pestprotocol; (6) er is verrijkingsstof en een plusgroep of "
        "plusaanbod voor leerlingen die meer aankunnen; (7) voor leerlingen met een eigen leerlijn stelt de "
        "school een OPP op en evalueert dat twee keer per jaar; (8) de school heeft een "
        "ondersteuningsteam met een orthopedagoog van het samenwerkingsverband en een medewerker van het "
        "sociaal team; (9) leraren hebben scholing gevolgd in het omgaan met gedrag in de groep; (10) er zijn "
        "afspraken over medische handelingen.",
        "De school beschrijft in haar schoolgids hoe zij deze standaarden invult. Het samenwerkingsverband "
        "vraagt iedere school jaarlijks een zelfevaluatie in te vullen en bespreekt de uitkomsten in het "
        "jaarlijkse bestuursgesprek.")

    b += [("h1", hs[4])]
    b += P(
        "Boven de basisondersteuning kent Heuvelrug-Vallei een doorlopende reeks voorzieningen. Eerst zet de "
        "school extra ondersteuning in binnen de groep, betaald uit het schoolbudget. Is dat niet genoeg, dan "
        "kan de school een arrangement aanvragen: kortdurende begeleiding door een specialist, een "
        "observatietraject van acht weken, of een plaats in een van de twee plusvoorzieningen (De Kiem voor "
        "jonge risicoleerlingen in groep 1-2, De Brug voor leerlingen met werkgeheugen- en "
        "aandachtsproblemen). De volgende stap is het speciaal basisonderwijs (twee scholen in de regio) of het "
        "speciaal onderwijs cluster 3 of 4. Daarnaast heeft de regio een fulltime voorziening voor "
        "hoogbegaafde leerlingen die in het reguliere onderwijs vastlopen.")
    b += [("h1", hs[5])]
    b += P(
        "Wij willen dat ieder kind naar school gaat. Iedere leerling die langer dan twee weken niet of maar "
        "gedeeltelijk naar school gaat zonder dat er een passend aanbod is, meldt de school bij het "
        "samenwerkingsverband. Binnen vijf werkdagen organiseert de consulent passend onderwijs een "
        "Doorbraakoverleg met school, ouders, leerplicht en jeugdhulp, waarin een plan met een datum voor "
        "hervatting wordt gemaakt. De consulent volgt het plan tot de leerling weer volledig onderwijs krijgt.",
        "Elke zes maanden brengt het bureau in kaart voor welke leerlingen binnen de regio geen passend aanbod "
        "bestond en welke voorzieningen ontbraken. Die analyse wordt besproken met het bestuur en met de "
        "gemeenten; het bestuur besluit daarna of een nieuwe voorziening nodig is of dat een bestaande "
        "voorziening wordt uitgebreid. Scholen houden daarbij hun zorgplicht: het bestuur waar de leerling is "
        "aangemeld blijft verantwoordelijk totdat een andere school de leerling heeft ingeschreven.")

    b += [("h1", hs[6])]
    b += P(
        "Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
        "aangevraagd door het schoolbestuur van de school waar de leerling staat ingeschreven. De aanvraag "
        "wordt ingediend bij de TLV-commissie van het samenwerkingsverband, met het OPP, de verslagen van het "
        "ondersteuningsteam en de mening van de ouders. Een orthopedagoog en een tweede deskundige (psycholoog, "
        "arts of maatschappelijk werker), die geen van beiden bij de leerling betrokken zijn geweest, geven "
        "ieder een eigen advies. De TLV-commissie besluit binnen zes weken.",
        "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer (a) de school ten minste een "
        "schooljaar extra ondersteuning heeft geboden volgens een OPP, (b) de evaluatie van dat OPP laat zien "
        "dat de doelen ondanks die ondersteuning niet worden gehaald, en (c) de leerling gedurende de hele "
        "schooldag een kleine groep en een aangepast programma nodig heeft. Voor het speciaal onderwijs geldt "
        "daarnaast dat de ondersteuningsbehoefte voortkomt uit een verstandelijke, lichamelijke of "
        "langdurig medische beperking of uit ernstige gedrags- of psychiatrische problematiek, en dat "
        "specialistische behandeling onder schooltijd nodig is.",
        "Een TLV voor het sbo geldt tot het einde van het schooljaar waarin de leerling twaalf wordt; een TLV "
        "voor het so wordt afgegeven voor drie schooljaren in de categorie laag, midden of hoog.")

    b += [("h1", hs[7])]
    b += P(
        "Heuvelrug-Vallei gaat ervan uit dat het speciaal (basis)onderwijs voor veel kinderen een tijdelijke "
        "plek is. Ons doel is dat ieder kind zo snel als het kan weer naar een basisschool in de eigen "
        "omgeving gaat. Terugplaatsing is mogelijk wanneer de leerling zich zo heeft ontwikkeld dat hij met de "
        "ondersteuning die een basisschool kan bieden verder kan, en wanneer er een school is die die "
        "ondersteuning daadwerkelijk biedt. Na terugkeer krijgt de basisschool een jaar lang begeleiding van "
        "een ambulant begeleider van de sbo- of so-school, en kan de school een arrangement aanvragen zonder "
        "wachttijd.",
        "Het stappenplan voor terugplaatsing, met daarin de rollen van de betrokkenen en de momenten waarop "
        "de plaatsing wordt geëvalueerd, is in ontwikkeling en wordt in het schooljaar 2026-2027 met de "
        "besturen van sbo en so vastgesteld.")

    b += [("h1", hs[8])]
    b += P("Wij willen aan het einde van deze planperiode het volgende hebben bereikt:")
    b += [("ul", [
        "Het aantal leerlingen dat langer dan een maand thuiszit zonder passend aanbod is gedaald van 21 "
        "(schooljaar 2024-2025) naar hooguit 5.",
        "Het percentage leerlingen in het speciaal basisonderwijs is gedaald van 2,9% naar 2,5%.",
        "Ten minste 80% van de arrangementen leidt ertoe dat de leerling op de eigen school kan blijven.",
        "Iedere school voldoet aantoonbaar aan alle tien standaarden van de basisondersteuning.",
        "Ten minste 15 leerlingen per jaar keren terug van sbo of so naar een basisschool."])]
    b += P(
        "Hoe wij de voortgang op deze ambities gaan meten, wie daarover rapporteert en wanneer, werken wij uit "
        "in een monitoringsplan dat in de loop van 2027 gereed is.")

    b += [("h1", hs[9])]
    b += oogo("Heuveldorp, Valleistad en Bosrijk", True, "27 januari 2026")
    b += huisvesting_vervoer("Heuveldorp, Valleistad en Bosrijk")
    b += nieuwkomers_hb("po")
    b += [("h1", hs[10])]
    b += governance(kort, "stichting", "een raad van toezicht")
    b += [("h1", hs[11])]
    b += opr(kort, 8, False, "5 maart 2026")
    b += [("h1", hs[12])]
    b += personeel_ict(kort)
    b += kennisdeling("po")
    b += privacy_lang()
    b += [("h2", "Uitdagingen")]
    b += uitdagingen()
    b += [("h1", hs[13])]
    b += P(
        "Het samenwerkingsverband zet de middelen die het ontvangt zo dicht mogelijk bij de leerling in. Het "
        "bestuur stelt in juni 2026 een nieuw verdeelmodel en een meerjarenbegroting vast. De financiële "
        "paragraaf wordt daarna als aanvulling aan dit plan toegevoegd, na instemming van de OPR.")
    b += [("h1", hs[14])]
    b += planning([["juni-december 2025", "Gesprekken met besturen, scholen en ketenpartners"],
                   ["27 januari 2026", "OOGO"], ["5 maart 2026", "Instemming OPR"],
                   ["12 maart 2026", "Vaststelling door het bestuur"]])
    b += [("h1", hs[15])]
    b += begrippen(STD_BEGRIPPEN + [["Verdeelmodel", "De regels waarmee het samenwerkingsverband middelen "
                                                     "over de scholen verdeelt."],
                                    ["Onderwijsconsulent", "Landelijke, onafhankelijke adviseur voor ouders."]])
    b += [("h1", hs[16])]
    b += afkortingen([("sbo", "Speciaal basisonderwijs"), ("so", "Speciaal onderwijs"),
                      ("RvT", "Raad van toezicht")])
    return b


LABEL3 = dict(
    documents=["po-heuvelrug-vallei-op-2026.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="missing",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "'Basisondersteuning': ten standaarden as common floor for every locatie, content listed inline; self-evaluation = borging.",
        "plaatsing": "'Toelaatbaarheid': request by school board to TLV-commissie, two deskundigen, six weeks; explicit sbo and so criteria; duration/categorie.",
        "terugstroom": "'Terug naar de basisschool' gives aims, conditions and after-care (beleid) but the stappenplan with roles/evaluation moments is 'in ontwikkeling' -> procedure missing.",
        "financien": "'Financiën' only announces a verdeelmodel and begroting for June 2026 as later aanvulling; glossary 'Verdeelmodel' and governance 'begroting' mention are traps.",
        "dekkend-aanbod": "Continuum in 'Extra ondersteuning...' and lacunes in 'Thuiszitters en dekkend aanbod' (Doorbraakoverleg, half-yearly gap analysis, zorgplicht).",
        "resultaten": "'Onze ambities tot 2030' lists measurable targets, but measurement/reporting deferred to a monitoringsplan 'in de loop van 2027'; the 'Terugblik' evaluation is about the organisation, not pupil results.",
        "ouders": "No text on informing parents or independent help; parents only mentioned in passing (procedures, voorwoord); OPR without parent composition; onderwijsconsulent only in the glossary.",
    })


# =============================================================================================
# Plan 4: VO Waterland (.docx), "Hoofdstuk n" / "§ n.m" house style
# =============================================================================================

def plan4():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Waterland"
    kort = "SVO Waterland"
    b = [("title", "Ondersteuningsplan SVO Waterland"), ("sub", "Planperiode 1 augustus 2026 – 31 juli 2030"),
         ("sub", "VO 27-11 | versie voor vaststelling"), ("pb", None), ("h1", "Inhoud"),
         ("toc", ["Hoofdstuk 1 Inleiding", "Hoofdstuk 2 Waterland en zijn scholen", "Hoofdstuk 3 Koers",
                  "Hoofdstuk 4 Toewijzing van vso, lwoo en pro", "Hoofdstuk 5 Doorlopende lijnen en overgangen",
                  "Hoofdstuk 6 Iedere leerling een plek", "Hoofdstuk 7 Middelen",
                  "Hoofdstuk 8 Kwaliteitszorg", "Hoofdstuk 9 Ouders en leerlingen",
                  "Hoofdstuk 10 Gemeenten en partners", "Hoofdstuk 11 Organisatie",
                  "Hoofdstuk 12 Totstandkoming", "Bijlage A Begrippen en afkortingen"]),
         ("pb", None), ("h1", "Hoofdstuk 1 Inleiding"), ("h2", "§ 1.1 Voorwoord")]
    b += P(*voorwoord(naam, "Waterland", "drs. M. Kooistra, directeur-bestuurder", 1))
    b += [("h2", "§ 1.2 Leeswijzer")]
    b += leeswijzer(["Hoofdstuk 4 beschrijft de toewijzing van vso, lwoo en pro; hoofdstuk 5 de overgangen.",
                     "Hoofdstuk 7 gaat over de middelen, hoofdstuk 8 over de kwaliteitszorg en resultaten.",
                     "Voor de basisondersteuning verwijzen wij naar de schoolondersteuningsprofielen."])
    b += [("h1", "Hoofdstuk 2 Waterland en zijn scholen")]
    b += context(naam, "Waterland", "Purmerhoek, Edamse Dijk, Waterdam en Landsmeer-Noord", 8, 19, "12.980", "vo")
    b += [("h2", "§ 2.2 Terugblik")]
    b += terugblik(kort)
    b += [("h1", "Hoofdstuk 3 Koers")]
    b += visie(kort, ["eigenaarschap", "vakmanschap", "verbinding", "lef"])
    b += P(
        "De basisondersteuning die iedere school biedt, staat beschreven in het schoolondersteuningsprofiel "
        "van die school; de profielen zijn te vinden op de websites van de scholen. Het samenwerkingsverband "
        "spreekt de scholen aan op hun eigen verantwoordelijkheid om deze profielen actueel te houden.",
        "Het ondersteuningscontinuüm, van lichte ondersteuning op school tot voortgezet speciaal onderwijs, "
        "beschrijven wij in 2026 opnieuw in de Routekaart Ondersteuning, die als afzonderlijk document wordt "
        "uitgebracht.")

    b += [("h1", "Hoofdstuk 4 Toewijzing van vso, lwoo en pro"), ("h2", "§ 4.1 Werkwijze")]
    b += P(
        "De werkwijze van het loket en de toewijzingscommissie wordt per 1 augustus 2026 herzien, omdat het "
        "samenwerkingsverband dan overstapt op een nieuw digitaal systeem. Een beschrijving van de nieuwe "
        "aanvraagroute volgt in het Handboek Toewijzing.")
    b += [("h2", "§ 4.2 Wanneer is een leerling toelaatbaar?")]
    b += P(
        "Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs wanneer aan alle volgende "
        "voorwaarden is voldaan:")
    b += [("ol", [
        "de leerling heeft een ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie of "
        "gezondheid die is vastgelegd in een OPP;",
        "de school heeft ten minste zes maanden extra ondersteuning geboden en die geëvalueerd, of het is "
        "aantoonbaar dat een reguliere school de benodigde ondersteuning niet kan bieden;",
        "de leerling heeft gedurende de hele schooldag een kleine groep, een gestructureerde omgeving en "
        "specialistische begeleiding nodig;",
        "een overstap naar een andere reguliere school met extra ondersteuning biedt geen reëel perspectief."])]
    b += [("table", [["", "Praktijkonderwijs", "Leerwegondersteuning"],
                     ["Intelligentie", "IQ 55 tot en met 80", "IQ 75 tot en met 90; bij 91-120 alleen met "
                                                                  "sociaal-emotionele problematiek"],
                     ["Leerachterstand", "Ten minste 3 jaar op ten minste 2 domeinen, waarvan 1 begrijpend lezen "
                                         "of inzichtelijk rekenen", "1,5 tot 3 jaar op ten minste 2 domeinen"],
                     ["Geldigheid", "Gehele opleiding", "Gehele opleiding"]])]
    b += P("Een TLV voor het vso wordt afgegeven voor twee schooljaren. De bekostigingscategorie is laag, "
           "tenzij de leerling een lichamelijke beperking (midden) of meervoudige beperking (hoog) heeft.")

    b += [("h1", "Hoofdstuk 5 Doorlopende lijnen en overgangen"), ("h2", "§ 5.1 Van po naar vo")]
    b += P(
        "De overstap van het primair naar het voortgezet onderwijs is voor veel leerlingen met een "
        "ondersteuningsbehoefte een kwetsbaar moment. SVO Waterland werkt met het PO-samenwerkingsverband in de "
        "regio aan een warme overdracht: voor iedere leerling met een OPP vindt een overdrachtsgesprek plaats "
        "tussen de basisschool en de ontvangende vo-school.")
    b += [("h2", "§ 5.2 Van vso naar regulier vo")]
    b += P(
        "Waterland vindt dat een leerling in het vso de kans moet krijgen op een diploma of startkwalificatie "
        "in het reguliere vo als dat haalbaar is. Een overstap is aan de orde wanneer de leerling de "
        "doelen uit het OPP grotendeels heeft bereikt, de groepsgrootte van een reguliere school aankan en een "
        "reguliere school bereid is de leerling met een overstaparrangement te ontvangen. Na de overstap "
        "begeleidt een overstapcoach van het vso de leerling en de mentor gedurende een vol schooljaar; de "
        "ontvangende school krijgt daarbij € 4.000 voor extra begeleiding.",
        "Iedere vso-school bespreekt de mogelijkheid van een overstap bij de evaluatie van het OPP in "
        "november en mei. In het laatste jaar van de TLV organiseert de vso-school vóór 1 februari een "
        "overstapgesprek met leerling, ouders, mentor en een vertegenwoordiger van de beoogde school. Op basis "
        "van dat gesprek besluit de Commissie Overgangen van het samenwerkingsverband vóór 1 april of de "
        "leerling per 1 augustus overstapt of dat een nieuwe TLV wordt afgegeven. Zonder nieuwe TLV eindigt "
        "de toelaatbaarheid op 31 juli.",
        "In het schooljaar 2024-2025 stapten 11 leerlingen over van het vso naar het reguliere vo; 9 van hen "
        "zaten een jaar later nog op die school.")
    b += [("h2", "§ 5.3 Van vo naar mbo en arbeid")]
    b += P(
        "Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werkt Waterland samen "
        "met het werkgeversservicepunt en de gemeenten. Jongeren die zonder startkwalificatie uitstromen, worden "
        "tot hun 23e gevolgd door het RMC.")

    b += [("h1", "Hoofdstuk 6 Iedere leerling een plek")]
    b += P(
        "Ieder schoolbestuur heeft zorgplicht. Lukt het een school niet om binnen de wettelijke termijn een "
        "passende plek te vinden, dan meldt zij de leerling bij de Plaatsingstafel van Waterland. Die tafel "
        "komt iedere twee weken bijeen, met de ondersteuningscoördinatoren van de scholen, een orthopedagoog en "
        "leerplicht. De tafel zoekt binnen vier weken een plek en kan een school vragen een leerling "
        "tijdelijk op te nemen.",
        "Thuiszitters worden binnen vijf schooldagen na melding door leerplicht besproken in het "
        "thuiszittersoverleg. Voor iedere thuiszitter wordt een casusregisseur aangewezen die het plan voor "
        "terugkeer naar school bewaakt. Jaarlijks in januari analyseert het bureau welke leerlingen geen "
        "passende plek hadden en waarom, en doet het bestuur op basis daarvan voorstellen om het aanbod aan te "
        "vullen.")

    b += [("h1", "Hoofdstuk 7 Middelen")]
    b += P("Tabel 7.1 en 7.2 geven de verdeling en de begroting weer.")
    b += [("table", [["Tabel 7.1 Onderdeel", "Verdeelsleutel / criterium", "Bedrag"],
                     ["Schoolbudget lichte ondersteuning", "Per leerling, teldatum 1 oktober t-1",
                      "€ 118 per leerling"],
                     ["Opslag praktijkonderwijs en vmbo-basis", "Per leerling in deze afdelingen",
                      "€ 60 per leerling"],
                     ["Arrangement bovenschools", "Op aanvraag; toegekend als schoolbudget aantoonbaar "
                                                 "ontoereikend is en OPP is opgesteld", "max. € 12.000 per leerling"],
                     ["Overstaparrangement vso-vo", "Per overgestapte leerling", "€ 4.000"]])]
    b += [("table", [["Tabel 7.2 Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte en zware ondersteuning", "14.260", "14.110", "13.970", "13.840"],
                     ["Overdracht vso", "-6.880", "-6.850", "-6.820", "-6.800"],
                     ["Lwoo en pro", "-3.960", "-3.910", "-3.860", "-3.810"],
                     ["Schoolbudgetten", "1.530", "1.510", "1.490", "1.470"],
                     ["Bovenschoolse arrangementen", "940", "930", "920", "910"],
                     ["Plaatsingstafel en thuiszittersaanpak", "210", "210", "210", "210"],
                     ["Overstaparrangementen", "48", "48", "52", "52"],
                     ["Bureau", "720", "735", "750", "765"],
                     ["Saldo", "-28", "-83", "-132", "-177"]])]

    b += [("h1", "Hoofdstuk 8 Kwaliteitszorg"), ("h2", "§ 8.1 Wat willen we bereikt hebben in 2030?")]
    b += [("ul", [
        "Geen enkele leerling is langer dan zes weken thuis zonder onderwijsaanbod (2025: 9 leerlingen).",
        "Het aandeel vso-leerlingen dat overstapt naar regulier vo stijgt van 3% naar 5% per jaar.",
        "Ten minste 80% van de leerlingen met een bovenschools arrangement behaalt een diploma of "
        "startkwalificatie.",
        "Het aantal voortijdig schoolverlaters uit het praktijkonderwijs daalt met een kwart."])]
    b += [("h2", "§ 8.2 Zo houden we zicht")]
    b += P(
        "Iedere school levert in maart en oktober kerngegevens aan: aantallen OPP's, arrangementen, "
        "thuiszitters, overstappen en uitstroom. Het bureau verwerkt die in het Waterland-dashboard, dat in "
        "de bestuursvergadering van april en november wordt besproken. Per school voert de directeur-"
        "bestuurder jaarlijks een kwaliteitsgesprek. In het jaarverslag staat per doel de stand van zaken, "
        "met de kosten die daarbij horen.")

    b += [("h1", "Hoofdstuk 9 Ouders en leerlingen")]
    b += P(
        "Ouders en leerlingen zijn volwaardige gesprekspartners. Leerlingen vanaf 12 jaar worden gehoord "
        "bij het opstellen van hun OPP. De OPR bestaat voor de helft uit ouders en leerlingen.",
        "Hoe wij ouders en leerlingen over het ondersteuningsaanbod informeren, werken wij uit in het "
        "communicatieplan 2026-2027.",
        "Ouders en leerlingen die onafhankelijk advies zoeken of er met school niet uitkomen, kunnen terecht "
        "bij het Ouder- en Jeugdsteunpunt Waterland, dat wordt uitgevoerd door een stichting die los staat van "
        "de scholen. Het steunpunt biedt een telefonisch spreekuur, een cliëntondersteuner die meegaat naar "
        "gesprekken en de mogelijkheid van mediation. Daarnaast kunnen ouders kosteloos een "
        "onderwijsconsulent inschakelen. Klachten over het samenwerkingsverband worden behandeld door de "
        "Landelijke Klachtencommissie Onderwijs.")
    b += [("h1", "Hoofdstuk 10 Gemeenten en partners")]
    b += oogo("Purmerhoek, Edamse Dijk, Waterdam en Landsmeer-Noord", True, "12 februari 2026")
    b += huisvesting_vervoer("in Waterland")
    b += [("h1", "Hoofdstuk 11 Organisatie")]
    b += governance(kort, "stichting", "een raad van toezicht")
    b += [("h2", "§ 11.2 Kennisdeling")]
    b += kennisdeling("vo")
    b += uitdagingen()
    b += personeel_ict(kort)
    b += opr(kort, 8, False, "19 maart 2026")
    b += [("h1", "Hoofdstuk 12 Totstandkoming")]
    b += planning([["oktober 2025", "Evaluatie en werkconferentie"], ["12 februari 2026", "OOGO"],
                   ["19 maart 2026", "Instemming OPR"], ["26 maart 2026", "Vaststelling"]])
    b += [("h1", "Bijlage A Begrippen en afkortingen")]
    b += begrippen(STD_BEGRIPPEN + [["Ondersteuningscontinuüm", "De doorlopende reeks van lichte naar zware "
                                                               "ondersteuning."]])
    b += afkortingen([("lwoo", "Leerwegondersteunend onderwijs"), ("pro", "Praktijkonderwijs"),
                      ("vso", "Voortgezet speciaal onderwijs"), ("RMC", "Regionaal Meld- en Coördinatiepunt")])
    return b


LABEL4 = dict(
    documents=["vo-waterland-ondersteuningsplan-2026.docx"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Only a pointer to the SOPs on school websites (Hfst 3, leeswijzer) and the glossary -> missing.",
        "plaatsing": "Hfst 4: vso criteria list and pro/lwoo criteria table are there, but § 4.1 defers the procedure to a future Handboek Toewijzing -> procedure missing.",
        "terugstroom": "Unusual wording '§ 5.2 Van vso naar regulier vo' (overstap): aims/conditions/overstapcoach and OPP evaluations, overstapgesprek, Commissie Overgangen, end 31 July; 2024-2025 figures.",
        "financien": "Content only in tables 7.1 (verdeelsleutel/criteria/bedragen) and 7.2 (meerjarenbegroting 2026-2029).",
        "dekkend-aanbod": "Hfst 6 handles gaps (Plaatsingstafel, thuiszittersoverleg, yearly analysis, zorgplicht), but the continuum is deferred to the Routekaart Ondersteuning (Hfst 3).",
        "resultaten": "Hfst 8 'Kwaliteitszorg': targets for 2030 (§ 8.1) and dashboard/kwaliteitsgesprek/jaarverslag (§ 8.2).",
        "ouders": "Hfst 9: OJSP Waterland, onderwijsconsulent, klachtencommissie (steunpunt); informing parents deferred to communicatieplan 2026-2027.",
    })


# =============================================================================================
# Plan 5: PO De Zeeklei (.html web version)
# =============================================================================================

def plan5():
    naam = "Samenwerkingsverband Passend Onderwijs De Zeeklei"
    kort = "De Zeeklei"
    b = [("title", "Ondersteuningsplan 2026-2030 | Samenwerkingsverband De Zeeklei (PO 29-01)"),
         ("sub", "Webversie. Laatst bijgewerkt: 2 april 2026"),
         ("h1", "Op deze pagina"),
         ("toc", ["Welkom", "Over De Zeeklei", "Terugblik", "Onze koers", "Wat is er nieuw?", "Basisondersteuning op iedere school",
                  "Ondersteuning boven de basis en dekkend aanbod", "Toelaatbaarheid sbo en so",
                  "Terugplaatsing", "Financiën en begroting", "Resultaten en kwaliteit",
                  "Voor ouders", "Samenwerken met de gemeenten", "Organisatie en medezeggenschap",
                  "Mensen en systemen", "Tijdpad", "Begrippen"]),
         ("h1", "Welkom")]
    b += P(*voorwoord(naam, "de kop van Zeeklei-Noord", "drs. W. Hagenaars, directeur-bestuurder", 2))
    b += P("Deze webversie bevat dezelfde tekst als het vastgestelde plan, verdeeld over korte onderdelen. "
           "Via het menu 'Op deze pagina' springt u direct naar het onderwerp dat u zoekt. Wilt u het plan "
           "liever op papier lezen, dan kunt u bij het bureau een gedrukt exemplaar aanvragen. Opmerkingen over "
           "de leesbaarheid van deze pagina ontvangen wij graag via het contactformulier.")
    b += [("h1", "Over De Zeeklei")]
    b += context(naam, "ons werkgebied", "Kleidorp, Zeewolde-West, Polderhaven en Oostermeer", 10, 52,
                 "9.870", "po")
    b += [("h1", "Terugblik")]
    b += terugblik(kort)
    b += [("h1", "Onze koers")]
    b += visie(kort, ["dichtbij", "samen", "open", "lerend"])
    b += uitdagingen()
    b += [("h1", "Wat is er nieuw?")]
    b += P("Ten opzichte van het vorige ondersteuningsplan verandert er een aantal dingen. Wij zetten ze op "
           "een rij, zodat scholen, ouders en partners snel zien waar zij op moeten letten.")
    b += [("ul", [
        "Het plan is korter en beschrijft de hoofdlijnen; uitwerkingen staan in afzonderlijke documenten op "
        "de website, die jaarlijks worden bijgewerkt.",
        "De aanvraagformulieren zijn samengevoegd tot één digitaal formulier.",
        "Het expertiseteam werkt voortaan in drie vaste regioteams, zodat iedere school een vast aanspreekpunt "
        "heeft.",
        "Er komt meer aandacht voor het jonge kind: in de kleutergroepen willen wij ontwikkelingsvragen "
        "eerder signaleren, zodat leerkrachten hun aanpak tijdig kunnen afstemmen.",
        "Scholen krijgen meer ruimte om zelf keuzes te maken in de manier waarop zij ondersteuning "
        "organiseren, binnen de afspraken over de basisondersteuning."])]
    b += P(
        "Het jonge kind verdient bijzondere aandacht. Juist in groep 1 en 2 worden de fundamenten gelegd voor "
        "taal, rekenen en sociale vaardigheden. Leerkrachten in de onderbouw geven aan dat zij steeds vaker "
        "kinderen in de klas hebben die moeite hebben met spelen, samenwerken of zich concentreren. Het "
        "expertiseteam organiseert daarom in 2026 en 2027 een leernetwerk voor kleuterleerkrachten, waarin "
        "observatie-instrumenten en praktische aanpakken worden gedeeld.",
        "Ook de samenwerking binnen de scholen zelf blijft een aandachtspunt. Passend onderwijs is niet alleen "
        "een taak van de intern begeleider, maar van het hele team. Wij moedigen scholen aan om "
        "ondersteuningsvragen structureel te bespreken in bouwvergaderingen en om collega's bij elkaar in de "
        "klas te laten kijken.")
    b += P("Dit plan is een plan op hoofdlijnen. Het beschrijft wat wij samen willen bereiken; de scholen "
           "bepalen hoe zij dat in hun eigen context doen.")

    b += [("h1", "Basisondersteuning op iedere school")]
    b += P(
        "Basisondersteuning is in De Zeeklei wat iedere school, op iedere locatie, minimaal moet kunnen bieden. "
        "Het bestuur heeft dat niveau in juni 2025 opnieuw vastgesteld. Voor ouders betekent dit dat zij op "
        "iedere school in de regio het volgende mogen verwachten:")
    b += [("table", [["Domein", "Dit biedt iedere school"],
                     ["Leren", "Begeleiding bij dyslexie en dyscalculie volgens protocol; extra instructie in "
                               "kleine groepjes voor rekenen en lezen; een aanbod voor snelle leerders."],
                     ["Gedrag en welbevinden", "Een schoolbrede aanpak voor gedrag (zoals PBS), een pestprotocol "
                                               "en een aandachtsfunctionaris kindermishandeling."],
                     ["Organisatie", "Een intern begeleider, een ondersteuningsteam met orthopedagoog dat ten "
                                     "minste vier keer per jaar bijeenkomt, en een OPP voor iedere leerling met "
                                     "een eigen leerlijn."],
                     ["Fysiek en medisch", "Afspraken over medicijngebruik en medisch handelen; een rustige "
                                           "werkplek voor leerlingen die prikkelgevoelig zijn."]])]

    b += [("h1", "Ondersteuning boven de basis en dekkend aanbod")]
    b += P(
        "Het aanbod boven de basisondersteuning, en de manier waarop wij ervoor zorgen dat er voor ieder kind "
        "een passende plek is, staan beschreven in de Wegwijzer Ondersteuning op www.dezeeklei.nl/wegwijzer.")

    b += [("h1", "Toelaatbaarheid sbo en so")]
    b += P(
        "Voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs verwijzen wij naar "
        "de Handleiding Toelaatbaarheid op onze website. Daar vinden scholen en ouders ook het aanvraagformulier.")

    b += [("h1", "Terugplaatsing")]
    b += P(
        "In het laatste schooljaar van iedere toelaatbaarheidsverklaring beoordeelt de sbo- of so-school bij de "
        "OPP-evaluatie in oktober of de leerling kan terugkeren naar het basisonderwijs. De sbo- of so-school "
        "neemt daartoe het initiatief en nodigt ouders, een orthopedagoog van De Zeeklei en de beoogde "
        "basisschool uit voor een terugplaatsingsoverleg vóór 1 december. Komt het overleg tot de conclusie dat "
        "de leerling kan terugkeren, dan meldt de basisschool de leerling aan voor 1 augustus en eindigt de "
        "TLV op 31 juli. Zo niet, dan vraagt de s(b)o-school uiterlijk 1 maart een nieuwe TLV aan. De "
        "basisschool en de s(b)o-school evalueren de terugplaatsing na zes maanden met de ouders.",
        "Welke ondersteuning een leerling na terugkeer krijgt en onder welke voorwaarden terugplaatsing "
        "wordt nagestreefd, leggen wij vast zodra de gesprekken met de besturen van sbo en so zijn afgerond.")

    b += [("h1", "Financiën en begroting")]
    b += P(
        "Het huidige verdeelmodel loopt af op 31 juli 2026. Het nieuwe verdeelmodel is in voorbereiding en "
        "wordt na instemming van de OPR aan dit plan toegevoegd. De begroting hieronder is daarom opgesteld op "
        "hoofdposten.")
    b += [("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten", "8.420", "8.350", "8.270", "8.190"],
                     ["Afdracht sbo/so", "-3.610", "-3.590", "-3.570", "-3.550"],
                     ["Middelen naar schoolbesturen", "2.950", "2.930", "2.900", "2.870"],
                     ["Expertiseteam", "880", "890", "900", "910"],
                     ["Bureau en bestuur", "640", "650", "660", "670"],
                     ["Innovatie en scholing", "190", "170", "150", "130"],
                     ["Saldo", "150", "120", "90", "60"]])]
    b += P(
        "De algemene reserve bedraagt eind 2025 € 1,4 miljoen. Wij houden een weerstandsvermogen van 5% van de "
        "baten aan en zetten het meerdere in voor scholing.")

    b += [("h1", "Resultaten en kwaliteit")]
    b += P(
        "De Zeeklei volgt de ontwikkeling van leerlingen met een ondersteuningsbehoefte met een dashboard. "
        "Twee keer per jaar, in februari en september, leveren de scholen gegevens over OPP's, verwijzingen, "
        "verzuim en uitstroom. Het expertiseteam bespreekt die gegevens per school in een kwaliteitsgesprek met "
        "de directeur en de intern begeleider. Het bestuur ontvangt een halfjaarrapportage en in het "
        "jaarverslag rapporteren wij over de ontwikkelingen.",
        "De beoogde resultaten voor 2026-2030 formuleren wij nadat in het najaar van 2026 een nulmeting is "
        "gedaan.")

    b += [("h1", "Voor ouders")]
    b += P(
        "Op iedere school ligt de ouderkaart 'Passend onderwijs in De Zeeklei', met de basisondersteuning, de "
        "route naar extra hulp en de contactgegevens van het samenwerkingsverband. Op de website staat een "
        "oudersectie met veelgestelde vragen en een podcastserie. De intern begeleider bespreekt met ouders bij "
        "ieder OPP welke ondersteuning de school biedt en wie daarbij betrokken is.",
        "Voor onafhankelijk advies en ondersteuning kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
        "Zeeklei (telefonisch, per mail of via een inloopspreekuur in de bibliotheek van Kleidorp). Het "
        "steunpunt is ondergebracht bij een onafhankelijke stichting en heeft geen banden met de scholen. Ook "
        "kunnen ouders de onderwijsconsulenten inschakelen of een geschil voorleggen aan de Geschillencommissie "
        "passend onderwijs.")

    b += [("h1", "Samenwerken met de gemeenten")]
    b += oogo("Kleidorp, Zeewolde-West, Polderhaven en Oostermeer", False, "4 maart 2026")
    b += huisvesting_vervoer("Kleidorp, Zeewolde-West, Polderhaven en Oostermeer")
    b += [("h1", "Organisatie en medezeggenschap")]
    b += governance(kort, "stichting", "een raad van toezicht")
    b += opr(kort, 10, True, "18 maart 2026")
    b += [("h1", "Mensen en systemen")]
    b += personeel_ict(kort)
    b += kennisdeling("po")
    b += privacy_lang()
    b += P(
        "Het samenwerkingsverband investeert in deze planperiode in een nieuw registratiesysteem voor "
        "aanvragen en in de scholing van intern begeleiders. Een vast scholingsprogramma voor nieuwe "
        "intern begeleiders start in het schooljaar 2026-2027.")
    b += [("h1", "Tijdpad")]
    b += planning([["september-november 2025", "Dialoogsessies met scholen en ouders"],
                   ["4 maart 2026", "OOGO"], ["18 maart 2026", "Instemming OPR"],
                   ["25 maart 2026", "Vaststelling door het bestuur"]])
    b += [("h1", "Begrippen")]
    b += begrippen(STD_BEGRIPPEN + [["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet "
                                                   "naar school gaat."],
                                    ["Arrangement", "Pakket van extra ondersteuning voor een leerling."]])
    b += afkortingen([("sbo", "Speciaal basisonderwijs"), ("so", "Speciaal onderwijs")])
    b += [("h1", "Contact")]
    b += colofon(naam, "Dijkweg 14, 8251 AB Kleidorp")
    return b


LABEL5 = dict(
    documents=["po-dezeeklei-ondersteuningsplan.html"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"financien": ["reserves"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Basisondersteuning op iedere school': minimum for every locatie (bestuur juni 2025) and the content only in a domain table.",
        "plaatsing": "'Toelaatbaarheid sbo en so' only refers to the Handleiding Toelaatbaarheid on the website; nothing else.",
        "terugstroom": "'Terugplaatsing': steps, initiative, overleg before 1 December, end of TLV, evaluation (procedure); aims/conditions/after-care deferred -> beleid missing.",
        "financien": "'Financiën en begroting': meerjarenbegroting table and reserve (besteding), but the verdeelmodel is 'in voorbereiding' -> verdeling missing.",
        "dekkend-aanbod": "Section 'Ondersteuning boven de basis en dekkend aanbod' only points to the Wegwijzer on the website; OOGO only procedural; thuiszitter only in glossary.",
        "resultaten": "Dashboard, kwaliteitsgesprekken, halfjaarrapportage (monitoring); beoogde resultaten deferred until after a nulmeting in najaar 2026.",
        "ouders": "'Voor ouders': ouderkaart, website, IB'er talks (informatie) and Ouder- en Jeugdsteunpunt Zeeklei, onderwijsconsulenten, Geschillencommissie (steunpunt).",
    })


# =============================================================================================
# Near miss: school-level ondersteuningsplan of a basisschool (.docx)
# =============================================================================================

def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "OBS De Vlonder, Zuidhaven – onderdeel van Stichting Openbaar Onderwijs Zuidhaven"),
         ("sub", "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Deltaland"),
         ("h1", "Inhoud"),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Vlonder",
                  "4 De ondersteuningsniveaus", "5 Groeps- en leerlingbesprekingen",
                  "6 Extra ondersteuning via het samenwerkingsverband", "7 Verwijzing en terugplaatsing",
                  "8 Ouders", "9 Middelen", "10 Jaarplanning zorg"]),
         ("h1", "1 Inleiding")]
    b += P(
        "Dit ondersteuningsplan beschrijft hoe OBS De Vlonder in het schooljaar 2025-2026 de ondersteuning "
        "aan haar leerlingen organiseert. Het plan is bedoeld voor het team, de medezeggenschapsraad en "
        "belangstellende ouders. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij "
        "het ondersteuningsplan van het samenwerkingsverband Deltaland, waar onze school bij is aangesloten.",
        "De intern begeleider, Marieke Smit, is eigenaar van dit plan. Het team heeft het plan besproken in de "
        "studiedag van 25 augustus 2025; de MR heeft het op 9 september 2025 voor kennisgeving aangenomen.")
    b += [("h1", "2 Onze leerlingen")]
    b += P(
        "De Vlonder telt op 1 oktober 2025 246 leerlingen verdeeld over tien groepen. Ongeveer een kwart van de "
        "leerlingen spreekt thuis een andere taal dan het Nederlands. In groep 3 en 4 zitten relatief veel "
        "leerlingen met een taalachterstand. Zeventien leerlingen hebben een OPP; vier leerlingen hebben een "
        "arrangement van het samenwerkingsverband.")
    b += [("h1", "3 Basisondersteuning op De Vlonder")]
    b += P(
        "Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet "
        "betekent dat op De Vlonder: een intern begeleider voor vier dagen per week, een dyslexiespecialist, "
        "de Kanjertraining in alle groepen, een plusklas op donderdagochtend en een taalklas voor nieuwkomers "
        "in de eerste zes maanden.")
    b += [("h1", "4 De ondersteuningsniveaus")]
    b += [("table", [["Niveau", "Omschrijving", "Wie"],
                     ["1", "Goed lesgeven in de groep, gedifferentieerde instructie", "Leerkracht"],
                     ["2", "Extra zorg in de groep (verlengde instructie, pre-teaching)", "Leerkracht"],
                     ["3", "Speciale zorg na intern overleg; handelingsplan", "Leerkracht en IB'er"],
                     ["4", "Speciale zorg na extern onderzoek; OPP", "IB'er, ondersteuningsteam"],
                     ["5", "Arrangement of verwijzing via het samenwerkingsverband", "Ondersteuningsteam"]])]
    b += [("h1", "5 Groeps- en leerlingbesprekingen")]
    b += P(
        "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met "
        "iedere leerkracht een groepsbespreking. Daarin worden de toetsresultaten, het welbevinden en de "
        "onderwijsbehoeften van de groep besproken. Leerlingen die opvallen, worden besproken in een "
        "leerlingbespreking. Het schoolondersteuningsteam, met de orthopedagoog van het samenwerkingsverband en "
        "de jeugdverpleegkundige, komt zes keer per jaar bijeen.")
    b += [("h1", "6 Extra ondersteuning via het samenwerkingsverband")]
    b += P(
        "Als de ondersteuning op niveau 4 niet voldoende is, vraagt de intern begeleider, na overleg met de "
        "ouders, een arrangement aan bij het Loket van Deltaland. De aanvraag gaat met het groeidocument. Een "
        "arrangement wordt in onze school meestal ingezet voor extra begeleiding door een onderwijsassistent.")
    b += [("h1", "7 Verwijzing en terugplaatsing")]
    b += P(
        "Wanneer wij als school handelingsverlegen zijn, bespreken wij met ouders een verwijzing naar het "
        "speciaal basisonderwijs of het speciaal onderwijs. Het schoolbestuur vraagt dan een "
        "toelaatbaarheidsverklaring aan bij het samenwerkingsverband, dat daarover beslist. In 2024-2025 zijn "
        "twee leerlingen van onze school naar het sbo gegaan.",
        "Leerlingen die vanuit het sbo terugkeren, ontvangen wij graag. Wij maken met de sbo-school afspraken "
        "over een warme overdracht.")
    b += [("h1", "8 Ouders")]
    b += P(
        "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de "
        "tien-minutengesprekken. Bij zorgen nemen leerkracht of IB'er contact op. Ouders die vragen hebben "
        "over passend onderwijs, verwijzen wij naar de website van het samenwerkingsverband.")
    b += [("h1", "9 Middelen")]
    b += P(
        "De school ontvangt van het samenwerkingsverband een schoolbudget. In 2025-2026 besteden wij dat aan "
        "0,4 fte intern begeleider, 0,6 fte onderwijsassistent voor de taalklas en scholing van het team in "
        "het werken met de Kanjertraining.")
    b += [("h1", "10 Jaarplanning zorg")]
    b += [("table", [["Maand", "Activiteit"], ["september", "Startgesprekken met ouders"],
                     ["oktober", "Toetsperiode en groepsbesprekingen"], ["november", "Ondersteuningsteam"],
                     ["februari", "Toetsperiode, groepsbesprekingen, OPP-evaluaties"],
                     ["juni", "Toetsperiode, groepsbesprekingen, overdracht naar volgende groep"]])]
    return b


LABELN = dict(
    documents=["po-obs-de-vlonder-schoolondersteuningsplan.docx"], sector="po", looks_like_plan=False,
    elements={}, criteria={},
    notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
                       "own schoolbudget), not the plan of a samenwerkingsverband; it only refers to SWV Deltaland."})


# ----------------------------------- renderers ------------------------------------------------

def to_docx(blocks, path, header):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = header.split("|")[0].strip() + " | ondersteuningsplan"
    for kind, x in blocks:
        if kind == "title":
            d.add_heading(x, level=0)
        elif kind == "sub":
            d.add_paragraph(x, style="Subtitle")
        elif kind == "h1":
            d.add_heading(x, level=1)
        elif kind == "h2":
            d.add_heading(x, level=2)
        elif kind == "p":
            d.add_paragraph(x)
        elif kind == "ul":
            for i in x:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in x:
                d.add_paragraph(i, style="List Number")
        elif kind == "toc":
            for i in x:
                d.add_paragraph(i)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for r, row in enumerate(x):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")
    d.core_properties.author = "holdout231"
    d.save(path)


def to_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
           "</head><body>", '<header><nav><a href="/">Home</a> | <a href="/ouders">Ouders</a> | '
           '<a href="/scholen">Scholen</a> | <a href="/tlv">Toelaatbaarheid</a> | <a href="/contact">Contact</a>'
           "</nav></header>", "<main>"]
    for kind, x in blocks:
        if kind == "title":
            out.append(f"<h1>{e(x)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{e(x)}</p>')
        elif kind == "h1":
            out.append(f'<h2 id="{e(x.lower().replace(" ", "-"))}">{e(x)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(x)}</h3>")
        elif kind == "p":
            out.append("<p>" + e(x).replace("\n", "<br>") + "</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in x) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><ul>' + "".join(
                f'<li><a href="#{e(i.lower().replace(" ", "-"))}">{e(i)}</a></li>' for i in x) + "</ul></nav>")
        elif kind == "table":
            rows = [("<tr>" + "".join(f"<th>{e(c)}</th>" for c in x[0]) + "</tr>")]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in x[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>© 2026 Samenwerkingsverband De Zeeklei · Privacyverklaring · "
            "Cookies · Toegankelijkheid</p></footer>", "</body></html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout231_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(label, name):
    import yaml
    data = dict(label)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    (OUT / name).write_text(text, encoding="utf-8")


def words(blocks):
    n = 0
    for kind, x in blocks:
        if isinstance(x, str):
            n += len(x.split())
        elif isinstance(x, list):
            for r in x:
                n += len((" ".join(r) if isinstance(r, list) else r).split())
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        (plan1, "po-deltaland-ondersteuningsplan-2026-2030", "docx",
         "SWV Deltaland (PO 28-09) | Ondersteuningsplan 2026-2030", LABEL1),
        (plan2, "vo-kromme-rijn-eem-ondersteuningsplan", "pdf",
         "Samenwerkingsverband VO Kromme Rijn en Eem | Ondersteuningsplan 2026-2030", LABEL2),
        (plan3, "po-heuvelrug-vallei-op-2026", "pdf",
         "Heuvelrug-Vallei PO 26-04 | Ondersteuningsplan 2026 – 2030", LABEL3),
        (plan4, "vo-waterland-ondersteuningsplan-2026", "docx",
         "SVO Waterland | Ondersteuningsplan 2026-2030 | basisondersteuning · toewijzing · middelen", LABEL4),
        (plan5, "po-dezeeklei-ondersteuningsplan", "html", "Ondersteuningsplan De Zeeklei", LABEL5),
        (nearmiss, "po-obs-de-vlonder-schoolondersteuningsplan", "docx",
         "OBS De Vlonder | Ondersteuningsplan school 2025-2026", LABELN),
    ]
    for fn, stem, fmt, header, label in jobs:
        blocks = fn()
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            to_docx(blocks, path, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, header)
        else:
            to_html(blocks, path, header)
        assert label["documents"] == [path.name], (label["documents"], path.name)
        write_label(label, f"{stem}.expected.yaml")
        print(f"{path.name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
