#!/usr/bin/env python3
"""Generate the independent hold-out set 'holdout284' for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (4 PO, 1 VO) and one
near-miss document (a school-level 'ondersteuningsplan' of a single basisschool), each with a
<name>.expected.yaml label file.  Deterministic, no network.  PDFs are rendered from a temporary .docx
with LibreOffice (soffice --headless).

Usage:  python3 src/make_holdout284.py
"""
import html
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- block helpers
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def B(items):
    return ("ul", list(items))


def T(rows):
    return ("table", [list(r) for r in rows])


def TOC():
    return ("toc", None)


# --------------------------------------------------------------------------- shared filler
def f_voorwoord(c):
    return [
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan {p} van {n}. Het plan is tot stand gekomen in een traject van "
          "ruim een jaar, waarin schoolbesturen, directeuren, intern begeleiders, ouders, gemeenten en de "
          "ondersteuningsplanraad met ons hebben meegedacht. In werkateliers, een digitale enquête en "
          "gesprekken op scholen hebben we opgehaald wat goed gaat en wat beter kan. Wij zijn iedereen die "
          "daaraan heeft bijgedragen erkentelijk.".format(**c)),
        P("Passend onderwijs is inmiddels ruim tien jaar oud. De eerste jaren stonden in het teken van het "
          "bouwen van een organisatie, het inrichten van procedures en het verdelen van middelen. In de "
          "afgelopen planperiode verschoof de aandacht naar de vraag wat er in de klas gebeurt: krijgt elk "
          "kind het onderwijs en de ondersteuning die het nodig heeft, zo dicht mogelijk bij huis? Op die "
          "vraag is geen eenvoudig antwoord. We zien mooie resultaten, maar ook leraren die handelingsverlegen "
          "zijn, wachtlijsten in de jeugdhulp en ouders die de weg niet altijd kunnen vinden."),
        P("Met dit plan kiezen we voor focus. We doen minder dingen, maar die doen we samen en goed. Het plan "
          "is bewust compact gehouden; waar mogelijk verwijzen we naar documenten die jaarlijks worden "
          "bijgesteld. Zo blijft het plan een levend document dat richting geeft aan het werk van "
          "{nb} schoolbesturen en {ns} scholen in {g}.".format(**c)),
        P("Namens het bestuur van {s},".format(**c)),
        P(c["bestuurder"] + ", directeur-bestuurder"),
    ]


def f_leeswijzer(c, chapters):
    items = ["Hoofdstuk {0}: {1}".format(i + 1, t) for i, t in enumerate(chapters)]
    return [
        H1("Leeswijzer"),
        P("Dit ondersteuningsplan volgt de opbouw die de wet voorschrijft en die veel samenwerkingsverbanden "
          "hanteren. We beginnen met onze regio en onze visie. Daarna beschrijven we de ondersteuning op de "
          "scholen, de toelaatbaarheid tot het speciaal onderwijs, de financiën, de rol van ouders en de "
          "manier waarop we de resultaten van ons werk volgen. We sluiten af met de organisatie, de "
          "medezeggenschap en de planning. Achterin staat een begrippenlijst."),
        P("De hoofdstukken in dit plan zijn:"),
        B(items),
        P("Waar in dit plan 'scholen' staat, bedoelen we alle vestigingen van de aangesloten schoolbesturen. "
          "Waar 'ouders' staat, bedoelen we ook verzorgers en voogden."),
    ]


def f_regio(c):
    return [
        H1("Onze regio"),
        P("{n} omvat het grondgebied van de gemeenten {g}. Bij het samenwerkingsverband zijn {nb} "
          "schoolbesturen aangesloten met samen {ns} scholen. Op 1 oktober 2024 telden deze scholen "
          "{nl} leerlingen. Het samenwerkingsverband is geregistreerd onder code {code}.".format(**c)),
        P(c["regio_extra"]),
        P("De regio kent grote verschillen. In de kernen met veel nieuwbouw groeit het aantal leerlingen, "
          "terwijl kleinere dorpsscholen te maken hebben met een teruglopend leerlingaantal. Dat heeft "
          "gevolgen voor de formatie en voor de mogelijkheden van scholen om expertise in huis te hebben. "
          "Ook de samenstelling van de leerlingpopulatie verandert: meer kinderen groeien op in gezinnen met "
          "financiële zorgen, en het aandeel nieuwkomers neemt toe. Deze ontwikkelingen vragen om een "
          "flexibel samenwerkingsverband dat snel kan schakelen."),
        P("Het personeelstekort raakt ook onze scholen. Op meerdere scholen staan onbevoegden of "
          "zij-instromers voor de klas, en intern begeleiders combineren hun taak steeds vaker met "
          "lesgevende uren. Wij houden in onze plannen rekening met die werkelijkheid."),
    ]


def f_visie(c):
    return [
        H1("Visie en missie"),
        P("Onze missie luidt: '" + c["missie"] + "'. Deze missie is in 2024 opnieuw bekrachtigd door het "
          "algemeen bestuur. Zij sluit aan bij de bedoeling van de wet: een samenhangend stelsel van "
          "ondersteuning, zodat ieder kind zich ononderbroken kan ontwikkelen."),
        P("Onze visie rust op vier pijlers. De eerste is dat elk kind erbij hoort: verschillen zijn normaal, "
          "en de school is er voor alle kinderen uit de buurt. De tweede is dat de leraar het verschil maakt: "
          "wie de leraar versterkt, versterkt het kind. De derde is " + c.get("pijler3", "dat we samen met ouders "
          "optrekken, omdat zij hun kind het best kennen") + ". De vierde is dat we denken in mogelijkheden in plaats van in "
          "beperkingen; een diagnose is geen voorwaarde voor ondersteuning."),
        P("Uit deze pijlers volgen onze kernwaarden: vertrouwen, eigenaarschap, nabijheid en transparantie. "
          "Vertrouwen betekent dat we de professional ruimte geven. Eigenaarschap betekent dat besturen "
          "verantwoordelijk zijn voor de ondersteuning op hun scholen. Nabijheid betekent dat we hulp zo "
          "dicht mogelijk bij het kind organiseren. Transparantie betekent dat we open zijn over keuzes, "
          "geld en resultaten."),
        P("Wij realiseren ons dat een visie pas betekenis krijgt als zij zichtbaar wordt in de praktijk. "
          "Daarom toetsen we nieuwe plannen en voorstellen steeds aan de vraag: wat betekent dit voor het "
          "kind in de klas, voor zijn leraar en voor zijn ouders?"),
    ]


def f_governance(c):
    return [
        H1("Organisatie en governance"),
        P("{n} is een stichting. Het bestuur is ingericht volgens het model van een raad van toezicht en "
          "een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht "
          "van de aangesloten schoolbesturen en twee onafhankelijke leden, onder wie de voorzitter. De "
          "directeur-bestuurder is belast met het besturen van de stichting en legt verantwoording af aan de "
          "raad van toezicht.".format(**c)),
        P("Naast de raad van toezicht kent de stichting een algemene vergadering van schoolbesturen "
          "(het bestuurlijk overleg). Hierin zijn alle {nb} besturen vertegenwoordigd. Het bestuurlijk "
          "overleg adviseert over de hoofdlijnen van beleid, de begroting en het ondersteuningsplan en "
          "komt ten minste vier keer per jaar bijeen. Besluiten over het ondersteuningsplan en de begroting "
          "worden genomen door de directeur-bestuurder na goedkeuring van de raad van toezicht.".format(**c)),
        P("De stichting hanteert de " + ("Code Goed Onderwijsbestuur VO" if c["sector"] == "vo" else
          "Code Goed Bestuur in het primair onderwijs") + " als leidraad. De raad van "
          "toezicht evalueert jaarlijks het eigen functioneren en voert een jaargesprek met de "
          "directeur-bestuurder. De statuten bevatten een regeling voor de beslechting van geschillen tussen "
          "de aangesloten besturen en het samenwerkingsverband."),
        P("Het bureau van het samenwerkingsverband is gevestigd in " + c["bureau"] + ". Het bureau "
          "ondersteunt het bestuur, voert de administratie en is het aanspreekpunt voor scholen en "
          "ketenpartners. De directeur-bestuurder is tevens leidinggevende van de medewerkers van het bureau."),
    ]


def f_opr(c, with_parents=True):
    comp = ("De OPR bestaat uit {opr} leden: de helft ouders, de helft personeelsleden, afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen.".format(**c) if with_parents else
            "De OPR bestaat uit {opr} leden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
            "scholen.".format(**c))
    return [
        H1("Medezeggenschap: de ondersteuningsplanraad"),
        P(comp + " De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR "
          "vergadert zes keer per jaar en heeft een eigen reglement en een eigen budget voor scholing en "
          "ondersteuning door een externe adviseur."),
        P("Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In drie themabijeenkomsten "
          "heeft de raad meegedacht over de hoofdlijnen. Het concept is op {opr_datum} aan de OPR voorgelegd; "
          "de raad heeft op {opr_instemming} ingestemd.".format(**c)),
        P("Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het "
          "bureau. Deze raad heeft de gebruikelijke bevoegdheden op grond van de Wet medezeggenschap op scholen."),
    ]


def f_oogo(c, substantive=True):
    out = [H1("Samenwerking met gemeenten"),
           P("Het ontwerp van dit ondersteuningsplan is op {oogo} besproken in het op overeenstemming gericht "
             "overleg (OOGO) met de colleges van burgemeester en wethouders van {g}. Het overleg is afgesloten "
             "met een gezamenlijk verslag; er is overeenstemming bereikt. Ook is het plan besproken met het "
             "aangrenzende samenwerkingsverband {buur}.".format(**c))]
    if substantive:
        out += [
            P("Onderwijs en gemeenten delen de verantwoordelijkheid voor kinderen die naast onderwijs ook "
              "jeugdhulp nodig hebben. In de samenwerkingsagenda {p} hebben we afgesproken dat elke school "
              "een vaste contactpersoon van het lokale team heeft, dat schoolmaatschappelijk werk op alle "
              "scholen beschikbaar blijft en dat onderwijs-zorgarrangementen voor kinderen die een combinatie "
              "van onderwijs en zorg nodig hebben gezamenlijk worden gefinancierd. Leerlingenvervoer en "
              "onderwijshuisvesting blijven taken van de gemeenten; we stemmen wel af over de gevolgen van "
              "onze keuzes.".format(**c)),
            P("Twee keer per jaar vindt een bestuurlijk overleg plaats tussen de wethouders onderwijs en "
              "jeugd en de directeur-bestuurder. Op beleidsniveau is er een maandelijks overleg met de "
              "beleidsadviseurs van de gemeenten."),
        ]
    else:
        out += [P("Afspraken over de inhoudelijke samenwerking worden vastgelegd in een afzonderlijke "
                  "samenwerkingsagenda, die na de vaststelling van dit plan wordt opgesteld.")]
    return out


