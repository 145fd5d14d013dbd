#!/usr/bin/env python3
"""Generate the holdout158 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import html
import json
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Rendering helpers. A document is a list of blocks:
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("bul", [items])
#   ("table", [[cells], ...])  first row is the header
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.created = cp.modified = datetime(2026, 4, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<nav class="site-menu"><a href="#">Home</a> | <a href="#">Over ons</a> | '
           '<a href="#">Ouders</a> | <a href="#">Toelaatbaarheid</a> | <a href="#">Terugplaatsing</a> | '
           '<a href="#">Financi&euml;n</a> | <a href="#">Contact</a></nav>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "bul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</main>", '<footer>&copy; 2026 Stichting Passend Onderwijs Brakelstroom &middot; '
            'ondersteuningsplan &middot; ouders &middot; privacyverklaring</footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_md(blocks, path):
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
        elif kind == "bul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout158_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("title", "h1", "h2", "p"):
            n += len(val.split())
        elif kind == "bul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, criteria, advisory, notes):
    assert sorted(criteria) == sorted(CORE), name
    elements = status_from(criteria, advisory)
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMENTS) + "}",
             "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            lines.append(f"  {e}: {json.dumps(notes[e], ensure_ascii=False)}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Shared filler (safe: addresses no core or advisory criterion of any element)
# ---------------------------------------------------------------------------

def voorwoord(swv, regio, periode, sector_word):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {swv}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014 en het eerste plan dat we volledig samen met de schoolleiders, de "
              f"intern begeleiders en de ondersteuningsplanraad hebben geschreven. In de afgelopen jaren is er in "
              f"{regio} veel bereikt, maar we zien ook dat de vraag naar ondersteuning complexer wordt, dat het "
              f"lerarentekort zijn sporen nalaat en dat de samenwerking met jeugdhulp nog te vaak afhangt van "
              f"personen in plaats van afspraken."),
        ("p", f"Dit plan is geen handboek. Het beschrijft de koers van ons samenwerkingsverband voor de komende "
              f"vier schooljaren en vormt de basis voor de jaarplannen en jaarbegrotingen. Waar de lezer woorden "
              f"tegenkomt als arrangement, toelaatbaarheid, middelen of resultaten, verwijzen we graag naar de "
              f"begrippenlijst achterin. Wij danken iedereen die heeft meegedacht: leerlingen, ouders, leraren, "
              f"schoolleiders, bestuurders, gemeenten en partners in het {sector_word}. Samen zorgen we ervoor dat "
              f"ieder kind zich kan ontwikkelen."),
        ("p", "Namens het bestuur, de directeur-bestuurder"),
    ]


def visie_missie(swv, kind_word):
    return [
        ("h1", "Visie en missie"),
        ("p", f"{swv} gelooft dat ieder {kind_word} recht heeft op onderwijs dat past bij wat het nodig heeft, zo "
              f"dicht mogelijk bij huis en samen met leeftijdsgenoten. Onze missie is dat scholen, ouders en "
              f"partners elkaar vinden, zodat geen {kind_word} tussen wal en schip valt. We willen een lerende "
              f"organisatie zijn die de scholen faciliteert en niet overneemt wat op school hoort."),
        ("p", "Drie kernwaarden geven richting aan ons handelen: vertrouwen, eigenaarschap en verbinding. Vertrouwen "
              "betekent dat we de professionaliteit van leraren en schoolleiders serieus nemen. Eigenaarschap "
              "betekent dat de besturen samen verantwoordelijk zijn voor passend onderwijs in de regio en dat het "
              "samenwerkingsverband geen loket is waar problemen worden neergelegd. Verbinding betekent dat we de "
              "schotten tussen onderwijs, jeugdhulp en zorg zo klein mogelijk willen maken."),
        ("p", "De visie is in het voorjaar van 2025 besproken in drie regionale bijeenkomsten met schoolleiders en "
              "intern begeleiders. Daar kwam naar voren dat scholen vooral behoefte hebben aan eenvoud, snelheid en "
              "nabijheid. Die woorden komen in dit plan steeds terug. Ook de ondersteuningsplanraad heeft de visie "
              "besproken en aangevuld met de wens om de taal van het plan begrijpelijk te houden."),
    ]


def governance(swv, n_besturen, n_scholen, toezicht):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{swv} is een stichting waarin {n_besturen} schoolbesturen samenwerken. Samen zijn zij "
              f"verantwoordelijk voor {n_scholen} scholen en locaties. De stichting kent een scheiding tussen "
              f"bestuur en intern toezicht: de directeur-bestuurder bestuurt, de {toezicht} houdt toezicht. De "
              f"{toezicht} bestaat uit bestuurders van de aangesloten schoolbesturen en een onafhankelijk voorzitter."),
        ("p", f"De {toezicht} vergadert vijf keer per jaar en keurt onder meer het jaarverslag, de jaarrekening en "
              "het bestuursverslag goed. Daarnaast is er een auditcommissie die twee keer per jaar met de "
              "directeur-bestuurder en de controller spreekt. Het bestuursreglement en het toezichtkader zijn in "
              "2024 geactualiseerd; daarin is ook de regeling voor belangenverstrengeling opgenomen. De statuten "
              "bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in een gedeeld kantoor met de leerplichtafdeling "
              "van de regio. Op het bureau werken een directeur-bestuurder, een controller, een "
              "beleidsmedewerker, een secretariaat en een team van orthopedagogen en consulenten. Het bureau "
              "ondersteunt de bestuurders en schoolleiders en bereidt de besluitvorming voor."),
    ]


def opr(datum_instemming, n_leden):
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR telt "
              f"{n_leden} leden die zijn afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. "
              f"De OPR heeft een eigen reglement en een eigen budget voor scholing en ondersteuning."),
        ("p", f"De OPR is vanaf het begin betrokken geweest bij het schrijven van dit plan. In drie "
              f"themabijeenkomsten is gesproken over de hoofdlijnen. Op {datum_instemming} heeft de OPR ingestemd "
              f"met het plan. De adviezen van de OPR over leesbaarheid en over het tijdpad zijn verwerkt. Wijzigingen "
              f"van het plan tijdens de planperiode leggen we opnieuw ter instemming voor."),
    ]


def oogo(gemeenten, datum):
    return [
        ("h1", "Op overeenstemming gericht overleg (OOGO)"),
        ("p", f"Het concept van dit plan is op {datum} besproken in het op overeenstemming gericht overleg met de "
              f"colleges van burgemeester en wethouders van {gemeenten}. Het verslag van dat overleg is "
              f"vastgesteld door beide partijen. Op de agenda stonden ook leerlingenvervoer en "
              f"onderwijshuisvesting; die onderwerpen vallen onder de verantwoordelijkheid van de gemeenten en "
              f"worden niet in dit plan uitgewerkt."),
        ("p", "Het OOGO vindt ten minste twee keer per jaar plaats op bestuurlijk niveau. Ambtelijk is er een "
              "maandelijks overleg tussen de beleidsmedewerker van het samenwerkingsverband en de beleidsadviseurs "
              "onderwijs van de gemeenten. Voor geschillen in het OOGO geldt de regionale geschillenregeling uit "
              "2015."),
    ]


def personeel(fte):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft {fte} fte in dienst. Het grootste deel daarvan bestaat uit "
              "orthopedagogen, gedragsspecialisten en consulenten die scholen adviseren. Het verloop is de "
              "afgelopen jaren laag geweest; wel zien we dat het steeds moeilijker wordt om vacatures voor "
              "orthopedagogen te vervullen. We investeren daarom in een traineeship samen met de hogeschool."),
        ("p", "Voor de professionalisering van leraren en intern begeleiders organiseert het samenwerkingsverband "
              "een jaarlijks scholingsaanbod met leergangen over gedrag, taalontwikkeling en het werken met "
              "ontwikkelingsperspectieven. Deelname is vrijwillig. Daarnaast bestaan er netwerken voor intern "
              "begeleiders en ondersteuningscoördinatoren die zes keer per jaar bijeenkomen. Het "
              "samenwerkingsverband volgt de cao van de sector en heeft een eigen functiebouwwerk."),
        ("p", "Werkdruk is een terugkerend gespreksonderwerp. Het samenwerkingsverband wil de administratieve "
              "last voor scholen beperken door formulieren te vereenvoudigen en dubbele uitvraag te voorkomen."),
    ]


def ict_privacy():
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor zijn "
              "wettelijke taken. We werken met een beveiligd digitaal dossier waarin scholen aanvragen indienen. "
              "Alleen medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot het dossier. Gegevens "
              "worden na afloop van de wettelijke bewaartermijn vernietigd. Er is een functionaris "
              "gegevensbescherming aangesteld die jaarlijks rapporteert aan de directeur-bestuurder."),
        ("p", "In de planperiode vervangen we het huidige dossiersysteem. De aanbesteding loopt in het schooljaar "
              "2026-2027. Bij de keuze letten we op gebruiksgemak voor scholen, koppelingen met de "
              "leerlingadministratiesystemen en de mogelijkheid om stukken veilig te delen."),
    ]


def planning(periode, jaren):
    rows = [["Schooljaar", "Mijlpaal"]]
    for j, m in jaren:
        rows.append([j, m])
    return [
        ("h1", "Planning en vaststelling"),
        ("p", f"Dit plan geldt voor de periode {periode}. Het plan wordt jaarlijks uitgewerkt in een jaarplan. Het "
              "tijdpad hieronder geeft de belangrijkste mijlpalen weer. Het plan is voor 1 mei aan de Inspectie "
              "van het Onderwijs toegezonden."),
        ("table", rows),
    ]


def kengetallen(regio, n_lln, n_scholen, extra_rows):
    rows = [["Kengetal", "Waarde"], ["Aantal leerlingen (1 oktober 2025)", n_lln],
            ["Aantal scholen en locaties", n_scholen]] + extra_rows
    return [
        ("h1", "De regio in cijfers"),
        ("p", f"De regio {regio} kent een gemengd beeld van stedelijke kernen en dorpen. Het aantal leerlingen "
              "daalt licht en die daling zet naar verwachting door tot 2030. In de kleinere kernen staan scholen "
              "onder druk door teruglopende leerlingaantallen. De tabel geeft enkele kengetallen weer."),
        ("table", rows),
    ]


def leeswijzer_wet(swv, sector):
    art = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 en verder van de WVO 2020)"
    speciaal = "het speciaal basisonderwijs en het speciaal onderwijs" if sector == "po" else \
        "het voortgezet speciaal onderwijs, het lwoo en het praktijkonderwijs"
    return [
        ("h1", "Leeswijzer en wettelijk kader"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De "
              f"inhoud is voorgeschreven in {art}. Volgens de wet beschrijft het plan onder meer de "
              f"basisondersteuning, de procedure en criteria voor toelaatbaarheid tot {speciaal}, het beleid "
              f"voor terugplaatsing, de verdeling en besteding van de middelen, de beoogde en bereikte resultaten "
              f"en de wijze waarop ouders worden geïnformeerd. Het plan wordt voor 1 mei aan de Inspectie "
              f"gezonden."),
        ("p", f"Dit plan van {swv} volgt niet precies de volgorde van de wet. We hebben gekozen voor een indeling "
              "die aansluit bij de vragen die scholen ons het vaakst stellen. Hoofdstukken die vooral voor "
              "bestuurders en toezichthouders bedoeld zijn, staan achterin. Woorden die vaak terugkomen, zoals "
              "arrangement, TLV, OPP en zorgplicht, worden uitgelegd in de begrippenlijst. Waar in dit plan "
              "gesproken wordt over ouders, bedoelen we ook verzorgers en voogden."),
    ]


def ontwikkelingen():
    return [
        ("h1", "Ontwikkelingen die op ons afkomen"),
        ("p", "Passend onderwijs staat landelijk opnieuw in de belangstelling. Na de evaluatie van 2020 heeft het "
              "kabinet een verbeteraanpak ingezet met een groot aantal maatregelen. Voor samenwerkingsverbanden "
              "zijn vooral de afspraken over het terugdringen van verzuim, de versterking van de positie van "
              "ouders en leerlingen en de voorgenomen landelijke norm voor basisondersteuning van belang. De "
              "Wet versterking positie ouders en leerlingen verplicht ieder samenwerkingsverband bovendien om "
              "een ouder- en jeugdsteunpunt in te richten. Hoe die ontwikkelingen precies uitpakken, is bij "
              "het schrijven van dit plan nog niet in alle opzichten duidelijk."),
        ("p", "Daarnaast zien we regionale ontwikkelingen. Het lerarentekort is in onze regio minder groot dan in "
              "de Randstad, maar ook hier zijn vacatures voor intern begeleiders en specialisten lastig te "
              "vervullen. De vraag naar jeugdhulp blijft stijgen, terwijl gemeenten moeten bezuinigen. Het aantal "
              "kinderen met een migratieachtergrond neemt toe, net als het aantal gezinnen dat in armoede leeft. "
              "Scholen geven aan dat de problematiek in de klas zwaarder en veelzijdiger wordt, terwijl de "
              "leerlingaantallen dalen."),
        ("p", "Tot slot verandert de manier waarop we met elkaar samenwerken. Besturen werken vaker bovenschools "
              "samen, bijvoorbeeld in gezamenlijke scholingsprogramma's en in de inzet van invalpools. Het "
              "samenwerkingsverband wil daarin een verbindende rol spelen, zonder de verantwoordelijkheid van "
              "de besturen over te nemen. Dit plan is daarom bewust op hoofdlijnen geschreven waar het gaat om "
              "de organisatie van het bureau."),
    ]


def totstandkoming(datum):
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", "Het schrijven van dit plan begon in september 2025 met een evaluatie door het bureau en een "
              "werkgroep van schoolleiders en intern begeleiders. In oktober en november volgden vier "
              "werksessies per deelregio, waarin ongeveer 140 professionals meedachten. Een redactiegroep heeft "
              "de opbrengst verwerkt tot een eerste concept, dat in januari 2026 is besproken met het "
              "bestuurlijk overleg en de raad van toezicht."),
        ("p", f"Het tweede concept is voorgelegd aan de gemeenten in het OOGO en aan het samenwerkingsverband "
              f"voor het andere onderwijstype in de regio, waarmee het wettelijk verplichte overleg is gevoerd. "
              f"Na instemming van de ondersteuningsplanraad is het plan op {datum} door het bestuur vastgesteld. "
              "Het plan wordt in de komende jaren aangevuld met jaarlijkse voortgangsparagrafen."),
    ]


def huisvesting_vervoer():
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", "Huisvesting en leerlingenvervoer zijn taken van de gemeenten. Toch raken ze passend onderwijs "
              "direct: een kind dat twee uur per dag in een taxibus zit, komt moe op school, en een school zonder "
              "ruimte voor een prikkelarme werkplek kan minder bieden. In het OOGO hebben we daarom afgesproken "
              "dat de gemeenten het samenwerkingsverband betrekken bij hun integrale huisvestingsplannen en bij "
              "de aanbesteding van het leerlingenvervoer. De maximale reistijd is een onderwerp van gesprek; "
              "de gemeenten stellen die zelf vast in hun verordening."),
    ]


def kennisdeling():
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", "Kennis die op één school is opgebouwd, moet ook andere scholen helpen. Het samenwerkingsverband "
              "organiseert daarom drie keer per jaar een kennismarkt waar scholen laten zien wat werkt. Er is "
              "een digitale kennisbank met praktijkvoorbeelden, handreikingen en filmpjes. Ook ondersteunen we "
              "kleinschalige innovatieprojecten van scholen met een vaste bijdrage en begeleiding door een "
              "beleidsmedewerker; de projecten worden aan het eind van het schooljaar gepresenteerd."),
        ("p", "We werken samen met de regionale hogeschool en met een universitaire werkplaats. Studenten doen "
              "praktijkonderzoek op de scholen en de uitkomsten worden gedeeld in de netwerken. In de planperiode "
              "willen we meer aandacht geven aan het delen van kennis tussen het speciaal en het regulier "
              "onderwijs, zodat leraren van elkaar kunnen leren."),
    ]


def risicos_uitvoering():
    return [
        ("h1", "Risico's bij de uitvoering"),
        ("p", "Bij de uitvoering van dit plan zien we vier risico's. Ten eerste het personeelstekort, waardoor "
              "afspraken over inzet van specialisten niet altijd kunnen worden nagekomen. Ten tweede de "
              "afhankelijkheid van jeugdhulp, waarvan de beschikbaarheid per gemeente verschilt. Ten derde de "
              "complexiteit van de regelgeving, die veel vraagt van schoolleiders. Ten vierde de vervanging van "
              "het dossiersysteem. Per risico is in het jaarplan een beheersmaatregel en een eigenaar benoemd. "
              "Het bestuur bespreekt de risico's twee keer per jaar."),
        ("h1", "Tot slot"),
        ("p", "Dit plan is een gezamenlijke belofte van de besturen. Het is niet af: de praktijk zal ons nieuwe "
              "vragen stellen. We nodigen iedereen uit om ons te laten weten wat beter kan. Samen maken we het "
              "verschil voor kinderen en jongeren die iets extra's nodig hebben."),
    ]


def jaarcyclus():
    return [
        ("h1", "Bestuurlijke jaarcyclus"),
        ("p", "Het samenwerkingsverband werkt met een vaste bestuurlijke jaarcyclus. In september bespreekt het "
              "bestuurlijk overleg de speerpunten voor het komende kalenderjaar. In het najaar worden het jaarplan "
              "en de jaarbegroting opgesteld en in december vastgesteld. In het voorjaar volgen het jaarverslag "
              "en de jaarrekening, die voor 1 juli openbaar worden gemaakt. Tussen die momenten door vergadert het "
              "bestuurlijk overleg zes keer per jaar en de directeur-bestuurder voert twee keer per jaar een "
              "bestuursgesprek met ieder aangesloten schoolbestuur."),
        ("p", "De vergaderstukken worden uiterlijk een week voor de vergadering verspreid. Besluiten worden "
              "genomen bij meerderheid van stemmen, waarbij iedere bestuurder een aantal stemmen heeft naar rato "
              "van de omvang van het bestuur. Het reglement van het bestuurlijk overleg staat op de website. De "
              "besluitenlijsten zijn openbaar, met uitzondering van besluiten over personele zaken."),
    ]


def communicatie_scholen():
    return [
        ("h1", "Contact met scholen en partners"),
        ("p", "Scholen kunnen op werkdagen tussen 8.30 en 16.30 uur bij het bureau terecht. Iedere school heeft "
              "een vaste contactpersoon. Zes keer per jaar verschijnt een digitale nieuwsbrief voor "
              "schoolleiders, intern begeleiders en ondersteuningscoördinatoren, met nieuws uit de regio, "
              "uitnodigingen voor bijeenkomsten en wijzigingen in formulieren. Partners zoals de GGD, "
              "leerplicht en de jeugdhulpaanbieders ontvangen de nieuwsbrief ook."),
        ("p", "Het bureau is gehuisvest in een verduurzaamd kantoorpand dat wordt gedeeld met andere maatschappelijke "
              "organisaties. Vergaderruimtes kunnen door scholen kosteloos worden gebruikt voor overleggen en "
              "scholingsbijeenkomsten. Medewerkers werken deels op de scholen en deels op kantoor; het bureau "
              "stimuleert reizen met het openbaar vervoer en de fiets."),
    ]


def integriteit():
    return [
        ("h1", "Integriteit en goed bestuur"),
        ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur in het primair onderwijs. De "
              "directeur-bestuurder en de leden van de raad van toezicht melden hun nevenfuncties; die worden "
              "jaarlijks in het bestuursverslag gepubliceerd. Er is een integriteitscode voor medewerkers en een "
              "klokkenluidersregeling. Medewerkers kunnen vermoedens van misstanden melden bij een externe "
              "vertrouwenspersoon voor personeel, die rapporteert aan de voorzitter van de raad van toezicht."),
        ("p", "Bij de inkoop van diensten hanteren we een inkoopbeleid met drempelbedragen; boven die bedragen "
              "vragen we meerdere offertes op. Relatiegeschenken boven een bescheiden waarde worden geregistreerd. "
              "Eens per jaar bespreekt de raad van toezicht met de accountant de bevindingen uit de "
              "managementletter en de opvolging daarvan. Zo willen we laten zien dat publiek geld zorgvuldig "
              "wordt beheerd."),
    ]


def begrippen(items):
    return [("h1", "Begrippenlijst en afkortingen"), ("table", [["Begrip", "Betekenis"]] + items)]


def toc(items):
    return [("h1", "Inhoudsopgave"), ("bul", items)]


# ---------------------------------------------------------------------------
# Plan A: PO, .docx
# ---------------------------------------------------------------------------

def plan_a():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Kempenland-Oost (PO 30-07)"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", swv),
         ("p", "Samen sterk voor elk kind - vastgesteld door het bestuur op 23 april 2026")]
    b += toc(["1 Voorwoord", "2 Visie en missie", "3 De regio in cijfers", "4 Basisondersteuning: wat elke "
              "school biedt", "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid tot sbo en so",
              "7 Terugplaatsing naar het basisonderwijs", "8 Thuiszitters en dekkend netwerk",
              "9 Resultaten en kwaliteit", "10 Communicatie", "11 Geld en middelen", "12 Organisatie en governance",
              "13 Medezeggenschap", "14 OOGO", "15 Personeel", "16 ICT en privacy", "17 Planning",
              "Bijlage: begrippenlijst"])
    b += voorwoord(swv, "Kempenland-Oost", "2026-2030", "primair onderwijs")
    b += visie_missie("Ons samenwerkingsverband", "kind")
    b += leeswijzer_wet("Kempenland-Oost", "po")
    b += ontwikkelingen()
    b += totstandkoming("23 april 2026")
    b += kengetallen("Kempenland-Oost", "11.840", "52 (47 basisscholen, 3 sbo-locaties, 2 so-locaties)",
                     [["Aantal schoolbesturen", "9"], ["Aantal gemeenten", "4"]])
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat "
              "iedere school, op iedere vestiging, zonder aanvraag bij het samenwerkingsverband biedt. De besturen "
              "hebben dit niveau op 12 november 2025 gezamenlijk vastgesteld als 'de ondergrens van Kempenland-Oost'. "
              "Geen school mag daaronder zakken; een school mag wel meer bieden, en dat staat dan in haar "
              "schoolondersteuningsprofiel."),
        ("p", "Concreet betekent dit dat u als ouder op elke school in onze regio het volgende mag verwachten:"),
        ("bul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning op school "
                 "coördineert en het eerste aanspreekpunt is;",
                 "handelingsgericht werken met groepsplannen en drie groepsbesprekingen per jaar;",
                 "een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering vanaf groep 2 en "
                 "extra leesinstructie in groep 3 en 4;",
                 "een aanpak voor sociale veiligheid en een anti-pestcoördinator;",
                 "een aanbod voor kinderen die meer aankunnen, ten minste in de vorm van verrijking in de groep;",
                 "afspraken over medisch handelen en over het geven van medicijnen;",
                 "een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt met de schoolmaatschappelijk "
                 "werker, de jeugdverpleegkundige en de consulent van het samenwerkingsverband."]),
        ("p", "Om te weten of scholen dit niveau waarmaken, bezoekt een consulent iedere school eens per twee jaar "
              "voor een 'basischeck' aan de hand van de kwaliteitskaart basisondersteuning. Scoort een school op "
              "een onderdeel onvoldoende, dan maakt de school binnen drie maanden een verbeterplan dat met het "
              "eigen bestuur wordt besproken; het samenwerkingsverband kan een tijdelijke coach inzetten."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, spreken we van extra ondersteuning. "
              "Ons ondersteuningsaanbod bestaat uit vier lagen die op elkaar aansluiten. Laag 1 is de "
              "basisondersteuning op iedere school. Laag 2 zijn de arrangementen op de eigen school: de school "
              "vraagt in het ondersteuningsteam een arrangement aan, bijvoorbeeld extra begeleiding door een "
              "gedragsspecialist, een taalklas of een tijdelijke onderwijsassistent. Laag 3 zijn de bovenschoolse "
              "voorzieningen: de observatiegroep De Brug in Oostwijk (12 plaatsen), de plusklas voor "
              "hoogbegaafde leerlingen op drie locaties en de taalschool voor nieuwkomers. Laag 4 is het speciaal "
              "basisonderwijs en het speciaal onderwijs in de regio: sbo De Linde, sbo 't Palet, sbo "
              "Kameleon, so De Regenboog (cluster 3) en so Het Anker (cluster 4)."),
        ("p", "Tussen de lagen bewegen leerlingen in beide richtingen. De consulent van het samenwerkingsverband "
              "sluit aan bij het ondersteuningsteam en helpt de school de juiste stap te zetten. Met de jeugdteams "
              "van de vier gemeenten is afgesproken dat een jeugdconsulent aan iedere school is verbonden en dat "
              "onderwijs-zorgarrangementen gezamenlijk worden gefinancierd volgens het convenant van 2024."),
        ("p", "Een analyse van wachtlijsten en ontbrekende voorzieningen maken we nog niet; dat staat op de agenda "
              "van het jaarplan 2027-2028."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Soms kan een leerling beter naar het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). "
              "Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig die het samenwerkingsverband afgeeft."),
        ("h2", "Zo verloopt de aanvraag"),
        ("bul", ["Stap 1. Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag in via "
                 "het digitale loket. De aanvraag bevat het ontwikkelingsperspectief, het groeidocument, een "
                 "verslag van het ondersteuningsteam en de zienswijze van de ouders.",
                 "Stap 2. De Commissie Toelaatbaarheid (CTO) controleert binnen vijf werkdagen of het dossier "
                 "compleet is.",
                 "Stap 3. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
                 "psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinderarts of "
                 "maatschappelijk werker. Deskundigen die de aanvraag hebben voorbereid, adviseren niet.",
                 "Stap 4. De CTO besluit namens de directeur-bestuurder binnen zes weken na ontvangst van het "
                 "complete dossier. Ouders ontvangen een afschrift van beide adviezen."]),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het sbo als de school aantoonbaar de basisondersteuning en ten "
              "minste één arrangement van laag 2 gedurende minimaal zes maanden heeft ingezet, de "
              "ondersteuningsbehoefte blijkens het ontwikkelingsperspectief structureel meer vraagt dan een "
              "reguliere groep kan bieden (kleinere groep, meer structuur, specialistische didactiek), en de "
              "deskundigen dit onderschrijven. Voor het so geldt daarnaast dat de leerling een ernstige "
              "verstandelijke of lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of "
              "psychiatrische problematiek heeft waardoor ook het sbo onvoldoende kan bieden."),
        ("h2", "Duur, categorie en bezwaar"),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so wordt afgegeven voor twee "
              "schooljaren in bekostigingscategorie laag, midden of hoog, afhankelijk van de beperking. Ouders en "
              "het schoolbestuur kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij "
              "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "Terugplaatsing naar het basisonderwijs"),
        ("p", "Ons uitgangspunt is dat kinderen zo thuisnabij en zo regulier mogelijk naar school gaan. Een "
              "plaatsing in het sbo of so is daarom nooit vanzelfsprekend definitief. Terugkeer naar een "
              "basisschool is het doel wanneer de ontwikkeling van het kind dat toelaat: het kind kan zich "
              "handhaven in een groep van 25 tot 30 leerlingen, heeft geen dagelijkse één-op-één begeleiding meer "
              "nodig en de ontvangende school kan met een arrangement de resterende ondersteuning bieden."),
        ("p", "Na terugkeer krijgt de ontvangende basisschool een terugplaatsingsarrangement: gedurende een jaar "
              "maximaal 4 uur per week begeleiding door een ambulant begeleider van de sbo- of so-school, "
              "gefinancierd door het samenwerkingsverband. De stappen, termijnen en wie besluit over "
              "terugplaatsing staan in het stroomschema terugplaatsing (bijlage 6)."),
        ("h1", "Thuiszitters en dekkend netwerk"),
        ("p", "Thuiszitters verdienen onze volle aandacht. De gemeenten publiceren jaarlijks een thuiszittersmonitor; "
              "we verwijzen daarvoor naar de website van de gemeenten. Een eigen regionale aanpak wordt in overleg "
              "met leerplicht nog nader uitgewerkt."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "Het samenwerkingsverband wil laten zien wat passend onderwijs oplevert. De beoogde resultaten voor "
              "deze planperiode stellen we vast na de nulmeting die in het voorjaar van 2027 plaatsvindt. Tot die "
              "tijd werken we met de jaarplannen."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband heeft een eigen "
              "communicatiemedewerker. Voor ouders hebben we de volgende kanalen:"),
        ("bul", ["de ouderpagina op de website met uitleg over basisondersteuning, arrangementen, de "
                 "bovenschoolse voorzieningen en de TLV-procedure, ook in het Engels, Arabisch en Pools;",
                 "de folder 'Wat als mijn kind meer nodig heeft?', die via iedere school wordt verspreid en bij "
                 "elke aanmelding wordt meegegeven;",
                 "twee informatieavonden per jaar voor ouders, in het voorjaar en het najaar;",
                 "een vaste paragraaf over ondersteuning in iedere schoolgids, met een verwijzing naar het "
                 "schoolondersteuningsprofiel."]),
        ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kempenland (telefonisch en "
              "via het inloopspreekuur op woensdag), bij de Onderwijsconsulenten en bij Ouders & Onderwijs. Het "
              "steunpunt is onafhankelijk en werkt uitsluitend in het belang van het kind. Klachten over het "
              "samenwerkingsverband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs."),
        ("p", "Ouders zijn partner in de ondersteuning van hun kind: zij zijn aanwezig bij het ondersteuningsteam, "
              "geven hun zienswijze op het ontwikkelingsperspectief en op iedere TLV-aanvraag."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 10,6 miljoen aan ondersteuningsmiddelen. "
              "Na de afdrachten aan DUO voor het so en de overdracht aan het sbo blijft circa € 4,9 miljoen over "
              "voor de regio. De verdeling is als volgt geregeld: 80 procent gaat als schoolbudget naar de "
              "besturen, op basis van € 285 per leerling volgens de teldatum 1 oktober plus een vaste voet van "
              "€ 6.000 per vestiging; 20 procent blijft bovenschools voor de observatiegroep, de plusklassen, de "
              "consulenten en de terugplaatsingsarrangementen. Het algemeen bestuur stelt de verdeling jaarlijks "
              "in december vast."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten besturen", "3.920", "3.880", "3.840", "3.800"],
                   ["Bovenschoolse voorzieningen", "610", "620", "630", "630"],
                   ["Consulenten en CTO", "290", "295", "300", "305"],
                   ["Bureau en bestuur", "180", "182", "184", "186"],
                   ["Totaal lasten", "5.000", "4.977", "4.954", "4.921"]]),
        ("p", "De algemene reserve bedraagt eind 2025 € 1,1 miljoen. Het bestuur hanteert een signaleringswaarde "
              "en bouwt het deel daarboven in drie jaar af ten gunste van de schoolbudgetten."),
    ]
    b += governance("Het samenwerkingsverband", 9, 52, "raad van toezicht")
    b += opr("14 april 2026", 12)
    b += oogo("Oostwijk, Bergeijk-Noord, Valkenhorst en Riethoven", "19 maart 2026")
    b += personeel("21,4")
    b += ict_privacy()
    b += huisvesting_vervoer()
    b += kennisdeling()
    b += jaarcyclus()
    b += communicatie_scholen()
    b += risicos_uitvoering()
    b += planning("1 augustus 2026 tot en met 31 juli 2030",
                  [("2026-2027", "Start nieuw dossiersysteem, nulmeting"), ("2027-2028", "Tussenevaluatie"),
                   ("2028-2029", "Herijking verdeling"), ("2029-2030", "Voorbereiding nieuw plan")])
    b += begrippen([["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."],
                    ["CTO", "Commissie Toelaatbaarheid."],
                    ["Dekkend netwerk", "Het geheel van voorzieningen waardoor elk kind een plek heeft; thuiszitters."],
                    ["OJSP", "Ouder- en jeugdsteunpunt."],
                    ["Resultaten", "Beoogde en bereikte resultaten van passend onderwijs, gemeten met indicatoren."],
                    ["Terugplaatsing", "De terugkeer van een leerling uit sbo/so naar het basisonderwijs."],
                    ["TLV", "Toelaatbaarheidsverklaring."]])
    crit = {c: True for c in CORE}
    crit["terugstroom.procedure"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.doelen"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': agreed floor for every vestiging, concrete list, basischeck/kwaliteitskaart.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': 4 steps + CTO, criteria sbo/so, two separate deskundigen, duration/category, LBT bezwaar.",
        "terugstroom": "Ch. 'Terugplaatsing': aim thuisnabij, conditions and terugplaatsingsarrangement (beleid); steps/decider only in absent bijlage 6.",
        "financien": "Ch. 'Geld en middelen': 80/20 split, EUR 285 per leerling + vaste voet (verdeling); 4-year begroting table (besteding); reserve.",
        "dekkend-aanbod": "4-layer continuum in 'Extra ondersteuning en arrangementen'; gap analysis deferred, thuiszitters only referred to gemeente website/'nader uitgewerkt'.",
        "resultaten": "Only deferral ('stellen we vast na de nulmeting in 2027'); 'resultaten' also only in TOC/begrippenlijst.",
        "ouders": "Content hidden under 'Communicatie': ouderpagina, folder, avonden (informatie); OJSP Kempenland, Onderwijsconsulenten (steunpunt).",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan B: VO, .docx
# ---------------------------------------------------------------------------

def plan_b():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Zuidoever (VO 31-12)"
    b = [("title", "Ondersteuningsplan Zuidoever 2026-2030"),
         ("p", swv),
         ("p", "Concept ter instemming OPR - versie 0.9 - maart 2026")]
    b += toc(["Voorwoord", "1 Visie en missie", "2 Onze regio", "3 Het ondersteuningsniveau van de scholen",
              "4 Het ondersteuningsaanbod in Zuidoever", "5 Toewijzing: TLV vso, lwoo en pro",
              "6 Thuiszitters en verzuim", "7 Ambities voor 2030", "8 Financieel kader",
              "9 Organisatie", "10 OPR", "11 OOGO", "12 Personeel", "13 ICT en privacy", "14 Planning",
              "Bijlage A Begrippen", "Bijlage B Informatie voor ouders (volgt)"])
    b += voorwoord(swv, "Zuidoever", "2026-2030", "voortgezet onderwijs en het mbo")
    b += visie_missie("Samenwerkingsverband Zuidoever", "jongere")
    b += leeswijzer_wet("Zuidoever", "vo")
    b += ontwikkelingen()
    b += totstandkoming("16 april 2026")
    b += kengetallen("Zuidoever", "14.310", "21 (17 vo-scholen, 2 vso-scholen, 2 scholen voor praktijkonderwijs)",
                     [["Thuiszitters langer dan 4 weken (peildatum 1 oktober 2025)", "37"],
                      ["Deelname vso (1 oktober 2025)", "3,4%"]])
    b += [
        ("h1", "Het ondersteuningsniveau van de scholen"),
        ("p", "De besturen in Zuidoever hebben in het bestuurlijk overleg van 9 oktober 2025 afgesproken dat alle "
              "vo-scholen, op iedere vestiging en in iedere leerweg, hetzelfde minimumniveau van "
              "basisondersteuning bieden. Dat niveau is voor alle scholen gelijk en wordt niet per school "
              "onderhandeld; een school die daaronder blijft, spreekt het samenwerkingsverband aan op de "
              "gezamenlijke afspraak. Het niveau volgt de vier onderdelen van het landelijke referentiekader."),
        ("p", "Welke voorzieningen, interventies en deskundigheid daar concreet onder vallen, beschrijft iedere "
              "school in haar eigen schoolondersteuningsprofiel; die profielen zijn op de websites van de scholen "
              "te vinden en maken geen deel uit van dit plan."),
        ("h1", "Het ondersteuningsaanbod in Zuidoever"),
        ("p", "Het ondersteuningsaanbod in Zuidoever is opgebouwd als een doorlopende reeks. Binnen de scholen is er "
              "naast de basisondersteuning extra ondersteuning in de vorm van schoolarrangementen: een "
              "trajectvoorziening of ondersteuningsklas op elf scholen, faalangstreductietraining, "
              "coaching door een gedragsspecialist en kleinere klassen in de onderbouw op vier vmbo-scholen. "
              "Tussen de scholen zijn er bovenschoolse voorzieningen: het Orthopedagogisch-Didactisch Centrum "
              "(OPDC) De Overstap met 60 plaatsen voor leerlingen die tijdelijk een kleinere setting nodig "
              "hebben, de Rebound voor leerlingen die na een schorsing of crisis maximaal 12 weken uit de klas "
              "zijn, en de Schakelroute voor jongeren die na lange afwezigheid weer instromen. Daarna volgen het "
              "voortgezet speciaal onderwijs (vso Het Kompas, cluster 4, en vso De Dijk, cluster 3) en het "
              "praktijkonderwijs. Voor leerlingen die onderwijs en zorg tegelijk nodig hebben, bestaan "
              "onderwijs-zorgarrangementen die samen met de jeugdhulpaanbieders en de gemeenten worden "
              "gefinancierd."),
        ("p", "Ieder schoolbestuur heeft zorgplicht. Kan een school na aanmelding geen passende plek bieden, dan "
              "zoekt de school binnen zes weken (eenmaal te verlengen met vier weken) samen met het "
              "samenwerkingsverband een andere school. Lukt dat niet, dan schuift de plaatsingstafel van het "
              "samenwerkingsverband aan; die tafel heeft doorzettingsmacht en kan een school aanwijzen."),
        ("h1", "Toewijzing: TLV vso, lwoo en pro"),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "Een TLV voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling is "
              "ingeschreven of aangemeld. De ondersteuningscoördinator van de school stelt het dossier samen: het "
              "ontwikkelingsperspectiefplan met evaluaties, een overzicht van de ingezette arrangementen en het "
              "verslag van het multidisciplinair overleg. De aanvraag gaat naar de Commissie Toewijzing van het "
              "samenwerkingsverband. Een orthopedagoog en een tweede deskundige (psycholoog, jeugdarts of "
              "maatschappelijk werker) adviseren ieder schriftelijk. De Commissie Toewijzing besluit binnen vier "
              "weken namens het bestuur."),
        ("p", "De commissie geeft een TLV af als aan drie voorwaarden is voldaan: (1) de reguliere school heeft de "
              "basisondersteuning en ten minste één schoolarrangement of een OPDC-traject van minimaal een half "
              "jaar ingezet; (2) het ontwikkelingsperspectief laat zien dat de leerling voor het behalen van zijn "
              "uitstroomprofiel structureel een vso-setting nodig heeft; (3) beide deskundigen adviseren positief. "
              "Bij acute veiligheidsrisico's kan voorwaarde 1 vervallen. De TLV vermeldt de categorie (laag, "
              "midden of hoog) en geldt in de regel twee schooljaren."),
        ("p", "Terug naar het regulier. In de TLV zelf legt de commissie vast wanneer wordt beoordeeld of terugkeer "
              "mogelijk is. Uiterlijk in november van het laatste TLV-jaar bespreekt de vso-school in het "
              "multidisciplinair overleg of de jongere kan terugkeren naar een vo-school of het OPDC; de "
              "vso-school meldt de uitkomst voor 1 februari bij de Commissie Toewijzing, die voor 1 april besluit "
              "over een nieuwe TLV of over terugplaatsing. Zuidoever wil dat meer jongeren na een periode vso "
              "weer een diploma halen in het regulier onderwijs. Daarom geldt als beleid dat terugkeer wordt "
              "onderzocht bij iedere jongere die twee opeenvolgende OPP-evaluaties op schema ligt, dat de "
              "ontvangende school altijd een 'warme landing'-arrangement van een half jaar krijgt met een coach "
              "van de vso-school, en dat de jongere bij terugval zonder nieuwe aanvraag binnen drie maanden terug "
              "kan naar zijn vso-school. In 2024-2025 keerden 19 jongeren terug."),
        ("p", "Tegen het besluit staat bezwaar open. Het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Zuidoever hanteert de landelijke criteria voor lwoo en pro. De aanvraag wordt door de vo-school "
              "ingediend vóór 1 april van het jaar van instroom, met het onderwijskundig rapport van de basisschool "
              "en de uitslagen van het capaciteiten- en didactisch onderzoek. Een tweede toets door de commissie "
              "volgt binnen vier weken. Een aanwijzing lwoo geldt voor de hele duur van de opleiding; een "
              "toelaatbaarheid pro eveneens."),
        ("h1", "Thuiszitters en verzuim"),
        ("p", "Op 1 oktober 2025 zaten 37 jongeren langer dan vier weken thuis zonder onderwijs. Elke maand "
              "bespreken de consulenten en de leerplichtambtenaren alle thuiszitters aan de thuiszitterstafel. "
              "Voor iedere jongere wordt binnen twee weken een casusregisseur aangewezen en een terugkeerplan "
              "gemaakt. Blijkt dat een voorziening ontbreekt (bijvoorbeeld voor jongeren met autisme en "
              "angstproblematiek in havo/vwo), dan brengt de consulent dit in bij het bestuurlijk overleg, dat "
              "twee keer per jaar een overzicht van 'witte vlekken' bespreekt en besluit over nieuw aanbod. Zo is "
              "in 2025 besloten tot een kleinschalige havo-vwo-groep die in augustus 2026 start."),
        ("h1", "Ambities voor 2030"),
        ("p", "Voor de planperiode heeft Zuidoever vier ambities geformuleerd voor jongeren met een "
              "ondersteuningsbehoefte:"),
        ("bul", ["het aantal thuiszitters daalt van 37 naar ten hoogste 15 in 2030;",
                 "ten minste 80 procent van de OPDC-leerlingen stroomt binnen een jaar terug naar een reguliere school;",
                 "het deelnamepercentage vso daalt van 3,4 naar 3,0 procent;",
                 "90 procent van de vso-leerlingen verlaat de school met een diploma, certificaat of baan."]),
        ("p", "Hoe we deze ambities meten, volgen en rapporteren werken we uit in het kwaliteitskader, dat in de "
              "loop van 2027 verschijnt."),
        ("h1", "Financieel kader"),
        ("p", "De middelen voor lichte en zware ondersteuning worden verdeeld volgens het verdeelmodel dat het "
              "bestuur in 2024 heeft vastgesteld. Na aftrek van de afdrachten voor het vso gaat 65 procent als "
              "schoolbudget naar de besturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande "
              "jaar; lwoo- en pro-middelen worden doorbetaald naar rato van het aantal aangewezen leerlingen. 35 "
              "procent blijft bovenschools voor OPDC, Rebound, Schakelroute en de Commissie Toewijzing. Besturen "
              "verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 maart via een vast format."),
        ("p", "Meerjarenbegroting 2026-2030: p.m. De meerjarenbegroting wordt na vaststelling door het bestuur in "
              "december als bijlage aan dit plan toegevoegd."),
    ]
    b += governance("Zuidoever", 7, 21, "raad van toezicht")
    b += opr("2 april 2026", 8)
    b += oogo("Havenstad, Lekkerdam en Oudemeer", "5 maart 2026")
    b += personeel("34,8")
    b += ict_privacy()
    b += huisvesting_vervoer()
    b += kennisdeling()
    b += jaarcyclus()
    b += communicatie_scholen()
    b += risicos_uitvoering()
    b += planning("2026-2030", [("2026-2027", "Start havo-vwo-groep"), ("2027-2028", "Kwaliteitskader"),
                                ("2028-2029", "Evaluatie verdeelmodel"), ("2029-2030", "Nieuw plan")])
    b += begrippen([["Basisondersteuning", "Preventieve en licht curatieve interventies die iedere school biedt."],
                    ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["Ouderbijdrage", "Vrijwillige bijdrage van ouders aan de school."],
                    ["Terugplaatsing", "Terugkeer van vso naar vo."]])
    b += [("h1", "Bijlage B Informatie voor ouders"),
          ("p", "Deze paragraaf volgt in de voortgangsparagraaf van 2027. Daarin beschrijven we hoe het "
                "samenwerkingsverband ouders informeert en waar zij terechtkunnen met vragen.")]
    crit = {c: True for c in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["financien.besteding"] = False
    crit["resultaten.monitoring"] = False
    crit["ouders.informatie"] = False
    crit["ouders.steunpunt"] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "'Het ondersteuningsniveau van de scholen' sets one minimum for every vestiging (niveau) but leaves the concrete voorzieningen to the SOPs on school websites (inhoud not addressed).",
        "plaatsing": "'Toewijzing: TLV vso, lwoo en pro': requester, dossier, Commissie Toewijzing, 4 weeks, 3 conditions, deskundigen, category/duration, LBT; lwoo/pro procedure.",
        "terugstroom": "Hidden in TLV chapter paragraph 'Terug naar het regulier': November MDO, 1 Feb/1 Apr deadlines (procedure), criteria + warme-landing arrangement (beleid), 19 returns.",
        "financien": "'Financieel kader' gives 65/35 verdeelmodel and keys (verdeling) and verantwoording; meerjarenbegroting is 'p.m.', no amounts for spending.",
        "dekkend-aanbod": "Continuum in 'Het ondersteuningsaanbod in Zuidoever' (OPDC, Rebound, vso, OZA); witte vlekken + thuiszitterstafel in 'Thuiszitters en verzuim'.",
        "resultaten": "'Ambities voor 2030' has measurable targets; monitoring deferred to a kwaliteitskader 'in de loop van 2027'.",
        "ouders": "Nothing: only passing mentions (voorwoord, begrippenlijst OJSP/ouderbijdrage, TOC) and Bijlage B that says the paragraph 'volgt' in 2027.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan C: PO, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------

C_HEADER = "SWV PO De Kromme Aa | Ondersteuningsplan 2026-2030 | dekkend aanbod - terugplaatsing - ouders"
C_FOOTER = "Versie 1.0 - vastgesteld 17 april 2026 - resultaten, financien en toelaatbaarheid"


def plan_c():
    swv = "Samenwerkingsverband Primair Onderwijs De Kromme Aa (PO 27-45)"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", swv),
         ("p", "Elk kind een passende plek - dekkend aanbod, terugplaatsing en resultaten")]
    b += toc(["Voorwoord", "Visie en missie", "De regio in cijfers", "Wat iedere school biedt",
              "Toelaatbaarheid", "Dekkend aanbod en terugplaatsing", "Hoe we het geld inzetten",
              "Monitoring en verantwoording", "Ouders informeren", "Organisatie en governance", "OPR", "OOGO",
              "Personeel", "ICT en privacy", "Planning", "Begrippenlijst"])
    b += voorwoord(swv, "De Kromme Aa", "2026-2030", "primair onderwijs")
    b += visie_missie("De Kromme Aa", "kind")
    b += leeswijzer_wet("De Kromme Aa", "po")
    b += ontwikkelingen()
    b += totstandkoming("17 april 2026")
    b += kengetallen("De Kromme Aa", "8.215", "38 (35 basisscholen, 2 sbo-scholen, 1 so-school)",
                     [["Aantal schoolbesturen", "6"], ["Aantal gemeenten", "3"]])
    b += [
        ("h1", "Wat iedere school biedt"),
        ("p", "In De Kromme Aa spreken we van 'de gemeenschappelijke basis': het pakket ondersteuning waarvan de "
              "zes besturen hebben afgesproken dat het op elke basisschool en op elke nevenvestiging aanwezig "
              "is. Het is de ondergrens voor de hele regio; een school kan er in haar ondersteuningsprofiel meer "
              "aan toevoegen, maar niet minder."),
        ("table", [["Onderdeel van de gemeenschappelijke basis", "Wat dit concreet betekent"],
                   ["Deskundigheid", "Een intern begeleider met een post-hbo-opleiding; toegang tot een "
                    "orthopedagoog van het bestuur binnen vier weken"],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; extra instructie in een "
                    "verlengde-instructiegroep; vergrote teksten en voorleessoftware"],
                   ["Gedrag en welbevinden", "Een schoolbrede methode voor sociaal-emotioneel leren; een "
                    "gedragsprotocol; een time-in plek in de school"],
                   ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2, minimaal "
                    "twee uur per week"],
                   ["Structuur", "Een ondersteuningsteam met de ouders, de IB'er en de jeugdverpleegkundige, "
                    "minimaal drie keer per jaar"],
                   ["Medisch", "Een protocol medisch handelen en afspraken over medicijngebruik"]]),
        ("p", "Jaarlijks in mei vult iedere school een zelfevaluatie op de gemeenschappelijke basis in; het "
              "samenwerkingsverband bespreekt de uitkomsten met de schoolleider."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. "
              "De procedure is als volgt. De basisschool bespreekt de leerling in het ondersteuningsteam en stelt "
              "met de ouders het groeidocument op. Het schoolbestuur dient de aanvraag in bij het Loket "
              "Toelaatbaarheid. Binnen tien werkdagen vindt een gesprek plaats met ouders, school en de "
              "orthopedagoog van het loket. Vervolgens adviseren twee deskundigen schriftelijk: de orthopedagoog "
              "van het loket en een tweede deskundige die niet bij de leerling betrokken was. De "
              "directeur-bestuurder besluit binnen zes weken na de aanvraag en stuurt het besluit met de "
              "adviezen aan ouders en school."),
        ("p", "Op welke gronden een TLV wordt toegekend, stellen we in schooljaar 2026-2027 opnieuw vast met "
              "de schoolleiders; de actuele criteria worden daarna via het loket bekendgemaakt."),
        ("h1", "Dekkend aanbod en terugplaatsing"),
        ("p", "Een overzicht van het ondersteuningsaanbod binnen en tussen de scholen, en van de aanpak van "
              "thuiszitters, nemen we op in het jaarplan 2027. Tot die tijd verwijzen we naar de sociale kaart op "
              "onze website. Het beleid voor terugplaatsing vanuit sbo en so wordt momenteel herzien en volgt in "
              "een aparte notitie."),
        ("h1", "Hoe we het geld inzetten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Na de verplichte afdrachten voor het so en de groeibekostiging sbo verdelen we het resterende "
              "budget in twee delen. Het basisbudget gaat naar de besturen: een vast bedrag van € 195 per "
              "leerling op de teldatum 1 oktober. Het arrangementenbudget is bestemd voor individuele en "
              "groepsarrangementen; scholen vragen die aan bij het loket, dat toekent op basis van het "
              "groeidocument, tot een maximum van € 12.000 per leerling per schooljaar. De verdeling wordt elk "
              "jaar in november door het bestuur vastgesteld en gaat gepaard met de jaarbegroting."),
        ("table", [["Meerjarenbegroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "7.480.000", "7.395.000", "7.310.000", "7.240.000"],
                   ["Afdrachten so en sbo (DUO)", "3.910.000", "3.890.000", "3.870.000", "3.850.000"],
                   ["Basisbudget besturen", "1.602.000", "1.585.000", "1.568.000", "1.551.000"],
                   ["Arrangementenbudget", "1.350.000", "1.320.000", "1.300.000", "1.280.000"],
                   ["Loket en deskundigen", "360.000", "365.000", "370.000", "375.000"],
                   ["Bureau en bestuur", "240.000", "242.000", "244.000", "246.000"],
                   ["Resultaat", "18.000", "-7.000", "-42.000", "-62.000"]]),
        ("h1", "Monitoring en verantwoording"),
        ("p", "Het samenwerkingsverband volgt de ontwikkelingen nauwgezet. Twee keer per jaar, in januari en in "
              "juni, stelt de beleidsmedewerker een monitorrapportage op met het aantal toelaatbaarheidsverklaringen "
              "per school, de deelnamepercentages sbo en so (op basis van DUO-gegevens), de doorlooptijd van "
              "aanvragen, het aantal toegekende arrangementen en de tevredenheid van scholen en ouders over het "
              "loket. De rapportage wordt besproken in het bestuur en in de OPR en verschijnt samen met de "
              "evaluatie van het jaarplan in het jaarverslag. In 2024-2025 gaf het loket 74 TLV's af, was de "
              "gemiddelde doorlooptijd 31 werkdagen en gaven ouders het loket een 7,6."),
        ("p", "De beoogde resultaten per jaar leggen we vast in de jaarplannen."),
        ("h1", "Ouders informeren"),
        ("p", "Ouders krijgen informatie over de ondersteuning op drie manieren: via de schoolgids en het "
              "schoolondersteuningsprofiel van de school, via de oudersectie van onze website met een "
              "stappenplan 'van zorg over je kind naar passende ondersteuning', en via het jaarlijkse "
              "inloopcafé dat het loket in elke gemeente organiseert. Bij iedere aanvraag ontvangen ouders "
              "bovendien de folder 'De TLV in vijf stappen'."),
        ("p", "Informatie over onafhankelijke ondersteuning voor ouders volgt zodra het ouder- en jeugdsteunpunt "
              "in onze regio is ingericht."),
    ]
    b += governance("De Kromme Aa", 6, 38, "raad van toezicht")
    b += integriteit()
    b += opr("10 april 2026", 10)
    b += oogo("Sint-Aadorp, Nijnsel en Boxmeerveld", "26 februari 2026")
    b += personeel("11,2")
    b += ict_privacy()
    b += kennisdeling()
    b += jaarcyclus()
    b += communicatie_scholen()
    b += risicos_uitvoering()
    b += planning("2026-2030", [("2026-2027", "Herijking TLV-criteria"), ("2027-2028", "Jaarplan met "
                                "overzicht aanbod"), ("2028-2029", "Tussenevaluatie"), ("2029-2030", "Nieuw plan")])
    b += begrippen([["Dekkend aanbod", "Voor ieder kind is er een passende plek binnen de regio."],
                    ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders."],
                    ["Terugplaatsing", "Terugkeer van een leerling van sbo of so naar een basisschool."],
                    ["Thuiszitter", "Leerplichtig kind dat zonder vrijstelling niet naar school gaat."],
                    ["TLV", "Toelaatbaarheidsverklaring."]])
    crit = {c: True for c in CORE}
    crit["plaatsing.criteria"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.continuum"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.doelen"] = False
    crit["ouders.steunpunt"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Wat iedere school biedt': 'gemeenschappelijke basis' as floor on every vestiging (unusual wording) with content table; yearly zelfevaluatie.",
        "plaatsing": "'Toelaatbaarheid' gives requester, loket, two deskundigen, 6-week decision (procedure); criteria deferred to 2026-2027 ('via het loket bekendgemaakt').",
        "terugstroom": "Only 'wordt momenteel herzien en volgt in een aparte notitie'; otherwise TOC, running header and begrippenlijst.",
        "financien": "'Hoe we het geld inzetten': EUR 195 per leerling + arrangementenbudget via loket (verdeling); amounts only in the meerjarenbegroting table (besteding).",
        "dekkend-aanbod": "Heading 'Dekkend aanbod en terugplaatsing' only defers to jaarplan 2027 and website sociale kaart; OOGO chapter is procedural only.",
        "resultaten": "'Monitoring en verantwoording': half-yearly monitor, jaarverslag, achieved figures; intended results only 'in de jaarplannen'.",
        "ouders": "'Ouders informeren': schoolgids, website, inloopcafe, folder (informatie); steunpunt deferred ('volgt zodra ... is ingericht'); OJSP/Onderwijsconsulenten only in begrippenlijst.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan D: VO, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------

D_HEADER = "Ondersteuningsplan VO Maasdelta-Zuid 2026-2030 - basisondersteuning, financien en meerjarenbegroting"
D_FOOTER = "SWV VO Maasdelta-Zuid (VO 33-08) - www.swv-maasdelta-zuid.example"


def plan_d():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Maasdelta-Zuid (VO 33-08)"
    b = [("title", "Koers op passend onderwijs: ondersteuningsplan 2026-2030"),
         ("p", swv),
         ("p", "Basisondersteuning - toewijzing - financien - resultaten")]
    b += toc(["1 Voorwoord", "2 Visie", "3 Terugblik 2022-2026", "4 Basisondersteuning", "5 Toewijzing vso, "
              "lwoo en pro", "6 Terug naar het regulier", "7 Geen jongere thuis", "8 Doelen en monitoring",
              "9 Samen met ouders en jongeren", "10 Geld", "11 Organisatie", "12 OPR", "13 OOGO",
              "14 Personeel", "15 ICT", "16 Planning", "17 Begrippen"])
    b += voorwoord(swv, "Maasdelta-Zuid", "2026-2030", "voortgezet onderwijs")
    b += visie_missie("Maasdelta-Zuid", "jongere")
    b += leeswijzer_wet("Maasdelta-Zuid", "vo")
    b += ontwikkelingen()
    b += totstandkoming("22 april 2026")
    b += kengetallen("Maasdelta-Zuid", "9.640", "15 (12 vo-scholen, 2 vso-scholen, 1 praktijkschool)",
                     [["Aantal schoolbesturen", "5"], ["Aantal gemeenten", "3"]])
    b += [
        ("h1", "Terugblik 2022-2026"),
        ("p", "In het vorige plan stonden drie doelen centraal. Het aantal jongeren dat langer dan vier weken "
              "thuiszat, daalde van 41 (oktober 2022) naar 23 (oktober 2025); het doel was 20. De gemiddelde "
              "doorlooptijd van een TLV-aanvraag daalde van 44 naar 27 werkdagen; het doel van 30 werkdagen is "
              "gehaald. Het percentage vso-leerlingen dat uitstroomt naar werk, mbo of dagbesteding die aansluit "
              "bij het ontwikkelingsperspectief, steeg van 78 naar 86 procent. In kwalitatieve zin zien we dat "
              "schoolleiders de consulenten vaker vroeg inschakelen."),
        ("h1", "Basisondersteuning"),
        ("p", "Het niveau van de basisondersteuning wordt in schooljaar 2026-2027 met de schoolleiders opnieuw "
              "vastgesteld, in afwachting van de landelijke norm. Tot die tijd blijft de werkwijze van de scholen "
              "ongewijzigd."),
        ("h1", "Toewijzing vso, lwoo en pro"),
        ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de toewijzingscommissie zijn beschreven "
              "in de Handreiking Toewijzing op de website van het samenwerkingsverband."),
        ("p", "Een jongere is toelaatbaar tot het vso wanneer (a) zijn ondersteuningsbehoefte op twee of meer "
              "domeinen (leren, gedrag, communicatie, fysiek-medisch) zo groot is dat een reguliere vo-school "
              "ook met een arrangement geen passend onderwijs kan bieden; (b) er een ontwikkelingsperspectief is "
              "waarin ten minste twee evaluaties laten zien dat de doelen in het regulier niet haalbaar zijn; en "
              "(c) er voor vso cluster 3 sprake is van een verstandelijke of lichamelijke beperking of langdurige "
              "ziekte, of voor cluster 4 van ernstige gedrags- of psychiatrische problematiek. Een TLV geldt "
              "twee schooljaren."),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen "
              "of inzichtelijk rekenen. Maasdelta-Zuid hanteert voor lwoo eigen criteria (opting out): een "
              "leerachterstand van anderhalf tot drie jaar op ten minste één domein, of sociaal-emotionele "
              "problematiek die het leren belemmert, vastgesteld door een orthopedagoog. Een aanwijzing lwoo "
              "geldt voor de gehele opleiding."),
        ("h1", "Terug naar het regulier"),
        ("p", "Voor iedere vso-leerling met een TLV die afloopt, geldt het volgende tijdpad. In september van het "
              "laatste TLV-jaar evalueert de vso-school het ontwikkelingsperspectief met de jongere en zijn "
              "ouders. In oktober neemt de commissie van begeleiding van de vso-school een voorlopig besluit: "
              "verlenging, terugplaatsing of overplaatsing. Bij terugplaatsing neemt de vso-school voor 1 december "
              "contact op met de beoogde vo-school en de consulent van het samenwerkingsverband; de consulent "
              "organiseert een overdrachtsgesprek. Bij verlenging dient de vso-school voor 1 februari een nieuwe "
              "aanvraag in. De toewijzingscommissie besluit voor 1 april, zodat de jongere per 1 augustus op de "
              "juiste plek zit."),
        ("p", "Onze visie op terugplaatsing en de ondersteuning na terugkeer werken we in 2027 uit in een "
              "beleidsnotitie."),
        ("h1", "Geen jongere thuis"),
        ("p", "Maasdelta-Zuid accepteert niet dat jongeren zonder onderwijs thuiszitten. Elke school meldt een "
              "dreigende thuiszitter binnen tien schooldagen bij de consulent. De consulent, de "
              "leerplichtambtenaar en het jeugdteam vormen samen het thuiszittersoverleg, dat iedere twee weken "
              "bijeenkomt en voor iedere jongere binnen vier weken een plan voor terugkeer maakt. Lukt het niet "
              "om binnen drie maanden een plek te vinden, dan besluit de directeur-bestuurder met "
              "doorzettingsmacht welke school de jongere plaatst."),
        ("p", "Jaarlijks in januari maakt het samenwerkingsverband met de gemeenten een analyse van de "
              "jongeren voor wie geen passend aanbod bestond. Uit de analyse van 2025 bleek dat plekken voor "
              "hoogbegaafde jongeren met faalangst en voor jongeren met een combinatie van autisme en "
              "somatische klachten ontbraken. Voor beide groepen start in 2026-2027 een pilot; het bestuur "
              "besluit in juni 2027 over voortzetting."),
        ("h1", "Doelen en monitoring"),
        ("p", "Voor jongeren die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereiken:"),
        ("table", [["Doel", "Nulmeting", "Streefwaarde 2030"],
                   ["Jongeren langer dan 4 weken thuis (1 oktober)", "23", "ten hoogste 10"],
                   ["Vso-leerlingen met passende uitstroom", "86%", "90%"],
                   ["Lwoo-leerlingen met diploma binnen de nominale duur", "71%", "80%"],
                   ["Tevredenheid ouders over de consulent (rapportcijfer)", "7,2", "7,8"]]),
        ("p", "De monitoring gebeurt met het dashboard van het samenwerkingsverband, dat maandelijks wordt gevuld "
              "met gegevens uit het dossiersysteem, de leerplichtregistratie en DUO. Elk kwartaal bespreekt het "
              "managementteam de stand van zaken; in het jaarverslag rapporteren we per doel de bereikte waarde "
              "en een toelichting. De OPR ontvangt het dashboard twee keer per jaar. Halverwege de planperiode "
              "laten we een externe evaluatie uitvoeren."),
        ("h1", "Samen met ouders en jongeren"),
        ("p", "Ouders en jongeren moeten weten waar ze aan toe zijn. Het samenwerkingsverband informeert hen via "
              "een eigen website met een ouderpagina en een jongerenpagina, via korte animatiefilmpjes over "
              "extra ondersteuning, toewijzing en het OPDC, en via de mentoren en ondersteuningscoördinatoren "
              "van de scholen, die hiervoor elk jaar een informatiepakket ontvangen. In maart en oktober "
              "organiseren we een ouderavond in iedere gemeente."),
        ("p", "Wie onafhankelijk advies zoekt, kan terecht bij het Ouder- en Jongerensteunpunt Maasdelta, dat "
              "los van het samenwerkingsverband en de scholen werkt en gevestigd is bij de regionale "
              "cliëntondersteuning. Het steunpunt helpt bij gesprekken met school, bij bezwaar en bij klachten, "
              "en bundelt signalen van ouders en jongeren voor het bestuur. Daarnaast kunnen ouders de "
              "Onderwijsconsulenten inschakelen."),
        ("p", "Jongeren hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief; twee leerlingen "
              "nemen deel aan de OPR."),
        ("h1", "Geld"),
        ("p", "De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting worden vastgesteld in de "
              "afzonderlijke begrotingsnotitie 2026 (bijlage 5)."),
    ]
    b += governance("Maasdelta-Zuid", 5, 15, "raad van toezicht")
    b += opr("8 april 2026", 10)
    b += oogo("Zuiderhaven, Maasbroek en Wielingen", "12 maart 2026")
    b += personeel("16,0")
    b += ict_privacy()
    b += huisvesting_vervoer()
    b += kennisdeling()
    b += jaarcyclus()
    b += communicatie_scholen()
    b += risicos_uitvoering()
    b += planning("1 augustus 2026 - 31 juli 2030", [("2026-2027", "Vaststelling basisniveau"), ("2027-2028",
                  "Beleidsnotitie terugplaatsing"), ("2028-2029", "Externe evaluatie"), ("2029-2030", "Nieuw plan")])
    b += begrippen([["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning "
                     "dat alle scholen bieden, zoals een mentor, een ondersteuningscoördinator en een dyslexiecoach."],
                    ["Continuüm", "Het samenhangende geheel van ondersteuningsvoorzieningen binnen en tussen scholen."],
                    ["Meerjarenbegroting", "Begroting voor vier jaar."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["Verdeelmodel", "De regels waarmee de middelen over de besturen worden verdeeld."]])
    crit = {c: True for c in CORE}
    crit["basisondersteuning.niveau"] = False
    crit["basisondersteuning.inhoud"] = False
    crit["plaatsing.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["financien.verdeling"] = False
    crit["financien.besteding"] = False
    crit["dekkend-aanbod.continuum"] = False
    adv = {"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Chapter only defers ('wordt in 2026-2027 opnieuw vastgesteld'); definition with examples only in begrippenlijst and running header.",
        "plaatsing": "Criteria for vso, pro (landelijk) and lwoo (opting out) given; procedure/termijnen/commissie only referred to Handreiking on the website.",
        "terugstroom": "'Terug naar het regulier' gives the timeline and deciders (procedure); vision and support after return deferred to a 2027 beleidsnotitie.",
        "financien": "Chapter 'Geld' only refers to a separate begrotingsnotitie (bijlage 5, absent); verdeelmodel/meerjarenbegroting only in header/begrippenlijst.",
        "dekkend-aanbod": "'Geen jongere thuis': thuiszittersoverleg, doorzettingsmacht, yearly gap analysis with pilots (lacunes); no description of the support continuum (only in begrippenlijst).",
        "resultaten": "'Terugblik 2022-2026' achieved figures + 'Doelen en monitoring' target table and dashboard/jaarverslag cycle.",
        "ouders": "'Samen met ouders en jongeren': website, films, ouderavonden (informatie); independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten (steunpunt); hoorrecht.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan E: PO, .html (web version)
# ---------------------------------------------------------------------------

def plan_e():
    swv = "Stichting Passend Onderwijs Brakelstroom (PO 26-19)"
    b = [("title", "Ondersteuningsplan 2026-2030 - webversie"),
         ("p", f"{swv}. Deze webversie bevat de volledige tekst van het ondersteuningsplan. De pdf-versie kunt u "
               f"downloaden onderaan deze pagina.")]
    b += toc(["Voorwoord", "Visie en missie", "De regio in cijfers", "Wat scholen bieden",
              "Van basis naar speciaal: het aanbod", "Geen kind zonder plek", "Toelaatbaarheid",
              "Weer naar een school in de buurt", "Wat willen we over vier jaar kunnen laten zien?",
              "Zo houden we de vinger aan de pols", "Geld", "Voor ouders", "Organisatie", "OPR", "OOGO",
              "Personeel", "ICT", "Planning", "Begrippenlijst"])
    b += voorwoord(swv, "Brakelstroom", "2026-2030", "primair onderwijs")
    b += visie_missie("Brakelstroom", "kind")
    b += leeswijzer_wet("Brakelstroom", "po")
    b += ontwikkelingen()
    b += totstandkoming("24 april 2026")
    b += kengetallen("Brakelstroom", "13.020", "61 (55 basisscholen, 4 sbo-scholen, 2 so-scholen)",
                     [["Aantal schoolbesturen", "11"], ["Aantal gemeenten", "5"]])
    b += [
        ("h1", "Wat scholen bieden"),
        ("p", "Iedere school heeft haar basisondersteuning beschreven in het schoolondersteuningsprofiel. Een "
              "inventarisatie van alle profielen in 2025 laat zien dat de basisondersteuning op de scholen "
              "bestaat uit: een intern begeleider en een ondersteuningsteam; signalering met het leerlingvolgsysteem "
              "en groepsbesprekingen; een dyslexieprotocol en begeleiding bij dyscalculie; een programma voor "
              "sociale veiligheid; preventieve begeleiding door de schoolmaatschappelijk werker; en een "
              "verrijkingsaanbod voor kinderen die meer aankunnen."),
        ("p", "Een gezamenlijke afspraak over het niveau dat iedere school minimaal moet bieden, maken de besturen "
              "in 2027, wanneer de landelijke norm basisondersteuning bekend is. Tot dan verschilt het niveau per "
              "school."),
        ("h1", "Van basis naar speciaal: het aanbod"),
        ("p", "Het aanbod in Brakelstroom kent vijf treden. Trede 1 is de ondersteuning in de eigen groep. Trede 2 "
              "is extra ondersteuning op de eigen school met een arrangement van het samenwerkingsverband, zoals "
              "een ambulant begeleider of een onderwijsassistent voor een groepje leerlingen. Trede 3 zijn de "
              "zes bovenschoolse voorzieningen: twee observatieklassen, de Kangoeroeklas voor meer- en "
              "hoogbegaafde kinderen, de taalklas voor nieuwkomers in Brakeldorp, de onderwijs-zorggroep De "
              "Stroming voor jonge kinderen met een ontwikkelingsvraag en de tijdelijke opvangplek voor kinderen "
              "in crisis. Trede 4 is het speciaal basisonderwijs, trede 5 het speciaal onderwijs. Een kind kan "
              "op iedere trede instappen en ook weer terugstappen; de consulent van het samenwerkingsverband "
              "begeleidt de school daarbij."),
        ("h1", "Geen kind zonder plek"),
        ("p", "Elk kwartaal inventariseren de consulenten samen met leerplicht welke kinderen thuiszitten, op een "
              "wachtlijst staan of onderwijs krijgen dat niet past. In 2025 ging het om 18 kinderen. Voor ieder "
              "kind stelt het casusoverleg binnen drie weken een plan op met een eigenaar. Blijkt een voorziening "
              "structureel te ontbreken, dan legt de directeur-bestuurder een voorstel voor aan het bestuur. Zo "
              "ontstond in 2024 De Stroming, nadat bleek dat jonge kinderen met een ontwikkelingsvraag te lang "
              "op een plek wachtten."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Alles over de toelaatbaarheidsverklaring vindt u op de pagina Toelaatbaarheid van deze website."),
        ("h1", "Weer naar een school in de buurt"),
        ("p", "Voor ons is het speciaal (basis)onderwijs geen eindstation. Een kind hoort weer naar een "
              "basisschool in de eigen buurt te gaan zodra het daar met ondersteuning kan leren en zich veilig "
              "voelt. Daarom geldt voor ieder kind in sbo en so: bij iedere jaarlijkse evaluatie van het "
              "ontwikkelingsperspectief wordt de vraag gesteld of terugkeer mogelijk is, en uiterlijk zes maanden "
              "voordat de toelaatbaarheidsverklaring afloopt, bespreekt de sbo- of so-school in een overleg met "
              "ouders, de consulent en een mogelijke ontvangende school of het kind kan terugkeren. De "
              "directeur van de sbo- of so-school doet een voorstel; de consulent van het samenwerkingsverband "
              "besluit over het bijbehorende arrangement. Is terugkeer (nog) niet verantwoord, dan vraagt de "
              "school tijdig een nieuwe verklaring aan."),
        ("p", "Kinderen die terugkeren krijgen een 'overstapbudget' van zes maanden voor begeleiding door de "
              "sbo- of so-school op de nieuwe school, met een evaluatie na drie maanden. Een proefplaatsing van "
              "maximaal acht weken is mogelijk. In 2024-2025 keerden 23 kinderen terug naar een basisschool."),
        ("h1", "Wat willen we over vier jaar kunnen laten zien?"),
        ("bul", ["Het aantal kinderen zonder passende plek (thuiszitters en wachtlijst) daalt van 18 naar ten "
                 "hoogste 5.",
                 "Het aantal kinderen dat uit sbo of so terugkeert naar een basisschool stijgt naar 35 per jaar.",
                 "Ten minste 85 procent van de arrangementen op trede 2 bereikt de doelen uit het "
                 "ontwikkelingsperspectief.",
                 "Ouders waarderen de samenwerking met het samenwerkingsverband met ten minste een 7,5."]),
        ("h1", "Zo houden we de vinger aan de pols"),
        ("p", "Ieder arrangement wordt na afloop geëvalueerd door de school en de consulent; de uitkomsten komen "
              "in het dossiersysteem. Twee keer per jaar maakt het bureau een kwaliteitsrapportage met de "
              "cijfers per doel, die het bestuur en de OPR bespreken. Eens per jaar houden we een "
              "oudertevredenheidspeiling. In het jaarverslag verantwoorden we per doel wat is bereikt en wat het "
              "heeft gekost."),
        ("h1", "Geld"),
        ("p", "Hoe de middelen over de besturen worden verdeeld, herzien we in het schooljaar 2026-2027; het nieuwe "
              "verdeelmodel volgt. De begroting voor de komende jaren ziet er als volgt uit."),
        ("table", [["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Arrangementen trede 2", "2.140", "2.180", "2.200", "2.200"],
                   ["Bovenschoolse voorzieningen trede 3", "1.460", "1.500", "1.520", "1.540"],
                   ["Overstapbudgetten terugkeer", "160", "190", "220", "250"],
                   ["Consulenten en casusoverleg", "690", "700", "710", "720"],
                   ["Bureau, bestuur en OPR", "310", "312", "315", "318"],
                   ["Totaal", "4.760", "4.882", "4.965", "5.028"]]),
        ("p", "De reserve van het samenwerkingsverband bedraagt 6 procent van de baten en blijft binnen de "
              "signaleringswaarde."),
        ("h1", "Voor ouders"),
        ("p", "Hoe we ouders informeren over het ondersteuningsaanbod, beschrijven we in het communicatieplan dat "
              "in het najaar van 2026 verschijnt."),
        ("p", "Heeft u een vraag of bent u het niet eens met de school of met ons? Dan kunt u kosteloos en "
              "onafhankelijk advies krijgen bij Steunpunt Ouders Brakelstroom, ondergebracht bij de "
              "cliëntondersteuning van de vijf gemeenten (maandag tot en met donderdag bereikbaar), en bij de "
              "Onderwijsconsulenten. Voor geschillen over toelating, verwijdering of het ontwikkelingsperspectief "
              "kunt u terecht bij de Geschillencommissie passend onderwijs."),
    ]
    b += governance("Brakelstroom", 11, 61, "raad van toezicht")
    b += opr("16 april 2026", 14)
    b += oogo("Brakeldorp, Heerlo, Ommerzand, Velthuizen en Kaldenberg", "4 maart 2026")
    b += personeel("27,5")
    b += ict_privacy()
    b += huisvesting_vervoer()
    b += kennisdeling()
    b += jaarcyclus()
    b += communicatie_scholen()
    b += risicos_uitvoering()
    b += planning("2026-2030", [("2026-2027", "Nieuw verdeelmodel, communicatieplan"), ("2027-2028",
                                "Afspraak basisniveau"), ("2028-2029", "Evaluatie treden"), ("2029-2030", "Nieuw plan")])
    b += begrippen([["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep."],
                    ["CvT", "Commissie van Toelaatbaarheid."],
                    ["Ouderpagina", "Pagina op de website met informatie voor ouders over ondersteuning."],
                    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                    ["Verdeelmodel", "De regels voor de verdeling van de middelen."]])
    crit = {c: True for c in CORE}
    crit["basisondersteuning.niveau"] = False
    crit["plaatsing.procedure"] = False
    crit["plaatsing.criteria"] = False
    crit["financien.verdeling"] = False
    crit["ouders.informatie"] = False
    adv = {"terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "'Wat scholen bieden' lists the content found in the SOPs (inhoud) but says an agreed minimum for every school only comes in 2027 (niveau not addressed).",
        "plaatsing": "Only a link-style reference to the 'Toelaatbaarheid' web page; TLV/CvT otherwise only in nav menu, TOC, begrippenlijst.",
        "terugstroom": "'Weer naar een school in de buurt': yearly OPP question, 6 months before TLV end, proposer/decider (procedure); aim + overstapbudget + proefplaatsing (beleid); 23 returns.",
        "financien": "'Geld': verdeelmodel deferred ('volgt'); a 4-year lasten table with amounts (besteding) and reserve.",
        "dekkend-aanbod": "'Van basis naar speciaal' five treden (continuum); 'Geen kind zonder plek' quarterly inventory, casusoverleg, new provision (lacunes).",
        "resultaten": "Unusual headings 'Wat willen we over vier jaar kunnen laten zien?' (targets) and 'Zo houden we de vinger aan de pols' (monitoring).",
        "ouders": "'Voor ouders': informing parents deferred to a communicatieplan (najaar 2026); Steunpunt Ouders Brakelstroom + Onderwijsconsulenten (steunpunt).",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Near miss: a school-level ondersteuningsplan of one basisschool
# ---------------------------------------------------------------------------

def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "OBS De Wilgenhoek, Oostwijk - onderdeel van Stichting Openbaar Onderwijs Kempenland"),
         ("p", "Vastgesteld door het team en de medezeggenschapsraad op 30 september 2025")]
    b += toc(["1 Inleiding", "2 Onze visie op ondersteuning", "3 De basisondersteuning op De Wilgenhoek",
              "4 Zorgniveaus en groepsbesprekingen", "5 Extra ondersteuning en het samenwerkingsverband",
              "6 Toelaatbaarheid en terugplaatsing", "7 Ouders", "8 Middelen en formatie",
              "9 Resultaten en kwaliteitszorg", "10 Jaarplanning"])
    b += [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan haar 312 leerlingen "
              "organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de intern begeleiders "
              "en de ouders. Het sluit aan bij ons schoolondersteuningsprofiel en bij het ondersteuningsplan van "
              "het samenwerkingsverband Passend Primair Onderwijs, waarbij onze school is aangesloten. Het plan "
              "wordt ieder jaar in september geactualiseerd."),
        ("h1", "2 Onze visie op ondersteuning"),
        ("p", "Op De Wilgenhoek geloven we dat ieder kind gezien wordt. We werken handelingsgericht: we kijken "
              "naar wat een kind nodig heeft en niet naar wat het mankeert. Leerkrachten zijn eigenaar van de "
              "ondersteuning in hun groep; de intern begeleider coacht en bewaakt de lijn."),
        ("h1", "3 De basisondersteuning op De Wilgenhoek"),
        ("p", "Onze school biedt de basisondersteuning die binnen het samenwerkingsverband is afgesproken. "
              "Concreet betekent dat op onze school: twee intern begeleiders (samen 1,0 fte), een "
              "dyslexiespecialist, een rekencoördinator, een gedragsspecialist, de methode Kwink voor "
              "sociaal-emotioneel leren, een plusgroep op dinsdagmiddag en een taalklasje voor nieuwkomers."),
        ("h1", "4 Zorgniveaus en groepsbesprekingen"),
        ("p", "We werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep voor alle leerlingen. Niveau "
              "2: extra instructie in de groep door de leerkracht. Niveau 3: specifieke interventies na overleg "
              "met de intern begeleider, zoals pre-teaching of een individueel handelingsplan. Niveau 4: "
              "ondersteuning met inzet van externe deskundigen, besproken in het ondersteuningsteam. Niveau 5: "
              "het kind heeft een ontwikkelingsperspectief en er wordt met ouders gesproken over een "
              "arrangement of een andere school."),
        ("p", "Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider met iedere leerkracht "
              "een groepsbespreking. Daarin bespreken we de toetsresultaten van het leerlingvolgsysteem, het "
              "welbevinden en de groepsplannen. Na de groepsbespreking volgen zo nodig leerlingbesprekingen. De "
              "leerkracht legt de afspraken vast in het leerlingdossier."),
        ("table", [["Maand", "Activiteit", "Wie"],
                   ["September", "Startgesprekken met ouders en kind", "Leerkracht"],
                   ["Oktober", "Groepsbespreking 1", "IB en leerkracht"],
                   ["Januari", "Toetsweek midden", "Leerkracht"],
                   ["Februari", "Groepsbespreking 2", "IB en leerkracht"],
                   ["Juni", "Groepsbespreking 3 en overdracht", "IB, leerkrachten"]]),
        ("h1", "5 Extra ondersteuning en het samenwerkingsverband"),
        ("p", "Als de ondersteuning op school niet genoeg is, vraagt de intern begeleider via het "
              "ondersteuningsteam een arrangement aan bij het samenwerkingsverband. Bij ons komt de consulent van "
              "het samenwerkingsverband vier keer per jaar in het ondersteuningsteam. In 2024-2025 hadden 9 "
              "leerlingen van onze school een arrangement, meestal in de vorm van extra begeleiding door een "
              "onderwijsassistent."),
        ("h1", "6 Toelaatbaarheid en terugplaatsing"),
        ("p", "Soms is een andere school beter voor een kind. Dan vraagt het schoolbestuur bij het "
              "samenwerkingsverband een toelaatbaarheidsverklaring aan voor het sbo of het so. De procedure en de "
              "criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. De intern "
              "begeleider bereidt het dossier voor en bespreekt dit met de ouders. Vorig schooljaar zijn twee "
              "leerlingen naar het sbo gegaan. Als een kind van het sbo terugkomt naar onze school, maken we een "
              "overdrachtsgesprek en plannen we na zes weken een evaluatie met ouders."),
        ("h1", "7 Ouders"),
        ("p", "Ouders zijn onze belangrijkste partners. We informeren ouders via de schoolgids, de nieuwsbrief en "
              "Parro. Bij zorgen over hun kind nemen we altijd eerst contact op met ouders. Ouders kunnen bij "
              "vragen ook terecht bij de intern begeleider of de directeur. Voor onafhankelijk advies verwijzen "
              "we ouders naar het ouder- en jeugdsteunpunt van de regio. Bij klachten geldt de klachtenregeling "
              "van de stichting."),
        ("h1", "8 Middelen en formatie"),
        ("p", "De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget voor ondersteuning "
              "van € 285 per leerling. Dat budget zetten we in voor de formatie van de intern begeleiders en de "
              "onderwijsassistenten. De ouderbijdrage wordt niet gebruikt voor ondersteuning."),
        ("table", [["Inzet schoolbudget 2025-2026", "Bedrag"],
                   ["Intern begeleiders (deel)", "€ 48.000"],
                   ["Onderwijsassistent 0,6 fte", "€ 31.000"],
                   ["Scholing team", "€ 9.900"]]),
        ("h1", "9 Resultaten en kwaliteitszorg"),
        ("p", "We evalueren de ondersteuning twee keer per jaar in een trendanalyse van de toetsresultaten. Ons "
              "doel is dat ten minste 95 procent van de leerlingen aan het einde van groep 8 het fundamentele "
              "niveau 1F voor lezen en rekenen haalt. In 2024-2025 was dat 93 procent. De resultaten bespreken "
              "we met het team en met de medezeggenschapsraad."),
        ("h1", "10 Jaarplanning"),
        ("p", "In dit schooljaar werken we aan drie verbeterpunten: de kwaliteit van de groepsplannen, het "
              "aanbod voor meerbegaafde leerlingen en de samenwerking met de kinderopvang in ons gebouw. De "
              "intern begeleiders rapporteren in juni aan de directie."),
    ]
    notes = ("School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, school "
             "budget, 1F-resultaten) that refers to the samenwerkingsverband's plan; not a plan of an SWV "
             "(no OPR, OOGO, planperiode of 4 years, no SWV-wide policy).")
    return b, notes


def main():
    made = []
    # Plan A -> docx
    b, crit, adv, notes = plan_a()
    render_docx(b, OUT / "po-kempenland-oost-op-2026-2030.docx",
                header_text="Ondersteuningsplan 2026-2030 - SWV PO Kempenland-Oost",
                footer_text="basisondersteuning | toelaatbaarheid | terugplaatsing | resultaten")
    write_label("po-kempenland-oost-op-2026-2030", ["po-kempenland-oost-op-2026-2030.docx"], "po", crit, adv, notes)
    made.append(("A", word_count(b)))
    # Plan B -> docx
    b, crit, adv, notes = plan_b()
    render_docx(b, OUT / "vo-zuidoever-ondersteuningsplan-concept.docx",
                header_text="CONCEPT - Ondersteuningsplan Zuidoever - ouders, resultaten en financien",
                footer_text="SWV VO Zuidoever - versie 0.9")
    write_label("vo-zuidoever-ondersteuningsplan-concept", ["vo-zuidoever-ondersteuningsplan-concept.docx"], "vo",
                crit, adv, notes)
    made.append(("B", word_count(b)))
    # Plan C -> pdf
    b, crit, adv, notes = plan_c()
    docx_to_pdf(b, OUT / "po-kromme-aa-ondersteuningsplan.pdf", C_HEADER, C_FOOTER)
    write_label("po-kromme-aa-ondersteuningsplan", ["po-kromme-aa-ondersteuningsplan.pdf"], "po", crit, adv, notes)
    made.append(("C", word_count(b)))
    # Plan D -> pdf
    b, crit, adv, notes = plan_d()
    docx_to_pdf(b, OUT / "vo-maasdelta-zuid-koers-2026-2030.pdf", D_HEADER, D_FOOTER)
    write_label("vo-maasdelta-zuid-koers-2026-2030", ["vo-maasdelta-zuid-koers-2026-2030.pdf"], "vo", crit, adv, notes)
    made.append(("D", word_count(b)))
    # Plan E -> html
    b, crit, adv, notes = plan_e()
    render_html(b, OUT / "po-brakelstroom-ondersteuningsplan.html", "Ondersteuningsplan 2026-2030 - Brakelstroom")
    write_label("po-brakelstroom-ondersteuningsplan", ["po-brakelstroom-ondersteuningsplan.html"], "po",
                crit, adv, notes)
    made.append(("E", word_count(b)))
    # Near miss -> docx
    b, note = near_miss()
    render_docx(b, OUT / "obs-wilgenhoek-ondersteuningsplan-2025-2026.docx",
                header_text="OBS De Wilgenhoek - ondersteuningsplan school")
    lines = ["documents: [obs-wilgenhoek-ondersteuningsplan-2025-2026.docx]", "sector: po",
             "looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
             "  document: " + json.dumps(note, ensure_ascii=False)]
    (OUT / "obs-wilgenhoek-ondersteuningsplan-2025-2026.expected.yaml").write_text("\n".join(lines) + "\n",
                                                                                     encoding="utf-8")
    made.append(("near-miss", word_count(b)))
    for name, n in made:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
