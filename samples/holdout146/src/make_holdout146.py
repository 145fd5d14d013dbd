#!/usr/bin/env python3
"""Generate the holdout146 labelled test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO) plus one near-miss document
(an instemmingsbesluit of an ondersteuningsplanraad).  Deterministic, no network.
Output goes to the folder above this script (holdout146/).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# block helpers: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("table", rows)
# ("toc", [..]) ("pagebreak", None)
# --------------------------------------------------------------------------------------------

def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(rows):
    return ("table", rows)


def TOC(items):
    return ("toc", items)


BR = ("pagebreak", None)

# --------------------------------------------------------------------------------------------
# shared filler (parametrised per verband; written so that it does NOT address core criteria)
# --------------------------------------------------------------------------------------------

def voorwoord(c, variant):
    if variant == 1:
        return [H1("Voorwoord"), P(f"""
Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan sinds de invoering
van passend onderwijs in 2014, en het eerste dat wij schrijven na een periode waarin veel is veranderd: de
krapte op de arbeidsmarkt, de nasleep van de schoolsluitingen, de groei van het aantal kinderen met een
vraag op het snijvlak van onderwijs en jeugdhulp en de aangekondigde wetgeving over ouders en leerlingen.
In de voorbereiding hebben wij gesproken met directeuren, intern begeleiders, leraren, ouders,
jeugdprofessionals en wethouders. Die gesprekken waren soms confronterend en altijd waardevol."""), P(f"""
Dit plan is geen handboek. Het beschrijft de koers en de afspraken die de schoolbesturen met elkaar
maken. Veel uitvoeringsafspraken staan in ons jaarplan en in werkdocumenten die wij jaarlijks bijstellen.
Waar het plan en een werkdocument elkaar tegenspreken, gaat dit plan voor. Wij danken iedereen die heeft
meegelezen, in het bijzonder de leden van de ondersteuningsplanraad, die met een scherp oog en veel
betrokkenheid de concepten hebben becommentarieerd."""), P(f"""
{c['director']}, directeur-bestuurder<br>{c['place']}, {c['date']}""".replace("<br>", " – "))]
    return [H1("Woord vooraf"), P(f"""
Passend onderwijs is geen project meer; het is de gewone manier waarop wij in {c['region']} naar kinderen
en jongeren kijken. Toch merken wij elke dag dat het nog niet vanzelf gaat. Leraren staan voor groepen
waarin de verschillen groot zijn, scholen zoeken naar specialisten die er niet altijd zijn en gezinnen
lopen soms vast tussen loketten. Met dit plan willen de aangesloten besturen laten zien waar zij voor
staan en wat zij de komende jaren samen gaan doen."""), P(f"""
Het plan is tot stand gekomen in een traject van ruim een jaar. Er waren werkateliers met
schoolleiders en ondersteuningscoördinatoren, een digitale enquête onder leraren en mentoren en
gesprekken met de gemeenten in onze regio. Ook de ondersteuningsplanraad is vanaf het begin betrokken.
Wij hebben geprobeerd het plan leesbaar te houden; waar het technisch wordt, verwijzen wij naar
uitvoeringsdocumenten die op aanvraag beschikbaar zijn."""), P(f"""
Namens het bestuur van {c['short']}, {c['chair']}, voorzitter.""")]


def leeswijzer(c, chapters):
    txt = " ".join(f"Hoofdstuk {i} gaat over {t}." for i, t in chapters)
    return [H2("Leeswijzer"), P(f"""
Dit plan bestaat uit een aantal hoofdstukken die los van elkaar te lezen zijn. {txt} Achter in het
document vindt u een begrippenlijst en een lijst met afkortingen. Woorden die in de begrippenlijst
staan, zijn in de lopende tekst niet apart gemarkeerd.""")]


def regio(c, rows):
    return [H1("Onze regio in cijfers"), P(f"""
{c['name']} omvat de gemeenten {c['gemeenten']}. Het gebied kent zowel stedelijke kernen als kleine
dorpen waar de school vaak een van de laatste voorzieningen is. Er zijn {c['boards']} schoolbesturen
aangesloten met samen {c['n_schools']} scholen en vestigingen. De bevolking krimpt in de buitengebieden en
groeit licht in de grotere kernen; de leerlingprognoses laten voor de komende planperiode een daling zien
van ongeveer drie procent. Dat heeft gevolgen voor de bekostiging van het samenwerkingsverband en voor de
levensvatbaarheid van kleine scholen."""), P("""
De tabel hieronder geeft een beeld van de aangesloten scholen. De cijfers zijn ontleend aan de
teldatum 1 oktober 2025 (DUO)."""), TABLE(rows), P(f"""
De regio kent een relatief hoog aandeel gezinnen dat te maken heeft met armoede en met schulden. In
enkele wijken ligt het aantal jeugdhulptrajecten ruim boven het landelijk gemiddelde. Tegelijk zijn er
sterke netwerken van verenigingen, kerken en buurthuizen. Die kracht van de regio willen wij benutten.""")]


def visie(c, partnership=True):
    ervaring = ("""wij kijken naar wat een kind
nodig heeft in plaats van naar wat het mankeert, en wij betrekken ouders en kind als
ervaringsdeskundigen. Ouders kennen hun kind het best; leraren kennen het onderwijs. Pas als die twee
perspectieven samenkomen, kan een arrangement werken.""" if partnership else """wij kijken naar wat een
leerling nodig heeft in plaats van naar wat hij mankeert, en wij stemmen het aanbod af op de
onderwijsbehoefte in plaats van op een diagnose. Een arrangement werkt pas als het past bij de leerling
en bij de groep waarin hij zit.""")
    return [H1("Visie, missie en kernwaarden"), P(f"""
Wij geloven dat ieder kind en iedere jongere recht heeft op onderwijs dat past bij wie hij of zij is.
Dat betekent niet dat elk kind op dezelfde plek hetzelfde krijgt, maar wel dat wij als besturen samen
verantwoordelijk zijn. Onze missie luidt: samen zorgen dat niemand tussen wal en schip valt. Die zin is
in de werkateliers vaak genoemd en wij hebben hem bewust kort gehouden."""), P("""
Bij onze visie horen vier kernwaarden. Wij werken vanuit vertrouwen: scholen en professionals krijgen
ruimte om te doen wat nodig is. Wij zijn nabij: ondersteuning wordt zo dicht mogelijk bij het kind en het
gezin georganiseerd. Wij zijn transparant: wij leggen uit welke keuzes wij maken en waarom. En wij leren:
wij kijken kritisch naar wat werkt en stellen bij waar dat nodig is. Deze waarden zijn richtinggevend
voor de manier waarop het bureau, de besturen en de scholen met elkaar omgaan."""), P("""
Onze visie sluit aan bij het gedachtegoed van handelingsgericht werken: """ + ervaring), P("""
De visie is ook een opdracht aan onszelf. Passend onderwijs vraagt van leraren veel vakmanschap en van
schoolleiders dat zij keuzes durven te maken. Het vraagt van besturen dat zij over de grenzen van de eigen
stichting heen kijken. En het vraagt van het samenwerkingsverband dat het niet alleen verdeelt en
toetst, maar vooral verbindt.""")]


def governance(c):
    return [H1("Organisatie en governance"), P(f"""
{c['name']} is een stichting. De aangesloten schoolbesturen vormen samen de algemene vergadering, die
de statuten vaststelt, de leden van de raad van toezicht benoemt en jaarlijks de hoofdlijnen van het
beleid bespreekt. Het bestuur is belegd bij een directeur-bestuurder ({c['director']}), die wordt
benoemd door de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie er drie
onafhankelijk zijn. Deze inrichting voldoet aan de code goed bestuur in het onderwijs."""), P("""
De wettelijke taken van het samenwerkingsverband zijn het vaststellen van het ondersteuningsplan, het
verdelen en toewijzen van ondersteuningsmiddelen, het beoordelen van toelaatbaarheid en het geven van
advies over de ondersteuningsbehoefte van leerlingen. Het bureau ondersteunt de directeur-bestuurder bij
deze taken. Het bureau telt ongeveer twaalf medewerkers, onder wie orthopedagogen, consulenten, een
beleidsmedewerker, een controller en een secretariaat."""), P("""
Het directeurenoverleg, waarin de schoolleiders per subregio zijn vertegenwoordigd, adviseert de
directeur-bestuurder over de uitvoering. Daarnaast is er een netwerk van intern begeleiders en
ondersteuningscoördinatoren dat zes keer per jaar bij elkaar komt. Deze overleggen hebben geen
besluitvormende bevoegdheid, maar zijn wel onmisbaar voor het draagvlak."""), P("""
Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau en een
ondersteuningsplanraad (zie het volgende hoofdstuk). Geschillen tussen besturen over de uitvoering van
de statuten worden voorgelegd aan een geschillencommissie zoals in de statuten geregeld.""")]


def opr(c, parent_detail=True):
    out = [H1("Medezeggenschap: de ondersteuningsplanraad")]
    if parent_detail:
        out.append(P(f"""
De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders (in het VO: ouders of leerlingen) en
zes personeelsleden, afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft
instemmingsrecht op dit ondersteuningsplan en op wijzigingen daarvan. De directeur-bestuurder overlegt
minimaal vier keer per jaar met de OPR. De raad krijgt ondersteuning van een onafhankelijke ambtelijk
secretaris en volgt jaarlijks een scholing."""))
    else:
        out.append(P("""
De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan en op wijzigingen
daarvan. De samenstelling en werkwijze zijn vastgelegd in het medezeggenschapsreglement en het
huishoudelijk reglement van de raad. De directeur-bestuurder overlegt periodiek met de OPR over de
voortgang."""))
    out.append(P(f"""
De OPR heeft op {c['opr_date']} ingestemd met dit plan. Het bestuur heeft het plan daarna definitief
vastgesteld op {c['vaststelling']}. Het plan is vóór 1 mei 2026 via het Internet Schooldossier naar de
Inspectie van het Onderwijs gestuurd."""))
    return out


def oogo(c, substantive=True):
    out = [H1("Samenwerking met gemeenten (OOGO)")]
    out.append(P(f"""
Over het concept van dit plan is op {c['oogo_date']} op overeenstemming gericht overleg (OOGO) gevoerd met
de colleges van burgemeester en wethouders van {c['gemeenten']}. Het verslag van dat overleg en de
reactie van de gemeenten zijn bij het bestuur bekend. Er is ook overleg gevoerd met
{c['other_swv']}, waarvan het gebied gedeeltelijk overlapt met het onze."""))
    if substantive:
        out.append(P("""
Met de gemeenten hebben wij een gezamenlijke agenda opgesteld voor de planperiode. Daarin staan vier
thema's: de inzet van jeugdhulp in en om de school, het leerlingenvervoer, onderwijshuisvesting voor
speciale voorzieningen en de aansluiting van onderwijs op de arbeidsmarkt. Per thema is een trekker benoemd aan zowel
onderwijs- als gemeentekant. Elke school heeft een vaste contactpersoon van het lokale team of
wijkteam die twee keer per maand op school aanwezig is, en voor kinderen die gedurende de schooldag ook
zorg nodig hebben, sluiten school, jeugdhulpaanbieder en gemeente een onderwijszorgarrangement af met
één gezamenlijk plan en een gedeelde financiering."""))
    else:
        out.append(P("""
Het OOGO verliep volgens het protocol dat samenwerkingsverband en gemeenten in 2019 hebben vastgesteld,
inclusief de afgesproken geschillenregeling. De gemeenten hebben geen zienswijze ingediend die tot
aanpassing van het plan heeft geleid. Het eerstvolgende bestuurlijke overleg staat gepland in het
najaar van 2026."""))
    return out


def personeel(c):
    return [H1("Personeel en deskundigheid"), P("""
Het lerarentekort raakt onze scholen hard, en het speciaal (basis)onderwijs nog harder. Vacatures voor
intern begeleiders en gedragsspecialisten blijven soms maanden open. Het samenwerkingsverband kan dat
niet oplossen, maar wel bijdragen door expertise te delen, door gezamenlijk te werven en door
professionals uit het speciaal onderwijs in te zetten in reguliere scholen."""), P("""
Het bureau heeft een eigen formatie van circa twaalf fte. Voor de inzet van orthopedagogen en
consulenten is een functiehuis vastgesteld. Medewerkers van het bureau volgen jaarlijks scholing,
onder meer over gespreksvoering met gezinnen, over de nieuwe wetgeving en over de registratie-eisen van
het NIP en de NVO. De werkdruk op het bureau wordt twee keer per jaar in het teamoverleg besproken."""),
        P("""