def f_personeel(c):
    return [
        H1("Personeel en bureau"),
        P("Het bureau van {s} telt {fte} fte. Het team bestaat uit de directeur-bestuurder, een "
          "bestuurssecretaris, een beleidsmedewerker, een controller (ingehuurd), een office manager en een "
          "aantal ondersteuningsconsulenten. Het samenwerkingsverband is werkgever van het bureaupersoneel en "
          "volgt de cao {cao}.".format(cao="voortgezet onderwijs" if c["sector"] == "vo" else "primair onderwijs",
                                       **c)),
        P("In de komende planperiode investeren we in de deskundigheid van het eigen team. Iedere medewerker "
          "heeft een persoonlijk ontwikkelplan en er is een teambudget voor scholing. We werken met een "
          "gesprekkencyclus van een planningsgesprek, een voortgangsgesprek en een beoordelingsgesprek."),
        P("Het personeelstekort in het onderwijs raakt ook het bureau. Vacatures voor orthopedagogen en "
          "consulenten zijn lastig te vervullen. We werken daarom samen met de aangrenzende "
          "samenwerkingsverbanden aan een gezamenlijke flexpool en bieden stageplaatsen aan studenten "
          "pedagogiek. Het ziekteverzuim op het bureau was in 2024 4,1 procent."),
        P("Voor de scholen organiseert het samenwerkingsverband netwerken voor intern begeleiders, "
          "directeuren en leraren. Het netwerkaanbod wordt jaarlijks afgestemd met de besturen, zodat het "
          "aansluit bij de professionaliseringsplannen van de scholen zelf."),
    ]


def f_ict(c):
    return [
        H1("Privacy, ICT en informatiebeveiliging"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor zijn wettelijke taken. De verwerking is vastgelegd in een "
          "privacyreglement en een verwerkingsregister. Er is een functionaris gegevensbescherming aangesteld "
          "die wordt gedeeld met andere samenwerkingsverbanden in de regio."),
        P("Dossiers worden uitsluitend digitaal uitgewisseld via een beveiligde omgeving. Medewerkers hebben "
          "alleen toegang tot de gegevens die zij voor hun werk nodig hebben. Gegevens worden niet langer "
          "bewaard dan de wettelijke bewaartermijn. Datalekken worden gemeld volgens het protocol "
          "datalekken; in 2024 is één datalek gemeld, zonder gevolgen voor betrokkenen."),
        P("De ICT-omgeving van het bureau is ondergebracht bij een externe dienstverlener. In {p} vervangen "
          "we het registratiesysteem voor aanvragen door een nieuw systeem dat beter aansluit bij de "
          "leerlingvolgsystemen van de scholen. De aanbesteding daarvan start in het voorjaar van "
          "2026.".format(**c)),
    ]


def f_kennis(c):
    return [
        H1("Kennisdeling en professionalisering"),
        P("Het samenwerkingsverband is ook een lerende gemeenschap. Leraren, intern begeleiders, "
          "ondersteuningscoördinatoren en directeuren weten samen meer dan ieder afzonderlijk. Daarom "
          "organiseren we netwerken, leergemeenschappen en een jaarlijkse studiedag voor alle scholen in "
          "{g}.".format(**c)),
        P("De netwerken worden voorbereid door een kerngroep van professionals uit de scholen. Thema's voor de "
          "komende jaren zijn onder meer gedrag in de klas, omgaan met kansenongelijkheid, executieve functies, "
          "samenwerken met het lokale team en het gebruik van kunstmatige intelligentie bij het maken van "
          "handelingsplannen. Het scholingsaanbod staat open voor medewerkers van alle aangesloten besturen; "
          "deelname is kosteloos."),
        P("Daarnaast stimuleren we dat scholen bij elkaar in de keuken kijken. Via collegiale consultatie "
          "kunnen teams een dag meelopen op een andere school, ook in het speciaal onderwijs. Deelnemers "
          "waarderen dat zeer: zij noemen het de meest praktische vorm van nascholing. We sluiten aan bij de "
          "regionale onderwijsagenda en werken samen met de pabo en de lerarenopleidingen in de regio, onder "
          "meer door praktijkgericht onderzoek naar wat werkt in de klas."),
        P("Tot slot delen we kennis via onze nieuwsbrief voor professionals, een digitale kennisbank met "
          "voorbeelden van goede praktijk en korte filmpjes waarin leraren laten zien hoe zij omgaan met "
          "verschillen. De kennisbank is voor alle medewerkers van de aangesloten scholen toegankelijk."),
    ]


def f_begrippen(c):
    vo = c["sector"] == "vo"
    rows = [("Begrip", "Omschrijving"),
            ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
             "samenwerkingsverband bieden."),
            ("Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek "
             "beschikbaar is."),
            ("Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt, vaak in de vorm van een "
             "arrangement."),
            ("Meerjarenbegroting", "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
            ("Onderwijsconsulenten", "Landelijke organisatie die ouders en scholen kosteloos en onafhankelijk "
             "adviseert bij problemen rond toelating en passend onderwijs."),
            ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
            ("Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier "
             "onderwijs."),
            ("TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in het " +
             ("vso." if vo else "speciaal basisonderwijs of speciaal onderwijs.")),
            ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."),
            ("Beoogde resultaten", "De resultaten die het samenwerkingsverband met zijn beleid wil bereiken.")]
    if vo:
        rows += [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                 ("OPDC", "Orthopedagogisch-didactisch centrum.")]
    return [H1("Begrippenlijst"), T(rows),
            H2("Afkortingen"),
            P("AB: algemeen bestuur · IB: intern begeleider · MR: medezeggenschapsraad · OOGO: op overeenstemming "
              "gericht overleg · OPP: ontwikkelingsperspectiefplan · OPR: ondersteuningsplanraad · SBO: speciaal "
              "basisonderwijs · SO: speciaal onderwijs · SOP: schoolondersteuningsprofiel · SWV: "
              "samenwerkingsverband · TLV: toelaatbaarheidsverklaring · VSO: voortgezet speciaal onderwijs")]


def f_vaststelling(c):
    return [
        H1("Procedure en vaststelling"),
        P("Dit ondersteuningsplan geldt voor de schooljaren {p} (1 augustus 2025 tot en met 31 juli 2029). "
          "Het plan is als volgt tot stand gekomen: bespreking van de hoofdlijnen met het bestuurlijk overleg; "
          "bespreking van het concept met de OPR; op overeenstemming gericht overleg met de gemeenten op "
          "{oogo}; instemming van de OPR op {opr_instemming}; vaststelling door de directeur-bestuurder na "
          "goedkeuring door de raad van toezicht. Het plan is vóór 1 mei 2025 aan de inspectie van het "
          "onderwijs toegezonden.".format(**c)),
        P("Tussentijdse wijzigingen van het plan worden opnieuw aan de OPR ter instemming voorgelegd. "
          "Jaarlijks stellen we een jaarplan op waarin de activiteiten voor het komende schooljaar zijn "
          "uitgewerkt."),
    ]


# --------------------------------------------------------------------------- plan 1
C1 = dict(sector="po", n="Samenwerkingsverband Passend Onderwijs De Lage Landen", s="SWV De Lage Landen",
          code="PO 30-11", p="2025-2029", g="Zeewolderhoek, Marrum en Oud-Aalst", nb=4, ns=19, nl="3.150",
          bestuurder="drs. H. Veenstra", bureau="Marrum", opr=8, opr_datum="14 januari 2025",
          opr_instemming="18 maart 2025", oogo="26 februari 2025", buur="PO Flevo-Oost", fte="3,4",
          missie="Samen zorgen we dat ieder kind in De Lage Landen kan leren op een school die bij hem past",
          regio_extra="Het is een klein samenwerkingsverband: de vier besturen kennen elkaar goed en de lijnen "
                      "zijn kort. In de regio staan één school voor speciaal basisonderwijs (De Wilg in Marrum) en "
                      "één school voor speciaal onderwijs cluster 3 en 4 (De Kim in Zeewolderhoek). De meeste "
                      "scholen hebben tussen de 100 en 250 leerlingen; vijf dorpsscholen hebben er minder dan 80.")


