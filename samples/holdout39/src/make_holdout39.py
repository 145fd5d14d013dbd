#!/usr/bin/env python3
"""Generate the holdout39 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs, each in a
different voice (formal-juridical, informal, presentation-like, FAQ, Dutch/English mix), plus one
near-miss document (a school-level 'ondersteuningsplan', not a plan of a samenwerkingsverband).
Labels are written by hand in the *.expected.yaml files next to the documents; this script only
(re)writes the documents.

Deterministic: no network, fixed document metadata, fixed zip timestamps for .docx.
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.

Usage: python3 make_holdout39.py [outdir]   (default: the folder above src/)
"""
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
FIXED_DATE = datetime(2025, 3, 14, 9, 0, 0)

# ---------------------------------------------------------------- block helpers
# A document is a dict: title (list of title-page lines), header (running header text),
# footer, blocks: list of (kind, payload). kinds: h1, h2, h3, p, ul, ol, table, toc, pb.

def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def UL(*items): return ("ul", list(items))
def OL(*items): return ("ol", list(items))
def TBL(*rows): return ("table", [list(r) for r in rows])
def TOC(*entries): return ("toc", list(entries))
def PB(): return ("pb", None)


def word_count(doc):
    n = 0
    for kind, payload in doc["blocks"]:
        if kind in ("h1", "h2", "h3", "p"):
            n += len(payload.split())
        elif kind in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in payload)
        elif kind == "table":
            n += sum(len(c.split()) for r in payload for c in r)
    return n