Wij vinden het belangrijk dat de ondersteuning niet afhangt van één persoon. Daarom werken consulenten
in koppels per subregio en is er een vervangingsregeling bij ziekte. Voor het speciaal onderwijs
onderzoeken wij met de besturen of een gezamenlijke invalpool haalbaar is.""")]


def ict(c):
    return [H1("ICT, registratie en privacy"), P("""
Het samenwerkingsverband werkt met een digitaal dossier waarin aanvragen, adviezen en besluiten worden
vastgelegd. Scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen. Gegevens over
gezondheid worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken, en worden niet
langer bewaard dan drie jaar na het besluit, tenzij een langere termijn wettelijk verplicht is."""), P("""
Er is een functionaris gegevensbescherming aangesteld die gedeeld wordt met twee andere
samenwerkingsverbanden. Het verwerkingsregister wordt jaarlijks geactualiseerd. In 2025 is een
datalek-oefening gehouden; de aanbevelingen daaruit zijn verwerkt in het privacyreglement. Het
gebruik van e-mail voor het versturen van dossiers is niet toegestaan; daarvoor gebruiken wij een
beveiligde uitwisselomgeving.""")]


def professionalisering(c):
    return [H1("Kennisdeling en professionalisering"), P("""
Het samenwerkingsverband organiseert jaarlijks een studiedag voor alle intern begeleiders en
ondersteuningscoördinatoren en een aantal netwerkbijeenkomsten rond thema's als gedrag, taal,
executieve functies en meer- en hoogbegaafdheid. De thema's worden gekozen op basis van de vragen die
scholen bij het bureau neerleggen. Leraren kunnen zich inschrijven voor korte leergangen die door
specialisten uit het speciaal onderwijs worden verzorgd."""), P("""
Daarnaast stimuleren wij collegiale consultatie tussen scholen. Een school die goede ervaringen heeft met
een bepaalde aanpak, kan andere scholen uitnodigen om mee te kijken. Het bureau faciliteert dat met
een kleine vergoeding voor vervanging. Het scholingsaanbod staat in de digitale nieuwsbrief die zes
keer per jaar verschijnt.""")]


def planning(c, rows):
    return [H1("Planning van de planperiode"), P("""
Onderstaande planning geeft de belangrijkste momenten in de planperiode weer. De uitwerking per jaar
gebeurt in het jaarplan, dat jaarlijks vóór 1 juli door het bestuur wordt vastgesteld na advies van het
directeurenoverleg."""), TABLE([["Schooljaar", "Belangrijkste activiteiten"]] + rows)]


def terugblik_proces(c):
    return [H1("Terugblik op de vorige planperiode"), P(f"""
Het vorige ondersteuningsplan liep van 2022 tot 2026. In die periode is de organisatie van het bureau
vernieuwd, is een nieuwe directeur-bestuurder aangetreden en zijn twee schoolbesturen gefuseerd. Het
plan is halverwege bijgesteld na de invoering van de vereenvoudigde bekostiging. De werkateliers voor
dit nieuwe plan begonnen met een terugblik: wat ging goed, wat bleef liggen? Scholen waardeerden de
korte lijnen met de consulenten en de snelheid waarmee het bureau reageerde op vragen. Als knelpunten
werden genoemd: de hoeveelheid formulieren, de wisselende bezetting van het bureau en het gevoel dat
het samenwerkingsverband soms te veel 'op afstand' stond.""")]


def landelijk(c):
    return [H1("Landelijke ontwikkelingen"), P("""
Dit plan is geschreven in een tijd waarin het stelsel van passend onderwijs opnieuw in beweging is. Na de
eindevaluatie van 2020 heeft het kabinet een verbeteraanpak ingezet met vijfentwintig maatregelen. Een
deel daarvan raakt samenwerkingsverbanden direct, zoals de afspraken over het afbouwen van te hoge
reserves en de aandacht voor thuiszitters. Andere maatregelen gaan over de scholen, zoals de
ontwikkeling naar inclusiever onderwijs in 2035 en de plannen voor een landelijke norm voor de
basisondersteuning. Hoe die norm er uiteindelijk uitziet en wanneer zij wettelijk verankerd wordt, is
bij het schrijven van dit plan nog niet bekend."""), P("""
Daarnaast is er de wet die de positie van ouders en leerlingen in het passend onderwijs versterkt, onder
meer via het hoorrecht voor leerlingen bij het opstellen van het ontwikkelingsperspectief. Ook de
vereenvoudiging van de bekostiging in het primair onderwijs en de nieuwe regels rond de
toelaatbaarheidsverklaring voor langere termijn vragen aanpassingen in onze werkwijze. Wij volgen deze
ontwikkelingen via de sectorraden, de PO-Raad en de VO-raad, en via het landelijk netwerk van
directeuren van samenwerkingsverbanden. Waar nodig passen wij dit plan tussentijds aan, na instemming van
de ondersteuningsplanraad.""")]


def inspectie(c):
    return [H1("Toezicht door de inspectie"), P(f"""
De Inspectie van het Onderwijs bezoekt ieder samenwerkingsverband ten minste eens in de vier jaar. Het
laatste bezoek aan {c['short']} vond plaats in het najaar van 2023. De inspectie beoordeelde toen de
standaarden van het onderzoekskader voor samenwerkingsverbanden, waaronder de kwaliteitscultuur, de
verantwoording en dialoog en het financieel beheer. Het oordeel was voldoende. De inspectie sprak in het
kader van dat bezoek ook met een delegatie van de ondersteuningsplanraad, met schoolleiders en met
vertegenwoordigers van de gemeenten."""), P("""
De aanbevelingen uit het inspectierapport hadden vooral betrekking op de rolverdeling tussen bestuur en
intern toezicht en op de vastlegging van besluiten. Beide punten zijn inmiddels opgepakt: het
bestuursreglement is herzien en er is een besluitenlijst ingevoerd die na elke vergadering van de raad van
toezicht wordt gepubliceerd. Het volgende vierjaarlijkse onderzoek verwachten wij in de loop van deze
planperiode.""")]


def werkgeverschap(c):
    return [H1("Werkgeverschap en duurzame inzetbaarheid"), P("""
Als werkgever van het bureau vinden wij het belangrijk dat medewerkers gezond en met plezier hun werk
kunnen doen. Het ziekteverzuim op het bureau lag de afgelopen jaren rond de vijf procent. Iedere medewerker
voert jaarlijks een gesprekkencyclus met een planningsgesprek, een voortgangsgesprek en eens in de twee
jaar een beoordelingsgesprek. Voor de consulenten en orthopedagogen is intervisie onder leiding van een
externe begeleider verplicht onderdeel van het werk."""), P("""
Het bureau hanteert de cao primair onderwijs. Medewerkers kunnen gebruikmaken van het
duurzame-inzetbaarheidsbudget, onder andere voor scholing, coaching of verlof. Het bureau is gevestigd in
een gedeeld kantoor met de leerplichtafdeling van de grootste gemeente, wat de samenwerking in de
dagelijkse praktijk vergemakkelijkt. Thuiswerken is mogelijk op basis van afspraken in het team; de
vergaderingen met scholen vinden bij voorkeur op de scholen zelf plaats, zodat de consulenten zichtbaar
blijven in de regio.""")]


def risicos(c):
    return [H1("Risico's bij de uitvoering"), P("""
Bij de voorbereiding van dit plan is een risicosessie gehouden met het directeurenoverleg. Daaruit kwamen
vier risico's naar voren die de uitvoering van dit plan kunnen belemmeren. Het eerste risico is het
personeelstekort: zonder voldoende leraren, intern begeleiders en specialisten komen afspraken onder
druk te staan. Het tweede is de wisselende wet- en regelgeving, die veel aandacht van het bureau vraagt.
Het derde is de afhankelijkheid van jeugdhulp, waar wachtlijsten ook de school raken. Het vierde is de
bereidheid van scholen om samen te werken wanneer de druk hoog is."""), P("""
Voor elk risico is in het bestuursverslag een eigenaar benoemd. Het bestuur bespreekt de risico's twee
keer per jaar met de raad van toezicht. Een algemene les uit de vorige planperiode is dat afspraken pas
werken als iedereen ze kent: daarom investeren wij in korte, herkenbare werkafspraken en in het
voortdurend uitleggen van de bedoeling erachter.""")]


# --------------------------------------------------------------------------------------------
# PLAN 1 – PO, docx. B present, PL present, T partial (beleid missing), F present ("Geld en middelen"),
# D present, R partial (monitoring missing), O present (inside "Communicatie")
# --------------------------------------------------------------------------------------------

def plan1():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs Maas en Waalkant",
             short="SWV Maas en Waalkant", code="PO 99-41", period="2026-2030",
             region="het rivierengebied tussen Maas en Waal", place="Waalkant",
             gemeenten="Waalkant, Maasheuvel en Oosterdijk", boards=9, n_schools=58,
             director="drs. H. (Hanneke) van Gemert", chair="J. Peters", date="17 februari 2026",
             opr_date="31 maart 2026", vaststelling="9 april 2026", oogo_date="3 maart 2026",
             other_swv="het samenwerkingsverband VO Rivierenland-Zuid")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", f"{c['name']} ({c['code']}) – 'Samen sterk aan de rivier'"),
          ("subtitle", "Vastgesteld door het bestuur op 9 april 2026 – na instemming van de OPR"), BR]
    b += [TOC(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio in cijfers", "3 Visie, missie en kernwaarden",
               "4 Wat elk kind op elke school mag verwachten (basisondersteuning)",
               "5 Van extra ondersteuning tot speciaal onderwijs (dekkend aanbod)",
               "6 Toelaatbaarheid tot sbo en so", "7 Resultaten en ambities", "8 Communicatie",
               "9 Geld en middelen", "10 Organisatie en governance", "11 Medezeggenschap",
               "12 Samenwerking met gemeenten (OOGO)", "13 Personeel en deskundigheid",
               "14 ICT, registratie en privacy", "15 Planning",
               "Bijlage A Begrippenlijst (o.a. terugplaatsing, monitoring, ouder- en jeugdsteunpunt)",
               "Bijlage B Afkortingen"]), BR]
    b += voorwoord(c, 1)
    b += [H1("Inleiding")]
    b += [P(f"""
Dit ondersteuningsplan beschrijft hoe {c['short']} in de periode 1 augustus 2026 tot en met 31 juli 2030
invulling geeft aan de wettelijke opdracht: een samenhangend geheel van ondersteuningsvoorzieningen
binnen en tussen de scholen, zodat alle leerlingen een zo passend mogelijke plek in het onderwijs
krijgen. Het plan is opgesteld volgens artikel 18a van de Wet op het primair onderwijs.""")]
    b += leeswijzer(c, [(4, "de basisondersteuning"), (5, "het dekkende aanbod"), (6, "toelaatbaarheid"),
                        (7, "resultaten"), (8, "communicatie met ouders en scholen"), (9, "financiën")])
    b += terugblik_proces(c)
    b += regio(c, [["Soort school", "Aantal scholen", "Leerlingen 1-10-2025"],
                   ["Basisscholen", "53", "9.870"], ["Speciaal basisonderwijs (sbo)", "3", "412"],
                   ["Speciaal onderwijs cluster 3/4 (so, locaties)", "2", "268"], ["Totaal", "58", "10.550"]])
    b += visie(c)
    # ---- basisondersteuning (present; inhoud largely in a table)
    b += [H1("Wat elk kind op elke school mag verwachten"), P("""
In ons verband is afgesproken dat iedere vestiging van iedere aangesloten basisschool hetzelfde
minimumniveau van ondersteuning biedt, ongeacht bestuur, denominatie of grootte. Dit noemen wij de
basisondersteuning. Het is het niveau waarop ouders overal in Maas en Waalkant mogen rekenen, zonder dat
er een aanvraag bij het samenwerkingsverband nodig is. Alle negen besturen hebben dit niveau in het
voorjaar van 2025 ondertekend als 'Standaard Basisondersteuning Maas en Waalkant'. Wat een school
daarboven biedt, beschrijft zij in haar schoolondersteuningsprofiel."""), P("""
De standaard bestaat uit de onderdelen in de tabel hieronder. De tabel is de kern van de afspraak; de
toelichting per onderdeel is in de werkateliers met intern begeleiders besproken."""),
        TABLE([["Onderdeel", "Wat u op elke school aantreft"],
               ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; vier keer per jaar groepsbespreking; een ondersteuningsteam met de consulent van het SWV en de jeugdverpleegkundige."],
               ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vroegsignalering vanaf groep 2; extra leestijd en voorleessoftware voor leerlingen met een dyslexieverklaring."],
               ["Rekenen en dyscalculie", "Werken volgens het protocol ERWD; een rekenspecialist of rekencoördinator per school."],
               ["Gedrag en welbevinden", "Een schoolbrede aanpak gericht op positief gedrag; jaarlijkse monitoring van sociale veiligheid; een aandachtsfunctionaris voor de meldcode."],
               ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 1-2 en 5; compacten en verrijken in de eigen groep."],
               ["Medische handelingen en fysieke toegankelijkheid", "Een protocol medisch handelen; afspraken over medicijnverstrekking; een invalidentoilet of aangepaste ruimte."],
               ["Werken met een OPP", "Voor leerlingen met een eigen leerlijn een ontwikkelingsperspectief dat met ouders wordt besproken en twee keer per jaar wordt geëvalueerd."]]),
        P("""