def plan1():
    c = C1
    chapters = ["Voorwoord", "Leeswijzer", "Onze regio", "Visie en missie", "Basisondersteuning: de belofte van "
                "elke school", "Extra ondersteuning en voorzieningen", "Toelaatbaarheid", "Geld en middelen",
                "Communicatie", "Organisatie en governance", "Medezeggenschap", "Samenwerking met gemeenten",
                "Personeel en bureau", "Privacy en ICT", "Planning 2025-2029", "Begrippenlijst"]
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["n"], "Samenwerkingsverband " + c["code"],
                         "Vastgesteld op 8 april 2025"]), TOC()]
    blocks += f_voorwoord(c) + f_leeswijzer(c, chapters) + f_regio(c) + f_visie(c)
    blocks += [
        H1("Basisondersteuning: de belofte van elke school"),
        P("Basisondersteuning is in De Lage Landen het geheel van preventieve en licht curatieve "
          "ondersteuning dat iedere school – elke vestiging van elk van de vier besturen – zelf, zonder "
          "aanvraag bij het samenwerkingsverband, aan elk kind biedt. Het is een ondergrens die de besturen "
          "samen hebben afgesproken: geen school mag eronder zitten, en scholen mogen er bovenuit gaan. De "
          "huidige afspraken zijn op 12 november 2024 door alle besturen in het bestuurlijk overleg "
          "bekrachtigd en gelden voor de hele planperiode."),
        P("Concreet kunt u als ouder op iedere school in De Lage Landen het volgende verwachten:"),
        B(["een intern begeleider die ten minste één dag per week beschikbaar is voor overleg over "
           "leerlingen, en ten minste twee dagen per week op scholen met meer dan 200 leerlingen;",
           "handelingsgericht werken: de leraar stelt in groepsbesprekingen drie keer per jaar vast welke "
           "kinderen meer of minder instructie nodig hebben en legt dat vast in het groepsoverzicht;",
           "een dyslexieprotocol en een dyscalculieprotocol, inclusief vroegsignalering in groep 2 en 3 en "
           "extra leestijd in groep 3 tot en met 5;",
           "een aanpak voor sociale veiligheid met een jaarlijkse monitor en een aanspreekpunt pesten;",
           "een aanbod voor kinderen die meer aankunnen, ten minste in de vorm van compacten en verrijken;",
           "ondersteuning voor kinderen met een taalachterstand of die Nederlands als tweede taal leren;",
           "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
           "een ondersteuningsteam (OT) waarin de intern begeleider, de ouders en zo nodig de "
           "schoolmaatschappelijk werker en een orthopedagoog van het SWV samen naar een kind kijken."]),
        P("Elke school beschrijft in haar schoolondersteuningsprofiel hoe zij deze afspraken invult en welke "
          "extra deskundigheid zij daarnaast heeft. Het samenwerkingsverband bekijkt elk jaar in het "
          "kwaliteitsgesprek met ieder bestuur of alle scholen aan de afspraken voldoen. Blijft een school "
          "onder de afgesproken ondergrens, dan maakt het bestuur een verbeterplan met een termijn van "
          "uiterlijk één schooljaar; de ondersteuningsconsulent van het SWV begeleidt de school daarbij."),
        H1("Extra ondersteuning en voorzieningen"),
        P("Wanneer een kind meer nodig heeft dan de basisondersteuning, kan de school met het "
          "samenwerkingsverband een arrangement afspreken. We onderscheiden vier treden:"),
        T([("Trede", "Wat", "Waar"),
           ("1. Basis", "Basisondersteuning zoals hiervoor beschreven", "Elke school"),
           ("2. Schoolarrangement", "Extra begeleiding of middelen voor één kind of een groepje, afgesproken "
            "in het OT", "Eigen school"),
           ("3. Bovenschools arrangement", "Observatiegroep 'De Overstap' (max. 10 plaatsen, 12 weken) en de "
            "plusgroep voor meer- en hoogbegaafde kinderen (één dag per week)", "Marrum"),
           ("4. Speciaal (basis)onderwijs", "Plaatsing op sbo De Wilg of so De Kim", "Marrum / Zeewolderhoek")]),
        P("De observatiegroep is bedoeld voor kinderen bij wie nog niet duidelijk is welke ondersteuning zij "
          "nodig hebben; na twaalf weken volgt een advies aan school en ouders. Voor kinderen met zeer "
          "specifieke behoeften (bijvoorbeeld ernstige meervoudige beperkingen) werken we samen met so-scholen "
          "buiten de regio."),
        P("Sluit ons aanbod aan op wat kinderen nodig hebben? Of er kinderen zijn voor wie we geen passende "
          "plek hebben, brengen we in de loop van 2027 in kaart. Het aantal "
          "thuiszitters in onze regio is klein, maar ieder kind dat thuiszit is er één te veel."),
        H2("Terug naar de eigen buurt"),
        P("Een plaatsing in het speciaal (basis)onderwijs is voor ons nooit een eindstation. Ons beleid is "
          "dat een kind niet verder van huis naar school gaat dan nodig en niet langer dan nodig in het "
          "speciaal onderwijs blijft. De Wilg en De Kim hebben de opdracht om bij ieder kind actief te "
          "onderzoeken of een overstap naar een reguliere basisschool haalbaar is. Voorwaarde is dat de "
          "ontvangende school de ondersteuning kan bieden die het kind nodig heeft. Elk kind dat terugkeert, "
          "krijgt een terugkeerarrangement: gedurende maximaal twintig weken begeleidt een medewerker van de "
          "sbo- of so-school het kind en de nieuwe leraar, en de ontvangende school ontvangt daarvoor een "
          "bedrag van € 3.000 uit het arrangementenbudget van het samenwerkingsverband."),
        P("Hoe het traject van terugplaatsing stap voor stap verloopt, wie het initiatief neemt en op welk "
          "moment, leggen we vast in een protocol dat in het voorjaar van 2026 met De Wilg en De Kim wordt "
          "afgestemd."),
        H1("Toelaatbaarheid"),
        P("Voor een plaats op sbo De Wilg of so De Kim is een toelaatbaarheidsverklaring (TLV) van het "
          "samenwerkingsverband nodig. Hoe een aanvraag verloopt, welke criteria de commissie hanteert, hoe "
          "de deskundigen adviseren en hoe bezwaar kan worden gemaakt, is beschreven in het Handboek "
          "Toelaatbaarheid. Dit handboek is bijlage 5 bij dit ondersteuningsplan en wordt jaarlijks "
          "geactualiseerd."),
        P("Het aantal afgegeven toelaatbaarheidsverklaringen wordt jaarlijks gepubliceerd in het jaarverslag."),
        H1("Geld en middelen"),
        P("De ondersteuningsmiddelen die het samenwerkingsverband van het Rijk ontvangt, bedragen in 2025 "
          "naar verwachting € 2.412.000. Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de "
          "groeibekostiging voor het sbo blijft een bedrag over dat we volgens een vast verdeelmodel inzetten."),
        P("Het verdeelmodel werkt als volgt. Elk bestuur ontvangt jaarlijks een schoolbudget van € 145 per "
          "leerling (teldatum 1 oktober van het voorafgaande jaar) plus een vaste voet van € 6.000 per school. "
          "Daarnaast houdt het samenwerkingsverband een arrangementenbudget aan waaruit bovenschoolse "
          "arrangementen en terugkeerarrangementen worden betaald; scholen vragen dit aan bij de "
          "ondersteuningsconsulent en de directeur-bestuurder besluit binnen vier weken. Het verdeelmodel is "
          "vastgesteld door het bestuurlijk overleg en kan alleen met instemming van de OPR worden gewijzigd."),
        P("Besturen besteden het schoolbudget aan de inzet van intern begeleiders, onderwijsassistenten en "
          "schoolarrangementen. Zij leggen in een jaarlijkse verantwoordingsrapportage per 1 maart vast "
          "waaraan het geld is besteed; de controller van het SWV controleert deze rapportages steekproefsgewijs."),
        T([("Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"),
           ("Baten ondersteuningsmiddelen", "2.412", "2.398", "2.371", "2.350"),
           ("Afdrachten DUO (so en sbo)", "-1.020", "-1.015", "-1.005", "-995"),
           ("Schoolbudgetten besturen", "826", "820", "812", "805"),
           ("Arrangementenbudget", "260", "265", "265", "265"),
           ("Observatiegroep en plusgroep", "130", "132", "134", "136"),
           ("Bureau en personeel", "205", "210", "214", "218"),
           ("Resultaat", "-29", "-44", "-59", "-69")]),
        P("De negatieve resultaten zijn bewust begroot: de algemene reserve (€ 612.000 per 1 januari 2025) "
          "ligt boven de signaleringswaarde en wordt in vier jaar afgebouwd tot het niveau dat nodig is om "
          "risico's op te vangen (weerstandsvermogen van 10 procent van de baten)."),
        H1("Communicatie"),
        P("Goede communicatie is voor een klein samenwerkingsverband een kwestie van korte lijnen. Met de "
          "scholen communiceren we via de nieuwsbrief voor intern begeleiders, die zes keer per jaar "
          "verschijnt, en via het jaarlijkse netwerk voor directeuren."),
        P("Ouders informeren we over de ondersteuningsmogelijkheden in de regio op drie manieren. Op de "
          "website staat een ouderpagina met uitleg over basisondersteuning, arrangementen, de "
          "observatiegroep en het speciaal (basis)onderwijs. Elke school geeft ouders bij de aanmelding de "
          "folder 'Wegwijs in passend onderwijs' mee en neemt in de schoolgids een paragraaf op over de "
          "ondersteuning op school en in het samenwerkingsverband. En twee keer per jaar organiseren we een "
          "informatieavond voor ouders in Marrum en in Zeewolderhoek."),
        P("Ouders die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband, "
          "kunnen terecht bij het Ouder- en Jeugdsteunpunt De Lage Landen. Dit steunpunt wordt uitgevoerd "
          "door de cliëntondersteuners van de stichting MEE en werkt onafhankelijk van de schoolbesturen; "
          "het is bereikbaar via een eigen telefoonnummer en spreekuur. Daarnaast wijzen we ouders op "
          "Onderwijsconsulenten, die kosteloos bemiddelen, en op de Geschillencommissie passend onderwijs en "
          "de klachtenregeling van het samenwerkingsverband."),
    ]
    blocks += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c)
    blocks += [
        H1("Planning 2025-2029"),
        P("Onderstaande planning geeft de belangrijkste activiteiten per jaar weer. Een uitgebreide "
          "jaarplanning staat in het jaarplan."),
        T([("Schooljaar", "Activiteiten"),
           ("2025-2026", "Protocol terugplaatsing met De Wilg en De Kim; nieuw registratiesysteem; start "
            "netwerk gedrag"),
           ("2026-2027", "Herijking plusgroep; aanbesteding registratiesysteem"),
           ("2027-2028", "Netwerk hoogbegaafdheid; vernieuwing website"),
           ("2028-2029", "Voorbereiding nieuw ondersteuningsplan")]),
        P("Of en hoe we de resultaten van dit plan in beeld brengen, en met welke indicatoren, werken we uit in "
          "het jaarplan 2026-2027."),
    ]
    blocks += f_begrippen(c)
    return blocks


L1 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Basisondersteuning: de belofte van elke school': agreed ondergrens for every "
                              "vestiging + bullet list of concrete voorzieningen + yearly kwaliteitsgesprek.",
        "plaatsing": "Ch. 'Toelaatbaarheid' only says a TLV is needed and refers everything to Handboek "
                     "Toelaatbaarheid (bijlage 5), which is not part of the input; leeswijzer/TOC/glossary are traps.",
        "terugstroom": "Section 'Terug naar de eigen buurt' (inside 'Extra ondersteuning') gives policy, conditions "
                       "and the terugkeerarrangement; the step-by-step procedure is deferred to a 2026 protocol.",
        "financien": "Ch. 'Geld en middelen': verdeelmodel (EUR 145 per leerling + vaste voet), meerjarenbegroting "
                     "table with amounts, reserve afbouw, verantwoordingsrapportage.",
        "dekkend-aanbod": "Four-trede table gives the continuum; gap handling is only deferred to the 2027 "
                          "evaluation and thuiszitters get one passing sentence.",
        "resultaten": "No intended results or monitoring; 'Planning' lists activities and defers indicators to "
                      "jaarplan 2026-2027; voorwoord/visie mention 'resultaten' only in passing.",
        "ouders": "Inside ch. 'Communicatie': ouderpagina, folder, schoolgids, informatieavonden; OJSP via MEE, "
                  "Onderwijsconsulenten, Geschillencommissie.",
    })


# --------------------------------------------------------------------------- plan 2
C2 = dict(sector="po", n="Stichting Samenwerkingsverband Passend Primair Onderwijs Amstelrijn",
          s="Passend Primair Amstelrijn", code="PO 27-14", p="2025-2029",
          g="Amstelrijn, Uithoorn-Noord, Ouderkerk, Diemerbroek, Abcoude-West en Rondeveen", nb=21, ns=164,
          nl="41.800", bestuurder="mr. A. El Idrissi", bureau="Amstelrijn-Centrum", opr=16,
          opr_datum="5 december 2024", opr_instemming="4 februari 2025", oogo="23 januari 2025",
          buur="VO Amstelrijn", fte="27,6",
          missie="Elk kind telt, elke school doet mee, samen maken we het passend",
          regio_extra="Het is een van de grotere samenwerkingsverbanden van het land. In de regio staan vijf "
                      "scholen voor speciaal basisonderwijs en zes scholen voor speciaal onderwijs (cluster 3 en "
                      "4), waarvan twee met een afdeling voor zeer moeilijk lerende kinderen. De besturen "
                      "verschillen sterk in omvang: van een eenpitter met één school tot een stichting met 38 "
                      "scholen.")


