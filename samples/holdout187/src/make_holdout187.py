#!/usr/bin/env python3
"""Generate the holdout187 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO; .docx, .pdf, .html) and one
near-miss document (a school-level ondersteuningsprofiel/-plan).

All organisations, names, codes and figures are fictional.
Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import io
import shutil
import subprocess
import tempfile
import zipfile
from html import escape
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2025, 4, 1, 9, 0, 0)


# --------------------------------------------------------------------------------------
# generic filler (must never address any core or advisory criterion by itself)
# --------------------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat "
              f"van een traject van ruim een jaar, waarin schoolleiders, {c['staff_word']}, bestuurders, leden "
              "van de ondersteuningsplanraad en vertegenwoordigers van de gemeenten met elkaar in gesprek zijn "
              "gegaan over de vraag hoe wij passend onderwijs in onze regio de komende vier jaar verder vormgeven. "
              "Wij zijn dankbaar voor de openheid waarmee die gesprekken zijn gevoerd, ook op momenten waarop de "
              "meningen uiteenliepen."),
        ("p", "Passend onderwijs is geen project dat ooit af is. Het vraagt elke dag opnieuw om leraren die het "
              "verschil willen maken, om schoolleiders die ruimte geven, om besturen die over de grenzen van hun "
              "eigen organisatie heen durven te kijken en om ouders die met ons meedenken. In de afgelopen periode "
              "hebben we veel geleerd. We hebben gezien dat middelen alleen niet genoeg zijn en dat de kwaliteit "
              "van de samenwerking tussen mensen uiteindelijk bepaalt of een leerling zich gezien voelt."),
        ("p", f"Dit plan is nadrukkelijk geen eindpunt. Het is een koersdocument dat richting geeft aan de "
              f"jaarplannen die we de komende jaren opstellen. Wij nodigen iedereen uit om ons aan te spreken op "
              f"wat hier staat. Namens het bestuur van {c['short']}, {c['director']}, directeur-bestuurder."),
    ]


def f_regio(c):
    rows = [["Schoolbestuur", "Aantal vestigingen", "Leerlingen 1 oktober 2024"]] + c["boards"]
    return [
        ("h1", "Onze regio"),
        ("p", f"{c['name']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. Het gebied kenmerkt zich door "
              "een combinatie van een middelgrote kernstad en een uitgestrekt landelijk gebied met kleine kernen. "
              "Vooral in de dorpen daalt het aantal leerlingen de komende jaren, terwijl in de stad nieuwbouwwijken "
              "juist groei laten zien. Die ongelijke ontwikkeling heeft gevolgen voor de spreiding van scholen, "
              "voor het leerlingenvervoer en voor de bereikbaarheid van voorzieningen."),
        ("p", f"Bij het samenwerkingsverband zijn {len(c['boards'])} schoolbesturen aangesloten. Onderstaande "
              "tabel geeft een overzicht van de besturen, het aantal vestigingen en het aantal leerlingen op de "
              "teldatum. De cijfers zijn ontleend aan DUO en dienen uitsluitend ter beschrijving van de context."),
        ("table", rows),
        ("p", "De regio kent een relatief hoog aandeel gezinnen met een laag inkomen in twee stadswijken en een "
              "groeiend aantal nieuwkomers, met name uit Oekraïne en Syrië. Tegelijk is het aantal jeugdigen met "
              "een jeugdhulpvoorziening de afgelopen drie jaar gestegen. Deze ontwikkelingen vragen om een "
              "wendbare organisatie en goede afspraken met onze partners."),
    ]


def f_visie(c, light=False):
    blocks = [
        ("h1", "Visie, missie en kernwaarden"),
        ("h2", "Missie"),
        ("p", f"{c['short']} bestaat om samen met de aangesloten besturen te zorgen dat kinderen en jongeren in "
              "onze regio zich optimaal kunnen ontwikkelen. Wij doen dat niet als extra laag boven de scholen, "
              "maar als verbindende schakel die kennis deelt, ruimte maakt en knopen doorhakt waar dat nodig is."),
        ("h2", "Visie"),
        ("p", "Wij geloven dat iedere leerling talenten heeft en dat het onderwijs de opdracht heeft die talenten "
              "tot bloei te laten komen. Verschillen tussen leerlingen zijn normaal. Leraren die handelingsgericht "
              "werken, die goed kijken naar wat een leerling nodig heeft en die daarbij de ouders als "
              "ervaringsdeskundigen zien, maken het verschil. Wij willen daarom investeren in mensen, niet in "
              "structuren."),
        ("h2", "Kernwaarden"),
        ("ul", ["Vertrouwen: we gaan uit van de professionaliteit van scholen en besturen.",
                "Eigenaarschap: wie het dichtst bij de leerling staat, neemt de eerste verantwoordelijkheid.",
                "Transparantie: we zijn open over keuzes, ook als die pijn doen.",
                "Lef: we durven te experimenteren en van fouten te leren."]),
    ]
    if not light:
        blocks.append(("p", "Deze kernwaarden zijn in 2024 tijdens drie regionale bijeenkomsten met schoolleiders "
                            "en leraren opgehaald. Ze vormen de toets voor alle keuzes die in dit plan zijn "
                            "gemaakt: levert een keuze meer vertrouwen, eigenaarschap, transparantie en lef op, "
                            "dan is het een goede keuze."))
    return blocks


def f_terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van het versterken van de samenwerking na de "
              "coronajaren. Veel energie ging naar het opnieuw opbouwen van netwerken van schoolleiders en "
              "ondersteuningsprofessionals, die in de periode van afstandsonderwijs waren verwaterd. Daarnaast "
              "hebben we de organisatie van het bureau vernieuwd en is een nieuwe directeur-bestuurder aangetreden."),
        ("p", "Uit de gesprekken die we voor dit plan voerden, kwam een aantal lessen naar voren. Scholen willen "
              "minder formulieren en meer directe hulp. Besturen vragen om voorspelbaarheid. En partners in de "
              "jeugdhulp vragen om één aanspreekpunt. Die lessen zijn meegenomen in de koers van dit plan. Een "
              "uitgebreide verantwoording over de vorige periode is opgenomen in de jaarverslagen over 2021 tot en "
              "met 2024, die op de website staan."),
    ]


def f_governance(c):
    return [
        ("h2", "Bestuur en toezicht"),
        ("p", f"{c['name']} is een stichting. Het bestuur is belegd bij een directeur-bestuurder; het intern "
              "toezicht bij een raad van toezicht van vijf leden, van wie er drie door de aangesloten besturen "
              "worden voorgedragen en twee onafhankelijk zijn. Daarnaast kent de stichting een algemene "
              "vergadering van aangesloten besturen, die onder meer het ondersteuningsplan, de begroting en het "
              "jaarverslag bespreekt voordat de directeur-bestuurder ze vaststelt."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en uitgewerkt in een "
              "bestuursreglement en een reglement raad van toezicht. De stichting volgt de Code Goed Bestuur van "
              f"de {c['raad']}. De raad van toezicht vergadert zes keer per jaar en evalueert jaarlijks het eigen "
              "functioneren, eens in de drie jaar onder externe begeleiding."),
        ("p", "Geschillen tussen het samenwerkingsverband en de aangesloten besturen over de uitvoering van "
              "dit plan worden voorgelegd aan een geschillencommissie zoals bedoeld in de statuten. In de "
              "afgelopen periode is daarvan geen gebruik gemaakt."),
    ]


def f_opr(c, with_parents=True):
    p1 = ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan. De OPR heeft het "
          f"concept besproken in de vergaderingen van {c['opr_dates']} en heeft op {c['opr_consent']} "
          "ingestemd. De directeur-bestuurder overlegt ten minste vier keer per jaar met de OPR.")
    blocks = [("h2", "Medezeggenschap"), ("p", p1)]
    if with_parents:
        blocks.append(("p", "De OPR bestaat uit acht leden: vier ouders en vier personeelsleden, afgevaardigd door "
                            "de medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR brengen de "
                            "ervaringen van gezinnen in; de raad organiseert eens per jaar een open avond voor alle "
                            "MR-leden in de regio."))
    blocks.append(("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het "
                        "personeel van het bureau. Het faciliteringsreglement kent de leden van beide raden "
                        "scholingsbudget en een vergoeding toe."))
    return blocks


def f_oogo(c, substantive=True):
    blocks = [("h2", "Overleg met gemeenten en het andere samenwerkingsverband")]
    blocks.append(("p", f"Het concept van dit plan is op {c['oogo_date']} in op overeenstemming gericht overleg "
                        f"(OOGO) besproken met de wethouders van {c['gemeenten']}. Het verslag van dat overleg "
                        "is opgenomen in het vaststellingsdossier. Daarnaast is het concept besproken met het "
                        f"{c['other_swv']}, waarvan het werkgebied samenvalt met het onze."))
    if substantive:
        blocks.append(("p", "Met de gemeenten is afgesproken dat jeugdhulp zoveel mogelijk in of nabij de school "
                            "wordt geboden. Sinds 2024 is aan elke school een vaste jeugdconsulent van het "
                            "gemeentelijk wijkteam verbonden, die twee keer per maand aanschuift bij het "
                            "ondersteuningsoverleg. Voor leerlingen die naast onderwijs ook zorg nodig hebben, "
                            "sluiten school, gemeente en zorgaanbieder een onderwijs-zorgarrangement, waarbij de "
                            "gemeente de zorgcomponent financiert."))
    return blocks


def f_personeel(c):
    return [
        ("h2", "Personeel en organisatie van het bureau"),
        ("p", f"Het bureau van {c['short']} telt {c['fte']} fte, verdeeld over de directeur-bestuurder, een "
              "controller, een beleidsmedewerker, een secretariaat en een team van consulenten en "
              "orthopedagogen. Het merendeel van de consulenten is in dienst van een van de aangesloten besturen "
              "en wordt gedetacheerd. Die constructie houdt de lijnen naar de scholen kort, maar maakt het "
              "werkgeverschap soms diffuus. In 2026 onderzoeken we of een eigen personeelsbestand wenselijk is."),
        ("p", "Het ziekteverzuim op het bureau lag in 2024 onder het sectorgemiddelde. Wel is de werkdruk hoog, "
              "vooral in de periode februari tot en met juni. We investeren in het werkplezier door vaste "
              "teamdagen, intervisie en een opleidingsbudget per medewerker. Nieuwe medewerkers doorlopen een "
              "inwerkprogramma van drie maanden met een vaste buddy."),
    ]


def f_ict(c):
    return [
        ("h2", "ICT, privacy en gegevensbescherming"),
        ("p", "Het samenwerkingsverband verwerkt bij de uitvoering van zijn taken persoonsgegevens van "
              "leerlingen, waaronder gegevens over gezondheid. Dat gebeurt op grond van de wet en alleen voor zover "
              "dat noodzakelijk is. Het privacyreglement beschrijft welke gegevens we verwerken, wie daar toegang "
              "toe heeft en hoe lang we die bewaren. De stichting heeft een functionaris gegevensbescherming "
              "aangesteld, gedeeld met twee andere samenwerkingsverbanden."),
        ("p", "Dossiers worden uitsluitend uitgewisseld via een beveiligde digitale omgeving. E-mail wordt niet "
              "gebruikt voor het versturen van leerlinggegevens. Alle medewerkers tekenen een "
              "geheimhoudingsverklaring en volgen jaarlijks een e-learning over informatiebeveiliging. In 2026 "
              "vervangen we de huidige applicatie, waarvan de leverancier de ondersteuning beëindigt."),
    ]


def f_professionalisering(c):
    return [
        ("h2", "Kennisdeling en professionalisering"),
        ("p", f"Een sterk netwerk van professionals is de motor van passend onderwijs. {c['short']} organiseert "
              f"daarom leernetwerken voor {c['staff_word']}, voor schoolleiders en voor leraren die zich willen "
              "specialiseren. Elk netwerk komt vier keer per jaar bijeen rond een zelfgekozen thema, zoals "
              "executieve functies, rouw en verlies, of samenwerken met ouders."),
        ("p", "Daarnaast ondersteunen we kleinschalige pilots van scholen die iets nieuws willen uitproberen. Een "
              "pilot duurt maximaal twee jaar en wordt afgesloten met een korte presentatie in het netwerk. In de "
              "afgelopen periode liepen onder meer pilots met co-teaching, met een lerarenteam dat "
              "beeldcoaching inzette en met een school die de ochtendstart volledig herontwierp."),
    ]


def f_planning(c):
    rows = [["Schooljaar", "Accent"],
            ["2025-2026", "Invoering nieuwe organisatiestructuur bureau; vervanging applicatie"],
            ["2026-2027", "Tussentijdse evaluatie; herijking leernetwerken"],
            ["2027-2028", "Verdieping samenwerking met partners; externe visitatie"],
            ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]]
    return [
        ("h1", "Planning en cyclus"),
        ("p", "Dit plan wordt vertaald in jaarplannen. Elk jaarplan wordt in het voorjaar opgesteld, in juni "
              "besproken met de algemene vergadering en de OPR, en uiterlijk 1 juli door de directeur-bestuurder "
              "vastgesteld. Halverwege de planperiode maken we de balans op. Onderstaand overzicht geeft de "
              "accenten per jaar; het is indicatief."),
        ("table", rows),
        ("p", "Als zich tussentijds wijzigingen voordoen die de kern van dit plan raken, leggen we een "
              "aanpassing ter instemming voor aan de OPR."),
    ]


def f_vaststelling(c):
    return [
        ("h1", "Vaststelling"),
        ("p", f"Dit ondersteuningsplan is na instemming van de OPR ({c['opr_consent']}) en na afronding van "
              f"het OOGO ({c['oogo_date']}) vastgesteld door de directeur-bestuurder op {c['vastgesteld']}, na "
              "goedkeuring door de raad van toezicht. Het plan is vóór 1 mei 2025 aan de inspectie van het "
              "onderwijs toegezonden."),
    ]


def f_totstandkoming(c):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", "De voorbereiding van dit plan begon in het voorjaar van 2024 met een reeks van zes "
              "dialoogsessies, verspreid over de regio. Aan elke sessie namen tussen de twintig en veertig "
              f"mensen deel: leraren, {c['staff_word']}, schoolleiders, bestuurders, medewerkers van het bureau en "
              "vertegenwoordigers van gemeenten en zorgaanbieders. De sessies werden begeleid door een extern "
              "bureau en volgden steeds dezelfde opzet: wat gaat goed, wat schuurt, en wat zou je over vier jaar "
              "anders willen zien?"),
        ("p", "De opbrengst van de sessies is verwerkt in een eerste schets, die in september 2024 is besproken "
              "met de algemene vergadering en de raad van toezicht. Vervolgens schreef een kleine redactiegroep "
              "het concept. In november en december 2024 lag dat concept ter consultatie bij de scholen, die "
              "schriftelijk konden reageren. Er kwamen 41 reacties binnen, variërend van taalkundige suggesties "
              "tot fundamentele vragen over de rolverdeling tussen bureau en besturen. Een overzicht van de "
              "reacties en de manier waarop we ermee zijn omgegaan, is met de OPR gedeeld."),
        ("p", "Wij hebben bewust gekozen voor een compact plan dat de koers beschrijft en niet elk detail "
              "vastlegt. Werkinstructies, formulieren en protocollen horen in werkdocumenten die we gedurende de "
              "planperiode kunnen bijstellen zonder het hele plan te herzien."),
    ]


def f_inspectie(c):
    return [
        ("h2", "Toezicht door de inspectie"),
        ("p", f"In het najaar van 2023 voerde de inspectie van het onderwijs het vierjaarlijks onderzoek bij "
              f"{c['short']} uit. De inspecteurs spraken met de directeur-bestuurder, de raad van toezicht, de OPR, "
              "een delegatie van schoolleiders en met vertegenwoordigers van gemeenten. Het rapport bevatte twee "
              "aanbevelingen: maak de rolverdeling tussen algemene vergadering en raad van toezicht scherper, en "
              "zorg dat bestuursbesluiten beter navolgbaar worden vastgelegd. Beide aanbevelingen zijn inmiddels "
              "opgevolgd: de reglementen zijn in 2024 herzien en er is een openbaar besluitenregister ingericht."),
    ]


def f_arbeidsmarkt(c):
    return [
        ("h2", "Arbeidsmarkt en lerarentekort"),
        ("p", "Zoals overal in Nederland kampen ook de scholen in onze regio met een tekort aan leraren en "
              "ondersteunend personeel. Vacatures voor intern begeleiders, orthopedagogen en "
              "onderwijsassistenten blijven soms maanden open. Dat raakt passend onderwijs direct: ondersteuning "
              "is mensenwerk. De besturen werken samen in een regionaal arbeidsmarktplatform, dat zij-instromers "
              "begeleidt, een gezamenlijke invalpool beheert en studenten van de pabo en de lerarenopleidingen "
              "een stageplek garandeert."),
        ("p", "Het samenwerkingsverband sluit aan bij dat platform, maar voert zelf geen personeelsbeleid voor de "
              "scholen. Wel stellen we onze consulenten beschikbaar als gastdocent bij de opleidingen en bieden "
              "we startende leraren een introductieprogramma over de ondersteuningsstructuur in de regio."),
    ]


def glossary(entries):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + entries)]


# --------------------------------------------------------------------------------------
# plan 1: PO, .docx, 'Koers 1..4'
# --------------------------------------------------------------------------------------

C1 = dict(name="Samenwerkingsverband Passend Primair Lingegouw", short="Lingegouw", code="PO 31-02",
          period="2025-2029", staff_word="intern begeleiders", director="drs. M.A. (Marieke) Terhorst",
          raad="PO-Raad", gemeenten="Lingedal, Gouwmeer en Oosterwaard",
          boards=[["Stichting Fluvius", "12", "2.940"], ["Stichting Dorpsscholen Lingedal", "9", "1.310"],
                  ["Vereniging PCO Gouwmeer", "7", "1.685"], ["Stichting Speciaal Onderwijs De Horizon", "3", "402"],
                  ["Stichting Katholiek Onderwijs Oosterwaard", "8", "1.744"]],
          opr_dates="18 november 2024, 27 januari en 3 maart 2025", opr_consent="24 maart 2025",
          oogo_date="10 maart 2025", other_swv="Samenwerkingsverband VO Lingegouw",
          vastgesteld="31 maart 2025", fte="11,4")


def plan1():
    c = C1
    b = []
    b += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", c["name"] + " — " + c["code"]),
          ("p", "Samen sterk voor ieder kind — vastgesteld " + c["vastgesteld"]),
          ("h1", "Inhoudsopgave"),
          ("ul", ["Voorwoord", "Leeswijzer", "Onze regio", "Visie, missie en kernwaarden",
                  "Koers 1 — Elke school een stevige basis (basisondersteuning)",
                  "Koers 2 — De juiste plek op het juiste moment (toelaatbaarheid, terugplaatsing)",
                  "Koers 3 — Niemand tussen wal en schip (dekkend aanbod, thuiszitters)",
                  "Koers 4 — Slim organiseren (governance, financiën, personeel)",
                  "Communicatie", "Opbrengsten en resultaten", "Planning en cyclus", "Vaststelling",
                  "Begrippenlijst"])]
    b += f_voorwoord(c)
    b += f_totstandkoming(c)
    b += [("h1", "Leeswijzer"),
          ("p", "Dit plan is opgebouwd rond vier koersen. Koers 1 gaat over wat iedere school biedt. Koers 2 "
                "beschrijft de route naar speciaal (basis)onderwijs. Koers 3 gaat over het voorkomen van "
                "thuiszitten. Koers 4 beschrijft hoe we ons organiseren en hoe de middelen worden ingezet. "
                "Daarna volgen een hoofdstuk over communicatie met ouders en partners, en een hoofdstuk over de "
                "resultaten die we willen bereiken. Wie alleen de hoofdlijnen wil lezen, kan volstaan met de "
                "inleidende alinea van elke koers.")]
    b += f_regio(c)
    b += f_visie(c)
    b += f_terugblik(c)
    # Koers 1: basisondersteuning present, dekkend-aanbod continuum
    b += [("h1", "Koers 1 — Elke school een stevige basis"),
          ("p", "In Lingegouw hebben alle vijf schoolbesturen afgesproken dat iedere vestiging in de regio — van "
                "de kleinste dorpsschool met 48 leerlingen tot de grootste stadsschool — ten minste het niveau "
                "van ondersteuning biedt dat in deze koers staat beschreven. Dit is onze gezamenlijke ondergrens: "
                "een school mag meer bieden, nooit minder. Ouders kunnen er dus op rekenen dat zij deze "
                "ondersteuning op elke school in Lingegouw aantreffen, zonder dat daarvoor een aanvraag bij het "
                "samenwerkingsverband nodig is."),
          ("p", "De afspraken zijn geordend in acht bouwstenen. Tabel 1 geeft per bouwsteen aan wat ouders en "
                "leerlingen op iedere school mogen verwachten."),
          ("table", [["Bouwsteen", "Wat iedere school in Lingegouw biedt"],
                     ["Ondersteuningsstructuur", "Een intern begeleider met minimaal één dag per week per 100 "
                      "leerlingen; een vast ondersteuningsoverleg zes keer per jaar met consulent en "
                      "jeugdconsulent."],
                     ["Handelingsgericht werken", "Groepsoverzichten en groepsplannen per vakgebied; "
                      "leerlingbesprekingen na elke toetsperiode."],
                     ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; "
                      "signalering vanaf groep 2; extra leestijd van minimaal 3 x 20 minuten per week voor "
                      "zwakke lezers."],
                     ["Rekenen en dyscalculie", "Werken volgens het protocol ERWD; inzet van concreet materiaal "
                      "en verlengde instructie."],
                     ["Sociale veiligheid en gedrag", "Een schoolbreed programma voor sociaal-emotioneel leren, "
                      "een anti-pestcoördinator en jaarlijkse monitoring van veiligheidsbeleving."],
                     ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en een compact- en "
                      "verrijkingsaanbod in de eigen groep."],
                     ["Taal en nieuwkomers", "Een aanbod NT2 in de groep; aanvullende woordenschatinstructie."],
                     ["Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen; afspraken "
                      "over fysieke toegankelijkheid van ten minste de begane grond."]]),
          ("p", "Elke school legt in haar schoolgids vast hoe zij deze bouwstenen invult. Eens in de twee jaar "
                "bezoekt een consulent van het samenwerkingsverband iedere school voor een 'basisgesprek' aan de "
                "hand van deze tabel. Blijkt een bouwsteen onvoldoende ingevuld, dan maakt het bestuur binnen "
                "drie maanden een verbeterplan, dat het samenwerkingsverband een jaar later opnieuw toetst."),
          ("h2", "1.2 Van basis naar extra en speciaal"),
          ("p", "Waar de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. "
                "Het ondersteuningsaanbod in Lingegouw kent drie lagen die op elkaar aansluiten. In de eerste laag "
                "zit de basisondersteuning van de eigen school. In de tweede laag zit de extra ondersteuning: "
                "arrangementen die de school met haar schoolbudget zelf organiseert, aangevuld met bovenschoolse "
                "voorzieningen van het samenwerkingsverband, te weten de Taalklas in Gouwmeer (voor nieuwkomers, "
                "maximaal een jaar), de Plusklas De Sprong (één dagdeel per week voor hoogbegaafde leerlingen uit "
                "groep 5 tot en met 8) en de observatiegroep De Kikker (twaalf weken, voor jonge kinderen bij wie "
                "de ondersteuningsvraag nog onduidelijk is). In de derde laag bevinden zich de speciale "
                "voorzieningen: sbo De Regenboog en de so-locaties van De Horizon voor cluster 3 en cluster 4."),
          ("p", "Scholen kunnen voor elke leerling een consulent inschakelen die meedenkt over de juiste laag. "
                "De overstap tussen lagen is geen automatisme: het ondersteuningsoverleg van de school beslist, "
                "samen met ouders, over inzet van de tweede laag; voor de derde laag is een "
                "toelaatbaarheidsverklaring nodig (zie Koers 2).")]
    # Koers 2: plaatsing partial (criteria missing), terugstroom present (hidden)
    b += [("h1", "Koers 2 — De juiste plek op het juiste moment"),
          ("p", "Soms heeft een leerling meer nodig dan een reguliere basisschool kan bieden, ook met extra "
                "ondersteuning. Dan kan plaatsing op het speciaal basisonderwijs of het speciaal onderwijs aan de "
                "orde zijn. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
          ("h2", "2.1 Aanvragen"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven vraagt de TLV aan via het "
                "digitale loket van Lingegouw. De aanvraag bevat het ontwikkelingsperspectief, het groeidocument "
                "met de inzet van de afgelopen periode, en de zienswijze van de ouders. Scholen worden geadviseerd "
                "de consulent ruim voor de aanvraag te betrekken."),
          ("h2", "2.2 Advies en besluit"),
          ("p", "De Commissie van Toelaatbaarheid (CvT) beoordeelt de aanvraag. Voor elke aanvraag brengen twee "
                "deskundigen afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk "
                "van de leerling, een tweede deskundige zoals een maatschappelijk werker, kinderpsychiater of "
                "arts. Geen van beide deskundigen is betrokken geweest bij het opstellen van de aanvraag. De "
                "directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders "
                "ontvangen een afschrift van de adviezen."),
          ("h2", "2.3 Waarop de commissie let"),
          ("p", "De toetsingskaders die de CvT hanteert, herijken we in schooljaar 2025-2026 samen met De "
                "Regenboog en De Horizon. Zodra de herijkte kaders door het bestuur zijn goedgekeurd, worden ze op "
                "de website van Lingegouw gepubliceerd. Tot dat moment blijft de commissie werken met de "
                "bestaande praktijk."),
          ("h2", "2.4 Duur en bekostiging"),
          ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, maar ten hoogste "
                "voor vier schooljaren. Een TLV voor het so geldt standaard twee schooljaren en vermeldt de "
                "bekostigingscategorie laag, midden of hoog. Tegen het besluit kunnen ouders binnen zes weken "
                "bezwaar maken; het samenwerkingsverband vraagt dan advies aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "2.5 Als de TLV afloopt"),
          ("p", "Plaatsing in het sbo of so is in Lingegouw nooit bedoeld als eindstation. Wij vinden dat een "
                "leerling zo thuisnabij mogelijk naar school hoort te gaan en dat een stap terug naar een "
                "reguliere basisschool steeds serieus moet worden overwogen wanneer het ontwikkelingsperspectief "
                "daar aanleiding toe geeft. Een terugkeer is aan de orde als de leerling de doelen uit het OPP "
                "grotendeels heeft bereikt, de ondersteuningsbehoefte binnen de tweede laag past en er een "
                "ontvangende school is die de ondersteuning kan bieden."),
          ("p", "De procedure is als volgt. Ieder jaar, en uiterlijk in februari van het laatste jaar waarvoor "
                "de TLV geldt, houdt de sbo- of so-school een evaluatiegesprek over het OPP, waarbij de ouders, de "
                "leerkracht en de consulent van het samenwerkingsverband aanwezig zijn. De speciale school neemt "
                "hiertoe het initiatief. Op basis van dat gesprek adviseert de consulent over verlenging of "
                "terugkeer; de directeur-bestuurder besluit vóór 1 april. Bij een besluit tot terugkeer meldt de "
                "speciale school de leerling samen met de ouders aan bij de ontvangende basisschool en vindt "
                "vóór 1 juni een warme overdracht plaats."),
          ("p", "Na de overstap krijgt de leerling een terugkeerarrangement: gedurende zes maanden begeleidt een "
                "leerkracht van de speciale school de ontvangende school een dagdeel per week. Het "
                "samenwerkingsverband bekostigt dit arrangement volledig. Na drie en na zes maanden wordt het "
                "arrangement geëvalueerd.")]
    # Koers 3: dekkend aanbod lacunes present, OOGO
    b += [("h1", "Koers 3 — Niemand tussen wal en schip"),
          ("p", "Ondanks alle inspanningen zijn er kinderen die tijdelijk of langdurig geen passende plek hebben. "
                "Dat vinden wij onaanvaardbaar. In Koers 3 beschrijven we hoe we die situaties opsporen en "
                "oplossen."),
          ("h2", "3.1 Signaleren"),
          ("p", "Scholen melden iedere leerling die langer dan tien schooldagen geen onderwijs volgt, of die "
                "gedeeltelijk is vrijgesteld, bij het samenwerkingsverband en bij leerplicht. Elke zes weken komt "
                "het thuiszittersoverleg bijeen, met de leerplichtambtenaren van de drie gemeenten, een consulent "
                "en een jeugdconsulent. Voor iedere gemelde leerling wordt binnen tien schooldagen een "
                "trajectbegeleider aangewezen, die met ouders en school een plan maakt met een uiterste datum "
                "waarop de leerling weer onderwijs volgt."),
          ("h2", "3.2 Witte vlekken"),
          ("p", "Elk jaar in het najaar analyseren we samen met de besturen waar ons aanbod tekortschiet: welke "
                "leerlingen wachten, hoe lang, en waarom. Uit de analyse van 2024 bleek dat er geen passend aanbod "
                "is voor jonge kinderen (4 tot 6 jaar) met ernstige gedragsproblematiek, die nu te lang wachten op "
                "een so-plek. Daarom start per 1 januari 2026 een tweede observatiegroep voor acht leerlingen in "
                "Oosterwaard. Het bestuur van de school waar de leerling staat ingeschreven blijft zorgplichtig "
                "tot er een passende plek is; lukt dat niet binnen zes weken, dan neemt de directeur-bestuurder "
                "de regie over.")]
    b += f_oogo(c, substantive=True)
    # Koers 4: governance, financien partial (besteding missing)
    b += [("h1", "Koers 4 — Slim organiseren")]
    b += f_governance(c)
    b += f_inspectie(c)
    b += f_opr(c, with_parents=True)
    b += [("h2", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
                "Na aftrek van de afdrachten aan het speciaal onderwijs, die DUO rechtstreeks inhoudt, en van de "
                "bekostiging van het sbo boven de 2%-grens, verdeelt Lingegouw de middelen volgens een vast model. "
                "Iedere school ontvangt een schoolbudget van € 165 per leerling, gemeten op de teldatum 1 oktober "
                "van het voorgaande jaar, plus een vaste voet van € 7.500 per vestiging. Het schoolbudget wordt "
                "in twee termijnen (september en februari) aan het bestuur overgemaakt. Bovenschoolse voorzieningen "
                "(Koers 1.2) worden centraal georganiseerd; een school vraagt een plek aan via het loket."),
          ("p", "De meerjarenbegroting voor de jaren 2025 tot en met 2029 wordt jaarlijks in december door de "
                "directeur-bestuurder vastgesteld en is als bijlage 6 bij dit plan gevoegd.")]
    b += f_personeel(c)
    b += f_arbeidsmarkt(c)
    b += f_ict(c)
    b += f_professionalisering(c)
    # Communicatie: ouders partial (steunpunt missing)
    b += [("h1", "Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Lingegouw communiceert met scholen, "
                "besturen, partners en ouders. Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief "
                "en is er een besloten deel van de website met formats en werkwijzers."),
          ("p", "Ouders informeren wij op verschillende manieren over de ondersteuning die scholen en het "
                "samenwerkingsverband bieden. Op de website staat een aparte ouderpagina met uitleg over de "
                "bouwstenen van Koers 1, de bovenschoolse voorzieningen en de route naar een TLV. Bij de "
                "inschrijving op een basisschool ontvangen ouders de folder 'Passend onderwijs in Lingegouw'. "
                "Elke school neemt in de schoolgids een paragraaf op over haar ondersteuning en verwijst daarin "
                "naar de ouderpagina. Twee keer per jaar organiseren we een informatieavond voor ouders, één in "
                "het voorjaar in Lingedal en één in het najaar in Gouwmeer."),
          ("p", "Een onafhankelijk steunpunt voor ouders richten wij in zodra de wetgeving daartoe verplicht. Tot "
                "die tijd kunnen ouders met vragen of zorgen terecht bij de intern begeleider of de directeur van "
                "de school van hun kind.")]
    # resultaten missing
    b += [("h1", "Opbrengsten en resultaten"),
          ("p", "Wij willen zichtbaar maken wat passend onderwijs oplevert voor kinderen. De beoogde resultaten "
                "voor deze planperiode leggen we vast in het eerste jaarplan, dat in het najaar van 2025 "
                "verschijnt. Over de wijze waarop we de resultaten volgen en erover rapporteren, volgt in de loop "
                "van de planperiode een afzonderlijk kwaliteitskader.")]
    b += f_planning(c)
    b += f_vaststelling(c)
    b += glossary([
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
                               "scholen bieden."],
        ["Bezwaar", "Procedure waarmee ouders een besluit over toelaatbaarheid kunnen laten heroverwegen."],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft."],
        ["Meerjarenbegroting", "Begroting die de financiële gevolgen van het beleid over meerdere jaren laat zien."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend "
                                     "onderwijs."],
        ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra "
                       "ondersteuning nodig hebben."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Terugplaatsing", "Overstap van een leerling van sbo of so naar het reguliere basisonderwijs."],
    ])
    return b


# --------------------------------------------------------------------------------------
# plan 2: VO, .docx, 'Pijler A..D'
# --------------------------------------------------------------------------------------

C2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Hollands Veenland", short="SWV Veenland",
          code="VO 28-14", period="2025-2029", staff_word="ondersteuningscoördinatoren",
          director="A.J. (Anton) Reijnierse MEd", raad="VO-raad",
          gemeenten="Veenendam, Hoogkerk-Veen en Turfhaven",
          boards=[["Stichting Veenland College", "4", "5.210"], ["Stichting Christelijk VO Turfhaven", "3", "3.044"],
                  ["Stichting Praktijkonderwijs Veenstreek", "1", "388"], ["OSG Hoogkerk", "2", "1.902"],
                  ["Stichting Cluster 4 VSO De Dijk", "2", "296"]],
          opr_dates="4 december 2024 en 12 februari 2025", opr_consent="19 maart 2025",
          oogo_date="6 maart 2025", other_swv="Samenwerkingsverband PO Veenland en Omstreken",
          vastgesteld="27 maart 2025", fte="16,2")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2025-2029 — Ruimte voor ieder talent"),
         ("p", c["name"] + " (" + c["code"] + ")"),
         ("h1", "Inhoud"),
         ("ul", ["Voorwoord", "Onze regio", "Visie, missie en kernwaarden", "Terugblik op de vorige planperiode",
                 "Pijler A — Basis op orde", "Pijler B — Routes naar een passende plek (vso, lwoo, pro)",
                 "Pijler C — Een samenhangend aanbod", "Pijler D — Sturen op effect",
                 "Geld en middelen", "Organisatie", "Communicatie", "Planning en cyclus", "Vaststelling",
                 "Begrippenlijst"])]
    b += f_voorwoord(c)
    b += f_totstandkoming(c)
    b += f_regio(c)
    b += f_visie(c)
    b += f_terugblik(c)
    # Pijler A: BO partial (inhoud missing)
    b += [("h1", "Pijler A — Basis op orde"),
          ("p", "Alle negen scholen voor voortgezet onderwijs in Veenland, met samen zeventien vestigingen, hebben "
                "zich verbonden aan één gemeenschappelijk niveau van basisondersteuning. Dat niveau is de "
                "ondergrens: geen enkele vestiging biedt minder, ongeacht schoolsoort of denominatie. Het geldt "
                "ook voor de vestigingen voor praktijkonderwijs."),
          ("p", "Wat dat niveau concreet inhoudt — welke voorzieningen, welke expertise en welke interventies een "
                "leerling op iedere vestiging kan verwachten — is uitgewerkt in de Kaart Basisondersteuning VO "
                "Veenland. Die kaart wordt in het najaar van 2025 door de algemene vergadering vastgesteld en "
                "daarna op de website geplaatst. Scholen nemen de kaart over in hun schoolgids."),
          ("p", "Wij beseffen dat de basisondersteuning de afgelopen jaren onder druk stond door het "
                "lerarentekort. Juist daarom willen we investeren in de kwaliteit van mentoraat en in het "
                "vakmanschap van ondersteuningscoördinatoren.")]
    # Pijler B: plaatsing present, terugstroom partial (procedure missing)
    b += [("h1", "Pijler B — Routes naar een passende plek"),
          ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, "
                "over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het "
                "praktijkonderwijs (pro). Alle drie de routes lopen via het Loket Veenland."),
          ("h2", "B.1 Voortgezet speciaal onderwijs"),
          ("p", "De aanvraag voor een TLV vso wordt ingediend door het bevoegd gezag van de school waar de "
                "leerling is ingeschreven of aangemeld. Het dossier bevat het ontwikkelingsperspectiefplan, een "
                "overzicht van de ingezette ondersteuning in de afgelopen twaalf maanden en, waar beschikbaar, "
                "onderzoeksverslagen. Het loket controleert binnen vijf werkdagen of het dossier volledig is. De "
                "Commissie Toelaatbaarheid Veenland vraagt vervolgens advies aan twee deskundigen: een "
                "orthopedagoog-generalist of GZ-psycholoog, en een tweede deskundige die past bij de situatie van de "
                "leerling. De directeur-bestuurder neemt binnen zes weken een besluit."),
          ("p", "Een TLV vso wordt afgegeven als aan de volgende voorwaarden is voldaan:"),
          ("table", [["Criterium", "Toelichting"],
                     ["1. Handelingsverlegenheid aangetoond", "De school heeft minimaal twee cycli van het OPP "
                      "(samen ten minste zes maanden) doorlopen, inclusief een extra-ondersteuningsarrangement."],
                     ["2. Ondersteuningsbehoefte overstijgt regulier aanbod", "Ook met inzet van het OPDC of een "
                      "bovenschools arrangement kan de leerling niet binnen het regulier onderwijs worden "
                      "geholpen."],
                     ["3. Doelgroep vso", "De ondersteuningsbehoefte sluit aan bij het aanbod van een vso-school "
                      "in cluster 3 of 4 (intensieve gedragsbegeleiding, zeer kleine groep, medische zorg)."],
                     ["4. Perspectief", "Er is een uitstroomperspectief geformuleerd dat in het vso realistisch "
                      "haalbaar is."]]),
          ("p", "Een TLV vso is geldig voor twee schooljaren, of korter wanneer de commissie dat adviseert, en "
                "vermeldt de bekostigingscategorie."),
          ("h2", "B.2 Leerwegondersteunend onderwijs"),
          ("p", "SWV Veenland hanteert de landelijke criteria voor lwoo en maakt geen gebruik van de "
                "mogelijkheid van eigen criteria. Een leerling komt in aanmerking bij een IQ tussen 75 en 90 en "
                "een leerachterstand van 25 tot 50 procent op ten minste twee van de domeinen begrijpend lezen, "
                "inzichtelijk rekenen, technisch lezen en spellen (waarvan één begrijpend lezen of rekenen), of bij "
                "een IQ tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele problematiek. De "
                "vo-school vraagt de aanwijzing aan via het loket vóór 1 mei voorafgaand aan het eerste leerjaar; "
                "de commissie beslist binnen vier weken. De aanwijzing geldt voor de duur van de opleiding."),
          ("h2", "B.3 Praktijkonderwijs"),
          ("p", "Voor pro gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van 50 "
                "procent of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk "
                "rekenen. De pro-school dient de aanvraag in; de commissie beslist binnen vier weken en de TLV pro "
                "geldt voor de gehele opleiding."),
          ("h2", "B.4 Na het vso"),
          ("p", "Veenland wil dat leerlingen in het vso de kans krijgen om terug te keren naar het regulier "
                "voortgezet onderwijs wanneer hun ontwikkeling dat toelaat. Uitgangspunt is dat elke verlenging "
                "van een TLV vso een bewuste keuze is en geen automatisme. Terugkeer is aan de orde als de "
                "leerling stabiel functioneert in een groep van meer dan twaalf leerlingen, de doelen van het OPP "
                "op het gebied van gedrag grotendeels heeft behaald, en een reguliere school in de regio het "
                "onderwijsniveau kan bieden. Na terugkeer krijgt de leerling gedurende een jaar begeleiding van een "
                "terugkeercoach van het samenwerkingsverband, die wekelijks contact heeft met de leerling en de "
                "mentor."),
          ("p", "Het stappenplan voor terugplaatsing — wie het initiatief neemt, op welke momenten wordt "
                "geëvalueerd en wie besluit — stellen we in 2026 samen met De Dijk op.")]
    # Pijler C: dekkend aanbod partial (lacunes missing)
    b += [("h1", "Pijler C — Een samenhangend aanbod"),
          ("p", "Het ondersteuningsaanbod in Veenland is opgebouwd als een trap met vier treden. De eerste trede "
                "is de basisondersteuning van de vestiging (Pijler A). De tweede trede is de extra ondersteuning "
                "binnen de school: elke school heeft een ondersteuningsteam met een orthopedagoog, een "
                "schoolmaatschappelijk werker en de ondersteuningscoördinator, en kan voor individuele leerlingen "
                "arrangementen inzetten, zoals een trajectklas of een individueel begeleidingstraject. De derde "
                "trede bestaat uit bovenschoolse voorzieningen: het OPDC De Brug (maximaal zes maanden, 40 plaatsen) "
                "en de Rebound-voorziening (acht tot twaalf weken, voor leerlingen met ernstige gedragsproblemen). De "
                "vierde trede is het vso en het praktijkonderwijs."),
          ("p", "Tussen de treden bestaan vaste overgangen: een school kan na bespreking in het ondersteuningsteam "
                "een plaats in het OPDC of de Rebound aanvragen bij het loket; de leerling blijft ingeschreven op "
                "de eigen school, die verantwoordelijk blijft voor de terugkeer."),
          ("p", "Een aanpak voor thuiszitters en een overzicht van plekken waar het aanbod tekortschiet, werken wij "
                "in de loop van 2026 uit met de leerplichtambtenaren. Tot die tijd blijven de bestaande afspraken "
                "tussen scholen en leerplicht van kracht.")]
    # Pijler D: resultaten present
    b += [("h1", "Pijler D — Sturen op effect"),
          ("p", "Wij willen weten of wat we doen ook werkt. Daarom hebben we voor deze planperiode concrete "
                "doelen geformuleerd voor leerlingen die extra ondersteuning nodig hebben."),
          ("table", [["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                     ["Leerlingen met een OPP halen hun doelen", "% OPP's waarin doelen grotendeels behaald",
                      "68%", "80%"],
                     ["Meer leerlingen in regulier onderwijs", "Deelnamepercentage vso", "4,1%", "3,6%"],
                     ["OPDC werkt als tussenstap", "% OPDC-leerlingen binnen 6 maanden terug op eigen school",
                      "71%", "85%"],
                     ["Leerlingen voelen zich gezien", "Waardering leerlingen met OPP (schaal 1-10)", "6,8", "7,5"]]),
          ("p", "De voortgang op deze doelen meten we met een dashboard dat het bureau elk kwartaal vult met "
                "gegevens uit het loket en uit de leerlingvolgsystemen van de scholen. Twee keer per jaar voert de "
                "directeur-bestuurder met ieder bestuur een gesprek over de cijfers van dat bestuur. Eens per jaar "
                "houden we een tevredenheidspeiling onder leerlingen met een OPP en onder ondersteuningscoördinatoren. "
                "De bereikte resultaten rapporteren we in het jaarverslag, dat uiterlijk 1 juli verschijnt, en "
                "bespreken we met de OPR en de raad van toezicht. Halverwege de planperiode laten we een externe "
                "evaluatie uitvoeren.")]
    # Geld en middelen: financien present
    b += [("h1", "Geld en middelen"),
          ("p", "De middelen voor lichte ondersteuning, lwoo en pro ontvangt het samenwerkingsverband van het Rijk. "
                "De middelen voor zware ondersteuning worden deels rechtstreeks door DUO aan het vso overgedragen."),
          ("h2", "Verdeling"),
          ("p", "De middelen lichte ondersteuning worden als volgt toegekend aan de schoolbesturen: een vast bedrag "
                "van € 95 per leerling (teldatum 1 oktober t-1), plus een vaste voet van € 20.000 per vestiging. "
                "De lwoo- en pro-middelen worden voor 100% doorgegeven aan de besturen met lwoo- en pro-leerlingen, "
                "naar rato van het aantal aanwijzingen respectievelijk TLV's pro. Het OPDC, de Rebound en het loket "
                "worden centraal bekostigd. Besluiten over de verdeling neemt de directeur-bestuurder na advies van "
                "de algemene vergadering, jaarlijks in november."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten lichte ondersteuning", "4.120", "4.080", "4.030", "3.990"],
                     ["Baten lwoo en pro", "6.340", "6.300", "6.250", "6.190"],
                     ["Toekenning schoolbesturen lichte ondersteuning", "1.890", "1.875", "1.860", "1.845"],
                     ["Doorbetaling lwoo en pro", "6.340", "6.300", "6.250", "6.190"],
                     ["OPDC De Brug en Rebound", "1.250", "1.260", "1.270", "1.280"],
                     ["Terugkeercoaches", "180", "185", "190", "195"],
                     ["Loket en bureau", "780", "790", "800", "810"],
                     ["Resultaat", "20", "-30", "-90", "-140"]]),
          ("p", "Het negatieve resultaat vanaf 2026 is bewust gekozen: de algemene reserve (ultimo 2024 € 1,4 "
                "miljoen) ligt boven de signaleringswaarde en wordt in vier jaar teruggebracht. Besturen leggen in "
                "hun jaarverslag verantwoording af over de besteding van de toegekende middelen.")]
    b += [("h1", "Organisatie")]
    b += f_governance(c)
    b += f_inspectie(c)
    b += f_opr(c, with_parents=False)
    b += f_oogo(c, substantive=True)
    b += f_personeel(c)
    b += f_arbeidsmarkt(c)
    b += f_ict(c)
    b += f_professionalisering(c)
    b += [("h1", "Communicatie"),
          ("p", "SWV Veenland communiceert vooral via de scholen. Ondersteuningscoördinatoren ontvangen maandelijks "
                "een nieuwsbrief; schoolleiders komen vier keer per jaar bijeen. Met de gemeenten delen we "
                "tweemaal per jaar een factsheet. Jaarlijks organiseren we een netwerkbijeenkomst voor alle "
                "partners in onderwijs en jeugdhulp. Ouders en leerlingen zijn voor ons belangrijke partners; zij "
                "staan centraal in alles wat we doen.")]
    b += f_planning(c)
    b += f_vaststelling(c)
    b += glossary([
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en leerlingen terecht kunnen met "
                 "vragen en bij onenigheid."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Ouders", "Ouders, verzorgers en voogden van leerlingen."],
        ["Pro", "Praktijkonderwijs."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
        ["Voorlichting", "Informatie aan ouders over de ondersteuningsmogelijkheden in de regio."],
    ])
    return b


# --------------------------------------------------------------------------------------
# plan 3: VO, .pdf, 'Koers 1..4'
# --------------------------------------------------------------------------------------

C3 = dict(name="Samenwerkingsverband VO Kromme Linde", short="Kromme Linde", code="VO 33-07",
          period="2025-2029", staff_word="ondersteuningscoördinatoren", director="ir. S. (Samira) El Idrissi",
          raad="VO-raad", gemeenten="Lindeveld, Kromwijk en Ammersloot",
          boards=[["Stichting Lindecollege", "3", "4.410"], ["Stichting Openbaar VO Kromwijk", "2", "2.380"],
                  ["Stichting Christelijk Lyceum Ammersloot", "1", "1.520"],
                  ["Stichting Praktijkschool De Werf", "1", "310"], ["Stichting VSO Het Anker", "1", "205"]],
          opr_dates="15 januari en 19 februari 2025", opr_consent="12 maart 2025", oogo_date="26 februari 2025",
          other_swv="Samenwerkingsverband PO Kromme Linde", vastgesteld="20 maart 2025", fte="9,8")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan Kromme Linde 2025-2029"),
         ("p", c["name"] + " | " + c["code"]),
         ("h1", "Inhoudsopgave"),
         ("ul", ["Voorwoord", "Onze regio", "Visie, missie en kernwaarden",
                 "Koers 1 — Een stevige ondergrens", "Koers 2 — Passende routes",
                 "Koers 3 — Sturen en leren", "Koers 4 — Organisatie en middelen",
                 "Communicatie", "Terug- en overplaatsing", "Planning en cyclus", "Vaststelling",
                 "Begrippenlijst"])]
    b += f_voorwoord(c)
    b += f_totstandkoming(c)
    b += f_regio(c)
    b += f_visie(c)
    b += f_terugblik(c)
    # Koers 1: BO present, unusual wording
    b += [("h1", "Koers 1 — Een stevige ondergrens"),
          ("p", "Wat een leerling in Kromme Linde op school aan hulp krijgt, mag niet afhangen van de school die "
                "hij toevallig kiest. Daarom hebben de besturen een ondergrens afgesproken die op iedere vestiging "
                "geldt, van praktijkschool tot gymnasium. Die ondergrens noemen we 'het vaste pakket'. Het vaste "
                "pakket is beschikbaar voor iedere leerling die het nodig heeft, zonder tussenkomst van het "
                "samenwerkingsverband."),
          ("p", "Het vaste pakket bestaat op elke vestiging uit:"),
          ("ul", ["een mentor met ten minste één lesuur per week mentortijd per klas en een individueel "
                  "mentorgesprek per leerling per periode;",
                  "een ondersteuningscoördinator en een ondersteuningsteam dat ten minste zes keer per jaar "
                  "bijeenkomt;",
                  "faciliteiten bij dyslexie en dyscalculie (extra tijd, vergrote teksten, voorleessoftware, "
                  "rekenkaart) volgens een schoolbreed protocol;",
                  "trainingen sociale vaardigheden en faalangstreductie, minimaal twee keer per jaar aangeboden;",
                  "een check-in/check-out-aanpak voor leerlingen met gedrags- of concentratieproblemen;",
                  "een time-out- en opvangruimte met een vaste begeleider gedurende alle lesuren;",
                  "inzet van een orthopedagoog voor observatie en handelingsadvies binnen vier weken na een "
                  "vraag van het ondersteuningsteam;",
                  "een protocol medisch handelen en afspraken over toegankelijkheid."]),
          ("p", "Jaarlijks vullen de vestigingen een zelfevaluatie in op het vaste pakket; eens in de twee jaar "
                "volgt een collegiale visitatie door ondersteuningscoördinatoren van een andere school.")]
    # Koers 2: DA present, PL partial (procedure missing), TS only deferral elsewhere
    b += [("h1", "Koers 2 — Passende routes"),
          ("h2", "2.1 Het aanbod in samenhang"),
          ("p", "Boven op het vaste pakket kent Kromme Linde een opbouw van steeds intensievere ondersteuning. "
                "Binnen de eigen school zet het ondersteuningsteam arrangementen in, zoals een plusprogramma, een "
                "trajectvoorziening of begeleiding door een ambulant begeleider. Tussen de scholen bestaan drie "
                "bovenschoolse voorzieningen: OPDC De Overstap (tijdelijke plaatsing tot maximaal één schooljaar), "
                "het Rebound-programma (acht weken) en de Taalschakelklas voor nieuwkomers (ISK). Daarna volgen het "
                "praktijkonderwijs van De Werf en het vso van Het Anker (cluster 4), terwijl leerlingen met een "
                "cluster 3-behoefte terecht kunnen op twee vso-scholen buiten de regio waarmee een "
                "samenwerkingsovereenkomst is gesloten."),
          ("h2", "2.2 Niemand buiten beeld"),
          ("p", "Iedere maand bespreekt de thuiszitterstafel — met leerplicht, het samenwerkingsverband, de "
                "betrokken school en het wijkteam — alle leerlingen die langer dan vier weken niet of gedeeltelijk "
                "naar school gaan. Onze norm is dat geen leerling langer dan drie maanden zonder onderwijsaanbod "
                "is. De wachtlijstmonitor laat elk kwartaal zien waar leerlingen wachten. Uit de laatste monitor "
                "blijkt een tekort aan plekken voor leerlingen met internaliserende problematiek (angst, "
                "depressie) die niet naar school durven. Daarom start in januari 2026 een schoolvervangend "
                "dagprogramma voor twaalf leerlingen in samenwerking met de jeugd-GGZ, met als doel terugkeer naar "
                "de eigen school binnen een jaar."),
          ("h2", "2.3 Toelaatbaarheid: de criteria"),
          ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor vso en pro, en besluit over "
                "lwoo. De criteria zijn:"),
          ("table", [["Voorziening", "Criteria"],
                     ["Vso (cluster 3 en 4)", "De leerling heeft een ondersteuningsbehoefte op meerdere domeinen "
                      "(leren, gedrag, sociaal-emotioneel, medisch) die de mogelijkheden van de reguliere school "
                      "en van het OPDC aantoonbaar overstijgt; er zijn ten minste twee OPP-evaluaties met "
                      "ingezette arrangementen; de leerling heeft een kleine groep (maximaal twaalf leerlingen) en "
                      "permanente nabijheid van gespecialiseerde begeleiding nodig."],
                     ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van 50% of meer op "
                      "ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."],
                     ["Lwoo", "Landelijke criteria: IQ 75-90 met leerachterstand 25-50% op twee domeinen, of IQ "
                      "91-120 met leerachterstand en sociaal-emotionele problematiek."]]),
          ("p", "Hoe en bij wie de aanvraag wordt ingediend, welke stukken nodig zijn en binnen welke termijn "
                "wordt beslist, is beschreven in de Werkwijzer Toewijzing Kromme Linde op onze website.")]
    # Koers 3: resultaten partial (monitoring missing)
    b += [("h1", "Koers 3 — Sturen en leren"),
          ("p", "Kromme Linde wil over vier jaar het volgende hebben bereikt voor leerlingen met een "
                "ondersteuningsbehoefte:"),
          ("ul", ["90% van de leerlingen die het OPDC verlaten, volgt een jaar later nog onderwijs op een "
                  "reguliere school;",
                  "het deelnamepercentage vso is in 2029 ten hoogste 2,8%;",
                  "ten minste 85% van de leerlingen met een OPP behaalt een startkwalificatie of het "
                  "uitstroomprofiel dat in het OPP is vastgelegd;",
                  "de tevredenheid van leerlingen met een OPP over de begeleiding is gemiddeld een 7,5 of hoger."]),
          ("p", "Hoe wij deze doelen volgen, met welke bronnen en op welke momenten we erover rapporteren, werken "
                "we uit in een monitoringsplan. Dat plan komt in het voorjaar van 2026 gereed en wordt daarna aan "
                "de OPR voorgelegd.")]
    # Koers 4: financien partial (verdeling missing)
    b += [("h1", "Koers 4 — Organisatie en middelen")]
    b += f_governance(c)
    b += f_inspectie(c)
    b += f_opr(c, with_parents=True)
    b += [("h2", "Middelen"),
          ("p", "Het huidige verdeelmodel loopt af op 31 juli 2026. Welk model daarna geldt, en volgens welke "
                "criteria de middelen dan over de besturen worden verdeeld, is nog onderwerp van gesprek in de "
                "algemene vergadering (p.m.)."),
          ("p", "De begroting voor de planperiode ziet er als volgt uit:"),
          ("table", [["Lasten (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Ondersteuningsmiddelen naar scholen", "2.480", "2.450", "2.420", "2.400"],
                     ["OPDC De Overstap", "960", "970", "985", "995"],
                     ["Rebound en Taalschakelklas", "410", "415", "420", "425"],
                     ["Schoolvervangend dagprogramma", "0", "240", "245", "250"],
                     ["Doorbetaling lwoo en pro", "4.870", "4.840", "4.810", "4.790"],
                     ["Bureau en toewijzing", "690", "700", "710", "720"],
                     ["Totaal lasten", "9.410", "9.615", "9.590", "9.580"],
                     ["Totaal baten", "9.520", "9.500", "9.480", "9.470"]])]
    b += f_oogo(c, substantive=True)
    b += f_personeel(c)
    b += f_arbeidsmarkt(c)
    b += f_ict(c)
    b += f_professionalisering(c)
    # Communicatie: ouders present
    b += [("h1", "Communicatie"),
          ("p", "Communicatie is bij ons geen sluitstuk maar een kerntaak. Voor scholen en partners verschijnt "
                "een kwartaalbericht."),
          ("p", "Ouders vinden op onze website de pagina 'Voor ouders' met uitleg over het vaste pakket, de "
                "bovenschoolse voorzieningen en de routes naar vso, lwoo en pro. Iedere vo-school neemt in haar "
                "schoolgids op welke ondersteuning zij biedt en verwijst naar die pagina. Voor ouders van leerlingen "
                "in groep 8 verschijnt jaarlijks in oktober de brochure 'Ouderwijzer: de overstap met "
                "ondersteuning', die via de basisscholen wordt verspreid, en in november houden we in elke "
                "gemeente een informatieavond."),
          ("p", "Ouders of leerlingen die vastlopen, een second opinion willen of het niet eens zijn met de "
                "school, kunnen kosteloos terecht bij het Ouder- en Jeugdsteunpunt Kromme Linde. Het steunpunt "
                "werkt onafhankelijk van scholen en samenwerkingsverband, is telefonisch bereikbaar op werkdagen en "
                "houdt wekelijks spreekuur in Lindeveld. Daarnaast kunnen ouders een beroep doen op de landelijke "
                "onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, op de "
                "Geschillencommissie passend onderwijs.")]
    b += [("h1", "Terug- en overplaatsing"),
          ("p", "Over terug- en overplaatsing vanuit het vso naar het regulier voortgezet onderwijs maken we in de "
                "planperiode nadere afspraken met Het Anker. Die afspraken komen in een volgende versie van dit "
                "plan.")]
    b += f_planning(c)
    b += f_vaststelling(c)
    b += glossary([
        ["Meerjarenbegroting", "Begroting over meerdere jaren."],
        ["Monitoring", "Het systematisch volgen van resultaten."],
        ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs na afloop van de "
                           "TLV."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelmodel", "De regels waarmee de ondersteuningsmiddelen over de besturen worden verdeeld."],
        ["Vast pakket", "De basisondersteuning in Kromme Linde."],
    ])
    return b


# --------------------------------------------------------------------------------------
# plan 4: PO, .pdf, 'Pijler A..D'
# --------------------------------------------------------------------------------------

C4 = dict(name="Samenwerkingsverband Primair Onderwijs De Brede Delta", short="De Brede Delta", code="PO 32-19",
          period="2025-2029", staff_word="intern begeleiders", director="mr. drs. H. (Henk) Oudejans",
          raad="PO-Raad", gemeenten="Deltastad, Schelpenwaard, Molenpolder en Oesterdijk",
          boards=[["Stichting Primair Deltastad", "15", "4.120"], ["Stichting Eilandscholen", "11", "1.630"],
                  ["Vereniging Christelijk PO Schelpenwaard", "6", "1.415"],
                  ["Stichting SBO De Kompasroos", "2", "265"], ["Stichting Cluster 3 en 4 Delta", "3", "380"]],
          opr_dates="13 januari, 10 februari en 10 maart 2025", opr_consent="17 maart 2025",
          oogo_date="4 maart 2025", other_swv="Samenwerkingsverband VO Delta", vastgesteld="25 maart 2025",
          fte="14,0")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", c["name"] + " — " + c["code"]),
         ("p", "Versie ter vaststelling"),
         ("h1", "Inhoudsopgave"),
         ("ul", ["Voorwoord", "Onze regio", "Visie, missie en kernwaarden", "Terugblik op de vorige planperiode",
                 "Pijler A — Ieder kind een plek", "Pijler B — Toelaatbaarheid en terugkeer",
                 "Pijler C — Resultaat zichtbaar maken", "Pijler D — Organisatie, financiën en ouders",
                 "Planning en cyclus", "Vaststelling", "Begrippenlijst"])]
    b += f_voorwoord(c)
    b += f_totstandkoming(c)
    b += f_regio(c)
    b += f_visie(c)
    b += f_terugblik(c)
    b += [("p", "Wat scholen in De Brede Delta minimaal aan ondersteuning moeten bieden, leggen we vast zodra de "
                "landelijke norm voor basisondersteuning van kracht is. Vooruitlopend daarop starten we in 2026 "
                "een verkenning met de besturen.")]
    # Pijler A: DA partial (continuum missing, lacunes present)
    b += [("h1", "Pijler A — Ieder kind een plek"),
          ("p", "Geen kind in de Delta mag thuis komen te zitten omdat volwassenen het niet eens worden. Dat is "
                "de belofte die de besturen elkaar in deze pijler doen."),
          ("h2", "A.1 Melden en volgen"),
          ("p", "Scholen melden binnen vijf schooldagen aan het samenwerkingsverband en aan leerplicht wanneer een "
                "leerling niet meer (volledig) naar school gaat of wanneer een passende plek ontbreekt. De "
                "Thuiszitterstafel Delta, met leerplicht, de consulent van het samenwerkingsverband, het wijkteam "
                "en de betrokken school, bespreekt iedere melding binnen twee weken en wijst een regisseur aan."),
          ("h2", "A.2 Zorgplicht onder druk"),
          ("p", "In 2024 waren er in de Delta gemiddeld twaalf thuiszitters; vier van hen hadden geen passende "
                "plek omdat de so-groepen voor cluster 4 vol waren. Wanneer een school binnen tien weken geen "
                "passende plek heeft gevonden, roept de directeur-bestuurder de besturen bijeen; het bestuur met de "
                "meeste capaciteit neemt dan de leerling tijdelijk op. Om de wachtlijst terug te dringen openen we "
                "per 1 februari 2026 een tussenvoorziening met acht plaatsen in Deltastad."),
          ("h2", "A.3 Het aanbod"),
          ("p", "Een overzicht van de arrangementen en voorzieningen binnen en tussen de scholen is te vinden op "
                "de sociale kaart op onze website. De verdere opbouw van het aanbod werken we de komende "
                "planperiode stap voor stap uit.")]
    # Pijler B: PL present, TS present
    b += [("h1", "Pijler B — Toelaatbaarheid en terugkeer"),
          ("h2", "B.1 Stappen naar een TLV"),
          ("ul", ["Stap 1 — De school bespreekt de leerling in het multidisciplinair overleg (MDO) met ouders en "
                  "consulent, en stelt het OPP bij.",
                  "Stap 2 — Het bevoegd gezag van de school dient via het digitale aanvraagsysteem een aanvraag "
                  "in, met OPP, groeidocument, onderwijskundig rapport en de zienswijze van ouders.",
                  "Stap 3 — Het secretariaat van de Commissie Toelaatbaarheid Delta controleert de aanvraag binnen "
                  "vijf werkdagen op volledigheid.",
                  "Stap 4 — Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of "
                  "psycholoog, en een tweede deskundige (maatschappelijk werker, arts, kinderpsychiater of "
                  "pedagoog) afhankelijk van de leerling.",
                  "Stap 5 — De commissie adviseert de directeur-bestuurder, die binnen zes weken na een volledige "
                  "aanvraag besluit. Ouders ontvangen het besluit en een afschrift van beide adviezen.",
                  "Stap 6 — Ouders die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken. "
                  "Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie."]),
          ("h2", "B.2 Wanneer is een leerling toelaatbaar?"),
          ("p", "Voor het speciaal basisonderwijs: de leerling heeft een ondersteuningsbehoefte die de extra "
                "ondersteuning van de reguliere school overstijgt, wat blijkt uit ten minste twee geëvalueerde "
                "OPP-periodes; de leerling heeft behoefte aan een kleine groep (maximaal zestien leerlingen) met "
                "een intensief, op leren en gedrag afgestemd programma; en er is geen medische of zorgcomponent "
                "die so noodzakelijk maakt."),
          ("p", "Voor het speciaal onderwijs (cluster 3 en 4): naast het voorgaande is sprake van een ernstige, "
                "langdurige belemmering in de ontwikkeling door een verstandelijke, lichamelijke of meervoudige "
                "beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problematiek, waardoor de "
                "leerling structureel specialistische begeleiding nodig heeft die het sbo niet kan bieden. De "
                "bekostigingscategorie (laag, midden of hoog) volgt uit de intensiteit van zorg en de "
                "groepsgrootte die nodig is."),
          ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so geldt twee schooljaren."),
          ("h2", "B.3 Terug naar de basisschool"),
          ("p", "De Brede Delta wil dat kinderen die in het sbo of so zijn gaan leren, waar mogelijk weer "
                "terugkeren naar een basisschool dicht bij huis. Voorwaarden zijn dat de leerling de OPP-doelen "
                "grotendeels heeft bereikt, dat zijn ondersteuningsbehoefte past binnen wat een basisschool met "
                "extra ondersteuning kan bieden, en dat ouders instemmen. Na de overstap krijgt de ontvangende "
                "school een overgangsarrangement van twintig uur begeleiding door de speciale school, te besteden "
                "in het eerste half jaar."),
          ("p", "Elk jaar in januari evalueert de speciale school het OPP van iedere leerling; in het laatste jaar "
                "van de TLV doet zij dat uiterlijk op 1 februari. De speciale school neemt het initiatief en nodigt "
                "ouders en de consulent uit. Adviseert het overleg terugkeer, dan besluit de directeur-bestuurder "
                "vóór 15 maart; de speciale school zoekt samen met ouders een ontvangende basisschool en regelt "
                "een proefperiode van vier weken. Adviseert het overleg voortzetting, dan vraagt de speciale "
                "school tijdig een nieuwe TLV aan.")]
    # Pijler C: resultaten present
    b += [("h1", "Pijler C — Resultaat zichtbaar maken"),
          ("p", "Wij hebben ons voor 2029 de volgende resultaten ten doel gesteld:"),
          ("table", [["Resultaatgebied", "Stand 2024", "Doel 2029"],
                     ["Deelnamepercentage sbo", "2,4%", "2,1%"],
                     ["Deelnamepercentage so", "1,9%", "1,7%"],
                     ["Aantal leerlingen dat terugkeert van sbo/so naar basisonderwijs", "9", "20 per jaar"],
                     ["Thuiszitters langer dan 3 maanden", "5", "0"],
                     ["Scholen die hun ondersteuning positief evalueren", "71%", "90%"]]),
          ("p", "Het bureau verzamelt de gegevens twee keer per jaar uit het aanvraagsysteem, de DUO-telling van 1 "
                "oktober en de leerplichtregistratie. In maart en september bespreken we de stand van zaken met "
                "de directeuren van de besturen. De bereikte resultaten verantwoorden we in het jaarverslag en in "
                "een publieksversie daarvan; de OPR en de raad van toezicht bespreken beide. In 2027 vindt een "
                "tussentijdse evaluatie plaats door een extern bureau.")]
    # Pijler D: organisation, financien missing, ouders partial (informatie missing)
    b += [("h1", "Pijler D — Organisatie, financiën en ouders")]
    b += f_governance(c)
    b += f_inspectie(c)
    b += f_opr(c, with_parents=True)
    b += f_oogo(c, substantive=True)
    b += f_personeel(c)
    b += f_arbeidsmarkt(c)
    b += f_ict(c)
    b += f_professionalisering(c)
    b += [("h2", "Financiën"),
          ("p", "Een goede besteding van de middelen vraagt om heldere afspraken. De financiële paragraaf van dit "
                "plan, met de verdeelsystematiek en de meerjarenbegroting, wordt als afzonderlijk document "
                "uitgewerkt en na instemming van de OPR aan dit plan toegevoegd."),
          ("h2", "Ouders"),
          ("p", "Hoe wij ouders informeren over de ondersteuningsvoorzieningen in de Delta, beschrijven we in ons "
                "communicatieplan, dat in 2026 wordt herzien."),
          ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, of die het niet eens zijn met de "
                "school of met het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Delta. Het "
                "steunpunt is onafhankelijk, kosteloos, en houdt op dinsdag- en donderdagochtend spreekuur in "
                "Deltastad en Schelpenwaard. Medewerkers van het steunpunt kunnen ouders begeleiden naar gesprekken "
                "op school. Ook kunnen ouders contact opnemen met Onderwijsconsulenten, een landelijke, "
                "onafhankelijke organisatie, en met de Geschillencommissie passend onderwijs.")]
    b += f_planning(c)
    b += f_vaststelling(c)
    b += glossary([
        ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de "
                               "onderwijsondersteuningsstructuur van elke school planmatig en op een "
                               "overeengekomen kwaliteitsniveau wordt uitgevoerd."],
        ["Dekkend aanbod", "Samenhangend geheel van voorzieningen."],
        ["Meerjarenbegroting", "Begroting voor de gehele planperiode."],
        ["Schoolondersteuningsprofiel", "Beschrijving van de ondersteuning die een school biedt."],
        ["Verdeelmodel", "Wijze waarop middelen over de besturen worden verdeeld."],
    ])
    return b


# --------------------------------------------------------------------------------------
# plan 5: PO, .html, 'Koers 1..4'
# --------------------------------------------------------------------------------------

C5 = dict(name="Stichting Passend Primair Onderwijs Het Zandeiland", short="Het Zandeiland", code="PO 30-41",
          period="2025-2029", staff_word="intern begeleiders", director="L. (Lotte) van Beek-Smits MSc",
          raad="PO-Raad", gemeenten="Zandhoven en Duinwijk",
          boards=[["Stichting Openbaar Onderwijs Zandhoven", "10", "2.310"],
                  ["Stichting Duinwijkse Scholen", "7", "1.480"],
                  ["Stichting Katholiek Primair Zandeiland", "6", "1.220"],
                  ["SBO De Vuurtoren", "1", "142"], ["Stichting SO Zeezicht", "2", "210"]],
          opr_dates="9 december 2024 en 17 februari 2025", opr_consent="10 maart 2025", oogo_date="3 maart 2025",
          other_swv="Samenwerkingsverband VO Zandeiland", vastgesteld="18 maart 2025", fte="7,6")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2025-2029 — Het Zandeiland"),
         ("p", c["name"] + " (" + c["code"] + ")"),
         ("h1", "Inhoudsopgave"),
         ("ul", ["Voorwoord", "Onze regio", "Visie, missie en kernwaarden", "Terugblik",
                 "Koers 1 — Sterk in de basis", "Koers 2 — Zo thuisnabij mogelijk (toelaatbaarheid, dekkend aanbod)",
                 "Koers 3 — Iedere euro telt", "Koers 4 — Leren van wat we doen",
                 "Ouders en scholen", "Organisatie", "Planning en cyclus", "Vaststelling", "Begrippenlijst"])]
    b += f_voorwoord(c)
    b += f_totstandkoming(c)
    b += f_regio(c)
    b += f_visie(c, light=True)
    b += f_terugblik(c)
    # Koers 1: BO present
    b += [("h1", "Koers 1 — Sterk in de basis"),
          ("p", "Het Zandeiland kent één basispakket dat op alle 23 basisscholen en alle nevenvestigingen "
                "hetzelfde is. De besturen hebben zich verplicht dit basispakket overal te leveren; het is het "
                "minimum waarop iedere ouder op het eiland mag rekenen."),
          ("p", "Het basispakket omvat de volgende minimumafspraken:"),
          ("table", [["Onderdeel", "Minimumafspraak"],
                     ["Intern begeleider", "Op iedere school een gecertificeerde intern begeleider, minimaal twee "
                      "dagen per week bij scholen boven 150 leerlingen."],
                     ["Vroegsignalering", "Twee keer per jaar een groepsbespreking per groep; observatie in groep 1 "
                      "en 2 met een vast instrument."],
                     ["Dyslexie", "Extra leesinstructie volgens het dyslexieprotocol; begeleiding naar "
                      "vergoede diagnostiek."],
                     ["Gedrag", "Een schoolbreed gedragsprotocol en een aandachtsfunctionaris; inzet van "
                      "korte gedragstrajecten van maximaal acht weken."],
                     ["Begaafdheid", "Compacten en verrijken in de groep voor leerlingen die meer aankunnen."],
                     ["Fysiek en medisch", "Een toegankelijke begane grond en een protocol medisch handelen."]]),
          ("p", "Het basispakket is in november 2024 door alle schoolbesturen ondertekend en geldt voor de "
                "gehele planperiode.")]
    # Koers 2: PL missing (reference), TS partial (beleid missing); DA only deferral
    b += [("h1", "Koers 2 — Zo thuisnabij mogelijk"),
          ("p", "Voor sommige leerlingen is een plek op sbo De Vuurtoren of op een van de so-locaties van Zeezicht "
                "de beste keuze. Daarvoor is een toelaatbaarheidsverklaring nodig. De volledige procedure, de "
                "criteria en de termijnen staan in het Handboek Toewijzing 2025, een afzonderlijk document dat op de "
                "website van Het Zandeiland te downloaden is."),
          ("h2", "Terug naar een reguliere school"),
          ("p", "Voor iedere leerling op De Vuurtoren of Zeezicht organiseert de school in het najaar van het "
                "laatste jaar van de TLV een terugkeergesprek. De speciale school nodigt daarvoor de ouders, de "
                "eigen leerkracht en de consulent van het samenwerkingsverband uit, en legt de uitkomst vast in het "
                "OPP. Blijkt terugkeer mogelijk, dan legt de consulent binnen twee weken een advies voor aan de "
                "directeur-bestuurder, die uiterlijk 1 maart besluit. Daarna volgt een kennismaking op de "
                "ontvangende school en een overdracht vóór de zomervakantie. Is terugkeer niet mogelijk, dan vraagt "
                "de speciale school vóór 1 april een nieuwe TLV aan."),
          ("p", "Een beleidskader voor terugplaatsing, met de uitgangspunten en voorwaarden, volgt zodra de "
                "evaluatie van de huidige werkwijze is afgerond."),
          ("p", "Een analyse van het dekkend aanbod op het eiland en de aanpak van thuiszitten worden opgenomen in "
                "het jaarplan 2026.")]
    # Koers 3: financien present, verdeling in table
    b += [("h1", "Koers 3 — Iedere euro telt"),
          ("p", "De middelen van Het Zandeiland worden verdeeld volgens tabel 3. De directeur-bestuurder stelt de "
                "bedragen jaarlijks in november vast na bespreking in de algemene vergadering."),
          ("table", [["Tabel 3 — Verdeling", "Grondslag", "Bedrag 2025"],
                     ["Schoolbudget", "Per leerling op teldatum 1 oktober t-1", "€ 142 per leerling"],
                     ["Vaste voet", "Per hoofd- of nevenvestiging", "€ 6.000 per vestiging"],
                     ["Schoolbudget kleine scholen", "Aanvulling voor scholen < 100 leerlingen",
                      "€ 2.500 per school"],
                     ["Groeibekostiging sbo", "Peildatum 1 februari, volgens de wettelijke regeling",
                      "naar werkelijke groei"],
                     ["Afdracht so", "Rechtstreeks door DUO ingehouden", "volgens DUO-beschikking"]]),
          ("p", "Meerjarenbegroting (bedragen x € 1.000):"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Schoolbudgetten en vaste voet", "900", "885", "870", "860"],
                     ["Afdracht so (DUO)", "1.640", "1.660", "1.680", "1.700"],
                     ["Sbo boven 2%", "310", "300", "290", "285"],
                     ["Consulenten en orthopedagogen", "520", "530", "540", "550"],
                     ["Bestuur en bureau", "240", "245", "250", "255"],
                     ["Totaal lasten", "3.610", "3.620", "3.630", "3.650"],
                     ["Totaal baten", "3.640", "3.630", "3.620", "3.610"]]),
          ("p", "Scholen verantwoorden de besteding van hun schoolbudget in een korte jaarlijkse rapportage aan "
                "het samenwerkingsverband.")]
    # Koers 4: resultaten partial (doelen missing)
    b += [("h1", "Koers 4 — Leren van wat we doen"),
          ("p", "Wij volgen de ontwikkeling van passend onderwijs op het eiland met een vaste cyclus. Elk kwartaal "
                "actualiseert het bureau een dashboard met het aantal TLV's, de deelnamepercentages sbo en so, het "
                "aantal terugplaatsingen en de uitkomsten van OPP-evaluaties. Elk voorjaar houden we een "
                "tevredenheidspeiling onder ouders en intern begeleiders. De bereikte resultaten analyseren we in "
                "mei met de besturen en rapporteren we in het jaarverslag, dat vóór 1 juli aan OPR en raad van "
                "toezicht wordt voorgelegd."),
          ("p", "De streefwaarden voor de planperiode stellen we vast nadat de nulmeting in de loop van 2026 is "
                "afgerond.")]
    # Ouders: present
    b += [("h1", "Ouders en scholen"),
          ("p", "Ouders ontvangen bij aanmelding op een school op het eiland de folder 'Wat mag ik verwachten?', "
                "waarin het basispakket uit Koers 1 in gewone taal wordt uitgelegd. De website van Het Zandeiland "
                "heeft een ouderdeel met filmpjes over extra ondersteuning en de weg naar sbo en so, en elke "
                "school beschrijft haar ondersteuning in de schoolgids. Eenmaal per jaar houden we op beide "
                "eilanddelen een ouderavond."),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Zandeiland, dat "
                "los van scholen en samenwerkingsverband werkt en ouders gratis bijstaat, bijvoorbeeld bij een "
                "gesprek over het OPP. Ouders kunnen ook een onderwijsconsulent inschakelen. Klachten over het "
                "samenwerkingsverband kunnen worden ingediend bij de landelijke klachtencommissie waarbij de "
                "stichting is aangesloten.")]
    b += [("h1", "Organisatie")]
    b += f_governance(c)
    b += f_inspectie(c)
    b += f_opr(c, with_parents=True)
    b += f_oogo(c, substantive=False)
    b += [("h2", "Het bureau: huisvesting en bereikbaarheid"),
          ("p", "Het bureau van Het Zandeiland is sinds 2023 gevestigd in het Eilandhuis in Zandhoven, een "
                "verbouwd voormalig gemeentehuis dat we delen met de bibliotheek en het consultatiebureau. Die "
                "gedeelde huisvesting bevalt goed: medewerkers lopen elkaar vaker tegen het lijf en de drempel voor "
                "een kort overleg is laag. Het bureau is op werkdagen geopend van 8.30 tot 16.30 uur. In Duinwijk "
                "hebben we een flexplek in het gebouw van de Duinwijkse Scholen, waar consulenten op dinsdag en "
                "donderdag werken."),
          ("p", "Omdat het eiland uit twee delen bestaat die alleen via de dijkweg met elkaar verbonden zijn, "
                "organiseren we vergaderingen bij voorkeur afwisselend in Zandhoven en Duinwijk, of online. "
                "Reiskosten van OPR-leden en deelnemers aan netwerken worden vergoed volgens de fiscale norm. "
                "De komende jaren willen we de CO2-uitstoot van het bureau halveren, onder meer door het wagenpark "
                "te vervangen door elektrische deelauto's en door het aantal fysieke bijeenkomsten op het vasteland "
                "te beperken."),
          ("p", "Het bureau werkt sinds 2024 papierloos. Post wordt gescand en digitaal gearchiveerd volgens de "
                "archiefwet; de fysieke archieven van vóór 2020 zijn overgebracht naar het regionaal archief."),
          ("p", "Tot slot hechten we aan een herkenbare uitstraling. In 2025 is een nieuwe huisstijl ingevoerd, "
                "met een logo dat verwijst naar de duinen en de zee die het eiland vormen. Alle publicaties, "
                "presentaties en formulieren van het bureau worden de komende maanden in deze stijl omgezet.")]
    b += f_personeel(c)
    b += f_arbeidsmarkt(c)
    b += f_ict(c)
    b += f_professionalisering(c)
    b += f_planning(c)
    b += f_vaststelling(c)
    b += glossary([
        ["Arrangement", "Een pakket van ondersteuning voor een of meer leerlingen."],
        ["Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen, zodat "
                           "iedere leerling een passende plek heeft."],
        ["Deskundigenadvies", "Advies van twee deskundigen bij een aanvraag voor een TLV."],
        ["Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te vinden."],
    ])
    return b


# --------------------------------------------------------------------------------------
# near-miss: school-level ondersteuningsprofiel / ondersteuningsplan of one basisschool
# --------------------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Ondersteuningsplan en schoolondersteuningsprofiel 2025-2026"),
         ("p", "OBS De Wilgenhoek, Lingedal — onderdeel van Stichting Dorpsscholen Lingedal"),
         ("h1", "Inhoudsopgave"),
         ("ul", ["Inleiding", "Onze school", "Zorgniveaus", "Basisondersteuning op De Wilgenhoek",
                 "Extra ondersteuning en arrangementen", "Groeps- en leerlingbesprekingen",
                 "Samenwerking met het samenwerkingsverband (TLV, terugplaatsing)", "Ouders",
                 "Middelen", "Resultaten en opbrengsten", "Jaarplanning zorg"]),
         ("h1", "Inleiding"),
         ("p", "In dit ondersteuningsplan beschrijft OBS De Wilgenhoek hoe wij de ondersteuning aan onze leerlingen "
               "organiseren. Het plan is tegelijk ons schoolondersteuningsprofiel. Het wordt jaarlijks door het "
               "team geëvalueerd en door de medezeggenschapsraad besproken. Het plan sluit aan bij het "
               "ondersteuningsplan van het samenwerkingsverband Passend Primair Lingegouw, waarbij onze school is "
               "aangesloten."),
         ("h1", "Onze school"),
         ("p", "De Wilgenhoek is een openbare basisschool met 164 leerlingen in zeven groepen. De school staat in "
               "een dorp van ongeveer 4.000 inwoners. Ongeveer 18 procent van de leerlingen heeft een gewicht. Het "
               "team bestaat uit twaalf leerkrachten, een intern begeleider (drie dagen), een "
               "onderwijsassistent en een directeur die ook een tweede school leidt."),
         ("h1", "Zorgniveaus"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep door de leerkracht. "
               "Niveau 2 is extra zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3 is speciale zorg "
               "na overleg met de intern begeleider, met een individueel handelingsplan. Niveau 4 is zorg met "
               "inschakeling van externe deskundigen, zoals de consulent van het samenwerkingsverband. Niveau 5 is "
               "verwijzing naar het speciaal (basis)onderwijs met een toelaatbaarheidsverklaring."),
         ("h1", "Basisondersteuning op De Wilgenhoek"),
         ("p", "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
               "Concreet betekent dat bij ons: een intern begeleider die drie dagen per week aanwezig is, "
               "groepsplannen voor rekenen, lezen en spelling, een dyslexieprotocol, de methode Kwink voor "
               "sociaal-emotioneel leren, een plusgroep voor kinderen die meer aankunnen, en een aanpak tegen "
               "pesten met een vaste anti-pestcoördinator."),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, zetten wij ons schoolbudget van het samenwerkingsverband in. "
               "In 2024-2025 financierden wij daarmee een onderwijsassistent voor 0,4 fte, die kleine groepjes "
               "leerlingen begeleidt bij rekenen, en een logopedist die twee ochtenden per maand op school is. Voor "
               "leerlingen met een ontwikkelingsperspectief stellen wij samen met ouders een OPP op, dat twee keer "
               "per jaar wordt geëvalueerd."),
         ("h1", "Groeps- en leerlingbesprekingen"),
         ("p", "Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking. Daarin "
               "worden de toetsresultaten besproken, de groepsplannen bijgesteld en leerlingen geselecteerd voor "
               "een leerlingbespreking. Zes keer per jaar is er een ondersteuningsoverleg met de consulent van het "
               "samenwerkingsverband en de jeugdconsulent van de gemeente."),
         ("h1", "Samenwerking met het samenwerkingsverband"),
         ("p", "Als wij een leerling niet de ondersteuning kunnen bieden die hij nodig heeft, vragen wij via ons "
               "bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De procedure daarvoor is "
               "vastgelegd in het ondersteuningsplan van het samenwerkingsverband. Wanneer een leerling vanuit het "
               "sbo of so terugkeert naar onze school, maken wij een plan voor een goede start en vragen wij zo "
               "nodig een terugkeerarrangement aan."),
         ("h1", "Ouders"),
         ("p", "Ouders zijn onze partners. Bij zorgen nemen wij altijd eerst contact op met ouders; ouders worden "
               "uitgenodigd voor iedere leerlingbespreking die over hun kind gaat. Informatie over onze ondersteuning "
               "staat in de schoolgids en op onze website. Ouders die er met de school niet uitkomen, kunnen "
               "terecht bij het onafhankelijke ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de "
               "onderwijsconsulenten."),
         ("h1", "Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van € 165 per leerling plus een "
               "vaste voet, in totaal circa € 34.560 in 2025. De directeur legt in het jaarverslag van de stichting "
               "verantwoording af over de besteding."),
         ("h1", "Resultaten en opbrengsten"),
         ("p", "De eindtoetsresultaten van onze school lagen de afgelopen drie jaar boven de signaleringswaarde. In "
               "2024-2025 zijn twee leerlingen verwezen naar het sbo; geen leerlingen naar het so. Voor 2025-2026 "
               "willen wij dat 90 procent van de leerlingen met een OPP de doelen op lezen haalt."),
         ("h1", "Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"],
                    ["September", "Startgesprekken met ouders; groepsplannen opstellen"],
                    ["November", "Groepsbesprekingen ronde 1; ondersteuningsoverleg"],
                    ["Februari", "Toetsperiode midden; groepsbesprekingen ronde 2; evaluatie OPP's"],
                    ["Juni", "Toetsperiode eind; groepsbesprekingen ronde 3; overdracht naar nieuwe groep"]]),
         ("p", "Dit plan is besproken in de medezeggenschapsraad van 14 mei 2025.")]
    return b


# --------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------

def _normalize_zip(path):
    """Rewrite a .docx with fixed timestamps and order so that output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    doc.core_properties.author = "holdout187"
    doc.core_properties.title = header_text
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = "Ondersteuningsplan — basisondersteuning · toelaatbaarheid · " \
                                                 "terugplaatsing · financiën · dekkend aanbod · resultaten · ouders"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
            doc.add_paragraph("")
    doc.save(str(path))
    _normalize_zip(path)


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{escape(title)}</title>", "</head>", "<body>",
           f'<header><p class="running">{escape(title)} — basisondersteuning · toelaatbaarheid · financiën · '
           "ouders</p></header>", "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{escape(x)}</th>" for x in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>© 2025 Stichting Passend Primair Onderwijs Het Zandeiland</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout187_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    write_docx(plan1(), OUT / "po-lingegouw-koers.docx", "Ondersteuningsplan 2025-2029 | Lingegouw PO 31-02")
    write_docx(plan2(), OUT / "vo-veenland-pijlers.docx", "Ondersteuningsplan 2025-2029 | SWV Veenland VO 28-14")
    docx_to_pdf(plan3(), OUT / "vo-kromme-linde-koers.pdf", "Ondersteuningsplan 2025-2029 | Kromme Linde VO 33-07")
    docx_to_pdf(plan4(), OUT / "po-brede-delta-pijlers.pdf", "Ondersteuningsplan 2025-2029 | De Brede Delta PO 32-19")
    write_html(plan5(), OUT / "po-zandeiland-koers.html", "Ondersteuningsplan 2025-2029 — Het Zandeiland")
    write_docx(nearmiss(), OUT / "nearmiss-wilgenhoek-schoolplan.docx",
               "OBS De Wilgenhoek — ondersteuningsplan en SOP 2025-2026")


if __name__ == "__main__":
    main()