Elke school legt in het eerste kwartaal van het schooljaar in een korte zelfevaluatie vast in hoeverre zij
aan de standaard voldoet. De consulent van het samenwerkingsverband bespreekt die zelfevaluatie met de
directeur. Blijkt een school op een onderdeel onder het afgesproken niveau te zitten, dan maakt het
bestuur binnen drie maanden een verbeterplan, dat de directeur-bestuurder bij het bestuurlijk overleg
agendeert.""")]
    # ---- dekkend aanbod (present)
    b += [H1("Van extra ondersteuning tot speciaal onderwijs"), P("""
Wanneer de basisondersteuning niet voldoende is, kan de school een arrangement inzetten. Wij kennen
drie lagen. De eerste laag is extra ondersteuning binnen de eigen school, betaald uit het schoolbudget
(zie hoofdstuk Geld en middelen): bijvoorbeeld een onderwijsassistent voor een kleine groep of een
specialist die een leerling enkele uren per week begeleidt. De tweede laag bestaat uit bovenschoolse
voorzieningen die door het samenwerkingsverband worden georganiseerd: de Rivierklas voor kinderen met
ernstige gedragsproblemen (twee locaties, samen 24 plaatsen), de taalklas voor nieuwkomers in Waalkant,
de plusklassen voor meer- en hoogbegaafde leerlingen en de observatiegroep van sbo De Dijk. De derde laag
is het speciaal basisonderwijs en het speciaal onderwijs, waarvoor een toelaatbaarheidsverklaring nodig
is."""), P("""
De route naar een arrangement loopt altijd via het ondersteuningsteam van de school. De consulent van het
samenwerkingsverband is daarin vast lid. Binnen vier weken na het eerste gesprek ligt er een advies en
een plan van aanpak. Voor bovenschoolse voorzieningen beslist de Commissie Arrangementen van het bureau
binnen vijftien schooldagen."""), H2("Witte vlekken en thuiszitters"), P("""
Elk jaar in oktober maakt het bureau een analyse van de leerlingen voor wie op dat moment geen passende
plek beschikbaar is: thuiszitters, leerlingen met een vrijstelling, kinderen op een wachtlijst voor so
en leerlingen die gedeeltelijk onderwijs volgen. De analyse wordt besproken aan de Thuiszitterstafel, waar
leerplicht, jeugdhulp, de betrokken scholen en het samenwerkingsverband samen een oplossing zoeken binnen
zes weken. Lukt dat niet, dan heeft de directeur-bestuurder doorzettingsmacht: zij wijst een school en een
arrangement aan en het samenwerkingsverband financiert het tijdelijk. Ontbrekende voorzieningen die uit
de analyse naar voren komen, worden in het jaarplan opgenomen; zo is in 2025 besloten tot een tweede
Rivierklas in Oosterdijk.""")]
    # ---- plaatsing (present) + terugstroom procedure hidden here, beleid missing
    b += [H1("Toelaatbaarheid tot sbo en so"), P("""
Een leerling kan alleen naar het speciaal basisonderwijs of het speciaal onderwijs (cluster 3 en 4) met
een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband. De aanvraag wordt gedaan door het
bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld. De stappen zijn:"""),
        UL(["Stap 1: het ondersteuningsteam van de school stelt vast dat de ondersteuningsbehoefte de mogelijkheden van de school en van de bovenschoolse arrangementen te boven gaat, en legt dat vast in het groeidocument;",
            "Stap 2: de school dient de aanvraag digitaal in, met het groeidocument, het OPP, de evaluatie van de geboden ondersteuning en de zienswijze van ouders;",
            "Stap 3: de Commissie Toelaatbaarheid van het samenwerkingsverband vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een kinderarts of maatschappelijk werker). Beiden geven een eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag;",
            "Stap 4: de directeur-bestuurder neemt, op voordracht van de commissie, binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders ontvangen een afschrift van beide adviezen."]),
        P("""
Criteria. Een leerling is toelaatbaar tot het sbo wanneer (a) de school en de bovenschoolse
voorzieningen gedurende ten minste twee evaluatieperioden handelingsgericht extra ondersteuning hebben
geboden zonder voldoende effect, (b) de leerling een structureel kleinere groep en een aangepast
leerstofaanbod nodig heeft, en (c) er geen medische of zorgvraag is die onderwijs in het so noodzakelijk
maakt. Toelaatbaarheid tot het so wordt gegeven wanneer daarnaast sprake is van een intensieve
behoefte aan specialistische begeleiding gedurende de hele schooldag, of van een zorgvraag die de
combinatie van onderwijs en zorg vereist (bijvoorbeeld ZMLK of ernstige gedragsproblematiek)."""),
        P("""
Duur en categorie. Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, een TLV
voor het so voor maximaal drie schooljaren. Bij het so stelt de commissie de bekostigingscategorie vast:
laag, midden of hoog, afhankelijk van de aard van de beperking."""),
        P("""
Tijdens de looptijd van de TLV bespreekt de sbo- of so-school jaarlijks in het voorjaar met ouders en
consulent of de leerling terug kan naar een reguliere basisschool. In het laatste jaar van de TLV
organiseert de speciale school uiterlijk in februari een evaluatiegesprek; de Commissie Toelaatbaarheid
besluit dan vóór 1 mei of de leerling wordt teruggeplaatst, wordt overgeplaatst of een nieuwe TLV
krijgt. Bij terugplaatsing vindt een warme overdracht plaats tussen de speciale school en de ontvangende
school. Welke uitgangspunten wij als verband hanteren voor terugplaatsing, en welke ondersteuning een
kind na terugkeer krijgt, is onderwerp van de werkgroep Terug naar de Wijk die in het schooljaar 2026-2027
haar voorstel doet."""),
        P("""
Bezwaar. Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid.
Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie
Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar.""")]
    # ---- resultaten (doelen present, monitoring missing/deferred)
    b += [H1("Resultaten en ambities"), P("""
Voor deze planperiode hebben de besturen vijf ambities geformuleerd voor leerlingen met een
ondersteuningsbehoefte. Het zijn geen abstracte beloften: bij elke ambitie hoort een concreet beoogd
resultaat voor 2030."""),
        TABLE([["Ambitie", "Beoogd resultaat in 2030"],
               ["Minder thuiszitters", "Geen enkele leerling langer dan drie maanden zonder passend onderwijsaanbod."],
               ["Thuisnabij onderwijs", "Het deelnamepercentage sbo daalt van 2,4% naar maximaal 2,0%."],
               ["Snelle ondersteuning", "In 90% van de aanvragen ligt binnen vier weken een plan van aanpak."],
               ["Tevreden ouders", "Ouders van leerlingen met een arrangement beoordelen de samenwerking met de school gemiddeld met een 7,5 of hoger."],
               ["Doorgaande lijn", "95% van de leerlingen met een arrangement stroomt zonder onderbreking door naar het VO."]]),
        P("""
Hoe wij de voortgang op deze ambities gaan volgen, welke bronnen wij daarvoor gebruiken en hoe wij
erover rapporteren, werken wij uit in een kwaliteitskader. Dat kader wordt in de loop van het
schooljaar 2026-2027 opgesteld en daarna aan de ondersteuningsplanraad voorgelegd.""")]
    # ---- ouders inside Communicatie (present)
    b += [H1("Communicatie"), P("""
Goede communicatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert met
drie groepen: scholen en besturen, ouders en leerlingen, en partners zoals gemeenten en jeugdhulp. Voor
scholen is er de nieuwsbrief, het intranet en het directeurenoverleg."""), H2("Voor ouders"), P("""
Ouders vinden op de ouderpagina van onze website een overzicht van alle ondersteuningsvoorzieningen:
wat de basisondersteuning op elke school inhoudt, welke bovenschoolse arrangementen er zijn en hoe je
er terechtkomt. Deze informatie is ook verkrijgbaar als papieren folder in het Nederlands, Arabisch,
Pools en Turks, die elke school bij het intakegesprek meegeeft. Twee keer per jaar organiseren wij een
informatieavond voor ouders van kinderen die een arrangement krijgen of waarvoor een TLV wordt
aangevraagd. De schoolgids van iedere school verwijst naar de ouderpagina."""), P("""
Soms hebben ouders behoefte aan iemand die naast hen staat en die niet van de school of het
samenwerkingsverband is. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat
onafhankelijk werkt en bereikbaar is via telefoon, e-mail en een wekelijks spreekuur in Waalkant. Ook
kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten, die bemiddelen als ouders en
school er samen niet uitkomen. Wie een klacht heeft over het samenwerkingsverband, kan die indienen via
de klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de
Geschillencommissie Passend Onderwijs.""")]
    # ---- financien under Geld en middelen (present)
    b += [H1("Geld en middelen"), P("""
Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek
van de afdrachten aan DUO voor leerlingen in het so en de bekostiging van het sbo boven de 2%-grens
resteert een bedrag dat wij volgens een vaste systematiek verdelen. Die systematiek is als volgt. Elk
schoolbestuur ontvangt een schoolbudget van € 165 per leerling (teldatum 1 oktober van het voorgaande
jaar) plus een vaste voet van € 6.000 per vestiging. Het bestuur verdeelt dat budget over zijn scholen en
mag het uitsluitend besteden aan extra ondersteuning boven de basisondersteuning. Daarnaast financiert het
samenwerkingsverband centraal de bovenschoolse voorzieningen, de consulenten en de Thuiszitterstafel."""),
        P("""
Besturen verantwoorden jaarlijks vóór 1 maart in een korte rapportage hoeveel zij hebben uitgegeven en
aan welke arrangementen. De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"""),
        TABLE([["Post", "2026", "2027", "2028", "2029"],
               ["Inkomsten ondersteuningsbudget", "11.420", "11.310", "11.180", "11.060"],
               ["Afdrachten so en sbo (DUO)", "5.140", "5.090", "5.030", "4.980"],
               ["Schoolbudgetten besturen", "2.090", "2.070", "2.040", "2.020"],
               ["Bovenschoolse voorzieningen", "2.480", "2.480", "2.460", "2.440"],
               ["Bureau, consulenten en deskundigen", "1.390", "1.380", "1.370", "1.360"],
               ["Resultaat", "320", "290", "280", "260"]]),
        P("""