def plan2():
    c = C2
    chapters = ["Voorwoord", "Samenvatting", "Terugblik 2021-2025", "Onze regio", "Visie en missie",
                "Basisondersteuning", "De ondersteuningsroute en het aanbod", "Toelaatbaarheid en plaatsing",
                "Financiën", "Kwaliteitszorg en resultaten", "Ouders", "Organisatie en governance",
                "Medezeggenschap", "Samenwerking met gemeenten", "Personeel", "Privacy en ICT", "Afkortingen"]
    blocks = [("title", ["ONDERSTEUNINGSPLAN", "Passend Primair Amstelrijn", "2025 – 2029",
                         "Samenwerkingsverband " + c["code"]]), TOC()]
    blocks += f_voorwoord(c)
    blocks += [
        H1("Samenvatting"),
        P("In dit plan leest u wat iedere school in Amstelrijn aan basisondersteuning biedt, hoe kinderen "
          "extra ondersteuning krijgen, hoe de toelaatbaarheid tot het speciaal (basis)onderwijs is geregeld, "
          "hoe we het geld verdelen en besteden en hoe we ouders betrekken. Het plan bouwt voort op de vorige "
          "planperiode en kiest drie speerpunten: de leraar versterken, thuiszitten voorkomen en het "
          "speciaal onderwijs dichter bij het regulier onderwijs brengen."),
        H1("Terugblik 2021-2025"),
        P("In het vorige plan hadden we ons ten doel gesteld het deelnamepercentage speciaal onderwijs te "
          "laten dalen, het aantal thuiszitters te halveren en de doorlooptijd van aanvragen te verkorten. "
          "De tabel laat zien wat daarvan terecht is gekomen."),
        T([("Indicator", "Nulmeting 1-10-2020", "Doel 2025", "Gerealiseerd 1-10-2024"),
           ("Deelname sbo", "1,9%", "1,7%", "1,75%"),
           ("Deelname so", "1,6%", "1,5%", "1,62%"),
           ("Thuiszitters langer dan 4 weken", "38", "19", "21"),
           ("Gemiddelde doorlooptijd TLV-aanvraag", "8,5 week", "6 week", "5,8 week"),
           ("Tevredenheid scholen over loket (1-10)", "6,9", "7,5", "7,7")]),
        P("De daling van de deelname aan het sbo is bijna gehaald; die aan het so niet. We zien een groeiende "
          "groep jonge kinderen met ernstige gedragsproblemen die in het regulier onderwijs niet tot hun "
          "recht komen. Het aantal thuiszitters is sterk gedaald, maar het doel is niet gehaald."),
    ]
    blocks += f_regio(c) + f_visie(c)
    blocks += [
        H1("Basisondersteuning"),
        P("De basisondersteuning is in Amstelrijn het met alle 21 besturen afgesproken minimum dat iedere "
          "vestiging, van de kleinste dorpsschool tot de grootste stadsschool, aan ieder kind biedt. Dit "
          "niveau is in juni 2024 door het bestuurlijk overleg unaniem vastgesteld en geldt als ondergrens "
          "voor alle scholen."),
        P("In navolging van het Referentiekader passend onderwijs onderscheiden we vier aspecten van "
          "basisondersteuning: de basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht "
          "curatieve interventies, de onderwijsondersteuningsstructuur van de school en planmatig werken "
          "volgens de cyclus van handelingsgericht werken."),
        P("Welke voorzieningen, interventies en expertise daar in Amstelrijn concreet onder vallen, is "
          "uitgewerkt in de Kwaliteitskaart Basisondersteuning (bijlage 2). Scholen beschrijven hun eigen "
          "invulling in het schoolondersteuningsprofiel."),
        P("Het samenwerkingsverband voert eens per twee jaar op iedere school een audit basisondersteuning "
          "uit. Scholen die onder het afgesproken niveau blijven, krijgen een verbetertraject met begeleiding "
          "van een consulent en een hercontrole binnen een jaar."),
        H1("De ondersteuningsroute en het aanbod"),
        P("Het ondersteuningsaanbod in Amstelrijn is opgebouwd als een continuüm met vijf niveaus. Hoe meer "
          "een kind nodig heeft, hoe intensiever en specialistischer de ondersteuning wordt, maar steeds zo "
          "dicht mogelijk bij huis."),
        T([("Niveau", "Ondersteuning", "Toegang"),
           ("0-1", "Basisondersteuning in de groep en op school", "Eigen school"),
           ("2", "Schoolarrangement: extra begeleiding, materialen of inzet van een specialist, betaald uit "
            "het schoolbudget van het bestuur", "Besluit bestuur na OT"),
           ("3", "Bovenschools arrangement: Taalklas voor nieuwkomers (4 locaties), plusklassen voor "
            "hoogbegaafde kinderen (6 locaties), ambulante begeleiding gedrag, observatieplaatsen", "Loket"),
           ("4", "Speciaal basisonderwijs (5 scholen)", "TLV"),
           ("5", "Speciaal onderwijs cluster 3 en 4 (6 scholen), onderwijs-zorgarrangementen", "TLV")]),
        P("De toegang tot niveau 3 tot en met 5 loopt via het Loket Amstelrijn. Een school die handelingsverlegen "
          "is, bespreekt het kind eerst in het ondersteuningsteam met ouders en een consulent van het "
          "samenwerkingsverband. Als de school niet verder kan, dient het bestuur een aanvraag in bij het Loket."),
        H2("Geen kind tussen wal en schip"),
        P("Om gaten in ons aanbod op te sporen, houden we elk jaar op 1 oktober en 1 maart een telling van "
          "thuiszitters, vrijstellingen en kinderen op een wachtlijst, samen met de leerplichtambtenaren van "
          "de zes gemeenten. Iedere maand komt de Thuiszitterstafel bijeen, waar leerplicht, jeugdhulp, het "
          "samenwerkingsverband en het betrokken bestuur binnen twee weken een plan maken voor elk kind dat "
          "langer dan vier weken thuiszit. Komen partijen er niet uit, dan neemt de directeur-bestuurder een "
          "besluit (doorzettingsmacht). Als een bestuur geen passende plek vindt voor een aangemeld kind, "
          "helpt het Loket binnen tien werkdagen bij het vervullen van de zorgplicht."),
        P("De analyse van 2024 liet twee witte vlekken zien: jonge kinderen (4-7 jaar) met ernstige "
          "gedragsproblemen, en kinderen die naast onderwijs intensieve zorg nodig hebben. Voor de eerste "
          "groep opent op 1 augustus 2026 de 'Kleine Klas' met twaalf plaatsen op twee locaties; voor de "
          "tweede groep sluiten we met de gemeenten een convenant over onderwijs-zorgarrangementen."),
        H1("Toelaatbaarheid en plaatsing"),
        P("Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
          "toelaatbaarheidsverklaring (TLV) nodig. De aanvraag wordt ingediend door het bestuur van de school "
          "waar het kind staat ingeschreven, via het digitale aanvraagformulier van het Loket Amstelrijn. Bij "
          "de aanvraag horen het groeidocument of ontwikkelingsperspectief, het onderwijskundig rapport, de "
          "verslagen van het ondersteuningsteam en de zienswijze van de ouders."),
        P("Het Loket controleert binnen vijf werkdagen of het dossier compleet is. Vervolgens adviseren twee "
          "deskundigen, die ieder een eigen schriftelijk advies opstellen: een orthopedagoog of psycholoog en, "
          "afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een kinderpsychiater, arts of "
          "maatschappelijk werker). Geen van beiden was eerder bij de aanvraag betrokken. De Commissie van "
          "Toelaatbaarheid besluit uiterlijk zes weken na ontvangst van het complete dossier."),
        P("De Commissie van Toelaatbaarheid beoordeelt iedere aanvraag op maat. De toetsingscriteria die de "
          "commissie daarbij hanteert, worden jaarlijks door het bestuur geactualiseerd en op de website "
          "gepubliceerd."),
        P("Een TLV sbo wordt afgegeven voor twee schooljaren, een TLV so voor ten hoogste drie schooljaren, "
          "steeds tot 31 juli. Bij een TLV so wordt de bekostigingscategorie laag, midden of hoog vermeld."),
        H2("Terugplaatsing en overplaatsing"),
        P("Het samenwerkingsverband wil dat kinderen niet langer dan nodig in het speciaal (basis)onderwijs "
          "blijven. Ons beleid is dat terugplaatsing naar een reguliere basisschool zo thuisnabij mogelijk "
          "plaatsvindt, zodra het kind met de ondersteuning die daar beschikbaar is tot ontwikkeling kan komen."),
        P("De werkwijze is als volgt. De sbo- of so-school evalueert elk jaar in het OPP-gesprek van maart, "
          "samen met de ouders, of terugkeer mogelijk is. In het laatste jaar van de TLV stelt de school "
          "uiterlijk 1 april een advies op: terugplaatsing, overplaatsing naar een andere vorm van onderwijs "
          "of verlenging. Bij verlenging vraagt de school een nieuwe TLV aan; bij terugplaatsing zoekt de "
          "school samen met ouders en het Loket een reguliere school. Het Loket stelt het "
          "terugplaatsingsarrangement vast: zes maanden ambulante begeleiding door de sbo- of so-school en een "
          "budget van € 4.500 voor de ontvangende school. Na drie maanden volgt een evaluatie."),
        P("In 2024 zijn 47 kinderen vanuit het sbo en 9 vanuit het so teruggeplaatst naar het regulier onderwijs."),
        H1("Financiën"),
        P("Het samenwerkingsverband hanteert een schoolmodel: het grootste deel van de middelen gaat "
          "rechtstreeks naar de besturen, zodat zij de ondersteuning dicht bij het kind kunnen organiseren."),
        P("Van de middelen die na de afdrachten aan DUO resteren, wordt 80 procent toegekend aan de besturen "
          "naar rato van het aantal leerlingen op 1 oktober van het voorafgaande jaar. Voor 2025 komt dat neer "
          "op € 186 per leerling. De overige 20 procent blijft bovenschools. Het bestuurlijk overleg stelt de "
          "verdeling jaarlijks voor 1 december vast voor het volgende kalenderjaar."),
        T([("Meerjarenbegroting", "2025", "2026", "2027", "2028"),
           ("Baten", "p.m.", "p.m.", "p.m.", "p.m."),
           ("Lasten", "p.m.", "p.m.", "p.m.", "p.m."),
           ("Resultaat", "p.m.", "p.m.", "p.m.", "p.m.")]),
        P("De meerjarenbegroting wordt na vaststelling van de jaarrekening 2024 ingevuld en als afzonderlijk "
          "document aan de OPR voorgelegd."),
        P("De reserves van het samenwerkingsverband liggen sinds 2023 onder de signaleringswaarde van de "
          "inspectie. We houden een weerstandsvermogen aan van 7,5 procent van de baten."),
        H1("Kwaliteitszorg en resultaten"),
        P("Voor de planperiode {p} hebben we de volgende beoogde resultaten vastgesteld:".format(**c)),
        T([("Beoogd resultaat", "Indicator", "Streefwaarde 2029"),
           ("Meer kinderen in het regulier onderwijs", "Deelname sbo + so op 1 oktober", "3,1% (was 3,37%)"),
           ("Minder thuiszitters", "Thuiszitters langer dan 4 weken", "maximaal 10"),
           ("Snellere hulp", "Doorlooptijd aanvraag tot besluit", "binnen 5 weken in 90% van de gevallen"),
           ("Sterkere leraren", "Scholen met positieve audit basisondersteuning", "100%"),
           ("Succesvolle terugkeer", "Teruggeplaatste kinderen na 1 jaar nog in regulier", "ten minste 85%")]),
        P("We volgen deze resultaten met het dashboard 'Amstelrijn in beeld', dat twee keer per jaar wordt "
          "bijgewerkt met gegevens van DUO, het Loket en de thuiszitterstelling. De uitkomsten bespreken we "
          "in het bestuurlijk overleg en met de OPR; in het jaarverslag rapporteren we per indicator wat "
          "bereikt is en welke middelen daarvoor zijn ingezet. Halverwege de planperiode (voorjaar 2027) "
          "voeren we een evaluatie uit en stellen we zo nodig de koers bij."),
        H1("Ouders"),
        P("Ouders zijn onze belangrijkste partners. Zij worden betrokken bij de bespreking in het "
          "ondersteuningsteam, geven hun zienswijze bij een aanvraag en ontvangen een afschrift van de adviezen "
          "over hun kind."),
        P("Over de ondersteuningsmogelijkheden informeren we ouders via de ouderpagina op onze website, via de "
          "brochure 'Passend onderwijs in Amstelrijn' die in vijf talen beschikbaar is, en via de schoolgids "
          "van iedere school, waarin een vaste paragraaf over het samenwerkingsverband staat. Daarnaast kunnen "
          "ouders op werkdagen bellen met de ouderlijn van het Loket."),
        P("Het ouder- en jeugdsteunpunt dat de nieuwe wet voorschrijft, richten we samen met SWV VO "
          "Amstelrijn in. Over de vorm, de bemensing en de bereikbaarheid besluit het bestuur in de loop van "
          "2026. Tot die tijd verwijzen scholen ouders naar de contactgegevens op onze website."),
    ]
    blocks += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict(c)
    blocks += [H1("Afkortingen"),
               P("CvT: Commissie van Toelaatbaarheid · DUO: Dienst Uitvoering Onderwijs · LBT: Landelijke "
                 "Bezwaaradviescommissie Toelaatbaarheidsverklaringen · OJSP: ouder- en jeugdsteunpunt · OPP: "
                 "ontwikkelingsperspectiefplan · OT: ondersteuningsteam · SBO: speciaal basisonderwijs · SO: "
                 "speciaal onderwijs · TLV: toelaatbaarheidsverklaring")]
    return blocks


