#!/usr/bin/env python3
"""Generate the holdout262 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus the documents' label files are written separately (*.expected.yaml).

Deterministic, no network. Output goes next to this script's parent folder.
Style focus: thematic chapters plus a closing 'verantwoording wettelijke onderdelen' chapter.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------------------------
# block helpers: a document is a list of (kind, payload)
# kinds: title, h1, h2, p, bullets, table, toc, pagebreak


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("bullets", list(items))


def TAB(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------------------------
# shared filler (mentions element words in passing only)


def voorwoord(p):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Het is het derde plan sinds de "
          f"invoering van passend onderwijs in 2014 en het eerste plan dat we schrijven na de afronding van de "
          f"Verbeteraanpak passend onderwijs. Het plan is tot stand gekomen in een lang traject waarin we met "
          f"schoolbesturen, directeuren, intern begeleiders, ondersteuningscoördinatoren, gemeenten en de "
          f"ondersteuningsplanraad hebben gesproken over wat goed gaat en wat beter moet."),
        P("Wij danken iedereen die heeft meegedacht. In de werkgroepen, de regiobijeenkomsten en de "
          "themasessies hebben meer dan tweehonderd mensen hun ervaringen gedeeld. Die ervaringen waren niet "
          "altijd positief. We hoorden over lange wachttijden bij jeugdhulp, over leraren die handelingsverlegen "
          "zijn en over middelen die niet altijd terechtkomen waar ze het hardst nodig zijn. Tegelijkertijd "
          "zagen we veel vakmanschap en betrokkenheid. Scholen zoeken elkaar op, delen kennis en nemen samen "
          "verantwoordelijkheid voor kinderen die het lastig hebben."),
        P("Dit plan is bewust compact gehouden. Het beschrijft op hoofdlijnen wat we willen bereiken en hoe "
          "we dat organiseren. De uitwerking vindt plaats in de jaarplannen en jaarbegrotingen. Waar in dit "
          "plan wordt verwezen naar arrangementen, toelaatbaarheid of resultaten, gebruiken we de begrippen "
          "zoals omschreven in de begrippenlijst achter in dit document."),
        P(f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n\n"
          f"{p['directeur']}, directeur-bestuurder\n{p['plaats']}, {p['datum_vaststelling']}"),
    ]


def inleiding(p, verantw_hfst):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"{p['naam']} is een samenwerkingsverband als bedoeld in {p['wetsartikel']}. Het verband is "
          f"ingeschreven onder registratienummer {p['code']} en omvat de {p['gebied']}. Elk samenwerkingsverband "
          f"stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dit plan geldt voor de "
          f"schooljaren {p['periode']}, van 1 augustus {p['start']} tot en met 31 juli {p['eind']}."),
        P("Het plan is als volgt opgebouwd. De eerste hoofdstukken schetsen de context, onze visie en de "
          "organisatie van het samenwerkingsverband. Daarna volgen de inhoudelijke thema's waar we de komende "
          "jaren aan werken. Het plan sluit af met een hoofdstuk waarin we per wettelijk onderdeel "
          f"verantwoorden waar het in dit plan te vinden is (hoofdstuk {verantw_hfst}). Dat hoofdstuk is "
          "vooral bedoeld voor de inspectie en voor de ondersteuningsplanraad; het geeft geen volledige "
          "herhaling van de thematische hoofdstukken."),
        P("Waar we spreken over 'scholen' bedoelen we alle vestigingen van de aangesloten schoolbesturen. "
          "Waar we spreken over 'het bestuur' bedoelen we het bestuur van de stichting, tenzij anders vermeld."),
    ]


def context(p):
    rows = [["Kengetal", f"1 oktober {p['start'] - 1}"]] + p["kengetallen"]
    return [
        H1("Context en kengetallen"),
        P(f"Het werkgebied van {p['naam']} omvat {p['gemeenten_tekst']}. De regio kent zowel stedelijke "
          "kernen als kleine dorpen. In de kleinere kernen staan scholen met minder dan honderd leerlingen, "
          "waar combinatiegroepen de norm zijn. In de stedelijke wijken hebben scholen te maken met een "
          "groeiend aantal leerlingen met een taalachterstand en met gezinnen die in armoede leven."),
        P("De leerlingaantallen dalen licht. Volgens de prognoses neemt het aantal leerlingen in de "
          "planperiode met ongeveer vier procent af, met grote verschillen tussen kernen. De teruglopende "
          "leerlingaantallen hebben gevolgen voor de rijksbekostiging van het samenwerkingsverband en voor "
          "de schoolbesturen. Tegelijkertijd zien we dat de ondersteuningsvragen complexer worden."),
        TAB(rows),
        P("De tabel is bedoeld als achtergrond. Een analyse van deze cijfers in relatie tot onze ambities "
          "is niet in dit hoofdstuk opgenomen."),
    ]


def visie(p):
    return [
        H1("Missie, visie en kernwaarden"),
        H2("Missie"),
        P(f"{p['naam']} zorgt er samen met de aangesloten schoolbesturen voor dat ieder kind in de regio "
          "onderwijs krijgt dat bij hem of haar past, zo dicht mogelijk bij huis. Wij zijn er niet om zelf "
          "onderwijs te geven, maar om scholen in staat te stellen hun werk goed te doen."),
        H2("Visie"),
        P("Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waar zij gezien worden. Een "
          "passende plek is niet alleen een plek in een school, maar ook een plek in een groep, bij een "
          "leraar die vertrouwen heeft in het kind. Leraren moeten daarvoor ruimte, kennis en steun krijgen. "
          "Dat vraagt om scholen die lerende organisaties zijn en om besturen die elkaar aanspreken op "
          "gezamenlijke verantwoordelijkheid."),
        P("Wij werken vanuit de uitgangspunten van handelingsgericht werken: we kijken naar wat een kind "
          "nodig heeft, niet naar wat het mankeert. We denken in mogelijkheden. We werken doelgericht, "
          "transparant en resultaatgericht. We zoeken de samenwerking met iedereen die rondom het kind "
          "betrokken is, waaronder de jeugdgezondheidszorg, de leerplichtambtenaar en de wijkteams."),
        H2("Kernwaarden"),
        UL("Nabij: ondersteuning zo dicht mogelijk bij het kind en de leraar.",
           "Samen: besturen dragen gezamenlijk verantwoordelijkheid.",
           "Eenvoudig: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor het kind.",
           "Lerend: we evalueren ons werk en passen het aan waar dat nodig is."),
        P("Deze kernwaarden vormen de toets voor alle keuzes in dit plan. Ze zijn in de werkgroepen "
          "besproken en door het bestuur vastgesteld in de bestuursvergadering van november."),
    ]


def governance(p):
    return [
        H1("Organisatie en governance"),
        P(f"{p['naam']} is een stichting. In de stichting zijn {p['n_besturen']} schoolbesturen "
          "vertegenwoordigd. De stichting kent een scheiding tussen bestuur en intern toezicht volgens het "
          "raad-van-toezichtmodel. De directeur-bestuurder vormt het bestuur van de stichting en is "
          "verantwoordelijk voor de dagelijkse leiding en de uitvoering van het beleid. De raad van "
          "toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten schoolbesturen en "
          "twee onafhankelijke leden."),
        P("De algemene vergadering van aangesloten schoolbesturen komt vier keer per jaar bijeen. Zij "
          "benoemt de leden van de raad van toezicht, keurt het jaarverslag goed en adviseert over het "
          "ondersteuningsplan. Schoolbesturen die het oneens zijn met een besluit kunnen gebruikmaken van "
          "de geschillenregeling in de statuten."),
        P("Het bureau van het samenwerkingsverband bestaat uit een directeur-bestuurder, een "
          "beleidsmedewerker, een controller, een secretariaat en een team van consulenten en "
          "orthopedagogen. Het bureau is gevestigd in " + p['plaats'] + ". In totaal werken er "
          f"{p['fte_bureau']} fte op het bureau. De taken van het bureau zijn vastgelegd in het "
          "managementstatuut."),
        P("De code goed bestuur van de PO-Raad respectievelijk de VO-raad is van toepassing. Het bestuur "
          "legt jaarlijks verantwoording af over de naleving van de code in het bestuursverslag."),
    ]


def opr(p, ouders_in_samenstelling=True):
    samenstelling = ("De OPR telt twaalf leden: zes personeelsleden en zes ouders, afgevaardigd vanuit de "
                     "medezeggenschapsraden van de aangesloten scholen."
                     if ouders_in_samenstelling else
                     "De OPR telt twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de "
                     "aangesloten scholen.")
    return [
        H1("Medezeggenschap: de ondersteuningsplanraad"),
        P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
          "wijzigingen daarin. " + samenstelling + " De OPR vergadert zes keer per jaar en heeft een eigen "
          "reglement en een eigen budget voor scholing en ondersteuning."),
        P(f"De OPR is vanaf de start betrokken geweest bij de totstandkoming van dit plan. In drie "
          f"werksessies zijn de concepthoofdstukken besproken. De OPR heeft op {p['datum_opr']} ingestemd "
          f"met het plan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
          f"personeel van het bureau."),
    ]


def oogo(p, inhoudelijk=True):
    blok = [
        H1("Overleg met gemeenten en het samenwerkingsverband " + ("VO" if p['sector'] == 'po' else "PO")),
        P(f"Het concept van dit plan is op {p['datum_oogo']} besproken in het op overeenstemming gericht "
          f"overleg (OOGO) met de colleges van burgemeester en wethouders van de gemeenten in ons gebied. "
          f"Het OOGO is verlopen volgens de afgesproken procedure, waarin ook een regeling voor geschillen "
          f"is opgenomen. Er is overeenstemming bereikt; een verslag is opgesteld en door alle partijen "
          f"ondertekend."),
        P("Ook heeft overleg plaatsgevonden met het samenwerkingsverband " +
          ("voor voortgezet onderwijs" if p['sector'] == 'po' else "voor primair onderwijs") +
          " waarvan het gebied overlapt met het onze. Dat overleg leidde niet tot wijzigingen in het plan."),
    ]
    if inhoudelijk:
        blok += [
            P("Met de gemeenten werken we samen aan de aansluiting tussen onderwijs en jeugdhulp. Sinds "
              "2023 heeft elke school een vaste contactpersoon van het lokale team die ten minste zes keer "
              "per jaar aanschuift bij het ondersteuningsteam van de school. Voor kinderen die zowel "
              "onderwijs als zorg nodig hebben, stellen we samen met de gemeente een onderwijs-"
              "zorgarrangement op; de gemeente financiert het zorgdeel, het samenwerkingsverband of het "
              "schoolbestuur het onderwijsdeel. Leerlingenvervoer en onderwijshuisvesting blijven "
              "verantwoordelijkheden van de gemeenten."),
        ]
    return blok


def personeel(p):
    return [
        H1("Personeel en professionalisering"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Leraren, intern "
          "begeleiders en ondersteuningscoördinatoren hebben te maken met een hoge werkdruk en een "
          "krappe arbeidsmarkt. Het samenwerkingsverband heeft geen eigen formatie in de scholen; de "
          "schoolbesturen zijn werkgever van het onderwijspersoneel."),
        P("Het samenwerkingsverband biedt een scholingsaanbod aan. Dat bestaat uit netwerkbijeenkomsten "
          "voor intern begeleiders, een leergang gedrag voor leraren, intervisie voor "
          "ondersteuningscoördinatoren en jaarlijks een regionale studiedag. Het aanbod wordt samengesteld "
          "op basis van de vragen van scholen en wordt aan het eind van elk schooljaar geëvalueerd met "
          "de deelnemers."),
        P(f"Het bureau van het samenwerkingsverband telt {p['fte_bureau']} fte. De orthopedagogen en "
          "consulenten zijn in dienst van de stichting. Voor hen geldt de cao van de sector. Bij vacatures "
          "zoeken we nadrukkelijk naar mensen met ervaring in de klas. De werkdruk van het bureau wordt "
          "jaarlijks besproken met de personeelsvertegenwoordiging."),
        P("Het personeelsbeleid van het bureau is vastgelegd in het personeelsbeleidsplan. Daarin staan "
          "afspraken over gesprekkencyclus, verzuimbegeleiding, duurzame inzetbaarheid en "
          "professionalisering. Het plan wordt in de eerste helft van de planperiode herzien."),
    ]


def ict_privacy(p):
    return [
        H1("ICT, gegevens en privacy"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor de uitvoering van de wettelijke taken. Wij doen dat "
          "volgens de Algemene verordening gegevensbescherming (AVG). Er is een functionaris "
          "gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden."),
        P("Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Medewerkers "
          "hebben alleen toegang tot de gegevens die zij voor hun werk nodig hebben. Dossiers worden niet "
          "langer bewaard dan drie jaar na het laatste besluit, tenzij een wettelijke termijn anders "
          "bepaalt. Het privacyreglement en het verwerkingsregister worden jaarlijks geactualiseerd."),
        P("In de planperiode vervangen we het huidige registratiesysteem. Het nieuwe systeem moet "
          "gebruiksvriendelijker zijn voor scholen en beter aansluiten op de leerlingadministratiesystemen. "
          "De aanbesteding vindt plaats in het eerste jaar van de planperiode; de implementatie volgt "
          "daarna. Ook onderzoeken we of een digitaal portaal voor scholen de administratieve lasten kan "
          "verlagen."),
    ]


def jaarcyclus(p):
    s = p['start']
    return [
        H1("Planning en jaarcyclus"),
        P("Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Elk jaarplan bevat de activiteiten "
          "voor het komende schooljaar. Het bestuur stelt het jaarplan vast na advies van de algemene "
          "vergadering. De jaarbegroting wordt in december vastgesteld, het bestuursverslag in juni."),
        TAB([["Moment", "Activiteit"],
             ["september", "vaststelling jaarplan schooljaar"],
             ["december", "vaststelling begroting kalenderjaar"],
             ["maart", "bestuursgesprekken met schoolbesturen"],
             ["juni", "vaststelling bestuursverslag en jaarrekening"],
             ["juli", "afsluiting schooljaar, voorbereiding nieuw jaarplan"]]),
        P(f"Halverwege de planperiode, in het voorjaar van {s + 2}, bespreken we met de OPR of het plan "
          f"moet worden bijgesteld. Het volgende ondersteuningsplan wordt vóór 1 mei {p['eind']} naar de "
          f"inspectie gestuurd."),
    ]


def begrippen(p, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een afgestemd geheel van ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een plek is."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jongeren."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, inclusief verdeling van middelen."],
            ["Terugplaatsing", "Terugkeer van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor " + ("sbo of so." if p['sector'] == 'po' else "vso, lwoo of pro.")],
            ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."]]
    rows += list(extra)
    return [H1("Bijlage: begrippen- en afkortingenlijst"), TAB(rows)]


def historie(p):
    return [
        H1("Korte geschiedenis van het samenwerkingsverband"),
        P(f"{p['naam']} is in 2013 opgericht, toen de wet passend onderwijs de vorming van nieuwe "
          "samenwerkingsverbanden voorschreef. Het verband is ontstaan uit twee oudere "
          "samenwerkingsverbanden uit de tijd van Weer Samen Naar School en de leerlinggebonden "
          "financiering. In de eerste jaren lag de nadruk op het bouwen van een organisatie, het maken van "
          "afspraken tussen besturen en het afbouwen van de oude regelingen. De eerste directeur heeft het "
          "bureau opgebouwd vanuit een gehuurde verdieping in een voormalig schoolgebouw."),
        P("In de tweede planperiode verschoof de aandacht naar de inhoud: meer expertise dicht bij de "
          "school en minder papierwerk. In 2020 verscheen de landelijke evaluatie van passend onderwijs. "
          "De conclusies daarvan herkenden wij: er is veel bereikt, maar de doelen zijn nog niet overal "
          "gehaald, de verschillen tussen regio's zijn groot en niet elke leraar voelt zich voldoende "
          "toegerust. Die evaluatie en de daarop volgende Verbeteraanpak vormen de achtergrond van dit plan."),
        P("In 2022 verhuisde het bureau naar een nieuw pand, dat wordt gedeeld met de jeugdgezondheidszorg "
          "en het steunpunt voor kinderopvang. In datzelfde jaar werd het toezichtmodel aangepast en kreeg "
          "de raad van toezicht twee onafhankelijke leden. Het bureau is in de afgelopen jaren gegroeid, "
          "vooral door uitbreiding van het aantal consulenten."),
    ]


def toc(entries):
    return [("toc", entries)]


# ---------------------------------------------------------------------------------------------
# writers


def write_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "holdout262"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = header_text + " | versie ter vaststelling"
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload[0], level=0)
            for line in payload[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for it in payload:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for name, page in payload:
                doc.add_paragraph(f"{name} {'.' * max(3, 60 - len(name))} {page}")
            doc.add_page_break()
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the docx zip with fixed entry timestamps so that reruns are byte-identical."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_html(blocks, path, header_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(header_text)}</title>", "</head>", "<body>",
           f'<header><nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           f'<a href="#">Toelaatbaarheid</a> | <a href="#">Financiën</a> | <a href="#">Contact</a></nav>'
           f"<p>{html.escape(header_text)}</p></header>", "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(payload[0])}</h1>")
            for line in payload[1:]:
                out.append(f"<p class=\"subtitle\">{html.escape(line)}</p>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(payload)}</h3>")
        elif kind == "p":
            out.append("<p>" + html.escape(payload).replace("\n", "<br>") + "</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in payload) + "</ul>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(payload):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{html.escape(n)}</li>" for n, _ in payload) + "</ol></nav>")
    out += ["</main>", f"<footer><p>{html.escape(header_text)} &middot; Ouders &middot; Toelaatbaarheid "
            f"&middot; Terugplaatsing &middot; Resultaten</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout262_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Plan 1: PO, docx. B present, PL present, T partial (procedure deferred), F present ("Geld en
# middelen"), D partial (lacunes deferred), R present (only in verantwoording chapter), O missing.

P1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Duin en Polder", code="PO 27-14",
          sector="po", periode="2025-2029", start=2025, eind=2029, directeur="drs. M.A. Verhoeven",
          plaats="Noordwijkerhout", datum_vaststelling="18 maart 2025", wetsartikel="artikel 18a van de Wet op het primair onderwijs",
          gebied="gemeenten Duinhaven, Polderwijk en Zandvoorde", gemeenten_tekst="drie gemeenten met samen ongeveer 140.000 inwoners",
          n_besturen=11, fte_bureau="14,6", datum_opr="4 maart 2025", datum_oogo="11 februari 2025",
          kengetallen=[["Schoolbesturen", "11"], ["Basisscholen (vestigingen)", "58"], ["Scholen voor sbo", "3"],
                       ["Locaties so (cluster 3 en 4)", "4"], ["Leerlingen basisonderwijs", "13.412"],
                       ["Leerlingen sbo", "318"], ["Leerlingen so", "241"]])


def plan1():
    p = P1
    b = [("title", ["Ondersteuningsplan 2025-2029", p['naam'], f"Registratienummer {p['code']}",
                    "Samen sterk voor elk kind", "Versie ter vaststelling, maart 2025"])]
    b += toc([("Voorwoord", 3), ("1 Inleiding en leeswijzer", 4), ("2 Context en kengetallen", 5),
              ("3 Missie, visie en kernwaarden", 6), ("4 Basisondersteuning: wat elke school biedt", 8),
              ("5 Extra ondersteuning en arrangementen", 10), ("6 Toelaatbaarheid sbo en so", 12),
              ("7 Geld en middelen", 15), ("8 Communicatie", 18), ("9 Organisatie en governance", 19),
              ("10 Medezeggenschap", 20), ("11 Overleg met gemeenten", 21), ("12 Personeel", 22),
              ("13 ICT, gegevens en privacy", 23), ("14 Planning en jaarcyclus", 24),
              ("15 Verantwoording wettelijke onderdelen (ouders, resultaten, terugplaatsing)", 25),
              ("Bijlage: begrippen- en afkortingenlijst", 28)])
    b += voorwoord(p) + inleiding(p, 15) + context(p) + visie(p)
    b += [
        H1("Basisondersteuning: wat elke school biedt"),
        P("De schoolbesturen in Duin en Polder hebben in 2024 opnieuw vastgelegd wat iedere school in ons "
          "gebied ten minste biedt. Deze afspraken noemen we de basisondersteuning. Zij gelden voor alle 58 "
          "vestigingen, ongeacht bestuur, denominatie of grootte. Een school mag meer bieden dan de "
          "basisondersteuning, maar niet minder. Wat daarboven uitgaat, noemen we extra ondersteuning."),
        P("Concreet betekent dit dat op elke basisschool in ons gebied het volgende aanwezig is:"),
        UL("een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een ondersteuningsteam dat "
           "minimaal drie keer per jaar bijeenkomt;",
           "werken met een cyclus van groepsbesprekingen en leerlingbesprekingen volgens de zeven "
           "uitgangspunten van handelingsgericht werken;",
           "een dyslexieprotocol en een protocol ernstige reken-wiskundeproblemen en dyscalculie, inclusief "
           "extra instructietijd in groep 1 tot en met 4;",
           "een programma voor sociale veiligheid met een aanspreekpunt pesten en een jaarlijkse "
           "veiligheidsmonitor;",
           "aanbod voor leerlingen die meer aankunnen: compacten en verrijken in de groep;",
           "een protocol medisch handelen en afspraken over het geven van medicijnen;",
           "ondersteuning bij Nederlands als tweede taal voor leerlingen die korter dan twee jaar in "
           "Nederland zijn;",
           "de mogelijkheid van een consultatie door een orthopedagoog van het samenwerkingsverband, "
           "binnen vier weken na de vraag."),
        P("Iedere school legt in haar schoolgids vast hoe zij deze basisondersteuning invult. Het "
          "samenwerkingsverband bezoekt elke school eens in de twee jaar met een kwaliteitskaart "
          "basisondersteuning. Voldoet een school op een of meer onderdelen niet, dan maakt het bestuur van "
          "die school binnen drie maanden een verbeterplan; het samenwerkingsverband volgt de uitvoering "
          "daarvan bij het volgende bestuursgesprek."),
        H1("Extra ondersteuning en arrangementen"),
        P("Niet elk kind heeft genoeg aan de basisondersteuning. Voor deze kinderen kent Duin en Polder een "
          "opbouw in vijf niveaus. Op elk niveau is duidelijk wie verantwoordelijk is en welke voorzieningen "
          "beschikbaar zijn."),
        TAB([["Niveau", "Wat", "Waar", "Wie beslist"],
             ["1 en 2", "Basisondersteuning in de groep en de school", "Alle 58 basisscholen", "School"],
             ["3", "Arrangement in de eigen school (begeleiding, materialen, extra handen)",
              "Eigen basisschool", "Schoolbestuur, met advies consulent SWV"],
             ["4", "Bovenschoolse voorziening: observatiegroep De Zeester (12 plaatsen), plusklas "
              "(4 locaties), taalklas voor nieuwkomers (2 locaties)", "Op locatie", "Commissie arrangementen SWV"],
             ["5", "Speciaal basisonderwijs (3 scholen) en speciaal onderwijs cluster 3 en 4 (4 locaties)",
              "Sbo- en so-scholen", "Commissie van Toelaatbaarheid"]]),
        P("De scholen voor speciaal basisonderwijs en speciaal onderwijs maken deel uit van het netwerk en "
          "bieden ook ambulante begeleiding aan basisscholen. Leerlingen die eerst een arrangement op "
          "niveau 3 krijgen en daarna een plek op niveau 4, houden dezelfde consulent. Zo blijft de lijn "
          "doorlopend."),
        P("Of het huidige aanbod in de hele regio dekkend is, weten we op dit moment onvoldoende. Signalen "
          "over kinderen die thuis zitten of wachten op een plek bereiken ons via verschillende kanalen. In "
          "de loop van de planperiode gaan we onderzoeken hoe we die signalen beter kunnen bundelen. De "
          "aanpak van thuiszitten wordt samen met de leerplichtambtenaren in een later stadium vormgegeven."),
        H1("Toelaatbaarheid sbo en so"),
        H2("De aanvraag"),
        P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar "
          "de leerling is ingeschreven. De school dient de aanvraag in via het digitale loket van het "
          "samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een onderwijskundig "
          "rapport en een verslag van het laatste multidisciplinair overleg."),
        P("De Commissie van Toelaatbaarheid (CvT) neemt namens het bestuur het besluit. De commissie "
          "beslist binnen zes weken na ontvangst van een volledige aanvraag. Voor het besluit wint de CvT "
          "advies in van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, "
          "een tweede deskundige (kinderarts, maatschappelijk werker of kinderpsychiater). Beide "
          "deskundigen brengen ieder een eigen schriftelijk advies uit en zijn niet betrokken geweest bij "
          "de aanvraag."),
        H2("Wanneer is een leerling toelaatbaar?"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is "
          "voldaan: de basisschool heeft ten minste een jaar planmatig extra ondersteuning geboden op "
          "niveau 3; het ontwikkelingsperspectief laat zien dat de leerling ook met die ondersteuning in de "
          "reguliere groep niet tot ontwikkeling komt; en de leerling heeft een kleinere groep met een "
          "hogere mate van structuur nodig gedurende de hele schooldag."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een "
          "ondersteuningsbehoefte die specialistische expertise vraagt die het sbo niet biedt, zoals bij "
          "een ernstige verstandelijke beperking, een ernstige lichamelijke beperking of langdurige ziekte "
          "(cluster 3), of bij ernstige gedrags- of psychiatrische problematiek (cluster 4)."),
        H2("Duur en categorie"),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
          "afgegeven voor twee schooljaren. Voor het so bepaalt de CvT de bekostigingscategorie laag, "
          "midden of hoog op basis van het advies van de deskundigen."),
        H2("Na de TLV"),
        P("Een plaatsing in het sbo of so is nooit bedoeld als eindstation. Ons uitgangspunt is dat kinderen "
          "terugkeren naar een reguliere basisschool zodra hun ontwikkeling dat toelaat, bij voorkeur een "
          "school dicht bij huis. Voorwaarde is dat de ontvangende school de ondersteuning kan bieden die "
          "in het ontwikkelingsperspectief staat. De ontvangende basisschool krijgt na terugkeer een "
          "terugkeerarrangement: een jaar lang begeleiding door een ambulant begeleider van de sbo- of "
          "so-school, twee uur per week, betaald door het samenwerkingsverband."),
        P("Hoe de terugkeer precies verloopt, wie het initiatief neemt en op welke momenten dit wordt "
          "bekeken, leggen we in schooljaar 2025-2026 vast in een werkwijze die de sbo- en so-scholen "
          "samen met het bureau opstellen."),
        H1("Geld en middelen"),
        H2("Inkomsten"),
        P("Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
          "ondersteuning. Van dat budget houdt DUO de bekostiging van het so en van het sbo boven de 2% "
          "rechtstreeks in. Wat resteert, verdelen wij volgens het verdeelmodel hieronder."),
        H2("Verdeelmodel"),
        P("Duin en Polder werkt met een schoolmodel. Het bestuur stelt het verdeelmodel jaarlijks vast bij "
          "de begroting, na advies van de algemene vergadering. De verdeling gaat als volgt:"),
        UL("Schoolbudget: elk schoolbestuur ontvangt € 172 per leerling, op basis van het aantal leerlingen "
           "op de teldatum 1 oktober van het voorgaande jaar;",
           "Vaste voet: € 12.500 per vestiging, zodat ook kleine scholen een basisbedrag hebben;",
           "Arrangementen niveau 4: centraal budget, toegekend door de commissie arrangementen op basis "
           "van aanvragen;",
           "Bovenschoolse voorzieningen: budget per voorziening, vastgesteld in de begroting."),
        P("Schoolbesturen besteden het schoolbudget aan de basis- en extra ondersteuning zoals beschreven "
          "in hoofdstuk 4 en 5. Zij verantwoorden de besteding jaarlijks vóór 1 mei met een vast format, "
          "waarin per school staat hoeveel is uitgegeven aan formatie intern begeleiding, arrangementen en "
          "scholing."),
        H2("Meerjarenbegroting"),
        TAB([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
             ["Baten ondersteuningsbudget (na inhouding DUO)", "6.940", "6.855", "6.780", "6.705"],
             ["Schoolbudgetten besturen", "3.035", "2.990", "2.950", "2.910"],
             ["Vaste voet vestigingen", "725", "725", "713", "713"],
             ["Arrangementen niveau 4", "1.150", "1.150", "1.140", "1.140"],
             ["Bovenschoolse voorzieningen", "980", "990", "1.000", "1.000"],
             ["Terugkeerarrangementen", "120", "120", "120", "120"],
             ["Bureau en personeel", "1.010", "1.030", "1.045", "1.060"],
             ["Resultaat", "-80", "-150", "-188", "-238"]]),
        P("De negatieve resultaten zijn bewust begroot. Het samenwerkingsverband had eind 2024 een "
          "algemene reserve van € 1,9 miljoen. Het bestuur hanteert een signaleringswaarde voor het "
          "weerstandsvermogen van 5% van de baten en bouwt de reserve boven die waarde in de planperiode af."),
        H1("Communicatie"),
        P("Het samenwerkingsverband communiceert met scholen via een tweewekelijkse nieuwsbrief voor intern "
          "begeleiders en directeuren, het directeurenoverleg per gemeente en de website. Bestuurders "
          "worden geïnformeerd via de algemene vergadering. Met gemeenten is er een ambtelijk overleg per "
          "kwartaal."),
        P("In de planperiode willen we de website vernieuwen en meer gebruikmaken van korte filmpjes. "
          "Een communicatieparagraaf voor ouders maakt geen deel uit van deze versie; die werken we uit "
          "nadat de landelijke regels voor het ouder- en jeugdsteunpunt definitief zijn."),
    ]
    b += governance(p) + opr(p, ouders_in_samenstelling=False) + oogo(p) + personeel(p) + ict_privacy(p) + jaarcyclus(p)
    b += [
        H1("Verantwoording wettelijke onderdelen"),
        P("Artikel 18a, achtste lid, van de WPO noemt de onderdelen die het ondersteuningsplan in elk geval "
          "bevat. Onderstaand overzicht laat zien waar u die onderdelen vindt. Voor het onderdeel over "
          "resultaten is de inhoud in dit hoofdstuk zelf opgenomen."),
        TAB([["Wettelijk onderdeel", "Vindplaats"],
             ["a. samenhangend geheel en basisondersteuning", "hoofdstuk 4 en 5"],
             ["b. verdeling en besteding middelen, meerjarenbegroting", "hoofdstuk 7"],
             ["c. toelaatbaarheid sbo en so", "hoofdstuk 6"],
             ["d. terugplaatsing en overplaatsing", "hoofdstuk 6, paragraaf 'Na de TLV'"],
             ["e. beoogde en bereikte resultaten", "dit hoofdstuk"],
             ["f. informatie aan ouders en onafhankelijke ondersteuning", "hoofdstuk 8 Communicatie"],
             ["g-j. groeiregeling en overdracht bekostiging", "hoofdstuk 7"]]),
        H2("Beoogde resultaten 2025-2029"),
        P("Voor leerlingen die extra ondersteuning nodig hebben, willen we in deze planperiode het volgende "
          "bereiken. Bij elk doel staat een streefwaarde en de nulmeting."),
        TAB([["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
             ["Deelnamepercentage so (peildatum 1 oktober)", "1,79%", "ten hoogste 1,70%"],
             ["Scholen die op alle onderdelen voldoen aan de kwaliteitskaart basisondersteuning", "81%", "95%"],
             ["TLV-aanvragen afgehandeld binnen zes weken", "74%", "90%"],
             ["Leerlingen met een arrangement niveau 3 die na een jaar geen zwaardere ondersteuning nodig hebben", "nog niet gemeten", "70%"],
             ["Oordeel van intern begeleiders over de steun van het SWV (schaal 1-10)", "6,9", "7,5"]]),
        H2("Bereikte resultaten vorige planperiode"),
        P("In de periode 2021-2025 daalde het deelnamepercentage sbo van 2,61% naar 2,37%. Het "
          "deelnamepercentage so bleef vrijwel gelijk (1,81% naar 1,79%). Het aantal arrangementen op "
          "niveau 4 steeg van 96 naar 131. Van de vier doelen uit het vorige plan zijn er twee gehaald; "
          "de doorlooptijd van TLV-aanvragen bleef achter door personeelstekort bij het bureau."),
        H2("Hoe we meten en rapporteren"),
        P("Het bureau verzamelt de gegevens elk kwartaal in een dashboard dat het bestuur en de raad van "
          "toezicht ontvangen. Eenmaal per jaar, in het bestuursverslag, rapporteren we per doel de stand "
          "ten opzichte van de nulmeting en de kosten van de bijbehorende voorzieningen. De OPR bespreekt "
          "die rapportage in haar junivergadering. Halverwege de planperiode vindt een tussenevaluatie "
          "plaats met een extern bureau."),
        H2("Ouders"),
        P("Informatie voor ouders over de ondersteuningsvoorzieningen en over onafhankelijke "
          "ondersteuningsmogelijkheden: p.m."),
    ]
    b += begrippen(p, extra=[["Ouderbijdrage", "Vrijwillige bijdrage van ouders aan de school; niet van toepassing op het SWV."],
                             ["Ouder- en jeugdsteunpunt", "Zie OJSP."]])
    return b


# ---------------------------------------------------------------------------------------------
# Plan 2: VO, docx. B partial (inhoud only in absent bijlage), PL partial (criteria only on the
# website), T present (inside the toewijzing chapter), F partial (meerjarenbegroting p.m.),
# D missing, R missing, O present (inside "Communicatie").

P2 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost", code="VO 24-09",
          sector="vo", periode="2025-2029", start=2025, eind=2029, directeur="mr. J.H. Oosterbaan",
          plaats="Tielerwaard", datum_vaststelling="26 maart 2025", wetsartikel="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)",
          gebied="gemeenten Tielerwaard, Lingedal en Maasheuvel", gemeenten_tekst="drie gemeenten in het oosten van het rivierengebied",
          n_besturen=7, fte_bureau="9,2", datum_opr="19 maart 2025", datum_oogo="6 februari 2025",
          kengetallen=[["Schoolbesturen", "7"], ["Vestigingen voortgezet onderwijs", "16"],
                       ["Scholen voor praktijkonderwijs", "2"], ["Vso-scholen (cluster 3 en 4)", "3"],
                       ["Leerlingen vo totaal", "11.870"]])


def plan2():
    p = P2
    b = [("title", ["Ondersteuningsplan", p['naam'], "2025-2029", f"{p['code']}",
                    "Vastgesteld door het bestuur op 26 maart 2025"])]
    b += toc([("Voorwoord", 2), ("1 Inleiding en leeswijzer", 3), ("2 Context en kengetallen", 4),
              ("3 Missie, visie en kernwaarden", 5), ("4 Ondersteuning op school", 7),
              ("5 Toewijzing: vso, lwoo en praktijkonderwijs", 9), ("6 Middelen", 13),
              ("7 Communicatie", 15), ("8 Organisatie en governance", 17), ("9 Medezeggenschap", 18),
              ("10 Overleg met gemeenten en SWV PO", 19), ("11 Personeel en professionalisering", 20),
              ("12 ICT, gegevens en privacy", 21), ("13 Planning en jaarcyclus", 22),
              ("14 Wettelijke onderdelen: dekkend aanbod, resultaten en kwaliteit", 23),
              ("Bijlage 1 Korte geschiedenis", 26), ("Bijlage 2 Begrippenlijst", 27), ("Bijlage 4 OOGO-verslag", 28),
              ("Bijlage 3 Standaarden basisondersteuning", 28)])
    b += voorwoord(p) + inleiding(p, 14) + context(p) + visie(p)
    b += [
        H1("Ondersteuning op school"),
        P("Alle vestigingen van de aangesloten besturen bieden de basisondersteuning zoals die op 14 "
          "november 2024 door het bestuur is vastgesteld. De basisondersteuning is het minimum dat op iedere "
          "vestiging in Rivierenland-Oost geldt, ook op de scholen voor praktijkonderwijs. Een school kan "
          "geen leerling weigeren met het argument dat zij iets wat tot de basisondersteuning behoort, niet "
          "kan bieden."),
        P("De veertien standaarden van de basisondersteuning, met per standaard de concretisering, zijn "
          "opgenomen in bijlage 3 bij dit plan. Iedere school beschrijft daarnaast in de schoolgids hoe zij "
          "de standaarden op de eigen vestiging vormgeeft en welke extra ondersteuning zij biedt."),
        P("In de werksessies is uitgebreid gesproken over de grens tussen basisondersteuning en extra "
          "ondersteuning. Scholen ervaren die grens verschillend. We hebben afgesproken dat die discussie "
          "niet in dit plan wordt beslecht, maar in het netwerk van ondersteuningscoördinatoren verder "
          "wordt gevoerd."),
        H1("Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("Het Loket Toewijzing"),
        P("Alle aanvragen voor een toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs, voor "
          "een aanwijzing leerwegondersteunend onderwijs en voor een toelaatbaarheidsverklaring "
          "praktijkonderwijs lopen via het Loket Toewijzing van het samenwerkingsverband. Het bevoegd "
          "gezag van de school waar de leerling is aangemeld of ingeschreven, dient de aanvraag in. "
          "Ouders ondertekenen de aanvraag of geven hun zienswijze, die bij het dossier wordt gevoegd."),
        P("Het loket toetst binnen vijf werkdagen of het dossier volledig is. Een volledig dossier bevat "
          "het ontwikkelingsperspectiefplan, het onderwijskundig rapport, de zienswijze van ouders en "
          "leerling en bij vso-aanvragen de verslagen van twee eerdere multidisciplinaire overleggen. "
          "Daarna legt het loket de aanvraag voor aan de Toewijzingscommissie."),
        P("De Toewijzingscommissie besluit namens het bestuur. Voor een TLV vso wint zij advies in van "
          "een orthopedagoog of psycholoog en van een tweede deskundige, die niet bij de aanvraag "
          "betrokken mogen zijn. Het besluit volgt binnen acht weken na ontvangst van het volledige "
          "dossier. Voor lwoo- en pro-aanvragen van leerlingen uit groep 8 geldt dat het besluit vóór "
          "15 maart wordt genomen, zodat de aanmelding bij de vo-school tijdig kan plaatsvinden."),
        P("De commissie beoordeelt aanvragen aan de hand van de toewijzingscriteria die zijn vastgelegd "
          "in het Reglement Toewijzing. Het reglement is te vinden op de website van het "
          "samenwerkingsverband."),
        P("Een TLV vso wordt in de regel afgegeven voor twee schooljaren, met bekostigingscategorie laag, "
          "tenzij de deskundigen een hogere categorie adviseren. Wie het niet eens is met een besluit, kan "
          "binnen zes weken bezwaar maken bij het bestuur. Het samenwerkingsverband is aangesloten bij de "
          "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        H2("Als de TLV afloopt"),
        P("In het laatste jaar van een TLV beoordeelt de vso-school of de leerling kan overstappen naar "
          "een reguliere vo-school. Dat gebeurt in een evaluatiegesprek dat uiterlijk in november van het "
          "laatste TLV-jaar plaatsvindt, met ouders, de leerling, de mentor, de orthopedagoog van de "
          "vso-school en een consulent van het samenwerkingsverband. De vso-school neemt het initiatief "
          "voor dit gesprek."),
        P("Blijkt de leerling toe te zijn aan regulier onderwijs, dan zoekt de consulent samen met ouders "
          "een vo-school, bij voorkeur dicht bij huis. De overstap vindt bij voorkeur plaats na een "
          "proefperiode van zes weken waarin de leerling twee dagen per week op de nieuwe school is. Is "
          "verder vso nodig, dan vraagt de vso-school vóór 1 maart een nieuwe TLV aan; de "
          "Toewijzingscommissie beslist daarover voor 1 mei."),
        P("Ons beleid is dat geen leerling langer in het vso blijft dan nodig. Terugkeer is het doel "
          "zodra het ontwikkelingsperspectief dat toelaat en de ontvangende school de ondersteuning kan "
          "bieden die in het OPP staat. Na de overstap krijgt de ontvangende school gedurende een jaar een "
          "terugkeerarrangement: begeleiding van de leerling en de mentor door een ambulant begeleider van "
          "de vso-school, vier uur per week in het eerste halfjaar en twee uur per week daarna."),
        H1("Middelen"),
        P("Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning, voor "
          "leerwegondersteunend onderwijs en praktijkonderwijs. De bekostiging van vso-leerlingen en van "
          "pro-leerlingen wordt door DUO rechtstreeks op ons budget ingehouden en aan de scholen betaald."),
        P("De middelen voor lichte ondersteuning verdelen we als volgt over de schoolbesturen. Ieder bestuur "
          "ontvangt een bedrag van € 118 per leerling, op basis van de leerlingtelling van 1 oktober van "
          "het voorgaande jaar. Daarnaast ontvangen de besturen met een lwoo-licentie € 1.540 per "
          "aangewezen lwoo-leerling boven de landelijke bekostiging, omdat het lwoo-deel van het budget "
          "in Rivierenland-Oost hoger ligt dan gemiddeld. Het restant blijft centraal voor het Loket "
          "Toewijzing en de terugkeerarrangementen. Het bestuur stelt deze verdeling jaarlijks vast."),
        H2("Meerjarenbegroting"),
        P("De meerjarenbegroting 2025-2029 wordt vastgesteld nadat de jaarrekening 2024 en de definitieve "
          "rijksbekostiging bekend zijn. Onderstaande tabel wordt daarna ingevuld."),
        TAB([["Post", "2025", "2026", "2027", "2028"],
             ["Lichte ondersteuning besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Lwoo-aanvulling", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Loket en terugkeerarrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        H1("Communicatie"),
        P("Goede communicatie is voor ons meer dan het versturen van berichten. We willen dat scholen, "
          "ouders en leerlingen weten waar ze terecht kunnen."),
        H2("Wat ouders en leerlingen van ons horen"),
        P("Ouders van leerlingen in groep 8 ontvangen in oktober via de basisscholen de brochure 'Passend "
          "onderwijs in Rivierenland-Oost'. Daarin staat welke ondersteuning alle vo-scholen bieden, welke "
          "scholen extra ondersteuning, lwoo of praktijkonderwijs aanbieden en hoe een aanvraag bij het "
          "Loket Toewijzing verloopt. De brochure is er ook in het Engels, Arabisch en Pools. In november "
          "organiseren we in elke gemeente een informatieavond over de overstap naar het vo, samen met de "
          "scholen. Op de website staat een ouderpagina met dezelfde informatie en met de "
          "schoolondersteuningsprofielen van alle vestigingen. Iedere vo-school heeft een vast aanspreekpunt "
          "voor ondersteuning, wiens naam in de schoolgids staat."),
        H2("Hulp die los staat van school en samenwerkingsverband"),
        P("Soms lopen gesprekken tussen ouders en school vast, of weten ouders niet goed wat hun kind "
          "nodig heeft. Voor die situaties is er het Steunpunt Ouders & Jeugd Rivierenland, een ouder- en "
          "jeugdsteunpunt dat onafhankelijk van de scholen en het samenwerkingsverband werkt. Het steunpunt "
          "is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in Tielerwaard, luistert "
          "naar ouders en jongeren, zoekt mee naar oplossingen en kan bemiddelen. Daarnaast kunnen ouders "
          "kosteloos een onderwijsconsulent inschakelen. Bij een geschil over toelating, verwijdering of "
          "het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        P("Met scholen communiceren we via de maandelijkse nieuwsbrief en het netwerk van "
          "ondersteuningscoördinatoren."),
    ]
    b += governance(p) + opr(p) + oogo(p, inhoudelijk=False) + personeel(p) + ict_privacy(p) + jaarcyclus(p)
    b += [
        H1("Wettelijke onderdelen: dekkend aanbod, resultaten en kwaliteit"),
        P("In dit hoofdstuk lopen we de onderdelen van artikel 17a, achtste lid, WVO na. Waar een "
          "onderdeel in een thematisch hoofdstuk is beschreven, verwijzen we daarnaar."),
        H2("a. Samenhangend geheel van ondersteuningsvoorzieningen"),
        P("Het samenwerkingsverband werkt aan een samenhangend geheel van ondersteuningsvoorzieningen "
          "binnen en tussen de scholen. De inventarisatie van de voorzieningen, de zogenoemde "
          "ondersteuningskaart, wordt na de zomer van 2025 opgeleverd en als addendum aan dit plan "
          "toegevoegd. Hoe we omgaan met leerlingen voor wie geen passende plek beschikbaar is, nemen we "
          "daarin mee. Over de basisondersteuning: zie hoofdstuk 4 en bijlage 3."),
        H2("b. Middelen"),
        P("Zie hoofdstuk 6."),
        H2("c. en d. Toewijzing en terugkeer"),
        P("Zie hoofdstuk 5."),
        H2("e. Beoogde en bereikte resultaten"),
        P("Het samenwerkingsverband wil resultaatgericht werken. De beoogde en bereikte kwalitatieve en "
          "kwantitatieve resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben "
          "worden opgenomen in het eerste bestuursverslag onder dit plan. Tot die tijd volgen de scholen "
          "de leerresultaten van al hun leerlingen op de gebruikelijke manier."),
        H2("f. Ouders"),
        P("Zie hoofdstuk 7."),
    ]
    b += historie(p)
    b += begrippen(p, extra=[["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                             ["Ondersteuningskaart", "Overzicht van alle ondersteuningsvoorzieningen in de regio (in voorbereiding)."]])
    return b


# ---------------------------------------------------------------------------------------------
# Plan 3: PO, pdf. B present (table of standards), PL partial (procedure deferred), T missing,
# F present (content only in tables), D present, R partial (monitoring deferred), O partial
# (independent support only referred to the website).

P3 = dict(naam="Samenwerkingsverband PO De Brede Kempen", code="PO 30-11",
          sector="po", periode="2026-2030", start=2026, eind=2030, directeur="E.J.M. van den Heuvel",
          plaats="Bergeijkhoven", datum_vaststelling="10 april 2026", wetsartikel="artikel 18a van de Wet op het primair onderwijs",
          gebied="gemeenten Bergeijkhoven, Kempenveld, Luyksdonk en Reusel-Oost", gemeenten_tekst="vier plattelandsgemeenten met veel kleine kernen",
          n_besturen=6, fte_bureau="8,4", datum_opr="2 april 2026", datum_oogo="19 februari 2026",
          kengetallen=[["Schoolbesturen", "6"], ["Basisscholen", "41"], ["Sbo-scholen", "2"],
                       ["So-locaties", "2"], ["Leerlingen basisonderwijs", "8.904"], ["Leerlingen sbo en so", "371"]])


def plan3():
    p = P3
    b = [("title", ["Ondersteuningsplan 2026-2030", p['naam'], p['code'], "Kansen voor elk Kempenkind"])]
    b += toc([("Voorwoord", 3), ("1 Inleiding en leeswijzer", 4), ("2 Terugblik en context", 5),
              ("3 Missie, visie en kernwaarden", 7), ("4 Wat elke school biedt", 9),
              ("5 Het ondersteuningsaanbod en thuiszitters", 11), ("6 Toelaatbaarheid en terugplaatsing", 14),
              ("7 Financieel kader", 16), ("8 Ouders", 19), ("9 Organisatie en governance", 20),
              ("10 Medezeggenschap", 21), ("11 Gemeenten en jeugdhulp", 22), ("12 Personeel", 23),
              ("13 ICT en privacy", 24), ("14 Planning", 25), ("15 Verantwoording: wettelijke onderdelen en resultaten", 26),
              ("Bijlage Begrippenlijst", 29)])
    b += voorwoord(p) + inleiding(p, 15)
    b += [
        H1("Terugblik"),
        P("In de vorige planperiode hebben we vooral geïnvesteerd in de kwaliteit van de ondersteuningsteams "
          "op de scholen. De terugblik met scholen en gemeenten leverde drie lessen op: de basis moet "
          "steviger, de weg naar extra ondersteuning moet korter en de uitstroom naar het voortgezet "
          "onderwijs vraagt betere afspraken met het SWV VO. De doorstroom van groep 8 naar het vo verloopt "
          "via de warme overdracht; die is in 2025 geëvalueerd en aangescherpt."),
    ]
    b += context(p) + visie(p)
    b += [
        H1("Wat elke school biedt"),
        P("In De Brede Kempen hebben alle schoolbesturen zich verbonden aan één gezamenlijk niveau van "
          "basisondersteuning. Dat niveau geldt voor alle 41 basisscholen, ook voor de kleinste school in "
          "Luyksdonk met 38 leerlingen. De tabel hieronder geeft de standaarden en wat ouders en leerlingen "
          "op elke school mogen verwachten."),
        TAB([["Standaard", "Wat u op iedere school aantreft"],
             ["Ondersteuningsstructuur", "Intern begeleider (minimaal 1 dag per week per 150 leerlingen); "
              "schoolondersteuningsteam met SWV-consulent, zes keer per jaar"],
             ["Lezen en spelling", "Dyslexieprotocol; vroegsignalering in groep 2 en 3; extra leestijd van 3 x 20 minuten per week"],
             ["Rekenen", "Protocol ERWD; rekenspecialist per bestuur beschikbaar voor consultatie"],
             ["Gedrag en welbevinden", "Schoolbrede aanpak positief gedrag; jaarlijkse sociale-veiligheidsmonitor; "
              "individueel gedragsplan binnen vier weken na signalering"],
             ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken; deelname plusgroep per cluster"],
             ["Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand; schakelmoment met de taalklas"],
             ["Medische zorg", "Protocol medisch handelen; aanspreekpunt voor leerlingen met een chronische ziekte"],
             ["Handelingsgericht werken", "Groepsplannen of groepsoverzichten; OPP voor elke leerling met een "
              "eigen leerlijn"]]),
        P("Scholen nemen deze standaarden op in hun schoolgids."),
        H1("Het ondersteuningsaanbod en thuiszitters"),
        H2("Van basis naar specialistisch"),
        P("Rond de basisondersteuning kent De Brede Kempen een samenhangend aanbod. Heeft een kind meer "
          "nodig dan de basis, dan stelt het ondersteuningsteam van de school een groeidocument op en kan de "
          "school een arrangement aanvragen bij het Ondersteuningsloket. Arrangementen zijn er in drie "
          "vormen: een individueel arrangement in de eigen groep (extra begeleiding, maximaal een jaar, "
          "daarna evaluatie), een groepsarrangement voor kinderen met een vergelijkbare vraag op één school, "
          "en een plaats in een van de bovenschoolse voorzieningen."),
        P("De bovenschoolse voorzieningen zijn: de Kempenklas voor kinderen met ernstige gedragsproblemen "
          "(16 plaatsen, gekoppeld aan sbo De Zandloper), twee plusgroepen voor hoogbegaafde kinderen "
          "(één dag per week), de taalklas voor nieuwkomers in Bergeijkhoven en de observatiegroep voor "
          "jonge kinderen in de kleutergroepen van sbo De Wegwijzer. Daarna volgen het speciaal "
          "basisonderwijs (twee scholen) en het speciaal onderwijs (één so-school cluster 4 in de regio, "
          "één cluster 3-school net buiten de regio waarmee we afspraken hebben over plaatsing van onze "
          "leerlingen). Kinderen met een onderwijs-zorgvraag kunnen gebruikmaken van het "
          "onderwijs-zorgarrangement in Kempenveld, dat we samen met de gemeente financieren."),
        H2("Geen kind tussen wal en schip"),
        P("Elke school meldt een leerling die langer dan vier weken niet of gedeeltelijk naar school gaat "
          "bij het Ondersteuningsloket. Het loket houdt een lijst bij van alle thuiszitters en leerlingen "
          "met een vrijstelling. Eens per maand bespreekt het thuiszittersoverleg, met de leerplichtambtenaren "
          "en de jeugdconsulenten van de gemeenten, elke leerling op de lijst. Voor iedere leerling wordt "
          "een trajectbegeleider aangewezen die binnen twee weken met school en gezin een plan maakt. Lukt "
          "dat niet, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een school of voorziening "
          "vragen de leerling tijdelijk op te vangen, waarbij het samenwerkingsverband de kosten draagt."),
        P("Twee keer per jaar analyseren we met de schoolbesturen waar leerlingen geen passende plek "
          "vinden. In 2025 bleek dat er te weinig plaatsen waren voor jonge kinderen met ernstige "
          "gedragsproblemen; daarom is de observatiegroep per augustus 2026 uitgebreid van 8 naar 12 "
          "plaatsen."),
        H1("Toelaatbaarheid"),
        P("Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs "
          "of het speciaal onderwijs. De procedure voor het aanvragen en beoordelen van een TLV wordt op dit "
          "moment herzien. De nieuwe werkwijze, met de samenstelling van de commissie en de termijnen, "
          "stellen we in de loop van 2026 vast; tot die tijd blijft de huidige werkwijze van kracht."),
        P("Voor de beoordeling hanteren we de volgende criteria. Een leerling is toelaatbaar tot het sbo "
          "als (1) de basisschool aantoonbaar de basisondersteuning en ten minste één arrangement heeft "
          "ingezet en geëvalueerd, (2) de leerling volgens het groeidocument een onderwijsbehoefte heeft "
          "die een groep van hoogstens 16 leerlingen en een aangepast programma vraagt, en (3) de "
          "ondersteuningsbehoefte op ten minste twee domeinen (leren, gedrag, communicatie, "
          "zelfredzaamheid) ligt. Een leerling is toelaatbaar tot het so als daarnaast de ondersteuning in "
          "het sbo ontoereikend is vanwege een ernstige verstandelijke, lichamelijke of medische beperking "
          "(cluster 3) of ernstige gedrags- of psychiatrische problematiek waarbij zorg in onderwijstijd "
          "nodig is (cluster 4)."),
        P("Een TLV geldt standaard tot 31 juli van het tweede volledige schooljaar na afgifte."),
        H1("Financieel kader"),
        P("De verdeling en besteding van de middelen zijn samengevat in de volgende tabellen."),
        TAB([["Onderdeel verdeelmodel", "Grondslag", "Bedrag 2026", "Beslist door"],
             ["Basisbudget schoolbesturen", "€ 145 per leerling, teldatum 1 oktober 2025", "€ 1.291.080", "bestuur SWV, bij begroting"],
             ["Vaste voet kleine scholen", "€ 9.000 per school < 100 leerlingen (11 scholen)", "€ 99.000", "bestuur SWV"],
             ["Individuele en groepsarrangementen", "op aanvraag, toegekend door Ondersteuningsloket, max. € 8.500 per leerling per jaar", "€ 740.000", "Ondersteuningsloket"],
             ["Bovenschoolse voorzieningen", "vast budget per voorziening", "€ 1.105.000", "bestuur SWV"],
             ["Thuiszittersbudget (doorzettingsmacht)", "per traject", "€ 60.000", "directeur-bestuurder"],
             ["Afdracht sbo boven 2% en so", "inhouding DUO", "€ 2.310.000", "wettelijk"]]),
        TAB([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten", "6.320", "6.250", "6.190", "6.140"],
             ["Afdrachten DUO", "2.310", "2.290", "2.280", "2.270"],
             ["Schoolbudgetten en vaste voet", "1.390", "1.370", "1.350", "1.330"],
             ["Arrangementen", "740", "740", "730", "730"],
             ["Bovenschoolse voorzieningen", "1.105", "1.140", "1.140", "1.140"],
             ["Bureau", "760", "775", "790", "805"],
             ["Saldo", "15", "-65", "-100", "-135"]]),
        H1("Ouders"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij "
          "goed geïnformeerd zijn over de ondersteuning die er in de regio is."),
        P("Het samenwerkingsverband informeert ouders op drie manieren. De website heeft een ouderdeel met "
          "uitleg over de basisondersteuning, de arrangementen en de bovenschoolse voorzieningen, met "
          "filmpjes van ouders die hun ervaringen delen. Via de scholen ontvangen alle ouders van kleuters "
          "de folder 'Wegwijs in ondersteuning'. Twee keer per jaar houden we een ouderavond in een van "
          "de gemeenten over een actueel thema, zoals de overstap naar het vo of de TLV."),
        P("Voor onafhankelijke ondersteuning verwijzen wij naar de pagina 'Hulp voor ouders' op "
          "www.bredekempen.nl."),
    ]
    b += governance(p) + opr(p) + oogo(p) + personeel(p) + ict_privacy(p) + jaarcyclus(p)
    b += [
        H1("Verantwoording: wettelijke onderdelen en resultaten"),
        P("Dit hoofdstuk geeft per onderdeel van artikel 18a, achtste lid, WPO aan waar het in dit plan "
          "staat, en bevat de beoogde resultaten voor de planperiode."),
        TAB([["Onderdeel", "Hoofdstuk"],
             ["a. samenhangend geheel, basisondersteuning", "4 en 5"],
             ["b. middelen en meerjarenbegroting", "7"],
             ["c. toelaatbaarheid", "6"],
             ["d. terugplaatsing en overplaatsing", "wordt opgenomen bij de actualisatie per 1 augustus 2027"],
             ["e. resultaten", "15"],
             ["f. ouders", "8"]]),
        H2("Beoogde resultaten"),
        UL("In 2030 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod.",
           "Het aantal leerlingen met een individueel arrangement dat binnen een jaar weer genoeg heeft aan de "
           "basisondersteuning, stijgt naar 60%.",
           "Het deelnamepercentage sbo blijft onder het landelijk gemiddelde.",
           "Alle 41 scholen voldoen in 2028 aantoonbaar aan de standaarden basisondersteuning."),
        H2("Monitoring"),
        P("Hoe en wanneer we deze resultaten meten en aan wie we erover rapporteren, bepalen we samen met "
          "de OPR bij de start van de planperiode. Een monitorinstrument is in voorbereiding."),
    ]
    b += begrippen(p, extra=[["Doorzettingsmacht", "Bevoegdheid om een passende plek af te dwingen."],
                             ["Groeidocument", "Dossier waarin de ondersteuningsbehoefte van een leerling staat."]])
    return b


# ---------------------------------------------------------------------------------------------
# Plan 4: VO, pdf. B missing, PL present (vso + lwoo + pro), T partial (beleid deferred),
# F present (under "Bedrijfsvoering"), D partial (continuum deferred, lacunes present),
# R present (verantwoording chapter), O partial (informatie deferred, steunpunt present).

P4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zuidwaard", code="VO 28-06",
          sector="vo", periode="2026-2030", start=2026, eind=2030, directeur="drs. A. Baldewsingh",
          plaats="Zuidwaard", datum_vaststelling="15 april 2026", wetsartikel="artikel 2.47 van de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)",
          gebied="gemeenten Zuidwaard en Oudekerk aan de Vliet", gemeenten_tekst="twee gemeenten in een verstedelijkt gebied ten zuiden van de rivier",
          n_besturen=5, fte_bureau="11,0", datum_opr="8 april 2026", datum_oogo="3 maart 2026",
          kengetallen=[["Schoolbesturen", "5"], ["Vestigingen vo", "12"], ["Pro-scholen", "1"],
                       ["Vso-scholen", "2"], ["Leerlingen vo", "9.640"], ["Leerlingen met lwoo", "1.012"]])


def plan4():
    p = P4
    b = [("title", ["Ondersteuningsplan 2026-2030", p['naam'], p['code'], "Iedere jongere een plek"])]
    b += toc([("Voorwoord", 3), ("1 Inleiding en leeswijzer", 4), ("2 Context en kengetallen", 5),
              ("3 Missie, visie en kernwaarden", 6), ("4 Toelaatbaarheid vso, lwoo en pro", 8),
              ("5 Na het vso", 12), ("6 Thuiszitters en passende plekken", 13), ("7 Bedrijfsvoering", 15),
              ("8 Klachten, bezwaar en onafhankelijke hulp", 18), ("9 Organisatie en governance", 19),
              ("10 Medezeggenschap", 20), ("11 Gemeenten", 21), ("12 Personeel", 22), ("13 ICT en privacy", 23),
              ("14 Jaarcyclus", 24), ("15 Verantwoording wettelijke onderdelen (basisondersteuning, dekkend aanbod, resultaten, ouders)", 25),
              ("Bijlage Begrippenlijst", 28)])
    b += voorwoord(p) + inleiding(p, 15) + context(p) + visie(p)
    b += [
        P("De inspectie beoordeelt de basiskwaliteit van alle vestigingen. Het samenwerkingsverband gaat "
          "ervan uit dat de scholen die basiskwaliteit op orde hebben."),
        H1("Toelaatbaarheid vso, lwoo en pro"),
        H2("Wie vraagt aan en wie beslist"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de "
          "toelaatbaarheidsverklaring of de aanwijzing lwoo aan bij de Commissie Toelaatbaarheid en "
          "Toewijzing (CTT) van het samenwerkingsverband. De aanvraag wordt digitaal ingediend met het OPP, "
          "het onderwijskundig rapport, de zienswijze van ouders en leerling en, voor lwoo en pro, de "
          "gegevens over intelligentie en leerachterstanden. Ouders worden uitgenodigd voor het gesprek "
          "met de commissie als zij dat willen."),
        P("De CTT besluit namens het bestuur binnen zes weken na ontvangst van een volledige aanvraag. Voor "
          "aanvragen van leerlingen uit groep 8 geldt een vaste ronde: aanvragen die vóór 1 februari binnen "
          "zijn, worden vóór 15 maart beslist."),
        H2("Criteria vso"),
        P("Een leerling is toelaatbaar tot het vso als hij of zij ondanks de inzet van extra ondersteuning "
          "op de reguliere school gedurende ten minste zes maanden, vastgelegd en geëvalueerd in het OPP, "
          "onvoldoende tot ontwikkeling komt, en een onderwijsprogramma nodig heeft dat niet binnen het "
          "regulier vo te realiseren is, doordat (a) gedurende de hele schooldag een zeer kleine groep en "
          "specialistische begeleiding nodig zijn, (b) de problematiek onderwijs en zorg in samenhang "
          "vraagt, of (c) sprake is van een ernstige verstandelijke, lichamelijke of medische beperking. De "
          "CTT wint advies in van een orthopedagoog of GZ-psycholoog en van een tweede deskundige die past "
          "bij de problematiek (jeugdarts, psychiater of maatschappelijk werker). Beide adviezen zijn "
          "individueel en schriftelijk en worden in kopie aan ouders gestuurd."),
        P("De TLV vso wordt afgegeven voor ten hoogste drie schooljaren. De bekostigingscategorie (laag, "
          "midden of hoog) volgt uit het deskundigenadvies."),
        H2("Lwoo en pro"),
        P("Zuidwaard hanteert voor lwoo en praktijkonderwijs de landelijke criteria voor intelligentie, "
          "leerachterstand en sociaal-emotionele problematiek; het samenwerkingsverband heeft er niet voor "
          "gekozen eigen lwoo-criteria vast te stellen. Een aanwijzing lwoo geldt voor de duur van de "
          "opleiding. Een TLV pro wordt afgegeven voor de gehele schoolloopbaan in het praktijkonderwijs."),
        H2("Bezwaar"),
        P("Tegen een besluit kan binnen zes weken bezwaar worden gemaakt bij het bestuur. Het bestuur "
          "vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist "
          "binnen twaalf weken op het bezwaar."),
        H1("Na het vso"),
        P("Voor iedere leerling met een TLV vso stelt de vso-school jaarlijks, uiterlijk in de maand "
          "oktober, in een OPP-evaluatie vast of overstap naar een reguliere vo-school haalbaar is. In het "
          "laatste schooljaar van de TLV is deze evaluatie verplicht en neemt ook een consulent van het "
          "samenwerkingsverband deel. De vso-school meldt de uitkomst vóór 1 december aan de CTT."),
        P("Adviseert de evaluatie overstap, dan nodigt de consulent binnen vier weken een reguliere "
          "vo-school uit voor een intakegesprek; de CTT stelt de datum van overstap vast en de TLV eindigt "
          "op die datum. Adviseert de evaluatie voortzetting, dan dient de vso-school vóór 1 maart een "
          "nieuwe aanvraag in. Overplaatsing naar een andere vso-school loopt via dezelfde commissie."),
        P("Welke uitgangspunten, voorwaarden en begeleiding bij terugkeer naar het regulier onderwijs "
          "gelden, wordt in het eerste jaar van de planperiode met de vso-scholen uitgewerkt in een "
          "beleidsnotitie terugplaatsing."),
        H1("Thuiszitters en passende plekken"),
        P("Geen jongere mag langer dan nodig zonder onderwijs thuis zitten. Scholen melden iedere "
          "leerling die vier weken of langer verzuimt, of die een vrijstelling dreigt te krijgen, bij het "
          "samenwerkingsverband. Het samenwerkingsverband houdt samen met de leerplichtambtenaren een "
          "thuiszittersregister bij. Elke twee weken komt de thuiszitterstafel bijeen: leerplicht, de "
          "jeugdarts, het lokale team, de school en een consulent van het samenwerkingsverband. Voor elke "
          "jongere wordt binnen tien schooldagen een plan met een casusregisseur vastgesteld."),
        P("Schoolbesturen hebben zorgplicht. Lukt het een school niet om binnen de wettelijke termijn een "
          "passende plek te bieden of te vinden, dan schakelt zij het samenwerkingsverband in. Komen "
          "besturen er samen niet uit, dan neemt de directeur-bestuurder binnen vijf werkdagen een "
          "bindend besluit over de plek waar de jongere tijdelijk onderwijs krijgt."),
        P("Twee keer per jaar analyseren we de thuiszitters- en wachtlijstgegevens om te zien waar het "
          "aanbod tekortschiet. Uit de analyse van 2025 bleek dat jongeren met angstklachten en "
          "schoolweigering vaak geen passende plek vinden. Daarom starten we in schooljaar 2026-2027 met "
          "een kleinschalige herstelgroep op twee vestigingen, voor 24 leerlingen, met een evaluatie na een "
          "jaar."),
        H1("Bedrijfsvoering"),
        H2("Toekenning aan schoolbesturen"),
        P("Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning en het resterende deel "
          "van de zware ondersteuning volgens een vast verdeelmodel, vastgesteld door het bestuur bij de "
          "begroting na advies van de algemene vergadering. Elk bestuur ontvangt een bedrag per leerling "
          "(2026: € 131) op basis van de telling van 1 oktober, plus een vaste voet van € 20.000 per "
          "vestiging. Besturen met praktijkonderwijs ontvangen daarnaast € 600 per pro-leerling voor "
          "stagebegeleiding. Middelen voor de herstelgroep en voor thuiszitterstrajecten blijven centraal."),
        P("Besturen verantwoorden de besteding jaarlijks vóór 1 juni in een verantwoordingsformat per "
          "vestiging; het bureau bespreekt dat in de bestuursgesprekken."),
        H2("Meerjarenbegroting"),
        TAB([["x € 1.000", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsbudget en lwoo/pro", "13.850", "13.700", "13.560", "13.420"],
             ["Afdrachten vso en pro (DUO)", "7.210", "7.180", "7.150", "7.120"],
             ["Lwoo-middelen naar besturen", "3.050", "3.010", "2.980", "2.950"],
             ["Bedrag per leerling en vaste voet", "1.503", "1.480", "1.460", "1.440"],
             ["Herstelgroep en thuiszitterstrajecten", "420", "460", "460", "460"],
             ["Bureau en CTT", "1.150", "1.170", "1.190", "1.210"],
             ["Saldo", "517", "400", "320", "240"]]),
        P("Het weerstandsvermogen bedraagt eind 2025 11% van de baten. Het bestuur streeft naar een "
          "bandbreedte van 5 tot 8%."),
        H1("Klachten, bezwaar en onafhankelijke hulp"),
        P("Ouders en jongeren die vragen hebben of het niet eens zijn met de school of met het "
          "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zuidwaard. Het steunpunt "
          "is onafhankelijk: het is ondergebracht bij de stichting MEE en de medewerkers staan alleen aan "
          "de kant van het belang van de jongere. Het steunpunt helpt bij het voorbereiden van gesprekken, "
          "gaat desgewenst mee en kan mediation inzetten. Ouders kunnen ook een onderwijsconsulent "
          "inschakelen. Voor formele klachten geldt de klachtenregeling van het samenwerkingsverband; "
          "geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
    ]
    b += governance(p) + opr(p) + oogo(p) + personeel(p) + ict_privacy(p) + jaarcyclus(p)
    b += [
        H1("Verantwoording wettelijke onderdelen"),
        H2("a. Basisondersteuning en samenhangend geheel van voorzieningen"),
        P("De afspraken over de basisondersteuning worden herijkt in het licht van de landelijke norm. "
          "Het nieuwe referentiedocument basisondersteuning wordt naar verwachting in het voorjaar van 2027 "
          "door het bestuur vastgesteld. Ook het overzicht van de ondersteuningsvoorzieningen binnen en "
          "tussen de scholen (de voorzieningenkaart) wordt dan geactualiseerd; tot dat moment verwijzen wij "
          "naar de schoolgidsen van de scholen."),
        H2("b. Middelen"),
        P("Zie hoofdstuk 7."),
        H2("c. en d. Toelaatbaarheid en terugplaatsing"),
        P("Zie hoofdstuk 4 en 5."),
        H2("e. Beoogde en bereikte resultaten"),
        P("Onderstaande tabel bevat de doelen voor de planperiode, met de stand bij de start, en de "
          "kosten van de voorziening die aan het doel bijdraagt."),
        TAB([["Doel", "Stand 2025", "Streefwaarde 2030", "Gekoppelde middelen"],
             ["Thuiszitters langer dan drie maanden", "23", "minder dan 8", "thuiszitterstrajecten € 180.000 per jaar"],
             ["Deelname vso (peildatum 1 oktober)", "3,9%", "3,5%", "afdracht vso"],
             ["Leerlingen herstelgroep terug in eigen klas binnen een jaar", "n.v.t.", "70%", "herstelgroep € 280.000 per jaar"],
             ["Besluiten CTT binnen zes weken", "82%", "95%", "bureau en CTT"]]),
        P("Bereikt in de vorige planperiode: het aantal thuiszitters daalde van 41 (2021) naar 23 (2025); "
          "het deelnamepercentage vso daalde van 4,3% naar 3,9%; 88% van de scholen beoordeelde de "
          "samenwerking met het bureau als goed."),
        P("Monitoring: het bureau rapporteert elk kwartaal aan het bestuur over thuiszitters, "
          "doorlooptijden en de herstelgroep. Jaarlijks in juni worden de resultaten per doel in het "
          "bestuursverslag opgenomen en met de OPR en de algemene vergadering besproken. In het voorjaar "
          "van 2028 volgt een tussenevaluatie, waarbij ook de ervaringen van jongeren en ouders worden "
          "opgehaald."),
        H2("f. Ouders"),
        P("Voor onafhankelijke hulp: zie hoofdstuk 8. De informatievoorziening aan ouders over de "
          "ondersteuningsvoorzieningen wordt vernieuwd; een nieuw communicatieplan volgt in 2026-2027."),
    ]
    b += begrippen(p, extra=[["CTT", "Commissie Toelaatbaarheid en Toewijzing."],
                             ["Basiskwaliteit", "Het door de inspectie vastgestelde minimum aan onderwijskwaliteit."]])
    return b


# ---------------------------------------------------------------------------------------------
# Plan 5: PO, html. B partial (inhoud only "in de schoolgids"), PL missing (handboek not
# included), T present ("De weg terug", wettelijke onderdelen chapter), F missing (separate
# begroting not included), D present, R partial (doelen deferred, monitoring present), O present.

P5 = dict(naam="Stichting Passend Onderwijs Hollandse Delta PO", code="PO 28-17",
          sector="po", periode="2025-2029", start=2025, eind=2029, directeur="K. Dijkshoorn MSc",
          plaats="Deltapoort", datum_vaststelling="2 april 2025", wetsartikel="artikel 18a WPO",
          gebied="gemeenten Deltapoort, Westerkreek en Goudplaat", gemeenten_tekst="drie gemeenten aan weerszijden van de Oude Maas",
          n_besturen=9, fte_bureau="12,3", datum_opr="25 maart 2025", datum_oogo="27 februari 2025",
          kengetallen=[["Schoolbesturen", "9"], ["Basisscholen", "47"], ["Sbo-scholen", "2"],
                       ["So-scholen", "3"], ["Leerlingen", "10.215"]])


def plan5():
    p = P5
    b = [("title", ["Ondersteuningsplan 2025-2029", p['naam'] + f" ({p['code']})",
                    "Webversie. De pdf-versie en de bijlagen vindt u onder Downloads."])]
    b += toc([("Voorwoord", 0), ("Inleiding en leeswijzer", 0), ("Context en kengetallen", 0), ("Korte geschiedenis", 0),
              ("Missie, visie en kernwaarden", 0), ("Basisondersteuning", 0),
              ("Het ondersteuningsaanbod in de regio", 0), ("Iedereen een plek", 0), ("Doorgaande lijnen", 0),
              ("Organisatie en governance", 0), ("Medezeggenschap", 0), ("Gemeenten", 0), ("Personeel", 0),
              ("ICT en privacy", 0), ("Planning", 0),
              ("Wettelijke onderdelen: toelaatbaarheid, terugplaatsing, financiën, resultaten, ouders", 0),
              ("Begrippenlijst", 0)])
    b += voorwoord(p) + inleiding(p, 14) + context(p) + historie(p) + visie(p)
    b += [
        H1("Basisondersteuning"),
        P("De negen schoolbesturen hebben afgesproken dat alle 47 basisscholen in de Hollandse Delta "
          "hetzelfde minimale niveau van ondersteuning bieden. Dat gezamenlijke niveau is vastgelegd in "
          "het bestuursbesluit van 12 december 2024 en geldt voor elke vestiging. Wat een school daarboven "
          "biedt, is extra ondersteuning."),
        P("Welke voorzieningen en deskundigheid de basisondersteuning op een school concreet omvat, leest u "
          "in de schoolgids van die school. Het samenwerkingsverband controleert elk jaar bij de "
          "bestuursgesprekken of de schoolgidsen de afspraken volgen."),
        H1("Het ondersteuningsaanbod in de regio"),
        P("Boven de basisondersteuning kent de Hollandse Delta een trapsgewijs aanbod. Op de eigen school "
          "kan een kind een arrangement krijgen: extra begeleiding door een onderwijsassistent of "
          "specialist, aangevraagd door het schoolondersteuningsteam bij het Expertiseteam van het "
          "samenwerkingsverband. Lukt het daarmee niet, dan is er een bovenschoolse voorziening: de "
          "Deltaklas voor kinderen die tijdelijk een kleine groep nodig hebben (twee locaties, samen 24 "
          "plaatsen, maximaal een jaar), de taalschool voor nieuwkomers in Deltapoort en de "
          "Leonardogroepen voor hoogbegaafde kinderen. Daarna volgen twee scholen voor speciaal "
          "basisonderwijs en drie scholen voor speciaal onderwijs (cluster 3 en cluster 4). Voor kinderen "
          "die onderwijs en zorg tegelijk nodig hebben, zijn er drie onderwijs-zorgarrangementen op "
          "so-locaties, samen met de gemeenten."),
        P("Alle onderdelen van dit aanbod werken samen in het Delta-netwerk. De intern begeleiders van "
          "basisscholen, sbo en so komen zes keer per jaar bijeen in een wijknetwerk, zodat overstappen "
          "tussen voorzieningen soepel verlopen en dossiers niet opnieuw hoeven te worden opgebouwd."),
        H1("Iedereen een plek"),
        P("Het samenwerkingsverband wil dat elk kind in de regio een passende plek heeft. Wij houden daarom "
          "een overzicht bij van kinderen die thuis zitten, die een vrijstelling hebben of die op een "
          "wachtlijst staan voor een voorziening. Dat overzicht bespreken we maandelijks met de "
          "leerplichtambtenaren en de jeugdteams in het Deltaoverleg. Voor ieder kind op de lijst is binnen "
          "tien werkdagen een casusregisseur benoemd, die samen met school en gezin een plan maakt en "
          "binnen zes weken een onderwijsplek of tussenoplossing regelt."),
        P("Eens per jaar vergelijken we de wachtlijsten en de aanvragen met de beschikbare plaatsen. "
          "Waar structureel plaatsen tekortkomen, stelt het bestuur binnen drie maanden een plan vast. "
          "In 2024 leidde dit tot een tweede Deltaklas in Westerkreek. Schoolbesturen blijven "
          "verantwoordelijk voor hun zorgplicht; lukt het een bestuur niet binnen de wettelijke termijn "
          "een plek te bieden, dan schakelt het de casusregisseur in."),
    ]
    b += [
        H1("Doorgaande lijnen"),
        P("Een ononderbroken ontwikkeling begint voor de basisschool. Met de kinderopvang en de "
          "voorschoolse educatie is afgesproken dat peuters met een ondersteuningsvraag worden besproken "
          "in een warme overdracht, uiterlijk drie maanden voor de start op de basisschool. De consulent "
          "van het Expertiseteam kan op verzoek van de kinderopvang al voor de inschrijving meekijken."),
        P("De overstap naar het voortgezet onderwijs verloopt volgens de regionale POVO-kalender, die wij "
          "samen met het samenwerkingsverband VO opstellen. Basisscholen, sbo en so dragen het "
          "onderwijskundig rapport over in februari. Voor leerlingen met een arrangement of een OPP vindt "
          "altijd een gesprek plaats tussen de intern begeleider en de ondersteuningscoördinator van de "
          "vo-school. Het SWV VO organiseert in april een bijeenkomst voor leerlingen uit het sbo en so die "
          "de overstap maken."),
        P("Ook tussen basisscholen onderling wisselen kinderen van school, bijvoorbeeld na een verhuizing. "
          "Daarvoor geldt dat de school van herkomst het dossier binnen twee weken overdraagt en dat een "
          "lopend arrangement tot het einde van het schooljaar meegaat naar de nieuwe school."),
    ]
    b += governance(p) + opr(p) + oogo(p) + personeel(p) + ict_privacy(p) + jaarcyclus(p)
    b += [
        H1("Wettelijke onderdelen"),
        P("Dit hoofdstuk behandelt de onderdelen van artikel 18a, achtste lid, WPO die niet in een eigen "
          "thematisch hoofdstuk aan bod komen."),
        H2("Toegang tot sbo en so"),
        P("De werkwijze rond toelaatbaarheidsverklaringen, inclusief de criteria, is beschreven in het "
          "Handboek Toewijzing 2025. Het handboek is een zelfstandig document dat het bestuur los van dit "
          "plan vaststelt."),
        H2("De weg terug"),
        P("Wij vinden dat een kind in het sbo of so altijd het perspectief moet houden op een plek in het "
          "gewone basisonderwijs, in de eigen wijk of het eigen dorp. Dat perspectief staat in het OPP. "
          "Een kind gaat terug wanneer de onderwijsbehoefte volgens het OPP binnen een basisschool te "
          "realiseren is en de basisschool met de ondersteuning uit ons aanbod (een arrangement of de "
          "Deltaklas) die behoefte kan dragen. Een kind gaat niet terug halverwege een schooljaar, tenzij "
          "ouders en beide scholen dat samen willen."),
        P("Zo verloopt het. De sbo- of so-school bespreekt het OPP van ieder kind twee keer per jaar, in "
          "november en in mei. Blijkt in mei van het laatste jaar van de toelaatbaarheidsverklaring, of "
          "eerder, dat terugkeer mogelijk is, dan meldt de school dat bij het Expertiseteam. Een consulent "
          "van het Expertiseteam organiseert binnen vier weken een overdrachtsgesprek met ouders, de "
          "huidige school en de beoogde basisschool. De beoogde basisschool besluit over de inschrijving; "
          "het Expertiseteam besluit over het arrangement dat meegaat. De TLV eindigt op de dag van "
          "inschrijving. Is terugkeer nog niet mogelijk, dan vraagt de school vóór 1 april een nieuwe "
          "TLV aan."),
        P("Na de overstap houdt de sbo- of so-school een half jaar contact met de basisschool. Een "
          "leerkracht van de sbo- of so-school komt de eerste zes weken wekelijks langs, daarna maandelijks. "
          "Na drie maanden is er een evaluatiegesprek met ouders."),
        H2("Geld"),
        P("Het financieel beleid, het verdeelmodel en de meerjarenbegroting 2025-2029 staan in de "
          "afzonderlijke Kadernota Middelen 2025-2029 (bijlage 2 van de pdf-versie)."),
        H2("Resultaten"),
        P("Welke resultaten we willen bereiken voor kinderen met een ondersteuningsbehoefte, leggen we elk "
          "jaar vast in het jaarplan; de streefwaarden zijn bij de vaststelling van dit plan nog niet "
          "bekend."),
        P("Wat we wel al vastleggen is hoe we volgen wat er bereikt wordt. Het bureau houdt in een "
          "resultatenmonitor per kwartaal bij: het deelnamepercentage sbo en so op 1 oktober, het aantal "
          "thuiszitters en de duur van hun thuiszitten, het aantal arrangementen en hoeveel daarvan na een "
          "jaar zijn afgeschaald, en de doorlooptijd van aanvragen bij het Expertiseteam. Elk voorjaar "
          "vragen we intern begeleiders en ouders van kinderen met een arrangement naar hun tevredenheid. "
          "Het bestuur bespreekt de monitor twee keer per jaar; de uitkomsten staan in het bestuursverslag "
          "en worden in juni met de OPR besproken. Na twee jaar laat het bestuur een externe evaluatie "
          "uitvoeren."),
        H2("Waar vindt u wat? Voor ouders"),
        P("Ouders vinden op onze website bij 'Voor ouders' een uitleg van het ondersteuningsaanbod, van de "
          "arrangementen en van de Deltaklas, en de contactgegevens van het Expertiseteam. Alle basisscholen "
          "geven ouders bij de intake de Ouderwegwijzer Passend Onderwijs, een boekje van twaalf pagina's in "
          "vijf talen. Elk najaar is er in iedere gemeente een informatieavond, en de consulenten van het "
          "Expertiseteam houden een wekelijks telefonisch spreekuur voor ouders."),
        P("Zijn ouders het niet eens met school, of willen zij met iemand praten die los staat van school "
          "en samenwerkingsverband, dan kunnen zij terecht bij Ouderpunt Delta, het onafhankelijke ouder- "
          "en jeugdsteunpunt van de drie gemeenten, of bij een onderwijsconsulent. Ouderpunt Delta is "
          "gratis, op werkdagen telefonisch bereikbaar en kan gesprekken begeleiden. Klachten over het "
          "samenwerkingsverband behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten."),
    ]
    b += begrippen(p, extra=[["Expertiseteam", "Team van consulenten en orthopedagogen van het SWV."],
                             ["Deltaklas", "Tijdelijke bovenschoolse voorziening."]])
    return b


# ---------------------------------------------------------------------------------------------
# Near-miss: a school-level "ondersteuningsplan" of one basisschool (zorgniveaus,
# groepsbesprekingen), not the plan of a samenwerkingsverband.


def nearmiss():
    b = [("title", ["Ondersteuningsplan OBS De Wilgenhoek", "Schooljaar 2025-2026",
                    "Onderdeel van Stichting Openbaar Onderwijs Polderwijk",
                    "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Duin en Polder"])]
    b += toc([("1 Inleiding", 2), ("2 Onze leerlingen", 2), ("3 Basisondersteuning op De Wilgenhoek", 3),
              ("4 Zorgniveaus en groepsbesprekingen", 4), ("5 Extra ondersteuning en TLV", 6),
              ("6 Ouders", 7), ("7 Evaluatie en resultaten", 8), ("8 Jaarplanning zorg", 9)])
    b += [
        H1("Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen "
          "organiseert in schooljaar 2025-2026. Het plan is geschreven door de intern begeleider en de "
          "directeur en besproken in het team en de medezeggenschapsraad. Het is een uitwerking van ons "
          "schoolondersteuningsprofiel en van de afspraken binnen het samenwerkingsverband Duin en Polder, "
          "waarvan ons bestuur lid is. Het ondersteuningsplan van het samenwerkingsverband zelf is te "
          "vinden op de website van het samenwerkingsverband."),
        P("De Wilgenhoek is een openbare basisschool in de wijk De Wilgen in Polderwijk met 312 leerlingen "
          "in 13 groepen. Ongeveer een kwart van onze leerlingen groeit tweetalig op. Wij werken met "
          "jaargroepen en in de bovenbouw met een ochtendprogramma in niveaugroepen voor rekenen."),
        H1("Onze leerlingen"),
        P("Uit de analyse van de leerlingpopulatie blijkt dat relatief veel leerlingen extra aandacht "
          "nodig hebben voor taal en woordenschat. Daarnaast zien we in groep 5 en 6 een toename van "
          "gedragsvragen. In het afgelopen jaar kregen 27 leerlingen een arrangement; zes leerlingen "
          "werken met een eigen leerlijn en een OPP."),
        H1("Basisondersteuning op De Wilgenhoek"),
        P("Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet "
          "betekent dit voor onze school: een intern begeleider voor vier dagen per week, een "
          "dyslexiespecialist, een gedragsspecialist die ook coördinator sociale veiligheid is, een "
          "plusklas op woensdagochtend voor groep 5 tot en met 8, en een taalgroep voor nieuwkomers "
          "gedurende vier ochtenden per week. Alle leraren zijn geschoold in handelingsgericht werken."),
        H1("Zorgniveaus en groepsbesprekingen"),
        P("Wij werken met vijf zorgniveaus. Op niveau 1 krijgen alle leerlingen goed onderwijs in de groep. "
          "Op niveau 2 krijgt een leerling extra instructie aan de instructietafel. Op niveau 3 stelt de "
          "leraar met de intern begeleider een plan op voor specifieke interventies, bijvoorbeeld "
          "remedial teaching. Op niveau 4 wordt externe deskundigheid ingeschakeld via het "
          "schoolondersteuningsteam. Op niveau 5 wordt een arrangement bij het samenwerkingsverband "
          "aangevraagd of een TLV voor het speciaal (basis)onderwijs."),
        P("Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider met iedere "
          "leraar een groepsbespreking. Daarin worden de toetsresultaten, het welbevinden en de "
          "groepsplannen besproken. Leerlingen over wie zorgen zijn, worden besproken in een "
          "leerlingbespreking. Het schoolondersteuningsteam, met de intern begeleider, de directeur, de "
          "consulent van het samenwerkingsverband en de contactpersoon van het wijkteam, komt zes keer per "
          "jaar bijeen."),
        H1("Extra ondersteuning en TLV"),
        P("Wanneer een leerling meer nodig heeft dan wij in de basisondersteuning kunnen bieden, vragen "
          "wij via het schoolondersteuningsteam een arrangement aan bij het samenwerkingsverband. Het "
          "schoolbudget dat wij van ons bestuur ontvangen, gebruiken wij voor de formatie van de intern "
          "begeleider en de onderwijsassistenten."),
        P("In een enkel geval is een plaatsing in het speciaal basisonderwijs of speciaal onderwijs de "
          "beste oplossing. Dan vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het "
          "samenwerkingsverband. De procedure en criteria daarvoor staan in het ondersteuningsplan van het "
          "samenwerkingsverband. Wij bereiden de aanvraag voor met het groeidocument."),
        P("Leerlingen die na een periode op het sbo terugkomen naar De Wilgenhoek, krijgen een "
          "welkomstgesprek en een maatje in de groep. In 2024-2025 keerde één leerling terug."),
        H1("Ouders"),
        P("Ouders zijn onze partners. Bij elke stap in de ondersteuning worden ouders betrokken: zij "
          "worden uitgenodigd voor het gesprek over het plan, tekenen voor akkoord bij een OPP en zijn "
          "welkom bij het schoolondersteuningsteam. Informatie over onze ondersteuning staat in de "
          "schoolgids en op de website. Ouders die het niet eens zijn met de school kunnen gebruikmaken van "
          "de klachtenregeling van de stichting of contact opnemen met het ouder- en jeugdsteunpunt."),
        H1("Evaluatie en resultaten"),
        P("Aan het eind van het schooljaar evalueren wij dit plan in het team. Wij kijken naar de "
          "resultaten van de toetsen, naar de uitkomsten van de veiligheidsmonitor en naar het aantal "
          "leerlingen dat een arrangement kreeg. Ons doel voor 2025-2026 is dat ten minste 80% van de "
          "leerlingen met een taalarrangement aan het eind van het jaar op niveau leest."),
        H1("Jaarplanning zorg"),
        TAB([["Maand", "Activiteit"], ["september", "startgesprekken met ouders, groepsoverzichten"],
             ["oktober", "groepsbesprekingen ronde 1"], ["januari", "midden-toetsen"],
             ["februari", "groepsbesprekingen ronde 2"], ["juni", "groepsbesprekingen ronde 3, overdracht"],
             ["juli", "evaluatie ondersteuningsplan school"]]),
    ]
    return b


# ---------------------------------------------------------------------------------------------
# labels

CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el, advisory):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def label_text(docs, sector, false_crits, advisory, notes):
    crit = {f"{e}.{c}": (f"{e}.{c}" not in false_crits) for e, c in CORE}
    els = {el: status(crit, el, advisory) for el in ELEMENTS}
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    for el, adv in advisory.items():
        lines.append(f"  {el}: [{', '.join(adv)}]")
    lines.append("notes:")
    for el, n in notes.items():
        lines.append(f"  {el}: \"{n}\"")
    return "\n".join(lines) + "\n"


LABELS = {
    "po-duinenpolder-ondersteuningsplan-2025-2029": dict(
        docs=["po-duinenpolder-ondersteuningsplan-2025-2029.docx"], sector="po",
        false=["terugstroom.procedure", "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H4: minimum for all 58 vestigingen + concrete list; kwaliteitskaart audit every 2 years",
               "plaatsing": "H6: CvT, loket, dossier, 6 weeks, two separate deskundigen; sbo/so criteria; duur and categorie; no bezwaar",
               "terugstroom": "beleid in H6 'Na de TLV' (aim, condition, terugkeerarrangement); procedure deferred to 2025-2026 werkwijze",
               "financien": "H7 'Geld en middelen': per-leerling + vaste voet model, meerjarenbegroting table, reserves, verantwoording format",
               "dekkend-aanbod": "H5 five-level table = continuum; gaps/thuiszitters only 'gaan onderzoeken' / later vormgegeven",
               "resultaten": "only in verantwoording chapter H15: targets with nulmeting, bereikte resultaten, dashboard + bestuursverslag",
               "ouders": "missing: H8 Communicatie is internal only and defers ouderparagraaf; H15 'Ouders: p.m.'; OPR without parent composition; glossary only"}),
    "vo-rivierenland-oost-op-2025-2029": dict(
        docs=["vo-rivierenland-oost-op-2025-2029.docx"], sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 states the minimum for every vestiging; the 14 standaarden only in absent bijlage 3 / schoolgids",
               "plaatsing": "H5 Loket Toewijzing procedure (vso, lwoo, pro, terms, deskundigen, bezwaar); criteria only in Reglement on website",
               "terugstroom": "hidden in H5 'Als de TLV afloopt': evaluation in last TLV year, who initiates/decides, 1 March/1 May; policy + terugkeerarrangement",
               "financien": "H6 verdeling EUR 118 per leerling + lwoo supplement; meerjarenbegroting all p.m.",
               "dekkend-aanbod": "missing: H14a defers the ondersteuningskaart and the no-place approach to an addendum; OOGO paragraph is procedural only",
               "resultaten": "missing: H14e defers beoogde/bereikte resultaten to first bestuursverslag; 'resultaatgericht' passing",
               "ouders": "H7 Communicatie: brochure groep 8, info evenings, ouderpagina; independent steunpunt + onderwijsconsulenten + GPO"}),
    "po-brede-kempen-ondersteuningsplan": dict(
        docs=["po-brede-kempen-ondersteuningsplan.pdf"], sector="po",
        false=["plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid", "resultaten.monitoring",
               "ouders.steunpunt"],
        advisory={"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: one level for all 41 schools; content only in the standards table",
               "plaatsing": "H6: sbo/so criteria in detail; procedure 'wordt herzien ... in de loop van 2026 vast'",
               "terugstroom": "missing: TOC says 'Toelaatbaarheid en terugplaatsing' but H6 has none; verantwoording defers d to 2027; glossary only",
               "financien": "H7: verdeelmodel and meerjarenbegroting only in tables",
               "dekkend-aanbod": "H5: arrangementen -> bovenschools -> sbo/so, OZA; thuiszittersoverleg, doorzettingsmacht, gap analysis",
               "resultaten": "H15 beoogde resultaten list; monitoring deferred ('bepalen we samen met de OPR', 'in voorbereiding')",
               "ouders": "H8: website, folder, ouderavonden; independent support only a website reference"}),
    "vo-zuidwaard-ondersteuningsplan-2026-2030": dict(
        docs=["vo-zuidwaard-ondersteuningsplan-2026-2030.pdf"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
               "dekkend-aanbod.continuum", "ouders.informatie"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "missing: only 'basiskwaliteit' of the inspectie, TOC/glossary, and H15a deferral to 2027 referentiedocument",
               "plaatsing": "H4: CTT procedure, vso criteria, landelijke lwoo/pro criteria, deskundigen, duur, LBT bezwaar",
               "terugstroom": "H5 'Na het vso': yearly OPP evaluation, CTT decides, end of TLV; beleid deferred to beleidsnotitie",
               "financien": "H7 'Bedrijfsvoering': bedrag per leerling + vaste voet, meerjarenbegroting, weerstandsvermogen",
               "dekkend-aanbod": "H6 thuiszitterstafel, zorgplicht escalation, gap analysis, herstelgroep; voorzieningenkaart deferred (H15a)",
               "resultaten": "H15e: targets with cost link, achieved figures, quarterly/annual monitoring",
               "ouders": "H8 independent OJSP + onderwijsconsulent + klachten; information to parents deferred to communicatieplan"}),
    "po-hollandse-delta-op": dict(
        docs=["po-hollandse-delta-op.html"], sector="po",
        false=["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
               "financien.verdeling", "financien.besteding", "resultaten.doelen"],
        advisory={"basisondersteuning": ["borging"], "terugstroom": [], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid", ]},
        notes={"basisondersteuning": "agreed minimum for all 47 schools; content only 'in de schoolgids'; yearly check of schoolgidsen",
               "plaatsing": "missing: 'Toegang tot sbo en so' refers to separate Handboek Toewijzing; nav/footer/glossary only",
               "terugstroom": "'De weg terug' in Wettelijke onderdelen: policy, conditions, steps, deciders, end of TLV, support after return",
               "financien": "missing: 'Geld' refers to separate Kadernota Middelen (absent bijlage 2); nav link only",
               "dekkend-aanbod": "arrangement -> Deltaklas -> sbo/so + OZA; thuiszitters list, casusregisseur, yearly capacity check",
               "resultaten": "doelen deferred to jaarplan; resultatenmonitor described (quarterly, bestuursverslag, OPR)",
               "ouders": "'Waar vindt u wat? Voor ouders': website, Ouderwegwijzer, info evenings; Ouderpunt Delta, onderwijsconsulent"}),
}


def write_labels():
    for stem, lab in LABELS.items():
        adv = {k: v for k, v in lab["advisory"].items() if v}
        (OUT / f"{stem}.expected.yaml").write_text(
            label_text(lab["docs"], lab["sector"], set(lab["false"]), adv, lab["notes"]), encoding="utf-8")
    (OUT / "obs-de-wilgenhoek-ondersteuningsplan-2025-2026.expected.yaml").write_text(
        "documents: [obs-de-wilgenhoek-ondersteuningsplan-2025-2026.pdf]\n"
        "sector: po\nlooks_like_plan: false\nelements: {}\ncriteria: {}\nadvisory_addressed: {}\n"
        "notes:\n  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus, "
        "groepsbesprekingen, own basisondersteuning) that only refers to the SWV plan; not an SWV plan\"\n",
        encoding="utf-8")


def main():
    write_docx(plan1(), OUT / "po-duinenpolder-ondersteuningsplan-2025-2029.docx",
               "Ondersteuningsplan 2025-2029 | SWV Duin en Polder PO 27-14")
    write_docx(plan2(), OUT / "vo-rivierenland-oost-op-2025-2029.docx",
               "SWV VO Rivierenland-Oost | Ondersteuningsplan 2025-2029")
    write_pdf(plan3(), OUT / "po-brede-kempen-ondersteuningsplan.pdf",
              "SWV PO De Brede Kempen | Ondersteuningsplan 2026-2030")
    write_pdf(plan4(), OUT / "vo-zuidwaard-ondersteuningsplan-2026-2030.pdf",
              "Ondersteuningsplan SWV VO Zuidwaard 2026-2030 | basisondersteuning | resultaten | ouders")
    write_html(plan5(), OUT / "po-hollandse-delta-op.html",
               "Ondersteuningsplan 2025-2029 - Passend Onderwijs Hollandse Delta PO")
    write_pdf(nearmiss(), OUT / "obs-de-wilgenhoek-ondersteuningsplan-2025-2026.pdf",
              "OBS De Wilgenhoek | Ondersteuningsplan 2025-2026")
    write_labels()


if __name__ == "__main__":
    main()