De algemene reserve bedraagt per 31 december 2025 € 1,9 miljoen. Dat ligt boven de
signaleringswaarde van de Inspectie; het positieve resultaat in de begroting wordt daarom niet
toegevoegd aan de reserve maar in 2027 ingezet voor de tweede Rivierklas.""")]
    b += governance(c)
    b += opr(c, True)
    b += oogo(c, True)
    b += personeel(c)
    b += ict(c)
    b += professionalisering(c)
    b += planning(c, [["2026-2027", "Start werkgroep Terug naar de Wijk; opstellen kwaliteitskader; evaluatie loket"],
                      ["2027-2028", "Tweede Rivierklas in Oosterdijk; herijking schoolbudget"],
                      ["2028-2029", "Herziening van de schoolondersteuningsprofielen"],
                      ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b += [H1("Bijlage A Begrippenlijst"),
          TABLE([["Begrip", "Betekenis"],
                 ["Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning dat elke school biedt."],
                 ["Terugplaatsing", "Het beleid en de procedure waarmee een leerling vanuit sbo of so terugkeert naar het reguliere onderwijs, met ondersteuning na terugkeer."],
                 ["Monitoring", "Het stelselmatig volgen van de resultaten van het samenwerkingsverband via een dashboard en het jaarverslag."],
                 ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
                 ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]]),
          H1("Bijlage B Afkortingen"),
          UL(["LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen", "OJSP – ouder- en jeugdsteunpunt",
              "OOGO – op overeenstemming gericht overleg", "OPP – ontwikkelingsperspectief",
              "OPR – ondersteuningsplanraad", "SOP – schoolondersteuningsprofiel"])]
    label = dict(sector="po", looks_like_plan=True,
                 elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                               financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial",
                               ouders="present"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                           "plaatsing.procedure": True, "plaatsing.criteria": True,
                           "terugstroom.procedure": True, "terugstroom.beleid": False,
                           "financien.verdeling": True, "financien.besteding": True,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                           "resultaten.doelen": True, "resultaten.monitoring": False,
                           "ouders.informatie": True, "ouders.steunpunt": True},
                 advisory_addressed={"basisondersteuning": ["borging"],
                                     "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                                     "financien": ["reserves", "verantwoording"],
                                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                                     "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Ch. 'Wat elk kind op elke school mag verwachten': SWV-wide minimum per vestiging plus content table (IB fte, protocols) and self-evaluation/verbeterplan.",
                        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': 4 steps, Commissie Toelaatbaarheid, 6 weeks, criteria a-c, two deskundigen, duration/category, LBT bezwaar.",
                        "terugstroom": "Procedure hidden in TLV chapter (yearly talk, evaluation in last TLV year, decision before 1 May); policy and support after return deferred to werkgroep 'Terug naar de Wijk' 2026-2027; glossary definition is a trap.",
                        "financien": "Ch. 'Geld en middelen': EUR 165 per leerling + vaste voet, spending rule, meerjarenbegroting table 2026-2029, reserve.",
                        "dekkend-aanbod": "Three layers with named bovenschoolse voorzieningen; yearly witte-vlekken analysis, Thuiszitterstafel, doorzettingsmacht.",
                        "resultaten": "Ambitions table with targets for 2030 (doelen); how progress is monitored/reported deferred to a kwaliteitskader 'in de loop van 2026-2027'; glossary 'Monitoring' is a trap.",
                        "ouders": "Inside ch. 'Communicatie': ouderpagina, translated folder, info evenings; independent OJSP Rivierenland, Onderwijsconsulenten, klachten/GPO."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN 2 – VO, pdf. B partial (inhoud -> absent bijlage), PL partial (criteria missing), T present
# (inside VSO chapter), F partial (besteding p.m.), D present, R present, O partial (steunpunt missing)
# --------------------------------------------------------------------------------------------

def plan2():
    c = dict(name="Samenwerkingsverband VO Zuidelijke Veenkoloniën", short="SWV VO Zuidelijke Veenkoloniën",
             code="VO 99-07", period="2026-2030", region="de zuidelijke Veenkoloniën", place="Veenhoven",
             gemeenten="Veenhoven, Turfwijk en Mondenburg", boards=6, n_schools=19,
             director="mr. A. Smeenge", chair="R. Hoving", date="maart 2026",
             opr_date="8 april 2026", vaststelling="16 april 2026", oogo_date="19 februari 2026",
             other_swv="de PO-samenwerkingsverbanden in Veenhoven en Mondenburg")
    b = []
    b += [("title", "Ondersteuningsplan 2026 – 2030"),
          ("subtitle", f"{c['name']} ({c['code']})"),
          ("subtitle", "Iedere jongere een passende plek in de Veenkoloniën"), BR]
    b += [TOC(["Woord vooraf", "1 Inleiding", "2 Onze regio in cijfers", "3 Visie, missie en kernwaarden",
               "4 Basisondersteuning", "5 Het ondersteuningscontinuüm en dekkend netwerk",
               "6 Lwoo, praktijkonderwijs en vso", "7 Ouders en leerlingen", "8 Kwaliteit en resultaten",
               "9 Financieel beleid en meerjarenbegroting", "10 Organisatie en governance", "11 Medezeggenschap",
               "12 Samenwerking met gemeenten", "13 Personeel", "14 ICT en privacy",
               "Bijlage 1 Begrippenlijst", "Bijlage 2 Standaarden basisondersteuning",
               "Bijlage 3 Toewijzingsreglement", "Bijlage 4 Meerjarenbegroting"]), BR]
    b += voorwoord(c, 2)
    b += [H1("Inleiding"), P(f"""
Dit is het ondersteuningsplan van {c['name']} voor de schooljaren 2026-2027 tot en met 2029-2030. Het
plan is gebaseerd op artikel 17a van de Wet op het voortgezet onderwijs (thans de
overeenkomstige bepalingen van de WVO 2020). Het beschrijft hoe de zes aangesloten besturen zorgen voor
een samenhangend geheel van ondersteuningsvoorzieningen voor alle jongeren in de regio, van vmbo-basis
tot gymnasium, in het praktijkonderwijs en in het voortgezet speciaal onderwijs."""), P("""
De bijlagen bij dit plan worden afzonderlijk gepubliceerd en jaarlijks geactualiseerd; zij maken geen
deel uit van dit document.""")]
    b += regio(c, [["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2025"], ["vmbo / havo / vwo", "14", "8.940"],
                   ["praktijkonderwijs", "2", "366"], ["vso cluster 3 en 4", "2", "301"], ["OPDC De Overstap", "1", "38"]])
    b += visie(c)
    b += [H1("Basisondersteuning"), P("""
Basisondersteuning is in ons samenwerkingsverband het door alle zes besturen vastgestelde niveau van
ondersteuning dat iedere vestiging – van de kleinste vmbo-locatie tot het grootste lyceum – ten minste
biedt aan elke leerling, zonder tussenkomst van het samenwerkingsverband. Dit niveau is voor alle
scholen gelijk; scholen mogen meer bieden, niet minder. Het niveau is in 2024 herijkt en in de
directeurenkring unaniem bekrachtigd."""), P("""
De inhoud van de basisondersteuning is beschreven in twaalf standaarden, die zijn opgenomen in bijlage 2
(Standaarden basisondersteuning). Scholen maken in hun schoolgids zichtbaar hoe zij de standaarden
invullen."""), P("""
Een school die een leerling meer wil bieden dan de basisondersteuning, kan gebruikmaken van de middelen
voor lichte ondersteuning of een bovenschools arrangement aanvragen (zie hoofdstuk 5).""")]
    b += [H1("Het ondersteuningscontinuüm en dekkend netwerk"), P("""
Wij denken in een continuüm van vijf niveaus. Niveau 1 is de basisondersteuning in de klas en op school.
Niveau 2 is lichte ondersteuning binnen de school: een trajectvoorziening of rebound-ruimte, een
faalangsttraining, een dyslexiecoach of een steunpuntklas. Niveau 3 is een bovenschools arrangement,
bijvoorbeeld een tijdelijke plaatsing op OPDC De Overstap (maximaal zes maanden, 40 plaatsen) of
ambulante begeleiding door het vso. Niveau 4 is het praktijkonderwijs. Niveau 5 is het voortgezet
speciaal onderwijs, met de locaties De Horizon (cluster 4) en Het Baken (cluster 3). Voor jongeren die
onderwijs en zorg nodig hebben, zijn er twee onderwijs-zorgarrangementen samen met de jeugdhulpaanbieder
Veenzorg."""), P("""
Een dekkend netwerk betekent dat er voor iedere jongere een plek is. Elk kwartaal bespreekt het
Regionaal Thuiszittersoverleg alle jongeren die langer dan vier weken niet of gedeeltelijk naar school
gaan. Het overleg (leerplicht, jeugdarts, consulent SWV, betrokken school) stelt binnen twee weken een
plan op met een eindverantwoordelijke school. Daarnaast houdt het samenwerkingsverband een overzicht bij
van wachtlijsten voor OPDC en vso. Wanneer een wachtlijst langer is dan acht weken, legt de
directeur-bestuurder het bestuur binnen een maand een voorstel voor uitbreiding voor. Dat gebeurde in
2025 bij het OPDC, waar de capaciteit van 32 naar 40 plaatsen ging."""), P("""
Iedere school heeft zorgplicht. Kan een school een aangemelde leerling niet zelf de benodigde
ondersteuning bieden, dan zoekt zij binnen de termijn van zes (plus vier) weken een passende plek op een
andere school in de regio; de consulent van het samenwerkingsverband helpt daarbij.""")]
    b += [H1("Lwoo, praktijkonderwijs en vso"), H2("Leerwegondersteuning en praktijkonderwijs"), P("""
Voor lwoo en praktijkonderwijs geldt de volgende route. De basisschool
levert in groep 8 vóór 1 februari het onderwijskundig rapport en de testgegevens aan bij de ontvangende
VO-school. Die school vraagt namens de leerling de aanwijzing lwoo of de toelaatbaarheid tot het
praktijkonderwijs aan bij het loket van het samenwerkingsverband. Het loket beslist binnen vier weken,
in elk geval vóór 1 mei, zodat de plaatsing per 1 augustus zeker is. Voor zij-instromers geldt dezelfde
procedure, met een beslistermijn van vier weken na ontvangst van een volledig dossier."""),
        H2("Toelaatbaarheid tot het vso"), P("""
Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door de school waar de leerling
staat ingeschreven, of – bij een overstap vanuit het PO – door de school van aanmelding. De aanvraag
gaat naar de Commissie Toewijzing Ondersteuning (CTO). De CTO wint advies in van een orthopedagoog of
psycholoog en van een tweede deskundige en neemt binnen zes weken een besluit, dat de
directeur-bestuurder namens het bestuur ondertekent. Een TLV wordt afgegeven voor één tot drie
schooljaren; bij afgifte stelt de CTO ook de bekostigingscategorie vast."""), P("""
Wanneer een leerling toelaatbaar is tot het vso, is vastgelegd in het Toewijzingsreglement van de CTO
(bijlage 3). Dat reglement wordt jaarlijks door het bestuur vastgesteld en is te raadplegen op de
website."""), H2("Terug naar het reguliere voortgezet onderwijs"), P("""
Het samenwerkingsverband wil dat een verblijf in het vso zo lang duurt als nodig en zo kort als
mogelijk. Uitgangspunt is dat iedere vso-leerling een reëel perspectief heeft op een diploma, een
vervolgopleiding of werk, en dat een terugkeer naar het regulier onderwijs altijd wordt overwogen.
Voorwaarden voor terugplaatsing zijn dat de leerling gedurende ten minste een half jaar stabiel
functioneert in een grotere groep, dat er een reguliere school met een passend aanbod is gevonden, en
dat er een ondersteuningsafspraak ligt voor ten minste het eerste jaar na terugkeer."""), P("""
De procedure is als volgt. De vso-school evalueert het OPP twee keer per jaar. In het laatste jaar van de
TLV stelt de commissie van begeleiding van de vso-school vóór 1 februari vast of terugplaatsing mogelijk
is. Is dat het geval, dan meldt de vso-school de leerling aan bij de beoogde reguliere school en
organiseert een overdrachtsgesprek met ouders, leerling, consulent en mentor. De reguliere school
ontvangt dan een terugplaatsingsarrangement: één jaar ambulante begeleiding door een begeleider van het
vso, gefinancierd door het samenwerkingsverband (€ 4.500 per leerling). Na zes maanden volgt een
evaluatie; de CTO kan bij een mislukte terugkeer een spoed-TLV afgeven. Is terugplaatsing niet
mogelijk, dan vraagt de vso-school tijdig een nieuwe TLV aan."""), P("""
In 2024-2025 keerden 14 leerlingen vanuit het vso terug naar een reguliere school; 11 van hen zaten een
jaar later nog op die school.""")]
    b += [H1("Ouders en leerlingen"), P("""
Wij informeren ouders via de website van het samenwerkingsverband, waar per schoolsoort staat welke
ondersteuning er is en hoe een arrangement of TLV wordt aangevraagd. Elke school neemt in de schoolgids
een paragraaf op over de ondersteuningsvoorzieningen in de regio, met een verwijzing naar de website.
In november organiseren wij samen met de PO-verbanden de informatieavond 'Van groep 8 naar de brugklas',
waar ouders uitleg krijgen over lwoo, praktijkonderwijs en de ondersteuning in het VO. Daarnaast is er
een ouderbrochure die de mentor bij het eerste ondersteuningsgesprek meegeeft."""), P("""
Wij vinden het belangrijk dat leerlingen zelf een stem hebben in hun ontwikkelingsperspectief. Leerlingen
vanaf 12 jaar worden uitgenodigd bij de bespreking van hun OPP."""), P("""
De wet over de positie van ouders en leerlingen voorziet in een ouder- en jeugdsteunpunt. Hoe dat
steunpunt in onze regio wordt vormgegeven en waar ouders straks terecht kunnen, is nog onderwerp van
gesprek met de andere verbanden in de provincie; wij informeren ouders zodra daarover besluiten zijn
genomen.""")]
    b += [H1("Kwaliteit en resultaten"), P("""
Wij hebben voor deze planperiode de volgende beoogde resultaten vastgesteld:"""),
        UL(["het aantal thuiszitters (langer dan vier weken) daalt van 23 in 2025 naar minder dan 10 in 2030;",
            "de gemiddelde doorlooptijd van een TLV-aanvraag is ten hoogste vijf weken;",
            "ten minste 75% van de leerlingen die uit het OPDC terugkeren, zit een jaar later nog op de eigen school;",
            "het deelnamepercentage vso daalt van 3,4% naar 3,0%, het landelijk gemiddelde;",
            "scholen en ouders geven het samenwerkingsverband in de tweejaarlijkse peiling ten minste een 7."]),
        P("""