L2 = dict(
    sector="po",
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Basisondersteuning' defines the agreed minimum for every vestiging, but the "
                              "content is only the 4 Referentiekader aspects plus a reference to the absent "
                              "Kwaliteitskaart (bijlage 2); summary claims otherwise (trap).",
        "plaatsing": "Ch. 'Toelaatbaarheid en plaatsing': applicant, dossier, two deskundigen, CvT, 6 weeks, "
                     "duration and category; criteria 'op maat' and only on the website.",
        "terugstroom": "Hidden inside the TLV chapter (H2 'Terugplaatsing en overplaatsing'): policy, yearly OPP "
                       "evaluation, advice by 1 April, Loket, arrangement EUR 4.500, 2024 figures.",
        "financien": "Ch. 'Financiën': 80/20 verdeling, EUR 186 per leerling, decided by 1 December; the "
                     "meerjarenbegroting is all 'p.m.' and deferred, so no besteding with amounts.",
        "dekkend-aanbod": "Five-level continuum table + 'Geen kind tussen wal en schip' (counts, "
                          "Thuiszitterstafel, doorzettingsmacht, witte vlekken, Kleine Klas 2026).",
        "resultaten": "Terugblik table (achieved) + 'Kwaliteitszorg en resultaten' with streefwaarden 2029 and "
                      "dashboard/jaarverslag monitoring.",
        "ouders": "Ch. 'Ouders': website, brochure in 5 languages, schoolgids, ouderlijn; the OJSP is deferred to "
                  "2026 and independent help is only a reference to the website.",
    })


# --------------------------------------------------------------------------- plan 3
C3 = dict(sector="po", n="Samenwerkingsverband PO Hunzedal", s="SWV Hunzedal", code="PO 20-06",
          p="2025-2029", g="Hunzedal, Borgerveen en Exloërmond-Zuid", nb=7, ns=48, nl="6.900",
          bestuurder="J. Kuipers-Bakker MEd", bureau="Borgerveen", opr=10, opr_datum="21 januari 2025",
          opr_instemming="11 maart 2025", oogo="13 februari 2025", buur="VO Zuidoost-Drenthe", fte="5,2",
          missie="Dichtbij, samen en met oog voor ieder kind",
          regio_extra="Het Hunzedal is een plattelandsregio met veel kleine scholen: 29 van de 48 scholen "
                      "hebben minder dan 100 leerlingen. Er is één school voor speciaal basisonderwijs en één "
                      "so-locatie; voor zeer specialistisch onderwijs reizen kinderen naar Emmen of Groningen.")


def plan3():
    c = C3
    chapters = ["Voorwoord", "Leeswijzer", "Onze regio", "Visie en missie", "Wat elke school in het Hunzedal "
                "waarmaakt", "Naar het sbo of so", "Geld en middelen", "Doelen voor 2029", "Ouders als partner",
                "Organisatie en governance", "Medezeggenschap", "Samenwerking met gemeenten", "Personeel en "
                "bureau", "Privacy en ICT", "Procedure en vaststelling", "Begrippenlijst"]
    blocks = [("title", ["Ondersteuningsplan", c["n"], "Planperiode 1 augustus 2025 – 31 juli 2029"]), TOC()]
    blocks += f_voorwoord(c) + f_leeswijzer(c, chapters) + f_regio(c)
    blocks += [
        H2("Terugblik"),
        P("In de vorige planperiode stond het versterken van de kleine scholen centraal. Door het "
          "teruglopende leerlingaantal zijn drie scholen gefuseerd. De terugblik op de vorige periode is "
          "opgenomen in het jaarverslag 2024 en wordt hier niet herhaald."),
    ]
    blocks += f_visie(c)
    blocks += [
        H1("Wat elke school in het Hunzedal waarmaakt"),
        P("Wij noemen het de Hunzedal-belofte. Zeven schoolbesturen hebben met elkaar afgesproken wat iedere "
          "school, groot of klein, op elke locatie minimaal waarmaakt voor ieder kind dat er wordt "
          "aangemeld. Deze ondergrens geldt voor alle 48 scholen; een school die minder biedt, voldoet niet "
          "aan de afspraak. Binnen het samenwerkingsverband heet dit de basisondersteuning."),
        P("De Hunzedal-belofte bestaat uit tien toezeggingen:"),
        B(["1. Elke school heeft een intern begeleider met een afgeronde opleiding (master SEN of gelijkwaardig).",
           "2. Drie keer per jaar een groepsbespreking en een leerlingbespreking per groep.",
           "3. Vroegsignalering van lees- en rekenproblemen vanaf groep 2, met een protocol dyslexie en dyscalculie.",
           "4. Een gedragsaanpak voor de hele school (bijvoorbeeld PBS of Kanjertraining) en een anti-pestcoördinator.",
           "5. Verrijkingsstof en een verrijkingsgroep voor kinderen die meer aankunnen.",
           "6. Een aanbod Nederlands als tweede taal voor nieuwkomers.",
           "7. Medische handelingen volgens het regionale protocol, met getrainde medewerkers.",
           "8. Inzet van schoolmaatschappelijk werk op vaste momenten.",
           "9. Een ondersteuningsteam met ouders, intern begeleider en een orthopedagoog van het SWV, binnen "
           "vier weken na de vraag van school of ouders.",
           "10. Een ontwikkelingsperspectief voor ieder kind dat op een eigen leerlijn werkt."]),
        P("Iedere school legt in de schoolgids vast hoe zij de belofte invult. De orthopedagogen van het "
          "samenwerkingsverband lopen elk jaar met de intern begeleider de tien toezeggingen na."),
        H1("Naar het sbo of so"),
        P("Soms is een reguliere school, ook met extra hulp, niet de beste plek. Dan kan het bestuur van de "
          "school bij de Commissie Toewijzing van het samenwerkingsverband een toelaatbaarheidsverklaring "
          "aanvragen voor het sbo De Marke of het so De Hunzeschool. De procedure kent vier stappen:"),
        B(["Stap 1 – Het ondersteuningsteam (met ouders) concludeert dat de school de ondersteuning niet kan bieden.",
           "Stap 2 – Het bestuur dient de aanvraag in met het OPP, het onderwijskundig rapport en de "
           "zienswijze van ouders.",
           "Stap 3 – Twee deskundigen (een orthopedagoog of GZ-psycholoog en een tweede deskundige, zoals een "
           "jeugdarts) brengen ieder afzonderlijk schriftelijk advies uit.",
           "Stap 4 – De Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige aanvraag "
           "en stuurt het besluit en de adviezen aan bestuur en ouders."]),
        P("De commissie toetst aan het volgende kader:"),
        T([("Soort TLV", "Toelaatbaar als …"),
           ("Sbo", "de school heeft ten minste twee cycli van handelingsgericht werken met extra ondersteuning "
            "doorlopen en het kind blijft op meerdere ontwikkelingsgebieden (leren, gedrag, werkhouding) "
            "ernstig achter, en de ondersteuningsbehoefte vraagt een kleinere groep en een aangepast programma "
            "gedurende de hele schooldag"),
           ("So, categorie laag", "het kind heeft een ernstige gedrags- of leerstoornis of een verstandelijke "
            "beperking (IQ lager dan 70) waardoor structureel specialistische begeleiding nodig is"),
           ("So, categorie midden", "daarnaast een lichamelijke beperking of langdurige ziekte met "
            "verzorgingsbehoefte"),
           ("So, categorie hoog", "meervoudige beperkingen met intensieve zorg gedurende de hele dag")]),
        P("Een TLV sbo geldt twee schooljaren, een TLV so drie schooljaren. Ouders en het bestuur kunnen binnen "
          "zes weken bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("Geld en middelen"),
        P("Het verdeelmodel van het samenwerkingsverband wordt in de loop van 2026 herijkt en daarna door het "
          "bestuur vastgesteld. Tot die tijd blijven de afspraken uit het vorige ondersteuningsplan van kracht."),
        P("De meerjarenbegroting laat zien waaraan het samenwerkingsverband de middelen de komende jaren besteedt:"),
        T([("Lasten (x € 1.000)", "2025", "2026", "2027", "2028"),
           ("Afdrachten DUO so en sbo", "2.110", "2.080", "2.050", "2.030"),
           ("Ondersteuningsbudget schoolbesturen", "1.985", "1.960", "1.930", "1.905"),
           ("Orthopedagogen en Commissie Toewijzing", "410", "415", "420", "425"),
           ("Netwerken en scholing scholen", "85", "85", "80", "80"),
           ("Bureau, huisvesting, ICT", "265", "270", "275", "280"),
           ("Totaal lasten", "4.855", "4.810", "4.755", "4.720"),
           ("Totaal baten", "4.790", "4.760", "4.730", "4.710")]),
        P("Het begrote tekort wordt gedekt uit de algemene reserve."),
        H1("Doelen voor 2029"),
        P("Voor deze planperiode hebben we drie doelen geformuleerd voor kinderen die extra ondersteuning nodig "
          "hebben:"),
        B(["In 2029 gaat ten minste 97 procent van de kinderen in het Hunzedal naar een reguliere basisschool "
           "(nu 96,1 procent).",
           "In 2029 heeft ieder kind met een OPP een perspectief dat ten minste twee keer per jaar met de "
           "ouders is besproken.",
           "In 2029 is binnen vier weken na de eerste vraag een ondersteuningsteam bijeen geweest, voor ten "
           "minste 90 procent van de vragen."]),
        P("Hoe en wanneer we deze doelen meten, en hoe we erover rapporteren, werken we in het eerste planjaar "
          "uit in een monitoringskader."),
        H1("Ouders als partner"),
        P("Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij weten waar ze aan toe zijn. "
          "Iedere school reikt daarom bij de intake de Hunzedal-gids voor ouders uit: een boekje waarin de "
          "Hunzedal-belofte, het ondersteuningsteam, de arrangementen en de route naar sbo en so in gewone "
          "taal worden uitgelegd. Dezelfde informatie staat, ook in het Engels, Pools en Arabisch, op "
          "www.swvhunzedal.nl/ouders. Eenmaal per jaar houden we een ouderavond in Borgerveen."),
        P("Soms lopen gesprekken vast. Ouders kunnen dan terecht bij Steunpunt Ouders Hunzedal, een "
          "onafhankelijk steunpunt dat is ondergebracht bij de regionale cliëntondersteuning en dat niet "
          "door de schoolbesturen wordt aangestuurd. De medewerkers denken mee, gaan mee naar gesprekken en "
          "verwijzen zo nodig door naar Onderwijsconsulenten of de Geschillencommissie passend onderwijs. Het "
          "steunpunt is bereikbaar op werkdagen van 9 tot 17 uur."),
        P("Twee ouders namens de OPR nemen deel aan de klankbordgroep die de Hunzedal-gids jaarlijks bijwerkt."),
    ]
    blocks += f_governance(c) + f_opr(c) + f_oogo(c, substantive=False) + f_personeel(c) + f_ict(c)
    blocks += f_vaststelling(c) + f_begrippen(c)
    return blocks


L3 = dict(
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="missing", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Wat elke school in het Hunzedal waarmaakt' (unusual wording: 'Hunzedal-belofte', "
                              "ondergrens for all 48 schools) with ten concrete toezeggingen.",
        "plaatsing": "Ch. 'Naar het sbo of so': four steps, Commissie Toewijzing, 6 weeks; criteria only in a "
                     "table ('Toelaatbaar als ...'); duration, LBT bezwaar.",
        "terugstroom": "Nothing on return from sbo/so; only 'terugblik', 'teruglopend leerlingaantal' and the "
                       "glossary entry 'Terugplaatsing' (traps).",
        "financien": "Ch. 'Geld en middelen': meerjarenbegroting with amounts per line; the verdeelmodel is "
                     "deferred (herijking 2026) and refers to the previous plan.",
        "dekkend-aanbod": "No continuum or gap handling; OOGO section is purely procedural and defers content to a "
                          "separate samenwerkingsagenda; 'arrangementen' only in passing.",
        "resultaten": "Ch. 'Doelen voor 2029': three measurable goals; measuring/reporting deferred to a "
                      "monitoringskader in the first plan year.",
        "ouders": "Ch. 'Ouders als partner': Hunzedal-gids at intake, website in 4 languages, ouderavond; "
                  "independent Steunpunt Ouders Hunzedal, Onderwijsconsulenten, Geschillencommissie.",
    })