# ---------------------------------------------------------------- docx rendering
def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc.get("meta_title", "")
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = doc.get("author", "")
    cp.revision = 1
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    # title page
    for i, line in enumerate(doc["title"]):
        p = d.add_paragraph()
        r = p.add_run(line)
        if i == 0:
            r.bold = True
            r.font.size = Pt(24)
        else:
            r.font.size = Pt(13)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, payload in doc["blocks"]:
        if kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "h3":
            d.add_heading(payload, level=3)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "ul":
            for it in payload:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in payload:
                d.add_paragraph(it, style="List Number")
        elif kind == "toc":
            d.add_heading(doc.get("toc_title", "Inhoudsopgave"), level=1)
            for it in payload:
                d.add_paragraph(it)
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def render_pdf(doc, path):
    tmp = tempfile.mkdtemp(prefix="holdout39_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        render_docx(doc, src)
        env = dict(os.environ)
        env["SOURCE_DATE_EPOCH"] = "1741942800"
        env["HOME"] = tmp  # private LibreOffice profile
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf",
                        "--outdir", tmp, src], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        with open(os.path.join(tmp, base + ".pdf"), "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(_normalise_pdf(data))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _normalise_pdf(data):
    """Replace the creation date and the document ID by fixed values of the same length,
    so that the byte offsets in the xref table stay valid and the output is reproducible."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250314090000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250314090000", data)

    def fix_id(m):
        return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", m.group(0))
    data = re.sub(rb"/ID\s*\[[^\]]*\]", fix_id, data)
    return re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)


# ---------------------------------------------------------------- html rendering
def render_html(doc, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(doc.get("meta_title", "")), "</head>", "<body>"]
    if doc.get("nav"):
        out.append("<header><nav>" + " | ".join(
            '<a href="#%s">%s</a>' % (re.sub(r"\W+", "-", x.lower()), e(x)) for x in doc["nav"])
            + "</nav></header>")
    out.append("<main>")
    for i, line in enumerate(doc["title"]):
        out.append(("<h1>%s</h1>" if i == 0 else '<p class="sub">%s</p>') % e(line))
    for kind, payload in doc["blocks"]:
        if kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append("<h%d>%s</h%d>" % (lvl, e(payload), lvl))
        elif kind == "p":
            out.append("<p>%s</p>" % e(payload))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind + "".join("<li>%s</li>" % e(x) for x in payload) + "</%s>" % kind)
        elif kind == "toc":
            out.append('<nav class="toc"><h2>%s</h2><ol>' % e(doc.get("toc_title", "Inhoud"))
                       + "".join("<li>%s</li>" % e(x) for x in payload) + "</ol></nav>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(payload):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pb":
            out.append("<hr>")
    out.append("</main>")
    if doc.get("footer"):
        out.append("<footer><p>%s</p></footer>" % e(doc["footer"]))
    out += ["</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))

# ============================================================================================
# Plan 1 - PO, formal-juridical voice (articles). Output: .docx
# ============================================================================================
SWV1 = "Stichting Samenwerkingsverband Passend Primair Onderwijs Linge en Betuwe (PO 25-11)"

PLAN1 = {
    "meta_title": "Ondersteuningsplan 2025-2029 SWV PO Linge en Betuwe",
    "author": "Bestuursbureau SWV PO Linge en Betuwe",
    "header": "Ondersteuningsplan 2025-2029 | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen - resultaten - ouders",
    "footer": "SWV PO 25-11 Linge en Betuwe - vastgesteld door het algemeen bestuur op 9 april 2025",
    "title": [
        "Ondersteuningsplan 2025-2029",
        SWV1,
        "Vastgesteld door het algemeen bestuur op 9 april 2025, na instemming van de ondersteuningsplanraad op 25 maart 2025",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
    ],
    "blocks": [
        TOC(
            "Preambule ........................................................ 3",
            "Hoofdstuk 1 Algemene bepalingen ................................... 4",
            "   Artikel 1 Begripsbepalingen ..................................... 4",
            "   Artikel 2 Reikwijdte en planperiode ............................. 6",
            "   Artikel 3 Missie en visie ....................................... 6",
            "Hoofdstuk 2 Organisatie en bestuur ................................ 7",
            "   Artikel 4 Rechtsvorm en aangesloten besturen .................... 7",
            "   Artikel 5 Bestuur en intern toezicht ............................ 8",
            "   Artikel 6 Ondersteuningsplanraad ................................ 8",
            "   Artikel 7 Op overeenstemming gericht overleg met gemeenten ....... 9",
            "Hoofdstuk 3 Ondersteuning ......................................... 10",
            "   Artikel 8 Basisondersteuning .................................... 10",
            "   Artikel 9 Extra ondersteuning en arrangementen .................. 12",
            "   Artikel 10 Dekkend aanbod en thuiszitters ....................... 13",
            "Hoofdstuk 4 Toelaatbaarheid ....................................... 14",
            "   Artikel 11 Aanvraag toelaatbaarheidsverklaring .................. 14",
            "   Artikel 12 Criteria ............................................. 15",
            "   Artikel 13 Deskundigenadvies .................................... 16",
            "   Artikel 14 Geldigheidsduur en bekostigingscategorie ............. 16",
            "   Artikel 15 Afloop van de toelaatbaarheidsverklaring ............. 17",
            "   Artikel 16 Bezwaar .............................................. 17",
            "Hoofdstuk 5 Geld en middelen ...................................... 18",
            "   Artikel 17 Toedeling van middelen ............................... 18",
            "   Artikel 18 Meerjarenbegroting ................................... 19",
            "   Artikel 19 Verantwoording ....................................... 20",
            "   Artikel 20 Reserves en risico's ................................. 20",
            "Hoofdstuk 6 Ouders ................................................ 21",
            "   Artikel 21 Informatievoorziening ................................ 21",
            "   Artikel 22 Onafhankelijke ondersteuning van ouders .............. 21",
            "   Artikel 23 Klachten en geschillen ............................... 22",
            "Hoofdstuk 7 Kwaliteit, resultaten en personeel .................... 23",
            "   Artikel 24 Kwaliteitszorg en resultaten ......................... 23",
            "   Artikel 25 Personeel en deskundigheid ........................... 23",
            "   Artikel 26 Verwerking van persoonsgegevens ...................... 24",
            "Hoofdstuk 8 Slotbepalingen ........................................ 25",
        ),
        PB(),
        H1("Preambule"),
        P("Het algemeen bestuur van de Stichting Samenwerkingsverband Passend Primair Onderwijs Linge en Betuwe, "
          "gelet op artikel 18a van de Wet op het primair onderwijs, artikel 28a van de Wet op de expertisecentra en "
          "artikel 14a van de Wet medezeggenschap op scholen, overwegende dat het samenwerkingsverband ten minste "
          "eenmaal per vier jaar een ondersteuningsplan dient vast te stellen en dat het ondersteuningsplan voor de "
          "periode 2021-2025 per 31 juli 2025 afloopt, stelt het navolgende ondersteuningsplan vast."),
        P("Dit ondersteuningsplan is opgesteld in de vorm van een reglement. Daarmee beoogt het bestuur de rechten en "
          "verplichtingen van het samenwerkingsverband, de aangesloten schoolbesturen en de scholen eenduidig vast te "
          "leggen. Waar in dit plan wordt gesproken van ouders, worden daaronder tevens verzorgers en voogden "
          "begrepen. De toelichting bij de artikelen maakt geen deel uit van de bindende tekst, tenzij in het artikel "
          "anders is bepaald."),
        P("Het bestuur dankt de leden van de ondersteuningsplanraad, de directeuren en intern begeleiders van de scholen, "
          "de vertegenwoordigers van de gemeenten Lingedal, Betuwehoek en Waalkant en de medewerkers van het "
          "bestuursbureau voor hun inbreng. Het bestuur spreekt de verwachting uit dat dit plan bijdraagt aan goede "
          "resultaten voor alle leerlingen in de regio, en in het bijzonder voor leerlingen die extra ondersteuning "
          "behoeven."),
        H1("Hoofdstuk 1 Algemene bepalingen"),
        H2("Artikel 1 Begripsbepalingen"),
        P("In dit ondersteuningsplan wordt verstaan onder:"),
        UL(
            "a. samenwerkingsverband: de stichting genoemd in de preambule, ingeschreven bij de Kamer van Koophandel;",
            "b. bevoegd gezag: het bestuur van een rechtspersoon die een of meer scholen in stand houdt en bij het samenwerkingsverband is aangesloten;",
            "c. basisondersteuning: het door het samenwerkingsverband afgesproken geheel van preventieve en licht curatieve interventies dat binnen de ondersteuningsstructuur van iedere school wordt geboden;",
            "d. extra ondersteuning: alle ondersteuning die de basisondersteuning te boven gaat;",
            "e. arrangement: een samenhangend pakket van ondersteuning, toegekend aan een leerling of groep leerlingen;",
            "f. toelaatbaarheidsverklaring (TLV): de beschikking van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal basisonderwijs of het speciaal onderwijs;",
            "g. terugplaatsing: de overgang van een leerling van het speciaal (basis)onderwijs naar het reguliere basisonderwijs;",
            "h. ondersteuningsmiddelen: de middelen die het samenwerkingsverband ingevolge de wet ontvangt voor lichte en zware ondersteuning;",
            "i. dekkend aanbod: het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is;",
            "j. zorgplicht: de verplichting van het bevoegd gezag om een aangemelde leerling die extra ondersteuning behoeft een passende onderwijsplek aan te bieden;",
            "k. ondersteuningsplanraad (OPR): de raad bedoeld in artikel 4a van de Wet medezeggenschap op scholen;",
            "l. ouder- en jeugdsteunpunt: een onafhankelijk steunpunt voor ouders en jeugdigen als bedoeld in de wet;",
            "m. resultaten: de beoogde en bereikte kwalitatieve en kwantitatieve uitkomsten van het onderwijs aan leerlingen die extra ondersteuning behoeven;",
            "n. ontwikkelingsperspectief (OPP): het document als bedoeld in artikel 40a van de Wet op het primair onderwijs;",
            "o. OOGO: op overeenstemming gericht overleg als bedoeld in artikel 18a, negende lid, van de Wet op het primair onderwijs.",
        ),
        H2("Artikel 2 Reikwijdte en planperiode"),
        P("1. Dit ondersteuningsplan is van toepassing op alle vestigingen van scholen voor basisonderwijs, speciaal "
          "basisonderwijs en speciaal onderwijs (cluster 3 en 4) van de bij het samenwerkingsverband aangesloten "
          "bevoegde gezagsorganen."),
        P("2. Het plan geldt voor de periode van 1 augustus 2025 tot en met 31 juli 2029. Het bestuur kan het plan "
          "tussentijds wijzigen; een wijziging behoeft de instemming van de ondersteuningsplanraad."),
        P("3. Het samenwerkingsverband omvat het grondgebied van de gemeenten Lingedal, Betuwehoek en Waalkant. Op "
          "de teldatum 1 oktober 2024 stonden op de scholen van de aangesloten besturen 11.840 leerlingen "
          "ingeschreven, verdeeld over 52 vestigingen voor basisonderwijs, 2 scholen voor speciaal basisonderwijs en "
          "3 locaties voor speciaal onderwijs."),
        H2("Artikel 3 Missie en visie"),
        P("1. Het samenwerkingsverband stelt zich ten doel dat iedere leerling in de regio een ononderbroken "
          "ontwikkelingsproces kan doorlopen en, indien de leerling extra ondersteuning behoeft, een zo passend "
          "mogelijke plaats in het onderwijs ontvangt."),
        P("2. Het samenwerkingsverband gaat ervan uit dat leerlingen zo veel mogelijk thuisnabij onderwijs volgen, dat "
          "ouders en school als partners optrekken en dat de deskundigheid van leraren de belangrijkste hefboom is voor "
          "passend onderwijs. Middelen worden zo dicht mogelijk bij de leerling ingezet."),
        P("3. De visie van het samenwerkingsverband is samengevat in de kernwaarden nabij, samen en deskundig. Deze "
          "kernwaarden liggen ten grondslag aan de keuzes die in de volgende hoofdstukken zijn vastgelegd."),
        H1("Hoofdstuk 2 Organisatie en bestuur"),
        H2("Artikel 4 Rechtsvorm en aangesloten besturen"),
        P("1. Het samenwerkingsverband is een stichting. Bij het samenwerkingsverband zijn zeven bevoegde "
          "gezagsorganen aangesloten: Stichting Openbaar Onderwijs Lingedal, Vereniging Christelijk Onderwijs "
          "Betuwehoek, Stichting Katholiek Primair Onderwijs Waalkant, Stichting Het Rivierland, Stichting Eigenwijs "
          "Onderwijs, Stichting Speciaal Onderwijs De Uiterwaard en de Vereniging voor Vrijeschoolonderwijs Betuwe."),
        P("2. De statuten van het samenwerkingsverband bevatten een regeling voor de beslechting van geschillen tussen "
          "de aangesloten besturen, als bedoeld in artikel 18a, vierde lid, van de wet."),
        H2("Artikel 5 Bestuur en intern toezicht"),
        P("1. Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht volgens het "
          "raad-van-toezichtmodel. Het bestuur berust bij een directeur-bestuurder. De raad van toezicht bestaat uit "
          "vijf leden, van wie drie op voordracht van de aangesloten besturen en twee onafhankelijke leden."),
        P("2. Het algemeen bestuur, waarin ieder aangesloten bevoegd gezag met een stem is vertegenwoordigd, stelt het "
          "ondersteuningsplan, de begroting en het jaarverslag vast, op voorstel van de directeur-bestuurder."),
        P("3. De directeur-bestuurder wordt ondersteund door een bestuursbureau, bestaande uit een "
          "beleidsmedewerker, een controller, een secretariaat en de medewerkers van het Loket Passend Onderwijs."),
        H2("Artikel 6 Ondersteuningsplanraad"),
        P("1. Het samenwerkingsverband kent een ondersteuningsplanraad van twaalf leden, voor de helft gekozen uit en "
          "door het personeel en voor de helft uit en door de ouders van de medezeggenschapsraden van de aangesloten "
          "scholen."),
        P("2. De ondersteuningsplanraad heeft instemmingsrecht op de vaststelling en wijziging van het "
          "ondersteuningsplan. Het bestuur overlegt ten minste viermaal per schooljaar met de ondersteuningsplanraad. "
          "De ondersteuningsplanraad heeft op 25 maart 2025 met dit plan ingestemd."),
        H2("Artikel 7 Op overeenstemming gericht overleg met gemeenten"),
        P("1. Het ontwerp van dit ondersteuningsplan is op 3 februari 2025 besproken in een op overeenstemming gericht "
          "overleg met de colleges van burgemeester en wethouders van de gemeenten Lingedal, Betuwehoek en Waalkant. "
          "Het overleg is afgerond met overeenstemming."),
        P("2. Het samenwerkingsverband en de gemeenten werken samen op de thema's jeugdhulp in en om de school, "
          "leerlingenvervoer, onderwijshuisvesting, leerplicht en thuiszitters. Zij hebben afgesproken dat een "
          "jeugdhulpverlener van het lokale team op iedere school ten minste eenmaal per maand aanschuift bij het "
          "ondersteuningsteam, en dat onderwijs-zorgarrangementen voor leerlingen in het speciaal onderwijs "
          "gezamenlijk worden gefinancierd op basis van een jaarlijks vast te stellen convenant."),
        P("3. Met het Samenwerkingsverband VO Rivierenland, waarvan het werkgebied overlapt, is op 12 februari 2025 "
          "overleg gevoerd over het ontwerpplan, in het bijzonder over de overstap van het primair naar het "
          "voortgezet onderwijs."),
        H1("Hoofdstuk 3 Ondersteuning"),
        H2("Artikel 8 Basisondersteuning"),
        P("1. Iedere vestiging van een school voor basisonderwijs van de aangesloten besturen biedt ten minste de "
          "basisondersteuning zoals omschreven in dit artikel. Dit niveau geldt als de gezamenlijke ondergrens binnen "
          "het samenwerkingsverband; een bevoegd gezag kan geen lager niveau vaststellen in het "
          "schoolondersteuningsprofiel of de schoolgids."),
        P("2. De basisondersteuning omvat in ieder geval de volgende voorzieningen:"),
        UL(
            "a. een intern begeleider met een aanstelling van ten minste 0,1 fte per honderd leerlingen, die de leerlingbesprekingen voorbereidt en leraren coacht;",
            "b. een ondersteuningsteam dat ten minste zesmaal per schooljaar bijeenkomt, met deelname van de intern begeleider, de directeur, een orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk werker of jeugdhulpverlener;",
            "c. een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, met inbegrip van vroegsignalering in groep 2 en 3;",
            "d. een aanbod voor leerlingen met een meer dan gemiddelde ontwikkeling, ten minste in de vorm van verrijking binnen de groep en compacting;",
            "e. een aanpak voor sociale veiligheid en gedrag, met een gevalideerde methode voor sociaal-emotioneel leren en een anti-pestcoordinator;",
            "f. handelingsgericht en planmatig werken met groepsoverzichten, twee groepsbesprekingen per schooljaar en een ontwikkelingsperspectief voor iedere leerling die op een of meer vakgebieden een eigen leerlijn volgt;",
            "g. een protocol medisch handelen, met geinstrueerd personeel voor het toedienen van medicijnen en eenvoudige medische handelingen;",
            "h. preventief ambulante begeleiding door het expertiseteam van het samenwerkingsverband, op verzoek van de school, van maximaal tien contactmomenten per leerling per schooljaar zonder aanvraagprocedure.",
        ),
        P("3. De voorzieningen bedoeld in het tweede lid zijn voor iedere leerling beschikbaar zonder dat daartoe een "
          "aanvraag bij het samenwerkingsverband wordt gedaan. Ouders kunnen ervan uitgaan dat iedere school in het "
          "samenwerkingsverband deze voorzieningen aanbiedt."),
        P("4. Het bevoegd gezag beschrijft in de schoolgids van iedere school op welke wijze de school de "
          "basisondersteuning invult en welke extra ondersteuning de school daarnaast biedt."),
        P("5. Het samenwerkingsverband toetst eenmaal per twee schooljaren bij iedere vestiging door middel van een "
          "auditgesprek, afgenomen door een orthopedagoog van het samenwerkingsverband en een intern begeleider van een "
          "andere school, of de basisondersteuning wordt geboden. Indien een vestiging niet aan het niveau voldoet, "
          "stelt het bevoegd gezag binnen drie maanden een verbeterplan op; de directeur-bestuurder bespreekt de "
          "uitvoering daarvan in het bestuurlijk overleg."),
        H2("Artikel 9 Extra ondersteuning en arrangementen"),
        P("1. Ondersteuning die de basisondersteuning te boven gaat, wordt geboden in een ondersteuningscontinuum van "
          "vier niveaus:"),
        UL(
            "niveau 1: extra ondersteuning binnen de eigen school, bekostigd uit het schoolbudget bedoeld in artikel 17, zoals een remedial teacher of een gedragsspecialist;",
            "niveau 2: een arrangement van het samenwerkingsverband op de eigen school, bijvoorbeeld ambulante begeleiding door het expertiseteam, een taalklas voor nieuwkomers of een arrangement voor jonge risicoleerlingen;",
            "niveau 3: een bovenschoolse voorziening, te weten de plusklas De Vonk voor hoogbegaafde leerlingen (een dag per week) en de observatiegroep De Overstap op de locatie van sbo De Wissel, voor maximaal twaalf weken;",
            "niveau 4: plaatsing op een school voor speciaal basisonderwijs (sbo De Wissel of sbo Het Baken) of speciaal onderwijs (so De Uiterwaard, cluster 3 en 4, drie locaties), op grond van een toelaatbaarheidsverklaring.",
        ),
        P("2. Een arrangement op niveau 2 of 3 wordt aangevraagd door het bevoegd gezag van de school waar de leerling is "
          "ingeschreven, na bespreking in het ondersteuningsteam. Het Loket Passend Onderwijs besluit binnen vier weken. "
          "Een arrangement wordt toegekend voor ten hoogste een schooljaar en kan eenmaal worden verlengd."),
        P("3. Het samenwerkingsverband draagt zorg voor de afstemming tussen de niveaus, zodat een leerling zonder "
          "onderbreking van het ene naar het andere niveau kan overgaan."),
        H2("Artikel 10 Dekkend aanbod en thuiszitters"),
        P("1. Het samenwerkingsverband zal in de loop van de planperiode een analyse doen van de mate waarin het aanbod "
          "bedoeld in artikel 9 toereikend is. De uitkomsten en de daaruit voortvloeiende maatregelen worden te zijner "
          "tijd aan het algemeen bestuur en de ondersteuningsplanraad voorgelegd."),
        P("2. Het bestuur stelt, na overleg met de gemeenten, een nadere regeling vast met betrekking tot leerlingen die "
          "geen onderwijs volgen. Tot die regeling is vastgesteld, blijft de werkwijze van de vorige planperiode van "
          "toepassing."),
        H1("Hoofdstuk 4 Toelaatbaarheid"),
        H2("Artikel 11 Aanvraag toelaatbaarheidsverklaring"),
        P("1. Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
          "aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven, of, indien de leerling "
          "niet is ingeschreven, van de school waar de leerling is aangemeld."),
        P("2. De aanvraag wordt digitaal ingediend bij het Loket Passend Onderwijs en gaat vergezeld van: het "
          "ontwikkelingsperspectief, het verslag van ten minste twee besprekingen in het ondersteuningsteam, een "
          "overzicht van de geboden ondersteuning en de resultaten daarvan, en de zienswijze van de ouders."),
        P("3. De Commissie Toelaatbaarheid van het samenwerkingsverband, waarin de directeur-bestuurder als voorzitter "
          "en twee orthopedagogen zitting hebben, neemt binnen zes weken na ontvangst van de volledige aanvraag een "
          "besluit. Deze termijn kan eenmaal met ten hoogste vier weken worden verdaagd."),
        P("4. In spoedeisende gevallen, waaronder een crisissituatie waarin de leerling het onderwijs niet langer kan "
          "volgen, besluit de commissie binnen tien werkdagen; de toelaatbaarheidsverklaring geldt dan voor ten "
          "hoogste zes maanden."),
        H2("Artikel 12 Criteria"),
        P("1. Een leerling is toelaatbaar tot het speciaal basisonderwijs indien cumulatief is voldaan aan de volgende "
          "criteria:"),
        UL(
            "a. de ondersteuningsbehoefte van de leerling overstijgt de basisondersteuning en de extra ondersteuning op niveau 1 en 2 die de school met inzet van arrangementen kan bieden;",
            "b. gedurende ten minste een half jaar is planmatig en handelingsgericht gewerkt volgens een ontwikkelingsperspectief, zonder dat de beoogde ontwikkeling is bereikt;",
            "c. de leerling heeft blijkens het ontwikkelingsperspectief behoefte aan onderwijs in een kleinere groep met een specifiek pedagogisch klimaat gedurende de gehele schooldag.",
        ),
        P("2. Een leerling is toelaatbaar tot het speciaal onderwijs, cluster 3 of 4, indien naast het bepaalde in het "
          "eerste lid onder a en b sprake is van een ernstige beperking, stoornis of gedragsproblematiek die "
          "intensieve, specialistische begeleiding vereist die ook in het speciaal basisonderwijs niet kan worden "
          "geboden, of indien de leerling een ernstig meervoudige beperking of een zeer moeilijk lerend profiel "
          "(IQ-indicatie lager dan 55) heeft."),
        P("3. Bij twijfel over de toepassing van de criteria weegt de commissie de mogelijkheid van een arrangement op "
          "niveau 3 zwaarder dan plaatsing in het speciaal onderwijs."),
        H2("Artikel 13 Deskundigenadvies"),
        P("Voordat de Commissie Toelaatbaarheid besluit, wint zij advies in van twee deskundigen: een orthopedagoog "
          "of psycholoog en, afhankelijk van de problematiek, een tweede deskundige (een kinderpsychiater, een "
          "maatschappelijk werker, een arts of een pedagoog). De deskundigen brengen ieder afzonderlijk een schriftelijk "
          "advies uit en zijn niet betrokken geweest bij de voorbereiding van de aanvraag. Ouders ontvangen een afschrift "
          "van de adviezen."),
        H2("Artikel 14 Geldigheidsduur en bekostigingscategorie"),
        P("1. Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs wordt afgegeven voor twee schooljaren. "
          "Een toelaatbaarheidsverklaring voor het speciaal onderwijs wordt afgegeven voor ten hoogste drie "
          "schooljaren, tenzij sprake is van een ernstig meervoudige beperking; in dat geval geldt de verklaring tot het "
          "einde van de basisschoolperiode."),
        P("2. De toelaatbaarheidsverklaring voor het speciaal onderwijs vermeldt de bekostigingscategorie laag, midden "
          "of hoog. Categorie midden wordt toegekend aan leerlingen met een lichamelijke beperking of langdurige ziekte; "
          "categorie hoog aan leerlingen met een meervoudige beperking; in alle overige gevallen categorie laag."),
        H2("Artikel 15 Afloop van de toelaatbaarheidsverklaring"),
        P("1. Het samenwerkingsverband gaat ervan uit dat plaatsing in het speciaal basisonderwijs of het speciaal "
          "onderwijs in beginsel tijdelijk is. Terugplaatsing naar een reguliere basisschool, bij voorkeur in de eigen "
          "woonkern, is het uitgangspunt zodra het ontwikkelingsperspectief van de leerling daartoe aanleiding geeft."),
        P("2. Terugplaatsing is aangewezen indien de ondersteuningsbehoefte van de leerling binnen de "
          "basisondersteuning en een arrangement op niveau 2 kan worden opgevangen en de leerling zich naar verwachting "
          "in een reguliere groep kan handhaven. Instroom in de reguliere school geschiedt bij voorkeur aan het begin "
          "van een schooljaar of na een vakantie, zodat de leerling met de groep kan starten."),
        P("3. Na terugplaatsing ontvangt de ontvangende school gedurende een schooljaar een terugplaatsingsarrangement, "
          "bestaande uit ambulante begeleiding vanuit de school van herkomst van twee uur per week en een budget van "
          "EUR 3.500 voor inzet van een onderwijsassistent."),
        P("4. De stappen, termijnen en verantwoordelijkheden bij terugplaatsing en bij het aflopen van een "
          "toelaatbaarheidsverklaring worden door de directeur-bestuurder vastgelegd in het Protocol terugplaatsing "
          "(bijlage 5, separaat document)."),
        H2("Artikel 16 Bezwaar"),
        P("1. Tegen een besluit over de toelaatbaarheid kan een belanghebbende binnen zes weken na de dag van "
          "bekendmaking bezwaar maken bij het bestuur van het samenwerkingsverband."),
        P("2. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen "
          "(LBT), die het bestuur over het bezwaar adviseert. Het bestuur beslist binnen zes weken na ontvangst van het "
          "advies."),
        H1("Hoofdstuk 5 Geld en middelen"),
        H2("Artikel 17 Toedeling van middelen"),
        P("1. Het samenwerkingsverband ontvangt jaarlijks de rijksbekostiging voor lichte en zware ondersteuning. Na "
          "aftrek van de afdrachten aan het speciaal basisonderwijs en het speciaal onderwijs, bepaald op de teldatum "
          "1 oktober en de peildatum 1 februari, worden de middelen als volgt toegedeeld:"),
        UL(
            "a. ieder bevoegd gezag ontvangt een schoolbudget ter hoogte van EUR 155 per ingeschreven leerling op de teldatum 1 oktober van het voorafgaande jaar, vermeerderd met een vaste voet van EUR 6.000 per vestiging;",
            "b. arrangementen op niveau 2 en 3 worden bekostigd uit een centraal arrangementenbudget; het Loket Passend Onderwijs kent per arrangement een bedrag toe volgens de normbedragen in de jaarbegroting (in 2025: EUR 4.200 voor een regulier arrangement, EUR 9.500 voor een intensief arrangement);",
            "c. de kosten van het bestuursbureau, het expertiseteam en de Commissie Toelaatbaarheid worden rechtstreeks uit de ondersteuningsmiddelen bekostigd en bedragen ten hoogste 12 procent van de totale baten.",
        ),
        P("2. Het schoolbudget wordt uiterlijk 1 oktober van enig jaar bij beschikking vastgesteld en in twee termijnen "
          "uitgekeerd. Het bevoegd gezag besteedt het schoolbudget uitsluitend aan extra ondersteuning op niveau 1."),
        H2("Artikel 18 Meerjarenbegroting"),
        P("De meerjarenbegroting van het samenwerkingsverband luidt als volgt (bedragen in euro's, prijspeil 2025):"),
        TBL(
            ["Post", "2025", "2026", "2027", "2028"],
            ["Baten rijksbekostiging lichte en zware ondersteuning", "10.215.000", "10.060.000", "9.930.000", "9.870.000"],
            ["Afdracht sbo en so (DUO)", "-5.480.000", "-5.420.000", "-5.360.000", "-5.310.000"],
            ["Schoolbudgetten besturen (art. 17 lid 1 a)", "2.147.000", "2.120.000", "2.095.000", "2.080.000"],
            ["Arrangementenbudget (niveau 2 en 3)", "1.150.000", "1.120.000", "1.100.000", "1.090.000"],
            ["Plusklas De Vonk en observatiegroep De Overstap", "310.000", "315.000", "320.000", "320.000"],
            ["Expertiseteam en Commissie Toelaatbaarheid", "640.000", "650.000", "655.000", "660.000"],
            ["Bestuursbureau en huisvesting", "520.000", "525.000", "530.000", "535.000"],
            ["Resultaat", "-32.000", "-90.000", "-130.000", "-125.000"],
        ),
        P("Het negatieve resultaat in de jaren 2025 tot en met 2028 wordt gedekt uit de algemene reserve, als bedoeld in "
          "artikel 20."),
        H2("Artikel 19 Verantwoording"),
        P("Ieder bevoegd gezag legt jaarlijks voor 1 juni verantwoording af over de besteding van het schoolbudget en de "
          "toegekende arrangementen over het voorafgaande kalenderjaar, door middel van het door het "
          "samenwerkingsverband vastgestelde verantwoordingsformat. Niet bestede of niet verantwoorde middelen worden "
          "teruggevorderd of verrekend met het volgende schoolbudget."),
        H2("Artikel 20 Reserves en risico's"),
        P("Het samenwerkingsverband houdt een algemene reserve aan ter grootte van ten hoogste 5 procent van de totale "
          "baten. Op 31 december 2024 bedroeg de algemene reserve EUR 742.000. Het deel boven de signaleringswaarde "
          "wordt in de planperiode ingezet zoals in de meerjarenbegroting is weergegeven. De controller rapporteert "
          "tweemaal per jaar aan de raad van toezicht over de financiele risico's, waaronder de ontwikkeling van de "
          "afdrachten aan het speciaal onderwijs."),
        H1("Hoofdstuk 6 Ouders"),
        H2("Artikel 21 Informatievoorziening"),
        P("1. Het samenwerkingsverband informeert ouders over de ondersteuningsvoorzieningen in de regio via de "
          "website, een ouderbrochure die jaarlijks aan iedere school wordt verstrekt en in vijf talen beschikbaar is, "
          "en twee informatieavonden per schooljaar voor ouders van leerlingen met een ondersteuningsbehoefte."),
        P("2. Het bevoegd gezag draagt er zorg voor dat de schoolgids van iedere school de basisondersteuning, de extra "
          "ondersteuning van de school en de contactgegevens van het Loket Passend Onderwijs vermeldt."),
        P("3. Het Loket Passend Onderwijs is op werkdagen telefonisch bereikbaar voor vragen van ouders over "
          "arrangementen en toelaatbaarheidsverklaringen."),
        H2("Artikel 22 Onafhankelijke ondersteuning van ouders"),
        P("1. Het samenwerkingsverband draagt zorg voor een onafhankelijk ouder- en jeugdsteunpunt, ondergebracht bij "
          "de Stichting Ouderkracht Rivierenland, waar ouders en jeugdigen kosteloos terecht kunnen voor informatie, "
          "advies en begeleiding bij vragen of onenigheid over ondersteuning. Het steunpunt maakt geen deel uit van "
          "de organisatie van het samenwerkingsverband en is gehouden uitsluitend het belang van de leerling te dienen."),
        P("2. Ouders worden daarnaast gewezen op de mogelijkheid om de Onderwijsconsulenten in te schakelen wanneer "
          "een passende onderwijsplek uitblijft."),
        H2("Artikel 23 Klachten en geschillen"),
        P("Het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs en bij de "
          "Geschillencommissie Passend Onderwijs. Een klacht over een gedraging van het samenwerkingsverband kan "
          "schriftelijk bij de directeur-bestuurder of rechtstreeks bij de klachtencommissie worden ingediend."),
        H1("Hoofdstuk 7 Kwaliteit, resultaten en personeel"),
        H2("Artikel 24 Kwaliteitszorg en resultaten"),
        P("1. Het samenwerkingsverband beschikt over een stelsel van kwaliteitszorg, dat bij afzonderlijk besluit van "
          "het algemeen bestuur wordt vastgesteld."),
        P("2. Het algemeen bestuur stelt in het eerste jaar van de planperiode, op voorstel van de directeur-bestuurder "
          "en gehoord de ondersteuningsplanraad, vast welke resultaten het samenwerkingsverband beoogt voor leerlingen "
          "die extra ondersteuning behoeven en op welke wijze die resultaten worden vastgesteld. Dit besluit wordt als "
          "aanvulling op dit plan gevoegd."),
        H2("Artikel 25 Personeel en deskundigheid"),
        P("1. Het samenwerkingsverband is werkgever van de medewerkers van het bestuursbureau en het expertiseteam. "
          "Het expertiseteam bestaat uit vier orthopedagogen, zes ambulant begeleiders en een jeugdarts "
          "(gedetacheerd), in totaal 9,4 fte."),
        P("2. Het samenwerkingsverband organiseert jaarlijks een netwerk voor intern begeleiders (vier bijeenkomsten) en "
          "een studiedag passend onderwijs voor alle leraren van de aangesloten scholen. Bevoegde gezagsorganen dragen "
          "zorg voor de scholing van hun personeel in handelingsgericht werken."),
        P("3. Op het personeel van het samenwerkingsverband is de cao primair onderwijs van toepassing. Het "
          "samenwerkingsverband heeft een personeelsgeleding in de medezeggenschapsraad van het samenwerkingsverband."),
        H2("Artikel 26 Verwerking van persoonsgegevens"),
        P("1. Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, voor zover "
          "noodzakelijk voor de toedeling van middelen en voorzieningen, de beoordeling van de toelaatbaarheid en de "
          "advisering over de ondersteuningsbehoefte."),
        P("2. Gegevens in het dossier van een aanvraag worden bewaard tot drie jaar na het besluit. Het "
          "samenwerkingsverband beschikt over een functionaris voor gegevensbescherming en een privacyreglement, dat "
          "op de website is gepubliceerd."),
        P("3. Het samenwerkingsverband gebruikt een beveiligde digitale omgeving voor de uitwisseling van dossiers met "
          "scholen, waarbij iedere gebruiker zich met tweestapsverificatie aanmeldt."),
        H1("Hoofdstuk 8 Slotbepalingen"),
        H2("Artikel 27 Inwerkingtreding"),
        P("Dit ondersteuningsplan treedt in werking op 1 augustus 2025 en wordt voor 1 mei 2025 aan de inspectie van "
          "het onderwijs toegezonden. Het ondersteuningsplan 2021-2025 vervalt met ingang van die datum."),
        H2("Artikel 28 Wijziging van het plan"),
        P("1. Wijzigingen van dit plan "
          "worden vastgesteld na instemming van de ondersteuningsplanraad en, voor zover zij onderwerpen van het "
          "op overeenstemming gericht overleg betreffen, na overleg met de gemeenten."),
        P("2. In gevallen waarin dit plan niet voorziet, beslist de directeur-bestuurder, gehoord de raad van toezicht."),
        H2("Artikel 29 Citeertitel"),
        P("Dit plan wordt aangehaald als: Ondersteuningsplan SWV PO Linge en Betuwe 2025-2029."),
        H1("Toelichting"),
        P("Algemeen. Dit plan bouwt voort op het plan 2021-2025. Ten opzichte van dat plan zijn de normering van de "
          "basisondersteuning aangescherpt, de criteria voor toelaatbaarheid tot het speciaal basisonderwijs "
          "geexpliciteerd en het verdeelmodel vereenvoudigd. Het bestuur heeft daarbij de aanbevelingen van de "
          "inspectie van het onderwijs uit het vierjaarlijks onderzoek van november 2023 betrokken."),
        P("Artikel 8. De normering van de intern begeleider (ten minste 0,1 fte per honderd leerlingen) is gebaseerd op "
          "een inventarisatie onder de aangesloten scholen in 2024. Scholen die niet aan deze norm voldoen, krijgen "
          "tot 1 augustus 2026 de tijd om de formatie aan te passen."),
        P("Artikel 9. De observatiegroep De Overstap is in 2024 als pilot gestart en wordt in deze planperiode "
          "structureel voortgezet. De plusklas De Vonk wordt gezamenlijk met het Samenwerkingsverband VO Rivierenland "
          "gehuisvest."),
        P("Artikel 15. Het Protocol terugplaatsing wordt door de directeur-bestuurder vastgesteld en op de website "
          "gepubliceerd."),
        P("Artikel 17. De vaste voet per vestiging beoogt kleine scholen in de dorpskernen in staat te stellen "
          "een basisvoorziening voor extra ondersteuning in stand te houden. Het bedrag per leerling is ten opzichte van "
          "het vorige plan verlaagd van EUR 171 naar EUR 155, omdat een groter deel van de middelen via het "
          "arrangementenbudget wordt toegekend."),
    ],
}

# ============================================================================================
# Plan 2 - VO, informal voice ('we', 'jullie', short sentences). Output: .pdf
# ============================================================================================
PLAN2 = {
    "meta_title": "Ondersteuningsplan 2025-2029 SWV VO De Brug Noord",
    "author": "SWV VO De Brug Noord",
    "header": "Ondersteuningsplan 2025-2029 - SWV VO De Brug Noord (VO 22-04) - voor ouders, leerlingen en scholen",
    "footer": "Vragen? Mail ons via info@debrugnoord.example",
    "title": [
        "Samen verder. Ons ondersteuningsplan 2025-2029",
        "Samenwerkingsverband voortgezet onderwijs De Brug Noord (VO 22-04)",
        "Met instemming van de ondersteuningsplanraad, 18 maart 2025",
    ],
    "blocks": [
        TOC(
            "1. Even voorstellen",
            "2. Waarom een nieuw plan?",
            "3. Wie zijn we?",
            "4. Waar we voor gaan",
            "5. Wat elke school biedt: basisondersteuning",
            "6. Als het meer moet zijn",
            "7. Niemand thuis",
            "8. Naar het vso, lwoo of pro",
            "9. Het geld",
            "10. Wat willen we bereiken?",
            "11. Communicatie",
            "12. Samen met de gemeenten",
            "13. Ons team",
            "14. Digitaal en privacy",
            "15. Hoe dit plan tot stand kwam",
            "16. Woordenlijst",
        ),
        PB(),
        H1("1. Even voorstellen"),
        P("Hoi! Fijn dat je dit leest. Dit is het ondersteuningsplan van De Brug Noord. Dat klinkt saai. Dat is het "
          "niet. In dit plan staat hoe we er samen voor zorgen dat elke jongere in onze regio naar school kan. En dat "
          "hij of zij daar de hulp krijgt die nodig is."),
        P("We zijn het samenwerkingsverband voor het voortgezet onderwijs in de gemeenten Veenhoven, Noordermeer en "
          "Aa-Oost. Zes schoolbesturen werken bij ons samen. Samen hebben ze 14 scholen op 23 locaties. Van "
          "praktijkonderwijs tot gymnasium. En twee scholen voor voortgezet speciaal onderwijs."),
        P("We hebben dit plan bewust in gewone taal geschreven. Niet omdat het onderwerp simpel is. Maar omdat "
          "jullie, ouders en leerlingen, het moeten kunnen lezen. En leraren ook, na een lange dag. Staat er een woord "
          "in dat je niet kent? Kijk dan achterin, in de woordenlijst."),
        P("Veel dank aan iedereen die heeft meegedacht. Aan de ondersteuningsplanraad, die kritisch was (terecht). Aan "
          "de leerlingen van het leerlingenpanel, die ons vertelden wat echt werkt. En aan de mensen van de gemeenten. "
          "Zonder jullie was dit plan een stuk dunner geweest."),
        P("Marieke Doornbos, directeur-bestuurder"),
        H1("2. Waarom een nieuw plan?"),
        P("Elke vier jaar moet een samenwerkingsverband een nieuw plan maken. Zo staat het in de wet. Ons vorige plan "
          "liep van 2021 tot 2025. Veel ging goed. Sommige dingen niet."),
        P("We hoorden de afgelopen tijd veel verhalen. Van ouders die de weg niet konden vinden. Van leraren die "
          "verdronken in formulieren. En van jongeren die het gevoel hadden dat er over hen werd gepraat in plaats van "
          "met hen. Die verhalen hebben we meegenomen in dit plan."),
        P("Ook de wereld verandert. Er komt een landelijke norm voor basisondersteuning. Er komen ouder- en "
          "jeugdsteunpunten. En er is een tekort aan leraren. We houden daar rekening mee. Waar dingen nog onzeker "
          "zijn, zeggen we dat eerlijk."),
        H1("3. Wie zijn we?"),
        P("Een paar cijfers, zodat je een beeld hebt. Op 1 oktober 2024 zaten er 9.460 leerlingen op onze scholen. "
          "Ongeveer 38 procent volgt vmbo, 22 procent havo, 19 procent vwo en de rest zit in de brugklassen, het "
          "praktijkonderwijs of het vso."),
        TBL(
            ["Bestuur", "Scholen", "Locaties", "Leerlingen 1-10-2024"],
            ["Stichting VO Veenhoven", "4", "7", "3.120"],
            ["Christelijke Scholengroep Noord", "3", "5", "2.480"],
            ["Stichting Praktijkonderwijs Aa", "1", "2", "410"],
            ["Openbaar Onderwijs Noordermeer", "3", "5", "2.290"],
            ["Stichting Cluster 4 Noord (vso)", "2", "3", "560"],
            ["Vereniging Gereformeerd VO", "1", "1", "600"],
        ),
        P("Het samenwerkingsverband zelf is een stichting. We hebben een directeur-bestuurder en een raad van toezicht. "
          "De schoolbesturen zijn samen de 'eigenaar'. Ze praten mee in het bestuurlijk overleg, vier keer per jaar."),
        H1("4. Waar we voor gaan"),
        P("Onze droom is simpel. Elke jongere gaat naar school. Het liefst dichtbij huis. Met vrienden uit de buurt. "
          "En met de hulp die hij of zij nodig heeft. Niet meer en niet minder."),
        P("We geloven dat dit lukt als we het samen doen. Scholen, ouders, leerlingen, gemeenten en hulpverleners. "
          "Niemand kan het alleen. Daarom heet ons plan ook 'Samen verder'."),
        P("We vroegen het leerlingenpanel wat zij belangrijk vinden. Het antwoord was kort: 'Vraag het ons gewoon.' "
          "Jongeren willen meepraten over wat er met hen gebeurt. Ze willen niet dat volwassenen over hen beslissen in "
          "een overleg waar zij niet bij zijn. We nemen dat serieus. Ook in ons eigen werk: bij elk overleg van onze "
          "consulenten over een jongere zit de jongere zelf aan tafel, tenzij die dat niet wil."),
        P("Drie woorden zijn voor ons belangrijk: dichtbij, op tijd en eerlijk. Dichtbij: hulp zo veel mogelijk in de "
          "eigen school. Op tijd: niet wachten tot het misgaat. Eerlijk: elke school doet mee en elke school draagt bij."),
        H1("5. Wat elke school biedt: basisondersteuning"),
        P("Basisondersteuning is de hulp die elke school geeft. Aan elke leerling die het nodig heeft. Zonder dat je er "
          "iets voor hoeft aan te vragen. We hebben met alle besturen afgesproken dat die basis op elke locatie "
          "hetzelfde minimum is. Het maakt dus niet uit of je op een vmbo-school in Veenhoven zit of op het gymnasium in "
          "Noordermeer: de ondergrens is gelijk. Scholen mogen meer doen. Minder mag niet."),
        P("De basis is ook de grens. Alles wat daarboven komt, noemen we extra ondersteuning. Daarover lees je in het "
          "volgende hoofdstuk."),
        P("Wat zit er dan precies in die basis? Die vraag krijgen we vaak. Het korte antwoord: dat staat in de Kaart "
          "Basisondersteuning. Die Kaart is een apart document dat bij dit plan hoort en op onze website staat. Elke "
          "school neemt de Kaart over in haar schoolgids. Kijk dus ook in de schoolgids van jouw school."),
        P("We werken in 2026 samen met de scholen aan een nieuwe versie van de Kaart. Dan kijken we ook naar de "
          "landelijke norm. Tot die tijd geldt de Kaart uit 2023."),
        H1("6. Als het meer moet zijn"),
        P("Soms is de basis niet genoeg. Dan is er meer mogelijk. We zien dat als een trap met vier treden."),
        UL(
            "Trede 1 - extra hulp op je eigen school. Elke school heeft een ondersteuningscoordinator en een eigen ondersteuningsaanbod, bijvoorbeeld een trajectklas of een vaste plek waar je even tot rust kunt komen. Dat staat in de schoolgids.",
            "Trede 2 - een arrangement van ons op je eigen school. Denk aan een coach van het vso die een paar uur per week meekijkt. Of een training voor de klas. De school vraagt dit aan bij ons Ondersteuningsloket.",
            "Trede 3 - even ergens anders. Ons OPDC De Haven heeft 24 plekken. Jongeren zitten daar maximaal twaalf weken, met de bedoeling dat ze daarna terug kunnen naar hun eigen school. Voor jongeren die even uit de klas moeten, is er de Rebound op twee locaties.",
            "Trede 4 - het voortgezet speciaal onderwijs. Op de vso-scholen De Horizon en Het Anker zijn de klassen klein en is er veel specialistische begeleiding.",
        ),
        P("De treden sluiten op elkaar aan. Je hoeft niet per se alle treden te doorlopen. Soms is meteen trede 3 "
          "nodig. Het ondersteuningsteam van de school kijkt samen met jou en je ouders wat past. Onze consulenten "
          "schuiven aan als de school dat vraagt."),
        P("Voor jongeren die hoogbegaafd zijn, is er op drie scholen een plusprogramma. Voor nieuwkomers is er de ISK "
          "in Veenhoven. En voor jongeren die naast school zorg krijgen, maken we samen met de gemeente een "
          "onderwijs-zorgarrangement."),
        H1("7. Niemand thuis"),
        P("Geen enkele jongere hoort thuis te zitten. Toch gebeurt het. Op 1 oktober 2024 zaten 31 jongeren in onze regio "
          "langer dan vier weken zonder onderwijs thuis. Dat zijn er 31 te veel."),
        P("Wat doen we eraan? Zo pakken we het aan:"),
        UL(
            "Elke school meldt een jongere die langer dan twee weken niet (volledig) naar school gaat bij de leerplichtambtenaar en bij ons. Dat is een afspraak tussen alle besturen.",
            "Binnen twee weken na de melding ligt er een plan. Onze consulent regelt een overleg met de school, de ouders, de jongere en als het nodig is de jeugdhulp.",
            "Elke maand komt de Thuiszitterstafel bij elkaar. Daar zitten wij, de leerplicht, de jeugdhulp van de drie gemeenten en een schoolleider. We bespreken iedere jongere die na zes weken nog geen plek heeft.",
            "Komen we er niet uit? Dan neemt onze directeur-bestuurder een besluit over de plek. Dat heet doorzettingsmacht. De besturen hebben afgesproken dat ze dat besluit volgen.",
        ),
        P("Ook kijken we elk jaar in maart waar het aanbod tekortschiet. Waar zijn wachtlijsten? Voor welke jongeren is "
          "er geen plek? In 2024 bleek dat er geen goede plek was voor havo- en vwo-leerlingen met autisme die veel "
          "prikkels ervaren. Daarom start in augustus 2026 een prikkelarme klas op het Noorderlicht College, met 16 "
          "plekken. Ontdekken we een nieuw gat, dan bespreekt het bestuurlijk overleg binnen drie maanden welke school "
          "of welk bestuur het oppakt."),
        P("En de zorgplicht? Die ligt bij de school waar je je aanmeldt. Die school moet een passende plek vinden. Lukt "
          "dat niet op de eigen school, dan zoekt de school samen met ons binnen het hele verband verder."),
        H1("8. Naar het vso, lwoo of pro"),
        P("Soms is een plek in het voortgezet speciaal onderwijs nodig. Of heeft een leerling recht op "
          "leerwegondersteuning (lwoo) of praktijkonderwijs (pro). Daarvoor is een toelaatbaarheidsverklaring of een "
          "aanwijzing nodig."),
        P("Hoe je dat aanvraagt en wanneer een leerling ervoor in aanmerking komt, hebben we uitgeschreven in de "
          "Toewijzingswijzer. Die staat op onze website. We passen hem elk jaar aan, en daarom herhalen we de "
          "regels hier niet."),
        P("Wat we hier wel willen vertellen: een plek in het vso is wat ons betreft nooit voor altijd. We willen dat "
          "jongeren terug kunnen naar een gewone school als dat kan. Dichtbij huis en met leeftijdgenoten uit de buurt. "
          "Dat lukt alleen als je dat goed voorbereidt. En als de jongere daarna niet aan zijn lot wordt overgelaten. "
          "Daarom hebben we dit afgesproken:"),
        OL(
            "Twee keer per jaar bespreekt de vso-school het ontwikkelingsperspectief met de jongere en de ouders. Bij elk gesprek staat de vraag op tafel: kan terug naar het regulier onderwijs?",
            "In het laatste jaar van de TLV moet de vso-school uiterlijk 1 februari beoordelen of terugplaatsing mogelijk is. De vso-school neemt daarvoor het initiatief, niet de ouders.",
            "Lijkt terugkeer mogelijk? Dan nodigt de vso-school de jongere, de ouders en een consulent van ons uit voor een terugkeergesprek. Samen kiezen ze een school.",
            "De ontvangende school beslist binnen zes weken over de aanmelding. Dat is de gewone zorgplicht.",
            "Daarna volgt een proefperiode van acht weken. De jongere blijft in die tijd ingeschreven op het vso. Na acht weken evalueren de twee scholen, de ouders en de jongere samen.",
            "Gaat het goed? Dan wordt de jongere ingeschreven op de nieuwe school en eindigt de TLV. Gaat het niet goed? Dan blijft de jongere op het vso en kijken we samen hoe het verder moet.",
        ),
        P("Na de overstap krijgt de ontvangende school een jaar lang een terugkeerarrangement. Dat betekent: twee uur "
          "per week begeleiding door een ambulant begeleider van de vso-school. Wij betalen dat: EUR 4.000 per jongere. "
          "Ook houdt de consulent na drie en na zes maanden contact met de school en de ouders."),
        P("Kan een jongere niet terug naar het regulier onderwijs, maar wel naar een andere vso-school of naar het "
          "praktijkonderwijs? Dan volgen we dezelfde stappen."),
        H1("9. Het geld"),
        P("Wij krijgen elk jaar geld van het Rijk voor passend onderwijs. Dat is ongeveer 8,5 miljoen euro. Een groot "
          "deel daarvan gaat direct naar het vso. Dat regelt DUO. Over de rest beslissen we zelf. Zo verdelen we het:"),
        UL(
            "Elke school krijgt een vaste voet van EUR 25.000 per locatie. Zo kan ook een kleine school een ondersteuningscoordinator betalen.",
            "Daarbovenop krijgt elke school EUR 120 per leerling. We tellen de leerlingen op 1 oktober van het jaar ervoor.",
            "Praktijkonderwijs en lwoo krijgen een eigen bedrag per leerling. Dat bedrag leggen we elk jaar vast in de jaarbegroting.",
            "Arrangementen (trede 2) betalen we uit een apart potje. Het Ondersteuningsloket beslist binnen drie weken. Er zijn drie soorten: licht (EUR 2.500), middel (EUR 5.000) en zwaar (EUR 9.000). Welke soort het wordt, hangt af van het aantal uren begeleiding per week.",
            "Het OPDC en de Rebound betalen we helemaal zelf.",
        ),
        P("Het algemeen bestuur stelt de verdeling elk jaar in december vast. Daarbij hoort natuurlijk ook een "
          "meerjarenbegroting. Eerlijk is eerlijk: die hebben we op dit moment nog niet rond. De bekostiging van het Rijk "
          "gaat veranderen en we weten de bedragen nog niet. Zodra DUO de nieuwe bedragen heeft gepubliceerd, vullen we "
          "de tabel hieronder in."),
        TBL(
            ["Begroting", "2025", "2026", "2027", "2028"],
            ["Baten Rijk", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Afdracht vso", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Budget scholen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["OPDC en Rebound", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
        ),
        H1("10. Wat willen we bereiken?"),
        P("Mooie woorden zijn leuk. Maar we willen ook dat je ons ergens aan kunt houden. Daarom hebben we voor 2029 "
          "een paar concrete doelen:"),
        UL(
            "In 2029 zitten er in onze regio hooguit 10 jongeren langer dan vier weken thuis. Nu zijn het er 31.",
            "Elke jongere met een TLV heeft binnen zes weken een plek op een vso-school. Geen wachtlijsten meer.",
            "Jaarlijks gaan ten minste 35 jongeren vanuit het vso terug naar het regulier onderwijs.",
            "Ouders geven onze hulp gemiddeld minstens een 7,5.",
            "Jongeren die in het OPDC hebben gezeten, zitten een jaar later voor minstens 80 procent nog steeds op een reguliere school.",
        ),
        P("Hoe we gaan bijhouden of we die doelen halen? Dat werken we het komende schooljaar samen met de scholen uit. "
          "We willen niet dat scholen extra lijstjes moeten invullen. Dus kijken we eerst wat er al wordt bijgehouden, "
          "en daarna bedenken we hoe we het bij elkaar brengen."),
        H1("11. Communicatie"),
        P("Goede informatie is de helft van het werk. Dat hoorden we vaak. We doen het daarom zo:"),
        UL(
            "Op onze website staat een aparte ouderpagina. Daar lees je wat er in onze regio is aan ondersteuning: de treden uit hoofdstuk 6, het OPDC, de Rebound, de vso-scholen, het plusprogramma en de ISK. Met voor elke voorziening een contactpersoon.",
            "Er is een folder 'Passend onderwijs in 10 vragen'. Die krijgt elke ouder van een brugklasser. De folder is er in het Nederlands, Engels, Arabisch, Pools en Turks.",
            "Elk jaar in november en januari houden we een informatieavond voor ouders van leerlingen in groep 8 die extra ondersteuning nodig hebben. Samen met het samenwerkingsverband PO.",
            "Elke school zet in haar schoolgids welke ondersteuning ze biedt en hoe je ons kunt bereiken.",
            "Het Ondersteuningsloket is elke werkdag van 9 tot 12 uur telefonisch bereikbaar. Ook voor ouders.",
        ),
        P("Soms ben je het niet eens met de school. Of met ons. Of weet je gewoon even niet wat je moet doen. Dan kun je "
          "terecht bij het Ouder- en Jeugdsteunpunt Noord. Dat steunpunt is onafhankelijk: het hoort niet bij ons en "
          "niet bij een school. De mensen daar denken mee, gaan mee naar gesprekken als je dat wilt en helpen bij "
          "onenigheid. Het is gratis. Je bereikt ze via de telefoon en via WhatsApp. Jongeren kunnen er ook zelf "
          "terecht."),
        P("Daarnaast kun je altijd de Onderwijsconsulenten bellen. Dat is een landelijke, onafhankelijke organisatie. "
          "Heb je een klacht? Dan kun je naar de klachtencommissie waar je school bij is aangesloten. Gaat het over "
          "toelating, verwijdering of het ontwikkelingsperspectief, dan kun je naar de Geschillencommissie passend "
          "onderwijs."),
        P("Ouders en leerlingen praten ook mee over het beleid. In de ondersteuningsplanraad zitten zes ouders en "
          "leerlingen en zes medewerkers. En leerlingen mogen hun mening geven over hun eigen ontwikkelingsperspectief. "
          "Dat heet hoorrecht. Onze scholen vragen daar actief naar."),
        H1("12. Samen met de gemeenten"),
        P("School en zorg horen bij elkaar. Een jongere met problemen thuis, leert slecht op school. Daarom werken we "
          "nauw samen met de gemeenten Veenhoven, Noordermeer en Aa-Oost."),
        P("Over dit plan hebben we op 6 februari 2025 een op overeenstemming gericht overleg (OOGO) gehad met de "
          "wethouders. We waren het eens. Afspraken die we maakten:"),
        UL(
            "Op elke school is er een vast aanspreekpunt van het wijkteam. Dat komt één dagdeel per week op school.",
            "Jeugdhulp onder schooltijd kan, als de school en het wijkteam dat samen afspreken.",
            "Het leerlingenvervoer regelt de gemeente. Wij denken mee als een jongere naar een school verder weg moet.",
        ),
        P("We praten ook met het samenwerkingsverband PO Veenhoven-Noord. Over de overstap van groep 8 naar de brugklas. "
          "Bijvoorbeeld over de warme overdracht van leerlingen die extra ondersteuning krijgen."),
        H1("13. Ons team"),
        P("Bij het samenwerkingsverband werken 19 mensen. Consulenten, orthopedagogen, een jeugdarts (ingehuurd), de "
          "mensen van het loket, een controller en een secretariaat. Samen ongeveer 14 fte."),
        P("Ook het OPDC De Haven hoort bij ons. Daar werken zes leraren en vier begeleiders. Zij zijn in dienst van de "
          "Stichting VO Veenhoven en werken voor ons."),
        P("We vinden het belangrijk dat leraren blijven leren. Daarom organiseren we elk jaar een Passend Festival voor "
          "alle leraren, netwerken voor ondersteuningscoordinatoren en trainingen over gedrag en over autisme. Het "
          "lerarentekort merken we ook. We kijken samen met de besturen hoe we onderwijsassistenten slimmer inzetten."),
        H1("14. Digitaal en privacy"),
        P("We werken met een digitaal dossier. Scholen zetten aanvragen voor arrangementen in een beveiligde omgeving. "
          "Zo hoeft niemand meer papieren te mailen. Ouders kunnen het dossier van hun kind inzien als ze dat vragen."),
        P("We gaan zorgvuldig om met gegevens. We bewaren niet meer dan nodig en niet langer dan mag. Er is een "
          "privacyreglement en een functionaris voor gegevensbescherming. Heb je een vraag over je gegevens? Mail naar "
          "privacy@debrugnoord.example."),
        P("Waarom vertellen we dit in een ondersteuningsplan? Omdat digitale dingen veel tijd kunnen kosten of juist "
          "besparen. Een ondersteuningscoordinator die een uur minder met formulieren bezig is, heeft een uur meer voor "
          "jongeren. Dat is precies waar het ons om gaat."),
        P("In 2026 vervangen we ons oude registratiesysteem. Het nieuwe systeem werkt samen met de administratiesystemen "
          "van de scholen, zodat gegevens niet twee keer hoeven te worden ingevoerd."),
        H1("15. Hoe dit plan tot stand kwam"),
        P("We begonnen in september 2024 met een startbijeenkomst voor alle ondersteuningscoordinatoren. "
          "Daarna waren er drie rondetafelgesprekken: met ouders, met leerlingen en met de gemeenten. Het leerlingenpanel "
          "las een eerste versie en gaf ons flink wat huiswerk mee."),
        TBL(
            ["Wanneer", "Wat"],
            ["september - november 2024", "Startbijeenkomst, rondetafelgesprekken"],
            ["december 2024", "Eerste versie naar scholen en OPR"],
            ["6 februari 2025", "OOGO met de gemeenten"],
            ["11 februari 2025", "Overleg met het samenwerkingsverband PO"],
            ["18 maart 2025", "Instemming ondersteuningsplanraad"],
            ["2 april 2025", "Vaststelling algemeen bestuur"],
            ["voor 1 mei 2025", "Naar de inspectie"],
        ),
        P("Willen we in de komende vier jaar iets veranderen aan dit plan? Dan vragen we opnieuw instemming aan de "
          "ondersteuningsplanraad."),
        H1("16. Woordenlijst"),
        UL(
            "Arrangement: extra hulp die we samen met de school regelen.",
            "Basisondersteuning: de hulp die elke school biedt, zonder aanvraag.",
            "Doorzettingsmacht: het recht om een knoop door te hakken als niemand een plek vindt.",
            "Lwoo: leerwegondersteunend onderwijs, extra hulp in het vmbo.",
            "OOGO: overleg met de gemeenten over dit plan.",
            "OPDC: orthopedagogisch-didactisch centrum, een tijdelijke plek buiten je eigen school.",
            "OPR: ondersteuningsplanraad, de medezeggenschap van het samenwerkingsverband.",
            "Ouder- en Jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren.",
            "Pro: praktijkonderwijs.",
            "Terugplaatsing: de stap van het vso terug naar een gewone school.",
            "TLV: toelaatbaarheidsverklaring, nodig voor het vso.",
            "Verdeelmodel: de afspraken over hoe we het geld verdelen.",
            "Vso: voortgezet speciaal onderwijs.",
            "Zorgplicht: de plicht van een school om een passende plek te zoeken.",
        ),
    ],
}

# ============================================================================================
# Plan 3 - PO, presentation-like voice (bullets, short phrases). Output: .pdf
# ============================================================================================
PLAN3 = {
    "meta_title": "Ondersteuningsplan 2025-2029 De Kempenrand - in dia's",
    "author": "SWV PO De Kempenrand",
    "header": "OP 2025-2029 De Kempenrand | Basis - Toelaatbaarheid - Terugplaatsing - Dekkend aanbod - Geld - Resultaten - Ouders",
    "footer": "Samenwerkingsverband Passend Onderwijs De Kempenrand PO 30-08",
    "title": [
        "Ondersteuningsplan 2025-2029",
        "Samenwerkingsverband Passend Onderwijs De Kempenrand (PO 30-08)",
        "De kern in dia's - versie voor OPR, besturen en gemeenten",
        "Status: vastgesteld AB 27-03-2025 | instemming OPR 20-03-2025",
    ],
    "blocks": [
        TOC(
            "Dia 2   Inhoud",
            "Dia 3   Waarom dit plan",
            "Dia 3a  Leeswijzer",
            "Dia 4   De Kempenrand in cijfers",
            "Dia 4a  Scholen per gemeente",
            "Dia 5   Missie, visie, kernwaarden",
            "Dia 5a  Kernwaarden in de praktijk",
            "Dia 5b  Landelijke ontwikkelingen",
            "Dia 6   Terugblik 2021-2025",
            "Dia 7   Vijf speerpunten",
            "Dia 8   Basisondersteuning: de afspraak",
            "Dia 9   Basisondersteuning: wat elke school biedt",
            "Dia 10  Basisondersteuning: borging",
            "Dia 11  Toelaatbaarheid sbo en so: criteria",
            "Dia 12  Toelaatbaarheid: geldigheid en categorie",
            "Dia 13  Terugplaatsing",
            "Dia 14  Dekkend aanbod en thuiszitters",
            "Dia 15  Geld: inkomsten",
            "Dia 16  Geld: verdeelmodel",
            "Dia 17  Geld: meerjarenbegroting",
            "Dia 18  Geld: reserves en verantwoording",
            "Dia 19  Resultaten: doelen 2029",
            "Dia 20  Resultaten: zo meten we",
            "Dia 21  Ouders: informatie",
            "Dia 22  Ouders: steunpunt",
            "Dia 22a Wat hoorden we",
            "Dia 22b Vragen van de OPR",
            "Dia 22c Inspectie 2023",
            "Dia 22d Wat verandert er voor wie?",
            "Dia 23  Organisatie en governance",
            "Dia 24  Medewerkers en professionalisering",
            "Dia 24a Professionalisering: het aanbod",
            "Dia 25  Data, ICT en privacy",
            "Dia 25a Bureau en huisvesting",
            "Dia 25b Medezeggenschap: werkwijze OPR",
            "Dia 26  Procedure vaststelling",
            "Dia 27  Planning 2025-2029",
            "Dia 27a Rollen en verantwoordelijkheden",
            "Dia 27b Risico's",
            "Dia 27c Jaarcyclus",
            "Dia 27d Wettelijk kader",
            "Dia 27e Communicatie met scholen en besturen",
            "Dia 27f Tot slot",
            "Dia 28  Afkortingen",
        ),
        PB(),
        H1("Dia 3 - Waarom dit plan"),
        UL(
            "Wettelijk verplicht: art. 18a WPO - nieuw plan elke 4 jaar",
            "Vorig plan: 2021-2025 - loopt af 31-07-2025",
            "Dit plan: 01-08-2025 t/m 31-07-2029",
            "Vorm: kort, visueel, 'op één A4 per thema'",
            "Uitwerking: jaarplannen per schooljaar",
            "Doelgroep deze versie: OPR, besturen, directeuren, IB'ers, gemeenten",
            "Ouderversie: aparte folder (zie dia 21)",
        ),
        H1("Dia 3a - Leeswijzer"),
        UL(
            "Elke dia = één onderwerp; details in jaarplan en formats",
            "Tabellen zijn bindend: bedragen, criteria, standaarden en doelen gelden zoals in de tabel",
            "Dia's 8-12: ondersteuning en toelaatbaarheid",
            "Dia's 15-18: geld",
            "Dia's 19-20: resultaten",
            "Dia's 21-22: ouders",
            "Dia's 23-27: organisatie, procedure, planning",
            "Pijl (→) = gevolg of actie",
            "'SWV' = samenwerkingsverband De Kempenrand; 'school' = elke vestiging van een aangesloten bestuur",
            "Deze versie vervangt het concept van 15-11-2024",
            "Opmerkingen uit de consultatieronde zijn verwerkt; overzicht op te vragen bij het bureau",
            "Ouderversie (folder) volgt dezelfde indeling, in eenvoudige taal",
        ),
        H1("Dia 4 - De Kempenrand in cijfers"),
        TBL(
            ["Kengetal (teldatum 1-10-2024)", "Aantal"],
            ["Schoolbesturen", "8"],
            ["Basisscholen (vestigingen)", "41"],
            ["Sbo-scholen", "2 (De Tweesprong, Het Kompas)"],
            ["So-scholen cluster 3/4 in de regio", "2 (4 locaties)"],
            ["Leerlingen basisonderwijs", "9.915"],
            ["Leerlingen sbo", "238"],
            ["Leerlingen so (uit onze regio)", "171"],
            ["Gemeenten", "4 (Kempenveld, Bergeik-Zuid, Dommelrode, Aalsterhof)"],
        ),
        UL(
            "Krimp: -1,1% leerlingen per jaar verwacht",
            "Veel kleine scholen (<100 lln): 13 van 41",
            "Grensregio: instroom uit België (± 60 lln)",
        ),
        H1("Dia 4a - Scholen per gemeente"),
        TBL(
            ["Gemeente", "Basisscholen", "Sbo", "So-locaties", "Leerlingen (1-10-2024)"],
            ["Kempenveld", "14", "1", "2", "3.610"],
            ["Bergeik-Zuid", "9", "0", "1", "2.180"],
            ["Dommelrode", "11", "1", "1", "2.705"],
            ["Aalsterhof", "7", "0", "0", "1.420"],
            ["Totaal", "41", "2", "4", "9.915"],
        ),
        UL(
            "8 besturen: 3 met >10 scholen, 5 eenpitters of kleine besturen",
            "Denominaties: openbaar, katholiek, protestants-christelijk, algemeen bijzonder, Dalton, Jenaplan",
            "Gemiddelde schoolgrootte: 242 leerlingen; kleinste school 47 leerlingen",
        ),
        H1("Dia 5 - Missie, visie, kernwaarden"),
        UL(
            "Missie: elk kind een passende plek, zo dicht mogelijk bij huis",
            "Visie: inclusief waar het kan, speciaal waar het moet",
            "Kernwaarden: vertrouwen - eigenaarschap - nabijheid - lerend vermogen",
            "Leidende principes:",
            "→ kind centraal, niet het systeem",
            "→ ouders als partner",
            "→ geld volgt de ondersteuningsvraag, niet andersom",
            "→ minder bureaucratie, meer tijd in de klas",
            "→ samen verantwoordelijk: besturen, scholen, SWV",
        ),
        H1("Dia 5a - Kernwaarden in de praktijk"),
        TBL(
            ["Kernwaarde", "Wat zie je in de school", "Wat zie je bij het SWV"],
            ["Vertrouwen", "leerkracht mag zelf keuzes maken in aanpak", "geen dubbele controles; één format"],
            ["Eigenaarschap", "IB'er en directeur bespreken zelf de kwaliteitskaart", "besturen beslissen samen in AB"],
            ["Nabijheid", "kind blijft zo lang mogelijk in eigen groep", "orthopedagoog SWV komt naar de school"],
            ["Lerend vermogen", "collegiale consultatie tussen scholen", "audits als leermoment, niet als afrekening"],
        ),
        UL(
            "Toelichting spreker: kernwaarden zijn dezelfde als in 2021",
            "Nieuw: 'lerend vermogen' vervangt 'professionaliteit'",
            "Vraag aan de zaal: herkent u dit in uw school?",
        ),
        H1("Dia 5b - Landelijke ontwikkelingen"),
        UL(
            "Verbeteraanpak passend onderwijs (2020): 25 maatregelen",
            "Maatregel: bovenmatige reserves SWV afbouwen → dia 18",
            "Wetsvoorstel versterking positie ouders en leerlingen: hoorrecht, ondersteuning in schoolgids, ouder- en jeugdsteunpunt",
            "Landelijke norm basisondersteuning: advies april 2025, wetgeving verwacht",
            "→ onze 12 standaarden blijven leidend tot de landelijke norm er is",
            "Inclusief onderwijs 2035: stip op de horizon van het kabinet",
            "Lerarentekort: raakt vooral kleine scholen in onze regio",
            "Daling leerlingaantallen in de regio: -1,1% per jaar",
        ),
        H1("Dia 6 - Terugblik 2021-2025"),
        TBL(
            ["Indicator", "Start 2021", "Stand 2024", "Doel was"],
            ["Deelname sbo (% van totaal, 1-10)", "2,61%", "2,34%", "2,40%"],
            ["Deelname so (% van totaal, 1-10)", "1,72%", "1,66%", "1,60%"],
            ["Scholen 'basis op orde' (audit)", "29 van 43", "37 van 41", "alle scholen"],
            ["Tevredenheid ouders (schaal 1-10)", "6,8", "7,3", "7,0"],
            ["Tevredenheid scholen over SWV", "6,5", "7,6", "7,0"],
        ),
        UL(
            "Gehaald: sbo-deelname, tevredenheid ouders en scholen",
            "Niet gehaald: so-deelname (nog boven doel), 4 scholen nog niet 'basis op orde'",
            "Geleerd: audits werken; kwaliteitskaart geeft houvast",
            "Geleerd: te veel doelen in vorig plan (14) → nu 6",
        ),
        H1("Dia 7 - Vijf speerpunten 2025-2029"),
        OL(
            "Basisondersteuning: overal op orde, overal hetzelfde",
            "Toelaatbaarheid: heldere criteria, minder discussie",
            "Geld: eenvoudig verdeelmodel, reserves naar de klas",
            "Resultaten: minder doelen, beter meten",
            "Ouders: beter geïnformeerd, eerder betrokken",
        ),
        H1("Dia 8 - Basisondersteuning: de afspraak"),
        UL(
            "Basisondersteuning = het afgesproken minimum van de Kempenrand",
            "Geldt voor alle 41 vestigingen - zonder uitzondering",
            "Geen aanvraag nodig bij het SWV",
            "Vastgelegd in de Kwaliteitskaart Basisondersteuning (12 standaarden, zie dia 9)",
            "School mag meer bieden; minder niet",
            "Grens: wat boven de 12 standaarden uitgaat = extra ondersteuning",
            "Schoolgids: elke school neemt de 12 standaarden letterlijk op",
        ),
        H1("Dia 9 - Basisondersteuning: wat elke school biedt"),
        TBL(
            ["Nr", "Standaard", "Concreet"],
            ["1", "Intern begeleider", "min. 2 dagdelen per week per 100 leerlingen"],
            ["2", "Ondersteuningsteam (OT)", "min. 5x per jaar; IB, directie, groepsleerkracht, orthopedagoog SWV"],
            ["3", "Dyslexie", "protocol leesproblemen en dyslexie; signalering groep 2-3; begeleiding na diagnose"],
            ["4", "Dyscalculie", "protocol ERWD; extra instructie in de groep"],
            ["5", "Meer- en hoogbegaafdheid", "signalering met instrument; verrijkingsaanbod in de groep"],
            ["6", "Gedrag en sociale veiligheid", "methode SEL; pestprotocol; monitor sociale veiligheid jaarlijks"],
            ["7", "Taal en NT2", "extra taalaanbod voor leerlingen met taalachterstand; woordenschatprogramma"],
            ["8", "Handelingsgericht werken", "groepsplannen of -overzichten; 2 groepsbesprekingen per jaar"],
            ["9", "OPP", "ontwikkelingsperspectief bij eigen leerlijn; evaluatie 2x per jaar met ouders"],
            ["10", "Medisch handelen", "protocol medicijnverstrekking en medisch handelen; BHV"],
            ["11", "Fysieke toegankelijkheid", "rolstoeltoegankelijke begane grond; aangepast toilet of afspraak met buurschool"],
            ["12", "Preventieve ambulante begeleiding", "max. 8 consultaties per leerling per jaar door orthopedagoog SWV, zonder aanvraag"],
        ),
        H1("Dia 10 - Basisondersteuning: borging"),
        UL(
            "Jaarlijks: zelfevaluatie school op de 12 standaarden (september)",
            "Elke 4 jaar: audit door 2 auditoren SWV (IB'er andere bestuur + orthopedagoog)",
            "Score < 10 van 12 standaarden → verbeterplan school binnen 3 maanden",
            "Verbeterplan besproken in bestuurdersoverleg; her-audit na 1 jaar",
            "Resultaten audits → jaarverslag SWV",
        ),
        H1("Dia 11 - Toelaatbaarheid sbo en so: criteria"),
        UL(
            "Sbo toelaatbaar als ALLE drie:",
            "→ ondersteuningsbehoefte > 12 standaarden basisondersteuning + wat school zelf aanvullend kan",
            "→ min. 2 OPP-cycli (± 1 jaar) handelingsgericht gewerkt, doelen niet gehaald",
            "→ behoefte aan kleine groep (max. 16) hele dag, specifieke didactiek",
            "So cluster 3 toelaatbaar als:",
            "→ ernstige verstandelijke beperking (IQ < 55) of",
            "→ lichamelijke beperking / langdurige ziekte met dagelijkse zorg onder schooltijd, of",
            "→ ernstig meervoudige beperking",
            "So cluster 4 toelaatbaar als:",
            "→ ernstige gedrags- of psychiatrische problematiek, én",
            "→ behandeling/jeugdhulp loopt of is geadviseerd, én",
            "→ sbo-aanbod aantoonbaar onvoldoende",
            "Niet-criteria: wachtlijst elders, wens van school alleen, diagnose alleen",
        ),
        UL(
            "Route aanvraag (wie, stappen, termijnen): zie stroomschema TLV op de website",
            "Samenstelling beoordelingsteam: wordt herzien in 2025-2026, nadere info volgt",
        ),
        H1("Dia 12 - Toelaatbaarheid: geldigheid en categorie"),
        TBL(
            ["", "Sbo", "So"],
            ["Geldigheid", "2 schooljaren", "cat. laag: 2 jr; midden/hoog: 4 jr"],
            ["Categorie", "n.v.t.", "laag / midden / hoog"],
            ["Laag", "", "cluster 4, ZMLK"],
            ["Midden", "", "LG, LZ"],
            ["Hoog", "", "MG / EMB"],
            ["Ingang", "", "datum besluit; midden schooljaar: rest jaar extra"],
        ),
        H1("Dia 13 - Terugplaatsing"),
        UL(
            "Thema voor schooljaar 2026-2027",
            "Werkgroep sbo/so + regulier start voorjaar 2026",
            "Uitwerking volgt in jaarplan 2026-2027",
        ),
        H1("Dia 14 - Dekkend aanbod en thuiszitters"),
        UL(
            "Analyse dekkend aanbod: in ontwikkeling",
            "Gesprek met gemeenten: te plannen",
            "Thuiszittersaanpak: n.t.b.",
            "Voorstel naar AB: p.m.",
        ),
        H1("Dia 15 - Geld: inkomsten"),
        TBL(
            ["Inkomsten 2025 (x EUR 1.000)", "Bedrag"],
            ["Rijksbijdrage lichte ondersteuning", "2.315"],
            ["Rijksbijdrage zware ondersteuning", "5.980"],
            ["Af: verevening (negatief)", "-210"],
            ["Af: afdracht so via DUO", "-3.620"],
            ["Af: groeibekostiging sbo (peildatum 1 februari)", "-95"],
            ["Netto te besteden", "4.370"],
        ),
        H1("Dia 16 - Geld: verdeelmodel"),
        TBL(
            ["Onderdeel", "Regel", "Wie beslist / wanneer"],
            ["Schoolbudget", "EUR 185 per leerling (teldatum 1-10 vorig jaar)", "AB, bij begroting (december)"],
            ["Vaste voet", "EUR 7.500 per vestiging", "AB, bij begroting"],
            ["Kleine-scholentoeslag", "EUR 5.000 per vestiging < 100 lln", "AB, bij begroting"],
            ["Sbo-budget", "afdracht sbo boven 2% → SWV betaalt verschil", "automatisch via DUO"],
            ["Orthopedagogen SWV (standaard 12)", "centraal bekostigd, niet verdeeld over besturen", "AB, bij begroting"],
            ["Uitbetaling", "in 4 kwartaaltermijnen aan het bestuur", "controller"],
        ),
        UL(
            "Besteding schoolbudget door bestuur: personeel voor ondersteuning, scholing, materialen",
            "Niet toegestaan: basisformatie, huisvesting, ICT algemeen",
        ),
        H1("Dia 17 - Geld: meerjarenbegroting"),
        TBL(
            ["Lasten (x EUR 1.000)", "2025", "2026", "2027", "2028"],
            ["Schoolbudgetten besturen", "1.834", "1.815", "1.795", "1.775"],
            ["Vaste voet + kleine-scholentoeslag", "373", "373", "368", "368"],
            ["Orthopedagogen SWV (standaard 12)", "640", "650", "660", "670"],
            ["Audits en kwaliteitskaart", "45", "45", "45", "45"],
            ["Professionalisering", "120", "120", "110", "110"],
            ["Bureau en bestuur", "410", "415", "420", "425"],
            ["Inzet reserve (speerpunt 3)", "350", "350", "200", "0"],
            ["Totaal lasten", "3.772", "3.768", "3.598", "3.393"],
            ["Netto baten", "4.370", "4.320", "4.270", "4.225"],
            ["Saldo", "598", "552", "672", "832"],
        ),
        UL("Saldo 2025-2028 positief door daling afdracht so (verwacht)", "Overschot → extra schoolbudget vanaf 2027 (besluit AB)"),
        H1("Dia 18 - Geld: reserves en verantwoording"),
        UL(
            "Algemene reserve 31-12-2024: EUR 1,48 mln",
            "Signaleringswaarde (inspectie-formule): EUR 0,62 mln",
            "Bovenmatig deel: EUR 0,86 mln → afbouw via speerpunt 3 (dia 17), klaar eind 2027",
            "Risico's: daling leerlingaantal, stijging so-deelname, cao-loonkosten",
            "Besturen: jaarlijkse verantwoording schoolbudget via format, uiterlijk 1 mei",
            "Niet besteed > 10% → verrekening met volgend jaar",
        ),
        H1("Dia 19 - Resultaten: doelen 2029"),
        TBL(
            ["Doel", "Indicator", "Nu (2024)", "Streefwaarde 2029"],
            ["1. Basis overal op orde", "scholen met >= 10 van 12 standaarden (audit)", "37 van 41", "41 van 41"],
            ["2. Thuisnabij onderwijs", "deelname sbo (1-10)", "2,34%", "<= 2,20%"],
            ["3. Thuisnabij onderwijs", "deelname so (1-10)", "1,66%", "<= 1,55%"],
            ["4. Tevreden ouders", "oudertevredenheid (peiling)", "7,3", ">= 7,5"],
            ["5. Ontwikkeling leerlingen met OPP", "% OPP's met doelen gehaald bij evaluatie", "n.b. (nulmeting 2025)", ">= 75%"],
            ["6. Deskundige leraren", "% leraren met scholing HGW in 4 jaar", "58%", ">= 90%"],
        ),
        H1("Dia 20 - Resultaten: zo meten we"),
        UL(
            "Dashboard per kwartaal → directeur SWV en AB",
            "Deelname sbo/so: DUO-cijfers peildatum 1 oktober, jaarlijks in november",
            "OPP-doelen: scholen leveren per 1 juli het % gehaalde doelen aan (format SWV)",
            "Audits basisondersteuning: zie dia 10",
            "Oudertevredenheid: peiling elke 2 jaar (voorjaar 2026, 2028), steekproef 800 ouders",
            "Jaarverslag SWV: bereikte resultaten per doel, vóór 1 juli, besproken met OPR",
            "Evaluatie heel plan: voorjaar 2028 → input volgend plan",
            "Koppeling geld: per doel de kosten in jaarverslag (dia 17 regels)",
        ),
        H1("Dia 21 - Ouders: informatie"),
        UL(
            "Website: ouderpagina met de 12 standaarden, alle scholen en hun extra aanbod, sbo/so in de regio",
            "Ouderfolder 'Passend onderwijs in de Kempenrand' - jaarlijks via alle scholen, NL + EN + PL + AR",
            "Schoolgids: 12 standaarden + extra aanbod school + contact SWV (verplicht)",
            "Infoavond ouders: 2x per jaar, wisselende gemeente",
            "Spreekuur orthopedagoog SWV voor ouders: elke woensdagochtend, telefonisch",
            "Ouders aan tafel bij elk OT-gesprek over hun kind",
        ),
        H1("Dia 22 - Ouders: steunpunt"),
        UL(
            "Ouder- en jeugdsteunpunt: in oprichting",
            "Samen met SWV VO De Kempen en gemeenten",
            "Start uiterlijk 01-08-2027",
            "Opzet, locatie en bereikbaarheid: volgen",
        ),
        H1("Dia 22a - Wat hoorden we bij het maken van dit plan?"),
        UL(
            "4 rondetafels: ouders (2x), IB'ers, directeuren",
            "Ouders: 'Wat mag ik van de school verwachten?' → 12 standaarden publiek (dia 9)",
            "Ouders: 'Ik hoor pas van het SWV als het misgaat' → ouderfolder + infoavonden (dia 21)",
            "IB'ers: 'Te veel formulieren' → één format, digitaal",
            "IB'ers: 'Wanneer is een kind toelaatbaar?' → criteria scherper (dia 11)",
            "Directeuren: 'Geld moet voorspelbaar zijn' → vast bedrag per leerling, 4 jaar vast",
            "Directeuren: 'Kleine scholen komen tekort' → kleine-scholentoeslag",
            "Gemeenten: 'Samen optrekken' → eerst intern op orde, dan verbreden",
        ),
        H1("Dia 22b - Vragen van de OPR bij de instemming"),
        TBL(
            ["Vraag OPR", "Antwoord bestuur"],
            ["Waarom maar 6 doelen?", "Focus; vorige plan 14 doelen, slechts de helft gemeten"],
            ["Is het bedrag per leerling gegarandeerd?", "Ja, EUR 185 tot en met 2028 (tenzij rijksbekostiging > 5% daalt)"],
            ["Waar is terugplaatsing geregeld?", "Wordt thema 2026-2027 (dia 13)"],
            ["Hoe weten ouders wat de school biedt?", "Schoolgids + ouderpagina (dia 21)"],
            ["Wat gebeurt er met de reserve?", "Afbouw naar signaleringswaarde eind 2027 (dia 18)"],
            ["Wie controleert de scholen?", "Audit elke 4 jaar + jaarlijkse zelfevaluatie (dia 10)"],
        ),
        H1("Dia 22c - Inspectie 2023: wat nemen we mee"),
        UL(
            "Vierjaarlijks onderzoek inspectie: november 2023",
            "Oordeel: voldoende",
            "Sterk: kwaliteitskaart basisondersteuning, financieel beheer",
            "Aandachtspunt: doelen vorig plan niet meetbaar genoeg → dia 19",
            "Aandachtspunt: jaarverslag koppelt geld en resultaten onvoldoende → dia 20 (laatste punt)",
            "Aandachtspunt: reserves boven signaleringswaarde → dia 18",
        ),
        H1("Dia 22d - Wat verandert er voor wie?"),
        TBL(
            ["Voor", "Wat verandert er", "Vanaf"],
            ["Leerkrachten", "leergang HGW; minder formulieren", "augustus 2025"],
            ["IB'ers", "zelfevaluatie op 12 standaarden; één digitaal format", "september 2025"],
            ["Directeuren", "audit elke 4 jaar; verbeterplan bij score < 10", "schooljaar 2025-2026"],
            ["Besturen", "nieuw verdeelmodel; verantwoording 1 mei", "januari 2026"],
            ["Ouders", "ouderpagina, folder, infoavonden, spreekuur", "januari 2026"],
            ["OPR", "dashboard per kwartaal; jaarverslag met resultaten", "oktober 2025"],
            ["Gemeenten", "OOGO jaarlijks over voortgang", "voorjaar 2026"],
        ),
        UL(
            "Toelichting spreker: implementatie gefaseerd, niet alles tegelijk",
            "Eerste jaar: focus op kwaliteitskaart en verdeelmodel",
            "Communicatie naar scholen: nieuwsbrief elke maand + directeurenoverleg",
        ),
        H1("Dia 23 - Organisatie en governance"),
        UL(
            "Rechtsvorm: stichting",
            "Bestuur: directeur-bestuurder (0,8 fte)",
            "Toezicht: raad van toezicht, 5 leden, 2 onafhankelijk",
            "Algemeen bestuur: 8 bestuurders, 1 stem per bestuur",
            "Bureau: 6,2 fte (incl. controller, secretariaat)",
            "Medezeggenschap: OPR, 10 leden (5 ouders, 5 personeel)",
            "MR SWV: voor eigen personeel",
            "Code goed bestuur PO-Raad: gevolgd",
        ),
        H1("Dia 24 - Medewerkers en professionalisering"),
        UL(
            "Team SWV: 7 orthopedagogen (5,6 fte), 1 gedragsspecialist",
            "Werving: krapte arbeidsmarkt orthopedagogen → samenwerking opleidingen",
            "Netwerk IB'ers: 5x per jaar, per regio",
            "Leergang HGW voor leraren: 3 cohorten per jaar, 24 deelnemers",
            "Studiedag Kempenrand: jaarlijks, oktober",
            "Directeurenoverleg passend onderwijs: 4x per jaar",
        ),
        H1("Dia 24a - Professionalisering: het aanbod"),
        TBL(
            ["Aanbod", "Doelgroep", "Omvang", "Kosten voor school"],
            ["Leergang handelingsgericht werken", "leerkrachten", "6 bijeenkomsten", "geen (SWV betaalt)"],
            ["Netwerk IB", "IB'ers", "5x per jaar", "geen"],
            ["Masterclass gedrag in de klas", "leerkrachten, IB", "3 bijeenkomsten", "geen"],
            ["Training auditor", "IB'ers en orthopedagogen", "2 dagen", "geen"],
            ["Studiedag Kempenrand", "alle medewerkers scholen", "1 dag per jaar", "geen"],
            ["Teamscholing op maat", "schoolteams", "op aanvraag", "50% eigen bijdrage"],
        ),
        UL(
            "Aanmelden: via het digitale portaal",
            "Certificaat na leergang HGW telt mee voor lerarenregister-portfolio",
            "Evaluatie professionaliseringsaanbod: jaarlijks met IB-netwerk",
        ),
        H1("Dia 25 - Data, ICT en privacy"),
        UL(
            "Digitaal dossier: beveiligde omgeving, tweefactorauthenticatie",
            "Koppeling met leerlingadministratie scholen: 2026",
            "Dashboard: Power BI, maandelijkse update",
            "Privacyreglement SWV: vastgesteld 2024, op website",
            "FG: gedeeld met SWV VO De Kempen",
            "Bewaartermijn dossiers: 3 jaar na besluit",
            "Datalekken: meldprocedure, jaarlijkse test",
        ),
        H1("Dia 25a - Bureau en huisvesting"),
        UL(
            "Bureau SWV: Stationsstraat, Kempenveld (gedeeld met SWV VO De Kempen)",
            "Werkplekken: 14, flexibel",
            "Orthopedagogen werken vooral op de scholen (± 70% van de tijd)",
            "Vergaderruimte beschikbaar voor IB-netwerk en OPR",
            "Huurcontract tot 2028; verlenging in 2027 beoordelen",
            "Duurzaamheid: bureau energielabel A sinds 2024",
        ),
        H1("Dia 25b - Medezeggenschap: werkwijze OPR"),
        UL(
            "OPR: 10 leden, zittingsduur 3 jaar, herkiesbaar",
            "Vergaderingen: 5x per jaar, openbaar deel + besloten deel",
            "Voorzitter uit de oudergeleding, secretaris uit personeelsgeleding",
            "Scholing OPR-leden: startbijeenkomst + jaarlijkse training via Steunpunt Medezeggenschap",
            "Reglement OPR: vastgesteld 2022, herzien 2025",
            "Facilitering: vacatievergoeding ouders EUR 40 per vergadering; uren voor personeelsleden",
            "Achterban: OPR-leden koppelen terug naar MR's van hun scholen",
        ),
        H1("Dia 26 - Procedure vaststelling"),
        TBL(
            ["Stap", "Datum", "Status"],
            ["Concept naar besturen", "15-11-2024", "gereed"],
            ["Bespreking directeuren en IB", "december 2024", "gereed"],
            ["OOGO gemeenten", "04-02-2025", "overeenstemming"],
            ["Overleg SWV VO De Kempen", "10-02-2025", "gereed"],
            ["Instemming OPR", "20-03-2025", "instemming"],
            ["Vaststelling AB", "27-03-2025", "vastgesteld"],
            ["Naar inspectie", "vóór 01-05-2025", "verzonden 03-04-2025"],
        ),
        H1("Dia 27 - Planning 2025-2029"),
        TBL(
            ["Schooljaar", "Focus"],
            ["2025-2026", "Nieuwe kwaliteitskaart, nulmeting OPP-doelen, verdeelmodel live"],
            ["2026-2027", "Terugplaatsing (werkgroep), dekkend aanbod, ouder- en jeugdsteunpunt in voorbereiding"],
            ["2027-2028", "Reserves afgebouwd, audits ronde 2, oudertevredenheid"],
            ["2028-2029", "Evaluatie plan, nieuw plan 2029-2033"],
        ),
        H1("Dia 27a - Rollen en verantwoordelijkheden"),
        TBL(
            ["Taak", "Eigenaar", "Betrokken", "Frequentie"],
            ["Kwaliteitskaart bijhouden", "beleidsmedewerker SWV", "IB-netwerk", "jaarlijks"],
            ["Audits basisondersteuning", "coördinator audits", "auditoren (IB'ers, orthopedagogen)", "elke 4 jaar per school"],
            ["Begroting en verdeelmodel", "controller", "AB, directeur", "jaarlijks (december)"],
            ["Dashboard resultaten", "data-analist", "directeur, AB, OPR", "per kwartaal"],
            ["Jaarverslag", "directeur-bestuurder", "controller, RvT", "jaarlijks (vóór 1 juli)"],
            ["Ouderfolder en website", "communicatiemedewerker", "OPR-ouders", "jaarlijks"],
            ["Netwerk IB'ers", "orthopedagoog SWV", "IB'ers", "5x per jaar"],
        ),
        H1("Dia 27b - Risico's voor dit plan"),
        TBL(
            ["Risico", "Kans", "Impact", "Beheersing"],
            ["Daling rijksbekostiging", "middel", "hoog", "reserve tot signaleringswaarde; begroting jaarlijks herijkt"],
            ["Stijging so-deelname", "middel", "hoog", "criteria scherp (dia 11); monitoring per kwartaal"],
            ["Tekort orthopedagogen", "hoog", "middel", "samenwerking opleidingen; flexibele inzet"],
            ["Landelijke norm basisondersteuning wijkt af", "middel", "middel", "kwaliteitskaart herzien in 2027"],
            ["Lerarentekort op scholen", "hoog", "hoog", "buiten invloed SWV; signaleren aan besturen"],
        ),
        H1("Dia 27c - Jaarcyclus SWV"),
        TBL(
            ["Maand", "Wat"],
            ["september", "zelfevaluatie scholen op kwaliteitskaart"],
            ["oktober", "teldatum leerlingen; studiedag Kempenrand"],
            ["november", "DUO-cijfers deelname sbo/so; dashboard Q3"],
            ["december", "begroting en verdeling AB"],
            ["februari", "peildatum sbo; dashboard Q4"],
            ["april", "audits; ouderinfoavond"],
            ["mei", "verantwoording besturen schoolbudget (1 mei)"],
            ["juni", "jaarverslag + bereikte resultaten naar OPR"],
        ),
        H1("Dia 27d - Wettelijk kader en bronnen"),
        UL(
            "Wet op het primair onderwijs, art. 18a (ondersteuningsplan, taken SWV)",
            "Wet op de expertisecentra, art. 40 (toelaatbaarheid so)",
            "Wet medezeggenschap op scholen, art. 4a en 14a (OPR)",
            "Besluit bekostiging WPO (deskundigen)",
            "Referentiekader passend onderwijs (PO-Raad, 2013)",
            "Onderzoekskader inspectie 2021",
            "Ondersteuningsplan De Kempenrand 2021-2025 (vervallen)",
        ),
        H1("Dia 27e - Communicatie met scholen en besturen"),
        UL(
            "Nieuwsbrief SWV: maandelijks, voor directeuren en IB'ers",
            "Directeurenoverleg passend onderwijs: 4x per jaar",
            "Bestuurdersoverleg (AB): 6x per jaar",
            "Kennisbank in het portal: formats, protocollen, handreikingen",
            "Vast contactpersoon SWV per school (orthopedagoog)",
            "Jaarlijkse schoolbezoeken directeur SWV: 10 scholen per jaar",
            "Bij wijziging van afspraken: altijd eerst AB, daarna nieuwsbrief",
        ),
        H1("Dia 27f - Tot slot"),
        UL(
            "Plan = kader; jaarplan = uitvoering",
            "Kernvragen bij elk besluit: helpt het het kind? is het eenvoudig? kunnen we het meten?",
            "Vragen over dit plan: bureau SWV, via het portal",
            "Dank aan: OPR, besturen, directeuren, IB'ers, ouders uit de rondetafels, gemeenten",
        ),
        H1("Dia 28 - Afkortingen"),
        TBL(
            ["Afkorting", "Betekenis"],
            ["AB", "Algemeen bestuur"],
            ["EMB", "Ernstig meervoudige beperking"],
            ["HGW", "Handelingsgericht werken"],
            ["IB", "Intern begeleider"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectief"],
            ["OPR", "Ondersteuningsplanraad"],
            ["OT", "Ondersteuningsteam"],
            ["SBO", "Speciaal basisonderwijs"],
            ["SO", "Speciaal onderwijs"],
            ["TLV", "Toelaatbaarheidsverklaring (voor sbo/so)"],
            ["TP", "Terugplaatsing naar regulier basisonderwijs"],
            ["ZMLK", "Zeer moeilijk lerende kinderen"],
        ),
    ],
}

# ============================================================================================
# Plan 4 - VO, questions-and-answers voice (FAQ). Output: .html
# ============================================================================================
def QA(q, *answers):
    return [H3(q)] + [a if isinstance(a, tuple) else P(a) for a in answers]


PLAN4_BLOCKS = [
    TOC(
        "A. Over dit plan",
        "B. Het samenwerkingsverband",
        "C. Basisondersteuning",
        "D. Extra ondersteuning en het dekkend aanbod",
        "E. Thuiszitters en witte vlekken",
        "F. Toelaatbaarheid vso, lwoo en pro",
        "G. Terugplaatsing en overplaatsing",
        "H. Financiën",
        "I. Resultaten en kwaliteit",
        "J. Ouders en leerlingen",
        "K. Gemeenten en jeugdhulp",
        "L. Personeel, ICT en privacy",
        "M. Planning en vaststelling",
        "N. Begrippenlijst",
    ),
    H1("A. Over dit plan"),
]
PLAN4_BLOCKS += QA(
    "Waarom is dit ondersteuningsplan geschreven als vragen en antwoorden?",
    "Bij de evaluatie van het vorige plan gaven schoolleiders, ondersteuningscoördinatoren en leden van de "
    "ondersteuningsplanraad aan dat het document van 84 pagina's in de praktijk nauwelijks werd geraadpleegd. De "
    "meeste mensen zochten er een antwoord op één concrete vraag in. Daarom is gekozen voor deze vorm: elke vraag die "
    "in de afgelopen vier jaar vaak aan het bureau werd gesteld, staat hieronder met het antwoord.")
PLAN4_BLOCKS += QA(
    "Voor wie is dit plan bedoeld?",
    "In de eerste plaats voor de professionals in de scholen: schoolleiders, ondersteuningscoördinatoren, mentoren "
    "en zorgcoördinatoren. Daarnaast voor de leden van de ondersteuningsplanraad, de schoolbesturen, de gemeenten en de "
    "inspectie. Het plan beschrijft de afspraken die de schoolbesturen met elkaar hebben gemaakt.")
PLAN4_BLOCKS += QA(
    "Welke periode beslaat het plan?",
    "Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het wordt jaarlijks uitgewerkt in een jaarplan, "
    "dat het algemeen bestuur in juni vaststelt.")
PLAN4_BLOCKS += QA(
    "Is dit het volledige plan?",
    "Ja. Dit document is het ondersteuningsplan zoals bedoeld in de Wet voortgezet onderwijs. Waar in een antwoord naar "
    "een ander document wordt verwezen, maakt dat document geen deel uit van dit plan.")
PLAN4_BLOCKS += [H1("B. Het samenwerkingsverband")]
PLAN4_BLOCKS += QA(
    "Welke scholen horen bij het samenwerkingsverband?",
    "Samenwerkingsverband VO Westerkwartier-Zuid (VO 20-03) omvat de scholen voor voortgezet onderwijs in de gemeenten "
    "Westerzand, Leekhorst en Marumveld. Vijf schoolbesturen zijn aangesloten, met samen 11 scholen op 15 locaties: "
    "zeven scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal "
    "onderwijs (De Brinkhorst, cluster 4, en Het Lichtpunt, cluster 3). Op 1 oktober 2024 volgden 7.210 leerlingen "
    "onderwijs op deze scholen.")
PLAN4_BLOCKS += QA(
    "Hoe is het samenwerkingsverband georganiseerd?",
    "Het samenwerkingsverband is een vereniging. De leden zijn de vijf schoolbesturen, die samen de algemene "
    "ledenvergadering vormen. Het bestuur bestaat uit een onafhankelijk voorzitter en twee bestuurders van aangesloten "
    "besturen; de dagelijkse leiding ligt bij een directeur. Het intern toezicht wordt uitgeoefend door de algemene "
    "ledenvergadering, bijgestaan door een auditcommissie.")
PLAN4_BLOCKS += QA(
    "Wat is de missie van het samenwerkingsverband?",
    "Iedere jongere in het Westerkwartier-Zuid krijgt onderwijs dat bij hem of haar past, bij voorkeur in de eigen "
    "omgeving en samen met leeftijdgenoten. De besturen voelen zich gezamenlijk verantwoordelijk voor alle jongeren in de "
    "regio, ook voor hen die (nog) niet op een school staan ingeschreven.")
PLAN4_BLOCKS += QA(
    "Wat is er veranderd ten opzichte van het vorige plan?",
    "De belangrijkste wijzigingen zijn: de toelaatbaarheid voor lwoo en pro is ondergebracht bij dezelfde commissie als "
    "de toelaatbaarheid voor het vso; de Tussenvoorziening De Schakel is uitgebreid van 16 naar 28 plaatsen; en er is een "
    "vaste thuiszittersaanpak met de drie gemeenten. Daarnaast is de vorm van het plan veranderd.")
PLAN4_BLOCKS += QA(
    "Hoe verhoudt dit plan zich tot het jaarplan?",
    "Het ondersteuningsplan beschrijft de afspraken voor vier jaar. Het jaarplan beschrijft welke activiteiten het "
    "bureau in een schooljaar uitvoert, wie daarvoor verantwoordelijk is en wanneer ze klaar moeten zijn. Het jaarplan "
    "wordt in juni vastgesteld en in december tussentijds besproken.")
PLAN4_BLOCKS += QA(
    "Wat is de rol van de ondersteuningsplanraad?",
    "De ondersteuningsplanraad (OPR) bestaat uit tien leden, gekozen uit de medezeggenschapsraden van de aangesloten "
    "scholen. De OPR heeft instemmingsrecht op dit plan en op wijzigingen ervan. De OPR vergadert vijf keer per jaar; de "
    "directeur is bij het eerste deel van elke vergadering aanwezig.")
PLAN4_BLOCKS += [H1("C. Basisondersteuning")]
PLAN4_BLOCKS += QA(
    "Wat moet elke school in het samenwerkingsverband minimaal bieden?",
    "De schoolbesturen herzien in het schooljaar 2025-2026 de afspraken over het niveau van de basisondersteuning. "
    "Zij wachten daarbij op de landelijke norm basisondersteuning, die het ministerie heeft aangekondigd. Tot de nieuwe "
    "afspraken zijn vastgesteld, blijven de Standaarden Basisondersteuning 2019 van kracht; die zijn te vinden in het "
    "archief op de website.")
PLAN4_BLOCKS += QA(
    "Hoe controleert het samenwerkingsverband of scholen de basisondersteuning bieden?",
    "Elke school voert eens per twee jaar een zelfevaluatie uit. Daarna volgt een auditbezoek door twee "
    "ondersteuningscoördinatoren van andere besturen en de orthopedagoog van het samenwerkingsverband. Zij spreken met "
    "de schoolleiding, mentoren en leerlingen en schrijven een kort rapport. Blijkt dat een school tekortschiet, dan "
    "stelt het schoolbestuur binnen drie maanden een verbeterplan op. De directeur van het samenwerkingsverband bespreekt "
    "de voortgang twee keer per jaar met het bestuur. Als een school na een jaar nog tekortschiet, agendeert de directeur "
    "dit in de algemene ledenvergadering.")
PLAN4_BLOCKS += QA(
    "Staat de basisondersteuning ook in het schoolondersteuningsprofiel?",
    "Elke school beschrijft haar ondersteuning in het schoolondersteuningsprofiel en, zodra de wet dat vereist, in de "
    "schoolgids. De profielen worden niet in dit plan opgenomen.")
PLAN4_BLOCKS += [H1("D. Extra ondersteuning en het dekkend aanbod")]
PLAN4_BLOCKS += QA(
    "Welke ondersteuning is er als de school het zelf niet redt?",
    "Het samenwerkingsverband werkt met vier lagen, die op elkaar aansluiten:",
    UL(
        "Laag 1 - ondersteuning in de school: elke school heeft een ondersteuningsteam met ondersteuningscoördinator, orthopedagoog of psycholoog en een schoolmaatschappelijk werker, en een eigen ondersteuningsruimte (zoals een Trajectvoorziening of Time-in).",
        "Laag 2 - arrangement in de school: op aanvraag van de school kent het Loket van het samenwerkingsverband een arrangement toe, bijvoorbeeld begeleiding door een ambulant begeleider van het vso, een training sociale vaardigheden of een aangepast rooster met coaching.",
        "Laag 3 - tijdelijk buiten de school: Tussenvoorziening De Schakel (28 plaatsen, maximaal 16 weken, met terugkeer naar de eigen school als doel), de Rebound voor leerlingen die na een incident tijdelijk uit de klas moeten, en de Nieuwkomersklas (ISK) in Leekhorst.",
        "Laag 4 - voortgezet speciaal onderwijs: De Brinkhorst (cluster 4) en Het Lichtpunt (cluster 3), en voor specifieke behoeften scholen buiten de regio, bijvoorbeeld voor leerlingen met een ernstige lichamelijke beperking.",
    ),
    "Daarnaast zijn er twee scholen voor praktijkonderwijs en bieden vijf scholen leerwegondersteunend onderwijs. Voor "
    "hoogbegaafde leerlingen is er een plusprogramma op twee scholen.")
PLAN4_BLOCKS += QA(
    "Hoe vraagt een school een arrangement aan?",
    "De ondersteuningscoördinator dient via het digitale loketportaal een aanvraag in met het ontwikkelingsperspectief en "
    "een verslag van het ondersteuningsteam. Het Loket beslist binnen vier weken. Een arrangement duurt maximaal een "
    "schooljaar en kan worden verlengd na evaluatie.")
PLAN4_BLOCKS += QA(
    "Hoe sluiten de lagen op elkaar aan?",
    "Een leerling hoeft de lagen niet een voor een te doorlopen. Het ondersteuningsteam van de school bepaalt welke "
    "laag nodig is, zo nodig samen met de consulent van het samenwerkingsverband. De consulent is voor elke school het "
    "vaste aanspreekpunt en sluit aan bij het ondersteuningsteam als de school daarom vraagt.")
PLAN4_BLOCKS += QA(
    "Wat is er voor nieuwkomers en voor de overstap naar het mbo?",
    "Nieuwkomers zonder voldoende beheersing van het Nederlands starten in de Nieuwkomersklas (ISK) in Leekhorst. Na "
    "gemiddeld anderhalf jaar stromen zij door naar een reguliere school, het praktijkonderwijs of het mbo; een "
    "trajectbegeleider van de ISK begeleidt de eerste drie maanden na de overstap. Voor leerlingen van het vso en het "
    "praktijkonderwijs die naar het mbo of naar werk gaan, is er een jobcoach die samen met de gemeenten het eerste jaar "
    "na het verlaten van de school volgt.")
PLAN4_BLOCKS += [H1("E. Thuiszitters en witte vlekken")]
PLAN4_BLOCKS += QA(
    "Wat gebeurt er als een leerling geen passende plek heeft?",
    "De school waar de leerling is ingeschreven of aangemeld houdt de zorgplicht. Lukt het de school niet om binnen "
    "zes weken (met verlenging tien weken) een passende plek te vinden, dan meldt zij de leerling bij het Loket. De "
    "consulent organiseert binnen tien werkdagen een overleg met alle betrokken scholen. Komt er dan nog geen plek, dan "
    "besluit de directeur van het samenwerkingsverband welke school de leerling plaatst; de besturen hebben afgesproken "
    "dat zij dit besluit uitvoeren (doorzettingsmacht).")
PLAN4_BLOCKS += QA(
    "Hoe worden thuiszitters aangepakt?",
    "Scholen melden elke leerling die langer dan vier weken niet of gedeeltelijk naar school gaat bij de "
    "leerplichtambtenaar en het samenwerkingsverband. Elke maand komt het Thuiszittersoverleg bijeen: de consulenten, de "
    "leerplichtambtenaren van de drie gemeenten en een medewerker jeugdhulp. Voor elke thuiszitter wordt binnen twee "
    "weken een terugkeerplan gemaakt met een datum waarop de leerling weer onderwijs volgt. Het overleg bewaakt die "
    "datum.")
PLAN4_BLOCKS += QA(
    "Hoe ontdekt het samenwerkingsverband waar het aanbod tekortschiet?",
    "Elk voorjaar maakt het bureau een analyse van witte vlekken: voor welke leerlingen was er het afgelopen jaar "
    "geen passende plek, waar ontstonden wachtlijsten, welke leerlingen werden buiten de regio geplaatst en waarom. De "
    "analyse wordt besproken in de algemene ledenvergadering, die per gesignaleerde lacune een bestuur als trekker "
    "aanwijst en een termijn vaststelt. Zo is in 2024 besloten tot de uitbreiding van De Schakel en tot een pilot "
    "'onderwijs en zorg' voor leerlingen die door psychische problemen slechts enkele uren per dag onderwijs kunnen "
    "volgen.")
PLAN4_BLOCKS += [H1("F. Toelaatbaarheid vso, lwoo en pro")]
PLAN4_BLOCKS += QA(
    "Wie vraagt een toelaatbaarheidsverklaring voor het vso aan, en hoe?",
    "De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven, of bij "
    "nieuwe leerlingen de school waar de leerling is aangemeld. In de praktijk doet de ondersteuningscoördinator dat via "
    "het loketportaal. Bij de aanvraag horen: het ontwikkelingsperspectief met evaluaties, het onderwijskundig rapport, "
    "de verslagen van het ondersteuningsteam en eventuele onderzoeksverslagen.")
PLAN4_BLOCKS += QA(
    "Wie beslist, en hoe snel?",
    "De Commissie Toewijzing van het samenwerkingsverband beslist. De commissie bestaat uit een voorzitter (de directeur), "
    "een orthopedagoog en een psycholoog. Zij neemt binnen zes weken na ontvangst van een volledige aanvraag een besluit. "
    "Bij dreigende uitval van een leerling kan de voorzitter een spoedbesluit nemen binnen vijf werkdagen.")
PLAN4_BLOCKS += QA(
    "Welke deskundigen adviseren?",
    "Voor elk besluit over toelaatbaarheid tot het vso brengen twee deskundigen afzonderlijk schriftelijk advies uit: "
    "een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een "
    "kinder- en jeugdpsychiater, een arts of een maatschappelijk werker. De deskundigen zijn niet betrokken geweest bij "
    "de aanvraag.")
PLAN4_BLOCKS += QA(
    "Wanneer is een leerling toelaatbaar tot het vso?",
    "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:",
    OL(
        "de school heeft ten minste twee evaluatieperioden van het ontwikkelingsperspectief gewerkt met ondersteuning uit laag 1 en 2, of er is aantoonbaar sprake van een situatie waarin dat niet verantwoord is;",
        "de leerling heeft een onderwijsbehoefte die vraagt om een kleine groep, een zeer voorspelbare omgeving of een combinatie van onderwijs en intensieve zorg gedurende de hele schooldag;",
        "een tijdelijke plaatsing in laag 3 biedt naar het oordeel van de commissie geen perspectief op terugkeer naar het regulier onderwijs binnen een schooljaar.",
    ),
    "Voor cluster 3 geldt daarnaast dat sprake is van een verstandelijke beperking (IQ lager dan 55), een lichamelijke "
    "beperking of een langdurige ziekte die de deelname aan het onderwijs ernstig belemmert.")
PLAN4_BLOCKS += QA(
    "Hoe lang is een toelaatbaarheidsverklaring geldig, en in welke categorie?",
    "Een toelaatbaarheidsverklaring voor het vso wordt afgegeven voor twee schooljaren; voor leerlingen met een "
    "ernstig meervoudige beperking tot het einde van de schoolloopbaan. De verklaring vermeldt de bekostigingscategorie: "
    "laag voor cluster 4 en zeer moeilijk lerende leerlingen, midden voor leerlingen met een lichamelijke beperking of "
    "langdurige ziekte, hoog voor leerlingen met een meervoudige beperking.")
PLAN4_BLOCKS += QA(
    "Hoe verloopt de aanwijzing voor leerwegondersteunend onderwijs (lwoo)?",
    "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking bij een "
    "intelligentie tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee van de "
    "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, of bij een IQ tussen 91 en 120 met "
    "een leerachterstand en sociaal-emotionele problematiek die de schoolloopbaan belemmert. De vo-school waar de "
    "leerling is aangemeld dient de aanvraag vóór 1 april in via het loketportaal. De Commissie Toewijzing beslist "
    "binnen vier weken. De aanwijzing geldt voor de duur van de opleiding in het vmbo.")
PLAN4_BLOCKS += QA(
    "En voor het praktijkonderwijs (pro)?",
    "Voor pro gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op "
    "ten minste twee domeinen, waarvan ten minste een begrijpend lezen of inzichtelijk rekenen. De school voor "
    "praktijkonderwijs dient de aanvraag in; de Commissie Toewijzing beslist binnen vier weken. De "
    "toelaatbaarheidsverklaring pro geldt voor onbepaalde tijd.")
PLAN4_BLOCKS += [H1("G. Terugplaatsing en overplaatsing")]
PLAN4_BLOCKS += QA(
    "Wie neemt het initiatief tot terugplaatsing naar het regulier voortgezet onderwijs?",
    "De vso-school. Zij bespreekt bij elke evaluatie van het ontwikkelingsperspectief of terugplaatsing of overplaatsing "
    "aan de orde is. In het laatste jaar van de toelaatbaarheidsverklaring doet zij dat uiterlijk op 1 maart.")
PLAN4_BLOCKS += QA(
    "Welke stappen volgen dan?",
    OL(
        "De vso-school meldt het voornemen tot terugplaatsing bij het Loket en stelt een overdrachtsdossier op.",
        "De consulent van het samenwerkingsverband organiseert binnen drie weken een overdrachtsgesprek met de vso-school en de beoogde ontvangende school.",
        "De ontvangende school neemt een besluit over de inschrijving volgens de gewone zorgplichtprocedure.",
        "De vso-school en de ontvangende school evalueren de overgang na tien weken; de consulent zit die evaluatie voor.",
        "Is terugplaatsing niet aan de orde, dan vraagt de vso-school vóór 1 mei een nieuwe toelaatbaarheidsverklaring aan; zonder nieuwe verklaring eindigt de plaatsing op 31 juli.",
    ))
PLAN4_BLOCKS += QA(
    "Welke ondersteuning krijgt een leerling na terugplaatsing, en wat is het beleid van het samenwerkingsverband?",
    "Het samenwerkingsverband formuleert in het schooljaar 2025-2026 een visie op terugplaatsing, inclusief de "
    "ondersteuning die een leerling na terugkeer ontvangt. Tot die tijd wordt per leerling bekeken wat nodig is.")
PLAN4_BLOCKS += QA(
    "Hoe vaak komt terugplaatsing voor?",
    "In het schooljaar 2023-2024 zijn 11 leerlingen vanuit het vso teruggeplaatst naar het regulier voortgezet "
    "onderwijs en 4 leerlingen overgeplaatst naar het praktijkonderwijs.")
PLAN4_BLOCKS += [H1("H. Financiën")]
PLAN4_BLOCKS += QA(
    "Hoe worden de middelen van het samenwerkingsverband verdeeld?",
    "Het verdeelmodel en de meerjarenbegroting zijn opgenomen in de Financiële Kaderbrief 2025-2029. De Kaderbrief "
    "wordt jaarlijks geactualiseerd en afzonderlijk op de website gepubliceerd.")
PLAN4_BLOCKS += QA(
    "Waar gaat het geld naartoe?",
    "Zie het antwoord op de vorige vraag. Het jaarverslag van het samenwerkingsverband bevat de jaarrekening.")
PLAN4_BLOCKS += [H1("I. Resultaten en kwaliteit")]
PLAN4_BLOCKS += QA(
    "Welke resultaten wil het samenwerkingsverband bereiken?",
    "De ambities voor deze planperiode worden in het eerste planjaar samen met de scholen uitgewerkt in een Koersdocument "
    "Passend Onderwijs. Het Koersdocument wordt in het voorjaar van 2026 aan de ondersteuningsplanraad voorgelegd.")
PLAN4_BLOCKS += QA(
    "Hoe volgt het samenwerkingsverband de resultaten?",
    "Het bureau houdt een kwaliteitsmonitor bij. Twee keer per jaar (peildata 1 oktober en 1 maart) worden de "
    "volgende gegevens verzameld en in een dashboard gepresenteerd aan het bestuur en de ondersteuningsplanraad: het "
    "aantal toelaatbaarheidsverklaringen per categorie, het deelnamepercentage vso ten opzichte van het landelijk "
    "gemiddelde, het aantal thuiszitters en de duur van hun thuiszitten, het aantal arrangementen, de doorlooptijd van "
    "aanvragen bij het Loket, en het aantal leerlingen dat na De Schakel terugkeert naar de eigen school. Daarnaast "
    "voert de directeur elk voorjaar met elke school een evaluatiegesprek over de ondersteuning. De bereikte "
    "resultaten worden jaarlijks vóór 1 juli verantwoord in het jaarverslag.",
    "Ter illustratie: op 1 oktober 2024 was het deelnamepercentage vso 3,0 procent (landelijk 3,6 procent), waren er "
    "9 thuiszitters en keerde 78 procent van de leerlingen na De Schakel terug naar de eigen school.")
PLAN4_BLOCKS += QA(
    "Wie beoordeelt de kwaliteit van het samenwerkingsverband?",
    "De inspectie van het onderwijs bezoekt het samenwerkingsverband ten minste eens per vier jaar. Het laatste bezoek "
    "was in oktober 2023; het oordeel was voldoende.")
PLAN4_BLOCKS += [H1("J. Ouders en leerlingen")]
PLAN4_BLOCKS += QA(
    "Hoe worden ouders geïnformeerd?",
    "Het samenwerkingsverband stelt in 2026 een communicatieplan op. Daarin wordt ook uitgewerkt hoe ouders en "
    "leerlingen worden geïnformeerd.")
PLAN4_BLOCKS += QA(
    "Komt er een ouder- en jeugdsteunpunt?",
    "De wet verplicht samenwerkingsverbanden tot het inrichten van een ouder- en jeugdsteunpunt. Het samenwerkingsverband "
    "volgt de landelijke ontwikkelingen en neemt in 2026 een besluit over de vormgeving.")
PLAN4_BLOCKS += [H1("K. Gemeenten en jeugdhulp")]
PLAN4_BLOCKS += QA(
    "Hoe werkt het samenwerkingsverband samen met de gemeenten?",
    "Met de gemeenten Westerzand, Leekhorst en Marumveld is het ontwerpplan op 30 januari 2025 besproken in het op "
    "overeenstemming gericht overleg (OOGO). Er is overeenstemming bereikt. Het samenwerkingsverband en de gemeenten "
    "hebben een gezamenlijke agenda met vier thema's: jeugdhulp in en om de school, thuiszitters, de overgang naar "
    "het mbo en arbeid, en leerlingenvervoer.")
PLAN4_BLOCKS += QA(
    "Wat betekent dat concreet op school?",
    "Op elke school is een jeugdhulpverlener van het gebiedsteam een dagdeel per week aanwezig en lid van het "
    "ondersteuningsteam. Voor leerlingen in het vso die ook behandeling nodig hebben, maken het samenwerkingsverband en "
    "de gemeenten onderwijs-zorgarrangementen, waarbij onderwijs en behandeling op dezelfde locatie en in één "
    "dagprogramma worden geboden. De afspraken zijn vastgelegd in een convenant dat jaarlijks wordt geëvalueerd.")
PLAN4_BLOCKS += QA(
    "En met het primair onderwijs?",
    "Met het Samenwerkingsverband PO Westerkwartier is op 4 februari 2025 overleg gevoerd. Er zijn afspraken over de "
    "warme overdracht van leerlingen met een ondersteuningsbehoefte naar het voortgezet onderwijs en over de tijdige "
    "aanvraag van lwoo en pro.")
PLAN4_BLOCKS += [H1("L. Personeel, ICT en privacy")]
PLAN4_BLOCKS += QA(
    "Wie werken er bij het samenwerkingsverband?",
    "Het bureau bestaat uit een directeur, vier consulenten, twee orthopedagogen, een psycholoog, een "
    "beleidsmedewerker, een controller (ingehuurd) en twee secretaresses. De Tussenvoorziening De Schakel heeft een eigen "
    "team van vijf docenten en drie begeleiders, in dienst van een van de besturen.")
PLAN4_BLOCKS += QA(
    "Wat doet het samenwerkingsverband aan professionalisering?",
    "Het samenwerkingsverband organiseert het netwerk ondersteuningscoördinatoren (zes keer per jaar), een jaarlijkse "
    "conferentie en trainingen over gedrag, autisme en het werken met het ontwikkelingsperspectief. Scholen kunnen "
    "bovendien een beroep doen op de orthopedagogen voor teamscholing.")
PLAN4_BLOCKS += QA(
    "Welke systemen gebruikt het samenwerkingsverband?",
    "Aanvragen lopen via het digitale loketportaal. Dat portaal is gekoppeld aan de leerlingadministratiesystemen van de "
    "scholen. Medewerkers werken in een beveiligde cloudomgeving met tweefactorauthenticatie.")
PLAN4_BLOCKS += QA(
    "Hoe gaat het samenwerkingsverband om met persoonsgegevens?",
    "Het samenwerkingsverband verwerkt alleen de gegevens die nodig zijn voor de toewijzing van voorzieningen en de "
    "beoordeling van toelaatbaarheid. Dossiers worden bewaard tot drie jaar na het besluit. Er is een "
    "privacyreglement en een functionaris gegevensbescherming.")
PLAN4_BLOCKS += [H1("M. Planning en vaststelling")]
PLAN4_BLOCKS += QA(
    "Hoe is het plan vastgesteld?",
    "Het ontwerp is besproken met de schoolleiders en ondersteuningscoördinatoren (november 2024), in het OOGO met de "
    "gemeenten (30 januari 2025) en met het samenwerkingsverband PO (4 februari 2025). De ondersteuningsplanraad heeft "
    "op 11 maart 2025 ingestemd. Het bestuur heeft het plan op 19 maart 2025 vastgesteld; het is op 24 maart 2025 aan de "
    "inspectie gezonden.")
PLAN4_BLOCKS += QA(
    "Wat staat er de komende jaren op de agenda?",
    UL(
        "2025-2026: nieuwe afspraken basisondersteuning, Koersdocument, visie op terugplaatsing, communicatieplan;",
        "2026-2027: besluit ouder- en jeugdsteunpunt, evaluatie De Schakel;",
        "2027-2028: tussentijdse evaluatie van het plan met de ondersteuningsplanraad;",
        "2028-2029: voorbereiding nieuw ondersteuningsplan.",
    ))
PLAN4_BLOCKS += [H1("N. Begrippenlijst")]
PLAN4_BLOCKS += [TBL(
    ["Begrip", "Uitleg"],
    ["Basisondersteuning", "De ondersteuning die alle scholen van het samenwerkingsverband ten minste bieden."],
    ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een vso-leerling."],
    ["Dekkend aanbod", "Een passende plek voor iedere leerling in de regio."],
    ["Financiële Kaderbrief", "Document met verdeelmodel en meerjarenbegroting."],
    ["Lwoo", "Leerwegondersteunend onderwijs."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
    ["Pro", "Praktijkonderwijs."],
    ["Terugplaatsing", "Overgang van het vso naar het regulier voortgezet onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring."],
    ["Verdeelmodel", "De regels voor de toedeling van ondersteuningsmiddelen aan de schoolbesturen."],
    ["Resultaten", "De beoogde en bereikte resultaten van passend onderwijs."],
)]

PLAN4 = {
    "meta_title": "Ondersteuningsplan 2025-2029 in vragen en antwoorden - SWV VO Westerkwartier-Zuid",
    "nav": ["Home", "Basisondersteuning", "Toelaatbaarheid", "Terugplaatsing", "Financiën", "Resultaten", "Ouders", "Contact"],
    "footer": "Samenwerkingsverband VO Westerkwartier-Zuid (VO 20-03) - Ondersteuningsplan 2025-2029 - ouders, leerlingen en scholen: bel het Loket op werkdagen",
    "toc_title": "Inhoud",
    "title": [
        "Ondersteuningsplan 2025-2029 in vragen en antwoorden",
        "Samenwerkingsverband VO Westerkwartier-Zuid (VO 20-03)",
        "Vastgesteld door het bestuur op 19 maart 2025 na instemming van de ondersteuningsplanraad op 11 maart 2025",
    ],
    "blocks": PLAN4_BLOCKS,
}

# ============================================================================================
# Plan 5 - PO, Dutch mixed with English terms. Output: .docx
# ============================================================================================
PLAN5 = {
    "meta_title": "Ondersteuningsplan 2025-2029 Samen Passend Heuvelrug-Oost",
    "author": "Samen Passend Heuvelrug-Oost",
    "header": "Samen Passend | Ondersteuningsplan 2025-2029 | Every child, a place",
    "footer": "Stichting Samen Passend Heuvelrug-Oost - samenwerkingsverband passend primair onderwijs PO 26-14",
    "title": [
        "Every child, a place",
        "Ondersteuningsplan 2025-2029",
        "Stichting Samen Passend Heuvelrug-Oost - samenwerkingsverband passend primair onderwijs (PO 26-14)",
        "Final version - OPR-instemming 13 maart 2025 - vastgesteld door de directeur-bestuurder na goedkeuring RvT 26 maart 2025",
    ],
    "toc_title": "Contents",
    "blocks": [
        TOC(
            "0. Executive summary",
            "1. Our purpose: waarom we bestaan",
            "2. Landscape & key figures",
            "3. Governance & stakeholders",
            "4. Basisondersteuning & de landelijke norm",
            "5. Flow: van aanvraag tot plek - en terug",
            "6. No child left behind: thuiszitters, wachtlijsten, zorgplicht",
            "7. Funding & budget",
            "8. Impact: KPI's, dashboard en monitoring",
            "9. Parents & kids: het Ouder- en Jeugdsteunpunt",
            "10. Communicatie & engagement",
            "11. People & expertise",
            "12. IT, data & privacy",
            "13. OOGO & partners",
            "13a. Risk register",
            "13b. Hoe dit plan tot stand kwam",
            "14. Roadmap 2025-2029",
            "Glossary",
        ),
        PB(),
        H1("0. Executive summary"),
        P("Dit is het ondersteuningsplan 2025-2029 van Samen Passend Heuvelrug-Oost, het samenwerkingsverband voor "
          "passend primair onderwijs in de gemeenten Heuvelzicht, Oosterbos en Langbroekerwaard. Het plan is geschreven "
          "vanuit één simpele ambitie: every child, a place. Elk kind in onze regio heeft een plek in het onderwijs "
          "waar het zich kan ontwikkelen, zo dichtbij huis als mogelijk."),
        P("Het vorige plan was sterk gericht op structuren en procedures. Dit plan is meer data-driven: we sturen op "
          "een beperkt aantal KPI's, we maken onze lead times zichtbaar in een dashboard en we brengen de flow van "
          "leerlingen tussen regulier en speciaal onderwijs in kaart. Key takeaways:"),
        UL(
            "We gaan van 23 naar 8 KPI's, met duidelijke targets en een owner per KPI.",
            "De lead time van een TLV-aanvraag gaat naar maximaal zes weken, in 90 procent van de cases binnen vier weken.",
            "Terugplaatsing (back to regular) wordt een standaard onderdeel van elke so- en sbo-loopbaan.",
            "Het Ouder- en Jeugdsteunpunt is live sinds januari 2025.",
            "Het budget is tot en met 2028 sluitend; de bovenmatige reserve is eind 2026 afgebouwd.",
        ),
        H1("1. Our purpose: waarom we bestaan"),
        P("Samen Passend is opgericht in 2014 door de schoolbesturen in onze regio. Onze purpose: zorgen dat elk kind "
          "onderwijs krijgt dat past, en dat scholen de support krijgen die ze daarvoor nodig hebben. We zien onszelf "
          "niet als loket maar als netwerkorganisatie: we verbinden scholen, expertise en partners."),
        P("Onze core values zijn ownership, nabijheid en transparantie. Ownership: de schoolbesturen zijn samen "
          "eigenaar van passend onderwijs, niet het samenwerkingsverband. Nabijheid: support zo dicht mogelijk bij het "
          "kind en de leerkracht. Transparantie: we laten zien wat we doen, wat het kost en wat het oplevert."),
        P("Onze theory of change is eenvoudig. Als leerkrachten snel en dichtbij support krijgen, hoeven minder kinderen "
          "te worden doorverwezen. Als doorverwijzing toch nodig is, moet die snel en zorgvuldig verlopen. En als een kind "
          "weer terug kan naar een gewone school, moet die stap net zo goed begeleid worden als de stap naar het speciaal "
          "onderwijs. Elke schakel in die keten kost tijd en geld, en daarom meten we per schakel de lead time en de "
          "kosten."),
        P("Daarbij hanteren we een 'no wrong door'-principe. Waar een school of ouder ook aanklopt, er is altijd iemand "
          "die de vraag oppakt en die ownership neemt tot er een oplossing is."),
        H1("2. Landscape & key figures"),
        TBL(
            ["Key figure (1 oktober 2024)", "Value"],
            ["Aangesloten schoolbesturen", "6"],
            ["Basisscholen (locaties)", "34"],
            ["Sbo-scholen", "1 (De Brug, 2 locaties)"],
            ["So-scholen (cluster 3 en 4)", "2"],
            ["Leerlingen basisonderwijs", "8.640"],
            ["Leerlingen sbo", "196"],
            ["Leerlingen so (uit onze regio)", "158"],
            ["Medewerkers Samen Passend", "21 (15,3 fte)"],
        ),
        P("Samen Passend werkt voor zes schoolbesturen, van een groot bestuur met veertien scholen tot twee eenpitters. "
          "Die diversiteit is een kracht, maar vraagt ook om heldere afspraken en een gedeelde taal. Dit plan is daarom "
          "ook een gezamenlijk vocabulaire: als we het over een KPI, een case manager of een lead time hebben, bedoelen "
          "we allemaal hetzelfde. Zie de glossary achterin."),
        P("De regio is landelijk, met een paar grotere kernen. Het aantal leerlingen daalt licht (ongeveer 1 procent per "
          "jaar). De druk op de jeugdhulp is hoog en de wachttijden bij de jeugd-ggz lopen op tot een half jaar. Dat "
          "merken scholen elke dag."),
        H2("Lessons learned 2021-2025"),
        P("Wat hebben we geleerd van het vorige plan? Kort samengevat: te veel doelen, te weinig data. Van de 23 doelen "
          "uit het plan 2021-2025 konden we er maar negen met cijfers onderbouwen. De doelen die we wel konden meten, "
          "lieten een gemengd beeld zien:"),
        TBL(
            ["Doel 2021-2025", "Target", "Realised 2024", "Status"],
            ["Minder thuiszitters > 4 weken", "<= 8", "14", "not achieved"],
            ["Deelname sbo", "<= 2,3%", "2,2%", "achieved"],
            ["Deelname so", "<= 1,7%", "1,8%", "not achieved"],
            ["Tevredenheid scholen", ">= 7,0", "7,1", "achieved"],
        ),
        P("De belangrijkste les: als je niet meet, kun je niet bijsturen. Daarom is hoofdstuk 8 het hart van dit plan."),
        H1("3. Governance & stakeholders"),
        P("Samen Passend is een stichting met een directeur-bestuurder en een Raad van Toezicht (RvT) van vijf leden. De "
          "schoolbesturen zijn vertegenwoordigd in het Bestuurlijk Overleg, dat vier keer per jaar meets en adviseert "
          "over strategie, budget en het ondersteuningsplan."),
        P("De ondersteuningsplanraad (OPR) heeft acht leden: vier ouders en vier medewerkers van de scholen. De OPR heeft "
          "instemmingsrecht op dit plan en wordt elk kwartaal bijgepraat aan de hand van het dashboard. Daarnaast heeft "
          "Samen Passend een eigen MR voor het personeel van het samenwerkingsverband."),
        P("Stakeholder map: scholen en besturen (core), ouders en kinderen, gemeenten en jeugdhulp, het "
          "samenwerkingsverband VO, de inspectie, de kinderopvang en voorschoolse educatie, en de zorgverzekeraar "
          "(voor de jeugdzorg in de Wlz)."),
        H1("4. Basisondersteuning & de landelijke norm"),
        P("De landelijke norm basisondersteuning komt eraan. Het ministerie heeft in april 2025 een advies gepubliceerd en "
          "de verwachting is dat de norm in 2026 of 2027 wettelijk wordt vastgelegd. Het heeft weinig zin om nu een eigen "
          "set af te spreken die over een jaar weer moet worden aangepast."),
        P("Daarom: het niveau van basisondersteuning binnen Samen Passend herijken we zodra de landelijke norm "
          "definitief is. Tot die tijd: business as usual. De extra support die we in dit plan beschrijven, komt "
          "bovenop de basisondersteuning van de scholen."),
        H1("5. Flow: van aanvraag tot plek - en terug"),
        H2("5.1 De TLV-flow"),
        P("Een toelaatbaarheidsverklaring (TLV) voor het sbo of so is nodig als een kind naar het speciaal (basis)onderwijs "
          "gaat. De flow ziet er zo uit:"),
        OL(
            "Intake: het schoolbestuur van de school waar het kind staat ingeschreven (of is aangemeld) dient de aanvraag in via het Samen Passend-portal. Required: het OPP met de laatste evaluaties, het verslag van het MDO en de zienswijze van de ouders.",
            "Check: binnen vijf werkdagen checkt het Loket of het dossier compleet is. Incompleet = terug naar de school, de klok stopt.",
            "Expert review: twee deskundigen beoordelen het dossier los van elkaar: een orthopedagoog of psycholoog, en een tweede expert (kinderarts, maatschappelijk werker of kinderpsychiater), afhankelijk van de case. Geen van beiden is bij de aanvraag betrokken geweest. Ze leveren ieder een eigen schriftelijk advies.",
            "Decision: de Commissie Toelaatbaarheid (voorzitter plus de twee deskundigen) neemt het besluit. Ouders krijgen een kopie van beide adviezen.",
            "Lead time: maximaal zes weken vanaf een compleet dossier; target is vier weken in 90 procent van de cases.",
        ),
        P("Een TLV wordt standaard afgegeven voor twee schooljaren. Voor so vermeldt de TLV de categorie laag, midden of "
          "hoog. Niet eens met het besluit? Binnen zes weken kan bezwaar worden gemaakt; Samen Passend is aangesloten bij "
          "de Landelijke Bezwaaradviescommissie (LBT)."),
        P("En de criteria? Die herijken we in Q1 2026 in het project 'Criteria 2.0', samen met het sbo en het so. Tot die "
          "tijd blijven de criteria uit het ondersteuningsplan 2021-2025 van toepassing."),
        H2("5.2 Back to regular"),
        P("Een plek in het sbo of so is voor ons geen eindstation. Ons uitgangspunt: elk kind gaat terug naar een gewone "
          "basisschool zodra dat kan, bij voorkeur in de eigen wijk of het eigen dorp. Dat vraagt om een aanpak die niet "
          "afhangt van toeval. Daarom is terugplaatsing een standaard onderdeel van de flow:"),
        UL(
            "Review moment: bij elke OPP-evaluatie (twee keer per jaar) beoordeelt de sbo- of so-school of terugplaatsing realistisch is. In het laatste jaar van de TLV is dat een verplichte check vóór 1 februari.",
            "Owner: de sbo- of so-school neemt het initiatief en meldt de kandidaat bij het Loket. Een trajectbegeleider van Samen Passend wordt case manager.",
            "Match: de case manager zoekt samen met de ouders een basisschool; de ontvangende school beslist over de inschrijving.",
            "Warm start: de overgang gebeurt bij voorkeur na een vakantie. Vier weken vooraf loopt het kind een paar dagdelen mee op de nieuwe school.",
            "Follow-up: na zes en na twaalf weken evalueren ouders, beide scholen en de case manager. Gaat het niet, dan kan het kind binnen het lopende schooljaar terug naar het sbo of so zonder nieuwe TLV.",
        ),
        P("Voorwaarde voor terugplaatsing is dat het OPP laat zien dat het kind in een reguliere groep met extra support "
          "kan functioneren. De ontvangende school krijgt een Back-to-regular-arrangement: een jaar lang ambulante "
          "begeleiding door een leerkracht van de school van herkomst (twee uur per week) plus een budget van EUR 5.000 "
          "voor extra handen in de klas. In 2024 gingen 18 kinderen van sbo of so terug naar het regulier onderwijs."),
        H1("6. No child left behind: thuiszitters, wachtlijsten, zorgplicht"),
        P("Geen enkel kind hoort thuis te zitten. In de praktijk gebeurt het toch, vaak omdat er geen passende plek is of "
          "omdat de zorg en het onderwijs niet op elkaar aansluiten. Onze aanpak:"),
        UL(
            "Early warning: scholen melden elk kind dat langer dan tien schooldagen niet (volledig) naar school gaat in het portal. De melding gaat tegelijk naar leerplicht.",
            "Case management: binnen vijf werkdagen heeft elk gemeld kind een case manager van Samen Passend. Binnen vier weken ligt er een plan met een startdatum.",
            "Escalatie: geen plek na acht weken? Dan gaat de case naar het Escalatieoverleg (directeur-bestuurder, bestuurder van de betrokken school, leerplicht, jeugdhulp). Dat overleg neemt binnen twee weken een besluit; de besturen hebben afgesproken zich daaraan te houden.",
            "Zorgplicht-routing: vindt een school binnen de wettelijke termijn geen passende plek, dan zoekt het Match-team van Samen Passend binnen alle scholen van de regio verder. De school van aanmelding blijft verantwoordelijk tot er een plek is.",
            "Wachtlijsten: het Loket houdt wekelijks de wachtlijsten van het sbo en so bij. Staat een kind langer dan vier weken op een wachtlijst, dan regelt de case manager een tijdelijke oplossing op de huidige school.",
            "Gap analysis: twee keer per jaar analyseren we waar het netwerk tekortschiet (welke kinderen hebben geen plek, waar zijn wachtlijsten, welke kinderen gaan naar scholen buiten de regio). Elke gap krijgt een owner in het Bestuurlijk Overleg en een deadline.",
        ),
        P("Een integrale service catalogue van alle arrangementen en voorzieningen in de regio publiceren we in 2026. Dat "
          "is work in progress."),
        H1("7. Funding & budget"),
        P("Samen Passend ontvangt jaarlijks rijksbekostiging voor lichte en zware ondersteuning. Een groot deel daarvan "
          "wordt door DUO direct afgedragen aan het sbo en so. Het budget voor de planperiode ziet er zo uit:"),
        TBL(
            ["Budget (EUR)", "2025", "2026", "2027", "2028"],
            ["Rijksbekostiging lichte + zware ondersteuning", "7.480.000", "7.390.000", "7.310.000", "7.240.000"],
            ["Afdracht sbo + so via DUO", "-3.960.000", "-3.910.000", "-3.880.000", "-3.850.000"],
            ["Netto beschikbaar", "3.520.000", "3.480.000", "3.430.000", "3.390.000"],
            ["Schoolbudgetten besturen", "1.640.000", "1.620.000", "1.600.000", "1.590.000"],
            ["Case management en Loket", "520.000", "530.000", "540.000", "545.000"],
            ["Expertteam (orthopedagogen, trajectbegeleiders)", "690.000", "700.000", "705.000", "710.000"],
            ["Back-to-regular-arrangementen", "90.000", "100.000", "110.000", "110.000"],
            ["Ouder- en Jeugdsteunpunt", "85.000", "85.000", "85.000", "85.000"],
            ["Bureau, governance, IT", "410.000", "415.000", "420.000", "420.000"],
            ["Inzet bovenmatige reserve", "-230.000", "-200.000", "0", "0"],
            ["Saldo", "-85.000", "-170.000", "-30.000", "+10.000"],
        ),
        P("Reserves: per 31 december 2024 was de algemene reserve EUR 1,1 miljoen. De signaleringswaarde ligt op "
          "EUR 0,65 miljoen. Het bovenmatige deel zetten we in 2025 en 2026 in voor de Back-to-regular-arrangementen en "
          "het Ouder- en Jeugdsteunpunt. Vanaf 2027 is het budget weer in balans."),
        P("Allocatie naar de besturen: we werken toe naar een nieuw verdeelmodel. De keuze tussen een schoolmodel en een "
          "expertisemodel maakt het Bestuurlijk Overleg in 2026, na een deep dive met de controllers. Tot die tijd wordt "
          "de allocatie per bestuur jaarlijks vastgelegd in de jaarbegroting."),
        P("Accountability: besturen rapporteren twee keer per jaar in het dashboard hoe zij hun schoolbudget hebben "
          "besteed (personeel, scholing, materialen) en welke kinderen ervan hebben geprofiteerd. De controller "
          "bespreekt afwijkingen met het betreffende bestuur."),
        H1("8. Impact: KPI's, dashboard en monitoring"),
        P("We willen weten of wat we doen ook impact heeft. Daarom sturen we op acht KPI's. Elke KPI heeft een target "
          "voor 2029, een baseline en een owner."),
        TBL(
            ["KPI", "Baseline 2024", "Target 2029", "Owner"],
            ["Thuiszitters > 4 weken (peildatum 1 oktober)", "14", "<= 4", "manager Loket"],
            ["Lead time TLV (% binnen 4 weken)", "61%", ">= 90%", "voorzitter Commissie Toelaatbaarheid"],
            ["Terugplaatsingen sbo/so → regulier per jaar", "18", ">= 25", "teamleider trajectbegeleiding"],
            ["Kinderen > 4 weken op wachtlijst sbo/so", "11", "0", "manager Loket"],
            ["Deelname sbo (% van leerlingen)", "2,2%", "<= 2,0%", "directeur-bestuurder"],
            ["Deelname so (% van leerlingen)", "1,8%", "<= 1,6%", "directeur-bestuurder"],
            ["Oudertevredenheid OJSP en Loket (NPS)", "+12", ">= +25", "coordinator OJSP"],
            ["Scholen tevreden over support (1-10)", "7,1", ">= 7,5", "directeur-bestuurder"],
        ),
        P("Monitoring: het dashboard wordt maandelijks automatisch ververst met data uit het portal en de DUO-telling. "
          "Elk kwartaal houden we een performance review met het Bestuurlijk Overleg: per KPI bespreken we de trend en, "
          "bij afwijking, de actions. De OPR krijgt hetzelfde dashboard. Eens per jaar verschijnt een impact report als "
          "onderdeel van het jaarverslag (vóór 1 juli), met de bereikte resultaten per KPI, een kwalitatieve toelichting "
          "uit interviews met ouders en scholen, en de kosten per activiteit uit hoofdstuk 7. In 2027 doen we een "
          "mid-term review van het hele plan."),
        H1("9. Parents & kids: het Ouder- en Jeugdsteunpunt"),
        P("Sinds januari 2025 heeft onze regio een Ouder- en Jeugdsteunpunt (OJSP). Het steunpunt is independent: het "
          "wordt uitgevoerd door de Stichting Ouderkracht Midden, niet door Samen Passend of een schoolbestuur. De "
          "medewerkers werken uitsluitend in het belang van het kind."),
        UL(
            "Wat: onafhankelijk advies en meedenken bij vragen, twijfels en conflicten rond onderwijs en ondersteuning; meegaan naar gesprekken op school of bij het Loket; bemiddeling bij onenigheid.",
            "Voor wie: ouders en kinderen, ook kinderen zelf.",
            "Hoe: telefonisch op werkdagen van 9 tot 16 uur, via WhatsApp en via een inloopspreekuur in de bibliotheken van Heuvelzicht en Oosterbos.",
            "Signalen: het OJSP bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die (anoniem) met de directeur-bestuurder en de OPR.",
        ),
        P("Komen ouders en school er samen niet uit, dan kunnen ouders ook terecht bij de Onderwijsconsulenten (landelijk "
          "en gratis), de klachtenregeling van het schoolbestuur of de Geschillencommissie Passend Onderwijs."),
        H1("10. Communicatie & engagement"),
        P("Communicatie is in dit plan een key enabler. Maar eerlijk: we zijn er nog niet. Onze huidige website is "
          "gebouwd voor scholen; een deel voor ouders ontbreekt nog. De nieuwe website gaat live in Q3 2026. De content voor "
          "ouders (wat is er in de regio, hoe werkt het) en de brochures staan op de backlog en worden in 2026 opgeleverd. "
          "Een parent journey mapping met ouders uit de OPR gaat daaraan vooraf."),
        P("Voor scholen is er een maandelijkse nieuwsbrief en een kennisbank in het portal. Intern werken we met een "
          "communicatiekalender."),
        H1("11. People & expertise"),
        P("Ons team bestaat uit 21 professionals: orthopedagogen, trajectbegeleiders/case managers, medewerkers van het "
          "Loket, een data-analist, een controller en een managementassistent. De arbeidsmarkt voor orthopedagogen is "
          "krap; we werken samen met de universiteit aan een traineeship."),
        P("We investeren in onze eigen mensen: elke medewerker heeft een persoonlijk ontwikkelplan en een budget van "
          "EUR 1.500 per jaar voor opleiding. De werkdruk meten we twee keer per jaar met een korte pulse survey. Hybride "
          "werken is de norm, maar op dinsdag is iedereen op kantoor voor de intervisie en het teamoverleg."),
        P("Voor scholen organiseren we een learning community voor intern begeleiders (zes keer per jaar), masterclasses "
          "over gedrag en trauma-sensitief onderwijs, en een jaarlijks inspiratiecongres. Het expertteam geeft op verzoek "
          "teamtrainingen."),
        H1("12. IT, data & privacy"),
        P("Het Samen Passend-portal is de backbone van onze werkwijze: aanvragen, meldingen van thuiszitters, het "
          "dashboard en de verantwoording lopen allemaal via één systeem. Het portal is gekoppeld aan de "
          "leerlingadministratie van de scholen (via een beveiligde API)."),
        P("Privacy by design: we verwerken alleen data die nodig zijn voor onze wettelijke taken. Dossiers bewaren we "
          "tot drie jaar na het besluit. We hebben een DPIA laten uitvoeren op het portal en een functionaris "
          "gegevensbescherming aangesteld. Het dashboard toont alleen geaggregeerde data."),
        H1("13. OOGO & partners"),
        P("Het ontwerp van dit plan is op 5 februari 2025 besproken in het OOGO met de gemeenten Heuvelzicht, Oosterbos "
          "en Langbroekerwaard; er is overeenstemming bereikt. Ook is het plan besproken met het Samenwerkingsverband VO "
          "Heuvelrug (10 februari 2025)."),
        P("Met de gemeenten werken we samen in de Onderwijs-Zorg Hub: een vast team van jeugdhulpverleners dat scholen "
          "binnen twee weken een consult kan bieden. Jeugdhulp onder schooltijd is mogelijk op basis van een gezamenlijk "
          "convenant. Themes voor de komende jaren: thuiszitters, leerlingenvervoer en de aansluiting met de "
          "kinderopvang."),
        H1("13a. Risk register"),
        TBL(
            ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
            ["Daling leerlingaantal sneller dan verwacht", "medium", "high", "scenario's in begroting; jaarlijkse herijking", "controller"],
            ["Wachttijden jeugd-ggz lopen verder op", "high", "high", "Onderwijs-Zorg Hub; escalatie naar wethouders", "directeur-bestuurder"],
            ["Data-kwaliteit dashboard onvoldoende", "medium", "medium", "data-analist; validatie per kwartaal", "data-analist"],
            ["Uitstroom orthopedagogen", "medium", "high", "traineeship; werkdrukmonitor", "HR-adviseur"],
            ["Landelijke wetgeving wijzigt tijdens planperiode", "high", "medium", "plan bijstellen met OPR-instemming", "directeur-bestuurder"],
        ),
        H1("13b. Hoe dit plan tot stand kwam"),
        P("Dit plan is in co-creatie gemaakt. Tussen september en december 2024 organiseerden we vijf design sessions: met "
          "intern begeleiders, met directeuren, met ouders uit de OPR, met de gemeenten en met het expertteam. De "
          "uitkomsten zijn geclusterd in vijf thema's: flow, no child left behind, funding, impact en parents & kids. "
          "Elk thema had een kernteam met een trekker uit het Bestuurlijk Overleg."),
        P("Het concept is in januari 2025 voorgelegd aan alle schoolbesturen en scholen (consultatieronde van vier weken). "
          "Daarna volgden het OOGO (5 februari 2025), het overleg met het samenwerkingsverband VO (10 februari 2025), de "
          "instemming van de OPR (13 maart 2025) en de goedkeuring door de RvT (26 maart 2025). Het plan is op 2 april "
          "2025 aan de inspectie gezonden."),
        P("Tussentijdse wijzigingen leggen we altijd eerst voor aan de OPR. Kleine wijzigingen (bijvoorbeeld namen of "
          "adressen) verwerken we zonder instemmingsprocedure; die melden we wel in de kwartaalrapportage."),
        H1("14. Roadmap 2025-2029"),
        TBL(
            ["Periode", "Deliverables"],
            ["Q3-Q4 2025", "Dashboard live voor OPR; KPI-owners benoemd; lead time TLV in portal zichtbaar"],
            ["Q1 2026", "Criteria 2.0 (TLV-criteria herijkt); deep dive verdeelmodel"],
            ["2026", "Keuze verdeelmodel; service catalogue arrangementen; nieuwe website Q3"],
            ["2026-2027", "Herijking basisondersteuning na landelijke norm"],
            ["2027", "Mid-term review plan"],
            ["2028-2029", "Evaluatie en nieuw ondersteuningsplan"],
        ),
        H1("Glossary"),
        TBL(
            ["Term", "Betekenis"],
            ["Basisondersteuning", "Wat elke school minimaal biedt aan ondersteuning"],
            ["Case manager", "Trajectbegeleider van Samen Passend die ownership neemt voor een casus"],
            ["Dashboard", "Overzicht van de KPI's, maandelijks ververst"],
            ["Dekkend aanbod", "Een passende plek voor ieder kind"],
            ["KPI", "Key performance indicator"],
            ["Lead time", "Doorlooptijd van aanvraag tot besluit"],
            ["OJSP", "Ouder- en Jeugdsteunpunt"],
            ["OPP", "Ontwikkelingsperspectief"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Verdeelmodel", "Regels voor de allocatie van middelen naar besturen"],
        ),
    ],
}

# ============================================================================================
# Near-miss - a SCHOOL-level 'ondersteuningsplan' (not a plan of a samenwerkingsverband). .docx
# ============================================================================================
NEARMISS = {
    "meta_title": "Ondersteuningsplan CBS De Regenboog 2025-2026",
    "author": "CBS De Regenboog",
    "header": "CBS De Regenboog - Ondersteuningsplan 2025-2026",
    "footer": "CBS De Regenboog is aangesloten bij het samenwerkingsverband passend onderwijs PO in de regio",
    "title": [
        "Ondersteuningsplan 2025-2026",
        "CBS De Regenboog, Zuiderveen",
        "Vastgesteld door het MT na advies van de MR, juni 2025",
    ],
    "blocks": [
        TOC(
            "1. Inleiding",
            "2. Onze visie op ondersteuning",
            "3. De ondersteuningsstructuur: zorgniveaus 1 tot en met 5",
            "4. Groepsbesprekingen en leerlingbesprekingen",
            "5. Basisondersteuning op De Regenboog",
            "6. Extra ondersteuning en arrangementen van het samenwerkingsverband",
            "7. Verwijzing naar sbo of so",
            "8. Ouders",
            "9. Inzet van middelen",
            "10. Jaarplanning ondersteuning",
        ),
        PB(),
        H1("1. Inleiding"),
        P("In dit ondersteuningsplan beschrijft CBS De Regenboog hoe wij de ondersteuning aan onze leerlingen "
          "organiseren in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de MR en ouders. Het sluit aan "
          "op ons schoolondersteuningsprofiel en op het ondersteuningsplan van ons samenwerkingsverband. Waar dit plan "
          "en het plan van het samenwerkingsverband verschillen, gaat dat van het samenwerkingsverband voor."),
        P("De Regenboog is een christelijke basisschool met 286 leerlingen in twaalf groepen. Wij werken met "
          "combinatiegroepen in de onderbouw en met niveaugroepen voor rekenen in groep 6 tot en met 8. Het team "
          "bestaat uit 21 medewerkers, onder wie een intern begeleider (0,6 fte), een rekenspecialist en een "
          "gedragsspecialist."),
        H1("2. Onze visie op ondersteuning"),
        P("Elk kind is uniek en verdient onderwijs dat past bij wat het nodig heeft. Wij werken handelingsgericht: we "
          "kijken naar wat een kind nodig heeft, niet naar wat het niet kan. De leerkracht is de spil; de intern "
          "begeleider ondersteunt de leerkracht. Ouders zijn ervaringsdeskundigen en denken mee vanaf het eerste "
          "signaal."),
        P("Wij streven ernaar zoveel mogelijk kinderen binnen onze eigen school te begeleiden. Als dat niet lukt, zoeken "
          "we samen met ouders en het samenwerkingsverband naar een passende plek."),
        H1("3. De ondersteuningsstructuur: zorgniveaus 1 tot en met 5"),
        UL(
            "Zorgniveau 1 - algemene zorg in de groep: goed lesgeven, differentiatie in drie instructieniveaus, observeren en signaleren door de leerkracht.",
            "Zorgniveau 2 - extra zorg in de groep: verlengde instructie of verrijking, planmatig vastgelegd in het groepsoverzicht.",
            "Zorgniveau 3 - speciale zorg na intern overleg: de leerkracht bespreekt het kind met de intern begeleider; er volgt een individueel handelingsplan, eventueel met inzet van de rekenspecialist of gedragsspecialist.",
            "Zorgniveau 4 - speciale zorg met externe deskundigen: bespreking in het ondersteuningsteam met de orthopedagoog van het samenwerkingsverband en de jeugdverpleegkundige; zo nodig onderzoek of een arrangement.",
            "Zorgniveau 5 - verwijzing: het kind kan op onze school niet voldoende worden ondersteund; we onderzoeken met ouders en het samenwerkingsverband een plaatsing in het speciaal (basis)onderwijs.",
        ),
        H1("4. Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met elke leerkracht een "
          "groepsbespreking. Daarin bespreken we de resultaten van de toetsen van het leerlingvolgsysteem, het welbevinden "
          "van de groep en de kinderen die opvallen. Na de groepsbespreking past de leerkracht het groepsoverzicht aan."),
        P("Kinderen bij wie de aanpak niet voldoende werkt, bespreken we in de leerlingbespreking. Daarvoor vullen de "
          "leerkracht en de ouders samen een hulpvraag in. De intern begeleider plant binnen twee weken een gesprek."),
        P("Vier keer per jaar komt het ondersteuningsteam bijeen. Ouders zijn altijd uitgenodigd als hun kind wordt "
          "besproken."),
        H1("5. Basisondersteuning op De Regenboog"),
        P("Het samenwerkingsverband heeft afgesproken wat elke school minimaal biedt. Op De Regenboog bieden wij daarnaast:"),
        UL(
            "een dyslexieprotocol met extra leesbegeleiding in groep 3 en 4 (vier keer per week in een klein groepje);",
            "de Kangoeroeklas voor meer- en hoogbegaafde kinderen uit groep 4 tot en met 8 (een ochtend per week);",
            "een sociale-vaardigheidstraining 'Rots en Water' in groep 5 en 7;",
            "een rustplek in de gang met koptelefoons voor kinderen die snel overprikkeld raken;",
            "een reken-rijke leeromgeving met concreet materiaal in alle groepen.",
        ),
        P("Wat wij niet kunnen bieden: een-op-een begeleiding gedurende de hele dag, verpleegkundige handelingen en "
          "onderwijs aan kinderen die een aangepast gebouw nodig hebben (onze school heeft geen lift)."),
        H1("6. Extra ondersteuning en arrangementen van het samenwerkingsverband"),
        P("Als onze eigen ondersteuning niet genoeg is, kunnen wij bij het samenwerkingsverband een arrangement "
          "aanvragen. De intern begeleider doet dat na bespreking in het ondersteuningsteam en met toestemming van "
          "ouders. In 2024-2025 hadden vier leerlingen van onze school een arrangement: drie keer ambulante begeleiding "
          "en een keer een plek in de observatiegroep."),
        P("Voor kinderen met een eigen leerlijn stellen wij een ontwikkelingsperspectief (OPP) op. Het OPP wordt twee "
          "keer per jaar met ouders geëvalueerd. Ouders hebben instemmingsrecht op het handelingsdeel."),
        H1("7. Verwijzing naar sbo of so"),
        P("Soms is een andere school beter voor een kind. Dan vraagt ons bestuur bij het samenwerkingsverband een "
          "toelaatbaarheidsverklaring (TLV) aan. Hoe dat gaat en welke criteria daarbij gelden, staat in het "
          "ondersteuningsplan van het samenwerkingsverband. Wij begeleiden ouders bij deze stap en gaan mee op bezoek bij "
          "de nieuwe school."),
        P("Komt een kind van het speciaal (basis)onderwijs terug naar onze school, dan maken wij samen met de school van "
          "herkomst een overdrachtsplan. De eerste weken heeft het kind een vaste maatje in de groep."),
        H1("8. Ouders"),
        P("Wij vinden een goede samenwerking met ouders belangrijk. Ouders worden op de hoogte gehouden via de "
          "Regenboog-app, de tien-minutengesprekken (drie keer per jaar) en de jaarlijkse informatieavond. Bij zorgen "
          "nemen wij zelf contact op; ouders kunnen ook altijd een afspraak maken met de leerkracht of de intern "
          "begeleider."),
        P("Heeft u een klacht, dan kunt u terecht bij de vertrouwenspersoon van de school of de klachtenregeling van het "
          "bestuur. Voor onafhankelijk advies over passend onderwijs verwijzen wij naar het ouder- en jeugdsteunpunt van "
          "het samenwerkingsverband."),
        H1("9. Inzet van middelen"),
        P("Onze school ontvangt via het bestuur middelen van het samenwerkingsverband. Voor 2025-2026 is dat "
          "EUR 41.600. Wij zetten dat geld als volgt in:"),
        TBL(
            ["Inzet", "Bedrag"],
            ["Extra uren intern begeleider (0,2 fte)", "EUR 16.000"],
            ["Onderwijsassistent leesbegeleiding groep 3-4", "EUR 14.500"],
            ["Kangoeroeklas", "EUR 7.600"],
            ["Scholing team handelingsgericht werken", "EUR 3.500"],
        ),
        H1("10. Jaarplanning ondersteuning"),
        TBL(
            ["Maand", "Activiteit"],
            ["september", "startgesprekken met ouders; overdracht groepen"],
            ["oktober", "groepsbesprekingen ronde 1; ondersteuningsteam"],
            ["januari", "toetsen leerlingvolgsysteem"],
            ["februari", "groepsbesprekingen ronde 2; evaluatie OPP's"],
            ["april", "ondersteuningsteam; voorbereiding schoolondersteuningsprofiel"],
            ["juni", "groepsbesprekingen ronde 3; evaluatie ondersteuningsplan school"],
        ),
        P("Dit ondersteuningsplan wordt jaarlijks geëvalueerd met het team en de MR."),
    ],
}

# ============================================================================================
DOCS = [
    ("holdout39-po-juridisch.docx", PLAN1, render_docx),
    ("holdout39-vo-informeel.pdf", PLAN2, render_pdf),
    ("holdout39-po-presentatie.pdf", PLAN3, render_pdf),
    ("holdout39-vo-faq.html", PLAN4, render_html),
    ("holdout39-po-mixed.docx", PLAN5, render_docx),
    ("holdout39-school-ondersteuningsplan.docx", NEARMISS, render_docx),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, doc, fn in DOCS:
        path = os.path.join(OUT, name)
        fn(doc, path)
        print("%-42s %5d words" % (name, word_count(doc)))


if __name__ == "__main__":
    main()