De voortgang wordt gevolgd met een dashboard dat de beleidsmedewerker elk kwartaal bijwerkt met DUO-
gegevens, leerplichtcijfers en registraties uit het digitale dossier. Het bestuur bespreekt het dashboard
elk kwartaal; in het jaarverslag rapporteren wij per beoogd resultaat de bereikte stand en de
kosten van de ingezette arrangementen. Halverwege de planperiode (voorjaar 2028) evalueren wij met de
OPR en het directeurenoverleg of de resultaten worden gehaald en of bijsturing nodig is. In 2025 bedroeg
het deelnamepercentage vso 3,4% en was de gemiddelde doorlooptijd 6,5 week.""")]
    b += [H1("Financieel beleid en meerjarenbegroting"), P("""
Het samenwerkingsverband ontvangt rijksmiddelen voor lichte ondersteuning (lwoo en pro) en zware
ondersteuning. De middelen voor lichte ondersteuning worden doorgegeven aan de besturen naar rato van
het aantal lwoo- en pro-leerlingen op 1 oktober. Van de middelen voor zware ondersteuning ontvangt elk
bestuur een bedrag van € 95 per leerling voor ondersteuning binnen de school; het samenwerkingsverband
houdt het overige deel aan voor het OPDC, de terugplaatsingsarrangementen en de afdrachten aan het vso.
Het bestuur stelt de verdeling jaarlijks in november vast."""), P("""
Een meerjarenbegroting met bedragen per post is opgenomen in bijlage 4. In het plan zelf volstaan wij
met het overzicht hieronder; de bedragen worden ingevuld na vaststelling van de begroting 2027."""),
        TABLE([["Post", "2026", "2027", "2028", "2029"], ["Lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."], ["OPDC en arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += governance(c)
    b += opr(c, True)
    b += oogo(c, True)
    b += personeel(c)
    b += ict(c)
    b += professionalisering(c)
    b += [H1("Bijlage 1 Begrippenlijst"),
          TABLE([["Begrip", "Omschrijving"],
                 ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies, de ondersteuningsstructuur, planmatig werken en basiskwaliteit die elke school biedt, zoals beschreven in de twaalf standaarden."],
                 ["Criteria toelaatbaarheid vso", "De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van niveau 1 t/m 4 overstijgt, blijkend uit een geëvalueerd OPP."],
                 ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en bij onenigheid."],
                 ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaren."]])]
    label = dict(sector="vo", looks_like_plan=True,
                 elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                               financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present",
                               ouders="partial"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                           "plaatsing.procedure": True, "plaatsing.criteria": False,
                           "terugstroom.procedure": True, "terugstroom.beleid": True,
                           "financien.verdeling": True, "financien.besteding": False,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                           "resultaten.doelen": True, "resultaten.monitoring": True,
                           "ouders.informatie": True, "ouders.steunpunt": False},
                 advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                                     "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Ch. 4 defines the SWV-wide minimum for every vestiging, but the content (twelve standards) is only in bijlage 2, which is not part of the document; glossary text is a trap.",
                        "plaatsing": "Ch. 6: lwoo/pro and vso TLV procedures (loket, CTO, deskundigen, termijnen, duration/category); vso criteria only referred to Toewijzingsreglement (bijlage 3/website); the criteria in the begrippenlijst do not count.",
                        "terugstroom": "Inside ch. 6 'Terug naar het reguliere voortgezet onderwijs': aims, conditions, steps, terugplaatsingsarrangement EUR 4.500, figures 2024-2025.",
                        "financien": "Verdeling described (pass-through lichte ondersteuning, EUR 95 per leerling); besteding/meerjarenbegroting only p.m. table and absent bijlage 4.",
                        "dekkend-aanbod": "Ch. 5: five-level continuum with OPDC/vso/OZA; Regionaal Thuiszittersoverleg, wachtlijst rule, zorgplicht.",
                        "resultaten": "Ch. 8: five measurable beoogde resultaten, quarterly dashboard, jaarverslag, mid-term evaluation, 2025 figures.",
                        "ouders": "Ch. 7 informs parents (website, schoolgids, info evening, brochure); independent support (OJSP) only 'nog onderwerp van gesprek' - steunpunt not addressed."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN 3 – VO, docx + pdf. B present, PL present (incl. lwoo/pro), T missing, F partial (verdeling
# deferred, begroting with amounts), D partial (lacunes missing), R present, O missing
# --------------------------------------------------------------------------------------------

def plan3():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", short="SWV VO Kempenrand",
             code="VO 99-18", period="2026-2030", region="de Kempenrand", place="Bergeijkse Heide",
             gemeenten="Heiderveld, Kempenaar en Dommeloord", boards=4, n_schools=12,
             director="ir. M. (Mark) Verhoeven", chair="L. van den Broek", date="februari 2026",
             opr_date="2 april 2026", vaststelling="14 april 2026", oogo_date="10 maart 2026",
             other_swv="SWV PO De Kempenrand")
    b = []
    b += [("title", "Ondersteuningsplan Kempenrand 2026-2030"),
          ("subtitle", f"{c['name']} ({c['code']})"),
          ("subtitle", "Versie 1.0 – ter instemming voorgelegd aan de ondersteuningsplanraad"), BR]
    b += [TOC(["Woord vooraf", "1 Inleiding", "2 Terugblik", "3 Onze regio in cijfers", "4 Visie en kernwaarden",
               "5 Basisondersteuning: de Kempenrand-standaard", "6 Extra ondersteuning en arrangementen",
               "7 Toewijzing: vso, lwoo en pro", "8 Terugplaatsing en overplaatsing", "9 Ouders, leerlingen en steunpunt",
               "10 Resultaatgericht werken", "11 Financiën", "12 Governance", "13 Medezeggenschap", "14 OOGO",
               "15 Personeel", "16 ICT en privacy", "17 Kennisdeling", "Begrippenlijst"]), BR]
    b += voorwoord(c, 2)
    b += [H1("Inleiding"), P(f"""
Dit ondersteuningsplan legt vast hoe de vier besturen in {c['region']} de komende vier schooljaren
samenwerken om iedere leerling een passende plek te bieden. Het plan geldt van 1 augustus 2026 tot en met
31 juli 2030.""")]
    b += leeswijzer(c, [(5, "de basisondersteuning"), (6, "extra ondersteuning"), (7, "toewijzing"),
                        (8, "terugplaatsing"), (9, "ouders en leerlingen"), (10, "resultaten"), (11, "financiën")])
    b += terugblik_proces(c)
    b += regio(c, [["Schoolsoort", "Vestigingen", "Leerlingen"], ["vmbo", "5", "3.120"], ["havo/vwo", "4", "4.410"],
                   ["praktijkonderwijs", "1", "214"], ["vso", "2", "188"]])
    b += visie(c, partnership=False)
    b += [H1("Basisondersteuning: de Kempenrand-standaard"), P("""
Met de Kempenrand-standaard leggen de besturen vast wat iedere leerling op iedere vestiging ten minste
aan ondersteuning krijgt. Geen enkele vestiging mag onder deze standaard zakken. De standaard is
opgebouwd uit vijf pijlers, elk met concrete voorzieningen:"""),
        UL(["Ondersteuningsstructuur: elke vestiging heeft een ondersteuningscoördinator (minimaal 0,5 fte per 600 leerlingen), een zorg- en adviesteam dat elke drie weken bijeenkomt en een vaste orthopedagoog van het samenwerkingsverband;",
            "Begeleiding in de klas: mentoren zijn geschoold in gesprekstechnieken; er zijn afspraken over huiswerkbegeleiding en een plannings- en organisatietraining voor leerlingen met zwakke executieve functies;",
            "Dyslexie en dyscalculie: faciliteiten zoals extra tijd, vergrote opgaven en voorleessoftware bij toetsen en examens; een dyslexiecoach per vestiging;",
            "Sociaal-emotioneel: een faalangstreductietraining en een sociale-vaardigheidstraining per schooljaar; een anti-pestcoördinator; een time-out ruimte met begeleiding;",
            "Fysiek en medisch: een protocol medisch handelen, een rustruimte en een lift of alternatief op alle nieuwe locaties."]),
        P("""
Tweemaal per planperiode voert een auditteam van twee ondersteuningscoördinatoren van een andere school
een audit uit op basis van de standaard. De uitkomsten worden besproken in het bestuurlijk overleg.""")]
    b += [H1("Extra ondersteuning en arrangementen"), P("""
Boven op de Kempenrand-standaard kunnen scholen extra ondersteuning bieden in de vorm van arrangementen.
Wij onderscheiden drie soorten: schoolarrangementen (binnen de eigen school, bijvoorbeeld een
steunklas of een individuele coach), regionale arrangementen (een plaats in het Kempenrand
Leerpunt, de tussenvoorziening voor maximaal twaalf weken, of de Havo-plus-groep voor hoogbegaafde
leerlingen) en specialistische arrangementen in het praktijkonderwijs of vso. Het zorg- en adviesteam
van de school bepaalt welk arrangement nodig is; voor regionale arrangementen beslist het Loket
Kempenrand binnen drie weken."""), P("""
De leerlingen die thuiszitten, blijven een zorg. Het aantal schommelt rond de twintig. Een analyse van
ontbrekende voorzieningen en wachttijden, en een aanpak om die tekorten op te lossen, zijn nog niet
gemaakt; het bestuur heeft de directeur-bestuurder gevraagd daar na de zomer van 2027 een voorstel voor te
doen.""")]
    b += [H1("Toewijzing: vso, lwoo en pro"), P("""
Toelaatbaarheid tot het vso. De school waar de leerling is ingeschreven dient de aanvraag in bij het Loket
Kempenrand met het OPP, het verslag van het zorg- en adviesteam en de evaluatie van de geboden
arrangementen. Het Loket laat het dossier beoordelen door een orthopedagoog-generalist en een tweede
deskundige (jeugdarts, psycholoog of maatschappelijk werker), die elk afzonderlijk adviseren. De
Commissie van Toelaatbaarheid beslist binnen vier weken na ontvangst van de volledige aanvraag."""),
        P("""
Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: er is een
OPP met ten minste twee geëvalueerde doelen die ondanks een regionaal arrangement niet zijn gehaald; de
leerling heeft gedurende de gehele schooldag een groep van maximaal twaalf leerlingen en specialistische
begeleiding nodig; en de deskundigen onderschrijven dat de ondersteuningsbehoefte niet met een
(aanvullend) arrangement in het regulier onderwijs kan worden beantwoord."""), P("""
De TLV wordt afgegeven voor twee schooljaren, of tot het einde van het schooljaar waarin de leerling 18
wordt. Bezwaar kan binnen zes weken worden gemaakt bij de Landelijke Bezwaaradviescommissie (LBT)."""),
        P("""
Lwoo en pro. Voor lwoo hanteert het samenwerkingsverband eigen criteria (opting out): een leerling
krijgt lwoo wanneer er sprake is van een leerachterstand van ten minste 1,5 jaar op twee van de vier
domeinen, of van een leerachterstand op één domein gecombineerd met een sociaal-emotionele
problematiek die in de leerlingdossier is onderbouwd. De aanwijzing geldt voor de duur van de
opleiding. Voor het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en leerachterstand
van ten minste drie jaar op twee domeinen). De VO-school vraagt lwoo of pro aan bij het Loket vóór
15 maart; het Loket beslist vóór 1 mei.""")]
    b += [H1("Terugplaatsing en overplaatsing"), P("""
Hoe leerlingen vanuit het vso terugkeren naar het reguliere voortgezet onderwijs wordt besproken in het
Regionaal Overleg VSO. De afspraken die daar worden gemaakt, voegen wij als addendum toe aan dit plan
zodra het overleg ze heeft vastgesteld.""")]
    b += [H1("Ouders, leerlingen en steunpunt"), P("""
In het onderwijs in de Kempenrand staan leerlingen centraal. Dit hoofdstuk wordt in de loop van de planperiode aangevuld
wanneer de landelijke wetgeving over het ouder- en jeugdsteunpunt in werking treedt; tot die tijd
verwijzen wij naar wat de scholen hierover in hun schoolgids opnemen.""")]
    b += [H1("Resultaatgericht werken"), P("""
Onze ambities zijn omgezet in meetbare doelen voor leerlingen met een ondersteuningsbehoefte:"""),
        TABLE([["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
               ["Deelnamepercentage vso", "2,9%", "2,6%"],
               ["Leerlingen met regionaal arrangement die binnen 12 weken terugkeren in de eigen klas", "64%", "80%"],
               ["Lwoo-leerlingen die een diploma halen op het niveau van het advies", "81%", "85%"],
               ["Gemiddelde wachttijd Kempenrand Leerpunt (weken)", "7", "3"]]),
        P("""