# --------------------------------------------------------------------------- plan 4 (VO)
C4 = dict(sector="vo", n="Samenwerkingsverband Voortgezet Onderwijs Rivierenland-West", s="SWV VO Rivierenland-West",
          code="VO 30-08", p="2025-2029", g="Waaldijk, Lingewaard-Zuid, Neder-Betuwe-West en Beesd-Oost", nb=9,
          ns=14, nl="11.200", bestuurder="ir. M. de Graaf", bureau="Waaldijk", opr=12, opr_datum="28 januari 2025",
          opr_instemming="25 maart 2025", oogo="6 februari 2025", buur="PO Rivierenland", fte="11,8",
          missie="Iedere jongere een diploma of een duurzame plek op de arbeidsmarkt, zo dicht mogelijk bij huis",
          pijler3="dat we de jongere zelf serieus nemen: wie over hem beslist, praat met hem",
          regio_extra="De veertien scholen hebben samen 22 vestigingen: van gymnasium tot praktijkonderwijs. Er "
                      "zijn twee scholen voor praktijkonderwijs, zes scholen met lwoo en twee vso-scholen "
                      "(cluster 3 en cluster 4). Het OPDC De Brug in Waaldijk biedt tijdelijke opvang.")


def plan4():
    c = C4
    chapters = ["Voorwoord", "Leeswijzer", "Onze regio", "Visie en missie", "Het fundament",
                "Het ondersteuningsaanbod", "Toelaatbaarheid: vso, lwoo en pro", "Financieel beleid",
                "Kwaliteitsmonitor", "Organisatie en governance", "Medezeggenschap", "Samenwerking met gemeenten",
                "Personeel en bureau", "Kennisdeling en professionalisering", "Privacy en ICT", "Procedure en vaststelling",
                "Begrippenlijst"]
    blocks = [("title", ["Ondersteuningsplan " + c["p"], c["n"], c["code"], "Versie ter instemming OPR"]), TOC()]
    blocks += f_voorwoord(c) + f_leeswijzer(c, chapters) + f_regio(c) + f_visie(c)
    blocks += [
        H1("Het fundament"),
        P("In Rivierenland-West noemen we de basisondersteuning 'het fundament'. Alle 22 vestigingen hebben "
          "zich eraan gecommitteerd: het fundament is de gemeenschappelijke ondergrens die iedere vestiging, "
          "ongeacht schoolsoort, aan iedere leerling biedt zonder tussenkomst van het samenwerkingsverband. Het "
          "algemeen bestuur heeft dit uitgangspunt op 3 oktober 2024 vastgesteld."),
        P("Hoe elke vestiging het fundament in de praktijk vormgeeft, verschilt per school en per leerweg. De "
          "concrete uitwerking is daarom te vinden in de schoolgids en op de website van iedere school."),
        P("Twee keer per planperiode bezoekt een auditteam van collega-ondersteuningscoördinatoren elke "
          "vestiging om het fundament te toetsen; bevindingen worden besproken met de schoolleiding."),
        H1("Het ondersteuningsaanbod"),
        P("Boven op het fundament kent Rivierenland-West een samenhangend aanbod van extra ondersteuning, "
          "zowel binnen de scholen als bovenschools:"),
        T([("Voorziening", "Voor wie", "Capaciteit"),
           ("Schoolarrangementen (ondersteuningsklassen, trajectvoorzieningen)", "Leerlingen die tijdelijk "
            "extra begeleiding nodig hebben", "Op alle 14 scholen"),
           ("Lwoo", "Leerlingen in vmbo met leerachterstanden", "6 scholen"),
           ("Praktijkonderwijs", "Leerlingen voor wie een diploma vmbo niet haalbaar is", "2 scholen"),
           ("OPDC De Brug", "Tijdelijke opvang bij vastgelopen schoolloopbaan, max. 1 jaar", "48 plaatsen"),
           ("Rebound", "Time-out van maximaal 12 weken bij gedragsproblemen", "16 plaatsen"),
           ("Vso cluster 3 en 4", "Leerlingen met een TLV", "2 scholen"),
           ("Onderwijs-zorgarrangement 'Tussenstap'", "Leerlingen die naast onderwijs dagbehandeling volgen",
            "12 plaatsen")]),
        P("Het aanbod is dekkend als iedere jongere binnen de regio een passende plek vindt. Om dat te "
          "bewaken, meldt elke school leerlingen die langer dan vier weken verzuimen of voor wie geen plek "
          "wordt gevonden bij het Ondersteuningsloket. Het loket organiseert binnen tien werkdagen een "
          "casusoverleg met school, leerplicht en jeugdhulp, en de directeur-bestuurder kan een school "
          "opdragen een leerling tijdelijk op te nemen. Elk half jaar maken we een analyse van de gemelde "
          "casussen; blijkt een groep jongeren structureel tussen wal en schip te vallen, dan legt het "
          "bureau binnen drie maanden een voorstel voor een nieuwe voorziening aan het bestuur voor. Zo is in "
          "2024 de 'Tussenstap' ontstaan voor jongeren met psychiatrische problematiek."),
        H1("Toelaatbaarheid: vso, lwoo en pro"),
        H2("Vso"),
        P("Een school vraagt een TLV vso aan bij de Commissie Toelaatbaarheid van het samenwerkingsverband. "
          "Bij de aanvraag horen het OPP met evaluaties, een overzicht van de geboden extra ondersteuning en "
          "het advies van twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige, "
          "afhankelijk van de leerling. De commissie besluit binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: de school "
          "heeft gedurende ten minste zes maanden een schoolarrangement of bovenschools arrangement ingezet "
          "en geëvalueerd; de ondersteuningsbehoefte ligt op meer dan één domein (leren, gedrag, sociaal-"
          "emotioneel, medisch); en er is structureel een groep van maximaal 12 leerlingen met specialistische "
          "begeleiding nodig. De TLV wordt afgegeven voor één tot drie schooljaren, met bekostigingscategorie "
          "laag, midden of hoog."),
        H2("Lwoo en praktijkonderwijs"),
        P("Voor lwoo en praktijkonderwijs gelden de landelijke criteria (intelligentie, leerachterstanden en "
          "sociaal-emotionele problematiek). Het samenwerkingsverband maakt geen gebruik van de mogelijkheid "
          "om eigen lwoo-criteria vast te stellen. De school waar de leerling is aangemeld, vraagt de "
          "aanwijzing lwoo of de TLV pro aan via het digitale loket, met het onderwijskundig rapport en de "
          "testgegevens. De Commissie Toelaatbaarheid besluit binnen vier weken; een TLV pro geldt voor de "
          "duur van de opleiding, een aanwijzing lwoo voor de gehele vmbo-opleiding."),
        H2("Overplaatsing vanuit het vso"),
        P("In het voorlaatste en laatste jaar van een TLV bespreekt de vso-school tijdens de jaarlijkse "
          "OPP-evaluatie in oktober of overplaatsing naar het regulier voortgezet onderwijs mogelijk is. De "
          "vso-school meldt uiterlijk 1 februari bij de Commissie Toelaatbaarheid of zij verlenging aanvraagt "
          "of een overplaatsing voorbereidt. Bij overplaatsing besluit de commissie binnen vier weken en "
          "eindigt de TLV op 31 juli; de commissie informeert de ontvangende school."),
        P("Een uitgewerkt beleid voor terugplaatsing – met uitgangspunten, voorwaarden en de begeleiding van "
          "de leerling na de overstap – hebben we nog niet. Dat stellen we in het schooljaar 2026-2027 op "
          "samen met de twee vso-scholen."),
        H1("Financieel beleid"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (inclusief lwoo en pro) en "
          "voor zware ondersteuning. De verdeling is als volgt vastgesteld door het algemeen bestuur:"),
        B(["Lichte ondersteuning: elk bestuur ontvangt € 155 per leerling (teldatum 1 oktober) als "
           "schoolbudget voor het fundament en schoolarrangementen.",
           "Lwoo en pro: de middelen worden toegekend naar het aantal leerlingen met een aanwijzing lwoo of "
           "TLV pro op 1 oktober, tegen het landelijke bedrag per leerling.",
           "Zware ondersteuning: na de afdrachten aan DUO voor het vso financiert het samenwerkingsverband "
           "hieruit het OPDC, de rebound en de Tussenstap; scholen betalen geen eigen bijdrage."]),
        T([("Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"),
           ("Baten lichte ondersteuning incl. lwoo/pro", "9.840", "9.780", "9.700", "9.650"),
           ("Baten zware ondersteuning", "6.120", "6.090", "6.050", "6.010"),
           ("Schoolbudgetten en lwoo/pro naar besturen", "9.840", "9.780", "9.700", "9.650"),
           ("Afdrachten vso (DUO)", "3.480", "3.460", "3.440", "3.420"),
           ("OPDC De Brug en rebound", "1.520", "1.540", "1.560", "1.580"),
           ("Tussenstap", "310", "320", "330", "340"),
           ("Bureau en loket", "880", "895", "910", "925"),
           ("Resultaat", "-70", "-125", "-190", "-255")]),
        P("Besturen verantwoorden de inzet van het schoolbudget jaarlijks in een verantwoordingsformat. "
          "De negatieve resultaten worden gedekt uit de reserve, die daarmee binnen de planperiode onder de "
          "signaleringswaarde komt."),
        H1("Kwaliteitsmonitor"),
        P("Het samenwerkingsverband werkt volgens een cyclus van plannen, uitvoeren, meten en bijsturen. Elk "
          "jaar in september verzamelt het bureau in de Kwaliteitsmonitor de kengetallen: deelname vso, lwoo "
          "en pro, aantal TLV's per school, bezetting en uitstroom OPDC, aantal thuiszitters en vrijstellingen, "
          "doorlooptijden van het loket en tevredenheid van scholen. De monitor wordt in november besproken met "
          "het algemeen bestuur en de OPR en gepubliceerd in het jaarverslag."),
        P("Voor het schooljaar 2025-2026 hebben we de volgende resultaatafspraken gemaakt: we organiseren "
          "vier netwerkbijeenkomsten voor ondersteuningscoördinatoren, we voeren op acht vestigingen een audit "
          "uit en we ontwikkelen een nieuwe website. De beoogde resultaten voor leerlingen stellen we vast "
          "nadat in 2026 de nulmeting is afgerond."),
    ]
    blocks += f_governance(c) + f_opr(c, with_parents=False) + f_oogo(c) + f_personeel(c) + f_kennis(c) + f_ict(c)
    blocks += f_vaststelling(c) + f_begrippen(c)
    return blocks


