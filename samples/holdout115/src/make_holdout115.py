#!/usr/bin/env python3
"""Generate the holdout115 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Documents are built from simple block lists and rendered to .docx (python-docx), .pdf (LibreOffice
from the .docx), .html and .md. Label files (*.expected.yaml) are written next to them.
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_SECTION
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# block helpers
# a document is a list of blocks: ("title", str) ("sub", str) ("h1", str) ("h2", str) ("p", str)
# ("ul", [str]) ("ol", [str]) ("table", [[str]]) ("toc", [str]) ("pb", None) ("header", str)
# ---------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(*parts):
    return ("p", " ".join(parts))


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TB(*rows):
    return ("table", [list(r) for r in rows])


def render_docx(blocks, path, core_title):
    doc = Document()
    doc.core_properties.title = core_title
    doc.core_properties.author = "Bureau samenwerkingsverband"
    # deterministic metadata
    import datetime as _dt
    fixed = _dt.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Bureau samenwerkingsverband"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "header":
            hdr = doc.sections[0].header
            hdr.paragraphs[0].text = val
        elif kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.runs[0].italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for it in val:
                doc.add_paragraph(it)
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
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps and order so the output is byte-for-byte reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout115.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def render_pdf(docx_path, pdf_path):
    """Convert with LibreOffice in a private temp dir (other writers share /tmp)."""
    with tempfile.TemporaryDirectory(prefix="holdout115_lo_") as td:
        td = Path(td)
        src = td / docx_path.name
        shutil.copy(docx_path, src)
        env = dict(os.environ)
        env["HOME"] = str(td)  # private LibreOffice profile
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
             "--convert-to", "pdf", "--outdir", str(td), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=240)
        shutil.copy(td / (src.stem + ".pdf"), pdf_path)


def render_html(blocks, path, title, nav):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto} nav a{margin-right:1em}"
           " table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>", "<header>", '<nav aria-label="hoofdmenu">']
    for label, href in nav:
        out.append(f'<a href="{html.escape(href)}">{html.escape(label)}</a>')
    out += ["</nav>", "</header>", "<main>"]
    for kind, val in blocks:
        if kind == "header":
            continue
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="lead"><em>{html.escape(val)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{val}</p>")  # may contain simple inline links
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{v}</li>" for v in val) + f"</{kind}>")
        elif kind == "toc":
            out.append('<aside class="toc"><p><strong>Op deze pagina</strong></p><ul>'
                       + "".join(f"<li>{html.escape(v)}</li>" for v in val) + "</ul></aside>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pb":
            continue
    out += ["</main>", "<footer><p>© Samenwerkingsverband VO Rijnvallei · Privacyverklaring · Cookies · "
            "Toegankelijkheid · Contact</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_label(name, data):
    path = OUT / f"{name}.expected.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def insert_before(blocks, heading, extra):
    """Insert extra blocks before the first heading block whose text equals heading."""
    for i, (kind, val) in enumerate(blocks):
        if kind in ("h1", "h2") and val == heading:
            return blocks[:i] + extra + blocks[i:]
    raise KeyError(heading)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def make_label(documents, sector, false_criteria, advisory, notes, elements_override=None):
    """Build a label from the set of core criteria that are NOT addressed.

    Element status follows Part A: all core true -> present; some core true -> partial;
    no core true -> partial if an advisory criterion is addressed, else missing.
    """
    crit = {c: (c not in false_criteria) for c in CORE}
    elements = {}
    for e in ELEMENTS:
        vals = [crit[c] for c in CORE if c.startswith(e + ".")]
        if all(vals):
            st = "present"
        elif any(vals) or advisory.get(e):
            st = "partial"
        else:
            st = "missing"
        elements[e] = st
    if elements_override:
        elements.update(elements_override)
    return {"documents": documents, "sector": sector, "looks_like_plan": True, "elements": elements,
            "criteria": crit, "advisory_addressed": advisory, "notes": notes}


# =============================================================================================
# Plan 1: long formal PO plan, SWV De Lindenkring (PO 27-11), docx + pdf
# =============================================================================================
def plan_lindenkring():
    n = "Samenwerkingsverband De Lindenkring"
    b = [("header", "Ondersteuningsplan 2026-2030 | SWV PO De Lindenkring (PO 27-11) | basisondersteuning · toelaatbaarheid · terugplaatsing · financiën · ouders"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Stichting Samenwerkingsverband Passend Primair Onderwijs De Lindenkring (PO 27-11) – "
                 "gemeenten Heerveld, Oostermark en Lindeloo – vastgesteld door het algemeen bestuur op 24 maart 2026"),
         ("p", "Versie 1.3 – definitief. Met instemming van de ondersteuningsplanraad d.d. 17 maart 2026."),
         ("pb", None),
         ("toc", ["Voorwoord .......... 3", "1 Inleiding en wettelijk kader .......... 4",
                  "2 Context en kengetallen .......... 6", "3 Missie, visie en koers .......... 8",
                  "4 Basisondersteuning .......... 10", "5 Ondersteuningsaanbod en dekkend netwerk .......... 13",
                  "6 Toelaatbaarheid tot sbo en so .......... 17", "7 Resultaten en ambities .......... 21",
                  "8 Kwaliteitszorg .......... 23", "9 Financiën, verdeling en meerjarenbegroting .......... 24",
                  "10 Communicatie .......... 27", "11 Samenwerking met gemeenten (OOGO) .......... 29",
                  "12 Organisatie, governance en medezeggenschap .......... 31",
                  "13 Personeel, ICT en privacy .......... 33", "14 Planning en vaststelling .......... 35",
                  "Bijlage 1 Begrippenlijst .......... 36", "Bijlage 6 Meerjarenbegroting 2026-2030 (apart document)",
                  "Bijlage 7 Terugplaatsingsprotocol (apart document)"]),
         ("pb", None),
         H1("Voorwoord"),
         P("Voor u ligt het ondersteuningsplan 2026-2030 van", n + ". Het is het derde ondersteuningsplan sinds de invoering",
           "van de Wet passend onderwijs in 2014 en tegelijk het eerste plan dat volledig is geschreven na de evaluatie van",
           "passend onderwijs en de daarop gevolgde Verbeteraanpak. De afgelopen planperiode stond in het teken van",
           "herbezinning: wat werkt in onze regio, wat werkt niet, en wat vraagt de komende jaren een andere aanpak?"),
         P("Het plan is tot stand gekomen in een lang en zorgvuldig proces. In het voorjaar van 2025 organiseerden wij",
           "vier regiobijeenkomsten met directeuren, intern begeleiders en leraren. Daarnaast spraken wij met ouders,",
           "met de ondersteuningsplanraad, met de drie gemeenten in ons gebied en met onze collega's van het",
           "samenwerkingsverband VO. Ik dank iedereen die heeft meegedacht, meegelezen en meegeschreven. Zonder die",
           "inbreng was dit plan minder rijk en minder herkenbaar geworden."),
         P("Passend onderwijs is geen project met een einddatum. Het is een manier van werken die elke dag opnieuw",
           "vorm krijgt in de klas, in het gesprek tussen leraar en ouders en in het overleg tussen scholen. Dit plan",
           "geeft daarvoor de kaders. De uitwerking gebeurt op de 62 scholen van onze 11 schoolbesturen, en dat is",
           "precies waar zij hoort."),
         P("Drs. M.A. (Marieke) Verhoeven-Stam, directeur-bestuurder"),
         H1("1 Inleiding en wettelijk kader"),
         H2("1.1 Doel van dit plan"),
         P("Het ondersteuningsplan beschrijft hoe het samenwerkingsverband de wettelijke opdracht uitvoert om te komen",
           "tot een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat leerlingen een",
           "ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo",
           "passend mogelijke plaats in het onderwijs krijgen. Het plan is vastgesteld op grond van artikel 18a van de",
           "Wet op het primair onderwijs en heeft een looptijd van vier schooljaren: van 1 augustus 2026 tot en met 31 juli 2030."),
         H2("1.2 Opbouw"),
         P("Na een beschrijving van onze regio en onze koers volgen de hoofdstukken over basisondersteuning, het",
           "ondersteuningsaanbod, de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, de",
           "resultaten die wij nastreven, de financiën en de communicatie met ouders en scholen. Het plan sluit af met",
           "de organisatie en de planning. Waar het plan verwijst naar bijlagen die als apart document worden",
           "vastgesteld, is dat in de tekst aangegeven."),
         H2("1.3 Relatie met andere documenten"),
         P("Dit plan is een kaderdocument. Het wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. De",
           "schoolbesturen vertalen het plan naar hun eigen strategisch beleid en de scholen beschrijven hun aanbod in",
           "de schoolgids. Daarnaast zijn er regelingen die het bestuur afzonderlijk vaststelt, zoals het reglement van",
           "de Commissie Toelaatbaarheid en het privacyreglement."),
         H1("2 Context en kengetallen"),
         P("De Lindenkring omvat het grondgebied van de gemeenten Heerveld, Oostermark en Lindeloo, een gebied met een",
           "middelgrote stad, een aantal kernen met een sterke eigen identiteit en een uitgestrekt landelijk gebied.",
           "Bij het samenwerkingsverband zijn 11 schoolbesturen aangesloten met samen 58 basisscholen, 2 scholen voor",
           "speciaal basisonderwijs (De Brug in Heerveld en Het Palet in Oostermark) en 2 scholen voor speciaal onderwijs",
           "in cluster 3 en 4 die binnen de regio een vestiging hebben."),
         TB(["Kengetal (teldatum 1 oktober 2025)", "Aantal"],
            ["Leerlingen basisonderwijs", "14.212"], ["Leerlingen sbo", "318"], ["Leerlingen so (cluster 3 en 4)", "291"],
            ["Schoolbesturen", "11"], ["Scholen (vestigingen)", "62"]),
         P("Het leerlingaantal daalt licht, met name in de kleine kernen van Lindeloo. Tegelijk groeit het aantal",
           "leerlingen in de nieuwbouwwijken van Heerveld. Dat stelt eisen aan de spreiding van voorzieningen. De",
           "krapte op de arbeidsmarkt voor leraren en intern begeleiders is in onze regio sterk voelbaar, vooral in",
           "het landelijk gebied. Ook het aantal nieuwkomers nam de afgelopen jaren toe, na de opening van een",
           "opvanglocatie in Oostermark."),
         H1("3 Missie, visie en koers"),
         H2("3.1 Missie"),
         P("Wij zorgen samen dat ieder kind in onze regio onderwijs krijgt dat past, zo dicht mogelijk bij huis, en",
           "dat ouders, scholen en partners weten waar zij aan toe zijn."),
         H2("3.2 Visie"),
         P("Wij geloven dat kinderen zich het best ontwikkelen wanneer zij samen met leeftijdgenoten uit hun eigen",
           "buurt naar school gaan. Inclusief waar het kan, speciaal waar het moet. Ondersteuning is geen doel op",
           "zich maar een middel om leren en ontwikkelen mogelijk te maken. Ouders zijn daarbij de eerste",
           "deskundigen van hun kind. De leraar is de spil; hij of zij moet zich gesteund weten door collega's, door",
           "de intern begeleider en door het samenwerkingsverband."),
         H2("3.3 Koers 2026-2030"),
         P("Onze koers kent drie lijnen: (1) versterken van de basis in elke school, (2) dichter bij huis organiseren",
           "van specialistische ondersteuning en (3) eenvoudiger en sneller regelen van ondersteuning, met minder",
           "papierwerk. Deze lijnen komen in de volgende hoofdstukken terug."),
         H1("4 Basisondersteuning"),
         H2("4.1 Wat wij verstaan onder basisondersteuning"),
         P("Basisondersteuning is het door alle schoolbesturen in De Lindenkring afgesproken niveau van ondersteuning",
           "dat iedere school en iedere vestiging binnen het samenwerkingsverband biedt, onder eigen regie en zonder",
           "dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Dit niveau geldt als ondergrens: geen",
           "school in onze regio zit eronder. Scholen mogen meer bieden en beschrijven dat in hun schoolgids."),
         H2("4.2 De standaarden"),
         P("De besturen hebben het niveau vastgelegd in acht standaarden. Elke school voldoet aan al deze standaarden:"),
         OL("Elke school beschikt over een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de",
            "ondersteuningsstructuur coördineert en leraren coacht.",
            "Elke school werkt handelingsgericht: twee keer per jaar vinden groepsbesprekingen en leerlingbesprekingen plaats.",
            "Elke school hanteert het landelijke Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief verlengde instructie en compenserende middelen.",
            "Elke school heeft een aanbod voor leerlingen die meer aankunnen (verrijking, compacten) en voor leerlingen met een taalachterstand (NT2-ondersteuning in de groep).",
            "Elke school hanteert een methode voor sociaal-emotionele ontwikkeling en een gedragsprotocol met afspraken over preventie en aanpak van pesten.",
            "Elke school kan een ontwikkelingsperspectief (OPP) opstellen en met ouders bespreken.",
            "Elke school heeft een ondersteuningsteam waarin de schoolmaatschappelijk werker, de jeugdverpleegkundige en een orthopedagoog van het samenwerkingsverband ten minste zes keer per jaar aansluiten.",
            "Elke school heeft een medisch protocol en kan eenvoudige medische handelingen laten uitvoeren door bevoegd en bekwaam personeel."),
         H2("4.3 Borging"),
         P("Het samenwerkingsverband toetst eens per twee jaar met een kwaliteitskaart of scholen aan de standaarden",
           "voldoen. De kwaliteitskaart wordt ingevuld door de directeur en besproken met de consulent van het",
           "samenwerkingsverband. Voldoet een school op een standaard niet, dan stelt het schoolbestuur binnen drie",
           "maanden een verbeterplan op; de directeur-bestuurder bespreekt de voortgang in het bestuurlijk overleg."),
         H2("4.4 Grens met extra ondersteuning"),
         P("Extra ondersteuning begint waar de standaarden ophouden. Heeft een leerling meer nodig dan de school met",
           "de acht standaarden kan bieden, dan bespreekt het ondersteuningsteam de situatie en kan de school een",
           "arrangement aanvragen (zie hoofdstuk 5)."),
         H1("5 Ondersteuningsaanbod en dekkend netwerk"),
         H2("5.1 Het continuüm van ondersteuning"),
         P("Het ondersteuningsaanbod in De Lindenkring is opgebouwd in vier niveaus, die samen het samenhangend geheel",
           "van voorzieningen vormen dat de wet vraagt:"),
         TB(["Niveau", "Wat", "Waar", "Toegang"],
            ["1 Basis", "De acht standaarden (hoofdstuk 4)", "Elke school", "Eigen regie school"],
            ["2 Arrangement in de school", "Individueel of groepsarrangement, bijvoorbeeld extra handen in de klas, ambulante begeleiding gedrag, taalklas", "Eigen school", "Aanvraag bij het Ondersteuningsloket, besluit binnen 4 weken"],
            ["3 Bovenschoolse voorziening", "Observatiegroep De Kei (8 plaatsen), plusklas hoogbegaafdheid (2 locaties), nieuwkomersklas Oostermark", "Regionaal", "Ondersteuningsloket"],
            ["4 Speciaal (basis)onderwijs", "sbo De Brug, sbo Het Palet, so cluster 3 en 4", "Regionaal", "Toelaatbaarheidsverklaring (hoofdstuk 6)"]),
         P("Daarnaast kennen wij onderwijs-zorgarrangementen waarin onderwijs en jeugdhulp samen worden ingezet, met",
           "financiering uit zowel de onderwijsmiddelen als de Jeugdwet. De afspraken daarover zijn gemaakt in het",
           "OOGO met de gemeenten (hoofdstuk 11)."),
         H2("5.2 Witte vlekken en thuiszitters"),
         P("Elk jaar in februari brengt het bureau in kaart waar het aanbod niet aansluit: wachtlijsten bij de",
           "observatiegroep, leerlingen die thuiszitten of een vrijstelling hebben, en leerlingen die buiten de regio",
           "naar school gaan omdat een passend aanbod hier ontbreekt. De analyse wordt besproken in het bestuurlijk",
           "overleg, dat besluit over aanpassing van het aanbod. Zo is in 2024 de tweede plusklas geopend."),
         P("Voor thuiszitters geldt de werkwijze 'Binnen tien dagen aan tafel': zodra een leerling tien schooldagen",
           "ongeoorloofd of geoorloofd afwezig is zonder perspectief, organiseert de school met de leerplichtambtenaar",
           "en de consulent van het samenwerkingsverband een overleg. Lukt het niet binnen zes weken een passende plek",
           "te vinden, dan heeft de directeur-bestuurder doorzettingsmacht en wijst een plek aan binnen de regio.",
           "Schoolbesturen geven samen invulling aan de zorgplicht: geen bestuur laat een leerling los voordat een",
           "andere school de leerling heeft ingeschreven."),
         H1("6 Toelaatbaarheid tot sbo en so"),
         H2("6.1 Procedure"),
         P("Het bevoegd gezag van de school waar de leerling is ingeschreven vraagt de toelaatbaarheidsverklaring (TLV)",
           "aan bij de Commissie Toelaatbaarheid (CT) van het samenwerkingsverband. De procedure kent de volgende stappen:"),
         OL("De school bespreekt de ondersteuningsbehoefte in het ondersteuningsteam, met ouders erbij.",
            "De school stelt een groeidocument op met het ontwikkelingsperspectief, de ingezette ondersteuning en de zienswijze van ouders.",
            "De aanvraag wordt digitaal ingediend bij het Ondersteuningsloket.",
            "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog). Deskundigen die betrokken waren bij de aanvraag adviseren niet.",
            "De CT besluit binnen zes weken na ontvangst van de volledige aanvraag; ouders ontvangen het besluit en een kopie van de adviezen."),
         H2("6.2 Criteria"),
         P("Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school heeft",
           "de basisondersteuning en ten minste één arrangement gedurende minimaal zes maanden planmatig ingezet; de",
           "ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling overstijgt wat de reguliere school",
           "met arrangementen kan bieden; en het sbo kan naar het oordeel van de deskundigen de benodigde ondersteuning",
           "wel bieden. Voor het so geldt daarnaast dat de leerling een ondersteuningsbehoefte heeft die",
           "specialistische expertise uit cluster 3 of 4 vraagt, zoals een zeer moeilijk lerende leerling of een",
           "leerling met ernstige gedrags- of psychiatrische problematiek, en dat de zorg niet in het sbo te",
           "organiseren is. Voor jonge risicoleerlingen en spoedsituaties kan de CT een voorlopige TLV van ten hoogste zes maanden afgeven."),
         H2("6.3 Duur en bekostigingscategorie"),
         P("Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor twee",
           "schooljaren, tot 31 juli. De CT stelt voor het so de bekostigingscategorie laag, midden of hoog vast op",
           "basis van het advies van de deskundigen."),
         H2("6.4 Afloop van de toelaatbaarheidsverklaring en terugkeer"),
         P("Wij willen dat een leerling niet langer in het speciaal (basis)onderwijs blijft dan nodig is. Terugkeer naar",
           "een reguliere school, bij voorkeur dicht bij huis, is het uitgangspunt zodra het ontwikkelingsperspectief",
           "laat zien dat de leerling zich met ondersteuning in het regulier onderwijs verder kan ontwikkelen. Een",
           "leerling die terugkeert krijgt standaard een overgangsarrangement van een half schooljaar: ambulante",
           "begeleiding door een leraar van de school van herkomst en een extra budget voor de ontvangende school."),
         P("De procedure verloopt als volgt. De so- of sbo-school evalueert het OPP van iedere leerling jaarlijks in",
           "maart met ouders. In het laatste jaar van de TLV organiseert de school uiterlijk 1 december een",
           "evaluatiegesprek met ouders en de consulent van het samenwerkingsverband. Blijkt terugplaatsing mogelijk,",
           "dan zoekt de school samen met ouders een reguliere school en dient zij vóór 1 april een plan van overdracht",
           "in bij de CT, die het overgangsarrangement toekent. Is verder speciaal onderwijs nodig, dan vraagt de school",
           "vóór 1 april een nieuwe TLV aan. Zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
         H2("6.5 Bezwaar"),
         P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit van de CT. Het",
           "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
           "(LBT) van Stichting Onderwijsgeschillen, die het bestuur adviseert over het bezwaar."),
         H1("7 Resultaten en ambities"),
         P("Met dit plan willen wij voor leerlingen die extra ondersteuning nodig hebben de volgende resultaten bereiken",
           "in de planperiode:"),
         TB(["Beoogd resultaat", "Streefwaarde 2030"],
            ["Deelnamepercentage sbo daalt naar het landelijk gemiddelde", "≤ 2,0%"],
            ["Deelnamepercentage so blijft onder het landelijk gemiddelde", "≤ 1,6%"],
            ["Geen leerling zit langer dan drie maanden thuis zonder onderwijsaanbod", "0 leerlingen"],
            ["Besluit op een arrangementaanvraag binnen vier weken", "95% van de aanvragen"],
            ["Leerlingen met een arrangement halen de doelen uit hun OPP", "≥ 80%"],
            ["Tevredenheid van ouders over de ondersteuning (schaal 1-10)", "≥ 7,5"]),
         P("Deze ambities gelden voor het samenwerkingsverband als geheel. De wijze waarop wij de voortgang op deze",
           "ambities gaan volgen, welke bronnen en meetmomenten wij gebruiken en hoe wij erover rapporteren, werken",
           "wij in het eerste planjaar uit in een monitoringsplan. Tot die tijd wordt dit onderwerp p.m. opgenomen in",
           "het jaarplan."),
         H1("8 Kwaliteitszorg"),
         P("Kwaliteitszorg is een belangrijk onderwerp voor het samenwerkingsverband. Het bureau ontwikkelt in 2026",
           "een nieuw kwaliteitskader in lijn met het onderzoekskader van de inspectie. Het kader is op het moment van",
           "vaststellen van dit plan nog in ontwikkeling en zal na instemming van de OPR worden toegevoegd."),
         H1("9 Financiën, verdeling en meerjarenbegroting"),
         H2("9.1 Inkomsten"),
         P("Het samenwerkingsverband ontvangt van de rijksoverheid het budget voor lichte en zware ondersteuning. Na",
           "aftrek van de afdrachten aan het speciaal onderwijs via DUO resteert het budget waarover het",
           "samenwerkingsverband zelf beslist."),
         H2("9.2 Verdeling"),
         P("Het bestuur verdeelt de ondersteuningsmiddelen volgens het verdeelmodel dat op 12 november 2025 is",
           "vastgesteld. De criteria zijn: (a) elk schoolbestuur ontvangt een bedrag van € 185 per leerling op de",
           "teldatum 1 oktober van het voorgaande jaar, te besteden aan versterking van de basis; (b) elke vestiging",
           "ontvangt een vaste voet van € 7.500; (c) arrangementen op niveau 2 en 3 worden per leerling toegekend",
           "door het Ondersteuningsloket op basis van de aanvraag en betaald uit een centraal budget; (d) de",
           "overgangsarrangementen bij terugplaatsing worden betaald uit hetzelfde centrale budget. Het bestuur stelt",
           "het bedrag per leerling jaarlijks in november vast bij de jaarbegroting."),
         H2("9.3 Besteding en meerjarenbegroting"),
         P("Waaraan de middelen in de planperiode worden besteed, wordt zichtbaar in de meerjarenbegroting 2026-2030.",
           "Deze wordt na vaststelling van de kaderbrief door het algemeen bestuur in december 2026 als bijlage 6",
           "aan dit plan toegevoegd."),
         TB(["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Middelen naar schoolbesturen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Arrangementen en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]),
         H2("9.4 Reserves"),
         P("Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves volgens de methodiek van de",
           "inspectie. Eind 2025 lag de reserve € 410.000 boven die waarde; dit bedrag wordt in 2026 en 2027 ingezet",
           "voor de tweede observatiegroep."),
         H1("10 Communicatie"),
         H2("10.1 Informatie voor ouders"),
         P("Ouders moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Het samenwerkingsverband",
           "informeert ouders via de ouderpagina van de website, waar per niveau van het ondersteuningsaanbod wordt",
           "uitgelegd wat een school biedt en hoe een arrangement of TLV tot stand komt; via de folder 'Passend",
           "onderwijs in De Lindenkring', die elke school bij aanmelding meegeeft en die in het Nederlands, Engels,",
           "Arabisch en Pools beschikbaar is; en via twee informatieavonden per jaar (oktober en maart). Scholen",
           "vermelden in hun schoolgids het ondersteuningsaanbod van de school."),
         H2("10.2 Onafhankelijke hulp voor ouders"),
         P("Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht",
           "bij het Ouder- en Jeugdsteunpunt Lindenkring, dat onafhankelijk van de scholen werkt en telefonisch, per",
           "mail en via een wekelijks spreekuur in de bibliotheek van Heerveld bereikbaar is. Ouders kunnen ook",
           "kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt de",
           "klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
         H2("10.3 Communicatie met scholen en partners"),
         P("Met scholen communiceren wij via de maandelijkse nieuwsbrief, het IB-netwerk en het directeurenoverleg.",
           "Gemeenten en jeugdhulpaanbieders ontvangen de partnernieuwsbrief. Wij werken",
           "aan een vernieuwde huisstijl en een toegankelijker website, die in 2027 live gaat."),
         H2("10.4 Ouders als partner"),
         P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden betrokken bij het opstellen en",
           "evalueren van het OPP van hun kind. In de ouderklankbordgroep, die drie keer per jaar bijeenkomt,",
           "bespreken wij ontwikkelingen in het beleid."),
         H1("11 Samenwerking met gemeenten (OOGO)"),
         P("Het op overeenstemming gericht overleg over dit plan met de gemeenten Heerveld, Oostermark en Lindeloo",
           "heeft plaatsgevonden op 3 februari 2026. Gemeenten en samenwerkingsverband hebben afspraken gemaakt over",
           "de aansluiting tussen onderwijs en jeugdhulp (jeugdhulp in de school, de schoolmaatschappelijk werker in",
           "het ondersteuningsteam), leerlingenvervoer, onderwijshuisvesting voor de observatiegroep en de aanpak",
           "van thuiszitters. Het overleg met het samenwerkingsverband VO De Lindenkring VO vond plaats op 10 februari 2026."),
         H1("12 Organisatie, governance en medezeggenschap"),
         P("Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de",
           "aangesloten schoolbesturen en houdt intern toezicht; de directeur-bestuurder vormt het uitvoerend bestuur.",
           "Het bureau telt 14,6 fte, onder wie consulenten, orthopedagogen en medewerkers van het",
           "Ondersteuningsloket. De ondersteuningsplanraad (OPR) telt twaalf leden, zes ouders en zes personeelsleden,",
           "afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit plan. De medezeggenschapsraad",
           "van het bureau spreekt mee over personele zaken."),
         P("Het toezicht is ingericht volgens de Code Goed Bestuur in het primair onderwijs. Het algemeen bestuur",
           "vergadert zes keer per jaar en heeft een auditcommissie die de jaarrekening en de begroting voorbereidt."),
         H1("13 Personeel, ICT en privacy"),
         P("De consulenten en orthopedagogen van het samenwerkingsverband ondersteunen scholen bij het vormgeven van",
           "de basisondersteuning en bij het opstellen van arrangementen. Wij investeren in hun professionalisering",
           "via een opleidingsbudget van 2% van de loonsom en intervisie. Voor leraren organiseren wij",
           "netwerkbijeenkomsten en een jaarlijkse studiedag passend onderwijs."),
         P("Het Ondersteuningsloket werkt met een beveiligde digitale omgeving voor aanvragen. Persoonsgegevens worden",
           "verwerkt conform de AVG en artikel 18a lid 13 WPO; dossiers worden drie jaar na het besluit vernietigd.",
           "Een functionaris gegevensbescherming adviseert het bestuur."),
         H1("14 Planning en vaststelling"),
         TB(["Datum", "Stap"],
            ["3 februari 2026", "OOGO met gemeenten"], ["10 februari 2026", "Overleg SWV VO"],
            ["17 maart 2026", "Instemming OPR"], ["24 maart 2026", "Vaststelling algemeen bestuur"],
            ["vóór 1 mei 2026", "Toezending aan de inspectie"], ["1 augustus 2026", "Ingangsdatum"]),
         P("Tussentijdse wijzigingen van dit plan worden ter instemming aan de OPR voorgelegd."),
         H1("Bijlage 1 Begrippenlijst"),
         TB(["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Financiën / meerjarenbegroting", "Overzicht van inkomsten en uitgaven over meerdere jaren; de besteding van middelen per jaar."],
            ["Monitoring", "Het systematisch volgen van resultaten en kengetallen."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders."],
            ["Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]),
         ]
    return b


# =============================================================================================
# Plan 2: compact VO plan, SWV VO Kanaalzone (VO 31-04), pdf rendered from docx
# =============================================================================================
def plan_kanaalzone():
    b = [("header", "SWV VO Kanaalzone – Ondersteuningsplan 2026-2030 (compacte versie)"),
         ("title", "Ondersteuningsplan 2026–2030"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Kanaalzone, VO 31-04 · compacte versie · vastgesteld 31 maart 2026"),
         ("toc", ["1. Waarom dit plan", "2. Onze regio in het kort", "3. Visie", "4. Basisondersteuning",
                  "5. Het ondersteuningsaanbod", "6. Toelaatbaarheid vso, lwoo en pro",
                  "7. Van vso terug naar het regulier vo", "8. Geld en middelen", "9. Ouders en leerlingen",
                  "10. Organisatie en medezeggenschap", "11. Totstandkoming", "Afkortingen"]),
         H1("1. Waarom dit plan"),
         P("Dit is het ondersteuningsplan van het Samenwerkingsverband VO Kanaalzone voor de schooljaren 2026-2027",
           "tot en met 2029-2030. Wij hebben bewust gekozen voor een compact plan. Het vorige plan telde 94 pagina's",
           "en werd, eerlijk gezegd, weinig gelezen. Dit plan beschrijft op een beperkt aantal pagina's wat scholen,",
           "ouders en partners van het samenwerkingsverband mogen verwachten. Praktische uitwerkingen staan in",
           "handleidingen die het bestuur apart vaststelt."),
         P("We zijn trots op wat de scholen de afgelopen jaren samen hebben opgebouwd. De OPDC-voorziening draait op",
           "volle kracht, de samenwerking met het mbo is hechter dan ooit en de toelaatbaarheidsprocedure is sterk",
           "vereenvoudigd. Tegelijk weten we dat er nog veel te doen is, zeker voor jongeren met complexe vragen."),
         P("Het plan is geschreven voor schoolleiders, ondersteuningscoördinatoren, mentoren, gemeenten en",
           "partners, maar ook voor ouders en leerlingen die willen weten hoe passend onderwijs in de Kanaalzone",
           "is georganiseerd. Wij hebben geprobeerd het plan zo te schrijven dat het zonder voorkennis te lezen is.",
           "Afkortingen worden achterin uitgelegd. Waar het plan iets bepaalt dat voor alle scholen geldt, staat",
           "dat er nadrukkelijk bij. De besturen blijven verantwoordelijk voor het onderwijs op hun scholen; het",
           "samenwerkingsverband neemt die verantwoordelijkheid niet over. Dat uitgangspunt is in de vorige",
           "planperiode soms uit het oog verloren, bijvoorbeeld toen het bureau zelf trajecten ging uitvoeren die",
           "beter bij de scholen hadden gepast. In deze planperiode keren wij terug naar de kern: het",
           "samenwerkingsverband verdeelt middelen, beslist over toelaatbaarheid en organiseert wat scholen niet",
           "alleen kunnen."),
         H1("2. Onze regio in het kort"),
         P("Het samenwerkingsverband omvat de gemeenten Sluiskade, Westerdijk en Kanaaldorp. Er zijn 7 schoolbesturen",
           "aangesloten met 14 scholen voor voortgezet onderwijs (waaronder 2 scholen voor praktijkonderwijs) en 3",
           "scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 telde het verband 11.860 leerlingen in het",
           "regulier vo, 612 leerlingen in het praktijkonderwijs en 388 leerlingen in het vso. Het aantal leerlingen",
           "met lwoo bedroeg 1.240."),
         P("Kenmerkend voor de regio zijn de lange reisafstanden in het noordelijk deel en de concentratie van",
           "havo/vwo-aanbod in Sluiskade. Het leerlingaantal zal de komende jaren met ongeveer 6% dalen; dat raakt",
           "vooral de kleinere vmbo-locaties."),
         H1("3. Visie"),
         P("Iedere jongere in de Kanaalzone verdient een plek waar hij of zij kan leren en groeien. Wij werken",
           "resultaatgericht, dicht bij de school en zonder onnodige bureaucratie. Scholen zijn samen verantwoordelijk",
           "voor alle jongeren in de regio; het samenwerkingsverband faciliteert, verbindt en stelt kaders. Wij",
           "kijken naar wat een jongere nodig heeft en niet naar wat hij of zij heeft. Leerlingen en ouders zijn",
           "gesprekspartner en geen dossier."),
         H1("4. Basisondersteuning"),
         P("Alle vo-scholen in de Kanaalzone bieden ten minste hetzelfde niveau van basisondersteuning. Dat niveau is",
           "in 2019 door de besturen gezamenlijk vastgesteld en geldt voor iedere vestiging, ongeacht schoolsoort of",
           "denominatie. Het is de ondergrens: wat daaronder valt, is niet aan de school maar aan het",
           "samenwerkingsverband om te regelen, en wat daarboven valt is extra ondersteuning."),
         P("Welke onderdelen de basisondersteuning precies omvat, staat in de Kwaliteitskaart Basisondersteuning VO",
           "Kanaalzone, die op de website van het samenwerkingsverband te vinden is. De kaart wordt in het schooljaar",
           "2026-2027 geactualiseerd, zodat ook de nieuwe afspraken over de schoolgids erin zijn verwerkt. Scholen",
           "beschrijven hun eigen invulling in de schoolgids."),
         H1("5. Het ondersteuningsaanbod"),
         P("Het ondersteuningsaanbod in de Kanaalzone bestaat uit vier lagen die op elkaar aansluiten:"),
         UL("Laag 1 – basisondersteuning op elke school (zie hoofdstuk 4);",
            "Laag 2 – extra ondersteuning op de eigen school: een ondersteuningsarrangement dat de school uit haar eigen budget inzet, zoals een trajectvoorziening, een dyslexie- en dyscalculiecoach of een ondersteuningsklas met maximaal 12 leerlingen;",
            "Laag 3 – bovenschoolse voorzieningen: het OPDC De Overstap (60 plaatsen, maximaal twee jaar), de reboundvoorziening (kortdurend, 12 weken) en het Kanaalzone Schakeljaar voor nieuwkomers na de ISK;",
            "Laag 4 – voortgezet speciaal onderwijs en praktijkonderwijs, met toelaatbaarheid via het samenwerkingsverband (hoofdstuk 6)."),
         P("Leerwegondersteunend onderwijs wordt gegeven op 9 vmbo-locaties, in kleinere groepen en met extra",
           "begeleiding. Onderwijs-zorgarrangementen in het OPDC worden samen met de jeugdhulpaanbieder Kanaalzorg",
           "vormgegeven; de gemeenten financieren de jeugdhulpcomponent."),
         P("Een analyse van witte vlekken in het aanbod en een aanpak voor leerlingen voor wie nog geen passende plek",
           "is gevonden, maken wij in 2027 als onderdeel van de regionale agenda met gemeenten en onderwijs. Tot die",
           "tijd blijft de huidige werkwijze van de besturen van kracht."),
         H1("6. Toelaatbaarheid vso, lwoo en pro"),
         H2("6.1 Vso"),
         P("De school waar de leerling staat ingeschreven of is aangemeld vraagt een TLV aan bij de Commissie",
           "Toewijzing van het samenwerkingsverband, met een groeidocument, een actueel OPP en de zienswijze van",
           "ouders en leerling. Een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld een",
           "jeugdarts of kinderpsychiater) geven ieder een eigen schriftelijk advies. De commissie besluit binnen",
           "vijf weken; bij spoed binnen tien werkdagen."),
         P("Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte langdurig en intensief is op",
           "het gebied van gedrag, psychiatrie, verstandelijke ontwikkeling of lichamelijke beperking; (2) de",
           "reguliere school en de bovenschoolse voorzieningen aantoonbaar niet de benodigde ondersteuning kunnen",
           "bieden; en (3) het vso een perspectief biedt op vervolgonderwijs, arbeid of dagbesteding. Een TLV vso geldt",
           "standaard voor drie schooljaren; de commissie bepaalt de bekostigingscategorie laag, midden of hoog."),
         H2("6.2 Lwoo en praktijkonderwijs"),
         P("Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria. Een leerling komt in",
           "aanmerking voor pro bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee",
           "van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is. Voor lwoo geldt een IQ",
           "tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op twee domeinen, of een IQ tussen 91",
           "en 120 met een leerachterstand en sociaal-emotionele problematiek. De vo-school dient de aanvraag vóór 1",
           "maart in bij de Commissie Toewijzing; die besluit vóór 15 april, zodat de leerling op 1 augustus",
           "geplaatst kan worden. Een aanwijzing lwoo geldt voor de gehele vmbo-opleiding; een TLV pro voor de",
           "gehele opleiding in het praktijkonderwijs."),
         H1("7. Van vso terug naar het regulier vo"),
         P("Het samenwerkingsverband gaat ervan uit dat het vso voor veel jongeren een tijdelijke plek is. Ons",
           "beleid is dat een jongere terugkeert naar het regulier vo zodra het OPP dat toelaat, en dat die",
           "terugkeer goed wordt voorbereid. Voorwaarden zijn dat de jongere zelf gemotiveerd is, dat ouders",
           "instemmen en dat de ontvangende school met een arrangement de benodigde ondersteuning kan bieden. Na",
           "terugkeer ontvangt de school een overgangsarrangement van zes maanden, met ambulante begeleiding vanuit",
           "het vso. Ook overstappen van vso naar pro of mbo vallen onder dit beleid."),
         P("Hoe de terugkeer in de praktijk verloopt – wie het initiatief neemt, op welke momenten wordt",
           "geëvalueerd en wie beslist – leggen de vso-scholen en het samenwerkingsverband in 2026-2027 vast in een",
           "werkafspraak."),
         H1("8. Geld en middelen"),
         P("Het samenwerkingsverband ontvangt jaarlijks circa € 14,9 miljoen aan ondersteuningsmiddelen, waarvan",
           "ongeveer € 6,1 miljoen via DUO rechtstreeks naar het vso en € 5,3 miljoen naar lwoo en pro gaat. De",
           "resterende middelen worden als volgt verdeeld:"),
         UL("Schoolbudget: elke vo-school ontvangt € 95 per leerling (teldatum 1 oktober t-1) voor laag 2;",
            "Lwoo- en pro-budget: volledig doorgegeven aan de scholen die lwoo en pro verzorgen, naar rato van het aantal aangewezen leerlingen;",
            "Bovenschoolse voorzieningen: het OPDC en de rebound krijgen een vast budget op basis van het aantal plaatsen;",
            "Bureau en commissie: maximaal 7% van de middelen."),
         P("Besturen verantwoorden jaarlijks vóór 1 maart aan het samenwerkingsverband waaraan zij het schoolbudget",
           "hebben besteed, aan de hand van een vast format."),
         TB(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten ondersteuningsmiddelen", "14.920", "14.700", "14.480", "14.250"],
            ["Afdracht vso (DUO)", "6.110", "6.050", "5.990", "5.930"],
            ["Lwoo en pro naar scholen", "5.310", "5.210", "5.110", "5.010"],
            ["Schoolbudgetten laag 2", "1.127", "1.110", "1.090", "1.070"],
            ["OPDC en rebound", "1.320", "1.320", "1.300", "1.280"],
            ["Bureau en commissie", "1.010", "990", "980", "960"],
            ["Resultaat", "43", "20", "10", "0"]),
         P("De algemene reserve bedraagt € 1,2 miljoen en ligt onder de signaleringswaarde."),
         H1("9. Ouders en leerlingen"),
         P("Ouders en leerlingen moeten weten welke ondersteuning er is. Het samenwerkingsverband informeert hen via",
           "de website, via een ouderfolder die elke vo-school bij de aanmelding meegeeft en via de",
           "informatiemarkt 'Passend vo' in oktober voor ouders van leerlingen in groep 8. De scholen geven in hun",
           "schoolgids aan welke ondersteuning zij bieden. Het ondersteuningsloket is op werkdagen telefonisch",
           "bereikbaar voor vragen over het aanbod."),
         P("Ouders en leerlingen worden betrokken bij het opstellen van het OPP en hebben hoorrecht. In de OPR",
           "hebben drie ouders en twee leerlingen zitting."),
         P("De inrichting van een ouder- en jeugdsteunpunt bereiden wij samen met het SWV PO voor; nadere informatie",
           "volgt zodra de wettelijke termijnen bekend zijn."),
         H1("10. Organisatie en medezeggenschap"),
         P("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zeven",
           "schoolbesturen en houdt toezicht op het bestuur. De directeur-bestuurder leidt het bureau (8,2 fte). De",
           "Commissie Toewijzing bestaat uit een voorzitter, twee orthopedagogen en een jeugdarts."),
         P("De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. De OPR",
           "heeft op 24 maart 2026 ingestemd met dit plan. Het bureau heeft een eigen medezeggenschapsraad."),
         P("Het bureau werkt met een digitaal aanvraagsysteem dat voldoet aan de AVG. Dossiers worden drie jaar na",
           "het laatste besluit vernietigd. Personeel van het bureau volgt jaarlijks scholing; het",
           "professionaliseringsbudget is 1,5% van de loonsom."),
         H1("11. Totstandkoming"),
         P("Het concept is besproken met de schoolleiders (november 2025), de zorgcoördinatoren (december 2025) en",
           "het SWV PO Kanaalzone (januari 2026). Het op overeenstemming gericht overleg met de gemeenten vond plaats",
           "op 27 januari 2026; thema's waren jeugdhulp op school, leerlingenvervoer en thuiszitters. Het plan is",
           "op 31 maart 2026 vastgesteld en vóór 1 mei 2026 naar de inspectie gestuurd."),
         H1("Afkortingen"),
         TB(["Afkorting", "Betekenis"],
            ["Lwoo", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OC", "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen over onderwijs"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectief"],
            ["Pro", "Praktijkonderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
            ["Thuiszitter", "Leerplichtige jongere die zonder geldige vrijstelling niet naar school gaat"],
            ["Vso", "Voortgezet speciaal onderwijs"]),
         ]
    return b


# =============================================================================================
# Plan 3: plain-language PO plan for parents, Passend Onderwijs Zuidwolde-Hoeven (PO 24-09), docx
# =============================================================================================
def plan_zuidwolde():
    b = [("header", "Ons ondersteuningsplan in gewone taal – Passend Onderwijs Zuidwolde-Hoeven"),
         ("title", "Passend onderwijs voor uw kind"),
         ("sub", "Het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Onderwijs Zuidwolde-Hoeven "
                 "(PO 24-09), in gewone taal. Voor ouders en verzorgers."),
         P("Dit is de volledige versie van ons ondersteuningsplan, maar dan geschreven in gewone taal. De",
           "ondersteuningsplanraad heeft ermee ingestemd op 10 maart 2026. Het bestuur heeft het vastgesteld op 18",
           "maart 2026. Het plan geldt van 1 augustus 2026 tot 1 augustus 2030."),
         ("toc", ["Welkom", "Wie zijn wij?", "Waar geloven wij in?", "Wat mag u van elke school verwachten?",
                  "Als uw kind meer nodig heeft", "Hulp in de buurt: alle plekken op een rij",
                  "Naar het speciaal (basis)onderwijs", "Terug naar een gewone school",
                  "Geen kind zonder school", "Het geld", "Hoe weten we of het werkt?",
                  "Informatie voor u", "Hulp als u er samen niet uitkomt", "Meepraten", "Wie doet wat?",
                  "Woordenlijst"]),
         H1("Welkom"),
         P("Beste ouder, beste verzorger,"),
         P("Misschien leest u dit omdat uw kind op school extra hulp krijgt. Of omdat de juf of meester heeft",
           "gezegd dat uw kind misschien beter naar een andere school kan. Misschien bent u gewoon benieuwd. Wat de",
           "reden ook is: fijn dat u dit leest."),
         P("In dit plan leggen wij uit hoe de scholen in Zuidwolde, Hoeven en Ter Aa samenwerken om elk kind de",
           "hulp te geven die het nodig heeft. We hebben geprobeerd het zo eenvoudig mogelijk te schrijven. Lukt",
           "dat niet overal? Laat het ons weten. We gebruiken uw opmerkingen voor de volgende versie."),
         P("We hebben dit plan niet alleen gemaakt. Ouders, leraren, intern begeleiders, schoolleiders en de",
           "gemeenten hebben meegedacht. In de ouderpanels van juni en september 2025 zaten 34 ouders. Zij hebben",
           "ons geholpen om dit plan begrijpelijk te maken. Dank daarvoor!"),
         P("Hoe leest u dit plan? U hoeft het niet in één keer helemaal te lezen. Kijk in de inhoudsopgave welk",
           "stuk voor u belangrijk is. Elk hoofdstuk is kort. Moeilijke woorden leggen we uit in de woordenlijst",
           "achterin. Wilt u het plan liever op papier? Vraag het aan de school van uw kind of bel ons. Wilt u het",
           "plan laten voorlezen? Op onze website staat ook een versie die u kunt beluisteren. Heeft u na het",
           "lezen nog vragen? Dan kunt u altijd contact met ons opnemen. We praten graag met u."),
         H1("Wie zijn wij?"),
         P("Wij zijn Samenwerkingsverband Passend Onderwijs Zuidwolde-Hoeven. Dat is een lange naam. Wij zeggen",
           "meestal gewoon 'het samenwerkingsverband'. In het samenwerkingsverband werken 6 schoolbesturen samen.",
           "Samen hebben zij 31 basisscholen, 1 school voor speciaal basisonderwijs (sbo De Wegwijzer) en 1 school",
           "voor speciaal onderwijs (so De Horizon). Er gaan ongeveer 7.400 kinderen naar deze scholen."),
         P("De wet zegt dat alle scholen in een regio moeten samenwerken. Zo kunnen ze samen zorgen dat er voor",
           "elk kind een goede plek is. Dat noemen we passend onderwijs. Het samenwerkingsverband is geen school.",
           "Wij geven zelf geen les. Wij helpen scholen, maken afspraken en beslissen over plaatsing op het sbo en so."),
         P("Ons kantoor is in Hoeven, aan de Molenstraat. Er werken 9 mensen: een directeur, twee",
           "orthopedagogen, drie consulenten, een secretaresse, een medewerker financiën en een medewerker",
           "communicatie."),
         H1("Waar geloven wij in?"),
         P("Wij geloven dat kinderen het best leren op een school dichtbij huis, samen met kinderen uit hun buurt.",
           "Soms is dat niet genoeg. Dan zoeken we samen met u naar een plek die wél past."),
         P("Wij vinden drie dingen belangrijk:"),
         UL("Het kind staat centraal. We kijken naar wat uw kind nodig heeft, niet naar een etiket of diagnose.",
            "Ouders doen mee. U kent uw kind het best. Daarom praat u mee over de hulp.",
            "Snel en simpel. Hulp moet er snel zijn, zonder stapels formulieren."),
         H1("Wat mag u van elke school verwachten?"),
         P("Alle basisscholen in ons samenwerkingsverband hebben samen afgesproken wat elke school minimaal moet",
           "kunnen bieden. Dat heet basisondersteuning. Het maakt niet uit op welke school uw kind zit: dit krijgt",
           "elk kind als het nodig is. De school hoeft hiervoor niets aan te vragen."),
         P("Op elke school in ons samenwerkingsverband:"),
         UL("is er een intern begeleider (IB'er). Die helpt de leraar als uw kind extra hulp nodig heeft;",
            "krijgt een kind met leesproblemen extra leesinstructie, minimaal drie keer per week. Bij vermoeden van dyslexie helpt de school bij het onderzoek;",
            "krijgt een kind dat moeite heeft met rekenen extra uitleg in een klein groepje;",
            "krijgt een kind dat snel leert extra uitdaging, bijvoorbeeld moeilijker werk of een plusgroep in de school;",
            "werkt de school met een vast plan tegen pesten en leren kinderen omgaan met elkaar;",
            "is er een rustige plek in de school voor een kind dat even tot rust moet komen;",
            "zit de jeugdverpleegkundige en de schoolmaatschappelijk werker een paar keer per jaar in het ondersteuningsteam;",
            "kan de school een orthopedagoog van het samenwerkingsverband om advies vragen;",
            "kan een kind met een medische aandoening, zoals diabetes of epilepsie, naar school, met een plan voor de medicijnen."),
         P("Elke twee jaar kijkt een consulent van het samenwerkingsverband samen met de school of dit allemaal",
           "goed gaat. Gaat iets niet goed? Dan maakt de school een plan om het te verbeteren."),
         H1("Als uw kind meer nodig heeft"),
         P("Soms is de basisondersteuning niet genoeg. Bijvoorbeeld omdat uw kind veel moeite heeft met leren, met",
           "gedrag of met concentratie. Dan kan de school extra hulp regelen. Dat heet een arrangement."),
         P("Hoe gaat dat? De leraar en de IB'er praten eerst met u. Daarna bespreken ze uw kind in het",
           "ondersteuningsteam. U bent daar altijd bij. Samen bedenkt u wat uw kind nodig heeft. De school vraagt",
           "dan een arrangement aan bij het samenwerkingsverband. Binnen drie weken hoort u of het arrangement",
           "doorgaat."),
         P("Kost het u geld? Nee. Ouders betalen niets voor extra ondersteuning op school."),
         H1("Hulp in de buurt: alle plekken op een rij"),
         P("Er is in onze regio veel verschillende hulp. Hier ziet u alles op een rij, van licht naar zwaar:"),
         TB(["Wat", "Voor wie", "Waar"],
            ["Basisondersteuning", "Alle kinderen die een beetje extra nodig hebben", "Op elke school"],
            ["Arrangement op school", "Kinderen die meer nodig hebben dan de basis", "Op de eigen school"],
            ["Plusklas De Uitdaging", "Kinderen die heel snel leren (hoogbegaafd)", "Eén ochtend per week in Zuidwolde"],
            ["Taalklas", "Kinderen die net in Nederland zijn", "Basisschool De Regenboog, Hoeven"],
            ["Kleine groep De Kajuit", "Kinderen met gedragsproblemen, tijdelijk (max. 1 jaar)", "Ter Aa"],
            ["Onderwijs-zorggroep", "Kinderen die onderwijs en zorg tegelijk nodig hebben", "so De Horizon, samen met jeugdhulp"],
            ["Sbo De Wegwijzer", "Kinderen die in een kleine klas met extra hulp beter leren", "Zuidwolde"],
            ["So De Horizon", "Kinderen met een verstandelijke beperking of ernstige gedragsproblemen", "Hoeven"]),
         P("De gemeenten betalen de jeugdhulp in de onderwijs-zorggroep. Dat hebben we met de gemeenten",
           "Zuidwolde en Hoeven afgesproken."),
         H1("Naar het speciaal (basis)onderwijs"),
         P("Soms is ook een arrangement niet genoeg. Dan kan uw kind misschien beter naar het speciaal",
           "basisonderwijs (sbo) of het speciaal onderwijs (so). Daarvoor is een toelaatbaarheidsverklaring nodig.",
           "Wij noemen dat een TLV."),
         H2("Hoe vraagt de school een TLV aan?"),
         OL("De school praat met u over de mogelijkheid van sbo of so.",
            "De school vult samen met u het groeidocument in. Daarin staat wat uw kind nodig heeft en wat al is geprobeerd. U schrijft ook op wat u ervan vindt.",
            "De school stuurt de aanvraag naar de Commissie van Toelaatbaarheid van het samenwerkingsverband.",
            "Twee deskundigen kijken naar de aanvraag. De eerste is altijd een orthopedagoog of psycholoog. De tweede is bijvoorbeeld een arts of maatschappelijk werker. Ze schrijven allebei apart een advies. U krijgt een kopie.",
            "De commissie beslist binnen zes weken. U krijgt een brief met het besluit."),
         P("Een TLV voor het sbo geldt tot het einde van de basisschool. Een TLV voor het so geldt twee",
           "schooljaren. Voor het so staat in de TLV ook een categorie: laag, midden of hoog. Dat heet de",
           "bekostigingscategorie."),
         H2("Wanneer krijgt een kind een TLV?"),
         P("Dat is voor ieder kind anders. De commissie kijkt naar het hele verhaal van uw kind. De regels die de",
           "commissie gebruikt, staan in het Toelaatbaarheidskader op onze website."),
         H2("Bent u het niet eens?"),
         P("Dan kunt u bezwaar maken. Dat moet binnen zes weken na de brief. Wij vragen dan advies aan de",
           "Landelijke Bezwaaradviescommissie. Daarna nemen wij een nieuw besluit."),
         H1("Terug naar een gewone school"),
         P("Een plek op het sbo of so hoeft niet voor altijd te zijn. Wij vinden het belangrijk dat een kind weer",
           "naar een gewone school gaat als dat kan. Het liefst een school dichtbij huis. Dat kan als uw kind",
           "genoeg gegroeid is en als een gewone school met extra hulp kan geven wat uw kind nodig heeft."),
         P("Zo gaat het:"),
         OL("Elk jaar in februari kijkt de sbo- of so-school samen met u naar het ontwikkelingsperspectief van uw kind.",
            "Denkt de school of denkt u dat terug naar een gewone school kan? Dan maakt de school een afspraak met u en de consulent van het samenwerkingsverband.",
            "Samen kiest u een gewone school. Uw kind mag daar eerst een paar dagdelen meedraaien.",
            "De commissie van het samenwerkingsverband beslist over de terugplaatsing en over de extra hulp.",
            "Uw kind krijgt na de overstap een jaar lang extra begeleiding. Een leraar van het sbo of so komt dan regelmatig langs op de nieuwe school.",
            "In het laatste jaar van de TLV gebeurt dit altijd. Is een nieuwe TLV nodig? Dan vraagt de school die vóór 1 april aan."),
         H1("Geen kind zonder school"),
         P("Elk kind moet naar school kunnen. Toch zijn er kinderen die thuis zitten, omdat er (nog) geen school",
           "is die past. Dat willen we niet. Daarom hebben we afspraken gemaakt:"),
         UL("Zit een kind langer dan twee weken thuis? Dan belt de school binnen twee dagen met de leerplichtambtenaar en met ons.",
            "Binnen vier weken zit iedereen aan tafel: u, de school, de leerplichtambtenaar, het wijkteam en de consulent.",
            "Lukt het dan nog niet? Dan beslist onze directeur welke school uw kind opvangt. Die school moet dat doen.",
            "Elk half jaar kijken we waar in de regio plekken ontbreken, bijvoorbeeld een wachtlijst bij De Kajuit. Dan maken we samen met de besturen een plan om dat op te lossen."),
         H1("Het geld"),
         P("Het samenwerkingsverband krijgt geld van de overheid voor extra ondersteuning. Hoe wij dat geld",
           "verdelen en waaraan het wordt uitgegeven, leest u in de begroting en het jaarverslag op onze website",
           "(www.pozh.nl/geld)."),
         H1("Hoe weten we of het werkt?"),
         P("Wij willen weten of onze hulp echt helpt. Daarom doen we elk jaar het volgende:"),
         UL("We tellen hoeveel kinderen een arrangement of een TLV kregen en hoeveel kinderen terug gingen naar een gewone school. Vorig jaar waren dat 212 arrangementen, 41 TLV's en 6 terugplaatsingen.",
            "We kijken of kinderen met een arrangement hun doelen uit het ontwikkelingsperspectief halen. De IB'ers geven dat in juni aan ons door.",
            "We vragen ouders en scholen in een korte vragenlijst wat zij van de hulp vinden.",
            "We tellen hoeveel kinderen thuiszitten, samen met de leerplichtambtenaar.",
            "Alle cijfers zetten we in het jaarverslag. Dat bespreken we in juni met de ondersteuningsplanraad en het bestuur."),
         P("Welke doelen we precies willen halen in de komende vier jaar, bepalen we in de loop van 2027, samen met",
           "de ondersteuningsplanraad. We gebruiken daarvoor de cijfers van het eerste jaar."),
         H1("Informatie voor u"),
         P("U moet goed kunnen weten welke hulp er is. Daarom:"),
         UL("staat op onze website per school wat die school biedt, in gewone taal;",
            "krijgt u bij de aanmelding op school ons boekje 'Passend onderwijs in het kort';",
            "organiseren we elk jaar in november een ouderavond over passend onderwijs;",
            "staat in de schoolgids van elke school welke hulp de school geeft;",
            "kunt u op dinsdag- en donderdagochtend bellen met onze ouderlijn voor vragen."),
         H1("Hulp als u er samen niet uitkomt"),
         P("Soms bent u het niet eens met de school of met ons. Praat er eerst over met de leraar of de directeur.",
           "Komt u er samen niet uit? Dan kunt u hulp vragen bij mensen die niet bij de school of bij ons werken:"),
         UL("Het Ouder- en Jeugdsteunpunt Zuidwolde-Hoeven. Zij luisteren, geven advies en gaan mee naar gesprekken. Bereikbaar via telefoon en mail, en elke woensdagmiddag in het gemeentehuis van Zuidwolde.",
            "De Onderwijsconsulenten. Zij helpen gratis als uw kind thuiszit of als u vastloopt met school.",
            "De Geschillencommissie passend onderwijs, als u het niet eens bent met een ontwikkelingsperspectief of met toelating of verwijdering.",
            "Onze klachtenregeling, als u een klacht heeft over het samenwerkingsverband zelf."),
         H1("Meepraten"),
         P("Ouders praten mee over het beleid van het samenwerkingsverband. Dat gebeurt in de",
           "ondersteuningsplanraad (OPR). Daarin zitten 4 ouders en 4 leraren. De OPR moet instemmen met dit plan.",
           "Ook kunt u meedoen aan ons ouderpanel. Dat komt twee keer per jaar bij elkaar."),
         H1("Wie doet wat?"),
         TB(["Wie", "Wat"],
            ["De leraar", "Geeft les en merkt als uw kind extra hulp nodig heeft"],
            ["De intern begeleider", "Helpt de leraar en regelt extra hulp"],
            ["Het ondersteuningsteam", "Bespreekt met u wat uw kind nodig heeft"],
            ["Het schoolbestuur", "Vraagt een TLV aan en heeft zorgplicht"],
            ["De Commissie van Toelaatbaarheid", "Beslist over TLV's en terugplaatsing"],
            ["Het bestuur van het samenwerkingsverband", "Stelt dit plan vast"],
            ["De gemeente", "Regelt jeugdhulp, leerplicht en leerlingenvervoer"]),
         P("Over leerlingenvervoer: dat regelt de gemeente, niet de school en niet het samenwerkingsverband. Kijk",
           "daarvoor op de website van uw gemeente. Ook voor jeugdhulp buiten school is de gemeente de plek om aan",
           "te kloppen, via het wijkteam."),
         H1("Hoe is dit plan gemaakt?"),
         P("Het bestuur heeft het plan eerst besproken met de schoolleiders en de intern begeleiders. Daarna",
           "hebben we met de gemeenten Zuidwolde en Hoeven gepraat (dat heet OOGO), op 20 januari 2026. Ook hebben we",
           "gepraat met het samenwerkingsverband voor het voortgezet onderwijs, zodat de overstap naar de middelbare",
           "school goed loopt. De ondersteuningsplanraad heeft ingestemd op 10 maart 2026. Het plan is voor 1 mei",
           "2026 naar de inspectie gestuurd."),
         H1("Woordenlijst"),
         TB(["Woord", "Uitleg"],
            ["Arrangement", "Extra hulp voor een kind, bovenop de basisondersteuning"],
            ["Begroting", "Overzicht van het geld: wat komt er binnen en wat geven we uit"],
            ["Doelen", "Wat we willen bereiken"],
            ["Middelen", "Geld en andere hulpmiddelen"],
            ["OPP", "Ontwikkelingsperspectief: een plan voor uw kind"],
            ["TLV", "Toelaatbaarheidsverklaring: toestemming voor sbo of so"],
            ["Toelaatbaar", "Het kind mag naar het sbo of so, volgens de criteria van het samenwerkingsverband"],
            ["Verdeling", "Hoe het geld over de scholen wordt verdeeld"]),
         ]
    return b


# =============================================================================================
# Plan 4: HTML web version of a VO plan, SWV VO Rijnvallei (VO 26-08)
# =============================================================================================
RIJN_NAV = [("Home", "/"), ("Over ons", "/over-ons"), ("Basisondersteuning", "/basisondersteuning"),
            ("Aanvragen TLV", "/aanvragen-tlv"), ("Terugplaatsing", "/terugplaatsing"), ("Voor ouders", "/ouders"),
            ("Financiën", "/financien"), ("Downloads", "/downloads"), ("Contact", "/contact")]


def plan_rijnvallei():
    a = lambda href, txt: f'<a href="{href}">{txt}</a>'
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Rijnvallei (VO 26-08) · Laatst bijgewerkt: 2 april 2026 · "
                 "Leestijd: 25 minuten"),
         ("toc", ["Inleiding", "Over het samenwerkingsverband", "Koers en ambities", "Het ondersteuningsaanbod",
                  "Geen jongere tussen wal en schip", "Toewijzing: vso, lwoo en pro", "Doelen en resultaten",
                  "Financiën", "Voor ouders en leerlingen", "Samenwerking met gemeenten", "Organisatie",
                  "Begrippen", "Downloads"]),
         H1("Inleiding"),
         P("Welkom op de webversie van het ondersteuningsplan 2026-2030 van het Samenwerkingsverband VO",
           "Rijnvallei. Wij publiceren het plan bewust als webpagina: zo is het beter leesbaar op telefoon en tablet",
           "en kunnen wij onderdelen actueel houden. De formele pdf-versie, zoals vastgesteld door het bestuur op 26",
           "maart 2026, vindt u onder " + a("/downloads", "Downloads") + "."),
         P("Het plan beschrijft hoe de scholen voor voortgezet (speciaal) onderwijs in de gemeenten Rijnstad,",
           "Wageningen-Oost, Veenendal-Zuid en Amerongen samen zorgen voor passend onderwijs voor alle jongeren in",
           "de regio. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. De ondersteuningsplanraad heeft",
           "ingestemd op 19 maart 2026."),
         P("Deze webversie bestaat uit een aantal hoofdstukken. Sommige onderwerpen hebben een eigen pagina op onze",
           "website; daarnaar verwijzen wij vanuit de tekst."),
         P("Waarom een nieuw plan? Het vorige ondersteuningsplan liep tot 1 augustus 2026. De wet schrijft voor",
           "dat een samenwerkingsverband ten minste eens in de vier jaar een nieuw plan vaststelt. Wij hebben die",
           "gelegenheid gebruikt om het plan grondig te herschrijven: korter, concreter en met meer aandacht voor",
           "de jongeren die het niet vanzelf redden in het onderwijs. Het plan is geschreven samen met de",
           "schoolleiders, de ondersteuningscoördinatoren, de jeugdhulp en de gemeenten. In de dialoogsessies",
           "kwamen steeds dezelfde wensen terug: minder regels, snellere hulp en één aanspreekpunt. Die wensen",
           "vindt u terug in de keuzes die in dit plan zijn gemaakt. Het plan is daarmee niet af: wij werken het",
           "ieder jaar uit in een jaarplan, en wij houden deze webversie actueel."),
         H1("Over het samenwerkingsverband"),
         P("Aan het samenwerkingsverband nemen 9 schoolbesturen deel, met 21 vestigingen voor regulier voortgezet",
           "onderwijs, 2 scholen voor praktijkonderwijs en 4 vso-scholen (cluster 3 en 4). Samen bedienen zij ruim",
           "16.500 leerlingen. Het bureau van het samenwerkingsverband is gevestigd in Rijnstad en telt 17",
           "medewerkers."),
         P("De regio is divers: een stedelijk gebied rond Rijnstad met veel havo/vwo-aanbod en een groeiende",
           "groep nieuwkomers, en een landelijk gebied in het oosten met relatief veel vmbo-leerlingen en lange",
           "reistijden. De verwachte krimp in het oosten (-9% tot 2032) en de groei in Rijnstad (+4%) vragen om een",
           "goede spreiding van voorzieningen."),
         H1("Koers en ambities"),
         P("Onze koers voor de komende vier jaar laat zich samenvatten in drie woorden: dichtbij, samen en",
           "zichtbaar. Dichtbij: ondersteuning zo veel mogelijk op de eigen school en in de eigen wijk. Samen: scholen,",
           "jeugdhulp en gemeenten als één team rond de jongere. Zichtbaar: wij maken inzichtelijk wat wij doen en",
           "wat het oplevert. Deze koers is vertaald in concrete doelen; zie het hoofdstuk Doelen en resultaten."),
         H1("Het ondersteuningsaanbod"),
         P("Het ondersteuningsaanbod in Rijnvallei is opgebouwd als een doorlopende lijn van lichte naar zware",
           "ondersteuning. Over de ondersteuning die scholen zelf bieden, leest u meer op de pagina",
           a("/basisondersteuning", "Basisondersteuning") + ". Daarboven kent Rijnvallei het volgende aanbod:"),
         UL("Extra ondersteuning op de eigen school: elke school heeft een ondersteuningsplein of trajectvoorziening waar leerlingen met gedrags- of concentratieproblemen tijdelijk terechtkunnen, met een eigen begeleider;",
            "Groepsarrangementen: op 6 vmbo-locaties kleine 'Rijnklassen' voor leerlingen met autisme (maximaal 14 leerlingen per klas);",
            "Het Rijnvallei Expertisecentrum (OPDC) met 70 plaatsen voor leerlingen die tijdelijk, maximaal anderhalf jaar, buiten de eigen school onderwijs en begeleiding nodig hebben;",
            "De Time-out Rijnstad: een kortdurende plek van 6 tot 10 weken na een incident of bij dreigende uitval;",
            "De Schakelklas voor nieuwkomers na de internationale schakelklas, op twee locaties;",
            "Het Plusprogramma voor hoogbegaafde leerlingen, in samenwerking met de universiteit;",
            "Onderwijs-zorgarrangementen in het vso, waarbij onderwijs en jeugdhulp in één programma op school worden aangeboden;",
            "Praktijkonderwijs en voortgezet speciaal onderwijs voor leerlingen die daarop zijn aangewezen."),
         P("Toegang tot arrangementen en bovenschoolse voorzieningen verloopt via het Ondersteuningsloket van het",
           "samenwerkingsverband. Het loket adviseert binnen vijf werkdagen en de trajectbegeleider van het",
           "samenwerkingsverband zorgt ervoor dat leerling, ouders en school niet van het kastje naar de muur",
           "worden gestuurd. De besturen hebben afgesproken dat zij de zorgplicht gezamenlijk invullen: als een",
           "school een leerling geen passende plek kan bieden, zoekt zij binnen de termijn van zes (plus vier)",
           "weken samen met het loket een andere school binnen de regio."),
         H1("Geen jongere tussen wal en schip"),
         P("Jongeren die thuiszitten, die langdurig verzuimen of voor wie geen passende plek beschikbaar is,",
           "verdienen onze eerste aandacht. Rijnvallei werkt met de Rijnvallei Thuiszitterstafel: elke twee weken",
           "bespreken de leerplichtambtenaren, het Ondersteuningsloket, de jeugdhulpregio en de betrokken scholen",
           "iedere jongere die langer dan vier weken niet naar school gaat. Binnen twee weken na aanmelding is er",
           "een plan met een eigenaar. Lukt het niet om binnen drie maanden een passende plek te vinden, dan",
           "escaleert de trajectbegeleider naar de directeur-bestuurder, die in overleg met de besturen een school",
           "aanwijst (doorzettingsmacht)."),
         P("Daarnaast brengen wij twee keer per jaar, in oktober en maart, in kaart waar het aanbod tekortschiet: de",
           "wachtlijsten bij het OPDC en de Rijnklassen, het aantal vrijstellingen van de leerplicht en de",
           "leerlingen die buiten de regio onderwijs volgen. Op basis daarvan besluit het bestuur over uitbreiding",
           "of aanpassing. Voorbeeld: in 2025 is vanwege de wachtlijst een tweede Rijnklas in het oosten geopend."),
         H1("Toewijzing: vso, lwoo en pro"),
         H2("Vso"),
         P("Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs als wordt voldaan aan de volgende",
           "criteria:"),
         OL("de leerling heeft een ondersteuningsbehoefte die de mogelijkheden van het regulier vo, inclusief de arrangementen en het OPDC, aantoonbaar overstijgt;",
            "er is ten minste één jaar planmatig gewerkt met een OPP in het regulier onderwijs, tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt;",
            "de ondersteuningsbehoefte betreft een of meer van de volgende gebieden: ernstige gedrags- of psychiatrische problematiek, een (zeer) moeilijk lerend profiel, een langdurige lichamelijke of medische beperking;",
            "het vso kan een reëel uitstroomperspectief bieden (vervolgonderwijs, arbeid of dagbesteding)."),
         P("Een TLV vso wordt afgegeven voor maximaal twee schooljaren, met een bekostigingscategorie laag, midden",
           "of hoog."),
         H2("Lwoo en pro"),
         P("Rijnvallei hanteert voor het praktijkonderwijs de landelijke criteria (IQ 55-80 en leerachterstanden",
           "van drie jaar of meer op ten minste twee domeinen, waaronder inzichtelijk rekenen of begrijpend lezen).",
           "Voor lwoo heeft Rijnvallei per 2026 eigen criteria vastgesteld: een leerling komt in aanmerking als hij",
           "of zij op twee van de vier domeinen een leerachterstand heeft van ten minste één en een half jaar, en",
           "uit het onderwijskundig rapport blijkt dat kleinere groepen en extra begeleiding nodig zijn om het",
           "vmbo-diploma te halen. Een IQ-meting is niet langer vereist."),
         H2("Aanvragen"),
         P("Hoe een school een TLV, lwoo of pro aanvraagt, welke stukken daarvoor nodig zijn en wie daarover",
           "beslist, leest u op de pagina " + a("/aanvragen-tlv", "Aanvragen TLV") + " en in de Handleiding Toewijzing",
           "2026 (pdf, onder Downloads)."),
         H1("Doelen en resultaten"),
         H2("Wat wij willen bereiken"),
         P("Voor leerlingen die extra ondersteuning nodig hebben, heeft Rijnvallei voor de planperiode de",
           "volgende beoogde resultaten vastgesteld:"),
         TB(["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Minder jongeren zonder onderwijs", "Thuiszitters > 4 weken (peildatum 1 oktober)", "38", "≤ 15"],
            ["Sneller passende hulp", "Doorlooptijd aanmelding loket tot start arrangement", "7,5 week", "≤ 4 weken"],
            ["Meer jongeren met diploma", "Leerlingen met arrangement die een diploma of certificaat halen", "71%", "≥ 80%"],
            ["Bestendige uitstroom", "Oud-OPDC-leerlingen na 1 jaar nog op hun nieuwe school", "82%", "≥ 90%"],
            ["Tevreden ouders en leerlingen", "Rapportcijfer ouders/leerlingen over ondersteuning", "6,8", "≥ 7,5"]),
         H2("Hoe wij volgen en verantwoorden"),
         P("De voortgang op deze doelen volgen wij met de Monitor Passend Onderwijs Rijnvallei. Het bureau vult de",
           "monitor elk kwartaal met gegevens uit het aanvraagsysteem van het loket, de verzuimregistratie van de",
           "gemeenten, DUO-gegevens over deelname en diploma's en een jaarlijkse tevredenheidspeiling onder ouders",
           "en leerlingen in mei. Het bestuur bespreekt de monitor twee keer per jaar, in november en juni; de",
           "ondersteuningsplanraad ontvangt dezelfde rapportage. Wanneer een indicator twee metingen achter elkaar",
           "achterblijft, stelt het bureau een verbeteranalyse op. In het jaarverslag (juni) rapporteren wij de",
           "bereikte resultaten per doel, zowel in cijfers als in een beschrijving, en de kosten van de",
           "voorzieningen die eraan bijdragen."),
         H2("Terugblik 2022-2026"),
         P("In de vorige planperiode daalde het aantal thuiszitters van 52 naar 38 en steeg de tevredenheid van",
           "ouders van 6,4 naar 6,8. Het doel om de doorlooptijd te halveren werd niet gehaald. Deze uitkomsten",
           "zijn de nulmeting voor dit plan."),
         H1("Financiën"),
         P("Het samenwerkingsverband ontvangt in 2026 circa € 21,4 miljoen aan ondersteuningsbekostiging, waarvan",
           "een groot deel via DUO rechtstreeks naar het vso en het praktijkonderwijs gaat. Het verdeelmodel",
           "waarmee de overige middelen over de schoolbesturen worden verdeeld, wordt in 2026 herzien. De",
           "uitgangspunten van het nieuwe model worden na consultatie van de besturen vastgesteld en op de pagina",
           a("/financien", "Financiën") + " gepubliceerd."),
         H2("Meerjarenbegroting"),
         TB(["Bestedingen (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Afdracht vso (DUO)", "8.940", "8.880", "8.810", "8.760"],
            ["Praktijkonderwijs en lwoo", "6.720", "6.650", "6.590", "6.520"],
            ["Middelen naar schoolbesturen", "2.900", "2.880", "2.850", "2.820"],
            ["Expertisecentrum (OPDC) en Time-out", "1.680", "1.700", "1.700", "1.700"],
            ["Rijnklassen en Plusprogramma", "520", "560", "560", "560"],
            ["Thuiszitterstafel en trajectbegeleiding", "310", "310", "310", "310"],
            ["Bureau, loket en organisatie", "1.180", "1.160", "1.150", "1.140"],
            ["Totaal lasten", "22.250", "22.140", "21.970", "21.810"],
            ["Inzet reserve", "-850", "-740", "-570", "-410"]),
         P("De begroting sluit met een bewust negatief resultaat: de reserve lag eind 2025 € 2,6 miljoen boven de",
           "signaleringswaarde en wordt in de planperiode afgebouwd door investering in de Rijnklassen en het OPDC."),
         H1("Voor ouders en leerlingen"),
         P("Ouders en leerlingen zijn onmisbaar bij passend onderwijs. Zij worden betrokken bij het opstellen en",
           "evalueren van het OPP, en leerlingen hebben hoorrecht. In de ondersteuningsplanraad zitten vier ouders",
           "en twee leerlingen."),
         P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Rijnvallei.",
           "Het steunpunt werkt onafhankelijk van scholen en samenwerkingsverband, is bereikbaar via telefoon,",
           "WhatsApp en een inloopspreekuur in de centrale bibliotheek van Rijnstad, en kan meegaan naar gesprekken",
           "op school. Ook de Onderwijsconsulenten kunnen kosteloos worden ingeschakeld. Bij een geschil over het",
           "OPP, toelating of verwijdering kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
         P("Een nieuwe ouderbrochure over het ondersteuningsaanbod is in voorbereiding en verschijnt naar",
           "verwachting na de zomer van 2026."),
         H1("Samenwerking met gemeenten"),
         P("Het op overeenstemming gericht overleg (OOGO) over dit plan met de vier gemeenten vond plaats op 4",
           "februari 2026. Gemeenten en samenwerkingsverband werken samen aan de aansluiting tussen onderwijs en",
           "jeugdhulp: jeugdhulp op school in de Rijnklassen en het OPDC, een praktijkondersteuner jeugd op elke",
           "vo-school en gezamenlijke financiering van de onderwijs-zorgarrangementen. Ook leerlingenvervoer en",
           "onderwijshuisvesting waren onderwerp van gesprek. Met de SWV's PO in de regio zijn afspraken gemaakt",
           "over de overstap van groep 8 naar het vo."),
         H1("Organisatie"),
         P("Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. De",
           "raad van toezicht bestaat uit vijf onafhankelijke leden. De schoolbestuurders vormen samen de",
           "bestuurlijke adviesraad, die de directeur-bestuurder adviseert over het beleid en de begroting. Het",
           "bureau bestaat uit de afdelingen Loket & Toewijzing, Expertise en Bedrijfsvoering."),
         P("Voor de uitvoering van dit plan werkt het bureau met een jaarplan. Daarin staan de activiteiten van",
           "het jaar, de verantwoordelijke medewerker en het budget. Het jaarplan wordt vastgesteld in december, na",
           "instemming van de OPR op de onderdelen die het plan wijzigen."),
         P("Het bureau investeert in de deskundigheid van de eigen medewerkers en van de ondersteuningscoördinatoren",
           "van de scholen, onder meer via de Rijnvallei Academie met jaarlijks twaalf scholingsbijeenkomsten. Het",
           "bureau werkt met een beveiligd digitaal dossier en een privacyreglement conform de AVG."),
         H1("Begrippen"),
         TB(["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden, zoals mentoraat, ondersteuningscoördinator en dyslexiebeleid."],
            ["Informatievoorziening ouders", "De manier waarop ouders worden geïnformeerd over het ondersteuningsaanbod (website, brochure, schoolgids)."],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs, na afloop van de TLV."],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen over de schoolbesturen."]),
         H1("Downloads"),
         UL(a("/downloads/ondersteuningsplan-2026-2030.pdf", "Ondersteuningsplan 2026-2030 (pdf)"),
            a("/downloads/handleiding-toewijzing-2026.pdf", "Handleiding Toewijzing 2026 (pdf)"),
            a("/downloads/basisondersteuning-rijnvallei.pdf", "Basisondersteuning Rijnvallei (pdf)"),
            a("/downloads/terugplaatsingsprotocol.pdf", "Protocol terugplaatsing vso-vo (pdf)"),
            a("/downloads/instemming-opr.pdf", "Instemmingsbrief OPR (pdf)")),
         ]
    return b


# =============================================================================================
# Plan 5: PO plan "op hoofdlijnen" with content in tables, SWV PO Veenstreek (PO 21-13), docx
# =============================================================================================
def plan_veenstreek():
    b = [("header", "Stichting Samenwerkingsverband PO Veenstreek 21-13 · Ondersteuningsplan op hoofdlijnen 2026-2030"),
         ("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
         ("sub", "Stichting Samenwerkingsverband Primair Onderwijs Veenstreek (PO 21-13) · gemeenten Veenhuizen-Noord, "
                 "Turfwijk en Moerkerken · vastgesteld 7 april 2026"),
         ("toc", ["1 Voorwoord", "2 Leeswijzer", "3 De Veenstreek in cijfers", "4 Koers", "5 Basisondersteuning",
                  "6 Extra ondersteuning en dekkend netwerk", "7 Toelaatbaarheid sbo en so",
                  "8 Terugplaatsing en overplaatsing", "9 Ouders", "10 Kwaliteit en resultaten",
                  "11 Financieel beleid", "12 Bestuur en organisatie", "13 Communicatie",
                  "14 Personeel en professionalisering", "15 Bedrijfsvoering, ICT en privacy",
                  "16 Totstandkoming en planning", "Bijlage A Verklarende woordenlijst"]),
         H1("1 Voorwoord"),
         P("Dit ondersteuningsplan is een plan op hoofdlijnen. Het bestuur heeft er bewust voor gekozen om in dit",
           "plan de kaders vast te leggen en de uitwerking te laten plaatsvinden in afzonderlijke documenten die",
           "gedurende de planperiode worden vastgesteld. Dat geeft ruimte om in te spelen op ontwikkelingen, zoals",
           "de landelijke norm voor basisondersteuning en de nieuwe wetgeving over het ouder- en jeugdsteunpunt."),
         P("Het plan is geschreven voor iedereen die betrokken is bij het onderwijs aan de ruim 9.000 kinderen in",
           "de Veenstreek: schoolbesturen, directeuren, intern begeleiders, leraren, gemeenten en natuurlijk de",
           "kinderen en hun ouders. Het bestuur dankt allen die aan de totstandkoming hebben bijgedragen."),
         P("J.H. (Jan-Hendrik) Bosscher, voorzitter van het bestuur"),
         H1("2 Leeswijzer"),
         P("Elk hoofdstuk begint met de kern in een tabel. De tabellen maken deel uit van de tekst van het plan en",
           "zijn net zo bindend als de lopende tekst. Waar een onderwerp in een apart document wordt uitgewerkt, is",
           "dat vermeld. Bijlagen die apart worden vastgesteld, maken geen deel uit van dit document."),
         H1("3 De Veenstreek in cijfers"),
         TB(["Kengetal", "1 oktober 2023", "1 oktober 2024", "1 oktober 2025"],
            ["Leerlingen basisonderwijs", "9.410", "9.302", "9.188"],
            ["Leerlingen sbo", "201", "207", "214"],
            ["Leerlingen so (cluster 3 en 4)", "138", "141", "149"],
            ["Deelnamepercentage sbo", "2,06%", "2,14%", "2,23%"],
            ["Deelnamepercentage so", "1,41%", "1,46%", "1,55%"],
            ["Aantal scholen", "41", "40", "40"]),
         P("Het leerlingaantal in de Veenstreek daalt gestaag, terwijl het aantal leerlingen in het sbo en so",
           "stijgt. Dat is een ontwikkeling die het bestuur zorgen baart. De schoolbesturen hebben te maken met",
           "teruglopende leerlingaantallen en sluiten of fuseren kleine scholen; in 2025 sloot één school in",
           "Moerkerken."),
         H1("4 Koers"),
         P("De Veenstreek kiest voor een koers met drie pijlers: een sterke basis op elke school, expertise dicht bij",
           "de leraar en een slanke organisatie. Het samenwerkingsverband is er voor de scholen, niet andersom. Het",
           "bureau blijft klein; de middelen gaan zo veel mogelijk naar de scholen."),
         P("Wij geloven dat elk kind recht heeft op goed onderwijs, en dat de school in de eigen omgeving daarvoor",
           "in de meeste gevallen de beste plek is. Dat vraagt van leraren dat zij kunnen omgaan met verschillen, en",
           "van scholen dat zij de ondersteuning goed organiseren."),
         P("Een slanke organisatie betekent niet dat het samenwerkingsverband op afstand staat. Het bureau is",
           "klein, maar de consulenten zijn vaak op de scholen te vinden. Zij kennen de intern begeleiders en de",
           "directeuren, denken mee bij vragen en brengen scholen met elkaar in contact. Het bestuur ziet het",
           "samenwerkingsverband als een netwerkorganisatie: de kennis zit in de scholen, het bureau verbindt.",
           "Daarbij hoort ook dat het bestuur kritisch kijkt naar de eigen regels en procedures. Elke regel die",
           "niet bijdraagt aan goed onderwijs voor kinderen, wordt geschrapt. In de vorige planperiode is het",
           "aantal formulieren dat scholen moeten invullen al met de helft verminderd; in deze planperiode wil het",
           "bestuur die lijn voortzetten, onder meer door het aanvraagsysteem te vereenvoudigen en door",
           "overbodige verantwoordingsvragen aan scholen te schrappen."),
         H1("5 Basisondersteuning"),
         P("De schoolbesturen hebben het niveau van basisondersteuning vastgelegd in onderstaande tabel."),
         TB(["Standaard basisondersteuning – geldt voor iedere vestiging in de Veenstreek", "Concreet"],
            ["1 Ondersteuningsstructuur", "IB'er op iedere vestiging (minimaal 1 dag per week per 100 leerlingen); jaarlijkse ondersteuningscyclus met groeps- en leerlingbesprekingen"],
            ["2 Lezen en dyslexie", "Protocol Leesproblemen en Dyslexie; extra leestijd 3x per week voor zwakke lezers; voorleessoftware beschikbaar"],
            ["3 Rekenen en dyscalculie", "Protocol ERWD; verlengde instructie in kleine groep"],
            ["4 Sociaal-emotioneel en gedrag", "Erkend programma sociaal-emotioneel leren; anti-pestprotocol; time-in-plek in de klas"],
            ["5 Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; compacten en verrijken in de groep"],
            ["6 Taal en NT2", "Woordenschatprogramma; NT2-ondersteuning voor kinderen korter dan 2 jaar in Nederland"],
            ["7 Ontwikkelingsperspectief", "OPP voor elke leerling met een eigen leerlijn, tweemaal per jaar geëvalueerd"],
            ["8 Medisch handelen", "Protocol medicijnverstrekking en medisch handelen; bekwaam personeel"]),
         P("Het bureau controleert jaarlijks aan de hand van de schoolgidsen of de standaarden daarin zijn",
           "opgenomen, en voert eens per vier jaar een audit uit op elke vestiging."),
         H1("6 Extra ondersteuning en dekkend netwerk"),
         P("Het dekkend netwerk van voorzieningen en de aanpak van kinderen die thuiszitten worden uitgewerkt in het",
           "Koersdocument Dekkend Netwerk, dat het bestuur in het voorjaar van 2027 vaststelt. In dat document komen",
           "ook de arrangementen en de samenwerking met de gemeenten aan de orde. Tot de vaststelling blijven de",
           "bestaande afspraken van kracht."),
         H1("7 Toelaatbaarheid sbo en so"),
         P("De procedure en de criteria voor toelaatbaarheid tot het sbo en het so zijn vastgelegd in het",
           "Toewijzingsreglement PO Veenstreek 2026 (bijlage 3), dat het bestuur als afzonderlijk document",
           "vaststelt."),
         H1("8 Terugplaatsing en overplaatsing"),
         TB(["Stap", "Wanneer", "Wie"],
            ["Evaluatie OPP, met expliciete vraag of terugplaatsing of overplaatsing mogelijk is", "Jaarlijks in oktober; in het laatste jaar van de TLV uiterlijk 1 november", "Sbo- of so-school (commissie van begeleiding)"],
            ["Melding van leerlingen die in aanmerking komen", "Vóór 15 januari", "Directeur sbo/so aan het Expertiseteam van het SWV"],
            ["Zoeken en voorbereiden van een ontvangende school", "Januari – maart", "Consulent SWV met de s(b)o-school"],
            ["Besluit over terugplaatsing of overplaatsing", "Vóór 1 maart", "Expertiseteam van het SWV"],
            ["Start op de nieuwe school", "1 augustus (of eerder in overleg tussen de scholen)", "Ontvangende school"],
            ["Evaluatiemoment na de overstap", "Na 3 maanden en na 1 jaar", "Ontvangende school met consulent SWV"],
            ["Einde TLV als geen nieuwe aanvraag is gedaan", "31 juli van het laatste TLV-jaar", "—"]),
         P("De uitgangspunten en voorwaarden van het terugplaatsingsbeleid, en de ondersteuning die een leerling na",
           "terugkeer krijgt, worden in het schooljaar 2026-2027 herijkt. Tot dat moment worden zij niet in dit plan",
           "opgenomen."),
         H1("9 Ouders"),
         P("Dit onderwerp wordt uitgewerkt zodra de wet op het ouder- en jeugdsteunpunt in werking is getreden."),
         H1("10 Kwaliteit en resultaten"),
         H2("10.1 Beoogde resultaten"),
         TB(["Beoogd resultaat voor leerlingen met een ondersteuningsbehoefte", "Indicator", "Stand 2025", "Doel 2030"],
            ["Meer kinderen in de eigen omgeving naar school", "Deelnamepercentage sbo", "2,23%", "≤ 2,00%"],
            ["Meer kinderen in de eigen omgeving naar school", "Deelnamepercentage so", "1,55%", "≤ 1,45%"],
            ["Basisondersteuning op orde", "Vestigingen die bij de audit aan alle 8 standaarden voldoen", "78%", "100%"],
            ["Kinderen met een eigen leerlijn halen hun doelen", "Leerlingen met OPP die ≥ 75% van hun OPP-doelen halen", "niet gemeten", "≥ 80%"],
            ["Leraren voelen zich ondersteund", "Tevredenheid leraren over ondersteuning SWV (1-10)", "6,9", "≥ 7,5"],
            ["Kinderen gaan terug naar het regulier onderwijs", "Aantal terugplaatsingen uit sbo/so per jaar", "4", "≥ 10"]),
         H2("10.2 Monitoring en verantwoording"),
         TB(["Instrument", "Frequentie", "Bespreking"],
            ["Monitor Veenstreek (DUO-telling, aanvraagsysteem, OPP-registratie)", "Twee keer per jaar (februari en september)", "Directeurenoverleg en bestuur"],
            ["Audit basisondersteuning", "Elke vestiging eens per vier jaar; 10 vestigingen per jaar", "Bestuur; school ontvangt verslag"],
            ["Tevredenheidspeiling leraren en IB'ers", "Jaarlijks in april", "Bestuur, OPR"],
            ["Jaarverslag met bereikte resultaten per indicator en de daaraan verbonden kosten", "Jaarlijks, vóór 1 juli", "Bestuur, OPR, inspectie"]),
         P("Blijft een indicator twee metingen achter elkaar achter bij de lijn naar het doel, dan bespreekt het",
           "bestuur maatregelen."),
         H1("11 Financieel beleid"),
         H2("11.1 Verdeling"),
         TB(["Onderdeel verdeelmodel", "Criterium", "Bedrag 2026"],
            ["Schoolbudget basis", "Per leerling (teldatum 1 oktober t-1), uitgekeerd aan het schoolbestuur", "€ 210 per leerling"],
            ["Vaste voet", "Per vestiging", "€ 6.000 per vestiging"],
            ["Centraal budget extra ondersteuning", "Toekenning per aanvraag door het Expertiseteam, op basis van een handelingsplan", "€ 640.000"],
            ["Groeibekostiging sbo/so", "Volgens de peildatum 1 februari; verrekening met het schoolbestuur van de groeiende school", "variabel"]),
         H2("11.2 Meerjarenbegroting"),
         TB(["(x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten rijksbijdrage ondersteuning", "8.260", "8.170", "8.060", "7.960"],
            ["Afdrachten so (DUO) en sbo", "4.410", "4.450", "4.430", "4.400"],
            ["Schoolbudget basis en vaste voet", "2.170", "2.140", "2.110", "2.080"],
            ["Centraal budget extra ondersteuning", "640", "640", "620", "600"],
            ["Expertiseteam en consulenten", "520", "520", "520", "520"],
            ["Bureau en bestuur", "410", "400", "390", "380"],
            ["Resultaat", "110", "20", "-10", "-20"]),
         H2("11.3 Verantwoording en reserves"),
         P("Schoolbesturen verantwoorden de besteding van het schoolbudget in een jaarlijkse bestedingsverklaring",
           "vóór 1 mei. Het weerstandsvermogen wordt op 8% van de baten gehouden; de reserve ligt eind 2025 rond dat",
           "niveau."),
         H1("12 Bestuur en organisatie"),
         P("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit vijf bestuurders van de aangesloten",
           "schoolbesturen en een onafhankelijk voorzitter. Het intern toezicht is belegd bij een toezichthoudend",
           "deel van het bestuur (one-tier-model). De directeur leidt het bureau en is gemandateerd voor de",
           "dagelijkse gang van zaken. Het bureau telt 6,4 fte: een directeur, een beleidsmedewerker, een",
           "financieel medewerker, drie consulenten en een orthopedagoog, die samen het Expertiseteam vormen."),
         P("De ondersteuningsplanraad heeft op 2 april 2026 ingestemd met dit plan. De OPR werkt volgens een",
           "reglement en een huishoudelijk reglement die op de website staan."),
         H1("13 Communicatie"),
         P("Het samenwerkingsverband communiceert met scholen, schoolbesturen en partners via een maandelijkse",
           "nieuwsbrief voor directeuren en IB'ers, het besloten deel van de website en het directeurenoverleg.",
           "Gemeenten ontvangen dezelfde nieuwsbrief. De huisstijl wordt in 2027 vernieuwd."),
         H1("14 Personeel en professionalisering"),
         P("Het bureau heeft een klein team met brede expertise. In de planperiode investeren wij in de",
           "professionalisering van intern begeleiders via het IB-netwerk Veenstreek (zes bijeenkomsten per jaar) en",
           "een leergang Handelingsgericht Werken voor nieuwe IB'ers. Het professionaliseringsbudget van het bureau",
           "bedraagt 2% van de loonsom. De werkdruk van consulenten is een aandachtspunt: het aantal aanvragen",
           "steeg de afgelopen twee jaar met 20%."),
         H1("15 Bedrijfsvoering, ICT en privacy"),
         P("Het bureau werkt met een cloudgebaseerd aanvraagsysteem met tweestapsverificatie. Persoonsgegevens",
           "worden verwerkt volgens de AVG en artikel 18a lid 13 WPO; gegevens worden drie jaar na het besluit",
           "verwijderd. De financiële administratie is uitbesteed aan een administratiekantoor; de jaarrekening",
           "wordt gecontroleerd door een externe accountant."),
         H1("16 Totstandkoming en planning"),
         TB(["Datum", "Stap"],
            ["14 januari 2026", "Overleg SWV VO Veenstreek"],
            ["28 januari 2026", "Op overeenstemming gericht overleg met de gemeenten (geen bezwaren ingebracht)"],
            ["2 april 2026", "Instemming OPR"], ["7 april 2026", "Vaststelling bestuur"],
            ["vóór 1 mei 2026", "Toezending inspectie"], ["voorjaar 2027", "Koersdocument Dekkend Netwerk"],
            ["2026-2027", "Herijking terugplaatsingsbeleid"]),
         H1("Bijlage A Verklarende woordenlijst"),
         TB(["Term", "Uitleg"],
            ["Dekkend netwerk", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is, inclusief de aanpak van thuiszitters."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jeugdigen."],
            ["Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders kosteloos helpen bij vastgelopen situaties."],
            ["Ouderinformatie", "De folder en website waarmee ouders worden geïnformeerd over ondersteuning."],
            ["TLV", "Toelaatbaarheidsverklaring; de criteria staan in het Toewijzingsreglement."],
            ["Zorgplicht", "De plicht van het schoolbestuur om voor een aangemelde leerling een passende plek te vinden."]),
         ]
    return b


# =============================================================================================
# Near-miss: annual report of an OPR (ondersteuningsplanraad), SWV PO Duinrand (PO 28-02), pdf
# =============================================================================================
def nearmiss_opr_jaarverslag():
    b = [("header", "Jaarverslag 2024-2025 Ondersteuningsplanraad SWV PO Duinrand"),
         ("title", "Jaarverslag ondersteuningsplanraad 2024-2025"),
         ("sub", "Ondersteuningsplanraad (OPR) van Samenwerkingsverband Passend Primair Onderwijs Duinrand (PO 28-02) · "
                 "vastgesteld in de vergadering van 2 oktober 2025"),
         ("toc", ["1 Voorwoord van de voorzitter", "2 De OPR in het kort", "3 Vergaderingen en onderwerpen",
                  "4 Instemming met de wijziging van het ondersteuningsplan", "5 Begroting en jaarrekening",
                  "6 Basisondersteuning en toelaatbaarheid", "7 Terugplaatsing en thuiszitters",
                  "8 Contact met de achterban", "9 Scholing en budget", "10 Vooruitblik 2025-2026"]),
         H1("1 Voorwoord van de voorzitter"),
         P("Voor u ligt het jaarverslag van de ondersteuningsplanraad over het schooljaar 2024-2025. Het was een",
           "intensief jaar. De OPR heeft ingestemd met een wijziging van het ondersteuningsplan, heeft geadviseerd",
           "over de begroting en heeft zich voorbereid op het nieuwe ondersteuningsplan 2026-2030. Met dit verslag",
           "leggen wij verantwoording af aan de medezeggenschapsraden van de scholen die ons hebben afgevaardigd en",
           "aan alle ouders en personeelsleden in de regio."),
         P("Ik dank de leden van de OPR voor hun inzet, en de directeur-bestuurder en de beleidsmedewerkers van het",
           "samenwerkingsverband voor de open en constructieve samenwerking. Ook dank ik onze ambtelijk secretaris,",
           "zonder wie de vergaderingen niet zo soepel zouden verlopen."),
         P("Ellen de Ruijter, voorzitter OPR"),
         H1("2 De OPR in het kort"),
         P("De ondersteuningsplanraad is het medezeggenschapsorgaan van het samenwerkingsverband op grond van",
           "artikel 4a van de Wet medezeggenschap op scholen. De OPR heeft instemmingsrecht op het",
           "ondersteuningsplan en op wijzigingen daarvan. De leden worden afgevaardigd door de",
           "medezeggenschapsraden van de aangesloten scholen. De OPR telt tien leden: vijf ouders en vijf",
           "personeelsleden."),
         TB(["Naam", "Geleding", "Afgevaardigd door", "Zittingstermijn tot"],
            ["Ellen de Ruijter (voorzitter)", "Ouder", "MR De Zeester", "2027"],
            ["Bas Hoogendoorn", "Personeel", "MR Het Duin", "2026"],
            ["Fatima El Amrani", "Ouder", "MR De Branding", "2028"],
            ["Kees Molenaar (vicevoorzitter)", "Personeel", "MR sbo De Vuurtoren", "2027"],
            ["Sanne Visser", "Ouder", "MR De Helmgras", "2026"],
            ["Joost van Leeuwen", "Personeel", "MR De Schelp", "2028"],
            ["Marloes Brinkman", "Ouder", "MR so De Golfslag", "2027"],
            ["Ruud Hamstra", "Personeel", "MR De Strandloper", "2026"],
            ["Ilse Kramer", "Ouder", "MR De Kwelder", "2028"],
            ["Tom Boersma", "Personeel", "MR Het Wad", "2027"]),
         P("De OPR wordt ondersteund door een ambtelijk secretaris (8 uur per week), die in dienst is van het",
           "samenwerkingsverband."),
         H1("3 Vergaderingen en onderwerpen"),
         P("De OPR vergaderde dit jaar zes keer: op 1 oktober, 26 november, 28 januari, 18 maart, 20 mei en 1 juli.",
           "Bij elke vergadering was de directeur-bestuurder het eerste half uur aanwezig om toelichting te geven.",
           "Daarnaast was er een gezamenlijke sessie met het toezichthoudend bestuur (februari) en een themasessie",
           "over het nieuwe ondersteuningsplan (april)."),
         TB(["Vergadering", "Belangrijkste onderwerpen", "Besluit OPR"],
            ["1 oktober 2024", "Jaarverslag OPR 2023-2024; jaarplanning; kennismaking nieuwe leden", "Jaarverslag vastgesteld"],
            ["26 november 2024", "Begroting 2025 en meerjarenbegroting", "Positief advies, met twee aandachtspunten"],
            ["28 januari 2025", "Wijziging ondersteuningsplan: nieuwe TLV-procedure", "Vragen gesteld"],
            ["18 maart 2025", "Wijziging ondersteuningsplan (vervolg); thuiszittersrapportage", "Instemming verleend"],
            ["20 mei 2025", "Jaarrekening 2024; evaluatie basisondersteuning", "Kennisgenomen"],
            ["1 juli 2025", "Proces nieuw ondersteuningsplan 2026-2030; OJSP", "Werkgroep ingesteld"]),
         H1("4 Instemming met de wijziging van het ondersteuningsplan"),
         P("In januari legde het bestuur een wijziging van het ondersteuningsplan 2022-2026 ter instemming voor. De",
           "wijziging betrof de procedure voor de toelaatbaarheidsverklaring: de Commissie van Toelaatbaarheid wordt",
           "vervangen door een Toewijzingsteam, en de termijn voor een besluit wordt verkort van acht naar zes weken."),
         P("De OPR heeft vragen gesteld over de onafhankelijkheid van de deskundigen in het nieuwe team, over de",
           "positie van ouders in de procedure en over de gevolgen voor de werkdruk van intern begeleiders. Het",
           "bestuur heeft de vragen schriftelijk beantwoord en op twee punten de tekst aangepast: de twee deskundigen",
           "brengen voortaan ieder afzonderlijk een schriftelijk advies uit, en ouders ontvangen standaard een kopie.",
           "De OPR heeft op 18 maart 2025 met de gewijzigde tekst ingestemd."),
         H1("5 Begroting en jaarrekening"),
         P("Hoewel de OPR geen formeel instemmingsrecht heeft op de begroting, vraagt het bestuur ieder jaar om",
           "advies. De OPR heeft positief geadviseerd over de begroting 2025, met twee aandachtspunten: de reserves",
           "van het samenwerkingsverband liggen nog steeds boven de signaleringswaarde, en de OPR wil beter inzicht",
           "in hoe schoolbesturen de middelen voor basisondersteuning besteden. Het bestuur heeft toegezegd dat in de",
           "nieuwe meerjarenbegroting een afbouwpad voor de reserves wordt opgenomen en dat schoolbesturen vanaf 2026",
           "een bestedingsverantwoording aanleveren."),
         P("De jaarrekening 2024 liet een positief resultaat zien van € 312.000. De OPR heeft daarvan kennisgenomen",
           "en gevraagd dit bedrag in te zetten voor de uitbreiding van de observatiegroep."),
         H1("6 Basisondersteuning en toelaatbaarheid"),
         P("In mei presenteerde het samenwerkingsverband de uitkomsten van de audits basisondersteuning. Van de 34",
           "bezochte scholen voldeden er 27 aan alle standaarden. De OPR heeft gevraagd om scholen die achterblijven",
           "nauwer te volgen. De OPR is ook geïnformeerd over het aantal toelaatbaarheidsverklaringen: 63 voor het",
           "sbo en 38 voor het so, iets meer dan in het jaar daarvoor. De OPR maakt zich zorgen over de stijging van",
           "het aantal verwijzingen naar het speciaal onderwijs en heeft gevraagd hier in het nieuwe",
           "ondersteuningsplan concrete doelen voor op te nemen."),
         H1("7 Terugplaatsing en thuiszitters"),
         P("Het samenwerkingsverband rapporteerde in maart dat zeven leerlingen vanuit het sbo en twee vanuit het so",
           "zijn teruggeplaatst naar het basisonderwijs. De OPR vindt dit aantal laag en heeft gevraagd het",
           "terugplaatsingsbeleid in het nieuwe plan concreter te maken. Ook is de thuiszittersrapportage besproken:",
           "op 1 maart 2025 waren er 11 thuiszitters, van wie er vier langer dan drie maanden thuis zaten. De OPR",
           "heeft gevraagd om een vaste bespreking van deze rapportage, twee keer per jaar."),
         H1("8 Contact met de achterban"),
         P("De OPR wil zichtbaar zijn voor ouders en personeel. Dit jaar hebben wij twee nieuwsbrieven verstuurd",
           "aan alle medezeggenschapsraden, een bijeenkomst georganiseerd voor MR-leden (november, 41 deelnemers) en",
           "een eigen pagina ingericht op de website van het samenwerkingsverband. Ouders met vragen over",
           "individuele situaties hebben wij verwezen naar het ouder- en jeugdsteunpunt en de Onderwijsconsulenten;",
           "de OPR behandelt geen individuele zaken."),
         H1("9 Scholing en budget"),
         P("Alle nieuwe leden volgden de basistraining OPR (twee avonden). De voorzitter en vicevoorzitter volgden",
           "een training over de financiën van samenwerkingsverbanden. Het budget van de OPR bedroeg € 18.500; daarvan",
           "is € 15.240 besteed aan vacatiegelden, scholing en de ambtelijk secretaris."),
         TB(["Post", "Begroot", "Besteed"],
            ["Vacatiegelden ouderleden", "€ 6.000", "€ 5.400"], ["Scholing", "€ 3.500", "€ 2.150"],
            ["Ambtelijk secretaris", "€ 8.000", "€ 7.450"], ["Overig", "€ 1.000", "€ 240"]),
         H1("10 Vooruitblik 2025-2026"),
         P("Het komende jaar staat in het teken van het nieuwe ondersteuningsplan 2026-2030. De OPR heeft een",
           "werkgroep ingesteld die het concept per hoofdstuk zal beoordelen aan de hand van de checklist van het",
           "Steunpunt Medezeggenschap. De OPR zal in het bijzonder letten op: de concreetheid van de",
           "basisondersteuning, de criteria voor toelaatbaarheid, het terugplaatsingsbeleid, de verdeling van de",
           "middelen en de meerjarenbegroting, meetbare doelen, en de informatie aan ouders, waaronder het ouder- en",
           "jeugdsteunpunt. De OPR verwacht het concept in januari 2026 te ontvangen en streeft ernaar vóór 1 april",
           "2026 een besluit te nemen over instemming."),
         ]
    return b


def filler_lindenkring(b):
    terugblik = [
        H1("2a Terugblik op de planperiode 2022-2026"),
        P("De planperiode 2022-2026 begon in de nasleep van de coronapandemie. Scholen hadden hun handen vol aan",
          "het inlopen van achterstanden, en tegelijk moest het samenwerkingsverband zijn eigen organisatie op orde",
          "brengen na het vertrek van de vorige directeur. In die periode hebben wij de volgende stappen gezet:"),
        UL("het Ondersteuningsloket is ingericht als één digitale ingang voor scholen;",
           "de observatiegroep De Kei is geopend, eerst met zes en later met acht plaatsen;",
           "de tweede plusklas is gestart in Oostermark;",
           "het verdeelmodel is vereenvoudigd, met minder verschillende budgetten;",
           "de ondersteuningsplanraad is uitgebreid van acht naar twaalf leden;",
           "er is een gezamenlijke scholingsagenda met het samenwerkingsverband VO opgesteld."),
        P("Niet alles is gelukt. De samenwerking met de jeugdhulp kwam in Lindeloo moeizaam op gang, het aantal",
          "aanvragen nam sterker toe dan verwacht en het lerarentekort maakte het voor scholen lastig om",
          "arrangementen uit te voeren. Deze ervaringen hebben de keuzes in dit plan mede bepaald. Wij hebben bij",
          "het schrijven van dit plan gesprekken gevoerd met alle schoolbesturen en hun bevindingen verwerkt in de",
          "koers in hoofdstuk 3."),
    ]
    doorgaand = [
        H2("5.3 Doorgaande lijnen"),
        P("Een ononderbroken ontwikkeling vraagt om goede overgangen. Met de voorschoolse voorzieningen en de",
          "kinderopvang zijn afspraken gemaakt over een warme overdracht van peuters met een ondersteuningsbehoefte.",
          "Voor de overstap naar het voortgezet onderwijs hanteren wij samen met het samenwerkingsverband VO de",
          "Overstapkalender: in groep 7 een eerste gesprek over het ondersteuningsprofiel van de leerling, in",
          "groep 8 vóór 1 maart een overdrachtsgesprek tussen de intern begeleider en de ondersteuningscoördinator",
          "van de vo-school. Leerlingen uit het sbo en so stromen door naar vso, pro of regulier vo; daarvoor",
          "gelden de procedures van het samenwerkingsverband VO."),
        H2("5.4 Hoogbegaafdheid en nieuwkomers"),
        P("Met de extra middelen voor hoogbegaafdheid die het Rijk in 2022 beschikbaar stelde, zijn twee plusklassen",
          "ingericht en is een netwerk van specialisten hoogbegaafdheid opgezet. Elke school heeft een",
          "aanspreekpunt. Voor nieuwkomers is er de nieuwkomersklas in Oostermark, waar kinderen maximaal een jaar",
          "intensief Nederlands leren voordat zij doorstromen naar een reguliere basisschool in hun woonplaats."),
    ]
    huisv = [
        H1("11a Huisvesting, leerlingenvervoer en jeugdhulp"),
        P("Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Voor de",
          "bovenschoolse voorzieningen zoekt het samenwerkingsverband in overleg met de gemeenten passende ruimte;",
          "de observatiegroep is gehuisvest in een leegstaand lokaal van een basisschool in Heerveld. Het",
          "leerlingenvervoer naar het sbo en so wordt door de gemeenten geregeld en bekostigd; het",
          "samenwerkingsverband heeft daarover geen zeggenschap maar wel regelmatig overleg, met name over lange",
          "reistijden in het landelijk gebied. De financiering van jeugdhulp loopt via de gemeenten en de",
          "jeugdhulpregio; de kosten daarvan maken geen deel uit van de begroting van het samenwerkingsverband."),
    ]
    pers = [
        H2("13.1 Werkdruk en lerarentekort"),
        P("Het lerarentekort raakt het hart van passend onderwijs. Een arrangement op papier helpt een leerling niet",
          "als er geen leraar voor de klas staat. Daarom zoeken wij samen met de besturen naar oplossingen: inzet",
          "van onderwijsassistenten met een specifieke training, gezamenlijke werving via het regionale",
          "transferpunt en het beschikbaar stellen van consulenten voor coaching op de werkvloer. Het bestuur",
          "bespreekt de werkdruk van intern begeleiders jaarlijks met de directeuren."),
        H2("13.2 Integriteit en klokkenluidersregeling"),
        P("Het samenwerkingsverband heeft een integriteitscode en een klokkenluidersregeling. Medewerkers kunnen",
          "een vermoeden van een misstand melden bij de vertrouwenspersoon van het bureau."),
        H2("13.3 Risicomanagement"),
        P("Belangrijke risico's voor de uitvoering van dit plan zijn de stijging van het aantal leerlingen in het",
          "so, de onzekerheid over landelijke bekostiging en de beschikbaarheid van personeel. Het bestuur heeft",
          "een risicoprofiel opgesteld waarin per risico de kans, de impact en de beheersmaatregel zijn",
          "beschreven. Het risicoprofiel wordt jaarlijks geactualiseerd."),
    ]
    jaar = [
        H2("14.1 Jaarcyclus"),
        P("De uitvoering van dit plan volgt een vaste jaarcyclus. In mei en juni stelt het bureau het jaarplan",
          "voor het volgende schooljaar op, dat in juli door het algemeen bestuur wordt vastgesteld. In november",
          "volgt de jaarbegroting. De OPR ontvangt beide documenten ter informatie, en ter instemming voor zover",
          "zij het ondersteuningsplan wijzigen. Het directeurenoverleg bespreekt elk kwartaal de voortgang van de",
          "activiteiten in het jaarplan."),
        H2("14.2 Landelijke ontwikkelingen"),
        P("Dit plan is opgesteld in een periode van landelijke beleidswijzigingen. De landelijke norm voor",
          "basisondersteuning, de Wet versterking positie ouders en leerlingen in het passend onderwijs en de",
          "vereenvoudiging van de bekostiging kunnen gevolgen hebben voor dit plan. Het bestuur volgt deze",
          "ontwikkelingen en legt noodzakelijke wijzigingen ter instemming voor aan de OPR."),
    ]
    b = insert_before(b, "3 Missie, visie en koers", terugblik + [H1("2b Regionale context")] + regio_blocks(
        ["Demografie", "Sociaal-economische context", "Arbeidsmarkt onderwijs", "Samenwerking in de regio"]))
    b = insert_before(b, "Bijlage 1 Begrippenlijst", regio_blocks(["Digitalisering", "Duurzaamheid en inkoop"], "h2"))
    b = insert_before(b, "6 Toelaatbaarheid tot sbo en so", doorgaand)
    b = insert_before(b, "12 Organisatie, governance en medezeggenschap", huisv)
    b = insert_before(b, "14 Planning en vaststelling", pers)
    b = insert_before(b, "Bijlage 1 Begrippenlijst", jaar)
    return b


def filler_kanaalzone(b):
    lijnen = [
        H1("5a. Doorlopende lijnen en overgangen"),
        P("Overgangen zijn kwetsbare momenten voor jongeren die ondersteuning nodig hebben. Met het SWV PO",
          "Kanaalzone is een overstapprotocol afgesproken: de basisschool stuurt vóór 1 februari het",
          "onderwijskundig rapport, en bij leerlingen met een ondersteuningsbehoefte vindt vóór 1 april een warme",
          "overdracht plaats tussen de intern begeleider en de ondersteuningscoördinator van de vo-school. Ouders",
          "worden uitgenodigd voor dat gesprek."),
        P("Voor de overgang naar het mbo werken wij samen met het Kanaalzone College (mbo). Leerlingen uit het",
          "praktijkonderwijs en het vso krijgen in het laatste schooljaar een uitstroomgesprek met een",
          "loopbaanbegeleider; leerlingen met een arrangement krijgen een warme overdracht naar de",
          "studentbegeleiding van het mbo. De uitstroom naar arbeid loopt via de regionale werkgeversservice,",
          "waarmee de pro-scholen een convenant hebben."),
        H2("Nieuwkomers"),
        P("Nieuwkomers tussen 12 en 18 jaar volgen eerst de internationale schakelklas (ISK) in Sluiskade. Na",
          "gemiddeld anderhalf jaar stromen zij door naar het regulier vo, het mbo of het Kanaalzone Schakeljaar.",
          "In het Schakeljaar krijgen zij een combinatie van taalonderwijs en vakonderwijs op het niveau van de",
          "leerweg waarin zij verder zullen gaan."),
        H2("Hoogbegaafdheid"),
        P("Met de subsidie hoogbegaafdheid hebben drie havo/vwo-scholen een verrijkingsprogramma opgezet voor",
          "leerlingen die meer uitdaging nodig hebben. Ook onderpresterende hoogbegaafde leerlingen kunnen aan het",
          "programma deelnemen. Het programma wordt in de planperiode voortgezet uit de schoolbudgetten."),
    ]
    prof = [
        H1("10a. Professionalisering en kennisdeling"),
        P("Passend onderwijs staat of valt met de kwaliteit van de mensen in de school. Het samenwerkingsverband",
          "organiseert daarom een netwerk voor ondersteuningscoördinatoren (vijf bijeenkomsten per jaar), een",
          "netwerk voor mentoren en een jaarlijkse regionale studiedag. De thema's worden vastgesteld in overleg",
          "met de schoolleiders; voor 2026-2027 zijn dat executieve functies, omgaan met angst en somberheid bij",
          "jongeren, en samenwerken met ouders."),
        P("Scholen kunnen elkaars expertise inschakelen via de Expertisebank Kanaalzone, een overzicht van",
          "medewerkers die bereid zijn collega's op een andere school te adviseren. Het bureau coördineert de",
          "inzet; de uren worden verrekend tussen de besturen."),
        H2("Privacy en gegevensuitwisseling"),
        P("Voor de uitwisseling van gegevens over leerlingen tussen scholen, samenwerkingsverband en partners",
          "geldt het privacyreglement van het samenwerkingsverband. Gegevens worden alleen gedeeld als dat nodig",
          "is voor de ondersteuning van de leerling en met medeweten van ouders en leerling. Het",
          "samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld met het SWV PO."),
        H2("Werkwijze van het bureau"),
        P("Het bureau werkt met korte lijnen. Elke school heeft een vaste contactpersoon bij het",
          "samenwerkingsverband, die minimaal vier keer per jaar op school komt. De contactpersoon denkt mee over",
          "individuele leerlingen en over de ondersteuningsstructuur van de school. Daarnaast is er een",
          "maandelijks overleg van de directeur-bestuurder met de schoolleiders, waarin lopende zaken en",
          "beleidsontwikkelingen worden besproken."),
        H2("Jaarcyclus"),
        P("Het plan wordt uitgewerkt in een jaarplan en een jaarbegroting. Het jaarplan wordt in juni vastgesteld,",
          "de begroting in december. Wijzigingen van het plan worden ter instemming aan de OPR voorgelegd. Het",
          "bestuur vergadert zes keer per jaar; de agenda en besluitenlijsten worden gedeeld met de schoolleiders."),
        H2("Huisvesting en vervoer"),
        P("Het OPDC De Overstap is gehuisvest in een voormalig schoolgebouw in Westerdijk, dat door de gemeente",
          "beschikbaar is gesteld. Voor leerlingen die naar het OPDC, het vso of het pro reizen, geldt de",
          "vervoersregeling van de gemeente waar zij wonen; het samenwerkingsverband heeft daarin geen rol. Wel",
          "overlegt het bureau met de gemeenten over de reistijden vanuit het noordelijk deel van de regio, die",
          "voor sommige jongeren meer dan een uur per richting bedragen."),
    ]
    b = insert_before(b, "3. Visie", [H1("2a. Ontwikkelingen in de regio")] + regio_blocks(
        ["Demografie", "Sociaal-economische context", "Arbeidsmarkt onderwijs", "Samenwerking in de regio",
         "Digitalisering", "Duurzaamheid en inkoop"]))
    b = insert_before(b, "6. Toelaatbaarheid vso, lwoo en pro", lijnen)
    stem = [
        H1("10b. De stem van de leerling"),
        P("Jongeren weten vaak zelf heel goed wat zij nodig hebben. Het samenwerkingsverband organiseert daarom",
          "twee keer per jaar een leerlingenpanel met jongeren uit het regulier vo, het praktijkonderwijs, het vso",
          "en het OPDC. Het panel geeft advies aan de directeur-bestuurder over onderwerpen die jongeren zelf",
          "belangrijk vinden. In 2025 ging het onder meer over de overgang naar het OPDC, over prikkelarme",
          "lokalen en over de manier waarop mentoren met jongeren praten over hun ondersteuning."),
        P("Op elke school wordt de jongere betrokken bij het opstellen van het ontwikkelingsperspectief. Vanaf",
          "de invoering van het hoorrecht legt de school vast wat de jongere zelf van het OPP vindt. Het",
          "samenwerkingsverband ondersteunt scholen met een gesprekshandleiding voor mentoren."),
        P("Daarnaast nemen twee leerlingen deel aan de ondersteuningsplanraad. Zij worden gekozen uit de",
          "leerlingenraden van de scholen en krijgen een training over de taken van de OPR. Het bureau zorgt",
          "ervoor dat stukken ook in een korte, begrijpelijke versie beschikbaar zijn."),
    ]
    b = insert_before(b, "11. Totstandkoming", stem)
    b = insert_before(b, "11. Totstandkoming", regio_blocks(["Sociale veiligheid en burgerschap",
                                                             "Schoolgebouwen en binnenklimaat", "Bereikbaarheid bureau"]))
    b = insert_before(b, "11. Totstandkoming", prof)
    return b


def filler_zuidwolde(b):
    opp = [
        H1("Het ontwikkelingsperspectief (OPP)"),
        P("Krijgt uw kind een arrangement, of gaat uw kind naar het sbo of so? Dan maakt de school een",
          "ontwikkelingsperspectief. Dat is een plan voor uw kind. Er staat in wat uw kind kan, wat uw kind nog",
          "moet leren en welke hulp de school geeft. Ook staat erin waar uw kind naartoe werkt, bijvoorbeeld welk",
          "niveau in de groepen 7 en 8."),
        P("De school bespreekt het OPP met u. U mag zeggen wat u ervan vindt. Voor het deel over de hulp vraagt de",
          "school uw toestemming. Ook uw kind mag zijn of haar mening geven. Dat heet hoorrecht. Elk jaar kijkt de",
          "school samen met u of het OPP nog klopt."),
        H1("Naar de middelbare school"),
        P("In groep 8 gaat uw kind naar de middelbare school. Voor kinderen die extra hulp krijgen, maken we daar",
          "goede afspraken over met het samenwerkingsverband voor het voortgezet onderwijs. De basisschool vertelt",
          "de nieuwe school wat uw kind nodig heeft. Dat gebeurt altijd samen met u. Zo hoeft uw kind op de nieuwe",
          "school niet opnieuw te beginnen."),
        P("Zit uw kind op het sbo of so? Dan helpt de school u bij het kiezen van een middelbare school. Dat kan een",
          "gewone middelbare school zijn, het praktijkonderwijs of het voortgezet speciaal onderwijs."),
    ]
    faq = [
        H1("Vragen die ouders vaak stellen"),
        H2("Mag een school mijn kind weigeren?"),
        P("Als u uw kind aanmeldt bij een school, moet die school onderzoeken wat uw kind nodig heeft. Kan de school",
          "dat niet bieden? Dan moet de school zelf een andere school zoeken die wel past. Dat heet zorgplicht. U",
          "hoeft dus niet zelf langs alle scholen."),
        H2("Mijn kind heeft dyslexie. Wat nu?"),
        P("Op elke school krijgt uw kind extra hulp bij lezen en spellen. Heeft uw kind ernstige dyslexie? Dan kan",
          "uw kind via de gemeente een behandeling krijgen. De school helpt u bij de aanvraag."),
        H2("Bestaat het rugzakje nog?"),
        P("Nee. Het rugzakje (de leerlinggebonden financiering) bestaat sinds 2014 niet meer. Extra hulp wordt nu",
          "geregeld via de school en het samenwerkingsverband."),
        H2("Wat als mijn kind ziek is en lang niet naar school kan?"),
        P("Dan blijft de school verantwoordelijk voor het onderwijs. De school kan hulp vragen aan de consulent",
          "onderwijs aan zieke leerlingen. Samen zoeken ze naar manieren om uw kind toch te laten leren, bijvoorbeeld",
          "thuis of in het ziekenhuis."),
        H2("Ik spreek niet goed Nederlands. Kan ik hulp krijgen?"),
        P("Ja. Bij gesprekken op school kan een tolk aanwezig zijn. Ons boekje is er ook in het Engels, Turks,",
          "Arabisch en Oekraïens."),
        H2("Wie is de intern begeleider van mijn kind?"),
        P("Dat kunt u vragen aan de leraar of aan de directeur. De naam staat ook in de schoolgids."),
        H1("Wat gaan we de komende jaren doen?"),
        P("De komende vier jaar organiseren wij cursussen en bijeenkomsten voor leraren en IB'ers over omgaan met",
          "verschillen in de klas. We maken de aanvraagformulieren korter. En we praten met de jeugdhulp over één",
          "gezamenlijk loket. Welke activiteiten we per jaar doen, staat in ons jaarplan."),
    ]
    regio = [
        H1("Onze regio"),
        P("Ons samenwerkingsverband ligt in het zuiden van de provincie. Er zijn drie gemeenten: Zuidwolde, Hoeven",
          "en Ter Aa. Het is een gebied met dorpen en één kleine stad. In de dorpen zijn de scholen vaak klein. Soms",
          "zitten er maar 60 kinderen op een school. In de stad zijn de scholen groter."),
        P("Het aantal kinderen in onze regio wordt langzaam minder. Dat komt omdat er minder kinderen worden",
          "geboren. Daardoor moeten sommige kleine scholen samengaan. Dat is soms lastig voor ouders en kinderen.",
          "Wij letten erop dat de hulp voor kinderen dan goed doorloopt."),
        P("Er zijn ook steeds minder leraren. Dat merken de scholen. Soms is er geen invaller als een leraar ziek is.",
          "De schoolbesturen werken samen om nieuwe leraren te vinden en op te leiden. Wij helpen daarbij door",
          "cursussen te geven over passend onderwijs aan nieuwe leraren."),
        P("Op de scholen in onze regio zitten kinderen uit veel verschillende landen. Op sommige scholen spreken",
          "kinderen thuis meer dan tien verschillende talen. Dat maakt het onderwijs rijk, maar ook uitdagend.",
          "Leraren krijgen daarom extra les in het lesgeven aan kinderen die Nederlands als tweede taal leren."),
        P("Bijna alle scholen werken samen met de kinderopvang en de peuterspeelzaal. Zo kunnen de juffen en",
          "meesters al vroeg zien of een kind extra hulp nodig heeft. Dat is fijn, want hoe eerder hulp start,",
          "hoe beter het meestal werkt."),
    ]
    b = insert_before(b, "Waar geloven wij in?", regio)
    b = insert_before(b, "Terug naar een gewone school", opp)
    b = insert_before(b, "Wie doet wat?", faq)
    return b


def filler_rijnvallei(b):
    a = lambda href, txt: f'<a href="{href}">{txt}</a>'
    extra1 = [
        H1("Overgangen en doorlopende lijnen"),
        P("Een goede start in het voortgezet onderwijs begint in groep 8. Met de samenwerkingsverbanden PO in de",
          "regio is de Overstaproute Rijnvallei afgesproken: een vaste kalender voor aanmelding, overdracht en",
          "kennismaking. Voor leerlingen met een ondersteuningsbehoefte plant de vo-school vóór 15 april een",
          "overdrachtsgesprek met de basisschool. Voor de overgang naar het mbo werkt Rijnvallei samen met twee",
          "mbo-instellingen in het programma 'Doorstroom zonder drempels': jongeren met een arrangement krijgen",
          "in hun examenjaar een coach die hen tot drie maanden na de start op het mbo blijft volgen."),
        P("De uitstroom vanuit het praktijkonderwijs en het vso naar arbeid wordt ondersteund door de regionale",
          "werkgeversservice en de jobcoaches van de gemeenten. In 2025 vonden 84 van de 110 pro-schoolverlaters",
          "een baan of leerwerkplek."),
        H1("Nieuwkomers en hoogbegaafde leerlingen"),
        P("Rijnstad kent een groeiende groep nieuwkomers. Zij volgen eerst de internationale schakelklas en",
          "stromen daarna door naar de Schakelklas of direct naar het regulier vo. Het samenwerkingsverband",
          "financiert extra taalcoaches op de ontvangende scholen. Voor hoogbegaafde leerlingen biedt het",
          "Plusprogramma verdiepingsmodules en mentoring door studenten van de universiteit. Ook leerlingen uit het",
          "vmbo kunnen aan het programma deelnemen."),
    ]
    extra2 = [
        H1("Hoe dit plan tot stand kwam"),
        P("Het plan is in ruim een jaar tot stand gekomen. In het voorjaar van 2025 hield het samenwerkingsverband",
          "een enquête onder alle ondersteuningscoördinatoren, mentoren en schoolleiders (312 respondenten). In",
          "het najaar volgden vier dialoogsessies met leerlingen, ouders, jeugdhulpaanbieders en gemeenten. De",
          "ondersteuningsplanraad is vanaf het begin betrokken via een klankbordgroep. Het concept is op 4 februari",
          "2026 besproken in het OOGO en op 19 maart 2026 heeft de OPR ingestemd. Het bestuur heeft het plan op 26",
          "maart 2026 vastgesteld; het plan is op 2 april 2026 aan de inspectie verzonden."),
        H1("Leerlingenvervoer en huisvesting"),
        P("Leerlingenvervoer is een taak van de gemeenten. Jongeren die naar het vso, het OPDC of het",
          "praktijkonderwijs gaan, kunnen bij hun gemeente een vervoersvoorziening aanvragen. Het",
          "samenwerkingsverband overlegt met de gemeenten over de reistijden, die in het oosten van de regio soms",
          "lang zijn. De huisvesting van het OPDC is in 2025 verbeterd door een verhuizing naar een gerenoveerd",
          "gebouw in Rijnstad, dat de gemeente beschikbaar stelde."),
        H1("Veelgestelde vragen"),
        H2("Is dit de officiële versie van het plan?"),
        P("De officiële tekst is de pdf die het bestuur heeft vastgesteld. Deze webversie bevat dezelfde tekst,",
          "maar wij kunnen hier links en kleine correcties toevoegen. Bij verschil is de pdf leidend."),
        H2("Waar vind ik de jaarplannen?"),
        P("De jaarplannen en jaarverslagen staan onder " + a("/downloads", "Downloads") + ". Het jaarplan",
          "2026-2027 verschijnt in juli 2026."),
        H2("Wie kan ik bellen bij vragen over dit plan?"),
        P("Voor vragen over de inhoud van het plan kunt u contact opnemen met de beleidsadviseur van het",
          "samenwerkingsverband via " + a("/contact", "Contact") + "."),
    ]
    b = insert_before(b, "Koers en ambities", regio_blocks(
        ["Demografie", "Sociaal-economische context", "Arbeidsmarkt onderwijs", "Samenwerking in de regio",
         "Digitalisering"]))
    b = insert_before(b, "Toewijzing: vso, lwoo en pro", extra1)
    b = insert_before(b, "Begrippen", extra2 + regio_blocks(["Schoolgebouwen en binnenklimaat", "Bereikbaarheid bureau",
                                                             "Sociale veiligheid en burgerschap", "Duurzaamheid en inkoop"]))
    return b


def filler_veenstreek(b):
    terug = [
        H1("3a Terugblik 2022-2026"),
        P("De vorige planperiode stond in het teken van de vernieuwing van het verdeelmodel en de invoering van",
          "de audit basisondersteuning. Het verdeelmodel is in 2023 omgezet van een model met veel kleine",
          "budgetten naar het huidige model met een schoolbudget per leerling en een vaste voet. De audit is in",
          "2024 gestart; inmiddels zijn 22 van de 40 vestigingen bezocht. Van die 22 voldeden er 17 aan alle",
          "standaarden. De scholen die niet aan alle standaarden voldeden, hebben een verbeterplan opgesteld."),
        P("Minder goed ging het met de beheersing van de groei van het sbo en het so. Het deelnamepercentage steeg",
          "in beide gevallen, zoals de tabel in hoofdstuk 3 laat zien. Het bestuur heeft daarom besloten in dit plan",
          "concrete streefwaarden op te nemen (hoofdstuk 10)."),
        H1("3b Landelijke ontwikkelingen"),
        P("Het plan is geschreven in een periode waarin landelijk veel in beweging is. Het kabinet werkt aan een",
          "landelijke norm voor basisondersteuning. Zodra die norm wettelijk is vastgelegd, toetst het bestuur de",
          "eigen standaarden (hoofdstuk 5) daaraan en past zij deze zo nodig aan. Daarnaast is de Wet",
          "versterking positie ouders en leerlingen in het passend onderwijs in behandeling. Ook de vereenvoudiging",
          "van de bekostiging van het primair onderwijs heeft gevolgen, onder meer voor de groeiregeling van het sbo."),
    ]
    fin = [
        H2("11.4 Overdrachten en groeiregeling"),
        P("Het samenwerkingsverband draagt via DUO de ondersteuningsbekostiging voor leerlingen in het so af aan",
          "de so-scholen, volgens de bekostigingscategorie in de TLV. Voor het sbo geldt de 2%-regeling: boven 2%",
          "van het totaal aantal leerlingen op de teldatum draagt het samenwerkingsverband de ondersteuningsmiddelen",
          "over aan de sbo-scholen. Groei tussen 1 oktober en de peildatum 1 februari wordt verrekend volgens de",
          "groeiregeling. Voor de verdeling van de materiële instandhouding bij de overdracht hanteert het",
          "samenwerkingsverband het aandeel van elke school in het aantal verwezen leerlingen."),
        H2("11.5 Risico's"),
        TB(["Risico", "Kans", "Impact", "Beheersmaatregel"],
           ["Verdere stijging deelname so", "Hoog", "Hoog", "Streefwaarden in H10; maandelijkse monitoring afdrachten"],
           ["Wijziging landelijke bekostiging", "Middel", "Middel", "Weerstandsvermogen 8%; jaarlijkse herziening meerjarenbegroting"],
           ["Uitval personeel bureau", "Middel", "Middel", "Vervangingsafspraken met buur-SWV"],
           ["Onderuitputting schoolbudgetten", "Middel", "Laag", "Bestedingsverklaring; terugvordering boven 10% onderbesteding"]),
    ]
    org = [
        H2("12.1 Code Goed Bestuur"),
        P("Het bestuur hanteert de Code Goed Bestuur in het primair onderwijs. De onafhankelijk voorzitter zit de",
          "vergaderingen voor en let erop dat bestuurders de belangen van het samenwerkingsverband als geheel",
          "dienen en niet alleen die van het eigen schoolbestuur. Eens per jaar evalueert het bestuur het eigen",
          "functioneren, eens in de drie jaar onder externe begeleiding."),
        H2("12.2 Relatie met de schoolbesturen"),
        P("De aangesloten schoolbesturen zijn verschillend van omvang: het grootste bestuur heeft 14 scholen, het",
          "kleinste één. Om te voorkomen dat grote besturen de besluitvorming domineren, worden besluiten over het",
          "verdeelmodel genomen met een gekwalificeerde meerderheid van twee derde van de stemmen, waarbij elk",
          "bestuur één stem heeft. Geschillen tussen besturen worden voorgelegd aan een geschillencommissie zoals",
          "bedoeld in de statuten."),
    ]
    pers = [
        H2("14.1 Werkgelegenheid en formatie"),
        P("Passend onderwijs raakt ook de werkgelegenheid op de scholen. De middelen die schoolbesturen ontvangen,",
          "worden grotendeels ingezet voor personeel: intern begeleiders, onderwijsassistenten en specialisten.",
          "Het bureau zelf heeft een vaste formatie van 6,4 fte. Er is geen personeel in dienst van het",
          "samenwerkingsverband dat op scholen werkzaam is; de consulenten adviseren, maar voeren geen",
          "ondersteuning uit in de klas."),
        H2("14.2 Leren van elkaar"),
        P("Scholen leren van elkaar via intervisie tussen directeuren en via het IB-netwerk. In de planperiode",
          "starten wij met collegiale visitaties, waarbij teams van twee IB'ers een andere school bezoeken. De",
          "uitkomsten worden niet gebruikt voor beoordeling, maar voor het gesprek over verbetering."),
    ]
    plan = [
        H2("16.0 Samenwerking met de buurverbanden"),
        P("Het samenwerkingsverband werkt op bedrijfsvoeringsgebied samen met twee naburige",
          "samenwerkingsverbanden PO. Zo delen zij een functionaris gegevensbescherming, een contract met het",
          "administratiekantoor en de accountant, en een gezamenlijk inkooptraject voor het aanvraagsysteem. Deze",
          "samenwerking levert een besparing op van naar schatting € 35.000 per jaar, die ten goede komt aan het",
          "schoolbudget."),
        H2("16.1 Jaarcyclus"),
        P("Het plan wordt uitgevoerd via een jaarplan en een jaarbegroting. Het jaarplan wordt in juni vastgesteld",
          "en beschrijft per hoofdstuk van dit plan de activiteiten, de verantwoordelijke en het budget. De",
          "jaarbegroting wordt in december vastgesteld. Het bestuur kan het plan tussentijds wijzigen na",
          "instemming van de OPR."),
    ]
    b = insert_before(b, "4 Koers", terug + [H1("3c Regionale context")] + regio_blocks(
        ["Demografie", "Sociaal-economische context", "Arbeidsmarkt onderwijs", "Samenwerking in de regio",
         "Digitalisering", "Duurzaamheid en inkoop"]))
    b = insert_before(b, "12 Bestuur en organisatie", fin)
    b = insert_before(b, "13 Communicatie", org)
    gebouw = [
        H2("14.3 Huisvesting van het bureau"),
        P("Het bureau is gevestigd in een gehuurd kantoor in Turfwijk, gedeeld met een van de aangesloten",
          "schoolbesturen. Het huurcontract loopt tot 2028. Het kantoor is goed bereikbaar met het openbaar vervoer",
          "en beschikt over spreekkamers voor overleg met scholen. Bij het aflopen van het contract onderzoekt het",
          "bestuur of het bureau kan worden ondergebracht in een leegstaand schoolgebouw, wat de huisvestingslasten",
          "met naar schatting een derde zou verlagen. De kosten van huisvesting zijn opgenomen in de post Bureau en",
          "bestuur van de meerjarenbegroting. Het bureau beschikt over tien werkplekken; medewerkers werken gemiddeld",
          "twee dagen per week op de scholen of thuis."),
    ]
    b = insert_before(b, "15 Bedrijfsvoering, ICT en privacy", pers + gebouw + regio_blocks(
        ["Sociale veiligheid en burgerschap", "Bereikbaarheid bureau"]))
    b = insert_before(b, "Bijlage A Verklarende woordenlijst", plan)
    return b


REGIO_TEKST = [
    ("Demografie", "De bevolking in het gebied vergrijst. Het aantal geboorten daalt al tien jaar licht, met uitzondering van de"
     " nieuwbouwwijken aan de rand van de grootste kern. Schoolbesturen houden rekening met een verdere daling van het aantal"
     " leerlingen met vijf tot acht procent in de komende tien jaar. Dat heeft gevolgen voor de levensvatbaarheid van kleine"
     " scholen en voor de reisafstanden die kinderen moeten afleggen."),
    ("Sociaal-economische context", "De regio kent grote verschillen. In een aantal wijken is het aandeel gezinnen met een laag"
     " inkomen en een migratieachtergrond bovengemiddeld; elders wonen vooral gezinnen met hoger opgeleide ouders. De scholen"
     " in de eerstgenoemde wijken ontvangen extra middelen uit het onderwijsachterstandenbeleid; die middelen staan los van de"
     " ondersteuningsmiddelen van het samenwerkingsverband en vallen onder verantwoordelijkheid van de schoolbesturen."),
    ("Arbeidsmarkt onderwijs", "Het tekort aan leraren is het grootst in het speciaal onderwijs en op scholen in de kleinere"
     " kernen. Schoolbesturen werken samen in een regionaal transferpunt en bieden zij-instromers een begeleidingsprogramma."
     " Het tekort aan intern begeleiders en ondersteuningscoördinatoren is minder groot, maar het verloop is hoog."),
    ("Samenwerking in de regio", "Schoolbesturen in de regio werken niet alleen samen in het samenwerkingsverband, maar ook"
     " in de regionale educatieve agenda, in het IKC-overleg en in het regionaal platform onderwijs-arbeidsmarkt. Het"
     " samenwerkingsverband sluit waar mogelijk aan bij bestaande overleggen, om dubbel werk te voorkomen."),
    ("Digitalisering", "Alle scholen werken met een digitaal leerlingvolgsysteem. De uitwisseling van gegevens met het"
     " samenwerkingsverband verloopt via een beveiligde koppeling; e-mail wordt niet gebruikt voor het versturen van"
     " dossiers. In de planperiode onderzoekt het bureau of het aanvraagsysteem kan worden gekoppeld aan het"
     " leerlingvolgsysteem, zodat scholen gegevens niet dubbel hoeven in te voeren."),
    ("Duurzaamheid en inkoop", "Het bureau hanteert bij inkoop de regels van de aanbestedingswet en het eigen"
     " inkoopbeleid. Bij opdrachten boven € 50.000 worden ten minste drie offertes gevraagd. Het bureau reist zo veel"
     " mogelijk met het openbaar vervoer en vergadert, waar dat kan, online."),
]


REGIO_TEKST += [
    ("Integrale kindcentra", "Steeds meer scholen werken samen met kinderopvang en peuteropvang in een integraal"
     " kindcentrum. Dat biedt kansen voor een doorlopende ontwikkeling vanaf jonge leeftijd, maar vraagt ook om heldere"
     " afspraken over verantwoordelijkheden. Het samenwerkingsverband is geen partij in de governance van de kindcentra;"
     " de schoolbesturen maken daarover zelf afspraken met de opvangorganisaties. Wel volgt het bureau de ontwikkeling"
     " omdat zij gevolgen kan hebben voor de manier waarop scholen hun ondersteuning organiseren."),
    ("Sociale veiligheid en burgerschap", "Scholen hebben een wettelijke plicht om te zorgen voor een sociaal veilige"
     " omgeving en om burgerschapsonderwijs te geven. Dat zijn taken van de school zelf en niet van het"
     " samenwerkingsverband. In de praktijk raken deze onderwerpen wel aan passend onderwijs: een leerling die zich niet"
     " veilig voelt, leert minder. Het bureau deelt daarom goede voorbeelden tussen scholen en nodigt jaarlijks een"
     " spreker uit op de studiedag."),
    ("Schoolgebouwen en binnenklimaat", "Veel schoolgebouwen in de regio zijn verouderd. De gemeenten hebben in hun"
     " integrale huisvestingsplannen een programma voor renovatie en nieuwbouw opgenomen, met aandacht voor ventilatie,"
     " akoestiek en prikkelarme ruimtes. Voor leerlingen met een ondersteuningsbehoefte kunnen een rustige werkplek en"
     " goede akoestiek een groot verschil maken. Het samenwerkingsverband heeft hierover advies gegeven aan de"
     " gemeenten, maar heeft zelf geen taak of budget voor huisvesting van scholen."),
    ("Bereikbaarheid bureau", "Het bureau is op werkdagen van 8.30 tot 16.30 uur bereikbaar. In de schoolvakanties"
     " is het bureau beperkt bereikbaar; spoedaanvragen worden dan binnen drie werkdagen in behandeling genomen. De"
     " medewerkers werken deels op kantoor en deels op de scholen."),
]


def regio_blocks(keys, level="h2"):
    out = []
    for k, t in REGIO_TEKST:
        if k in keys:
            out.append((level, k))
            out.append(("p", t))
    return out


# =============================================================================================
# labels and main
# =============================================================================================
def labels():
    L = {}
    L["po-lindenkring-ondersteuningsplan-2026-2030"] = make_label(
        ["po-lindenkring-ondersteuningsplan-2026-2030.docx", "po-lindenkring-ondersteuningsplan-2026-2030.pdf"], "po",
        {"financien.besteding", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4: 4.1 defines the agreed minimum for every vestiging, 4.2 lists eight concrete standards, 4.3 kwaliteitskaart + verbeterplan.",
         "plaatsing": "H6 6.1-6.3: CT procedure in five steps (2 separate deskundigen, 6 weeks), sbo/so criteria, duration and bekostigingscategorie; 6.5 LBT bezwaar.",
         "terugstroom": "Hidden in the TLV chapter, 6.4 'Afloop van de toelaatbaarheidsverklaring en terugkeer': policy (thuisnabij, overgangsarrangement) and procedure (evaluation 1 december, plan before 1 april, end 31 juli).",
         "financien": "H9: 9.2 gives verdeelmodel with criteria (EUR 185 per leerling, vaste voet); besteding not addressed: meerjarenbegroting deferred to absent bijlage 6 and table is all 'p.m.'; 9.4 reserves only.",
         "dekkend-aanbod": "H5: four-level continuum table (5.1) and yearly witte-vlekken analysis, thuiszitters approach and doorzettingsmacht (5.2); OOGO/OZA in 5.1 and H11.",
         "resultaten": "H7 gives beoogde resultaten with streefwaarden, but monitoring is deferred ('werken wij in het eerste planjaar uit in een monitoringsplan', 'p.m.'); H8 Kwaliteitszorg is only 'in ontwikkeling'.",
         "ouders": "Under H10 'Communicatie': 10.1 website/folder in 4 languages/informatieavonden, 10.2 OJSP, Onderwijsconsulenten, klachtenregeling; 10.4 OPR and OPP role."})
    L["vo-kanaalzone-ondersteuningsplan-compact-2026-2030"] = make_label(
        ["vo-kanaalzone-ondersteuningsplan-compact-2026-2030.pdf"], "vo",
        {"basisondersteuning.inhoud", "terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.doelen",
         "resultaten.monitoring", "ouders.steunpunt"},
        {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4 states the common minimum level for every vestiging, but the content is only referred to the Kwaliteitskaart on the website (not in the input) -> inhoud not addressed.",
         "plaatsing": "H6: vso procedure (Commissie Toewijzing, 2 deskundigen, 5 weeks) and criteria; lwoo/pro criteria and procedure (1 maart / 15 april) in 6.2.",
         "terugstroom": "H7 gives policy (aim, conditions, 6-month overgangsarrangement) but the procedure is deferred to a 'werkafspraak' in 2026-2027.",
         "financien": "H8 'Geld en middelen': verdeling criteria (EUR 95 per leerling, lwoo/pro pass-through, OPDC per plaats) and meerjarenbegroting table; verantwoording before 1 maart; reserve below signaleringswaarde.",
         "dekkend-aanbod": "H5 describes the four-layer continuum (OPDC, rebound, schakeljaar, vso/pro); gaps/thuiszitters deferred to 2027 ('maken wij in 2027'); thuiszitters only as OOGO topic in H11 and in the afkortingenlijst.",
         "resultaten": "No intended results and no monitoring anywhere; only 'resultaatgericht' in the visie and 'trots op' in H1 (passing).",
         "ouders": "H9: website, ouderfolder, informatiemarkt, schoolgids (informatie); independent help only deferred ('OJSP ... nadere informatie volgt'); Onderwijsconsulenten only in the afkortingenlijst; the SWV's own loket is not independent."})
    L["po-zuidwolde-ondersteuningsplan-gewone-taal"] = make_label(
        ["po-zuidwolde-ondersteuningsplan-gewone-taal.docx"], "po",
        {"plaatsing.criteria", "financien.verdeling", "financien.besteding", "resultaten.doelen"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "'Wat mag u van elke school verwachten?': agreed minimum at every school plus a concrete list; check every two years.",
         "plaatsing": "'Naar het speciaal (basis)onderwijs': five-step procedure, two deskundigen, 6 weeks, duration, bezwaar; criteria only 'voor ieder kind anders' and referred to the Toelaatbaarheidskader on the website.",
         "terugstroom": "'Terug naar een gewone school': policy (thuisnabij, conditions, one year of begeleiding) and procedure (February OPP check, commissie decides, new TLV before 1 april).",
         "financien": "'Het geld' only says the SWV receives money and refers to begroting/jaarverslag on the website; 'ouders betalen niets' and municipal jeugdhulp funding are near-misses; woordenlijst entries are traps.",
         "dekkend-aanbod": "'Hulp in de buurt' table is the continuum; 'Geen kind zonder school' gives thuiszitters approach, doorzettingsmacht and half-yearly gap check.",
         "resultaten": "'Hoe weten we of het werkt?' describes yearly monitoring and reporting with figures, but the goals are deferred ('bepalen we in de loop van 2027').",
         "ouders": "'Informatie voor u' (website per school, boekje, ouderavond, schoolgids, ouderlijn) and 'Hulp als u er samen niet uitkomt' (OJSP, Onderwijsconsulenten, Geschillencommissie, klachtenregeling)."})
    L["vo-rijnvallei-ondersteuningsplan-webversie"] = make_label(
        ["vo-rijnvallei-ondersteuningsplan-webversie.html"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.procedure",
         "terugstroom.beleid", "financien.verdeling", "ouders.informatie"},
        {"plaatsing": ["duur-categorie"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Missing: only a link to the page /basisondersteuning (not in the input), the nav menu, a download link and the Begrippen table define it.",
         "plaatsing": "'Toewijzing: vso, lwoo en pro' gives criteria (vso list, pro national, own lwoo criteria) and TLV duration/category; the application procedure is only a link to 'Aanvragen TLV' and the Handleiding.",
         "terugstroom": "Missing: terugplaatsing appears only in the nav menu, the Begrippen table and a download link; 'Bestendige uitstroom' of OPDC pupils is not vso return.",
         "financien": "'Financiën': the verdeelmodel is being revised and will be published on another page (verdeling not addressed); meerjarenbegroting table by spending category (besteding) and reserve afbouw.",
         "dekkend-aanbod": "'Het ondersteuningsaanbod' lists the continuum and loket/zorgplicht route; 'Geen jongere tussen wal en schip' gives thuiszitterstafel and twice-yearly gap analysis.",
         "resultaten": "'Doelen en resultaten': indicator table with nulmeting and streefwaarden, quarterly Monitor, reporting to bestuur/OPR and jaarverslag, terugblik.",
         "ouders": "'Voor ouders en leerlingen': OJSP, Onderwijsconsulenten, Geschillencommissie (steunpunt) and OPP/OPR role; how parents are informed is only deferred (ouderbrochure 'in voorbereiding'); Begrippen entry is a trap."})
    L["po-veenstreek-ondersteuningsplan-op-hoofdlijnen"] = make_label(
        ["po-veenstreek-ondersteuningsplan-op-hoofdlijnen.docx"], "po",
        {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
         "resultaten": ["meetbaar"]},
        {"basisondersteuning": "H5: content only in a table 'Standaard basisondersteuning – geldt voor iedere vestiging' with 8 concrete standards; audit/schoolgids check.",
         "plaatsing": "Missing: H7 only refers to the Toewijzingsreglement (bijlage 3, separate document); TLV in the woordenlijst is a trap.",
         "terugstroom": "H8 table gives the procedure (evaluation, melding 15 januari, Expertiseteam decides before 1 maart, evaluation after 3 months, end 31 juli); policy and support after return are deferred ('herijkt ... niet in dit plan opgenomen').",
         "financien": "H11 tables: verdeelmodel with criteria and amounts, meerjarenbegroting 2026-2029, bestedingsverklaring and weerstandsvermogen.",
         "dekkend-aanbod": "Missing: H6 defers the dekkend netwerk, thuiszitters and arrangements to the Koersdocument (voorjaar 2027); OOGO in H16 is procedural only; woordenlijst is a trap.",
         "resultaten": "H10 tables: beoogde resultaten with indicators/doel 2030 and monitoring instruments (Monitor, audit, peiling, jaarverslag).",
         "ouders": "Missing: H9 'Ouders' is a single deferral; 'Communicatie' (H13) addresses only schools and gemeenten; OJSP/Onderwijsconsulenten/Ouderinformatie appear only in the woordenlijst."})
    L["opr-jaarverslag-duinrand-2024-2025"] = {
        "documents": ["opr-jaarverslag-duinrand-2024-2025.pdf"], "sector": "po", "looks_like_plan": False,
        "elements": {}, "criteria": {}, "advisory_addressed": {},
        "notes": {"document": "Annual report (jaarverslag) of the ondersteuningsplanraad of an SWV PO: reports meetings, "
                              "consent to a plan change, budget advice and figures; it is not the ondersteuningsplan itself "
                              "although it uses basisondersteuning, TLV, terugplaatsing, begroting, OJSP vocabulary."}}
    return L


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdout115_build_") as td:
        td = Path(td)
        # plan 1: docx + pdf
        name = "po-lindenkring-ondersteuningsplan-2026-2030"
        render_docx(filler_lindenkring(plan_lindenkring()), OUT / f"{name}.docx", "Ondersteuningsplan 2026-2030 De Lindenkring")
        render_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
        # plan 2: pdf only (docx is an intermediate)
        name = "vo-kanaalzone-ondersteuningsplan-compact-2026-2030"
        render_docx(filler_kanaalzone(plan_kanaalzone()), td / f"{name}.docx", "Ondersteuningsplan 2026-2030 SWV VO Kanaalzone")
        render_pdf(td / f"{name}.docx", OUT / f"{name}.pdf")
        # plan 3: docx
        name = "po-zuidwolde-ondersteuningsplan-gewone-taal"
        render_docx(filler_zuidwolde(plan_zuidwolde()), OUT / f"{name}.docx", "Passend onderwijs voor uw kind")
        # plan 4: html
        name = "vo-rijnvallei-ondersteuningsplan-webversie"
        render_html(filler_rijnvallei(plan_rijnvallei()), OUT / f"{name}.html", "Ondersteuningsplan 2026-2030 – SWV VO Rijnvallei", RIJN_NAV)
        # plan 5: docx
        name = "po-veenstreek-ondersteuningsplan-op-hoofdlijnen"
        render_docx(filler_veenstreek(plan_veenstreek()), OUT / f"{name}.docx", "Ondersteuningsplan op hoofdlijnen 2026-2030")
        # near-miss: pdf
        name = "opr-jaarverslag-duinrand-2024-2025"
        render_docx(nearmiss_opr_jaarverslag(), td / f"{name}.docx", "Jaarverslag OPR 2024-2025")
        render_pdf(td / f"{name}.docx", OUT / f"{name}.pdf")
    for name, data in labels().items():
        write_label(name, data)


if __name__ == "__main__":
    main()