Het bureau verzamelt twee keer per jaar (peildata 1 oktober en 1 maart) de gegevens per doel. De
uitkomsten worden met de schoolleiders besproken in de kwaliteitsdialoog, waarin elke school haar eigen
cijfers naast die van de regio legt. De directeur-bestuurder rapporteert de bereikte resultaten
jaarlijks in het jaarverslag en in een openbare samenvatting op de website; bij een afwijking van meer dan
vijf procentpunten ten opzichte van de lijn naar de streefwaarde wordt een verbeteractie in het jaarplan
opgenomen.""")]
    b += [H1("Financiën"), P("""
De verdeling van de ondersteuningsmiddelen over besturen en scholen wordt in deze planperiode opnieuw
ontworpen. Een werkgroep van controllers en schoolleiders werkt scenario's uit; het definitieve
verdeelmodel wordt na instemming van de OPR als wijziging aan dit plan toegevoegd. Tot dat moment blijft
de huidige praktijk gehandhaafd."""), P("""
De meerjarenbegroting (bedragen in euro's) laat zien waaraan het samenwerkingsverband de middelen
besteedt:"""),
        TABLE([["Bestedingsdoel", "2026", "2027", "2028", "2029"],
               ["Afdrachten vso (DUO)", "2.310.000", "2.280.000", "2.250.000", "2.230.000"],
               ["Lwoo en praktijkonderwijs", "3.050.000", "3.010.000", "2.990.000", "2.960.000"],
               ["Kempenrand Leerpunt", "640.000", "650.000", "660.000", "670.000"],
               ["Schoolarrangementen", "1.180.000", "1.160.000", "1.150.000", "1.130.000"],
               ["Loket, deskundigen en bureau", "720.000", "725.000", "730.000", "735.000"],
               ["Totaal lasten", "7.900.000", "7.825.000", "7.780.000", "7.725.000"]]),
        P("""
Het weerstandsvermogen bedraagt 9% van de totale baten en blijft daarmee onder de
signaleringswaarde.""")]
    b += landelijk(c)
    b += governance(c)
    b += inspectie(c)
    b += opr(c, False)
    b += oogo(c, True)
    b += personeel(c)
    b += ict(c)
    b += professionalisering(c)
    b += [H1("Begrippenlijst"),
          TABLE([["Begrip", "Betekenis"],
                 ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs na afloop van de TLV, begeleid met een overstaparrangement."],
                 ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijke plek waar ouders en leerlingen terechtkunnen met vragen, twijfels of onenigheid over ondersteuning."],
                 ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."],
                 ["Verdeelmodel", "De regels waarmee ondersteuningsmiddelen over besturen worden verdeeld."],
                 ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden langer dan vier weken niet naar school gaat."]])]
    label = dict(sector="vo", looks_like_plan=True,
                 elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing",
                               financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="present",
                               ouders="missing"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                           "plaatsing.procedure": True, "plaatsing.criteria": True,
                           "terugstroom.procedure": False, "terugstroom.beleid": False,
                           "financien.verdeling": False, "financien.besteding": True,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                           "resultaten.doelen": True, "resultaten.monitoring": True,
                           "ouders.informatie": False, "ouders.steunpunt": False},
                 advisory_addressed={"basisondersteuning": ["borging"],
                                     "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                                     "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                                     "resultaten": ["meetbaar"]},
                 notes={"basisondersteuning": "Ch. 5 'Kempenrand-standaard': minimum for every vestiging, five pillars with concrete voorzieningen, peer audit.",
                        "plaatsing": "Ch. 7: vso TLV procedure (Loket, two deskundigen, CvT 4 weeks), three vso criteria, duration, LBT; lwoo opting-out criteria and pro.",
                        "terugstroom": "Ch. 8 only defers to a future addendum from the Regionaal Overleg VSO; TOC, leeswijzer and glossary mention terugplaatsing (traps).",
                        "financien": "Verdeelmodel being redesigned, 'huidige praktijk' not described -> verdeling not addressed; meerjarenbegroting 2026-2029 with amounts (besteding) and weerstandsvermogen.",
                        "dekkend-aanbod": "Ch. 6 describes the arrangement continuum; gap analysis/thuiszitters approach explicitly not yet made (deferred to after summer 2027).",
                        "resultaten": "Ch. 10 'Resultaatgericht werken': table with nulmeting and streefwaarden, twice-yearly data, kwaliteitsdialoog, jaarverslag.",
                        "ouders": "Ch. 9 only says the chapter will be completed later and refers to schoolgidsen; OJSP/Onderwijsconsulenten only in the glossary; OPR text has no parent composition."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN 4 – PO, pdf. B missing, PL partial (procedure missing, criteria present), T present,
# F present (verdeling in a table only), D missing, R missing, O present
# --------------------------------------------------------------------------------------------

def plan4():
    c = dict(name="Stichting Samenwerkingsverband Primair Onderwijs Westkust-Duinstreek",
             short="SWV PO Westkust-Duinstreek", code="PO 99-33", period="2026-2030",
             region="de Westkust en de Duinstreek", place="Zandvoorde",
             gemeenten="Zandvoorde, Duinrijp, Helmstrand en Westerhaven", boards=11, n_schools=71,
             director="dr. E. Kuipers", chair="S. Bakker", date="januari 2026",
             opr_date="24 maart 2026", vaststelling="7 april 2026", oogo_date="12 maart 2026",
             other_swv="het samenwerkingsverband VO Duin- en Bollenkust")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen"),
          ("subtitle", f"{c['name']} ({c['code']})"),
          ("subtitle", "Basisondersteuning · Toelaatbaarheid · Dekkend aanbod · Resultaten · Ouders"), BR]
    b += [TOC(["Voorwoord", "1 Inleiding", "2 Onze regio in cijfers", "3 Visie, missie en kernwaarden",
               "4 Basisondersteuning en dekkend aanbod", "5 De toelaatbaarheidsverklaring",
               "6 Afloop van de TLV en terugkeer", "7 Informatie en steun voor ouders",
               "8 Waar gaat het geld naartoe?", "9 Beoogde en bereikte resultaten", "10 Governance",
               "11 Medezeggenschap", "12 OOGO", "13 Personeel", "14 ICT en privacy", "15 Planning",
               "Begrippen en afkortingen"]), BR]
    b += voorwoord(c, 1)
    b += [H1("Inleiding"), P(f"""
Dit is een plan op hoofdlijnen. De besturen van {c['short']} hebben bewust gekozen voor een compact
document dat de richting aangeeft, met ruimte voor scholen om zelf invulling te geven. De uitwerking vindt
plaats in jaarplannen en in afspraken tussen besturen. Het plan is opgesteld conform artikel 18a WPO en
geldt voor de schooljaren 2026-2027 tot en met 2029-2030.""")]
    b += terugblik_proces(c)
    b += regio(c, [["Soort school", "Aantal", "Leerlingen"], ["Basisscholen", "66", "12.480"], ["Sbo", "3", "455"],
                   ["So (cluster 3 en 4)", "2", "310"]])
    b += [H1("Visie, missie en kernwaarden"), P("""
Wij zijn een samenwerkingsverband van elf besturen die geloven in de kracht van het gewone. Een kind hoort
bij zijn buurt, bij zijn vriendjes en bij zijn school. Onze kernwaarden zijn eenvoud, vertrouwen en
nabijheid. Wij willen minder papier en meer tijd voor het kind. Besturen en scholen krijgen ruimte om
eigen keuzes te maken; het samenwerkingsverband faciliteert en houdt het overzicht."""), P("""
Wij kiezen ervoor om ons te richten op drie speerpunten: eenvoudige procedures, een goede informatie aan
ouders en een transparante financiering. Andere onderwerpen pakken wij op in de jaarplannen.""")]
    b += [H1("Basisondersteuning en dekkend aanbod"), P("""
Wat de basisondersteuning in de Westkust-Duinstreek precies inhoudt, wordt vastgelegd in een Kader
Basisondersteuning. Dat kader stellen de besturen op zodra de landelijke norm voor basisondersteuning
bekend is, zodat wij niet twee keer hetzelfde werk doen. Tot die tijd beschrijft iedere school haar
eigen mogelijkheden in de schoolgids."""), P("""
Ook over het dekkend aanbod – welke voorzieningen er in de regio zijn, waar de tekorten zitten en hoe wij
thuiszitters voorkomen – maken de besturen in de loop van het schooljaar 2026-2027 nadere afspraken met
de vier gemeenten. Het aantal thuiszitters in de regio is een zorg van alle partners.""")]
    b += [H1("De toelaatbaarheidsverklaring"), P("""
Leerlingen kunnen het speciaal basisonderwijs of het speciaal onderwijs alleen bezoeken met een
toelaatbaarheidsverklaring. De huidige aanvraagprocedure wordt in 2026 geëvalueerd; de nieuwe werkwijze,
inclusief de rol van de commissie en de termijnen, volgt na afronding van die evaluatie en wordt op de
website gepubliceerd."""), P("""
De inhoudelijke criteria blijven wel ongewijzigd. Een leerling is toelaatbaar tot het sbo als er sprake is
van een ernstige en langdurige leerachterstand (minimaal anderhalf jaar op ten minste twee vakgebieden)
in combinatie met een ondersteuningsbehoefte op het gebied van werkhouding of gedrag, en als
de school kan aantonen dat een jaar lang handelingsgericht is gewerkt met een OPP. Een leerling is
toelaatbaar tot het so cluster 3 bij een ontwikkelingsniveau dat past bij een uitstroomprofiel
dagbesteding of arbeidsmarkt, of bij een lichamelijke of langdurige medische beperking die intensieve
verzorging op school vereist. Toelaatbaarheid tot so cluster 4 vereist ernstige gedrags- of
psychiatrische problematiek die een kleine groep met specialistische begeleiding gedurende de gehele
schooldag noodzakelijk maakt. Bij twijfel gaat het belang van het kind voor.""")]
    b += [H1("Afloop van de TLV en terugkeer"), P("""
Een verblijf in het sbo of so is in de Westkust-Duinstreek in principe tijdelijk. Ons beleid is dat
iedere leerling, zodra dat verantwoord is, terugkeert naar een reguliere basisschool zo dicht mogelijk bij
huis. Voorwaarden zijn dat de leerling zich in de speciale setting stabiel ontwikkelt, dat de ontvangende
school met de beschikbare ondersteuning kan aansluiten bij de doelen in het OPP, en dat ouders
instemmen. Na terugkeer krijgt de ontvangende school een terugkeerbudget van € 3.000 voor een jaar
begeleiding door een leerkracht van de speciale school."""), P("""
Werkwijze. De speciale school bespreekt bij elke OPP-evaluatie (twee keer per jaar) of terugkeer aan de
orde is. Vier maanden voor het einde van de TLV nodigt de speciale school ouders, de beoogde basisschool en
de consulent van het samenwerkingsverband uit voor een overgangsgesprek. De consulent legt het
advies voor aan de directeur van het bureau, die binnen twee weken besluit of de leerling wordt
teruggeplaatst of dat een nieuwe TLV wordt aangevraagd. Na drie en na zes maanden evalueert de
basisschool de terugkeer met ouders en consulent. Een mislukte terugkeer leidt tot een versnelde
herplaatsing zonder nieuwe wachttijd.""")]
    b += [H1("Informatie en steun voor ouders"), P("""
Ouders krijgen informatie over de ondersteuningsmogelijkheden via de app 'Duinwijzer', die alle
scholen gebruiken, en via de website van het samenwerkingsverband. In de app staan per school de
contactgegevens van de intern begeleider en een overzicht van de route naar extra ondersteuning en naar
het speciaal (basis)onderwijs. Op elke school ligt een ouderkaart met dezelfde informatie. Elk voorjaar
houdt het samenwerkingsverband een inloopavond in Zandvoorde en Westerhaven."""), P("""
Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Duin & Kust, dat
onafhankelijk van scholen en samenwerkingsverband werkt en onder meer helpt bij gesprekken over een OPP of
een TLV. Ouders kunnen daarnaast een beroep doen op de Onderwijsconsulenten. Wie het niet eens is met
een besluit van het samenwerkingsverband kan een klacht indienen bij de Landelijke Klachtencommissie
Onderwijs, waarbij wij zijn aangesloten.""")]
    b += [H1("Waar gaat het geld naartoe?"), P("""
De besturen hebben gekozen voor een transparant schoolmodel. De verdeling is samengevat in de tabel; de
meerjarenbegroting staat daaronder."""),
        TABLE([["Verdeelregel", "Toelichting"],
               ["Schoolbudget", "€ 210 per leerling op teldatum 1 oktober, rechtstreeks naar het bestuur; besteding aan extra ondersteuning op de eigen scholen."],
               ["Kleine-scholentoeslag", "€ 8.500 per vestiging met minder dan 100 leerlingen."],
               ["Terugkeerbudget", "€ 3.000 per teruggeplaatste leerling, voor de ontvangende school."],
               ["Afdrachten", "Bekostiging sbo boven 2% en so volgens DUO worden eerst ingehouden."],
               ["Besluitvorming", "Het bestuur stelt de bedragen jaarlijks in oktober vast voor het volgende kalenderjaar."]]),
        TABLE([["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten", "13.900", "13.760", "13.640", "13.500"],
               ["Afdrachten sbo/so", "6.720", "6.680", "6.640", "6.600"],
               ["Schoolbudgetten incl. toeslagen", "2.830", "2.810", "2.790", "2.770"],
               ["Terugkeerbudgetten", "60", "75", "90", "90"],
               ["Bureau en consulenten", "1.520", "1.530", "1.540", "1.550"],
               ["Overig / onvoorzien", "250", "250", "250", "250"]]),
        P("""
Besturen verantwoorden hun besteding in hun eigen jaarverslag. Dit is een bewuste keuze voor
eenvoud.""")]
    b += [H1("Beoogde en bereikte resultaten"), P("""
Dit plan bevat nog geen resultaatparagraaf. Welke resultaten wij voor leerlingen met een
ondersteuningsbehoefte nastreven en hoe wij die volgen, beschrijven wij in het eerste jaarplan, dat
na de vaststelling van dit plan verschijnt.""")]
    b += landelijk(c)
    b += governance(c)
    b += inspectie(c)
    b += werkgeverschap(c)
    b += risicos(c)
    b += opr(c, True)
    b += oogo(c, False)
    b += personeel(c)
    b += ict(c)
    b += professionalisering(c)
    b += planning(c, [["2026-2027", "Evaluatie TLV-procedure; eerste jaarplan; afspraken met gemeenten"],
                      ["2027-2028", "Kader Basisondersteuning na landelijke norm"],
                      ["2028-2029", "Bijstelling plan na landelijke norm"], ["2029-2030", "Nieuw plan"]])
    b += [H1("Begrippen en afkortingen"),
          TABLE([["Begrip", "Betekenis"],
                 ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden: een intern begeleider, een dyslexieprotocol, een gedragsaanpak en handelingsgericht werken."],
                 ["Dekkend aanbod", "Het samenhangende geheel van voorzieningen van basisondersteuning tot so, zodat er voor ieder kind een plek is."],
                 ["Deskundigenadvies", "Advies van een orthopedagoog of psycholoog en een tweede deskundige over toelaatbaarheid."],
                 ["Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband, gevolgd via een dashboard."],
                 ["TLV", "Toelaatbaarheidsverklaring."], ["OJSP", "Ouder- en jeugdsteunpunt."]])]
    label = dict(sector="po", looks_like_plan=True,
                 elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present",
                               financien="present", **{"dekkend-aanbod": "missing"}, resultaten="missing",
                               ouders="present"),
                 criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                           "plaatsing.procedure": False, "plaatsing.criteria": True,
                           "terugstroom.procedure": True, "terugstroom.beleid": True,
                           "financien.verdeling": True, "financien.besteding": True,
                           "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                           "resultaten.doelen": False, "resultaten.monitoring": False,
                           "ouders.informatie": True, "ouders.steunpunt": True},
                 advisory_addressed={"financien": ["verantwoording"], "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Ch. 4 only defers to a future 'Kader Basisondersteuning' after the landelijke norm; the definition with content exists only in the begrippenlijst and the title-page subtitle (traps).",
                        "plaatsing": "Ch. 5: procedure explicitly under evaluation, 'volgt' and 'op de website'; sbo/so-3/so-4 criteria are given.",
                        "terugstroom": "Ch. 'Afloop van de TLV en terugkeer': policy (thuisnabij, conditions, terugkeerbudget EUR 3.000) and steps (OPP evaluation, 4 months before end, decision within 2 weeks, 3/6-month evaluations).",
                        "financien": "Ch. 'Waar gaat het geld naartoe?': verdeelregels only in a table (EUR 210 per leerling, toeslag) plus meerjarenbegroting table; besturen account in own jaarverslag.",
                        "dekkend-aanbod": "Only a deferral to afspraken with gemeenten in 2026-2027 and a passing thuiszitters sentence; OOGO text is procedural only; glossary definition is a trap.",
                        "resultaten": "Ch. 9 states the plan has no resultaatparagraaf yet (deferred to first jaarplan); glossary 'Resultaten' is a trap.",
                        "ouders": "Ch. 7: Duinwijzer app, website, ouderkaart, inloopavond; independent OJSP Duin & Kust, Onderwijsconsulenten, klachtencommissie."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# PLAN 5 – PO, html web version. B partial (inhoud -> school websites), PL missing (website only),
# T partial (procedure missing), F missing, D present, R partial (doelen missing), O present
# --------------------------------------------------------------------------------------------

def plan5():
    c = dict(name="Passend Onderwijs Vechtvenen", short="Passend Onderwijs Vechtvenen", code="PO 99-52",
             period="2026-2030", region="het Vechtdal en de veenkoloniale randen", place="Ommerveen",
             gemeenten="Ommerveen, Dalfsterhoek en Hardenvecht", boards=7, n_schools=49,
             director="drs. W. Nijhuis", chair="G. ter Horst", date="april 2026",
             opr_date="26 maart 2026", vaststelling="2 april 2026", oogo_date="5 maart 2026",
             other_swv="het samenwerkingsverband VO Vechtdal")
    b = []
    b += [("title", "Ondersteuningsplan 2026-2030 – webversie"),
          ("subtitle", f"{c['name']} ({c['code']}) | Home › Over ons › Ondersteuningsplan"),
          ("subtitle", "Menu: Basisondersteuning | Toelaatbaarheid (TLV) | Terugplaatsing | Financiën | Ouders | Resultaten | Contact")]
    b += [TOC(["Voorwoord", "Inleiding", "Onze regio", "Visie", "Basisondersteuning", "Het Vechtvenen-netwerk",
               "Toewijzing en TLV", "Terug naar de basisschool", "Voor ouders", "Kwaliteit: wat bereiken we?",
               "Financiën", "Governance", "Medezeggenschap", "Gemeenten", "Personeel", "ICT", "Kennisdeling",
               "Planning", "Woordenlijst"])]
    b += voorwoord(c, 2)
    b += [H1("Inleiding"), P(f"""
U leest de webversie van het ondersteuningsplan 2026-2030 van {c['name']}. De tekst is gelijk aan de
vastgestelde pdf-versie. Het plan is opgesteld op grond van artikel 18a WPO en beschrijft hoe de zeven
besturen in {c['region']} samenwerken aan passend onderwijs.""")]
    b += terugblik_proces(c)
    b += regio(c, [["Soort school", "Aantal", "Leerlingen"], ["Basisscholen", "45", "7.960"], ["Sbo", "2", "298"],
                   ["So", "2", "176"]])
    b += visie(c)
    b += [H1("Basisondersteuning"), P("""
Alle zeven besturen hebben afgesproken dat iedere school en iedere vestiging binnen Vechtvenen hetzelfde
basisniveau van ondersteuning waarborgt. Dat niveau is gebaseerd op de vier aspecten uit het
Referentiekader passend onderwijs: basiskwaliteit, preventieve en licht curatieve interventies, de
onderwijsondersteuningsstructuur en planmatig werken. Het niveau geldt voor iedere leerling, zonder
aanvraag."""), P("""
Wat dit concreet betekent, verschilt in uitwerking per school en staat op de website van iedere school,
onder het kopje 'Ondersteuning'. Wij verwijzen ouders daarnaar.""")]
    b += [H1("Het Vechtvenen-netwerk"), P("""
Vechtvenen werkt met een netwerk van voorzieningen dat van licht naar zwaar loopt. Op school is er de
basisondersteuning. Daarboven kan een school een groepsarrangement of individueel arrangement inzetten,
bijvoorbeeld een leesinterventie, een gedragscoach of een onderwijsassistent. Bovenschools zijn er de
Vechtklas (observatie en kortdurende opvang, 16 plaatsen), de Denkwerkplaats (voltijds HB-voorziening
voor 24 leerlingen), de Taalschakelklas voor nieuwkomers in Ommerveen en de ambulante dienst van sbo De
Brug. Voor kinderen die het meest nodig hebben zijn er twee sbo-scholen en twee so-scholen, waarvan één
met een onderwijs-zorggroep voor jonge kinderen met een meervoudige beperking."""), P("""
Twee keer per jaar brengen wij in kaart welke kinderen (tijdelijk) geen passende plek hebben: thuiszitters,
kinderen met een vrijstelling en kinderen op een wachtlijst. Het Vechtvenen-Overleg (leerplicht,
consulent, jeugdhulp, schoolbestuur) zoekt binnen vier weken een oplossing, en een school die een kind niet
kan plaatsen, blijft verantwoordelijk tot een andere school het kind heeft ingeschreven. Als blijkt dat
een voorziening structureel ontbreekt, doet het bureau binnen drie maanden een voorstel aan het bestuur.
Zo is in 2024 de Denkwerkplaats ontstaan.""")]
    b += [H1("Toewijzing en TLV"), P("""
Alles over het aanvragen van een toelaatbaarheidsverklaring voor het sbo of so – wie de aanvraag
doet, welke stukken nodig zijn, wanneer een kind toelaatbaar is en hoe u bezwaar kunt maken – leest u op
de pagina 'Toewijzing en TLV' van onze website. Daar vindt u ook de formulieren.""")]
    b += [H1("Terug naar de basisschool"), P("""
Vechtvenen gaat ervan uit dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Wij willen
dat kinderen na een periode in het speciaal onderwijs, als dat kan, weer naar een basisschool in hun eigen
dorp of wijk gaan. De voorwaarden daarvoor zijn: het kind heeft de doelen uit het OPP op het gebied van
werkhouding en gedrag grotendeels bereikt, er is een basisschool die met een arrangement aan de
ondersteuningsbehoefte kan voldoen, en ouders staan achter de overstap. Elk kind dat terugkeert, krijgt
een jaar lang een terugkeerarrangement: de eigen leerkracht van het sbo of so komt wekelijks
meekijken en coachen op de nieuwe school, en de basisschool kan extra uren onderwijsassistentie
inzetten."""), P("""
Hoe de terugkeer stap voor stap verloopt, wie het initiatief neemt en wanneer er wordt besloten,
beschrijven wij in het Protocol Terugkeer dat de sbo- en so-directeuren in het najaar van 2026 aan het bestuur
voorleggen.""")]
    b += [H1("Voor ouders"), P("""
Op deze website vindt u onder 'Ouders' een overzicht van alle ondersteuningsmogelijkheden in Vechtvenen,
van de basisondersteuning tot het speciaal onderwijs, met uitleg in gewone taal en korte filmpjes. Elke
school deelt bij de inschrijving de ouderwijzer uit: een boekje van twaalf pagina's met dezelfde
informatie. Twee keer per jaar organiseren wij een ouderavond in Ommerveen en Dalfsterhoek, en op
woensdagochtend is er een telefonisch spreekuur bij het bureau."""), P("""
Heeft u vragen of loopt u vast, en wilt u iemand spreken die niet van de school of van ons is? Het
Ouder- en Jeugdsteunpunt Vecht & Veen is onafhankelijk en helpt gratis: met informatie, met een
gesprek op school of bij een meningsverschil. Ook kunt u contact opnemen met de Onderwijsconsulenten of,
bij een geschil met de school over het OPP of over toelating, met de Geschillencommissie Passend Onderwijs.
Ouders hebben zitting in de ondersteuningsplanraad en denken zo mee over het beleid.""")]
    b += [H1("Kwaliteit: wat bereiken we?"), P("""
Vechtvenen volgt de kwaliteit van de ondersteuning met het Vechtvenen-dashboard. Elk kwartaal worden daarin
het aantal arrangementen, TLV's, thuiszitters, terugkeerders en de wachttijden bijgewerkt. Het bestuur
bespreekt het dashboard elk kwartaal, de OPR twee keer per jaar. In het jaarverslag rapporteren wij de
bereikte resultaten. In 2025 waren dat: 312 arrangementen, een deelnamepercentage sbo van 2,6% en so van
1,4%, zes thuiszitters (2022: 15) en een gemiddelde wachttijd voor de Vechtklas van vijf weken.
Scholen en ouders worden elke twee jaar bevraagd over hun tevredenheid."""), P("""
Welke resultaten wij in deze nieuwe planperiode willen bereiken, stellen wij vast na een nulmeting in het
najaar van 2026. De streefwaarden worden dan aan dit plan toegevoegd.""")]
    b += [H1("Financiën"), P("""
Een goed en transparant financieel beleid is voor ons vanzelfsprekend. De financiële paragraaf, het
verdeelmodel en de meerjarenbegroting van Vechtvenen publiceren wij als afzonderlijk document onder
'Downloads'. Daar vindt u ook de jaarrekening.""")]
    b += landelijk(c)
    b += governance(c)
    b += inspectie(c)
    b += werkgeverschap(c)
    b += risicos(c)
    b += opr(c, True)
    b += oogo(c, True)
    b += personeel(c)
    b += ict(c)
    b += professionalisering(c)
    b += planning(c, [["2026-2027", "Nulmeting en streefwaarden; Protocol Terugkeer"],
                      ["2027-2028", "Uitbreiding Vechtklas"], ["2028-2029", "Tussenevaluatie"],
                      ["2029-2030", "Nieuw plan"]])
    b += [H1("Woordenlijst"),
          TABLE([["Woord", "Uitleg"],
                 ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een kind naar het sbo of so mag. De school vraagt die aan; twee deskundigen adviseren; binnen zes weken volgt een besluit."],
                 ["Verdeelmodel", "De afspraken over hoe het geld over de schoolbesturen wordt verdeeld: een bedrag per leerling."],
                 ["Meerjarenbegroting", "Overzicht van inkomsten en uitgaven voor vier jaar."],
                 ["Terugplaatsing", "Het teruggaan van een kind van sbo of so naar de basisschool."]])]
    label = dict(sector="po", looks_like_plan=True,
                 elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="partial",
                               financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial",
                               ouders="present"),
                 criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                           "plaatsing.procedure": False, "plaatsing.criteria": False,
                           "terugstroom.procedure": False, "terugstroom.beleid": True,
                           "financien.verdeling": False, "financien.besteding": False,
                           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                           "resultaten.doelen": False, "resultaten.monitoring": True,
                           "ouders.informatie": True, "ouders.steunpunt": True},
                 advisory_addressed={"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                 notes={"basisondersteuning": "Section 'Basisondersteuning': same level for every vestiging based on the four Referentiekader aspects, but the concrete content is referred to each school's website.",
                        "plaatsing": "Section 'Toewijzing en TLV' only refers to a web page; the procedure text exists only in the Woordenlijst; menu/TOC mention TLV (traps).",
                        "terugstroom": "Section 'Terug naar de basisschool': aims, conditions and terugkeerarrangement (beleid); steps/initiative/decision deferred to Protocol Terugkeer (najaar 2026). Dashboard counts terugkeerders.",
                        "financien": "Section 'Financiën' only refers to a separate download; verdeelmodel/meerjarenbegroting only defined in the Woordenlijst; governance mentions 'verdelen' only as a statutory task.",
                        "dekkend-aanbod": "'Het Vechtvenen-netwerk': continuum with named voorzieningen; twice-yearly inventory of kids without a place, Vechtvenen-Overleg, proposal within three months.",
                        "resultaten": "Monitoring via quarterly dashboard and jaarverslag with 2025 figures; beoogde resultaten deferred until after nulmeting in najaar 2026.",
                        "ouders": "'Voor ouders': website, ouderwijzer, ouderavonden, spreekuur; independent OJSP Vecht & Veen, Onderwijsconsulenten, GPO."})
    return c, b, label


# --------------------------------------------------------------------------------------------
# NEAR-MISS – instemmingsbesluit van de OPR over een concept-ondersteuningsplan (docx)
# --------------------------------------------------------------------------------------------

def nearmiss():
    b = []
    b += [("title", "Instemmingsbesluit ondersteuningsplanraad"),
          ("subtitle", "Samenwerkingsverband PO Lingewaarde (PO 99-60) – concept-ondersteuningsplan 2026-2030"),
          ("subtitle", "Brief van de OPR aan de directeur-bestuurder, kenmerk OPR-2026-014")]
    b += [P("""
Aan: de directeur-bestuurder van Samenwerkingsverband PO Lingewaarde, mevrouw drs. C. de Wit. Datum:
28 maart 2026. Onderwerp: instemmingsverzoek concept-ondersteuningsplan 2026-2030."""), P("""
Geachte mevrouw De Wit,"""), P("""
Op 20 februari 2026 ontvingen wij uw verzoek om instemming met het concept-ondersteuningsplan 2026-2030
(versie 0.9), op grond van artikel 14a van de Wet medezeggenschap op scholen. De ondersteuningsplanraad
(OPR) heeft het concept besproken in een extra vergadering op 12 maart 2026 en in de reguliere
vergadering van 26 maart 2026. Wij hebben het concept gelegd naast de wettelijke eisen van artikel 18a
WPO en naast de checklist van het Steunpunt Medezeggenschap. Hieronder leest u ons besluit en onze
overwegingen per onderwerp."""), H1("Besluit"), P("""
De OPR stemt in met het concept-ondersteuningsplan 2026-2030, onder de voorwaarde dat de punten onder
'Voorwaarden' vóór de vaststelling door het bestuur in het plan worden verwerkt. De OPR verzoekt u de
aangepaste tekst uiterlijk 10 april 2026 toe te sturen, zodat het plan tijdig vóór 1 mei aan de Inspectie
kan worden gezonden."""), H1("Overwegingen per onderwerp"), H2("Basisondersteuning"), P("""
Wij waarderen dat het concept voor het eerst een concrete standaard basisondersteuning bevat die voor alle
vestigingen geldt. De ouders in de OPR vragen wel om in de tekst op te nemen hoe het samenwerkingsverband
controleert of scholen de standaard halen, en wat er gebeurt als dat niet zo is. Het personeelsdeel van de
OPR wijst op de werkdruk bij intern begeleiders: een minimum van 0,4 fte per 200 leerlingen is volgens hen
op kleine scholen niet haalbaar zonder extra middelen."""), H2("Toelaatbaarheid en terugplaatsing"), P("""
De procedure voor toelaatbaarheid tot het sbo en so is helder beschreven. Wij missen in paragraaf 5.3
de geldigheidsduur van de TLV voor het sbo en een verwijzing naar de Landelijke Bezwaaradviescommissie.
Over terugplaatsing bevat het concept slechts één zin. De OPR vraagt een uitgewerkte procedure met
evaluatiemomenten, en een beleid over de ondersteuning na terugkeer. Dit is een voorwaarde voor onze
instemming (voorwaarde 1)."""), H2("Financiën"), P("""
De meerjarenbegroting in hoofdstuk 8 is duidelijk. Het verdeelmodel – een bedrag per leerling plus een
vaste voet – vinden wij verdedigbaar. Wel vragen wij om een toelichting op de reserves: volgens de
jaarrekening 2025 ligt de algemene reserve boven de signaleringswaarde. De OPR wil weten waaraan het
bovenmatige deel wordt besteed (voorwaarde 2)."""), H2("Dekkend aanbod en thuiszitters"), P("""
Het overzicht van bovenschoolse voorzieningen is goed leesbaar. De OPR mist een analyse van wachtlijsten
bij het so en een concreet plan voor thuiszitters. Wij adviseren dit op te nemen, maar maken er geen
voorwaarde van."""), H2("Resultaten"), P("""
De beoogde resultaten in hoofdstuk 7 zijn grotendeels meetbaar. De OPR vraagt om bij elk resultaat ook de
nulmeting te vermelden, en om jaarlijks in de OPR-vergadering van november de bereikte resultaten te
bespreken."""), H2("Ouders"), P("""
De informatie aan ouders is uitgebreid beschreven. Het concept noemt het ouder- en jeugdsteunpunt nog niet
bij naam; wij vragen u de contactgegevens van het steunpunt en van de Onderwijsconsulenten op te nemen
in hoofdstuk 6 (voorwaarde 3)."""), H1("Voorwaarden"), UL([
        "1. Een uitgewerkte procedure en beleid voor terugplaatsing en overplaatsing in hoofdstuk 5.",
        "2. Een toelichting op de hoogte en besteding van de reserves in hoofdstuk 8.",
        "3. Vermelding van het ouder- en jeugdsteunpunt en de Onderwijsconsulenten in hoofdstuk 6."]),
        H1("Procedure"), P("""
Indien u de voorwaarden niet of niet volledig overneemt, beschouwt de OPR dit besluit als een weigering
van instemming. In dat geval verzoeken wij u eerst een overleg te beleggen voordat u zich wendt tot de
Landelijke Commissie voor Geschillen WMS. De OPR heeft dit besluit genomen met tien stemmen voor en
één onthouding; twee leden waren afwezig. Het besluit is in de achterbanraadpleging voorgelegd aan de
medezeggenschapsraden van de aangesloten scholen, van wie er negen schriftelijk hebben gereageerd."""),
        P("""
Wij danken u en de beleidsmedewerkers van het bureau voor de prettige samenwerking en de heldere
toelichting tijdens de vergadering van 12 maart. Wij zien de definitieve tekst met belangstelling
tegemoet."""), P("""
Met vriendelijke groet, namens de ondersteuningsplanraad van Samenwerkingsverband PO Lingewaarde,
M. Jansen (voorzitter) en R. Öztürk (secretaris)."""), P("""
Afschrift: raad van toezicht; medezeggenschapsraden van de aangesloten scholen.""")]
    label = dict(sector="po", looks_like_plan=False, elements={}, criteria={},
                 notes={"document": "Instemmingsbesluit (letter) of an OPR about a concept-ondersteuningsplan: discusses every element and cites chapters of the plan, but is itself not an ondersteuningsplan of the samenwerkingsverband."})
    return b, label


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------

def render_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "holdout146 generator"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text.split("|")[0].strip() + " – pagina"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val).runs[0].bold = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for item in val:
                doc.add_paragraph(item)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
           "</head>", "<body>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><strong>{e(val)}</strong></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav aria-label="Inhoud"><h2>Inhoud</h2><ol>' + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(x)}</th>' for x in val[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(x)}</td>' for x in r)}</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["<footer><p>© Passend Onderwijs Vechtvenen · privacyverklaring · cookies · contact</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout146_lo_"))
    try:
        profile = tmp / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, label):
    data = {"documents": documents}
    data.update(label)
    with open(OUT / f"{name}.expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=4000)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # plan 1: docx
    c, b, lab = plan1()
    render_docx(b, OUT / "po-maaswaalkant-2026.docx", f"Ondersteuningsplan 2026-2030 | {c['short']} | terugplaatsing · resultaten · ouders")
    write_label("po-maaswaalkant-2026", ["po-maaswaalkant-2026.docx"], lab)
    # plan 2: pdf only (rendered from a temporary docx)
    c, b, lab = plan2()
    tmpd = Path(tempfile.mkdtemp(prefix="holdout146_src_"))
    try:
        d = tmpd / "vo-zuidelijke-veenkolonien-2026.docx"
        render_docx(b, d, f"{c['short']} | Ondersteuningsplan 2026-2030 | ouder- en jeugdsteunpunt · meerjarenbegroting")
        docx_to_pdf(d, OUT / "vo-zuidelijke-veenkolonien-2026.pdf")
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    write_label("vo-zuidelijke-veenkolonien-2026", ["vo-zuidelijke-veenkolonien-2026.pdf"], lab)
    # plan 3: docx + pdf
    c, b, lab = plan3()
    d = OUT / "vo-kempenrand-2026.docx"
    render_docx(b, d, f"{c['short']} – Ondersteuningsplan 2026-2030 – terugplaatsing en ouders: zie hoofdstuk 8 en 9")
    docx_to_pdf(d, OUT / "vo-kempenrand-2026.pdf")
    write_label("vo-kempenrand-2026", ["vo-kempenrand-2026.docx", "vo-kempenrand-2026.pdf"], lab)
    # plan 4: pdf only
    c, b, lab = plan4()
    tmpd = Path(tempfile.mkdtemp(prefix="holdout146_src_"))
    try:
        d = tmpd / "po-westkust-duinstreek-2026.docx"
        render_docx(b, d, f"{c['short']} | OP 2026-2030 | basisondersteuning – dekkend aanbod – resultaten")
        docx_to_pdf(d, OUT / "po-westkust-duinstreek-2026.pdf")
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    write_label("po-westkust-duinstreek-2026", ["po-westkust-duinstreek-2026.pdf"], lab)
    # plan 5: html
    c, b, lab = plan5()
    render_html(b, OUT / "po-vechtvenen-2026.html", "Ondersteuningsplan 2026-2030 – Passend Onderwijs Vechtvenen")
    write_label("po-vechtvenen-2026", ["po-vechtvenen-2026.html"], lab)
    # near-miss: docx
    b, lab = nearmiss()
    render_docx(b, OUT / "opr-instemming-lingewaarde-2026.docx", "OPR SWV PO Lingewaarde | instemmingsbesluit ondersteuningsplan")
    write_label("opr-instemming-lingewaarde-2026", ["opr-instemming-lingewaarde-2026.docx"], lab)


if __name__ == "__main__":
    main()