L4 = dict(
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": []},
    notes={
        "basisondersteuning": "Ch. 'Het fundament': common ondergrens of all 22 vestigingen (unusual name), but the "
                              "concrete content is referred to each school's schoolgids/website.",
        "plaatsing": "Ch. 'Toelaatbaarheid: vso, lwoo en pro': vso procedure + explicit criteria, two deskundigen, "
                     "duration/category; lwoo/pro with national criteria, procedure and terms.",
        "terugstroom": "H2 'Overplaatsing vanuit het vso' inside the TLV chapter gives the procedure (October OPP, "
                       "1 February, 4 weeks, TLV ends 31 July); policy explicitly not yet written (2026-2027).",
        "financien": "Ch. 'Financieel beleid': per-leerling verdeling, lwoo/pro and zware ondersteuning, "
                     "meerjarenbegroting with amounts, verantwoording, reserves.",
        "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod': continuum table (OPDC, rebound, vso, OZA) and gap "
                          "handling via loket, casusoverleg, half-yearly analysis.",
        "resultaten": "Ch. 'Kwaliteitsmonitor' describes yearly monitoring; the 'resultaatafspraken' are activities "
                      "and beoogde resultaten are deferred until after the 2026 nulmeting.",
        "ouders": "No information channels and no independent support for parents; 'ouders' occurs only in "
                  "passing (voorwoord, leeswijzer) and in the glossary (Onderwijsconsulenten, OJSP); OPR "
                  "composition does not mention parents.",
    })


# --------------------------------------------------------------------------- plan 5 (markdown)
C5 = dict(sector="po", n="Samenwerkingsverband Kempenrand PO", s="SWV Kempenrand", code="PO 30-02",
          p="2025-2029", g="Kempenrand, Bergeijk-Noord, Valkenhorst en Luyksgestel-West", nb=12, ns=71,
          nl="14.500", bestuurder="dr. S. Hermans", bureau="Valkenhorst", opr=12, opr_datum="30 januari 2025",
          opr_instemming="20 maart 2025", oogo="20 februari 2025", buur="VO De Kempen", fte="9,0",
          missie="Passend onderwijs in de Kempenrand: thuisnabij waar het kan, speciaal waar het moet",
          regio_extra="De regio telt drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal "
                      "onderwijs. Het plan is bewust een plan op hoofdlijnen; de uitwerking staat in het jaarplan, "
                      "de jaarbegroting en op onze website.")


def plan5():
    c = C5
    chapters = ["Voorwoord", "Leeswijzer", "Onze regio", "Visie en missie", "Basisondersteuning",
                "Toelaatbaarheid", "Terug naar de basisschool", "Een passende plek voor ieder kind", "Financiën",
                "Resultaten en kwaliteit", "Ouders", "Organisatie en governance", "Medezeggenschap",
                "Samenwerking met gemeenten", "Personeel en bureau", "Kennisdeling en professionalisering",
                "Privacy en ICT", "Procedure en vaststelling", "Begrippenlijst"]
    blocks = [("title", ["Ondersteuningsplan Kempenrand PO 2025-2029", "Een plan op hoofdlijnen"]), TOC()]
    blocks += f_voorwoord(c) + f_leeswijzer(c, chapters) + f_regio(c) + f_visie(c)
    blocks += [
        H1("Basisondersteuning"),
        P("De scholen in de Kempenrand bepalen zelf hoe zij hun basisondersteuning inrichten en leggen dat "
          "vast in hun schoolondersteuningsprofiel. Het document 'Basisondersteuning Kempenrand 2024' wordt "
          "afzonderlijk door het bestuur vastgesteld en maakt geen deel uit van dit plan."),
        H1("Toelaatbaarheid"),
        P("De aanvraagroute voor een toelaatbaarheidsverklaring, inclusief formulieren en termijnen, vindt u op "
          "kempenrand.nl/tlv."),
        P("Het samenwerkingsverband hanteert de volgende criteria. Een kind is toelaatbaar tot het speciaal "
          "basisonderwijs wanneer (a) de ondersteuningsbehoefte de mogelijkheden van de reguliere school en "
          "van een bovenschools arrangement aantoonbaar overstijgt, (b) er sprake is van een achterstand van "
          "meer dan een jaar op ten minste twee vakgebieden in combinatie met problemen in werkhouding of "
          "gedrag, en (c) het kind baat heeft bij een kleinere groep en een aangepast programma. Een kind is "
          "toelaatbaar tot het speciaal onderwijs wanneer daarnaast sprake is van een verstandelijke, "
          "lichamelijke of psychiatrische beperking die structureel specialistische begeleiding vraagt die "
          "het sbo niet kan bieden."),
        P("Tegen een besluit over toelaatbaarheid kunnen ouders bezwaar maken bij het samenwerkingsverband. "
          "Het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("Terug naar de basisschool"),
        P("Ons uitgangspunt is dat kinderen in het sbo en so terugkeren naar het regulier onderwijs zodra dat "
          "verantwoord is. Thuisnabijheid weegt daarbij zwaar: bij voorkeur keert een kind terug naar een "
          "school in de eigen wijk of het eigen dorp. Voorwaarde is dat de ontvangende school, eventueel met "
          "een arrangement, de ondersteuning kan bieden die in het OPP is beschreven."),
        P("De werkwijze is vastgelegd in vijf stappen:"),
        B(["1. Bij elke jaarlijkse OPP-evaluatie beoordeelt de sbo- of so-school met de ouders of terugkeer "
           "in beeld is.",
           "2. Is dat zo, dan meldt de school dit vóór 1 maart bij de trajectbegeleider van het SWV.",
           "3. De trajectbegeleider zoekt met ouders een reguliere school en organiseert een overdrachtsgesprek.",
           "4. De ontvangende school en het sbo/so stellen een terugkeerplan op met een proefperiode van acht "
           "weken; het SWV kent een terugkeerarrangement toe (begeleiding door een ambulant begeleider, "
           "maximaal een schooljaar).",
           "5. Na de proefperiode en aan het einde van het schooljaar evalueren school, ouders en "
           "trajectbegeleider de terugkeer. Loopt de TLV af zonder terugkeer, dan vraagt de school tijdig "
           "een nieuwe TLV aan."]),
        P("In de vorige planperiode keerden gemiddeld 31 kinderen per jaar terug; we streven naar 40 per jaar."),
        H1("Een passende plek voor ieder kind"),
        P("Een actueel overzicht van alle arrangementen, bovenschoolse voorzieningen en scholen in de "
          "Kempenrand houden we bij in de Sociale Kaart Kempenrand op onze website."),
        P("Geen kind mag tussen wal en schip raken. Wanneer een kind langer dan twee weken niet naar school "
          "gaat, of wanneer een bestuur voor een aangemeld kind geen passende plek vindt, meldt de school dit "
          "bij de trajectbegeleider. Binnen vijf werkdagen volgt een overleg met ouders, leerplicht en "
          "jeugdhulp. Lukt het niet om binnen zes weken een oplossing te vinden, dan besluit de "
          "directeur-bestuurder welk bestuur het kind een plek biedt. Elk kwartaal bespreken we met de "
          "leerplichtambtenaren de lijst van thuiszitters en kinderen met een vrijstelling, en twee keer per "
          "jaar analyseren we welke groepen kinderen we niet goed kunnen bedienen. Die analyse leidde in "
          "2024 tot een nieuwe voorziening voor hoogbegaafde kinderen met sociaal-emotionele problemen."),
        H1("Financiën"),
        P("De begroting en het verdeelmodel worden jaarlijks als afzonderlijk document vastgesteld. U vindt de "
          "jaarbegroting en de meerjarenraming op de website van het samenwerkingsverband."),
        H1("Resultaten en kwaliteit"),
        P("Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd:"),
        T([("Beoogd resultaat", "Nulmeting 2024", "Streefwaarde 2029"),
           ("Thuiszitters langer dan 4 weken", "17", "5"),
           ("Terugkeer vanuit sbo/so per jaar", "31", "40"),
           ("Ouders tevreden over ondersteuning (% ≥ 7)", "71%", "80%"),
           ("Aanvragen afgehandeld binnen 6 weken", "78%", "95%")]),
        P("De kengetallen worden elk kwartaal uit de registratie van het bureau en van leerplicht gehaald en "
          "weergegeven in een dashboard. Het bestuur bespreekt de voortgang twee keer per jaar met de OPR; in "
          "het jaarverslag rapporteren we per resultaat wat bereikt is. De tevredenheid van ouders meten we "
          "elke twee jaar met een vragenlijst."),
        H1("Ouders"),
        P("Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de Kempenrand, werken we in 2026 "
          "uit in een communicatieplan."),
        P("Ouders die het niet eens zijn met de school of het samenwerkingsverband, of die vastlopen, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Kempen. Dit steunpunt staat los van de schoolbesturen, is "
          "gratis en biedt een onafhankelijke ouderbegeleider die meegaat naar gesprekken. Daarnaast kunnen "
          "ouders kosteloos advies vragen bij Onderwijsconsulenten en een geschil voorleggen aan de "
          "Geschillencommissie passend onderwijs."),
    ]
    blocks += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_kennis(c) + f_ict(c)
    blocks += f_vaststelling(c) + f_begrippen(c)
    return blocks


L5 = dict(
    sector="po",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"plaatsing": ["bezwaar"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Section 'Basisondersteuning' says schools decide themselves and refers to a separate "
                              "document not part of the plan; otherwise only TOC/glossary.",
        "plaatsing": "Section 'Toelaatbaarheid': sbo/so criteria (a)-(c) and LBT bezwaar; the procedure is only a "
                     "link to kempenrand.nl/tlv.",
        "terugstroom": "Section 'Terug naar de basisschool': policy (thuisnabij, conditions) and five steps with "
                       "1 March, proefperiode, terugkeerarrangement, evaluation, TLV end.",
        "financien": "Section 'Financiën' only refers to a separately adopted begroting on the website; "
                     "'verdeelmodel' appears otherwise only in the glossary.",
        "dekkend-aanbod": "'Een passende plek voor ieder kind': gap handling (meldingen, 5 days, doorzettingsmacht, "
                          "quarterly thuiszitters, analysis); the continuum is only a reference to the Sociale Kaart.",
        "resultaten": "'Resultaten en kwaliteit': table with nulmeting and streefwaarden 2029, quarterly dashboard, "
                      "OPR and jaarverslag reporting.",
        "ouders": "Section 'Ouders': informing parents deferred to a 2026 communicatieplan; OJSP Kempen, "
                  "Onderwijsconsulenten and Geschillencommissie cover independent help.",
    })


# --------------------------------------------------------------------------- near-miss: school-level plan
def notplan_html():
    paras = [
        ("h1", "Ondersteuningsplan OBS De Regenboog 2025-2026"),
        ("p", "Openbare basisschool De Regenboog, Marrum – onderdeel van Stichting Openbaar Onderwijs De Lage "
              "Landen. Dit ondersteuningsplan beschrijft hoe wij op onze school de zorg en ondersteuning voor "
              "onze 212 leerlingen organiseren. Het plan is besproken met het team en de medezeggenschapsraad."),
        ("h2", "1. Inleiding"),
        ("p", "Onze school is aangesloten bij het samenwerkingsverband passend onderwijs De Lage Landen. Het "
              "samenwerkingsverband heeft in zijn eigen ondersteuningsplan afspraken gemaakt over de "
              "basisondersteuning die elke school biedt. In dit schoolplan voor ondersteuning beschrijven wij "
              "hoe De Regenboog die afspraken in de praktijk uitvoert: onze zorgniveaus, de groepsbesprekingen, "
              "de rol van de intern begeleider en de samenwerking met ouders."),
        ("h2", "2. Onze zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven aan de hele groep volgens het directe "
              "instructiemodel. Niveau 2: extra instructie aan de instructietafel voor kinderen die dat nodig "
              "hebben. Niveau 3: specifieke interventies na overleg met de intern begeleider, zoals RT voor "
              "lezen of een gedragsplan. Niveau 4: inschakelen van externe deskundigen via het "
              "ondersteuningsteam, bijvoorbeeld de orthopedagoog van het samenwerkingsverband. Niveau 5: een "
              "arrangement van het samenwerkingsverband of een aanvraag voor een toelaatbaarheidsverklaring "
              "(TLV) voor het speciaal basisonderwijs."),
        ("h2", "3. Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar (oktober, februari, juni) bespreekt de leerkracht met de intern begeleider de "
              "hele groep aan de hand van het groepsoverzicht en de toetsresultaten. In de weken daarna volgen "
              "leerlingbesprekingen voor kinderen bij wie de ontwikkeling stagneert. Afspraken worden "
              "vastgelegd in ParnasSys. Kinderen met een eigen leerlijn krijgen een ontwikkelingsperspectief "
              "(OPP), dat twee keer per jaar met de ouders wordt geëvalueerd."),
        ("h2", "4. De intern begeleider"),
        ("p", "Onze intern begeleider, mevrouw Dekker, is op maandag, dinsdag en donderdag aanwezig. Zij "
              "coördineert de zorg, begeleidt leerkrachten, voert gesprekken met ouders en onderhoudt het "
              "contact met het samenwerkingsverband en de ketenpartners, zoals de jeugdverpleegkundige en het "
              "schoolmaatschappelijk werk."),
        ("h2", "5. Dyslexie, rekenen en meer- en hoogbegaafdheid"),
        ("p", "De school volgt het protocol leesproblemen en dyslexie. In groep 3 worden kinderen drie keer per "
              "jaar gescreend. Kinderen die na twee periodes van intensieve begeleiding onvoldoende vooruitgaan, "
              "komen in aanmerking voor een dyslexieonderzoek dat door de gemeente wordt vergoed. Voor rekenen "
              "werken we met het protocol ERWD. Kinderen die meer aankunnen, krijgen compacte leerstof en werken "
              "één ochtend per week in de plusgroep van ons bestuur."),
        ("h2", "6. Een arrangement of TLV aanvragen"),
        ("p", "Wanneer wij een kind niet de ondersteuning kunnen bieden die het nodig heeft, bespreken we dat "
              "eerst met ouders in het ondersteuningsteam. Als de conclusie is dat extra ondersteuning buiten "
              "de groep of een andere school nodig is, vraagt de directeur namens het bestuur een arrangement "
              "of een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het samenwerkingsverband "
              "beslist daarover; de procedure en de criteria staan in het ondersteuningsplan van het "
              "samenwerkingsverband. In schooljaar 2024-2025 zijn vanuit De Regenboog twee kinderen naar het sbo "
              "gegaan en is één kind teruggekomen uit het sbo."),
        ("h2", "7. Ouders"),
        ("p", "Ouders zijn onze partners. Wij informeren ouders over de ondersteuning op school via de schoolgids, "
              "de informatieavond aan het begin van het schooljaar en de oudergesprekken. Bij zorgen nemen wij "
              "altijd eerst contact op met ouders. Ouders die het niet eens zijn met een beslissing van de "
              "school, kunnen de klachtenregeling van ons bestuur gebruiken of contact opnemen met "
              "Onderwijsconsulenten."),
        ("h2", "8. Middelen en formatie"),
        ("p", "De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen van het "
              "samenwerkingsverband. Die middelen zetten wij in voor 0,6 fte intern begeleiding, 0,4 fte "
              "remedial teaching en 24 uur onderwijsassistentie per week. De directeur legt hierover jaarlijks "
              "verantwoording af aan het bestuur."),
        ("h2", "9. Evaluatie en doelen 2025-2026"),
        ("p", "Dit schoolondersteuningsplan wordt jaarlijks in juni geëvalueerd met het team. Onze doelen voor "
              "dit schooljaar zijn: alle leerkrachten werken met het nieuwe groepsoverzicht; het aantal "
              "leerlingen met een leesachterstand in groep 4 daalt van 14% naar 10%; de oudertevredenheid over "
              "de zorg blijft ten minste een 7,5."),
        ("h2", "10. Jaarplanning zorg"),
        ("p", "September: startgesprekken met ouders. Oktober: groepsbesprekingen ronde 1. November: "
              "ondersteuningsteam. Januari: toetsweek. Februari: groepsbesprekingen ronde 2. Maart: OPP-"
              "evaluaties. Juni: groepsbesprekingen ronde 3 en evaluatie van dit plan. Juli: overdracht naar de "
              "nieuwe leerkracht."),
    ]
    body = []
    for kind, text in paras:
        body.append("<{0}>{1}</{0}>".format(kind, html.escape(text)))
    return ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\">"
            "<title>Ondersteuningsplan OBS De Regenboog 2025-2026</title></head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


# --------------------------------------------------------------------------- renderers
def toc_lines(blocks):
    n = 0
    out = []
    for kind, val in blocks:
        if kind == "h1":
            n += 1
            out.append("{0}. {1}".format(n, val))
    return out


def render_docx(blocks, path, header_text):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text + " – basisondersteuning · toelaatbaarheid · " \
        "terugplaatsing · financiën · resultaten · ouders"
    n = 0
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val[0], 0)
            for line in val[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for line in toc_lines(blocks):
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            n += 1
            doc.add_heading("{0}. {1}".format(n, val), 1)
        elif kind == "h2":
            doc.add_heading(val, 2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(str(path))


def render_md(blocks):
    out = []
    n = 0
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out += ["", "*" + " — ".join(val[1:]) + "*", ""]
        elif kind == "toc":
            out += ["**Inhoudsopgave**", ""] + ["- " + l for l in toc_lines(blocks)] + [""]
        elif kind == "h1":
            n += 1
            out += ["## {0}. {1}".format(n, val), ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["- " + i for i in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
            out.append("")
    return "\n".join(out)


def to_pdf(blocks, name, header_text, tmpdir):
    src = tmpdir / (name + ".docx")
    render_docx(blocks, src, header_text)
    profile = tmpdir / "lo_profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmpdir), str(src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=300)
    shutil.copyfile(str(tmpdir / (name + ".pdf")), str(OUT / (name + ".pdf")))


ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CRIT = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def check_label(lab):
    """Assert the Part A status rule holds for the label."""
    for el in ORDER:
        core = [lab["criteria"][k] for k in CRIT if k.startswith(el + ".")]
        adv = lab["advisory"].get(el) or []
        st = lab["elements"][el]
        if all(core):
            assert st == "present", el
        elif any(core) or adv:
            assert st == "partial", el
        else:
            assert st == "missing", el


def write_label(stem, documents, lab):
    check_label(lab)
    data = {
        "documents": documents,
        "sector": lab["sector"],
        "looks_like_plan": True,
        "elements": {el: lab["elements"][el] for el in ORDER},
        "criteria": {k: lab["criteria"][k] for k in CRIT},
        "advisory_addressed": {k: v for k, v in lab["advisory"].items() if v},
        "notes": {el: lab["notes"][el] for el in ORDER},
    }
    def flow(obj):
        return yaml.safe_dump(obj, default_flow_style=True, allow_unicode=True, width=10000, sort_keys=False).strip()
    lines = ["documents: " + flow(data["documents"]), "sector: " + data["sector"], "looks_like_plan: true",
             "elements: " + flow(data["elements"]), "criteria:"]
    lines += ["  {0}: {1}".format(k, "true" if v else "false") for k, v in data["criteria"].items()]
    lines.append("advisory_addressed:")
    lines += ["  {0}: {1}".format(k, flow(v)) for k, v in data["advisory_addressed"].items()]
    lines.append("notes:")
    lines += ["  {0}: {1}".format(k, json.dumps(v, ensure_ascii=False)) for k, v in data["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data
    (OUT / (stem + ".expected.yaml")).write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout284_gen_"))
    try:
        # plan 1: docx
        name = "po-delagelanden-op-2025-2029"
        render_docx(plan1(), OUT / (name + ".docx"), "Ondersteuningsplan 2025-2029 – SWV De Lage Landen")
        write_label(name, [name + ".docx"], L1)
        # plan 2: pdf
        name = "po-amstelrijn-ondersteuningsplan"
        to_pdf(plan2(), name, "Passend Primair Amstelrijn · Ondersteuningsplan 2025-2029", tmpdir)
        write_label(name, [name + ".pdf"], L2)
        # plan 3: pdf
        name = "po-hunzedal-op-2025-2029"
        to_pdf(plan3(), name, "SWV PO Hunzedal – Ondersteuningsplan", tmpdir)
        write_label(name, [name + ".pdf"], L3)
        # plan 4: docx (VO)
        name = "vo-rivierenland-west-ondersteuningsplan"
        render_docx(plan4(), OUT / (name + ".docx"), "Ondersteuningsplan SWV VO Rivierenland-West 2025-2029")
        write_label(name, [name + ".docx"], L4)
        # plan 5: markdown
        name = "po-kempenrand-op-hoofdlijnen"
        (OUT / (name + ".md")).write_text(render_md(plan5()), encoding="utf-8")
        write_label(name, [name + ".md"], L5)
        # near-miss
        name = "obs-deregenboog-schoolondersteuningsplan"
        (OUT / (name + ".html")).write_text(notplan_html(), encoding="utf-8")
        data = {"documents": [name + ".html"], "sector": "po", "looks_like_plan": False, "elements": {},
                "criteria": {},
                "notes": {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, "
                                      "groepsbesprekingen, IB-rooster); it refers to the SWV's plan but is not an "
                                      "ondersteuningsplan of a samenwerkingsverband (domain §5.4)."}}
        (OUT / (name + ".expected.yaml")).write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    finally:
        shutil.rmtree(str(tmpdir), ignore_errors=True)


if __name__ == "__main__":
    main()
